"""Title words and the entities around them: what roles.py and role_context.py share."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.components import POSSESSIVE
from kg.data import tables
from kg.nlp.components.base import COMPANY_WORDS
from kg.nlp.components.given_names import given_names
from kg.nlp.components.name_joins import style_before
from kg.nlp.lexicon import PORTFOLIO_JOINERS, PORTFOLIO_PREPS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS, common_nouns
from kg.resolve.document import Resolution
from kg.records import Kind

_W = tables("roles")["titles"]
TITLE_WORDS = frozenset(_W["title_words"])
COUNTERPART = frozenset(_W["counterparts"])
ARTICLES = frozenset(_W["articles"])
POSSESSIVE_DETERMINERS = frozenset(_W["possessive_determiners"])  # "X, its prime minister,": skipped like an article
_LEADING, _TRAILING = frozenset(_W["leading_strays"]), frozenset(_W["trailing_strays"])
APPOSITION_PREPOSITIONS = frozenset(tables("roles")["roles"]["apposition_prepositions"])
COMPLEMENT_OPENERS = frozenset(tables("roles")["roles"]["complement_prepositions"])
_CAPITALISED_OPENERS = frozenset(tables("roles")["roles"]["capitalised_complement_prepositions"])
_WHEN = frozenset({"DATE", "TIME"})  # "the Chairman on Monday X": no complement
NAME_JOINERS = frozenset(tables("roles")["roles"]["name_joiners"])
COURTESY = frozenset(_W["courtesy"])
ABBREVIATED = frozenset(_W["abbreviated_heads"])
_STYLES = frozenset(_W["styles"])
_RANKS, _RANK_OPENERS = frozenset(_W["ranks"]) | ABBREVIATED | _STYLES, frozenset(_W["rank_openers"]) | ABBREVIATED
_RANK_TAKERS = frozenset(_W["rank_takers"])
_ORG_PREPOSITIONS = tuple(frozenset(preps) for preps in _W["org_prepositions"])


def is_title_token(token: Token) -> bool:
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_WORDS or token.text in TITLE_MODIFIERS \
        or token.lower_ in _STYLES and token.is_title  # "Minister Lord X"


def thing_name(name: str) -> bool:
    """A one-word "person" that is a common noun for no person ("the General Headquarters"): no titles."""
    return " " not in name and common_nouns().get(name.lower(), "person") != "person"


def courtesy_start(doc: Doc, start: int) -> int:
    """The first of the courtesy words and honours' styles right before a name ("Mr.", "Rt. Hon.", "Datuk Seri Dr"),
    or the name's start."""
    while start > 0:
        if doc[start - 1].text in COURTESY:
            start -= 1
        elif (styled := style_before(doc, start)) < start:
            start = styled
        else:
            break
    return start


def org_at(res: Resolution, i: int) -> str | None:
    key = res.key_at(i)
    if key and res.entities[key].kind in {Kind.ORGANIZATION, Kind.COUNTRY}:
        return key
    if key and res.entities[key].kind is Kind.PLACE:  # "New York" inside "New York University"
        return next((k for span, k in res.spans if span.start <= i < span.end
                     and res.entities[k].kind is Kind.ORGANIZATION), None)
    return None


def is_rank(t: Token) -> bool:
    """A rank or an abbreviated title as written before a name ("Lt", "Gen", "Commodore", "Cllr")."""
    return t.text[:1].isupper() and t.lower_ in _RANKS


def is_style(t: Token) -> bool:
    """A style of clergy or of a house's member as written before a name ("Reverend", "Bishop", "Senator")."""
    return t.is_title and t.lower_ in _STYLES


def rank_cut(tokens: list[Token]) -> int:
    """How many words at the end of a title run before a name are a rank of their own after a longer title
    ("Navy spokesperson Commodore", "Chief of Army Staff General", "Army chief Lt Gen", "Lord Provost Cllr"):
    0 when there is none, or the rank ends the title itself ("Attorney General", "Deputy Ambassador")."""
    if len(tokens) < 2 or tokens[-1].lower_ not in _RANKS:
        return 0
    n = 1
    while n < len(tokens) and tokens[-n - 1].lower_ in _RANK_OPENERS and tokens[-n - 1].text[:1].isupper():
        n += 1
    rest = tokens[:-n]
    if not rest or rest[-1].lower_ in _RANK_TAKERS and tokens[-1].lower_ not in _STYLES or not rest[-1].whitespace_:
        return 0  # "Secretary-General": one word
    return n if title_text(rest) else 0


