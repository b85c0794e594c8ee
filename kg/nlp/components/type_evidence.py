"""The evidence TypeRepair weighs: products, companies, class nouns, name forms (indices: index_names.py;
products read from the whole document: product_lists.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import (
    _LEGAL_WORDS,
    COMPANY_WORDS,
    POSSESSIVE,
    TITLE_WORDS_CAPITALISED,
    _after_locative,
    _camel,
    _is_product,
    _is_quote,
    _relabel,
    core,
    core_text,
)
from kg.nlp.components.outlets import person_trade
from kg.nlp.lemmas import lemma
from kg.nlp.doc_text import doc_ents, token_texts
from kg.nlp.lexicon import (CORPORATE_TITLES, HONORIFICS, INDEX_WORDS, ORG_CLASS_NOUNS, PRODUCT_CLASS_NOUNS,
                            common_nouns, words)

_W = words("components/type_evidence")
_WORD_NOUNS = frozenset(_W["word_nouns"])
_PEOPLES_PREPOSITIONS = frozenset(_W["peoples_prepositions"])
_FIRM_WORDS = COMPANY_WORDS | _LEGAL_WORDS  # a company's closing word, made once rather than at each name
_GROUP_TITLES = frozenset(_W["group_titles"])


def maker_and_model(ent: Span, context: DocFacts) -> bool:
    """A "person" whose first word is a company's short name ("Ford" of "Ford Australia") and who is
    no company's full name ("Northrop Grumman" of "Northrop Grumman Corp.")."""
    if any(o == ent.text or o.startswith(ent.text + " ") for o in context.org_names) or ent[0].text == ent[-1].text:
        return False
    return "PLACE" in context.company_stems.get(ent[0].text, ())


def form_label(ent: Span, name_words: set[str]) -> str | None:
    """The type that the name's own form gives it."""
    if ent.text in _codes():
        return "DROP"
    if unit_after_number(ent) or _name_as_word(ent):
        return "DROP"
    if _is_product(ent):
        return "PRODUCT"
    if ent.label_ == "ORG" and _title_led_person(ent):
        return "PERSON"
    if ent.label_ == "PERSON" and ent[-1].text.rstrip(".").lower() in COMPANY_WORDS:
        return "ORG"
    if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in name_words and _written_as_place(ent):
        return "PLACE"
    if ent.label_ in {"PERSON", "ORG"} and len(ent) == 1 and ent.text not in name_words and _in_place_list(ent):
        return "PLACE"
    return None


def unit_after_number(ent: Span) -> bool:
    """"64GB", "5G", "100MW": letters glued to a number are a unit, not a name."""
    doc = ent.doc
    return (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].like_num and not doc[ent.start - 1].whitespace_
            and ent.text.isalpha() and len(ent.text) <= 3)


def _name_as_word(ent: Span) -> bool:
    """"the "Acme" brand", "use of the "Acme" name": a quoted name before brand, name, logo or trademark
    is the word itself, which may belong to several bodies, not a mention of one."""
    doc = ent.doc
    c = core(ent)
    quoted = c.start > 0 and _is_quote(doc[c.start - 1]) and c.end < len(doc) and _is_quote(doc[c.end])
    return quoted and c.end + 1 < len(doc) and doc[c.end + 1].lower_ in _WORD_NOUNS


TITLE_LED = TITLE_WORDS_CAPITALISED | HONORIFICS  # "Spokeswoman Sandy Angers", "Gen Asad Niazi", "H.E. Ana Lobo"


def _title_led_person(ent: Span) -> bool:
    """"Gen Asad Mehmood Niazi", not "General Motors Corporation" nor "General Intelligence Directorate" (a group)."""
    rest = ent[1:]
    return (ent[0].text in TITLE_LED and len(ent) >= 3 and all(t.text[:1].isupper() for t in ent)
            and (last := rest[-1].text.rstrip(".").lower()) not in _FIRM_WORDS and common_nouns().get(last) != "group"
            and not any(t.tag_ == "NNPS" for t in rest))


