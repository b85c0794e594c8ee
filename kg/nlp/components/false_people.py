"""FalsePeople: names the model took for people that the article itself uses as bodies, outlets, places or peoples.

Read from how the name is used across the document, never from a list of the names:
- a title of the head of a body or a place right after the name ("the Fianna Fail leader Ana Roe", "Umno
  president Tan", "Siam Hydro's president", "Kyela MP Aloyce") or its members ("Fine Gael backbenchers"): a
  body, or a place when the gazetteer knows one of that name;
- an outlet's use: told ("she told Yle"), read ("seen by Euractiv", "first appeared in Handelsblatt"), an
  outlet's noun after it ("al-Joumhouria daily reported");
- a place's use: a place the gazetteer knows that the article also writes as a place (the model tagged it so
  once, or it follows "in", "at"), a name followed by ", where", a name before a place class word ("Kyela
  District") or ending in one ("Kwara State");
- a people's name: a demonym the gazetteer knows ("Papua New Guineans"), or a place of the article with a
  demonym's ending ("Keralites" beside "Kerala", "the Sonoran capital" beside "Sonora");
- a title or honorific inside the span cuts it: "Busan Mayor" (a place and a title), "Apia Mr Qian called"
  (a place, then the person), "Marbel Bishop Cirilo Abapo".
A name that the document shows to be a person's is left alone: after a title or honorific ("Mr Diko"), a word
of a person's name that opens with a given name ("Ana Diko"), or opening with a given name itself.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.base import POSSESSIVE, _relabel, _set_ents, core
from kg.nlp.components.given_names import given_names
from kg.nlp.doc_text import doc_ents, token_texts
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import HONORIFICS, ORG_HEADS, TITLE_HEADS, common_nouns, words

_W = words("components/false_people")
_HEAD_TITLES = frozenset(_W["head_titles"])
_PLACE_HEADS = frozenset(_W["place_head_titles"])
_HEADS = _HEAD_TITLES | _PLACE_HEADS  # titles of a body's or a place's head
_SITES = frozenset(_W["site_nouns"]) | frozenset(words("entity_nouns")["place_nouns"]) | frozenset(
    words("components/person_consistency")["place_nouns_after"])
_ORGANS = frozenset(_W["organ_nouns"])
_PERSONAL = frozenset(_W["personal_nouns"])
_MEMBER_NOUNS = frozenset(_W["member_nouns"])
_OUTLET_HEADS = frozenset(_W["outlet_heads"])
_OUTLET_CUES = frozenset(tuple(c) for c in _W["outlet_cues"])
_PLACE_CLASS = frozenset(_W["place_class_words"])
_DEMONYM_ENDINGS = tuple(_W["demonym_endings"])
_TELL = frozenset(words("components/org_noise")["tell_forms"])
_WHERE = frozenset(words("components/person_consistency")["where_prepositions"])
_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE", "FAC", "COUNTRY"})
_LIST_JOINS = frozenset({",", "and", "or"})


class FalsePeople:
    """Relabel the PERSON names the document uses as something else (see the module's text)."""

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        ents = [s for e in doc_ents(doc) for s in _cut_titled(e)]
        people = [core(e) for e in ents if e.label_ == "PERSON"]
        if not people:
            return ents
        persons = _person_words(doc, people)
        surnames = {p[-1].text for p in people if len(p) > 1}  # "Diko" after "Ana Diko": hers
        # a one-word common noun ("Forum", "Explainer") is left to TypeRepair's common-noun evidence
        labels: dict[str, tuple[str, str]] = {}
        for c in people:
            if c.text in labels or c.text in persons or len(c) == 1 and (c.text in surnames or c.text.lower() in common_nouns()):
                continue
            found = _reading(c, ents, labels)
            if found is not None:
                labels[c.text] = found
        if not labels:
            return ents
        return [_relabel(core(e), *labels[core(e).text]) if e.label_ == "PERSON" and core(e).text in labels else e
                for e in ents]


def _person_words(doc: Doc, people: list[Span]) -> set[str]:
    """Names the document shows to be people's: written after a title or honorific, a word of a person's name
    that opens with a given name, or opening with a given name (not a place's name) themselves."""
    found: set[str] = set()
    for p in people:
        if p.start > 0 and _titled(doc, p.start - 1):
            found.add(p.text)
        if p[0].lower_ in given_names() and not gazetteer.known_place(p.text):
            found.add(p.text)
            if len(p) > 1:
                found.update(t.text for t in p)
    return found


def _titled(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.text in HONORIFICS or t.lower_ in TITLE_HEADS


def _reading(c: Span, ents: list[Span], decided: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The label (and ISO3 of a people) the document's uses of the name give it, or None."""
    doc = c.doc
    demonym = _demonym(c, ents)
    if demonym is not None:
        return demonym
    every = _all_mentions(doc, c)
    if any(m.start > 0 and _titled(doc, m.start - 1) or _persons_own(m) for m in every):
        return None  # "Mr Diko", "Obama's national security advisor": a person's, somewhere
    # "Kwara State", "Kyela District": a name ending in a place class word (not "Head of State": a title's)
    classed = len(c) > 1 and c[-1].text in _PLACE_CLASS and all(t.is_title for t in c) and not _titled(doc, c.start)
    known = gazetteer.known_place(c.text) or classed
    listed = any(_listed_with_place(m, ents, decided) for m in every)
    placed = any(_placed(m, ents) for m in every)
    site = any(_before_where(m) or _before_place_class(m) or _before_site(m) for m in every)
    if known and (placed or listed) or site or placed and listed or classed:
        country = gazetteer.country_names().get(c.text)
        return ("COUNTRY", country) if country else ("PLACE", "")
    heads = {h for m in every if (h := _head_after(m)) is not None}
    if heads:
        return ("PLACE", "") if known or heads <= _PLACE_HEADS else ("ORG", "")
    if any(_of_holder(m, ents) for m in every):
        return ("PLACE", "") if known else ("ORG", "")
    if any(_short_form_after(m) for m in every):
        return ("ORG", "")
    before = next((b for m in every if (b := _bracketed_after(m, ents)) is not None), None)
    if before is not None:
        return (before, "")
    if len(c) <= 3 and any(_outlet_use(m) for m in every) and not any(_speaks(m) for m in every):
        return ("ORG", "")
    return None


def _speaks(m: Span) -> bool:
    """"Blinkow said": a name that is the subject of "say" is a person whom "told Blinkow" addressed, no outlet
    (an outlet told something is then cited as "Yle reported", or not at all)."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and lemma(t.head) == "say" for t in m)


def _persons_own(m: Span) -> bool:
    """"Obama's national security advisor", "Moravec's wife": a person's staff or family after the possessive."""
    doc, i = m.doc, m.end
    if i >= len(doc) or doc[i].text not in POSSESSIVE:
        return False
    j = i + 1
    while j < len(doc) and j - i <= 4 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        if doc[j].lower_ in ORG_HEADS:
            return False  # "Chad's government spokesman": the government's
        if doc[j].lower_ in _PERSONAL:
            return True
        j += 1
    return False


def _all_mentions(doc: Doc, c: Span) -> list[Span]:
    """Every place in the text the name's words are written, tagged or not."""
    n, texts, out = len(c), token_texts(doc), []
    first = c[0].text
    for i, text in enumerate(texts):
        if text == first and i + n <= len(doc) and doc[i:i + n].text == c.text:
            out.append(doc[i:i + n])
    return out


def _placed(m: Span, ents: list[Span]) -> bool:
    """The model (or the country tagger) tagged this mention a place, or it follows "in", "at", ... (not "in
    Morales' view": a person's possessive)."""
    if m.end < len(m.doc) and m.doc[m.end].text in POSSESSIVE:
        return False
    if any(e.start <= m.start and m.end <= e.end and e.label_ in _PLACE_LABELS for e in ents):
        return True
    return m.start > 0 and m.doc[m.start - 1].lower_ in _WHERE


def _listed_with_place(m: Span, ents: list[Span], decided: dict[str, tuple[str, str]]) -> bool:
    """"ports like Tongyeong, Yeosu and Jeju": a name in a list (commas, "and", "or") with a tagged place; names
    the model took for people in between are passed over (people are listed with people, places with places), or
    count when this stage found them places ("the provinces of Bac Ninh and Thai Nguyen")."""
    by_end = {e.end: e for e in ents}
    by_start = {e.start: e for e in ents}
    doc, i = m.doc, m.start
    while i > 1 and doc[i - 1].lower_ in _LIST_JOINS and (e := by_end.get(i - 1)) is not None:
        if e.label_ in _PLACE_LABELS or decided.get(core(e).text, ("",))[0] in _PLACE_LABELS:
            return True
        if e.label_ != "PERSON":
            break
        i = e.start
    j = m.end
    while j + 1 < len(doc) and doc[j].lower_ in _LIST_JOINS and (e := by_start.get(j + 1)) is not None:
        if e.label_ in _PLACE_LABELS or decided.get(core(e).text, ("",))[0] in _PLACE_LABELS:
            return True
        if e.label_ != "PERSON":
            break
        j = e.end
    return False


def _before_where(m: Span) -> bool:
    """"headed to Ain el-Tineh, where he held talks": people are not "where"."""
    doc = m.doc
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "where"


def _before_site(m: Span) -> bool:
    """"the Panguna mine", "the Litexpo centre", "at his Magogoni office": a lower-case noun of places or sites
    right after the name (after a determiner or a possessive pronoun, not after a person's name)."""
    doc = m.doc
    if m.end >= len(doc) or m.start == 0 or doc[m.start - 1].tag_ not in {"DT", "PRP$"}:
        return False
    t = doc[m.end]
    while t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == t.i + 1:
        t = t.head  # "the Expoforum convention centre"
    return t.is_lower and t.pos_ == "NOUN" and (t.lower_ in _SITES or t.lower_ == "office" and doc[m.start - 1].tag_ == "PRP$")


def _of_holder(m: Span, ents: list[Span]) -> bool:
    """"Datuk Faizal Mokhtar of Umno", "Governor Aliyu Sanusi of Kwara State", "the head of The Left (Lewica)",
    "leader of Disy": after "of" and a person's name or the title of a head, a body or a place (a person is no
    person's)."""
    doc, i = m.doc, m.start
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    prev = doc[i - 2]
    if prev.lower_ in _HEADS or prev.lower_ in {"head", "chief"}:
        return True
    return any(e.end == i - 1 and e.label_ == "PERSON" for e in ents)


def _before_place_class(m: Span) -> bool:
    """"Kyela District", "Bac Ninh Province": a place class word right after the name."""
    doc = m.doc
    return m.end < len(doc) and doc[m.end].text in _PLACE_CLASS


def _head_after(m: Span) -> str | None:
    """"Fianna Fail leader Ana Roe", "Siam Hydro's president", "Fine Gael backbenchers", "Akel's headquarters": the
    name before the title of its head or a noun of its members (the possessive between allowed), or after a
    possessive before an organ of a body: that word, or None."""
    doc, i = m.doc, m.end
    owned = i < len(doc) and doc[i].text in POSSESSIVE
    i += owned
    if i >= len(doc):
        return None
    t = doc[i]
    if t.lower_ in _HEADS or t.lower_ in _MEMBER_NOUNS and t.is_lower:
        return t.lower_
    if owned and t.pos_ == "ADJ" and t.is_lower and i + 1 < len(doc):
        t = doc[i + 1]  # "Pakatan Harapan's presidential council"
    return t.lower_ if owned and t.is_lower and t.lower_ in _ORGANS else None


def _short_form_after(m: Span) -> bool:
    """"Samagi Jana Balawegaya (SJB)", "Alyansa Tigil Mina (ATM)": the initials of the name's words in brackets
    after it are a body's acronym (a person is not written so)."""
    doc = m.doc
    if len(m) < 2 or m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
        return False
    short = doc[m.end + 1].text
    initials = "".join(t.text[0] for t in m if t.text[:1].isupper())
    return short.isalpha() and short.isupper() and len(short) >= 2 and short == initials


def _bracketed_after(m: Span, ents: list[Span]) -> str | None:
    """"The Left (Lewica)", "Third Way (Trzecia Droga)": a name in brackets right after a body's or a place's name
    is its name in another language: that label, or None."""
    doc, i = m.doc, m.start
    if i < 2 or doc[i - 1].text != "(" or m.end >= len(doc) or doc[m.end].text != ")":
        return None
    # the model's span may have taken the bracket ("The Left (")
    label = next((e.label_ for e in ents if e.end in {i - 1, i} and e.start < i - 1), None)
    return "ORG" if label == "ORG" else "PLACE" if label in _PLACE_LABELS else None


def _outlet_use(m: Span) -> bool:
    """"told Yle", "seen by Euractiv", "first appeared in Handelsblatt", "al-Joumhouria daily reported"."""
    doc, i = m.doc, m.start
    # "told Yle": one word only; "told Achieng Otieno" is a person told, whose given name no list may know
    if len(m) == 1 and i > 0 and doc[i - 1].lower_ in _TELL and (m.end == len(doc) or doc[m.end].text not in POSSESSIVE):
        return True
    if i > 1 and (doc[i - 2].lower_, doc[i - 1].lower_) in _OUTLET_CUES:
        return True
    return m.end + 1 < len(doc) and doc[m.end].lower_ in _OUTLET_HEADS and doc[m.end].is_lower and \
        doc[m.end + 1].pos_ == "VERB"


def _demonym(c: Span, ents: list[Span]) -> tuple[str, str] | None:
    """"Papua New Guineans" (a people the gazetteer knows), "Keralites" beside "Kerala" or a place the gazetteer
    knows, written as a plural or before a lower-case noun ("the Sonoran capital")."""
    demonyms = gazetteer.demonyms()
    if c.text in demonyms:
        return ("NORP", demonyms[c.text])
    last = c[-1].text
    doc = c.doc
    plural = last.endswith("s") and not last.endswith("ss")
    modifier = c.end < len(doc) and doc[c.end].is_lower and doc[c.end].pos_ == "NOUN"
    if not (plural or modifier):
        return None
    head = c.text[: -len(last)]
    for ending in _DEMONYM_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 2:
            stem = head + last[: -len(ending)]
            for place in (stem, stem + "a"):
                if gazetteer.known_place(place) and _written(doc, place):
                    return ("NORP", "")
    return None


def _written(doc: Doc, name: str) -> bool:
    """The name is written as words of its own somewhere in the text ("Kerala", not only "Keralites")."""
    first = name.split()[0]
    n = len(name.split())
    return any(text == first and doc[i:i + n].text == name for i, text in enumerate(token_texts(doc)))


def _cut_titled(ent: Span) -> list[Span]:
    """A PERSON span with a title or honorific inside, after a place's name: "Busan Mayor" (the place alone),
    "Apia Mr Qian" (the place, then the person)."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return [ent]
    doc = ent.doc
    k = next((t.i for t in ent[1:] if t.text[:1].isupper() and (t.text in HONORIFICS or t.lower_ in TITLE_HEADS)), None)
    if k is None:
        return [ent]
    before = doc[ent.start:k]
    if before[0].text in HONORIFICS or before[0].lower_ in TITLE_HEADS or not gazetteer.known_place(before.text):
        return [ent]
    if k == ent.end - 1 and before[0].lower_ in given_names():
        return [ent]  # "Jordan King", "Paris Bishop": a given name and a surname that is a title's word
    parts = [Span(doc, before.start, before.end, label="PLACE")]
    j = k
    while j < ent.end and (doc[j].text in HONORIFICS or doc[j].lower_ in TITLE_HEADS):
        j += 1
    if j < ent.end:
        parts.append(Span(doc, j, ent.end, label="PERSON"))
    return parts