def owner_cut(tokens: list[Token]) -> int:
    """How many words at the start of a title run before a name are another's office the name's title is "of"
    ("national security adviser of | Prime Minister X", "chief of staff of | President X": X is the owner, not the
    adviser): the run after the last "of" is a capitalised title of its own (its last word a head, no portfolio, no
    rank), the run before it holds a head. 0 otherwise ("Minister of Justice X", "Chief of Army Staff X")."""
    at = next((n for n in range(len(tokens) - 2, 0, -1) if tokens[n].lower_ == "of"), None)
    if at is None:
        return 0
    owner, office = tokens[at + 1:], tokens[:at]
    return at + 1 if owner_title(owner) and any(t.lower_ in TITLE_HEADS for t in office) else 0


def owner_title(owner: list[Token] | Span) -> bool:
    """The words between an office's "of"/"to"/"for" and a name are the owner's own capitalised title ("adviser to |
    President | X", "spokesman for | Prime Minister | X"): its last word a head, no rank, no portfolio's word."""
    return len(owner) > 0 and owner[-1].lower_ in TITLE_HEADS and not is_rank(owner[-1]) and all(
        t.is_title and t.text not in PORTFOLIO_WORDS for t in owner)


def title_text(tokens: list[Token]) -> str | None:
    """The title as written, trimmed of stray "of" and hyphens; None without a head noun."""
    while tokens and tokens[0].lower_ in _LEADING:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in _TRAILING:
        tokens = tokens[:-1]
    if not tokens or not any(t.lower_ in TITLE_HEADS for t in tokens):
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i:tokens[-1].i + 1].text


def title_left(doc: Doc, head: Token, res: Resolution) -> tuple[list[Token], int]:
    """The title words ending at `head`, and the index just left of them: title words, the lower-case
    nouns and adjectives that modify them ("senior market strategist"), and in a capitalized title its
    capitalized words ("Chief Operating Officer")."""
    tokens = [head]
    i = head.i - 1
    while i >= 0 and res.key_at(i) is None and _in_title(doc[i], tokens, head):
        tokens.insert(0, doc[i])
        i -= 1
    return tokens, i


def _in_title(t: Token, tokens: list[Token], head: Token) -> bool:
    if is_title_token(t):
        return True
    if t.is_sent_start or t.is_punct or t.pos_ in {"DET", "PRON", "ADP", "CCONJ", "AUX", "NUM"}:
        return False
    if t.is_lower and t.pos_ in {"NOUN", "ADJ"} and t.dep_ in {"compound", "amod"} and t.head in tokens:
        return True  # "market" of "senior market strategist"
    return head.is_title and t.is_title and t.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"}


def org_left(doc: Doc, i: int, res: Resolution) -> str | None:
    """The organization or country right before a title ("Myanmar's", "the FARC's", "VOA", "Apple's
    worldwide")."""
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    while i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    return org_at(res, i) if i >= 0 else None


def org_after(doc: Doc, start: int, end: int, res: Resolution) -> str | None:
    """The organization a title belongs to: after "at", then "of"/"with"/"in", then "for"."""
    for preps in _ORG_PREPOSITIONS:
        for tok in doc[start:end]:
            if tok.lower_ in preps:
                j = tok.i + 1
                while j < end and doc[j].lower_ in ARTICLES:
                    j += 1
                org = org_at(res, j) if j < end else None
                if org:
                    return org
    return None


def opens_sentence(span: Span) -> bool:
    doc = span.doc
    return span.start == 0 or span[0].is_sent_start or doc[span.start - 1].is_space or (
        doc[span.start - 1].text in {"\u201c", '"', "``", "`"})


def title_words(tokens: list[Token]) -> str | None:
    """The title as written, without a body's name inside it ("former Chrysler President" -> "former
    President")."""
    title = title_text(tokens)
    if title is None or tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return title
    return " ".join(t.text for t in tokens)


