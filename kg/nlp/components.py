"""Our spaCy components: they fix, on doc.ents, what a general English model gets wrong in news.

After them, entity labels are PERSON, ORG, COUNTRY (kb_id_ = ISO3), NORP (a demonym; kb_id_ = ISO3
when it names a country's people) and PLACE, beside the model's other labels (DATE, TIME, ...).
Each component is `match()` (find the changes) then `set_annotations()` (apply them).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.nlp import gazetteer
from kg.nlp.lexicon import (
    BODY_WORDS,
    CORPORATE_TITLES,
    HONORIFICS,
    INDEX_WORDS,
    LOCATIVE_PREPOSITIONS,
    ORG_CLASS_NOUNS,
    ORG_HEADS,
    PLACE_HEADS,
    PRODUCT_CLASS_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

POSSESSIVE = {"'s", "’s", "'", "’"}
STATE_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "attr", "appos"}


def core(span: Span) -> Span:
    """The span without a leading determiner and a trailing possessive: "the United States'" -> name."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and span.doc[end - 1].text in POSSESSIVE:
        end -= 1
    if start >= end or (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_, kb_id=span.kb_id_)


def _relabel(span: Span, label: str, kb_id: str = "") -> Span:
    return Span(span.doc, span.start, span.end, label=label, kb_id=kb_id)


def _set_ents(doc: Doc, spans: Iterable[Span]) -> None:
    doc.ents = filter_spans(sorted(spans, key=lambda s: (s.start, -len(s))))


class TitleFilter:
    """Titles are not names: "Press" in "Press Secretary Sarah Sanders", "State" in "Secretary of State"."""

    def __call__(self, doc: Doc) -> Doc:
        drop = {(e.start, e.end) for e in self.match(doc)}
        if drop:
            _set_ents(doc, [e for e in doc.ents if (e.start, e.end) not in drop])
        return doc

    def match(self, doc: Doc) -> list[Span]:
        return [ent for ent in doc.ents if ent.label_ in {"ORG", "GPE", "NORP"} and _in_title(ent)]


def _in_title(ent: Span) -> bool:
    words = [t.text for t in core(ent)]
    if not words or not all(w in TITLE_MODIFIERS for w in words):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    before2 = doc[ent.start - 2] if ent.start > 1 else None
    if after is not None and after.lower_ in TITLE_HEADS:
        return True  # "Press Secretary", "Foreign Minister"
    return bool(before is not None and before.lower_ == "of" and before2 is not None
                and before2.lower_ in TITLE_HEADS)  # "Secretary of State"


class CountryTagger:
    """Countries in every form: names, official names, codes, demonyms, and capitals standing for states."""

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        names, demonyms, capitals = gazetteer.country_names(), gazetteer.demonyms(), gazetteer.capitals()
        spans: list[Span] = []
        for ent in doc.ents:
            c = core(ent)
            text = c.text
            if ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"} and not any(
                    t.text[:1].isupper() or t.like_num for t in c):
                continue  # "state", "healthcare": a name has a capital letter
            if ent.label_ in {"PERSON", "ORG"} and text in capitals and _after_locative(c):
                spans.append(_relabel(c, "PLACE"))  # "meeting in Juba"
                continue
            iso3 = names.get(text) or (_folded_names().get(text.casefold()) if len(c) > 1 else None)
            if ent.label_ in {"GPE", "ORG", "LOC", "NORP", "PERSON", "FAC"} and iso3 and (
                    text not in gazetteer.AMBIGUOUS or ent.label_ == "GPE"):
                spans.append(_relabel(c, "COUNTRY", iso3))
            elif ent.label_ in {"NORP", "LOC", "GPE"} and text in demonyms:
                spans.append(_relabel(c, "NORP", demonyms[text]))
            elif ent.label_ == "GPE" and text in capitals:
                spans.append(_relabel(c, "COUNTRY", capitals[text]) if _stands_for_state(c)
                             else _relabel(c, "PLACE"))
            elif ent.label_ in {"GPE", "LOC", "FAC"} or ent.label_ == "ORG" and _is_building(c):
                spans.append(_relabel(c, "PLACE"))
            else:
                spans.append(ent)
        # Gazetteer matches the model missed or cut short ("Sierra" of "Sierra Leone"): longer spans win.
        spans.extend(_unlabelled_countries(doc, names, demonyms))
        return spans


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    """Multi-word country names by case-folded form ("Cote D'Ivoire" as written in some papers)."""
    return {k.casefold(): v for k, v in gazetteer.country_names().items() if " " in k}