def class_noun(ent: Span) -> str | None:
    """The class noun set against a name: "retailer Best Buy", "airline, Ryanair," or "Tiger, the version of"."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ == "the" and doc[i - 1].text == ",":
        i -= 1  # "the main index, the Dow Jones, fell"
    bracketed = i >= 1 and doc[i].text == "," and ent.end < len(doc) and doc[ent.end].text in {",", "."}
    if bracketed:
        i -= 1  # "Irish low cost airline, Ryanair, announced"
    if i >= 0:
        prev = doc[i]
        relative = ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "relcl"  # not "the phone Apple makes"
        linked = (ent.start <= prev.head.i < ent.end or ent.root.head.i == prev.i
                  or (prev.head.i == ent.root.head.i and prev.dep_ in {"compound", "nmod"} and i == ent.start - 1))
        if prev.is_lower and prev.pos_ == "NOUN" and class_of(prev) and not relative and (bracketed or linked) \
                and not person_trade(prev, ent):  # "the veteran broadcaster Piers Morgan": a person's trade
            return class_of(prev)
    for token in ent.root.children:
        if token.dep_ == "appos" and token.i >= ent.end and token.is_lower and class_of(token):
            return class_of(token)
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.is_lower and class_of(root.head) \
            and not person_trade(root.head, ent):
        return class_of(root.head)  # "the open-source kernel, or base of the system, Darwin"
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    if (ent.label_ != "PERSON" and root.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0
            and doc[prep.i - 1].lower_ == "such"):
        noun = prep.head
        if noun.is_lower and noun.pos_ == "NOUN" and class_of(noun):
            return class_of(noun)  # "stock indices, such as the Nasdaq"
    return None


def class_of(token: Token) -> str | None:
    classes = ORG_CLASS_NOUNS | PRODUCT_CLASS_NOUNS | INDEX_WORDS
    word = token.lower_ if token.lower_ in classes else lemma(token).lower()
    return word if word in classes else None


def before_group_title(ent: Span) -> bool:
    """"Fianna Fáil leader Declan Hegarty", "Yisrael Beytenu leader Oded Sela": a name right before a group's
    title ("leader") and a person's name leads that group, a party or a movement, and is no person."""
    doc = ent.doc
    i = ent.end
    return (i + 1 < len(doc) and doc[i].lower_ in _GROUP_TITLES and doc[i].is_lower
            and any(e.start == i + 1 and e.label_ == "PERSON" for e in doc_ents(doc)))


def before_corporate_title(ent: Span) -> bool:
    """"Ryanair CEO Michael O'Leary", "Uralsib analyst Chris Weafer", "Ryanair CEO, Michael O'Leary"."""
    doc = ent.doc
    i = ent.end
    if i >= len(doc) or doc[i].lower_ not in CORPORATE_TITLES:
        return False
    while i < len(doc) and (doc[i].lower_ in CORPORATE_TITLES or doc[i].lower_ in {",", "and", "officer"}):
        i += 1
    return any(e.start == i and e.label_ == "PERSON" for e in doc_ents(doc))


def determined_not_person(ent: Span, name_words: set[str]) -> bool:
    """"the Dreamliner", "the Beatles", "Apple's Safari": no person is named so (unless known as one)."""
    doc = ent.doc
    if ent.text in name_words or ent[0].text in HONORIFICS:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return after is None or after.pos_ not in {"NOUN", "PROPN"}
    if len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].text in POSSESSIVE:
        return any(e.end == ent.start - 1 and e.label_ == "ORG" for e in doc_ents(doc))
    return False


def acronym_groups(doc: Doc) -> list[Span]:
    """Joined acronyms the model misses or mistypes: factions ("SPLM-IO", "FARC-EP") and groups of
    states ("P5+1", "E3+3")."""
    found = []
    for i, text in enumerate(token_texts(doc)):
        if i >= len(doc) - 2 or not text.isupper() or len(text) < 2 or doc[i].whitespace_:
            continue  # most words: no capitals glued to what follows (no Token made, the next two not fetched)
        a = doc[i]
        sep, b = doc[i + 1], doc[i + 2]
        if sep.whitespace_:
            continue
        faction = sep.text == "-" and a.is_alpha and b.is_alpha and b.text.isupper()
        states = sep.text == "+" and any(ch.isdigit() for ch in a.text) and b.text.isdigit()
        if (faction or states) and not (i > 0 and doc[i - 1].text in {"-", "+"} and not doc[i - 2].whitespace_):
            found.append(Span(doc, i, i + 3, label="ORG"))
    return found


def merge_split_names(ents: list[Span]) -> list[Span]:
    """"Lockheed" (ORG) + "Martin" (PRODUCT), one name cut in two by the model -> one ORG."""
    out: list[Span] = []
    for ent in ents:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (before is not None and _camel(before.text) and ent.label_ in {"ORG", "PERSON", "PLACE", "PRODUCT"}
                and ent[0].text[:1].isupper() and not (out and out[-1].end > before.i)):
            ent = Span(ent.doc, before.i, ent.end, label="PRODUCT")  # "iTunes" + "Music Store"
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and prev.end == ent.start and ent.label_ in {"PRODUCT", "ORG"}
                and all(t.is_alpha and t.text[:1].isupper() for t in ent) and prev[-1].is_alpha):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def company_stems(spans: list[Span]) -> dict[str, set[str]]:
    """"AirTran" of "AirTran Airways", "Ford" of "Ford Australia", "Cerberus" of "Cerberus Capital
    Management": the short name of a company, by the labels it may carry (a place only before a company word)."""
    stems: dict[str, set[str]] = {}
    for span in spans:
        if span.label_ != "ORG":
            continue  # the label first: core() keeps it, and most spans are no organization
        span = core(span)
        if len(span) < 2 or not span[0].is_alpha or not span[0].text[:1].isupper():
            continue
        if not all(t.text[:1].isupper() or not t.is_alpha for t in span):
            continue
        rest = span[1:].text
        if span[-1].text.rstrip(".").lower() in _FIRM_WORDS or gazetteer.country_names().get(rest):
            # "Pontiac" of "Pontiac Corporation" is the company, whatever the model called it alone
            stems.setdefault(span[0].text, set()).update({"PERSON", "PLACE", "PRODUCT"})
        else:
            stems.setdefault(span[0].text, set()).add("PERSON")
    return stems


