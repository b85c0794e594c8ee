"""One decision of the corpus resolution: a line of DIR/merges.jsonl."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Merge:
    """One decision of the corpus resolution, one line of DIR/merges.jsonl."""

    kind: str  # Person, Organization, Place, Country, Meeting
    article: str  # article identifier
    local: str  # the key the article's own resolution gave
    node: str  # the key of the corpus node it became (== local when kept)
    name: str  # the local name
    rule: str  # same-key, name-variant, surname, alias, normalized-name, joined, same-meeting, kept-apart
    reason: str  # a sentence saying why

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "article": self.article, "local": self.local, "node": self.node,
                "name": self.name, "rule": self.rule, "reason": self.reason}
