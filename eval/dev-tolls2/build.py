#!/usr/bin/env python3
"""Build tolls-dev2.jsonl from hand-written decision lists.

Each item: (id, dct, text, spans, fatalities).
Each span: (surface, occurrence, value[, role]).
  occurrence: 1-based index among case-sensitive whole-word matches of surface.
  role (only matters for `killed` spans; default "+"):
    "+"  counts toward the toll (its stated number is added);
    "s"  subset / breakdown / repeat of a counted figure (not added again);
    "c"  a conflicting, higher report of a toll that is counted lower elsewhere;
    "r"  an earlier toll superseded by a later, higher one in the same text;
    "b"  background: deaths in another, earlier event (not this report's toll).
The check: fatalities == sum of the stated numbers of the "+" killed spans
(N for N, >=N, >N, ~N, <=N; the low end N for N-M), and 0 exactly when no
"+" killed span exists.

  python3 build.py            write and check tolls-dev2.jsonl
  python3 build.py --review   print every item with its spans in [brackets]
"""
import json
import os
import re
import sys

# ---- decision lists (hand-written labels) ----
ITEMS = [
("t001", "2019-03-15",
 "On 14 March 2019, suspected Boko Haram militants attacked Kwada village in Chibok LGA (Borno), killing 3 civilians and abducting 2 girls. Fatalities: 3.",
 [("3 civilians", 1, "killed:3"), ("2 girls", 1, "abducted:2"), ("3", 2, "killed:3", "s")], 3),
("t002", "2018-07-03",
 "On 2 July 2018, unidentified gunmen shot dead a trader in Orangi Town, Karachi. Police said the motive was personal enmity. Fatalities: 1.",
 [("a trader", 1, "killed:1"), ("1", 1, "killed:1", "s")], 1),
("t003", "2021-11-09",
 "On 8 November 2021, a CRPF jawan of 181 Battalion was killed and 2 others injured when Maoists triggered an IED near Tarrem, Bijapur district (Chhattisgarh). 1 fatality.",
 [("a CRPF jawan", 1, "killed:1"), ("2 others", 1, "injured:2"), ("1 fatality", 1, "killed:1", "s")], 1),
("t004", "2012-05-21",
 "A policeman was stabbed to death by a mob in Faisalabad on Sunday after he tried to stop a fight over a water channel, police said.",
 [("A policeman", 1, "killed:1")], 1),
("t005", "2020-01-18",
 "On 17 January 2020, the body of a farmer was found with gunshot wounds near Yelwata, Guma LGA (Benue). Residents blamed armed herders for the killing. Fatalities: 1.",
 [("a farmer", 1, "killed:1"), ("1", 1, "killed:1", "s")], 1),
("t006", "2013-09-12",
 "Militants attacked a checkpost in Khyber Agency late on Wednesday, leaving a Levies guard dead and two others wounded, officials said on Thursday.",
 [("a Levies guard", 1, "killed:1"), ("two others", 1, "injured:2")], 1),
("t007", "2022-06-05",
 "On 4 June 2022, al-Shabaab militants ambushed a Somali National Army convoy near Mahaday (Middle Shabelle). The SNA said 2 soldiers were killed, while al-Shabaab claimed to have killed 17. Fatalities: 2.",
 [("2 soldiers", 1, "killed:2"), ("17", 1, "killed:17", "c"), ("2", 2, "killed:2", "s")], 2),
("t008", "2017-04-22",
 "On 21 April 2017, Maoists shot dead two villagers in Etapalli taluka, Gadchiroli district (Maharashtra), accusing them of being police informers. Fatalities: 2",
 [("two villagers", 1, "killed:2"), ("2", 1, "killed:2", "s")], 2),
("t009", "2019-08-02",
 "On 1 August 2019, around 300 residents of Sopore (Baramulla, Jammu & Kashmir) held a protest over the killing of a youth by security forces last week. No injuries were reported.",
 [("a youth", 1, "killed:1", "b")], 0),
("t010", "2023-02-14",
 "On 13 February 2023, unknown armed men set fire to 14 houses in Djugu territory (Ituri). No casualties were reported.",
 [], 0),
("t011", "2011-06-30",
 "KIRKUK, Iraq, June 29 (Reuters) - A car bomb exploded near a police station in southern Kirkuk on Wednesday, killing at least 10 people and wounding 32, police and hospital sources said. Three police officers were among the dead.",
 [("at least 10 people", 1, "killed:>=10"), ("32", 1, "injured:32"), ("Three police officers", 1, "killed:3", "s")], 10),
("t012", "2024-03-10",
 "On 9 March 2024, members of the 5 Segonn gang attacked the police station in Mirebalais (Centre), killing 3 police officers and a civilian. Fatalities: 4.",
 [("3 police officers", 1, "killed:3"), ("a civilian", 1, "killed:1"), ("4", 1, "killed:4", "s")], 4),
("t013", "2018-10-27",
 "On 26 October 2018, a soldier of 5 Rajputana Rifles was killed in a cross-border exchange of fire along the LoC in the Krishna Ghati sector (Poonch). Fatalities: 1",
 [("a soldier", 1, "killed:1"), ("1", 1, "killed:1", "s")], 1),
("t014", "2013-12-30",
 "On 29 December 2013, a roadside bomb struck a vehicle in Nad Ali district of Helmand, leaving the driver dead and 3 passengers injured. Fatalities: 1.",
 [("the driver", 1, "killed:1"), ("3 passengers", 1, "injured:3"), ("1", 1, "killed:1", "s")], 1),
("t015", "2020-09-20",
 "On 19 September 2020, armed youth from Pibor raided cattle camps near Likuangole (Jonglei), killing 12 herders and making off with about 2,000 head of cattle. Local officials said 7 women and children were abducted.",
 [("12 herders", 1, "killed:12"), ("7 women and children", 1, "abducted:7")], 12),
("t016", "2012-03-08",
 "Six policemen and a suspected gunman were killed on Wednesday when militants stormed a police post in Bannu's Domel area, officials said. Four other policemen were hurt.",
 [("Six policemen", 1, "killed:6"), ("a suspected gunman", 1, "killed:1"), ("Four other policemen", 1, "injured:4")], 7),
("t017", "2021-05-11",
 "On 10 May 2021, FAES officers killed 4 men in an operation in Petare (Miranda). Relatives said the men were unarmed; police said they belonged to a local gang. Fatalities: 4.",
 [("4 men", 1, "killed:4"), ("4", 2, "killed:4", "s")], 4),
("t018", "2019-01-25",
 "On 24 January 2019, Imbonerakure members beat 2 CNL activists in Mugamba commune (Bururi), one of whom died on the way to hospital.",
 [("2 CNL activists", 1, "injured:2"), ("one", 1, "killed:1")], 1),
("t019", "2014-05-06",
 "MAIDUGURI, Nigeria (AP) — Suspected Islamic extremists killed scores of villagers in an overnight raid on a border market town in Borno state, a local official said Tuesday. Dozens more were missing after the attackers burned homes and shops.",
 [("scores of villagers", 1, "killed:>=40"), ("Dozens more", 1, "missing:>=24")], 40),
("t020", "2022-08-16",
 "On 15 August 2022, IS militants attacked a PMF checkpoint near Tarmiyah (Salah al-Din). Security sources said the dead numbered 4, all PMF fighters; 3 others were wounded.",
 [("4", 1, "killed:4"), ("3 others", 1, "injured:3")], 4),
("t021", "2018-02-04",
 "On 3 February 2018, NSCN (K) cadres served a letter on the village council of Longwa (Mon, Nagaland), threatening to kill the headman if 'taxes' were not paid.",
 [], 0),
("t022", "2023-06-13",
 "On 12 June 2023, Assam Police arrested 5 suspected ULFA (I) cadres and recovered 2 pistols in Tinsukia district.",
 [], 0),
("t023", "2019-10-06",
 "On 5 October 2019, militants hurled a grenade at a CRPF party near the bus stand in Anantnag town. 11 civilians and 2 CRPF personnel were injured.",
 [("11 civilians", 1, "injured:11"), ("2 CRPF personnel", 1, "injured:2")], 0),
("t024", "2012-07-23",
 "On 22 July 2012, Taliban fighters attacked a police checkpoint in Andar district (Ghazni); the police reported casualties on both sides but gave no figures.",
 [], 0),
("t025", "2021-07-14",
 "On 13 July 2021, hundreds of people gathered in Srinagar to mark Martyrs' Day, commemorating 22 people killed by Dogra troops in 1931. The rally passed off peacefully.",
 [("22 people", 1, "killed:22", "b")], 0),
("t026", "2014-04-23",
 "Unidentified gunmen on motorbikes shot dead a polio vaccinator and a police constable escorting her in Orangi Town on Tuesday, the second attack on the campaign this week.",
 [("a polio vaccinator", 1, "killed:1"), ("a police constable", 1, "killed:1")], 2),
("t027", "2024-01-08",
 "On 7 January 2024, hundreds of residents of Bukuru (Jos South, Plateau) marched to the governor's office to protest the murder of five Christians at a farm on 30 December. Police fired tear gas to disperse them; no one was hurt.",
 [("five Christians", 1, "killed:5", "b")], 0),
("t028", "2020-11-19",
 "On 18 November 2020, ISWAP fighters were blamed for the deaths of 3 rice farmers found beheaded in fields near Zabarmari (Jere, Borno). Fatalities: 3",
 [("3 rice farmers", 1, "killed:3"), ("3", 2, "killed:3", "s")], 3),
("t029", "2012-10-15",
 "Police in Ituri opened an inquiry after the murder of two catechists and a nun at a parish near Bunia on Sunday night, diocese officials said.",
 [("two catechists", 1, "killed:2"), ("a nun", 1, "killed:1")], 3),
("t030", "2013-05-03",
 "On 2 May 2013, gunmen raided Gidan Dawa village (Maru, Zamfara) and 4 villagers (3 women and a boy) died in the attack. Fatalities: 4.",
 [("4 villagers", 1, "killed:4"), ("3 women", 1, "killed:3", "s"), ("a boy", 1, "killed:1", "s"), ("4", 2, "killed:4", "s")], 4),
("t031", "2019-04-12",
 "On 11 April 2019, Afghan special forces raided a Taliban compound in Chahar Dara (Kunduz), killing 9 Taliban fighters, including a commander, according to the provincial governor's office. The Taliban denied any losses.",
 [("9 Taliban fighters", 1, "killed:9"), ("a commander", 1, "killed:1", "s")], 9),
("t032", "2018-05-13",
 "Two labourers who had gone to collect tendu leaves in the forest near Burkapal (Sukma) were killed by Maoists on Saturday, police said. A third man escaped.",
 [("Two labourers", 1, "killed:2")], 2),
("t033", "2022-08-05",
 "On 4 August 2022, a teacher, Roseline Joseph, 34, and her son were killed when gunmen opened fire on their car in Carrefour (Ouest).",
 [("a teacher", 1, "killed:1"), ("her son", 1, "killed:1")], 2),
("t034", "2017-09-09",
 "On 8 September 2017, between 2 to 4 civilians were reported killed when an airstrike hit a house in Kajaki district (Helmand). Local elders gave the higher figure.",
 [("between 2 to 4 civilians", 1, "killed:2-4")], 2),
("t035", "2020-06-17",
 "On 16 June 2020, ADF fighters attacked Mamove (Beni territory, North Kivu); 2-3 civilians were killed and a health centre was looted.",
 [("2-3 civilians", 1, "killed:2-3")], 2),
("t036", "2017-03-31",
 "Up to 7 people were killed when a bomb hidden in a fruit cart exploded at a market in Parachinar, Kurram Agency, on Friday, a hospital official said, adding that the toll was not final.",
 [("Up to 7 people", 1, "killed:<=7")], 7),
("t037", "2013-04-04",
 "On 3 April 2013, as many as 5 Frontier Corps personnel were killed when their vehicle hit a landmine in Salarzai tehsil (Bajaur), officials said.",
 [("as many as 5 Frontier Corps personnel", 1, "killed:<=5")], 5),
("t038", "2019-02-12",
 "Nearly a dozen passengers were injured when protesters set a bus on fire on Route Nationale 1 near Cité Soleil on Monday.",
 [("Nearly a dozen passengers", 1, "injured:~12")], 0),
("t039", "2018-07-22",
 "On 21 July 2018, fighting between SPLA-IO and government forces around Yei (Central Equatoria) left dozens of people dead, according to local church leaders; the army did not comment.",
 [("dozens of people", 1, "killed:>=24")], 24),
("t040", "2011-10-31",
 "On 30 October 2011, Taliban fighters attacked the district headquarters of Murghab (Badghis). The rebels claimed to have killed 30 police; the Interior Ministry said 5 policemen and 8 attackers died.",
 [("30 police", 1, "killed:30", "c"), ("5 policemen", 1, "killed:5"), ("8 attackers", 1, "killed:8")], 13),
("t041", "2020-03-06",
 "On 5 March 2020, the Nigerian Army said troops had cleared Boko Haram camps around Gwoza (Borno) and that 40 insurgents had been killed, injured or captured. No breakdown was given.",
 [("40 insurgents", 1, "casualties:40")], 0),
("t042", "2018-04-28",
 "KABUL (AP) — A suicide bomber struck a Shiite mosque in the Dasht-e-Barchi area of Kabul during Friday prayers, killing 11 worshippers, police said. Later in the day the death toll rose to 16, the health ministry said, and 30 people were being treated for wounds.",
 [("11 worshippers", 1, "killed:11", "r"), ("16", 1, "killed:16"), ("30 people", 1, "injured:30")], 16),
("t043", "2019-02-15",
 "On 14 February 2019, a militant fired at a police party in Shopian town, injuring 2 policemen. One of them succumbed to his injuries at SMHS hospital in Srinagar later that night. Fatalities: 1",
 [("2 policemen", 1, "injured:2"), ("One", 1, "killed:1"), ("1", 1, "killed:1", "s")], 1),
("t044", "2018-03-03",
 "On 2 March 2018, militants attacked an army checkpoint near Bir al-Abed (North Sinai); soldiers returned fire, killing one of the attackers. No army casualties were reported.",
 [("one", 1, "killed:1")], 1),
("t045", "2021-12-28",
 "On 27 December 2021, clashes between two sub-clans over grazing land near Beledweyne (Hiraan) resulted in one death and several injuries.",
 [("one death", 1, "killed:1")], 1),
("t046", "2012-03-28",
 "27-Mar-2012: Unknown gunmen shot dead two ANP workers near Cheel Chowk, Lyari (Karachi). Fatalities: 2.",
 [("two ANP workers", 1, "killed:2"), ("2", 1, "killed:2", "s")], 2),
("t047", "2014-01-12",
 "On 11 January 2014, a bomb exploded at a bus stand in Jamrud (Khyber Agency), killing 5 people. The death toll rose to 9 overnight as 4 of the wounded died in hospital.",
 [("5 people", 1, "killed:5", "r"), ("9", 1, "killed:9"), ("4", 1, "killed:4", "s")], 9),
("t048", "2017-06-07",
 "AFGOOYE, Somalia — A roadside bomb hit a minibus on the road to Mogadishu on Tuesday. The driver died on the spot and 4 passengers were hurt, a local elder said.",
 [("The driver", 1, "killed:1"), ("4 passengers", 1, "injured:4")], 1),
("t049", "2018-04-20",
 "On 19 April 2018, Pakistani shelling across the LoC killed 2 civilian women in the Shahpur sector (Poonch), officials said. Fatalities: 2.",
 [("2 civilian women", 1, "killed:2"), ("2", 2, "killed:2", "s")], 2),
("t050", "2021-09-24",
 "On 23 September 2021, two cadres of the CPI (Maoist) were killed in an exchange of fire with the DRG in the Abujhmarh forest (Narayanpur, Chhattisgarh). An INSAS rifle was recovered.",
 [("two cadres", 1, "killed:2")], 2),
("t051", "2013-05-10",
 "On 9 May 2013, suspected militants shot dead a village defence volunteer at Marhote (Surankote, Poonch) and took away his .303 rifle.",
 [("a village defence volunteer", 1, "killed:1")], 1),
("t052", "2020-04-06",
 "A commando of 4 Para (Special Forces) and 3 militants were killed in a gunfight in the Keran sector of Kupwara on Sunday, the army said. Two other commandos were injured.",
 [("A commando", 1, "killed:1"), ("3 militants", 1, "killed:3"), ("Two other commandos", 1, "injured:2")], 4),
("t053", "2012-10-18",
 "On 17 October 2012, a rocket fired by militants hit a house in Mishti Mela (Orakzai Agency), killing 6 tribesmen of the Feroz Khel tribe, including 2 children.",
 [("6 tribesmen", 1, "killed:6"), ("2 children", 1, "killed:2", "s")], 6),
("t054", "2024-02-29",
 "On 28 February 2024, three gold miners who had refused to pay a levy to an armed group and a mine supervisor were shot dead at a mine near Tumeremo (Bolivar).",
 [("three gold miners", 1, "killed:3"), ("a mine supervisor", 1, "killed:1")], 4),
("t055", "2019-05-05",
 "On 4 May 2019, gunmen abducted 6 passengers from a bus on the Kaduna-Abuja highway near Katari (Kaduna). Police said a rescue operation was under way.",
 [("6 passengers", 1, "abducted:6")], 0),
("t056", "2013-01-28",
 "On 27 January 2013, suspected NDFB(S) militants torched 3 trucks on NH-31 in Kokrajhar district (Assam). The drivers escaped.",
 [], 0),
("t057", "2021-04-25",
 "On 24 April 2021, members of the 400 Mawozo gang kidnapped 5 priests and 2 nuns in Croix-des-Bouquets (Ouest).",
 [("5 priests", 1, "abducted:5"), ("2 nuns", 1, "abducted:2")], 0),
("t058", "2021-08-07",
 "On 6 August 2021, a grenade thrown into a bar in Bujumbura's Bwiza quarter injured 7 people; one of them, a motorcycle taxi driver, died later in hospital.",
 [("7 people", 1, "injured:7"), ("one", 1, "killed:1"), ("a motorcycle taxi driver", 1, "killed:1", "s")], 1),
("t059", "2017-03-25",
 "On 24 March 2017, Kamuina Nsapu militiamen ambushed a police convoy between Tshikapa and Kananga (Kasai) and beheaded 39 policemen, sparing 6 who spoke Tshiluba.",
 [("39 policemen", 1, "killed:39")], 39),
("t060", "2018-07-04",
 "On 3 July 2018, unknown gunmen ambushed a vehicle of a humanitarian agency on the Juba-Yei road (Central Equatoria), killing its driver and a nurse. Fatalities: 2.",
 [("its driver", 1, "killed:1"), ("a nurse", 1, "killed:1"), ("2", 1, "killed:2", "s")], 2),
]
ITEMS += [
("t061", "2017-10-17",
 "On 16 October 2017, IS-Sinai militants attacked security checkpoints around El Arish, killing 6 soldiers and 1 police conscript. The army said 24 attackers were killed in the fighting.",
 [("6 soldiers", 1, "killed:6"), ("1 police conscript", 1, "killed:1"), ("24 attackers", 1, "killed:24")], 31),
("t062", "2013-09-21",
 "BAQUBA, Iraq, Sept 21 (Reuters) - A suicide bomber blew himself up inside a Sunni mosque in Baquba on Friday, killing 23 worshippers and wounding dozens, police said. Among the dead were the imam and his two brothers.",
 [("23 worshippers", 1, "killed:23"), ("dozens", 1, "injured:>=24"), ("the imam", 1, "killed:1", "s"), ("two brothers", 1, "killed:2", "s")], 23),
("t063", "2022-05-04",
 "On 3 May 2022, an al-Shabaab mortar attack on Mogadishu's Halane area wounded 4 people, including a UN contractor.",
 [("4 people", 1, "injured:4"), ("a UN contractor", 1, "injured:1")], 0),
("t064", "2019-03-09",
 "RAJANPUR: A man shot dead his sister and her husband in the name of 'honour' in Jampur tehsil on friday, police said.",
 [("his sister", 1, "killed:1"), ("her husband", 1, "killed:1")], 2),
("t065", "2017-05-07",
 "On 6 May 2017, anti-government protesters clashed with GNB troops in Barquisimeto (Lara); 23 people were injured and 40 arrested.",
 [("23 people", 1, "injured:23")], 0),
("t066", "2019-02-23",
 "On 22 February 2019, Pemon residents clashed with soldiers in Kumarakapay (Gran Sabana, Bolivar). A woman, Zoraida Rodriguez, and her husband were shot dead, and at least 12 other people were wounded.",
 [("A woman", 1, "killed:1"), ("her husband", 1, "killed:1"), ("at least 12 other people", 1, "injured:>=12")], 2),
("t067", "2023-06-14",
 "On 13 June 2023, armed men attacked Khamenlok village (Imphal East, Manipur), killing 9 villagers and injuring 10. Fatalities: 9.",
 [("9 villagers", 1, "killed:9"), ("10", 1, "injured:10"), ("9", 2, "killed:9", "s")], 9),
("t068", "2023-07-21",
 "On 20 July 2023, thousands of women marched in Churachandpur (Manipur) to protest the killing of their relatives in May. No violence was reported.",
 [], 0),
("t069", "2018-11-02",
 "On 1 November 2018, suspected ULFA (I) militants gunned down 5 Bengali men at Kherbari village (Tinsukia). The victims were lined up on the bank of the Brahmaputra and shot. Fatalities: 5.",
 [("5 Bengali men", 1, "killed:5"), ("5", 2, "killed:5", "s")], 5),
("t070", "2014-03-03",
 "On 2 March 2014, GNLA militants kidnapped a coal trader from Nangalbibra (South Garo Hills) and demanded a ransom of Rs 20 lakh.",
 [("a coal trader", 1, "abducted:1")], 0),
("t071", "2019-05-22",
 "On 21 May 2019, NSCN-IM militants ambushed the convoy of MLA Tirong Aboh near Bogapani (Tirap, Arunachal Pradesh), killing the legislator, his son and 9 others. Fatalities: 11.",
 [("the legislator", 1, "killed:1"), ("his son", 1, "killed:1"), ("9 others", 1, "killed:9"), ("11", 1, "killed:11", "s")], 11),
("t072", "2021-06-18",
 "KHUNTI: The body of a para-teacher who was abducted by PLFI cadres two days ago was found in a forest near Murhu on thursday, police said.",
 [("a para-teacher", 1, "killed:1")], 1),
("t073", "2013-09-23",
 "On 22 September 2013, Maoists blew up a mobile tower at Kalimela (Malkangiri) and left posters warning villagers against joining the police. No one was hurt.",
 [], 0),
("t074", "2019-05-02",
 "On 1 May 2019, Maoists blew up a private vehicle carrying a C-60 quick response team near Jambhulkheda (Gadchiroli), killing 15 commandos and the civilian driver. Fatalities: 16.",
 [("15 commandos", 1, "killed:15"), ("the civilian driver", 1, "killed:1"), ("16", 1, "killed:16", "s")], 16),
("t075", "2018-04-08",
 "On 7 April 2018, 2 LeT militants were killed in an encounter with security forces at Waltengoo Nar (Kulgam), and a soldier was injured. [Source: Greater Kashmir]",
 [("2 LeT militants", 1, "killed:2"), ("a soldier", 1, "injured:1")], 2),
("t076", "2018-04-02",
 "On 1 April 2018, security forces killed 12 militants in three separate encounters in Shopian and Anantnag districts; 3 soldiers and 4 civilians were also killed. Fatalities: 19.",
 [("12 militants", 1, "killed:12"), ("3 soldiers", 1, "killed:3"), ("4 civilians", 1, "killed:4"), ("19", 1, "killed:19", "s")], 19),
("t077", "2020-07-27",
 "On 26 July 2020, Taliban fighters stormed a police checkpoint in Qaisar district (Faryab), killing 8 policemen. Local commanders said 5 of the attackers were also killed; the Taliban said only 1 of their men died.",
 [("8 policemen", 1, "killed:8"), ("5", 1, "killed:5", "c"), ("1", 1, "killed:1")], 9),
("t078", "2011-02-10",
 "KUNDUZ, Afghanistan, Feb 10 (AP) — A suicide bomber on a motorcycle killed the police chief of Kunduz province and two of his guards on Thursday, officials said.",
 [("the police chief", 1, "killed:1"), ("two", 1, "killed:2")], 3),
("t079", "2018-06-25",
 "JOS, Nigeria — Gunmen suspected to be herdsmen attacked three villages in Barkin Ladi on Saturday night. The police command put the dead at 86, while community leaders said more than 200 people were killed. Residents buried the victims in mass graves on Monday.",
 [("86", 1, "killed:86"), ("more than 200 people", 1, "killed:>200", "c")], 86),
("t080", "2018-01-12",
 "On 1 January 2018, herdsmen attacked villages in Guma and Logo LGAs (Benue), killing at least 73 people; the state government gave the toll as 73 at a mass burial in Makurdi on 11 January.",
 [("at least 73 people", 1, "killed:>=73"), ("73", 2, "killed:73", "s")], 73),
("t081", "2020-12-13",
 "On 11 December 2020, gunmen abducted hundreds of schoolboys from the Government Science Secondary School in Kankara (Katsina). The state government said 333 students were missing.",
 [("hundreds of schoolboys", 1, "abducted:>=200"), ("333 students", 1, "missing:333")], 0),
("t082", "2019-12-28",
 "MOGADISHU, Somalia (AP) — A truck bomb exploded at a busy checkpoint at Ex-Control Afgoye in Mogadishu on Saturday morning, killing at least 79 people, police said. More than 100 people were wounded, many of them university students.",
 [("at least 79 people", 1, "killed:>=79"), ("More than 100 people", 1, "injured:>100")], 79),
("t083", "2018-03-14",
 "On 13 March 2018, SNA forces and AMISOM fought al-Shabaab in Qoryoley (Lower Shabelle). Fatalities: 6 (4 al-Shabaab, 2 SNA).",
 [("6", 1, "killed:6"), ("4 al-Shabaab", 1, "killed:4", "s"), ("2 SNA", 1, "killed:2", "s")], 6),
("t084", "2018-05-09",
 "On 8 May 2018, government soldiers and allied youth attacked villages in Leer County (Unity), killing at least 40 civilians, among them 7 children and an elderly chief, according to UNMISS.",
 [("at least 40 civilians", 1, "killed:>=40"), ("7 children", 1, "killed:7", "s"), ("an elderly chief", 1, "killed:1", "s")], 40),
("t085", "2024-02-10",
 "On 9 February 2024, fighting between Twic and Ngok Dinka youths near Aneet killed \"nearly 30 people\", a Twic county official said; the Abyei administration reported 19 dead.",
 [("nearly 30 people", 1, "killed:~30", "c"), ("19", 1, "killed:19")], 19),
("t086", "2020-01-29",
 "On 28 January 2020, suspected ADF fighters killed 36 civilians with machetes in Manzingi (Beni territory), according to civil society. The FARDC put the toll at 24.",
 [("36 civilians", 1, "killed:36", "c"), ("24", 1, "killed:24")], 24),
("t087", "2022-08-13",
 "Local leaders in Minembwe said on Saturday that Mai-Mai militiamen had abducted 4 Banyamulenge herders and stolen some 200 cows on Friday. Two of the herders were found dead the next day.",
 [("4 Banyamulenge herders", 1, "abducted:4"), ("Two", 1, "killed:2")], 2),
("t088", "2018-05-12",
 "BUJUMBURA (Reuters) - Unidentified armed men attacked a village in Cibitoke province at night, killing 26 people, some of them burned in their homes, Burundi's security minister said on Saturday. He blamed 'terrorists' coming from Congo.",
 [("26 people", 1, "killed:26")], 26),
("t089", "2023-07-24",
 "On 23 July 2023, police in Musaga (Bujumbura Mairie) arrested 11 CNL members for 'holding an illegal meeting'.",
 [], 0),
("t090", "2022-07-16",
 "PORT-AU-PRINCE, Haiti (AP) — Gang clashes in the Cité Soleil slum have killed at least 89 people over the past week and 16 others are missing, the UN said Friday. Among the dead were 4 children.",
 [("at least 89 people", 1, "killed:>=89"), ("16 others", 1, "missing:16"), ("4 children", 1, "killed:4", "s")], 89),
("t091", "2024-03-01",
 "PORT-AU-PRINCE — Gangs attacked the city's main airport on Thursday and an airport security agent was shot dead, officials said.",
 [("an airport security agent", 1, "killed:1")], 1),
("t092", "2022-07-08",
 "On 7 July 2022, a vigil was held in Pétion-Ville on the first anniversary of the assassination of President Jovenel Moïse. Police deployed around 200 officers; no incidents were reported.",
 [], 0),
("t093", "2014-01-05",
 "On 4 January 2014, clashes between ISIS militants and Iraqi troops in Ramadi and Fallujah left at least 40 people dead, according to hospital sources in Anbar. Tribal leaders said dozens of the dead were gunmen.",
 [("at least 40 people", 1, "killed:>=40"), ("dozens", 1, "killed:>=24", "s")], 40),
("t094", "2023-01-04",
 "On 3 January 2023, IS militants attacked a village near Khanaqin (Diyala), killing 2 shepherds and abducting a third. Fatalities: 2",
 [("2 shepherds", 1, "killed:2"), ("a third", 1, "abducted:1"), ("2", 2, "killed:2", "s")], 2),
("t095", "2020-02-12",
 "On 11 February 2020, a sticky bomb attached to a car exploded in the Domiz area of Kirkuk city. 1 civilian injured.",
 [("1 civilian", 1, "injured:1")], 0),
("t096", "2017-11-25",
 "EL-ARISH, Egypt (Reuters) - Militants bombed a crowded mosque in Bir al-Abed in North Sinai on Friday and then fired on worshippers as they fled, killing 235 people, state media said. The toll later rose to 305, including 27 children, the public prosecutor said.",
 [("235 people", 1, "killed:235", "r"), ("305", 1, "killed:305"), ("27 children", 1, "killed:27", "s")], 305),
("t097", "2018-02-10",
 "On 9 February 2018, the Egyptian military launched 'Comprehensive Operation Sinai 2018' against militants in northern and central Sinai.",
 [], 0),
("t098", "2017-08-20",
 "On 19 August 2017, IS-Sinai claimed in a statement to have killed 12 soldiers in an attack near Sheikh Zuweid; the military spokesman said 3 soldiers died and 2 militants were killed.",
 [("12 soldiers", 1, "killed:12", "c"), ("3 soldiers", 1, "killed:3"), ("2 militants", 1, "killed:2")], 5),
("t099", "2012-05-25",
 "On 24 May 2012, a US drone fired 2 missiles at a compound in Mir Ali (North Waziristan), killing between 5 and 8 suspected militants, local officials said.",
 [("between 5 and 8 suspected militants", 1, "killed:5-8")], 5),
("t100", "2013-08-13",
 "Karachi: At least 12 people including a lawyer and 2 activists of a political party were killed in different incidents of violence in the metropolis on Monday. Police said 3 suspects were arrested.",
 [("At least 12 people", 1, "killed:>=12"), ("a lawyer", 1, "killed:1", "s"), ("2 activists", 1, "killed:2", "s")], 12),
("t101", "2012-04-06",
 "LYARI GANG WAR CLAIMS 3 MORE LIVES\nKARACHI: Three more persons were killed in Lyari gangwar on thursday as rival groups exchanged fire in Chakiwara and Kalri, while a Rangers man was wounded. Sources said the death toll since last friday has reached 27.",
 [("3 MORE LIVES", 1, "killed:3"), ("Three more persons", 1, "killed:3", "s"), ("a Rangers man", 1, "injured:1"), ("27", 1, "killed:27", "b")], 3),
("t102", "2011-10-15",
 "On 14 October 2011, a bomb went off at a religious gathering in Dera Ghazi Khan, killing a prayer leader and 3 others, and wounding 20. Fatalities: 4",
 [("a prayer leader", 1, "killed:1"), ("3 others", 1, "killed:3"), ("20", 1, "injured:20"), ("4", 1, "killed:4", "s")], 4),
("t103", "2017-07-25",
 "LAHORE — A suicide bomber on foot targeted a police team near Arfa Karim tower on Ferozpur Road on Monday, killing 26 people including 9 policemen, rescue officials said. A faction of the Pakistani Taliban claimed responsibility.",
 [("26 people", 1, "killed:26"), ("9 policemen", 1, "killed:9", "s")], 26),
("t104", "2019-05-27",
 "On 26 May 2019, troops and PTM supporters clashed at the Khar Qamar checkpost (North Waziristan). The military said 3 attackers were killed and 5 soldiers injured; PTM leaders said 13 of their supporters died.",
 [("3 attackers", 1, "killed:3"), ("5 soldiers", 1, "injured:5"), ("13", 1, "killed:13", "c")], 3),
("t105", "2024-11-22",
 "On 21 November 2024, gunmen opened fire on a convoy of passenger vehicles near Bagan (Lower Kurram), killing at least 42 people, among them 6 women and 3 children. Fatalities: 42",
 [("at least 42 people", 1, "killed:>=42"), ("6 women", 1, "killed:6", "s"), ("3 children", 1, "killed:3", "s"), ("42", 2, "killed:42", "s")], 42),
("t106", "2023-07-31",
 "On 30 July 2023, a suicide bomber struck a JUI-F workers' convention in Khar (Bajaur), killing 63 people and wounding nearly 200.",
 [("63 people", 1, "killed:63"), ("nearly 200", 1, "injured:~200")], 63),
("t107", "2018-09-12",
 "On 11 September 2018, a suicide bomber attacked protesters on the Jalalabad-Torkham highway in Momand Dara (Nangarhar), killing 68 and wounding 165, according to the provincial governor's spokesman.",
 [("68", 1, "killed:68"), ("165", 1, "injured:165")], 68),
("t108", "2013-06-11",
 "TARIN KOT, Afghanistan — Insurgents killed a district police chief and 3 of his bodyguards in Chora district of Uruzgan province, officials said Tuesday.",
 [("a district police chief", 1, "killed:1"), ("3", 1, "killed:3")], 4),
("t109", "2022-04-20",
 "On 19 April 2022, two explosions hit a boys' high school in Dasht-e-Barchi, Kabul, killing 6 students and wounding 11 people, Kabul police said. Local sources said the dead numbered at least 20.",
 [("6 students", 1, "killed:6"), ("11 people", 1, "injured:11"), ("at least 20", 1, "killed:>=20", "c")], 6),
("t110", "2013-06-05",
 "An ALP policeman was shot dead by his own colleague at a checkpost in Andar district (Ghazni) on 4 June 2013; the attacker fled to the Taliban with 3 weapons.",
 [("An ALP policeman", 1, "killed:1")], 1),
("t111", "2018-08-13",
 "GHAZNI, Afghanistan (Reuters) - Fighting in the city of Ghazni has killed about 100 soldiers and police and 20 civilians since the Taliban launched an assault on Friday, the defence minister said on Monday. He said 194 militants, including 12 commanders, had been killed.",
 [("about 100 soldiers and police", 1, "killed:~100"), ("20 civilians", 1, "killed:20"), ("194 militants", 1, "killed:194"), ("12 commanders", 1, "killed:12", "s")], 314),
("t112", "2022-03-29",
 "On 28 March 2022, gunmen bombed the Abuja-Kaduna train near Katari (Kaduna), killing 8 passengers and abducting dozens; as many as 62 people were later listed as missing.",
 [("8 passengers", 1, "killed:8"), ("dozens", 1, "abducted:>=24"), ("as many as 62 people", 1, "missing:<=62")], 8),
("t113", "2019-07-16",
 "Bandits on motorcycles killed 14 vigilantes - known locally as 'yan sa kai' - in an ambush near Kaura Namoda, police said in a statement on Monday. The police said 3 bandits were also killed.",
 [("14 vigilantes", 1, "killed:14"), ("3 bandits", 1, "killed:3")], 17),
("t114", "2013-09-30",
 "On 29 September 2013, Boko Haram gunmen attacked the College of Agriculture in Gujba (Yobe) as students slept in their hostels; the dead numbered 40 according to the provost, and 18 were wounded.",
 [("40", 1, "killed:40"), ("18", 1, "injured:18")], 40),
("t115", "2017-06-08",
 "On 7 June 2017 a female suicide bomber blew herself up near a mosque in the Jiddari Polo area of Maiduguri, killing 2 worshippers; the bomber also died. Fatalities: 3.",
 [("2 worshippers", 1, "killed:2"), ("the bomber", 1, "killed:1"), ("3", 1, "killed:3", "s")], 3),
("t116", "2023-05-09",
 "Gunmen on sunday night invaded Mushu village in Riyom LGA of plateau state killing 7 persons includng a pregnat woman , a community leader told our correspondent. He said 3 persons sustained injuries and were rushed to hosptal.",
 [("7 persons", 1, "killed:7"), ("a pregnat woman", 1, "killed:1", "s"), ("3 persons", 1, "injured:3")], 7),
("t117", "2019-03-12",
 "Southern Kaduna: Another 11 Killed In Fresh Attack\nSuspected herdsmen have killed another 11 persons in Kajuru LGA of Kaduna State, bringing to 49 the number of people killed in the area in 2 weeks, the state government said on Tuesday.",
 [("11", 1, "killed:11"), ("11 persons", 1, "killed:11", "s"), ("49", 1, "killed:49", "b")], 11),
("t118", "2020-03-03",
 "On 2 March 2020, Jubaland forces and SNA troops clashed in Beled Hawo (Gedo). Hospital sources said 11 people died, including 3 civilians, while the Jubaland side claimed to have killed 20 SNA soldiers.",
 [("11 people", 1, "killed:11"), ("3 civilians", 1, "killed:3", "s"), ("20 SNA soldiers", 1, "killed:20", "c")], 11),
("t119", "2012-04-10",
 "Al-Shabaab fighters publicly executed a man accused of spying for the government in the coastal town of Barawe on Monday, residents said.",
 [("a man", 1, "killed:1")], 1),
("t120", "2012-03-28",
 "On 27 March 2012, gunmen in Galkayo (Mudug) abducted a German aid worker from a guesthouse near the airport.",
 [("a German aid worker", 1, "abducted:1")], 0),
]
ITEMS += [
("t121", "2012-11-21",
 "GOMA, Congo (Reuters) - M23 rebels seized the eastern city of Goma on Tuesday after government troops withdrew. Hospital staff said dozens of wounded civilians had been brought in, but no toll was available.",
 [("dozens of wounded civilians", 1, "injured:>=24")], 0),
("t122", "2017-06-29",
 "On 28 June 2017, the UN said it had identified 38 more mass graves in the Kasai region, bringing the total to 80; the graves are linked to fighting that began in August 2016.",
 [], 0),
("t123", "2014-09-19",
 "On 18 September 2014, families of the victims of the 2011 Gatumba bar massacre, in which 39 people died, held a memorial service in Gatumba (Bujumbura Rural). No incidents were reported.",
 [("39 people", 1, "killed:39", "b")], 0),
("t124", "2024-01-13",
 "On 12 January 2024, the Venezuelan army said it had destroyed 3 drug laboratories and a clandestine airstrip in the Sierra de Perija (Zulia).",
 [], 0),
("t125", "2012-05-13",
 "On 12 May 2012, NLFT militants ambushed a TSR patrol near Gandacherra (Dhalai, Tripura), injuring a jawan.",
 [("a jawan", 1, "injured:1")], 0),
("t126", "2013-06-02",
 "SHILLONG: An IED blast near a market in Williamnagar on Saturday left 4 persons injured, 2 of them critically, police said.",
 [("4 persons", 1, "injured:4"), ("2", 1, "injured:2")], 0),
("t127", "2019-02-17",
 "On 16 February 2019, traders in Jammu observed a bandh to protest the Pulwama attack, in which 40 CRPF personnel were killed two days earlier; incidents of stone pelting and arson were reported and a curfew was imposed. Fatalities: 0",
 [("40 CRPF personnel", 1, "killed:40", "b")], 0),
("t128", "2011-02-17",
 "MALKANGIRI, Feb 16 (PTI) — Maoists on Wednesday abducted the Malkangiri district collector and a junior engineer while they were touring villages near Chitrakonda.",
 [("the Malkangiri district collector", 1, "abducted:1"), ("a junior engineer", 1, "abducted:1")], 0),
("t129", "2017-11-10",
 "On 9 November 2017, a cleric in Sheikhupura (Punjab) announced a reward for killing a local Ahmadi teacher; police registered a case against him.",
 [], 0),
("t130", "2013-03-07",
 "On 6 March 2013, students at Gauhati University staged a sit-in demanding justice for a student leader shot dead by unidentified men in 2012.",
 [("a student leader", 1, "killed:1", "b")], 0),
("t131", "2017-07-10",
 "On 9 July 2017, unidentified militants lobbed a grenade at the police station in Tral (Pulwama); it exploded outside the compound, causing no casualties.",
 [], 0),
("t132", "2023-11-11",
 "On 10 November 2023, Maoists set ablaze 6 vehicles engaged in road construction near Gangaloor (Bijapur) and threatened the workers with death if work resumed.",
 [], 0),
("t133", "2019-12-17",
 "On 16 December 2019, schools across Khyber Pakhtunkhwa held ceremonies on the fifth anniversary of the Army Public School attack in Peshawar, in which 149 people, most of them children, were killed.",
 [("149 people", 1, "killed:149", "b")], 0),
("t134", "2017-10-03",
 "On 2 October 2017, Taliban fighters overran a checkpoint in Shindand district (Herat); government forces retreated and casualties on both sides were unknown.",
 [], 0),
("t135", "2024-04-16",
 "ZARIA — Hundreds of protesters demanded on Monday the release of 137 schoolchildren abducted from Kuriga in March.",
 [("137 schoolchildren", 1, "abducted:137")], 0),
("t136", "2018-08-19",
 "On 18 August 2018, al-Shabaab warned residents of Bulo Burte (Hiraan) that anyone cooperating with AMISOM would be killed.",
 [], 0),
("t137", "2019-04-12",
 "YEI — Soldiers looted shops and beat 3 traders in Yei town on Thursday, a local traders' union said.",
 [("3 traders", 1, "injured:3")], 0),
("t138", "2023-06-21",
 "On 20 June 2023, residents of Butembo (North Kivu) marched against insecurity after ADF rebels killed 7 farmers near Kalunguta the previous week.",
 [("7 farmers", 1, "killed:7", "b")], 0),
("t139", "2019-10-09",
 "Kiremba: an Imbonerakure group beat a CNL member on tuesday night , he is hospitalised said the party's local representative.",
 [("a CNL member", 1, "injured:1")], 0),
("t140", "2019-05-01",
 "On 30 April 2019, opposition supporters clashed with GNB troops near the La Carlota air base in Caracas; 69 people were hurt, among them 2 with gunshot wounds.",
 [("69 people", 1, "injured:69"), ("2", 1, "injured:2")], 0),
("t141", "2019-10-26",
 "BAGHDAD — Security forces fired tear gas at protesters in Tahrir Square on Friday, and medics said scores were treated for tear gas inhalation. No deaths were reported in the capital.",
 [("scores", 1, "injured:>=40")], 0),
("t142", "2024-01-31",
 "On 30 January 2024, ADF fighters abducted up to 15 people from fields around Mangodomu (Beni territory); civil society said the fate of the captives was unknown.",
 [("up to 15 people", 1, "abducted:<=15")], 0),
("t143", "2023-03-04",
 "On 3 March 2023, Bijapur police said 27 Maoists had been killed or injured in an operation near the Telangana border but no bodies were recovered; the Maoists denied any losses.",
 [("27 Maoists", 1, "casualties:27")], 0),
("t144", "2017-03-18",
 "On 17 March 2017, a coalition airstrike on a house in the Mosul al-Jadida district of west Mosul (Nineveh) reportedly killed as many as 200 civilians; the US military later confirmed 105 deaths.",
 [("as many as 200 civilians", 1, "killed:<=200", "c"), ("105 deaths", 1, "killed:105")], 105),
("t145", "2021-12-05",
 "On 4 December 2021, army commandos of 21 Para (SF) opened fire on a pick-up truck carrying coal miners near Oting (Mon, Nagaland), killing 6 miners. In the violence that followed, 7 more civilians and a soldier were killed. Fatalities: 14",
 [("6 miners", 1, "killed:6"), ("7 more civilians", 1, "killed:7"), ("a soldier", 1, "killed:1"), ("14", 1, "killed:14", "s")], 14),
("t146", "2023-11-03",
 "On 2 November 2023, Kuki and Meitei village volunteers exchanged fire near Moreh (Tengnoupal, Manipur); 1 death and 3 injuries were reported.",
 [("1 death", 1, "killed:1"), ("3 injuries", 1, "injured:3")], 1),
("t147", "2018-09-04",
 "On 3 September 2018, 5 members of one family (a man, his wife and 3 children) were killed when a mortar shell fired from across the border hit their house in Dand Patan (Kurram).",
 [("5 members", 1, "killed:5"), ("a man", 1, "killed:1", "s"), ("his wife", 1, "killed:1", "s"), ("3 children", 1, "killed:3", "s")], 5),
("t148", "2017-06-23",
 "On 22 June 2017, a 22-year-old student, David Vallenilla, was shot dead by a GNB sergeant during a protest outside the La Carlota air base in Caracas.",
 [("a 22-year-old student", 1, "killed:1")], 1),
("t149", "2024-02-17",
 "GOMA, Congo — Shells fired by M23 rebels fell on the town of Sake on Friday, killing 2 civilian women and a baby and wounding 7 people, MSF said.",
 [("2 civilian women", 1, "killed:2"), ("a baby", 1, "killed:1"), ("7 people", 1, "injured:7")], 3),
("t150", "2022-10-10",
 "On 9 October 2022, Boko Haram fighters were blamed for the killing of 8 fishermen on the shores of Lake Chad near Kukawa (Borno). Fatalities: 8.",
 [("8 fishermen", 1, "killed:8"), ("8", 2, "killed:8", "s")], 8),
]
# ---- end of decision lists ----

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev2.jsonl")

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:(>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")
ROLES = {"+", "s", "c", "r", "b"}


def parse_value(v):
    if not isinstance(v, str) or ":" not in v:
        raise ValueError(f"bad value {v!r}")
    outcome, count = v.split(":", 1)
    if outcome not in OUTCOMES:
        raise ValueError(f"bad outcome in {v!r}")
    m = COUNT_RE.match(count)
    if not m:
        raise ValueError(f"bad count in {v!r}")
    if m.group(3) is not None:
        lo, hi = int(m.group(3)), int(m.group(4))
        if not lo < hi:
            raise ValueError(f"range not N<M in {v!r}")
        return outcome, lo
    return outcome, int(m.group(2))


def find_occurrence(text, surface, occ):
    pat = re.compile(r"(?<!\w)(?<!\d[.,])" + re.escape(surface) + r"(?!\w)(?![.,]\d)")
    hits = [m.start() for m in pat.finditer(text)]
    if occ < 1 or occ > len(hits):
        raise ValueError(f"{surface!r} occurrence {occ} not found ({len(hits)} matches)")
    return hits[occ - 1]


def check_record(rec, seen):
    rid = rec["id"]
    assert isinstance(rid, str) and rid not in seen, f"duplicate or bad id {rid}"
    seen.add(rid)
    text = rec["text"]
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", rec["dct"]), f"{rid}: bad dct"
    assert rec["layers"] == ["casualties"], f"{rid}: bad layers"
    prev_end = -1
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    assert spans == rec["spans"], f"{rid}: spans not sorted"
    for s in spans:
        st, en = s["start"], s["end"]
        assert 0 <= st < en <= len(text), f"{rid}: bad offsets {s}"
        assert text[st:en] == s["text"], f"{rid}: slice != text for {s}"
        assert not text[st].isspace() and not text[en - 1].isspace(), f"{rid}: whitespace edge {s}"
        assert st >= prev_end, f"{rid}: overlap at {s}"
        prev_end = en
        assert s["label"] == "CASUALTY", f"{rid}: bad label"
        parse_value(s["value"])
    f = rec["fatalities"]
    assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, f"{rid}: bad fatalities"


def build():
    records = []
    seen = set()
    for item in ITEMS:
        rid, dct, text, spec, fat = item
        spans = []
        counted = []
        for sp in spec:
            surface, occ, value = sp[:3]
            role = sp[3] if len(sp) > 3 else "+"
            assert role in ROLES, f"{rid}: bad role {role}"
            outcome, low = parse_value(value)
            if outcome != "killed":
                assert role == "+", f"{rid}: role {role} on non-killed span {surface!r}"
            elif role == "+":
                counted.append(low)
            st = find_occurrence(text, surface, occ)
            spans.append({"start": st, "end": st + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
        if fat != sum(counted):
            raise SystemExit(f"{rid}: fatalities {fat} != counted killed spans {counted}")
        if (fat == 0) != (len(counted) == 0):
            raise SystemExit(f"{rid}: fatalities 0 must mean no counted killed span")
        spans.sort(key=lambda s: s["start"])
        rec = {"id": rid, "text": text, "dct": dct, "layers": ["casualties"],
               "spans": spans, "fatalities": fat}
        check_record(rec, seen)
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check again
    seen = set()
    n = 0
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            check_record(json.loads(line), seen)
            n += 1
    assert n == len(ITEMS)
    return records


def review(records):
    for r in records:
        t = r["text"]
        out, pos = [], 0
        for s in r["spans"]:
            out.append(t[pos:s["start"]])
            out.append("[" + t[s["start"]:s["end"]] + "|" + s["value"] + "]")
            pos = s["end"]
        out.append(t[pos:])
        print(f"{r['id']} {r['dct']} toll={r['fatalities']}")
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def stats(records):
    from collections import Counter
    oc = Counter(s["value"].split(":")[0] for r in records for s in r["spans"])
    forms = Counter()
    for r in records:
        for s in r["spans"]:
            c = s["value"].split(":")[1]
            forms["N-M" if "-" in c else (re.match(r"^\D*", c).group(0) + "N")] += 1
    zero = sum(1 for r in records if r["fatalities"] == 0)
    print(f"items {len(records)}; spans {sum(oc.values())} {dict(oc)}; forms {dict(forms)}; "
          f"toll 0: {zero}, toll >0: {len(records) - zero}")


if __name__ == "__main__":
    recs = build()
    if "--review" in sys.argv:
        review(recs)
    stats(recs)
