"""Meetings: when, where and whether, and which mentions are one meeting, on other outlets' constructions
(issue 13), on invented sentences with invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2019, 6, 14)
VARGA_KOVAC = frozenset({"Lena Varga", "Peter Kovac"})
TEMBO_PHIRI = frozenset({"Amos Tembo", "Grace Phiri"})
NOVAK_KOVAC = frozenset({"Jan Novak", "Peter Kovac"})

# text, publication date, expected {(participants, status, date or (start, end), place)}
CASES = [
    # --- a count of time before another event: "a day after meeting X", where the tagger may mark no DATE ---
    # the gerund's phrase hung on the count noun, measured from the main verb's day
    ("A day after meeting Peter Kovac in Vienna, Lena Varga flew to Paris on Wednesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    # "after" as a clause mark, the main clause's day on its preposition
    ("The deal was signed on Tuesday, two days after Lena Varga held talks with Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-09", "Vienna")}),
    # the count in apposition to a day ("on Wednesday, a day after her talks")
    ("Lena Varga announced the sanctions on Wednesday, a day after her talks with Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    # a phrase before a reported clause's subject belongs to the reporting verb (and its day), not the clause
    ("Foreign Minister Lena Varga said on Thursday, a day after meeting Slovak Prime Minister Peter Kovac, "
     "that trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", None)}),
    ("Lena Varga said on Thursday, a day after she met Peter Kovac, that trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", None)}),
    # a participle on a name: the name is who meets; no day on the main verb: the publication day
    ("Lena Varga, speaking a day after meeting Peter Kovac, said trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", None)}),
    # "days after" with no count: about when, so its month; "hours after": the same day
    ("The announcement came days after Lena Varga met Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06", "Vienna")}),
    ("Hours after meeting Peter Kovac, Lena Varga announced new sanctions.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", None)}),
    # ... but a count before a verb that is no meeting dates that verb ("two days after X canceled a summit")
    ("The talks will come two days after President Tom Hale canceled a summit with President Ivan Petrov "
     "that was scheduled to take place next month.", FRIDAY,
     {(frozenset({"Tom Hale", "Ivan Petrov"}), Status.CANCELLED, "2019-07", None)}),
    # --- spans of days: a week, the rest of the year, half a year ---
    # "last week", "next week", "this week" with no day: Monday to Sunday of that week
    ("Lena Varga met Peter Kovac in Vienna this week.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, ("2019-06-10", "2019-06-16"), "Vienna")}),
    ("Lena Varga will visit Vienna next week for talks with Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-17", "2019-06-23"), "Vienna")}),
    # "separate talks last week with A in X and with B in Y": one meeting each, at the place on each side
    ("Lena Varga held separate talks last week with Peter Kovac in Vienna and with Jan Novak in the northern "
     "city of Brno.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, ("2019-06-03", "2019-06-09"), "Vienna"),
      (frozenset({"Lena Varga", "Jan Novak"}), Status.HELD, ("2019-06-03", "2019-06-09"), "Brno")}),
    # "later this year", "before the end of the year" (the preposition outside the DATE): from the next day
    ("Lena Varga will meet Peter Kovac in Vienna later this year.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-15", "2019-12-31"), "Vienna")}),
    ("Lena Varga and Peter Kovac agreed to meet again before the end of the year.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-15", "2019-12-31"), None)}),
    # "the second half of this year": its months; "within this year": the year
    ("Lena Varga and Peter Kovac agreed to hold a strategic dialogue in Cairo in the second half of this year.",
     FRIDAY, {(VARGA_KOVAC, Status.PLANNED, ("2019-07", "2019-12"), "Cairo")}),
    ("Lena Varga and Peter Kovac will hold a summit within this year.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019", None)}),
    # "later this month", "later in the week" (a DATE, or a TIME the tagger made of it): from the next day to
    # the month's last day or the week's Sunday
    ("The two foreign ministers, Lena Varga and Peter Kovac, are due to meet in Vienna later in the month.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-15", "2019-06-30"), "Vienna")}),
    ("Lena Varga will hold talks with Peter Kovac later this week, her office said.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-15", "2019-06-16"), None)}),
    # --- ", where" clauses: at the place (and of the day) of the verb they hang on ---
    # hung on the verb as an adverbial clause or a complement ("is in X today, where she met Y")
    ("Trade Commissioner Lena Varga is in Vienna today, where she met Chancellor Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Vienna")}),
    ("Special envoy Lena Varga is in Vienna today, where she met with Chancellor Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Vienna")}),
    # "where" hung on the meeting verb under "is expected to": the clause is still the place's
    ("Later this week, Lena Varga will travel to Vienna, where she is expected to meet Chancellor Peter Kovac.",
     FRIDAY, {(VARGA_KOVAC, Status.PLANNED, ("2019-06-15", "2019-06-16"), "Vienna")}),
    # --- a timeline's line opens with its day and a colon (a bullet or none; the tagger leaves "November 6,
    # 2017" or the "10" of "10 January 2016" out of a DATE), but a dateline leaves the clause its own day ---
    ("Key dates\n\n- 10 January 2016: Special envoy Jan Novak meets Peter Kovac in Bratislava.", FRIDAY,
     {(frozenset({"Jan Novak", "Peter Kovac"}), Status.HELD, "2016-01-10", "Bratislava")}),
    ("Chronology\n\n\u2022 November 6, 2017: The foreign ministers of the two countries, Lena Varga of Hungary and "
     "Peter Kovac of Slovakia, meet in Washington.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2017-11-06", "Washington")}),
    ("WASHINGTON, June 13, 2019: Lena Varga met Peter Kovac on Tuesday at the White House.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "White House")}),
    # ... a line of the list without the year takes it from a line above or from the year heading the list
    ("Timeline of the crisis:\n- 3 March 2019: Protests begin in the capital.\n- 12 March 2019: President Amos "
     "Tembo and opposition leader Grace Phiri hold talks in Lusaka.\n- 20 April: The two men meet again in Ndola.",
     FRIDAY, {(TEMBO_PHIRI, Status.HELD, "2019-03-12", "Lusaka"), (TEMBO_PHIRI, Status.HELD, "2019-04-20", "Ndola")}),
    ("2018\n- 3 March: Protests begin in the capital.\n- 12 March: President Amos Tembo and opposition leader "
     "Grace Phiri hold talks in Lusaka.\n- 20 April: The two men meet again in Ndola.",
     FRIDAY, {(TEMBO_PHIRI, Status.HELD, "2018-03-12", "Lusaka"), (TEMBO_PHIRI, Status.HELD, "2018-04-20", "Ndola")}),
    ("Key dates\n- 5 May 2017: Envoy Jan Novak meets Peter Kovac in Bratislava.\n- 9 June: Jan Novak meets Peter "
     "Kovac again in Vienna.", FRIDAY,
     {(NOVAK_KOVAC, Status.HELD, "2017-05-05", "Bratislava"), (NOVAK_KOVAC, Status.HELD, "2017-06-09", "Vienna")}),
    # ... an agency's timeline or factbox sets a dash after the day instead of a colon (capitals, a range, an
    # en dash); the year from the line above; a dateline with a dash is no timeline's day
    ("FACTBOX-Key moments in the talks\nMARCH 4, 2019 - Protests begin in the capital.\nMARCH 12 - President Amos "
     "Tembo meets opposition leader Grace Phiri in Lusaka.\nAPRIL 20-21 - The two men hold talks again in Ndola.",
     FRIDAY, {(TEMBO_PHIRI, Status.HELD, "2019-03-12", "Lusaka"),
              (TEMBO_PHIRI, Status.HELD, ("2019-04-20", "2019-04-21"), "Ndola")}),
    ("Milestones\n5 May 2017 \u2013 Envoy Jan Novak flies to Bratislava and meets Peter Kovac.\n9 June \u2013 Jan "
     "Novak and Peter Kovac hold talks in Vienna.", FRIDAY,
     {(NOVAK_KOVAC, Status.HELD, "2017-05-05", "Bratislava"), (NOVAK_KOVAC, Status.HELD, "2017-06-09", "Vienna")}),
    ("VIENNA, June 12, 2019 - Foreign Minister Lena Varga met Slovak Prime Minister Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Vienna")}),
    # ... a line of a timeline dated as its own entry is another meeting than the lead's, never the day the lead
    # only guessed
    ("Foreign Minister Lena Varga has met Slovak Prime Minister Peter Kovac in Vienna.\nHow the talks unfolded:\n"
     "MARCH 12, 2019 - Varga and Kovac hold their first meeting, on the sidelines of a summit in Bratislava.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Vienna"), (VARGA_KOVAC, Status.HELD, "2019-03-12", "Bratislava")}),
    # --- a present perfect is the day's news, though a phrase ranks the meeting among others since a time ("for the
    # first time since", "her second trip there since"); a count of meetings since a time is a record, undated ---
    ("Lena Varga and Peter Kovac have met for the first time since the 2019 accord.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", None)}),
    ("Lena Varga has held talks with Peter Kovac in Bratislava, her second trip there since taking office.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Bratislava")}),
    ("Lena Varga and Peter Kovac have met three times since the 2019 accord.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, None, None)}),
    # --- a bare weekday a meeting called off had been set for: the one nearest to publication, either side; a day
    # on the past verb of the calling off stays a day gone by ---
    ("A meeting between Lena Varga and Peter Kovac that had been scheduled for Saturday was postponed, her office "
     "said.", FRIDAY, {(VARGA_KOVAC, Status.CANCELLED, "2019-06-15", None)}),
    ("Talks between Lena Varga and Peter Kovac set for Monday were called off after the border incident.", FRIDAY,
     {(VARGA_KOVAC, Status.CANCELLED, "2019-06-17", None)}),
    ("Lena Varga cancelled her meeting with Peter Kovac on Saturday.", FRIDAY,
     {(VARGA_KOVAC, Status.CANCELLED, "2019-06-08", None)}),
    # --- datelines: "here" is the dateline's place; a headline's present is the lead's day ---
    ("BUDAPEST, June 13 (Reuters) - Hungarian Foreign Minister Lena Varga met Slovak Foreign Minister Peter "
     "Kovac here on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", "BUDAPEST")}),
    # ... and a meeting of the report's days that names no place is at the dateline's ("VIENNA —")
    ("VIENNA — Hungarian Foreign Minister Lena Varga is meeting Slovak Foreign Minister Peter Kovac "
     "on Friday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Vienna")}),
    ("BUDAPEST (Reuters) - Hungarian Foreign Minister Lena Varga met Slovak Foreign Minister Peter Kovac in "
     "Vienna on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", "Vienna")}),
    # ... "with visiting X here on Thursday": the participle on the name opens no clause of its own
    ("Varga meets Kovac\n\nBudapest (AFP) - Hungarian Foreign Minister Lena Varga held talks with visiting "
     "Slovak Foreign Minister Peter Kovac here on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", "Budapest")}),
    ("Varga meets Kovac\nBy Anna Kis\n\nBUDAPEST, June 13 (Xinhua) -- Hungarian Foreign Minister Lena Varga "
     "held talks with visiting Slovak Foreign Minister Peter Kovac here on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", "Budapest")}),
    # --- a meeting noun's relative clause of holding or scheduling tells its day and place, also where the parser
    # hangs it on the last name of the noun's phrase; a clause of a person ("who") or holding another meeting
    # ("which held a session") tells neither ---
    ("The talks between Lena Varga and Peter Kovac, which were held at the Hofburg in Vienna, lasted two hours.",
     FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Hofburg")}),
    ("Lena Varga's meeting with Peter Kovac, which took place in Vienna on Tuesday, was described as cordial.",
     FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    ("A summit of the two presidents, Lena Varga and Peter Kovac, which was planned for next month in Vienna, has "
     "been cancelled.", FRIDAY, {(VARGA_KOVAC, Status.CANCELLED, "2019-07", "Vienna")}),
    ("Lena Varga had talks with Peter Kovac, who planned to travel to Vienna next week.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", None)}),
    ("The meeting between Lena Varga and Peter Kovac, whose company opened a plant in Graz on Monday, was tense.",
     FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-14", None)}),
    # --- a place inside what a meeting is about is no venue: the object of a verb of discussing and what lies
    # below its other prepositions, and below a meeting noun's "on" topic; a part of a place after "on" (outskirts,
    # sidelines) keeps the place below it ---
    ("Slovak and Hungarian officials also met on Tuesday to discuss pollution from the steel mills in Ostrava, a "
     "diplomat said.", FRIDAY, {(frozenset({"Hungary", "Slovakia"}), Status.HELD, "2019-06-11", None)}),
    ("On Tuesday Lena Varga held talks with Peter Kovac on anti-poaching patrols in the Kruger National Park.",
     FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-11", None)}),
    ("Lena Varga discussed the plan with Peter Kovac at the Hofburg on Tuesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Hofburg")}),
    ("Lena Varga held talks with Peter Kovac on the outskirts of Graz on Tuesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Graz")}),
    ("Lena Varga held a meeting with Peter Kovac on the sidelines of the summit in Vienna on Tuesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    # --- which mentions are one meeting ---
    # "last met in Vienna in March, when they attended the summit between C and D": the "when" clause's
    # meeting is that one, with the sides of both
    ("Lena Varga and Peter Kovac met in Budapest on Tuesday. They last met in Vienna in March, when they "
     "attended the summit between President Jan Novak and Chancellor Karl Huber.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Budapest"),
      (frozenset({"Lena Varga", "Peter Kovac", "Jan Novak", "Karl Huber"}), Status.HELD, "2019-03", "Vienna")}),
    # "his visit ... in May last year, during which he held talks with Y in X" (the parser makes the clause a
    # complement): the journey's time ("May last year"), so no part of today's talks (whose place stays the
    # dateline's)
    ("BUDAPEST, June 11 (Xinhua) -- Lena Varga held talks with Peter Kovac here on Tuesday. Varga recalled her "
     "visit to Slovakia in May last year, during which she held talks with Kovac in Bratislava.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "BUDAPEST"),
      (frozenset({"Lena Varga", "Slovakia"}), Status.HELD, "2018-05", "Bratislava")}),
    # --- a meeting inside a framing one: the frame's place and day, where it was told before ---
    ("The Group of 20 summit opened in Osaka on Thursday. On the sidelines of the summit, Prime Minister Adam "
     "Nowak held talks with Czech President Jan Dvorak.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-06-13", "Osaka")}),
    ("Leaders arrived for the summit in Osaka on Thursday. Adam Nowak met Jan Dvorak during the summit.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-06-13", "Osaka")}),
    ("Prime Minister Adam Nowak met Czech President Jan Dvorak on the margins of the summit in Osaka on "
     "Thursday.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-06-13", "Osaka")}),
    # ... a gathering that is no meeting of sides (a forum, an expo, a congress) frames the meetings on its margins
    # or during it alike
    ("The annual Danube Business Forum opened in Vienna on Tuesday. On the sidelines of the forum, Lena Varga "
     "held talks with Peter Kovac.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    ("The Nordic Trade Expo opened on Monday in Gothenburg with 300 exhibitors. During the expo, Amos Tembo met "
     "Grace Phiri to discuss fisheries.", FRIDAY, {(TEMBO_PHIRI, Status.HELD, "2019-06-10", "Gothenburg")}),
    # ... told again since without a day ("Opening the forum, X said"): the mention before that tells one
    ("The Caspian Energy Forum opened in Baku on Tuesday. Opening the forum, President Ilham Rustamov called for "
     "new pipelines. On the sidelines of the forum, Lena Varga held talks with Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Baku")}),
    ("The congress of the European Greens began in Lisbon on Wednesday. Lena Varga met Peter Kovac on the margins "
     "of the congress.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Lisbon")}),
    # ... not one told as of another time ("last year's forum", "the previous conference") nor another body's (the
    # frame's own "of" phrase names another); a place told in the meeting's own sentence is its own (review17 #9)
    ("Last year's forum was held in Davos in January 2018. This year's forum opened on Monday. On the sidelines of the "
     "forum, Lena Varga met Peter Kovac.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-10", None)}),
    ("The previous conference was held in Glasgow. The conference opened on Monday. On the margins of the conference, "
     "Lena Varga met Peter Kovac.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-10", None)}),
    # ... but "last week's summit", "last month's forum" are as often the one told: their place stays (review18 #10)
    ("Last week's summit was held in Brussels. Lena Varga met Peter Kovac at the summit.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, None, "Brussels")}),
    ("Last month's forum took place in Lima. Lena Varga met Peter Kovac on the sidelines of the forum.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-05", "Lima")}),
    # ... and "the last X of the year", "of her term" is the final one of the period, not the one before
    ("The last summit of the year was held in Manila. Lena Varga met Peter Kovac at the summit on Friday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", "Manila")}),
    ("The last council meeting of her term took place in Geneva. Lena Varga met Peter Kovac at the meeting on "
     "Tuesday.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Geneva")}),
    ("The Danube Assembly convened in Vienna in May. On Tuesday in Geneva, on the sidelines of the assembly of the "
     "World Health Organization, Lena Varga met Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Geneva")}),
    # --- the sitting before of a series told, naming no one, with a time of its own: held, between the sides of
    # the meeting told just before (the states the people stand for, where each has one) ---
    ("Lena Varga held a meeting with Peter Kovac in Vienna on Wednesday. The last such meeting, in Bratislava in "
     "May 2017, ended without agreement.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna"), (VARGA_KOVAC, Status.HELD, "2017-05", "Bratislava")}),
    ("Lena Varga held talks with Peter Kovac in Vienna on Wednesday. The previous round of talks was held in "
     "Bratislava in May.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna"), (VARGA_KOVAC, Status.HELD, "2019-05", "Bratislava")}),
    ("Kenyan Foreign Minister Amos Tembo held talks with Ugandan Foreign Minister Grace Phiri in Kampala on "
     "Tuesday. The previous round of talks was held in Nairobi in March 2017.", FRIDAY,
     {(TEMBO_PHIRI, Status.HELD, "2019-06-11", "Kampala"),
      (frozenset({"Kenya", "Uganda"}), Status.HELD, "2017-03", "Nairobi")}),
    # ... but one with no time of its own is the meeting told; one of another noun names another series
    ("Lena Varga held talks with Peter Kovac in Vienna on Wednesday. The last such summit, in Bratislava in May "
     "2017, ended without agreement.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna")}),
    ("Lena Varga held talks with Peter Kovac in Vienna on Wednesday. The previous round of talks was held in "
     "Bratislava.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna")}),
    # ... "this week's NATO summit", where the tagger left "this" out of the DATE: that week, at the summit's
    # place told before; a DATE running on past a comma ("in July 2018, weeks after ...") is its first part
    ("Adam Nowak and Jan Dvorak first met on the margins of the NATO summit in Brussels in July 2018, weeks "
     "after the election. Nowak and Dvorak sat down for an hour on the sidelines of this week's NATO summit.",
     FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2018-07", "Brussels"),
      (frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, ("2019-06-10", "2019-06-16"), "Brussels")}),
    # ... but a visit under way told in the present is the report's day
    ("On this week's trip, Defense Secretary Adam Nowak is visiting Turkey.", FRIDAY,
     {(frozenset({"Adam Nowak", "Turkey"}), Status.HELD, "2019-06-14", "Turkey")}),
    # --- places that are none: a meeting's own name, the topic "on" a meeting noun ---
    ("Ingrid Solberg first met President Mwansa Kabwata at the Mining Indaba conference in Cape Town in "
     "February.", FRIDAY,
     {(frozenset({"Ingrid Solberg", "Mwansa Kabwata"}), Status.HELD, "2019-02", "Cape Town")}),
    ("Ankara has proposed a regional conference on the eastern Mediterranean that would bring together Greece, "
     "Turkey, Cyprus and Egypt.", FRIDAY,
     {(frozenset({"Greece", "Turkey", "Cyprus", "Egypt"}), Status.PROPOSED, None, None)}),
    # --- days told against others: "Earlier in the day" (the day of the meeting before), "last night" ---
    ("Lena Varga held talks with Peter Kovac on Thursday. Earlier in the day, Varga called on President Jan "
     "Novak at his residence.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", None),
      (frozenset({"Lena Varga", "Jan Novak"}), Status.HELD, "2019-06-13", None)}),
    ("Lena Varga also received Mayor Peter Kovac at the ambassador's residence in Palermo last night.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", "Palermo")}),
    # a part of the day told against publication ("this afternoon", "later this evening", "tomorrow morning"),
    # a TIME the dates module does not read, on a meeting to come as on one held
    ("Foreign Minister Lena Varga is due to meet Chancellor Peter Kovac at Leinster House this afternoon.", FRIDAY, {(VARGA_KOVAC, Status.PLANNED, "2019-06-14", "Leinster House")}),
    ("Chancellor Peter Kovac will hold talks with Prime Minister Lena Varga in Vienna later this evening, a "
     "spokesman said.", FRIDAY, {(VARGA_KOVAC, Status.PLANNED, "2019-06-14", "Vienna")}),
    ("President Lena Varga will receive Prime Minister Peter Kovac in Vienna tomorrow morning.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-15", "Vienna")}),
    # --- a venue and its town: the venue, the most specific place named ---
    # both as near the verb (a place hung on the verb's object is the verb's): the venue before the town
    ("Prime Minister Lena Varga received Chancellor Peter Kovac at Victoria Palace in Bucharest on Wednesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Victoria Palace")}),
    ("Lena Varga met Peter Kovac at Stormont House in Belfast on Tuesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Stormont House")}),
    # a name before a building word in lower case ("the Moncloa palace"), not a town's ("a Vienna hotel")
    ("Lena Varga held talks with Peter Kovac at the Mariinsky palace in Kyiv on Monday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-10", "Mariinsky palace")}),
    ("Lena Varga met Peter Kovac at a Vienna hotel on Wednesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna")}),
    # a legislature met at or in: the house it sits in
    ("Senator Peter Kovac, who met Lena Varga at the Scottish Parliament on Tuesday, said the talks went well.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Scottish Parliament")}),
    ("Lena Varga will meet opposition leader Peter Kovac at the National Assembly on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-20", "National Assembly")}),
    # a venue told with its town is in the town's state: the visit there is the meeting's
    ("Kenyan President Peter Kovac met Ethiopian Prime Minister Lena Varga at State House in Nairobi on Wednesday. "
     "Varga, who was on her first official visit to Kenya, later toured a factory.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "State House")}),
    # "to visit B, where he will hold talks" after "On Tuesday, X is scheduled to meet A and": up the verbs
    ("On Tuesday, Ivan Petrov is scheduled to meet business leaders in Jakarta and to visit the ASEAN "
     "Secretariat, where he will hold talks with Secretary-General Omar Haddad.", FRIDAY,
     {(frozenset({"Ivan Petrov", "Omar Haddad"}), Status.PLANNED, "2019-06-18", "ASEAN Secretariat")}),
    # a frame fronted on the clause, named after a town ("the Madrid peace conference")
    ("At the Madrid peace conference in October 1991, Ivan Petrov held a private meeting with Omar Haddad.",
     FRIDAY, {(frozenset({"Ivan Petrov", "Omar Haddad"}), Status.HELD, "1991-10", "Madrid")}),
    # --- a call is no meeting: "in a phone call", "during a video conference" ---
    ("Lena Varga discussed the talks with Peter Kovac in a phone call on Monday evening.", FRIDAY, set()),
    ("Lena Varga met Peter Kovac during a video conference on Monday.", FRIDAY, set()),
    # --- "On the same day", "The same evening": the day of the meeting told before ---
    ("On 20 May, Lena Varga held talks with Peter Kovac. On the same day, Varga also met Jan Novak. The same "
     "evening, Varga took part in a meeting with Karl Huber.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-05-20", None),
      (frozenset({"Lena Varga", "Jan Novak"}), Status.HELD, "2019-05-20", None),
      (frozenset({"Lena Varga", "Karl Huber"}), Status.HELD, "2019-05-20", None)}),
    # --- status: an invitation proposes a visit hosted by the one who invites ---
    # --- a "when" clause on a date: the meeting happens at that date, even one "since" frames in its host ---
    ("Lena Varga and Peter Kovac had known each other since 2014, when they were introduced at a conference in Riga.",
     FRIDAY, {(VARGA_KOVAC, Status.HELD, "2014", "Riga")}),
    ("The talks have been frozen since March 2016, when Lena Varga met Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2016-03", "Vienna")}),
    # --- a month pointed back at ("that April"): of the last year told before it, not the publication's ---
    ("The file came to Lena Varga in 2009. She first met Peter Kovac in Vienna that April.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2009-04", "Vienna")}),
    ("Lena Varga took office in 2011 and met Peter Kovac in Vienna that May.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2011-05", "Vienna")}),
    # --- "for" a meeting noun names the meeting, not a frame: a day the parser hung inside it is the meeting's ---
    ("President Lena Varga will host Prime Minister Peter Kovac for a working dinner in the palace on Thursday "
     "evening.", FRIDAY, {(VARGA_KOVAC, Status.PLANNED, "2019-06-20", None)}),
    # --- talks in a bare "after" clause: of the host verb's day (up an infinitive to it) ---
    ("Slovakia and Austria agreed on Monday to set up a hotline after Prime Minister Lena Varga held talks with "
     "Chancellor Peter Kovac in Vienna.", FRIDAY, {(VARGA_KOVAC, Status.HELD, "2019-06-10", "Vienna")}),
    ("The two sides signed a trade pact on Wednesday after Lena Varga met Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", "Vienna")}),
    ("Somali President Abdi Warsame invited Kenyan President Daniel Kariuki to visit Mogadishu.", FRIDAY,
     {(frozenset({"Abdi Warsame", "Daniel Kariuki"}), Status.PROPOSED, None, "Mogadishu")}),
    ("During Monday's talks, Foreign Minister Yoko Mori invited Foreign Minister Han Jun to visit Tokyo.", FRIDAY,
     {(frozenset({"Yoko Mori", "Han Jun"}), Status.PROPOSED, None, "Tokyo")}),
    # --- a day told on the word a meeting verb's infinitive hangs on ("On Thursday, X is scheduled to meet Y") ---
    ("On Thursday, Lena Varga is scheduled to meet Peter Kovac in Graz.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-20", "Graz")}),
    ("Later today Lena Varga is expected to meet Parliament Speaker Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-14", None)}),
    ("On Monday, Lena Varga is due to meet Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-17", None)}),
    ("On Tuesday, Lena Varga is to meet Peter Kovac in Brno.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, "2019-06-18", "Brno")}),
    # ... but not on a verb of agreeing: its day is when they agreed, not when they meet
    ("Lena Varga and Peter Kovac agreed on Tuesday to meet again.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, None, None)}),
    # --- a "where" clause in its host verb's time: a day word there ("Earlier today X visited A, where she met Y"),
    # a week there ("will be in Ottawa next week, where she is to meet Y") ---
    ("Earlier today Health Secretary Lena Varga visited the Central Hospital in Graz, where she met its chief "
     "executive, Peter Kovac.", FRIDAY,
     {(frozenset({"Lena Varga", "Central Hospital"}), Status.HELD, "2019-06-14", "Graz"),
      (VARGA_KOVAC, Status.HELD, "2019-06-14", "Graz")}),
    ("Lena Varga will be in Ottawa next week, where she is to meet Fisheries Minister Peter Kovac.", FRIDAY,
     {(VARGA_KOVAC, Status.PLANNED, ("2019-06-17", "2019-06-23"), "Ottawa")}),
    # --- "met twice this week, on Monday and on Thursday": a mention told on a day of its own is no week's series
    # of sessions (one meeting per day) ---
    ("President Lena Varga and Prime Minister Peter Kovac met twice this week, on Monday and on Thursday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-10", None), (VARGA_KOVAC, Status.HELD, "2019-06-13", None)}),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_when_where_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected
