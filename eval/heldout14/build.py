#!/usr/bin/env python3
"""Held-out casualty set 14 (tolls-14.jsonl): decision lists, builder, checks, review.

Every passage and every label below was written by hand. Each span is given as
(surface string, occurrence, value) or (surface, occurrence, value, "bg"):
the occurrence counts case-sensitive whole-word matches of the surface in the
text (1 = first), so "2" never matches inside "2023" or "12". "bg" marks a
background figure (an earlier, separate event or a running total): it is a
CASUALTY span but is not part of the item's `fatalities`.

    python3 build.py            # build tolls-14.jsonl and check it
    python3 build.py --review   # print every item with its spans in brackets
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-14.jsonl")

# ---------------------------------------------------------------------------
# Decision lists: id, dct, text, spans, fatalities
# ---------------------------------------------------------------------------
ITEMS = [
# ---- Chile (Araucania) ----------------------------------------------------
("v001", "2018-04-03",
 "On 3 April 2018, unidentified armed men set fire to three trucks and a forestry machine on a "
 "Forestal Mininco estate near Collipulli (Malleco, Araucanía). No injuries were reported. Two "
 "Mapuche comuneros were arrested the next day.",
 [], 0),
("v002", "2018-11-21",
 "On 21 November 2018, Carabineros special forces (Comando Jungla) shot dead a young Mapuche "
 "comunero in Temucuicui, Ercilla (Malleco). A 15-year-old boy who was with him was detained. "
 "Fatalities: 1.",
 [("a young Mapuche comunero", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v003", "2017-01-09",
 "TEMUCO, Chile, Jan. 9, 2017 (local press) - Two forestry workers were wounded by shotgun "
 "pellets when hooded men ambushed their pickup on the road between Ercilla and Pailahueque late "
 "on Sunday. Both were taken to hospital in Victoria, where doctors described their condition "
 "as stable.",
 [("Two forestry workers", 1, "injured:2")], 0),
("v004", "2020-06-06",
 "On 6 June 2020, a group of armed men attacked a farmhouse in Victoria (Malleco) and killed a "
 "72-year-old farmer and wounded his wife and a farmhand. The 'Weichan Auka Mapu' group claimed "
 "the attack in a pamphlet. Fatalities: 1.",
 [("a 72-year-old farmer", 1, "killed:1"), ("his wife", 1, "injured:1"),
  ("a farmhand", 1, "injured:1"), ("1", 1, "killed:1")], 1),
("v005", "2021-10-14",
 "On 14 October 2021, Carabineros and a group of Mapuche protesters clashed at a road blockade "
 "on Route 5 near Pidima (Ercilla). Police reported 4 officers injured by stones and pellets; the "
 "comunidad said 9 comuneros were hurt by rubber bullets.",
 [("4 officers", 1, "injured:4"), ("9 comuneros", 1, "injured:9")], 0),
("v006", "2022-08-02",
 "LUMACO, Chile, Aug. 2, 2022 — A truck driver died and a second driver was injured after "
 "gunmen fired on a convoy of logging trucks near Lumaco on Monday night, regional police said. "
 "He was 41 and had worked for the contractor for a decade. At least 11 trucks were burned.",
 [("A truck driver", 1, "killed:1"), ("a second driver", 1, "injured:1")], 1),
("v007", "2024-03-11",
 "On 11 March 2024, unidentified gunmen fired on a Carabineros patrol guarding a farm in Padre "
 "Las Casas (Cautín, Araucanía). Sergeant Rodrigo Vera was hit in the leg. No other injuries.",
 [], 0),
("v008", "2019-09-05",
 "ERCILLA (Araucanía), 5 Sept 2019 -- The charred remains of two or three people were found in "
 "a burned-out car on a forestry road near Ercilla on Thursday morning,, prosecutors said. None "
 "has been identified . Police are investigating whether the deaths are linked to a dispute over "
 "timber theft.",
 [("two or three people", 1, "killed:2-3")], 2),
("v009", "2019-01-19",
 "On 19 January 2019, a group of hooded men set fire to an evangelical church in Padre Las Casas "
 "(Cautín) and to a house nearby. A pamphlet left at the scene referred to the killing of a "
 "comunero by police in November.",
 [("a comunero", 1, "killed:1", "bg")], 0),
("v010", "2022-02-27",
 "On 27 February 2022, clashes between two Mapuche communities over land in Galvarino (Cautín) "
 "left 2 dead and 5 wounded, according to the regional prosecutor. A community spokesman said "
 "3 people had died. Fatalities: 2.",
 [("2", 1, "killed:2"), ("5", 1, "injured:5"), ("3 people", 1, "killed:3"),
  ("2", 2, "killed:2")], 2),
# ---- Argentina (Rosario) --------------------------------------------------
("v011", "2023-03-06",
 "ROSARIO, Mar 6 2023 — Gunmen on a motorbike fired at least 14 shots at a supermarket in barrio "
 "Las Delicias in the early hours, leaving a handwritten threat addressed to the city's mayor. No "
 "one was hurt.",
 [], 0),
("v012", "2024-03-09",
 "On 9 March 2024, a 25-year-old petrol station attendant was shot dead in western Rosario "
 "(Santa Fe) by a gunman who fled on foot. Authorities linked the killing to a campaign of "
 "intimidation by drug gangs against new prison rules. Fatalities: 1.",
 [("a 25-year-old petrol station attendant", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v013", "2024-03-05",
 "On 5 March 2024, suspected Los Monos members shot a taxi driver in Rosario (Santa Fe); he died "
 "in hospital two days later. Fatalities: 1.",
 [("a taxi driver", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v014", "2017-06-11",
 "TWO TEENS SHOT OUTSIDE ROSARIO BUNKER\n"
 "ROSARIO, June 11, 2017 — Two teenagers, aged 15 and 17, were wounded by gunfire outside a "
 "drug-selling point (búnker) in barrio Ludueña on Saturday night. Police seized a 9mm pistol "
 "and arrested 3 suspects.",
 [("TWO TEENS", 1, "injured:2"), ("Two teenagers", 1, "injured:2")], 0),
("v015", "2022-01-02",
 "On 2 January 2022, gunmen in a car fired on a group of young people drinking on a corner in "
 "Empalme Graneros (Rosario), killing 3 and wounding 2 or 3 others. Police said the attack was a "
 "mistake by a gang targeting a rival 'soldadito'. Fatalities: 3.",
 [("3", 1, "killed:3"), ("2 or 3 others", 1, "injured:2-3"), ("3", 3, "killed:3")], 3),
("v016", "2019-08-18",
 "On 18 August 2019, a 14-year-old 'bunker' lookout and a delivery rider were killed when members "
 "of a rival gang sprayed a house in barrio Tablada (Rosario) with gunfire. Fatalities: 2.",
 [("a 14-year-old 'bunker' lookout", 1, "killed:1"), ("a delivery rider", 1, "killed:1"),
  ("2", 1, "killed:2")], 2),
("v017", "2020-11-12",
 "Rosario, Santa Fe. 12/11/2020. - A municipal bus driver was injured when shots were fired at a "
 "line 122 bus in the south of the city, in what the drivers' union called the 6th attack on buses "
 "this year. Services in the area were suspended for 48 hours.",
 [("A municipal bus driver", 1, "injured:1")], 0),
("v018", "2016-06-27",
 "On 27 June 2016, the body of a young man with several gunshot wounds was found in a ditch in "
 "Villa Gobernador Gálvez, south of Rosario. Police linked the killing to a dispute between "
 "drug-dealing crews. Fatalities: 1.",
 [("a young man", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v019", "2021-05-01",
 "Around 1 May 2021 (month of), rival factions of a Rosario drug gang clashed in several "
 "neighbourhoods; the Santa Fe security ministry reported 7 killed during the week, while local "
 "press counted 11 dead. Fatalities: 7.",
 [("7", 1, "killed:7"), ("11", 1, "killed:11"), ("7", 2, "killed:7")], 7),
("v020", "2025-10-04",
 "ROSARIO, Oct. 4, 2025 – Four people were wounded, one of them seriously, when a grenade was "
 "thrown at the door of a house in barrio Santa Lucía on Friday night. Police said the family had "
 "been threatened by a gang that controls the area. A man was later arrested with two more "
 "grenades.",
 [("Four people", 1, "injured:4"), ("one", 1, "injured:1")], 0),
# ---- Dominican Republic and the Haiti border ------------------------------
("v021", "2023-09-16",
 "On 16 September 2023, Dominican army (CESFRONT) soldiers shot dead a Haitian national who "
 "allegedly tried to cross the border illegally near Dajabón. The army said the man had attacked "
 "a patrol with a machete. Fatalities: 1. [Source: Dominican army statement]",
 [("a Haitian national", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v022", "2019-03-02",
 "On 2 March 2019, unidentified gunmen killed two Haitian braceros (sugarcane cutters) on a batey "
 "near Barahona, Dominican Republic. Police arrested 1 suspect.",
 [("two Haitian braceros", 1, "killed:2")], 2),
("v023", "2020-05-27",
 "DAJABON, May 27 2020 - A motoconchista (motorbike-taxi driver) was found dead with stab wounds "
 "beside the international highway, 3 km from the border market, police spokesman said "
 "Wednesday. His moto was missing.",
 [("A motoconchista", 1, "killed:1")], 1),
("v024", "2024-08-10",
 "On 10 August 2024, armed men on the Haitian side of the Massacre river fired at Dominican "
 "farmers working near Loma de Cabrera (Dajabón). One farmer was hit in the arm. The Dominican "
 "army reinforced the line with 300 troops.",
 [("One farmer", 1, "injured:1")], 0),
("v025", "2022-10-29",
 "On 29 October 2022, Dominican immigration agents and police raided a building in Santo "
 "Domingo Este; 1 Haitian migrant died after falling from a third-floor balcony while fleeing "
 "agents, and 2 others were injured. Human rights groups said as many as 4 people were hurt.",
 [("1 Haitian migrant", 1, "killed:1"), ("2 others", 1, "injured:2"),
  ("as many as 4 people", 1, "injured:<=4")], 1),
("v026", "2021-06-15",
 "SANTO DOMINGO, June 15 (wire) – Gunmen kidnapped a Dominican engineer and his two Haitian "
 "assistants working on a road project near Ouanaminthe, on the Haitian side of the border, on "
 "Monday, the public works ministry said Tuesday. A ransom of US$200,000 was demanded.",
 [("a Dominican engineer", 1, "abducted:1"), ("two Haitian assistants", 1, "abducted:2")], 0),
("v027", "2018-01-04",
 "On 4 January 2018, a mob in Pedernales lynched a Haitian man accused of killing a Dominican "
 "farmer the previous day; the farmer's killing is coded as a separate event. Fatalities: 1.",
 [("a Haitian man", 1, "killed:1"), ("a Dominican farmer", 1, "killed:1", "bg"),
  ("1", 1, "killed:1")], 1),
("v028", "2025-04-21",
 "On 21 April 2025, clashes between Dominican soldiers and smugglers on the border near Elías "
 "Piña left 1 soldier and 2 smugglers dead. The army said a further 3 smugglers were captured. "
 "Fatalities: 3.",
 [("1 soldier", 1, "killed:1"), ("2 smugglers", 1, "killed:2"), ("3", 2, "killed:3")], 3),
("v029", "2020-01-13",
 "Haitian workers killed in truck crash fleeing patrol\n"
 "MONTE CRISTI, Jan. 13, 2020 – At least seven undocumented Haitian workers died and 14 were "
 "injured when the truck carrying them overturned while speeding away from an army checkpoint on "
 "Sunday, officials said. The driver fled.",
 [("At least seven undocumented Haitian workers", 1, "killed:>=7"), ("14", 1, "injured:14")], 7),
("v030", "2015-11-13",
 "On 13 November 2015, Haitian residents of Anse-à-Pitres and Dominican traders from Pedernales "
 "clashed at the binational market; 6 people were injured and 40 stalls were burned. Earlier in "
 "the year, a Dominican trader had been killed on the same market day.",
 [("6 people", 1, "injured:6"), ("a Dominican trader", 1, "killed:1", "bg")], 0),
# ---- Costa Rica -----------------------------------------------------------
("v031", "2023-07-08",
 "On 8 July 2023, gunmen on a motorcycle shot dead 2 men and wounded a woman outside a bar in "
 "Limón centro (Limón). Police attributed the attack to a dispute between local drug gangs over "
 "the port's trafficking routes. Fatalities: 2.",
 [("2 men", 1, "killed:2"), ("a woman", 1, "injured:1"), ("2", 2, "killed:2")], 2),
("v032", "2024-09-12",
 "SAN JOSÉ, Costa Rica, Sept. 12, 2024 (AP) — The killing of five fishermen whose bodies were "
 "found on a beach near Puntarenas has alarmed residents of the Pacific port, where homicides have "
 "doubled in 2 years. Police said the men, aged 19 to 44, had been bound and shot.",
 [("five fishermen", 1, "killed:5")], 5),
("v033", "2017-01-30",
 "On 30 January 2017, a security guard was wounded and a cashier killed during an armed robbery "
 "on a bank in Alajuelita (San José). OIJ agents later arrested 4 suspects aged between 18 and "
 "22.",
 [("a security guard", 1, "injured:1"), ("a cashier", 1, "killed:1")], 1),
("v034", "2020-05-19",
 "On 19 May 2020, agents of the OIJ and Fuerza Pública exchanged fire with members of a Pococí "
 "drug gang; 1 suspect was killed and 2 officers were hurt. The OIJ said the gang had ties to a "
 "cartel with at least 300 members.",
 [("1 suspect", 1, "killed:1"), ("2 officers", 1, "injured:2")], 1),
("v035", "2019-03-02",
 "LIBERIA, Guanacaste, March 2, 2019 - Cruz Roja paramedics took 3 people to the Enrique "
 "Baltodano hospital after a shooting at a dance hall early Saturday; a 19 year old woman died "
 "there hours later. Police are looking for 2 men seen leaving in a white pickup.",
 [("3 people", 1, "injured:3"), ("a 19 year old woman", 1, "killed:1")], 1),
("v036", "2021-09-25",
 "On 25 September 2021, unidentified men abducted a Nicaraguan farmhand from a finca near Upala "
 "(Alajuela), close to the Nicaraguan border; he was released 3 days later after his employer "
 "paid a ransom. No injuries.",
 [("a Nicaraguan farmhand", 1, "abducted:1")], 0),
("v037", "2025-02-14",
 "On 14 February 2025, a prisoner at La Reforma prison (Alajuela) was stabbed to death by fellow "
 "inmates during a riot; another prisoner died the same day of a drug overdose in a separate "
 "wing, the Justice Ministry said. Fatalities: 1.",
 [("a prisoner", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v038", "2025-01-01",
 "Crime wave: Limón closes 2024 with record toll\n"
 "LIMÓN, Jan 1, 2025 — The province of Limón closed 2024 with 212 homicides, the OIJ said. On "
 "New Year's Eve alone, 3 men were shot dead in Cieneguita and Pueblo Nuevo.",
 [("212 homicides", 1, "killed:212", "bg"), ("3 men", 1, "killed:3")], 3),
("v039", "2016-11-06",
 "On 6 November 2016, residents of a precario (informal settlement) in Pavas (San José) clashed "
 "with police during an eviction; 11 officers and fewer than 20 residents were injured. No deaths.",
 [("11 officers", 1, "injured:11"), ("fewer than 20 residents", 1, "injured:<=19")], 0),
("v040", "2022-04-22",
 "On 22 April 2022, an explosive device was thrown at the house of a journalist in Limón; no one "
 "was injured. The journalist, Carlos Mora, had received death threats after reporting on the "
 "killing of two dockworkers last year.",
 [("two dockworkers", 1, "killed:2", "bg")], 0),
# ---- Nepal ----------------------------------------------------------------
("v041", "2019-03-14",
 "On 14 March 2019, a bomb planted by the Netra Bikram Chand-led CPN (Maoist) exploded at a "
 "telecom tower in Nuwakot district, damaging equipment. No casualties. Police arrested 2 cadres.",
 [], 0),
("v042", "2015-08-24",
 "On 24 August 2015, Tharuhat protesters attacked police in Tikapur (Kailali), killing 8 police "
 "personnel, among them a Senior Superintendent of Police, and a 2-year-old child. Fatalities: 9.",
 [("8 police personnel", 1, "killed:8"), ("a Senior Superintendent of Police", 1, "killed:1"),
  ("a 2-year-old child", 1, "killed:1"), ("9", 1, "killed:9")], 9),
("v043", "2015-09-02",
 "KATHMANDU, Sept 2, 2015 — Three people were killed and over 60 injured when police opened fire "
 "on Madhesi protesters in Birgunj on Tuesday, officials said. The Madhesi Morcha put the death "
 "toll at 5. A curfew was imposed in the town for 24 hours.",
 [("Three people", 1, "killed:3"), ("over 60", 1, "injured:>60"), ("5", 1, "killed:5")], 3),
("v044", "2017-05-11",
 "On 11 May 2017, supporters of rival candidates clashed with sticks and khukuris at a polling "
 "centre in Rautahat district during local elections; a ward chair candidate was seriously "
 "injured and 4 others suffered minor injuries. 19 people were arrested.",
 [("a ward chair candidate", 1, "injured:1"), ("4 others", 1, "injured:4")], 0),
("v045", "2018-06-02",
 "On 2 June 2018, a mob in Sarlahi district beat a Dalit youth to death after he eloped with an "
 "upper-caste girl; police arrested 6 people. Fatalities: 1. (Sources: national dailies; district "
 "police)",
 [("a Dalit youth", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v046", "2016-12-21",
 "NEPALGUNJ, Dec. 21, 2016 — The bodies of a school headmaster and his nephew, abducted from "
 "Bardiya last week, were found in a forest near the Karnali river on Tuesday, police said. "
 "Locals blamed an armed group demanding 'donations'.",
 [("a school headmaster", 1, "killed:1"), ("his nephew", 1, "killed:1")], 2),
("v047", "2020-10-07",
 "On 7 October 2020, an IED exploded near a bus park in Dhanusha district; 3 people, among them a "
 "10-year-old girl, were wounded. A splinter Maoist faction (Chand group) was suspected. The same "
 "group had killed a businessman in Ilam in 2019.",
 [("3 people", 1, "injured:3"), ("a 10-year-old girl", 1, "injured:1"),
  ("a businessman", 1, "killed:1", "bg")], 0),
("v048", "2023-04-28",
 "On 28 April 2023, police in Kalikot district opened fire on villagers protesting against a road "
 "contractor, killing 2 protesters and injuring at least 12 others, including a journalist.",
 [("2 protesters", 1, "killed:2"), ("at least 12 others", 1, "injured:>=12"),
  ("a journalist", 1, "injured:1")], 2),
("v049", "2021-08-09",
 "DHANGADHI — 1 dead, 3 hurt as truck hits protestors\n"
 "DHANGADHI, 9 Aug 2021: One person died and three were hurt when a truck ploughed into Tharu "
 "protesters blocking the East-West Highway near Attariya on Monday. The driver was arrested.",
 [("1", 1, "killed:1"), ("3", 1, "injured:3"), ("One person", 1, "killed:1"),
  ("three", 1, "injured:3")], 1),
("v050", "2026-02-19",
 "On 19 February 2026, police in Kathmandu fired tear gas and rubber bullets at Gen Z protesters "
 "outside Singha Durbar; Nepal Police said 23 people, including 9 police personnel, were treated "
 "for injuries. Organisers claimed dozens were hurt.",
 [("23 people", 1, "injured:23"), ("9 police personnel", 1, "injured:9"),
  ("dozens", 1, "injured:>=24")], 0),
# ---- Georgia (Abkhazia and South Ossetia lines) ---------------------------
("v051", "2018-02-22",
 "On 22 February 2018, Georgian citizen Levan Chikovani died in the custody of the South Ossetian "
 "KGB in Tskhinvali after being detained at the line near Akhalgori. Georgian officials said he "
 "had been tortured.",
 [], 0),
("v052", "2016-07-05",
 "On 5 July 2016, Russian border guards detained 4 Georgian villagers near the occupation line at "
 "Khurvaleti (Gori) for 'illegal crossing'. They were released after paying fines.",
 [], 0),
("v053", "2019-05-19",
 "ZUGDIDI, Georgia, May 19, 2019 – A Georgian man was shot and wounded by Abkhaz de facto border "
 "guards on Saturday as he crossed the Enguri river to visit relatives in Gali, the State "
 "Security Service said Sunday. He was taken to Zugdidi hospital.",
 [("A Georgian man", 1, "injured:1")], 0),
("v054", "2017-06-09",
 "On 9 June 2017, in Gali district (Abkhazia), unidentified armed men shot dead an ethnic "
 "Georgian shopkeeper and stole cash from his store. Abkhaz police detained 2 suspects. "
 "Fatalities: 1.",
 [("an ethnic Georgian shopkeeper", 1, "killed:1"), ("1", 1, "killed:1")], 1),
("v055", "2024-08-08",
 "On 8 August 2024 — the 16th anniversary of the 2008 war, in which more than 400 Georgian "
 "soldiers and civilians were killed and hundreds of villagers were displaced — residents of "
 "Ergneti held a rally near the South Ossetian line. No incidents were reported.",
 [("more than 400 Georgian soldiers and civilians", 1, "killed:>400", "bg")], 0),
("v056", "2017-11-07",
 "TBILISI, Nov 7, 2017 (wire) — Abkhaz gunmen abducted three Georgian villagers from Otobaia on "
 "Tuesday, Georgian officials said, and demanded 30,000 lari for their release. Talks through the "
 "EU monitoring mission were under way.",
 [("three Georgian villagers", 1, "abducted:3")], 0),
("v057", "2015-03-03",
 "On 3 March 2015, an anti-tank mine left over from the 1992-93 war exploded under a tractor near "
 "Gali (Abkhazia), killing the driver and injuring 2 farm workers. Fatalities: 1.",
 [("the driver", 1, "killed:1"), ("2 farm workers", 1, "injured:2"), ("1", 1, "killed:1")], 1),
("v058", "2019-08-26",
 "On 26 August 2019, South Ossetian de facto forces fired warning shots at Georgian police setting "
 "up a checkpoint near Chorchana; no casualties. The standoff lasted 2 weeks and involved some "
 "100 police officers.",
 [], 0),
("v059", "2023-10-12",
 "GORI, Georgia, Oct. 12, 2023 — The body of a 64-year-old shepherd missing since Sunday was found "
 "near the South Ossetian line at Dvani, police said Thursday, in what villagers called the third "
 "such death this year. An investigation into 'premeditated murder' was opened.",
 [("a 64-year-old shepherd", 1, "killed:1")], 1),
("v060", "2022-04-16",
 "On 16 April 2022, clashes between Abkhaz police and members of a criminal group in Sukhumi left "
 "2 policemen and 1 gunman dead, and 3 bystanders were wounded, according to the Abkhaz interior "
 "ministry; opposition media put the death toll at 4. Fatalities: 3.",
 [("2 policemen", 1, "killed:2"), ("1 gunman", 1, "killed:1"), ("3 bystanders", 1, "injured:3"),
  ("4", 1, "killed:4"), ("3", 2, "killed:3")], 3),
# ---- Somaliland (Las Anod) ------------------------------------------------
("v061", "2023-02-06",
 "On 6 February 2023, fighting broke out in Las Anod (Sool) between Somaliland forces and "
 "Dhulbahante clan militias after clan elders declared the town's withdrawal from Somaliland. "
 "Hospital sources reported at least 20 people killed, most of them civilians, and over 100 "
 "wounded. Fatalities: 20.",
 [("at least 20 people", 1, "killed:>=20"), ("over 100", 1, "injured:>100"),
  ("20", 2, "killed:20")], 20),
("v062", "2023-02-27",
 "LAS ANOD, Feb 27 2023 (wire) - Shelling on residential areas of Las Anod killed a nurse and two "
 "children on Sunday, a doctor at the general hospital said. The hospital says 13 people have died "
 "since the fighting began in February. Somaliland denied targeting civilians.",
 [("a nurse", 1, "killed:1"), ("two children", 1, "killed:2"),
  ("13 people", 1, "killed:13", "bg")], 3),
("v063", "2023-08-25",
 "On 25 August 2023, SSC-Khaatumo forces overran the Somaliland army base at Goojacade, west of "
 "Las Anod; SSC-Khaatumo said it killed dozens of Somaliland troops and seized weapons, including "
 "6 technicals. Somaliland did not give a figure.",
 [("dozens of Somaliland troops", 1, "killed:>=24")], 24),
("v064", "2023-03-11",
 "On 11 March 2023, a mortar round hit a house in the Samaroon area of Las Anod, wounding a woman "
 "and her 3 children. It was the 4th shelling of the area in a week.",
 [("a woman", 1, "injured:1"), ("3 children", 1, "injured:3")], 0),
("v065", "2022-12-27",
 "HARGEISA, Somaliland, Dec. 27, 2022 — Police shot dead a 20-year-old protester and wounded 3 "
 "others in Las Anod on Tuesday as crowds protested the killing of an opposition politician, "
 "Abdirahman Ali Farah, by unknown gunmen on Monday.",
 [("a 20-year-old protester", 1, "killed:1"), ("3 others", 1, "injured:3"),
  ("an opposition politician", 1, "killed:1", "bg")], 1),
("v066", "2024-07-19",
 "On 19 July 2024, a clan dispute over grazing land near Oog (Sool) turned violent; 4 herders were "
 "killed and 6 wounded. Elders from both sides agreed to pay diya for the 4 deaths. Fatalities: 4. "
 "Source: clan elders via Somali radio.",
 [("4 herders", 1, "killed:4"), ("6", 1, "injured:6"), ("4 deaths", 1, "killed:4"),
  ("4", 3, "killed:4")], 4),
("v067", "2016-05-17",
 "On 17 May 2016, gunmen in Las Anod (Sool) abducted a Somaliland government tax collector and his "
 "driver; the driver was freed later that day. Local elders said the abductors belonged to a "
 "Dhulbahante sub-clan militia.",
 [("a Somaliland government tax collector", 1, "abducted:1"), ("his driver", 1, "abducted:1")], 0),
("v068", "2023-01-01",
 "Las Anod toll rises to 9\n"
 "LAS ANOD, Jan. 1, 2023 — The death toll from Saturday's clashes between Somaliland troops and "
 "local protesters has risen to 9 after two of the wounded died overnight, a hospital official "
 "said. 7 people had died on Saturday.",
 [("9", 1, "killed:9"), ("9", 2, "killed:9"), ("two", 1, "killed:2"),
  ("7 people", 1, "killed:7")], 9),
("v069", "2025-10-09",
 "On 9 October 2025, unidentified gunmen threw a grenade into a khat market in Buuhoodle "
 "(Togdheer), near the Las Anod front; an estimated 15 people were wounded, among them 4 khat "
 "sellers. No deaths were reported.",
 [("an estimated 15 people", 1, "injured:~15"), ("4 khat sellers", 1, "injured:4")], 0),
("v070", "2018-06-13",
 "On 13 June 2018, Somaliland and Puntland forces clashed at Tukaraq (Sool), east of Las Anod. "
 "Somaliland said it killed 30 Puntland soldiers; Puntland said it lost 8 men and killed 'many' "
 "Somaliland troops. Fatalities: 8.",
 [("30 Puntland soldiers", 1, "killed:30"), ("8 men", 1, "killed:8"), ("8", 2, "killed:8")], 8),
# ---- Djibouti and the Comoros ---------------------------------------------
("v071", "2015-12-21",
 "On 21 December 2015, Djiboutian police opened fire on a religious gathering in Balbala, "
 "Djibouti city; the government said 7 people were killed, while the opposition USN said at least "
 "19 died and scores were wounded. Fatalities: 7.",
 [("7 people", 1, "killed:7"), ("at least 19", 1, "killed:>=19"), ("scores", 1, "injured:>=40"),
  ("7", 2, "killed:7")], 7),
("v072", "2018-10-17",
 "MORONI, Comoros, Oct. 17, 2018 (wire) — Three people were killed, including a soldier, in two "
 "days of fighting between the army and armed rebels in the old medina of Mutsamudu on Anjouan, "
 "the interior minister said Wednesday. Residents said the toll was higher.",
 [("Three people", 1, "killed:3"), ("a soldier", 1, "killed:1")], 3),
("v073", "2019-03-04",
 "On 4 March 2019, members of the Comorian gendarmerie fired on opposition supporters protesting "
 "the election result in Moroni (Grande Comore); 1 protester was wounded and 12 were arrested.",
 [("1 protester", 1, "injured:1")], 0),
("v074", "2016-06-12",
 "On 12 June 2016, fighters of the armed FRUD attacked a Djiboutian army post in the Mablas "
 "mountains (Tadjourah region); the army said 2 soldiers were killed, among them a lieutenant, "
 "and 3 rebels were 'neutralised'. Fatalities: 2.",
 [("2 soldiers", 1, "killed:2"), ("a lieutenant", 1, "killed:1"), ("3 rebels", 1, "casualties:3"),
  ("2", 2, "killed:2")], 2),
("v075", "2024-04-09",
 "DJIBOUTI, April 9, 2024 (wire) — Coastguards recovered the bodies of 16 migrants off Obock on "
 "Tuesday after smugglers forced passengers into the sea, the IOM said. 14 or 15 others are "
 "missing. The boat had left Yemen with about 130 people aboard.",
 [("16 migrants", 1, "killed:16"), ("14 or 15 others", 1, "missing:14-15")], 16),
("v076", "2021-03-26",
 "On 26 March 2021, unidentified men set fire to the house of a Juwa party official in Mitsamiouli "
 "(Grande Comore). The official and his family escaped unhurt. Police opened an investigation.",
 [], 0),
("v077", "2024-01-17",
 "On 17 January 2024, security forces clashed with protesters contesting the president's "
 "re-election in Moroni; one young man was shot dead and about 25 people were injured, according "
 "to a hospital source. The government gave a toll of 1 dead and 'a few' wounded. Fatalities: 1.",
 [("one young man", 1, "killed:1"), ("about 25 people", 1, "injured:~25"), ("1", 1, "killed:1"),
  ("1", 2, "killed:1")], 1),
("v078", "2020-05-03",
 "DJIBOUTI CITY, May 3 2020 - A police officer was stabbed and 2 civilians beaten during clashes "
 "between Afar and Issa youths in the PK12 district on Saturday night, a government statement said. "
 "30 people were detained.",
 [("A police officer", 1, "injured:1"), ("2 civilians", 1, "injured:2")], 0),
("v079", "2017-08-08",
 "On 8 August 2017, a fight between rival groups of fishermen from Anjouan and Mohéli at the port "
 "of Fomboni (Mohéli) left 2 fishermen dead and 5 injured. The Mohéli governor ordered the port "
 "closed for 3 days. Fatalities: 2.",
 [("2 fishermen", 1, "killed:2"), ("5", 1, "injured:5"), ("2", 2, "killed:2")], 2),
("v080", "2022-09-30",
 "On 30 September 2022, FRUD-armé claimed to have killed, wounded or captured 14 soldiers in an "
 "ambush near Gaharé (Tadjourah). The Djiboutian government called the claim 'propaganda' and "
 "reported no losses.",
 [("14 soldiers", 1, "casualties:14")], 0),
# ---- Gabon and Equatorial Guinea ------------------------------------------
("v081", "2016-09-01",
 "LIBREVILLE, Sept 1, 2016 (wire) — At least three people were killed when security forces fired "
 "on opposition supporters who set fire to the National Assembly building overnight, opposition "
 "leaders said. The interior ministry said 2 people died and more than 1,000 were arrested across "
 "the country. Hospitals reported hundreds injured.",
 [("At least three people", 1, "killed:>=3"), ("2 people", 1, "killed:2"),
  ("hundreds", 1, "injured:>=200")], 2),
("v082", "2019-01-07",
 "On 7 January 2019, a group of soldiers seized the national radio station in Libreville and "
 "announced a 'Restoration Council'; loyalist troops stormed the building, killing 2 of the "
 "mutineers, and arrested the remaining 5, including their leader, a lieutenant. Fatalities: 2.",
 [("2", 1, "killed:2"), ("2", 2, "killed:2")], 2),
("v083", "2020-11-15",
 "On 15 November 2020, residents of Bitam (Woleu-Ntem, Gabon) lynched an Equatoguinean trader "
 "accused of stabbing a local moto-taxi driver, who survived. Police dispersed the crowd with tear "
 "gas; 4 officers were slightly hurt. Fatalities: 1.",
 [("an Equatoguinean trader", 1, "killed:1"), ("a local moto-taxi driver", 1, "injured:1"),
  ("4 officers", 1, "injured:4"), ("1", 1, "killed:1")], 1),
("v084", "2021-02-10",
 "MALABO, 10 Feb 2021 — A soldier guarding the presidential palace in Malabo shot dead a fellow "
 "soldier and wounded a civilian during an argument on Tuesday, according to an official source. "
 "The shooter is in custody.",
 [("a fellow soldier", 1, "killed:1"), ("a civilian", 1, "injured:1")], 1),
("v085", "2021-03-07",
 "On 7 March 2021, a series of explosions at the Nkoantoma military barracks in Bata (Litoral) "
 "killed at least 107 people and injured more than 600, according to the health ministry. "
 "Fatalities: 107.",
 [("at least 107 people", 1, "killed:>=107"), ("more than 600", 1, "injured:>600"),
  ("107", 2, "killed:107")], 107),
("v086", "2023-08-30",
 "On 30 August 2023, military officers seized power in Libreville after the announcement of the "
 "president's re-election; the president was placed under house arrest. No casualties were "
 "reported, although gunfire was heard in the Glass neighbourhood.",
 [], 0),
("v087", "2017-06-02",
 "BATA (Equatorial Guinea), June 2 2017 - three nigerian fishermen were reported missing and the "
 "body of their captain was found on the beach at Punta Mbonda after their pirogue was attacked "
 "by armed men at sea on Thursday, port authorities said.",
 [("three nigerian fishermen", 1, "missing:3"), ("their captain", 1, "killed:1")], 1),
("v088", "2025-09-22",
 "On 22 September 2025, students protesting power cuts in Oyem (Woleu-Ntem) clashed with gendarmes; "
 "the students' union said 14 students were injured, 3 of them by live rounds, and 2 others went "
 "missing after being taken away in a gendarmerie truck.",
 [("14 students", 1, "injured:14"), ("3", 1, "injured:3"), ("2 others", 1, "missing:2")], 0),
("v089", "2015-05-04",
 "On 4 May 2015, unidentified armed men attacked a logging camp near Mitzic (Woleu-Ntem) and "
 "killed a Chinese site manager and 2 Gabonese workers; the dead numbered 3 according to the "
 "company. Police said the attack was a robbery.",
 [("a Chinese site manager", 1, "killed:1"), ("2 Gabonese workers", 1, "killed:2"),
  ("3", 1, "killed:3")], 3),
("v090", "2022-03-12",
 "LIBREVILLE, Gabon, March 12, 2022 (wire) — Gabon's interior ministry revised the toll of Friday "
 "night's riot at the Libreville central prison to 6 dead, down from 9 announced earlier on "
 "Saturday. 21 inmates and 4 guards were hurt.",
 [("6", 1, "killed:6"), ("9", 1, "killed:9"), ("21 inmates", 1, "injured:21"),
  ("4 guards", 1, "injured:4")], 6),
# ---- Russia (Belgorod and Kursk shelling) ---------------------------------
("v091", "2023-12-30",
 "On 30 December 2023, Ukrainian forces shelled central Belgorod with rockets and cluster "
 "munitions; Russian authorities said 25 people, including 5 children, were killed and 109 were "
 "wounded. Fatalities: 25.",
 [("25 people", 1, "killed:25"), ("5 children", 1, "killed:5"), ("109", 1, "injured:109"),
  ("25", 2, "killed:25")], 25),
("v092", "2024-05-12",
 "BELGOROD, Russia, May 12 2024 (wire) — Part of a 10-storey apartment block collapsed in Belgorod "
 "after it was hit on Sunday, killing at least 13 people, regional officials said. Moscow blamed a "
 "Ukrainian missile; Kyiv did not comment.",
 [("at least 13 people", 1, "killed:>=13")], 13),
("v093", "2025-03-14",
 "On 14 March 2025, Ukrainian drones struck a car on the road between Shebekino and Belgorod "
 "(Belgorod oblast), injuring a man and a woman. The governor reported that a further 3 drones "
 "were shot down over the district.",
 [("a man", 1, "injured:1"), ("a woman", 1, "injured:1")], 0),
("v094", "2024-08-06",
 "On 6 August 2024, Ukrainian forces crossed into Kursk oblast near Sudzha; the acting governor "
 "said 5 civilians were killed and 31 injured, including 6 children, in shelling and drone "
 "strikes during the day. Fatalities: 5. Source: regional administration (Telegram).",
 [("5 civilians", 1, "killed:5"), ("31", 1, "injured:31"), ("6 children", 1, "injured:6"),
  ("5", 2, "killed:5")], 5),
("v095", "2024-10-17",
 "KURSK, Russia, Oct. 17, 2024 — A man died in hospital on Thursday of wounds he received when a "
 "drone hit his tractor in the Glushkovo district last week, the regional governor wrote on "
 "Telegram. Two other farmers hurt in the same attack are in a stable condition.",
 [("A man", 1, "killed:1"), ("Two other farmers", 1, "injured:2")], 1),
("v096", "2023-05-22",
 "On 22 May 2023, members of two anti-Kremlin Russian volunteer units raided villages in Graivoron "
 "district (Belgorod); the Russian defence ministry claimed over 70 'Ukrainian nationalists' were "
 "eliminated, while the raiders said they lost 2 fighters. 1 civilian was killed and 12 injured, "
 "per the governor. Fatalities: 3.",
 [("over 70 'Ukrainian nationalists'", 1, "killed:>70"), ("2 fighters", 1, "killed:2"),
  ("1 civilian", 1, "killed:1"), ("12", 1, "injured:12"), ("3", 1, "killed:3")], 3),
("v097", "2026-01-18",
 "On 18 January 2026, a Ukrainian drone hit a minibus in Rylsk (Kursk oblast), wounding 4 "
 "passengers and the driver. The minibus was on route 104.",
 [("4 passengers", 1, "injured:4"), ("the driver", 1, "injured:1")], 0),
("v098", "2023-06-02",
 "Belgorod region: three dead, dozen hurt in Shebekino shelling\n"
 "SHEBEKINO, June 2, 2023 — Three people were killed and at least a dozen wounded when the town "
 "came under heavy shelling overnight, the regional governor said. About 2,500 residents have "
 "been bussed out of Shebekino since Thursday.",
 [("three", 1, "killed:3"), ("dozen", 1, "injured:12"), ("Three people", 1, "killed:3"),
  ("at least a dozen", 1, "injured:>=12")], 3),
("v099", "2022-09-09",
 "On 9 September 2022, an artillery shell fired from Ukraine hit a bus stop in Valuyki (Belgorod); "
 "the governor reported that the dead numbered 2 — a woman and her adult son — and 4 people were "
 "wounded.",
 [("2", 1, "killed:2"), ("a woman", 1, "killed:1"), ("her adult son", 1, "killed:1"),
  ("4 people", 1, "injured:4")], 2),
("v100", "2024-08-11",
 "On 11 August 2024, Russian authorities in Kursk oblast said 121,000 residents had been evacuated "
 "from border districts since 6 August and that 12 civilians had been killed in the incursion so "
 "far. No new incident was reported in this note.",
 [("12 civilians", 1, "killed:12", "bg")], 0),
# ---- Ukraine (Kherson and Kharkiv) ----------------------------------------
("v101", "2023-05-03",
 "On 3 May 2023, Russian forces shelled a supermarket and a railway station in Kherson city; the "
 "regional administration said 23 people were killed, among them a 12-year-old boy, and 46 were "
 "injured. Fatalities: 23.",
 [("23 people", 1, "killed:23"), ("a 12-year-old boy", 1, "killed:1"), ("46", 1, "injured:46"),
  ("23", 2, "killed:23")], 23),
("v102", "2024-02-10",
 "KHARKIV, Ukraine, Feb. 10, 2024 (wire) — A Russian drone strike on a fuel depot ignited a fire "
 "that swept through a row of private houses in Kharkiv's Nemyshlianskyi district overnight, "
 "killing a family of five, including three children, officials said.",
 [("a family of five", 1, "killed:5"), ("three children", 1, "killed:3")], 5),
("v103", "2022-07-25",
 "On 25 July 2022, Russian 122mm shelling of Chuhuiv (Kharkiv oblast) destroyed a school and 3 "
 "houses; an elderly woman was injured. The oblast governor said 2-3 people had been killed in "
 "the district the previous day.",
 [("an elderly woman", 1, "injured:1"), ("2-3 people", 1, "killed:2-3", "bg")], 0),
("v104", "2024-11-17",
 "On 17 November 2024, Russian drones dropped explosives on civilians in Kherson's Dniprovskyi "
 "district; a 71-year-old man was killed and between 5 and 7 others were wounded, according to "
 "conflicting local reports.",
 [("a 71-year-old man", 1, "killed:1"), ("between 5 and 7 others", 1, "injured:5-7")], 1),
("v105", "2023-09-16",
 "KUPIANSK, Kharkiv region, Sept. 16, 2023 — Russian guided bombs hit Kupiansk twice on Saturday. "
 "A 45 y.o. man was killed, and up to 10 people were wounded, the city military administration "
 "said on Telegram;; the head of the administration later put the number of wounded at 8.",
 [("A 45 y.o. man", 1, "killed:1"), ("up to 10 people", 1, "injured:<=10"),
  ("8", 1, "injured:8")], 1),
("v106", "2023-06-06",
 "On 6 June 2023, the Kakhovka dam was destroyed, flooding villages downstream in Kherson oblast; "
 "Ukrainian officials later reported 32 people dead and 28 missing on the right bank, while "
 "Russian-installed authorities reported 59 dead on the left bank. Fatalities: 91.",
 [("32 people", 1, "killed:32"), ("28", 1, "missing:28"), ("59", 1, "killed:59"),
  ("91", 1, "killed:91")], 91),
("v107", "2022-05-14",
 "On 14 May 2022, Ukraine's 92nd Brigade recaptured villages north-east of Kharkiv; local "
 "officials reported finding the bodies of 4 civilians who had been shot in a cellar in Ruski "
 "Tyshky. Fatalities: 4. [Source: Ukrainian regional prosecutor]",
 [("4 civilians", 1, "killed:4"), ("4", 2, "killed:4")], 4),
("v108", "2022-11-27",
 "Kherson: no casualties as shells hit maternity ward\n"
 "KHERSON, Nov. 27 2022 — Russian shelling hit the regional maternity hospital on Sunday; staff "
 "had moved 14 newborns and their mothers to the basement and nobody was hurt, the regional "
 "governor said.",
 [], 0),
("v109", "2025-01-29",
 "On 29 January 2025, Russian forces fired on a group of evacuation volunteers near Vovchansk "
 "(Kharkiv oblast) with an FPV drone; 2 volunteers were killed and 1 was wounded. The police "
 "evacuation unit working there had lost 3 officers in the area since 2022.",
 [("2 volunteers", 1, "killed:2"), ("1", 1, "injured:1"), ("3 officers", 1, "killed:3", "bg")], 2),
("v110", "2026-03-08",
 "On 8 March 2026, Russian forces struck Kharkiv with glide bombs; the regional governor reported "
 "1 fatality and 17 people injured, among them a 6-month-old baby. Fatalities: 1.",
 [("1 fatality", 1, "killed:1"), ("17 people", 1, "injured:17"),
  ("a 6-month-old baby", 1, "injured:1"), ("1", 2, "killed:1")], 1),
# ---- northern Israel (rockets and drones) ---------------------------------
("v111", "2024-07-27",
 "On 27 July 2024, a rocket fired from Lebanon struck a football pitch in Majdal Shams (Golan "
 "Heights), killing 12 children and teenagers aged between 10 and 16. Hezbollah denied "
 "responsibility. Fatalities: 12.",
 [("12 children and teenagers", 1, "killed:12"), ("12", 2, "killed:12")], 12),
("v112", "2023-10-15",
 "KIRYAT SHMONA, Israel, Oct. 15, 2023 (wire) — A man was killed and three people were wounded "
 "when an anti-tank missile fired from Lebanon hit the border community of Shtula on Sunday, "
 "Magen David Adom said. The army said it struck back at Hezbollah posts.",
 [("A man", 1, "killed:1"), ("three people", 1, "injured:3")], 1),
("v113", "2024-06-05",
 "On 5 June 2024, Hezbollah launched explosive drones at the northern village of Hurfeish; one "
 "reservist was killed and 10 soldiers and civilians injured. Fatalities: 1.",
 [("one reservist", 1, "killed:1"), ("10 soldiers and civilians", 1, "injured:10"),
  ("1", 1, "killed:1")], 1),
("v114", "2015-01-28",
 "On 28 January 2015, Hezbollah fired anti-tank missiles at an Israeli army convoy near Har Dov "
 "(Shebaa Farms), killing 2 soldiers and wounding 7; a Spanish UNIFIL peacekeeper was killed by "
 "Israeli return fire. Fatalities: 3 (2 soldiers, 1 peacekeeper).",
 [("2 soldiers", 1, "killed:2"), ("7", 1, "injured:7"),
  ("a Spanish UNIFIL peacekeeper", 1, "killed:1"), ("3", 1, "killed:3"),
  ("2 soldiers", 2, "killed:2"), ("1 peacekeeper", 1, "killed:1")], 3),
("v115", "2024-10-04",
 "Drone hits Nahariya; 2 lightly hurt\n"
 "NAHARIYA, Israel, Oct. 4 2024 - An explosive drone launched from Lebanon hit a building in "
 "Nahariya on friday, lightly injuring two people, police said. Sirens sounded in 14 communities "
 "in the western Galilee.",
 [("2", 1, "injured:2"), ("two people", 1, "injured:2")], 0),
("v116", "2019-09-01",
 "On 1 September 2019, Hezbollah fired anti-tank missiles at an army base and vehicles near "
 "Avivim; the IDF said there were no casualties, while Hezbollah's television claimed that the "
 "crew of an armoured vehicle had been killed and wounded.",
 [], 0),
("v117", "2024-10-13",
 "On 13 October 2024, a Hezbollah drone struck a Golani Brigade training base near Binyamina, "
 "killing 4 soldiers and wounding more than 60, 7 of them seriously. Fatalities: 4.",
 [("4 soldiers", 1, "killed:4"), ("more than 60", 1, "injured:>60"), ("7", 1, "injured:7"),
  ("4", 2, "killed:4")], 4),
("v118", "2024-12-03",
 "METULA, Israel, Dec. 3, 2024 — Residents of Metula returned on Tuesday to find 54 of the town's "
 "600 homes damaged by 14 months of Hezbollah fire. Two residents were killed in the town during "
 "the war, the council head said.",
 [("Two residents", 1, "killed:2", "bg")], 0),
("v119", "2024-07-08",
 "On 8 July 2024, a Hezbollah drone hit a car on Route 98 in the Golan Heights, killing a man and a "
 "woman driving to work; the army said another drone was intercepted. Fatalities: 2.",
 [("a man", 1, "killed:1"), ("a woman", 1, "killed:1"), ("2", 1, "killed:2")], 2),
("v120", "2023-11-20",
 "On 20 November 2023, an anti-tank missile fired from Lebanon hit an electricity company crew "
 "near Dovev; 1 worker was seriously hurt and died of his wounds 2 days later, and 2 other workers "
 "were lightly hurt. The IDF said it neutralized the cell, 4 Hezbollah operatives. Fatalities: 1.",
 [("1 worker", 1, "killed:1"), ("2 other workers", 1, "injured:2"),
  ("4 Hezbollah operatives", 1, "casualties:4"), ("1", 2, "killed:1")], 1),
]

# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):"
                      r"(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum() and surface[0].isalnum()) and \
           not (after.isalnum() and surface[-1].isalnum()):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def build():
    records = []
    for iid, dct, text, spans, fat in ITEMS:
        out = []
        for entry in spans:
            surface, occ, value = entry[:3]
            hits = occurrences(text, surface)
            if len(hits) < occ:
                raise SystemExit(f"{iid}: {surface!r} occurrence {occ} not found ({len(hits)})")
            s = hits[occ - 1]
            out.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
        out.sort(key=lambda d: d["start"])
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": out, "fatalities": fat})
    return records


def counted_killed(iid):
    for it in ITEMS:
        if it[0] == iid:
            return [e for e in it[3] if e[2].startswith("killed:") and not
                    (len(e) > 3 and e[3] == "bg")]
    return []


def check(records):
    errs = []
    ids = set()
    for r in records:
        iid, text = r["id"], r["text"]
        if iid in ids:
            errs.append(f"{iid}: duplicate id")
        ids.add(iid)
        if not re.fullmatch(r"v\d{3}", iid):
            errs.append(f"{iid}: bad id")
        try:
            datetime.date.fromisoformat(r["dct"])
        except ValueError:
            errs.append(f"{iid}: bad dct {r['dct']}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"]) or not "2015" <= r["dct"][:4] <= "2026":
            errs.append(f"{iid}: dct out of range")
        if r["layers"] != ["casualties"]:
            errs.append(f"{iid}: layers")
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda d: d["start"]):
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{iid}: bad offsets {s},{e}")
                continue
            if text[s:e] != sp["text"]:
                errs.append(f"{iid}: slice {text[s:e]!r} != {sp['text']!r}")
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(f"{iid}: span on whitespace {sp['text']!r}")
            if s < prev_end:
                errs.append(f"{iid}: overlap at {sp['text']!r}")
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append(f"{iid}: label {sp['label']}")
            m = VALUE_RE.match(sp["value"])
            if not m:
                errs.append(f"{iid}: bad value {sp['value']}")
            elif m.group(3) and int(m.group(3)) >= int(m.group(4)):
                errs.append(f"{iid}: range not N<M {sp['value']}")
        fat = r["fatalities"]
        if not isinstance(fat, int) or isinstance(fat, bool) or fat < 0:
            errs.append(f"{iid}: fatalities {fat!r}")
        elif (fat == 0) != (len(counted_killed(iid)) == 0):
            errs.append(f"{iid}: fatalities {fat} vs counted killed spans {counted_killed(iid)}")
        if len(text) < 20:
            errs.append(f"{iid}: text too short")
    if len(records) != 120:
        errs.append(f"{len(records)} items, want 120")
    return errs


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def review(records):
    for r in records:
        t, out, pos = r["text"], [], 0
        for sp in r["spans"]:
            out.append(t[pos:sp["start"]])
            out.append(f"[{t[sp['start']:sp['end']]}]{{{sp['value']}}}")
            pos = sp["end"]
        out.append(t[pos:])
        bg = [e[0] for it in ITEMS if it[0] == r["id"] for e in it[3] if len(e) > 3]
        print(f"{r['id']} dct={r['dct']} fatalities={r['fatalities']}"
              + (f" background={bg}" if bg else ""))
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def main():
    records = build()
    errs = check(records)
    if errs:
        raise SystemExit("\n".join(errs))
    data = dump(records)
    assert dump(build()) == data, "non-deterministic output"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    errs = check(back)
    if errs or dump(back) != data:
        raise SystemExit("re-read failed:\n" + "\n".join(errs))
    if "--review" in sys.argv:
        review(back)
    outc, forms, nsp = {}, {}, 0
    for r in back:
        for sp in r["spans"]:
            nsp += 1
            o, c = sp["value"].split(":")
            outc[o] = outc.get(o, 0) + 1
            f = ("N-M" if "-" in c else ">=N" if c.startswith(">=") else ">N" if c.startswith(">")
                 else "<=N" if c.startswith("<=") else "~N" if c.startswith("~") else "N")
            forms[f] = forms.get(f, 0) + 1
    zero = sum(1 for r in back if r["fatalities"] == 0)
    print(f"ok: {len(back)} items, {nsp} spans, outcomes {outc}, forms {forms}, "
          f"toll 0: {zero}, no span: {sum(1 for r in back if not r['spans'])}", file=sys.stderr)


if __name__ == "__main__":
    main()
