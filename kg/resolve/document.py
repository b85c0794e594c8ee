"""Mentions to entities inside one document.

Short forms join their full name ("Trump" -> Donald Trump, "U.N." -> United Nations); two people
who share a surname stay two, and a bare name that fits several people goes to none of them
(it is kept as an ambiguous mention for the extractors, which may decide by context).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType

from spacy.tokens import Doc, Span

from kg.ids import entity_key, slug  # noqa: F401 - re-exported for the extractors
from kg import gazetteer
from kg.data import tables
from kg.nlp.components.base import EXCHANGES, core
from kg.resolve.names import acronym_letters, full_names, name_candidates, syllable_acronym
from kg.records import Entity, Kind, Mention
from kg.resolve.boundaries import mend_boundaries
from kg.resolve.heads import is_head_of
from kg.resolve.kinds import settle_kinds
from kg.resolve.nested import nested_places
from kg.resolve.titled import join_titled
from kg.nlp.doc_text import doc_ents

LABEL_KIND = {"PERSON": Kind.PERSON, "ORG": Kind.ORGANIZATION, "COUNTRY": Kind.COUNTRY,
              "NORP": Kind.COUNTRY, "PLACE": Kind.PLACE}
_W = tables("resolve")["document"]
_ACRONYM_SKIP = frozenset(_W["acronym_skip"])
_ORGAN_HEADS = frozenset(_W["organ_heads"])


@dataclass(frozen=True)
class Resolution:
    """The entities of one document and where each is mentioned (token spans kept for the extractors).

    Frozen once built: the extractors read it and return what they find beside it (new places, implied
    countries); `with_entities` and `with_mentions` give a new Resolution, never change this one."""

    entities: Mapping[str, Entity] = field(default_factory=dict)
    spans: tuple[tuple[Span, str], ...] = ()  # (span, entity key), in text order
    ambiguous: tuple[tuple[Span, tuple[str, ...]], ...] = ()  # (span, candidate keys)

    def __post_init__(self) -> None:
        if not isinstance(self.entities, MappingProxyType):  # a read-only view of a copy nobody else holds
            object.__setattr__(self, "entities", MappingProxyType(dict(self.entities)))
        object.__setattr__(self, "spans", tuple(self.spans))
        object.__setattr__(self, "ambiguous", tuple(self.ambiguous))

    def key_at(self, token_i: int) -> str | None:
        """The entity mentioned at a token, if any."""
        return self._index[0].get(token_i)

    def start_at(self, token_i: int) -> int | None:
        """Where the first span over a token begins, if any."""
        return self._index[1].get(token_i)

    @cached_property
    def _index(self) -> tuple[dict[int, str], dict[int, int]]:
        """Token index -> the key of the first span over it, and that span's start; made once, as key_at is
        asked for many tokens."""
        keys: dict[int, str] = {}
        starts: dict[int, int] = {}
        for span, key in self.spans:
            for i in range(span.start, span.end):
                if i not in keys:
                    keys[i], starts[i] = key, span.start
        return keys, starts

    def mentions(self) -> list[Mention]:
        """The names of the entities in the text; a demonym ("an Australian woman") tells a nationality and
        is no mention of its country."""
        sent_index = {s.start: n for n, s in enumerate(self.spans[0][0].doc.sents)} if self.spans else {}
        return sorted(Mention(s.start_char, s.end_char, s.text, key, sent_index.get(s.sent.start, 0))
                      for s, key in self.spans if s.label_ != "NORP")

    def with_entities(self, entities: Iterable[Entity]) -> Resolution:
        """This resolution and the entities an extractor found beside it (a key already known is kept)."""
        draft = _Draft.of(self)
        for entity in entities:
            draft.entities.setdefault(entity.key, entity)
        return draft.freeze()

    def with_mentions(self, mentions: Iterable[tuple[Span, str]]) -> Resolution:
        """This resolution and more mentions of its entities, each mention's text one more alias."""
        draft = _Draft.of(self)
        for span, key in mentions:
            entity = draft.entities[key]
            merge_entity(draft, key, entity.kind, entity.name, {span.text}, entity.code)
            draft.spans.append((span, key))
        return draft.freeze()


@dataclass
class _Draft:
    """A Resolution while it is being built."""

    entities: dict[str, Entity] = field(default_factory=dict)
    spans: list[tuple[Span, str]] = field(default_factory=list)
    ambiguous: list[tuple[Span, tuple[str, ...]]] = field(default_factory=list)

    @classmethod
    def of(cls, res: Resolution) -> _Draft:
        return cls(dict(res.entities), list(res.spans), list(res.ambiguous))

    def freeze(self) -> Resolution:
        spans = sorted(self.spans, key=lambda item: (item[0].start, item[0].end))
        return Resolution(MappingProxyType(self.entities), tuple(spans), tuple(self.ambiguous))


