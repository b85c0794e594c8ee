"""TypeRepair: entity types decided by the evidence of the whole document (company, product, event, index)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import (
    _LEGAL_WORDS,
    COMPANY_WORDS,
    NOT_PEOPLE,
    POSSESSIVE,
    _relabel,
    _set_ents,
    core,
    core_text,
)
from kg.nlp.components.person_evidence import BODY_NOUNS, common_noun_name, not_a_person, owned_or_its, product_lines
from kg.nlp.components.given_names import given_names, named_as_person
from kg.nlp.components.name_lists import list_label, listed_people, titled_person
from kg.nlp.components.place_evidence import code_stems, org_written_as_place, place_acronyms, unknown_place_label
from kg.nlp.components.type_evidence import (
    TITLE_LED,
    _acronym_groups,
    _before_corporate_title,
    _class_noun,
    _class_of,
    _company_stems,
    _DocFacts,
    _form_label,
    _index_names,
    _is_index,
    _maker_and_model,
    _merge_split_names,
    _name_acronyms,
    _names_moving_by_points,
    _not_a_person,
    _product_families,
    _products_in_lists,
    _spread,
    _unit_after_number,
)
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import (
    BODY_WORDS,
    BUSINESS_VERBS,
    CORPORATE_TITLES,
    EVENT_HEADS,
    INDEX_WORDS,
    MEETING_HEADS,
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
        groups = _acronym_groups(doc)
        taken = {i for g in groups for i in range(g.start, g.end)}
        known = doc_ents(doc)
        ents = groups + _merge_split_names([e for e in known if not taken & set(range(e.start, e.end))])
        ents += listed_people(doc, ents)
        ents.sort(key=lambda e: e.start)
        name_words = {t.text for e in map(core, ents) if e.label_ == "PERSON" and len(e) > 1
                      and e[-1].text.rstrip(".").lower() not in COMPANY_WORDS | _LEGAL_WORDS
                      and not common_noun_name(e, set()) for t in e}  # not "Store" of "App Store"
        # per-document facts the rules consult, computed once rather than once per entity
        org_names = [core_text(e) for e in ents if e.label_ == "ORG"]
        context = _DocFacts(_index_names(doc) | _names_moving_by_points(doc, org_names), org_names,
                            _company_stems(list(known)), _company_evidence(ents),
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
            label = _construction_label(ent, name_words, context)
            if label is not None:
                decided.setdefault(core_text(ent), set()).add(label)
            else:
                label = _form_label(ent, name_words)
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
        _name_acronyms(spans, decided)
        place_acronyms(spans, decided)
        stems = _company_stems(spans)
        # "Pontiac" (a "person" in "Pontiac's general manager") beside "Pontiac Corporation", unless a
        # construction gave the name one type
        spans = [_relabel(s, "ORG") if s.label_ in stems.get(core_text(s), ()) and core_text(s) not in name_words
                 and len(decided.get(core_text(s), ())) != 1 else s for s in spans]
        # what the constructions said a name is not, for PersonConsistency ("Zune" stays a product even
        # beside a "person" "Zune Marketplace")
        _product_families(spans, decided, context)
        product_lines(spans, decided, context.companies)
        code_stems(decided, context.companies)
        doc._.set(NOT_PEOPLE, tuple(sorted(name for name, labels in decided.items()
                                           if labels and labels <= {"PRODUCT", "EVENT", "DROP"})))
        return _products_in_lists(_spread(spans, decided), context)


def _construction_label(ent: Span, name_words: set[str], context: _DocFacts) -> str | None:
    """The type that the words around a name give it, or None ("DROP" for an index)."""
    if ent.label_ == "PERSON" and _pair_side(ent):
        return None  # "the Trump-Kim summit": "the" is the summit's, not Trump's
    if ent.label_ == "ORG" and _is_index(ent, context.index_names):
        return "DROP"
    if ent.label_ in {"ORG", "PLACE"} and _is_event(ent) or _event_named(ent) or core(ent)[0].text in _STORMS:
        return "EVENT"  # ... and "Cyclone Phailin", "Hurricane Katrina": a storm
    if len(core(ent)) > 1 and core(ent)[-1].text in WORK_HEADS:
        return "DROP"  # "the Clean Air Act", "the GNU Free Document License": a law or a text
    c = core(ent)
    if len(c) == 1 and c.text in _POST_NOMINALS and _after_person(c):
        return "DROP"  # "Mark Tedeschi, QC, said": a rank, no body or place
    if ent.label_ in {"PERSON", "PLACE"} and len(c) == 1 and _CODE.fullmatch(c.text):
        return "DROP"  # "STS-134", "COVID-19": a mission's or a model's code
    if ent.label_ in {"PERSON", "ORG"} and len(c) > 2 and c[0].lower_ not in given_names() and any(
            t.lower_ in PRODUCT_CLASS_NOUNS for t in c[1:-1]) and not (ent.label_ == "ORG" and any(
            t.lower_ in BODY_NOUNS or t.lower_ == "of" for t in c)):  # "Japan Airlines Jet Services" is a firm
        return "PRODUCT"  # "Space Shuttle Columbia": a craft, no person or body ("Jet Li" has no such middle word)
    noun = _class_noun(ent)
    if noun is not None:
        return "ORG" if noun in ORG_CLASS_NOUNS else "DROP" if noun in INDEX_WORDS else "PRODUCT"
    listed = list_label(ent) or titled_person(ent)
    if listed is not None:
        return listed  # "Chuck Close, Walker Evans, Robert Mapplethorpe", "President Mwila Banda": a person
    if named_as_person(ent) and noun is None and not owned_or_its(core(ent)):
        return "PERSON"  # "Walker Evans", "Dean Kamen": a given name and a surname ("shares of X": a firm's)
    if ent.label_ != "ORG" and _before_corporate_title(ent) and not set(ent.text.split()) & name_words:
        return "ORG"
    if ent.label_ == "PERSON" and _not_a_person(ent, name_words):
        return "ORG" if ent[-1].tag_ == "NNPS" or _plural_name(ent[-1]) else "PRODUCT"
    c = core(ent)
    if ent.label_ == "PERSON" and (label := not_a_person(c, name_words)) is not None:
        return label
    if ent.label_ == "PERSON" and len(c) > 1 and _maker_and_model(c, context):
        return "PRODUCT"  # "Ford Falcon" beside "Ford Australia"
    if ent.label_ in {"ORG", "PERSON"} and c.text not in context.companies and _named_product(ent, context, name_words):
        return "PRODUCT"
    if ent.label_ == "PERSON" and len(c) > 1 and c[0].text in context.lone_orgs and c.text in context.org_names:
        return "ORG"  # "Pratt Whitney's" beside "Pratt" and the organization "Pratt Whitney"
    if org_written_as_place(ent):
        return "PLACE"  # "in Levico Terme, Trento, Italy"
    if (unknown := unknown_place_label(ent)) is not None:
        return unknown  # "Rebecca and I", "the TAOM in Dallas", "IE6 users": no place the gazetteer knows
    if ent.label_ == "PLACE" and not gazetteer.known_place(c.text) and (
            _acts_as_company(ent) or c.text in context.org_names):
        return "ORG"  # "Acer sues Asus", "based in San Diego - Acer" beside "Acer will sue": no such place
    return None


def _after_person(span: Span) -> bool:
    """The name follows a person's name and a comma ("Tom Molomby, SC")."""
    doc, i = span.doc, span.start
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"


