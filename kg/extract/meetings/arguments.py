"""Arguments: who a participant phrase stands for (names, titles, pronouns, groups; plural references in
`plurals`)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import BODY_MEMBERS, BODY_PEOPLE, SPEAKER_PRONOUNS
from kg.extract.meetings.lexicon import (
    ACCOMPANY_VERBS,
    ALONG,
    COUNTERPARTS,
    FIGHTER_NOUNS,
    GROUP_NOUNS,
    PAIR_COUNTS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_NOUNS,
    PLURAL_PRONOUNS,
    STATE_GROUPS,
    TITLE_SYNONYMS,
    TITLE_WORDS_BEFORE,
    TRAVEL_NOUNS,
)
from kg.extract.meetings.bodies import body_sides, names_body, office_body, owns_title, title_owners
from kg.extract.meetings.collectives import region_bodies
from kg.extract.meetings.crews import company_states, crew_of
from kg.extract.meetings.forward import count_of
from kg.extract.meetings.parties import named_parties, told_parties, visitor
from kg.extract.meetings.plurals import _countries_of, _plural
from kg.extract.meetings.records import _Context
from kg.extract.meetings.lists import affiliation, colon_list, names_office, office_holder, office_owners
from kg.extract.meetings.holders import (
    body_holders,
    _holds,
    lead_holder,
    owned_elsewhere,
    state_holders,
    title_name,
    _counted_pair,
    _named_plural,
    _names_title,
    counted_office,
    _named_pair_before,
    _title_phrase,
)
from kg.extract.meetings.references import (
    _holder,
    _it,
    _pronoun,
    _told_sides,
)
from kg.extract.meetings.sides import _counted_states_before, _enumerated_states, _members
from kg.extract.meetings.syntax import _conjuncts, _led_by, _led_by_several, _pobjs, _subjects, _title_word
from kg.nlp import lemma
from kg.records import Kind


def _plural_subject(verb: Token, counted: bool = False) -> bool:
    """"Kim and Moon talked", "the two sides talked", "the Israeli and Palestinian leadership talked"; with
    `counted`, a title counted to two too ("the two ministers sat at the same table"; read for a verb that needs a
    counterpart, not for who holds a meeting noun)."""
    subjects = _subjects(verb)
    for subj in subjects:
        if len(_conjuncts(subj)) >= 2 or subj.lower_ in PLURAL_NOUNS or named_parties(subj):
            return True
        if subj.lower_ in GROUP_NOUNS and sum(len(_conjuncts(c)) for c in subj.children if c.dep_ == "amod") >= 2:
            return True
        # "Deputy ministers A and B co-chaired ...", "The two envoys, A and B, held talks": a title subject
        # whose apposition names two people or more
        # (not the people of one side: "The two Kenyan ministers, A and B,", "Her aides, A and B,")
        if sum(len(_conjuncts(c)) for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN") >= 2 \
                and not _one_side(subj):
            return True
        if counted and _counted_pair(subj):  # "The two ministers had last sat at the same table"
            return True
        if _led_by_several(subj):  # "The two teams, led by A and by B, met"
            return True
    return sum(s.dep_ == "nsubj" for s in subjects) >= 2  # "A and B co-chaired", parsed as two subjects of the verb


def _one_side(noun: Token) -> bool:
    """A plural noun owned by one state or one possessor ("the two Kenyan ministers", "US envoys", "her aides")."""
    return any(c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "COUNTRY"}
               and len(_conjuncts(c)) == 1 for c in noun.children)


def _abstract(ctx: _Context, args: list[Token]) -> bool:
    """"met with skepticism", "meet Washington's demand": an object that is no one."""
    return bool(args) and not any(_is_personish(ctx, a) for a in args)


def _is_personish(ctx: _Context, token: Token) -> bool:
    """Someone: a name, a pronoun, a title, a word for people, or any noun with a name in apposition
    ("his rival, Rwanda President Paul Kagame")."""
    return (token.i in ctx.key_of or token.pos_ in {"PRON", "PROPN"} or token.lower_ in PLURAL_NOUNS
            or token.lower_ == "elect" or _title_word(token) or token.lower_ in PERSON_NOUNS
            or token.lower_ in FIGHTER_NOUNS  # "met rebels of the Front"
            or names_body(token)  # "met the opposition", "met rebel negotiators"
            or any(c.dep_ == "appos" and c.i in ctx.key_of and ctx.is_person(ctx.key_of[c.i]) for c in token.children))


def _resolve_arg(ctx: _Context, arg: Token, compound: bool = False) -> tuple[set[str], bool]:
    """The entity keys an argument stands for, and False when it is a reference left unresolved."""
    keys: set[str] = set()
    ok = True
    # "Minister A and Under Secretary B": a title's first word the parser took for a preposition coordinated
    # with A, B its object (not "A and with B", a preposition of the verb's)
    conjuncts = [o for t in _conjuncts(arg)
                 for o in (_pobjs(t) if t.pos_ == "ADP" and t.dep_ == "conj" and t.i == t.left_edge.i else [t])]
    for tok in conjuncts:
        if affiliation(ctx, tok):
            continue
        listed = _named_plural(ctx, tok)
        keys |= listed
        if tok.i in ctx.dateline or _names_title(ctx, tok) or listed:
            continue
        found, resolved = _resolve_one(ctx, tok, compound)
        keys |= found
        # "X, accompanied by Y, met Z": who comes with a side is at the table too
        # ... and "X, along with Y, met Z"
        company = [a for c in tok.children if c.dep_ in {"acl", "advcl"} and lemma(c).lower() in ACCOMPANY_VERBS
                   for a in c.children if a.dep_ == "agent"]
        company += [w for c in tok.children if c.dep_ == "prep" and c.lower_ in ALONG
                    for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
        keys |= {k for a in company for o in _pobjs(a) for k in _resolve_arg(ctx, o)[0]}
        # a title the parser split from its name ("Foreign Minister | Wang Yi") is no unresolved person
        ok &= resolved or any(t.i in ctx.key_of for t in tok.doc[tok.i + 1:tok.i + 4])
    people = _phrase_people(ctx, arg)
    keys = company_states(ctx, arg, keys) | people  # "A and a delegation from A's state"
    owners = office_owners(ctx, arg)
    if people and len(people) >= len(owners):
        keys -= owners  # "the envoys of A and B, X and Y": X and Y sit for A and B
    return keys - title_owners(ctx, arg) if keys else keys, ok  # not Acme for "Acme chief executive X"


def _phrase_people(ctx: _Context, arg: Token) -> set[str]:
    """People named anywhere in a coordinated phrase the parser nested ("Secretary John Kerry and
    Defense Secretary Chuck Hagel" read as Kerry modifying Hagel, "the party chairman Prachanda and
    Prime Minister Koirala" as Prachanda in a compound): through conjuncts, appositions and nominal
    modifiers, not into clauses nor prepositional phrases (but an office's "of" in a list)."""
    out: set[str] = set()
    stack = [arg]
    listed = any(t.dep_ == "cc" for t in arg.subtree)
    holders: set[int] = set()  # "the chief of staff of President A, B and C": A's is the office, B and C sit
    while stack:
        tok = stack.pop()
        key = ctx.root_of.get(tok.i)
        if key and ctx.is_person(key) and tok.i != arg.i and tok.i not in ctx.dateline and not owns_title(tok) \
                and tok.i not in holders and tok.doc[tok.left_edge.i - 1].text != "(":  # "Third Way (Trzecia ...)"
            out.add(key)
        stack += [c for c in tok.children if c.dep_ in {"conj", "nmod", "appos", "compound"}]
        stack += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} and _title_word(tok)
                  for o in _pobjs(p) if (k := ctx.root_of.get(o.i)) and ctx.is_person(k)]  # "Minister for X A and B"
        # a list of titled names the parser nested in an office's "of" phrase: "Minister of Energy of Kazakhstan A,
        # Minister of Energy of Uzbekistan B and ...", "Chief A of the X Nation and Chair B of the Y Nation"
        stack += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and listed and names_office(ctx, tok)
                  for o in _pobjs(p)]
        holders |= {o.i for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                    for o in _pobjs(p) if office_holder(ctx, o)}
    return out


