"""Small readings of the dependency tree shared by the stages (no entities, no words of the article)."""
from __future__ import annotations


from spacy.tokens import Doc, Token

from kg.extract.meetings.lexicon import FINAL_PERIODS, PREVIOUS_MODS, PREVIOUS_WORDS, SEQUENCE_WORDS, TIME_PREPS
from kg.extract.meetings.lexicon import (
    ALONG, ANAPHORIC_DETS, ARG_PREPS, LEADER_TITLES, ORDINALS, PHONE_WORDS, REPORTING, lesser,
)
from kg.extract.meetings.lexicon import CALL_PREPS, CONTINUATION_HEADS, GROUP_NOUNS, HELD_VERBS, HOLD_VERBS, LEAD_VERBS
from kg.extract.meetings.lexicon import AFTER_SCENE_PREPS, OBJECT_CONTROL_VERBS, REFUSAL_VERBS, SCENE_PREPS
from kg.extract.meetings.lexicon import VISIT_CALL_MODS
from kg.nlp import lemma
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS
from kg.records import Status


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X, Y and Z")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition; for "between", also names the parser hung on the head noun."""
    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    # "met with visiting Foreign Minister X": the participle modifies the name the parser made its object
    objs = [o for c in objs for o in ([d for d in c.children if d.dep_ == "dobj"] if _adjectival(c) else [c])]
    if prep.lower_ == "between" and sum(len(_conjuncts(o)) for o in objs) < 2:
        objs += [c for c in prep.head.children if c.dep_ == "conj" and c.ent_type_]
    return objs


def _led_by(noun: Token) -> list[Token]:
    """"a delegation led by X", "a team headed by X": the objects of the leading verb's agent; for a group's noun,
    also where the parser hung the leading on the body it comes from ("a delegation from the Teachers Union, led by
    its general secretary X", "a delegation of the Federation headed by X")."""
    group = noun.lower_ in GROUP_NOUNS
    holders = [noun] + ([o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in _pobjs(p)]
                        if group else [])
    leads = [c for h in holders for c in h.children if c.dep_ == "acl" and lemma(c).lower() in LEAD_VERBS]
    # "received a delegation from X, led by Y": the leading made a clause of the verb the group is the object of
    leads += [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i and lemma(c).lower() in LEAD_VERBS
              and c.tag_ == "VBN"] if group and noun.dep_ == "dobj" else []
    objects = [o for c in leads for a in c.children if a.dep_ == "agent" for o in _pobjs(a)]
    # "led by A for X and by B for Y": a second agent the parser coordinated inside the first one's phrase
    return objects + [p for o in objects for t in o.subtree if t.dep_ == "conj" and t.lower_ == "by" for p in _pobjs(t)]


def _led_by_several(noun: Token) -> bool:
    """"The negotiating teams, led by A and by B", "The army delegation, led by A, and the RSF delegation, led by B":
    a group noun led by two people or more (its own leaders, and those of a group coordinated with them)."""
    if noun.lower_ not in GROUP_NOUNS:
        return False
    leaders = [g for t in _led_by(noun) for c in _conjuncts(t) for g in (_led_by(c) if c.lower_ in GROUP_NOUNS else [c])]
    return len(leaders) >= 2


def _adjectival(tok: Token) -> bool:
    """"with visiting X", "with outgoing X": a participle right after its preposition, whose object is a
    name, modifies that name (the parser made it the preposition's complement)."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "with" and tok.i == tok.head.i + 1 and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children)


def _guests(noun: Token) -> list[Token]:
    """"a dinner for X", "a reception for X": whom a meal or meeting is given for."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for p in _pobjs(c)]


