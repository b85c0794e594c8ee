"""Evidence, read from the article itself, that a name the model took for a person names none.

Run by TypeRepair for PERSON candidates only (a few per document), so it adds no per-token work:
- the name is made of common nouns: "Spotlight", "Street Signs", "Benchmark crude" (WordNet writes
  the words only in lower case, kg/data/nlp/common_nouns.tsv), and no title, honorific or fuller
  person name in the document makes it a name;
- a lone word listed with an organization: "challenged by Lockheed and Sikorsky"; a name of no given
  name listed with a product: "the iPod Touch and MacBook Wi-Fi updates";
- a company's evidence: "Vexon shares", "shares of Vexon", "Vexon's stock", "Vexon said its profits";
- "X, which ...": people are "who", not "which" ("General Motors and Berkshire Hathaway, which");
- a model of a product line: "MacBook Pro" beside "MacBook Air";
- a holiday: "Martin Luther King Jr. Day", "the Tom Paine holiday".
"""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.components.appositions import title_before
from kg.nlp.components.base import _LEGAL_WORDS, COMPANY_WORDS, POSSESSIVE, _is_product, core, core_text
from kg.nlp.components.given_names import PERSON_NOUNS, given_names
from kg.nlp.lexicon import BODY_WORDS, HONORIFICS, ORG_CLASS_NOUNS, TITLE_HEADS, common_nouns, words
from kg.nlp.doc_text import doc_ents

_W = words("components/person_evidence")
_OWNERSHIP = frozenset(_W["ownership_nouns"])
_OWNERSHIP_PREPS = frozenset(_W["ownership_preps"])
_BODY_POSSESSIVES = frozenset(_W["body_possessives"])
_HOLIDAY_HEADS = frozenset(_W["holiday_heads"])
# last words of bodies' names, which the organization rules type ("Saturn Corporation", "Acme Airlines")
BODY_NOUNS = COMPANY_WORDS | _LEGAL_WORDS | ORG_CLASS_NOUNS | {w.lower() for w in BODY_WORDS}