def _resolve_one(ctx: _Context, tok: Token, compound: bool) -> tuple[set[str], bool]:
    if compound:
        return _compound_names(ctx, tok), True
    if crew := crew_of(ctx, tok):  # "a delegation led by X ... The delegation included A and B": all of them
        return crew, True
    if listed := colon_list(ctx, tok):  # "with the leaders of the five parties: A, B and C"
        return listed, True
    # "a delegation led by X", "a team headed by X": who leads it is the side
    leaders = _led_by(tok)
    if leaders:
        found_led = {k for o in leaders for k in _resolve_arg(ctx, o)[0]}
        return found_led, bool(found_led)
    key = ctx.key_of.get(tok.i)
    if key is not None:
        return {key}, True
    if tok.pos_ in {"ADJ", "ADV"}:  # "The two last met": the parser heads the subject on the adverb
        tok = next((c for c in tok.children if c.dep_ in {"nummod", "det"} and c.lower_ in PLURAL_NOUNS), tok)
    if tok.pos_ == "NUM" and tok.lower_ in PAIR_COUNTS and (named := _named_pair_before(ctx, tok)) is not None:
        return _resolve_arg(ctx, named)
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        person = _pronoun(ctx, tok)
        return ({person} if person else set()), person is not None
    if office := counted_office(ctx, tok):  # "the three foreign ministers", "their foreign ministers"
        return office, True
    if low in PLURAL_PRONOUNS or low in PLURAL_NOUNS or _counted_pair(tok):
        found_all = _plural(ctx, tok) or region_bodies(ctx, tok) or told_parties(ctx, tok)  # "the two delegations"
        return found_all, bool(found_all)
    if low == "it":
        body = _it(ctx, tok)
        return ({body} if body else set()), body is not None
    if low == "they" and tok.dep_ in {"nsubj", "nsubjpass"}:
        return _they(ctx, tok), True
    if low == "counterparts":  # "his counterparts from A and B": the one named for each, else the state
        origins = _countries_of(ctx, tok)
        if origins:
            return {h for s in origins if (h := _holder(ctx, tok, s))}, True
    if low in SPEAKER_PRONOUNS:
        return set(), False
    # a title noun with its name beside it ("counterpart Lee Do-hoon", "ambassador ... Anami Koreshige"),
    # or after its own phrase ("the Chief of Mission in Cyprus, Jane Roe", the name hung on "Cyprus")
    for child in [c for c in tok.children if c.dep_ in {"appos", "compound"}] + _appositions_within(tok):
        names = [k for t in child.subtree if (k := ctx.key_of.get(t.i)) and ctx.is_person(k)]
        if names:
            return {names[-1]}, True
    if name := title_name(ctx, tok) or visitor(ctx, tok):  # "met Prime Minister of Lithuania Ann Roe", "the guest"
        return {name}, True
    if lemma(tok).lower() in TRAVEL_NOUNS:
        return _traveller(ctx, tok), True
    if tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl" and tok.dep_ in {"nsubj", "nsubjpass"}:
        antecedent = tok.head.head  # "the six nations that took part in talks"
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        # "A and B, who met in Vienna": a clause after the last conjunct tells of all of them
        if len(_conjuncts(antecedent)) > 1 and tok.i > max(c.i for c in _conjuncts(antecedent)):
            return _resolve_arg(ctx, antecedent)
        return _resolve_one(ctx, tok.head.head, compound)
    if low in STATE_GROUPS:
        states = _enumerated_states(ctx, tok) or _counted_states_before(ctx, tok)
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
    # "the government and the rebels", unnamed on the noun; "African leaders" (the African bodies named)
    found = found or body_sides(ctx, tok) or region_bodies(ctx, tok) or office_body(ctx, tok)
    if found:
        return found, True
    return set(), not (_title_word(tok) or tok.lower_ in GROUP_NOUNS | {"counterparts"})


