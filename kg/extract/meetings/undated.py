"""A held meeting whose clause names no day: the day's news (the lead, a present perfect, "after meeting X, Y
said"), a count of time since it ("six years since they held talks"), or the day of a meeting told before it
("in the morning before the talks")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.days import _date_text
from kg.extract.meetings.lexicon import ORDINALS, RECORD_WORDS, REPORTING, WHEN
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _governor
from kg.nlp import lemma
from kg.records import Status, TimeValue


_PERFECT_AUXES = frozenset(WHEN["perfect_auxes"])
_DAY_PARTS = frozenset(WHEN["day_parts"])


def _lead(trigger: Token) -> bool:
    """A meeting told in the main clause of the article's first sentence, with no date: the news of the
    day ("The foreign ministers of India and Pakistan met in Colombo for talks")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    return trigger.sent.start == trigger.doc[0].sent.start and verb is not None and verb.dep_ == "ROOT" \
        and verb.tag_ == "VBD"


def _perfect(trigger: Token) -> bool:
    """"The leaders have completed their first day of talks": a present perfect of one event in the
    news is the day's news (not with "since", "ever", "already", counts such as "two meetings")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not any(a.lower_ in _PERFECT_AUXES for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    words = {t.lower_ for t in verb.subtree if t.i not in _ranks(verb)}
    if words & RECORD_WORDS:
        return False
    return not (trigger.tag_ == "NNS" and any(c.dep_ == "nummod" for c in trigger.children))


def _ranks(verb: Token) -> set[int]:
    """The words that are not the verb's own record: its subject's ("Australia and Fiji since the pact", a headline
    run into the lead), and a phrase that ranks the one meeting ("have met for the first time since 2019", "has met
    X in Brisbane, the first visit by a leader since the pact": the day's news, counted among others)."""
    aside = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    for tok in verb.subtree:
        if tok.i != verb.i and any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in tok.children):
            phrase = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok  # "for the Nth time"
            aside |= {t.i for t in phrase.subtree}
    return aside


def _reported_after(trigger: Token) -> bool:
    """"After meeting X, Y said ...", "Following a meeting with X, Y said", "was announced after X met Y":
    the meeting is the day's."""
    tok = trigger
    after_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children)
    if after_clause or tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ in {"after", "following"}:
        main = tok.head if after_clause else tok.head.head
        if lemma(main).lower() in REPORTING and main.pos_ in {"VERB", "AUX"}:
            return not any(e.label_ == "DATE" and e.root.head.i == main.i for e in trigger.sent.ents)
    return False


def _since_date(ctx: _Context, trigger: Token) -> TimeValue | None:
    """"It has been six years since the two sides held talks": six years before publication."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return None
    be = verb.head
    if lemma(be) != "be" or verb.dep_ != "advcl":
        return None
    published = ctx.article.date
    for c in be.children:
        if c.dep_ in {"attr", "npadvmod"} and c.ent_type_ == "DATE":
            span = ctx.doc[c.left_edge.i:c.i + 1]
            value = normalize_date(f"{_date_text(span)} ago", published) if published else None
            if value is not None:
                return TimeValue(value.value, span.text)
    return None


def _same_day_as(ctx: _Context, trigger: Token) -> TimeValue | None:
    """"X held a meeting with Y in the morning before the talks": a part of the day before or after a
    meeting told earlier with its day puts this one on that day (the last such meeting of that noun, or
    whose verb has it: "resumed talks")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    scope = {t.i for t in (verb or trigger).subtree}
    if not any(t.i in scope and lemma(t).lower() in _DAY_PARTS for t in trigger.sent):
        return None
    for prep in trigger.sent:
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "after"} or prep.i not in scope:
            continue
        for other in (c for c in prep.children if c.dep_ == "pobj"):
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in other.children):
                continue
            told = [m for m in ctx.told if m.trigger.i < trigger.sent.start and m.date is not None
                    and len(m.date.value) == 10 and m.status == Status.HELD
                    and lemma(other).lower() in {lemma(t).lower() for t in [m.trigger, *m.trigger.children]}]
            if told:
                day = told[-1].date
                assert day is not None
                return TimeValue(day.value, f"{prep.text} {other.text}")
    return None
