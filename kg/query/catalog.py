"""The shipped queries: `kg/query/queries/NAME.rq`, each opening with `# title:`, `# description:` and
optional `# param: NAME (required|optional) text` comment lines."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from kg.errors import UsageError

_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*\((required|optional)\)\s*(.*)$")


class UnknownQueryError(UsageError):
    """A --name that is not one of the shipped queries."""


@dataclass(frozen=True)
class Param:
    """A value a saved query can take with `--param NAME=VALUE`."""

    name: str
    required: bool
    description: str


@dataclass(frozen=True)
class SavedQuery:
    """One shipped query file and what its header says about it."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params if p.required)


def parse(name: str, text: str) -> SavedQuery:
    """A SavedQuery from the text of a .rq file; the header is the leading block of comment lines."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "param":
            p = _PARAM.match(value)
            if p:
                params.append(Param(p.group(1), p.group(2) == "required", p.group(3)))
        else:
            fields[key] = value
    return SavedQuery(name, fields.get("title", name), fields.get("description", ""), tuple(params), text)


def shipped() -> dict[str, SavedQuery]:
    """Every shipped query by name, sorted by name."""
    folder = resources.files("kg.query") / "queries"
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get(name: str) -> SavedQuery:
    """The shipped query NAME; an unknown name is an error listing the known ones."""
    queries = shipped()
    if name not in queries:
        raise UnknownQueryError(f"--name {name!r}: no such query; known queries: {', '.join(queries)}")
    return queries[name]
