"""CountryTagger: countries named by name, capital or demonym get the COUNTRY label (kb_id_ = ISO3)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.data import tables
from kg.nlp.components.base import POSSESSIVE, STATE_DEPS, _after_locative, _relabel, _set_ents, core, core_text
from kg.nlp.doc_text import doc_ents, doc_text, token_texts
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import (
    LOCATIVE_PREPOSITIONS,
    PLACE_HEADS,
    TITLE_MODIFIERS,
    words,
)

_W = words("components/country_tagger")


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
        for ent in doc_ents(doc):
            c = core(ent)
            text = c.text
            if ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"} and not any(
                    t.text[:1].isupper() or t.like_num for t in c):
                continue  # "state", "healthcare": a name has a capital letter
            if ent.label_ in {"PERSON", "ORG"} and text in capitals and _after_locative(c):
                spans.append(_relabel(c, "PLACE"))  # "meeting in Juba"
                continue
            iso3 = names.get(text) or (_folded_names().get(_fold(text)) if len(c) > 1 else None)
            if ent.label_ in {"GPE", "ORG", "LOC", "NORP", "PERSON", "FAC"} and iso3 and (
                    text not in gazetteer.AMBIGUOUS or ent.label_ == "GPE"):
                spans.append(_relabel(c, "COUNTRY", iso3))
            elif ent.label_ == "NORP" and _language_named(c):
                spans.append(_relabel(c, "LANGUAGE"))  # "in Spanish": a language, no country's people
            elif (ent.label_ in {"NORP", "LOC", "GPE"} or ent.label_ == "ORG" and len(c) == 1) and text in demonyms:
                spans.append(_relabel(c, "NORP", demonyms[text]))  # "the Ugandan capital", tagged as a body
            elif ent.label_ in {"GPE", "ORG"} and text in capitals:  # "the former mayor of Antananarivo"
                spans.append(capital_reading(c, capitals[text]))
            elif ent.label_ in {"GPE", "LOC", "FAC"} or ent.label_ == "ORG" and (
                    is_building(c) or _house_visited(ent)) and c.text not in acting:
                spans.append(_relabel(c, "PLACE"))
            else:
                spans.append(ent)
        # Gazetteer matches the model missed or cut short ("Sierra" of "Sierra Leone"): longer spans win.
        spans.extend(_unlabelled_countries(doc, names, demonyms))
        return _national_teams(_peoples_within(_short_names_in_context(spans)))


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    """Multi-word country names by case-folded form ("Cote D'Ivoire" as written in some papers)."""
    return {_fold(k): v for k, v in gazetteer.country_names().items() if " " in k}


def _fold(name: str) -> str:
    """A country name without case and articles: "Democratic Republic of Congo" as "... of the Congo"."""
    return " ".join(w for w in name.casefold().split() if w != "the")


def _short_names_in_context(spans: list[Span]) -> list[Span]:
    """"Congo" beside "the Democratic Republic of Congo" or "DRC": a short name that is a word of the name of
    another country of the document is that country (not the gazetteer's country of the bare name)."""
    names = gazetteer.country_names()
    named = {s.kb_id_ for s in spans if s.label_ == "COUNTRY" and len(s) > 1 or s.text.isupper() and s.label_ == "COUNTRY"}
    out = []
    for span in spans:
        if span.label_ == "COUNTRY" and len(span) == 1 and span.text in gazetteer.AMBIGUOUS:
            others = {iso for iso in named - {span.kb_id_} if any(
                span.text in k.split() for k, v in names.items() if v == iso)}
            if len(others) == 1:
                span = _relabel(span, "COUNTRY", others.pop())
        out.append(span)
    return out


def _peoples_within(spans: list[Span]) -> list[Span]:
    """"Greek Cypriot", "Turkish-Cypriot", "Turkish and Greek Cypriots", "ethnic Albanians": a demonym that
    qualifies another people, or an ethnic group, names no country's people."""
    spans = sorted(spans, key=lambda s: s.start)
    by_start = {s.start: s for s in spans if s.label_ == "NORP"}
    out = []
    for span in spans:
        if span.label_ == "NORP" and span.kb_id_ and (_qualifies_people(span, by_start) or (
                span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic")):
            span = _relabel(span, "NORP")  # no country
        out.append(span)
    return out


def _qualifies_people(span: Span, by_start: dict[int, Span]) -> bool:
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "-" else 0)
    if i in by_start:
        return True  # "Greek Cypriot", "Turkish-Cypriot"
    if i < len(doc) and doc[i].lower_ in {"and", "or"} and i + 1 in by_start:
        other = by_start[i + 1]
        j = other.end + (1 if other.end < len(doc) and doc[other.end].text == "-" else 0)
        return j in by_start  # "Turkish and Greek Cypriots", "Greek- and Turkish-Cypriot"
    return False


_DASHES = frozenset(_W["score_dashes"])
_SCORE_LINKS = frozenset(_W["score_links"])


def _goals(text: str) -> bool:
    return text.isdigit() and len(text) <= 2


def _scores(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token spans of match scores: "1 – 0", "3-2" (numbers of one or two digits)."""
    found = []
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if not text[:1].isdigit():
            continue  # most words: a score starts with a digit
        if i + 2 < len(texts) and _goals(text) and texts[i + 1] in _DASHES and _goals(texts[i + 2]):
            found.append((i, i + 3))
        elif any(len(parts := text.split(d)) == 2 and all(map(_goals, parts)) for d in _DASHES):
            found.append((i, i + 1))
    return found


def _national_teams(spans: list[Span]) -> list[Span]:
    """"Sweden 1 – 0 Korea Republic", "Belgium defeated Panama 3 – 0", "Tunisia lost 1 – 2 to England": a
    country (or place) beside a match score, or the subject of the verb the score belongs to, is its
    team, an organization; so is every other mention of that name in the document that is not a place
    ("in Sweden")."""
    if not spans:
        return spans
    doc = spans[0].doc
    scores = _scores(doc)
    if not scores:
        return spans
    starts, ends = {s for s, _ in scores}, {e for _, e in scores}
    sides = [s for s in spans if s.label_ in {"COUNTRY", "PLACE"} and (
        s.end in starts or s.start in ends
        or (s.start - 1 in ends and doc[s.start - 1].lower_ in _SCORE_LINKS))]
    verbs = {s.root.head.i for s in sides} | {doc[a].head.i for a, _ in scores}
    teams = {_team_key(s) for s in sides}
    teams |= {_team_key(s) for s in spans if s.label_ in {"COUNTRY", "PLACE"} and s.root.dep_ == "nsubj"
              and s.root.head.i in verbs and s.sent.start == doc[s.root.head.i].sent.start}
    # "Korea" beside the team "South Korea": a word of a team's name is that team
    words = {w for s in spans if _team_key(s) in teams for w in s.text.split()}
    out = []
    for span in spans:
        team = _team_key(span) in teams or (span.label_ == "PLACE" and span.text in words)
        if span.label_ in {"COUNTRY", "PLACE"} and team and not (_after_locative(span) and span not in sides):
            span = _relabel(span, "ORG")
        elif span.label_ == "NORP" and span.kb_id_ in teams:
            span = _relabel(span, "NORP")  # "Swedish captain", "the Belgians": the team's, no country
        out.append(span)
    return out


def _team_key(span: Span) -> str:
    return span.kb_id_ or span.text


_SEATS: dict[str, list[str]] = dict(tables("nlp/components/country_tagger")["seat_unions"])  # a nested table


def capital_reading(c: Span, iso3: str) -> Span:
    """A capital that acts is its state ("Pyongyang refused"), or the union it seats where the article
    names that union ("only if Brussels agrees" beside "the EU": kb_id the union's name); else a place."""
    if not stands_for_state(c):
        return _relabel(c, "PLACE")
    seated = _SEATS.get(c.text)  # the union's names; asked of the article only for a seat city that acts
    if seated and {core_text(e) for e in doc_ents(c.doc)} & set(seated):
        return _relabel(c, "ORG", seated[0])
    return _relabel(c, "COUNTRY", iso3)


def stands_for_state(span: Span) -> bool:
    """A capital is the state when it acts ("Pyongyang's refusal", "get Pyongyang to"), a place otherwise,
    and always when written with its country ("the airport serves Bangkok, Thailand") or after a town as
    its region ("near Seattle, Washington": the state of Washington)."""
    doc, end, start = span.doc, span.end, span.start
    if end + 1 < len(doc) and doc[end].text == "," and any(
            gazetteer.country_names().get(doc[end + 1:end + 1 + n].text) for n in (1, 2, 3) if end + 1 + n <= len(doc)):
        return False
    head = span.root
    if (head.dep_ != "conj" and start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ in {"GPE", "LOC"}
            and doc[start - 2].text not in gazetteer.capitals() and doc[start - 2].text not in gazetteer.country_names()):
        return False
    if head.dep_ == "compound":
        return False  # "a Washington hotel"
    if head.dep_ == "pobj":
        return head.head.lower_ not in LOCATIVE_PREPOSITIONS  # "talks between Seoul and Pyongyang"
    if head.dep_ == "conj":
        return stands_for_state(span.doc[head.head.i:head.head.i + 1])
    return head.dep_ in STATE_DEPS or any(t.text in POSSESSIVE for t in head.rights)


# Verbs a building or room may be the subject of ("the hotel hosts", "the office overlooks the lawn").
_BUILDING_VERBS = frozenset(_W["building_verbs"])
_OFFICE_HEADS = frozenset(_W["office_heads"])


def _acting_bodies(doc: Doc) -> set[str]:
    """Organization names that act somewhere in the document ("The Congressional Budget Office
    called for cuts"): a body, not a building, even with a building's head word."""
    names = (core(e) for e in doc_ents(doc) if e.label_ == "ORG")
    return {c.text for c in names if c.root.dep_ == "nsubj" and c.root.head.pos_ == "VERB"
            and lemma(c.root.head).lower() not in _BUILDING_VERBS}


def is_building(span: Span) -> bool:
    """ORG-tagged names of buildings and rooms ("the Oval Office"), but not offices that are bodies."""
    words = [t.text for t in span]
    if "of" in words:  # "the Museum of Flight", "the National Museum of the U.S. Air Force" (not "Office of")
        head = words[:words.index("of")]
        return bool(head) and head[-1] in PLACE_HEADS and head[-1] not in _OFFICE_HEADS
    if len(words) < 2 or words[-1] not in PLACE_HEADS:
        return False
    if words[-1] == "Office" and len(words) >= 3:
        return False  # "the Congressional Budget Office", "the Serious Fraud Office": bodies
    return not (words[-1] in _OFFICE_HEADS and any(w in TITLE_MODIFIERS for w in words))


def _house_visited(ent: Span) -> bool:
    """"met at Iveagh House", "talks at Hyderabad House": a House named without "the" after "at" or "in" is
    the building ("the White House", a government's voice, takes "the")."""
    doc = ent.doc
    return (len(ent) >= 2 and ent[-1].text == "House" and ent[0].lower_ != "the" and ent.start > 0
            and doc[ent.start - 1].lower_ in {"at", "in"} and all(t.is_title for t in ent))


def _language_named(span: Span) -> bool:
    """"meaning victory in Spanish", "spoke in French": one word after "in" with no noun of its own."""
    root = span.root
    return (len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in" and root.n_lefts + root.n_rights == 0
            and root.tag_ not in {"NNS", "NNPS"} and not root.text.endswith("s"))  # "trust in Americans": people


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """Every prefix of a gazetteer country name or demonym: a word that is none starts none of them."""
    return frozenset(k[:n] for k in (*gazetteer.country_names(), *gazetteer.demonyms()) for n in range(1, len(k) + 1))


def _unlabelled_countries(doc: Doc, names: dict[str, str], demonyms: dict[str, str]) -> list[Span]:
    """Country names and demonyms the model left untagged (longest first, capitalised only)."""
    found: list[Span] = []
    text_of, words = doc_text(doc), token_texts(doc)
    prefixes = _name_prefixes()
    for i, word in enumerate(words):
        if not word[:1].isupper() or word not in prefixes:
            continue  # no name or demonym starts with this word
        start = doc[i].idx
        for length in (6, 5, 4, 3, 2, 1):
            if i + length > len(words):
                continue
            last = doc[i + length - 1]
            text = text_of[start:last.idx + len(words[i + length - 1])]  # the text of doc[i:i + length]
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
