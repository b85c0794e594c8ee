"""Meetings between people (or, failing names, organizations and countries), as events.

A meeting is found from a trigger (verbs "meet", "visit", "host", "receive", "negotiate", "sit down
with"; nouns "summit", "talks", "meeting", "visit", "negotiations", ...), its participants from the
syntax around it (subject, object, "with X", "between X and Y", coordination, possessives, compounds
such as "the Trump-Kim summit", pronouns and plural references such as "the two leaders"), its date,
place, duration, ordinal and status from the same clause. Mentions of the same meeting are then
merged into one event ("the meeting", "the next Trump-Kim summit"); different meetings stay apart.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import permutations
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import normalize_date
from kg.nlp import gazetteer, lemma
from kg.nlp.lexicon import TITLE_HEADS
from kg.resolve.document import Resolution, entity_key, merge_entity
from kg.types import Article, Evidence, Kind, Meeting, Role, Status, TimeValue

VERB_CAMEO = {"meet": "044", "visit": "042", "host": "043", "receive": "043", "negotiate": "046"}
NOUN_CAMEO = {"summit": "044", "meeting": "044", "meetings": "044", "talks": "046", "visit": "042",
              "visits": "042", "negotiations": "046", "conference": "044", "encounter": "044",
              "discussions": "046"}
STATE_GROUPS = {"nations", "countries", "powers", "states", "parties", "governments"}
AGREEMENTS = {"accord", "deal", "agreement", "treaty", "pact", "memorandum", "declaration", "protocol",
              "contract", "charter", "communique", "statement", "document", "accords", "agreements", "deals"}
# Verbs that meet only with a "with" argument ("speak with", "sit down with").
WITH_VERBS = {"speak", "talk", "sit"}
# Verbs whose object noun is a meeting their subject takes part in ("hold talks", "attend a summit").
HOLD_VERBS = {"hold", "have", "attend", "join", "host", "chair", "convene", "begin", "open", "resume",
              "continue", "complete", "start", "conduct", "finish", "end", "seek", "want", "propose",
              "offer"}
LEADER_TITLES = ("president", "leader", "prime minister", "premier", "chancellor", "king", "queen",
                 "emperor", "monarch", "chairman", "supreme leader", "head of state", "sultan", "emir",
                 "taoiseach")
PLURAL_NOUNS = {"leaders", "men", "sides", "two", "presidents", "pair", "women", "both"}
PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "teleconference", "call", "phoned"}
NOT_MEETINGS = {"press", "news", "video", "telephone", "phone"}  # "press conference", "phone talks"
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
PLURAL_PRONOUNS = {"their", "both"}  # "they" is too often someone else
PLACE_PREPS = {"in", "at", "on", "off", "near", "inside", "to", "of", "outside"}
ARG_PREPS = {"with", "between", "among", "by"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such", "their", "its", "his", "her"}

CANCEL_WORDS = {"cancel", "postpone", "scrap", "delay", "suspend", "abandon"}
CANCEL_PHRASES = {("call", "off"), ("put", "off")}
PROPOSE_WORDS = {"propose", "offer", "open", "invite", "suggest", "wish", "hope", "want", "discuss",
                 "interested", "try", "seek", "urge", "willing", "ready", "consider", "call", "push",
                 "insist", "possible", "possibility", "idea", "floated", "float", "request", "ask"}
PLAN_WORDS = {"plan", "schedule", "set", "expect", "next", "upcoming", "prepare", "agree", "arrange",
              "due", "announce", "ahead", "coming", "forthcoming", "future", "another"}
PROPOSE_AUX = {"would", "could", "might", "may", "should"}
PLAN_AUX = {"will", "shall", "'ll", "wo"}
REPORTING = {"say", "tell", "announce", "report", "confirm", "add", "note", "recall", "state", "point",
             "describe", "indicate", "insist"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1,
            "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half": 0}
_DURATION = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+"
    r"(minute|hour|day|week)s?\b", re.IGNORECASE)
_UNIT = {"minute": ("PT", "M"), "hour": ("PT", "H"), "day": ("P", "D"), "week": ("P", "W")}
_DATE_LEAD = re.compile(r"^(?:about|around|nearly|almost|some|roughly|approximately)\s+", re.IGNORECASE)
TITLE_WORDS_BEFORE = {"foreign", "prime", "vice", "deputy", "press", "defense", "finance", "general",
                      "chief", "special", "supreme"}
CONFIDENCE = {"verb": 0.9, "noun": 0.8, "anaphor": 0.6}
# "the leader of X" when the article names no leader of X: a stand-in, filled from a nearby mention
# of the same meeting that names the people ("The leaders of A and B held talks. It was the third
# meeting between C and D"), else the state itself.
STANDIN = "?leader/"
# Region adjectives on "leaders" ("the European leaders"): the states they cover (ISO 3166 alpha-3).
REGIONS = {
    "european": frozenset("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD "
                          "POL PRT ROU SVK SVN ESP SWE GBR NOR CHE ISL LIE".split()),
}
REGIONS["eu"] = REGIONS["european"]
# Collective nouns that stand for the state they belong to ("Egyptian officials", "the Israeli and
# Palestinian leadership").
GROUP_NOUNS = {"officials", "delegation", "delegations", "government", "governments", "diplomats",
               "leadership", "leaderships", "authorities"}


@dataclass
class _Mention:
    """One trigger with what its clause says; several mentions make one event."""

    trigger: Token
    kind: str  # "verb" or "noun"
    participants: set[str]
    status: Status
    cameo: str
    date: TimeValue | None = None
    place: str | None = None
    duration: str | None = None
    ordinal: int | None = None
    anaphoric: bool = False  # "the meeting", "Trump's meeting": may join an earlier event
    partial: bool = False  # a participant could not be resolved ("I", "leaders")
    quoted: bool = False
    context: set[str] = field(default_factory=set)  # people named in the sentence
    confidence: float = 0.8
    week: tuple[dt.date, dt.date] | None = None  # "are meeting in Juba this week": a series of sessions


@dataclass
class _Event:
    mentions: list[_Mention]
    participants: set[str]
    date: TimeValue | None = None  # set from the mentions by _settle, or from the same visit
    place: str | None = None

    def first(self) -> _Mention:
        return self.mentions[0]


class _Context:
    """The document with its resolution and roles, and the lookups the extractors share."""

    def __init__(self, doc: Doc, article: Article, res: Resolution, roles: list[Role]) -> None:
        self.doc, self.article, self.res, self.roles = doc, article, res, roles
        self.groups: set[str] = set()  # countries standing for a group of people ("Egyptian officials")
        self.key_of: dict[int, str] = {}
        self.root_of: dict[int, str] = {}
        for span, key in res.spans:
            for t in span:
                self.key_of[t.i] = key
            self.root_of[span.root.i] = key
        for span, candidates in res.ambiguous:
            chosen = self._disambiguate(candidates)
            if chosen is not None:
                for t in span:
                    self.key_of.setdefault(t.i, chosen)
                self.root_of.setdefault(span.root.i, key)
        self.quoted = _quoted_tokens(doc)

    def _disambiguate(self, candidates: Iterable[str]) -> str | None:
        """A bare name shared by several people goes to the one leader among them, if exactly one."""
        leaders = [c for c in candidates if any(r.person == c and _is_leader(r.title) for r in self.roles)]
        return leaders[0] if len(leaders) == 1 else None

    def kind(self, key: str) -> Kind:
        if key.startswith(STANDIN):
            return Kind.PERSON
        return self.res.entities[key].kind

    def is_person(self, key: str) -> bool:
        return self.kind(key) == Kind.PERSON

    def people_before(self, i: int, limit: int = 2, within: int = 120) -> list[str]:
        """The `limit` most recent distinct people mentioned before token i."""
        found: list[str] = []
        j = i - 1
        while j >= 0 and j >= i - within and len(found) < limit:
            key = self.key_of.get(j)
            if key and self.is_person(key) and key not in found:
                found.append(key)
            j -= 1
        return found

    def venue(self, org: str) -> str:
        """The Place a building stands for when the tagger took it for an organization ("State House")."""
        name = self.res.entities[org].name
        key = entity_key(Kind.PLACE, name)
        if key not in self.res.entities:
            merge_entity(self.res, key, Kind.PLACE, name, set())
        return key

    def states_of(self, person: str) -> set[str]:
        """The countries a person's roles belong to."""
        return {r.organization for r in self.roles if r.person == person and r.organization
                and self.kind(r.organization) == Kind.COUNTRY}

    def leader_of(self, country: str) -> str | None:
        """The one person holding a leader title for a country."""
        people = {r.person for r in self.roles if r.organization == country and _is_leader(r.title)}
        return people.pop() if len(people) == 1 else None

    def titled(self, title: str) -> str | None:
        """The one person whose role title is this word ("the secretary-general", "the president-elect")."""
        title = title.lower()
        people = {r.person for r in self.roles if r.title and (r.title.lower() == title or
                                                               r.title.lower().endswith(" " + title))}
        if not people and " " in title:
            people = {r.person for r in self.roles if r.title and r.title.lower().endswith(title.split()[0])
                      and title.endswith(r.title.lower().split()[-1]) or r.title and r.title.lower() in title}
        if not people and "-" in title:
            return self.titled(title.split("-")[0])
        return people.pop() if len(people) == 1 else None


