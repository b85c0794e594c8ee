"""Direct quotations (full sentences or partial phrases) and who said them.

Quote marks are paired per paragraph (typographic or straight, mixed allowed, nested allowed; an
unclosed quote runs to the paragraph end). The speaker is the subject of the verb of saying that
governs the quote (syntactic ancestor), else of one right after ("…,” Sanders said; "…," said Rice) or
right before it (Guterres said: “…”; X told reporters “…”); "according to X" counts too. Pronouns and
descriptions ("he", "the president") go to the most recent suitable person; a quote with no
attribution of its own continues the previous quote of its paragraph, or of the previous paragraph
when it opens its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import TITLE_HEADS
from kg.resolve.document import Resolution
from kg.records import Article, Evidence, Kind, Quote

SAY_VERBS = frozenset("""
say tell add note ask state declare insist warn explain write announce claim urge describe call reply
respond comment remark stress emphasize emphasise caution acknowledge admit argue suggest predict
conclude confirm deny promise vow assert maintain recall observe speak complain
""".split())
OPENERS, CLOSERS = {"\u201c", "\u201e"}, {"\u201d"}
SPOKES = frozenset("spokesman spokeswoman spokesperson official officials statement ministry source sources".split())
REPORTERS = frozenset("correspondent reporter journalist contributor".split())
NAME_LABELS = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC", "PERSON"}
CONFIDENCE = {"named": 0.9, "inferred": 0.7, "carried": 0.6}


@dataclass
class _Q:
    """One pair of quote marks: mark offsets, the quoted words' offsets, and the enclosing quote."""

    open: int
    start: int
    end: int
    close: int  # offset of the closing mark, or the paragraph end when unclosed
    para: int
    outer: int | None = None
    speaker: str | None = None


