"""Kinds read from constructions of news in general (issue 14; found by bench/bench_errors.py on GUM):
teams named by their country, events, laws and works, places in lists, people after occupations, and
the article's own outlet. Each case is a sentence written for the test, through the real pipeline.
"""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.nlp.outlet import outlet_names
from kg.pipeline import analyze
from kg.records import Article, Kind

from .conftest import entities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


# (text, entities that must be there with their kind, names that must not be any entity)
CASES = [
    # a country beside a match score is its national team, in every other mention of the article too
    ("Norway beat Chile 2 – 1 on Saturday; Peru lost 0 – 3 to Norway on Sunday. Chile's coach resigned.",
     {"Norway": Kind.ORGANIZATION, "Chile": Kind.ORGANIZATION, "Peru": Kind.ORGANIZATION}, set()),
    ("Group B — Norway 2 – 1 Chile. The match ended with Norway winning three points.",
     {"Norway": Kind.ORGANIZATION}, set()),
    # ... but a vote's figures are no score, and a war is no match
    ("The vote in Chile was 52-48, officials in Norway said.", {"Chile": Kind.COUNTRY, "Norway": Kind.COUNTRY},
     set()),
    ("Norway defeated Chile in 1879, historians say.", {"Norway": Kind.COUNTRY, "Chile": Kind.COUNTRY}, set()),
    # names headed by a festival, fair, tournament or games noun are events
    ("The troupe played the Spring Carnival of Puppetry in Ohio and the Lakeshore Jubilee in May.",
     {}, {"Spring Carnival of Puppetry", "Lakeshore Jubilee"}),
    ("The Northern Lakes Esports Championship ran all weekend.", {}, {"Northern Lakes Esports Championship"}),
    ("She retired after the 2012 Summer Paralympics in London.", {"London": Kind.PLACE}, {"Summer Paralympics"}),
    # laws, licences and studies are no bodies; nor is a name set before a work's class noun
    ("The Clean Rivers Act and the Open Maps License were cited by the Harlow Nutrition Study.",
     {}, {"Clean Rivers Act", "Open Maps License", "Harlow Nutrition Study"}),
    ("He also runs the Fungiscope blog and starred in the 1971 film Desert Sparrow.",
     {}, {"Fungiscope", "Desert Sparrow"}),
    # a place the gazetteer knows, in a list of places, is a place whatever the model said
    ("The religious schools in Livorno, Tuscany, must pay the tax.", {"Tuscany": Kind.PLACE}, set()),
    ("Video: Dana Kerr. Evansville, Indiana, United States - The exhibit opened on Friday.",
     {"Evansville": Kind.PLACE}, set()),
    # a one-word name after "to" is a person's unless the gazetteer knows a place of that name
    ("There is a wonderful quote attributed to Einstein about research.", {"Einstein": Kind.PERSON}, set()),
    ("She flew to Toulouse on Monday.", {"Toulouse": Kind.PLACE}, set()),
    # a name right after an occupation noun is a person's, even where the model saw a place
    ("The show features Polaroids of fashion designer Halston, a former resident of the city.",
     {"Halston": Kind.PERSON}, set()),
    ("The guests included athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).",
     {"Vitas Gerulaitis": Kind.PERSON, "Jack Nicklaus": Kind.PERSON}, set()),
    # a place, a nationality or "Morning" before a newspaper's head word names a newspaper
    ("Omar Haddad, an editor at the Saudi Gazette, said so, according to the Sydney Morning Herald.",
     {"Saudi Gazette": Kind.ORGANIZATION, "Sydney Morning Herald": Kind.ORGANIZATION}, set()),
    ('"Report found on a street" - Toronto Star, August 15, 2008.', {"Toronto Star": Kind.ORGANIZATION}, set()),
    # ... while a place named after one stays a place
    ("Crowds filled Times Square on Friday.", {"Times Square": Kind.PLACE}, set()),
    # a museum, a planetarium or an air base is a building, a place
    ("Simulators will go to the Adler Planetarium and the Halvorsen Air Force Base in Ohio.",
     {"Adler Planetarium": Kind.PLACE, "Halvorsen Air Force Base": Kind.PLACE}, set()),
    # a given name and a surname the model took for a body are a person's; a company named so stays one
    ("Those who wrote in included Britney Spears and Dean Kamen.",
     {"Britney Spears": Kind.PERSON, "Dean Kamen": Kind.PERSON}, set()),
    # ... unless the article shows a firm: "shares of X", "X said its" (a bank named after its founders)
    ("Shares of Morgan Stanley fell 3 percent on Monday after the bank cut its forecast.",
     {"Morgan Stanley": Kind.ORGANIZATION}, set()),
    ("Analysts at Morgan Stanley expect the central bank to raise rates.", {"Morgan Stanley": Kind.ORGANIZATION}, set()),
    ("Morgan Stanley analyst Jo Pruett said the shares would fall.", {"Morgan Stanley": Kind.ORGANIZATION}, set()),
    # a place named inside the name of a university, a stadium or a municipality is mentioned too
    ("Nils Varg, of the University of Helsinki, spoke after the game at the Volgograd Arena.",
     {"University of Helsinki": Kind.ORGANIZATION, "Helsinki": Kind.PLACE, "Volgograd": Kind.PLACE}, set()),
    ("Lena Ortiz teaches at Colorado State University.", {"Colorado": Kind.PLACE}, set()),
    # ... but not inside a company's, a bank's or a paper's name, nor a country
    ("Air France and Shanghai Airlines cut fares, the Bank of Korea said, citing the New York Times.",
     {}, {"France", "Shanghai", "Korea", "South Korea", "New York"}),
    ("The Mary Leigh Museum of Art opened on Friday.", {}, {"Mary"}),
    # a storm is an event, its short name too
    ("Cyclone Varuni hit the coast on Monday. By Tuesday, Varuni had weakened.", {}, {"Cyclone Varuni", "Varuni"}),
    # the body whose acronym opens an event's name, and a company before its product, are organizations
    ("Day five of the 2018 FIFA World Cup saw three upsets.", {"FIFA": Kind.ORGANIZATION}, {"FIFA World Cup"}),
    ("Google said the Google Chrome browser is gaining users.", {"Google": Kind.ORGANIZATION},
     {"Google Chrome"}),
    # a name ends at a line break and before a caption's label
    ("Wikinews interviews experts on Cyclone Varuni\nFile photo of interviewee Dana Kerr.", {"Dana Kerr": Kind.PERSON},
     {"Cyclone Varuni\nFile", "Varuni\nFile"}),
    ("President Omar Haddad tweeted to student Ahmed Mohamed Image: Twitter.", {"Ahmed Mohamed": Kind.PERSON},
     {"Ahmed Mohamed Image"}),
    # two one-word "places" side by side, the first no place at all, are a person's given name and surname
    ("Valeska Paris, an Australian woman and former member, has claimed the group held her.",
     {"Valeska Paris": Kind.PERSON}, {"Valeska", "France"}),
    # ... but two places stay places
    ("Flooding hit Kabul Afghanistan and Herat on Monday.", {}, {"Kabul Afghanistan"}),
    # a craft and a mission's code are no people or places; a person named with such a word stays one
    ("Space Shuttle Orinoco lifted off on STS-212, the first mission of the year.", {}, {"Space Shuttle Orinoco",
                                                                                       "STS-212"}),
    ("Jet Li met the crew on Monday.", {"Jet Li": Kind.PERSON}, set()),
    # names listed together are of one kind: people among people, a body among bodies
    ("The show has prints by photographers such as Ansel Adams, Chuck Close, Walker Evans and Helmut Newton.",
     {"Walker Evans": Kind.PERSON, "Chuck Close": Kind.PERSON}, set()),
    ("Some still worship the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.",
     {"Poseidon": Kind.PERSON, "Aphrodite": Kind.PERSON, "Athena": Kind.PERSON}, set()),
    ("Vexlo, Microsoft, and PlayStation VR all had booths at the fair.", {"Vexlo": Kind.ORGANIZATION}, set()),
    ("He met the Office of the President and the Oval Office.", {"Oval Office": Kind.PLACE}, set()),
    # an acronym after a person and "of" is the person's party or body
    ("Councillors Ann Wong of DAB and Peter Lau of BPA were re-elected.",
     {"DAB": Kind.ORGANIZATION, "BPA": Kind.ORGANIZATION, "Peter Lau": Kind.PERSON}, set()),
    # letters after a person's name and a comma are a rank or an honour
    ("In the words of the prosecutor, Tom Brandt, QC, the girl suffered. Jo Kerr, SC, said so.",
     {"Tom Brandt": Kind.PERSON}, {"QC", "SC"}),
    # a "place" no gazetteer knows: a given name is a person, an acronym a body, a glued code a product
    ("I have a chart -- Rebecca and I put it together. Genesis brought back a sample from the Sun.",
     {"Rebecca": Kind.PERSON, "Sun": Kind.PLACE}, set()),  # "the Sun" is no given name
    ("I went to the TAOM in Dallas.", {"TAOM": Kind.ORGANIZATION, "Dallas": Kind.PLACE}, set()),
    ("Microsoft's Internet Explorer 9 (IE9) browser is almost complete; it is time for IE6 users to move on. "
     "IE's versions held 70 percent.", {"Microsoft": Kind.ORGANIZATION}, {"IE9", "IE6", "IE"}),
    # ... and the other way round, a short form of a place is a place; a museum is a building
    ("The seats will go to the Vance Space Center (VSC) in Houston. However, the VSC will get only seats.",
     {"Vance Space Center": Kind.PLACE}, {"VSC"}),
    ("The Museum of Gliding in Seattle was also proposed.", {"Museum of Gliding": Kind.PLACE}, set()),
    ("At the moment Shalev is in Borgo Lerina, Trento, Italy for a conference.",
     {"Borgo Lerina": Kind.PLACE}, set()),
    # a capital written alone after a person of that surname is the person, not the state
    ("Dana Paris, an Australian woman, has claimed the group held her. Paris was born in Switzerland.",
     {"Dana Paris": Kind.PERSON}, {"France", "Paris"}),
    # a plural in brackets is no part of a name ("Ohio Governor(s" is no person)
    ("Which previous Ohio Governor(s) do you most admire and why?", {"Ohio": Kind.PLACE}, set()),
    # "Given Surname of Body" taken as one title or body is a person and the person's body
    ("Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming\nGeneral questions",
     {"Isabel Ruiz": Kind.PERSON, "Heaven Sent Gaming": Kind.ORGANIZATION}, {"Isabel Ruiz of Heaven Sent Gaming"}),
    ("The trial begins on Wednesday in the Royal Courts of Justice in London.", {}, {"Royal Courts"}),
    # a domain name beside a site noun is the website, no body; a company named so stays one
    ("Other sites such as Vexlo.com will keep the video. As of Friday the Carvana.org site was down. "
     "Amazon.com said profits rose.", {"Amazon.com": Kind.ORGANIZATION}, {"Vexlo.com", "Carvana.org"}),
    # a body of two places joined by a hyphen keeps both in its name; "US-ASEAN" is still two names
    ("A delegation of the Norway-Africa Parliamentary Association arrived on Monday.",
     {"Norway-Africa Parliamentary Association": Kind.ORGANIZATION}, {"Africa Parliamentary Association"}),
    # (two states' joint commission named by their pair is one body, whole: kg/nlp/components/paired_bodies.py)
    ("The two ministers co-chaired the sixth meeting of the India-Indonesia Joint Commission.",
     {"India-Indonesia Joint Commission": Kind.ORGANIZATION}, {"Indonesia Joint Commission"}),
    ("The US-ASEAN summit opened.", {"United States": Kind.COUNTRY, "ASEAN": Kind.ORGANIZATION}, set()),
    # a readout's title ends with the state; the name after it is the person's
    ("He met Deputy Minister of Foreign Affairs of the Russian Federation Pavel Orlov and Secretary of State "
     "for External Relations of Angola Luísa Fernandes da Costa.",
     {"Pavel Orlov": Kind.PERSON, "Luísa Fernandes da Costa": Kind.PERSON, "Russia": Kind.COUNTRY}, set()),
    ("Officials of the Zambia Revenue Authority came.", {"Zambia Revenue Authority": Kind.ORGANIZATION}, set()),
    # a name right after a title word, or described by a title after a comma, is a person's; an honorific too
    ("He met Fiji's Foreign Minister, Litia Tuiloma, in Suva. \"Not now,\" said UCR deputy Mercedes Achával Pinedo.",
     {"Litia Tuiloma": Kind.PERSON, "Mercedes Achával Pinedo": Kind.PERSON}, set()),
    ("One of them was Teodoro Quispe Mamani, then a deputy foreign minister in La Paz.",
     {"Teodoro Quispe Mamani": Kind.PERSON}, set()),
    ("He met Chief of Army Staff Gen Asad Mehmood Niazi. The Council heard H.E. Vincent Habimana.",
     {"Asad Mehmood Niazi": Kind.PERSON, "Vincent Habimana": Kind.PERSON}, {"Gen Asad Mehmood Niazi"}),
    ("The White House said the talks went well.", {"White House": Kind.ORGANIZATION}, set()),
    # a House named without "the" after "at" is the building; a lone title or a "post-" stance is no body
    ("The two ministers met at Iveagh House in Dublin. The Taoiseach said post-Brexit trade was fine.",
     {"Iveagh House": Kind.PLACE}, {"Taoiseach", "post-Brexit", "Brexit"}),
    ("A statement from State House said so.", {"State House": Kind.ORGANIZATION}, set()),
    ("Taking note of the remarks by H.E. Ambassador Mamadou Lamine Diop, the Council agreed.", {}, {"H.E."}),
    # a nation's delegation is its people at the table, no body of its own (the dev gold's convention);
    # a government or a transition team is one
    ("The Indian delegation met the Saudi delegation; the Obama transition team said so.",
     {"Obama transition team": Kind.ORGANIZATION}, {"Indian delegation", "Saudi delegation"}),
    # a stance ("pro-Beijing", "Pan-democrat") is no name; the name after it is one
    ("Pro-Beijing DAB's Lena Wu won. Pan-democrat Lam Kin-wah from the Civic Party and pro-Beijing councillors lost.",
     {"DAB": Kind.ORGANIZATION, "Lam Kin-wah": Kind.PERSON, "Lena Wu": Kind.PERSON},
     {"pro-Beijing", "Pro-Beijing", "Beijing", "Pan-democrat Lam Kin-wah"}),
    # two bodies joined by a slash are two; a day, week or month kept for a cause is an observance
    ("The latest Newsmax / Zogby poll placed him at 8 percent.",
     {"Newsmax": Kind.ORGANIZATION, "Zogby": Kind.ORGANIZATION}, set()),
    ("October is National Puppetry Month in the United States.", {}, {"National Puppetry Month"}),
    # a name after "a resident of" is a place; a craft named with a craft's noun is no body
    ("Halston, a former resident of Evansville, was there.", {"Evansville": Kind.PLACE}, set()),
    ("The prototype orbiter, Space Shuttle Endeavour II would be relocated.", {}, {"Space Shuttle Endeavour II"}),
    # a country listed with teams is a team, not a place in a list of places
    ("Sweden, Belgium, England win three points\nTunisia lost 1 – 2 to England on Monday.",
     {"England": Kind.ORGANIZATION}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_kinds_in_news_constructions(nlp: Language, text: str, present: dict[str, Kind], absent: set[str]) -> None:
    found = entities(nlp, text)
    for name, kind in present.items():
        assert found.get(name) == kind, (name, found)
    assert not absent & set(found), found


def test_the_outlet_is_named_by_its_publisher_or_url_host() -> None:
    assert outlet_names(Article("a", "x", "a", url="https://en.northwire.org/wiki/Baker")) == {"northwire"}
    assert outlet_names(Article("a", "x", "a", url="https://www.harbour.co.uk/news/1")) == {"harbour"}
    assert outlet_names(Article("a", "x", "a", publisher="Harbor Gazette")) == {"harbor gazette"}
    assert outlet_names(Article("a", "x", "a")) == set()


@pytest.mark.parametrize(("article", "outlet"), [
    (Article("a", "Northwire interviews a baker\nThe baker told Northwire she would open a second shop.", "a",
             url="https://en.northwire.org/wiki/Baker"), "Northwire"),
    (Article("b", "Speaking to the Harbor Gazette, the mayor said the port would grow.", "b",
             publisher="Harbor Gazette"), "Harbor Gazette"),
])
def test_the_articles_own_outlet_named_in_its_text_is_an_organization(
        nlp: Language, article: Article, outlet: str) -> None:
    facts = analyze(nlp(article.text), article)
    kinds = {e.name: e.kind for e in facts.entities}
    assert kinds.get(outlet) == Kind.ORGANIZATION, kinds
    keys = {e.key for e in facts.entities if e.name == outlet}
    spans = sorted((m.start, m.end) for m in facts.mentions if m.entity in keys)
    assert [article.text[s:e] for s, e in spans] == [outlet] * article.text.count(outlet)


def test_a_word_spelling_the_outlet_in_lower_case_is_no_mention(nlp: Language) -> None:
    article = Article("c", "The northwire fence was mended by Dana Kerr.", "c", url="https://northwire.org/x")
    assert "northwire" not in {e.name.lower() for e in analyze(nlp(article.text), article).entities}


def test_entity_nouns_are_the_scripts_output() -> None:
    """kg/data/nlp/entity_nouns.toml is exactly what scripts/make_entity_nouns.py derives from WordNet 3.0."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_entity_nouns", root / "scripts" / "make_entity_nouns.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    wordnet = Path("/usr/share/wordnet")  # Debian's wordnet-base, installed by .ci/setup-system
    assert (wordnet / "data.noun").is_file(), "WordNet 3.0 missing: run .ci/setup-system"
    assert script.render(wordnet) == (root / "kg" / "data" / "nlp" / "entity_nouns.toml").read_text(encoding="utf-8")


def test_given_names_are_the_scripts_output() -> None:
    """kg/data/names/given_names.txt is exactly what scripts/make_given_names.py derives from the package."""
    import importlib.util
    from pathlib import Path

    from kg.nlp.components.given_names import GIVEN_NAMES, given_names

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_given_names", root / "scripts" / "make_given_names.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render() == GIVEN_NAMES.read_text(encoding="utf-8")
    assert {"britney", "dean", "walker"} <= given_names()


def test_an_ordinal_counts_no_market_move_but_a_thousand_does(nlp: Language) -> None:
    """kinds._moves_by_a_number: "X opened the 46th summit" moves no market; "fell a thousand points" does (review20
    #4: "thousand" ends in "nd" as "2nd" does)."""
    from kg.resolve.kinds import _ordinal

    doc = nlp("The index fell a thousand points after the 46th summit, the 2nd round and the fifth session.")
    assert {t.text: _ordinal(t) for t in doc if t.like_num} == {
        "thousand": False, "46th": True, "2nd": True, "fifth": True}
