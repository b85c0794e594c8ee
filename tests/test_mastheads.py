"""Mastheads (kg/nlp/components/mastheads.py): the outlet an article's head names on a line of its own, beside its
writer or in its dateline, on invented texts and outlets through the real pipeline (model loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_BODY = "\n\nThe two ministers met in Vardo on Monday to discuss the port deal."

# (text, (mention, label) pairs that must be entities, mention texts that must be no organization)
CASES = [
    # capitalised words alone on a head line: the outlet, with "The" first, an outlet's or body's word, one word or
    # an acronym in capitals; before a bar or slash and the place, date or time
    ("Ports deal signed\nThe Lorvan Courier\nVardo, Lorva" + _BODY, [("The Lorvan Courier", "ORG")], []),
    ("Premiers circle the capital\nBrightwire\nTuesday, August 15, 2023" + _BODY, [("Brightwire", "ORG")], []),
    ("TIMELINE: Lorva and Chad since the pact\nBy Tom Rendell\nOctober 6, 2022\nKNA" + _BODY, [("KNA", "ORG")], []),
    ("President meets premier\nValdora News | Port Anvers\n15 July 2022 06:48 PM" + _BODY, [("Valdora News", "ORG")], []),
    ("Envoys hold frank talks\nMeridian Daily Herald / 05:10 AM June 14, 2023" + _BODY,
     [("Meridian Daily Herald", "ORG")], []),
    ("Lorva: Chronology of Events\n\nCouncil Watch Report\nPosted 5 September 2017" + _BODY,
     [("Council Watch Report", "ORG")], []),
    # ... not a person's name, a place, a date, a title, a desk or a section's words
    ("Envoys meet\nSofia Ilieva\nOctober 26, 2023" + _BODY, [], ["Sofia Ilieva"]),
    ("Envoys meet\nNews Release\n21st November 2019" + _BODY, [], ["News Release"]),
    ("Envoys meet\nTranscript\nThursday 22 February 2024\nPrime Minister" + _BODY, [], ["Transcript", "Prime Minister"]),
    ("Envoys meet\nKEY OUTCOMES" + _BODY, [], ["KEY OUTCOMES"]),
    ("Envoys meet\nAnkara, Turkey\nMay 3, 2023" + _BODY, [], ["Ankara"]),
    ("Envoys meet\n\nBy Ana Ruiz\nHerald Staff" + _BODY, [("Ana Ruiz", "PERSON")], ["Herald Staff", "Herald"]),
    # after a byline's writer, a comma, dash or bar (and the writer's role): the outlet
    ("Wind turbine maker's CEO met union\n\nBy Mette Lund Holm, Kestrel" + _BODY + " \"It went well,\" Holm told Kestrel.",
     [("Mette Lund Holm", "PERSON"), ("Kestrel", "ORG")], []),
    ("Mayors meet chief on clearing ops\nBy JOAQUIN M. SANTOS, KNB News\nPublished July 9, 2019 5:12pm" + _BODY,
     [("KNB News", "ORG")], []),
    ("Leaders meet as strike looms\nPhilippe Tardif-Okeke, Valdora Gazette\nPublished Dec 04, 2015" + _BODY,
     [("Philippe Tardif-Okeke", "PERSON"), ("Valdora Gazette", "ORG")], []),
    ("Ministers eye talks\nRamon Dizon-Cruz - The Lorvan Star\nMarch 9, 2023 | 12:00am" + _BODY,
     [("Ramon Dizon-Cruz", "PERSON"), ("The Lorvan Star", "ORG")], []),
    ("Ministers head to Brussels\nPublished on 26/06/2019 - 18:42 By Juliana Rocha - Reporter Agencia Lorva - Vardo"
     + _BODY, [("Juliana Rocha", "PERSON"), ("Agencia Lorva", "ORG")], []),
    ("Talks: what we know\n\nBy Ewan Kilpatrick, KNB Ireland Correspondent\nTuesday 7 January 2020" + _BODY,
     [("KNB", "ORG")], ["KNB Ireland"]),
    # ... not the writer's beat, a second writer or a place
    ("Talks: what we know\n\nBy Rupert Hale, Diplomatic Editor" + _BODY, [], ["Diplomatic", "Diplomatic Editor"]),
    ("Talks: what we know\nLucinda Marr-Tuivaga, State Political Reporter\nMay 3, 2023" + _BODY, [], ["State Political"]),
    ("Talks: what we know\nMatthias Ruoff, Bern" + _BODY, [], ["Bern"]),
    ("Talks: what we know\n\nBy Ffion Evans-Mahmood, Rhodri Kinsella" + _BODY, [("Rhodri Kinsella", "PERSON")], []),
    ("Talks: what we know\nAnn Lee, Johnson's wife, said on Monday that the talks would resume." + _BODY, [], ["Johnson"]),
    # a "By" line that names no writer: the outlet, without its desk's words or its place
    ("Peer who held secret talks dies\nBy Valdora Telegraph Obituaries\n8 March 2019" + _BODY,
     [("Valdora Telegraph", "ORG")], ["Valdora Telegraph Obituaries"]),
    ("Parties fail to settle dispute\n12:45 JST, May 26, 2023\nBy Lorva Shimbun Staff Writers" + _BODY,
     [("Lorva Shimbun", "ORG")], []),
    ("PM-designate meets speaker\nby Kestrelnet Newsdesk 03 September 2020, 14:12" + _BODY, [("Kestrelnet", "ORG")], []),
    ("Cell for workers\nBy Kestrel News Service" + _BODY, [("Kestrel News Service", "ORG")], []),
    ("Minister holds bilateral meetings\nMinistry of Commerce\nPosted On: 20 JUL 2017 6:48PM by KIB Delhi" + _BODY,
     [("KIB", "ORG")], ["KIB Delhi"]),
    ("Talks: what we know\nBy Contributing Reporter" + _BODY, [], ["Contributing", "Contributing Reporter"]),
    # a dateline's agency: between slashes after the place and day, closing the dateline's line, or in brackets
    # before an equals sign
    ("Ministers back plan\n\nVardo, October 3 / Kestrel /. Energy ministers of Chad and Niger endorsed the plan on Monday.",
     [("Kestrel", "ORG"), ("October 3", "DATE")], []),
    ("Vardo hosts commission\n\nVardo, May 27, KESTREL\n\nThe second meeting of the commission was held in Vardo.",
     [("KESTREL", "ORG")], []),
    ("Premier receives union leaders\n\nVARDO, 15/10 (KESTREL) = Prime Minister Luc Vandam received the union leaders.",
     [("KESTREL", "ORG")], []),
    ("Talks held\n\nNAIROBI, Kenya, June 5, 2019 - The ministers met on Monday.", [], ["2019"]),
    # no outlet (review16 finding 1): a weekday or month, whatever the model's label, on a line of its own or
    # closing a dateline; a region with "The"; a desk's "Our"; the writer's beat; a site's chrome or series
    ("Ministers agree ceasefire plan\nFriday\nJune 3, 2019" + _BODY, [], ["Friday"]),
    ("Ministers agree ceasefire plan\nVardo, 14 June, Friday" + _BODY, [], ["Friday"]),
    ("Ministers agree ceasefire plan\nVardo, June 3, Tuesday" + _BODY, [], ["Tuesday"]),
    ("Talks resume in capital\nLorva, March 12, Thursday" + _BODY, [], ["Thursday"]),
    ("Ministers agree ceasefire plan\nThe Middle East\nJune 3, 2019" + _BODY, [], ["Middle East", "The Middle East"]),
    ("Envoys meet\nThe Western Balkans\n3 June 2019" + _BODY, [], ["Western Balkans", "The Western Balkans"]),
    ("Ministers agree ceasefire plan\nBy Our Foreign Staff" + _BODY, [], ["Our Foreign", "Our Foreign Staff"]),
    ("Envoys meet\nBy Our Diplomatic Staff" + _BODY, [], ["Our Diplomatic", "Our Diplomatic Staff"]),
    ("Ministers agree ceasefire plan\nBy Jane Tolvar, Foreign Affairs" + _BODY, [], ["Foreign Affairs"]),
    ("Ministers agree ceasefire plan\nBy Jane Tolvar, Defence\nJune 3" + _BODY, [], ["Defence"]),
    ("Ministers agree ceasefire plan\nMonday 3 June 2019\nSubscribe" + _BODY, [], ["Subscribe"]),
    ("Ministers agree ceasefire plan\nThe Long Read\nJune 3, 2019" + _BODY, [], ["Long Read", "The Long Read"]),
    ("Envoys meet\nThe Big Read\nJune 3, 2019" + _BODY, [], ["Big Read", "The Big Read"]),
    ("Ministers agree trade plan\nThe Latest\nJune 3, 2019" + _BODY, [], ["Latest", "The Latest"]),
    ("Ministers agree trade plan\nThe Caribbean\nJune 3, 2019" + _BODY, [], ["Caribbean", "The Caribbean"]),
    # ... nor a topic's kicker the story names again; a "By" line's "the" is no part of the outlet's name
    ("Ministers agree trade plan\nEbola\nJune 3, 2019\n\nHealth ministers met in Vardo on Monday to discuss Ebola.",
     [], ["Ebola"]),
    ("Ministers agree trade plan\nEurovision\nJune 3, 2019\n\nThe ministers met in Vardo on Monday before Eurovision.",
     [], ["Eurovision"]),
    ("Ministers agree trade plan\nBy the Lorvan Press\nJune 3, 2019" + _BODY, [("Lorvan Press", "ORG")],
     ["By the Lorvan Press"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_mastheads(nlp: Language, text: str, present: list[tuple[str, str]], absent: list[str]) -> None:
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    for pair in present:
        assert pair in ents, (pair, sorted(ents))
    for name in absent:
        assert (name, "ORG") not in ents, (name, sorted(ents))
