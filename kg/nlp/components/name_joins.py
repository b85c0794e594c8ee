"""NameJoins: a person's name the model cut into pieces is one name.

- "Somali President Abdullahi Sheikh Hassan Warsame": two people side by side with nothing between
  them are one person;
- "Jean-Pierre Lukusa Mbaya", "Elnur Rasim oglu Mammadli", "Rosario Dimaculangan-Reyes",
  "Abdulrahman bin Khalid al-Saud": a person goes on over the capitalised proper nouns the model
  left untagged, over a name particle before one ("bin", "oglu", "da") and over a joined hyphen;
- "Igor Valentinovich Demidov ... Mr. Demidov", "Delgado-Haynes told": a surname PersonConsistency
  finds untagged begins back over the given names and the first part of a joined surname (name_begin);
- "spokesperson Ruchika Mathur", "Secretary of State Antony J. Blinken" where the model tagged from the
  surname or the initial on: a person begins back over the given names it left untagged (name_begin);
- "Chen Haoran Meets with X" (a headline), "the Pope": a capitalised verb ends a name, a title word alone is none;
- "Zambian President Mwila Chanda Banda": after a title's head, a run of capitalised proper nouns the
  model cut into a place and a body, none of them a known place, is a person.
Runs after OrgRepair, before PersonConsistency (which then types the surname's other mentions).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import _set_ents
from kg.nlp.components.given_names import PERSON_NOUNS, given_names
from kg.nlp.components.title_filter import BODIES
from kg.nlp.components.paragraphs import abbreviation_start, after_a_town, given_name_dot
from kg.nlp.components.person_evidence import noun_file
from kg.nlp.lexicon import HONORIFICS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from kg.nlp.lexicon import common_nouns, words
from kg.nlp.doc_text import doc_ents

_W = words("components/name_joins")
_PARTICLES = frozenset(_W["particles"])
# a photo credit's boilerplate ends the photographer's name ("REUTERS/Ann Lee Purchase Licensing Rights")
_BOILERPLATE = frozenset(w.lower() for w in words("components/wire_credits")["credit_boilerplate"])
_STOPS = frozenset(_W["stops"]) | TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS | _BOILERPLATE
STOPS = _STOPS  # words that end a name (days, months, title words ...), read by other name rules too
_FRAGMENTS = {"PERSON", "ORG", "PLACE", "GPE", "FAC", "LOC"}
_HYPHENS = {"-", "‐", "‑"}
_OPENING_QUOTES, _CLOSING_QUOTES = {'"', "“", "‘", "'"}, {'"', "”", "’", "'"}
_VERB_TAGS = {"VBZ", "VBD", "VBP"}  # a finite verb, never a word of a name
_HEADLINE_VERBS = frozenset(_W["headline_verbs"])


@cache
def _nouns() -> frozenset[str]:
    return frozenset(common_nouns())


class NameJoins:
    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        ents = sorted(doc_ents(doc), key=lambda e: e.start)
        index = {e.start: n for n, e in enumerate(ents)}  # entities never overlap: one per start
        out: list[Span] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            if (ent.label_ == "PERSON" or _after_title(ent)) and not _nationality(ent):
                end, taken = _extend(doc, ents, i, index)
                start = name_begin(doc, ent) if ent.label_ == "PERSON" else ent.start
                if (end > ent.end or start < ent.start) and (ent.label_ == "PERSON" or taken):
                    out.append(Span(doc, start, end, label="PERSON"))
                    i += 1 + taken
                    continue
            out.append(ent)
            i += 1
        return _bounded(doc, [s for e in out for s in _cut_led(e)])


def _bounded(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Chen Haoran Meets with ...": a headline's capitalised verb is no part of the name before it; "the Pope",
    "State Councilor and ...": a title word alone is nobody's name (unless a name of the article ends in it)."""
    parts = {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}
    out = []
    for span in spans:
        if span.label_ == "PERSON":
            end = span.end
            while end - span.start > 2 and doc[end - 1].is_title and (
                    doc[end - 1].tag_ in _VERB_TAGS or doc[end - 1].lower_ in _HEADLINE_VERBS):
                end -= 1
            span = Span(doc, span.start, end, label="PERSON") if end < span.end else span
            if len(span) == 1 and span[0].lower_ in TITLE_HEADS and span.text not in parts:
                continue
            # styles written before the span may go on inside it ("Dato' | Sri Haji X": the model's span starts late)
            start = first = style_before(doc, span.start)
            while (n := _style_at(doc, start, span.end, start > first)) and span.end - start - n >= 1:
                start += n
            start = max(start, span.start)
            if _style_at(doc, start, span.end, start > first) == span.end - start:
                continue  # "Datuk Seri", "Pertuan Agong": a style alone is nobody
            # the styles off the name, unless more follow inside it (a Bruneian string of honours is kept whole)
            whole = start > span.start and any(_style_at(doc, i, span.end, True) for i in range(start, span.end))
            span = Span(doc, start, span.end, label="PERSON") if start > span.start and not whole else span
        out.append(span)
    return out