def _appositions_within(tok: Token) -> list[Token]:
    """Appositions the parser hung on a noun inside a title's prepositional phrase (not in a clause), and in the
    "to" right after it that the parser hung on the verb ("received the ambassador of A to B, Jane Roe")."""
    out = []
    stack = [c for c in tok.children if c.dep_ == "prep"]
    stack += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "to" and p.i == tok.right_edge.i + 1
              and tok.dep_ == "dobj" and _title_word(tok)]
    while stack:
        t = stack.pop()
        out += [c for c in t.children if c.dep_ == "appos"]
        stack += [c for c in t.children if c.dep_ in {"prep", "pobj", "compound"}]
    return out


def _traveller(ctx: _Context, trip: Token) -> set[str]:
    """"his trip will include visits with X", "the trip will include ...": who travels - the possessor, or,
    for "the trip", the possessor of the trip told last (within a few sentences)."""
    here = ctx.sentence_of[trip.sent.start]
    for t in [trip] + list(reversed(ctx.doc[max(0, trip.sent.start - 200):trip.i])):
        if t.i != trip.i and (lemma(t).lower() != lemma(trip).lower() or here - ctx.sentence_of[t.sent.start] > 4):
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        if owners:
            return _resolve_arg(ctx, owners[0])[0]
        if t.i == trip.i and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in t.children):
            return set()
    return set()


