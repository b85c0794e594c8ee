"""Sides told by a lower-case body: "the government and the opposition held talks", "the rebels", "the junta",
"government and rebel negotiators". Each stands for the state or body the article names it for elsewhere."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from kg.data import tables
from kg.extract.meetings.dateline import dateline_state
from kg.extract.meetings.lexicon import PERSON_PRONOUNS, lesser
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _arg_preps, _conjuncts, _pobjs, _title_word
from kg.nlp.doc_text import doc_text
from kg.nlp.lexicon import HONORIFICS
from kg.records import Kind
from kg.resolve.capitals import state_of_capital
from kg.resolve.descriptions import definite, named_body

_B = tables("meetings/sides")["bodies"]
STATE_BODIES = frozenset(_B["state"])
OPPOSITION = frozenset(_B["opposition"])
FIGHTERS = frozenset(_B["fighters"])
MEMBERS = frozenset(_B["members"])
OFFICES: dict[str, list[str]] = tables("meetings/sides")["offices"]
HOME_OFFICES = frozenset(tables("meetings/sides")["home_offices"]["offices"])
STATE_OFFICES = frozenset(tables("meetings/sides")["home_offices"]["state_only"])
_NAMED_OFTEN = 3  # a head office at home is the state the article names at least so often
TAKEN_UP = frozenset(tables("meetings/sides")["taken_up"]["heads"])
BODY_WORDS = STATE_BODIES | OPPOSITION | FIGHTERS
_CLASSES = ((STATE_BODIES, "state"), (OPPOSITION, "opposition"), (FIGHTERS, "fighters"))
# the dependencies that tie a body noun to the name it is told with ("the Colombian government", "the
# Northern Front rebels", "the rebel group, the Northern Front", "the opposition Unity Party")
_TIES = {"amod", "compound", "poss", "nmod", "appos"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
# prepositions the parser hangs on an office that tell where it met, not whose it is ("met the president at the
# palace", "the prime minister in Ottawa"; "the President of the Republic" is another's)
_SCENE = frozenset(tables("meetings/sides")["home_offices"]["scene_preps"])
# the links from a side up to the verb it is a side of ("she met with A and the president")
_ARG_DEPS = {"conj", "pobj", "prep", "agent", "dobj", "dative", "nsubj", "nsubjpass"}
_TITLE_POS = {"NOUN", "PROPN", "ADJ"}  # the words of a title ("chief executive"), never a verb ("X received Sheikh Y")
_TITLE_SPAN = 4  # words of a title between its owner's name and its holder's ("Unison Glasgow branch secretary X")


def names_body(tok: Token) -> bool:
    """A body noun, or a noun for a body's people with one on it ("rebel negotiators"), or a body's head word
    with "the" ("the union"): someone at a table."""
    return tok.lower_ in BODY_WORDS or tok.lower_ in MEMBERS and bool(_body_modifiers(tok)) \
        or tok.lower_ in TAKEN_UP and definite(tok)


def body_sides(ctx: _Context, tok: Token) -> set[str]:
    """The sides a bare body noun stands for ("the government" -> the state; "the rebels" -> their body);
    "government and opposition negotiators": one side per body named on the noun. Empty when the article
    names no such body. The sides stay beside named people (a group, not someone's own state)."""
    if tok.lower_ in BODY_WORDS:
        found = _side_of(ctx, tok)
    elif tok.lower_ in MEMBERS:  # "the ELN rebel group": the name may hang on the noun held, not the body's
        found = {k for m in _body_modifiers(tok) for k in _side_of(ctx, m, tok)}
    elif tok.lower_ in TAKEN_UP and definite(tok) and (key := named_body(tok, ctx.res, TAKEN_UP)):
        found = {key}  # "the union": the Dockworkers Union named before
    else:
        found = set()
    ctx.groups |= found
    return found


def _body_modifiers(tok: Token) -> list[Token]:
    """The body nouns on a noun for people: "government and rebel negotiators", "delegations of the
    government and the rebels"."""
    heads = [m for m in tok.children if m.dep_ in {"amod", "compound", "nmod"}]
    heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in _pobjs(p)]
    return [c for m in heads for c in _conjuncts(m) if c.lower_ in BODY_WORDS]


