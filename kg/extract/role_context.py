"""Titles read from beyond the name's own phrase: an unnamed titled speaker just before the name, a
definite description in the next sentences ("Name arrived ... The minister said"), and the person a
"counterpart" mirrors; and the roles one title makes redundant ("Minister" beside "Foreign Minister")."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from kg.extract.quotes.verbs import is_say
from kg.data import tables
from kg.extract.titles import org_after, org_left, title_left, title_text
from kg.nlp.lexicon import TITLE_HEADS
from kg.nlp.doc_text import token_texts
from kg.resolve.document import Resolution
from kg.records import Article, Evidence, Kind, Role

_RANKS = frozenset(tables("roles")["roles"]["ranks"])
_ADDRESS = frozenset(tables("roles")["titles"]["address_forms"])


def described_earlier(doc: Doc, article: Article, res: Resolution,
                       roles: Mapping[tuple[str, str | None, str | None], Role]) -> list[tuple[str, str, str | None, Evidence]]:
    """"A Kremlin spokesman described the talks ... Dmitry Peskov said": a person named with no title,
    right after an unnamed titled speaker ("a/an ... title" saying something) with nobody named between,
    is that speaker."""
    titled = {r.person for r in roles.values() if r.title}
    out = []
    first: dict[str, Span] = {}
    for span, key in res.spans:
        first.setdefault(key, span)
    for key, span in first.items():
        if key in titled or res.entities[key].kind is not Kind.PERSON or span.root.dep_ != "nsubj":
            continue
        prev = [s for s, _ in res.spans if s.start < span.start]
        lo = max(prev[-1].end if prev else 0, sentence_back(doc, span, 2))
        for head in doc[lo:span.start]:
            say = head.head
            if not (head.dep_ == "nsubj" and head.lower_ in TITLE_HEADS and head.is_lower
                    and any(c.lower_ in {"a", "an"} for c in head.children) and is_say(say)):
                continue
            tokens, i = title_left(doc, head, res)
            title = title_text(tokens)
            if title is not None:
                org = org_left(doc, i, res) or org_after(doc, head.i + 1, say.i, res)
                sent = head.sent
                out.append((key, title, org, Evidence(article.id, sent.start_char, sent.end_char, sent.text)))
                break
    return out


def described_later(doc: Doc, article: Article, res: Resolution,
                    roles: Mapping[tuple[str, str | None, str | None], Role]) -> list[tuple[str, str, str | None, Evidence]]:
    """"Taro Kondo arrived in Seoul. The foreign minister said ...": a definite title heading the subject
    of a sentence, with no name of its own, is the one person named in it and the two sentences before
    it, when that person has no title yet."""
    titled = {r.person for r in roles.values() if r.title}
    out: list[tuple[str, str, str | None, Evidence]] = []
    for head in (doc[i] for i, text in enumerate(token_texts(doc)) if text.lower() in TITLE_HEADS):
        if not (head.dep_ in {"nsubj", "nsubjpass"} and head.is_lower
                and res.key_at(head.i) is None and any(c.lower_ == "the" and c.dep_ == "det" for c in head.children)):
            continue
        if any(c.dep_ in {"appos", "compound", "poss"} and (res.key_at(c.i) or c.pos_ == "PROPN") or c.dep_ == "prep"
               for c in head.children):
            continue  # "the foreign minister, Ken Aoki,"; "Japan's foreign minister"; "the minister of X"
        lo = sentence_back(doc, head.sent, 2)
        people = {k for s, k in res.spans if lo <= s.start < head.i and res.entities[k].kind is Kind.PERSON}
        later = {k for s, k in res.spans if head.sent.start <= s.start < head.sent.end and s.start > head.i
                 and res.entities[k].kind is Kind.PERSON}
        if len(people) != 1 or later - people:
            continue
        key = people.pop()
        tokens, _ = title_left(doc, head, res)
        title = title_text(tokens)
        if key not in titled and title is not None:
            sent = head.sent
            out.append((key, title, None, Evidence(article.id, sent.start_char, sent.end_char, sent.text)))
            titled.add(key)
    return out


def sentence_back(doc: Doc, span: Span, n: int) -> int:
    """The start of the sentence n sentences before the one holding `span`."""
    start = span.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


_SUBJECT_PRONOUNS = frozenset(tables("roles")["titles"]["subject_pronouns"])


def mirrored_title(word: Token, key: str, res: Resolution, roles: Iterable[Role]) -> str | None:
    """The title of the person a "counterpart" mirrors: the subject of the clause that holds it; a "he" or "she"
    there, the titled person last a subject in the sentence before; else (a parse without that subject) the
    nearest other titled person of the sentence."""
    titled: dict[str, str] = {}
    for r in sorted(roles, key=lambda r: (r.confidence, r.title or "")):
        if r.title:
            titled[r.person] = r.title
    verb = word.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    pronoun = False
    while True:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        mirror = res.key_at(subj.i) if subj is not None else None
        if mirror is not None and mirror != key and res.entities[mirror].kind is Kind.PERSON:
            return titled.get(mirror)
        pronoun = pronoun or subj is not None and subj.lower_ in _SUBJECT_PRONOUNS
        if verb.head.i == verb.i:
            break
        verb = verb.head
    sent = word.sent
    if pronoun:  # "he met his Albanian counterpart, X": the titled person the sentence before names, its subject first
        first = sentence_back(word.doc, sent, 1)
        before = sorted((s.root.dep_ in {"nsubj", "nsubjpass"}, s.start, k) for s, k in res.spans
                        if first <= s.start < sent.start and k != key and k in titled)
        if before:
            return titled[before[-1][2]]
    near = sorted((abs(s.start - word.i), k) for s, k in res.spans
                  if sent.start <= s.start < sent.end and k != key and k in titled)
    return titled[near[0][1]] if near else None


def drop_subsumed(roles: list[Role]) -> list[Role]:
    """A bare affiliation (no title) is dropped when a titled role already links the same pair, and a
    title that is the head of a longer one of the same person ("Minister X" beside "Foreign Minister X")
    unless the longer one names another rank ("Vice President", "former President"); a form of address alone
    ("Sheikh X") is no title."""
    roles = [r for r in roles if not (r.title and r.title.casefold() in _ADDRESS and r.organization is None)]
    titled = {(r.person, r.organization) for r in roles if r.title}
    return [r for r in roles if (r.title or (r.person, r.organization) not in titled)
            and not any(_shortens(r, other) for other in roles)]


def _shortens(short: Role, long: Role) -> bool:
    if short.person != long.person or not short.title or not long.title or short.organization not in {
            None, long.organization}:
        return False
    head, whole = short.title.casefold(), long.title.casefold()
    return whole.endswith(" " + head) and not set(whole[:-len(head)].split()) & _RANKS
