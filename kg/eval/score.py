"""Dev-set scoring, exactly as data/eval/README.md ("How the figures are computed") says.

Per article: people, organizations and countries are matched one to one by normalized names; titles
as (person, title) pairs; meetings by their exact participant set, then date and place checked on the
matched ones; quotations by speaker and the first 30 characters of the quoted text. Counts are summed
over articles (micro average) by `Report`.

Judgement calls the README leaves open:
- a gold meeting with no `date_iso` (or no `place`) is judged correct only when the system meeting has
  no start date (no location) either;
- a person's titles in an article are those of the memberships derived from that article (what the
  article says), not every title the person holds in the graph; a graph without memberships is read
  by schema:jobTitle;
- a system attendee or quote speaker that is not among the article's own entities is mapped to a gold
  entity by its name; one that is an article entity is mapped only through the entity matching (so a
  duplicate node that lost the matching does not count as the gold participant).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.eval.gold import GoldDocument, GoldEntity, GoldMeeting, GoldQuote
from kg.eval.match import best_matching, max_matching
from kg.eval.report import Accuracy, DocReport, Report, Score
from kg.rdf.read import BuiltArticle, BuiltEntity, BuiltMeeting, BuiltQuote

ENTITY_CATEGORIES = (("people", "Person"), ("organizations", "Organization"), ("countries", "Country"))
CATEGORIES = ("people", "organizations", "countries", "titles", "meetings", "pairs", "quotes")
ACCURACIES = ("meeting_date", "meeting_place")
QUOTE_PREFIX = 30

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2019": "'", "\u2018": "'", "\u201a": "'", "\u201b": "'"})
_THE = re.compile(r"\bthe\b")
_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """Case, the word "the", dots, spaces and typographic apostrophes ignored."""
    text = _THE.sub(" ", name.translate(_APOSTROPHES).casefold())
    return _SPACE.sub("", text.replace(".", ""))


def normalize_title(title: str) -> str:
    """Case-insensitive, whitespace collapsed, apostrophes straightened."""
    return _SPACE.sub(" ", title.translate(_APOSTROPHES).casefold()).strip()


def normalize_quote(text: str) -> str:
    """Straight quotes, collapsed whitespace, no surrounding quote marks, case-insensitive."""
    text = _SPACE.sub(" ", text.translate(_QUOTES)).strip()
    return text.strip("\"' ").casefold()


def quotes_overlap(system: str, gold: str) -> bool:
    """True when the first 30 characters of either quoted text occur in the other."""
    sys_text, gold_text = normalize_quote(system), normalize_quote(gold)
    if not sys_text or not gold_text:
        return False
    return sys_text[:QUOTE_PREFIX] in gold_text or gold_text[:QUOTE_PREFIX] in sys_text


def date_matches(system: str | None, gold: str | None) -> bool:
    """The system date starts with a single gold date_iso; for a range A/B it is at least as precise
    as A and falls inside [A, B] (each end compared at its own precision)."""
    if gold is None:
        return system is None
    if system is None:
        return False
    if "/" not in gold:
        return system.startswith(gold)
    start, end = gold.split("/", 1)
    return len(system) >= len(start) and system[:len(start)] >= start and system[:len(end)] <= end


def place_matches(system: Sequence[str], gold: str | None) -> bool:
    """Some name of the system location and the gold place contain each other (normalized)."""
    if gold is None:
        return not system
    want = normalize_name(gold)
    names = [n for n in map(normalize_name, system) if n]
    return bool(want) and any(n in want or want in n for n in names)


def score_dev(gold: Sequence[GoldDocument], articles: Sequence[BuiltArticle]) -> Report:
    """Score every gold document against the article with the same identifier."""
    docs = tuple(score_document(g, find_article(g.file, articles)) for g in gold)
    return Report("dev", CATEGORIES, docs, ACCURACIES)


def find_article(identifier: str, articles: Sequence[BuiltArticle]) -> BuiltArticle | None:
    """The article whose schema:identifier is `identifier` (or whose last path part is)."""
    exact = [a for a in articles if a.identifier == identifier]
    if exact:
        return exact[0]
    tail = [a for a in articles if a.identifier.replace("\\", "/").rsplit("/", 1)[-1] == identifier]
    return tail[0] if tail else None


@dataclass(frozen=True)
class _Matches:
    """The entity matching of one article: system IRI -> gold entity, and name lookup for the rest."""

    by_iri: dict[str, GoldEntity]
    article_iris: frozenset[str]
    by_name: dict[str, GoldEntity]

    def resolve(self, iri: str | None, names: Iterable[str]) -> str | None:
        """The normalized gold name a system node stands for, or None."""
        if iri is not None and iri in self.by_iri:
            return normalize_name(self.by_iri[iri].name)
        if iri is not None and iri in self.article_iris:
            return None
        for name in names:
            hit = self.by_name.get(normalize_name(name))
            if hit is not None:
                return normalize_name(hit.name)
        return None

    def gold_key(self, name: str) -> str:
        """The normalized canonical name of a gold reference (participant, speaker)."""
        hit = self.by_name.get(normalize_name(name))
        return normalize_name(hit.name if hit is not None else name)


def score_document(gold: GoldDocument, article: BuiltArticle | None) -> DocReport:
    """Scores, accuracies, missed and spurious items of one article."""
    built = article if article is not None else BuiltArticle("", gold.file)
    scores: dict[str, Score] = {}
    missed: dict[str, tuple[str, ...]] = {}
    spurious: dict[str, tuple[str, ...]] = {}
    by_iri: dict[str, GoldEntity] = {}
    for category, kind in ENTITY_CATEGORIES:
        system = [e for e in built.entities if e.kind == kind]
        pairs = match_entities(system, getattr(gold, category))
        by_iri.update({system[s].iri: getattr(gold, category)[g] for s, g in pairs.items()})
        scores[category], missed[category], spurious[category] = _tally(
            pairs, [e.name for e in system], [g.name for g in getattr(gold, category)])
    matches = _Matches(by_iri, frozenset(e.iri for e in built.entities), _gold_names(gold))
    scores["titles"], missed["titles"], spurious["titles"] = score_titles(built.entities, gold.people, by_iri)
    meeting_score, accuracies, details = score_meetings(built.meetings, gold.meetings, matches)
    scores["meetings"] = meeting_score
    scores["pairs"], missed["pairs"], spurious["pairs"] = score_pairs(built.meetings, gold.meetings, matches)
    missed.update(details[0])
    spurious.update(details[1])
    scores["quotes"], missed["quotes"], spurious["quotes"] = score_quotes(built.quotes, gold.quotes, matches)
    return DocReport(gold.file, article is not None, scores, accuracies, missed, spurious)


def _gold_names(gold: GoldDocument) -> dict[str, GoldEntity]:
    """Normalized gold name or alias -> gold entity (first listed wins)."""
    table: dict[str, GoldEntity] = {}
    for entity in (*gold.people, *gold.organizations, *gold.countries):
        for name in entity.names:
            table.setdefault(normalize_name(name), entity)
    return table


def _tally(
    pairs: dict[int, int], system: Sequence[str], gold: Sequence[str]
) -> tuple[Score, tuple[str, ...], tuple[str, ...]]:
    """Score plus the unmatched gold (missed) and unmatched system (spurious) labels."""
    taken = set(pairs.values())
    missed = tuple(g for i, g in enumerate(gold) if i not in taken)
    spurious = tuple(s for i, s in enumerate(system) if i not in pairs)
    return Score(len(pairs), len(spurious), len(missed)), missed, spurious


def match_entities(system: Sequence[BuiltEntity], gold: Sequence[GoldEntity]) -> dict[int, int]:
    """System index -> gold index, one to one: by canonical name, or failing that by other names."""
    keys = [{normalize_name(n) for n in g.names} for g in gold]
    candidates: list[list[int]] = []
    for entity in system:
        canonical = normalize_name(entity.name)
        hits = [i for i, k in enumerate(keys) if canonical in k]
        if not hits:
            others = {normalize_name(n) for n in entity.alternate_names}
            hits = [i for i, k in enumerate(keys) if others & k]
        candidates.append(hits)
    return max_matching(candidates)


def score_titles(
    system: Sequence[BuiltEntity], gold: Sequence[GoldEntity], by_iri: dict[str, GoldEntity]
) -> tuple[Score, tuple[str, ...], tuple[str, ...]]:
    """(person, title) pairs; a pair matches when its person matched and one title contains the other."""
    people = [e for e in system if e.kind == "Person"]
    matched = {id(by_iri[e.iri]): e for e in people if e.iri in by_iri}
    tp, missed, spurious = 0, [], []
    for person in gold:
        got = matched.get(id(person))
        sys_titles = _titles(got.job_titles) if got else []
        pairs = max_matching([[j for j, s in enumerate(sys_titles) if s in g or g in s]
                              for g in _titles(person.titles)])
        tp += len(pairs)
        missed += [f"{person.name}: {t}" for i, t in enumerate(_titles(person.titles)) if i not in pairs]
        if got is not None:
            spurious += [f"{got.name}: {t}" for j, t in enumerate(sys_titles) if j not in pairs.values()]
    for entity in people:
        if entity.iri not in by_iri:
            spurious += [f"{entity.name}: {t}" for t in _titles(entity.job_titles)]
    return Score(tp, len(spurious), len(missed)), tuple(missed), tuple(spurious)


def _titles(titles: Iterable[str]) -> list[str]:
    """Distinct non-empty normalized titles, in first-seen order."""
    return list(dict.fromkeys(t for t in map(normalize_title, titles) if t))


def score_meetings(
    system: Sequence[BuiltMeeting], gold: Sequence[GoldMeeting], matches: _Matches
) -> tuple[Score, dict[str, Accuracy], tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]]:
    """Meetings matched by equal participant sets; date and place accuracy on the matched ones."""
    sys_sets = [_attendee_set(m, matches) for m in system]
    candidates = []
    for g in gold:
        want = frozenset(matches.gold_key(p) for p in g.participants)
        candidates.append([i for i, s in enumerate(sys_sets) if s == want])

    def agreement(g_idx: int, s_idx: int) -> int:
        g, s = gold[g_idx], system[s_idx]
        return int(date_matches(s.start_date, g.date_iso)) + int(place_matches(s.location_names, g.place))

    # of the meetings of the same sides, each gold one gets the system one that agrees best overall
    pairs = best_matching(candidates, agreement)
    date, place, wrong = Accuracy(), Accuracy(), []
    for g_idx, s_idx in sorted(pairs.items()):
        g, s = gold[g_idx], system[s_idx]
        d_ok, p_ok = date_matches(s.start_date, g.date_iso), place_matches(s.location_names, g.place)
        date, place = date + Accuracy(int(d_ok), 1), place + Accuracy(int(p_ok), 1)
        if not d_ok:
            wrong.append(f"{_gold_meeting(g)}: date {s.start_date} (gold {g.date_iso})")
        if not p_ok:
            wrong.append(f"{_gold_meeting(g)}: place {s.location} (gold {g.place})")
    score, missed, spurious = _tally({s: g for g, s in pairs.items()},
                                     [_sys_meeting(m) for m in system], [_gold_meeting(g) for g in gold])
    accuracies = {"meeting_date": date, "meeting_place": place}
    return score, accuracies, ({"meetings": missed, "meeting_details": tuple(wrong)}, {"meetings": spurious})


def score_pairs(
    system: Sequence[BuiltMeeting], gold: Sequence[GoldMeeting], matches: _Matches
) -> tuple[Score, tuple[str, ...], tuple[str, ...]]:
    """Who met whom: every pair of participants of any gold meeting against every pair of attendees of
    any system meeting of the article, so a meeting split or joined differently keeps its right pairs."""
    want = {p for g in gold for p in _pairs(matches.gold_key(x) for x in g.participants)}
    got = {p for m in system for p in _pairs(_attendee_set(m, matches))}
    label = sorted
    return (Score(len(want & got), len(got - want), len(want - got)),
            tuple(" + ".join(label(p)) for p in sorted(want - got, key=label)),
            tuple(" + ".join(label(p)) for p in sorted(got - want, key=label)))


def _pairs(names: Iterable[str]) -> set[frozenset[str]]:
    """Every unordered pair of distinct names."""
    items = sorted(set(names))
    return {frozenset((a, b)) for i, a in enumerate(items) for b in items[i + 1:]}


def _attendee_set(meeting: BuiltMeeting, matches: _Matches) -> frozenset[str]:
    """Normalized gold names of the attendees; an unmappable attendee keeps its IRI (never equal)."""
    out = set()
    for iri, name in zip(meeting.attendees, meeting.attendee_names):
        out.add(matches.resolve(iri, [name]) or f"<{iri}>")
    return frozenset(out)


def _gold_meeting(meeting: GoldMeeting) -> str:
    """A one-line label of a gold meeting."""
    return f"{' + '.join(meeting.participants)} @ {meeting.date_iso} in {meeting.place}"


def _sys_meeting(meeting: BuiltMeeting) -> str:
    """A one-line label of a system meeting."""
    return f"{' + '.join(sorted(meeting.attendee_names))} @ {meeting.start_date} in {meeting.location}"


def score_quotes(
    system: Sequence[BuiltQuote], gold: Sequence[GoldQuote], matches: _Matches
) -> tuple[Score, tuple[str, ...], tuple[str, ...]]:
    """Quotes matched one to one: same speaker and overlapping first 30 characters."""
    speakers = [matches.resolve(q.speaker_iri, q.speaker_names) for q in system]
    candidates = [
        [i for i, q in enumerate(system)
         if speakers[i] == matches.gold_key(g.speaker) and quotes_overlap(q.text, g.quote)]
        for g in gold
    ]
    pairs = max_matching(candidates)
    return _tally({s: g for g, s in pairs.items()}, [f"{q.speaker}: {q.text[:60]}" for q in system],
                  [f"{g.speaker}: {g.quote[:60]}" for g in gold])
