"""Titles of every shape an outlet writes, one row of invented sentences per construction (real model).

Each row: (construction, text, (person, title, organization) that must be among the roles read); the
last table holds sentences where a title must not be given.
"""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from kg.extract import facts_from_doc
from kg.extract.role_lists import glossary_titles
from kg.nlp import load_pipeline
from kg.records import Article
from kg.resolve.document import resolve_document

from .test_roles import _roles


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


SHAPES = [
    # a portfolio of common nouns before the name, no field word of the list ("of Manpower", "of Public Safety")
    ("portfolio of common nouns", "The Malaysian delegation included Deputy Minister of Manpower Ahmad Rizal Hassan and "
     "the director general.",
     ("Ahmad Rizal Hassan", "Deputy Minister of Manpower", None)),
    ("portfolio of common nouns, subject", "Minister of Public Safety Dana Kowalczyk flew to Ottawa on Monday.",
     ("Dana Kowalczyk", "Minister of Public Safety", None)),
    # a title's complement with its state run into the name by the model, cut at the name: the state stays a
    # state and the title's body ("Minister of Foreign Affairs of Ghana X" lost both, review17 #12)
    ("complement with its state, subject", "Minister of Foreign Affairs of Malawi Nancy Tembo met the Chinese envoy "
     "on Friday.", ("Nancy Tembo", "Minister of Foreign Affairs", "Malawi")),
    # a place's noun ends the complement ("Municipality", "District", "Region"): the place no entity is the title's
    ("complement ending in a place's noun", "The delegation later called on the Mayor of Zenica Municipality "
     "Adnan Hodzic.", ("Adnan Hodzic", "Mayor of Zenica Municipality", None)),
    ("complement ending in a place's noun, the article", "She thanked the Governor of the Western Region Kojo Asante "
     "for the grant.", ("Kojo Asante", "Governor of the Western Region", None)),
    # a capitalised title and its complement set off before a name in commas, however the parser hung them
    # (Caribbean and West African copy: "Leader of the Opposition, X,", "Minister within the Ministry of Y, X,")
    ("capitalised title before commas, complement its own", "The bill was tabled by the Leader of Government "
     "Business, Anita Ramlal, on Tuesday.", ("Anita Ramlal", "Leader of Government Business", None)),
    ("capitalised title before commas, a body in the complement", "Talks with the Permanent Secretary to the "
     "Cabinet, Marcus Ollivierre, ended at noon.", ("Marcus Ollivierre", "Permanent Secretary", "Cabinet")),
    ("capitalised title before commas, no article", "The motion was seconded by Opposition Chief Whip, Dwayne "
     "Gutzmer, and passed.", ("Dwayne Gutzmer", "Opposition Chief Whip", None)),
    # a style of clergy or of a house's member after a longer title is a title of its own
    ("style after a title", "The statement was signed by council president Bishop Tomas Mwale and two elders.",
     ("Tomas Mwale", "Bishop", None)),
    ("style after a title, the title kept", "Chamber of Mines chairman Senator Ruth Gale-Burke opened the session.",
     ("Ruth Gale-Burke", "chairman", "Chamber of Mines")),
    ("style after a title, a house's", "Trade Minister Lord Ellwood-Pryce will visit Accra next week.",
     ("Ellwood-Pryce", "Lord", None)),
    ("style inside the model's name", "Church council secretary Reverend Joyce Banda-Phiri said the talks would "
     "resume.", ("Reverend Joyce Banda-Phiri", "Reverend", None)),
    # an honour's style between the title and the name (Malaysian copy): the title is the name's after the style
    ("title before an honour's style", "Trade Minister Datuk Seri Rahim Osman opened the fair in Kuantan.",
     ("Rahim Osman", "Trade Minister", None)),
    # a portfolio list before an appositive name: the title ends before the name's comma
    ("portfolio list before an appositive name", "Ghana's Minister for Trade, Industry and Tourism, Kofi Mensah, "
     "opened the fair in Accra.", ("Kofi Mensah", "Minister for Trade, Industry and Tourism", "Ghana")),
    ("portfolio list, no state", "The talks were chaired by the Secretary for Labour, Employment and Welfare, Grace "
     "Tembo, in Lusaka.", ("Grace Tembo", "Secretary for Labour, Employment and Welfare", None)),
    # "Name, the X's Y," and "Name, Y of X," appositions, also when the sentence goes on without a comma
    ("apposition, possessive", "Karl Brenner, Norland's deputy foreign minister, arrived on Monday.",
     ("Karl Brenner", "deputy foreign minister", "Norland")),
    ("apposition running into the verb", "Ralph Corby, Airbus's North America CEO commented that the business "
     "had grown.", ("Ralph Corby", "CEO", "Airbus")),
    ("apposition of Org running into the verb", "Scott Carlson, president and CEO of Boeing Commercial Airplanes "
     "said the day was wonderful.", ("Scott Carlson", "president", "Boeing Commercial Airplanes")),
    ("apposition, former Org title", "Penske wants Tom Lasky, former Chrysler President, to head the company.",
     ("Tom Lasky", "former President", "Chrysler")),
    ("apposition after an age", "Tom Hale, 54, the company's chief executive, said profits fell.",
     ("Tom Hale", "chief executive", None)),
    ("who is the title", "Tom Hale, who is also the party's treasurer, said the books were clean.",
     ("Tom Hale", "treasurer", None)),
    ("now the body's title", "Former prime minister Tom Hale, now the party's leader, spoke first.",
     ("Tom Hale", "leader", None)),
    ("title with a relative clause", "Tom Hale, the former foreign minister who now chairs the committee, arrived.",
     ("Tom Hale", "former foreign minister", None)),
    # "Y of X Name" and "Y and Y of X Name"
    ("titles of X before the name", "“Signs of hope,” said the vice president and chairman of Chrysler LLC Jim "
     "Presser.", ("Jim Presser", "chairman", "Chrysler")),
    ("title of a ministry of X before the name", "Talks were held between Minister of Foreign Affairs of the Russian "
     "Federation Nikolai Voronin and his guest.", ("Nikolai Voronin", "Minister of Foreign Affairs", "Russia")),
    # a capitalised title whose complement runs over bodies, states and capitalised words (joined by articles,
    # prepositions and possessives) right up to the name (ptq20: Pakistani, Gulf and US official copy)
    ("title of X to Y before the name", "Ambassador of the Republic of Peru to Hungary Carlos Mendoza Ruiz called "
     "on the minister.", ("Carlos Mendoza Ruiz", "Ambassador", "Peru")),
    ("title of a portfolio of capitalised words", "The delegation was led by Minister of Rural Coordination "
     "Oumar Sangaré-Diallo on Friday.", ("Oumar Sangaré-Diallo", "Minister of Rural Coordination", None)),
    ("state's title of a portfolio", "They dined with Norway's Minister of Coastal Affairs Kari Lunde-Strand.",
     ("Kari Lunde-Strand", "Minister of Coastal Affairs", "Norway")),
    ("title for a state's portfolio", "A meeting with Special Representative for Chile's Water Security Tomas "
     "Elgueta was cancelled.", ("Tomas Elgueta", "Special Representative for Chile's Water Security", None)),
    # a university's or a church's office, and an academic's "Professor" after it, a title of its own (ptq20)
    ("office, Professor Name", "The university hosted a delegation led by its rector, Professor Marta Oliveira "
     "Santos, on Wednesday.", ("Marta Oliveira Santos", "rector", None)),
    ("office, Professor Name: the style too", "The ceremony was presided over by the Rector, Professor Nikos "
     "Papadakis-Lekkas, in the Great Hall.", ("Nikos Papadakis-Lekkas", "Professor", None)),
    ("vice-chancellor before the name", "Vice-Chancellor Naledi Moloi-Adams welcomed the guests.",
     ("Naledi Moloi-Adams", "Vice-Chancellor", None)),
    # South Asian copy writes the body after the title with no "of" ("Chairman Senate X"): the title is the person's,
    # the body the title's, and the body no person (ptq20)
    ("title, body, name", "The delegation called on Chairman Senate Mian Rashid Hayat at the Parliament House.",
     ("Mian Rashid Hayat", "Chairman", "Senate")),
    ("title, body with its short form, name", "Chairman Federal Board of Revenue (FBR) Asad Karim Lodhi was also "
     "present.", ("Asad Karim Lodhi", "Chairman", "Federal Board of Revenue")),
    ("title, body, rank, name", "Chairman Port Qasim Authority Lt Gen (R) Imran Nazir Malik attended the meeting.",
     ("Imran Nazir Malik", "Chairman", "Port Qasim Authority")),
    # "former Y"
    ("former", "Kim Yong Chol, the former spymaster, met Pompeo.", ("Kim Yong Chol", "former spymaster", None)),
    ("the former Y, Name", "The former Chief Operating Officer, Tim Crook, will succeed him.",
     ("Tim Crook", "former Chief Operating Officer", None)),
    # lower-case titles before the name, with or without a comma, an honorific between
    ("the foreign minister, Name", "The talks were opened by the foreign minister, Anna Lindqvist, on Friday.",
     ("Anna Lindqvist", "foreign minister", None)),
    ("title of X, Mr. Name", "The plane was greeted by the Prime Minister of Singapore, Mr. Lee Hsien Loong, at "
     "the airport.", ("Lee Hsien Loong", "Prime Minister", "Singapore")),
    ("title with a long complement, Name", "Apple's worldwide vice-president of marketing for the iPod, Greg "
     "Joswick, said the patch was free.", ("Greg Joswick", "worldwide vice-president", "Apple")),
    ("strategist for X, Name", "“Sentiment is weak,” said the senior market strategist for Invesco AIM, Fritz "
     "Mayer.", ("Fritz Mayer", "senior market strategist", "Invesco AIM")),
    # a plural title over a list of names, each name with its own country or none
    ("plural title, list", "The foreign ministers of the two countries, Ines Matos and Tomas Kiluange, had prepared "
     "the summit.", ("Tomas Kiluange", "foreign minister", None)),
    ("plural title, first of the list", "Their foreign ministers, Eleni Papas and Selim Aydin, met in April.",
     ("Eleni Papas", "foreign minister", None)),
    ("plural title, countries tagged", "The foreign ministers of the three countries, Tarek Sayed of Egypt, Gedion "
     "Wolde of Ethiopia and Amira Taib of Sudan, met in Washington.", ("Amira Taib", "foreign minister", "Sudan")),
    # two titles joined before one name
    ("joined titles", "He was received by Deputy Prime Minister and Foreign Minister Chen Haoran on Monday.",
     ("Chen Haoran", "Deputy Prime Minister", None)),
    ("apposition with a participle", "Faraj Bouzin, prime minister of the government recognised by the eastern "
     "parliament, spent five hours with the envoy.", ("Faraj Bouzin", "prime minister", None)),
    ("apposition with a hyphenated place", "They met Abdel al-Mahdi, the Tripoli-based prime minister, on Monday.",
     ("Abdel al-Mahdi", "prime minister", None)),
    ("title of the Republic of X, Ms. Name", "He held talks with Foreign Minister of the Republic of Chile, Ms. "
     "Valentina Orrego, on Monday.", ("Valentina Orrego", "Foreign Minister", "Chile")),
    ("councilman", "Councilman Steve Okoro said the city should focus on local hiring.",
     ("Steve Okoro", "Councilman", None)),
    # professional titles beyond government
    ("manager of X", "“We wish them well,” said Neil Aspin, manager of Apple Corps.",
     ("Neil Aspin", "manager", "Apple Corps")),
    ("Org executive Name", "In 2003 Boeing executive Michael Sayers arranged a job for her.",
     ("Michael Sayers", "executive", "Boeing")),
    ("Judge Name", "Presiding Judge Martin Manning said he owns an iPod.", ("Martin Manning", "Judge", None)),
    ("a doctor at X", "Lewis Tepper, a doctor at New York University, said it was common.",
     ("Lewis Tepper", "doctor", "New York University")),
    ("economist at X", "Joseph Brunner, chief economist at Merk Investments, said the numbers were soft.",
     ("Joseph Brunner", "chief economist", "Merk Investments")),
    # a courtesy word between the title and the name ("Mr.", "Dr.", "Hon.", "Rt. Hon.")
    ("title of X Mr. Name", "Talks were held with Foreign Minister of Ghana Mr. Kofi Ansu-Bediako on Monday.",
     ("Kofi Ansu-Bediako", "Foreign Minister", "Ghana")),
    ("title Dr. Name", "Trade Minister Dr. Lina Okoro opened the fair on Monday.", ("Lina Okoro", "Trade Minister", None)),
    ("its title, Hon. Name", "The committee, led by its chairperson, Hon. Efua Mensah-Boadu, met the visitors.",
     ("Efua Mensah-Boadu", "chairperson", None)),
    ("title of X, Rt. Hon. Name", "They called on the Speaker of Parliament, Rt. Hon. Kojo Antwi-Baah, on Wednesday.",
     ("Kojo Antwi-Baah", "Speaker", "Parliament")),
    ("title of X and Y, Hon. Name", "They met the Minister of Trade and Industry, Hon. Ama Serwaa-Kufuor, at the "
     "Ministry.", ("Ama Serwaa-Kufuor", "Minister", None)),
    # "Secretary/Minister of State for X" before the name, with or without "of Country"
    ("Secretary of State for X", "U.S. Assistant Secretary of State for Asian Affairs Mark Delaney telephoned him "
     "on Friday.", ("Mark Delaney", "Assistant Secretary of State for Asian Affairs", "United States")),
    ("Secretary of State for X of Country", "He met Secretary of State for External Relations of Mozambique Alda "
     "Tembe in Maputo.", ("Alda Tembe", "Secretary of State for External Relations", "Mozambique")),
    # abbreviated titles and bylines
    ("Gov. Name", "The delegation, led by Gov. Ramon Ibarra Soto, toured the port.", ("Ramon Ibarra Soto", "Gov.", None)),
    ("byline", "By Pia Lindqvist, Staff Writer\n\nOSLO — The ministers met on Monday in Oslo.",
     ("Pia Lindqvist", "Staff Writer", None)),
    # British abbreviated titles after a longer one, civic and consular posts
    ("Lord Provost Cllr Name", "Lord Provost Cllr Ailsa Drummond received the delegation on Monday.",
     ("Ailsa Drummond", "Cllr", None)),
    ("title of a province, Name", "However, a visit by the Vice-Governor of Shaanxi Province, Zhao Mingyuan, was "
     "postponed.", ("Zhao Mingyuan", "Vice-Governor", None)),
    ("X's Consul General in Y, Dr Name", "The day ended at a reception hosted by Poland's Consul General in "
     "Edinburgh, Dr Marek Zielinski, at the consulate.", ("Marek Zielinski", "Consul General", "Poland")),
    ("Tánaiste Name", "Mr Whitcombe and Tánaiste Siobhán Gallagher spent two hours together on Friday.",
     ("Siobhán Gallagher", "Tánaiste", None)),
    ("Cardinal Name, title,", "Afterwards, the President met with Cardinal Matteo Rinaldi, Secretary of State, "
     "accompanied by Archbishop Kieran Doyle.", ("Kieran Doyle", "Archbishop", None)),
    # a list of names with particles ("el-", "al-") under a plural title, each with its country
    ("plural title, particle names", "- November 6, 2019: The foreign ministers of the three countries, Tarek "
     "Mahmoud el-Sayed of Egypt, Gedion Tadesse Wolde of Ethiopia and Amira Osman al-Tayeb of Sudan, meet in "
     "Washington.", ("Tarek Mahmoud el-Sayed", "foreign minister", "Egypt")),
    # a title said once for a list of "Country's Name"
    ("gapped title", "The president will host Albania's Prime Minister Arben Leka, Serbia's Milan Jovic and Greece's "
     "Nikos Pappas for a working dinner on Thursday.", ("Nikos Pappas", "Prime Minister", "Greece")),
    # a who's-who line: "Name: title, title"
    ("who's who line", "Who are the key players?\n\n- Anna Berg: Prime Minister of Sweden since 2019, a former "
     "interior minister who wants a deal.", ("Anna Berg", "former interior minister", None)),
    # plural titles over a list: each name tagged "for X"; a relative clause after the title
    ("plural title, names for X", "Ms Lindqvist said the chief negotiators, Milena Petrovic for Serbia and Valon "
     "Krasniqi for Kosovo, would meet in Brussels.", ("Valon Krasniqi", "chief negotiator", "Kosovo")),
    ("plural title with a relative clause", "However, the deputy prime ministers who head the two countries' border "
     "commissions, Arsen Hakobyan and Vugar Aliyev, reportedly met on Friday.",
     ("Arsen Hakobyan", "deputy prime minister", None)),
    # a plural title over a list of names each with its country's (or body's) possessive
    ("plural title, Country's names", "The two trade ministers, Chile's Rosa Vidal and Peru's Tomas Quiroga, met in "
     "Lima on Monday.", ("Tomas Quiroga", "trade minister", "Peru")),
    ("plural title, Country's names, the first", "Their central bank governors, Ghana's Kwame Boateng, Nigeria's Ada "
     "Eze and Kenya's Jane Mwangi, signed the accord.", ("Kwame Boateng", "central bank governor", "Ghana")),
    # a member of a parliament by the initials, before the name: a party's, a seat's, a nationality's, or alone
    ("MP of a party", "Greens MP Anna Kolar said the bill had been written in the ministry.", ("Anna Kolar", "MP",
                                                                                              None)),
    ("MEP with a nationality, inverted", "\"We want answers,\" said Spanish MEP Iker Etxeberria (The Left).",
     ("Iker Etxeberria", "MEP", "Spain")),
    ("MP after a comma", "A meeting between the envoy and the head of the movement, MP Karim Nassar, was postponed.",
     ("Karim Nassar", "MP", None)),
    # a title with a body's or place's complement, then the name (the model takes all for one body)
    ("title of the Republic of X Name", "The talks were opened by President of the Republic of Angola Domingos "
     "Cunha Neto on Monday.", ("Domingos Cunha Neto", "President", "Angola")),
    ("title to the EU Name", "The plan was welcomed by Ambassador to the EU Marcia Cole on Tuesday.",
     ("Marcia Cole", "Ambassador to the EU", None)),
    ("title of the League Name", "He met Secretary-General of the Arab League Tarek Mansour in Cairo.",
     ("Tarek Mansour", "Secretary-General", "Arab League")),
    ("title of the Bank Name", "Governor of the Central Bank Lina Okafor said rates would hold.",
     ("Lina Okafor", "Governor", "Central Bank")),
    # the body's short name in brackets between the title's complement and the name (ptq19; no title before)
    ("bracketed short name, assembly", "It was attended by Speaker of the National Constituent Assembly (NCA) Ahmed "
     "Khemiri and others.", ("Ahmed Khemiri", "Speaker", "National Constituent Assembly")),
    ("bracketed short name, union", "The talks were opened by Secretary General of the African Farmers Union (AFU) "
     "Samuel Otieno in Nairobi.", ("Samuel Otieno", "Secretary General", "African Farmers Union")),
    ("bracketed short name, word", "Speaker of the Islamic Consultative Assembly (Majlis) Reza Kamali also received "
     "the minister on Sunday.", ("Reza Kamali", "Speaker", "Islamic Consultative Assembly")),
    # a capitalised title's complement with "on" before the name (ptq19)
    ("complement on, adviser", "The leaders will meet again on Monday, UN Special Adviser on Cyprus Hans Weber said.",
     ("Hans Weber", "Special Adviser on Cyprus", None)),
    ("complement on, envoy", "The Speaker received the Special Envoy on Climate Change Maria Lindqvist in Oslo.",
     ("Maria Lindqvist", "Special Envoy on Climate Change", None)),
    ("complement on, rapporteur", "The council heard Special Rapporteur on Torture Ana Lucia Ferreira on Tuesday.",
     ("Ana Lucia Ferreira", "Special Rapporteur on Torture", None)),
    # a title told before the name in a description of the speaker
    ("description before", "A Kremlin spokesman described the talks as useful. Ivan Sorokin said the leaders "
     "would speak again.", ("Ivan Sorokin", "spokesman", "Kremlin")),
    # a title from a later sentence: "Name ... The minister said"
    ("the minister later", "Taro Kondo arrived in Seoul on Monday for two days of talks. The foreign minister said "
     "he hoped for progress.", ("Taro Kondo", "foreign minister", None)),
]


