#!/usr/bin/env python3
"""dev-tolls9: hand-written DEVELOPMENT set of casualty spans and per-report death tolls.

Decision lists below are the source of truth. Each item:
  (id, dct, text, spans, fatalities)
Each span: (surface, value) or (surface, value, occurrence) with optional flag "bg"
as the 4th element: a background figure (earlier event, running total, trial/vigil
subject, other country) that is a span but is NOT in the report's fatalities.
Occurrences count case-sensitive whole-word matches of the surface.
Usage: python3 build.py            -> writes tolls-dev9.jsonl and checks it
       python3 build.py --review   -> prints each item with its spans in brackets
"""
import json, re, sys, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev9.jsonl")
BG = "bg"

ITEMS = [
# ---------------- Turkey ----------------
("n001", "2016-03-14",
 "On 13 March 2016, a car bomb exploded near Guven Park in Kizilay, Ankara, killing at least 37 people, including the bomber, and injuring 125. TAK claimed the attack. Fatalities: 37.",
 [("at least 37 people", "killed:>=37"), ("the bomber", "killed:1"), ("125", "injured:125"), ("37", "killed:37", 2)], 37),
("n002", "2016-07-16",
 "ISTANBUL (wire) — Soldiers who blocked the Bosphorus Bridge on the night of the coup attempt opened fire on crowds, and a taxi driver was shot dead near the toll booths. Hospital officials said 14 people were wounded by gunfire on the bridge. Nationwide, the government later put the toll of the night at 251 dead.",
 [("a taxi driver", "killed:1"), ("14 people", "injured:14"), ("251", "killed:251", 1, BG)], 1),
("n003", "2019-10-10",
 "ANKARA — Hundreds gathered at the main railway station on Thursday to mark the anniversary of the twin suicide bombing that killed 103 people at a peace rally in 2015. Relatives laid carnations on the platform; police detained 4 people who unfurled a banner. No incidents were reported.",
 [("103 people", "killed:103", 1, BG)], 0),
("n004", "2019-06-21",
 "On 20 June 2019, a court in Istanbul sentenced 5 ISIS members to aggravated life terms over the 2017 New Year's nightclub shooting in which 39 people were killed. No fatalities.",
 [("39 people", "killed:39", 1, BG)], 0),
("n005", "2021-08-05",
 "On 4 August 2021, unidentified assailants threw a hand grenade at a police post in Istanbul's Esenyurt district. Two officers were lightly wounded; no one was killed.",
 [("Two officers", "injured:2")], 0),
("n006", "2017-10-04",
 "ANKARA, Oct 3 — Police said they had foiled a plot to bomb a crowded bus terminal, seizing 2 suicide vests and 15 kg of explosives in a raid on a flat in the Mamak district. Three suspects were detained. Officials said the cell had planned to kill \"as many people as possible\".",
 [], 0),
("n007", "2016-07-16",
 "On 15 July 2016, during the coup attempt, helicopters of rebel units fired on the special police operations headquarters at Golbasi near Ankara, killing 47 police officers. Officials said dozens more were wounded. Fatalities: 47.",
 [("47 police officers", "killed:47"), ("dozens", "injured:>=24"), ("47", "killed:47", 2)], 47),
("n008", "2022-05-10",
 "ISTANBUL — Turkish officials said on Monday that the security forces had \"neutralised\" 19 PKK militants in northern Iraq over the past week. The ministry's statement gave no breakdown. Separately, an Istanbul court jailed 12 people over a 2015 bombing.",
 [("19 PKK militants", "casualties:19")], 0),
("n009", "2016-12-11",
 "On 10 December 2016, two bombs exploded outside the football stadium in Besiktas, Istanbul, after a match. The blasts killed 38 police officers and 8 civilians, and wounded 155 others. The TAK said it carried out the attack. Fatalities: 46.",
 [("38 police officers", "killed:38"), ("8 civilians", "killed:8"), ("155 others", "injured:155"), ("46", "killed:46")], 46),
("n010", "2018-03-03",
 "On 2 March 2018, a homemade bomb went off under the car of a ruling-party district official in Ankara's Sincan district. The official, who was not in the vehicle, escaped unhurt; the blast destroyed 3 parked cars and shattered shop windows.",
 [], 0),
("n011", "2023-02-13",
 "ANKARA (local press) - A traffic policeman wounded when a bomb hidden in a motorbike went off near the Kizilay metro entrance last Thursday died in hospital on Sunday, raising the toll of the attack to 2. Another officer, 24, remains in intensive care.",
 [("A traffic policeman", "killed:1"), ("2", "killed:2"), ("Another officer", "injured:1")], 2),
("n012", "2024-07-15",
 "ISTANBUL — A new television drama about the night of 15 July, in which 251 people died resisting the coup, drew record ratings on Sunday, the broadcaster said. The series' 40 episodes were filmed in Istanbul and Ankara.",
 [("251 people", "killed:251", 1, BG)], 0),
# ---------------- Egypt ----------------
("n013", "2017-04-09",
 "On 9 April 2017, a suicide bomber blew himself up inside St George's Church in Tanta during Palm Sunday mass, killing 28 worshippers and injuring at least 70. The bomber was also killed. IS claimed responsibility. Fatalities: 29.",
 [("28 worshippers", "killed:28"), ("at least 70", "injured:>=70"), ("The bomber", "killed:1"), ("29", "killed:29")], 29),
("n014", "2018-11-03",
 "7 Copts killed in Minya bus attack\nMINYA, Egypt — Gunmen opened fire on a bus carrying Coptic pilgrims to a desert monastery on Friday, killing 7 people and wounding 14. Among the dead were a 12-year-old boy and his grandfather, relatives said. The attack came a year after 29 pilgrims were killed on the same road.",
 [("7 Copts", "killed:7"), ("7 people", "killed:7"), ("14", "injured:14"), ("a 12-year-old boy", "killed:1"), ("his grandfather", "killed:1"), ("29 pilgrims", "killed:29", 1, BG)], 7),
("n015", "2018-02-23",
 "On 22 February 2018, militants attacked an army checkpoint south of El Arish in North Sinai. The army said its forces repelled the assault and \"neutralised\" 10 takfiri elements; the claim could not be verified. No army casualties were reported.",
 [("10 takfiri elements", "casualties:10")], 0),
("n016", "2020-10-02",
 "CAIRO — A military court on Thursday sentenced 17 defendants to death for the 2017 church bombings in Tanta and Alexandria, which killed 45 people. Nineteen others received life terms.",
 [("45 people", "killed:45", 1, BG)], 0),
("n017", "2020-06-04",
 "On 3 June 2020, gunmen abducted 3 Coptic farm workers from a village near Bir al-Abd in North Sinai. Their families said the kidnappers demanded a ransom and threatened to kill them.",
 [("3 Coptic farm workers", "abducted:3")], 0),
("n018", "2019-01-13",
 "On 12 January 2019, unidentified gunmen shot dead a Coptic shopkeeper outside his store in Tahta, Sohag governorate, and fled on a motorcycle. Police arrested 2 suspects the next day.",
 [("a Coptic shopkeeper", "killed:1")], 1),
("n019", "2016-09-13",
 "ASWAN — Police fired tear gas to break up a sit-in by villagers demanding clean water on Monday; 6 protesters were treated for tear gas inhalation. The villagers say a typhoid outbreak killed 4 people there last summer.",
 [("6 protesters", "injured:6"), ("4 people", "killed:4", 1, BG)], 0),
("n020", "2017-11-25",
 "On 24 November 2017, gunmen bombed and then fired on worshippers at al-Rawda mosque in Bir al-Abd, North Sinai. State media said 305 people were killed, including 27 children, and 128 wounded; a local tribal source put the dead at more than 310. Fatalities: 305.",
 [("305 people", "killed:305"), ("27 children", "killed:27"), ("128", "injured:128"), ("more than 310", "killed:>310"), ("305", "killed:305", 2)], 305),
("n021", "2022-10-18",
 "On 17 October 2022, police in Cairo's Ain Shams district defused an explosive device left near a church gate. Nobody was hurt. The interior ministry said 2 men were arrested and a third was \"neutralised\" in a shootout.",
 [("a third", "casualties:1")], 0),
("n022", "2020-03-09",
 "On 8 March 2020, militants fired mortar rounds on the outskirts of Sheikh Zuweid, North Sinai, killing 40 sheep and a camel belonging to a Bedouin herder. The herder and his son escaped unhurt.",
 [], 0),
("n023", "2015-06-15",
 "CAIRO (wire) -- A police conscript was killed and 3 passers-by hurt when a bomb hidden in a flower pot exploded near a checkpoint in Giza on Sunday morning, the interior ministry said. No group claimed the blast, the third in the capital this month; an earlier one killed 2 policemen in Nasr City.",
 [("A police conscript", "killed:1"), ("3 passers-by", "injured:3"), ("2 policemen", "killed:2", 1, BG)], 1),
("n024", "2018-04-02",
 "On 1 April 2018, the Sinai branch of IS released a video threatening to kill Egyptian Christians and urging attacks on churches during Easter. Security was tightened at 80 churches in Upper Egypt.",
 [], 0),
# ---------------- Morocco and Mauritania ----------------
("n025", "2018-12-17",
 "On 17 December 2018, two Scandinavian women hikers were found killed at a camp near Imlil in the High Atlas, Morocco. Police arrested 4 suspects who had pledged allegiance to IS. Fatalities: 2.",
 [("two Scandinavian women hikers", "killed:2"), ("2", "killed:2")], 2),
("n026", "2019-10-31",
 "RABAT — An appeals court in Sale upheld death sentences on Thursday against 3 men convicted of the murder of two hikers near Imlil in 2018.",
 [("two hikers", "killed:2", 1, BG)], 0),
("n027", "2017-05-29",
 "AL HOCEIMA, Morocco — Thousands marched through the town on Sunday, seven months after the death of a fish seller crushed in a rubbish truck sparked the Hirak protests. Police said 39 officers were injured when stones were thrown; 7 protesters were arrested.",
 [("a fish seller", "killed:1", 1, BG), ("39 officers", "injured:39")], 0),
("n028", "2023-07-22",
 "On 21 July 2023, soldiers fired on a vehicle smuggling fuel near the Malian border east of Bassikounou, Mauritania, killing the driver. Two passengers were wounded and later taken to the hospital in Nema.",
 [("the driver", "killed:1"), ("Two passengers", "injured:2")], 1),
("n029", "2023-02-10",
 "On 9 February 2023, a detainee held at a police station in Nouakchott's Sebkha district died of ill-treatment in custody, according to his family and a rights group. Police said he had fallen ill. Fatalities: 1.",
 [("a detainee", "killed:1"), ("1", "killed:1")], 1),
("n030", "2023-05-31",
 "On 30 May 2023, youths burned tyres and blocked roads in Boghe, Mauritania, protesting the death of a young man in police custody in Nouakchott the previous week. Security forces dispersed them with tear gas; no casualties were reported and 15 people were arrested.",
 [("a young man", "killed:1", 1, BG)], 0),
("n031", "2022-04-11",
 "On 10 April 2022, a drone strike hit a convoy of gold prospectors' vehicles near the border between Mauritania and Western Sahara, killing 3 Mauritanian gold miners, according to local sources. Polisario-linked media said at least 5 had died. Fatalities: 3.",
 [("3 Mauritanian gold miners", "killed:3"), ("at least 5", "killed:>=5"), ("3", "killed:3", 2)], 3),
("n032", "2016-04-10",
 "CASABLANCA — Police detained 11 football supporters after clashes outside the stadium on Saturday left 23 people hurt, including 9 police officers. The stadium has been under scrutiny since a crush at a concert in Rabat killed 11 people in 2009.",
 [("23 people", "injured:23"), ("9 police officers", "injured:9"), ("11 people", "killed:11", 1, BG)], 0),
("n033", "2020-09-11",
 "On 10 September 2020, the BCIJ dismantled an IS-linked cell in Tangier, Tiflet, Temara and Skhirat, arresting 5 suspects who were allegedly planning suicide attacks. Suicide belts and 3 kg of ammonium nitrate were seized.",
 [], 0),
("n034", "2021-03-14",
 "KIFFA, Mauritania (local press) — A clash between herders over a well near Kankossa on Saturday left 3 herders dead, and a fourth man who had been stabbed died on the road to hospital, the prefect said. The dead numbered 4 by Sunday; 6 others were wounded. Around 200 head of cattle were scattered.",
 [("3 herders", "killed:3"), ("a fourth man", "killed:1"), ("4", "killed:4"), ("6 others", "injured:6")], 4),
("n035", "2022-06-25",
 "On 24 June 2022, some 2,000 migrants tried to scale the border fence between Nador and Melilla. Moroccan authorities said 23 migrants died, most of them in a crush; rights groups said 37 died and 77 remained missing. 140 Moroccan officers and hundreds of migrants were injured.",
 [("23 migrants", "killed:23"), ("37", "killed:37"), ("77", "missing:77"), ("140 Moroccan officers", "injured:140"), ("hundreds", "injured:>=200")], 23),
("n036", "2023-06-24",
 "NADOR — Rights groups held a vigil on Friday for the migrants who died at the Melilla fence a year ago, when at least 23 people were killed. Organisers said 70 families still had no news of their relatives.",
 [("at least 23 people", "killed:>=23", 1, BG)], 0),
# ---------------- Hong Kong and Macau ----------------
("n037", "2019-06-13",
 "HONG KONG — Police fired tear gas and rubber bullets at protesters in Admiralty on 12 June 2019; the hospital authority said 81 people were injured, including 22 police officers. Two were in serious condition.",
 [("81 people", "injured:81"), ("22 police officers", "injured:22"), ("Two", "injured:2")], 0),
("n038", "2019-11-08",
 "On 8 November 2019, a university student who fell from a car park in Tseung Kwan O during a police dispersal operation died in hospital. Protesters held vigils across the city that evening.",
 [("a university student", "killed:1")], 1),
("n039", "2021-05-18",
 "HONG KONG — The trial of 4 men charged over the death of Luo Changqing, a 70-year-old cleaner struck by a brick during a clash in Sheung Shui in November 2019, opened on Monday.",
 [("a 70-year-old cleaner", "killed:1", 1, BG)], 0),
("n040", "2019-07-22",
 "On 21 July 2019, men in white shirts armed with rods attacked commuters and protesters at Yuen Long MTR station. 45 people were hospitalised, one of them in critical condition. 12 men were later arrested.",
 [("45 people", "injured:45"), ("one", "injured:1")], 0),
("n041", "2019-11-07",
 "HONG KONG (local press) — A pro-Beijing lawmaker escaped unhurt when a man posing as a supporter lunged at him with a knife outside a Tuen Mun shopping mall on Wednesday; 3 aides suffered cuts. The attacker, 30, was subdued.",
 [("3 aides", "injured:3")], 0),
("n042", "2018-03-11",
 "MACAU — A casino security guard was stabbed to death in a staff car park in Cotai early on Saturday, police said, in what they called a dispute between loan-shark gangs. Two other guards were wounded. Macau recorded 2 homicides in all of last year.",
 [("A casino security guard", "killed:1"), ("Two other guards", "injured:2"), ("2 homicides", "killed:2", 1, BG)], 1),
("n043", "2020-01-15",
 "MACAU — Police used pepper spray to disperse about 100 casino workers protesting unpaid wages outside a hotel in Taipa on Tuesday; 4 workers were taken to hospital. The dispute dates back to 2017, when Typhoon Hato killed 10 people in the city and shut casinos for days.",
 [("4 workers", "injured:4"), ("10 people", "killed:10", 1, BG)], 0),
("n044", "2021-07-02",
 "On 1 July 2021, a man stabbed a police officer in the back in Causeway Bay and then stabbed himself in the chest. The 50-year-old assailant died in hospital hours later; the officer was seriously injured.",
 [("a police officer", "injured:1"), ("The 50-year-old assailant", "killed:1")], 1),
("n045", "2017-05-12",
 "HONG KONG — A book about the 1967 leftist riots, in which 51 people died, including 10 police officers, went on sale on Thursday after two publishers turned it down.",
 [("51 people", "killed:51", 1, BG), ("10 police officers", "killed:10", 1, BG)], 0),
("n046", "2016-08-20",
 "MACAU — Three people died, including the man who started the blaze, when a jilted customer doused a massage parlour in the NAPE district with petrol and set it alight early on Friday. Five women employees were treated for burns and smoke inhalation.",
 [("Three people", "killed:3"), ("the man", "killed:1"), ("Five women employees", "injured:5")], 3),
("n047", "2019-10-05",
 "On 4 October 2019, police arrested 2 men who had posted online threats to kill the children of police officers, and seized 3 petrol bombs in a Mong Kok flat.",
 [], 0),
("n048", "2019-11-19",
 "On 18 November 2019, police besieged the Polytechnic University campus in Hung Hom. Medical volunteers said more than 280 people were treated, some for hypothermia; police said 1,100 people were arrested and fewer than 10 officers were hurt. An arrow fired from the campus struck a police media officer in the calf.",
 [("more than 280 people", "injured:>280"), ("fewer than 10 officers", "injured:<=9"), ("a police media officer", "injured:1")], 0),
# ---------------- Philippines ----------------
("n049", "2017-08-17",
 "On 16 August 2017, a 17-year-old student was shot dead by police during an anti-drug operation in Caloocan, Metro Manila. Police said he had fired at them; witnesses disputed this. Fatalities: 1.",
 [("a 17-year-old student", "killed:1"), ("1", "killed:1")], 1),
("n050", "2017-08-16",
 "MANILA (wire) — Police shot dead 32 suspected drug dealers in a series of raids across Bulacan province in a single night, the provincial police chief said on Wednesday. The killings bring the national toll of the anti-drug campaign since July 2016 to more than 3,400, according to police figures; rights groups put it far higher.",
 [("32 suspected drug dealers", "killed:32"), ("more than 3,400", "killed:>3400", 1, BG)], 32),
("n051", "2018-11-30",
 "MANILA — A court convicted 3 Caloocan police officers on Thursday of the murder of a 17-year-old student during a 2017 anti-drug raid, the first such verdict of the campaign.",
 [("a 17-year-old student", "killed:1", 1, BG)], 0),
("n052", "2017-05-24",
 "On 23 May 2017, fighting broke out in Marawi City, Lanao del Sur, after troops tried to arrest Isnilon Hapilon. Maute group militants killed 3 soldiers and a police officer and occupied parts of the city. Fatalities: 4.",
 [("3 soldiers", "killed:3"), ("a police officer", "killed:1"), ("4", "killed:4")], 4),
("n053", "2018-03-20",
 "MARAWI — Five months after the siege ended, only a few thousand of the 200,000 residents displaced by the fighting have returned to the city's main battle area. The five-month battle killed an estimated 1,100 people, most of them militants, according to the military.",
 [("an estimated 1,100 people", "killed:~1100", 1, BG)], 0),
("n054", "2019-03-03",
 "On 2 March 2019, suspected NPA rebels abducted 2 barangay tanods in a village in Lanao del Norte. A farmer who was with them is still missing.",
 [("2 barangay tanods", "abducted:2"), ("A farmer", "missing:1")], 0),
("n055", "2018-07-03",
 "CAGAYAN DE ORO (local press) — The bodies of two barangay officials who went missing after a drug-watchlist meeting were found in a ravine in Iligan City on Monday, police said. Both had gunshot wounds; a 3rd official remains missing.",
 [("two barangay officials", "killed:2"), ("a 3rd official", "missing:1")], 2),
("n056", "2017-06-12",
 "On 11 June 2017, an air force bombing run over Marawi's Bangolo district destroyed 40 houses and a mosque, the military said. No civilians were reported hurt; soldiers rescued 17 residents trapped in a basement.",
 [], 0),
("n057", "2017-06-01",
 "On 31 May 2017, an air force SF-260 bombed its own troops in Marawi, killing 10 soldiers and wounding 7, the defence secretary said. The Maute group claimed on social media that 30 soldiers had died in the strike. Fatalities: 10.",
 [("10 soldiers", "killed:10"), ("7", "injured:7"), ("30 soldiers", "killed:30"), ("10", "killed:10", 2)], 10),
("n058", "2019-02-17",
 "MANILA — A documentary following the families of 6 men killed in a single night of police raids in Manila's Tondo district in 2016 won a prize at a Berlin festival on Saturday.",
 [("6 men", "killed:6", 1, BG)], 0),
("n059", "2018-07-09",
 "On 9 July 2018, police in Quezon City said they had \"neutralized\" 4 drug personalities and arrested 28 others in Oplan Tokhang raids over the weekend.",
 [("4 drug personalities", "casualties:4")], 0),
("n060", "2017-01-05",
 "MANILA, Jan 5 — A jeepney driver and his 8-year-old son were killed when motorcycle-riding gunmen sprayed their vehicle with bullets in Tondo overnight, police said. A passenger was wounded. Police said the driver was on a drug watch list; it was the 4th such killing in the barangay this month.",
 [("A jeepney driver", "killed:1"), ("his 8-year-old son", "killed:1"), ("A passenger", "injured:1")], 2),
# ---------------- Myanmar: Rakhine and Chin ----------------
("n061", "2020-04-15",
 "On 14 April 2020, army artillery shells landed in Kyauk Seik village, Ponnagyun township, Rakhine State, killing 8 villagers including 2 children, and wounding 12. The Arakan Army blamed the Tatmadaw; the military blamed the AA. Fatalities: 8.",
 [("8 villagers", "killed:8"), ("2 children", "killed:2"), ("12", "injured:12"), ("8", "killed:8", 2)], 8),
("n062", "2024-02-04",
 "On 3 February 2024, a military jet bombed a church and a school building in Thantlang township, Chin State. Residents said the town had been abandoned since 2021 and nobody was hurt; 2 of the 3 bombs failed to detonate.",
 [], 0),
("n063", "2023-05-10",
 "HAKHA, Chin State (local media) — Between 7 and 9 people were killed when military aircraft bombed a market in Falam township on Tuesday, according to a Chin rights group. A local resistance group said 11 had died. At least 20 were wounded.",
 [("Between 7 and 9 people", "killed:7-9"), ("11", "killed:11"), ("At least 20", "injured:>=20")], 7),
("n064", "2023-08-26",
 "COX'S BAZAR — Rohingya refugees marked the sixth anniversary of the 2017 military crackdown in Rakhine State, in which at least 6,700 Rohingya were killed in the first month alone, according to a medical charity.",
 [("at least 6,700 Rohingya", "killed:>=6700", 1, BG)], 0),
("n065", "2019-11-05",
 "On 4 November 2019, Arakan Army fighters stopped a passenger boat on the Kaladan River in Paletwa township, Chin State, and abducted 11 people, among them 6 soldiers and a township official.",
 [("11 people", "abducted:11"), ("6 soldiers", "abducted:6"), ("a township official", "abducted:1")], 0),
("n066", "2019-03-30",
 "On 29 March 2019, a military helicopter fired on rock-quarry workers near Ramree, Rakhine State, killing 6 workers; locals said 7 or 8 died. Fatalities: 6.",
 [("6 workers", "killed:6"), ("7 or 8", "killed:7-8"), ("6", "killed:6", 2)], 6),
("n067", "2021-08-23",
 "On 22 August 2021, a landmine exploded in a paddy field outside Mrauk-U town, Rakhine State, wounding a farmer and killing his 2 buffaloes.",
 [("a farmer", "injured:1")], 0),
("n068", "2021-05-08",
 "On 7 May 2021, fighting broke out between the Chinland Defense Force and the military in Mindat, Chin State. The CDF said it killed 15 soldiers; state media said \"terrorists\" had killed 3 security personnel. Fatalities: 3.",
 [("15 soldiers", "killed:15"), ("3 security personnel", "killed:3"), ("3", "killed:3", 2)], 3),
("n069", "2022-06-14",
 "SITTWE — Police arrested 9 young men accused of links with the Arakan Army in Sittwe on Monday. Movement restrictions have hampered health care in the camps where, aid groups say, 40 people died of diarrhoea during the last rainy season.",
 [("40 people", "killed:40", 1, BG)], 0),
("n070", "2022-09-10",
 "On 9 September 2022, troops raided Thantlang town, Chin State, and burned around 30 houses. Residents later found the bodies of 2 elderly men in a burned house; a 3rd man remains missing.",
 [("2 elderly men", "killed:2"), ("a 3rd man", "missing:1")], 2),
("n071", "2024-02-13",
 "On 12 February 2024, a navy vessel shelled the outskirts of Kyaukphyu town. Residents said no one was killed, but 4 houses were hit and a woman was injured by shrapnel.",
 [("a woman", "injured:1")], 0),
("n072", "2024-01-08",
 "SITTWE (wire) — A military air strike on a village in Minbya township killed at least 23 people on Sunday, among them 9 children, local officials said. According to a rights monitor, more than 6,000 civilians have been killed across Myanmar since the February 2021 coup.",
 [("at least 23 people", "killed:>=23"), ("9 children", "killed:9"), ("more than 6,000 civilians", "killed:>6000", 1, BG)], 23),
# ---------------- Ukraine: west and south ----------------
("n073", "2023-07-06",
 "On 6 July 2023, a Russian cruise missile hit a residential building in Lviv, killing 10 people and injuring 37, according to the regional governor. Rescuers pulled 7 people from the rubble alive. Fatalities: 10.",
 [("10 people", "killed:10"), ("37", "injured:37"), ("10", "killed:10", 2)], 10),
("n074", "2024-03-20",
 "ODESA — Debris from a downed Shahed drone set fire to a warehouse in the Odesa port overnight and injured 2 security guards, the regional administration said. Air defences shot down 14 of 17 drones launched over the south.",
 [("2 security guards", "injured:2")], 0),
("n075", "2024-03-04",
 "ODESA (wire) — The death toll from Saturday's drone strike on an apartment block in Odesa rose to 12 after rescuers recovered the bodies of a mother and her 4-month-old baby from the rubble, officials said on Monday. About 20 people were injured.",
 [("12", "killed:12"), ("a mother", "killed:1"), ("her 4-month-old baby", "killed:1"), ("About 20 people", "injured:~20")], 12),
("n076", "2025-05-02",
 "ODESA — Several hundred people laid flowers outside the Trade Unions House on Friday to mark 11 years since the clashes and fire of 2 May 2014, in which 48 people died. Police kept the two sides apart and reported no incidents.",
 [("48 people", "killed:48", 1, BG)], 0),
("n077", "2024-03-01",
 "On 1 March 2024, the UN monitoring mission said at least 10,500 civilians had been killed in Ukraine since February 2022. The same day, a drone hit an energy facility in Lviv oblast; no casualties were reported.",
 [("at least 10,500 civilians", "killed:>=10500", 1, BG)], 0),
("n078", "2022-03-30",
 "On 29 March 2022, a Russian missile struck the regional administration building in Mykolaiv, killing 37 people and wounding 33. Among those killed were 2 regional officials. Fatalities: 37.",
 [("37 people", "killed:37"), ("33", "injured:33"), ("2 regional officials", "killed:2"), ("37", "killed:37", 2)], 37),
("n079", "2022-06-22",
 "KHERSON — A car bomb planted under the vehicle of a Russian-installed official in Nova Kakhovka detonated on Tuesday. The official suffered a concussion; local authorities described it as an attempt to kill him.",
 [("The official", "injured:1")], 0),
("n080", "2022-03-13",
 "On 13 March 2022, Russian missiles struck the peacekeeping training centre at Yavoriv, Lviv oblast, about 25 km from the Polish border. The governor said 35 people were killed and 134 wounded; Russia's defence ministry claimed up to 180 foreign mercenaries had been killed. Fatalities: 35.",
 [("35 people", "killed:35"), ("134", "injured:134"), ("up to 180 foreign mercenaries", "killed:<=180"), ("35", "killed:35", 2)], 35),
("n081", "2023-09-14",
 "ODESA — The SBU said on Wednesday it had detained 2 men who were preparing to blow up a railway bridge near Odesa and planned to kill a military commander. Explosives and a drone were seized.",
 [], 0),
("n082", "2023-11-26",
 "KHERSON (local media) — A 63-year-old woman wounded by Russian artillery fire in the Dniprovskyi district on Friday died in hospital overnight, the regional military administration said. Shelling of the region over the past day wounded 9 more people, including a child.",
 [("A 63-year-old woman", "killed:1"), ("9 more people", "injured:9"), ("a child", "injured:1")], 1),
("n083", "2023-06-15",
 "On 15 June 2023, a Ukrainian official said 3 sailors remained missing after a Russian missile hit a civilian cargo ship off Odesa port the previous week; 2 crew members were rescued with injuries.",
 [("3 sailors", "missing:3"), ("2 crew members", "injured:2")], 0),
("n084", "2023-03-10",
 "LVIV — Hundreds of mourners lined the streets on Thursday for the funeral of 4 soldiers from the Lviv region killed in fighting near Bakhmut last week.",
 [("4 soldiers", "killed:4", 1, BG)], 0),
# ---------------- Zambia and Tanzania ----------------
("n085", "2021-08-02",
 "On 1 August 2021, PF and UPND cadres clashed in Kanyama, Lusaka; a PF cadre was hacked to death with a machete. Police said 3 others were injured and arrested 11 suspects.",
 [("a PF cadre", "killed:1"), ("3 others", "injured:3")], 1),
("n086", "2019-02-12",
 "LUSAKA — The High Court on Monday acquitted a police constable charged with the murder of a UPND supporter shot during a 2016 protest in Chawama township.",
 [("a UPND supporter", "killed:1", 1, BG)], 0),
("n087", "2020-12-24",
 "On 23 December 2020, police fired live rounds to disperse UPND supporters gathered outside police headquarters in Lusaka, where Hakainde Hichilema had been summoned. A state prosecutor and a party supporter were shot dead. Fatalities: 2.",
 [("A state prosecutor", "killed:1"), ("a party supporter", "killed:1"), ("2", "killed:2")], 2),
("n088", "2021-07-15",
 "On 14 July 2021, PF cadres threatened to kill a radio presenter in Mpika, Muchinga province, after he hosted an opposition candidate. Police arrested 2 cadres; the station was closed for 3 days.",
 [], 0),
("n089", "2017-01-22",
 "On 21 January 2017, gunmen fired at a police patrol vehicle in Kibiti district, Pwani region, Tanzania, wounding 2 officers. The attackers escaped with a rifle.",
 [("2 officers", "injured:2")], 0),
("n090", "2017-04-14",
 "EIGHT POLICE KILLED IN MKURANGA AMBUSH\nDAR ES SALAAM (wire) — Gunmen on motorcycles ambushed a police vehicle in Mkuranga on Thursday and killed 8 police officers, seizing their weapons, the inspector general said. The attack was the deadliest on police in the Pwani region, where more than 30 local officials and officers have been killed since 2015.",
 [("EIGHT POLICE", "killed:8"), ("8 police officers", "killed:8"), ("more than 30 local officials and officers", "killed:>30", 1, BG)], 8),
("n091", "2020-11-12",
 "ZANZIBAR — The opposition ACT-Wazalendo said on Wednesday that 5 of its members had been abducted by men in civilian clothes after the 2020 election, and that 3 of them were still missing. Police denied any involvement.",
 [("5", "abducted:5"), ("3", "missing:3")], 0),
("n092", "2025-10-30",
 "On 29 October 2025, security forces fired on protesters in the Kimara and Mbagala areas of Dar es Salaam during election-day demonstrations. A hospital source said at least 10 bodies were brought in; the opposition claimed as many as 700 people had been killed nationwide. Police said 2 officers were injured. Fatalities: 10.",
 [("at least 10 bodies", "killed:>=10"), ("as many as 700 people", "killed:<=700"), ("2 officers", "injured:2"), ("10", "killed:10", 2)], 10),
("n093", "2018-06-20",
 "DODOMA — A stage play about the killing of children with albinism in the Lake Zone toured secondary schools in Dodoma this month. Campaigners say at least 76 people with albinism have been killed in Tanzania since 2000.",
 [("at least 76 people", "killed:>=76", 1, BG)], 0),
("n094", "2022-03-07",
 "KITWE (local press) — A 34 year old security guard at the Nkana mine who was assaulted by illegal miners (jerabos) on Saturday has died, Copperbelt police commissioner confirmed. Two of his colleagues remain admitted at Kitwe Central Hospital.",
 [("A 34 year old security guard", "killed:1"), ("Two", "injured:2")], 1),
("n095", "2018-06-05",
 "On 4 June 2018, police in Mtwara said officers had killed, wounded or captured 14 suspected insurgents during operations along the Ruvuma River border with Mozambique over the previous month.",
 [("14 suspected insurgents", "casualties:14")], 0),
("n096", "2022-09-04",
 "On 3 September 2022, suspected cattle rustlers set fire to 6 homesteads in Namwala district, Southern province, Zambia, and killed 12 head of cattle. The villagers had fled and no one was hurt.",
 [], 0),
# ---------------- Peru ----------------
("n097", "2023-01-10",
 "On 9 January 2023, protesters attempted to take the airport in Juliaca, Puno. Police fired on the crowd; 17 civilians were killed, and a police officer was burned to death by protesters that night. Over 100 people were injured. Fatalities: 18.",
 [("17 civilians", "killed:17"), ("a police officer", "killed:1"), ("Over 100 people", "injured:>100"), ("18", "killed:18")], 18),
("n098", "2024-01-10",
 "LIMA — Relatives of the 18 people killed in Juliaca in January 2023 marched to the prosecutor's office on Tuesday to demand charges against former ministers. Police estimated the crowd at 3,000.",
 [("18 people", "killed:18", 1, BG)], 0),
("n099", "2022-12-16",
 "AYACUCHO, Peru (wire) - Soldiers fired on demonstrators who tried to occupy the airport here on Thursday, killing at least 7 people, among them a 15 year old boy, hospital officials said. Later in the day the health ministry raised the toll to 8. About 52 people were hurt.",
 [("at least 7 people", "killed:>=7"), ("a 15 year old boy", "killed:1"), ("8", "killed:8"), ("About 52 people", "injured:~52")], 8),
("n100", "2023-01-21",
 "On 20 January 2023, protesters blocked the Panamericana Sur near Ica with rocks and burning tyres. Two police officers were wounded by stones. Authorities said a truck driver had died of a heart attack while stranded at a blockade the day before.",
 [("Two police officers", "injured:2")], 0),
("n101", "2022-12-12",
 "On 11 December 2022, protesters clashed with police at the Andahuaylas airport, Apurimac. Two young men died of gunshot wounds and a third, a 16-year-old, died later in hospital; 1 police officer was hospitalised.",
 [("Two young men", "killed:2"), ("a third", "killed:1"), ("1 police officer", "injured:1")], 3),
("n102", "2023-01-20",
 "LIMA - During the march on the capital on 19 January 2023, a building near Plaza San Martin caught fire; firefighters said nobody was trapped. Police said 22 officers and 16 civilians were injured, and 1 protester was reported missing by his family.",
 [("22 officers", "injured:22"), ("16 civilians", "injured:16"), ("1 protester", "missing:1")], 0),
("n103", "2022-12-31",
 "On 30 December 2022, police in Cusco arrested 3 men accused of planning to attack a power substation during the protests; officers said they seized 40 sticks of dynamite. Nobody was hurt.",
 [], 0),
("n104", "2023-01-14",
 "PUNO — An Aymara community leader was shot dead at a roadblock near Ilave on Friday, police said. In neighbouring Bolivia, supporters of the protests reported 2 deaths in clashes the same week.",
 [("An Aymara community leader", "killed:1"), ("2 deaths", "killed:2", 1, BG)], 1),
("n105", "2023-02-09",
 "On 8 February 2023, ronderos in Chumbivilcas, Cusco, held 2 police officers captive for several hours before releasing them unharmed.",
 [("2 police officers", "abducted:2")], 0),
("n106", "2022-12-13",
 "On 12 December 2022, in Chincheros, Apurimac, a teenager was killed by a tear-gas canister during a roadblock. The Ombudsman's office first reported 2 dead in the province that day, then corrected the figure to 1.",
 [("a teenager", "killed:1"), ("2", "killed:2"), ("1", "killed:1")], 1),
("n107", "2021-07-13",
 "LIMA — Prosecutors charged 2 former police commanders on Monday over the deaths of 2 students shot during the November 2020 protests in Lima.",
 [("2 students", "killed:2", 1, BG)], 0),
("n108", "2023-01-14",
 "Dozens hurt as police clear Arequipa bridge\nAREQUIPA — Police used tear gas to clear protesters from the Anashuayco bridge on Friday. Health officials said 30 people were treated, including 9 officers; there were no deaths.",
 [("Dozens", "injured:>=24"), ("30 people", "injured:30"), ("9 officers", "injured:9")], 0),
# ---------------- Haiti: Artibonite ----------------
("n109", "2024-10-04",
 "On 3 October 2024, members of the Gran Grif gang attacked Pont-Sonde, Saint-Marc commune, Artibonite, killing at least 115 people, including women, babies and elderly residents, according to local authorities; the UN put the toll at 70. 16 people were seriously injured. Fatalities: 70.",
 [("at least 115 people", "killed:>=115"), ("70", "killed:70"), ("16 people", "injured:16"), ("70", "killed:70", 2)], 70),
("n110", "2023-03-15",
 "On 14 March 2023, Gran Grif gang members abducted 6 passengers from a bus on National Road 1 near Liancourt, Artibonite. A driver who tried to flee was shot in the leg.",
 [("6 passengers", "abducted:6"), ("A driver", "injured:1")], 0),
("n111", "2023-08-30",
 "SAINT-MARC (local press) – Gunmen from the Kokorat San Ras gang stormed the rice paddies of Bocozelle on Tuesday and killed 4 rice farmers and a moto-taxi driver, residents told our correspondent. The killing of the five men, whose bodies were burnt, was confirmed by a police source. Dozens of families fled towards Saint-Marc.",
 [("4 rice farmers", "killed:4"), ("a moto-taxi driver", "killed:1"), ("five men", "killed:5")], 5),
("n112", "2024-05-12",
 "On 11 May 2024, the Haitian National Police said its units in Petite-Riviere de l'Artibonite had \"neutralized\" 9 bandits and seized 2 rifles during an operation against the Gran Grif gang.",
 [("9 bandits", "casualties:9")], 0),
("n113", "2025-10-03",
 "PONT-SONDE — A year after the massacre in which some 100 residents were killed, survivors gathered at the market on Friday for a mass. Most of the 6,000 people who fled have not returned.",
 [("some 100 residents", "killed:~100", 1, BG)], 0),
("n114", "2023-03-23",
 "On 22 March 2023, Gran Grif gang members attacked Liancourt and Verrettes. Police recovered 12 bodies in the fields the next day; by 25 March the dead numbered 15, according to the departmental delegate. Fatalities: 15.",
 [("12 bodies", "killed:12"), ("15", "killed:15"), ("15", "killed:15", 2)], 15),
("n115", "2024-06-18",
 "SAINT-MARC — A medical charity said on Monday it had treated 37 gunshot victims at its Saint-Marc clinic in the past month. The Artibonite was also the centre of the 2010 cholera epidemic, which killed more than 9,000 Haitians.",
 [("37 gunshot victims", "injured:37"), ("more than 9,000 Haitians", "killed:>9000", 1, BG)], 0),
("n116", "2022-06-07",
 "On 6 June 2022, gang members ambushed a police patrol at Pont-Sonde, killing a police inspector. Officers returned fire and shot dead one of the attackers. Fatalities: 2.",
 [("a police inspector", "killed:1"), ("one", "killed:1"), ("2", "killed:2")], 2),
("n117", "2023-08-19",
 "On 18 August 2023, the leader of the Gran Grif gang posted a voice message threatening to kill any farmer who returned to the plains of Savien, Artibonite. The gang burned 20 houses and a church in Savien the same week.",
 [], 0),
("n118", "2024-09-10",
 "On 9 September 2024, relatives reported 4 fishermen missing after they set out from Grande-Saline towards an area controlled by Gran Grif; their boat was found empty.",
 [("4 fishermen", "missing:4")], 0),
("n119", "2026-01-12",
 "On 11 January 2026, gunmen opened fire on herders moving cattle near Desdunes, Artibonite, killing 17 cows and wounding 2 herders.",
 [("2 herders", "injured:2")], 0),
("n120", "2025-04-13",
 "PETITE-RIVIERE DE L'ARTIBONITE (wire) — Gang members killed a pastor and his wife in their home in the Dessalines commune overnight , the mayor said Sunday. It was the 3rd attack on the area this year ; in February a raid killed 8 people in the same neighbourhood.",
 [("a pastor", "killed:1"), ("his wife", "killed:1"), ("8 people", "killed:8", 1, BG)], 2),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def find(text, surface, occ):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    ms = list(pat.finditer(text))
    if len(ms) < occ:
        raise SystemExit("surface %r occurrence %d not found" % (surface, occ))
    return ms[occ - 1].start(), ms[occ - 1].end()


def build():
    rows = []
    for iid, dct, text, spans, fat in ITEMS:
        out = []
        for sp in spans:
            surface, value = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 1
            s, e = find(text, surface, occ)
            out.append({"start": s, "end": e, "label": "CASUALTY", "text": text[s:e], "value": value})
        out.sort(key=lambda d: (d["start"], d["end"]))
        rows.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                     "spans": out, "fatalities": fat})
    return rows


