"""Our spaCy components: they fix, on doc.ents, what a general English model gets wrong in news.

After them, entity labels are PERSON, ORG, COUNTRY (kb_id_ = ISO3), NORP (a demonym; kb_id_ = ISO3
when it names a country's people) and PLACE, beside the model's other labels (DATE, TIME, ...).
Each component is `match()` (find the changes) then `set_annotations()` (apply them).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import gazetteer
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import (
    BODY_WORDS,
    BUSINESS_VERBS,
    CORPORATE_TITLES,
    EVENT_HEADS,
    HONORIFICS,
    INDEX_WORDS,
    LOCATIVE_PREPOSITIONS,
    MEETING_HEADS,
    ORG_CLASS_NOUNS,
    ORG_HEADS,
    PAIR_EVENT_NOUNS,
    PLACE_HEADS,
    PRODUCT_CLASS_NOUNS,
    REGION_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

POSSESSIVE = {"'s", "’s", "'", "’"}
NOT_PEOPLE = "kg_not_people"  # doc.user_data key: names TypeRepair found to be products, events or indices
STATE_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "attr", "appos"}


def core(span: Span) -> Span:
    """The span without a leading determiner, a trailing possessive or comma and the quotation marks
    around it: "the United States'" -> name, "a ``New Chrysler''" -> "New Chrysler"."""
    # called for every name by most rules: each token is fetched once and quotes tested by strip()
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        text = doc[start].text
        if text.lower() in _ARTICLES or not text.strip(_QUOTES):
            start += 1
        else:
            break
    while end > start:
        text = doc[end - 1].text
        if text in _TRAILING or not text.strip(_QUOTES):
            end -= 1
        else:
            break
    if start >= end or (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_, kb_id=span.kb_id_)


_ARTICLES = frozenset({"the", "a", "an"})
_TRAILING = frozenset(POSSESSIVE | {",", ";"})
_QUOTES = "`'\"“”‘’«»"


def _is_quote(token: Token) -> bool:
    return not token.text.strip(_QUOTES)


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
    """Countries in every form: names, official names, codes, demonyms, and capitals standing for states
    (a demonym that names a language, "in Spanish", is none)."""

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        names, demonyms, capitals = gazetteer.country_names(), gazetteer.demonyms(), gazetteer.capitals()
        acting = _acting_bodies(doc)
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
            elif ent.label_ == "NORP" and _language_named(c):
                spans.append(_relabel(c, "LANGUAGE"))  # "in Spanish": a language, no country's people
            elif ent.label_ in {"NORP", "LOC", "GPE"} and text in demonyms:
                spans.append(_relabel(c, "NORP", demonyms[text]))
            elif ent.label_ == "GPE" and text in capitals:
                spans.append(_relabel(c, "COUNTRY", capitals[text]) if _stands_for_state(c)
                             else _relabel(c, "PLACE"))
            elif ent.label_ in {"GPE", "LOC", "FAC"} or ent.label_ == "ORG" and _is_building(c) and c.text not in acting:
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


# Verbs a building or room may be the subject of ("the hotel hosts", "the office overlooks the lawn").
_BUILDING_VERBS = frozenset("be have sit stand lie house host hold overlook face contain open close remain become "
                            "look seat include cost reopen".split())


def _acting_bodies(doc: Doc) -> set[str]:
    """Organization names that act somewhere in the document ("The Congressional Budget Office
    called for cuts"): a body, not a building, even with a building's head word."""
    names = (core(e) for e in doc.ents if e.label_ == "ORG")
    return {c.text for c in names if c.root.dep_ == "nsubj" and c.root.head.pos_ == "VERB"
            and lemma(c.root.head).lower() not in _BUILDING_VERBS}


def _is_building(span: Span) -> bool:
    """ORG-tagged names of buildings and rooms ("the Oval Office"), but not offices that are bodies."""
    words = [t.text for t in span]
    if len(words) < 2 or words[-1] not in PLACE_HEADS or "of" in words:
        return False
    if words[-1] == "Office" and len(words) >= 3:
        return False  # "the Congressional Budget Office", "the Serious Fraud Office": bodies
    return not (words[-1] in {"Office", "Center", "Centre", "Hall"} and any(w in TITLE_MODIFIERS for w in words))


def _language_named(span: Span) -> bool:
    """"meaning victory in Spanish", "spoke in French": one word after "in" with no noun of its own."""
    root = span.root
    return (len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in" and root.n_lefts + root.n_rights == 0
            and root.tag_ not in {"NNS", "NNPS"} and not root.text.endswith("s"))  # "trust in Americans": people


def _unlabelled_countries(doc: Doc, names: dict[str, str], demonyms: dict[str, str]) -> list[Span]:
    """Country names and demonyms the model left untagged (longest first, capitalised only)."""
    found: list[Span] = []
    text_of, tokens = doc.text, list(doc)
    ends = [t.idx + len(t.text) for t in tokens]  # the text of doc[i:j] is text_of[tokens[i].idx:ends[j - 1]]
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        for length in (6, 5, 4, 3, 2, 1):
            if i + length > len(tokens):
                continue
            text = text_of[token.idx:ends[i + length - 1]]
            if text not in names and text not in demonyms:
                continue
            span = doc[i:i + length]
            if text in names and text not in gazetteer.AMBIGUOUS:
                found.append(_relabel(span, "COUNTRY", names[text]))
                break
            if text in demonyms and text not in gazetteer.AMBIGUOUS:
                found.append(_relabel(span, "NORP", demonyms[text]))
                break
    return found


class SpanRepair:
    """Name boundaries the model draws wrong in news.

    - "Palo Alto - Nortel": a spaced dash between two names parts two names;
    - "Sean O' Neill": an Irish "O'" (or "D'") joins the surname that follows;
    - "Nordic Aero Defence and Space Company": a company name goes on over "and" up to its
      company word;
    - "Federal Agency for the Atomic Energy": a body's name goes on with "for"/"of" and its field;
    - "Adria Airways Flight 1308": the name before a flight number is the airline's;
    - "the Embraer-Boeing deal": two organizations of the document joined by a hyphen are two names;
    - "the Latitude and Latitude Pro": two names of one family co-ordinated are two names;
    - "the last Trump-Kim meeting": two people of the document joined by a hyphen are two names;
    - "senior diplomat Choe Son Hui said": a run of capitalised words the model left untagged right
      after a title is a person's name.
    """

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        ents = list(doc.ents)
        names = {core(e).text for e in ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}}
        out: list[Span] = []
        for ent in ents:
            out.extend(_split_dashed(ent) or _flight_operator(ent) or _split_joined_orgs(ent, names)
                       or _split_family(ent) or [ent])
        out = _join_o_names(_split_joined_people(doc, out)) + _names_after_titles(doc)
        return [_body_continued(_company_continued(e, out), out) if e.label_ == "ORG" else e for e in out]