@pytest.mark.parametrize("name,text,expected", SHAPES, ids=[c[0] for c in SHAPES])
def test_title_shapes(nlp: Language, name: str, text: str, expected: tuple[str, str, str | None]) -> None:
    found = _roles(nlp, text)
    assert expected in found, found


NO_TITLE = [
    # a date between a capitalised title and the name is no "on" complement (ptq19)
    ("a date after the title, no complement", "The Minister on Friday Ahmed Khan met the envoy.", "Ahmed Khan"),
    # the title belongs to someone else, named or not
    ("after meeting X, the title", "After meeting Sergei Lavrin, the U.S. Secretary of State confirmed the talks.",
     "Sergei Lavrin"),
    ("a later sentence, another person between", "Taro Kondo arrived in Seoul on Monday. He met Lee Sun-hee. "
     "The foreign minister said he hoped for progress.", "Taro Kondo"),
    ("no title said for the list", "He met France's Emmanuel Macron and Germany's Olaf Scholz on Monday.",
     "Olaf Scholz"),
    ("a place the model took for a person", "The minister also called on the army chief at the General "
     "Headquarters (GHQ) in Rawalpindi.", "Headquarters"),
    ("a body after a title is nobody", "The delegation called on Chairman Senate Mian Rashid Hayat at the Parliament "
     "House.", "Senate"),
    ("a later sentence, a name follows the title", "Taro Kondo arrived in Seoul on Monday. The foreign minister, "
     "Ken Aoki, said he hoped for progress.", "Taro Kondo"),
]


