"""References: who "he", "they", "the two men", "the European leaders", "it" stand for, read back to the
people and sides the article has named (never to a source quoted in between)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    COUNTERPARTS,
    FORMER,
    GROUP_NOUNS,
    PAIR_COUNTS,
    REGIONS,
    REPORTING,
    SOURCE_TITLES,
    STAFF_POSTS,
    STATE_GROUPS,
    TITLE_SYNONYMS,
    TITLE_WORDS_BEFORE,
    lesser,
    PLURAL_POSSESSIVES,
)
from kg.extract.meetings.bodies import _main_state
from kg.extract.meetings.forward import count_of
from kg.extract.meetings.genders import disagrees, told_gender
from kg.extract.meetings.parties import visitor
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts, _is_leader, _pobjs, _title_word
from kg.nlp import lemma
from kg.records import Kind


CHAIN = 8  # sentences a pronoun subject is followed back through ("He ... He ... He met Y")


def _pronoun(ctx: _Context, pron: Token, depth: int = 0) -> str | None:
    """He/she: the nearest person before, a subject in the same sentence first; a source quoted in between
    ("..., according to spokesman X", "X said") is not who acts."""
    sent = pron.sent
    # an object pronoun is not the subject of its own verb ("Governor X is expected to host him": not X)
    own = pron.head if pron.dep_ in {"dobj", "dative"} else pron.head.head if pron.dep_ == "pobj" else None
    bound = {k for t in sent if own is not None and t.dep_ in {"nsubj", "nsubjpass"} and _subject_of(t, own)
             and (k := ctx.root_of.get(t.i))}
    for t in reversed([t for t in ctx.doc[sent.start:pron.i] if t.i not in ctx.dateline]):
        key = ctx.root_of.get(t.i)
        if key in bound:
            continue
        if key and ctx.is_person(key) and t.dep_ in {"nsubj", "nsubjpass"} and not _source(ctx, t, key) \
                and not disagrees(ctx, pron, key):
            return key
        # a title as the subject (or what the parser made of one: an apposition), not one in a phrase
        # ("ready to talk to the Chancellor")
        if t.dep_ in {"nsubj", "nsubjpass", "appos"} and t.i not in ctx.key_of and _title_word(t) and (
                found := ctx.titled(_title_phrase(t))):
            return found
        if t.dep_ in {"nsubj", "nsubjpass"} and (guest := visitor(ctx, t)) and guest not in bound:
            return guest  # "the visitor will be in Rio, where X is to host him"
        if t.dep_ in {"nsubj", "nsubjpass"} and _title_word(t) and (state := _state_on(ctx, t)):
            return _holder(ctx, t, state)  # "Afghanistan's new president is in Pakistan for his first visit"
    if pron.dep_ in {"nsubj", "nsubjpass"} and sent.start > 0:
        # a subject pronoun continues the subject of the sentence before ("X met Y. He then met Z": X)
        before = ctx.doc[sent.start - 1].sent
        while before.start > 0 and not any(t.is_alpha for t in before):  # a paragraph break, a closing quote
            before = ctx.doc[before.start - 1].sent
        subjects = [k for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.i not in ctx.dateline
                    and (k := ctx.root_of.get(t.i)) and ctx.is_person(k) and not _source(ctx, t, k)
                    and not disagrees(ctx, pron, k)]
        if len(set(subjects)) == 1:
            return subjects[0]
        # "X held talks ... He retired in 2004. Five years later he met Y": the same pronoun as subject of
        # the sentence before, with no person named as a subject there, is the same person
        same = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ == pron.lower_]
        if not subjects and same and depth < CHAIN:
            return _pronoun(ctx, same[0], depth + 1)
    for t in reversed([t for t in ctx.doc[max(0, sent.start - 80):pron.i] if t.i not in ctx.dateline]):
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and not _source(ctx, t, key) and not disagrees(ctx, pron, key) \
                and key not in bound:
            return key
        if t.dep_ in {"nsubj", "nsubjpass"} and (found := ctx.titled(_title_phrase(t))):
            return found
    return _followed(ctx, pron)


def _subject_of(subject: Token, verb: Token) -> bool:
    """Whether a subject is the verb's own, or that of a verb it is the complement of ("X is expected to host
    him": X is the subject of "host" too)."""
    while True:
        if subject.head.i == verb.i:
            return True
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head