def _styles(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of styles as token sequences, longest first ("di-Pertuan" and "Dato'" are three and two tokens)."""
    return tuple(sorted((tuple(s.replace("-", " - ").replace("'", " '").split()) for s in _W[key]), key=len,
                        reverse=True))


_STYLES, _AFTER_STYLES = _styles("honour_styles"), _styles("after_styles")


def _style_at(doc: Doc, start: int, end: int, after: bool = False) -> int:
    """How many words from `start` (before `end`) are an honour's style ("Datuk Seri", "Tan Sri"; "Haji" only
    `after` another), 0 without."""
    words_ = [t.text for t in doc[start:end]]
    return next((len(s) for s in _STYLES + (_AFTER_STYLES if after else ()) if tuple(words_[:len(s)]) == s), 0)


def style_before(doc: Doc, end: int) -> int:
    """Where the honours' styles written right before token `end` begin ("Prime Minister [Datuk Seri] X",
    "Attorney-General [Tan Sri] X", "[Dato Haji] X"); `end` itself without one."""
    def ending(start: int, styles: tuple[tuple[str, ...], ...]) -> int:
        return next((len(s) for s in styles if start >= len(s)
                     and tuple(t.text for t in doc[start - len(s):start]) == s), 0)
    start = end
    while found := ending(start, _STYLES) or (n if (n := ending(start, _AFTER_STYLES)) and ending(start - n, _STYLES)
                                              else 0):
        start -= found
    return start


def _nationality(ent: Span) -> bool:
    """A country or its people's word the model took for a person ("Slovak" in "Slovak Prime Minister X")
    begins no name."""
    return ent.text in gazetteer.demonyms() or ent.text in gazetteer.country_names()


def _namelike(t: Token) -> bool:
    """A capitalised proper noun that can go on a name ("Mbaya", "Reyes"), not a day or a title word."""
    # a plural proper noun names a group or a product line ("the Warhol Polaroids")
    return (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.tag_ == "NNP"
            and t.lower_ not in _STOPS and not t.is_sent_start)


def _extend(doc: Doc, ents: list[Span], i: int, index: dict[int, int]) -> tuple[int, int]:
    """The end of the name begun by ENTS[I], and how many following entities it takes in (INDEX: each
    entity's position by its start, made once per document)."""
    ent = ents[i]
    end, taken = ent.end, 0
    # nothing goes on after a possessive or a closing mark ("Lawrence Lessig's Free Culture")
    while end < len(doc) and (doc[end - 1].is_alpha or doc[end - 1].text[-1] in ".-")\
            and doc[end - 1].whitespace_ in ("", " ") and not doc[end].is_sent_start:
        t = doc[end]
        if index.get(end, -1) > i:  # an entity after ENT begins here: the next one can go on the name
            n = index[end] - i - 1
            nxt = ents[index[end]]
            if n != taken or nxt.label_ not in _FRAGMENTS or not all(map(_part, nxt)):
                break
            end, taken = nxt.end, taken + 1
        elif (after := _nickname_end(doc, end)) is not None:
            end = after  # 'Juan Miguel "Migz" Tolentino': a nickname in quotes between the given names and the surname
        elif t.ent_type_ or t.ent_iob_ == "I":
            break
        elif t.text in _HYPHENS and not t.whitespace_ and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and _namelike(doc[end + 1]) and not doc[end + 1].ent_type_:
            end += 2
        elif t.lower_ in _PARTICLES and end + 1 < len(doc) and _particle_before(doc, end):
            end += 1
        elif t.lower_ in _PARTICLES and t.whitespace_ == "" and end + 2 < len(doc) and doc[end + 1].text in _HYPHENS:
            end += 2  # "al-" as its own tokens: the name after the hyphen follows
        elif _namelike(t):
            end += 1
        else:
            break
    # a trailing particle or hyphen is no part of the name
    while end > ent.end and (doc[end - 1].lower_ in _PARTICLES or doc[end - 1].text in _HYPHENS):
        end -= 1
    return end, taken


def _nickname_end(doc: Doc, i: int) -> int | None:
    """The end of the surname after a nickname in quotes that opens at token I ('William "Bill" Hartley',
    "Juan Miguel “Migz” Tolentino"): one or two capitalised words inside the marks, glued to them, and a
    capitalised word after; None when the quotes hold anything else."""
    if doc[i].text not in _OPENING_QUOTES or doc[i].whitespace_ or not doc[i - 1].whitespace_:
        return None
    close = i + 1
    while close < len(doc) and close - i <= 3 and doc[close].is_alpha and doc[close].is_title:
        close += 1
    if close == i + 1 or close + 1 >= len(doc) or doc[close].text not in _CLOSING_QUOTES \
            or doc[close - 1].whitespace_ or doc[close].whitespace_ != " ":
        return None
    surname = doc[close + 1]
    if not (surname.is_alpha and surname.is_title) or surname.lower_ in _STOPS or surname.is_stop:
        return None
    return close + 2


def name_begin(doc: Doc, ent: Span) -> int:
    """Where the person's name begins: over given names the model left untagged before the surname
    ("spokesperson Ruchika Mathur", ", Igor Valentinovich Demidov,") and the first part of a joined
    double surname ("Delgado-Haynes")."""
    start = ent.start
    if start > 1 and doc[start].is_sent_start and given_name_dot(doc, start - 1):
        # "spokesperson Ma. Lourdes Reyes": the parser ends a sentence at the abbreviation's dot, the name goes on
        return _abbreviated_given(doc, start - 1) or start
    while start > 0 and not doc[start].is_sent_start and not _initial_opening(doc[start]):
        t = doc[start - 1]
        first = doc[start - 2] if start > 1 else t
        if t.text in _HYPHENS and not t.whitespace_ and not first.whitespace_ and first.is_alpha \
                and first.text[:1].isupper() and not first.text.isupper() and not first.ent_type_:
            start -= 2
        elif t.whitespace_ == " " and _namelike(t) and not t.ent_type_ and t.lower_ not in _nouns() \
                and t.text not in PORTFOLIO_WORDS:  # "Minister of Water Resources Ana Neto": a portfolio's word
            start -= 1  # a common noun is a title's or a body's word ("Commission Chairperson"), no given name
        elif t.whitespace_ == " " and t.is_sent_start and _opens_name(t):
            start -= 1  # "Legesse Tulu Gemechu, the minister, said": the given name opening the sentence
        elif t.whitespace_ == " " and (given := _abbreviated_given(doc, start - 1)) is not None:
            start = given  # "Ma. Lourdes Reyes", "Md. Rafiqul Islam": an abbreviated given name opens the name
        else:
            break
        if doc[start].is_sent_start:
            break
    return start


def _abbreviated_given(doc: Doc, i: int) -> int | None:
    """The first token of an abbreviated given name ending at token I ("Md.", "Ma" + ".", "Mohd"), or None; not
    a town's state ("Bethesda, Md.")."""
    first = abbreviation_start(doc, i)
    return None if first is None or after_a_town(doc, first) else first


def _initial_opening(t: Token) -> bool:
    """"T A Mohammed Haneef": a name written from its initials on begins at them (initials.py)."""
    return len(t.text) == 1 and t.text.isupper() and t.ent_type_ == "PERSON" and t.ent_iob_ == "B"


def _opens_name(t: Token) -> bool:
    """A sentence's first word that can be a given name: a capitalised proper noun, untagged, no title's, day's
    or common word ("Legesse", not "Officials", "Yesterday", "President")."""
    return t.is_alpha and t.is_title and t.tag_ == "NNP" and not t.ent_type_ and not t.is_stop \
        and t.lower_ not in _STOPS and t.lower_ not in _nouns()


def _particle_before(doc: Doc, i: int) -> bool:
    nxt = doc[i + 1]
    return doc[i].whitespace_ == " " and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start


def _part(t: Token) -> bool:
    return (t.text[:1].isupper() and t.lower_ not in _STOPS) or t.lower_ in _PARTICLES or t.text in _HYPHENS


def _is_place(ent: Span) -> bool:
    return ent.label_ in {"COUNTRY", "NORP"} or (ent.label_ != "PERSON" and gazetteer.known_place(ent.text))


def _after_title(ent: Span) -> bool:
    """A non-person fragment right after a capitalised title head ("President Mwila"), itself no place."""
    doc = ent.doc
    if ent.label_ not in _FRAGMENTS or ent.label_ == "PERSON" or ent.start == 0 or _is_place(ent):
        return False
    head = doc[ent.start - 1]
    return head.lower_ in TITLE_HEADS and head.text[:1].isupper() and all(_namelike(t) or t.is_alpha for t in ent) \
        and all(t.text[:1].isupper() for t in ent)


def _cut_led(ent: Span) -> list[Span]:
    """A PERSON span that opens with the end of a title's complement, run into the name: "West Asia Tomasz
    Lisiecki" (of "Director General for Central and West Asia"), "Cooperatives Grace Nakato" (of "Minister of
    Trade, Industry and Cooperatives"), "Gwadar Port Authority Jamal Baloch" (of "Chairman"). The span follows a
    capitalised title head or a complement's joint ("and", "for", "of"); its opening words are a plural thing's noun,
    or two words or more ending in a body's or a quality's noun, or (after a joint) a known place; two to four name words
    follow, none a thing's noun. The name alone is the person; the words before it, the place the gazetteer
    knows, or nothing. Not "Tan Sri Abdul Rahim" or "Anil Kumar" (one word, no plural)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 3 or ent.start == 0 or ent[0].lower_ in given_names() \
            or ent[0].text in HONORIFICS:
        return [ent]
    inside = _in_complement(doc, ent.start)
    lead = doc[ent.start - 1]
    if not (inside or lead.lower_ in _COMPLEMENT_JOINS or lead.is_title and lead.lower_ in TITLE_HEADS):
        return [ent]
    for k in range(ent.start + 1, ent.end - 1):
        rest = doc[k:ent.end]
        # the name's words, its particles apart when inside a complement ("Qais bin Saif Al-Yousufi")
        words_ = [t for t in rest if t.text != "-" and not (inside and t.lower_ in _PARTICLES and t.i > k)]
        if not 2 <= len(words_) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words_):
            continue
        if any(noun_file(t.text)[0] not in {None, PERSON_NOUNS} for t in words_):
            continue
        before = doc[ent.start:k]
        lexfile, plural = noun_file(before[-1].text)
        place = gazetteer.known_place(before[-1].text)
        if inside and before[-1].lower_ in given_names() and lexfile is None and not place:
            break  # "Minister of Health Grace Hope Mwila": the name begins with its given name
        if inside and (lexfile not in {None, PERSON_NOUNS} or place):
            # "the Mayor of Centar Municipality Tarik Begović", "Minister of Public Safety Leonard Baptiste",
            # "Special Representative for Central Asia Michael Aldenhoven": the complement of a title before the
            # span ends in a thing's noun or a place; the name follows it
            opening = True
        elif len(before) == 1:
            # "Chairman Senate Mian X": South Asian copy writes the body after the title with no "of"; a body's word
            # opens the span (not a place: "President Lennox X", "Serik", "Hernando" are places and given names)
            opening = plural and lexfile not in {None, PERSON_NOUNS} or not inside and lead.lower_ in TITLE_HEADS \
                and before[0].text in BODIES
        else:
            # a place only after a complement's joint: right after a title ("Foreign Minister Aung San Suu Kyi")
            # the words are the name's
            opening = lexfile in _COMPLEMENT_FILES or lead.lower_ in _COMPLEMENT_JOINS and (
                gazetteer.known_place(before.text) or gazetteer.known_place(before[-1].text))
        if not opening:
            continue
        # the words before, a state ("Minister of Foreign Affairs of Ghana X") or a place the gazetteer knows
        iso3 = gazetteer.country_names().get(before.text)
        parts = [Span(doc, before.start, before.end, label="COUNTRY", kb_id=iso3)] if iso3 else \
            [Span(doc, before.start, before.end, label="PLACE")] if gazetteer.known_place(before.text) else \
            [Span(doc, before.start, before.end, label="ORG")] if before[-1].text in BODIES else []
        return parts + [Span(doc, k, ent.end, label="PERSON")]
    return [ent]


def _in_complement(doc: Doc, start: int, back: int = 10) -> bool:
    """Whether the words right before a span are a capitalised title's complement still running: "Minister of
    Commerce, Industry and Investment [Promotion ...]", "Mayor of Novo Sarajevo [Municipality ...]"."""
    joint = False
    if doc[start - 1].text == ",":  # "the Speaker of the House, Salem ...": the name in apposition
        return False
    for t in reversed(doc[max(0, start - back):start]):
        if t.lower_ in {"of", "for"}:
            joint = True
        elif joint and t.is_title and t.lower_ in TITLE_HEADS:
            return True
        elif not (t.is_title and t.is_alpha or t.lower_ in {"and", "the"} or t.text in {",", "&", "-"}) or t.is_sent_start:
            return False
    return False


_COMPLEMENT_JOINS = frozenset(_W["complement_joins"])
_COMPLEMENT_FILES = frozenset({"group", "attribute"})  # WordNet's files of "Board", "Authority"
