#!/usr/bin/env python3
"""Builder for the ninth held-out set: casualty figures and per-report death tolls.

Every text and label below was written by hand.  Labels are decision lists:
(surface, occurrence, value[, "bg"]), where occurrence counts case-sensitive
whole-word matches of surface in the text (1-based).  "bg" marks a killed figure
that belongs to an earlier, background event: it is labelled, but it does not
count toward `fatalities`.  `fat` is the report's toll under SCHEME.md's
"Totals per document" (see README.md for how inexact tolls become integers).

    python3 build.py            # write tolls-9.jsonl and check it
    python3 build.py --review   # print every item with [spans] and its toll
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-9.jsonl")

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")

ITEMS = [
# ---------------- Nigeria: North-East, Middle Belt, Zamfara ----------------
dict(dct="2021-06-03", fat=13,
 text="On 3 June 2021, armed bandits on motorcycles raided Kadawa village (Zurmi LGA, Zamfara) and shot dead 13 people, including the village head and two vigilantes (yan sa kai). Fatalities: 13.",
 spans=[("13 people", 1, "killed:13"), ("the village head", 1, "killed:1"), ("two vigilantes", 1, "killed:2"), ("13", 2, "killed:13")]),
dict(dct="2021-02-26", fat=0,
 text="On 26 February 2021, gunmen stormed the Government Girls Secondary School in Jangebe (Talata Mafara LGA, Zamfara) and abducted 317 schoolgirls, a figure the state government later revised to 279. No fatalities reported.",
 spans=[("317 schoolgirls", 1, "abducted:317"), ("279", 1, "abducted:279")]),
dict(dct="2019-07-08", fat=4,
 text="On 7 July 2019, suspected Fulani herdsmen attacked Ncha village in Bassa LGA (Plateau) at night; the dead numbered 4, among them a pregnant woman, and 3 others were injured. Irigwe youths later blocked the Jos-Bassa road in protest.",
 spans=[("4", 1, "killed:4"), ("a pregnant woman", 1, "killed:1"), ("3 others", 1, "injured:3")]),
dict(dct="2016-05-02", fat=0,
 text="On 2 May 2016, hundreds of Agatu youths protested in Makurdi (Benue) over the killing of villagers by Fulani herdsmen in February, in which local leaders say over 300 people died. No violence was reported.",
 spans=[("over 300 people", 1, "killed:>300", "bg")]),
dict(dct="2019-03-11", fat=4,
 text="KADUNA, Nigeria — Gunmen killed a catechist and his two daughters in an overnight attack on Kukum Daji in southern Kaduna, a community leader said on Sunday. A fourth victim, a motorcycle taxi driver known locally as an okada rider, was shot dead at a checkpoint nearby.",
 spans=[("a catechist", 1, "killed:1"), ("two daughters", 1, "killed:2"), ("a motorcycle taxi driver", 1, "killed:1")]),
dict(dct="2016-01-31", fat=65,
 text="MAIDUGURI, Nigeria (Reuters) - Three suicide bombers struck the Dalori camp for displaced people outside Maiduguri on Saturday night. Officials said 65 people were killed and 136 injured. Residents, who said the attackers also set huts alight, put the death toll at more than 80. Boko Haram did not immediately claim the attack.",
 spans=[("65 people", 1, "killed:65"), ("136", 1, "injured:136"), ("more than 80", 1, "killed:>80")]),
dict(dct="2022-09-11", fat=2,
 text="11 September 2022. Borno, Gwoza LGA. JAS militants beheaded 2 firewood collectors near Ngoshe. Fatalities: 2. Source: local CJTF member.",
 spans=[("2 firewood collectors", 1, "killed:2"), ("2", 2, "killed:2")]),
dict(dct="2023-06-25", fat=11,
 text="On 24 June 2023, armed bandits attacked an artisanal gold mining site at Kadauri (Maru LGA, Zamfara) and killed as many as 37 miners, according to residents; police confirmed 11 bodies.",
 spans=[("as many as 37 miners", 1, "killed:<=37"), ("11 bodies", 1, "killed:11")]),
dict(dct="2019-04-05", fat=4,
 text="On 5 April 2019, suspected herdsmen attacked Mbamondo (Guma LGA, Benue); 4 villagers (3 women and a boy) died and 2 others were injured. Fatalities: 4.",
 spans=[("4 villagers", 1, "killed:4"), ("3 women", 1, "killed:3"), ("a boy", 1, "killed:1"), ("2 others", 1, "injured:2"), ("4", 2, "killed:4")]),
dict(dct="2020-02-10", fat=9,
 text="On 9 February 2020, bandits attacked Kungurki village (Maru LGA, Zamfara), killing 8 residents; a vigilante who was shot in the stomach later succumbed to his injuries at FMC Gusau, bringing the death toll to 9.",
 spans=[("8 residents", 1, "killed:8"), ("a vigilante", 1, "killed:1"), ("9", 2, "killed:9")]),
dict(dct="2020-09-03", fat=3,
 text="Local sources reported the deaths of 3 workers at a rice farm near Gubio (Borno) on 2 September 2020, after JAS fighters cut their throats. Fatalities: 3.",
 spans=[("3 workers", 1, "killed:3"), ("3", 2, "killed:3")]),
dict(dct="2024-03-07", fat=0,
 text="On 7 March 2024, bandits abducted 287 pupils and teachers from LEA Primary and Secondary School, Kuriga (Chikun LGA, Kaduna). All were freed on 24 March; no fatalities.",
 spans=[("287 pupils and teachers", 1, "abducted:287")]),
dict(dct="2023-06-17", fat=0,
 text="Fatalities: 0. On 17 June 2023, a JAS mortar round fell on a market in Gwoza town (Borno), wounding 5 traders including a blacksmith.",
 spans=[("5 traders", 1, "injured:5"), ("a blacksmith", 1, "injured:1")]),
dict(dct="2023-05-18", fat=9,
 text="On 16 May 2023, clashes between Mwaghavul youths and Fulani herders in Mangu LGA (Plateau) left scores of houses burnt; police said the death toll rose to 9 on 18 May after 2 more bodies were recovered from a stream.",
 spans=[("9", 1, "killed:9"), ("2 more bodies", 1, "killed:2")]),
dict(dct="2021-07-01", fat=0,
 text="On 1 July 2021, bandit leader Bello Turji wrote to communities in Shinkafi LGA (Zamfara) demanding levies of N2 million per village and threatened to kill residents who refused. Residents of 4 villages fled.",
 spans=[]),
dict(dct="2021-04-26", fat=7,
 text="On 25 April 2021, ISWAP overran a military base in Mainok (Kaga LGA, Borno). The army confirmed 7 soldiers dead, while security sources told AFP that dozens of soldiers were killed, including a brigade commander.",
 spans=[("7 soldiers", 1, "killed:7"), ("dozens", 1, "killed:>=24"), ("a brigade commander", 1, "killed:1")]),
dict(dct="2020-11-05", fat=0,
 text="MAIDUGURI, Nigeria — Islamist insurgents have abducted more than 20 firewood collectors, mostly women, near Gamboru Ngala in Borno state, local militia members said on Wednesday. None has been heard from since.",
 spans=[("more than 20 firewood collectors", 1, "abducted:>20")]),
# ---------------- Kenya (border counties) ----------------
dict(dct="2020-01-05", fat=7,
 text="On 5 January 2020, Al Shabaab fighters attacked Camp Simba at Manda Bay (Lamu county), killing one US service member and two contractors working for the Pentagon; Kenyan police said 4 attackers were shot dead. Fatalities: 7.",
 spans=[("one US service member", 1, "killed:1"), ("two contractors", 1, "killed:2"), ("4 attackers", 1, "killed:4"), ("7", 1, "killed:7")]),
dict(dct="2021-02-19", fat=2,
 text="On 19 February 2021, Pokot raiders attacked Turkana herders at Kapedo (Turkana/Baringo border), killing 2 herders and driving away about 300 goats. A General Service Unit (GSU) officer was wounded in the pursuit.",
 spans=[("2 herders", 1, "killed:2"), ("A General Service Unit (GSU) officer", 1, "injured:1")]),
dict(dct="2019-10-12", fat=0,
 text="On 12 October 2019, suspected Al Shabaab militants planted an IED that damaged a police Land Cruiser on the Wajir-Konton road (Wajir county). No casualties were reported.",
 spans=[]),
dict(dct="2022-04-02", fat=0,
 text="On 2 April 2022, Garissa University marked 7 years since the 2015 Al Shabaab attack on its campus, in which 148 people, 142 of them students, were killed. Security at the event was heavy.",
 spans=[("148 people", 1, "killed:148", "bg"), ("142", 1, "killed:142", "bg")]),
dict(dct="2022-03-14", fat=1,
 text="On 14 March 2022, Al Shabaab militants attacked a telecommunications mast in Elwak (Mandera county) with RPGs, leaving a police reservist dead and the mast destroyed.",
 spans=[("a police reservist", 1, "killed:1")]),
dict(dct="2019-06-15", fat=2,
 text="On 15 June 2019, a police Land Cruiser hit an IED near Konton (Wajir county). As many as 5 police officers may have died, a local chief said, but the county commander confirmed 2.",
 spans=[("As many as 5 police officers", 1, "killed:<=5"), ("2", 1, "killed:2")]),
dict(dct="2023-03-09", fat=0,
 text="On 9 March 2023, Pokot raiders stole more than 200 goats from Turkana herders at Lokipoto (Turkana West); one herder was shot in the thigh.",
 spans=[("one herder", 1, "injured:1")]),
# ---------------- Somalia ----------------
dict(dct="2019-12-28", fat=79,
 text="MOGADISHU (AP) — A truck bomb tore through the busy Ex-Control checkpoint on the Afgoye road during the morning rush hour on Saturday, killing at least 79 people, including 16 university students and 2 Turkish engineers, officials said. More than 140 were wounded. Al Shabaab claimed responsibility two days later.",
 spans=[("at least 79 people", 1, "killed:>=79"), ("16 university students", 1, "killed:16"), ("2 Turkish engineers", 1, "killed:2"), ("More than 140", 1, "injured:>140")]),
dict(dct="2021-08-09", fat=0,
 text="On 9 August 2021, Al Shabaab militants abducted 5 elders of the Abgaal clan near Adale (Middle Shabelle) after they refused to pay zakat. Their fate is unknown.",
 spans=[("5 elders", 1, "abducted:5")]),
dict(dct="2022-06-21", fat=6,
 text="On 21 June 2022, Habar Gidir/Saleebaan and Duduble clan militias clashed over grazing land near Budbud (Galgaduud); elders said 6 clan fighters from both sides were killed, 2 of them Duduble, and some 10 wounded.",
 spans=[("6 clan fighters", 1, "killed:6"), ("2", 1, "killed:2"), ("some 10", 1, "injured:~10")]),
dict(dct="2019-06-11", fat=7,
 text="On 11 June 2019, six policemen and a suspected gunman were killed when Al Shabaab militants stormed a police station in Balcad (Middle Shabelle).",
 spans=[("six policemen", 1, "killed:6"), ("a suspected gunman", 1, "killed:1")]),
dict(dct="2024-03-07", fat=1,
 text="On 7 March 2024, an AS-planted IED hit a minibus on the Afgoye–Mogadishu road; the driver died and 5-6 passengers were injured.",
 spans=[("the driver", 1, "killed:1"), ("5-6 passengers", 1, "injured:5-6")]),
dict(dct="2020-01-02", fat=0,
 text="On 2 January 2020, NISA agents arrested 7 suspected Al Shabaab tax collectors in Bakara market (Mogadishu); no shots were fired.",
 spans=[]),
dict(dct="2022-03-28", fat=19,
 text="BELEDWEYNE — Death toll from the sucide attack on the Hilowle Gaab restaurant at Beledweyne rose to 19 on monday, including 3 clan elders (nabadoon) and a Hirshabelle MP, hospital sources said.",
 spans=[("19", 1, "killed:19"), ("3 clan elders", 1, "killed:3"), ("a Hirshabelle MP", 1, "killed:1")]),
# ---------------- DR Congo: Ituri, North Kivu ----------------
dict(dct="2022-02-02", fat=62,
 text="BUNIA, Congo — Militiamen from the CODECO group attacked the Plaine Savo displacement site in Ituri's Djugu territory overnight, killing at least 60 displaced Hema civilians with machetes and guns, the army said on Wednesday. The toll rose to 62 later on Wednesday after two wounded women died in Bule hospital, a local official said.",
 spans=[("at least 60 displaced Hema civilians", 1, "killed:>=60"), ("62", 1, "killed:62"), ("two wounded women", 1, "killed:2")]),
dict(dct="2020-05-19", fat=2,
 text="19 May 2020. North Kivu, Beni territory, Ntoyo. Suspected ADF fighters killed 2-3 civilians with machetes; one survivor reported abductions. Sources differ. Fatalities: 2.",
 spans=[("2-3 civilians", 1, "killed:2-3"), ("2", 1, "killed:2")]),
dict(dct="2022-12-01", fat=8,
 text="KINSHASA, Dec 1 (Reuters) - M23 rebels killed 131 civilians in the villages of Kishishe and Bambo in late November, a preliminary UN investigation said on Thursday. The rebel group rejected the findings and said 8 deaths had been caused by 'stray bullets'. Congo's government has said up to 272 people died.",
 spans=[("131 civilians", 1, "killed:131"), ("8 deaths", 1, "killed:8"), ("up to 272 people", 1, "killed:<=272")]),
dict(dct="2024-07-12", fat=0,
 text="On 12 July 2024, residents of Butembo (Lubero territory) held a ville morte (dead city) day to protest the killing of a moto-taxi driver by FARDC soldiers the previous week. Shops stayed shut; no incidents were reported.",
 spans=[("a moto-taxi driver", 1, "killed:1", "bg")]),
dict(dct="2021-09-15", fat=9,
 text="On 15 September 2021, Zaïre militia fighters attacked a gold mine at Lodjo (Djugu); local sources said the dead numbered 9 — 7 orpailleurs (artisanal miners) and 2 women traders — and 3 were missing.",
 spans=[("9", 1, "killed:9"), ("7 orpailleurs", 1, "killed:7"), ("2 women traders", 1, "killed:2"), ("3", 1, "missing:3")]),
dict(dct="2023-03-13", fat=38,
 text="BENI, Democratic Republic of Congo — The death toll from Saturday's machete attack on Mukondi village rose to 38, a civil society leader in Beni territory said on Monday, up from 23 counted on Sunday. Most of the victims were women and children who had gathered for a wake.",
 spans=[("38", 1, "killed:38"), ("23", 1, "killed:23")]),
dict(dct="2025-06-04", fat=0,
 text="On 4 June 2025, clashes between CRP (Convention pour la Révolution Populaire) militiamen and FARDC near Bunia (Irumu) displaced about 3,000 households; MONUSCO reported no casualties.",
 spans=[]),
dict(dct="2024-02-10", fat=0,
 text="On 10 February 2024, youths in Goma (North Kivu) burned tyres and stoned MONUSCO vehicles, blaming the UN for M23 advances around Sake; police dispersed them with tear gas and nearly a dozen protesters were injured, including a journalist of Radio Kivu 1.",
 spans=[("nearly a dozen protesters", 1, "injured:~12"), ("a journalist", 1, "injured:1")]),
dict(dct="2023-06-16", fat=46,
 text="BUNIA — CODECO militia raided the Lala displacement camp (Djugu) overnight, killing 46 displaced people, among them 23 children, according to the Red Cross which burried them on thursday; scores were wounded and evacuated to Bunia.",
 spans=[("46 displaced people", 1, "killed:46"), ("23 children", 1, "killed:23"), ("scores", 1, "injured:>=40")]),
# ---------------- Central African Republic ----------------
dict(dct="2020-10-04", fat=0,
 text="On 4 October 2020, anti-balaka leaders in Boy-Rabe (Bangui) threatened to kill any Muslim trader entering the neighbourhood, according to a Radio Ndeke Luka report. No attack followed.",
 spans=[]),
dict(dct="2021-01-18", fat=2,
 text="On 18 January 2021, CPC rebels attacked a MINUSCA patrol near Bangassou (Mbomou), killing a Gabonese peacekeeper; the Rwandan contingent said it killed one of the attackers. The CPC claimed to have killed or wounded 10 peacekeepers. Fatalities: 2.",
 spans=[("a Gabonese peacekeeper", 1, "killed:1"), ("one", 1, "killed:1"), ("10 peacekeepers", 1, "casualties:10"), ("2", 1, "killed:2")]),
dict(dct="2019-07-06", fat=1,
 text="BRIA — Anti-balaka fighters and ex-Seleka FPRC elements exchanged fire in the PK3 displaced camp on friday, leaving a Red Cross volunteer dead and atleast 5 displaced persons wounded, a camp official told Radio Ndeke Luka.",
 spans=[("a Red Cross volunteer", 1, "killed:1"), ("atleast 5 displaced persons", 1, "injured:>=5")]),
dict(dct="2020-06-16", fat=0,
 text="On 15 June 2020, unidentified armed men abducted 2 employees of a humanitarian NGO on the Batangafo-Kabo road (Ouham); they were released the next day.",
 spans=[("2 employees", 1, "abducted:2")]),
dict(dct="2020-03-09", fat=1,
 text="BOUAR — The Siriri group attacked Mbororo cattle herders in the Niem-Yelewa area, leaving a young Mbororo herder dead and his uncle missing, acording to the sous-préfet. 200 head of cattle were taken.",
 spans=[("a young Mbororo herder", 1, "killed:1"), ("his uncle", 1, "missing:1")]),
dict(dct="2021-02-21", fat=6,
 text="The UN mission denounced the murder of 5 Fulani traders and their driver on the Bossangoa-Bossembélé axis (Ouham) on 20 February 2021, blamed on anti-balaka elements.",
 spans=[("5 Fulani traders", 1, "killed:5"), ("their driver", 1, "killed:1")]),
dict(dct="2024-05-02", fat=1,
 text="On 2 May 2024, a MINUSCA convoy hit a mine near Bocaranga (Ouham-Pendé); one death (a Cameroonian driver) and 2 injured peacekeepers were reported.",
 spans=[("one death", 1, "killed:1"), ("a Cameroonian driver", 1, "killed:1"), ("2 injured peacekeepers", 1, "injured:2")]),
# ---------------- Chad ----------------
dict(dct="2019-08-09", fat=2,
 text="On 9 August 2019, Arab herders and Ouaddaï farmers clashed at Kadjemi village (Ouaddaï) after a camel strayed into a millet field; between 2 to 4 farmers were killed according to the sub-prefect, and 6 herders were injured.",
 spans=[("between 2 to 4 farmers", 1, "killed:2-4"), ("6 herders", 1, "injured:6")]),
dict(dct="2021-04-27", fat=0,
 text="On 27 April 2021, hundreds of Wakit Tama supporters marched in N'Djamena against the military council; police fired tear gas and arrested 12 protesters. A student was reportedly hurt.",
 spans=[("A student", 1, "injured:1")]),
dict(dct="2019-09-02", fat=1,
 text="2 September 2019, Tibesti, Kouri Bougoudi. ANT soldiers clashed with illegal gold miners; 1 fatality (a Sudanese miner). About 40 miners were detained.",
 spans=[("1 fatality", 1, "killed:1"), ("a Sudanese miner", 1, "killed:1")]),
dict(dct="2022-04-20", fat=0,
 text="On 20 April 2022, N'Djamena marked one year since the death of Marshal Idriss Déby, killed in fighting with FACT rebels near Nokou; the ceremony passed without incident.",
 spans=[]),
dict(dct="2022-10-20", fat=50,
 text="N'DJAMENA (AFP) - Chad's government said 50 people were killed, including 10 police officers, when security forces fired on protesters demanding a return to civilian rule in N'Djamena, Moundou and Doba on Thursday. The opposition Transformateurs party said more than 100 were killed and hundreds arrested. The prime minister announced a curfew.",
 spans=[("50 people", 1, "killed:50"), ("10 police officers", 1, "killed:10"), ("more than 100", 1, "killed:>100")]),
# ---------------- Iraq ----------------
dict(dct="2024-08-03", fat=0,
 text="On 3 August 2024, Yazidis gathered in Sinjar (Nineveh) to mark ten years since the 2014 ISIS massacre in which some 5,000 Yazidi men were killed and more than 6,000 women and children abducted. No incidents were reported.",
 spans=[("some 5,000 Yazidi men", 1, "killed:~5000", "bg"), ("more than 6,000 women and children", 1, "abducted:>6000")]),
dict(dct="2015-05-15", fat=10,
 text="On 15 May 2015, ISIS fighters attacked the government compound in Ramadi (Anbar) using at least 6 suicide car bombs, killing at least 10 policemen, a provincial council member said. Some 500 people were killed in the city during last year's fighting, he added.",
 spans=[("at least 10 policemen", 1, "killed:>=10"), ("Some 500 people", 1, "killed:~500", "bg")]),
dict(dct="2021-03-02", fat=1,
 text="On 2 March 2021, unidentified gunmen shot dead a mukhtar (village headman) in Hawija district (Kirkuk). Fatalities: 1. [Source: Shafaq News]",
 spans=[("a mukhtar", 1, "killed:1"), ("1", 1, "killed:1")]),
dict(dct="2020-01-08", fat=0,
 text="On 8 January 2020, Iran fired ballistic missiles at Ain al-Asad air base (Anbar) and a base in Erbil; no one was killed, though the Pentagon later said more than 100 US troops were diagnosed with traumatic brain injuries.",
 spans=[("more than 100 US troops", 1, "injured:>100")]),
dict(dct="2016-03-07", fat=1,
 text="7 March 2016. Diyala, Muqdadiyah. An IED planted near a Sunni mosque exploded as worshippers left; 1 fatality and 4 injured.",
 spans=[("1 fatality", 1, "killed:1"), ("4", 1, "injured:4")]),
dict(dct="2019-11-29", fat=25,
 text="NASIRIYAH, Iraq — Security forces opened fire on protesters blocking the Zaytoun bridge early on Thursday, killing 18, medics said. Nearly a dozen policemen were hurt by stones and Molotov cocktails. By nightfall the toll had risen to 25, and the prime minister dismissed the regional military commander.",
 spans=[("18", 1, "killed:18"), ("Nearly a dozen policemen", 1, "injured:~12"), ("25", 1, "killed:25")]),
dict(dct="2021-09-30", fat=6,
 text="On 30 September 2021, a tribal dispute (nizaa asha'iri) between the Bani Malik and al-Garamsha tribes in Qurna (Basra) turned into a gunfight with RPGs; 6 tribesmen were killed and 4 wounded before the army intervened.",
 spans=[("6 tribesmen", 1, "killed:6"), ("4", 1, "injured:4")]),
# ---------------- Afghanistan (2019-2021) ----------------
dict(dct="2020-03-05", fat=20,
 text="On 5 March 2020, Taliban fighters attacked ANA checkpoints in Nad Ali (Helmand); the MoD said 18 Taliban were killed, while the Taliban claimed 11 ANA soldiers killed, injured or captured. Local sources reported 2 ANA soldiers dead.",
 spans=[("18 Taliban", 1, "killed:18"), ("11 ANA soldiers", 1, "casualties:11"), ("2 ANA soldiers", 1, "killed:2")]),
dict(dct="2020-06-12", fat=7,
 text="On 12 June 2020, Taliban militants overran an Afghan Local Police (arbakai) post in Dawlat Abad (Faryab), killing 7 ALP members including the post commander; 3 others were taken prisoner.",
 spans=[("7 ALP members", 1, "killed:7"), ("the post commander", 1, "killed:1"), ("3 others", 1, "abducted:3")]),
dict(dct="2019-09-21", fat=0,
 text="On 21 September 2019, residents of Wardak staged a protest on the Kabul-Kandahar highway, carrying the bodies of 4 civilians killed in a night raid by NDS special forces two days earlier.",
 spans=[("4 civilians", 1, "killed:4", "bg")]),
dict(dct="2021-08-27", fat=183,
 text="KABUL (AP) — A suicide bomber struck crowds massed at the Abbey Gate of Kabul's airport on Thursday evening, killing at least 170 Afghans and 13 US service members on one of the deadliest days of the evacuation. Dozens more were wounded. The Islamic State's local affiliate claimed the attack.",
 spans=[("at least 170 Afghans", 1, "killed:>=170"), ("13 US service members", 1, "killed:13"), ("Dozens", 1, "injured:>=24")]),
dict(dct="2021-10-08", fat=46,
 text="KUNDUZ, Afghanistan — A suicide bomber blew himself up among worshippers at the Gozar-e-Sayed Abad Shi'ite mosque during Friday prayers. A Taliban spokesman said 46 worshippers were killed, while staff at the city's main hospital put the toll at 55 and local elders said more than 100 had died. Islamic State claimed the bombing.",
 spans=[("46 worshippers", 1, "killed:46"), ("55", 1, "killed:55"), ("more than 100", 1, "killed:>100")]),
dict(dct="2019-07-02", fat=0,
 text="On 2 July 2019, Taliban militants stopped a bus on the Kunduz-Takhar highway and took 12 passengers, among them 3 off-duty ANA soldiers, to an unknown location.",
 spans=[("12 passengers", 1, "abducted:12"), ("3 off-duty ANA soldiers", 1, "abducted:3")]),
dict(dct="2020-05-31", fat=2,
 text="On 30 May 2020, a sticky bomb hit a minibus carrying Khurshid TV employees in western Kabul, killing a technician; a reporter who was wounded succumbed to his injuries on Sunday. Seven others were hurt.",
 spans=[("a technician", 1, "killed:1"), ("a reporter", 1, "killed:1"), ("Seven others", 1, "injured:7")]),
dict(dct="2020-03-14", fat=4,
 text="On 14 March 2020, a US airstrike hit a house in Nerkh district (Wardak); the Taliban said it killed up to 7 civilians, while the MoD said only militants were in the house and 4 Taliban fighters died.",
 spans=[("up to 7 civilians", 1, "killed:<=7"), ("4 Taliban fighters", 1, "killed:4")]),
dict(dct="2020-10-20", fat=3,
 text="On 20 October 2020, a mortar round fired during fighting around Marja (Helmand) hit a house, killing 2 civilian women and a child.",
 spans=[("2 civilian women", 1, "killed:2"), ("a child", 1, "killed:1")]),
dict(dct="2020-03-03", fat=0,
 text="On 3 March 2020, the Taliban distributed night letters (shabnama) in Sar-e Pul city warning teachers that they would be killed if they worked with the government.",
 spans=[]),
# ---------------- Lebanon ----------------
dict(dct="2019-12-15", fat=0,
 text="BEIRUT (Reuters) - Lebanese riot police fired tear gas and water cannon at protesters near Parliament on Saturday night, and the Lebanese Red Cross said it treated 46 people and took 36 to hospital. No deaths were reported.",
 spans=[("46 people", 1, "injured:46"), ("36", 1, "injured:36")]),
dict(dct="2023-10-13", fat=1,
 text="On 13 October 2023, Israeli tank fire hit a group of journalists near Alma al-Shaab (South Lebanon), killing Issam Abdallah, a Reuters videographer, and wounding 6 other journalists.",
 spans=[("a Reuters videographer", 1, "killed:1"), ("6 other journalists", 1, "injured:6")]),
dict(dct="2015-01-10", fat=11,
 text="On 10 January 2015, two suicide bombers blew themselves up in a cafe in Jabal Mohsen (Tripoli), killing 9 people and wounding more than 30. The Nusra Front claimed the attack. Fatalities: 11 (including the two bombers).",
 spans=[("9 people", 1, "killed:9"), ("more than 30", 1, "injured:>30"), ("11", 1, "killed:11"), ("the two bombers", 1, "killed:2")]),
dict(dct="2021-02-04", fat=1,
 text="On 4 February 2021, the body of activist Lokman Slim was found in his car in Addoussieh (South Lebanon) with gunshot wounds to the head. Fatalities: 1.",
 spans=[("1", 1, "killed:1")]),
dict(dct="2019-06-30", fat=2,
 text="On 30 June 2019, gunfire erupted in Qabr Shmoun (Aley) as Minister Saleh Gharib's convoy passed a PSP protest; two of the minister's bodyguards were killed.",
 spans=[("two", 1, "killed:2")]),
dict(dct="2023-11-09", fat=0,
 text="On 9 November 2023, an Israeli drone struck a car near Bint Jbeil (South Lebanon); the driver, a Hezbollah member, was wounded.",
 spans=[("the driver", 1, "injured:1")]),
# ---------------- Brazil ----------------
dict(dct="2021-05-06", fat=28,
 text="RIO DE JANEIRO — A police raid on the Jacarezinho favela against Comando Vermelho traffickers left 28 people dead on Thursday: a police officer, André Frias, and 27 suspects, the state's civil police said. Rights groups called it the deadliest operation in the city's history.",
 spans=[("28 people", 1, "killed:28"), ("a police officer", 1, "killed:1"), ("27 suspects", 1, "killed:27")]),
dict(dct="2019-02-12", fat=3,
 text="On 12 February 2019, hooded gunmen attacked an MST encampment near Anapu (Pará) and killed 3 sem-terra rural workers, among them a camp coordinator, and burned 20 shacks.",
 spans=[("3 sem-terra rural workers", 1, "killed:3"), ("a camp coordinator", 1, "killed:1")]),
dict(dct="2023-04-30", fat=5,
 text="On 29 April 2023, garimpeiros (illegal miners) fired on Yanomami in the Uxiu community (Roraima), killing 1 indigenous health worker and wounding 2 others; in a later clash with IBAMA agents and PRF officers, 4 garimpeiros were shot dead.",
 spans=[("1 indigenous health worker", 1, "killed:1"), ("2 others", 1, "injured:2"), ("4 garimpeiros", 1, "killed:4")]),
dict(dct="2020-02-20", fat=0,
 text="On 19 February 2020, Senator Cid Gomes was shot and wounded by striking military policemen when he drove a backhoe loader into a barracks in Sobral (Ceará). Two other people were hurt.",
 spans=[("Two other people", 1, "injured:2")]),
dict(dct="2019-08-04", fat=1,
 text="MANAUS — A mototaxista was executed with 7 shots on Rua Borba, zona leste, late on saturday night, in what police belive was a dispute betwen the factions CV and FDN. The victim, 24, died at the scene; a passer-by was hit in the leg.",
 spans=[("A mototaxista", 1, "killed:1"), ("a passer-by", 1, "injured:1")]),
dict(dct="2019-11-17", fat=1,
 text="RIO DE JANEIRO — In Rocinha, a military policeman was stabbed to death during an argument at a baile funk, and his colleague shot and injured 2 partygoers in the confusion, police said.",
 spans=[("a military policeman", 1, "killed:1"), ("2 partygoers", 1, "injured:2")]),
dict(dct="2023-01-08", fat=0,
 text="On 8 January 2023, supporters of former president Bolsonaro stormed Congress, the Supreme Court and the Planalto palace in Brasília; 44 police officers were injured and about 1,500 people detained.",
 spans=[("44 police officers", 1, "injured:44")]),
dict(dct="2019-01-28", fat=14,
 text="FORTALEZA – Police said 14 people died in what locals are calling the chacina of Cajazeiras, when gunmen from the GDE faction opened fire at a forró club early on sunday (27). Among the dead were 8 women; at least 3 survivors remain in the IJF hospital.",
 spans=[("14 people", 1, "killed:14"), ("8 women", 1, "killed:8"), ("at least 3 survivors", 1, "injured:>=3")]),
dict(dct="2020-05-31", fat=0,
 text="On 31 May 2020, residents of Complexo do Salgueiro (São Gonçalo) blocked roads in protest over the death of João Pedro, 14, shot during a police raid two weeks earlier.",
 spans=[]),
# ---------------- Guatemala ----------------
dict(dct="2020-07-16", fat=3,
 text="On 16 July 2020, the long-running land dispute between Nahualá and Santa Catarina Ixtahuacán (Sololá) flared again when gunmen ambushed a pickup, killing a community mayor (alcalde comunitario) and 2 campesinos.",
 spans=[("a community mayor", 1, "killed:1"), ("2 campesinos", 1, "killed:2")]),
dict(dct="2020-11-21", fat=0,
 text="On 21 November 2020, protesters set fire to part of the Congress building in Guatemala City during demonstrations against the 2021 budget. Police said 22 people were detained and 2 officers were injured by stones.",
 spans=[("2 officers", 1, "injured:2")]),
dict(dct="2019-06-24", fat=1,
 text="On 24 June 2019, the body of a Q'eqchi' farmer was found with machete wounds in a cardamom plot in Chisec (Alta Verapaz), a day after he was reported missing; relatives blamed a land dispute with a finquero.",
 spans=[("a Q'eqchi' farmer", 1, "killed:1")]),
dict(dct="2022-06-05", fat=0,
 text="On 5 June 2022, a journalist in Coatepeque (Quetzaltenango) reported receiving WhatsApp messages threatening to kill him and his family unless he stopped covering extortion by the Barrio 18 gang.",
 spans=[]),
dict(dct="2025-10-13", fat=7,
 text="GUATEMALA CITY — Gang members killed 7 police officers across the capital in the days after Barrio 18 inmates rioted in three prisons, the interior ministry said on Monday. The riots followed the escape of 20 gang leaders from the Fraijanes II jail. Congress approved a state of siege.",
 spans=[("7 police officers", 1, "killed:7")]),
# ---------------- Haiti ----------------
dict(dct="2021-07-07", fat=4,
 text="PORT-AU-PRINCE — Haitian President Jovenel Moïse was assassinated early on Wednesday when commandos stormed his residence in Pèlerin 5, the interim prime minister said. His wife, Martine Moïse, was wounded and flown to Miami. Police later said 4 suspected mercenaries were killed in a gunfight and 2 others detained.",
 spans=[("His wife", 1, "injured:1"), ("4 suspected mercenaries", 1, "killed:4")]),
dict(dct="2022-07-15", fat=89,
 text="PORT-AU-PRINCE, Haiti — At least 89 people were killed in a week of fighting between the G9 an Fanmi and G-Pèp gang coalitions in Brooklyn, Cité Soleil, a human rights group said, with 16 others missing and 74 wounded. Residents said bodies were left in the streets and burned.",
 spans=[("At least 89 people", 1, "killed:>=89"), ("16 others", 1, "missing:16"), ("74", 1, "injured:74")]),
dict(dct="2021-10-16", fat=0,
 text="On 16 October 2021, members of the 400 Mawozo gang kidnapped 17 missionaries, including 5 children, on the road to Ganthier (Croix-des-Bouquets). The gang demanded US$1 million per hostage.",
 spans=[("17 missionaries", 1, "abducted:17"), ("5 children", 1, "abducted:5")]),
dict(dct="2023-04-24", fat=14,
 text="On 24 April 2023, residents in Canapé-Vert (Port-au-Prince) stopped a minibus carrying 14 suspected gang members, beat them and burned them alive with tyres, in what became known as the bwa kale movement. Fatalities: 14.",
 spans=[("14 suspected gang members", 1, "killed:14"), ("14", 2, "killed:14")]),
dict(dct="2025-04-01", fat=3,
 text="MIREBALAIS: Gangs of the Viv Ansanm coalition atacked the town overnight, burning a police sub-comissariat; two policemen and a CIMO agent are reported dead, and scores of residents fled towards Hinche. A PNH spokesman spoke of heavy casualties.",
 spans=[("two policemen", 1, "killed:2"), ("a CIMO agent", 1, "killed:1")]),
dict(dct="2024-12-12", fat=207,
 text="12 December 2024. Ouest, Port-au-Prince, Wharf Jérémie. Viv Ansanm gang leader Micanor Altès ordered the execution of elderly residents accused of vodou practices; OHCHR counted at least 207 dead, 134 men and 73 women. Fatalities: 207.",
 spans=[("at least 207", 1, "killed:>=207"), ("134 men", 1, "killed:134"), ("73 women", 1, "killed:73"), ("207", 2, "killed:207")]),
# ---------------- Ecuador ----------------
dict(dct="2021-02-24", fat=78,
 text="GUAYAQUIL, Ecuador (Reuters) - Simultaneous riots in prisons in Guayaquil, Cuenca and Latacunga left 79 inmates dead, the SNAI prison service said on Tuesday. It later revised the toll to 78, saying one body had been counted twice. The president blamed rival gangs fighting for control of the jails.",
 spans=[("79 inmates", 1, "killed:79"), ("78", 1, "killed:78")]),
dict(dct="2023-08-10", fat=2,
 text="QUITO (AP) — A presidential candidate was shot dead as he left a campaign rally in Quito on Wednesday, 11 days before the election. Nine people, including a candidate for the National Assembly and 2 police officers, were wounded, the attorney general's office said. One suspect was killed in the exchange of fire with security guards.",
 spans=[("A presidential candidate", 1, "killed:1"), ("Nine people", 1, "injured:9"), ("a candidate", 1, "injured:1"), ("2 police officers", 1, "injured:2"), ("One suspect", 1, "killed:1")]),
dict(dct="2024-03-02", fat=2,
 text="On 2 March 2024, gunmen on a motorcycle shot dead a fisherman and his 16-year-old nephew at the Esmeraldas fish landing; police linked the attack to Los Lobos extortion of fishing crews. Fatalities: 2.",
 spans=[("a fisherman", 1, "killed:1"), ("his 16-year-old nephew", 1, "killed:1"), ("2", 2, "killed:2")]),
dict(dct="2024-01-09", fat=0,
 text="On 9 January 2024, hooded gunmen stormed the TC Televisión studios in Guayaquil during a live broadcast and held staff at gunpoint; police freed all 13 hostages and arrested 13 attackers. No one was killed.",
 spans=[("13 hostages", 1, "abducted:13")]),
dict(dct="2022-06-20", fat=0,
 text="On 20 June 2022, indigenous protesters led by CONAIE blocked the Pan-American highway near Cayambe (Pichincha) for an eighth day; police used tear gas and 4 officers and an unknown number of marchers were hurt; CONAIE said its marchers had suffered 30 casualties.",
 spans=[("4 officers", 1, "injured:4"), ("30 casualties", 1, "casualties:30")]),
dict(dct="2023-08-31", fat=0,
 text="On 31 August 2023, car bombs exploded near prison offices in Quito; no one was injured. Separately, 57 prison guards and 7 police officers were held hostage by inmates in six prisons.",
 spans=[("57 prison guards", 1, "abducted:57"), ("7 police officers", 1, "abducted:7")]),
# ---------------- India: Manipur, Chhattisgarh ----------------
dict(dct="2023-06-14", fat=9,
 text="IMPHAL — Nine villagers were killed and 10 injured when armed miscreants attacked Khamenlok village in Imphal East district late on Tuesday, police said. The dead included a village defence volunteer. Security forces launched a combing operation in the surrounding hills.",
 spans=[("Nine villagers", 1, "killed:9"), ("10", 1, "injured:10"), ("a village defence volunteer", 1, "killed:1")]),
dict(dct="2021-11-13", fat=7,
 text="IMPHAL, Nov 13 (Reuters) - Insurgents ambushed a convoy of 46 Assam Rifles in Manipur's Churachandpur district on Saturday, killing the commanding officer, his wife and 8-year-old son, and 4 riflemen, the army said. The PLA and the MNPF claimed the attack in a joint statement.",
 spans=[("the commanding officer", 1, "killed:1"), ("his wife", 1, "killed:1"), ("8-year-old son", 1, "killed:1"), ("4 riflemen", 1, "killed:4")]),
dict(dct="2024-09-17", fat=1,
 text="IMPHAL — A rifleman of 5 Assam Rifles was killed and a havildar of 2 Para (SF) wounded when militants fired on a joint patrol near Moreh (Tengnoupal), officials said on Tuesday.",
 spans=[("A rifleman", 1, "killed:1"), ("a havildar", 1, "injured:1")]),
dict(dct="2023-09-27", fat=0,
 text="On 26 September 2023, students clashed with RAF personnel in Imphal while protesting over the killing of two Meitei students who went missing in July; police said 45 protesters, mostly students, were injured.",
 spans=[("two Meitei students", 1, "killed:2", "bg"), ("45 protesters", 1, "injured:45")]),
dict(dct="2023-05-28", fat=0,
 text="On 28 May 2023, a mob torched about 200 houses in Serou and Sugnu (Kakching); security forces said there were no casualties as residents had fled.",
 spans=[]),
dict(dct="2023-05-03", fat=0,
 text="On 3 May 2023, a tribal solidarity march in Churachandpur turned violent; dozens were injured and houses burned in Torbung, and the state government issued shoot-at-sight orders.",
 spans=[("dozens", 1, "injured:>=24")]),
dict(dct="2021-04-04", fat=26,
 text="RAIPUR — Twenty-two security personnel were killed when Maoists ambushed a joint team of CRPF CoBRA, DRG and STF men near Tekalguda on the Sukma-Bijapur border on Saturday. One CoBRA commando was abducted; he was released 5 days later. Police claimed at least 5 Maoists were also killed, while the CPI (Maoist) admitted 4 cadres dead in a press note.",
 spans=[("Twenty-two security personnel", 1, "killed:22"), ("One CoBRA commando", 1, "abducted:1"), ("at least 5 Maoists", 1, "killed:>=5"), ("4 cadres", 1, "killed:4")]),
dict(dct="2019-04-18", fat=0,
 text="On 18 April 2019, Maoists set ablaze 3 road-construction trucks and a JCB machine near Kirandul (Dantewada) and threatened the workers. No injuries.",
 spans=[]),
dict(dct="2025-05-21", fat=28,
 text="RAIPUR, May 21 (PTI) — Security forces killed 27 Maoists, including CPI (Maoist) general secretary Nambala Keshava Rao alias Basavaraju, in an encounter in the Abujhmarh forests of Narayanpur district on Wednesday, officials said. One DRG jawan died and another was injured.",
 spans=[("27 Maoists", 1, "killed:27"), ("One DRG jawan", 1, "killed:1")]),
dict(dct="2016-02-14", fat=2,
 text="On 14 February 2016, in an exchange of fire with police near Gadiras (Sukma), two cadres of the PLGA were killed, police said; the Maoists called it a fake encounter and said the dead were villagers. Fatalities: 2.",
 spans=[("two cadres", 1, "killed:2"), ("2", 1, "killed:2")]),
dict(dct="2019-11-21", fat=1,
 text="BIJAPUR: A Gram panchayat sachiv was allegdly killed by Maoists late night in Usur block after being dragged out of his house, police said on Thursday. Maoists left a letter branding him a police mukhbir.",
 spans=[("A Gram panchayat sachiv", 1, "killed:1")]),
# ---------------- Pakistan: Balochistan ----------------
dict(dct="2021-01-03", fat=11,
 text="QUETTA, Pakistan — Gunmen abducted 11 Hazara coal miners from their quarters in Machh, blindfolded them and shot them dead, officials said on Sunday. Hazara families refused to bury the bodies and staged a sit-in with the coffins in Quetta for 6 days.",
 spans=[("11 Hazara coal miners", 1, "killed:11")]),
dict(dct="2023-11-23", fat=0,
 text="On 22 November 2023, relatives of Balaach Mola Bakhsh, a young man killed in what the CTD called an encounter in Turbat (Kech), began a sit-in with his coffin; the BYC later led a long march to Islamabad. No violence was reported.",
 spans=[("a young man", 1, "killed:1", "bg")]),
dict(dct="2025-03-12", fat=59,
 text="QUETTA, Pakistan (AP) — Pakistan's army said on Wednesday that it had ended a 36-hour siege of the Jaffar Express, hijacked by BLA militants near Mashkaf with over 400 passengers on board. It said 26 hostages, including 18 off-duty soldiers, and 33 attackers were killed.",
 spans=[("over 400 passengers", 1, "abducted:>400"), ("26 hostages", 1, "killed:26"), ("18 off-duty soldiers", 1, "killed:18"), ("33 attackers", 1, "killed:33")]),
dict(dct="2020-01-29", fat=2,
 text="Fatalities: 2. Balochistan, Kech, Buleda, 29 January 2020. Unidentified gunmen on a motorcycle shot dead 2 Levies personnel at a checkpoint. BLF claimed. Source: Dawn; BLF statement.",
 spans=[("2", 1, "killed:2"), ("2 Levies personnel", 1, "killed:2")]),
# ---------------- Indonesia: Papua ----------------
dict(dct="2021-04-09", fat=2,
 text="On 8 April 2021, TPNPB-OPM fighters shot dead a teacher, Oktovianus Rayo, 42, in Beoga (Puncak regency); a day later they killed a second teacher and burned 3 school buildings.",
 spans=[("a teacher", 1, "killed:1"), ("a second teacher", 1, "killed:1")]),
dict(dct="2023-10-17", fat=7,
 text="JAYAPURA, Indonesia — Rebels of the TPNPB attacked gold miners at Seradala in Yahukimo regency, killing 7 miners from South Sulawesi and wounding 1 worker, police said on Tuesday. As many as 13 miners were unaccounted for, and a search was under way.",
 spans=[("7 miners", 1, "killed:7"), ("1 worker", 1, "injured:1"), ("As many as 13 miners", 1, "missing:<=13")]),
dict(dct="2023-02-07", fat=0,
 text="TIMIKA, Indonesia — Papuan separatist fighters set fire to a Susi Air plane after it landed at Paro in Nduga regency on Tuesday and took the New Zealand pilot hostage, police said. The 15 passengers, all Papuans, were released unharmed. The TPNPB said it would hold the pilot until Papua is independent.",
 spans=[("the New Zealand pilot", 1, "abducted:1")]),
dict(dct="2024-06-04", fat=3,
 text="On 4 June 2024, a tribal war (perang suku) between two clans in Kwamki Narama (Mimika) flared again with bows and arrows; police said the dead numbered 3 and 10-12 were hit by arrows.",
 spans=[("3", 1, "killed:3"), ("10-12", 1, "injured:10-12")]),
]

WORD_L = r"(?<![\w])(?<!\d[,.])(?<!\d[-–])"
WORD_R = r"(?![\w])(?![,.]\d)(?![-–]\d)"


def find(text, surface, occ):
    pat = re.compile(WORD_L + re.escape(surface) + WORD_R)
    hits = [m.start() for m in pat.finditer(text)]
    if occ < 1 or occ > len(hits):
        raise SystemExit(f"surface {surface!r} occurrence {occ} not found ({len(hits)} hits) in: {text}")
    s = hits[occ - 1]
    return s, s + len(surface)


def build():
    recs = []
    bg = {}
    for i, it in enumerate(ITEMS, 1):
        rid = f"h9-{i:03d}"
        spans = []
        counted = 0
        for d in it["spans"]:
            surface, occ, value = d[0], d[1], d[2]
            flag = d[3] if len(d) > 3 else None
            s, e = find(it["text"], surface, occ)
            spans.append({"start": s, "end": e, "label": "CASUALTY", "text": surface, "value": value})
            if value.startswith("killed:") and flag != "bg":
                counted += 1
        spans.sort(key=lambda x: x["start"])
        recs.append({"id": rid, "text": it["text"], "dct": it["dct"], "layers": ["casualties"],
                     "spans": spans, "fatalities": it["fat"]})
        bg[rid] = counted
    return recs, bg


def check(recs, counted):
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", r["dct"]), r["id"]
        assert r["layers"] == ["casualties"]
        t = r["text"]
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(t), (r["id"], sp)
            assert t[s:e] == sp["text"], (r["id"], sp)
            assert not t[s].isspace() and not t[e - 1].isspace(), (r["id"], sp)
            assert s >= prev_end, ("overlap", r["id"], sp)
            prev_end = e
            assert sp["label"] == "CASUALTY"
            out, _, cnt = sp["value"].partition(":")
            assert out in OUTCOMES, (r["id"], sp)
            m = COUNT_RE.match(cnt)
            assert m, (r["id"], sp)
            if m.group(1):
                assert int(m.group(1)) < int(m.group(2)), (r["id"], sp)
        f = r["fatalities"]
        assert isinstance(f, int) and not isinstance(f, bool) and f >= 0, r["id"]
        if counted is not None:
            assert (f == 0) == (counted[r["id"]] == 0), ("fatalities vs killed spans", r["id"])
        else:
            has_killed = any(sp["value"].startswith("killed:") for sp in r["spans"])
            assert f == 0 or has_killed, r["id"]


def review(recs):
    for r in recs:
        t = r["text"]
        out, pos = [], 0
        for sp in r["spans"]:
            out.append(t[pos:sp["start"]])
            out.append(f"[{t[sp['start']:sp['end']]}|{sp['value']}]")
            pos = sp["end"]
        out.append(t[pos:])
        print(f"{r['id']} {r['dct']} toll={r['fatalities']}")
        print("  " + "".join(out))
        print()


def main():
    recs, counted = build()
    check(recs, counted)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        again = [json.loads(line) for line in fh]
    assert again == recs
    check(again, None)
    check(again, counted)
    if "--review" in sys.argv:
        review(again)
    else:
        from collections import Counter
        by_out = Counter(sp["value"].split(":")[0] for r in again for sp in r["spans"])
        forms = Counter()
        for r in again:
            for sp in r["spans"]:
                c = sp["value"].split(":")[1]
                forms["N-M" if "-" in c else (re.match(r"^\D*", c).group(0) or "N")] += 1
        zero = sum(1 for r in again if r["fatalities"] == 0)
        print(f"wrote {OUT}: {len(again)} items, {sum(len(r['spans']) for r in again)} spans")
        print("spans by outcome:", dict(by_out))
        print("spans by count form:", dict(forms))
        print(f"tolls: 0 -> {zero}, >0 -> {len(again) - zero}")
        print("items with no span:", sum(1 for r in again if not r["spans"]))


if __name__ == "__main__":
    main()
