"""A title written in place of a name stands for the one person the document gave that title: "the Pope"
after "Pope Clement XV", "EAM" after "External Affairs Minister Dr. Meera Rao", "the CM" after "Chief Minister
K P Nair" (the initials of the capitalised title right before the name). The model tags such mentions as a
person or a body of their own; they are mentions of the titled person."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.data import tables
from kg.nlp.lexicon import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from kg.records import Entity, Kind

_COURTESY = frozenset(tables("roles")["titles"]["courtesy"])
_MAX_TITLE = 5  # words of a capitalised title before a name ("Minister of State for Foreign Affairs")


def titled_aliases(doc: Doc, people: list[tuple[Span, str]], candidates: list[Span]) -> dict[int, str]:
    """Candidate span start -> the person key its text names as a title or the title's initials, where one
    person only holds that title in the document."""
    held: dict[str, set[str]] = {}
    for span, key in people:
        for written in _title_forms(doc, span.start):
            held.setdefault(written, set()).add(key)
    out: dict[int, str] = {}
    for span in candidates:
        words = [t for t in span if t.lower_ != "the"]
        if len(words) != 1:
            continue
        word = words[0]
        spelled: str | None = word.text if word.is_upper and 2 <= len(word.text) <= 5 else (
            word.lower_ if word.is_title and word.lower_ in TITLE_HEADS else None)
        keys = held.get(spelled, set()) if spelled else set()
        if len(keys) == 1:
            out[span.start] = next(iter(keys))
    return out


def _title_forms(doc: Doc, start: int) -> set[str]:
    """The capitalised title right before a name ("External Affairs Minister Dr."): its head word, lower case,
    and the initials of each run of its words that ends in the head ("EAM", "AM")."""
    i = start - 1
    while i >= 0 and (doc[i].text in _COURTESY or doc[i].text in HONORIFICS and doc[i].lower_ not in TITLE_HEADS):
        i -= 1
    if i < 0 or not (doc[i].is_title and doc[i].lower_ in TITLE_HEADS):
        return set()
    head = i
    while i - 1 >= 0 and head - i + 1 < _MAX_TITLE and doc[i - 1].is_title and doc[i - 1].is_alpha and (
            doc[i - 1].lower_ in TITLE_HEADS or doc[i - 1].text in TITLE_MODIFIERS or doc[i - 1].pos_ in {"PROPN", "ADJ"}):
        i -= 1
    forms = {doc[head].lower_}
    forms |= {"".join(t.text[0] for t in doc[j:head + 1]) for j in range(i, head)}
    return forms


def join_titled(doc: Doc, spans: list[tuple[Span, str]], entities: dict[str, Entity], orgs: list[Span]) -> list[Span]:
    """Re-point the person mentions that are a holder's title to the holder (dropping a "person" left with no
    mention), add the bodies' spans that are one to the holder's mentions; the other bodies' spans are returned."""
    people = [(s, k) for s, k in spans if entities[k].kind is Kind.PERSON]
    # a holder's name of one word too ("Archbishop Theoklitos", the title a span of its own), not one that is itself
    # a title word
    found = titled_aliases(doc, [(s, k) for s, k in people if len(s) > 1 or s[0].lower_ not in TITLE_HEADS],
                           [s for s, k in people if entities[k].name == s.text and " " not in s.text] + orgs)
    if not found:
        return orgs
    spans[:] = [(s, found.get(s.start, k) if entities[k].kind is Kind.PERSON else k) for s, k in spans]
    spans.extend((s, found[s.start]) for s in orgs if s.start in found)
    for key in set(found.values()):  # each holder once, with every mention that is its title
        held = entities[key]
        named = {s.text for s, _ in spans if found.get(s.start) == key}
        entities[key] = Entity(key, held.kind, held.name, tuple(sorted({*held.aliases, *named} - {held.name})), held.code)
    left = {k for _, k in spans}
    for key in [k for k, e in entities.items() if e.kind is Kind.PERSON and k not in left]:
        del entities[key]
    return [s for s in orgs if s.start not in found]