def implied_country(iso3: str) -> Entity | None:
    """The entity of a country the text implies without naming it (None for an unknown code)."""
    info = gazetteer.country_by_iso3(iso3)
    if info is None:
        return None
    return Entity(entity_key(Kind.COUNTRY, info.name, info.iso3), Kind.COUNTRY, info.name, (), info.iso3)


def resolve_document(doc: Doc) -> Resolution:
    """Group the document's entity mentions into entities, one per real-world referent."""
    res = _Draft()
    by_kind: dict[str, list[Span]] = defaultdict(list)
    ents = [core(ent) for ent in doc_ents(doc) if ent.label_ in LABEL_KIND and not (ent.label_ == "NORP" and not ent.kb_id_)]
    for span in settle_kinds(mend_boundaries(ents)):
        by_kind[span.label_].append(span)
    outer = by_kind["ORG"] + by_kind["PLACE"]
    by_kind["PLACE"] += nested_places(outer)  # "Helsinki" of "the University of Helsinki"
    _countries(by_kind["COUNTRY"] + by_kind["NORP"], res)
    _people(by_kind["PERSON"], res)
    _known_as(doc, res)
    orgs = join_titled(doc, res.spans, res.entities, by_kind["ORG"])  # "the Pope", "EAM": the titled person
    _named_groups(_state_governments(orgs, res), Kind.ORGANIZATION, res)
    _named_groups(by_kind["PLACE"], Kind.PLACE, res)
    return res.freeze()


def _countries(spans: list[Span], res: _Draft) -> None:
    for span in spans:
        info = gazetteer.country_by_iso3(span.kb_id_)
        if info is None:
            continue
        key = entity_key(Kind.COUNTRY, info.name, info.iso3)
        names = {span.text} if span.label_ == "COUNTRY" else set()  # a demonym is no name
        merge_entity(res, key, Kind.COUNTRY, info.name, names, code=info.iso3)
        res.spans.append((span, key))


def _state_governments(spans: list[Span], res: _Draft) -> list[Span]:
    """"the Colombian government" speaks for the country: a mention of Colombia, not an organization.
    Returns the other spans."""
    rest = []
    for span in spans:
        words = [t for t in span if t.lower_ != "the"]
        iso3 = gazetteer.demonyms().get(words[0].text) if len(words) == 2 else None
        info = gazetteer.country_by_iso3(iso3) if iso3 and words[1].lower_ in _GOVERNMENT else None
        if info is None:
            rest.append(span)
            continue
        key = entity_key(Kind.COUNTRY, info.name, info.iso3)
        merge_entity(res, key, Kind.COUNTRY, info.name, {span.text}, code=info.iso3)
        res.spans.append((span, key))
    return rest


_GOVERNMENT = frozenset(_W["state_bodies"])


def _people(spans: list[Span], res: _Draft) -> None:
    full = full_names([s for s in spans if len(s) > 1])
    for span in spans:
        if len(span) > 1:
            name = full[span.text]
            key = entity_key(Kind.PERSON, name)
            merge_entity(res, key, Kind.PERSON, name, {span.text})
            res.spans.append((span, key))
            continue
        candidates = name_candidates(span.text, sorted(set(full.values())))
        if len(candidates) == 1:
            key = entity_key(Kind.PERSON, candidates[0])
            merge_entity(res, key, Kind.PERSON, candidates[0], {span.text})
            res.spans.append((span, key))
        elif not candidates:
            key = entity_key(Kind.PERSON, span.text)
            merge_entity(res, key, Kind.PERSON, span.text, {span.text})
            res.spans.append((span, key))
        else:
            res.ambiguous.append((span, tuple(entity_key(Kind.PERSON, c) for c in candidates)))


_ALIAS_WORDS = frozenset(_W["alias_words"])
_BETWEEN = _ALIAS_WORDS | frozenset(_W["alias_fillers"])


def _known_as(doc: Doc, res: _Draft) -> None:
    """"Jorge Briceño Suarez, alias “Mono Jojoy”", "Maria Dunst, better known as Red Mary": the second
    name is another name of the first person, wherever it occurs in the text."""
    people = sorted(((s, k) for s, k in res.spans if res.entities[k].kind is Kind.PERSON), key=lambda x: x[0].start)
    for (a, ka), (b, kb) in zip(people, people[1:]):
        between = doc[a.end:b.start]
        if ka == kb or not len(between) or len(between) > 6 or kb not in res.entities:
            continue
        if not all(t.lower_ in _BETWEEN for t in between) or not any(t.lower_ in _ALIAS_WORDS for t in between):
            continue
        other = res.entities.pop(kb)
        merge_entity(res, ka, Kind.PERSON, res.entities[ka].name, {other.name, *other.aliases})
        res.spans = [(s, ka if k == kb else k) for s, k in res.spans]


