"""The house's shape, checked: the layer contract (pyproject.toml), no import cycle, mypy, room sizes, no
word table in code."""
from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path

import grimp
import networkx as nx
import spacy
import spacy.glossary
from spacy.lang.en.stop_words import STOP_WORDS

from kg.nlp import MODEL

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MAX_LINES = 400


def test_the_layer_contracts_hold() -> None:
    done = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_no_import_cycle_even_inside_functions() -> None:
    graph = grimp.build_graph("kg", cache_dir=None)
    imports = nx.DiGraph((m, i) for m in graph.modules for i in graph.find_modules_directly_imported_by(m))
    cycles = [c for c in nx.strongly_connected_components(imports) if len(c) > 1]
    assert not cycles, cycles


def test_mypy_is_clean_with_the_projects_settings() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "-p", "kg", "--no-incremental"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_no_module_over_400_lines() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in (ROOT / "kg").rglob("*.py")}
    over = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not over, f"{over}: split them into modules of at most {MAX_LINES} lines"


# Code vocabularies made of English words, which are no word tables: the names the code itself gives
# to things (besides spaCy's labels and the fields and terms declared in class bodies, found below).
CODE_WORDS = {
    "turtle", "trig", "people", "all", "table",  # output formats (kg build --format, kg query --format)
    "build", "export", "push", "query", "serve", "validate", "viz", "eval",  # kg commands
    "kg", "schema", "owl", "time", "org",  # RDF prefixes
    "decimal", "double", "float", "integer", "int", "long", "string", "boolean",  # XSD datatypes
    "prenominal", "appositive", "predicative", "elected", "counterpart", "described",  # how a Role was read
    "verb", "noun", "anaphor",  # what a meeting mention hangs on
    "added", "replaced", "unchanged",  # what --store did with an article
}
_WORD = re.compile(r"^[A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+)*$")
_REGEX_SYNTAX = re.compile(r"^\?(?::|P<\w+>|[=!]|<[=!])|\\[bBsSdDwW][+*?]?|[?*+^$]+$|^\^|\$$")


@functools.cache
def _english() -> frozenset[str]:
    """English words: spaCy's stop words and the WordNet lemma index and exceptions shipped in the model."""
    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"])
    lookups = nlp.get_pipe("lemmatizer").lookups
    words = set(STOP_WORDS)
    for table in ("lemma_index", "lemma_exc"):
        for entries in lookups.get_table(table).values():
            words.update(entries)
    return frozenset(words)


def _code_words(trees: dict[Path, ast.Module]) -> frozenset[str]:
    """spaCy's labels, CODE_WORDS, and every name declared in a class body of kg/ (record fields, enum
    members, the terms of the RDF namespaces), lower-case."""
    names = {label.lower() for label in spacy.glossary.GLOSSARY} | CODE_WORDS
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    targets = [stmt.target] if isinstance(stmt, ast.AnnAssign) else getattr(stmt, "targets", [])
                    names.update(t.id.lower() for t in targets if isinstance(t, ast.Name))
    return frozenset(names)


def _strings(node: ast.AST) -> list[str] | None:
    """The strings of a literal collection (a dict's keys when its values are constants too), of a
    `"a b c".split()`, or the alternatives of a regex; None for other nodes."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict) and all(isinstance(v, (ast.Constant, ast.Tuple, ast.List)) for v in node.values):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return node.func.value.value.split()
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
        return [_REGEX_SYNTAX.sub("", piece) for piece in re.split(r"[|()]", node.value)]
    return None


def word_tables(root: Path) -> list[str]:
    """Literal collections (and regex alternations) in the .py files under `root` holding three or more
    English words that are no code vocabulary: "file:line: words"."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    english, code = _english(), _code_words(trees)
    found = []
    for path, tree in trees.items():
        skip = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
        for node in ast.walk(tree):
            strings = None if id(node) in skip else _strings(node)
            words = [s for s in strings or () if _WORD.match(s) and s.lower() not in code
                     and all(part in english for part in re.split(r"[ -]", s.lower()))]
            if len(words) >= 3:
                found.append(f"{path.relative_to(root.parent).as_posix()}:{node.lineno}: {', '.join(words)}")
    return found


def test_no_word_table_inside_a_py_file() -> None:
    """Word lists belong in kg/data/*.toml, read once (kg.data.tables), each with a line on what it is for."""
    found = word_tables(ROOT / "kg")
    assert not found, "move these word tables to kg/data/*.toml:\n" + "\n".join(found)


def test_the_word_table_check_finds_tables(tmp_path: Path) -> None:
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "rules.py").write_text(
        'MONTHS = ("january", "february", "march")\n'
        'LEAD = re.compile(r"^(?:earlier|later|during)\\s+")\n'
        'DAYS = frozenset("Monday Tuesday Friday".split())\n'
        'NUMBERS = {"one": 1, "two": 2, "three": 3}\n'
        'LABELS = {"nsubj", "dobj", "ORG", "PERSON"}\n'
        '__all__ = ["build", "Corpus", "query"]\n'
        'FORMATS = ("turtle", "trig", "nquads")\n', encoding="utf-8")
    found = word_tables(tmp_path / "kg")
    assert sorted(line.split(":")[1] for line in found) == ["1", "2", "3", "4"], found


_ENTS_WRITE = re.compile(r"\.ents\s*=[^=]|\.set_ents\(")


def ents_writes(root: Path) -> list[str]:
    """Lines that set a doc's entities other than through kg.nlp.doc_text's setters."""
    return [f"{path.relative_to(root.parent).as_posix()}:{n}" for path in sorted(root.rglob("*.py"))
            if path.name != "doc_text.py" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if _ENTS_WRITE.search(line.split("#")[0])]


def test_entities_are_set_only_through_doc_text() -> None:
    """kg.nlp.doc_text.doc_ents keeps a doc's entities until kg sets them again: a write past its setters
    (set_doc_ents, assign_doc_ents) would leave the later readers with the entities of before."""
    found = ents_writes(ROOT / "kg")
    assert not found, "set the entities with kg.nlp.doc_text.set_doc_ents or assign_doc_ents:\n" + "\n".join(found)


def test_the_entities_write_check_finds_writes(tmp_path: Path) -> None:
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "rules.py").write_text(
        "doc.ents = spans\n"
        "doc.set_ents(spans, default='outside')\n"
        "same = doc.ents == before\n"
        "kept = doc_ents(doc)  # not doc.ents = x\n", encoding="utf-8")
    assert [line.split(":")[1] for line in ents_writes(tmp_path / "kg")] == ["1", "2"]
