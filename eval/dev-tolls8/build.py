#!/usr/bin/env python3
"""dev-tolls8: a hand-labelled DEVELOPMENT set of casualty spans and per-report death tolls.

The decision lists below are the source of truth. Each item is
    (id, dct, text, spans, fatalities)
and each span is (context, value[, occurrence][, "bg"]):
  - context is a literal string of the text; the span is the part inside [ ] (or the whole
    context when it has no brackets); occurrence (1-based, default 1) counts case-sensitive
    whole-word matches of the context (without the brackets);
  - "bg" marks a background figure (earlier event, running total, other country/year) that
    is a casualty span but is NOT part of the report's fatalities.
`fatalities` is set by hand (SCHEME "Totals per document"; bounds/ranges give the lower end
or written number). Usage: python3 build.py [--review]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev8.jsonl")

ITEMS = [
# ---------------- Bolivia ----------------
("z001", "2019-11-16",
 "On 15 November 2019, military and police forces fired on coca growers marching from the Chapare towards Sacaba (Cochabamba) at the Huayllani bridge. At least 9 people were killed and more than 100 injured. Sources: Opinion; Los Tiempos. Fatalities: 9",
 [("At least 9 people", "killed:>=9"), ("more than 100", "injured:>100"), ("Fatalities: [9]", "killed:9")], 9),
("z002", "2016-08-26",
 "On 25 August 2016, striking cooperative miners holding a road blockade at Panduro (La Paz) abducted and beat to death a deputy interior minister. Two miners had been shot dead by police while the blockade was being cleared on the previous day. Fatalities: 1",
 [("a deputy interior minister", "killed:1"), ("Two miners", "killed:2", "bg"), ("Fatalities: [1]", "killed:1")], 1),
("z003", "2021-04-10",
 "On 9 April 2021, coca growers (cocaleros) of the Six Federations of the Tropics blocked the road between Villa Tunari and Shinahota (Chapare, Cochabamba) to protest against eradication by UMOPAR units. Police used tear gas; 4 cocaleros and 2 police officers were injured. No fatalities were reported.",
 [("4 cocaleros", "injured:4"), ("2 police officers", "injured:2")], 0),
("z004", "2024-11-16",
 "COCHABAMBA, Nov 15 (local press) - Hundreds of coca growers gathered at the Huayllani bridge in Sacaba on Friday to mark five years since the massacre in which 10 people were shot dead by security forces in 2019. Relatives demanded that the trial of the commanders move forward.",
 [("10 people", "killed:10", "bg")], 0),
("z005", "2017-06-04",
 "On 3 June 2017, an eradication patrol of the Joint Task Force (FTC) was ambushed near Ivirgarzina (Chapare) by unidentified coca growers. A soldier was shot dead and three others were wounded.",
 [("A soldier", "killed:1"), ("three others", "injured:3")], 1),
("z006", "2018-02-23",
 "ENTRE RIOS, Cochabamba (local press) -- Comunarios in Entre Rios set fire to a UMOPAR camp and two vehicles on Thursday during a protest against forced eradication. Police reported that 11 people were arrested. There were no casualtys, the police commander told reporters.",
 [], 0),
("z007", "2025-01-14",
 "SANTA CRUZ, Jan 14 (local press) - TWO DEAD IN BLOCKADE CLASH ON THE ROAD TO PUERTO VILLARROEL\nTwo comunarios died and at least 15 were hurt when supporters and opponents of the blockade clashed with sticks and dynamite at km 12 on Monday, the ombudsman said.",
 [("[TWO] DEAD", "killed:2"), ("Two comunarios", "killed:2"), ("at least 15", "injured:>=15")], 2),
("z008", "2023-03-06",
 "On 5 March 2023, a leader of the coca growers' federation in Shinahota said that his bases would resist 'to the death' any new eradication campaign and threatened to kill any UMOPAR officer who entered the zone.",
 [], 0),
("z009", "2019-11-13",
 "On 12 November 2019, in Yapacani (Santa Cruz), supporters of the former government burned the police station. A 20-year-old student was shot in the chest during the clashes and remains in intensive care.",
 [("A 20-year-old student", "injured:1")], 0),
("z010", "2019-11-20",
 "On 19 November 2019, security forces cleared the blockade of the Senkata gas plant in El Alto. Between 8 and 10 people were killed, according to the ombudsman; local residents put the toll at 11. Dozens were wounded.",
 [("Between 8 and 10 people", "killed:8-10"), ("the toll at [11]", "killed:11"), ("Dozens", "injured:>=24")], 8),
("z011", "2023-09-15",
 "COCHABAMBA (wire) - A tribunal in Cochabamba on Thursday convicted four coca growers of the 2018 murder of two anti-drug police officers in an ambush near Villa Tunari, handing each a 30-year sentence.",
 [("two anti-drug police officers", "killed:2", "bg")], 0),
("z012", "2020-06-28",
 "On 27 June 2020, coca growers from the Chapare clashed with eradication troops inside the Isiboro Secure park (TIPNIS). 1 fatality (a coca grower) and 6 injured soldiers were reported.",
 [("1 fatality", "killed:1"), ("a coca grower", "killed:1"), ("6 injured soldiers", "injured:6")], 1),
("z013", "2025-06-13",
 "On 12 June 2025, police trying to lift a blockade by supporters of the former president at Llallagua (Potosi) came under fire; three police officers and a civilian were killed. Fatalities: 4",
 [("three police officers", "killed:3"), ("a civilian", "killed:1"), ("Fatalities: [4]", "killed:4")], 4),
# ---------------- Uruguay and Cuba ----------------
("z014", "2022-03-05",
 "On 4 March 2022, in Cerro Norte (Montevideo), a dispute between two rival gangs over drug sales ended with a 17-year-old shot dead and two passers-by wounded. Police said the shooter, aged 19, was arrested the next day.",
 [("a 17-year-old", "killed:1"), ("two passers-by", "injured:2")], 1),
("z015", "2017-07-22",
 "On 21 July 2017, inmates at the Santiago Vazquez prison complex (ex-COMCAR), Montevideo, clashed in Modulo 8. One inmate was stabbed to death and 4 others were taken to the Hospital Maciel with wounds. Fatalities: 1",
 [("One inmate", "killed:1"), ("4 others", "injured:4"), ("Fatalities: [1]", "killed:1")], 1),
("z016", "2024-01-03",
 "MONTEVIDEO (local press) -- Uruguay closed 2023 with 382 homicides, the Interior Ministry said on Tuesday, down from 383 the year before. Half of the killings were linked to disputes between drug gangs, officials said.",
 [("382 homicides", "killed:382", "bg"), ("from [383]", "killed:383", "bg")], 0),
("z017", "2016-08-10",
 "On 9 August 2016, unknown men fired at least 12 shots at the house of a prosecutor in Paso de la Arena (Montevideo) and threw a grenade that did not explode. The prosecutor and her family escaped unhurt.",
 [], 0),
("z018", "2019-12-03",
 "On 2 December 2019, a fire started by inmates during a fight in a wing of the Libertad penitentiary (San Jose) spread to the mattresses. The dead numbered 4, all of them inmates, and 7 guards were treated for smoke inhalation.",
 [("The dead numbered [4]", "killed:4"), ("7 guards", "injured:7")], 4),
("z019", "2021-07-13",
 "On 12 July 2021, in the La Guinera neighbourhood of Havana, protesters clashed with police. A 36-year-old man was killed and several police officers were injured, according to the Interior Ministry. Dozens were detained.",
 [("A 36-year-old man", "killed:1")], 1),
("z020", "2022-08-20",
 "CAMAGUEY, Cuba -- Two police officers and fewer than 10 protesters were hurt by stones and batons during a protest over power cuts in Nuevitas on Friday night, state media said. Authorities said 19 people were detained, 4 of them minors.",
 [("Two police officers", "injured:2"), ("fewer than 10 protesters", "injured:<=9")], 0),
("z021", "2024-02-04",
 "On 3 February 2024, a political prisoner held in the Combinado del Este prison (Havana) died of a heart attack, according to his family, who said he had been denied medical care. Human rights groups called for an investigation.",
 [], 0),
("z022", "2023-05-31",
 "On 30 May 2023, in the Casavalle neighbourhood of Montevideo, gunmen on a motorcycle killed a woman and her 8-year-old son outside their home. The attack was linked to a feud between two drug clans. Fatalities: 2",
 [("a woman", "killed:1"), ("her 8-year-old son", "killed:1"), ("Fatalities: [2]", "killed:2")], 2),
("z023", "2025-05-11",
 "MONTEVIDEO -- A new documentary on the 2010 Rivera prison fire, in which 12 inmates burned to death, premiered in Montevideo on Saturday. Its director said the state has never apologised to the families.",
 [("12 inmates", "killed:12", "bg")], 0),
("z024", "2018-09-16",
 "On 15 September 2018, a riot broke out at the Canelones prison after a search for mobile phones. The INR said 2 inmates died and 9 were wounded; relatives outside the prison spoke of 5 dead.",
 [("2 inmates", "killed:2"), ("and [9] were wounded", "injured:9"), ("of [5] dead", "killed:5")], 2),
("z025", "2017-04-08",
 "On 7 April 2017, relatives reported that two young men from the Cerro neighbourhood of Montevideo had been abducted from a car by armed men on 4 April. Police suspect a settling of scores between drug gangs.",
 [("two young men", "abducted:2")], 0),
("z026", "2024-03-19",
 "HAVANA -- Cuba's state press on Monday denounced 'violence in the United States', reporting that more than 600 mass shootings had been recorded there in 2023. It made no mention of the protests in Santiago de Cuba over the weekend, in which no one was reported hurt.",
 [], 0),
# ---------------- Serbia and Montenegro ----------------
("z027", "2023-05-03",
 "BELGRADE, May 3 (wire) - A 13-year-old boy opened fire at a primary school in central Belgrade on Wednesday, killing eight pupils and a security guard, police said. Six children and a teacher were wounded. The boy, who used his father's pistols, was arrested in the schoolyard.",
 [("eight pupils", "killed:8"), ("a security guard", "killed:1"), ("Six children", "injured:6"), ("a teacher", "injured:1")], 9),
("z028", "2023-05-05",
 "On 4 May 2023, a 21-year-old gunman fired from a moving car at young people in the villages of Dubona and Malo Orasje near Mladenovac, killing 8 and wounding 14. He was arrested near Kragujevac the next morning. Fatalities: 8",
 [("killing [8]", "killed:8"), ("wounding [14]", "injured:14"), ("Fatalities: [8]", "killed:8")], 8),
("z029", "2024-08-13",
 "On 12 August 2024, residents of Cetinje (Montenegro) laid flowers in the Medovina neighbourhood to mark two years since a gunman shot dead 10 people, among them two children, before he was killed by a passer-by. The municipality declared a day of mourning.",
 [("10 people", "killed:10", "bg"), ("two children", "killed:2", "bg")], 0),
("z030", "2025-01-02",
 "On 1 January 2025, a man opened fire in a cafe and then in several homes in Bajice near Cetinje after a quarrel, killing 12 people, including two children. Surrounded by police, the gunman shot himself and died later in hospital. Fatalities: 13",
 [("12 people", "killed:12"), ("two children", "killed:2"), ("the gunman", "killed:1"), ("Fatalities: [13]", "killed:13")], 13),
("z031", "2024-06-21",
 "PODGORICA (local press) - The High Court in Podgorica on Thursday sentenced a Skaljari clan member to 40 years for the 2020 killing of two Kavac clan men in a Budva car park. The court found that he had also planned to murder a third man, who was abroad at the time.",
 [("two Kavac clan men", "killed:2", "bg")], 0),
("z032", "2021-02-10",
 "On 9 February 2021, unknown gunmen killed a suspected Kavac clan member in front of a gym in Novi Beograd (Belgrade). A bystander, a 50-year-old woman, was wounded in the leg. The killing is believed to be part of the feud between the Kavac and Skaljari clans that has claimed more than 50 lives since 2015.",
 [("a suspected Kavac clan member", "killed:1"), ("A bystander", "injured:1"), ("more than 50 lives", "killed:>50", "bg")], 1),
("z033", "2021-09-06",
 "On 5 September 2021, protesters in Cetinje opposing the enthronement of a Serbian Orthodox metropolitan clashed with police at barricades. According to the police directorate, 17 police officers and about 30 protesters were injured; 14 people were arrested.",
 [("17 police officers", "injured:17"), ("about 30 protesters", "injured:~30")], 0),
("z034", "2018-03-18",
 "On 17 March 2018, a hand grenade was thrown into a betting shop in Novi Sad after a dispute over a debt. 1 fatality and 3 injured people were reported. The grenade was identified as an M75.",
 [("1 fatality", "killed:1"), ("3 injured people", "injured:3")], 1),
("z035", "2023-11-15",
 "On 14 November 2023, Serbian police arrested a 15-year-old in Novi Sad who allegedly planned a shooting at his school. Investigators said he had drawn up a list of 19 pupils he intended to kill. No weapons were found at his home.",
 [], 0),
("z036", "2017-03-23",
 "On 22 March 2017, Dejan Radonjic, 38, was shot dead in his car in Kotor in what police called a clan-related killing. A passenger in the car escaped unhurt.",
 [], 0),
("z037", "2016-10-09",
 "BELGRADE -- A car bomb killed two men in the Zemun district late on Saturday, police said. Earlier reports on local TV had put the toll at three, but a third man was later found alive in hospital with burns.",
 [("two men", "killed:2"), ("the toll at [three]", "killed:3"), ("a third man", "injured:1")], 2),
("z038", "2023-05-16",
 "On 15 May 2023, the Serbian interior minister told parliament that police had collected more than 13,500 weapons in the amnesty launched after the two mass shootings. He compared the figures with neighbouring Croatia, where 6 people had died in gun incidents in 2022.",
 [("6 people", "killed:6", "bg")], 0),
("z039", "2020-10-29",
 "BAR, Montenegro (local press) -- A man was wounded by gunfire in front of his house in Bar on Wednesday evening and died the following day at the Clinical Centre in Podgorica. Police linked the attack to cigarette smuggling.",
 [("A man", "killed:1")], 1),
# ---------------- Czechia and Slovakia ----------------
("z040", "2023-12-22",
 "PRAGUE, Dec 22 (wire) - A 24-year-old student shot dead 14 people and wounded 25 at Charles University's Faculty of Arts on Thursday; the gunman then shot himself on the roof, police said. It was the deadliest shooting in the Czech Republic's history.",
 [("14 people", "killed:14"), ("wounded [25]", "injured:25"), ("the gunman", "killed:1")], 15),
("z041", "2024-05-16",
 "On 15 May 2024, a 71-year-old man fired five shots after a government meeting in Handlova (Slovakia), seriously wounding the prime minister. The attacker was overpowered and arrested at the scene.",
 [("the prime minister", "injured:1")], 0),
("z042", "2019-12-11",
 "On 10 December 2019, a 42-year-old man opened fire in the waiting room of the trauma ward at Ostrava University Hospital, killing 6 patients and wounding 3 others. The attacker fled by car and shot himself dead as a police helicopter closed in. Fatalities: 7",
 [("6 patients", "killed:6"), ("3 others", "injured:3"), ("The attacker", "killed:1"), ("Fatalities: [7]", "killed:7")], 7),
("z043", "2023-05-16",
 "BRATISLAVA (local press) - The Specialised Criminal Court in Pezinok on Monday again acquitted the businessman accused of ordering the 2018 murders of an investigative journalist and his fiancee. The gunman, a former soldier, is serving 23 years.",
 [("an investigative journalist", "killed:1", "bg"), ("his fiancee", "killed:1", "bg")], 0),
("z044", "2022-10-13",
 "On 12 October 2022, a 19-year-old shot dead two young men outside a gay bar on Zamocka street in Bratislava and wounded a woman who worked there. The shooter was found dead the next morning near a cemetery, having shot himself. Fatalities: 3",
 [("two young men", "killed:2"), ("a woman", "injured:1"), ("The shooter", "killed:1"), ("Fatalities: [3]", "killed:3")], 3),
("z045", "2021-07-05",
 "On 4 July 2021, unknown persons shot dead 3 dogs and a horse on a farm belonging to a Roma family in the Spis region (Slovakia); the family had received threats. Nobody was hurt.",
 [], 0),
("z046", "2016-09-12",
 "OLOMOUC -- A man threw an incendiary device at the constituency office of a Czech MP late on Sunday, police said. The office was empty and no one was injured; damage was estimated at 200,000 crowns.",
 [], 0),
("z047", "2022-03-30",
 "USTI NAD LABEM (local press) - The killing of three Ukrainian workers at a hostel in Usti nad Labem by a compatriot armed with a knife on Tuesday night has shocked the town. A fourth man was treated for stab wounds.",
 [("three Ukrainian workers", "killed:3"), ("A fourth man", "injured:1")], 3),
("z048", "2021-04-18",
 "On 17 April 2021, the Czech government said that Russian military intelligence officers were behind the 2014 explosions at the Vrbetice ammunition depot, which killed 2 employees, and expelled 18 Russian diplomats.",
 [("2 employees", "killed:2", "bg")], 0),
("z049", "2020-06-03",
 "On 2 June 2020, a Roma man detained by police in Kosice died of ill-treatment in custody, according to his family's lawyer; an autopsy found broken ribs.",
 [("a Roma man", "killed:1")], 1),
("z050", "2024-02-15",
 "PRAGUE -- A Czech video game studio withdrew a school-shooting game from sale on Wednesday after criticism that it trivialised the attack at the Prague university, in which 14 people died. The interior ministry had called the game 'sickening'.",
 [("14 people", "killed:14", "bg")], 0),
("z051", "2015-02-25",
 "On 24 February 2015, a 62-year-old man opened fire in a restaurant in Uhersky Brod, killing 8 people. The gunman then shot himself. Fatalities: 9",
 [("8 people", "killed:8"), ("The gunman", "killed:1"), ("Fatalities: [9]", "killed:9")], 9),
# ---------------- Romania and Bulgaria ----------------
("z052", "2015-10-16",
 "On 15 October 2015, a Bulgarian border police patrol fired a warning shot at a group of 54 Afghan migrants near Sredets (Burgas province); the bullet ricocheted and killed one of the men.",
 [("killed [one] of the men", "killed:1")], 1),
("z053", "2019-03-04",
 "On 3 March 2019, two Romanian border police officers were hit by a car driven by migrant smugglers at Nadlac on the Hungarian border; both were hospitalised. The local newspaper recalled that 4 miners had died at the Uricani mine in the Jiu Valley earlier that week.",
 [("two Romanian border police officers", "injured:2"), ("4 miners", "killed:4", "bg")], 0),
("z054", "2023-02-18",
 "On 17 February 2023, Bulgarian border police found the bodies of 18 migrants in an abandoned truck near Lokorsko, outside Sofia; 34 others were taken to hospital. The driver had fled.",
 [("18 migrants", "killed:18"), ("34 others", "injured:34")], 18),
("z055", "2020-09-10",
 "CALAFAT (local press) -- Seven migrants who tried to cross the Danube in an inflatable boat near Calafat were still missing on Wednesday after the boat capsized, Romanian border police said; 12 were rescued.",
 [("Seven migrants", "missing:7")], 0),
("z056", "2022-08-30",
 "On 29 August 2022, a bus carrying migrants rammed a police car in Burgas while fleeing a checkpoint, killing 2 police officers and injuring 1. The driver, a 16-year-old, and 40 passengers were detained. Fatalities: 2",
 [("2 police officers", "killed:2"), ("injuring [1]", "injured:1"), ("Fatalities: [2]", "killed:2")], 2),
("z057", "2015-03-07",
 "BUCHAREST (press) - A man was detained on Friday after threatening on social media to kill the mayor of Constanta 'and all his advisers'. Prosecutors said he had bought a crossbow. No one was hurt.",
 [], 0),
("z058", "2017-09-18",
 "On 17 September 2017, a fight between two extended families in Craiova (Dolj county) involving axes and pistols left 2 or 3 people dead and about 20 injured, according to conflicting police statements. Some 50 people were taken to the police station.",
 [("2 or 3 people", "killed:2-3"), ("about 20", "injured:~20")], 2),
("z059", "2015-04-05",
 "On 4 April 2015, Bulgarian gendarmes reported that they had neutralised 3 armed smugglers during a chase in the Strandzha mountains near the Turkish border; no details on their fate were given. A gendarme was slightly injured.",
 [("3 armed smugglers", "casualties:3"), ("A gendarme", "injured:1")], 0),
("z060", "2019-05-15",
 "Migrant Shot Dead Near Bulgarian-Turkish Border, Ministry Says\nSOFIA - A Syrian man was shot dead on Tuesday near the village of Golyam Dervent when a group of about 30 migrants was stopped by border guards. The ministry said an investigation was under way to establish who fired teh shots.",
 [("Migrant", "killed:1"), ("A Syrian man", "killed:1")], 1),
("z061", "2018-06-21",
 "On 20 June 2018, World Refugee Day, a Bulgarian NGO said that at least 40 migrants had died on the Bulgarian-Turkish border since 2016, most of them of hypothermia.",
 [("at least 40 migrants", "killed:>=40", "bg")], 0),
("z062", "2023-11-12",
 "LUPENI (local press) -- A security guard was beaten to death by metal thieves at a closed coal mine in Lupeni (Hunedoara county) on Saturday night. Separately, two miners were injured in a gas explosion at the nearby Lonea mine the same day.",
 [("A security guard", "killed:1"), ("two miners", "injured:2")], 1),
("z063", "2026-01-09",
 "On 8 January 2026, Bulgarian police arrested 2 men suspected of smuggling 21 migrants in a van near Svilengrad; the migrants were found in the cargo area, and 5 of them were taken to hospital with hypothermia.",
 [("[5] of them", "injured:5")], 0),
# ---------------- Norway and Finland ----------------
("z064", "2021-10-14",
 "On 13 October 2021, a 37-year-old man armed with a bow and arrows and knives attacked people in several places in central Kongsberg (Norway), killing 5 people - four women and a man - and wounding 3, including an off-duty police officer. He was arrested 30 minutes later.",
 [("5 people", "killed:5"), ("four women", "killed:4"), ("and [a man] -", "killed:1"), ("wounding [3]", "injured:3"), ("an off-duty police officer", "injured:1")], 5),
("z065", "2022-06-25",
 "OSLO, June 25 (wire) - Two people were killed and 21 wounded when a gunman opened fire outside the London Pub and a nearby bar in central Oslo early on Saturday, police said. Ten of the wounded were in a serious condition.",
 [("Two people", "killed:2"), ("21", "injured:21"), ("[Ten] of the wounded", "injured:10")], 2),
("z066", "2021-07-23",
 "On 22 July 2021, Norway marked ten years since the attacks in Oslo and on Utoya island, in which 77 people were killed, most of them teenagers at a youth camp.",
 [("77 people", "killed:77", "bg")], 0),
("z067", "2024-04-02",
 "On 2 April 2024, a 12-year-old pupil opened fire at the Viertola school in Vantaa (Finland), killing a classmate and seriously wounding two other 12-year-olds. The suspect was detained in Helsinki the same morning.",
 [("a classmate", "killed:1"), ("two other 12-year-olds", "injured:2")], 1),
("z068", "2019-10-02",
 "KOKKOLA (local press) -- A pupil armed with a knife wounded 3 people at a vocational school in Kokkola on Tuesday, police said; none of the wounds were life-threatening. Police shot the attacker in the leg.",
 [("3 people", "injured:3"), ("the attacker", "injured:1")], 0),
("z069", "2018-06-16",
 "On 15 June 2018, the Turku district court sentenced a Moroccan man to life in prison for the murder of 2 women and for wounding 8 others in a knife attack in the city's market square in August 2017.",
 [("2 women", "killed:2", "bg"), ("8 others", "injured:8", "bg")], 0),
("z070", "2016-08-30",
 "BERGEN (local press) - A man stabbed a bus driver and two passengers at the central bus station on Sunday. The driver died of his injuries two days later, police said on Tuesday.",
 [("a bus driver", "killed:1"), ("two passengers", "injured:2"), ("The driver", "killed:1")], 1),
("z071", "2021-12-08",
 "On 7 December 2021, Finnish security police said they had detained 5 men in Kankaanpaa suspected of planning a terrorist attack; the men, aged 18 to 26, had collected weapons and 3D-printed gun parts. Nobody was harmed.",
 [], 0),
("z072", "2019-08-11",
 "On 10 August 2019, a 21-year-old man armed with several guns entered a mosque in Baerum, near Oslo, and fired shots; he was overpowered by a 65-year-old worshipper and nobody in the mosque was hit. His 17-year-old stepsister was later found dead at his home. Fatalities: 1",
 [("His 17-year-old stepsister", "killed:1"), ("Fatalities: [1]", "killed:1")], 1),
("z073", "2025-01-20",
 "HELSINKI -- A new Finnish crime series about the 2008 Kauhajoki school shooting, in which 10 people were killed, has drawn criticism from the victims' families, who say it was made without consulting them.",
 [("10 people", "killed:10", "bg")], 0),
("z074", "2026-03-15",
 "TROMSO (wire) - A man drove a car into pedestrians on a shopping street in Tromso on Saturday, killing 2 people and injuring between 6 and 8 others, according to police and hospital figures. The driver was arrested.",
 [("2 people", "killed:2"), ("between 6 and 8 others", "injured:6-8")], 2),
("z075", "2017-02-04",
 "On 3 February 2017, an asylum seeker who had set himself on fire outside a reception centre in Oulu was taken to hospital with severe burns. Two staff members who tried to help him were treated for minor burns.",
 [("an asylum seeker", "injured:1"), ("Two staff members", "injured:2")], 0),
# ---------------- the Netherlands and Switzerland ----------------
("z076", "2019-03-19",
 "On 18 March 2019, a gunman opened fire on a tram at the 24 Oktoberplein in Utrecht, killing 3 passengers and wounding 7; a fourth victim, a 74-year-old man, died of his wounds ten days later. Fatalities: 4",
 [("3 passengers", "killed:3"), ("wounding [7]", "injured:7"), ("a fourth victim", "killed:1"), ("Fatalities: [4]", "killed:4")], 4),
("z077", "2024-02-28",
 "AMSTERDAM (local press) - The court in Amsterdam on Tuesday sentenced the alleged leader of a cocaine gang to life imprisonment at the end of the Marengo trial, which dealt with 6 murders and several attempted killings between 2015 and 2017.",
 [("6 murders", "killed:6", "bg")], 0),
("z078", "2021-07-07",
 "On 6 July 2021, a well-known crime reporter was shot five times as he left a TV studio in Amsterdam's Lange Leidsedwarsstraat; he died in hospital on 15 July. Two suspects were arrested on the A4 motorway within an hour. Fatalities: 1",
 [("a well-known crime reporter", "killed:1"), ("Fatalities: [1]", "killed:1")], 1),
("z079", "2023-01-12",
 "On 11 January 2023, an explosive device went off at the door of a shop in Amsterdam-West at around 03:00, damaging the shopfront and two parked cars. It was the 9th explosion in the city that week; nobody was injured.",
 [], 0),
("z080", "2023-09-28",
 "ROTTERDAM, Sept 28 (wire) - A 32-year-old student shot dead a woman and her 14-year-old daughter at their home in Rotterdam on Thursday, then killed a 43-year-old teacher at the Erasmus University Medical Centre, where he also set fires, police said. He was arrested inside the hospital.",
 [("a woman", "killed:1"), ("her 14-year-old daughter", "killed:1"), ("a 43-year-old teacher", "killed:1")], 3),
("z081", "2020-11-25",
 "On 24 November 2020, a woman attacked shoppers with a knife in a department store in Lugano (Ticino), injuring two women, one of them seriously in the neck. Customers held her until police arrived. Federal prosecutors opened a terrorism case.",
 [("two women", "injured:2"), ("[one] of them", "injured:1")], 0),
("z082", "2020-09-13",
 "On 12 September 2020, a 26-year-old Turkish-Swiss man known to the intelligence services stabbed a 29-year-old Portuguese man to death at a kebab shop in Morges (Vaud). Fatalities: 1",
 [("a 29-year-old Portuguese man", "killed:1"), ("Fatalities: [1]", "killed:1")], 1),
("z083", "2021-09-28",
 "On 27 September 2021, the canton of Zug held a ceremony 20 years after the attack on its parliament, in which 14 members of the cantonal parliament and government and the gunman died.",
 [("14 members", "killed:14", "bg"), ("the gunman", "killed:1", "bg")], 0),
("z084", "2015-10-20",
 "On 19 October 2015, police in Rotterdam said a 27-year-old man had been kidnapped from his home in Ommoord by men posing as police officers, apparently over a lost shipment of cocaine; he was freed two days later in Belgium with injuries to his hands.",
 [("a 27-year-old man", "abducted:1")], 0),
("z085", "2017-05-04",
 "AMSTERDAM (local press) -- Two men were shot dead in a car in Amsterdam-Noord on Wednesday night; a third occupant survived with gunshot wounds. Police said both victims were known to them.",
 [("Two men", "killed:2"), ("a third occupant", "injured:1")], 2),
("z086", "2016-06-19",
 "On 18 June 2016, an explosion destroyed an ATM at a bank branch in Zurich-Oerlikon at night; police said it was the 25th such attack in Switzerland this year, most by gangs based in the Netherlands. A passer-by was slightly injured by flying glass.",
 [("A passer-by", "injured:1")], 0),
("z087", "2026-02-15",
 "ROTTERDAM (local press) - A shooting at a party in a community centre in Rotterdam-Zuid on Saturday night killed at least 2 people and injured as many as 5 others, according to the first police messages.",
 [("at least 2 people", "killed:>=2"), ("as many as 5 others", "injured:<=5")], 2),
# ---------------- Vietnam and peninsular Malaysia ----------------
("z088", "2023-06-12",
 "On 11 June 2023, groups of armed men attacked the headquarters of two commune People's Committees in Cu Kuin district, Dak Lak province (Vietnam), killing 4 police officers, 2 commune officials and 3 civilians. Two other police officers were wounded. Fatalities: 9",
 [("4 police officers", "killed:4"), ("2 commune officials", "killed:2"), ("3 civilians", "killed:3"), ("Two other police officers", "injured:2"), ("Fatalities: [9]", "killed:9")], 9),
("z089", "2024-01-21",
 "BUON MA THUOT (press) - A court in Buon Ma Thuot on Saturday sentenced 100 defendants to terms ranging from 6 months to life for the June 2023 attacks on two commune offices, in which 9 people including 4 police officers were killed.",
 [("9 people", "killed:9", "bg"), ("4 police officers", "killed:4", "bg")], 0),
("z090", "2020-01-10",
 "On 9 January 2020, police raided Dong Tam commune (My Duc district, Hanoi) in a land dispute over an airfield site; 3 police officers who fell into a shaft and a village elder who led the protests were killed. 29 villagers were detained.",
 [("3 police officers", "killed:3"), ("a village elder", "killed:1")], 4),
("z091", "2024-05-17",
 "On 17 May 2024, a 21-year-old man attacked the Ulu Tiram police station (Johor, Malaysia) at about 02:45 with a machete, killing two constables and wounding a third, who shot the assailant dead. Fatalities: 3",
 [("two constables", "killed:2"), ("wounding [a third]", "injured:1"), ("the assailant", "killed:1"), ("Fatalities: [3]", "killed:3")], 3),
("z092", "2018-11-09",
 "On 8 November 2018, a General Operations Force (GOF) patrol in Rantau Panjang (Kelantan) exchanged fire with a group of smugglers crossing the Golok river from Thailand. The GOF said two smugglers were neutralised and 300 kg of ketum leaves seized.",
 [("two smugglers", "casualties:2")], 0),
("z093", "2017-04-16",
 "On 15 April 2017, villagers of Dong Tam commune held 38 police officers and local officials hostage in a community hall after four village elders were arrested in a land dispute; they released them a week later.",
 [("38 police officers and local officials", "abducted:38")], 0),
("z094", "2019-03-04",
 "On 3 March 2019, border guards in Huong Hoa district (Quang Tri) clashed with drug smugglers who had crossed from Laos; 1 smuggler was killed and a border guard was wounded. The guards seized 1.5 tonnes of methamphetamine.",
 [("1 smuggler", "killed:1"), ("a border guard", "injured:1")], 1),
("z095", "2024-05-23",
 "On 22 May 2024, Malaysian police said they had arrested 8 members of the family of the man who attacked the Ulu Tiram police station on 17 May, in which 2 policemen were killed. The family was suspected of links to Jemaah Islamiyah.",
 [("2 policemen", "killed:2", "bg")], 0),
("z096", "2016-07-15",
 "On 14 July 2016, a quarrel over plantation land between Orang Asli villagers and workers of a logging company in Gua Musang (Kelantan) turned violent. A logging worker was killed with a parang and 4 villagers were injured. Fatalities: 1",
 [("A logging worker", "killed:1"), ("4 villagers", "injured:4"), ("Fatalities: [1]", "killed:1")], 1),
("z097", "2026-02-21",
 "HANOI -- A Vietnamese film about the 1979 border war with China, in which an estimated 30,000 soldiers died, was pulled from cinemas on Friday. No official figures for the dead have ever been published.",
 [("an estimated 30,000 soldiers", "killed:~30000", "bg")], 0),
("z098", "2021-09-03",
 "BUKIT MERTAJAM (local press) -- The bodies of two men with gunshot wounds were found in an oil palm estate near Bukit Mertajam on Thursday. Police believe they were killed elsewhere in a dispute between cigarette smuggling syndicates.",
 [("two men", "killed:2")], 2),
("z099", "2026-10-01",
 "On 30 September 2026, a man threw two petrol bombs at a ward police station in Ho Chi Minh City; a motorbike parked outside caught fire, but no officers were hurt. The man was arrested.",
 [], 0),
("z100", "2019-04-20",
 "On 19 April 2019, a man angry over land compensation attacked the commune People's Committee in Thuy Nguyen district (Hai Phong) with a knife, killing the commune chairman and two other officials. Two or three people were injured, according to local accounts.",
 [("the commune chairman", "killed:1"), ("two other officials", "killed:2"), ("Two or three people", "injured:2-3")], 3),
# ---------------- New Caledonia and Fiji ----------------
("z101", "2024-05-16",
 "On 15 May 2024, a gendarme was shot in the head at Plum (Mont-Dore) during rioting in the south of New Caledonia; he died the following day. Fatalities: 1",
 [("a gendarme", "killed:1"), ("Fatalities: [1]", "killed:1")], 1),
("z102", "2024-05-15",
 "On 14 May 2024, three young Kanak men were shot dead in Ducos and Plum during a night of rioting in Noumea and Mont-Dore; residents who had set up 'self-defence' barricades were suspected of the killings. Dozens of businesses were set on fire.",
 [("three young Kanak men", "killed:3")], 3),
("z103", "2024-07-16",
 "NOUMEA (wire) - French authorities said on Monday that the unrest that began on 13 May had left 13 people dead, including two gendarmes, and caused damage estimated at 2.2 billion euros. A 34-year-old man detained in Saint-Louis was charged on Monday.",
 [("13 people", "killed:13", "bg"), ("two gendarmes", "killed:2", "bg")], 0),
("z104", "2024-09-20",
 "On 19 September 2024, GIGN gendarmes conducting an arrest operation in the Saint-Louis tribe (Mont-Dore) opened fire on a group of men; the prosecutor said 2 men were killed, while Kanak leaders in the tribe spoke of 3 dead. Fatalities: 2",
 [("2 men", "killed:2"), ("of [3] dead", "killed:3"), ("Fatalities: [2]", "killed:2")], 2),
("z105", "2019-03-11",
 "On 10 March 2019, inmates at the Suva Remand Centre (Korovou) set fire to mattresses during a protest over food; the Fiji Corrections Service said 4 officers were assaulted and treated at CWM Hospital. No inmate escaped.",
 [("4 officers", "injured:4")], 0),
("z106", "2018-12-04",
 "SUVA (local press) -- The driver of a police vehicle died after youths threw rocks at the car during a disturbance in Nabua on Monday night, causing it to crash into a ditch. Two officers travelling with him were hospitalised.",
 [("The driver", "killed:1"), ("Two officers", "injured:2")], 1),
("z107", "2024-05-18",
 "On 17 May 2024, the French interior minister said that 54 police officers and gendarmes had been injured since the start of the riots in Noumea, and that 163 people had been arrested.",
 [("54 police officers and gendarmes", "injured:54")], 0),
("z108", "2017-04-15",
 "On 14 April 2017, a villager in Naitasiri (Fiji) was hacked to death in a land boundary dispute between two mataqali (landowning clans); 5 clan members were arrested and an elder was treated for cuts.",
 [("a villager", "killed:1"), ("an elder", "injured:1")], 1),
("z109", "2018-05-06",
 "On 5 May 2018, people on Ouvea (Loyalty Islands) commemorated the 30th anniversary of the cave hostage crisis, in which 19 Kanak militants and 2 soldiers died during the assault by French forces.",
 [("19 Kanak militants", "killed:19", "bg"), ("2 soldiers", "killed:2", "bg")], 0),
("z110", "2024-05-17",
 "NOUMEA,, May 16 -- 2nd gendarme dies : A 22-year-old gendarme hit by an accidental shot from a colleague in Noumea died on Thursday, the defence ministry said .",
 [("A 22-year-old gendarme", "killed:1")], 1),
("z111", "2025-05-09",
 "SUVA (Fiji Times) -- A new book on the 2000 coup, when rebels held the prime minister and 35 MPs hostage in parliament for 56 days, was launched at the University of the South Pacific on Thursday.",
 [("the prime minister", "abducted:1"), ("35 MPs", "abducted:35")], 0),
("z112", "2024-06-04",
 "On 3 June 2024, a man died in hospital in Noumea of gunshot wounds received on 24 May, when a gendarme he had attacked at a roadblock in Dumbea fired at him.",
 [("a man", "killed:1")], 1),
("z113", "2024-05-22",
 "On 21 May 2024, a spokesman for a loyalist 'neighbours' committee' in Noumea claimed that 15 rioters had been killed, wounded or captured by residents' self-defence groups in Magenta the night before; police said they had no record of any shooting.",
 [("15 rioters", "casualties:15")], 0),
# ---------------- Namibia and Botswana ----------------
("z114", "2020-11-06",
 "On 5 November 2020, a Botswana Defence Force (BDF) anti-poaching patrol shot dead three Namibian brothers and their cousin, all fishermen from Impalila Island, on the Chobe river near the border. The BDF said the men had fired first; Namibia rejected the claim. Fatalities: 4",
 [("three Namibian brothers", "killed:3"), ("their cousin", "killed:1"), ("Fatalities: [4]", "killed:4")], 4),
("z115", "2022-03-13",
 "On 12 March 2022, rangers in Etosha National Park (Namibia) found the carcasses of 4 rhinos killed by poachers; 3 suspects were arrested the next day in Outjo with 2 horns.",
 [], 0),
("z116", "2016-08-19",
 "On 18 August 2016, a BDF patrol in the Chobe National Park exchanged fire with a group of suspected Namibian poachers; 1 fatality was recorded among the poachers and two others escaped across the river. The BDF recovered a .303 rifle.",
 [("1 fatality", "killed:1")], 1),
("z117", "2019-06-27",
 "KATIMA MULILO (local press) -- A Namibian fisherman was wounded in the arm when Botswana soldiers fired at his canoe on the Linyanti river near Sangwali on Wednesday. He is being treated at Katima Mulilo hospital.",
 [("A Namibian fisherman", "injured:1")], 0),
("z118", "2017-10-10",
 "On 9 October 2017, suspected elephant poachers from Angola shot dead a community game guard near Nkurenkuru (Kavango West) when he tried to stop them. Namibian police said the gang had crossed the Okavango river.",
 [("a community game guard", "killed:1")], 1),
("z119", "2020-11-19",
 "GABORONE (press) - Botswana's parliament was told on Wednesday that since 2013, 30 Namibians and 22 Zimbabweans had been shot dead by the BDF under its anti-poaching policy. The minister denied that the army had a shoot-to-kill order.",
 [("30 Namibians", "killed:30", "bg"), ("22 Zimbabweans", "killed:22", "bg")], 0),
("z120", "2021-04-03",
 "On 2 April 2021, the BDF said its patrol had killed 5 armed poachers in a firefight in the Okavango Delta; Namibian police, who received the bodies, put the number of dead at 4.",
 [("5 armed poachers", "killed:5"), ("number of dead at [4]", "killed:4")], 4),
("z121", "2019-09-15",
 "On 14 September 2019, farmers in Seronga (Ngamiland) killed 2 elephants that had trampled their crops, and a lion killed 9 cattle in a kraal nearby; wildlife officers arrested 4 men.",
 [], 0),
("z122", "2015-12-08",
 "RUNDU (local press) - A Namibian Defence Force soldier on an anti-poaching patrol in Bwabwata park was shot by poachers on Monday and died on the way to hospital in Rundu; a second soldier was wounded. 3 suspects were later arrested.",
 [("A Namibian Defence Force soldier", "killed:1"), ("a second soldier", "injured:1")], 1),
("z123", "2023-01-19",
 "On 18 January 2023, two Namibian men who had crossed the Chobe river to collect firewood were reported missing; relatives accused the BDF of detaining them, which the army denied.",
 [("two Namibian men", "missing:2")], 0),
("z124", "2016-05-24",
 "On 23 May 2016, BDF soldiers shot dead 2 suspected poachers in the Chobe enclave and neutralised a third, whose fate was not given. An AK-47 and 30 rounds were recovered. Fatalities: 2",
 [("2 suspected poachers", "killed:2"), ("neutralised [a third]", "casualties:1"), ("Fatalities: [2]", "killed:2")], 2),
("z125", "2018-08-04",
 "On 3 August 2018, a game ranger was stabbed and wounded by suspected poachers near Mudumu park (Zambezi region). The same week, health officials in the region said hepatitis E had killed 24 people since December.",
 [("a game ranger", "injured:1"), ("24 people", "killed:24", "bg")], 0),
# ---------------- Eritrea, Tigray and Amhara ----------------
("z126", "2023-08-14",
 "On 13 August 2023, an Ethiopian military drone struck a market area in Finote Selam (West Gojjam, Amhara) during fighting with Fano militias, killing at least 26 civilians and wounding 55, according to hospital staff. The government did not comment.",
 [("at least 26 civilians", "killed:>=26"), ("wounding [55]", "injured:55")], 26),
("z127", "2024-02-03",
 "On 2 February 2024, a Fano spokesman claimed that its fighters had killed, wounded or captured more than 300 ENDF soldiers in clashes around Debre Tabor (South Gondar). The claim could not be verified.",
 [("more than 300 ENDF soldiers", "casualties:>300")], 0),
("z128", "2021-06-23",
 "On 22 June 2021, an Ethiopian air strike hit a crowded market in Togoga (Central Tigray). Health officials said 51 people were killed; a local administrator put the toll at 64. Fatalities: 51",
 [("51 people", "killed:51"), ("the toll at [64]", "killed:64"), ("Fatalities: [51]", "killed:51")], 51),
("z129", "2022-03-17",
 "ADDIS ABABA (wire) - Researchers at Ghent University estimated on Wednesday that between 385,000 and 600,000 civilians had died in the Tigray war since November 2020, most from famine and lack of health care.",
 [("between 385,000 and 600,000 civilians", "killed:385000-600000", "bg")], 0),
("z130", "2022-10-26",
 "On 25 October 2022, artillery fire blamed on the Eritrean Defence Forces hit the outskirts of Adwa (Central Tigray), killing a priest and a teenage shepherd; 20 goats were also killed.",
 [("a priest", "killed:1"), ("a teenage shepherd", "killed:1")], 2),
("z131", "2023-11-29",
 "On 28 November 2023, Tigrayans in Axum held a memorial service three years after Eritrean troops killed hundreds of civilians in the town over two days in November 2020.",
 [("hundreds of civilians", "killed:>=200", "bg")], 0),
("z132", "2025-03-08",
 "On 7 March 2025, Fano fighters attacked an ENDF camp near Merawi (West Gojjam). Residents said the dead numbered more than 20 soldiers and 5 Fano fighters; the army said it had repelled the attack and neutralised 40 extremists.",
 [("more than 20 soldiers", "killed:>20"), ("5 Fano fighters", "killed:5"), ("40 extremists", "casualties:40")], 25),
("z133", "2025-03-17",
 "ASMARA -- Eritrea's information minister on Sunday dismissed reports that troops had massed on the border with Tigray, calling claims that Eritrea was preparing an attack 'fabricated'. He said Eritrea had lost 19,000 soldiers in the 1998-2000 war with Ethiopia and wanted no new war.",
 [("19,000 soldiers", "killed:19000", "bg")], 0),
("z134", "2024-04-19",
 "On 18 April 2024, a drone strike hit a minibus on the road between Debre Markos and Bichena (East Gojjam), killing 11 passengers, including a mother and her 2 children. The driver survived with burns.",
 [("11 passengers", "killed:11"), ("a mother", "killed:1"), ("2 children", "killed:2"), ("The driver", "injured:1")], 11),
("z135", "2024-11-10",
 "On 9 November 2024, armed men abducted 6 civil servants travelling between Alamata and Korem (Southern Tigray) and demanded a ransom; two of them had been released by 12 November.",
 [("6 civil servants", "abducted:6")], 0),
("z136", "2023-08-07",
 "GONDAR (local press) -- Fighting between Fano and federal forces in Gondar city on Sunday killed some 30 people, most of them civilians caught in crossfire, according to the referral hospital. About 60 others were admitted with gunshot wounds.",
 [("some 30 people", "killed:~30"), ("About 60 others", "injured:~60")], 30),
("z137", "2022-09-12",
 "On 11 September 2022, a court in Gondar sentenced 14 members of a Tigrayan youth group to death for their role in the November 2020 Mai Kadra massacre, in which more than 600 civilians were killed.",
 [("more than 600 civilians", "killed:>600", "bg")], 0),
("z138", "2023-08-12",
 "On 11 August 2023, a woman wounded by gunfire when Fano forces entered Lalibela (North Wollo) on 9 August died at the town's hospital. A second woman wounded in the same incident was recovering.",
 [("a woman", "killed:1"), ("A second woman", "injured:1")], 1),
# ---------------- Sudan: Khartoum and Kordofan ----------------
("z139", "2023-06-18",
 "KHARTOUM (wire) - Shelling hit a crowded market in the Mayo district of south Khartoum on Saturday, killing 17 people, including 5 children, and wounding 11 others, the health ministry said. Fatalities: 17",
 [("17 people", "killed:17"), ("5 children", "killed:5"), ("11 others", "injured:11"), ("Fatalities: [17]", "killed:17")], 17),
("z140", "2024-10-09",
 "PORT SUDAN (wire) - The U.N. said on Tuesday that the war between the army and the Rapid Support Forces had killed at least 20,000 people since April 2023 and displaced more than 12 million, though local groups put the death toll far higher.",
 [("at least 20,000 people", "killed:>=20000", "bg")], 0),
("z141", "2025-07-14",
 "On 13 July 2025, RSF fighters raided the village of Shag Alnom near Bara (North Kordofan), setting homes on fire; local activists reported the killing of over 200 villagers, including women and children. The RSF denied targeting civilians.",
 [("over 200 villagers", "killed:>200")], 200),
("z142", "2023-12-20",
 "On 19 December 2023, RSF fighters stopped a bus at a checkpoint near Um Ruwaba (North Kordofan) and abducted 9 passengers, among them 2 doctors, demanding ransoms; the other passengers were robbed.",
 [("9 passengers", "abducted:9"), ("2 doctors", "abducted:2")], 0),
("z143", "2025-11-04",
 "On 3 November 2025, drone and artillery strikes blamed on the RSF and the SPLM-N hit a funeral gathering in Kadugli (South Kordofan), killing an estimated 40 people and injuring as many as 60 others, according to a local health official.",
 [("an estimated 40 people", "killed:~40"), ("as many as 60 others", "injured:<=60")], 40),
("z144", "2024-06-04",
 "On 3 June 2024, Sudanese in exile marked five years since security forces broke up the sit-in outside army headquarters in Khartoum, killing more than 120 protesters. Events in Khartoum itself were cancelled because of shelling that injured 4 people in Omdurman that morning.",
 [("more than 120 protesters", "killed:>120", "bg"), ("4 people", "injured:4")], 0),
("z145", "2025-01-27",
 "On 26 January 2025, the SAF said its troops had neutralised dozens of RSF fighters in Bahri (Khartoum North) and taken control of the Shambat bridge approach.",
 [("dozens of RSF fighters", "casualties:>=24")], 0),
("z146", "2025-02-03",
 "Shelling kills 12 in Omdurman market\nOMDURMAN (Sudan) - Twelve civilians where killed and 30 wounded on Sunday when RSF artillery shells fell on the Sabreen market in Karari , the local resistance committee said. Among the dead was a tea seller.",
 [("kills [12]", "killed:12"), ("Twelve civilians", "killed:12"), ("and [30] wounded", "injured:30"), ("a tea seller", "killed:1")], 12),
("z147", "2024-10-23",
 "On 22 October 2024, RSF fighters fired on a SAF position near Babanusa (West Kordofan); the army said the attack was repelled and that no soldier was hurt. In Al-Fula, the health ministry recorded 37 cholera deaths in October.",
 [("37 cholera deaths", "killed:37", "bg")], 0),
("z148", "2023-09-10",
 "KHARTOUM (local press) -- An air strike hit a residential area of Jabra in south Khartoum on Saturday. Two women were killed instantly and a man wounded in the strike died the next day, neighbours said. Fatalities: 3",
 [("Two women", "killed:2"), ("a man", "killed:1"), ("Fatalities: [3]", "killed:3")], 3),
("z149", "2025-08-26",
 "On 25 August 2025, the RSF warned residents of El Obeid (North Kordofan) to leave the city within 72 hours, threatening to shell it 'until the last soldier is killed'. SAF military intelligence arrested 15 people accused of sending coordinates to the RSF.",
 [], 0),
("z150", "2023-05-06",
 "KHARTOUM -- Fighting between the RSF and the army damaged the Ibn Sina hospital on Friday; staff said all patients had been moved to Omdurman and nobody was killed. The WHO said it had recorded 28 attacks on health care in Sudan since 15 April.",
 [], 0),
]

OUTCOMES = ("killed", "injured", "missing", "casualties", "abducted")
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def locate(text, ctx, occ):
    """Offsets of the bracketed part of ctx at its occ-th whole-word occurrence in text."""
    if "[" in ctx:
        pre, rest = ctx.split("[", 1)
        inner, post = rest.split("]", 1)
    else:
        pre, inner, post = "", ctx, ""
    plain = pre + inner + post
    pat = re.compile(r"(?<!\w)" + re.escape(plain) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise ValueError("context %r occurrence %d not found (%d hits)" % (plain, occ, len(hits)))
    s = hits[occ - 1] + len(pre)
    return s, s + len(inner)


def build():
    rows = []
    for it in ITEMS:
        iid, dct, text, spans, fat = it
        out = []
        for sp in spans:
            ctx, value = sp[0], sp[1]
            occ = next((x for x in sp[2:] if isinstance(x, int)), 1)
            s, e = locate(text, ctx, occ)
            out.append({"start": s, "end": e, "label": "CASUALTY", "text": text[s:e], "value": value})
        out.sort(key=lambda d: (d["start"], d["end"]))
        rows.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                     "spans": out, "fatalities": fat})
    return rows


def counted_killed(iid):
    it = next(x for x in ITEMS if x[0] == iid)
    return [sp for sp in it[3] if sp[1].startswith("killed:") and "bg" not in sp[2:]]


def check(rows):
    errs = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in rows:
        iid, text = r["id"], r["text"]
        if set(r) != {"id", "text", "dct", "layers", "spans", "fatalities"}:
            errs.append(iid + ": keys")
        try:
            d = datetime.date.fromisoformat(r["dct"])
            if not (2015 <= d.year <= 2026) or len(r["dct"]) != 10:
                errs.append(iid + ": dct out of range")
        except ValueError:
            errs.append(iid + ": bad dct")
        nsent = len(re.findall(r"[.!?](\s|$)", text.strip()))
        if not 1 <= max(nsent, 1) <= 6:
            errs.append(iid + ": sentence count %d" % nsent)
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(iid + ": bad offsets")
                continue
            if text[s:e] != sp["text"]:
                errs.append(iid + ": slice mismatch %r" % sp["text"])
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(iid + ": whitespace edge %r" % sp["text"])
            if s < prev_end:
                errs.append(iid + ": overlap at %r" % sp["text"])
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append(iid + ": label")
            m = VALUE_RE.match(sp["value"])
            if not m:
                errs.append(iid + ": bad value %r" % sp["value"])
            elif m.group(3) and int(m.group(3)) >= int(m.group(4)):
                errs.append(iid + ": range N>=M %r" % sp["value"])
        fat = r["fatalities"]
        if not (isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0):
            errs.append(iid + ": fatalities not a whole number")
        has_k = bool(counted_killed(iid))
        if (fat == 0) == has_k:
            errs.append(iid + ": fatalities %r vs counted killed spans %s" % (fat, has_k))
    return errs


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def review(rows):
    for r in rows:
        t, parts, pos = r["text"], [], 0
        for sp in r["spans"]:
            parts.append(t[pos:sp["start"]])
            parts.append("[" + t[sp["start"]:sp["end"]] + "|" + sp["value"] + "]")
            pos = sp["end"]
        parts.append(t[pos:])
        bgs = [sp[0] for sp in next(x for x in ITEMS if x[0] == r["id"])[3] if "bg" in sp[2:]]
        print("%s %s  fatalities=%s%s" % (r["id"], r["dct"], r["fatalities"],
                                          ("  bg=" + "; ".join(bgs)) if bgs else ""))
        print("   " + "".join(parts).replace("\n", " / "))
        print()


def main():
    rows = build()
    errs = check(rows)
    data = dump(rows)
    if data != dump(build()):
        errs.append("non-deterministic output")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    errs = check(back)
    if errs or dump(back) != data:
        print("\n".join(errs) or "re-read mismatch")
        sys.exit(1)
    if "--review" in sys.argv:
        review(back)
    nz = sum(1 for r in back if r["fatalities"] > 0)
    from collections import Counter
    oc = Counter(s["value"].split(":")[0] for r in back for s in r["spans"])
    cf = Counter()
    for r in back:
        for s in r["spans"]:
            c = s["value"].split(":")[1]
            cf[">=" if c.startswith(">=") else ">" if c.startswith(">") else "<=" if c.startswith("<=")
               else "~" if c.startswith("~") else "N-M" if "-" in c else "N"] += 1
    print("items %d, toll>0 %d, toll 0 %d, spans %d" % (len(back), nz, len(back) - nz,
                                                       sum(len(r["spans"]) for r in back)))
    print("outcomes", dict(oc), "forms", dict(cf))
    print("no-span items", [r["id"] for r in back if not r["spans"]])


if __name__ == "__main__":
    main()
