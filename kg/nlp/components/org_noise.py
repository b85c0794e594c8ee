"""OrgRepair's last pass: names the model took for bodies that are the page's furniture, a title's letters,
an honorific or a programme.

- "KEY OUTCOMES", "SUNDAY PROFILE": a heading's word in capitals on a line written in capitals is no body;
- "OTTAWA — Canada's premiers ...": a known place in capitals before a dash opening a line is a dateline's place;
- "FYI from the office", "No guidance on a Q&A": the shorthand of notes and logs is no body;
- "FLOTUS Jane Roe hosted": a title's letters before its holder's name are no body;
- "H.E. Mr.", "Lt. Gen. (Ret.)", "Fra'": honorifics and rank marks alone are no name;
- "the European Peace Facility", "the Chiang Mai Initiative": a name ending in a programme's head, and
  "the Development Road project": a name without a body's word before a programme's noun, are programmes.
The word lists are kg/data/nlp/components/org_noise.toml.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.asked_outlets import asked_outlets
from kg.nlp.components.base import COMPANY_WORDS, _relabel, core, core_text
from kg.nlp.components.country_offices import TITLE_ACRONYMS, country_offices, title_offices
from kg.nlp.components.org_affiliations import bracketed_groups
from kg.nlp.components.org_headlines import headline_bodies
from kg.nlp.components.org_people import bodies_as_people
from kg.nlp.components.org_portfolios import without_portfolios
from kg.nlp.components.org_things import without_things
from kg.nlp.components.outlets import told_outlets
from kg.nlp.components.titled_bodies import titled_people
from kg.nlp.components.wire_credits import DASHES
from kg.nlp.lexicon import BODY_WORDS, HONORIFICS, TITLE_ABBREVIATIONS, common_nouns, words

_W = words("components/org_noise")
HEADING_WORDS = frozenset(_W["heading_words"])
PAGE_SHORTHAND = frozenset(_W["page_shorthand"])
NAME_MARKS = frozenset(_W["name_marks"]) | HONORIFICS | frozenset(TITLE_ABBREVIATIONS)
PROGRAMME_HEADS = frozenset(_W["programme_heads"])
PROGRAMME_NOUNS = frozenset(_W["programme_nouns"])
PARTY_NOUNS = frozenset(_W["party_nouns"])


def not_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without the bodies that are furniture, titles, honorifics or programmes (other labels kept),
    with the outlets a source tells (kg.nlp.components.outlets), the offices a country's or a post's possessive
    names (kg.nlp.components.country_offices), the people inside bodies' names after a title
    (kg.nlp.components.titled_bodies), without the portfolios before a title (kg.nlp.components.org_portfolios)
    and the short forms of agreements, projects and documents (kg.nlp.components.org_things), with people's
    names made people (kg.nlp.components.org_people) and the groups in brackets after a person
    (kg.nlp.components.org_affiliations)."""
    spans = titled_people(doc, title_offices(doc, country_offices(doc, told_outlets(doc, headline_bodies(doc, spans)))))
    spans = bracketed_groups(doc, bodies_as_people(doc, without_things(doc, without_portfolios(doc, spans))))
    spans = asked_outlets(doc, spans)  # after bodies_as_people: "Savon Sanomat" is no person's name there
    # "FLOTUS Jane Roe" taken as one name: the title's letters are no part of it
    spans = [Span(doc, s.start + 1, s.end, label="PERSON") if s.label_ == "PERSON" and len(s) > 2
             and s[0].text in TITLE_ACRONYMS else s for s in spans]
    # "the nationalist Vazrazhdane party": the lower-case class noun is no part of the party's name
    spans = [Span(doc, s.start, s.end - 1, label="ORG") if s.label_ == "ORG" and len(core(s)) > 1
             and s[-1].text in PARTY_NOUNS and all(t.text[:1].isupper() for t in core(s)[:-1]) else s for s in spans]
    orgs = [s for s in spans if s.label_ == "ORG"]
    if not orgs:
        return spans
    programmes = {core_text(s) for s in orgs if _before_programme_noun(core(s))}
    drop = {(s.start, s.end) for s in orgs if _noise(core(s)) or core_text(s) in programmes}
    places = {(s.start, s.end) for s in orgs if _dateline_dash(s)}
    if not drop and not places:
        return spans
    return [_relabel(s, "PLACE") if (s.start, s.end) in places else s for s in spans if (s.start, s.end) not in drop]


def _noise(c: Span) -> bool:
    text = c.text
    if len(c) == 1 and (text in PAGE_SHORTHAND or text in TITLE_ACRONYMS and _before_person(c)):
        return True
    if all(t.text in NAME_MARKS or t.text.rstrip(".'") in NAME_MARKS or t.is_punct for t in c):
        return True
    if len(c) > 1 and c[-1].text in PROGRAMME_HEADS:
        return True
    return len(c) == 1 and text.isupper() and len(text) > 2 and _heading_word(text.lower()) and _capitals_line(c)


def _dateline_dash(s: Span) -> bool:
    """"OTTAWA — Canada's premiers left ...": a place the gazetteer knows, in capitals, opening a line before a
    dash is the dateline's place."""
    doc = s.doc
    opens = s.start == 0 or "\n" in doc[s.start - 1].text
    return (opens and s.end < len(doc) and doc[s.end].text in DASHES and s.text.isupper()
            and gazetteer.known_place(s.text.title()))


def _before_person(c: Span) -> bool:
    """"FLOTUS Jane Roe hosted": the title's letters before its holder's name are no name of their own (alone,
    "EAM met X", the meeting extractor reads them as the holder, so they stay)."""
    doc = c.doc
    return c.end < len(doc) and doc[c.end].ent_type_ == "PERSON"


def _heading_word(low: str) -> bool:
    return low in HEADING_WORDS or low in common_nouns()


def _capitals_line(c: Span) -> bool:
    """Every word of the mention's line, or of its part between pipes ("SUNDAY PROFILE | The woman ..."), is
    written in capitals (a heading, not "the KEY party")."""
    doc = c.doc
    i, j = c.start - 1, c.end
    while i >= 0 and "\n" not in doc[i].text and doc[i].text != "|":
        if doc[i].is_alpha and not doc[i].is_upper:
            return False
        i -= 1
    while j < len(doc) and "\n" not in doc[j].text and doc[j].text != "|":
        if doc[j].is_alpha and not doc[j].is_upper:
            return False
        j += 1
    return True


def _before_programme_noun(c: Span) -> bool:
    """"the Development Road project": a programme's noun right after a name with no body's or company's word,
    not written in capitals (an acronym before "programme" is the body that runs it: "the UNDP programme")."""
    doc = c.doc
    if c.end >= len(doc) or doc[c.end].lower_ not in PROGRAMME_NOUNS or not doc[c.end].is_lower:
        return False
    return not any(t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS or t.is_upper for t in c)
