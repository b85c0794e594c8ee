"""Titles read as their holders: "the two foreign ministers", "their prime ministers", "the ministers of A and B,
X and Y", "the Hon. Minister" of a readout's lead, "Prime Minister of Lithuania Ann Roe" (the office and the
people the article titles with it; the pronouns and the told sides are in references)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.forward import count_of
from kg.extract.meetings.lists import office_holder
from kg.extract.meetings.lexicon import (
    GROUP_NOUNS,
    PAIR_COUNTS,
    PLURAL_POSSESSIVES,
    STATE_GROUPS,
    TITLE_WORDS_BEFORE,
)
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts, _is_leader, _pobjs, _title_word
from kg.records import Kind

_OFFICE_PREPS = {"of", "for"}  # "Minister [of] Trade", "Minister of State [for] Labour": the office is before it
_OFFICE_PLACES = {"to", "in", "at"}  # "Ambassador [to] X", "head of mission [in] Y": where an office is held


def _title_phrase(tok: Token) -> str:
    """"the U.S. Secretary of State" -> "secretary of state" (names and determiners left out, and the title words on
    a name in its phrase: "the adviser of Prime Minister A" -> "adviser of", A's office is his own)."""
    words = [t for t in tok.subtree if t.dep_ not in {"det", "punct", "case", "poss"} and not t.ent_type_
             and t.i <= tok.i + 3 and not _on_name(t, tok)]
    return " ".join(t.lower_ for t in words if t.i >= tok.i or t.lower_ in TITLE_WORDS_BEFORE)


def _on_name(t: Token, top: Token) -> bool:
    """A word the parser set on a person's name, as one of the compounds before it, below `top`."""
    while t.dep_ == "compound" and t.i != top.i and t.head.i != t.i:
        t = t.head
        if t.ent_type_ == "PERSON":
            return True
    return False


def _same_office(tok: Token, title: str) -> bool:
    """"the foreign ministers" and "Foreign Minister": the same head word, every title word before it. The head
    of "Minister of Commerce and Industry", "Minister of State for Labour" is the word before its "of" or "for"
    ("the Omani minister" is the one Oman's "Minister of Commerce" the article names)."""
    words = title.lower().replace(",", " ").split()
    office = next((words[:i] for i, w in enumerate(words) if w in _OFFICE_PREPS and i), words)
    head = tok.lower_[:-1] if tok.tag_ == "NNS" and tok.lower_.endswith("s") else tok.lower_
    mods = [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_WORDS_BEFORE]
    # "the UAE Minister of Economy" is no "Minister of State for Trade": the words of its own "of" phrase are the title's
    # (its object and the words on it, not a phrase of its own: "for Foreign Affairs [of the Republic of X]")
    told = [t.lower_ for p in tok.children if p.dep_ == "prep" and p.lower_ in _OFFICE_PREPS for o in _pobjs(p)
            for c in _conjuncts(o) for t in [c, *c.children] if t.is_alpha and t.dep_ in {"pobj", "conj", "amod", "compound"}
            and not t.ent_type_]
    return bool(words) and office[-1] == head and all(m in words for m in mods + (told if office != words else []))


def _office_holders(ctx: _Context, tok: Token) -> set[str]:
    """"their two prime ministers", "the two foreign ministers": a plural office counted to two is the two
    people the article names with that office, before or after ("... meet Saturday. Prime Minister X and
    Prime Minister Y are to hold talks"); "leaders" is no one office (the caller reads it apart)."""
    if tok.tag_ != "NNS" or tok.lower_ == "leaders" or not _title_word(tok):
        return set()
    people = {r.person for r in ctx.roles if r.title and _same_office(tok, r.title)} - ctx.reporters
    return people if len(people) == (count_of(tok) or 2) else set()  # "the three foreign ministers": three


def counted_office(ctx: _Context, tok: Token) -> set[str]:
    """"the three foreign ministers" (a count past two), "their foreign ministers will meet" (the plural
    office of the two sides told): the people the article titles so, when as many."""
    their = any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in tok.children)
    if tok.tag_ != "NNS" or not (count_of(tok) > 2 or their):
        return set()
    if their and _title_word(tok) and (states := _their_states(ctx, tok)):
        # "China and Korea pledged ... after their foreign ministers met": each state's holder of the office
        # (the state itself when the article names none), not every holder the article names
        out: set[str] = set()
        for state in states:
            held = {r.person for r in ctx.roles if r.organization == state and r.title and _same_office(tok, r.title)}
            out |= held if len(held) == 1 else {state}
        return out
    return _office_holders(ctx, tok)


