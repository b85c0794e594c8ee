"""A read-only SPARQL 1.1 Protocol endpoint over a graph: the `oxigraph` CLI behind a guarding front.

    with Endpoint("exports/graph.ttl", port=0) as endpoint:   # port 0: any free port
        print(endpoint.url)                                   # http://127.0.0.1:PORT/query

A graph file is first loaded (`oxigraph load`) into a temporary store that is deleted on stop; an
Oxigraph store folder is served as it is. `oxigraph serve-read-only` runs on an internal loopback port
with a query timeout; it is stopped with SIGTERM (then SIGKILL if it lingers), and on Linux it is also
told to die with its parent, so no server outlives the process that started it.

Clients talk to a small front server (stdlib `http.server`, one thread per request) on HOST:PORT that
accepts only the SPARQL 1.1 Protocol query operation at /query and answers everything else with a
one-line reason:

- updates (an `update` parameter, an application/sparql-update body, /update, or an update operation
  sent as a query): 403; the store is opened read-only as well;
- federated queries: any `SERVICE` keyword outside strings, IRIs, comments, variable names and the
  local part of prefixed names: 403, and the query never reaches Oxigraph (which would otherwise make
  the outbound HTTP request);
- wrong paths 404, wrong methods 405, bodies over MAX_BODY_BYTES 413, other body types 415;
- a query that runs longer than `query_timeout` seconds: 503;
- a SELECT with more than `max_results` rows, or a CONSTRUCT/DESCRIBE with more than `max_results`
  triples: 413 (refused rather than silently cut: a partial answer must never pass for the whole one;
  page with LIMIT/OFFSET). Results are fetched from Oxigraph as TSV / N-Triples / JSON, counted, and
  re-serialized with pyoxigraph into the format the client's Accept header asks for.
"""
from __future__ import annotations

import contextlib
import http.client
import http.server
import ipaddress
import math
import os
import re
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import pyoxigraph as ox

from kg.errors import KGError
from kg.rdf.service import query_form, service_refusal

GRAPH_SUFFIXES = (".ttl", ".trig", ".nq", ".nt")
"""Graph files `oxigraph load` reads by extension (Turtle, TriG, N-Quads, N-Triples)."""
DEFAULT_HOST = "127.0.0.1"
_ENV = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
DEFAULT_PORT = 7878
DEFAULT_QUERY_TIMEOUT = 30.0
"""Seconds a query may run before it is cancelled and answered 503."""
DEFAULT_MAX_RESULTS = 100_000
"""Most rows of a SELECT (triples of a CONSTRUCT/DESCRIBE) answered; more is refused with 413."""
MAX_BODY_BYTES = 1 << 20
"""Largest POST body (and query) accepted."""
MAX_CONNECTIONS = 64
"""Open client connections at once; more are answered 503 at once."""
MAX_QUERIES = 16
"""Queries running in Oxigraph at once; more wait up to BUSY_WAIT seconds, then get 503."""
BUSY_WAIT = 10.0
CLIENT_TIMEOUT = 10.0
"""Seconds of silence from a client (while it sends its request or reads the answer) before hanging up."""
_GRACE = 1.0  # seconds the front waits beyond the query timeout for Oxigraph to report it


class EndpointError(KGError):
    """The endpoint cannot be started: bad source, busy port, no `oxigraph` program, load failure."""


