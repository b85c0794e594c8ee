"""Who else was at a meeting, told in a sentence of its own right after it, with no meeting word: "Also at the table
were A and B", "Also present were A and B", "A and B also attended", "X was accompanied by Y", "She was joined by Y".
The people it names sit at the meeting told last, in that sentence or the two before (one held, told in the past)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.data import tables
from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.references import _pronoun
from kg.extract.meetings.syntax import _conjuncts, _pobjs
from kg.nlp import lemma
from kg.records import Status

_A = tables("meetings/sides")["attendees"]
PRESENCE_WORDS = frozenset(_A["presence_words"])  # "present", "table", "attendance" ...
ATTEND_VERBS = frozenset(_A["attend_verbs"])  # "attend", "participate" ...
COMPANY_VERBS = frozenset(_A["company_verbs"])  # "accompany", "join"
MEETING_WORDS = frozenset(_A["meeting_words"])  # "meeting", "talks" ...
LATER_WORDS = frozenset(_A["later_words"])  # "later", "afterwards" ...
NEAR = 2  # sentences back from the attendance to the meeting it tells of


def add_attendees(ctx: _Context, events: list[_Event]) -> None:
    """Adds to the meeting told last (in the sentence or the two before) the people a sentence tells were there too."""
    # the sentences that tell a meeting: every sentence between the meeting's and the attendance must be one ("X met
    # Y. X later opened a hospital. Also present were A and B" is the opening's company, not the meeting's)
    told_in = {ctx.sentence_of[m.trigger.sent.start] for e in events for m in e.mentions}
    for sent in ctx.doc.sents:
        people = _there_too(ctx, sent, events)
        if not people:
            continue
        here = ctx.sentence_of[sent.start]
        # told in the past, a meeting held ("Tam was accompanied by X" after "Tam met Y ... agreeing to hold the next
        # plenary in the summer": the one held)
        past = any(t.tag_ == "VBD" for t in [sent.root, *sent.root.children] if t.pos_ in {"VERB", "AUX"})
        told = [(m.trigger.i, e) for e in events for m in e.mentions
                if 0 <= here - ctx.sentence_of[m.trigger.sent.start] <= NEAR and m.trigger.i < sent.start
                and all(k in told_in for k in range(ctx.sentence_of[m.trigger.sent.start] + 1, here))
                and (not past or m.status == Status.HELD)]
        if told:
            max(told, key=lambda pair: pair[0])[1].participants |= people


def _there_too(ctx: _Context, sent: Span, events: list[_Event]) -> set[str]:
    """The people a sentence tells were at a meeting just told, when it tells nothing else of the kind."""
    root = sent.root
    verb = lemma(root).lower()
    if verb != "be" and verb not in ATTEND_VERBS and verb not in COMPANY_VERBS:
        return set()  # most sentences: told by another verb (tested first: the scans of the sentence below cost more)
    if any(t.lower_ in LATER_WORDS for t in sent):
        return set()  # at another time than the meeting's
    also = any(t.lower_ in {"also", "too"} for t in sent)
    if verb == "be":
        # "Also at the table were A and B", "Also present were A, B and C", "A and B were also in attendance",
        # "Attending the meeting were A and B"
        attending = any(lemma(c).lower() in ATTEND_VERBS and c.tag_ == "VBG" for c in root.children)
        if not (also and any(t.lower_ in PRESENCE_WORDS for t in sent) or attending):
            return set()
        return _people(ctx, [t for t in sent if _clause_of(t).i == root.i])
    if verb in ATTEND_VERBS and (also or root.tag_ == "VBG"):
        # "A and B also attended", "A also took part in the talks", "Attending the meeting were A and B"; not "also
        # attended the funeral"
        objects = [o for o in root.children if o.dep_ == "dobj"] + \
            [o for p in root.children if p.dep_ == "prep" for o in _pobjs(p)]
        if any(o.lower_ not in MEETING_WORDS or not any(d.lower_ == "the" for d in o.children) for o in objects):
            return set()
        inside = {t.i for c in root.children if c.dep_ in {"dobj", "prep"} for t in c.subtree}
        return _people(ctx, [t for t in sent if _clause_of(t).i == root.i and t.i not in inside])
    if verb in COMPANY_VERBS and root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children):
        # "Greer was accompanied by his deputy, X", "She was joined by X": the subject at the meeting just told
        subjects = [s for s in root.children if s.dep_ == "nsubjpass"]
        sides = {p for e in events for p in e.participants}
        if not subjects or not all(_who(ctx, s) in sides for s in subjects):
            return set()
        return _people(ctx, [o for a in root.children if a.dep_ == "agent" for o in _pobjs(a)])
    return set()


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a token is in."""
    while tok.head.i != tok.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} else tok.head


def _who(ctx: _Context, tok: Token) -> str | None:
    key = ctx.root_of.get(tok.i)
    return key if key is not None else _pronoun(ctx, tok) if tok.pos_ == "PRON" else None


def _people(ctx: _Context, args: list[Token]) -> set[str]:
    """The people named in the phrases (their conjuncts and appositions: "his deputy, X")."""
    out: set[str] = set()
    for arg in args:
        for tok in _conjuncts(arg):
            for t in [tok, *[a for a in tok.children if a.dep_ == "appos"]]:
                if (k := ctx.root_of.get(t.i)) and ctx.is_person(k):
                    out.add(k)
    return out
