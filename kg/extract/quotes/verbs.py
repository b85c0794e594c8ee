"""Verbs of saying (kg/data/quotes/speech_verbs.tsv, derived from WordNet 3.0) and their subjects."""
from __future__ import annotations


from spacy.tokens import Doc, Span, Token

from kg.extract.quotes.marks import CLOSERS, MARK_TOKENS, OPENERS, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT, Q
from kg.data import speech_verbs, tables
from kg.nlp import lemma

_W = tables("quotes/words")["verbs"]
_ASPECTUAL = frozenset(_W["aspectual"])


def is_say(t: Token) -> bool:
    """A verb of saying ("said", "quipped", "pointed out"), "according to" or "in the words of"."""
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    if _in_words_of(t):
        return True
    if t.pos_ not in {"VERB", "AUX"}:
        return False
    single, phrasal = speech_verbs()
    base = lemma(t).lower()
    if base in _ASPECTUAL and any(c.dep_ == "xcomp" for c in t.children):
        return False  # "would continue to support": going on with another verb, no saying
    return base in single or any((base, c.lower_) in phrasal for c in t.children if c.dep_ == "prt")


def _in_words_of(t: Token) -> bool:
    """"in the words of X": the noun "words" under "in", with "of" after it."""
    return t.lower_ == _W["words_of"][1] and t.head.lower_ == _W["words_of"][0] and any(
        c.lower_ == _W["words_of"][2] for c in t.children)


def is_mark(t: Token) -> bool:
    return t.text in MARK_TOKENS


def saying_verbs(doc: Doc, q: Q, words: Span, inside: set[int], others: set[int], text: str) -> list[Token]:
    """Candidate attribution verbs, best first: ancestors, then right after, then right before."""
    verbs: list[Token] = []
    climbed: set[int] = set()  # a head climbed from an earlier word: the rest of its chain is read already
    for t in words:
        if t.head.i in inside or t.is_punct or t.is_space:
            continue
        a = t.head
        while a.i not in climbed:
            climbed.add(a.i)
            if a.i not in inside and a.i not in others and is_say(a) and a not in verbs:
                verbs.append(a)
            if a.head.i == a.i:
                break
            a = a.head
    steps = _distances(words)
    verbs.sort(key=lambda v: (steps.get(v.i, 99), v.i))
    after = [t for t in doc[words.end:min(len(doc), words.end + 8)]
             if t.idx > q.close and t.i not in others]
    if not text[q.start:q.end].rstrip().endswith(".") or (after and after[0].is_lower):
        for t in after:
            if t.is_sent_start and t.idx > q.close + 2 or t.text in OPENERS or t.text in {STRAIGHT, "`", SINGLE_OPEN}:
                break
            if is_say(t) and t not in verbs:
                verbs.append(t)
                break
    lo = max(0, words.start - 6)
    colon = next((t for t in reversed(doc[lo:words.start]) if not is_mark(t) and not t.is_space), None)
    if colon is not None and colon.text == ":":
        lo = min(lo, colon.sent.start)  # "X responded with a statement on his blog: “…”"
    before = [t for t in doc[lo:words.start] if t.idx < q.open and t.i not in others]
    for t in reversed(before):
        if t.text in CLOSERS or t.text in {STRAIGHT, SINGLE_CLOSE} or (t.text == "." and t.i < words.start - 1):
            break
        if is_say(t) and t not in verbs:
            verbs.append(t)
            break
    for s in {t.sent.start: t.sent for t in (words[0], words[-1])}.values():
        for t in s:  # "according to X" or "in the words of X" anywhere in the quote's sentence
            if (t.lower_ == "according" or _in_words_of(t)) and t.i not in others and t not in verbs \
                    and not words.start <= t.i < words.end and is_say(t):
                verbs.append(t)
    return verbs


def _distances(words: Span) -> dict[int, int]:
    """Steps from the quote up to each token above its words (its nearest governing verb first; none past 30),
    by the token's index: every candidate verb is sorted by it, and each word's chain is climbed once."""
    best: dict[int, int] = {}
    for t in words:
        if t.is_punct or t.is_space:
            continue
        a, d = t, 0
        while a.head.i != a.i and d < 30:
            a, d = a.head, d + 1
            if d < best.get(a.i, 99):
                best[a.i] = d
    return best


def subject(v: Token) -> Token | None:
    """Who does the saying: nsubj, the one quoted "as saying", the agent of a passive, "according to X", or the
    subject up a conj/advcl."""
    if v.lower_ == "according" or _in_words_of(v):
        for to in v.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if subjects:  # two before the verb: a title with its complement, then the name ("spokesperson for fisheries X told")
        return subjects[-1] if subjects[-1].i < v.i else subjects[0]
    if v.dep_ == "pcomp" and v.head.lower_ == "as" and lemma(v.head.head).lower() == "quote":
        # "Xinhua quoted Xi as saying", "the Kremlin quoted Putin as telling Biden": the one quoted says it
        return next((c for c in v.head.head.children if c.dep_ == "dobj"), None)
    for c in v.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    left = v.doc[v.i - 1] if v.i > 0 else None
    if left is not None and left.pos_ in {"PROPN", "PRON"} and left.ent_type_:
        return left  # a parse that ran across a paragraph break: "Putin told reporters"
    between = v.doc[min(v.i, v.head.i):max(v.i, v.head.i)]
    if v.dep_ in {"conj", "advcl", "xcomp"} and v.head.i != v.i and "\n" not in between.text:
        return subject(v.head)
    return None


def conjuncts(s: Token) -> list[Token]:
    """The subject and the subjects joined to it ("Rice and Olmert said"): joint speakers."""
    out = [s]
    for t in s.conjuncts:
        if t.i > s.i and t.dep_ == "conj":
            out.append(t)
    return out
