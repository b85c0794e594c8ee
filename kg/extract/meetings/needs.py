"""What a meeting noun that needs a counterpart ("session", "dinner", "consultations"; `with` in the lexicon) must
have told around it to mean a meeting here, not "the session of parliament" nor "X and Y had a working lunch"
read as one side's meal."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.arguments import _plural_subject
from kg.extract.meetings.chairs import chaired
from kg.extract.meetings.lexicon import CONTINUATION_HEADS, HOLD_VERBS, NOUNS, OCCASION_PREPS, ROLE_VERBS
from kg.extract.meetings.standing import _counted, is_standing
from kg.extract.meetings.syntax import _arg_preps, _governor, _negated
from kg.extract.meetings.visits import INVITING
from kg.nlp import lemma


def counterpart_told(noun: Token) -> bool:
    """A counterpart on the noun ("a session with X", "a dinner between A and B"); a plural subject of a verb of
    holding it, or a role verb's ("A and B held consultations", "hosted a session"); who chairs it ("a session
    chaired by A"); or a standing body's session ("its next session")."""
    if any(p.lower_ in {"with", "between"} for p in _arg_preps(noun)):
        return True
    held = _round_of(noun) or noun
    verb = lemma(held.head).lower()
    if held.dep_ == "dobj" and verb in HOLD_VERBS and (_plural_subject(held.head) or verb in ROLE_VERBS):
        return True
    # "had lunch on Monday with X", "held a session yesterday with X": the counterpart the parser hung on the
    # verb of holding, past the noun
    if held.dep_ == "dobj" and verb in HOLD_VERBS and _with_after(held.head, held):
        return True
    # "A and B discussed the deal over dinner", "talked with X over lunch", "discussed a tie-up over dinner" (the
    # parser's "over" on the object): the meal is the occasion of the verb, which has a counterpart of its own
    occasion = _governor(noun) if is_occasion(noun) else None
    if occasion is not None and occasion.pos_ in {"VERB", "AUX"} and (
            _plural_subject(occasion) or _with_after(occasion, occasion)):
        return True
    return is_standing(noun) or chaired(noun) or bool(invited_to(noun))


def _round_of(noun: Token) -> Token | None:
    """"A and B agreed to hold the next round of consultations in X", "will hold a second round of the dialogue": the
    counted round a noun is "of", held as the noun is (a round or phase is no mention of its own with an "of" phrase;
    a session is: "hold the next session of their consultations" is read on "session")."""
    head = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.lower_ in CONTINUATION_HEADS and _counted(head) \
            and (head.lower_ not in NOUNS or NOUNS[head.lower_].needs == "series"):
        return head
    return None


def _with_after(verb: Token, after: Token) -> bool:
    """A "with"/"between" argument of the verb past a token (a "with" before the subject sets the scene)."""
    return any(p.lower_ in {"with", "between"} and p.i > after.i for p in _arg_preps(verb))


def is_occasion(noun: Token) -> bool:
    """"discussed the deal over dinner": a meal the occasion of its verb (never the topic of a verb of talk)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS


def invited_to(noun: Token) -> list[Token]:
    """"invited X to lunch", "invited X to the ministry for a lunch": the guests a verb of inviting asks to the meal."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "for"} else None
    if verb is None or verb.pos_ != "VERB" or lemma(verb).lower() not in INVITING or _negated(verb):
        return []  # "did not invite X to the dinner", "refused to invite X to lunch": no one asked
    return [c for c in verb.children if c.dep_ == "dobj"]
