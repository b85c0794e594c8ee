"""Gender agreement of "he"/"she" with the person it refers back to, from what the text tells of each person
(an honorific, a gendered title, a pronoun after the name) or, failing that, the census sex of the given name."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.records import _Context
from kg.extract.genders import gender_words, person_genders


def disagrees(ctx: _Context, pron: Token, key: str) -> bool:
    """Whether the person `key` is of the other gender than the pronoun ("she" for a man)."""
    gender = gender_words().get(("pronoun", pron.lower_))
    if gender is None:
        return False
    told = told_gender(ctx, key).rstrip("?")
    return bool(told) and told != gender


def told_gender(ctx: _Context, key: str) -> str:
    """The person's gender as the article tells it ("m", "f", with "?" when only the given name tells it), else
    "" (read once per article, on the first question)."""
    if ctx.genders is None:
        ctx.genders = person_genders(ctx.doc, ctx.res)
    return ctx.genders.get(key, "")
