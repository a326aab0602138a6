#!/usr/bin/env python3
"""dev-tolls6: hand-labelled DEVELOPMENT set of casualty figures and death tolls.

The decision lists below are the source of truth.  Each item is
    (id, dct, text, spans, fatalities)
and each span decision is
    (surface, value[, occurrence[, flag]])
where `occurrence` counts case-sensitive whole-word matches of `surface` in the
text (1 = first) and `flag` says how a `killed` span enters the toll:
    ""    counted: its lower end / written number is added to the toll;
    "rep" counted figure that is not added again: a subset, a breakdown, the same
          toll repeated, or the higher of two conflicting reports;
    "bg"  background deaths (an earlier or later separate event, a running total):
          a span, but not part of the report's toll.
`fatalities` is written by hand and checked against that sum.

Usage: python3 build.py            build tolls-dev6.jsonl and check it
       python3 build.py --review   print every item with its spans in brackets
"""
import json
import os
import re
import sys
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev6.jsonl")

ITEMS = [
# ---------------------------------------------------------------- Papua New Guinea
("q001", "2016-03-14",
 "On 14 March 2016, members of the Ambulin and Sikin clans fought near Wabag (Enga). Three men were killed with bush knives and arrows and 6 others were wounded. Fatalities: 3.",
 [("Three men", "killed:3"), ("6 others", "injured:6"), ("3", "killed:3", 1, "rep")], 3),
("q002", "2019-07-08",
 "WABAG, Papua New Guinea — Police in Enga Province say at least 26 people, including 5 women and 2 children, were ambushed and killed near Kandep on Sunday. The provincial police commander said 40 officers of the Mobile Squad 13 unit had been sent to the valley. Homes in 9 hamlets were torched.",
 [("at least 26 people", "killed:>=26"), ("5 women", "killed:5", 1, "rep"), ("2 children", "killed:2", 1, "rep")], 26),
("q003", "2023-02-03",
 "On 3 February 2023, in Tari (Hela), a young man was shot dead with a homemade gun during a dispute between two Huli clans over a land boundary. Payback attacks were feared. Fatalities: 1.",
 [("a young man", "killed:1"), ("1", "killed:1", 1, "rep")], 1),
("q004", "2018-08-22",
 "On 22 August 2018, tribesmen from Yeim burned 30 houses and a health post at Laiagam (Enga) in retaliation for the death of a councillor in 2016. No one was hurt. The attackers, numbering about 200, were armed with M16 and SR88 rifles.",
 [("a councillor", "killed:1", 1, "bg")], 0),
("q005", "2020-04-15",
 "PORGERA — Illegal miners and landowners clashed at the Porgera open pit again on Tuesday. Hospital staff in Paiam said they had treated 11 people for arrow and gunshot wounds; one of them died overnight. Police said the dead numbered 2 by Wednesday morning after the body of a miner was pulled from a drain.",
 [("11 people", "injured:11"), ("one", "killed:1"), ("2", "killed:2", 1, "rep"), ("a miner", "killed:1")], 2),
("q006", "2019-07-09",
 "On 9 July 2019, Hela: gunmen from the Tagali side ambushed a PMV bus near Karida village, killing 16 people, among them 2 pregnant women. Local leaders claimed 24 had died, a figure police did not confirm.",
 [("16 people", "killed:16"), ("2 pregnant women", "killed:2", 1, "rep"), ("24", "killed:24", 1, "rep")], 16),
("q007", "2015-05-11",
 "On 11 May 2015, in Wapenamanda (Enga), 4 men were arrested after a clan leader's trade store was looted and set alight. Police seized 2 shotguns and a pistol. No injuries were reported.",
 [], 0),
("q008", "2017-09-17",
 "KANDEP: A village magistrate was hacked to death on Saturday night by youths from a rival clan ,police said. The 52-year old magistrate had tried to settle a pig-theft dispute. His wife recieved cuts to the arms.",
 [("A village magistrate", "killed:1"), ("His wife", "injured:1")], 1),
("q009", "2024-10-27",
 "On 27 October 2024, fighting between the Sau and Aiyele clans in Wabag district (Enga) left dozens dead, according to a church source; police confirmed 8 dead and more than 20 houses burned.",
 [("dozens", "killed:>=24", 1, "rep"), ("8", "killed:8")], 8),
("q010", "2024-02-18",
 "On 18 February 2024, near Akom village (Wapenamanda, Enga), mercenary gunmen hired by one clan killed at least 49 men, most of them fighters from a rival alliance. Bodies were found along the road and in the Ambum river over the next 2 days. Fatalities: 49.",
 [("at least 49 men", "killed:>=49"), ("49", "killed:49", 2, "rep")], 49),
("q011", "2021-08-12",
 "Tari hospital overwhelmed as clan fight spills into town\nTARI — At least 7 people were killed and up to 30 hurt when fighters from two Hela clans exchanged fire in the town's main market on Thursday. Doctors said a nurse was among the wounded.",
 [("At least 7 people", "killed:>=7"), ("up to 30", "injured:<=30"), ("a nurse", "injured:1")], 7),
("q012", "2017-06-06",
 "On 6 June 2017, in Kompiam (Enga), armed men from the Yakani clan abducted 3 women and a schoolgirl from a rival settlement as 'compensation' for an unpaid bride price. Police negotiated their release 4 days later.",
 [("3 women", "abducted:3"), ("a schoolgirl", "abducted:1")], 0),
("q013", "2025-09-01",
 "On 1 September 2025, a tribal fight between clans of Magarima (Hela) resulted in 2 fatalities, a councillor and his nephew. Local reports mention 5 men killed in reprisals the next day, coded as a separate event.",
 [("2 fatalities", "killed:2"), ("a councillor", "killed:1", 1, "rep"), ("his nephew", "killed:1", 1, "rep"), ("5 men", "killed:5", 1, "bg")], 2),
# ---------------------------------------------------------------- Indonesian Papua
("q014", "2018-12-02",
 "On 2 December 2018, TPNPB fighters led by Egianus Kogoya attacked workers building the Trans-Papua road near Nduga, killing 19 construction workers of PT Istaka Karya. A soldier was killed the same evening when troops arrived. Indonesian authorities gave a toll of 17 workers.",
 [("19 construction workers", "killed:19", 1, "rep"), ("A soldier", "killed:1"), ("17 workers", "killed:17")], 18),
("q015", "2020-04-16",
 "On 16 April 2020, in Mimika (Papua), unidentified gunmen shot at a Freeport mine vehicle on the road to Tembagapura at Mile 63. Two employees were slightly injured. Police blamed the TPNPB; the group did not comment.",
 [("Two employees", "injured:2")], 0),
("q016", "2022-01-10",
 "JAYAPURA (Antara) - A motorcycle-taxi driver was found dead with stab wounds in Ilaga, Puncak regency, on Monday morning, police said. The tukang ojek had gone missing on Saturday. It was the third such killing in Puncak this year.",
 [("A motorcycle-taxi driver", "killed:1")], 1),
("q017", "2022-03-21",
 "On 21 March 2022, TPNPB militants attacked a Telkomsel tower site in Beoga (Puncak), shooting dead 8 technicians. Fatalities: 8. A ninth worker, wounded, was evacuated to Timika.",
 [("8 technicians", "killed:8"), ("8", "killed:8", 2, "rep"), ("A ninth worker", "injured:1")], 8),
("q018", "2015-05-01",
 "On 1 May 2015, Papuan activists of the KNPB held a rally in Wamena (Jayawijaya); police arrested 71 of them. No casualties reported. One detainee, who was diabetic, died of illness in custody a month later.",
 [], 0),
("q019", "2019-09-23",
 "On 23 September 2019, riots in Wamena (Jayawijaya) over an alleged racist remark by a teacher left at least 33 people dead, most of them migrants from Sulawesi and Sumatra burned in their shops and homes; dozens more were injured and over 5,000 sought refuge at the district military command (Kodim 1702).",
 [("at least 33 people", "killed:>=33"), ("dozens", "injured:>=24")], 33),
("q020", "2023-03-03",
 "On 3 March 2023, the bodies of 3 villagers were found in a river in Yahukimo, a day after they went missing while collecting firewood. The TPNPB denied involvement and blamed the security forces.",
 [("3 villagers", "killed:3")], 3),
("q021", "2023-04-18",
 "TIMIKA – Two soldiers from Yonif 715 were killed and 1 other injured on Tuesday when rebels ambushed their patrol in Intan Jaya. The army said it 'neutralised' 4 members of the armed criminal group (KKB) in a follow-up operation.",
 [("Two soldiers", "killed:2"), ("1 other", "injured:1"), ("4 members", "casualties:4")], 2),
("q022", "2023-02-07",
 "On 7 February 2023, the TPNPB under Egianus Kogoya burned a Susi Air plane at Paro airstrip (Nduga) and took the New Zealand pilot hostage. 15 construction workers who had been at the airstrip were evacuated unharmed.",
 [("the New Zealand pilot", "abducted:1")], 0),
("q023", "2021-08-14",
 "On 14 August 2021, a clash between two villages in Kwamki Narama (Mimika) over an alleged sorcery killing of a woman last month ended with 2 men killed by arrows. 12 houses were set on fire.",
 [("a woman", "killed:1", 1, "bg"), ("2 men", "killed:2")], 2),
("q024", "2024-10-12",
 "On 12 October 2024, in Sugapa (Intan Jaya), security forces raided a TPNPB camp. The military said two or three rebels were shot dead; the TPNPB said the dead were all civilians, 5 of them, including an elder and a child.",
 [("two or three rebels", "killed:2-3"), ("5", "killed:5", 1, "rep"), ("an elder", "killed:1", 1, "rep"), ("a child", "killed:1", 1, "rep")], 2),
("q025", "2020-10-09",
 "WAMENA,Papua -- A high school student was shot in the leg and his friend was beaten by soldiers after a dispute at a kiosk in Sinakma on Friday . Residents blocked the road with burning tyres.",
 [("A high school student", "injured:1"), ("his friend", "injured:1")], 0),
("q026", "2021-04-26",
 "On 26 April 2021, TPNPB fighters shot dead a brigadier general heading the regional intelligence agency (BIN) in Dambet (Puncak). The government then labelled the group terrorists; rights groups say over 100 civilians have died in the Intan Jaya and Puncak conflict since 2019.",
 [("a brigadier general", "killed:1"), ("over 100 civilians", "killed:>100", 1, "bg")], 1),
# ---------------------------------------------------------------- Chad
("q027", "2020-03-23",
 "On 23 March 2020, Boko Haram (JAS) fighters attacked the Chadian army base at Bohoma peninsula (Lac province), killing 92 soldiers and wounding 47. Fatalities: 92. The army later said 1,000 jihadists were killed in its counter-offensive (Wrath of Bohoma), coded as a separate event.",
 [("92 soldiers", "killed:92"), ("47", "injured:47"), ("92", "killed:92", 2, "rep"), ("1,000 jihadists", "killed:1000", 1, "bg")], 92),
("q028", "2015-07-05",
 "On 5 July 2015, near Ngouboua (Lac), suspected Boko Haram militants abducted 10 women collecting firewood. 2 of them escaped and reached Baga Sola the following day.",
 [("10 women", "abducted:10")], 0),
("q029", "2022-09-19",
 "N'DJAMENA (AFP) - Clashes between Arab herders and Mouro farmers in the Sila region killed at least 22 people over the weekend, the governor said Monday, while a local MP put the toll at 31.",
 [("at least 22 people", "killed:>=22"), ("31", "killed:31", 1, "rep")], 22),
("q030", "2016-02-09",
 "On 9 February 2016, in Mangalmé (Guéra), herders accused of letting their camels graze in a millet field beat 4 farmers with sticks; the farmers were hospitalised. The sub-prefect summoned the chiefs of both communities.",
 [("4 farmers", "injured:4")], 0),
("q031", "2022-05-08",
 "On 8 May 2022, in Mouray (Salamat), an argument between a farmer and a herder over crop damage escalated; the herder's kin attacked the village, killing the village chief, his 2 sons and 9 other residents. Fatalities: 12.",
 [("the village chief", "killed:1"), ("2 sons", "killed:2"), ("9 other residents", "killed:9"), ("12", "killed:12", 1, "rep")], 12),
("q032", "2021-11-02",
 "On 2 November 2021, security forces in Moundou (Logone Occidental) fired on a crowd protesting the arrest of a trade unionist; 1 demonstrator was killed and 14 wounded, according to the Chadian Human Rights League (LTDH). The government said no one died.",
 [("1 demonstrator", "killed:1"), ("14", "injured:14")], 1),
("q033", "2016-11-17",
 "MONGO, Chad — The killing of five traders on the road to Bitkine on Wednesday night has sparked anger in Mongo, where shops stayed shut on Thursday. The traders' apprentice, 17, was kidnapped and is still missing.",
 [("five traders", "killed:5"), ("The traders' apprentice", "abducted:1")], 5),
("q034", "2022-10-20",
 "On 20 October 2022, security forces repressed opposition protests in N'Djamena, Moundou and other towns ('Black Thursday'). The government gave a toll of about 50 dead, including 10 police officers; the opposition and rights groups said more than 128 people were killed and hundreds were arrested.",
 [("about 50", "killed:~50"), ("10 police officers", "killed:10", 1, "rep"), ("more than 128 people", "killed:>128", 1, "rep")], 50),
("q035", "2024-01-11",
 "On 11 January 2024, around 300 residents of Bol (Lac) marched to demand better security after last year's Boko Haram raid that killed 14 fishermen. The march was peaceful.",
 [("14 fishermen", "killed:14", 1, "bg")], 0),
("q036", "2019-04-14",
 "On 14 April 2019, a Chadian army patrol neutralised 6 Boko Haram members near Kaïga Kindjiria (Lac); 1 soldier was injured.",
 [("6 Boko Haram members", "casualties:6"), ("1 soldier", "injured:1")], 0),
("q037", "2018-02-12",
 "Herders, farmers clash near Goré; 5 dead\nGORÉ, Logone Oriental — Five people died and a dozen were wounded Sunday in clashes between Peul herders and farmers near Goré, the prefect said. Among the dead was a 60-year-old canton chief.",
 [("5", "killed:5", 1, "rep"), ("Five people", "killed:5"), ("a dozen", "injured:12"), ("a 60-year-old canton chief", "killed:1", 1, "rep")], 5),
("q038", "2016-05-30",
 "On 30 May 2016, in Baktchoro (Mandoul), a herder was attacked by villagers after his cattle destroyed a cassava field; he died of his wounds at Koumra hospital 3 days later. Fatalities: 1.",
 [("a herder", "killed:1"), ("1", "killed:1", 1, "rep")], 1),
# ---------------------------------------------------------------- Bangladesh
("q039", "2023-10-28",
 "On 28 October 2023, BNP and Jamaat activists clashed with police and Awami League supporters in Dhaka's Kakrail and Paltan areas. A police constable was beaten to death and a Jubo Dal leader died of bullet wounds; more than 100 people were injured. Fatalities: 2.",
 [("A police constable", "killed:1"), ("a Jubo Dal leader", "killed:1"), ("more than 100 people", "injured:>100"), ("2", "killed:2", 1, "rep")], 2),
("q040", "2022-02-07",
 "On 7 February 2022, unidentified armed men shot dead 3 members of the UPDF (Prasit) at Baghaichhari (Rangamati). Local sources blamed a rival faction, the JSS (MN Larma). Fatalities: 3.",
 [("3 members", "killed:3"), ("3", "killed:3", 2, "rep")], 3),
("q041", "2022-09-22",
 "On 22 September 2022, in Camp 8W (Ukhiya, Cox's Bazar), ARSA members hacked to death a Rohingya majhi (camp block leader). Police arrested 2 suspects.",
 [("a Rohingya majhi", "killed:1")], 1),
("q042", "2024-06-14",
 "On 14 June 2024, at Camp 15 (Jamtoli, Ukhiya), members of the RSO abducted 4 Rohingya youths, accusing them of working for ARSA. APBn personnel recovered them the next night.",
 [("4 Rohingya youths", "abducted:4")], 0),
("q043", "2023-03-09",
 "COX'S BAZAR, Mar 9 -- Two Rohingya refugees were killed and 5 others injured in a gunfight between two armed groups at Kutupalong camp-1 East early on Thursday, police said .The dead were identified as Mohammad Rafiq,32 and Nur Alam, 27.",
 [("Two Rohingya refugees", "killed:2"), ("5 others", "injured:5")], 2),
("q044", "2017-08-30",
 "On 30 August 2017, at Ghumdhum (Naikhongchhari, Bandarban), BGB said Myanmar border guards fired across the zero line at fleeing Rohingya, killing a woman and wounding 3 men; the refugees said hundreds had been killed in their villages in Rakhine in the previous days.",
 [("a woman", "killed:1"), ("3 men", "injured:3"), ("hundreds", "killed:>=200", 1, "bg")], 1),
("q045", "2024-07-19",
 "On 19 July 2024, during the quota reform protests, police and student demonstrators clashed across Dhaka; at least 56 people were killed that day, including a journalist, according to hospital records gathered by Prothom Alo. The home ministry put the figure at around 30.",
 [("at least 56 people", "killed:>=56", 1, "rep"), ("a journalist", "killed:1", 1, "rep"), ("around 30", "killed:~30")], 30),
("q046", "2024-08-05",
 "On 5 August 2024, after the resignation of the prime minister, crowds set fire to the house of an Awami League MP in Chattogram and looted 3 police stations. The MP and his family had fled.",
 [], 0),
("q047", "2017-06-03",
 "RANGAMATI — A Bengali settler, who ran a tea stall at Longadu bazar, was stabbed to death and his shop set on fire on Saturday, triggering attacks on Pahari homes; at least 40 houses were burned. Police said three Paharis were injured.",
 [("A Bengali settler", "killed:1"), ("three Paharis", "injured:3")], 1),
("q048", "2019-11-16",
 "On 16 November 2019, a clash between two factions of the Chhatra League at a college in Sylhet left a student dead and 12 injured. Fatalities: 1.",
 [("a student", "killed:1"), ("12", "injured:12"), ("1", "killed:1", 1, "rep")], 1),
("q049", "2025-05-02",
 "On 2 May 2025, in Thanchi (Bandarban), KNF gunmen abducted 2 Marma farmers and a Buddhist monk; the body of one farmer was found 3 days later in a jhum field. The monk and the other farmer were freed.",
 [("2 Marma farmers", "abducted:2"), ("a Buddhist monk", "abducted:1"), ("one farmer", "killed:1")], 1),
("q050", "2016-03-10",
 "On 10 March 2016, Awami League and BNP-backed candidates' supporters clashed during union parishad polls in Matlab (Chandpur). Four people were killed – three of them by police bullets – and about 25 were hurt.",
 [("Four people", "killed:4"), ("three", "killed:3", 1, "rep"), ("about 25", "injured:~25")], 4),
("q051", "2024-01-07",
 "DHAKA, Jan 7 (bdnews) — Election day violence killed at least 2 people and left over 30 injured, according to police headquarters, while a rights group counted 6 deaths in 24 hours. Turnout was put at 40%.",
 [("at least 2 people", "killed:>=2"), ("over 30", "injured:>30"), ("6 deaths", "killed:6", 1, "rep")], 2),
# ---------------------------------------------------------------- Sweden and Denmark
("q052", "2017-06-14",
 "STOCKHOLM (TT) - A man in his 20s was shot dead in Rinkeby on Tuesday evening, police said. Another man, aged 19, was taken to hospital with gunshot wounds. No one has been arrested.",
 [("A man", "killed:1"), ("Another man", "injured:1")], 1),
("q053", "2023-09-12",
 "On 12 September 2023, an explosive device detonated at the entrance of an apartment building in Uppsala. Windows were shattered in 4 buildings; no one was injured. Police linked the blast to the conflict between the Foxtrot network and a rival group.",
 [], 0),
("q054", "2023-09-28",
 "On 28 September 2023, in Bålsta (Uppsala county), a 13-year-old boy was found shot dead in a wooded area; police said he had been recruited by a gang. On the same night, a woman in her 20s was killed by a bomb blast at her home in Uppsala, an attack apparently meant for a relative.",
 [("a 13-year-old boy", "killed:1"), ("a woman", "killed:1")], 2),
("q055", "2022-07-04",
 "COPENHAGEN — Three people were killed and seven injured when a 22-year-old gunman opened fire at the Field's shopping centre on Sunday. Those killed were a Danish man aged 47 and two teenagers. Police said the attack was not terror-related.",
 [("Three people", "killed:3"), ("seven", "injured:7"), ("a Danish man", "killed:1", 1, "rep"), ("two teenagers", "killed:2", 1, "rep")], 3),
("q056", "2017-08-15",
 "On 15 August 2017, in Nørrebro (Copenhagen), a gang member of Loyal to Familia was shot in the head and seriously injured at Blågårds Plads; a bystander was hit in the leg. Police introduced a visitation zone for 14 days.",
 [("a gang member", "injured:1"), ("a bystander", "injured:1")], 0),
("q057", "2020-03-22",
 "On 22 March 2020, Malmö: a shooting outside a pizzeria in Rosengård killed 1 man and wounded 2. Police recorded 42 deaths in shootings nationwide in 2019.",
 [("1 man", "killed:1"), ("2", "injured:2"), ("42 deaths", "killed:42", 1, "bg")], 1),
("q058", "2021-11-13",
 "GÖTEBORG: A man in his thirties was found dead with gun shot wounds in a car in Biskopsgården early saturday morning.Police is treating the death as murder and have cordoned of the area.",
 [("A man", "killed:1")], 1),
("q059", "2023-10-04",
 "On 4 October 2023, Danish police arrested 2 Swedish teenagers, aged 15 and 16, at the Øresund bridge with a hand grenade and a pistol; they were suspected of being hired for a killing in Copenhagen.",
 [], 0),
("q060", "2019-06-10",
 "On 10 June 2019, in Husby (Stockholm), several shots were fired at a group of men outside a shopping centre. Between 2 and 4 people were injured, according to differing accounts, and 1 of them died in hospital overnight.",
 [("Between 2 and 4 people", "injured:2-4"), ("1", "killed:1")], 1),
("q061", "2026-01-06",
 "On 6 January 2026, explosions hit 2 shops in Kokkedal; 1 person was lightly wounded. Police say Swedish gangs are hiring Danish youths; a 17-year-old was charged.",
 [("1 person", "injured:1")], 0),
("q062", "2024-03-17",
 "Two dead in Södertälje shooting\nSÖDERTÄLJE — Two young men were shot dead on Saturday night outside a restaurant in Ronna, police said. A third man was wounded. The victims were 18 and 21.",
 [("Two", "killed:2", 1, "rep"), ("Two young men", "killed:2"), ("A third man", "injured:1")], 2),
("q063", "2021-07-20",
 "On 20 July 2021, in Skäggetorp (Linköping), police officers shot a man who attacked them with a knife; he was pronounced dead at the scene. An officer was cut on the arm. Fatalities: 1.",
 [("a man", "killed:1"), ("An officer", "injured:1"), ("1", "killed:1", 1, "rep")], 1),
# ---------------------------------------------------------------- United States
("q064", "2022-05-24",
 "UVALDE, Texas (AP) — A gunman killed 19 children and 2 teachers at Robb Elementary School on Tuesday before officers shot him dead, authorities said. At least 17 people were wounded.",
 [("19 children", "killed:19"), ("2 teachers", "killed:2"), ("At least 17 people", "injured:>=17")], 21),
("q065", "2018-04-07",
 "On 7 April 2018, in Brooklyn (New York), NYPD officers shot and killed a man who was pointing a metal pipe at passers-by; the object was mistaken for a gun. Protesters gathered at the 71st Precinct the next day.",
 [("a man", "killed:1")], 1),
("q066", "2017-10-01",
 "On 1 October 2017, Las Vegas: a gunman firing from the 32nd floor of a hotel killed 58 concert-goers and wounded over 400; hundreds more were hurt in the stampede. The gunman killed himself. Fatalities: 58.",
 [("58 concert-goers", "killed:58"), ("over 400", "injured:>400"), ("hundreds", "injured:>=200"), ("58", "killed:58", 2, "rep")], 58),
("q067", "2023-07-16",
 "MEMPHIS, Tenn. — Five people were wounded, one critically, when shots were fired into a crowd leaving a block party early Sunday, police said. Officers recovered more than 60 shell casings.",
 [("Five people", "injured:5"), ("one", "injured:1")], 0),
("q068", "2022-07-04",
 "On 4 July 2022, at a parade in Highland Park (Illinois), a rooftop shooter killed 7 people and wounded between 36 and 48 others. An 8-year-old boy was paralysed.",
 [("7 people", "killed:7"), ("between 36 and 48 others", "injured:36-48"), ("An 8-year-old boy", "injured:1")], 7),
("q069", "2020-05-25",
 "On 25 May 2020, in Minneapolis, a Black man died after a police officer knelt on his neck for over 9 minutes during an arrest. The killing led to nationwide protests; at least 19 people were killed in unrest over the following 2 weeks.",
 [("a Black man", "killed:1"), ("at least 19 people", "killed:>=19", 1, "bg")], 1),
("q070", "2023-03-27",
 "On 27 March 2023, a former student armed with 2 assault rifles and a handgun shot dead 3 nine-year-old pupils and 3 staff members at the Covenant School in Nashville before police killed the shooter.",
 [("3 nine-year-old pupils", "killed:3"), ("3 staff members", "killed:3"), ("the shooter", "killed:1")], 7),
("q071", "2019-03-15",
 "PHOENIX STANDOFF ENDS AFTER 6 HOURS\nPHOENIX — A man who barricaded himself in a house for 6 hours was shot and wounded by sheriff's deputies on Friday. A deputy suffered a minor injury. The man's name was not released.",
 [("A man", "injured:1"), ("A deputy", "injured:1")], 0),
("q072", "2018-02-14",
 "On 14 February 2018, in Parkland (Florida), a 19-year-old former pupil opened fire at Marjory Stoneman Douglas High School, killing 17 people: 14 students and 3 staff. 17 others were injured.",
 [("17 people", "killed:17"), ("14 students", "killed:14", 1, "rep"), ("3 staff", "killed:3", 1, "rep"), ("17 others", "injured:17")], 17),
("q073", "2024-11-09",
 "On 9 November 2024, FBI agents arrested a man in Dearborn (Michigan) who had posted threats to shoot worshippers at a synagogue; 3 rifles and 400 rounds were seized.",
 [], 0),
("q074", "2021-07-05",
 "CHICAGO — At least 40 people were shot over the Fourth of July weekend in Chicago, 6 of them fatally, police said. The youngest victim was a 7-year-old girl who was struck by a stray bullet and survived.",
 [("At least 40 people", "casualties:>=40"), ("6", "killed:6"), ("a 7-year-old girl", "injured:1")], 6),
("q075", "2019-08-03",
 "On 3 August 2019, in El Paso (Texas), a gunman targeting Hispanics killed 22 people at a Walmart store and wounded 26; 1 of the wounded died in hospital months later, raising the toll to 23.",
 [("22 people", "killed:22"), ("26", "injured:26"), ("1", "killed:1"), ("23", "killed:23", 1, "rep")], 23),
("q076", "2021-06-12",
 "On 12 June 2021, about 200 people held a vigil in Orlando (Florida) for the 49 people killed at the Pulse nightclub in 2016.",
 [("49 people", "killed:49", 1, "bg")], 0),
# ---------------------------------------------------------------- Kazakhstan and Uzbekistan
("q077", "2022-01-05",
 "On 5 January 2022, protesters in Almaty stormed and set fire to the city administration building (akimat); security forces fired on crowds. The interior ministry said 8 members of the security forces were killed and 317 were injured.",
 [("8 members", "killed:8"), ("317", "injured:317")], 8),
("q078", "2022-01-10",
 "On 10 January 2022, the Kazakh authorities revised the toll of the January unrest to 164 dead, including 3 children; the prosecutor's office later gave 238.",
 [("164", "killed:164"), ("3 children", "killed:3", 1, "rep"), ("238", "killed:238", 1, "rep")], 164),
("q079", "2022-07-01",
 "NUKUS, Uzbekistan — Hundreds of people rallied in the Karakalpak capital on Friday against planned constitutional changes that would strip the region of its right to secede. Police detained a journalist and 2 organisers, witnesses said.",
 [], 0),
("q080", "2022-07-02",
 "On 2 July 2022, in Nukus (Karakalpakstan), security forces dispersed protesters with stun grenades and gunfire. 18 people were killed, 4 of them law enforcement officers, and 243 were injured, per the Uzbek prosecutor-general; exiled activists put the dead at 'dozens'.",
 [("18 people", "killed:18"), ("4", "killed:4", 1, "rep"), ("243", "injured:243"), ("dozens", "killed:>=24", 1, "rep")], 18),
("q081", "2022-01-14",
 "On 14 January 2022, relatives in Taldykorgan (Almaty region) said 3 men detained during the unrest were still missing a week later. The interior ministry said 9,900 people had been detained nationwide.",
 [("3 men", "missing:3")], 0),
("q082", "2022-01-07",
 "ALMATY - A 4-year old girl died after the car her family was driving in was fired on at a checkpoint near Almaty airport on Jan 6, her relatives said .Her father was wounded.",
 [("A 4-year old girl", "killed:1"), ("Her father", "injured:1")], 1),
("q083", "2022-01-06",
 "On 6 January 2022, in Almaty, the Kazakh interior ministry said dozens of 'attackers' were 'liquidated' while trying to storm police stations; 18 security officers were killed, 2 of whom were found beheaded.",
 [("dozens", "killed:>=24"), ("18 security officers", "killed:18"), ("2", "killed:2", 1, "rep")], 42),
("q084", "2019-11-19",
 "On 19 November 2019, in Andijan, a crowd of market traders protested the demolition of their stalls; police detained 15. A detained trader died of a heart attack in custody two days later, police said.",
 [], 0),
("q085", "2022-07-03",
 "On 3 July 2022, near Nukus, 2 National Guard soldiers were taken hostage by protesters and released hours later; a third soldier was beaten and hospitalised.",
 [("2 National Guard soldiers", "abducted:2"), ("a third soldier", "injured:1")], 0),
("q086", "2016-06-06",
 "AKTOBE, Kazakhstan (Reuters) - Gunmen who attacked 2 gun shops and a National Guard base in Aktobe on Sunday killed 3 servicemen and 2 civilians, officials said. Police said 13 attackers were killed and 7 detained.",
 [("3 servicemen", "killed:3"), ("2 civilians", "killed:2"), ("13 attackers", "killed:13")], 18),
("q087", "2016-07-18",
 "On 18 July 2016, in Almaty, a gunman attacked a police station and the KNB building, killing 8 police officers and 2 civilians. 1 soldier was hurt. Police arrested the gunman, Ruslan Kulekbayev.",
 [("8 police officers", "killed:8"), ("2 civilians", "killed:2"), ("1 soldier", "injured:1")], 10),
("q088", "2022-01-25",
 "On 25 January 2022, in Almaty region, the body of a man detained on 7 January was returned to his family in Kaskelen with signs of torture; he was one of at least 6 people who died in custody after the unrest, according to rights groups.",
 [("a man", "killed:1"), ("at least 6 people", "killed:>=6", 1, "bg")], 1),
# ---------------------------------------------------------------- Eswatini and Zimbabwe
("q089", "2021-06-29",
 "On 29 June 2021, during pro-democracy protests in Eswatini, soldiers and police fired on crowds in Matsapha and Manzini; looters torched Indian-owned shops. Rights groups said at least 27 people were killed over the following days and scores were injured; the government said 'a few'.",
 [("at least 27 people", "killed:>=27"), ("scores", "injured:>=40")], 27),
("q090", "2023-03-15",
 "On 15 March 2023, in Mbabane, a pro-democracy activist was abducted from his home by men believed to be police, his party said. He was found 2 days later, beaten, near the Mhlambanyatsi road.",
 [("a pro-democracy activist", "abducted:1")], 0),
("q091", "2023-01-22",
 "MBABANE — Human rights lawyer Thulani Maseko was shot dead through a window at his home in Luyengo on Saturday night, his family said. Police said they were investigating.",
 [], 0),
("q092", "2020-02-03",
 "On 3 February 2020, in Kadoma (Mashonaland West), rival gangs of artisanal miners (MaShurugwi) fought with machetes over a gold claim at Battlefields. 2 miners were hacked to death and as many as 9 were wounded. Police arrested 27.",
 [("2 miners", "killed:2"), ("as many as 9", "injured:<=9")], 2),
("q093", "2018-08-01",
 "On 1 August 2018, in Harare, soldiers fired on opposition supporters protesting delays in the election results, killing 6 people, according to the Motlanthe commission. 14 were hurt by gunfire.",
 [("6 people", "killed:6"), ("14", "injured:14")], 6),
("q094", "2020-02-20",
 "BULAWAYO: A gold panner (makorokoza) was killed and another seriously injured when a machete gang raided their shaft at Fred mine in Filabusi on wednesday night, police spokesman confirmed.The gang got away with 3 bags of ore.",
 [("A gold panner", "killed:1"), ("another", "injured:1")], 1),
("q095", "2019-01-14",
 "On 14 January 2019, during fuel-price protests in Epworth (Harare), protesters burned a police post and looted shops; fewer than 20 people were treated for dog bites and baton injuries. A ZANU-PF office was also torched.",
 [("fewer than 20 people", "injured:<=19")], 0),
("q096", "2019-01-16",
 "On 16 January 2019, Chitungwiza: the Zimbabwe Human Rights NGO Forum recorded 12 people killed, 78 treated for gunshot wounds and 600 arrested during the stay-away week; police acknowledged only 3 deaths.",
 [("12 people", "killed:12", 1, "rep"), ("78", "injured:78"), ("3 deaths", "killed:3")], 3),
("q097", "2015-10-24",
 "On 24 October 2015, in Siteki (Lubombo), police fired tear gas and live rounds at a crowd of striking public servants; a nursing student lost an eye and 3 others were injured. No deaths were reported.",
 [("a nursing student", "injured:1"), ("3 others", "injured:3")], 0),
("q098", "2021-03-08",
 "MAZOWE — Police said on Monday they had recovered the bodies of 4 illegal miners from a disused shaft at Jumbo mine, days after a clash between rival machete gangs. A fifth man is still missing.",
 [("4 illegal miners", "killed:4"), ("A fifth man", "missing:1")], 4),
("q099", "2021-05-08",
 "On 8 May 2021, in Gwanda (Matabeleland South), police said 23 members of a machete gang were killed, wounded or captured in an operation at a gold claim; they did not give a breakdown.",
 [("23 members", "casualties:23")], 0),
("q100", "2022-09-11",
 "On 11 September 2022, in Nhlangano (Shiselweni), unidentified men firebombed the home of an MP; a 9-year-old girl inside suffered burns. The MP blamed pro-democracy 'comrades'.",
 [("a 9-year-old girl", "injured:1")], 0),
# ---------------------------------------------------------------- New Caledonia and Fiji
("q101", "2024-05-16",
 "NOUMÉA (AFP) - Two gendarmes and 4 civilians have died since riots broke out in New Caledonia on Monday, the French high commission said Thursday. Hundreds of people have been injured, among them 64 police officers.",
 [("Two gendarmes", "killed:2"), ("4 civilians", "killed:4"), ("Hundreds of people", "injured:>=200"), ("64 police officers", "injured:64")], 6),
("q102", "2024-05-15",
 "On 15 May 2024, in Païta (South Province), a caldoche resident opened fire on Kanak youths manning a roadblock, killing a 17-year-old. Another youth was wounded.",
 [("a 17-year-old", "killed:1"), ("Another youth", "injured:1")], 1),
("q103", "2024-05-18",
 "On 18 May 2024, in Dumbéa, pro-independence rioters (CCAT-linked) burned a school, 2 pharmacies and dozens of vehicles; gendarmes arrested 30. No casualties.",
 [], 0),
("q104", "2024-07-10",
 "On 10 July 2024, in Saint-Louis (Mont-Dore), a GIGN operation to arrest suspects ended with a Kanak man shot dead; gendarmes said he fired first. This raised the toll of the unrest since 13 May to 10.",
 [("a Kanak man", "killed:1"), ("10", "killed:10", 2, "bg")], 1),
("q105", "2019-08-10",
 "SUVA — A 34-year-old taxi driver was robbed and bashed to death by 2 passengers in Nasinu on Friday night, police said . The suspects were caught in Valelevu the next day.",
 [("A 34-year-old taxi driver", "killed:1")], 1),
("q106", "2018-04-10",
 "On 10 April 2018, in Labasa (Vanua Levu), 3 men broke into a Fijian-Indian family's home and tied up the occupants; an elderly woman was beaten and taken to Labasa Hospital.",
 [("an elderly woman", "injured:1")], 0),
("q107", "2024-07-02",
 "On 2 July 2024, in Saint-Louis, gendarmes and armed Kanak youths exchanged fire; 2 gendarmes were slightly hurt and one youth died from a gunshot wound to the chest.",
 [("2 gendarmes", "injured:2"), ("one youth", "killed:1")], 1),
("q108", "2018-03-26",
 "LAUTOKA — A prison officer was hospitalised after inmates rioted at Natabua Prison on Sunday. The corrections commissioner said 11 inmates had been moved to Suva and the riot was contained within 2 hours.",
 [("A prison officer", "injured:1")], 0),
("q109", "2024-05-13",
 "On 13 May 2024, in Nouméa's Magenta and Ducos districts, rioters fired on gendarmes with hunting rifles; 1 gendarme, aged 22, was shot in the head and died the next day. Around 60 gendarmes were wounded in the first 2 nights.",
 [("1 gendarme", "killed:1"), ("Around 60 gendarmes", "injured:~60")], 1),
("q110", "2015-12-06",
 "On 6 December 2015, in Nadroga-Navosa, a dispute between 2 mataqali (land-owning clans) over a resort lease ended with a village headman stabbed; he died in Sigatoka hospital. 4 villagers were charged.",
 [("a village headman", "killed:1")], 1),
("q111", "2024-05-19",
 "On 19 May 2024, in Kamere (Nouméa), armed men at a roadblock killed 2 young Kanaks in a car; the high commission said their deaths brought the total to 6 dead since 13 May, including 2 gendarmes.",
 [("2 young Kanaks", "killed:2"), ("6", "killed:6", 1, "bg"), ("2 gendarmes", "killed:2", 1, "bg")], 2),
("q112", "2022-12-01",
 "SUVA — Police have warned of 'zero tolerance' after death threats were posted online against 3 opposition MPs ahead of the 14 December vote. No one has been charged.",
 [], 0),
# ---------------------------------------------------------------- Ecuador
("q113", "2021-09-28",
 "On 28 September 2021, at the Litoral Penitentiary in Guayaquil, Los Lobos and Los Choneros members fought with guns and grenades for hours; 118 inmates were killed, including 5 beheaded, and 86 injured. Fatalities: 118.",
 [("118 inmates", "killed:118"), ("5", "killed:5", 1, "rep"), ("86", "injured:86"), ("118", "killed:118", 2, "rep")], 118),
("q114", "2022-10-16",
 "GUAYAQUIL (AFP) - Gunmen in two cars opened fire outside a bakery in the Socio Vivienda area on Saturday, killing 5 people and wounding 3, in what police described as a turf war between 'vacunadores' extortion gangs.",
 [("5 people", "killed:5"), ("3", "injured:3")], 5),
("q115", "2024-01-09",
 "On 9 January 2024, gunmen of Los Tiguerones stormed TC Televisión studios in Guayaquil during a live broadcast and held staff hostage; police freed 13 hostages and arrested 13 attackers. No one was killed.",
 [("13 hostages", "abducted:13")], 0),
("q116", "2023-08-09",
 "On 9 August 2023, in Quito, presidential candidate Fernando Villavicencio was shot dead leaving a rally; 9 people, among them a candidate for the assembly and 2 police officers, were wounded. A suspected gunman was killed in the exchange of fire.",
 [("9 people", "injured:9"), ("a candidate", "injured:1"), ("2 police officers", "injured:2"), ("A suspected gunman", "killed:1")], 1),
("q117", "2022-11-14",
 "On 14 November 2022, inmates at the Inca prison in Quito clashed over control of pavilions; 10 prisoners died and 3 guards were taken hostage. The SNAI later reported that the bodies of 2 inmates were found in a sewer, bringing the toll to 12.",
 [("10 prisoners", "killed:10"), ("3 guards", "abducted:3"), ("2 inmates", "killed:2"), ("12", "killed:12", 1, "rep")], 12),
("q118", "2023-05-16",
 "DURAN - An explosive artifact detonated outside the municipal building in Durán early tuesday , causing damage to 3 vehicles but no victims, the Police reported. It is the 4th such attack this month.",
 [], 0),
("q119", "2021-02-23",
 "On 23 February 2021, simultaneous riots in prisons in Guayaquil, Cuenca and Latacunga left 79 inmates dead: 37 in Guayaquil, 34 in Cuenca and 8 in Latacunga. Several guards were injured.",
 [("79 inmates", "killed:79"), ("37", "killed:37", 1, "rep"), ("34", "killed:34", 1, "rep"), ("8", "killed:8", 1, "rep")], 79),
("q120", "2025-03-05",
 "On 5 March 2025, in Guayaquil's Nueva Prosperina, gunmen killed 22 people in a shoot-out between gang factions, including a child; the police said the dead numbered 22 and detained 3 suspects. Fatalities: 22.",
 [("22 people", "killed:22"), ("a child", "killed:1", 1, "rep"), ("22", "killed:22", 2, "rep"), ("22", "killed:22", 3, "rep")], 22),
("q121", "2023-10-17",
 "On 17 October 2023, in Machala (El Oro), gunmen kidnapped a businessman and his 2 bodyguards from a shrimp farm; a ransom of USD 200,000 was demanded. They were released 5 days later.",
 [("a businessman", "abducted:1"), ("2 bodyguards", "abducted:2")], 0),
("q122", "2023-06-14",
 "ESMERALDAS — A police officer was shot dead and his partner wounded when motorcycle gunmen attacked a patrol car near the port on Wednesday, the Interior Ministry said. The dead officer, 26, had been on the force 3 years.",
 [("A police officer", "killed:1"), ("his partner", "injured:1")], 1),
("q123", "2021-11-12",
 "On 12 November 2021, at the Litoral Penitentiary (Guayaquil), a new clash between gangs in Pavilion 2 left 68 prisoners dead and 25 wounded; the toll was disputed by relatives, who said more than 100 had died.",
 [("68 prisoners", "killed:68"), ("25", "injured:25"), ("more than 100", "killed:>100", 1, "rep")], 68),
("q124", "2023-04-02",
 "On 2 April 2023, in the port of Guayaquil (Isla Trinitaria), a gang attack on fishermen left 9 dead; hospital staff said 2 of the 7 wounded died later, raising the toll to 11.",
 [("9", "killed:9"), ("2", "killed:2", 2), ("7", "injured:7"), ("11", "killed:11", 1, "rep")], 11),
("q125", "2024-01-22",
 "On 22 January 2024, the Ecuadorian armed forces said they had neutralised 5 terrorists and detained 1,975 people since the declaration of internal armed conflict on 9 January.",
 [("5 terrorists", "casualties:5")], 0),
# ---------------------------------------------------------------- Timor-Leste
("q126", "2015-06-17",
 "On 17 June 2015, in Becora (Dili), members of the PSHT and KORK martial arts groups fought with stones and machetes; the fight resulted in 1 fatality and 7 injured. Police detained 21.",
 [("1 fatality", "killed:1"), ("7", "injured:7")], 1),
("q127", "2019-09-16",
 "DILI — A 20-year-old student died in Guido Valadares hospital on Sunday, two days after he was stabbed in a fight between rival martial arts groups in Comoro, police said.",
 [("A 20-year-old student", "killed:1")], 1),
("q128", "2025-03-03",
 "On 3 March 2025, in Ermera, a land dispute between two sucos (villages) turned violent; 12 houses and a chapel were burned. PNTL deployed 50 officers. No casualties reported.",
 [], 0),
("q129", "2016-08-09",
 "On 9 August 2016, in Baucau, a PNTL officer shot a suspected member of the banned KORK group during an arrest; the man died on the way to hospital. His relatives attacked the police post, injuring 2 officers.",
 [("a suspected member", "killed:1"), ("2 officers", "injured:2")], 1),
("q130", "2021-04-17",
 "SUAI,Covalima - Three fishermen were reported missing after there boat was fired upon near the border at sea on saturday, the port authority says. Search continue.",
 [("Three fishermen", "missing:3")], 0),
("q131", "2025-12-23",
 "On 23 December 2025, in Viqueque, 2 groups of villagers clashed over a funeral; the clash caused one death, an elderly man (katuas) hit with a machete, and 4 people were wounded. Police arrested 6.",
 [("one death", "killed:1"), ("an elderly man", "killed:1", 1, "rep"), ("4 people", "injured:4")], 1),
("q132", "2021-02-11",
 "On 11 February 2021, in Dili, veterans marked the anniversary of the 2008 attack on President Ramos-Horta, in which rebel leader Alfredo Reinado and a bodyguard were killed. No incidents.",
 [("a bodyguard", "killed:1", 1, "bg")], 0),
("q133", "2025-04-28",
 "On 28 April 2025, in Lospalos (Lautém), PSHT members attacked a rival group's training ground; between 3 and 5 people were injured and one later died of head wounds. Fatalities: 1.",
 [("between 3 and 5 people", "injured:3-5"), ("one", "killed:1"), ("1", "killed:1", 1, "rep")], 1),
("q134", "2024-02-20",
 "DILI — Police have found the bodies of 2 women in a ravine near Aileu, three weeks after they disappeared on their way to the market. A suspect has been detained.",
 [("2 women", "killed:2")], 2),
("q135", "2026-02-10",
 "On 10 February 2026, in Dili, students protested against a plan to buy cars for MPs; police used tear gas and 4 students were briefly detained.",
 [], 0),
("q136", "2017-05-14",
 "On 14 May 2017, in Maliana (Bobonaro), a group of youths stoned a bus carrying supporters of a rival party; the driver died after being hit on the head and 6 passengers were injured.",
 [("the driver", "killed:1"), ("6 passengers", "injured:6")], 1),
("q137", "2024-10-30",
 "On 30 October 2024, in Same (Manufahi), a dispute over a stolen buffalo led to a fight in which 2 men were killed: a farmer and his cousin. 3 others were injured.",
 [("2 men", "killed:2"), ("a farmer", "killed:1", 1, "rep"), ("his cousin", "killed:1", 1, "rep"), ("3 others", "injured:3")], 2),
# ---------------------------------------------------------------- Namibia and Botswana
("q138", "2018-05-19",
 "On 19 May 2018, in the Chobe National Park (Botswana), BDF anti-poaching soldiers shot dead 3 suspected Namibian poachers and recovered 2 rifles and 4 elephant tusks. The Namibian government protested the shoot-to-kill policy.",
 [("3 suspected Namibian poachers", "killed:3")], 3),
("q139", "2020-11-04",
 "KATIMA MULILO — Four Namibian fishermen, among them 3 brothers, were shot dead by Botswana soldiers on the Chobe river near Sibuta island on Tuesday night, Namibian officials said. Botswana said the men were poachers who opened fire first.",
 [("Four Namibian fishermen", "killed:4"), ("3 brothers", "killed:3", 1, "rep")], 4),
("q140", "2015-03-12",
 "On 12 March 2015, in Bwabwata National Park (Kavango East), rangers arrested 4 suspected rhino poachers and seized an AK-47 and 12 rounds. No shots were fired.",
 [], 0),
("q141", "2016-10-06",
 "On 6 October 2016, in Okavango (Botswana), a Botswana Defence Force patrol killed 2 poachers and wounded another man; a soldier was hurt in the exchange. Between 2013 and 2016 BDF patrols killed an estimated 30 foreign nationals, according to Namibian media.",
 [("2 poachers", "killed:2"), ("another man", "injured:1"), ("a soldier", "injured:1"), ("an estimated 30 foreign nationals", "killed:~30", 1, "bg")], 2),
("q142", "2025-04-24",
 "On 24 April 2025, in Ohangwena (Namibia), a village headman and 2 councillors received death threats after a dispute over communal grazing land; the headman's kraal was set alight.",
 [], 0),
("q143", "2018-05-19",
 "WINDHOEK (Nampa) - A security guard was killed and 2 colleagues wounded when armed robbers attacked a cash-in-transit van in Katutura on Friday. Police said an estimated N$2 million was taken.",
 [("A security guard", "killed:1"), ("2 colleagues", "injured:2")], 1),
("q144", "2019-11-11",
 "On 11 November 2019, in Zambezi region, an elephant poaching gang shot and killed 1 MET ranger and injured a police officer near Mudumu National Park. 3 suspects were arrested days later.",
 [("1 MET ranger", "killed:1"), ("a police officer", "injured:1")], 1),
("q145", "2024-06-08",
 "On 8 June 2024, at Shakawe (North-West District, Botswana), BDF soldiers detained 3 Namibian fishermen on the Okavango, accusing them of poaching; one was beaten, Namibian officials said.",
 [("one", "injured:1")], 0),
("q146", "2017-07-13",
 "On 13 July 2017, Namibian police said 2 rhino poachers were shot dead and a ranger was wounded in a gunfight in the Etosha National Park; a third poacher escaped. Fatalities: 2.",
 [("2 rhino poachers", "killed:2"), ("a ranger", "injured:1"), ("2", "killed:2", 2, "rep")], 2),
("q147", "2021-09-23",
 "MAUN — The body of a Namibian man believed to have been shot by an anti-poaching unit was handed over at the Mohembo border post on Thursday. His family disputes that he was a poacher.",
 [("a Namibian man", "killed:1")], 1),
("q148", "2023-02-02",
 "On 2 February 2023, in Gaborone, the Namibian and Botswana presidents agreed to review border patrol rules after 4 Namibians were killed by BDF soldiers on the Chobe in 2020.",
 [("4 Namibians", "killed:4", 1, "bg")], 0),
("q149", "2025-05-17",
 "On 17 May 2025, in Rundu (Kavango East), police dispersed a crowd protesting a ranger's killing of a suspected poacher the previous week; 5 protesters and 2 officers were injured. Police arrested 11.",
 [("a suspected poacher", "killed:1", 1, "bg"), ("5 protesters", "injured:5"), ("2 officers", "injured:2")], 0),
("q150", "2016-08-14",
 "Botswana: Poachers kill 2 rangers in Moremi\nMAUN — Two wildlife rangers were killed and one injured when suspected poachers opened fire on their patrol in the Moremi Game Reserve on Saturday, the department said. Officials said the attackers, thought to number 5 or 6, fled towards the Namibian border.",
 [("2 rangers", "killed:2", 1, "rep"), ("Two wildlife rangers", "killed:2"), ("one", "injured:1")], 2),
]