def _side_of(ctx: _Context, tok: Token, holder: Token | None = None) -> set[str]:
    kind = next(name for words, name in _CLASSES if tok.lower_ in words)
    words = next(words for words, name in _CLASSES if name == kind)
    own = _ties(ctx, tok, kind) + (_ties(ctx, holder, kind) if holder is not None else [])
    key = next((k for k in own if _fits(ctx, k, kind)), None)
    key = ctx.side(key) if key else _named_for(ctx, tok, words, kind)
    if key is None and kind == "state":
        key = _main_state(ctx)
    if key is None and kind == "opposition":  # "opposition leader X", the one person titled so
        people = {r.person for r in ctx.roles if r.title and "opposition" in r.title.lower().split()}
        titles = [t.head for t in ctx.doc if t.lower_ in words and t.dep_ in {"compound", "amod"}
                  and _title_word(t.head)]
        # "opposition leader, X" (the name beside the title) or "opposition leader X" (the title on the name)
        named = [c for title in titles for c in title.children if c.dep_ in {"appos", "compound"}]
        named += [title.head for title in titles if title.dep_ == "compound"]
        people |= {k for c in named if (k := ctx.root_of.get(c.i)) and ctx.is_person(k)}
        key = people.pop() if len(people) == 1 else None
    return {key} if key else set()


def _named_for(ctx: _Context, tok: Token, words: frozenset[str], kind: str) -> str | None:
    """The state or body a noun of the same class is told with nearest before `tok`, else first after it."""
    before: str | None = None
    after: str | None = None
    for t in ctx.doc:
        if t.lower_ not in words or t.i == tok.i:
            continue
        key = next((k for k in _ties(ctx, t, kind) if _fits(ctx, k, kind)), None)
        if key is None:
            continue
        if t.i < tok.i:
            before = key
        elif after is None:
            after = key
    found = before or after
    return ctx.side(found) if found else None


def _ties(ctx: _Context, t: Token, kind: str) -> list[str]:
    """The entities a body noun is told with: its own span, its modifiers and appositions, the name it
    modifies, its "of"/"from" objects; for a body, initials the tagger left out ("the ELN rebels")."""
    toks = [t] + [c for c in t.children if c.dep_ in _TIES]
    if t.dep_ in _TIES and t.head.i != t.i:
        toks.append(t.head)
    toks += [o for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in _pobjs(p)]
    keys = [k for x in toks if (k := ctx.key_of.get(x.i))]
    if kind != "state":
        keys += [ctx.add_organization(name) for x in toks if x.i not in ctx.key_of and x.i != t.i
                 and (name := _untagged_name(ctx, x))]
    return keys


def _untagged_name(ctx: _Context, tok: Token) -> str | None:
    """A body's name the tagger left out: initials ("the ELN rebels") or a capitalized name held by the
    body noun ("the opposition Democratic Unity Roundtable")."""
    if tok.dep_ == "compound" and _ACRONYM.fullmatch(tok.text):
        return tok.text
    if tok.pos_ != "PROPN" or tok.dep_ == "compound" or not tok.text[:1].isupper():
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    start = min((w.left_edge.i for w in words), default=tok.i)
    span = tok.doc[start:tok.i + 1]
    ok = all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.i not in ctx.key_of for w in span)
    return span.text if ok and len(span) >= 2 else None


def _fits(ctx: _Context, key: str, kind: str) -> bool:
    if kind == "state":
        return ctx.kind(ctx.side(key)) == Kind.COUNTRY
    return ctx.kind(key) == Kind.ORGANIZATION


