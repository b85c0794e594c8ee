"""Names the model took for bodies that the article uses only as places, and lines of wire boilerplate.

- "met at the Blue House", "talks at State House", "a port on Vanua Levu", "the state of Sonora", "the
  Ishim river": a name the article puts only after a locative preposition, after "the state of" or
  before a place noun is a place, unless some mention of it speaks ("State House described ...") or
  names its staff ("State House Spokesperson"), or the name has a body's word ("the United Nations"); a
  street's name ("the Boulevard Triomphal", "Grande Allée") is a place wherever it stands;
- "(END)", "EURASIA" on a line of their own: a wire's end mark or a section heading, no body;
- "Distance has not weakened ...": a word WordNet writes only in lower case, capitalised because it opens
  the sentence and never written so inside one, is no body;
- "the High-Level Cooperation Council", "the Joint Permanent Commission on Defence": a standing mechanism named
  by its "Joint" or "High-Level" words alone is the states' meeting, no body (a commission named by the two
  states' hyphened pair, "the India-Chile Joint Commission", is a body: paired_bodies.py);
- "the G4 Foreign Ministers", "the Permanent Representative": title words are no body's name.
"""
from __future__ import annotations


from spacy.tokens import Span

from kg.data import speech_verbs
from kg.nlp.components.base import COMPANY_WORDS, _relabel, core, core_text
from kg import gazetteer
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import (
    BODY_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    REGION_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    common_nouns,
    words,
)

_W = words("components/org_repair")
_NOUNS = words("entity_nouns")
PLACE_NOUNS = frozenset(_NOUNS["place_nouns"]) | frozenset(_W["venue_place_nouns"])
STAFF_NOUNS = frozenset(_W["staff_nouns"])
JOINT_HEADS = frozenset(_W["joint_heads"])
JOINT_MODIFIERS = tuple(_W["joint_modifiers"])
MECHANISM_HEADS = frozenset(_W["mechanism_heads"])
TITLED_MEETINGS = frozenset(_W["titled_meetings"])
VENUE_PREPOSITIONS = frozenset(_W["venue_prepositions"])
PLACE_PREPOSITIONS = frozenset(_W["place_prepositions"])
GOAL_PREPOSITIONS = frozenset(_W["goal_prepositions"])
MOTION_VERBS = frozenset(_W["motion_verbs"])
BUILDING_PREPOSITIONS = frozenset(_W["building_prepositions"])
BODY_PLACE_HEADS = frozenset(_W["body_place_heads"])
STREET_HEADS = frozenset(_W["street_heads"])
STREET_WORDS = frozenset(_W["street_words"])
VENUE_HEADS = PLACE_HEADS - BODY_PLACE_HEADS | frozenset(_W["venue_heads"]) | STREET_HEADS
DETERMINERS = frozenset({"the", "a", "an"})


def venues_and_noise(spans: list[Span]) -> list[Span]:
    """The spans, with bodies used only as places made places and boilerplate and sentence openers dropped."""
    named: dict[str, list[Span]] = {}  # the model may call one name a body here and a person there
    for s in spans:
        if s.label_ in {"ORG", "PERSON", "PLACE"}:  # a mention made a place already ("the state of X") tells too
            named.setdefault(core_text(s), []).append(s)
    orgs = {text: [m for m in mentions if m.label_ != "PLACE"] for text, mentions in named.items()
            if any(m.label_ == "ORG" for m in mentions)}
    places = {text for text in orgs if _only_a_place(text, named[text])}
    longer = {s.text.split()[0] for s in spans if s.label_ == "ORG" and len(s.text.split()) > 1}
    noise = {text for text, mentions in orgs.items()
             if all(_alone_on_line(m) or _sentence_opener(m) and text not in longer and not _acts(core(m))
                    or _joint_body(core(m)) for m in mentions)}
    joint = [text for text in noise if any(_joint_body(core(m)) for m in orgs[text])]
    # "the India-Chile Joint Commission ... the Joint Commission": its short form is the same meeting
    noise |= {text for text in orgs if any(j.endswith(" " + text) for j in joint) and text.split()[-1] in JOINT_HEADS}
    out = []
    for s in spans:
        text = core_text(s) if s.label_ in {"ORG", "PERSON"} else None
        if text in noise:
            continue
        if text in places:
            out.append(_relabel(core(s), "PLACE"))
        elif s.label_ == "ORG" and (cut := _before_titles(core(s))) is not None:
            out.extend([cut] if len(cut) else [])
        else:
            out.append(s)
    return out


