#!/usr/bin/env python3
"""Build eval/dev-tolls3/tolls-dev3.jsonl from hand-written decision lists.

Every text and every label below was written by hand (see README.md).
Each item: (id, dct, text, decisions, fatalities).
Each decision: (surface, [occurrence,] value [, "bg"]).
  - surface: the exact span text; occurrence (1-based, default 1) counts
    case-sensitive whole-word matches of surface in the text;
  - value: OUTCOME:COUNT;
  - "bg": a background figure (deaths in another, earlier event); it is a
    CASUALTY span but does not count toward `fatalities`.
`fatalities` is the hand-computed toll (SCHEME "Totals per document", written as
the number of the total's COUNT: lower end of a range, N of >=N, >N, ~N, <=N).

python3 build.py            write tolls-dev3.jsonl and check it
python3 build.py --review   also print every item with its spans in [brackets]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev3.jsonl")

ITEMS = [
# ---------------------------------------------------------------- Syria
("k001", "2019-03-15",
 "On 14 March 2019, an IED planted by unidentified perpetrators exploded near the vegetable market in Al-Bab city (Aleppo), killing 3 civilians and wounding 11 others. Fatalities: 3.",
 [("3 civilians", "killed:3"), ("11 others", "injured:11"), ("3", 2, "killed:3")], 3),
("k002", "2019-05-03",
 "HAMA, Syria (AFP) — Regime and Russian airstrikes on Kafr Nabudah and Qalaat al-Madiq killed 9 civilians on Thursday, among them 4 children, the Syrian Observatory for Human Rights said. Local civil defence teams said the dead numbered 11.",
 [("9 civilians", "killed:9"), ("4 children", "killed:4"), ("11", "killed:11")], 9),
("k003", "2019-02-18",
 "On 17 February 2019, a landmine left by ISIS exploded among truffle gatherers in the desert east of Al-Sukhnah (Homs), killing 7 truffle hunters and injuring 2. The death toll rose to 9 after two of the injured died in hospital in Palmyra.",
 [("7 truffle hunters", "killed:7"), ("2", "injured:2"), ("9", "killed:9"), ("two", "killed:2")], 9),
("k004", "2020-06-08",
 "On 8 June 2020, dozens of residents demonstrated in Suwayda city against the deteriorating economic situation and the killing of a young man by regime security forces last week. No injuries were reported.",
 [("a young man", "killed:1", "bg")], 0),
("k005", "2020-09-03",
 "DEIR EZ-ZOR, Syria, Sept 3, 2020 — Gunmen on a motorbike shot dead a tribal notable of the Aqidat tribe and his nephew in the town of Thiban on Thursday, the latest in a string of assassinations of figures working with the Kurdish-led SDF. No group claimed the killing.",
 [("a tribal notable", "killed:1"), ("his nephew", "killed:1")], 2),
("k006", "2021-10-12",
 "On 11 October 2021, Turkish forces shelled the outskirts of Tal Tamr (Al-Hasakah) with artillery. 2 SDF fighters and a shepherd were wounded.",
 [("2 SDF fighters", "injured:2"), ("a shepherd", "injured:1")], 0),
("k007", "2019-08-20",
 "IDLIB, Aug 20 (Reuters) - Hayat Tahrir al-Sham (HTS) said its fighters had killed 30 regime soldiers in a counterattack near Khan Shaykhun, while a pro-government source acknowledged 5 soldiers killed. The Syrian Observatory reported 12 HTS fighters dead in the fighting, which raged through Monday night.",
 [("30 regime soldiers", "killed:30"), ("5 soldiers", "killed:5"), ("12 HTS fighters", "killed:12")], 17),
("k008", "2024-12-12",
 "On 12 December 2024, residents of Hama gathered at the site of the 1982 massacre, in which an estimated 20,000 people were killed, to commemorate the victims after the fall of the Assad government. The gathering was peaceful.",
 [("an estimated 20,000 people", "killed:~20000", "bg")], 0),
("k009", "2015-04-27",
 "ALEPPO, Syria, April 27, 2015 (Reuters) - Rebel shelling of government-held districts of Aleppo killed at least 14 people on Monday, including a child and two women, state media said. The Observatory put the toll at 12.",
 [("at least 14 people", "killed:>=14"), ("a child", "killed:1"), ("two women", "killed:2"), ("12", "killed:12")], 12),
# ---------------------------------------------------------------- Yemen
("k010", "2019-04-04",
 "On 3 April 2019, Houthi forces fired a ballistic missile at a Giants Brigades camp in Al Khawkhah (Al Hudaydah), killing 12 Giants Brigades fighters, including a battalion commander. Fatalities: 12.",
 [("12 Giants Brigades fighters", "killed:12"), ("a battalion commander", "killed:1"), ("12", 2, "killed:12")], 12),
("k011", "2019-08-30",
 "On 29 August 2019, clashes between STC-affiliated Security Belt forces and Islah-aligned government troops in Zinjibar (Abyan) left 2-3 people dead; 14 were injured according to a medical source.",
 [("2-3 people", "killed:2-3"), ("14", "injured:14")], 2),
("k012", "2020-07-16",
 "On 15 July 2020, AQAP militants abducted 4 Shabwani Elite soldiers at a checkpoint near Al Musaynaah (Shabwah). Their whereabouts are unknown.",
 [("4 Shabwani Elite soldiers", "abducted:4")], 0),
("k013", "2020-02-16",
 "TAIZ — A qat seller was killed and three children were injured when a Houthi sniper opened fire on al-Shamasi market, in the besieged city on saturday, local activists told the paper. The sniper had targeted the same market last month, killing two women.",
 [("A qat seller", "killed:1"), ("three children", "injured:3"), ("two women", "killed:2", "bg")], 1),
("k014", "2022-09-10",
 "HODEIDAH — Fighting flared again on the Hays front yesterday. A government military source said 12 Houthi fighters were killed, while the Houthi-run Saba agency said 4 government troops and 6 tribesmen allied with them died. The clashes lasted into the night, residents said.",
 [("12 Houthi fighters", "killed:12"), ("4 government troops", "killed:4"), ("6 tribesmen", "killed:6")], 22),
("k015", "2023-03-02",
 "On 2 March 2023, AQAP issued a statement threatening to kill any Southern Transitional Council official who cooperates with the Emirati-backed forces in Abyan. No attacks were reported.",
 [], 0),
("k016", "2016-01-10",
 "Aden suicide bombing kills 10 policemen\n\nADEN, Yemen, Jan 10, 2016 (AFP) — A suicide car bomb struck the gate of the police directorate in Aden's Khor Maksar district on Sunday, killing at least 10 policemen and wounding dozens, security officials said. Islamic State claimed the attack, saying 20 apostates had been killed.",
 [("10 policemen", "killed:10"), ("at least 10 policemen", "killed:>=10"), ("dozens", "injured:>=24"), ("20 apostates", "killed:20")], 10),
("k017", "2021-11-19",
 "On 18 November 2021, Saudi border guards opened fire on migrants and qat smugglers in Monabbih district (Saada), killing 6 Ethiopian migrants and 1 Yemeni smuggler and injuring up to 7 others.",
 [("6 Ethiopian migrants", "killed:6"), ("1 Yemeni smuggler", "killed:1"), ("up to 7 others", "injured:<=7")], 7),
("k018", "2024-05-27",
 "On 26 May 2024, Houthi forces and government troops exchanged artillery fire in Hays district. Both sides reported casualties among their ranks without giving figures.",
 [], 0),
# ---------------------------------------------------------------- Libya
("k019", "2019-05-15",
 "On 14 May 2019, an LNA airstrike hit a farm in Al-Sbeaa (Tripoli), killing 2 civilian women and a Sudanese farm worker. Fatalities: 3.",
 [("2 civilian women", "killed:2"), ("a Sudanese farm worker", "killed:1"), ("3", "killed:3")], 3),
("k020", "2019-07-03",
 "TRIPOLI, July 3 (Reuters) - An airstrike hit the Tajoura detention centre east of Tripoli late on Tuesday, killing at least 53 migrants and wounding more than 130, the U.N. said. The Tripoli government blamed Khalifa Haftar's LNA, which denied responsibility.",
 [("at least 53 migrants", "killed:>=53"), ("more than 130", "injured:>130")], 53),
("k021", "2019-08-05",
 "MURZUQ, Libya — A drone strike on a municipal gathering killed 43 Tebu residents, local officials said, while the LNA said it had targeted 'Chadian mercenaries' and gave no toll.",
 [("43 Tebu residents", "killed:43")], 43),
("k022", "2019-07-18",
 "On 17 July 2019, unidentified gunmen abducted a female MP from her home in Benghazi after she criticised the LNA offensive on Tripoli. Her fate remains unknown.",
 [("a female MP", "abducted:1")], 0),
("k023", "2020-01-22",
 "On 21 January 2020, Misrata brigades and LNA-aligned fighters exchanged fire near Abu Qurain. 4 Misrata fighters were wounded, 1 of them seriously, medics in Misrata said.",
 [("4 Misrata fighters", "injured:4"), ("1", "injured:1")], 0),
("k024", "2022-08-28",
 "TRIPOLI, Aug 28, 2022 (Reuters) - The death toll from Saturday's fighting between rival armed factions in Tripoli rose to 32, the health ministry said on Sunday, with 159 people wounded. Earlier on Saturday the ministry had put the toll at 23, including a comedian hit by a stray bullet. Hospitals appealed for blood donors. Calm returned to the capital by Sunday afternoon.",
 [("32", "killed:32"), ("159 people", "injured:159"), ("23", "killed:23"), ("a comedian", "killed:1")], 32),
("k025", "2021-03-06",
 "On 5 March 2021, unidentified armed men set fire to the house of a Amazigh activist in Zuwara. No casualties were reported.",
 [], 0),
("k026", "2016-06-11",
 "On 10 June 2016, Mujahideen Shura Council of Derna fighters clashed with LNA forces at Al-Fatayah, southeast of Derna. The LNA reported one death among its soldiers and claimed to have killed 15 militants.",
 [("one death", "killed:1"), ("15 militants", "killed:15")], 16),
# ---------------------------------------------------------------- Mali
("k027", "2019-07-02",
 "On 1 July 2019, suspected Dozo hunters attacked Fulani herders near Tiona (Ségou), killing 4 herders and stealing cattle. Fatalities: 4.",
 [("4 herders", "killed:4"), ("4", 2, "killed:4")], 4),
("k028", "2019-10-01",
 "BAMAKO, Oct 1 (AFP) — Jihadists overran two army camps at Boulkessi and Mondoro in central Mali. The government said 25 soldiers were killed and 60 were missing; JNIM claimed to have killed 85 soldiers. Local sources later said as many as 40 soldiers died.",
 [("25 soldiers", "killed:25"), ("60", "missing:60"), ("85 soldiers", "killed:85"), ("as many as 40 soldiers", "killed:<=40")], 25),
("k029", "2019-06-10",
 "On 9 June 2019, unidentified gunmen attacked the Dogon village of Sobane Da (Bandiagara), killing between 35 and 95 villagers according to differing reports. The government initially said 95 died before revising the figure to 35.",
 [("between 35 and 95 villagers", "killed:35-95"), ("95", 2, "killed:95"), ("35", 2, "killed:35")], 35),
("k030", "2020-02-13",
 "On 12 February 2020, JNIM militants abducted the mayor of Diafarabé and two municipal councillors on the road to Ténenkou. They were released three days later.",
 [("the mayor", "abducted:1"), ("two municipal councillors", "abducted:2")], 0),
("k031", "2021-01-19",
 "On 18 January 2021, an IED struck a MINUSMA convoy between Tessalit and Aguelhok (Kidal), killing 1 Egyptian peacekeeper. A soldier of 2 Para serving with the British long-range patrol group and 4 Egyptians were injured. Fatalities: 1.",
 [("1 Egyptian peacekeeper", "killed:1"), ("A soldier", "injured:1"), ("4 Egyptians", "injured:4"), ("1", 2, "killed:1")], 1),
("k032", "2022-03-02",
 "MOPTI — Gold panners returning from the Kéniéba sites were ambushed near Dialassagou on Tuesday evening. Six orpailleurs were killed, the village chief told our correspondent, and the body of a motorbike driver was found the next morning 2 km away.",
 [("Six orpailleurs", "killed:6"), ("a motorbike driver", "killed:1")], 7),
("k033", "2022-04-01",
 "On 27 March 2022, FAMa and foreign military personnel conducted an operation in Moura (Djenné), where scores of civilians were executed over five days, according to witnesses. The army said it had neutralised 203 terrorists.",
 [("scores of civilians", "killed:>=40"), ("203 terrorists", "killed:203")], 40),
("k034", "2023-05-22",
 "On 22 May 2023, residents of Ansongo marched to the prefecture to protest the killing of a young herder by soldiers on 19 May. The march ended without incident.",
 [("a young herder", "killed:1", "bg")], 0),
("k035", "2024-02-06",
 "On 6 February 2024, the bodies of 3 Fulani traders were found on the roadside near Niono (Ségou), two days after they were arrested by soldiers at a checkpoint. Fatalities: 3",
 [("3 Fulani traders", "killed:3"), ("3", 2, "killed:3")], 3),
# ---------------------------------------------------------------- Burkina Faso
("k036", "2019-05-12",
 "On 12 May 2019, about 20 gunmen attacked a Catholic church in Dablo (Sanmatenga) during mass, killing 6 people (5 worshippers and the priest) before setting the church on fire.",
 [("6 people", "killed:6"), ("5 worshippers", "killed:5"), ("the priest", "killed:1")], 6),
("k037", "2021-01-05",
 "On 4 January 2021, JNIM militants ambushed a VDP patrol near Gorgadji (Seno). 2 VDP and a civilian were killed. 2 other VDP remain missing.",
 [("2 VDP", "killed:2"), ("a civilian", "killed:1"), ("2 other VDP", "missing:2")], 3),
("k038", "2021-06-05",
 "OUAGADOUGOU (Reuters) - Gunmen raided the village of Solhan and its gold mining site overnight, killing at least 132 civilians, the government said on Saturday. Local sources put the toll at 160, including about 20 children, in the deadliest attack in Burkina Faso in years.",
 [("at least 132 civilians", "killed:>=132"), ("160", "killed:160"), ("about 20 children", "killed:~20")], 132),
("k039", "2022-08-18",
 "On 17 August 2022, gendarmes arrested 14 suspected JNIM collaborators in Djibo market after a tip-off from Koglweogo members. No casualties were reported.",
 [], 0),
("k040", "2020-02-17",
 "KAYA — A catechist was shot dead in front of his family at Sanaba on sunday night by unknown armed men who came on motorcycles, the diocese said. the attackers also burned 3 shops.",
 [("A catechist", "killed:1")], 1),
("k041", "2023-11-28",
 "On 26 November 2023, militants attacked the town of Djibo and its military camp. The army said nearly a dozen defence volunteers were killed and claimed that 400 assailants were neutralised.",
 [("nearly a dozen defence volunteers", "killed:~12"), ("400 assailants", "killed:400")], 412),
("k042", "2016-01-16",
 "OUAGADOUGOU, Jan 16, 2016 (Reuters) - Al Qaeda-linked gunmen who stormed the Splendid hotel and a nearby cafe in Burkina Faso's capital killed 29 people of 18 nationalities, the government said on Saturday. Three attackers were also killed. Security forces freed 126 people, 33 of them wounded.",
 [("29 people", "killed:29"), ("Three attackers", "killed:3"), ("33", "injured:33")], 32),
("k043", "2024-03-04",
 "On 3 March 2024, an IED hit a bus near Fada N'Gourma (Gourma), wounding 9 passengers, 2 of them seriously. No deaths were reported.",
 [("9 passengers", "injured:9"), ("2", "injured:2")], 0),
("k044", "2024-08-25",
 "On 24 August 2024, JNIM militants attacked residents digging trenches around Barsalogho (Sanmatenga), killing up to 400 people according to some sources; no government toll was released. JNIM claimed it had killed 300 militiamen.",
 [("up to 400 people", "killed:<=400"), ("300 militiamen", "killed:300")], 300),
# ---------------------------------------------------------------- Niger
("k045", "2019-12-11",
 "NIAMEY, Dec 11 (AFP) — Islamic State fighters attacked the military camp at Inates near the Malian border, killing 71 soldiers, the defence ministry said. 12 soldiers were wounded and 30 were missing after the attack, the deadliest on Niger's army in years.",
 [("71 soldiers", "killed:71"), ("12 soldiers", "injured:12"), ("30", "missing:30")], 71),
("k046", "2022-03-21",
 "On 21 March 2022, residents of Intazayene (Tahoua) held prayers on the first anniversary of attacks that killed 141 people in the area. Security forces were deployed around the mosque.",
 [("141 people", "killed:141", "bg")], 0),
("k047", "2021-07-28",
 "On 27 July 2021, Boko Haram (JAS) fighters attacked fishermen on an island near Bosso (Diffa). Nearly a dozen fishermen were killed and 7 are still missing.",
 [("Nearly a dozen fishermen", "killed:~12"), ("7", "missing:7")], 12),
("k048", "2023-07-30",
 "On 30 July 2023, several thousand supporters of the CNSP junta rallied in Niamey and attacked the French embassy, setting a door on fire. Police fired tear gas. Several people were injured.",
 [], 0),
("k049", "2021-01-03",
 "On 2 January 2021, militants on motorcycles killed the chief of Tchoma Bangou village and 3 of his sons before attacking Zaroumadareye. Overall, the attacks left 100 people dead, the government said.",
 [("the chief", "killed:1"), ("3", "killed:3"), ("100 people", "killed:100")], 100),
("k050", "2024-08-16",
 "On 15 August 2024, an ambush on a gendarmerie post near Tera (Tillabéri) killed as many as 5 gendarmes. The army gave no figure.",
 [("as many as 5 gendarmes", "killed:<=5")], 5),
("k051", "2015-06-19",
 "DIFFA — Boko haram attackers raided the village of Lamana overnight, killing 2 villagers & burning around 30 huts. One woman is missing, villagers say.",
 [("2 villagers", "killed:2"), ("One woman", "missing:1")], 2),
("k052", "2022-06-27",
 "On 26 June 2022, gunmen abducted two Indian workers and a Nigerien driver from a road construction site near Ouallam (Tillabéri).",
 [("two Indian workers", "abducted:2"), ("a Nigerien driver", "abducted:1")], 0),
# ---------------------------------------------------------------- Cameroon
("k053", "2020-09-09",
 "On 8 September 2020, Ambazonian separatist fighters shot dead 2 okada riders at Bamessing (Ngoketunjia, North-West) for defying a lockdown they had imposed. Fatalities: 2.",
 [("2 okada riders", "killed:2"), ("2", 2, "killed:2")], 2),
("k054", "2020-02-15",
 "YAOUNDÉ — Human rights groups said soldiers and armed Fulani herders raided the village of Ngarbuh in the North-West region, killing 21 civilians, including 13 children and a pregnant woman. The army initially said 5 people had died in an accidental fire caused by an exchange of gunfire with separatists.",
 [("21 civilians", "killed:21"), ("13 children", "killed:13"), ("a pregnant woman", "killed:1"), ("5 people", "killed:5")], 5),
("k055", "2022-04-21",
 "On 20 April 2022, separatists kidnapped a traditional ruler (fon) and 2 of his notables from his palace near Bafut (Mezam); they were released after a ransom was paid.",
 [("a traditional ruler", "abducted:1"), ("2", "abducted:2")], 0),
("k056", "2020-08-03",
 "MOZOGO, Cameroon (AP) — A suicide bomber blew herself up among displaced people sleeping in the Nguetechewe site in the Far North region overnight, killing 17 civilians and wounding 16, local officials said. A vigilance committee member was among the dead.",
 [("17 civilians", "killed:17"), ("16", "injured:16"), ("A vigilance committee member", "killed:1")], 17),
("k057", "2021-05-12",
 "On 11 May 2021, ISWAP fighters looted cattle and burned houses at Mozogo (Mayo-Tsanaga); no casualties were reported.",
 [], 0),
("k058", "2021-03-04",
 "BAMENDA - A teacher, Mr. Tanjong Ernest, 41, and his 7 year old son were shot by suspected Amba boys at Mile 90 on wednesday. The teacher died on the spot while the boy is recieving treatment at the regional hospital.",
 [("his 7 year old son", "injured:1"), ("The teacher", "killed:1"), ("A teacher", "killed:1")], 1),
("k059", "2019-06-10",
 "DARAK, Cameroon — Around 300 Boko Haram fighters attacked an army post on the island of Darak on Sunday. The army said 16 soldiers and 8 civilians were killed and claimed 64 assailants died; Boko Haram claimed to have killed 40 soldiers.",
 [("16 soldiers", "killed:16"), ("8 civilians", "killed:8"), ("64 assailants", "killed:64"), ("40 soldiers", "killed:40")], 88),
("k060", "2019-11-06",
 "On 5 November 2019, the separatist 'Ambazonia Defence Forces' said on social media that its fighters had killed, wounded or captured 20 soldiers near Batibo (Momo). The army did not comment and no independent confirmation was available.",
 [("20 soldiers", "casualties:20")], 0),
("k061", "2024-01-23",
 "On 22 January 2024, gunmen shot and wounded a motorbike taxi driver and his passenger at Bambui (Tubah). The driver succumbed to his injuries at Bamenda regional hospital the same night. Separatists had imposed a ghost town on the area.",
 [("a motorbike taxi driver", "injured:1"), ("his passenger", "injured:1"), ("The driver", "killed:1")], 1),
# ---------------------------------------------------------------- Mozambique (Cabo Delgado)
("k062", "2020-04-21",
 "On 7 April 2020, insurgents attacked Xitaxi village (Muidumbe) and killed 52 young men who refused to join them, according to police. Fatalities: 52.",
 [("52 young men", "killed:52"), ("52", 2, "killed:52")], 52),
("k063", "2020-11-01",
 "On 31 October 2020, insurgents beheaded 6 fishermen at Ilha Quifuqui (Macomia) and abducted 4 women.",
 [("6 fishermen", "killed:6"), ("4 women", "abducted:4")], 6),
("k064", "2021-08-09",
 "PEMBA (Lusa) - Rwandan and Mozambican forces retook the port town of Mocímboa da Praia. Rwanda said its troops had killed 14 insurgents in the final assault and lost 1 soldier.",
 [("14 insurgents", "killed:14"), ("1 soldier", "killed:1")], 15),
("k065", "2022-06-13",
 "On 12 June 2022, insurgents attacked villages in Ancuabe district, burning around 40 houses. Thousands of residents fled towards Metuge. No deaths were reported.",
 [], 0),
("k066", "2021-03-29",
 "Dozens killed in Palma attack, government says\n\nPEMBA, Mozambique, March 29, 2021 (Reuters) - Dozens of people were killed in a days-long insurgent attack on the gas hub of Palma, the government said, including 7 who died when a convoy of vehicles trying to escape from the Amarula hotel was ambushed. One South African contractor was among the dead.",
 [("Dozens", "killed:>=24"), ("Dozens of people", "killed:>=24"), ("7", "killed:7"), ("One South African contractor", "killed:1")], 24),
("k067", "2023-05-13",
 "MACOMIA - the regulo of Chai village was found beheaded in his machamba on Friday morning. Locals say the insurgents were looking for those who work with the Naparama militia.",
 [("the regulo", "killed:1")], 1),
("k068", "2022-11-16",
 "On 15 November 2022, a SAMIM patrol was ambushed near Nguida (Macomia); 3 Tanzanian soldiers were wounded. The insurgents withdrew.",
 [("3 Tanzanian soldiers", "injured:3")], 0),
("k069", "2024-02-20",
 "On 19 February 2024, insurgents attacked Mazeze (Chiure) and were repelled by local militia, killing one of the attackers. A militiaman was also killed.",
 [("one", "killed:1"), ("A militiaman", "killed:1")], 2),
# ---------------------------------------------------------------- Ethiopia
("k070", "2023-08-13",
 "BAHIR DAR, Ethiopia — Residents said at least 26 people were killed, including civilians caught in the crossfire, as Fano militiamen and federal troops fought in the city this week. The government gave no figure and mobile internet remained cut.",
 [("at least 26 people", "killed:>=26")], 26),
("k071", "2022-03-19",
 "On 18 March 2022, OLA-Shene fighters abducted a kebele chairman and 2 militia members at Gida Kiremu (East Wollega). Their families were asked for ransom.",
 [("a kebele chairman", "abducted:1"), ("2 militia members", "abducted:2")], 0),
("k072", "2020-12-24",
 "ADDIS ABABA (Reuters) - Gunmen attacked Bekuji Kebele in Metekel zone of Benishangul-Gumuz region before dawn on Wednesday, killing more than 100 residents, most of them Amhara and Agew farmers, residents said. The Ethiopian Human Rights Commission later said 207 people were killed.",
 [("more than 100 residents", "killed:>100"), ("207 people", "killed:207")], 100),
("k073", "2020-07-01",
 "On 1 July 2020, Qeerroo youths protested in Ambo and Adama over the killing of singer Hachalu Hundessa in Addis Ababa two days earlier. Protesters blocked roads and burned tyres.",
 [], 0),
("k074", "2020-11-30",
 "On 28 November 2020, Eritrean troops entered Axum (Tigray). Residents later said hundreds of civilians were killed over two days; Amnesty International documented over 240 deaths.",
 [("hundreds of civilians", "killed:>=200"), ("over 240 deaths", "killed:>240")], 200),
("k075", "2016-10-03",
 "ADDIS ABABA, Oct 3, 2016 (AP) — At least 55 people died in a stampede at the Irreecha festival in Bishoftu on Sunday after police fired tear gas and warning shots, the government said. Opposition activists put the toll at over 300.",
 [("At least 55 people", "killed:>=55"), ("over 300", "killed:>300")], 55),
("k076", "2024-01-22",
 "On 21 January 2024, a drone strike hit a market in Bure town (West Gojjam), killing 8 civilians and injuring dozens more. Fatalities: 8.",
 [("8 civilians", "killed:8"), ("dozens", "injured:>=24"), ("8", 2, "killed:8")], 8),
("k077", "2023-05-10",
 "On 9 May 2023, Amhara special forces and Oromia police exchanged fire at a checkpoint in North Shewa. Two policemen were wounded.",
 [("Two policemen", "injured:2")], 0),
# ---------------------------------------------------------------- Sudan (Darfur)
("k078", "2021-01-19",
 "EL GENEINA, Sudan — Arab militias attacked the Kerinding camp for displaced Masalit, killing at least 160 people over three days, the Sudanese doctors' committee said. The toll rose to 163 on Tuesday, and 217 were wounded.",
 [("at least 160 people", "killed:>=160"), ("163", "killed:163"), ("217", "injured:217")], 163),
("k079", "2023-06-05",
 "On 4 June 2023, RSF fighters shot dead the omda of a Masalit community and his brother at their home in Misterei (West Darfur).",
 [("the omda", "killed:1"), ("his brother", "killed:1")], 2),
("k080", "2020-07-26",
 "On 25 July 2020, armed herders attacked farmers in Fata Borno (Kutum, North Darfur), killing 9 farmers, including a sheikh, and wounding 17. Fatalities: 9.",
 [("9 farmers", "killed:9"), ("a sheikh", "killed:1"), ("17", "injured:17"), ("9", 2, "killed:9")], 9),
("k081", "2024-03-13",
 "On 12 March 2024, RSF fighters abducted 15 women from the area of Tawila IDP camp (North Darfur); 4 were released the next day.",
 [("15 women", "abducted:15")], 0),
("k082", "2024-06-09",
 "EL FASHER, Sudan, June 9, 2024 (AFP) - RSF shelling hit the Saudi hospital in El Fasher on Saturday, killing a nurse and 3 patients, a medical source said. The hospital, the last functioning one in the city, had been struck twice in May.",
 [("a nurse", "killed:1"), ("3 patients", "killed:3")], 4),
("k083", "2016-01-16",
 "On 15 January 2016, SAF and SLA-AW fighters clashed near Golo (Jebel Marra). SLA-AW claimed to have killed 37 soldiers; SAF said it lost 4 men and killed 28 rebels.",
 [("37 soldiers", "killed:37"), ("4 men", "killed:4"), ("28 rebels", "killed:28")], 32),
("k084", "2025-12-07",
 "On 7 December 2025, a coalition of Darfuri civil society groups in Tawila held a press conference on the siege of El Fasher, saying more than 1,500 civilians had been killed in the city since May 2024. No violence was reported at the event.",
 [("more than 1,500 civilians", "killed:>1500", "bg")], 0),
("k085", "2022-08-16",
 "ZALINGEI — Gunmen who took a herd of 60 cows near Hamidiya camp on monday opened fire on the herders, leaving a cattle keeper dead and two of his sons wounded. Relatives said the gunmen belong to a arab militia from the area. police have not arrested anyone.",
 [("a cattle keeper", "killed:1"), ("two", "injured:2")], 1),
# ---------------------------------------------------------------- Myanmar
("k086", "2021-10-04",
 "On 3 October 2021, PDF members in Kani township (Sagaing) killed 2 suspected military informants (dalans) and a ward administrator appointed by the junta. Fatalities: 3.",
 [("2 suspected military informants", "killed:2"), ("a ward administrator", "killed:1"), ("3", 2, "killed:3")], 3),
("k087", "2023-04-12",
 "YANGON, April 12 (Reuters) - A military jet and helicopter attacked a ceremony at Pazigyi village in Sagaing region, killing at least 160 people, including around 40 children, witnesses and a shadow government official said. The junta said it had targeted PDF members.",
 [("at least 160 people", "killed:>=160"), ("around 40 children", "killed:~40")], 160),
("k088", "2022-06-28",
 "On 27 June 2022, troops of Light Infantry Battalion 345 raided Mway Tone village (Yinmabin), burning 20 houses and shooting dead 4 villagers (3 women and a boy). 2 villagers were detained.",
 [("4 villagers", "killed:4"), ("3 women", "killed:3"), ("a boy", "killed:1")], 4),
("k089", "2024-05-30",
 "On 29 May 2024, Arakan Army fighters and the military clashed around Buthidaung (Rakhine). Rohingya residents said scores of civilians were killed while fleeing; the AA denied targeting civilians.",
 [("scores of civilians", "killed:>=40")], 40),
("k090", "2023-11-15",
 "On 14 November 2023, military artillery hit a monastery in Namhsan (northern Shan), wounding 2 novice monks and a nun, according to the TNLA.",
 [("2 novice monks", "injured:2"), ("a nun", "injured:1")], 0),
("k091", "2015-01-06",
 "On 5 January 2015, fighting between the KIA and the Myanmar army near Hpakant (Kachin) continued for a second day. The KIA said the army suffered heavy casualties; 3 jade miners were wounded by stray shells.",
 [("3 jade miners", "injured:3")], 0),
("k092", "2024-02-02",
 "MONYWA, Myanmar, Feb 2, 2024 — The bodies of 5 men, their hands bound, were found in a field outside Nyaung Pin Wun village on Thursday, a day after Pyu Saw Htee militiamen and soldiers swept through the area, resistance sources said. Among them was a 70-year-old monk.",
 [("5 men", "killed:5"), ("a 70-year-old monk", "killed:1")], 5),
("k093", "2021-02-09",
 "On 8 February 2021, police detained at least 30 protesters in Mandalay as thousands rallied against the coup. No injuries were reported.",
 [], 0),
("k094", "2021-03-15",
 "YANGON — Security forces opened fire on anti-coup protesters in Hlaingthaya township yesterday. Local media initially reported 22 dead; by this morning the death toll rose to 39, a rights group said.",
 [("22", "killed:22"), ("39", "killed:39")], 39),
# ---------------------------------------------------------------- Philippines (Mindanao)
("k095", "2019-03-13",
 "On 12 March 2019, BIFF gunmen ambushed a CAFGU detachment in Datu Hoffer (Maguindanao), killing 2 CAFGU members and wounding a soldier of the 6th Infantry Division.",
 [("2 CAFGU members", "killed:2"), ("a soldier", "injured:1")], 2),
("k096", "2019-01-28",
 "Philippine cathedral bombing kills 20\n\nJOLO, Philippines, Jan 27, 2019 (Reuters) - Two bombs exploded at a Catholic cathedral on the southern island of Jolo during Sunday mass, killing at least 20 people and wounding 81, officials said. The dead included 5 soldiers. The toll was later revised to 18 after some victims were found to have been counted twice.",
 [("20", "killed:20"), ("at least 20 people", "killed:>=20"), ("81", "injured:81"), ("5 soldiers", "killed:5"), ("18", "killed:18")], 18),
("k097", "2020-07-06",
 "On 5 July 2020, a rido between two clans in Barangay Tapodoc (Lanao del Sur) left a barangay tanod and 3 clan members dead. Police said the dead numbered 4, all from the two feuding families.",
 [("a barangay tanod", "killed:1"), ("3 clan members", "killed:3"), ("4", "killed:4")], 4),
("k098", "2019-09-18",
 "DAVAO CITY — The army said troops of the 60th Infantry Battalion killed two NPA cadres in a clash in Talaingod town and recovered 5 firearms. A lumad datu was wounded in the crossfire, tribal leaders said.",
 [("two NPA cadres", "killed:2"), ("A lumad datu", "injured:1")], 2),
("k099", "2020-01-17",
 "On 16 January 2020, Abu Sayyaf militants abducted 5 Indonesian fishermen off Tambisan (Sabah) and brought them to Sulu.",
 [("5 Indonesian fishermen", "abducted:5")], 0),
("k100", "2022-09-07",
 "MARAWI CITY — A kagawad was stabbed to death by still unidentified men while walking to the munisipyo on Tuesday morning. His compainion, a barangay health worker, was hurt.",
 [("A kagawad", "killed:1"), ("His compainion", "injured:1")], 1),
("k101", "2023-04-29",
 "On 28 April 2023, troops of the 103rd Brigade killed 6 Dawlah Islamiyah militants, including a sub-leader, in an encounter in Piagapo (Lanao del Sur). Fatalities: 6",
 [("6 Dawlah Islamiyah militants", "killed:6"), ("a sub-leader", "killed:1"), ("6", 2, "killed:6")], 6),
("k102", "2024-11-03",
 "On 2 November 2024, unidentified men strafed the house of a barangay captain in Datu Piang (Maguindanao del Sur); no one was hurt.",
 [], 0),
("k103", "2015-01-26",
 "MANILA, Jan 26, 2015 (AP) — Forty-four police commandos were killed in a clash with Muslim rebels in Mamasapano town in Maguindanao province on Sunday, officials said, in the deadliest single loss for the police in years. At least 18 rebels and 5 civilians also died.",
 [("Forty-four police commandos", "killed:44"), ("At least 18 rebels", "killed:>=18"), ("5 civilians", "killed:5")], 67),
# ---------------------------------------------------------------- southern Thailand
("k104", "2019-02-07",
 "On 6 February 2019, insurgents detonated a bomb under a ranger patrol in Rueso district (Narathiwat). 1 fatality and 3 injuries among the rangers. Fatalities: 1.",
 [("1 fatality", "killed:1"), ("3 injuries", "injured:3"), ("1", 2, "killed:1")], 1),
("k105", "2019-11-06",
 "YALA, Thailand (AP) — Suspected insurgents attacked a village defence volunteer checkpoint at Lam Phaya late on Tuesday, killing 15 people, including a village defence volunteer and several villagers, police said.",
 [("15 people", "killed:15"), ("a village defence volunteer", 2, "killed:1")], 15),
("k106", "2020-03-20",
 "On 19 March 2020, a rubber tapper was shot dead by two gunmen on a motorcycle in Bannang Sata (Yala). Police recorded one death and believe the killing was linked to the insurgency.",
 [("a rubber tapper", "killed:1"), ("one death", "killed:1")], 1),
("k107", "2022-08-18",
 "On 17 August 2022, insurgents set off a series of small bombs and arson attacks at 17 locations, mostly convenience stores and petrol stations, in Pattani, Yala and Narathiwat. Nearly a dozen people were slightly injured.",
 [("Nearly a dozen people", "injured:~12")], 0),
("k108", "2024-04-28",
 "PATTANI — Hundreds of Muslims gathered at the Krue Se mosque on Saturday to mark the anniversary of the 2004 raid in which 32 gunmen were killed by security forces, and of the Tak Bai incident, where 85 protesters died. Prayers passed off peacefully.",
 [("32 gunmen", "killed:32", "bg"), ("85 protesters", "killed:85", "bg")], 0),
("k109", "2016-01-12",
 "On 11 January 2016, a village headman and his deputy were killed when gunmen opened fire on their pick-up truck in Sai Buri (Pattani). Police recorded 2 fatalities.",
 [("a village headman", "killed:1"), ("his deputy", "killed:1"), ("2 fatalities", "killed:2")], 2),
("k110", "2021-06-25",
 "On 24 June 2021, a bomb hidden in a motorbike exploded near a tea shop in Nong Chik (Pattani), killing an ustadz and a tea shop owner and injuring 5 other customers.",
 [("an ustadz", "killed:1"), ("a tea shop owner", "killed:1"), ("5 other customers", "injured:5")], 2),
("k111", "2025-05-04",
 "On 3 May 2025, leaflets signed by 'Patani warriors' were found in Tak Bai district threatening to kill Buddhist monks and teachers who continued working in the area. Security was increased at schools.",
 [], 0),
# ---------------------------------------------------------------- Bangladesh
("k112", "2019-12-16",
 "CHATTOGRAM - Chhatra League and Chhatra Dal activists clashed at Chittagong University campus yesterday, leaving 12 students, including two Shibir cadres, injured. Police arrested 5 from the spot, the proctor told reporters.",
 [("12 students", "injured:12"), ("two Shibir cadres", "injured:2")], 0),
("k113", "2021-09-30",
 "On 29 September 2021, unidentified gunmen shot dead Rohingya community leader Abdul Hamid in Kutupalong camp (Cox's Bazar). ARSA denied involvement.",
 [], 0),
("k114", "2019-08-04",
 "On 3 August 2019, 2 alleged drug traders were killed in a 'gunfight' with RAB members in Teknaf (Cox's Bazar). RAB said 3 of its members were injured and 2 pistols recovered.",
 [("2 alleged drug traders", "killed:2"), ("3", 2, "injured:3")], 2),
("k115", "2023-11-05",
 "On 4 November 2023, during a BNP-called blockade, miscreants set fire to a bus in Dhaka's Motijheel area. A helper sleeping inside was burnt to death, and an easy-bike driver was injured by a brickbat near Kamalapur.",
 [("A helper", "killed:1"), ("an easy-bike driver", "injured:1")], 1),
("k116", "2020-01-11",
 "SYLHET - Two people including a union parishad member were killed and 15-20 injured in a clash between two groups over control of a sand quarry at Companiganj upazila on friday. Police said 22 rounds of rubber bullets were fired.",
 [("Two people", "killed:2"), ("a union parishad member", "killed:1"), ("15-20", "injured:15-20")], 2),
("k117", "2024-07-25",
 "On 25 July 2024, students held a rally in Rangpur demanding justice for Abu Sayed and other students killed during the quota reform protests the previous week. Police did not intervene.",
 [], 0),
("k118", "2016-07-02",
 "DHAKA, July 2, 2016 (Reuters) - Twenty hostages, most of them foreigners, were killed in an overnight siege at a Dhaka restaurant, the army said on Saturday. Two police officers died in the initial gunfight and 6 gunmen were killed when commandos stormed the building.",
 [("Twenty hostages", "killed:20"), ("Two police officers", "killed:2"), ("6 gunmen", "killed:6")], 28),
("k119", "2024-08-06",
 "On 5 August 2024, a mob attacked Enayetpur police station (Sirajganj), beating to death 13 policemen. Fatalities: 13.",
 [("13 policemen", "killed:13"), ("13", 2, "killed:13")], 13),
# ---------------------------------------------------------------- Colombia
("k120", "2019-04-13",
 "On 12 April 2019, unidentified gunmen killed a social leader, Jesús Ortiz, 52, and his wife at their home in Caloto (Cauca). Fatalities: 2.",
 [("a social leader", "killed:1"), ("his wife", "killed:1"), ("2", "killed:2")], 2),
("k121", "2022-11-22",
 "On 21 November 2022, two former FARC combatants who had signed the peace deal were shot dead in Puerto Guzmán (Putumayo). The Comandos de la Frontera were blamed for the murder of the two men.",
 [("two former FARC combatants", "killed:2"), ("two men", "killed:2")], 2),
("k122", "2025-01-20",
 "CÚCUTA, Colombia (Reuters) - ELN fighters attacked FARC dissidents of the 33rd Front and civilians in Tibú and Teorama in the Catatumbo region over several days. The Ombudsman's office reported at least 80 people killed, among them a former peace signatory and his family; the government later said the confirmed toll was 54.",
 [("at least 80 people", "killed:>=80"), ("a former peace signatory", "killed:1"), ("54", "killed:54")], 54),
("k123", "2020-03-10",
 "On 9 March 2020, pamphlets signed by the Águilas Negras threatened 14 social leaders in Tumaco (Nariño) with death if they did not leave the municipality.",
 [], 0),
("k124", "2019-10-30",
 "POPAYÁN - Dissidents of the former FARC opened fire on an Indigenous guard convoy in Tacueyó, in Toribío municipality, killing a Nasa governor and 4 guardias, and injuring 6 others, the regional Indigenous council said yesterday.",
 [("a Nasa governor", "killed:1"), ("4 guardias", "killed:4"), ("6 others", "injured:6")], 5),
("k125", "2020-06-17",
 "EL TARRA - Cocaleros blocking the road to Tibú were disperssed by the ESMAD on tuesday; 7 campesinos were hurt by rubber bullets and one soldier was injured by a stone. Nobody died.",
 [("7 campesinos", "injured:7"), ("one soldier", "injured:1")], 0),
("k126", "2023-09-03",
 "On 2 September 2023, the army said troops had killed, injured or captured 40 Clan del Golfo members in operations in Cáceres (Antioquia). No breakdown was given.",
 [("40 Clan del Golfo members", "casualties:40")], 0),
("k127", "2015-04-15",
 "BOGOTA, April 15, 2015 (Reuters) - Eleven soldiers were killed and 20 wounded when FARC rebels attacked an army patrol in Cauca province, President Juan Manuel Santos said on Wednesday, ordering the resumption of bombing raids. One rebel also died.",
 [("Eleven soldiers", "killed:11"), ("20", "injured:20"), ("One rebel", "killed:1")], 12),
("k128", "2020-08-12",
 "On 11 August 2020, the bodies of 5 teenagers were found in a cane field in Llano Verde, Cali (Valle del Cauca), a day after they went missing. Residents blamed the murder of the five boys on a local gang.",
 [("5 teenagers", "killed:5"), ("five boys", "killed:5")], 5),
# ---------------------------------------------------------------- Mexico
("k129", "2021-05-09",
 "On 8 May 2021, gunmen of the CJNG and the Sinaloa Cartel clashed in Aguililla (Michoacán); between 2 to 4 gunmen were killed according to local media, and 3 community police officers were wounded.",
 [("between 2 to 4 gunmen", "killed:2-4"), ("3 community police officers", "injured:3")], 2),
("k130", "2022-01-18",
 "On 17 January 2022, photojournalist Ramiro Castañeda was shot dead outside his home in Tijuana (Baja California). Colleagues protested in front of the state prosecutor's office.",
 [], 0),
("k131", "2019-10-15",
 "MORELIA, Mexico, Oct 15 (Reuters) - Gunmen from the CJNG ambushed a convoy of state police in El Aguaje in Michoacán on Monday. 13 officers and a suspected gunman were killed; 9 officers were wounded, state officials said.",
 [("13 officers", "killed:13"), ("a suspected gunman", "killed:1"), ("9 officers", "injured:9")], 14),
("k132", "2023-05-08",
 "On 4 May 2023, a woman who led a search collective looking for missing relatives was abducted by armed men in Celaya (Guanajuato). The body of the searcher was found 3 days later near a canal.",
 [("a woman", "abducted:1"), ("the searcher", "killed:1")], 1),
("k133", "2023-07-11",
 "CHILPANCINGO, Gro. - Three taxi drivers were found dead inside there vehicles on the highway to Tixtla early Monday; a fourth driver remain missing. Transport unions blamed extortion by Los Ardillos.",
 [("Three taxi drivers", "killed:3"), ("a fourth driver", "missing:1")], 3),
("k134", "2024-02-21",
 "On 20 February 2024, residents of Tlaltizapán (Morelos) surrounded 10 Guardia Nacional agents for several hours after an arrest; 4 agents and 2 residents were lightly injured in scuffles.",
 [("4 agents", "injured:4"), ("2 residents", "injured:2")], 0),
("k135", "2024-09-20",
 "CULIACÁN, Mexico, Sept 20, 2024 (Reuters) - Five bodies, some showing signs of torture, were dumped near the University of Sinaloa on Friday as fighting between rival Sinaloa Cartel factions continued. Up to 7 people were reported abducted in the city overnight.",
 [("Five bodies", "killed:5"), ("Up to 7 people", "abducted:<=7")], 5),
("k136", "2015-12-14",
 "On 13 December 2015, autodefensas of Tepalcatepec and a cell of the Caballeros Templarios clashed near La Ruana (Michoacán); 1 autodefensa was wounded. The autodefensas claimed the Templarios suffered heavy casualties.",
 [("1 autodefensa", "injured:1")], 0),
("k137", "2024-05-30",
 "On 29 May 2024, a candidate for the municipal council of Coyuca de Benítez (Guerrero) was shot and wounded during a campaign event; 2 of his supporters were also injured.",
 [("a candidate", "injured:1"), ("2", "injured:2")], 0),
# ---------------------------------------------------------------- Honduras
("k138", "2019-04-24",
 "On 23 April 2019, suspected Barrio 18 members shot dead a bus driver and his fare collector in Comayagüela (Francisco Morazán) for failing to pay extortion. Fatalities: 2.",
 [("a bus driver", "killed:1"), ("his fare collector", "killed:1"), ("2", "killed:2")], 2),
("k139", "2020-06-06",
 "On 5 June 2020, a mototaxi driver was shot and wounded and his passenger robbed in an armed attack in Choloma (Cortés).",
 [("a mototaxi driver", "injured:1")], 0),
("k140", "2020-07-19",
 "On 18 July 2020, men wearing police investigation (DPI) vests abducted 4 Garifuna community leaders and a young man from Triunfo de la Cruz (Atlántida). They remain missing.",
 [("4 Garifuna community leaders", "abducted:4"), ("a young man", "abducted:1")], 0),
("k141", "2023-06-21",
 "41 women killed in Honduran prison riot\n\nTEGUCIGALPA, June 20, 2023 (AP) — At least 41 women were killed in a riot at the women's prison in Támara on Tuesday, most of them burned to death, after members of Barrio 18 attacked rival inmates, officials said. Seven others were treated at a hospital.",
 [("41 women", "killed:41"), ("At least 41 women", "killed:>=41"), ("Seven others", "injured:7")], 41),
("k142", "2025-05-12",
 "On 12 May 2025, Lenca communities blocked the road to a hydroelectric project in Intibucá to protest the killing of 2 Lenca land defenders last year.",
 [("2 Lenca land defenders", "killed:2", "bg")], 0),
("k143", "2022-09-09",
 "SAN PEDRO SULA - Policía Militar agents killed 3 alleged pandilleros of the MS-13 in an exchange of fire in colonia Rivera Hernández, police said; one agent was wounded. Relatives said the 3 young men were executed after surrendering.",
 [("3 alleged pandilleros", "killed:3"), ("one agent", "injured:1"), ("3 young men", "killed:3")], 3),
("k144", "2016-03-13",
 "SAN PEDRO SULA.- Six young men were killed and two more injured when gunmen fired on a pool hall in colonia Chamelecón saturday night; one of the injured died on Sunday at the Mario Rivas hospital. Police said one of the victims belonged to the MS-13.",
 [("Six young men", "killed:6"), ("two more", "injured:2"), ("one", "killed:1")], 7),
("k145", "2021-10-21",
 "On 20 October 2021, unknown attackers killed a LIBRE party candidate for deputy in Olancho, along with his bodyguard. Fatalities: 2",
 [("a LIBRE party candidate", "killed:1"), ("his bodyguard", "killed:1"), ("2", "killed:2")], 2),
# ---------------------------------------------------------------- Ukraine (Donbas)
("k146", "2019-03-27",
 "On 26 March 2019, a Ukrainian serviceman of the 72nd Brigade was wounded by sniper fire near Pivdenne (Donetsk). DPR forces reported 1 of their fighters wounded near Horlivka.",
 [("a Ukrainian serviceman", "injured:1"), ("1", "injured:1")], 0),
("k147", "2016-05-14",
 "On 14 May 2016, a tractor driver was injured when his tractor hit an anti-tank mine near Yasynuvata (Donetsk), the OSCE SMM reported. The SMM also recorded 300 explosions in the area over the weekend.",
 [("a tractor driver", "injured:1")], 0),
("k148", "2015-02-07",
 "KIEV, Feb 7 (Reuters) - Shelling hit residential areas of Debaltseve as fighting for the town continued. Ukrainian military spokesmen reported the deaths of 5 soldiers of the 128th Brigade and 7 civilians in 24 hours; separatist forces claimed to have killed 70 Ukrainian troops.",
 [("5 soldiers", "killed:5"), ("7 civilians", "killed:7"), ("70 Ukrainian troops", "killed:70")], 12),
("k149", "2020-07-31",
 "On 30 July 2020, the OSCE SMM recorded 12 ceasefire violations in Donetsk region, including near Shyrokyne. No casualties were reported.",
 [], 0),
("k150", "2021-11-04",
 "KYIV, Nov 4, 2021 (Reuters) - A Ukrainian soldier was killed and another wounded on Thursday when Russia-backed separatists shelled positions near Hranitne in eastern Ukraine, the military said, the third death in the Joint Forces Operation zone this week.",
 [("A Ukrainian soldier", "killed:1"), ("another", "injured:1")], 1),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:(?:>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")
DCT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fail(msg):
    sys.exit("build.py: " + msg)


def check_value(iid, value):
    if value.count(":") != 1:
        fail(f"{iid}: bad value {value!r}")
    outcome, count = value.split(":")
    if outcome not in OUTCOMES:
        fail(f"{iid}: bad outcome in {value!r}")
    m = COUNT_RE.match(count)
    if not m:
        fail(f"{iid}: bad count in {value!r}")
    if m.group(2) is not None and not int(m.group(2)) < int(m.group(3)):
        fail(f"{iid}: range not N<M in {value!r}")
    return outcome


def find(text, surface, occ):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        return None
    return hits[occ - 1]


def parse_decision(iid, d):
    d = list(d)
    surface = d.pop(0)
    occ = d.pop(0) if d and isinstance(d[0], int) else 1
    value = d.pop(0)
    bg = bool(d and d.pop(0) == "bg")
    if d:
        fail(f"{iid}: extra fields in decision {surface!r}")
    return surface, occ, value, bg


def build():
    records, counted = [], {}
    for iid, dct, text, decisions, fat in ITEMS:
        spans = []
        n_counted = 0
        for d in decisions:
            surface, occ, value, bg = parse_decision(iid, d)
            start = find(text, surface, occ)
            if start is None:
                fail(f"{iid}: {surface!r} occurrence {occ} not found")
            outcome = check_value(iid, value)
            if outcome == "killed" and not bg:
                n_counted += 1
            if bg and outcome != "killed":
                fail(f"{iid}: background flag on a non-killed span {surface!r}")
            spans.append({"start": start, "end": start + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
        spans.sort(key=lambda s: (s["start"], s["end"]))
        counted[iid] = n_counted
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": spans, "fatalities": fat})
    return records, counted


def validate(records, counted):
    seen = set()
    for r in records:
        iid = r["id"]
        if iid in seen:
            fail(f"duplicate id {iid}")
        seen.add(iid)
        if set(r) != {"id", "text", "dct", "layers", "spans", "fatalities"}:
            fail(f"{iid}: bad keys {sorted(r)}")
        if not DCT_RE.match(r["dct"]):
            fail(f"{iid}: bad dct {r['dct']!r}")
        if r["layers"] != ["casualties"]:
            fail(f"{iid}: bad layers")
        text = r["text"]
        prev_end = -1
        for s in r["spans"]:
            if set(s) != {"start", "end", "label", "text", "value"}:
                fail(f"{iid}: bad span keys {sorted(s)}")
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                fail(f"{iid}: bad offsets {a},{b}")
            if text[a:b] != s["text"]:
                fail(f"{iid}: slice {text[a:b]!r} != text {s['text']!r}")
            if text[a].isspace() or text[b - 1].isspace():
                fail(f"{iid}: span {s['text']!r} starts or ends on whitespace")
            if a < prev_end:
                fail(f"{iid}: overlapping spans at {s['text']!r}")
            prev_end = b
            if s["label"] != "CASUALTY":
                fail(f"{iid}: bad label {s['label']!r}")
            check_value(iid, s["value"])
        fat = r["fatalities"]
        if not isinstance(fat, int) or isinstance(fat, bool) or fat < 0:
            fail(f"{iid}: fatalities must be a whole number >= 0, got {fat!r}")
        if (fat == 0) != (counted[iid] == 0):
            fail(f"{iid}: fatalities {fat} but {counted[iid]} counting killed spans")


def review(records):
    for r in records:
        text, out, pos = r["text"], [], 0
        for s in r["spans"]:
            out.append(text[pos:s["start"]])
            out.append("[" + text[s["start"]:s["end"]] + "]")
            pos = s["end"]
        out.append(text[pos:])
        vals = ", ".join(f"{s['text']}={s['value']}" for s in r["spans"])
        print(f"== {r['id']} {r['dct']}  toll={r['fatalities']}")
        print("".join(out))
        print("   spans:", vals or "(none)")
        print()


def stats(records):
    from collections import Counter
    by_outcome = Counter(s["value"].split(":")[0] for r in records for s in r["spans"])
    forms = Counter()
    for r in records:
        for s in r["spans"]:
            c = s["value"].split(":")[1]
            forms[">=N" if c.startswith(">=") else ">N" if c.startswith(">") else
                  "<=N" if c.startswith("<=") else "~N" if c.startswith("~") else
                  "N-M" if "-" in c else "N"] += 1
    nspans = sum(len(r["spans"]) for r in records)
    zero = sum(1 for r in records if r["fatalities"] == 0)
    nospan = sum(1 for r in records if not r["spans"])
    print(f"items {len(records)}; spans {nspans}; by outcome {dict(by_outcome)}; "
          f"by form {dict(forms)}; toll 0: {zero}, toll >0: {len(records) - zero}; "
          f"items without spans: {nospan}")


def main():
    records, counted = build()
    validate(records, counted)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    if reread != records:
        fail("re-read file differs from what was written")
    validate(reread, counted)
    if "--review" in sys.argv[1:]:
        review(reread)
    stats(reread)


if __name__ == "__main__":
    main()