def _named_groups(spans: list[Span], kind: Kind, res: _Draft) -> None:
    """Organizations and places: same name up to case, plural and legal suffix ("Apple Inc." ~ "Apple"),
    acronym of a name ("U.N."), the tail of one longer name, or the head of longer names ("Ford Motors")."""
    names = sorted({_norm(s.text) for s in spans}, key=lambda n: (-len(n.split()), -len(n), n))
    introduced = _parenthetical_aliases(spans)
    first: dict[str, int] = {}
    for span in sorted(spans, key=lambda s: s.start):
        first.setdefault(_norm(span.text), span.start)
    target: dict[str, str] = {}
    for name in names:
        key = _group_key(name)
        longer = [n for n in names if n != name and len(n) > len(name)]
        tiers = (  # the closest kind of variant wins: "Apple" is "Apple Inc." rather than "Apple TV"
            [n for n in longer if n in introduced.get(name, ())],
            [n for n in longer if _group_key(n) == key or _abbreviates(name, n) or _country_prefixed(name, n)
             or (kind == Kind.ORGANIZATION and _shortened_words(name, n))]
            + [n for n in names if kind == Kind.ORGANIZATION and _transposed(name, n) and _more_used(n, name, spans)],
            # the head of a longer name, for organizations only: "Ford" is "Ford Motors", but the city
            # "Juba" is not "Juba International Airport"
            [n for n in longer if kind == Kind.ORGANIZATION and _group_key(n).startswith(key + " ")
             and not _country_branch(name, n) and _group_key(n).split()[-1] not in _ORGAN_HEADS
             and len(key.split()) == len(name.split())],  # "Apple Inc." is a full name, no head of "Apple Corps"
            # the head words of a body named earlier: "the Court" after "the Supreme Court of Cassation"
            [n for n in longer if kind == Kind.ORGANIZATION and first[n] < first[name] and is_head_of(name, n)],
        )
        target[name] = name
        for tier in tiers:
            heads = {target.get(n, n) for n in tier}
            if heads:
                target[name] = heads.pop() if len(heads) == 1 else name
                break
    for span in spans:
        name = _seat_target(span, names, target) or target[_norm(span.text)]
        key = entity_key(kind, name)
        merge_entity(res, key, kind, name, {span.text} | _without_country(span.text, kind))
        res.spans.append((span, key))


def _seat_target(span: Span, names: list[str], target: dict[str, str]) -> str | None:
    """"Brussels" standing for the union it seats (its kb_id, set by the country tagger) joins that union's
    node, named in full or by its acronym."""
    if span.label_ != "ORG" or not span.kb_id_:
        return None
    union = _norm(span.kb_id_)
    found = next((n for n in names if n == union or _abbreviates(n, union)), None)
    return target[found] if found is not None else None


def _without_country(name: str, kind: Kind) -> set[str]:
    """"U.S. Defense Department" is also "Defense Department" (the name other articles use): a country's
    name before two or more capitalised words of a body's name."""
    words = _norm(name).split()
    if kind != Kind.ORGANIZATION or len(words) < 3:
        return set()
    for n in (1, 2):
        rest = words[n:]
        if " ".join(words[:n]) in gazetteer.country_names() and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
            return {" ".join(rest)}
    return set()


def _country_prefixed(name: str, longer: str) -> bool:
    """"United States Congress", "U.S. Coast Guard" or "Italian Senate" is the "Congress", "Coast Guard" or
    "Senate" of the same article, whichever comes first."""
    if not longer.endswith(" " + name):
        return False
    prefix = longer[:-len(name) - 1]
    return prefix in gazetteer.country_names() or prefix in gazetteer.demonyms()


def _shortened_words(short: str, long: str) -> bool:
    """"Acme Auto" for "Acme Automotive Group": same first word, every other word the start of the
    long name's word (legal suffixes aside)."""
    sw, lw = _group_key(short).split(), _group_key(long).split()
    if len(sw) < 2 or len(sw) != len(lw) or sw[0] != lw[0]:
        return False
    cut = [b[len(a):] for a, b in zip(sw[1:], lw[1:]) if len(a) >= 3 and b.startswith(a)]
    # a possessive is no shortening ("New People Party", "New People's Party")
    return len(cut) == len(sw) - 1 and any(x and x not in {"'s", "’s", "'"} for x in cut)


def _more_used(a: str, b: str, spans: list[Span]) -> bool:
    """Whether spelling a is the document's usual one rather than b (more mentions, else the earlier)."""
    uses = [_norm(s.text) for s in sorted(spans, key=lambda s: s.start)]
    return (uses.count(a), -uses.index(a)) > (uses.count(b), -uses.index(b))


