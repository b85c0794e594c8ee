"""Frames: a meeting held inside another ("talks during the SAARC summit in Colombo", "met X on the
sidelines of the G20 summit in Osaka", "On the sidelines of the summit, X held talks with Y" after the
summit was told). The frame gives where and when; a bilateral inside a multilateral stays a meeting of
its own (coref keeps them apart by their sides)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.data import tables
from kg.extract.meetings.lexicon import ANAPHORIC_DETS, FRAME_PREPS, GATHERING_NOUNS, MARGIN_NOUNS, NOUNS, TOPIC_VERBS, VERBS
from kg.extract.meetings.records import _Context
from kg.extract.meetings.status import _place
from kg.extract.meetings.syntax import _governor, _pobjs, told_as_earlier
from kg.extract.meetings.when import _date
from kg.nlp import lemma
from kg.records import Status, TimeValue

GATHERING_CITIES: dict[str, str] = tables("meetings/gatherings")["cities"]
_LOOK_BACK = 600  # tokens before the frame's sentence searched for the frame told before (a few paragraphs)
_TOLD_TIMES = 3  # of its mentions there, the last ones read for its day and place


def _framed(noun: Token, named_sides: bool = False) -> bool:
    """A meeting noun that frames another meeting of its clause: "hold talks during the summit of X", "met
    on the sidelines of the summit" (the margin of a gathering is not the meeting of the clause's sides; one
    naming sides of its own, "the US-ASEAN summit", is a meeting of those)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MARGIN_NOUNS:
        return not named_sides
    if noun.dep_ != "pobj" or noun.head.lower_ not in FRAME_PREPS:
        return False
    head = noun.head.head
    inner = [head] + [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    return any(t.i != noun.i and (t.lower_ in NOUNS or lemma(t).lower() in VERBS and not _done_at(t, noun))
               for t in inner)


def _done_at(verb: Token, noun: Token) -> bool:
    """"A and B discussed Z during a meeting": a verb of talk with no counterpart of its own tells what was done
    at a meeting told here for the first time, it frames none; the meeting is the noun's. Not "discussed Z with
    Y during the summit" (the talk with Y is the meeting), "during the summit" (one told before) nor "during a
    meeting of the EU ministers" (a gathering of its own)."""
    if VERBS[lemma(verb).lower()].needs != "with-or-join" or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"}
                   for c in noun.children)


def talked_of(noun: Token, governor: Token) -> bool:
    """"X and Y discussed the upcoming summit", "reviewed preparations for the next summit", "had prepared the
    summit": a meeting in the object of a verb of talk (kg/data/meetings/words.toml topic_verbs) is what its
    subjects talk about, not a meeting they hold; one in a preposition of the verb ("discussed Z during a
    meeting", "reviewed Z at talks") is the scene of the talk."""
    top = next((t for t in [noun, *noun.ancestors] if t.head.i == governor.i), noun)
    return lemma(governor).lower() in TOPIC_VERBS and top.dep_ in {"dobj", "conj"}


def _frames(trigger: Token) -> list[Token]:
    """The meeting nouns framing a trigger: "during the summit" on it (or on the verb it is the object or
    subject of), "on the sidelines of the summit"; or a gathering that is no meeting of sides ("on the sidelines
    of the forum", "during the Expo")."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} else [])
    out = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for obj in _pobjs(prep):
                if prep.lower_ in FRAME_PREPS and _frame_noun(obj):
                    out.append(obj)
                elif obj.lower_ in MARGIN_NOUNS:
                    out += [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobjs(c)
                            if _frame_noun(o)]
    return out


def _frame_noun(tok: Token) -> bool:
    """A meeting noun, or a gathering's (kg/data/meetings/words.toml gathering_nouns) told with a determiner ("the
    forum", "this year's expo"; "at Congress" is a house that sits, not a gathering)."""
    return tok.lower_ in NOUNS or tok.lower_ in GATHERING_NOUNS and any(c.dep_ in {"det", "poss"} for c in tok.children)


