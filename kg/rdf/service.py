"""What a SPARQL text may do, read without parsing it: does it call a remote SERVICE, which form is it.

Both `kg query` (which refuses SERVICE unless --allow-service) and `kg serve` (which always refuses it)
check a query with `service_refusal` before pyoxigraph sees it: pyoxigraph would otherwise open the
outbound HTTP connection itself, and wait on an endpoint that never answers.
"""
from __future__ import annotations

import re

SERVICE_REFUSED = "federated queries (SERVICE) are refused: this endpoint never makes outbound requests"
"""The default reason (the endpoint's wording; `kg query` gives its own)."""
_IRI = re.compile(r"""<[^<>"{}|^`\\\x00-\x20]*>""")
_EOL = re.compile(r"[\r\n]")
_PLAIN = re.compile(r"""[^"'#<(){}\[\]sS]+""")  # runs with nothing the scanner must look at
_NAME_CHAR = re.compile(r"[\w\u00b7.:%\\-]")
_VAR_NAME = re.compile(r"[\w\u00b7]*")
_LANG_TAG = re.compile(r"[A-Za-z0-9-]*")
_NOT_OPERAND = frozenset("({[,;=!&|+*/^<>.")  # after these a '<' opens an IRI, never a comparison
_SCAN_BUDGET = 20  # characters stepped per query character (the scan branches at ambiguous '<')
_MAX_NESTING = 256
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def service_refusal(query: str, refused: str = SERVICE_REFUSED) -> str | None:
    """Why QUERY must not run because it may call a remote SERVICE (one line: REFUSED, or why it could
    not be checked), or None.

    Conservative by design: SERVICE is refused wherever Oxigraph could read it as the keyword, which
    (measured: its parser needs no word boundary) includes `trueSERVICE<...>`, `12SERVICE<...>`,
    `SERVICEex:x` and `service::x`. Allowed are strings, IRIs, comments, variable names (?service),
    language tags and the local part of prefixed names (schema:serviceType). '<' is ambiguous (IRI or
    less-than), so inside parentheses after an operand both readings are scanned. \\u escapes are
    scanned both kept and decoded.
    """
    texts = [query]
    if _UNICODE_ESCAPE.search(query):
        texts.append(_UNICODE_ESCAPE.sub(_unescape, query))
    for text in texts:
        found = _scan_for_service(text, refused)
        if found:
            return found
    return None


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()


def _scan_for_service(text: str, refused: str) -> str | None:
    n = len(text)
    budget = _SCAN_BUDGET * n + 1000
    todo: list[tuple[int, tuple[str, ...], bool]] = [(0, (), False)]
    seen: set[tuple[int, tuple[str, ...], bool]] = set()
    forks: set[tuple[int, tuple[str, ...], bool]] = set()
    while todo:
        state = todo.pop()
        if state in seen:
            continue
        seen.add(state)
        pos, stack, operand = state
        while pos < n:
            budget -= 1
            if budget < 0:
                return "query too intricate to check for SERVICE calls; simplify it"
            char = text[pos]
            if char in "sS":
                if text[pos:pos + 7].lower() == "service" and not _embedded(text, pos):
                    return refused
                pos += 1
                operand = True
            elif char in "\"'":
                pos = _string_end(text, pos)
                operand = True
            elif char == "#":
                eol = _EOL.search(text, pos)
                pos = eol.end() if eol else n
            elif char == "<":
                iri = _IRI.match(text, pos)
                if iri is None:
                    pos += 1
                    operand = False
                    continue
                if operand and stack and stack[-1] == "(":  # maybe `?a <?b) ... #>`: scan it as code too
                    if (pos, stack, operand) in forks:
                        break  # another reading got here in the same state and goes on from here
                    forks.add((pos, stack, operand))
                    todo.append((pos + 1, stack, False))
                pos = iri.end()
                operand = True
            elif char in "({[":
                if len(stack) >= _MAX_NESTING:
                    return "query nested too deeply to check for SERVICE calls"
                stack = (*stack, char)
                pos += 1
                operand = False
            elif char in ")}]":
                stack = stack[:-1]
                pos += 1
                operand = char != "}"
            else:
                run = _PLAIN.match(text, pos)
                assert run is not None
                last = run.group().rstrip()
                if last:
                    operand = last[-1] not in _NOT_OPERAND
                pos = run.end()
    return None


def _string_end(text: str, pos: int) -> int:
    """Index just after the string literal opening at POS (the end of TEXT if it never closes)."""
    quote = text[pos]
    long = text.startswith(quote * 3, pos)
    close = quote * 3 if long else quote
    i = pos + len(close)
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 2
        elif text.startswith(close, i):
            return i + len(close)
        elif not long and char in "\r\n":  # a short string cannot span lines: read on as code
            return i
        else:
            i += 1
    return n


def _embedded(text: str, pos: int) -> bool:
    """True if the word at POS is inside a variable name, a language tag or a prefixed name's local part."""
    start = pos
    while start > 0 and _NAME_CHAR.match(text[start - 1]):
        start -= 1
    run = text[start:pos]
    before = text[start - 1] if start > 0 else ""
    if before in ("?", "$") and _VAR_NAME.fullmatch(run):
        return True
    if before == "@" and _LANG_TAG.fullmatch(run):
        return True
    if ":" in run and "\\" not in run:
        return "." not in run[run.index(":"):]
    return False


QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_PROLOGUE = re.compile(r"""\s+|#[^\r\n]*|<[^<>"{}|^`\\\x00-\x20]*>|(?i:prefix|base)|[^\s:<>#(){}"']*:""")
_WORD = re.compile(r"[A-Za-z]+")


def query_form(query: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK; "UPDATE" for an update operation; None if neither."""
    pos = 0
    while (skip := _PROLOGUE.match(query, pos)) is not None and skip.end() > pos:
        pos = skip.end()
    word = _WORD.match(query, pos)
    if word is None:
        return None
    upper = word.group().upper()
    for form in QUERY_FORMS:
        if upper.startswith(form):
            return form
    if upper.startswith(UPDATE_WORDS):
        return "UPDATE"
    return None

