"""Meetings: sides settled from the article's cast (issue 13) - a state or body is no side beside its own person at
the table, a word told only inside another side's title is no side of its own - on invented sentences with invented
names; each row names the construction it reads."""
from __future__ import annotations

import pytest

from .test_meetings import _names, _run, nlp  # noqa: F401  (the module's spaCy fixture)

# text, the expected sides of each meeting found
CASES = [
    # a state whose own person sits at the table is no side beside them (a counterpart's visit to the host's state)
    ("Hungarian Prime Minister Tomas Varga held talks with his Moldovan counterpart Ion Rusu in Budapest on Monday, "
     "as part of the latter's official visit to Hungary.",
     [{"Tomas Varga", "Ion Rusu"}]),
    # ... nor a body whose titled official is at the table
    ("European Union Special Representative Anna Berg met union leader Karim Saidi in Tunis on Tuesday.",
     [{"Anna Berg", "Karim Saidi"}]),
    # ... but states told as the subject of their own clause stay sides beside their people
    ("Norway and Chile have signed a fisheries accord. The deal was signed in Oslo by Norwegian Foreign Minister "
     "Lars Dahl and his Chilean counterpart Rosa Vidal.",
     [{"Norway", "Chile", "Lars Dahl", "Rosa Vidal"}]),
    # a topic the tagger took for a name, told only as the complement of a side's title ("the X Secretary, Y")
    ("On Monday the Brexit Secretary, Tom Hale, will meet the Norwegian chief negotiator, Lars Dahl, in Bergen.",
     [{"Tom Hale", "Lars Dahl"}]),
    # ... but a titled person whose name the parser hung on another's title stays a side
    ("Ann Reid, the council leader, sat down with GMB Wales organiser Tariq Omar and Unison Cardiff branch secretary "
     "Beth Quinn on Tuesday afternoon.",
     [{"Ann Reid", "Tariq Omar", "Beth Quinn"}]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sides_from_cast(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text)
    assert sorted(sorted(_names(m, res)) for m in meetings) == sorted(sorted(e) for e in expected)
