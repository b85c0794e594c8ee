"""Meetings: constructions on short sentences, the seed article, and the dev set scored by the README rule."""
from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest

from kg.extract.meetings import extract_meetings
from kg.extract.roles import extract_roles
from kg.resolve.document import resolve_document
from kg.records import Article, Meeting, Status

from .conftest import EVAL

SEED = "000_d30bdd079e06602b.txt"


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def _run(nlp, text: str, date: dt.date | None = dt.date(2019, 1, 18), ident: str = "t"):
    article = Article(ident, text, ident, date)
    doc = nlp(text)
    res = resolve_document(doc)
    roles = extract_roles(doc, article, res)
    res = res.with_entities(roles.entities)  # the countries roles imply, as the pipeline adds them
    found = extract_meetings(doc, article, res, list(roles.roles))
    # the places the extractor found beside the resolution's, as the pipeline adds them
    return list(found.meetings), SimpleNamespace(entities={**res.entities, **{e.key: e for e in found.entities}})


def _names(meeting: Meeting, res) -> set[str]:
    return {res.entities[k].name for k in meeting.participants}


# text, expected participants, status, date, place name, duration
CASES = [
    ("Donald Trump met Friday with Kim Jong Un in the Oval Office.",
     {"Donald Trump", "Kim Jong Un"}, Status.HELD, "2019-01-18", "Oval Office", None),
    ("Earlier on Friday, Kim Yong Chol met with Secretary of State Mike Pompeo at a Washington hotel.",
     {"Kim Yong Chol", "Mike Pompeo"}, Status.HELD, "2019-01-18", "Washington", None),
    ("Russian President Vladimir Putin and Chinese President Xi Jinping met Thursday in Beijing. "
     "The talks lasted 90 minutes.",
     {"Vladimir Putin", "Xi Jinping"}, Status.HELD, "2019-01-17", "Beijing", "PT90M"),
    ("A second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un will be held "
     "at the end of February.",  # the month, as the seed's gold reads it ("late February": tests/test_meetings_dates.py)
     {"Donald Trump", "Kim Jong Un"}, Status.PLANNED, "2019-02", None, None),
    ("German Chancellor Angela Merkel will meet French President Emmanuel Macron in Paris next month.",
     {"Angela Merkel", "Emmanuel Macron"}, Status.PLANNED, "2019-02", "Paris", None),
    ("Prime Minister Shinzo Abe said he is open to a summit with South Korean President Moon Jae-in.",
     {"Shinzo Abe", "Moon Jae-in"}, Status.PROPOSED, None, None, None),
    ("President Emmanuel Macron hosted Prime Minister Justin Trudeau at the Elysee Palace on Monday.",
     {"Emmanuel Macron", "Justin Trudeau"}, Status.HELD, "2019-01-14", "Elysee Palace", None),
    ("Japanese Foreign Minister Taro Kono and Chinese Foreign Minister Wang Yi held talks in Tokyo "
     "on Tuesday.",
     {"Taro Kono", "Wang Yi"}, Status.HELD, "2019-01-15", "Tokyo", None),
    ("The planned meeting between Salva Kiir and Riek Machar was cancelled on Tuesday.",
     {"Riek Machar", "Salva Kiir"}, Status.CANCELLED, "2019-01-15", None, None),
    ("Kiir and Machar met at the State House on Monday and are expected to meet again Wednesday.",
     None, None, None, None, None),  # checked below: two meetings
]


@pytest.mark.parametrize("text, people, status, date, place, duration", CASES[:-1])
def test_constructions(nlp, text, people, status, date, place, duration):
    meetings, res = _run(nlp, text)
    assert len(meetings) == 1, meetings
    m = meetings[0]
    assert _names(m, res) == people
    assert m.status == status
    assert (m.date.value if m.date else None) == date
    assert (res.entities[m.place].name if m.place else None) == place
    assert m.duration == duration
    assert m.evidence and m.evidence[0].article == "t"
    assert 0.0 <= m.confidence <= 1.0


def test_again_is_another_meeting(nlp):
    text = "Salva Kiir and Riek Machar met on Monday and are expected to meet again Wednesday."
    meetings, res = _run(nlp, text, dt.date(2019, 9, 10))
    by_date = {m.date.value: m for m in meetings if m.date}
    assert set(by_date) == {"2019-09-09", "2019-09-11"}
    assert by_date["2019-09-09"].status == Status.HELD
    assert by_date["2019-09-11"].status == Status.PLANNED


@pytest.mark.parametrize("text", [
    "The announcement was met with skepticism by analysts.",
    "Donald Trump spoke by phone with Emmanuel Macron on Friday.",
    "Donald Trump said Kim Jong Un must meet Washington's demands.",
    "Donald Trump gave a press conference on Friday.",
    "Donald Trump held a meeting on Friday.",  # one participant is no meeting
])
def test_not_meetings(nlp, text):
    meetings, _ = _run(nlp, text)
    assert meetings == []


def test_no_article_date_no_meeting_date(nlp):
    meetings, _ = _run(nlp, "Vladimir Putin met Xi Jinping on Friday in Beijing.", date=None)
    assert len(meetings) == 1 and meetings[0].date is None


def test_plural_reference_and_anaphora(nlp):
    text = ("Russian President Vladimir Putin and North Korean leader Kim Jong Un met Thursday. "
            "The two men met for nearly two hours on an island off the city of Vladivostok. "
            "After the meeting, Putin spoke to reporters.")
    meetings, res = _run(nlp, text, dt.date(2019, 4, 25))
    assert len(meetings) == 1
    m = meetings[0]
    assert _names(m, res) == {"Vladimir Putin", "Kim Jong Un"}
    assert m.date.value == "2019-04-25" and m.duration == "PT2H"
    assert res.entities[m.place].name == "Vladivostok"
    assert len(m.evidence) == 3


def test_ordinals_keep_meetings_apart(nlp):
    text = ("A second summit between Donald Trump and Kim Jong Un will be held in February. "
            "Critics say nothing changed since the first Trump-Kim summit in Singapore last June.")
    meetings, res = _run(nlp, text)
    assert sorted(m.ordinal for m in meetings) == [1, 2]
    first = next(m for m in meetings if m.ordinal == 1)
    assert first.status == Status.HELD and first.date.value == "2018-06"
    assert res.entities[first.place].name == "Singapore"


# --- constructions of news English: groups, references, dates, places --------------------------------

def _summary(meetings, res) -> set[tuple]:
    return {(frozenset(_names(m, res)), m.status, m.date.value if m.date else None,
             res.entities[m.place].name if m.place else None) for m in meetings}


