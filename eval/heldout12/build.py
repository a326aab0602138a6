#!/usr/bin/env python3
"""Held-out set 12 (casualties): hand-written notes and their hand-made labels.

The decision lists below are the source of truth. Each item gives its text, its dct,
its CASUALTY spans as (surface, value[, occurrence[, "bg"]]) and its hand-computed
death toll `f`. `occurrence` counts case-sensitive whole-word matches of the surface
(0 = first). A span flagged "bg" is a background death (an earlier or separate event
recalled for context): it is labelled, but it is not part of the report's toll.

Usage: python3 build.py            # build tolls-12.jsonl and check it
       python3 build.py --review   # print every item with its spans in brackets
"""
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "tolls-12.jsonl"

# region, style (A = ACLED-like note, W = wire / local press), dct, text, spans, fatalities
ITEMS = [
    # ---------------- Mauritania ----------------
    dict(r="Mauritania", st="A", d="2016-05-03",
         t="On 3 May 2016, unidentified gunmen on motorbikes shot dead a gold prospector (orpailleur) near Chami, Dakhlet Nouadhibou region, and took his metal detector. Fatalities: 1. Source: Sahara Medias.",
         s=[("a gold prospector", "killed:1"), ("1", "killed:1")], f=1),
    dict(r="Mauritania", st="A", d="2019-08-22",
         t="On 22 August 2019, gendarmes fired tear gas and live rounds to disperse Haratine youths protesting land seizures in Mbout, Gorgol region. Local activists said 7 demonstrators were wounded, two of them by bullets; the gendarmerie said 3. 14 people were arrested.",
         s=[("7 demonstrators", "injured:7"), ("two", "injured:2"), ("3", "injured:3")], f=0),
    dict(r="Mauritania", st="W", d="2021-01-09",
         t="NOUAKCHOTT, Jan. 9 \u2014 Two customs officers were killed and a third seriously hurt when smugglers opened fire on their patrol near the Malian border east of Bassikounou, the interior ministry said Saturday. The ministry said the smugglers fled across the border in three pick-up trucks.",
         s=[("Two customs officers", "killed:2"), ("a third", "injured:1")], f=2),
    dict(r="Mauritania", st="A", d="2023-02-17",
         t="On 17 February 2023, suspected JNIM militants abducted three Mauritanian herders and some 200 camels at a well near the border south of Adel Bagrou (Hodh Ech Chargui). The herders' families said a fourth man escaped. No fatalities reported.",
         s=[("three Mauritanian herders", "abducted:3")], f=0),
    dict(r="Mauritania", st="A", d="2017-10-11",
         t="On 11 October 2017, the bodies of four gold miners were found in shallow graves near the Tasiast road, Inchiri region, days after a clash between rival mining teams over a pit. A fifth miner, who had been stabbed, died in hospital in Akjoujt on 12 October. Gendarmes detained 9 men. Fatalities: 5.",
         s=[("four gold miners", "killed:4"), ("A fifth miner", "killed:1"), ("5", "killed:5")], f=5),
    dict(r="Mauritania", st="W", d="2024-03-05",
         t="ZOUERAT, 5 March 2024 (local press) - A soldier died and 2 others were injured after their vehicle struck a landmine left from the 1970s war, about 40 km north of Bir Moghrein, the army said on tuesday.",
         s=[("A soldier", "killed:1"), ("2 others", "injured:2")], f=1),
    dict(r="Mauritania", st="A", d="2025-06-28",
         t="On 28 June 2025, police in Nouakchott arrested 12 members of an unregistered anti-slavery group after a sit-in outside the Ksar police station; the group said 4 of its activists were beaten in custody and one, a 63-year-old woman, was taken to hospital.",
         s=[("4", "injured:4"), ("one", "injured:1")], f=0),
    # ---------------- The Gambia and Guinea-Bissau ----------------
    dict(r="Gambia/Guinea-Bissau", st="A", d="2017-06-18",
         t="On 18 June 2017, residents of Kanilai, West Coast Region, clashed with ECOMIG troops during a protest over the troops' presence. One protester, Lamin Bojang, was shot dead and at least 9 others were wounded. ECOMIG said its soldiers fired in self-defence. Fatalities: 1.",
         s=[("One protester", "killed:1"), ("at least 9 others", "injured:>=9"), ("1", "killed:1")], f=1),
    dict(r="Gambia/Guinea-Bissau", st="W", d="2016-04-15",
         t="BANJUL, 15 April 2016 \u2014 Police broke up a march by opposition supporters in Westfield on Thursday, and the party said 3 of its youth wing members were beaten so badly they needed surgery. An officer said \"about 20\" people were detained. Party officials also said their organising secretary, Modou Ceesay, had died in detention, a claim the police denied.",
         s=[("3", "injured:3")], f=0),
    dict(r="Gambia/Guinea-Bissau", st="A", d="2020-07-09",
         t="On 9 July 2020, police intervention unit (PIU) officers opened fire on villagers protesting sand mining at Faraba Banta, West Coast Region, killing a 19-year-old student and a bricklayer; six other villagers were treated for gunshot wounds at Brikama hospital. The sand company's 2 excavators were torched.",
         s=[("a 19-year-old student", "killed:1"), ("a bricklayer", "killed:1"), ("six other villagers", "injured:6")], f=2),
    dict(r="Gambia/Guinea-Bissau", st="A", d="2022-02-01",
         t="On 1 February 2022, armed men attacked the Government Palace in Bissau while the president chaired a cabinet meeting. The government said 11 people, most of them members of the security forces, were killed in the five-hour gunfight; a civil society group put the toll at 'as many as 15'. Fatalities: 11.",
         s=[("11 people", "killed:11"), ("as many as 15", "killed:<=15"), ("11", "killed:11", 1)], f=11),
    dict(r="Gambia/Guinea-Bissau", st="W", d="2019-06-04",
         t="GABU, Guinea-Bissau, 4 June 2019 (local radio) \u2014 A cashew buyer from Bafat\u00e1 was hacked to death and his two porters were injured when robbers ambushed their truck near Pirada on Monday night, police said. The robbers took about 2 million CFA francs.",
         s=[("A cashew buyer", "killed:1"), ("two porters", "injured:2")], f=1),
    dict(r="Gambia/Guinea-Bissau", st="A", d="2024-03-13",
         t="On 13 March 2024, an MFDC faction fired on a Senegalese army patrol near Sindian, and stray mortar rounds landed in Jiboro, across the border in The Gambia, wounding a Gambian farmer and his daughter. The Senegalese army said it had neutralised four rebels; the MFDC said none of its men were hurt.",
         s=[("a Gambian farmer", "injured:1"), ("his daughter", "injured:1"), ("four rebels", "casualties:4")], f=0),
    dict(r="Gambia/Guinea-Bissau", st="W", d="2025-08-21",
         t="Fishermen's union says 2 crew missing after Bijag\u00f3s clash\nBISSAU, 21 Aug 2025 \u2014 Two fishermen from Bubaque are missing and another was shot in the leg after a patrol boat fired on their canoe near the Orango marine park on Wednesday, the artisanal fishermen's union said. The navy said its crew fired warning shots at a boat fishing illegaly and denied anyone was hit.",
         s=[("2 crew", "missing:2"), ("Two fishermen", "missing:2"), ("another", "injured:1")], f=0),
    # ---------------- Zambia ----------------
    dict(r="Zambia", st="A", d="2016-04-18",
         t="On 18 April 2016, residents of Zingalume and George compounds in Lusaka looted more than 60 shops owned by Rwandan nationals after rumours linking foreigners to ritual killings. Police initially said 3 people had been burnt to death by the mob, but later revised the figure to 2; 256 people were arrested. Fatalities: 2.",
         s=[("3 people", "killed:3"), ("2", "killed:2"), ("2", "killed:2", 1)], f=2),
    dict(r="Zambia", st="A", d="2021-08-03",
         t="On 3 August 2021, UPND and PF cadres fought with machetes at Kanyama market, Lusaka, a week before the general election. A PF cadre was hacked and died on the way to the University Teaching Hospital; three marketeers were injured. Police recovered 2 machetes and an axe.",
         s=[("A PF cadre", "killed:1"), ("three marketeers", "injured:3")], f=1),
    dict(r="Zambia", st="W", d="2018-03-02",
         t="CHINGOLA, 2 March 2018 \u2014 The dead numbered 4 by Friday afternoon after mine security guards opened fire on illegal miners, known locally as jerabos, who had stoned their vehicle at the Chingola slag dump. Police said some 7 miners were being treated for gunshot wounds and two guards were hurt by stones.",
         s=[("4", "killed:4"), ("some 7 miners", "injured:~7"), ("two guards", "injured:2")], f=4),
    dict(r="Zambia", st="A", d="2020-02-27",
         t="On 27 February 2020, a mob in Chawama, Lusaka, set upon a man suspected of 'gassing' households and beat him to death; police said it was the second such killing in the compound that week. 41 suspects were later arrested over mob attacks in the province.",
         s=[("a man", "killed:1")], f=1),
    dict(r="Zambia", st="A", d="2023-11-05",
         t="On 5 November 2023, unknown people torched a Chinese-owned cotton depot in Katete, Eastern Province, after a dispute over prices; police said nobody was hurt and that 3 suspects aged 17, 22 and 24 were in custody.",
         s=[], f=0),
    dict(r="Zambia", st="W", d="2025-09-15",
         t="KITWE, 15 Sept 2025 (Zambia Daily) -- Kaponyas Hack Bus Driver, Conductor\nTwo men working for a Kitwe-Ndola bus company were admitted to Kitwe Teaching Hospital on Sunday after being attacked by a group of about 15 kaponyas at Chisokone bus station, police confirmed. One of them, the driver, had a deep cut to the head.",
         s=[("Bus Driver", "injured:1"), ("Conductor", "injured:1"), ("Two men", "injured:2"), ("One", "injured:1")], f=0),
    dict(r="Zambia", st="A", d="2015-10-24",
         t="On 24 October 2015, a clash between villagers in Chief Mukuni's area and wildlife police officers near Kazungula left one poacher dead and two officers injured, according to the wildlife authority. Villagers said the poacher was a fisherman and that 'over 3' residents were hurt.",
         s=[("one poacher", "killed:1"), ("two officers", "injured:2"), ("over 3", "injured:>3")], f=1),
    # ---------------- Malawi ----------------
    dict(r="Malawi", st="A", d="2015-12-28",
         t="On 28 December 2015, unknown people abducted a 2-year-old girl with albinism from her mother's hut in Machinga district; police launched a search with 40 officers. The girl was found dead 3 days later in a maize field in Mangochi district. Fatalities: 1.",
         s=[("a 2-year-old girl", "abducted:1"), ("The girl", "killed:1"), ("1", "killed:1")], f=1),
    dict(r="Malawi", st="W", d="2019-07-08",
         t="LILONGWE, 8 July 2019 (MANA) - Police fired tear gas at opposition supporters protesting the May election results in Area 47 and Kanengo, and sources at Kamuzu Central Hospital said they had received between 6 and 9 people with injuries, including a police officer. Protesters burnt 3 police vehicles.",
         s=[("between 6 and 9 people", "injured:6-9"), ("a police officer", "injured:1")], f=0),
    dict(r="Malawi", st="A", d="2022-01-19",
         t="On 19 January 2022, villagers in Traditional Authority Kapoloma's area, Machinga, attacked a Group Village Headman's house over suspected witchcraft, killing the headman's brother and injuring his wife.",
         s=[("the headman's brother", "killed:1"), ("his wife", "injured:1")], f=1),
    dict(r="Malawi", st="A", d="2024-06-12",
         t="On 12 June 2024, city council askaris and vendors clashed in Blantyre's Limbe market during an eviction exercise; 14 vendors and 5 council officers were injured, according to Blantyre police. A vendor, 34, who had been admitted to Queen Elizabeth Central Hospital with a head wound, died on 14 June. Fatalities: 1.",
         s=[("14 vendors", "injured:14"), ("5 council officers", "injured:5"), ("A vendor", "killed:1"), ("1", "killed:1")], f=1),
    dict(r="Malawi", st="W", d="2017-10-09",
         t="BLANTYRE, Oct 9 \u2014 Mobs hunting suspected 'bloodsuckers' in Mulanje and Phalombe have killed at least 7 people in the past month, police said Monday. The latest victim, a herbalist, was stoned near Chitakale trading centre on Sunday. Police said the killing of 3 suspected bloodsuckers in Thyolo in 2016 was still under investigation. The UN pulled some 20 staff out of the two districts.",
         s=[("at least 7 people", "killed:>=7"), ("a herbalist", "killed:1"), ("3 suspected bloodsuckers", "killed:3", 0, "bg")], f=7),
    dict(r="Malawi", st="A", d="2020-03-25",
         t="On 25 March 2020, Malawi Police in Nsanje arrested 6 men suspected of planning to abduct a person with albinism; police said the suspects had been offered 1.5 million kwacha for the victim's bones. No one was harmed.",
         s=[], f=0),
    dict(r="Malawi", st="A", d="2018-09-02",
         t="On 2 September 2018, three bicycle-taxi (kabaza) operators were stabbed and their bicycles stolen by a gang on the Lilongwe-Dedza road near Nathenje; one of them, an 18-year-old, died at the scene, Lilongwe police said.",
         s=[("three bicycle-taxi (kabaza) operators", "injured:3"), ("one", "killed:1")], f=1),
    # ---------------- Lesotho ----------------
    dict(r="Lesotho", st="A", d="2016-04-10",
         t="On 10 April 2016, suspected members of the Terene famo gang shot dead 5 people at a funeral in Ha Mohlalefi, Mafeteng district, in what police described as revenge for an earlier killing. Two mourners were wounded. Fatalities: 5.",
         s=[("5 people", "killed:5"), ("Two mourners", "injured:2"), ("5", "killed:5", 1)], f=5),
    dict(r="Lesotho", st="W", d="2015-06-26",
         t="MASERU, 26 June 2015 \u2014 A retired army colonel was shot dead by soldiers who said he had resisted arrest outside his farm near Mokema on Thursday, his family said. The Lesotho Defence Force said the officer, aged 47, had fired at them first and that 2 soldiers were hurt in the exchange.",
         s=[("A retired army colonel", "killed:1"), ("2 soldiers", "injured:2")], f=1),
    dict(r="Lesotho", st="A", d="2018-08-07",
         t="On 7 August 2018, armed stock thieves raided a cattle post at Sehonghong, Thaba-Tseka, driving off 46 cattle and 120 sheep; the herdboys guarding the post, two brothers aged 14 and 16, were later found dead in a gorge. Fatalities: 2.",
         s=[("two brothers", "killed:2"), ("2", "killed:2")], f=2),
    dict(r="Lesotho", st="A", d="2021-03-15",
         t="On 15 March 2021, police and students of the National University of Lesotho clashed in Roma over delayed allowances; police used rubber bullets, and the Students' Representative Council said 'dozens' of students were hurt, 4 of them seriously. A security guard's car was burnt.",
         s=[("dozens", "injured:>=24"), ("4", "injured:4")], f=0),
    dict(r="Lesotho", st="W", d="2023-09-10",
         t="Nine killed in Mafeteng village night raid\nMAFETENG, 10 Sept 2023 (Lesotho Times) - Nine people, among them three women and a 12-year-old boy, were gunned down in Ha Ramohapi on Saturday night by men believed to belong to a famo music gang, a police spokesperson said. Police have deployed 200 officers in the district.",
         s=[("Nine", "killed:9"), ("Nine people", "killed:9"), ("three women", "killed:3"), ("a 12-year-old boy", "killed:1")], f=9),
    dict(r="Lesotho", st="A", d="2025-02-05",
         t="On 5 February 2025, police found 3 bodies in a donga near Ketane, Maseru district; they were among four herders from Semonkong who went missing on 2 February after taking cattle to graze. The fourth herder is still missing. Relatives accused men from a rival village. Fatalities: 3.",
         s=[("3 bodies", "killed:3"), ("four herders", "missing:4"), ("The fourth herder", "missing:1"), ("3", "killed:3", 1)], f=3),
    dict(r="Lesotho", st="A", d="2019-11-20",
         t="On 20 November 2019, police in Leribe were accused of torturing 3 suspects in a stock-theft case at Hlotse police station; one of them was admitted to Motebang hospital with broken ribs.",
         s=[("3 suspects", "injured:3"), ("one", "injured:1")], f=0),
    # ---------------- Tunisia ----------------
    dict(r="Tunisia", st="A", d="2015-02-17",
         t="On 17 February 2015, militants of the Okba Ibn Nafaa Battalion ambushed a patrol of the National Guard's 9th intervention unit at Boulaaba, near Kasserine, killing four guardsmen. The Interior Ministry had initially given a toll of 5 but revised it to 4 on 18 February, and said the attackers, estimated at 20, seized the guardsmen's weapons. Fatalities: 4.",
         s=[("four guardsmen", "killed:4"), ("5", "killed:5"), ("4", "killed:4"), ("4", "killed:4", 1)], f=4),
    dict(r="Tunisia", st="W", d="2016-03-08",
         t="BEN GUERDANE, Tunisia, March 8 (wire) \u2014 Tunisian forces killed 36 militants who stormed army and police posts in this border town on Monday, the interior ministry said, while 12 members of the security forces and 7 civilians died. A hospital official said 'over 10' wounded were brought in. The figures could not be verified.",
         s=[("36 militants", "killed:36"), ("12 members", "killed:12"), ("7 civilians", "killed:7"), ("over 10", "injured:>10")], f=55),
    dict(r="Tunisia", st="A", d="2020-09-03",
         t="On 3 September 2020, a shepherd was found beheaded on Mount Mghila, Sidi Bouzid governorate; the Interior Ministry blamed Jund al-Khilafa militants. His cousin, who was with him, was abducted and is still missing.",
         s=[("a shepherd", "killed:1"), ("His cousin", "abducted:1")], f=1),
    dict(r="Tunisia", st="A", d="2018-01-11",
         t="On 11 January 2018, protesters against the 2018 finance law clashed with police in Siliana and Thala for the third night; the Interior Ministry said 49 police officers were injured and 328 people arrested, while rights groups said scores of protesters were hurt.",
         s=[("49 police officers", "injured:49"), ("scores of protesters", "injured:>=40")], f=0),
    dict(r="Tunisia", st="W", d="2017-07-06",
         t="JENDOUBA, 6 July 2017 - Two soldiers were wounded, one of them critically, when a landmine exploded under their vehicle at Jebel Ouergha near Ain Draham on wedensday, the defence ministry said. The critically wounded soldier died overnight in the regional hospital, a ministry source later confirmed.",
         s=[("Two soldiers", "injured:2"), ("one", "injured:1"), ("The critically wounded soldier", "killed:1")], f=1),
    dict(r="Tunisia", st="A", d="2023-07-04",
         t="On 3 July 2023, clashes between residents of Sfax and sub-Saharan migrants left a Tunisian man dead after he was stabbed; in the following days, hundreds of migrants were expelled to the Libyan border area near Ras Jedir. 1 fatality.",
         s=[("a Tunisian man", "killed:1"), ("1 fatality", "killed:1")], f=1),
    dict(r="Tunisia", st="A", d="2025-04-22",
         t="On 22 April 2025, the National Guard said it had neutralised two terrorist elements in an operation on Mount Salloum, Kasserine, and seized a Kalashnikov and 3 grenades. One guardsman was lightly injured.",
         s=[("two terrorist elements", "casualties:2"), ("One guardsman", "injured:1")], f=0),
    # ---------------- Western Sahara ----------------
    dict(r="Western Sahara", st="A", d="2020-11-13",
         t="On 13 November 2020, Moroccan Royal Armed Forces (FAR) moved into the Guerguerat buffer strip to reopen the road to Mauritania, dispersing some 60 Sahrawi protesters who had blocked it since October. The Polisario Front declared the 1991 ceasefire over. No casualties were reported by either side.",
         s=[], f=0),
    dict(r="Western Sahara", st="A", d="2021-04-07",
         t="On 6 April 2021, a Moroccan drone strike near Tifariti, east of the berm, killed Polisario's gendarmerie commander and at least two other fighters, according to Sahrawi sources; Morocco did not comment. Fatalities: 3.",
         s=[("Polisario's gendarmerie commander", "killed:1"), ("at least two other fighters", "killed:>=2"), ("3", "killed:3")], f=3),
    dict(r="Western Sahara", st="W", d="2023-10-29",
         t="SMARA, Oct 29 (wire) - One man was killed and 3 people wounded when projectiles hit residential areas of Smara late on Saturday, local authorities said. Moroccan media said 4 projectiles were fired from east of the defensive wall.",
         s=[("One man", "killed:1"), ("3 people", "injured:3")], f=1),
    dict(r="Western Sahara", st="A", d="2016-02-18",
         t="On 18 February 2016, police in Laayoune dispersed a sit-in by unemployed Sahrawi graduates; the organisers said 17 protesters were injured, among them 5 women, and 11 were detained.",
         s=[("17 protesters", "injured:17"), ("5 women", "injured:5")], f=0),
    dict(r="Western Sahara", st="A", d="2022-08-29",
         t="On 29 August 2022, Polisario fighters fired mortar rounds at FAR positions along the berm near Mahbes; the Polisario defence ministry claimed 'heavy losses' and dozens of soldiers killed, while a Moroccan military source said 2 soldiers were killed and 3 lightly wounded.",
         s=[("dozens of soldiers", "killed:>=24"), ("2 soldiers", "killed:2"), ("3", "injured:3")], f=2),
    dict(r="Western Sahara", st="A", d="2024-05-09",
         t="On 9 May 2024, a drone strike east of the berm near Bir Lahlou hit 2 trucks of Sahrawi gold prospectors; Sahrawi activists said three prospectors were killed, a regional news site reported 4. Fatalities: 3.",
         s=[("three prospectors", "killed:3"), ("4", "killed:4"), ("3", "killed:3")], f=3),
    # ---------------- Jordan ----------------
    dict(r="Jordan", st="A", d="2016-12-18",
         t="On 18 December 2016, gunmen holed up in Karak castle attacked police and tourists; 10 people were killed, including 7 members of the security forces, 2 Jordanian civilians and a Canadian tourist, and 34 were wounded. Security forces killed the 4 gunmen. Fatalities: 14.",
         s=[("10 people", "killed:10"), ("7 members", "killed:7"), ("2 Jordanian civilians", "killed:2"), ("a Canadian tourist", "killed:1"), ("34", "injured:34"), ("4 gunmen", "killed:4"), ("14", "killed:14")], f=14),
    dict(r="Jordan", st="W", d="2018-08-12",
         t="SALT, Jordan, 12 Aug 2018 (Petra) \u2014 Four security personnel were killed when militants set off explosives in a building they were storming in Salt on Saturday night, a government spokeswoman said. A gendarme had died in a bomb attack on a patrol in nearby Fuheis the previous day. Three militants died in the building and five were arrested.",
         s=[("Four security personnel", "killed:4"), ("A gendarme", "killed:1", 0, "bg"), ("Three militants", "killed:3")], f=7),
    dict(r="Jordan", st="A", d="2022-01-27",
         t="On 27 January 2022, the Jordanian army said it killed 27 smugglers trying to cross from Syria with large quantities of drugs in the eastern military zone, and that others fled back across the border. A soldier had been killed in an earlier clash on 16 January.",
         s=[("27 smugglers", "killed:27"), ("A soldier", "killed:1", 0, "bg")], f=27),
    dict(r="Jordan", st="W", d="2019-03-05",
         t="AMMAN, March 5, 2019 (Petra) -- Jordanian border guards fired warning shots on Monday at a group of about 30 people approaching the berm from Rukban camp, an army source said, adding that no one was hit and that 6 were detained and handed to the Syrian side.",
         s=[], f=0),
    dict(r="Jordan", st="W", d="2021-06-07",
         t="Police station torched as clan feud flares in Ma'an\nMA'AN, 7 June 2021 (Jordan News) \u2014 Young men from two clans set fire to a police station and 5 cars in Ma'an overnight after a man from one clan was stabbed in a quarrel over a plot of land, the Public Security Directorate said. Gendarmes used tear gas; 3 officers suffered bruises. The stabbed man is in stable condition.",
         s=[("a man", "injured:1"), ("3 officers", "injured:3")], f=0),
    dict(r="Jordan", st="A", d="2024-11-24",
         t="On 24 November 2024, a gunman opened fire on a police patrol near the Israeli embassy in Amman's Rabiyeh district; the gunman was killed after a manhunt lasting several hours and 3 policemen were wounded. Fatalities: 1.",
         s=[("the gunman", "killed:1"), ("3 policemen", "injured:3"), ("1", "killed:1")], f=1),
    dict(r="Jordan", st="A", d="2017-07-23",
         t="On 23 July 2017, a quarrel over a car accident between two families in Ramtha, Irbid governorate, turned into a shootout in which a 17-year-old boy and his uncle were killed and 'four or five' relatives were injured, according to local media. Police detained 8 people.",
         s=[("a 17-year-old boy", "killed:1"), ("his uncle", "killed:1"), ("four or five", "injured:4-5")], f=2),
    # ---------------- Saudi Arabia and Bahrain ----------------
    dict(r="Saudi Arabia/Bahrain", st="A", d="2017-08-02",
         t="On 2 August 2017, Saudi security forces pressing a siege of the old quarter of Awamiya, Qatif, exchanged fire with gunmen; the Interior Ministry said a soldier was killed and that its forces had killed 2 'terrorists', while local activists said the 2 dead were residents, not gunmen.",
         s=[("a soldier", "killed:1"), ("2", "killed:2", 1), ("2", "killed:2", 2)], f=3),
    dict(r="Saudi Arabia/Bahrain", st="W", d="2019-02-15",
         t="MANAMA, 15 Feb 2019 - Bahraini riot police fired birdshot and tear gas at protesters in Sitra and Diraz on the eighth anniversary of the 2011 uprising, an opposition group said, adding that 'more than 20' people were hurt. The interior ministry said 2 policemen were injured by a petrol bomb and 14 'rioters' were arrested.",
         s=[("more than 20", "injured:>20"), ("2 policemen", "injured:2")], f=0),
    dict(r="Saudi Arabia/Bahrain", st="A", d="2022-03-03",
         t="On 3 March 2022, a Houthi projectile fired from Saada hit a commercial street in Samtah, Jazan province; Saudi civil defence said the strike left 2 dead, both Sudanese labourers, and 7 hurt, among them a Saudi child. Fatalities: 2.",
         s=[("2", "killed:2"), ("7", "injured:7"), ("a Saudi child", "injured:1"), ("2", "killed:2", 1)], f=2),
    dict(r="Saudi Arabia/Bahrain", st="A", d="2023-05-14",
         t="On 14 May 2023, Saudi border guards fired on a group of Ethiopian migrants crossing from Yemen near Al-Raqw, on the Saada-Jazan border; survivors told an NGO that dozens were killed and buried on the mountain, while the NGO itself counted 19 bodies. Fatalities: 19.",
         s=[("dozens", "killed:>=24"), ("19 bodies", "killed:19"), ("19", "killed:19", 1)], f=19),
    dict(r="Saudi Arabia/Bahrain", st="W", d="2016-06-21",
         t="MANAMA, Bahrain, June 21 (wire) \u2014 Bahraini police surrounded the home of the kingdom's senior Shi'ite cleric in Diraz for a second day on Tuesday as hundreds of supporters staged a sit-in outside. There were no reports of injuries. Police said they arrested 4 people who had 'incited violence' online.",
         s=[], f=0),
    dict(r="Saudi Arabia/Bahrain", st="A", d="2025-01-09",
         t="On 9 January 2025, an IED planted on a road near a Saudi border post in Najran province wounded 3 border guards, one of them seriously; he died of his wounds two days later, SPA reported. Fatalities: 1.",
         s=[("3 border guards", "injured:3"), ("one", "injured:1"), ("1", "killed:1")], f=1),
    # ---------------- Kosovo and southern Serbia ----------------
    dict(r="Kosovo/southern Serbia", st="A", d="2023-09-24",
         t="On 24 September 2023, about 30 armed Serbs barricaded themselves in the monastery at Banjska, near Zve\u010dan, after ambushing a Kosovo Police patrol; a police sergeant was killed and 2 officers wounded. In the ensuing gunfight police killed 3 of the attackers; 3 others were arrested. Fatalities: 4.",
         s=[("a police sergeant", "killed:1"), ("2 officers", "injured:2"), ("3", "killed:3"), ("4", "killed:4")], f=4),
    dict(r="Kosovo/southern Serbia", st="W", d="2017-03-21",
         t="MITROVICA, 21 March 2017 \u2014 Kosovo police and KFOR troops separated rival crowds of Serbs and Albanians on the Ibar bridge late on Monday after stones were thrown; 11 people, among them 4 police officers, received treatment for minor injuries, police said. No arrests were made.",
         s=[("11 people", "injured:11"), ("4 police officers", "injured:4")], f=0),
    dict(r="Kosovo/southern Serbia", st="A", d="2019-10-11",
         t="On 11 October 2019, an explosive device was thrown at the house of an ethnic Albanian municipal councillor in Pre\u0161evo, southern Serbia; nobody was hurt. The councillor had received threats to kill him and his 3 sons. Serbian police detained 2 suspects.",
         s=[], f=0),
    dict(r="Kosovo/southern Serbia", st="A", d="2016-06-05",
         t="On 5 June 2016, a Serbian gendarmerie patrol was fired on near the village of Lu\u010dane, Bujanovac municipality; one gendarme was wounded in the leg. Local Albanian media reported that an unidentified gunman was killed in the return fire, which the Serbian interior ministry neither confirmed nor denied.",
         s=[("one gendarme", "injured:1"), ("an unidentified gunman", "killed:1")], f=1),
    dict(r="Kosovo/southern Serbia", st="W", d="2023-05-30",
         t="ZVECAN, Kosovo, 30 May 2023 \u2014 NATO said 30 of its peacekeepers were injured, 11 of them Italians and 19 Hungarians, when Serb protesters threw petrol bombs and stones outside the municipal building on Monday; 3 Hungarian soldiers suffered gunshot wounds. Belgrade said an estimated 50 Serbs were hurt.",
         s=[("30", "injured:30", 1), ("11", "injured:11"), ("19 Hungarians", "injured:19"), ("3 Hungarian soldiers", "injured:3"), ("an estimated 50 Serbs", "injured:~50")], f=0),
    dict(r="Kosovo/southern Serbia", st="A", d="2018-11-02",
         t="On 2 November 2018, unknown attackers shot and killed a Kosovo Serb shopkeeper and his Albanian business partner outside their store in North Mitrovica; police said the motive was unclear. Fatalities: 2.",
         s=[("a Kosovo Serb shopkeeper", "killed:1"), ("his Albanian business partner", "killed:1"), ("2", "killed:2", 1)], f=2),
    dict(r="Kosovo/southern Serbia", st="A", d="2025-06-12",
         t="On 12 June 2025, police in Ferizaj arrested 4 men suspected of links to an armed group and seized 2 rifles and 600 rounds; one suspect, 29, was injured while resisting arrest.",
         s=[("one suspect", "injured:1")], f=0),
    # ---------------- Northern Ireland ----------------
    dict(r="Northern Ireland", st="A", d="2019-04-18",
         t="On 18 April 2019, during rioting in the Creggan area of Derry, a gunman from the New IRA fired shots at police, killing a 29-year-old journalist who was standing near a police Land Rover. Two men aged 18 and 19 were arrested. Fatalities: 1.",
         s=[("a 29-year-old journalist", "killed:1"), ("1", "killed:1")], f=1),
    dict(r="Northern Ireland", st="W", d="2016-11-09",
         t="BELFAST, 9 Nov 2016 \u2014 A man in his twenties was shot in both legs in what police described as a paramilitary-style attack in west Belfast on Tuesday night. It was the 3rd such shooting in the city in a month. A PSNI detective said the victim was \"lucky to be alive\".",
         s=[("A man", "injured:1")], f=0),
    dict(r="Northern Ireland", st="A", d="2020-03-05",
         t="On 5 March 2020, dissident republicans left a pipe bomb under a car belonging to an off-duty PSNI officer in Strabane, County Tyrone; it was made safe by army technical officers. Police said the device was similar to one that killed a prison warden on the M1 in 2012.",
         s=[("a prison warden", "killed:1", 0, "bg")], f=0),
    dict(r="Northern Ireland", st="A", d="2022-01-04",
         t="On 4 January 2022, a loyalist feud in Carrickfergus, County Antrim, saw 3 houses attacked with petrol bombs and a man beaten with a hammer; he died at Antrim Area Hospital two days later. Police said 5 people had been arrested since December.",
         s=[("a man", "killed:1")], f=1),
    dict(r="Northern Ireland", st="W", d="2015-08-14",
         t="BELFAST, 14 Aug 2015 \u2014 Police are investigating whether members of the Provisional IRA were involved in the killing of a former republican prisoner in the Short Strand on Wednesday. The 53-year-old father-of-five was shot in front of his home.",
         s=[("a former republican prisoner", "killed:1")], f=1),
    dict(r="Northern Ireland", st="A", d="2021-04-09",
         t="On 9 April 2021, police said 88 officers had been injured during a week of loyalist rioting in Belfast, Newtownabbey, Carrickfergus and Derry over Brexit trade arrangements, and that as many as 19 people had been arrested. A bus was hijacked and burnt on the Shankill Road.",
         s=[("88 officers", "injured:88")], f=0),
    dict(r="Northern Ireland", st="A", d="2023-02-22",
         t="On 22 February 2023, two gunmen shot an off-duty senior detective several times as he coached a youth football team in Omagh, County Tyrone; he survived with serious injuries. The New IRA claimed the attack. Police arrested 6 men over the following days.",
         s=[("an off-duty senior detective", "injured:1")], f=0),
    # ---------------- Tajikistan (Gorno-Badakhshan) ----------------
    dict(r="Tajikistan (GBAO)", st="A", d="2022-05-18",
         t="On 18 May 2022, Tajik security forces launched an 'anti-terrorist operation' in Rushan district, GBAO, against protesters blocking the Pamir highway; the Prosecutor General's office said 1 officer and 8 members of criminal groups were killed, while Pamiri activists said up to 40 civilians had died. Fatalities: 9.",
         s=[("1 officer", "killed:1"), ("8 members", "killed:8"), ("up to 40 civilians", "killed:<=40"), ("9", "killed:9")], f=9),
    dict(r="Tajikistan (GBAO)", st="W", d="2021-11-27",
         t="KHOROG, 27 Nov 2021 (local press) \u2014 Thousands of residents kept up a sit-in on Khorog's central square for a 3rd day on Saturday, demanding the prosecution of officers accused of torturing a local man in detention. Organisers said 17 people were hurt when police fired tear gas on Thursday night; the regional health department put the number of injured at 9.",
         s=[("a local man", "injured:1"), ("17 people", "injured:17"), ("9", "injured:9")], f=0),
    dict(r="Tajikistan (GBAO)", st="A", d="2018-09-12",
         t="On 12 September 2018, Afghan militants crossed the Panj river near Ishkashim and fired on a Tajik border post; a Tajik border guard was killed and another wounded, the border troops said, adding that 5 attackers were killed, wounded or captured.",
         s=[("a Tajik border guard", "killed:1"), ("another", "injured:1"), ("5 attackers", "casualties:5")], f=1),
    dict(r="Tajikistan (GBAO)", st="A", d="2024-06-03",
         t="On 3 June 2024, masked men abducted a Pamiri schoolteacher from his home in Roshtqala district; his family said he had criticised the authorities online. His whereabouts were unknown on 10 June.",
         s=[("a Pamiri schoolteacher", "abducted:1")], f=0),
    dict(r="Tajikistan (GBAO)", st="W", d="2016-08-21",
         t="DUSHANBE, 21 Aug 2016 (wire) - A police major and a 15-year-old bystander died in a shootout in Khorog's Tem neighbourhood late on Saturday, when officers tried to arrest a former warlord's nephew, the interior ministry said. The ministry said its officers fired 'only in self-defence' and that the nephew, 31, escaped into the mountains.",
         s=[("A police major", "killed:1"), ("a 15-year-old bystander", "killed:1")], f=2),
    dict(r="Tajikistan (GBAO)", st="A", d="2025-03-07",
         t="On 7 March 2025, a landmine left from the civil war exploded under a truck carrying apricot traders on a track near Vanj, killing the driver and wounding two or three passengers, the emergencies committee said. Fatalities: 1.",
         s=[("the driver", "killed:1"), ("two or three passengers", "injured:2-3"), ("1", "killed:1")], f=1),
    # ---------------- Xinjiang ----------------
    dict(r="Xinjiang", st="A", d="2015-09-18",
         t="On 18 September 2015, knife-wielding attackers raided a coal mine in Baicheng county, Aksu prefecture, killing at least 16 people, 5 of them police officers, according to Radio Free Asia; Chinese state media made no report. Fatalities: 16.",
         s=[("at least 16 people", "killed:>=16"), ("5", "killed:5"), ("16", "killed:16", 1)], f=16),
    dict(r="Xinjiang", st="W", d="2017-02-15",
         t="HOTAN, Feb 15 (wire) \u2014 Three men armed with knives attacked residents in Pishan county on Tuesday, killing 5 people and injuring 5 more before police shot all three attackers dead, the regional government said.",
         s=[("5 people", "killed:5"), ("5 more", "injured:5"), ("all three attackers", "killed:3")], f=8),
    dict(r="Xinjiang", st="A", d="2019-03-10",
         t="On 10 March 2019, relatives abroad said an Uyghur poet from Kashgar had been taken away by state security officers and sent to a 're-education' facility holding about 3,000 people; they had heard nothing from him since. Authorities in Kashgar did not respond.",
         s=[], f=0),
    dict(r="Xinjiang", st="A", d="2016-12-28",
         t="On 28 December 2016, four assailants drove a vehicle into the Communist Party compound in Moyu (Karakax) county, Hotan prefecture, and set off an explosive device, killing a security guard and a party official, state media said; police shot dead the 4 attackers. 3 people were injured.",
         s=[("a security guard", "killed:1"), ("a party official", "killed:1"), ("4 attackers", "killed:4"), ("3 people", "injured:3")], f=6),
    dict(r="Xinjiang", st="A", d="2022-11-25",
         t="On 25 November 2022, residents of Urumqi protested outside city government offices over COVID lockdown rules after an apartment fire the previous day in which officials said 10 people had died. Police broke up the crowd; no injuries were reported.",
         s=[("10 people", "killed:10", 0, "bg")], f=0),
    dict(r="Xinjiang", st="W", d="2025-03-21",
         t="KASHGAR, 21 March 2025 (state media) \u2014 A police auxiliary officer was stabbed to death and a second was wounded at a checkpoint in Kargilik county on Thursday by a man who was later shot and wounded, the county propaganda office said in a brief statement.",
         s=[("A police auxiliary officer", "killed:1"), ("a second", "injured:1"), ("a man", "injured:1")], f=1),
    # ---------------- Laos ----------------
    dict(r="Laos", st="A", d="2016-01-24",
         t="On 24 January 2016, unidentified gunmen ambushed a pick-up carrying Chinese workers of a copper mining company near Phou Bia, Xaisomboun; 1 Chinese worker was killed and 3 injured, the Chinese embassy said; Lao authorities did not comment. Fatalities: 1.",
         s=[("1 Chinese worker", "killed:1"), ("3", "injured:3"), ("1", "killed:1", 1)], f=1),
    dict(r="Laos", st="W", d="2019-04-11",
         t="XIENG KHOUANG, 11 Apr 2019 (KPL) \u2014 Two boys aged 9 and 12 were killed and their father badly hurt when a cluster bomblet, known locally as a \"bombie\", exploded as the family burnt rubbish in their rice field in Pek district on Wednesday, provincial officials said.",
         s=[("Two boys", "killed:2"), ("their father", "injured:1")], f=2),
    dict(r="Laos", st="A", d="2017-06-01",
         t="On 1 June 2017, Hmong rebels hiding in the Phou Bia area said Lao army troops had attacked their camp, killing a woman and two children; the group's spokesman abroad claimed 'up to 9' people were dead. Lao officials denied any operation. Fatalities: 3.",
         s=[("a woman", "killed:1"), ("two children", "killed:2"), ("up to 9", "killed:<=9"), ("3", "killed:3")], f=3),
    dict(r="Laos", st="W", d="2020-02-20",
         t="VIENTIANE, 20 Feb 2020 (Vientiane Times) - Police in Bokeo province seized 1.2 tonnes of methamphetamine tablets and arrested 7 suspects after a chase along the Mekong near the Golden Triangle Special Economic Zone on Wednesday. One smuggler was shot dead when he fired at officers; 2 others escaped by boat. No police were hurt.",
         s=[("One smuggler", "killed:1")], f=1),
    dict(r="Laos", st="A", d="2023-10-08",
         t="On 8 October 2023, a dispute over a logging concession in Nambak district, Luang Prabang, ended with company security guards beating 4 villagers; the village's deputy headman suffered a fractured skull and was flown to Vientiane.",
         s=[("4 villagers", "injured:4"), ("the village's deputy headman", "injured:1")], f=0),
    dict(r="Laos", st="W", d="2024-05-12",
         t="Three Chinese nationals found dead in Golden Triangle zone\nBOKEO, Laos, 12 May 2024 (RFA) - Three Chinese nationals were found dead in a rented house in the Golden Triangle Special Economic Zone on Saturday, Lao police said. The bodies bore knife wounds; a fourth man, said to be from Myanmar, is missing. Police arrested 3 casino employees.",
         s=[("Three Chinese nationals", "killed:3"), ("Three Chinese nationals", "killed:3", 1), ("a fourth man", "missing:1")], f=3),
    # ---------------- Timor-Leste and Bougainville ----------------
    dict(r="Timor-Leste/Bougainville", st="A", d="2018-08-07",
         t="On 7 August 2018, members of rival martial arts groups fought with machetes and rocks in Comoro, Dili; a 20-year-old student was hacked to death and 'five or six' others were injured, PNTL police said. 31 members were arrested.",
         s=[("a 20-year-old student", "killed:1"), ("five or six", "injured:5-6")], f=1),
    dict(r="Timor-Leste/Bougainville", st="W", d="2015-03-09",
         t="BAUCAU, East Timor, 9 March 2015 \u2014 Security forces hunting a former guerrilla leader exchanged fire with his followers in the hills near Laga on Sunday; officials said 2 followers were killed, but the group's supporters said 4 died.",
         s=[("2 followers", "killed:2"), ("4", "killed:4")], f=2),
    dict(r="Timor-Leste/Bougainville", st="W", d="2021-05-03",
         t="DILI, 3 May 2021 (Tatoli) - A family dispute over land in Ermera municipality led to the torching of 11 houses in Hatulia on Sunday; police said no one was hurt but 'some 40' residents fled into the coffee plantations.",
         s=[], f=0),
    dict(r="Timor-Leste/Bougainville", st="A", d="2023-06-23",
         t="On 23 June 2023, gunmen armed with homemade shotguns and M16 rifles killed two young men and a village elder from a rival clan near Tonu, Siwai district, South Bougainville. Police said the killing of the three men was revenge for an earlier ambush, and that the clan feud had claimed over 20 lives since 2021.",
         s=[("two young men", "killed:2"), ("a village elder", "killed:1"), ("three men", "killed:3"), ("over 20 lives", "killed:>20", 0, "bg")], f=3),
    dict(r="Timor-Leste/Bougainville", st="W", d="2016-10-14",
         t="ARAWA, Bougainville, 14 Oct 2016 (Post-Courier) - Landowners at Panguna have set up roadblocks on the mine access road after a clash with security guards hired by a prospecting company left 3 landowners with cuts and one guard with an arrow wound in the shoulder, police in Arawa said on friday. No one was arrested.",
         s=[("3 landowners", "injured:3"), ("one guard", "injured:1")], f=0),
    dict(r="Timor-Leste/Bougainville", st="A", d="2024-04-09",
         t="On 9 April 2024, villagers in Buin district, South Bougainville, accused two women of sorcery over a child's death, tied them up and burned one of them alive; police rescued the other woman, who had serious burns. A chief who tried to intervene was also beaten. Fatalities: 1.",
         s=[("one", "killed:1"), ("the other woman", "injured:1"), ("A chief", "injured:1"), ("1", "killed:1")], f=1),
    dict(r="Timor-Leste/Bougainville", st="A", d="2017-03-30",
         t="On 30 March 2017, a PNTL officer was stabbed in Suai, Covalima, while trying to stop a fight between supporters of two presidential candidates; he was evacuated to Dili. Police said 2 youths were detained.",
         s=[("a PNTL officer", "injured:1")], f=0),
    # ---------------- Dominican Republic ----------------
    dict(r="Dominican Republic", st="A", d="2015-09-16",
         t="On 16 September 2015, officers of the Polic\u00eda Nacional killed two alleged robbers in an 'exchange of gunfire' in Los Mina, Santo Domingo Este; relatives said the men, a mechanic and a motoconcho driver, were unarmed and had been executed. Fatalities: 2.",
         s=[("two alleged robbers", "killed:2"), ("a mechanic", "killed:1"), ("a motoconcho driver", "killed:1"), ("2", "killed:2")], f=2),
    dict(r="Dominican Republic", st="W", d="2018-10-09",
         t="SANTIAGO DE LOS CABALLEROS, 9 Oct 2018 \u2014 Protesters burnt tyres and blocked roads across the Cibao during a 48-hour general strike; police said 6 people were wounded by pellets and 3 agents were hit by stones, while the strike organisers said at least a dozen were injured.",
         s=[("6 people", "injured:6"), ("3 agents", "injured:3"), ("at least a dozen", "injured:>=12")], f=0),
    dict(r="Dominican Republic", st="A", d="2021-06-12",
         t="On 12 June 2021, Dominican soldiers fired at a group of Haitian migrants crossing the Massacre river near Dajab\u00f3n; one Haitian man was killed and another, a 17-year-old, was wounded in the abdomen, according to a Haitian rights group. The army said its soldiers fired warning shots only. Fatalities: 1.",
         s=[("one Haitian man", "killed:1"), ("another", "injured:1"), ("1", "killed:1")], f=1),
    dict(r="Dominican Republic", st="A", d="2023-02-28",
         t="On 28 February 2023, a quarrel over irrigation water in Las Matas de Farf\u00e1n, San Juan province, ended with a farmer killing his neighbour with a machete; the neighbour's son was wounded. Police arrested the farmer, 56.",
         s=[("his neighbour", "killed:1"), ("the neighbour's son", "injured:1")], f=1),
    dict(r="Dominican Republic", st="W", d="2019-07-03",
         t="Colmado owner killed, customer hurt in robbery\nSANTO DOMINGO, 3 Jul 2019 (Listin) - The owner of a colmado in the Cristo Rey sector was shot dead on tuesday night by two men on a motorcycle who took the day's takings, about 15,000 pesos; a customer was hit in the arm. Police have detained one suspect.",
         s=[("Colmado owner", "killed:1"), ("customer", "injured:1"), ("The owner", "killed:1"), ("a customer", "injured:1")], f=1),
    dict(r="Dominican Republic", st="A", d="2025-01-14",
         t="On 14 January 2025, armed men kidnapped a Haitian-born sugar-cane cutter (bracero) from the batey of Consuelo, San Pedro de Macor\u00eds, and demanded 300,000 pesos from his family; he was freed unharmed 2 days later after police raided a house in Hato Mayor.",
         s=[("a Haitian-born sugar-cane cutter", "abducted:1")], f=0),
    dict(r="Dominican Republic", st="A", d="2017-11-21",
         t="On 21 November 2017, a gunfight between police and a gang in Capotillo, Santo Domingo, left 3 dead: a gang leader known as 'El Menor', a police corporal and a bystander, a 60-year-old woman hit by a stray bullet. 4 others were wounded. Fatalities: 3.",
         s=[("3", "killed:3"), ("a gang leader", "killed:1"), ("a police corporal", "killed:1"), ("a bystander", "killed:1"), ("4 others", "injured:4"), ("3", "killed:3", 1)], f=3),
    # ---------------- Panama (the Darien) and Costa Rica ----------------
    dict(r="Panama/Costa Rica", st="A", d="2019-08-23",
         t="On 23 August 2019, SENAFRONT border police said they found the bodies of 3 migrants, two Haitians and a Cameroonian, near the Tuquesa river in the Dari\u00e9n, some 15 km from the nearest village, apparently killed by robbers who prey on migrants crossing from Colombia; survivors said a fourth was missing. Fatalities: 3.",
         s=[("3 migrants", "killed:3"), ("two Haitians", "killed:2"), ("a Cameroonian", "killed:1"), ("a fourth", "missing:1"), ("3", "killed:3", 1)], f=3),
    dict(r="Panama/Costa Rica", st="W", d="2023-11-11",
         t="METET\u00cd, Panama, 11 Nov 2023 \u2014 Armed men robbed a group of about 50 migrants on the trail between the Colombian border and Bajo Chiquito on thursday, Doctors Without Borders staff said; 8 migrants, among them a 6-year-old girl, were treated for injuries at the Ember\u00e1 village's health post.",
         s=[("8 migrants", "injured:8"), ("a 6-year-old girl", "injured:1")], f=0),
    dict(r="Panama/Costa Rica", st="A", d="2016-03-25",
         t="On 25 March 2016, a SENAFRONT patrol clashed with suspected drug traffickers near Jaqu\u00e9, Dari\u00e9n, and seized an AK-47; a border police corporal was killed and the force said it had killed between 2 and 4 traffickers whose bodies were carried off by their comrades. Fatalities: 3.",
         s=[("a border police corporal", "killed:1"), ("between 2 and 4 traffickers", "killed:2-4"), ("3", "killed:3")], f=3),
    dict(r="Panama/Costa Rica", st="A", d="2022-05-06",
         t="On 6 May 2022, gunmen on a motorcycle fired on a group of young men playing dominoes in Cieneguita, Lim\u00f3n, killing 2 of them and wounding 3; the OIJ linked the attack to a dispute between drug gangs over the port. Fatalities: 2.",
         s=[("2", "killed:2"), ("3", "injured:3"), ("2", "killed:2", 1)], f=2),
    dict(r="Panama/Costa Rica", st="W", d="2020-10-17",
         t="SAN JOSE, Costa Rica, 17 Oct 2020 \u2014 Police fired tear gas at demonstrators blocking the Inter-American highway near Paso Canoas for the 2nd week, in protests against a proposed IMF loan; the Public Security Ministry said 12 officers were hurt by stones and 30 protesters were arrested. The Red Cross said it treated less than 10 civilians.",
         s=[("12 officers", "injured:12"), ("less than 10 civilians", "injured:<=9")], f=0),
    dict(r="Panama/Costa Rica", st="A", d="2025-04-19",
         t="On 19 April 2025, non-indigenous farmers attacked Bribri families who had reoccupied land in Salitre, Buenos Aires canton, Puntarenas; a Bribri land defender was shot dead and 'as many as 5' people were hurt, according to the community. One fatality.",
         s=[("a Bribri land defender", "killed:1"), ("as many as 5", "injured:<=5"), ("One fatality", "killed:1")], f=1),
    # ---------------- Chile (Araucania) ----------------
    dict(r="Chile (Araucania)", st="A", d="2018-11-14",
         t="On 14 November 2018, Carabineros of a special jungle-trained unit pursuing car thieves in Temucuicui, Ercilla, shot dead a 24-year-old Mapuche comunero driving a tractor; a 15-year-old boy riding with him was detained. Fatalities: 1.",
         s=[("a 24-year-old Mapuche comunero", "killed:1"), ("1", "killed:1")], f=1),
    dict(r="Chile (Araucania)", st="W", d="2021-11-04",
         t="CA\u00d1ETE, Chile, 4 Nov 2021 \u2014 A Mapuche man was killed and 2 other comuneros were wounded when marines on patrol under the state of emergency exchanged fire with people at a roadblock on Route P-72 near Tir\u00faa on wednesday, the government said. The Mapuche community said the marines fired first.",
         s=[("A Mapuche man", "killed:1"), ("2 other comuneros", "injured:2")], f=1),
    dict(r="Chile (Araucania)", st="A", d="2020-08-27",
         t="On 27 August 2020, a group calling itself the Weichan Auka Mapu claimed the burning of 18 logging trucks and 2 forestry company machines in Collipulli, Malleco province; the truck drivers were forced out at gunpoint and released, and one driver was beaten with a rifle butt.",
         s=[("one driver", "injured:1")], f=0),
    dict(r="Chile (Araucania)", st="A", d="2022-03-12",
         t="On 12 March 2022, armed men fired on a forestry contractor's crew near Contulmo, Arauco province, killing a forest worker and wounding a security guard and the crew foreman, the prosecutor's office said; a CAM-linked group later denied involvement. Fatalities: 1.",
         s=[("a forest worker", "killed:1"), ("a security guard", "injured:1"), ("the crew foreman", "injured:1"), ("1", "killed:1")], f=1),
    dict(r="Chile (Araucania)", st="W", d="2017-01-06",
         t="Three carabineros hurt, one by gunshot, in Ercilla ambush\nTEMUCO, 6 Jan 2017 (El Austral) - Three members of Carabineros were injured, one by a shotgun pellet in the neck, when hooded men fired at their armoured vehicle near a farm in Ercilla late on Thursday, police said. The men fled into a eucalyptus plantation.",
         s=[("Three carabineros", "injured:3"), ("one", "injured:1"), ("Three members", "injured:3"), ("one", "injured:1", 1)], f=0),
    dict(r="Chile (Araucania)", st="A", d="2024-04-27",
         t="On 27 April 2024, three Carabineros officers on patrol in Ca\u00f1ete, Biob\u00edo region, were found shot dead and burned inside their patrol car; the government declared three days of mourning. Fatalities: 3.",
         s=[("three Carabineros officers", "killed:3"), ("3", "killed:3")], f=3),
    dict(r="Chile (Araucania)", st="A", d="2015-06-09",
         t="On 9 June 2015, arsonists burned a Catholic chapel and 2 farm houses in Padre Las Casas, Caut\u00edn, leaving leaflets threatening to kill the farm's owner and his 'collaborators'. No injuries were reported.",
         s=[], f=0),
]

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_RE = re.compile(r"\b\d{1,2} " + MONTHS + r"(?: \d{4})?|\b" + MONTHS + r" \d{1,2}(?:, \d{4})?")
OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(?:(>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")


def whole_word_positions(text, surface):
    # whole-word, case-sensitive; a digit run never matches inside a longer number
    pat = re.compile(r"(?<![\w-])(?<!\d[.,])" + re.escape(surface) + r"(?![\w-])(?![.,]\d)")
    return [m.start() for m in pat.finditer(text)]


def check_value(v):
    m = VALUE_RE.match(v)
    if not m:
        raise ValueError(f"bad value {v!r}")
    if m.group(4) is not None and not int(m.group(4)) < int(m.group(5)):
        raise ValueError(f"bad range {v!r}")


def build():
    records, meta = [], []
    for i, it in enumerate(ITEMS, 1):
        iid = f"u{i:03d}"
        text = it["t"]
        spans = []
        counted_killed = 0
        for sp in it["s"]:
            surface, value = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            bg = len(sp) > 3 and sp[3] == "bg"
            pos = whole_word_positions(text, surface)
            if occ >= len(pos):
                raise ValueError(f"{iid}: {surface!r} occurrence {occ} not found ({len(pos)} found)")
            start = pos[occ]
            check_value(value)
            spans.append({"start": start, "end": start + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
            if value.startswith("killed:") and not bg:
                counted_killed += 1
        spans.sort(key=lambda s: s["start"])
        rec = {"id": iid, "text": text, "dct": it["d"], "layers": ["casualties"],
               "spans": spans, "fatalities": it["f"]}
        records.append(rec)
        meta.append({"id": iid, "region": it["r"], "style": it["st"], "counted_killed": counted_killed,
                     "bg": [sp[0] for sp in it["s"] if len(sp) > 3 and sp[3] == "bg"]})
    return records, meta


def check(records, meta):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 120, len(records)
    for r, m in zip(records, meta):
        iid, text = r["id"], r["text"]
        assert set(r) == {"id", "text", "dct", "layers", "spans", "fatalities"}, iid
        assert r["layers"] == ["casualties"], iid
        date.fromisoformat(r["dct"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"]), iid
        assert 2015 <= int(r["dct"][:4]) <= 2025, iid
        n_sent = len(re.findall(r"[.!?](?:\s|$)", text)) + text.count("\n")
        assert 1 <= n_sent <= 6, (iid, n_sent)
        prev_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert text[s["start"]:s["end"]] == s["text"], (iid, s)
            assert s["text"] and not s["text"][0].isspace() and not s["text"][-1].isspace(), (iid, s)
            assert s["start"] >= prev_end, (iid, "overlap", s)
            prev_end = s["end"]
            assert s["label"] == "CASUALTY", iid
            check_value(s["value"])
        for dm in DATE_RE.finditer(text):
            for s in r["spans"]:
                assert s["end"] <= dm.start() or s["start"] >= dm.end(), (iid, "span inside a date", s)
        f = r["fatalities"]
        assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, iid
        assert (f == 0) == (m["counted_killed"] == 0), (iid, "fatalities vs killed spans", f)


def write(records):
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def reread():
    with open(OUT, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def review(records, meta):
    for r, m in zip(records, meta):
        text, out, last = r["text"], [], 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[last:s["start"]])
            out.append("[" + text[s["start"]:s["end"]] + "]{" + s["value"] + ("|bg" if s["text"] in m["bg"] else "") + "}")
            last = s["end"]
        out.append(text[last:])
        print(f"== {r['id']} {r['dct']} {m['region']} {m['style']} fatalities={r['fatalities']}")
        print("".join(out))
        print()


def stats(records, meta):
    from collections import Counter
    outc, form = Counter(), Counter()
    for r in records:
        for s in r["spans"]:
            o, c = s["value"].split(":")
            outc[o] += 1
            form["N-M" if "-" in c else (re.match(r"(>=|>|<=|~)?", c).group(1) or "N")] += 1
    print("items", len(records), "spans", sum(len(r["spans"]) for r in records))
    print("outcomes", dict(outc))
    print("forms", dict(form))
    print("toll 0:", sum(r["fatalities"] == 0 for r in records), "no spans:", sum(not r["spans"] for r in records))
    print("styles", dict(Counter(m["style"] for m in meta)))
    print("regions", dict(Counter(m["region"] for m in meta)))
    print("years", dict(sorted(Counter(r["dct"][:4] for r in records).items())))
    print("bg spans", [(m["id"], m["bg"]) for m in meta if m["bg"]])
    print("sum fatalities", sum(r["fatalities"] for r in records))


def main():
    records, meta = build()
    check(records, meta)
    if "--review" in sys.argv:
        review(records, meta)
        return
    write(records)
    again = reread()
    assert again == records, "re-read differs"
    check(again, meta)
    first = OUT.read_bytes()
    records2, _ = build()
    write(records2)
    assert OUT.read_bytes() == first, "output not deterministic"
    if "--stats" in sys.argv:
        stats(records, meta)
    print(f"ok: {len(records)} items, {sum(len(r['spans']) for r in records)} spans -> {OUT.name}")


if __name__ == "__main__":
    main()
