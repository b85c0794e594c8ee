"""A throw-away OpenLink Virtuoso 7 server (Debian's `virtuoso-opensource`) for tests: a fresh database
in a temporary folder, SQL and HTTP bound to 127.0.0.1 on free ports, files loaded the way
docs/serving.md tells users (`ld_dir` + `rdf_loader_run`), queries sent to its `/sparql` endpoint."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

SERVER = Path("/usr/bin/virtuoso-t")
ISQL = Path("/usr/bin/isql-vt")
VSP = Path("/var/lib/virtuoso-opensource-7/vsp")
PASSWORD = "dba"  # a fresh database's; the server only listens on loopback and lives for one test module

_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
MaxClientConnections = 4
CheckpointInterval = 0
CaseMode = 2
DirsAllowed = ., {data}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
MaxQueryMem = 500M

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {vsp}
MaxClientConnections = 4
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Virtuoso:
    """`with Virtuoso(folder, data) as v: v.load("graph.nq"); v.select(query)`: DATA is the folder the
    server may read files from."""

    def __init__(self, folder: Path, data: Path) -> None:
        self.folder, self.data = folder, data
        self.sql, self.http = free_port(), free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Virtuoso:
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_INI.format(d=self.folder, sql=self.sql, http=self.http, data=self.data, vsp=VSP),
                       encoding="utf-8")
        self.process = subprocess.Popen([str(SERVER), "-f", "-c", str(ini)], cwd=self.folder,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: {self._log_tail()}")
            try:
                self.select("ASK {}")
                return self
            except OSError:
                time.sleep(0.5)
        self.__exit__(None, None, None)
        raise RuntimeError(f"virtuoso-t did not answer on 127.0.0.1:{self.http} in 120 s: {self._log_tail()}")

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # it checkpoints and stops
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def _log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        return " | ".join(log.read_text(errors="replace").splitlines()[-5:]) if log.exists() else "(no log)"

    def isql(self, *statements: str) -> str:
        """Run SQL statements through isql-vt; an error in any is raised."""
        script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
        done = subprocess.run([str(ISQL), f"127.0.0.1:{self.sql}", "dba", PASSWORD, "VERBOSE=OFF",
                               "BANNER=OFF", "PROMPT=OFF", "ERRORS=STDOUT"], input=script.encode(),
                              capture_output=True, timeout=600, check=False)
        out = done.stdout.decode(errors="replace")
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql: {out.strip() or done.stderr.decode(errors='replace').strip()}")
        return out

    def load(self, path: Path, graph: str) -> None:
        """Load one file of DATA as docs/serving.md says (GRAPH is ignored for N-Quads and TriG)."""
        assert path.parent == self.data, path
        self.isql(f"ld_dir('{self.data}', '{path.name}', '{graph}')", "rdf_loader_run()", "checkpoint")
        failed = self.isql(f"SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '%{path.name}' "
                           "AND ll_error IS NOT NULL")
        if "rows" in failed and not failed.strip().startswith("0 Rows") and "\n0 Rows" not in failed:
            raise RuntimeError(f"loading {path.name} failed: {failed.strip()}")

    def select(self, query: str) -> dict[str, Any]:
        """The SPARQL 1.1 JSON results of QUERY sent to /sparql (POST form, as a SPARQL client does)."""
        body = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.http}/sparql", data=body, headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=300) as answer:
            return dict(json.loads(answer.read().decode("utf-8")))