def _stands_for_state(span: Span) -> bool:
    """A capital is the state when it acts ("Pyongyang's refusal", "get Pyongyang to"), a place otherwise."""
    head = span.root
    if head.dep_ == "compound":
        return False  # "a Washington hotel"
    if head.dep_ == "pobj":
        return head.head.lower_ not in LOCATIVE_PREPOSITIONS  # "talks between Seoul and Pyongyang"
    if head.dep_ == "conj":
        return _stands_for_state(span.doc[head.head.i:head.head.i + 1])
    return head.dep_ in STATE_DEPS or any(t.text in POSSESSIVE for t in head.rights)


def _after_locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS


def _is_building(span: Span) -> bool:
    """ORG-tagged names of buildings and rooms ("the Oval Office"), but not offices that are bodies."""
    words = [t.text for t in span]
    if len(words) < 2 or words[-1] not in PLACE_HEADS or "of" in words:
        return False
    return not (words[-1] in {"Office", "Center", "Centre", "Hall"} and any(w in TITLE_MODIFIERS for w in words))


def _unlabelled_countries(doc: Doc, names: dict[str, str], demonyms: dict[str, str]) -> list[Span]:
    """Country names and demonyms the model left untagged (longest first, capitalised only)."""
    found: list[Span] = []
    for i, token in enumerate(doc):
        if not token.text[:1].isupper():
            continue
        for length in (6, 5, 4, 3, 2, 1):
            span = doc[i:i + length]
            if len(span) != length:
                continue
            text = span.text
            if text in names and text not in gazetteer.AMBIGUOUS:
                found.append(_relabel(span, "COUNTRY", names[text]))
                break
            if text in demonyms and text not in gazetteer.AMBIGUOUS:
                found.append(_relabel(span, "NORP", demonyms[text]))
                break
    return found


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
        ents = groups + _merge_split_names([e for e in doc.ents if not taken & set(range(e.start, e.end))])
        ents.sort(key=lambda e: e.start)
        name_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        # per-document facts the rules consult, computed once rather than once per entity
        context = _DocFacts(_index_names(doc), [core(e).text for e in doc.ents if e.label_ == "ORG"],
                            _company_stems(list(doc.ents)))
        spans: list[Span] = []
        decided: dict[str, set[str]] = {}
        for ent in ents:
            if ent.label_ not in {"ORG", "PERSON", "PLACE"}:
                spans.append(ent)
                continue
            label = _construction_label(ent, name_words, context)
            if label is not None:
                decided.setdefault(core(ent).text, set()).add(label)
            else:
                label = _form_label(ent, name_words)
            if label == "DROP":
                continue
            if label == "PERSON" and ent.label_ == "ORG" and ent[0].text in TITLE_WORDS_CAPITALISED:
                spans.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            else:
                spans.append(_relabel(ent, label) if label and label != ent.label_ else ent)
        for name, labels in list(decided.items()):
            if labels == {"DROP"}:  # "Dow" and "Dow Jones" of "Dow Jones Industrial Average"
                words = name.split()
                for n in range(1, len(words)):
                    decided.setdefault(" ".join(words[:n]), {"DROP"})
        stems = _company_stems(spans)
        spans = [_relabel(s, "ORG") if s.label_ in stems.get(s.text, ()) and s.text not in name_words
                 and s.text not in decided else s for s in spans]
        return _spread(spans, decided)


COMPANY_WORDS = {"inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "aircraft",
                 "airlines", "airways", "motors", "holdings", "bank", "magazine", "records", "studios"}
TITLE_WORDS_CAPITALISED = {w.capitalize() for w in TITLE_HEADS} | {"Spokeswoman", "Spokesman"}


@dataclass(frozen=True)
class _DocFacts:
    """What TypeRepair's rules look up about the whole document."""

    index_names: set[str]  # names written before an index word ("Dow Jones" of "Dow Jones Industrial Average")
    org_names: list[str]  # the model's organization names
    company_stems: dict[str, set[str]]  # first word of a company name -> labels it has alone


