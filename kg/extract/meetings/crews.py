"""Delegation members: "a delegation led by X ... The delegation included A, B and C" is X, A, B and C at
every table the delegation sits at ("the delegation met Y", "the visitors held talks with Z"); "the Saudi
delegation included N", told of talks just reported, adds N to them. Attendance lists: "The meeting was
attended by A, B and C", "took place in the presence of A and of B".

A crew is read once per article: each singular group noun (sides.toml [crews]) with who leads it ("led
by X") and who it is told to include ("included A", "which includes A", "was assisted by A"). A definite
noun with no leader of its own ("the delegation") is the latest crew told before it."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from kg.data import tables
from kg.extract.meetings.lexicon import GROUP_NOUNS, LEAD_VERBS, PRESENCE
from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.syntax import _conjuncts, _led_by, _pobjs
from kg.nlp import lemma
from kg.records import Kind

_C = tables("meetings/sides")["crews"]
NOUNS = frozenset(_C["nouns"])
MEMBER_VERBS = frozenset(_C["member_verbs"])
JOINED_VERBS = frozenset(_C["joined_verbs"])
PLURALS = frozenset(_C["plurals"])
_NOUN_HASHES = frozenset(get_string_id(word) for word in NOUNS)
DEFINITE = frozenset(_C["definite"])
NEAR = 3  # sentences from a group's last mention to a bare reference to it that stands for its leader (further
# on only the article's one led group: crew_of)


@dataclass
class Crew:
    """A group told in the article: the token that introduces it, who leads it, who is told to be in it."""

    noun: int
    leaders: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)

    def sides(self) -> set[str]:
        return self.leaders | self.members


def crews(ctx: _Context) -> dict[int, Crew]:
    """Each group noun's crew, by token index (a noun that refers back shares the earlier crew), once per
    article."""
    found = getattr(ctx, "_crews", None)
    if found is None:
        found = ctx._crews = _read(ctx)  # type: ignore[attr-defined]
    return found


def crew_of(ctx: _Context, tok: Token) -> set[str]:
    """The people a group noun, or a definite plural that refers to one ("the visitors"), stands for when
    the article tells its members; empty otherwise (the noun is left to the other rules)."""
    told = crews(ctx)
    if tok.i in told:
        crew = told[tok.i]
        if crew.members:
            return crew.sides()
        # "a delegation led by X ... the delegation met Y", "X heads the ADB team. The team will meet Y": a group
        # told again, within a few sentences of its last mention, stands for who leads it; further on, only when it
        # is the one group the article tells who leads, and "the" refers to it (the article's cast: a delegation
        # told in the lead meets its hosts paragraphs later; not "its delegation", another body's)
        last = max((i for i, c in told.items() if c is crew and i < tok.i), default=None)
        if last is None:
            return set()
        if ctx.sentence_of[tok.sent.start] - ctx.sentence_of[ctx.doc[last].sent.start] > NEAR and not (
                len({id(c) for c in told.values() if c.leaders}) == 1
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            return set()
        return set(crew.leaders)
    if tok.lower_ in PLURALS and _definite(tok):
        # crews are read in text order: the latest one before TOK is the first one back
        before = next((c for i, c in reversed(told.items()) if i < tok.i and c.members and c.leaders), None)
        return before.sides() if before is not None else set()
    return set()


def add_joined(ctx: _Context, events: list[_Event]) -> None:
    """A sentence that tells only who sat with each side of talks just reported ("The Pakistani side was
    assisted by A, while the Saudi delegation included B": crews with members, no leader nor crew told
    before) adds them to the talks told last, in that sentence or the one before."""
    joined: dict[int, set[str]] = {}
    for i, crew in crews(ctx).items():
        if crew.noun == i and crew.members and not crew.leaders:
            joined.setdefault(ctx.sentence_of[ctx.doc[i].sent.start], set()).update(crew.members)
    for here, people in joined.items():
        told = [(m.trigger.i, e) for e in events for m in e.mentions
                if 0 <= here - ctx.sentence_of[m.trigger.sent.start] <= 1]
        if told:
            max(told, key=lambda pair: pair[0])[1].participants |= people


def _read(ctx: _Context) -> dict[int, Crew]:
    out: dict[int, Crew] = {}
    lowers = ctx.doc.to_array([LOWER]).tolist()  # most tokens are no group noun: never made into Token objects
    for tok in (ctx.doc[i] for i, low in enumerate(lowers) if low in _NOUN_HASHES):
        if tok.tag_ != "NN" or tok.i in ctx.dateline:
            continue
        # "a delegation led by X"; "a delegation of the Y Association, led by X" (the parser hangs the
        # clause on the "of"/"from" object)
        heads = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in _pobjs(p)]
        leaders = _people(ctx, [o for h in heads for o in _led_by(h)]) | _leading(ctx, tok)
        members = _people(ctx, _member_objects(tok)) - leaders
        # out is in text order; "the Chinese delegation" is no group whose leader answers for another state or body
        earlier = next((c for c in reversed(out.values()) if c.leaders and _fits(ctx, tok, c)), None)
        if not leaders and _definite(tok) and earlier is not None and tok.lower_ != "side":
            crew = earlier  # "the delegation": the one told before, whatever it is said to include
            crew.members |= members - crew.leaders
            out[tok.i] = crew
        elif leaders or members:
            out[tok.i] = Crew(tok.i, leaders, members)
    return out


def _leading(ctx: _Context, tok: Token) -> set[str]:
    """"X leads the delegation", "X, who heads the ADB team": the people the active leading verb of a group noun
    (its object) has for subject; "the delegation was led by X": its agent."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and lemma(verb).lower() in LEAD_VERBS:  # "The government delegation was led by X"
        return _people(ctx, [o for a in verb.children if a.dep_ == "agent" for o in _pobjs(a)])
    if tok.dep_ != "dobj" or lemma(verb).lower() not in LEAD_VERBS or verb.tag_ == "VBN":
        return set()
    subjects = [verb.head if s.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else s
                for s in verb.children if s.dep_ == "nsubj"]
    return {k for s in subjects for c in _conjuncts(s) if (k := ctx.root_of.get(c.i)) and ctx.is_person(k)}