def _their_states(ctx: _Context, tok: Token) -> list[str]:
    """The states "their" refers to: a subject of two or more states coordinated before it in the sentence."""
    for t in reversed(list(ctx.doc[tok.sent.start:tok.i])):
        if t.dep_ in {"nsubj", "nsubjpass"} and len(parts := _conjuncts(t)) >= 2:
            keys = [ctx.key_of.get(c.i) for c in parts]
            if all(k and ctx.kind(k) == Kind.COUNTRY for k in keys):
                return list(dict.fromkeys(k for k in keys if k))
    return []


def _office_pair(ctx: _Context, tok: Token, within: int = 5) -> set[str]:
    """"The two ministers ... a meeting between the two ministers": the two people of the latest meeting
    told (within a few sentences) who hold that office - not the pair named last when it holds another
    ("... sat in on the summit of President A and Prime Minister B. The two ministers' meeting ...")."""
    here = ctx.sentence_of[tok.sent.start]
    office = {r.person for r in ctx.roles if r.title and _same_office(tok, r.title)}  # the article's holders
    for m in reversed(ctx.told):
        if here - ctx.sentence_of[m.trigger.sent.start] > within:
            break
        holders = {p for p in m.participants if ctx.is_person(p) and p in office}
        if m.trigger.i < tok.i and len(holders) == 2:
            return holders
    return set()


def _holds(ctx: _Context, person: str, tok: Token) -> bool:
    """Whether the article titles a person with the office a plural title names ("ministers")."""
    return any(r.person == person and r.title and _same_office(tok, r.title) for r in ctx.roles)


def _named_plural(ctx: _Context, tok: Token) -> set[str]:
    """"The foreign ministers of A and B, X and Y, met", "..., X of A, Y of B and Z of C, meet": a plural title
    whose people are named beside it (in apposition, or coordinated after a comma) stands for them (two or
    more), not for its states."""
    if tok.tag_ != "NNS" or not _title_word(tok):
        return set()
    beside = [a for a in tok.children if a.dep_ == "appos"]
    beside += [c for c in tok.children if c.dep_ == "conj" and tok.doc[c.left_edge.i - 1].text == ","]
    people = {k for a in beside for t in a.subtree if (k := ctx.root_of.get(t.i)) and ctx.is_person(k)}
    return people if len(people) >= 2 else set()


def owned_elsewhere(ctx: _Context, tok: Token, person: str, bodies: list[str]) -> bool:
    """"the Quartet's envoy", "the UN Secretary-General": an office its owner names (one body, or a name the
    resolver left untyped) is not held by one the article titles for another body or state."""
    owner = bodies if len(bodies) == 1 else [] if any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.i not in ctx.key_of for c in tok.children) else None
    return owner is not None and any(r.person == person and r.organization not in {None, *owner} for r in ctx.roles)


def _state_on(ctx: _Context, tok: Token) -> str | None:
    """The one state named on a title ("Afghanistan's president", "the Danish prime minister")."""
    states = {k for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
              and (k := ctx.key_of.get(c.i)) and ctx.kind(k) == Kind.COUNTRY}
    return states.pop() if len(states) == 1 else None