OUTCOMES = ("killed", "injured", "missing", "casualties", "abducted")
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def find(text, surface, occ):
    """Start of the occ-th case-sensitive whole-word match of surface."""
    pat = re.escape(surface)
    if re.match(r"\w", surface):
        pat = r"(?<!\w)" + pat
        if surface[0].isdigit():
            pat = r"(?<!\d[,.])" + pat
    if re.search(r"\w$", surface):
        pat = pat + r"(?!\w)"
        if surface[-1].isdigit():
            pat = pat + r"(?![,.]\d)"
    hits = [m.start() for m in re.finditer(pat, text)]
    if len(hits) < occ:
        raise SystemExit(f"surface {surface!r} occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ - 1]


def lower_end(value):
    count = value.split(":", 1)[1]
    m = re.match(r"^(>=|>|<=|~)?(\d+)(?:-(\d+))?$", count)
    return int(m.group(2))


def build():
    records, flags = [], {}
    for iid, dct, text, decisions, fat in ITEMS:
        spans = []
        for d in decisions:
            surface, value = d[0], d[1]
            occ = d[2] if len(d) > 2 else 1
            flag = d[3] if len(d) > 3 else ""
            assert flag in ("", "rep", "bg"), (iid, d)
            s = find(text, surface, occ)
            spans.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
            flags[(iid, s)] = flag
        spans.sort(key=lambda x: x["start"])
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": spans, "fatalities": fat})
    return records, flags


def check(records, flags):
    errors = []
    ids = set()
    for r in records:
        iid, text = r["id"], r["text"]
        if iid in ids:
            errors.append(f"{iid}: duplicate id")
        ids.add(iid)
        if not re.match(r"^q\d{3}$", iid):
            errors.append(f"{iid}: bad id")
        try:
            datetime.date.fromisoformat(r["dct"])
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", r["dct"])
        except Exception:
            errors.append(f"{iid}: bad dct {r['dct']}")
        if r["layers"] != ["casualties"]:
            errors.append(f"{iid}: layers")
        prev_end = -1
        counted = 0
        toll = 0
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errors.append(f"{iid}: bad offsets {s},{e}")
                continue
            if text[s:e] != sp["text"]:
                errors.append(f"{iid}: slice {text[s:e]!r} != {sp['text']!r}")
            if text[s].isspace() or text[e - 1].isspace():
                errors.append(f"{iid}: span {sp['text']!r} starts/ends on whitespace")
            if s < prev_end:
                errors.append(f"{iid}: overlap at {sp['text']!r}")
            prev_end = e
            if sp["label"] != "CASUALTY":
                errors.append(f"{iid}: label {sp['label']}")
            m = VALUE_RE.match(sp["value"])
            if not m:
                errors.append(f"{iid}: bad value {sp['value']}")
            elif m.group(3) and int(m.group(3)) >= int(m.group(4)):
                errors.append(f"{iid}: range not N<M {sp['value']}")
            if sp["value"].startswith("killed:"):
                flag = flags.get((iid, s))
                if flag is None:
                    errors.append(f"{iid}: no flag for span at {s}")
                elif flag != "bg":
                    counted += 1
                    if flag == "":
                        toll += lower_end(sp["value"])
        fat = r["fatalities"]
        if not (isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0):
            errors.append(f"{iid}: fatalities {fat!r}")
            continue
        if (fat == 0) != (counted == 0):
            errors.append(f"{iid}: fatalities {fat} but {counted} counted killed spans")
        if fat != toll:
            errors.append(f"{iid}: fatalities {fat} != sum of added killed spans {toll}")
    return errors


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def review(records, flags):
    for r in records:
        text = r["text"]
        out, pos = [], 0
        for sp in r["spans"]:
            flag = flags.get((r["id"], sp["start"]), "")
            tag = sp["value"] + (("|" + flag) if flag else "")
            out.append(text[pos:sp["start"]])
            out.append(f"[{text[sp['start']:sp['end']]}]{{{tag}}}")
            pos = sp["end"]
        out.append(text[pos:])
        print(f"{r['id']} {r['dct']} fatalities={r['fatalities']}")
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def main():
    records, flags = build()
    errors = check(records, flags)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    data = dump(records)
    again, _ = build()
    if dump(again) != data:
        sys.exit("output is not deterministic")
    if "--review" in sys.argv:
        review(records, flags)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    errors = check(reread, flags)
    if errors or dump(reread) != data:
        print("\n".join(errors) or "re-read file differs")
        sys.exit(1)
    n_spans = sum(len(r["spans"]) for r in reread)
    print(f"wrote {OUT}: {len(reread)} items, {n_spans} spans; all checks pass")


if __name__ == "__main__":
    main()
