"""TypeRepair: entity types decided by the evidence of the whole document (company, product, event, index)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import (
    _LEGAL_WORDS,
    COMPANY_WORDS,
    NOT_PEOPLE,
    _relabel,
    _set_ents,
    core,
    core_text,
)
from kg.nlp.components.person_evidence import BODY_NOUNS, common_noun_name, not_a_person, owned_or_its, product_lines
from kg.nlp.components.given_names import given_names, named_as_person
from kg.nlp.components.name_lists import addressed_person, list_label, listed_people, post_nominal_person, titled_person
from kg.nlp.components.place_evidence import code_stems, org_written_as_place, place_acronyms, unknown_place_label
from kg.nlp.components.company_evidence import acts_as_company, company_evidence, named_product
from kg.nlp.components.event_names import event_named, is_event
from kg.nlp.components.index_names import index_word_names, is_index, names_moving_by_points
from kg.nlp.components.product_lists import product_families, products_in_lists
from kg.nlp.components.type_evidence import (
    TITLE_LED,
    DocFacts,
    acronym_groups,
    before_corporate_title,
    before_group_title,
    class_noun,
    company_stems,
    determined_not_person,
    form_label,
    maker_and_model,
    merge_split_names,
    name_acronyms,
    spread,
)
from kg.nlp.lexicon import (
    INDEX_WORDS,
    ORG_CLASS_NOUNS,
    PRODUCT_CLASS_NOUNS,
    WORK_HEADS,
    words,
)
from kg.nlp.doc_text import doc_ents

_W = words("components/type_repair")


class TypeRepair:
    """Constructions that tell a name's type better than the model does.

    - a brand or model ("iPhone", "Airbus A380", "Rolls-Royce Trent 900") is a product, not an organization;
    - a class noun beside a name gives its type: "retailer Best Buy", "web browser Safari",
      "Ryanair, the Irish airline", "Tiger, the newest version of Mac OS X";
    - "Ryanair CEO Michael O'Leary": the name before a corporate title and a person is an organization;
    - "the Dreamliner", "Apple's Safari": a "person" after "the" or a company's possessive is none;
    - "Spokeswoman Sandy Angers" (title + name) is a person;
    - a name ending in a company word ("Douglas Aircraft", "Saturn Corporation") is an organization;
    - a one-word "person" written as "Toulouse, France" or "in Toulouse" is a place;
    - a stock index ("the Hang Seng index", "the Dow fell 300 points") and a currency or time-zone
      code ("USD", "UTC") is no entity.
    A type read from a construction holds for every mention of the same name in the document.
    """

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        groups = acronym_groups(doc)
        taken = {i for g in groups for i in range(g.start, g.end)}
        known = doc_ents(doc)
        ents = groups + merge_split_names([e for e in known if not taken & set(range(e.start, e.end))])
        ents += listed_people(doc, ents)
        ents.sort(key=lambda e: e.start)
        name_words = {t.text for e in map(core, ents) if e.label_ == "PERSON" and len(e) > 1
                      and e[-1].text.rstrip(".").lower() not in _FIRM_WORDS
                      and not common_noun_name(e, set()) for t in e}  # not "Store" of "App Store"
        # per-document facts the rules consult, computed once rather than once per entity
        org_names = [core_text(e) for e in ents if e.label_ == "ORG"]
        context = DocFacts(index_word_names(doc) | names_moving_by_points(doc, org_names), org_names,
                            company_stems(list(known)), company_evidence(ents),
                            {core_text(e) for e in known if e.label_ == "ORG" and len(core(e)) == 1},
                            {core_text(e) for e in ents if e.label_ == "PRODUCT"})
        spans: list[Span] = []
        decided: dict[str, set[str]] = {}
        for ent in ents:
            if ent.label_ not in {"ORG", "PERSON", "PLACE"}:
                maker = _maker(ent, ent.label_, context)
                spans += [ent] if maker is None else [Span(doc, maker.start, maker.end, label="ORG"),
                                                      Span(doc, maker.end, ent.end, label=ent.label_)]
                continue
            if (member := post_nominal_person(ent)) is not None:
                spans.append(member)  # "Hamish Doig MSP": the person, without the letters
                continue
            label = _construction_label(ent, name_words, context)
            if label is not None:
                decided.setdefault(core_text(ent), set()).add(label)
            else:
                label = form_label(ent, name_words)
            maker = _maker(ent, label, context)
            if maker is not None:  # "the FIFA World Cup", "Google Chrome": the body, then the thing
                spans += [Span(doc, maker.start, maker.end, label="ORG"), Span(doc, maker.end, ent.end, label=label or "")]
                continue
            if label == "DROP":
                continue
            if label == "PERSON" and ent.label_ == "ORG" and ent[0].text in TITLE_LED:
                spans.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            else:
                spans.append(_relabel(ent, label) if label and label != ent.label_ else ent)
        for name, labels in list(decided.items()):
            if labels == {"EVENT"} and name.split()[0] in _STORMS and len(name.split()) > 1:
                decided.setdefault(name.split(None, 1)[1], {"EVENT"})  # "Phailin" of "Cyclone Phailin"
            if labels == {"DROP"}:  # "Dow" and "Dow Jones" of "Dow Jones Industrial Average"
                words = name.split()
                for n in range(1, len(words)):
                    decided.setdefault(" ".join(words[:n]), {"DROP"})
        name_acronyms(spans, decided)
        place_acronyms(spans, decided)
        stems = company_stems(spans)
        # "Pontiac" (a "person" in "Pontiac's general manager") beside "Pontiac Corporation", unless a
        # construction gave the name one type
        spans = [_relabel(s, "ORG") if s.label_ in stems.get(core_text(s), ()) and core_text(s) not in name_words
                 and len(decided.get(core_text(s), ())) != 1 else s for s in spans]
        # what the constructions said a name is not, for PersonConsistency ("Zune" stays a product even
        # beside a "person" "Zune Marketplace")
        product_families(spans, decided, context)
        product_lines(spans, decided, context.companies)
        code_stems(decided, context.companies)
        doc._.set(NOT_PEOPLE, tuple(sorted(name for name, labels in decided.items()
                                           if labels and labels <= {"PRODUCT", "EVENT", "DROP"})))
        return products_in_lists(spread(spans, decided), context)


def _construction_label(ent: Span, name_words: set[str], context: DocFacts) -> str | None:
    """The type that the words around a name give it, or None ("DROP" for an index)."""
    c = core(ent)  # once: each step below reads it
    if ent.label_ == "PERSON" and _pair_side(ent):
        return None  # "the Trump-Kim summit": "the" is the summit's, not Trump's
    if ent.label_ == "ORG" and is_index(ent, context.index_names):
        return "DROP"
    if ent.label_ in {"ORG", "PLACE"} and is_event(ent) or event_named(ent) or c[0].text in _STORMS:
        return "EVENT"  # ... and "Cyclone Phailin", "Hurricane Katrina": a storm
    if len(c) > 1 and c[-1].text in WORK_HEADS:
        return "DROP"  # "the Clean Air Act", "the GNU Free Document License": a law or a text
    if len(c) == 1 and c.text in _POST_NOMINALS and _after_person(c):
        return "DROP"  # "Mark Tedeschi, QC, said": a rank, no body or place
    if ent.label_ in {"PERSON", "PLACE"} and len(c) == 1 and _CODE.fullmatch(c.text):
        return "DROP"  # "STS-134", "COVID-19": a mission's or a model's code
    if ent.label_ in {"PERSON", "ORG"} and len(c) > 2 and c[0].lower_ not in given_names() and any(
            t.lower_ in PRODUCT_CLASS_NOUNS for t in c[1:-1]) and not (ent.label_ == "ORG" and any(
            t.lower_ in BODY_NOUNS or t.lower_ == "of" for t in c)):  # "Japan Airlines Jet Services" is a firm
        return "PRODUCT"  # "Space Shuttle Columbia": a craft, no person or body ("Jet Li" has no such middle word)
    if addressed_person(ent) is not None:
        return "PERSON"  # "the union met the minister, Mr X,": no class noun's body
    noun = class_noun(ent)
    if noun is not None:
        return "ORG" if noun in ORG_CLASS_NOUNS else "DROP" if noun in INDEX_WORDS else "PRODUCT"
    if ent.label_ in {"PERSON", "PLACE"} and before_group_title(ent):
        return "ORG"  # "Fianna Fáil leader Declan Hegarty", "Diko leader Nikolas Papas": the party, no person
    listed = list_label(ent) or titled_person(ent)
    if listed is not None:
        return listed  # "Chuck Close, Walker Evans, Robert Mapplethorpe", "President Mwila Banda": a person
    if named_as_person(ent) and noun is None and not owned_or_its(c):
        return "PERSON"  # "Walker Evans", "Dean Kamen": a given name and a surname ("shares of X": a firm's)
    if ent.label_ != "ORG" and before_corporate_title(ent) and not set(ent.text.split()) & name_words:
        return "ORG"
    if ent.label_ == "PERSON" and determined_not_person(ent, name_words):
        return "ORG" if ent[-1].tag_ == "NNPS" or _plural_name(ent[-1]) else "PRODUCT"
    if ent.label_ == "PERSON" and (label := not_a_person(c, name_words)) is not None:
        return label
    if ent.label_ == "PERSON" and len(c) > 1 and maker_and_model(c, context):
        return "PRODUCT"  # "Ford Falcon" beside "Ford Australia"
    if ent.label_ in {"ORG", "PERSON"} and c.text not in context.companies and named_product(ent, context, name_words):
        return "PRODUCT"
    if ent.label_ == "PERSON" and len(c) > 1 and c[0].text in context.lone_orgs and c.text in context.org_names:
        return "ORG"  # "Pratt Whitney's" beside "Pratt" and the organization "Pratt Whitney"
    if org_written_as_place(ent):
        return "PLACE"  # "in Levico Terme, Trento, Italy"
    if (unknown := unknown_place_label(ent)) is not None:
        return unknown  # "Rebecca and I", "the TAOM in Dallas", "IE6 users": no place the gazetteer knows
    if ent.label_ == "PLACE" and not gazetteer.known_place(c.text) and (
            acts_as_company(ent) or c.text in context.org_names):
        return "ORG"  # "Acer sues Asus", "based in San Diego - Acer" beside "Acer will sue": no such place
    return None


def _after_person(span: Span) -> bool:
    """The name follows a person's name and a comma ("Tom Molomby, SC")."""
    doc, i = span.doc, span.start
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"