def oxigraph_program() -> str:
    """The `oxigraph` CLI: beside this Python (a virtualenv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise EndpointError("the oxigraph program is not installed; run: pip install 'oxigraph>=0.5,<0.6'")
    return found


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def stop_process(process: subprocess.Popen, grace: float = 10) -> None:  # type: ignore[type-arg]
    """SIGTERM a child, SIGKILL it when it has not ended after `grace` seconds; always reaped."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on at HOST right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: have the kernel send SIGTERM to the server if the process that started it dies."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Endpoint:
    """`oxigraph serve-read-only` over SOURCE behind the guarding front; a context manager that starts
    and stops both (the server process, the front's listening socket and its threads)."""

    def __init__(self, source: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, timeout: float = 30.0, query_timeout: float = DEFAULT_QUERY_TIMEOUT,
                 max_results: int = DEFAULT_MAX_RESULTS) -> None:
        self.source = Path(source)
        self.host = host
        self.port = port
        self.timeout = timeout
        """Seconds to wait for the server to come up."""
        self.query_timeout = query_timeout
        self.max_results = max_results
        self.upstream_port: int | None = None
        """Oxigraph's own port on 127.0.0.1 (internal: clients use `url`)."""
        self._process: subprocess.Popen[bytes] | None = None
        self._tempdir: str | None = None
        self._log: IO[bytes] | None = None
        self._front: _Front | None = None
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        """http://HOST:PORT (IPv6 hosts in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.base}/query"

    @property
    def pid(self) -> int | None:
        """The Oxigraph server's process id while it runs."""
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return (self._process is not None and self._process.poll() is None
                and self._thread is not None and self._thread.is_alive())

    def start(self) -> Endpoint:
        """Load the source if it is a file, start the server and the front, return once it answers."""
        if self._process is not None:
            return self
        if not self.query_timeout > 0:
            raise EndpointError(f"query timeout {self.query_timeout!r}: give a positive number of seconds")
        if self.max_results < 1:
            raise EndpointError(f"result limit {self.max_results!r}: give a positive number")
        program = oxigraph_program()
        try:
            self._front = _Front.listen(self)
            self.port = int(self._front.server_address[1])
            location = self._location(program)
            from kg.rdf.store import prepare_for_serving

            union = [] if prepare_for_serving(location, writable=self._tempdir is not None) else [
                "--union-default-graph"]
            self._log = tempfile.TemporaryFile(prefix="kg-serve-log-")  # noqa: SIM115 - open while serving
            self.upstream_port = free_port("127.0.0.1")
            self._process = subprocess.Popen(
                [program, "serve-read-only", "--location", location, "--bind", f"127.0.0.1:{self.upstream_port}",
                 *union, "--timeout-s", str(max(1, math.ceil(self.query_timeout)))],
                stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, env=_ENV,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
            )
            self._wait_ready()
            self._thread = threading.Thread(target=self._front.serve_forever, kwargs={"poll_interval": 0.1},
                                            name=f"kg-serve-{self.port}", daemon=True)
            self._thread.start()
        except BaseException:
            self.stop()
            raise
        return self

    def _location(self, program: str) -> str:
        """The store folder to serve: the source itself, or a temporary store the file is loaded into."""
        if self.source.is_dir():
            if not (self.source / "CURRENT").is_file():
                raise EndpointError(f"{self.source}: not an Oxigraph store folder (no CURRENT file); give a "
                                    f"graph file ({', '.join(GRAPH_SUFFIXES)}) or a store made by oxigraph load")
            return str(self.source)
        if not self.source.is_file():
            raise EndpointError(f"{self.source}: no such file or folder; give a graph file "
                                f"({', '.join(GRAPH_SUFFIXES)}) or an Oxigraph store folder")
        if self.source.suffix.lower() not in GRAPH_SUFFIXES:
            raise EndpointError(f"{self.source}: unknown graph file type {self.source.suffix or '(none)'!r}; "
                                f"use one of {', '.join(GRAPH_SUFFIXES)} or an Oxigraph store folder")
        self._tempdir = tempfile.mkdtemp(prefix="kg-serve-")
        load = subprocess.run([program, "load", "--location", self._tempdir, "--file", str(self.source)],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace", check=False,
                              env=_ENV)
        if load.returncode != 0:
            raise EndpointError(f"{self.source}: cannot load: {_error_line(load.stderr)}")
        return self._tempdir

    def _wait_ready(self) -> None:
        """Poll Oxigraph with an ASK query until it answers; fail if it exits or the time runs out."""
        probe = f"http://127.0.0.1:{self.upstream_port}/query?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + self.timeout
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                raise EndpointError(f"oxigraph stopped at start (exit {self._process.returncode}): "
                                    f"{_error_line(self._log_text())}")
            with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1.0) as answer:
                if answer.status == 200:
                    return
            if time.monotonic() > deadline:
                raise EndpointError(f"oxigraph did not answer at {self.url} within {self.timeout:g} s")
            time.sleep(0.05)

    def _log_text(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait(self) -> int:
        """Block until the server exits (for `kg serve`); its exit code."""
        if self._process is None:
            return 0
        return self._process.wait()

    def stop(self) -> None:
        """Stop accepting, hang up on clients, SIGTERM Oxigraph (SIGKILL after 10 s), join every front
        thread, and delete the temporary store. Safe to call twice."""
        front, self._front = self._front, None
        thread, self._thread = self._thread, None
        if front is not None and thread is not None:
            front.shutdown()  # ends serve_forever: no new connection is accepted
        if front is not None:
            front.hang_up()
        process, self._process = self._process, None
        if process is not None:
            stop_process(process)
        if front is not None:
            front.server_close()  # closes the listening socket and joins the request threads
        if thread is not None:
            thread.join(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)
            self._tempdir = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _error_line(text: str) -> str:
    """oxigraph's most specific error line ("Error while loading ...", else "Error: ..."), or its last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for prefix in ("Error while", "Error:"):
        for line in lines:
            if line.startswith(prefix):
                return re.sub(r"^Error(:| while loading file .*?:)\s*", "", line)
    return lines[-1] if lines else "no message"


# --- Result formats -----------------------------------------------------------------------------------

RESULT_FORMATS = (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
                  ox.QueryResultsFormat.TSV)
GRAPH_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD,
                 ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.N3)
_INTERNAL = {"SELECT": "text/tab-separated-values", "ASK": "application/sparql-results+json",
             "CONSTRUCT": "application/n-triples", "DESCRIBE": "application/n-triples"}


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


# --- The front server -----------------------------------------------------------------------------------

class _Refuse(Exception):
    """Answer the request with CODE and a one-line REASON."""

    def __init__(self, code: int, reason: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.headers = headers


_UPDATE_REFUSED = "SPARQL UPDATE is refused: this endpoint is read-only"
_FORM_TYPE = "application/x-www-form-urlencoded"
_QUERY_TYPE = "application/sparql-query"


class _Front(http.server.ThreadingHTTPServer):
    """The public listener: one thread per connection, at most MAX_CONNECTIONS at once, all joined on close."""

    daemon_threads = False
    block_on_close = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.slots = threading.BoundedSemaphore(MAX_QUERIES)
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        super().__init__(address, _Handler)

    @classmethod
    def listen(cls, endpoint: Endpoint) -> _Front:
        kind = _Front6 if ":" in endpoint.host else cls
        try:
            return kind((endpoint.host, endpoint.port), endpoint)
        except OSError as exc:
            raise EndpointError(f"--host {endpoint.host} --port {endpoint.port}: cannot listen there "
                                f"({exc.strerror or exc}); choose another port (0 picks a free one)") from None

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # HTTPServer's would look the host name up (DNS)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            busy = len(self._open) >= MAX_CONNECTIONS
            if not busy:
                self._open.add(request)
        if busy:
            body = b"server busy: too many connections; retry later\n"
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def hang_up(self) -> None:
        """Shut every open client connection down, so that no request thread waits on a client."""
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A failed request is answered by its handler; nothing goes to the console."""


class _Front6(_Front):
    address_family = socket.AF_INET6


class _Handler(http.server.BaseHTTPRequestHandler):
    """One request: check it, forward it to Oxigraph, count and re-serialize the answer."""

    server: _Front
    server_version = "kg-serve"
    sys_version = ""
    timeout = CLIENT_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no line per request."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The stdlib's own refusals (request line or headers too long, bad syntax): one plain line too."""
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        self._reply(code, message or phrase)

    def _reply(self, code: int, body: bytes | str, content_type: str = "text/plain; charset=utf-8",
               headers: tuple[tuple[str, str], ...] = ()) -> None:
        if isinstance(body, str):
            body = (" ".join(body.split()) + "\n").encode("utf-8", "replace")
        self.close_connection = True
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1."):
            self.request_version = "HTTP/1.0"  # a status line and headers even for HTTP/0.9 or a bad version
        with contextlib.suppress(OSError):
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except _Refuse as refusal:
            self._reply(refusal.code, refusal.reason, headers=refusal.headers)
        except TimeoutError:
            self._reply(408, f"request not received within {CLIENT_TIMEOUT:g} s")
        except OSError:
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - a request must never take the server down
            self._reply(500, f"internal error ({type(exc).__name__})")

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _not_allowed(self) -> None:
        self._reply(405, f"method {self.command} not allowed: query with GET or POST at /query",
                    headers=(("Allow", "GET, POST"),))

    do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    def _get(self) -> None:
        url = self._url()
        self._answer(_form_fields(url.query))

    def _post(self) -> None:
        url = self._url()
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise _Refuse(411, "chunked request bodies are not accepted; send a Content-Length")
        lengths = self.headers.get_all("Content-Length") or []
        if not lengths:
            raise _Refuse(411, "a POST needs a Content-Length")
        if len(set(lengths)) != 1 or not lengths[0].strip().isdigit():
            raise _Refuse(400, "bad Content-Length")
        length = int(lengths[0])
        if length > MAX_BODY_BYTES:
            raise _Refuse(413, f"request body of {length} bytes is over the limit of {MAX_BODY_BYTES} bytes")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise _Refuse(403, _UPDATE_REFUSED)
        if media not in (_FORM_TYPE, _QUERY_TYPE):
            raise _Refuse(415, f"Content-Type {media or '(none)'!r} not accepted: send {_FORM_TYPE} "
                               f"(query=...) or {_QUERY_TYPE}")
        body = self.rfile.read(length)
        if len(body) != length:
            raise _Refuse(400, "request body shorter than its Content-Length")
        fields = _form_fields(url.query)
        if media == _FORM_TYPE:
            for name, values in _form_fields(_text(body, "form body")).items():
                fields.setdefault(name, []).extend(values)
        else:
            if "query" in fields:
                raise _Refuse(400, "a query both in the URL and in the body")
            fields["query"] = [_text(body, "query")]
        self._answer(fields)

    def _url(self) -> urllib.parse.SplitResult:
        try:
            url = urllib.parse.urlsplit(self.path)
        except ValueError:
            raise _Refuse(400, "malformed request target") from None
        if url.path == "/query":
            return url
        if url.path == "/update":
            raise _Refuse(403, _UPDATE_REFUSED)
        raise _Refuse(404, f"nothing at {url.path[:100]!r}: the SPARQL endpoint is /query")

    def _answer(self, fields: dict[str, list[str]]) -> None:
        if "update" in fields:
            raise _Refuse(403, _UPDATE_REFUSED)
        queries = fields.get("query") or []
        if not queries:
            raise _Refuse(400, "no query: send it as the 'query' parameter (GET or form POST) or as an "
                               f"{_QUERY_TYPE} body")
        if len(queries) > 1:
            raise _Refuse(400, "more than one 'query' parameter")
        query = queries[0]
        if len(query.encode("utf-8", "replace")) > MAX_BODY_BYTES:
            raise _Refuse(413, f"query over the limit of {MAX_BODY_BYTES} bytes")
        refusal = service_refusal(query)
        if refusal is not None:
            raise _Refuse(403, refusal)
        form = query_form(query)
        if form == "UPDATE":
            raise _Refuse(403, _UPDATE_REFUSED)
        if form is None:
            raise _Refuse(400, "not a SPARQL query: expected SELECT, CONSTRUCT, DESCRIBE or ASK "
                               "(after any PREFIX and BASE)")
        offers = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
        fmt = negotiate(self.headers.get("Accept"), offers)
        if fmt is None:
            raise _Refuse(406, f"no acceptable format for {form} results; this endpoint answers "
                               + ", ".join(f.media_type.split(";")[0] for f in offers))
        forwarded = [("query", query)] + [(name, value) for name in ("default-graph-uri", "named-graph-uri")
                                          for value in fields.get(name, [])]
        if not self.server.slots.acquire(timeout=BUSY_WAIT):
            raise _Refuse(503, "server busy: too many queries at once; retry later")
        try:
            body = self._run(urllib.parse.urlencode(forwarded), form, fmt)
        finally:
            self.server.slots.release()
        self._reply(200, body, fmt.media_type)

    def _run(self, data: str, form: str, fmt: Any) -> bytes:
        """Run the query in Oxigraph within the timeout; count the answer; re-serialize it as FMT."""
        endpoint = self.server.endpoint
        limit = endpoint.max_results
        timed_out = _Refuse(503, f"query cancelled: it ran longer than the {endpoint.query_timeout:g} s "
                                 "limit of this endpoint (kg serve --timeout)")
        too_many = _Refuse(413, f"more than {limit} {'rows' if form == 'SELECT' else 'triples'}: over the "
                                "result limit of this endpoint (kg serve --max-results); page with LIMIT and "
                                "OFFSET, or aggregate")
        started = time.monotonic()
        deadline = started + endpoint.query_timeout + _GRACE
        upstream = http.client.HTTPConnection("127.0.0.1", endpoint.upstream_port,
                                              timeout=endpoint.query_timeout + _GRACE)
        lines: list[bytes] = []
        try:
            upstream.request("POST", "/query", body=data.encode("utf-8"),
                             headers={"Content-Type": _FORM_TYPE, "Accept": _INTERNAL[form]})
            response = upstream.getresponse()
            if response.status != 200:
                message = response.read(4096).decode("utf-8", "replace").strip() or response.reason
                raise _Refuse(response.status if 400 <= response.status < 600 else 502, message)
            counted = form != "ASK"
            cap = limit + 1 if form == "SELECT" else limit  # the TSV header line is not a row
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise timed_out
                if upstream.sock is not None:
                    upstream.sock.settimeout(left)
                line = response.readline()
                if not line:
                    break
                lines.append(line)
                if counted and len(lines) > cap:
                    raise too_many
        except TimeoutError:
            raise timed_out from None
        except (OSError, http.client.HTTPException) as exc:
            raise _Refuse(502, f"the SPARQL server failed ({type(exc).__name__})") from None
        finally:
            upstream.close()  # early for a refused answer: Oxigraph stops writing it
        payload = b"".join(lines)
        try:
            if form in ("SELECT", "ASK"):
                internal = ox.QueryResultsFormat.TSV if form == "SELECT" else ox.QueryResultsFormat.JSON
                return ox.parse_query_results(payload, internal).serialize(format=fmt) or b""
            return bytes(ox.serialize(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES), format=fmt) or b"")
        except (SyntaxError, ValueError, OSError):
            tail = lines[-1].decode("utf-8", "replace").strip() if lines else ""
            if "cancelled" in tail or time.monotonic() - started >= endpoint.query_timeout:
                raise timed_out from None
            raise _Refuse(500, f"the query failed: {tail[-300:] or 'no answer'}") from None


def _text(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refuse(400, f"{what} is not valid UTF-8") from None


def _form_fields(encoded: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(encoded, keep_blank_values=True, encoding="utf-8", errors="strict",
                                     max_num_fields=100)
    except ValueError:  # also UnicodeDecodeError
        raise _Refuse(400, "malformed parameters (not UTF-8 form encoding, or over 100 fields)") from None