_DASHES = {"-", "–", "—"}


def _split_dashed(ent: Span) -> list[Span]:
    """"Palo Alto - Nortel" -> "Palo Alto", "Nortel": a dash with spaces around it is no part of a name."""
    if ent.label_ not in {"GPE", "LOC", "ORG", "FAC", "PERSON"}:
        return []
    doc = ent.doc
    for t in ent[1:-1]:
        if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:
            alone = {e.text for e in doc.ents}  # here only: most names have no spaced dash
            left, right = doc[ent.start:t.i], doc[t.i + 1:ent.end]
            # each side a name by itself (not "Coca - Cola" as some texts space it)
            known = [p.text in alone or gazetteer.known_place(p.text) for p in (left, right)]
            if left[0].text[:1].isupper() and right[0].text[:1].isupper() and any(known):
                return [Span(doc, left.start, left.end, label=ent.label_),
                        Span(doc, right.start, right.end, label=ent.label_)]
    return []


def _flight_operator(ent: Span) -> list[Span]:
    """"Adria Airways Flight 1308", "Kenya Airways Flight" (507): the airline, not a product."""
    doc = ent.doc
    for t in ent[1:]:
        if t.lower_ == "flight":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and any(ch.isdigit() for ch in nxt.text) and doc[ent.start].text[:1].isupper():
                return [Span(doc, ent.start, t.i, label="ORG")]
    return []


