"""Issue 2 acceptance on the seed article: the people, countries and non-organizations it must give."""
from __future__ import annotations

from kg.pipeline import BuildResult

GOLD_PEOPLE = {"Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Sarah Sanders", "Mike Pompeo", "Scott Snyder",
               "Antonio Guterres", "Margaret Besheer"}


def nodes(result: BuildResult, kind: str) -> dict[str, dict]:
    g = result.graph.graph
    return {n: g.nodes[n] for n in result.graph.nodes_of(kind)}


def test_exactly_the_eight_people_under_full_names(seed_build: BuildResult) -> None:
    names = [d["name"] for d in nodes(seed_build, "Person").values()]
    assert sorted(names) == sorted(GOLD_PEOPLE)  # also: no duplicate node for anyone


def test_the_two_kims_stay_apart(seed_build: BuildResult) -> None:
    people = nodes(seed_build, "Person")
    assert "person/kim-jong-un" in people and "person/kim-yong-chol" in people
    assert "Kim" not in people["person/kim-yong-chol"]["aliases"]


def test_short_forms_join_full_names(seed_build: BuildResult) -> None:
    people = nodes(seed_build, "Person")
    assert "Trump" in people["person/donald-trump"]["aliases"]
    assert "Sanders" in people["person/sarah-sanders"]["aliases"]


def test_trump_press_state_are_not_organizations(seed_build: BuildResult) -> None:
    orgs = nodes(seed_build, "Organization").values()
    names = {d["name"] for d in orgs} | {a for d in orgs for a in d["aliases"]}
    assert not names & {"Trump", "Press", "State", "Trump-Kim"}
    assert {"White House", "United Nations"} <= {d["name"] for d in orgs}


def test_countries_carry_their_forms(seed_build: BuildResult) -> None:
    countries = nodes(seed_build, "Country")
    usa, prk = countries["country/USA"], countries["country/PRK"]
    assert usa["name"] == "United States" and prk["name"] == "North Korea"
    assert {"U.S.", "Washington"} <= set(usa["aliases"])
    assert {"Pyongyang", "Democratic People’s Republic of Korea"} <= set(prk["aliases"])
    assert all(d.get("kind") == "Country" for d in countries.values())


def test_a_washington_hotel_is_a_place_not_the_state(seed_build: BuildResult) -> None:
    g = seed_build.graph.graph
    text = g.nodes["article/000_d30bdd079e06602b.txt"]["text"]
    at = text.index("a Washington hotel") + 2
    targets = [t for _, t, e in g.edges(data=True) if e.get("type") == "mention" and e["start"] == at]
    assert targets == ["place/washington"]
    demand = text.index("Washington’s demand")
    assert [t for _, t, e in g.edges(data=True) if e.get("type") == "mention" and e["start"] == demand] == [
        "country/USA"]


def test_every_mention_points_at_its_characters(seed_build: BuildResult) -> None:
    g = seed_build.graph.graph
    text = g.nodes["article/000_d30bdd079e06602b.txt"]["text"]
    mentions = [e for _, _, e in g.edges(data=True) if e.get("type") == "mention"]
    assert len(mentions) > 40
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_the_president_joins_the_one_president(seed_build: BuildResult) -> None:
    trump = seed_build.graph.graph.nodes["person/donald-trump"]
    assert "the president" in trump["aliases"]