def _only_a_place(text: str, mentions: list[Span]) -> bool:
    words_ = text.split()
    # "the Union Buildings": a building's head word ends the name, whatever body's word comes before it
    building = bool(words_) and words_[-1] in VENUE_HEADS
    if (not words_ or text.isupper() or not building and any(w in BODY_WORDS or w.lower() in COMPANY_WORDS for w in words_)
            or words_[-1].lower() in ORG_HEADS or words_[-1] in BODY_PLACE_HEADS
            or any(_acts(core(m)) for m in mentions)):
        return False
    if words_[0] in STREET_WORDS or words_[-1] in STREET_WORDS or "of" in words_ and words_[words_.index("of") - 1] in STREET_WORDS:
        return True  # "the Boulevard Triomphal", "Grande Allée", "the Alley of Martyrs": a street wherever it stands
    city = gazetteer.known_place(text)
    known = city or any(w in VENUE_HEADS for w in words_)
    return any(_placed(core(m), known, city) for m in mentions)


def _placed(c: Span, known: bool, city: bool) -> bool:
    """"at (the) X", "the state of X", "X port": the mention is put as a place ("at" and "in" only for
    a place the gazetteer knows or a building's name: "an engineer at Acme", "a rift in Fatah"); a place the
    gazetteer knows, with no "the", is put so by any preposition of direction or origin too ("leaving for X",
    "artisans from X", "the archbishop of X")."""
    doc = c.doc
    i = c.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_NOUNS:
        return True  # "the state of X", not "the leaders of X"
    prep = doc[i].lower_ if i >= 0 else ""
    if city and i == c.start - 1 and prep in PLACE_PREPOSITIONS and c.root.head.i == i:
        if prep in GOAL_PREPOSITIONS:  # "leaving for X", not "sell it to X", "works for X"
            return doc[i].head.pos_ == "VERB" and lemma(doc[i].head).lower() in MOTION_VERBS
        return i == 0 or prep != "of" or doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower
    if known and (prep in VENUE_PREPOSITIONS or prep in BUILDING_PREPOSITIONS and c[-1].text in VENUE_HEADS):
        return c.root.head.i == i  # not "at the Commonwealth heads of government meeting"
    if known and _in_place_phrase(c):
        return True
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and after.lower_ in PLACE_NOUNS:
        return True
    head = c.root.head  # "the Tigris and Euphrates rivers": a modifier of a place noun further on
    return c.root.dep_ in {"nmod", "compound"} and head.i >= c.end and head.pos_ == "NOUN" and head.lower_ in PLACE_NOUNS


def _in_place_phrase(c: Span) -> bool:
    """"in Moyale and Marsabit": a known place listed after one that a locative preposition governs; "in the
    lobby of the Hotel Name": a known place or building "of" a noun that such a preposition governs."""
    root = c.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not root:
        place = first.ent_type_ in {"PLACE", "COUNTRY", "GPE", "LOC"} or gazetteer.known_place(first.text)
        return place and first.head.lower_ in VENUE_PREPOSITIONS
    of = root.head
    return (root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.is_lower
            and of.head.head.lower_ in VENUE_PREPOSITIONS)


def _acts(c: Span) -> bool:
    """The mention speaks ("X said", "that X described as") or names its staff ("X Spokesperson")."""
    doc = c.doc
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.lower_ in STAFF_NOUNS:
        return True
    if after is not None and after.tag_ == "POS" and c.end + 1 < len(doc) and doc[c.end + 1].lower_ in STAFF_NOUNS:
        return True
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}
               and lemma(t.head).lower() in speech_verbs()[0] for t in c)


