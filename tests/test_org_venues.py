"""Names taken for bodies that the article uses only as places, wire boilerplate lines and capitalised
sentence openers (kg/nlp/components/org_venues.py), each on invented sentences through the real model.

The model's mistake is set by hand (every occurrence of the name tagged ORG) so that the rule itself is
exercised whatever the model makes of the sentence.
"""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.nlp.components.org_venues import venues_and_noise


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _labels(nlp: Language, text: str, name: str) -> list[str]:
    """The labels of every occurrence of `name` after the rule, with each tagged ORG before it (a
    dropped occurrence is missing from the list)."""
    doc = nlp(text)
    spans = []
    start = text.find(name)
    while start >= 0:
        span = doc.char_span(start, start + len(name), label="ORG")
        assert span is not None, name
        spans.append(span)
        start = text.find(name, start + 1)
    return [s.label_ for s in venues_and_noise(spans) if s.text == name]


# (text, name tagged ORG, labels after the rule)
CASES = [
    # a street's name is a place wherever it stands: its opening or closing word ("Boulevard", "Allée", "Alley")
    ("Portraits of the general still line the Boulevard Mandara in Port Anvers.", "Boulevard Mandara", ["PLACE"]),
    ("The meeting, at the ministry's offices on Rivière Allée, lasted three hours.", "Rivière Allée", ["PLACE"]),
    ("The delegation laid a wreath in the Alley of Heroes before the talks.", "Alley of Heroes", ["PLACE"]),
    ("The unions walked out of the talks at the ministry on Liberation Circle.", "Liberation Circle", ["PLACE"]),
    # ... not a body's name ending in "Street" that speaks ("Downing Street said")
    ("Downing Street said the prime minister would reply in due course.", "Downing Street", ["ORG"]),
    # ... nor a body's name with "Crescent" (review16 finding 12)
    ("Aid from the Red Crescent reached the town, and officials of the Lorvan Red Crescent met the governor.",
     "Lorvan Red Crescent", ["ORG"]),
    ("Crescent Petroleum signed a gas deal with the Kurdistan Regional Government.", "Crescent Petroleum", ["ORG"]),
    # a building's name only ever put after "at" is the venue
    ("The two presidents met at the Amber House in Lusaka on Monday.", "Amber House", ["PLACE"]),
    ("Talks were held at Ridge House, Accra, and ended late.", "Ridge House", ["PLACE"]),
    ("The envoys signed the accord at the Government Buildings in Apia.", "Government Buildings", ["PLACE"]),
    # ... but a House that speaks or has a spokesperson is the presidency, wherever it is also a venue
    ("The leaders met at Ridge House. Ridge House said the talks were warm.", "Ridge House", ["ORG", "ORG"]),
    ("The leaders met at Ridge House, Ridge House Spokesperson Ama Boateng said.", "Ridge House", ["ORG", "ORG"]),
    # a known place before a place noun, after "the state of" or "near"
    ("Rebels hold much of the Lamu port and the roads beyond.", "Lamu", ["PLACE"]),
    ("A delegation from the Mexican state of Sonora arrived, and Sonora's exports grew.", "Sonora", ["PLACE", "PLACE"]),
    ("The mine near Solwezi was closed.", "Solwezi", ["PLACE"]),
    # a known place listed after one that "in" governs; a building "of" a noun that "in" governs
    ("Farmers in Kitale and Garissa say the road is closed.", "Garissa", ["PLACE"]),
    ("The envoys met in the lobby of the Hotel Miramar Grand on Monday.", "Hotel Miramar Grand", ["PLACE"]),
    # a building's head word ends the name, whatever body's word comes before it
    ("The presidents met at the Federation Buildings in Lusaka.", "Federation Buildings", ["PLACE"]),
    # a name before "border" is a place
    ("Troops will patrol the Kareva border from next month.", "Kareva", ["PLACE"]),
    # a modifier of a place noun further on; a street after "on"; foreign and church buildings
    ("They share the waters of the Varta and Molen rivers.", "Varta", ["PLACE"]),
    ("The lawyers met in an office on the Rue des Tanneurs in Geneva.", "Rue des Tanneurs", ["PLACE"]),
    ("A dinner was held at the consulate on Harlow Place on Friday.", "Harlow Place", ["PLACE"]),
    ("The chancellors met in the Palacio de San Telmo on Monday.", "Palacio de San Telmo", ["PLACE"]),
    ("Pilgrims gathered in the Cathedral of Lorva at dawn.", "Cathedral of Lorva", ["PLACE"]),
    # a plural common noun opening its sentence is no body either
    ("The meeting is under way. Attendees, per the palace: the two ministers.", "Attendees", []),
    # a body's word, an "Office" or a name the preposition does not govern keeps the body
    ("The ministers met at the Foreign Office on Tuesday.", "Foreign Office", ["ORG"]),
    ("She met him at the United Nations in New York.", "United Nations", ["ORG"]),
    ("They first met at the Commonwealth heads of government meeting in Kigali.", "Commonwealth", ["ORG"]),
    # "at" and "in" make a place only of a known place or a building: an employer stays a body
    ("Tomas Vero, an engineer at Brightwell, joined the talks.", "Brightwell", ["ORG"]),
    # a wire's end mark and a section heading on a line of their own are no body
    ("The talks ended without a deal.\n\n(END)\n", "END", []),
    ("Ministers met in Ulaanbaatar.\n\nEURASIA\n\nThe two sides agreed.", "EURASIA", []),
    # ... while an agency's name alone on a line stays one
    ("The talks ended without a deal.\n\nXANADU PRESS\n", "XANADU PRESS", ["ORG"]),
    # a capitalised common noun opening a sentence (after a quotation mark too) is no body
    ('The leaders spoke by video. "Distance has not weakened our ties," she said.', "Distance", []),
    ("Polarisation is the enemy of reform, he said.", "Polarisation", []),
    # ... but not a body's word, nor a word written capitalised inside a sentence too
    ("Congress met on Monday.", "Congress", ["ORG"]),
    ("Harvest said profits rose. Shares of Harvest fell.", "Harvest", ["ORG", "ORG"]),
    ("Harvest rose. Harvest said it would ship in May.", "Harvest", ["ORG", "ORG"]),
    ("Harvest's vice-president, Ann Rolt, spoke.", "Harvest", ["ORG"]),
    # two states' standing commission named by their hyphened pair is a body (the gold of batches s9 on lists it;
    # paired_bodies.py makes it whole where the model tagged the two states)
    ("The Kenya-Uruguay Joint Commission will meet in Montevideo next year.", "Kenya-Uruguay Joint Commission", ["ORG"]),
    ("The Peruvian-Malian Intergovernmental Commission met in Lima.", "Peruvian-Malian Intergovernmental Commission",
     ["ORG"]),
    ("Ministers of the Chad-New Zealand Joint Ministerial Committee spoke.", "Chad-New Zealand Joint Ministerial Committee",
     ["ORG"]),
    # ... while a standing mechanism whose name begins "Joint", "High-Level" ... and names no state is their meeting
    ("The High-Level Strategic Cooperation Council will meet in Lima.", "High-Level Strategic Cooperation Council", []),
    ("The Joint Permanent Commission on Defence and Security last sat in 2018.",
     "Joint Permanent Commission on Defence and Security", []),
    # ... but not a conference or forum of two states, nor a commission of one, nor a legislature's committee
    ("The Joint Committee on Taxation published its estimate.", "Joint Committee on Taxation", ["ORG"]),
    ("The Irish-Danish Intergovernmental Conference met in Cork.", "Irish-Danish Intergovernmental Conference", ["ORG"]),
    ("The Kenya National Human Rights Commission met in Nairobi.", "Kenya National Human Rights Commission", ["ORG"]),
    # title words taken for a body's name: the people holding the title, no body
    ("The Permanent Representative of Ghana spoke first.", "Permanent Representative", []),
    # ... but one holder named next keeps his state's word for the title ("Slovak Foreign Minister Name")
    ("Slovak Foreign Minister Jan Hrasko arrived.", "Slovak Foreign Minister", ["ORG"]),
    ("Ministers reviewed the progress of the talks.", "Ministers", []),
    ("She chaired the Andes Troika Foreign Ministers' meeting.", "Andes Troika Foreign Ministers", []),
    # ... while a body whose name ends so ("of", a body's word) stays one
    ("The Council of Ministers approved the plan.", "Council of Ministers", ["ORG"]),
]


