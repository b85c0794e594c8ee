"""He/she after "X called her": the object pronoun of X's own clause is someone else (a pronoun object is never its
clause's subject), and a later "she" goes on with that "her", not with X. Who "her" is, where nothing nearer tells,
is the article's topic: the person of that gender it names most often, by far ("A former senator, X, called her
a governess. She shrugs. “…,” she says" in a profile of Y)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from kg.resolve.document import Resolution
from kg.records import Kind

_OBJECTS = {"she": "her", "he": "him"}
_OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}
_TOPIC_MENTIONS = 3  # the topic is named this often at least, and more than twice as often as anyone else eligible


def bound_away(doc: Doc, res: Resolution, at: int, key: str, pronoun: str) -> bool:
    """The person `key`, mentioned last at or before token `at` in its sentence (a subject, or the speaker of a
    quote ending there), is the subject of a clause whose object is the object form of `pronoun` ("X called her",
    "X spoke with her")."""
    obj = _OBJECTS.get(pronoun)
    first = doc[min(at, len(doc) - 1)].sent.start
    span = next((sp for sp, k in reversed(res.spans) if k == key and first <= sp.start <= at), None)
    if obj is None or span is None:
        return False
    t = span.root
    while t.dep_ in {"appos", "compound", "conj"} and t.head.i != t.i:
        t = t.head
    if t.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = t.head
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ == obj for o in objects)


def topic(res: Resolution, eligible: Callable[[str], bool]) -> str | None:
    """The person the article names most often among the eligible, when by far the most named."""
    counts = Counter(k for _, k in res.spans if res.entities[k].kind is Kind.PERSON and eligible(k))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _TOPIC_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return ranked[0][0]
