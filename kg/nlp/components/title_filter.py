"""TitleFilter: titles are not names ("Press" in "Press Secretary Sarah Sanders")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import _set_ents, core
from kg.nlp.lexicon import (
    BODY_WORDS,
    ORG_HEADS,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    common_nouns,
    words,
)
from kg.nlp.doc_text import doc_ents

_W = words("components/title_filter")
PORTFOLIO_TITLES = frozenset(words("components/org_portfolios")["portfolio_titles"])
# Capitalised heads of fields of work after "for"/"of" and a title ("senior fellow for Korea Studies").
FIELD_WORDS = frozenset(_W["field_words"])
# Words of "Heads of State and Government" beside the title modifiers.
STATE_WORDS = frozenset(_W["state_words"])
TITLE_BODY_WORDS = frozenset(_W["title_body_words"])
TITLE_CLOSERS = frozenset(_W["title_closers"])
_LIST_WORDS = frozenset({",", "and", "&"})
_ADJECTIVE_ENDINGS = tuple(_W["adjective_endings"])
_STATE_FORMS = frozenset(_W["state_forms"])
_PARTICLES = frozenset(words("components/name_joins")["particles"])  # "da" of "Luísa Fernandes da Silva"
BODIES = BODY_WORDS | frozenset(words("components/span_repair")["body_heads"]) | frozenset(_W["more_body_words"])


class TitleFilter:
    """Titles are not names: "Press" in "Press Secretary Sarah Sanders", "State" in "Secretary of State"."""

    def __call__(self, doc: Doc) -> Doc:
        drop = {(e.start, e.end) for e in self.match(doc)}
        kept = {(e.start, e.end): _portfolio_rest(e) for e in doc_ents(doc) if e.label_ == "ORG" and _in_portfolio(e)}
        if drop or kept:
            _set_ents(doc, [s for e in doc_ents(doc) if (e.start, e.end) not in drop
                            for s in kept.get((e.start, e.end), [e])])
        return doc

    def match(self, doc: Doc) -> list[Span]:
        short = {e.text for e in doc_ents(doc) if e.label_ == "ORG" and _title_acronym(e)}
        return [ent for ent in doc_ents(doc) if ent.label_ in {"ORG", "GPE", "NORP"} and (
            _in_title(ent) or ent.label_ == "ORG" and (_opens_title(ent) or _field_complement(ent) or ent.text in short)
        )]


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
        if words and words[-1] in FIELD_WORDS and not any(w in BODIES for w in words):
            return True  # "senior fellow for Korea Studies", "Secretary for European Affairs"
    closing = words and words[-1] in TITLE_CLOSERS or ent.end < len(doc) and doc[ent.end].text in TITLE_CLOSERS
    if after_title and closing:
        return True  # "Chief of Army Staff", "a meeting of the Chiefs of Defence Staff"
    if not words or not all(w in TITLE_MODIFIERS or (after_title and w in STATE_WORDS) for w in words):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in TITLE_HEADS:
        return True  # "Press Secretary", "Foreign Minister"
    return after_title


def _title_head(word: str) -> bool:
    """A title head, singular or plural ("Heads of State")."""
    return word in TITLE_HEADS or (word.endswith("s") and word[:-1] in TITLE_HEADS)


def _opens_title(ent: Span) -> bool:
    """"Philippine Defense Secretary", "Caribbean Affairs Editor", "Chief Cabinet Secretary", "Party General
    Secretary": a people's or region's adjective, a title's modifiers or a body word opening a title, before
    the title's head, are the title's words, no organization ("Labour Party leader" keeps its party)."""
    doc, c = ent.doc, core(ent)
    if c.end >= len(doc) or not _title_head(doc[c.end].lower_):
        return False
    ws = [t.text for t in c]
    if ws[0] in TITLE_BODY_WORDS:
        ws = ws[1:]  # "Cabinet", "Party General"
    elif _regional(ws[0], doc) and len(ws) > 1:
        ws = ws[1:]  # "Philippine Defense", "Caribbean Affairs"
    else:
        return False
    return all(w in TITLE_MODIFIERS or w in FIELD_WORDS or w.lower() in TITLE_HEADS for w in ws)


def _regional(word: str, doc: Doc) -> bool:
    """A people's or a region's adjective ("Caribbean", "African", "Philippine" of the Philippines), or one
    the article uses alone as a people's word."""
    return word in gazetteer.demonyms() or word + "s" in gazetteer.country_names() \
        or word[:1].isupper() and word.endswith("an") and word.isalpha() \
        or any(e.label_ == "NORP" and e.text == word for e in doc_ents(doc))


