"""`kg push` over HTTP that misbehaves (issue 18, item 9), against real servers on 127.0.0.1: a redirect
is never followed (a POST would lose its body, credentials would go to another origin), a lost
connection is not silently answered by POSTing the file again, and a retry is always announced."""
from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.cli import main
from kg.rdf.push import PushError, push

FIXTURE = Path(__file__).parent / "data" / "query_fixture.ttl"


class Recorder(http.server.ThreadingHTTPServer):
    """A server on a free loopback port that records (method, path, Authorization, body length) of each
    request and answers with `reply(handler, n)`, n counting requests from 0."""

    daemon_threads = True

    def __init__(self, reply: Callable[[Any, int], None]) -> None:
        self.reply = reply
        self.seen: list[tuple[str, str, str | None, int]] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Recorder

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        n = len(self.server.seen)
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization"), len(body)))
        self.server.reply(self, n)

    do_GET = do_POST = do_PUT = _any


def answer(code: int, headers: dict[str, str] | None = None) -> Callable[[Any, int], None]:
    def reply(handler: Any, n: int) -> None:
        handler.send_response(code)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return reply


@pytest.fixture()
def servers() -> Iterator[list[Recorder]]:
    started: list[Recorder] = []
    yield started
    for server in started:
        server.stop()


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_credentials_stay_home(servers: list[Recorder], code: int,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = Recorder(answer(200))
    servers.append(elsewhere)
    redirecting = Recorder(answer(code, {"Location": f"{elsewhere.base}/store?default"}))
    servers.append(redirecting)
    url = redirecting.base.replace("http://", "http://alice:secret@") + "/store"
    assert main(["push", url, str(FIXTURE)]) == 1
    err = capsys.readouterr().err
    assert f"answered {code}" in err and f"{elsewhere.base}/store?default" in err and "not followed" in err
    assert "pushed" not in err
    assert len(redirecting.seen) == 1 and redirecting.seen[0][2] is not None  # the credentials went home only
    assert elsewhere.seen == []


def test_a_lost_connection_is_reported_not_resent(servers: list[Recorder]) -> None:
    def hang_up(handler: Any, n: int) -> None:
        handler.close_connection = True  # body read, then no answer at all

    server = Recorder(hang_up)
    servers.append(server)
    with pytest.raises(PushError, match="connection lost .* may have stored it"):
        list(push(server.base + "/store", [FIXTURE], timeout=10))
    assert [s[0] for s in server.seen] == ["POST"]


def test_a_busy_server_is_retried_and_the_retry_announced(servers: list[Recorder]) -> None:
    def busy_once(handler: Any, n: int) -> None:
        answer(503 if n == 0 else 204)(handler, n)

    server = Recorder(busy_once)
    servers.append(server)
    said: list[str] = []
    done = list(push(server.base + "/store", [FIXTURE], timeout=10, on_retry=said.append))
    assert [d.status for d in done] == [204]
    assert [s[0] for s in server.seen] == ["POST", "POST"]
    assert server.seen[1][3] == FIXTURE.stat().st_size  # the whole body again
    assert len(said) == 1 and "answered 503" in said[0] and "sending it again" in said[0]