def _maker(ent: Span, label: str | None, context: DocFacts) -> Span | None:
    """The body whose name opens the name of an event or a product: an acronym before an event ("the
    FIFA World Cup", "the WTA Tour event"), or a name the article tags as a body alone, and shows acting as
    a company, before a product ("Google Chrome" beside "Google said")."""
    c = core(ent)
    if label not in {"EVENT", "PRODUCT"} or len(c) < 2 or not c[1].text[:1].isupper():
        return None
    first = c[0].text
    acronym = first.isalpha() and first.isupper() and 2 <= len(first) <= 6 and first not in gazetteer.country_names()
    if (label == "EVENT" and acronym) or (first in context.lone_orgs and first in context.companies):
        return c[0:1]
    return None


def _pair_side(ent: Span) -> bool:
    """One of two people joined by a hyphen ("Trump" or "Kim" of "Trump-Kim"), as SpanRepair split them."""
    doc = ent.doc
    after = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].ent_type_ == "PERSON"
    before = ent.start > 1 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].ent_type_ == "PERSON"
    return len(ent) == 1 and (after or before)


_STORMS = frozenset(_W["storm_words"])
_FIRM_WORDS = COMPANY_WORDS | _LEGAL_WORDS  # made once rather than at each name
_POST_NOMINALS = frozenset(_W["post_nominals"])
_CODE = re.compile(r"[A-Z]{2,5}-\d{1,4}")  # letters, a hyphen and a number: a code, not a name
_SINGULAR_ENDINGS = tuple(_W["singular_endings"])


def _plural_name(token: Token) -> bool:
    """"the Monkees", "the Yankees": a plural name after "the" names a group (the tagger may miss NNPS)."""
    text = token.text
    return len(text) > 3 and text.endswith("s") and not text.endswith(_SINGULAR_ENDINGS) and text[:1].isupper()