def _main_state(ctx: _Context, without: AbstractSet[str] = frozenset(), least: int = 1) -> str | None:
    """The state the article names more than any other (of those not `without`), at least `least` times."""
    counts = Counter(k for _, k in ctx.res.spans if ctx.kind(k) == Kind.COUNTRY and k not in without)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def office_body(ctx: _Context, tok: Token) -> set[str]:
    """"The Secretary-General met today with X", no one named so: the body the office heads (OFFICES),
    where the article names that body."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ not in {"det", "poss"}]
    office = "".join(t.text_with_ws if t.text != "-" else "-" for t in words).replace(" -", "-").strip().lower()
    names = OFFICES.get(office)
    if not names:
        return _home_office(ctx, tok, office)
    if ctx.titled(office) is not None:
        return set()
    text = doc_text(ctx.doc)
    if not any(re.search(rf"\b{re.escape(n)}(?!\w)", text) for n in names):
        return set()
    # the body by its own name ("United Nations Headquarters", a building the tagger took for a body, is not it)
    known = next((k for k, e in sorted(ctx.res.entities.items()) if e.kind == Kind.ORGANIZATION
                  and e.name in names), None)
    key = known or ctx.add_organization(names[0])
    ctx.groups.add(key)
    return {key}


def _home_office(ctx: _Context, tok: Token, office: str) -> set[str]:
    """"The president has invited X to the palace", "the President and Y last met in June": a head office with
    "the" alone on it, in an article that titles no one with it, is the office at home: the state the article
    names most (as "the Danish prime minister", unnamed, is Denmark)."""
    if office not in HOME_OFFICES or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"appos", "acl", "relcl"} or c.dep_ == "prep" and c.lower_ not in _SCENE for c in tok.children) \
            or any(r.title and office in r.title.lower() and not lesser(r.title, office)
                   and not ctx.later_namesake(r.person, ctx.first_bare(tok)) for r in ctx.roles):
        # "the President of the Republic, X" (not a vice president, nor a union's president named later)
        return set()
    others, bodies = _other_sides(ctx, tok)
    # "Student leaders from X University met the chancellor": a university's, a company's, a club's head office
    # too; the state's only where the other side is a person or a state
    if office not in STATE_OFFICES and any(ctx.kind(ctx.side(k)) != Kind.COUNTRY for k in bodies):
        return set()
    # the state where they meet (a capital told in the clause: "Jordan's minister met the king in Amman" is his
    # own king), else never the state the other side answers for ("Kenya's minister arrived in Washington ... she
    # met the president"): the one the article names most of the others, and often (a state named once or twice
    # is a bystander: "France congratulated her", "3,000 people in Mexico")
    people = {s for k in others if ctx.is_person(k) for s in ctx.states_of(k)}
    states = {k for k in others if ctx.kind(k) == Kind.COUNTRY} - people  # a state side, not its minister's
    own = states | people
    verb = _verb_of(tok)
    held = [k for t in (verb.subtree if verb is not None else ()) if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}
            and (p := ctx.key_of.get(t.i)) and ctx.kind(p) == Kind.PLACE
            and (code := state_of_capital(ctx.entity(p).name)) and (k := ctx.add_country(code)) and k not in states]
    # a story filed from a capital ("KAMPALA - The President arrived in Nairobi ... met X in Nairobi") is of that
    # state's head, wherever the meeting is, unless the other side answers for that state
    filed = dateline_state(ctx)
    state = filed if filed is not None and filed not in own else held[0] if held \
        else _top(_home_counts(ctx), own) if own else _home_state(ctx)
    if state is None:
        return set()
    ctx.groups.add(state)  # the state stands for its unnamed head beside named people
    return {state}


def _home_state(ctx: _Context) -> str | None:
    """The state of "the president" met by people of no state told: the one the article names most, where its own
    affairs are told ("Poland's new government", "Greece's church") or the article names it often (a state named once or twice
    is a bystander: "France and Germany congratulated her", "3,000 people in Mexico") or is datelined from its
    capital ("WARSAW - The president and X last met")."""
    counts = _home_counts(ctx)
    state = _top(counts)
    if state is None:
        return None
    told = counts[state] >= _NAMED_OFTEN or any(
        ctx.key_of.get(t.i) == state and (t.dep_ == "poss" or t.dep_ in _TIES and t.head.lower_ in STATE_BODIES)
        for t in ctx.doc)
    return state if told or _capital_first(ctx) == state else None


def _home_counts(ctx: _Context) -> Counter[str]:
    """The states the article names, each with its capital's mentions too: a domestic story names its seat of
    government more than its state ("in Georgetown", "at State House") and foreign states by their names."""
    named = {span.start: k for span, k in ctx.res.spans if ctx.kind(k) == Kind.COUNTRY}
    for span, key in ctx.res.spans:  # a capital the resolver read as both its state and a place counts once
        if span.start not in named and ctx.kind(key) == Kind.PLACE \
                and (code := state_of_capital(ctx.entity(key).name)) and (state := ctx.add_country(code)):
            named[span.start] = state
    if 0 not in named and (state := _capital_first(ctx)):
        named[0] = state
    return Counter(named.values())


def _capital_first(ctx: _Context) -> str | None:
    """The state whose capital opens the article in capitals: a dateline, often untagged ("WARSAW -")."""
    head = ctx.doc[0].text
    code = state_of_capital(head.title()) if head.isupper() else None
    return ctx.add_country(code) if code else None


def _top(counts: Counter[str], without: AbstractSet[str] = frozenset()) -> str | None:
    """The state named most, of those not `without`; none on a tie."""
    ranked = Counter({k: n for k, n in counts.items() if k not in without}).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None


def _verb_of(tok: Token) -> Token | None:
    """The verb a side hangs on, through its prepositions and coordinations ("met with A and the president")."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i and tok.dep_ in _ARG_DEPS:
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} else None


