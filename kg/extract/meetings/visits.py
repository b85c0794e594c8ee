"""Visits and trips: a visit to a state is a meeting with that state; a visit to several is one meeting each."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.lexicon import ARRIVAL_PREPS, ARRIVAL_VERBS, STATE_NOUNS
from kg.extract.meetings.records import STANDIN, _Context, _Mention
from kg.extract.meetings.status import _capital_city, _capital_of, _untagged_place
from kg.data import tables
from kg.extract.meetings.arguments import _resolve_arg
from kg.extract.meetings.syntax import _conjuncts, _governor, _pobjs, _subjects, _title_word
from kg.extract.meetings.days import _date_text
from kg.nlp import lemma
from kg.records import Kind, TimeValue
from kg.resolve.capitals import state_of_capital

INVITING = frozenset(tables("meetings/sides")["visits"]["inviting"])
INVITATIONS = frozenset(tables("meetings/sides")["visits"]["invitations"])


def _arrival(ctx: _Context, trigger: Token, participants: set[str],
             future: bool | None = None) -> tuple[TimeValue | None, str | None]:
    """When and where a meeting is, from the arrival that opens it: "After arriving in the Austrian capital
    late Tuesday, X met Y" (a clause on the trigger's verb), "X came to Pristina Saturday. Here they held
    talks" (the sentence before, by the same people)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None or ctx.article.date is None:
        return None, None
    arrivals = [t for t in verb.subtree if t.dep_ in {"advcl", "pcomp", "conj"} and t.i != verb.i
                and lemma(t).lower() in ARRIVAL_VERBS]  # the cheap tests first: few tokens are lemmatized
    # "X, who arrived in Oslo on Sunday, met Y": the arrival told of the subject in a relative clause
    arrivals += [c for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} for c in s.children
                 if c.dep_ == "relcl" and lemma(c).lower() in ARRIVAL_VERBS]
    if not arrivals and trigger.sent.start > 0:
        before = ctx.doc[trigger.sent.start - 1].sent
        arrivals = [t for t in before if t.dep_ in {"ROOT", "conj"} and lemma(t).lower() in ARRIVAL_VERBS
                    and _same_travellers(ctx, t, participants)]
    for arrival in arrivals:
        date = next((v for e in arrival.sent.ents if e.label_ == "DATE" and arrival.i in
                     {e.root.head.i, e.root.head.head.i if e.root.head.dep_ == "prep" else -1}
                     and (v := normalize_date(_date_text(e), ctx.article.date, future=future))), None)
        place = next((k for p in arrival.children if p.dep_ == "prep" and p.lower_ in ARRIVAL_PREPS
                      for o in _pobjs(p) if (k := ctx.key_of.get(o.i) or _capital_of(ctx, o) or _untagged_place(ctx, o))
                      and ctx.kind(k) in {Kind.PLACE, Kind.COUNTRY}), None)
        if date or place:
            return date, place
    return None, None


def _same_travellers(ctx: _Context, arrival: Token, participants: set[str]) -> bool:
    """The arrival's subject is among the meeting's sides, or a group of them ("the three diplomats")."""
    subjects = [c for c in arrival.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "the Special Envoy, Hans Berg, travelled to Sanaa": the name in apposition to the subject
    named = subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]
    keys = {k for s in named for c in _conjuncts(s) if (k := ctx.root_of.get(c.i))}
    return bool(keys & participants) or any(s.tag_ in {"NNS", "NNPS"} and not keys for s in subjects)


def _destinations(verb: Token) -> list[Token]:
    """The objects of "to" on a verb or noun of travel ("travel to A, B and C", "a trip to A"); on a noun, also the
    "to" the parser hung on its traveller ("a planned visit of X to A", "a visit by X to A")."""
    tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    if verb.pos_ in {"NOUN", "PROPN"}:
        tos += [c for p in verb.children if p.dep_ == "prep" and p.lower_ in {"of", "by"} for o in _pobjs(p)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "to"]
    return [p for c in tos for p in _pobjs(c)]