def extract_meetings(doc: Doc, article: Article, res: Resolution, roles: list[Role]) -> list[Meeting]:
    """Every meeting the article reports, one record per real meeting."""
    ctx = _Context(doc, article, res, roles)
    mentions = [m for token in doc if (m := _mention(ctx, token)) is not None]
    mentions = _join_coordinated(ctx, mentions)
    _continuations(ctx, mentions)
    _fill_standins(ctx, mentions)
    events = [e for e in _merge_states(ctx, _merge(mentions)) if len(e.participants) >= 2]
    events += _earlier_ones(events)
    for event in events:
        _settle(ctx, event)
    _same_visit(ctx, events)
    return [_meeting(ctx, e) for e in events]


# --- triggers -------------------------------------------------------------------------------------

def _mention(ctx: _Context, token: Token) -> _Mention | None:
    """The mention a token triggers, or None when it is no meeting trigger."""
    ctx.groups = set()
    if token.pos_ in {"VERB", "AUX"} or (token.tag_.startswith("VB")):
        return _verb_mention(ctx, token)
    if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in NOUN_CAMEO:
        return _noun_mention(ctx, token)
    return None


def _verb_mention(ctx: _Context, verb: Token) -> _Mention | None:
    word = lemma(verb).lower()
    if word == "sign":
        return _signing(ctx, verb)
    if word not in VERB_CAMEO and word not in WITH_VERBS and word not in {"talk", "sit"}:
        return None  # most verbs: decided before their children are read
    with_args = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}]
    if word not in VERB_CAMEO and not (word in WITH_VERBS and with_args) and not (
            word in {"talk", "sit"} and _plural_subject(verb)):
        return None
    if word == "sit" and not any(c.lower_ in {"down", "face"} for c in verb.children) and not with_args:
        return None
    if _is_phone(verb) or _negated(verb) and _status(verb) == Status.HELD:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if word == "meet" and _abstract(ctx, objects + [p for w in with_args for p in _pobjs(w)]):
        return None
    if word == "receive" and not any(_is_personish(ctx, o) for o in objects):
        return None
    participants: set[str] = set()
    partial = False
    for arg in _subjects(verb) + objects + [p for w in _arg_preps(verb) for p in _pobjs(w)]:
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    place = _place(ctx, verb, participants)
    if word == "visit":
        place, participants = _visit_host(ctx, objects, place, participants)
    status = _status(verb)
    cameo = VERB_CAMEO.get(word, "044")
    return _finish(ctx, verb, "verb", participants, status, cameo, place, partial)


def _signing(ctx: _Context, verb: Token) -> _Mention | None:
    """"The United States and Brazil have signed an accord", "the deal signed in Brazil by Rice and her
    counterpart Amorim": the signers (and the states party to it) meet to sign (CAMEO 057)."""
    agreement = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and lemma(c).lower() in AGREEMENTS]
    if verb.dep_ == "acl" and lemma(verb.head).lower() in AGREEMENTS:
        agreement.append(verb.head)
    if not agreement or _negated(verb) and _status(verb) == Status.HELD:
        return None
    participants: set[str] = set()
    partial = False
    for arg in _subjects(verb):
        if lemma(arg).lower() in AGREEMENTS:
            continue
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    for arg in [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)]:
        keys, ok = _resolve_arg(ctx, arg)
        participants |= keys
        partial |= not ok
    place = _place(ctx, verb, participants)
    mention = _finish(ctx, verb, "verb", participants, _status(verb), "057", place, partial)
    mention.anaphoric = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for a in agreement for c in a.children)
    return mention


def _plural_subject(verb: Token) -> bool:
    """"Kim and Moon talked", "the two sides talked", "the Israeli and Palestinian leadership talked"."""
    for subj in _subjects(verb):
        if len(_conjuncts(subj)) >= 2 or subj.lower_ in PLURAL_NOUNS:
            return True
        if subj.lower_ in GROUP_NOUNS and sum(len(_conjuncts(c)) for c in subj.children if c.dep_ == "amod") >= 2:
            return True
    return False


def _noun_mention(ctx: _Context, noun: Token) -> _Mention | None:
    if any(c.lower_ in NOT_MEETINGS for c in noun.children if c.dep_ in {"compound", "amod"}):
        return None
    if _is_phone(noun):
        return None
    participants: set[str] = set()
    partial = False
    own = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod", "amod"}]
    own += [p for w in _arg_preps(noun, extra={"of"}) for p in _pobjs(w)]
    # "The summit, the first between the two leaders, ...": the apposition names who meets
    own += [p for a in noun.children if a.dep_ == "appos" and (a.lower_ in ORDINALS or a.lower_ in NOUN_CAMEO)
            for w in _arg_preps(a) for p in _pobjs(w)]
    # "the talks Kim held with Moon" (not "discussions, which she described as informal")
    own += [s for c in noun.children if c.dep_ in {"relcl", "acl"} and lemma(c).lower() in HOLD_VERBS | {"take"}
            for s in _subjects(c)]
    for arg in own:
        keys, ok = _resolve_arg(ctx, arg, compound=arg.dep_ in {"compound", "nmod", "amod"})
        participants |= keys
        partial |= not ok and arg.dep_ in {"poss", "pobj"} and arg.pos_ == "PRON"
    governor = _governor(noun)
    person_count = sum(ctx.is_person(k) for k in participants)
    if governor is not None and (person_count < 2 or lemma(governor).lower() in HOLD_VERBS
                                 and noun.dep_ == "dobj"):
        for arg in _governor_args(governor, noun):
            keys, ok = _resolve_arg(ctx, arg)
            participants |= keys
            partial |= not ok
    place = _place(ctx, noun, participants) or (_place(ctx, governor, participants, skip=noun)
                                                if governor is not None else None)
    if governor is not None and lemma(governor).lower() == "visit" and place is None:
        place = next((k for c in governor.children if c.dep_ == "dobj" and (k := ctx.key_of.get(c.i))
                      and ctx.kind(k) in {Kind.PLACE, Kind.COUNTRY}), None)
    if noun.lower_ in {"visit", "visits"}:
        place, participants = _visit_host(ctx, [], place, participants)
    status = _status(noun)
    mention = _finish(ctx, noun, "noun", participants, status, NOUN_CAMEO[noun.lower_], place, partial)
    mention.anaphoric = _anaphoric(noun)
    return mention