NOT_READ = [
    # a name's word that is a thing's noun is no portfolio ("Ciarán Mac ..." cut by the tagger after "Mac")
    ("a thing's noun in the name", "He met the Minister for Foreign Affairs and Trade, Cathal Mac Donnchadha, on "
     "Monday.", ("Donnchadha", "Minister for Foreign Affairs and Trade, Cathal Mac", None)),
    # the head of a title the person holds in full is no second title
    ("short form of the title", "Foreign Minister Sari Wulandari of Indonesia spoke first.\nQUESTION: Minister "
     "Wulandari, will the talks resume?", ("Sari Wulandari", "Minister", None)),
    # "counterpart" mirrors a title only for a person the text gives none
    ("counterpart with her own title", "The Foreign Secretary, Hugh Penrose, held talks with his Kenyan counterpart, "
     "Foreign Minister Amina Waweru, on Tuesday.", ("Amina Waweru", "Foreign Secretary", "Kenya")),
    # a form of address before the name is no office ("Sheikh"), beside a title or alone
    ("a form of address beside an office", "His Highness Sheikh Hamad bin Zayed Al Nahyan, Deputy Prime Minister, "
     "received the delegation.", ("Hamad bin Zayed Al Nahyan", "Sheikh", None)),
    ("a form of address before an appositive", "On the other side of the table was Sheikh Saeed al-Nuaimi, the "
     "chairman of Gulf Port Holdings.", ("Saeed al-Nuaimi", "Sheikh", None)),
]


