"""The request guard of `kg serve`: what a request may ask, and how long and how much a client may take.

- A request names one read-only query: updates, federated SERVICE calls, wrong paths, methods, body
  types and sizes are refused with a one-line reason (`check_request`, `Refuse`).
- On a loopback address only requests for localhost, 127.0.0.1 or [::1] are answered (`host_refusal`):
  a web page whose name a DNS rebinding points at 127.0.0.1 cannot read the endpoint.
- Each client has a whole-request deadline (`Deadlines`): its request must arrive within
  `client_timeout` seconds in all, however it trickles in, and its answer must be taken within as many.
- Slow clients cannot lock others out (`Connections`): when every connection slot is taken, the one
  that has waited longest on its client (sending its request or reading its answer) is dropped to
  make room; only when all are running queries is a newcomer refused (503).
"""
from __future__ import annotations

import contextlib
import heapq
import ipaddress
import math
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.rdf.service import query_form, service_refusal

MAX_BODY_BYTES = 1 << 20
"""Largest POST body (and query) accepted."""
FORM_TYPE = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_REFUSED = "SPARQL UPDATE is refused: this endpoint is read-only"

RESULT_FORMATS = (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
                  ox.QueryResultsFormat.TSV)
GRAPH_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD,
                 ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.N3)


@dataclass(frozen=True)
class Limits:
    """What one endpoint allows (kg serve's options and their defaults)."""

    query_timeout: float = 30.0
    """Seconds a query may run; then its worker is killed and the client gets 503."""
    max_results: int = 100_000
    """Most rows of a SELECT (triples of a CONSTRUCT/DESCRIBE); more is refused with 413."""
    max_bytes: int = 64_000_000
    """Largest answer in bytes; more is refused with 413."""
    client_timeout: float = 10.0
    """Seconds a client has to send its whole request, and again to take the whole answer."""
    max_connections: int = 64
    """Client connections at once (slow ones are dropped to make room, see Connections)."""
    max_queries: int = 8
    """Queries running at once (one worker process each); more wait up to busy_wait, then 503."""
    busy_wait: float = 10.0

    def check(self) -> str | None:
        """What is wrong with these limits (one line), or None."""
        if not (self.query_timeout > 0 and math.isfinite(self.query_timeout)):
            return f"query timeout {self.query_timeout!r}: give a positive number of seconds"
        if self.max_results < 1:
            return f"result limit {self.max_results!r}: give a positive number"
        if self.max_bytes < 1024:
            return f"byte limit {self.max_bytes!r}: give at least 1024"
        if not self.client_timeout > 0 or self.max_connections < 1 or self.max_queries < 1:
            return "client timeout, connections and queries must be positive"
        return None