def _fits(ctx: _Context, tok: Token, crew: Crew) -> bool:
    """Whether the states and bodies named on a group noun ("the Chinese delegation", "the ADB team") are, of each
    kind, among those the crew's leaders answer for, where the article tells any; not a crew whose own noun names
    others ("X heads the Serbian delegation ... The Chinese delegation met Y"); a group noun that names a body fits
    only a crew whose own noun or leaders' offices name it ("X heads the government team ... The IMF team met Y":
    another team)."""
    named, own = _named(ctx, tok), _named(ctx, ctx.doc[crew.noun])
    bodies = {r.organization for r in ctx.roles if r.person in crew.leaders and r.organization}
    orgs = {k for k in named if ctx.kind(k) == Kind.ORGANIZATION}
    if orgs and not orgs & (bodies | own):
        return False
    for kind in (Kind.COUNTRY, Kind.ORGANIZATION):
        told = {k for k in named if ctx.kind(k) == kind}
        theirs = {k for k in bodies | own if ctx.kind(k) == kind}
        if told and theirs and not told & theirs:
            return False
    return True


def _named(ctx: _Context, tok: Token) -> set[str]:
    """The states and bodies named on a group noun ("the Chinese delegation", "the ADB team", "a team of the ADB")."""
    words = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    words += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in _pobjs(p)]
    return {k for c in words if (k := ctx.key_of.get(c.i)) and k != ctx.key_of.get(tok.i)}  # not "the Kenyan team" as one


def _member_objects(tok: Token) -> list[Token]:
    """What a group noun is told to include: its verb's objects ("the delegation included A and B", "which
    includes A", "consisted of A"), or the agent of a passive that joins it ("was assisted by A")."""
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    relative = [c for c in tok.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.tag_ in {"WDT", "WP"} for s in c.children)]
    verbs += relative
    objects = [o for v in verbs if lemma(v).lower() in MEMBER_VERBS for c in v.children
               for o in ([c] if c.dep_ == "dobj" else _pobjs(c) if c.dep_ == "prep" and c.lower_ == "of" else [])]
    # "The delegation, which includes the Chairperson of X, Mr Y, ...": the title's name, hung by the parser on the
    # group noun after the clause
    objects += [a for a in tok.children if a.dep_ == "appos" and any(
        a.i > v.i and lemma(v).lower() in MEMBER_VERBS for v in relative)]
    if tok.dep_ == "nsubjpass" and lemma(tok.head).lower() in JOINED_VERBS:
        objects += [o for a in tok.head.children if a.dep_ == "agent" for o in _pobjs(a)]
    return objects