def _maker(ent: Span, label: str | None, context: _DocFacts) -> Span | None:
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


def _is_event(ent: Span) -> bool:
    """"the Geneva Motor Show", "the company's annual Build Conference", "at the Intel Developer
    Forum": a show, fair or festival is an event; a conference, convention, summit or forum is one
    when held ("at", "during"), dated ("annual", "2010", "this year's") or someone's ("the company's").
    Bodies named "... Conference" ("the Southern Christian Leadership Conference") have none of these."""
    c = core(ent)
    if len(c) >= 2 and c[-1].text in PROCESS_HEADS:
        return not any(t.lower_ in {"for", "of", "on"} for t in c)  # not "the Centre for Humanitarian Dialogue"
    if len(c) < 2 or c[-1].text not in EVENT_HEADS | MEETING_HEADS:
        return False
    if c[-1].text in EVENT_HEADS:
        return True
    doc = ent.doc
    before = doc[max(0, c.start - 4):c.start]
    if any(t.lower_ in _EVENT_CUES or t.text in POSSESSIVE or t.lower_ in {"its", "their"} or _is_year(t)
           for t in before):
        return True
    j = c.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "Build Developers Conference (BDC) keynote"
    return j < len(doc) and (doc[j].lower_ in {"keynote", "at"} or _is_year(doc[j]))