def _followed(ctx: _Context, pron: Token) -> str | None:
    """A pronoun far from any name ("She met X" paragraphs after a profile's subject was named): the latest
    person named as a subject before it whose gender the article gives and the pronoun agrees with."""
    if pron.lower_ not in {"he", "she"}:
        return None
    for t in reversed(ctx.doc[:max(0, pron.sent.start - 80)]):
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and t.dep_ in {"nsubj", "nsubjpass"} and t.i not in ctx.dateline \
                and told_gender(ctx, key) and not disagrees(ctx, pron, key):
            return key
    return None


def _source(ctx: _Context, tok: Token, key: str) -> bool:
    """A name that says who reports, not who acts: "according to X", a spokesman who said something."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    return tok.dep_ == "nsubj" and lemma(tok.head).lower() in REPORTING and any(
        r.person == key and r.title and any(w in r.title.lower() for w in SOURCE_TITLES) for r in ctx.roles)


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


def _told_sides(ctx: _Context, tok: Token, within: int, pair: bool = False) -> set[str]:
    """"They", "the two men": the sides of the latest meeting told in the last sentences (people only and
    exactly two for "the two ..."); failing that, for "they", a group named as a subject before."""
    sentences = ctx.sentence_of
    here = sentences[tok.sent.start]
    for m in reversed(ctx.told):
        if here - sentences[m.trigger.sent.start] > within:
            break
        people = {k for k in m.participants if ctx.is_person(k)}
        if pair and len(people) > 2 and _is_leader(tok.lower_.rstrip("s")):  # "the two leaders" of a mediated meeting
            people = {p for p in people if any(r.person == p and _is_leader(r.title) for r in ctx.roles)}
        if m.trigger.i < tok.i and not m.partial and (len(people) == 2 if pair else len(m.participants) >= 2):
            return people if pair else set(m.participants)
    return set() if pair else _subject_group(ctx, tok, within)


def _subject_group(ctx: _Context, tok: Token, within: int) -> set[str]:
    """The latest coordinated subject before a token ("Wisner, Ischinger and Botsan-Kharchenko arrived ...
    They held talks"), its named members, within a few sentences."""
    sents = list(ctx.doc.sents)
    n = next(i for i, s in enumerate(sents) if s.start == tok.sent.start)
    for sent in reversed(sents[max(0, n - within):n + 1]):
        for t in reversed(list(sent)):
            if t.i >= tok.i or t.dep_ not in {"nsubj", "nsubjpass", "appos"}:
                continue
            conjuncts = _conjuncts(t)
            keys = {k for c in conjuncts if (k := ctx.root_of.get(c.i))}
            if len(keys) >= 2 or keys and len(conjuncts) >= 2:  # "President and Mrs. Bush": Bush and an unnamed one
                return keys
    return set()


def _pair_before(ctx: _Context, tok: Token, back: int = 2) -> list[str]:
    """The last two people coordinated before a token ("Olmert and Abbas will meet. Rice said ... the two
    sides"), within the sentence and the `back` before it."""
    start = tok.sent.start
    for _ in range(back):
        start = ctx.doc[max(start - 1, 0)].sent.start
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
              and ctx.entity(key).code in regions[0]}
    people = {leader for state in states if (leader := ctx.leader_of(state))}
    return people if len(people) >= 2 else set()


def _same_office(tok: Token, title: str) -> bool:
    """"the foreign ministers" and "Foreign Minister": the same head word, every title word before it."""
    words = title.lower().split()
    head = tok.lower_[:-1] if tok.tag_ == "NNS" and tok.lower_.endswith("s") else tok.lower_
    mods = [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_WORDS_BEFORE]
    return bool(words) and words[-1] == head and all(m in words for m in mods)


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