def name_acronyms(spans: list[Span], decided: dict[str, set[str]]) -> None:
    """A short form in brackets right after a name has the name's type: "Build Developers Conference
    (BDC)" is an event, so is "BDC" later."""
    by_start = {s.start: s for s in spans}
    for span in spans:
        labels = decided.get(core_text(span), set())
        doc = span.doc
        if len(labels) == 1 and span.end + 2 < len(doc) and doc[span.end].text == "(":
            short = by_start.get(span.end + 1)
            if short is not None and short.end < len(doc) and doc[short.end].text == ")" and len(short) == 1:
                decided.setdefault(short.text, set(labels))


def spread(spans: list[Span], decided: dict[str, set[str]]) -> list[Span]:
    """Give every mention of a name the one type its constructions gave it ("Tiger" after "Tiger, the version")."""
    out = []
    folded: dict[str, set[str]] = {}
    for name, labels in decided.items():  # "Iphone" as "iPhone": a name written in another case
        folded.setdefault(name.casefold(), set()).update(labels)
    for span in spans:
        labels = decided.get(core_text(span)) or folded.get(core_text(span).casefold(), set())
        if len(labels) != 1 or span.label_ not in {"ORG", "PERSON", "PLACE", "PRODUCT"}:
            out.append(span)
        elif labels == {"DROP"}:
            if span.label_ == "PLACE":  # "Hong Kong" of "the Hong Kong Hang Seng index"
                out.append(span)
        else:
            out.append(_relabel(span, next(iter(labels))))
    return out


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """ISO 4217 currency codes and time-zone abbreviations, which NER often takes for organizations."""
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.currencies} | frozenset(_W["time_zones"]))


def _written_as_place(ent: Span) -> bool:
    doc = ent.doc
    after_country = (ent.end + 1 < len(doc) and doc[ent.end].text == "," and
                     any(e.start == ent.end + 1 and e.label_ in {"COUNTRY", "GPE"} for e in doc_ents(doc)))
    # "in Toulouse", but not "attributed to Einstein", "a letter from Smith": people go to and come from
    return after_country or (_after_locative(ent) and (
        doc[ent.start - 1].lower_ not in _PEOPLES_PREPOSITIONS or gazetteer.known_place(ent.text)))


def _in_place_list(ent: Span) -> bool:
    """"Evansville, Indiana", "born in Kinneret, Tiberias.", "Livorno, Tuscany, must pay": a name the
    gazetteer knows as a place, written before a comma and a place or after a place and a comma (and
    then closing the phrase), is that place, whatever the model called it."""
    doc = ent.doc
    if not gazetteer.known_place(ent.text) or ent.text in gazetteer.country_names():
        return False  # a country's name the tagger left a body is a team ("Sweden, Belgium win")
    def place(e: Span) -> bool:  # "Livorno" of "Livorno, Tuscany" may be tagged a body as well, but a
        # country's name made a body is a team ("Sweden, Belgium, England win"): a list of teams, no places
        return e.label_ in {"COUNTRY", "GPE", "PLACE", "LOC"} or (
            gazetteer.known_place(e.text) and not (e.label_ == "ORG" and e.text in gazetteer.country_names()))

    before = ent.end + 1 < len(doc) and doc[ent.end].text == "," and any(
        e.start == ent.end + 1 and place(e) for e in doc_ents(doc))
    closing = ent.end == len(doc) or doc[ent.end].text in {",", ".", ";", ")"}
    after = ent.start > 1 and doc[ent.start - 1].text == "," and closing and any(
        e.end == ent.start - 1 and place(e) for e in doc_ents(doc))
    return before or after


@dataclass(frozen=True)
class DocFacts:
    """What TypeRepair's rules look up about the whole document."""

    index_names: set[str]  # names written before an index word ("Dow Jones" of "Dow Jones Industrial Average")
    org_names: list[str]  # the organization names (after joining split names)
    company_stems: dict[str, set[str]]  # first word of a company name -> labels it has alone
    companies: set[str]  # names that act as companies somewhere in the document ("Intel said")
    lone_orgs: set[str]  # one-word names the model tagged as organizations on their own ("Ford")
    products: set[str]  # names the model tagged as products ("Prelude")
