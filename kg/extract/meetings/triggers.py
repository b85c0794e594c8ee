"""Event mentions: the verbs of the lexicon that introduce a meeting, with what their phrase says; the nouns are
read in `nominal`, and both end in `finish`."""
from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from kg.extract.meetings.apart import _gapped, _place_between, apart_sides, gapped_after
from kg.extract.meetings.arguments import _abstract, _is_personish, _plural_subject, _resolve_arg
from kg.extract.meetings.lexicon import (
    AGREEMENTS,
    ANAPHORIC_DETS,
    HEARING_BODIES,
    JUDICIAL_WORDS,
    MEET,
    NOUNS,
    RESUME_VERBS,
    ROLE_VERBS,
    VERBS,
    VISIT,
    Trigger,
)
from kg.extract.meetings.awaited import awaited_visit
from kg.extract.meetings.crews import attendance, presence_titles
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.parties import displaced, planned
from kg.extract.meetings.status import _place, _side_place, _status
from kg.extract.meetings.syntax import (
    STRAY_DEPS,
    _future,
    _purpose,
    _arg_preps,
    _conjuncts,
    _adjectival,
    _guests,
    _is_phone,
    _negated,
    _pobjs,
    _subjects,
    _title_word,
)
from kg.extract.meetings.visits import _destinations, _hosts, _invited, _split_visits, _visit_host
from kg.extract.meetings.when import _occasions
from kg.extract.meetings.frames import _frame_place
from kg.extract.meetings.finish import _finish
from kg.extract.meetings.nominal import _noun_mention
from kg.nlp import lemma
from kg.records import Kind, Status


def candidates(doc: Doc) -> list[int]:
    """The tokens `_mentions` reads (a verb, or a noun of the lexicon), found on the doc's arrays: most tokens
    are neither, and are never made into Token objects."""
    strings = doc.vocab.strings
    found = []
    for i, (pos, tag, lower) in enumerate(doc.to_array([POS, TAG, LOWER]).tolist()):
        verb = _VERB_TAGS.get(tag)
        if verb is None:
            verb = _VERB_TAGS[tag] = strings[tag].startswith("VB")
        if pos == VERB or pos == AUX or verb or (pos == NOUN or pos == PROPN) and lower in _NOUN_HASHES:
            found.append(i)
    return found


_VERB_TAGS: dict[int, bool] = {}  # a tag's hash -> whether it is a verb's ("VB", "VBD", ...)
_NOUN_HASHES = frozenset(get_string_id(word) for word in NOUNS)


def _mentions(ctx: _Context, token: Token) -> list[_Mention]:
    """The mentions a token triggers: none, one, or one per host state of a visit to several."""
    ctx.groups, ctx.one_sides = set(), []
    found = None
    if token.pos_ in {"VERB", "AUX"} or (token.tag_.startswith("VB")):
        found = _verb_mention(ctx, token)
    elif token.pos_ in {"NOUN", "PROPN"} and token.lower_ in NOUNS:
        found = _noun_mention(ctx, token)
    if found is None or any(found.participants <= side for side in ctx.one_sides):
        return []  # "African leaders are in Abidjan for talks with X" (X unresolved): one side is no meeting
    others = found.participants - found.apart
    people = {k for k in others if ctx.is_person(k)}
    if found.apart and len(people := people if len(people) >= 2 else others) >= 2:  # each apart (not a group of theirs)
        # in the order the sentence names them, then by key: `people` is a set, whose order varies from run to run
        counterparts = sorted(people, key=lambda k: (next((i for i in range(token.sent.start, token.sent.end) if ctx.key_of.get(i) == k), 0), k))
        # "with A on 14 February and with B on 15 February": each on the day listed after it
        listed = _occasions(ctx, token) if found.kind == "verb" and found.status == Status.HELD else []
        days = [d for d, _ in listed] if len(listed) == len(counterparts) else [found.date] * len(counterparts)
        places = [_side_place(ctx, token.sent, k) for k in counterparts]  # "with A in X and with B in Y"
        if not all(places):
            places = [found.place] * len(counterparts)
        return [replace(found, participants=set(found.apart) | {k}, date=d, place=p)
                for k, d, p in zip(counterparts, days, places)]
    if found.kind == "verb" and found.cameo != VISIT and (gapped := _gapped(ctx, token, found) or gapped_after(
            ctx, token, found)):
        return gapped
    if found.kind == "verb" and found.status == Status.HELD and found.cameo != VISIT:
        listed = _occasions(ctx, token)
        if listed:  # a chronology in one sentence: one meeting per date, at the place named before it
            return [replace(found, date=date, place=_place_between(ctx, token, listed, n) or found.place)
                    for n, (date, start) in enumerate(listed)]
    return _split_visits(ctx, found) if found.cameo == VISIT else [found]