def counted_killed(iid):
    item = [it for it in ITEMS if it[0] == iid][0]
    return [sp for sp in item[3] if sp[1].startswith("killed:") and not (len(sp) > 3 and sp[3] == BG)]


def check(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        datetime.date.fromisoformat(r["dct"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"])
        assert 2015 <= int(r["dct"][:4]) <= 2026, r["id"]
        assert r["layers"] == ["casualties"]
        nsent = len(re.findall(r"[.!?](\s|$)", r["text"]))
        assert 1 <= nsent <= 6, (r["id"], nsent)
        prev_end = -1
        for sp in r["spans"]:
            t = r["text"]
            assert t[sp["start"]:sp["end"]] == sp["text"], (r["id"], sp)
            assert sp["text"] and not sp["text"][0].isspace() and not sp["text"][-1].isspace(), (r["id"], sp)
            assert sp["start"] >= prev_end, ("overlap", r["id"], sp)
            prev_end = sp["end"]
            assert sp["label"] == "CASUALTY"
            outc, _, cnt = sp["value"].partition(":")
            assert outc in OUTCOMES, (r["id"], sp)
            m = COUNT_RE.match(cnt)
            assert m, (r["id"], sp)
            if m.group(2):
                assert int(m.group(2)) < int(m.group(3)), (r["id"], sp)
        f = r["fatalities"]
        assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, r["id"]
        ck = counted_killed(r["id"])
        assert (f == 0) == (len(ck) == 0), ("fatalities vs killed spans", r["id"])
    assert len(rows) == 120, len(rows)


def write(rows):
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def review(rows):
    for r in rows:
        t = r["text"]
        out, pos = [], 0
        for sp in r["spans"]:
            out.append(t[pos:sp["start"]])
            out.append("[" + t[sp["start"]:sp["end"]] + "]{" + sp["value"] + "}")
            pos = sp["end"]
        out.append(t[pos:])
        print("%s %s fatalities=%d\n  %s\n" % (r["id"], r["dct"], r["fatalities"], "".join(out)))


def main():
    rows = build()
    check(rows)
    if "--review" in sys.argv:
        review(rows)
        return
    write(rows)
    with open(OUT, encoding="utf-8") as fh:
        again = [json.loads(l) for l in fh]
    check(again)
    assert again == rows
    write(build())
    with open(OUT, encoding="utf-8") as fh:
        assert [json.loads(l) for l in fh] == rows, "non-deterministic"
    n0 = sum(1 for r in rows if r["fatalities"] == 0)
    from collections import Counter
    oc = Counter(sp["value"].split(":")[0] for r in rows for sp in r["spans"])
    bg = sum(1 for it in ITEMS for sp in it[3] if len(sp) > 3 and sp[3] == BG)
    print("items %d, toll 0: %d, toll>0: %d, spans %d %s, background spans %d"
          % (len(rows), n0, len(rows) - n0, sum(len(r["spans"]) for r in rows), dict(oc), bg))


if __name__ == "__main__":
    main()
