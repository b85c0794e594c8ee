"""Stock indices the model took for bodies: "the Hang Seng index", "the Dow fell 300 points".

A name written before an index word, tagged or not, or an organization's name of which some occurrence
moves by points, is an index, no body (TypeRepair drops it). The word table is
kg/data/nlp/components/index_names.toml.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from kg.nlp.components.base import POSSESSIVE, core_text
from kg.nlp.doc_text import token_texts
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import INDEX_WORDS, words

_POINTS_WON = frozenset(words("components/index_names")["points_won_verbs"])


def is_index(ent: Span, index_names: set[str]) -> bool:
    """"the Hang Seng index", "the FTSE 100 Index", "the Dow fell 300 points"."""
    if core_text(ent) in index_names:
        return True  # "the Dow Jones Industrial Average", "the Hang Seng index", "the FTSE 100 index"
    root = ent.root
    if root.dep_ in {"poss", "compound"} and root.head.like_num and root.head.i >= ent.end:
        root = root.head  # "the Standard & Poor's 500 plunged by 30 points"
    while root.dep_ == "conj":
        root = root.head  # "the Nasdaq and the S&P 500 dipped by 96 points"
    verbs = [c for c in root.children if c.dep_ == "relcl"] + ([root.head] if root.dep_ == "nsubj" else [])
    # the lemma "point" is only ever made from a word spelled "point..." (the lemmatizer cuts endings):
    # the spelling is tested first, so the lemmatizer runs for those words only
    return any(t.lower_.startswith("point") and lemma(t).lower() == "point" and t.i > root.i
               and (t.head.i == verb.i or t.head.head.i == verb.i)
               and lemma(verb).lower() not in _POINTS_WON  # "Sweden won three points": a team
               for verb in verbs for t in verb.subtree)  # "the Dow (DJIA), which fell 678 points'


def names_moving_by_points(doc: Doc, names: list[str]) -> set[str]:
    """Organization names of which some occurrence, tagged or not, moves by points ("Dow Jones falls below
    9,000" in a headline, and later "the Dow Jones, which fell 678 points")."""
    found: set[str] = set()
    if not any(text.lower().startswith("point") for text in token_texts(doc)):
        return found  # most articles: nothing moves by points, no name to look up
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for n in names:
        if n:
            words = tuple(n.split())
            by_first[words[0]].add(words)
    for i, text in enumerate(token_texts(doc)):  # no Token made per word
        for w in by_first.get(text, ()):
            if tuple(token_texts(doc)[i:i + len(w)]) == w and " ".join(w) not in found:
                if is_index(doc[i:i + len(w)], set()):
                    found.add(" ".join(w))
    return found


def index_word_names(doc: Doc) -> set[str]:
    """Names written before an index word, tagged or not: "Dow", "Dow Jones" and "Dow Jones Industrial"
    of "the Dow Jones Industrial Average"; "Hang Seng" of "the Hang Seng index"."""
    names: set[str] = set()
    for n, text in enumerate(token_texts(doc)):  # a Token made only for an index word
        if n == 0 or text.lower() not in INDEX_WORDS:
            continue
        start = n
        while start > 0 and n - start < 6 and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num
                                                or doc[start - 1].text in {"&", "-"} | POSSESSIVE):
            start -= 1
        run = [t for t in doc[start:n + 1]]
        for i, first in enumerate(run):
            if first.text[:1].isupper() and first.is_alpha:
                names.update(doc[first.i:t.i + 1].text for t in run[i:])
    return names
