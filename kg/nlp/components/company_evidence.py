"""Company and product evidence TypeRepair weighs: which names act as companies, which name a product.

- company_evidence: names that act as companies somewhere in the document ("Fokker introduced",
  "under development by Embraer", "Intel CEO", "chipmaker Intel");
- named_product: a name followed by a product noun ("Sony Vaio laptops") or a maker's name and a
  model ("the Dodge Avenger" beside "Dodge will cut");
- acts_as_company: "Acer sues Asus", the subject of a verb of business or law.
The word tables are kg/data/nlp/components/company_evidence.toml and the lexicon's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg import gazetteer
from kg.nlp.components.base import _LEGAL_WORDS, COMPANY_WORDS, POSSESSIVE, core
from kg.nlp.components.type_evidence import class_noun, class_of, unit_after_number
from kg.nlp.doc_text import doc_ents
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import BODY_WORDS, BUSINESS_VERBS, CORPORATE_TITLES, ORG_CLASS_NOUNS, PRODUCT_CLASS_NOUNS, words

if TYPE_CHECKING:
    from kg.nlp.components.type_evidence import DocFacts

_W = words("components/company_evidence")
_DEFINITE = frozenset(_W["definite_determiners"])

# Verbs whose subject is a company rather than a product ("Fokker introduced the F70";
# but "the Vaio uses flash memory", "the Zune has outpaced its rivals").
COMPANY_VERBS = BUSINESS_VERBS | frozenset(_W["company_verbs"])

# Nouns after a name that make it a company's: "Embraer employees", "Embraer rival Bombardier".
COMPANY_NOUNS = frozenset(_W["company_nouns"])


def named_product(ent: Span, context: DocFacts, name_words: set[str]) -> bool:
    """A product named by the words around it, when the name never acts as a company in the document:
    - followed by a product noun: "Sony Vaio laptops", "Dell Inspiron Duo laptops", "the Video version",
      "Microsoft's proprietary Aero user interface" (a one-word name needs "the", "its" or a maker before it,
      as "Intel processors" are Intel's, unless it is a "person" of no fuller name: "Acme applications");
    - a maker's name and a model ("Honda Prelude", "the Dodge Avenger"): the first word is a company on
      its own in the document ("Dodge will cut"), the rest is capitalised and no company word, and the
      model is also written alone or the name comes with "the" or a product noun.
    """
    c = core(ent)
    words = [t.text for t in c]
    if words[-1].rstrip(".").lower() in COMPANY_WORDS | _LEGAL_WORDS or words[-1] in BODY_WORDS:
        return False
    after = _product_noun_after(c)
    lone_person = ent.label_ == "PERSON" and c.text not in name_words and not unit_after_number(c)  # not "20GB"
    if after and (len(c) > 1 or _maker_before(c) or _determined(ent) or lone_person):
        return True
    if len(c) < 2 or words[0] not in context.lone_orgs or words[0] not in context.companies:
        return False
    if not all(t.text[:1].isupper() or any(ch.isdigit() for ch in t.text) for t in c[1:]):
        return False  # "the International Brotherhood of Magicians" is no model
    rest = c[1:].text
    if gazetteer.country_names().get(rest) or any(w.lower() in ORG_CLASS_NOUNS | PRODUCT_CLASS_NOUNS for w in words[1:]):
        return False  # "Ford Australia", "Dell Computer"
    return after or _determined(ent) or rest in context.products


def _before_adjectives(span: Span) -> int:
    """The index of the token before the name and up to two lower-case adjectives ("the new Latitude"), or -1."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and span.start - i <= 2 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    return i


def _determined(ent: Span) -> bool:
    """"the Dodge Avenger", "their Zune", "the new Latitude": a definite determiner before the name
    (adjectives allowed in between)."""
    i = _before_adjectives(ent)
    return ent[0].lower_ == "the" or (i >= 0 and ent.doc[i].lower_ in _DEFINITE)


def _maker_before(span: Span) -> bool:
    """"Microsoft's forthcoming Zune", "Microsoft Corp.'s Windows Phone", "Sony Vaio": an organization's name
    (possessive or not) right before the name, lower-case adjectives allowed in between."""
    doc = span.doc
    i = _before_adjectives(span)
    if i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    return i >= 0 and any(e.label_ == "ORG" and e.end == i + 1 for e in doc_ents(doc))


def _product_noun_after(span: Span) -> bool:
    """The noun phrase goes on to a product noun: "Vaio Duo laptops", "Windows Phone 7 operating system",
    "Fokker Friendship and Saab 340 aircraft" (a model number right after the name is no part of
    this: "Embraer 190 jets" are Embraer's)."""
    doc = span.doc
    j = span.end
    crossed = numbered = False
    while j < len(doc) and j - span.end < 8:
        t = doc[j]
        name_word = t.text[:1].isupper() and t.is_alpha
        joint = t.text in {"-", "&", "and", ","}
        model = j > span.end and any(ch.isdigit() for ch in t.text)  # not a number right after the name
        if not (name_word or joint or model):
            break
        if t.text == "," and j + 1 < len(doc) and doc[j + 1].is_lower and class_of(doc[j + 1]) in PRODUCT_CLASS_NOUNS:
            return True  # "Windows Phone 7, version 7.5"
        crossed |= joint
        numbered |= model and crossed
        j += 1
    if j >= len(doc) or not doc[j].is_lower or crossed and not numbered:
        return False  # "Pratt Whitney and Embraer jets" are theirs; "... and Saab 340 aircraft" are models
    if doc[j].pos_ == "NOUN" and class_of(doc[j]) in PRODUCT_CLASS_NOUNS:
        return True
    modifier = doc[j].pos_ in {"NOUN", "ADJ"} or doc[j].tag_ in {"VBG", "VBN"}  # "operating system", not
    return (j + 1 < len(doc) and modifier and doc[j + 1].is_lower  # "Kanemoto held phone talks"
            and doc[j + 1].pos_ == "NOUN" and class_of(doc[j + 1]) in PRODUCT_CLASS_NOUNS)


def acts_as_company(ent: Span) -> bool:
    """"Acer sues Asus", "for Acer to file a lawsuit": the subject of a verb of business or law."""
    root = core(ent).root
    return root.dep_ == "nsubj" and lemma(root.head).lower() in BUSINESS_VERBS


def company_evidence(ents: list[Span]) -> set[str]:
    """Names that act as companies somewhere in the document: the subject of a verb that a product does
    not do ("Fokker introduced", "Embraer had offered"), the agent after "by" ("under development
    by Embraer"), a name before a corporate title or word ("Intel CEO", "Embraer rival Bombardier", "Embraer
    employees") or beside an organization class noun ("chipmaker Intel")."""
    found = set()
    for ent in ents:
        if ent.label_ not in {"ORG", "PERSON"}:
            continue
        c = core(ent)
        doc = ent.doc
        root = c.root
        after = doc[c.end].lower_ if c.end < len(doc) and doc[c.end].text not in POSSESSIVE else (
            doc[c.end + 1].lower_ if c.end + 1 < len(doc) else "")
        noun = class_noun(ent)
        if ((root.dep_ == "nsubj" and lemma(root.head).lower() in COMPANY_VERBS)
                or (root.dep_ == "pobj" and root.head.lower_ == "by")
                or after in CORPORATE_TITLES | COMPANY_NOUNS
                or (noun is not None and noun in ORG_CLASS_NOUNS)):
            found.add(c.text)
    return found
