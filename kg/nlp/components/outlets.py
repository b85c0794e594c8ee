"""Outlets a story's sources talk to: "she told NPR", "two officials tell Axios", "Name told Telma TV".

The object of "tell" written with capitals is a person (the model tags those), a body, or the outlet the
story is written for; a run of capitalised words the model left untagged there (or tagged a person's only up
to a broadcaster's word, "Telma" of "Telma TV"), no given name first and no place the gazetteer knows, is a
body, and so is every other mention of the same words ("NPR's request for comment"). So is the name after
two words of speaking to or being quoted by an outlet ("speaking to Haaretz", "quoted by Agerpres", "in an
interview with AFP"), a name of several words the model took for a person after "tell" whose subject is a
source ("informed sources told Asharq Al-Awsat"), and the name right after a lower-case noun of outlets ("state
news agency Xinhua reported", "the Jordanian daily Al-Ghad", "the UN refugee agency UNHCR").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.given_names import given_names
from kg.nlp.components.wire_credits import untagged_mentions
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import HONORIFICS, TITLE_HEADS, words

_W = words("components/org_noise")
TELL_FORMS = frozenset(_W["tell_forms"])
OUTLET_CUES = frozenset(tuple(cue) for cue in _W["outlet_cues"])
OUTLET_NOUNS = frozenset(_W["outlet_nouns"])
PERSON_CUES = frozenset(tuple(cue) for cue in _W["person_cues"])
PERSON_OUTLET_NOUNS = frozenset(_W["person_outlet_nouns"])
OUTLET_OWNERS = frozenset(_W["outlet_owners"])
SOURCE_NOUNS = frozenset(_W["source_nouns"])
NAME_PARTICLES = frozenset(_W["name_particles"])
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NAMED_AS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "PLACE"})
BROADCAST_HEADS = frozenset(_W["broadcast_heads"]) | frozenset(words("components/span_repair")["newspaper_heads"])
_MAX_WORDS = 3
_NOT_PERSON = frozenset({"ORG"})
# what the model may call an outlet's name after "the" ("told the Irish Examiner" a person's, "The Herald" a product's)
_DEFINITE_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "PLACE", "NORP"})
_SPOKEN_CUES = frozenset(_W["spoken_cues"])
PERSON_STYLES = frozenset(_W["person_styles"])
_NOT_NAMES = frozenset({"PRP", "PRP$", "DT", "WP", "WDT", "CC", "IN"})  # "told Him", "told The Times", "told If"


def told_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the outlets told (and their other mentions, where nothing else is tagged) as bodies."""
    texts = token_texts(doc)
    told = [o for i, text in enumerate(texts) if (o := _told(doc, texts, i)) is not None]
    # a name the model took for a person's is an outlet's when sources tell it twice or more
    told = [o for o in told if o.label_ == "ORG" or sum(t.text == o.text for t in told) >= 2]
    told = [o if o.label_ == "ORG" else Span(doc, o.start, o.end, label="ORG") for o in told]
    told += [o for i, text in enumerate(texts) if text in OUTLET_NOUNS and (o := _named_outlet(doc, i)) is not None
             and not any(o.start < t.end and t.start < o.end for t in told)]
    if not told:
        return spans
    kept = [s for s in spans if not any(s.start < o.end and o.start < s.end for o in told)]
    taken = {i for s in kept for i in range(s.start, s.end)} | {i for o in told for i in range(o.start, o.end)}
    more = [m for m in untagged_mentions(doc, {o.text for o in told}, at_sent_start=True)
            if not taken & set(range(m.start, m.end))]
    return kept + told + more


def _told(doc: Doc, texts: list[str], i: int) -> Span | None:
    """The outlet told by "tell" at token i, or after two words of speaking to or being quoted by one."""
    if texts[i] in TELL_FORMS:
        source = doc[i].dep_ != "nsubj" and any(c.dep_ == "nsubj" and c.lower_ in SOURCE_NOUNS for c in doc[i].children)
        return _outlet_after(doc, i + 1, source)
    if i > 0 and (texts[i - 1], texts[i]) in OUTLET_CUES:
        placed = (texts[i - 1], texts[i]) not in PERSON_CUES
        if i + 1 < len(doc) and doc[i + 1].lower_ == "the":
            # "in an interview with the Hankyoreh", "speaking to the Courier"; not "cited by the Harlow Study"
            return _definite_outlet(doc, i + 2, placed) if texts[i - 1] in _SPOKEN_CUES else None
        return _outlet_after(doc, i + 1, placed=placed)
    return None


