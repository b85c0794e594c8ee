"""TitleFilter: titles are not names ("Press" in "Press Secretary Sarah Sanders")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.base import _set_ents, core
from kg.nlp.lexicon import (
    TITLE_HEADS,
    TITLE_MODIFIERS,
)


class TitleFilter:
    """Titles are not names: "Press" in "Press Secretary Sarah Sanders", "State" in "Secretary of State"."""

    def __call__(self, doc: Doc) -> Doc:
        drop = {(e.start, e.end) for e in self.match(doc)}
        if drop:
            _set_ents(doc, [e for e in doc.ents if (e.start, e.end) not in drop])
        return doc

    def match(self, doc: Doc) -> list[Span]:
        return [ent for ent in doc.ents if ent.label_ in {"ORG", "GPE", "NORP"} and _in_title(ent)]


def _in_title(ent: Span) -> bool:
    words = [t.text for t in core(ent)]
    if not words or not all(w in TITLE_MODIFIERS for w in words):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    before2 = doc[ent.start - 2] if ent.start > 1 else None
    if after is not None and after.lower_ in TITLE_HEADS:
        return True  # "Press Secretary", "Foreign Minister"
    return bool(before is not None and before.lower_ == "of" and before2 is not None
                and before2.lower_ in TITLE_HEADS)  # "Secretary of State"
