"""Which of one sentence's person subjects a later he/she most likely means: the subject of the main clause
before the subject of a clause it governs ("X said Y had accepted. “…,” he joked": X), and the first of
subjects joined by "and" before the later ones ("X and Y stayed in contact. “…,” he wrote": X)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from kg.resolve.document import Resolution


def rank(res: Resolution, start: int) -> tuple[int, int]:
    """(main-clause subject, not a later conjunct) of the person mention starting at token `start`."""
    span = next((sp for sp, _ in res.spans if sp.start == start), None)
    if span is None:
        return 1, 1  # a speaker the quotes heard, not a mention: as salient as any
    t, joined = span.root, False
    while t.dep_ in {"compound", "appos", "conj"} and t.head.i != t.i:
        joined |= t.dep_ == "conj"
        t = t.head
    return int(t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), int(not joined)


def most_salient(doc: Doc, res: Resolution, subjects: Sequence[tuple[int, str]], idx: int,
                 eligible: Callable[[str], bool]) -> str:
    """Of subject `idx` and the eligible subjects before it in its sentence, the best ranked (the latest on
    a tie)."""
    at, key = subjects[idx]
    start = doc[at].sent.start
    best, best_key = rank(res, at), key
    for a, k in reversed(subjects[:idx]):
        if a < start:
            break
        if eligible(k) and (r := rank(res, a)) > best:
            best, best_key = r, k
    return best_key
