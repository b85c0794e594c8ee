"""SpanRepair: entity spans cut or joined where the model got the boundaries wrong."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.appositions import name_word, names_in_apposition
from kg.nlp.components.base import COMPANY_WORDS, _set_ents, core, core_text
from kg.nlp.components.bylines import byline_names
from kg.nlp.components.breaks import cut_at_breaks
from kg.nlp.components.copular_names import named_by_title
from kg.nlp.components.initials import initialled_names
from kg.nlp.components.org_coordinated import coordinated_bodies
from kg.nlp.components.title_phrases import names_after_portfolios, names_after_title_phrases
from kg.nlp.components.titled_runs import names_after_titles, people_after_occupations, people_after_titles
from kg.nlp.doc_text import doc_ents, token_texts
from kg.nlp.lexicon import (
    BODY_WORDS,
    ORG_CLASS_NOUNS,
    PAIR_EVENT_NOUNS,
    REGION_WORDS,
    words,
)

_W = words("components/span_repair")


class SpanRepair:
    """Name boundaries the model draws wrong in news.

    - "Palo Alto - Nortel": a spaced dash between two names parts two names;
    - "Sean O' Neill": an Irish "O'" (or "D'") joins the surname that follows;
    - "Nordic Aero Defence and Space Company": a company name goes on over "and" up to its
      company word;
    - "Federal Agency for the Atomic Energy": a body's name goes on with "for"/"of" and its field;
    - "Adria Airways Flight 1308": the name before a flight number is the airline's;
    - "the Embraer-Boeing deal": two organizations of the document joined by a hyphen are two names;
    - "the Latitude and Latitude Pro": two names of one family co-ordinated are two names;
    - "the last Trump-Kim meeting": two people of the document joined by a hyphen are two names;
    - "senior diplomat Choe Son Hui said": a run of capitalised words the model left untagged right
      after a title is a person's name;
    - "the leader of the Front, Prabhu Narayan Chaudhari,": so is one between commas after a title's phrase;
    - "its European division, Opel.": and a body's name, after a phrase headed by a class noun of bodies;
    - "The Monkees' Acme Records": an organization of the document after a possessive is a name of its own;
    - "the Old Mutual insurance company", "the Monkees' label": untagged names before a class noun of
      bodies or, plural, before a possessive, are bodies'; "in Europe and Asia": a known place
      coordinated with a place is one;
    - "Ambassador to the EU Ana Neto": the name words after a title's body or place are a person's.
    """

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        ents = cut_at_breaks(list(doc_ents(doc)))
        names = {core_text(e) for e in ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}}
        out: list[Span] = []
        for ent in ents:
            out.extend(_split_dashed(ent) or _flight_operator(ent) or _split_joined_orgs(ent, names)
                       or _split_family(ent) or _split_owner(ent, names) or [ent])
        out = people_after_occupations(doc, _join_o_names(_split_joined_people(doc, out))) + names_after_titles(doc)
        out = _newspapers(doc, out)
        writers = byline_names(doc)  # a byline's names bound the model's spans ("A - Reporter" is A)
        named = names_in_apposition(doc) + _bodies_in_apposition(doc) + _untagged_names(doc) + writers \
            + named_by_title(doc)  # "Leyla Demir is a senior fellow at X"
        out = [e for e in out if not any(n.start <= e.start and e.end <= n.end for n in named)
               and not any(w.start < e.end and e.start < w.end for w in writers)] + named
        out = names_after_title_phrases(doc, sorted(out, key=lambda e: (e.start, e.end)))
        out = initialled_names(doc, names_after_portfolios(doc, out))  # "Minister of Energy Ana Neto"
        out = people_after_titles(doc, out)  # "Vice Premier Han Lizhong", the model's "Han" a people
        out = [_body_continued(_company_continued(e, out), out) if e.label_ == "ORG" else e for e in out]
        return coordinated_bodies(doc, out)  # "the Finance" + "and Expenditure Committee": one body


_DASHES = frozenset(_W["dashes"])


def _split_dashed(ent: Span) -> list[Span]:
    """"Palo Alto - Nortel" -> "Palo Alto", "Nortel": a dash with spaces around it is no part of a name."""
    if ent.label_ not in {"GPE", "LOC", "ORG", "FAC", "PERSON"}:
        return []
    doc = ent.doc
    for t in ent[1:-1]:
        if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:
            alone = {e.text for e in doc_ents(doc)}  # here only: most names have no spaced dash
            left, right = doc[ent.start:t.i], doc[t.i + 1:ent.end]
            # each side a name by itself (not "Coca - Cola" as some texts space it)
            known = [p.text in alone or gazetteer.known_place(p.text) for p in (left, right)]
            if left[0].text[:1].isupper() and right[0].text[:1].isupper() and any(known):
                return [Span(doc, left.start, left.end, label=ent.label_),
                        Span(doc, right.start, right.end, label=ent.label_)]
    return []


def _flight_operator(ent: Span) -> list[Span]:
    """"Adria Airways Flight 1308", "Kenya Airways Flight" (507): the airline, not a product."""
    doc = ent.doc
    for t in ent[1:]:
        if t.lower_ == "flight":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and any(ch.isdigit() for ch in nxt.text) and doc[ent.start].text[:1].isupper():
                return [Span(doc, ent.start, t.i, label="ORG")]
    return []


def _split_joined_orgs(ent: Span, names: set[str]) -> list[Span]:
    """"Embraer-Navy": both sides of a hyphen are names of the document ("Navy" may be the tail of
    "the Brazilian Navy"; the model may have taken "Embraer" for a person elsewhere)."""
    if ent.label_ != "ORG":
        return []
    doc = ent.doc
    c = core(ent)
    for t in c[1:-1]:
        if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            left, right = doc[c.start:t.i], doc[t.i + 1:c.end]
            known_right = any(n == right.text or n.endswith(" " + right.text) for n in names)
            if left.text in names and known_right:
                return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return []


def _split_family(ent: Span) -> list[Span]:
    """"the Latitude and Latitude Pro" -> "Latitude", "Latitude Pro": the second name repeats the first and
    adds to it, so the span names two things ("Johnson & Johnson" stays one name)."""
    c = core(ent)
    for t in c[1:-1]:
        if t.lower_ in {"and", "&", "or"}:
            left, right = c.doc[c.start:t.i], c.doc[t.i + 1:c.end]
            if len(right) > len(left) and right[:len(left)].text.lower() == left.text.lower():
                return [Span(c.doc, left.start, left.end, label=ent.label_),
                        Span(c.doc, right.start, right.end, label=ent.label_)]
    return []


def _split_joined_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Trump-Kim" (one span, "Moon" + an untagged "-Kim", or untagged) -> "Trump", "Kim": two
    capitalised words joined by a hyphen are two people when each is, by itself, a person of the
    document (its name, or the first or last word of its name, elsewhere: "Donald Trump", "Xi
    Jinping"), or when the pair stands before a meeting noun ("the Obama-Castro meeting") and
    neither word names a country, a people or another entity of the document."""
    hyphens = (doc[i] for i, text in enumerate(token_texts(doc)) if text == "-")
    joined = [t.i for t in hyphens if 0 < t.i < len(doc) - 1 and not t.whitespace_
              and not doc[t.i - 1].whitespace_ and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()]
    if not joined:
        return ents  # most documents: no "A-B" of capitalised words
    around = {i for h in joined for i in (h - 1, h, h + 1)}
    people = [e for e in ents if e.label_ == "PERSON" and not around & set(range(e.start, e.end))]
    known = {e.text for e in people} | {e[-1].text for e in people} | {e[0].text for e in people}
    others = {core_text(e) for e in ents if e.label_ != "PERSON" and not around & set(range(e.start, e.end))}
    others |= REGION_WORDS | gazetteer.country_names().keys() | gazetteer.demonyms().keys()
    covered = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for h in joined:
        left, right = doc[h - 1], doc[h + 1]
        if not (left.is_alpha and right.is_alpha):
            continue
        spans = {covered[i] for i in (h - 1, h, h + 1) if i in covered}
        if any(core(e).start < h - 1 or core(e).end > h + 2 for e in spans):
            continue  # part of a longer name
        labels = {e.label_ for e in spans}
        both_known = left.text in known and right.text in known and labels <= {"PERSON", "ORG"}
        # the model may take "the Trump-Kim" of "the Trump-Kim summit" for a building
        before_meeting = (h + 2 < len(doc) and doc[h + 2].lower_ in PAIR_EVENT_NOUNS
                          and labels <= {"PERSON", "ORG", "FAC", "GPE", "LOC"}
                          and left.tag_ == right.tag_ == "NNP" and not any(
                              w.text in others for w in (left, right)))
        if both_known or before_meeting:
            out = [e for e in out if e not in spans]
            out += [Span(doc, h - 1, h, label="PERSON"), Span(doc, h + 1, h + 2, label="PERSON")]
    return sorted(out, key=lambda e: (e.start, e.end))