# text, publication date, expected {(participants, status, date, place)}
GROUP_CASES = [
    # "the leaders of X and Y", no leader named for X or Y: the people of a nearby mention of the meeting;
    # "the Nth meeting ... this year" also tells of earlier ones that year
    ("The leaders of India and Pakistan have held talks in Tashkent. The visit is the second meeting "
     "between Narendra Modi and Imran Khan this year.", dt.date(2019, 6, 14),
     {(frozenset({"Narendra Modi", "Imran Khan"}), Status.HELD, "2019-06-14", "Tashkent"),
      (frozenset({"Narendra Modi", "Imran Khan"}), Status.HELD, "2019", None)}),
    # ... their roles when the article gives them
    ("French President Emmanuel Macron arrived on Monday. German Chancellor Angela Merkel spoke later. "
     "The leaders of France and Germany met in Berlin on Tuesday.", dt.date(2019, 6, 14),
     {(frozenset({"Emmanuel Macron", "Angela Merkel"}), Status.HELD, "2019-06-11", "Berlin")}),
    # ... else the states
    ("The leaders of Chile and Peru met in Lima on Monday.", dt.date(2019, 6, 14),
     {(frozenset({"Chile", "Peru"}), Status.HELD, "2019-06-10", "Lima")}),
    # "the European leaders": the leaders of the region's states named before; "a day after"
    ("The leaders of France, Germany and Russia have held talks in Moscow. French President Francois Hollande, "
     "German Chancellor Angela Merkel and Russian President Vladimir Putin spoke for five hours. The "
     "talks came a day after the European leaders met Ukrainian President Petro Poroshenko in Warsaw.",
     dt.date(2015, 2, 6),
     {(frozenset({"Francois Hollande", "Angela Merkel", "Vladimir Putin"}), Status.HELD, "2015-02-06", "Moscow"),
      (frozenset({"Francois Hollande", "Angela Merkel", "Petro Poroshenko"}), Status.HELD, "2015-02-05",
       "Warsaw")}),
    # "the president-elect" through "the election of X as president"
    ("German Chancellor Angela Merkel welcomed the election of Senator Joe Biden as U.S. president. The chancellor said she "
     "would try to meet with the president-elect very soon.", dt.date(2020, 11, 8),
     {(frozenset({"Angela Merkel", "Joe Biden"}), Status.PROPOSED, None, None)}),
    # "the two sides" are parties (the states of the two people), "six years since" dates the talks
    ("Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas will meet next month. "
     "Condoleezza Rice said it has been six years since the two sides held such talks.", dt.date(2007, 1, 15),
     {(frozenset({"Ehud Olmert", "Mahmoud Abbas"}), Status.PLANNED, "2007-02", None),
      (frozenset({"Israel", "Palestine"}), Status.HELD, "2001", None)}),
    # a collective noun for states, with a plural subject on "talk"
    ("The diplomat said it has been ten years since the Indian and Pakistani leadership talked about "
     "trade.", dt.date(2019, 6, 14),
     {(frozenset({"India", "Pakistan"}), Status.HELD, "2009", None)}),
    # a counted group of states listed in the next sentence ("North and South Korea" is two)
    ("Such an effort would involve the six nations that took part in talks on the issue over the years. "
     "The six are North and South Korea, China, Japan, Russia and the United States.", dt.date(2019, 4, 25),
     {(frozenset({"North Korea", "South Korea", "China", "Japan", "Russia", "United States"}), Status.HELD,
       None, None)}),
    # "their" is the plural noun before it; "sides" of one state are no parties we can name
    ("Laurent Gbagbo and Alassane Ouattara both claim the presidency of Ivory Coast. The two sides "
     "failed to agree even on what their talks are about.", dt.date(2011, 1, 3), set()),
]


@pytest.mark.parametrize("text, date, expected", GROUP_CASES)
def test_group_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected


DATE_PLACE_CASES = [
    # a week's series: the sessions of that week take its place; it is no meeting of its own
    ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki are meeting in Asmara this "
     "week. Abiy Ahmed and Isaias Afwerki met on Monday and are expected to meet again on Wednesday.", dt.date(2019, 9, 10),
     {(frozenset({"Abiy Ahmed", "Isaias Afwerki"}), Status.HELD, "2019-09-09", "Asmara"),
      (frozenset({"Abiy Ahmed", "Isaias Afwerki"}), Status.PLANNED, "2019-09-11", "Asmara")}),
    # a second meeting on the same visit; "Following a meeting with X, Y said" is the day's news
    ("Stephen Biegun met with South Korean Foreign Minister Kang Kyung-wha in Seoul on Monday. "
     "Following a meeting with his South Korean counterpart Cho Tae Yong, Biegun said talks would go on.",
     dt.date(2018, 10, 29),
     {(frozenset({"Stephen Biegun", "Kang Kyung-wha"}), Status.HELD, "2018-10-29", "Seoul"),
      (frozenset({"Stephen Biegun", "Cho Tae Yong"}), Status.HELD, "2018-10-29", "Seoul")}),
    ("After meeting in Luxor with Egyptian President Hosni Mubarak, Secretary of State Condoleezza Rice "
     "confirmed her plans.", dt.date(2007, 1, 15),
     {(frozenset({"Condoleezza Rice", "Hosni Mubarak"}), Status.HELD, "2007-01-15", "Luxor")}),
    # a present perfect of one event is the day's news; not with a count
    ("The leaders of Chile and Peru have completed their first day of talks in Lima.", dt.date(2019, 6, 14),
     {(frozenset({"Chile", "Peru"}), Status.HELD, "2019-06-14", "Lima")}),
    ("Vladimir Putin has held two meetings with Xi Jinping.", dt.date(2019, 6, 14),
     {(frozenset({"Vladimir Putin", "Xi Jinping"}), Status.HELD, None, None)}),
    # "opened a summit" began it; "open to a summit" proposes one
    ("Kim Jong Un opened a summit with Moon Jae-in in Pyongyang on Tuesday.", dt.date(2018, 9, 18),
     {(frozenset({"Kim Jong Un", "Moon Jae-in"}), Status.HELD, "2018-09-18", "Pyongyang")}),
    # a trip begun on a day the article tells, with its length: the visits it includes fall within it
    ("Defense Minister Arvid Lindqvist begins his official trip to Asia today. Lindqvist said the "
     "six-day trip will include visits with leaders in Japan and Vietnam.", dt.date(2016, 5, 3),
     {(frozenset({"Arvid Lindqvist", "Japan"}), Status.PLANNED, "2016-05-03", "Japan"),
      (frozenset({"Arvid Lindqvist", "Vietnam"}), Status.PLANNED, "2016-05-03", "Vietnam")}),
    # "in the morning before the talks": the day of the talks told before
    ("Rebel leader Tomas Ruiz and Prime Minister Ana Costa resumed peace talks today evening. Ruiz held a "
     "meeting with party secretary Pablo Ortega to discuss the package in the morning before the talks.",
     dt.date(2011, 4, 6),
     {(frozenset({"Tomas Ruiz", "Ana Costa"}), Status.HELD, "2011-04-06", None),
      (frozenset({"Tomas Ruiz", "Pablo Ortega"}), Status.HELD, "2011-04-06", None)}),
    # a held meeting told without a day, then again as "Friday's events" / "today's meeting": that day
    ("The island has been divided since 1974. Leaders of the two communities met in Nicosia, where U.N. envoy Karl Brandt hosted a meeting between "
     "President Lena Vasquez and opposition leader Omar Haddad. A spokesman said Friday's events were a "
     "positive sign.", dt.date(2010, 3, 12),
     {(frozenset({"Karl Brandt", "Lena Vasquez", "Omar Haddad"}), Status.HELD, "2010-03-12", "Nicosia")}),
    ("The island has been divided since 1974. U.N. envoy Karl Brandt hosted a meeting between President "
     "Lena Vasquez and opposition leader Omar Haddad in Nicosia. \"Today's meeting went smoothly,\" Brandt said.", dt.date(2010, 3, 12),
     {(frozenset({"Karl Brandt", "Lena Vasquez", "Omar Haddad"}), Status.HELD, "2010-03-12", "Nicosia")}),
]


@pytest.mark.parametrize("text, date, expected", DATE_PLACE_CASES)
def test_date_place_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected


def test_trip_days_range(nlp):
    """The visits of a six-day trip begun on May 3 span May 3 to May 8."""
    text = ("Defense Minister Arvid Lindqvist begins his official trip to Asia today. Lindqvist said the "
            "six-day trip will include visits with leaders in Japan and Vietnam.")
    meetings, _ = _run(nlp, text, dt.date(2016, 5, 3))
    assert {(m.date.value, m.date.end) for m in meetings if m.date} == {("2016-05-03", "2016-05-08")}


def test_signing(nlp):
    """The states party to an accord and the ministers who sign it: one signing event (CAMEO 057)."""
    text = ("The United States and Brazil have signed an accord on ethanol. The deal was signed in Brazil by "
            "Secretary of State Condoleezza Rice and her Brazilian counterpart Foreign Minister Celso Amorim.")
    meetings, res = _run(nlp, text, dt.date(2007, 3, 9))
    assert _summary(meetings, res) == {
        (frozenset({"United States", "Brazil", "Condoleezza Rice", "Celso Amorim"}), Status.HELD, "2007-03-09",
         "Brazil")}
    assert meetings[0].cameo == "057" and len(meetings[0].evidence) == 2


def test_venue_taken_for_an_organization(nlp):
    """"met at the State House": a building is the place, as a Place entity."""
    text = "Salva Kiir and Riek Machar met at the State House on Monday."
    meetings, res = _run(nlp, text, dt.date(2019, 9, 10))
    assert len(meetings) == 1
    place = res.entities[meetings[0].place]
    assert place.name == "State House" and place.kind.value == "Place"


# --- the seed article and the dev set ------------------------------------------------------------

def _index() -> dict[str, dict]:
    return {row["file"]: row for row in map(json.loads, (EVAL / "index.jsonl").read_text().splitlines())}


def _article(name: str) -> tuple[str, dt.date | None]:
    row = _index()[name]
    date = row.get("publication_date")
    return (EVAL / "articles" / name).read_text(), dt.date.fromisoformat(date) if date else None


def test_seed_article(nlp):
    text, date = _article(SEED)
    meetings, res = _run(nlp, text, date, SEED)
    got = {(frozenset(_names(m, res)), m.date.value if m.date else None,
            res.entities[m.place].name if m.place else None, m.duration, m.status) for m in meetings}
    assert got == {
        (frozenset({"Donald Trump", "Kim Jong Un"}), "2019-02", None, None, Status.PLANNED),  # "the end of February"
        (frozenset({"Donald Trump", "Kim Yong Chol"}), "2019-01-18", "Oval Office", "PT90M", Status.HELD),
        (frozenset({"Kim Yong Chol", "Mike Pompeo"}), "2019-01-18", "Washington", None, Status.HELD),
        (frozenset({"Donald Trump", "Kim Jong Un"}), "2018-06", "Singapore", None, Status.HELD),
    }


# --- constructions of short news reports: one event told several ways -------------------------------