def _split_joined_orgs(ent: Span, names: set[str]) -> list[Span]:
    """"Embraer-Navy": both sides of a hyphen are names of the document ("Navy" may be the tail of
    "the Brazilian Navy"; the model may have taken "Embraer" for a person elsewhere)."""
    if ent.label_ != "ORG":
        return []
    doc = ent.doc
    c = core(ent)
    for t in c[1:-1]:
        if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            left, right = doc[c.start:t.i], doc[t.i + 1:c.end]
            known_right = any(n == right.text or n.endswith(" " + right.text) for n in names)
            if left.text in names and known_right:
                return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return []


def _split_family(ent: Span) -> list[Span]:
    """"the Latitude and Latitude Pro" -> "Latitude", "Latitude Pro": the second name repeats the first and
    adds to it, so the span names two things ("Johnson & Johnson" stays one name)."""
    c = core(ent)
    for t in c[1:-1]:
        if t.lower_ in {"and", "&", "or"}:
            left, right = c.doc[c.start:t.i], c.doc[t.i + 1:c.end]
            if len(right) > len(left) and right[:len(left)].text.lower() == left.text.lower():
                return [Span(c.doc, left.start, left.end, label=ent.label_),
                        Span(c.doc, right.start, right.end, label=ent.label_)]
    return []


