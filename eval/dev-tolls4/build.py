#!/usr/bin/env python3
"""dev-tolls4: a hand-labelled DEVELOPMENT set of conflict-event reports (casualties layer).

The decision lists below are the source of truth. Each item gives its id, dct, region,
style, the text, its CASUALTY decisions and the report's death toll (`fatalities`), written
by hand by the annotator. A decision is (surface, value) or (surface, occurrence, value):
the occurrence counts case-sensitive whole-word matches of the surface in the text
(1-based), so `2` never matches inside `2019`, `1,645` or `G9`.

Value shorthand: k killed, i injured, m missing, c casualties, a abducted; `k:>=5` is
`killed:>=5`. A trailing `*` marks a background figure (a toll of another, earlier or
cumulative event): it is a CASUALTY span but is not counted in `fatalities`.

`fatalities` is a whole number: the document's killed toll under SCHEME.md's "Totals per
document", where a bound gives its written number and a range its lower end.

Usage:
  python3 build.py            build tolls-dev4.jsonl and run the checks
  python3 build.py --review   print every item with its spans in brackets
  python3 build.py --stats    print the counts used in README.md
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev4.jsonl")

OUTCOMES = {"k": "killed", "i": "injured", "m": "missing", "c": "casualties", "a": "abducted"}

ITEMS = []


def I(id_, dct, region, style, tags, text, spans, fatalities):
    ITEMS.append(dict(id=id_, dct=dct, region=region, style=style, tags=tags.split(),
                      text=text, spans=spans, fatalities=fatalities))


# Tags (for README counts only; they are not written to the JSONL):
# single: single victim without a number; nounfirst: noun-first count (`Fatalities: N`,
# `N deaths`, `the dead numbered N`, `N dead`); local: local or open-class victim noun;
# long: long subject (brackets, including, relative clause, coordination, `the killing of`);
# range; hedge; breakdown; subset; repeat; claim (claims against counts, conflicting
# reports); revision; add (distinct victims added); distract (numbers that are not casualty
# figures); passive; postverb (victims after an active verb); bodies; laterdied;
# partitive; militants (attackers stated killed); zero reasons: injonly, abdonly,
# background, threat, arrest, property, named, kwc, casout (a `casualties` figure),
# missing; unharmed (a victim-like noun phrase for someone not harmed); press (wire/local-press
# style); headline; typos.

# ---------------------------------------------------------------- Nigeria
I("m001", "2016-08-04", "Nigeria", "acled", "postverb single local repeat nounfirst add",
  "On 3 August 2016, Boko Haram (JAS) fighters attacked Kuda village near Damboa (Borno), "
  "killing 4 fishermen and a vigilante. Two other vigilantes were injured. Fatalities: 5.",
  [("4 fishermen", "k:4"), ("a vigilante", "k:1"), ("Two other vigilantes", "i:2"),
   ("5", "k:5")], 5)
I("m002", "2021-06-12", "Nigeria", "acled", "abdonly distract",
  "On 11 June 2021, armed bandits on motorcycles raided Kucheri village in Tsafe LGA "
  "(Zamfara) at night and abducted 23 people, mostly women and children. Residents said the "
  "gang later demanded N5 million for their release. No fatalities were reported.",
  [("23 people", "a:23")], 0)
I("m003", "2019-05-21", "Nigeria", "press", "press single postverb local distract arrest",
  "KATSINA — Gunmen suspected to be bandits have killed a district head and his son in "
  "Faskari local govt area, police confirmed on Monday. Police spokesman SP Gambo Isah said 11 "
  "suspects had been arrested in connection with the attack and two AK-47 rifles recovered.",
  [("a district head", "k:1"), ("his son", "k:1")], 2)
I("m004", "2018-10-19", "Nigeria", "press", "press hedge claim local distract",
  "KADUNA, Oct 19 — A quarrel between porters at the Kasuwan Magani market in Kajuru LGA "
  "turned into clashes between Adara and Hausa youths on Thursday. The state government said "
  "at least 55 people were killed, while community leaders put the toll at 70 and said "
  "several shops and a church were burnt.",
  [("at least 55 people", "k:>=55"), ("70", "k:70")], 55)
I("m005", "2018-06-24", "Nigeria", "acled", "nounfirst claim repeat hedge local passive",
  "On 23 June 2018, suspected Fulani militia attacked several Berom villages in Barkin Ladi "
  "LGA (Plateau), including Nghar, Xhi and Kakuruk. The police confirmed 86 deaths; community "
  "leaders claimed more than 200 people were killed over the weekend. Fatalities: 86.",
  [("86 deaths", "k:86"), ("more than 200 people", "k:>200"), ("86", 2, "k:86")], 86)
I("m006", "2020-03-09", "Nigeria", "press", "press headline repeat local distract subset single passive",
  "Benue: Herdsmen kill 9 in Guma\n"
  "MAKURDI — Nine farmers were killed on Sunday night when suspected herdsmen invaded "
  "Tse-Akaa community in Guma LGA of Benue state. The council chairman said the attackers, "
  "numbering about 30, also burnt 15 houses. The community's head, a 60 year old man, was "
  "among the dead.",
  [("9", "k:9"), ("Nine farmers", "k:9"), ("The community's head", "k:1")], 9)
I("m007", "2022-02-09", "Nigeria", "acled", "property arrest distract",
  "On 9 February 2022, unidentified gunmen set fire to the Rafi LGA secretariat in Kagara "
  "(Niger State) and destroyed 3 vehicles. No casualties were reported. The attack followed "
  "the arrest of 6 members of a local vigilante group by the police on 7 February 2022.",
  [], 0)
I("m008", "2017-01-27", "Nigeria", "acled", "single local missing repeat nounfirst passive",
  "On 27 January 2017, militants of the Niger Delta Avengers (NDA) attacked a Nigerian Navy "
  "houseboat near Brass (Bayelsa), killing one naval rating; 3 other sailors were missing "
  "after the boat capsized. Fatalities: 1.",
  [("one naval rating", "k:1"), ("3 other sailors", "m:3"), ("1", "k:1")], 1)
I("m009", "2018-08-02", "Nigeria", "press", "press bodies laterdied local typos single passive",
  "MAIDUGURI, Aug 2 (local press) - The bodies of 14 fishermen abducted by ISWAP insurgents "
  "at Kukawa were recovered on the shores of Lake Chad on Wednesday , a member of the civilian "
  "JTF told our correspondent.He said a 15th man escaped with machete wounds but died hours "
  "later at the Monguno general hospital .",
  [("14 fishermen", "k:14"), ("a 15th man", "k:1")], 15)
I("m010", "2025-05-05", "Nigeria", "acled", "injonly distract",
  "On 4 May 2025, troops of Operation Hadarin Daji raided a bandit camp in Dansadau forest "
  "(Maru LGA, Zamfara). The army said several bandits were killed and 40 rustled cattle "
  "recovered, while 2 soldiers were wounded in the exchange. No figure was given for the "
  "bandits killed.",
  [("2 soldiers", "i:2")], 0)

# ---------------------------------------------------------------- DR Congo
I("m011", "2020-02-10", "DR Congo", "acled", "subset postverb single local long",
  "On 10 February 2020, CODECO militiamen attacked the village of Tche in Djugu territory "
  "(Ituri) with machetes and firearms, killing 17 civilians of the Hema community, including "
  "8 children and the village chief. FARDC reinforcements arrived after the assailants had "
  "withdrawn.",
  [("17 civilians", "k:17"), ("8 children", "k:8"), ("the village chief", "k:1")], 17)
I("m012", "2021-05-31", "DR Congo", "press", "press range local postverb",
  "BUNIA (local radio) — Suspected ADF combatants raided the displacement sites of Boga and "
  "Tchabi overnight into Monday, killing between 55 and 57 displaced persons, the civil "
  "society of Irumu territory said. Houses were burnt and an unknown number of people were "
  "taken into the bush.",
  [("between 55 and 57 displaced persons", "k:55-57")], 55)
I("m013", "2019-11-26", "DR Congo", "press", "press bodies partitive local single long",
  "BENI, DR Congo — Motorcycle-taxi drivers in Beni on Tuesday blocked the main road to protest "
  "the killing of two of their colleagues, whose bodies were found in Mayangose the previous "
  "evening. Police fired tear gas; a protester was hit by a stray bullet and hospitalised.",
  [("two", "k:2"), ("a protester", "i:1")], 2)
I("m014", "2022-07-14", "DR Congo", "acled", "abdonly injonly single local distract",
  "On 14 July 2022, Mai-Mai Yakutumba elements abducted the chef de groupement of "
  "Basimukindje, Mr Amuri Lukula, near Fizi centre (South Kivu); he was released two days "
  "later after a ransom of 500 USD was paid. In the neighbouring village, 4 women who tried "
  "to intervene were beaten and injured, according to a local civil society group.",
  [("the chef de groupement", "a:1"), ("4 women", "i:4")], 0)
I("m015", "2017-03-17", "DR Congo", "acled", "claim add nounfirst local",
  "On 16 March 2017, Twa militiamen armed with bows and arrows attacked Luba fishermen on the "
  "banks of Lake Tanganyika near Kalemie (Tanganyika). Local sources reported 6 dead, others "
  "said 9. 3 Twa were later killed in a reprisal by Luba youths.",
  [("6 dead", "k:6"), ("9", "k:9"), ("3 Twa", "k:3")], 9)
I("m016", "2021-12-02", "DR Congo", "acled", "claim single add militants local",
  "On 2 December 2021, the FARDC said it had neutralised 12 CODECO/URDPC militiamen during an "
  "operation around Pimbo in Djugu territory (Ituri); one soldier was killed. CODECO sources, "
  "however, said they lost only 3 men.",
  [("12 CODECO/URDPC militiamen", "k:12"), ("one soldier", "k:1"), ("3 men", "k:3")], 4)
I("m017", "2023-06-11", "DR Congo", "press", "press injonly subset hedge typos distract passive",
  "UVIRA, South Kivu – A grenade thrown into a bar in the Kalundu neighbourhood late Saturday "
  "wounded at least 11 people,among them a police officer, the territory administrator said. "
  "Nobody was killed. It was the 3rd such attack in the town this year.",
  [("at least 11 people", "i:>=11"), ("a police officer", "i:1")], 0)
I("m018", "2023-10-22", "DR Congo", "acled", "kwc partitive casout",
  "On 21 October 2023, M23 rebels and FARDC-allied Wazalendo fighters clashed around "
  "Kitshanga (Masisi, North Kivu). A Wazalendo commander said 15 of his fighters were killed, "
  "wounded or captured. The M23 did not comment.",
  [("15", "c:15")], 0)
I("m019", "2019-09-08", "DR Congo", "acled", "bodies local repeat nounfirst distract",
  "On or around 8 September 2019, the bodies of 5 gold diggers (creuseurs) were found in a pit "
  "near the Mungwalu mining site (Djugu, Ituri). They had been missing since 5 September. "
  "Local sources attribute the killings to CODECO. Fatalities: 5",
  [("5 gold diggers", "k:5"), ("5", 3, "k:5")], 5)
I("m020", "2020-06-28", "DR Congo", "acled", "background distract long",
  "On 27 June 2020, an Apa Na Pale Mai-Mai group attacked a FARDC position at Kabeke, near "
  "Nyunzu (Tanganyika), and seized 2 weapons. The group, blamed for the killing of more than "
  "40 people in the territory since January, retreated into the bush. No casualties were "
  "reported on either side.",
  [("more than 40 people", "k:>40*")], 0)

# ---------------------------------------------------------------- Central African Republic
I("m021", "2017-05-14", "Central African Republic", "press", "press claim revision add local hedge",
  "BANGUI, May 14 — Anti-balaka militiamen who attacked the Tokoyo neighbourhood of Bangassou "
  "and the UN base there on Saturday killed 1 Moroccan peacekeeper; at least 115 civilians, "
  "mostly Muslims, also died, according to the Red Cross. The government later gave a lower "
  "figure of 26 civilians.",
  [("1 Moroccan peacekeeper", "k:1"), ("at least 115 civilians", "k:>=115"),
   ("26 civilians", "k:26")], 27)
I("m022", "2018-04-11", "Central African Republic", "press", "press nounfirst repeat distract passive",
  "BANGUI (press) – Heavy gunfire rocked the PK5 district of Bangui on Tuesday when self-defence "
  "groups clashed with a government security patrol. A hospital source said 4 people died and "
  "21 others were wounded, several of them traders from the Central Market. 'The dead numbered "
  "four when we left,' said an MSF nurse.",
  [("4 people", "k:4"), ("21 others", "i:21"), ("four", "k:4")], 4)
I("m023", "2018-11-16", "Central African Republic", "acled", "subset single local distract hedge",
  "On 15 November 2018, UPC fighters attacked the Alindao IDP camp next to the Catholic "
  "mission (Basse-Kotto), killing at least 60 displaced persons, among them the vicar general "
  "of the diocese and a second priest. The camp, which sheltered about 18,000 people, was "
  "burnt.",
  [("at least 60 displaced persons", "k:>=60"), ("the vicar general", "k:1"),
   ("a second priest", "k:1")], 60)
I("m024", "2025-04-07", "Central African Republic", "acled", "injonly single local arrest distract",
  "On 6 April 2025, 3R combatants beat a Peuhl herder and drove off his 60 head of cattle near "
  "Koui (Ouham-Pende). The following day, local youths caught 2 suspected 3R members and "
  "handed them over to the FACA.",
  [("a Peuhl herder", "i:1")], 0)
I("m025", "2021-01-19", "Central African Republic", "acled", "threat distract",
  "On 19 January 2021, CPC rebels encircled Bangassou (Mbomou) and issued a statement "
  "threatening to 'kill every foreigner' in the town unless MINUSCA withdrew within 48 hours. "
  "Residents fled across the river. No clashes took place.",
  [], 0)
I("m026", "2022-01-17", "Central African Republic", "acled", "hedge nounfirst repeat",
  "On 17 January 2022, Russian instructors (Wagner) and FACA soldiers attacked Aigbado (Ouaka), "
  "a village held by the UPC. Survivors and a UN report said more than 30 civilians were "
  "killed; the government spoke of 'terrorists neutralised' without a number. Fatalities: 30",
  [("more than 30 civilians", "k:>30"), ("30", 2, "k:30")], 30)
I("m027", "2019-05-20", "Central African Republic", "press", "press range subset missing local distract single passive",
  "PAOUA — Between eight and ten villagers, including a catechist, were killed on Sunday when "
  "armed men on horseback attacked the village of Bang, some 40 km from the Chadian border. "
  "Twelve others are missing.",
  [("Between eight and ten villagers", "k:8-10"), ("a catechist", "k:1"),
   ("Twelve others", "m:12")], 8)
I("m028", "2019-09-10", "Central African Republic", "acled", "laterdied partitive local",
  "On 10 September 2019, ex-Seleka elements fired on diamond miners at a pit near Nzako "
  "(Mbomou), wounding 3 miners; one of the wounded died on arrival at the health centre in "
  "Bria.",
  [("3 miners", "i:3"), ("one", "k:1")], 1)
I("m029", "2024-03-03", "Central African Republic", "acled", "abdonly arrest distract local",
  "On 2 March 2024, armed men believed to be Azande Ani Kpi Gbe (AAKG) abducted 7 humanitarian "
  "workers travelling on the Obo–Zemio road (Haut-Mbomou). Their vehicle was found empty 3 km "
  "away. The FACA later arrested 4 suspects in Zemio.",
  [("7 humanitarian workers", "a:7")], 0)

# ---------------------------------------------------------------- Somalia
I("m030", "2019-07-22", "Somalia", "press", "press subset claim hedge postverb",
  "MOGADISHU, July 22 (wire) — An al-Shabaab suicide car bomb exploded at a checkpoint near the "
  "Afrik hotel on Monday, killing 17 people and wounding at least 28, police said. The dead "
  "included 5 security personnel. Al-Shabaab said it had killed 40 soldiers.",
  [("17 people", "k:17"), ("at least 28", "i:>=28"), ("5 security personnel", "k:5"),
   ("40 soldiers", "k:40")], 17)
I("m031", "2016-10-14", "Somalia", "press", "press single local add named",
  "MERKA, Somalia - Clan militiamen and al-Shabab fighters fought for hours in Bulo Marer "
  "district on Thursday. A village elder told a local radio station by phone that 7 fighters "
  "from both sides died, and that the clan had also lost a respected elder, Abdi Nur, who was "
  "hit at his door.",
  [("7 fighters", "k:7"), ("a respected elder", "k:1")], 8)
I("m032", "2025-06-02", "Somalia", "acled", "kwc casout",
  "On 2 June 2025, al-Shabaab fighters ambushed an SNA vehicle near El Dher (Galgaduud). A local "
  "elder said 4 soldiers were killed, wounded or captured; the SNA gave no figures.",
  [("4 soldiers", "c:4")], 0)
I("m033", "2022-09-12", "Somalia", "acled", "claim partitive add militants",
  "On 11 September 2022, al-Shabaab fighters attacked an ATMIS forward base at Bariire (Lower "
  "Shabelle). Al-Shabaab claimed 29 Ugandan soldiers killed; a UPDF spokesman said 2 of its "
  "soldiers died and 4 were wounded, and that 13 attackers were killed.",
  [("29 Ugandan soldiers", "k:29"), ("2", "k:2"), ("4", "i:4"), ("13 attackers", "k:13")], 15)
I("m034", "2018-04-10", "Somalia", "acled", "abdonly single local",
  "On 9 April 2018, ISS (pro-ISIS faction) militants abducted a khat trader whom they accused "
  "of spying for Puntland forces, near Qandala (Bari). His fate was unknown.",
  [("a khat trader", "a:1")], 0)
I("m035", "2022-10-30", "Somalia", "press", "press headline repeat hedge distract",
  "TWIN BLASTS HIT MOGADISHU MINISTRY, OVER 100 KILLED\n"
  "MOGADISHU, Oct 30 (wire) - Two car bombs exploded minutes apart outside the Ministry of "
  "Education at the busy Zobe junction on Saturday. A senior police officer said at least 100 "
  "people had been killed and more than 300 wounded, many of them students. The toll could "
  "rise as ambulances were unable to reach the area.",
  [("OVER 100", "k:>100"), ("at least 100 people", "k:>=100"), ("more than 300", "i:>300")],
  100)
I("m036", "2022-08-25", "Somalia", "acled", "breakdown single local nounfirst",
  "On 24 August 2022, Ma'awisley clan militia and SNA forces retook Aborey village (Hiraan) "
  "after heavy fighting. Local elders reported 9 dead (6 al-Shabaab fighters, 2 militiamen and "
  "a woman caught in the crossfire).",
  [("9 dead", "k:9"), ("6 al-Shabaab fighters", "k:6"), ("2 militiamen", "k:2"),
   ("a woman", "k:1")], 9)
I("m037", "2015-03-05", "Somalia", "acled", "arrest distract",
  "On 5 March 2015, NISA agents raided houses in Hodan district (Mogadishu) and detained 14 "
  "suspected al-Shabaab members, including 2 women. Weapons and 3 suicide vests were seized. "
  "No one was hurt.",
  [], 0)
I("m038", "2019-02-20", "Somalia", "acled", "claim local repeat nounfirst",
  "On 19 February 2019, a US airstrike hit a vehicle near Jilib (Middle Juba). AFRICOM said it "
  "killed four terrorists; local residents said the dead were 3 farmers returning from the "
  "market. Fatalities: 3",
  [("four terrorists", "k:4"), ("3 farmers", "k:3"), ("3", 2, "k:3")], 3)
I("m039", "2017-03-13", "Somalia", "press", "press partitive bodies repeat typos local",
  "BAIDOA (local radio) -- Al shabab militants who abducted four aid workers on the "
  "Baidoa-Bardale road last week have killed two of them, elders said Sunday. The bodies of "
  "the 2 men ,both drivers, were dumped near Awdinle. The others remain in captivity.",
  [("four aid workers", "a:4"), ("two", "k:2"), ("2 men", "k:2")], 2)

# ---------------------------------------------------------------- Kenya
I("m040", "2015-07-07", "Kenya", "acled", "partitive local repeat nounfirst passive",
  "On 7 July 2015, suspected al-Shabaab gunmen attacked quarry workers sleeping in tents at "
  "Soko Mbuzi, on the outskirts of Mandera town, killing 14 of them. 11 other workers were "
  "injured. Fatalities: 14.",
  [("14", "k:14"), ("11 other workers", "i:11"), ("14", 2, "k:14")], 14)
I("m041", "2022-02-13", "Kenya", "press", "press subset repeat local typos bodies passive",
  "MARSABIT — Five people among them a police reservist were shot dead in Shurr village, Saku "
  "Constituency, on Saturday night in what residents said was a revenge attack linked to the "
  "long running Borana-Gabra feud . 'We have counted the bodies, they are five,' the area "
  "chief told this paper.",
  [("Five people", "k:5"), ("a police reservist", "k:1"), ("five", "k:5")], 5)
I("m042", "2020-01-06", "Kenya", "press", "press add militants distract arrest",
  "LAMU, Kenya — Al-Shabaab fighters stormed Camp Simba at Manda Bay, used by US and Kenyan "
  "forces, before dawn on Sunday. 1 US soldier and 2 US contractors were killed and 2 aircraft "
  "destroyed, the US military said. The KDF said 4 attackers were killed and 5 arrested.",
  [("1 US soldier", "k:1"), ("2 US contractors", "k:2"), ("4 attackers", "k:4")], 7)
I("m043", "2016-04-02", "Kenya", "acled", "background distract",
  "On 2 April 2016, students and staff at Garissa University College (Garissa) marked one "
  "year since the attack on the campus in which 148 people were killed. Security was tight. No "
  "incident was reported.",
  [("148 people", "k:148*")], 0)
I("m044", "2020-01-15", "Kenya", "press", "press single local typos passive",
  "WAJIR — Two teachers were killed and a third seriously injured when gunmen believed to be "
  "Al shabaab stormed their quarters at Qarsa primary school late on Tuesday, the county "
  "commissioner said .The attackers were said to be looking for 'non-locals'.",
  [("Two teachers", "k:2"), ("a third", "i:1")], 2)
I("m045", "2021-11-19", "Kenya", "acled", "injonly missing local distract",
  "On 18 November 2021, Gabra raiders attacked Rendille herders at a water point near Kargi "
  "(Marsabit) and drove off about 300 goats and camels. 2 herders were shot and wounded, and 3 "
  "herdsboys were still unaccounted for the following day.",
  [("2 herders", "i:2"), ("3 herdsboys", "m:3")], 0)
I("m046", "2018-09-21", "Kenya", "acled", "property distract",
  "On 20 September 2018, suspected al-Shabaab militants torched 2 telecommunication masts and "
  "a police post near Hindi (Lamu). The 8 officers manning the post had withdrawn before the "
  "attack. No injuries.",
  [], 0)
I("m047", "2017-07-09", "Kenya", "acled", "postverb bodies local",
  "On 8 July 2017, al-Shabaab gunmen raided Jima and Pandanguo villages (Lamu) and beheaded 9 "
  "men, most of them from families who had settled in the area in the 1970s. Their bodies "
  "were found with hands tied.",
  [("9 men", "k:9")], 9)
I("m048", "2019-02-04", "Kenya", "acled", "long single local repeat nounfirst",
  "On 3 February 2019, suspected al-Shabaab militants ambushed a vehicle near Banisa "
  "(Mandera), killing the area chief, his two bodyguards from the National Police Reserve and "
  "a civilian who had hitched a lift. The chief had received threats over his opposition to "
  "the militants. Fatalities: 4",
  [("the area chief", "k:1"), ("two bodyguards", "k:2"), ("a civilian", "k:1"),
   ("4", "k:4")], 4)

# ---------------------------------------------------------------- Chad
I("m049", "2020-03-24", "Chad", "acled", "repeat nounfirst distract passive",
  "On 23 March 2020, Boko Haram (JAS) fighters attacked a Chadian army base on the Bohoma "
  "peninsula (Lac) in a 7-hour assault. The government said 98 soldiers were killed and 47 "
  "wounded, the heaviest loss the army had suffered in a single day. Fatalities: 98.",
  [("98 soldiers", "k:98"), ("47", "i:47"), ("98", 2, "k:98")], 98)
I("m050", "2021-08-06", "Chad", "press", "press postverb local abdonly typos",
  "N'DJAMENA (agencies) — Suspected jihadists killed 10 fishermen and abducted two others on an "
  "island near Kaiga Kindjiria, in Chad's Lac province, a local official said Thursday. The "
  "official,who asked not to be named, added that the bodies had been brought to Bol.",
  [("10 fishermen", "k:10"), ("two others", "a:2")], 10)
I("m051", "2022-02-10", "Chad", "acled", "range claim nounfirst local",
  "On 9 February 2022, clashes between transhumant herders and farmers at Sandana (Mandoul) "
  "left between 10 and 12 dead according to the governor, while a local NGO reported 19. "
  "Several houses were torched.",
  [("between 10 and 12 dead", "k:10-12"), ("19", "k:19")], 10)
I("m052", "2022-10-21", "Chad", "press", "press hedge subset claim revision nounfirst",
  "N'DJAMENA, Oct 21 — Security forces fired live rounds at opposition protesters in "
  "N'Djamena, Moundou and Doba on Thursday. The government announced about 50 dead, including "
  "10 police officers; the national human rights commission later gave a figure of 128 dead.",
  [("about 50 dead", "k:~50"), ("10 police officers", "k:10"), ("128 dead", "k:128")], 50)
I("m053", "2023-05-14", "Chad", "acled", "abdonly single distract",
  "On 14 May 2023, unidentified armed men on horseback abducted 3 traders and a mechanic on the "
  "Abéché–Biltine road (Ouaddai) and demanded a ransom of 10 million CFA francs. A fourth trader "
  "was beaten and left by the roadside with injuries.",
  [("3 traders", "a:3"), ("a mechanic", "a:1"), ("A fourth trader", "i:1")], 0)
I("m054", "2021-04-19", "Chad", "press", "press headline repeat add distract militants",
  "Chad: army says 300 rebels killed in Kanem\n"
  "N'DJAMENA, April 19 – The Chadian army said it had killed more than 300 FACT rebels and "
  "captured 150 others during eight days of fighting in the Kanem region, losing 5 soldiers of "
  "its own. The rebels dismissed the figures as propaganda.",
  [("300 rebels", "k:300"), ("more than 300 FACT rebels", "k:>300"), ("5 soldiers", "k:5")],
  305)
I("m055", "2024-01-28", "Chad", "acled", "laterdied partitive passive",
  "On 27 January 2024, an IED planted by ISWAP struck a Chadian army patrol near Ngouboua "
  "(Lac). 6 soldiers were wounded, 2 of whom died later that night at the Bol hospital.",
  [("6 soldiers", "i:6"), ("2", "k:2")], 2)
I("m056", "2022-05-25", "Chad", "acled", "hedge claim local nounfirst",
  "On 24 May 2022, fighting broke out between Arab and Tama gold miners at the Kouri Bougoudi "
  "mining site (Tibesti) over a disputed well. The government reported around 100 dead and 40 "
  "wounded, while a miners' association said 35 had died.",
  [("around 100 dead", "k:~100"), ("40", "i:40"), ("35", "k:35")], 35)
I("m057", "2024-02-28", "Chad", "acled", "named arrest",
  "On 28 February 2024, security forces attacked the headquarters of the opposition PSF party "
  "in N'Djamena. Party leader Yaya Dillo Djérou was killed in the assault, the government "
  "said; the party said he was executed. 12 people were arrested.",
  [], 0)

# ---------------------------------------------------------------- Iraq
I("m058", "2025-05-03", "Iraq", "acled", "injonly missing single local",
  "On 2 May 2025, ISIS militants attacked a PMF position near Tarmiyah (Salah al-Din), "
  "wounding 2 Hashd fighters. The same night a shepherd from a nearby village was reported "
  "missing.",
  [("2 Hashd fighters", "i:2"), ("a shepherd", "m:1")], 0)
I("m059", "2019-03-12", "Iraq", "acled", "local abdonly bodies missing partitive",
  "On 11 March 2019, ISIS remnants opened fire on truffle hunters in the desert south of Tal "
  "Afar (Ninewa) and kidnapped 5 of them. 3 bodies were found the next day; the other 2 remain "
  "missing.",
  [("5", "a:5"), ("3 bodies", "k:3"), ("2", "m:2")], 3)
I("m060", "2021-01-21", "Iraq", "press", "press headline repeat distract",
  "Baghdad market bombing kills 32\n"
  "BAGHDAD (wire) — Two suicide bombers blew themselves up in the crowded Bab al-Sharqi clothing "
  "market on Thursday, killing 32 people and wounding 110, the health ministry said. It was the "
  "deadliest attack in the capital in 3 years.",
  [("32", "k:32"), ("32 people", "k:32"), ("110", "i:110")], 32)
I("m061", "2023-12-15", "Iraq", "acled", "revision local nounfirst passive",
  "On 14 December 2023, an explosion hit a Peshmerga convoy in the Qara Tapa area (Diyala). "
  "Kurdish officials first said 5 Peshmerga were killed, then revised the figure to 3 dead and "
  "4 wounded.",
  [("5 Peshmerga", "k:5"), ("3 dead", "k:3"), ("4", "i:4")], 3)
I("m062", "2017-08-08", "Iraq", "acled", "threat arrest property distract",
  "On 7 August 2017, unknown persons threw a sound bomb at the house of a Sunni tribal sheikh in "
  "Abu Ghraib (Baghdad). There were no injuries. Security forces arrested 2 suspects. The "
  "sheikh had received a letter threatening to kill his 3 sons.",
  [], 0)
I("m063", "2021-08-17", "Iraq", "press", "press injonly single local",
  "SINJAR, Iraq — A Turkish drone struck a car near Sikeniya on Tuesday, wounding a YBS "
  "commander and his 2 bodyguards, local officials said. Turkey said it had 'neutralised' PKK "
  "terrorists in the area.",
  [("a YBS commander", "i:1"), ("2 bodyguards", "i:2")], 0)
I("m064", "2018-07-01", "Iraq", "acled", "range subset single distract passive",
  "On 30 June 2018, two Bani Malik clans clashed over a land dispute in Al-Midaina (Basra). "
  "Police said 4 to 6 people were killed, among them a child aged 9; medium and heavy weapons, "
  "including RPG-7s, were used.",
  [("4 to 6 people", "k:4-6"), ("a child", "k:1")], 4)
I("m065", "2018-07-10", "Iraq", "press", "press bodies subset partitive",
  "MOSUL — Civil defence teams recovered the remains of 41 people from the rubble of a house in "
  "the Old City on Monday, a year after the battle ended. Most are thought to be civilians; 9 "
  "were children.",
  [("41 people", "k:41"), ("9", "k:9")], 41)
I("m066", "2016-01-05", "Iraq", "acled", "casout",
  "On 4 January 2016, ISIS fighters attacked an Iraqi army position near Haditha (Anbar). An "
  "army source said the unit suffered 15 casualties, without saying how many were killed.",
  [("15 casualties", "c:15")], 0)

# ---------------------------------------------------------------- Afghanistan
I("m067", "2015-10-04", "Afghanistan", "acled", "subset breakdown repeat nounfirst local",
  "On 3 October 2015, a US AC-130 gunship struck the MSF trauma hospital in Kunduz city "
  "(Kunduz), killing 42 people, including 14 staff members, 24 patients and 4 caretakers. "
  "Fatalities: 42.",
  [("42 people", "k:42"), ("14 staff members", "k:14"), ("24 patients", "k:24"),
   ("4 caretakers", "k:4"), ("42", 2, "k:42")], 42)
I("m068", "2020-03-25", "Afghanistan", "press", "press hedge single militants local distract add",
  "KABUL, March 25 (wire) - A gunman stormed a Sikh gurdwara in the old city early on Wednesday "
  "during morning prayers, killing at least 25 worshippers, officials said. Security forces "
  "killed the attacker after a six-hour siege. The Islamic State claimed the attack.",
  [("at least 25 worshippers", "k:>=25"), ("the attacker", "k:1")], 26)
I("m069", "2019-08-15", "Afghanistan", "acled", "kwc casout local",
  "On 14 August 2019, Taliban fighters attacked an Afghan Local Police (ALP) checkpoint in Nad "
  "Ali (Helmand). 7 ALP members were killed, wounded or captured, according to a local "
  "official. The checkpoint was overrun.",
  [("7 ALP members", "c:7")], 0)
I("m070", "2021-03-30", "Afghanistan", "acled", "postverb local single distract",
  "On 30 March 2021, unidentified gunmen shot dead 3 female polio vaccinators in two separate "
  "attacks in Jalalabad city (Nangarhar). A fourth woman, a health worker who was with them, "
  "was wounded.",
  [("3 female polio vaccinators", "k:3"), ("A fourth woman", "i:1")], 3)
I("m071", "2018-08-15", "Afghanistan", "press", "press revision hedge long distract",
  "KABUL, Aug 15 — Afghanistan's defence ministry said on Monday that 100 soldiers and policemen "
  "had been killed in the Taliban assault on Ghazni city, but on Wednesday it revised the "
  "figure down to about 70. Civilian deaths were not included.",
  [("100 soldiers and policemen", "k:100"), ("about 70", "k:~70")], 70)
I("m072", "2021-05-09", "Afghanistan", "acled", "hedge repeat nounfirst distract long passive",
  "On 8 May 2021, a series of explosions hit the Sayed ul-Shuhada girls' school in "
  "Dasht-e-Barchi (Kabul) as students were leaving. At least 85 people, most of them "
  "schoolgirls aged 11 to 15, were killed and more than 150 were wounded. Fatalities: 85",
  [("At least 85 people", "k:>=85"), ("more than 150", "i:>150"), ("85", 2, "k:85")], 85)
I("m073", "2017-09-16", "Afghanistan", "press", "press single local typos postverb",
  "HERAT — Unidentified gunmen on motorbikes shot dead a local mullah and his nephew as they "
  "left a mosque in Guzara district on friday evening, a police spokesman said. The mullah, in "
  "his seventies, had preached against kidnappings for ransom.",
  [("a local mullah", "k:1"), ("his nephew", "k:1")], 2)
I("m074", "2016-07-20", "Afghanistan", "acled", "abdonly distract",
  "On 19 July 2016, Taliban militants stopped 2 buses on the Kunduz–Takhar highway and took 35 "
  "passengers hostage, most of them ethnic Hazaras. 20 were released the same day after elders "
  "intervened.",
  [("35 passengers", "a:35")], 0)
I("m075", "2019-11-27", "Afghanistan", "acled", "laterdied partitive distract",
  "On 26 November 2019, a magnetic bomb attached to a police vehicle exploded in Kandahar city "
  "(Kandahar), wounding 2 policemen; one of them died the following day. The Taliban, blamed "
  "for more than 20 similar attacks in the city that year, denied involvement.",
  [("2 policemen", "i:2"), ("one", "k:1")], 1)
I("m076", "2024-03-18", "Afghanistan", "acled", "postverb",
  "On 18 March 2024, Pakistani military aircraft bombed houses in Barmal (Paktika) and "
  "Chawkay (Kunar), killing eight people, all women and children, according to the Taliban's "
  "spokesman. Pakistan said it had targeted TTP hideouts.",
  [("eight people", "k:8")], 8)

# ---------------------------------------------------------------- Lebanon
I("m077", "2023-10-13", "Lebanon", "acled", "single local",
  "On 13 October 2023, an Israeli tank shell hit a group of journalists near Alma al-Shaab "
  "(South Lebanon), killing a Reuters videographer and injuring 6 other journalists. The IDF "
  "said it was looking into the incident.",
  [("a Reuters videographer", "k:1"), ("6 other journalists", "i:6")], 1)
I("m078", "2023-07-31", "Lebanon", "acled", "subset single partitive hedge nounfirst",
  "On 30 July 2023, clashes broke out between Fatah and Islamist militants in Ain al-Hilweh "
  "refugee camp (Saida) after a Fatah military commander and 4 of his escorts were killed in an "
  "ambush. By 31 July the toll, including the commander and his escorts, had reached 11 dead "
  "and about 40 wounded.",
  [("a Fatah military commander", "k:1"), ("4", "k:4"), ("11 dead", "k:11"),
   ("about 40", "i:~40")], 11)
I("m079", "2021-10-15", "Lebanon", "press", "press subset single distract arrest passive",
  "BEIRUT (wire) -- Six people were killed and 32 wounded when gunfire erupted during a protest "
  "by Hezbollah and Amal supporters in the Tayouneh area on Thursday. Among the dead was a "
  "mother of five shot inside her home. The army said it had detained 9 people.",
  [("Six people", "k:6"), ("32", "i:32"), ("a mother", "k:1")], 6)
I("m080", "2022-08-04", "Lebanon", "acled", "background distract",
  "On 4 August 2022, families of the victims of the 2020 Beirut port explosion, which killed "
  "more than 215 people, marched to the port on the second anniversary. Hours earlier, part of "
  "the damaged grain silos collapsed; no injuries were reported.",
  [("more than 215 people", "k:>215*")], 0)
I("m081", "2021-08-02", "Lebanon", "acled", "long single background add",
  "On 1 August 2021, a member of a local clan opened fire at a funeral in Khaldeh (Mount "
  "Lebanon), killing 2 Hezbollah members and a 13-year-old boy, and wounding 3. The gunman's "
  "brother had been killed there the previous year.",
  [("2 Hezbollah members", "k:2"), ("a 13-year-old boy", "k:1"), ("3", "i:3"),
   ("The gunman's brother", "k:1*")], 3)
I("m082", "2024-09-24", "Lebanon", "press", "press subset distract",
  "BEIRUT, Sept 24 — Israeli airstrikes on dozens of villages across south Lebanon and the Bekaa "
  "on Monday killed 492 people, including 35 children and 58 women, and wounded 1,645, the "
  "health ministry said. The Israeli army said it had struck 1,300 Hezbollah targets.",
  [("492 people", "k:492"), ("35 children", "k:35"), ("58 women", "k:58"),
   ("1,645", "i:1645")], 492)
I("m083", "2024-03-27", "Lebanon", "press", "press laterdied single local revision long passive",
  "NABATIEH, Lebanon — Three paramedics from the Islamic Health Committee were killed on "
  "Tuesday when a drone strike hit their ambulance near Kfar Kila, the civil defence said; the "
  "driver, badly burned, died in hospital on Wednesday, bringing the toll from the strike to "
  "four.",
  [("Three paramedics", "k:3"), ("the driver", "k:1"), ("four", "k:4")], 4)
I("m084", "2019-06-12", "Lebanon", "acled", "threat unharmed distract",
  "On 12 June 2019, an Israeli army patrol fired warning shots at a Lebanese shepherd grazing "
  "his flock of 40 goats near Shebaa (Hasbaya). The shepherd was unharmed. UNIFIL "
  "investigated.",
  [], 0)
I("m085", "2015-01-19", "Lebanon", "acled", "injonly single",
  "On 18 January 2015, a sniper from Jabal Mohsen shot and wounded a teenager in Bab "
  "al-Tabbaneh (Tripoli). Later in the day, gunmen fired rocket-propelled grenades at Jabal "
  "Mohsen from Syria Street; no one was hurt, security sources said.",
  [("a teenager", "i:1")], 0)

# ---------------------------------------------------------------- Brazil
I("m086", "2021-05-07", "Brazil", "press", "press postverb add single nounfirst repeat local",
  "RIO DE JANEIRO, May 7 — A Civil Police raid against Comando Vermelho traffickers in the "
  "Jacarezinho favela on Thursday killed 27 suspects, and one police officer was also shot "
  "dead, officials said. Residents accused officers of executing men who had surrendered. "
  "Fatalities: 28.",
  [("27 suspects", "k:27"), ("one police officer", "k:1"), ("28", "k:28")], 28)
I("m087", "2019-08-21", "Brazil", "press", "press subset single local distract typos",
  "RIO DE JANEIRO — Three young men were shot dead during a BOPE raid in the Complexo da Maré on "
  "Tuesday, residents said.Among them was a motoboy, 19, who was delivering food. Police said "
  "the men opened fire first and seized two rifles and 1,2 kg of cocaine.",
  [("Three young men", "k:3"), ("a motoboy", "k:1")], 3)
I("m088", "2023-04-30", "Brazil", "acled", "single local add repeat nounfirst",
  "On 29 April 2023, garimpeiros (illegal miners) opened fire on Yanomami people in the Uxiu "
  "community (Roraima), killing a Yanomami health agent and wounding 2 others. Federal police "
  "said 4 miners were killed in a later exchange of fire with agents. Fatalities: 5",
  [("a Yanomami health agent", "k:1"), ("2 others", "i:2"), ("4 miners", "k:4"),
   ("5", "k:5")], 5)
I("m089", "2019-03-29", "Brazil", "acled", "bodies single long background local",
  "On 28 March 2019 (approx.), the bodies of a rural worker and two members of the landless "
  "movement (MST) were found near a farm in Baião (Pará). Police suspect gunmen hired by a "
  "landowner. A land defender from the same settlement had been killed in 2018.",
  [("a rural worker", "k:1"), ("two members", "k:2"), ("A land defender", "k:1*")], 3)
I("m090", "2017-01-02", "Brazil", "acled", "local distract passive",
  "On 1 January 2017, a riot broke out at the Anísio Jobim prison complex (Compaj) in Manaus "
  "(Amazonas) between the Família do Norte and PCC factions, lasting about 17 hours. 56 inmates "
  "were killed, many of them beheaded. 184 inmates escaped.",
  [("56 inmates", "k:56")], 56)
I("m091", "2023-09-02", "Brazil", "press", "press headline repeat revision nounfirst partitive",
  "Bahia: PM operation leaves 6 dead in Salvador\n"
  "SALVADOR — Six men died on Friday in a clash with Military Police in the Nordeste de "
  "Amaralina neighbourhood, according to the state Public Security Secretariat (SSP). Earlier, "
  "the SSP had reported 7 deaths, but one of the wounded turned out to have survived and is in "
  "hospital.",
  [("6 dead", "k:6"), ("Six men", "k:6"), ("7 deaths", "k:7"), ("one", "i:1")], 6)
I("m092", "2019-09-21", "Brazil", "acled", "single named nounfirst repeat passive",
  "On 20 September 2019, an 8-year-old girl, Ágatha Félix, was killed by a stray bullet in the "
  "Complexo do Alemão (Rio de Janeiro) while riding in a van with her grandfather. Residents "
  "blamed a Military Police officer who fired at a motorcycle. 1 fatality.",
  [("an 8-year-old girl", "k:1"), ("1 fatality", "k:1")], 1)
I("m093", "2022-06-15", "Brazil", "acled", "threat background local",
  "On 15 June 2022, Guajajara indigenous 'forest guardians' reported that loggers had "
  "threatened to kill 3 of their leaders in the Arariboia reserve (Maranhão). The group said 6 "
  "guardians had been killed since 2012. No attack took place.",
  [("6 guardians", "k:6*")], 0)
I("m094", "2018-01-27", "Brazil", "acled", "subset arrest distract",
  "On 27 January 2018, armed men linked to the Guardiões do Estado (GDE) faction attacked the "
  "Forró do Gago nightclub in Cajazeiras (Fortaleza), killing 14 people, including 8 women. "
  "Police arrested 3 men the following week.",
  [("14 people", "k:14"), ("8 women", "k:8")], 14)
I("m095", "2019-12-01", "Brazil", "press", "press injonly partitive subset distract typos",
  "SAO PAULO (local) - Ten people were hurt, two of them seriously, when a Military Police "
  "patrol fired rubber bullets and tear gas into a crowd at a baile funk in Paraisopolis early on "
  "Sunday. Police said officers were responding to an attack by two men on a motorcycle",
  [("Ten people", "i:10"), ("two", "i:2")], 0)

# ---------------------------------------------------------------- Guatemala
I("m096", "2015-02-12", "Guatemala", "acled", "single local distract postverb nounfirst repeat",
  "On 12 February 2015, presumed Barrio 18 gang members shot dead a bus driver (piloto) and his "
  "helper on route 32 in Zona 18 (Guatemala City), apparently for failing to pay extortion. A "
  "passenger was wounded. 2 fatalities.",
  [("a bus driver", "k:1"), ("his helper", "k:1"), ("A passenger", "i:1"),
   ("2 fatalities", "k:2")], 2)
I("m097", "2018-06-05", "Guatemala", "press", "press subset partitive single distract local passive",
  "GUATEMALA CITY — Seven inmates died and a guard was injured after a fight between rival gangs "
  "inside the Pavoncito prison in Fraijanes early on Monday, the Penitentiary System said. Two "
  "of the victims were decapitated. Authorities moved 15 gang leaders to a maximum-security "
  "jail.",
  [("Seven inmates", "k:7"), ("a guard", "i:1"), ("Two", "k:2")], 7)
I("m098", "2025-03-04", "Guatemala", "acled", "injonly postverb",
  "On 3 March 2025, residents of a village in San Luis Jilotepeque (Jalapa) beat and set fire to 2 "
  "men accused of robbery. Police rescued both men, who were taken to hospital with severe "
  "burns.",
  [("2 men", "i:2")], 0)
I("m099", "2019-07-18", "Guatemala", "acled", "injonly single local arrest",
  "On 17 July 2019, police and private security guards evicted Q'eqchi' families near El Estor "
  "(Izabal). A community leader was shot and wounded, and his son and another man were beaten. "
  "11 agents were injured by stones and 4 campesinos were arrested.",
  [("A community leader", "i:1"), ("his son", "i:1"), ("another man", "i:1"),
   ("11 agents", "i:11")], 0)
I("m100", "2020-10-09", "Guatemala", "acled", "named injonly single",
  "On 9 October 2020, unidentified men shot at the car of journalist Carlos Choc in Puerto "
  "Barrios (Izabal). Choc was unhurt, but his driver, Mario Tzul, was wounded in the arm.",
  [("his driver", "i:1")], 0)
I("m101", "2020-10-11", "Guatemala", "press", "press headline repeat range subset single typos distract",
  "At least 8 dead in Huehuetenango land dispute\n"
  "HUEHUETENANGO – Between 8 and 13 people were killed on Saturday in clashes between residents "
  "of Ixchiguán and Tajumulco over a decades-old border dispute, according to differing accounts "
  "from the Interior Ministry and local firefighters. Among the dead was a 12 year old boy and "
  "a police officer.",
  [("At least 8 dead", "k:>=8"), ("Between 8 and 13 people", "k:8-13"),
   ("a 12 year old boy", "k:1"), ("a police officer", "k:1")], 8)
I("m102", "2017-09-26", "Guatemala", "acled", "background distract",
  "On 26 September 2017, hearings resumed in Guatemala City in the retrial of a former military "
  "intelligence chief for the massacre of 1,771 Ixil Maya in Quiché during 1982–1983. About 300 "
  "people demonstrated outside the court.",
  [("1,771 Ixil Maya", "k:1771*")], 0)
I("m103", "2024-08-04", "Guatemala", "acled", "laterdied single repeat postverb nounfirst",
  "On 4 August 2024, men in military-style clothing killed 4 people on a farm near Sayaxché "
  "(Petén). A fifth victim, a farmhand, was taken to hospital in San Benito with gunshot wounds "
  "and died the next morning. Fatalities: 5",
  [("4 people", "k:4"), ("A fifth victim", "k:1"), ("5", "k:5")], 5)
I("m104", "2015-05-22", "Guatemala", "acled", "injonly missing local passive",
  "On 21 May 2015, a group of migrants travelling in a truck were attacked by armed men near La "
  "Mesilla (Huehuetenango), on the Mexican border. 3 migrants were injured and 2 were reported "
  "missing.",
  [("3 migrants", "i:3"), ("2", "m:2")], 0)

# ---------------------------------------------------------------- Haiti
I("m105", "2018-11-14", "Haiti", "press", "press claim nounfirst hedge distract",
  "PORT-AU-PRINCE, Nov 14 — Human rights groups said on Wednesday that at least 59 people were "
  "killed when armed gangs attacked the La Saline neighbourhood the previous night; the UN later "
  "documented 26 deaths. About 150 houses were burnt.",
  [("at least 59 people", "k:>=59"), ("26 deaths", "k:26")], 26)
I("m106", "2022-07-11", "Haiti", "press", "press local subset hedge postverb typos",
  "PORT-AU-PRINCE (local) — Gang members from the G9 federation killed at least 12 people in "
  "Cité Soleil over the weekend, among them a madan sara (market trader) and two tap-tap "
  "drivers, residents told radio stations.Bodies were left in the street for two days.",
  [("at least 12 people", "k:>=12"), ("a madan sara", "k:1"), ("two tap-tap drivers", "k:2")],
  12)
I("m107", "2021-10-16", "Haiti", "acled", "abdonly subset distract",
  "On 16 October 2021, members of the 400 Mawozo gang kidnapped 17 missionaries, including 5 "
  "children, near Ganthier (Ouest). The gang demanded a ransom of 1 million USD per person.",
  [("17 missionaries", "a:17"), ("5 children", "a:5")], 0)
I("m108", "2023-04-24", "Haiti", "acled", "postverb local repeat nounfirst long",
  "On 24 April 2023, residents of Canapé-Vert (Port-au-Prince) stoned and burned to death 14 "
  "suspected gang members whom they had pulled from a police vehicle, as the 'bwa kale' "
  "vigilante movement began. Fatalities: 14",
  [("14 suspected gang members", "k:14"), ("14", 2, "k:14")], 14)
I("m109", "2024-10-04", "Haiti", "acled", "claim hedge distract postverb",
  "On 3 October 2024, Gran Grif gang members attacked Pont-Sondé (Artibonite) at dawn, killing at "
  "least 115 people, according to the UN; the government said 70. At least 16 people were "
  "seriously injured and some 6,000 residents fled.",
  [("at least 115 people", "k:>=115"), ("70", "k:70"), ("At least 16 people", "i:>=16")], 70)
I("m110", "2023-01-27", "Haiti", "press", "press headline repeat missing background single passive",
  "3 POLICE OFFICERS KILLED IN GANG AMBUSH\n"
  "LIANCOURT, Haiti - Three officers of the national police (PNH) were killed and a fourth is "
  "missing after gangs ambushed their armored vehicle near Liancourt on thursday, a police union "
  "said. The union said 12 officers had been killed since the start of the year.",
  [("3 POLICE OFFICERS", "k:3"), ("Three officers", "k:3"), ("a fourth", "m:1"),
   ("12 officers", "k:12*")], 3)
I("m111", "2024-02-29", "Haiti", "acled", "property",
  "On 29 February 2024, armed gangs set fire to the civil aviation authority building and shot "
  "at aircraft at Toussaint Louverture airport (Port-au-Prince). Flights were suspended. No "
  "casualties were reported.",
  [], 0)
I("m112", "2021-06-08", "Haiti", "acled", "bodies distract repeat nounfirst",
  "On 8 June 2021, residents of Martissant (Port-au-Prince) found the bodies of 3 people on Route "
  "Nationale 2, after a week of clashes between the Grand Ravine and Ti Bois gangs. On 7 June, "
  "the gangs had also set fire to about 20 houses. Fatalities: 3",
  [("3 people", "k:3"), ("3", 2, "k:3")], 3)
I("m113", "2023-01-10", "Haiti", "acled", "claim partitive abdonly nounfirst local passive",
  "On 9 January 2023, a gang led by 'Ti Makak' attacked a rice farm near Liancourt "
  "(Artibonite). Farmers said 5 of their workers were killed and 3 were kidnapped; the police "
  "confirmed only 2 deaths.",
  [("5", "k:5"), ("3", "a:3"), ("2 deaths", "k:2")], 2)

# ---------------------------------------------------------------- Ecuador
I("m114", "2021-09-29", "Ecuador", "press", "press partitive subset local hedge",
  "GUAYAQUIL, Sept 29 (wire) — Rival gangs fought for hours inside the Litoral Penitentiary on "
  "Tuesday. The authorities reported 119 inmates killed, at least 6 of them beheaded, and 80 "
  "injured.",
  [("119 inmates", "k:119"), ("at least 6", "k:>=6"), ("80", "i:80")], 119)
I("m115", "2022-11-05", "Ecuador", "press", "press injonly local unharmed arrest distract",
  "ESMERALDAS — Two fishermen were wounded by hitmen on motorbikes at the San Rafael dock on "
  "Friday night, the police said. A third fisherman, 17, was unhurt. Police have arrested 2 "
  "suspects and seized a 9mm pistol.",
  [("Two fishermen", "i:2")], 0)
I("m116", "2022-11-01", "Ecuador", "acled", "injonly distract property",
  "On 1 November 2022, gang members detonated explosives at 2 gas stations and a community "
  "police post in Guayaquil (Guayas). 2 police officers were injured in the attacks, which "
  "followed the transfer of 1,300 prisoners.",
  [("2 police officers", "i:2")], 0)
I("m117", "2023-04-11", "Ecuador", "acled", "postverb subset single distract local",
  "On 10 April 2023, around 30 armed men arrived by boat and opened fire on fishermen at a "
  "fishing dock in Puerto Bolívar (El Oro), killing nine people, including a 14-year-old boy. "
  "The police blamed the Los Tiguerones gang.",
  [("nine people", "k:9"), ("a 14-year-old boy", "k:1")], 9)
I("m118", "2024-01-10", "Ecuador", "press", "press arrest injonly single distract typos",
  "GUAYAQUIL, Jan 10 (wire) - Hooded gunmen who burst into the studios of TC Television during a "
  "live broadcast on Tuesday were overpowered by police, and 13 of them were arrested. No one "
  "was killed, though a cameraman suffered a leg wound , officials said. President Noboa "
  "declared 22 gangs 'terrorist organisations'.",
  [("a cameraman", "i:1")], 0)
I("m119", "2018-08-23", "Ecuador", "acled", "abdonly single distract",
  "On 22 August 2018, members of a Colombian armed group kidnapped 3 soldiers of the Ecuadorian "
  "army on patrol near the San Miguel river (Sucumbíos). A 4th soldier was wounded. The army "
  "deployed 1,000 additional troops to the border.",
  [("3 soldiers", "a:3"), ("A 4th soldier", "i:1")], 0)
I("m120", "2025-04-02", "Ecuador", "acled", "abdonly local single",
  "On 2 April 2025, illegal miners seized 6 Waorani community members who were patrolling their "
  "territory near the Yasuní park (Orellana) and held them for two days. A community guard was "
  "beaten.",
  [("6 Waorani community members", "a:6"), ("A community guard", "i:1")], 0)
I("m121", "2023-12-04", "Ecuador", "acled", "casout hedge partitive subset injonly",
  "On 3 December 2023, gunmen attacked a nightclub in Machala (El Oro). Early reports spoke of "
  "about 10 casualties; the police later said 7 people were wounded, 2 of them critically, and "
  "that nobody had died.",
  [("about 10 casualties", "c:~10"), ("7 people", "i:7"), ("2", "i:2")], 0)
I("m122", "2023-07-24", "Ecuador", "press", "press casout hedge",
  "CUENCA - A riot at the Turi prison left 'around 20 casualties' among inmates and guards, the "
  "prison service said on Sunday, without giving a breakdown. Relatives gathered outside the "
  "gates.",
  [("around 20 casualties", "c:~20")], 0)

# ---------------------------------------------------------------- India
I("m123", "2023-05-04", "India", "acled", "subset partitive claim hedge passive",
  "On 3 May 2023, violence broke out between Meitei and Kuki-Zo communities in Churachandpur and "
  "Imphal (Manipur) after a tribal solidarity march. Officials said 11 people were killed that "
  "night, 4 of them in Churachandpur; Kuki groups put the toll at over 20.",
  [("11 people", "k:11"), ("4", "k:4"), ("over 20", "k:>20")], 11)
I("m124", "2024-01-02", "India", "press", "press local typos passive",
  "IMPHAL: Two village volunteers were killed and 3 others injured in an exchange of fire "
  "between armed groups at Koutruk in Imphal West dist on Monday . The Assam Rifles and state "
  "police rushed additional companies to the area , an official said.",
  [("Two village volunteers", "k:2"), ("3 others", "i:3")], 2)
I("m125", "2022-04-22", "India", "acled", "local subset distract postverb single",
  "On 21 April 2022, CoBRA commandos of the CRPF's 209 Battalion and Jharkhand Jaguar killed 3 "
  "CPI (Maoist) cadres, including a zonal commander carrying a reward of 10 lakh rupees, in an "
  "encounter in the Saranda forest (West Singhbhum). 1 jawan was injured. 2 AK-47 rifles were "
  "recovered.",
  [("3 CPI (Maoist) cadres", "k:3"), ("a zonal commander", "k:1"), ("1 jawan", "i:1")], 3)
I("m126", "2019-02-14", "India", "acled", "nounfirst subset distract",
  "On 14 February 2019, a JeM suicide bomber rammed an explosives-laden vehicle into a CRPF "
  "convoy of 78 vehicles on the Jammu–Srinagar highway at Lethpora (Pulwama, Jammu and Kashmir), "
  "killing 40 CRPF personnel. Fatalities: 41 (including the bomber).",
  [("40 CRPF personnel", "k:40"), ("41", "k:41")], 41)
I("m127", "2022-05-15", "India", "press", "press injonly single local distract",
  "SRINAGAR — Militants escaped after a gunfight with security forces in the forests of Kupwara "
  "on Saturday, the Army said, adding that an Army porter and 2 soldiers were injured. Police "
  "said the militants, believed to be 2 or 3 foreigners, had been hiding in a cave.",
  [("an Army porter", "i:1"), ("2 soldiers", "i:2")], 0)
I("m128", "2019-09-14", "India", "acled", "named distract",
  "On 14 September 2019, residents of Rajouri (Jammu and Kashmir) observed a shutdown to mark "
  "the death anniversary of teacher Ghulam Mohiuddin Lone, who was shot by militants in 2018. "
  "Shops remained shut in 4 tehsils.",
  [], 0)
I("m129", "2018-01-03", "India", "acled", "bodies long local arrest distract passive",
  "On 2 January 2018, the bodies of three villagers of Murhu block, who had been abducted by PLFI "
  "cadres on 30 December on suspicion of being police informers, were found in a forest near "
  "Khunti town (Khunti, Jharkhand). Police arrested 5 PLFI members in a follow-up raid.",
  [("three villagers", "k:3")], 3)
I("m130", "2023-11-20", "India", "acled", "laterdied single local nounfirst repeat",
  "On 19 November 2023, unidentified gunmen opened fire on farmers working in paddy fields near "
  "Moirang (Bishnupur, Manipur). A farmer was hit in the chest and later succumbed to his "
  "injuries at a hospital in Imphal; 2 others were injured. The police recorded one death.",
  [("A farmer", "k:1"), ("2 others", "i:2"), ("one death", "k:1")], 1)
I("m131", "2025-03-08", "India", "acled", "property background single distract long",
  "On 7 March 2025, CPI (Maoist) cadres set fire to 4 trucks and a JCB machine engaged in road "
  "construction at Chainpur (Gumla, Jharkhand) and left posters warning contractors. No one was "
  "harmed. The Maoists were blamed for the killing of a road contractor in the same area in "
  "2019.",
  [("a road contractor", "k:1*")], 0)
I("m132", "2022-11-06", "India", "press", "press headline repeat injonly subset partitive",
  "Grenade attack in Srinagar: 12 civilians injured\n"
  "SRINAGAR, Nov 6 — Militants hurled a grenade at a CRPF bunker near the crowded Sunday market "
  "at Amira Kadal on Sunday afternoon but it fell on the road, injuring 12 civilians, including "
  "a woman and a minor. Two of the injured are critical, doctors said.",
  [("12 civilians", "i:12"), ("12 civilians", 2, "i:12"), ("a woman", "i:1"),
   ("a minor", "i:1"), ("Two", "i:2")], 0)

# ---------------------------------------------------------------- Pakistan
I("m133", "2023-01-31", "Pakistan", "press", "press hedge long passive",
  "PESHAWAR, Jan 31 — A suicide bomber blew himself up inside a mosque in the Police Lines "
  "compound during afternoon prayers on Monday. At least 84 people, almost all of them "
  "policemen, were killed and more than 220 injured, officials said.",
  [("At least 84 people", "k:>=84"), ("more than 220", "i:>220")], 84)
I("m134", "2021-01-04", "Pakistan", "press", "press local postverb",
  "QUETTA — Gunmen abducted 11 coal miners of the Hazara community from their camp in the Machh "
  "area before dawn on Sunday, took them to nearby hills and shot them dead, Levies officials "
  "said. The Islamic State group claimed the killings. Relatives refused to bury the dead.",
  [("11 coal miners", "k:11")], 11)
I("m135", "2024-03-16", "Pakistan", "acled", "subset add militants distract",
  "On 16 March 2024, militants of the Hafiz Gul Bahadur group attacked a security forces post in "
  "Mir Ali (North Waziristan, Khyber Pakhtunkhwa), killing 7 soldiers, including 2 officers. "
  "ISPR said all 6 attackers were killed. Pakistan carried out airstrikes in Afghanistan 2 days "
  "later.",
  [("7 soldiers", "k:7"), ("2 officers", "k:2"), ("6 attackers", "k:6")], 13)
I("m136", "2017-03-10", "Pakistan", "acled", "abdonly distract local",
  "On 10 March 2017, armed men stopped a passenger coach on the N-25 highway near Khuzdar "
  "(Balochistan) and abducted 2 Levies personnel travelling in it. The other 35 passengers were "
  "allowed to go.",
  [("2 Levies personnel", "a:2")], 0)
I("m137", "2023-07-31", "Pakistan", "acled", "subset single repeat nounfirst hedge",
  "On 30 July 2023, an ISKP suicide bomber targeted a JUI-F workers' convention in Khar (Bajaur, "
  "Khyber Pakhtunkhwa), killing 63 people and injuring around 200. A local JUI-F leader was "
  "among the dead. Fatalities: 63.",
  [("63 people", "k:63"), ("around 200", "i:~200"), ("A local JUI-F leader", "k:1"),
   ("63", 2, "k:63")], 63)
I("m138", "2020-02-19", "Pakistan", "press", "press single local typos",
  "PESHAWAR -- A policeman escorting a polio vaccination team was martyred and another injured "
  "when unknown motorcyclists opened fire on them in Mathra area here on Tuesday.The "
  "vaccinators remained safe,police said .",
  [("A policeman", "k:1"), ("another", "i:1")], 1)
I("m139", "2024-08-26", "Pakistan", "acled", "postverb claim distract local",
  "On 26 August 2024, BLA gunmen blocked the highway at Rarashum (Musakhel, Balochistan), "
  "checked passengers' identity cards and shot dead 23 men from Punjab, most of them truck "
  "drivers and labourers. The gunmen also torched 35 vehicles. The BLA claimed it had killed "
  "40 Punjabi agents.",
  [("23 men", "k:23"), ("40 Punjabi agents", "k:40")], 23)
I("m140", "2024-11-22", "Pakistan", "press", "press range subset passive",
  "PARACHINAR, Nov 22 — Gunmen fired on a convoy of passenger vans carrying Shia travellers near "
  "Bagan in Lower Kurram on Thursday. Officials said 42 to 45 people were killed, among them 6 "
  "women and 3 children; another 20 were wounded.",
  [("42 to 45 people", "k:42-45"), ("6 women", "k:6"), ("3 children", "k:3"), ("20", "i:20")],
  42)
I("m141", "2019-04-13", "Pakistan", "acled", "background",
  "On 13 April 2019, Hazara community members staged a sit-in on the Western Bypass in Quetta "
  "(Balochistan) after the vegetable market bombing of the previous day, in which 20 people were "
  "killed. Protesters demanded the arrest of those responsible. The sit-in ended peacefully.",
  [("20 people", "k:20*")], 0)

# ---------------------------------------------------------------- Indonesia (Papua)
I("m142", "2018-12-03", "Indonesia", "press", "press hedge single claim local add",
  "JAYAPURA, Dec 3 — Fighters of the West Papua National Liberation Army (TPNPB) killed at least "
  "16 construction workers building bridges on the Trans-Papua road near Yigi, Nduga, on Sunday, "
  "police said. A soldier was killed the next day when troops arrived. The TPNPB said it had "
  "killed 24.",
  [("at least 16 construction workers", "k:>=16"), ("A soldier", "k:1"), ("24", "k:24")], 17)
I("m143", "2021-04-07", "Indonesia", "press", "press single bodies local long typos distract",
  "TIMIKA, Papua (local) - A motorcycle taxi (ojek) driver was found dead with stab wounds in "
  "Sugapa, Intan Jaya regency, on Wednesday morning , two days after he went missing. Police "
  "blamed an armed group. 'We will hunt them,' the Papua police chief said.",
  [("A motorcycle taxi (ojek) driver", "k:1")], 1)
I("m144", "2021-04-09", "Indonesia", "acled", "single postverb property local",
  "On 8 April 2021, TPNPB fighters shot dead a teacher at a primary school in Julukoma village, "
  "Beoga district (Puncak), and burned 3 school buildings. The following day a second teacher "
  "was killed in the same district. The TPNPB accused both of being military informants.",
  [("a teacher", "k:1"), ("a second teacher", "k:1")], 2)
I("m145", "2019-09-24", "Indonesia", "acled", "unharmed nounfirst local distract long",
  "On 23 September 2019, riots broke out in Wamena (Jayawijaya) after rumours of a racist remark "
  "by a teacher. Official figures put the dead at 33, most of them migrants from other islands "
  "who were burned in their shops and homes; more than 70 were injured and thousands fled.",
  [("33", "k:33"), ("more than 70", "i:>70")], 33)
I("m146", "2023-04-16", "Indonesia", "acled", "claim passive",
  "On 15 April 2023, TPNPB fighters attacked TNI troops in Mugi (Nduga). The TNI said 6 soldiers "
  "were killed; the TPNPB claimed to have killed 13. Several soldiers were reported missing.",
  [("6 soldiers", "k:6"), ("13", "k:13")], 6)
I("m147", "2020-12-01", "Indonesia", "acled", "arrest distract",
  "On 1 December 2020, police in Jayapura arrested 8 students who raised the Morning Star flag "
  "during a rally marking West Papuan 'independence day'. About 200 people took part. No "
  "injuries were reported.",
  [], 0)
I("m148", "2023-10-16", "Indonesia", "press", "press range laterdied local partitive",
  "DEKAI — Gunmen attacked a group of gold panners at a camp along the Brazza river in Yahukimo "
  "on Sunday. Police said between 6 and 8 panners were killed. Two others were taken to Dekai "
  "hospital with arrow wounds, and one of them later died.",
  [("between 6 and 8 panners", "k:6-8"), ("Two others", "i:2"), ("one", "k:1")], 7)
I("m149", "2023-02-08", "Indonesia", "acled", "abdonly missing single property long",
  "On 7 February 2023, TPNPB fighters led by Egianus Kogoya set fire to a small passenger plane "
  "at Paro airstrip (Nduga) and took the New Zealand pilot hostage. 15 construction workers at "
  "the airstrip, who fled into the forest, were reported missing.",
  [("the New Zealand pilot", "a:1"), ("15 construction workers", "m:15")], 0)
I("m150", "2019-08-29", "Indonesia", "acled", "claim nounfirst repeat passive",
  "On 28 August 2019, protesters in Deiyai regency attacked the regent's office and security "
  "forces opened fire. Police said 1 soldier was killed with arrows and 2 civilians died; "
  "Papuan activists said at least 8 protesters were shot dead. Fatalities: 3",
  [("1 soldier", "k:1"), ("2 civilians", "k:2"), ("at least 8 protesters", "k:>=8"),
   ("3", "k:3")], 3)


# ================================================================ builder and checks
COUNT_RE = re.compile(r"^(?:(\d+)|>=(\d+)|>(\d+)|<=(\d+)|~(\d+)|(\d+)-(\d+))$")
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(.+)$")


def count_number(count):
    """The written number of a COUNT (a range gives its lower end)."""
    m = COUNT_RE.match(count)
    if not m:
        raise ValueError("bad COUNT " + count)
    if m.group(6):
        lo, hi = int(m.group(6)), int(m.group(7))
        if not lo < hi:
            raise ValueError("range not N<M: " + count)
        return lo
    return int(next(g for g in m.groups() if g is not None))


def find(text, surface, occ):
    pat = re.compile(r"(?<!\w)(?<!\d[,.])" + re.escape(surface) + r"(?!\w)(?![,.]\d)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) < occ:
        raise ValueError("surface %r occurrence %d not found (%d hits)" % (surface, occ, len(hits)))
    return hits[occ - 1]


def build_records():
    recs, meta = [], []
    for it in ITEMS:
        spans, flags = [], []
        for d in it["spans"]:
            if len(d) == 2:
                surface, occ, v = d[0], 1, d[1]
            else:
                surface, occ, v = d
            bg = v.endswith("*")
            v = v.rstrip("*")
            o, c = v.split(":", 1)
            value = OUTCOMES[o] + ":" + c
            start = find(it["text"], surface, occ)
            spans.append({"start": start, "end": start + len(surface), "label": "CASUALTY",
                          "text": surface, "value": value})
            flags.append(bg)
        order = sorted(range(len(spans)), key=lambda k: spans[k]["start"])
        spans = [spans[k] for k in order]
        flags = [flags[k] for k in order]
        recs.append({"id": it["id"], "text": it["text"], "dct": it["dct"],
                     "layers": ["casualties"], "spans": spans,
                     "fatalities": it["fatalities"]})
        meta.append(flags)
    return recs, meta


def check(recs, meta):
    errors = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != ["m%03d" % k for k in range(1, len(ids) + 1)]:
        errors.append("ids not m001.. in order")
    for r, flags in zip(recs, meta):
        rid, text = r["id"], r["text"]
        try:
            d = datetime.date.fromisoformat(r["dct"])
            if not (2015 <= d.year <= 2025) or len(r["dct"]) != 10:
                errors.append(rid + ": dct out of 2015-2025")
        except ValueError:
            errors.append(rid + ": bad dct")
        if r["layers"] != ["casualties"]:
            errors.append(rid + ": layers")
        prev_end = -1
        counted = []
        for s, bg in zip(r["spans"], flags):
            if text[s["start"]:s["end"]] != s["text"]:
                errors.append(rid + ": slice != text for %r" % s["text"])
            if not s["text"] or s["text"][0].isspace() or s["text"][-1].isspace():
                errors.append(rid + ": span on whitespace %r" % s["text"])
            if s["start"] < prev_end:
                errors.append(rid + ": overlap at %r" % s["text"])
            prev_end = s["end"]
            if s["label"] != "CASUALTY":
                errors.append(rid + ": label")
            m = VALUE_RE.match(s["value"])
            if not m:
                errors.append(rid + ": bad value %r" % s["value"])
                continue
            try:
                n = count_number(m.group(2))
            except ValueError as e:
                errors.append(rid + ": " + str(e))
                continue
            if m.group(1) == "killed" and not bg:
                counted.append(n)
        f = r["fatalities"]
        if not isinstance(f, int) or isinstance(f, bool) or f < 0:
            errors.append(rid + ": fatalities not a whole number")
            continue
        if (f == 0) != (not counted):
            errors.append(rid + ": fatalities %d vs counted killed spans %r" % (f, counted))
        if counted and not (min(counted) <= f <= sum(counted)):
            errors.append(rid + ": fatalities %d outside [min, sum] of %r" % (f, counted))
        if len(text.split(". ")) > 8:
            errors.append(rid + ": text too long")
    return errors


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def review(recs, meta):
    for r, flags in zip(recs, meta):
        out, pos = [], 0
        for s, bg in zip(r["spans"], flags):
            out.append(r["text"][pos:s["start"]])
            out.append("[" + s["text"] + "]{" + s["value"] + ("; background" if bg else "") + "}")
            pos = s["end"]
        out.append(r["text"][pos:])
        print("%s  dct=%s  fatalities=%s" % (r["id"], r["dct"], r["fatalities"]))
        print("  " + "".join(out).replace("\n", "\n  "))
        print()


def stats(recs, meta):
    from collections import Counter, defaultdict
    print("items", len(recs))
    print("regions", Counter(it["region"] for it in ITEMS))
    print("styles", Counter(it["style"] for it in ITEMS))
    print("toll 0:", sum(1 for r in recs if r["fatalities"] == 0))
    years = Counter(r["dct"][:4] for r in recs)
    print("years", sorted(years.items()))
    spans = [s for r in recs for s in r["spans"]]
    print("spans", len(spans))
    print("by outcome", Counter(s["value"].split(":")[0] for s in spans))
    forms = Counter()
    for s in spans:
        c = s["value"].split(":")[1]
        forms[">=N" if c.startswith(">=") else ">N" if c.startswith(">") else
              "<=N" if c.startswith("<=") else "~N" if c.startswith("~") else
              "N-M" if "-" in c else "N"] += 1
    print("by COUNT form", forms)
    print("background spans", sum(f for fl in meta for f in fl),
          [r["id"] for r, fl in zip(recs, meta) if any(fl)])
    print("items with no span", [r["id"] for r in recs if not r["spans"]])
    tags = defaultdict(list)
    for it in ITEMS:
        for t in it["tags"]:
            tags[t].append(it["id"])
    for t in sorted(tags):
        print("%-10s %3d %s" % (t, len(tags[t]), " ".join(tags[t])))
    ftot = Counter(r["fatalities"] for r in recs)
    print("max fatalities", max(ftot))


def main():
    recs, meta = build_records()
    errors = check(recs, meta)
    data = dump(recs)
    recs2, _ = build_records()
    if dump(recs2) != data:
        errors.append("output not deterministic")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    if "--review" in sys.argv:
        review(recs, meta)
        return
    if "--stats" in sys.argv:
        stats(recs, meta)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(OUT, encoding="utf-8") as fh:
        raw = fh.read()
    if raw != data:
        print("re-read differs from what was written")
        sys.exit(1)
    back = [json.loads(line) for line in raw.splitlines()]
    errors = check(back, meta)
    if errors:
        print("after re-read:\n" + "\n".join(errors))
        sys.exit(1)
    print("wrote %d items, %d spans to %s; all checks pass (also after re-reading)"
          % (len(back), sum(len(r["spans"]) for r in back), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
