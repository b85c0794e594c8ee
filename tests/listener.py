"""A TCP listener on 127.0.0.1 that counts the connections made to it, for tests that prove a query
makes no outbound request (and that it would reach this listener if the guard were gone)."""
from __future__ import annotations

import socket
import threading

ANSWER = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"leak"}}]}}'


class Listener:
    """Counts every connection; answers each like a SPARQL endpoint, so a request that does reach it succeeds."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: %d\r\n\r\n%s" % (len(ANSWER), ANSWER))
                except OSError:
                    continue  # the client hung up first: the connection is counted all the same

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()