def _split_joined_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Trump-Kim" (one span, "Moon" + an untagged "-Kim", or untagged) -> "Trump", "Kim": two
    capitalised words joined by a hyphen are two people when each is, by itself, a person of the
    document (its name, or the first or last word of its name, elsewhere: "Donald Trump", "Xi
    Jinping"), or when the pair stands before a meeting noun ("the Obama-Castro meeting") and
    neither word names a country, a people or another entity of the document."""
    joined = [t.i for t in doc if t.text == "-" and 0 < t.i < len(doc) - 1 and not t.whitespace_
              and not doc[t.i - 1].whitespace_ and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()]
    if not joined:
        return ents  # most documents: no "A-B" of capitalised words
    around = {i for h in joined for i in (h - 1, h, h + 1)}
    people = [e for e in ents if e.label_ == "PERSON" and not around & set(range(e.start, e.end))]
    known = {e.text for e in people} | {e[-1].text for e in people} | {e[0].text for e in people}
    others = {core(e).text for e in ents if e.label_ != "PERSON" and not around & set(range(e.start, e.end))}
    others |= REGION_WORDS | gazetteer.country_names().keys() | gazetteer.demonyms().keys()
    covered = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for h in joined:
        left, right = doc[h - 1], doc[h + 1]
        if not (left.is_alpha and right.is_alpha):
            continue
        spans = {covered[i] for i in (h - 1, h, h + 1) if i in covered}
        if any(core(e).start < h - 1 or core(e).end > h + 2 for e in spans):
            continue  # part of a longer name
        labels = {e.label_ for e in spans}
        both_known = left.text in known and right.text in known and labels <= {"PERSON", "ORG"}
        # the model may take "the Trump-Kim" of "the Trump-Kim summit" for a building
        before_meeting = (h + 2 < len(doc) and doc[h + 2].lower_ in PAIR_EVENT_NOUNS
                          and labels <= {"PERSON", "ORG", "FAC", "GPE", "LOC"}
                          and left.tag_ == right.tag_ == "NNP" and not any(
                              w.text in others for w in (left, right)))
        if both_known or before_meeting:
            out = [e for e in out if e not in spans]
            out += [Span(doc, h - 1, h, label="PERSON"), Span(doc, h + 1, h + 2, label="PERSON")]
    return sorted(out, key=lambda e: (e.start, e.end))


def _names_after_titles(doc: Doc) -> list[Span]:
    """"diplomat Choe Son Hui said": 2 to 4 capitalised proper nouns, none of them in a name or a title
    word, right after a title word in lower case, and not followed by another capitalised word, are a
    person's name."""
    out: list[Span] = []
    for t in doc:
        if not t.is_lower or t.text not in TITLE_HEADS or t.i + 2 >= len(doc) or t.ent_iob_ not in {"O", ""}:
            continue  # a capitalised title ("Chief Executive Officer") goes on with title words, not a name
        end = t.i + 1
        while (end < len(doc) and end - t.i <= 4 and doc[end].tag_ == "NNP" and doc[end].is_alpha
               and doc[end].is_title and doc[end].ent_iob_ in {"O", ""} and doc[end].lower_ not in TITLE_HEADS
               and doc[end].lower_ not in CORPORATE_TITLES and doc[end].text not in TITLE_MODIFIERS):
            end += 1
        if 2 <= end - t.i - 1 <= 4 and end < len(doc) and not doc[end].text[:1].isupper():
            out.append(Span(doc, t.i + 1, end, label="PERSON"))
    return out


_O_PREFIXES = {f"{a}{q}" for a in "OD" for q in "'’"}


def _join_o_names(ents: list[Span]) -> list[Span]:
    """"Sean O' Neill", "D' Souza": a person name ending in "O'" goes on with the next capitalised word
    (which the model may have tagged apart, even as a place)."""
    out: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        doc = ent.doc
        tail = doc[max(ent.start, ent.end - 2):ent.end].text  # "O'" is one token or two
        if (ent.label_ == "PERSON" and len(ent) > 1 and tail in _O_PREFIXES
                and ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha):
            out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            skip_until = ent.end + 1
            continue
        out.append(ent)
    return out


_BODY_HEADS = BODY_WORDS | frozenset("""
Service Agency Authority Commission Office Institute Board Administration Fund Court Foundation Center Centre
""".split())


def _body_continued(ent: Span, ents: list[Span]) -> Span:
    """"Federal Agency" + "for the" + "Atomic Energy": a body's name goes on with "for", "of" or "on"
    and the name of its field, which the model tagged apart."""
    doc = ent.doc
    i = ent.end
    if ent[-1].text not in _BODY_HEADS or i + 1 >= len(doc) or doc[i].lower_ not in {"for", "of", "on"}:
        return ent
    starts = {i + 1, i + 2} if doc[i + 1].lower_ == "the" else {i + 1}  # the model may take "the" in or not
    tail = next((e for e in ents if e.start in starts and e.label_ == "ORG"), None)
    return Span(doc, ent.start, tail.end, label="ORG") if tail is not None else ent


def _company_continued(ent: Span, ents: list[Span]) -> Span:
    """"Nordic Aero Defence" + "and Space Company": the name goes on over "and"/"&" up to a
    company word, when no other name starts in between."""
    doc = ent.doc
    i = ent.end
    if i + 2 >= len(doc) or doc[i].lower_ not in {"and", "&"}:
        return ent
    starts = {e.start for e in ents}
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in starts:
        if doc[j].lower_ in COMPANY_WORDS:
            return Span(doc, ent.start, j + 1, label="ORG")
        j += 1
    return ent


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
        name_words = {t.text for e in map(core, ents) if e.label_ == "PERSON" and len(e) > 1
                      and e[-1].text.rstrip(".").lower() not in COMPANY_WORDS | _LEGAL_WORDS for t in e}
        # per-document facts the rules consult, computed once rather than once per entity
        org_names = [core(e).text for e in ents if e.label_ == "ORG"]
        context = _DocFacts(_index_names(doc) | _names_moving_by_points(doc, org_names), org_names,
                            _company_stems(list(doc.ents)), _company_evidence(ents),
                            {core(e).text for e in doc.ents if e.label_ == "ORG" and len(core(e)) == 1},
                            {core(e).text for e in ents if e.label_ == "PRODUCT"})
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
        _name_acronyms(spans, decided)
        stems = _company_stems(spans)
        # "Pontiac" (a "person" in "Pontiac's general manager") beside "Pontiac Corporation", unless a
        # construction gave the name one type
        spans = [_relabel(s, "ORG") if s.label_ in stems.get(core(s).text, ()) and core(s).text not in name_words
                 and len(decided.get(core(s).text, ())) != 1 else s for s in spans]
        # what the constructions said a name is not, for PersonConsistency ("Zune" stays a product even
        # beside a "person" "Zune Marketplace")
        _product_families(spans, decided, context)
        doc.user_data[NOT_PEOPLE] = sorted(name for name, labels in decided.items()
                                           if labels and labels <= {"PRODUCT", "EVENT", "DROP"})
        return _products_in_lists(_spread(spans, decided), context)


COMPANY_WORDS = {"inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "aircraft",
                 "airlines", "airways", "motors", "holdings", "bank", "magazine", "records", "studios"}
TITLE_WORDS_CAPITALISED = {w.capitalize() for w in TITLE_HEADS} | {"Spokeswoman", "Spokesman"}


@dataclass(frozen=True)
class _DocFacts:
    """What TypeRepair's rules look up about the whole document."""

    index_names: set[str]  # names written before an index word ("Dow Jones" of "Dow Jones Industrial Average")
    org_names: list[str]  # the organization names (after joining split names)
    company_stems: dict[str, set[str]]  # first word of a company name -> labels it has alone
    companies: set[str]  # names that act as companies somewhere in the document ("Intel said")
    lone_orgs: set[str]  # one-word names the model tagged as organizations on their own ("Ford")
    products: set[str]  # names the model tagged as products ("Prelude")


def _construction_label(ent: Span, name_words: set[str], context: _DocFacts) -> str | None:
    """The type that the words around a name give it, or None ("DROP" for an index)."""
    if ent.label_ == "PERSON" and _pair_side(ent):
        return None  # "the Trump-Kim summit": "the" is the summit's, not Trump's
    if ent.label_ == "ORG" and _is_index(ent, context.index_names):
        return "DROP"
    if ent.label_ in {"ORG", "PLACE"} and _is_event(ent):
        return "EVENT"
    noun = _class_noun(ent)
    if noun is not None:
        return "ORG" if noun in ORG_CLASS_NOUNS else "DROP" if noun in INDEX_WORDS else "PRODUCT"
    if ent.label_ != "ORG" and _before_corporate_title(ent) and not set(ent.text.split()) & name_words:
        return "ORG"
    if ent.label_ == "PERSON" and _not_a_person(ent, name_words):
        return "ORG" if ent[-1].tag_ == "NNPS" or _plural_name(ent[-1]) else "PRODUCT"
    c = core(ent)
    if ent.label_ == "PERSON" and len(c) > 1 and _maker_and_model(c, context):
        return "PRODUCT"  # "Ford Falcon" beside "Ford Australia"
    if ent.label_ in {"ORG", "PERSON"} and c.text not in context.companies and _named_product(ent, context):
        return "PRODUCT"
    if ent.label_ == "PERSON" and len(c) > 1 and c[0].text in context.lone_orgs and c.text in context.org_names:
        return "ORG"  # "Pratt Whitney's" beside "Pratt" and the organization "Pratt Whitney"
    if ent.label_ == "PLACE" and not gazetteer.known_place(c.text) and (
            _acts_as_company(ent) or c.text in context.org_names):
        return "ORG"  # "Acer sues Asus", "based in San Diego - Acer" beside "Acer will sue": no such place
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


_EVENT_CUES = {"at", "during", "annual", "yearly", "biennial", "keynote"}


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"19", "20"}


