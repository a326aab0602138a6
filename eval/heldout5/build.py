#!/usr/bin/env python3
"""Build the fifth held-out set: conflict-event reports with casualty figures and tolls.

The labels below are the source of truth, written by hand as decision lists:
each item gives its text, its CASUALTY spans as (surface, occurrence, value[, "bg"]),
and its toll (`fatalities`) with a short reason.

- occurrence counts case-sensitive whole-word matches of `surface` in the text (1-based),
  so `2` never matches inside `2021`, `3R` or `12`;
- "bg" marks a figure for deaths (or abductions) in an earlier, different event that the
  report only mentions as background; it is labelled as a span but does not count
  toward the report's toll (see README, decision D3).

Usage: python3 build.py            # write tolls-5.jsonl and check it (twice)
       python3 build.py --review   # print every item with [spans] and its toll
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-5.jsonl")

ITEMS = []


def I(id_, dct, text, spans, toll, why=""):
    ITEMS.append(dict(id=id_, dct=dct, text=text, spans=spans, toll=toll, why=why))


# ---------------------------------------------------------------- items
I("h5-001", "2021-03-15",
  "On 14 March 2021, suspected ISWAP fighters ambushed a military convoy near Dikwa (Borno). Fatalities: 2.",
  [("2", 1, "killed:2")], 2)

I("h5-002", "2012-06-18",
  "KADUNA, June 17 - At least 10 worshippers were killed and 38 injured when a suicide bomber drove a car into a church in Zaria on Sunday, state police said.",
  [("At least 10 worshippers", 1, "killed:>=10"), ("38", 1, "injured:38")], 10, ">=10")

I("h5-003", "2019-09-03",
  "Separatist fighters kiled a gendarme and burnt 6 houses at Bali Nyonga on monday, residents told our reporter. The gendarme's colleague was wounded in the leg .",
  [("a gendarme", 1, "killed:1"), ("The gendarme's colleague", 1, "injured:1")], 1)

I("h5-004", "2022-01-05",
  "Hundreds of residents marched in Bandiagara on 4 January 2022 to protest the killing of 31 bus passengers last month in the Songho area. No violence was reported.",
  [("31 bus passengers", 1, "killed:31", "bg")], 0, "protest; deaths are last month's attack")

I("h5-005", "2020-02-03",
  "Fatalities: 1. Unidentified gunmen shot dead a Koglweogo volunteer at Tanwalbougou market (Est) on 2 February 2020.",
  [("1", 1, "killed:1"), ("a Koglweogo volunteer", 1, "killed:1")], 1, "repeated toll")

I("h5-006", "2014-10-18",
  "BENI, Oct 17 (Reuters) - Suspected ADF rebels hacked 26 people to death with machetes and axes overnight in the Ngadi neighbourhood of Beni, the mayor said on Friday. Among the dead were 8 children.",
  [("26 people", 1, "killed:26"), ("8 children", 1, "killed:8")], 26, "8 children are a subset")

I("h5-007", "2013-09-10",
  "Ex-Seleka fighters attacked Bouca on 9 September 2013, killing scores of villagers and torching about 100 huts, a humanitarian source said.",
  [("scores of villagers", 1, "killed:>=40")], 40, ">=40")

I("h5-008", "2021-04-03",
  "The TPLF claimed it had killed 30 federal soldiers in fighting near Alamata on 2 April 2021; the army said 5 of its men died and dismissed the claim.",
  [("30 federal soldiers", 1, "killed:30"), ("5", 1, "killed:5")], 5, "claim 30 vs army 5: lowest")

I("h5-009", "2019-06-06",
  "Protesters gathered in Omdurman on 5 June 2019 to denounce the dispersal of the Khartoum sit-in two days earlier, in which doctors say dozens were killed. Police fired tear gas; 3 protesters were hospitalised.",
  [("dozens", 1, "killed:>=24", "bg"), ("3 protesters", 1, "injured:3")], 0, "protest; deaths are the earlier dispersal")

I("h5-010", "2011-10-05",
  "MOGADISHU, Oct 5 (AFP) - A truck bomb exploded outside a ministry compound on Tuesday, killing at least 70 people, most of them students queueing for exam results, police said. The death toll rose to 82 on Wednesday, a hospital official said.",
  [("at least 70 people", 1, "killed:>=70"), ("82", 1, "killed:82")], 82, "toll rose: latest")

I("h5-011", "2020-04-08",
  "Insurgents beheaded 4 herders near Muidumbe, Cabo Delgado, on 7 April 2020 and abducted 2 girls. Fatalities: 4.",
  [("4 herders", 1, "killed:4"), ("2 girls", 1, "abducted:2"), ("4", 2, "killed:4")], 4, "repeated toll")

I("h5-012", "2009-08-21",
  "HELMAND, Aug 20 - A soldier of 2 Rifles was killed by an explosion while on foot patrol near Sangin on Thursday, the Ministry of Defence said. Two other soldiers were injured.",
  [("A soldier", 1, "killed:1"), ("Two other soldiers", 1, "injured:2")], 1, "2 Rifles is a unit")

I("h5-013", "2013-06-03",
  "San Pedro Sula: armed men entered a billiard hall in Chamelecon on saturday night and killed 6 young men. The dead numbered 7 after a wounded customer died in hospital on sunday.",
  [("6 young men", 1, "killed:6"), ("7", 1, "killed:7"), ("a wounded customer", 1, "killed:1")], 7, "6 + 1 = the new toll 7")

I("h5-014", "2010-05-19",
  "MAKHACHKALA, Russia (Reuters) - A police officer was stabbed to death and his brother shot dead in Khasavyurt late on Tuesday, the regional interior ministry said.",
  [("A police officer", 1, "killed:1"), ("his brother", 1, "killed:1")], 2)

I("h5-015", "2008-03-04",
  "Police found the bodies of 3 bus drivers in a ravine outside Mixco on Monday. They had been reported missing since Friday after refusing to pay extortion, relatives said.",
  [("3 bus drivers", 1, "killed:3")], 3, "'reported missing' is the same 3, now dead; no figure")

I("h5-016", "2005-07-13",
  "A landmine exploded under an armoured vehicle in the Vedeno district of Chechnya on 12 July 2005, wounding 4 servicemen. Officials said no one was killed.",
  [("4 servicemen", 1, "injured:4")], 0, "injuries only")

I("h5-017", "2023-05-12",
  "Six policemen and a suspected gunman were killed when bandits attacked a checkpoint at Dansadau, Zamfara State, on 11 May 2023, a police spokesman said.",
  [("Six policemen", 1, "killed:6"), ("a suspected gunman", 1, "killed:1")], 7, "6 + 1")

I("h5-018", "2020-02-15",
  "4 villagers (3 women and a boy) died when soldiers opened fire in Ngarbuh, North-West region, on 14 February 2020, according to a local NGO. The army spoke of an accident.",
  [("4 villagers", 1, "killed:4"), ("3 women", 1, "killed:3"), ("a boy", 1, "killed:1")], 4, "bracketed breakdown")

I("h5-019", "2014-04-10",
  "SAN SALVADOR - A teacher, Marta Elena Quintanilla, 41, and her son were killed by gang members who stopped their car in Soyapango on Wednesday, police said.",
  [("A teacher", 1, "killed:1"), ("her son", 1, "killed:1")], 2, "name and age are not figures")

I("h5-020", "2019-05-13",
  "Gunmen attacked a church in Dablo (Sanmatenga) during Sunday mass on 12 May 2019, killing 6 people including the priest.",
  [("6 people", 1, "killed:6"), ("the priest", 1, "killed:1")], 6, "including")

I("h5-021", "2021-06-02",
  "CODECO militia sent letters to village chiefs in Djugu territory on 1 June 2021 warning that they would kill anyone who cooperated with the FARDC. No attack was reported.",
  [], 0, "threat")

I("h5-022", "2022-09-28",
  "Al-Shabaab claimed to have killed 41 soldiers in an attack on an army base at Bulo Marer on 27 September 2022. A government spokesman said 3 soldiers died and 8 militants were killed in the fighting. The base had been handed over to Somali forces in July. Residents said the fighting lasted about 3 hours and that 2 army vehicles were burnt. Al-Shabaab later posted photos online.",
  [("41 soldiers", 1, "killed:41"), ("3 soldiers", 1, "killed:3"), ("8 militants", 1, "killed:8")], 11,
  "soldiers: claim 41 vs 3, lowest 3; + 8 militants")

I("h5-023", "2022-03-04",
  "Unknown armed men abducted 17 passengers from a bus on the Gidami road in Kellem Wollega on 3 March 2022. Relatives said a ransom had been demanded.",
  [("17 passengers", 1, "abducted:17")], 0, "abduction only")

I("h5-024", "2011-03-04",
  "KABUL, March 3 (Reuters) - Afghan and coalition forces killed, wounded or detained 35 insurgents in a week of operations in Kandahar province, NATO said on Thursday.",
  [("35 insurgents", 1, "casualties:35")], 0, "killed/wounded/detained: not a kill count; SCHEME's outcome `casualties` (D6)")

I("h5-025", "2012-06-28",
  "Clashes between MNLA and MUJAO fighters around Gao airport on 27 June 2012 left at least 20 people dead, according to local sources; the MNLA said 7 of its fighters were among the dead. Its secretary-general was wounded.",
  [("at least 20 people", 1, "killed:>=20"), ("7", 1, "killed:7"), ("Its secretary-general", 1, "injured:1")], 20,
  ">=20; 7 are among them")

I("h5-026", "2014-07-02",
  "MAIDUGURI, Nigeria (AP) - The death toll from twin bomb blasts at a crowded market in Maiduguri rose to 64 on Wednesday as more bodies were pulled from the rubble, a rescue official said. The first count, on Tuesday, was 48.",
  [("64", 1, "killed:64"), ("48", 1, "killed:48")], 64, "toll rose: latest")

I("h5-027", "2012-11-04",
  "Tegucigalpa 2012-11-03: 1 fatality. A taxi driver was shot dead by two men on a motorbike in colonia Villanueva.",
  [("1 fatality", 1, "killed:1"), ("A taxi driver", 1, "killed:1")], 1, "repeated toll")

I("h5-028", "2010-10-15",
  "Unidentified attackers set fire to a mosque and 2 cars in Nalchik overnight on 14 October 2010. There were no casualties, police said.",
  [], 0, "property")

I("h5-029", "2008-08-10",
  "TBILISI, Aug 9 - Georgian officials said 30 of their soldiers had been killed and as many as 200 wounded in fighting around Tskhinvali on Saturday.",
  [("30", 1, "killed:30"), ("as many as 200", 1, "injured:<=200")], 30)

I("h5-030", "2021-06-21",
  "Fatalities: 3 (2 FACA soldiers, 1 civilian). 3R fighters ambushed a patrol on the Bocaranga-Koui axis on 20 June 2021.",
  [("3", 1, "killed:3"), ("2 FACA soldiers", 1, "killed:2"), ("1 civilian", 1, "killed:1")], 3, "breakdown; 3R is a group")

I("h5-031", "2023-08-09",
  "Fano militia and federal forces clashed in Debre Tabor on 8 August 2023; residents said nearly a dozen civilians were killed by stray fire and shelling.",
  [("nearly a dozen civilians", 1, "killed:~12")], 12, "~12")

I("h5-032", "2024-06-03",
  "RSF shelling of Abu Shouk camp near El Fasher on 2 June 2024 killed between 2 to 4 displaced people and wounded 11, according to camp coordinators.",
  [("between 2 to 4 displaced people", 1, "killed:2-4"), ("11", 1, "injured:11")], 2, "2-4, lower end")

I("h5-033", "2008-04-22",
  "Traders in Bakara market closed their shops on 21 April 2008 in protest at the killing of a money changer by government troops the previous week.",
  [("a money changer", 1, "killed:1", "bg")], 0, "protest over an earlier killing")

I("h5-034", "2021-03-29",
  "Insurgents who overran Palma on 24 March 2021 killed dozens of civilians, the government said on 28 March. 110 workers from a contractor's camp were still unaccounted for.",
  [("dozens of civilians", 1, "killed:>=24"), ("110 workers", 1, "missing:110")], 24, ">=24")

I("h5-035", "2020-10-16",
  "Clash between herders and farmers at Kwall, Bassa LGA (Plateau), on 15 Oct 2020. Farmers said 5 of their people were killed; a herders' group said 2 herders died and 40 cows were rustled.",
  [("5", 1, "killed:5"), ("2 herders", 1, "killed:2")], 7, "distinct victims on both sides")

I("h5-036", "2019-12-15",
  "Survivors gathered in Makombo on 14 December 2019 to mark ten years since LRA fighters killed more than 300 people in the area over four days. No incident was reported.",
  [("more than 300 people", 1, "killed:>300", "bg")], 0, "historical toll")

I("h5-037", "2009-10-24",
  "Two police officers who were guarding a checkpoint on the outskirts of Grozny were killed when a car bomb exploded on Friday, Chechnya's interior ministry said. 4 others were injured. Police killed one of the attackers in a shootout nearby.",
  [("Two police officers", 1, "killed:2"), ("4 others", 1, "injured:4"), ("one", 1, "killed:1")], 3, "2 + one attacker")

I("h5-038", "2010-05-23",
  "Local reports say 2-3 people were killed when armed men attacked a family home in Jalapa on 22 May 2010; police confirmed 2 bodies.",
  [("2-3 people", 1, "killed:2-3"), ("2 bodies", 1, "killed:2")], 2, "2-3 vs 2: lowest")

I("h5-039", "2023-04-21",
  "Men in army uniforms killed at least 60 civilians in Karma village (Yatenga) on 20 April 2023, including women and children, the Ouahigouya prosecutor said.",
  [("at least 60 civilians", 1, "killed:>=60")], 60, ">=60")

I("h5-040", "2009-06-23",
  "NAZRAN - The region's president was seriously wounded when a suicide car bomb hit his motorcade on Monday; 3 bodyguards were hurt.",
  [("The region's president", 1, "injured:1"), ("3 bodyguards", 1, "injured:3")], 0, "injuries only")

I("h5-041", "2014-07-28",
  "Boko Haram attacked Kolofata (Far North) on 27 July 2014. The vice-prime minister's wife and 16 others were abducted; 3 people killed.",
  [("The vice-prime minister's wife", 1, "abducted:1"), ("16 others", 1, "abducted:16"), ("3 people", 1, "killed:3")], 3)

I("h5-042", "2012-06-21",
  "An Antonov bombing raid on Kauda (South Kordofan) on 20 June 2012 killed a woman and her 2 children, the SPLM-N said.",
  [("a woman", 1, "killed:1"), ("2 children", 1, "killed:2")], 3, "1 + 2")

I("h5-043", "2019-12-29",
  "Mogadishu: A roadside bomb targeted a minibus on the Afgoye corridor on 28 Dec 2019 , 5 passengers were kille and 7 others wounded, Police Captain Mohamed Hussein said.",
  [("5 passengers", 1, "killed:5"), ("7 others", 1, "injured:7")], 5)

I("h5-044", "2022-06-07",
  "Fighters attacked a bus near Ancuabe on 6 June 2022, wounding the driver and a passenger. The driver later succumbed to his injuries at Pemba hospital.",
  [("the driver", 1, "injured:1"), ("a passenger", 1, "injured:1"), ("The driver", 1, "killed:1")], 1, "wounded driver later died")

I("h5-045", "2021-05-12",
  "Taliban fighters attacked an ANDSF checkpoint in Qala-i-Naw district, Badghis, on 11 May 2021. Fatalities: 9 (6 soldiers and 3 Taliban).",
  [("9", 1, "killed:9"), ("6 soldiers", 1, "killed:6"), ("3 Taliban", 1, "killed:3")], 9, "breakdown")

I("h5-046", "2024-04-04",
  "Police arrested 12 suspects over the killing of 2 farmers at Guma (Benue) last week; the suspects were paraded in Makurdi on 3 April 2024.",
  [("2 farmers", 1, "killed:2", "bg")], 0, "arrests over last week's killing")

I("h5-047", "2019-03-24",
  "MOPTI, Mali (Reuters) - Gunmen killed at least 134 Fulani villagers in Ogossagou on Saturday, a local mayor said, in the deadliest attack in central Mali in years. Dozo hunters were suspected.",
  [("at least 134 Fulani villagers", 1, "killed:>=134")], 134, ">=134")

I("h5-048", "2007-03-15",
  "The body of a farmer was found near Paoua on 14 March 2007, two days after he was seized by armed herders, local sources said.",
  [("a farmer", 1, "killed:1")], 1)

I("h5-049", "2020-10-31",
  "Oromia: the murder of five priests at a monastery near Ambo on 30 Oct 2020 was blamed on OLA-Shane fighters by the zonal administration.",
  [("five priests", 1, "killed:5")], 5, "nominal form")

I("h5-050", "2010-02-10",
  "The deaths of 3 aid workers in an ambush near Beledweyne on 9 February 2010 led the agency to suspend operations in Hiiraan, a spokeswoman said.",
  [("3 aid workers", 1, "killed:3")], 3, "nominal form")

I("h5-051", "2020-07-21",
  "Garifuna residents blocked the highway near Triunfo de la Cruz on 20 July 2020 demanding the return of 5 community leaders who were taken from their homes by men in police uniforms two days earlier.",
  [("5 community leaders", 1, "abducted:5", "bg")], 0, "protest over an earlier abduction")

I("h5-052", "2009-08-12",
  "Journalists in Coatepeque said on 11 August 2009 they had received death threats by text message after publishing a list of 3 officials under investigation. No one was harmed.",
  [], 0, "threats")

I("h5-053", "2020-09-28",
  "Armenia's defence ministry said 16 servicemen had been killed and more than 100 wounded on the first day of fighting in Nagorno-Karabakh on 27 September 2020; Azerbaijan said 5 members of one family were killed in Gashalti.",
  [("16 servicemen", 1, "killed:16"), ("more than 100", 1, "injured:>100"), ("5 members", 1, "killed:5")], 21, "16 + 5")

I("h5-054", "2024-06-24",
  "Gunmen attacked 2 churches, a synagogue and a police post in Derbent and Makhachkala on 23 June 2024. At least 15 police officers and an Orthodox priest were killed; 5 attackers were shot dead.",
  [("At least 15 police officers", 1, "killed:>=15"), ("an Orthodox priest", 1, "killed:1"), ("5 attackers", 1, "killed:5")], 21,
  ">=15 + 1 + 5 = >=21")

I("h5-055", "2008-11-29",
  "Youths and police clashed in Jos on 28 November 2008 after disputed local elections. A hospital said it had received 45 people killed or injured, and 500 people were arrested.",
  [("45 people", 1, "casualties:45")], 0, "killed-or-injured: not a kill count; SCHEME's outcome `casualties` (D6)")

I("h5-056", "2022-01-13",
  "Amba fighters killed 2 civilian women accused of 'blacklegging' at Bamessing, Ndop, on 12 January 2022 and set their house ablaze.",
  [("2 civilian women", 1, "killed:2")], 2)

I("h5-057", "2020-02-04",
  "JNIM IED against FAMa convoy between Boni and Hombori (Mopti) on 3 Feb 2020. 4 soldiers injured. No fatalities reported.",
  [("4 soldiers", 1, "injured:4")], 0, "injuries only")

I("h5-058", "2022-08-19",
  "A village defence volunteer was killed and 2 others wounded when suspected militants attacked the outskirts of Kaya on 18 August 2022. The volunteers killed one of the attackers.",
  [("A village defence volunteer", 1, "killed:1"), ("2 others", 1, "injured:2"), ("one", 1, "killed:1")], 2, "1 + one attacker")

I("h5-059", "2012-05-19",
  "Raia Mutomboki militiamen attacked Hutu villages in Masisi territory on 18 May 2012, killing 6 Banyarwanda farmers, including a local chief, and burning several homes.",
  [("6 Banyarwanda farmers", 1, "killed:6"), ("a local chief", 1, "killed:1")], 6, "including")

I("h5-060", "2010-06-04",
  "Soldiers from 2 Para came under fire near Musa Qala on 3 June 2010; one paratrooper was killed and 3 were wounded.",
  [("one paratrooper", 1, "killed:1"), ("3", 2, "injured:3")], 1, "2 Para is a unit")

I("h5-061", "2005-09-29",
  "Janjaweed militia attacked Aro Sharow camp in West Darfur on 28 September 2005, killing 29 people and wounding 10, according to the African Union. 6 children are missing and some 4,000 displaced people fled the area.",
  [("29 people", 1, "killed:29"), ("10", 1, "injured:10"), ("6 children", 1, "missing:6")], 29)

I("h5-062", "2014-06-27",
  "Al-Shabaab said its fighters had killed more than 20 AMISOM troops in an attack on a base at Leego on 26 June 2014; AMISOM said 4 of its soldiers were killed and the attackers were repulsed, leaving 12 militants dead.",
  [("more than 20 AMISOM troops", 1, "killed:>20"), ("4", 1, "killed:4"), ("12 militants", 1, "killed:12")], 16,
  "troops: claim >20 vs 4, lowest 4; + 12 militants")

I("h5-063", "2024-03-12",
  "Insurgents raided Mucojo (Macomia) on 11 March 2024, looting food and kidnapping 3 fishermen. 2 children were injured by gunfire and an elderly man is missing.",
  [("3 fishermen", 1, "abducted:3"), ("2 children", 1, "injured:2"), ("an elderly man", 1, "missing:1")], 0,
  "no deaths")

I("h5-064", "2019-07-10",
  "Police captured 18 alleged members of MS-13 in Santa Ana on 9 July 2019, accused of extortion and of killing 3 bus drivers in 2018.",
  [("3 bus drivers", 1, "killed:3", "bg")], 0, "arrests; killings in 2018")

I("h5-065", "2019-06-11",
  "Bandits on motorcycles stormed Kwashabawa village (Zurmi LGA) on 10 June 2019 and killed 34 villagers, according to the state police command. Villagers said the dead numbered 43.",
  [("34 villagers", 1, "killed:34"), ("43", 1, "killed:43")], 34, "34 vs 43: lowest")

I("h5-066", "2005-11-02",
  "Opposition supporters boycotted shops in Addis Ababa on 1 November 2005 over the June killings of 36 protesters by security forces.",
  [("36 protesters", 1, "killed:36", "bg")], 0, "boycott over June killings")

I("h5-067", "2024-09-03",
  "An IS-K suicide bomber struck outside a ministry in Kabul on 2 September 2024, killing 6 people, including a guard, the police spokesman said; the group claimed to have killed 45.",
  [("6 people", 1, "killed:6"), ("a guard", 1, "killed:1"), ("45", 1, "killed:45")], 6,
  "including; police 6 vs claim 45: lowest")

I("h5-068", "2012-12-10",
  "An explosion at a market in Zugdidi on 9 December 2012 wounded a woman and a teenage boy, police said.",
  [("a woman", 1, "injured:1"), ("a teenage boy", 1, "injured:1")], 0, "injuries only")

I("h5-069", "2013-05-16",
  "Gunmen suspected to be BH insurgents invaded Kirawa on tuesday nite, kiled 1 vigilante member, razed 20 hses. Fatalities 1.",
  [("1 vigilante member", 1, "killed:1"), ("1", 2, "killed:1")], 1, "repeated toll")

I("h5-070", "2020-05-18",
  "The UN said as many as 22 people were killed in raids on 3 villages in Djugu on 17 May 2020; local authorities confirmed 14 bodies.",
  [("as many as 22 people", 1, "killed:<=22"), ("14 bodies", 1, "killed:14")], 14, "<=22 vs 14: lowest")

I("h5-071", "2014-03-03",
  "Up to 7 people were wounded when a grenade was thrown into a bus terminal in La Ceiba on 2 March 2014. A vendor died on the spot.",
  [("Up to 7 people", 1, "injured:<=7"), ("A vendor", 1, "killed:1")], 1)

I("h5-072", "2011-08-31",
  "Chechnya, 2011-08-30: suicide bombers attacked the interior ministry building in Grozny. Fatalities: 9 (7 police officers, 1 emergency worker, 1 civilian); 21 injured.",
  [("9", 1, "killed:9"), ("7 police officers", 1, "killed:7"), ("1 emergency worker", 1, "killed:1"),
   ("1 civilian", 1, "killed:1"), ("21", 1, "injured:21")], 9, "breakdown")

I("h5-073", "2011-05-16",
  "Zetas gunmen massacred 27 farm workers at a ranch in La Libertad, Petén, on 15 May 2011; most of the victims were decapitated. The ranch owner's brother was among the dead.",
  [("27 farm workers", 1, "killed:27"), ("The ranch owner's brother", 1, "killed:1")], 27, "subset")

I("h5-074", "2022-03-02",
  "Bandits wrote to communities in Birnin Gwari on 1 March 2022 demanding 5 million naira and threatening to kill 20 residents if it was not paid within a week.",
  [], 0, "threat; nobody harmed")

I("h5-075", "2023-02-15",
  "Two traditional elders who had been mediating between the Abgaal and Habar Gidir clans near Adale were killed when their car was ambushed on 14 Feb 2023, residents said.",
  [("Two traditional elders", 1, "killed:2")], 2, "relative clause")

I("h5-076", "2021-12-01",
  "The army said its troops killed 17 terrorists, including a commander, in a counter-attack near Gorom-Gorom on 30 November 2021. Two soldiers were slightly wounded.",
  [("17 terrorists", 1, "killed:17"), ("a commander", 1, "killed:1"), ("Two soldiers", 1, "injured:2")], 17, "including")

I("h5-077", "2025-01-26",
  "RSF drones struck the Saudi hospital in El Fasher on 24 January 2025, killing 67 people, the local resistance committee said. The death toll rose to 70 on 25 January after 3 of the wounded died.",
  [("67 people", 1, "killed:67"), ("70", 1, "killed:70"), ("3", 1, "killed:3")], 70, "67 + 3 = the new toll 70")

I("h5-078", "2006-06-15",
  "ISAF said a coalition convoy was attacked with small-arms fire in Zabul on 14 June 2006 and suffered casualties, but gave no figures.",
  [], 0, "unspecified casualties")

I("h5-079", "2023-02-06",
  "Armed men on motorbikes attacked the Boni-Douentza road on 5 Feb 2023, killing a driver and his apprentice and burning their lorry. 2 fatalities.",
  [("a driver", 1, "killed:1"), ("his apprentice", 1, "killed:1"), ("2 fatalities", 1, "killed:2")], 2, "1 + 1, repeated as 2")

I("h5-080", "2021-10-11",
  "Separatists torched a government school in Kumbo on 10 October 2021 and warned teachers to stay away. No injuries were reported.",
  [], 0, "property, threat")

I("h5-081", "2025-03-03",
  "Amhara, 2 March 2025: drone strike on a minibus near Bahir Dar; one death and 4 injuries reported by health workers.",
  [("one death", 1, "killed:1"), ("4 injuries", 1, "injured:4")], 1)

I("h5-082", "2008-11-07",
  "CNDP fighters went house to house in Kiwanja, North Kivu, on 5 November 2008, hunting young men they accused of being Mai-Mai. Local rights groups said 67 civilians were killed; the CNDP said only 2 Mai-Mai fighters died.",
  [("67 civilians", 1, "killed:67"), ("2 Mai-Mai fighters", 1, "killed:2")], 2, "conflicting accounts of one toll: lowest")

I("h5-083", "2014-02-13",
  "Bangui : anti-balaka elements lynched a Muslim trader at PK5 entrance on 12 Feb 2014, his body was burnt, witnesses said. 2 other traders were injuried.",
  [("a Muslim trader", 1, "killed:1"), ("2 other traders", 1, "injured:2")], 1)

I("h5-084", "2008-10-22",
  "Gunmen seized 2 foreign aid workers, a Kenyan nurse and a British logistician, from a guesthouse in Adado on 21 Oct 2008.",
  [("2 foreign aid workers", 1, "abducted:2"), ("a Kenyan nurse", 1, "abducted:1"), ("a British logistician", 1, "abducted:1")], 0,
  "abduction only; appositive breakdown")

I("h5-085", "2009-07-09",
  "Hundreds of teachers marched in Tegucigalpa on 8 July 2009 to protest the death of a teenager shot by soldiers at Toncontín airport on Sunday. Police used tear gas; 2 marchers were treated for injuries.",
  [("a teenager", 1, "killed:1", "bg"), ("2 marchers", 1, "injured:2")], 0, "protest over Sunday's killing")

I("h5-086", "2013-03-15",
  "Gunmen shot dead Imam Magomed Gadzhiev outside his mosque in Buynaksk on 14 March 2013, police said.",
  [], 0, "victim known only by name (title + name): no figure (D4)")

I("h5-087", "2021-02-18",
  "Gunmen in military uniforms stormed the Government Science College, Kagara (Niger State) on 17 February 2021, killing a student and abducting 27 students, 3 staff and 12 of their relatives.",
  [("a student", 1, "killed:1"), ("27 students", 1, "abducted:27"), ("3 staff", 1, "abducted:3"), ("12", 1, "abducted:12")], 1)

I("h5-088", "2021-01-04",
  "French jets struck a gathering near Bounti on 3 January 2021; France said 30 jihadists were killed, while villagers said 19 wedding guests died.",
  [("30 jihadists", 1, "killed:30"), ("19 wedding guests", 1, "killed:19")], 19, "conflicting accounts of one toll: lowest")

I("h5-089", "2024-08-25",
  "JNIM fighters attacked residents digging trenches around Barsalogho on 24 August 2024. The group claimed to have killed 300 militiamen; a UN source put the toll at about 130.",
  [("300 militiamen", 1, "killed:300"), ("about 130", 1, "killed:~130")], 130, "300 vs ~130: lowest")

I("h5-090", "2014-08-12",
  "Clashes between Rizeigat and Maaliya tribesmen near Abu Karinka, East Darfur, on 11 August 2014 left 6 Rizeigat fighters and 9 Maaliya tribesmen dead.",
  [("6 Rizeigat fighters", 1, "killed:6"), ("9 Maaliya tribesmen", 1, "killed:9")], 15, "6 + 9")

I("h5-091", "2019-07-26",
  "Police detained 7 people in Sidama zone on 25 July 2019 over last week's unrest in Hawassa, in which officials say 17 people died.",
  [("17 people", 1, "killed:17", "bg")], 0, "arrests; deaths last week")

I("h5-092", "2024-05-07",
  "Lower Shabelle, 2024-05-06. AS mortar rounds landed in an Afgoye IDP settlement. Fatalities: 2 (a mother and her daughter). 6 IDPs injured.",
  [("2", 1, "killed:2"), ("a mother", 1, "killed:1"), ("her daughter", 1, "killed:1"), ("6 IDPs", 1, "injured:6")], 2, "breakdown")

I("h5-093", "2019-10-04",
  "Local leaders in Mocímboa da Praia held a security meeting on 3 October 2019 after the killing of 7 villagers in Mbau last month. No new incident was reported.",
  [("7 villagers", 1, "killed:7", "bg")], 0, "meeting; deaths last month")

I("h5-094", "2013-09-12",
  "Paktika, 2013-09-11: Taliban overran an ALP post in Sar Hawza. 3 ALP members killed, 2 captured. 2 Taliban were also killed (per district gov).",
  [("3 ALP members", 1, "killed:3"), ("2", 1, "abducted:2"), ("2 Taliban", 1, "killed:2")], 5, "3 + 2 Taliban")

I("h5-095", "2022-04-16",
  "Soldiers detained 42 suspected gang members in Ilopango on 15 April 2022 under the state of exception; relatives protested outside the police station.",
  [], 0, "arrests (not abductions, D7)")

I("h5-096", "2020-11-19",
  "A land dispute between Nahualá and Santa Catarina Ixtahuacán flared again on 18 Nov 2020 when gunmen fired on a pickup, killing a 12-year-old girl and wounding her father. The dispute has claimed at least 13 lives since 2017, according to the human rights ombudsman.",
  [("a 12-year-old girl", 1, "killed:1"), ("her father", 1, "injured:1"), ("at least 13 lives", 1, "killed:>=13", "bg")], 1,
  "cumulative toll since 2017 is background")

I("h5-097", "2006-01-12",
  "MEND militants attacked a Shell platform in the EA field on 11 January 2006 and abducted 4 foreign oil workers, a Briton, an American, a Bulgarian and a Honduran.",
  [("4 foreign oil workers", 1, "abducted:4"), ("a Briton", 1, "abducted:1"), ("an American", 1, "abducted:1"),
   ("a Bulgarian", 1, "abducted:1"), ("a Honduran", 1, "abducted:1")], 0, "abduction only")

I("h5-098", "2023-03-10",
  "Residents said between 20 and 25 bodies were recovered after an ADF attack on Mukondi on 8 March 2023, and more than 30 people were still missing; the army confirmed 17 deaths.",
  [("between 20 and 25 bodies", 1, "killed:20-25"), ("more than 30 people", 1, "missing:>30"), ("17 deaths", 1, "killed:17")], 17,
  "20-25 vs 17: lowest")

I("h5-099", "2024-02-13",
  "Bamenda ; explosion of IED near Mile 4 park on 12/02/2024,,  3 motorbike riders wounded . no deaths.",
  [("3 motorbike riders", 1, "injured:3")], 0, "injuries only; Mile 4 is a place")

I("h5-100", "2008-07-07",
  "Villagers in Deh Bala (Nangarhar) said a US air strike on 6 July 2008 killed 47 members of a wedding party; the US military said the strike killed a number of militants and denied that civilians had died.",
  [("47 members", 1, "killed:47")], 47, "'a number of' is vague")

I("h5-101", "2019-03-27",
  "Several hundred people rallied in Magas on 26 March 2019 against a border deal with Chechnya; police detained 30 protesters. No injuries were reported.",
  [], 0, "protest, arrests")

I("h5-102", "2023-12-26",
  "Attacks on 17 villages in Bokkos and Barkin Ladi on 24-25 December 2023 killed at least 160 people, a local government chairman said. Amnesty International put the toll at 140. Survivors said the attackers arrived at night on motorcycles. More than 300 homes were burnt and thousands fled to Bokkos town. Police said 2 suspects had been arrested.",
  [("at least 160 people", 1, "killed:>=160"), ("140", 1, "killed:140")], 140, ">=160 vs 140: lowest")

I("h5-103", "2023-10-17",
  "A shell hit a rickshaw in Omdurman's Karari district on 16 Oct 2023; the driver died and 2 schoolboys were hurt, the Emergency Lawyers group said.",
  [("the driver", 1, "killed:1"), ("2 schoolboys", 1, "injured:2")], 1)

I("h5-104", "2008-05-22",
  "Tuareg rebels of the ATNMC attacked a military post near Abeibara on 21 May 2008. The army said 15 soldiers and 17 rebels were killed; the rebels claimed to have killed, wounded or captured 40 soldiers.",
  [("15 soldiers", 1, "killed:15"), ("17 rebels", 1, "killed:17"), ("40 soldiers", 1, "casualties:40")], 32, "15 + 17; killed/wounded/captured not a kill count: SCHEME's outcome `casualties`")

I("h5-105", "2005-05-04",
  "A grenade attack on a rally in Baidoa on 3 May 2005 wounded 5 people. It came a year after a bombing in the same square killed 12.",
  [("5 people", 1, "injured:5"), ("12", 1, "killed:12", "bg")], 0, "injuries; last year's deaths are background")

I("h5-106", "2023-01-08",
  "Two environmental defenders, Aly Domínguez and Jairo Bonilla, were shot dead in Tocoa, Colón, on 7 January 2023.",
  [("Two environmental defenders", 1, "killed:2")], 2, "appositive names")

I("h5-107", "2024-06-05",
  "Armed men attacked a gold mining site near Ndassima on 4 June 2024, leaving a guard dead and as many as 5 miners wounded, a local official said.",
  [("a guard", 1, "killed:1"), ("as many as 5 miners", 1, "injured:<=5")], 1)

I("h5-108", "2019-08-18",
  "At least 63 people, including women and children, were killed and 182 wounded when a suicide bomber struck a wedding hall in western Kabul on 17 August 2019, the interior ministry said.",
  [("At least 63 people", 1, "killed:>=63"), ("182", 1, "injured:182")], 63, ">=63")

I("h5-109", "2020-12-13",
  "The OLF said on 12 December 2020 that federal troops had summarily executed two cadres and a party youth leader in Gimbi; the government called the claim false.",
  [("two cadres", 1, "killed:2"), ("a party youth leader", 1, "killed:1")], 3, "2 + 1; a denial gives no figure")

I("h5-110", "2023-10-10",
  "Naparama militiamen clashed with insurgents near Mocímboa da Praia on 9 Oct 2023; 4 naparamas and a local militia commander were killed, residents said.",
  [("4 naparamas", 1, "killed:4"), ("a local militia commander", 1, "killed:1")], 5, "4 + 1")

I("h5-111", "2019-07-31",
  "Marking the tenth anniversary of the 2009 uprising, Borno officials said on 30 July 2019 that about 800 people had died in five days of fighting in Maiduguri that year. No incident was reported during the ceremony.",
  [("about 800 people", 1, "killed:~800", "bg")], 0, "historical toll")

I("h5-112", "2019-02-25",
  "Attackers set fire to part of an Ebola treatment centre in Katwa on 24 February 2019; a nurse and 2 hygienists were slightly injured.",
  [("a nurse", 1, "injured:1"), ("2 hygienists", 1, "injured:2")], 0, "injuries only")

I("h5-113", "2007-10-06",
  "Dagestan, Buynaksk district, 2007-10-05: shootout during special operation. 2 militants killed (FSB), 1 OMON officer wounded.",
  [("2 militants", 1, "killed:2"), ("1 OMON officer", 1, "injured:1")], 2)

I("h5-114", "2025-05-12",
  "JNIM fighters overran an army camp in Djibo (Soum) on 11 May 2025. Military sources said more than 50 soldiers were killed; the group claimed to have killed 200.",
  [("more than 50 soldiers", 1, "killed:>50"), ("200", 1, "killed:200")], 50, ">50 vs 200: lowest, stated number")

I("h5-115", "2024-02-03",
  "Armed men fired on a bus near Bandiagara on 2 Feb 2024; 3 passengers were wounded and the driver was abducted.",
  [("3 passengers", 1, "injured:3"), ("the driver", 1, "abducted:1")], 0, "injuries and an abduction")

I("h5-116", "2022-10-01",
  "Women protested in Kabul on 30 September 2022 over the bombing of an education centre in Dasht-e-Barchi that killed 53 students, mostly girls, the day before. Taliban fighters fired into the air to disperse them.",
  [("53 students", 1, "killed:53", "bg")], 0, "protest over the previous day's bombing")

I("h5-117", "2019-06-21",
  "Thousands protested outside Georgia's parliament in Tbilisi on 20 June 2019; police fired rubber bullets and 240 people were injured, including 80 police officers.",
  [("240 people", 1, "injured:240"), ("80 police officers", 1, "injured:80")], 0, "injuries only")

I("h5-118", "2024-06-10",
  "Herders attacked the market in Yelwata on 9 June 2024, burning 30 shops; police confirmed there were casualties but gave no figures.",
  [], 0, "property; unspecified casualties")

I("h5-119", "2021-12-06",
  "Al-Shabaab issued a statement on 3 December 2021 threatening to attack delegates taking part in parliamentary elections in Jowhar. No attack had been reported by 5 December.",
  [], 0, "threat")

I("h5-120", "2006-07-06",
  "Riot police and students at the University of El Salvador clashed on 5 July 2006; 12 officers and 9 students were injured.",
  [("12 officers", 1, "injured:12"), ("9 students", 1, "injured:9")], 0, "injuries only")


# ---------------------------------------------------------------- build and checks
OUTCOMES = ("killed", "injured", "missing", "abducted", "casualties")
VALUE_RE = re.compile(r"^(killed|injured|missing|abducted|casualties):(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")
DCT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def find(text, surface, occ):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise SystemExit(f"{surface!r} occurrence {occ}: only {len(hits)} found")
    s = hits[occ - 1]
    return s, s + len(surface)


def build():
    recs, meta = [], {}
    for it in ITEMS:
        spans, counted = [], []
        for sp in it["spans"]:
            surface, occ, value = sp[:3]
            bg = len(sp) > 3 and sp[3] == "bg"
            try:
                s, e = find(it["text"], surface, occ)
            except SystemExit as ex:
                raise SystemExit(f"{it['id']}: {ex}")
            spans.append({"start": s, "end": e, "label": "CASUALTY", "text": surface, "value": value})
            counted.append(value.startswith("killed:") and not bg)
        spans_sorted = sorted(zip(spans, counted), key=lambda p: p[0]["start"])
        recs.append({"id": it["id"], "text": it["text"], "dct": it["dct"], "layers": ["casualties"],
                     "spans": [p[0] for p in spans_sorted], "fatalities": it["toll"]})
        meta[it["id"]] = {"counted_killed": any(counted), "why": it["why"],
                          "bg": {(sp[0], sp[1]) for sp in it["spans"] if len(sp) > 3 and sp[3] == "bg"}}
    return recs, meta


def check(recs, meta):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in recs:
        rid, text = r["id"], r["text"]
        if set(r) != {"id", "text", "dct", "layers", "spans", "fatalities"}:
            errs.append(f"{rid}: keys {sorted(r)}")
        if not DCT_RE.match(r["dct"]):
            errs.append(f"{rid}: dct {r['dct']!r}")
        if r["layers"] != ["casualties"]:
            errs.append(f"{rid}: layers")
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{rid}: bad offsets {s},{e}")
                continue
            if text[s:e] != sp["text"]:
                errs.append(f"{rid}: slice {text[s:e]!r} != {sp['text']!r}")
            if text[s].isspace() or text[e - 1].isspace():
                errs.append(f"{rid}: span {sp['text']!r} starts/ends on whitespace")
            if s < prev_end:
                errs.append(f"{rid}: overlap at {sp['text']!r}")
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append(f"{rid}: label {sp['label']}")
            m = VALUE_RE.match(sp["value"])
            if not m:
                errs.append(f"{rid}: value {sp['value']!r}")
            elif m.group(3) and not int(m.group(3)) < int(m.group(4)):
                errs.append(f"{rid}: range {sp['value']!r} needs N<M")
        f = r["fatalities"]
        if not (isinstance(f, int) and not isinstance(f, bool) and f >= 0):
            errs.append(f"{rid}: fatalities {f!r} is not a whole number >= 0")
        elif (f == 0) == meta[rid]["counted_killed"]:
            errs.append(f"{rid}: fatalities {f} but counted killed span present={meta[rid]['counted_killed']}")
    return errs


def review(recs, meta):
    for r in recs:
        text, out, pos = r["text"], [], 0
        for sp in r["spans"]:
            out.append(text[pos:sp["start"]])
            out.append("[" + text[sp["start"]:sp["end"]] + "]")
            pos = sp["end"]
        out.append(text[pos:])
        print(f"{r['id']}  {r['dct']}  toll={r['fatalities']}  ({meta[r['id']]['why']})")
        print("  " + "".join(out))
        seen = {}
        for sp in r["spans"]:
            seen[sp["text"]] = seen.get(sp["text"], 0) + 1
            bg = "  (background: not counted)" if (sp["text"], seen[sp["text"]]) in meta[r["id"]]["bg"] else ""
            print(f"    {sp['text']!r:40} {sp['value']}{bg}")
        print()


def main():
    recs, meta = build()
    errs = check(recs, meta)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if "--review" in sys.argv:
        review(recs, meta)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    errs = check(back, meta)
    if back != recs:
        errs.append("re-read records differ from the built ones")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    n_sp = sum(len(r["spans"]) for r in back)
    by = {}
    for r in back:
        for sp in r["spans"]:
            by[sp["value"].split(":")[0]] = by.get(sp["value"].split(":")[0], 0) + 1
    zero = sum(1 for r in back if r["fatalities"] == 0)
    print(f"wrote {OUT}: {len(back)} items, {n_sp} spans {by}, toll 0: {zero}, toll >0: {len(back) - zero}")


if __name__ == "__main__":
    main()
