"""Cross-document identity (kg.resolve.corpus): tables of small corpora, then the dev set as one corpus."""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
from rdflib.compare import isomorphic

from kg.eval.gold import load_gold
from kg.eval.score import normalize_name
from kg.graph import KnowledgeGraph
from kg.pipeline import BuildResult, build
from kg.rdf.mapping import to_rdf
from kg.resolve.corpus import resolve_corpus
from kg.records import (
    Article,
    ArticleFacts,
    Entity,
    Evidence,
    Kind,
    Meeting,
    Mention,
    Nationality,
    Quote,
    Status,
    TimeValue,
)

from .conftest import EVAL, dev_articles

P, O, C = Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY  # noqa: E741 (the three kinds by initial)


def key(kind: Kind, name: str) -> str:
    from kg.resolve.document import entity_key

    return entity_key(kind, name)


def facts(aid: str, *ents: tuple[Kind, str], nat: dict[str, str] | None = None,
          meetings: tuple[Meeting, ...] = (), date: str = "2019-01-18") -> ArticleFacts:
    """One article naming `ents` once each; `nat` gives person name -> country key."""
    text = " ".join(n for _, n in ents) + "."
    entities, mentions, pos = [], [], 0
    for kind, name in ents:
        k = key(kind, name)
        entities.append(Entity(k, kind, name))
        mentions.append(Mention(pos, pos + len(name), name, k))
        pos += len(name) + 1
    ev = Evidence(aid, 0, len(text), text)
    nats = tuple(Nationality(key(P, n), c, ev, 0.9) for n, c in (nat or {}).items())
    quotes = tuple(Quote(e.key, "words", 0, 1, ev, 0.9) for e in entities if e.kind is P)
    return ArticleFacts(Article(aid, text, aid, dt.date.fromisoformat(date)), tuple(entities), tuple(mentions),
                        nationalities=nats, meetings=meetings, quotes=quotes)


def node_of(res, aid: str, name: str) -> str:  # type: ignore[no-untyped-def]
    f = next(f for f in res.facts if f.article.id == aid)
    return next(m.entity for m in f.mentions if m.text == name)


def test_surname_joins_the_only_full_name_person() -> None:
    res = resolve_corpus([facts("a", (P, "Donald Trump")), facts("b", (P, "Trump"), (P, "Kim Jong Un"))])
    assert node_of(res, "b", "Trump") == "person/donald-trump"
    rec = next(m for m in res.merges if m.article == "b" and m.local == "person/trump")
    assert (rec.node, rec.rule) == ("person/donald-trump", "surname")
    b = next(f for f in res.facts if f.article.id == "b")
    assert {q.speaker for q in b.quotes} == {"person/donald-trump", "person/kim-jong-un"}


def test_a_name_shared_by_three_people_stays_apart() -> None:
    res = resolve_corpus([facts("a", (P, "Kim Jong Un"), (P, "Kim Yong Chol")), facts("b", (P, "Kim Jong Il")),
                          facts("c", (P, "Kim"))])
    nodes = {node_of(res, a, n) for a, n in (("a", "Kim Jong Un"), ("a", "Kim Yong Chol"), ("b", "Kim Jong Il"),
                                              ("c", "Kim"))}
    assert len(nodes) == 4
    kept = next(m for m in res.merges if m.local == "person/kim")
    assert kept.rule == "kept-apart" and "3 people" in kept.reason


@pytest.mark.parametrize(("names", "together"), [
    (("Donald J. Trump", "Donald Trump", "Donald John Trump"), True),
    (("Sarah Huckabee Sanders", "Sarah Sanders"), True),
    (("George W. Bush", "George H. W. Bush"), False),
    (("Kim Jong Un", "Kim Jong Il"), False),
    (("John Kerry", "Jane Kerry"), False),
    # given-name variants: a nickname from the nicknames package's table, or another transliteration
    (("William Gorsky", "Bill Gorsky"), True),
    (("Michael J. Dorn", "Mike Dorn"), True),
    (("Demetris Kallos", "Demitris Kallos"), True),
    (("Maria Lopez", "Mario Lopez"), False),
    (("Peter Halloran", "Paul Halloran"), False),
])
def test_full_name_variants(names: tuple[str, ...], together: bool) -> None:
    res = resolve_corpus([facts(f"a{i}", (P, n)) for i, n in enumerate(names)])
    nodes = {node_of(res, f"a{i}", n) for i, n in enumerate(names)}
    assert (len(nodes) == 1) is together


