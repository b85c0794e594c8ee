"""Wire credits (kg/nlp/components/wire_credits.py): the agencies and people that datelines, photo credits
and sign-off lines name, on invented texts through the real pipeline (model loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


# (text, (mention, label) pairs that must be entities, mention texts that must be no entity)
CASES = [
    # the name in brackets between a dateline and its dash is the agency
    ("VALDORA, March 3 (Kestrel) -- Foreign Minister Ana Pirelli met her counterpart on Monday.",
     [("Kestrel", "ORG")], []),
    ("Port Anvers (Meridia) - The rivals met on Wednesday.", [("Meridia", "ORG")], []),
    # ... and the capitals alone before it are the dateline's place
    ("Envoys meet\n\nLORVANO (Kestrel) — The ministers of Chad and Peru met.", [("LORVANO", "PLACE"), ("Kestrel", "ORG")], []),
    # ... and with no dash after it when the dateline has its place, a comma and a day; not a person's name there
    ("Ties renewed\n\nVardo, Nov 4 (Prensa Lorvana) Lorvan Foreign Minister Ines Calvo held talks on Monday.\n\n"
     "The visiting minister told Prensa Lorvana the visit went well.", [("Prensa Lorvana", "ORG")], []),
    ("Talks resumed\n\nPort Anvers, 12 March (Agencia Meridia) The two presidents met on Monday.",
     [("Agencia Meridia", "ORG")], []),
    ("Talks resumed\n\nPort Anvers, 12 March (Luis Varga) The two presidents met on Monday.", [("Luis Varga", "PERSON")], []),
    # a wire's mark of a story's kind, before a headline's hyphen or in a dateline's brackets, names nothing
    ("EXCLUSIVE-Lorva and rebels held secret talks in Doha\n\nDOHA (Kestrel) - The talks began.",
     [("Kestrel", "ORG")], ["EXCLUSIVE-Lorva", "EXCLUSIVE"]),
    ("FOCUS-Gabon's rulers court wary neighbours\n\nLIBREVILLE (Kestrel) - Officials met.",
     [("Gabon", "COUNTRY")], ["FOCUS-Gabon", "FOCUS"]),
    ("Bishops ask minister to stop mine\n\nLORVANO, Varnia (UPDATED) – Leaders of the church met the minister.",
     [], ["UPDATED"]),
    # a desk's name alone on the line under a "By" line is the writer's desk, no body
    ("Governor back from trade mission\n\nBy Dana Holt\nState Capitol Bureau\nSept. 20, 2012\n\nMADISON — The governor "
     "returned on Monday.", [("Dana Holt", "PERSON")], ["Capitol Bureau", "State Capitol Bureau"]),
    ("Dialogue table meets\n\nBy Ana Ruiz\nHerald Staff\n\nThe union and the ministry met on Monday.",
     [("Ana Ruiz", "PERSON")], ["Herald Staff"]),
    ("Growth slows\n\nThe Lorva Statistics Bureau said growth slowed.", [("The Lorva Statistics Bureau", "ORG")], []),
    # ... not a bracket inside a sentence
    ("The talks (Tovar said) went well - mostly.", [], ["Tovar said"]),
    # a photo credit: the agency before the slash and after "via", the photographer after it, no boilerplate
    ("Leaders shake hands in Lorva, May 2, 2021. KESTREL/Ivo Danilek Purchase Licensing Rights\n\nThe talks began.",
     [("KESTREL", "ORG"), ("Ivo Danilek", "PERSON")], ["Purchase Licensing Rights", "Ivo Danilek Purchase Licensing"]),
    ("Ministers look on in Lorva, May 2, 2021. MERIDIA FOTO/Sari Wulan via KESTREL Purchase Licensing Rights\n\nThey met.",
     [("MERIDIA FOTO", "ORG"), ("Sari Wulan", "PERSON"), ("KESTREL", "ORG")], ["FOTO"]),
    ("They met in Lorva in 2020. KESTREL/Ivo Danilek/File Photo Purchase Licensing Rights\n\nThey met again.",
     [("KESTREL", "ORG"), ("Ivo Danilek", "PERSON")], ["Ivo Danilek/File Photo Purchase Licensing"]),
    # agencies' codes joined by a slash alone on a line: a desk tag, no name
    ("The governors raised complaints.\n\n– KESTREL/MV\n", [], ["KESTREL/MV", "KESTREL"]),
    ("They will meet again in May.\n\n(END) RMQ/LZV\n", [], ["RMQ/LZV", "RMQ", "END"]),
    # a sign-off line names the outlet, and so is its other mention
    ("Diplomatic sources told Meridian that the visit was planned.\n\nPublished in Meridian, October 5th, 2017",
     [("Meridian", "ORG")], []),
    ("Reporting from Lorva, Kestrel News's Dana Rhee said the talks went well.\n\nSource: Kestrel News and news agencies",
     [("Kestrel News", "ORG"), ("Dana Rhee", "PERSON")], []),
    ("The ministers agreed to meet again.\n\nKestrel contributed to this report.", [("Kestrel", "ORG")], []),
    # the names of a reporters' credit are people
    ("The talks went on.\n\n(Reporting by Omar Teller in Lorva and Wanjiku Odhiambo in Valdora; Editing by Ann Pryce)",
     [("Omar Teller", "PERSON"), ("Wanjiku Odhiambo", "PERSON"), ("Ann Pryce", "PERSON")], []),
    ("Envoys meet in Lorva\n\nBy Gohar Vartanyan and Leyla Rasulova | 10 April 2024\n\nThe ministers met.",
     [("Gohar Vartanyan", "PERSON"), ("Leyla Rasulova", "PERSON")], []),
    ("Envoys meet in Lorva\n\nBy Sofia Kalnina and Pieter de Vries\n\nThe ministers met.",
     [("Sofia Kalnina", "PERSON"), ("Pieter de Vries", "PERSON")], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_wire_credits(nlp: Language, text: str, present: list[tuple[str, str]], absent: list[str]) -> None:
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    texts = {e.text for e in nlp(text).ents}
    for pair in present:
        assert pair in ents, (pair, sorted(ents))
    for name in absent:
        assert name not in texts, (name, sorted(ents))