def _meets(ctx: _Context, verb: Token, trigger: Trigger, with_args: list[Token], objects: list[Token]) -> bool:
    """Whether a lexicon verb means a meeting here, by what the lexicon says it needs.

    "with": a with/between argument or a plural subject ("talked with X", "X and Y talked");
    "with-or-join": the same, but a plural subject only speaks of a meeting told elsewhere ("discussed
    Z with X" is a meeting; "X and Y discussed Z" is what they did at one);
    "particle=W": the particle W and a counterpart ("sat down with X", "called on X", "brought together A and B");
    "object=W": the object W and a counterpart ("shook hands with X"); "body": an object that is a named
    organization ("brief the committee"); "person": an object that is
    someone ("received X", not "received a letter"); otherwise an object, if any, that is someone or,
    for a visit, somewhere ("met X", not "met the demand")."""
    counterpart = bool(with_args) or _plural_subject(verb, counted=True)
    need, _, word = trigger.needs.partition("=")
    if need in {"with", "with-or-join"}:
        return counterpart
    if need == "particle":
        # "appeared before the committee", not "before the court" (JUDICIAL_WORDS)
        particles = [c for c in verb.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == word
                     and not any(t.lower_ in JUDICIAL_WORDS for o in _pobjs(c) for t in [o, *o.children]
                                 if t.dep_ in {"pobj", "pcomp", "compound"})
                     # "before" hears as a body does: a committee, not the ICJ, Congress or the cameras
                     and (word != "before" or any(o.lower_ in HEARING_BODIES for o in _pobjs(c)))]
        # "brought together A, B and C": the people gathered, two or more, are the object
        gathered = sum(len(_conjuncts(o)) for o in objects if _is_personish(ctx, o)) >= 2
        # "called on Prime Minister X", X parsed as the verb's object: someone right after the particle
        called = any(o.left_edge.i == p.i + 1 and _is_personish(ctx, o) for o in objects for p in particles)
        return bool(particles) and (counterpart or gathered or called or any(_pobjs(p) for p in particles))
    if need == "object":
        return any(o.lower_ == word for o in objects) and counterpart
    if need == "body":  # "is due to brief the foreign affairs committee", not "briefed reporters" nor "briefed Reuters"
        return any(o.lower_ in HEARING_BODIES and (k := ctx.root_of.get(o.i)) and ctx.kind(k) == Kind.ORGANIZATION
                   for o in objects)
    if need in {"person", "plan"}:  # "plan": "is due to see X"
        return any(_is_personish(ctx, o) for o in objects) and (need == "person" or planned(verb))
    if need == "to":
        return bool(_hosts(ctx, _destinations(verb)))
    return trigger.cameo == VISIT or not _abstract(ctx, objects + [p for w in with_args for p in _pobjs(w)])