def _plural_name(token: Token) -> bool:
    """"the Monkees", "the Yankees": a plural name after "the" names a group (the tagger may miss NNPS)."""
    text = token.text
    return len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "us", "is")) and text[:1].isupper()


def _named_product(ent: Span, context: _DocFacts) -> bool:
    """A product named by the words around it, when the name never acts as a company in the document:
    - followed by a product noun: "Sony Vaio laptops", "Dell Inspiron Duo laptops", "the Video version",
      "Microsoft's proprietary Aero user interface" (a one-word name needs "the", "its" or a maker before it,
      as "Intel processors" are Intel's);
    - a maker's name and a model ("Honda Prelude", "the Dodge Avenger"): the first word is a company on
      its own in the document ("Dodge will cut"), the rest is capitalised and no company word, and the
      model is also written alone or the name comes with "the" or a product noun.
    """
    c = core(ent)
    words = [t.text for t in c]
    if words[-1].rstrip(".").lower() in COMPANY_WORDS | _LEGAL_WORDS or words[-1] in BODY_WORDS:
        return False
    after = _product_noun_after(c)
    if after and (len(c) > 1 or _maker_before(c) or _determined(ent)):
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
    return ent[0].lower_ == "the" or (i >= 0 and ent.doc[i].lower_ in {"the", "its", "their"})