# text, publication date, expected {(participants, status, date, place)}, expected (cameo, duration) of each
NEWS_CASES = [
    # coordinated verbs on one subject in one time: a visit to the capital of the person met is that meeting
    ("Peruvian Foreign Minister Lucia Vargas visited Jakarta on Monday and met Indonesian Foreign Minister "
     "Budi Santoso.", dt.date(2019, 1, 18),
     {(frozenset({"Lucia Vargas", "Budi Santoso"}), Status.HELD, "2019-01-14", "Jakarta")}),
    # ... a state no one met stays a visit of its own; the meeting shares the visit's day and place
    ("Brazilian President Joao Lima visited France on Monday and met German Chancellor Klaus Weber.",
     dt.date(2019, 1, 18),
     {(frozenset({"Joao Lima", "France"}), Status.HELD, "2019-01-14", "France"),
      (frozenset({"Joao Lima", "Klaus Weber"}), Status.HELD, "2019-01-14", "France")}),
    # a visit to a capital is a visit to its state (visitor and host state), the city its place
    ("A planned visit by Egyptian Prime Minister Omar Farouk to Lima was cancelled on Tuesday.",
     dt.date(2019, 1, 18),
     {(frozenset({"Omar Farouk", "Peru"}), Status.CANCELLED, "2019-01-15", "Lima")}),
    # a headline infinitive is future; an appositive ordinal names the same summit; "is expected to" plans
    ("Ghanaian and Nigerian leaders to meet on trade\nGhanaian President Kwame Asante will meet Nigerian "
     "President Musa Bello in Accra next week, the Ghanaian government announced on Monday.\nThe summit, "
     "the first between the two leaders, is expected to focus on cocoa prices.", dt.date(2019, 1, 14),
     {(frozenset({"Kwame Asante", "Musa Bello"}), Status.PLANNED, None, "Accra")}),
    # "discussed X during a N-minute meeting" after a hosted visit: that visit; "after the talks" refers back
    ("Spanish Prime Minister Carlos Ruiz hosted Greek Prime Minister Nikos Pappas in Madrid on Monday.\n\n"
     "The two leaders discussed energy and migration during a 45-minute meeting at the prime minister's "
     "office.\n\n\"Spain and Greece share the same challenges,\" Pappas said after the talks.",
     dt.date(2019, 1, 18),
     {(frozenset({"Carlos Ruiz", "Nikos Pappas"}), Status.HELD, "2019-01-14", "Madrid")}),
    # "X said Y would host the next round of talks": the reported "will" plans a new round of the same
    # parties - their states, as the host named is a state
    ("Chilean Foreign Minister Rosa Fuentes met Peruvian Foreign Minister Diego Salas in Lima on Tuesday. "
     "Fuentes said Chile would host the next round of talks in Santiago in April.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Fuentes", "Diego Salas"}), Status.HELD, "2019-01-15", "Lima"),
      (frozenset({"Chile", "Peru"}), Status.PLANNED, "2019-04", "Santiago")}),    # distributive: one traveller to a list of states is one visit, so one meeting, per state
    ("Foreign Minister Lena Harstad will travel to Peru, Chile and Bolivia on February 4-8.", dt.date(2019, 1, 18),
     {(frozenset({"Lena Harstad", "Peru"}), Status.PLANNED, "2019-02-04", "Peru"),
      (frozenset({"Lena Harstad", "Chile"}), Status.PLANNED, "2019-02-04", "Chile"),
      (frozenset({"Lena Harstad", "Bolivia"}), Status.PLANNED, "2019-02-04", "Bolivia")}),
    # a visit to a state is the meeting with that state's leader told elsewhere (date from the trip, the
    # status from "expects"); a pronoun skips the spokesman quoted in between
    ("Foreign Minister Lena Harstad will travel to Chile on February 4-8.\n\nIn Chile, during her first "
     "meeting with Chilean President Tomas Ordaz, the minister expects to talk about trade, according to "
     "spokesman Piet Olsen.\n\nShe also expects to talk with Ordaz about fisheries.", dt.date(2019, 1, 18),
     {(frozenset({"Lena Harstad", "Tomas Ordaz"}), Status.PLANNED, "2019-02-04", "Chile")}),
    # a noun with a name in apposition is someone; "the Ugandan capital" is the capital's name
    ("Congolese President Amani Bisoka met with his rival, Rwandan President Jean Mugenzi, during Thursday's "
     "meeting in the Ugandan capital.", dt.date(2019, 1, 18),
     {(frozenset({"Amani Bisoka", "Jean Mugenzi"}), Status.HELD, "2019-01-17", "Kampala")}),
    # a meeting that frames another ("talks during the summit of X") gives its place, not a meeting of its own
    ("Indian Prime Minister Arjun Mehta and Pakistani Prime Minister Kamal Rasheed are to hold talks during "
     "the summit of the African Union in Addis Ababa.", dt.date(2019, 1, 18),
     {(frozenset({"Arjun Mehta", "Kamal Rasheed"}), Status.PLANNED, None, "Addis Ababa")}),
    # "representatives of A and B" are the sides A and B ("the Peruvian government" stands for Peru);
    # mediators "for the talks" are new sides of the talks told before
    ("Representatives of the Peruvian government and the Shining Path rebels are meeting Wednesday in "
     "Lisbon for peace talks.\n\nSpain and Norway are serving as mediators for the talks.",
     dt.date(2019, 1, 16),
     {(frozenset({"Peru", "Shining Path", "Spain", "Norway"}), Status.HELD, "2019-01-16", "Lisbon")}),
    # a coordinated subject the parser nested ("Secretary A and Defense Secretary B" read as A modifying B)
    ("Foreign Secretary Paul Brandt and Defense Secretary Anna Kovac are meeting with Indian Foreign Minister "
     "Ravi Menon on Friday in Berlin.", dt.date(2019, 1, 18),
     {(frozenset({"Paul Brandt", "Anna Kovac", "Ravi Menon"}), Status.HELD, "2019-01-18", "Berlin")}),
    # "they" is the group named as a subject before, their arrival the day and place of their talks;
    # "the two men" the pair coordinated just before
    ("Envoys Tom Keller, Ugo Ferri and Lars Moen arrived in Pristina on Saturday. They held three hours of "
     "talks with Kosovar leader Adem Krasniqi.\n\nKeller said both Krasniqi and Serbian President Zoran "
     "Petrovic want a deal. A deal could come quickly if the two men meet, he said.", dt.date(2019, 1, 14),
     {(frozenset({"Tom Keller", "Ugo Ferri", "Lars Moen", "Adem Krasniqi"}), Status.HELD, "2019-01-12", "Pristina"),
      (frozenset({"Adem Krasniqi", "Zoran Petrovic"}), Status.PROPOSED, None, None)}),
    # distributive readings: "separately", or the preposition repeated for each counterpart; a meeting in
    # an "after" clause of the day's announcement is the day's
    ("The decision was announced after Foreign Minister Ines Duarte met separately with Chilean and "
     "Bolivian leaders.", dt.date(2019, 1, 18),
     {(frozenset({"Ines Duarte", "Chile"}), Status.HELD, "2019-01-18", None),
      (frozenset({"Ines Duarte", "Bolivia"}), Status.HELD, "2019-01-18", None)}),
    ("Foreign Minister Ines Duarte met with Ecuadorian Foreign Minister Pablo Rios and with Uruguayan "
     "Foreign Minister Marta Sosa in Quito on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Ines Duarte", "Pablo Rios"}), Status.HELD, "2019-01-14", "Quito"),
      (frozenset({"Ines Duarte", "Marta Sosa"}), Status.HELD, "2019-01-14", "Quito")}),
    # a dateline's date is the report's; "earlier today" the day's; a surname without its article
    ("WASHINGTON, Jan. 18, 2019 - Defense Secretary Mark Doyle met with Iraqi Prime Minister Karim al-Jaberi "
     "yesterday in Baghdad.\n\nAfter his meeting with Jaberi, Doyle spoke to reporters.", dt.date(2019, 1, 18),
     {(frozenset({"Mark Doyle", "Karim al-Jaberi"}), Status.HELD, "2019-01-17", "Baghdad")}),
    ("Earlier today, President Tom Hale met with President Luis Mora of Colombia in New York.",
     dt.date(2019, 1, 18), {(frozenset({"Tom Hale", "Luis Mora"}), Status.HELD, "2019-01-18", "New York")}),
    # sides without a name: an unnamed office-holder stands for the state, officials from a state for it,
    # "his [state] counterpart" is the person the article names for that state
    ("French President Luc Moreau met the Danish prime minister in Paris on Monday.", dt.date(2019, 1, 16),
     {(frozenset({"Luc Moreau", "Denmark"}), Status.HELD, "2019-01-14", "Paris")}),
    ("Swedish Foreign Minister Anna Berg met senior officials from Japan in Tokyo on Monday.", dt.date(2019, 1, 16),
     {(frozenset({"Anna Berg", "Japan"}), Status.HELD, "2019-01-14", "Tokyo")}),
    ("Pakistani Prime Minister Imran Qadir hosted a dinner on Sunday. Indian Prime Minister Ravi Kumar met "
     "his Pakistani counterpart on Monday.", dt.date(2019, 1, 16),
     {(frozenset({"Ravi Kumar", "Imran Qadir"}), Status.HELD, "2019-01-14", None)}),
    # the subject of the verb a meeting is the purpose of joins it
    ("Austrian Chancellor Karl Berger is in Vienna for a meeting with Hungarian Prime Minister Laszlo Fekete "
     "and Slovak Prime Minister Jan Kral.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Berger", "Laszlo Fekete", "Jan Kral"}), Status.HELD, "2019-01-16", "Vienna")}),
    # an arrangement in the present progressive; "in May or June" a range; "an hour-long talk with"
    ("Swedish Foreign Minister Anna Berg and Kenyan President Daniel Otieno are meeting on Friday in Nairobi.",
     dt.date(2019, 1, 16), {(frozenset({"Anna Berg", "Daniel Otieno"}), Status.PLANNED, "2019-01-18", "Nairobi")}),
    ("Kenyan President Daniel Otieno and Tanzanian President Juma Mwinyi will meet in May or June.",
     dt.date(2019, 1, 16), {(frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.PLANNED, "2019-05", None)}),
    ("Kenyan President Daniel Otieno held an hour-long talk with Tanzanian President Juma Mwinyi on Monday.",
     dt.date(2019, 1, 16), {(frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.HELD, "2019-01-14", None)}),
    # a negated plan is no meeting
    ("Kenyan President Daniel Otieno is not expected to meet Tanzanian President Juma Mwinyi.",
     dt.date(2019, 1, 16), set()),
    # counterparts picked from a group: one meeting each; one named among officials: one meeting with both
    ("Swedish Foreign Minister Anna Berg met officials including Kenyan President Daniel Otieno and "
     "Tanzanian President Juma Mwinyi.", dt.date(2019, 1, 16),
     {(frozenset({"Anna Berg", "Daniel Otieno"}), Status.HELD, "2019-01-16", None),
      (frozenset({"Anna Berg", "Juma Mwinyi"}), Status.HELD, "2019-01-16", None)}),
    # an itinerary: "they" is the couple named before; the trip's days are the visits'; "the President" the one
    # the story follows; as many people met as stops listed: one meeting per stop, in order
    ("President and Mrs. Lund will travel to Asia from March 4-9, 2019. They will visit Laos, Nepal and "
     "Bhutan.\n\nThe President will meet with President Somsak, President Bhandari and President Wangchuk.",
     dt.date(2019, 1, 16),
     {(frozenset({"Lund", "Somsak"}), Status.PLANNED, "2019-03-04", "Laos"),
      (frozenset({"Lund", "Bhandari"}), Status.PLANNED, "2019-03-04", "Nepal"),
      (frozenset({"Lund", "Wangchuk"}), Status.PLANNED, "2019-03-04", "Bhutan")}),
    # "the foreign ministers of A and B" are the ones the article names for each; a "with" before the subject
    # sets the scene; the lead's meeting with no date is the day's; "the Sri Lankan capital" its name
    ("With tensions rising along the border, the foreign ministers of Peru and Chile met in the Sri Lankan "
     "capital on the sidelines of a regional summit.\n\nPeruvian Foreign Minister Rosa Quispe and Chilean "
     "Foreign Minister Pedro Araya smiled for the cameras.", dt.date(2019, 1, 16),
     {(frozenset({"Rosa Quispe", "Pedro Araya"}), Status.HELD, "2019-01-16", "Colombo")}),
    # "a meeting in the presence of X": X takes part; a person the parser put in a compound still joins
    ("The party chairman Ram Thapa and Prime Minister Hari Koirala resumed talks on Monday, following a meeting "
     "in the presence of UN envoy Ian Marsh held on Sunday.", dt.date(2019, 1, 16),
     {(frozenset({"Ram Thapa", "Hari Koirala"}), Status.HELD, "2019-01-14", None),
      (frozenset({"Ram Thapa", "Hari Koirala", "Ian Marsh"}), Status.HELD, "2019-01-13", None)}),
    # "his" is the titled subject before it; "the country" the state named last
    ("President Omar Zaki leads Egypt. Egypt's new president is in Jordan for his first visit to the country "
     "since taking office.", dt.date(2019, 1, 16),
     {(frozenset({"Omar Zaki", "Jordan"}), Status.HELD, "2019-01-16", "Jordan")}),
    # a spokesman who said it is not "she"; a visit to a body's seat has it as its place
    ("Foreign Minister Lena Harstad will be ready to raise the issue, spokesman Piet Olsen said, as she did "
     "with Spanish Foreign Minister Jorge Ruiz during his recent visit to the Foreign Office.",
     dt.date(2019, 1, 16),
     {(frozenset({"Lena Harstad", "Jorge Ruiz"}), Status.HELD, None, "Foreign Office")}),
    # "the Colombian capital, Bogota": the city, not the state its name may stand for
    ("Mr. Chavez and Mr. Uribe met Friday on the outskirts of the Colombian capital, Bogota.", dt.date(2019, 1, 18),
     {(frozenset({"Chavez", "Uribe"}), Status.HELD, "2019-01-18", "Bogota")}),
    # who mediates or hosts takes part: "talks ... mediated by X", "the host of the meeting, X"
    ("Talks between Kenyan President Daniel Otieno and Ugandan President Yoweri Okello mediated by the African "
     "Union and the United Nations collapsed on Monday.", dt.date(2019, 1, 16),
     {(frozenset({"Daniel Otieno", "Yoweri Okello", "African Union", "United Nations"}), Status.HELD,
       "2019-01-14", None)}),
    ("Kenyan President Daniel Otieno and Ugandan President Yoweri Okello are meeting in Mecca. The host of the "
     "meeting, Saudi Arabia, says a deal is near.", dt.date(2019, 1, 16),
     {(frozenset({"Daniel Otieno", "Yoweri Okello", "Saudi Arabia"}), Status.HELD, "2019-01-16", "Mecca")}),
    # a wire dateline "CITY, Month D (Agency) -" files the story: neither the city nor the agency is a side
    ("VARNO, Jan 15 (Baltic Wire) - Latvian Foreign Minister Janis Ozols met Estonian Foreign Minister "
     "Kalle Tamm on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Janis Ozols", "Kalle Tamm"}), Status.HELD, "2019-01-15", None)}),
    # a passive reception: the one received and the agent who receives are the two sides
    ("Finnish Foreign Minister Aino Virtanen was received by Swedish Prime Minister Lars Berg on Monday.",
     dt.date(2019, 1, 18), {(frozenset({"Aino Virtanen", "Lars Berg"}), Status.HELD, "2019-01-14", None)}),
    # "separate talks/meetings with A and B": one meeting per counterpart, as "met separately with"
    ("Polish President Adam Nowak held separate talks with Czech President Petr Dvorak and Slovak President "
     "Juraj Kral on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Adam Nowak", "Petr Dvorak"}), Status.HELD, "2019-01-14", None),
      (frozenset({"Adam Nowak", "Juraj Kral"}), Status.HELD, "2019-01-14", None)}),
    # a chronology: "the two ministers" (a plural title counted to two) refers back; each past date its own
    ("Bolivian Foreign Minister Rosa Quispe met Paraguayan Foreign Minister Hugo Benitez in Lima on Monday. "
     "In March 2018 the two ministers met in Madrid.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2019-01-14", "Lima"),
      (frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2018-03", "Madrid")}),
    # the passive agent of a reception, and a place hung on that agent
    ("Norwegian Foreign Minister Erik Dahl was welcomed by Danish Prime Minister Mette Holm in Oslo on Monday.",
     dt.date(2019, 1, 18), {(frozenset({"Erik Dahl", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo")}),
    # "hosted by X and attended by Y": each passive agent of a meeting noun's verbs is a side
    ("The summit in Oslo was hosted by Norwegian Prime Minister Erik Dahl and also attended by Danish Foreign "
     "Minister Mette Holm.", dt.date(2019, 1, 18),
     {(frozenset({"Erik Dahl", "Mette Holm"}), Status.HELD, None, "Oslo")}),
    # a possessive names who held the meeting, not the subject who speaks of it
    ("Icelandic President Gudni Einarsson arrived in Riga on Monday. Prime Minister Anna Berg praised the "
     "President's meeting with Danish Foreign Minister Soren Lund on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Gudni Einarsson", "Soren Lund"}), Status.HELD, "2019-01-15", "Riga")}),
    # the leaders of three states, none named: the three states meet
    ("The leaders of Egypt, Ethiopia and Sudan met in Khartoum on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Egypt", "Ethiopia", "Sudan"}), Status.HELD, "2019-01-15", "Khartoum")}),
    # a chronology: "the ministers" (a bare definite plural title) refers back to the two named
    ("Bolivian Foreign Minister Rosa Quispe met Paraguayan Foreign Minister Hugo Benitez in Lima on Monday. "
     "The ministers met in Madrid in March 2018.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2019-01-14", "Lima"),
      (frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2018-03", "Madrid")}),
    # "visited A in March 2018, where he met Y": the "where" clause takes its host clause's date (the
    # visit to a state no one met there stays a visit of its own, as above)
    ("Bolivian Foreign Minister Rosa Quispe met Paraguayan Foreign Minister Hugo Benitez in Lima on Monday. "
     "Quispe visited Madrid in March 2018, where she met Benitez.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2019-01-14", "Lima"),
      (frozenset({"Rosa Quispe", "Spain"}), Status.HELD, "2018-03", "Madrid"),
      (frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2018-03", None)}),
    # a chronology in one sentence: "in A in <date> and in B in <date>" lists one meeting per date
    ("Bolivian Foreign Minister Rosa Quispe met Paraguayan Foreign Minister Hugo Benitez in Lima on Monday. "
     "The ministers met in Madrid in March 2018 and in Rome in May 2017.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2019-01-14", "Lima"),
      (frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2018-03", "Madrid"),
      (frozenset({"Rosa Quispe", "Hugo Benitez"}), Status.HELD, "2017-05", "Rome")}),
    # sides named before a meeting noun: two states or bodies joined by a hyphen (an acronym the tagger
    # missed among them); no subject of "praised" joins; where the article names a person for one of the
    # states, the people are the sides
    ("The Chile-ASEAN summit opened in Lima on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Chile", "ASEAN"}), Status.HELD, "2019-01-14", "Lima")}),
    ("Diplomats praised the Israeli-Palestinian talks held on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Israel", "Palestine"}), Status.HELD, "2019-01-14", None)}),
    ("Peruvian Foreign Minister Rosa Quispe and Chilean Foreign Minister Pedro Araya opened the Peru-Chile talks "
     "in Lima on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Pedro Araya"}), Status.HELD, "2019-01-14", "Lima")}),
    # who convenes or hosts takes part: the possessor of the noun the gerund hangs on; after a passive
    # clause ("progress had been made after hosting"), the subject of the clause around it; a title whose
    # name the parser hung on its own phrase ("the Chief of Mission in Kenya, X")
    ("The minister praised the African Union's role in convening talks between Kenyan President Daniel Otieno "
     "and Tanzanian President Juma Mwinyi.", dt.date(2019, 1, 18),
     {(frozenset({"African Union", "Daniel Otieno", "Juma Mwinyi"}), Status.HELD, None, None)}),
    ("UN envoy Ian Marsh said on Monday that progress had been made after hosting a meeting between Kenyan "
     "President Daniel Otieno and Tanzanian President Juma Mwinyi.", dt.date(2019, 1, 18),
     {(frozenset({"Ian Marsh", "Daniel Otieno", "Juma Mwinyi"}), Status.HELD, None, None)}),
    # ... "the two leaders" of that meeting are the two who lead, not the host (and their third meeting
    # tells of earlier ones, held, undated: background meetings count)
    ("The UN Chief of Mission in Kenya, Ian Marsh, hosted a meeting between Kenyan President Daniel Otieno and "
     "Tanzanian President Juma Mwinyi on Monday. It was the two leaders' third meeting.", dt.date(2019, 1, 18),
     {(frozenset({"Ian Marsh", "Daniel Otieno", "Juma Mwinyi"}), Status.HELD, "2019-01-14", None),
      (frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.HELD, None, None)}),
    # who files the story ("X reports from Y") is never whom "the two men" refers to
    ("Kenyan President Daniel Otieno met Tanzanian President Juma Mwinyi on Monday. For Radio Kenya, Jane Wambui "
     "reports from Nairobi. The two men met again on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.HELD, "2019-01-14", None),
      (frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.HELD, "2019-01-15", None)}),
    # "diplomats from A, B and C" are the envoys the article names for A, B and C; "they" those people;
    # "UN administrators" the UN; "the commander of the NATO-led force" (unnamed) the body he serves
    ("Talks are being held by diplomats from Peru, Chile and Bolivia. Peruvian envoy Rosa Quispe, Chilean envoy "
     "Pedro Araya and Bolivian envoy Luis Mamani met in Lima on Monday. They also met with UN administrators and "
     "the commander of the NATO-led force.", dt.date(2019, 1, 18),
     {(frozenset({"Rosa Quispe", "Pedro Araya", "Luis Mamani"}), Status.HELD, "2019-01-14", "Lima"),
      (frozenset({"Rosa Quispe", "Pedro Araya", "Luis Mamani", "UN", "NATO"}), Status.HELD, "2019-01-14", "Lima")}),
    # a body the parser coordinated with the title it names is no side; a name after a title's phrase
    # between commas is a person the tagger took for a nationality
    ("Raj Thapa held a meeting with Communist Party of Nepal (Unified) General Secretary, Hari Nepal, and leader "
     "of the United Hill Front, Prabhu Narayan Adhikari, on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Raj Thapa", "Hari Nepal", "Prabhu Narayan Adhikari"}), Status.HELD, "2019-01-14", None)}),
    # the states and bodies a meeting is said to gather, in a relative clause or the next sentence, are sides
    # beside the people named on it
    ("Kenyan President Daniel Otieno attended the Great Lakes Summit on Monday. That group includes Uganda, Rwanda "
     "and Burundi.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Uganda", "Rwanda", "Burundi"}), Status.HELD, "2019-01-14", None)}),
    ("The summit, which brings together Chile, Peru and the Andean Community, opened in Lima on Monday.",
     dt.date(2019, 1, 18), {(frozenset({"Chile", "Peru", "Andean Community"}), Status.HELD, "2019-01-14", "Lima")}),
    # "the leaders of A and B" (bodies): the people the article names as each body's leader; "this new
    # round of talks" is the one under way, no new one
    ("The leaders of the National Unity Congress and the Democratic Reform Movement met in Cusco on Monday. National "
     "Unity Congress leader Ana Rojas said she hoped this new round of talks would bring peace. Democratic Reform "
     "Movement leader Tito Vargas agreed.", dt.date(2019, 1, 18),
     {(frozenset({"Ana Rojas", "Tito Vargas"}), Status.HELD, "2019-01-14", "Cusco")}),
    # "X, who was also at the meeting": being there is taking part
    ("Kenyan President Daniel Otieno met Tanzanian President Juma Mwinyi in Arusha on Monday. Finance Minister Ruth "
     "Achieng, who was also at the meeting, said trade was discussed.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi", "Ruth Achieng"}), Status.HELD, "2019-01-14", "Arusha")}),
    # "the trip will include visits with leaders in A, B and C": the traveller (whose trip was told last; a
    # dateline names no one "his" refers to) meets each state; "leaders in X" are X's; the trip begun
    # "today" dates its visits (its ten days, from the first)
    ("CAMP HOLM, Norway, Jan. 18, 2019 - Defense Minister Lars Berg begins his first trip to Asia today. Berg said "
     "the ten-day trip will include visits with government leaders in Laos, Nepal and Bhutan.", dt.date(2019, 1, 18),
     {(frozenset({"Lars Berg", "Laos"}), Status.PLANNED, "2019-01-18", "Laos"),
      (frozenset({"Lars Berg", "Nepal"}), Status.PLANNED, "2019-01-18", "Nepal"),
      (frozenset({"Lars Berg", "Bhutan"}), Status.PLANNED, "2019-01-18", "Bhutan")}),
    # "a delegation led/headed by X" is X's side; "the two countries" (no list) the two states told last
    ("Deputy Secretary Ann Sherwood met on Monday with a Vietnamese delegation headed by Vice Foreign Minister Le "
     "Van Tam.", dt.date(2019, 1, 18), {(frozenset({"Ann Sherwood", "Le Van Tam"}), Status.HELD, "2019-01-14", None)}),
    ("Kenya and Tanzania held talks in Arusha on Monday. Delegations from the two countries will meet again in March.",
     dt.date(2019, 1, 18), {(frozenset({"Kenya", "Tanzania"}), Status.HELD, "2019-01-14", "Arusha"),
                            (frozenset({"Kenya", "Tanzania"}), Status.PLANNED, "2019-03", None)}),
    # who comes with a side takes part: "along with Z", "accompanied by Y"
    ("Kenyan President Daniel Otieno and Tanzanian President Juma Mwinyi, along with Ugandan President Yoweri Okello, "
     "met in Arusha on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi", "Yoweri Okello"}), Status.HELD, "2019-01-14", "Arusha")}),
    ("Kenyan President Daniel Otieno, accompanied by Foreign Minister Ruth Achieng, met Tanzanian President Juma "
     "Mwinyi in Arusha on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Ruth Achieng", "Juma Mwinyi"}), Status.HELD, "2019-01-14", "Arusha")}),
    # "his counterparts from A and B": the one the article names for each state, else the state
    ("Tanzanian President Juma Mwinyi spoke on Friday. Kenyan President Daniel Otieno held talks with his "
     "counterparts from Tanzania and Rwanda on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi", "Rwanda"}), Status.HELD, "2019-01-14", None)}),
    # "In talks with Y, X said": the meeting is the scene of the saying, so the speaker takes part
    ("In talks with Chinese officials on Monday, Kenyan President Daniel Otieno said trade must grow.",
     dt.date(2019, 1, 18), {(frozenset({"Daniel Otieno", "China"}), Status.HELD, "2019-01-14", None)}),
    # a combining form names a state in a hyphened pair ("Sino-Japanese", "Franco-German")
    ("The Sino-Japanese summit opened in Tokyo on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"China", "Japan"}), Status.HELD, "2019-01-14", "Tokyo")}),
    # a body before a plural title on a meeting noun is the body whose officials meet
    ("Defense Minister Lars Berg will attend a NATO defense ministers meeting in Brussels next week.",
     dt.date(2019, 1, 18), {(frozenset({"Lars Berg", "NATO"}), Status.PLANNED, "2019-01-21", "Brussels")}),
    # "bilateral meetings with A and B": one meeting per counterpart
    ("Kenyan President Daniel Otieno held bilateral meetings with Tanzanian President Juma Mwinyi and Rwandan "
     "President Paul Mugenzi on Monday.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi"}), Status.HELD, "2019-01-14", None),
      (frozenset({"Daniel Otieno", "Paul Mugenzi"}), Status.HELD, "2019-01-14", None)}),
    # "sent X to meet Y": X meets, not who sends; "his foreign minister", "Petrov's envoy" (unnamed) stand for
    # the one state the possessor holds an office for
    ("Russian President Ivan Petrov sent his foreign minister to meet Syrian President Omar Haddad in Damascus on "
     "Monday.", dt.date(2019, 1, 18), {(frozenset({"Russia", "Omar Haddad"}), Status.HELD, "2019-01-14", "Damascus")}),
    # a call's "by phone" is no part of a meeting told in another clause of the sentence ("a day after"
    # the Monday of the call: Sunday)
    ("Russian President Ivan Petrov spoke by phone with Syrian President Omar Haddad on Monday, a day after Haddad "
     "met Turkish President Kemal Aydin.", dt.date(2019, 1, 18),
     {(frozenset({"Omar Haddad", "Kemal Aydin"}), Status.HELD, "2019-01-13", None)}),
    # the subject of "took part in" / "participated in" a meeting with others joins them
    ("Secretary Ann Sherwood participated in a trilateral meeting with Japanese Foreign Minister Kenji Sato and South "
     "Korean Foreign Minister Park Jin-ho on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Ann Sherwood", "Kenji Sato", "Park Jin-ho"}), Status.HELD, "2019-01-15", None)}),
    ("Kenyan President Daniel Otieno took part in a summit with Tanzanian President Juma Mwinyi and Ugandan President "
     "Yoweri Okello.", dt.date(2019, 1, 18),
     {(frozenset({"Daniel Otieno", "Juma Mwinyi", "Yoweri Okello"}), Status.HELD, "2019-01-18", None)}),
    # "Iran's top diplomat" is the foreign minister the article names for Iran; "Iran's foreign minister",
    # unnamed, stands for Iran
    ("Iranian Foreign Minister Ali Rezaei arrived in Vienna on Monday. Austrian Chancellor Karl Berger held talks "
     "with Iran's top diplomat on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Karl Berger", "Ali Rezaei"}), Status.HELD, "2019-01-15", "Vienna")}),
    ("Austrian Chancellor Karl Berger held talks with Iran's foreign minister on Tuesday.", dt.date(2019, 1, 18),
     {(frozenset({"Karl Berger", "Iran"}), Status.HELD, "2019-01-15", None)}),
    # the leaders of a body, none of them named (nor any of its states' leaders): the body is the side
    ("EU leaders met with Ukrainian President Petro Koval in Brussels on Sunday.", dt.date(2019, 1, 18),
     {(frozenset({"EU", "Petro Koval"}), Status.HELD, "2019-01-13", "Brussels")}),
]


