"""Sides without a person's name: the states and bodies a meeting noun is named by ("the US-ASEAN summit"), a
meeting gathers ("That group includes A and B"), a counted group lists ("the six are ..."), and the people a group
of officials from several states stands for."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    COMBINING_FORMS,
    CONTINUATION_HEADS,
    GROUP_TITLES,
    JOINT_BODIES,
    MEMBER_NOUNS,
    MEMBERSHIP_VERBS,
    NOUNS,
    NUMBERS,
    OTHER_SITTING_MODS,
    PLURAL_SUBJECTS,
    REFERRING_DETS,
)
from kg.extract.meetings.records import STANDIN, _Context
from kg.extract.meetings.status import _infinitive_to_come, _venue
from kg.extract.meetings.syntax import _conjuncts, _pobjs, _title_word
from kg.nlp import gazetteer, lemma
from kg.records import Kind

# the dependencies of a pre-nominal modifier: "the [so-called] [P5+1] talks", "the [NATO]-[led] force"
_PRENOMINAL = {"compound", "nmod", "amod", "nummod", "punct", "npadvmod"}
_SIDES = {Kind.COUNTRY, Kind.ORGANIZATION}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9+]{1,7}")


def _compound_sides(ctx: _Context, noun: Token) -> set[str]:
    """States and bodies named before a meeting noun: "the US-ASEAN summit", "Israeli-Palestinian talks",
    "the P5+1-Iran talks": two or more named sides (one alone is as often the topic: "the Syria talks",
    "a NATO ministers meeting" its members')."""
    keys: list[str] = []
    split: set[str] = set()  # bodies the tagger made of a hyphened pair of states and the words after it
    for tok in noun.doc[noun.left_edge.i:noun.i]:
        if not _prenominal(tok, noun):
            continue
        key = ctx.key_of.get(tok.i)
        # two names the tagger read as one ("U.S.-EU", "US-ASEAN"): each part, when each names a side
        text = ctx.entity(key).name if key is not None else tok.text
        parts = [_named(ctx, part) for part in text.split("-")] if "-" in text.strip("-") else []
        if len(parts) >= 2 and all(parts):
            keys += [k for k in parts if k]
        elif key is not None and ctx.kind(key) == Kind.ORGANIZATION and _hyphened(tok) and (
                named := _named(ctx, tok.text)) and ctx.kind(named) == Kind.COUNTRY:
            keys.append(named)  # "the India-Bangladesh Commerce Secretary level talks", tagged as one body
            split.add(key)
        elif key is not None and ctx.key_of.get(noun.i) != key:
            keys.append(key)
        elif key is None and _hyphened(tok) and (named := _named(ctx, tok.text)):
            keys.append(named)  # a name the tagger missed beside a hyphen: "Chile-ASEAN"
    sides = list(dict.fromkeys(k for k in keys if ctx.kind(k) in _SIDES and not _venue(ctx, k) and k not in split))
    if len(sides) == 1 and ctx.kind(sides[0]) == Kind.ORGANIZATION and any(
            t.tag_ == "NNS" and _title_word(t) and _prenominal(t, noun) for t in noun.doc[noun.left_edge.i:noun.i]):
        return set(sides)  # "a NATO defense ministers meeting": the body whose officials meet
    if len(sides) < 2:
        return set()
    # "Kerry and Lavrov opened the US-Russia talks": where a person named in the sentence speaks for one of
    # the states, the people are the sides (read from the clause), not the states (read only for two sides)
    # ... for another sitting of the pair ("the previous round of Polish-Moldovan consultations took place in X",
    # "the next Chile-Peru summit"), only the people named in its own sentence: the article's news has others
    people = (ctx.root_of.get(t.i) for t in noun.sent) if _another_sitting(noun) else ctx.root_of.values()
    speakers = {s for p in people if p and ctx.is_person(p) for s in ctx.states_of(p)}
    # ... not for a meeting still to come, told by its own infinitive ("they discussed the US-EU summit to be
    # held in June", the parser's "the summit" also the subject of "to be held"): the people who speak of it need
    # not be the ones who will meet
    to_come = _infinitive_to_come([noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else []))
    return set(sides) if to_come or not speakers & set(sides) else set()


def _another_sitting(noun: Token) -> bool:
    """A meeting noun told as a sitting of a series other than the news: "the previous round of X-Y talks", "the
    next X-Y summit" (a modifier of the noun, or of the round it is "of")."""
    heads = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of"
                      and noun.head.head.lower_ in CONTINUATION_HEADS else [])
    return any(c.dep_ in {"amod", "det"} and c.lower_ in OTHER_SITTING_MODS for h in heads for c in h.children)


