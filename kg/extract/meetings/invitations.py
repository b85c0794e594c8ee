"""A visit told as what an invitation asks for: "X extended an invitation to Y to pay a State Visit to Botswana", "an
invitation was conveyed to Y to pay an official visit to Russia", "Y accepted X's invitation to visit Accra next
year", "conveyed an invitation from X for Y to visit Port Moresby", "renewed to Y his invitation to visit Paraguay",
"Y has a standing invitation to visit Jakarta". The one invited visits the one who invites (the state visited when
no one is named for it); an invitation is a proposal, accepted with a date a plan. Read on the visit mentions that
the trigger stage made, whose own clause names no one."""
from __future__ import annotations

from spacy.tokens import Token

from kg.data import tables
from kg.extract.meetings.arguments import _resolve_arg
from kg.extract.meetings.lexicon import RELATIVES, VISIT
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.syntax import _pobjs, _subjects
from kg.extract.meetings.visits import INVITATIONS, _destinations, _hosts
from kg.extract.meetings.when import _date
from kg.nlp import lemma
from kg.records import Kind, Status

_V = tables("meetings/sides")["invitations"]
ACCEPTING = frozenset(_V["accepting"])  # "accepted her invitation": the subject is invited, and plans to go
HOLDING = frozenset(_V["holding"])  # "has a standing invitation": the subject is invited
MAKING = frozenset(_V["making"])  # "to pay a visit", "to make a state visit"


def invited_visit(ctx: _Context, trigger: Token, made: list[_Mention]) -> None:
    """The visitor and host of the visits a trigger made, when the visit is what an invitation asks for."""
    visits = [m for m in made if m.cameo == VISIT]
    found = _invitation(trigger) if visits else None
    if found is None:
        return
    invitation, governor, act = found
    visitors, inviters = _parties(invitation, governor, act)
    guests = _keys(ctx, visitors)
    hosts = _keys(ctx, inviters) - guests
    places = [c for c in act.children if c.dep_ in {"dobj", "dative"} and c.i != trigger.i]
    places += _destinations(act)
    if act.i != trigger.i:  # "to pay a visit to X": the noun's own phrase too
        places += _destinations(trigger) + [c for c in trigger.children if c.dep_ == "dobj"]
    places = [o for p in places for o in (_pobjs(p) if p.dep_ == "dative" else [p])]  # "to pay a visit to X"
    if not hosts:  # "an invitation was conveyed to X to pay a visit to Russia": the state visited
        hosts = set(_hosts(ctx, places)) - guests
    if not guests or not hosts:
        return
    accepted = governor is not None and lemma(governor).lower() in ACCEPTING
    place = next((k for t in places if (k := ctx.key_of.get(t.i)) and ctx.kind(k) in {Kind.PLACE, Kind.COUNTRY}), None)
    for m in visits:
        m.participants, m.partial, m.place = guests | hosts, False, m.place or place
        if m.status == Status.HELD and m.date is not None:  # "to visit W in May": the May to come
            m.date = _date(ctx, m.trigger, Status.PLANNED) or m.date
        m.status = Status.PLANNED if accepted and m.date is not None else Status.PROPOSED


def _invitation(trigger: Token) -> tuple[Token, Token | None, Token] | None:
    """The invitation noun a visit is the complement of, the verb the invitation is told by, and the verb of
    the visit ("to visit", "to pay a visit")."""
    act = trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if trigger.dep_ != "dobj" or lemma(trigger.head).lower() not in MAKING:
            return None
        act = trigger.head
    if act.dep_ in {"acl", "xcomp"} and lemma(act.head).lower() in INVITATIONS and act.head.pos_ == "NOUN":
        invitation = act.head
        governor = invitation.head if invitation.dep_ in {"dobj", "nsubjpass"} else None
        return invitation, governor, act
    # "An invitation was conveyed to X to pay a visit": the complement hung on the verb of the invitation
    if act.dep_ in {"advcl", "xcomp"}:
        told = next((c for c in act.head.children if c.dep_ in {"dobj", "nsubjpass"}
                     and lemma(c).lower() in INVITATIONS), None)
        if told is not None:
            return told, act.head, act
    return None


def _parties(invitation: Token, governor: Token | None, act: Token) -> tuple[list[Token], list[Token]]:
    """Who is invited and who invites, as the phrases name them."""
    inviters = [c for c in invitation.children if c.dep_ == "poss"]
    inviters += [o for p in invitation.children if p.dep_ == "prep" and p.lower_ == "from" for o in _pobjs(p)]
    visitors = [o for p in invitation.children if p.dep_ == "prep" and p.lower_ in {"to", "for"} for o in _pobjs(p)]
    visitors += [c for c in act.children if c.dep_ == "nsubj"]  # "for X to visit"
    # "an invitation from X for Y to visit", the "for" phrase hung on the inviter's name
    visitors += [o for i in inviters for p in i.children if p.dep_ == "prep" and p.lower_ == "for" for o in _pobjs(p)]
    if governor is not None:
        word = lemma(governor).lower()
        subjects = [_antecedent(s) for s in _subjects(governor)]
        if word in ACCEPTING or word in HOLDING:
            visitors += subjects
        elif not inviters:  # "X extended an invitation to Y", "renewed to Y his invitation", "was conveyed to Y"
            inviters += subjects if invitation.dep_ == "dobj" else [
                o for c in governor.children if c.dep_ == "agent" for o in _pobjs(c)]
        if word not in ACCEPTING and word not in HOLDING:
            visitors += [o for p in governor.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                         for o in _pobjs(p)]
    return visitors, inviters


def _antecedent(tok: Token) -> Token:
    """"X, who accepted her invitation": the name a relative pronoun stands for."""
    return tok.head.head if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl" else tok


def _keys(ctx: _Context, tokens: list[Token]) -> set[str]:
    return {k for t in tokens for k in _resolve_arg(ctx, t)[0]}
