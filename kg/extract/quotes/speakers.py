"""Who said a quote: the subject of its verb of saying, resolved to an entity of the document.

Pronouns and descriptions ("he", "the president") go to the most recent suitable person
or body; a quote with no attribution of its own that opens its sentence belongs to whoever the sentence
or paragraph just before it says spoke (carried.py continues the previous quote).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.extract.genders import person_genders
from kg.extract.quotes.marks import Q
from kg.extract.quotes.offices import TITLE_SYNONYMS, Office, office_holder, offices, recent_holder
from kg.extract.quotes.binding import bound_away, topic
from kg.extract.quotes.salience import most_salient
from kg.extract.quotes.sources import (BODY_HEADS, complement_appositive, definite as _definite, located_state,
                                      located_tokens, owner, quoted_body, taken_up)
from kg.extract.titles import COURTESY
from kg.extract.quotes.verbs import conjuncts, is_mark, is_say, subject
from kg.nlp import lemma
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS
from kg.resolve.document import Resolution
from kg.resolve.heads import is_head_of
from kg.records import Kind, Nationality, Role

_W = tables("quotes/words")["speakers"]
SPOKES = frozenset(_W["spokes"])
REPORTERS = frozenset(_W["reporters"])
_RELATIVE = frozenset(_W["relative"])
_DOCUMENTS = frozenset(_W["documents"])
_IT = _W["it"]
_MOUTHPIECES = frozenset(_W["mouthpieces"])
_MOUTHPIECE_PREPS = frozenset(_W["mouthpiece_preps"])
_OTHER_GENDER = {w: g for g, ws in _W["personal"].items() for w in ws}  # "he"/"his" -> "f", the gender it excludes
_PERSONAL = frozenset(_OTHER_GENDER)
CONFIDENCE = {"named": 0.9, "inferred": 0.7, "carried": 0.6}


def speaker_from_verbs(verbs: list[Token], res: Resolution, subjects: People,
                       quotes: list[Q], q: Q) -> list[tuple[str, float]]:
    """The speakers of the first verb whose subject resolves: one, or several joined by "and"."""
    for v in verbs:
        subj = subject(v)
        if subj is None or any(c.dep_ == "neg" for c in v.children):
            continue  # "X have not commented": a verb of saying denied attributes nothing
        found = _resolve(subj, res, subjects, quotes, q)
        if found is None:
            continue
        out = [found]
        for other in conjuncts(subj)[1:]:
            more = _resolve(other, res, subjects, quotes, q)
            if more is not None and more[0] not in {k for k, _ in out}:
                out.append(more)
        return out
    return []


def previous_speaker(doc: Doc, words: Span, res: Resolution, subjects: People, quotes: list[Q],
                     q: Q, quoted: set[int]) -> tuple[str, float] | None:
    """A quote that opens its sentence with no attribution of its own: whoever the sentence just
    before (in its paragraph or the one before) is said to have spoken ("Rice said the talks will go
    on.\n\n“We are determined.”")."""
    i = words.sent.start - 1
    while i >= 0 and (doc[i].is_space or is_mark(doc[i])):
        i -= 1
    if i < 0:
        return None
    prev = doc[i].sent
    for t in prev:
        if t.i in quoted or not is_say(t):
            continue
        subj = subject(t)
        found = _resolve(subj, res, subjects, quotes, q) if subj is not None else None
        if found is not None and res.entities[found[0]].kind is Kind.PERSON:
            return found[0], CONFIDENCE["carried"]
    return None


def _resolve(s: Token, res: Resolution, subjects: People, quotes: list[Q],
             q: Q) -> tuple[str, float] | None:
    """The entity key a subject stands for, with the confidence of how it was found."""
    joined = {"appos", "compound", "conj"} if s.lower_ in TITLE_HEADS else {"appos", "compound"}
    near = [c for c in s.children if c.dep_ in joined] + (complement_appositive(s) if s.lower_ in TITLE_HEADS else [])
    named = [k for t in [s, *near]  # "the president and CEO Louis Garnier", "the head of X, Y,"
             if (k := res.key_at(t.i)) is not None and res.entities[k].kind != Kind.PLACE]
    if named and s.lower_ in TITLE_HEADS and all(res.entities[k].kind is not Kind.PERSON for k in named) and (
            holder := office_holder(s, res, subjects.offices)):  # "the Moldovan Prime Minister", named before
        return holder, CONFIDENCE["inferred"]
    if named:  # a person before the body of a title ("the Crown prosecutor, Mark Tedeschi")
        first = next((k for k in named if res.entities[k].kind is Kind.PERSON), named[0])
        return _body_by_head(first, s.i, res), CONFIDENCE["named"]
    if (s.pos_ == "PROPN" or s.text[:1].isupper() and s.pos_ == "NOUN") and res.key_at(s.i) is None:
        # "Han told reporters", the model took "Han" for a people; "Valdivieso told me", for a plural noun
        people = {k for _, k in res.spans if res.entities[k].kind is Kind.PERSON
                  and s.text in res.entities[k].name.replace("-", " ").split()}
        if len(people) == 1:
            return people.pop(), CONFIDENCE["named"]
    if s.lower_ in _RELATIVE and s.head.dep_ == "relcl":  # "Carl Brandt, an expert at X, who stated"
        key = _antecedent(s.head.head, res)
        return (key, CONFIDENCE["named"]) if key else None
    if s.lower_ in _DOCUMENTS and (by := owner(s, _DOCUMENTS)) is not None and (
            found := _resolve(by, res, subjects, quotes, q)) is not None:  # "Caine's statement", "the governor's office"
        return found
    for span, keys in res.ambiguous:
        if span.start <= s.i < span.end:
            return _latest(keys, s.i, res) or keys[0], CONFIDENCE["inferred"]
    outer = quotes[q.outer].speaker if q.outer is not None else None
    if s.lower_ in _PERSONAL:  # also "his"/"her" owning an office or a statement ("his office said")
        key = _official_before(s, res) or _pronoun(s, res, subjects, outer)
        return (key, CONFIDENCE["inferred"]) if key else None
    if s.lower_ == _IT:  # "It said the talks were “serious”": the body last the subject of a sentence
        key = _body_subject(s, res)
        return (key, CONFIDENCE["inferred"]) if key else None
    if s.lower_ in _MOUTHPIECES and (principal := _principal(s, res, subjects, quotes, q)) is not None:
        return principal, CONFIDENCE["inferred"]  # "a spokesperson for X", "the Commission president's spokesman"
    if s.lower_ in SPOKES | BODY_HEADS:  # "a spokeswoman for Acme", "a Kenyan official", "the ministry", "officials in X"
        key = _body_in(s, res) or located_state(s, res) or taken_up(s, res, lambda t: _body_in(t, res)) or quoted_body(
            s, res)
        return (key, CONFIDENCE["inferred"]) if key else None
    if s.lower_ in TITLE_HEADS and not _definite(s):
        key = _country_in(s, res) or located_state(s, res)  # "one Greek aide", "a Greek aide in Rome"
        return (key, CONFIDENCE["inferred"]) if key else None
    if s.lower_ in TITLE_HEADS:  # "the president"; "the Australian immigration minister", nobody named so
        key = recent_holder(s, res, subjects.offices, subjects.subjects, q.open) or _description(s, res) or office_holder(
            s, res, subjects.offices) or _country_in(s, res) or _pronoun(s, res, subjects, outer)
        return (key, CONFIDENCE["inferred"]) if key else None
    return None


def _principal(s: Token, res: Resolution, subjects: People, quotes: list[Q], q: Q) -> str | None:
    """Whom a spokesperson speaks for: the possessor or the object of "for"/"to", a person named ("a spokesperson for
    X", "X's spokeswoman"), described ("a spokesman for the prime minister", "the Commission president's
    spokesman") or a pronoun ("his spokesman"), or a body named before by its head word ("a spokesman for the
    ministry"); None for a body named there (the caller reads it)."""
    whose = [c for c in s.children if c.dep_ == "poss"] + [
        o for p in s.children if p.dep_ == "prep" and p.lower_ in _MOUTHPIECE_PREPS for o in p.children if o.dep_ == "pobj"]
    for t in whose:
        if t.lower_ in BODY_HEADS and res.key_at(t.i) is None:
            return quoted_body(t, res)  # "a spokesman for the ministry": the ministry named before
        if (key := res.key_at(t.i)) is not None or not (t.lower_ in TITLE_HEADS or t.lower_ in _PERSONAL):
            return key if key is not None and res.entities[key].kind is Kind.PERSON else None
        found = _resolve(t, res, subjects, quotes, q)
        if found is None or res.entities[found[0]].kind is not Kind.PERSON or t.lower_ in TITLE_HEADS and not (
                office_holder(t, res, subjects.offices) or _sole_holder(t, s, res)):
            return None
        return found[0]
    return None


def _sole_holder(title: Token, s: Token, res: Resolution) -> bool:
    """"the prime minister's spokesman" speaks for the prime minister named before only when one person was given
    that title and the sentence sets no scene elsewhere first ("In London, the prime minister's spokesman said",
    after Australia's prime minister: the outlet's own one)."""
    return len(set(_described(title, res))) == 1 and not any(
        (k := res.key_at(t.i)) is not None and res.entities[k].kind in {Kind.PLACE, Kind.COUNTRY}
        for t in s.doc[s.sent.start:s.i])


def _body_by_head(key: str, at: int, res: Resolution) -> str:
    """"the Fund said" after "the International Monetary Fund": a body whose name is the head of bodies named before
    (resolution leaves it apart when it fits several, "the Workers' Fund" too, or when a heading named it first) is
    the latest of them named before it: the only one, or the latest when this sentence sets no scene elsewhere
    first ("In Geneva, the Red Cross said" after the Kenyan and British Red Cross:
    neither, as resolution decided)."""
    entity = res.entities[key]
    if entity.kind is not Kind.ORGANIZATION:
        return key
    named = [(span, k) for span, k in reversed(res.spans) if span.start < at and k != key
             and res.entities[k].kind is Kind.ORGANIZATION and is_head_of(entity.name, res.entities[k].name)]
    if not named or len({k for _, k in named}) == 1:
        return named[0][1] if named else key
    doc = named[0][0].doc
    scene = any((k := res.key_at(t.i)) is not None and res.entities[k].kind in {Kind.PLACE, Kind.COUNTRY}
                for t in doc[doc[at].sent.start:at])
    return key if scene else named[0][1]


def _official_before(s: Token, res: Resolution) -> str | None:
    """He/she after an unnamed official who is the last main-clause subject before it, in this sentence or
    the one before ("A senior Chilean official, asked ..., laughed. “Not yet,” he said."): the body or
    country the description names; None when a named person is the last such subject."""
    doc = s.doc
    start = doc[s.sent.start - 1].sent.start if s.sent.start > 0 else 0
    for t in reversed(doc[start:s.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.dep_ != "ROOT":
            continue
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind is Kind.PERSON:
            return None
        named = [k for c in t.children if c.dep_ == "appos" and (k := res.key_at(c.i)) is not None]
        if key is None and any(res.entities[k].kind is Kind.PERSON for k in named):
            return None  # "Chad's government spokesman, Ali Zene, declined ...": a named person
        if key is None and t.pos_ == "NOUN" and not _definite(t) and (t.lower_ in SPOKES or t.lower_ in TITLE_HEADS):
            return _body_in(t, res) if t.lower_ in SPOKES else _country_in(t, res)
    return None


def _body_in(s: Token, res: Resolution) -> str | None:
    """The organization or country a description of an unnamed spokesperson names."""
    for t in s.subtree:
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind in {Kind.ORGANIZATION, Kind.COUNTRY}:
            return key
    return None


def _country_in(s: Token, res: Resolution) -> str | None:
    """The country of an unnamed official ("the Australian immigration minister"), when the description
    holds no other name (a minister "of the state of X", a secretary "of the union Y, Z" are no state's)."""
    away = located_tokens(s)  # "a French diplomat in Libreville": where he is, not his state
    keys = {res.key_at(t.i) for t in s.subtree if t.i not in away} - {None}
    names = [t for t in s.subtree if t.pos_ == "PROPN" and res.key_at(t.i) is None and t.i not in away]
    if len(keys) != 1 or names:
        return None
    key = keys.pop()
    return key if key is not None and res.entities[key].kind is Kind.COUNTRY else None


def _body_subject(s: Token, res: Resolution) -> str | None:
    """The organization or country that was the subject of a clause in this sentence or the two before, or
    that a statement subject after it came from ("A short statement from X has landed. It says ...")."""
    start = s.sent.start
    for _ in range(2):
        if start > 0:
            start = s.doc[start - 1].sent.start
    found = next(((span, key) for span, key in reversed(res.spans)
                  if start <= span.start < s.i and span.root.dep_ in {"nsubj", "nsubjpass"}
                  and res.entities[key].kind in {Kind.ORGANIZATION, Kind.COUNTRY}), None)
    for t in reversed(s.doc[found[0].end if found else start:s.i]):  # later, "A statement from X ... It says"
        if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in _DOCUMENTS and res.key_at(t.i) is None:
            body = _body_in(t, res)
            if body is not None:
                return body
    return found[1] if found else None


def _antecedent(t: Token, res: Resolution) -> str | None:
    """The person a relative clause hangs on, up through an appositive's complements ("Carl Brandt,
    a management expert at Stanford University, who ...": the parse may hang it on the university)."""
    for _ in range(6):
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind is Kind.PERSON:
            return key
        if t.dep_ not in {"pobj", "prep", "appos", "compound"} or t.head.i == t.i:
            return None
        t = t.head
    return None


@dataclass
class People:
    """Person subjects in text order (named or "the secretary"), genders read off he/she after them, and the
    offices the article gave people."""

    subjects: list[tuple[int, str]]
    gender: dict[str, str]
    offices: tuple[Office, ...]

    def heard(self, at: int, key: str) -> None:
        """A named speaker of a quote ending at token `at`: the latest subject from there on."""
        bisect.insort(self.subjects, (at, key))


def person_subjects(doc: Doc, res: Resolution, roles: Iterable[Role], nationalities: Iterable[Nationality],
                    quoted: set[int]) -> People:
    out: list[tuple[int, str]] = []
    for span, key in res.spans:
        root = span.root
        while root.dep_ in {"compound", "appos", "conj"} and root.head.i != root.i:
            root = root.head
        nxt = doc[span.end] if span.end < len(doc) else None
        starts = span.start == 0 or doc[span.start - 1].is_space or span[0].is_sent_start
        if res.entities[key].kind == Kind.PERSON and (
                root.dep_ in {"nsubj", "nsubjpass"} or (starts and nxt is not None and nxt.pos_ == "VERB")) \
                and not _byline(span):  # the sentence scan last, for the subjects only
            out.append((span.start, key))
    held = offices(roles, nationalities)
    for t in (doc[i] for i, text in enumerate(token_texts(doc)) if text.lower() in TITLE_HEADS):
        if t.dep_ == "nsubj" and res.key_at(t.i) is None and _definite(t) and t.i not in quoted:  # not "“The CM should"
            holder = _description(t, res) or office_holder(t, res, held)
            if holder is not None:
                out.append((t.i, holder))
    out.sort()
    return People(out, person_genders(doc, res), held)


def _told_gender(people: People, key: str) -> str | None:
    """The gender the text tells ("Mrs.", "her"), not the one a given name suggests."""
    g = people.gender.get(key)
    return None if g is None or g.endswith("?") else g


def _byline(span: Span) -> bool:
    """The reporter of the story ("VOA Correspondent X has more", "The interview by X"): never the "he" or
    "she" of a quote."""
    before = span.doc[max(span.sent.start, span.start - 3):span.start]
    if before and before[-1].lower_ == "by" and not any(t.pos_ in {"VERB", "AUX"} for t in span.sent):
        return True  # a credit line: "By X", "The interview by X"
    doc, texts, sent = span.doc, token_texts(span.doc), span.sent  # "has more" read on the texts, few Tokens made
    return any(t.lower_ in REPORTERS for t in before) or any(
        texts[i + 1].lower() == "more" and lemma(doc[i]) == "have" for i in range(sent.start, min(sent.end, len(doc) - 1)))


def _pronoun(s: Token, res: Resolution, people: People, outer: str | None) -> str | None:
    """He/she: the last person subject before it (not of the other gender the text tells); inside
    someone's quote, or when that subject's given name is of the other sex, the last other person named
    (a census gender alone excludes no one there: "Jean" is a man's name in French)."""
    other = _OTHER_GENDER.get(s.lower_)
    if outer is None:
        for n in range(len(people.subjects) - 1, -1, -1):
            at, key = people.subjects[n]
            if at >= s.i or _told_gender(people, key) == other:
                continue
            if bound_away(s.doc, res, at, key, s.lower_):  # "X called her. ... she says": not X; the topic, if any
                return topic(res, lambda k: k != key and people.gender.get(k, "").rstrip("?") != other)  # noqa: B023 (called at once)
            if people.gender.get(key) == f"{other}?":
                break  # a given name of the other sex ("Ingrid ... met X, where he told"): the last one named
            return most_salient(s.doc, res, people.subjects, n, lambda k: people.gender.get(k, "").rstrip("?") != other)
    for span, key in reversed(res.spans):
        if span.start < s.i and res.entities[key].kind == Kind.PERSON and key != outer and (
                _told_gender(people, key) != other) and not _byline(span):
            return key
    return None


def _description(s: Token, res: Resolution) -> str | None:
    """"the (Russian) president", "the Hon. Minister": the most recent person introduced with that title (and those
    modifiers, courtesy words aside)."""
    return next(_described(s, res), None)


def _described(s: Token, res: Resolution) -> Iterator[str]:
    """The people introduced before with the title of token s, the most recent first."""
    want = {s.lower_} | {c.lower_ for c in s.children if c.dep_ in {"amod", "compound", "nmod"} and c.text not in COURTESY}
    people = [(span, key) for span, key in reversed(res.spans)
              if span.start < s.i and res.entities[key].kind == Kind.PERSON]
    for appositive in (False, True):  # a title before the name first, then an appositive
        for span, key in people:
            if appositive:
                near = {t.lower_ for a in span.root.children if a.dep_ == "appos" for t in a.subtree}
            else:
                near = {t.lower_ for t in _title_before(span)}
            if want <= near or (len(want) > 1 and want - {s.lower_} <= near) or (
                    (syn := TITLE_SYNONYMS.get(s.lower_)) is not None and syn <= near):  # "the premier": a Prime Minister
                yield key


def _title_before(span: Span) -> list[Token]:
    """The words right before a name that may be its title ("U.S. Secretary of State")."""
    out: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start and span.doc[i].text in COURTESY:
        i -= 1  # "the Speaker of Parliament, Rt. Hon. X"
    if i > span.sent.start and span.doc[i].text == "," and i < span.start - 1:
        i -= 1  # the title before a comma, past the courtesy words only
    last = i - 5
    while i >= max(span.sent.start, last):
        t = span.doc[i]
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} or t.ent_type_ == "PERSON":
            break
        out.append(t)
        i -= 1
    return out


def _latest(keys: tuple[str, ...], i: int, res: Resolution) -> str | None:
    for span, key in reversed(res.spans):
        if span.start < i and key in keys:
            return key
    return None


def fallback_subject(words: Span, res: Resolution, subjects: People) -> tuple[str, float] | None:
    """A partial quote with no verb of saying: the person who is subject of its clause (0.6), or named in apposition
    to it ("The archbishop of X, Name, called them “…”")."""
    a = words.root
    while a.head.i != a.i:
        a = a.head
        subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            key = res.key_at(subj.i) or next((k for c in subj.subtree if c.dep_ == "appos" and (k := res.key_at(c.i))), None)
            if key is None and subj.lower_ in _PERSONAL:
                key = _pronoun(subj, res, subjects, None)
            if key is not None and res.entities[key].kind == Kind.PERSON:
                return key, CONFIDENCE["carried"]
            return None
    return None


