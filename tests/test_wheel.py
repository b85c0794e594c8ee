"""The wheel is complete: built, installed in a new environment, it builds, validates and queries from any folder.

Also `kg validate` (SHACL against the shapes shipped in the package) and the shipped ontology copies.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.ingest import read_inputs
from kg.pipeline import build
from kg.rdf.export import write_turtle
from kg.rdf.namespace import SCHEMA
from kg.rdf.shacl import ONTOLOGY_FILES, ontology_text, violations

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("WASHINGTON, Jan. 18 - Secretary of State Mike Pompeo met North Korean envoy Kim Yong Chol "
           "in Washington on Friday. \"We made progress,\" Pompeo said after the 90-minute meeting.\n")
RDF_FILES = ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.rdf")


def _version() -> str:
    for line in (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    raise AssertionError("pyproject.toml has no version line")


def test_citation_and_licence_match_the_project() -> None:
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in citation and f"version: {_version()}\n" in citation
    assert "license: MIT" in citation and 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text()
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n\nCopyright (c) ")


@pytest.fixture(scope="module")
def small_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.ttl of ARTICLE, built in this process."""
    folder = tmp_path_factory.mktemp("small")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = build(read_inputs([str(folder / "article.txt")], dt.date(2019, 1, 18)))
    write_turtle(result.graph.graph, folder / "graph.ttl")
    return folder / "graph.ttl"


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_shipped_ontology_equals_the_source(name: str) -> None:
    shipped = (ROOT / "kg" / "ontology" / name).read_bytes()
    assert shipped == (ROOT / "ontology" / name).read_bytes(), f"run: cp ontology/{name} kg/ontology/"
    assert ontology_text(name) == shipped.decode("utf-8")


def test_violations_name_focus_path_and_message(small_ttl: Path) -> None:
    data = Graph().parse(small_ttl, format="turtle")
    assert violations(data) == []
    person = next(iter(sorted(data.subjects(RDF.type, SCHEMA.Person))))
    assert isinstance(person, URIRef)
    data.remove((person, SCHEMA.name, None))
    found = violations(data)
    assert [(v.focus, v.path) for v in found] == [(str(person), str(SCHEMA.name))]
    assert "schema:name" in found[0].message and found[0].severity == "Violation"
    assert found[0].line().startswith("kgd:person/")


def kg(*args: str, cwd: Path, exe: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(exe)] if exe else [sys.executable, "-m", "kg.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_validate_exit_codes(small_ttl: Path, tmp_path: Path) -> None:
    good = kg("validate", str(small_ttl), cwd=tmp_path)
    assert good.returncode == 0 and good.stdout == "" and "conforms" in good.stderr, good.stderr
    broken = tmp_path / "broken.nt"  # the article without its identifier
    data = Graph().parse(small_ttl, format="turtle")
    data.remove((None, SCHEMA.identifier, None))
    data.serialize(broken, format="nt", encoding="utf-8")
    bad = kg("validate", str(broken), cwd=tmp_path)
    assert bad.returncode == 1, bad.stderr
    lines = bad.stdout.splitlines()
    assert lines and all(line.startswith("kgd:article/") and "  schema:identifier  " in line for line in lines)
    (tmp_path / "junk.ttl").write_text("this is not <turtle\n")
    (tmp_path / "remote.jsonld").write_text('{"@context": "https://schema.org/", "name": "x"}\n')
    unusable = kg("validate", "junk.ttl", "missing.nt", "graph.csv", "remote.jsonld", str(small_ttl), cwd=tmp_path)
    assert unusable.returncode == 2
    errors = [line for line in unusable.stderr.splitlines() if line.startswith("kg: error: ")]
    assert [e.split(":")[2].strip() for e in errors] == ["junk.ttl", "missing.nt", "graph.csv", "remote.jsonld"]
    assert "Traceback" not in unusable.stderr and "conforms" in unusable.stderr  # the good graph still checked


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `kg` script of a wheel built from a copy of the sources, installed into a new virtual environment.

    The new environment reaches the dependencies through a .pth line naming this interpreter's
    site-packages (like --system-site-packages, but for a venv), so nothing is downloaded; kg itself
    comes only from the wheel, as an editable install's finder is not loaded there."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(source)], check=True,
                   capture_output=True, timeout=600)
    wheel = next((tmp / "dist").glob("kg-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "kg_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([*pip, "--python", str(venv / "bin" / "python"), "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return venv / "bin" / "kg"


def test_installed_wheel_builds_validates_and_queries_anywhere(installed: Path, tmp_path: Path) -> None:
    version = kg("--version", cwd=tmp_path, exe=installed)
    assert version.stdout.strip() == f"kg {_version()}"
    where = subprocess.run([str(installed.parent / "python"), "-c", "import kg.rdf.shacl as m; print(m.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert where.startswith(str(installed.parents[1])), where  # kg from the wheel, not from the repository
    assert list(installed.parents[1].glob("lib/python*/site-packages/kg-*.dist-info/**/LICENSE"))
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    build = kg("build", "article.txt", "-o", "out", "--date", "2019-01-18", "--format", "all", "--no-progress",
               cwd=tmp_path, exe=installed)
    assert build.returncode == 0, build.stderr
    assert "1 documents, 2 people" in build.stderr
    check = kg("validate", *(f"out/{name}" for name in RDF_FILES), cwd=tmp_path, exe=installed)
    assert check.returncode == 0 and check.stdout == "", check.stdout + check.stderr
    assert check.stderr.count("conforms") == len(RDF_FILES)
    people = kg("query", "out/graph.ttl", "PREFIX schema: <https://schema.org/> "
                "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n", "--format", "csv",
                cwd=tmp_path, exe=installed)
    assert people.returncode == 0, people.stderr
    assert people.stdout.splitlines() == ["n", "Kim Yong Chol", "Mike Pompeo"]
    shipped = kg("query", "out/graph.nq", "--name", "person-meetings", "--param", "name=Mike Pompeo",
                 "--format", "csv", cwd=tmp_path, exe=installed)  # a query file shipped in the wheel
    assert shipped.returncode == 0, shipped.stderr
    assert shipped.stdout.splitlines()[1].startswith("Mike Pompeo,2019-01-18,Held,Washington,Kim Yong Chol,")


def test_the_wheel_ships_every_data_file(installed: Path) -> None:
    """The word tables and derived lexicons of kg/data/ (read at run time) are all in the wheel."""
    shipped = next(installed.parents[1].glob("lib/python*/site-packages/kg/data"))
    source = ROOT / "kg" / "data"
    wanted = {p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    found = {p.relative_to(shipped).as_posix() for p in shipped.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert wanted and wanted <= found, sorted(wanted - found)
