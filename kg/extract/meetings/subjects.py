"""The sides an event's mentions tell as the subject of their own clause: "The United States and Brazil have signed
an accord" tells the states as sides in their own right, "A met his Brazilian counterpart B" tells Brazil only
through B (see `represented`)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.records import _Context, _Event

_SUBJECTS = {"nsubj", "nsubjpass"}


def subject_sides(ctx: _Context, event: _Event) -> set[str]:
    """The keys named by a subject (or a conjunct of one) of a mention's trigger or of the verb it hangs on."""
    out: set[str] = set()
    for m in event.mentions:
        verbs = {m.trigger.i, m.trigger.head.i}
        for tok in m.trigger.sent:
            key = ctx.root_of.get(tok.i)
            if key is not None and _subject(tok).head.i in verbs and _subject(tok).dep_ in _SUBJECTS:
                out.add(key)
    return out


def _subject(tok: Token) -> Token:
    """The first of a run of conjuncts ("The United States and Brazil": "United States")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok
