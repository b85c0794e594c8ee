"""Corrections: a meeting the publication says it reported wrongly ("In our story ... we reported that X met Y in
Kampala on Monday", "An earlier version of this story said X met Y on Wednesday") is told right by the sentence
after it ("The meeting took place in Entebbe on Sunday"), or denied there ("No such meeting took place", "The two
leaders spoke by telephone"). The account corrected gives the meeting's sides, never its day or place; one that
was a call is no meeting, one denied is none held. Read in an article that says it corrects itself."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.meetings.lexicon import (
    CORRECTION_WORDS,
    DENIAL_DETS,
    DENIAL_VERBS,
    NOUNS,
    OWN_MARKS,
    OWN_NOUNS,
    OWN_PRONOUNS,
    PHONE_WORDS,
    REPORTING,
)
from kg.extract.meetings.records import _Context, _Mention
from kg.nlp import lemma
from kg.nlp.doc_text import token_texts
from kg.records import Status


def corrected(ctx: _Context, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions with a corrected account's day and place dropped, and a denied account's mention gone."""
    if not any(text.lower() in CORRECTION_WORDS for text in token_texts(ctx.doc)):  # no Token made per word
        return mentions
    sents = list(ctx.doc.sents)
    retracted = [m for m in mentions if _own_report(m.trigger)]
    out = [m for m in mentions if m not in retracted]
    for m in retracted:
        after = ctx.sentence_of[m.trigger.sent.start] + 1
        told = [n for n in out if n.anaphoric and not n.participants and after < len(sents)
                and n.trigger.sent.start == sents[after].start]
        denial = _denial(sents[after]) if after < len(sents) else None
        if told:  # "The meeting took place on Thursday", "The meeting is scheduled for Thursday": the right account
            told[0].participants = set(m.participants)
        elif denial != "call":  # "... we said X and Y met on Tuesday. The two leaders spoke by telephone": none
            m.date, m.place, m.week = None, None, None
            # "No such meeting took place": the meeting reported was not held (a visit put off may tell more of it)
            m.status = Status.CANCELLED if denial == "none" else m.status
            out.append(m)
    return sorted(out, key=lambda x: x.trigger.i)


def _own_report(trigger: Token) -> bool:
    """The trigger lies in what a verb of reporting says, in the past, with the publication as its subject ("we
    reported that", "an earlier version of this story said", "our article stated")."""
    for verb in trigger.ancestors:
        if verb.pos_ not in {"VERB", "AUX"} or lemma(verb).lower() not in REPORTING or verb.tag_ not in {"VBD", "VBN"}:
            continue
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ in OWN_PRONOUNS:
                return True
            nouns = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj")]
            if any(c.dep_ == "prep" and c.lower_ in {"by", "from"} or c.dep_ == "poss" and c.lower_ not in OWN_MARKS
                   for c in subject.children):
                continue  # "a previous report by the UN panel", "the UN's earlier report": someone else's
            if lemma(subject).lower() in OWN_NOUNS and any(c.lower_ in OWN_MARKS for n in nouns for c in n.children):
                return True
    return False


def _denial(sent: Span) -> str | None:
    """"The two leaders spoke by telephone": "call"; "No such meeting took place", "The meeting did not take place",
    "They never met": "none" - the sentence says the meeting reported before it was a call, or none at all."""
    for tok in sent:
        if tok.lower_ in PHONE_WORDS:
            return "call"
        if tok.lower_ in NOUNS and any(c.dep_ == "det" and c.lower_ in DENIAL_DETS for c in tok.children):
            return "none"
        if tok.pos_ in {"VERB", "AUX"} and lemma(tok).lower() in DENIAL_VERBS and any(c.dep_ == "neg" for c in tok.children):
            return "none"
    return None
