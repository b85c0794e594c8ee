"""Quotations of every shape an outlet writes, one row of invented sentences per construction (real model).

Each row: (construction, text, [(speaker, first words of the quote)]); an empty list means nothing
there is a quotation (a scare quote, a name in quote marks).
"""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline

from .test_quotes import quotes_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


SHAPES = [
    # the speech-verb lexicon beyond "say"
    ("enthused", "“We are rolling out the first plane,” enthused Tobias Brenner, the project manager.",
     [("Tobias Brenner", "We are rolling out")]),
    ("laughed", "Helen Carter met the press on Monday. “Not a chance,” she laughed.",
     [("Helen Carter", "Not a chance,")]),
    ("mused", "“Perhaps the market will turn,” mused Greta Holm, a fund manager.",
     [("Greta Holm", "Perhaps the market will turn,")]),
    ("accused of", "Norland's trade minister Pia Holm said the offer was \"fair,\" while Vestmark's Lars Dahl "
     "accused Norland of \"trying to buy a technical question.\"",
     [("Pia Holm", "fair,"), ("Lars Dahl", "trying to buy")]),
    ("praise is no attribution", "Tim Rolle praised the plan. Critics called the so-called “reform” a failure.", []),
    ("statement said", "Anton Weiss issued a statement on Monday. Weiss's statement said: “We will appeal the ruling.”",
     [("Anton Weiss", "We will appeal the ruling.")]),
    ("went on", "“The plant is old,” Ravi Menon said. He went on: “It makes sense to close it.”",
     [("Ravi Menon", "The plant is old,"), ("Ravi Menon", "It makes sense to close it.")]),
    # a quote split around its attribution, with the speaker named before, after or inside
    ("split, pronoun", "Clara Voss spoke to reporters. “We are ready,” she said, “and we will stay ready.”",
     [("Clara Voss", "We are ready,"), ("Clara Voss", "and we will stay ready.")]),
    ("split, inverted with title", "“History shows alliances rarely work,” said analyst Erik Dahl, “even on paper.”",
     [("Erik Dahl", "History shows alliances"), ("Erik Dahl", "even on paper.")]),
    # a quote after an inverted attribution, and the paragraph that carries on without one
    ("carried after inverted", "``It is carnage,'' said Lorna Pike, the head trader at Vell Capital.\n"
     "``Asset managers are selling everything, and the big players are gone.''\nShares fell 4%.",
     [("Lorna Pike", "It is carnage,"), ("Lorna Pike", "Asset managers are selling")]),
    ("carried after pronoun", "“The market is soft,” Dana Ruiz told clients. “It will stay soft,” she added.\n\n"
     "“Nobody is buying yet.”",
     [("Dana Ruiz", "The market is soft,"), ("Dana Ruiz", "It will stay soft,"), ("Dana Ruiz", "Nobody is buying")]),
    # multi-paragraph quote: the first paragraph has no closing mark, the next opens again
    ("multi-paragraph", "Mayor Ana Kulic said: “We will rebuild the bridge this year.\n\n"
     "“It will take money, but the money is there.”\n\nThe bridge fell in May.",
     [("Ana Kulic", "We will rebuild the bridge"), ("Ana Kulic", "It will take money")]),
    # "according to X" anywhere in the sentence
    ("according to, sentence", "According to analyst Mira Dole, the deal helps both firms, as “neither can compete "
     "alone in this market.”", [("Mira Dole", "neither can compete alone")]),
    # a colon: a name and a quote, a verb far before the colon, a paragraph that ends "X said:"
    ("name colon", "Rosa Lind: “We did not expect to win tonight.”", [("Rosa Lind", "We did not expect to win")]),
    ("long colon", "Former Datacorp chief Paul Greer responded to the news with a long statement on his blog: "
     "“The world rarely sees such a loss.”", [("Paul Greer", "The world rarely sees")]),
    ("said colon paragraph", "Minister Jan Falk said:\n\n“We are ready to sign the treaty.”",
     [("Jan Falk", "We are ready to sign")]),
    ("titles joined", "The company president and CEO Louis Garnier said, “Today is a great day for aviation.”",
     [("Louis Garnier", "Today is a great day")]),
    # a dash after the quote names its author
    ("dash", "“So far it is the internet one, the church nothing.” – Martin Ingels", [("Martin Ingels", "So far it is")]),
    ("name after, no verb", "Car sales fell again in March.\n“Auto makers are pulling every lever,” Jesse Toprak, an "
     "analyst for Edmunds.", [("Jesse Toprak", "Auto makers are pulling")]),
    ("name after a noun-like verb", "Orders fell.\n“It is an extraordinary challenge,” claims writer John Ostrower.",
     [("John Ostrower", "It is an extraordinary")]),
    ("quote opening a line the parse joined", "Helen Carter arrived on Monday and met the team.\n\"Prompted I think "
     "by the video, a new obsession is taking hold.\" Anonymous blogger", []),
    ("in the words of", "In the words of the prosecutor, Mark Tedford, “the child spent months crying.”",
     [("Mark Tedford", "the child spent months crying.")]),
    ("who stated", "A contrary view came from Carl Brandt, a management expert at Stanford University, who "
     "stated, “Great companies rarely go from strength to strength.”",
     [("Carl Brandt", "Great companies rarely go")]),
    ("his statement added", "Senator Joel Caine criticized the choice. Caine's statement added, “Houston should have "
     "been selected.”", [("Joel Caine", "Houston should have been")]),
    # the nearest speaker: "he" after a quote goes to the quote's speaker, not to the last subject
    ("he after a named quote", "Economy minister Kurt Bauer called the move unacceptable. “It is the best decision for "
     "our plants,” said the union's general secretary, Peter Wheeler. “I am delighted,” he told the BBC.",
     [("Peter Wheeler", "It is the best decision"), ("Peter Wheeler", "I am delighted,")]),
    ("he, not a woman named before", "Karen Holm, a Danish engineer, first met President Peter Banda at a mining "
     "conference in Cape Town in February, where he told investors Malawi was \"open for business, but not for a "
     "bargain sale.\"", [("Peter Banda", "open for business")]),
    ("she, never the interviewer of a credit line", "The interview by Kaito Mensah-Ruiz\n\nThe retired envoy is "
     "making tea. 'I am retired now,' she says.", []),
    ("surname the model mistyped", "Foreign Minister Han Seung-ho met his Japanese counterpart on Monday.\n“We agreed "
     "to meet again,” Han told reporters.", [("Han Seung-ho", "We agreed to meet again,")]),
    ("surname the model took for a noun", "Tomás Valdivieso Arrate drafted two treaties on fishing rights.\n\n"
     "\"We were learning a grammar,\" Valdivieso told me in Lima, with a lawyer's care.",
     [("Tomás Valdivieso Arrate", "We were learning")]),
    ("an unnamed speaker of its own", "Our correspondent Amira Salem has been speaking to families. Most, she says, "
     "have little hope. “They have met before and nothing changed,” one woman told her.", []),
    # a spokesperson speaking for an organization or a country
    ("spokeswoman for", "A spokeswoman for Norland Airways said, “Flights will resume on Friday.”",
     [("Norland Airways", "Flights will resume")]),
    ("demonym official", "Talks resumed in Nairobi. A senior Kenyan official said, “We need no referee between "
     "neighbours.”", [("Kenya", "We need no referee")]),
    ("unnamed minister of a country", "Yesterday the Australian immigration minister said the boats “will be turned "
     "back, full stop.”", [("Australia", "will be turned back")]),
    ("it, a body", "The Saudi foreign ministry issued a statement on Sunday. It says the first session was “serious "
     "and constructive”.", [("Saudi foreign ministry", "serious and constructive")]),
    ("he after an unnamed official", "A senior Peruvian official, asked whether the president would sign, laughed. "
     "\"Not this year,\" he said.", [("Peru", "Not this year,")]),
    ("it, a statement from a body", "A short statement from the Norwegian foreign ministry has just landed. It says "
     "the first session was \"serious and constructive\".", [("Norwegian foreign ministry", "serious and")]),
    # a body named before, taken up by the head word of its name: alone ("the ministry said"), or in a source's
    # description ("a Commission spokesperson", "ministry officials")
    ("the ministry, a body named before", "Talks were held at the Ministry of Foreign Affairs in Kathmandu. “Both "
     "sides reviewed the whole relationship,” the ministry said in a statement.",
     [("Ministry of Foreign Affairs", "Both sides reviewed")]),
    ("the ministry, a partial quote", "A meeting with the teachers was suspended after protesters occupied the lobby "
     "of the Labour Ministry. The ministry said it would be rescheduled \"when the conditions are in place.\"",
     [("Labour Ministry", "when the conditions are in place.")]),
    ("a body's word before a spokesperson", "The European Commission opened the round in Jakarta on Monday. A "
     "Commission spokesperson said the bloc remained \"fully committed to a balanced agreement\".",
     [("European Commission", "fully committed")]),
    ("a body's word before officials", "Talks at the Foreign Ministry in Hanoi lasted two hours. 'The two sides agreed "
     "to meet again,' ministry officials said.", [("Foreign Ministry", "The two sides agreed")]),
    # a name the parser hung on a title's complement ("The head of X, Name,"), with a verb of saying or with a
    # partial quote after another verb
    ("a name beside a title's complement, warned", "The chief executive of Vell Capital, Tom Rhys, warned investors "
     "that the merger would be \"painful for a year\".", [("Tom Rhys", "painful for a year")]),
    ("a name beside a title's complement, termed", "Church groups welcomed the deal. The Anglican bishop of Gulu, "
     "Samuel Okello, on Friday termed it \"a first step towards peace in the north\".",
     [("Samuel Okello", "a first step towards peace")]),
    ("a name beside a title's complement, urged", "The head of the UN mission in Juba, Ruth Adeyemi, urged both sides "
     "to \"return to the table within a week\".", [("Ruth Adeyemi", "return to the table")]),
    # an office speaks for its holder: a title's ("the prime minister's office"), a pronoun's ("her office"), also
    # through the statement it issued ("a note released by the president's press office")
    ("the title's office", "Prime Minister Ana Costa flew to Madrid on Monday. The prime minister's office described "
     "the visit as \"a turning point\".", [("Ana Costa", "a turning point")]),
    ("her office", "Anna Berg met the unions on Monday. Her office said afterwards that the talks had been \"useful "
     "but hard\".", [("Anna Berg", "useful but hard")]),
    ("a note by the office", "President Lena Ortiz met the envoy on Monday. A note released by the president's press "
     "office called the talks \"frank and useful\".", [("Lena Ortiz", "frank and useful")]),
    # a description standing for a title given with the name ("the premier" of a Prime Minister), also when
    # the title came before a comma and courtesy words
    ("the premier", "Prime Minister Anwar Qadri received the visiting minister on Wednesday. The premier said "
     "Pakistan valued its \"brotherly relations\" with the Kingdom.", [("Anwar Qadri", "brotherly relations")]),
    ("the Speaker, Rt. Hon.", "The delegation called on the Speaker of Parliament, Rt. Hon. Kojo Antwi-Baah, on "
     "Wednesday. Welcoming the visitors, the Speaker said Ghana and Canada shared \"a parliamentary tradition "
     "rooted in the Westminster model.\"", [("Kojo Antwi-Baah", "a parliamentary tradition")]),
    ("abbreviated title before a surname", "Lord Provost Cllr Ailsa Sinclair-Drummond received the delegation on "
     "Monday. Cllr Sinclair-Drummond said she would \"try very hard\" to be there.",
     [("Ailsa Sinclair-Drummond", "try very hard")]),
    # a short phrase someone "called" something is that person's
    ("what he called", "Marco Ruiz invited her to open what he called “a new chapter of honesty”.",
     [("Marco Ruiz", "a new chapter of honesty")]),
    ("a book title", "“We disagreed about everything,” Ivan Petrov wrote in his memoir, “Across the Table,” in 2011.",
     [("Ivan Petrov", "We disagreed about everything")]),
    # single marks where the text quotes in double marks elsewhere
    ("single marks beside double", "“We are close,” Maria Santos said. Later she told him: 'Our place is in Europe, "
     "and we will not be turned back.'", [("Maria Santos", "We are close,"), ("Maria Santos", "Our place is in")]),
    ("british phrases", "Mr James Whitby described the meeting as 'warm and constructive' and said they were 'closer "
     "than ever'.", [("James Whitby", "warm and constructive"), ("James Whitby", "closer than ever")]),
    # British style: single marks, double marks for a quote inside
    ("british single", "‘We will not give up,’ union leader David Hale said. ‘The people want “a fair deal” and they will get it.’",
     [("David Hale", "We will not give up,"), ("David Hale", "The people want")]),
    ("british straight single", "'We will not give up,' Ms Orla Finn said.\nShe added: 'Nobody wants a strike.'",
     [("Orla Finn", "We will not give up,"), ("Orla Finn", "Nobody wants a strike.")]),
    ("apostrophes only", "The workers' union met Ms Orla Finn's team; they don't expect a deal.", []),
    # „...“: the low opener closed by the high mark (German and Balkan copy in English), the attribution after it
    ("low-high marks", "Mayor Lejla Hodžić spoke after the session. „We will not wait for the Canton. The buses must "
     "run“, said Hodžić.", [("Lejla Hodžić", "We will not wait")]),
    ("low-high marks, two quotes", "Minister Goran Babić met the unions. „The budget is fixed“, Babić said. Union head "
     "Vesna Kos replied: „Then the strike goes on.“", [("Goran Babić", "The budget is fixed"),
                                                       ("Vesna Kos", "Then the strike goes on.")]),
    # a headline: "Name: quote", "Name says 'words'"
    ("headline colon", "Kessler: ‘We will not resign’\nBERLIN - Chancellor Arno Kessler said on Monday he would "
     "stay.", [("Arno Kessler", "We will not resign")]),
    # scare quotes and names in quote marks are no quotations, even near a speaker
    ("so-called", "Tomas Berg said the so-called “reset” had failed.", []),
    ("dubbed name", "Jobs announced that the “Lion” release of OS X would ship in the summer.", []),
    ("event name", "Steve Rolle opened the “Back to the Mac” event on Wednesday.", []),
    ("labelled", "The attack was launched by a user labelled “Anonymous” on Wednesday, Vera Lutz said.", []),
    # a person called by the first word of the name alone as a clause's subject (Ethiopian, Indonesian copy): the
    # quote after it is that person's, not the one named last
    ("called by the first word", "Envoy Gebrehiwot Alemayehu chaired the talks. Rebel commander Deng Akol Wiyual "
     "attended.\nGebrehiwot told reporters after Monday's session that the talks would go on. “Nobody can wait for a "
     "calendar,” he said.", [("Gebrehiwot Alemayehu", "Nobody can wait")]),
    ("called by the first word, emphatic", "Former minister Wiranto Siregar backed the pact. Party chief Hasto "
     "Nainggolan was ready.\nWiranto himself told journalists in Medan that he had spoken to several leaders. “I "
     "am no kingmaker,” he said.", [("Wiranto Siregar", "I am no kingmaker")]),
    ("a phrase used", "Jana Holm described the plan as “comprehensive and flexible”.",
     [("Jana Holm", "comprehensive and flexible")]),
]


@pytest.mark.parametrize("name,text,expected", SHAPES, ids=[c[0] for c in SHAPES])
def test_quote_shapes(nlp: Language, name: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(speaker, quote) for speaker, quote, _ in quotes_of(nlp, text)]
    assert len(found) == len(expected), found
    for (speaker, quote), (want_speaker, prefix) in zip(found, expected):
        assert (speaker, quote[:len(prefix)]) == (want_speaker, prefix), found
