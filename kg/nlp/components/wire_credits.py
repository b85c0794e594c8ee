"""Wire credits: the agencies and people that a story's dateline, photo credits and sign-off lines name.

- "SEOUL, June 5 (Yonhap) --": a name in brackets between a dateline and its dash is the agency, and
  the capitals alone before it the dateline's place ("WASHINGTON (AP) --"); a dateline with its place, a comma
  and a day needs no dash ("Havana, Oct 18 (Prensa Latina) Cuban Foreign Minister ...");
- "REUTERS/Ann Lee", "ANTARA FOTO/Ann Lee via REUTERS Purchase Licensing Rights": a photo credit names the
  agency (capitals before the slash, and after "via") and the photographer (the name after the slash); its
  boilerplate ("File Photo", "Purchase Licensing Rights") names nothing;
- "EXCLUSIVE-Chad government ...", "MANILA (UPDATED) -": a wire's mark of a story's kind names nothing;
- "By A" over "State Capitol Bureau": the writer's desk on the line under the byline names no body;
- "– DESK/NA": agencies' codes joined by a slash alone on a line are a desk tag, no name;
- "Published in Dawn, October 5th", "Source: Al Jazeera and news agencies", "Kyodo contributed to this
  report": a sign-off line names the outlet;
- "(Reporting by A in X and B in Y; Editing by C)", a byline "By A and B", a staff line "Reporter: A", a
  chain of credits "WAM/A/B": the names of a reporters' credit are people;
and every other mention of an agency found so is the agency ("Al Jazeera's Name said", "told Dawn").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.data import tables
from kg.nlp.components.base import _relabel, core, core_text
from kg.nlp.components.given_names import given_names
from kg.nlp.components.mastheads import masthead_outlets
from kg.nlp.lexicon import words
from kg.nlp.doc_text import token_texts

_W = words("components/wire_credits")
DASHES = frozenset(_W["dateline_dashes"])
BOILERPLATE = frozenset(_W["credit_boilerplate"])
VIA = frozenset(_W["credit_via"])
OPENERS = [tuple(o) for o in _W["signoff_openers"]]
CLOSERS = [tuple(c) for c in _W["signoff_closers"]]
CREDIT_OPENERS = frozenset(_W["credit_openers"])
STAFF_OPENERS = [tuple(o) for o in _W["staff_openers"]]
_SOURCE_SPLITS = frozenset(_W["source_splits"])
_NAME_JOINERS = frozenset(_W["source_name_joiners"])
STORY_MARKS = frozenset(_W["story_marks"])
DESK_WORDS = frozenset(_W["desk_words"])
# weekday and month names (dates.toml): no agency in brackets, no dateline's place before them
_CALENDAR = frozenset(f for table in ("weekdays", "months") for forms in tables("dates")[table] for f in forms)
_BY = frozenset(words("components/bylines")["by_openers"])


def wire_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the credits' agencies and people set, their boilerplate dropped and every other
    mention of an agency found made the agency."""
    texts = token_texts(doc)  # a Token made only where a credit can begin
    if not any("\n" in text for text in texts) and "(" not in texts:
        return spans  # one line and no bracket: no credit
    found: list[Span] = []
    cleared: list[tuple[int, int]] = []  # token ranges whose old spans go (boilerplate, desk tags)
    for i, text in enumerate(texts):
        if text == "(":
            found.extend(_dateline_agency(doc, i))
        elif text == "/" and i > 0 and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
            credit, span_range = _photo_credit(doc, i)
            found.extend(credit)
            if span_range is not None:
                cleared.append(span_range)
        elif "\n" in text or i == 0:
            found.extend(_signoff(doc, i + 1 if "\n" in text else 0))
    # the outlet a masthead, a byline or a dateline names in the article's head ("By A, Ritzau", "Crikey")
    heads = [m for m in masthead_outlets(doc, spans) if not any(f.start < m.end and m.start < f.end for f in found)]
    found.extend(heads)
    spans = [_without_story_mark(s) for s in spans if not _desk_line(s)]
    agencies = {s.text for s in found if s.label_ == "ORG"}
    agencies |= {core_text(s) for s in found if s.label_ == "ORG"}
    out = [s for s in spans if not any(a <= s.start and s.end <= b or s.start < b and a < s.end and s.label_ == "ORG"
                                       for a, b in cleared)]
    out = [s for s in out if not any(f.start < s.end and s.start < f.end for f in found)]
    out = [_relabel(core(s), "ORG") if core_text(s) in agencies else s for s in out]
    taken = {i for s in out + found for i in range(s.start, s.end)}
    more = [m for m in untagged_mentions(doc, agencies) if not taken & set(range(m.start, m.end))]
    return _reporters(doc, [s for s in out + found + more if s not in heads]) + heads  # "By Telegraph Obituaries": no reporter