@pytest.mark.parametrize("text, date, expected", NEWS_CASES)
def test_news_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected


def test_news_cameo_and_duration(nlp):
    """The hosted visit keeps CAMEO 043 and takes the duration of "a 45-minute meeting"; a cancelled visit
    to a capital is a visit (042)."""
    meetings, _ = _run(nlp, NEWS_CASES[4][0], NEWS_CASES[4][1])
    assert [(m.cameo, m.duration, len(m.evidence)) for m in meetings] == [("043", "PT45M", 3)]
    meetings, _ = _run(nlp, NEWS_CASES[2][0], NEWS_CASES[2][1])
    assert [m.cameo for m in meetings] == ["042"]


@pytest.mark.parametrize("text, status", [
    # "would" in a reported clause is the reported "will", unless a condition makes it a proposal
    ("Mexican Foreign Minister Laura Gomez said she would meet Carlos Mendez in March.", Status.PLANNED),
    ("Mexican Foreign Minister Laura Gomez said she would meet Carlos Mendez if the rebels agreed.",
     Status.PROPOSED),
    ("Kenyan President William Otieno is expected to meet Ugandan President Peter Okello.", Status.PLANNED),
    ("Kenyan President William Otieno will meet Ugandan President Peter Okello.", Status.PLANNED),
])
def test_modality_is_never_held(nlp, text, status):
    meetings, _ = _run(nlp, text)
    assert [m.status for m in meetings] == [status]