def _transposed(a: str, b: str) -> bool:
    """A typing slip: one name of seven letters or more is the other with two neighbouring letters
    swapped ("Volskwagen" for "Volkswagen")."""
    if len(a) != len(b) or len(a) < 7 or " " in a or a == b or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _country_branch(name: str, longer: str) -> bool:
    """"Ford Australia" is a branch of "Ford", not another name of it."""
    return longer.startswith(name + " ") and longer[len(name) + 1:] in gazetteer.country_names()


def _parenthetical_aliases(spans: list[Span]) -> dict[str, set[str]]:
    """Short forms introduced in brackets after a name: "Singapore Airlines (SIA)", "the State Property Agency (AVAS)"
    -> {"SIA": {"Singapore Airlines"}, ...}; not the exchange that lists a company ("Tencent Holdings (HKEX)")."""
    by_start = {s.start: s for s in spans}
    found: dict[str, set[str]] = {}
    for span in spans:
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].text.upper() not in EXCHANGES:
            short = by_start.get(span.end + 1)
            if short is not None and short.end < len(doc) and doc[short.end].text == ")" and len(short) < len(span):
                found.setdefault(_norm(short.text), set()).add(_norm(span.text))
            elif doc[span.end + 2].text == ")" and _initials_of(doc[span.end + 1].text, _norm(span.text)):
                found.setdefault(doc[span.end + 1].text, set()).add(_norm(span.text))  # "(UCR)": untagged
        # "Nordic Aero Systems Group NAS N.V.": a name and its acronym side by side
        short = by_start.get(span.end)
        if short is not None and len(short) < len(span) and _abbreviates(_without_suffix(short.text), span.text):
            found.setdefault(_norm(short.text), set()).add(_norm(span.text))
    return found


_LEGAL_SUFFIXES = frozenset(_W["legal_suffixes"])


_NOT_PLURAL = frozenset(_W["not_plural"])


def _without_suffix(name: str) -> str:
    """"NAS N.V." -> "NAS"."""
    words = name.split()
    while len(words) > 1 and re.sub(r"[.,]", "", words[-1].lower()) in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=8192)  # asked for every pair of names of a document
def _group_key(name: str) -> str:
    """A name's key for grouping: lower case, no dots, singular words, no legal suffix."""
    words = [w.rstrip("s") if len(w) > 3 and w not in _NOT_PLURAL else w
             for w in re.sub(r"[.,]", "", name.lower()).split()]
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _norm(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text).strip()


def _abbreviates(short: str, long: str) -> bool:
    """"U.N." or "UN" for "United Nations"; "Security Council" for "U.N. Security Council"; "CPN (Maoist)"
    for "Communist Party of Nepal (Maoist)" (the same qualifier in brackets)."""
    qualifier = re.search(r" \([^()]+\)$", short)
    if qualifier and long.endswith(qualifier.group()) and len(long) > len(short):
        short, long = short[:qualifier.start()], long[:-len(qualifier.group())]
    letters = short.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) >= 2:
        words = [w for w in re.split(r"[\s-]+", long) if w and w.lower() not in _ACRONYM_SKIP]
        while len(words) > 2 and re.sub(r"[.,]", "", words[-1].lower()) in _LEGAL_SUFFIXES:
            words.pop()  # "European Aeronautic Defence & Space NV" is "EADS"
        initials = "".join(w[0] for w in words)
        if letters == initials.upper() and initials.isupper():
            return True
        # "USCG" for "Coast Guard": a country's code, then the initials ("US" + "CG")
        if len(words) >= 2 and initials.isupper() and letters.endswith(initials) and (
                letters[:-len(initials)] in gazetteer.country_names()):
            return True
    head, _, rest = short.partition(" ")  # "AU Commission" for "African Union Commission"
    return bool(rest and acronym_letters(head) and long.endswith(" " + rest) and _abbreviates(head, long[:-len(
        rest) - 1])) or syllable_acronym(short, long) or len(short.split()) >= 2 and long.endswith(" " + short)


def _initials_of(short: str, long: str) -> bool:
    """A bracketed acronym after a name is its short form whatever its letters ("UCR" for "Radical Civic Union"),
    unless it abbreviates the body after an "of" in it ("Standing Committee of the National People's Congress")."""
    if acronym_letters(short) is None:
        return False
    words = long.split()
    return not any(w == "of" and _abbreviates(short, _norm(" ".join(words[k + 1:]))) for k, w in enumerate(words))


def merge_entity(res: _Draft, key: str, kind: Kind, name: str, names: set[str], code: str | None = None) -> None:
    old = res.entities.get(key)
    aliases = set(old.aliases) if old else set()
    aliases |= {n for n in names if n != name}
    res.entities[key] = Entity(key, kind, name, tuple(sorted(aliases - {name})), code)