def _compound_names(ctx: _Context, tok: Token) -> set[str]:
    """Names in a pre-nominal modifier: "the Trump-Kim summit", "Monday's talks" (no one)."""
    keys = set()
    for t in tok.subtree:
        key = ctx.key_of.get(t.i)
        if key and ctx.is_person(key):
            keys.add(key)
    return keys


def _they(ctx: _Context, tok: Token) -> set[str]:
    """"They": a plural subject before it in the sentence ("rebels from M23 say they are ready"), else the
    sides of the meeting told last; "the first between the two presidents since they met": the counted pair
    before it in the sentence."""
    for t in reversed(list(ctx.doc[tok.sent.start:tok.i])):
        if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ != "they" and (t.tag_ in {"NNS", "NNPS"} or len(_conjuncts(t)) > 1):
            return _resolve_arg(ctx, t)[0]
    pair = next((t for t in reversed(list(ctx.doc[tok.sent.start:tok.i])) if _counted_pair(t)), None)
    return (_resolve_arg(ctx, pair)[0] if pair is not None else set()) or _told_sides(ctx, tok, 3)


def _title_reference(ctx: _Context, tok: Token) -> set[str]:
    """"the president-elect", "Egyptian officials" (the country), "the Israeli and Palestinian leaders"."""
    low = tok.lower_
    if members := _members(ctx, tok, set(_countries_of(ctx, tok))):
        return members
    if tok.tag_ == "NNS" and _title_word(tok) and (states := _countries_of(ctx, tok)) \
            and set(states) == set(_countries_of(ctx, tok, bodies=True)):
        # "the foreign ministers of India and Pakistan": the one named for each state, else the state; "the
        # Brazilian ministers" (a plural office of one state) are more than its one minister named: the state; the
        # two or more named just before with that office are the side (review17 #8)
        if len(states) == 1 and tok.lower_ not in COUNTERPARTS and (named := state_holders(ctx, tok, states[0])):
            return named
        if len(states) == 1 and tok.lower_ not in COUNTERPARTS:
            ctx.groups.add(states[0])
            return {states[0]}
        return {h for state in states if (h := _holder(ctx, tok, state))}
    if held := body_holders(ctx, tok, _countries_of(ctx, tok, bodies=True)):
        return held  # "the chief executives of A and B": each one's, where the article names them
    if low in GROUP_NOUNS and not (low in BODY_MEMBERS and count_of(tok)) or low in FIGHTER_NOUNS:
        groups = set(_countries_of(ctx, tok, bodies=True)) | body_sides(ctx, tok)  # "of the government and X"
        if not groups and tok.dep_ in {"dobj", "pobj"}:  # "met officials from Japan", "from" hung on the verb
            groups = {k for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > tok.i
                      for o in _pobjs(p) for c in _conjuncts(o) if (k := ctx.key_of.get(c.i))
                      and ctx.kind(k) in {Kind.COUNTRY, Kind.ORGANIZATION}}
        if low in BODY_PEOPLE:  # "members of the Indian community", "German car bosses": no state
            groups = {k for k in groups if ctx.kind(k) == Kind.ORGANIZATION}
        ctx.groups |= groups
        return groups
    # "the Lithuanian head of government": an office named by a phrase of its own, held by one of its titles
    if (_title_word(tok) or low in COUNTERPARTS or _title_phrase(tok) in TITLE_SYNONYMS) and tok.tag_ != "NNS":
        countries = _countries_of(ctx, tok) or _state_of_possessor(ctx, tok)
        if len(countries) == 1:
            holder = _holder(ctx, tok, countries[0])
            return {holder} if holder else set()
        first = ctx.first_bare(tok)  # "the President" stays the holder the reader took it for first
        found = ctx.titled(_title_phrase(tok), first, before=first) or _same_words(ctx, tok, ctx.titled(low, first)) \
            or lead_holder(ctx, tok) \
            or _same_words(ctx, tok, _the_titled(ctx, tok))
        bodies = _countries_of(ctx, tok, bodies=True)
        if found and not owned_elsewhere(ctx, tok, found, bodies):  # not "the Quartet's envoy" for a US envoy
            return {found}
        # failing a state and a name, the body the title belongs to ("the commander of the NATO-led force")
        if len(bodies) == 1:
            holder = _holder(ctx, tok, bodies[0])
            return {holder} if holder else set()
    return set()