def complemented(t: Token) -> Token | None:
    """The title head whose complement (one or two prepositional phrases deep) ends in `t`."""
    for _ in range(2):
        if t.dep_ == "conj" and t.head.i < t.i:
            t = t.head  # "Minister of Foreign Affairs and Regional Integration"
            if t.lower_ in TITLE_HEADS:
                return t
        prep = t.head
        if not (t.dep_ == "pobj" and prep.lower_ in APPOSITION_PREPOSITIONS and prep.head.i < t.i):
            return None
        t = prep.head
        if t.lower_ in TITLE_HEADS:
            return t
    return None


def complement_start(doc: Doc, start: int, res: Resolution) -> int:
    """The index where the title words end, left of the name: before a "to X"/"for X" complement of a
    title head when there is one ("ambassador to China | Anami"), else just left of the name."""
    if (portfolio := _portfolio_start(doc, start)) is not None:
        return portfolio
    start = bracket_before(doc, start)  # "Speaker of the National Assembly (NCA) | X": the body's short name apart
    if (body := _body_after_title(doc, start, res)) is not None:
        return body
    last = start - 1
    for j in range(last, max(-1, start - 12), -1):
        tok = doc[j]
        if tok.lower_ in COMPLEMENT_OPENERS and tok.lower_ != "of" and owner_title(doc[j + 1:start]):
            return last  # "the national security adviser to | President X", "a spokesman for | Prime Minister X"
        if tok.lower_ in COMPLEMENT_OPENERS and j > 0 and ends_title(doc, j - 1) and j < last and (
                tok.lower_ != "of" or any(doc[m].lower_ == "of" and one_body(doc, m + 1, start, res)
                                          for m in range(j, start)) or _place_words(doc, j + 1, start, res)):
            return j - 1  # also "Minister of Foreign Affairs of the Russian Federation X", "Mayor of Centar Municipality X"
        if tok.lower_ in _CAPITALISED_OPENERS and j > 0 and doc[j - 1].is_title and ends_title(doc, j - 1) \
                and j < last and not any(t.lower_ in TITLE_HEADS or t.ent_type_ in _WHEN for t in doc[j + 1:start]):
            return j - 1  # "Special Adviser on Cyprus X", "Special Rapporteur on Torture X"
        if tok.lower_ == "of" and j > 0 and doc[j - 1].is_title and ends_title(doc, j - 1) and j < last \
                and _named_complement(doc, j + 1, start, res):
            return j - 1  # "Ambassador of the People's Republic of China to Pakistan X", "Minister of Northern Affairs X"
        if not (tok.is_title or tok.is_upper or tok.lower_ in NAME_JOINERS or res.key_at(j)
                or (tok.text in POSSESSIVE or tok.lower_ in APPOSITION_PREPOSITIONS) and j > 0 and doc[j - 1].is_title):
            break  # a possessive or a preposition inside a capitalised run goes on ("for Ukraine's Economic Recovery")
    return last


def _named_complement(doc: Doc, start: int, end: int, res: Resolution) -> bool:
    """doc[start:end] is a capitalised complement up to a name: bodies, countries, places and capitalised words joined
    by articles, prepositions, "and" and possessives ("the People's Republic of China to Pakistan", "Northern
    Affairs"), its last word capitalised and no given name (not "of State Antony | J. Blinken")."""
    last = doc[end - 1]
    if not (last.is_alpha and last.text[:1].isupper()) or res.key_at(end - 1) is None and (
            last.lower_ in given_names() and last.lower_ not in common_nouns()):
        return False
    for t in doc[start:end]:
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind is Kind.PERSON:
            return False
        if key is None and not (t.is_alpha and t.text[:1].isupper() or t.lower_ in NAME_JOINERS
                                or t.lower_ in APPOSITION_PREPOSITIONS or t.text in POSSESSIVE):
            return False
    return True


