"""Names end at a line break and before a caption's label: "Cyclone Phalin\\nFile photo ...", "Ahmed
Mohamed Image: Twitter" (a picture's caption glued to the next line's label). And a name the model cut
in two places ("Valeska" + "Paris") is one person's when its first word is no place at all.

The model reads across line breaks, so a headline's last name and the next line's first word come out
as one name. A name is cut at its line breaks (its longest piece stays), and loses a caption label
("Image", "Photo", "Video") that a colon follows.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg import gazetteer
from kg.nlp.lexicon import words

_CAPTIONS = frozenset(words("components/span_repair")["caption_words"])


def cut_at_breaks(ents: list[Span]) -> list[Span]:
    """The entities with line breaks and trailing caption labels cut away; split people joined."""
    return _people_split_as_places([cut for ent in ents if (cut := _cut(ent)) is not None])


def _people_split_as_places(ents: list[Span]) -> list[Span]:
    """"Valeska Paris, an Australian woman": two one-word "places" side by side, the first one no
    gazetteer knows and the two together no place either, are a given name and a surname."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == ent.start and prev.label_ == ent.label_ == "GPE" and len(prev) == len(ent) == 1
                and prev[0].is_title and ent[0].is_title and prev[0].whitespace_ == " "
                and not gazetteer.known_place(prev.text) and not gazetteer.known_place(f"{prev.text} {ent.text}")):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _cut(ent: Span) -> Span | None:
    doc = ent.doc
    pieces: list[tuple[int, int]] = []
    start = ent.start
    for t in ent:
        if t.is_space or "\n" in t.whitespace_:
            end = t.i if t.is_space else t.i + 1
            if end > start:
                pieces.append((start, end))
            start = t.i + 1
    if start < ent.end:
        pieces.append((start, ent.end))
    if not pieces:
        return None
    start, end = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
    if end - start > 1 and doc[end - 1].text in _CAPTIONS and end < len(doc) and doc[end].text == ":":
        end -= 1  # "Ahmed Mohamed Image:" -> "Ahmed Mohamed"
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)