def _named_outlet(doc: Doc, i: int) -> Span | None:
    """"state news agency Xinhua", "the Telegram channel Baku Insider": one to four capitalised words right after a
    lower-case noun of outlets at token i (a hyphen may join two), the model's label no date, number, country or
    people; no given name first, no place the gazetteer knows but after "news agency"."""
    if not doc[i].is_lower or doc[i].pos_ == "VERB" or i + 1 >= len(doc):  # "the Beirut daily X": a PROPN to the tagger
        return None
    j = _run_end(doc, i + 1, 4)
    if j == i + 1:
        return None
    span = doc[i + 1:j]
    news_agency = doc[i].lower_ == "agency" and i > 0 and doc[i - 1].lower_ == "news"  # "Xinhua" is a town's name too
    if not {t.ent_type_ for t in span} - {""} <= _NAMED_AS or gazetteer.known_place(span.text) and not news_agency \
            or span.text in gazetteer.country_names() or span.text in gazetteer.demonyms():
        return None
    if span[0].lower_ in given_names() and not span.text.isupper():
        return None  # "the broadcaster Jon Snow": a person
    if person_trade(doc[i], span):
        return None  # "the veteran broadcaster Piers Morgan": a person's trade; "the state broadcaster RTK"
    if next_subject(doc[i], span):
        return None  # "he told the newspaper Smith had resigned": the subject of the next clause
    return Span(doc, span.start, span.end, label="ORG")


def _outlet_after(doc: Doc, i: int, source: bool = False, placed: bool = False) -> Span | None:
    """The capitalised words right after "tell" at token i, when they name no person nor place; after a source
    told, words the model took for a person's may be an outlet's too, and after "quoted by" a place's that the
    gazetteer does not know."""
    if doc[i].lower_ == "the":
        return _definite_outlet(doc, i + 1, placed) if i + 1 < len(doc) else None
    j = _run_end(doc, i, _MAX_WORDS)
    if j == i or j < len(doc) and doc[j].tag_ == "POS":
        return None  # "told Reuters' reporter": the reporter was told
    span = doc[i:j]
    broadcaster = len(span) > 1 and (span[-1].text in BROADCAST_HEADS or span[-1].text.title() in BROADCAST_HEADS)
    # "told India Today", "told Barbados TODAY": a state's name before an outlet's head, and the head, are the name's
    named = [t for t in span if not broadcaster or t.i != span.end - 1 and not (
        t.i == span.start and t.text in gazetteer.country_names())]
    labels = {t.ent_type_ for t in named} - {""} - ({"GPE", "LOC", "PLACE", "FAC", "NORP"} if placed else set())
    if labels - _NOT_PERSON and not ((broadcaster or source) and labels <= _NOT_PERSON | {"PERSON"}):
        return None
    if span[0].lower_ in given_names() and not span.text.isupper() and not broadcaster or gazetteer.known_place(span.text) \
            or span.text in gazetteer.demonyms():
        return None
    one = _words(span) == 1
    # "told New Age", "told Harbour Policy Watch": two or three words the model left untagged, no given name first
    # (above), no title's word nor a style: no person's name
    plain = not labels and not any(t.lower_ in TITLE_HEADS or t.text in HONORIFICS for t in span)
    if not (span.text.isupper() and len(span.text) > 1 or broadcaster or one or source or plain):
        return None  # two or three capitalised words after "told" and no broadcaster's word: a person, maybe
    # words a source tells that are no broadcaster's nor one word: an outlet only if told so again (marked for now)
    sure = span.text.isupper() and len(span.text) > 1 or broadcaster or plain or one and "PERSON" not in labels
    return Span(doc, i, j, label="ORG" if sure else "SOURCE_TOLD")


