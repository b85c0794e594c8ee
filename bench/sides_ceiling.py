"""How far an article-level cast could take meetings: an oracle adds each found meeting's missing gold sides.

    python bench/sides_ceiling.py GRAPH SET_DIR [PREFIXES] [--show]

GRAPH is a `kg build` graph.ttl of SET_DIR (a set laid out as data/eval: index.jsonl, articles/, gold/); PREFIXES
(e.g. `xc,xd,xe`, or `-xc,xd` for all but those) scores a part of it. Each found meeting whose sides differ from every
gold meeting is linked to the unmatched gold meeting it shares most sides with; the oracle then adds the gold sides it
lacks, when the article names them as an entity, under several windows (anywhere; only with a group word such as
"the two", "the delegation", a pronoun or a role noun in the meeting's sentence; the sentence before; the same
paragraph; the headline and lead), and once with the extra sides dropped as well. It prints meetings and pairs
(tp, fp, fn) per window. Session 19 measured it (issue 13's note): adding sides moves pairs far more than meetings.

It replays kg.eval.score's own matching (its private helpers on purpose, so the oracle scores exactly as `kg eval`).
"""
import re
import sys
from pathlib import Path

from kg.eval.gold import load_gold
from kg.eval.match import best_matching
from kg.eval.score import ENTITY_CATEGORIES, _attendee_set, _gold_names, _Matches, _pairs, match_entities
from kg.rdf.read import read_graph

GROUP = re.compile(
    r"\b(the two|both|the (?:two |three |four )?(?:leaders|ministers|presidents|sides|delegations?|"
    r"premiers|envoys|officials|counterparts|heads|men|women|parties|chiefs|teams?)|delegations?|"
    r"(?:two|three|four|five|six) \w+s|they|them|their|he|she|him|her|his|"
    r"the (?:visitor|visiting \w+|guest|host|president|minister|premier|prime minister|chancellor|king|"
    r"secretary|envoy|ambassador|leader|counterpart|foreign minister|\w+ minister)|"
    r"his (?:host|counterpart|guest)|her (?:host|counterpart|guest)|counterparts?)\b", re.I)


def sentences(text):
    """(start, end, paragraph index) of each sentence; paragraph 0 = headline, 1 = lead."""
    out = []
    pos = 0
    for pi, para in enumerate(re.split(r"\n\s*\n", text)):
        start = text.find(para, pos)
        pos = start + len(para)
        s = start
        for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“(]?[A-Z])|\n", para):
            e = start + m.start()
            if e > s:
                out.append((s, e, pi))
            s = start + m.end()
        if pos > s:
            out.append((s, pos, pi))
    return out


def locate(text, evidence):
    i = text.find(evidence)
    if i < 0:
        i = text.find(evidence[:40])
    if i < 0:
        i = text.find(evidence[-40:])
    return i


def score(gsets, ssets):
    cand = [[i for i, s in enumerate(ssets) if s == g] for g in gsets]
    tp = len(best_matching(cand, lambda a, b: 0))
    want = {p for g in gsets for p in _pairs(g)}
    got = {p for s in ssets for p in _pairs(s)}
    return (tp, len(ssets) - tp, len(gsets) - tp), (len(want & got), len(got - want), len(want - got))


MODES = ["base", "a_any", "b_groupref", "c_prev", "c_para", "c_lead", "c_window", "c_before", "drop_extras"]


