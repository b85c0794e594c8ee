"""Status and place: whether a meeting is held, planned, proposed or cancelled, and where."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.meetings.lexicon import (
    ONWARD_PREPS,
    OCCASION_PREPS,
    ARRIVAL_VERBS,
    CANCEL_PHRASES,
    CANCEL_WORDS,
    CAPITAL_NOUNS,
    CHAMBER_NAMES,
    HOLD_VERBS,
    KEYLESS_LABELS,
    MARGIN_NOUNS,
    NOUNS,
    PLACE_PREPS,
    PLAN_AUX,
    PLAN_WORDS,
    PROPOSE_AUX,
    PROPOSE_WORDS,
    REPORTING,
    ROLE_VERBS,
    SCHEDULING_VERBS,
    SEAT_WORDS,
    STREET_WORDS,
    TIME_FRAMES,
    TOPIC_VERBS,
    VENUE_WORDS,
)
from kg.extract.meetings.clauses import _told_clauses
from kg.extract.meetings.days import _first_of
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import STRAY_DEPS, _adjectival, _chain, _in_subtree, _pobjs, _title_word, _told_under
from kg.extract.meetings.wheres import marked_clause, where_host
from kg.nlp import gazetteer, lemma
from kg.nlp.lexicon import common_nouns
from kg.records import Kind, Status


def _status(trigger: Token) -> Status:
    """Cancelled, proposed, planned or held, from the words on the path to the reporting verb."""
    chain = _chain(trigger)
    # "open to talks" proposes them; "opened the summit" began it; "discussed X during a meeting" (or "over
    # dinner") frames the talk by the meeting (the verb's tense, modals and plans still count - "expects to
    # talk during her meeting" - its meaning not)
    framed = {t.head.head.i for t in chain if t.dep_ == "pobj" and t.head.lower_ in {"during", "at"}}
    # "discussed a tie-up over dinner": the meal frames every word up to the verb it is the occasion of
    over = next((n for n, t in enumerate(chain) if t.dep_ == "pobj" and t.head.lower_ in OCCASION_PREPS), None)
    verb = next((n for n, t in enumerate(chain) if over is not None and n > over and t.pos_ in {"VERB", "AUX"}), None)
    framed |= {t.i for t in chain[over + 1:verb + 1]} if over is not None and verb is not None else set()
    # the trigger's own meaning is no status ("discussed" proposes nothing; "discuss a summit" does)
    # "held what both sides called candid talks": a verb that names the meeting (its object predicate) says nothing
    # of whether it happens
    chain_words = [t for t in chain[1:] if not (lemma(t).lower() == "open" and t.pos_ == "VERB") and t.i not in framed
                   and not any(c.dep_ == "oprd" for c in t.children)]
    lemmas = {lemma(t).lower() for t in chain_words} | {t.lower_ for t in chain_words}
    framing = {lemma(t).lower() for t in chain if t.i in framed}
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "during" and trigger.head.head.tag_ == "VBD":
        lemmas, framing = set(), set()  # "During the meeting, they agreed to ...": what was agreed is no plan of it
    # "Ahead of the ruling, X met Y": a time framed by another event ("ahead of", "prior to") is no plan of this one
    mods = [c for t in chain for c in t.children if c.dep_ in {"aux", "auxpass", "prt", "amod", "mark",
                                                               "advmod", "acomp", "neg", "det"}
            and not (c.lower_ in TIME_FRAMES and any(g.dep_ == "prep" for g in c.children))]
    words = {c.lower_ for c in mods} | {lemma(c).lower() for c in mods}
    if lemmas & CANCEL_WORDS or any(lemma(t).lower() == v and any(c.lower_ == p for c in t.children)
                                    for t in chain for v, p in CANCEL_PHRASES):
        return Status.CANCELLED
    conditional = any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for t in chain for c in t.children
                      if c.dep_ == "advcl" for g in c.children)
    reported_will = words & PROPOSE_AUX == {"would"} and _reported(chain) and not conditional
    if (lemmas | words) & PROPOSE_WORDS or words & PROPOSE_AUX and not reported_will or "if" in words \
            or _proposed_that(chain):
        return Status.PROPOSED
    if (lemmas | words | framing) & PLAN_WORDS or words & PLAN_AUX or reported_will or _going_to(chain) \
            or _headline_infinitive(chain) or _infinitive_to_come(chain):
        return Status.PLANNED
    return Status.HELD


def _proposed_that(chain: list[Token]) -> bool:
    """"Canada proposed that the two ministers meet in Bonn", "suggested that they hold talks": a meeting
    verb in the base form (a mandative clause, which the tagger may call a present) as the object of a verb of
    proposing is only proposed."""
    top = chain[-1]
    return top.dep_ == "ccomp" and top.tag_ in {"VB", "VBP"} and lemma(top.head).lower() in PROPOSE_WORDS


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


def _infinitive_to_come(chain: list[Token]) -> bool:
    """"discussed the summit to be held in June", "talks to take place next month": an infinitive clause on a
    noun or as an object tells of what is still to happen."""
    clauses = [chain[-1]] + [c for c in chain[0].children if c.dep_ in {"acl", "relcl"}]
    return any(t.tag_ in {"VB", "VBN"} and t.dep_ in {"acl", "ccomp", "relcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in clauses)


def _going_to(chain: list[Token]) -> bool:
    return any(t.lower_ == "going" and any(c.lower_ == "to" for c in t.children) for t in chain) or \
        any(t.lower_ == "to" and t.dep_ == "aux" for c in chain for t in c.children
            if c.dep_ == "xcomp" and lemma(c.head) == "be")


def _place(ctx: _Context, head: Token, participants: set[str], skip: Token | None = None) -> str | None:
    """The most specific named place reached by in/at/on... from the trigger ("at a Washington hotel")."""
    found: list[tuple[int, int, str]] = []
    # "met to discuss pollution from the steel mills in Ostrava": a verb of discussing is at a place it names
    # itself or on the people it is with ("discussed trade in Vienna", "discussed the plan with X at the Mansion");
    # its object and the objects of its other prepositions are what is discussed, below which only "with" is read
    topical = head.pos_ in {"VERB", "AUX"} and lemma(head).lower() in TOPIC_VERBS
    topics: set[int] = set()

    def walk(tok: Token, depth: int) -> None:
        # "with A and with B in Quito": a preposition coordinated with another is read like it
        children = list(tok.children)
        children += [c for p in children if p.dep_ == "prep" for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
        # "On Tuesday in Geneva, X met Y": a place the parser hung on the preposition of a day (review17 #9)
        children += [c for p in children if p.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in _pobjs(p))
                     for c in p.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
        for prep in children:
            if tok.i in topics and not (prep.dep_ == "prep" and prep.lower_ == "with"):
                continue
            if topical and depth == 0 and prep.dep_ == "dobj":
                topics.add(prep.i)
            if prep.dep_ == "appos" and depth < 3 or prep.dep_ == "dobj" and depth == 0 and skip is None \
                    or prep.dep_ == "acomp" and depth == 0:  # "is due in Athens ... for talks"
                walk(prep, depth + 1)  # "met Poroshenko in Kyiv" with "in Kyiv" hung on the object
            elif prep.dep_ in STRAY_DEPS and prep.pos_ == "PROPN" and depth == 0 and skip is None:
                walk(prep, depth + 1)  # ... or on a name the parser hung on the verb ("met Vice-President A B at X")
            if prep.dep_ == "conj" and prep.pos_ in {"PROPN", "NOUN"} and 0 < depth < 3:
                walk(prep, depth)  # "met A, the UN envoy, and B in Doha" with "in Doha" hung on B
            # "the talks, held at the palace in Sanaa", "to take place in X", "set for May in X"
            if prep.dep_ == "acl" and depth == 0 and lemma(prep).lower() in HOLD_VERBS | ROLE_VERBS | SCHEDULING_VERBS | {"take"}:
                walk(prep, depth + 1)
            if prep.dep_ == "agent" and depth == 0 and skip is None:  # "was received by X in Oslo", hung on X
                for pobj in _pobjs(prep):
                    walk(pobj, depth + 1)
            if not (prep.dep_ == "prep" or prep.dep_ == "conj" and prep.pos_ == "ADP") or depth == 0 and prep.lower_ == "of":
                continue
            if skip is not None and _in_subtree(skip, prep):
                continue
            if prep.lower_ in ONWARD_PREPS and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in prep.children):
                continue  # "before heading to Berlin": where the side goes next
            if prep.lower_ == "of" and ((who := ctx.key_of.get(tok.i)) and ctx.is_person(who) or _title_word(tok)):
                continue  # "Foreign Minister X of Portugal", "the prime minister of Yemen": whose, not where
            # "a conference on the eastern Mediterranean": the topic of a meeting noun is no place (but "a meeting
            # on the outskirts of Bogota" is: what lies deeper is read); "at the Mining Indaba conference in Cape
            # Town": nor is a meeting's own name
            topic = prep.lower_ == "on" and tok.lower_ in NOUNS
            for pobj in _pobjs(prep):
                named = [] if topic else [pobj] + [c for c in pobj.children if c.dep_ in {"compound", "appos", "nmod"}]
                if pobj.lower_ in NOUNS:  # ... save a town it is named after ("the Madrid peace conference")
                    named = [t for t in named if t.i != pobj.i and (k := ctx.key_of.get(t.i))
                             and ctx.kind(k) == Kind.PLACE and gazetteer.known_place(ctx.entity(k).name)]
                if prep.lower_ in PLACE_PREPS:
                    for t in named:
                        key = ctx.key_of.get(t.i)
                        # "at the Foreign Ministry", "at the European External Action Service": a body met
                        # at is the building it sits in
                        if key and key not in participants and (_venue(ctx, key) or t.i == pobj.i and (
                                prep.lower_ == "at" and _seat(ctx, key) or prep.lower_ in {"at", "in"} and _chamber(ctx, key))):
                            key = ctx.venue(key)
                        elif key and ctx.kind(key) == Kind.COUNTRY and t.dep_ == "appos":
                            key = _capital_city(ctx, t, key) or key  # "the Colombian capital, Bogota": the city
                        key = key or _untagged_place(ctx, t)
                        if key and key not in participants and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
                            rank = 0 if ctx.kind(key) == Kind.PLACE else 1
                            found.append((rank, depth - (prep.head.i in on_object), key))
                    if pobj.lower_ in CAPITAL_NOUNS and (city := _capital_of(ctx, pobj)) is not None:
                        found.append((0, depth - (prep.head.i in on_object), city))
                if topical and depth == 0 and prep.lower_ not in PLACE_PREPS | {"with"}:
                    topics.add(pobj.i)
                if depth < 3 and not (topic and pobj.pos_ == "NOUN" and not _located(pobj)):
                    walk(pobj, depth + 1)
                elif depth < 3:  # "talks on climate change in Bonn": a town hung right on the topic is the venue
                    found.extend((0, depth + 1, k) for k in _town_on(ctx, pobj) if k not in participants)
            for participle in (c for c in prep.children if _adjectival(c) and depth < 3):
                walk(participle, depth + 1)  # "with visiting X in Beijing", "in Beijing" hung on the participle

    # "met Kovac at Victoria Palace in Bucharest", "held talks at the palace in Sanaa": a place the parser hung on the
    # verb's object is as near the meeting as one on the verb (the venue then goes before the town)
    on_object = {c.i for c in head.children if c.dep_ == "dobj" and skip is None}
    walk(head, 0)
    if head.pos_ not in {"VERB", "AUX"}:  # "talks between A and B, which were held at the Hofburg in Vienna"
        for clause in (c for c in _told_clauses(head) if c.dep_ == "relcl" or c.head.i != head.i):
            walk(clause, 1)
    # "X visited Geneva, where he met Y": a "where" clause is at the place it hangs on, also through the verbs
    # a meeting to come is told under ("leaves for Paris, where he is due to hold talks", "is scheduled to meet")
    clause = _told_under(head)
    where = clause.dep_ == "relcl" and marked_clause(head, {"where"}) is not None
    key = ctx.key_of.get(clause.head.i) if where else None
    if key and ctx.kind(key) == Kind.COUNTRY:
        key = _capital_city(ctx, clause.head, key) or key  # "for Paris, where": the city, not the state it names
    if not found and key and key not in participants and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
        found.append((0, 0, key))
    elif not found and where and clause.head.ent_type_ in {"DATE", "TIME"} and clause.head.head.pos_ in {"ADP", "VERB"}:
        # "travelled to Vienna on Monday, where he held talks": the parser hung "where" on the day
        host = clause.head.head if clause.head.head.pos_ == "VERB" else clause.head.head.head
        return _place(ctx, host, participants, skip=clause)
    elif not found and (stay := where_host(head)) is not None:
        return _place(ctx, stay, participants, skip=clause)  # "was in Ankara on Monday, where he met X"
    elif not found and clause.dep_ == "advcl" and clause.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        # "stayed in Ankara until Friday, when he met X": a "when" clause on a verb is at the city it names
        shared = _place(ctx, clause.head, participants, skip=clause)
        if shared is not None and ctx.kind(shared) == Kind.PLACE:
            return shared
    told = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "held talks there": on the verb or its object
    if not found and (first := _first_of(head)) is not None and (lemma(first).lower() in ARRIVAL_VERBS or any(
            c.dep_ == "advmod" and c.lower_ == "there" for t in told for c in t.children)):
        # "will arrive in Brasilia on Wednesday and hold a meeting with Y", "met X in Quebec City and held talks
        # there with Y": a verb coordinated on the same subject, after an arrival or told "there", is at the
        # first verb's city or venue (a state visited tells no more than the trip's country)
        shared = _place(ctx, first, participants, skip=head)
        return shared if shared is not None and ctx.kind(shared) == Kind.PLACE else None
    if not found:
        return None
    # "met X at Victoria Palace in Bucharest": of two places as near the trigger, the venue before the town it
    # stands in, the town before a street ("a place given only by a street address keeps the city")
    best = min(found, key=lambda f: (f[0], f[1], _coarseness(ctx, f[2]), f[2]))[2]
    town = next((k for k in sorted(k for _, _, k in found) if _coarseness(ctx, k) == 1 and ctx.kind(k) == Kind.PLACE), None)
    if town is not None and _coarseness(ctx, best) == 0:
        ctx.towns.setdefault(best, town)  # (the steps that ask whether a meeting was held in a state read the town)
    return best


def _coarseness(ctx: _Context, key: str) -> int:
    """0 for a venue (a name no gazetteer knows), 1 for a town or a state, 2 for a street."""
    name = ctx.entity(key).name
    return 2 if name.split()[-1].lower() in STREET_WORDS else int(gazetteer.known_place(name) or ctx.kind(key) != Kind.PLACE)


_LOCATED = frozenset({"location", "object"})  # WordNet's lexicographer files of places and natural objects


def _town_on(ctx: _Context, noun: Token) -> list[str]:
    """The towns the gazetteer knows put right on NOUN by "in" ("security in Munich"), not deeper ("operations in
    the Kruger National Park", a park; "pollution from the mills in Ostrava", two levels down)."""
    return [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for t in _pobjs(p)
            if (k := ctx.key_of.get(t.i)) and ctx.kind(k) == Kind.PLACE and gazetteer.known_place(ctx.entity(k).name)]


def _located(noun: Token) -> bool:
    """"a meeting on the outskirts of Bogota", "talks on the sidelines of the summit", "on the island of X": the
    noun after a meeting noun's "on" is a part of a place, where what lies below it is a venue; "talks on anti-poaching
    operations in the Kruger National Park", "a conference on water in the Nile basin": a topic, where it is none."""
    return noun.lower_ in MARGIN_NOUNS or common_nouns().get(noun.lower_) in _LOCATED


def _capital_of(ctx: _Context, noun: Token) -> str | None:
    """"the Ugandan capital", "Uganda's capital": the capital's name from the gazetteer, unless the
    text names the city beside it ("Uganda's capital, Kampala", read by the caller)."""
    if any(c.dep_ == "appos" and c.i in ctx.key_of for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        key = ctx.key_of.get(c.i)
        code = ctx.entity(key).code if key and ctx.kind(key) == Kind.COUNTRY else gazetteer.demonyms().get(c.text)
        info = gazetteer.country_by_iso3(code) if code else None
        if info is not None and info.capital:
            return ctx.add_place(info.capital)
    return None


def _untagged_place(ctx: _Context, tok: Token) -> str | None:
    """"came to Pristina", "met in Pristina" where the tagger named no entity: a proper noun the gazetteer
    knows as a place (its compounds with it: "Port Moresby") is that place."""
    # ... or tagged with a label that names no entity ("in Chişinău" read as a PRODUCT)
    if tok.pos_ not in {"PROPN", "NOUN"} or tok.ent_type_ and tok.ent_type_ not in KEYLESS_LABELS or tok.i in ctx.key_of:
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    name = tok.doc[words[0].i if words else tok.i:tok.i + 1].text
    if tok.pos_ == "PROPN" and gazetteer.known_place(name):
        return ctx.add_place(name)
    # "at the OR Tambo Building": capitalised words before a building word the tagger left unnamed are a venue; so
    # is a name before a building word in lower case ("at the Moncloa palace"), not a town's ("a Madrid hotel")
    named = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ not in {"det", "poss", "case", "punct"}]
    if tok.lower_ in VENUE_WORDS and named and all(t.text[:1].isupper() for t in named) and (
            tok.pos_ == "PROPN" and tok.text[:1].isupper()
            or all(t.pos_ == "PROPN" and not gazetteer.known_place(t.text) for t in named)):
        return ctx.add_place(tok.doc[named[0].i:tok.i + 1].text)
    return None


def _venue(ctx: _Context, key: str) -> bool:
    """A building the tagger took for an organization ("at the State House", "at the Kremlin")."""
    entity = ctx.entity(key)
    return entity.kind == Kind.ORGANIZATION and entity.name.split()[-1].lower() in VENUE_WORDS


def _seat(ctx: _Context, key: str) -> bool:
    """A body with a building of its own: a ministry, a department, a secretariat ("at the Foreign Ministry")."""
    entity = ctx.entity(key)
    return entity.kind == Kind.ORGANIZATION and any(w.lower() in SEAT_WORDS for w in entity.name.split())


def _chamber(ctx: _Context, key: str) -> bool:
    """A legislature met at or in is the house it sits in ("met ASUU leaders at the National Assembly", "at the
    Scottish Parliament"); not a name of one word ("in Parliament", "at Congress"), which other articles use for the
    body itself: a place of that name would take their mentions of it."""
    entity = ctx.entity(key)
    return entity.kind == Kind.ORGANIZATION and " " in entity.name and entity.name.lower().endswith(CHAMBER_NAMES)


def _most_specific(ctx: _Context, places: list[str]) -> str | None:
    """A named place before a country, a venue (a name of several words no gazetteer knows: "the Diaoyutai
    State Guesthouse") before a city told by another mention; the first named otherwise."""
    named = [k for k in places if ctx.kind(k) == Kind.PLACE]
    return next((k for k in named if " " in (name := ctx.entity(k).name) and not gazetteer.known_place(name)), None) or \
        next(iter(named), None) or (places[0] if places else None)


def _capital_city(ctx: _Context, tok: Token, country: str) -> str | None:
    """The city (a Place) when a country mention is written as its capital ("visited Hanoi")."""
    span = next((sp for sp, k in ctx.res.spans if k == country and sp.start <= tok.i < sp.end), None)
    entity = ctx.entity(country)
    if span is None or gazetteer.capitals().get(span.text) != entity.code or span.text == entity.name:
        return None
    return ctx.add_place(span.text)


def _side_place(ctx: _Context, sent: Span, side: str) -> str | None:
    """"separate talks with A in Tripoli and with B in Bayda": the place in/at on a side's own name."""
    for tok in sent:
        if ctx.root_of.get(tok.i) != side:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                # "in the eastern city of Bayda": the name the noun's "of" gives
                for pobj in [o for p in _pobjs(prep) for o in [p, *(x for c in p.children if c.dep_ == "prep"
                                                                 and c.lower_ == "of" for x in _pobjs(c))]]:
                    key = ctx.key_of.get(pobj.i) or _untagged_place(ctx, pobj)
                    if key is None and pobj.lower_ in CAPITAL_NOUNS:
                        key = _capital_of(ctx, pobj)
                    if key and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
                        return key
    return None
