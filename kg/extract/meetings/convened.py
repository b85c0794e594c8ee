"""A standing body of two states that sits: "the Joint Permanent Commission, which last sat in 2018, would meet in
Maputo", "the Joint Border Committee would convene in Jayapura", "the forum was last held in Canberra", "the previous
round of the mechanism was held in Beijing", "the Ghana-Morocco Joint Commission should hold its next session in
Rabat". The sitting is a meeting of the two states (the gold reading of a joint commission whose delegations go
unnamed): those its hyphened name gives, else those of the bilateral relation the article tells. Read only on the
verbs that made no mention of their own."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    CONVENING_BODIES,
    HELD_VERBS,
    JOINT_WORDS,
    MEET,
    RELATIVES,
    SITTING_NOUNS,
    SITTING_VERBS,
)
from kg.extract.meetings.finish import _finish
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.sides import pair_named
from kg.extract.meetings.standing import article_pair, latest_pair
from kg.extract.meetings.status import _place, _status
from kg.extract.meetings.syntax import _negated, _pobjs, _subjects, told_as_earlier
from kg.nlp import gazetteer, lemma
from kg.records import Kind


def convened(ctx: _Context, verb: Token) -> list[_Mention]:
    """The meeting of two states a verb tells by a joint body's sitting, if it tells one; none for "has not met
    since" (no sitting told) nor when a mention already stands on the sitting noun with its sides."""
    if verb.pos_ not in {"VERB", "AUX"} or (word := lemma(verb).lower()) not in SITTING_VERBS \
            and word not in HELD_VERBS or _negated(verb):
        return []  # most verbs: decided on the lemma alone
    found = _sitting(ctx, verb, word)
    if found is None:
        return []
    body, sitting = found
    sides = _sides(ctx, body)
    # "the next round ... will be held in X", "the commission would meet in Y": a mention read on the sitting
    # noun or the verb with no one at the table is this sitting
    told = [m for m in ctx.told if m.trigger.i in {verb.i, sitting.i if sitting is not None else -1}]
    if len(sides) != 2 or any(len(m.participants) >= 2 for m in told):
        return []
    place = _place(ctx, verb, sides)
    for m in told:
        m.participants, m.place, m.partial = set(sides), m.place or place, False
    if told:
        return []
    return [_finish(ctx, verb, "verb", set(sides), _status(verb), MEET, place, False)]


def _sitting(ctx: _Context, verb: Token, word: str) -> tuple[Token, Token | None] | None:
    """The joint body a verb tells sitting, and the noun of its sitting if one is named: "the commission will
    meet", "the committee convened", "which last sat" (the body the clause is on), "the forum was held", "the
    body should hold its next session", "the last round of the mechanism was held / took place"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for subject in _subjects(verb):
        if subject.lower_ in RELATIVES and subject.head.dep_ == "relcl":
            subject = _antecedent(subject.head.head)
        held = word == "hold" and subject.dep_ == "nsubjpass" or word == "take" and any(
            o.lower_ == "place" for o in objects)
        if subject.lower_ in SITTING_NOUNS and held:
            # "the 10th session of the BNC", "the next JCBC meeting": of a body, or one the compound before it names
            body = next((b for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)
                         if (b := _body(ctx, o))), None) or next(
                (b for c in subject.children if c.dep_ == "compound" and c.i < subject.i and (b := _body(ctx, c))), None)
            if body is not None:
                return body, subject
            if (body := _body_before(subject)) is not None:
                return body, subject
        elif subject.lower_ in CONVENING_BODIES and (word in SITTING_VERBS or held or word == "hold" and any(
                o.lower_ in SITTING_NOUNS for o in objects)):
            return subject, next((o for o in objects if o.lower_ in SITTING_NOUNS), None)
    return None


def _body(ctx: _Context, tok: Token) -> Token | None:
    """The standing body a word names: itself ("the commission", "the mechanism"), or, for a short name of a body the
    article named in full before ("the 10th Session of the BNC" after "the South Africa-Nigeria Bi-National Commission
    (BNC)"), the head word of that full name, whose words before it tell the two states."""
    if tok.lower_ in CONVENING_BODIES:
        return tok
    key = ctx.key_of.get(tok.i)
    if key is None or ctx.kind(key) != Kind.ORGANIZATION:
        return None
    return next((t for t in tok.doc[:tok.i] if t.lower_ in CONVENING_BODIES and ctx.key_of.get(t.i) == key), None)


def _body_before(sitting: Token) -> Token | None:
    """"The Taiwan-Paraguay Joint Economic Cooperation Commission will hold its 11th session in Asuncion. The previous
    session took place in Taipei in October 2018": a sitting told as an earlier one, with no "of" phrase of its own
    ("its previous meeting" too: "its" is the body), is one of the body its sentence or the two before name last
    (whose states `_sides` reads; the sentence between may tell who leads each side)."""
    if not told_as_earlier(sitting, last=True) or any(c.dep_ == "prep" and c.lower_ == "of" for c in sitting.children):
        return None
    doc, start = sitting.doc, sitting.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    return next((t for t in reversed(doc[start:sitting.i]) if t.lower_ in CONVENING_BODIES), None)


def _antecedent(noun: Token) -> Token:
    """The body a relative clause is on: "the Joint Permanent Commission for Cooperation, which last met", the
    clause hung on the name's last word ("Cooperation") by the parser."""
    head = noun
    for _ in range(2):
        if head.lower_ in CONVENING_BODIES or head.dep_ != "pobj" or head.head.dep_ != "prep":
            break
        head = head.head.head
    return head if head.lower_ in CONVENING_BODIES else noun


def _sides(ctx: _Context, body: Token) -> set[str]:
    """The two states of a joint body: those of its hyphened name; for a joint one with no such name ("the Joint
    Border Committee") or a bare one the article named as joint before ("the Commission", "the mechanism"),
    the two states of the latest meeting told, else of the bilateral relation the article tells."""
    named = pair_named(ctx, body)
    if len(named) == 2:
        return named
    # a body named joint before: by a joint word, or by its hyphened pair ("the Chile-Peru Forum ... the forum")
    if not _joint(ctx, body) and not any(t.lower_ == body.lower_ and (_joint(ctx, t) or len(pair_named(ctx, t)) == 2)
                                         for t in body.doc[:body.i]):
        return set()
    return latest_pair(ctx, ctx.told) or article_pair(ctx)


def _joint(ctx: _Context, body: Token) -> bool:
    """"the Joint Border Committee", "an intergovernmental commission": a word on the body making it joint (a
    hyphen alone does not: "the Asia-Pacific forum", "the 15-member council", "the UN-backed council"; a hyphened
    pair of states is read by pair_named), unless the body's own "of" phrase names no states ("a joint committee
    of both houses of Congress")."""
    return any(t.lower_ in JOINT_WORDS for t in body.doc[body.left_edge.i:body.i]) and all(
        _names_states(ctx, p) for p in body.children if p.dep_ == "prep" and p.lower_ == "of")


def _names_states(ctx: _Context, prep: Token) -> bool:
    """Whether an "of" phrase names states: a state, a state's adjective ("of Indian and Chilean officials"), or
    the sides' own "their" ("the joint commission of their foreign ministers")."""
    keys = [k for t in prep.subtree if (k := ctx.key_of.get(t.i)) is not None]
    return any(ctx.kind(k) == Kind.COUNTRY for k in keys) or any(
        t.text in gazetteer.demonyms() or t.dep_ == "poss" and t.pos_ == "PRON" for t in prep.subtree)