def joint_body(ctx: _Context, noun: Token) -> set[str]:
    """"the next meeting of the India-Chile Joint Commission", "a session of the Russian-Angolan
    Intergovernmental Commission": a standing body of two states, named by their hyphened pair, meets as
    those two states (whoever agreed to convene it)."""
    for body in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)):
        if body.lower_ in JOINT_BODIES and len(states := pair_named(ctx, body)) == 2:
            return states
    return set()


def pair_named(ctx: _Context, body: Token) -> set[str]:
    """The states of a body's hyphened pre-nominal name ("the India-Chile Joint Commission"): two, or none."""
    states: list[str] = []
    for tok in body.doc[body.left_edge.i:body.i]:
        key = ctx.key_of.get(tok.i)
        # a word of the body's own name ("the Chile-Peru Forum" tagged as one organization, or only its first words)
        # is read alone
        text = ctx.entity(key).name if key is not None and key != ctx.key_of.get(body.i) \
            and ctx.kind(key) != Kind.ORGANIZATION else tok.text
        # "the Fiji-Australia Forum", the second name parsed as the first one's apposition
        if not (_prenominal(tok, body) or tok.dep_ == "appos" and _hyphened(tok) and _prenominal(tok.head, body)) \
                or "-" not in text.strip("-") and not _hyphened(tok):
            continue
        states += [k for part in text.split("-") if (k := _named(ctx, part)) and ctx.kind(k) == Kind.COUNTRY]
    states = list(dict.fromkeys(states))
    return set(states) if len(states) == 2 else set()


def _prenominal(tok: Token, noun: Token) -> bool:
    """Whether a token hangs on the noun through pre-nominal modifiers only."""
    while tok.i != noun.i:
        if tok.dep_ not in _PRENOMINAL or tok.head.i == tok.i or tok.head.i > noun.i:
            return False
        tok = tok.head
    return True


def _hyphened(tok: Token) -> bool:
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text == "-" or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


def _named(ctx: _Context, text: str) -> str | None:
    """The state or body a bare name stands for: a name or alias of the article's entities, else a state
    the gazetteer knows by that name or adjective."""
    text = text.strip()
    want = _norm(text)
    if len(want) < 2:
        return None
    for key, entity in sorted(ctx.res.entities.items()):
        if entity.kind in _SIDES and want in {_norm(n) for n in (entity.name, *entity.aliases)}:
            return key
    code = gazetteer.country_names().get(text) or gazetteer.demonyms().get(text) or COMBINING_FORMS.get(text.lower())
    if code:
        return ctx.add_country(code)
    # an acronym beside another side's name ("US-ASEAN") names a body even where the tagger missed it
    return ctx.add_organization(text) if _ACRONYM.fullmatch(text) else None


def _norm(text: str) -> str:
    return re.sub(r"[\s.]", "", re.sub(r"^the\s+", "", text.lower()))


def _members_told(ctx: _Context, noun: Token) -> set[str]:
    """The states and bodies a meeting is said to gather: "the summit, which brings together A, B and C";
    "... the East Asia Summit. That group includes A, B and C" (a group noun or "it" opening the next
    sentence). They are sides beside the people named on the meeting."""
    doc = noun.doc
    subjects = [noun] + [s for c in noun.children if c.dep_ == "relcl" for s in c.children
                         if s.dep_ == "nsubj" and s.tag_ in {"WDT", "WP"}]
    if noun.sent.end < len(doc):
        following = doc[noun.sent.end].sent
        subjects += [t for t in following if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and (
            t.lower_ == "it" or t.lower_ in MEMBER_NOUNS | NOUNS.keys()
            and any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in t.children))]
    found: set[str] = set()
    for subj in subjects:
        verb = subj.head
        if subj.dep_ != "nsubj" or lemma(verb).lower() not in MEMBERSHIP_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.i > verb.i):
            found |= {k for t in obj.subtree if (k := ctx.key_of.get(t.i)) and ctx.kind(k) in _SIDES}
    ctx.groups |= found
    return found


def _enumerated_states(ctx: _Context, tok: Token) -> set[str]:
    """"the six nations that took part in talks ... The six are North and South Korea, China, Japan,
    Russia and the United States": the states listed for a counted group, in an apposition or in the
    next sentence ("The six are ...", "They are ..."), when the count agrees."""
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in tok.children if c.dep_ == "nummod"), 0)
    if count < 2:
        return set()
    lists = [c for c in tok.children if c.dep_ == "appos"]
    following = ctx.doc[tok.sent.end:tok.sent.end + 1]
    if len(following):
        nxt = following[0].sent
        for t in nxt:
            if t.dep_ == "attr" and lemma(t.head) == "be" and any(
                    s.dep_ == "nsubj" and (s.lower_ in PLURAL_SUBJECTS or s.lower_ == tok.lower_
                                           or s.lower_ in NUMBERS and NUMBERS[s.lower_] == count)
                    for s in t.head.children):
                lists.append(t)
    for head in lists:
        states: list[str] = []
        for t in _conjuncts(head):
            states += _states_at(ctx, t)
        states = list(dict.fromkeys(states))
        if len(states) == count:
            return set(states)
    return set()