def _construction_label(ent: Span, name_words: set[str], context: _DocFacts) -> str | None:
    """The type that the words around a name give it, or None ("DROP" for an index)."""
    if ent.label_ == "ORG" and _is_index(ent, context.index_names):
        return "DROP"
    noun = _class_noun(ent)
    if noun is not None:
        return "ORG" if noun in ORG_CLASS_NOUNS else "DROP" if noun in INDEX_WORDS else "PRODUCT"
    if ent.label_ != "ORG" and _before_corporate_title(ent) and not set(ent.text.split()) & name_words:
        return "ORG"
    if ent.label_ == "PERSON" and _not_a_person(ent, name_words):
        return "ORG" if ent[-1].tag_ == "NNPS" else "PRODUCT"
    if ent.label_ == "PERSON" and len(ent) > 1 and _maker_and_model(ent, context):
        return "PRODUCT"  # "Ford Falcon" beside "Ford Australia"
    return None


def _maker_and_model(ent: Span, context: _DocFacts) -> bool:
    """A "person" whose first word is a company's short name ("Ford" of "Ford Australia") and who is
    no company's full name ("Northrop Grumman" of "Northrop Grumman Corp.")."""
    if any(o == ent.text or o.startswith(ent.text + " ") for o in context.org_names) or ent[0].text == ent[-1].text:
        return False
    return "PLACE" in context.company_stems.get(ent[0].text, ())


def _form_label(ent: Span, name_words: set[str]) -> str | None:
    """The type that the name's own form gives it."""
    if ent.text in _codes():
        return "DROP"
    if _is_product(ent):
        return "PRODUCT"
    if ent.label_ == "ORG" and _title_led_person(ent):
        return "PERSON"
    if ent.label_ == "PERSON" and ent[-1].text.rstrip(".").lower() in COMPANY_WORDS:
        return "ORG"
    if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in name_words and _written_as_place(ent):
        return "PLACE"
    return None


def _title_led_person(ent: Span) -> bool:
    """"Spokeswoman Sandy Angers", but not "General Motors Corporation"."""
    rest = ent[1:]
    return (ent[0].text in TITLE_WORDS_CAPITALISED and len(ent) >= 3 and all(t.text[:1].isupper() for t in ent)
            and rest[-1].text.rstrip(".").lower() not in COMPANY_WORDS | _LEGAL_WORDS
            and not any(t.tag_ == "NNPS" for t in rest))


_LEGAL_WORDS = {"ag", "sa", "nv", "n.v", "gmbh", "spa", "limited"}


def _is_index(ent: Span, index_names: set[str]) -> bool:
    """"the Hang Seng index", "the FTSE 100 Index", "the Dow fell 300 points"."""
    if core(ent).text in index_names:
        return True  # "the Dow Jones Industrial Average", "the Hang Seng index", "the FTSE 100 index"
    root = ent.root
    while root.dep_ == "conj":
        root = root.head  # "the Nasdaq and the S&P 500 dipped by 96 points"
    verbs = [c for c in root.children if c.dep_ == "relcl"] + ([root.head] if root.dep_ == "nsubj" else [])
    return any(t.lemma_.lower() == "point" and t.i > root.i and (t.head.i == verb.i or t.head.head.i == verb.i)
               for verb in verbs for t in verb.subtree)  # "the Dow (DJIA), which fell 678 points'


def _index_names(doc: Doc) -> set[str]:
    """Names written before an index word, tagged or not: "Dow", "Dow Jones" and "Dow Jones Industrial"
    of "the Dow Jones Industrial Average"; "Hang Seng" of "the Hang Seng index"."""
    names: set[str] = set()
    for token in doc:
        if token.lower_ not in INDEX_WORDS or token.i == 0:
            continue
        start = token.i
        while start > 0 and token.i - start < 5 and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num
                                                      or doc[start - 1].text in {"&", "-"}):
            start -= 1
        run = [t for t in doc[start:token.i + 1]]
        for i, first in enumerate(run):
            if first.text[:1].isupper() and first.is_alpha:
                names.update(doc[first.i:t.i + 1].text for t in run[i:])
    return names


def _class_noun(ent: Span) -> str | None:
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
        if prev.is_lower and prev.pos_ == "NOUN" and _class_of(prev) and not relative and (bracketed or linked):
            return _class_of(prev)
    for token in ent.root.children:
        if token.dep_ == "appos" and token.i >= ent.end and token.is_lower and _class_of(token):
            return _class_of(token)
    return None


def _class_of(token: Token) -> str | None:
    classes = ORG_CLASS_NOUNS | PRODUCT_CLASS_NOUNS | INDEX_WORDS
    word = token.lower_ if token.lower_ in classes else token.lemma_.lower()
    return word if word in classes else None