@pytest.mark.parametrize("name,text,role", NOT_READ, ids=[c[0] for c in NOT_READ])
def test_not_read(nlp: Language, name: str, text: str, role: tuple[str, str, str | None]) -> None:
    found = _roles(nlp, text)
    assert role not in found and role[:2] not in {r[:2] for r in found}, found


@pytest.mark.parametrize("name,text,person", NO_TITLE, ids=[c[0] for c in NO_TITLE])
def test_no_title(nlp: Language, name: str, text: str, person: str) -> None:
    found = _roles(nlp, text)
    assert not [r for r in found if r[0] == person and r[1]], found


# (text, person, the titles the article's facts keep for that person)
KEPT = [
    # the short form of an office stands beside its long form: one title, the long one
    ("Secretary of State Anselm K. Brightwater met Josep Borrell. Secretary Brightwater said it went well.",
     "Anselm K. Brightwater", {"Secretary of State"}),
    # the head alone beside the head with its complement (an appositive after the portfolio)
    ("The chief executive was joined by the Secretary for Labour and Mainland Affairs, Edna Moyo, on Monday.",
     "Edna Moyo", {"Secretary for Labour and Mainland Affairs"}),
    # a title that ends another is another office ("Vice President", "President")
    ("Vice President Lena Ortiz met Josep Borrell. President Lena Ortiz said it went well.",
     "Lena Ortiz", {"Vice President", "President"}),
]