def noun_file(word: str) -> tuple[str | None, bool]:
    """The lexicographer file of a word written as a lower-case-only common noun (its singular too:
    "housewives" -> "housewife"), and whether it was a plural; (None, False) for no such noun."""
    nouns = common_nouns()
    w = word.lower()
    if w in nouns:
        return nouns[w], False
    for suffix, repl in (("ies", "y"), ("ves", "fe"), ("ves", "f"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and w[: -len(suffix)] + repl in nouns:
            return nouns[w[: -len(suffix)] + repl], True
    return None, False


def _titled(span: Span) -> bool:
    """A title or honorific right before the name ("Mr. Fisher", "spokesman Baker")."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.text in HONORIFICS or prev.lower_ in TITLE_HEADS


def common_noun_name(span: Span, name_words: set[str]) -> bool:
    """"Spotlight", "Benchmark", "Housewives", "Street Signs", "Mission Control": every word a common
    noun, the name no part of a fuller person name in the document and after no title. A lone
    occupation noun in the singular may be a surname ("Baker"), so it is left alone; so is a name
    whose first word is a given name ("Rose Church"); one word that is no noun is enough to keep it
    ("Hun Sen": "sen" is a coin, "Hun" no noun)."""
    if _titled(span) or (len(span) == 1 and span.text in name_words):
        return False
    files = [noun_file(t.text) for t in span]
    if len(span) == 1:
        lexfile, plural = files[0]
        return lexfile is not None and (lexfile != PERSON_NOUNS or plural)
    last_thing = files[-1][0] not in {None, PERSON_NOUNS} and span[-1].text.rstrip(".").lower() not in BODY_NOUNS
    return span[0].lower_ not in given_names() and last_thing and all(f for f, _ in files)


def coordinated_with(span: Span, label: str) -> bool:
    """The name is coordinated with a name of that label ("by Lockheed and Sikorsky"); a product may
    also be one by its form ("the iPod Touch and MacBook Wi-Fi updates")."""
    root = span.root
    partners = {root.head.i} if root.dep_ == "conj" else set()
    partners |= {t.i for t in root.children if t.dep_ == "conj"}
    partners -= set(range(span.start, span.end))
    if not partners:
        return False  # most names: no conjunct, no need to go over the document's names
    return any(e.label_ == label or label == "PRODUCT" and e.label_ in {"ORG", "PERSON"} and _is_product(e)
               for e in doc_ents(span.doc) if partners & set(range(e.start, e.end)))


def owned_or_its(span: Span) -> bool:
    """A company's evidence: "Vexon shares", "Vexon's stock", "shares of Vexon", "Vexon said its"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text in POSSESSIVE:
        i += 1
    if i < len(doc) and doc[i].lower_ in _OWNERSHIP:
        return True
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in _OWNERSHIP_PREPS and prep.head.lower_ in _OWNERSHIP:
        return True
    verb = root.head
    return root.dep_ == "nsubj" and any(t.lower_ in _BODY_POSSESSIVES for t in doc[verb.i + 1:verb.i + 3])


def followed_by_which(span: Span) -> bool:
    """"Berkshire Hathaway, which helped the indexes gain": a relative "which" right after the name."""
    doc = span.doc
    i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    return i < len(doc) and doc[i].lower_ == "which"


def holiday(span: Span) -> bool:
    """"Martin Luther King Jr. Day", "the Tom Paine holiday": a person's name before a holiday's head
    (full stops and a line break between, as in "King Jr..\nDay", allowed) names a day."""
    if len(span) > 1 and span[-1].text in _HOLIDAY_HEADS:
        return True
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 3 and (doc[i].is_space or doc[i].text in {".", ".."}):
        i += 1
    return i < len(doc) and doc[i].text in _HOLIDAY_HEADS


def not_a_person(span: Span, name_words: set[str]) -> str | None:
    """The type a PERSON candidate has by the evidence above ("DROP" for no entity), or None."""
    if holiday(span):
        return "EVENT"
    lone = len(span) == 1 and span.text not in name_words
    # "Berkshire Hathaway, which", "the Space Shuttle Columbia, which": no given name, no title before it
    # ("President Ana Lima da Costa, which", "the Vice-Governor of X, Ana Neto, which": the "which" is another's)
    which = followed_by_which(span) and span[0].lower_ not in given_names() and not _titled(span) and not (
        span.start > 1 and span.doc[span.start - 1].text == "," and title_before(span.doc, span.start - 1))
    if (lone or which) and coordinated_with(span, "ORG") or owned_or_its(span):
        return "ORG"
    if (lone or span[0].lower_ not in given_names()) and coordinated_with(span, "PRODUCT"):
        return "PRODUCT"
    if which and len(span) > 1:
        return "PRODUCT"  # "the Space Shuttle Columbia, which"; a lone word is left to the verb's evidence
        # ("she bought Vellmar, which was sold": a body, tests/test_org_repairs.py)
    if common_noun_name(span, name_words):
        return "DROP"
    return None


def product_lines(spans: list[Span], decided: dict[str, set[str]], companies: set[str]) -> None:
    """Names that a product's name of two words or more contains:
    - "Apple's 13-inch MacBook Pro" beside the product "MacBook Air": a "person" whose first word opens
      the product's name is another model of that line;
    - "the Zorba SDK", then "The SDK will ship": a name that ends the product's name is its short form,
      unless it acts as a company in the document ("the Vexon Phone" and "Phone said")."""
    products = {core_text(s) for s in spans if s.label_ == "PRODUCT"}
    products |= {n for n, labels in decided.items() if labels == {"PRODUCT"}}
    long = [p.split() for p in products if len(p.split()) > 1]
    lines = {words[0] for words in long}
    tails = {" ".join(words[i:]) for words in long for i in range(1, len(words))}
    for span in spans:
        c = core(span)
        if c.text in decided or c.text in companies:
            continue
        if span.label_ == "PERSON" and len(c) > 1 and c[0].text in lines:
            decided[c.text] = {"PRODUCT"}
        elif span.label_ in {"PERSON", "ORG"} and c.text in tails and c[0].text[:1].isupper():
            decided[c.text] = {"PRODUCT"}
