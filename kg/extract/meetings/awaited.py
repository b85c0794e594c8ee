"""A visit told by where someone is awaited: "X is due in Moscow in April", "X is expected in Kyiv next week", "X was
due in Reykjavik on Monday" - a visit to the state of the capital (or the country) named, as "X will travel to Moscow"
is. A clause that names what the stay is for ("is due in Ottawa for talks with Y", "is expected in Beirut to meet Y")
is told by the words of its meeting, not here; nor is a meeting noun awaited ("a seventh round is due in Seoul"), nor
a stay another verb of the lexicon in the sentence tells."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.arguments import _resolve_arg
from kg.extract.meetings.finish import _finish
from kg.extract.meetings.lexicon import AWAITED_WORDS, CANCEL_WORDS, NOUNS, VERBS, VISIT
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.status import _status
from kg.extract.meetings.syntax import _is_leader, _pobjs, _subjects
from kg.extract.meetings.visits import _visit_host
from kg.nlp import lemma
from kg.nlp.lexicon import TITLE_HEADS
from kg.records import Kind, Status
from kg.resolve.capitals import state_of_capital


def awaited_visit(ctx: _Context, verb: Token) -> _Mention | None:
    """The visit to come a copula with "due" or a passive "expected" tells, with the place it is awaited in."""
    holder = _awaited(verb)
    if holder is None:
        return None
    places = [o for c in holder.children if c.dep_ == "prep" and c.lower_ == "in" for o in _pobjs(c)]
    if not places or _purpose_told(verb) or _purpose_told(holder):
        return None
    if any(t.i != verb.i and t.pos_ == "VERB" and lemma(t).lower() in VERBS for t in verb.sent):
        # "accepted an invitation to visit the Vatican, and is expected in Rome", "is due in Washington and has asked
        # to meet X": the stay told by another verb of the lexicon in the sentence (not "though Beijing has not
        # confirmed the trip": the stay awaited, named again)
        return None
    participants: set[str] = set()
    partial = False
    for subject in _subjects(verb):
        if subject.lower_ in NOUNS:
            return None  # "the next summit is due in Kigali": the meeting noun tells it
        keys, ok = _resolve_arg(ctx, subject)
        participants |= keys
        partial |= not ok
    if not any(ctx.is_person(k) for k in participants):
        return None
    people = [k for k in participants if ctx.is_person(k)]
    titles = [r.title.lower().split() for k in people for r in ctx.roles if r.person == k and r.title]
    # (or a common noun for who the visitor is before the name: "striker", "singer")
    nouns = [t.lower_ for s in _subjects(verb) for t in ((s,) if s.pos_ == "NOUN" else s.children)
             if t.pos_ == "NOUN" and t.is_lower and (t.i == s.i or t.dep_ == "compound")]
    if titles and not any(w in TITLE_HEADS for t in titles for w in t) or any(n not in TITLE_HEADS for n in nouns):
        return None  # "the Brazilian striker X is expected in Madrid": awaited for no office (a transfer, a match)
    place, participants = _visit_host(ctx, places, None, participants)
    if not any(ctx.kind(k) == Kind.COUNTRY for k in participants) and len(people) == 1 and place \
            and ctx.kind(place) == Kind.PLACE and not ctx.states_of(people[0]) \
            and not any(_is_leader(r.title) for r in ctx.roles if r.person == people[0]) \
            and (code := state_of_capital(ctx.entity(place).name)) and (host := ctx.add_country(code)):
        # "Mehra is due in Moscow", his state untold by his titles: awaited in a capital is news of a visitor, where a
        # traveller's "returned to Moscow" may be going home (not "Prime Minister X ... is expected in London": a
        # leader's title told with no state is the home leader's)
        participants = participants | {host}
        ctx.groups.add(host)  # as _visit_host marks the state visited
    if not any(ctx.kind(k) == Kind.COUNTRY for k in participants):
        return None  # no state visited: a city of the visitor's own state, or a place of no known state
    # ... or by the clause joined to it ("was due in Beijing on Thursday, but the trip was postponed")
    called_off = any(c.dep_ == "conj" and lemma(c).lower() in CANCEL_WORDS and any(
        s.lower_ in NOUNS for s in _subjects(c)) for c in verb.children)
    status = Status.CANCELLED if called_off or _status(verb) == Status.CANCELLED else Status.PLANNED
    return _finish(ctx, verb, "verb", participants, status, VISIT, place, partial)


def _awaited(verb: Token) -> Token | None:
    """The word "in" hangs on: the passive "expected" itself ("is expected in Kyiv"), or the "due" a copula takes
    ("is due in Moscow"); None for any other verb."""
    if verb.tag_ == "VBN" and verb.lower_ in AWAITED_WORDS and any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    if lemma(verb).lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in AWAITED_WORDS), None)
    return None


def _purpose_told(tok: Token) -> bool:
    """A clause of purpose ("to meet Y", "to talk quotas"; not "though Beijing has not confirmed the trip") or a
    meeting noun it is for ("for talks with Y")."""
    # ... or any other stay it is for ("for a court hearing", "for treatment"), not a time ("for two days", "for the
    # first time")
    return any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
               for c in tok.children) or any(
        o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ not in {"DATE", "TIME"} and o.lower_ != "time"
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in _pobjs(c))
