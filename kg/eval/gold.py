"""Load dev-set gold files (one JSON object per article, see data/eval/README.md)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GoldError
from kg.records import Status

_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE_ISO = re.compile(rf"{_DATE}(/{_DATE})?")
STATUSES = frozenset(s.value for s in Status)


@dataclass(frozen=True)
class GoldEntity:
    """A person, organization or country as the gold lists it."""

    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldMeeting:
    """A meeting: canonical participant names, date, place and status."""

    participants: tuple[str, ...]
    date_iso: str | None = None
    place: str | None = None
    status: str | None = None
    evidence: str = ""


@dataclass(frozen=True)
class GoldQuote:
    """A quotation: the speaker's canonical name and the quoted words."""

    speaker: str
    quote: str
    evidence: str = ""


@dataclass(frozen=True)
class GoldDocument:
    """The gold of one article."""

    file: str
    source: str  # the gold file path, for messages
    publication_date: str | None = None
    people: tuple[GoldEntity, ...] = ()
    organizations: tuple[GoldEntity, ...] = ()
    countries: tuple[GoldEntity, ...] = ()
    meetings: tuple[GoldMeeting, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()


def load_gold(paths: Iterable[Path]) -> list[GoldDocument]:
    """Load gold files and directories of *.json files, sorted by article file name."""
    docs: dict[str, GoldDocument] = {}
    for path in _json_files(paths):
        doc = load_gold_file(path)
        if doc.file in docs:
            raise GoldError(f"{path}: article {doc.file!r} already has gold in {docs[doc.file].source}")
        docs[doc.file] = doc
    return [docs[k] for k in sorted(docs)]


def _json_files(paths: Iterable[Path]) -> list[Path]:
    """The .json files named, directories expanded (not recursively) in sorted order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if not found:
                raise GoldError(f"{path}: directory holds no .json gold files")
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            raise GoldError(f"{path}: no such file or directory")
    return out


def load_gold_file(path: Path) -> GoldDocument:
    """Parse and check one gold JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    return parse_gold(data, str(path))


def parse_gold(data: Any, source: str) -> GoldDocument:
    """Check a decoded gold object and turn it into a GoldDocument."""
    obj = _object(data, source, "top level")
    date = obj.get("publication_date")
    if date is not None and not isinstance(date, str):
        raise GoldError(f"{source}: 'publication_date' must be a string, got {date!r}")
    return GoldDocument(
        file=_string(obj, "file", source, "top level"),
        source=source,
        publication_date=date,
        people=tuple(_entity(x, source, f"people[{i}]") for i, x in _items(obj, "people", source)),
        organizations=tuple(
            _entity(x, source, f"organizations[{i}]") for i, x in _items(obj, "organizations", source)
        ),
        countries=tuple(_entity(x, source, f"countries[{i}]") for i, x in _items(obj, "countries", source)),
        meetings=tuple(_meeting(x, source, f"meetings[{i}]") for i, x in _items(obj, "meetings", source)),
        quotes=tuple(_quote(x, source, f"quotes[{i}]") for i, x in _items(obj, "quotes", source)),
    )


def _object(data: Any, source: str, where: str) -> dict[str, Any]:
    """`data` if it is a JSON object, else a GoldError."""
    if not isinstance(data, dict):
        raise GoldError(f"{source}: {where} must be a JSON object, got {type(data).__name__}")
    return data


def _items(obj: dict[str, Any], key: str, source: str) -> list[tuple[int, Any]]:
    """The enumerated elements of an optional list field."""
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise GoldError(f"{source}: '{key}' must be a list, got {type(value).__name__}")
    return list(enumerate(value))


def _string(obj: dict[str, Any], key: str, source: str, where: str) -> str:
    """A required non-empty string field."""
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{source}: {where}: '{key}' must be a non-empty string, got {value!r}")
    return value


def _optional_string(obj: dict[str, Any], key: str, source: str, where: str) -> str | None:
    """An optional string field (missing or null gives None)."""
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldError(f"{source}: {where}: '{key}' must be a string or null, got {value!r}")
    return value


def _strings(obj: dict[str, Any], key: str, source: str, where: str) -> tuple[str, ...]:
    """An optional list-of-strings field."""
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{source}: {where}: '{key}' must be a list of strings, got {value!r}")
    return tuple(value)


def _entity(data: Any, source: str, where: str) -> GoldEntity:
    """One people/organizations/countries element."""
    obj = _object(data, source, where)
    return GoldEntity(
        name=_string(obj, "name", source, where),
        aliases=_strings(obj, "aliases", source, where),
        titles=_strings(obj, "titles", source, where),
        affiliations=_strings(obj, "affiliations", source, where),
    )


def _meeting(data: Any, source: str, where: str) -> GoldMeeting:
    """One meetings element; participants >= 2, date_iso a (range of) ISO prefix, known status."""
    obj = _object(data, source, where)
    participants = _strings(obj, "participants", source, where)
    if len(participants) < 2:
        raise GoldError(f"{source}: {where}: a meeting needs at least 2 participants, got {participants!r}")
    date = _optional_string(obj, "date_iso", source, where)
    if date is not None and not DATE_ISO.fullmatch(date):
        raise GoldError(f"{source}: {where}: 'date_iso' {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or A/B")
    status = _optional_string(obj, "status", source, where)
    if status is not None and status not in STATUSES:
        raise GoldError(f"{source}: {where}: 'status' {status!r} is not one of {sorted(STATUSES)}")
    return GoldMeeting(
        participants=participants,
        date_iso=date,
        place=_optional_string(obj, "place", source, where),
        status=status,
        evidence=_optional_string(obj, "evidence", source, where) or "",
    )


def _quote(data: Any, source: str, where: str) -> GoldQuote:
    """One quotes element."""
    obj = _object(data, source, where)
    return GoldQuote(
        speaker=_string(obj, "speaker", source, where),
        quote=_string(obj, "quote", source, where),
        evidence=_optional_string(obj, "evidence", source, where) or "",
    )
