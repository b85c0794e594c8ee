"""Sending RDF files to a SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph `/store`, Fuseki `/DS/data`,
GraphDB/RDF4J `.../rdf-graphs/service`), one HTTP POST per file, the body streamed from disk.

Graph files (Turtle, N-Triples, RDF/XML) go to `URL?default`, or `URL?graph=IRI` with a graph name.
Dataset files (N-Quads, TriG) carry their own graph names: they are POSTed to URL itself, which
Oxigraph and Fuseki read as "add these quads to the dataset"; `per_graph=True` instead splits them
and POSTs each named graph to `URL?graph=IRI` (plain GSP, for servers that take only graphs).
POST adds: sending a file twice adds nothing new (our files hold no blank nodes). A `.gz` file is
decompressed on the fly and sent chunked.

Over HTTP nothing happens behind the user's back: a redirect is never followed (urllib would turn a
302/303 POST into a GET without the body, and send the credentials to wherever it points); a file is
sent again only when the server cannot have taken it (connection refused, 429, 503), and each retry
is announced through `on_retry`; a connection lost after sending is an error saying the server may
have stored the file.
"""
from __future__ import annotations

import base64
import gzip
import http.client
import io
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from kg.errors import KGError, UsageError

MEDIA_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
"""Formats a file may be pushed in, and the Content-Type each is sent with."""
DATASET_FORMATS = ("nquads", "trig")
SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".nt": "ntriples", ".rdf": "rdfxml", ".owl": "rdfxml",
            ".nq": "nquads", ".nquads": "nquads", ".trig": "trig"}
_OX_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
RETRY_STATUS = (429, 503)
"""Answers that say the request was not processed, so sending it again cannot store it twice."""
BLOCK = 1 << 20
Body = Callable[[], tuple[IO[bytes], int | None]]
"""Opens a request body afresh (for each attempt): the stream and its size, None if unknown (sent chunked)."""
Say = Callable[[str], None]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: urllib then raises the 3xx as an HTTPError, reported by `_post`."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


class PushError(KGError):
    """The endpoint refused a file, or could not be reached."""


@dataclass(frozen=True)
class Pushed:
    """One POST that succeeded: which file (and graph), how many bytes, the HTTP status, how long."""

    path: Path
    target: str  # "default", "dataset" or the graph IRI
    size: int
    status: int
    seconds: float


def format_of(path: Path, given: str | None = None) -> str:
    """The format of a file: `given` if set, else from its extension (under a `.gz`)."""
    if given is not None:
        if given not in MEDIA_TYPES:
            raise UsageError(f"--format {given!r}: choose from {', '.join(MEDIA_TYPES)}")
        return given
    name = path.name.removesuffix(".gz")
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{path}: cannot tell the RDF format from {suffix or 'no extension'!r}; "
                         f"use one of {', '.join(sorted(SUFFIXES))} or --format")
    return SUFFIXES[suffix]