def _in_portfolio(ent: Span) -> bool:
    """"Minister of Foreign Affairs and Cooperation of Burkina Faso", "Director General for Asia, Pacific and
    African Affairs", "Secretary for Relations with States": a field of work in the list a title's "of" or
    "for" opens is the title's portfolio, no organization (a body word keeps it one: "Minister of the
    Presidential Court" stays)."""
    doc, c = ent.doc, core(ent)
    i = _list_start(doc, c.start - 1).i
    if i < 1 or doc[i].lower_ not in {"of", "for"} or not _title_head(doc[i - 1].lower_):
        return False
    own = _before_of(c)
    if any(t.text in BODIES or t.lower_ in ORG_HEADS for t in own):
        return False
    if any(t.text in FIELD_WORDS for t in own):
        return True
    # "the Minister of Labour and Employment, Name", "Minister of Foreign Affairs and Communities": a minister's
    # or secretary's "of" before nothing but a portfolio's words
    return doc[i - 1].lower_ in PORTFOLIO_TITLES and bool(own) and all(
        t.text in PORTFOLIO_WORDS or t.lower_ in {"and", "&", ","} for t in own)


def _list_start(doc: Doc, i: int) -> Token:
    """The word before a list of capitalised fields that ends at token i ("of" in "of Political, Legal and")."""
    steps = 0
    while i > 0 and steps < 10 and (doc[i].text in _LIST_WORDS or doc[i].is_title and doc[i].text not in BODIES):
        i, steps = i - 1, steps + 1
    return doc[i]


def _before_of(c: Span) -> Span:
    """The span up to its last "of" ("Cooperation" of "Cooperation of Burkina Faso")."""
    cut = next((t.i for t in reversed(c) if t.lower_ == "of"), c.end)
    return c.doc[c.start:cut]


def _portfolio_rest(ent: Span) -> list[Span]:
    """What is left of a portfolio taken for a body: the country after its last "of" ("of Burkina Faso", "of
    the Kingdom of Morocco") and a person's name after the field or the country ("for Trade and Industry
    Rahman Hashim", "of Angola Luisa da Silva")."""
    doc, c = ent.doc, core(ent)
    own = _before_of(c)
    out, start = [], max(t.i for t in own if t.text in FIELD_WORDS or t.text in PORTFOLIO_WORDS) + 1
    if own.end < c.end:
        start = own.end + 1
        while start < c.end - 1 and doc[start].lower_ in _STATE_FORMS:
            start += 1
        country = next((k for k in range(c.end, start, -1) if doc[start:k].text in gazetteer.country_names()), None)
        if country is None:
            return []
        out.append(Span(doc, start, country, label="GPE"))
        start = country
    name = doc[start:c.end]
    if len(name) >= 2 and name[0].is_title and name[-1].is_title and all(
            t.is_title and t.is_alpha or t.lower_ in _PARTICLES for t in name):
        out.append(Span(doc, name.start, name.end, label="PERSON"))
    return out


def _field_complement(ent: Span) -> bool:
    """"a Commission on Economic, Scientific and Technical Cooperation", "a Memorandum of Understanding on
    Diplomatic Training": a field of work after "on" or inside such a list, made of common words, no body."""
    doc, c = ent.doc, core(ent)
    if c.start < 1 or c[-1].text not in FIELD_WORDS or len(c) < 2 or _list_start(doc, c.start - 1).lower_ != "on":
        return False
    return all(t.pos_ == "ADJ" or t.lower_ in common_nouns() or t.lower_.endswith(_ADJECTIVE_ENDINGS)
               for t in c[:-1]) and not any(
        t.text in BODIES or t.lower_ in ORG_HEADS or t.text in gazetteer.demonyms() for t in c)


def _title_acronym(ent: Span) -> bool:
    """"Chief of Army Staff (COAS)", "Chief Minister (CM)": a title's short form in brackets, no body."""
    doc = ent.doc
    if len(ent) != 1 or not ent.text.isupper() or ent.start < 2 or ent.end >= len(doc):
        return False
    before = doc[ent.start - 2]
    return doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and (
        _title_head(before.lower_) or before.text in TITLE_CLOSERS)
