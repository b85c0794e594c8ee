"""Word lists of news English that no package ships: titles, honorifics, department words.

These are closed classes of the language of news (how posts are named), not lists of entities.
"""
from __future__ import annotations

# Head nouns of titles and roles, lower-case. Multi-word titles are built around them.
TITLE_HEADS = frozenset("""
president vice-president premier chancellor minister secretary secretary-general undersecretary
under-secretary ambassador envoy spokesman spokeswoman spokesperson leader chairman chairwoman chair
chief director director-general governor mayor senator congressman congresswoman representative
lawmaker commander general admiral king queen prince princess emperor pope sultan emir sheikh monarch
dictator official officials diplomat negotiator adviser advisor counselor counsellor aide fellow analyst
professor researcher expert scholar correspondent reporter journalist editor
head founder ceo chief-of-staff lieutenant colonel major captain deputy
foreign-minister prime-minister rapporteur coordinator commissioner administrator strongman spymaster
taoiseach tanaiste ayatollah chairperson politician contributor officer sergeant corporal marshal brigadier
legislator
""".split())

# Modifiers that turn a head into a longer title ("Press Secretary", "Foreign Minister").
# NER often tags them as organizations ("Press", "State"); inside a title they are not names.
TITLE_MODIFIERS = frozenset("""
Press State Defense Defence Treasury Commerce Energy Interior Justice Labor Labour Education Health
Agriculture Transportation Transport Homeland Security Foreign Home Finance Economy Trade Information
Unification Environment Culture Affairs Interior National Public Veterans Communications Development
""".split())

# Words before a name that are not part of it.
HONORIFICS = frozenset("""
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Prof Prof. Rev Rev. Gen Gen. Sen Sen. Rep Rep. Gov Gov.
President Premier Chancellor Minister Secretary Ambassador Envoy Leader Chairman King Queen Prince
Princess Emperor Pope General Admiral Senator Governor Mayor Judge Justice Speaker Director Professor Chairperson
Chairwoman Spokesman Spokeswoman Spokesperson Commissioner Commander Councilor Councillor
Vice Prime Foreign Defense Press Deputy Former former Acting acting Taoiseach Tanaiste Ayatollah
""".split())

# Heads of names of buildings and rooms: such ORG-tagged names are places ("the Oval Office").
PLACE_HEADS = frozenset("""
Room Garden Hotel Square Airport Stadium Hall Palace Villa Residence Resort Lodge Center Centre Station
Office
""".split())

# Prepositions after which a capital city is the place, not the state ("in Pyongyang").
LOCATIVE_PREPOSITIONS = frozenset(
    "in at to from near into inside outside around across through via toward towards".split())

# Lower-case heads that make "<name or nationality> + head" an organization:
# "the Bush administration", "the Obama transition team", "the North Korean foreign ministry".
ORG_HEADS = frozenset("""
administration government ministry cabinet parliament embassy military army navy campaign
transition-team team delegation party
""".split())

# Lower-case class nouns that, set before or beside a name, tell its type: "retailer Best Buy",
# "German magazine Der Spiegel", "Ryanair, the Irish airline". Organizations first, then products.
ORG_CLASS_NOUNS = frozenset("""
company firm corporation conglomerate giant retailer chain carrier airline automaker carmaker manufacturer
maker airframer bank lender insurer broker newspaper magazine tabloid broadcaster network agency outlet
label band club team party organization organisation charity union regulator exchange fund subsidiary
supplier operator consortium
""".split())
PRODUCT_CLASS_NOUNS = frozenset("""
browser software system application app version release model edition device phone smartphone handset
tablet computer laptop notebook desktop player console processor chip engine aircraft airliner jet
jetliner plane airplane helicopter car vehicle truck sedan drug vaccine interface platform suite lineup kernel line
""".split())

# Heads of names of events: "the Geneva Motor Show", "the Frankfurt Book Fair".
EVENT_HEADS = frozenset("Show Expo Exposition Fair Festival Exhibition".split())
# Heads of names that are events when held or dated, and bodies otherwise ("the annual Build Conference"
# vs "the Southern Christian Leadership Conference").
MEETING_HEADS = frozenset("Conference Convention Summit Forum".split())

# Nouns after "A-B" that make A and B two parties ("the Obama-Castro meeting", "the Trump-Kim summit").
PAIR_EVENT_NOUNS = frozenset("""
summit summits meeting meetings talks negotiations encounter discussions handshake call rivalry
""".split())

# Parts of the world that join in names ("Asia-Pacific", "Euro-Atlantic"): no country, no people.
REGION_WORDS = frozenset("""
Africa African America American Americas Asia Asian Atlantic Pacific Arctic Antarctic Europe European Euro
Eurasia Eurasian Oceania Caribbean Mediterranean Baltic Balkan Balkans Nordic Scandinavian Gulf Middle East
West Western North Northern South Southern Central Latin Arab Sino Indo Afro Franco Anglo Trans
""".split())

# Verbs of business and law whose subject is a company, never a place: "Acer sues Asus".
BUSINESS_VERBS = frozenset("""
sue acquire hire employ manufacture unveil launch release file sell buy ship
""".split())

# Corporate titles between an organization and its officer's name: "Ryanair CEO Michael O'Leary".
CORPORATE_TITLES = frozenset("""
ceo cfo coo cto chief executive chairman chairwoman founder co-founder boss analyst economist
spokesman spokeswoman spokesperson
""".split())

# Words that make a name a stock-market index, not a body: "the Hang Seng index", "FTSE 100 Index".
INDEX_WORDS = frozenset("index indices average composite".split())

# Capitalised heads of names of bodies: "the Workers' Party", "Boeing's Launch Systems" stay one name.
BODY_WORDS = frozenset("""
Party Union Council Committee Army Front Movement League Congress Assembly Association Federation
Organization Organisation Alliance Church Systems Services Division Unit Bureau Ministry Department
""".split())
