"""The meeting extractor's words, loaded once from kg/data/meetings/ (triggers derived from WordNet 3.0)."""
from __future__ import annotations

from dataclasses import dataclass

from kg.data import meeting_triggers, tables

VISIT = "042"  # CAMEO "make a visit": a visit to a state meets that state
MEET = "044"  # CAMEO "meet"


@dataclass(frozen=True)
class Trigger:
    """A word that can introduce a meeting, with its CAMEO code and what it needs to mean one."""

    word: str
    pos: str  # "verb" (matched by lemma) or "noun" (matched by form)
    cameo: str
    needs: str  # "-", "with", "person", "body", "particle=W", "object=W"


TRIGGERS = {(r["word"], r["pos"]): Trigger(r["word"], r["pos"], r["cameo"], r["needs"]) for r in meeting_triggers()}
VERBS = {w: t for (w, pos), t in TRIGGERS.items() if pos == "verb"}
NOUNS = {w: t for (w, pos), t in TRIGGERS.items() if pos == "noun"}
_W = tables("meetings/words")
_A, _T, _S, _P, _N = _W["arguments"], _W["triggers"], _W["status"], _W["place"], _W["numbers"]

STATE_GROUPS = frozenset(_A["state_groups"])
TRAVEL_NOUNS = frozenset(_A["travel_nouns"])
LEAD_VERBS = frozenset(_A["lead_verbs"])
ACCOMPANY_VERBS = frozenset(_A["accompany_verbs"])
ALONG = frozenset(_A["along"])
TITLE_SYNONYMS = {title: frozenset(offices) for title, offices in _A["title_synonyms"].items()}
COMBINING_FORMS: dict[str, str] = dict(_A["combining_forms"])
PLURAL_NOUNS = frozenset(_A["plural_nouns"])
PAIR_COUNTS = frozenset(_A["pair_counts"])
SIDE_NOUNS = frozenset(_A["side_nouns"])
GUEST_NOUNS = frozenset(_A["guest_nouns"])
GUEST_MODIFIERS = frozenset(_A["guest_modifiers"])
PERSON_PRONOUNS = frozenset(_A["person_pronouns"])
PLURAL_PRONOUNS = frozenset(_A["plural_pronouns"])
PLURAL_POSSESSIVES = frozenset(_A["plural_possessives"])
GROUP_NOUNS = frozenset(_A["group_nouns"])
BODY_MEMBERS = frozenset(_A["body_members"])
BODY_PEOPLE = frozenset(_A["body_people"])
FIGHTER_NOUNS = frozenset(_A["fighter_nouns"])
PERSON_NOUNS = frozenset(_A["person_nouns"])
COUNTERPARTS = frozenset(_A["counterparts"])
STAFF_POSTS = frozenset(_A["staff_posts"])
FORMER = frozenset(_A["former"])
ARG_PREPS = frozenset(_A["arg_preps"])
DISTRIBUTIVE = frozenset(_A["distributive"])
DISTRIBUTIVE_ADJECTIVES = frozenset(_A["distributive_adjectives"])
JOINT_MARKERS = frozenset(_A["joint_markers"])
APART_VERBS = frozenset(_A["apart_verbs"])
TITLE_WORDS_BEFORE = frozenset(_A["title_words_before"])
LEADER_TITLES = tuple(_A["leader_titles"])
GENERIC_LEADERS = frozenset(_A["generic_leaders"])
TOPIC_LINKS = frozenset(_A["topic_links"])
LESSER_RANKS = frozenset(_A["lesser_ranks"])


def lesser(title: str, office: str = "") -> bool:
    """A title with a rank word the office asked for lacks ("Deputy Prime Minister" for "prime minister",
    "Vice-President" for "president"): another office, not the one asked for."""
    words = set(title.lower().replace("-", " ").split()) - set(office.lower().replace("-", " ").split())
    return bool(words & LESSER_RANKS)
SOURCE_TITLES = tuple(_A["source_titles"])
REGIONS = {name: frozenset(codes) for name, codes in _A["regions"].items()}
GROUP_TITLES = {noun: frozenset(heads) for noun, heads in _A["group_titles"].items()}

AGREEMENTS = frozenset(_T["agreements"])
HOLD_VERBS = frozenset(_T["hold_verbs"])
OCCASION_PREPS = frozenset(_T["occasion_preps"])
JUDICIAL_WORDS = frozenset(_T["judicial_words"])
HEARING_BODIES = frozenset(_T["hearing_bodies"])
PLAN_HEADS = frozenset(_T["plan_heads"])
PHONE_WORDS = frozenset(_T["phone_words"])
VISIT_CALL_MODS = frozenset(_T["visit_call_mods"])
CALL_PREPS = frozenset(_T["call_preps"])
NOT_MEETINGS = frozenset(_T["not_meetings"])
ANAPHORIC_DETS = frozenset(_T["anaphoric_dets"])
CONTINUATION_HEADS = frozenset(_T["continuation_heads"])
CONTINUATION_MODS = frozenset(_T["continuation_mods"])
SERIES_MODS = frozenset(_T["series_mods"])
SERIES_NOUNS = frozenset(_T["series_nouns"])
REPORTING = frozenset(_T["reporting"])
REPORTER_VERBS = frozenset(_T["reporter_verbs"])
ARRIVAL_VERBS = frozenset(_T["arrival_verbs"])
PRESENCE = frozenset(_T["presence"])
ROLE_VERBS = frozenset(_T["role_verbs"])
ROLE_NOUNS = frozenset(_T["role_nouns"])
OBJECT_CONTROL_VERBS = frozenset(_T["object_control_verbs"])
RESUME_VERBS = frozenset(_T["resume_verbs"])
MEMBERSHIP_VERBS = frozenset(_T["membership_verbs"])
JOINT_BODIES = frozenset(_T["joint_bodies"]) | frozenset(_T["joint_series"])
MEMBER_NOUNS = frozenset(_T["member_nouns"])

