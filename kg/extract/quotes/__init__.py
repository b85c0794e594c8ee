"""Direct quotations (full sentences or partial phrases) and who said them.

Quote marks are paired per paragraph (marks.py). The speaker is the subject of the verb of saying
that governs the quote (syntactic ancestor), else of one right after ("…,” Sanders said; "…," said
Rice) or right before it (Guterres said: “…”; X told reporters “…”); "according to X" counts too
(verbs.py; the verbs are a data file derived from WordNet). Subjects joined by "and" are joint
speakers: one record each. Pronouns, descriptions and quotes with no attribution of their own are
settled in speakers.py. A short quoted phrase nobody in its sentence is said to say is a scare quote
or a term, not a quotation.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.quotes.attribution import colon_clause, colon_speaker, dash_speaker, is_quoted_name, tail_speaker
from kg.extract.quotes.marks import OPENERS, Q, SINGLE_OPEN, SINGLE_STRAIGHT, STRAIGHT, other_quote_tokens, pair_marks
from kg.extract.quotes.carried import carried
from kg.extract.quotes.speakers import (
    CONFIDENCE,
    fallback_subject,
    person_subjects,
    previous_speaker,
    speaker_from_verbs,
)
from kg.extract.quotes.verbs import is_say, saying_verbs, subject
from kg.nlp.doc_text import doc_ents, doc_text
from kg.resolve.document import Resolution
from kg.records import Article, Evidence, Kind, Nationality, Quote, Role

__all__ = ["extract_quotes"]

NAME_LABELS = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC", "PERSON"}
# Marks that may open a quotation before its first word ("``" is two tokens, and "`" is no punctuation to spaCy).
_LEADING_MARKS = OPENERS | {STRAIGHT, "`", SINGLE_OPEN, SINGLE_STRAIGHT}


def extract_quotes(doc: Doc, article: Article, res: Resolution, roles: Iterable[Role] = (),
                   nationalities: Iterable[Nationality] = ()) -> list[Quote]:
    """Every direct quotation with a resolvable speaker, in text order (one per joint speaker); the roles
    and nationalities read before name the holder of an office a description speaks of."""
    text = article.text
    quotes = pair_marks(text)
    quoted = _quoted_tokens(doc, quotes)
    subjects = person_subjects(doc, res, roles, nationalities, quoted)
    out: list[Quote] = []
    for n, q in enumerate(quotes):
        words = doc.char_span(q.start, q.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        inside = set(range(words.start, words.end))
        sents = _sentences(doc, q)
        verbs = saying_verbs(doc, q, words, inside, other_quote_tokens(doc, quotes, n), text)
        found = speaker_from_verbs(verbs, res, subjects, quotes, q)
        n_words = len(text[q.start:q.end].split())
        starts = _starts_sentence(words)
        say_in_sent = any(is_say(t) for s in sents for t in s if t.i not in inside)
        if n_words <= 2 and not starts and (not say_in_sent or _modifier(words)):
            continue  # a scare quote or a term (the “Sino-Japanese” war)
        if (not verbs and _is_name(doc, q)) or is_quoted_name(doc, words, starts):
            continue
        if not found:
            key = colon_speaker(doc, words, res) or dash_speaker(doc, q, res)
            found = [(key, CONFIDENCE["named"])] if key else []
        if not found and (clause := colon_clause(doc, words)) is not None and clause not in verbs:
            found = speaker_from_verbs([clause], res, subjects, quotes, q)  # "X was more blunt: “…”"
        if not found and all(subject(v) is None for v in verbs) and (key := tail_speaker(doc, q, words, res)):
            found = [(key, CONFIDENCE["inferred"])]
        if not found and not _unknown_speaker(verbs, words):
            one = carried(quotes, n, text)
            if one is None and starts:
                one = previous_speaker(doc, words, res, subjects, quotes, q, quoted)
            if one is None and n_words >= 3 and not starts:
                one = fallback_subject(words, res, subjects)
            found = [one] if one is not None else []
        if not found:
            continue
        q.speaker = found[0][0]
        if found[0][1] == CONFIDENCE["named"] and res.entities[q.speaker].kind is Kind.PERSON:
            subjects.heard(words.end, q.speaker)  # "he said" just after goes to this speaker
        start, end = sents[0].start_char, len(text[:sents[-1].end_char].rstrip())
        ev = Evidence(article.id, start, end, text[start:end])
        out.extend(Quote(key, text[q.start:q.end], q.start, q.end, ev, confidence) for key, confidence in found)
    return out


def _unknown_speaker(verbs: list[Token], words: Span) -> bool:
    """The quote's own attribution names a speaker who is no entity ("“…,” one woman told her", "said a
    university professor"): the quote is theirs, not the previous speaker's."""
    for v in verbs:
        subj = subject(v)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and (v.i >= words.end or v.i < words.start) \
                and abs(v.i - (words.end if v.i >= words.end else words.start)) <= 3:
            return True
    return False


def _quoted_tokens(doc: Doc, quotes: list[Q]) -> set[int]:
    out: set[int] = set()
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _sentences(doc: Doc, q: Q) -> list[Span]:
    sents = [doc[a:b] for a, b, first, last in _sentence_bounds(doc) if first <= q.close and last > q.open]
    if sents:
        return sents
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return [span.sent] if span is not None else []


def _sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Each sentence's token and character bounds, kept in the doc's user_data: each quote reads the sentences it
    overlaps, and spaCy makes every sentence's Span again at each `doc.sents` (the parse never changes after the
    pipeline)."""
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    return found


_SENTENCES = "kg_quote_sentences"


def _starts_sentence(words: Span) -> bool:
    doc = words.doc
    i = words.start - 1
    while i >= 0 and doc[i].text in _LEADING_MARKS:
        i -= 1  # "``" is two tokens, and "`" is no punctuation to spaCy (a modifier symbol)
    text = doc_text(doc)
    line = text.rfind("\n", 0, doc[i + 1].idx) + 1  # a quote opening its line opens a sentence,
    opens_line = not text[line:doc[i + 1].idx].strip()  # whatever the parse joined across the break
    return bool(words[0].is_sent_start or doc[i + 1].is_sent_start or i < 0 or opens_line
                or (words.start > 0 and doc[words.start - 1].is_sent_start))


def _modifier(words: Span) -> bool:
    """The quoted words only qualify a noun outside the marks."""
    root = words.root
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= words.end and root.head.pos_ in {
        "NOUN", "PROPN"}


def _is_name(doc: Doc, q: Q) -> bool:
    """The marks belong to a name or title: the quoted words are an entity, or an entity holds the marks."""
    for ent in doc_ents(doc):
        if ent.label_ in NAME_LABELS and (
                (ent.start_char <= q.start and q.end <= ent.end_char and ent.text.strip('"\u201c\u201d ') ==
                 doc_text(doc)[q.start:q.end].strip('"\u201c\u201d ,.'))
                or ent.start_char < q.open < ent.end_char):
            return True
    return False