def extract_quotes(doc: Doc, article: Article, res: Resolution) -> list[Quote]:
    """Every direct quotation with a resolvable speaker, in text order."""
    text = article.text
    quotes = _pair_marks(text)
    subjects = _person_subjects(doc, res)
    out: list[Quote] = []
    for n, q in enumerate(quotes):
        words = doc.char_span(q.start, q.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        inside = set(range(words.start, words.end))
        others = _other_quote_tokens(doc, quotes, n)
        sents = _sentences(doc, q)
        verbs = _saying_verbs(doc, q, words, inside, others, text)
        found = _speaker_from_verbs(verbs, res, subjects, quotes, q)
        n_words = len(text[q.start:q.end].split())
        say_in_sent = any(_is_say(t) for s in sents for t in s if t.i not in inside)
        if n_words <= 2 and not _starts_sentence(words) and (not say_in_sent or _modifier(words)):
            continue  # a scare quote or a term (the “Sino-Japanese” war)
        if not verbs and _is_name(doc, q):
            continue
        if found is None:
            found = _carried(quotes, n, text)
        if found is None and n_words >= 3 and not _starts_sentence(words):
            found = _fallback_subject(words, res, subjects)
        if found is None:
            continue
        q.speaker, confidence = found
        start, end = sents[0].start_char, len(text[:sents[-1].end_char].rstrip())
        ev = Evidence(article.id, start, end, text[start:end])
        out.append(Quote(q.speaker, text[q.start:q.end], q.start, q.end, ev, confidence))
    return out


def _pair_marks(text: str) -> list[_Q]:
    """Pair quote marks paragraph by paragraph, outer quotes before the quotes they contain."""
    found: list[_Q] = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        found.extend(_pair_paragraph(text, pos, pos + len(line), para))
        pos += len(line) + 1
    found = sorted((q for q in found if q.end > q.start), key=lambda q: (q.open, -q.close))
    for n, q in enumerate(found):
        for m in range(n - 1, -1, -1):
            if found[m].open < q.open and q.close <= found[m].close:
                q.outer = m
                break
    return found


def _pair_paragraph(text: str, lo: int, hi: int, para: int) -> list[_Q]:
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i in range(lo, hi):
        ch = text[i]
        if ch in OPENERS:
            stack.append(i)
        elif ch in CLOSERS:
            if stack:
                pairs.append((stack.pop(), i))
        elif ch == '"':
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            opens = (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace()
            closes = not before.isspace() and (after.isspace() or not after.isalnum())
            if stack and (closes or not opens):
                pairs.append((stack.pop(), i))
            elif opens or not stack:
                stack.append(i)
    if stack:  # unclosed: "the final mark closes both", else run to the paragraph end
        first = stack[0]
        inner = [c for o, c in pairs if o > first]
        tail = text[inner[-1] + 1:hi] if inner else ""
        close = inner[-1] if inner and len(tail.strip()) < 60 and not any(
            m in tail for m in OPENERS | {'"'}) else len(text[:hi].rstrip())
        pairs.append((first, close))
    return [_words(text, o, c, para) for o, c in pairs]


def _words(text: str, open_: int, close: int, para: int) -> _Q:
    start, end = open_ + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Q(open_, start, end, close, para)


def _other_quote_tokens(doc: Doc, quotes: list[_Q], n: int) -> set[int]:
    """Tokens inside quotes that do not contain quote n (their verbs are not its attribution)."""
    q = quotes[n]
    chain = set()
    m = q.outer
    while m is not None:
        chain.add(m)
        m = quotes[m].outer
    out: set[int] = set()
    for k, other in enumerate(quotes):
        if k == n or k in chain or other.para != q.para:
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _sentences(doc: Doc, q: _Q) -> list[Span]:
    sents = [s for s in doc.sents if s.start_char <= q.close and s.end_char > q.open]
    if sents:
        return sents
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return [span.sent] if span is not None else []


def _is_say(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and lemma(t).lower() in SAY_VERBS or (
        t.lower_ == "according" and any(c.lower_ == "to" for c in t.children))


def _saying_verbs(doc: Doc, q: _Q, words: Span, inside: set[int], others: set[int], text: str) -> list[Token]:
    """Candidate attribution verbs, best first: ancestors, then right after, then right before."""
    verbs: list[Token] = []
    for t in words:
        if t.head.i in inside or t.is_punct or t.is_space:
            continue
        a = t.head
        while True:
            if a.i not in inside and a.i not in others and _is_say(a) and a not in verbs:
                verbs.append(a)
            if a.head.i == a.i:
                break
            a = a.head
    verbs.sort(key=lambda v: (_distance(v, words), v.i))
    after = [t for t in doc[words.end:min(len(doc), words.end + 8)]
             if t.idx > q.close and t.i not in others]
    if not text[q.start:q.end].rstrip().endswith(".") or (after and after[0].is_lower):
        for t in after:
            if t.is_sent_start and t.idx > q.close + 2 or t.text in OPENERS or t.text == '"':
                break
            if _is_say(t) and t not in verbs:
                verbs.append(t)
                break
    before = [t for t in doc[max(0, words.start - 6):words.start] if t.idx < q.open and t.i not in others]
    for t in reversed(before):
        if t.text in CLOSERS or t.text == '"' or (t.text == "." and t.i < words.start - 1):
            break
        if _is_say(t) and t not in verbs:
            verbs.append(t)
            break
    return verbs


def _distance(v: Token, words: Span) -> int:
    """Steps from the quote up to v (its nearest governing verb first)."""
    best = 99
    for t in words:
        if t.is_punct or t.is_space:
            continue
        a, d = t, 0
        while a.head.i != a.i and d < 30:
            a, d = a.head, d + 1
            if a.i == v.i:
                best = min(best, d)
                break
    return best


def _speaker_from_verbs(verbs: list[Token], res: Resolution, subjects: _People,
                        quotes: list[_Q], q: _Q) -> tuple[str, float] | None:
    for v in verbs:
        subj = _subject(v)
        if subj is not None:
            found = _resolve(subj, res, subjects, quotes, q)
            if found is not None:
                return found
    return None


def _subject(v: Token) -> Token | None:
    """Who does the saying: nsubj, the agent of a passive, "according to X", or the subject up a conj/advcl."""
    if v.lower_ == "according":
        for to in v.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    for c in v.children:
        if c.dep_ == "nsubj":
            return c
    for c in v.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    left = v.doc[v.i - 1] if v.i > 0 else None
    if left is not None and left.pos_ in {"PROPN", "PRON"} and left.ent_type_:
        return left  # a parse that ran across a paragraph break: "Putin told reporters"
    between = v.doc[min(v.i, v.head.i):max(v.i, v.head.i)]
    if v.dep_ in {"conj", "advcl", "xcomp"} and v.head.i != v.i and "\n" not in between.text:
        return _subject(v.head)
    return None


def _resolve(s: Token, res: Resolution, subjects: _People, quotes: list[_Q],
             q: _Q) -> tuple[str, float] | None:
    """The entity key a subject stands for, with the confidence of how it was found."""
    for t in [s, *(c for c in s.children if c.dep_ in {"appos", "compound"})]:
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind != Kind.PLACE:
            return key, CONFIDENCE["named"]
    for span, keys in res.ambiguous:
        if span.start <= s.i < span.end:
            return _latest(keys, s.i, res) or keys[0], CONFIDENCE["inferred"]
    outer = quotes[q.outer].speaker if q.outer is not None else None
    if s.lower_ in {"he", "she"}:
        key = _pronoun(s, res, subjects, outer)
        return (key, CONFIDENCE["inferred"]) if key else None
    if s.lower_ in SPOKES:
        for t in s.subtree:
            key = res.key_at(t.i)
            if key is not None and res.entities[key].kind in {Kind.ORGANIZATION, Kind.COUNTRY}:
                return key, CONFIDENCE["inferred"]
        return None
    if s.lower_ in TITLE_HEADS and _definite(s):
        key = _description(s, res) or _pronoun(s, res, subjects, outer)
        return (key, CONFIDENCE["inferred"]) if key else None
    return None


@dataclass
class _People:
    """Person subjects in text order (named or "the secretary"), and genders read off he/she after them."""

    subjects: list[tuple[int, str]]
    gender: dict[str, str]


def _person_subjects(doc: Doc, res: Resolution) -> _People:
    out: list[tuple[int, str]] = []
    for span, key in res.spans:
        root = span.root
        while root.dep_ in {"compound", "appos", "conj"} and root.head.i != root.i:
            root = root.head
        nxt = doc[span.end] if span.end < len(doc) else None
        starts = span.start == 0 or doc[span.start - 1].is_space or span[0].is_sent_start
        if res.entities[key].kind == Kind.PERSON and not _byline(span) and (
                root.dep_ in {"nsubj", "nsubjpass"} or (starts and nxt is not None and nxt.pos_ == "VERB")):
            out.append((span.start, key))
    for t in doc:
        if t.dep_ == "nsubj" and t.lower_ in TITLE_HEADS and res.key_at(t.i) is None and _definite(t):
            holder = _description(t, res)
            if holder is not None:
                out.append((t.i, holder))
    out.sort()
    gender: dict[str, str] = {}
    for at, key in out:
        for t in doc[at + 1:doc[at].sent.end]:
            other = res.key_at(t.i)
            if other is not None and other != key:
                break
            if t.lower_ in {"he", "him", "his", "she", "her"}:
                gender.setdefault(key, "f" if t.lower_ in {"she", "her"} else "m")
                break
    return _People(out, gender)


def _byline(span: Span) -> bool:
    """The reporter of the story ("VOA Correspondent X has more"): never the "he" or "she" of a quote."""
    before = span.doc[max(span.sent.start, span.start - 3):span.start]
    return any(t.lower_ in REPORTERS for t in before) or any(
        lemma(t) == "have" and t.nbor(1).lower_ == "more" for t in span.sent if t.i + 1 < len(span.doc))


def _definite(t: Token) -> bool:
    return any(c.lower_ in {"the", "this", "that"} for c in t.children)


def _pronoun(s: Token, res: Resolution, people: _People, outer: str | None) -> str | None:
    """He/she: the last person subject before it (not of the other gender); inside someone's quote,
    the last other person named."""
    other = {"he": "f", "she": "m"}.get(s.lower_)
    if outer is None:
        for at, key in reversed(people.subjects):
            if at < s.i and people.gender.get(key) != other:
                return key
    for span, key in reversed(res.spans):
        if span.start < s.i and res.entities[key].kind == Kind.PERSON and key != outer:
            return key
    return None


def _description(s: Token, res: Resolution) -> str | None:
    """"the (Russian) president": the most recent person introduced with that title (and those modifiers)."""
    want = {s.lower_} | {c.lower_ for c in s.children if c.dep_ in {"amod", "compound", "nmod"}}
    people = [(span, key) for span, key in reversed(res.spans)
              if span.start < s.i and res.entities[key].kind == Kind.PERSON]
    for appositive in (False, True):  # a title before the name first, then an appositive
        for span, key in people:
            if appositive:
                near = {t.lower_ for a in span.root.children if a.dep_ == "appos" for t in a.subtree}
            else:
                near = {t.lower_ for t in _title_before(span)}
            if want <= near or (len(want) > 1 and want - {s.lower_} <= near):
                return key
    return None


def _title_before(span: Span) -> list[Token]:
    """The words right before a name that may be its title ("U.S. Secretary of State")."""
    out: list[Token] = []
    i = span.start - 1
    while i >= max(span.sent.start, span.start - 5):
        t = span.doc[i]
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} or t.ent_type_ == "PERSON":
            break
        out.append(t)
        i -= 1
    return out


def _latest(keys: tuple[str, ...], i: int, res: Resolution) -> str | None:
    for span, key in reversed(res.spans):
        if span.start < i and key in keys:
            return key
    return None


def _carried(quotes: list[_Q], n: int, text: str) -> tuple[str, float] | None:
    """No attribution: the previous quote's speaker in the paragraph, or the previous paragraph's."""
    q = quotes[n]
    before = [p for p in quotes[:n] if p.speaker and p.outer is None and p.para in {q.para, q.para - 1, q.para - 2}]
    if not before or q.outer is not None:
        return None
    last = before[-1]
    assert last.speaker is not None  # `before` keeps quotes with a speaker
    opens_para = text[:q.open].rstrip(" \t").endswith("\n") or q.open == 0
    if last.para == q.para or (opens_para and not text[last.close:q.open].strip(" \t\n\"\u201d.,")):
        return last.speaker, CONFIDENCE["carried"]
    if opens_para and last.para != q.para and _para_is_quote(text, last):
        return last.speaker, CONFIDENCE["carried"]
    return None


def _para_is_quote(text: str, q: _Q) -> bool:
    """The previous quote ends its paragraph (nothing but an attribution after it)."""
    end = text.find("\n", q.close)
    tail = text[q.close + 1:end if end >= 0 else len(text)]
    return len(tail.strip()) < 40


def _starts_sentence(words: Span) -> bool:
    return bool(words[0].is_sent_start or (words.start > 0 and words.doc[words.start - 1].is_sent_start))


def _fallback_subject(words: Span, res: Resolution, subjects: _People) -> tuple[str, float] | None:
    """A partial quote with no verb of saying: the person who is subject of its clause (0.6)."""
    a = words.root
    while a.head.i != a.i:
        a = a.head
        subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            key = res.key_at(subj.i)
            if key is None and subj.lower_ in {"he", "she"}:
                key = _pronoun(subj, res, subjects, None)
            if key is not None and res.entities[key].kind == Kind.PERSON:
                return key, CONFIDENCE["carried"]
            return None
    return None


def _modifier(words: Span) -> bool:
    """The quoted words only qualify a noun outside the marks."""
    root = words.root
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= words.end and root.head.pos_ in {
        "NOUN", "PROPN"}


def _is_name(doc: Doc, q: _Q) -> bool:
    """The marks belong to a name or title: the quoted words are an entity, or an entity holds the marks."""
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and (
                (ent.start_char <= q.start and q.end <= ent.end_char and ent.text.strip('"\u201c\u201d ') ==
                 doc.text[q.start:q.end].strip('"\u201c\u201d ,.'))
                or ent.start_char < q.open < ent.end_char):
            return True
    return False