def expand(sources: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for its RDF files (recursively, in sorted order: shards in order)."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.rglob("*") if p.is_file() and _known(p))
            if not found:
                raise UsageError(f"{source}: folder holds no {', '.join(sorted(SUFFIXES))} file")
            files.extend(found)
        elif source.is_file():
            files.append(source)
        else:
            raise UsageError(f"{source}: no such file or folder")
    return files


def _known(path: Path) -> bool:
    name = path.name.removesuffix(".gz")
    return Path(name).suffix.lower() in SUFFIXES


def target_url(url: str, graph: str | None) -> str:
    """URL?default, URL?graph=IRI (escaped), or URL itself for a dataset (graph == "")."""
    if graph == "":
        return url
    query = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    return f"{url}{'&' if urllib.parse.urlsplit(url).query else '?'}{query}"


def split_credentials(url: str) -> tuple[str, dict[str, str]]:
    """`http://user:pass@host/...` -> the URL without them, and a Basic Authorization header."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"URL {url!r}: expected http(s)://host[:port]/path of a Graph Store endpoint")
    if parts.username is None:
        return url, {}
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
    header = {"Authorization": "Basic " + base64.b64encode(token.encode()).decode()}
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), header


def push_file(url: str, path: Path, fmt: str | None = None, graph: str | None = None, *, per_graph: bool = False,
              timeout: float = 600.0, retries: int = 2, on_retry: Say | None = None) -> list[Pushed]:
    """POST one file to the endpoint at `url` (see the module docstring for where each format goes)."""
    fmt = format_of(path, fmt)
    url, headers = split_credentials(url)
    how = _How(headers, timeout, retries, on_retry or (lambda line: None))
    if fmt in DATASET_FORMATS:
        if graph is not None:
            raise UsageError(f"{path}: a {fmt} file names its own graphs; --graph is for graph files")
        if per_graph:
            return [_post(url, path, f"<{g}>" if g else "default", body, "application/n-triples", g, how)
                    for g, body in _graphs_of(path, fmt)]
        return [_post(url, path, "dataset", lambda: _open(path), MEDIA_TYPES[fmt], "", how)]
    return [_post(url, path, graph or "default", lambda: _open(path), MEDIA_TYPES[fmt], graph, how)]


def push(url: str, sources: Iterable[Path], fmt: str | None = None, graph: str | None = None, *,
         per_graph: bool = False, timeout: float = 600.0, retries: int = 2,
         on_retry: Say | None = None) -> Iterator[Pushed]:
    """Push every file of `sources` in order; stops at the first refusal (PushError says which file).
    `on_retry` is told (one line) each time a file is sent again."""
    files = expand(sources)
    for path in files:
        format_of(path, fmt)  # every name checked before the first byte is sent
    for path in files:
        yield from push_file(url, path, fmt, graph, per_graph=per_graph, timeout=timeout, retries=retries,
                             on_retry=on_retry)


# ------------------------------------------------------------------------------------ HTTP
def _open(path: Path) -> tuple[IO[bytes], int | None]:
    """The file's bytes as a stream, and its size (None for .gz: the size is known only after reading)."""
    if path.name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb")), None
    return path.open("rb"), path.stat().st_size


def _blocks(stream: IO[bytes]) -> Iterator[bytes]:
    while block := stream.read(BLOCK):
        yield block


@dataclass(frozen=True)
class _How:
    """How every POST of one push is made."""

    headers: dict[str, str]
    timeout: float
    retries: int
    say: Say


def _post(url: str, path: Path, label: str, body: Body, media: str, graph: str | None, how: _How) -> Pushed:
    """POST `body()` (a fresh (stream, size) each attempt); sent again, announced, only when the server
    cannot have stored it (429, 503, connection refused)."""
    target = target_url(url, graph)
    where = f"{path} ({label})"
    for attempt in range(how.retries + 1):
        started = time.perf_counter()
        stream, size = body()
        with stream:
            data: IO[bytes] | Iterator[bytes] = stream if size is not None else _blocks(stream)
            extra = {"Content-Length": str(size)} if size is not None else {}
            request = urllib.request.Request(target, data=data, method="POST",
                                             headers={"Content-Type": media, **extra, **how.headers})
            try:
                with _OPENER.open(request, timeout=how.timeout) as response:
                    response.read()
                    return Pushed(path, label, size if size is not None else stream.tell(), response.status,
                                  time.perf_counter() - started)
            except urllib.error.HTTPError as err:
                if 300 <= err.code < 400:
                    raise PushError(f"{where}: {target} answered {err.code} {err.reason}, a redirect to "
                                    f"{err.headers.get('Location') or '(no Location)'}: not followed (the POST "
                                    "would lose its body or its credentials); push to that URL if it is the "
                                    "endpoint") from None
                if err.code in RETRY_STATUS and attempt < how.retries:
                    _again(how, attempt, f"{where}: {target} answered {err.code} {err.reason}")
                    continue
                detail = err.read(300).decode("utf-8", "replace").strip().replace("\n", " ")
                raise PushError(f"{where}: {target} answered {err.code} {err.reason}"
                                f"{': ' + detail if detail else ''}") from None
            except urllib.error.URLError as err:
                if isinstance(err.reason, ConnectionRefusedError) and attempt < how.retries:
                    _again(how, attempt, f"{where}: cannot reach {target}: connection refused")
                    continue
                if isinstance(err.reason, OSError) and not isinstance(
                        err.reason, (ConnectionResetError, BrokenPipeError, TimeoutError)):  # nothing sent
                    raise PushError(f"{where}: cannot reach {target}: {err.reason}") from None
                raise _lost(where, target, err.reason) from None
            except (http.client.HTTPException, OSError) as err:  # after the body went: not sent again
                raise _lost(where, target, err) from None
    raise AssertionError("unreachable")


def _again(how: _How, attempt: int, what: str) -> None:
    wait = 2 ** attempt
    how.say(f"{what}; sending it again in {wait} s (attempt {attempt + 2} of {how.retries + 1})")
    time.sleep(wait)


def _lost(where: str, target: str, reason: object) -> PushError:
    return PushError(f"{where}: connection lost while sending to {target} ({reason or type(reason).__name__}): "
                     "the server may have stored it or not; not sent again (run kg push again to resend: "
                     "POST adds, and our files hold no blank nodes)")


def _graphs_of(path: Path, fmt: str) -> Iterator[tuple[str | None, Body]]:
    """A dataset file's graphs, each as N-Triples bytes (None: the default graph), in IRI order."""
    stream, _ = _open(path)
    with stream:
        quads = list(ox.parse(stream, format=_OX_FORMATS[fmt]))
    graphs: dict[str | None, list[ox.Triple]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.BlankNode):
            raise UsageError(f"{path}: graph {q.graph_name} is a blank node; it has no IRI to send it to")
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
        graphs.setdefault(name, []).append(q.triple)
    for name in sorted(graphs, key=lambda g: (g is not None, g or "")):
        payload = ox.serialize(graphs.pop(name), format=ox.RdfFormat.N_TRIPLES) or b""
        yield name, _bytes_body(payload)


def _bytes_body(payload: bytes) -> Body:
    return lambda: (io.BytesIO(payload), len(payload))