def _same_words(ctx: _Context, tok: Token, person: str | None) -> str | None:
    """The holder of a title's head word alone, where the title's words before it are his too ("the prime minister"
    is no trade minister named before; "the minister" any one)."""
    words = any(c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_WORDS_BEFORE for c in tok.children)
    return person if person and (not words or _holds(ctx, person, tok)) else None


def _state_of_possessor(ctx: _Context, tok: Token) -> list[str]:
    """"his foreign minister", "Petrov's envoy": the one state the possessor holds an office for."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or tok.lower_ in COUNTERPARTS:  # "his counterpart" is the other side's
        return []
    people, _ = _resolve_arg(ctx, owner)
    states = {s for p in people if ctx.is_person(p) for s in ctx.states_of(p)}
    return list(states) if len(states) == 1 else []


def _the_titled(ctx: _Context, tok: Token) -> str | None:
    """"The President will meet ..." where several presidents are named: the one who last held the
    subject with that title (the one the story follows), within a few sentences."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    title, first = tok.lower_, ctx.first_bare(tok)
    start = ctx.doc[max(0, tok.sent.start - 1)].sent.start
    for _ in range(3):
        start = ctx.doc[max(0, start - 1)].sent.start
    for t in reversed(list(ctx.doc[start:tok.i])):
        key = ctx.root_of.get(t.i)
        if not key or t.dep_ not in {"nsubj", "nsubjpass", "conj"} or not ctx.is_person(key) \
                or ctx.later_namesake(key, first):
            continue
        phrase = t.head.subtree if t.dep_ == "conj" else t.subtree  # "President and Mrs. Bush"
        if any(r.person == key and r.title and r.title.lower().endswith(title) for r in ctx.roles) \
                or any(w.lower_ == title for w in phrase):
            return key
    return None