def _definite_outlet(doc: Doc, i: int, placed: bool) -> Span | None:
    """"told the Irish Examiner", "he told The Herald", "in an interview with the Hankyoreh": capitalised words
    after "the" that "tell" (or a cue of speaking to an outlet) governs name no person (people take no "the"):
    the outlet, whatever the model called it, unless a title's ("told the President", "the Foreign Minister"), a
    state's or a place's name or adjective alone ("told the Jordanian side"; not "the Irish Examiner"), or a body
    the model already tagged whole; nor a person's style ("told the Dalai Lama", "the Aga Khan"), words the model
    took for a person's with no outlet's head ("the Irish Examiner" has one), a people in the plural ("told the
    Tories") nor words that modify a common noun after them ("told the Maasai elders")."""
    j = _run_end(doc, i, _MAX_WORDS)
    if j == i or j < len(doc) and (doc[j].tag_ == "POS" or doc[j].ent_iob_ == "I"):
        return None  # "told the Knesset Foreign Affairs and Defense Committee": the model's body goes on
    span = doc[i:j]
    labels = {t.ent_type_ for t in span} - {""}
    if "ORG" in labels or labels - _DEFINITE_LABELS - ({"GPE", "LOC", "PLACE"} if placed else set()):
        return None
    if (span[-1].lower_ in TITLE_HEADS or span[0].text in HONORIFICS or span.text in gazetteer.demonyms()
            or span.text in gazetteer.country_names() or gazetteer.known_place(span.text)):
        return None
    if any(t.lower_ in PERSON_STYLES for t in span) or "PERSON" in labels and span[-1].text not in BROADCAST_HEADS \
            or labels == {"NORP"} and span[-1].tag_ == "NNPS":
        return None
    if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].is_lower and doc[j].lower_ not in OUTLET_NOUNS:
        return None  # "told the Maasai elders": a modifier; "told the Nation newspaper" is the outlet
    return Span(doc, i, j, label="ORG")


def _run_end(doc: Doc, i: int, most: int) -> int:
    """The end of the name's words from token i: capitalised words, at most MOST, a hyphen with no space joining
    two ("Al-Awsat"), a lower-case particle inside ("Nidaa al-Watan"); no hyphen nor particle last."""
    j, ends = i, i
    while j < len(doc) and _words(doc[i:j + 1]) <= most:
        t = doc[j]
        if _capitalised(t.text) and t.tag_ not in _NOT_NAMES:
            ends = j + 1
        elif not (j > i and (t.text == "-" and not t.whitespace_ and not doc[j - 1].whitespace_
                             or t.lower_ in NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].text == "-")):
            break
        j += 1
    return ends if ends == len(doc) or doc[ends].text != "-" or doc[ends].whitespace_ else i


def _words(span: Span) -> int:
    """The words of a name, a hyphened word one ("Al-Awsat")."""
    return sum(1 for t in span if t.text != "-" and not (t.i > span.start and t.doc[t.i - 1].text == "-"))


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def person_trade(noun: Token, name: Span) -> bool:
    """Whether an outlet's noun before a name is a person's trade there ("the veteran broadcaster Piers Morgan"),
    not an outlet's ("the state broadcaster RTK", "the broadcaster Velma TV")."""
    return noun.lower_ in PERSON_OUTLET_NOUNS and not (
        name.text.isupper() or name[-1].text in BROADCAST_HEADS or any(c.lower_ in OUTLET_OWNERS for c in noun.lefts))


def next_subject(noun: Token, name: Span) -> bool:
    """Whether a name right after a class noun is the subject of a clause of its own, not the noun's name ("he
    told the newspaper Kamau had resigned"; not "state news agency Xinhua reported", both subjects of one verb)."""
    root, doc = name.root, name.doc
    if noun.dep_ in {"dobj", "dative", "pobj"} and name.end < len(doc) and doc[name.end].tag_ in _FINITE:
        return True  # the parser may hang the name on the noun; a finite verb after it opens the clause
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head != noun and not (
        noun.head == root.head and noun.dep_ in {"nsubj", "nsubjpass"})