def _before_corporate_title(ent: Span) -> bool:
    """"Ryanair CEO Michael O'Leary", "Uralsib analyst Chris Weafer", "Ryanair CEO, Michael O'Leary"."""
    doc = ent.doc
    i = ent.end
    if i >= len(doc) or doc[i].lower_ not in CORPORATE_TITLES:
        return False
    while i < len(doc) and (doc[i].lower_ in CORPORATE_TITLES or doc[i].lower_ in {",", "and", "officer"}):
        i += 1
    return any(e.start == i and e.label_ == "PERSON" for e in doc.ents)


def _not_a_person(ent: Span, name_words: set[str]) -> bool:
    """"the Dreamliner", "the Beatles", "Apple's Safari": no person is named so (unless known as one)."""
    doc = ent.doc
    if ent.text in name_words or ent[0].text in HONORIFICS:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return after is None or after.pos_ not in {"NOUN", "PROPN"}
    if len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].text in POSSESSIVE:
        return any(e.end == ent.start - 1 and e.label_ == "ORG" for e in doc.ents)
    return False


def _acronym_groups(doc: Doc) -> list[Span]:
    """Joined acronyms the model misses or mistypes: factions ("SPLM-IO", "FARC-EP") and groups of
    states ("P5+1", "E3+3")."""
    found = []
    for i in range(len(doc) - 2):
        a, sep, b = doc[i], doc[i + 1], doc[i + 2]
        if a.whitespace_ or sep.whitespace_ or not a.text.isupper() or len(a.text) < 2:
            continue
        faction = sep.text == "-" and a.is_alpha and b.is_alpha and b.text.isupper()
        states = sep.text == "+" and any(ch.isdigit() for ch in a.text) and b.text.isdigit()
        if (faction or states) and not (i > 0 and doc[i - 1].text in {"-", "+"} and not doc[i - 2].whitespace_):
            found.append(Span(doc, i, i + 3, label="ORG"))
    return found


def _merge_split_names(ents: list[Span]) -> list[Span]:
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


def _company_stems(spans: list[Span]) -> dict[str, set[str]]:
    """"AirTran" of "AirTran Airways", "Ford" of "Ford Australia", "Cerberus" of "Cerberus Capital
    Management": the short name of a company, by the labels it may carry (a place only before a company word)."""
    stems: dict[str, set[str]] = {}
    for span in spans:
        span = core(span)
        if span.label_ != "ORG" or len(span) < 2 or not span[0].is_alpha or not span[0].text[:1].isupper():
            continue
        if not all(t.text[:1].isupper() or not t.is_alpha for t in span):
            continue
        rest = span[1:].text
        if span[-1].text.rstrip(".").lower() in COMPANY_WORDS | _LEGAL_WORDS or gazetteer.country_names().get(rest):
            stems.setdefault(span[0].text, set()).update({"PERSON", "PLACE"})
        else:
            stems.setdefault(span[0].text, set()).add("PERSON")
    return stems


def _spread(spans: list[Span], decided: dict[str, set[str]]) -> list[Span]:
    """Give every mention of a name the one type its constructions gave it ("Tiger" after "Tiger, the version")."""
    out = []
    for span in spans:
        labels = decided.get(core(span).text, set())
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

    return frozenset({c.alpha_3 for c in pycountry.currencies} | {"UTC", "GMT", "EST", "EDT", "PST", "CET"})


def _written_as_place(ent: Span) -> bool:
    doc = ent.doc
    after_country = (ent.end + 1 < len(doc) and doc[ent.end].text == "," and
                     any(e.start == ent.end + 1 and e.label_ in {"COUNTRY", "GPE"} for e in doc.ents))
    return after_country or _after_locative(ent)


class PersonConsistency:
    """Document-level type consistency: a name used for a person is a person everywhere in the document.

    "Trump" after "Donald Trump" is a PERSON, never an ORG; "Trump-Kim" gives two PERSON mentions.
    """

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        _majority_labels(doc)
        people = [strip_honorifics(e) for e in doc.ents if e.label_ == "PERSON"]
        full = {p.text for p in people}
        surnames = {p[-1].text for p in people if len(p) > 1} | {p.text for p in people if len(p) == 1}
        # Every capitalised word of a full name: family names come first in Korean or Chinese names.
        known = full | surnames | {t.text for p in people if len(p) > 1 for t in p if t.text[:1].isupper()}
        spans: list[Span] = []
        for ent in doc.ents:
            c = core(ent)
            if ent.label_ == "PERSON":
                spans.append(strip_honorifics(ent))
            elif ent.label_ not in {"COUNTRY", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                    "PERCENT", "QUANTITY"} and c.text in known:
                spans.append(_relabel(c, "PERSON"))
            elif ent.label_ in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "PERSON"} and _joined_people(c, known):
                spans.extend(_joined_people(c, known))
            elif ent.label_ == "ORG" and _possessive_split(c):
                spans.extend(_possessive_split(c))
            else:
                spans.append(ent)
        spans.extend(_named_bodies(doc, spans))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for token in doc:
            if token.i not in taken and token.pos_ == "PROPN" and token.text in surnames:
                spans.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return spans