_PAPER_HEADS = frozenset(_W["newspaper_heads"])
_PAPER_WORDS = frozenset(_W["newspaper_words"])
_NOT_BODIES = frozenset(_W["newspaper_mislabels"])


def _newspapers(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Saudi Gazette", "Toronto Star", "the Sydney Morning Herald", "China Daily": a place, country or
    nationality (or "Morning", "Daily", "Sunday") before a newspaper's head word names a newspaper, an
    organization, whatever the model made of it (a building, a person, an event, nothing)."""
    found = []
    for i, text in enumerate(token_texts(doc)):
        if text not in _PAPER_HEADS or i == 0:
            continue
        t = doc[i]
        start = t.i
        while start > 0 and t.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        words = [w.text for w in doc[start:t.i]]
        named = any(_place_or_people(" ".join(words[:n])) for n in range(1, len(words) + 1)) or any(
            e.start == start and e.end <= t.i and e.label_ in {"NORP", "GPE"} for e in ents)  # "Saudi" (NORP)
        tagged = any(e.end == t.i + 1 and e.label_ in _NOT_BODIES and len(e) > 1 for e in ents)  # "the Saudi Gazette" (FAC)
        if words and (named or tagged or _PAPER_WORDS & set(words)):
            found.append(Span(doc, start, t.i + 1, label="ORG"))
    if not found:
        return ents
    longer = [e for e in ents if e.label_ == "ORG" and any(e.start <= f.start and f.end < e.end for f in found)]
    found = [f for f in found if not any(e.start <= f.start and f.end <= e.end for e in longer)]
    taken = {i for f in found for i in range(f.start, f.end)}
    return sorted([e for e in ents if not taken & set(range(e.start, e.end))] + found, key=lambda e: (e.start, e.end))


def _place_or_people(name: str) -> bool:
    return gazetteer.known_place(name) or name in gazetteer.demonyms()


def _bodies_in_apposition(doc: Doc) -> list[Span]:
    """"its European division, Opel.", "a rival airline, Kestrel Air,": 1 to 4 capitalised words the model
    left untagged, between a comma right after a class noun of bodies and a comma or full stop."""
    out: list[Span] = []
    for comma in (doc[i] for i, text in enumerate(token_texts(doc)) if text == ","):
        if comma.i < 1 or comma.i + 2 >= len(doc):
            continue
        head = doc[comma.i - 1]
        if head.lower_ not in ORG_CLASS_NOUNS or head.pos_ != "NOUN":  # singular: "division", not "airlines"
            continue
        end = comma.i + 1
        while end < len(doc) and end - comma.i <= 4 and name_word(doc[end]) and not doc[end].ent_type_:
            end += 1
        span = doc[comma.i + 1:end]
        if len(span) and end < len(doc) and doc[end].text in {",", ".", ";"} and not gazetteer.known_place(span.text):
            out.append(Span(doc, span.start, span.end, label="ORG"))
    return out


def _split_owner(ent: Span, names: set[str]) -> list[Span]:
    """"The Monkees' Acme Records" (one name to the model): the name after a possessive is an organization
    named alone elsewhere in the document; its owner before it is a body when its name is plural."""
    cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if cut is None or ent.label_ == "PERSON" or ent.doc[cut + 1:ent.end].text not in names:
        return []
    owner = core(ent.doc[ent.start:cut])
    parts = [Span(ent.doc, cut + 1, ent.end, label="ORG")]
    if owner[-1].tag_ == "NNPS":
        parts.insert(0, Span(ent.doc, owner.start, owner.end, label="ORG"))
    return parts


def _untagged_names(doc: Doc) -> list[Span]:
    """Names the model left untagged in three constructions (the first token tells which to try):
    "the Old Mutual insurance company" (capitalised words after "the" before a class noun of bodies,
    one lower-case noun allowed between), "The Monkees' label" (a plural name after "the" before a
    possessive), "in Europe and Asia" (a place the gazetteer knows, coordinated with a tagged place)."""
    out: list[Span] = []
    for i, text in enumerate(token_texts(doc)):
        if not text.istitle() and text.lower() != "the":
            continue  # neither branch below: "the" starts the one, a title-case word (Token.is_title) the other
        t = doc[i]
        if t.lower_ == "the" and t.i + 2 < len(doc):
            end = t.i + 1
            while end < len(doc) and end - t.i <= 4 and not doc[end].ent_type_ and (
                    name_word(doc[end]) or doc[end].tag_ == "NNPS" and doc[end].is_title):
                end += 1
            if end == t.i + 1 or end >= len(doc):
                continue
            nxt = doc[end]
            body = nxt.lower_ in ORG_CLASS_NOUNS or (nxt.is_lower and nxt.pos_ == "NOUN" and end + 1 < len(doc)
                                                    and doc[end + 1].lower_ in ORG_CLASS_NOUNS)
            group = nxt.text in {"'", "’"} and doc[end - 1].tag_ == "NNPS"
            if (body and end - t.i > 2 or group) and not gazetteer.known_place(doc[t.i + 1:end].text):
                out.append(Span(doc, t.i + 1, end, label="ORG"))
        elif (t.dep_ == "conj" and not t.ent_type_ and t.tag_ == "NNP" and t.is_title
              and t.head.ent_type_ in {"GPE", "LOC"} and gazetteer.known_place(t.text)):
            out.append(Span(doc, t.i, t.i + 1, label=t.head.ent_type_))
    return out


_O_PREFIXES = {f"{a}{q}" for a in "OD" for q in "'’"}


def _join_o_names(ents: list[Span]) -> list[Span]:
    """"Sean O' Neill", "D' Souza": a person name ending in "O'" goes on with the next capitalised word
    (which the model may have tagged apart, even as a place)."""
    out: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        doc = ent.doc
        tail = doc[max(ent.start, ent.end - 2):ent.end].text  # "O'" is one token or two
        if (ent.label_ == "PERSON" and len(ent) > 1 and tail in _O_PREFIXES
                and ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha):
            out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            skip_until = ent.end + 1
            continue
        out.append(ent)
    return out


_BODY_HEADS = BODY_WORDS | frozenset(_W["body_heads"])
_FIELD_PREPS = frozenset(_W["field_preps"])


def _body_continued(ent: Span, ents: list[Span]) -> Span:
    """"Federal Agency" + "for the" + "Atomic Energy": a body's name goes on with "for", "of" or "on"
    and the name of its field, which the model tagged apart."""
    doc = ent.doc
    i = ent.end
    if ent[-1].text not in _BODY_HEADS or i + 1 >= len(doc) or doc[i].lower_ not in _FIELD_PREPS:
        return ent
    starts = {i + 1, i + 2} if doc[i + 1].lower_ == "the" else {i + 1}  # the model may take "the" in or not
    tail = next((e for e in ents if e.start in starts and e.label_ == "ORG"), None)
    return Span(doc, ent.start, tail.end, label="ORG") if tail is not None else ent


def _company_continued(ent: Span, ents: list[Span]) -> Span:
    """"Nordic Aero Defence" + "and Space Company": the name goes on over "and"/"&" up to a
    company word, when no other name starts in between."""
    doc = ent.doc
    i = ent.end
    if i + 2 >= len(doc) or doc[i].lower_ not in {"and", "&"}:
        return ent
    starts = {e.start for e in ents}
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in starts:
        if doc[j].lower_ in COMPANY_WORDS:
            return Span(doc, ent.start, j + 1, label="ORG")
        j += 1
    return ent
