"""Noun mentions: a meeting noun of the lexicon ("talks", "summit", "visit", "a courtesy call on X") and the
sides its phrase, its governor and its sentence name."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.apart import _distributive, _each
from kg.extract.meetings.arguments import _resolve_arg
from kg.extract.meetings.chairs import chairs_named, role_agents
from kg.extract.meetings.clauses import raised
from kg.extract.meetings.coref import _continues
from kg.extract.meetings.crews import attendance, presence_titles
from kg.extract.meetings.finish import _finish
from kg.extract.meetings.frames import _frame_place, _framed, talked_of
from kg.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    CONTINUATION_HEADS,
    HOLD_VERBS,
    LEAD_VERBS,
    NOT_MEETINGS,
    NOUNS,
    ORDINALS,
    PRESENCE,
    ROLE_NOUNS,
    ROLE_VERBS,
    VISIT,
)
from kg.extract.meetings.needs import counterpart_told, invited_to, is_occasion
from kg.extract.meetings.records import STANDIN, _Context, _Mention
from kg.extract.meetings.sessions import is_session
from kg.extract.meetings.sides import _compound_sides, _members_told, joint_body
from kg.extract.meetings.standing import is_standing
from kg.extract.meetings.status import _place, _status
from kg.extract.meetings.syntax import (
    _anaphoric,
    _arg_preps,
    _governor,
    _governor_args,
    _held,
    _is_phone,
    _negated,
    _pobjs,
    _subjects,
)
from kg.extract.meetings.visits import _arrived_at, _destinations, _hosts, _invited, _visit_host, called_on
from kg.nlp import lemma
from kg.records import Kind, Status


def _noun_mention(ctx: _Context, noun: Token) -> _Mention | None:
    if _is_phone(noun) or any(c.lower_ in NOT_MEETINGS for c in noun.children if c.dep_ in {"compound", "amod", "det"}):
        return None
    # "a session with X", "X and Y had a working lunch", not "the session of parliament"; "Polish-Moldovan
    # consultations", "a Franco-German working dinner": the hyphened pair of states before the noun is its two sides
    if NOUNS[noun.lower_].needs == "with" and not counterpart_told(noun) and not (
            _sat(noun) and len(_compound_sides(ctx, noun)) >= 2):
        return None
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
    own += invited_to(noun) if NOUNS[noun.lower_].needs == "with" else []  # "invited X to lunch": the guest
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
    if not named_on_noun and governor is not None and talked_of(noun, governor) and not is_occasion(noun):
        return None  # "X and Y discussed the upcoming summit": a meeting talked of, not one of theirs
    participants |= {k for t in presence_titles(ctx, noun) for k in _resolve_arg(ctx, t)[0]}
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
                             if governor is not None else None) or _frame_place(ctx, noun) or next(
        (k for v in (raised(noun, governor) if governor is not None else []) if (k := _place(ctx, v, participants))), None)
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


def _sat(noun: Token) -> bool:
    """A sitting told as held or had, so that a hyphened pair of states before its noun are its sides: "A Franco-German
    working dinner was held", "the previous round of Polish-Moldovan consultations took place", "had a Franco-German
    lunch"; not the pair's relations ("US-Iranian dialogue is impossible", "the EU-China dialogue has been frozen")
    nor mediators ("the Egyptian-Qatari mediation secured a truce"): review16's finding 4."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the previous round of X consultations"
    verb = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"} and not _negated(verb) and (
        lemma(verb).lower() in HOLD_VERBS)  # 'hold', 'take' (place), 'have', 'host' ...
