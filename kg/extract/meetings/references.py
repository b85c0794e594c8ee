"""References: who "he", "they", "the two men", "the European leaders", "it" stand for, read back to the
people and sides the article has named (never to a source quoted in between); "the Danish prime minister",
"his Indian counterpart" as the one holder of a state's office (the plural and lead titles are in holders)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    COUNTERPARTS,
    FORMER,
    REGIONS,
    REPORTING,
    SOURCE_TITLES,
    STAFF_POSTS,
    TITLE_SYNONYMS,
    lesser,
)
from kg.extract.meetings.bodies import _main_state
from kg.extract.meetings.genders import disagrees, told_gender
from kg.extract.meetings.holders import _same_office, _state_on, _title_phrase
from kg.extract.meetings.parties import visitor
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts, _is_leader, _title_word
from kg.nlp import lemma
from kg.records import Kind


CHAIN = 8  # sentences a pronoun subject is followed back through ("He ... He ... He met Y")


def _subject_reference(ctx: _Context, t: Token, bound: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A subject that names its person by a title or as the guest: "the Chancellor" (the one titled so), "the
    visitor" (the one of the latest visit), "Afghanistan's new president" (the state's holder)."""
    # of two foreign ministers, "the foreign minister" is the one named just before it ("the UAE minister" is the
    # state's, below)
    before = None if _state_on(ctx, t) else t.i
    if t.i not in ctx.key_of and _title_word(t) and (found := ctx.titled(_title_phrase(t), before=before)):
        return found
    if (guest := visitor(ctx, t)) and guest not in bound:
        return guest  # "the visitor will be in Rio, where X is to host him"
    if _title_word(t) and (state := _state_on(ctx, t)):
        return _holder(ctx, t, state)  # "Afghanistan's new president is in Pakistan for his first visit"
    return None


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
        if t.dep_ == "appos" and t.i not in ctx.key_of and _title_word(t) and (found := ctx.titled(_title_phrase(t))):
            return found
        if t.dep_ in {"nsubj", "nsubjpass"} and (found := _subject_reference(ctx, t, bound)):
            return found
    if pron.dep_ in {"nsubj", "nsubjpass"} and sent.start > 0:
        # a subject pronoun continues the subject of the sentence before ("X met Y. He then met Z": X)
        before = ctx.doc[sent.start - 1].sent
        while before.start > 0 and not any(t.is_alpha for t in before):  # a paragraph break, a closing quote
            before = ctx.doc[before.start - 1].sent
        # ... or the one it names by a title or as the guest ("The Omani minister will call on X. He is also to
        # meet Y", "the visitor will be in Rio, where Governor X is to host him. He then travels to ..."): the
        # main clause's subject, read as a subject of the pronoun's own sentence is, not a person named after it
        told = next((found for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == before.root.i
                     and t.i not in ctx.key_of and (found := _subject_reference(ctx, t))), None)
        if told is not None and ctx.is_person(told) and not disagrees(ctx, pron, told):
            return told
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