def _told_before(ctx: _Context, frame: Token) -> list[Token]:
    """"the summit", "this week's NATO summit" told before: the earlier mentions of the same noun with the
    same names on it (a few paragraphs back), the last first ("The forum opened on Tuesday at X. Opening the
    forum, Y said ... On the sidelines of the forum": the nearest may tell no day nor place, an earlier one
    does); "a summit" is another, and so is one told as of another time ("Last year's forum was held in Davos",
    "the previous conference", "the 2022 summit") or of another body than the frame's own "of" phrase ("The UN
    General Assembly" for "the assembly of the WHO")."""
    if any(c.dep_ == "det" and c.lower_ not in ANAPHORIC_DETS for c in frame.children):
        return []
    names = {c.lower_ for c in frame.children if c.dep_ == "compound"}
    start, then, of = frame.sent.start, _another_time(ctx, frame), _of_words(frame)
    return [t for t in reversed(ctx.doc[max(0, start - _LOOK_BACK):start]) if t.lower_ == frame.lower_
            and names <= {c.lower_ for c in t.children if c.dep_ == "compound"}
            and _another_time(ctx, t) == then and (not of or _of_words(t) == of)][:_TOLD_TIMES]


def _another_time(ctx: _Context, noun: Token) -> bool:
    """A gathering told as an earlier one: "the previous conference", "last year's forum", "the 2022 summit" (a year
    not the article's). "Last week's summit" is as often the one the article tells (review18 #10): on a possessive,
    "last" alone counts only on a year, the period a recurring gathering comes round in."""
    year = str(ctx.article.date.year) if ctx.article.date else None
    return told_as_earlier(noun, last=True) or any(
        c.dep_ == "poss" and told_as_earlier(c, last=c.lower_ == "year") or c.dep_ in {"nummod", "compound", "amod"}
        and c.like_num and len(c.text) == 4 and c.text != year for c in noun.children)


def _of_words(noun: Token) -> set[str]:
    """The words of a noun's own "of" phrase ("the assembly of the World Health Organization")."""
    return {t.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree
            if t.dep_ != "det" and t.i != p.i}


def _frame_place(ctx: _Context, trigger: Token) -> str | None:
    """The place of the meeting that frames a trigger, in the frame's phrase or where it was told before;
    else the city of a gathering that always meets there ("on the sidelines of the UNGA")."""
    for frame in _frames(trigger):
        place = _place(ctx, frame, set())
        for before in _told_before(ctx, frame) if place is None else []:
            governor = _governor(before)
            place = _place(ctx, before, set()) or (_place(ctx, governor, set(), skip=before) if governor else None)
            if place is not None:
                break
        if place is not None:
            return place
    return _gathering_city(ctx, trigger)


def _gathering_city(ctx: _Context, trigger: Token) -> str | None:
    """"on the sidelines of the UNGA", "at United Nations Headquarters": the city of a gathering named in a
    frame or place phrase on the trigger (or the verb it is the object of), from kg/data/meetings/gatherings."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} else [])
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        for obj in _pobjs(prep):
            named = [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobjs(c)] \
                if obj.lower_ in MARGIN_NOUNS else [obj] if prep.lower_ in FRAME_PREPS | {"at"} else []
            for tok in named:
                key = ctx.key_of.get(tok.i)
                names = [ctx.entity(key).name, *ctx.entity(key).aliases] if key else []
                names.append(" ".join(t.text for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i))
                city = next((c for n in names if (c := GATHERING_CITIES.get(n.lower().removeprefix("the ")))), None)
                if city is not None:
                    return ctx.add_place(city)
    return None


def _frame_date(ctx: _Context, trigger: Token, status: Status) -> TimeValue | None:
    """The day of the meeting that frames a trigger, where it was told before ("The G20 summit opened in
    Osaka on Friday. On the sidelines of the summit, X met Y")."""
    for frame in _frames(trigger):
        for before in _told_before(ctx, frame):
            value = _date(ctx, before, status)
            if value is not None and value.text != "today":
                return value
    return None
