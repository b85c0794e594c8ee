"""Who chairs, hosts or mediates a meeting told by a noun sits at it: "talks mediated by A and B", "The meeting
was held in X, co-chaired by A and B", "the session was co-chaired by A and his counterpart B", "A and B
co-chaired the sixth meeting of the X-Y Joint Commission" (the people, not the two states of the body)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import LEAD_VERBS, ROLE_VERBS
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _pobjs, _subjects
from kg.nlp import lemma


def role_agents(noun: Token) -> list[Token]:
    """The agents of a role verb's participle on the noun ("a summit hosted by X") or, for a noun that is the
    subject of its clause, on that clause ("The meeting was held in X, co-chaired by A and B")."""
    participles = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        participles += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    return [o for c in participles if lemma(c).lower() in ROLE_VERBS | LEAD_VERBS
            for a in c.children if a.dep_ == "agent" for o in _pobjs(a)]


def chaired(noun: Token) -> bool:
    """Whether a noun that needs a counterpart ("session", "dinner") is told with those who chair or host it:
    a role verb's agent on it, or the noun the passive subject of one ("the session was co-chaired by A and B")."""
    return bool(role_agents(noun)) or noun.dep_ == "nsubjpass" and lemma(noun.head).lower() in ROLE_VERBS | LEAD_VERBS \
        and any(c.dep_ == "agent" for c in noun.head.children)


def chairs_named(ctx: _Context, noun: Token, governor: Token | None, participants: set[str]) -> bool:
    """"A and B co-chaired the 11th meeting of the X-Y Joint Commission", "..., co-chaired by A and B": two or
    more people named as leading the body's meeting are its sides (the body's two states stand for sides no
    one names)."""
    leaders = bool(role_agents(noun)) or governor is not None and noun.dep_ == "dobj" \
        and lemma(governor).lower() in LEAD_VERBS and bool(_subjects(governor))
    return leaders and sum(1 for k in participants if ctx.is_person(k)) >= 2
