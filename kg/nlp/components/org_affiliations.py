"""A person's party or group in brackets after the name, read by construction.

"said MEP Ana Roe (Renew)", "Tom Hale (The Left)", "Jan Berg (Greens/EFA)", "Ravi Rao (Janata Front)": one to
four capitalised words in brackets right after a person's name, no place, people, title or number, name the
group the person sits for: a body (the model tags them as a person, or leaves them untagged). Read only in a
sentence that tells a member of a house ("MEP", "lawmaker"), and not the initials of the name ("(MBS)") unless
the name has a body's word ("the Tigray People's Liberation Front (TPLF)" taken for a person).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.base import core
from kg.nlp.components.country_offices import TITLE_ACRONYMS
from kg.nlp.lexicon import BODY_WORDS, HONORIFICS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS, words

_MAX_WORDS = 4
_JOINERS = frozenset(words("components/org_portfolios")["group_joiners"])
_MEMBERS = frozenset(words("components/org_portfolios")["member_words"])


def bracketed_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the group in brackets after each person's name tagged as a body."""
    found = [g for s in spans if s.label_ == "PERSON" and (g := _group_after(doc, s.end)) is not None
             and (_body_named(s) if _initials(s, g) else _member_told(s))]
    if not found:
        return spans
    taken = {i for g in found for i in range(g.start - 1, g.end + 1)}
    return sorted([s for s in spans if not taken & set(range(s.start, s.end))] + found, key=lambda s: s.start)


def _group_after(doc: Doc, i: int) -> Span | None:
    """The words inside "( ... )" opening at token i, when they may name a party or group."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and doc[j].text != ")" and j - i <= _MAX_WORDS:
        j += 1
    if j >= len(doc) or doc[j].text != ")" or j == i + 1:
        return None
    words_ = doc[i + 1:j]
    first = words_[1] if words_[0].lower_ == "the" and len(words_) > 1 else words_[0]
    if not (first.text[:1].isupper() and first.is_alpha) or len(first.text) < 2:
        return None  # "(R)", "(45)", "(left)"
    if any(t.like_num or t.is_punct and t.text not in _JOINERS or not t.text[:1].isupper() and t.lower_ not in
           _JOINERS | {"the"} for t in words_):
        return None  # "(R-Texas, 2nd district)", "(pictured)"
    text = words_.text
    bare = text[4:] if text.startswith("The ") else text
    if (gazetteer.known_place(bare) or bare in gazetteer.country_names() or bare in gazetteer.demonyms()
            or any(t.text in TITLE_ACRONYMS or t.lower_ in TITLE_HEADS or t.text in TITLE_MODIFIERS
                   or t.text in HONORIFICS for t in words_)):
        return None  # "(Qatar)", "(Kenyan)", "(MEP)", "(Foreign Minister)": a place, a people or a title
    return Span(doc, i + 1, j, label="ORG")


def _member_told(person: Span) -> bool:
    """Whether the person's sentence tells a member of a house ("MEP", "lawmaker", "rapporteur"): a group in
    brackets is read only there, not a nickname ("Mohamed Hamdan Dagalo (Hemedti) arrived")."""
    return any(t.lower_ in _MEMBERS or t.lemma_.lower() in _MEMBERS for t in person.sent)


def _body_named(person: Span) -> bool:
    """"the Tigray People's Liberation Front (TPLF)": a body's name the model took for a person's (a body's word
    in it), its letters in brackets after it."""
    return any(t.text in BODY_WORDS or t.lower_ in ORG_HEADS for t in person)


def _initials(person: Span, group: Span) -> bool:
    """"Mohammed bin Salman (MBS)": the brackets hold the initials of the name before them."""
    return len(group) == 1 and group.text.upper() == "".join(t.text[0] for t in core(person) if t.is_alpha).upper()