SIDE_CASES = [
    # a named meeting whose name joins its sides with a hyphen: the states and bodies it joins (a body
    # known only by its initials becomes one)
    ("The Japan-EU Summit will be held in Tokyo in June.", dt.date(2019, 1, 18),
     {(frozenset({"Japan", "EU"}), Status.PLANNED, "2019-06", "Tokyo")}),
    # a hyphen joining a state and a verb names no side
    ("Karl Vint spoke at a U.S.-hosted summit on Tuesday.", dt.date(2019, 1, 18), set()),
    # who hosts or convenes, told as the object thanked or the possessor of a role: a side, a state too
    ("The minister thanked Qatar for hosting the talks between Karl Vint and Mette Holm.", dt.date(2019, 1, 18),
     {(frozenset({"Qatar", "Karl Vint", "Mette Holm"}), Status.HELD, None, None)}),
    ("Karl Vint thanked Mette Holm for hosting him in Oslo.", dt.date(2019, 1, 18),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, None, "Oslo")}),
    ("The minister praised Norway's role in convening the talks between Karl Vint and Mette Holm.",
     dt.date(2019, 1, 18), {(frozenset({"Norway", "Karl Vint", "Mette Holm"}), Status.HELD, None, None)}),
    # a release's "PLACE, State, Date -" dateline names no side (the tagger may take the place for a person);
    # it is where the day's meeting that names no place of its own was held
    ("JOINT BASE LEWIS, Wash., March 3, 2019 \u2013 Defense Secretary Karl Vint met Danish Defense Minister "
     "Mette Holm today.", dt.date(2019, 3, 3),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-03", "JOINT BASE LEWIS")}),
]


