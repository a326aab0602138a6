#!/usr/bin/env python3
"""Build tolls-dev7.jsonl (DEVELOPMENT set) from the hand-written decision lists below.

Each item: (id, dct, text, spans, fatalities, tags)
  spans: tuples (surface, value[, occurrence][, "bg"])
    surface     exact string in text; occurrence counts case-sensitive whole-word matches (1-based)
    value       OUTCOME:COUNT
    "bg"        background figure: a casualty span that is NOT part of the report's fatalities
  fatalities    hand-computed death toll (SCHEME "Totals per document"; bounds/ranges give
                their lower end / written number)
  tags          construction tags, used only by --index to list item ids per construction

Usage: python3 build.py            build + check
       python3 build.py --review   print every item with its spans in brackets
       python3 build.py --index    item ids per construction tag
"""
import json
import os
import re
import sys
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev7.jsonl")

ITEMS = [
# ---------------- Madagascar (x001-x013) ----------------
("x001", "2019-03-14",
 "On 14 March 2019, a group of dahalo armed with Kalashnikovs attacked the village of Ambatomivary (Ihosy, Ihorombe) and stole about 120 zebu. Gendarmes pursued the raiders and killed 4 of them. Fatalities: 4.",
 [("4", "killed:4", 1), ("4", "killed:4", 2)], 4,
 "partitive repeat nounfirst distract after"),
("x002", "2016-06-02",
 "On 2 June 2016, suspected dahalo shot dead a fokontany chief in Befotaka (Betroka, Anosy) during a night raid on cattle pens. The chief's wife was wounded in the arm. Local sources said the raiders numbered about 30.",
 [("a fokontany chief", "killed:1"), ("The chief's wife", "injured:1")], 1,
 "single local after distract"),
("x003", "2021-10-09",
 "IHOSY, 9 Oct. 2021 (Midi Madagasikara) - Three quartier mobile guards were killed when dahalo ambushed them near Satrokala on Friday night. A fourth was missing on Saturday morning, the gendarmerie said.",
 [("Three quartier mobile guards", "killed:3"), ("A fourth", "missing:1")], 3,
 "press local missing passive"),
("x004", "2017-08-21",
 "On 21 August 2017, around 50 dahalo raided Andranomena (Ambalavao, Haute Matsiatra) and drove off 300 head of cattle. Two villagers were wounded by gunfire. No deaths were reported.",
 [("Two villagers", "injured:2")], 0,
 "zero distract"),
("x005", "2020-01-05",
 "On 5 January 2020, gendarmes of the GSIS (Groupe de Securite et d'Intervention Speciale) clashed with a dahalo band near Bekily (Androy). Between 6 and 8 raiders were killed according to the gendarmerie; local residents reported 11 dead. 2 gendarmes were injured.",
 [("Between 6 and 8 raiders", "killed:6-8"), ("11", "killed:11"), ("2 gendarmes", "injured:2")], 6,
 "range conflict deadnoun multi"),
("x006", "2022-11-16",
 "AMBOVOMBE, Androy -- A 62-year-old woman and her grandson were hacked to death on Tuesday night when bandits broke into their hut in the Tsihombe area, looking for money from a zebu sale. Police said the boy was 9.",
 [("A 62-year-old woman", "killed:1"), ("her grandson", "killed:1")], 2,
 "press single coord distract"),
("x007", "2023-04-30",
 "On 30 April 2023, members of a dahalo group abducted 3 herders and a child from a cattle camp near Ankazoabo (Atsimo-Andrefana) and demanded a ransom of 10 million ariary. The child was released the next day. No deaths were reported.",
 [("3 herders", "abducted:3"), ("a child", "abducted:1")], 0,
 "zero abduct distract after"),
("x008", "2015-09-12",
 "On 12 September 2015, villagers in Mahabo (Menabe) caught a suspected cattle thief and beat him to death under the local dina (customary law). Two other suspects were handed to the gendarmerie.",
 [("a suspected cattle thief", "killed:1")], 1,
 "single distract local"),
("x009", "2024-02-18",
 "Dahalo attack: death toll rises to 7 in Ikongo\nFIANARANTSOA, 18 Feb 2024 - Two of the nine people wounded in Saturday's raid on a market in Ikongo district died overnight at the regional hospital, bringing the death toll to 7, a doctor said. Five people were killed at the scene.",
 [("7", "killed:7", 1), ("Two", "killed:2"), ("nine people", "injured:9"), ("7", "killed:7", 2), ("Five people", "killed:5")], 7,
 "press headline laterdied repeat partitive multi"),
("x010", "2018-07-08",
 "On 8 July 2018, an estimated 40 dahalo attacked gendarmes escorting a cattle convoy near Ranohira (Ihorombe). An estimated 12 raiders were killed in the exchange of fire, according to a gendarmerie communique; 1 gendarme was also killed.",
 [("An estimated 12 raiders", "killed:~12"), ("1 gendarme", "killed:1")], 13,
 "hedge multi distract"),
("x011", "2025-11-03",
 "On 3 November 2025, residents of Betroka (Anosy) marched to the district office to demand more gendarmes after a wave of cattle raids; local officials said dahalo had killed 27 people in the district since January. No violence was reported during the march.",
 [("27 people", "killed:27", "bg")], 0,
 "zero bg after"),
("x012", "2016-05-19",
 "On 19 May 2016, a gendarmerie patrol found the bodies of two zebu herders in a ravine near Sakaraha (Atsimo-Andrefana), days after they had been reported missing. The men had been shot; dahalo are suspected.",
 [("two zebu herders", "killed:2")], 2,
 "bodies local"),
("x013", "2020-06-29",
 "Madagascar: lynching in Ambositra leaves one dead\nA suspected dahalo informant was lynched by a crowd in Ambositra on Sunday, police said, while 2 gendarmes who tried to intervene were lightly hurt. It was the third such killing in the region this year.",
 [("one", "killed:1"), ("A suspected dahalo informant", "killed:1"), ("2 gendarmes", "injured:2")], 1,
 "press headline deadnoun repeat single long distract"),
# ---------------- Jamaica, Trinidad and Tobago (x014-x026) ----------------
("x014", "2018-01-07",
 "On 7 January 2018, unidentified gunmen opened fire on a group of men playing dominoes in Denham Town (Kingston), killing 3 and injuring 2. Police attributed the shooting to a feud between two local gangs. Fatalities: 3.",
 [("3", "killed:3", 1), ("2", "injured:2"), ("3", "killed:3", 2)], 3,
 "repeat nounfirst multi"),
("x015", "2019-04-17",
 "MONTEGO BAY, St James \u2014 A taxi operator was shot dead and a higgler injured in Norwood on Tuesday evening, the police's Corporate Communications Unit said. The higgler, 54, is in stable condition.",
 [("A taxi operator", "killed:1"), ("a higgler", "injured:1")], 1,
 "press single local distract passive"),
("x016", "2020-10-22",
 "On 22 October 2020, members of the Jamaica Constabulary Force shot and killed 2 men during an operation in Spanish Town (St Catherine). Police said the men fired at them; residents disputed this and blocked roads in protest. A 9mm pistol was recovered.",
 [("2 men", "killed:2")], 2,
 "after distract"),
("x017", "2021-06-15",
 "On 15 June 2021, gunmen fired shots at a police patrol in Trench Town (Kingston); no one was hit. The same area had seen 11 murders since the start of the month, according to police statistics.",
 [("11 murders", "killed:11", "bg")], 0,
 "zero bg"),
("x018", "2022-11-13",
 "PORT OF SPAIN, Trinidad - A maxi-taxi driver and his passenger were gunned down at a stop in Laventille on Saturday night, hours after a doubles vendor was wounded in a separate shooting in Morvant. The double murder took the country's murder toll for the year to 412, police said.",
 [("A maxi-taxi driver", "killed:1"), ("his passenger", "killed:1"), ("a doubles vendor", "injured:1"), ("412", "killed:412", "bg")], 2,
 "press single coord local bg"),
("x019", "2023-03-03",
 "On 3 March 2023, officers of the Trinidad and Tobago Police Service shot dead a suspect during a confrontation in Enterprise (Chaguanas). A second suspect escaped. Police said a Glock pistol and 14 rounds of ammunition were seized.",
 [("a suspect", "killed:1")], 1,
 "single after distract"),
("x020", "2016-08-09",
 "On 9 August 2016, a district constable was shot and injured in Bog Walk (St Catherine) by men who tried to take his service weapon; his attackers fled on a motorcycle. Two men aged 19 and 23 were later arrested.",
 [("a district constable", "injured:1")], 0,
 "zero single distract local"),
("x021", "2024-05-27",
 "On 27 May 2024, a gun battle between rival gangs in Sea Lots (Port of Spain) left 4 dead, among them a 15-year-old schoolboy, and 5 wounded, police reported. Residents said 6 people had died.",
 [("4", "killed:4"), ("a 15-year-old schoolboy", "killed:1"), ("5", "injured:5"), ("6 people", "killed:6")], 4,
 "deadnoun subset conflict multi"),
("x022", "2017-09-05",
 "Cop killed, two colleagues hurt in Clarendon ambush\nMAY PEN, Jamaica, Sept 5 2017 - A police corporal was killed and two of his colleagues injured when gunmen ambushed their service vehicle in Sandy Bay, Clarendon, early on Monday. The gunmen, believed to be members of a Spanish Town-based gang, escaped in a Toyota Probox.",
 [("Cop", "killed:1"), ("two colleagues", "injured:2"), ("A police corporal", "killed:1"), ("two", "injured:2", 2)], 1,
 "press headline repeat single partitive"),
("x023", "2025-02-12",
 "On 12 February 2025, residents of Olympic Gardens (St Andrew) blocked roads with debris and burning tyres to protest the police killing of a vendor in the area on 10 February. No injuries were reported.",
 [("a vendor", "killed:1", "bg")], 0,
 "zero bg killingof"),
("x024", "2019-09-18",
 "On 18 September 2019, gunmen shot at a house in Diego Martin (Trinidad), killing a woman and her two daughters, aged 12 and 17. Initial reports said 4 people had died, but police later confirmed 3 dead. Fatalities: 3.",
 [("a woman", "killed:1"), ("two daughters", "killed:2"), ("4 people", "killed:4"), ("3", "killed:3", 1), ("3", "killed:3", 2)], 3,
 "after coord revise deadnoun nounfirst distract"),
("x025", "2022-12-01",
 "On 1 December 2022, a fisherman was abducted at gunpoint from a pirogue off Charlotteville (Tobago) by men who arrived in a fast boat from the direction of Venezuela; 2 other fishermen jumped overboard and swam to shore.",
 [("a fisherman", "abducted:1")], 0,
 "zero abduct single distract"),
("x026", "2015-04-29",
 "On 29 April 2015, a joint military-police patrol exchanged gunfire with gunmen in Tivoli Gardens (Kingston). 2 gunmen were killed and a soldier was wounded. Fatalities: 2 (both gunmen).",
 [("2 gunmen", "killed:2"), ("a soldier", "injured:1"), ("2", "killed:2", 2)], 2,
 "nounfirst repeat passive"),
# ---------------- Paraguay (x027-x038) ----------------
("x027", "2020-09-02",
 "On 2 September 2020, members of the Joint Task Force (FTC) raided an EPP camp near Yby Yau (Concepcion). Two girls, aged 11, died in the operation; the government initially described them as combatants. Fatalities: 2.",
 [("Two girls", "killed:2"), ("2", "killed:2", 2)], 2,
 "nounfirst repeat distract"),
("x028", "2020-09-09",
 "On 9 September 2020, EPP members abducted a rancher and one of his workers from an estancia near Yby Yau (Concepcion) and left a leaflet demanding USD 2 million and food handouts for 40 communities. The worker was freed the following day.",
 [("a rancher", "abducted:1"), ("one", "abducted:1")], 0,
 "zero abduct partitive distract after"),
("x029", "2016-06-16",
 "PEDRO JUAN CABALLERO, Paraguay, 16 Jun 2016 - Gunmen armed with a .50-calibre machine gun killed a Brazilian drug trafficker and three of his bodyguards in an ambush in the centre of this border city late on Wednesday, police said. A fourth bodyguard was hospitalised in Ponta Pora, across the border.",
 [("a Brazilian drug trafficker", "killed:1"), ("three", "killed:3"), ("A fourth bodyguard", "injured:1")], 4,
 "press after single partitive distract"),
("x030", "2016-08-27",
 "On 27 August 2016, EPP militants detonated an explosive device and opened fire on a military patrol in Arroyito (Horqueta, Concepcion), killing 8 soldiers. The army said the soldiers belonged to the 4th Infantry Division.",
 [("8 soldiers", "killed:8")], 8,
 "distract unit"),
("x031", "2021-05-04",
 "On 4 May 2021, the EPP burned 2 tractors and a storage shed on a Mennonite farm in Azotey (Concepcion) and left pamphlets threatening the owner. There were no casualties.",
 [], 0,
 "zero property distract"),
("x032", "2022-10-08",
 "Border city: three dead in night of shootings\nPEDRO JUAN CABALLERO - Hired gunmen on motorbikes shot dead three men in separate attacks on Friday night, among them a municipal councillor, local radio reported. Police said at least 40 shell casings were found at one scene.",
 [("three", "killed:3", 1), ("three men", "killed:3"), ("a municipal councillor", "killed:1")], 3,
 "press headline deadnoun repeat subset after distract"),
("x033", "2017-01-14",
 "On 14 January 2017, EPP fighters kidnapped a 17-year-old Mennonite youth near Tacuati (San Pedro) and set fire to a harvester.",
 [("a 17-year-old Mennonite youth", "abducted:1")], 0,
 "zero abduct single"),
("x034", "2019-02-10",
 "On 10 February 2019, clashes between members of two Brazilian criminal factions inside the regional prison of Pedro Juan Caballero (Amambay) left over 10 inmates dead, according to the prison service. Relatives said the dead numbered 13.",
 [("over 10 inmates", "killed:>10"), ("13", "killed:13")], 10,
 "hedge deadnoun deadnumbered conflict"),
("x035", "2024-03-05",
 "On 5 March 2024, police in Capitan Bado (Amambay) killed a suspected hitman of Brazilian nationality in an exchange of fire and seized 2 rifles and 300 kg of marijuana. One police officer suffered a gunshot wound to the leg.",
 [("a suspected hitman", "killed:1"), ("One police officer", "injured:1")], 1,
 "after single distract"),
("x036", "2017-06-16",
 "CONCEPCION - Campesino groups blocked Route 5 for a second day on Thursday demanding land titles; a police spokesman said 23 people were detained and 6 officers slightly injured by stones. No shots were fired.",
 [("6 officers", "injured:6")], 0,
 "press zero distract"),
("x037", "2022-07-22",
 "On 22 July 2022, the FTC found 3 bodies in a shallow grave on a ranch near Yby Yau (Concepcion). Prosecutors believe they were ranch workers killed by the EPP some weeks earlier.",
 [("3 bodies", "killed:3")], 3,
 "bodies"),
("x038", "2025-11-30",
 "On 30 November 2025, suspected EPP remnants attacked a police post in Kurusu de Hierro (Concepcion). One or two police officers were wounded; the attackers, about 6 in number, withdrew into the forest.",
 [("One or two police officers", "injured:1-2")], 0,
 "zero range distract"),
# ---------------- Nicaragua (x039-x050) ----------------
("x039", "2018-04-19",
 "On 19 April 2018, pro-government shock groups (turbas) and riot police attacked students protesting social security reforms in Managua and Leon. Dozens of protesters were injured; at least 3 people were killed, including a police officer.",
 [("Dozens of protesters", "injured:>=24"), ("at least 3 people", "killed:>=3"), ("a police officer", "killed:1")], 3,
 "vague subset hedge"),
("x040", "2018-06-10",
 "MASAYA, Nicaragua, June 10 (dpa) - The death toll from two days of clashes in Masaya's Monimbo neighbourhood rose to 11 on Sunday after two young men wounded on Friday died in hospital, according to a human rights centre. The government said only 4 people had died, all of them police.",
 [("11", "killed:11"), ("two young men", "killed:2"), ("4 people", "killed:4")], 4,
 "press laterdied conflict subset distract"),
("x041", "2018-07-08",
 "On 8 July 2018, police and paramilitaries launched an operation to clear roadblocks (tranques) in Diriamba and Jinotepe (Carazo). Human rights groups reported between 14 and 21 dead, among them 3 police officers and a paramilitary. Fatalities: 14.",
 [("between 14 and 21", "killed:14-21"), ("3 police officers", "killed:3"), ("a paramilitary", "killed:1"), ("14", "killed:14", 2)], 14,
 "range deadnoun subset nounfirst local"),
("x042", "2018-09-12",
 "On 12 September 2018, police arrested 38 people who tried to march in Managua with blue-and-white flags; 2 journalists were beaten. The march had been called to demand the release of some 300 political prisoners.",
 [("2 journalists", "injured:2")], 0,
 "zero distract arrested"),
("x043", "2019-07-26",
 "On 26 July 2019, a former protester held in La Modelo prison (Tipitapa, Managua) died of ill-treatment in custody, according to his family and a Nicaraguan human rights collective. Prison authorities did not comment.",
 [("a former protester", "killed:1")], 1,
 "custody single long"),
("x044", "2018-07-15",
 "ESTELI - Two young men were shot dead and a third man was hurt when hooded gunmen fired on a group taking down a roadblock near Esteli on Saturday, witnesses said. Police blamed 'terrorists' of the opposition. A 20-year-old student was among the dead.",
 [("Two young men", "killed:2"), ("a third man", "injured:1"), ("A 20-year-old student", "killed:1")], 2,
 "press subset passive"),
("x045", "2023-10-03",
 "On 3 October 2023, unidentified armed men killed 4 Mayangna forest rangers in the Bosawas reserve (Jinotega), in what local groups described as an attack by settlers seeking land. Two children were wounded. Indigenous leaders said 5 had died.",
 [("4 Mayangna forest rangers", "killed:4"), ("Two children", "injured:2"), ("5", "killed:5")], 4,
 "after local conflict"),
("x046", "2022-08-14",
 "On 14 August 2022, police besieged a parish church in Matagalpa where a bishop and his staff had taken refuge; 4 parishioners were beaten and 7 were detained. A 70-year-old sacristan died of a heart attack during the siege.",
 [("4 parishioners", "injured:4")], 0,
 "zero illness distract arrested"),
("x047", "2018-06-23",
 "On 23 June 2018, a fire set by hooded men at a house in Carlos Marx (Managua) killed 6 members of one family, including 2 children. A seventh family member survived with burns after jumping from a balcony.",
 [("6 members", "killed:6"), ("2 children", "killed:2"), ("A seventh family member", "injured:1")], 6,
 "long subset after"),
("x048", "2026-02-16",
 "MANAGUA, 16 Feb 2026 (EFE) - Nicaraguan authorities stripped another 135 exiled opponents of their citizenship and confiscated their property, an exile group said on Monday. The group recalled that more than 300 people died during the 2018 crackdown.",
 [("more than 300 people", "killed:>300", "bg")], 0,
 "press zero bg distract"),
("x049", "2018-05-30",
 "On 30 May 2018, armed pro-government groups fired on a march in Managua held on Mothers' Day. The health ministry said fewer than 10 people were hurt; independent groups reported 8 people killed and dozens injured.",
 [("fewer than 10 people", "injured:<=9"), ("8 people", "killed:8"), ("dozens", "injured:>=24")], 8,
 "hedge vague conflict"),
("x050", "2020-11-05",
 "On 5 November 2020, a clash between police and a group of armed men described by the authorities as cattle rustlers in Wiwili (Jinotega) left 2 fatalities, a police officer and one of the armed men. Two officers were injured.",
 [("2 fatalities", "killed:2"), ("a police officer", "killed:1"), ("one", "killed:1"), ("Two officers", "injured:2")], 2,
 "nounfirst breakdown partitive"),
# ---------------- Iran (x051-x063) ----------------
("x051", "2021-01-11",
 "On 11 January 2021, Iranian border guards shot at a group of kulbars (porters) near Nowsud (Kermanshah) on the Iraqi border, killing 2 porters and wounding 3 others. The porters were carrying tyres and cigarettes.",
 [("2 porters", "killed:2"), ("3 others", "injured:3")], 2,
 "local"),
("x052", "2021-02-23",
 "Baluch fuel carriers killed at Saravan border\nZAHEDAN, Iran, Feb. 23 (Reuters) - Members of the Revolutionary Guards fired on fuel porters, known as sukhtbar, near the Pakistani border town of Saravan on Monday, killing at least 10 people, rights groups said. The provincial governor said some people had been killed and wounded by unknown attackers.",
 [("at least 10 people", "killed:>=10")], 10,
 "press headline hedge vague local"),
("x053", "2022-09-30",
 "On 30 September 2022, security forces opened fire on worshippers and protesters after Friday prayers in Zahedan (Sistan-Baluchestan). Rights groups reported an estimated 90 people killed, among them children; the authorities gave a toll of 19 dead, including 5 members of the Revolutionary Guards and the Basij.",
 [("an estimated 90 people", "killed:~90"), ("19", "killed:19"), ("5 members", "killed:5")], 19,
 "hedge conflict deadnoun subset long"),
("x054", "2019-11-17",
 "On 17 November 2019, protesters angered by a petrol price rise set fire to 3 banks and a petrol station in Shiraz (Fars). Security forces used tear gas; an unknown number were arrested.",
 [], 0,
 "zero property distract"),
("x055", "2017-04-05",
 "On 5 April 2017, border guards ambushed a group of porters near Baneh (Kurdistan province). A 17-year-old porter was killed and 2 were arrested; the remaining porters fled, leaving behind their loads.",
 [("A 17-year-old porter", "killed:1")], 1,
 "single distract arrested"),
("x056", "2022-10-27",
 "Mahabad: protester shot dead, two wounded\nA young man was shot dead and two others were wounded when security forces fired on a funeral procession in Mahabad on Wednesday, a Kurdish rights group said. State media said a Basij member had been stabbed and hospitalised.",
 [("protester", "killed:1"), ("two", "injured:2"), ("A young man", "killed:1"), ("two others", "injured:2"), ("a Basij member", "injured:1")], 1,
 "press headline repeat single"),
("x057", "2024-04-04",
 "On 4 April 2024, Jaish al-Adl militants attacked Revolutionary Guards and police buildings in Rask and Chabahar (Sistan-Baluchestan). State media reported 11 members of the security forces and 16 attackers killed over two days of fighting; Jaish al-Adl claimed to have killed scores of Revolutionary Guards.",
 [("11 members", "killed:11"), ("16 attackers", "killed:16"), ("scores of Revolutionary Guards", "killed:>=40")], 27,
 "conflict vague multi attackers"),
("x058", "2023-09-16",
 "On 16 September 2023, Kurdish rights groups said two or three kulbars had been killed by border guard fire near Sardasht (West Azerbaijan) the previous night; the figure could not be confirmed.",
 [("two or three kulbars", "killed:2-3")], 2,
 "range local"),
("x059", "2018-10-16",
 "On 16 October 2018, Jaish al-Adl militants abducted 12 Iranian border guards at a post near Mirjaveh (Sistan-Baluchestan) and took them into Pakistan. Five were freed a month later.",
 [("12 Iranian border guards", "abducted:12")], 0,
 "zero abduct distract after"),
("x060", "2022-11-08",
 "TEHRAN (AFP) - Iran's judiciary said on Tuesday that 4 people had been sentenced to death over the unrest, as a rights group put the number of protesters killed since mid-September at 326, including 43 children.",
 [("326", "killed:326", "bg"), ("43 children", "killed:43", "bg")], 0,
 "press zero bg distract"),
("x061", "2022-09-20",
 "On 20 September 2022, security forces fired on protesters in Oshnavieh (West Azerbaijan) and Divandarreh (Kurdistan); a rights group reported 4 dead in Oshnavieh and 2 in Divandarreh, as well as about 30 injured.",
 [("4", "killed:4"), ("2", "killed:2"), ("about 30", "injured:~30")], 6,
 "deadnoun multi hedge"),
("x062", "2016-03-01",
 "On 1 March 2016, unidentified gunmen on a motorcycle shot and wounded a Sunni cleric in Iranshahr (Sistan-Baluchestan); his bodyguard returned fire. The cleric was transferred to a hospital in Zahedan.",
 [("a Sunni cleric", "injured:1")], 0,
 "zero single after"),
("x063", "2019-02-14",
 "On 13 February 2019, a suicide car bomb hit a bus carrying Revolutionary Guards personnel on the Khash-Zahedan road, killing 27 and wounding 13. One of the wounded died on 16 February. Jaish al-Adl claimed responsibility.",
 [("27", "killed:27"), ("13", "injured:13", 2), ("One", "killed:1")], 28,
 "laterdied partitive distract"),
# ---------------- Algeria and Tunisia (x064-x075) ----------------
("x064", "2015-07-01",
 "On 1 July 2015, a landmine planted by the Okba Ibn Nafaa Brigade exploded under a National Guard vehicle on Mount Chaambi (Kasserine), wounding 4 agents.",
 [("4 agents", "injured:4")], 0,
 "zero"),
("x065", "2018-01-21",
 "On 21 January 2018, an army detachment neutralised 3 terrorists near El Ma Labiodh (Tebessa), close to the Tunisian border, and recovered 2 Kalashnikov rifles, a PK machine gun and ammunition, according to the defence ministry.",
 [("3 terrorists", "casualties:3")], 0,
 "zero neutral distract after"),
("x066", "2020-12-20",
 "Shepherd beheaded on Mount Mghila\nKASSERINE, Tunisia (TAP) - The body of a young shepherd was found on Mount Mghila on Saturday, a day after he went missing while grazing his sheep, a security source said. His cousin, also a shepherd, had been killed by militants on the same mountain two years ago.",
 [("Shepherd", "killed:1"), ("a young shepherd", "killed:1"), ("His cousin", "killed:1", "bg")], 1,
 "press headline bodies repeat bg local"),
("x067", "2019-08-23",
 "On 23 August 2019, a Tunisian army patrol clashed with militants of Jund al-Khilafa on Mount Salloum (Kasserine). 1 soldier was killed and 2 others wounded; the ministry said 2 militants were also killed, while a militant statement claimed 7 soldiers dead.",
 [("1 soldier", "killed:1"), ("2 others", "injured:2"), ("2 militants", "killed:2"), ("7 soldiers", "killed:7")], 3,
 "conflict multi attackers deadnoun"),
("x068", "2020-02-04",
 "On 4 February 2020, army units arrested 5 support elements of terrorist groups in Tebessa and Khenchela and destroyed 4 hideouts in the Aures mountains; a cache containing 12 home-made bombs was found.",
 [], 0,
 "zero distract arrested"),
("x069", "2022-05-07",
 "On 7 May 2022, a soldier was killed and a second soldier injured when a home-made bomb exploded during a search operation near Bir El Ater (Tebessa).",
 [("a soldier", "killed:1"), ("a second soldier", "injured:1")], 1,
 "single passive"),
("x070", "2018-10-09",
 "Two soldiers killed by mine near Kasserine\nTUNIS, 9 Oct. (TAP) - Two soldiers died and 3 were wounded on Tuesday when their vehicle struck a landmine on Mount Semmama, the defence ministry said. It raised to 12 the number of soldiers killed by mines in the area since 2014.",
 [("Two soldiers", "killed:2", 1), ("Two soldiers", "killed:2", 2), ("3", "injured:3"), ("12", "killed:12", "bg")], 2,
 "press headline repeat bg"),
("x071", "2016-06-30",
 "On 30 June 2016, army forces killed 2 terrorists and captured a third in the Djebel Boudjellal area near the Tunisian border (Souk Ahras); a soldier was slightly wounded.",
 [("2 terrorists", "killed:2"), ("a soldier", "injured:1")], 2,
 "after attackers distract"),
("x072", "2024-02-11",
 "On 11 February 2024, a Tunisian shepherd reported being threatened by armed men on Mount Chaambi who took 3 of his sheep and food supplies. The National Guard launched a search operation. Two months earlier, militants had killed a goatherd in the same area.",
 [("a goatherd", "killed:1", "bg")], 0,
 "zero bg threat distract"),
("x073", "2019-04-15",
 "On 15 April 2019, the Algerian defence ministry said 18 terrorists had been killed, wounded or captured in operations in the eastern border provinces during the first quarter of the year.",
 [("18 terrorists", "casualties:18")], 0,
 "zero kwc"),
("x074", "2017-04-17",
 "Khenchela: two terrorists shot dead\nKHENCHELA (APS) - Army units shot dead a terrorist known as an 'emir' and his companion, a former detainee aged 43, during an ambush in the Chelia forest on Sunday, the ministry said. Weapons recovered included an M16 rifle.",
 [("two terrorists", "killed:2"), ("a terrorist", "killed:1"), ("his companion", "killed:1")], 2,
 "press headline repeat after distract"),
("x075", "2021-05-19",
 "On 19 May 2021, National Guard special units neutralized 4 militants of the Okba Ibn Nafaa Brigade in the Mount Semmama area and seized 3 Kalashnikovs. Two National Guard officers were lightly wounded.",
 [("4 militants", "casualties:4"), ("Two National Guard officers", "injured:2")], 0,
 "zero neutral distract"),
# ---------------- Kyrgyzstan-Tajikistan border (x076-x087) ----------------
("x076", "2021-04-29",
 "On 29 April 2021, a dispute over a water-distribution point near Kok-Tash (Batken) escalated into armed clashes between Kyrgyz and Tajik border troops and villagers. The Kyrgyz health ministry reported 36 dead and 189 injured on the Kyrgyz side; Tajik officials reported 19 dead.",
 [("36", "killed:36"), ("189", "injured:189"), ("19", "killed:19")], 55,
 "deadnoun multi add"),
("x077", "2022-09-16",
 "BISHKEK, Sept 16 (Reuters) - Kyrgyzstan said on Friday that a border guard was killed in shelling of the Ak-Sai area on Thursday, bringing to 24 the number of its citizens killed since Wednesday.",
 [("a border guard", "killed:1"), ("24", "killed:24", "bg")], 1,
 "press single bg"),
("x078", "2019-01-10",
 "On 10 January 2019, residents of Vorukh (Tajikistan) and Kok-Tash (Batken) threw stones at each other over a road being built near the border; 4 Kyrgyz villagers and 2 Tajik residents were injured, and border troops from both sides separated the crowds.",
 [("4 Kyrgyz villagers", "injured:4"), ("2 Tajik residents", "injured:2")], 0,
 "zero coord"),
("x079", "2022-01-27",
 "On 27 January 2022, Kyrgyz and Tajik border guards exchanged fire near Tort-Kocho (Batken) after a road was blocked. Kyrgyz officials said 2 civilians were killed and 11 people injured, among them 5 servicemen; Dushanbe said 2 Tajik civilians were killed and 10 wounded.",
 [("2 civilians", "killed:2"), ("11 people", "injured:11"), ("5 servicemen", "injured:5"), ("2 Tajik civilians", "killed:2"), ("10", "injured:10")], 4,
 "multi add subset"),
("x080", "2022-09-27",
 "BATKEN, Kyrgyzstan - The bodies of two shepherds from the village of Ak-Sai, who had gone missing during the shelling last week, were found in a gorge on Monday, the local administration said. A 70-year-old woman wounded by shrapnel died in hospital in Batken on the same day.",
 [("two shepherds", "killed:2"), ("A 70-year-old woman", "killed:1")], 3,
 "press bodies long laterdied"),
("x081", "2022-09-14",
 "On 14 September 2022, Tajik forces fired mortars at Kyrgyz border posts in the Batken district. Fatalities: 1 (a Kyrgyz border guard). 2 servicemen were wounded.",
 [("1", "killed:1"), ("a Kyrgyz border guard", "killed:1"), ("2 servicemen", "injured:2")], 1,
 "nounfirst breakdown"),
("x082", "2020-05-28",
 "On 28 May 2020, Kyrgyz and Tajik border troops exchanged fire for about 20 minutes near the village of Chorbog (Batken) after a dispute over a 1.5 km stretch of road. No one was hurt; 3 houses were damaged.",
 [], 0,
 "zero distract"),
("x083", "2022-09-20",
 "On 20 September 2022, the Kyrgyz authorities said some 137,000 people had been evacuated from Batken province. The government declared a day of mourning for the 59 citizens killed in the fighting of 14-17 September.",
 [("59 citizens", "killed:59", "bg")], 0,
 "zero bg distract"),
("x084", "2022-09-15",
 "ISFARA, Tajikistan (Asia-Plus) - A border guard and a local taxi driver were killed and three schoolchildren were hurt when Kyrgyz shells hit the outskirts of Isfara on Wednesday, regional officials said. The officials said Kyrgyz drones had struck 2 villages.",
 [("A border guard", "killed:1"), ("a local taxi driver", "killed:1"), ("three schoolchildren", "injured:3")], 2,
 "press coord single distract"),
("x085", "2021-05-01",
 "On 1 May 2021, Kyrgyz officials raised the number of people wounded in the Kok-Tash clashes to nearly 200, while 3 of the injured remained in critical condition.",
 [("nearly 200", "injured:~200"), ("3", "injured:3")], 0,
 "zero hedge subset"),
("x086", "2023-10-16",
 "On 16 October 2023, 3 Kyrgyz herders were seized by armed men from the Tajik side while grazing livestock near Ak-Sai and taken across the border; they were handed back two days later.",
 [("3 Kyrgyz herders", "abducted:3")], 0,
 "zero abduct"),
("x087", "2022-09-16",
 "On 16 September 2022, a mosque in the village of Ovchi-Kalacha (Sughd) was shelled; Tajik officials said between 8 and 10 people had been killed. The Kyrgyz side denied targeting civilians.",
 [("between 8 and 10 people", "killed:8-10")], 8,
 "range"),
# ---------------- Indonesia (x088-x100) ----------------
("x088", "2020-11-27",
 "On 27 November 2020, militants of the Mujahidin Indonesia Timur (MIT) killed 4 villagers in Lemban Tongoa (Sigi, Central Sulawesi) and burned 6 houses, including a building used as a church. One victim was beheaded.",
 [("4 villagers", "killed:4"), ("One victim", "killed:1")], 4,
 "after subset distract"),
("x089", "2021-05-12",
 "POSO, Central Sulawesi (Antara) - Two farmers were found dead with machete wounds in a cocoa plantation in Kilo village, Poso Pesisir Utara, on Tuesday. Police suspect the MIT group, which has fewer than 10 members left, according to the Madago Raya task force.",
 [("Two farmers", "killed:2")], 2,
 "press bodies distract"),
("x090", "2016-07-18",
 "On 18 July 2016, Tinombala task force troops shot dead 2 MIT militants in a firefight near Tambarana (Poso Pesisir Utara); police later identified one of them as the group's leader.",
 [("2 MIT militants", "killed:2"), ("one", "killed:1")], 2,
 "after subset partitive"),
("x091", "2023-08-09",
 "On 9 August 2023, Densus 88 counter-terrorism police arrested 4 suspected MIT sympathisers in Poso and Parigi Moutong (Central Sulawesi); police said the men had planned attacks on police posts. No shots were fired.",
 [], 0,
 "zero unit distract arrested"),
("x092", "2019-02-12",
 "On 12 February 2019, clashes between residents of two neighbouring villages on Haruku island (Central Maluku) over a land boundary left 2 dead and at least 15 injured; 30 houses were burned. Police deployed 200 personnel from the Maluku police.",
 [("2", "killed:2"), ("at least 15", "injured:>=15")], 2,
 "deadnoun hedge distract"),
("x093", "2019-09-22",
 "AMBON - An ojek (motorcycle taxi) driver was stabbed to death and a passenger hurt late on Saturday in the Batu Merah area, prompting dozens of youths to gather at the border with a neighbouring Christian district. Police said the situation was under control.",
 [("An ojek (motorcycle taxi) driver", "killed:1"), ("a passenger", "injured:1")], 1,
 "press single long local distract"),
("x094", "2023-03-02",
 "On 2 March 2023, a dispute between Kariu and Pelauw villages (Haruku, Central Maluku) flared when men from one village attacked farmers in their plots. A farmer was killed and two other farmers were injured by arrows.",
 [("A farmer", "killed:1"), ("two other farmers", "injured:2")], 1,
 "single"),
("x095", "2017-04-04",
 "On 4 April 2017, MIT militants briefly held 3 coconut farmers in the forest near Tangkura (Poso Pesisir Selatan), taking their food before releasing them unharmed.",
 [("3 coconut farmers", "abducted:3")], 0,
 "zero abduct local after"),
("x096", "2023-05-11",
 "On 11 May 2023, a former Poso militant surrendered to police in Parigi Moutong (Central Sulawesi). The MIT group killed at least 20 civilians in the Poso area between 2012 and 2021, police said.",
 [("at least 20 civilians", "killed:>=20", "bg")], 0,
 "zero bg"),
("x097", "2017-10-16",
 "PALU - Some 14 people were injured and about 40 houses damaged as rival groups of students clashed with machetes and arrows in Palu's Tatura area on Sunday night, police said. One student remained in critical condition.",
 [("Some 14 people", "injured:~14"), ("One student", "injured:1")], 0,
 "press zero hedge subset distract"),
("x098", "2015-08-14",
 "On 14 August 2015, MIT gunmen attacked farmers in the Taunca area (Poso Pesisir Selatan), killing 1 and wounding 2; one of the wounded died the next day in Poso hospital. Fatalities: 2.",
 [("1", "killed:1"), ("2", "injured:2", 1), ("one", "killed:1"), ("2", "killed:2", 2)], 2,
 "laterdied partitive nounfirst"),
("x099", "2020-01-30",
 "On 30 January 2020, fighting between youths of two hamlets in Tual (Southeast Maluku) left 1 person dead and 6 others wounded by arrows and air rifles; a police officer was among the wounded.",
 [("1 person", "killed:1"), ("6 others", "injured:6"), ("a police officer", "injured:1")], 1,
 "deadnoun subset"),
("x100", "2021-05-13",
 "POSO, Sulawesi (Antara) - Police confirmed on Thursday that Ambo Ajeng was killed by MIT gunmen on Wednesday while tending his garden in Salubanga, and said 2 suspects were being hunted by 30 personnel.",
 [], 0,
 "press zero name distract"),
# ---------------- Sabah (x101-x112) ----------------
("x101", "2019-09-11",
 "On 11 September 2019, gunmen believed to be from an Abu Sayyaf-linked group abducted 3 Indonesian fishermen from a trawler off Tambisan (Lahad Datu, Sabah) and took them to Sulu. 5 other crew members were left on board.",
 [("3 Indonesian fishermen", "abducted:3")], 0,
 "zero abduct distract after"),
("x102", "2015-07-15",
 "SEMPORNA, Sabah - A Malaysian police corporal was shot dead and his colleague abducted when gunmen raided a resort on Mabul island late on Tuesday, police said. The gunmen fled by speedboat towards the southern Philippines.",
 [("A Malaysian police corporal", "killed:1"), ("his colleague", "abducted:1")], 1,
 "press single"),
("x103", "2018-09-23",
 "On 23 September 2018, Marine Police shot dead 2 suspected KFR (kidnap-for-ransom) members during a shootout in waters off Kunak (Sabah). A third suspect was wounded and arrested. An M16 rifle and an M203 grenade launcher were recovered.",
 [("2 suspected KFR (kidnap-for-ransom) members", "killed:2"), ("A third suspect", "injured:1")], 2,
 "after long distract"),
("x104", "2020-02-05",
 "On 5 February 2020, 2 Malaysian seaweed farmers were kidnapped from their hut on a seaweed farm off Semporna (Sabah). The area had been under a dusk-to-dawn sea curfew since 2014.",
 [("2 Malaysian seaweed farmers", "abducted:2")], 0,
 "zero abduct local distract"),
("x105", "2019-09-25",
 "KUALA LUMPUR (Reuters) - One of 3 Malaysian fishermen kidnapped off Sabah last year was killed during a firefight between Philippine troops and Abu Sayyaf militants on Jolo island, Malaysia's police chief said on Wednesday. The other 2 were rescued.",
 [("One", "killed:1"), ("3 Malaysian fishermen", "abducted:3", "bg")], 1,
 "press partitive bg distract"),
("x106", "2021-05-12",
 "On 12 May 2021, a Filipino barter trader was found dead with gunshot wounds in a boat near Sandakan (Sabah). Police suspect a dispute among smugglers. Fatalities: 1.",
 [("a Filipino barter trader", "killed:1"), ("1", "killed:1")], 1,
 "bodies nounfirst repeat local"),
("x107", "2016-05-14",
 "On 14 May 2016, armed men abducted 4 Malaysian sailors from a tugboat off Ligitan island (Semporna); the sailors were later released in Sulu after a reported ransom of 30 million pesos.",
 [("4 Malaysian sailors", "abducted:4")], 0,
 "zero abduct distract after"),
("x108", "2021-03-13",
 "TAWAU, Sabah (Bernama) - Police shot dead a man wanted for 12 armed robberies when he opened fire on officers at a checkpoint in Kalabakan on Friday. The suspect, 38, had been on the run since 2017, said the Tawau district police chief.",
 [("a man", "killed:1")], 1,
 "press single after distract"),
("x109", "2022-07-27",
 "On 27 July 2022, 2 members of the General Operations Force (GOF) were injured when suspected smugglers rammed their patrol boat off Semporna. The 5 smugglers escaped towards the Philippine border.",
 [("2 members", "injured:2")], 0,
 "zero long distract"),
("x110", "2023-08-20",
 "On 20 August 2023, gunmen on a speedboat fired on a group of fishing boats off Pulau Pandanan (Semporna); as many as 5 fishermen were missing afterwards, and 1 fisherman was confirmed dead.",
 [("as many as 5 fishermen", "missing:<=5"), ("1 fisherman", "killed:1")], 1,
 "hedge missing"),
("x111", "2025-08-03",
 "On 3 August 2025, security command officials extended the night curfew in the waters off 6 east-coast districts of Sabah for 2 weeks, citing intelligence on kidnap-for-ransom groups. They said 71 people had been kidnapped off the east coast since 2000. No incident was reported.",
 [("71 people", "abducted:71", "bg")], 0,
 "zero bg distract"),
("x112", "2020-02-15",
 "On 15 February 2020, Malaysian security forces neutralized 5 Abu Sayyaf gunmen who had entered Sabah waters near Tambisan (Lahad Datu) on a pump boat; the group was believed to be planning a kidnapping.",
 [("5 Abu Sayyaf gunmen", "casualties:5")], 0,
 "zero neutral long"),
# ---------------- Solomon Islands and Vanuatu (x113-x124) ----------------
("x113", "2021-11-27",
 "HONIARA, Nov 27 (Reuters) - Police found three charred bodies in a burned-out building in Honiara's Chinatown on Friday after two days of rioting, the Royal Solomon Islands Police Force said. More than 100 people have been arrested.",
 [("three charred bodies", "killed:3")], 3,
 "press bodies distract arrested"),
("x114", "2021-11-24",
 "On 24 November 2021, protesters, many of them from Malaita province, tried to storm the National Parliament in Honiara and set fire to a police station and buildings in Chinatown. Police used tear gas; several officers were injured.",
 [], 0,
 "zero vague property"),
("x115", "2019-03-07",
 "On 7 March 2019, a land dispute between two families on Tanna (Tafea province) turned violent; a man was killed with a bush knife and 3 people were injured. Custom chiefs called a meeting to prevent reprisals.",
 [("a man", "killed:1"), ("3 people", "injured:3")], 1,
 "single passive"),
("x116", "2020-08-10",
 "PORT VILA (Daily Post) - a young man from Ifira died at Vila Central Hospital on sunday night,, hours after he was beaten by a group of youths at a nakamal in Seaside. Police say 5 suspects aged between 17 and 22 are in custody.",
 [("a young man", "killed:1")], 1,
 "press single laterdied typo distract"),
("x117", "2018-10-09",
 "On 9 October 2018, landowners opposed to a logging operation in East Guadalcanal burned logging machinery and a camp; 2 Malaysian logging company employees were assaulted and treated at a clinic in Honiara.",
 [("2 Malaysian logging company employees", "injured:2")], 0,
 "zero local property"),
("x118", "2022-06-02",
 "On 2 June 2022, Royal Solomon Islands Police Force officers shot and wounded a man armed with a home-made gun during an operation in Burns Creek (Honiara). Separately, a police officer was stabbed at a checkpoint in the same area.",
 [("a man", "injured:1"), ("a police officer", "injured:1")], 0,
 "zero single"),
("x119", "2019-06-09",
 "AUKI, Malaita - The death toll from Saturday's clash between two tribal groups in north Malaita rose to 3 after an elderly man died of his injuries in Kilu'ufi Hospital on Sunday, police said. Two men died at the scene on Saturday.",
 [("3", "killed:3"), ("an elderly man", "killed:1"), ("Two men", "killed:2")], 3,
 "press laterdied repeat"),
("x120", "2023-12-14",
 "On 14 December 2023, youths threw stones at police in the Blacksands area of Port Vila after a rumour spread about the arrest of a local boy; 4 police vehicles were damaged. Police said no officers were hurt.",
 [], 0,
 "zero distract property"),
("x121", "2016-03-03",
 "On 3 March 2016, fighting between villagers from two communities near Tetere (Guadalcanal) over a land boundary left about 5 people injured, one of them seriously, according to police. About 20 houses were burned.",
 [("about 5 people", "injured:~5"), ("one", "injured:1")], 0,
 "zero hedge subset distract"),
("x122", "2025-11-12",
 "On 12 November 2025, 2 men were reported missing after a fight between groups from two islands at a kava bar in Luganville (Espiritu Santo); the body of one of them was found on the beach the next day.",
 [("2 men", "missing:2"), ("one", "killed:1")], 1,
 "missing bodies partitive"),
("x123", "2024-03-17",
 "HONIARA MAN KILLED IN MACHETE ATTACK\nHONIARA - A 24-year-old man was hacked to death in White River on Saturday evening. police have arrested 2 suspects and urged relatives not to take revenge.",
 [("HONIARA MAN", "killed:1"), ("A 24-year-old man", "killed:1")], 1,
 "press headline caps repeat typo distract"),
("x124", "2019-04-24",
 "On 24 April 2019, supporters of a losing candidate rioted in Honiara after the election of the prime minister; police used tear gas and 2 people were injured. Some shops were looted. In 2006, similar riots destroyed much of Chinatown.",
 [("2 people", "injured:2")], 0,
 "zero distract"),
# ---------------- Rwanda and the DR Congo border (x125-x137) ----------------
("x125", "2022-05-23",
 "On 23 May 2022, shells fired from DR Congo landed in Musanze and Burera districts (Rwanda), injuring several civilians and damaging houses, according to the Rwanda Defence Force (RDF). The RDF blamed the Congolese army and the FDLR.",
 [], 0,
 "zero vague"),
("x126", "2024-05-04",
 "GOMA, DR Congo (Radio Okapi) - At least 7 civilians, among them 3 children, were killed when shells hit the Mugunga displacement camp west of Goma on Friday, the provincial health office said. 15 others were taken to a hospital in Ndosho.",
 [("At least 7 civilians", "killed:>=7"), ("3 children", "killed:3"), ("15 others", "injured:15")], 7,
 "press subset hedge"),
("x127", "2025-01-25",
 "On 25 January 2025, M23 fighters and Congolese army (FARDC) forces clashed near Sake (Masisi, North Kivu); the FARDC said it had killed 40 M23 fighters, while an M23 spokesman said the group had lost 2 men.",
 [("40 M23 fighters", "killed:40"), ("2 men", "killed:2")], 2,
 "conflict after claim"),
("x128", "2025-01-27",
 "On 27 January 2025, stray shells and gunfire from fighting in Goma hit Rubavu (Western province, Rwanda), killing 5 civilians and injuring 35, according to Rwandan authorities.",
 [("5 civilians", "killed:5"), ("35", "injured:35")], 5,
 "after"),
("x129", "2017-03-10",
 "On 10 March 2017, Rwandan police said they had arrested 3 suspected FDLR infiltrators near the border at Rubavu and seized 2 grenades. The men were accused of the killing of five traders near Bugeshi in 2016.",
 [("five traders", "killed:5", "bg")], 0,
 "zero bg killingof distract arrested"),
("x130", "2021-11-15",
 "GOMA - Moto-taxi drivers staged a strike in Goma on Monday after one of their colleagues was shot dead by unidentified gunmen overnight, the latest of at least 30 moto-taxi drivers killed in the city this year, according to the drivers' association.",
 [("one", "killed:1"), ("at least 30 moto-taxi drivers", "killed:>=30", "bg")], 1,
 "press partitive bg local"),
("x131", "2023-06-08",
 "On 8 June 2023, armed men abducted 6 people, including a Catholic priest, on the road between Goma and Rutshuru (North Kivu); the priest was released 3 days later.",
 [("6 people", "abducted:6"), ("a Catholic priest", "abducted:1")], 0,
 "zero abduct subset distract"),
("x132", "2019-10-04",
 "On 4 October 2019, armed men attacked villages in Kinigi (Musanze district, Rwanda), near the border with DR Congo, killing 14 residents with machetes and clubs. The army said it killed 19 of the attackers and captured 5.",
 [("14 residents", "killed:14"), ("19", "killed:19")], 33,
 "after partitive attackers distract add"),
("x133", "2022-07-27",
 "GOMA :: Two peacekeepers and a civilian interpreter were killed and five peacekeepers wounded on Tuesday when a crowd stormed a UN base in Goma , the mission said . Protesters accuse the UN of failing to stop armed groups.",
 [("Two peacekeepers", "killed:2"), ("a civilian interpreter", "killed:1"), ("five peacekeepers", "injured:5")], 3,
 "press coord typo"),
("x134", "2024-02-17",
 "On 17 February 2024, shells hit the town of Sake (Masisi, North Kivu); local authorities said 4 people were killed, 11 wounded and 2 children were missing. The army and M23 blamed each other. A cholera outbreak in the nearby camps has killed 41 people since December, the health ministry said.",
 [("4 people", "killed:4"), ("11", "injured:11"), ("2 children", "missing:2"), ("41 people", "killed:41", "bg")], 4,
 "missing multi epidemic bg"),
("x135", "2022-06-17",
 "On 17 June 2022, a Congolese soldier crossed the border at the Petite Barriere in Gisenyi (Rubavu) and opened fire on Rwandan police, wounding 2 officers, before he was shot dead.",
 [("a Congolese soldier", "killed:1"), ("2 officers", "injured:2")], 1,
 "single attackers"),
("x136", "2022-10-30",
 "On 30 October 2022, M23 captured Kiwanja and Rutshuru (North Kivu) after fighting in which over 20 Congolese soldiers were reported killed, according to local civil society. Hundreds of families fled towards Goma.",
 [("over 20 Congolese soldiers", "killed:>20")], 20,
 "hedge distract vague"),
("x137", "2023-03-02",
 "KIGALI (The New Times) - Rwanda lodged a protest with Kinshasa on Thursday after what it called the fourth violation of its airspace this year by a Congolese Sukhoi-25 jet. No one was hurt, the government spokesperson said.",
 [], 0,
 "press zero distract"),
# ---------------- France and Belgium (x138-x150) ----------------
("x138", "2023-06-27",
 "On 27 June 2023, a police officer shot dead a 17-year-old driver during a traffic stop in Nanterre (Hauts-de-Seine) after the car failed to stop. The killing triggered riots across France over the following nights.",
 [("a 17-year-old driver", "killed:1")], 1,
 "single after"),
("x139", "2023-07-02",
 "PARIS, July 2 (AFP) - French police arrested 719 people overnight as rioting eased, the interior ministry said on Sunday, adding that 45 officers had been injured. Since the unrest began, more than 3,000 people have been detained and some 800 police wounded.",
 [("45 officers", "injured:45"), ("some 800 police", "injured:~800", "bg")], 0,
 "press zero bg hedge distract arrested"),
("x140", "2023-10-16",
 "On 16 October 2023, a gunman who claimed allegiance to the Islamic State shot dead 2 Swedish football supporters in central Brussels and wounded a taxi driver. He was arrested the next morning.",
 [("2 Swedish football supporters", "killed:2"), ("a taxi driver", "injured:1")], 2,
 "after"),
("x141", "2023-12-03",
 "MARSEILLE - Two young men were shot dead and a third wounded in the Frais-Vallon housing estate late on Saturday, bringing to 47 the number of people killed in drug-related violence in the city since January, prosecutors said. The victims were aged 19, 20 and 24.",
 [("Two young men", "killed:2"), ("a third", "injured:1"), ("47", "killed:47", "bg")], 2,
 "press bg distract"),
("x142", "2021-04-12",
 "On 12 April 2021, a Belgian police officer shot and wounded a man armed with a knife who attacked him at Schaerbeek station (Brussels). A passer-by was slightly injured.",
 [("a man", "injured:1"), ("A passer-by", "injured:1")], 0,
 "zero single"),
("x143", "2015-11-13",
 "On 13 November 2015, gunmen and suicide bombers attacked a concert hall, cafes and the national stadium in Paris and Saint-Denis, killing 130 people and injuring over 400. 7 attackers died.",
 [("130 people", "killed:130"), ("over 400", "injured:>400"), ("7 attackers", "killed:7")], 137,
 "attackers add hedge"),
("x144", "2026-01-01",
 "On 1 January 2026, 984 vehicles were set on fire across France during New Year's Eve, and 2 gendarmes were injured by fireworks in Strasbourg.",
 [("2 gendarmes", "injured:2")], 0,
 "zero property distract"),
("x145", "2024-03-07",
 "BRUSSELS (Belga) - A 16-year-old boy was stabbed to death near a metro station in Molenbeek on Wednesday evening; police detained 3 minors. It was the second fatal stabbing in the commune in a month.",
 [("A 16-year-old boy", "killed:1")], 1,
 "press single distract arrested"),
("x146", "2016-07-14",
 "On 14 July 2016, a man drove a 19-tonne truck into crowds celebrating Bastille Day on the seafront in Nice, killing 86 people, 10 of them children, and injuring 434. The driver was shot dead by police.",
 [("86 people", "killed:86"), ("10", "killed:10"), ("434", "injured:434"), ("The driver", "killed:1")], 87,
 "after subset partitive attackers distract"),
("x147", "2022-11-27",
 "On 27 November 2022, after Morocco's World Cup win over Belgium, youths set cars and e-scooters on fire in central Brussels; 12 people were arrested and a journalist was hit in the face by a firework.",
 [("a journalist", "injured:1")], 0,
 "zero distract arrested"),
("x148", "2024-08-26",
 "On 26 August 2024, a gendarme was killed when a driver fleeing a checkpoint ran him over in Mougins (Alpes-Maritimes).",
 [("a gendarme", "killed:1")], 1,
 "single passive"),
("x149", "2023-10-13",
 "ARRAS, France, Oct 13 (Reuters) - A teacher was stabbed to death and 3 other people were wounded, one of them critically, in an attack at a school in Arras on Friday by a former pupil, prosecutors said. The suspect, aged 20, was arrested at the scene.",
 [("A teacher", "killed:1"), ("3 other people", "injured:3"), ("one", "injured:1")], 1,
 "press single subset distract"),
("x150", "2016-03-22",
 "On 22 March 2016, suicide bombers struck the airport at Zaventem and Maelbeek metro station in Brussels, killing 32 people and injuring more than 300. The 3 suicide bombers also died.",
 [("32 people", "killed:32"), ("more than 300", "injured:>300"), ("3 suicide bombers", "killed:3")], 35,
 "attackers add hedge"),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:(>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")


def is_word(c):
    return c.isalnum()


def find(text, surface, occ):
    """Start of the occ-th case-sensitive whole-word match of surface (digits joined by , or . count as one number)."""
    n = 0
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        ok = True
        if is_word(surface[0]) and i > 0:
            p = text[i - 1]
            if is_word(p) or (p in ",." and i > 1 and text[i - 2].isdigit() and surface[0].isdigit()):
                ok = False
        if is_word(surface[-1]) and j < len(text):
            q = text[j]
            if is_word(q) or (q in ",." and j + 1 < len(text) and text[j + 1].isdigit() and surface[-1].isdigit()):
                ok = False
        if ok:
            n += 1
            if n == occ:
                return i
        i = text.find(surface, i + 1)
    raise ValueError("occurrence %d of %r not found" % (occ, surface))


def check_value(v):
    out, _, count = v.partition(":")
    assert out in OUTCOMES, v
    m = COUNT_RE.match(count)
    assert m, v
    if m.group(3):
        assert int(m.group(3)) < int(m.group(4)), v


def build():
    recs = []
    for item in ITEMS:
        iid, dct, text, spans, fat, _tags = item
        out = []
        counted_killed = 0
        for sp in spans:
            surface, value = sp[0], sp[1]
            occ, bg = 1, False
            for extra in sp[2:]:
                if extra == "bg":
                    bg = True
                else:
                    occ = extra
            s = find(text, surface, occ)
            out.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
            if value.startswith("killed:") and not bg:
                counted_killed += 1
        out.sort(key=lambda d: d["start"])
        recs.append(({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                      "spans": out, "fatalities": fat}, counted_killed))
    return recs


def check(rec, counted_killed):
    iid, text = rec["id"], rec["text"]
    assert re.fullmatch(r"x\d{3}", iid), iid
    datetime.date.fromisoformat(rec["dct"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["dct"])
    assert 2015 <= int(rec["dct"][:4]) <= 2026, iid
    assert rec["layers"] == ["casualties"]
    fat = rec["fatalities"]
    assert isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0, iid
    prev_end = -1
    for sp in rec["spans"]:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), (iid, sp)
        assert text[s:e] == sp["text"], (iid, sp)
        assert not text[s].isspace() and not text[e - 1].isspace(), (iid, sp)
        assert s >= prev_end, ("overlap", iid, sp)
        prev_end = e
        assert sp["label"] == "CASUALTY"
        check_value(sp["value"])
    if counted_killed is not None:
        assert (fat == 0) == (counted_killed == 0), ("fatalities vs killed spans", iid)


def main():
    recs = build()
    ids = [r["id"] for r, _ in recs]
    assert len(ids) == len(set(ids)) == 150, len(ids)
    assert ids == ["x%03d" % i for i in range(1, 151)]
    for r, k in recs:
        check(r, k)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    # re-read from disk and check again
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == 150
    counted = {r["id"]: k for r, k in recs}
    for r in back:
        check(r, counted[r["id"]])
    # determinism
    again = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in build())
    assert again == data
    if "--review" in sys.argv:
        for r in back:
            t = r["text"]
            for sp in reversed(r["spans"]):
                t = t[:sp["start"]] + "[" + t[sp["start"]:sp["end"]] + "]{" + sp["value"] + "}" + t[sp["end"]:]
            print("%s  dct=%s  fatalities=%s\n%s\n" % (r["id"], r["dct"], r["fatalities"], t))
    if "--index" in sys.argv:
        idx = {}
        for item in ITEMS:
            for tag in item[5].split():
                idx.setdefault(tag, []).append(item[0])
        for tag in sorted(idx):
            print("%-12s %3d  %s" % (tag, len(idx[tag]), " ".join(idx[tag])))
    # summary
    spans = [sp for r in back for sp in r["spans"]]
    by_out, by_form = {}, {}
    for sp in spans:
        o, c = sp["value"].split(":")
        by_out[o] = by_out.get(o, 0) + 1
        form = next((p for p in (">=", "<=", ">", "~") if c.startswith(p)), "N-M" if "-" in c else "N")
        by_form[form] = by_form.get(form, 0) + 1
    zero = sum(1 for r in back if r["fatalities"] == 0)
    print("items %d, spans %d, toll-0 items %d, no-span items %d" % (
        len(back), len(spans), zero, sum(1 for r in back if not r["spans"])), file=sys.stderr)
    print("by outcome %s; by form %s" % (dict(sorted(by_out.items())), dict(sorted(by_form.items()))), file=sys.stderr)


if __name__ == "__main__":
    main()
