"""TitleFilter: titles are not names ("Press" in "Press Secretary Sarah Sanders")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.base import _set_ents, core
from kg.nlp.lexicon import (
    TITLE_HEADS,
    TITLE_MODIFIERS,
    words,
)

_W = words("components/title_filter")
# Capitalised heads of fields of work after "for"/"of" and a title ("senior fellow for Korea Studies").
FIELD_WORDS = frozenset(_W["field_words"])
# Words of "Heads of State and Government" beside the title modifiers.
STATE_WORDS = frozenset(_W["state_words"])


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
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    before2 = doc[ent.start - 2] if ent.start > 1 else None
    # "Secretary of State", "Heads of State and Government"
    after_title = bool(before is not None and before.lower_ == "of" and before2 is not None
                       and _title_head(before2.lower_))
    words = [t.text for t in core(ent) if t.lower_ != "and"]
    if ent.label_ == "ORG" and len(words) >= 3 and words[0].lower() in TITLE_HEADS and words[1] == "of":
        return True  # "the Minister of Foreign Affairs and Regional Integration, Hon. X": an office, no body
    if len(words) >= 3 and _title_head(words[0].lower()) and words[1] == "of":
        words, after_title = words[2:], True  # "Heads of State and Government" as one name
    if before is not None and before.lower_ in {"for", "of"} and before2 is not None and _title_head(before2.lower_):
        if words and words[-1] in FIELD_WORDS:
            return True  # "senior fellow for Korea Studies", "Secretary for European Affairs"
    if not words or not all(w in TITLE_MODIFIERS or (after_title and w in STATE_WORDS) for w in words):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in TITLE_HEADS:
        return True  # "Press Secretary", "Foreign Minister"
    return after_title


def _title_head(word: str) -> bool:
    """A title head, singular or plural ("Heads of State")."""
    return word in TITLE_HEADS or (word.endswith("s") and word[:-1] in TITLE_HEADS)