def _before_titles(c: Span) -> Span | None:
    """"the G4 Foreign Ministers' Meeting", "Ministers", "the Permanent Representative": a name ending in a
    title's words is the people holding it; a code or acronym before them is the body ("G4"), else no body is
    named (None: no such title; an empty span: drop)."""
    words_ = [t.text for t in c]
    pos = next((i for i, t in enumerate(c) if t.tag_ == "POS" and 0 < i < len(c) - 1 and c[i + 1].text in TITLED_MEETINGS), None)
    if pos is not None:  # "the G4 Foreign Ministers' Meeting (with ...)": the meeting of the title's holders
        c, words_ = c[:pos], words_[:pos]
    if ("of" in words_ or any(w in BODY_WORDS for w in words_) or not _title_word(words_[-1], head=True)
            or not words_[-1].endswith("s") and _named_next(c)):  # "Slovak Foreign Minister Name": the holder's title
        return None
    k = len(c) - 1
    while k > 0 and _title_word(words_[k - 1], head=False):
        k -= 1
    rest = c[:k]
    if len(rest) == 1 and rest.text.isupper() and len(rest.text) > 1:
        return _relabel(rest, "ORG")
    return c[0:0]


def _named_next(c: Span) -> bool:
    doc = c.doc
    return c.end < len(doc) and doc[c.end].is_title


def _title_word(word: str, head: bool) -> bool:
    low = word.lower()
    is_head = low in TITLE_HEADS or (low.endswith("s") and low[:-1] in TITLE_HEADS)
    return is_head or (not head and word in TITLE_MODIFIERS)


def _joint_body(c: Span) -> bool:
    """"the High-Level Cooperation Council", "the Joint Permanent Commission on Defence and Security": a standing
    mechanism of two states that names neither is their meeting mechanism, no body. (One named by the states'
    hyphened pair, "the India-Chile Joint Commission", is a body, as the gold of the later batches lists it.)"""
    if not any(t.text in JOINT_HEADS for t in c):
        return False
    if (any(c.text.startswith(m + " ") for m in JOINT_MODIFIERS) and any(t.text in MECHANISM_HEADS for t in c)
            and len(c.text.split()) >= 3):  # "the Joint Commission" alone may be a body of that name
        return True  # "the High-Level Cooperation Council", "the Joint Permanent Commission on Defence": no state named
    return False


def _alone_on_line(m: Span) -> bool:
    """"(END)", "EURASIA": a common noun or a region, in capitals, is all the words of its line (an
    agency's name alone on a line, "XINHUA", stays a body)."""
    doc = m.doc
    if not m.text.isupper() or not (m.text.lower() in common_nouns() or m.text.title() in REGION_WORDS
                                    or gazetteer.known_place(m.text.title())):
        return False
    i, j = m.start - 1, m.end
    # other words of a heading in capitals may stand beside it ("KEY OUTCOMES")
    while i >= 0 and "\n" not in doc[i].text and (not doc[i].is_alpha or doc[i].is_upper) and not doc[i].like_num:
        i -= 1
    while j < len(doc) and "\n" not in doc[j].text and (not doc[j].is_alpha or doc[j].is_upper) and not doc[j].like_num:
        j += 1
    return (i < 0 or "\n" in doc[i].text) and (j >= len(doc) or "\n" in doc[j].text)


def _sentence_opener(m: Span) -> bool:
    """"Distance has not ...": one capitalised common noun opening its sentence."""
    doc = m.doc
    i = m.start
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].is_punct and doc[i - 1].is_quote:
        i -= 1  # '"Distance has ...': a quotation opening the sentence
    if m.end < len(doc) and doc[m.end].tag_ == "POS":
        return False  # "Apple's vice-president": an owner, a name
    nouns = common_nouns()  # "Attendees, per the office:": a plural too
    return (len(m) == 1 and bool(doc[i].is_sent_start) and m.text.istitle() and m.text not in BODY_WORDS
            and (m.text.lower() in nouns or lemma(m[0]).lower() in nouns))