def _arrived_at(noun: Token) -> list[Token]:
    """"arrived in Budapest on Monday for a two-day visit": where the visit is, from the arrival it is for."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if verb is None or lemma(verb).lower() not in ARRIVAL_VERBS:
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ARRIVAL_PREPS for o in _pobjs(p)]


def _hosts(ctx: _Context, tokens: list[Token]) -> list[str]:
    """The states named among the tokens and their conjuncts (a capital stands for its state)."""
    out: list[str] = []
    for tok in tokens:
        for t in _conjuncts(tok):
            key = ctx.key_of.get(t.i) or _the_country(ctx, t)
            if key and ctx.kind(key) == Kind.PLACE and (code := state_of_capital(ctx.entity(key).name)):
                key = ctx.add_country(code)
            if key and ctx.kind(key) == Kind.COUNTRY and key not in out:
                out.append(key)
    return out


def _the_country(ctx: _Context, tok: Token) -> str | None:
    """"is in Pakistan for his first visit to the country": the state named last before "the country"."""
    if tok.lower_ not in STATE_NOUNS or not any(c.lower_ == "the" for c in tok.children):
        return None
    start = ctx.doc[max(0, tok.sent.start - 1)].sent.start
    return next((k for t in reversed(list(ctx.doc[start:tok.i])) if (k := ctx.root_of.get(t.i))
                 and ctx.kind(k) == Kind.COUNTRY), None)


def _split_visits(ctx: _Context, mention: _Mention) -> list[_Mention]:
    """"Rice will travel to Germany, Romania and Belgium", "visits with leaders in Japan, China and
    Mongolia": one traveller and several host states are one visit, so one meeting, per state (each
    with its state as the place, unless the mention names a city of that state)."""
    people = [k for k in mention.participants if ctx.is_person(k) and not k.startswith(STANDIN)]
    others = mention.participants - set(people)
    states = {k[len(STANDIN):] if k.startswith(STANDIN) else k for k in others}
    if len(people) != 1 or len(states) < 2 or any(ctx.kind(k) != Kind.COUNTRY for k in states):
        return [mention]
    out = []
    # in the order the text names them (an itinerary the meetings of the trip may follow)
    sent = mention.trigger.sent
    where = {k: next((i for i in range(sent.start, sent.end) if ctx.key_of.get(i) == k), 0) for k in states}
    for state in sorted(states, key=lambda k: (where[k], k)):
        place = mention.place if mention.place and _in_state(ctx, mention.place, state) else state
        out.append(replace(mention, participants={people[0], state}, place=place))
    return out


def _in_state(ctx: _Context, place: str, state: str) -> bool:
    """A place that is the state itself or its capital."""
    if place == state:
        return True
    entity = ctx.entity(ctx.towns.get(place, place))  # a venue told with its town: the town
    return entity.kind == Kind.PLACE and state_of_capital(entity.name) == ctx.entity(state).code


def _visit_host(ctx: _Context, objects: list[Token], place: str | None,
                participants: set[str]) -> tuple[str | None, set[str]]:
    """A visit to a country is a meeting with that state, when no second person is named.

    A visit to a capital ("visited Hanoi", "a visit to Santiago") is a visit to its state, with the
    city as the place (the tagger may have taken the capital for its state)."""
    hosts = _hosts(ctx, objects)
    people = {k for k in participants if ctx.is_person(k)}
    if len(hosts) >= 2 and len(people) == 1:  # several host states: split into one visit each later
        ctx.groups |= set(hosts)
        return place, people | set(hosts)
    host = None
    for obj in objects:
        key = ctx.key_of.get(obj.i)
        if key and ctx.kind(key) == Kind.ORGANIZATION and place is None and key not in participants:
            place = ctx.venue(key)  # "his visit to the State Department": the body's seat is the place
            continue
        if key and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
            participants = participants - {key}
            place = place or key
            if ctx.kind(key) == Kind.PLACE:
                place = key
            elif (city := _capital_city(ctx, obj, key)) is not None:
                host, place = key, city
    implied = False  # the host state only implied by its capital ("a visit to Juba")
    if place and host is None and ctx.kind(place) == Kind.PLACE:
        code = state_of_capital(ctx.entity(place).name)
        host, implied = (ctx.add_country(code), True) if code else (None, False)
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




def _invited(ctx: _Context, verb: Token, participants: set[str], noun: Token | None = None) -> set[str]:
    """"A invited B to visit Oslo", "B visited Oslo at A's invitation": A, who invites, hosts the visit - the
    person stands for the state visited; B is the visitor."""
    head = verb.head
    # "visited Oslo at X's invitation", "a visit to China at the invitation of X" (on the verb or on the
    # visit noun): the one whose invitation it is
    owners = [o for p in [*verb.children, *(noun.children if noun is not None else ())]
              if p.dep_ == "prep" and p.lower_ in {"at", "on"} for n in _pobjs(p) if lemma(n).lower() in INVITATIONS
              for o in [*(c for c in n.children if c.dep_ == "poss"),
                        *(x for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobjs(c))]]
    if owners:
        hosts = {k for o in owners for k in _resolve_arg(ctx, o)[0] if ctx.is_person(k)}
    elif verb.dep_ in {"xcomp", "advcl"} and lemma(head).lower() in INVITING:
        inviters = {k for s in _subjects(head) for k in _resolve_arg(ctx, s)[0]}
        # "Seoul has invited X to make a state visit": a state (or its capital) invites through its leader
        states = {_hosts(ctx, [s])[0] for s in _subjects(head) if _hosts(ctx, [s])}
        hosts = {k for k in inviters if ctx.is_person(k)} or {p for st in states if (p := ctx.leader_of(st))}
    else:
        return participants
    visitors = {k for k in participants if ctx.is_person(k)} - hosts
    return visitors | hosts if hosts and visitors else participants


def called_on(ctx: _Context, tok: Token) -> bool:
    """Someone a courtesy call is paid on ("paid a courtesy call on the Speaker"): a person's name or a title,
    not a state asked to act ("its call on Togo to act")."""
    key = ctx.key_of.get(tok.i)
    if key:
        return ctx.is_person(key)
    return _title_word(tok) or any(c.dep_ == "appos" and (k := ctx.key_of.get(c.i)) and ctx.is_person(k)
                                   for c in tok.children)