def _verb_mention(ctx: _Context, verb: Token) -> _Mention | None:
    word = lemma(verb).lower()
    if word == "sign":
        return _signing(ctx, verb)
    if word in RESUME_VERBS:
        return _resumption(ctx, verb)
    if word in {"be", "expect"}:
        return awaited_visit(ctx, verb)  # "X is due in Moscow", "X is expected in Kyiv": a visit to come
    trigger = VERBS.get(word)
    if trigger is None or _adjectival(verb):
        return None  # most verbs: decided before their children are read; "with visiting X" is no visit
    # "With tensions rising, X and Y met": a "with" before the subject sets the scene, names no one
    first = min((c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), default=verb.i)
    with_args = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "between"} and c.i > first]
    # "X and Y met in Vienna, their first talks since ...": a meeting noun after a comma describes the
    # verb's meeting, it is nothing met
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and not (
        c.lower_ in NOUNS and any(t.text == "," for t in verb.doc[verb.i:c.left_edge.i]))]
    # "X was received by Y": with an agent, the passive subject is the one received
    agents = [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)]
    if agents:
        objects += [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "X is due to be received by Y": a passive under a raising word ("due", "expected") receives the
        # subject it inherits; the agent, read on no subject of its own, is the other side
        if not objects and any(c.dep_ == "auxpass" for c in verb.children):
            objects += [s for s in _subjects(verb) if s not in agents]
    if trigger.needs == "person":  # "hosted a dinner for X": the guest of the meal or meeting hosted
        objects = [g for o in objects for g in (_guests(o) if o.lower_ in NOUNS else [o])] or displaced(ctx, verb)
    # "discussed the crisis with X": the counterpart the parser hung on the topic
    topical = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
               and any(_is_personish(ctx, x) for x in _pobjs(p))] if trigger.needs == "with-or-join" else []
    with_args += topical
    if not _meets(ctx, verb, trigger, with_args, objects):
        return None
    if _is_phone(verb) or _negated(verb) and _status(verb) != Status.CANCELLED:
        return None
    particles = [c for c in verb.children if c.dep_ == "prep" and trigger.needs == f"particle={c.lower_}"] + topical
    objects = [o for o in objects if not trigger.needs == f"object={o.lower_}"]
    # "discussed Nord Stream with X", "X and Y discussed NATO": what a verb of talking has for object is the topic
    # (a body's or a project's name as often as not), no side; its sides are its subjects and its "with"
    objects = [] if trigger.needs in {"with", "with-or-join"} else objects
    objects += _destinations(verb) if trigger.needs == "to" else []
    participants: set[str] = set()
    partial = False
    subjects = _subjects(verb)
    # "met with A and B on ...", B coordinated with the verb by the parser: one more person met
    # ... or "met with the head of X, A, and the head of Y, B", the second title hung on the verb, its name beside it
    stray = [c for c in verb.children if c.dep_ == "conj" and (objects or with_args) and any(
        x.dep_ == "cc" for x in verb.children) and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children) and (
        c.pos_ == "PROPN" and (k := ctx.root_of.get(c.i)) and ctx.is_person(k)
        or c.pos_ in {"NOUN", "PROPN"} and _title_word(c) and not _dated_after(verb, c) and any(a.dep_ == "appos" and (n := ctx.root_of.get(a.i)) and ctx.is_person(n)
                                                      for a in c.children))]
    # "met ..., hosted by X", "talked, mediated by X": who hosts or mediates takes part
    stray += [o for c in verb.children if c.dep_ in {"advcl", "acl"} and lemma(c).lower() in ROLE_VERBS
              for a in c.children if a.dep_ == "agent" for o in _pobjs(a)]
    stray += [a for a in agents if a not in subjects]
    # "met Vice-President A B", B hung on "met" (not a name past a comma: another clause's)
    stray += [c for c in verb.children if c.dep_ in STRAY_DEPS and c.i > verb.i and c.pos_ == "PROPN"
              and (k := ctx.root_of.get(c.i)) and ctx.is_person(k) and not any(
                  t.text in {",", ";"} for t in verb.doc[verb.i:c.left_edge.i])]
    # "met the heads of two unions on Tuesday, A and B": the names a plural office met is told by, past a comma and
    # hung on the verb by the parser
    if any(o.tag_ == "NNS" and _title_word(o) for o in objects):
        stray += [c for c in verb.children if c.dep_ in STRAY_DEPS and c.i > max(o.i for o in objects)
                  and verb.doc[c.left_edge.i - 1].text == "," and all(
                      (k := ctx.root_of.get(x.i)) and ctx.is_person(k) for x in _conjuncts(c))]
    for arg in subjects + objects + [p for w in _arg_preps(verb) + particles for p in _pobjs(w)] + stray:
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    participants |= {k for t in presence_titles(ctx, verb) for k in _resolve_arg(ctx, t)[0]}
    participants |= attendance(ctx, verb)  # "met in New York in the presence of X"
    place = _place(ctx, verb, participants) or _frame_place(ctx, verb) or (
        _place(ctx, verb.head, participants, skip=verb) if _purpose(verb) else None)  # "travel to Paris to meet X"
    if trigger.cameo == VISIT:
        place, participants = _visit_host(ctx, objects, place, participants)
        participants = _invited(ctx, verb, participants)
    status = _status(verb)
    mention = _finish(ctx, verb, "verb", participants, status, trigger.cameo, place, partial)
    mention.joins_only = trigger.needs == "with-or-join" and not with_args
    # "met separately with A and B", "met A of Ghana and B of Denmark", "A and B each met C": one meeting each
    mention.apart = apart_sides(ctx, verb, subjects, objects + [p for w in with_args for p in _pobjs(w)],
                                mention.participants)
    return mention


def _dated_after(verb: Token, conj: Token) -> bool:
    """"met A on 18 January, and B on 19 January": a date hung on the verb after a second counterpart is its own
    meeting's."""
    return any(c.dep_ == "prep" and c.i > conj.i and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
               for c in verb.children)


def _resumption(ctx: _Context, verb: Token) -> _Mention | None:
    """"The talks will resume Tuesday", "It is likely to resume Tuesday morning": a session to come of the
    meeting its subject ("it", "they", a meeting noun) refers to, the meeting told last; coref gives it
    that meeting's sides. A resumption told as done is the same meeting going on, no new one."""
    status = _status(verb)
    subjects = [s for s in _subjects(verb) if s.lower_ in NOUNS or s.lower_ in {"it", "they"}]
    if not _future(status) or not subjects or verb.i in ctx.quoted:
        return None
    told = [m for m in ctx.told if m.trigger.i < subjects[0].i]  # what "it", "the talks" refer to
    if not told:
        return None
    mention = _finish(ctx, verb, "verb", set(), status, MEET, None, False)
    mention.resumes = told[-1].trigger.i
    return mention


def _signing(ctx: _Context, verb: Token) -> _Mention | None:
    """"The United States and Brazil have signed an accord", "the deal signed in Brazil by Rice and her
    counterpart Amorim": the signers (and the states party to it) meet to sign (CAMEO 057)."""
    agreement = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and lemma(c).lower() in AGREEMENTS]
    if verb.dep_ == "acl" and lemma(verb.head).lower() in AGREEMENTS:
        agreement.append(verb.head)
    if not agreement or _negated(verb) and _status(verb) == Status.HELD:
        return None
    participants: set[str] = set()
    partial = False
    for arg in _subjects(verb):
        if lemma(arg).lower() in AGREEMENTS:
            continue
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    for arg in [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)]:
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    place = _place(ctx, verb, participants)
    mention = _finish(ctx, verb, "verb", participants, _status(verb), "057", place, partial)
    mention.anaphoric = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for a in agreement for c in a.children)
    return mention