def _maker_before(span: Span) -> bool:
    """"Microsoft's forthcoming Zune", "Microsoft Corp.'s Windows Phone", "Sony Vaio": an organization's name
    (possessive or not) right before the name, lower-case adjectives allowed in between."""
    doc = span.doc
    i = _before_adjectives(span)
    if i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    return i >= 0 and any(e.label_ == "ORG" and e.end == i + 1 for e in doc.ents)


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
    return (j + 1 < len(doc) and doc[j].pos_ in {"NOUN", "ADJ", "VERB"} and doc[j + 1].is_lower
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
COMPANY_VERBS = BUSINESS_VERBS | frozenset("""
say announce report introduce plan expect agree sign win decline confirm deny order merge purchase invest
offer own operate pay develop design reveal build produce deliver rename cut raise lower hire fire lay
close open decide seek warn
""".split())
# Nouns after a name that make it a company's: "Embraer employees", "Embraer rival Bombardier".
COMPANY_NOUNS = frozenset("""
employees employee staff workers executives executive shareholders shares stock headquarters rival rivals
board management subsidiary unit division
""".split())


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
    if _unit_after_number(ent) or _name_as_word(ent):
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


def _unit_after_number(ent: Span) -> bool:
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
    return quoted and c.end + 1 < len(doc) and doc[c.end + 1].lower_ in {"brand", "name", "logo", "trademark"}


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
    if root.dep_ in {"poss", "compound"} and root.head.like_num and root.head.i >= ent.end:
        root = root.head  # "the Standard & Poor's 500 plunged by 30 points"
    while root.dep_ == "conj":
        root = root.head  # "the Nasdaq and the S&P 500 dipped by 96 points"
    verbs = [c for c in root.children if c.dep_ == "relcl"] + ([root.head] if root.dep_ == "nsubj" else [])
    return any(lemma(t).lower() == "point" and t.i > root.i and (t.head.i == verb.i or t.head.head.i == verb.i)
               for verb in verbs for t in verb.subtree)  # "the Dow (DJIA), which fell 678 points'


def _names_moving_by_points(doc: Doc, names: list[str]) -> set[str]:
    """Organization names of which some occurrence, tagged or not, moves by points ("Dow Jones falls below
    9,000" in a headline, and later "the Dow Jones, which fell 678 points")."""
    found = set()
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for n in names:
        if n:
            words = tuple(n.split())
            by_first[words[0]].add(words)
    for i, token in enumerate(doc):
        for w in by_first.get(token.text, ()):
            if tuple(t.text for t in doc[i:i + len(w)]) == w and " ".join(w) not in found:
                if _is_index(doc[i:i + len(w)], set()):
                    found.add(" ".join(w))
    return found


def _index_names(doc: Doc) -> set[str]:
    """Names written before an index word, tagged or not: "Dow", "Dow Jones" and "Dow Jones Industrial"
    of "the Dow Jones Industrial Average"; "Hang Seng" of "the Hang Seng index"."""
    names: set[str] = set()
    for token in doc:
        if token.lower_ not in INDEX_WORDS or token.i == 0:
            continue
        start = token.i
        while start > 0 and token.i - start < 6 and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num
                                                      or doc[start - 1].text in {"&", "-"} | POSSESSIVE):
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
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.is_lower and _class_of(root.head):
        return _class_of(root.head)  # "the open-source kernel, or base of the system, Darwin"
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    if (ent.label_ != "PERSON" and root.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0
            and doc[prep.i - 1].lower_ == "such"):
        noun = prep.head
        if noun.is_lower and noun.pos_ == "NOUN" and _class_of(noun):
            return _class_of(noun)  # "stock indices, such as the Nasdaq"
    return None


def _class_of(token: Token) -> str | None:
    classes = ORG_CLASS_NOUNS | PRODUCT_CLASS_NOUNS | INDEX_WORDS
    word = token.lower_ if token.lower_ in classes else lemma(token).lower()
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
            # "Pontiac" of "Pontiac Corporation" is the company, whatever the model called it alone
            stems.setdefault(span[0].text, set()).update({"PERSON", "PLACE", "PRODUCT"})
        else:
            stems.setdefault(span[0].text, set()).add("PERSON")
    return stems


def _product_families(spans: list[Span], decided: dict[str, set[str]], context: _DocFacts) -> None:
    """"Latitude" beside the product "Latitude Pro": the first word of a product whose other words are no
    model number is the product line, when it never acts as a company and names no company ("Embraer" of
    "Embraer 190" and "Apple" of "Apple TV" stay companies)."""
    products = {core(s).text for s in spans if s.label_ == "PRODUCT"}
    products |= {n for n, labels in decided.items() if labels == {"PRODUCT"}}
    stems = _company_stems(spans)
    for name in products:
        words = []
        for w in name.split():  # "Latitude Pro" of "Latitude Pro - a"
            if not w[:1].isupper():
                break
            words.append(w)
        if len(words) < 2 or not all(w.isalpha() for w in words[1:]):
            continue
        first = words[0]
        if first in context.companies or first in stems or first in decided:
            continue
        if any(core(s).text == first and s.label_ in {"ORG", "PERSON"} for s in spans):
            decided[first] = {"PRODUCT"}


