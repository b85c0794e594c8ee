"""Union of per-document entity keys into corpus nodes: the nodes, the union-find, name helpers."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.resolve.names import same_given_name, transliterated
from kg.records import ArticleFacts, Kind

_WORD = re.compile(r"[a-z0-9]+")
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def tokens(name: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a name; dots vanish ("U.N." -> "un"), hyphens split ("Ki-moon")."""
    return tuple(_WORD.findall(fold(name).lower().replace(".", "").replace("'s ", " ")))


def org_key(name: str) -> str:
    """The normalized name of an organization or place: no leading article, no dots, no case."""
    words = tokens(name)
    if words[:1] == ("the",):
        words = words[1:]
    return " ".join(words)


def _middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(a, b))


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names (as tokens) that can name one person: same last name, same first name or a
    nickname of it ("Bill"/"William") or another spelling of it, middle names compatible."""
    return (len(a) >= 2 and len(b) >= 2 and (same_given_name(a[0], b[0]) or transliterated(a[0], b[0])) and a[-1] == b[-1]
            and _middles_compatible(a[1:-1], b[1:-1]))


@dataclass
class Node:
    """Everything the corpus says about one per-document key (same key = same node already)."""

    key: str
    kind: Kind
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)

    @property
    def best_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n), n))

    @property
    def words(self) -> tuple[str, ...]:
        return tokens(self.best_name)


def collect(facts: Iterable[ArticleFacts]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for f in facts:
        for e in f.entities:
            node = nodes.setdefault(e.key, Node(e.key, e.kind))
            node.names.add(e.name)
            node.aliases.update(e.aliases)
            node.articles.add(f.article.id)
        for nat in f.nationalities:
            if nat.person in nodes:
                nodes[nat.person].nationalities.add(nat.country)
    return nodes


class Clusters:
    """Union of per-document keys into corpus nodes, with the reason of each join."""

    def __init__(self, nodes: Mapping[str, Node]) -> None:
        self.nodes = nodes
        self.parent: dict[str, str] = {k: k for k in nodes}
        self.groups: dict[str, list[str]] = {k: [k] for k in nodes}  # root -> members
        self.nats: dict[str, set[str]] = {k: set(n.nationalities) for k, n in nodes.items()}  # root -> countries
        self.rule: dict[str, tuple[str, str]] = {}  # key -> (rule, reason) for keys joined to another
        self.kept: dict[str, str] = {}  # key -> reason it was kept apart

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self, key: str) -> list[str]:
        return self.groups[self.find(key)]

    def join(self, key: str, into: str, rule: str, reason: str) -> bool:
        a, b = self.find(key), self.find(into)
        if a == b:
            return True
        na, nb = self.nats[a], self.nats[b]
        if na and nb and not na & nb:
            self.kept[key] = (f"not joined to {self.nodes[into].best_name!r}: nationalities differ "
                              f"({', '.join(sorted(na))} vs {', '.join(sorted(nb))})")
            return False
        self.parent[a] = b
        self.groups[b].extend(self.groups.pop(a))
        self.nats[b] |= self.nats.pop(a)
        self.rule.setdefault(key, (rule, reason))
        return True


def canonical(nodes: Mapping[str, Node], members: list[str]) -> str:
    """The key a cluster keeps: the one most articles use, then the fullest non-acronym name, then the first."""
    def score(k: str) -> tuple[int, int, int, int, str]:
        n = nodes[k]
        name = n.best_name
        return (len(n.articles), not ACRONYM.match(name.replace(" ", "")), len(tokens(name)), len(name),
                "".join(chr(0x10FFFF - ord(c)) for c in k))  # ties: smallest key wins
    return max(members, key=score)


_KINDS = {kind.value.lower(): kind for kind in Kind}


def kind_of(key: str) -> Kind | None:
    """The kind an entity key was minted for ("person/..." -> Person; kg.ids.entity_key)."""
    return _KINDS.get(key.split("/", 1)[0])