def test_short_form_that_fits_two_incompatible_people_stays_apart() -> None:
    res = resolve_corpus([facts("a", (P, "George W. Bush")), facts("b", (P, "George H. W. Bush")),
                          facts("c", (P, "George Bush"))])
    assert len({node_of(res, a, n) for a, n in (("a", "George W. Bush"), ("b", "George H. W. Bush"),
                                                 ("c", "George Bush"))}) == 3


def test_different_nationalities_veto_a_merge() -> None:
    res = resolve_corpus([facts("a", (P, "Ana Silva"), nat={"Ana Silva": "country/PRT"}),
                          facts("b", (P, "Silva"), nat={"Silva": "country/BRA"})])
    assert node_of(res, "b", "Silva") == "person/silva"
    assert "nationalities differ" in next(m.reason for m in res.merges if m.local == "person/silva")


def test_a_hyphenated_pair_of_surnames_is_no_full_name() -> None:
    res = resolve_corpus([facts("a", (P, "Trump-Kim")), facts("b", (P, "Kim"))])
    assert node_of(res, "b", "Kim") == "person/kim" and node_of(res, "a", "Trump-Kim") == "person/trump-kim"


def test_kinds_never_merge() -> None:
    res = resolve_corpus([facts("a", (P, "Michael Jordan")), facts("b", (C, "Jordan"))])
    assert node_of(res, "b", "Jordan") == "country/jordan"


def test_organizations_by_normalized_name_and_alias() -> None:
    un = facts("a", (O, "United Nations"))
    un = ArticleFacts(un.article, (Entity("organization/united-nations", O, "United Nations", ("U.N.",)),),
                      un.mentions)
    res = resolve_corpus([un, facts("b", (O, "The State Department"), (O, "U.N.")),
                          facts("c", (O, "State Department"))])
    assert node_of(res, "b", "U.N.") == "organization/united-nations"
    assert node_of(res, "b", "The State Department") == node_of(res, "c", "State Department")


def test_an_acronym_joins_the_full_name_the_corpus_spells_out() -> None:
    res = resolve_corpus([facts("a", (O, "Alpha Broadcasting Corporation")), facts("b", (O, "ABC")),
                          facts("c", (O, "Association of Southeast Asian Nations")), facts("d", (O, "ASEAN"))])
    assert node_of(res, "b", "ABC") == node_of(res, "a", "Alpha Broadcasting Corporation")
    assert node_of(res, "d", "ASEAN") == node_of(res, "c", "Association of Southeast Asian Nations")
    assert next(m for m in res.merges if m.local == "organization/abc").rule == "acronym"
    graph = KnowledgeGraph()
    for f in res.facts:
        graph.add(f)
    assert graph.graph.nodes[node_of(res, "b", "ABC")]["name"] == "Alpha Broadcasting Corporation"
    assert graph.graph.nodes[node_of(res, "d", "ASEAN")]["name"] == "Association of Southeast Asian Nations"


def test_an_acronym_of_two_full_names_stays_apart() -> None:
    res = resolve_corpus([facts("a", (O, "Alpha Broadcasting Corporation")), facts("b", (O, "ABC")),
                          facts("c", (O, "American Bakers Council"))])
    assert node_of(res, "b", "ABC") == "organization/abc"
    assert "several organizations" in next(m.reason for m in res.merges if m.local == "organization/abc")


@pytest.mark.parametrize(("short", "long"), [
    ("EAM", "European army"),          # not a proper name: a lower-case content word
    ("APS", "Associated Press"),       # an inner letter in a two-word name
    ("KRS", "Kyrgyz Service"),
    ("PS", "PRADHAN-SHRESTHA"),        # one word (a byline's double surname, typed a body) abbreviates nothing
])
def test_an_acronym_does_not_join_a_name_it_only_loosely_fits(short: str, long: str) -> None:
    res = resolve_corpus([facts("a", (O, long)), facts("b", (O, short))])
    assert node_of(res, "b", short) != node_of(res, "a", long)


