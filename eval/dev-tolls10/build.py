#!/usr/bin/env python3
"""dev-tolls10: hand-written, hand-labelled DEVELOPMENT set (casualties layer + per-report toll).

The decision lists below are the source of truth. Each item is
    (id, dct, text, spans, fatalities)
and each span is (surface, value) or (surface, value, occurrence). The surface is found as a
case-sensitive whole-word match (no word character directly before or after); `occurrence`
(1-based, default 1) picks among several matches. A value written with a leading `*`
is a BACKGROUND figure: it is a CASUALTY span like any other (the `*` is dropped in the
output), but it is not part of the report's toll (earlier event, running total, anniversary,
trial, commemoration, film/book). `fatalities` is written by hand.

Usage: python3 build.py            # build tolls-dev10.jsonl and check it
       python3 build.py --review   # print every item with its spans in brackets
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev10.jsonl")

ITEMS = [
# ---------------- United States ----------------
("a001", "2019-03-15", "On 14 March 2019, an unidentified gunman opened fire outside a bar in Jackson (Hinds County, Mississippi), killing 3 patrons and wounding 2 others. Police later shot dead the gunman near the scene. Fatalities: 4.",
 [("3 patrons", "killed:3"), ("2 others", "injured:2"), ("the gunman", "killed:1"), ("4", "killed:4")], 4),
("a002", "2018-06-10", "MEMPHIS, Tenn. — Two teenagers were shot and wounded late Saturday near a gas station on Elvis Presley Blvd., police said. Neither injury was life threatening. Officers arrested a 19-year-old suspect Sunday.",
 [("Two teenagers", "injured:2")], 0),
("a003", "2021-08-11", "Police: man dies after being shot by deputy in Tulsa County\nTULSA, Okla. - A man died Tuesday night after a sheriff's deputy shot him during a traffic stop on 41st Street, the sheriff's office said. The deputy, a 6-year veteran, was not hurt.",
 [("man", "killed:1"), ("A man", "killed:1")], 1),
("a004", "2022-06-12", "ORLANDO, Fla. (AP) — Hundreds gathered Sunday outside the former Pulse nightclub to mark the anniversary of the 2016 attack in which 49 people were killed. Organizers read the names of the victims aloud.",
 [("49 people", "*killed:49")], 0),
("a005", "2022-07-03", "On 2 July 2022, gunmen fired into a crowd at a block party in the Englewood area of Chicago (Cook County, Illinois). Between 2 and 3 people were killed and at least 11 injured; reports differ. No arrests.",
 [("Between 2 and 3 people", "killed:2-3"), ("at least 11", "injured:>=11")], 2),
("a006", "2020-02-14", "DAYTON, Ohio — A Montgomery County jury on Thursday convicted a 31-year-old man of murder in the 2019 shooting deaths of two brothers outside a Fifth Street apartment. Sentencing is set for next month.",
 [("two brothers", "*killed:2")], 0),
("a007", "2023-10-10", "On 9 October 2023, police in Little Rock (Pulaski County, Arkansas) exchanged fire with an armed man barricaded in a home on Asher Avenue. No one was hurt; the suspect surrendered after a 5-hour standoff and was arrested.",
 [], 0),
("a008", "2017-05-09", "BIRMINGHAM, Ala. -- A 17 year old boy who was shot Friday at a park in Ensley has died at UAB Hospital, family members said Monday. A second teen wounded in the same shooting remains in critical condition. Its the city's 58th homicide this year.",
 [("A 17 year old boy", "killed:1"), ("A second teen", "injured:1")], 1),
("a009", "2024-05-22", "On 21 May 2024, a man was arrested in Knoxville (Knox County, Tennessee) after posting threats on social media to kill at least 20 students at a local high school. No weapons were found on the campus.",
 [], 0),
("a010", "2017-08-06", "On 5 August 2017, a gunman shot dead 5 people, including his estranged wife and her mother, at a house in Lafayette Parish (Louisiana) before turning the gun on himself; the gunman also died. Fatalities: 6.",
 [("5 people", "killed:5"), ("his estranged wife", "killed:1"), ("her mother", "killed:1"), ("the gunman", "killed:1"), ("6", "killed:6")], 6),
("a011", "2025-06-14", "A new documentary about the 2015 Charleston church shooting, in which nine worshippers were killed, premiered Friday at a film festival in Columbia, South Carolina.",
 [("nine worshippers", "*killed:9")], 0),
("a012", "2019-11-03", "KANSAS CITY, Mo. — Police say one person is dead and two other's hurt after a shooting near 35th and Prospect early Sunday morning. Investigators have not released the victims names. Anyone with info is asked to call the TIPS hotline.",
 [("one person", "killed:1"), ("two other's", "injured:2")], 1),
("a013", "2021-01-04", "On 3 January 2021, St. Louis police officers shot and wounded a man who allegedly pointed a rifle at them in the Walnut Park neighbourhood (Missouri). The officers were uninjured. Source notes the city recorded 262 homicides in 2020.",
 [("a man", "injured:1"), ("262 homicides", "*killed:262")], 0),
# ---------------- Germany and Austria ----------------
("a014", "2020-02-20", "On 19 February 2020, a far-right gunman killed 9 people of migrant background at two shisha bars in Hanau (Hesse, Germany), then shot dead his mother at his home before killing himself. Fatalities: 11.",
 [("9 people", "killed:9"), ("his mother", "killed:1"), ("11", "killed:11")], 11),
("a015", "2024-05-31", "MANNHEIM, Germany — A man armed with a hunting knife injured five people at a market square on Friday before an officer shot him in the leg. None of the injuries were life-threatening, police said. The 25-year-old attacker is in custody.",
 [("five people", "injured:5")], 0),
("a016", "2024-12-21", "On 20 December 2024, a man drove a car into a crowd at the Christmas market in Magdeburg (Saxony-Anhalt, Germany), killing 5 people (4 women and a 9-year-old boy) and injuring more than 200. A sixth victim died in hospital in early 2025. The driver was arrested.",
 [("5 people", "killed:5"), ("4 women", "killed:4"), ("a 9-year-old boy", "killed:1"), ("more than 200", "injured:>200"), ("A sixth victim", "killed:1")], 6),
("a017", "2018-07-12", "MUNICH — The Higher Regional Court on Wednesday sentenced the main defendant in the NSU trial to life in prison for her role in the murders of ten people, most of them small business owners, between 2000 and 2007.",
 [("ten people", "*killed:10")], 0),
("a018", "2020-11-03", "VIENNA (Reuters) - A gunman sympathetic to Islamic State killed four people in central Vienna on Monday night before police shot the attacker dead, Austria's interior minister said. Twenty-three people were wounded, including a police officer.",
 [("four people", "killed:4"), ("the attacker", "killed:1"), ("Twenty-three people", "injured:23"), ("a police officer", "injured:1")], 5),
("a019", "2016-06-12", "On 11 June 2016, unknown persons set fire to a planned refugee shelter in Altenfelden (Upper Austria). The building was badly damaged; nobody was inside. Police estimate the damage at 700,000 euros.",
 [], 0),
("a020", "2019-10-10", "HALLE, Germany — Prosecutors said the man who tried to storm the synagogue in Halle on Yom Kippur failed to break through its door; he then shot dead a woman passer-by and a man at a kebab shop nearby. Two others were wounded as he fled.",
 [("a woman passer-by", "killed:1"), ("a man", "killed:1"), ("Two others", "injured:2")], 2),
("a021", "2024-08-24", "On 23 August 2024, a man stabbed festival-goers at a 'Festival of Diversity' in Solingen (North Rhine-Westphalia, Germany), killing three and wounding eight, four of them seriously. IS claimed the attack. Fatalities: 3.",
 [("three", "killed:3"), ("eight", "injured:8"), ("four", "injured:4"), ("3", "killed:3")], 3),
("a022", "2025-01-13", "DRESDEN — Police defused a 250-kilogram World War II bomb on Sunday after evacuating about 8,000 residents. The city was firebombed in February 1945, when an estimated 25,000 people died.",
 [("an estimated 25,000 people", "*killed:~25000")], 0),
("a023", "2017-05-05", "On 4 May 2017, special forces raided an apartment in Leipzig (Saxony, Germany) and neutralised 2 armed suspects wanted over a bomb plot; both were taken into custody. Police seized 3 kg of explosives.",
 [("2 armed suspects", "casualties:2")], 0),
("a024", "2015-06-21", "GRAZ, Austria - One person was killed and 34 injured when a man drove his SUV into pedestrians in the city centre on Saturday, police said, later raising the death toll to three, among them a four-year-old child.",
 [("One person", "killed:1"), ("34", "injured:34"), ("three", "killed:3"), ("a four-year-old child", "killed:1")], 3),
("a025", "2019-06-03", "On 2 June 2019, Walter Lübcke was found shot dead on the terrace of his home in Wolfhagen-Istha (Hesse, Germany). A neo-Nazi sympathiser was later arrested and confessed.",
 [], 0),
("a026", "2025-02-16", "VILLACH — A 14-year-old boy was stabbed to death and four other people were injured in a knife attack in the Carinthian city on Saturday. A food delivery driver stopped the attacker with his car.",
 [("A 14-year-old boy", "killed:1"), ("four other people", "injured:4")], 1),
# ---------------- Italy and Greece ----------------
("a027", "2023-02-27", "On 26 February 2023, a wooden boat carrying about 180 migrants broke apart off Steccato di Cutro (Calabria, Italy). At least 94 bodies were recovered in the following days, including 35 minors; 80 people survived and dozens remain missing.",
 [("At least 94 bodies", "killed:>=94"), ("35 minors", "killed:35"), ("dozens", "missing:>=24")], 94),
("a028", "2022-05-23", "PALERMO — Sicily marked 30 years on Monday since the Capaci bombing, in which the Mafia killed judge Giovanni Falcone, his wife and three police bodyguards.",
 [("his wife", "*killed:1"), ("three police bodyguards", "*killed:3")], 0),
("a029", "2018-11-10", "On 9 November 2018, a man was shot dead in an ambush near Rosarno (Reggio Calabria, Italy) in what investigators described as an 'Ndrangheta settling of scores. A 12-gauge shotgun was found at the scene.",
 [("a man", "killed:1")], 1),
("a030", "2023-06-15", "ATHENS (Reuters) - The Greek coastguard said 78 bodies had been recovered after a fishing trawler packed with migrants sank off Pylos on Wednesday, while 104 people were rescued. Survivors told aid workers that as many as 500 people may still be missing.",
 [("78 bodies", "killed:78"), ("as many as 500 people", "missing:<=500")], 78),
("a031", "2020-03-05", "On 4 March 2020, Greek security forces fired tear gas at migrants trying to cross the Evros river near Kastanies (Evros, Greece). Turkish officials said one migrant was shot dead and 5 were wounded; Greek authorities denied using live fire.",
 [("one migrant", "killed:1"), ("5", "injured:5")], 1),
("a032", "2021-08-16", "On 15 August 2021, unknown persons set fire to a barn belonging to a farmer who had refused to pay protection money near Foggia (Apulia, Italy); some 40 sheep were killed in the blaze. No people were hurt.",
 [], 0),
("a033", "2024-05-01", "ATHENS — A Greek appeals court upheld the conviction of Golden Dawn's leadership for running a criminal organisation, in a case that began with the 2013 stabbing death of an anti-fascist rapper in Keratsini. The court also confirmed the murder conviction of the party member who killed him.",
 [("an anti-fascist rapper", "*killed:1")], 0),
("a034", "2023-10-05", "LAMPEDUSA, Italy — Rescuers recovered the bodies of 8 migrants, among them a pregnant woman, after a dinghy overturned near the island's harbour early Thursday. Another 41 people were pulled from the sea alive. Ten years ago, 368 people drowned in a single shipwreck off the same island.",
 [("8 migrants", "killed:8"), ("a pregnant woman", "killed:1"), ("368 people", "*killed:368")], 8),
("a035", "2019-05-04", "On 3 May 2019, gunmen on a scooter opened fire in Piazza Nazionale, Naples (Campania, Italy), wounding a man targeted by the Camorra and a 4-year-old girl caught in the crossfire. The girl was hit in the lung and underwent surgery.",
 [("a man", "injured:1"), ("a 4-year-old girl", "injured:1")], 0),
("a036", "2021-06-23", "On 22 June 2021, a Greek NGO reported that 12 asylum seekers, among them 4 children, were missing after being allegedly pushed back at sea off Lesvos (North Aegean, Greece). The coast guard denied the report.",
 [("12 asylum seekers", "missing:12"), ("4 children", "missing:4")], 0),
("a037", "2016-09-19", "ROME - A 45-year-old Albanian man was found dead in a car parked in the Tor Bella Monaca district on Sunday morning. Police said he had died of a drug overdose and ruled out foul play. He had been released from prison 3 weeks earlier.",
 [], 0),
("a038", "2017-08-08", "On 7 August 2017, a family feud in the village of Zoniana (Rethymno, Crete, Greece) erupted into a gunfight in which 2 men were killed and a third was seriously injured. Police seized 4 rifles and arrested 3 people.",
 [("2 men", "killed:2"), ("a third", "injured:1")], 2),
("a039", "2015-04-19", "On 18 April 2015, a fishing boat capsized in the Strait of Sicily about 120 km off the Libyan coast. Italian authorities put the toll at 24 confirmed dead, while survivors said up to 700 people had been on board. Fatalities: 24.",
 [("24", "killed:24"), ("24", "killed:24", 2)], 24),
# ---------------- Northern Ireland and the Republic of Ireland ----------------
("a040", "2019-04-19", "On 18 April 2019, New IRA gunmen fired at police during rioting in the Creggan area of Derry (Northern Ireland), killing a 29-year-old journalist who was observing the unrest. Fatalities: 1.",
 [("a 29-year-old journalist", "killed:1"), ("1", "killed:1")], 1),
("a041", "2018-02-07", "BELFAST — A man in his twenties was shot in both legs in a so-called punishment attack in west Belfast on Tuesday night, the PSNI said. His injuries are not believed to be life-threatening. More than 3,500 people were killed during the Troubles.",
 [("A man", "injured:1"), ("More than 3,500 people", "*killed:>3500")], 0),
("a042", "2016-02-06", "On 5 February 2016, gunmen dressed as police stormed the Regency Hotel in north Dublin (Ireland) during a boxing weigh-in and shot dead a man linked to the Hutch gang. Two others were injured. The attack escalated the Kinahan-Hutch feud, which has since claimed at least 18 lives.",
 [("a man", "killed:1"), ("Two others", "injured:2"), ("at least 18 lives", "*killed:>=18")], 1),
("a043", "2021-05-12", "BELFAST — An inquest has found that the 10 people shot dead by soldiers in Ballymurphy in August 1971 were 'entirely innocent'. Relatives welcomed the findings outside the court.",
 [("10 people", "*killed:10")], 0),
("a044", "2022-09-13", "On 12 September 2022, a pipe bomb exploded under a car outside a house in Drogheda (Co Louth, Ireland). Nobody was injured; gardaí linked the attack to the local drugs feud in which a teenager was murdered and dismembered in 2020.",
 [("a teenager", "*killed:1")], 0),
("a045", "2016-10-02", "NEWRY - A Catholic man was shot dead at his home outside Newry in the early hours of Sunday, the PSNI has said. Detectives said 2 masked men forced their way in. The victim, who was 52, died at the scene.",
 [("A Catholic man", "killed:1")], 1),
("a046", "2023-08-14", "A new book by a former RUC detective revisits the 1998 Omagh bombing, which killed 29 people including a woman pregnant with twins. The author says warnings were missed.",
 [("29 people", "*killed:29"), ("a woman", "*killed:1")], 0),
("a047", "2023-03-24", "On 23 March 2023, unidentified gunmen fired shots at a house in Newtownards (Co Down, Northern Ireland) in an ongoing loyalist feud. A man and a woman inside escaped unhurt. Police arrested 2 suspects.",
 [], 0),
("a048", "2023-02-23", "On 22 February 2023, two gunmen shot a senior PSNI detective several times at a sports complex in Omagh (Co Tyrone, Northern Ireland) while he was coaching youth football. He was critically injured. New IRA claimed the attack.",
 [("a senior PSNI detective", "injured:1")], 0),
("a049", "2015-03-12", "LIMERICK — Gardai are investigating after a man in his thirties died in hospital on Wednesday, four days after he was shot outside a pub in Moyross. A second man hurt in the same attack has been discharged.",
 [("a man", "killed:1"), ("A second man", "injured:1")], 1),
("a050", "2015-08-13", "On 12 August 2015, masked men shot dead a former IRA member in the Short Strand area of Belfast (Northern Ireland). Police blamed IRA members; Sinn Féin denied it. Fatalities: 1. A second man was shot in the leg in a separate attack in north Belfast the same night.",
 [("a former IRA member", "killed:1"), ("1", "killed:1"), ("A second man", "injured:1")], 1),
("a051", "2023-11-24", "DUBLIN — Rioting broke out in Dublin city centre on Thursday night after a knife attack outside a school earlier that day in which three young children and a care assistant were injured. Eleven gardaí were hurt and 34 people were arrested in the disorder.",
 [("three young children", "injured:3"), ("a care assistant", "injured:1"), ("Eleven gardaí", "injured:11")], 0),
("a052", "2020-12-01", "On 30 November 2020, a petrol bomb was thrown at a police patrol in Lurgan (Co Armagh, Northern Ireland); no officers were injured. Source notes Northern Ireland had recorded 1,000 COVID-19 deaths by that week.",
 [("1,000 COVID-19 deaths", "*killed:1000")], 0),
# ---------------- Chechnya, Dagestan, Ingushetia ----------------
("a053", "2018-02-19", "On 18 February 2018, a gunman opened fire on worshippers leaving an Orthodox church in Kizlyar (Dagestan, Russia), killing 5 women. Police shot dead the attacker. Fatalities: 6.",
 [("5 women", "killed:5"), ("the attacker", "killed:1"), ("6", "killed:6")], 6),
("a054", "2024-06-24", "MAKHACHKALA, June 24 (Reuters) - Gunmen attacked two Orthodox churches, a synagogue and a police post in Derbent and Makhachkala on Sunday, killing at least 15 police officers and several civilians, including an Orthodox priest, officials said. Five attackers were 'liquidated', the National Anti-Terrorist Committee said.",
 [("at least 15 police officers", "killed:>=15"), ("an Orthodox priest", "killed:1"), ("Five attackers", "killed:5")], 21),
("a055", "2015-11-11", "On 10 November 2015, security forces in Nazran (Ingushetia, Russia) conducted a counter-terrorist operation and neutralised 3 suspected militants in a house on Oskanov street; official sources did not say whether they were killed. A bomb-making lab was found.",
 [("3 suspected militants", "casualties:3")], 0),
("a056", "2016-04-02", "ROSTOV-ON-DON — A military court sentenced 4 men on Friday for helping organise the December 2014 militant raid on Grozny, in which 14 police officers were killed. The defendants denied the charges.",
 [("14 police officers", "*killed:14")], 0),
("a057", "2019-07-17", "NAZRAN, Ingushetia — A traffic police officer was shot dead at a checkpoint near Sunzha late on Tuesday and his colleague was wounded, local officials said. The gunmen escaped in a Lada car.",
 [("A traffic police officer", "killed:1"), ("his colleague", "injured:1")], 1),
("a058", "2017-01-12", "On 11 January 2017, relatives reported that security officers detained a 19-year-old man in Shali (Chechnya, Russia). Rights group Memorial said at least 27 detainees had been executed extrajudicially in the republic in December, an allegation the Chechen authorities rejected.",
 [("at least 27 detainees", "*killed:>=27")], 0),
("a059", "2019-08-03", "On 2 August 2019, FSB forces clashed with militants in a forest near Gimry (Untsukulsky district, Dagestan, Russia). 2 militants were killed; one FSB officer was wounded. According to the militants' supporters, 4 fighters died.",
 [("2 militants", "killed:2"), ("one FSB officer", "injured:1"), ("4 fighters", "killed:4")], 2),
("a060", "2024-10-30", "On 29 October 2024, a Ukrainian drone struck the grounds of the Russian special forces university in Gudermes (Chechnya, Russia). Officials said no one was killed; one guard suffered minor injuries and a roof was damaged.",
 [("one guard", "injured:1")], 0),
("a061", "2015-12-30", "MAKHACHKALA (AFP) - Islamic State's affiliate in the North Caucasus claimed responsibility on Wednesday for the killing of two police officers and a civilian at a checkpoint outside Derbent on Tuesday evening. Russian investigators confirmed the deaths of the two officers but said the civilian survived.",
 [("two police officers", "killed:2"), ("a civilian", "killed:1"), ("two officers", "killed:2")], 2),
("a062", "2019-03-28", "On 27 March 2019, several thousand people rallied in Magas (Ingushetia, Russia) against a border deal with Chechnya; clashes with Rosgvardia troops left 17 officers injured. Dozens of protesters were later charged.",
 [("17 officers", "injured:17")], 0),
("a063", "2023-04-18", "GROZNY — Chechen leader Ramzan Kadyrov said on Monday that around 200 Chechen fighters had died in Ukraine since February 2022, a figure rights groups call far too low. Two of his units returned home over the weekend.",
 [("around 200 Chechen fighters", "*killed:~200")], 0),
("a064", "2016-07-10", "On 9 July 2016, the bodies of 3 shepherds with gunshot wounds were found in a ravine near Gergebil (Dagestan, Russia). Police suspect militants killed them several days earlier.",
 [("3 shepherds", "killed:3")], 3),
("a065", "2023-10-30", "On 29 October 2023, a crowd stormed the airport in Makhachkala (Dagestan, Russia) searching for passengers of a flight from Tel Aviv. At least 20 people were injured, including 9 police officers, and over 60 rioters were detained.",
 [("At least 20 people", "injured:>=20"), ("9 police officers", "injured:9")], 0),
# ---------------- Angola and the Republic of Congo ----------------
("a066", "2016-09-13", "On 12 September 2016, FLEC-FAC claimed to have killed 13 Angolan soldiers in an ambush near Buco-Zau (Cabinda, Angola). The Angolan army said 2 soldiers were killed and denied the rebel figure.",
 [("13 Angolan soldiers", "killed:13"), ("2 soldiers", "killed:2")], 2),
("a067", "2016-04-05", "On 4 April 2016, Ninja militiamen loyal to Pastor Ntumi attacked a military post near Mayama (Pool, Republic of Congo), killing a gendarme. Government forces responded with helicopter strikes on several villages; civilian casualties were not reported.",
 [("a gendarme", "killed:1")], 1),
("a068", "2025-07-31", "LUANDA — At least 22 people were killed and 197 injured in three days of riots that followed a strike by taxi drivers over fuel prices, Angola's interior minister said on Wednesday. More than 1,200 people were arrested.",
 [("At least 22 people", "killed:>=22"), ("197", "injured:197")], 22),
("a069", "2019-05-05", "BRAZZAVILLE — Families of the 353 refugees who disappeared at the Beach river port in 1999 gathered on Saturday to demand answers, 20 years after the events. No one has been convicted.",
 [("353 refugees", "*missing:353")], 0),
("a070", "2021-01-31", "On 30 January 2021, police opened fire on protesters of the Lunda Tchokwe movement in Cafunfo (Lunda Norte, Angola). Police said 6 people were killed; activists reported at least 25 dead and others missing.",
 [("6 people", "killed:6"), ("at least 25", "killed:>=25")], 6),
("a071", "2017-06-24", "On 23 June 2017, an armed group attacked a train on the Congo-Ocean line near Mindouli (Pool, Republic of Congo) and abducted 4 railway workers. The line was closed for 3 days.",
 [("4 railway workers", "abducted:4")], 0),
("a072", "2022-08-30", "LUANDA, Aug 30 (Reuters) - Angolan police fired tear gas at opposition supporters disputing the election results in the capital's Cazenga district on Tuesday. A police spokesman said two officers were hurt by stones and 51 people were detained. No deaths were reported.",
 [("two officers", "injured:2")], 0),
("a073", "2020-05-06", "On 5 May 2020, FLEC-FAC said its fighters had clashed with FAA troops near Necuto (Cabinda, Angola), killing between 5 and 7 soldiers and losing one of their own. Angolan authorities did not comment.",
 [("between 5 and 7 soldiers", "killed:5-7"), ("one", "killed:1")], 6),
("a074", "2018-03-03", "On 2 March 2018, the ceasefire between the government and Ntumi's Ninjas held in the Pool department (Republic of Congo) for a third month. UN agencies reported that 7 displaced children had died of cholera in camps near Kinkala since January.",
 [("7 displaced children", "*killed:7")], 0),
("a075", "2023-11-21", "BRAZZAVILLE — At least 31 people died in a stampede at an army recruitment drive at the Michel d'Ornano stadium overnight, the government said on Tuesday. Dozens more were injured.",
 [("At least 31 people", "killed:>=31"), ("Dozens more", "injured:>=24")], 31),
("a076", "2019-08-15", "On 14 August 2019, private security guards of a diamond company beat 3 artisanal miners (garimpeiros) near Lucapa (Lunda Norte, Angola); one of them, a 17-year-old, died the next day. The other two were hospitalised.",
 [("3 artisanal miners", "injured:3"), ("one", "killed:1"), ("The other two", "injured:2")], 1),
("a077", "2016-04-05", "On 4 April 2016, gunfire broke out in southern Brazzaville (Makelekele and Bacongo districts, Republic of Congo) after the disputed presidential election. The government said 17 people died, among them 3 police officers and 2 gendarmes; the opposition claimed far more.",
 [("17 people", "killed:17"), ("3 police officers", "killed:3"), ("2 gendarmes", "killed:2")], 17),
("a078", "2021-06-15", "LUANDA — Two police officers went on trial on Monday over the 2017 death of a 14-year-old boy shot during a street protest in the Zango neighbourhood. His family has waited 4 years for the hearing.",
 [("a 14-year-old boy", "*killed:1")], 0),
# ---------------- Sweden and Denmark ----------------
("a079", "2023-09-28", "On 27 September 2023, a 25-year-old woman was killed by an explosion at her home in Uppsala (Sweden); police said the bomb was meant for a relative linked to the Foxtrot network. Fatalities: 1.",
 [("a 25-year-old woman", "killed:1"), ("1", "killed:1")], 1),
("a080", "2023-01-12", "STOCKHOLM (Reuters) - Swedish police said on Thursday there had been 90 explosions across the country last year and that shootings had killed 62 people, the highest figure on record. The government promised more officers for suburbs hit by gang violence.",
 [("62 people", "*killed:62")], 0),
("a081", "2022-07-04", "On 3 July 2022, a gunman opened fire at the Field's shopping mall in Copenhagen (Denmark), killing 3 people, a Danish man and two Danish teenagers aged 17, and injuring several others. A 22-year-old suspect was arrested.",
 [("3 people", "killed:3"), ("a Danish man", "killed:1"), ("two Danish teenagers", "killed:2")], 3),
("a082", "2021-03-15", "MALMÖ — A 15-year-old boy was shot in the stomach outside a pizzeria in Rosengård on Sunday evening and a friend was grazed by a bullet, police said. Both are expected to survive. Detectives believe the shooting is linked to a gang conflict that left 4 dead in the city last year.",
 [("A 15-year-old boy", "injured:1"), ("a friend", "injured:1"), ("4", "*killed:4")], 0),
("a083", "2018-08-11", "On 10 August 2018, an explosive device detonated outside the Danish Tax Agency's office in Nordhavn, Copenhagen (Denmark), damaging the facade. No one was hurt. It was the 13th bombing in the capital that year.",
 [], 0),
("a084", "2023-04-06", "On 5 April 2023, a man in his 40s was shot dead in front of his son at a car wash in Skärholmen, south Stockholm (Sweden); the boy was unhurt. Police arrested a 15-year-old suspected shooter, reportedly hired by a gang.",
 [("a man", "killed:1")], 1),
("a085", "2025-02-05", "ÖREBRO, Sweden (AP) — A gunman killed 10 people at an adult education centre in Örebro on Tuesday before taking his own life, police said, in Sweden's deadliest mass shooting. Six people were wounded, five of them by gunshots. The death toll, including the gunman, stood at 11.",
 [("10 people", "killed:10"), ("Six people", "injured:6"), ("five", "injured:5"), ("11", "killed:11")], 11),
("a086", "2025-02-15", "On 14 February 2025, Copenhagen marked ten years since the attacks on a free-speech event and a synagogue in which a film director and a volunteer guard were shot dead. The gunman was later killed by police.",
 [("a film director", "*killed:1"), ("a volunteer guard", "*killed:1"), ("The gunman", "*killed:1")], 0),
("a087", "2025-04-30", "On 29 April 2025, a gunman shot dead 3 young men at a hair salon in Uppsala (Sweden). Police said the victims, aged 16, 18 and 20, were not known to them. Fatalities: 3.",
 [("3 young men", "killed:3"), ("3", "killed:3", 2)], 3),
("a088", "2016-03-12", "On 11 March 2016, a hand grenade thrown at a housing block in Biskopsgården, Gothenburg (Sweden), injured 2 residents slightly. Police said it was the 6th grenade attack in the area in two years.",
 [("2 residents", "injured:2")], 0),
("a089", "2022-10-15", "AARHUS — Police shot and killed a man who attacked officers with a knife outside Aarhus station on Friday night, the East Jutland police said. One officer suffered a cut to the arm.",
 [("a man", "killed:1"), ("One officer", "injured:1")], 1),
("a090", "2024-11-20", "A streaming series about the Stockholm gang wars, which ends with a fictional bombing that kills four bystanders, has angered residents of Husby, who say it glamorises the violence in their suburb.",
 [], 0),
("a091", "2024-06-10", "On 9 June 2024, a man was seriously injured when a bomb exploded outside a block of flats in Vårby gård, Huddinge (Sweden). Two men, aged 19 and 22, were arrested. Last week a cyclist was killed in a road accident on the same street.",
 [("a man", "injured:1"), ("a cyclist", "*killed:1")], 0),
# ---------------- China: Xinjiang, Tibet, mainland knife attacks ----------------
("a092", "2015-09-19", "On 18 September 2015, attackers armed with knives raided a coal mine in Baicheng county (Aksu, Xinjiang, China), killing at least 50 people, mostly Han miners, according to Radio Free Asia. State media did not report the attack until November, when it said 16 people had been killed.",
 [("at least 50 people", "killed:>=50"), ("16 people", "killed:16")], 16),
("a093", "2015-03-25", "KUNMING — A court in Yunnan on Tuesday rejected the appeal of a woman jailed over the 2014 knife attack at Kunming railway station, in which 31 people were killed and 141 injured.",
 [("31 people", "*killed:31"), ("141", "*injured:141")], 0),
("a094", "2024-10-23", "On 22 October 2024, a man armed with a knife attacked children outside a primary school in Haidian district, Beijing (China), injuring 5 people, including 3 pupils. The 50-year-old attacker was detained.",
 [("5 people", "injured:5"), ("3 pupils", "injured:3")], 0),
("a095", "2024-11-12", "ZHUHAI, China (Xinhua) -- A driver rammed his car into people exercising at a sports centre in Zhuhai on Monday evening, killing 35 people and injuring 43 others, police said on Tuesday. The 62-year-old driver, surnamed Fan, was detained with self-inflicted knife wounds.",
 [("35 people", "killed:35"), ("43 others", "injured:43")], 35),
("a096", "2016-03-04", "DHARAMSALA, India — A Tibetan monk set himself on fire in Ngaba county in protest against Chinese rule on Thursday and died at the scene, according to exile groups. It was the 144th self-immolation inside Tibet since 2009, they said. Chinese authorities have not confirmed the death.",
 [("A Tibetan monk", "killed:1")], 1),
("a097", "2017-02-15", "On 14 February 2017, three attackers stabbed people in Pishan county (Hotan, Xinjiang, China). State media said 5 people were killed before police shot dead all three assailants. Uyghur exile groups said the toll was higher but gave no figure.",
 [("5 people", "killed:5"), ("all three assailants", "killed:3")], 8),
("a098", "2021-05-12", "On 11 May 2021, exile media reported that Chinese police had arrested 14 Tibetans in Sershul county (Kardze, Sichuan, China) for sharing photos of the Dalai Lama. One of them, a 19-year-old monk, was reportedly beaten and hospitalised.",
 [("One", "injured:1")], 0),
("a099", "2015-11-21", "On 20 November 2015, Chinese state media said security forces had killed 28 members of a terrorist group involved in the Baicheng mine attack after a 56-day manhunt in the mountains of Aksu (Xinjiang, China); one member surrendered.",
 [("28 members", "killed:28")], 28),
("a100", "2024-09-19", "SHENZHEN — A 10-year-old Japanese schoolboy died on Thursday, a day after he was stabbed by a man near his school in Shenzhen, Chinese officials said. The attack came three months after a Japanese woman and her son were injured in a knife attack in Suzhou, in which a Chinese bus attendant who tried to stop the assailant was killed.",
 [("A 10-year-old Japanese schoolboy", "killed:1"), ("a Japanese woman", "*injured:1"), ("her son", "*injured:1"), ("a Chinese bus attendant", "*killed:1")], 1),
("a101", "2019-03-11", "A mobile game released by a Chinese studio that depicts the 1959 Lhasa uprising, in which exile groups say 87,000 Tibetans were killed, was removed from app stores after complaints from Tibetan groups abroad.",
 [("87,000 Tibetans", "*killed:87000")], 0),
("a102", "2016-12-29", "On 28 December 2016, 4 assailants drove a vehicle into the Communist Party office in Moyu (Karakax) county (Hotan, Xinjiang, China) and set off an explosive device. State media said 1 person was killed and 3 injured, and that the 4 attackers were shot dead by police. Fatalities: 5.",
 [("1 person", "killed:1"), ("3", "injured:3"), ("4 attackers", "killed:4"), ("5", "killed:5")], 5),
("a103", "2023-07-11", "On 10 July 2023, a man with a knife wounded 2 security guards at a hospital in Guangzhou (Guangdong, China) before being subdued. Source notes the attack came days after 6 people, including 3 children, were killed at a kindergarten in Lianjiang.",
 [("2 security guards", "injured:2"), ("6 people", "*killed:6"), ("3 children", "*killed:3")], 0),
("a104", "2022-06-06", "DHARAMSALA — A Tibetan herder detained in Driru county in March died of ill-treatment in police custody in late May, exile sources said on Monday. Chinese officials said he died of a heart attack.",
 [("A Tibetan herder", "killed:1")], 1),
# ---------------- Laos, Cambodia, Thai-Cambodian border ----------------
("a105", "2025-07-25", "On 24 July 2025, Thai and Cambodian troops exchanged artillery and rocket fire along the border near the Ta Muen Thom temple (Surin, Thailand). Thai officials said 12 civilians, among them an 8-year-old boy, and 1 soldier were killed; Cambodia did not give its own losses. Fatalities: 13.",
 [("12 civilians", "killed:12"), ("an 8-year-old boy", "killed:1"), ("1 soldier", "killed:1"), ("13", "killed:13")], 13),
("a106", "2025-05-28", "PHNOM PENH — A Cambodian soldier was killed in a brief exchange of fire with Thai troops in the disputed Emerald Triangle area on Wednesday, Cambodia's defence ministry said. Thailand said its soldiers fired in self-defence and that none of them were hurt.",
 [("A Cambodian soldier", "killed:1")], 1),
("a107", "2025-07-17", "On 16 July 2025, a Thai soldier lost his leg after stepping on a landmine during a patrol near Chong Bok (Ubon Ratchathani, Thailand); 2 other soldiers were slightly wounded. Thailand accused Cambodia of laying new mines.",
 [("a Thai soldier", "injured:1"), ("2 other soldiers", "injured:2")], 0),
("a108", "2018-02-04", "On 3 February 2018, police and military police used electric batons to disperse villagers protesting a land concession to a sugar company in Oddar Meanchey (Cambodia). 7 villagers were injured and 11 were arrested, a local rights group said.",
 [("7 villagers", "injured:7")], 0),
("a109", "2019-02-20", "VIENTIANE — A US-funded team cleared 1,200 unexploded bombs from rice fields in Xieng Khouang province last year, officials said. Since the end of the Vietnam war, more than 20,000 people in Laos have been killed or injured by leftover ordnance.",
 [("more than 20,000 people", "*casualties:>20000")], 0),
("a110", "2016-01-25", "On 24 January 2016, gunmen fired on a passenger bus on Route 13 near Kasi (Vientiane province, Laos), killing 2 people, a Chinese national and his Lao driver, and wounding 3 others.",
 [("2 people", "killed:2"), ("a Chinese national", "killed:1"), ("his Lao driver", "killed:1"), ("3 others", "injured:3")], 2),
("a111", "2022-07-13", "On 12 July 2022, 3 land rights activists from Koh Kong province (Cambodia) were abducted by unidentified men in plain clothes near Phnom Penh and released 2 days later with bruises, according to LICADHO.",
 [("3 land rights activists", "abducted:3")], 0),
("a112", "2025-07-27", "SURIN, Thailand (Reuters) - Thailand's army said on Saturday that it had killed more than 100 Cambodian soldiers in three days of fighting, a figure Phnom Penh rejected. Cambodia's defence ministry said 5 of its soldiers and 8 civilians had died. The clashes are the worst since 2011, when at least 18 people were killed.",
 [("more than 100 Cambodian soldiers", "killed:>100"), ("5", "killed:5"), ("8 civilians", "killed:8"), ("at least 18 people", "*killed:>=18")], 13),
("a113", "2019-10-10", "On 9 October 2019, Lao soldiers and suspected drug traffickers exchanged fire near Ban Kwan (Bokeo, Laos). The Lao army said 4 traffickers were killed, wounded or captured and 1.2 million methamphetamine pills seized.",
 [("4 traffickers", "casualties:4")], 0),
("a114", "2020-09-14", "KAMPONG SPEU — Two brothers were hacked to death with machetes in a dispute over a 5-hectare plot of land in Oral district on Sunday, local police said. Their cousin, 43, was arrested.",
 [("Two brothers", "killed:2")], 2),
("a115", "2025-08-03", "On 2 August 2025, Thai and Cambodian officers met at the border to monitor the ceasefire agreed in Kuala Lumpur. The five days of fighting in late July killed at least 43 people and displaced over 300,000 on both sides. No new incidents were reported.",
 [("at least 43 people", "*killed:>=43")], 0),
("a116", "2026-01-14", "On 13 January 2026, Thai soldiers fired warning shots near Cambodian visitors singing their national anthem at the Ta Muen Thom temple (Surin, Thailand). No one was hurt.",
 [], 0),
("a117", "2017-04-04", "VIENTIANE — Lao police said on Tuesday they had found the bodies of two Chinese workers at a banana plantation in Oudomxay province, a week after they were reported missing. A third worker is still missing.",
 [("two Chinese workers", "killed:2"), ("A third worker", "missing:1")], 2),
# ---------------- Jordan and the West Bank ----------------
("a118", "2023-06-22", "On 21 June 2023, Israeli settlers attacked the Palestinian village of Turmus Ayya (Ramallah, West Bank), setting fire to 30 houses and 60 cars. A 27-year-old Palestinian man was shot dead and 12 others wounded, Palestinian health officials said.",
 [("A 27-year-old Palestinian man", "killed:1"), ("12 others", "injured:12")], 1),
("a119", "2023-09-20", "On 19 September 2023, Israeli forces raided Jenin refugee camp (West Bank). The Israeli army said it had neutralised 4 armed men; the Palestinian health ministry said 4 Palestinians were killed and 30 injured. 2 people were arrested.",
 [("4 armed men", "casualties:4"), ("4 Palestinians", "killed:4"), ("30", "injured:30")], 4),
("a120", "2022-01-28", "AMMAN (Reuters) - The Jordanian army said on Thursday it had killed 27 smugglers trying to cross from Syria carrying large amounts of drugs, and that several others had fled back across the border.",
 [("27 smugglers", "killed:27")], 27),
("a121", "2024-09-09", "On 8 September 2024, a Jordanian truck driver opened fire at the Allenby bridge crossing (Jericho, West Bank), killing 3 Israeli civilian guards; the attacker was shot dead at the scene. Fatalities: 4.",
 [("3 Israeli civilian guards", "killed:3"), ("the attacker", "killed:1"), ("4", "killed:4")], 4),
("a122", "2017-12-19", "KARAK, Jordan — Residents laid wreaths at Karak castle on Monday, a year after gunmen attacked tourists and police there, killing 10 people including a Canadian woman. Four of the gunmen were killed in the siege.",
 [("10 people", "*killed:10"), ("a Canadian woman", "*killed:1"), ("Four", "*killed:4")], 0),
("a123", "2024-10-18", "On 17 October 2024, settlers attacked Palestinian olive pickers near Qaryut (Nablus, West Bank), beating 4 farmers, among them a 70-year-old woman, and stealing harvested olives. Dozens of trees were cut down.",
 [("4 farmers", "injured:4"), ("a 70-year-old woman", "injured:1")], 0),
("a124", "2024-10-19", "On 18 October 2024, two Jordanian gunmen crossed the border near the Dead Sea and opened fire on Israeli soldiers, wounding 2 soldiers; both attackers were killed. Fatalities: 2.",
 [("2 soldiers", "injured:2"), ("both attackers", "killed:2"), ("2", "killed:2", 2)], 2),
("a125", "2025-01-07", "RAMALLAH — The Palestinian health ministry said on Tuesday that Israeli forces and settlers had killed 492 Palestinians in the West Bank in 2024, and that a 16-year-old boy shot in Tammun last week had died of his wounds overnight.",
 [("492 Palestinians", "*killed:492"), ("a 16-year-old boy", "killed:1")], 1),
("a126", "2022-12-16", "On 15 December 2022, gunmen shot dead a senior police officer, Col. Abdul Razzaq Dalabeh, during fuel-price protests in Maan (Jordan). The government said 44 people were arrested over the unrest.",
 [("a senior police officer", "killed:1")], 1),
("a127", "2023-02-27", "On 26 February 2023, hundreds of settlers rampaged through Huwara (Nablus, West Bank) after 2 Israeli brothers were shot dead by a Palestinian gunman earlier in the day. A Palestinian man was killed and around 100 were injured, and dozens of homes and cars were torched.",
 [("2 Israeli brothers", "*killed:2"), ("A Palestinian man", "killed:1"), ("around 100", "injured:~100")], 1),
("a128", "2025-04-16", "AMMAN — Jordan's intelligence service said it had foiled a plot to attack security sites with rockets and drones and arrested 16 people, some of them trained in Lebanon. No attack took place.",
 [], 0),
("a129", "2023-11-12", "On 11 November 2023, a 24-year-old Palestinian detainee from Hebron died in Israeli custody at Ofer prison (Ramallah, West Bank); prisoners' groups said he died of ill-treatment, while the Israel Prison Service said the cause was under review.",
 [("a 24-year-old Palestinian detainee", "killed:1")], 1),
("a130", "2024-05-03", "On 2 May 2024, settlers abducted a Palestinian shepherd and his 2 sons from grazing land near Al-Mughayyir (Ramallah, West Bank); they were released by the army that evening. 40 sheep were stolen.",
 [("a Palestinian shepherd", "abducted:1"), ("2 sons", "abducted:2")], 0),
# ---------------- Kosovo and Cyprus ----------------
("a131", "2023-09-25", "On 24 September 2023, around 30 heavily armed Serb gunmen attacked Kosovo police near Banjska (Zvecan, Kosovo) and barricaded themselves in a monastery. One Kosovo police sergeant and 3 attackers were killed; another officer was wounded. Fatalities: 4.",
 [("One Kosovo police sergeant", "killed:1"), ("3 attackers", "killed:3"), ("another officer", "injured:1"), ("4", "killed:4")], 4),
("a132", "2023-05-30", "ZVECAN, Kosovo (Reuters) - Thirty NATO peacekeepers were injured, three of them seriously, in clashes with Serb protesters outside the town hall on Monday, KFOR said. Serbia said 52 protesters were hurt. No one was killed.",
 [("Thirty NATO peacekeepers", "injured:30"), ("three", "injured:3"), ("52 protesters", "injured:52")], 0),
("a133", "2024-09-24", "PRISTINA — Kosovo marked one year on Tuesday since the Banjska attack, in which a police sergeant was killed, while a court in Pristina prepared to try 45 people charged over the assault.",
 [("a police sergeant", "*killed:1")], 0),
("a134", "2023-08-19", "On 18 August 2023, Turkish Cypriot police and UN peacekeepers scuffled near Pyla in the buffer zone (Cyprus) over road works; 4 peacekeepers were lightly injured and UN vehicles were damaged.",
 [("4 peacekeepers", "injured:4")], 0),
("a135", "2019-04-13", "NICOSIA — The Committee on Missing Persons said on Friday it had identified the remains of 12 Greek Cypriots killed in 1974. About 750 people from both communities are still listed as missing.",
 [("12 Greek Cypriots", "*killed:12"), ("About 750 people", "*missing:~750")], 0),
("a136", "2021-10-14", "On 13 October 2021, Kosovo police raided shops in Mitrovica North (Kosovo) suspected of smuggling; Serbs set up barricades. 10 police officers and 6 civilians were injured, one of them by a gunshot. Police said 23 people were arrested.",
 [("10 police officers", "injured:10"), ("6 civilians", "injured:6"), ("one", "injured:1")], 0),
("a137", "2018-01-17", "On 16 January 2018, Oliver Ivanovic was shot dead outside his party office in Mitrovica North (Kosovo). The killers fled in a car that was later found burnt out.",
 [], 0),
("a138", "2020-02-12", "LIMASSOL, Cyprus — A 38-year-old businessman was killed when a bomb exploded under his car in Limassol early on Wednesday, police said. It was the fourth car bombing on the island this year and the first fatal one.",
 [("A 38-year-old businessman", "killed:1")], 1),
("a139", "2024-03-15", "BELGRADE — A Serbian film about the March 2004 riots in Kosovo, during which 19 people died and hundreds were injured, opened on Thursday to sold-out audiences.",
 [("19 people", "*killed:19"), ("hundreds", "*injured:>=200")], 0),
("a140", "2019-05-29", "On 28 May 2019, Kosovo special police arrested 19 people, including 4 police officers, in a smuggling raid in north Kosovo; 6 Kosovo police and 2 Serb civilians were injured, and a Russian UN staffer was briefly detained.",
 [("6 Kosovo police", "injured:6"), ("2 Serb civilians", "injured:2")], 0),
("a141", "2025-03-23", "On 22 March 2025, a boat carrying migrants from Syria sank off Cape Greco (Famagusta, Cyprus). 7 bodies were recovered and 2 people were rescued; about 10 others were missing, the coast guard said.",
 [("7 bodies", "killed:7"), ("about 10 others", "missing:~10")], 7),
# ---------------- Venezuela: mining arc and border states ----------------
("a142", "2018-10-15", "On 14 October 2018, clashes between the ELN and a sindicato over control of gold mines near El Callao (Bolivar, Venezuela) left 7 miners dead, including a 16-year-old, according to local press; survivors said a further 4 were missing.",
 [("7 miners", "killed:7"), ("a 16-year-old", "killed:1"), ("a further 4", "missing:4")], 7),
("a143", "2017-03-05", "TUMEREMO, Venezuela — Relatives of the 17 miners massacred near Tumeremo in 2016 marched to the town hall on Saturday to demand justice, carrying photos of the victims. No one has been convicted.",
 [("17 miners", "*killed:17")], 0),
("a144", "2023-09-21", "On 20 September 2023, some 11,000 soldiers and police retook Tocoron prison (Aragua, Venezuela), long the headquarters of the Tren de Aragua gang. The government said the operation ended without bloodshed and 88 weapons were seized; a rights group noted that an inmate had died of tuberculosis there the week before.",
 [], 0),
("a145", "2021-03-22", "On 21 March 2021, fighting between the Venezuelan army and FARC dissidents near La Victoria (Apure, Venezuela) forced thousands to flee to Colombia. The defence ministry said 2 soldiers were killed and 9 'terrorists' were captured; rights groups said soldiers executed 4 farmers in El Ripial.",
 [("2 soldiers", "killed:2"), ("4 farmers", "killed:4")], 6),
("a146", "2019-09-11", "MARACAIBO — Two Colombian truck drivers were kidnapped by suspected ELN guerrillas near the border town of Machiques on Tuesday, Zulia police said. A ransom of 200,000 dollars was demanded.",
 [("Two Colombian truck drivers", "abducted:2")], 0),
("a147", "2024-02-23", "On 22 February 2024, rescuers at the Bulla Loca illegal gold mine near La Paragua (Bolivar, Venezuela) recovered 16 bodies after a pit collapsed; officials feared up to 30 people were still trapped.",
 [("16 bodies", "killed:16"), ("up to 30 people", "missing:<=30")], 16),
("a148", "2026-01-10", "On 9 January 2026, a sindicato in El Callao (Bolivar, Venezuela) circulated leaflets threatening to kill any miner who paid fees to the rival group. No attacks followed; the army deployed 300 troops to the town.",
 [], 0),
("a149", "2024-08-06", "VALENCIA, Venezuela — A 17 yr old was killed and 3 people were wounded when colectivos fired on protesters after the disputed presidential vote, a human rights NGO said on Tuesday, bringing to at least 24 the number of people killed in the post-election unrest since July 29.",
 [("A 17 yr old", "killed:1"), ("3 people", "injured:3"), ("at least 24", "*killed:>=24")], 1),
("a150", "2019-01-13", "On 12 January 2019, a boat carrying 33 Venezuelans bound for Curacao capsized off Guiria (Sucre, Venezuela); 4 bodies were found, and the navy said 21 people remained missing. Relatives blamed a trafficking gang.",
 [("4 bodies", "killed:4"), ("21 people", "missing:21")], 4),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def check_value(v):
    outcome, sep, count = v.partition(":")
    assert sep and outcome in OUTCOMES, v
    m = COUNT_RE.match(count)
    assert m, v
    if m.group(1) is not None:
        assert int(m.group(1)) < int(m.group(2)), v


def locate(text, surface, occ):
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
    assert len(hits) >= occ, (surface, occ, len(hits))
    s = hits[occ - 1]
    return s, s + len(surface)


BACKGROUND = set()  # (id, start) of background spans, for the review printer


def build():
    records, meta = [], {}
    for iid, dct, text, spans, fat in ITEMS:
        out, counted_killed = [], 0
        for sp in spans:
            surface, value = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 1
            bg = value.startswith("*")
            value = value.lstrip("*")
            s, e = locate(text, surface, occ)
            out.append({"start": s, "end": e, "label": "CASUALTY", "text": text[s:e], "value": value})
            if bg:
                BACKGROUND.add((iid, s))
            if value.startswith("killed:") and not bg:
                counted_killed += 1
        out.sort(key=lambda d: (d["start"], d["end"]))
        meta[iid] = counted_killed
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": out, "fatalities": fat})
    return records, meta


def validate(records, meta):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in records:
        t = r["text"]
        datetime.date.fromisoformat(r["dct"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"])
        assert r["layers"] == ["casualties"]
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", t)) + (1 if "\n" in t else 0) <= 7, r["id"]
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(t), r["id"]
            assert t[s:e] == sp["text"], (r["id"], sp)
            assert not t[s].isspace() and not t[e - 1].isspace(), (r["id"], sp)
            assert s >= prev_end, ("overlap", r["id"], sp)
            prev_end = e
            assert sp["label"] == "CASUALTY"
            check_value(sp["value"])
        f = r["fatalities"]
        assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, r["id"]
        if meta is not None:
            assert (f == 0) == (meta[r["id"]] == 0), ("fatalities vs counted killed spans", r["id"])


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    records, meta = build()
    validate(records, meta)
    data = dump(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(OUT, encoding="utf-8") as fh:
        again = [json.loads(line) for line in fh]
    validate(again, meta)
    assert dump(again) == data and dump(build()[0]) == data, "not deterministic"
    if "--review" in sys.argv:
        for r in again:
            t, pos, parts = r["text"], 0, []
            for sp in r["spans"]:
                mark = " BG" if (r["id"], sp["start"]) in BACKGROUND else ""
                parts.append(t[pos:sp["start"]] + "[" + sp["text"] + "]{" + sp["value"] + mark + "}")
                pos = sp["end"]
            parts.append(t[pos:])
            print(f"{r['id']} {r['dct']} fatalities={r['fatalities']}\n  " + "".join(parts) + "\n")
    n0 = sum(1 for r in again if r["fatalities"] == 0)
    from collections import Counter
    oc = Counter(sp["value"].split(":")[0] for r in again for sp in r["spans"])
    print(f"{len(again)} items, {sum(len(r['spans']) for r in again)} spans {dict(oc)}; toll 0: {n0}, toll >0: {len(again)-n0}")


if __name__ == "__main__":
    main()