class Refuse(Exception):
    """Answer the request with CODE and a one-line REASON."""

    def __init__(self, code: int, reason: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.headers = headers


@dataclass(frozen=True)
class Asked:
    """A checked query request: the query, its form, the answer format, the dataset parameters."""

    query: str
    form: str
    fmt: Any  # ox.QueryResultsFormat or ox.RdfFormat
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


# --- the request ----------------------------------------------------------------------------------------

ENDPOINT_PATHS = ("/query", "/sparql")
"""Where the endpoint answers: /query, and /sparql, where most clients look for it."""


def target(path: str) -> urllib.parse.SplitResult:
    """The request target if it is /query or /sparql; else the refusal (403 for /update, 404 otherwise)."""
    try:
        url = urllib.parse.urlsplit(path)
    except ValueError:
        raise Refuse(400, "malformed request target") from None
    if url.path in ENDPOINT_PATHS:
        return url
    if url.path == "/update":
        raise Refuse(403, UPDATE_REFUSED)
    raise Refuse(404, f"nothing at {url.path[:100]!r}: the SPARQL endpoint is /query (or /sparql)")


def body_length(headers: Any) -> tuple[int, str]:
    """The Content-Length and media type of a POST, checked before its body is read."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        raise Refuse(411, "chunked request bodies are not accepted; send a Content-Length")
    lengths = headers.get_all("Content-Length") or []
    if not lengths:
        raise Refuse(411, "a POST needs a Content-Length")
    if len(set(lengths)) != 1 or not lengths[0].strip().isdigit():
        raise Refuse(400, "bad Content-Length")
    length = int(lengths[0])
    if length > MAX_BODY_BYTES:
        raise Refuse(413, f"request body of {length} bytes is over the limit of {MAX_BODY_BYTES} bytes")
    media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if media == "application/sparql-update":
        raise Refuse(403, UPDATE_REFUSED)
    if media not in (FORM_TYPE, QUERY_TYPE):
        raise Refuse(415, f"Content-Type {media or '(none)'!r} not accepted: send {FORM_TYPE} (query=...) "
                          f"or {QUERY_TYPE}")
    return length, media


def post_fields(url: urllib.parse.SplitResult, media: str, body: bytes) -> dict[str, list[str]]:
    """The parameters of a POST: the URL's, and the form body's or the query body."""
    fields = form_fields(url.query)
    if media == FORM_TYPE:
        for name, values in form_fields(text(body, "form body")).items():
            fields.setdefault(name, []).extend(values)
    else:
        if "query" in fields:
            raise Refuse(400, "a query both in the URL and in the body")
        fields["query"] = [text(body, "query")]
    return fields


def check_query(fields: dict[str, list[str]], accept: str | None) -> Asked:
    """The one read-only, local query FIELDS ask for, and the format ACCEPT takes; else Refuse."""
    if "update" in fields:
        raise Refuse(403, UPDATE_REFUSED)
    queries = fields.get("query") or []
    if not queries:
        raise Refuse(400, f"no query: send it as the 'query' parameter (GET or form POST) or as an {QUERY_TYPE} body")
    if len(queries) > 1:
        raise Refuse(400, "more than one 'query' parameter")
    query = queries[0]
    if len(query.encode("utf-8", "replace")) > MAX_BODY_BYTES:
        raise Refuse(413, f"query over the limit of {MAX_BODY_BYTES} bytes")
    graphs = {name: tuple(fields.get(name, ())) for name in ("default-graph-uri", "named-graph-uri")}
    for iri in (*graphs["default-graph-uri"], *graphs["named-graph-uri"]):
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise Refuse(400, f"graph IRI {iri[:100]!r} is not an IRI") from None
    refusal = service_refusal(query)
    if refusal is not None:
        raise Refuse(403, refusal)
    form = query_form(query)
    if form == "UPDATE":
        raise Refuse(403, UPDATE_REFUSED)
    if form is None:
        raise Refuse(400, "not a SPARQL query: expected SELECT, CONSTRUCT, DESCRIBE or ASK (after any PREFIX and BASE)")
    offers = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
    fmt = negotiate(accept, offers)
    if fmt is None:
        raise Refuse(406, f"no acceptable format for {form} results; this endpoint answers "
                          + ", ".join(f.media_type.split(";")[0] for f in offers))
    return Asked(query, form, fmt, graphs["default-graph-uri"], graphs["named-graph-uri"])


def text(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refuse(400, f"{what} is not valid UTF-8") from None


def form_fields(encoded: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(encoded, keep_blank_values=True, encoding="utf-8", errors="strict",
                                     max_num_fields=100)
    except ValueError:  # also UnicodeDecodeError
        raise Refuse(400, "malformed parameters (not UTF-8 form encoding, or over 100 fields)") from None


def negotiate(accept: str | None, offers: tuple[Any, ...]) -> Any | None:
    """The format of OFFERS (server preference first) the Accept header ranks highest; None if none fits."""
    if not accept or not accept.strip():
        return offers[0]
    ranges: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        fields = part.split(";")
        media = fields[0].strip().lower()
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
                if math.isnan(q):
                    q = 0.0
        if media:
            ranges.append((q, index, media))
    excluded = {fmt for q, _, media in ranges if q <= 0 and "*" not in media for fmt in _matching(media, offers)}
    for q, _, media in sorted(ranges, key=lambda r: (-r[0], r[1])):
        if q > 0:
            for fmt in _matching(media, offers):
                if fmt not in excluded:
                    return fmt
    return None


def _matching(media: str, offers: tuple[Any, ...]) -> list[Any]:
    if media in ("*/*", "*"):
        return list(offers)
    if media.endswith("/*"):
        return [fmt for fmt in offers if fmt.media_type.startswith(media[:-1])]
    fmt = type(offers[0]).from_media_type(media)
    return [fmt] if fmt is not None and fmt in offers else []


# --- who may ask ------------------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_refusal(host_header: str | None, listening_on: str) -> str | None:
    """Why a request with this Host header must not be answered by an endpoint on LISTENING_ON, or None.

    Only for a loopback address: there the Host must be a loopback name (a port may follow), so a page
    served from evil.example, whose name was rebound to 127.0.0.1, is refused. A request without a
    Host header (HTTP/1.0 tools) is no browser and passes."""
    if host_header is None or not is_loopback(listening_on):
        return None
    name = host_header.strip().lower()
    if name.startswith("["):
        name = name[1:name.find("]")] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":")[0]
    if name and is_loopback(name):
        return None
    return (f"Host {host_header[:100]!r} refused: this endpoint listens on loopback and answers only requests "
            "for localhost, 127.0.0.1 or [::1] (a guard against DNS rebinding)")


# --- how long and how many ------------------------------------------------------------------------------

class Deadlines:
    """One thread that cuts off every connection whose deadline has passed.

    A deadline covers a whole phase (receiving the request, or sending the answer), unlike a socket
    timeout, which a client resets with every byte it trickles. When it passes, the socket is shut
    for reading (the handler's read ends, and it can still answer 408) or for both ways."""

    def __init__(self) -> None:
        self._due: dict[socket.socket, tuple[float, int]] = {}
        self._heap: list[tuple[float, int, socket.socket]] = []
        self.expired: set[socket.socket] = set()
        self._wake = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="kg-serve-deadlines", daemon=True)
        self._thread.start()

    def set(self, sock: socket.socket, seconds: float, how: int = socket.SHUT_RD) -> None:
        with self._wake:
            due = time.monotonic() + seconds
            self._due[sock] = (due, how)
            heapq.heappush(self._heap, (due, id(sock), sock))
            self._wake.notify()

    def clear(self, sock: socket.socket) -> None:
        with self._wake:
            self._due.pop(sock, None)
            self.expired.discard(sock)

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(5)

    def _run(self) -> None:
        with self._wake:
            while not self._stopped:
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    due, _, sock = heapq.heappop(self._heap)
                    if self._due.get(sock, (None,))[0] == due:  # not cleared nor moved since
                        how = self._due.pop(sock)[1]
                        self.expired.add(sock)
                        with contextlib.suppress(OSError):
                            sock.shutdown(how)
                self._wake.wait(self._heap[0][0] - now if self._heap else None)


@dataclass
class _Conn:
    since: float
    querying: bool = False


class Connections:
    """The open client connections; admits a new one by dropping the one that has waited longest on its
    client when all `limit` slots are taken (see the module docstring)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._open: dict[socket.socket, _Conn] = {}

    def admit(self, sock: socket.socket) -> bool:
        """Take SOCK in (dropping a slow one if need be); False when every slot runs a query."""
        with self._lock:
            if len(self._open) >= self.limit:
                waiting = [(conn.since, id(s), s) for s, conn in self._open.items() if not conn.querying]
                if not waiting:
                    return False
                victim = min(waiting)[2]
                del self._open[victim]
                with contextlib.suppress(OSError):
                    victim.shutdown(socket.SHUT_RDWR)
            self._open[sock] = _Conn(time.monotonic())
            return True

    def querying(self, sock: socket.socket, running: bool) -> None:
        """Mark SOCK as running a query (not to be dropped) or as talking to its client again."""
        with self._lock:
            conn = self._open.get(sock)
            if conn is not None:
                conn.querying = running
                conn.since = time.monotonic()

    def discard(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.pop(sock, None)

    def hang_up(self) -> None:
        """Shut every open connection down, so that no request thread waits on a client."""
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