def _arg_preps(token: Token, extra: set[str] | None = None) -> list[Token]:
    """"with X", "between X and Y", "by X" (and their conjoined "and with Z")."""
    wanted = ARG_PREPS | (extra or set())
    # "With tensions rising, X and Y met": a "with" before the subject sets the scene, names no one
    first = min((c.i for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), default=-1)
    preps = [c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in wanted
             and not (c.lower_ == "with" and c.i < first)]
    for p in list(preps):
        preps += [c for c in p.children if c.dep_ == "conj" and c.lower_ in wanted]
    # "met with A on 14 February and with B on 15 February": the parser coordinates "with B" with "on"
    preps += [c for p in token.children if p.dep_ == "prep" and p.lower_ not in wanted for c in p.children
              if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in wanted and preps]
    # "met first with A and then with B": the parser coordinates the second "with" with the verb
    preps += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in wanted and preps]
    # "X and Y, along with Z, met", "together with Z": the "with" of an adverbial preposition
    preps += [w for c in token.children if c.dep_ in {"prep", "advmod"} and c.lower_ in ALONG
              for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
    return preps


def _in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i


def _negated(token: Token) -> bool:
    """"did not meet", "is not expected to meet", "will not be meeting": a negation on the verb or on the
    verbs it complements; "declined to meet", "refused to hold talks": a verb of refusal it complements."""
    for n in range(4):
        if any(c.dep_ == "neg" for c in token.children) or n and lemma(token).lower() in REFUSAL_VERBS:
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _governor(noun: Token) -> Token | None:
    """The verb whose clause a noun trigger sits in ("hold talks", "open to a summit", "during talks")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in {"ROOT"} and tok.pos_ not in {"VERB", "AUX"}:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "ROOT":
            return tok
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            return tok
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "pobj" and tok.i != noun.i:
            # "their first day of talks": climb through the noun it belongs to
            continue
    return None


# Dependencies the parser gives a name it could not fit in a phrase ("met Vice-President A B" with B an adverbial
# clause of "met"): a name so hung on a meeting verb is met, never a subject or object of its own.
STRAY_DEPS = frozenset({"npadvmod", "advcl", "dep", "appos", "oprd"})


def _title_word(token: Token) -> bool:
    """A title noun ("minister", "leaders", "president-elect")."""
    return token.lower_ in TITLE_HEADS or token.lower_.rstrip("s") in TITLE_HEADS or \
        token.lower_.split("-")[0] in TITLE_HEADS


def _is_leader(title: str | None) -> bool:
    if not title:
        return False
    low = title.lower()
    return not lesser(low) and any(low == t or low.endswith(" " + t) or low.startswith(t) for t in LEADER_TITLES)


def _future(status: Status) -> bool:
    return status != Status.HELD


def _quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (a paragraph break closes an open quote)."""
    inside = False
    out: set[int] = set()
    for i, text in enumerate(token_texts(doc)):  # a token's trailing whitespace is one space at most, never a break
        if "\n" in text and ("\n\n" in text or text.isspace()):  # Token.is_space, on the text
            inside = False
        if text in {"“", "”", '"', "``", "''"}:
            inside = text != "”" and not (text in {'"', "''"} and inside)
            continue
        if inside:
            out.add(i)
    return out


def _subjects(verb: Token) -> list[Token]:
    """The subject of a verb, inherited along xcomp/conj/advcl chains ("are expected to meet")."""
    seen = 0
    gerund = verb.tag_ == "VBG" and verb.dep_ == "pcomp"
    while seen < 6:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)]
        if not subj and (thanked := _thanked_for(verb)):
            return thanked
        if not subj and verb.dep_ in {"xcomp", "advcl"} and lemma(verb.head).lower() in OBJECT_CONTROL_VERBS \
                and (objects := [c for c in verb.head.children if c.dep_ == "dobj"]):
            return objects  # "invited X to visit Oslo", "sent X to meet Y": X visits, X meets
        if verb.pos_ in {"NOUN", "PROPN"} and verb.i != verb.head.i:
            # "the AU's role in convening talks": the possessor does what its noun's complement says;
            # else the noun's own clause ("X made the announcement that ... after hosting a meeting")
            owner = [c for c in verb.children if c.dep_ == "poss"]
            if owner or not gerund:
                return owner
            verb = _reported_over(verb)
        elif subj and not (gerund and not agents and all(c.dep_ == "nsubjpass" for c in subj)
                           and verb.dep_ in {"acl", "relcl", "ccomp"}):
            return subj + agents
        # "a breakthrough had been made after hosting a meeting": a passive clause's subject hosts nothing;
        # the gerund's doer is the subject of the clause around it
        elif gerund and subj and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN":
            return [verb.head]  # "Varga, speaking a day after meeting X, said": the name the participle is on
        elif verb.dep_ == "ROOT" or verb.dep_ in {"prep"} and verb.head.i == verb.i:
            return _orphan_subject(verb) + agents
        elif verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and verb.head.i != verb.i:
            verb = verb.head
            if verb.dep_ == "prep":  # "After meeting X, Y said": the subject of Y's verb
                verb = verb.head
        elif verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
        else:
            return agents
        seen += 1
    return []