def _states_at(ctx: _Context, tok: Token) -> list[str]:
    """The country at a token; "North and South Korea" (one name for two states) gives both."""
    key = ctx.key_of.get(tok.i)
    if key is None:
        return []
    if ctx.kind(key) == Kind.COUNTRY:
        return [key]
    span = next((sp for sp, k in ctx.res.spans if k == key and sp.start <= tok.i < sp.end), None)
    match = re.fullmatch(r"(\w+) and (\w+) (\w[\w ]*)", span.text) if span is not None else None
    if match is None:
        return []
    codes = [gazetteer.country_names().get(f"{match[i]} {match[3]}") for i in (1, 2)]
    keys = [ctx.add_country(c) for c in codes if c]
    return [k for k in keys if k] if len(keys) == 2 and all(keys) else []


def _members(ctx: _Context, tok: Token, groups: set[str]) -> set[str]:
    """"diplomats from Russia, Germany and the United States" ... "German envoy X": each state's one person
    the article names with a title of the group's kind (GROUP_TITLES); all of them, or none."""
    heads = GROUP_TITLES.get(tok.lower_)
    if not heads or len(groups) < 2:
        return set()
    found: set[str] = set()
    for state in groups:
        people = {r.person for r in ctx.roles if r.organization == state and r.title
                  and r.title.lower().split()[-1] in heads}
        if len(people) != 1:
            return set()
        found |= people
    return found


def _counted_states_before(ctx: _Context, tok: Token) -> set[str]:
    """"the two countries", "both nations" with no list: the states of the latest meeting told (within three
    sentences) when it has that many sides, all states."""
    counts = [2 if c.lower_ == "both" else NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
              for c in tok.children if c.dep_ in {"nummod", "det", "predet"}]
    count = max(counts, default=0)
    if count < 2:
        return set()
    here = ctx.sentence_of[tok.sent.start]
    for m in reversed(ctx.told):
        if here - ctx.sentence_of[m.trigger.sent.start] > 3:
            break
        if m.trigger.i < tok.i and len(m.participants) == count and all(
                not k.startswith(STANDIN) and ctx.kind(k) == Kind.COUNTRY for k in m.participants):
            return set(m.participants)
    return set()


def _party_place(t: Token) -> bool:
    """T, the first of two coordinated names, stands where the parties of a dispute do: the subject of its clause
    ("Kenya and Somalia have argued") or the object of "between" ("talks between the company and the union")."""
    return t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "pobj" and t.head.lower_ == "between"


def named_sides_before(ctx: _Context, tok: Token, back: int = 2) -> set[str]:
    """"Kenya and Somalia have argued over the border. Both sides met ...", "Talks between the company and the union
    collapsed in May. The two sides will meet again": the last two states or bodies coordinated before a side noun,
    within its sentence and the `back` before it, else the two of the latest meeting told, a body one of them; none
    where two people coordinated come nearer (theirs is the pair, read by the caller)."""
    start = tok.sent.start
    for _ in range(back):
        start = ctx.doc[max(start - 1, 0)].sent.start
    for t in reversed(list(ctx.doc[start:tok.i])):
        key, other = ctx.root_of.get(t.i), ctx.root_of.get(t.head.i)
        if t.dep_ != "conj" or not key or not other or key == other or not _party_place(t.head):
            continue  # "worried the African Union and the United Nations", "exporters in Brazil and Argentina"
        if ctx.is_person(key) or ctx.is_person(other):
            if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in t.head.children):
                continue  # "Mary Smith and John Doe, the mediators,": not the sides
            return set()
        # names, not demonyms ("the Israeli and Palestinian leadership": the people who lead are the sides)
        if ctx.kind(key) in _SIDES and ctx.kind(other) in _SIDES and len(_conjuncts(t.head)) == 2 \
                and "ADJ" not in {t.pos_, t.head.pos_}:
            return {other, key}
    here = ctx.sentence_of[tok.sent.start]
    told = [m for m in ctx.told if m.trigger.i < tok.i and here - ctx.sentence_of[m.trigger.sent.start] <= back + 1]
    last = told[-1] if told else None
    # (of states, the people who spoke for them are the sides: read by the caller)
    if last is not None and len(last.participants) == 2 and not last.partial and all(
            not k.startswith(STANDIN) and ctx.kind(k) in _SIDES for k in last.participants) \
            and any(ctx.kind(k) == Kind.ORGANIZATION for k in last.participants):
        return set(last.participants)
    return set()