def _line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _line_end(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text:
        i += 1
    return i


def _desk_line(span: Span) -> bool:
    """"By Kyle Brandt" + "State Capitol Bureau": a body's name alone on the line under a "By" line, ending in a
    desk's word, is the writer's desk."""
    doc, c = span.doc, core(span)
    if span.label_ != "ORG" or not len(c) or c[-1].text not in DESK_WORDS:
        return False
    start, end = _line_start(doc, span.start), _line_end(doc, span.end)
    if any(not (t.is_space or t.is_punct or t.is_title) for t in (*doc[start:c.start], *doc[c.end:end])) or start < 2:
        return False
    above = _line_start(doc, start - 1)
    while above > 0 and doc[above:start - 1].text.strip() == "":
        above = _line_start(doc, above - 1)
    return doc[above].text in _BY


def _without_story_mark(span: Span) -> Span:
    """"EXCLUSIVE-Chad", "FOCUS-Gabon's": a wire's mark in capitals and a hyphen opening a name are no part of it; the
    rest is a country the gazetteer knows, or stays as tagged."""
    doc = span.doc
    if len(span) < 3 or span[1].text != "-" or not span[0].is_upper or span[0].lower_ not in STORY_MARKS \
            or span[0].whitespace_ or span[1].whitespace_:
        return span
    rest = core(doc[span.start + 2:span.end])
    iso3 = gazetteer.country_names().get(rest.text)
    return _relabel(rest, "COUNTRY", iso3) if iso3 else _relabel(rest, span.label_)


def _dateline_agency(doc: Doc, i: int) -> list[Span]:
    """"SEOUL, June 5 (Yonhap) --": capitalised words in brackets, a dash after them, and before them a
    line of capitalised words, numbers and commas only (the dateline)."""
    close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return []
    inner = doc[i + 1:close]
    if not all(t.is_alpha and t.text[:1].isupper() for t in inner) or inner.text.lower() in STORY_MARKS:
        return []  # "MANILA, Philippines (UPDATED) -": a version's mark
    before = doc[_line_start(doc, i):i]
    if not len(before) or not all(t.text[:1].isupper() or t.like_num or t.is_punct for t in before):
        return []
    if doc[close + 1].text not in DASHES and not (
            before[0].is_title and any(t.like_num for t in before) and any(t.text == "," for t in before)
            and doc[close + 1].text[:1].isupper() and inner[0].lower_ not in given_names()
            and not ({before[0].lower_, inner.text.lower()} & _CALENDAR) and not gazetteer.known_place(inner.text)):
        return []  # "Havana, Oct 18 (Prensa Latina) Cuban ...": a place, a comma and a day need no dash after
        # (not "Moscow, June 5 (Tuesday)" nor a diary's "Tuesday, 12 March (Brussels)": a day, a place in brackets)
    # "DAKAR (Senegal) -": the dateline place's state in brackets, no agency
    label = "GPE" if inner.text in gazetteer.country_names() else "ORG"
    agency = Span(doc, inner.start, inner.end, label=label)
    if all(t.is_alpha and t.is_upper for t in before):  # "WASHINGTON (AP) --": the dateline's place
        return [Span(doc, before.start, before.end, label="PLACE"), agency]
    return [agency]


def _photo_credit(doc: Doc, slash: int) -> tuple[list[Span], tuple[int, int] | None]:
    """"REUTERS/Ann Lee", "ANTARA FOTO/Ann Lee via REUTERS Purchase Licensing Rights": the agency, the
    photographer and the range of the credit (to the end of its line); "– DESK/NA" alone on a line: nothing,
    and the line's range."""
    k = slash
    while k > 0 and slash - k < 3 and doc[k - 1].is_alpha and doc[k - 1].is_upper and len(doc[k - 1].text) > 1:
        k -= 1
    nxt = doc[slash + 1] if slash + 1 < len(doc) else None
    if k == slash or nxt is None:
        return [], None
    start, end = _line_start(doc, k), _line_end(doc, slash)
    if nxt.is_upper:  # "TIMES/NA": a desk tag when nothing but dashes stands beside it on its line
        # beside it on its line: dashes, or an end mark ("(END) DESK/NA")
        rest = [t for t in doc[start:end] if t.i not in range(k, slash + 2)]
        return [], ((start, end) if all(t.text in DASHES or t.is_punct or t.is_upper for t in rest) else None)
    spans = [Span(doc, k, slash, label="ORG")]
    j = slash
    while j < end and doc[j].text == "/" and (j == slash or not doc[j - 1].whitespace_):  # "WAM/A/B": one name each
        first = j = j + 1
        while j < end and doc[j].is_title and doc[j].text not in BOILERPLATE and j - first < 4:
            j += 1
        if not 2 <= j - first <= 4:
            break
        spans.append(Span(doc, first, j, label="PERSON"))
    if len(spans) == 1:
        return [], None
    via = next((v for v in range(j, end) if doc[v].lower_ in VIA), None)
    if via is not None and via + 1 < end and doc[via + 1].is_upper and doc[via + 1].is_alpha:
        spans.append(Span(doc, via + 1, via + 2, label="ORG"))
    return spans, (k, end)


def _signoff(doc: Doc, i: int) -> list[Span]:
    """"Published in Dawn, October 5th", "Source: Al Jazeera and news agencies", "Kyodo contributed to this
    report": the capitalised words a sign-off line names."""
    while i < len(doc) and doc[i].text in DASHES:
        i += 1
    low = [t.lower_ for t in doc[i:i + 5]]
    staff = next((o for o in STAFF_OPENERS if tuple(low[:len(o)]) == o), None)
    if staff is not None:
        return _staff_names(doc, i + len(staff))
    opener = next((o for o in OPENERS if tuple(low[:len(o)]) == o), None)
    start = i + len(opener) if opener else i
    if opener is not None and opener[-1] == ":":
        return _source_names(doc, start)
    end = start
    while end < len(doc) and end - start < 5 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start:
        return []
    if opener is None:
        after = [t.lower_ for t in doc[end:end + 4]]
        if not any(tuple(after[:len(c)]) == c for c in CLOSERS):
            return []
    elif end < len(doc) and "\n" not in doc[end].text and doc[end].lower_ not in {",", "and", "."}:
        return []
    return [Span(doc, start, end, label="ORG")]


def _source_names(doc: Doc, i: int) -> list[Span]:
    """"Source: IAR, PAP", "Source: N1/Sarajevo Times", "Source: Al Jazeera and news agencies": each name of one to
    six capitalised words (lower-case "of", "the", "for" inside) the line lists, split at commas, slashes, "and",
    "&" and semicolons; lower-case words ("news agencies") name nothing."""
    end, out, start = _line_end(doc, i), [], i
    for j in range(i, end + 1):
        if j == end or doc[j].text in _SOURCE_SPLITS:
            words_ = doc[start:j]
            if 1 <= len(words_) <= 6 and words_[0].text[:1].isupper() and words_[-1].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in words_):
                out.append(Span(doc, start, j, label="ORG"))
            start = j + 1
    return out