def _reported_over(tok: Token) -> Token:
    """The verb a phrase belongs to: its head, unless that head is a clause reported by the verb above it
    and the phrase stands before the clause's subject ("said on Thursday, a day after meeting X, that
    trade would grow": the parser hangs "a day after" on "grow")."""
    head = tok.head
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if head.dep_ == "ccomp" and lemma(head.head).lower() in REPORTING and subjects and \
            head.head.i < tok.i < subjects[0].i:
        return head.head
    return head


def _thanked_for(verb: Token) -> list[Token]:
    """"thanked Qatar for hosting the talks", "praised X for hosting him": the object thanked does it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


def _orphan_subject(verb: Token) -> list[Token]:
    """A main verb the parser left without subject ("..., the U.S. Secretary of State confirmed"):
    the nearest noun before it that is not inside a prepositional phrase."""
    for t in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"appos", "nsubj", "dep", "npadvmod"}:
            return [t]
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"}:
            break
    return []


def _anaphoric(noun: Token) -> bool:
    """"the meeting", "their talks", "Trump's meeting", "the second summit", "such a meeting"."""
    return any(c.dep_ in {"det", "poss", "predet"} and c.lower_ in ANAPHORIC_DETS | {"such"} or
               c.dep_ == "poss" or c.lower_ in ORDINALS or c.lower_ in SEQUENCE_WORDS
               for c in noun.children) or noun.dep_ == "pobj" and noun.head.lower_ in {"after", "following"}


def _is_phone(token: Token) -> bool:
    """"spoke by phone", "talked over the phone", "phone talks", "a virtual meeting", "met virtually": no meeting."""
    # the head's "by phone" is the trigger's for a noun ("held talks by phone") or a controlled verb ("agreed
    # to meet by video"), not for a verb of its own clause ("spoke by phone, a day after X met Y")
    noun = token.pos_ not in {"VERB", "AUX"}
    heads: tuple[Token, ...] = (token, token.head) if noun or token.dep_ in {"xcomp", "conj"} else (token,)
    # ... and the verb a noun is the object of a preposition of ("took part in the talks by video"), not of a time
    # ("said by phone after the talks")
    heads += (token.head.head,) if noun and token.dep_ == "pobj" and token.head.lower_ not in TIME_PREPS else ()
    # ... also hung on the side met ("spoke with her counterpart by video conference") or on a participle of
    # the noun ("a summit held by video link")
    holders = [*heads, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for o in _pobjs(p)),
               *(c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    by_phrases = [p for t in holders for p in t.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"by", "over"}]
    if any(w.lower_ in PHONE_WORDS for p in by_phrases for w in p.subtree):
        return True
    # "discussed the talks with X in a phone call", "during a video conference", "on the phone"
    # (on the verb or hung on its object: "discussed the talks with X in a phone call")
    holders = [*heads, *(c for c in token.children if c.dep_ == "dobj")]
    # (not "received X in a courtesy call": a visit paid in person; but "a courtesy call via videoconference" is none)
    calls = [o for t in holders for p in t.children if p.dep_ == "prep" and p.lower_ in CALL_PREPS for o in _pobjs(p)
             if not any(c.lower_ in VISIT_CALL_MODS for c in o.children if c.dep_ in {"compound", "amod"})
             or any(w.lower_ in PHONE_WORDS for c in o.children if c.dep_ == "prep" for w in c.subtree)]
    if any(o.lower_ in PHONE_WORDS or any(c.lower_ in PHONE_WORDS for c in o.children if c.dep_ in {"compound", "amod"})
           or any(w.lower_ in PHONE_WORDS for c in o.children if c.dep_ == "prep" for w in c.subtree) for o in calls):
        return True
    # "phone talks", "met virtually"; a noun's verb's adverb ("joined the talks remotely", "held talks online"),
    # a verb of holding it (not "a meeting ... was announced online": the announcing's)
    return any(c.lower_ in PHONE_WORDS for c in token.children if c.dep_ in {"compound", "amod", "advmod"}) or noun \
        and any(c.lower_ in PHONE_WORDS for h in heads if h is token or lemma(h).lower() in HOLD_VERBS | HELD_VERBS
                for c in h.children if c.dep_ == "advmod")


def _purpose(verb: Token) -> bool:
    """"will travel to Paris on Friday to meet X": an infinitive of purpose, in the time of the verb it serves."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _chain(trigger: Token) -> list[Token]:
    """The trigger and its heads up to (not including) a reporting verb, at most 5 steps."""
    chain = [trigger]
    tok = trigger
    for _ in range(5):
        if tok.head.i == tok.i or tok.dep_ in {"ccomp", "relcl", "advcl", "parataxis"} and not _purpose(tok):
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
            break
        head = _reported_over(tok)
        if lemma(head).lower() in REPORTING:
            break
        chain.append(head)
        tok = head
    return chain