def _finish(ctx: _Context, trigger: Token, kind: str, participants: set[str], status: Status, cameo: str,
            place: str | None, partial: bool) -> _Mention:
    """Date, duration, ordinal, context and confidence of a mention."""
    week = _week(ctx, trigger)
    date = None if week else _date(ctx, trigger, status)
    sent = trigger.sent
    context = {k for t in sent if (k := ctx.root_of.get(t.i)) and ctx.is_person(k)}
    people = {k for k in participants if ctx.is_person(k)}
    kept = people | (participants & ctx.groups) if people else participants
    ctx.groups = set()
    confidence = CONFIDENCE[kind] - (0.1 if partial else 0.0) - (0.1 if status != Status.HELD else 0.0)
    return _Mention(trigger, kind, set(kept), status, cameo, date, place, _duration(trigger),
                    _ordinal(trigger), partial=partial, quoted=trigger.i in ctx.quoted, context=context,
                    confidence=round(confidence, 2), week=week)


_WEEK = re.compile(r"^(?:during |in |over )?(this|next|last|the coming|the next|the past) week$", re.IGNORECASE)


def _week(ctx: _Context, trigger: Token) -> tuple[dt.date, dt.date] | None:
    """"this week", "next week" on the trigger's clause: the Monday-Sunday span it covers."""
    published = ctx.article.date
    if published is None:
        return None
    clause = {t.i for t in _clause_tokens(trigger)}
    for ent in trigger.sent.ents:
        match = _WEEK.match(ent.text.strip())
        if ent.label_ == "DATE" and ent.root.i in clause and match:
            step = {"this": 0, "next": 1, "the coming": 1, "the next": 1, "last": -1, "the past": -1}[
                match[1].lower()]
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return monday, monday + dt.timedelta(days=6)
    return None


def _governor_args(governor: Token, noun: Token) -> list[Token]:
    """Who takes part in a meeting named by a noun, from the verb it hangs on.

    "X held talks", "X is open to a summit", "Following a meeting with Y, X said" (the subject);
    "talks Friday between X and Y" (its "between"); "X pulled aside Y for talks" (the object).
    """
    args = [] if lemma(governor).lower() in REPORTING else list(_subjects(governor))
    args += [p for w in _arg_preps(governor) for p in _pobjs(w) if w.lower_ in {"with", "between"}]
    under_for = any(t.dep_ == "prep" and t.lower_ == "for" for t in noun.ancestors
                    if t.i > governor.i or _in_subtree(t, governor))
    if under_for:
        args += [c for c in governor.children if c.dep_ == "dobj"]
    return [a for a in args if a.i != noun.i and not _in_subtree(noun, a)]


def _anaphoric(noun: Token) -> bool:
    """"the meeting", "their talks", "Trump's meeting", "the second summit", "such a meeting"."""
    return any(c.dep_ in {"det", "poss", "predet"} and c.lower_ in ANAPHORIC_DETS | {"such"} or
               c.dep_ == "poss" or c.lower_ in ORDINALS or c.lower_ in {"next", "last", "latest", "another"}
               for c in noun.children) or noun.dep_ == "pobj" and noun.head.lower_ in {"after", "following"}


def _is_phone(token: Token) -> bool:
    """"spoke by phone", "talks by telephone", "phone talks": no meeting."""
    by_phrases = [p for t in (token, token.head) for p in t.children if p.dep_ == "prep" and p.lower_ == "by"]
    if any(w.lower_ in PHONE_WORDS for p in by_phrases for w in p.subtree):
        return True
    return any(c.lower_ in PHONE_WORDS for c in token.children if c.dep_ in {"compound", "amod"})


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _abstract(ctx: _Context, args: list[Token]) -> bool:
    """"met with skepticism", "meet Washington's demand": an object that is no one."""
    return bool(args) and not any(_is_personish(ctx, a) for a in args)


def _is_personish(ctx: _Context, token: Token) -> bool:
    return (token.i in ctx.key_of or token.pos_ in {"PRON", "PROPN"} or token.lower_ in PLURAL_NOUNS
            or token.lower_ == "elect"
            or _title_word(token) or token.lower_ in {"officials", "delegation", "counterpart", "counterparts",
                                                      "envoy", "visitor", "visitors", "spymaster"})


def _title_word(token: Token) -> bool:
    """A title noun ("minister", "leaders", "president-elect")."""
    return token.lower_ in TITLE_HEADS or token.lower_.rstrip("s") in TITLE_HEADS or \
        token.lower_.split("-")[0] in TITLE_HEADS


# --- participants ---------------------------------------------------------------------------------

def _subjects(verb: Token) -> list[Token]:
    """The subject of a verb, inherited along xcomp/conj/advcl chains ("are expected to meet")."""
    seen = 0
    while seen < 5:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)]
        if subj:
            return subj + agents
        if verb.dep_ == "ROOT" or verb.dep_ in {"prep"} and verb.head.i == verb.i:
            return _orphan_subject(verb) + agents
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and verb.head.i != verb.i:
            verb = verb.head
            if verb.dep_ == "prep":  # "After meeting X, Y said": the subject of Y's verb
                verb = verb.head
        elif verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
        else:
            return agents
        seen += 1
    return []


def _orphan_subject(verb: Token) -> list[Token]:
    """A main verb the parser left without subject ("..., the U.S. Secretary of State confirmed"):
    the nearest noun before it that is not inside a prepositional phrase."""
    for t in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"appos", "nsubj", "dep", "npadvmod"}:
            return [t]
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"}:
            break
    return []