def _people(ctx: _Context, heads: list[Token]) -> set[str]:
    """The people named in phrases, their conjuncts and appositions ("the association's secretary, Mrs.
    A"), through nouns and prepositions but never into a clause ("led by X, spent the day meeting Y")."""
    out: set[str] = set()
    stack = list(heads)
    while stack:
        tok = stack.pop()
        key = ctx.key_of.get(tok.i)
        if key and ctx.kind(key) == Kind.PERSON and tok.i not in ctx.dateline:
            out.add(key)
        stack += [c for c in tok.children if c.dep_ in _PHRASE]
    return out


_PHRASE = frozenset({"conj", "appos", "compound", "nmod", "prep", "pobj", "poss", "dobj"})


def _definite(tok: Token) -> bool:
    """"the delegation", "the Saudi delegation", "its team": a noun that refers to one already known."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE
               for c in tok.children)


def attendance(ctx: _Context, trigger: Token) -> set[str]:
    """"The meeting was attended by A, Minister of X; B, Minister of Y; and C", "The audience took place in the
    presence of the Minister of State, Mr. A, and of Mrs. B", "met in New York in the presence of C": a list the
    parser breaks at semicolons and titles, so every person named from its "by" or "presence" to the end of the
    sentence (outside a relative clause or a quotation) is at the table."""
    clause = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else trigger
    if trigger.dep_ == "nsubjpass" and lemma(clause).lower() == "attend":
        start = next((c.i for c in clause.children if c.dep_ == "agent"), None)
    else:
        start = next((p.i for p in _presence(trigger)), None)
    if start is None:
        return set()
    people = set()
    for t in trigger.doc[start:trigger.sent.end]:
        if t.i in ctx.quoted or any(a.dep_ == "relcl" and a.i > start for a in t.ancestors):
            continue
        if (key := ctx.root_of.get(t.i)) and ctx.is_person(key):
            people.add(key)
    return people


def _presence(trigger: Token) -> list[Token]:
    """The presence nouns of a meeting's clause ("in the presence of", "under the auspices of")."""
    clause = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else trigger
    return [o for p in clause.children if p.dep_ == "prep" for o in _pobjs(p) if o.lower_ in PRESENCE]


def presence_titles(ctx: _Context, trigger: Token) -> list[Token]:
    """"met in Nicosia in the presence of the Special Adviser", "under the Special Adviser's auspices": the title
    nouns the presence phrase names no one with, left for the caller to resolve as it resolves any title."""
    heads = [h for n in _presence(trigger) for h in [c for c in n.children if c.dep_ == "poss"]
             + [o for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]]
    return [t for h in heads for t in _conjuncts(h) if t.pos_ in {"NOUN", "PROPN"}
            and not any(d.i in ctx.key_of for d in t.subtree)]


def company_states(ctx: _Context, arg: Token, keys: set[str]) -> set[str]:
    """"received Mayor A and a delegation from the Polish city", "met Polish Deputy Prime Minister A and a
    delegation of Polish companies": a group coordinated with a named person is that person's company, and the
    state it comes from no side of its own, unless a person in the phrase answers for another state."""
    conjuncts = _conjuncts(arg)
    groups = [t for t in conjuncts if t.lower_ in GROUP_NOUNS]
    people = [t for t in conjuncts if (k := ctx.root_of.get(t.i)) and ctx.is_person(k)]
    if not groups or not people:
        return keys
    # "met Secretary A and other senior members of the Administration": "other" makes A one of them, and the body
    # no side of its own
    fellows = {k for g in groups if any(c.dep_ == "amod" and c.lower_ == "other" for c in g.children)
               for t in g.subtree if (k := ctx.key_of.get(t.i)) and ctx.kind(k) == Kind.ORGANIZATION}
    keys = keys - fellows
    origins = {k for g in groups for t in g.subtree if (k := ctx.key_of.get(t.i)) and ctx.kind(k) == Kind.COUNTRY}
    homes = [_states_of(ctx, t) for t in people]
    return keys - origins if origins and all(home <= origins for home in homes) else keys


def _states_of(ctx: _Context, tok: Token) -> set[str]:
    """The states a person named at a token answers for: by the article's titles, or named in the person's own
    phrase ("Polish Deputy Prime Minister A", "A of Ghana"; not a later conjunct's)."""
    later = {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    named = {k for t in tok.subtree if t.i not in later and (k := ctx.key_of.get(t.i)) and ctx.kind(k) == Kind.COUNTRY}
    return named | ctx.states_of(ctx.root_of[tok.i])
