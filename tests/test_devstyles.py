"""Regression floors on data/dev_styles: invented texts in outlet styles the real dev set lacks.

The set is readable (rules may be debugged against it), so its floors guard what was gained there; the
measure of generalization stays with the hold-out sets, which no test reads. Floors are the figures
measured when they were set, truncated to three places.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import Report, evaluate

from .conftest import DEV_STYLES

# F1 on the texts (s9_* first a hold-out, s10_* added in the tenth session, s11_* in the eleventh), measured when
# they were set, truncated to three places. How each step moved them is in the commit messages (`git log -p
# tests/test_devstyles.py`); new texts lower a floor only as far as they require.
# organizations 0.829 -> 0.825 (348/86/61) when programme heads of one article each ("Exhortation", "Encyclical",
# "Credence", "Multilateralisation") left kg/data/nlp/components/org_noise.toml: a rule must read a construction.
# 90 texts (annot19's s12_01-s12_04 added, session 12): people 0.962, organizations 0.811, countries 0.967, titles
# 0.915, quotes 0.892, meetings 0.586 (331/117/349), pairs 0.640, measured and truncated (the new texts score lower).
# 94 texts (s12_05-s12_08 added): people 0.959, organizations 0.803, countries 0.966, titles 0.913, quotes 0.888,
# meetings 0.586 (348/125/365), pairs 0.640.
# organizations 0.803 -> 0.814 (389/101/76), people 0.959 -> 0.960: orgs' constructions (portfolios before a title, places
# put by a preposition, groups in brackets, double names), session 12.
# quotes 0.888 -> 0.896 (437/37/64 on the 94 texts): unnamed sources speak for their state or body (ptq, session 12).
# 98 texts (annot19's s12_09-s12_12 added): people 0.955, organizations 0.801, titles 0.903, meetings 0.578
# (363/135/394), pairs 0.630; countries 0.967 and quotes 0.896 (455/38/67) stay at or above their floors.
# 98 texts (annot19's s12_09-s12_12 added, with joint-body sittings): people 0.955, organizations 0.801, titles
# 0.903, meetings 0.597 (381/137/376), pairs 0.639; countries 0.967 and quotes 0.896 (455/38/67) hold their floors.
# with orgs' constructions on the 98 texts: people 0.955 -> 0.957, organizations 0.801 -> 0.812 (419/111/83).
# organizations 0.812 -> 0.820 (421/103/81): names going on over 'and' or after 'for', agreements' and documents'
# short forms (orgs).
# titles 0.903 -> 0.907 (707/40/104 on the 98 texts): a rank between a title and the name is a title of its own (ptq).
# quotes 0.896 -> 0.898 (456/37/66): "the Ethiopian leader" is the one head of its government or state named (ptq).
# quotes 0.898 -> 0.902 (458/35/64) with meetsides' demonyms ("Saudi", "Kazakh" ...) in kg/data/gazetteer.toml.
# people 0.958 -> 0.960 (816/48/20), organizations 0.821 -> 0.825 (422/99/80), meetings 387 -> 389 tp, pairs 0.641 ->
# 0.643 before meetfind's invitations (with them: meetings 0.619, 401/136/356, pairs 0.648): people's names the
# model took for bodies ('bin', a given name before a surname) (orgs).
# titles 0.907 -> 0.908 (708/40/103): "he met his Albanian counterpart, X" mirrors the person named before (ptq).
# quotes 0.902 -> 0.909 (462/32/60): of two subjects before the verb, the name nearest it speaks (ptq).
# 102 texts (annot23's s13_01-s13_04 added, session 13): people 0.957, organizations 0.818, meetings 0.620
# (422/145/372), pairs 0.644, measured and truncated; countries 0.972, titles 0.908, quotes 0.911 hold their floors.
# people 0.957 -> 0.962 (847/48/18), titles 0.908 -> 0.911 (737/39/104), quotes 0.911 -> 0.913 (484/32/60) on the
# 102 texts: names read whole ("Ma. X Y", 'A "Nick" B', the writers of a "By" line) (ptq, session 13).
# people 0.962 -> 0.968 (847/38/18), quotes 0.913 -> 0.915 (485/31/59): places the model took for people, by a port's,
# airport's or beach's noun after the name, a valley's or county's opening word, an Indian road's or building's closing
# word ("Wadi X", "Co X", "X Marg", "X Bhavan") (ptq, session 13).
# 106 texts (annot23's s13_05-s13_08 added): people 0.953, organizations 0.803, countries 0.971, titles 0.907, quotes
# 0.904 (500/38/67), meetings 0.611 (433/152/399), pairs 0.634.
# 110 texts (annot23's s13_09-s13_12 added): people 0.948, organizations 0.799, countries 0.970, titles 0.903, quotes
# 0.900 (517/41/73), meetings 0.601 (440/160/424), pairs 0.629; meeting_date 336/440 and meeting_place 307/440 hold.
# with ptq's names read whole and places taken for people, on the 110 texts: people 0.948 -> 0.958 (919/57/23),
# titles 0.903 -> 0.905 (793/41/124), quotes 0.900 -> 0.904 (519/39/71); meetings 0.601 (440/160/424), pairs 0.630.
# organizations 0.799 -> 0.809 (513/132/109), people 0.948 -> 0.949, titles 0.903 -> 0.903, quotes 0.900 -> 0.900: outlets
# after a noun of outlets or two words of speech, sources' outlets, a rank word before a group's noun no person (orgs), on the 110 texts.
# 114 texts (annot23's s13_13-s13_16 added, with meetprec's e1e31a0): organizations 0.797, quotes 0.899 (523/41/76),
# meetings 0.595 (448/162/446), pairs 0.624; people 0.949, countries 0.971, titles 0.904 hold their floors.
# with ptq's names read whole, places taken for people and titles with a portfolio ('Minister of Mines and Petroleum
# X'), on the 114 texts: people 0.949 -> 0.960 (947/57/21), countries 0.971 -> 0.972, titles 0.904 -> 0.911
# (823/41/119), quotes 0.899 -> 0.904 (526/38/73), meetings 0.595 -> 0.597 (449/161/445), pairs 0.624 -> 0.625.
# meetings 0.595 -> 0.604 (449 -> 457/160/437), pairs 0.624 -> 0.629 (615/169/555) with meetsides' sides, measured
# before ptq's step: "members of X" the body, a title's initials ("the CM") its holder, "the president" unnamed the
# paper's state, "Diko leader A" no side for Diko, a "CITY:" dateline no side.
# organizations 0.797 -> 0.807 (534/141/113), people 0.948 -> 0.950 on the 114 texts before ptq's steps: orgs' outlets (above) and two
# states' commission named on after "for"/"on" kept whole ("the Romania-Moldova Commission for European Integration").
# with both (measured after the merge): organizations 0.797 -> 0.807 (534/141/113), people 0.960 -> 0.961 (947/55/21).
# meetings 0.597 -> 0.600 (449/161/445 -> 453/161/441), pairs 0.625 -> 0.633 (622/171/548) on the 114 texts: co-chairs
# sit at the meeting they chair, "co-chaired" one token (meetfind).
# people 0.961 -> 0.962 (947/55/21 -> 947/53/21), titles 0.912 -> 0.913 (823/40/119 -> 824/39/118), quotes 0.905 ->
# 0.906 (526/38/73 -> 527/37/72), meetings 0.601 -> 0.602 (454/160/440), pairs 0.634 -> 0.635: a surname's particle
# capitalised at a sentence's start ("Van X said" after "Y van X") is the full name's short form (ptq).
# meetings 0.602 -> 0.610 (455/162/439 -> 463/160/431), pairs 0.635 -> 0.640 (624/171/546 -> 628/164/542) on the 114
# texts: meetsides' branch landed (session 14), with the home office never the other side's state nor a body's head.
# organizations 0.807 -> 0.816 (534/141/113 -> 539/135/108) on the 114 texts: a person's employer after "at"/"with" and
# a noun of research is a body ("a fellow at Chatham House"), a minister's portfolio of several fields no body (orgs).
# titles 0.913 -> 0.920 (824/39/118 -> 833/35/109), people 947/53/21 -> 948/53/20, organizations fp 141 -> 139,
# meetings 0.602 -> 0.603, pairs 0.635 (624/170/546): members of a parliament by their initials ("Greens MP X", "Spanish
# MEP X"), a plural title over "Country's Name" lists ("The two energy ministers, Romania's A and Moldova's B"), and
# "Sheikh" a form of address, no title (ptq).
# organizations 0.816 -> 0.819 (539/135/108 -> 540/132/107), people 947/53/21 -> 947/52/21: a dateline's agency in
# brackets with no dash ("Havana, Oct 18 (Prensa Latina) ..."), a name before a lower-case place noun a place ("the
# Torkham crossing", "Tungabhadra waters"), a capital taken for a body its state (orgs).
# quotes 0.906 -> 0.910 (527/37/72 -> 531/37/68): a body named before, taken up by its name's head word ("the ministry
# said", "a Commission spokesperson", "a senior ministry official told") (ptq).
# quotes 0.910 -> 0.911 (531/37/68 -> 533/38/66): an office speaks for its holder ("the Speaker's media office", "the
# prime minister's office", "her office"; s12_10 +2; s10_07's "according to his office" given to the man, gold Fiji) (ptq).
# meetings 0.610 -> 0.612 (463/160/431 -> 465/160/429 with main's steps), pairs 0.640 -> 0.641: "both sides", "the
# two sides" after two states or bodies coordinated before (meetsides).
# meetings 0.612 -> 0.613 (465/160/429 -> 466/160/428), pairs 0.641 -> 0.642: a company's or a union's people
# ("executives", "management", "bosses") stand for the body (meetsides).
# meetings 0.613 -> 0.614 (466/160/428 -> 468/161/426), pairs 0.642 -> 0.643: "the union", "the council", "the
# chamber" take up the body named before whose name holds the word (meetsides).
# organizations 0.820 -> 0.824 (540/130/107 -> 541/125/106): a plural's apostrophe inside a members' body's name ("the
# Nigeria Governors' Forum", "the Italian Bishops' Conference"), no owner before a person; "to" ends no name (orgs).
# organizations 0.824 -> 0.825 (541/125/106 -> 541/123/106), titles 0.920 -> 0.922 (833/35/109 -> 835/35/107): titles
# glued to a body's or a town's name before a person ("PCG Commandant Admiral X", "Manila Archbishop Cardinal X") (orgs).
# meetings 0.614 -> 0.618 (468/161/426 -> 469/156/425), pairs 0.643 -> 0.644 (633/162/537), meeting_date 0.775 ->
# 0.778 (365/469), meeting_place 0.705 -> 0.707 (332/469): corrections ("we reported that X met Y ...", "An earlier
# version of this story said ...") tell the sides, never the day or place; one that was a call is none (meetcoref).
# quotes 0.911 -> 0.915 (533/38/66 -> 536/36/63): a name the parser hung on a title's complement speaks for the title
# ("The chief executive of X, Name, warned", "Washington's envoy for the Western Balkans, Name, ... urging them to
# “…”", "The chairman of Solidarity, Name, said the union would “…”") (ptq).
# organizations 0.825 -> 0.827 (541/123/106 -> 541/120/106), pairs 633/162/537 -> 634/161/536: a wire's mark of a
# story's kind names nothing ("EXCLUSIVE-Chad government ...", "FOCUS-Gabon's ...", "MANILA (UPDATED) -") (orgs).
# meetings floor 0.618 -> 0.617: 469/156/425 is F1 0.6175 (the floor above was rounded up; measured after the merge).
# quotes 0.915 -> 0.917 (536/36/63 -> 537/35/62): a description subject inside a quote ("“The CM should first answer
# ...,” he said") is no subject a later pronoun takes up (ptq).
# meetings 0.617 -> 0.618 (469/156/425 -> 470/156/424), pairs 0.644 -> 0.645 (635/161/535): meetfind's recall steps
# (counted subjects, co-chairs) with main's, measured after the merge.
# organizations 0.827 -> 0.828 (541/120/106 -> 541/118/106): a desk's name alone on the line under a "By" line ("State
# Capitol Bureau", "Herald Staff") is the writer's desk, no body (orgs).
# 162 texts (session 15: the fourteenth session's hold-out batches e_*, f_*, g_*, measured once unseen, moved here so
# that rules can read what failed there): people 0.942 (1380/118/50), organizations 0.790 (841/224/223), countries
# 0.966, titles 0.908 (1199/71/171), quotes 0.894 (728/64/107), meetings 0.563 (624/269/699), pairs 0.583, measured at
# dcc88f0 and truncated.
# organizations 0.790 -> 0.799 (841/224/223 -> 862/230/202): two states' standing body the model cut into the two
# states is one organization, whole ("the Korea-Indonesia Joint Commission"), as the gold of s9 on lists it; capitalised
# words after "told the" / "in an interview with the" are the outlet ("told the Irish Examiner") (orgs).
# quotes 0.894 -> 0.896 (728/64/107 -> 729/63/106), meetings 624/269/699 -> 624/267/699, pairs 882/272/989 -> 882/269/989,
# people fp 118 -> 117: a one-word holder's title alone is his mention ("Archbishop X" ... "the Archbishop"), and "the
# prime minister" is no trade minister named before (meetsides).
# organizations 0.800 -> 0.801 (862/230/202 -> 865/230/199), people fp 116 -> 113, titles fp 71 -> 70, pairs fp 274 ->
# 272: a name before "leader" and a person's name is the group led ("Fianna Fáil leader Declan Hegarty") (orgs).
# pairs 0.583 -> 0.584 (882/269/989 -> 882/263/989), meetings 624/267/699 -> 624/266/699: a name set right before a
# title the next name holds is whose office it is, no side ("Unison Glasgow branch secretary X", "Assembly of First
# Nations National Chief Y"); "the chief executives of A and B" the one holder named for each body (meetsides).
# people 0.943 -> 0.944 (1380/117/50 -> 1383/116/47), titles 0.908 -> 0.909 (1199/71/171 -> 1201/70/169), quotes 0.899
# -> 0.901 (732/61/103 -> 734/59/101), organizations fp 224 -> 221, meetings 627/273/696 -> 627/274/696 (s11_08's two
# ministers signing an MoU, now both named): a form of address only people take ("Mr", "Ms", "Mallam", "Comrade")
# makes a person's name and is no part of it, a portfolio list's title ends before the name's comma, "the Fund said"
# is the body named before whose head it is, a spokesperson for a person speaks for that person (ptq, measured after
# the merge with main at c1d128a).
# meetings 631/277/692 -> 632/277/691 (F1 0.566), pairs 0.587 -> 0.588 (889/268/982 -> 890/268/981): an office only a
# state has ("the prime minister", "the king"), unnamed, is the state at home beside a body ("the JCTU had last met the
# prime minister", f_08) (meetsides, measured on main at 8a92447).
# people 0.942 -> 0.957 (1380/118/50 -> 1380/74/50), organizations 0.799 -> 0.806 (874/232/190 with main's steps;
# 841 -> 854 tp alone): names the model took for people that the article uses as bodies, outlets, places or peoples
# ("X leader Y", "Y of X", "told X", "in X" of a known place, "X, where", "the X mine", "X (XYZ)", "Keralites") and
# titles inside a person's span after a place ("Busan Mayor"): nlp/components/false_people.py (people15).
# end of session 15, all writers' and the mender's steps on the 162 texts (measured at 83f4370, truncated): people
# 0.958 (1384/73/46), organizations 0.806 (874/229/190), titles 0.911 (1203/68/167), quotes 0.902 (735/58/100),
# meetings 0.570 (637/274/686), pairs 0.592 (895/256/976); countries 0.966 holds.
# 210 texts (session 16: the fifteenth session's hold-out batches a_*, c_*, d_*, measured once unseen, moved here so
# that rules can read what failed there), measured at the move and truncated: people 0.953 (1720/104/67),
# organizations 0.789 (1127/320/284), countries 0.963 (745/22/35), titles 0.898 (1491/97/240), quotes 0.897
# (907/77/131), meetings 0.537 (769/387/937), pairs 0.550 (1066/358/1384).
# organizations 0.789 -> 0.798 (1127/320/284 -> 1149/319/262), people 0.953 -> 0.955 (1720/104/67 -> 1723/96/64): the
# outlet an article's head names, on a masthead line, after a byline's writer, on a "By" line with no writer or in a
# dateline ("Crikey", "By A, Ritzau", "By Telegraph Obituaries", "Bishkek, October 3 / Kabar /.") (orgs).
# organizations 0.798 -> 0.801 (1149/319/262 -> 1154/315/257), countries 0.963 -> 0.964 (745/22/35 -> 747/22/33),
# meetings 767/388/939 -> 771/386/935 (bench/eval_dev.py; 769/387/937 in this test's build, which differs from the
# bench's by two or so meetings from run to run), pairs 0.550 -> 0.551 (1066/358/1384 -> 1068/358/1382): a word
# in brackets after a body's name that is no English word its name in its own language ("Japan Business Federation
# (Keidanren)"), a persuasion's plural a party ("the Greens", "Social Democrats"), "Philippine", "Thai", "Lao",
# "Icelandic" ... demonyms of their states (orgs).
# ptq16's titles before a comma past a body's acronym: titles 0.898 -> 0.903 (1491/97/240 -> 1503/94/228); meetings
# read 767-769 tp from one build to the next (0.536-0.537): its floor 0.535.
# organizations 0.801 -> 0.802 (1154/315/257 -> 1154/310/257): a street's name is a place wherever it stands ("the
# Boulevard Triomphal", "on Grande Allée", "the Alley of Martyrs") (orgs).
# ptq16's plural titles before a list ("union co-leaders A and B", "their campaign chiefs, A of the X and B of Y") and
# mediation and party roles as title heads (conciliator, moderator, organiser, co-leader, lecturer): titles 0.903 ->
# 0.907 (1503/94/228 -> 1515/94/216), quotes 0.898 -> 0.900 (908/76/130 -> 911/74/127), people fn 64 -> 62.
# people 0.956 -> 0.962 (1723/96/64 -> 1740/87/47), organizations 1149/319/262 -> 1149/317/262, titles 1503/94/228 ->
# 1519/89/212, quotes 908/76/130 -> 915/70/123, meetings 767/388/939 -> 777/384/929 (measured after the merge with
# ptq16's titles and quotes): a name right after a capitalised title or a form of address whatever the model made of
# it ("Vice Premier Han Lizhong"), a title's complement cut off a name ("West Asia Tomasz Lisiecki"), a hospital's or a
# palace's closing word ("Morriston Hospital") (people16).
# end of session 16, all writers', the mender's and the lead's steps on the 210 texts (d9d195c, truncated; builds
# are the same under any hash seed since f0c6b9c, so the floors sit at the figures): people 0.963 (1742/87/45),
# organizations 0.803 (1154/307/257), countries 0.965 (747/21/33), titles 0.914 (1532/89/199), quotes 0.908
# (919/67/119), meetings 0.548 (788/377/918), pairs 0.567 (1105/336/1345).
# 258 texts (session 17: the sixteenth session's hold-out batches i_*, j_*, m_*, measured once unseen, moved here so
# that rules can read what failed there), measured at the move (5f265d3) and truncated: people 0.957 (2190/126/70),
# organizations 0.784 (1434/431/357), countries 0.965 (910/27/39), titles 0.906 (1921/115/280), quotes 0.903
# (1070/83/145), meetings 0.531 (941/496/1166), pairs 0.542 (1341/482/1779).
# meetings 0.531 -> 0.536 (941/496/1166 -> 951/489/1156), pairs 0.542 -> 0.558 (1341/482/1779 -> 1395/481/1725): sides
# told as lists - names the parser nested in an office's "of" phrase, a list after a colon, a body in brackets after a
# name no side, the states whose offices the listed people hold no sides beside them (sidesin17).
# meetings 0.536 -> 0.537 (951/489/1156 -> 954/486/1153, F1 0.5379), pairs 0.558 -> 0.569 (1395/481/1725 -> 1435/487/1685): who
# else was at the table, told in a sentence of its own right after it ("Also present were A and B", "A also attended",
# "X was accompanied by Y") (sidesin17).
# meetings 0.536 -> 0.537 (951/489/1156 -> 953/490/1154), pairs 0.558 -> 0.559 (1395/481/1725 -> 1396/481/1724): an
# earlier sitting of the joint body told just before, the noun a counted round held is "of" (meetfind17, before
# orgs17's steps).
# organizations 0.784 -> 0.792 (1434/431/357 -> 1446/413/345), people 0.957 -> 0.958 (2196/126/64), meetings 0.536 ->
# 0.538 (951/489/1156 -> 955/485/1152), pairs 0.558 -> 0.561 (1395/481/1725 -> 1402/474/1718), quotes 0.903 -> 0.905
# (1072/81/143), titles 0.906 -> 0.908 (1926/115/275), measured with main's sidesin17 step: bodies named by their
# fields ("the Finance and Expenditure Committee"), people the model took for bodies ("his Polish counterpart X", "X
# MP", "Mr X" in a list of bodies), a headline's verb ends a body's name, an alias of a body's own words joins no other
# article's body, "the White House said" in several articles stays a body there (orgs17).
# merged (sidesin17's attendees with orgs17's steps): meetings floor 0.537 and pairs 0.561 until measured together.
# end of session 17, all writers', the mender's and the lead's steps on the 258 texts (139871c, truncated; builds are
# the same under any hash seed): people 0.958 (2196/126/64), organizations 0.792 (1446/413/345), countries 0.965
# (910/27/39), titles 0.908 (1926/115/275), quotes 0.905 (1072/81/143), meetings 0.543 (965/479/1142), pairs 0.575
# (1451/470/1669).
# ptq18 (ptq17's bare titles, complements run into names, portfolios of common nouns, „...“ quotes; a state cut off a
# name stays a state, a place's noun ends a title's complement, a dateline's state is its bare "the President"'s):
# people 0.958 -> 0.960 (2196/126/64 -> 2201/121/59), titles 0.908 -> 0.912 (1926/115/275 -> 1933/103/268), quotes
# 0.905 -> 0.907 (1072/81/143 -> 1074/79/141), meetings 0.543 -> 0.544 (965/479/1142 -> 968/478/1139), pairs 0.575 ->
# 0.583 (1451/470/1669 -> 1471/454/1649).
# 306 texts (session 18: the seventeenth session's hold-out batches o_*, xa_*, xb_*, measured once unseen, moved here
# so that rules can read what failed there), measured at the move (7468785's code) and truncated: people 0.949
# (2583/178/97), organizations 0.778 (1711/524/452), countries 0.961 (1048/35/48), titles 0.898 (2243/146/359), quotes
# 0.896 (1264/107/184), meetings 0.517 (1078/598/1411), pairs 0.548 (1624/577/2101).
# meetings 0.517 -> 0.520 (1078/598/1411 -> 1085/598/1404), pairs 0.548 -> 0.551 (1624/577/2101 -> 1636/577/2089):
# meetfind17's earlier sittings and counted rounds landed with one reader of "the previous session" (review17 #10a),
# "the Kenyan ministers" as the ministers named (#8), a frame's place not another gathering's (#9) (mend18, before
# ptq18's steps).
# ptq18 on the 306 texts (ptq17's and review17 #12/#13's mends; titles before a name in commas however parsed, styles
# after a title, people called by their first word): people 0.949 -> 0.951 (2583/178/97 -> 2588/174/92), titles 0.898
# -> 0.908 (2243/146/359 -> 2278/135/324), quotes 0.896 -> 0.901 (1264/107/184 -> 1270/101/178), meetings 0.517 ->
# 0.520 (1078/598/1411 -> 1084/595/1405), pairs 0.548 -> 0.555 (1624/577/2101 -> 1646/558/2079).
# mend18 with ptq18, measured together (8879ee0): meetings 0.522 (1091/595/1398), pairs 0.557 (1658/558/2067); people,
# titles, quotes as ptq18's.
# sidesout18 (sides named outside the meeting's sentence: "the presidents of A, B and C" as each state's holder named
# anywhere in the article; a subject pronoun after a titled or guest subject, "The Omani minister will call on X. He is
# also to meet Y"): meetings 0.520 -> 0.522 (1084/595/1405 -> 1090/591/1399), pairs 0.555 -> 0.557 (1646/558/2079 ->
# 1654/554/2071).
# merged (mend18 with sidesout18): the same floors until measured together
# end of session 18, all writers' steps on the 306 texts (3d07bd8, truncated; two builds byte-identical): people 0.951
# (2588/169/92), organizations 0.778 (1711/524/452), countries 0.961 (1048/35/48), titles 0.908 (2279/134/323), quotes
# 0.901 (1270/101/178), meetings 0.525 (1097/590/1392), pairs 0.560 (1666/552/2059).
# 354 texts (session 19: the eighteenth session's hold-out batches xc_*, xd_*, xe_*, measured once unseen, moved here
# so that rules can read what failed there), at daef5cc's code, truncated: people 0.950 (2967/198/111), organizations
# 0.773 (1971/625/530), countries 0.963 (1244/41/52), titles 0.905 (2605/162/384), quotes 0.892 (1509/132/230), meetings
# 0.519 (1268/697/1651), pairs 0.549 (1903/636/2486).
# orgs19 (acronyms before a meeting's noun, bodies opening a meeting's name, a person after a title's body, outlets
# told in two or three words, cut post titles and fields, body heads no person's), truncated: people 0.951
# (2969/192/109), organizations 0.779 (1988/611/513), titles 0.906 (2607/158/382); the others held.
# meetings 0.519 -> 0.520 (1268/697/1651 -> 1272/696/1647), pairs 0.549 -> 0.550 (1903/636/2486 -> 1907/635/2482): a
# visitor awaited in a capital ("X is due in Moscow", "X is expected in Kyiv"), a courtesy call no phone call, the
# states of "the first visit to B by a(n) A office since YEAR" (meetfind19, before orgs19's steps).
# meetcast19 (a led group told again further on is the article's one led group), with orgs19, before meetfind19's
# steps: meetings 1268/696/1651 -> 1269/696/1650, pairs 1904/634/2485 -> 1907/636/2482; floors held.
# mend19 (review18's open findings: an aide's owner titled 'to'/'for', a title's bare complement, a member's seat, the
# name after an office's owner, the titled subject of two same-titled people, the visitor after an arrival, a state's
# ministers however parsed, 'Ahead of', a plural office's names past a comma, the last X of the year), merged with
# orgs19, truncated: meetings 0.519 -> 0.522 (1268/696/1651 -> 1278/695/1641), pairs 0.549 -> 0.552 (1904/634/2485 ->
# 1917/639/2472), quotes 0.892 -> 0.893 (1509/132/230 -> 1510/132/229), titles 2607/158/382 -> 2610/158/379.
# mend19 merged with meetfind19, meetcast19, ptq19 and orgs19, measured together (0d58647), truncated: meetings 0.524
# (1283/694/1636), pairs 0.553 (1924/640/2465), titles 0.907 (2615/158/374), quotes 0.893 (1510/132/229); people 0.951
# (2970/192/108), organizations 0.780 (1988/610/513), countries 0.964 (1244/41/52) hold.
# 402 texts (annot39-41's xf_*, xg_*, xh_* moved from the hold-out, twentieth session), at 49d6086's code: people
# 0.947 (3317/232/135), organizations 0.775 (2273/718/597), countries 0.962 (1442/48/63), titles 0.903 (2916/170/453),
# quotes 0.884 (1638/155/271), meetings 0.505 (1387/820/1899), pairs 0.537 (2089/773/2825), date 1044/1387, place
# 1000/1387; the new texts score lower, so every floor falls to what was measured, truncated.
# orgs20 (a body named with a given name of the world's, gender-guesser's list, and a surname is a person), merged
# with ptq20's titles, truncated: people 0.947 -> 0.949 (3329/233/123), organizations 0.775 -> 0.777 (2273/705/597),
# quotes 0.884 -> 0.887 (1643/151/266), meetings 0.505 -> 0.510 (1403/807/1883), pairs 0.537 -> 0.541 (2107/763/2807);
# meeting_date falls to 0.751 as 16 more meetings are matched: dates right rise 1044 -> 1055 (of 1403).
# orgs20: a source line's outlets split at commas, slashes and "and" ("Source: IAR, PAP"): organizations 0.777 ->
# 0.779 (2283/704/587, with the question credits), floor one step below as builds vary.
# end of the twentieth session (6f36596), 402 texts: people 0.950 (3332/227/120), organizations 0.779 (2283/703/587),
# countries 0.963 (1443/48/62), titles 0.909 (2952/167/417), quotes 0.889 (1646/147/263), meetings 0.514
# (1415/800/1871), pairs 0.544 (2105/716/2809), date 1101/1415, place 1021/1415; floors one step below where builds vary.
FLOORS = {
    "people": 0.950, "organizations": 0.779, "countries": 0.962, "titles": 0.909, "quotes": 0.888,
    "meetings": 0.514, "pairs": 0.543,
}
# meeting_date 0.751 -> 0.774 (1087/1404, merged with main): "late June" as its last ten days, a season the tagger
# left unlabelled, a week not taken over a "where" clause's own day (dateplace20); floor one step below (builds vary).
ACCURACY_FLOORS = {"meeting_date": 0.777, "meeting_place": 0.720}


@pytest.fixture(scope="module")
def report(dev_styles_ttl: Path) -> Report:
    rep = evaluate(sorted((DEV_STYLES / "gold").glob("*.json")), dev_styles_ttl)
    print(f"\n== dev_styles\n{rep.table()}")
    return rep


def test_every_article_has_gold_and_an_index_line() -> None:
    index = [json.loads(line)["file"] for line in (DEV_STYLES / "index.jsonl").read_text().splitlines() if line]
    articles = sorted(p.name for p in (DEV_STYLES / "articles").glob("*.txt"))
    gold = sorted(p.stem + ".txt" for p in (DEV_STYLES / "gold").glob("*.json"))
    assert index == articles == gold


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_dev_styles_floor(report: Report, category: str) -> None:
    assert report.scores[category].f1 >= FLOORS[category], report.table()


@pytest.mark.parametrize("name", sorted(ACCURACY_FLOORS))
def test_dev_styles_accuracy_floor(report: Report, name: str) -> None:
    assert report.accuracies[name].value >= ACCURACY_FLOORS[name], report.table()