def _held(noun: Token) -> bool:
    """The meeting a hold verb's subject takes part in: "held talks", "took part in a meeting"."""
    return noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"


def _for_meeting(noun: Token, governor: Token) -> bool:
    """"pulled aside Y for talks", "for 30 minutes of talks", "for a round of talks": the meeting is what
    the verb's object is taken for; not "thanked Y for his support of the summit" (a noun between)."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
            tok.head.head.ent_type_ in {"TIME", "DATE", "CARDINAL"} or tok.head.head.lower_ in CONTINUATION_HEADS):
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == governor.i


def _governor_args(governor: Token, noun: Token) -> list[Token]:
    """Who takes part in a meeting named by a noun, from the verb it hangs on.

    "X held talks", "X is open to a summit", "Following a meeting with Y, X said" (the subject);
    "talks Friday between X and Y" (its "between"); "X pulled aside Y for talks" (the object).
    """
    # "X said the talks ..." reports them; "In talks with Y, X said ..." (the meeting a scene of the saying)
    # has X at the table
    scene = noun.dep_ == "pobj" and noun.head.head.i == governor.i and (noun.head.lower_ in SCENE_PREPS or (
        noun.head.lower_ in AFTER_SCENE_PREPS and any(p.lower_ == "with" for p in _arg_preps(noun))))
    args = [] if lemma(governor).lower() in REPORTING and not scene else list(_subjects(governor))
    args += [p for w in _arg_preps(governor) for p in _pobjs(w) if w.lower_ in {"with", "between"}]
    # "the summit was hosted by X and attended by Y": a verb coordinated on the same subject adds its agent
    args += [p for v in governor.children if v.dep_ == "conj" and v.pos_ == "VERB"
             and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
             for a in v.children if a.dep_ == "agent" for p in _pobjs(a)]
    if _for_meeting(noun, governor):
        args += [c for c in governor.children if c.dep_ == "dobj"]
    return [a for a in args if a.i != noun.i and not _in_subtree(noun, a)]


def _previous(trigger: Token, kind: str) -> bool:
    """A meeting told as one before: a verb ("the two last met", "first met"; the parser may take "last" for the
    subject) or a noun ("the previous meeting")."""
    if kind != "verb":
        return any(c.dep_ == "amod" and c.lower_ in PREVIOUS_MODS for c in trigger.children)
    return any(c.lower_ in PREVIOUS_WORDS and c.pos_ in {"ADJ", "ADV"} for c in trigger.children)


_LAST = "last"
_SUCH = "such"


def told_as_earlier(noun: Token, last: bool = False) -> bool:
    """"the previous session", "the preceding meeting", "the last such meeting", "the previous round of the talks":
    a meeting noun (or the noun it is "of") told as the one before. With `last`, "the last meeting" alone too: said
    of the sitting of a standing body named just before, it is that body's sitting before (convened); said after a
    meeting just told, it is as often the latest of those (derived's series, which wants "last such")."""
    heads = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    for head in heads:
        mods = {c.lower_ for c in head.children if c.dep_ in {"amod", "advmod", "predet", "det"}}
        if mods & PREVIOUS_MODS or {_LAST, _SUCH} <= mods or last and _LAST in mods and not _final_of(head):
            return True
    return False


def _final_of(noun: Token) -> bool:
    """"the last summit of the year", "the last meeting of his presidency": the final one of a period."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(lemma(o).lower() in FINAL_PERIODS for o in p.children
                                                             if o.dep_ == "pobj") for p in noun.children)


def _told_under(verb: Token) -> Token:
    """"is due to hold talks", "is scheduled to meet": up the verbs a meeting to come is told under."""
    while verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb
