#!/usr/bin/env python3
"""Held-out casualty set 10 (tolls-10.jsonl): decision lists, builder, checks, review printer.

The ITEMS list below is the source of truth. Each item gives its id, dct, region, style
(`acled` coding note or `press` paragraph), text, span decisions and the hand-computed
`fatalities`. A span decision is (surface, value[, occurrence][, "bg"]):
  - surface is matched case-sensitively as a whole word (no letter or digit on either side);
    square brackets inside it mark the span inside a longer context: "Fatalities: [2]";
  - occurrence (1-based int) picks the n-th match, default 1;
  - "bg" marks a background figure (an earlier event, a cumulative tally, the cause of a
    protest): it is a CASUALTY span but is not part of this report's toll (README D1).
Usage: python3 build.py            # build tolls-10.jsonl and check it
       python3 build.py --review   # print every item with its spans in brackets
       python3 build.py --stats    # counts used in the README
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-10.jsonl")

ITEMS = []


def I(id_, dct, region, style, text, spans, fatalities):
    ITEMS.append(dict(id=id_, dct=dct, region=region, style=style, text=text,
                      spans=spans, fatalities=fatalities))


# ---------------------------------------------------------------- South Sudan
I("t001", "2016-07-11", "South Sudan", "acled",
  "On 10 July 2016, SPLA troops and SPLA-IO forces exchanged fire near the J1 compound and in "
  "Gudele, Juba. At least 272 people were killed, including 33 civilians, according to a health "
  "ministry tally.",
  [("At least 272 people", "killed:>=272"), ("33 civilians", "killed:33")], 272)
I("t002", "2019-03-23", "South Sudan", "acled",
  "On 23 March 2019, suspected Murle raiders attacked a cattle camp at Pakeer in Twic East county "
  "(Jonglei), abducting 4 children and driving off around 600 head of cattle. Gelweng youths "
  "pursued the raiders toward Pibor. No deaths were reported.",
  [("4 children", "abducted:4")], 0)
I("t003", "2021-02-14", "South Sudan", "press",
  "BOR, 14 Feb 2021 — A boda boda rider was shot dead late on Saturday near Bor market by unknown "
  "gunmen who fled with his motorcycle , police said. Police spokesman Maj. Deng Garang said 2 "
  "suspects had been arrested in Malek payam.",
  [("A boda boda rider", "killed:1")], 1)
I("t004", "2017-04-06", "South Sudan", "acled",
  "On 6 April 2017, unidentified gunmen ambushed a convoy on the Juba-Nimule road near Kit bridge, "
  "killing three traders and a driver of a Ugandan-registered truck; 5 passengers were wounded. "
  "The killing of the three traders and the driver prompted Nimule traders to close their shops "
  "for 2 days. Fatalities: 4.",
  [("three traders", "killed:3"), ("a driver", "killed:1"), ("5 passengers", "injured:5"),
   ("three traders", "killed:3", 2), ("the driver", "killed:1"), ("Fatalities: [4]", "killed:4")], 4)
I("t005", "2022-08-20", "South Sudan", "acled",
  "On 19 August 2022, fighting between Agar and Gok youths in Rumbek East over grazing land left "
  "14 people dead, according to the county commissioner. A Gok community leader put the toll at "
  "31. Figures disputed.",
  [("14 people", "killed:14"), ("the toll at [31]", "killed:31")], 14)
I("t006", "2018-11-03", "South Sudan", "press",
  "YEI, 3 Nov 2018 — Gunmen on Friday abducted Joseph Lado Wani and Emmanuel Taban on the "
  "Yei-Morobo road, their organisation said. Both were released unharmed on Sunday after elders "
  "intervened.",
  [], 0)
I("t007", "2024-05-09", "South Sudan", "acled",
  "On 9 May 2024, a cattle raid by armed youths from Warrap on Mayom county (Unity) killed 7 cattle "
  "keepers, among them a 12-year-old boy; two of the attackers were also killed. Some 2,000 head of "
  "cattle were taken. Fatalities: 9.",
  [("7 cattle keepers", "killed:7"), ("a 12-year-old boy", "killed:1"),
   ("[two] of the attackers", "killed:2"), ("Fatalities: [9]", "killed:9")], 9)

# ---------------------------------------------------------------- Uganda
I("t008", "2015-07-28", "Uganda", "acled",
  "On 28 July 2015, Karamojong warriors raided kraals at Lokiding in Kotido district and made off "
  "with 90 cattle. A UPDF soldier and an LDU were injured in the exchange of fire. No fatalities.",
  [("A UPDF soldier", "injured:1"), ("an LDU", "injured:1")], 0)
I("t009", "2019-12-02", "Uganda", "press",
  "KASESE, Dec 2 — The LC1 chairman of Kyarumba village was hacked to death by a mob on Sunday "
  "night after he was accused of witchcraft, police in Rwenzori East said. Three suspects aged "
  "between 19 and 40 were arrested.",
  [("The LC1 chairman", "killed:1")], 1)
I("t010", "2021-11-16", "Uganda", "acled",
  "On 16 November 2021, ADF suicide bombers detonated devices near the Central Police Station and "
  "on Parliament Avenue in Kampala. Three civilians and the two bombers were killed, and 33 others "
  "were injured, 27 of them police officers.",
  [("Three civilians", "killed:3"), ("two bombers", "killed:2"), ("33 others", "injured:33"),
   ("[27] of them", "injured:27")], 5)
I("t011", "2023-06-17", "Uganda", "acled",
  "On 16 June 2023, ADF fighters attacked Lhubiriha secondary school in Mpondwe (Kasese district), "
  "killing 37 students, a guard and 4 residents of the village; 6 students were abducted toward "
  "Virunga park. Fatalities: 42.",
  [("37 students", "killed:37"), ("a guard", "killed:1"), ("4 residents", "killed:4"),
   ("6 students", "abducted:6"), ("Fatalities: [42]", "killed:42")], 42)
I("t012", "2016-03-12", "Uganda", "press",
  "FORT PORTAL, 12 March 2016 - Police fired teargass and live bullets to disperse market vendors "
  "protesting new dues. Four people were hospitalized at Buhinga hospital with gunshot wounds, "
  "several of them in critical condition.",
  [("Four people", "injured:4")], 0)
I("t013", "2018-09-02", "Uganda", "acled",
  "On 2 September 2018, the bodies of 3 fishermen were recovered from Lake Albert near Kaiso "
  "landing site (Hoima) after a clash with the Uganda Marines over illegal nets; a fourth "
  "fisherman remains missing. The marines said 2 boats were seized.",
  [("3 fishermen", "killed:3"), ("a fourth fisherman", "missing:1")], 3)
I("t014", "2025-01-21", "Uganda", "acled",
  "On 21 January 2025, NUP supporters and police scuffled at a rally in Masaka. Police arrested 14 "
  "supporters and said an officer was slightly hurt. An opposition MP said 9 supporters were "
  "beaten.",
  [("an officer", "injured:1"), ("9 supporters", "injured:9")], 0)

# ---------------------------------------------------------------- Burundi
I("t015", "2015-12-11", "Burundi", "acled",
  "On 11 December 2015, unidentified armed men attacked three military camps in and around "
  "Bujumbura (Ngagara, Musaga and Mujejuru). The army said 79 assailants, 4 soldiers and 4 police "
  "officers were killed; residents of Nyakabiga reported finding more bodies in the streets the "
  "next morning.",
  [("79 assailants", "killed:79"), ("4 soldiers", "killed:4"), ("4 police officers", "killed:4")], 87)
I("t016", "2016-04-26", "Burundi", "press",
  "BUJUMBURA, 26 April 2016 -- Gunmen on a motorbike shot dead an army colonel and his bodyguard in "
  "Kinama on Monday morning, the army spokesman said, the third attack on senior officers in a "
  "month.",
  [("an army colonel", "killed:1"), ("his bodyguard", "killed:1")], 2)
I("t017", "2017-10-08", "Burundi", "acled",
  "On 8 October 2017, Imbonerakure members beat up 2 FNL supporters in Mugina commune (Cibitoke) "
  "and handed them over to police, who detained them for 3 days.",
  [("2 FNL supporters", "injured:2")], 0)
I("t018", "2019-05-17", "Burundi", "acled",
  "On 17 May 2019, fighting broke out between Imbonerakure and CNL activists in Mutumba (Karusi). "
  "According to local officials 1 person was killed; the CNL claimed that 3 of its members died "
  "and 11 were injured. Fatalities: 1.",
  [("1 person", "killed:1"), ("[3] of its members", "killed:3"), ("[11] were injured", "injured:11"),
   ("Fatalities: [1]", "killed:1")], 1)
I("t019", "2020-08-14", "Burundi", "acled",
  "On 14 August 2020, an armed group crossing from the DRC attacked FDN positions in the Rukoko "
  "forest (Bubanza). Local sources said 5 soldiers were missing after the fight; the army denied "
  "any losses. The assailants were estimated at 40.",
  [("5 soldiers", "missing:5")], 0)
I("t020", "2022-02-09", "Burundi", "press",
  "MURAMVYA, Feb. 9 2022 — The body of an old woman who had gone missing on Sunday was found in the "
  "Mubarazi river on Tuesday, the administrator of Bugarama commune said. Police suspect she was "
  "killed over a land dispute, and her two sons-in-law were questioned.",
  [("an old woman", "killed:1")], 1)
I("t021", "2024-12-24", "Burundi", "acled",
  "On 23 December 2024, an unidentified man threw a grenade into a bar in Kamenge (Bujumbura "
  "Mairie), wounding 9 customers; one of them died of his injuries on 25 December. Fatalities: 1.",
  [("9 customers", "injured:9"), ("[one] of them", "killed:1"), ("Fatalities: [1]", "killed:1")], 1)

# ---------------------------------------------------------------- Tanzania (Mtwara)
I("t022", "2020-10-15", "Tanzania", "acled",
  "On 14 October 2020, about 300 militants crossed the Ruvuma river from Mozambique and attacked "
  "Kitaya village (Mtwara rural district), killing about 20 people, including police officers, and "
  "burning houses. An Islamic State outlet claimed the attack.",
  [("about 20 people", "killed:~20")], 20)
I("t023", "2021-06-15", "Tanzania", "press",
  "MTWARA, 15 June 2021 — Residents of Mahuta village in Tandahimba district have fled to town "
  "after leaflets threatening to behead 'unbelievers' were pinned to a mosque door, the district "
  "commissioner said on Monday. No one has been hurt.",
  [], 0)
I("t024", "2016-04-19", "Tanzania", "acled",
  "On 19 April 2016, police in Mtwara town clashed with fishermen protesting the seizure of nets at "
  "Mikindani harbour. A fisherman was shot dead and 4 others were injured; 11 protesters were "
  "arrested. Police confirmed 1 fatality.",
  [("A fisherman", "killed:1"), ("4 others", "injured:4"), ("1 fatality", "killed:1")], 1)
I("t025", "2018-08-03", "Tanzania", "acled",
  "On 3 August 2018, a mob in Nanyamba (Mtwara) lynched 2 men suspected of stealing cashew nuts "
  "from a warehouse and injured a third. Police recovered 3 bags of cashew nuts.",
  [("2 men", "killed:2"), ("a third", "injured:1")], 2)
I("t026", "2020-11-26", "Tanzania", "acled",
  "On 26 November 2020, suspected insurgents crossed the Ruvuma and abducted 5 villagers, among them "
  "a village executive officer, from Michenjele (Mtwara rural). Local sources said the abductees "
  "were taken into Mozambique.",
  [("5 villagers", "abducted:5"), ("a village executive officer", "abducted:1")], 0)
I("t027", "2022-09-08", "Tanzania", "press",
  "MTWARA, 8 Sept 2022 — The bodies of three men with gunshot wounds were found at Msimbati beach "
  "near the border, police said on Thursday, two days after a marine patrol fired on a boat "
  "carrying suspected smugglers.",
  [("three men", "killed:3")], 3)
I("t028", "2025-03-05", "Tanzania", "acled",
  "On 5 March 2025, police in Newala district arrested 17 youths suspected of planning to join "
  "insurgents in Cabo Delgado, seizing 2 machetes and a pistol. Police said no injuries occurred.",
  [], 0)

# ---------------------------------------------------------------- Egypt (North Sinai)
I("t029", "2017-11-24", "Egypt", "acled",
  "On 24 November 2017, Wilayat Sinai militants attacked the al-Rawda mosque in Bir al-Abd during "
  "Friday prayers with explosives and gunfire, killing 305 worshippers, among them 27 children, and "
  "wounding at least 128 people. Fatalities: 305.",
  [("305 worshippers", "killed:305"), ("27 children", "killed:27"),
   ("at least 128 people", "injured:>=128"), ("Fatalities: [305]", "killed:305")], 305)
I("t030", "2015-07-02", "Egypt", "press",
  "AL-ARISH, July 2 — Militants killed 17 soldiers in coordinated attacks on army checkpoints "
  "around Sheikh Zuweid on Wednesday, the army said, adding that its forces killed 100 of the "
  "attackers. Earlier, security sources had put the soldiers' toll at more than 60.",
  [("17 soldiers", "killed:17"), ("[100] of the attackers", "killed:100"),
   ("more than 60", "killed:>60")], 117)
I("t031", "2018-02-09", "Egypt", "acled",
  "On 9 February 2018, the Egyptian army launched 'Comprehensive Operation Sinai 2018' in North "
  "Sinai, deploying units of the 2nd and 3rd Field Armies; no clashes were reported on the first "
  "day.",
  [], 0)
I("t032", "2019-05-02", "Egypt", "acled",
  "On 2 May 2019, an IED planted by Wilayat Sinai hit an armoured vehicle south of Rafah, killing an "
  "officer; 4 conscripts were wounded. Separately, militants kidnapped a tribal elder of the Sawarka "
  "from his home in al-Mahdiya.",
  [("an officer", "killed:1"), ("4 conscripts", "injured:4"), ("a tribal elder", "abducted:1")], 1)
I("t033", "2020-07-21", "Egypt", "acled",
  "On 21 July 2020, Wilayat Sinai fighters attacked a military camp at Rabaa west of Bir al-Abd. "
  "The army said 18 militants and 2 soldiers were killed, while IS claimed to have killed 40 "
  "soldiers. Medical sources said 5 soldiers died.",
  [("18 militants", "killed:18"), ("2 soldiers", "killed:2"), ("40 soldiers", "killed:40"),
   ("5 soldiers", "killed:5")], 20)
I("t034", "2022-05-12", "Egypt", "press",
  "Sinai tribal union says it killed 2 militants\nCAIRO, 12 May 2022 - Fighters of the Sinai Tribes "
  "Union killed two ISIS militants in a shootout near Al-Barth, a union statement said. One "
  "tribesman was lightly hurt, and 3 militants surrendered.",
  [("2 militants", "killed:2"), ("two ISIS militants", "killed:2"), ("One tribesman", "injured:1")], 2)
I("t035", "2023-03-06", "Egypt", "acled",
  "On 6 March 2023, residents of Sheikh Zuweid staged a sit-in demanding to return to villages "
  "evacuated in 2014; security forces detained 7 protesters. No injuries reported.",
  [], 0)

# ---------------------------------------------------------------- Gaza and the West Bank
I("t036", "2018-05-14", "Gaza/West Bank", "acled",
  "On 14 May 2018, Israeli forces fired on Palestinian demonstrators along the Gaza border fence "
  "during the Great March of Return, killing 60 Palestinians, including 8 under the age of 16, and "
  "injuring more than 2,700 (about 1,360 by live fire). Fatalities: 60.",
  [("60 Palestinians", "killed:60"), ("[8] under the age", "killed:8"),
   ("more than 2,700", "injured:>2700"), ("about 1,360", "injured:~1360"),
   ("Fatalities: [60]", "killed:60")], 60)
I("t037", "2016-10-29", "Gaza/West Bank", "press",
  "HEBRON, Oct 29 — A Palestinian woman was shot dead at the Gush Etzion junction after she tried "
  "to stab a soldier, the Israeli army said. Her family denied she carried a knife.",
  [("A Palestinian woman", "killed:1")], 1)
I("t038", "2021-09-28", "Gaza/West Bank", "acled",
  "On 28 September 2021, settlers from Havat Maon attacked the village of Mufagara in Masafer Yatta, "
  "smashing the windows of 10 houses and 6 cars; a 3-year-old boy was hit in the head by a stone "
  "and hospitalised. Palestinian sources said 2 others were beaten.",
  [("a 3-year-old boy", "injured:1"), ("2 others", "injured:2")], 0)
I("t039", "2019-08-05", "Gaza/West Bank", "acled",
  "On 5 August 2019, Israeli navy boats opened fire on fishing boats off Beit Lahia, wounding a "
  "fisherman, and detained 2 fishermen; their boat was confiscated.",
  [("a fisherman", "injured:1")], 0)
I("t040", "2022-05-11", "Gaza/West Bank", "acled",
  "On 11 May 2022, IDF forces raided Jenin refugee camp and clashed with armed Palestinians. A "
  "Palestinian-American journalist was shot dead and a second journalist was wounded. Israel first "
  "blamed Palestinian gunmen, then said a soldier had probably fired the shot.",
  [("A Palestinian-American journalist", "killed:1"), ("a second journalist", "injured:1")], 1)
I("t041", "2024-02-20", "Gaza/West Bank", "press",
  "KHAN YOUNIS, Feb 20 — An airstrike on a house in the Al-Amal area killed between 8 and 11 "
  "people, most of them from one family, civil defence workers said. Rescuers pulled 4 children "
  "alive from the rubble. The Israeli military said it struck a Hamas commander.",
  [("between 8 and 11 people", "killed:8-11")], 8)
I("t042", "2025-01-22", "Gaza/West Bank", "acled",
  "On 21 January 2025, Israeli forces launched an operation in Jenin. The Palestinian Health "
  "Ministry said 12 Palestinians were killed by drone strikes and gunfire; the Israeli army said 10 "
  "of them were gunmen. 2 Israeli soldiers were lightly injured.",
  [("12 Palestinians", "killed:12"), ("[10] of them", "killed:10"),
   ("2 Israeli soldiers", "injured:2")], 12)

# ---------------------------------------------------------------- Turkey (south-east)
I("t043", "2015-07-22", "Turkey", "acled",
  "On 22 July 2015, two police officers were found shot dead in their home in Ceylanpinar "
  "(Sanliurfa); the HPG claimed the killing, calling it revenge for the Suruc bombing. "
  "Fatalities: 2.",
  [("two police officers", "killed:2"), ("Fatalities: [2]", "killed:2")], 2)
I("t044", "2016-08-17", "Turkey", "press",
  "Village guard killed, 3 soldiers hurt in Hakkari clash\nHAKKARI, Aug 17 - A village guard was "
  "killed and three soldiers were wounded late Tuesday when PKK militants attacked a gendarmerie "
  "outpost in Yuksekova district, the governor's office said. Operations backed by 2 Cobra "
  "helicopters are continuing.",
  [("Village guard", "killed:1"), ("3 soldiers", "injured:3"), ("A village guard", "killed:1"),
   ("three soldiers", "injured:3")], 1)
I("t045", "2016-03-14", "Turkey", "acled",
  "On 14 March 2016, authorities declared a round-the-clock curfew in Yuksekova and Nusaybin; "
  "security forces detained 23 people on charges of digging trenches. No casualties were reported.",
  [], 0)
I("t046", "2017-06-09", "Turkey", "acled",
  "On 9 June 2017, the Turkish General Staff said 11 PKK militants were 'killed, wounded or "
  "captured' in air strikes on Cudi mountain (Sirnak province). The HPG denied any losses.",
  [("11 PKK militants", "casualties:11")], 0)
I("t047", "2018-10-03", "Turkey", "acled",
  "On 3 October 2018, a roadside bomb hit a military vehicle near Semdinli (Hakkari), wounding 5 "
  "soldiers; two of them later died in hospital in Van. PKK suspected.",
  [("5 soldiers", "injured:5"), ("[two] of them", "killed:2")], 2)
I("t048", "2020-09-04", "Turkey", "press",
  "DIYARBAKIR, 4 Sept 2020 - Mothers holding a sit-in outside the HDP office marked its first "
  "anniversary on Thursday. 1 year ago 3 women began the protest, demanding the return of children "
  "recruited by the PKK; some 200 families now take part.",
  [], 0)
I("t049", "2023-04-12", "Turkey", "acled",
  "On 12 April 2023, the bodies of 2 shepherds missing since 8 April were found near Uludere "
  "(Sirnak); security sources blamed PKK mines. A third shepherd, aged 15, was found alive with leg "
  "injuries.",
  [("2 shepherds", "killed:2"), ("A third shepherd", "injured:1")], 2)

# ---------------------------------------------------------------- Armenia-Azerbaijan border
I("t050", "2020-07-12", "Armenia-Azerbaijan", "acled",
  "On 12 July 2020, Armenian and Azerbaijani forces clashed along the state border near Movses "
  "(Tavush) and Agdam (Tovuz). Azerbaijan's defence ministry said 3 servicemen were killed; Armenia "
  "said 2 police officers were wounded. Fatalities: 3.",
  [("3 servicemen", "killed:3"), ("2 police officers", "injured:2"),
   ("Fatalities: [3]", "killed:3")], 3)
I("t051", "2020-07-14", "Armenia-Azerbaijan", "acled",
  "On 14 July 2020, fighting on the Tovuz section continued. Azerbaijan announced the deaths of 8 "
  "soldiers, a major general and a colonel; a 76-year-old civilian in Agdam was also killed. "
  "Armenia said 4 of its servicemen were wounded and claimed to have killed 100 Azerbaijani "
  "soldiers.",
  [("8 soldiers", "killed:8"), ("a major general", "killed:1"), ("a colonel", "killed:1"),
   ("a 76-year-old civilian", "killed:1"), ("[4] of its servicemen", "injured:4"),
   ("100 Azerbaijani soldiers", "killed:100")], 11)
I("t052", "2021-05-27", "Armenia-Azerbaijan", "press",
  "YEREVAN, May 27 — Azerbaijani troops captured 6 Armenian servicemen who were carrying out "
  "engineering work near Verin Shorzha in Gegharkunik province, Armenia's defence ministry said. "
  "Baku said the soldiers had crossed the border and were detained.",
  [("6 Armenian servicemen", "abducted:6")], 0)
I("t053", "2022-09-13", "Armenia-Azerbaijan", "acled",
  "On 13 September 2022, Azerbaijani forces shelled Jermuk, Goris, Sotk and Kapan in Armenia along "
  "a front of some 200 km. Armenia reported 49 servicemen killed and Azerbaijan 50 of its own. 3 "
  "Armenian civilians were injured.",
  [("49 servicemen", "killed:49"), ("[50] of its own", "killed:50"),
   ("3 Armenian civilians", "injured:3")], 99)
I("t054", "2017-12-29", "Armenia-Azerbaijan", "acled",
  "On 29 December 2017, an Armenian contract serviceman was killed by Azerbaijani sniper fire at a "
  "position in Tavush; the Armenian defence ministry gave his age as 24.",
  [("an Armenian contract serviceman", "killed:1")], 1)
I("t055", "2023-04-11", "Armenia-Azerbaijan", "acled",
  "On 11 April 2023, troops exchanged fire near Tegh (Syunik) at the entrance of the Lachin road. "
  "Armenia said 4 soldiers were killed and 6 wounded; Azerbaijan said 3 of its soldiers died. Each "
  "side blamed the other.",
  [("4 soldiers", "killed:4"), ("[6] wounded", "injured:6"), ("[3] of its soldiers", "killed:3")], 7)
I("t056", "2024-04-25", "Armenia-Azerbaijan", "press",
  "Tavush villagers protest border demarcation\nKIRANTS, Armenia, 25 April 2024 - Several hundred "
  "residents blocked the Yerevan-Tbilisi highway for a 3rd day to protest the handover of 4 "
  "villages to Azerbaijan; police detained 31 people , and 2 policemen were hurt in scuffles .",
  [("2 policemen", "injured:2")], 0)

# ---------------------------------------------------------------- Venezuela
I("t057", "2017-06-23", "Venezuela", "acled",
  "On 22 June 2017, a GNB officer fired at protesters from inside La Carlota air base in Caracas, "
  "killing a 22-year-old nursing student; 3 more protesters were hit by pellets. The Attorney "
  "General's office said 75 people had died in the protests since April.",
  [("a 22-year-old nursing student", "killed:1"), ("3 more protesters", "injured:3"),
   ("75 people", "killed:75", "bg")], 1)
I("t058", "2019-10-15", "Venezuela", "acled",
  "On 15 October 2019, members of the 'sindicato' led by alias 'Toto' clashed with an army unit at "
  "the Nacupay mine in El Callao (Bolivar); 6 miners were killed, the army said, while local "
  "sources reported at least 9 dead, among them a woman who ran a food stall at the mine. "
  "Fatalities: 6.",
  [("6 miners", "killed:6"), ("at least 9", "killed:>=9"), ("a woman", "killed:1"),
   ("Fatalities: [6]", "killed:6")], 6)
I("t059", "2018-02-13", "Venezuela", "press",
  "MARACAIBO, 13 Feb 2018.- A bus driver was murdered by 2 subjects who boarded his unit on Av. 5 de "
  "Julio to rob the passengers , the CICPC said on Monday. The driver , 41, died at the scene. The "
  "criminals escaped on foot",
  [("A bus driver", "killed:1"), ("The driver", "killed:1")], 1)
I("t060", "2016-05-07", "Venezuela", "acled",
  "On 7 May 2016, residents of Petare (Miranda) beat a man accused of stealing a phone and tried to "
  "set him on fire; police rescued him with burns to 30% of his body.",
  [("a man", "injured:1")], 0)
I("t061", "2021-01-08", "Venezuela", "acled",
  "On 8 January 2021, FAES and police units carried out an operation against the gang of alias "
  "'Coqui' in La Vega (Caracas). At least 23 people were killed; the government said all the dead "
  "were gang members, while NGOs said at least 14 of them were residents with no criminal record.",
  [("At least 23 people", "killed:>=23"), ("[at least 14] of them", "killed:>=14")], 23)
I("t062", "2021-03-21", "Venezuela", "acled",
  "On 21 March 2021, the FANB launched an offensive against FARC dissidents in La Victoria (Apure); "
  "the defence minister said 2 soldiers died and 9 rebels were killed, 32 people were "
  "detained and 4 rifles were seized. Residents said 4 civilians from one family were executed. "
  "Fatalities: 15.",
  [("2 soldiers", "killed:2"), ("9 rebels", "killed:9"), ("4 civilians", "killed:4"),
   ("Fatalities: [15]", "killed:15")], 15)
I("t063", "2025-01-09", "Venezuela", "press",
  "CARACAS, 9 Jan 2025 — Relatives of María José Rondón say she was taken from her home in Guarenas "
  "by hooded men on Tuesday. The Foro Penal group counts more than 800 political prisoners in the "
  "country.",
  [], 0)

# ---------------------------------------------------------------- El Salvador
I("t064", "2015-07-29", "El Salvador", "acled",
  "On 29 July 2015, gang members killed 7 bus drivers in San Salvador and surrounding towns during "
  "a 4-day transport stoppage ordered by Barrio 18 and MS-13 to pressure the government. "
  "Fatalities: 7.",
  [("7 bus drivers", "killed:7"), ("Fatalities: [7]", "killed:7")], 7)
I("t065", "2016-03-03", "El Salvador", "acled",
  "On 3 March 2016, MS-13 members killed 11 people (8 electricity company workers and 3 farmers) in "
  "San Juan Opico (La Libertad). The bodies of the 8 workers were found in a ravine the following "
  "morning.",
  [("11 people", "killed:11"), ("8 electricity company workers", "killed:8"),
   ("3 farmers", "killed:3"), ("8 workers", "killed:8")], 11)
I("t066", "2019-08-14", "El Salvador", "press",
  "SOYAPANGO, 14 Aug 2019 - A PNC agent who was off duty was shot dead on Tuesday night outside a "
  "pupuseria in the Los Santos II neighbourhood; a woman vendor was injured. Police blamed the 18 "
  "Sureños faction.",
  [("A PNC agent", "killed:1"), ("a woman vendor", "injured:1")], 1)
I("t067", "2022-03-31", "El Salvador", "acled",
  "On 31 March 2022, days after 87 homicides in 3 days led the Legislative Assembly to approve a "
  "state of exception, police said they had arrested 3,000 suspected gang members across the "
  "country.",
  [("87 homicides", "killed:87", "bg")], 0)
I("t068", "2017-11-19", "El Salvador", "acled",
  "On 19 November 2017, a patrol of the Fuerza Armada came under fire in Canton El Tablon (San "
  "Miguel); a soldier and 2 pandilleros were killed, and a 3rd gang member was arrested with a 9mm "
  "pistol.",
  [("a soldier", "killed:1"), ("2 pandilleros", "killed:2")], 3)
I("t069", "2021-05-20", "El Salvador", "press",
  "CHALCHUAPA, 20 May 2021 — Investigators have so far exhumed the remains of 9 people from a "
  "clandestine grave behind the house of a former police officer, the Attorney General said; "
  "relatives of 2 women who disappeared in April are awaiting DNA results.",
  [("9 people", "killed:9"), ("2 women", "missing:2")], 9)
I("t070", "2024-02-09", "El Salvador", "acled",
  "On 9 February 2024, unidentified persons threatened a market vendor in Apopa and demanded a "
  "'renta' payment of $20 a week; the vendor reported the threats to the PNC, which detained 1 "
  "suspect.",
  [], 0)

# ---------------------------------------------------------------- Peru (VRAEM)
I("t071", "2016-04-09", "Peru", "acled",
  "On 9 April 2016, a column of the Militarised Communist Party (MPCP) ambushed an army convoy "
  "carrying election material in Santo Domingo de Acobamba in the VRAEM, killing 8 soldiers and a "
  "civilian driver; 6 soldiers were wounded. Fatalities: 9.",
  [("8 soldiers", "killed:8"), ("a civilian driver", "killed:1"), ("6 soldiers", "injured:6"),
   ("Fatalities: [9]", "killed:9")], 9)
I("t072", "2021-05-24", "Peru", "acled",
  "On 23 May 2021, armed men attacked two bars in Vizcatan del Ene (Satipo, Junin), killing 16 "
  "people, among them 2 children; the army blamed the MPCP, which left leaflets calling for an "
  "election boycott. The government first gave a toll of 18 before revising it to 16.",
  [("16 people", "killed:16"), ("2 children", "killed:2"), ("a toll of [18]", "killed:18"),
   ("revising it to [16]", "killed:16")], 16)
I("t073", "2019-06-30", "Peru", "press",
  "PICHARI, Cusco, 30 Jun 2019 - Coca growers held a 48-hour strike against forced eradication and "
  "about 1,500 cocaleros marched to the plaza. Police reported 2 officers injured by stones.",
  [("2 officers", "injured:2")], 0)
I("t074", "2017-03-18", "Peru", "acled",
  "On 18 March 2017, presumed MPCP fighters ambushed a police patrol near Llochegua (Huanta, "
  "Ayacucho), killing three police officers of the DIRANDRO anti-drug unit. Reinforcements from the "
  "31st Infantry Brigade arrived the next day.",
  [("three police officers", "killed:3")], 3)
I("t075", "2020-09-04", "Peru", "acled",
  "On 4 September 2020, soldiers at a checkpoint in Pichari fired on a vehicle that failed to stop; "
  "the driver was wounded and died the following day at the Kimbiri health post, and 2 passengers "
  "were unhurt.",
  [("the driver", "killed:1")], 1)
I("t076", "2023-02-17", "Peru", "acled",
  "On 16 February 2023, MPCP fighters ambushed a joint army-police patrol in Natividad (Pichari), "
  "killing between 6 and 8 soldiers, according to local sources; the army has not confirmed a toll.",
  [("between 6 and 8 soldiers", "killed:6-8")], 6)
I("t077", "2024-10-03", "Peru", "press",
  "LIMA, 3 Oct 2024 - The Joint Command of the Armed Forces said its troops had neutralised 4 "
  "terrorists of the MPCP in the Vizcatan del Ene area over the past month, without saying whether "
  "they were killed, wounded or captured. It also seized 2 FAL rifles.",
  [("4 terrorists", "casualties:4")], 0)

# ---------------------------------------------------------------- Nepal
I("t078", "2015-08-24", "Nepal", "acled",
  "On 24 August 2015, Tharu protesters demanding a separate province attacked police in Tikapur "
  "(Kailali) with spears and sticks, killing 7 police officers, among them a Senior Superintendent, "
  "and a 2-year-old child. Fatalities: 8.",
  [("7 police officers", "killed:7"), ("a Senior Superintendent", "killed:1"),
   ("a 2-year-old child", "killed:1"), ("Fatalities: [8]", "killed:8")], 8)
I("t079", "2015-11-03", "Nepal", "press",
  "BIRGUNJ, Nov 3 - Police opened fire on Madhesi protesters who had set ablaze a police post at "
  "the Miteri bridge on the border with India, killing an Indian national; 4 others including 2 "
  "policemen were hurt, officials said. The blockade of the border has entered its 40th day.",
  [("an Indian national", "killed:1"), ("4 others", "injured:4"), ("2 policemen", "injured:2")], 1)
I("t080", "2019-05-26", "Nepal", "acled",
  "On 26 May 2019, three IEDs exploded in Ghattekulo and Sukedhara (Kathmandu), killing 4 people, "
  "one of whom was a suspected member of the Chand-led CPN carrying a bomb; 7 people were injured.",
  [("4 people", "killed:4"), ("[one] of whom", "killed:1"), ("7 people", "injured:7")], 4)
I("t081", "2016-04-18", "Nepal", "acled",
  "On 18 April 2016, cadres of the Chand-led CPN padlocked a private school in Rolpa over unpaid "
  "'donations' and beat the school's principal.",
  [("the school's principal", "injured:1")], 0)
I("t082", "2017-09-18", "Nepal", "press",
  "JANAKPUR, 18 Sept 2017 - A Sanghiya Samajbadi Forum candidate was attacked with a khukuri on the "
  "eve of the local election, police said; he is being treated at the Dhanusha district hospital. "
  "5 people have been detained.",
  [("A Sanghiya Samajbadi Forum candidate", "injured:1")], 0)
I("t083", "2021-06-06", "Nepal", "acled",
  "On 6 June 2021, police fired on villagers in Bhurigaun (Bardiya) protesting the death in custody "
  "of a youth; 1 person was killed and 14 were injured, 9 of them police personnel. Fatalities: 1.",
  [("a youth", "killed:1", "bg"), ("1 person", "killed:1"), ("[14] were injured", "injured:14"),
   ("[9] of them", "injured:9"), ("Fatalities: [1]", "killed:1")], 1)
I("t084", "2024-01-02", "Nepal", "acled",
  "On 2 January 2024, the Armed Police Force sent 2 companies to Saptari after a dispute between "
  "Muslim and Hindu groups over a mosque loudspeaker; 3 people were arrested and a curfew was "
  "imposed for 24 hours.",
  [], 0)

# ---------------------------------------------------------------- Sri Lanka
I("t085", "2019-04-21", "Sri Lanka", "acled",
  "On 21 April 2019, suicide bombers linked to the National Thowheeth Jama'ath attacked 3 churches "
  "and 3 hotels in Colombo, Negombo and Batticaloa. The government first put the toll at 359 but "
  "later revised it down to 253; about 500 people were injured. Fatalities: 253.",
  [("the toll at [359]", "killed:359"), ("revised it down to [253]", "killed:253"),
   ("about 500 people", "injured:~500"), ("Fatalities: [253]", "killed:253")], 253)
I("t086", "2018-03-06", "Sri Lanka", "press",
  "KANDY, March 6 — A Muslim youth was found dead in the ruins of a burned shop in Digana, police "
  "said, as the curfew was extended across Kandy district. At least 11 mosques and 46 shops have "
  "been damaged since Monday, according to the ministry.",
  [("A Muslim youth", "killed:1")], 1)
I("t087", "2016-11-15", "Sri Lanka", "acled",
  "On 15 November 2016, the Sri Lanka Navy arrested 14 Indian fishermen off Delft island for "
  "poaching and seized 3 trawlers; the men were handed to the Jaffna fisheries department.",
  [], 0)
I("t088", "2017-07-30", "Sri Lanka", "acled",
  "On 30 July 2017, members of the 'Aava' gang attacked 2 police officers with swords at Kokkuvil "
  "(Jaffna); both were admitted to Jaffna Teaching Hospital. Police said 28 suspects had been "
  "arrested in the peninsula within a week.",
  [("2 police officers", "injured:2")], 0)
I("t089", "2022-05-09", "Sri Lanka", "acled",
  "On 9 May 2022, government supporters attacked protesters at the GotaGoGama camp in Colombo, "
  "after which mobs burned the homes of ruling-party politicians across the country. By nightfall "
  "a ruling-party MP and his bodyguard had died at Nittambuwa and one other person had been killed "
  "in Weeraketiya; more than 200 people were injured.",
  [("a ruling-party MP", "killed:1"), ("his bodyguard", "killed:1"),
   ("one other person", "killed:1"), ("more than 200 people", "injured:>200")], 3)
I("t090", "2020-09-13", "Sri Lanka", "press",
  "Three-wheeler driver hacked to death\nAMPARA, 13 Sept 2020: A three-wheeler driver, aged 36, was "
  "hacked to death by a 5-member gang in Akkaraipattu on Saturday night over a personal dispute, "
  "police said. 2 suspects were arrested with the weapons.",
  [("Three-wheeler driver", "killed:1"), ("A three-wheeler driver", "killed:1")], 1)
I("t091", "2025-02-14", "Sri Lanka", "acled",
  "On 14 February 2025, unidentified persons threw a petrol bomb at the house of a Tamil journalist "
  "in Batticaloa, damaging a motorbike; no one was injured. The journalist had recently reported on "
  "the exhumation of at least 19 skeletons at Chemmani and said he had received 3 threatening calls.",
  [("at least 19 skeletons", "killed:>=19", "bg")], 0)

# ---------------------------------------------------------------- Papua New Guinea (highlands)
I("t092", "2019-07-09", "Papua New Guinea", "acled",
  "On 8 July 2019, tribesmen armed with guns and bush knives attacked Karida village (Tari-Pori, "
  "Hela province), killing 16 women and children, including 2 pregnant women; the raid followed an "
  "ambush at Munima in which 7 people were killed 2 days earlier. Fatalities: 16.",
  [("16 women and children", "killed:16"), ("2 pregnant women", "killed:2"),
   ("7 people", "killed:7", "bg"), ("Fatalities: [16]", "killed:16")], 16)
I("t093", "2022-08-29", "Papua New Guinea", "press",
  "WABAG, Aug 29, 2022 - Tribal fighting sparked by the 2022 national election count has claimed 18 "
  "lives in Wapenamanda since last month, the provincial police commander says. Among the dead were "
  "3 hired gunmen from neighbouring Hela. Over 500 houses and 30 trade stores were torched.",
  [("18 lives", "killed:18"), ("3 hired gunmen", "killed:3")], 18)
I("t094", "2016-05-03", "Papua New Guinea", "acled",
  "On 3 May 2016, a village court magistrate in Mendi (Southern Highlands) mediated between two "
  "clans over compensation for a man killed in a 2014 fight; a payment of 40 pigs and K20,000 was "
  "agreed.",
  [("a man", "killed:1", "bg")], 0)
I("t095", "2024-02-18", "Papua New Guinea", "acled",
  "On 18 February 2024, Sikin and Kaekin warriors clashed with allied clans near Akom (Wabag, Enga); "
  "police said 26 bodies were recovered on the roadside and in the bush, while local sources said "
  "the dead numbered 64. Fatalities: 26.",
  [("26 bodies", "killed:26"), ("the dead numbered [64]", "killed:64"),
   ("Fatalities: [26]", "killed:26")], 26)
I("t096", "2018-11-12", "Papua New Guinea", "press",
  "MT HAGEN, 12 Nov 2018 - 6 men were admitted at Mt Hagen General Hospital with arrow and bush "
  "knife wounds after a fight between Kulga and Jika clansmen on Sunday, the hospital CEO said. "
  "Police say 2 SR rifles and a homemade gun were seized.",
  [("6 men", "injured:6")], 0)
I("t097", "2021-10-25", "Papua New Guinea", "acled",
  "On 25 October 2021, a policeman and a PMV driver were killed by tribesmen at a roadblock near "
  "Mendi; another driver was taken hostage and later freed. Police linked the attack to a feud over "
  "the killing of a Tente clansman in September.",
  [("a policeman", "killed:1"), ("a PMV driver", "killed:1"), ("another driver", "abducted:1"),
   ("a Tente clansman", "killed:1", "bg")], 2)
I("t098", "2025-01-11", "Papua New Guinea", "acled",
  "On 11 January 2025, fighting between Pokale and Tipinini clans near Porgera (Enga) forced about "
  "3,000 residents to flee; police reported gunfire but no casualties. A state of emergency was "
  "extended for 90 days.",
  [], 0)

# ---------------------------------------------------------------- Zimbabwe
I("t099", "2018-08-01", "Zimbabwe", "acled",
  "On 1 August 2018, soldiers opened fire on MDC Alliance supporters protesting delays in the "
  "election results in central Harare, killing 6 people and injuring 35. A commission of inquiry "
  "later confirmed the toll of 6. Fatalities: 6.",
  [("6 people", "killed:6"), ("injuring [35]", "injured:35"), ("the toll of [6]", "killed:6"),
   ("Fatalities: [6]", "killed:6")], 6)
I("t100", "2019-01-18", "Zimbabwe", "press",
  "HARARE, Jan 18 — Rights groups say at least 12 people were killed and 78 treated for gunshot "
  "wounds since Monday's fuel price protests began, while police put the death toll at 3, including "
  "a police officer stoned to death in Bulawayo. Over 600 people have been arrested.",
  [("at least 12 people", "killed:>=12"), ("[78] treated", "injured:78"),
   ("the death toll at [3]", "killed:3"), ("a police officer", "killed:1")], 3)
I("t101", "2020-02-02", "Zimbabwe", "acled",
  "On 2 February 2020, a machete gang (mashurugwi) attacked artisanal miners (makorokoza) at a "
  "disputed claim in Kadoma; 2 miners were hacked to death and 5 were injured. Police arrested 41 "
  "suspects the next day.",
  [("2 miners", "killed:2"), ("[5] were injured", "injured:5")], 2)
I("t102", "2015-03-09", "Zimbabwe", "acled",
  "On 9 March 2015, Itai Dzamara was abducted by 5 unidentified men from a barbershop in Glen View "
  "(Harare); his whereabouts remain unknown.",
  [], 0)
I("t103", "2022-02-27", "Zimbabwe", "acled",
  "On 27 February 2022, ZANU-PF youths attacked a CCC rally in Kwekwe with spears and stones, "
  "killing a CCC supporter; 22 others were injured, 16 of them seriously. Police said 15 ZANU-PF "
  "supporters were arrested. Fatalities: 1.",
  [("a CCC supporter", "killed:1"), ("22 others", "injured:22"), ("[16] of them", "injured:16"),
   ("Fatalities: [1]", "killed:1")], 1)
I("t104", "2023-08-24", "Zimbabwe", "press",
  "BUHERA, 24 Aug 2023 - Suspected ZANU-PF activists burned the homestead of a CCC polling agent in "
  "ward 24 of Buhera South on Wednesday night; the agent's wife and 3 children escaped unhurt, "
  "police said.",
  [], 0)
I("t105", "2025-05-13", "Zimbabwe", "acled",
  "On 13 May 2025, police raided an illegal gold mine at Bindura (Mashonaland Central); a panner "
  "fell into a shaft while fleeing and died, and the bodies of 2 other panners were retrieved from "
  "the shaft 3 days later.",
  [("a panner", "killed:1"), ("2 other panners", "killed:2")], 3)

# ---------------------------------------------------------------- Eswatini
I("t106", "2021-06-30", "Eswatini", "acled",
  "On 29 June 2021, pro-democracy protesters clashed with soldiers and police in Manzini, Matsapha "
  "and Mbabane, and shops were looted and burned. Opposition groups said 27 people were killed in "
  "two days; the government did not give a toll.",
  [("27 people", "killed:27")], 27)
I("t107", "2023-01-22", "Eswatini", "press",
  "MBABANE, Jan 22 — Thulani Maseko was shot dead through a window of his home in Luyengo on "
  "Saturday night, his family said.",
  [], 0)
I("t108", "2021-10-20", "Eswatini", "acled",
  "On 20 October 2021, police fired rubber bullets and teargas at kombi drivers and protesters at "
  "the Mbabane bus rank; 80 people were treated at Mbabane Government Hospital, 30 of them for "
  "gunshot wounds, according to the hospital.",
  [("80 people", "injured:80"), ("[30] of them", "injured:30")], 0)
I("t109", "2022-02-12", "Eswatini", "acled",
  "On 12 February 2022, unidentified gunmen shot dead a REPS constable at a roadblock near Siteki "
  "(Lubombo) and took his service pistol; a group calling itself the 'Solidarity Forces' claimed the "
  "attack.",
  [("a REPS constable", "killed:1")], 1)
I("t110", "2018-03-31", "Eswatini", "press",
  "MANZINI, 31 March 2018 - A 28 year old man from Ngwane park was stabbed to death infront of a "
  "tavern on friday night after an arguement over E50. Police have detained his 2 drinking mates "
  "for questioning.",
  [("A 28 year old man", "killed:1")], 1)
I("t111", "2024-07-08", "Eswatini", "acled",
  "On 8 July 2024, police arrested 6 PUDEMO activists at a meeting in Nhlangano, a week after "
  "members of the emabutfo regiments threatened to attack them; PUDEMO said the arrests aimed to "
  "silence talk of the 2021 unrest, in which at least 46 people died.",
  [("at least 46 people", "killed:>=46", "bg")], 0)
I("t112", "2016-09-10", "Eswatini", "acled",
  "On 10 September 2016, police used batons to disperse textile workers protesting unpaid wages in "
  "Matsapha; 14 workers were hurt, 3 of whom were admitted to RFM hospital.",
  [("14 workers", "injured:14"), ("[3] of whom", "injured:3")], 0)

# ---------------------------------------------------------------- Benin and Togo (north)
I("t113", "2022-02-08", "Benin", "acled",
  "On 8 February 2022, a patrol of W National Park rangers struck an IED and came under fire near "
  "Point Triple (Karimama), killing 4 rangers, a Beninese soldier and a French trainer; 12 others "
  "were wounded. JNIM claimed the attack. Fatalities: 6.",
  [("4 rangers", "killed:4"), ("a Beninese soldier", "killed:1"), ("a French trainer", "killed:1"),
   ("12 others", "injured:12"), ("Fatalities: [6]", "killed:6")], 6)
I("t114", "2021-12-02", "Benin", "press",
  "TANGUIETA, Dec 2 — Two soldiers were killed and several others wounded when gunmen attacked a "
  "military post at Porga on the border with Burkina Faso overnight, the army chief of staff said. "
  "One of the attackers was killed.",
  [("Two soldiers", "killed:2"), ("[One] of the attackers", "killed:1")], 3)
I("t115", "2022-05-11", "Togo", "acled",
  "On 11 May 2022, about 60 JNIM fighters attacked a Togolese army post at Kpinkankandi (Kpendjal "
  "prefecture, Savanes region), killing 8 soldiers and wounding 13; the government said around "
  "fifteen assailants were also killed.",
  [("8 soldiers", "killed:8"), ("wounding [13]", "injured:13"),
   ("around fifteen assailants", "killed:~15")], 23)
I("t116", "2023-01-24", "Togo", "acled",
  "On 24 January 2023, suspected JNIM militants abducted 3 herders and a village councillor in a "
  "village of Kpendjal-Ouest prefecture and burned 2 grain stores.",
  [("3 herders", "abducted:3"), ("a village councillor", "abducted:1")], 0)
I("t117", "2024-07-21", "Togo", "press",
  "LOMÉ, 21 July 2024 – Togo's government confirmed on Sunday that about ten soldiers were killed "
  "on Saturday in an attack on a post in the Kpendjal area, after a rights group said 18 soldiers "
  "had died. Security sources also cited at least 4 wounded.",
  [("about ten soldiers", "killed:~10"), ("18 soldiers", "killed:18"),
   ("at least 4", "injured:>=4")], 10)
I("t118", "2019-05-02", "Benin", "acled",
  "On 1 May 2019, gunmen abducted 2 French tourists and killed their Beninese guide in Pendjari "
  "National Park (Atacora); the guide's body was found on 4 May. The tourists were freed in Burkina "
  "Faso on 10 May.",
  [("2 French tourists", "abducted:2"), ("their Beninese guide", "killed:1")], 1)
I("t119", "2025-04-17", "Benin", "acled",
  "On 17 April 2025, JNIM fighters attacked army positions at Point Triple and near the Koudou falls "
  "in the W park (Alibori), killing 54 soldiers, the government said on 24 April. JNIM had claimed "
  "70 soldiers killed. Fatalities: 54.",
  [("54 soldiers", "killed:54"), ("70 soldiers", "killed:70"), ("Fatalities: [54]", "killed:54")], 54)
I("t120", "2023-03-14", "Togo", "press",
  "DAPAONG, 14 March 2023 – Authorities in the Savanes region extended the state of security "
  "emergency for 12 months on Tuesday. Since 2022, some 40 attacks have been recorded in the "
  "region, killing around 140 civilians and soldiers, according to the government.",
  [("around 140 civilians and soldiers", "killed:~140", "bg")], 0)


# ================================================================ builder
COUNT_RE = re.compile(r"^(?:\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")
OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}


def find_all(text, ctx):
    out = []
    i = text.find(ctx)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(ctx)] if i + len(ctx) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(ctx, i + 1)
    return out


def locate(text, surface, occ):
    if "[" in surface:
        pre, rest = surface.split("[", 1)
        mid, post = rest.split("]", 1)
    else:
        pre, mid, post = "", surface, ""
    hits = find_all(text, pre + mid + post)
    if len(hits) < occ:
        raise SystemExit(f"surface {surface!r} occurrence {occ} not found ({len(hits)} hits)")
    s = hits[occ - 1] + len(pre)
    return s, s + len(mid)


def parse_decision(d):
    surface, value = d[0], d[1]
    occ, bg = 1, False
    for x in d[2:]:
        if x == "bg":
            bg = True
        elif isinstance(x, int):
            occ = x
        else:
            raise SystemExit(f"bad decision {d!r}")
    return surface, value, occ, bg


def build_records():
    recs = []
    for it in ITEMS:
        spans = []
        for d in it["spans"]:
            surface, value, occ, bg = parse_decision(d)
            s, e = locate(it["text"], surface, occ)
            spans.append(dict(start=s, end=e, label="CASUALTY", text=it["text"][s:e], value=value))
        spans.sort(key=lambda x: (x["start"], x["end"]))
        recs.append(dict(id=it["id"], text=it["text"], dct=it["dct"], layers=["casualties"],
                         spans=spans, fatalities=it["fatalities"]))
    return recs


def check_value(v):
    if ":" not in v:
        return False
    o, c = v.split(":", 1)
    m = COUNT_RE.match(c)
    if o not in OUTCOMES or not m:
        return False
    if m.group(1) is not None and not int(m.group(1)) < int(m.group(2)):
        return False
    return True


def check(recs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"t{i:03d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids not t001.. in order")
    counted = {it["id"]: any(parse_decision(d)[1].startswith("killed:") and not parse_decision(d)[3]
                             for d in it["spans"]) for it in ITEMS}
    for r in recs:
        t = r["text"]
        try:
            d = datetime.date.fromisoformat(r["dct"])
            if not (2015 <= d.year <= 2025) or len(r["dct"]) != 10:
                errs.append(f"{r['id']}: dct out of range")
        except ValueError:
            errs.append(f"{r['id']}: bad dct")
        if r["layers"] != ["casualties"]:
            errs.append(f"{r['id']}: layers")
        prev_end = -1
        for s in r["spans"]:
            if t[s["start"]:s["end"]] != s["text"]:
                errs.append(f"{r['id']}: slice mismatch {s}")
            if not s["text"] or s["text"][0].isspace() or s["text"][-1].isspace():
                errs.append(f"{r['id']}: whitespace edge {s}")
            if s["start"] < prev_end:
                errs.append(f"{r['id']}: overlap at {s}")
            prev_end = max(prev_end, s["end"])
            if s["label"] != "CASUALTY" or not check_value(s["value"]):
                errs.append(f"{r['id']}: bad label/value {s}")
        f = r["fatalities"]
        if not isinstance(f, int) or isinstance(f, bool) or f < 0:
            errs.append(f"{r['id']}: fatalities not a whole number")
        elif (f == 0) != (not counted[r["id"]]):
            errs.append(f"{r['id']}: fatalities {f} vs counted killed spans {counted[r['id']]}")
    return errs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def review(recs):
    bgs = {it["id"]: {parse_decision(d)[0] for d in it["spans"] if parse_decision(d)[3]} for it in ITEMS}
    for r, it in zip(recs, ITEMS):
        t, out, pos = r["text"], [], 0
        for s in r["spans"]:
            out.append(t[pos:s["start"]])
            out.append(f"[{s['text']}]{{{s['value']}}}")
            pos = s["end"]
        out.append(t[pos:])
        print(f"{r['id']} {r['dct']} {it['region']} / {it['style']}  fatalities={r['fatalities']}"
              + (f"  background={sorted(bgs[r['id']])}" if bgs[r['id']] else ""))
        print("   " + "".join(out).replace("\n", "\n   "))
        print()


def stats(recs):
    from collections import Counter
    reg = Counter(it["region"] for it in ITEMS)
    sty = Counter(it["style"] for it in ITEMS)
    yrs = Counter(r["dct"][:4] for r in recs)
    outc = Counter(s["value"].split(":")[0] for r in recs for s in r["spans"])
    form = Counter()
    for r in recs:
        for s in r["spans"]:
            c = s["value"].split(":")[1]
            form[">=" if c.startswith(">=") else ">" if c.startswith(">") else "<=" if c.startswith("<=")
                 else "~" if c.startswith("~") else "N-M" if "-" in c else "N"] += 1
    print("items", len(recs), "spans", sum(len(r["spans"]) for r in recs))
    print("toll 0:", sum(r["fatalities"] == 0 for r in recs), [r["id"] for r in recs if r["fatalities"] == 0])
    print("no spans:", [r["id"] for r in recs if not r["spans"]])
    print("background spans:", sum(parse_decision(d)[3] for it in ITEMS for d in it["spans"]))
    print("regions", dict(reg)); print("styles", dict(sty)); print("years", dict(sorted(yrs.items())))
    print("outcomes", dict(outc)); print("forms", dict(form))
    print("sum fatalities", sum(r["fatalities"] for r in recs))


def main():
    recs = build_records()
    if "--review" in sys.argv:
        review(recs)
        return
    if "--stats" in sys.argv:
        stats(recs)
        return
    errs = check(recs)
    text = dump(recs)
    if dump(build_records()) != text:
        errs.append("output not deterministic")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    errs += ["re-read: " + e for e in check(back)]
    if back != recs:
        errs.append("re-read differs from built records")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"wrote {OUT}: {len(back)} items, {sum(len(r['spans']) for r in back)} spans; all checks pass")


if __name__ == "__main__":
    main()
