#!/usr/bin/env python3
"""dev-tolls11: hand-written, hand-labelled DEVELOPMENT set (casualties layer + per-report toll).

The ITEMS list below is the source of truth. Each item is
    (id, dct, text, spans, fatalities)
and each span is (surface, occurrence, value) or (surface, occurrence, value, "bg").
`occurrence` counts case-sensitive whole-word matches of `surface` in `text` (1-based),
so "2" never matches inside "2024" or "1,200". "bg" marks a killed figure that is only
background (earlier event, running total, trial/protest subject, other country or year):
it is a span but stays out of `fatalities`.

    python3 build.py            # write tolls-dev11.jsonl and check it
    python3 build.py --review   # print every item with its spans in brackets
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev11.jsonl")

ITEMS = [
# ---------------- Somalia and Puntland ----------------
("b001", "2024-02-03",
 "On 3 February 2024, al-Shabaab militants detonated a roadside IED targeting a Somali National Army (SNA) convoy near Afgooye (Lower Shabelle region). Two soldiers were wounded and a technical was damaged. No fatalities reported.",
 [("Two soldiers", 1, "injured:2")], 0),
("b002", "2024-08-03",
 "MOGADISHU — A suicide bomber struck a busy tea shop near Lido beach on Friday evening, killing at least 9 people, police said. The bomber also died. The attack came less than two years after twin car bombs at the education ministry killed more than 120 people in October 2022, the deadliest blast in the capital since 2017.",
 [("at least 9 people", 1, "killed:>=9"), ("The bomber", 1, "killed:1"),
  ("more than 120 people", 1, "killed:>120", "bg")], 10),
("b003", "2023-10-14",
 "On 14 October 2023, residents and officials gathered at Zoobe junction in Mogadishu (Banadir) to commemorate the anniversary of the 2017 truck bombing that killed 587 people. Security was tight; no incidents were reported.",
 [("587 people", 1, "killed:587", "bg")], 0),
("b004", "2023-05-22",
 "On 22 May 2023, clan militias from the Habar Gidir and Abgaal sub-clans clashed over grazing land near Adale (Middle Shabelle). A clan elder was killed and 4 militiamen were injured. Local sources also reported 3 camels killed. Fatalities: 1.",
 [("A clan elder", 1, "killed:1"), ("4 militiamen", 1, "injured:4"), ("1", 1, "killed:1")], 1),
("b005", "2024-11-13",
 "BOSASO, Puntland — Gunmen believed to be linked to ISIS-Somalia kidnapped 3 aid workers and their driver on the road to Qandala on Tuesday, a regional official said. The Puntland Security Force (PSF) has launched a search. A PSF officer said the group had threatened to kill the hostages unless a ransom was paid.",
 [("3 aid workers", 1, "abducted:3"), ("their driver", 1, "abducted:1")], 0),
("b006", "2025-01-09",
 "On 9 January 2025, Puntland Defence Forces (PDF) backed by airstrikes attacked ISIS-Somalia positions in the Cal Miskaad mountains (Bari). Puntland officials said 27 militants were neutralised, while 2 PDF soldiers were killed and 7 wounded. ISIS-Somalia did not comment. Fatalities: 2.",
 [("27 militants", 1, "casualties:27"), ("2 PDF soldiers", 1, "killed:2"), ("7", 1, "injured:7"),
  ("2", 2, "killed:2")], 2),
("b007", "2024-04-15",
 "BAIDOA (Somali Guardian) - Security forces in Baidoa arrested 14 suspects on sunday after a grenade was thrown at a checkpoint , injuring no one. Officials said the suspects belonged to an al-shabaab cell that planned to kill local officials. Meanwhile health workers said a cholera outbreak had killed 46 people in Bay region since January.",
 [("46 people", 1, "killed:46", "bg")], 0),
("b008", "2024-03-17",
 "On 17 March 2024, al-Shabaab fighters attacked an SNA base in El Dher (Galgaduud). The SNA said 5 soldiers were killed and claimed 40 militants died in the counter-attack; al-Shabaab said it killed 30 soldiers. Source: Garowe Online; Somali state media.",
 [("5 soldiers", 1, "killed:5"), ("40 militants", 1, "killed:40"), ("30 soldiers", 1, "killed:30")], 45),
("b009", "2024-05-09",
 "Mogadishu: A military court on Wednesday sentenced 2 men to death over the 2019 bombing of a hotel in Kismayo that killed 26 people, including several journalists. The court acquitted a third defendant. Lawyers for the convicted men said they would appeal.",
 [("26 people", 1, "killed:26", "bg")], 0),
("b010", "2022-06-28",
 "On 28 June 2022, unidentified gunmen shot dead a khat trader in Bakaara market, Mogadishu (Banadir). The following morning the bodies of two more men with gunshot wounds were found near the market. Fatalities: 3.",
 [("a khat trader", 1, "killed:1"), ("two more men", 1, "killed:2"), ("3", 1, "killed:3")], 3),
# ---------------- Libya ----------------
("b011", "2025-05-12",
 "On 12 May 2025, clashes erupted in Tripoli between the Stability Support Apparatus (SSA) and the 444th Combat Brigade over control of the Abu Salim district. At least 6 people were killed, including 2 civilians, according to the Emergency Medicine Centre. Fatalities: 6.",
 [("At least 6 people", 1, "killed:>=6"), ("2 civilians", 1, "killed:2"), ("6", 2, "killed:6")], 6),
("b012", "2025-09-12",
 "DERNA, Libya — Residents of Derna marked two years since Storm Daniel on Thursday, laying flowers at the wreckage of the Wadi Derna dams. The 2023 flood killed more than 4,000 people and left thousands missing, according to UN figures. Local officials said the rebuilding of 3 bridges would finish next year.",
 [("more than 4,000 people", 1, "killed:>4000", "bg"), ("thousands", 1, "missing:>=2000")], 0),
("b013", "2024-08-04",
 "On 4 August 2024, an armed group fired RPGs at the house of a Government of National Unity (GNU) official in Tajoura (Tripoli). The house was damaged; the official and his family escaped unhurt. No casualties.",
 [], 0),
("b014", "2023-08-21",
 "TRIPOLI (Libya Observer) – A young man who was hit by a stray bullet during clashes in Janzour last week has died in hospital, his family said Sunday. Another 3 residents remain in hospital. Clashes in the same area a week earlier killed 2 fighters.",
 [("A young man", 1, "killed:1"), ("3 residents", 1, "injured:3"), ("2 fighters", 1, "killed:2", "bg")], 1),
("b015", "2024-02-19",
 "On 19 February 2024, a boat carrying migrants capsized off Zuwara (Nuqat al-Khams). The Libyan coast guard rescued 22 people; 15 others were reported missing. IOM said more than 900 migrants had died on the central Mediterranean route since January.",
 [("15 others", 1, "missing:15"), ("more than 900 migrants", 1, "killed:>900", "bg")], 0),
("b016", "2024-10-15",
 "Misrata court jails militia men over 2022 killings\nA court in Misrata on Monday sentenced four members of an armed group to life in prison for the killing of three young men at a checkpoint in 2022. Relatives of the victims, who gathered outside, said the sentence came too late.",
 [("three young men", 1, "killed:3", "bg")], 0),
("b017", "2023-01-30",
 "On 30 January 2023, unknown gunmen shot and wounded a Sudanese worker at a farm near Kufra (Kufra). A second worker escaped unhurt. The perpetrators fled with 2 vehicles. Fatalities: 0.",
 [("a Sudanese worker", 1, "injured:1")], 0),
("b018", "2024-06-09",
 "BENGHAZI — The Libyan National Army (LNA) said Saturday it had foiled a plot to bomb a mosque during Friday prayers and arrested 6 men, including a foreign national. An LNA spokesman said the cell had planned to kill dozens of worshippers. No explosives went off.",
 [], 0),
("b019", "2022-09-07",
 "On 7 September 2022, fighting between the Zawiya Martyrs brigade and a rival militia in Zawiya (Zawiya) killed 4 or 5 people and wounded over 10, according to local media. Fatalities: 4.",
 [("4 or 5 people", 1, "killed:4-5"), ("over 10", 1, "injured:>10"), ("4", 2, "killed:4")], 4),
("b020", "2023-03-09",
 "Sirte, Libya: two children were hurt when an old landmine exploded on farmland south of Sirte on Wednesday, the Libyan Mine Action Centre said. Mines and unexploded ordnance left from the 2016 battle against Islamic State have killed at least 140 civilians in the area, it added.",
 [("two children", 1, "injured:2"), ("at least 140 civilians", 1, "killed:>=140", "bg")], 0),
# ---------------- Syria after December 2024 ----------------
("b021", "2025-03-07",
 "On 7 March 2025, armed groups affiliated with the transitional government's security forces killed 38 Alawite civilians, including 6 women, in the village of Al-Mukhtariya (Latakia). SOHR reported 52 killed in the village. Figures vary between sources.",
 [("38 Alawite civilians", 1, "killed:38"), ("6 women", 1, "killed:6"), ("52", 1, "killed:52")], 38),
("b022", "2025-06-11",
 "DAMASCUS — Thousands of displaced families have returned to the Homs countryside since the fall of Bashar al-Assad in December 2024, the UN said on Tuesday. The 13-year war killed an estimated 500,000 people, according to monitors, and millions remain displaced. Aid agencies warned of unexploded shells in 3 districts.",
 [("an estimated 500,000 people", 1, "killed:~500000", "bg")], 0),
("b023", "2025-07-21",
 "On 21 July 2025, Bedouin tribal fighters abducted 11 Druze men from the town of Al-Mazraa (As-Sweida). Local sources said the men were taken to an unknown location.",
 [("11 Druze men", 1, "abducted:11")], 0),
("b024", "2025-01-12",
 "Manbij, Syria (Hawar news) — Fighting between the Syrian Democratic Forces (SDF) and Turkish-backed factions near the Tishreen Dam killed 9 fighters from the factions and 3 SDF members on Saturday, a war monitor said. A drone strike on a civilian convoy headed to the dam a week earlier killed 2 people.",
 [("9 fighters", 1, "killed:9"), ("3 SDF members", 1, "killed:3"), ("2 people", 1, "killed:2", "bg")], 12),
("b025", "2025-02-02",
 "On 2 February 2025, General Security forces raided a hideout of Assad-era militiamen in Jableh (Latakia) and arrested 7 men. Two gunmen were neutralised, according to the Interior Ministry. A weapons depot containing 40 rifles was seized.",
 [("Two gunmen", 1, "casualties:2")], 0),
("b026", "2025-02-04",
 "Car bomb kills 5 in Manbij\nMANBIJ, Feb 3 — A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij on Monday, killing four women and a man, local officials said. Nine more people were injured. It was the deadliest attack in the city since a bombing in the same area killed 20 people in early January.",
 [("5", 1, "killed:5"), ("four women", 1, "killed:4"), ("a man", 1, "killed:1"),
  ("Nine more people", 1, "injured:9"), ("20 people", 1, "killed:20", "bg")], 5),
("b027", "2025-08-25",
 "DAMASCUS — A documentary about the 2013 chemical attack on Ghouta, which killed more than 1,400 people, premiered at a Damascus cinema on Sunday, its first public screening inside Syria. The director said she had interviewed 30 survivors.",
 [("more than 1,400 people", 1, "killed:>1400", "bg")], 0),
("b028", "2025-03-15",
 "On 15 March 2025, unidentified gunmen opened fire on a car near Baniyas (Tartous), wounding a father and his son. The son died of his wounds the next day. On 16 March, the body of a shepherd was found nearby. Fatalities: 2.",
 [("a father", 1, "injured:1"), ("his son", 1, "injured:1"), ("The son", 1, "killed:1"),
  ("a shepherd", 1, "killed:1"), ("2", 1, "killed:2")], 2),
("b029", "2025-05-09",
 "Suwayda governor escapes assassination attempt\nAS-SUWAYDA — The governor of Suwayda escaped unhurt on Thursday when a roadside bomb exploded as his convoy passed through the city, state media said. Two bodyguards were lightly injured. A similar bomb killed a local police chief in the province last October.",
 [("Two bodyguards", 1, "injured:2"), ("a local police chief", 1, "killed:1", "bg")], 0),
("b030", "2025-07-14",
 "On 14 July 2025, clashes between Druze armed groups and Bedouin tribal fighters in Al-Masra and Tha'la (As-Sweida) killed at least 30 people, among them 4 children, according to the Ministry of Interior. Several houses were burned. Fatalities: 30.",
 [("at least 30 people", 1, "killed:>=30"), ("4 children", 1, "killed:4"), ("30", 2, "killed:30")], 30),
# ---------------- Iraq and Iraqi Kurdistan ----------------
("b031", "2023-04-11",
 "On 11 April 2023, suspected ISIS militants fired mortar rounds at a Popular Mobilisation Forces (PMF) post near Tuz Khurmatu (Salah al-Din). The rounds fell in an empty field and no one was hurt. PMF units combed the area without finding the attackers.",
 [], 0),
("b032", "2024-06-19",
 "ERBIL, Iraq — A drone struck a vehicle near the town of Sidakan in Iraqi Kurdistan on Tuesday, killing three members of the PKK and a civilian driver, the local mayor said. Turkey's defence ministry said its forces had neutralised 7 terrorists in northern Iraq over the past week.",
 [("three members", 1, "killed:3"), ("a civilian driver", 1, "killed:1"), ("7 terrorists", 1, "casualties:7")], 4),
("b033", "2024-06-05",
 "On 5 June 2024, a court in Baghdad sentenced 3 men to death over the Camp Speicher massacre of June 2014, in which ISIS killed around 1,700 air force cadets. Families of the victims attended the hearing.",
 [("around 1,700 air force cadets", 1, "killed:~1700", "bg")], 0),
("b034", "2023-11-19",
 "KIRKUK (Shafaq News) - A roadside bomb left over from the war against ISIS exploded under a sheep herd in Wadi al-Shay, 20 km south of Kirkuk, on Saturday, killing some 35 sheep. The shepherd, a man in his 60s, escaped unhurt, police said.",
 [], 0),
("b035", "2022-12-20",
 "On 20 December 2022, ISIS militants ambushed a federal police patrol near Rashad (Kirkuk) with an IED and small arms fire, killing 9 policemen and wounding 2 others. One of the wounded later died in hospital. Fatalities: 10.",
 [("9 policemen", 1, "killed:9"), ("2 others", 1, "injured:2"), ("One", 1, "killed:1"), ("10", 1, "killed:10")], 10),
("b036", "2024-08-15",
 "BAGHDAD — Iraqi counter-terrorism forces arrested an ISIS 'wali' and 4 aides in Anbar on Wednesday, foiling what officials called a plan to kill pilgrims during Arbaeen. In neighbouring Syria, a bombing near the Sayyida Zeinab shrine killed 6 people last year.",
 [("6 people", 1, "killed:6", "bg")], 0),
("b037", "2023-08-23",
 "On 23 August 2023, a Turkish drone struck a car in Sinun (Ninewa), wounding a YBS commander and two other fighters. YBS sources said all three survived.",
 [("a YBS commander", 1, "injured:1"), ("two other fighters", 1, "injured:2")], 0),
("b038", "2024-10-22",
 "Rockets hit Ain al-Asad base, no casualties\nANBAR — Two rockets landed inside Ain al-Asad air base in western Iraq late on Monday, damaging a hangar, a security source said. There were no casualties, the source added. A drone strike on a base in Jordan killed 3 U.S. soldiers in January 2024.",
 [("3 U.S. soldiers", 1, "killed:3", "bg")], 0),
("b039", "2024-10-09",
 "On 9 October 2024, unidentified gunmen shot dead a local mukhtar and his brother in front of their house in Al-Muqdadiya (Diyala) in an apparent tribal dispute. Police arrested 2 suspects. Fatalities: 2.",
 [("a local mukhtar", 1, "killed:1"), ("his brother", 1, "killed:1"), ("2", 2, "killed:2")], 2),
("b040", "2025-07-05",
 "SULAIMANI — A drone hit a storage tank at the Khor Mor gas field in the Kurdistan Region on Friday, setting it ablaze and cutting power across the region, officials said. All 40 workers on site were evacuated safely. An attack on the same field in April 2024 killed 4 Yemeni workers.",
 [("4 Yemeni workers", 1, "killed:4", "bg")], 0),
# ---------------- Yemen and the Red Sea ----------------
("b041", "2023-11-18",
 "On 18 November 2023, Houthi forces shelled residential areas in Taiz city (Taiz), killing a child and injuring his mother and 2 siblings. 1 fatality reported.",
 [("a child", 1, "killed:1"), ("his mother", 1, "injured:1"), ("2 siblings", 1, "injured:2"),
  ("1 fatality", 1, "killed:1")], 1),
("b042", "2024-06-10",
 "ADEN, Yemen (AP) — A missile launched by Yemen's Houthi rebels struck a Liberian-flagged bulk carrier in the Red Sea on Sunday, causing a fire, but all 21 crew members escaped unhurt, the British military's UKMTO centre said. In March, a Houthi missile killed 3 sailors aboard the True Confidence, the first deaths of the campaign.",
 [("3 sailors", 1, "killed:3", "bg")], 0),
("b043", "2025-04-18",
 "On 18 April 2025, US airstrikes hit the Ras Isa fuel port (Al Hudaydah). The Houthi-run health ministry said 80 people were killed and 150 injured; a medical source in Hodeidah put the toll at 58.",
 [("80 people", 1, "killed:80"), ("150", 1, "injured:150"), ("58", 1, "killed:58")], 58),
("b044", "2025-11-23",
 "SANAA — A Houthi-run court in Sanaa on Saturday sentenced 17 people to death for allegedly spying for the United States and Israel, the group's Saba news agency reported. Rights groups said the trials were unfair. The Houthis have executed at least 9 people on similar charges since 2021.",
 [("at least 9 people", 1, "killed:>=9", "bg")], 0),
("b045", "2022-01-21",
 "On 21 January 2022, Saudi-led coalition airstrikes hit a temporary detention centre in Saada city (Saada), killing at least 70 detainees and wounding over 130 others, according to MSF. Houthi officials reported 91 killed. Fatalities: 70.",
 [("at least 70 detainees", 1, "killed:>=70"), ("over 130 others", 1, "injured:>130"),
  ("91", 1, "killed:91"), ("70", 2, "killed:70")], 70),
("b046", "2023-06-16",
 "HODEIDAH, Yemen — A landmine wounded three fishermen on a beach south of Hodeidah on Thursday, local medics said, one of them seriously. Aid groups say mines have killed or maimed more than 3,000 civilians in the province since 2018, while cholera killed 258 people across Yemen last year.",
 [("three fishermen", 1, "injured:3"), ("more than 3,000 civilians", 1, "casualties:>3000"),
  ("258 people", 1, "killed:258", "bg")], 0),
("b047", "2024-06-06",
 "On 6 June 2024, Houthi forces abducted at least 13 UN staff members in Sanaa, Hodeidah and Saada (Yemen). The UN called for their immediate release.",
 [("at least 13 UN staff members", 1, "abducted:>=13")], 0),
("b048", "2025-07-22",
 "Israeli strikes on Hodeidah port kill 3\nHODEIDAH, July 21 — Israeli warplanes struck the port of Hodeidah and a power station on Monday, killing three port workers and wounding 87 people, the Houthi-run health ministry said. An earlier Israeli raid on the port in July 2024 killed 6 people.",
 [("3", 1, "killed:3"), ("three port workers", 1, "killed:3"), ("87 people", 1, "injured:87"),
  ("6 people", 1, "killed:6", "bg")], 3),
("b049", "2022-03-02",
 "On 2 March 2022, Houthi forces attacked Government of Yemen positions in Harib district (Marib). Pro-government sources said 22 Houthi fighters (including a field commander) were killed and 5 soldiers died in the fighting; the Houthis gave no figure. Fatalities: 27.",
 [("22 Houthi fighters", 1, "killed:22"), ("a field commander", 1, "killed:1"), ("5 soldiers", 1, "killed:5"),
  ("27", 1, "killed:27")], 27),
("b050", "2024-09-11",
 "ADEN — Three Yemeni coast guard sailors are missing after their patrol boat came under fire near Bab al-Mandab on Tuesday, the government said. A fourth sailor was rescued with burns. Officials blamed the Houthis, who denied any role.",
 [("Three Yemeni coast guard sailors", 1, "missing:3"), ("A fourth sailor", 1, "injured:1")], 0),
# ---------------- Pakistan: Khyber Pakhtunkhwa and Balochistan ----------------
("b051", "2025-03-11",
 "On 11 March 2025, BLA militants hijacked the Jaffar Express passenger train near Mashkaf (Bolan, Balochistan). The military said 26 hostages were killed, including 18 security personnel, and 33 attackers were killed in the rescue operation; the BLA claimed over 100 hostages died. Fatalities: 59.",
 [("26 hostages", 1, "killed:26"), ("18 security personnel", 1, "killed:18"), ("33 attackers", 1, "killed:33"),
  ("over 100 hostages", 1, "killed:>100"), ("59", 1, "killed:59")], 59),
("b052", "2024-05-15",
 "PESHAWAR (Dawn) — A polio vaccination team escaped unhurt when unidentified motorcyclists opened fire on them in Bannu district on Tuesday, police said. The constable escorting the team returned fire and the attackers fled. More than 100 polio workers have been killed in Pakistan since 2012.",
 [("More than 100 polio workers", 1, "killed:>100", "bg")], 0),
("b053", "2024-09-02",
 "On 2 September 2024, TTP militants attacked a police checkpost in Lakki Marwat (Khyber Pakhtunkhwa) with rockets and small arms. 3-4 policemen were injured. The TTP claimed the attack on social media. Fatalities: 0.",
 [("3-4 policemen", 1, "injured:3-4")], 0),
("b054", "2024-12-17",
 "PESHAWAR — Families of the 147 people, most of them schoolchildren, killed in the 2014 Army Public School attack gathered in Peshawar on Monday to mark its tenth anniversary. Students laid wreaths in the school's auditorium.",
 [("147 people", 1, "killed:147", "bg")], 0),
("b055", "2023-05-19",
 "On 19 May 2023, Counter Terrorism Department (CTD) personnel raided a hideout in Mastung (Balochistan) and arrested 5 suspected BLA militants with explosives. CTD said 2 militants were 'neutralised' in an exchange of fire. No CTD casualties.",
 [("2 militants", 1, "casualties:2")], 0),
("b056", "2024-10-13",
 "QUETTA — Gunmen killed 7 labourers from Punjab at a construction site in Kech district of Balochistan on Saturday, officials said, in the latest attack on non-local workers. The gunmen checked the men's identity cards before opening fire. A chowkidar guarding the site was wounded. In a similar attack last year, 9 passengers from Punjab were taken off a bus and shot dead in Noshki.",
 [("7 labourers", 1, "killed:7"), ("A chowkidar", 1, "injured:1"), ("9 passengers", 1, "killed:9", "bg")], 7),
("b057", "2025-01-24",
 "On 24 January 2025, unidentified militants set fire to 3 trucks and a levies check post in Panjgur (Balochistan). Two levies personnel sustained injuries. Fatalities: 0.",
 [("Two levies personnel", 1, "injured:2")], 0),
("b058", "2025-02-28",
 "Suicide blast at Nowshera seminary kills 6\nNOWSHERA, Feb 28 — A suicide bomber blew himself up at a seminary in Akora Khattak after Friday prayers, killing 6 people including the seminary's deputy head, police said. Officials said the bomber was among the dead. At least 15 worshippers were wounded.",
 [("6", 1, "killed:6"), ("6 people", 1, "killed:6"), ("the seminary's deputy head", 1, "killed:1"),
  ("the bomber", 1, "killed:1"), ("At least 15 worshippers", 1, "injured:>=15")], 6),
("b059", "2024-07-08",
 "On 8 July 2024, militants abducted 2 customs officials and a driver on the Dera Ismail Khan–Zhob road (Khyber Pakhtunkhwa). The kidnappers reportedly threatened to behead the hostages. The driver was released the next day.",
 [("2 customs officials", 1, "abducted:2"), ("a driver", 1, "abducted:1")], 0),
("b060", "2025-04-07",
 "BANNU — A bomb disposal squad defused a 5-kg device planted near the Bannu cantonment on Sunday, police said. Officials said the militants had hoped to kill soldiers returning from leave. Last month a car bomb attack on the cantonment killed 18 people, including 5 soldiers.",
 [("18 people", 1, "killed:18", "bg"), ("5 soldiers", 1, "killed:5", "bg")], 0),
# ---------------- Afghanistan after 2021 ----------------
("b061", "2024-09-02",
 "On 2 September 2024, an IS-K suicide bomber detonated explosives in the Qala-e-Bakhtiar area of Kabul city (Kabul), killing 6 civilians and wounding 13 others, according to Taliban police. The bomber also died. IS-K claimed 45 casualties. Fatalities: 7.",
 [("6 civilians", 1, "killed:6"), ("13 others", 1, "injured:13"), ("The bomber", 1, "killed:1"),
  ("45 casualties", 1, "casualties:45"), ("7", 1, "killed:7")], 7),
("b062", "2024-05-22",
 "KABUL — Taliban authorities said Tuesday they had detained 4 men accused of plotting attacks on Shiite mosques in Herat. A spokesman said the men had planned to kill worshippers during Muharram. Separately, the disaster ministry said flash floods in Baghlan had killed scores of people this month.",
 [("scores of people", 1, "killed:>=40", "bg")], 0),
("b063", "2023-06-14",
 "On 14 June 2023, National Resistance Front (NRF) fighters clashed with Taliban forces in Abshar valley (Panjshir). The NRF claimed 12 Taliban fighters were killed, wounded or captured; the Taliban denied that any clash took place.",
 [("12 Taliban fighters", 1, "casualties:12")], 0),
("b064", "2023-02-20",
 "TORKHAM — Pakistani and Taliban border forces exchanged fire at the Torkham crossing for several hours on Monday, wounding 3 Afghan border guards and a Pakistani soldier, officials on both sides said. Dozens of trucks were stranded and a donkey was killed by a stray mortar round.",
 [("3 Afghan border guards", 1, "injured:3"), ("a Pakistani soldier", 1, "injured:1")], 0),
("b065", "2022-03-03",
 "On 3 March 2022, unidentified gunmen shot dead Abdul Rahim Hotak outside his house in Kandahar city (Kandahar). Local sources said Hotak had worked for the former government's intelligence service.",
 [], 0),
("b066", "2022-04-21",
 "MAZAR-I-SHARIF, April 21 (Reuters) — A bomb ripped through a Shi'ite mosque in Mazar-i-Sharif during midday prayers on Thursday, killing 31 worshippers and wounding 87, a Taliban spokesman said. Islamic State claimed responsibility. Hospital officials said the dead numbered 33.",
 [("31 worshippers", 1, "killed:31"), ("87", 1, "injured:87"), ("33", 1, "killed:33")], 31),
("b067", "2023-06-28",
 "KABUL — The UN mission in Afghanistan said on Tuesday that 1,095 civilians had been killed and 2,679 wounded in attacks since the Taliban takeover in August 2021, most of them by IS-K bombs.",
 [("1,095 civilians", 1, "killed:1095", "bg"), ("2,679", 1, "injured:2679")], 0),
("b068", "2023-01-10",
 "On 10 January 2023, Taliban fighters killed a former ANA soldier and his nephew in Khost city (Khost) after detaining them at a checkpoint. Sources said the former soldier had been tortured. Fatalities: 2.",
 [("a former ANA soldier", 1, "killed:1"), ("his nephew", 1, "killed:1"), ("2", 1, "killed:2")], 2),
("b069", "2024-03-02",
 "KABUL — A mobile game that lets players re-enact the 2021 Kabul airport bombing, in which 170 Afghans and 13 US troops were killed, was removed from app stores after complaints, its developer said Friday.",
 [("170 Afghans", 1, "killed:170", "bg"), ("13 US troops", 1, "killed:13", "bg")], 0),
("b070", "2024-12-24",
 "On 24 December 2024, Pakistani military aircraft struck suspected TTP hideouts in Barmal district (Paktika). Taliban officials said 46 people, mostly women and children, were killed; Pakistani sources said only militants were targeted and put the dead at 20. Fatalities: 20.",
 [("46 people", 1, "killed:46"), ("20", 1, "killed:20"), ("20", 2, "killed:20")], 20),
# ---------------- Mexico ----------------
("b071", "2024-10-15",
 "On 15 October 2024, members of the Los Chapitos faction of the Sinaloa Cartel clashed with La Mayiza gunmen in Culiacan (Sinaloa). Authorities later found the bodies of 5 men, 2 of them with signs of torture, in a vehicle abandoned on the Mexico 15 highway. Fatalities: 5.",
 [("5 men", 1, "killed:5"), ("2", 1, "killed:2"), ("5", 2, "killed:5")], 5),
("b072", "2023-09-03",
 "CELAYA, Gto. — Gunmen opened fire on a bar in the Las Insurgentes neighbourhood on Saturday night, injuring 8 people, municipal police said. Among the wounded was a 17-year old waiter. Guanajuato led Mexico in homicides last year with more than 3,000 murders.",
 [("8 people", 1, "injured:8"), ("a 17-year old waiter", 1, "injured:1"),
  ("more than 3,000 murders", 1, "killed:>3000", "bg")], 0),
("b073", "2023-06-05",
 "On 5 June 2023, CJNG members dropped explosives from drones on the community of El Aguaje, Aguililla (Michoacan), killing 12 goats and injuring a female farmworker (jornalera) and 3 National Guard members. 2 homes were destroyed. Fatalities: 0.",
 [("a female farmworker", 1, "injured:1"), ("3 National Guard members", 1, "injured:3")], 0),
("b074", "2025-04-17",
 "MEXICO CITY — A federal judge ordered the release of 8 soldiers held over the 2014 disappearance of 43 students from the Ayotzinapa teachers' college, prompting protests by the students' parents on Wednesday. Remains of only 3 of the students have been identified.",
 [("43 students", 1, "missing:43"), ("3", 1, "killed:3", "bg")], 0),
("b075", "2024-06-10",
 "On 10 June 2024, armed men attacked a family gathering in Tarimoro (Guanajuato), killing between 7 and 9 people according to different reports; the state prosecutor confirmed 7 dead. Two minors were among the injured.",
 [("between 7 and 9 people", 1, "killed:7-9"), ("7", 2, "killed:7"), ("Two minors", 1, "injured:2")], 7),
("b076", "2025-08-02",
 "CULIACÁN, Sin. - Sinaloa's state prosecutor said Friday that 1,100 people had been killed in the state since the internal war in the Sinaloa Cartel began in September 2024, and more than 1,300 reported missing. Schools in Culiacan reopened after a week's closure.",
 [("1,100 people", 1, "killed:1100", "bg"), ("more than 1,300", 1, "missing:>1300")], 0),
("b077", "2023-02-28",
 "On 28 February 2023, gunmen of Carteles Unidos ambushed a patrol of the Michoacan state police near Tepalcatepec (Michoacan), killing 4 officers and injuring 2. One of the attackers was killed in the exchange of fire, police said. Fatalities: 5.",
 [("4 officers", 1, "killed:4"), ("2", 1, "injured:2"), ("One", 1, "killed:1"), ("5", 1, "killed:5")], 5),
("b078", "2024-01-18",
 "URUAPAN, Mich. — Avocado growers in Uruapan said armed men burned 2 packing houses and killed about 60 head of cattle on a ranch near Tancítaro overnight, in what they called extortion-related retaliation. No people were harmed, state police said.",
 [], 0),
("b079", "2025-08-08",
 "On 8 August 2025, armed men abducted 7 workers of a mining company in Concordia (Sinaloa). Family members reported them missing two days later. The State Prosecutor's Office opened an investigation for disappearance.",
 [("7 workers", 1, "abducted:7")], 0),
("b080", "2024-05-20",
 "IRAPUATO, Gto. — Three street vendors were shot dead at a tianguis (open-air market) in Irapuato on Sunday morning, municipal authorities said, and a fourth man died later at the Red Cross clinic. The attack came a week after gunmen killed 12 people at a street party in the same city.",
 [("Three street vendors", 1, "killed:3"), ("a fourth man", 1, "killed:1"), ("12 people", 1, "killed:12", "bg")], 4),
# ---------------- Colombia ----------------
("b081", "2025-01-16",
 "On 16 January 2025, ELN fighters attacked FARC dissidents of the 33rd Front and civilians accused of collaborating with them in Tibu and Teorama (Norte de Santander). The Defensoria reported at least 80 people killed, including 7 former FARC combatants who had signed the peace deal; the governor's office put the toll at 60 the next day.",
 [("at least 80 people", 1, "killed:>=80"), ("7 former FARC combatants", 1, "killed:7"), ("60", 1, "killed:60")], 60),
("b082", "2024-03-14",
 "ARAUCA, Colombia — ELN guerrillas kidnapped 2 soldiers and a police intelligence officer on a rural road in Arauca department on Wednesday, the army said. The ELN has held at least 30 hostages since the start of the year, according to the Ombudsman's office.",
 [("2 soldiers", 1, "abducted:2"), ("a police intelligence officer", 1, "abducted:1"),
  ("at least 30 hostages", 1, "abducted:>=30")], 0),
("b083", "2023-05-09",
 "On 9 May 2023, a landmine planted by FARC dissidents of the Estado Mayor Central (EMC) exploded in a rural area of Argelia (Cauca), wounding 1 soldier. A mule carrying supplies was killed. Fatalities: 0.",
 [("1 soldier", 1, "injured:1")], 0),
("b084", "2025-02-15",
 "POPAYAN (El Tiempo) – An indigenous guard of the Nasa people was shot dead by presumed FARC dissidents in Toribio, Cauca, on Friday, the Regional Indigenous Council of Cauca (CRIC) said. He was the 3rd indigenous guard killed in the municipality this year. Indepaz says 173 social leaders were murdered in Colombia in 2024.",
 [("An indigenous guard", 1, "killed:1"), ("173 social leaders", 1, "killed:173", "bg")], 1),
("b085", "2022-10-22",
 "On 22 October 2022, the Colombian Army clashed with members of the Segunda Marquetalia in Puerto Asis (Putumayo). The army reported 3 dissidents captured and one soldier wounded. The group later threatened to kill soldiers' relatives in the area.",
 [("one soldier", 1, "injured:1")], 0),
("b086", "2024-07-10",
 "BOGOTA — Colombia's transitional justice court (JEP) on Tuesday charged 10 former army officers over the killing of at least 120 civilians who were presented as guerrillas slain in combat between 2002 and 2008, the so-called false positives.",
 [("at least 120 civilians", 1, "killed:>=120", "bg")], 0),
("b087", "2023-12-03",
 "On 3 December 2023, unidentified armed men killed 4 young people, two of them minors, at a billiards hall in Tulua (Valle del Cauca). Indepaz condemned the killing of the four young people, the 90th massacre of the year. Fatalities: 4.",
 [("4 young people", 1, "killed:4"), ("two", 1, "killed:2"), ("four young people", 1, "killed:4"),
  ("4", 2, "killed:4")], 4),
("b088", "2025-02-10",
 "CUCUTA — More than 50,000 people have fled the Catatumbo region since January, the government said on Monday, as the ELN warned it would kill anyone collaborating with dissident groups. Authorities have set up 6 shelters in Cucuta.",
 [], 0),
("b089", "2024-04-15",
 "On 15 April 2024, EMC dissidents fired improvised 'tatuco' mortars at the police station of Jamundi (Valle del Cauca). No one was killed; 3 houses were damaged and fewer than 5 officers were treated for hearing injuries, police said.",
 [("fewer than 5 officers", 1, "injured:<=4")], 0),
("b090", "2024-05-22",
 "CALI — A motorcycle bomb exploded near a police station in Suárez, Cauca, on Tuesday, killing a 10-year-old boy and a patrolman and wounding 6 others, police said. It was the third bomb in the department in a week; an earlier one in Morales wounded 12 people.",
 [("a 10-year-old boy", 1, "killed:1"), ("a patrolman", 1, "killed:1"), ("6 others", 1, "injured:6"),
  ("12 people", 1, "injured:12")], 2),
# ---------------- Nigeria: north-west and north-central ----------------
("b091", "2022-01-06",
 "On 6 January 2022, bandits led by Bello Turji attacked villages in Anka and Bukkuyum LGAs (Zamfara), killing at least 58 villagers. Local sources put the toll at as many as 200. Fatalities: 58.",
 [("at least 58 villagers", 1, "killed:>=58"), ("as many as 200", 1, "killed:<=200"), ("58", 2, "killed:58")], 58),
("b092", "2024-02-26",
 "MAKURDI (Daily Trust) - Suspected herdsmen abducted a Catholic priest and 2 seminarians in Otukpo LGA of Benue State on Sunday night, police said. A vigilante who tried to stop them was wounded by gunshot. Benue has lost hundreds of lives to attacks in the past year.",
 [("a Catholic priest", 1, "abducted:1"), ("2 seminarians", 1, "abducted:2"), ("A vigilante", 1, "injured:1"),
  ("hundreds of lives", 1, "killed:>=200", "bg")], 0),
("b093", "2025-04-13",
 "On 13 April 2025, gunmen suspected to be Fulani militia attacked Zike village in Bassa LGA (Plateau), killing 51 people, mostly women and children. A further 2 villagers died from their injuries in hospital on 15 April. Fatalities: 53.",
 [("51 people", 1, "killed:51"), ("2 villagers", 1, "killed:2"), ("53", 1, "killed:53")], 53),
("b094", "2023-08-17",
 "GUSAU — Troops of Operation Fansan Yamma said on Thursday they had neutralised 17 bandits and rescued 25 kidnapped victims in Tsafe LGA of Zamfara state during a week of operations. Eleven suspected collaborators were arrested.",
 [("17 bandits", 1, "casualties:17"), ("25 kidnapped victims", 1, "abducted:25")], 0),
("b095", "2023-08-02",
 "On 2 August 2023, bandits raided Unguwar Rimi village (Kaduna) and rustled about 150 cattle. Residents fled into the bush; no casualties were recorded. Two houses were set ablaze.",
 [], 0),
("b096", "2025-06-14",
 "MAKURDI — Gunmen attacked Yelewata town in Guma LGA overnight, killing at least 43 displaced farmers sheltering in the market square, local officials said on Saturday. Amnesty International put the toll at about 100.",
 [("at least 43 displaced farmers", 1, "killed:>=43"), ("about 100", 1, "killed:~100")], 43),
("b097", "2024-09-19",
 "On 19 September 2024, students of Federal University Gusau protested in Gusau (Zamfara) over the killing of 2 students by bandits the previous week, blocking the Gusau–Funtua road. Police dispersed the crowd with tear gas; 1 student was injured.",
 [("2 students", 1, "killed:2", "bg"), ("1 student", 1, "injured:1")], 0),
("b098", "2025-08-20",
 "KATSINA — Bandits attacked worshippers at a mosque in Unguwan Mantau, Malumfashi LGA during dawn prayers on Tuesday and abducted at least 40 people, residents said. The state government said 13 of them had been rescued by Wednesday and 3 were treated for gunshot wounds. Relatives said the bandits threatened to kill the captives if a ransom of 50 million naira was not paid.",
 [("at least 40 people", 1, "abducted:>=40"), ("3", 1, "injured:3")], 0),
("b099", "2024-03-04",
 "On 4 March 2024, gunmen shot dead Haruna Danjuma on his farm near Kauru (Kaduna). Danjuma's wife, Ladi, escaped unhurt.",
 [], 0),
("b100", "2024-03-27",
 "KADUNA — Two years after bandits attacked the Abuja-Kaduna train, killing 8 passengers and kidnapping more than 60, relatives of the victims called on the government on Tuesday to compensate survivors. Train services on the route resumed in December 2022.",
 [("8 passengers", 1, "killed:8", "bg"), ("more than 60", 1, "abducted:>60")], 0),
# ---------------- Sahel: Mali, Burkina Faso, Niger ----------------
("b101", "2024-08-24",
 "On 24 August 2024, JNIM militants attacked civilians and VDP members digging trenches in Barsalogho (Sanmatenga, Centre-Nord), killing at least 200 people according to local sources. JNIM claimed to have killed 300 VDP fighters, while a UN estimate put the toll at around 400. Fatalities: 200.",
 [("at least 200 people", 1, "killed:>=200"), ("300 VDP fighters", 1, "killed:300"), ("around 400", 1, "killed:~400"),
  ("200", 2, "killed:200")], 200),
("b102", "2022-07-22",
 "BAMAKO — Malian troops repelled an attack on a military camp in Kati early on Friday, the army said in a statement, adding that all the attackers had been 'neutralised' and that there were no losses among soldiers. The junta said the situation was under control.",
 [], 0),
("b103", "2022-03-27",
 "On 27 March 2022, FAMa and foreign military personnel (Wagner Group) killed around 300 men in Moura (Djenne, Mopti) during a multi-day operation, according to HRW. The Malian army said 203 militants were neutralised and 51 arrested. Fatalities: 300.",
 [("around 300 men", 1, "killed:~300"), ("203 militants", 1, "casualties:203"), ("300", 2, "killed:300")], 300),
("b104", "2025-06-02",
 "NIAMEY — Gunmen wounded 4 soldiers and kidnapped a Swiss aid worker in Agadez on Sunday, security sources said. Niger's army lost at least 29 soldiers in a single ambush near Tahoua in March 2025.",
 [("4 soldiers", 1, "injured:4"), ("a Swiss aid worker", 1, "abducted:1"), ("at least 29 soldiers", 1, "killed:>=29", "bg")], 0),
("b105", "2025-03-21",
 "On 21 March 2025, IS Sahel militants attacked a mosque in Fambita (Tillaberi) during Friday prayers, killing 44 civilians and wounding 13, according to Niger's government. Local sources reported 71 dead. Fatalities: 44.",
 [("44 civilians", 1, "killed:44"), ("13", 1, "injured:13"), ("71", 1, "killed:71"), ("44", 2, "killed:44")], 44),
("b106", "2025-04-24",
 "OUAGADOUGOU — A rights group on Thursday called for a trial over the killing of at least 156 villagers in Karma in April 2023, saying no one had been charged two years on. The government has denied that soldiers were responsible.",
 [("at least 156 villagers", 1, "killed:>=156", "bg")], 0),
("b107", "2024-02-11",
 "On 11 February 2024, JNIM militants set fire to 3 trucks and a bus on the Segou–San road near Markala (Segou). Passengers were forced off and their phones seized; the drivers were released unharmed. JNIM had threatened to kill drivers who broke its blockade.",
 [], 0),
("b108", "2023-02-16",
 "DJIBO — At least 12 soldiers and 3 VDP auxiliaries were killed when jihadists ambushed a supply convoy near Djibo on wednesday , security sources said. ''More than 20 of our men died'', one officer told AFP, a figure that could not be verified. The army said it killed dozens of the assailants.",
 [("At least 12 soldiers", 1, "killed:>=12"), ("3 VDP auxiliaries", 1, "killed:3"), ("More than 20", 1, "killed:>20"),
  ("dozens", 1, "killed:>=24")], 39),
("b109", "2023-10-05",
 "On 5 October 2023, the Malian army said it had neutralised about 20 terrorists in airstrikes near Bourem (Gao) and that 2 soldiers had been wounded. JNIM did not comment.",
 [("about 20 terrorists", 1, "casualties:~20"), ("2 soldiers", 1, "injured:2")], 0),
("b110", "2024-07-16",
 "TILLABERI — Two soldiers were wounded when their vehicle hit a landmine near Ayorou on Monday, the defence ministry said. Attacks in the Tillaberi region have killed more than 1,200 people since the July 2023 coup, according to ACLED data.",
 [("Two soldiers", 1, "injured:2"), ("more than 1,200 people", 1, "killed:>1200", "bg")], 0),
# ---------------- eastern DR Congo ----------------
("b111", "2025-07-27",
 "On 27 July 2025, ADF militants attacked a Catholic church in Komanda (Irumu, Ituri) during a night vigil, killing at least 38 worshippers. MONUSCO later reported 43 killed, including 9 children. Fatalities: 38.",
 [("at least 38 worshippers", 1, "killed:>=38"), ("43", 1, "killed:43"), ("9 children", 1, "killed:9"),
  ("38", 2, "killed:38")], 38),
("b112", "2025-04-22",
 "GOMA — Schools in Goma reopened on Monday for the first time since M23 rebels seized the city in January, when fighting killed about 3,000 people, according to the UN. The rebels said 2 teachers had been arrested for 'collaborating' with Kinshasa.",
 [("about 3,000 people", 1, "killed:~3000", "bg")], 0),
("b113", "2022-05-03",
 "On 3 May 2022, CODECO militiamen abducted 6 gold miners at a mining site near Mongbwalu (Djugu, Ituri). Two other miners were wounded with machetes.",
 [("6 gold miners", 1, "abducted:6"), ("Two other miners", 1, "injured:2")], 0),
("b114", "2023-03-14",
 "BENI, DR Congo — ADF rebels killed 11 civilians with machetes in Mamove village overnight, local civil society leaders said Tuesday, and 2 more people died of their wounds at the Oicha hospital. Civil society counted 13 deaths in all. The army said it had 'neutralised' 5 of the attackers.",
 [("11 civilians", 1, "killed:11"), ("2 more people", 1, "killed:2"), ("13 deaths", 1, "killed:13"),
  ("5", 1, "casualties:5")], 13),
("b115", "2022-11-14",
 "On 14 November 2022, M23 fired mortar shells on Kibumba (Nyiragongo, Nord-Kivu). A shell hit a cattle enclosure, killing 12 cows, and 3 herders were injured.",
 [("3 herders", 1, "injured:3")], 0),
("b116", "2024-01-19",
 "BUNIA (Radio Okapi) — CODECO militiamen attacked the Plaine Savo camp for displaced people in Djugu territory on Thursday night, killing 18 displaced people, among them 6 women who had fled an earlier attack, camp leaders said. In 2022 a similar attack on the same camp killed 60.",
 [("18 displaced people", 1, "killed:18"), ("6 women", 1, "killed:6"), ("60", 1, "killed:60", "bg")], 18),
("b117", "2025-04-09",
 "On 9 April 2025, Wazalendo militias clashed with M23 in Kalehe (Sud-Kivu). Wazalendo claimed that 40 M23 fighters were killed, wounded or captured; no independent figure was available.",
 [("40 M23 fighters", 1, "casualties:40")], 0),
("b118", "2024-09-14",
 "RUTSHURU — A MONUSCO peacekeeper from India and a Congolese interpreter were wounded, and the driver of their vehicle died, when a mine exploded on the Rutshuru–Goma road on Friday, the UN said. Twenty-one peacekeepers have been killed in eastern Congo since 2022, according to UN figures.",
 [("A MONUSCO peacekeeper", 1, "injured:1"), ("a Congolese interpreter", 1, "injured:1"), ("the driver", 1, "killed:1"),
  ("Twenty-one peacekeepers", 1, "killed:21", "bg")], 1),
("b119", "2025-10-02",
 "On 2 October 2025, unidentified armed men attacked an Ebola treatment centre in Butembo (Nord-Kivu), burning 2 tents; the staff escaped unhurt. The outbreak had killed 42 people since September, according to the health ministry.",
 [("42 people", 1, "killed:42", "bg")], 0),
("b120", "2025-03-03",
 "KINSHASA — M23 rebels executed at least 21 civilians in Goma's Kasika neighbourhood on Sunday, Human Rights Watch said on Monday, revising down an earlier figure of 25. The victims included 3 boys aged 14 and 15.",
 [("at least 21 civilians", 1, "killed:>=21"), ("25", 1, "killed:25"), ("3 boys", 1, "killed:3")], 21),
]

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
VALUE_RE = re.compile(r"^(killed|injured|missing|casualties|abducted):(\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")


def find(text, surface, occ):
    """Start offset of the occ-th case-sensitive whole-word match of surface."""
    n = 0
    i = text.find(surface)
    while i != -1:
        j = i + len(surface)
        ok_l = i == 0 or not (surface[0].isalnum() and text[i - 1].isalnum())
        ok_r = j == len(text) or not (surface[-1].isalnum() and text[j].isalnum())
        # a digit string must not sit inside a longer number such as 1,200 or 2.5
        if surface[0].isdigit() and i >= 2 and text[i - 1] in ",." and text[i - 2].isdigit():
            ok_l = False
        if surface[-1].isdigit() and j + 1 < len(text) and text[j] in ",." and text[j + 1].isdigit():
            ok_r = False
        if ok_l and ok_r:
            n += 1
            if n == occ:
                return i
        i = text.find(surface, i + 1)
    raise ValueError("surface %r occurrence %d not found" % (surface, occ))


def build():
    records = []
    for iid, dct, text, spans, fat in ITEMS:
        out = []
        for sp in spans:
            surface, occ, value = sp[0], sp[1], sp[2]
            s = find(text, surface, occ)
            out.append({"start": s, "end": s + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
        out.sort(key=lambda d: d["start"])
        records.append({"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
                        "spans": out, "fatalities": fat})
    return records


def counted_killed(iid):
    for it in ITEMS:
        if it[0] == iid:
            return [sp for sp in it[3] if sp[2].startswith("killed:") and not (len(sp) > 3 and sp[3] == "bg")]
    return []


def check(records):
    errs = []
    seen = set()
    for r in records:
        iid, text = r["id"], r["text"]
        if iid in seen:
            errs.append("%s: duplicate id" % iid)
        seen.add(iid)
        if not re.match(r"^b\d{3}$", iid):
            errs.append("%s: bad id" % iid)
        try:
            d = datetime.date.fromisoformat(r["dct"])
            if not 2022 <= d.year <= 2026:
                errs.append("%s: dct year out of range" % iid)
        except Exception:
            errs.append("%s: bad dct %r" % (iid, r["dct"]))
        if r["layers"] != ["casualties"]:
            errs.append("%s: layers" % iid)
        nsent = len(re.findall(r"[.!?](\s|$)", text))
        if not text.strip():
            errs.append("%s: empty text" % iid)
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: bad offsets %r" % (iid, sp))
                continue
            if text[s:e] != sp["text"]:
                errs.append("%s: slice %r != %r" % (iid, text[s:e], sp["text"]))
            if text[s].isspace() or text[e - 1].isspace():
                errs.append("%s: span on whitespace %r" % (iid, sp["text"]))
            if s < prev_end:
                errs.append("%s: overlap at %r" % (iid, sp["text"]))
            prev_end = max(prev_end, e)
            if sp["label"] != "CASUALTY":
                errs.append("%s: label" % iid)
            m = VALUE_RE.match(sp["value"])
            if not m:
                errs.append("%s: bad value %r" % (iid, sp["value"]))
            elif m.group(3) and int(m.group(3)) >= int(m.group(4)):
                errs.append("%s: range N>=M %r" % (iid, sp["value"]))
        fat = r["fatalities"]
        if not (isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0):
            errs.append("%s: fatalities not a whole number" % iid)
        ck = counted_killed(iid)
        if (fat == 0) != (len(ck) == 0):
            errs.append("%s: fatalities %r but %d counted killed spans" % (iid, fat, len(ck)))
        if fat > 0:
            # the toll can be no lower than the lowest counted figure's lower end
            lows = [int(re.findall(r"\d+", sp[2])[0]) for sp in ck]
            if fat < min(lows):
                errs.append("%s: fatalities %d below every counted figure" % (iid, fat))
    return errs


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def review(records):
    for r in records:
        text = r["text"]
        parts, pos = [], 0
        for sp in r["spans"]:
            parts.append(text[pos:sp["start"]])
            parts.append("[" + text[sp["start"]:sp["end"]] + "|" + sp["value"] + "]")
            pos = sp["end"]
        parts.append(text[pos:])
        bg = [sp[0] for it in ITEMS if it[0] == r["id"] for sp in it[3] if len(sp) > 3 and sp[3] == "bg"]
        print("%s  dct=%s  fatalities=%s%s" % (r["id"], r["dct"], r["fatalities"],
                                              ("  background: " + "; ".join(bg)) if bg else ""))
        print("  " + "".join(parts).replace("\n", " / "))
        print()


def main():
    records = build()
    if "--review" in sys.argv:
        review(records)
        return
    errs = check(records)
    if len(records) != 120:
        errs.append("expected 120 items, got %d" % len(records))
    data = dump(records)
    if data != dump(build()):
        errs.append("output not deterministic")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    errs += ["(re-read) " + e for e in check(back)]
    if back != records:
        errs.append("re-read file differs from built records")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    nz = sum(1 for r in records if r["fatalities"] == 0)
    nsp = sum(len(r["spans"]) for r in records)
    by = {}
    for r in records:
        for sp in r["spans"]:
            o = sp["value"].split(":")[0]
            by[o] = by.get(o, 0) + 1
    print("OK: %d items, %d spans %s, toll 0: %d, toll >=1: %d, bg killed spans: %d" % (
        len(records), nsp, dict(sorted(by.items())), nz, len(records) - nz,
        sum(1 for it in ITEMS for sp in it[3] if len(sp) > 3)))


if __name__ == "__main__":
    main()