CANCEL_WORDS = frozenset(_S["cancel_words"])
CANCEL_PHRASES = frozenset((verb, particle) for verb, particle in _S["cancel_phrases"])
PROPOSE_WORDS = frozenset(_S["propose_words"])
PLAN_WORDS = frozenset(_S["plan_words"])
PROPOSE_AUX = frozenset(_S["propose_aux"])
REFUSAL_VERBS = frozenset(_S["refusal_verbs"])
PLAN_AUX = frozenset(_S["plan_aux"])

PLACE_PREPS = frozenset(_P["place_preps"])
ONWARD_PREPS = frozenset(_P["onward_preps"])
VENUE_WORDS = frozenset(_P["venue_words"])
KEYLESS_LABELS = frozenset(_P["keyless_labels"])
SEAT_WORDS = frozenset(_P["seat_words"])
STREET_WORDS = frozenset(_P["street_words"])
CHAMBER_NAMES = tuple(_P["chamber_names"])
CAPITAL_NOUNS = frozenset(_P["capital_nouns"])
STATE_NOUNS = frozenset(_P["state_nouns"])

DAY_WORDS = frozenset(_N["day_words"])
_R, _C, _Y, _V, _WH = _A["references"], _W["coref"], _W["syntax"], _W["visits"], _W["when"]
SPEAKER_PRONOUNS = frozenset(_R["speaker_pronouns"])
PLURAL_SUBJECTS = frozenset(_R["plural_subjects"])
PAIR_PLURALS = frozenset(_R["pair_plurals"])
PAIR_MARKERS = frozenset(_R["pair_markers"])
FRAME_PREPS = frozenset(_T["frames"]["frame_preps"])
MARGIN_NOUNS = frozenset(_T["frames"]["margin_nouns"])
GATHERING_NOUNS = frozenset(_T["frames"]["gathering_nouns"])
SCENE_PREPS = frozenset(_T["scene_preps"])
AFTER_SCENE_PREPS = frozenset(_T["after_scene_preps"])
TOPIC_VERBS = frozenset(_T["topic_verbs"])
AGAIN_WORDS = frozenset(_C["again_words"])
PREVIOUS_WORDS = frozenset(_C["previous_words"])
PREVIOUS_MODS = frozenset(_C["previous_mods"])
FINAL_PERIODS = frozenset(_C["final_periods"])
TIME_FRAMES = frozenset(_C["time_frames"])
SEQUENCE_WORDS = frozenset(_Y["sequence_words"])
TIME_PREPS = frozenset(_Y["time_preps"])
ARRIVAL_PREPS = frozenset(_V["arrival_preps"])
AWAITED_WORDS = frozenset(_V["awaited_words"])
REFERRING_DETS = frozenset(_W["sides"]["referring_dets"])
OTHER_SITTING_MODS = frozenset(_W["sides"]["other_sitting_mods"])
WHEN: dict = _WH  # the tables of when.py, which builds its regexes from them
SCHEDULING_VERBS = frozenset(_WH["scheduling_verbs"])
TIMING_HEADS = frozenset(_WH["timing_heads"])
RECORD_WORDS = frozenset(_WH["record_words"])
ORDINALS: dict[str, int] = dict(_N["ordinals"])
NUMBERS: dict[str, int] = dict(_N["cardinals"])
_CV = _W["convened"]
CONVENING_BODIES = frozenset(_T["joint_bodies"]) | frozenset(_CV["bodies"])
JOINT_WORDS = frozenset(_CV["joint_words"])
SITTING_VERBS = frozenset(_CV["sitting_verbs"])
HELD_VERBS = frozenset(_CV["held_verbs"])
SITTING_NOUNS = CONTINUATION_HEADS | frozenset(_CV["sitting_nouns"])
RELATIVES = frozenset(_CV["relatives"])
_CR = _W["corrections"]
OWN_NOUNS, OWN_MARKS, OWN_PRONOUNS = frozenset(_CR["own_nouns"]), frozenset(_CR["own_marks"]), frozenset(_CR["own_pronouns"])
DENIAL_DETS, DENIAL_VERBS = frozenset(_CR["denial_dets"]), frozenset(_CR["denial_verbs"])
CORRECTION_WORDS = frozenset(_CR["correction_words"])
