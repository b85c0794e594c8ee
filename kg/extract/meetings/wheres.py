"""Clauses of place and time: "X was in Vienna, where she met Y", "travelled to Oslo, where he is expected to
meet Y": which verb's place and day a "where" or "when" clause takes."""
from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.extract.meetings.syntax import _told_under


def marked_clause(verb: Token, marks: AbstractSet[str]) -> Token | None:
    """The clause `verb` is told in (up the verbs a meeting to come is told under) when it opens with one of
    `marks`: the parser hangs "where" on the clause's verb or on the meeting verb below it ("where she is
    expected to meet Y")."""
    clause, tok = _told_under(verb), verb
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in marks for c in tok.children):
            return clause
        if tok.i == clause.i:
            return None
        tok = tok.head


def where_host(verb: Token) -> Token | None:
    """"is in Vienna today, where she met Y": a "where" clause after a comma that the parser hung on the verb
    (an adverbial clause or a complement) is at that verb's place, and of its day (a relative one hangs on the
    place itself)."""
    clause = marked_clause(verb, {"where"})
    if clause is None or clause.dep_ not in {"advcl", "ccomp"} or clause.head.pos_ not in {"VERB", "AUX"}:
        return None
    mark = clause.doc[clause.left_edge.i]
    return clause.head if mark.lower_ == "where" and mark.i > 0 and mark.nbor(-1).text == "," else None