def _counted_pair(tok: Token) -> bool:
    """"the two ministers", "both delegations": a plural title or group counted to two; "the ministers" (a
    bare definite plural title as subject) likewise - it resolves only where exactly two were named. "Two
    ministers from his camp" (a bare count with a phrase telling which) brings in new people."""
    return tok.tag_ == "NNS" and (_title_word(tok) or tok.lower_ in GROUP_NOUNS) and tok.lower_ not in STATE_GROUPS \
        and any(c.lower_ in PAIR_COUNTS and c.dep_ in {"nummod", "det", "predet", "amod"} for c in tok.children) \
        and not (any(c.dep_ == "prep" for c in tok.children)
                 and not any(c.dep_ in {"det", "predet", "poss"} for c in tok.children)) \
        or tok.tag_ == "NNS" and _title_word(tok) and tok.dep_ in {"nsubj", "nsubjpass"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and len(list(tok.children)) == 1


def _named_pair_before(ctx: _Context, two: Token) -> Token | None:
    """"The two ministers agreed ... The two last met": a bare "the two" is the counted plural just before."""
    here = ctx.sentence_of[two.sent.start]
    for t in reversed(ctx.doc[max(0, two.sent.start - 120):two.sent.start]):
        if here - ctx.sentence_of[t.sent.start] > 2:
            return None
        if t.lower_ in PAIR_COUNTS and t.head.i != t.i and _counted_pair(t.head):
            return t.head
    return None


def _titled_leaders(ctx: _Context, tok: Token) -> set[str]:
    """"the two leaders", no state named on it: the people named before whom the article titles as leaders."""
    return {p for p in ctx.people_before(tok.i, 6, 600)
            if any(r.person == p and _is_leader(r.title) for r in ctx.roles)}


def _names_title(ctx: _Context, tok: Token) -> bool:
    """"with Communist Party of Nepal (UML) General Secretary, X": a body the parser coordinated with the
    title it names (no "and" or comma between them) is the title's, not a side."""
    key = ctx.key_of.get(tok.i)
    return key is not None and ctx.kind(key) == Kind.ORGANIZATION and any(
        c.dep_ == "conj" and _title_word(c) and not any(t.dep_ == "cc" or t.text == "," for t in tok.doc[tok.i + 1:c.i])
        for c in tok.children)


def title_name(ctx: _Context, tok: Token) -> str | None:
    """The person a singular title with a prepositional phrase names where the parser did not hang the name on
    the title itself."""
    if not _title_word(tok) or tok.tag_ == "NNS" or not any(c.dep_ == "prep" for c in tok.children):
        return None
    # "met Prime Minister of Lithuania Ann Roe": the parser made the name the object of the title's "of"
    # (the state a compound on it), so the person is the office holder named there; not a titled person right after
    # the "of" ("the adviser of Prime Minister A"): whose office it is (lists.office_holder), no one at the table
    for o in [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]:
        if (key := ctx.root_of.get(o.i)) and ctx.is_person(key) and not office_holder(ctx, o):
            return key
    # "with Foreign Minister of Chile, Ms. X, on ...", "met Foreign Minister of Ghana Mr. Y": the name the
    # parser set beside the title's phrase, not on it
    start = tok.right_edge.i + 1
    after = tok.doc[start] if start < len(tok.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i != tok.i and after.lower_ in _OFFICE_PLACES:
        # "the Head of the EU Delegation to Bosnia and Herzegovina, Ambassador X": the office's own phrase, hung by
        # the parser on the verb, comes before the name
        start = after.right_edge.i + 1
    start += tok.doc[start:start + 1].text == ","
    return next((k for t in tok.doc[start:start + 2] if (k := ctx.key_of.get(t.i)) and ctx.is_person(k)), None)


READOUT_LEAD = 4  # sentences (headline and dateline lines included) where a readout names whom it follows


def lead_holder(ctx: _Context, tok: Token) -> str | None:
    """"The Hon. Minister met ...", "the Minister also received ...": a bare singular title, no state, name or
    complement on it, in an article whose lead names a subject holding that office ("The Minister for Foreign
    Affairs, Hon. X, held ...") is that person - the one a readout follows - not the minister named last."""
    if tok.tag_ == "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"prep", "poss", "amod", "appos"} for c in tok.children):
        return None
    # "the Prime Minister" is no Energy Minister: each title word before the office is the subject's too
    words = [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_WORDS_BEFORE]
    first = ctx.first_bare(tok)  # not a union's president named after "the President" was first read
    for t in ctx.doc[:tok.sent.start]:
        if ctx.sentence_of[t.sent.start] > READOUT_LEAD:
            break
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and t.dep_ in {"nsubj", "nsubjpass", "appos"} and key not in ctx.reporters \
                and not ctx.later_namesake(key, first) \
                and any(r.person == key and r.title and {tok.lower_, *words} <= set(r.title.lower().split())
                        for r in ctx.roles):
            return key
    return None


_TOLD_HOLDERS = 3  # sentences before a state's plural office where the people who hold it are named


def state_holders(ctx: _Context, tok: Token, state: str) -> set[str]:
    """"Kenyan Trade Minister A and Foreign Minister B arrived ... the Kenyan ministers met X": the people named in the
    sentences just before with the plural office's own word, titled for its one state, or for none and coordinated
    with one who is (the state's adjective read on the list), where two or more are (fewer, and the office stands
    for more people than named: the state; not a minister of no state met by the state's own)."""
    here = ctx.sentence_of[tok.sent.start]
    told = [t for t in ctx.doc[:tok.i] if (k := ctx.root_of.get(t.i)) and ctx.is_person(k)
            and here - ctx.sentence_of[t.sent.start] <= _TOLD_HOLDERS
            and any(r.person == k and r.title and _same_office(tok, r.title) for r in ctx.roles)]
    held = {ctx.root_of[t.i] for t in told if ctx.states_of(ctx.root_of[t.i]) == {state}}
    lists = {_list_head(t).i for t in told if ctx.root_of[t.i] in held}
    held |= {ctx.root_of[t.i] for t in told if not ctx.states_of(ctx.root_of[t.i]) and _list_head(t).i in lists}
    return held if len(held) >= 2 else set()


def _list_head(t: Token) -> Token:
    """The head of the list a name is in, through the titles the parser hung it on, however it did: "A, B and
    Minister of X C" (C the object of the title's "of", the title coordinated with B), "Finance Minister A and Energy
    Minister B" (B in apposition to the first title, whose name A the second title is coordinated with; or A hung on
    the second title, B's)."""
    while True:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and _title_word(t.head.head):
            t = t.head.head
        elif t.dep_ == "appos" and t.head.i < t.i and _title_word(t.head) or t.dep_ == "nmod" and t.head.i > t.i and (
                _title_word(t.head) or t.head.pos_ == "PROPN"):
            t = t.head  # "Trade Minister A and Finance Minister B": A hung on the second title, or on B's name
        elif t.dep_ == "compound" and _title_word(t) and t.head.i > t.i:
            t = t.head  # ... and that title on B's name
        elif t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        else:
            return t


def body_holders(ctx: _Context, tok: Token, bodies: list[str]) -> set[str]:
    """"The chief executives of Nordhavn Line and Pacifica Shipping met ...", "the general secretaries of the two
    unions": a plural office of two or more bodies is the one person the article titles so for each - all of them
    or none (a plural of people with no office word on it, "the executives of A and B", stays the bodies)."""
    if tok.tag_ != "NNS" or not _title_word(tok) or len(bodies) < 2 or tok.lower_ in GROUP_NOUNS and not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_WORDS_BEFORE for c in tok.children):
        return set()
    held = [{r.person for r in ctx.roles if r.organization == body and r.title and _same_office(tok, r.title)}
            for body in bodies]
    return set().union(*held) if all(len(h) == 1 for h in held) else set()
