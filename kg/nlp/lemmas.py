"""Lemmas on demand: the model's lemmatizer stays off the pipeline and runs for the tokens a rule reads."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from kg.data import tables

_REPAIRS: dict[str, str] = dict(tables("nlp/lexicon")["lemma_repairs"])
_lemmatizer: Any = None  # the model's lemmatizer, once kg.nlp.load.load_pipeline has run in this process


def use_lemmatizer(pipe: Any) -> None:
    """Called by load_pipeline with the model's lemmatizer it took off the pipeline.

    Its rules test each candidate form with `form in index`, and the model ships each part of speech's
    index as a list (57,000 nouns): as a frozenset the same test gives the same lemmas, without the scan."""
    global _lemmatizer
    _lemmatizer = pipe
    index = pipe.lookups.get_table("lemma_index", {}) if hasattr(pipe, "lookups") else {}
    for pos, forms in list(index.items()):
        if isinstance(forms, list):
            index[pos] = frozenset(forms)


def lemma(token: Token) -> str:
    """The token's lemma, as the model's lemmatizer would have set it in the pipeline: a lemma the
    attribute ruler gave is kept, else the lemmatizer makes one (kept on the token for later reads), but for
    the forms it cuts to another verb (kg/data/nlp/lexicon.toml, lemma_repairs)."""
    if token.lemma == 0 and _lemmatizer is not None:
        token.lemma_ = _REPAIRS.get(token.lower_) or _lemmatizer.lemmatize(token)[0]
    return token.lemma_


def known_adjective(word: str) -> bool:
    """Whether the model's lemmatizer knows the word, in lower case, as an English adjective ("korean",
    "nordic"; not "asean")."""
    if _lemmatizer is None or not hasattr(_lemmatizer, "lookups"):
        return False
    return word.lower() in _lemmatizer.lookups.get_table("lemma_index", {}).get("adj", ())


def english_word(token: Token) -> bool:
    """Whether the model's lemmatizer knows the word (its lemma, in lower case) as an English noun, verb, adjective or
    adverb ("Maoist", "Secular", "Flag"; not "Keidanren", "Taqaddum", a body's name in its own language)."""
    if _lemmatizer is None or not hasattr(_lemmatizer, "lookups"):
        return True
    index = _lemmatizer.lookups.get_table("lemma_index", {})
    return any(token.lower_ in forms or lemma(token).lower() in forms for forms in index.values())


def verb_not_noun(word: str) -> bool:
    """Whether the model's lemmatizer knows the word, in lower case, as a verb and not as a noun ("expand", "agree";
    not "meet", "trade")."""
    if _lemmatizer is None or not hasattr(_lemmatizer, "lookups"):
        return False
    index = _lemmatizer.lookups.get_table("lemma_index", {})
    return word.lower() in index.get("verb", ()) and word.lower() not in index.get("noun", ())
