"""Distributive readings: one meeting per counterpart ("met separately with A and B", "A and B each met C",
"met X on Monday and Y on Tuesday", a chronology of dates in one sentence), and who stays on each side."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.meetings.arguments import _resolve_arg, _resolve_one
from kg.extract.meetings.lexicon import (APART_VERBS, DISTRIBUTIVE, DISTRIBUTIVE_ADJECTIVES, JOINT_MARKERS, NUMBERS,
                                         TOPIC_LINKS)
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.syntax import _arg_preps, _conjuncts, _pobjs, _subjects
from kg.extract.meetings.when import _date
from kg.nlp import lemma
from kg.extract.dates import normalize_date
from kg.extract.meetings.days import _REL_AFTER, _REL_DAYS, _RELATIVE, _date_text
from kg.records import Kind, Status, TimeValue

_ADJUNCTS = {"prep", "npadvmod", "advmod"}  # "met A [in Baku] [the next day] [later]": what the first meeting is told with
_SIDE_KINDS = {Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY}


def _gapped(ctx: _Context, verb: Token, found: _Mention) -> list[_Mention]:
    """"He met X on Monday and Y on Tuesday": the verb left out before "Y on Tuesday" (the parser hangs Y on
    the first day); one meeting per counterpart, each on its own day."""
    days = [(p, o) for p in verb.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}]
    if len(days) != 2 or found.date is None:
        return []
    (_, first_day), (second_prep, _) = days
    later = {k for c in first_day.children if c.dep_ == "conj" and (k := ctx.root_of.get(c.i))
             and ctx.is_person(k)}
    if not later or not found.participants - later or second_prep.i < first_day.i:
        return []
    second = _date(ctx, second_prep, found.status)
    if second is None or second.value == found.date.value:
        return []
    subjects = {k for s in _subjects(verb) for k in _resolve_arg(ctx, s)[0]}
    return [replace(found, participants=found.participants - later),
            replace(found, participants=subjects | later, date=second)]


def gapped_after(ctx: _Context, verb: Token, found: _Mention) -> list[_Mention]:
    """"met A in the morning and B after lunch", "met A in Baku on 17 October and B in Yerevan the next day",
    "called on A at the ministry and on B at his office": a second counterpart after "and", past an adjunct told of
    the first (the parser hangs it on the adjunct or makes it the adjunct's object), the verb left out before it: one
    meeting each, the second at the place and on the day named after it (the first's when it names none)."""
    sent, published = verb.sent, ctx.article.date
    firsts = [c for c in verb.children if c.dep_ == "dobj"] + [o for p in _arg_preps(verb) for o in _pobjs(p)]
    first = min(firsts, key=lambda t: t.i, default=None)
    key = ctx.root_of.get(first.i) if first is not None else None
    if first is None or key not in found.participants or not ctx.is_person(key):
        return []
    end = first.right_edge.i  # the first counterpart's own phrase ("A, the envoy of X,")
    adjuncts = [t for t in sent if end < t.i and t.head.i == verb.i and t.dep_ in _ADJUNCTS]
    joint = next((t for t in sent if t.i > end and t.lower_ == "and"), None)
    if joint is None or not any(t.i < joint.i for t in adjuncts):
        return []
    later = next((t for t in sent[joint.i + 1 - sent.start:joint.i + 7 - sent.start]
                  if (k := ctx.root_of.get(t.i)) and ctx.kind(k) in _SIDE_KINDS), None)
    if later is None:
        return []
    phrase = later  # "Egyptian Foreign Minister X": the person the state's adjective is on
    while phrase.dep_ in {"amod", "compound", "nmod", "poss"} and phrase.head.i > phrase.i:
        phrase = phrase.head
    if (k := ctx.root_of.get(phrase.i)) and ctx.kind(k) in _SIDE_KINDS:
        later = phrase
    second = ctx.root_of.get(later.i)
    mine = found.participants - {key}
    if second is None or second in found.participants or not mine or later.dep_ in {"nsubj", "nsubjpass"} \
            or any(t.pos_ in {"VERB", "AUX"} for t in sent[joint.i - sent.start:later.i - sent.start]) \
            or any(a.pos_ in {"VERB", "AUX"} and a.i != verb.i for a in later.ancestors if a.i > verb.i) \
            or any(a.lower_ in TOPIC_LINKS for a in later.ancestors if a.i > verb.i):  # "talks on the X between A and B"
        return []
    day = found.date
    ents = [e for e in ctx.sent_ents(verb) if e.start > later.i and e.label_ == "DATE"]
    if ents and published is not None:
        day = normalize_date(_date_text(ents[0]), published, future=found.status != Status.HELD)
        # "... and B the next day", "... two days later": counted from the first's day
        shift = _RELATIVE.fullmatch(ents[0].text)
        days = None if shift is None else _REL_DAYS[shift[1].lower()] if shift[1] else (
            int(shift[3]) if shift[3].isdigit() else NUMBERS.get(shift[3].lower(), 1)) * _REL_AFTER[shift[4].lower()] \
            if shift[3] else None
        if days is not None and found.date is not None and found.date.is_day:
            day = TimeValue((dt.date.fromisoformat(found.date.value) + dt.timedelta(days=days)).isoformat(), ents[0].text)
    place = next((k for t in sent if t.i > later.i and t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}
                  and (k := ctx.key_of.get(t.i)) and ctx.kind(k) in {Kind.PLACE, Kind.COUNTRY}), found.place)
    return [found, replace(found, participants=mine | {second}, date=day, place=place)]


def _each(ctx: _Context, verb: Token, participants: set[str]) -> frozenset[str]:
    """"A and B each met C", "A and B each held talks with C": one meeting per subject, with the side named
    after the verb (returned: the side each one meets)."""
    if not any(t.lower_ == "each" and t.dep_ in {"nsubj", "appos", "det", "advmod", "npadvmod", "dep"}
               and (t.head.i == verb.i or t.head.head.i == verb.i) for t in verb.sent if t.i < verb.i):
        return frozenset()
    sent = verb.sent
    before = {k for i in range(sent.start, verb.i) if (k := ctx.root_of.get(i)) in participants}
    after = {k for i in range(verb.i + 1, sent.end) if (k := ctx.root_of.get(i)) in participants} - before
    return frozenset(after) if len(before) >= 2 and after else frozenset()



def apart_sides(ctx: _Context, verb: Token, subjects: list[Token], counterparts: list[Token],
                participants: set[str]) -> frozenset[str]:
    """Who stays on each side when the counterparts a verb names are met one by one (returned: the side each
    one meets), else nothing."""
    distributive = _distributive(verb)
    if distributive or lemma(verb).lower() in APART_VERBS:  # the cheap tests first: most verbs stop here
        mine = frozenset(k for arg in subjects for k in _resolve_arg(ctx, arg)[0]) & participants
        if mine and (distributive or _own_parties(ctx, verb, counterparts, mine)):
            return mine
    return _each(ctx, verb, participants)


def _own_parties(ctx: _Context, verb: Token, counterparts: list[Token], mine: frozenset[str]) -> bool:
    """"met Foreign Minister A of Ghana and Foreign Minister B of Denmark", "is to meet the UAE Minister of Economy
    and the Indian Ambassador, X": counterparts coordinated after the verb who each answer for a state of their own
    (none shared, none the subject's) are met one by one by the one visitor, as readouts list bilateral meetings;
    not with a word of a joint meeting in the sentence ("a trilateral", "met A and B together")."""
    if len(mine) != 1 or lemma(verb).lower() not in APART_VERBS or any(t.lower_ in JOINT_MARKERS for t in verb.sent):
        return False  # a group met them together ("They also met with UN administrators and the NATO commander")
    homes = [_home(ctx, k) for k in mine]
    for tok in [c for arg in counterparts for c in _conjuncts(arg)]:
        keys = _resolve_one(ctx, tok, False)[0] - mine
        if len(keys) != 1:
            return False
        homes.append(_home(ctx, next(iter(keys)), tok))
    theirs = homes[len(mine):]
    return len(theirs) >= 2 and all(theirs) and sum(map(len, homes)) == len(set().union(*homes))


def _home(ctx: _Context, key: str, tok: Token | None = None) -> set[str]:
    """The states a side answers for: its own, or a person's by the titles the article gives and the states named
    in the person's own phrase ("A of Ghana", "Spain's A"; not a later conjunct's). A body answers for no state:
    "met the government and the rebels", "met the UN envoy and the EU envoy" are most often one table."""
    if not ctx.is_person(key):
        return {key} if ctx.kind(key) == Kind.COUNTRY else set()
    own = set() if tok is None else {t.i for t in tok.subtree} - {t.i for c in tok.children if c.dep_ in {"conj", "cc"}
                                                                 for t in c.subtree}
    return {k for i in own if (k := ctx.key_of.get(i)) and ctx.kind(k) == Kind.COUNTRY} | ctx.states_of(key)


def _distributive(trigger: Token) -> bool:
    """"separately", "individually" (also on a later counterpart: "met A and, separately, B"), a preposition repeated for each counterpart ("with A and with B"), or
    counterparts picked from a group ("officials including A, B and C")."""
    withs = [p for p in _arg_preps(trigger) if p.lower_ == "with"]
    counterparts = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}] + [o for w in withs for o in _pobjs(w)]
    return any(c.dep_ == "advmod" and c.lower_ in DISTRIBUTIVE or c.dep_ == "amod" and c.lower_ in DISTRIBUTIVE_ADJECTIVES
               for c in trigger.children) or len(withs) >= 2 \
        or any(t.dep_ == "advmod" and t.lower_ in DISTRIBUTIVE for o in counterparts for t in o.subtree) \
        or any(p.dep_ == "prep" and p.lower_ == "including" and sum(len(_conjuncts(x)) for x in _pobjs(p)) >= 2
               for o in counterparts for p in o.children)


def _place_between(ctx: _Context, verb: Token, listed: list, n: int) -> str | None:
    """The place named in the verb's prepositions after the previous listed date and before the next."""
    low = listed[n - 1][1] if n else verb.i
    high = listed[n + 1][1] if n + 1 < len(listed) else verb.sent.end
    for t in verb.sent:
        key = ctx.key_of.get(t.i)
        if low < t.i < high and t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and key \
                and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
            return key
    return None