def _other_sides(ctx: _Context, tok: Token) -> tuple[set[str], set[str]]:
    """The states, bodies and people named on the verb's other sides (a pronoun: the last person named before),
    and the bodies among them named outside a clause of their own ("a delegation of X", not "led by X")."""
    verb = _verb_of(tok)
    if verb is None:
        return set(), set()
    args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
    args += [o for c in _arg_preps(verb) for o in _pobjs(c)]
    out: set[str] = set()
    clauses = {t.i for a in args for c in a.subtree if c.dep_ in {"acl", "relcl"} for t in c.subtree}
    for t in (t for a in args for t in a.subtree if t.i != tok.i):
        if t.lower_ in PERSON_PRONOUNS and t.pos_ == "PRON":
            out |= set(ctx.people_before(t.i, limit=1))
        elif (k := ctx.key_of.get(t.i)) and ctx.kind(k) != Kind.PLACE:
            out.add(k)
    bodies = {k for a in args for t in a.subtree if t.i not in clauses and (k := ctx.key_of.get(t.i))
              and ctx.kind(k) == Kind.ORGANIZATION}
    return out, bodies


def owns_title(token: Token) -> bool:
    """"Diko leader Nikolas Christofides", "Trump adviser John Bolton": a name set before a title the next name
    holds is whose office it is (a party the tagger took for a person, a principal), no one at the table."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and _title_word(token.head) \
        and token.head.dep_ == "compound"


def title_owners(ctx: _Context, token: Token) -> set[str]:
    """"Borg Mining chief executive Paul Dent", "Unison Glasgow branch secretary X", "Fatah official Y": a name set
    right before a title that the next name, a person's, holds is whose office it is, read on the words whatever
    the parser made of them; the names of the token's sentence that stand only so (nowhere else in it)."""
    doc, sent = token.doc, token.sent
    owners: set[str] = set()
    others: set[str] = set()
    for span, key in ctx.res.spans:
        if not sent.start <= span.start < sent.end:
            continue
        i = span.end
        while i < min(span.end + _TITLE_SPAN, sent.end) and ctx.key_of.get(i) is None \
                and (doc[i].is_alpha and doc[i].pos_ in _TITLE_POS or doc[i].text in HONORIFICS):
            i += 1
        held = ctx.key_of.get(i) if i < sent.end else None
        title = [t for t in doc[span.end:i]]
        while title and title[-1].text in HONORIFICS:  # "Acme chief executive Dr. X"
            title.pop()
        if title and _title_word(title[-1]) and held is not None and held != key and ctx.is_person(held):
            owners.add(key)
        else:
            others.add(key)
    return owners - others
