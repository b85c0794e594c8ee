"""The HTTP layer of `kg serve`: a small threaded server (stdlib `http.server`) that speaks the SPARQL 1.1
Protocol query operation at /query, asks the guard whether to answer, the runner for the answer, and
sends it (with its Content-Length) or a one-line refusal.

Status codes: 403 updates, SERVICE and foreign Host headers; 404 wrong paths; 405/501 wrong methods;
408 a request not received within the client deadline; 411/413/415 bad bodies; 406 no acceptable
format; 413 an answer over the row or byte limit; 503 a query cancelled at the timeout, or a busy
server. A partial answer is never sent as a whole one: either the worker finished and the whole
answer is sent, or the client gets an error.
"""
from __future__ import annotations

import contextlib
import http.server
import socket
import socketserver
import threading
from http import HTTPStatus
from typing import Any

from kg.serve.description import serialized
from kg.serve.guard import (
    GRAPH_FORMATS,
    Connections,
    Deadlines,
    Limits,
    Refuse,
    body_length,
    check_query,
    form_fields,
    host_refusal,
    negotiate,
    post_fields,
    target,
)
from kg.serve.process import Outcome, Runner

_COPY = 1 << 16
SLOWEST_READER = 1_000_000
"""Bytes per second a client must at least take an answer at: its deadline grows with the answer."""


