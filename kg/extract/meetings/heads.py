"""The lines that head a story and name no side: a wire dateline, a byline, a release's place and date, a paper's
"CITY:" dateline."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.doc_text import doc_text


# A wire dateline "CITY, Month D (Agency) -" or "CITY (Agency) -" and a byline "By Name": who files the
# story, never who meets (the city is where it was filed, not a side)
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'\- ]{1,40}(?:,[^\n()]{1,30})?\s*\([^()\n]{1,40}\)\s*[-\u2013\u2014]+"
                       r"|^[ \t]*By [A-Z][^\n]{0,60}$", re.MULTILINE)


# A South Asian paper's "NEW DELHI: Chief minister X met ...", once in the head (speaker labels come back)
_COLON_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'\- ]{1,40}[A-Z]):[ \t]+(?=[A-Z])", re.MULTILINE)


def _dateline_tokens(doc: Doc) -> set[int]:
    """The tokens of a dateline or byline at the start of a line."""
    text = doc_text(doc)
    labels = list(_COLON_DATELINE.finditer(text))
    once = [m for m in labels if m.start() < 600 and sum(x[1] == m[1] for x in labels) == 1]  # the story's head
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in [*_DATELINE.finditer(text), *once[:1]]]
    out = {t.i for span in spans if span is not None for t in span}
    # a release's "PLACE, State, Month D, YYYY - " before its first sentence
    return out | set(range(max(_release_dash(doc), 0)))


def _release_dash(doc: Doc) -> int:
    """Where a release's "PLACE, State, Month D, YYYY - " ends: a dash set apart by spaces after a date in
    the first tokens (-1 if none); a hyphen inside a word ("face-to-face talks") is no such dash."""
    return next((t.i for t in doc[1:15] if t.text in {"\u2013", "\u2014", "--", "-"} and not t.ent_type_
                 and (t.text not in {"-", "--"} or t.whitespace_ and doc[t.i - 1].whitespace_)
                 and any(x.ent_type_ == "DATE" for x in doc[:t.i])), -1)