def _event_named(ent: Span) -> bool:
    """"the Winter Carnival of Magic", "the Northern Arena Esports Championship", "Fan Expo Canada 2016",
    "the Summer Paralympics": a name headed by a festival, fair, tournament or games noun is an event
    (the head is the last word, the word before "of", or the word before a closing year or place)."""
    c = core(ent)
    words = [t for t in c if t.lower_ not in _EVENT_TAILS]
    if "of" in [t.lower_ for t in words]:
        words = words[:[t.lower_ for t in words].index("of")]
    while len(words) > 2 and (_is_year(words[-1]) or gazetteer.known_place(words[-1].text)):
        words.pop()  # "Fan Expo Canada 2016"
    head = words[-1] if words else None
    return (head is not None and head.text[:1].isupper() and head.lower_ in EVENT_NOUNS
            and ent.label_ in {"ORG", "PLACE", "PERSON"} and (len(c) > 1 or head.lower_ in _ONE_WORD_EVENTS))


EVENT_NOUNS = frozenset(words("entity_nouns")["event_nouns"])
_EVENT_TAILS = frozenset(_W["event_tails"])  # possessive and closing marks after a name's head
_ONE_WORD_EVENTS = frozenset(_W["one_word_events"])
_STORMS = frozenset(_W["storm_words"])
_POST_NOMINALS = frozenset(_W["post_nominals"])
_CODE = re.compile(r"[A-Z]{2,5}-\d{1,4}")  # letters, a hyphen and a number: a code, not a name
_EVENT_CUES = frozenset(_W["event_cues"])
_DEFINITE = frozenset(_W["definite_determiners"])
_SINGULAR_ENDINGS = tuple(_W["singular_endings"])
# "the High-Level Dialogue", "the Six-Party Talks": dialogues between parties are events, not bodies.
PROCESS_HEADS = frozenset(words("components/org_repair")["process_heads"])


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"19", "20"}


def _plural_name(token: Token) -> bool:
    """"the Monkees", "the Yankees": a plural name after "the" names a group (the tagger may miss NNPS)."""
    text = token.text
    return len(text) > 3 and text.endswith("s") and not text.endswith(_SINGULAR_ENDINGS) and text[:1].isupper()


def _named_product(ent: Span, context: _DocFacts, name_words: set[str]) -> bool:
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
    lone_person = ent.label_ == "PERSON" and c.text not in name_words and not _unit_after_number(c)  # not "20GB"
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
        if t.text == "," and j + 1 < len(doc) and doc[j + 1].is_lower and _class_of(doc[j + 1]) in PRODUCT_CLASS_NOUNS:
            return True  # "Windows Phone 7, version 7.5"
        crossed |= joint
        numbered |= model and crossed
        j += 1
    if j >= len(doc) or not doc[j].is_lower or crossed and not numbered:
        return False  # "Pratt Whitney and Embraer jets" are theirs; "... and Saab 340 aircraft" are models
    if doc[j].pos_ == "NOUN" and _class_of(doc[j]) in PRODUCT_CLASS_NOUNS:
        return True
    modifier = doc[j].pos_ in {"NOUN", "ADJ"} or doc[j].tag_ in {"VBG", "VBN"}  # "operating system", not
    return (j + 1 < len(doc) and modifier and doc[j + 1].is_lower  # "Kanemoto held phone talks"
            and doc[j + 1].pos_ == "NOUN" and _class_of(doc[j + 1]) in PRODUCT_CLASS_NOUNS)


def _acts_as_company(ent: Span) -> bool:
    """"Acer sues Asus", "for Acer to file a lawsuit": the subject of a verb of business or law."""
    root = core(ent).root
    return root.dep_ == "nsubj" and lemma(root.head).lower() in BUSINESS_VERBS


def _company_evidence(ents: list[Span]) -> set[str]:
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
        noun = _class_noun(ent)
        if ((root.dep_ == "nsubj" and lemma(root.head).lower() in COMPANY_VERBS)
                or (root.dep_ == "pobj" and root.head.lower_ == "by")
                or after in CORPORATE_TITLES | COMPANY_NOUNS
                or (noun is not None and noun in ORG_CLASS_NOUNS)):
            found.add(c.text)
    return found


# Verbs whose subject is a company rather than a product ("Fokker introduced the F70";
# but "the Vaio uses flash memory", "the Zune has outpaced its rivals").
COMPANY_VERBS = BUSINESS_VERBS | frozenset(_W["company_verbs"])
# Nouns after a name that make it a company's: "Embraer employees", "Embraer rival Bombardier".
COMPANY_NOUNS = frozenset(_W["company_nouns"])
