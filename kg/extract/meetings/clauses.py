"""A trigger's clause: the tokens of its sentence whose nearest verb is the trigger (or its governing verb)."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from kg.extract.meetings.lexicon import HOLD_VERBS, ROLE_VERBS, SCHEDULING_VERBS, TIMING_HEADS
from kg.extract.meetings.syntax import _adjectival, _governor, _purpose
from kg.nlp import lemma

_CLAUSES = "kg_meeting_clauses"


def _clause_indices(trigger: Token) -> frozenset[int]:
    """Indices of the tokens whose nearest verb is the trigger (or the trigger's governing verb, for a noun).
    Walked once per trigger and kept in the doc's user_data (the date, week, duration and place steps all ask;
    the parse never changes after the pipeline); most callers want only the indices."""
    known = trigger.doc.user_data.setdefault(_CLAUSES, {})
    found = known.get(trigger.i)
    if found is None:
        found = known[trigger.i] = frozenset(_clause_walk(trigger))
    return found


def _clause_tokens(trigger: Token) -> list[Token]:
    """The tokens of `_clause_indices`, in text order."""
    doc = trigger.doc
    return [doc[i] for i in sorted(_clause_indices(trigger))]


_TOLD_VERBS = HOLD_VERBS | ROLE_VERBS | SCHEDULING_VERBS


def _told_clauses(noun: Token) -> list[Token]:
    """The clauses that tell a meeting noun's holding or scheduling, where its day and place are told: a participle
    on the noun ("the talks, held at the Hofburg"), a relative clause whose "which"/"that" is what was held or
    planned ("the meeting, which took place in Vienna", "a meeting that the EU had planned for Brussels"), which the
    parser hangs on the last name of the noun's phrase as often ("talks between A and B, which were held at the
    Hofburg"), and there a participle of scheduling too ("a visit by X's minister, Y, planned for this week"). A
    clause of a person ("B, who planned a trip to Paris") or holding a meeting of its own ("which held talks in
    X") tells another event."""
    found = []
    for c in noun.subtree:
        if c.dep_ not in {"relcl", "acl"} or (verb := lemma(c).lower()) not in _TOLD_VERBS \
                or any(x.dep_ == "prt" for x in c.children):
            continue  # "Siemens, which was set up in Berlin in 1847": a verb with a particle is another verb
        pronoun = any(x.tag_ == "WDT" and x.dep_ in {"nsubj", "nsubjpass", "dobj"} for x in c.children)
        reduced = c.dep_ == "acl" and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children) and (
            c.head.i == noun.i or verb in SCHEDULING_VERBS)
        if (pronoun or reduced) and not any(x.dep_ == "dobj" and x.tag_ != "WDT" and x.lower_ != "place"
                                            for x in c.children):
            found.append(c)
    return found


def _clause_walk(trigger: Token) -> list[int]:
    heads = {trigger.i} | ({trigger.head.i} if _purpose(trigger) else set()) | {t.i for t in timing(trigger)}
    gov = _governor(trigger) if trigger.pos_ not in {"VERB", "AUX"} else None
    if gov is not None:
        heads.add(gov.i)
        heads |= {v.i for v in raised(trigger, gov)}
    if trigger.pos_ not in {"VERB", "AUX"}:
        clauses = [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
        clauses += [c for c in _told_clauses(trigger) if c.head.i != trigger.i]
        # "a summit that was scheduled to take place next month": the infinitive the clause governs
        clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
        heads |= {c.i for c in clauses}
    head_of, stops = _clause_arrays(trigger.doc)
    out = []
    sent = trigger.sent
    for i in range(sent.start, sent.end):
        cur = i
        for _ in range(12):
            if cur in heads:
                out.append(i)
                break
            if cur != i and cur in stops:
                break
            if head_of[cur] == cur:
                break
            cur = head_of[cur]
    return out


def timing(verb: Token) -> list[Token]:
    """"On Thursday, X is scheduled to meet Y", "Later today X is due to meet Y": the words a meeting verb's
    infinitive hangs on ("scheduled", "due" and its copula), whose day the parser gives them, not the infinitive."""
    out: list[Token] = []
    if verb.pos_ not in {"VERB", "AUX"}:
        return out
    tok = verb
    while tok.dep_ in {"xcomp", "acomp"} and tok.head.i != tok.i and lemma(tok.head).lower() in TIMING_HEADS and (
            tok.dep_ == "acomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        tok = tok.head
        out.append(tok)
    return out


_CLAUSE_ARRAYS = "kg_meeting_clause_arrays"
_NOT_STOPS = frozenset({"aux", "auxpass", "prep"})


def _clause_arrays(doc: Doc) -> tuple[list[int], frozenset[int]]:
    """Each token's head index, and the verbs that open a clause of their own (a walk up the tree stops there;
    "with visiting X here on Tuesday": the participle on a name opens none). Made once per document from its
    arrays, kept in its user_data: every trigger's walk climbs from each token of its sentence, and a Token
    object per step cost more than the rest of the walk."""
    found = doc.user_data.get(_CLAUSE_ARRAYS)
    if found is None:
        strings = doc.vocab.strings  # HEAD is an offset (signed), the labels hashes (unsigned)
        head_of = [i + rel for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        stops = frozenset(i for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()) if (pos == VERB or pos == AUX)
                          and strings[dep] not in _NOT_STOPS and not _adjectival(doc[i]))
        found = doc.user_data[_CLAUSE_ARRAYS] = (head_of, stops)
    return found


def raised(noun: Token, gov: Token) -> list[Token]:
    """"Talks between A and B are due to open in Oslo on Monday", "The summit is expected to begin on Monday": the
    infinitive that a raising word over the verb of the meeting noun, its subject, governs (where its day and place
    are told)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.i != gov.i:
        return []
    words = [c for c in gov.children if c.dep_ in {"acomp", "xcomp"}]
    return [v for w in words for v in [w, *(x for x in w.children if x.dep_ == "xcomp")] if v.pos_ in {"VERB", "AUX"}]
