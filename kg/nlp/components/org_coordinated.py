"""A body named by the fields it covers, which the model cut at the list's "and" or commas.

"the Finance and Expenditure Committee" -> "Finance" + "Expenditure Committee"; "New Zealand's Foreign Affairs,
Defence and Trade Committee" -> "Foreign Affairs" + "Defence and Trade Committee"; "the African Union Peace and
Security Council" -> "African Union Peace" + "Security Council": runs of capitalised words joined by commas and
"and" right before a body's name that ends in a field list's head (a committee, a council, a programme) are the
first words of that name, when none of them ends in a body's or a company's word ("Parliament and Finance
Committee", "Kenya Airways and Safaricom Foundation" are two), names a country or is tagged a person or a place,
and the words before the first run are no capitalised name ("the", a possessive, a preposition, a lower-case word).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS, POSSESSIVE
from kg.nlp.lemmas import english_word
from kg.nlp.lexicon import BODY_WORDS, words

_W = words("components/org_coordinated")
FIELD_LIST_HEADS = frozenset(_W["field_list_heads"])
_OWN_NAME_HEADS = BODY_WORDS | FIELD_LIST_HEADS | frozenset(_W["own_name_heads"])
_JOINERS = frozenset({"and", "&"})
_MAX_RUN = 3
_ARTICLES = frozenset({"the", "a", "an"})
_OTHER_NAMES = frozenset({"PERSON", "COUNTRY", "GPE", "NORP", "PLACE", "LOC", "DATE", "CARDINAL"})


def coordinated_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each body's name widened over the fields listed before it; a name the model ran into the
    first field is cut before it ("the National Assembly's Finance" + "and National Planning Committee")."""
    joined = []
    for span in spans:
        if span.label_ == "ORG" and span[-1].text in FIELD_LIST_HEADS and (start := _listed_start(doc, span)) is not None:
            joined.append(Span(doc, start, span.end, label="ORG"))
    if not joined:
        return spans
    out = list(joined)
    for span in spans:
        cut = next((j for j in joined if span.start < j.start < span.end <= j.end), None)
        if cut is not None:
            out.append(Span(doc, span.start, cut.start, label=span.label_))
        elif not any(j.start <= span.start and span.end <= j.end for j in joined):
            out.append(span)
    return sorted(out, key=lambda s: (s.start, s.end))


def _listed_start(doc: Doc, span: Span) -> int | None:
    """The first token of the fields listed before SPAN, or None when there are none."""
    i, start, joined = span.start, None, any(t.lower_ in _JOINERS for t in span)
    while i > 0 and doc[i - 1].lower_ in _JOINERS | {","}:
        joined = joined or doc[i - 1].lower_ in _JOINERS
        run = _run_before(doc, i - 1)
        if run is None:
            break
        i = start = run
    return start if joined else None


def _run_before(doc: Doc, end: int) -> int | None:
    """The start of one to three capitalised words ending at token END (excluded), or None."""
    k = end
    while k > 0 and end - k <= _MAX_RUN and _name_word(doc[k - 1]):
        k -= 1
    run = doc[k:end]
    if not len(run) or len(run) > _MAX_RUN:
        return None  # no run, or a longer one: a name of its own
    last = run[-1]
    if last.text in _OWN_NAME_HEADS or last.lower_ in COMPANY_WORDS or run.text.isupper():
        return None  # "Parliament and", "Kenya Airways and", "KAM and": a name of its own
    if run.text in gazetteer.country_names() or any(t.ent_type_ in _OTHER_NAMES for t in run):
        return None
    if not all(english_word(t) or t.text in gazetteer.demonyms() for t in run):
        return None  # "Google and Facebook Oversight Board": a name of its own, no field
    if any(t.ent_iob_ == "B" for t in run[1:]) or doc[end].ent_iob_ == "I":
        return None  # a tagged name that starts inside the run or goes on past it
    if run[0].ent_iob_ == "I":  # the model's name starts before the run: "The" or an owner's possessive only
        first = next(j for j in range(k - 1, -1, -1) if doc[j].ent_iob_ == "B")
        if all(t.lower_ in _ARTICLES for t in doc[first:k]):
            return first
        if doc[k - 1].text not in POSSESSIVE:
            return None
    return k


def _name_word(t: Token) -> bool:
    return t.is_title and t.is_alpha and t.lower_ not in _ARTICLES
