"""Mastheads: the outlet an article's head names, on a line of its own, beside its writer or in its dateline.

- "Crikey", "AAP", "The Peninsula", "Catalan News | Barcelona", "Philippine Daily Inquirer / 05:10 AM": capitalised
  words alone on one of the first lines after the headline (or before a bar, slash or bullet and the place, date or
  time) name the outlet, unless they are a person's (a given name first), a place's, a date's, a title's ("Political
  Editor"), a desk's ("Herald Staff") or a section's ("ANALYSIS", "Press Release"). In capitals only one word, an acronym ("AAP"; not "KEY
  OUTCOMES"); one word no common noun the text does not name again ("Crikey"; not "Transcript", nor a topic's
  kicker, "Ebola" over a story of Ebola); several words only with "The" first, or an
  outlet's or a body's word among them ("Security Council Report", "Council of the EU"; not "Sofia Ilieva");
- "By Mette Holm, Ritzau", "By JOAQUIN M. SARMIENTO, GMA News", "Philippe Tardif-Okeke, Montreal Gazette", "Ramon
  Cruz - The Philippine Star", "By A - Reporter Agencia Brasil - Brasilia", "By A, PA Ireland Correspondent": after a
  byline's writer, a comma, dash or bar and perhaps the writer's role, the capitalised words up to a title's word, a
  place or the line's end name the outlet; not a second writer (a given name first), a place, nor the writer's beat
  ("By A, Diplomatic Editor": before a title's word only an acronym is an outlet);
- "By Telegraph Obituaries", "By Yomiuri Shimbun Staff Writers", "by Naharnet Newsdesk", "by PIB Delhi", "By The
  Local", "By Express News Service": a "By" line that names no writer names the outlet; its desk's words and its
  place are no part of the name;
- "Bishkek, October 3 / Kabar /.": a name between slashes after a dateline's place and day is the agency, as is
  "Baku, May 27, AZERTAC", a name closing a dateline's line.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.data import tables
from kg.nlp.components.bylines import _by_line, _lines
from kg.nlp.components.given_names import given_names
from kg.nlp.lexicon import BODY_WORDS, REGION_WORDS, TITLE_HEADS, common_nouns, words

_W = words("components/mastheads")
LINE_MARKS = frozenset(_W["line_marks"])
BYLINE_MARKS = frozenset(_W["byline_marks"])
DESK_WORDS = frozenset(_W["desk_words"])
SECTION_WORDS = (frozenset(_W["section_words"]) | frozenset(_W["chrome_words"])
                 | frozenset(words("components/wire_credits")["story_marks"]))
DESK_OPENERS = frozenset(_W["desk_openers"])
BEAT_WORDS = frozenset(_W["beat_words"])
# the full weekday and month names (dates.toml; not "Sun", "Sat": "The Sun" is an outlet): a date's, whatever the label
_CALENDAR = frozenset(forms[0] for table in ("weekdays", "months") for forms in tables("dates")[table])
OUTLET_WORDS = (frozenset(_W["outlet_words"]) | frozenset(words("components/span_repair")["newspaper_heads"])
                | frozenset(words("components/org_noise")["broadcast_heads"]) | BODY_WORDS)
PARTICLES = frozenset(_W["name_particles"])
_HEAD_LINES = int(words("components/bylines")["first_lines"][0]) + 1  # the head: the headline and the lines under it
_MOST_WORDS = 5
_MOST_CAPITALS = 8  # an acronym in capitals ("AAP", "BELGA", "AZERTAC"); longer words in capitals are a section's
# the model's labels a masthead's words may carry (it reads "Crikey" as a person, "Peninsula" as a place)
_NAME_LABELS = frozenset({"", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "GPE", "LOC", "PLACE"})
_CALENDAR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def masthead_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """The outlets (ORG) the head of the article names, with the writers' and dates' spans they cut short."""
    lines = _lines(doc)[:_HEAD_LINES]
    if len(lines) < 2:
        return []
    people = {s.start: s for s in spans if s.label_ == "PERSON"}
    out: list[Span] = []
    for start, end in lines[1:]:
        out.extend(_byline_outlet(doc, _byline_start(doc, start, end), end, people) or _masthead(doc, start, end)
                   or _dateline_agency(doc, start, end, spans))
    return out


def _byline_start(doc: Doc, start: int, end: int) -> int:
    """Where a head line's byline starts: at the line's start, or at a "By" after the time of a line that opens
    with the date ("Published on 26/06/2019 - 18:42 By A - Reporter Agencia Brasil", "Posted On: 20 JUL 2017
    6:48PM by PIB Delhi")."""
    return next((k for k in range(start + 1, end) if doc[k].lower_ == "by" and doc[k - 1].like_num
                 or doc[k].lower_ == "by" and doc[k - 1].text[:1].isdigit()), start)


def _masthead(doc: Doc, start: int, end: int) -> list[Span]:
    """The outlet a line of its own names (module docstring), alone or before a bar, slash or bullet."""
    stop = _name_end(doc, start, end)
    if stop == start or stop < end and doc[stop].text not in LINE_MARKS or doc[start].lower_ == "by":
        return []  # "By the Associated Press": a "By" line's, _desk_outlet reads it
    run = doc[start:stop]
    alpha = [t for t in run if t.is_alpha]
    if any(t.lower_ in DESK_WORDS for t in run):
        return []  # "Herald Staff" under a "By" line: the writer's desk (wire_credits._desk_line)
    if run.text.isupper():
        ok = len(alpha) == 1 and len(run.text) <= _MOST_CAPITALS
    elif len(alpha) == 1:  # not a topic kicker the story is about ("Ebola", "Brexit", "Davos" again in the text)
        ok = alpha[0].lower_ not in common_nouns() and alpha[0].ent_type_ in {"", "ORG", "PERSON", "PRODUCT"} \
            and not any(t.text == alpha[0].text for t in doc[end:])
    else:
        ok = run[0].lower_ == "the" or any(t.text in OUTLET_WORDS for t in run)
    return [Span(doc, start, stop, label="ORG")] if ok and _names_outlet(run) else []


def _byline_outlet(doc: Doc, start: int, end: int, people: dict[int, Span]) -> list[Span]:
    """The outlet after a byline's writer, or a "By" line's outlet when it names no writer, with the writer's span
    cut at the mark before the outlet."""
    i = start
    while i < end and (doc[i].lower_ == "by" or doc[i].text == ":"):
        i += 1
    by = i > start
    if by and i + 1 < end and doc[i].text == "the" and _capitalised(doc[i + 1]):
        i += 1  # "By the Associated Press"
    if by and (desk := _desk_outlet(doc, i, end)):  # "By Telegraph Obituaries": no writer, whatever _by_line says
        return desk
    writers = _by_line(doc, start, end) if by else []
    if writers:
        written = writers[-1].end
    elif (person := people.get(i)) is not None:
        written = next((k for k in range(person.start + 1, person.end) if doc[k].text in BYLINE_MARKS
                        and doc[k].whitespace_), person.end)  # "Ramon Cruz -": the model's span ran on to the dash
        if any(t.text in OUTLET_WORDS for t in doc[i:written]):
            return []  # "Valdora News | Port Anvers": a masthead, no writer
        writers = [Span(doc, person.start, written, label="PERSON")]
    else:
        return []
    j = written
    if j >= end or doc[j].text not in BYLINE_MARKS:
        return []
    while j < end and doc[j].text in BYLINE_MARKS:
        j += 1
    if j < end and (doc[j].lower_ in TITLE_HEADS or doc[j].lower_ in DESK_WORDS):  # "- Reporter Agencia Brasil"
        j += 1
    stop = _name_end(doc, j, end)
    cut = next((k for k in range(j, stop) if doc[k].lower_ in TITLE_HEADS or doc[k].lower_ in DESK_WORDS), stop)
    run = _without_place(doc[j:cut])
    if not len(run) or cut < stop and not run.text.isupper() or not _names_outlet(run) or not _line_ends(doc, stop, end):
        return []  # "By A, Diplomatic Editor": the writer's beat; "By A, PA Ireland Correspondent": PA
    if run[-1].lower_ in BEAT_WORDS:
        return []  # "By A, Foreign Affairs": the writer's beat, no outlet
    return [*writers, Span(doc, run.start, run.end, label="ORG")]


def _desk_outlet(doc: Doc, i: int, end: int) -> list[Span]:
    """"By Yomiuri Shimbun Staff Writers", "by PIB Delhi", "By The Local", "By Express News Service": the outlet
    of a "By" line that names no writer, without its desk's words or place."""
    stop = _name_end(doc, i, end)
    if stop == i or any(doc[k].lower_ in TITLE_HEADS for k in range(i, stop)):
        return []  # "By Contributing Reporter", "By Our Correspondent"
    cut = next((k for k in range(i, stop) if doc[k].lower_ in DESK_WORDS), stop)
    run = _without_place(doc[i:cut])
    if not len(run) or not _names_outlet(run) or cut == stop and not _line_ends(doc, stop, end):
        return []
    alpha = [t for t in run if t.is_alpha]
    sure = (cut < stop or run[0].lower_ == "the" or any(t.text in OUTLET_WORDS for t in run)
            or len(alpha) == 1 and (run.text.isupper() or alpha[0].lower_ not in common_nouns()))
    return [Span(doc, run.start, run.end, label="ORG")] if sure else []


def _dateline_agency(doc: Doc, start: int, end: int, spans: list[Span]) -> list[Span]:
    """"Bishkek, October 3 / Kabar /.", "Baku, May 27, AZERTAC": the agency a dateline names (a place, a comma and a
    day before it), and the date span the model ran into it cut before it."""
    if end - start < 5 or not doc[start].text[:1].isupper() or doc[start + 1].text != ",":
        return []
    dated = next((k for k in range(start + 2, min(end, start + 7)) if doc[k].like_num), None)
    if dated is None:
        return []
    agency = None
    for k in range(dated + 1, min(end, dated + 4)):
        if doc[k].text == "/":  # "/ Kabar /."
            stop = _name_end(doc, k + 1, end)
            if stop > k + 1 and stop < end and doc[stop].text.startswith("/"):
                agency = doc[k + 1:stop]
            break
        if doc[k].text == ",":  # ", AZERTAC" closing the line
            stop = _name_end(doc, k + 1, end)
            if stop > k + 1 and (stop == end or doc[stop].text in {"-", "–", "—"}):
                agency = doc[k + 1:stop]
            break
    if agency is None or not _names_outlet(agency, dated=True) or agency[0].lower_ in given_names() and not agency.text.isupper():
        return []
    out = [Span(doc, agency.start, agency.end, label="ORG")]
    out += [Span(doc, s.start, agency.start - 1, label=s.label_) for s in spans if s.label_ == "DATE"
            and s.start < agency.start - 1 and agency.start < s.end]  # "October 3 / Kabar": the date is "October 3"
    return out


def _name_end(doc: Doc, i: int, end: int) -> int:
    """Where a name's words from token i end on its line: capitalised words (a hyphen with no space joining two),
    lower-case particles inside ("Council of the EU"), at most five words; no particle last."""
    last, n, j = i, 0, i
    while j < end and n < _MOST_WORDS:
        t = doc[j]
        if _capitalised(t):
            n += 1
            last = j + 1
        elif not (j > i and (t.lower_ in PARTICLES or t.text == "-" and not t.whitespace_ and not doc[j - 1].whitespace_)):
            break
        j += 1
    return last


def _line_ends(doc: Doc, i: int, end: int) -> bool:
    """Whether a byline's outlet ends its line at token i, or a mark, a bracket or the writer's role follows it
    ("- Agencia Brasil reporter - Brasilia", "By The Local (news@...)"); not "Ann Lee, Johnson's wife, said"."""
    return i == end or doc[i].text in BYLINE_MARKS | LINE_MARKS | {"("} or doc[i].lower_ in TITLE_HEADS | DESK_WORDS \
        or doc[i].like_num


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and any(ch.isalpha() for ch in t.text) and not t.like_num


def _without_place(run: Span) -> Span:
    """"PIB Delhi", "PA Ireland": an acronym without the place after it (the writer's or the desk's); not "Agencia
    Brasil", "Voice of America"."""
    end = run.end
    while end - 1 > run.start and _place(run.doc[end - 1].text):
        end -= 1
    return run.doc[run.start:end] if run.doc[run.start:end].text.isupper() else run


def _place(text: str) -> bool:
    """A place's name, in capitals too ("ANKARA"; not "PA" though a town is called "Pa")."""
    return gazetteer.known_place(text) or len(text) > 3 and gazetteer.known_place(text.title()) \
        or text in gazetteer.country_names()


def _names_outlet(run: Span, dated: bool = False) -> bool:
    """Whether words that stand where an outlet's name may are no person's, place's, date's, title's or section's
    (in a dateline, the model may read the agency into the date: "October 3 / Kabar")."""
    low = [t.lower_ for t in run]
    if any(w in SECTION_WORDS or w in _CALENDAR for w in low) or run[-1].lower_ in TITLE_HEADS or low[-1] in PARTICLES:
        return False  # "Subscribe", "The Long Read"; "Friday", "Geneva, 14 June, Friday": a date's, whatever the label
    if low[0] in DESK_OPENERS or all(t.text in REGION_WORDS for t in run if t.lower_ != "the"):
        return False  # "By Our Foreign Staff": a desk; "The Middle East": a region
    if not dated and any(t.ent_type_ in _CALENDAR_LABELS or t.ent_type_ not in _NAME_LABELS | {"COUNTRY"} for t in run):
        return False
    if _place(run.text) or run.text in gazetteer.demonyms() or all(_place(t.text) or t.lower_ in PARTICLES for t in run):
        return False
    return not (low[0] in given_names() and len(run) > 1 and not run.text.isupper())