def _body_after_title(doc: Doc, start: int, res: Resolution) -> int | None:
    """"Chairman Senate | X", "Chairman CPEC Authority Lt Gen (R) | X" (South Asian copy, no "of"): a body right after
    a capitalised title head, then ranks or a retired mark, then the name: the index of the title head; else None."""
    j = start
    while j > 0 and (is_rank(doc[j - 1]) or doc[j - 1].text in COURTESY or doc[j - 1].text in {"(", ")"}
                     or doc[j - 1].is_upper and len(doc[j - 1]) == 1):
        j -= 1
    key = res.key_at(j - 1) if j > 0 else None
    if key is None or res.entities[key].kind is not Kind.ORGANIZATION:
        return None
    k = j - 1
    while k > 0 and res.key_at(k - 1) == key:
        k -= 1
    return k - 1 if k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ in TITLE_HEADS else None


def bracket_before(doc: Doc, start: int) -> int:
    """The opening bracket of a body's short name written between a title's complement and the name ("Chairman of
    the Chamber of Commerce (KCCI) | X", "Speaker of the Islamic Consultative Assembly (Majlis) | X"): one to three
    capitalised words in brackets right before `start`; else `start`."""
    if start < 3 or doc[start - 1].text != ")":
        return start
    for j in range(start - 2, max(0, start - 5), -1):
        if doc[j].text == "(":
            return j if j < start - 2 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() else start
        if not (doc[j].is_alpha and doc[j].text[:1].isupper()):
            return start
    return start


def _place_words(doc: Doc, start: int, end: int, res: Resolution) -> bool:
    """doc[start:end] names a place no entity holds, by a place's noun at its end: "(Mayor of) Centar Municipality",
    "(Chairman of) Upper Kora District" (its name a place or none), "(Governor of) the Eastern Region"."""
    start = skip_articles(doc, start)
    return start < end and common_nouns().get(doc[end - 1].lower_) == "location" and all(
        t.is_title and t.is_alpha and ((k := res.key_at(t.i)) is None or res.entities[k].kind == Kind.PLACE)
        for t in doc[start:end])


def _portfolio_start(doc: Doc, start: int) -> int | None:
    """"Minister of Mines and Petroleum | X", "Minister of Health and Social Welfare | X": the capitalised title head
    before "of"/"for" and a portfolio's words (joined by "and", commas, "the") that run up to the name; None without."""
    j, fields = start - 1, 0
    while j > 1 and start - j < 12 and (_field(doc[j]) or doc[j].lower_ in PORTFOLIO_JOINERS or fields
                                        and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in TITLE_HEADS):
        fields += _field(doc[j])
        j -= 1
    head = doc[j - 1]
    if fields and doc[j].lower_ in PORTFOLIO_PREPS and _field(doc[j + 1]) and head.is_title \
            and head.lower_ in TITLE_HEADS:
        return j - 1
    return None


_THINGS = frozenset(_W["thing_noun_files"])


def _field(t: Token) -> bool:
    """A portfolio's word: a known field ("Finance", "Mines"), or a capitalised common noun that is no given name
    ("Minister of Manpower", "of Public Safety", "of Investment Promotion")."""
    return t.text in PORTFOLIO_WORDS or t.is_title and t.is_alpha and t.lower_ not in TITLE_HEADS \
        and common_nouns().get(t.lower_, "person") not in _THINGS  # no thing's noun ("Ciarán Mac", "Rose"), no name


def ends_title(doc: Doc, j: int) -> bool:
    """doc[j] ends a title a complement may follow: a head ("ambassador | to"), or "of" and a title word
    after a head ("Secretary of State | for African Affairs", "Minister of State | for Foreign Affairs")."""
    return doc[j].lower_ in TITLE_HEADS or (
        j >= 2 and doc[j].text in TITLE_MODIFIERS and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in TITLE_HEADS)


def one_body(doc: Doc, start: int, end: int, res: Resolution) -> bool:
    """doc[start:end] is [the] one organization or country ("of the European Commission"), nothing
    else: no stray name word ("Secretary of State Antony | J. Blinken")."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end - 1 > start and res.key_at(end - 1) is None and doc[end - 1].lower_.rstrip(".") in COMPANY_WORDS:
        end -= 1  # "of Chrysler LLC Jim Press": a company's legal form the name left out
    keys = {res.key_at(i) for i in range(start, end)}
    return start < end and len(keys) == 1 and org_at(res, start) is not None


def skip_articles(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].lower_ in ARTICLES:
        i += 1
    return i
