"""Word lists of news English that no package ships: titles, honorifics, department words.

These are closed classes of the language of news (how posts are named), not lists of entities; the
words themselves are in kg/data/nlp/*.toml, read once.
"""
from __future__ import annotations

import csv
from functools import cache

from kg.data import ROOT, tables
from kg.errors import KGError


def words(name: str) -> dict[str, list[str]]:
    """The word tables of kg/data/nlp/NAME.toml."""
    return tables(f"nlp/{name}")


_W = words("lexicon")

# Head nouns of titles and roles, lower-case. Multi-word titles are built around them.
TITLE_HEADS = frozenset(_W["title_heads"])

# Modifiers that turn a head into a longer title ("Press Secretary", "Foreign Minister").
# NER often tags them as organizations ("Press", "State"); inside a title they are not names.
TITLE_MODIFIERS = frozenset(_W["title_modifiers"])

# The words of a portfolio after "Minister of" ("Energy", "Mines and Petroleum"): the title modifiers and more fields.
PORTFOLIO_WORDS = TITLE_MODIFIERS | frozenset(_W["portfolio_fields"])
PORTFOLIO_PREPS, PORTFOLIO_JOINERS = frozenset(_W["portfolio_preps"]), frozenset(_W["portfolio_joiners"])

# Words before a name that are not part of it.
PERSONAL_COURTESY = frozenset(_W["personal_courtesy"])
HONORIFICS = frozenset(_W["honorifics"]) | PERSONAL_COURTESY

# Title abbreviations the tokenizer is to keep whole ("Hon.", "Rt.", "Lt.").
TITLE_ABBREVIATIONS = tuple(_W["title_abbreviations"])

# Hyphenated words the tokenizer is to keep whole ("co-chaired").
WHOLE_WORDS = tuple(_W["whole_words"])

# Given names written abbreviated before the rest of a name ("Ma. Lourdes Reyes", "Md. Rafiqul Islam").
GIVEN_NAME_ABBREVIATIONS = frozenset(_W["given_name_abbreviations"])

# Heads of names of buildings and rooms: such ORG-tagged names are places ("the Oval Office").
PLACE_HEADS = frozenset(_W["place_heads"])

# Prepositions after which a capital city is the place, not the state ("in Pyongyang").
LOCATIVE_PREPOSITIONS = frozenset(_W["locative_prepositions"])

# Lower-case heads that make "<name or nationality> + head" an organization:
# "the Bush administration", "the Obama transition team", "the North Korean foreign ministry".
ORG_HEADS = frozenset(_W["org_heads"])

# Lower-case class nouns that, set before or beside a name, tell its type: "retailer Best Buy",
# "German magazine Der Spiegel", "Ryanair, the Irish airline". Organizations first, then products.
ORG_CLASS_NOUNS = frozenset(_W["org_class_nouns"])
PRODUCT_CLASS_NOUNS = frozenset(_W["product_class_nouns"])
# Last words of names of laws, treaties, licences and studies ("the Clean Air Act"): no entity.
WORK_HEADS = frozenset(_W["work_heads"])

# Heads of names of events: "the Geneva Motor Show", "the Frankfurt Book Fair".
EVENT_HEADS = frozenset(_W["event_heads"])
# Heads of names that are events when held or dated, and bodies otherwise ("the annual Build Conference"
# vs "the Southern Christian Leadership Conference").
MEETING_HEADS = frozenset(_W["meeting_heads"])

# Nouns after "A-B" that make A and B two parties ("the Obama-Castro meeting", "the Trump-Kim summit").
PAIR_EVENT_NOUNS = frozenset(_W["pair_event_nouns"])

# Parts of the world that join in names ("Asia-Pacific", "Euro-Atlantic"): no country, no people.
REGION_WORDS = frozenset(_W["region_words"])

# Verbs of business and law whose subject is a company, never a place: "Acer sues Asus".
BUSINESS_VERBS = frozenset(_W["business_verbs"])

# Corporate titles between an organization and its officer's name: "Ryanair CEO Michael O'Leary".
CORPORATE_TITLES = frozenset(_W["corporate_titles"])

# Words that make a name a stock-market index, not a body: "the Hang Seng index", "FTSE 100 Index".
INDEX_WORDS = frozenset(_W["index_words"])

# Capitalised heads of names of bodies: "the Workers' Party", "Boeing's Launch Systems" stay one name.
BODY_WORDS = frozenset(_W["body_words"])

COMMON_NOUNS = ROOT / "nlp" / "common_nouns.tsv"


@cache
def common_nouns() -> dict[str, str]:
    """Single-word nouns WordNet writes only in lower case -> the lexicographer file of their first sense
    ("dashboard" -> "artifact", "baker" -> "person"): kg/data/nlp/common_nouns.tsv, made by
    scripts/make_common_nouns.py, read once. A capitalised "name" made of them may be no name."""
    lines = [line for line in COMMON_NOUNS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        noun, lexfile = row.get("noun"), row.get("lexfile")
        if not noun or not lexfile:
            raise KGError(f"{COMMON_NOUNS}: bad line {row!r}; valid: noun<TAB>lexfile")
        table[noun] = lexfile
    return table