def _arg_preps(token: Token, extra: set[str] | None = None) -> list[Token]:
    """"with X", "between X and Y", "by X" (and their conjoined "and with Z")."""
    wanted = ARG_PREPS | (extra or set())
    preps = [c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in wanted]
    for p in list(preps):
        preps += [c for c in p.children if c.dep_ == "conj" and c.lower_ in wanted]
    return preps


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition; for "between", also names the parser hung on the head noun."""
    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if prep.lower_ == "between" and sum(len(_conjuncts(o)) for o in objs) < 2:
        objs += [c for c in prep.head.children if c.dep_ == "conj" and c.ent_type_]
    return objs


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X, Y and Z")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _resolve_arg(ctx: _Context, arg: Token, compound: bool = False) -> tuple[set[str], bool]:
    """The entity keys an argument stands for, and False when it is a reference left unresolved."""
    keys: set[str] = set()
    ok = True
    for tok in _conjuncts(arg):
        found, resolved = _resolve_one(ctx, tok, compound)
        keys |= found
        # a title the parser split from its name ("Foreign Minister | Wang Yi") is no unresolved person
        ok &= resolved or any(t.i in ctx.key_of for t in tok.doc[tok.i + 1:tok.i + 4])
    return keys, ok


def _resolve_one(ctx: _Context, tok: Token, compound: bool) -> tuple[set[str], bool]:
    if compound:
        return _compound_names(ctx, tok), True
    key = ctx.key_of.get(tok.i)
    if key is not None:
        return {key}, True
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        person = _pronoun(ctx, tok)
        return ({person} if person else set()), person is not None
    if low in PLURAL_PRONOUNS or low in PLURAL_NOUNS:
        found_all = _plural(ctx, tok)
        return found_all, bool(found_all)
    if low == "it":
        body = _it(ctx, tok)
        return ({body} if body else set()), body is not None
    if low in {"i", "me", "we", "us", "you"}:
        return set(), False
    # a title noun with its name beside it ("counterpart Lee Do-hoon", "ambassador ... Anami Koreshige")
    for child in tok.children:
        if child.dep_ in {"appos", "compound"}:
            names = [k for t in child.subtree if (k := ctx.key_of.get(t.i)) and ctx.is_person(k)]
            if names:
                return {names[-1]}, True
    if tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl" and tok.dep_ in {"nsubj", "nsubjpass"}:
        return _resolve_one(ctx, tok.head.head, compound)  # "the six nations that took part in talks"
    if low in STATE_GROUPS:
        states = _enumerated_states(ctx, tok)
        if states:
            return states, True
    if low == "elect" and (titles := [c for c in tok.children if c.dep_ == "compound" and _title_word(c)]):
        found_elect = ctx.titled(titles[-1].lower_ + "-elect")  # "the president-elect"
        return ({found_elect} if found_elect else set()), found_elect is not None
    found = _title_reference(ctx, tok)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"including", "like"}:
            for pobj in _pobjs(prep):
                found |= _resolve_arg(ctx, pobj)[0]
    if found:
        return found, True
    return set(), not (_title_word(tok) or tok.lower_ in GROUP_NOUNS | {"counterparts"})


def _enumerated_states(ctx: _Context, tok: Token) -> set[str]:
    """"the six nations that took part in talks ... The six are North and South Korea, China, Japan,
    Russia and the United States": the states listed for a counted group, in an apposition or in the
    next sentence ("The six are ...", "They are ..."), when the count agrees."""
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in tok.children if c.dep_ == "nummod"), 0)
    if count < 2:
        return set()
    lists = [c for c in tok.children if c.dep_ == "appos"]
    following = ctx.doc[tok.sent.end:tok.sent.end + 1]
    if len(following):
        nxt = following[0].sent
        for t in nxt:
            if t.dep_ == "attr" and lemma(t.head) == "be" and any(
                    s.dep_ == "nsubj" and (s.lower_ in {"they", "these", "those"} or s.lower_ == tok.lower_
                                           or s.lower_ in NUMBERS and NUMBERS[s.lower_] == count)
                    for s in t.head.children):
                lists.append(t)
    for head in lists:
        states: list[str] = []
        for t in _conjuncts(head):
            states += _states_at(ctx, t)
        states = list(dict.fromkeys(states))
        if len(states) == count:
            return set(states)
    return set()


def _states_at(ctx: _Context, tok: Token) -> list[str]:
    """The country at a token; "North and South Korea" (one name for two states) gives both."""
    key = ctx.key_of.get(tok.i)
    if key is None:
        return []
    if ctx.kind(key) == Kind.COUNTRY:
        return [key]
    span = next((sp for sp, k in ctx.res.spans if k == key and sp.start <= tok.i < sp.end), None)
    match = re.fullmatch(r"(\w+) and (\w+) (\w[\w ]*)", span.text) if span is not None else None
    if match is None:
        return []
    codes = [gazetteer.country_names().get(f"{match[i]} {match[3]}") for i in (1, 2)]
    keys = [ctx.res.add_country(c) for c in codes if c]
    return [k for k in keys if k] if len(keys) == 2 and all(keys) else []


def _compound_names(ctx: _Context, tok: Token) -> set[str]:
    """Names in a pre-nominal modifier: "the Trump-Kim summit", "Monday's talks" (no one)."""
    keys = set()
    for t in tok.subtree:
        key = ctx.key_of.get(t.i)
        if key and ctx.is_person(key):
            keys.add(key)
    return keys


def _pronoun(ctx: _Context, pron: Token) -> str | None:
    """He/she: the nearest person before, a subject in the same sentence first."""
    sent = pron.sent
    for t in reversed(list(ctx.doc[sent.start:pron.i])):
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and t.dep_ in {"nsubj", "nsubjpass"}:
            return key
        if t.i not in ctx.key_of and _title_word(t) and (found := ctx.titled(_title_phrase(t))):
            return found
    for t in reversed(list(ctx.doc[max(0, sent.start - 80):pron.i])):
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key):
            return key
        if t.dep_ in {"nsubj", "nsubjpass"} and (found := ctx.titled(_title_phrase(t))):
            return found
    return None


def _title_phrase(tok: Token) -> str:
    """"the U.S. Secretary of State" -> "secretary of state" (names and determiners left out)."""
    words = [t for t in tok.subtree if t.dep_ not in {"det", "punct", "case", "poss"} and not t.ent_type_
             and t.i <= tok.i + 3]
    return " ".join(t.lower_ for t in words if t.i >= tok.i or t.lower_ in TITLE_WORDS_BEFORE)


def _it(ctx: _Context, pron: Token) -> str | None:
    """"it" for a state or organization: the subject country/organization before it in the sentence."""
    for t in reversed(list(ctx.doc[pron.sent.start:pron.i])):
        key = ctx.root_of.get(t.i)
        if key and ctx.kind(key) in {Kind.COUNTRY, Kind.ORGANIZATION} and t.dep_ in {"nsubj", "nsubjpass"}:
            return key
    return None


def _plural(ctx: _Context, tok: Token) -> set[str]:
    """"the two leaders", "the men", "both sides", "their": the two most recent people named before."""
    if tok.lower_ == "leaders":
        countries = _countries_of(ctx, tok)
        if len(countries) >= 2:
            return {ctx.leader_of(c) or STANDIN + c for c in countries}
        if countries:
            leader = ctx.leader_of(countries[0])
            return {leader} if leader else set()
        region = _region_leaders(ctx, tok)
        if region is not None:
            return region
    if tok.lower_ in {"leaders", "presidents", "sides", "leaderships"} and not any(
            c.lower_ in {"two", "both", "the"} for c in tok.children):
        return set()
    if tok.lower_ in PLURAL_PRONOUNS:
        # "the two sides failing to agree on what their talks are about": "their" is the plural before it
        antecedent = next((t for t in reversed(list(ctx.doc[tok.sent.start:tok.i]))
                           if t.lower_ in PLURAL_NOUNS and t.pos_ == "NOUN"), None)
        if antecedent is not None:
            return _plural(ctx, antecedent)
    found = ctx.people_before(tok.i)
    if tok.lower_ == "sides":
        found = _pair_before(ctx, tok) or found
    if len(found) != 2:
        return set()
    if tok.lower_ == "sides":
        # a side is a party, not a person: "Olmert and Abbas ... the two sides" = Israel and Palestine
        states = [ctx.states_of(p) for p in found]
        if all(len(st) == 1 for st in states) and states[0] != states[1]:
            return states[0] | states[1]
        return set()
    return set(found)


def _pair_before(ctx: _Context, tok: Token) -> list[str]:
    """The last two people coordinated before a token ("Olmert and Abbas will meet. Rice said ... the two
    sides"), within the sentence and the two before it."""
    start = max(0, ctx.doc[max(tok.sent.start - 1, 0)].sent.start - 1)
    start = ctx.doc[start].sent.start
    for t in reversed(list(ctx.doc[start:tok.i])):
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and t.dep_ == "conj" and (other := ctx.root_of.get(t.head.i)) \
                and ctx.is_person(other) and other != key:
            return [key, other]
    return []


def _region_leaders(ctx: _Context, tok: Token) -> set[str] | None:
    """"the European leaders": the leaders of the region's states named before (two or more)."""
    regions = [REGIONS[c.lower_] for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in REGIONS]
    if not regions:
        return None
    states = {key for span, key in ctx.res.spans if span.end <= tok.i and ctx.kind(key) == Kind.COUNTRY
              and ctx.res.entities[key].code in regions[0]}
    people = {leader for state in states if (leader := ctx.leader_of(state))}
    return people if len(people) >= 2 else set()


def _countries_of(ctx: _Context, tok: Token) -> list[str]:
    """Countries named on "leaders": "the leaders of France, Germany and Russia", "the Israeli ... leaders"."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod"}:
            for t in _conjuncts(c):
                key = ctx.key_of.get(t.i)
                if key and ctx.kind(key) == Kind.COUNTRY:
                    out.append(key)
    siblings = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_]
    for p in _arg_preps(tok, extra={"of"}):
        for pobj in _pobjs(p) + siblings:
            for t in _conjuncts(pobj):
                key = ctx.key_of.get(t.i)
                if key and ctx.kind(key) == Kind.COUNTRY:
                    out.append(key)
    return list(dict.fromkeys(out))


def _title_reference(ctx: _Context, tok: Token) -> set[str]:
    """"the president-elect", "Egyptian officials" (the country), "the Israeli and Palestinian leaders"."""
    low = tok.lower_
    if low in GROUP_NOUNS:
        groups = set(_countries_of(ctx, tok))
        ctx.groups |= groups
        return groups
    if _title_word(tok) and tok.tag_ != "NNS":
        found = ctx.titled(_title_phrase(tok)) or ctx.titled(low)
        if found:
            return {found}
        countries = _countries_of(ctx, tok)
        if low in {"leader", "president", "premier", "chancellor"} and len(countries) == 1:
            leader = ctx.leader_of(countries[0])
            return {leader} if leader else set()
    return set()


def _governor(noun: Token) -> Token | None:
    """The verb whose clause a noun trigger sits in ("hold talks", "open to a summit", "during talks")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in {"ROOT"} and tok.pos_ not in {"VERB", "AUX"}:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "ROOT":
            return tok
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            return tok
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "pobj" and tok.i != noun.i:
            # "their first day of talks": climb through the noun it belongs to
            continue
    return None


def _visit_host(ctx: _Context, objects: list[Token], place: str | None,
                participants: set[str]) -> tuple[str | None, set[str]]:
    """A visit to a country is a meeting with that state, when no second person is named.

    A visit to a capital ("visited Hanoi", "a visit to Santiago") is a visit to its state, with the
    city as the place (the tagger may have taken the capital for its state)."""
    host = None
    for obj in objects:
        key = ctx.key_of.get(obj.i)
        if key and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
            participants = participants - {key}
            place = place or key
            if ctx.kind(key) == Kind.PLACE:
                place = key
            elif (city := _capital_city(ctx, obj, key)) is not None:
                host, place = key, city
    implied = False  # the host state only implied by its capital ("a visit to Juba")
    if place and host is None and ctx.kind(place) == Kind.PLACE:
        code = gazetteer.capitals().get(ctx.res.entities[place].name)
        host, implied = (ctx.res.add_country(code), True) if code else (None, False)
    elif place and ctx.kind(place) == Kind.COUNTRY:
        host = place
    people = {k for k in participants if ctx.is_person(k)}
    visitor_states = ctx.states_of(next(iter(people))) if len(people) == 1 else set()
    if implied and not visitor_states:
        host = None  # a visitor of unknown state may be going home: no visit of a foreign state
    if len(people) == 1 and host and not (host != place and host in visitor_states):
        participants = people | {host}
        ctx.groups.add(host)
    return place, participants


def _capital_city(ctx: _Context, tok: Token, country: str) -> str | None:
    """The city (a Place) when a country mention is written as its capital ("visited Hanoi")."""
    span = next((sp for sp, k in ctx.res.spans if k == country and sp.start <= tok.i < sp.end), None)
    entity = ctx.res.entities[country]
    if span is None or gazetteer.capitals().get(span.text) != entity.code or span.text == entity.name:
        return None
    key = entity_key(Kind.PLACE, span.text)
    if key not in ctx.res.entities:
        merge_entity(ctx.res, key, Kind.PLACE, span.text, set())
    return key


# --- attributes -----------------------------------------------------------------------------------

def _clause_tokens(trigger: Token) -> list[Token]:
    """Tokens whose nearest verb is the trigger (or the trigger's governing verb, for a noun)."""
    heads = {trigger.i}
    gov = _governor(trigger) if trigger.pos_ not in {"VERB", "AUX"} else None
    if gov is not None:
        heads.add(gov.i)
    if trigger.pos_ not in {"VERB", "AUX"}:
        heads |= {c.i for c in trigger.children if c.dep_ in {"relcl", "acl"}}
    out = []
    for tok in trigger.sent:
        cur = tok
        for _ in range(12):
            if cur.i in heads:
                out.append(tok)
                break
            if cur.pos_ in {"VERB", "AUX"} and cur.i != tok.i and cur.dep_ not in {"aux", "auxpass", "prep"}:
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return out


def _in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i


def _date(ctx: _Context, trigger: Token, status: Status) -> TimeValue | None:
    """The DATE attached to the trigger's clause, normalized against the publication date."""
    published = ctx.article.date
    if published is None:
        return None
    future = {Status.HELD: False, Status.CANCELLED: None}.get(status, True)
    clause = {t.i for t in _clause_tokens(trigger)}
    candidates = [e for e in trigger.sent.ents if e.label_ == "DATE" and e.root.i in clause
                  and not _background(e.root, trigger)]
    candidates.sort(key=lambda e: (not _in_subtree(e.root, trigger), abs(e.root.i - trigger.i)))
    for ent in candidates:
        shifted = _offset_date(ctx, ent, trigger)
        if shifted is not None:
            return shifted
        value = normalize_date(_date_text(ent), published, future=future)
        if value is not None:
            return value
    since = _since_date(ctx, trigger)
    if since is not None:
        return since
    if status == Status.HELD and (_present(trigger) or _perfect(trigger) or _reported_after(trigger)):
        return TimeValue(published.isoformat(), "today")
    return None


_OFFSET = re.compile(r"^(?:about |some |nearly |almost |just )?(a|an|one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|\d+) (day|week|month|year)s?$", re.IGNORECASE)


def _offset_date(ctx: _Context, ent: Span, trigger: Token) -> TimeValue | None:
    """"The agreement came a day after the leaders met": the meeting is a day before the main event.

    The main event's date is the DATE of the main clause, or the publication date (news tells the
    day's events) when the main clause gives none.
    """
    match = _OFFSET.match(_date_text(ent).strip())
    if not match or ent.root.dep_ != "npadvmod":
        return None
    head = ent.root.head
    if head.lower_ in {"after", "before"}:  # "a day after the meeting"
        word, main = head.lower_, head.head
        if not _in_subtree(trigger, head):
            return None
    else:  # "a day after they met"
        marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        if not marks or head.dep_ != "advcl" or not (head.i == trigger.i or _in_subtree(trigger, head)):
            return None
        word, main = marks[0].lower_, head.head
    published = ctx.article.date
    assert published is not None
    anchor_text, anchor = "today", published
    for other in ent.sent.ents:
        if other.label_ == "DATE" and other.root.head.i == main.i and other is not ent:
            value = normalize_date(_date_text(other), published, future=False)
            if value is None or len(value.value) != 10:
                return None
            anchor_text, anchor = other.text, dt.date.fromisoformat(value.value)
    count = int(match[1]) if match[1].isdigit() else NUMBERS[match[1].lower()]
    sign = -1 if word == "after" else 1
    unit = match[2].lower()
    text = f"{ent.text} {word} {anchor_text}"
    if unit in {"day", "week"}:
        day = anchor + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
        return TimeValue(day.isoformat(), text)
    if sign < 0:  # "a year after": the month or year before the main event
        value = normalize_date(f"{count} {unit}s ago", anchor)
        return TimeValue(value.value, text) if value else None
    return None


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


def _perfect(trigger: Token) -> bool:
    """"The leaders have completed their first day of talks": a present perfect of one event in the
    news is the day's news (not with "since", "ever", "already", counts such as "two meetings")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not any(a.lower_ in {"has", "have", "'ve", "'s"} for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    words = {t.lower_ for t in verb.subtree}
    if words & {"since", "ever", "never", "already", "before", "previously", "times", "twice", "recently",
                "often", "repeatedly", "yet", "far", "until", "for"}:
        return False
    return not (trigger.tag_ == "NNS" and any(c.dep_ == "nummod" for c in trigger.children))


def _reported_after(trigger: Token) -> bool:
    """"After meeting X, Y said ...", "Following a meeting with X, Y said": the meeting is the day's."""
    tok = trigger
    if tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ in {"after", "following"}:
        main = tok.head.head
        if lemma(main).lower() in REPORTING and main.pos_ in {"VERB", "AUX"}:
            return not any(e.label_ == "DATE" and e.root.head.i == main.i for e in trigger.sent.ents)
    return False


def _background(date_root: Token, trigger: Token) -> bool:
    """A date that frames something else: "since 1979", "in over 30 years", "within a year"."""
    for tok in [date_root, *date_root.ancestors]:
        if tok.i == trigger.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ in {"since", "over", "within", "for", "until", "before", "by"}:
            return True
        if tok.dep_ == "quantmod":
            return True
    return False


def _date_text(ent: Span) -> str:
    """The DATE text without a possessive and without "about"/"nearly" in front."""
    text = re.sub(r"['’]s$", "", ent.text)
    return _DATE_LEAD.sub("", text)


def _present(trigger: Token) -> bool:
    """A present-tense report ("Bush visits Sao Paulo", "are meeting in Juba"): the event is today."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None:
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBG" and bool(tags & {"VBZ", "VBP"}) \
        and "VBN" not in tags


def _place(ctx: _Context, head: Token, participants: set[str], skip: Token | None = None) -> str | None:
    """The most specific named place reached by in/at/on... from the trigger ("at a Washington hotel")."""
    found: list[tuple[int, int, str]] = []

    def walk(tok: Token, depth: int) -> None:
        for prep in tok.children:
            if prep.dep_ == "appos" and depth < 3 or prep.dep_ == "dobj" and depth == 0 and skip is None:
                walk(prep, depth + 1)  # "met Poroshenko in Kyiv" with "in Kyiv" hung on the object
            if prep.dep_ != "prep" or depth == 0 and prep.lower_ == "of":
                continue
            if skip is not None and _in_subtree(skip, prep):
                continue
            for pobj in _pobjs(prep):
                if prep.lower_ in PLACE_PREPS:
                    for t in [pobj] + [c for c in pobj.children if c.dep_ in {"compound", "appos", "nmod"}]:
                        key = ctx.key_of.get(t.i)
                        if key and _venue(ctx, key):
                            key = ctx.venue(key)
                        if key and key not in participants and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
                            rank = 0 if ctx.kind(key) == Kind.PLACE else 1
                            found.append((rank, depth, key))
                if depth < 3:
                    walk(pobj, depth + 1)

    walk(head, 0)
    if not found:
        return None
    return min(found)[2]


VENUE_WORDS = {"house", "palace", "hall", "hotel", "center", "centre", "building", "airport", "kremlin",
               "residence", "headquarters", "compound", "villa", "castle", "resort", "lodge", "ranch", "mansion",
               "embassy", "complex", "office", "chancellery", "chancellory"}


def _venue(ctx: _Context, key: str) -> bool:
    """A building the tagger took for an organization ("at the State House", "at the Kremlin")."""
    entity = ctx.res.entities[key]
    return entity.kind == Kind.ORGANIZATION and entity.name.split()[-1].lower() in VENUE_WORDS


def _duration(trigger: Token) -> str | None:
    """"lasted 90 minutes", "a two-hour meeting", "for nearly two hours" -> PT90M, PT2H."""
    clause = _clause_tokens(trigger)
    if not clause:
        return None
    start, end = min(t.i for t in clause), max(t.i for t in clause) + 1
    text = trigger.doc[start:end].text
    for match in _DURATION.finditer(text):
        before = text[:match.start()].lower().rstrip()
        if before.endswith(("ago", "after", "before", "since")) or text[match.end():].lower().lstrip().startswith(
                ("ago", "after", "before", "later", "earlier")):
            continue
        number = match[1].lower()
        count = int(number) if number.isdigit() else NUMBERS.get(number, 0)
        if count:
            prefix, unit = _UNIT[match[2].lower()]
            return f"{prefix}{count}{unit}"
    return None


def _ordinal(trigger: Token) -> int | None:
    """"the second summit" -> 2."""
    return next((ORDINALS[c.lower_] for c in trigger.children if c.lower_ in ORDINALS), None)


def _status(trigger: Token) -> Status:
    """Cancelled, proposed, planned or held, from the words on the path to the reporting verb."""
    chain = _chain(trigger)
    # "open to talks" proposes them; "opened the summit" began it; "discussed X during a meeting" frames
    # the talk by the meeting (the verb's tense and modals still count, its meaning not)
    framed = {t.head.head.i for t in chain if t.dep_ == "pobj" and t.head.lower_ in {"during", "at"}}
    chain_words = [t for t in chain if not (lemma(t).lower() == "open" and t.pos_ == "VERB") and t.i not in framed]
    lemmas = {lemma(t).lower() for t in chain_words} | {t.lower_ for t in chain_words}
    mods = [c for t in chain for c in t.children if c.dep_ in {"aux", "auxpass", "prt", "amod", "mark",
                                                               "advmod", "acomp", "neg", "det"}]
    words = {c.lower_ for c in mods} | {lemma(c).lower() for c in mods}
    if lemmas & CANCEL_WORDS or any(lemma(t).lower() == v and any(c.lower_ == p for c in t.children)
                                    for t in chain for v, p in CANCEL_PHRASES):
        return Status.CANCELLED
    conditional = any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for t in chain for c in t.children
                      if c.dep_ == "advcl" for g in c.children)
    reported_will = words & PROPOSE_AUX == {"would"} and _reported(chain) and not conditional
    if (lemmas | words) & PROPOSE_WORDS or words & PROPOSE_AUX and not reported_will or "if" in words:
        return Status.PROPOSED
    if (lemmas | words) & PLAN_WORDS or words & PLAN_AUX or reported_will or _going_to(chain) \
            or _headline_infinitive(chain):
        return Status.PLANNED
    return Status.HELD


def _chain(trigger: Token) -> list[Token]:
    """The trigger and its heads up to (not including) a reporting verb, at most 5 steps."""
    chain = [trigger]
    tok = trigger
    for _ in range(5):
        if tok.head.i == tok.i or tok.dep_ in {"ccomp", "relcl", "advcl", "parataxis"}:
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in {"since", "after", "following", "before"}:
            break
        head = tok.head
        if lemma(head).lower() in REPORTING:
            break
        chain.append(head)
        tok = head
    return chain


def _reported(chain: list[Token]) -> bool:
    """"X said Y would host talks": the clause is the object of a past reporting verb, where "would" is
    the reported "will" (no "if", checked by the caller)."""
    top = chain[-1]
    return top.dep_ == "ccomp" and lemma(top.head).lower() in REPORTING and top.head.tag_ == "VBD"


def _headline_infinitive(chain: list[Token]) -> bool:
    """Headline future: "Kenyan and Tanzanian leaders to meet on trade" (a main verb with bare "to")."""
    top = chain[-1]
    return top.dep_ == "ROOT" and top.pos_ == "VERB" and top.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in top.children) and \
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in top.children)


def _going_to(chain: list[Token]) -> bool:
    return any(t.lower_ == "going" and any(c.lower_ == "to" for c in t.children) for t in chain) or \
        any(t.lower_ == "to" and t.dep_ == "aux" for c in chain for t in c.children
            if c.dep_ == "xcomp" and lemma(c.head) == "be")


def _quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (a paragraph break closes an open quote)."""
    inside = False
    out: set[int] = set()
    for tok in doc:
        if "\n\n" in tok.text_with_ws or tok.is_space and "\n" in tok.text:
            inside = False
        if tok.text in {"“", "”", '"', "``", "''"}:
            inside = tok.text != "”" and not (tok.text in {'"', "''"} and inside)
            continue
        if inside:
            out.add(tok.i)
    return out


# --- events ---------------------------------------------------------------------------------------

def _join_coordinated(ctx: _Context, mentions: list[_Mention]) -> list[_Mention]:
    """Coordinated verbs on one subject in one time are one event: "X visited Hanoi on Wednesday and met
    Y" is one meeting of X and Y in Hanoi on Wednesday. A visit to the state of the person met is that
    meeting; a state no one met stays apart ("visited France and met the German chancellor")."""
    out = list(mentions)
    by_trigger = {m.trigger.i: m for m in mentions}
    for m in mentions:
        verb = m.trigger
        if m.kind != "verb" or verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
                or any(c.lower_ in {"again", "later", "then"} for c in verb.children):
            continue
        head = by_trigger.get(verb.head.i)
        if head is None or head not in out or head.kind != "verb" or head.status != m.status \
                or head.date and m.date and head.date.value != m.date.value:
            continue
        people = {k for k in head.participants | m.participants if ctx.is_person(k)}
        others = (head.participants | m.participants) - people
        if len(people) < 2 or others - {s for p in people for s in ctx.states_of(p)}:
            # two meetings, on the same trip: the second shares the time and place of the first
            if head.status == Status.HELD and head.date and not m.date:
                m.date, m.place = head.date, m.place or head.place
            continue
        widest = m if people <= m.participants else head
        joined = replace(head, participants=people, cameo=widest.cameo, date=head.date or m.date,
                         place=_most_specific(ctx, [x for x in (head.place, m.place) if x]),
                         duration=head.duration or m.duration, partial=head.partial and m.partial,
                         context=head.context | m.context, confidence=max(head.confidence, m.confidence))
        out[out.index(head)] = joined
        out.remove(m)
        by_trigger[head.trigger.i] = joined
    return out


CONTINUATION_HEADS = {"round", "rounds", "session", "sessions"}
CONTINUATION_MODS = {"next", "another", "new", "further", "fresh", "more"}


def _continuations(ctx: _Context, mentions: list[_Mention]) -> None:
    """"Bennani said Morocco would host the next round of talks in Rabat": a new meeting of the parties to
    the talks told before (their states when the clause names a state among them)."""
    for n, m in enumerate(mentions):
        noun = m.trigger
        if m.kind != "noun" or len(m.participants) >= 2 or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
                or noun.head.head.lower_ not in CONTINUATION_HEADS \
                or not any(c.lower_ in CONTINUATION_MODS for c in noun.head.head.children):
            continue
        before = next((x for x in reversed(mentions[:n]) if len(x.participants) >= 2 and not x.partial), None)
        if before is None:
            continue
        people = [k for k in before.participants if ctx.is_person(k)]
        states = [ctx.states_of(p) for p in people]
        named = {k for k in m.participants if ctx.kind(k) == Kind.COUNTRY}
        if named and people and all(len(st) == 1 for st in states) and named <= set().union(*states):
            m.participants = set().union(*states)
        elif m.participants <= before.participants or named and named <= set().union(*states):
            m.participants = set(before.participants)
        else:
            continue
        m.anaphoric, m.partial = False, False


def _fill_standins(ctx: _Context, mentions: list[_Mention]) -> None:
    """Stand-ins for unnamed leaders take the people of a nearby mention of the same meeting.

    "The leaders of South Korea and North Korea have completed their first day of talks. The visit is
    the third meeting between Moon Jae-in and Kim Jong Un": the other mention (within two sentences,
    same time, as many participants, the named ones shared) names people whose known states do not
    contradict the stand-ins. Without such a mention the stand-in becomes its state.
    """
    sent_of = {s.start: n for n, s in enumerate(ctx.doc.sents)}
    for m in mentions:
        standins = {k for k in m.participants if k.startswith(STANDIN)}
        if not standins:
            continue
        known = m.participants - standins
        best: tuple[int, set[str]] | None = None
        for n in mentions:
            if n is m or n.quoted or any(k.startswith(STANDIN) for k in n.participants):
                continue
            distance = abs(sent_of[n.trigger.sent.start] - sent_of[m.trigger.sent.start])
            others = n.participants - known
            if distance > 2 or _future(n.status) != _future(m.status) or not known <= n.participants \
                    or len(n.participants) != len(m.participants) or not all(ctx.is_person(k) for k in others):
                continue
            if _assignable(ctx, sorted(standins), sorted(others)) and (best is None or distance < best[0]):
                best = (distance, others)
        if best is not None:
            m.participants = known | best[1]
            m.context |= best[1]
        else:
            m.participants = known | {k[len(STANDIN):] for k in standins}


def _assignable(ctx: _Context, standins: list[str], people: list[str]) -> bool:
    """Each stand-in ("?leader/country/KOR") can be a distinct person not known to serve another state."""
    states = ctx.states_of
    return any(all(not states(p) or s[len(STANDIN):] in states(p) for s, p in zip(standins, order))
               for order in permutations(people))


def _is_leader(title: str | None) -> bool:
    if not title:
        return False
    low = title.lower()
    return any(low == t or low.endswith(" " + t) or low.startswith(t) for t in LEADER_TITLES)


def _future(status: Status) -> bool:
    return status != Status.HELD


def _compatible(event: _Event, m: _Mention) -> bool:
    """Same kind of time (held vs to come), dates that can be the same, no ordinal clash."""
    first = event.mentions
    statuses = {x.status for x in first}
    if _future(m.status) != any(_future(s) for s in statuses) and not (
            m.status == Status.CANCELLED or Status.CANCELLED in statuses):
        return False
    dates = {x.date.value for x in first if x.date}
    if m.date and any(not (d.startswith(m.date.value) or m.date.value.startswith(d)) for d in dates):
        return False
    ordinals = {x.ordinal for x in first if x.ordinal}
    return not (m.ordinal and ordinals and m.ordinal not in ordinals)


def _merge(mentions: list[_Mention]) -> list[_Event]:
    """Group mentions into events, in text order; a week's series joins the sessions of that week."""
    series = [m for m in mentions if m.week and len(m.participants) >= 2 and not m.partial]
    events = _merge_mentions([m for m in mentions if m not in series])
    for m in series:
        assert m.week is not None
        first, last = m.week
        sessions = [e for e in events if e.participants == m.participants and any(x.date for x in e.mentions)
                    and all(first.isoformat() <= x.date.value[:10] <= last.isoformat()
                            for x in e.mentions if x.date and len(x.date.value) == 10)]
        for e in sessions:
            e.mentions.append(replace(m, anaphoric=True))
        if not sessions:
            # "X will meet Y in Nairobi next week" with a headline "X and Y to meet": one meeting
            same = [e for e in events if e.participants == m.participants and _compatible(e, m)
                    and not any(x.date for x in e.mentions)]
            if same:
                same[-1].mentions.append(m)
            elif not m.quoted:
                events.append(_Event([m], set(m.participants)))
    return events


def _merge_mentions(mentions: list[_Mention]) -> list[_Event]:
    events: list[_Event] = []
    for m in mentions:
        full = len(m.participants) >= 2 and not m.partial
        if full:
            same = [e for e in events if e.participants == m.participants and _compatible(e, m)]
            wider = [e for e in events if m.participants < e.participants and _compatible(e, m)
                     and m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 400]
            target = _best(same, m) or _best(wider, m)
            if target is not None:
                target.mentions.append(m)
            elif not m.quoted:
                events.append(_Event([m], set(m.participants)))
            continue
        if not (m.anaphoric or m.partial or m.participants):
            continue
        candidates = [e for e in events if m.participants <= e.participants and _compatible(e, m)]
        if m.ordinal:
            candidates = [e for e in candidates if any(x.ordinal == m.ordinal for x in e.mentions)]
        elif not m.anaphoric:
            candidates = [e for e in candidates if m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 60]
        target = _best(candidates, m)
        if target is None and m.anaphoric and not m.participants and m.date and m.date.text == "today":
            # "X said after the talks": no one new, a date only guessed - the talks told before
            undated = replace(m, date=None)
            target = _best([e for e in events if _compatible(e, undated)
                            and m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 60], undated)
            m = undated
        if target is not None:
            target.mentions.append(replace(m, anaphoric=True))
    return events


def _merge_states(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """"The United States and Iran held talks" is the Kerry-Zarif meeting when their countries match.

    Only for meetings held: talks between states to come ("more talks with the U.S.") are often
    another matter than a summit of their leaders."""
    out = [e for e in events]
    sent_of = {s.start: n for n, s in enumerate(ctx.doc.sents)}
    for event in events:
        if any(ctx.is_person(k) for k in event.participants) or any(_future(m.status) for m in event.mentions):
            continue
        signing = _signed_by(ctx, event, events, sent_of)
        if signing is not None:
            signing.mentions[:0] = event.mentions
            signing.participants |= event.participants
            out.remove(event)
            continue
        for other in events:
            people = {k for k in other.participants if ctx.is_person(k)}
            if other is event or other not in out or len(people) != len(other.participants) or any(
                    _future(m.status) for m in other.mentions):
                continue
            if not all(_compatible(other, m) for m in event.mentions):
                continue
            countries = [ctx.states_of(p) for p in people]
            if all(c & event.participants for c in countries) and event.participants <= set().union(*countries):
                other.mentions[:0] = [replace(m, anaphoric=True) for m in event.mentions]
                out.remove(event)
                break
    return out


def _signed_by(ctx: _Context, event: _Event, events: list[_Event], sent_of: dict[int, int]) -> _Event | None:
    """"The United States and Brazil have signed an accord. The deal was signed by Rice and Amorim": the
    states are the parties, the ministers the signers - one signing, with all of them."""
    if event.first().cameo != "057":
        return None
    where = sent_of[event.first().trigger.sent.start]
    for other in events:
        if other is event or other.first().cameo != "057" or not all(ctx.is_person(k) for k in other.participants):
            continue
        if any(_future(m.status) for m in other.mentions) or not other.first().anaphoric:
            continue
        if 0 < sent_of[other.first().trigger.sent.start] - where <= 2:
            return other
    return None


def _best(events: list[_Event], m: _Mention) -> _Event | None:
    """The event a mention most likely speaks of: same date, people of the sentence, then most recent."""
    if not events:
        return None

    def score(item: tuple[int, _Event]) -> tuple[int, int, int]:
        n, e = item
        same_date = int(m.date is not None and any(x.date and x.date.value == m.date.value for x in e.mentions))
        overlap = len(m.context & e.participants)
        return (same_date, overlap, n)

    return max(enumerate(events), key=score)[1]


_THIS_PERIOD = re.compile(r"\b(?:this|so far this|earlier this|the current) (?:year|month)$", re.IGNORECASE)


def _earlier_ones(events: list[_Event]) -> list[_Event]:
    """"The visit is the third meeting between Moon and Kim this year": the earlier ones of the year
    were held too (one event for them; the text gives no more about them)."""
    out: list[_Event] = []
    for event in events:
        for m in event.mentions:
            if not (m.ordinal and m.ordinal >= 2 and m.date and _THIS_PERIOD.search(m.date.text)):
                continue
            period = m.date.value
            others = [e for e in events + out if e is not event and e.participants == event.participants
                      and any(x.date and x.date.value.startswith(period) for x in e.mentions)]
            if not others:
                earlier = replace(m, status=Status.HELD, place=None, duration=None, ordinal=None, anaphoric=False,
                                  confidence=round(m.confidence - 0.2, 2))
                out.append(_Event([earlier], set(event.participants)))
    return out


def _settle(ctx: _Context, event: _Event) -> None:
    """Date and place of an event from the most explicit mention that has them."""
    mentions = event.mentions
    full = [m for m in mentions if not m.anaphoric] or mentions
    event.date = next((m.date for m in full if m.date and m.date.text != "today"), None) or \
        next((m.date for m in full if m.date), None)
    event.place = _most_specific(ctx, [m.place for m in full if m.place]) or \
        _most_specific(ctx, [m.place for m in mentions if m.place])


def _same_visit(ctx: _Context, events: list[_Event]) -> None:
    """A second meeting on the same visit: "Biegun met Kang in Seoul on Monday. Following a meeting with
    his counterpart Lee, Biegun said ..." - a held meeting without a place takes the place of a held
    meeting of one of its people on the same day; without a date either, that of the meeting told in
    the sentence just before."""
    sent_of = {s.start: n for n, s in enumerate(ctx.doc.sents)}

    def held(e: _Event) -> bool:
        return _event_status(e.mentions) == Status.HELD

    def people(e: _Event) -> set[str]:
        return {k for k in e.participants if ctx.is_person(k)}

    for event in events:
        if event.place is not None or not held(event):
            continue
        first = sent_of[event.mentions[0].trigger.sent.start]
        for other in events:
            if other is event or other.place is None or not held(other) or not people(event) & people(other):
                continue
            same_day = event.date is not None and other.date is not None and len(event.date.value) == 10 \
                and event.date.value == other.date.value
            before = event.date is None and other.date is not None and \
                any(sent_of[m.trigger.sent.start] == first - 1 for m in other.mentions if not m.anaphoric)
            if same_day or before:
                event.place = other.place
                event.date = event.date or other.date
                break


def _meeting(ctx: _Context, event: _Event) -> Meeting:
    """The Meeting record of an event: attributes from the most explicit mention that has them."""
    mentions = event.mentions
    full = [m for m in mentions if not m.anaphoric] or mentions
    status = _event_status(mentions)
    date, place = event.date, event.place
    duration = next((m.duration for m in mentions if m.duration), None)
    ordinal = next((m.ordinal for m in mentions if m.ordinal), None)
    first = full[0]
    cameo = "036" if status in {Status.PLANNED, Status.PROPOSED} else first.cameo
    evidence = []
    for m in mentions:
        sent = m.trigger.sent
        ev = Evidence(ctx.article.id, sent.start_char, sent.end_char, sent.text)
        if ev not in evidence:
            evidence.append(ev)
    confidence = min(1.0, max(m.confidence for m in mentions) + 0.05 * (len(evidence) - 1))
    return Meeting(tuple(sorted(event.participants)), status, tuple(evidence), round(confidence, 2),
                   first.trigger.text, cameo, date, place, duration, ordinal)


def _event_status(mentions: list[_Mention]) -> Status:
    statuses = [m.status for m in mentions if not m.anaphoric] or [m.status for m in mentions]
    if Status.CANCELLED in statuses:
        return Status.CANCELLED
    if Status.HELD in statuses:
        return Status.HELD
    if Status.PLANNED in statuses:
        return Status.PLANNED
    return Status.PROPOSED


def _most_specific(ctx: _Context, places: list[str]) -> str | None:
    """A named place before a country; the first named otherwise."""
    for key in places:
        if ctx.kind(key) == Kind.PLACE:
            return key
    return places[0] if places else None