@pytest.mark.parametrize("text, date, expected", SIDE_CASES)
def test_side_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected


SESSION_CASES = [
    # "it"/"the talks" resuming, to come: a new session with the sides of the meeting told before
    ("Karl Vint and Mette Holm met in Oslo on Monday. The meeting was adjourned after six hours. It is likely "
     "to resume on Tuesday morning.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo"),
      (frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, "2019-01-22", None)}),
    ("Karl Vint and Mette Holm held talks in Oslo on Monday. The talks will resume on Thursday.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo"),
      (frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, "2019-01-17", None)}),
    # ... not a meeting of several days under way: one held meeting, no planned half
    ("The two-day summit between Karl Vint and Mette Holm opened in Hanoi on Wednesday. The talks will resume "
     "on Thursday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-06", "Hanoi")}),
    # ... told as done, it is the meeting going on; something else resuming is no meeting
    ("Karl Vint and Mette Holm held talks in Oslo on Monday. The talks resumed on Thursday.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo")}),
    ("Karl Vint and Mette Holm held talks in Oslo on Monday. Trade will resume on Thursday.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo")}),
    # "last week" is a held meeting of its own, not a session of the meeting to come
    ("Karl Vint met Mette Holm last week in Rome. They will meet again in May.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-02-25", "Rome"),  # last week: from Monday
      (frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, "2019-05", None)}),
    # a day guessed for one trigger yields to the day another trigger of the sentence names: one meeting
    ("Karl Vint sat down with Mette Holm for talks on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", None)}),
    # "invited X to visit", "urged X to meet Y": the object does what the complement says; who invites to a
    # visit is its host, the counterpart (in place of the state: data/dev_styles' convention)
    ("Norwegian Prime Minister Karl Vint invited Danish Prime Minister Mette Holm to visit Oslo.", dt.date(2019, 3, 6),
     {(frozenset({"Mette Holm", "Karl Vint"}), Status.PROPOSED, None, "Oslo")}),
    ("Karl Vint urged Mette Holm to meet Eva Berg.", dt.date(2019, 3, 6),
     {(frozenset({"Mette Holm", "Eva Berg"}), Status.PROPOSED, None, None)}),
    # "met X on Monday and Y on Tuesday": the verb left out before the second counterpart and day
    ("Karl Vint arrived in Oslo on Sunday for a three-day visit. He met Mette Holm on Monday and Eva Berg on "
     "Tuesday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", "Oslo"),
      (frozenset({"Karl Vint", "Eva Berg"}), Status.HELD, "2019-03-05", "Oslo")}),
    ("Karl Vint met Mette Holm and Eva Berg on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm", "Eva Berg"}), Status.HELD, "2019-03-04", None)}),
    # a meal with someone is a meeting; a meal with no one named is not
    ("Karl Vint had dinner with Mette Holm in Oslo on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", "Oslo")}),
    ("Over lunch with reporters, Karl Vint said the economy was strong.", dt.date(2019, 3, 6), set()),
    # "During the meeting, they agreed to ...": what they agreed is no plan of the meeting held
    ("Karl Vint met Mette Holm in Oslo on Monday. During the meeting, Vint and Holm agreed to cut tariffs.",
     dt.date(2019, 3, 6), {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", "Oslo")}),
    # an infinitive of purpose is in the time of the verb it serves ("will travel ... on Friday to meet")
    ("Karl Vint met Mette Holm on Monday. Vint will travel to Paris on Friday to meet Eva Berg.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", None),
      (frozenset({"Karl Vint", "Eva Berg"}), Status.PLANNED, "2019-03-08", "Paris")}),
    # one meeting per counterpart: "bilateral meetings with A and B", "first with A and then with B", and per
    # subject: "A and B each met C"
    ("Karl Vint also held bilateral meetings with Mette Holm and Eva Berg on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", None),
      (frozenset({"Karl Vint", "Eva Berg"}), Status.HELD, "2019-03-04", None)}),
    ("Karl Vint met first with Mette Holm and then with Eva Berg on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", None),
      (frozenset({"Karl Vint", "Eva Berg"}), Status.HELD, "2019-03-04", None)}),
    ("Karl Vint and Mette Holm each met Eva Berg on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Eva Berg"}), Status.HELD, "2019-03-04", None),
      (frozenset({"Mette Holm", "Eva Berg"}), Status.HELD, "2019-03-04", None)}),
    ("Karl Vint and Mette Holm met Eva Berg on Monday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm", "Eva Berg"}), Status.HELD, "2019-03-04", None)}),
    # a subject pronoun continues the subject of the sentence before, not the person named last
    ("Karl Vint met Mette Holm on Monday. He then met Eva Berg on Tuesday.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-03-04", None),
      (frozenset({"Karl Vint", "Eva Berg"}), Status.HELD, "2019-03-05", None)}),
    # a meeting held online is no meeting in person
    ("Karl Vint and Mette Holm held a virtual meeting on Monday.", dt.date(2019, 3, 6), set()),
    ("Karl Vint met virtually with Mette Holm on Monday.", dt.date(2019, 3, 6), set()),
    # "will visit Denmark for talks with Y": the talks are the visit's meeting, one event
    ("Karl Vint will visit Denmark next week for talks with Prime Minister Mette Holm.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, "2019-03-11", "Denmark")}),  # next week's Monday on
    # "looked forward to meeting again": another meeting, to come
    ("Karl Vint met Mette Holm in Oslo on Monday. Both said they looked forward to meeting again at the next "
     "summit.", dt.date(2019, 1, 16),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-01-14", "Oslo"),
      (frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, None, None)}),
]


