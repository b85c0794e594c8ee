"""Derive the entity-noun tables (kg/data/nlp/entity_nouns.toml) from WordNet 3.0.

    apt-get install wordnet-base        # WordNet 3.0's database under /usr/share/wordnet
    python scripts/make_entity_nouns.py [WORDNET_DIR]

Four tables, each the words of every noun synset under some seed synsets (hyponyms, transitively):
- `place_nouns`: buildings, places of worship, towns, villages, districts, suburbs, streets, islands and
  military bases, lower-case single words ("the al-Aqsa mosque", "the temple of Preah Vihear", "the city of Goma": the name is a place);
- `religions`: capitalised names of religions ("Islam's holiest city": no organization);
- `event_nouns`: festivals, fairs, expositions, tournaments and championships, lower-case single words
  ("the Winter Carnival of Magic", "the Northern Arena Esports Championship": an event, no body), with
  the few heads of event names that WordNet files elsewhere (EVENT_EXTRAS);
- `occupation_nouns`: artists, performers, athletes, scientists, writers, professionals, lower-case
  single words whose first (most frequent) sense is such a person ("fashion designer Halston",
  "athletes Vitas Gerulaitis": the name after one is a person's), less words that also name firms or
  things before a name (NOT_OCCUPATIONS) and the "-maker" words ("carmaker", "steelmaker").
The runtime reads only the resulting file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.io import write_atomic

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "nlp" / "entity_nouns.toml"
# seed synsets (data.noun offsets) and what they are
PLACE_SEEDS = {"02913152": "building", "08626283": "municipality", "08491826": "administrative_district",
               "03763133": "military_installation", "08672562": "settlement", "08553535": "residential_district",
               "04426618": "thoroughfare", "09316454": "island"}
RELIGION_SEEDS = {"05946687": "religion (belief)", "08081668": "religion (institution)"}
EVENT_SEEDS = {"00517728": "festival", "00519333": "fair", "08407619": "exposition", "00428000": "festivity",
               "07464725": "tournament", "07457834": "championship", "15250312": "jubilee"}
# words of the festivity tree that name no event in a title ("the Riot Squad", "Tear Fund", "Bust magazine")
NOT_EVENTS = {"agon", "bender", "binge", "blowout", "bout", "bust", "carousal", "carouse", "conviviality", "debauch",
              "debauchery", "hijinks", "jinks", "jollification", "merrymaking", "orgy", "revel", "revelry", "riot",
              "tear", "toot", "whoopee", "production", "peepshow", "sheepshearing"}
# heads of event names that WordNet files under other senses: "the World Cup" (a trophy), "the Commonwealth
# Games" (plural of game), "the Paralympics" (not in WordNet 3.0)
OCCUPATION_SEEDS = {"09614315": "creator", "09616922": "entertainer", "09820263": "athlete",
                    "10560637": "scientist", "10480253": "professional", "10210648": "designer", "09621545": "intellectual",
                    "10794014": "writer", "09889691": "campaigner", "10315837": "activist"}
NOT_OCCUPATIONS = {"developer", "producer", "brewer", "distiller", "grower", "breeder", "extra", "heavy", "tackle",
                   "forward", "master", "reader", "pioneer", "spoiler", "pro", "synthesizer", "synthesiser",
                   "decoder", "divider", "classifier", "planter", "outfitter", "patentee", "cummings", "gazetteer",
                   "organizer", "organiser", "spinner", "stepper", "swinger", "slammer", "snapper", "shrink", "sage",
                   "oracle", "quack", "wag", "zany", "mime", "headliner", "heartthrob", "solver", "predictor",
                   "proposer", "suggester", "specifier", "tailor", "striker", "hummer", "muller", "peeler", "shaper",
                   "tumbler", "vet", "veterinary", "yuppie", "genius", "prodigy", "geek"}
EVENT_EXTRAS = {"cup", "games", "olympics", "paralympics", "expo", "fest", "jubilee"}
# nouns of those trees that also name a body in news ("the Hamas headquarters said", "the ministry's office")
NOT_PLACES = {"headquarters", "office", "offices", "house", "court", "chamber", "library", "bank", "exchange",
              "school", "college", "university", "hospital", "prison", "embassy", "consulate", "legation",
              "department", "ministry", "club", "institution", "center", "centre", "commonwealth", "country",
              "hall", "establishment", "organization", "organisation", "agency", "station", "market", "mission",
              # places a body owns or runs ("the NATO base", "the Acme booth", "the garrison of the Legion")
              "base", "camp", "booth", "stall", "stand", "kiosk", "garrison", "pavilion", "tent", "store", "shop",
              "factory", "plant", "warehouse", "outpost", "facility", "compound", "depot", "post", "installation",
              # a body or a surname as often as a place ("the Jewish community of X", "Warren", "Mews")
              "community", "addition", "warren", "artery", "impasse", "mews"}
# place nouns WordNet files under senses of nearness ("neighborhood": "vicinity") or of ways ("road")
PLACE_EXTRAS = {"neighborhood", "neighbourhood", "road"}


def first_senses(wordnet: Path) -> dict[str, str]:
    """Each noun lemma -> the offset of its first (most frequent) sense, from index.noun."""
    first: dict[str, str] = {}
    with open(wordnet / "index.noun", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            first[fields[0]] = fields[4 + pointers + 2]
    return first


def below(synsets: dict[str, tuple[list[str], list[str]]], seeds: dict[str, str]) -> set[str]:
    """The offsets of the seed synsets and of all synsets below them."""
    seen, todo = set(), list(seeds)
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(synsets[offset][1])
    return seen


def read_nouns(wordnet: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Every noun synset: offset -> (words, hyponym offsets)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    with open(wordnet / "data.noun", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split("|", 1)[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            n = 4 + 2 * count
            pointers = int(fields[n])
            hyponyms = [fields[n + 2 + 4 * i] for i in range(pointers) if fields[n + 1 + 4 * i] in {"~", "~i"}]
            synsets[fields[0]] = (words, hyponyms)
    return synsets


def closure(synsets: dict[str, tuple[list[str], list[str]]], seeds: dict[str, str]) -> set[str]:
    """The words of the seed synsets and of all synsets below them."""
    seen, todo, words = set(), list(seeds), set()
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        members, hyponyms = synsets[offset]
        words.update(w.split("(")[0] for w in members)
        todo.extend(hyponyms)
    return words


def render(wordnet: Path) -> str:
    synsets = read_nouns(wordnet)
    for offset in (*PLACE_SEEDS, *RELIGION_SEEDS, *EVENT_SEEDS, *OCCUPATION_SEEDS):
        if offset not in synsets:
            raise SystemExit(f"{wordnet / 'data.noun'}: no synset at offset {offset}; WordNet 3.0 expected")
    places = sorted({w for w in closure(synsets, PLACE_SEEDS)
                    if w.isalpha() and w.islower() and w not in NOT_PLACES} | PLACE_EXTRAS)
    religions = sorted(w for w in closure(synsets, RELIGION_SEEDS) if w.isalpha() and w[:1].isupper())
    events = sorted({w for w in closure(synsets, EVENT_SEEDS) if w.isalpha() and w.islower()} - NOT_EVENTS
                    | EVENT_EXTRAS)
    first, people = first_senses(wordnet), below(synsets, OCCUPATION_SEEDS)
    occupations = sorted(w for w in closure(synsets, OCCUPATION_SEEDS) if w.isalpha() and w.islower()
                         and first.get(w) in people and not w.endswith("maker") and w not in NOT_OCCUPATIONS)

    def table(name: str, words: list[str], why: str) -> str:
        body = ",\n".join(f'    "{w}"' for w in words)
        return f"# {why}\n{name} = [\n{body},\n]\n"

    head = ("# Generated by scripts/make_entity_nouns.py from WordNet 3.0 (do not edit by hand).\n"
            f"# place_nouns: hyponyms of {', '.join(PLACE_SEEDS.values())}, minus {sorted(NOT_PLACES)}, plus "
            f"{sorted(PLACE_EXTRAS)}.\n"
            f"# religions: capitalised hyponyms of {', '.join(RELIGION_SEEDS.values())}.\n"
            f"# event_nouns: hyponyms of {', '.join(EVENT_SEEDS.values())}, minus {sorted(NOT_EVENTS)}, plus "
            f"{sorted(EVENT_EXTRAS)}.\n"
            f"# occupation_nouns: first senses under {', '.join(OCCUPATION_SEEDS.values())}, minus '-maker' "
            f"words and {sorted(NOT_OCCUPATIONS)}.\n\n")
    return head + table("place_nouns", places, "a name beside one of these nouns is a place") + "\n" + table(
        "religions", religions, "names of religions: no organization, person or place") + "\n" + table(
        "event_nouns", events, "a name headed by one of these nouns is an event") + "\n" + table(
        "occupation_nouns", occupations, "a name right after one of these nouns is a person's")


def main() -> None:
    wordnet = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    write_atomic(OUT, render(wordnet))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
