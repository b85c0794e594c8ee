"""Event mentions: the verbs and nouns of the lexicon that introduce a meeting, with what their phrase says."""
from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from kg.extract.meetings.apart import _distributive, _each, _gapped, _place_between, apart_sides
from kg.extract.meetings.arguments import _abstract, _is_personish, _plural_subject, _resolve_arg
from kg.extract.meetings.lexicon import (
    AGREEMENTS,
    ANAPHORIC_DETS,
    CONTINUATION_HEADS,
    LEAD_VERBS, ARRIVAL_VERBS,
    HOLD_VERBS, MEET,
    NOT_MEETINGS,
    NOUNS,
    ORDINALS,
    PRESENCE,
    RESUME_VERBS,
    ROLE_NOUNS,
    ROLE_VERBS,
    VERBS,
    VISIT,
    Trigger,
)
from kg.extract.meetings.chairs import chairs_named, role_agents
from kg.extract.meetings.coref import _continues
from kg.extract.meetings.crews import attendance
from kg.extract.meetings.needs import counterpart_told
from kg.extract.meetings.records import CONFIDENCE, STANDIN, _Context, _Mention
from kg.extract.meetings.sessions import is_session
from kg.extract.meetings.standing import is_standing
from kg.extract.meetings.parties import displaced, planned
from kg.extract.meetings.sides import _compound_sides, _members_told, joint_body
from kg.extract.meetings.status import _place, _side_place, _status
from kg.extract.meetings.syntax import (
    STRAY_DEPS,
    _anaphoric,
    _future,
    _purpose,
    _arg_preps,
    _conjuncts,
    _governor,
    _adjectival,
    _governor_args,
    _guests,
    _held,
    _is_phone,
    _negated,
    _pobjs,
    _subjects,
)
from kg.extract.meetings.visits import _arrival, _arrived_at, _destinations, _hosts, _invited, _split_visits, _visit_host, called_on
from kg.extract.meetings.when import _date, _occasions, _present, _week
from kg.extract.meetings.lengths import _duration, _ordinal, _stay
from kg.extract.meetings.tense import planned_before
from kg.extract.meetings.frames import _frame_date, _frame_place, _framed, talked_of
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
        counterparts = sorted(people, key=lambda k: next((i for i in range(token.sent.start, token.sent.end) if ctx.key_of.get(i) == k), 0))
        # "with A on 14 February and with B on 15 February": each on the day listed after it
        listed = _occasions(ctx, token) if found.kind == "verb" and found.status == Status.HELD else []
        days = [d for d, _ in listed] if len(listed) == len(counterparts) else [found.date] * len(counterparts)
        places = [_side_place(ctx, token.sent, k) for k in counterparts]  # "with A in X and with B in Y"
        if not all(places):
            places = [found.place] * len(counterparts)
        return [replace(found, participants=set(found.apart) | {k}, date=d, place=p)
                for k, d, p in zip(counterparts, days, places)]
    if found.kind == "verb" and found.cameo != VISIT and (gapped := _gapped(ctx, token, found)):
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
    "object=W": the object W and a counterpart ("shook hands with X"); "person": an object that is
    someone ("received X", not "received a letter"); otherwise an object, if any, that is someone or,
    for a visit, somewhere ("met X", not "met the demand")."""
    counterpart = bool(with_args) or _plural_subject(verb, counted=True)
    need, _, word = trigger.needs.partition("=")
    if need in {"with", "with-or-join"}:
        return counterpart
    if need == "particle":
        particles = [c for c in verb.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == word]
        # "brought together A, B and C": the people gathered, two or more, are the object
        gathered = sum(len(_conjuncts(o)) for o in objects if _is_personish(ctx, o)) >= 2
        # "called on Prime Minister X", X parsed as the verb's object: someone right after the particle
        called = any(o.left_edge.i == p.i + 1 and _is_personish(ctx, o) for o in objects for p in particles)
        return bool(particles) and (counterpart or gathered or called or any(_pobjs(p) for p in particles))
    if need == "object":
        return any(o.lower_ == word for o in objects) and counterpart
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
    objects += _destinations(verb) if trigger.needs == "to" else []
    participants: set[str] = set()
    partial = False
    subjects = _subjects(verb)
    # "met with A and B on ...", B coordinated with the verb by the parser: one more person met
    stray = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and (k := ctx.root_of.get(c.i))
             and ctx.is_person(k) and (objects or with_args) and any(x.dep_ == "cc" for x in verb.children)]
    # "met ..., hosted by X", "talked, mediated by X": who hosts or mediates takes part
    stray += [o for c in verb.children if c.dep_ in {"advcl", "acl"} and lemma(c).lower() in ROLE_VERBS
              for a in c.children if a.dep_ == "agent" for o in _pobjs(a)]
    stray += [a for a in agents if a not in subjects]
    # "met Vice-President A B", B hung on "met" (not a name past a comma: another clause's)
    stray += [c for c in verb.children if c.dep_ in STRAY_DEPS and c.i > verb.i and c.pos_ == "PROPN"
              and (k := ctx.root_of.get(c.i)) and ctx.is_person(k) and not any(
                  t.text in {",", ";"} for t in verb.doc[verb.i:c.left_edge.i])]
    for arg in subjects + objects + [p for w in _arg_preps(verb) + particles for p in _pobjs(w)] + stray:
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
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


def _noun_mention(ctx: _Context, noun: Token) -> _Mention | None:
    if _is_phone(noun) or any(c.lower_ in NOT_MEETINGS for c in noun.children if c.dep_ in {"compound", "amod", "det"}):
        return None
    if NOUNS[noun.lower_].needs == "with" and not counterpart_told(noun):
        return None  # "a session with X", "X and Y had a working lunch", not "the session of parliament"
    if NOUNS[noun.lower_].needs == "to" and not _hosts(ctx, _destinations(noun)):
        return None  # "a trip to A" (a state), not "a trip to Europe"
    if NOUNS[noun.lower_].needs == "series" and not is_session(ctx, noun) and not is_standing(noun):
        return None  # "the fifth round" of talks told, not "a round of applause" nor "won the first round"
    called = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "on" for o in _pobjs(p)]
    if NOUNS[noun.lower_].needs == "on" and not any(called_on(ctx, o) for o in called):
        return None  # "a courtesy call on the Speaker", not "a call on Monday" nor "its call on Iran to act"
    participants: set[str] = set()
    partial = False
    own = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod", "amod"}]
    own += called if NOUNS[noun.lower_].needs == "on" else []
    own += [p for w in _arg_preps(noun, extra={"of"}) for p in _pobjs(w)]
    own += _destinations(noun) if NOUNS[noun.lower_].needs == "to" else []
    own += role_agents(noun)  # "talks mediated by A and B", "held in X, co-chaired by A and B"
    # "the host of the meeting, Saudi Arabia": the role noun's apposition
    role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    role_sides = [c for c in role.children if c.dep_ == "appos"] if role is not None and role.lower_ in ROLE_NOUNS else []
    own += role_sides
    # "the round is being led by A and B": who leads a session of talks are its sides
    if noun.dep_ == "nsubjpass" and noun.lower_ in CONTINUATION_HEADS and lemma(noun.head).lower() in LEAD_VERBS:
        own += [o for a in noun.head.children if a.dep_ == "agent" for o in _pobjs(a)]
    # "a meeting in the presence of X": X is at the table
    own += [o for p in noun.children if p.dep_ == "prep" for w in _pobjs(p) if w.lower_ in PRESENCE
            for q in w.children if q.dep_ == "prep" and q.lower_ == "of" for o in _pobjs(q)]
    # "The summit, the first between the two leaders, ...": the apposition names who meets
    own += [p for a in noun.children if a.dep_ == "appos" and (a.lower_ in ORDINALS or a.lower_ in NOUNS)
            for w in _arg_preps(a) for p in _pobjs(w)]
    # "the talks Kim held with Moon" (not "discussions, which she described as informal")
    own += [s for c in noun.children if c.dep_ in {"relcl", "acl"} and lemma(c).lower() in HOLD_VERBS | {"take"}
            for s in _subjects(c)]
    for arg in own:
        keys, ok = _resolve_arg(ctx, arg, compound=arg.dep_ in {"compound", "nmod", "amod"})
        participants |= keys
        partial |= not ok and arg.dep_ in {"poss", "pobj"} and arg.pos_ == "PRON"
    sides = _compound_sides(ctx, noun)
    participants |= sides | _members_told(ctx, noun)
    governor = _governor(noun)
    if governor is not None and noun.dep_ == "dobj" and _negated(governor) and _status(noun) != Status.CANCELLED:
        return None  # "did not hold talks with X", "refused to hold talks"
    named_on_noun = bool(participants)
    if not named_on_noun and governor is not None and talked_of(noun, governor):
        return None  # "X and Y discussed the upcoming summit": a meeting talked of, not one of theirs
    participants |= attendance(ctx, noun)  # "The meeting was attended by A; B; and C": still the meeting told
    person_count = sum(ctx.is_person(k) and not k.startswith(STANDIN) for k in participants)
    # "X is in Vienna for a meeting with A and B", "X came to Oslo for talks with A": the subject of the
    # verb the meeting is the purpose of joins, however many the noun names
    purpose = noun.dep_ == "pobj" and noun.head.lower_ == "for" and governor is not None \
        and lemma(governor).lower() in ARRIVAL_VERBS | {"be"}
    # "they discussed the US-EU summit": a meeting noun naming its two sides is no meeting of the subject's
    if governor is not None and (person_count < 2 and len(sides) < 2 or purpose
                                 or lemma(governor).lower() in HOLD_VERBS and _held(noun)):
        for arg in _governor_args(governor, noun):
            keys, ok = _resolve_arg(ctx, arg)
            participants |= keys
            partial |= not ok
            if lemma(governor).lower() in ROLE_VERBS:  # "thanked Qatar for hosting the talks": the host state
                ctx.groups |= keys                      # stays a side beside the people it brings together
    chairs = chairs_named(ctx, noun, governor, participants)  # "A and B co-chaired the meeting": its sides, told
    if (joint := joint_body(ctx, noun)) and not chairs:  # "the next meeting of the India-Chile Joint Commission": the two states
        participants, partial = joint, False
    place = _place(ctx, noun, participants) or (_place(ctx, noun.head.head, participants, skip=noun) if _continues(
        noun) else None) or (_place(ctx, governor, participants, skip=noun)  # "a round of talks to take place in X"
                             if governor is not None else None) or _frame_place(ctx, noun)
    if governor is not None and lemma(governor).lower() == "visit" and place is None:
        place = next((k for c in governor.children if c.dep_ == "dobj" and (k := ctx.key_of.get(c.i))
                      and ctx.kind(k) in {Kind.PLACE, Kind.COUNTRY}), None)
    if NOUNS[noun.lower_].cameo == VISIT:
        place, participants = _visit_host(ctx, _destinations(noun) or _arrived_at(noun), place, participants)
        participants = _invited(ctx, governor, participants, noun) if governor is not None else participants
    # "the G4 Ministers' Meeting with her counterparts from A, B and C": the body is the frame its members meet in
    bodies = {k for t in noun.doc[noun.left_edge.i:noun.i] if (k := ctx.key_of.get(t.i)) in participants
              and ctx.kind(k) == Kind.ORGANIZATION}
    if len(bodies) == 1 and sum(ctx.kind(k) == Kind.COUNTRY for k in participants) >= 2:
        participants -= bodies
    status = _status(noun)
    mention = _finish(ctx, noun, "noun", participants, status, NOUNS[noun.lower_].cameo, place, partial)
    mention.anaphoric = _anaphoric(noun)
    # "met Y during Thursday's meeting", "talks during the summit of X": the frame gives when and where;
    # it is a meeting of its own only where the article tells it apart ("Leaders ... have met")
    mention.joins_only = _framed(noun, len(sides) >= 2)
    if governor is not None and _distributive(noun):  # "held meetings with A and with B"
        mention.apart = frozenset(k for arg in _subjects(governor) for k in _resolve_arg(ctx, arg)[0]) \
            & mention.participants
    if governor is not None and not mention.apart:
        mention.apart = _each(ctx, governor, mention.participants)
    # "Cuba and Norway are serving as mediators for the talks": the subject's role in a meeting told before
    mention.adds_sides = mention.anaphoric and bool(role_sides) or mention.anaphoric and not named_on_noun \
        and governor is not None and not chairs and (
        noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" or lemma(governor).lower() in HOLD_VERBS
        or any(c.dep_ == "prep" and c.lower_ == "as" for c in governor.children)
        # "X, who was also at the meeting": being there is taking part
        or lemma(governor).lower() == "be" and noun.dep_ == "pobj" and noun.head.lower_ == "at")
    return mention


def _finish(ctx: _Context, trigger: Token, kind: str, participants: set[str], status: Status, cameo: str,
            place: str | None, partial: bool) -> _Mention:
    """Date, duration, ordinal, context and confidence of a mention."""
    week = _week(ctx, trigger)
    if week and cameo == VISIT and status == Status.HELD and _present(trigger) and ctx.article.date \
            and week[0] <= ctx.article.date <= week[1]:
        week = None  # "on this week's trip X is visiting A": under way on the day of the report
    date = None if week else planned_before(trigger, status, _date(ctx, trigger, status), ctx.article.date)
    if not week and (date is None or date.text == "today"):  # "On the sidelines of the summit" told before
        date = _frame_date(ctx, trigger, status) or date
    if cameo == VISIT and kind == "noun" and date and date.text != "today" and len(date.value) == 10 and not date.end:
        date = _stay(trigger, date)  # "a three-day visit from Monday"
    # "is paying a visit to X from May 13 to 16", told on May 14: a stay under way, neither to come nor a year on
    ongoing = date is not None and date.end is not None and ctx.article.date is not None \
        and date.value[:10] <= ctx.article.date.isoformat() <= date.end
    if status == Status.HELD and (date is not None or week) and _present(trigger) and ctx.article.date and not ongoing:
        # "are meeting on Friday", "travels to X next week for talks", told on a Wednesday: an arrangement, no report
        ahead = _date(ctx, trigger, Status.PLANNED) if date is not None else None
        if ahead is not None and ahead.value[:10] > ctx.article.date.isoformat()[:len(ahead.value)] \
                or week and week[0] > ctx.article.date:
            status, date = Status.PLANNED, ahead or date
    if status != Status.CANCELLED and (date is None or date.text == "today" or place is None):
        arrived_on, arrived_in = _arrival(ctx, trigger, participants, status != Status.HELD)
        date = arrived_on if arrived_on and (date is None or date.text == "today") else date
        place = place or arrived_in
    sent = trigger.sent
    context = {k for i in range(sent.start, sent.end) if (k := ctx.root_of.get(i)) and ctx.is_person(k)}
    # a side with a person at the table is that person; a body or state no named person speaks for
    # stays beside the people ("Kabila, Kagame and the regional bloc")
    participants = {ctx.side(k) for k in participants} - ctx.reporters
    # "invited her to visit La Paz" (a place is where, never who), "discussed the upcoming Summit of the
    # Americas" (the meeting's own name is no side of it)
    participants = {k for k in participants if ctx.kind(k) != Kind.PLACE and k != ctx.key_of.get(trigger.i)}
    people = {k for k in participants if ctx.is_person(k)}
    represented = {r.organization for r in ctx.roles if r.person in people and r.organization}
    kept = {k for k in participants if k in people or k in ctx.groups or k not in represented
            and ctx.kind(k) == Kind.ORGANIZATION} if people else participants
    ctx.groups = set()
    confidence = CONFIDENCE[kind] - (0.1 if partial else 0.0) - (0.1 if status != Status.HELD else 0.0)
    return _Mention(trigger, kind, set(kept), status, cameo, date, place, _duration(trigger),
                    _ordinal(trigger), partial=partial, quoted=trigger.i in ctx.quoted, context=context,
                    confidence=round(confidence, 2), week=week)