class Front(http.server.ThreadingHTTPServer):
    """The public listener: one thread per connection, at most `limits.max_connections` at once (slow
    ones dropped to make room), all joined on close."""

    daemon_threads = False
    block_on_close = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], runner: Runner, limits: Limits) -> None:  # noqa: D107
        self.runner = runner
        self.limits = limits
        self.host = address[0]
        self.slots = threading.BoundedSemaphore(limits.max_queries)
        self.connections = Connections(limits.max_connections)
        self.deadlines = Deadlines()
        super().__init__(address, Handler)

    @classmethod
    def listen(cls, host: str, port: int, runner: Runner, limits: Limits) -> Front:
        kind = _Front6 if ":" in host else cls
        return kind((host, port), runner, limits)

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # HTTPServer's would look the host name up (DNS)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.connections.admit(request):
            body = b"server busy: every connection is running a query; retry later\n"
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
            super().shutdown_request(request)
            return
        self.deadlines.set(request, self.limits.client_timeout)  # the whole request, however it trickles
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.connections.discard(request)
        self.deadlines.clear(request)
        super().shutdown_request(request)

    def hang_up(self) -> None:
        """Shut every client connection down and kill the running queries: nothing is left to wait on."""
        self.runner.stop()
        self.connections.hang_up()

    def server_close(self) -> None:
        super().server_close()
        self.deadlines.stop()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A failed request is answered by its handler; nothing goes to the console."""


class _Front6(Front):
    address_family = socket.AF_INET6


class Handler(http.server.BaseHTTPRequestHandler):
    """One request: check it, run it in a worker, send the whole answer or a one-line refusal."""

    server: Front
    server_version = "kg-serve"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.limits.client_timeout)  # per read; Deadlines bounds the whole

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no line per request."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The stdlib's own refusals (request line or headers too long, bad syntax): one plain line too."""
        if self._cut_off():
            self._reply(408, self._late())
            return
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        self._reply(code, message or phrase)

    def handle_one_request(self) -> None:
        super().handle_one_request()
        if not getattr(self, "raw_requestline", b"") and self._cut_off():  # the deadline passed before a request line came
            self._reply(408, self._late())

    def _cut_off(self) -> bool:
        return self.connection in self.server.deadlines.expired

    def _late(self) -> str:
        return f"request not received within {self.server.limits.client_timeout:g} s"

    def _reply(self, code: int, body: bytes | str, content_type: str = "text/plain; charset=utf-8",
               headers: tuple[tuple[str, str], ...] = ()) -> None:
        if isinstance(body, str):
            body = (" ".join(body.split()) + "\n").encode("utf-8", "replace")
        self._head(code, len(body), content_type, headers)
        if self.command != "HEAD":
            with contextlib.suppress(OSError):
                self.wfile.write(body)

    def _head(self, code: int, length: int, content_type: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.close_connection = True
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1."):
            self.request_version = "HTTP/1.0"  # a status line and headers even for HTTP/0.9 or a bad version
        with contextlib.suppress(OSError):
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(length))
            self.send_header("Connection", "close")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Access-Control-Allow-Origin", "*")  # read-only: browser tools may call it
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()

    def _guarded(self, action: Any) -> None:
        try:
            if self._cut_off():  # the headers may be cut short: answer nothing but that
                raise Refuse(408, self._late())
            refusal = host_refusal(self.headers.get("Host"), self.server.host)
            if refusal is not None:
                raise Refuse(403, refusal)
            action()
        except Refuse as refused:
            self._reply(refused.code, refused.reason, headers=refused.headers)
        except TimeoutError:
            self._reply(408, self._late())
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
                    headers=(("Allow", "GET, POST, OPTIONS"),))

    do_HEAD = do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = _not_allowed

    def do_OPTIONS(self) -> None:  # a CORS preflight: a browser asks before a POST or a custom header
        self._guarded(self._preflight)

    def _preflight(self) -> None:
        target(self.path)
        self._reply(204, b"", headers=(("Allow", "GET, POST, OPTIONS"),
                                       ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                                       ("Access-Control-Allow-Headers", "Accept, Content-Type"),
                                       ("Access-Control-Max-Age", "86400")))

    def _get(self) -> None:
        url = target(self.path)
        fields = form_fields(url.query)
        if not fields:  # no query: the SPARQL service description
            fmt = negotiate(self.headers.get("Accept"), GRAPH_FORMATS)
            if fmt is None:
                raise Refuse(406, "no acceptable format for the service description; this endpoint writes "
                                  + ", ".join(f.media_type for f in GRAPH_FORMATS))
            own = f"http://{self.server.host}:{self.server.server_address[1]}{url.path}"
            try:  # the address the client used, if it makes an IRI (the Host header was checked above)
                body = serialized(f"http://{self.headers.get('Host') or ''}{url.path}", fmt)
            except ValueError:
                body = serialized(own, fmt)
            self._reply(200, body, fmt.media_type)
            return
        self._answer(fields)

    def _post(self) -> None:
        url = target(self.path)
        length, media = body_length(self.headers)
        body = self.rfile.read(length)
        if len(body) != length:
            if self._cut_off():
                raise Refuse(408, self._late())
            raise Refuse(400, "request body shorter than its Content-Length")
        self._answer(post_fields(url, media, body))

    def _answer(self, fields: dict[str, list[str]]) -> None:
        asked = check_query(fields, self.headers.get("Accept"))
        sock, server = self.connection, self.server
        server.deadlines.clear(sock)  # the request is in; the query has its own timeout
        server.connections.querying(sock, True)
        if not server.slots.acquire(timeout=server.limits.busy_wait):
            raise Refuse(503, "server busy: too many queries at once; retry later")
        try:
            outcome = server.runner.run(asked)
        finally:
            server.slots.release()
            server.connections.querying(sock, False)
        taking = server.limits.client_timeout + outcome.size / SLOWEST_READER  # the answer must be taken
        server.deadlines.set(sock, taking, socket.SHUT_RDWR)
        self._send(outcome, asked.form, asked.fmt.media_type)

    def _send(self, outcome: Outcome, form: str, media: str) -> None:
        limits = self.server.limits
        if outcome.kind != "ok" or outcome.path is None:
            raise Refuse(*_refusal(outcome, form, limits))
        try:
            answer = outcome.path.open("rb")
        finally:
            outcome.path.unlink(missing_ok=True)  # gone from the folder before a byte is sent; still readable
        with answer:
            self._head(200, outcome.size, media)
            while block := answer.read(_COPY):
                self.wfile.write(block)


def _refusal(outcome: Outcome, form: str, limits: Limits) -> tuple[int, str]:
    """The status and one-line reason for a query that did not end with an answer."""
    if outcome.kind == "timeout":
        return 503, (f"query cancelled: it ran longer than the {limits.query_timeout:g} s limit of this endpoint "
                     "(kg serve --timeout)")
    if outcome.kind == "rows":
        return 413, (f"more than {limits.max_results} {'rows' if form == 'SELECT' else 'triples'}: over the "
                     "result limit of this endpoint (kg serve --max-results); page with LIMIT and OFFSET, or "
                     "aggregate")
    if outcome.kind == "bytes":
        return 413, (f"answer over {limits.max_bytes} bytes: over the size limit of this endpoint (kg serve "
                     "--max-bytes); page with LIMIT and OFFSET, or ask for less")
    if outcome.kind == "died":
        return 503, f"query stopped: its worker ran out of memory or CPU ({outcome.detail})"
    if outcome.kind == "invalid":
        return 400, f"invalid SPARQL: {outcome.detail[:300]}"
    return 500, f"the query failed: {outcome.detail[:300] or 'no answer'}"
