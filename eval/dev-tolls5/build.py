#!/usr/bin/env python3
"""dev-tolls5: hand-written, hand-labelled casualty notes (DEVELOPMENT set).

The decision lists below are the source of truth. Each item gives its text, its dct,
its CASUALTY decisions as (surface, value[, occurrence[, flag]]) and its hand-computed
death toll. `occurrence` counts case-sensitive whole-word matches of `surface` (1-based).
flag "bg" marks a background figure (an earlier event or a running total cited as
context): it is a CASUALTY span but is not part of the report's toll.
Tags (for the README only): S single victim, NF noun-first, LN local/open-class noun,
LS long subject, RH range/hedge, MF several figures, DN distractor numbers,
PV passive, AV active/victims after verb, BO bodies, LD wounded later died,
P press/wire style (otherwise ACLED-like).

Usage: python3 build.py            write tolls-dev5.jsonl and check it
       python3 build.py --review   print every item with its spans in brackets
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev5.jsonl")

ITEMS = []


def X(iid, dct, text, spans, fat, tags=""):
    ITEMS.append(dict(id=iid, dct=dct, text=text, spans=spans, fat=fat, tags=tags.split()))


# ---------------------------------------------------------------- Senegal (Casamance)
X("r001", "2018-01-07",
  "On 6 January 2018, unidentified armed men, suspected to belong to an MFDC faction, attacked a group of woodcutters collecting timber in the Bayotte forest near Ziguinchor (Ziguinchor). 11 woodcutters were killed and 2 others were wounded. Fatalities: 11.",
  [("11 woodcutters", "killed:11"), ("2 others", "injured:2"), ("11", "killed:11", 2)],
  11, "LN PV MF NF DN")
X("r002", "2019-05-08",
  "ZIGUINCHOR, Senegal — A cashew trader was shot dead on Tuesday evening on the road between Bignona and Sindian, local officials said. The man, aged 52, was returning from a weekly market with two other traders, who escaped unhurt.",
  [("A cashew trader", "killed:1")],
  1, "S LN PV DN P")
X("r003", "2021-08-22",
  "On 21 August 2021, the Senegalese army shelled bases of the MFDC (Sadio faction) near the Gambian border in Bignona department. No casualties were reported. The army said it had seized 3 bases and destroyed 14 hectares of cannabis fields.",
  [],
  0, "DN")
X("r004", "2022-01-25",
  "On 24 January 2022, MFDC fighters clashed with Senegalese soldiers of the ECOMIG contingent near Bwiam on the Gambian border. 4 soldiers were killed and 7 others were taken prisoner by the rebels. The captives were handed over to the Red Cross in February.",
  [("4 soldiers", "killed:4"), ("7 others", "abducted:7")],
  4, "PV MF")
X("r005", "2016-03-04",
  "On 3 March 2016, suspected MFDC combatants stopped a minibus near Diouloulou (Bignona) and robbed the passengers, killing a village chief from Kafountine who tried to resist. Fatalities: 1.",
  [("a village chief", "killed:1"), ("1", "killed:1")],
  1, "S AV LS NF")
X("r006", "2017-06-20",
  "On 19 June 2017, a landmine exploded under a horse cart near Niaguis (Ziguinchor), injuring 3 rice farmers, among them a 14-year-old boy. The area was mined during fighting in the 1990s.",
  [("3 rice farmers", "injured:3"), ("a 14-year-old boy", "injured:1")],
  0, "LN AV MF DN")
X("r007", "2020-06-08",
  "Casamance: toll of Sunday's clashes still unclear\nBetween 2 and 4 rebels died in the fighting near Mpack, according to a military source, while the MFDC said it lost no one. Some 300 troops have been sent to the area since May.",
  [("Between 2 and 4 rebels", "killed:2-4")],
  2, "RH DN P")
X("r008", "2023-04-12",
  "On 11 April 2023, Senegalese soldiers clashed with MFDC elements near Boutoute (Ziguinchor), killing 2 rebels; one soldier was wounded. The army later said it had destroyed 6 rebel camps in the operation.",
  [("2 rebels", "killed:2"), ("one soldier", "injured:1")],
  2, "AV MF DN")
X("r009", "2015-11-14",
  "BIGNONA — Gendarmes on Friday arrested 12 men suspected of smuggling teak logs into the Gambia. None of the suspects was harmed during the operation, a spokesman said, adding that 40 logs and 2 trucks had been seized.",
  [],
  0, "DN P")

# ---------------------------------------------------------------- Guinea
X("r010", "2020-10-15",
  "On 14 October 2020, FNDC supporters protesting the results of the presidential election clashed with security forces along the Le Prince road in Conakry (Ratoma). At least 9 protesters were killed, according to the FNDC; the government put the toll at 3.",
  [("At least 9 protesters", "killed:>=9"), ("3", "killed:3")],
  3, "RH MF PV")
X("r011", "2022-07-28",
  "CONAKRY - A young apprentice mechanic was killed by a bullet in Hamdallaye on Wednesday as youths and police clashed on the 'axe'. Witnesses said police fired tear gas and live rounds ; 5 people were taken to Donka hospital.",
  [("A young apprentice mechanic", "killed:1"), ("5 people", "injured:5")],
  1, "S LN PV MF P")
X("r012", "2020-03-23",
  "On 22 March 2020, clashes between Kpelle and Konianké communities broke out in Nzérékoré (Nzérékoré) on the day of the constitutional referendum. Houses, a church and a mosque were burned. Local sources said the dead numbered 32; the government later said 30 people died.",
  [("32", "killed:32"), ("30 people", "killed:30")],
  30, "NF MF LN")
X("r013", "2021-09-06",
  "CONAKRY, Sept 5 — Special forces seized President Alpha Condé at the presidential palace in Kaloum on Sunday and took him to an undisclosed location. Heavy gunfire was heard for several hours and a number of guards were reported wounded.",
  [],
  0, "P")
X("r014", "2019-11-17",
  "Macenta: 2 motorcycle-taxi drivers found dead\nThe bodies of two taxi-moto drivers were found in a coffee plantation near Macenta on Saturday morning, three days after they disappeared. Police have arrested one suspect.",
  [("2 motorcycle-taxi drivers", "killed:2"), ("two taxi-moto drivers", "killed:2")],
  2, "LN BO DN P")
X("r015", "2022-07-06",
  "On 5 July 2022, gendarmes dispersed a demonstration against fuel price rises in Kamsar (Boké). 1 fatality was reported, a 17-year-old student, and 11 protesters were arrested.",
  [("1 fatality", "killed:1"), ("a 17-year-old student", "killed:1")],
  1, "NF MF DN")
X("r016", "2023-05-11",
  "On 10 May 2023, security forces opened fire on protesters in Sonfonia and Wanindara (Conakry) during a 'ville morte' day called by the Forces Vives. 3 killed (including a 19-year-old), dozens injured. Fatalities: 3.",
  [("3", "killed:3"), ("a 19-year-old", "killed:1"), ("dozens", "injured:>=24"),
   ("3", "killed:3", 2)],
  3, "MF NF RH LS")
X("r017", "2018-04-10",
  "GUECKEDOU — Youths burned the office of the sub-prefect in Koundou on Monday after a dispute over a land sale. Three gendarmes were held hostage by the crowd for several hours and later released unharmed.",
  [("Three gendarmes", "abducted:3")],
  0, "PV P")
X("r018", "2019-06-05",
  "On 2 June 2019, a gendarme shot a taxi driver at a checkpoint in Dubréka (Kindia) after an argument over a bribe. The driver died of his wounds on 4 June at Ignace Deen hospital in Conakry. Fatalities: 1.",
  [("a taxi driver", "killed:1"), ("The driver", "killed:1"), ("1", "killed:1")],
  1, "S AV LD NF")

# ---------------------------------------------------------------- Ghana (Bawku, the north)
X("r019", "2021-11-17",
  "On 16 November 2021, Kusasi and Mamprusi youths clashed in Bawku (Bawku Municipal, Upper East) over the Bawku skin. 3 people were shot dead, including a 15-year-old boy, and several houses were set ablaze. A curfew from 2pm to 6am was imposed.",
  [("3 people", "killed:3"), ("a 15-year-old boy", "killed:1")],
  3, "LS PV MF DN")
X("r020", "2022-03-14",
  "BAWKU, Ghana — A soldier and a civilian were killed when gunmen opened fire on a military patrol near the Bawku central market late on Sunday, the Ghana Armed Forces said. Two other soldiers were injured and flown to Tamale.",
  [("A soldier", "killed:1"), ("a civilian", "killed:1"), ("Two other soldiers", "injured:2")],
  2, "S LS PV MF P")
X("r021", "2018-03-13",
  "On 12 March 2018, unknown gunmen killed an elder of the Nanumba traditional council on his farm near Bimbilla (Nanumba North, Northern). The victim was a close aide of the Bimbilla Naa.",
  [("an elder", "killed:1")],
  1, "S LN AV LS")
X("r022", "2022-01-04",
  "On 3 January 2022, suspected Fulani herders attacked 2 yam farmers with machetes on their farm near Gushegu (Northern). Both men were admitted to the Tamale Teaching Hospital. Police later impounded 40 cattle.",
  [("2 yam farmers", "injured:2")],
  0, "LN AV DN")
X("r023", "2019-08-24",
  "Chereponi: 1 dead , 4 injured in fresh Konkomba-Chokosi clash\nOne person has died and four others sustained gunshot wounds after renewed fighting erupted at Wenchiki in the Chereponi district on friday , police have confirmed.",
  [("1", "killed:1"), ("4", "injured:4"), ("One person", "killed:1"), ("four others", "injured:4")],
  1, "NF MF P")
X("r024", "2022-06-25",
  "On 24 June 2022, gunmen attacked commuters on the Bawku-Bolgatanga road near Zebilla (Bawku West, Upper East). Police reported 2 passengers were killed, while Kusasi youth leaders claimed 6 people died. Fatalities: 2.",
  [("2 passengers", "killed:2"), ("6 people", "killed:6"), ("2", "killed:2", 2)],
  2, "MF NF PV")
X("r025", "2024-08-10",
  "On 9 August 2024, armed men abducted a Catholic priest and his driver on the Bolgatanga-Navrongo road (Upper East). The driver was freed the next day; the priest was released after a ransom was paid.",
  [("a Catholic priest", "abducted:1"), ("his driver", "abducted:1")],
  0, "S AV")
X("r026", "2023-02-03",
  "On 2 February 2023, an exchange of fire between soldiers and gunmen in Bawku town (Upper East) left 4 dead: 3 gunmen and a soldier. A 10-year-old girl hit by a stray bullet was also wounded.",
  [("4", "killed:4"), ("3 gunmen", "killed:3"), ("a soldier", "killed:1"),
   ("A 10-year-old girl", "injured:1")],
  4, "NF MF S LS")
X("r027", "2022-05-20",
  "TAMALE — The Regional Security Council has extended the curfew in Bawku by another 30 days, citing threats against chiefs and the burning of 12 shops last week. No fresh deaths have been recorded since 15 May, the council said.",
  [],
  0, "DN P")

# ---------------------------------------------------------------- Côte d'Ivoire
X("r028", "2020-06-11",
  "On 11 June 2020, suspected JNIM militants attacked a joint army-gendarmerie post at Kafolo (Kong, Tchologo) near the border with Burkina Faso. 14 soldiers were killed, according to the Ivorian army, and 6 were wounded; one attacker was also killed.",
  [("14 soldiers", "killed:14"), ("6", "injured:6"), ("one attacker", "killed:1")],
  15, "MF PV")
X("r029", "2017-03-10",
  "ABIDJAN — Police said on Thursday they had arrested 23 suspected members of a 'microbe' gang accused of stabbing a fish seller to death in Abobo last weekend. The 22-year-old victim's brother was also wounded in the attack.",
  [("a fish seller", "killed:1"), ("The 22-year-old victim's brother", "injured:1")],
  1, "S LN AV DN P")
X("r030", "2020-11-11",
  "On 10 November 2020, clashes between Baoulé and Malinké youths erupted in M'Batto (Moronou) after the presidential election. 2 people were killed, and 9 were injured, among them a gendarme. Fatalities: 2.",
  [("2 people", "killed:2"), ("9", "injured:9"), ("a gendarme", "injured:1"), ("2", "killed:2", 2)],
  2, "MF NF PV")
X("r031", "2019-04-07",
  "On 6 April 2019, dozo hunters in Bouna (Bounkani) beat 3 Lobi farmers accused of stealing yams; the men were hospitalised. Fatalities: 0.",
  [("3 Lobi farmers", "injured:3")],
  0, "LN AV")
X("r032", "2017-05-14",
  "On 13 May 2017, mutinous soldiers fired in the air in Bouaké (Gbêkê) to press their demand for bonuses. A man was hit by a stray bullet and died on the way to hospital, and 5 other people were wounded; 2 of the wounded later died at the CHU of Bouaké.",
  [("A man", "killed:1"), ("5 other people", "injured:5"), ("2", "killed:2")],
  3, "S LD MF PV")
X("r033", "2018-09-24",
  "Yopougon: gang war leaves two young men dead\nTwo young men aged 19 and 21 were hacked to death on the night of Saturday to Sunday in the Niangon district of Yopougon. Residents blamed rival 'microbes' ; a third youth is missing.",
  [("two young men", "killed:2"), ("Two young men", "killed:2"), ("a third youth", "missing:1")],
  2, "MF DN P")
X("r034", "2021-04-02",
  "On 29 March 2021, suspected militants attacked a gendarmerie post at Tougbo (Bounkani) with rockets; no casualties. Three days later 2 gendarmes on patrol were abducted near the Comoé park, according to local sources.",
  [("2 gendarmes", "abducted:2")],
  0, "PV DN")
X("r035", "2021-06-08",
  "On 8 June 2021, armed men killed a customs officer and a young woman selling cola nuts at a checkpoint in Téhini (Bounkani). The officer, who had been posted to the area 3 months earlier, died instantly.",
  [("a customs officer", "killed:1"), ("a young woman", "killed:1"), ("The officer", "killed:1")],
  2, "S AV LS DN")
X("r036", "2016-02-17",
  "DUEKOUE (AIP) — Tension remains high in the village of Bagohouo after a land dispute between Guéré landowners and Burkinabè planters. 7 houses and a granary were burned on Tuesday, but nobody was hurt, the prefect said. Some 150 villagers have fled to the Catholic mission.",
  [],
  0, "DN P")

# ---------------------------------------------------------------- Sierra Leone and Liberia
X("r037", "2022-08-11",
  "On 10 August 2022, anti-government protesters clashed with police in Freetown (Western Area), Makeni and Kamakwie. Official figures gave 27 civilians and 6 police officers dead; rights groups put the civilian toll higher. Fatalities: 33.",
  [("27 civilians", "killed:27"), ("6 police officers", "killed:6"), ("33", "killed:33")],
  33, "MF NF")
X("r038", "2021-05-03",
  "TOMBO — Two fishermen were wounded on Sunday when youths attacked the police post in the fishing town after officers seized a boat. Police said 14 people were arrested.",
  [("Two fishermen", "injured:2")],
  0, "LN PV DN P")
X("r039", "2023-06-19",
  "On 18 June 2023, supporters of rival political parties clashed in Foya (Lofa) during a campaign rally. 3 persons were killed and about 20 injured, the Liberia National Police reported.",
  [("3 persons", "killed:3"), ("about 20", "injured:~20")],
  3, "MF RH PV")
X("r040", "2019-01-03",
  "On 2 January 2019, residents of Ganta (Nimba) burned tyres and blocked the highway to Guinea to protest the release on bail of a suspect in the killing of a motorcyclist last November. Police fired tear gas; no one was hurt.",
  [("a motorcyclist", "killed:1", 1, "bg")],
  0, "LS")
X("r041", "2020-07-19",
  "On 18 July 2020, youths in Makeni (Bombali) protested the relocation of a power generator; police and soldiers fired live rounds. The police confirmed 4 deaths, while the APC opposition said 6 of its supporters had been shot dead. Fatalities: 4.",
  [("4 deaths", "killed:4"), ("6", "killed:6"), ("4", "killed:4", 2)],
  4, "NF MF")
X("r042", "2024-03-04",
  "MONROVIA, March 3 — A 'zogoe' (street youth) was beaten to death by a crowd at the Red Light market after being accused of stealing a phone, police said on Sunday. It was the third mob killing in Paynesville this year.",
  [("A 'zogoe'", "killed:1")],
  1, "S LN PV P")
X("r043", "2017-05-12",
  "On 11 May 2017, artisanal miners clashed with security guards of a gold concession at Kinjor (Grand Cape Mount). 7 miners were arrested. A guard was slashed with a cutlass and hospitalised in Robertsport.",
  [("A guard", "injured:1")],
  0, "S DN PV")
X("r044", "2021-04-09",
  "On 8 April 2021, rival groups of youths fought in Kabala (Koinadugu) after a disputed chieftaincy election. Police said a 34-year-old palm-wine tapper was stabbed and died at the government hospital, and 3 others were wounded.",
  [("a 34-year-old palm-wine tapper", "killed:1"), ("3 others", "injured:3")],
  1, "S LN LD MF")
X("r045", "2018-10-15",
  "LIBERIA: 2 WOMEN KILLED IN NIMBA LAND ROW\nSANNIQUELLIE - Two women were hacked to death and their husbands wounded over the weekend in a dispute over a swamp rice field near Gbehlay-Geh, county authorities said.",
  [("2 WOMEN", "killed:2"), ("Two women", "killed:2")],
  2, "MF P")

# ---------------------------------------------------------------- Angola (Cabinda, Lundas)
X("r046", "2016-03-18",
  "On 17 March 2016, FLEC-FAC claimed to have killed 12 FAA soldiers in an attack near Buco-Zau (Cabinda). The Angolan army said 2 soldiers died and 4 were wounded.",
  [("12 FAA soldiers", "killed:12"), ("2 soldiers", "killed:2"), ("4", "injured:4")],
  2, "AV MF")
X("r047", "2021-01-31",
  "LUANDA — Police in Lunda Norte said on Sunday that 6 people died when 'rebels' of the Lunda Tchokwe Protectorate Movement tried to storm a police station in Cafunfo on Saturday. The movement said police killed more than 20 of its members as they marched peacefully; local priests later counted 15 bodies.",
  [("6 people", "killed:6"), ("more than 20", "killed:>20"), ("15 bodies", "killed:15")],
  6, "MF RH BO P")
X("r048", "2019-10-05",
  "On 4 October 2019, FAA soldiers and private security guards raided an illegal diamond digging site near Lucapa (Lunda Norte), beating and shooting at garimpeiros. Fatalities: 3 (Congolese artisanal miners).",
  [("3", "killed:3")],
  3, "NF LN")
X("r049", "2020-07-24",
  "On 23 July 2020, FLEC-FAC fighters kidnapped 2 Chinese workers of a road construction company near Belize (Cabinda) and demanded a ransom. No shots were fired.",
  [("2 Chinese workers", "abducted:2")],
  0, "AV")
X("r050", "2021-01-31",
  "On 30 January 2021, police in Saurimo (Lunda Sul) dispersed a gathering of the Protectorate movement and arrested an unspecified number of people. Police said 1 officer was injured by a stone.",
  [("1 officer", "injured:1")],
  0, "PV")
X("r051", "2017-08-10",
  "Cabinda: soldier dies, two hurt in ambush\nA soldier of the Angolan Armed Forces (FAA) died and two others were wounded in an ambush on the Necuto road on Wednesday, a local source told our newspaper. The FLEC said in a statement that its men had 'neutralised 9 enemies'.",
  [("soldier", "killed:1"), ("two", "injured:2"), ("A soldier", "killed:1"),
   ("two others", "injured:2"), ("9 enemies", "casualties:9")],
  1, "S MF LS P")
X("r052", "2022-05-13",
  "On 12 May 2022, clashes between police and garimpeiros at Xá-Muteba (Lunda Norte) left 3 or 4 miners dead, according to local sources. Police said they had seized 40 diamonds and 2 water pumps.",
  [("3 or 4 miners", "killed:3-4")],
  3, "RH LN DN")
X("r053", "2018-02-10",
  "On 9 February 2018, FAA soldiers raided a FLEC-FAC camp near Miconje (Belize, Cabinda); the army said 15 rebels were killed, wounded or captured, and that 11 suspected collaborators were detained in the village.",
  [("15 rebels", "casualties:15")],
  0, "DN PV")
X("r054", "2023-09-16",
  "DUNDO — Unknown attackers killed the soba (traditional chief) of Cassanguidi and two of his sons in an overnight raid on Friday, municipal officials said. A granddaughter, aged 6, survived with machete wounds.",
  [("the soba", "killed:1"), ("two", "killed:2"), ("A granddaughter", "injured:1")],
  3, "S LN AV LS DN P")

# ---------------------------------------------------------------- Republic of the Congo (Pool)
X("r055", "2016-04-05",
  "On 4 April 2016, Ninja fighters loyal to Pastor Ntumi attacked police and military positions in the southern districts of Brazzaville (Makélékélé, Mfilou). The government reported 17 dead, among them 3 police officers and 2 soldiers.",
  [("17", "killed:17"), ("3 police officers", "killed:3"), ("2 soldiers", "killed:2")],
  17, "NF MF")
X("r056", "2017-06-16",
  "On 15 June 2017, suspected Ninja fighters attacked a CFCO freight train near Mindouli (Pool) and looted its cargo. The train driver and his assistant were abducted; the driver escaped 2 days later.",
  [("The train driver", "abducted:1"), ("his assistant", "abducted:1")],
  0, "S PV DN")
X("r057", "2020-12-24",
  "KINKALA — Three years after the December 2017 ceasefire, residents of Vindza say they are still afraid to go home: some 13,000 people fled the department during the fighting, and hundreds of houses were destroyed.",
  [],
  0, "DN P")
X("r058", "2016-10-10",
  "On 9 October 2016, FAC helicopters bombed Ninja positions in Vinza and Kimba (Pool). Local sources said 8 civilians, including women and children, were killed; the army said it had neutralised around 30 terrorists.",
  [("8 civilians", "killed:8"), ("around 30 terrorists", "casualties:~30")],
  8, "MF RH LS PV")
X("r059", "2017-11-04",
  "On 3 November 2017, gunmen believed to be Ninjas ambushed a vehicle carrying traders between Mayama and Kinkala (Pool). The driver and 2 market women were killed; a third woman was wounded.",
  [("The driver", "killed:1"), ("2 market women", "killed:2"), ("a third woman", "injured:1")],
  3, "S LN MF PV LS")
X("r060", "2017-02-09",
  "POOL: bodies found near Kindamba\nVillagers in Mpangala discovered the bodies of four men in the bush on Wednesday, a week after they left to make charcoal. A local official said the men bore gunshot wounds.",
  [("four men", "killed:4")],
  4, "BO P")
X("r061", "2018-08-23",
  "On 22 August 2018, the disarmament programme in Kinkala (Pool) collected 180 weapons handed in by former Ninja fighters. No incident was reported.",
  [],
  0, "DN")
X("r062", "2016-05-01",
  "On 30 April 2016, FAC soldiers fired on a crowd in Soumouna (Pool) accused of harbouring Ninjas; as many as 7 villagers were killed according to a Catholic aid group, while the prefect confirmed 3 deaths.",
  [("as many as 7 villagers", "killed:<=7"), ("3 deaths", "killed:3")],
  3, "RH NF MF")

# ---------------------------------------------------------------- South Africa
X("r063", "2016-03-07",
  "On 6 March 2016, gunmen opened fire on residents of Glebelands hostel in Umlazi (eThekwini, KwaZulu-Natal). 2 men were killed and a third was wounded. Residents linked the attack to a dispute over beds at the hostel, where more than 60 people have been killed since 2014.",
  [("2 men", "killed:2"), ("a third", "injured:1"), ("more than 60 people", "killed:>60", 1, "bg")],
  2, "MF PV DN")
X("r064", "2018-07-24",
  "Taxi violence: 5 shot dead at Mthatha rank\nMTHATHA — Five people, among them a rank marshal and a taxi owner, were shot dead at the main taxi rank in Mthatha on Monday morning in what police described as a turf war between two associations. Police said 3 suspects had been arrested.",
  [("5", "killed:5"), ("Five people", "killed:5"), ("a rank marshal", "killed:1"),
   ("a taxi owner", "killed:1")],
  5, "LS LN MF DN P")
X("r065", "2019-07-20",
  "On 19 July 2019, suspected members of the Americans gang shot at a group of people in Hanover Park (City of Cape Town, Western Cape), killing 3 teenagers and wounding a 7-year-old girl. Soldiers of the SANDF had been deployed to the area 1 day earlier.",
  [("3 teenagers", "killed:3"), ("a 7-year-old girl", "injured:1")],
  3, "AV MF DN")
X("r066", "2025-01-14",
  "On 13 January 2025, police retrieved 78 bodies of illegal miners (zama zamas) from a disused shaft in Stilfontein (Dr Kenneth Kaunda, North West) during a rescue operation; 246 survivors were brought to the surface and arrested.",
  [("78 bodies", "killed:78")],
  78, "BO LN DN")
X("r067", "2023-07-08",
  "On 7 July 2023, residents of Riverlea (Johannesburg, Gauteng) clashed with illegal miners; 2 zama zamas were stabbed to death and 4 residents were injured. Police arrested 21 suspected illegal miners.",
  [("2 zama zamas", "killed:2"), ("4 residents", "injured:4")],
  2, "LN PV MF DN")
X("r068", "2019-03-08",
  "DURBAN — An ANC ward councillor was gunned down outside his home in KwaMashu on Thursday night, the latest in a string of political killings in KwaZulu-Natal that have claimed dozens of lives since 2016, police said.",
  [("An ANC ward councillor", "killed:1"), ("dozens", "killed:>=24", 1, "bg")],
  1, "S LN PV P")
X("r069", "2019-09-03",
  "On 2 September 2019, foreign-owned shops were looted and burned in Jeppestown and Malvern (Johannesburg, Gauteng); police arrested 189 people. No injuries were reported in this event.",
  [],
  0, "DN")
X("r070", "2020-05-25",
  "On 24 May 2020, gunmen fired into a house in Manenberg (City of Cape Town, Western Cape). The dead numbered 4 (2 brothers aged 16 and 18, their mother and a neighbour); 1 other person was injured. Police suspect the Hard Livings gang.",
  [("4", "killed:4"), ("2 brothers", "killed:2"), ("their mother", "killed:1"),
   ("a neighbour", "killed:1"), ("1 other person", "injured:1")],
  4, "NF MF LS DN")
X("r071", "2021-10-12",
  "On 11 October 2021, taxi operators affiliated with CATA and CODETA clashed in Khayelitsha (City of Cape Town); at least 6 people were killed, including a 12-year-old boy in a passing minibus, and over 10 commuters were injured.",
  [("at least 6 people", "killed:>=6"), ("a 12-year-old boy", "killed:1"),
   ("over 10 commuters", "injured:>10")],
  6, "RH MF LS LN PV")
X("r072", "2016-06-22",
  "PIETERMARITZBURG — IFP and ANC supporters traded insults outside the Msunduzi municipal offices on Tuesday while 300 police officers kept the two groups apart. A police nyala was stoned, but no one was hurt.",
  [],
  0, "DN P")
X("r073", "2018-02-02",
  "On 1 February 2018, an induna (headman) of the local traditional council was shot dead in Inanda (eThekwini, KwaZulu-Natal). Fatalities: 1.",
  [("an induna", "killed:1"), ("1", "killed:1", 2)],
  1, "S LN NF PV")

# ---------------------------------------------------------------- Madagascar (dahalo)
X("r074", "2017-11-06",
  "On 5 November 2017, around 100 dahalo (cattle raiders) attacked the village of Ambalavao (Betroka, Anosy) and drove off 400 zebu. The fokonolona pursued them; 11 dahalo were killed and 2 villagers died in the fighting.",
  [("11 dahalo", "killed:11"), ("2 villagers", "killed:2")],
  13, "LN MF DN PV")
X("r075", "2019-09-15",
  "On 14 September 2019, gendarmes of the GIGN clashed with dahalo in Ankazoabo (Atsimo-Andrefana). The gendarmerie reported 6 dahalo neutralised and the recovery of 37 zebu.",
  [("6 dahalo", "casualties:6")],
  0, "LN DN")
X("r076", "2021-06-14",
  "IHOSY, Madagascar — A suspected cattle thief was lynched by villagers in Ihosy district on Sunday, two days after a raid on the same commune in which 50 zebu were stolen, gendarmes said.",
  [("A suspected cattle thief", "killed:1")],
  1, "S LN PV DN P")
X("r077", "2020-03-09",
  "On 8 March 2020, dahalo abducted 3 children from the village of Ambatomainty (Melaky) and demanded 15 million ariary for their release.",
  [("3 children", "abducted:3")],
  0, "AV DN LN")
X("r078", "2018-07-28",
  "On 27 July 2018, a clash between gendarmes and dahalo in the Bongolava forest (Bongolava) left between 10 and 15 bandits dead, according to the gendarmerie. One gendarme was wounded in the leg.",
  [("between 10 and 15 bandits", "killed:10-15"), ("One gendarme", "injured:1")],
  10, "RH MF")
X("r079", "2015-01-10",
  "ANTANANARIVO, Jan 9 — Madagascar's gendarmerie said on Friday that its forces had killed 23 cattle rustlers in the south-west in a week-long operation, while rights groups said at least 3 of the dead were villagers who had nothing to do with the raids.",
  [("23 cattle rustlers", "killed:23"), ("at least 3", "killed:>=3")],
  23, "AV MF RH LN P")
X("r080", "2022-08-30",
  "IKONGO — Gendarmes fired on a crowd trying to storm the gendarmerie post on Monday after the abduction of an albino child, killing 18 people and wounding 34, local officials said. The child has not been found.",
  [("an albino child", "abducted:1"), ("18 people", "killed:18"), ("34", "injured:34")],
  18, "AV MF P")
X("r081", "2016-05-03",
  "On 2 May 2016, dahalo raided a zebu park in Amboasary-Sud (Anosy) and stole 120 head of cattle; the herders fled and no one was hurt. Gendarmes set off in pursuit with 40 men.",
  [],
  0, "DN LN")
X("r082", "2024-01-18",
  "On 17 January 2024, dahalo exchanged fire with a joint army-gendarmerie force in Mandronarivo (Menabe). Fatalities: 4 (dahalo); 2 soldiers were wounded and evacuated to Morondava. Local sources said the dahalo lost nearly 10 men.",
  [("4", "killed:4"), ("2 soldiers", "injured:2"), ("nearly 10 men", "killed:~10")],
  4, "NF MF RH LN")

# ---------------------------------------------------------------- Iran
X("r083", "2023-04-19",
  "On 18 April 2023, IRGC border guards fired on fuel porters (sukhtbar) near Saravan (Sistan and Baluchestan). 2 porters were killed, and 3 were wounded, according to a Baluch rights group.",
  [("2 porters", "killed:2"), ("3", "injured:3")],
  2, "LN MF PV")
X("r084", "2022-10-01",
  "DUBAI (wire) — Security forces opened fire on worshippers leaving Friday prayers in Zahedan on 30 September, killing scores, according to Baluch activists. Officials said 19 people, including members of the Revolutionary Guards, died in what they called a terrorist attack.",
  [("scores", "killed:>=40"), ("19 people", "killed:19")],
  19, "AV RH MF LS P")
X("r085", "2019-12-04",
  "On 3 December 2019, Iranian border guards shot at a group of kolbars (cross-border porters) near Baneh (Kurdistan). A 17-year-old kolbar was killed and another was injured.",
  [("A 17-year-old kolbar", "killed:1"), ("another", "injured:1")],
  1, "S LN PV MF")
X("r086", "2019-02-14",
  "On 13 February 2019, a suicide car bomber of Jaish al-Adl struck a bus carrying IRGC personnel on the Khash-Zahedan road (Sistan and Baluchestan). 27 IRGC members were killed and 13 injured.",
  [("27 IRGC members", "killed:27"), ("13", "injured:13", 2)],
  27, "MF PV")
X("r087", "2023-09-17",
  "On 16 September 2023, protesters gathered in Saqqez (Kurdistan) on the anniversary of Mahsa Amini's death; security forces arrested dozens, among them Amini's father.",
  [],
  0, "DN")
X("r088", "2022-11-17",
  "IZEH, Iran — Gunmen on a motorcycle fired on a crowd in the market of Izeh on Wednesday evening, killing seven people, among them a 9-year-old boy, state media said. Activists said the boy's family blamed the security forces. Around 10 other people were wounded.",
  [("seven people", "killed:7"), ("a 9-year-old boy", "killed:1"), ("Around 10 other people", "injured:~10")],
  7, "AV MF LS RH P")
X("r089", "2019-11-19",
  "Rights groups: over 100 killed in Mahshahr marshes\nSecurity forces fired on protesters who had fled into the marshes near Mahshahr, in Khuzestan, during the fuel-price protests on Monday, rights groups said, putting the toll at over 100 protesters. Authorities gave no figure.",
  [("over 100", "killed:>100"), ("over 100 protesters", "killed:>100")],
  100, "RH MF P")
X("r090", "2016-07-10",
  "On 9 July 2016, IRGC ground forces clashed with PJAK militants near Sarvabad (Kurdistan). The IRGC said 5 militants were killed and 3 were captured; 2 IRGC soldiers died.",
  [("5 militants", "killed:5"), ("2 IRGC soldiers", "killed:2")],
  7, "MF DN PV")
X("r091", "2022-10-27",
  "On 26 October 2022, unidentified gunmen fired rockets at the police station in Rask (Sistan and Baluchestan); the building was damaged. Jaish al-Adl later threatened further attacks on 2 police stations in Sarbaz.",
  [],
  0, "DN")

# ---------------------------------------------------------------- Algeria
X("r092", "2015-07-08",
  "On 7 July 2015, clashes between Mozabite and Chaamba youths in Guerrara (Ghardaïa) continued overnight; 22 people were killed over two days, of whom 20 died in Guerrara, and dozens were wounded. Police arrested 25 people.",
  [("22 people", "killed:22"), ("20", "killed:20"), ("dozens", "injured:>=24")],
  22, "MF RH DN PV")
X("r093", "2015-07-18",
  "On 17 July 2015, AQIM militants ambushed an army patrol near Tarik Ibn Ziad (Aïn Defla). 9 soldiers of the 32nd Motorised Infantry Regiment were killed. Fatalities: 9.",
  [("9 soldiers", "killed:9"), ("9", "killed:9", 2)],
  9, "NF DN LS PV")
X("r094", "2020-06-07",
  "ALGIERS — Army detachments neutralised 3 terrorists in the region of Jijel on Saturday and recovered 2 Kalashnikov rifles, the Ministry of National Defence said in a statement. A fourth terrorist surrendered to the military authorities in Tamanrasset.",
  [("3 terrorists", "casualties:3")],
  0, "DN AV P")
X("r095", "2019-02-23",
  "On 22 February 2019, thousands of protesters marched in Tizi Ouzou (Tizi Ouzou) against a fifth term for President Bouteflika. No clashes were reported.",
  [],
  0, "DN")
X("r096", "2018-03-05",
  "On 4 March 2018, a homemade bomb exploded in the Boukhil area (Djelfa) as an army unit was searching the forest, killing 2 soldiers and wounding 3 others; a day later 1 of the wounded died in hospital. Fatalities: 3.",
  [("2 soldiers", "killed:2"), ("3 others", "injured:3"), ("1", "killed:1"), ("3", "killed:3", 2)],
  3, "AV LD MF NF")
X("r097", "2021-10-15",
  "ORAN — Coastguards intercepted 47 harraga (irregular migrants) off Aïn Témouchent on Thursday, the defence ministry said. A search continues for 6 others reported missing after their boat capsized.",
  [("6 others", "missing:6")],
  0, "DN LN P")
X("r098", "2021-08-12",
  "On 11 August 2021, residents of Larbaâ Nath Irathen (Tizi Ouzou) lynched Karim Aït Ouali, whom they accused of setting forest fires; 61 people were later arrested.",
  [],
  0, "DN")
X("r099", "2017-06-30",
  "On 29 June 2017, a gunfight between smugglers and the army near Bordj Badji Mokhtar (Adrar) left 1 smuggler dead; 4 others were captured along with 2 four-wheel-drive vehicles and 600 kg of cannabis resin.",
  [("1 smuggler", "killed:1")],
  1, "NF DN")

# ---------------------------------------------------------------- Jamaica
X("r100", "2018-01-15",
  "MONTEGO BAY — Gunmen believed to be linked to a Norwood gang killed 3 men on Sunday night, hours before the government declared a state of public emergency in St James. Police said the 3 men were standing at a shop when a car drove up.",
  [("3 men", "killed:3"), ("3 men", "killed:3", 2)],
  3, "AV MF P")
X("r101", "2016-11-09",
  "MONTEGO BAY, St James — A taxi operator was shot and killed at about 8:30 pm on Tuesday in Salt Spring, the police report . The 41-year old man, otherwise called 'Bigga', was sitting in his motor car when two men on a bike opened fire.",
  [("A taxi operator", "killed:1")],
  1, "S LN PV DN P")
X("r102", "2019-05-04",
  "On 3 May 2019, the JCF arrested 5 alleged members of the Clansman gang in Spanish Town (St Catherine), including its reputed leader, in connection with the killing of a businessman in March.",
  [("a businessman", "killed:1", 1, "bg")],
  0, "DN LS")
X("r103", "2021-09-19",
  "On 18 September 2021, gunmen opened fire on a dance in Grants Pen (St Andrew), killing 4 people, among them a 15-year-old student, and injuring 7 others. 2 of the injured later died at Kingston Public Hospital, bringing the toll to 6.",
  [("4 people", "killed:4"), ("a 15-year-old student", "killed:1"), ("7 others", "injured:7"),
   ("2", "killed:2"), ("6", "killed:6")],
  6, "AV LD MF LS")
X("r104", "2020-06-08",
  "On 7 June 2020, a joint JDF/JCF team conducting an operation in August Town (St Andrew) came under fire; the police returned fire and 2 gunmen were fatally shot. 1 M16 rifle and 28 rounds were recovered.",
  [("2 gunmen", "killed:2")],
  2, "PV DN")
X("r105", "2017-04-03",
  "Mob kills alleged thief in Clarendon\nMAY PEN — An alleged thief was chopped to death by residents of Rocky Point, Clarendon, on Sunday after a higgler reported that her goats had been stolen. Police say no arrests have been made.",
  [("alleged thief", "killed:1"), ("An alleged thief", "killed:1")],
  1, "S AV PV P")
X("r106", "2016-02-29",
  "On 28 February 2016, gunmen fired shots at a police patrol in Denham Town (Kingston); no one was hit. The police recovered 1 Glock pistol and 12 cartridges.",
  [],
  0, "DN")
X("r107", "2022-08-10",
  "On 9 August 2022, a drive-by shooting at a shop in Clarendon Park (Clarendon) left 5 people injured, among them 2 children aged 3 and 8. The shopkeeper escaped unhurt.",
  [("5 people", "injured:5"), ("2 children", "injured:2")],
  0, "MF DN")
X("r108", "2024-04-27",
  "On 26 April 2024, a fisherman, his common-law wife and their two daughters, who lived in a board house near the Old Harbour Bay fishing beach (St Catherine), were shot dead by unknown assailants. The killings followed a dispute over a boat engine.",
  [("a fisherman", "killed:1"), ("his common-law wife", "killed:1"), ("two daughters", "killed:2")],
  4, "S LS LN PV")

# ---------------------------------------------------------------- Trinidad and Tobago
X("r109", "2020-01-06",
  "On 5 January 2020, gunmen shot dead 3 men liming outside a parlour in Laventille (Port of Spain). The TTPS said the killings were gang-related. Fatalities: 3.",
  [("3 men", "killed:3"), ("3", "killed:3", 2)],
  3, "AV LN NF")
X("r110", "2023-02-15",
  "Doubles vendor murdered in Enterprise\nA doubles vendor was gunned down while setting up his stall in Enterprise, Chaguanas, yesterday morning. Police said the killers escaped in a silver Nissan Tiida. He is the 2nd person killed in the area this week.",
  [("Doubles vendor", "killed:1"), ("A doubles vendor", "killed:1")],
  1, "S LN PV DN P")
X("r111", "2020-06-28",
  "On 27 June 2020, police officers shot dead 3 men in a car in Morvant (Port of Spain), saying they had been fired upon. Relatives said the men were unarmed, and residents rioted; a 30-year-old man was injured during the protests.",
  [("3 men", "killed:3"), ("a 30-year-old man", "injured:1")],
  3, "AV MF")
X("r112", "2018-10-12",
  "On 11 October 2018, gunmen fired on the home of a PH taxi driver in Sea Lots (Port of Spain); the driver and his family were not at home.",
  [],
  0, "LN")
X("r113", "2023-03-03",
  "On 2 March 2023, the body of a PH taxi driver was found in a canefield in Couva (Couva-Tabaquite-Talparo). He had been reported missing 3 days earlier.",
  [("a PH taxi driver", "killed:1")],
  1, "S BO LN DN")
X("r114", "2023-06-11",
  "PORT OF SPAIN, Trinidad — Five or six gunmen stormed a bar in Arima on Saturday night and fired at patrons, killing two and wounding at least four, police said. Trinidad recorded more than 600 murders in 2022.",
  [("two", "killed:2"), ("at least four", "injured:>=4"), ("more than 600 murders", "killed:>600", 1, "bg")],
  2, "AV RH DN MF P")
X("r115", "2019-08-17",
  "On 16 August 2019, fishermen from Charlotteville (Tobago) were robbed at sea by pirates believed to come from Venezuela; 1 fisherman was thrown overboard and is missing, and 2 others were beaten.",
  [("1 fisherman", "missing:1"), ("2 others", "injured:2")],
  0, "MF PV")
X("r116", "2021-11-22",
  "On 21 November 2021, a shootout between rival gangs in Beetham Gardens (Port of Spain) left an estimated 4 people dead; police could confirm only 2 bodies at the scene.",
  [("an estimated 4 people", "killed:~4"), ("2 bodies", "killed:2")],
  2, "RH BO MF")
X("r117", "2022-05-10",
  "On 9 May 2022, a prison officer's car was set on fire outside his home in Arouca (Tunapuna-Piarco) after threats by inmates; 2 suspects were detained.",
  [],
  0, "DN")

# ---------------------------------------------------------------- Paraguay (the north)
X("r118", "2016-08-28",
  "On 27 August 2016, EPP guerrillas detonated an explosive device and opened fire on a patrol of the Joint Task Force (FTC) near Arroyito (Horqueta, Concepción). 8 soldiers were killed. Fatalities: 8.",
  [("8 soldiers", "killed:8"), ("8", "killed:8", 2)],
  8, "PV NF")
X("r119", "2017-07-13",
  "CONCEPCIÓN, Paraguay — Members of the EPP kidnapped a Mennonite farmer and his ranch foreman from an estancia near Yby Yaú on Wednesday, leaving a pamphlet that demanded food for 40 communities. The foreman was released hours later.",
  [("a Mennonite farmer", "abducted:1"), ("his ranch foreman", "abducted:1")],
  0, "S AV LN DN P")
X("r120", "2015-01-06",
  "On 5 January 2015, ACA members ambushed a police vehicle in Tacuatí (San Pedro), killing a police officer; 2 other officers were wounded.",
  [("a police officer", "killed:1"), ("2 other officers", "injured:2")],
  1, "S AV MF")
X("r121", "2018-07-20",
  "On 19 July 2018, members of the Ejército del Mariscal López (EML) burned 2 tractors and a farmhouse on an estancia in Tacuatí (San Pedro) and left threatening leaflets; the peons fled.",
  [],
  0, "DN LN")
X("r122", "2020-09-03",
  "ASUNCIÓN — Paraguayan forces killed 2 girls aged 11 during a raid on an EPP camp near Yby Yaú on Wednesday, officials said, describing them as guerrilla fighters. Relatives said the girls were Argentine citizens visiting family members.",
  [("2 girls", "killed:2")],
  2, "AV DN P")
X("r123", "2019-06-10",
  "PEDRO JUAN CABALLERO — Sicarios killed a local radio journalist outside his home in the border city on Sunday night, firing at least 20 rounds from a moving pickup truck, police said. A bodyguard was wounded.",
  [("a local radio journalist", "killed:1"), ("A bodyguard", "injured:1")],
  1, "S AV LN DN P")
X("r124", "2021-10-10",
  "On 9 October 2021, gunmen fired on a group of young people at a party in Pedro Juan Caballero (Amambay), killing 4, among them the daughter of the governor; 2 others were injured. One of the injured died in hospital the following day.",
  [("4", "killed:4"), ("the daughter", "killed:1"), ("2 others", "injured:2"), ("One", "killed:1")],
  5, "AV LD MF LS")
X("r125", "2022-04-15",
  "On 14 April 2022, SENAD agents destroyed 30 hectares of marijuana in Capitán Bado (Amambay); 3 workers were arrested.",
  [],
  0, "DN")
X("r126", "2017-03-13",
  "On 12 March 2017, a clash between FTC soldiers and EPP fighters near Kurusu de Hierro (Concepción) left some 3 guerrillas dead, according to the FTC commander; no bodies were recovered.",
  [("some 3 guerrillas", "killed:~3")],
  3, "RH")

# ---------------------------------------------------------------- Nicaragua
X("r127", "2018-07-18",
  "On 17 July 2018, police and pro-government paramilitaries retook the Monimbó neighbourhood of Masaya (Masaya), dismantling the tranques. Local human rights groups reported 3 dead, including a police officer, and at least 10 wounded.",
  [("3", "killed:3"), ("a police officer", "killed:1"), ("at least 10", "injured:>=10")],
  3, "NF MF RH LN")
X("r128", "2018-07-14",
  "MANAGUA (wire) — A university student was shot dead and at least 12 people were wounded when armed men attacked protesters occupying the UNAN campus overnight, according to a church mediator. The government said 'terrorists' had been dislodged.",
  [("A university student", "killed:1"), ("at least 12 people", "injured:>=12")],
  1, "S PV RH MF P")
X("r129", "2020-01-30",
  "On 29 January 2020, armed settlers (colonos) attacked the Mayangna community of Alal in the Bosawás reserve (Jinotega), killing between 4 and 6 indigenous residents and burning 16 houses.",
  [("between 4 and 6 indigenous residents", "killed:4-6")],
  4, "AV RH LN DN")
X("r130", "2019-08-13",
  "On 12 August 2019, police arrested 7 opposition activists in León (León) during a flash protest; they were released the next day.",
  [],
  0, "DN")
X("r131", "2021-03-17",
  "On 16 March 2021, armed colonos attacked Miskitu families in the community of Wisconsin (Waspam, North Caribbean Coast). One man was killed and 2 others were reported missing; 1 wounded man was taken to Bilwi.",
  [("One man", "killed:1"), ("2 others", "missing:2"), ("1 wounded man", "injured:1")],
  1, "S MF LN PV")
X("r132", "2018-06-03",
  "Rights group lowers Masaya toll\nMANAGUA — The Nicaraguan Centre for Human Rights said on Sunday that 8 people died in the clashes in Masaya on Saturday, correcting its earlier figure of 11 after some victims were found to have been counted twice.",
  [("8 people", "killed:8"), ("11", "killed:11")],
  8, "MF P")
X("r133", "2017-11-10",
  "On 9 November 2017, the army clashed with an armed group it described as criminals in La Cruz de Río Grande (South Caribbean Coast), killing 6 people, among them 2 children aged 12 and 16. Relatives said those killed were former Contra rebels.",
  [("6 people", "killed:6"), ("2 children", "killed:2")],
  6, "AV MF DN")
X("r134", "2019-05-21",
  "On 20 May 2019, unidentified men threw mortar fireworks at the home of an opposition journalist in Jinotepe (Carazo); no one was hurt. The journalist said he had received 3 death threats that week.",
  [],
  0, "DN")

# ---------------------------------------------------------------- Kyrgyzstan-Tajikistan border
X("r135", "2021-04-30",
  "On 29 April 2021, a dispute over a water intake near Kök-Tash (Batken, Kyrgyzstan) escalated into fighting between Kyrgyz and Tajik border troops and residents. Kyrgyz officials reported 36 dead on their side; Tajikistan reported 19 deaths. Fatalities: 55.",
  [("36", "killed:36"), ("19 deaths", "killed:19"), ("55", "killed:55")],
  55, "NF MF")
X("r136", "2022-09-17",
  "BISHKEK, Sept 17 (wire) — Kyrgyzstan's health ministry said on Saturday that 24 people had been killed and 87 wounded in Batken province since fighting with Tajik forces began on Wednesday. Tajik officials gave no toll for their side but said 3 villages had been shelled.",
  [("24 people", "killed:24"), ("87", "injured:87")],
  24, "MF DN PV P")
X("r137", "2022-03-11",
  "On 10 March 2022, Kyrgyz and Tajik border guards exchanged fire near the Tajik enclave of Vorukh (Isfara, Sughd) for 20 minutes; no injuries were reported. The sides agreed to withdraw 2 posts.",
  [],
  0, "DN")
X("r138", "2022-01-28",
  "On 27 January 2022, residents of Kök-Tash and Tajik villagers threw stones at each other after a road was blocked; border guards opened fire, wounding 2 Tajik civilians and 1 Kyrgyz border guard. Tajikistan said 1 of its citizens died of his wounds the next day.",
  [("2 Tajik civilians", "injured:2"), ("1 Kyrgyz border guard", "injured:1"), ("1", "killed:1", 2)],
  1, "AV LD MF")
X("r139", "2022-09-15",
  "On 14 September 2022, Tajik forces fired mortars at a Kyrgyz border post in Leilek district (Batken). Kyrgyz authorities reported 1 border guard killed; 3 more were wounded in fighting near the village of Kulundu.",
  [("1 border guard", "killed:1"), ("3 more", "injured:3")],
  1, "MF NF")
X("r140", "2022-09-22",
  "DUSHANBE — The Tajik interior ministry said on Thursday that the bodies of 5 residents of the village of Ovchi-Kalacha had been found in a burned house after Kyrgyz forces withdrew, raising the number of Tajik dead to 41.",
  [("5 residents", "killed:5"), ("41", "killed:41")],
  41, "BO MF P")
X("r141", "2022-09-17",
  "On 16 September 2022, Kyrgyz authorities evacuated more than 136,000 residents of Batken province as the border fighting continued.",
  [],
  0, "DN")
X("r142", "2021-05-03",
  "On 2 May 2021, Kyrgyz villagers and Tajik men clashed again near Ak-Sai (Batken); up to 5 people were hurt, according to the Kyrgyz Border Service.",
  [("up to 5 people", "injured:<=5")],
  0, "RH")

# ---------------------------------------------------------------- Solomon Islands
X("r143", "2021-11-27",
  "On 26 November 2021, rioters looted and burned shops in Chinatown (Honiara, Guadalcanal) for a third day. Police opened an inquiry into the killing of 3 people whose bodies were found in a burned-out store. Police arrested over 100 people.",
  [("3 people", "killed:3")],
  3, "BO DN LS")
X("r144", "2018-08-20",
  "AUKI, Malaita — A man was chopped with a bush knife and died at Kilu'ufi hospital on Sunday after a fight over custom land at Fiu, police said. Two of his relatives were also injured.",
  [("A man", "killed:1"), ("Two", "injured:2")],
  1, "S LD PV MF P")
X("r145", "2019-06-09",
  "On 8 June 2019, youths under the influence of kwaso (homebrew) stoned a police vehicle in White River (Honiara); fewer than 5 officers were slightly injured. 4 youths were arrested.",
  [("fewer than 5 officers", "injured:<=4")],
  0, "DN LN PV RH")
X("r146", "2017-05-16",
  "AUKI — A former militant of the Malaita Eagle Force was shot dead at his home on Monday. Police said the killing may be linked to the ethnic tension of 1998-2003, in which some 200 people died.",
  [("A former militant", "killed:1"), ("some 200 people", "killed:~200", 1, "bg")],
  1, "S PV LS DN P")
X("r147", "2016-10-04",
  "On 3 October 2016, armed men abducted 2 fishermen at Marau Sound (Guadalcanal) and released them in Honiara after 4 days.",
  [("2 fishermen", "abducted:2")],
  0, "AV DN")
X("r148", "2024-02-17",
  "HONIARA — A betel nut vendor was stabbed to death at the Central Market on friday afternoon in a dispute with a customer , police said . The suspect, aged 26, fled towards Kukum.",
  [("A betel nut vendor", "killed:1")],
  1, "S LN PV DN P")
X("r149", "2020-09-02",
  "On 1 September 2020, several hundred people marched in Auki (Malaita) to demand independence for the province; speakers threatened to expel Chinese-owned businesses. No violence was reported.",
  [],
  0, "")
X("r150", "2023-07-21",
  "GIZO — A clash between two villages over logging royalties on Kolombangara on Thursday left 2 or 3 people dead, according to church leaders. Police confirmed 2 deaths and said 5 people were injured.",
  [("2 or 3 people", "killed:2-3"), ("2 deaths", "killed:2"), ("5 people", "injured:5")],
  2, "RH MF NF P")

# ====================================================================== builder + checks
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def find(text, surface, occ):
    pat = re.escape(surface)
    if re.match(r"\w", surface[0]):
        pat = r"(?<!\w)(?<!\d[,.])" + pat
    if re.match(r"\w", surface[-1]):
        pat = pat + r"(?!\w)(?![,.]\d)"
    hits = [m.start() for m in re.finditer(pat, text)]
    if len(hits) < occ:
        raise SystemExit(f"surface {surface!r} occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ - 1]


def build():
    recs = []
    for it in ITEMS:
        spans = []
        for d in it["spans"]:
            surface, value = d[0], d[1]
            occ = d[2] if len(d) > 2 else 1
            s = find(it["text"], surface, occ)
            spans.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
        spans.sort(key=lambda x: x["start"])
        recs.append({"id": it["id"], "text": it["text"], "dct": it["dct"],
                     "layers": ["casualties"], "spans": spans, "fatalities": it["fat"]})
    return recs


def counted_killed(it):
    return [d for d in it["spans"] if d[1].startswith("killed:") and not (len(d) > 3 and d[3] == "bg")]


def check(recs, items):
    ids = set()
    errs = []
    byid = {it["id"]: it for it in items}
    for r in recs:
        i = r["id"]
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if list(r.keys()) != ["id", "text", "dct", "layers", "spans", "fatalities"]:
            errs.append(f"{i}: keys {list(r.keys())}")
        try:
            datetime.date.fromisoformat(r["dct"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"])
        except Exception:
            errs.append(f"{i}: bad dct")
        if not 2015 <= int(r["dct"][:4]) <= 2025:
            errs.append(f"{i}: dct year")
        nsent = len(re.findall(r"[.!?](\s|$)", r["text"]))
        if not 1 <= nsent + r["text"].count("\n") <= 6:
            errs.append(f"{i}: {nsent} sentences")
        prev_end = -1
        for s in r["spans"]:
            sl = r["text"][s["start"]:s["end"]]
            if sl != s["text"]:
                errs.append(f"{i}: slice {sl!r} != {s['text']!r}")
            if not sl or sl[0].isspace() or sl[-1].isspace():
                errs.append(f"{i}: whitespace edge {sl!r}")
            if s["start"] < prev_end:
                errs.append(f"{i}: overlap at {s['start']}")
            prev_end = s["end"]
            if s["label"] != "CASUALTY":
                errs.append(f"{i}: label")
            m = VALUE_RE.match(s["value"])
            if not m:
                errs.append(f"{i}: bad value {s['value']}")
            elif m.group(3) and int(m.group(3)) >= int(m.group(4)):
                errs.append(f"{i}: bad range {s['value']}")
        f = r["fatalities"]
        if not (isinstance(f, int) and not isinstance(f, bool) and f >= 0):
            errs.append(f"{i}: fatalities {f!r}")
        ck = counted_killed(byid[i])
        if (f == 0) != (not ck):
            errs.append(f"{i}: fatalities {f} vs counted killed spans {len(ck)}")
        # the toll must be one of the written numbers of a counted killed span, or a sum of them
        if ck:
            nums = [int(re.findall(r"\d+", d[1])[0]) for d in ck]
            if f not in nums and f != sum(nums) and not any(
                    f == a + b for k, a in enumerate(nums) for b in nums[k + 1:]):
                errs.append(f"{i}: fatalities {f} not derivable from {nums}")
    if len(recs) != 150:
        errs.append(f"{len(recs)} items")
    want = [f"r{k:03d}" for k in range(1, len(recs) + 1)]
    if [r["id"] for r in recs] != want:
        errs.append("ids not r001.. in order")
    return errs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def review(recs):
    for r in recs:
        t = r["text"]
        out, pos = [], 0
        for s in r["spans"]:
            out.append(t[pos:s["start"]])
            out.append(f"[{t[s['start']:s['end']]}]{{{s['value']}}}")
            pos = s["end"]
        out.append(t[pos:])
        print(f"{r['id']} dct={r['dct']} fatalities={r['fatalities']}")
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def main():
    recs = build()
    errs = check(recs, ITEMS)
    if "--review" in sys.argv:
        review(recs)
    data = dump(recs)
    assert dump(build()) == data, "non-deterministic output"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    errs += ["reread: " + e for e in check(back, ITEMS)]
    if back != recs:
        errs.append("reread differs")
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    if errs:
        sys.exit(1)
    if "--stats" in sys.argv:
        stats(recs)
    print(f"ok: {len(recs)} items, {sum(len(r['spans']) for r in recs)} spans -> {OUT}", file=sys.stderr)


def stats(recs):
    from collections import Counter
    oc, cf = Counter(), Counter()
    for r in recs:
        for s in r["spans"]:
            o, c = s["value"].split(":")
            oc[o] += 1
            cf["N" if c.isdigit() else ("N-M" if "-" in c else re.match(r"[<>=~]+", c).group())] += 1
    print("outcomes", dict(oc))
    print("count forms", dict(cf))
    print("toll 0:", sum(r["fatalities"] == 0 for r in recs))
    print("no spans:", [r["id"] for r in recs if not r["spans"]])
    tags = {}
    for it in ITEMS:
        for t in it["tags"]:
            tags.setdefault(t, []).append(it["id"])
    for t, v in sorted(tags.items()):
        print(t, len(v), " ".join(v))
    print("bg:", [(it["id"], d[0]) for it in ITEMS for d in it["spans"] if len(d) > 3])
    print("non-zero tolls:", sum(r["fatalities"] > 0 for r in recs))


if __name__ == "__main__":
    main()
