#!/usr/bin/env python3
"""Held-out set 16 (casualties): hand-written notes and hand-made decision lists.

Each item: (id, dct, text, spans, fatalities). A span is (surface, occurrence, value)
or (surface, occurrence, value, BG). The surface is matched case-sensitively as a whole
word (not inside a longer run of letters/digits); occurrence is 1-based. BG marks a
background figure (earlier/separate event, running or period total) that does not count
towards `fatalities`. `fatalities` is written by hand (lower end of a range, the written
number of a bound, lowest of conflicting reports).

Usage: python3 build.py            # build tolls-16.jsonl and check it
       python3 build.py --review   # print every item with its spans in brackets
"""
import json
import os
import re
import sys
from datetime import date

BG = "bg"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-16.jsonl")

ITEMS = [
# ---------------- Iraqi Kurdistan ----------------
("v001", "2021-08-14",
 "On 14 August 2021, a Turkish drone struck a vehicle near Sikeniye in Sinjar district (Ninewa), killing two members of the Sinjar Resistance Units (YBS) and the driver. Fatalities: 3.",
 [("two members", 1, "killed:2"), ("the driver", 1, "killed:1"), ("3", 1, "killed:3")], 3),
("v002", "2023-05-03",
 "On 3 May 2023, an Iranian drone fired three rockets at a house used by the Komala party in Zrgwez village, Sulaymaniyah governorate. The house was damaged; no casualties were reported.",
 [], 0),
("v003", "2018-09-26",
 "ERBIL, Iraq — Three Kurdish smugglers, known locally as kolbars, were wounded on Tuesday when Iranian border guards opened fire on them near Penjwen, a local health official said. One of them, a 17-year-old, was in critical condition.",
 [("Three Kurdish smugglers", 1, "injured:3"), ("One", 1, "injured:1")], 0),
("v004", "2017-12-09",
 "On 9 December 2017, Iranian border guards shot dead two kolbars in the mountains near Sardasht on the Iran–Iraq frontier; a third porter was wounded and died the next day in hospital in Penjwen. Fatalities: 3.",
 [("two kolbars", 1, "killed:2"), ("a third porter", 1, "killed:1"), ("3", 1, "killed:3")], 3),
("v005", "2020-06-22",
 "On 22 June 2020, Turkish F-16 jets bombed PKK positions in the Haftanin area of Duhok governorate as part of Operation Claw-Tiger. No casualties were reported. Local sources said at least 5 civilians had been killed in Turkish strikes in the region since the operation began on 17 June.",
 [("at least 5 civilians", 1, "killed:>=5", BG)], 0),
("v006", "2023-08-04",
 "SINJAR, Iraq, Aug 3 - Yazidi families gathered at the Kocho memorial on Thursday to mark nine years since Islamic State fighters killed hundreds of men from the village. Seventy-two mass graves have been found in the district, officials said.",
 [("hundreds of men", 1, "killed:>=200", BG)], 0),
("v007", "2016-02-11",
 "On 11 February 2016, suspected PKK militants abducted four employees of a Turkish construction firm working on a road near Amedi, Duhok. The firm said the men had been taken towards the Qandil mountains.",
 [("four employees", 1, "abducted:4")], 0),
("v008", "2022-08-17",
 "On 17 August 2022, a Turkish drone strike on a YBS checkpoint near Khanasor, Sinjar district, killed 4 YBS fighters, according to the Kurdistan Region's counter-terrorism service; YBS sources said 7 of its members died and 2 were wounded.",
 [("4 YBS fighters", 1, "killed:4"), ("7", 1, "killed:7"), ("2", 1, "injured:2")], 4),
("v009", "2019-07-11",
 "Duhok police: one person killed, 3 hurt as drone hits car in Bamarne\n\nA drone belived to be Turkish struck a car on the Bamarne-Sheladze road on Wedensday evening killing a man from Kani Masi and wounding three passers by . The dead man was a farmer, police said.",
 [("one person", 1, "killed:1"), ("3", 1, "injured:3"), ("a man", 1, "killed:1"), ("three passers by", 1, "injured:3")], 1),
("v010", "2024-03-05",
 "On 5 March 2024, the Turkish defence ministry said its forces had neutralised 12 PKK militants in air operations over the Metina and Zap regions of Duhok governorate. Local sources could not confirm the figure and reported damage to orchards only.",
 [("12 PKK militants", 1, "casualties:12")], 0),
# ---------------- Sri Lanka ----------------
("v011", "2019-04-22",
 "COLOMBO, April 22 - The death toll from Sunday's suicide bombings at three churches and three luxury hotels rose to 290 on Monday, police said, with about 500 people wounded. Among the dead were 31 foreigners.",
 [("290", 1, "killed:290"), ("about 500 people", 1, "injured:~500"), ("31 foreigners", 1, "killed:31")], 290),
("v012", "2019-04-21",
 "On 21 April 2019, a suicide bomber of National Thowheed Jamath (NTJ) blew himself up at St Sebastian's Church in Katuwapitiya, Negombo, during Easter mass. Hospital sources first put the toll at 114 worshippers, a figure later revised to 93. Over 100 were wounded.",
 [("114 worshippers", 1, "killed:114"), ("93", 1, "killed:93"), ("Over 100", 1, "injured:>100")], 93),
("v013", "2021-07-07",
 "On 7 July 2021, members of the 'Aava' gang armed with swords attacked a house in Kokuvil, Jaffna, hacking a 24-year-old youth and his mother; both were admitted to Jaffna Teaching Hospital. Police arrested 3 suspects the next day.",
 [("a 24-year-old youth", 1, "injured:1"), ("his mother", 1, "injured:1")], 0),
("v014", "2020-08-09",
 "Jaffna: Three injured in petrol bomb attack on Chunnakam shop\n\nA gang of about 10 youths on motorbikes hurled petrol bombs at a grocery in Chunnakam late on saturday , injuring the owner, his wife and an employee. The Police said the attack was linked to a land dispute.",
 [("Three", 1, "injured:3"), ("the owner", 1, "injured:1"), ("his wife", 1, "injured:1"), ("an employee", 1, "injured:1")], 0),
("v015", "2022-05-09",
 "On 9 May 2022, supporters of the ruling SLPP attacked anti-government protesters at the GotaGoGama camp on Galle Face Green, Colombo. In the unrest that followed, an SLPP MP and his bodyguard were killed at Nittambuwa and a protester was shot dead in Imaduwa. At least 219 people were hospitalised in Colombo. Fatalities: 3.",
 [("an SLPP MP", 1, "killed:1"), ("his bodyguard", 1, "killed:1"), ("a protester", 1, "killed:1"), ("At least 219 people", 1, "injured:>=219"), ("3", 1, "killed:3")], 3),
("v016", "2022-04-19",
 "On 19 April 2022, police opened fire on residents blocking the Colombo–Kandy road at Rambukkana in protest at fuel price hikes; one protester, a 42-year-old father of two, was killed and 24 others were injured, including 11 police officers.",
 [("one protester", 1, "killed:1"), ("24 others", 1, "injured:24"), ("11 police officers", 1, "injured:11")], 1),
("v017", "2022-06-18",
 "On 18 June 2022, a 63-year-old man waiting in a fuel queue in Panadura collapsed and died of a heart attack after two days in line, police said. Brawls in fuel queues were also reported at 4 filling stations in Western Province.",
 [], 0),
("v018", "2019-04-27",
 "BATTICALOA, Sri Lanka - Fifteen people, among them six children, died when suspects linked to the Easter bombings set off explosives during a security forces raid on a safehouse in Sainthamaruthu on Friday night, the military said. A civilian caught in crossfire outside the house was also killed.",
 [("Fifteen people", 1, "killed:15"), ("six children", 1, "killed:6"), ("A civilian", 1, "killed:1")], 16),
("v019", "2018-09-02",
 "On 2 September 2018, unidentified men in a white van abducted a Tamil journalist from outside his home in Kilinochchi; he was released the following day with minor injuries.",
 [("a Tamil journalist", 1, "abducted:1")], 0),
("v020", "2019-05-13",
 "On 13 May 2019, mobs attacked Muslim-owned shops and mosques in Minuwangoda and Kottampitiya; a Muslim carpenter was hacked to death at his workshop in Nattandiya, Puttalam district. A curfew was imposed in 5 police divisions.",
 [("a Muslim carpenter", 1, "killed:1")], 1),
# ---------------- Thailand-Cambodia border ----------------
("v021", "2025-07-25",
 "SURIN, Thailand, July 25 - Cambodian rocket fire killed at least 14 civilians, including an eight-year-old boy, in Thailand's Sisaket and Surin provinces on Thursday, Thai health officials said, and one Thai soldier also died. Phnom Penh said Thai F-16 strikes killed one Cambodian civilian in Oddar Meanchey.",
 [("at least 14 civilians", 1, "killed:>=14"), ("an eight-year-old boy", 1, "killed:1"), ("one Thai soldier", 1, "killed:1"), ("one Cambodian civilian", 1, "killed:1")], 16),
("v022", "2025-07-16",
 "On 16 July 2025, a Thai army patrol triggered a landmine near Chong Bok in Nam Yuen district, Ubon Ratchathani; three soldiers were wounded, one of whom lost a leg. Thailand accused Cambodia of laying new PMN-2 mines.",
 [("three soldiers", 1, "injured:3"), ("one", 1, "injured:1")], 0),
("v023", "2025-05-28",
 "On 28 May 2025, Thai and Cambodian troops exchanged fire for about 10 minutes in the disputed Chong Bok area on the Ubon Ratchathani–Preah Vihear border; 1 Cambodian soldier was killed. Each side accused the other of firing first.",
 [("1 Cambodian soldier", 1, "killed:1")], 1),
("v024", "2025-07-26",
 "On 26 July 2025, Thai and Cambodian forces fought along the border in Trat province. The Thai army said its artillery had killed dozens of Cambodian troops; Cambodia said 3 of its soldiers died. Since 24 July, at least 33 people have been killed on both sides.",
 [("dozens of Cambodian troops", 1, "killed:>=24"), ("3", 1, "killed:3"), ("at least 33 people", 1, "killed:>=33", BG)], 3),
("v025", "2016-03-15",
 "PREAH VIHEAR, Cambodia — A deminer from the Cambodian Mine Action Centre was seriously injured on Monday when an anti-tank mine exploded in a field near the border village of Choam Ksan, CMAC said. He was the third deminer hurt this year. Cambodia has recorded nearly 20,000 mine deaths since 1979.",
 [("A deminer", 1, "injured:1"), ("nearly 20,000 mine deaths", 1, "killed:~20000", BG)], 0),
("v026", "2025-12-08",
 "On 8 December 2025, renewed clashes broke out near Ta Muen Thom temple, Surin; the Thai army reported 1 soldier killed and 4 wounded, and Cambodia said 2 civilians were killed by Thai airstrikes in Banteay Ampil. More than 35,000 villagers were evacuated on the Thai side.",
 [("1 soldier", 1, "killed:1"), ("4", 1, "injured:4"), ("2 civilians", 1, "killed:2")], 3),
("v027", "2017-04-11",
 "SA KAEO, Thailand - A Cambodian migrant worker crossing illegally into Thailand lost both legs to a landmine in Khok Sung district on Tuesday morning. Two companions carried him to the road. Rangers said the area had been cleared in 2013 but heavy rains shift mines.",
 [("A Cambodian migrant worker", 1, "injured:1")], 0),
("v028", "2025-02-13",
 "On 13 February 2025, Cambodian soldiers and a group of about 25 civilians sang the national anthem at Ta Muen Thom temple, leading to a standoff with Thai rangers. No injuries were reported.",
 [], 0),
("v029", "2025-07-24",
 "On 24 July 2025, Cambodian BM-21 rockets hit a petrol station in Ban Phue, Kantharalak district, Sisaket, killing 6 people (four customers, an attendant and a child aged 8) and wounding at least 10. Fatalities: 6.",
 [("6 people", 1, "killed:6"), ("four customers", 1, "killed:4"), ("an attendant", 1, "killed:1"), ("a child", 1, "killed:1"), ("at least 10", 1, "injured:>=10"), ("6", 2, "killed:6")], 6),
("v030", "2025-08-02",
 "BURIRAM, Thailand, Aug 2 - A Thai soldier wounded in shelling near Phanom Dong Rak last week died of his injuries at a military hospital on Friday, bringing the army's toll from the July fighting to 15. Officials said 41 soldiers remain in hospital.",
 [("A Thai soldier", 1, "killed:1"), ("15", 1, "killed:15", BG), ("41 soldiers", 1, "injured:41", BG)], 1),
# ---------------- Guyana and Suriname ----------------
("v031", "2016-05-08",
 "Chop-up at Puruni backdam leaves one dead\n\nA 34-year-old porknocker was chopped to death early Sunday morning at a mining camp in the Puruni backdam, Region Seven, after an argument over gold with another miner. The suspect, a Brazilian, fled into the bush. Police said the victim had 7 chop wounds.",
 [("one", 1, "killed:1"), ("A 34-year-old porknocker", 1, "killed:1")], 1),
("v032", "2020-10-04",
 "On 4 October 2020, armed men raided a gold-mining camp near Benzdorp, Sipaliwini district (Suriname), close to the Lawa river border with French Guiana; two Brazilian garimpeiros were shot dead and a cook was wounded. Fatalities: 2.",
 [("two Brazilian garimpeiros", 1, "killed:2"), ("a cook", 1, "injured:1"), ("2", 1, "killed:2")], 2),
("v033", "2023-03-12",
 "On 12 March 2023, members of a Venezuelan 'sindicato' gang attacked a mining camp at Eteringbang on the Cuyuni river, Region Seven (Guyana), and abducted 3 miners, taking them across the river into Venezuela. The Guyana Defence Force said 2 of them were released on 14 March.",
 [("3 miners", 1, "abducted:3")], 0),
("v034", "2019-03-06",
 "ALBINA, Suriname — Police in Marowijne district said on Wednesday that the bodies of two boatmen had been found in the Marowijne river near Albina, days after they went missing on a run to Saint-Laurent-du-Maroni. Both had gunshot wounds. A third boatman is still missing.",
 [("two boatmen", 1, "killed:2"), ("A third boatman", 1, "missing:1")], 2),
("v035", "2018-06-23",
 "On 23 June 2018, gunmen killed the owner of a gold-buying shop at Bartica, his son and a security guard who had tried to intervene. Police detained 4 suspects. Fatalities: 3.",
 [("the owner", 1, "killed:1"), ("his son", 1, "killed:1"), ("a security guard", 1, "killed:1"), ("3", 1, "killed:3")], 3),
("v036", "2024-09-29",
 "On 29 September 2024, the Guyana Defence Force said a patrol had come under fire from a Venezuelan armed gang on the Cuyuni river near Eteringbang; three soldiers were wounded. GDF said an unknown number of the attackers were killed, wounded or captured.",
 [("three soldiers", 1, "injured:3")], 0),
("v037", "2021-10-16",
 "PARAMARIBO (local) – Two gold buyers was shot and robbed of 3 kilos of gold on the road to Brownsweg on friday night. One, a 41 year old from Brokopondo, died on the spot, the other is in critical condition at AZP hospital, police spokesman say.",
 [("Two gold buyers", 1, "casualties:2"), ("One", 1, "killed:1"), ("the other", 1, "injured:1")], 1),
("v038", "2019-01-15",
 "On 15 January 2019, unidentified persons set fire to 2 dredges and a camp store belonging to a Brazilian-owned mining company at Marudi Mountain, Region Nine (Guyana). No one was hurt.",
 [], 0),
("v039", "2016-08-08",
 "On 8 August 2016, Guyanese police found the remains of between 4 and 6 people in a shallow grave at a mining camp on Lindo Creek, Upper Berbice River; the victims are believed to be miners reported missing in June. Fatalities: 4.",
 [("between 4 and 6 people", 1, "killed:4-6"), ("4", 2, "killed:4")], 4),
("v040", "2022-01-22",
 "MABARUMA, Guyana - A minibus carrying miners overturned while fleeing gunmen on the Port Kaituma road on Saturday; the driver died and 9 or 10 passengers were injured, the Region One police commander said. Two men were later arrested.",
 [("the driver", 1, "killed:1"), ("9 or 10 passengers", 1, "injured:9-10")], 1),
# ---------------- Puerto Rico ----------------
("v041", "2021-05-16",
 "SAN JUAN, Puerto Rico - Four people were killed and two others wounded early Sunday when gunmen opened fire on a crowd outside a bar in the Lloréns Torres housing project, police said. It was the island's deadliest shooting in a year that has seen 220 killings so far.",
 [("Four people", 1, "killed:4"), ("two others", 1, "injured:2"), ("220 killings", 1, "killed:220", BG)], 4),
("v042", "2019-11-03",
 "On 3 November 2019, unidentified gunmen shot dead a man inside his car in the Dr. Pila housing project, Ponce; a woman passenger was wounded. Police recovered over 40 shell casings from an AK-47-type rifle.",
 [("a man", 1, "killed:1"), ("a woman passenger", 1, "injured:1")], 1),
("v043", "2018-02-13",
 "Massacre in Ponce -- 3 dead in burned SUV\n\nThree men were found dead with gunshot wounds inside a burned SUV on PR-2 near the Ponce bypass on tuesday morning, police said. The victims, aged 22, 25 and 31, have not been identified.",
 [("3", 1, "killed:3"), ("Three men", 1, "killed:3")], 3),
("v044", "2019-07-17",
 "On 17 July 2019, police fired tear gas and rubber bullets at protesters demanding Governor Ricardo Rosselló's resignation outside La Fortaleza, Old San Juan; police said fewer than 10 people were injured, including 2 journalists, while organisers counted at least 30 hurt. Police arrested 5 people.",
 [("fewer than 10 people", 1, "injured:<=9"), ("2 journalists", 1, "injured:2"), ("at least 30", 1, "injured:>=30")], 0),
("v045", "2022-02-09",
 "On 9 February 2022, a police agent was shot dead while responding to a domestic-violence call in Barrio Bucana, Ponce; the suspect, a 36-year-old man, was killed by other officers in the exchange of fire. Fatalities: 2.",
 [("a police agent", 1, "killed:1"), ("the suspect", 1, "killed:1"), ("2", 1, "killed:2")], 2),
("v046", "2026-01-18",
 "SAN JUAN, Puerto Rico - Police are searching for two men who shot and killed Luis Ortiz Ramos during a carjacking outside his bakery in Río Piedras late Saturday. Ortiz Ramos, 58, had run the bakery for 20 years.",
 [], 0),
("v047", "2023-12-24",
 "On 24 December 2023, gunmen opened fire at a Christmas party in the Lloréns Torres public housing complex, San Juan; police reported 2 dead and between 5 and 7 wounded. Local media said a third man died in hospital on 25 December.",
 [("2", 1, "killed:2"), ("between 5 and 7", 1, "injured:5-7"), ("a third man", 1, "killed:1")], 3),
("v048", "2017-05-06",
 "On 6 May 2017, the bodies of 2 young men with their hands tied were found in a wooded area of Barrio Tibes, Ponce; police linked the killings to a dispute over a drug point. Fatalities: 2.",
 [("2 young men", 1, "killed:2"), ("2", 2, "killed:2")], 2),
("v049", "2024-04-08",
 "Parque Central shooting: toll rises to two\n\nThe 19 year old student shot in the head during the tiroteo at the Parque Central basketball courts in San Juan on Friday died Monday at Centro Médico, police confirmed. A man was killed at the scene, and a 16-year-old girl remains hurt.",
 [("two", 1, "killed:2"), ("The 19 year old student", 1, "killed:1"), ("A man", 1, "killed:1"), ("a 16-year-old girl", 1, "injured:1")], 2),
("v050", "2016-03-02",
 "On 2 March 2016, the FBI and Puerto Rico police arrested 14 members of the 'La Rompe ONU' gang in raids in San Juan and Carolina; prosecutors said the gang was responsible for at least 20 murders since 2012.",
 [("at least 20 murders", 1, "killed:>=20", BG)], 0),
# ---------------- Germany and Austria ----------------
("v051", "2020-11-03",
 "VIENNA, Nov 3 - A gunman who sympathised with Islamic State killed four people and wounded 23 others in central Vienna on Monday evening before police shot the attacker dead, Austrian officials said. Among the wounded was a police officer.",
 [("four people", 1, "killed:4"), ("23 others", 1, "injured:23"), ("the attacker", 1, "killed:1"), ("a police officer", 1, "injured:1")], 5),
("v052", "2024-08-23",
 "On 23 August 2024, a man armed with a knife attacked visitors at a city festival in Solingen, North Rhine-Westphalia, killing 3 people and seriously injuring 8. The suspect, a 26-year-old Syrian, surrendered the following day; IS claimed the attack. Fatalities: 3.",
 [("3 people", 1, "killed:3"), ("8", 1, "injured:8"), ("3", 2, "killed:3")], 3),
("v053", "2024-12-20",
 "On 20 December 2024, a man drove a rented car into the crowd at the Christmas market in Magdeburg, Saxony-Anhalt, killing a nine-year-old boy and 5 women; more than 200 people were injured, some 40 of them seriously. The driver was arrested at the scene.",
 [("a nine-year-old boy", 1, "killed:1"), ("5 women", 1, "killed:5"), ("more than 200 people", 1, "injured:>200"), ("some 40", 1, "injured:~40")], 6),
("v054", "2020-02-20",
 "HANAU, Germany, Feb 20 - A gunman with far-right views shot dead nine people, all of them with migrant backgrounds, at two shisha bars in Hanau late on Wednesday and then killed his mother and himself at his home, prosecutors said. Five more people were wounded.",
 [("nine people", 1, "killed:9"), ("his mother", 1, "killed:1"), ("Five more people", 1, "injured:5")], 10),
("v055", "2025-02-15",
 "On 15 February 2025, a 23-year-old Syrian asylum seeker stabbed passers-by in the centre of Villach, Carinthia, killing a 14-year-old boy and wounding 5 others; a Syrian food-delivery driver drove his car at the attacker, helping police detain him. Fatalities: 1.",
 [("a 14-year-old boy", 1, "killed:1"), ("5 others", 1, "injured:5"), ("1", 1, "killed:1")], 1),
("v056", "2016-10-19",
 "On 19 October 2016, a 'Reichsbürger' opened fire on police special forces who came to seize his weapons at his house in Georgensgmünd, Bavaria; 4 officers were hit, one of whom died of his wounds the next day.",
 [("4 officers", 1, "casualties:4"), ("one", 1, "killed:1")], 1),
("v057", "2016-01-03",
 "On 3 January 2016, unknown persons threw a firebomb at a refugee shelter in Altena, North Rhine-Westphalia; all 7 residents escaped unhurt. Police suspect far-right extremists.",
 [], 0),
("v058", "2015-06-21",
 "GRAZ, Austria (June 21) — A man drove an SUV at high speed through crowds in the centre of Graz on Saturday, killing three people, including a four-year-old boy, and injuring 34, police said. Early reports had spoken of as many as 50 injured.",
 [("three people", 1, "killed:3"), ("a four-year-old boy", 1, "killed:1"), ("34", 1, "injured:34"), ("as many as 50", 1, "injured:<=50")], 3),
("v059", "2024-05-31",
 "On 31 May 2024, an Afghan man armed with a hunting knife attacked participants of an anti-Islam rally on the Marktplatz in Mannheim, Baden-Württemberg, wounding 5 people and a police officer who tried to intervene. Police shot and wounded the attacker.",
 [("5 people", 1, "injured:5"), ("a police officer", 1, "injured:1"), ("the attacker", 1, "injured:1")], 0),
("v060", "2019-10-10",
 "HALLE, Germany, Oct 10 - A heavily armed man tried to force his way into a synagogue in Halle during Yom Kippur on Wednesday and, when he failed, shot dead a woman passer-by and a man at a nearby kebab shop. Two people were seriously wounded as he fled. Police confirmed two deaths.",
 [("a woman passer-by", 1, "killed:1"), ("a man", 1, "killed:1"), ("Two people", 1, "injured:2"), ("two deaths", 1, "killed:2")], 2),
# ---------------- England and Scotland ----------------
("v061", "2017-06-04",
 "LONDON, June 4 - Three attackers drove a van into pedestrians on London Bridge and then stabbed people in nearby Borough Market late on Saturday, killing seven people and injuring 48, before armed police shot all three dead within eight minutes, police said.",
 [("seven people", 1, "killed:7"), ("48", 1, "injured:48"), ("all three", 1, "killed:3")], 10),
("v062", "2020-06-26",
 "On 26 June 2020, a man stabbed 6 people, among them a police officer, at the Park Inn hotel housing asylum seekers on West George Street, Glasgow; the attacker, a Sudanese asylum seeker, was shot dead by armed officers. Fatalities: 1.",
 [("6 people", 1, "injured:6"), ("a police officer", 1, "injured:1"), ("the attacker", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v063", "2023-03-16",
 "Teen, 16, dies after Croydon stabbing\n\nA sixteen year old boy has died after being stabbed near a bus stop on London Road, Croydon on thursday afternoon. Met Police said two other teenagers were treated for minor injurys. Three boys aged 15-17 have been arrested.",
 [("Teen", 1, "killed:1"), ("A sixteen year old boy", 1, "killed:1"), ("two other teenagers", 1, "injured:2")], 1),
("v064", "2017-05-22",
 "On 22 May 2017, a suicide bomber detonated an improvised device in the foyer of Manchester Arena at the end of a pop concert, killing 22 people, including 10 aged under 20; over 800 were injured, 112 of them hospitalised. IS claimed the attack. Fatalities: 22 (the bomber is not counted).",
 [("22 people", 1, "killed:22"), ("10", 1, "killed:10"), ("over 800", 1, "injured:>800"), ("112", 1, "injured:112"), ("22", 3, "killed:22")], 22),
("v065", "2022-10-11",
 "On 11 October 2022, a 40-year-old man was arrested in Dundee after allegedly threatening to attack a mosque in the city with a crossbow. Police noted that 3 people had died in knife crime in Dundee in 2021.",
 [("3 people", 1, "killed:3", BG)], 0),
("v066", "2020-06-21",
 "READING, England - A Libyan man stabbed three men to death in Forbury Gardens park in Reading on Saturday evening and wounded two other people, police said, declaring it a terrorist incident. The men were friends who had met for a drink.",
 [("three men", 1, "killed:3"), ("two other people", 1, "injured:2")], 3),
("v067", "2024-07-30",
 "On 30 July 2024, rioters attacked a mosque and police lines on St Luke's Road, Southport, Merseyside, a day after the knife attack that killed three girls at a dance class in the town; 53 police officers were injured and 27 of them were taken to hospital.",
 [("three girls", 1, "killed:3", BG), ("53 police officers", 1, "injured:53"), ("27", 1, "injured:27")], 0),
("v068", "2018-11-19",
 "EDINBURGH - A man in his 30s was found with serious injuries in a flat in the Niddrie area of Edinburgh early Monday and was pronounced dead at the scene, Police Scotland said. A 29-year-old has been charged. It was the third killing in the capital this month.",
 [("A man", 1, "killed:1")], 1),
("v069", "2021-08-12",
 "On 12 August 2021, a 22-year-old man shot dead his mother and 4 other people, including a 3-year-old girl and her father, in the Keyham area of Plymouth before turning the pump-action shotgun on himself. Two people were injured.",
 [("his mother", 1, "killed:1"), ("4 other people", 1, "killed:4"), ("a 3-year-old girl", 1, "killed:1"), ("her father", 1, "killed:1"), ("Two people", 1, "injured:2")], 5),
("v070", "2026-02-09",
 "LONDON - Police arrested a 19-year-old man on suspicion of murder after the fatal stabbing of Keyon Clarke in Tottenham on Sunday night. Clarke's family described him as a gifted footballer.",
 [], 0),
# ---------------- Italy ----------------
("v071", "2018-04-09",
 "On 9 April 2018, a local businessman was killed by a car bomb in Limbadi, Vibo Valentia province (Calabria); his father was seriously injured. Investigators linked the attack to a land dispute with a 'Ndrangheta clan. Fatalities: 1.",
 [("a local businessman", 1, "killed:1"), ("his father", 1, "injured:1"), ("1", 1, "killed:1")], 1),
("v072", "2024-06-09",
 "NAPLES, Italy - A 17-year-old pizza delivery boy was shot dead early on Sunday in the Secondigliano district of Naples, apparently caught in a feud between two Camorra clans, police said. He was the 6th bystander killed in the city since January.",
 [("A 17-year-old pizza delivery boy", 1, "killed:1")], 1),
("v073", "2015-04-18",
 "On 18 April 2015, a fishing boat carrying migrants capsized about 110 km south of Lampedusa in the Strait of Sicily; 28 survivors were rescued and 24 bodies recovered, while between 700 and 900 people were reported missing. Fatalities: 24.",
 [("24 bodies", 1, "killed:24"), ("between 700 and 900 people", 1, "missing:700-900"), ("24", 2, "killed:24")], 24),
("v074", "2023-02-26",
 "On 26 February 2023, a wooden boat carrying migrants from Turkey broke apart off Steccato di Cutro, Crotone (Calabria); by evening 59 bodies had been recovered, including 12 children, and 80 people had survived. Dozens were missing.",
 [("59 bodies", 1, "killed:59"), ("12 children", 1, "killed:12"), ("Dozens", 1, "missing:>=24")], 59),
("v075", "2026-03-15",
 "NAPLES (local) — Two youngsters were wounded by gunfire late on saturday in Piazza Bellini, in the historic centre, after a brawl between groups of teenagers from the Quartieri Spagnoli and Forcella. One was hit in the leg, the other in the abdomen; both are out of danger. Police seized a .38 revolver.",
 [("Two youngsters", 1, "injured:2"), ("One", 1, "injured:1"), ("the other", 1, "injured:1")], 0),
("v076", "2019-11-13",
 "On 13 November 2019, Carabinieri found the charred remains of two men in a burned-out car near Rosarno, Reggio Calabria; they had been reported missing a week earlier. Investigators said the killing of two farm labourers from Mali may be linked to the gangmaster system.",
 [("two men", 1, "killed:2"), ("two farm labourers", 1, "killed:2")], 2),
("v077", "2021-08-06",
 "On 6 August 2021, the Italian coast guard recovered 7 bodies from a dinghy that had reached Lampedusa from Libya; Sea-Watch said survivors reported that as many as 12 people had died during the crossing.",
 [("7 bodies", 1, "killed:7"), ("as many as 12 people", 1, "killed:<=12")], 7),
("v078", "2017-10-10",
 "REGGIO CALABRIA, Italy — A trial opened on Tuesday against 32 alleged members of the Piromalli clan accused of extortion and drug trafficking. Prosecutors said the clan's feud with a rival family in the 1990s left more than 40 dead.",
 [("more than 40", 1, "killed:>40", BG)], 0),
("v079", "2025-09-05",
 "On 5 September 2025, gunmen on a scooter killed two men linked to the Mazzarella clan and wounded a woman passer-by in Via Duomo, Naples. Police found 14 shell casings at the scene.",
 [("two men", 1, "killed:2"), ("a woman passer-by", 1, "injured:1")], 2),
("v080", "2017-10-22",
 "On 22 October 2017, the Italian navy rescued 587 migrants from 5 rubber boats in the central Mediterranean; 3 migrants suffering from fuel burns were airlifted to Malta. No deaths were reported.",
 [("3 migrants", 1, "injured:3")], 0),
# ---------------- Greece and Cyprus ----------------
("v081", "2023-06-14",
 "On 14 June 2023, an overcrowded fishing trawler carrying migrants from Libya capsized about 47 nautical miles off Pylos, Messinia (Greece); 104 people were rescued and 82 bodies were recovered. Hundreds are missing, many of them women and children who had been kept in the hold.",
 [("82 bodies", 1, "killed:82"), ("Hundreds", 1, "missing:>=200")], 82),
("v082", "2021-12-07",
 "ATHENS, Dec 7 - Riot police fired tear gas at youths hurling petrol bombs in the Exarchia district late on Monday, the anniversary of a teenager's fatal shooting by police in 2008. Eleven officers were hurt and 34 people were detained, police said, while scores of protesters were treated for tear gas inhalation.",
 [("a teenager", 1, "killed:1", BG), ("Eleven officers", 1, "injured:11"), ("scores of protesters", 1, "injured:>=40")], 0),
("v083", "2020-03-02",
 "On 2 March 2020, Greek border forces fired tear gas at migrants trying to cross the Evros river near Kastanies; a Syrian man was shot and killed, according to Turkish officials, while Greek authorities denied using live fire. 5 more migrants were treated for injuries on the Turkish side.",
 [("a Syrian man", 1, "killed:1"), ("5 more migrants", 1, "injured:5")], 1),
("v084", "2023-08-27",
 "On 27 August 2023, anti-migrant protesters attacked Syrian-owned shops and cars in Chlorakas, Paphos district (Cyprus), and police arrested 5 people. No injuries were reported, but 3 shops were burned.",
 [], 0),
("v085", "2023-09-02",
 "LIMASSOL, Cyprus — A march against migrants in Limassol turned violent on Friday night as groups of hooded men smashed shop windows; at least 4 foreigners were beaten and 2 police officers were hurt by stones. Thirteen people were arrested.",
 [("at least 4 foreigners", 1, "injured:>=4"), ("2 police officers", 1, "injured:2")], 0),
("v086", "2015-10-28",
 "On 28 October 2015, a wooden boat carrying migrants from Turkey sank off Molyvos, Lesbos; the Hellenic Coast Guard rescued 242 people and recovered the bodies of 3 children and a man, so the dead numbered 4. About 30 people were missing.",
 [("3 children", 1, "killed:3"), ("a man", 1, "killed:1"), ("4", 1, "killed:4"), ("About 30 people", 1, "missing:~30")], 4),
("v087", "2026-01-26",
 "Chania, Crete - Four migrant's found dead in boat south of Gavdos\n\nThe bodies of four men, believed to be from Egypt and Sudan, were found in a fibreglass boat drifting 30 nautical miles south of Gavdos on monday , the coastguard said. Another 52 were rescued by a passing tanker.",
 [("Four migrant's", 1, "killed:4"), ("four men", 1, "killed:4")], 4),
("v088", "2023-08-22",
 "On 22 August 2023, firefighters found the charred bodies of 18 people, believed to be migrants who had crossed from Turkey, near a shack in the Dadia forest, Evros, as wildfires swept the region. Two of them were children. Fatalities: 18.",
 [("18 people", 1, "killed:18"), ("Two", 1, "killed:2"), ("18", 2, "killed:18")], 18),
("v089", "2023-08-18",
 "On 18 August 2023, Turkish Cypriot police and workers clashed with UN peacekeepers over road works in the buffer zone near Pyla; 3 UNFICYP peacekeepers were lightly injured and 2 UN vehicles were damaged.",
 [("3 UNFICYP peacekeepers", 1, "injured:3")], 0),
("v090", "2022-12-06",
 "THESSALONIKI, Greece - Roma residents blocked roads and burned tyres on Tuesday in protest at the police shooting of a 16-year-old boy, who was critically wounded during a car chase over an unpaid 20-euro fuel bill. Three officers were injured by stones.",
 [("a 16-year-old boy", 1, "injured:1"), ("Three officers", 1, "injured:3")], 0),
# ---------------- Syria's coast ----------------
("v091", "2025-03-07",
 "On 7 March 2025, armed groups affiliated with the General Security forces stormed Alawite neighbourhoods of Jableh, Latakia, killing at least 30 civilians, among them 4 women. SOHR put the toll at 52. Fatalities: 30.",
 [("at least 30 civilians", 1, "killed:>=30"), ("4 women", 1, "killed:4"), ("52", 1, "killed:52"), ("30", 2, "killed:30")], 30),
("v092", "2025-03-09",
 "TARTUS, Syria, March 9 - Gunmen killed the imam of a village mosque and his two sons in Al-Qadmus, in the Tartus countryside, on Saturday, residents said, as a wave of sectarian killings on the coast entered its third day. A war monitor said more than 1,000 people, most of them Alawite civilians, had been killed on the coast since Thursday.",
 [("the imam", 1, "killed:1"), ("two sons", 1, "killed:2"), ("more than 1,000 people", 1, "killed:>1000", BG)], 3),
("v093", "2025-03-08",
 "On 8 March 2025, unidentified gunmen executed 12 men of the same family in the Al-Qusour neighbourhood of Baniyas, Tartus; local sources said the bodies lay in the street for two days. Fatalities: 12.",
 [("12 men", 1, "killed:12"), ("12", 2, "killed:12")], 12),
("v094", "2025-03-06",
 "On 6 March 2025, gunmen loyal to the former regime ambushed a General Security patrol near Beit Ana in the Jableh countryside (Latakia), killing 13 personnel; the Ministry of Defence said its forces later neutralized dozens of the attackers.",
 [("13 personnel", 1, "killed:13"), ("dozens", 1, "casualties:>=24")], 13),
("v095", "2025-03-11",
 "LATAKIA -- Families in the Daatour district say 7 young men taken from a checkpoint by armed men on March 10 are still missing!! A relative said two of the men were students at Tishreen University.",
 [("7 young men", 1, "missing:7")], 0),
("v096", "2016-05-23",
 "On 23 May 2016, two IS suicide bombers and a car bomb struck the Karnak bus station in Tartus, killing at least 48 people. Coordinated blasts in Jableh the same morning, coded as a separate event, killed more than 100.",
 [("at least 48 people", 1, "killed:>=48"), ("more than 100", 1, "killed:>100", BG)], 48),
("v097", "2018-01-06",
 "On 6 January 2018, armed drones launched by opposition groups attacked the Russian Hmeimim air base in Latakia and the naval facility in Tartus; Russia said it downed 7 of the 13 drones. No casualties were reported.",
 [], 0),
("v098", "2025-03-12",
 "JABLEH, Syria (March 12) — Residents of Al-Mukhtariyah village buried 31 people in a mass grave on Tuesday, days after gunmen went from house to house shooting men. Survivors said the dead included a pharmacist and two of his brothers.",
 [("31 people", 1, "killed:31"), ("a pharmacist", 1, "killed:1"), ("two", 1, "killed:2")], 31),
("v099", "2025-06-24",
 "On 24 June 2025, General Security forces arrested 9 men in Baniyas accused of involvement in the killing of Alawite civilians in March; the Ministry of Interior said one of them was a former army colonel.",
 [], 0),
("v100", "2025-04-19",
 "On 19 April 2025, unidentified gunmen kidnapped a doctor from his clinic in Qardaha, Latakia; he was released 3 days later after a ransom of 20,000 USD was paid. In a separate incident in Qardaha, a grenade thrown at a shop wounded 2 children.",
 [("a doctor", 1, "abducted:1"), ("2 children", 1, "injured:2")], 0),
# ---------------- Libya's south ----------------
("v101", "2019-08-04",
 "On 4 August 2019, an airstrike by LNA-aligned aircraft on a gathering in Murzuq town (Fezzan) killed at least 42 people, according to the municipal council, and wounded more than 60. The LNA said it had targeted Chadian opposition fighters.",
 [("at least 42 people", 1, "killed:>=42"), ("more than 60", 1, "injured:>60")], 42),
("v102", "2015-07-15",
 "KUFRA, Libya — Two nurses were killed on Wednesday when a shell hit Kufra's main hospital, a health official said, as clashes between Tebu and Zuwaya fighters entered a fourth day. At least 11 people have been killed since Sunday. The fighting flared after the killing of a Zuwaya trader near the market.",
 [("Two nurses", 1, "killed:2"), ("At least 11 people", 1, "killed:>=11", BG), ("a Zuwaya trader", 1, "killed:1", BG)], 2),
("v103", "2018-02-20",
 "On 20 February 2018, clashes between the 6th Brigade, dominated by the Awlad Suleiman tribe, and Tebu fighters around the castle in Sebha (Fezzan) killed 3 fighters and a civilian woman. Fatalities: 4.",
 [("3 fighters", 1, "killed:3"), ("a civilian woman", 1, "killed:1"), ("4", 1, "killed:4")], 4),
("v104", "2021-06-11",
 "On 11 June 2021, a Libyan Red Crescent team found the bodies of 14 migrants, believed to be Chadians and Nigeriens, in the desert south of Qatrun near the border with Niger; they are thought to have died of thirst after smugglers abandoned them. Fatalities: 14.",
 [("14 migrants", 1, "killed:14"), ("14", 2, "killed:14")], 14),
("v105", "2018-11-03",
 "SEBHA, Libya (local) - Gunmen seized 4 foreign engineers, 3 Turks and a South African, at a power plant construction site near Ubari on Saturday, the Municipal council said. No ransom demand has been made.",
 [("4 foreign engineers", 1, "abducted:4"), ("3 Turks", 1, "abducted:3"), ("a South African", 1, "abducted:1")], 0),
("v106", "2019-02-01",
 "On 1 February 2019, LNA forces clashed with Chadian rebels of the Union of Resistance Forces near Umm al-Aranib, Fezzan. The LNA claimed to have killed between 40 and 50 rebels; a local source reported 6 dead on both sides.",
 [("between 40 and 50 rebels", 1, "killed:40-50"), ("6", 1, "killed:6")], 6),
("v107", "2022-05-15",
 "On 15 May 2022, unidentified gunmen attacked a fuel depot in Ubari and set 5 tanker trucks on fire; 2 guards were wounded.",
 [("2 guards", 1, "injured:2")], 0),
("v108", "2020-06-15",
 "Qatrun: Tariq bin Ziyad brigade says smuggling gang 'killed, wounded or captured'\n\nThe LNA's Tariq bin Ziyad brigade said on its page that all members of a smuggling gang were killed, wounded or captured after a two-hour gunfight near Tajerhi ; it posted photos of 9 detained men and 3 seized pickup trucks.",
 [], 0),
("v109", "2017-07-07",
 "On 7 July 2017, Tebu and Awlad Suleiman gunmen exchanged fire in the Al-Manshiya neighbourhood of Sebha; an estimated 8 people were wounded, and a boy hit in the head died in hospital two days later.",
 [("an estimated 8 people", 1, "injured:~8"), ("a boy", 1, "killed:1")], 1),
("v110", "2024-10-14",
 "KUFRA, Libya - Three Eritrean migrants died of ill-treatment on Sunday in an unofficial detention centre run by smugglers on the outskirts of Kufra, according to survivors interviewed by an aid group. The group said it had spoken to 26 survivors in the town.",
 [("Three Eritrean migrants", 1, "killed:3")], 3),
# ---------------- Burkina Faso - Benin - Togo border ----------------
("v111", "2025-04-17",
 "On 17 April 2025, JNIM militants attacked two Beninese army positions in Park W near the tri-border point with Burkina Faso and Niger (Alibori department); the army said 54 soldiers were killed. JNIM claimed to have killed 70.",
 [("54 soldiers", 1, "killed:54"), ("70", 1, "killed:70")], 54),
("v112", "2022-05-11",
 "LOMÉ, Togo — Togo's government said on Wednesday that eight soldiers were killed and 13 others wounded when jihadists attacked an army post at Kpinkankandi in the Savanes region, near the border with Burkina Faso, before dawn. It was the first deadly attack on Togolese soil.",
 [("eight soldiers", 1, "killed:8"), ("13 others", 1, "injured:13")], 8),
("v113", "2022-05-14",
 "On 14 May 2022, militants attacked a gendarmerie post at Madjoari, Kompienga province (Burkina Faso), near the Benin border, killing 11 gendarmes. The army said air support neutralised about 20 assailants. Fatalities: 11.",
 [("11 gendarmes", 1, "killed:11"), ("about 20 assailants", 1, "casualties:~20"), ("11", 2, "killed:11")], 11),
("v114", "2023-01-27",
 "On 27 January 2023, suspected JNIM members abducted the village chief of Koudjoukada and two herders near Tanguiéta, Atacora department (Benin), and burned the village school.",
 [("the village chief", 1, "abducted:1"), ("two herders", 1, "abducted:2")], 0),
("v115", "2021-02-07",
 "FADA N'GOURMA, Burkina Faso : Gunmen on motorbikes killed five koglweogo members and a catechist at a market in the East region on Sunday, witnesses said. The toll could be higher as some wounded fled into the bush.",
 [("five koglweogo members", 1, "killed:5"), ("a catechist", 1, "killed:1")], 6),
("v116", "2021-12-02",
 "On 2 December 2021, militants attacked a Beninese army post at Porga, Atacora, near the Burkina Faso border; 2 soldiers were killed and 1 was wounded. One assailant was also killed, the army said.",
 [("2 soldiers", 1, "killed:2"), ("1", 1, "injured:1"), ("One assailant", 1, "killed:1")], 3),
("v117", "2024-03-10",
 "On 10 March 2024, JNIM fighters entered Kompienga village and handed out leaflets ordering residents to stop cooperating with the VDP, threatening to kill anyone who disobeyed. The group had killed 8 VDP members in the area in January.",
 [("8 VDP members", 1, "killed:8", BG)], 0),
("v118", "2019-01-17",
 "OUAGADOUGOU, Burkina Faso - Dozens of civilians were killed when gunmen attacked the village of Kompienbiga near Pama on Thursday, a regional official said, while a government statement put the toll at 17. Several houses and granaries were burned.",
 [("Dozens of civilians", 1, "killed:>=24"), ("17", 1, "killed:17")], 17),
("v119", "2023-07-17",
 "On 17 July 2023, Togolese troops repelled an attack on an army post at Koundjoaré, Savanes region; the army said 2 soldiers were lightly wounded and an unspecified number of assailants were killed, wounded or captured.",
 [("2 soldiers", 1, "injured:2")], 0),
("v120", "2023-09-12",
 "On 12 September 2023, a supply convoy escorted by the army struck an IED on the Fada N'Gourma–Pama road near the Benin border; the driver of the lead truck died and 4 soldiers were wounded. Militants then fired on the convoy for about an hour. 1 fatality.",
 [("the driver", 1, "killed:1"), ("4 soldiers", 1, "injured:4"), ("1 fatality", 1, "killed:1")], 1),
]

OUTCOMES = ("killed", "injured", "missing", "casualties", "abducted")
COUNT_RE = re.compile(r"^(?:\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def valid_value(v):
    if ":" not in v:
        return False
    outcome, count = v.split(":", 1)
    if outcome not in OUTCOMES:
        return False
    m = COUNT_RE.match(count)
    if not m:
        return False
    if m.group(1) is not None and not int(m.group(1)) < int(m.group(2)):
        return False
    return True


def locate(text, surface, occ):
    pat = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise SystemExit(f"surface {surface!r} occurrence {occ} not found ({len(hits)} hits)")
    s = hits[occ - 1]
    return s, s + len(surface)


def build():
    records = []
    for item in ITEMS:
        iid, dct, text, spans, fat = item
        out = []
        for sp in spans:
            surface, occ, value = sp[:3]
            s, e = locate(text, surface, occ)
            out.append({"start": s, "end": e, "label": "CASUALTY",
                        "text": text[s:e], "value": value})
        out.sort(key=lambda x: x["start"])
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": out, "fatalities": fat})
    return records


def counted_killed(item):
    return [sp for sp in item[3] if sp[2].startswith("killed:") and not (len(sp) > 3 and sp[3] == BG)]


def check(records, tag):
    errs = []
    ids = set()
    bykey = {it[0]: it for it in ITEMS}
    for r in records:
        iid = r["id"]
        if iid in ids:
            errs.append(f"{iid}: duplicate id")
        ids.add(iid)
        if not re.fullmatch(r"v\d{3}", iid):
            errs.append(f"{iid}: bad id")
        try:
            date.fromisoformat(r["dct"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"]):
                raise ValueError
        except ValueError:
            errs.append(f"{iid}: bad dct {r['dct']}")
        if not 2015 <= int(r["dct"][:4]) <= 2026:
            errs.append(f"{iid}: dct year out of range")
        text = r["text"]
        nsent = len(re.findall(r"[.!?](?:\s|$)", text))
        if not 1 <= nsent <= 6:
            errs.append(f"{iid}: {nsent} sentence ends")
        if r["layers"] != ["casualties"]:
            errs.append(f"{iid}: layers")
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{iid}: bad offsets {s},{e}")
                continue
            if text[s:e] != sp["text"]:
                errs.append(f"{iid}: slice mismatch {sp}")
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(f"{iid}: span on whitespace {sp}")
            if s < prev_end:
                errs.append(f"{iid}: overlap at {s}")
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append(f"{iid}: label {sp['label']}")
            if not valid_value(sp["value"]):
                errs.append(f"{iid}: bad value {sp['value']}")
        fat = r["fatalities"]
        if not (isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0):
            errs.append(f"{iid}: fatalities not a whole number >= 0")
        elif (fat == 0) != (len(counted_killed(bykey[iid])) == 0):
            errs.append(f"{iid}: fatalities {fat} disagrees with counted killed spans")
    if len(records) != 120:
        errs.append(f"{len(records)} items, expected 120")
    if errs:
        for e in errs:
            print(f"[{tag}] {e}", file=sys.stderr)
        raise SystemExit(1)


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def review(records):
    bykey = {it[0]: it for it in ITEMS}
    for r in records:
        text = r["text"]
        bg = {(sp[0], sp[1]) for sp in bykey[r["id"]][3] if len(sp) > 3}
        out, pos = [], 0
        for sp in r["spans"]:
            out.append(text[pos:sp["start"]])
            out.append("[" + text[sp["start"]:sp["end"]] + "]{" + sp["value"] + "}")
            pos = sp["end"]
        out.append(text[pos:])
        print(f"== {r['id']}  dct {r['dct']}  fatalities {r['fatalities']}")
        print("".join(out))
        if bg:
            print("   background (not in toll):", ", ".join(s for s, _ in sorted(bg)))
        print()


def stats(records):
    from collections import Counter
    oc, cc = Counter(), Counter()
    for r in records:
        for sp in r["spans"]:
            o, c = sp["value"].split(":")
            oc[o] += 1
            kind = ("N-M" if "-" in c else ">=N" if c.startswith(">=") else ">N" if c.startswith(">")
                    else "<=N" if c.startswith("<=") else "~N" if c.startswith("~") else "N")
            cc[kind] += 1
    zero = sum(1 for r in records if r["fatalities"] == 0)
    nospan = sum(1 for r in records if not r["spans"])
    nbg = sum(1 for it in ITEMS for sp in it[3] if len(sp) > 3)
    print(f"items {len(records)}, spans {sum(oc.values())}, toll-0 items {zero}, items without spans {nospan}, background spans {nbg}")
    print("by outcome:", dict(oc.most_common()))
    print("by count form:", dict(cc.most_common()))


def main():
    records = build()
    check(records, "built")
    data = dump(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        raw = f.read()
    reread = [json.loads(line) for line in raw.splitlines()]
    check(reread, "re-read")
    assert dump(reread) == data == dump(build()), "output not deterministic / round trip differs"
    if "--review" in sys.argv:
        review(reread)
    stats(reread)


if __name__ == "__main__":
    main()