def _holder(ctx: _Context, tok: Token, state: str) -> str | None:
    """"the Danish prime minister", "his Indian counterpart": the one person the article names with that
    title for that state (any title, for a counterpart), its leader for a leader's title; unnamed, the
    state itself stands for the side."""
    title = _title_phrase(tok)
    offices = TITLE_SYNONYMS.get(title, ())  # "Iran's top diplomat" is its foreign minister
    people = {r.person for r in ctx.roles if r.organization == state and r.title
              and (tok.lower_ in COUNTERPARTS or not lesser(r.title, title))
              and (_counterpart_post(ctx, tok, r.title) if tok.lower_ in COUNTERPARTS else _same_office(tok, r.title)
                   or title.endswith(r.title.lower()) or r.title.lower().endswith(title) or r.title.lower() in offices)}
    if len(people) == 1:
        return people.pop()
    leader = ctx.leader_of(state) if _is_leader(title) else None
    if leader is not None:
        return leader
    if not people and tok.lower_ not in COUNTERPARTS and state == _main_state(ctx):
        # "the foreign ministers of Pakistan, Afghanistan and China" in a paper that names "Foreign Minister X"
        # with no state: the one holder of that office the article names without a state holds it at home
        home = {r.person for r in ctx.roles if r.title and _same_office(tok, r.title) and not ctx.states_of(r.person)}
        if len(home) == 1:
            return home.pop()
    if any(c.lower_ in FORMER for c in tok.children):
        return None  # "the former North Korean spymaster" is someone, not the state's side
    ctx.groups.add(state)  # the state stands for its unnamed official beside named people
    return state


def _counterpart_post(ctx: _Context, tok: Token, title: str) -> bool:
    """"his American counterpart": anyone of that state but one in a post below a principal's (an envoy, an
    ambassador), unless the one whose counterpart is meant holds that post too ("the envoy's counterpart")."""
    post = title.lower().split()[-1]
    if post not in STAFF_POSTS:
        return True
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    key = None if owner is None else ctx.key_of.get(owner.i) or (_pronoun(ctx, owner) if owner.pos_ == "PRON" else None)
    return any(r.person == key and r.title and r.title.lower().split()[-1] == post for r in ctx.roles)


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
    # (the state a compound on it), so the person is the office holder named there
    for o in [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]:
        if (key := ctx.root_of.get(o.i)) and ctx.is_person(key):
            return key
    # "with Foreign Minister of Chile, Ms. X, on ...", "met Foreign Minister of Ghana Mr. Y": the name the
    # parser set beside the title's phrase, not on it
    start = tok.right_edge.i + 1 + (tok.doc[tok.right_edge.i + 1:tok.right_edge.i + 2].text == ",")
    return next((k for t in tok.doc[start:start + 2] if (k := ctx.key_of.get(t.i)) and ctx.is_person(k)), None)


READOUT_LEAD = 4  # sentences (headline and dateline lines included) where a readout names whom it follows


def lead_holder(ctx: _Context, tok: Token) -> str | None:
    """"The Hon. Minister met ...", "the Minister also received ...": a bare singular title, no state, name or
    complement on it, in an article whose lead names a subject holding that office ("The Minister for Foreign
    Affairs, Hon. X, held ...") is that person - the one a readout follows - not the minister named last."""
    if tok.tag_ == "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"prep", "poss", "amod", "appos"} for c in tok.children):
        return None
    for t in ctx.doc[:tok.sent.start]:
        if ctx.sentence_of[t.sent.start] > READOUT_LEAD:
            break
        key = ctx.root_of.get(t.i)
        if key and ctx.is_person(key) and t.dep_ in {"nsubj", "nsubjpass", "appos"} and key not in ctx.reporters \
                and any(r.person == key and r.title and tok.lower_ in r.title.lower().split() for r in ctx.roles):
            return key
    return None