def test_a_code_before_title_words_is_the_body(nlp: Language) -> None:
    text = "She took part in the Q7 Foreign Ministers' Meeting in Lima."
    doc = nlp(text)
    start = text.find("Q7 Foreign Ministers")
    span = doc.char_span(start, start + len("Q7 Foreign Ministers"), label="ORG")
    assert [(s.text, s.label_) for s in venues_and_noise([span])] == [("Q7", "ORG")]
    # the same with the meeting word after the holders' possessive, as the model tags it
    name = "the Q7 Foreign Ministers' Meeting"
    start = text.find(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert [(s.text, s.label_) for s in venues_and_noise([span])] == [("Q7", "ORG")]


@pytest.mark.parametrize(("text", "name", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_bodies_used_only_as_places_and_boilerplate(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert _labels(nlp, text, name) == expected


def test_the_short_form_of_a_nameless_mechanism_is_no_body_either(nlp: Language) -> None:
    text = "The High-Level Strategic Council met. The Strategic Council had last met in 2019."
    doc = nlp(text)
    long_start, short_start = text.find("High-Level"), text.rfind("Strategic Council")
    spans = [doc.char_span(long_start, long_start + len("High-Level Strategic Council"), label="ORG"),
             doc.char_span(short_start, short_start + len("Strategic Council"), label="ORG")]
    assert venues_and_noise(spans) == []
    # without the long form in the article, the short one is left alone
    assert [s.text for s in venues_and_noise(spans[1:])] == ["Strategic Council"]
    # a commission named by two states' pair is a body, and so its short form
    text = "The Kenya-Uruguay Joint Commission met. The Joint Commission had last met in 2019."
    doc = nlp(text)
    long_start, short_start = text.find("Kenya-Uruguay"), text.rfind("Joint Commission")
    spans = [doc.char_span(long_start, long_start + len("Kenya-Uruguay Joint Commission"), label="ORG"),
             doc.char_span(short_start, short_start + len("Joint Commission"), label="ORG")]
    assert [s.text for s in venues_and_noise(spans)] == ["Kenya-Uruguay Joint Commission", "Joint Commission"]


def test_a_mention_made_a_place_already_places_the_others(nlp: Language) -> None:
    """"the state of Tarvia" made a place by an earlier rule: "Tarvia's exports", tagged a body, is that place."""
    text = "A delegation from the state of Tarvia arrived, and Tarvia's exports grew."
    doc = nlp(text)
    first, second = text.find("Tarvia"), text.rfind("Tarvia")
    spans = [doc.char_span(first, first + 6, label="PLACE"), doc.char_span(second, second + 6, label="ORG")]
    assert [s.label_ for s in venues_and_noise(spans)] == ["PLACE", "PLACE"]