def _joined_people(span: Span, known: set[str]) -> list[Span]:
    """"Trump-Kim" or "Kiir and Machar" -> one PERSON span per part, when every part is a known name."""
    parts = [t for t in span if t.text not in {"-", "–", "—", "and", "&", ","}]
    if len(parts) < 2 or len(parts) == len(span) or not all(t.text in known for t in parts):
        return []
    return [Span(span.doc, t.i, t.i + 1, label="PERSON") for t in parts]


def _named_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Bush administration", "Obama transition team", "North Korean foreign ministry": ORG spans
    made of a person or nationality and a lower-case body noun (they win over the shorter name)."""
    found = []
    for span in spans:
        if span.label_ not in {"PERSON", "NORP"} or span.end >= len(doc):
            continue
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ", "PROPN"}:
            end += 1
            if doc[end - 1].text in ORG_HEADS and (end == len(doc) or doc[end].text not in ORG_HEADS):
                found.append(Span(doc, span.start, end, label="ORG"))
                break
    return found


def _possessive_split(span: Span) -> list[Span]:
    """"Gray Television's Greta Van Susteren" -> ORG "Gray Television" + PERSON "Greta Van Susteren"."""
    cut = next((t.i for t in span if t.text in POSSESSIVE and t.i > span.start), None)
    if cut is None or cut + 1 >= span.end:
        return []
    rest = span.doc[cut + 1:span.end]
    if rest[-1].text in BODY_WORDS:
        return []  # "the Central Committee of the Workers' Party" is one name
    parts = [Span(span.doc, span.start, cut, label="ORG")]
    if len(rest) >= 2 and all(t.text[:1].isupper() for t in rest):
        parts.append(Span(span.doc, rest.start, rest.end, label="PERSON"))
    return parts


def _camel(word: str) -> bool:
    """"iPhone", "iTunes": a lower-case letter before a capital opens a brand name."""
    return len(word) > 1 and word[0].islower() and word[1].isupper()


def _is_product(span: Span) -> bool:
    """Camel-case brands ("iPhone", "the iTunes Store") and maker + model ("Airbus A380", "Boeing 787",
    "Rolls-Royce Trent 900"), the model number inside the name or just after it."""
    span = core(span)
    if _camel(span[0].text):
        return True
    if len(span) > 1 and any(ch.isdigit() for ch in span[-1].text) and span[0].is_alpha and not any(
            t.lower_ == "of" for t in span):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    model = nxt is not None and any(ch.isdigit() for ch in nxt.text) and nxt.text[:1].isalnum() and not nxt.like_num
    return model or (nxt is not None and nxt.like_num and nxt.pos_ == "NUM" and span.label_ == "ORG"
                     and nxt.text.isdigit() and len(nxt.text) == 3)


def _majority_labels(doc: Doc) -> None:
    """One label per name in a document: the label the model gave it most often (a word of a
    multi-word person name is left to the person rules)."""
    surnames = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    votes: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if ent.label_ in {"PERSON", "ORG"} and ent.text not in surnames:
            votes.setdefault(ent.text, Counter())[ent.label_] += 1
    winners = {text: c.most_common(1)[0][0] for text, c in votes.items()
               if len(c) > 1 and c.most_common(1)[0][1] > min(c.values())}
    if winners:
        doc.ents = [_relabel(e, winners[e.text]) if e.text in winners else e for e in doc.ents]


def strip_honorifics(span: Span) -> Span:
    """"President Donald Trump" -> "Donald Trump"; "Mr. Trump's" -> "Trump"."""
    span = core(span)
    start = span.start
    while start < span.end - 1 and span.doc[start].text in HONORIFICS:
        start += 1
    return Span(span.doc, start, span.end, label=span.label_, kb_id=span.kb_id_)
