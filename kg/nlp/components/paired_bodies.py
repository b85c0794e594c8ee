"""Standing bodies of two states the model cut into the two states' names.

"the Korea-Indonesia Joint Commission", "the Bangladesh-Nepal Joint Economic Commission", "the Thai-Lao Joint
Commission", "the Azerbaijan-Hungary Intergovernmental Commission on Economic Cooperation": two places' names or
adjectives joined by a hyphen with no space, then capitalised words up to a body's head noun (paired_bodies.toml)
name one body of the two; the model tags the two states and leaves the rest untagged (or tags only a part). The
whole name is the body; its field after "on", "for" or "of" ("on Economic Cooperation") is part of it, a title after
the head ("Commission Chairman") is not. A hyphened pair before a meeting's or a process's noun ("the India-Chile
summit", "the Nepal-China Diplomatic Consultation") names no body here (org_repair reads those).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import words

_W = words("components/paired_bodies")
BODY_HEADS = frozenset(_W["body_heads"])
_FIELD_JOINERS = frozenset(_W["field_joiners"])  # "on", "for", "of" before the body's field
_INNER_JOINERS = frozenset(_W["inner_joiners"])  # "and", "&" inside the field ("on Trade and Investment")
_MOST_WORDS = 10
_PLACE_LABELS = frozenset({"COUNTRY", "GPE", "NORP", "LOC", "PLACE"})


def paired_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each two states' body whole, in place of what the model tagged inside it."""
    found = [b for i, text in enumerate(token_texts(doc)) if text == "-" and (b := _body_at(doc, i)) is not None]
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < b.end and b.start < s.end for b in found)]
    return sorted(kept + found, key=lambda s: s.start)


def _body_at(doc: Doc, h: int) -> Span | None:
    """The body named around the hyphen at token h, or None."""
    if h == 0 or h + 2 >= len(doc) or doc[h].whitespace_ or doc[h - 1].whitespace_:
        return None
    start = next((h - n for n in (3, 2, 1) if h - n >= 0 and _place(doc[h - n:h])), None)
    second = next((h + 1 + n for n in (1, 2, 3) if h + 1 + n <= len(doc) and _place(doc[h + 1:h + 1 + n])), None)
    if start is None or second is None:
        return None
    end = _head_end(doc, second)
    return None if end is None else Span(doc, start, end, label="ORG")


def _place(words: Span) -> bool:
    """A state's or place's name or adjective the gazetteer knows, or capitalised words the model tagged as one,
    whole ("Korea", "Lao" of "the Thai-Lao Joint Commission")."""
    text = words.text
    if not text[:1].isupper():
        return False
    if gazetteer.country_names().get(text) or gazetteer.demonyms().get(text) or gazetteer.known_place(text):
        return True
    doc = words.doc
    whole = words[0].ent_iob_ == "B" and (words.end == len(doc) or doc[words.end].ent_iob_ != "I")
    return whole and all(t.ent_type_ in _PLACE_LABELS and t.is_alpha for t in words)


def _head_end(doc: Doc, i: int) -> int | None:
    """The end of the body's name from token i (after the second place): capitalised words up to the last head
    noun, and the field after it when a field joiner and capitalised words follow; None without a head noun."""
    end = None
    j = i
    while j < len(doc) and j - i < _MOST_WORDS:
        t = doc[j]
        if t.text in BODY_HEADS:
            end = j + 1
        elif not (t.text[:1].isupper() and t.is_alpha):
            break
        j += 1
    if end is None or end < j:
        return end  # no head noun; or capitalised words after the head ("Commission Chairman"): a title, cut
    if not (end + 1 < len(doc) and doc[end].lower_ in _FIELD_JOINERS and _field_word(doc[end + 1])):
        return end
    k, last = end + 1, end
    while k < len(doc) and k - end < _MOST_WORDS:
        if _field_word(doc[k]):
            last = k + 1
        elif doc[k].lower_ not in _INNER_JOINERS:
            break
        k += 1
    # "on Economic, Scientific and Technical Cooperation": the field ends on its noun, not on an adjective the
    # list goes on from; "on Thursday" is no field
    return last if doc[last - 1].pos_ != "ADJ" else end


def _field_word(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in {"DATE", "TIME"}
