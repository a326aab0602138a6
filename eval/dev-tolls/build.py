#!/usr/bin/env python3
"""Build eval/dev-tolls/tolls-dev.jsonl from hand-written decision lists.

Every item is (id, dct, text, spans, fatalities).  A span is written as
S(surface, value, occ=1, role="a"): the `occ`-th case-sensitive whole-word
match of `surface` in the text.  `role` says how a `killed` figure enters the
toll (it is not written to the JSONL; it only lets this script check the toll):
  a  adds to the toll (distinct victims)
  s  subset / breakdown / `including` part of a figure already counted
  r  repeat of a toll already counted (headline + body, recap)
  c  conflicting, higher report of a toll counted elsewhere (lowest is taken)
  u  earlier toll superseded by a later, higher one in the same text (`rose to`)
  b  background: deaths from another, earlier event; labelled, never counted
For a killed figure the toll contribution is the number written for its COUNT
(N for N, >=N, >N, <=N, ~N; the lower end N for N-M).

Usage: python3 build.py            write tolls-dev.jsonl and check it
       python3 build.py --review   also print every item with [spans]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev.jsonl")


def S(surface, value, occ=1, role="a"):
    return (surface, value, occ, role)


ITEMS = [
("d001", "2018-05-14",
 "On 13 May 2018, suspected IS militants shot dead 2 shepherds near Tuz Khurmatu (Salah al-Din). Fatalities: 2.",
 [S("2 shepherds", "killed:2"), S("2", "killed:2", 2, "r")], 2),
("d002", "2021-08-03",
 "Culiacán, Sin.- A man was shot dead late Monday outside a taqueria in colonia Las Quintas; the atacker fled on a motorcycle. Police found 14 shell casings at the scene.",
 [S("A man", "killed:1")], 1),
("d003", "2019-11-20",
 "Suspected New People's Army rebels ambushed a patrol of the 62nd Infantry Battalion in Guihulngan, Negros Oriental, on Tuesday, killing a village defence volunteer and wounding 2 soldiers.",
 [S("a village defence volunteer", "killed:1"), S("2 soldiers", "injured:2")], 1),
("d004", "2022-02-11",
 "ADEN, Feb 10 - At least 12 Houthi fighters were killed in overnight clashes with government forces south of Marib city, a military source said. The Houthis did not comment on their losses.",
 [S("At least 12 Houthi fighters", "killed:>=12")], 12),
("d005", "2017-07-22",
 "A ranger of Ranger Regiment 41 was killed and another wounded when a roadside bomb exploded under their pickup in Rueso district, Narathiwat, on Friday morning.",
 [S("A ranger", "killed:1"), S("another", "injured:1")], 1),
("d006", "2020-09-09",
 "Cauca: the murder of four indigenous guards (kiwe thegnas) in Toribío on Sunday was blamed on the Dagoberto Ramos column, a FARC dissident group.",
 [S("four indigenous guards", "killed:4")], 4),
("d007", "2023-03-02",
 "Two civilian women were killed and a child was injured when regime artillery shelled the village of Kansafra in southern Idlib on Wednesday, local sources said.",
 [S("Two civilian women", "killed:2"), S("a child", "injured:1")], 2),
("d008", "2017-10-05",
 "Tatmadaw troops of Light Infantry Battalion 344 shelled a village in Kyaukme township; the dead numbered 4, all of them farmers, according to the local Ta'ang relief committee.",
 [S("4", "killed:4")], 4),
("d009", "2024-01-16",
 "RIO DE JANEIRO - Three people, including a 9-year-old boy, were killed by stray bullets during a police operation in the Complexo da Maré on Monday. Residents said the shooting lasted more than 5 hours.",
 [S("Three people", "killed:3"), S("a 9-year-old boy", "killed:1", role="s")], 3),
("d010", "2019-07-04",
 "Tripoli: the death toll from Tuesday's air strike on a migrant detention centre in Tajoura rose to 53, a health ministry spokesman said, after earlier reports put it at 44.",
 [S("53", "killed:53"), S("44", "killed:44", role="u")], 53),
("d011", "2018-12-01",
 "Protesters blocked the Panamericana highway in Mérida state on Friday to demand justice for a student killed by National Guard troops during a protest last week. No injuries were reported.",
 [S("a student", "killed:1", role="b")], 0),
("d012", "2020-02-18",
 "Clashes between protesters and riot police near Parliament in Beirut left 37 people injured on Saturday, 12 of whom were taken to hospital, the Red Cross said.",
 [S("37 people", "injured:37"), S("12", "injured:12", role="s")], 0),
("d013", "2022-06-07",
 "IED targeted a Federal Police vehicle in Tarmiyah district; 1 fatality (policeman), 2 injured.",
 [S("1 fatality", "killed:1"), S("2", "injured:2")], 1),
("d014", "2021-04-27",
 "Two cadres of the New People's Army were killed in an encounter with troops of the 3rd Scout Ranger Battalion in Las Navas, Northern Samar, the army said. Troops recovered 2 M16 rifles.",
 [S("Two cadres", "killed:2")], 2),
("d015", "2017-09-12",
 "Guerrero - Six policemen and a suspected gunman were killed in a shootout on the Iguala-Taxco highway on Monday night, state authorities reported.",
 [S("Six policemen", "killed:6"), S("a suspected gunman", "killed:1")], 7),
("d016", "2023-10-19",
 "Fatalities: 3 (2 SDF fighters, 1 civilian). A drone strike hit a vehicle near Qamishli on 18 October.",
 [S("3", "killed:3"), S("2 SDF fighters", "killed:2", role="s"), S("1 civilian", "killed:1", role="s")], 3),
("d017", "2018-03-25",
 "A teacher, Ana Ruiz, 34, and her son were shot dead by men on a motorbike in Tumaco, Nariño, on Saturday. The municipal ombudsman said Ruiz had received threats in February.",
 [S("A teacher", "killed:1"), S("her son", "killed:1")], 2),
("d018", "2019-08-14",
 "Saudi-led coalition airstrikes on a market in Saada province killed between 2 to 4 people on Tuesday, medics said; the coalition said it had targeted a weapons depot.",
 [S("between 2 to 4 people", "killed:2-4")], 2),
("d019", "2020-11-03",
 "Pattani - A police sergeant was stabbed to death by two assailants at a tea shop in Nong Chik district on Monday evening. The attackers escaped on foot.",
 [S("A police sergeant", "killed:1")], 1),
("d020", "2024-03-11",
 "The Arakan Army said it killed more than 30 junta soldiers when it overran an outpost in Paletwa township; the military-run newspaper said 5 soldiers had died defending the camp.",
 [S("more than 30 junta soldiers", "killed:>30", role="c"), S("5 soldiers", "killed:5")], 5),
("d021", "2017-04-10",
 "MOSUL - A car bomb exploded near a checkpoint in the Zanjili district on Sunday, killing 11 civilians. Later, hospital sources said the death toll had risen to 16 as more victims succumbed to their wounds.",
 [S("11 civilians", "killed:11", role="u"), S("16", "killed:16")], 16),
("d022", "2021-12-22",
 "Colombia: The ELN's Frente de Guerra Oriental distributed pamphlets in Saravena, Arauca, threatening to kill 'collaborators' and giving 5 families 48 hours to leave the area. No attacks were reported.",
 [], 0),
("d023", "2018-07-30",
 "Belém - State police are investigating the deaths of 3 workers at a cattle ranch in São Félix do Xingu, where a land conflict with squatters had lasted for years.",
 [S("3 workers", "killed:3")], 3),
("d024", "2022-09-05",
 "Families of the Tarhuna mass graves victims rallied in Tripoli on Sunday demanding trials; more than 250 bodies have been recovered from the town since 2020, officials say.",
 [S("more than 250 bodies", "killed:>250", role="b")], 0),
("d025", "2019-02-04",
 "Jolo - A soldier was killed and 6 others hurt when a grenade was thrown at a detachment in Patikul, Sulu, on Sunday night, the 11th Infantry Division said.",
 [S("A soldier", "killed:1"), S("6 others", "injured:6")], 1),
("d026", "2023-05-21",
 "Zacatecas: 4 villagers (3 women and a boy) died when armed men torched their homes in the comunidad of El Salitre. fatalities 4",
 [S("4 villagers", "killed:4"), S("3 women", "killed:3", role="s"), S("a boy", "killed:1", role="s"),
  S("4", "killed:4", 2, "r")], 4),
("d027", "2020-07-15",
 "Islamic State claimed in an online statement to have killed, injured or captured 40 members of the Hashd al-Shaabi in an attack near Baiji; security officials said 2 PMF fighters were killed.",
 [S("40 members", "casualties:40"), S("2 PMF fighters", "killed:2")], 2),
("d028", "2017-12-08",
 "Bolivar state: miners said as many as 5 people were killed when a gang attacked the Tumeremo mine camp; the state governor's office said 3 bodies had been recovered.",
 [S("as many as 5 people", "killed:<=5", role="c"), S("3 bodies", "killed:3")], 3),
("d029", "2024-07-02",
 "Daraa: gunmen shot dead a former opposition commander who had joined the reconciliation process, and his brother, near Tafas on Monday.",
 [S("a former opposition commander", "killed:1"), S("his brother", "killed:1")], 2),
("d030", "2018-10-17",
 "Insurgents set fire to a school in Bacho district, Narathiwat, early on Tuesday and planted 2 fake bombs on the road to delay firefighters. Nobody was hurt.",
 [], 0),
("d031", "2018-01-29",
 "Dozens of Houthi fighters and at least 9 pro-government troops were killed in fighting for the Kassara front over the weekend, military sources told AFP.",
 [S("Dozens of Houthi fighters", "killed:>=24"), S("at least 9 pro-government troops", "killed:>=9")], 33),
("d032", "2021-05-14",
 "Chocó: residents of Bojayá, where scores of civilians died in a 2002 bombing of the church, reported new clashes between the ELN and the Gulf Clan on Thursday; some 300 people were displaced. No casualties were reported.",
 [S("scores of civilians", "killed:>=40", role="b")], 0),
("d033", "2017-06-19",
 "Nearly a dozen Abu Sayyaf militants were killed in a two-day offensive in the hinterlands of Patikul, the military said, including a sub-leader known as Abu Jihad.",
 [S("Nearly a dozen Abu Sayyaf militants", "killed:~12"), S("a sub-leader", "killed:1", role="s")], 12),
("d034", "2019-04-06",
 "Anbar: A suicide bomber struck a funeral in Haditha on Friday, killing 4 mourners and injuring up to 7 others, a local council member said.",
 [S("4 mourners", "killed:4"), S("up to 7 others", "injured:<=7")], 4),
("d035", "2023-08-01",
 "Ain al-Hilweh camp: clashes between Fatah and Islamist militants resumed on Monday night; medics said 2-3 people were wounded by stray fire.",
 [S("2-3 people", "injured:2-3")], 0),
("d036", "2019-03-09",
 "Tamaulipas: gunmen abducted 11 migrants, among them 4 Hondurans, from a bus on the Reynosa-Monterrey highway on Friday, the state prosecutor's office said.",
 [S("11 migrants", "abducted:11"), S("4 Hondurans", "abducted:4", role="s")], 0),
("d037", "2017-01-03",
 "Manaus - A prison riot at the Anísio Jobim complex left at least 15 inmates dead on Sunday; the state said 4 guards were taken hostage and later released.",
 [S("at least 15 inmates", "killed:>=15"), S("4 guards", "abducted:4")], 15),
("d038", "2019-09-23",
 "Caracas, Petare: the body of a motorcycle taxi driver was found with several gunshot wounds near the Barrio José Félix Ribas on Sunday; neighbours blamed the local gang.",
 [S("a motorcycle taxi driver", "killed:1")], 1),
("d039", "2022-07-08",
 "Sagaing: Regime troops torched Ma Nyein village and killed at least nine villagers, including 2 teenage boys and an elderly monk, the local PDF said. At least 200 houses were burned.",
 [S("at least nine villagers", "killed:>=9"), S("2 teenage boys", "killed:2", role="s"),
  S("an elderly monk", "killed:1", role="s")], 9),
("d040", "2018-05-25",
 "Yala: A bomb hidden in a motorcycle went off outside a 7-Eleven store in Bannang Sata on Thursday, killing an off-duty soldier and wounding three shoppers.",
 [S("an off-duty soldier", "killed:1"), S("three shoppers", "injured:3")], 1),
("d041", "2020-10-12",
 "Unknown gunmen raided a checkpoint of the Syrian Democratic Forces outside Deir ez-Zor overnight, leaving a guard dead and another missing.",
 [S("a guard", "killed:1"), S("another", "missing:1")], 1),
("d042", "2021-03-18",
 "TWO SOLDIERS KILLED IN KIRKUK AMBUSH\nTwo Iraqi soldiers were killed on Wednesday when IS remnants ambushed their patrol in the Wadi al-Shay area, a security official said.",
 [S("TWO SOLDIERS", "killed:2"), S("Two Iraqi soldiers", "killed:2", role="r")], 2),
("d043", "2022-04-12",
 "Shabwa: A feud between Al-Awalik tribesmen and Southern Transitional Council forces erupted on Monday; 6 tribesmen and 2 STC soldiers were killed, local sources said.",
 [S("6 tribesmen", "killed:6"), S("2 STC soldiers", "killed:2")], 8),
("d044", "2021-06-20",
 "Misrata: security forces arrested 14 suspected smugglers and seized 3 trucks loaded with fuel, the interior ministry said.",
 [], 0),
("d045", "2018-09-01",
 "Maguindanao - The murder of a barangay chairman and two of his bodyguards in Datu Piang on Friday was blamed on a rival clan, police said.",
 [S("a barangay chairman", "killed:1"), S("two", "killed:2")], 3),
("d046", "2019-05-30",
 "A landmine left over from the IS period exploded under a tractor near Sinjar, killing 4 herders, a Yazidi official said.",
 [S("4 herders", "killed:4")], 4),
("d047", "2020-01-13",
 "Apatzingan, Mich.- A shooting at a palenque left 3 dead and 5 wounded early Sunday, acording to the state prosecutor.",
 [S("3", "killed:3"), S("5", "injured:5")], 3),
("d048", "2022-12-04",
 "São Paulo - About 2,000 people marched on Avenida Paulista on Saturday to protest the killing of 9 youths in a police crackdown at a Paraisópolis funk party in 2019.",
 [S("9 youths", "killed:9", role="b")], 0),
("d049", "2019-05-21",
 "Zulia: armed men attacked a National Guard post in Machiques; the guardsmen repelled them, killing one of the attackers. One guardsman was slightly injured.",
 [S("one", "killed:1"), S("One guardsman", "injured:1")], 1),
("d050", "2018-02-17",
 "Basra: An Egyptian truck driver was shot and wounded by gunmen on the Safwan road on Thursday and succumbed to his injuries in hospital on Friday.",
 [S("An Egyptian truck driver", "killed:1")], 1),
("d051", "2018-06-11",
 "Taiz: one death and 6 injuries reported after Houthi sniper and mortar fire on the Bir Basha district on Sunday.",
 [S("one death", "killed:1"), S("6 injuries", "injured:6")], 1),
("d052", "2019-12-20",
 "A nurse who had volunteered at the Bab al-Hawa field hospital and two paramedics travelling with her were killed when a Russian jet struck their ambulance near Sarmin.",
 [S("A nurse", "killed:1"), S("two paramedics", "killed:2")], 3),
("d053", "2023-11-15",
 "Shan State: TNLA fighters abducted 3 local administrators and a ward official from Namhsan township on Tuesday; their whereabouts are unknown.",
 [S("3 local administrators", "abducted:3"), S("a ward official", "abducted:1")], 0),
("d054", "2017-08-28",
 "Lanao del Sur: A clan feud (rido) flared up in Tubaran, leaving 5 dead, among them a pregnant woman, police said; 2 suspects were arrested.",
 [S("5", "killed:5"), S("a pregnant woman", "killed:1", role="s")], 5),
("d055", "2021-03-04",
 "Catatumbo - Fatalities: 2. Two social leaders, members of the Asojuntas association, were killed by ELN gunmen in Tibú on 3 March.",
 [S("2", "killed:2"), S("Two social leaders", "killed:2", role="r")], 2),
("d056", "2017-03-27",
 "Tripoli, Lebanon - A soldier was killed and 4 others were wounded when gunmen opened fire on an army patrol in the Bab al-Tabbaneh district, the army said in a statement.",
 [S("A soldier", "killed:1"), S("4 others", "injured:4")], 1),
("d057", "2020-05-06",
 "Veracruz: Gunmen fired at the house of a local journalist in Coatzacoalcos; the reporter and his daughter escaped unhurt, press freedom group Article 19 said.",
 [], 0),
("d058", "2021-01-26",
 "Diyala: Katyusha rockets hit near the Balad air base on Monday, causing casualties, a security source said, without giving numbers.",
 [], 0),
("d059", "2018-01-22",
 "Afrin: A car bomb in the city's main market caused 19 casualties, the local council said; it did not give a breakdown.",
 [S("19 casualties", "casualties:19")], 0),
("d060", "2021-05-07",
 "Rio: Military police killed 6 suspected drug traffickers in an operation in the Jacarezinho favela on Thursday; a policeman was also killed.",
 [S("6 suspected drug traffickers", "killed:6"), S("a policeman", "killed:1")], 7),
("d061", "2018-08-10",
 "The Houthi-run Saba news agency said the coalition airstrike had killed 23 civilians in Hodeidah; a coalition spokesman said the strike hit a boat carrying militants. Local medics counted 15 dead.",
 [S("23 civilians", "killed:23", role="c"), S("15", "killed:15")], 15),
("d062", "2019-10-14",
 "Cebu: A barangay tanod was hacked and wounded by a drunk neighbour during a fiesta in Carcar City; the suspect surrendered to police.",
 [S("A barangay tanod", "injured:1")], 0),
("d063", "2023-04-12",
 "The junta's air strike on a gathering at Pazigyi village killed at least 165 people, including about 40 children, according to survivors; the military said it had targeted a PDF office opening.",
 [S("at least 165 people", "killed:>=165"), S("about 40 children", "killed:~40", role="s")], 165),
("d064", "2020-06-25",
 "Songkhla: A motorcycle bomb wounded 2 rangers and a rubber tapper in Saba Yoi district on Wednesday.",
 [S("2 rangers", "injured:2"), S("a rubber tapper", "injured:1")], 0),
("d065", "2018-05-13",
 "Derna: Fighters of the Derna Protection Force said as many as 5 of their men had died in LNA shelling on Saturday, including a field commander; the LNA did not comment.",
 [S("as many as 5", "killed:<=5"), S("a field commander", "killed:1", role="s")], 5),
("d066", "2019-04-17",
 "Anzoátegui: relatives of 4 fishermen who disappeared off the coast of Güiria last month blocked the road to the port, demanding that the coast guard resume the search.",
 [S("4 fishermen", "missing:4")], 0),
("d067", "2022-01-20",
 "The Clan del Golfo said in a communiqué that its men had killed 30 soldiers in Urabá; the army said 5 soldiers died and 3 were wounded in the clash.",
 [S("30 soldiers", "killed:30", role="c"), S("5 soldiers", "killed:5"), S("3", "injured:3")], 5),
("d068", "2023-01-31",
 "Authorities exhumed a mass grave in Badush containing the remains of roughly 500 prisoners executed by IS in June 2014.",
 [S("roughly 500 prisoners", "killed:~500", role="b")], 0),
("d069", "2017-11-08",
 "Hama: a pickup of the National Defence Forces hit a landmine near Mhardeh; the driver died and 2 militiamen were wounded.",
 [S("the driver", "killed:1"), S("2 militiamen", "injured:2")], 1),
("d070", "2019-11-05",
 "Chihuahua: Gunmen ambushed a convoy of Mormon families near La Mora, killing 3 women and 6 children; 8 children survived, several with gunshot wounds.",
 [S("3 women", "killed:3"), S("6 children", "killed:6")], 9),
("d071", "2021-09-02",
 "The AFP said its troops had neutralised 12 BIFF members in Shariff Saydona Mustapha since January, meaning killed, wounded or captured.",
 [S("12 BIFF members", "casualties:12")], 0),
("d072", "2022-08-05",
 "Beirut: families of the victims of the August 2020 port explosion, which killed more than 200 people, protested outside the Justice Palace on Thursday.",
 [S("more than 200 people", "killed:>200", role="b")], 0),
("d073", "2020-03-30",
 "Al-Bayda: an AQAP ambush killed a Houthi supervisor and 3 of his guards on the road to Rada'a, tribal sources said.",
 [S("a Houthi supervisor", "killed:1"), S("3", "killed:3")], 4),
("d074", "2021-05-12",
 "Roraima: Illegal gold miners attacked the Yanomami community of Palimiú with gunfire, leaving a 4-year-old injured; 2 children drowned while fleeing, community leaders said.",
 [S("a 4-year-old", "injured:1"), S("2 children", "killed:2")], 2),
("d075", "2018-04-21",
 "Anbar: police defused 3 IEDs planted near a Sunni mosque in Fallujah on Friday.",
 [], 0),
("d076", "2019-08-04",
 "Deir ez-Zor: members of the Bakara tribe demonstrated against the SDF in Thiban after the arrest of a tribal elder; SDF fighters fired warning shots.",
 [], 0),
("d077", "2022-10-09",
 "Kayin State: DKBA fighters and Border Guard Force troops clashed near Myawaddy; 2-3 BGF soldiers were believed killed, residents said.",
 [S("2-3 BGF soldiers", "killed:2-3")], 2),
("d078", "2022-01-05",
 "Arauca: the death toll from clashes between the ELN and FARC dissidents in Tame and Fortul since Sunday rose to 27, the Ombudsman's Office said on Wednesday.",
 [S("27", "killed:27")], 27),
("d079", "2023-06-14",
 "Narco-banners signed by the Cártel del Noreste appeared on 3 bridges in Nuevo Laredo on Tuesday threatening to kill police officers who collaborate with rivals.",
 [], 0),
("d080", "2021-03-23",
 "Apure - Eight soldiers were killed and eight others captured by FARC dissidents near La Victoria, the defence ministry said.",
 [S("Eight soldiers", "killed:8"), S("eight others", "abducted:8")], 8),
("d081", "2018-12-17",
 "In Cotabato City, 3 police officers and a civilian were wounded in a grenade attack on a police station. No fatalities.",
 [S("3 police officers", "injured:3"), S("a civilian", "injured:1")], 0),
("d082", "2022-06-16",
 "Erbil: a Turkish drone strike killed 2 PKK members and a civilian driver near Sinjar, local officials said.",
 [S("2 PKK members", "killed:2"), S("a civilian driver", "killed:1")], 3),
("d083", "2019-07-11",
 "The Syrian Observatory reported the deaths of 7 regime soldiers in an IS ambush in the Badia, while the state news agency SANA said 2 soldiers were martyred.",
 [S("7 regime soldiers", "killed:7", role="c"), S("2 soldiers", "killed:2")], 2),
("d084", "2018-11-12",
 "Hodeidah: Fatalities were put at 6 - 4 Houthi fighters and 2 civilians - after shelling in Hays district.",
 [S("6", "killed:6"), S("4 Houthi fighters", "killed:4", role="s"), S("2 civilians", "killed:2", role="s")], 6),
("d085", "2023-08-16",
 "Tripoli: clashes between the Radaa force and the 444 Brigade on Monday night left 55 dead and 146 injured, the emergency medicine centre said.",
 [S("55", "killed:55"), S("146", "injured:146")], 55),
("d086", "2024-02-15",
 "South Lebanon: An Israeli drone strike on a car in Bint Jbeil killed 3 Hezbollah members, the group said, and a passer-by was wounded.",
 [S("3 Hezbollah members", "killed:3"), S("a passer-by", "injured:1")], 3),
("d087", "2019-02-14",
 "Mato Grosso do Sul: Guarani-Kaiowá families reoccupied a farm in Caarapó; ranchers fired shots into the air. No one was hurt, the Indigenous council CIMI said.",
 [], 0),
("d088", "2018-03-07",
 "Narathiwat - A Muslim religious teacher (ustaz) was shot dead in front of his pondok in Cho Airong district on Tuesday; police blamed insurgents.",
 [S("A Muslim religious teacher", "killed:1")], 1),
("d089", "2019-10-18",
 "Culiacán: some 20 gunmen attacked a military convoy; about 10 soldiers were injured and 1 soldier died, the Defence Ministry said.",
 [S("about 10 soldiers", "injured:~10"), S("1 soldier", "killed:1")], 1),
("d090", "2017-05-28",
 "Lanao del Sur - A corporal of the 51st Infantry Brigade died after stepping on an IED in Butig on Saturday.",
 [S("A corporal", "killed:1")], 1),
("d091", "2020-08-22",
 "Norte de Santander: the ELN kidnapped an engineer and two workers of an oil contractor in Teorama on Friday, the army said.",
 [S("an engineer", "abducted:1"), S("two workers", "abducted:2")], 0),
("d092", "2017-10-24",
 "Baghdad: Two policemen were wounded in a sticky bomb attack in Sadr City on Monday; one of them later succumbed to his injuries.",
 [S("Two policemen", "injured:2"), S("one", "killed:1")], 1),
("d093", "2018-06-04",
 "Idlib - Fighters of Hayat Tahrir al-Sham executed 4 men accused of spying for the regime, among them a 17-year-old, in a public square in Sarmada.",
 [S("4 men", "killed:4"), S("a 17-year-old", "killed:1", role="s")], 4),
("d094", "2024-01-14",
 "Aden: hundreds of STC supporters rallied in Khormaksar to mark the anniversary of the 1986 civil war, in which thousands died.",
 [S("thousands", "killed:>=2000", role="b")], 0),
("d095", "2022-03-03",
 "Mandalay region: the bodies of 5 men with their hands tied were found near Myinmu on Wednesday; locals said soldiers had detained them days earlier.",
 [S("5 men", "killed:5")], 5),
("d096", "2019-01-31",
 "Lara: FAES agents raided the Brisas del Aeropuerto barrio in Barquisimeto; residents said 3 young men were detained, and police said they were released on Thursday.",
 [], 0),
("d097", "2020-12-07",
 "Gunmen kidnapped a municipal council member in Zawiya on Saturday, and his family said on Monday he was still missing.",
 [S("a municipal council member", "abducted:1")], 0),
("d098", "2020-08-24",
 "Antioquia: 2 more bodies were found on Sunday after a massacre in a hamlet of Segovia, bringing the toll to 5.",
 [S("2 more bodies", "killed:2", role="s"), S("5", "killed:5")], 5),
("d099", "2021-11-29",
 "Dahiyeh: A dispute over a parking spot escalated into gunfire; 2 men were shot and wounded and the army arrested 3 suspects.",
 [S("2 men", "injured:2")], 0),
("d100", "2017-02-08",
 "Killed: 3 (ISF). Wounded: 5. IED in Tarmiyah.",
 [S("3", "killed:3"), S("5", "injured:5")], 3),
("d101", "2018-01-28",
 "Ceará: a shooting at a forró party in Fortaleza's Cajazeiras neighbourhood killed 14 people, including 8 women; police linked it to a war between the CV and GDE gangs.",
 [S("14 people", "killed:14"), S("8 women", "killed:8", role="s")], 14),
("d102", "2018-11-07",
 "Kabankalan City, Negros Occidental - Benjamin Ramos was shot dead by two men on a motorcycle on Tuesday night, police said. Ramos had defended farmers accused of being NPA members.",
 [], 0),
("d103", "2019-08-11",
 "Jhon Fredy Ipia, a Nasa indigenous governor, was shot dead in Caldono, Cauca, on Saturday; the regional council CRIC blamed dissidents.",
 [S("a Nasa indigenous governor", "killed:1")], 1),
("d104", "2024-02-02",
 "The Chin National Front said scores of junta soldiers died in a week of fighting around Falam; the junta admitted 12 dead.",
 [S("scores of junta soldiers", "killed:>=40", role="c"), S("12", "killed:12")], 12),
("d105", "2024-04-29",
 "Pattani: Muslim leaders held prayers at the Krue Se mosque on the anniversary of the 2004 raid in which 32 gunmen were killed by security forces.",
 [S("32 gunmen", "killed:32", role="b")], 0),
("d106", "2020-07-02",
 "Guanajuato - Gunmen burst into a drug rehabilitation centre in Irapuato and killed 24 people who were attending a prayer session, officials said; 7 were wounded.",
 [S("24 people", "killed:24"), S("7", "injured:7")], 24),
("d107", "2019-12-03",
 "Aleppo countryside: Turkish-backed factions shelled Tal Rifaat, killing 3 people, a woman and her 2 daughters.",
 [S("3 people", "killed:3"), S("a woman", "killed:1", role="s"), S("2 daughters", "killed:2", role="s")], 3),
("d108", "2018-09-19",
 "Nineveh;; unknown gunmen killed 1 Yazidi returnee & injured another nr Snuny .. no claim",
 [S("1 Yazidi returnee", "killed:1"), S("another", "injured:1")], 1),
("d109", "2021-02-06",
 "Marib: A Houthi ballistic missile struck a camp for displaced people in al-Jufainah, killing a 6-year-old girl and wounding 5 others, among them her mother.",
 [S("a 6-year-old girl", "killed:1"), S("5 others", "injured:5"), S("her mother", "injured:1", role="s")], 1),
("d110", "2021-04-14",
 "Táchira: ELN fighters seized 4 National Guard soldiers near Ureña and took them across the border, the Venezuelan defence minister said.",
 [S("4 National Guard soldiers", "abducted:4")], 0),
("d111", "2019-04-11",
 "Basilan: 18 soldiers and 4 Abu Sayyaf militants died in a 10-hour gunbattle in Tipo-Tipo, the military said; 20 soldiers were wounded.",
 [S("18 soldiers", "killed:18"), S("4 Abu Sayyaf militants", "killed:4"), S("20 soldiers", "injured:20")], 22),
("d112", "2022-05-23",
 "Benghazi: an explosion at an arms depot in Benina caused heavy damage to nearby houses; the Red Crescent said there were no casualties.",
 [], 0),
("d113", "2021-11-09",
 "Guaviare: The army said it bombed a camp of the Mordisco faction, killing up to 7 dissidents; the bodies of 4 were recovered.",
 [S("up to 7 dissidents", "killed:<=7", role="c"), S("4", "killed:4")], 4),
("d114", "2020-06-23",
 "Oaxaca - Two community police officers, Juan López and Pedro Cruz, were killed by a group from neighbouring San Vicente Coatlán in a land dispute; a third officer is missing.",
 [S("Two community police officers", "killed:2"), S("a third officer", "missing:1")], 2),
("d115", "2019-12-09",
 "Anapu, Pará - A rural union leader and his wife were ambushed and killed on a dirt road on Friday; the Pastoral Land Commission said they had received death threats.",
 [S("A rural union leader", "killed:1"), S("his wife", "killed:1")], 2),
("d116", "2020-01-10",
 "Nasiriyah: protesters burned tyres outside the provincial council to mark 40 days since the killing of 3 demonstrators by security forces.",
 [S("3 demonstrators", "killed:3", role="b")], 0),
("d117", "2019-06-02",
 "Russia's defence ministry said its strikes on an HTS training camp in western Idlib killed dozens of militants, while the Syrian Observatory put the toll at 9 HTS fighters.",
 [S("dozens of militants", "killed:>=24", role="c"), S("9 HTS fighters", "killed:9")], 9),
("d118", "2022-05-18",
 "Magway: soldiers killed Ko Thant Zin, a PDF medic, and 3 other villagers in Gangaw township on Tuesday.",
 [S("a PDF medic", "killed:1"), S("3 other villagers", "killed:3")], 4),
("d119", "2019-06-08",
 "Yala: soldiers detained 5 suspected insurgents in a raid in Bannang Sata and seized an M16 rifle and 2 pistols.",
 [], 0),
("d120", "2023-07-24",
 "Akkar: a family dispute between 2 clans in Wadi Khaled turned into a gunfight that left a man dead and 3 people wounded.",
 [S("a man", "killed:1"), S("3 people", "injured:3")], 1),
("d121", "2018-09-28",
 "Taiz: a Houthi sniper fired on a water collection point in al-Wazi'iyah, killing a civilian who was queuing with his children, residents said.",
 [S("a civilian", "killed:1")], 1),
("d122", "2021-11-17",
 "Guerrero: residents of 7 villages in the Sierra fled to Chilpancingo after armed groups burned homes; authorities reported 300 people displaced.",
 [], 0),
("d123", "2017-05-16",
 "Bolívar (Sur de Bolívar): Approx. 10 miners killed by ELN in Santa Rosa del Sur - unconfirmed.",
 [S("Approx. 10 miners", "killed:~10")], 10),
("d124", "2018-09-12",
 "Sulu: Abu Sayyaf gunmen snatched 3 Indonesian fishermen from a trawler off Tawi-Tawi on Tuesday, the Western Mindanao Command said.",
 [S("3 Indonesian fishermen", "abducted:3")], 0),
("d125", "2021-07-22",
 "Quneitra: an Israeli strike destroyed an observation post of the 90th Brigade near Khan Arnabeh; state media reported material damage only.",
 [], 0),
("d126", "2017-03-19",
 "Mosul: 8 members of a family are missing after an airstrike on the old city; rescuers pulled the bodies of 3 children from the rubble.",
 [S("8 members", "missing:8"), S("3 children", "killed:3")], 3),
("d127", "2023-08-02",
 "Salvador, Bahia - Police said 6 suspects were killed in an exchange of fire in the Vila Verde area; residents said at least 8 people died, among them a 13-year-old boy on his way to school.",
 [S("6 suspects", "killed:6"), S("at least 8 people", "killed:>=8", role="c"),
  S("a 13-year-old boy", "killed:1", role="s")], 6),
("d128", "2017-06-23",
 "Caracas: at least 20 people were injured by rubber bullets and tear gas as the National Guard dispersed an opposition march in Altamira, the Caracas mayor's office said.",
 [S("at least 20 people", "injured:>=20")], 0),
("d129", "2019-08-06",
 "Murzuq - Clashes between Tebu fighters and LNA-aligned militias left at least 11 dead, including 3 children, a local official said.",
 [S("at least 11", "killed:>=11"), S("3 children", "killed:3", role="s")], 11),
("d130", "2019-12-10",
 "Death toll in Celaya bar attack rises to 13\nCELAYA, Gto. - Twelve people were killed on Sunday night when gunmen opened fire in a bar; a woman who had been hospitalised died on Monday, raising the toll to 13.",
 [S("13", "killed:13"), S("Twelve people", "killed:12", role="s"), S("a woman", "killed:1", role="s"),
  S("13", "killed:13", 2, "r")], 13),
("d131", "2018-10-30",
 "Rakhine: a landmine blast wounded 2 Rohingya boys near a Buthidaung village; one lost a leg.",
 [S("2 Rohingya boys", "injured:2"), S("one", "injured:1", role="s")], 0),
("d132", "2017-09-05",
 "Songkhla: Insurgents opened fire on a rubber plantation in Thepha, killing 2 rubber tappers and wounding the son of one of them, aged 15.",
 [S("2 rubber tappers", "killed:2"), S("the son", "injured:1")], 2),
("d133", "2019-11-28",
 "Hadramawt: AQAP militants killed 4 soldiers at a checkpoint in Shibam; 2 of the attackers were also killed.",
 [S("4 soldiers", "killed:4"), S("2", "killed:2")], 6),
("d134", "2020-11-24",
 "Bogotá: students marched to the Plaza de Bolívar to commemorate Dilan Cruz, the teenager killed by a riot police projectile in 2019.",
 [S("the teenager", "killed:1", role="b")], 0),
("d135", "2022-11-25",
 "Al-Hasakah: a Turkish drone struck a power station near Qamishli on Thursday, cutting electricity to 200,000 people; the SDF said 3 guards were lightly hurt.",
 [S("3 guards", "injured:3")], 0),
("d136", "2018-07-16",
 "Kirkuk - Gunmen believed to be IS killed a mukhtar (village headman) and his 2 sons at their home in Hawija district.",
 [S("a mukhtar", "killed:1"), S("2 sons", "killed:2")], 3),
("d137", "2023-02-09",
 "Michoacán: Fatalities: 0. CJNG drones dropped explosives on the town of Tepalcatepec on Wednesday; 4 homes damaged.",
 [], 0),
("d138", "2018-10-27",
 "Davao Oriental - Soldiers of the 67th Infantry Battalion clashed with about 30 NPA guerrillas in Banaybanay on Thursday. The army said 5 rebels were killed, including a medic, and one soldier was wounded. The NPA's regional command later said only 2 of its fighters died, and accused the army of killing a farmer caught in the crossfire. Local officials confirmed the farmer's death. The bodies were brought to the municipal hall.",
 [S("5 rebels", "killed:5", role="c"), S("a medic", "killed:1", role="s"), S("one soldier", "injured:1"),
  S("2", "killed:2"), S("a farmer", "killed:1")], 3),
("d139", "2021-09-15",
 "Sidon: unknown assailants threw a hand grenade at a currency exchange shop overnight, causing material damage only.",
 [], 0),
("d140", "2018-10-12",
 "Bolívar - Fatalities: 7. Seven men, all members of the Tren de Guayana gang, were killed by army troops in El Callao on 11 Oct, the army said.",
 [S("7", "killed:7"), S("Seven men", "killed:7", role="r")], 7),
("d141", "2018-02-26",
 "Yala - A soldier of Task Force 15 was killed and 2 of his comrades wounded in a bomb attack on a foot patrol in Bannang Sata.",
 [S("A soldier", "killed:1"), S("2", "injured:2")], 1),
("d142", "2022-08-30",
 "Meta: 2 soldiers of the Battalion 21 Vargas were killed by a drone-dropped explosive in Puerto Rico, Meta; Division 4 said 3 more were injured.",
 [S("2 soldiers", "killed:2"), S("3 more", "injured:3")], 2),
("d143", "2021-10-03",
 "Daraa: a roadside bomb targeted a car of the 8th Brigade in Busra al-Sham; a commander in the car escaped unharmed.",
 [], 0),
("d144", "2020-04-08",
 "Basra: a militia calling itself Ashab al-Kahf threatened in a video to attack convoys of the occupier and showed 2 drones.",
 [], 0),
("d145", "2020-12-02",
 "Sanaa: a Houthi court sentenced 16 people to death in absentia on charges of collaborating with the Saudi-led coalition.",
 [], 0),
("d146", "2022-05-10",
 "Yangon: a parcel bomb exploded at the Insein prison gate, killing 8 people and wounding as many as 15, including 3 prison officials.",
 [S("8 people", "killed:8"), S("as many as 15", "injured:<=15"), S("3 prison officials", "injured:3", role="s")], 8),
("d147", "2018-04-16",
 "Jalisco: a grenade thrown at a police station in Tlaquepaque injured 2 officers; 3 suspects were arrested.",
 [S("2 officers", "injured:2")], 0),
("d148", "2019-03-20",
 "RJ, Duque de Caxias - militia suspected; 1 death (community leader); no arrests.",
 [S("1 death", "killed:1")], 1),
("d149", "2018-07-24",
 "Sabha - A Tebu elder, Mohammed Wardougou, and 2 of his nephews were killed when gunmen stormed their farm, a municipal official said.",
 [S("A Tebu elder", "killed:1"), S("2", "killed:2")], 3),
("d150", "2019-03-16",
 "Manila: around 500 farmers marched to Mendiola to protest the killing of 9 farmers (the Sagay 9) in Negros in 2018.",
 [S("9 farmers", "killed:9", role="b")], 0),
]

OUTCOMES = {"killed", "injured", "missing", "abducted", "casualties"}
COUNT_RE = re.compile(r"^(?:(>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")
ROLES = {"a", "s", "r", "c", "u", "b"}


def find(text, surface, occ):
    left = r"(?<!\w)" if re.match(r"\w", surface[0]) else ""
    right = r"(?!\w)" if re.match(r"\w", surface[-1]) else ""
    hits = [m.start() for m in re.finditer(left + re.escape(surface) + right, text)]
    if len(hits) < occ:
        raise SystemExit(f"{surface!r}: occurrence {occ} not found ({len(hits)} matches)")
    return hits[occ - 1]


def count_number(count):
    m = COUNT_RE.match(count)
    if not m:
        return None
    if m.group(2) is not None:
        return int(m.group(2))
    lo, hi = int(m.group(3)), int(m.group(4))
    return lo if lo < hi else None


def check_record(rec, errors):
    i = rec["id"]
    text = rec["text"]
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", rec["dct"]):
        errors.append(f"{i}: bad dct")
    if rec["layers"] != ["casualties"]:
        errors.append(f"{i}: bad layers")
    prev_end = -1
    killed = 0
    for sp in sorted(rec["spans"], key=lambda s: s["start"]):
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errors.append(f"{i}: bad offsets {s},{e}")
            continue
        if text[s:e] != sp["text"]:
            errors.append(f"{i}: slice {text[s:e]!r} != {sp['text']!r}")
        if text[s].isspace() or text[e - 1].isspace():
            errors.append(f"{i}: span {sp['text']!r} starts/ends on whitespace")
        if s < prev_end:
            errors.append(f"{i}: overlap at {sp['text']!r}")
        prev_end = max(prev_end, e)
        if sp["label"] != "CASUALTY":
            errors.append(f"{i}: bad label")
        outcome, _, count = sp["value"].partition(":")
        if outcome not in OUTCOMES or count_number(count) is None:
            errors.append(f"{i}: bad value {sp['value']!r}")
        if outcome == "killed":
            killed += 1
    f = rec["fatalities"]
    if not (isinstance(f, int) and not isinstance(f, bool) and f >= 0):
        errors.append(f"{i}: fatalities must be a whole number >= 0")
    return killed


def build():
    errors, records, seen = [], [], set()
    for iid, dct, text, spans, fat in ITEMS:
        if iid in seen:
            errors.append(f"{iid}: duplicate id")
        seen.add(iid)
        out, counted, toll = [], 0, 0
        for surface, value, occ, role in spans:
            if role not in ROLES:
                errors.append(f"{iid}: bad role {role}")
            start = find(text, surface, occ)
            out.append({"start": start, "end": start + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
            outcome, _, count = value.partition(":")
            if outcome == "killed" and role != "b":
                counted += 1
                if role == "a":
                    toll += count_number(count) or 0
        out.sort(key=lambda s: s["start"])
        rec = {"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
               "spans": out, "fatalities": fat}
        check_record(rec, errors)
        if (fat == 0) != (counted == 0):
            errors.append(f"{iid}: fatalities {fat} but {counted} counted killed spans")
        if toll != fat:
            errors.append(f"{iid}: fatalities {fat} but role-a killed spans add to {toll}")
        records.append(rec)
    if errors:
        raise SystemExit("\n".join(errors))
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read from disk and check again
    errors, ids = [], set()
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh]
    for rec in reread:
        if rec["id"] in ids:
            errors.append(f"{rec['id']}: duplicate id")
        ids.add(rec["id"])
        killed = check_record(rec, errors)
        if killed == 0 and rec["fatalities"] != 0:
            errors.append(f"{rec['id']}: toll without a killed span")
    if reread != records:
        errors.append("re-read records differ from written records")
    if errors:
        raise SystemExit("\n".join(errors))
    return reread


def review(records):
    for rec in records:
        text, pos, parts = rec["text"], 0, []
        for sp in rec["spans"]:
            parts.append(text[pos:sp["start"]])
            parts.append(f"[{sp['text']}]{{{sp['value']}}}")
            pos = sp["end"]
        parts.append(text[pos:])
        print(f"{rec['id']} {rec['dct']} toll={rec['fatalities']}")
        print("  " + "".join(parts).replace("\n", "\n  "))


def summary(records):
    from collections import Counter
    by_outcome = Counter(sp["value"].split(":")[0] for r in records for sp in r["spans"])
    by_form = Counter()
    for r in records:
        for sp in r["spans"]:
            c = sp["value"].split(":")[1]
            m = re.match(r"^(>=|>|<=|~)", c)
            by_form[m.group(1) if m else ("N-M" if "-" in c else "N")] += 1
    zero = sum(1 for r in records if r["fatalities"] == 0)
    nospan = sum(1 for r in records if not r["spans"])
    print(f"items {len(records)}; spans {sum(by_outcome.values())} {dict(by_outcome)}; "
          f"forms {dict(by_form)}; toll 0: {zero}, toll >0: {len(records) - zero}; "
          f"items without spans: {nospan}; sum of tolls {sum(r['fatalities'] for r in records)}")


if __name__ == "__main__":
    recs = build()
    if "--review" in sys.argv:
        review(recs)
    summary(recs)
