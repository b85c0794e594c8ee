"""Organizations in political news (kg_org_repair, kg_country_tagger, kg_title_filter and in-document
resolution), each construction on sentences written for the test with invented names, through the real
pipeline (model loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language


from kg.nlp import load_pipeline
from kg.nlp.components import OrgRepair
from kg.resolve.kinds import settle_kinds
from kg.records import Entity, Kind
from kg.resolve.document import resolve_document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def resolved(nlp: Language, text: str) -> dict[str, Entity]:
    return {e.name: e for e in resolve_document(nlp(text)).entities.values()}


# (text, entities that must be there with their kind, names that must not be any entity)
CASES = [
    # a qualifier in brackets after a party's name is part of the name; a dangling "(" is not
    ("The Communist Party of Peru (Red Flag) chairman Oskar Brandl met reporters on Monday.",
     {"Communist Party of Peru (Red Flag)": Kind.ORGANIZATION}, {"Communist Party of Peru (Red Flag"}),
    ("Lena Marsh met the Communist Party of Bolivia (Unified Marxist-Leninist) General Secretary, Dan Roe.",
     {"Communist Party of Bolivia (Unified Marxist-Leninist)": Kind.ORGANIZATION}, set()),
    # a country joined to a body's acronym by a hyphen: the country and the body
    ("Lena Marsh arrived early for talks on the sidelines of the US-OPEC Summit.",
     {"United States": Kind.COUNTRY, "OPEC": Kind.ORGANIZATION}, {"US-OPEC", "US-OPEC Summit"}),
    # a country written with dots before a hyphen is a word of its own
    ("The rebels have lost ground since the start of a U.S.-backed offensive in 2009.",
     {"United States": Kind.COUNTRY}, set()),
    # a code of letters and digits before a group noun is a body, and so is every other mention of it
    ("Fighting broke out between the army and K41 militants. K41 later seized the town of Darvo.",
     {"K41": Kind.ORGANIZATION}, {"Darvo K41"}),
    ("Marta Vell met her Canadian counterpart on the margins of the G9 Meeting in Lisbon.",
     {"G9": Kind.ORGANIZATION}, {"G9 Meeting"}),
    # a body "of" a place goes on over "and the" and a region; a unit's name over its number word
    ("Troops fought the Islamic Emirate of Varnia and the Levant near the border.",
     {"Islamic Emirate of Varnia and the Levant": Kind.ORGANIZATION}, {"Islamic Emirate of Varnia"}),
    ("Petty Officer Dan Roe was assigned to Coastal Riverine Support Unit Four.",
     {"Coastal Riverine Support Unit Four": Kind.ORGANIZATION}, set()),
    # a religion, a region and a name beside a building noun are no bodies
    ("The rival leaders met in Islam's holiest city to end the fighting.", {}, {"Islam"}),
    ("Dan Roe said Brazil has been an Atlantic power for many years.", {"Atlantic": Kind.PLACE}, set()),
    ("Pilgrims gathered at the al-Haram mosque in the old city.", {"al-Haram": Kind.PLACE}, set()),
    # a demonym the model took for a body names the country's people; a capital after "mayor of" a place
    ("Rebels met in the Ugandan capital, Kampala, on Thursday.", {"Uganda": Kind.COUNTRY}, {"Ugandan"}),
    ("Power went to a council headed by the former mayor of Antananarivo, Jean Rako.", {}, {"Antananarivo"}),
    # "[Demonym] army", like "[Demonym] government", speaks for the country
    ("The fighters were integrated into the Congolese army in 2009.",
     {"Democratic Republic of the Congo": Kind.COUNTRY}, {"Congolese army"}),
    # ... while a region's organ is a body
    ("Talks between the government and Ostravan regional authorities resumed in Nairobi.",
     {"Ostravan regional authorities": Kind.ORGANIZATION}, {"Ostravan"}),
    # titles: "Heads of State and Government", a fellow's field of study
    ("Secretary Dan Roe met today with NATO Secretary General Lars Vik to review preparations for the "
     "upcoming Special Meeting of NATO Heads of State and Government.",
     {"NATO": Kind.ORGANIZATION}, {"State and Government"}),
    ("Ministers met before the summit of Heads of State and Government in Brussels.", {},
     {"Heads of State and Government"}),
    ("There is a gap, said Dan Roe, senior fellow for Baltic Studies at the Institute for Peace Policy.",
     {"Institute for Peace Policy": Kind.ORGANIZATION}, {"Baltic Studies"}),
    # a name in capitals opening a line before a comma is a dateline's place
    ("JOINT BASE HARLOW, Md., April 1, 2014 – Defense Secretary Dan Roe begins his trip today.",
     {"Dan Roe": Kind.PERSON, "JOINT BASE HARLOW": Kind.PLACE}, set()),
    ("CAMP HARLOW FIELD, Va., April 1, 2014 - Defense Secretary Dan Roe begins a trip to Asia today.",
     {"Dan Roe": Kind.PERSON, "CAMP HARLOW FIELD": Kind.PLACE}, set()),
    # the head of a longer name is not that name when the rest is an organ: the body and its council apart
    ("The KAVO envoy arrived on Monday. The KAVO Security Council welcomed the talks.",
     {"KAVO": Kind.ORGANIZATION, "KAVO Security Council": Kind.ORGANIZATION}, set()),
    ("Dan Roe visited the KAVO Secretariat on Monday and said KAVO would help.",
     {"KAVO": Kind.ORGANIZATION}, set()),
    # a short form in brackets that the name's initials begin is no qualifier of the name
    ("Lena Marsh met the envoy of the Regional Authority on Trade and Development (Ratd) in Lima.",
     {"Regional Authority on Trade and Development": Kind.ORGANIZATION},
     {"Regional Authority on Trade and Development (Ratd)"}),
    # a meeting's name is no body's; a body named after its "of" is one
    ("Lorvania will host the Ninth Ministerial Meeting of the Lorvan-Arab Cooperation Forum in July.",
     {"Lorvan-Arab Cooperation Forum": Kind.ORGANIZATION}, {"Ninth Ministerial Meeting"}),
    ("Ana Ruiz received the participants in the Plenary Assembly of the Pontifical Council for Gardens.",
     {"Pontifical Council for Gardens": Kind.ORGANIZATION}, {"Plenary Assembly of the Pontifical Council for Gardens"}),
    ("They discussed the coming Summit of the Andes and trade.", {}, {"Summit of the Andes"}),
    # a name before a meeting's noun, no country nor known place, is a body; each side of a hyphen too
    ("The two presidents first met on the sidelines of the Lorvasur summit in July.",
     {"Lorvasur": Kind.ORGANIZATION}, set()),
    ("Leaders proposed a meeting on the sidelines of the KAVO-EU commemorative summit in 2019.",
     {"KAVO": Kind.ORGANIZATION, "EU": Kind.ORGANIZATION}, {"KAVO-EU"}),
    # ... not a demonym or a region's adjective
    ("They met at the Helsinki summit, the Arab summit and the Korean summit.", {}, {"Arab", "Korean"}),
    # a numbered group is a body
    ("He will meet her on the margins of a Group of 30 foreign ministers' meeting.",
     {"Group of 30": Kind.ORGANIZATION}, set()),
    # a people's word before an office's name the model left untagged: one body
    ("Mr. Varga, who joined the Soviet Foreign Ministry in 1961, was one of a generation.",
     {"Soviet Foreign Ministry": Kind.ORGANIZATION}, set()),
    # a bracket after an office's name glosses it
    ("The ministers will meet again in March, the Foreign Ministry (Ministerio) said in a statement.",
     {"Foreign Ministry": Kind.ORGANIZATION}, {"Foreign Ministry (Ministerio)"}),
    # an untagged word that speaks after "the", owns a spokesperson or hosts a post is a body
    ("They met for three hours. The visit was postponed, the Regency said.", {"Regency": Kind.ORGANIZATION}, set()),
    ("The KVP's spokesperson on foreign affairs, Ana Ruiz, said the patrols were small.",
     {"KVP": Kind.ORGANIZATION}, set()),
    ("Dan Roe described the meeting as frank in a post on Chirper, adding that he was ready.",
     {"Chirper": Kind.ORGANIZATION}, set()),
    # ... not a title after "the", nor a day after "on"
    ("The talks will resume on Monday, the President said.", {}, {"President", "Monday"}),
    # a dialogue between parties is an event, not a body; a centre "for" dialogue is a body
    ("The first round of the High-Level Dialogue will take place when Dan Roe visits Chile.", {},
     {"High-Level Dialogue"}),
    # the name after "at"/"with" under a noun of research is the person's employer, a body, though it ends
    # in a building's word; a room or hall after no such noun stays a place
    ("\"Nothing will move before June,\" said Ilse Varga, a senior researcher at the Lorvan Policy Center.",
     {"Lorvan Policy Center": Kind.ORGANIZATION}, set()),
    ("Tomas Brill, an associate fellow at Varnet House, doubts the deal will hold.",
     {"Varnet House": Kind.ORGANIZATION}, set()),
    ("Economists with the Ostrava Centre for Budget Research expect growth to slow.",
     {"Ostrava Centre for Budget Research": Kind.ORGANIZATION}, set()),
    ("The two ministers met at the Varnet Congress Center on Monday.", {"Varnet Congress Center": Kind.PLACE}, set()),
    # ... and a body "for" a place goes on over "and" and a people's word in a field's name
    ("Dr Ana Ruiz, a fellow at the Centre for Lorva and Asian Studies at Kivu University, said the vote was close.",
     {"Centre for Lorva and Asian Studies": Kind.ORGANIZATION}, {"Centre for Lorva"}),
    ("Ana Ruiz, an analyst at the Institute for Lorva and African Studies, said the vote was close.",
     {"Institute for Lorva and African Studies": Kind.ORGANIZATION}, {"African Studies", "Institute for Lorva"}),
    # a minister's portfolio of several fields, before the title (in any case) or after its "of", is no body
    ("Talks were held between Foreign Affairs and International Co-operation minister Dan Oyelu and his guest.",
     {"Dan Oyelu": Kind.PERSON}, {"Foreign Affairs", "International Co-operation"}),
    ("The deal was signed by Finance and Economic Planning minister Ruth Amani and the bank's chief.",
     {"Ruth Amani": Kind.PERSON}, {"Finance and Economic Planning"}),
    ("Lands and Housing Minister Paul Kamau opened the session.", {"Paul Kamau": Kind.PERSON}, {"Housing"}),
    ("Hamas and Hezbollah Minister Ali Roe spoke.", {"Hamas": Kind.ORGANIZATION}, set()),
    ("The Minister of Labour and Employment, Dr Ines Varela, chaired the meeting.",
     {"Ines Varela": Kind.PERSON}, {"Labour and Employment"}),
    ("She met the Minister of Foreign Affairs and Communities, Ines Varela, before leaving.", {}, {"Communities"}),
    # a plural's apostrophe inside a members' body's name is no owner's: the name goes on to its head
    ("The Director-General of the Lorvan Employers' Consultative Association, Mr Tom Ebo, attended the talks.",
     {"Lorvan Employers' Consultative Association": Kind.ORGANIZATION}, {"Lorvan Employers", "Consultative Association"}),
    ("The chairman of the Lorva Governors' Forum, Governor Ali Sanu, arrived late.",
     {"Lorva Governors' Forum": Kind.ORGANIZATION}, {"Lorva Governors"}),
    ("Leaders of the Catholic Bishops' Conference of Varnia met the minister on Tuesday.",
     {"Catholic Bishops' Conference of Varnia": Kind.ORGANIZATION}, {"Catholic Bishops"}),
    ("The archbishop led a delegation of the Varnian Bishops' Conference to Paraguay, and the mayor met them.",
     {"Varnian Bishops' Conference": Kind.ORGANIZATION}, {"Varnian Bishops"}),
    ("In 2011 he led a delegation of the Lorvan Bishops' Conference to Bolivia, where he met the president.",
     {"Lorvan Bishops' Conference": Kind.ORGANIZATION}, {"Lorvan Bishops' Conference to Bolivia", "Lorvan Bishops"}),
    ("The Rolling Stones' Mick Jagger met Gray Television's Greta Van Susteren.",
     {"Mick Jagger": Kind.PERSON, "Greta Van Susteren": Kind.PERSON}, set()),
    # titles glued to a body's or a town's name before a person are no part of it
    ("Meanwhile, KCG Commandant Admiral Tomas Brill said his meeting with the commander went well.",
     {"KCG": Kind.ORGANIZATION, "Tomas Brill": Kind.PERSON}, {"KCG Commandant Admiral"}),
    ("Yesterday Davao Archbishop Cardinal Romeo Vidal celebrated Mass.", {"Davao": Kind.PLACE}, {"Davao Archbishop"}),
    ("Labour Party General Secretary Ann Roe spoke.", {"Labour Party": Kind.ORGANIZATION}, set()),
    # a name before a lower-case place noun is the place's ("the X crossing"), a capital taken for a body its state
    ("Officials discussed trade and the Zarkan crossing, the ministry said on Sunday.", {"Zarkan": Kind.PLACE}, set()),
    ("The ministers discussed trade and the Torvan crossing at length.", {"Torvan": Kind.PLACE}, set()),
    ("The Shell refinery and the Exxon terminal were shut.", {"Exxon": Kind.ORGANIZATION}, set()),
    ("The envoy said Ashgabat would continue its engagement with Kabul.", {"Turkmenistan": Kind.COUNTRY}, {"Ashgabat"}),
    ("Officials said Dushanbe would keep its troops at the border.", {"Tajikistan": Kind.COUNTRY}, {"Dushanbe"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_organizations_in_political_news(nlp: Language, text: str, present: dict[str, Kind], absent: set[str]) -> None:
    found = {name: e.kind for name, e in resolved(nlp, text).items()}
    for name, kind in present.items():
        assert found.get(name) == kind, (name, found)
    assert not absent & set(found), found


# (text, full name, another name of the same body)
ALIASES = [
    # an acronym with the same bracketed qualifier joins the full name
    ("The Communist Party of Peru (Red Flag) chairman Oskar Brandl met reporters on Monday. The deal was "
     "prepared by the ruling alliance (SPA) and CPP (Red Flag).", "Communist Party of Peru (Red Flag)",
     "CPP (Red Flag)"),
    # ... and it is another name of the body, also where the model took it into the name
    ("Lena Marsh met her counterpart at the Department of Coastal Affairs and Fisheries (Dcaf). Dcaf spokesperson "
     "Ana Ruiz said the talks went well.", "Department of Coastal Affairs and Fisheries", "Dcaf"),
    # a body's name without the country before it is another name of it
    ("As head of the U.S. Commerce Department, Dan Roe met the envoys.",
     "U.S. Commerce Department", "Commerce Department"),
]


@pytest.mark.parametrize(("text", "name", "alias"), ALIASES, ids=[a[1] for a in ALIASES])
def test_other_names_of_one_body(nlp: Language, text: str, name: str, alias: str) -> None:
    found = resolved(nlp, text)
    assert name in found, found
    assert alias in found[name].aliases, found[name]
    assert alias not in found, found


# (text, a name that must be no person, the kind it must have instead, or None for any kind but person)
NOT_PEOPLE = [
    # an index moves by a number; a person does not
    ("Markets slid on Tuesday. The Kospi Vell closed down 311 points at 16,283.", "Kospi Vell", None),
    # letters in capitals only after a number are a unit
    ("The phone comes in 16 GB and 32 GB models.", "GB", None),
    # a web site's name
    ("Capitolwire.com quotes a Senate aide as saying the plan is dead.", "Capitolwire.com", Kind.ORGANIZATION),
    # a name in a list of organizations, with two or more of them
    ("The loan was offered to Sberbank, VTB Group and Veltrabank.", "Veltrabank", Kind.ORGANIZATION),
    ("Drug makers had gains and so did General Motors, Ford and Gazprombank.", "Gazprombank", Kind.ORGANIZATION),
    ("Boeing was challenged by Lockheed, Raytheon and Sikorsky in 2006.", "Sikorsky", Kind.ORGANIZATION),
    # a person is not bought, owned or sold
    ("In 2001 she bought Vellmar which was sold in 2005.", "Vellmar", Kind.ORGANIZATION),
    # a shop's head noun ends no person's name
    ("Songs bought at the Tunely Music Store cost a dollar.", "Tunely Music Store", None),
    ("It improves search for the Library and Music Store.", "Music Store", None),
    # a quoted name after a verb of naming is the name as a word
    ("The new system adds a task view, dubbed ``Mission Deck'', and a launcher.", "Mission Deck", None),
]


@pytest.mark.parametrize(("text", "name", "kind"), NOT_PEOPLE, ids=[c[1] for c in NOT_PEOPLE])
def test_names_that_are_no_people(nlp: Language, text: str, name: str, kind: Kind | None) -> None:
    found = {n: e.kind for n, e in resolved(nlp, text).items()}
    assert Kind.PERSON not in {k for n, k in found.items() if name in n or n in name}, found
    assert kind is None or found.get(name) == kind, found


@pytest.mark.parametrize(("text", "name"), [
    # a full name beside one body
    ("The plan was opposed by Director Jane Roe and the Navy.", "Jane Roe"),
    # the sides of a deal "between" a person and bodies
    ("There was an agreement between Shevchenko and the U.S. government and the first Bush administration.",
     "Shevchenko"),
    # a titled person listed with common nouns
    ("He commended the Colombian people, their security forces, and President Ruiz for their efforts.", "Ruiz"),
])
def test_people_listed_with_bodies_or_nouns_stay_people(nlp: Language, text: str, name: str) -> None:
    found = {n: e.kind for n, e in resolved(nlp, text).items()}
    assert found.get(name) == Kind.PERSON, found


# (text, countries that must be there, countries that must not)
COUNTRIES = [
    # a demonym that qualifies another people names no country of its own
    ("Greek- and Turkish-Cypriot leaders met in Nicosia. Turkish and Greek Cypriots will vote apart.",
     {"Cyprus"}, {"Greece", "Turkey"}),
    # an ethnic group is no country's people
    ("Talks on the status of ethnic Albanians in Serbia's province resumed.", {"Serbia"}, {"Albania"}),
    # a short name that is a word of another country's name of the document is that country
    ("Fighting in the Democratic Republic of Congo went on. The rebels hold parts of eastern Congo.",
     {"Democratic Republic of the Congo"}, {"Republic of the Congo"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), COUNTRIES, ids=[c[0][:40] for c in COUNTRIES])
def test_countries_of_peoples_and_short_names(nlp: Language, text: str, present: set[str], absent: set[str]) -> None:
    found = {n for n, e in resolved(nlp, text).items() if e.kind is Kind.COUNTRY}
    assert present <= found and not absent & found, found


@pytest.mark.parametrize(("name", "kept"), [("Anglo-Lorvan Intergovernmental Conference", True),
                                            ("Kenya-Lorvan Cooperation Forum", True), ("Anglo-Lorvan Summit", False)])
def test_a_forum_of_two_parties_is_a_body_and_their_summit_a_meeting(nlp: Language, name: str, kept: bool) -> None:
    """A name tagged as a body, two parties joined by a hyphen before its head: a forum or conference stays a
    body, a summit is the two parties' meeting (no entity)."""
    text = f"The ministers meet next month at the {name} in Leeds."
    doc = nlp(text)
    start = text.find(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert [s.text for s in settle_kinds([span])] == ([name] if kept else [])


def test_one_word_in_capitals_before_a_comma_and_a_date_is_a_datelines_place(nlp: Language) -> None:
    text = "Ministers met.\n\nLORVANO, Sept 8 – Leaders of Chad and Peru pledged on Thursday to act."
    doc = nlp(text)
    start = text.find("LORVANO")
    doc.ents = [e for e in doc.ents if e.start_char > start + 7] + [doc.char_span(start, start + 7, label="ORG")]
    assert ("LORVANO", "PLACE") in {(s.text, s.label_) for s in OrgRepair().match(doc)}
    # ... not a body's acronym opening a line before a comma and a description
    text = "Ministers met.\n\nKAVO, the alliance of Chad and Peru, met on Thursday."
    doc = nlp(text)
    start = text.find("KAVO")
    doc.ents = [e for e in doc.ents if e.start_char > start + 4] + [doc.char_span(start, start + 4, label="ORG")]
    assert ("KAVO", "ORG") in {(s.text, s.label_) for s in OrgRepair().match(doc)}


@pytest.mark.parametrize(("before", "kept"), [("the", True), ("the annual", False), ("the 2019", False)])
def test_a_forum_tagged_as_an_event_is_a_body_unless_held(nlp: Language, before: str, kept: bool) -> None:
    """A forum's name the model tagged as an event is a body, unless a number, a date or "annual" tells a
    meeting held; a conference tagged so stays an event (a trade show's in business news)."""
    text = f"He met her at {before} Lorva International Economic Forum in June."
    doc = nlp(text)
    start = text.find("Lorva")
    doc.ents = [doc.char_span(start, start + len("Lorva International Economic Forum"), label="EVENT")]
    labels = {(s.text, s.label_) for s in OrgRepair().match(doc)}
    assert (("Lorva International Economic Forum", "ORG") in labels) == kept, labels
    text = f"He met her at {before} Lorva Developers Conference in June."
    doc = nlp(text)
    start = text.find("Lorva")
    doc.ents = [doc.char_span(start, start + len("Lorva Developers Conference"), label="EVENT")]
    assert ("Lorva Developers Conference", "ORG") not in {(s.text, s.label_) for s in OrgRepair().match(doc)}
