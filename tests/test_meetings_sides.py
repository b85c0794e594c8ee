"""Meetings: who the sides are when the article does not name them where the meeting is told (issue 13) -
lower-case bodies, a region's collective, a lead naming its sides later - on invented sentences with invented
names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD = Status.HELD

# text, expected {(participants, status, date, place)}
CASES = [
    # "the government" is the state the article names its government for; "the opposition" the body it
    # calls the opposition ("the opposition Orange Party")
    ("The Kenyan government has long refused to negotiate. The government and the opposition held talks in "
     "Nairobi on Monday. The opposition Orange Party said the talks went well.",
     {(frozenset({"Kenya", "Orange Party"}), HELD, "2019-06-10", "Nairobi")}),
    # "the rebels": the body named as rebels ("the X rebels"); "the government", with no government named,
    # the state the article names most
    ("Ethiopian troops fought the Omo Liberation Front rebels for a year. The government and the rebels met "
     "in Nairobi on Tuesday.",
     {(frozenset({"Ethiopia", "Omo Liberation Front"}), HELD, "2019-06-11", "Nairobi")}),
    # "the junta" (a state's ruling body); "the opposition", no body named: the one opposition leader named
    ("Guinea's junta took power in 2021. The junta met with the opposition in Conakry on Monday. The "
     "opposition leader Sekou Barry said little.",
     {(frozenset({"Guinea", "Sekou Barry"}), HELD, "2019-06-10", "Conakry")}),
    # a mediator with two bodies: the state beside the person, and initials the tagger left out
    ("Norwegian envoy Lars Holm met with the government and the MPL rebels in Oslo on Monday. The Colombian "
     "government welcomed the talks.",
     {(frozenset({"Lars Holm", "Colombia", "MPL"}), HELD, "2019-06-10", "Oslo")}),
    # "government and rebel negotiators": one side per body named on the people's noun, named after
    ("Government and rebel negotiators met in Doha on Monday. The Sudanese government and the Justice Party "
     "rebels have fought since 2003.",
     {(frozenset({"Sudan", "Justice Party"}), HELD, "2019-06-10", "Doha")}),
    # "the MRN rebel group": the initials hang on the group, the body word beside them
    ("Colombia's government and the MRN rebel group met in Havana on Monday.",
     {(frozenset({"Colombia", "MRN"}), HELD, "2019-06-10", "Havana")}),
    # "the opposition Civic Unity Platform": a capitalized name the body noun holds, untagged
    ("Talks between the government and the opposition resumed in Caracas on Monday. The Venezuelan "
     "government and the opposition Civic Unity Platform are seeking a deal.",
     {(frozenset({"Venezuela", "Civic Unity Platform"}), HELD, "2019-06-10", "Caracas")}),
    # "delegations of the Government and X" (a report's capital G, the "Government of Yemen" named after);
    # "a commission chaired by X": who chairs is the side
    ("The Joint Commission, chaired by Hans Berg, met in Geneva on 5 May with delegations of the Government "
     "and the Southern Movement. The Government of Yemen welcomed it.",
     {(frozenset({"Hans Berg", "Yemen", "Southern Movement"}), HELD, "2019-05-05", "Geneva")}),
    # "members of X" (unnamed) stand for the body: a council, a chamber of commerce, a legislature ...
    ("Premier Ana Silva flew to Washington, where she is to meet members of the U.S. Congress on Thursday.",
     {(frozenset({"Ana Silva", "U.S. Congress"}), Status.PLANNED, "2019-06-20", "Washington")}),
    ("Mayor Rita Hayes sat down with members of the Dover Chamber of Commerce on Tuesday.",
     {(frozenset({"Rita Hayes", "Dover Chamber of Commerce"}), HELD, "2019-06-11", None)}),
    # ... but "A and other members of X" are A's side, and counted members some of the body, no side
    ("Governor Ana Silva met Senator Jo Park and other members of the Senate Finance Committee on Monday.",
     {(frozenset({"Ana Silva", "Jo Park"}), HELD, "2019-06-10", None)}),
    ("Foreign Minister Ali Rezaei met Secretary of State John Kerr in New York on Monday. The five permanent members "
     "of the Security Council and Germany agreed at the meeting to speed up talks.",
     {(frozenset({"Ali Rezaei", "John Kerr"}), HELD, "2019-06-10", "New York")}),
    # a title's initials ("the CM", "the PM") are the one holder the article names; a paper's "CITY:" dateline
    # is no side
    ("BENGALURU: Chief minister Ravi Gowda on Wednesday met Union home minister Anil Negi at his residence. The CM "
     "will also meet Japanese ambassador Kenji Sato on Thursday.",
     {(frozenset({"Ravi Gowda", "Anil Negi"}), HELD, "2019-06-12", None),
      (frozenset({"Ravi Gowda", "Kenji Sato"}), Status.PLANNED, "2019-06-20", None)}),
    # "the president", unnamed, in a paper that titles no one so: the state the article names most
    ("WARSAW - The president and Marek Zielinski last met in person in June, at a funeral. Poland's economy grew.",
     {(frozenset({"Marek Zielinski", "Poland"}), HELD, "2019-06", None)}),
    ("On Tuesday, the president received a delegation led by Tomasz Rybak at the palace. Poland's new government "
     "was formed. Polish voters were happy.",
     {(frozenset({"Poland", "Tomasz Rybak"}), HELD, "2019-06-11", None)}),
    # ... never the state the other side answers for: the state where they meet, else the one named most of the others
    ("The president received Chilean Ambassador Jorge Vidal on Monday. Chile's exports to Peru grew last year. Chile "
     "wants a new port deal with Peru.",
     {(frozenset({"Jorge Vidal", "Peru"}), HELD, "2019-06-10", None)}),
    ("Chilean Ambassador Jorge Vidal was received by the president on Monday. Chile's exports to Peru grew last year. "
     "Chile wants a new port deal with Peru.",
     {(frozenset({"Jorge Vidal", "Peru"}), HELD, "2019-06-10", None)}),
    ("Ghanaian Trade Minister Kofi Mensah flew to Kenya on Sunday. Ghana's cocoa exports grew, and Ghana's cocoa "
     "board said Ghana would gain. He held talks with the president on Monday.",
     {(frozenset({"Kofi Mensah", "Kenya"}), HELD, "2019-06-10", None)}),
    # ... also with the place the parser hung on the office ("the prime minister in Ottawa", "at the Maximos Mansion")
    ("Ghanaian Trade Envoy Kofi Mensah arrived in Ottawa on Sunday. Ghana's cocoa exports grew, and Ghana's cocoa "
     "board said Ghana would gain. On Monday he met the prime minister in Ottawa.",
     {(frozenset({"Kofi Mensah", "Canada"}), HELD, "2019-06-10", "Ottawa")}),
    ("Archbishop Petros Ioannou discussed the plan with the prime minister at the Maximos Mansion in November. "
     "Greece's church owns land.",
     {(frozenset({"Petros Ioannou", "Greece"}), HELD, "2018-11", "Maximos Mansion")}),
    # ... nor where the other side is a body of no state: a company's, a union's, a university's head office too
    ("Union leaders from the Acme Steel Company met the president on Monday to discuss wages. Ghana's economy grew, "
     "Ghana's statistics office said.", set()),
    ("The chancellor received a delegation of the Riverside Student Union on Friday. Britain's universities face "
     "cuts, and Britain's students are angry.", set()),
    # a company's or a union's people ("executives", "the management", "bosses", "the leadership") stand for the body
    ("Orbis Steel executives met Industry Minister Pedro Gomez on Monday to discuss tariffs.",
     {(frozenset({"Orbis Steel", "Pedro Gomez"}), HELD, "2019-06-10", None)}),
    ("Labour Minister Ruth Adeyemi held talks with Harbor Logistics' management in Lagos on Wednesday.",
     {(frozenset({"Harbor Logistics", "Ruth Adeyemi"}), HELD, "2019-06-12", "Lagos")}),
    ("Bosses of the Delta Motors group met Premier Ann Cole on Tuesday.",
     {(frozenset({"Delta Motors", "Ann Cole"}), HELD, "2019-06-11", None)}),
    ("Industry Minister Pedro Gomez met the leadership of the Steelworkers Federation on Monday.",
     {(frozenset({"Steelworkers Federation", "Pedro Gomez"}), HELD, "2019-06-10", None)}),
    # "the union", "the chamber", "the council": the latest body named before whose name holds the word
    ("The Dockworkers Union called a strike at Harbor Logistics in March. The union and Harbor Logistics met again on "
     "Tuesday at the labour ministry.",
     {(frozenset({"Dockworkers Union", "Harbor Logistics"}), HELD, "2019-06-11", None)}),
    ("The Nairobi Chamber of Commerce has opposed the new tax. Finance Minister Joy Wanjiru will meet the chamber on "
     "Thursday.",
     {(frozenset({"Nairobi Chamber of Commerce", "Joy Wanjiru"}), Status.PLANNED, "2019-06-20", None)}),
    ("The Kisumu County Council voted against the plan. Governor Peter Anyang met the council on Friday.",
     {(frozenset({"Kisumu County Council", "Peter Anyang"}), HELD, "2019-06-14", None)}),
    # ... none where no body so named was told ("the committee" after a council)
    ("Members of the Kisumu County Council walked out. The committee met Governor Peter Anyang on Friday.", set()),
    # "a delegation from X, led by Y", "a delegation of X headed by Y": who leads is the side, also where the parser
    # hung the leading on the body or on the verb
    ("On Monday, Governor Ana Silva received a delegation from the Teachers Union, led by its general secretary Maria "
     "Lopes.",
     {(frozenset({"Ana Silva", "Maria Lopes"}), HELD, "2019-06-10", None)}),
    ("A delegation of the Farmers Federation headed by Tom Ngata met Agriculture Minister Rose Kimani on Thursday.",
     {(frozenset({"Rose Kimani", "Tom Ngata"}), HELD, "2019-06-13", None)}),
    ("Mines Minister Grace Moyo on Wednesday hosted a team from the Chamber of Mines led by Paul Dube.",
     {(frozenset({"Grace Moyo", "Paul Dube"}), HELD, "2019-06-12", None)}),
    # "both sides", "the two sides" after two states or bodies coordinated (a dispute, talks that failed): those two
    ("Kenya and Somalia have argued over the sea border for years. Both sides met in Nairobi on Monday.",
     {(frozenset({"Kenya", "Somalia"}), HELD, "2019-06-10", "Nairobi")}),
    ("The Dockworkers Union and Harbor Logistics have been in dispute over night shifts since March. On Tuesday the "
     "two sides held talks at the labour ministry.",
     {(frozenset({"Dockworkers Union", "Harbor Logistics"}), HELD, "2019-06-11", None)}),
    ("The Social Democratic Party and the Green Party are trying to form a government. Both sides held talks on "
     "Tuesday in Berlin.",
     {(frozenset({"Social Democratic Party", "Green Party"}), HELD, "2019-06-11", "Berlin")}),
    # ... the two bodies of the last meeting told
    ("Talks between Orbis Steel and the Steelworkers Federation collapsed in May. The two sides will meet again on "
     "Thursday, the union said.",
     {(frozenset({"Orbis Steel", "Steelworkers Federation"}), HELD, "2019-05", None),
      (frozenset({"Orbis Steel", "Steelworkers Federation"}), Status.PLANNED, "2019-06-20", None)}),
    # ... two people of one state (or none): the two people
    ("Jan Kowal, the prime minister, and Ewa Nowak, the opposition leader, have clashed for months. The two sides met "
     "on Monday.",
     {(frozenset({"Jan Kowal", "Ewa Nowak"}), HELD, "2019-06-10", None)}),
    # ... but the one titled so where the article names one
    ("President Ana Silva of Portugal met Prime Minister Jan Berg of Norway on Monday. The president and Berg had "
     "last met in May.",
     {(frozenset({"Ana Silva", "Jan Berg"}), HELD, "2019-06-10", None),
      (frozenset({"Ana Silva", "Jan Berg"}), HELD, "2019-05", None)}),
    # "Diko leader A", "Trump adviser B": the name before a title the next name holds is whose office it is
    ("Akel leader Stefanos Lambrou and Diko leader Nikolas Christofides met on Monday at Akel's headquarters in "
     "Nicosia.",
     {(frozenset({"Stefanos Lambrou", "Nikolas Christofides"}), HELD, "2019-06-10", "Nicosia")}),
    ("Likud leader Avi Dror met Yesh Atid chief Dana Levin in Tel Aviv on Monday.",
     {(frozenset({"Avi Dror", "Dana Levin"}), HELD, "2019-06-10", "Tel Aviv")}),
    # ... right before it: "Secretary A and Defense Secretary B", which the parser may chain, are both at the table
    ("Foreign Minister Ken Abe held talks with Philippine Foreign Affairs Secretary Rosa Dimaculangan-Reyes and "
     "Defense Secretary Renato Cruz in Manila on Monday.",
     {(frozenset({"Ken Abe", "Rosa Dimaculangan-Reyes", "Renato Cruz"}), HELD, "2019-06-10", "Manila")}),
    # a lead naming its sides in the next sentence: people for "two rival leaders" ...
    ("Two rival leaders met on Tuesday in Nicosia. President Andreas Kyriakou and Turkish Cypriot leader "
     "Mehmet Demir discussed reunification.",
     {(frozenset({"Andreas Kyriakou", "Mehmet Demir"}), HELD, "2019-06-11", "Nicosia")}),
    # ... states and bodies for "the two sides"
    ("The two sides met in Oslo on Monday. The Colombian government and the MPL rebels are seeking peace.",
     {(frozenset({"Colombia", "MPL"}), HELD, "2019-06-10", "Oslo")}),
    ("The two sides held talks in Istanbul on Monday, the first direct talks since March. Russian and "
     "Ukrainian delegations discussed a ceasefire.",
     {(frozenset({"Russia", "Ukraine"}), HELD, "2019-06-10", "Istanbul")}),
    # a region's collective is the body the article names with the region's word
    ("The foreign ministers of the Gulf states met in Riyadh on Monday with Iranian Foreign Minister Ali "
     "Rezaei. The Gulf Cooperation Council groups six states.",
     {(frozenset({"Ali Rezaei", "Gulf Cooperation Council"}), HELD, "2019-06-10", "Riyadh")}),
    ("African leaders are in Abuja for talks with Ivory Coast President Kouassi Yao. The African Union has "
     "sent envoys.",
     {(frozenset({"African Union", "Kouassi Yao"}), HELD, "2019-06-14", "Abuja")}),
    # ... two bodies for one collective are one side: no meeting between them
    ("African leaders are in Abidjan for more talks with the rival presidents. The African Union and the "
     "Economic Community of West African States sent them.", set()),
    # "A and B, who met in Vienna": a relative clause after the last conjunct tells of all of them
    ("Ivan Petrov and Laszlo Kiss, who met in Vienna on Monday, agreed to cooperate.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss"}), HELD, "2019-06-10", "Vienna")}),
    # "met with A and B on the sidelines": B, which the parser coordinated with the verb, is met too
    ("Ivan Petrov met with Hungarian Prime Minister Laszlo Kiss and Slovak President Peter Kovac on the "
     "sidelines of the summit in Vienna on Monday.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss", "Peter Kovac"}), HELD, "2019-06-10", "Vienna")}),
    # "the summit brought together A, B and C": the people gathered
    ("The summit brought together Ivan Petrov, Laszlo Kiss and Peter Kovac in Vienna on Monday.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss", "Peter Kovac"}), HELD, "2019-06-10", "Vienna")}),
    # an office whose holder is never named stands for its body, where the article names it (a UN readout)
    ("The Secretary-General met today with Prime Minister Rui Costa of Portugal. They discussed the work of "
     "the United Nations.",
     {(frozenset({"United Nations", "Rui Costa"}), HELD, "2019-06-14", None)}),
    # "met ..., hosted by X": who hosts takes part
    ("Ivan Petrov and Laszlo Kiss met for three hours in Vienna on Sunday, hosted by Austrian Chancellor "
     "Karl Huber.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss", "Karl Huber"}), HELD, "2019-06-09", "Vienna")}),
    # "A invited B to visit Oslo": A hosts the visit, so A is the side visited (not the state)
    ("Ivan Petrov said he had invited Laszlo Kiss to visit Moscow.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss"}), Status.PROPOSED, None, "Moscow")}),
    # "B visited P at A's invitation": A hosts the visit
    ("Ivan Petrov had visited Budapest in April at Prime Minister Laszlo Kiss's invitation.",
     {(frozenset({"Ivan Petrov", "Laszlo Kiss"}), HELD, "2019-04", "Budapest")}),
    # "X, who was on a visit to Kenya, ..." beside X's meetings held in Kenya: the stay holds them, no
    # meeting of X with Kenya of its own
    ("President Abebe Tesfaye held talks with President Daniel Mwangi at State House in Nairobi on Wednesday. "
     "Tesfaye, who was on his first official visit to Kenya, met opposition leader Samuel Otieno in Nairobi "
     "on Wednesday evening.",
     {(frozenset({"Abebe Tesfaye", "Daniel Mwangi"}), HELD, "2019-06-12", "State House"),
      (frozenset({"Abebe Tesfaye", "Samuel Otieno"}), HELD, "2019-06-12", "Nairobi")}),
    # "the foreign ministers of A, B and C" in a paper naming "Foreign Minister X" with no state: X holds the
    # office of the state the article names most
    ("Foreign Minister Sana Qureshi spoke in Islamabad on Monday. Pakistan and Saudi Arabia are allies, "
     "Pakistan said. A meeting of the foreign ministers of Pakistan, Afghanistan and China was postponed on "
     "Tuesday.",
     {(frozenset({"Sana Qureshi", "Afghanistan", "China"}), Status.CANCELLED, "2019-06-11", None)}),
    # a title's initials ("EAM") stand for the one person named right after the title spelled out; "Foreign
    # Minister of Chile, Ms. X": the name beside the title's phrase is its holder (no state of its own)
    ("External Affairs Minister Dr. Meera Raman is in New York this week. On Monday, EAM held bilateral talks "
     "with Foreign Minister of the Republic of Chile, Ms. Valentina Ortiz, on the sidelines of the UNGA. On "
     "Tuesday, EAM also met Foreign Minister of Ghana Mr. Kofi Mensah.",
     {(frozenset({"Meera Raman", "Valentina Ortiz"}), HELD, "2019-06-10", "New York"),  # the UNGA sits there
      (frozenset({"Meera Raman", "Kofi Mensah"}), HELD, "2019-06-11", None)}),
    # a seat of government told as a side stands for its state ("officials from Downing Street")
    ("Officials from Downing Street met Nigerian officials in London on Monday.",
     {(frozenset({"United Kingdom", "Nigeria"}), HELD, "2019-06-10", "London")}),
    # "Seoul has invited X to make a state visit": a state (told by its capital) invites through its leader
    ("South Korean President Park Min-soo spoke on Monday. Seoul has invited Chinese President Wang Lei to make "
     "a state visit to South Korea.",
     {(frozenset({"Park Min-soo", "Wang Lei"}), Status.PROPOSED, None, "South Korea")}),
    # "talked over the phone" is no meeting
    ("Ivan Petrov talked with Laszlo Kiss over the phone on Monday.", set()),
    # mediators told after "a second phase of negotiations" (of the same parties) are its sides too; the
    # phase's place from "to take place in X"
    ("Representatives of the Colombian government and the MPL rebels are meeting Friday in Oslo for peace "
     "talks. The talks in the Norwegian capital are the first between the two sides in a decade. They are "
     "expected to set the stage for a second phase of negotiations to take place in Cuba. Cuba and Norway are "
     "serving as mediators for the talks.",
     {(frozenset({"Colombia", "MPL", "Cuba", "Norway"}), HELD, "2019-06-14", "Oslo"),
      (frozenset({"Colombia", "MPL", "Cuba", "Norway"}), Status.PLANNED, None, "Cuba")}),
    # a body noun met as a thing is no side ("met the demands")
    ("The government met the demands of the protesters on Monday. Colombia said it was pleased.", set()),
    # a lesser rank holds neither the office nor the lead: "the Finnish prime minister" is the prime minister
    # though the article also names a "Deputy Prime Minister and Foreign Minister"; "the Finnish leader" too
    ("Finnish Prime Minister Aino Lehto and Deputy Prime Minister and Foreign Minister Eero Salo flew to "
     "Lisbon on Sunday. On Monday the Finnish prime minister met President Rui Matos in Lisbon.",
     {(frozenset({"Aino Lehto", "Rui Matos"}), HELD, "2019-06-10", "Lisbon")}),
    ("Finnish Prime Minister Aino Lehto and Deputy Prime Minister Eero Salo flew to Lisbon on Sunday. On "
     "Monday the Finnish leader held talks with President Rui Matos in Lisbon.",
     {(frozenset({"Aino Lehto", "Rui Matos"}), HELD, "2019-06-10", "Lisbon")}),
    # delegation members: "a delegation of X, led by A ... The delegation included B and C": the leader and
    # the members at each table the delegation sits at ("paid a courtesy call on", "the visitors")
    ("A delegation of the Farland Trade Council, led by Senator Lena Varga, on Wednesday paid a courtesy call "
     "on Foreign Minister Peter Kovac. The delegation included Ivan Petrov and Omar Haddad. On Thursday the "
     "visitors met President Karl Brandt.",
     {(frozenset({"Lena Varga", "Ivan Petrov", "Omar Haddad", "Peter Kovac"}), HELD, "2019-06-12", None),
      (frozenset({"Lena Varga", "Ivan Petrov", "Omar Haddad", "Karl Brandt"}), HELD, "2019-06-13", None)}),
    # "The delegation, which includes A and B, travels to X to meet Y": members in a relative clause
    ("A delegation from Tolosa, led by Governor Lena Varga, arrived on Wednesday. The delegation, which "
     "includes Ivan Petrov and Omar Haddad, will meet Mayor Karl Brandt in Prague on Monday.",
     {(frozenset({"Lena Varga", "Ivan Petrov", "Omar Haddad", "Karl Brandt"}), Status.PLANNED, "2019-06-17",
       "Prague")}),
    # ... but a delegation told without members is its leader alone
    ("A delegation led by Senator Lena Varga met Foreign Minister Peter Kovac in Prague on Monday.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-10", "Prague")}),
    # "The Slovak side was assisted by A, while the Czech delegation included B": who sat with each side of
    # the talks just told
    ("Czech Foreign Minister Lena Varga held talks with Slovak Foreign Minister Peter Kovac in Prague on "
     "Monday. The Slovak side was assisted by Ambassador Ivan Petrov, while the Czech delegation included "
     "Deputy Minister Omar Haddad.",
     {(frozenset({"Lena Varga", "Peter Kovac", "Ivan Petrov", "Omar Haddad"}), HELD, "2019-06-10", "Prague")}),
    # a plural office counted past two: "the three foreign ministers" are the three the article titles so
    ("Hungarian Foreign Minister Lena Varga, Slovak Foreign Minister Peter Kovac and Czech Foreign Minister Jan "
     "Dvorak met in Vienna in May. The three foreign ministers met again in Prague on Monday.",
     {(frozenset({"Lena Varga", "Peter Kovac", "Jan Dvorak"}), HELD, "2019-05", "Vienna"),
      (frozenset({"Lena Varga", "Peter Kovac", "Jan Dvorak"}), HELD, "2019-06-10", "Prague")}),
    # "He" as subject, with no one named as subject in the sentence before, continues that sentence's "He"
    # (back over a paragraph break and a quotation), not the last person named
    ("Ivan Petrov held talks with Omar Haddad in Geneva in 1983.\n\nIn 1996 he became ambassador, presenting "
     "his credentials to President Karl Brandt.\n\nHe later described Brandt as \"a kind man.\"\n\nHe retired "
     "in 2004. In May 2009, in Vienna, he finally met Haddad again.",
     {(frozenset({"Ivan Petrov", "Omar Haddad"}), HELD, "1983", "Geneva"),
      (frozenset({"Ivan Petrov", "Omar Haddad"}), HELD, "2009-05", "Vienna")}),
    # "their foreign ministers would meet again": the plural office of the two sides told is the two people
    # the article titles so
    ("Greek Prime Minister Nikos Pappas and Turkish President Ali Demir met in Brussels on Monday. Their foreign "
     "ministers, Eleni Kostas and Selim Kaya, met in Ankara in April. The two leaders agreed that their foreign "
     "ministers would meet again in Athens in July.",
     {(frozenset({"Nikos Pappas", "Ali Demir"}), HELD, "2019-06-10", "Brussels"),
      (frozenset({"Eleni Kostas", "Selim Kaya"}), HELD, "2019-04", "Ankara"),
      (frozenset({"Eleni Kostas", "Selim Kaya"}), Status.PROPOSED, "2019-07", "Athens")}),
    # "agreed to hold the next meeting of the Czech-Slovak Joint Commission": a standing body of two states
    # named by their pair meets as the two states, whoever agreed to convene it
    ("Foreign Minister Lena Varga held talks with Foreign Minister Peter Kovac in Prague on Monday. The two "
     "ministers agreed to hold the next meeting of the Czech-Slovak Joint Commission in Bratislava next year.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-10", "Prague"),
      (frozenset({"Czechia", "Slovakia"}), Status.PLANNED, "2020", "Bratislava")}),
    # a call noun is a visit only when paid on someone: "its call on Togo to act", "a call on Monday" are none
    ("Ghana renewed its call on Togo to release the prisoners. Lena Varga had a call on Monday with Peter "
     "Kovac.", set()),
    # "his American counterpart": no one of that state in a post below a principal's (an envoy), so the state ...
    # ("at the Pentagon": a building known by one word, as the Kremlin, the tagger takes for a body)
    ("U.S. special envoy Gregory Whitman was in Amman on Monday for talks with Jordanian officials. Defense "
     "Minister Avi Katzir met his American counterpart at the Pentagon in May.",
     {(frozenset({"Gregory Whitman", "Jordan"}), HELD, "2019-06-10", "Amman"),
      (frozenset({"Avi Katzir", "United States"}), HELD, "2019-05", "Pentagon")}),
    # ... but the one of that state in a principal's office, whatever its name ("Defense Secretary")
    ("U.S. Defense Secretary Mark Hollis visited Seoul in April. Defense Minister Avi Katzir met his American "
     "counterpart in Washington in May.",
     {(frozenset({"Mark Hollis", "South Korea"}), HELD, "2019-04", "Seoul"),
      (frozenset({"Avi Katzir", "Mark Hollis"}), HELD, "2019-05", "Washington")}),
    # an office its owner names ("the UN Secretary-General", "the Quartet's envoy") is no one titled for another
    # body or state: the body, or no side, rather than NATO's secretary-general or a US envoy
    ("NATO Secretary-General Lars Holmberg spoke in Brussels on Monday. Prime Minister Daniel Mwangi met the UN "
     "Secretary-General in New York on Tuesday.",
     {(frozenset({"Daniel Mwangi", "UN"}), HELD, "2019-06-11", "New York")}),
    ("U.S. special envoy Gregory Whitman arrived in Amman on Monday. Foreign Minister Dana Oren met the Quartet's "
     "envoy in Jerusalem on Tuesday.", set()),
    # one visitor "met" counterparts who each answer for a state or body of their own: one meeting each, as
    # readouts list bilateral meetings ...
    ("President Daniel Mwangi met President Lars Holm of Denmark and Prime Minister Kwame Boateng of Ghana in "
     "Nairobi on Monday.",
     {(frozenset({"Daniel Mwangi", "Lars Holm"}), HELD, "2019-06-10", "Nairobi"),
      (frozenset({"Daniel Mwangi", "Kwame Boateng"}), HELD, "2019-06-10", "Nairobi")}),
    ("Chief Minister Ravi Nair is scheduled to meet the UAE Minister of Economy and the Indian Ambassador, Vikram "
     "Sehgal, in Dubai next month.",
     {(frozenset({"Ravi Nair", "United Arab Emirates"}), Status.PLANNED, "2019-07", "Dubai"),
      (frozenset({"Ravi Nair", "Vikram Sehgal"}), Status.PLANNED, "2019-07", "Dubai")}),
    # ... but one table when the sentence says so, when the counterparts share a state or answer for bodies, or
    # when a group meets them
    ("President Daniel Mwangi met President Lars Holm of Denmark and Prime Minister Kwame Boateng of Ghana "
     "together in Nairobi on Monday.",
     {(frozenset({"Daniel Mwangi", "Lars Holm", "Kwame Boateng"}), HELD, "2019-06-10", "Nairobi")}),
    ("President Daniel Mwangi met President Lars Holm and Prime Minister Anne Berg of Denmark in Nairobi on Monday.",
     {(frozenset({"Daniel Mwangi", "Lars Holm", "Anne Berg"}), HELD, "2019-06-10", "Nairobi")}),
    # a group coordinated with a named person is that person's company: its state is no side of its own ...
    ("Lord Provost Morag Reid received Mayor Tomasz Nowak and a six-strong delegation from the Polish city on "
     "Monday.",
     {(frozenset({"Morag Reid", "Tomasz Nowak"}), HELD, "2019-06-10", None)}),
    ("Governor Marcia Holt met Polish Deputy Prime Minister Jan Wierzba and a delegation of Polish companies in "
     "Madison on Monday.",
     {(frozenset({"Marcia Holt", "Jan Wierzba"}), HELD, "2019-06-10", "Madison")}),
    # ... unless the person answers for another state (then each is met apart: a counterpart of each state)
    ("President Daniel Mwangi met Kenyan Foreign Minister Grace Achieng and a delegation from Uganda in Kampala on "
     "Monday.",
     {(frozenset({"Daniel Mwangi", "Grace Achieng"}), HELD, "2019-06-10", "Kampala"),
      (frozenset({"Daniel Mwangi", "Uganda"}), HELD, "2019-06-10", "Kampala")}),
    # a demonym the tagger takes for a person before a title ("Kazakh Deputy Foreign Minister X") is a nationality,
    # no side of its own (kg/data/gazetteer.toml lists the demonyms countryinfo lacks)
    ("HANOI - Deputy Prime Minister Tran Van Long received Kazakh Deputy Foreign Minister Nurlan Bekov in Hanoi on "
     "Wednesday.",
     {(frozenset({"Tran Van Long", "Nurlan Bekov"}), HELD, "2019-06-12", "Hanoi")}),
    ("Envoys Frank Weber and Peter Ross met President Lars Holm of Denmark and Prime Minister Kwame Boateng of "
     "Ghana in Nairobi on Monday.",
     {(frozenset({"Frank Weber", "Peter Ross", "Lars Holm", "Kwame Boateng"}), HELD, "2019-06-10", "Nairobi")}),
    # "the prime minister", "the foreign minister" with no holder named: no minister of another office named before
    # (the head word alone is his only where the words before it are his too)
    ("Trade Minister Halvard Moen met business leaders in Bergen on Monday. On Tuesday the union chief Sigrid Aas "
     "discussed the wage plan with the prime minister.", set()),
    ("Interior Minister Dara Quinlan opened the new station on Monday. Later that day the bishop Conal Regan met "
     "the prime minister at his office.", set()),
    ("Energy Minister Bo Lindqvist spoke at the forum in Malmo on Monday. The prime minister received the mayor "
     "Ingrid Falk on Tuesday.", set()),
    # a name set right before a title the next name holds is whose office it is, no side ("Borg Mining chief
    # executive Paul Dent"), whatever the parser made of the words (object, coordinated subjects, a company the
    # tagger took for a person)
    ("Acme Steel chief executive Jane Roe met Borg Mining chief executive Paul Dent in Oslo on Monday.",
     {(frozenset({"Jane Roe", "Paul Dent"}), HELD, "2019-06-10", "Oslo")}),
    ("Nordhavn Line chief executive Henrik Lund and Pacifica Shipping chief executive Lim Wei met in London on "
     "Monday.", {(frozenset({"Henrik Lund", "Lim Wei"}), HELD, "2019-06-10", "London")}),
    # "the chief executives of A and B": the one person the article titles so for each body
    ("Acme Steel chief executive Jane Roe and Borg Mining chief executive Paul Dent announced the merger in March. "
     "The chief executives of Acme Steel and Borg Mining met the minister, Sam Kerr, on Tuesday.",
     {(frozenset({"Jane Roe", "Paul Dent", "Sam Kerr"}), HELD, "2019-06-11", None)}),
    # ... not a plural of people with no office word on it: "the executives of A and B" are the bodies
    ("The executives of Acme Steel and Borg Mining met the minister, Sam Kerr, on Tuesday. Acme Steel chief "
     "executive Jane Roe was not there.", {(frozenset({"Acme Steel", "Borg Mining", "Sam Kerr"}), HELD, "2019-06-11",
                                           None)}),
    # an office only a state has ("the prime minister", "the king"), its holder unnamed, is the state at home even
    # where the other side is a body (no union or university has a prime minister) ...
    ("Farmers in Norway have protested for weeks. Norway's government offered a deal on Monday, and Norway's dairy "
     "sector welcomed it. The prime minister met the Norwegian Farmers Union in Oslo on Tuesday.",
     {(frozenset({"Norwegian Farmers Union", "Norway"}), HELD, "2019-06-11", "Oslo")}),
    ("Morocco's parliament passed the budget. Morocco's unions objected, and in Morocco strikes spread. The king "
     "received the Moroccan Workers Union in Rabat on Tuesday.",
     {(frozenset({"Moroccan Workers Union", "Morocco"}), HELD, "2019-06-11", "Rabat")}),
    # ... not "the president" met by a body's people (a university's, a company's president)
    ("Students at Kenton University in Canada protested fees. Canada's education law is strict, and Canada's "
     "universities agree. Leaders of the Kenton University Students Union met the president on Tuesday.", set()),
    # ... "the minister" alone is the one minister named
    ("Foreign Minister Ana Costa arrived in Lisbon on Monday. On Tuesday the minister met the Spanish envoy Pablo "
     "Ruiz.", {(frozenset({"Ana Costa", "Pablo Ruiz"}), HELD, "2019-06-11", "Lisbon")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_side_constructions(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected
