"""Network files for Gephi, networkx and GDELT-style analysis: the person-to-person network (GraphML and
CSV, with weights, first and last date, meetings and articles), and the node-link JSON, which holds the
very graph of the GraphML export (same IRIs, same edges)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.exports import write_exports
from kg.rdf.export import Dataset

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
KGD = "https://w3id.org/newskg/id/"


def exported(tmp_path: Path, formats: list[str]) -> Path:
    graph = ox.NamedNode(KGD + "article/a1")
    quads = tuple(ox.Quad(t.subject, t.predicate, t.object, graph)
                  for t in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TURTLE))
    write_exports(Dataset.of([(graph.value, quads)]), tmp_path, formats)
    return tmp_path


def test_node_link_json_is_the_graphml_graph(tmp_path: Path) -> None:
    out = exported(tmp_path, ["graphml", "json"])
    graphml = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    node_link = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert set(node_link.nodes) == set(graphml.nodes)
    assert KGD + "person/donald-trump" in node_link  # IRIs, not short ids
    assert sorted((u, v, k) for u, v, k in node_link.edges(keys=True)) == \
        sorted((u, v, k) for u, v, k in graphml.edges(keys=True))
    assert node_link.nodes[KGD + "person/donald-trump"]["label"] == graphml.nodes[KGD + "person/donald-trump"]["label"]
    again = exported(tmp_path / "again", ["json"])
    assert (again / "graph.json").read_bytes() == (out / "graph.json").read_bytes()


def test_people_network(tmp_path: Path) -> None:
    out = exported(tmp_path, ["people"])
    people = nx.read_graphml(out / "people.graphml")
    assert {people.nodes[n]["label"] for n in people} == {
        "Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Mike Pompeo", "Moon Jae-in", "Sarah Sanders"}
    trump, kim, moon = (KGD + f"person/{p}" for p in ("donald-trump", "kim-jong-un", "moon-jae-in"))
    tie = people.edges[trump, kim]
    assert (tie["weight"], tie["first"], tie["last"], tie["held"], tie["articles"]) == (2, "2018-06-12", "2019-02", 1, "a1.txt")
    assert people.edges[kim, moon]["weight"] == 1 and people.degree(KGD + "person/sarah-sanders") == 0
    assert people.number_of_edges() == 4  # Trump-Kim, Trump-Moon, Kim-Moon, Kim Yong Chol-Pompeo
    edges = list(csv.DictReader(io.StringIO((out / "people_edges.csv").read_text(encoding="utf-8"))))
    assert [(r["Source"], r["Target"], r["Type"], int(r["Weight"])) for r in edges] == sorted(
        (min(u, v), max(u, v), "Undirected", d["weight"]) for u, v, d in people.edges(data=True))
    row = next(r for r in edges if {r["source_name"], r["target_name"]} == {"Donald Trump", "Kim Jong Un"})
    assert (row["first"], row["last"]) == ("2018-06-12", "2019-02") and len(row["meetings"].split(" | ")) == 2
    nodes = list(csv.DictReader(io.StringIO((out / "people_nodes.csv").read_text(encoding="utf-8"))))
    assert {r["Id"] for r in nodes} == set(people.nodes) and list(nodes[0]) == ["Id", "Label", "meetings", "articles"]