@pytest.mark.parametrize("text, date, expected", SESSION_CASES)
def test_session_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected


STATUS_CASES = [
    # an infinitive clause on a meeting tells of what is to come ("the summit to be held in June")
    ("Karl Vint and Mette Holm agreed on talks to take place next month.", dt.date(2019, 3, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.PLANNED, "2019-04", None)}),
    ("Secretary Karl Vint and Minister Mette Holm praised the Norway-EU Summit to be held in June.",
     dt.date(2019, 7, 6), {(frozenset({"Norway", "EU"}), Status.PLANNED, "2020-06", None)}),
    # ... also when the people who speak of it serve those states
    ("Norway's Secretary of State Karl Vint met EU Commissioner Mette Holm today. Vint and Holm praised the "
     "Norway-EU Summit to be held in June.", dt.date(2019, 7, 6),
     {(frozenset({"Karl Vint", "Mette Holm"}), Status.HELD, "2019-07-06", None),
      (frozenset({"Norway", "EU"}), Status.PLANNED, "2020-06", None)}),
    # a refusal, or a negated "hold talks", is no meeting
    ("Secretary of State Bill Rowe declined to meet Foreign Minister Anders Lund.", dt.date(2019, 3, 6), set()),
    ("Secretary of State Bill Rowe refused to hold talks with Foreign Minister Anders Lund.", dt.date(2019, 3, 6),
     set()),
    ("Secretary of State Bill Rowe did not hold talks with Foreign Minister Anders Lund on Friday.",
     dt.date(2019, 3, 6), set()),
    # a later mention calls the meeting to come off; the day it was called off is not the meeting's
    ("Secretary of State Bill Rowe had been due to meet Foreign Minister Anders Lund on Friday, but the meeting "
     "was called off.", dt.date(2019, 3, 6),
     {(frozenset({"Bill Rowe", "Anders Lund"}), Status.CANCELLED, "2019-03-08", None)}),
    ("Secretary of State Bill Rowe will meet Foreign Minister Anders Lund on Friday. The meeting was postponed "
     "on Wednesday.", dt.date(2019, 3, 6),
     {(frozenset({"Bill Rowe", "Anders Lund"}), Status.CANCELLED, "2019-03-08", None)}),
    # ... not a meeting held
    ("Secretary of State Bill Rowe met Foreign Minister Anders Lund on Monday. The meeting had been postponed "
     "twice.", dt.date(2019, 3, 6),
     {(frozenset({"Bill Rowe", "Anders Lund"}), Status.HELD, "2019-03-04", None)}),
]


@pytest.mark.parametrize("text, date, expected", STATUS_CASES)
def test_status_constructions(nlp, text, date, expected):
    meetings, res = _run(nlp, text, date)
    assert _summary(meetings, res) == expected
