"""What a meeting noun that needs a counterpart ("session", "dinner", "consultations"; `with` in the lexicon) must
have told around it to mean a meeting here, not "the session of parliament" nor "X and Y had a working lunch"
read as one side's meal."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.arguments import _plural_subject
from kg.extract.meetings.chairs import chaired
from kg.extract.meetings.lexicon import HOLD_VERBS, ROLE_VERBS
from kg.extract.meetings.standing import is_standing
from kg.extract.meetings.syntax import _arg_preps
from kg.nlp import lemma


def counterpart_told(noun: Token) -> bool:
    """A counterpart on the noun ("a session with X", "a dinner between A and B"); a plural subject of a verb of
    holding it, or a role verb's ("A and B held consultations", "hosted a session"); who chairs it ("a session
    chaired by A"); or a standing body's session ("its next session")."""
    if any(p.lower_ in {"with", "between"} for p in _arg_preps(noun)):
        return True
    verb = lemma(noun.head).lower()
    if noun.dep_ == "dobj" and verb in HOLD_VERBS and (_plural_subject(noun.head) or verb in ROLE_VERBS):
        return True
    return is_standing(noun) or chaired(noun)
