"""Two corpus-wide identity rules beside the name rules of corpus.py.

* acronym: an organization named by an acronym ("ASEAN") joins the only organization of the corpus
  whose full name it abbreviates ("Association of Southeast Asian Nations"); the full form then
  names the node (the graph keeps the fullest name).
* kind vote: one name typed differently in different articles (a person in three, a place in one)
  becomes one node of the kind most articles give it. A tie keeps the nodes apart. Countries are
  left out: their type comes from the gazetteer, not from the tagger.
"""
from __future__ import annotations

from collections import defaultdict

from kg.resolve.clusters import Clusters, canonical, org_key
from kg.resolve.names import acronym_letters, fits_acronym
from kg.records import Kind

VOTING = (Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE)


def join_acronyms(cl: Clusters) -> None:
    orgs = sorted(k for k, n in cl.nodes.items() if n.kind is Kind.ORGANIZATION)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for k in orgs:
        for name in sorted(cl.nodes[k].names):
            if acronym_letters(name) is None and name[:1].isupper():
                by_initial[name[0].upper()].append(k)
                break
    for k in orgs:
        node = cl.nodes[k]
        letters = acronym_letters(node.best_name)
        if letters is None:
            continue
        fits = sorted({cl.find(other) for other in by_initial.get(letters[0], [])
                       if any(fits_acronym(node.best_name, name) for name in cl.nodes[other].names)}
                      - {cl.find(k)})
        full = [cl.nodes[canonical(cl.nodes, cl.members(root))].best_name for root in fits]
        if len(fits) == 1:
            cl.join(k, fits[0], "acronym", f"{node.best_name!r} is the acronym of {full[0]!r}, "
                                           f"the only organization of the corpus it abbreviates")
        elif fits:
            cl.kept[k] = f"{node.best_name!r} abbreviates several organizations: {', '.join(sorted(full))}"


def vote_kinds(cl: Clusters) -> None:
    blocks: dict[str, list[str]] = defaultdict(list)
    for k, node in sorted(cl.nodes.items()):
        if node.kind in VOTING:
            for name in sorted(node.names):
                blocks[org_key(name)].append(k)
    for name, block in sorted(blocks.items()):
        articles: dict[Kind, set[str]] = defaultdict(set)
        roots: dict[Kind, set[str]] = defaultdict(set)
        for k in block:
            node = cl.nodes[k]
            articles[node.kind] |= node.articles
            roots[node.kind].add(cl.find(k))
        if len(articles) < 2 or not name:
            continue
        ranked = sorted(articles, key=lambda kind: (-len(articles[kind]), kind.value))
        top, second = ranked[0], ranked[1]
        counts = ", ".join(f"a {kind.value} in {len(articles[kind])}" for kind in ranked)
        if len(articles[top]) == len(articles[second]) or len(roots[top]) != 1:
            for k in block:
                if cl.nodes[k].kind is not top or len(roots[top]) != 1:
                    cl.kept.setdefault(k, f"{name!r} is {counts} articles: no kind has most, kept apart")
            continue
        (target,) = roots[top]
        for k in block:
            if cl.nodes[k].kind is top:
                continue
            if top is Kind.PLACE and cl.nodes[k].kind is Kind.ORGANIZATION and len(articles[Kind.ORGANIZATION]) > 1:
                # a seat of power several articles name for the office ("the White House said"): a body there,
                # a building where others meet in it
                cl.kept.setdefault(k, f"{name!r} acts as a body in {len(articles[Kind.ORGANIZATION])} articles: "
                                      f"kept a body there")
            elif cl.nodes[k].articles & articles[top]:  # the article itself tells the two apart
                cl.kept.setdefault(k, f"{name!r} names a {top.value} and a {cl.nodes[k].kind.value} "
                                      f"in one article: kept apart")
            else:
                cl.join(k, target, "kind-vote", f"{cl.nodes[k].best_name!r} is {counts} articles: "
                                                    f"one node, of the kind most articles give it")