def f1(t):
    tp, fp, fn = t
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str]) -> None:
    graph, gold_dir = argv[1], Path(argv[2])
    sel = argv[3] if len(argv) > 3 and not argv[3].startswith("--") else ""
    SHOW = "--show" in argv
    neg = sel.startswith("-")
    prefs = set(sel.lstrip("-").split(",")) if sel else set()
    paths = sorted(gold_dir.glob("gold/*.json"))
    if prefs:
        paths = [p for p in paths if (p.name.split("_")[0] in prefs) != neg]
    golds = load_gold(paths)
    arts = {a.identifier.replace("\\", "/").rsplit("/", 1)[-1]: a for a in read_graph(graph)}
    tot = {m: [[0, 0, 0], [0, 0, 0]] for m in MODES}
    counts = {"pairs": 0, "missing": 0, "entity": 0, "unlocated": 0}
    for g in golds:
        art = arts.get(g.file)
        text = (gold_dir / "articles" / g.file).read_text()
        sents = sentences(text)
        by_iri = {}
        ents = art.entities if art else ()
        for cat, kind in ENTITY_CATEGORIES:
            system = [e for e in ents if e.kind == kind]
            pairs = match_entities(system, getattr(g, cat))
            by_iri.update({system[s].iri: getattr(g, cat)[gi] for s, gi in pairs.items()})
        matches = _Matches(by_iri, frozenset(e.iri for e in ents), _gold_names(g))
        # gold key -> mention offsets of the system entity standing for it
        where = {}
        for e in ents:
            k = matches.resolve(e.iri, e.names)
            if k:
                where.setdefault(k, []).extend(e.mentions)
        gsets = [frozenset(matches.gold_key(p) for p in m.participants) for m in g.meetings]
        ssets = [_attendee_set(m, matches) for m in (art.meetings if art else ())]
        cand = [[i for i, s in enumerate(ssets) if s == gs] for gs in gsets]
        matched = best_matching(cand, lambda a, b: 0)
        free_g = [i for i in range(len(gsets)) if i not in matched]
        free_s = [j for j in range(len(ssets)) if j not in set(matched.values())]
        link = []
        options = sorted(((len(gsets[i] & ssets[j]), i, j) for i in free_g for j in free_s), reverse=True)
        used_g, used_s = set(), set()
        for ov, i, j in options:
            if ov >= 1 and i not in used_g and j not in used_s:
                used_g.add(i)
                used_s.add(j)
                link.append((i, j))
        new = {m: list(ssets) for m in MODES}
        for i, j in link:
            gm = g.meetings[i]
            missing = gsets[i] - ssets[j]
            counts["pairs"] += 1
            at = locate(text, gm.evidence)
            si = next((k for k, (a, b, p) in enumerate(sents) if a <= at < b), None) if at >= 0 else None
            if si is None:
                counts["unlocated"] += 1
            ev = text[sents[si][0]:sents[si][1]] if si is not None else gm.evidence
            groupref = bool(GROUP.search(ev))
            adds = {m: set() for m in MODES}
            for side in missing:
                counts["missing"] += 1
                offs = where.get(side, [])
                if not offs:
                    continue
                counts["entity"] += 1
                adds["a_any"].add(side)
                adds["drop_extras"].add(side)
                if groupref:
                    adds["b_groupref"].add(side)
                if si is None:
                    continue
                sidx = {next((k for k, (a, b, p) in enumerate(sents) if a <= o[0] < b), -1) for o in offs}
                para = sents[si][2]
                prev = si - 1 in sidx
                inpara = any(k >= 0 and sents[k][2] == para for k in sidx)
                lead = any(k >= 0 and sents[k][2] <= 1 for k in sidx)
                before = any(0 <= k < si for k in sidx)
                if prev:
                    adds["c_prev"].add(side)
                if inpara:
                    adds["c_para"].add(side)
                if lead:
                    adds["c_lead"].add(side)
                if prev or inpara or lead:
                    adds["c_window"].add(side)
                if before:
                    adds["c_before"].add(side)
            for m in MODES:
                if adds[m]:
                    new[m][j] = ssets[j] | frozenset(adds[m])
            new["drop_extras"][j] = (ssets[j] & gsets[i]) | frozenset(adds["drop_extras"])
            if SHOW and ssets[j] < gsets[i] and adds["a_any"] == missing:
                print(g.file[:14], "G:", sorted(gsets[i]), "S:", sorted(ssets[j]), "add:", sorted(adds["a_any"]),
                      "grp" if groupref else "", "prev" if adds["c_prev"] else "", "para" if adds["c_para"] else "", "lead" if adds["c_lead"] else "", "before" if adds["c_before"] else "", "| ", ev[:220].replace("\n", " "))
        for m in MODES:
            ms, ps = score(gsets, new[m])
            for k in range(3):
                tot[m][0][k] += ms[k]
                tot[m][1][k] += ps[k]
    print(f"{graph} {gold_dir} {sel} docs={len(golds)} {counts}")
    for m in MODES:
        print(f"{m:12s} meetings {f1(tot[m][0]):.3f} {tot[m][0]}  pairs {f1(tot[m][1]):.3f} {tot[m][1]}")


if __name__ == "__main__":
    main(sys.argv)