@pytest.mark.parametrize("text,person,titles", KEPT, ids=[c[1] for c in KEPT])
def test_a_short_form_of_a_title_yields_to_the_long_one(nlp: Language, text: str, person: str,
                                                        titles: set[str]) -> None:
    doc = nlp(text)
    facts = facts_from_doc(doc, Article("t", text, "t", dt.date(2019, 1, 18)), resolve_document(doc))
    names = {e.key: e.name for e in facts.entities}
    assert {r.title for r in facts.roles if names[r.person] == person and r.title} == titles


# a transcript's turn label and the clause said after it are no who's-who line; a description with a relative clause
# still is one (ptq20): the who's-who reading itself, as the model's spans come
TURNS = [
    ("a turn of a transcript", "Clara Bennett hosts the programme.\n\nClara Bennett: The Prime Minister sits down "
     "with the American president here later today, their first meeting.", None),
    ("a who's-who line with a relative clause", "Who are the key players?\n\n- Anna Berg: Prime Minister of Sweden "
     "since 2019, a former interior minister who says a deal is near.", "former interior minister"),
]


@pytest.mark.parametrize("name,text,title", TURNS, ids=[c[0] for c in TURNS])
def test_turns_are_no_glossary(nlp: Language, name: str, text: str, title: str | None) -> None:
    doc = nlp(text)
    res = resolve_document(doc)
    found = {g.title for span, _ in res.spans for g in glossary_titles(doc, span, res)}
    assert (title in found) if title else not found, found
