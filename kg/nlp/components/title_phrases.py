"""Names after a title with a body's or place's complement: "President of the Republic of Angola Ana Neto"."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.base import core, core_text
from kg.nlp.components.title_filter import BODIES
from kg.nlp.lexicon import BODY_WORDS, HONORIFICS, PORTFOLIO_JOINERS, PORTFOLIO_PREPS, PORTFOLIO_WORDS, TITLE_HEADS
from kg.nlp.lexicon import TITLE_MODIFIERS, words

_W = words("components/span_repair")
_HEADS = TITLE_HEADS | frozenset(_W["phrase_title_heads"])
_PREPS = frozenset(_W["phrase_title_preps"])
_LINKS = frozenset(_W["phrase_links"])
_ENDS = BODY_WORDS | frozenset(_W["body_heads"]) | frozenset(_W["complement_ends"])
_PLACES = frozenset(_W["complement_labels"])
_NAME_LABELS = frozenset(_W["phrase_name_labels"])


def names_after_title_phrases(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Members of Parliament Ana Neto", "Ambassador to the EU Ana Neto": a capitalised title head, "of"/"to"
    and its complement (capitalised words, "the", "of", "and"), then 2 to 4 name words before a lower-case
    word. The model takes the run for one body or stops early; the complement ends at a body's word, a
    known place or a tagged body or place, and the words after it are a person's name."""
    out = list(ents)
    for t in doc[:-3]:
        if not (t.is_title and t.lower_ in _HEADS and doc[t.i + 1].lower_ in _PREPS) \
                or doc[t.i + 1].lower_ == "of" and doc[t.i + 2].text in TITLE_MODIFIERS:  # "Secretary of State for X": OrgRepair's
            continue
        end = t.i + 2
        while end < len(doc) and end - t.i < 14 and (
                (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha
                or (doc[end].lower_ in _LINKS or doc[end].text == ",")  # "for Political, Legal and Security Affairs"
                and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1
        if end < len(doc) and doc[end].text[:1].isupper():  # a long run: up to its first comma, if any
            end = next((j for j in range(t.i + 5, end) if doc[j].text == ","), end)
        if end >= len(doc) or end - t.i < 5 or doc[end].text[:1].isupper():
            continue
        ends = {e.end for e in out if e.label_ in _PLACES and e.start >= t.i + 2}
        stops = [j for j in range(t.i + 5, end) if doc[j].lower_ in {"and", ","}] + [end]  # "X of Y Name and Name"
        for stop, cut in ((s, c) for s in stops for c in range(s - 2, max(s - 5, t.i + 2), -1)):  # shortest first
            name = doc[cut:stop]
            last = doc[cut - 1]
            if len(name) < 2 or not all(_name_word(w) for w in name) or not _listed_fields(doc[t.i + 2:cut]) \
                    or name[-1].text in BODIES:  # "... of the Southern African Development Community": a body's name
                continue
            if last.text in _ENDS or cut in ends or gazetteer.known_place(last.text):
                out = _put(out, Span(doc, cut, stop, label="PERSON"))
                break
    return out


def names_after_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Minister of Energy Ana Neto", "Minister of Health and Social Welfare Ana Neto", "Secretary for Trade and
    Industry Ana Neto": a capitalised title head, "of" or "for", its portfolio (fields' words joined by "and",
    commas, "the"), then two to four name words (a joined hyphen inside) before no capital: the name is a person's,
    whatever the model made of the run."""
    out = list(ents)
    for t in doc[:-4]:
        if not (t.is_title and t.lower_ in TITLE_HEADS and doc[t.i + 1].lower_ in PORTFOLIO_PREPS):
            continue
        j = _portfolio_end(doc, t.i + 2)
        fields = j > t.i + 2
        stop = j
        while stop < len(doc) and stop - j < 6 and (_name_word(doc[stop]) and doc[stop].text not in PORTFOLIO_WORDS or (
                doc[stop].text == "-" and not doc[stop].whitespace_ and not doc[stop - 1].whitespace_ and stop > j)):
            stop += 1
        words = sum(1 for w in doc[j:stop] if w.is_alpha and doc[w.i - 1].text != "-")
        if fields and 2 <= words <= 4 and doc[stop - 1].is_alpha and (stop == len(doc) or not doc[stop].text[:1].isupper()):
            # the portfolio's words name no body ("Minister of Agriculture and Rural Development X")
            out = [e for e in _put(out, Span(doc, j, stop, label="PERSON"))
                   if not (t.i + 2 <= e.start and e.end <= j and e.label_ == "ORG")]
    return out


def _portfolio_end(doc: Doc, first: int) -> int:
    """The end of a portfolio's words from token FIRST, a field's: after its last field ("Mines and Steel
    Development | Olamilekan Adegbite"), words of no field between two fields kept; FIRST itself if no field opens."""
    j = end = first
    while j < len(doc) and j - first < 12 and (doc[j].text in PORTFOLIO_WORDS or doc[j].lower_ in PORTFOLIO_JOINERS
                                               and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
                                               or j > first and _name_word(doc[j])):
        field = doc[j].text in PORTFOLIO_WORDS or doc[j].lower_ in PORTFOLIO_JOINERS and end == j  # "..., | Name"
        end = j + 1 if field and doc[first].text in PORTFOLIO_WORDS else end
        j += 1
    return end


def _listed_fields(complement: Span) -> bool:
    """A comma inside the complement lists fields up to an "and" ("for Political, Legal and Security Affairs");
    a name after a comma with no "and" after it is in apposition ("the Mayor of Porto, Ana Neto")."""
    commas = [t.i for t in complement if t.text == ","]
    return not commas or any(t.lower_ == "and" for t in complement if t.i > commas[-1])


def _name_word(w) -> bool:
    return (w.is_title and w.is_alpha and w.tag_ in {"NNP", "NNPS"} and w.lower_ not in _HEADS
            and w.text not in _ENDS and w.text not in HONORIFICS and w.ent_type_ in _NAME_LABELS
            and w.text not in gazetteer.country_names() and w.text not in gazetteer.demonyms())  # "Tanabe" is a town too


def _put(ents: list[Span], person: Span) -> list[Span]:
    """The person in, the model's spans over it cut back to what comes before it (or the run left as is
    when a span goes on after the name)."""
    out = []
    for e in ents:
        if e.end <= person.start or e.start >= person.end:
            out.append(e)
        elif e.end > person.end:
            return ents
        elif e.start < person.start:  # "Georgia" of an ORG "Georgia Ana Neto" is the country again
            rest = Span(e.doc, e.start, person.start, label=e.label_)
            place = gazetteer.known_place(core_text(rest)) and core(rest)[-1].text not in _ENDS
            out.append(Span(e.doc, e.start, person.start, label="GPE") if place else rest)
    return sorted(out + [person], key=lambda e: (e.start, e.end))
