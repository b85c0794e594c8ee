"""Standing sessions: "the next round will be held in X", "the 42nd meeting of the Intergovernmental Committee",
"the Joint Commission should hold its next session in Y", told with no one named at the table, are sessions
between the two states of the bilateral relation the article tells (the gold reading of a joint commission or a
round whose delegations go unnamed); a joint body a meeting is "of" is what meets, not one more side."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import CONTINUATION_HEADS, CONTINUATION_MODS, JOINT_BODIES, ORDINALS, SITTING_NOUNS
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.syntax import _pobjs
from kg.records import Kind, Status

_SUBJECTS = {"nsubj", "nsubjpass"}
_SUFFIXES = {"st", "nd", "rd", "th"}  # "the 42nd meeting"


def is_standing(noun: Token) -> bool:
    """A meeting noun set in a series of sessions and told as the subject of its own clause: "the next round
    will be held in X", "a fifth session is planned for Y", "the next round of consultations opens in Z" (the
    noun under "round of"); not "agreed to hold the next round" (those who agree may be who meet), "the first
    session of the summit" (a part of a meeting told) nor of another body, nor "the second summit"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in CONTINUATION_HEADS:
        return _counted(noun.head.head) and noun.head.head.dep_ in _SUBJECTS
    return noun.lower_ in SITTING_NOUNS and _counted(noun) and noun.dep_ in _SUBJECTS and not any(
        p.dep_ == "prep" and p.lower_ == "of" for p in noun.children)  # "the 77th session of the Assembly"


def _counted(noun: Token, mods: frozenset[str] = CONTINUATION_MODS,
             deps: frozenset[str] = frozenset({"amod", "nummod", "advmod"})) -> bool:
    """"the next round", "its fifth session", "the 42nd meeting": a modifier that counts it in a series."""
    return any(c.dep_ in deps and (c.lower_ in mods or c.lower_ in ORDINALS
                                   or c.lower_[:-2].isdigit() and c.lower_[-2:] in _SUFFIXES)
               for c in noun.children)


def _numbered(noun: Token) -> bool:
    """"the next round", "the sixth session", "the 12th meeting": the sitting after the ones told, by number
    (counted by "next" alone of the continuation words, and not by an adverb)."""
    return _counted(noun, frozenset({"next"}), frozenset({"amod", "nummod"}))


def _bodies(noun: Token) -> list[Token]:
    """"a meeting of the Joint Commission": the standing body named in its "of" phrase."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)
            if o.lower_ in JOINT_BODIES]


def standing_sides(ctx: _Context, mentions: list[_Mention]) -> None:
    """Sides of the standing sessions no clause names anyone for: the two states of the latest meeting told
    before whose sides are two states, or people of two states, else of the bilateral relation the article
    tells; a joint body the meeting is of is dropped."""
    for n, m in enumerate(mentions):
        if m.kind != "noun" or not (is_standing(m.trigger) or _bodies(m.trigger)):
            continue
        bodies = {k for b in _bodies(m.trigger) if (k := ctx.key_of.get(b.i)) and ctx.kind(k) == Kind.ORGANIZATION}
        rest = m.participants - bodies
        if len(rest) >= 2:  # "the next meeting of the Joint Commission, which they will co-chair": the two
            m.participants = rest
            continue
        if any(ctx.is_person(k) for k in rest):
            continue
        states = latest_pair(ctx, mentions[:n])
        if states is None and m.status != Status.HELD and not _bodies(m.trigger) and _numbered(m.trigger):
            # "the next round will be held in X": not "the first session was ...", nor "a new round of talks"
            states = article_pair(ctx)
        if states and rest <= states:
            m.participants, m.anaphoric, m.partial = set(states), False, False


def latest_pair(ctx: _Context, mentions: list[_Mention]) -> set[str] | None:
    """The two states of the latest of these mentions whose sides are two states, or people of two states."""
    return next((s for x in reversed(mentions) if len(x.participants) >= 2 and not x.partial
                 and (s := _two_states(ctx, x.participants))), None)


def _two_states(ctx: _Context, sides: set[str]) -> set[str] | None:
    """Two states standing for the sides: the states themselves, or the one state of each person."""
    states = side_states(ctx, sides)
    return states if states is not None and len(states) == 2 else None


def side_states(ctx: _Context, sides: set[str]) -> set[str] | None:
    """The states the sides stand for: a state as it is, a person by the one state of their roles; None when a side
    has no one state."""
    states: set[str] = set()
    for k in sides:
        if ctx.kind(k) == Kind.COUNTRY:
            states.add(k)
        elif ctx.is_person(k) and len(own := ctx.states_of(k)) == 1:
            states |= own
        else:
            return None
    return states


def article_pair(ctx: _Context) -> set[str]:
    """The two states of the bilateral relation an article tells: the two it names most, each at least twice
    and at least twice as often as any other (none when a third state is named about as often)."""
    counts: dict[str, int] = {}
    for key in ctx.root_of.values():
        if ctx.kind(key) == Kind.COUNTRY:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[1][1] < 2 or len(ranked) > 2 and 2 * ranked[2][1] > ranked[1][1]:
        return set()
    return {ranked[0][0], ranked[1][0]}