def _staff_names(doc: Doc, i: int) -> list[Span]:
    """"Reporter: Ann Lee", "Editor: Ann Lee, Bo Kim": the names of two to four capitalised words, split at
    commas and "and", to the end of the line; none when anything else stands there."""
    end, out, start = _line_end(doc, i), [], i
    for j in range(i, end + 1):
        if j == end or doc[j].text in {",", "and", "&"}:
            if not (2 <= j - start <= 4 and all(t.is_title and t.is_alpha for t in doc[start:j])):
                return []
            out.append(Span(doc, start, j, label="PERSON"))
            start = j + 1
    return out


def untagged_mentions(doc: Doc, agencies: set[str], at_sent_start: bool = False) -> list[Span]:
    """Mentions of an agency or outlet the model left untagged ("told Dawn"), at a sentence's start only if
    AT_SENT_START."""
    found = []
    for name in agencies:
        n = len(name.split())
        first = name.split()[0]
        for t in (doc[i] for i, text in enumerate(token_texts(doc)) if text == first):
            if (at_sent_start or not t.is_sent_start) and doc[t.i:t.i + n].text == name:
                found.append(Span(doc, t.i, t.i + n, label="ORG"))
    return found


def _reporters(doc: Doc, spans: list[Span]) -> list[Span]:
    """"(Reporting by A in X and B in Y; Editing by C)": a name the model took for a body, after "by", "and"
    or ";" inside a reporters' credit, is a person."""
    out = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        start = s.start  # "and Leyla" + "Rasulova": given names the model left untagged begin the name
        while start > 0 and s.start - start < 2 and start - 1 not in taken and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and doc[start - 1].lower_ not in {"by", "and"}:
            start -= 1
        if (s.label_ == "ORG" and s.end - start >= 2 and doc[start].is_title and s[-1].is_title
                and all(t.is_title or t.is_lower and len(t) <= 3 for t in doc[start:s.end]) and _in_credit(doc, start)):
            s = Span(doc, start, s.end, label="PERSON")
        out.append(s)
    return out


def _in_credit(doc: Doc, i: int) -> bool:
    if i < 1 or doc[i - 1].lower_ not in {"by", "and"}:
        return False
    j = i - 1
    while j >= 0 and doc[j].text not in {"(", ")"} and "\n" not in doc[j].text:
        if doc[j].lower_ == "by" and (j == 0 or doc[j - 1].lower_ in CREDIT_OPENERS or "\n" in doc[j - 1].text):
            return True  # "(Reporting by A and B", a byline "By A and B"
        j -= 1
    return False
