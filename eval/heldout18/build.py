#!/usr/bin/env python3
"""Held-out set 18 (casualties layer): decision lists, builder, checks, review printer.

Each item: (id, dct, text, spans, fatalities).
A span is (surface, occurrence, value) or (surface, occurrence, value, "bg").
- surface is matched case-sensitively as a whole word; when it contains [ ], the
  bracketed part is the span and the rest is context that must be present around it.
- occurrence counts whole-word matches of the full surface (context included), from 1.
- "bg" marks a background figure (earlier separate event, running total, total over a
  period): a CASUALTY span, but not part of the report's fatalities.
fatalities is the hand-computed death toll (lower end / written number of bounds).
Usage: python3 build.py            writes tolls-18.jsonl and checks it
       python3 build.py --review   prints every item with its spans in brackets
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-18.jsonl")

ITEMS = [
# ---------------- Canada ----------------
("k001", "2017-06-12",
 "On 12 June 2017, a man was shot dead by RCMP officers outside a gas station in Thompson (Manitoba) after he allegedly charged at them with a hatchet. Fatalities: 1.",
 [("a man", 1, "killed:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k002", "2019-08-11",
 "TORONTO — Two people were wounded when shots were fired into a crowd outside a Scarborough banquet hall early Sunday, police said. A 19-year-old was arrested at the scene and a handgun was recovered. Neither victim's injuries are considered life-threatening.",
 [("Two people", 1, "injured:2")], 0),
("k003", "2020-11-01",
 "On 31 October 2020, a lone attacker armed with a sword killed two people and wounded five others in the old town of Quebec City. The suspect, aged 24, was detained by police a few hours later. Source: Radio-Canada; local police.",
 [("two people", 1, "killed:2"), ("five others", 1, "injured:5")], 2),
("k004", "2021-06-07",
 "LONDON, Ont. (CP) — Four members of one Muslim family were killed and a nine-year-old boy was seriously injured when a driver deliberately rammed a pickup truck into them as they waited to cross a road on Sunday evening, police said. The 20-year-old driver was arrested in a mall parking lot about 7 km away.",
 [("Four members", 1, "killed:4"), ("a nine-year-old boy", 1, "injured:1")], 4),
("k005", "2022-09-04",
 "On 4 September 2022, a man armed with a knife attacked residents across the James Smith Cree Nation and the nearby village of Weldon (Saskatchewan), killing 10 people and injuring 18 others. The attacker was shot dead by officers after a vehicle pursuit three days later. Fatalities: 11.",
 [("10 people", 1, "killed:10"), ("18 others", 1, "injured:18"), ("The attacker", 1, "killed:1"), ("Fatalities: [11]", 1, "killed:11")], 11),
("k006", "2024-01-19",
 "On 19 January 2024, an Indigenous man was fatally shot by Winnipeg police officers responding to a domestic disturbance call in the North End. The provincial police watchdog (IIU) opened an investigation and said officers had fired at least three rounds.",
 [("an Indigenous man", 1, "killed:1")], 1),
("k007", "2015-03-08",
 "On 8 March 2015, a mosque in Mississauga (Ontario) was vandalised overnight and threatening letters naming two imams were left at the door. No one was injured. Peel police said 3 suspects had been identified.",
 [], 0),
("k008", "2020-04-20",
 "HALIFAX, N.S. (CP) - RCMP say the death toll from the weekend rampage across rural Nova Scotia has risen to 22, not counting the gunman, and includes a constable who was shot while responding. The gunman, who drove a replica police cruiser, was killed by two officers at a gas station in Enfield on Sunday morning.",
 [("risen to [22]", 1, "killed:22"), ("a constable", 1, "killed:1"), ("The gunman", 1, "killed:1")], 23),
("k009", "2025-01-29",
 "On 29 January 2025, about 200 people held a vigil outside the Islamic Cultural Centre in Quebec City to mark eight years since six worshippers were shot dead there in 2017. Police reported no incidents.",
 [("six worshippers", 1, "killed:6", "bg")], 0),
("k010", "2018-07-15",
 "On 14 July 2018, a teenager was stabbed outside a SkyTrain station in Surrey (British Columbia) during a fight between two groups of youths; he died in hospital the following day. A second youth was treated for cuts to his arm. Two 17-year-olds were charged.",
 [("a teenager", 1, "killed:1"), ("A second youth", 1, "injured:1")], 1),
# ---------------- Australia and New Zealand ----------------
("k011", "2019-03-15",
 "Gunman kills 51 at two Christchurch mosques\nCHRISTCHURCH, March 15 (AAP) - A gunman opened fire on worshippers at two mosques during Friday prayers, killing 51 people and wounding 40 others. The attacker, an Australian citizen, was rammed off the road and arrested about 20 minutes after the first emergency call.",
 [("kills [51]", 1, "killed:51"), ("51 people", 1, "killed:51"), ("40 others", 1, "injured:40")], 51),
("k012", "2024-04-14",
 "SYDNEY, April 14 (AAP) - Six people were stabbed to death at a shopping centre in Bondi Junction on Saturday afternoon before a police inspector shot the attacker dead, bringing the number of dead to seven. A dozen more, among them a nine-month-old baby, were taken to hospital.",
 [("Six people", 1, "killed:6"), ("the attacker", 1, "killed:1"), ("seven", 1, "killed:7"), ("A dozen more", 1, "injured:12"), ("a nine-month-old baby", 1, "injured:1")], 7),
("k013", "2022-12-12",
 "On 12 December 2022, two police constables were shot dead when officers went to a rural property at Wieambilla (Queensland) to follow up a missing-person report; a neighbour who came to help was also killed. The three occupants of the property were shot dead by tactical police after a six-hour siege.",
 [("two police constables", 1, "killed:2"), ("a neighbour", 1, "killed:1"), ("three occupants", 1, "killed:3")], 6),
("k014", "2021-09-03",
 "On 3 September 2021, a man who supported Islamic State took a knife from a shelf in a supermarket in New Lynn (Auckland) and stabbed shoppers, wounding seven people. The attacker was shot dead within a minute by surveillance officers who had followed him to the store.",
 [("seven people", 1, "injured:7"), ("The attacker", 1, "killed:1")], 1),
("k015", "2016-10-22",
 "On 22 October 2016, a 34-year-old Aboriginal man was shot dead by police during a confrontation at a house in Kalgoorlie (Western Australia). Relatives disputed the police account of the incident. Fatalities: 1.",
 [("a 34-year-old Aboriginal man", 1, "killed:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k016", "2022-03-02",
 "WELLINGTON (RNZ) - Protesters set fire to tents and a children's slide as police cleared the three-week occupation of Parliament grounds on Wednesday. Three officers were taken to hospital after being hit by thrown objects and 87 people were arrested, police said.",
 [("Three officers", 1, "injured:3")], 0),
("k017", "2016-08-18",
 "On 18 August 2016, a senior member of the Mongrel Mob was killed in a drive-by shooting in Hastings (Hawke's Bay). Police said a second man, a patched member of a rival gang, was found dead at a nearby address hours later and that the two deaths were linked.",
 [("a senior member", 1, "killed:1"), ("a second man", 1, "killed:1"), ("two deaths", 1, "killed:2")], 2),
("k018", "2018-06-16",
 "MELBOURNE — Between four and six people were hurt when a brawl between rival youth groups spilled onto a tram platform in Footscray on Friday night, Victoria Police said. One man remains in a critical condition. Officers seized two machetes.",
 [("Between four and six people", 1, "injured:4-6"), ("One man", 1, "injured:1")], 0),
("k019", "2018-11-09",
 "On 9 November 2018, a man set his ute alight in Bourke Street (Melbourne) and stabbed passers-by, killing a well-known cafe owner and wounding two other men. Police shot the attacker in the chest and he died in hospital. Fatalities: 2.",
 [("a well-known cafe owner", 1, "killed:1"), ("two other men", 1, "injured:2"), ("the attacker", 1, "killed:1"), ("Fatalities: [2]", 1, "killed:2")], 2),
("k020", "2026-01-28",
 "On 27 January 2026, a man was arrested in Whangārei (Northland) after threatening staff at a marae with a rifle; no shots were fired and nobody was hurt. Police said the 41-year-old had 2 previous firearms convictions. A kaumātua who had confronted him died of a heart attack that evening.",
 [], 0),
# ---------------- South Korea, Japan, Taiwan ----------------
("k021", "2019-07-19",
 "ARSON AT ANIMATION STUDIO KILLS 36\nKYOTO (Kyodo) -- A man poured petrol inside the Kyoto Animation studio on Thursday morning and set it alight, killing 36 employees and injuring 33 others. The arsonist himself suffered severe burns and was flown to an Osaka hospital.",
 [("KILLS [36]", 1, "killed:36"), ("36 employees", 1, "killed:36"), ("33 others", 1, "injured:33"), ("The arsonist", 1, "injured:1")], 36),
("k022", "2021-11-01",
 "TOKYO (Kyodo) -- A man dressed as the Joker slashed a passenger and set fire to a Keio Line train on Halloween night, injuring 17 people, one of them seriously. The 24-year-old was arrested on the train at Kokuryo station.",
 [("a passenger", 1, "injured:1"), ("17 people", 1, "injured:17"), ("one", 1, "injured:1")], 0),
("k023", "2024-01-02",
 "On 2 January 2024, Lee Jae-myung was stabbed in the neck by a man posing as a supporter during a visit to the site of a planned airport on Gadeok Island (Busan); Lee underwent surgery in Seoul and survived. The 67-year-old attacker was detained on site.",
 [], 0),
("k024", "2023-08-03",
 "On 3 August 2023, a man drove his car into pedestrians near Seohyeon station in Seongnam (Gyeonggi) and then stabbed shoppers inside an adjoining department store, wounding 12 people. Two of the wounded, both women, later died in hospital. Fatalities: 2.",
 [("12 people", 1, "injured:12"), ("Two", 1, "killed:2"), ("Fatalities: [2]", 1, "killed:2")], 2),
("k025", "2025-12-19",
 "On 19 December 2025, a man threw smoke canisters and stabbed commuters near a metro station in central Taipei, killing three people and wounding 11 others, before the attacker fell to his death from a building while fleeing police. Fatalities: 4.",
 [("three people", 1, "killed:3"), ("11 others", 1, "injured:11"), ("the attacker", 1, "killed:1"), ("Fatalities: [4]", 1, "killed:4")], 4),
("k026", "2021-12-17",
 "On 17 December 2021, a fire set by a former patient at a psychiatric clinic on the fourth floor of a building in Osaka's Kita ward killed 25 people; the arsonist, aged 61, died in hospital two weeks later. The clinic had 1 exit.",
 [("25 people", 1, "killed:25"), ("the arsonist", 1, "killed:1")], 26),
("k027", "2024-12-04",
 "SEOUL, Dec 4 (Yonhap) - Hundreds of protesters gathered outside the National Assembly overnight after the president declared martial law, and about 280 troops were deployed to the building by helicopter. No casualties were reported, and martial law was lifted within six hours.",
 [], 0),
("k028", "2022-07-08",
 "On 8 July 2022, a former prime minister was shot twice from behind with a homemade gun while giving a campaign speech outside a station in Nara and died in hospital hours later. The 41-year-old gunman was tackled by security officers.",
 [("a former prime minister", 1, "killed:1")], 1),
("k029", "2016-03-29",
 "TAIPEI (CNA) - A four-year-old girl died after being attacked with a cleaver on a pavement in Neihu district on Monday morning while walking with her mother, police said. The suspect, a 33-year-old unemployed man, was restrained by passers-by.",
 [("A four-year-old girl", 1, "killed:1")], 1),
("k030", "2015-08-04",
 "On 4 August 2015, two South Korean army staff sergeants were maimed by landmines while on patrol in the demilitarised zone near Paju; one lost both legs. Seoul blamed mines planted by North Korean soldiers and resumed propaganda broadcasts.",
 [("two South Korean army staff sergeants", 1, "injured:2"), ("one", 1, "injured:1")], 0),
# ---------------- Mongolia, western Kazakhstan, Turkmenistan ----------------
("k031", "2022-12-05",
 "ULAANBAATAR, Dec 5 (Montsame) — Several thousand protesters angered by a coal-export corruption scandal tried to force their way into the Government Palace on Sukhbaatar Square on Monday evening. Police used batons and at least 12 protesters and 5 officers were treated for injuries; nobody was killed.",
 [("at least 12 protesters", 1, "injured:>=12"), ("5 officers", 1, "injured:5")], 0),
("k032", "2022-01-05",
 "AKTAU, Kazakhstan (Reuters) - Protesters angry at a doubling of gas prices stormed the regional akimat in Aktau on Wednesday; clashes with police there left two demonstrators dead and dozens injured, according to local activists. The Mangystau police said 6 officers were hurt.",
 [("two demonstrators", 1, "killed:2"), ("dozens", 1, "injured:>=24"), ("6 officers", 1, "injured:6")], 2),
("k033", "2022-01-06",
 "On 6 January 2022, the Kazakh interior ministry said security forces had neutralised 26 armed rioters and that 18 officers had been killed since the unrest began on 2 January; no breakdown for Mangystau region was given.",
 [("26 armed rioters", 1, "casualties:26"), ("18 officers", 1, "killed:18", "bg")], 0),
("k034", "2017-05-11",
 "On 11 May 2017, exile media reported that police in Turkmenabat (Lebap province) beat three market traders who refused to hand over their stalls; one, a 48-year-old woman, was hospitalised with head injuries. Two traders were detained. Source: Turkmen.news; not independently confirmed.",
 [("three market traders", 1, "injured:3"), ("one", 1, "injured:1")], 0),
("k035", "2018-03-02",
 "On 2 March 2018, a herder was shot dead in a dispute over winter pasture in Khentii aimag; police arrested a neighbouring herder and seized a hunting rifle. Police recorded one death.",
 [("a herder", 1, "killed:1"), ("one death", 1, "killed:1")], 1),
("k036", "2022-01-19",
 "ALMATY (Reuters) - Kazakhstan said on Wednesday that the death toll from this month's unrest had reached 225, among them 19 members of the security forces; the figure covers the whole country since Jan. 2. Protests began in the oil town of Zhanaozen.",
 [("reached [225]", 1, "killed:225", "bg"), ("19 members", 1, "killed:19", "bg")], 0),
("k037", "2021-12-16",
 "On 16 December 2021, about 50 oil workers gathered in Zhanaozen (Mangystau) to mark ten years since police opened fire on striking workers in the town, killing at least 14 people. Three activists were briefly detained.",
 [("at least 14 people", 1, "killed:>=14", "bg")], 0),
("k038", "2016-04-08",
 "On 8 April 2016, a police officer was stabbed and seriously wounded by a drunk man in Bayanzurkh district of Ulaanbaatar; a second officer suffered cuts to his hand. The 29-year-old suspect was detained.",
 [("a police officer", 1, "injured:1"), ("a second officer", 1, "injured:1")], 0),
("k039", "2023-06-25",
 "On 25 June 2023, a mass brawl between local workers and foreign contract staff broke out at the Tengiz oilfield (Atyrau region), injuring some 30 people, the regional akimat said; unofficial Telegram channels claimed as many as 40 were hurt. Police detained 5 men.",
 [("some 30 people", 1, "injured:~30"), ("as many as 40", 1, "injured:<=40")], 0),
("k040", "2025-09-30",
 "On 30 September 2025, a Turkmen border guard was killed in an exchange of fire with smugglers on the Afghan frontier near Serhetabat (Mary province), according to local sources; two smugglers were also reported killed. Officials did not comment. Fatalities: 3 (1 border guard, 2 smugglers).",
 [("a Turkmen border guard", 1, "killed:1"), ("two smugglers", 1, "killed:2"), ("Fatalities: [3]", 1, "killed:3"), ("1 border guard", 1, "killed:1"), ("2 smugglers", 1, "killed:2")], 3),
# ---------------- Azerbaijan, Moldova/Transnistria ----------------
("k041", "2020-07-12",
 "On 12 July 2020, Azerbaijani and Armenian forces exchanged artillery fire in the Tovuz direction of the state border. The Azerbaijani defence ministry said 2 of its servicemen were killed and 5 wounded; Yerevan reported 2 soldiers of its 1st Army Corps wounded.",
 [("[2] of its servicemen", 1, "killed:2"), ("[5] wounded", 1, "injured:5"), ("2 soldiers", 1, "injured:2")], 2),
("k042", "2020-09-27",
 "On 27 September 2020, heavy fighting broke out along the line of contact in Nagorno-Karabakh. Azerbaijan's presidency said five civilians from one family were killed by Armenian shelling in Gashalti village (Naftalan); Armenian officials said 16 servicemen died on their side and over 100 were wounded.",
 [("five civilians", 1, "killed:5"), ("16 servicemen", 1, "killed:16"), ("over 100", 1, "injured:>100")], 21),
("k043", "2020-10-11",
 "On 11 October 2020, a missile struck a residential block in Ganja overnight, killing 10 civilians and wounding more than 30, according to the Azerbaijani prosecutor general's office. Armenian authorities denied targeting the city. Source: Azerbaijani government statements; figures not independently verified.",
 [("10 civilians", 1, "killed:10"), ("more than 30", 1, "injured:>30")], 10),
("k044", "2023-06-30",
 "CHISINAU, Moldova (AP) — A man who was refused entry at Chisinau airport on Friday snatched a guard's pistol and opened fire, killing a border policeman and an airport security officer, officials said. The attacker, a Tajik citizen, was wounded and detained.",
 [("a border policeman", 1, "killed:1"), ("an airport security officer", 1, "killed:1"), ("The attacker", 1, "injured:1")], 2),
("k045", "2022-04-25",
 "On 25 April 2022, two grenade-launcher rounds hit the state security ministry building in Tiraspol (Transnistria); the de facto authorities reported no casualties. Two radio masts near Maiac were blown up the next day.",
 [], 0),
("k046", "2017-03-02",
 "On 2 March 2017, veterans in Dubăsari laid wreaths for the 1992 war over Transnistria, in which an estimated 1,000 people were killed on both sides. No incidents were reported.",
 [("an estimated 1,000 people", 1, "killed:~1000", "bg")], 0),
("k047", "2018-07-13",
 "BAKU (Turan) - Two police officers were stabbed to death by protesters in central Ganja on Friday during a rally in support of a man detained for shooting and wounding the city's mayor three days earlier, the interior ministry said. The mayor remains in hospital.",
 [("Two police officers", 1, "killed:2"), ("the city's mayor", 1, "injured:1")], 2),
("k048", "2025-02-19",
 "On 19 February 2025, unidentified men in camouflage seized a Moldovan farmer who had crossed the security zone near Dubăsari to work his fields and took him toward Tiraspol. A second farmer from the same village is reported missing.",
 [("a Moldovan farmer", 1, "abducted:1"), ("A second farmer", 1, "missing:1")], 0),
("k049", "2022-09-14",
 "On 13 September 2022, Azerbaijani forces shelled positions and towns inside Armenia, including Jermuk and Goris. Yerevan said 49 Armenian soldiers were killed on the first day; Baku acknowledged 50 of its servicemen dead by the following evening. Both sides blamed the other for starting the fighting.",
 [("49 Armenian soldiers", 1, "killed:49"), ("[50] of its servicemen", 1, "killed:50")], 99),
("k050", "2016-05-05",
 "On 4 May 2016, an Azerbaijani soldier was killed by sniper fire near Tartar, the Azerbaijani defence ministry said. Armenian-backed media claimed two or three Azerbaijani soldiers died in the incident.",
 [("an Azerbaijani soldier", 1, "killed:1"), ("two or three Azerbaijani soldiers", 1, "killed:2-3")], 1),
# ---------------- Poland, Belarus, Baltic states ----------------
("k051", "2024-05-28",
 "On 28 May 2024, a Polish soldier was stabbed through a gap in the border fence by a person trying to cross from Belarus near Dubicze Cerkiewne (Podlaskie); he died of his wounds on 6 June. Fatalities: 1.",
 [("a Polish soldier", 1, "killed:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k052", "2021-09-20",
 "HAJNOWKA, Poland (PAP) - Border guards found the bodies of three men, believed to be migrants from Iraq, in forest close to the Belarusian border on Sunday, and a fourth body was recovered on the Belarusian side the same week. Warsaw blamed Minsk for pushing people into the woods.",
 [("three men", 1, "killed:3"), ("a fourth body", 1, "killed:1")], 4),
("k053", "2022-11-16",
 "WARSAW, Nov 15 (PAP) — Two farm workers were killed when a missile struck a grain dryer in the village of Przewodów, about 6 km from the Ukrainian border, on Tuesday afternoon, firefighters said.",
 [("Two farm workers", 1, "killed:2")], 2),
("k054", "2020-08-11",
 "MINSK (Belapan) - A protester died near Pushkinskaya metro station on Monday night, the interior ministry said, claiming an explosive device he meant to throw went off in his hands; opposition channels say he was shot. Hundreds of people were detained nationwide overnight and dozens injured.",
 [("A protester", 1, "killed:1"), ("dozens", 1, "injured:>=24")], 1),
("k055", "2020-11-12",
 "On 11 November 2020, a 31-year-old manager was beaten in a courtyard in Minsk by masked men in plain clothes and taken to a police station; he died in hospital the next day from head injuries. Source: Viasna; independent media.",
 [("a 31-year-old manager", 1, "killed:1")], 1),
("k056", "2021-08-17",
 "VILNIUS (BNS) - Lithuanian border guards used tear gas and warning shots to push back a group of around 60 migrants at the Belarus border near Druskininkai on Tuesday; two officers were lightly hurt by thrown stones, the service said.",
 [("two officers", 1, "injured:2")], 0),
("k057", "2023-12-14",
 "On 14 December 2023, unknown persons smashed the windows of the interior minister's car and a journalist's car in Tallinn; Estonia's security service later linked the vandalism to Russian special services. No one was hurt.",
 [], 0),
("k058", "2018-03-19",
 "On 19 March 2018, a businessman linked to a dispute over Riga port terminals was shot dead in his car in the Kengarags district of Riga; his driver, 45, survived with wounds to the arm. Fatalities: 1.",
 [("a businessman", 1, "killed:1"), ("his driver", 1, "injured:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k059", "2019-01-14",
 "GDANSK, Jan. 14 (PAP) - The mayor of Gdansk died in hospital on Monday, a day after he was stabbed on stage during a charity concert by a man recently released from prison. Doctors had fought for his life through the night.",
 [("The mayor", 1, "killed:1")], 1),
("k060", "2022-03-27",
 "On 27 March 2022, Belarusian police said three members of a railway sabotage group had been detained near Svetlahorsk, two of them after being shot in the legs while trying to flee. No deaths were reported.",
 [("two", 1, "injured:2")], 0),
# ---------------- Spain and Portugal ----------------
("k061", "2018-05-03",
 "On 3 May 2018, ETA announced its complete dissolution in a letter sent to Basque institutions; the group is blamed for 853 killings over five decades. No incidents were reported in Bilbao or San Sebastián.",
 [("853 killings", 1, "killed:853", "bg")], 0),
("k062", "2017-08-18",
 "Van attack on La Rambla: 14 dead\nBARCELONA (EFE) - A van drove into pedestrians along La Rambla on Thursday afternoon, killing 13 people and injuring more than 100 others. Fleeing on foot, the driver stabbed a man to death as he stole his car.",
 [("[14] dead", 1, "killed:14"), ("13 people", 1, "killed:13"), ("more than 100 others", 1, "injured:>100"), ("a man", 1, "killed:1")], 14),
("k063", "2020-10-27",
 "ARGUINEGUIN, Gran Canaria (EFE) - A wooden cayuco carrying about 60 migrants capsized off the port on Monday; Salvamento Maritimo rescued 43 people and recovered the bodies of two women. The rest remain missing, according to the NGO Caminando Fronteras.",
 [("two women", 1, "killed:2")], 2),
("k064", "2022-06-24",
 "On 24 June 2022, at least 23 migrants died when some 2,000 people tried to climb the border fence at Melilla, according to Moroccan authorities; rights groups put the toll at 37. Some 140 officers were injured, the Moroccan side said.",
 [("at least 23 migrants", 1, "killed:>=23"), ("toll at [37]", 1, "killed:37"), ("Some 140 officers", 1, "injured:~140")], 23),
("k065", "2015-09-06",
 "MADRID - A 24-year-old man was stabbed to death in a fight between rival latin gangs ( DDP and Trinitarios) in the Villaverde district late saturday, and two more youths were hurt,police said. Four suspects were arrested, two of them minors.",
 [("A 24-year-old man", 1, "killed:1"), ("two more youths", 1, "injured:2")], 1),
("k066", "2023-03-28",
 "LISBON, March 28 (Lusa) - A man armed with a large knife killed two women and wounded a teacher at the Ismaili Centre in Lisbon on Tuesday morning before police shot him in the leg, the PSP said.",
 [("two women", 1, "killed:2"), ("a teacher", 1, "injured:1")], 2),
("k067", "2024-10-23",
 "On 23 October 2024, youths set fire to two buses and several cars in Amadora and Loures (Lisbon district) on the third night of unrest that followed the police killing of a 43-year-old Cape Verdean resident in Cova da Moura. A bus driver suffered severe burns.",
 [("a 43-year-old Cape Verdean resident", 1, "killed:1", "bg"), ("A bus driver", 1, "injured:1")], 0),
("k068", "2025-01-20",
 "On 20 January 2025, relatives of Civil Guard officers protested in Zaragoza against the release of a former ETA member convicted over the 1987 barracks car bomb in the city, which left 11 people dead, including five children.",
 [("11 people", 1, "killed:11", "bg"), ("five children", 1, "killed:5", "bg")], 0),
("k069", "2017-10-01",
 "On 1 October 2017, National Police and Guardia Civil officers used batons and rubber bullets against voters at polling stations across Catalonia; the regional health department said about 890 people were treated, while the interior ministry reported 39 officers hurt.",
 [("about 890 people", 1, "injured:~890"), ("39 officers", 1, "injured:39")], 0),
("k070", "2019-01-13",
 "ALMERIA - A patera with 14 people aboard was found drifting off Cabo de Gata on saturday, two of them dead from exposure, Salvamento Maritimo said.Survivors were taken to Almeria port.",
 [("two", 1, "killed:2")], 2),
# ---------------- Albania, North Macedonia, Bosnia ----------------
("k071", "2016-04-09",
 "SHKODER, Albania - A 60-year-old man was shot dead in the village of Rrethina on Saturday in what police called a blood feud (gjakmarrje) going back to 1998, and his nephew, 22, was wounded. The suspected shooter, from a rival family, fled toward Montenegro.",
 [("A 60-year-old man", 1, "killed:1"), ("his nephew", 1, "injured:1")], 1),
("k072", "2019-01-24",
 "On 24 January 2019, protesters threw Molotov cocktails at the prime minister's office in Tirana during an opposition rally; police said fewer than ten officers were hurt and 2 protesters needed treatment for tear gas.",
 [("fewer than ten officers", 1, "injured:<=9"), ("2 protesters", 1, "injured:2")], 0),
("k073", "2015-05-10",
 "8 POLICE OFFICERS, 14 GUNMEN KILLED IN KUMANOVO\nSKOPJE (MIA) - Police ended a two-day operation against an armed group in the Divo Naselje neighbourhood of Kumanovo on Sunday. Authorities said 8 police officers and 14 gunmen were killed and 37 officers wounded; about 30 suspects surrendered.",
 [("8 POLICE OFFICERS", 1, "killed:8"), ("14 GUNMEN", 1, "killed:14"), ("8 police officers", 1, "killed:8"), ("14 gunmen", 1, "killed:14"), ("37 officers", 1, "injured:37")], 22),
("k074", "2017-04-27",
 "On 27 April 2017, nationalist protesters stormed the Sobranie in Skopje after an ethnic Albanian speaker was elected and beat lawmakers; 102 people were injured, among them the leader of the Social Democrats and 10 MPs, the health ministry said.",
 [("102 people", 1, "injured:102"), ("the leader", 1, "injured:1"), ("10 MPs", 1, "injured:10")], 0),
("k075", "2023-08-11",
 "On 11 August 2023, a man in Gradačac shot dead his former wife during a live stream on social media, then killed two more people and wounded three others, including a police officer, before the gunman shot himself dead. Fatalities: 4.",
 [("his former wife", 1, "killed:1"), ("two more people", 1, "killed:2"), ("three others", 1, "injured:3"), ("a police officer", 1, "injured:1"), ("the gunman", 1, "killed:1"), ("Fatalities: [4]", 1, "killed:4")], 4),
("k076", "2018-11-15",
 "SARAJEVO, Bosnia -- Police in Zenica said on Thursday they arrested 3 men suspected of planting an explosive device under the car of a local judge; the bomb, about 400 grams of TNT, was defused. Nobody was injured .",
 [], 0),
("k077", "2022-03-06",
 "On 6 March 2022, two brothers were shot dead at a cafe in Elbasan in a feud between two families over a property boundary; a waiter was hit in the leg by a stray bullet. Police seized a Kalashnikov. Fatalities: 2.",
 [("two brothers", 1, "killed:2"), ("a waiter", 1, "injured:1"), ("Fatalities: [2]", 1, "killed:2")], 2),
("k078", "2025-07-11",
 "On 11 July 2025, tens of thousands of people gathered at the Potočari memorial for the 30th anniversary of the Srebrenica massacre, in which more than 8,000 Bosniak men and boys were killed; the remains of seven victims identified over the past year were buried.",
 [("more than 8,000 Bosniak men and boys", 1, "killed:>8000", "bg"), ("seven victims", 1, "killed:7", "bg")], 0),
("k079", "2024-11-14",
 "TIRANA — A 14-year-old student was stabbed to death by a classmate outside a school in Tirana on Thursday; another boy was injured trying to intervene. Fatalities: 1",
 [("A 14-year-old student", 1, "killed:1"), ("another boy", 1, "injured:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k080", "2019-06-03",
 "On 3 June 2019, police in Tetovo said two teenagers from the village of Šipkovica were missing after a dispute between two clans over grazing land; relatives alleged they had been abducted.",
 [("two teenagers", 1, "missing:2")], 0),
# ---------------- Sudan: Darfur and El Fasher ----------------
("k081", "2024-05-13",
 "On 13 May 2024, the Rapid Support Forces (RSF) shelled residential areas of El Fasher (North Darfur), killing at least 27 civilians, according to the Sudanese Doctors Network; MSF said its hospital in the city received 160 wounded. Fatalities: 27.",
 [("at least 27 civilians", 1, "killed:>=27"), ("[160] wounded", 1, "injured:160"), ("Fatalities: [27]", 1, "killed:27")], 27),
("k082", "2025-04-13",
 "On 11-13 April 2025, the RSF overran Zamzam displacement camp south of El Fasher. The UN said more than 400 people were killed, among them nine staff of the aid group Relief International; local monitors put the dead at over 1,500. Some 400,000 people fled the camp.",
 [("more than 400 people", 1, "killed:>400"), ("nine staff", 1, "killed:9"), ("over 1,500", 1, "killed:>1500")], 400),
("k083", "2025-10-29",
 "On 28 October 2025, after the RSF took control of El Fasher, the WHO said 460 patients and companions were killed at the Saudi Maternity Hospital. Army-aligned officials said more than 2,000 civilians had been killed across the city over the previous two days.",
 [("460 patients and companions", 1, "killed:460"), ("more than 2,000 civilians", 1, "killed:>2000", "bg")], 460),
("k084", "2023-06-15",
 "KHARTOUM (Sudan Tribune) - The governor of West Darfur was abducted and killed in El Geneina on Wednesday, hours after he accused the RSF of genocide in a television interview. The RSF denied any involvement.",
 [("The governor", 1, "killed:1")], 1),
("k085", "2025-09-20",
 "PORT SUDAN, Sudan (AP) — A drone strike hit a mosque in El Fasher during dawn prayers on Friday, killing 75 worshippers, a local resistance committee said. The toll was expected to rise as bodies were pulled from the rubble.",
 [("75 worshippers", 1, "killed:75")], 75),
("k086", "2024-02-03",
 "On 3 February 2024, RSF fighters abducted 17 women from Abu Shouk camp for internally displaced people north of El Fasher, according to camp coordinators. Their families were told to pay ransoms of up to 2 million Sudanese pounds each.",
 [("17 women", 1, "abducted:17")], 0),
("k087", "2024-08-05",
 "On 5 August 2024, the Sudanese Armed Forces (SAF) said its air force had killed dozens of RSF fighters in strikes on vehicles east of El Fasher; the RSF said only two of its men died and accused the army of bombing a livestock market, where 9 herders were killed.",
 [("dozens", 1, "killed:>=24"), ("[two] of its men", 1, "killed:2"), ("9 herders", 1, "killed:9")], 11),
("k088", "2023-11-19",
 "On 19 November 2023, gunmen on motorcycles attacked Tawila market (North Darfur) and looted shops; the killing of five traders and the wounding of two others prompted a general strike the next day. One trader is missing.",
 [("five traders", 1, "killed:5"), ("two others", 1, "injured:2"), ("One trader", 1, "missing:1")], 5),
("k089", "2024-09-10",
 "On 10 September 2024, the health ministry said a cholera outbreak in Tawila, where tens of thousands who fled El Fasher are sheltering, had killed at least 26 people since mid-August. MSF opened a 40-bed treatment centre.",
 [("at least 26 people", 1, "killed:>=26", "bg")], 0),
("k090", "2025-03-15",
 "On 15 March 2025, relatives said a schoolteacher detained by the RSF in Nyala (South Darfur) had died of ill-treatment in custody; he had been held for 40 days without charge. Source: Darfur24.",
 [("a schoolteacher", 1, "killed:1")], 1),
# ---------------- Mozambique: Niassa and Nampula ----------------
("k091", "2021-11-20",
 "LICHINGA, Mozambique (Lusa) - Suspected Islamic State insurgents raided the village of Naulala in Mecula district, some 30 km from Mecula town, on Friday, beheading two residents and burning about 40 houses, the district administrator said.",
 [("two residents", 1, "killed:2")], 2),
("k092", "2022-09-07",
 "On 6 September 2022, insurgents attacked the Chipene Catholic mission in Memba district (Nampula), killing an Italian nun and setting fire to the church, the hospital and a school. Fatalities: 1.",
 [("an Italian nun", 1, "killed:1"), ("Fatalities: [1]", 1, "killed:1")], 1),
("k093", "2024-04-28",
 "On 28 April 2024, the Mozambican defence ministry said troops in the Niassa reserve had killed, wounded or captured 11 insurgents during an operation along the Lugenda river; no breakdown was given.",
 [("11 insurgents", 1, "casualties:11")], 0),
("k094", "2022-06-03",
 "On 3 June 2022, Rwandan and Mozambican forces said they had neutralised 8 terrorists near Eráti (Nampula), and that a Mozambican soldier was wounded in the operation.",
 [("8 terrorists", 1, "casualties:8"), ("a Mozambican soldier", 1, "injured:1")], 0),
("k095", "2023-05-24",
 "NAMPULA, Mozambique (Lusa) — Four fishermen were killed and three women were taken by armed men on the coast of Memba district on Tuesday night, the district administrator said, adding that the attackers, numbering about 20, fled into the bush.",
 [("Four fishermen", 1, "killed:4"), ("three women", 1, "abducted:3")], 4),
("k096", "2022-09-16",
 "On 16 September 2022, residents of Lúrio (Memba, Nampula) found the bodies of six villagers in the bush, two days after insurgents raided their settlement; another three villagers remain missing.",
 [("six villagers", 1, "killed:6"), ("three villagers", 1, "missing:3")], 6),
("k097", "2018-01-02",
 "On 2 January 2018, a ranger of the Niassa Special Reserve was killed and another wounded in a clash with an armed poaching gang near Mbamba; two poachers were also shot dead. Officials recovered 3 AK-47 rifles.",
 [("a ranger", 1, "killed:1"), ("another", 1, "injured:1"), ("two poachers", 1, "killed:2")], 3),
("k098", "2023-07-22",
 "On 22 July 2023, militants abducted a local chief (regulo) and his two sons from Msawise village (Mecula, Niassa); the sons escaped two days later.",
 [("a local chief", 1, "abducted:1"), ("two sons", 1, "abducted:2")], 0),
("k099", "2022-06-12",
 "On 12 June 2022, insurgents crossed the Lúrio river into Eráti district (Nampula) and beheaded between 5 and 7 civilians, according to local sources; the police spokesperson confirmed 3 deaths. More than 10,000 people fled toward Namapa.",
 [("between 5 and 7 civilians", 1, "killed:5-7"), ("3 deaths", 1, "killed:3")], 3),
("k100", "2021-11-25",
 "On 25 November 2021, insurgents raided the village of Chamba in Mavago district (Niassa), killing a local chief and a teacher and wounding a boy aged about 12. Residents fled to Lichinga.",
 [("a local chief", 1, "killed:1"), ("a teacher", 1, "killed:1"), ("a boy", 1, "injured:1")], 2),
# ---------------- Bangladesh ----------------
("k101", "2024-07-16",
 "On 16 July 2024, a student of Begum Rokeya University was shot dead by police during a quota-reform protest in Rangpur; at least five other people were killed in clashes in Dhaka and Chattogram the same day.",
 [("a student", 1, "killed:1"), ("at least five other people", 1, "killed:>=5")], 6),
("k102", "2024-08-05",
 "On 5 August 2024, hours after the prime minister fled the country, crowds attacked the Enayetpur police station (Sirajganj), beating to death 13 policemen, according to police headquarters.",
 [("13 policemen", 1, "killed:13")], 13),
("k103", "2024-08-12",
 "On 12 August 2024, the interim government's health adviser said the July-August uprising had claimed more than 600 lives since mid-July and that the figure was expected to rise.",
 [("more than 600 lives", 1, "killed:>600", "bg")], 0),
("k104", "2024-09-19",
 "DHAKA (bdnews24) - A mentally ill man was beaten to death by students at a Dhaka University residential hall late on Wednesday after being accused of stealing mobile phones, the proctor said. Six students were arrested.",
 [("A mentally ill man", 1, "killed:1")], 1),
("k105", "2024-08-06",
 "DHAKA, Aug 6 (bdnews) - Atleast 19 people were killed when a mob set fire to a hotel owned by a ruling-party MP in Jashore , fire service officials said,among them an Indonesian national.",
 [("Atleast 19 people", 1, "killed:>=19"), ("an Indonesian national", 1, "killed:1")], 19),
("k106", "2026-02-03",
 "On 3 February 2026, hartal supporters torched 3 buses on the Dhaka-Aricha highway and vandalised shops in Manikganj; a bus helper suffered burns.",
 [("a bus helper", 1, "injured:1")], 0),
("k107", "2023-10-29",
 "On 28 October 2023, clashes between BNP activists and police near the party's Nayapaltan office left a police constable dead and hundreds injured; a Jubo Dal leader died the next day of wounds sustained in the clashes.",
 [("a police constable", 1, "killed:1"), ("hundreds", 1, "injured:>=200"), ("a Jubo Dal leader", 1, "killed:1")], 2),
("k108", "2024-07-19",
 "On 19 July 2024, protesters stormed the Narsingdi district jail and freed 826 inmates; the dead numbered 4 by evening, two of them inmates shot by guards, a jail official said. Scores of others were injured.",
 [("numbered [4]", 1, "killed:4"), ("[two] of them", 1, "killed:2"), ("Scores", 1, "injured:>=40")], 4),
("k109", "2025-02-09",
 "On 9 February 2025, Awami League and BNP supporters clashed in Gazipur after the demolition of an Awami League leader's house; 1 fatality and 15 injuries were reported.",
 [("1 fatality", 1, "killed:1"), ("15 injuries", 1, "injured:15")], 1),
("k110", "2024-04-02",
 "On 2 April 2024, Kuki-Chin National Front gunmen robbed a Sonali Bank branch in Ruma (Bandarban) and abducted the branch manager; he was freed two days later.",
 [("the branch manager", 1, "abducted:1")], 0),
# ---------------- Ecuador: prisons and ports ----------------
("k111", "2021-09-29",
 "On 28 September 2021, a gang war inside the Litoral Penitentiary in Guayaquil left 119 inmates dead, several of them beheaded, according to the SNAI prison service; the toll was later revised to 118 after a double count was found.",
 [("119 inmates", 1, "killed:119"), ("revised to [118]", 1, "killed:118")], 118),
("k112", "2024-01-09",
 "On 9 January 2024, gunmen stormed the TC Television studios in Guayaquil during a live broadcast and held staff at gunpoint; police freed the staff and arrested 13 attackers. No one was killed, though a cameraman was shot in the leg.",
 [("a cameraman", 1, "injured:1")], 0),
("k113", "2023-04-02",
 "ESMERALDAS, Ecuador — About 30 armed men arrived by boat at the fishing port of Esmeraldas on Sunday and opened fire, killing nine fishermen, including two teenagers, and wounding three others,Police blamed the Tiguerones gang.",
 [("nine fishermen", 1, "killed:9"), ("two teenagers", 1, "killed:2"), ("three others", 1, "injured:3")], 9),
("k114", "2022-04-05",
 "GUAYAQUIL, Ecuador (AP) — The bodies of 5 inmates were found hanging in their cells at Turi prison in Cuenca on Monday, days after a riot in wich 20 prisoners died, the SNAI said.",
 [("5 inmates", 1, "killed:5"), ("20 prisoners", 1, "killed:20", "bg")], 5),
("k115", "2024-01-14",
 "On 14 January 2024, soldiers searched pavilion 8 of the Litoral prison and said they had recovered 90 knives, 3 rifles and 700 rounds; 41 guards held hostage by inmates were freed unharmed.",
 [("41 guards", 1, "abducted:41")], 0),
("k116", "2021-11-13",
 "On 13 November 2021, a fresh clash between factions of Los Choneros in the Litoral Penitentiary killed 68 inmates, among them six who were burned, and injured 25 others, according to the Guayas governor.",
 [("68 inmates", 1, "killed:68"), ("six", 1, "killed:6"), ("25 others", 1, "injured:25")], 68),
("k117", "2023-06-02",
 "PORTOVIEJO (El Universo) - The director of El Rodeo prison was shot dead by gunmen on a motorcycle as she left work on Friday; her driver was unhurt.",
 [("The director", 1, "killed:1")], 1),
("k118", "2026-03-24",
 "On 24 March 2026, rights groups said at least 400 prisoners had died violently in Ecuador's prisons since 2021 and urged an inquiry after an inmate in Machala was hospitalised with burns.",
 [("at least 400 prisoners", 1, "killed:>=400", "bg"), ("an inmate", 1, "injured:1")], 0),
("k119", "2025-03-06",
 "On 6 March 2025, gunmen attacked a house in the Socio Vivienda estate of Guayaquil in a dispute between Los Tiguerones and Los Choneros; police said the dead numbered 22 and that 3 more people were wounded. Two suspects aged 17 and 19 were later detained.",
 [("numbered [22]", 1, "killed:22"), ("3 more people", 1, "injured:3")], 22),
("k120", "2024-12-24",
 "On 24 December 2024, the burned bodies of four boys were found near the Taura air base (Guayas), two weeks after a military patrol detained them in Guayaquil's Las Malvinas; the boys, aged 11 to 15, had been reported missing.",
 [("four boys", 1, "killed:4")], 4),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:(?:>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")


def find(text, surface, occ):
    """Return (start, end) of the occ-th whole-word match of surface; brackets mark the span."""
    if "[" in surface:
        pre, rest = surface.split("[", 1)
        inner, post = rest.split("]", 1)
    else:
        pre, inner, post = "", surface, ""
    full = pre + inner + post
    pat = re.escape(full)
    if full[0].isalnum():
        pat = r"(?<!\w)" + pat
    if full[-1].isalnum():
        pat = pat + r"(?!\w)"
    hits = list(re.finditer(pat, text))
    if len(hits) < occ:
        raise SystemExit(f"not found: {surface!r} occurrence {occ}")
    s = hits[occ - 1].start() + len(pre)
    return s, s + len(inner)


def check_value(v):
    oc, _, cnt = v.partition(":")
    assert oc in OUTCOMES, v
    m = COUNT_RE.match(cnt)
    assert m, v
    if m.group(2):
        assert int(m.group(2)) < int(m.group(3)), v


def build():
    recs = []
    for iid, dct, text, specs, fat in ITEMS:
        assert "[" not in text and "]" not in text, iid
        spans, counted_killed = [], False
        for spec in specs:
            surface, occ, value = spec[:3]
            bg = len(spec) > 3 and spec[3] == "bg"
            s, e = find(text, surface, occ)
            spans.append({"start": s, "end": e, "label": "CASUALTY",
                          "text": text[s:e], "value": value})
            if value.startswith("killed:") and not bg:
                counted_killed = True
        spans.sort(key=lambda x: x["start"])
        recs.append(({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                      "spans": spans, "fatalities": fat}, counted_killed))
    return recs


def check(recs):
    ids = set()
    for r, counted in recs:
        iid = r["id"]
        assert iid not in ids, iid
        ids.add(iid)
        assert re.match(r"^k\d{3}$", iid), iid
        datetime.date.fromisoformat(r["dct"])
        t = r["text"]
        n = len([x for x in re.split(r"(?<=[.!?])\s+|\n", t.strip()) if x])
        assert 1 <= n <= 6, (iid, n)
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(t), (iid, sp)
            assert t[s:e] == sp["text"], (iid, sp)
            assert not t[s].isspace() and not t[e - 1].isspace(), (iid, sp)
            assert s >= prev_end, ("overlap", iid, sp)
            prev_end = e
            assert sp["label"] == "CASUALTY"
            check_value(sp["value"])
        f = r["fatalities"]
        assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, iid
        assert (f == 0) == (not counted), ("fatalities vs killed spans", iid, f)
    assert len(recs) == 120, len(recs)


def main():
    recs = build()
    check(recs)
    if "--review" in sys.argv:
        for r, _ in recs:
            t, out, pos = r["text"], [], 0
            for sp in r["spans"]:
                out.append(t[pos:sp["start"]])
                out.append("[" + t[sp["start"]:sp["end"]] + "|" + sp["value"] + "]")
                pos = sp["end"]
            out.append(t[pos:])
            print(f"{r['id']} {r['dct']} fatalities={r['fatalities']}")
            print("  " + "".join(out).replace("\n", "\n  "))
            print()
        return
    lines = [json.dumps(r, ensure_ascii=False) for r, _ in recs]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read from disk and check again
    again = []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            counted = False
            idx = {x[0]: x for x in ITEMS}
            for spec in idx[r["id"]][3]:
                if spec[2].startswith("killed:") and not (len(spec) > 3 and spec[3] == "bg"):
                    counted = True
            again.append((r, counted))
    check(again)
    assert [a[0] for a in again] == [r for r, _ in recs]
    print(f"wrote {OUT}: {len(again)} items, {sum(len(r['spans']) for r, _ in again)} spans")


if __name__ == "__main__":
    main()
