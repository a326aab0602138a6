#!/usr/bin/env python3
"""Held-out casualty set 20 (h20-001 .. h20-120): decision lists, builder, checks, review.

Each item: (number, dct, fatalities, text, spans).
Each span: (surface, occurrence, value) or (surface, occurrence, value, "bg").
  - occurrence counts case-sensitive whole-word matches of `surface` in `text`, from 1.
  - "bg" marks a killed figure that is background (an earlier or separate event, a running
    or period total, a figure a trial/protest/commemoration/film is about). It is a
    CASUALTY span but is not part of the report's `fatalities`. The flag is not written
    to the JSONL.
`fatalities` was worked out by hand under SCHEME.md "Totals per document" (lower end of
ranges and bounds). Usage: python3 build.py [--review]
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-20.jsonl")

ITEMS = [
# ---------------- France and Belgium (001-010) ----------------
(1, "2017-02-03", 0,
 "On 3 February 2017, a man armed with a machete attacked soldiers of Operation Sentinelle outside the Louvre in Paris (Ile-de-France). One soldier was slightly injured; the assailant was shot and wounded by the patrol and arrested. No one was killed.",
 [("One soldier", 1, "injured:1"), ("the assailant", 1, "injured:1")]),
(2, "2023-08-20", 1,
 "MARSEILLE — A 19-year-old was shot dead overnight in the Busserine housing estate in the north of the city, the prosecutor's office said on Sunday. It is the 23rd drug-related killing in Marseille since January, according to a police count. Last year the narcotrafic feuds claimed 49 lives in the Bouches-du-Rhône.",
 [("A 19-year-old", 1, "killed:1"), ("49 lives", 1, "killed:49", "bg")]),
(3, "2019-10-14", 2,
 "On 14 October 2019, a man with a knife attacked passers-by at the Gare du Midi in Brussels (Brussels-Capital), killing a railway employee and wounding two travellers before police shot the attacker dead. Fatalities: 2.",
 [("a railway employee", 1, "killed:1"), ("two travellers", 1, "injured:2"),
  ("the attacker", 1, "killed:1"), ("2", 1, "killed:2")]),
(4, "2021-09-08", 0,
 "PARIS (AFP) - Twenty people stand trial in Paris from Wednesday over the November 2015 attacks, in which 130 people were killed at the Bataclan concert hall, cafe terraces and the Stade de France. The lone surviving member of the commando faces life imprisonment.",
 [("130 people", 1, "killed:130", "bg")]),
(5, "2023-07-02", 0,
 "On 1 July 2023, rioters rammed a burning car into the home of the mayor of L'Hay-les-Roses (Val-de-Marne); the mayor's wife and one of their children were injured while fleeing. The riots followed the death of a 17-year-old shot by a police officer in Nanterre on 27 June.",
 [("the mayor's wife", 1, "injured:1"), ("one", 1, "injured:1"), ("a 17-year-old", 1, "killed:1", "bg")]),
(6, "2024-02-07", 1,
 "BRUXELLES — Shots were fired again in Anderlecht on Tuesday evening: a thirty-year-old man was killed and another man was wounded near the Clemenceau metro station, the Brussels prosecutor's office said. It was the ninth shooting in the capital this month. The federal police deployed 150 officers to the Peterbos estate.",
 [("a thirty-year-old man", 1, "killed:1"), ("another man", 1, "injured:1")]),
(7, "2024-12-10", 0,
 "On 9 December 2024, the DGSI arrested three men in Strasbourg (Bas-Rhin) suspected of planning an attack on the Christmas market; investigators said the group wanted to 'kill as many people as possible'. Two kg of explosive precursors were seized.",
 []),
(8, "2018-05-29", 4,
 "LIEGE, Belgium — A gunman killed two police officers and a 22-year-old student on Tuesday morning, then took a cleaning woman hostage in a school. The gunman was shot dead by a special police unit and four officers were wounded, prosecutors said. It was the deadliest attack in Belgium since the 2016 Brussels bombings, which killed 32 people.",
 [("two police officers", 1, "killed:2"), ("a 22-year-old student", 1, "killed:1"),
  ("a cleaning woman", 1, "abducted:1"), ("The gunman", 1, "killed:1"),
  ("four officers", 1, "injured:4"), ("32 people", 1, "killed:32", "bg")]),
(9, "2020-09-26", 0,
 "On 25 September 2020, an 18-year-old man attacked two employees of a press agency with a meat cleaver outside the former Charlie Hebdo offices in Paris; they were seriously wounded. The attacker was arrested near Bastille. The building was targeted in January 2015, when 12 people were killed.",
 [("two employees", 1, "injured:2"), ("12 people", 1, "killed:12", "bg")]),
(10, "2023-04-02", 3,
 "MARSEILLE — The charred bodies of two men were found in a burned-out car in the 14th arrondissement early Saturday, a method the local press calls 'le barbecue'. Hours later a 15-year-old was shot dead in Felix-Pyat. Police said between 40 and 50 people have been killed in drug-related violence in the city so far this year.",
 [("two men", 1, "killed:2"), ("a 15-year-old", 1, "killed:1"),
  ("between 40 and 50 people", 1, "killed:40-50", "bg")]),
# ---------------- United Kingdom (011-020) ----------------
(11, "2024-09-27", 1,
 "LONDON — A 16-year-old boy was stabbed to death in Croydon on Thursday afternoon, the Metropolitan Police said, the 14th teenager to die violently in the capital this year. Two other boys, aged 15 and 17, were arrested on suspicion of murder.",
 [("A 16-year-old boy", 1, "killed:1")]),
(12, "2021-05-11", 0,
 "On 11 May 2021, the coroner at the Ballymurphy inquest in Belfast (Antrim) found that 10 people shot dead in August 1971 had been entirely innocent; nine of them were killed by British soldiers. Families gathered outside the court.",
 [("10 people", 1, "killed:10", "bg"), ("nine", 1, "killed:9", "bg")]),
(13, "2019-11-30", 3,
 "Two people were killed and three wounded when a man wearing a fake suicide vest attacked a prisoner-rehabilitation conference near London Bridge on Friday. The attacker, a convicted terrorist released on licence, was shot dead by armed officers on the bridge.",
 [("Two people", 1, "killed:2"), ("three", 1, "injured:3"), ("The attacker", 1, "killed:1")]),
(14, "2022-03-04", 1,
 "On 3 March 2022, a man stabbed three people at a bus stop in Leicester city centre (Leicestershire); one of them, a 52-year-old bus driver, died in hospital the next day. A 28-year-old man was arrested at the scene.",
 [("three people", 1, "injured:3"), ("one", 1, "killed:1")]),
(15, "2025-06-12", 0,
 "A new BBC drama about the Omagh bombing, which killed 29 people in August 1998, will air next month, 27 years after the attack. Relatives of the victims were consulted during filming, the broadcaster said.",
 [("29 people", 1, "killed:29", "bg")]),
(16, "2023-04-09", 1,
 "On 8 April 2023, unidentified gunmen shot dead a 37-year-old man in the Ardoyne area of north Belfast (Antrim). A second man, aged 40, was injured. Police attributed the shooting to a feud inside a loyalist paramilitary faction. Fatalities: 1. Source: Belfast Telegraph",
 [("a 37-year-old man", 1, "killed:1"), ("A second man", 1, "injured:1"), ("1", 1, "killed:1")]),
(17, "2023-11-15", 0,
 "Man jailed for threatening to kill MP\n\nA man who sent messages threatening to kill a Labour MP and every one of her staff was jailed for 18 months at Leeds Crown Court on Tuesday. The court heard he had searched online for the address of the MP's constituency office.",
 []),
(18, "2024-07-30", 3,
 "On 29 July 2024, a teenager armed with a knife attacked children at a holiday dance class in Southport (Merseyside), killing 3 girls and wounding 8 other children and 2 adults who tried to protect them. Police arrested the suspect at the scene.",
 [("3 girls", 1, "killed:3"), ("8 other children", 1, "injured:8"), ("2 adults", 1, "injured:2")]),
(19, "2024-03-21", 0,
 "DERRY — A 73-year-old former paratrooper was charged on Thursday with the murder of two men shot during a civil rights march in the city in January 1972. Fourteen people died as a result of the shootings that day. The accused will appear in court next month.",
 [("two men", 1, "killed:2", "bg"), ("Fourteen people", 1, "killed:14", "bg")]),
(20, "2022-10-17", 1,
 "NOTTINGHAM — A man who was stabbed outside a nightclub on Hockley early on Saturday has died in hospital, police said on Monday. Two other men were treated for cuts. Detectives said 4 people had been arrested.",
 [("A man", 1, "killed:1"), ("Two other men", 1, "injured:2")]),
# ---------------- Russia: Belgorod, Kursk, Bryansk (021-030) ----------------
(21, "2023-05-12", 2,
 "On 12 May 2023, a Ukrainian drone struck a car near the village of Glotovo in Graivoron district (Belgorod), killing 2 civilians, according to the regional governor. Fatalities: 2",
 [("2 civilians", 1, "killed:2"), ("2", 2, "killed:2")]),
(22, "2023-06-02", 0,
 "BELGOROD, Russia — Ukrainian shelling of the border town of Shebekino overnight wounded four people, including a 9-year-old girl, and killed about 40 cows on a dairy farm, the regional governor wrote on Telegram on Friday.",
 [("four people", 1, "injured:4"), ("a 9-year-old girl", 1, "injured:1")]),
(23, "2024-08-09", 0,
 "On 8 August 2024, the Russian Defence Ministry said it had neutralised 100 Ukrainian servicemen of the 22nd Mechanised Brigade who crossed the border into Sudzha district (Kursk); the claim could not be verified. Ukrainian sources reported no losses.",
 [("100 Ukrainian servicemen", 1, "casualties:100")]),
(24, "2025-01-13", 5,
 "KURSK — Five people were killed on Sunday when a Ukrainian missile hit an apartment block in Rylsk, the acting governor said. Since August, shelling and drone attacks have killed more than 300 civilians across the Kursk region, according to regional authorities.",
 [("Five people", 1, "killed:5"), ("more than 300 civilians", 1, "killed:>300", "bg")]),
(25, "2023-10-17", 1,
 "On 17 October 2023, a Ukrainian FPV drone hit a truck on a road near Klimovo (Bryansk), about 5 km from the border; the driver died at the scene and a passenger was wounded. The governor reported the attack on his Telegram channel.",
 [("the driver", 1, "killed:1"), ("a passenger", 1, "injured:1")]),
(26, "2023-03-03", 0,
 "BRYANSK — Russian officials said on Thursday that a Ukrainian sabotage group that crossed into the Bryansk region had been driven back after a day of fighting near the village of Lyubechane. The FSB said its units had killed or detained 12 saboteurs. Two villagers were abducted by the group and released hours later.",
 [("12 saboteurs", 1, "casualties:12"), ("Two villagers", 1, "abducted:2")]),
(27, "2023-12-31", 25,
 "On 30 December 2023, Ukrainian forces fired rockets at central Belgorod city (Belgorod), hitting an ice rink and a shopping street, killing 25 people, including 5 children, and wounding 109, according to Russian authorities. Fatalities: 25",
 [("25 people", 1, "killed:25"), ("5 children", 1, "killed:5"), ("109", 1, "injured:109"),
  ("25", 2, "killed:25")]),
(28, "2025-08-06", 0,
 "Kursk marks one year since incursion\n\nResidents of Sudzha who fled last August laid flowers on Wednesday at a memorial in Kursk to the civilians killed during the Ukrainian incursion, which regional officials say claimed at least 300 lives. About 120,000 people were evacuated at the time.",
 [("at least 300 lives", 1, "killed:>=300", "bg")]),
(29, "2025-05-21", 0,
 "On 21 May 2025, Russian air defences shot down 17 Ukrainian drones over Bryansk region (Bryansk); falling debris damaged two houses in Sevsk, but no one was hurt, according to the governor.",
 []),
(30, "2024-03-17", 1,
 "BELGOROD — A woman wounded in a drone strike on a minibus in Shebekino on Friday has died in hospital, the regional health ministry said on Sunday. Between six and eight other passengers were injured in the strike.",
 [("A woman", 1, "killed:1"), ("Between six and eight other passengers", 1, "injured:6-8")]),
# ---------------- Iran (031-040) ----------------
(31, "2017-02-10", 6,
 "On 9 February 2017, Jaish al-Adl militants ambushed a Border Guard patrol near Mirjaveh (Sistan-Baluchestan), killing 4 border guards. State media said 2 of the assailants were killed in the exchange of fire. Fatalities: 6",
 [("4 border guards", 1, "killed:4"), ("2", 1, "killed:2"), ("6", 1, "killed:6")]),
(32, "2023-09-29", 0,
 "ZAHEDAN, Iran — Hundreds of worshippers marched after Friday prayers in Zahedan to mark the anniversary of Bloody Friday, when security forces killed dozens of protesters in September 2022. Rights groups put that day's toll at 96.",
 [("dozens of protesters", 1, "killed:>=24", "bg"), ("96", 1, "killed:96", "bg")]),
(33, "2022-09-20", 0,
 "On 19 September 2022, security forces fired tear gas and birdshot at protesters in Saqqez (Kurdistan), wounding hundreds of people; around 60 were arrested. The protests erupted over the death in custody of a young woman in Tehran.",
 [("hundreds of people", 1, "injured:>=200"), ("a young woman", 1, "killed:1", "bg")]),
(34, "2024-01-30", 2,
 "SARAVAN — Two fuel porters, known locally as sukhtbar, were shot dead by Revolutionary Guards near the Pakistani border on Monday, a Baluch rights group said. The group said at least 40 porters had been killed in the province since the start of the year.",
 [("Two fuel porters", 1, "killed:2"), ("at least 40 porters", 1, "killed:>=40", "bg")]),
(35, "2018-10-17", 0,
 "On 16 October 2018, Jaish al-Adl militants abducted 12 Iranian security personnel, including members of IRGC intelligence, from a border post at Mirjaveh (Sistan-Baluchestan) and took them into Pakistan. One captive later died of a heart attack, the group said; 5 were released a month later.",
 [("12 Iranian security personnel", 1, "abducted:12")]),
(36, "2021-07-14", 1,
 "IRANSHAHR — Unidentified gunmen opened fire on a police car in Iranshahr on Tuesday evening, wounding two officers, the provincial police chief said. One of them died overnight in a hospital in Zahedan. No group claimed the attack, the third on police in the city this month.",
 [("two officers", 1, "injured:2"), ("One", 1, "killed:1")]),
(37, "2019-07-24", 3,
 "On 23 July 2019, IRGC ground forces clashed with Jaish al-Adl near Saravan (Sistan-Baluchestan). The IRGC said 3 of its members were killed; Jaish al-Adl claimed to have killed 14 Guards.",
 [("3", 1, "killed:3"), ("14 Guards", 1, "killed:14")]),
(38, "2022-11-03", 1,
 "KHASH, Iran — A Sunni cleric who led Friday prayers in Khash was shot dead by two men on a motorcycle as he left a mosque on Wednesday, local media reported. The killing sparked a protest by several hundred people outside the governor's office.",
 [("A Sunni cleric", 1, "killed:1")]),
(39, "2016-05-21", 0,
 "On 20 May 2016, the IRGC Ground Forces said they had dismantled a terrorist team in Sistan-Baluchestan, seizing 2 Kalashnikovs and 300 rounds; 4 members of the cell were neutralized near Sarbaz.",
 [("4 members", 1, "casualties:4")]),
(40, "2023-12-15", 11,
 "Nine killed in attack on police station in southeast Iran\n\nTEHRAN (Reuters) - Gunmen attacked a police station in Rask in Sistan-Baluchestan province overnight, killing nine police officers, state media reported on Friday. Between two and four attackers were also killed, a local official said. Jaish al-Adl claimed the attack.",
 [("Nine", 1, "killed:9"), ("nine police officers", 1, "killed:9"),
  ("Between two and four attackers", 1, "killed:2-4")]),
# ---------------- Algeria and Tunisia (041-050) ----------------
(41, "2018-03-08", 0,
 "On 7 March 2018, ANP troops neutralised 3 terrorists in an ambush near Ain Defla (Ain Defla), the Ministry of National Defence said; 2 Kalashnikov rifles were recovered and a support element was arrested in Tipaza. The ministry said that since January its units had killed, wounded or captured 41 members of armed groups.",
 [("3 terrorists", 1, "casualties:3"), ("41 members", 1, "casualties:41")]),
(42, "2023-04-28", 23,
 "SFAX, Tunisia — The coast guard recovered 23 bodies off Sfax on Thursday after a boat carrying migrants from sub-Saharan Africa sank, a court spokesman said. Four people were rescued and at least 15 remain missing. More than 1,300 migrants died or went missing off Tunisia last year, according to a rights group.",
 [("23 bodies", 1, "killed:23"), ("at least 15", 1, "missing:>=15"),
  ("More than 1,300 migrants", 1, "casualties:>1300")]),
(43, "2015-02-19", 4,
 "On 18 February 2015, militants of Okba Ibn Nafaa ambushed a National Guard patrol at Boulaaba near Kasserine (Kasserine), killing four guardsmen. Fatalities: 4",
 [("four guardsmen", 1, "killed:4"), ("4", 1, "killed:4")]),
(44, "2015-06-14", 0,
 "KASSERINE, Tunisia — A shepherd was wounded on Saturday when a landmine exploded on Mount Semmama, killing part of his flock, the Defence Ministry said. The army has sealed off the area. Mines planted by armed groups in these mountains have killed dozens of soldiers and civilians since 2013.",
 [("A shepherd", 1, "injured:1"), ("dozens of soldiers and civilians", 1, "killed:>=24", "bg")]),
(45, "2019-08-10", 1,
 "On 9 August 2019, clashes between Chaamba and Mozabite residents in Ghardaia (Ghardaia) resulted in the killing of a young Mozabite trader; 6 others were injured and 18 people arrested.",
 [("a young Mozabite trader", 1, "killed:1"), ("6 others", 1, "injured:6")]),
(46, "2022-11-06", 3,
 "LAMPEDUSA/SFAX — Around 40 migrants were missing after their boat capsized shortly after leaving the Tunisian coast near Chebba, the Italian coast guard said on Sunday. The bodies of 3 were recovered by Tunisian fishermen. Two survivors, both from Guinea, were picked up by a merchant ship.",
 [("Around 40 migrants", 1, "missing:~40"), ("3", 1, "killed:3")]),
(47, "2019-04-13", 0,
 "On 12 April 2019, police fired tear gas at Hirak marchers in Algiers (Algiers); 83 police officers were injured and 180 people were arrested, according to the DGSN. Protesters said scores of marchers were also hurt.",
 [("83 police officers", 1, "injured:83"), ("scores of marchers", 1, "injured:>=40")]),
(48, "2023-11-03", 2,
 "BIZERTE, Tunisia — An assailant stabbed a police officer to death outside a police station in Bizerte on Thursday and wounded a second before being shot dead by officers, the interior ministry said. It was the second attack on security forces in the city this year.",
 [("An assailant", 1, "killed:1"), ("a police officer", 1, "killed:1"), ("a second", 1, "injured:1")]),
(49, "2018-04-03", 8,
 "On 2 April 2018, an army patrol clashed with an armed group in the forests near Skikda (Skikda); the Ministry of Defence said 7 terrorists were killed, including an emir, and 1 soldier died of his wounds. Fatalities: 8",
 [("7 terrorists", 1, "killed:7"), ("an emir", 1, "killed:1"), ("1 soldier", 1, "killed:1"),
  ("8", 1, "killed:8")]),
(50, "2021-03-02", 0,
 "ALGIERS — Families of victims of the 1990s civil war, in which an estimated 150,000 people were killed, staged a sit-in outside parliament on Monday to demand the truth about 7,000 people who disappeared in custody.",
 [("an estimated 150,000 people", 1, "killed:~150000", "bg"), ("7,000 people", 1, "missing:7000")]),
# ---------------- South Africa (051-060) ----------------
(51, "2022-07-10", 6,
 "PIETERMARITZBURG — Gunmen opened fire on patrons at a tavern in Imbali late on Saturday, killing six people and wounding four, police said. The dead included the tavern owner. It was the third mass shooting in KwaZulu-Natal this month.",
 [("six people", 1, "killed:6"), ("four", 1, "injured:4"), ("the tavern owner", 1, "killed:1")]),
(52, "2021-06-14", 3,
 "On 14 June 2021, suspected hitmen linked to a rival taxi association ambushed a minibus taxi on the N2 near Mthatha (Eastern Cape), killing the driver and 2 passengers; 3 other passengers were wounded. Fatalities: 3",
 [("the driver", 1, "killed:1"), ("2 passengers", 1, "killed:2"), ("3 other passengers", 1, "injured:3"),
  ("3", 2, "killed:3")]),
(53, "2021-09-22", 1,
 "DURBAN — An ANC ward councillor was shot dead outside his home in Umlazi on Tuesday, the latest in a string of political killings ahead of local elections. A 2018 commission found that more than 80 politicians had been killed in KwaZulu-Natal since 2011.",
 [("An ANC ward councillor", 1, "killed:1"), ("more than 80 politicians", 1, "killed:>80", "bg")]),
(54, "2023-08-04", 0,
 "On 3 August 2023, taxi operators torched 5 buses and blocked roads in Cape Town (Western Cape) during a strike called by SANTACO. Police said Themba Mkhize was shot dead at a taxi rank in Nyanga; 120 people were arrested.",
 []),
(55, "2024-02-05", 0,
 "JOHANNESBURG — Seven men went on trial on Monday for the murder of 16 people at a tavern in Soweto in 2022. The state will call 30 witnesses, prosecutors said.",
 [("16 people", 1, "killed:16", "bg")]),
(56, "2019-05-03", 1,
 "On 2 May 2019, residents of Diepsloot (Gauteng) assaulted and set alight a man accused of housebreaking; he died at the scene. Police said a second suspect was rescued with injuries.",
 [("a man", 1, "killed:1"), ("a second suspect", 1, "injured:1")]),
(57, "2020-10-10", 3,
 "ESTCOURT — Unknown gunmen killed two izinduna (traditional headmen) and a local ANC branch secretary in an attack near Wembezi on Friday night, police in KwaZulu-Natal said. A fourth man survived with gunshot wounds.",
 [("two izinduna", 1, "killed:2"), ("a local ANC branch secretary", 1, "killed:1"),
  ("A fourth man", 1, "injured:1")]),
(58, "2020-01-23", 0,
 "On 22 January 2020, IFP and ANC supporters clashed at Glebelands hostel in Umlazi (KwaZulu-Natal); 4 people were injured by gunfire. The hostel was the scene of more than 100 killings between 2014 and 2017.",
 [("4 people", 1, "injured:4"), ("more than 100 killings", 1, "killed:>100", "bg")]),
(59, "2026-04-23", 0,
 "POLOKWANE — Armed robbers opened fire on a cash-in-transit van on the N1 near Polokwane on Wednesday, but the two security guards escaped unhurt, police said. The robbers fled with an undisclosed amount of cash.",
 []),
(60, "2015-03-12", 4,
 "On 11 March 2015, gunmen attacked a family home in Philippi East, Cape Town (Western Cape), killing 4 people, including a 14-year-old boy. A community organisation put the toll at 5.",
 [("4 people", 1, "killed:4"), ("a 14-year-old boy", 1, "killed:1"), ("5", 1, "killed:5")]),
# ---------------- Kenya (061-070) ----------------
(61, "2021-08-22", 0,
 "On 21 August 2021, suspected al-Shabaab militants torched 4 houses and a church in Widhu (Lamu) overnight; residents fled into the forest and no casualties were reported.",
 []),
(62, "2022-01-03", 6,
 "LAMU, Kenya — Suspected al-Shabaab militants killed six villagers, some of them beheaded, in a night raid on Juhudi and Salama villages in Lamu county, police said on Monday. In 2014 some 60 people were killed in similar raids on Mpeketoni.",
 [("six villagers", 1, "killed:6"), ("some 60 people", 1, "killed:~60", "bg")]),
(63, "2023-03-15", 2,
 "On 14 March 2023, armed bandits raided Chesogon (Elgeyo-Marakwet), driving away some 200 head of cattle and shooting dead 2 herders; a police reservist was wounded. Earlier that day a lorry overturned on the Iten-Kabarnet road, killing 3 people.",
 [("2 herders", 1, "killed:2"), ("a police reservist", 1, "injured:1"), ("3 people", 1, "killed:3", "bg")]),
(64, "2019-07-08", 1,
 "MARSABIT — Police said calm had returned to Saku after a clash between Borana and Gabra herders on Sunday in which an elder was hacked to death, three people were wounded and 40 goats were killed. Five people have been arrested.",
 [("an elder", 1, "killed:1"), ("three people", 1, "injured:3")]),
(65, "2024-06-26", 19,
 "On 25 June 2024, police fired live rounds at protesters who stormed parliament in Nairobi (Nairobi); the Kenya National Commission on Human Rights said at least 19 people were killed, while a doctors' union reported 23 deaths. Dozens were injured.",
 [("at least 19 people", 1, "killed:>=19"), ("23 deaths", 1, "killed:23"), ("Dozens", 1, "injured:>=24")]),
(66, "2025-06-18", 0,
 "NAIROBI — Hundreds of people marched through the capital on Tuesday to protest the death of a teacher and blogger in police custody earlier this month. Police used tear gas; a hawker was shot in the face and seriously injured.",
 [("a teacher and blogger", 1, "killed:1", "bg"), ("a hawker", 1, "injured:1")]),
(67, "2022-02-04", 5,
 "On 3 February 2022, Gabra and Borana militias clashed at Qilta near Turbi (Marsabit). Police said the dead numbered 5, among them a chief's son; 9 others were hospitalised in Marsabit town.",
 [("5", 1, "killed:5"), ("a chief's son", 1, "killed:1"), ("9 others", 1, "injured:9")]),
(68, "2023-09-21", 0,
 "A new book by a Nairobi journalist recounts the 2013 Westgate mall siege, in which 67 people were killed, through the eyes of survivors and the police officers who went in first. It is launched this week, ten years after the attack.",
 [("67 people", 1, "killed:67", "bg")]),
(69, "2024-11-10", 1,
 "On 9 November 2024, bandits ambushed a matatu on the Chesongoch-Tot road (Elgeyo-Marakwet), killing a KDF soldier on leave and abducting 2 schoolgirls; the girls were rescued the next day.",
 [("a KDF soldier", 1, "killed:1"), ("2 schoolgirls", 1, "abducted:2")]),
(70, "2020-02-14", 1,
 "MPEKETONI — Four Kenya Defence Forces soldiers were injured on Thursday when their vehicle hit an improvised explosive device on the Milimani-Baure road in Lamu county. One of them died on the way to hospital. Lamu's governor said the county had lost more than 30 security officers to such bombs since 2017.",
 [("Four Kenya Defence Forces soldiers", 1, "injured:4"), ("One", 1, "killed:1"),
  ("more than 30 security officers", 1, "killed:>30", "bg")]),
# ---------------- Thailand's deep south (071-080) ----------------
(71, "2019-05-06", 2,
 "On 6 May 2019, suspected BRN insurgents detonated a roadside bomb as a patrol of Task Force 46 passed in Rueso district (Narathiwat), killing 2 rangers (thahan phran) and wounding 3.",
 [("2 rangers", 1, "killed:2"), ("3", 1, "injured:3")]),
(72, "2018-01-22", 0,
 "PATTANI, Thailand — A motorcycle bomb exploded outside a convenience store in Nong Chik district on Sunday night, damaging shops, but no one was hurt, police said. More than 7,000 people have been killed since the insurgency in the Malay-Muslim south reignited in 2004.",
 [("More than 7,000 people", 1, "killed:>7000", "bg")]),
(73, "2021-01-13", 1,
 "On 12 January 2021, gunmen on a motorcycle shot dead a village headman (phu yai ban) in Bannang Sata district (Yala) as he returned from a mosque. Fatalities: 1. Source: Deep South Watch",
 [("a village headman", 1, "killed:1"), ("1", 1, "killed:1")]),
(74, "2016-11-15", 3,
 "YALA — Gunmen killed three rubber tappers and wounded a fourth on a plantation in Raman district early on Tuesday, police said, in what they suspect was retaliation for the arrest of 2 insurgent suspects last week.",
 [("three rubber tappers", 1, "killed:3"), ("a fourth", 1, "injured:1")]),
(75, "2017-03-30", 0,
 "On 30 March 2017, a bomb disposal unit defused a 15-kg gas-cylinder bomb hidden near a school in Sungai Kolok (Narathiwat). Rangers detained 2 suspects. No injuries were reported.",
 []),
(76, "2024-10-25", 0,
 "NARATHIWAT — Relatives gathered in Tak Bai on Friday to mark 20 years since 85 Muslim protesters died, most of them suffocated in army trucks after their arrest in October 2004. The statute of limitations on the case expires this week.",
 [("85 Muslim protesters", 1, "killed:85", "bg")]),
(77, "2022-08-19", 1,
 "On 18 August 2022, rangers clashed with an insurgent cell in Sai Buri district (Pattani); 1 insurgent was killed and another escaped. A ranger was slightly injured.",
 [("1 insurgent", 1, "killed:1"), ("A ranger", 1, "injured:1")]),
(78, "2015-04-11", 4,
 "Four killed in twin blasts in Yala town\n\nYALA, Thailand (AP) — Two bombs went off minutes apart in the Yala town market on Saturday, killing four people — two defence volunteers, a vendor and a child — and injuring 21, a provincial official said.",
 [("Four", 1, "killed:4"), ("four people", 1, "killed:4"), ("two defence volunteers", 1, "killed:2"),
  ("a vendor", 1, "killed:1"), ("a child", 1, "killed:1"), ("21", 1, "injured:21")]),
(79, "2016-06-02", 0,
 "On 2 June 2016, gunmen fired at a pickup truck carrying schoolteachers escorted by village defence volunteers in Cho-airong district (Narathiwat); a teacher was wounded in the leg and the others escaped unhurt.",
 [("a teacher", 1, "injured:1")]),
(80, "2025-07-11", 2,
 "NARATHIWAT — A second soldier has died of wounds sustained in a roadside bombing in Si Sakhon district on Wednesday, bringing the toll to two, the army said on Friday. Three others remain in hospital.",
 [("A second soldier", 1, "killed:1"), ("two", 1, "killed:2"), ("Three others", 1, "injured:3")]),
# ---------------- Sri Lanka (081-090) ----------------
(81, "2023-04-23", 0,
 "COLOMBO — Catholics held a silent protest outside St Anthony's Shrine in Kochchikade on Sunday, demanding justice for the 2019 Easter Sunday bombings, which killed 269 people, including 45 foreigners.",
 [("269 people", 1, "killed:269", "bg"), ("45 foreigners", 1, "killed:45", "bg")]),
(82, "2024-02-20", 1,
 "On 19 February 2024, two unidentified gunmen on a motorcycle shot dead a 38-year-old man linked to an organised crime group in Ambalangoda (Southern); police attributed the killing to a feud between underworld gangs. Fatalities: 1",
 [("a 38-year-old man", 1, "killed:1"), ("1", 1, "killed:1")]),
(83, "2025-02-19", 2,
 "NEGOMBO — A gunman disguised as a lawyer opened fire inside a courtroom on Wednesday, killing a suspected gang leader who was in the dock and a prison officer, police said. A second prison officer was injured. The gunman fled on foot.",
 [("a suspected gang leader", 1, "killed:1"), ("a prison officer", 1, "killed:1"),
  ("A second prison officer", 1, "injured:1")]),
(84, "2023-05-15", 0,
 "On 14 May 2023, the police Special Task Force arrested 4 members of a gang in Mount Lavinia (Western) and seized 2 T-56 rifles and 50 rounds, allegedly meant for the killing of a rival drug dealer.",
 []),
(85, "2022-12-04", 0,
 "JAFFNA — Three people were wounded when a group of youths armed with swords attacked a house in Kokuvil on Saturday night, police said. Such gangs have been blamed for a string of attacks in the peninsula, where an estimated 100,000 people died in the 26-year civil war.",
 [("Three people", 1, "injured:3"), ("an estimated 100,000 people", 1, "killed:~100000", "bg")]),
(86, "2023-07-08", 3,
 "On 7 July 2023, police shot dead 2 suspected members of an underworld gang during a raid in Homagama (Western) after they allegedly opened fire on officers; one officer was seriously wounded and died in hospital the next day. Fatalities: 3",
 [("2 suspected members", 1, "killed:2"), ("one officer", 1, "killed:1"), ("3", 1, "killed:3")]),
(87, "2023-01-13", 0,
 "COLOMBO — The Supreme Court on Thursday ordered a former president to pay 100 million rupees in compensation to victims of the Easter attacks, ruling that his inaction had contributed to the tragedy. The bombings killed more than 260 people.",
 [("more than 260 people", 1, "killed:>260", "bg")]),
(88, "2016-11-22", 0,
 "On 21 November 2016, men in a white van abducted a businessman in Wellawatte (Western); he was found alive two days later near Kalutara with minor injuries.",
 [("a businessman", 1, "abducted:1")]),
(89, "2024-06-03", 4,
 "KALUTARA — Gunmen killed two brothers and their cousin at a wedding reception in Panadura late on Sunday, police said. The body of a fourth man, believed to be the hall's owner, was found on Monday in a nearby canal. A police spokesman said the killings were linked to a dispute over the heroin trade.",
 [("two brothers", 1, "killed:2"), ("their cousin", 1, "killed:1"), ("a fourth man", 1, "killed:1")]),
(90, "2022-05-10", 1,
 "On 9 May 2022, government supporters attacked protesters at Galle Face (Colombo); an estimated 200 people were injured. In Nittambuwa (Gampaha) a ruling-party MP was killed after he opened fire on a crowd.",
 [("an estimated 200 people", 1, "injured:~200"), ("a ruling-party MP", 1, "killed:1")]),
# ---------------- Nepal (091-100) ----------------
(91, "2024-08-16", 0,
 "KATHMANDU — Conflict victims staged a sit-in at Maitighar on Thursday, demanding that the Truth and Reconciliation Commission finish its work on the 1996-2006 Maoist insurgency, in which more than 17,000 people were killed and some 1,300 disappeared.",
 [("more than 17,000 people", 1, "killed:>17000", "bg"), ("some 1,300", 1, "missing:~1300")]),
(92, "2025-09-09", 19,
 "On 8 September 2025, police opened fire on youth protesters against a social media ban outside the Federal Parliament in New Baneshwor (Kathmandu); 19 protesters were killed and over 300 people injured, according to the Home Ministry.",
 [("19 protesters", 1, "killed:19"), ("over 300 people", 1, "injured:>300")]),
(93, "2015-11-03", 3,
 "BIRGUNJ, Nepal — Three people, including a 17-year-old student, were killed when police opened fire on Madhesi protesters blocking the border crossing at Birgunj on Monday, officials said. Over 40 were injured. The protests against the new constitution have claimed at least 45 lives since August.",
 [("Three people", 1, "killed:3"), ("a 17-year-old student", 1, "killed:1"), ("Over 40", 1, "injured:>40"),
  ("at least 45 lives", 1, "killed:>=45", "bg")]),
(94, "2019-02-28", 0,
 "On 27 February 2019, suspected cadres of the Biplav-led Communist Party of Nepal planted an IED at a mobile phone tower in Lalitpur (Bagmati); the bomb exploded at night, damaging the tower. No casualties.",
 []),
(95, "2022-09-05", 1,
 "JANAKPUR — A traffic police constable died in hospital on Sunday, two days after being hit on the head with a brick during a clash between rival party cadres in Dhanusha, police said. Eleven others were injured in the clash. Doctors in the district are also treating dengue patients; the outbreak has killed 12 people in Dhanusha this year.",
 [("A traffic police constable", 1, "killed:1"), ("Eleven others", 1, "injured:11"),
  ("12 people", 1, "killed:12", "bg")]),
(96, "2018-04-14", 0,
 "On 13 April 2018, Tharu and Pahadi residents clashed over a land dispute in Tikapur (Kailali); 2 people were hurt and police arrested 6. Tikapur was the site of a 2015 riot in which 8 policemen and a toddler were killed.",
 [("2 people", 1, "injured:2"), ("8 policemen", 1, "killed:8", "bg"), ("a toddler", 1, "killed:1", "bg")]),
(97, "2017-06-21", 0,
 "DHANGADHI — A district court on Tuesday sentenced a former Maoist commander to life in prison for the 2004 killing of a schoolteacher in Kailali, in one of the few convictions for crimes committed during the civil war.",
 [("a schoolteacher", 1, "killed:1", "bg")]),
(98, "2026-03-30", 2,
 "On 29 March 2026, members of two rival gangs fought with khukuris in Butwal (Lumbini); 2 fatalities reported. Local media reported 3 deaths, but police confirmed 2.",
 [("2 fatalities", 1, "killed:2"), ("3 deaths", 1, "killed:3"), ("2", 2, "killed:2")]),
(99, "2020-01-18", 0,
 "RAUTAHAT — Armed men abducted a 14-year-old boy from his home in Garuda municipality on Friday night and demanded a ransom of 5 million rupees, police said. The boy was rescued unharmed on Sunday from across the border in Bihar.",
 [("a 14-year-old boy", 1, "abducted:1")]),
(100, "2016-06-24", 2,
 "On 23 June 2016, an explosive device left over from the Maoist insurgency went off as children played with it in a village in Rolpa (Rolpa), killing 2 children and injuring 1. Such remnants have killed about 80 people since the 2006 peace deal.",
 [("2 children", 1, "killed:2"), ("1", 1, "injured:1"), ("about 80 people", 1, "killed:~80", "bg")]),
# ---------------- Jamaica and Trinidad (101-110) ----------------
(101, "2019-03-11", 3,
 "KINGSTON, Jamaica — Three men were shot dead and two others injured when gunmen opened fire on a group playing dominoes in Denham Town,western Kingston, on Sunday night, the poilce said. Police believe the attack was a reprisal for the killing of a gang leader in Tivoli Gardens last week.",
 [("Three men", 1, "killed:3"), ("two others", 1, "injured:2"), ("a gang leader", 1, "killed:1", "bg")]),
(102, "2022-05-05", 1,
 "On 4 May 2022, members of the Jamaica Constabulary Force shot dead a man they described as a gunman during a confrontation in Mount Salem (St James); a pistol with 5 rounds was recovered. INDECOM opened an investigation.",
 [("a man", 1, "killed:1")]),
(103, "2025-01-09", 1,
 "PORT OF SPAIN — A 19-year-old who was shot in Laventille on Wednesday night died at the Port of Spain General Hospital, hours after the Commissioner of Police said murders in Trinidad and Tobago had reached 624 last year.",
 [("A 19-year-old", 1, "killed:1"), ("624", 1, "killed:624", "bg")]),
(104, "2023-12-29", 2,
 "On 28 December 2023, unknown gunmen fired on a bar in Morvant (Port of Spain), killing 2 people, among them a 60-year-old vendor; 4 others were wounded. Fatalities: 2 [Trinidad Express; police statement]",
 [("2 people", 1, "killed:2"), ("a 60-year-old vendor", 1, "killed:1"), ("4 others", 1, "injured:4"),
  ("2", 2, "killed:2")]),
(105, "2024-05-20", 0,
 "A Jamaican director's new film, Yard Wars, dramatises the 2010 Tivoli Gardens operation, in which at least 69 civilians were killed by security forces. It premieres in Kingston on Friday.",
 [("at least 69 civilians", 1, "killed:>=69", "bg")]),
(106, "2026-01-16", 0,
 "On 15 January 2026, gunmen fired at a police patrol in Sea Lots (Port of Spain); officers returned fire and the gunmen escaped. No one was hit. Police seized an AK-47 and 30 rounds abandoned at the scene.",
 []),
(107, "2021-10-12", 5,
 "MAY PEN — Gunmen killed five people, including a 3-year-old girl and her grandmother, in a house in Clarendon early on Tuesday. A sixth victim, a 17-year-old, is in critical condition. Residents said between 10 and 12 men took part in the attack.",
 [("five people", 1, "killed:5"), ("a 3-year-old girl", 1, "killed:1"), ("her grandmother", 1, "killed:1"),
  ("A sixth victim", 1, "injured:1")]),
(108, "2021-03-22", 0,
 "On 21 March 2021, a 43-year-old businessman was kidnapped by men posing as taxi drivers in Arima (Arima); he was released two days later after his family paid a ransom of TT$1 million.",
 [("a 43-year-old businessman", 1, "abducted:1")]),
(109, "2020-08-16", 3,
 "SPANISH TOWN, St Catherine -- A higgler and a taxi man were killed in a drive-by shooting at the Spanish Town market on Saturday afternoon,police said. A third person who was shot in the chest died at Spanish Town Hospital on Sunday,raising the toll to three.",
 [("A higgler", 1, "killed:1"), ("a taxi man", 1, "killed:1"), ("A third person", 1, "killed:1"),
  ("three", 1, "killed:3")]),
(110, "2018-01-19", 0,
 "On 18 January 2018, the government declared a state of public emergency in St James (Jamaica) after 335 murders were recorded in the parish in 2017; soldiers detained 120 people in the first week.",
 [("335 murders", 1, "killed:335", "bg")]),
# ---------------- Guatemala and Honduras (111-120) ----------------
(111, "2023-06-21", 41,
 "TEGUCIGALPA — At least 41 women were killed in a riot at the women's prison in Tamara on Tuesday, most of them burned to death, after members of one gang stormed a rival's cellblock, officials said. Fewer than ten inmates were being treated in hospital.",
 [("At least 41 women", 1, "killed:>=41"), ("Fewer than ten inmates", 1, "injured:<=9")]),
(112, "2016-10-11", 0,
 "On 10 October 2016, members of Barrio 18 set fire to an urban bus in zona 18 of Guatemala City (Guatemala) after its owner refused to pay extortion; passengers got off before the bus caught fire. The gang had threatened to kill a driver a day.",
 []),
(113, "2020-02-18", 0,
 "SAN PEDRO SULA — Honduran prosecutors on Monday charged three MS-13 members over the 2019 massacre of eight people in a billiards hall in Choloma. The three were arrested in a raid in Chamelecon last week.",
 [("eight people", 1, "killed:8", "bg")]),
(114, "2019-03-02", 7,
 "On 1 March 2019, rival factions clashed inside Pavoncito prison in Fraijanes (Guatemala); authorities reported 7 inmates killed, 3 of them beheaded, and 9 injured.",
 [("7 inmates", 1, "killed:7"), ("3", 1, "killed:3"), ("9", 1, "injured:9")]),
(115, "2020-07-19", 0,
 "LA CEIBA — Men wearing police uniforms abducted four Garifuna fishermen from their homes in Triunfo de la Cruz on Saturday, community leaders said. Their whereabouts are unknown.",
 [("four Garifuna fishermen", 1, "abducted:4")]),
(116, "2021-06-20", 4,
 "On 19 June 2021, police reported the killing of 4 members of a family, including a 12-year-old boy, by unidentified gunmen in Aldea El Porvenir, Olanchito (Yoro). 2 suspects were arrested. Fatalities: 4",
 [("4 members", 1, "killed:4"), ("a 12-year-old boy", 1, "killed:1"), ("4", 2, "killed:4")]),
(117, "2024-09-13", 2,
 "ESCUINTLA — A police officer was killed and two others were wounded in a shootout with suspected gang members in Palin on Thursday; one of the attackers was also killed, the National Civil Police (PNC) said. So far this year 23 agents have been killed on duty.",
 [("A police officer", 1, "killed:1"), ("two others", 1, "injured:2"), ("one", 1, "killed:1"),
  ("23 agents", 1, "killed:23", "bg")]),
(118, "2017-01-26", 0,
 "On 25 January 2017, security forces retook control of the Las Gaviotas juvenile detention centre in Guatemala City (Guatemala) after inmates held 4 monitors hostage for several hours; they were freed unharmed.",
 [("4 monitors", 1, "abducted:4")]),
(119, "2022-05-12", 1,
 "Honduran journalist shot dead in Danli\n\nDANLI, Honduras — A radio presenter was shot dead outside his studio on Wednesday, the fourth journalist killed in the country this year, according to a press freedom group. At least 90 journalists have been killed in Honduras since 2001.",
 [("Honduran journalist", 1, "killed:1"), ("A radio presenter", 1, "killed:1"),
  ("At least 90 journalists", 1, "killed:>=90", "bg")]),
(120, "2024-11-06", 6,
 "On 5 November 2024, MS-13 gunmen opened fire on spectators at a football match in Villanueva (Cortes); police reported 6 killed while local media said 8 or 9 died. As many as 15 were wounded.",
 [("6", 1, "killed:6"), ("8 or 9", 1, "killed:8-9"), ("As many as 15", 1, "injured:<=15")]),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(\d+|>=\d+|>\d+|<=\d+|~\d+|\d+-\d+)$")


def find(text, surface, occ):
    """Start of the occ-th case-sensitive whole-word match of surface in text."""
    n = 0
    i = text.find(surface)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            n += 1
            if n == occ:
                return i
        i = text.find(surface, i + 1)
    raise ValueError(f"{surface!r} occurrence {occ} not found")


def build():
    recs = []
    for num, dct, fat, text, spans in ITEMS:
        out = []
        for sp in spans:
            surface, occ, value = sp[0], sp[1], sp[2]
            s = find(text, surface, occ)
            out.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
        out.sort(key=lambda d: d["start"])
        recs.append({"id": f"h20-{num:03d}", "text": text, "dct": dct, "layers": ["casualties"],
                     "spans": out, "fatalities": fat})
    return recs


def counted_killed(num):
    for it in ITEMS:
        if it[0] == num:
            return [sp for sp in it[4] if sp[2].startswith("killed:") and len(sp) < 4]
    raise KeyError(num)


def check(recs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in recs:
        rid, text = r["id"], r["text"]
        if set(r) != {"id", "text", "dct", "layers", "spans", "fatalities"}:
            errs.append(f"{rid}: keys {sorted(r)}")
        if r["layers"] != ["casualties"]:
            errs.append(f"{rid}: layers")
        try:
            d = date.fromisoformat(r["dct"])
            if not (2015 <= d.year <= 2026) or len(r["dct"]) != 10:
                errs.append(f"{rid}: dct out of range")
        except ValueError:
            errs.append(f"{rid}: bad dct {r['dct']}")
        n_sent = len(re.findall(r"[.!?](\s|$)", text))
        if not text.strip() or n_sent > 5:
            errs.append(f"{rid}: {n_sent} sentences")
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{rid}: bad offsets {s},{e}")
                continue
            if text[s:e] != sp["text"]:
                errs.append(f"{rid}: slice {text[s:e]!r} != {sp['text']!r}")
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(f"{rid}: span on whitespace {sp['text']!r}")
            if s < prev_end:
                errs.append(f"{rid}: overlap at {sp['text']!r}")
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append(f"{rid}: label")
            m = VALUE_RE.match(sp["value"])
            if not m:
                errs.append(f"{rid}: value {sp['value']}")
            else:
                c = m.group(2)
                if "-" in c:
                    a, b = c.split("-")
                    if not int(a) < int(b):
                        errs.append(f"{rid}: range {c}")
        fat = r["fatalities"]
        if not isinstance(fat, int) or isinstance(fat, bool) or fat < 0:
            errs.append(f"{rid}: fatalities {fat!r}")
        has_counted = bool(counted_killed(int(rid[4:])))
        if (fat == 0) == has_counted:
            errs.append(f"{rid}: fatalities {fat} but counted killed spans: {has_counted}")
    return errs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def review(recs):
    for r in recs:
        text = r["text"]
        out, pos = [], 0
        for sp in r["spans"]:
            out.append(text[pos:sp["start"]])
            out.append(f"[{text[sp['start']:sp['end']]}|{sp['value']}]")
            pos = sp["end"]
        out.append(text[pos:])
        bg = [sp[0] for sp in counted_and_bg(int(r["id"][4:]))]
        print(f"{r['id']} dct={r['dct']} fatalities={r['fatalities']}" + (f"  bg={bg}" if bg else ""))
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def counted_and_bg(num):
    for it in ITEMS:
        if it[0] == num:
            return [sp for sp in it[4] if len(sp) > 3]
    return []


def main():
    nums = [it[0] for it in ITEMS]
    assert nums == list(range(1, 121)), "items must be numbered 1..120 in order"
    recs = build()
    errs = check(recs)
    s1 = dump(recs)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(s1)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    errs += [f"reread: {e}" for e in check(back)]
    if back != recs:
        errs.append("reread differs from built records")
    if dump(build()) != s1:
        errs.append("output not deterministic")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if "--review" in sys.argv:
        review(recs)
    nsp = sum(len(r["spans"]) for r in recs)
    z = sum(1 for r in recs if r["fatalities"] == 0)
    print(f"OK: {len(recs)} items, {nsp} spans, {z} with fatalities 0", file=sys.stderr)


if __name__ == "__main__":
    main()