def test_a_name_takes_the_kind_most_articles_give_it() -> None:
    articles = [facts(a, (P, "Ilse Marten")) for a in ("a", "b", "c")] + [facts("d", (Kind.PLACE, "Ilse Marten"))]
    res = resolve_corpus(articles)
    assert node_of(res, "d", "Ilse Marten") == "person/ilse-marten"
    d = next(f for f in res.facts if f.article.id == "d")
    assert [(e.key, e.kind) for e in d.entities] == [("person/ilse-marten", P)]
    assert next(m for m in res.merges if m.local == "place/ilse-marten").rule == "kind-vote"


def test_a_kind_tie_keeps_the_nodes_apart() -> None:
    res = resolve_corpus([facts("a", (P, "Torvik")), facts("b", (O, "Torvik"))])
    assert node_of(res, "a", "Torvik") != node_of(res, "b", "Torvik")


def test_result_does_not_depend_on_input_order() -> None:
    corpus = [facts("a", (P, "Donald Trump")), facts("b", (P, "Trump")), facts("c", (P, "Donald J. Trump")),
              facts("d", (P, "Kim Jong Un"), (P, "Kim")), facts("e", (O, "the White House"), (O, "White House"))]
    first = resolve_corpus(corpus)
    for seed in range(5):
        shuffled = corpus[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve_corpus(shuffled) == first


def meeting(aid: str, who: tuple[str, ...], date: str | None, status: Status = Status.HELD,
            place: str | None = None, start: int = 0) -> Meeting:
    ev = Evidence(aid, start, start + 10, "They met.")
    return Meeting(tuple(sorted(key(P, n) for n in who)), status, (ev,), 0.8, "met", "043",
                   TimeValue(date, date) if date else None, place)


def test_one_meeting_reported_by_two_articles_is_one_event() -> None:
    pair = (P, "Donald Trump"), (P, "Kim Jong Un")
    who = ("Donald Trump", "Kim Jong Un")
    corpus = [facts("a", *pair, meetings=(meeting("a", who, "2019-02", Status.PLANNED),), date="2019-01-18"),
              facts("b", *pair, meetings=(meeting("b", who, "2019-02-27", Status.HELD, "place/hanoi"),),
                    date="2019-02-28"),
              facts("c", *pair, meetings=(meeting("c", who, "2018-06-12"),), date="2018-06-13")]
    res = resolve_corpus(corpus)
    assert res.meetings["a"][0] == res.meetings["b"][0] != res.meetings["c"][0]
    kg = KnowledgeGraph()
    for f in res.facts:
        kg.add(f, res.meetings.get(f.article.id))
    node = kg.graph.nodes[res.meetings["a"][0]]
    assert (node["support"], node["status"], node["date"]) == (2, "held", "2019-02-27")
    assert [e["article"] for e in node["evidence"]] == ["a", "b"]
    assert sum(1 for m in res.merges if m.rule == "same-meeting") == 2


def test_meetings_of_one_article_or_without_dates_stay_apart() -> None:
    who = ("Salva Kiir", "Riek Machar")
    pair = (P, "Salva Kiir"), (P, "Riek Machar")
    corpus = [facts("a", *pair, meetings=(meeting("a", who, "2019-09"), meeting("a", who, "2019-09-09", start=20))),
              facts("b", *pair, meetings=(meeting("b", who, None),)),
              facts("c", *pair, meetings=(meeting("c", who, None),))]
    res = resolve_corpus(corpus)
    ids = [res.meetings["a"][0], res.meetings["a"][1], res.meetings["b"][0], res.meetings["c"][0]]
    assert len(set(ids)) == 4


# ------------------------------------------------------------------------------ the dev set as one corpus
FIRST_13 = [p for p in sorted((EVAL / "gold").glob("*.json")) if int(p.name.split("_", 1)[0]) < 50]


@pytest.mark.parametrize("subset", [
    "000-48",
    # Across all articles a bare "Bush" (two George Bushes in the corpus) stays its own node, which the
    # gold names "Bush" in one article and "George W. Bush" in another: strict, so a fix is noticed.
    pytest.param("all", marks=pytest.mark.xfail(strict=True, reason="a bare surname shared by two people")),
])
def test_dev_set_one_node_per_gold_entity(dev_build: BuildResult, subset: str) -> None:
    """Every gold person/org/country in several articles is one node, and no node is two gold entities."""
    g = dev_build.graph.graph
    gold_to_nodes: dict[tuple[str, str], set[str]] = defaultdict(set)
    node_to_gold: dict[str, set[str]] = defaultdict(set)
    kinds = {"people": "Person", "organizations": "Organization", "countries": "Country"}
    for doc in load_gold(FIRST_13 if subset == "000-48" else [EVAL / "gold"]):
        aid = next(n for n, d in g.nodes(data=True) if d.get("identifier") == doc.file)
        local = [t for _, t, e in g.out_edges(aid, data=True) if e["type"] == "mention"]
        for field, kind in kinds.items():
            for ent in getattr(doc, field):
                forms = {normalize_name(x) for x in (ent.name, *ent.aliases)}
                for node in set(local):
                    d = g.nodes[node]
                    if d["kind"] == kind and normalize_name(d["name"]) in forms:
                        gold_to_nodes[(kind, ent.name)].add(node)
                        node_to_gold[node].add(ent.name)
    assert all(len(nodes) == 1 for nodes in gold_to_nodes.values()), \
        {k: v for k, v in gold_to_nodes.items() if len(v) > 1}
    assert all(len(names) == 1 for names in node_to_gold.values()), \
        {k: v for k, v in node_to_gold.items() if len(v) > 1}


def test_dev_set_as_one_corpus_has_one_kind_per_name_and_no_acronym_for_a_spelled_out_name(
        dev_build: BuildResult) -> None:
    """Issue 14's corpus acceptance: no name is a node of two kinds (a statesman a place in one article, a
    person in another), and no organization keeps an acronym as its schema:name where the corpus spells out
    the full name. Nodes the articles mention are judged (a meeting's location node named after a body, "the
    State Department" as the building, is a Place by the contract and has no mention of its own)."""
    from kg.resolve.names import acronym_letters, fits_acronym

    g = dev_build.graph.graph
    mentioned = {t for _, t, e in g.edges(data=True) if e["type"] == "mention"}
    kinds_of: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, set[str]] = defaultdict(set)
    for node in mentioned:
        d = g.nodes[node]
        if d.get("kind") in {"Person", "Organization", "Country", "Place"}:
            kinds_of[normalize_name(d["name"])].add(d["kind"])
            names_of[d["kind"]].add(d["name"])
    assert len(kinds_of) > 100, len(kinds_of)  # the 33 articles name a few hundred things
    assert not {n: k for n, k in kinds_of.items() if len(k) > 1}
    acronyms = {(kind, a, f) for kind, names in names_of.items() for a in names if acronym_letters(a)
                for f in names if f != a and fits_acronym(a, f)}
    assert not acronyms


def test_dev_set_in_another_order_gives_the_same_graph(dev_build: BuildResult) -> None:
    again = build(list(reversed(dev_articles())))
    assert sorted(again.graph.graph.nodes) == sorted(dev_build.graph.graph.nodes)
    assert isomorphic(to_rdf(again.graph.graph), to_rdf(dev_build.graph.graph))
    assert again.merges == dev_build.merges


def test_nickname_table_is_the_scripts_output() -> None:
    """kg/data/names/nicknames.tsv is exactly what scripts/make_nicknames.py derives from the package."""
    import importlib.util

    from kg.resolve.names import NICKNAMES, same_given_name

    root = EVAL.parents[1]
    spec = importlib.util.spec_from_file_location("make_nicknames", root / "scripts" / "make_nicknames.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render() == NICKNAMES.read_text(encoding="utf-8")
    assert same_given_name("william", "bill") and same_given_name("mike", "michael")
    assert not same_given_name("peter", "paul")