def _name_acronyms(spans: list[Span], decided: dict[str, set[str]]) -> None:
    """A short form in brackets right after a name has the name's type: "Build Developers Conference
    (BDC)" is an event, so is "BDC" later."""
    by_start = {s.start: s for s in spans}
    for span in spans:
        labels = decided.get(core(span).text, set())
        doc = span.doc
        if len(labels) == 1 and span.end + 2 < len(doc) and doc[span.end].text == "(":
            short = by_start.get(span.end + 1)
            if short is not None and short.end < len(doc) and doc[short.end].text == ")" and len(short) == 1:
                decided.setdefault(short.text, set(labels))


def _products_in_lists(spans: list[Span], context: _DocFacts) -> list[Span]:
    """Names listed after a product are products: "the Dodge Avenger, SRT Caliber, and Nitro", "the
    Zune HD and the Video version", "the Zune Pass, HD and Marketplace". A list item needs a comma or a
    determiner before it (not "the iPhone and Google"); a list that starts with a company ("Ubisoft,
    Microsoft, and PlayStation") is left alone, and so is a name mentioned again or acting as a company."""
    spans = sorted(spans, key=lambda s: s.start)
    counts = Counter(core(s).text for s in spans)
    for n, span in enumerate(spans[1:], start=1):
        c = core(span)
        if span.label_ not in {"ORG", "PERSON"} or c.text in context.companies or counts[c.text] > 1:
            continue
        if spans[n - 1].label_ == "PRODUCT" and _listed(spans[n - 1], span):
            spans[n] = _relabel(span, "PRODUCT")
    return spans


def _listed(first: Span, second: Span) -> bool:
    """Two names next to each other in a list: only commas, "and"/"or", determiners and untagged
    capitalised words ("SRT" of "SRT Caliber", "Phone 7" after "Windows") between them."""
    doc = first.doc
    first, second = core(first), core(second)  # "the Dodge Avenger," may take its comma in
    between = doc[first.end:second.start]
    if len(between) > 5 or first.sent.start != second.sent.start:
        return False
    if not all(t.text in {",", "and", "or", "the", "a"} or t.text[:1].isupper() for t in between):
        return False
    after = [t.lower_ for t in doc[second.end:second.end + 2]]
    # a list has "and"/"or" somewhere: "X, Y," alone is an apposition ("The new iPhone, Tim Cook said,")
    coordinated = any(t.lower_ in {"and", "or"} for t in between) or bool({"and", "or"} & set(after))
    family = second.text.lower().startswith(first.text.lower() + " ")  # "Latitude and Latitude Pro"
    return coordinated and (any(t.text in {",", "the", "a"} for t in between) or family)


def _spread(spans: list[Span], decided: dict[str, set[str]]) -> list[Span]:
    """Give every mention of a name the one type its constructions gave it ("Tiger" after "Tiger, the version")."""
    out = []
    folded: dict[str, set[str]] = {}
    for name, labels in decided.items():  # "Iphone" as "iPhone": a name written in another case
        folded.setdefault(name.casefold(), set()).update(labels)
    for span in spans:
        labels = decided.get(core(span).text) or folded.get(core(span).text.casefold(), set())
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

    "Trump" after "Donald Trump" is a PERSON, never an ORG; "Trump-Kim" or "Kiir and Machar" tagged as
    a body, a work or a people gives two PERSON mentions (a hyphened pair of people tagged as one person
    is split earlier, by SpanRepair).
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
        not_people = set(doc.user_data.get(NOT_PEOPLE, ())) - full
        spans: list[Span] = []
        for ent in doc.ents:
            c = core(ent)
            if ent.label_ == "PERSON":
                spans.append(strip_honorifics(ent))
            elif ent.label_ not in {"COUNTRY", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                    "PERCENT", "QUANTITY"} and c.text in known and c.text not in not_people:
                spans.append(_relabel(c, "PERSON"))
            elif ent.label_ in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"} and _joined_people(c, known):
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
