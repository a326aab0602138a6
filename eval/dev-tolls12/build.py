#!/usr/bin/env python3
"""dev-tolls12: hand-written, hand-labelled DEVELOPMENT set of casualty spans and
per-report death tolls. The decision lists below are the source of truth.

Each item: id, dct, style (ACLED note or wire/press), region, text, spans, fatalities.
A span is S(surface, value, occ) -- a casualty figure that counts toward the toll when
its outcome is killed -- or B(surface, value, occ) -- a background figure (earlier event,
running total, trial/commemoration subject) that stays out of `fatalities`.
`occ` is the 1-based occurrence of `surface` among case-sensitive whole-word matches.

python3 build.py           build tolls-dev12.jsonl and check it
python3 build.py --review  print every item with its spans in brackets
"""
import json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-dev12.jsonl")

def S(surface, value, occ=1):
    return {"surface": surface, "value": value, "occ": occ, "bg": False}

def B(surface, value, occ=1):
    return {"surface": surface, "value": value, "occ": occ, "bg": True}

ITEMS = []
def IT(id_, dct, style, region, text, spans, fat):
    ITEMS.append(dict(id=id_, dct=dct, style=style, region=region, text=text.strip(), spans=spans, fat=fat))

# ---------------------------------------------------------------- Brazil
IT("c001", "2021-05-13", "acled", "Brazil", """
On 12 May 2021, Military Police (Brazil) conducted a raid in Jacarezinho favela, Rio de Janeiro. Two residents were wounded by stray bullets, and 4 suspects were arrested with 3 rifles. The operation came a week after a raid in the same favela that left 28 people dead. Fatalities: 0.
""", [S("Two residents", "injured:2"), B("28 people", "killed:28")], 0)

IT("c002", "2025-10-29", "wire", "Brazil", """
RIO POLICE RAID LEAVES AT LEAST 64 DEAD

RIO DE JANEIRO, Oct 28 (Reuters) - At least 64 people were killed on Tuesday in the deadliest police operation in the city's history, as some 2,500 officers stormed the Alemão and Penha complexes. The dead included four police officers, state officials said. On Wednesday, after residents carried dozens of bodies out of the forest above Penha, the state government revised the toll to 121. Eighty-one suspects were arrested.
""", [S("AT LEAST 64", "killed:>=64"), S("At least 64 people", "killed:>=64"), S("four police officers", "killed:4"),
      S("dozens of bodies", "killed:>=24"), S("121", "killed:121")], 121)

IT("c003", "2019-08-03", "acled", "Brazil", """
On 3 August 2019, a man was shot dead by military police officers during an operation in Complexo da Maré, Rio de Janeiro. Residents said he was a motorcycle-taxi driver on his way to work; police said he was armed. Schools in the area closed for the day.
""", [S("a man", "killed:1")], 1)

IT("c004", "2023-09-15", "wire", "Brazil", """
BELÉM, Brazil — A jury in Pará state on Thursday convicted two ranchers of ordering the 2017 massacre at Pau D'Arco, in which 10 landless workers were killed by police. The prosecutor said the farm's owner had paid officers to clear the camp. Relatives of the victims, who gathered outside the court, said they would appeal the sentences of 12 years as "too light".
""", [B("10 landless workers", "killed:10")], 0)

IT("c005", "2023-02-23", "acled", "Brazil", """
On 22 February 2023, illegal gold miners (garimpeiros) set fire to two health posts in the Yanomami Indigenous Territory near Surucucu, Roraima, and threatened to kill the nurses if they returned. No one was hurt. The attack follows reports that 570 Yanomami children died of malnutrition and treatable diseases over four years.
""", [B("570 Yanomami children", "killed:570")], 0)

IT("c006", "2023-06-12", "wire", "Brazil", """
ALTAMIRA, Brazil (AP) — Gunmen on motorbikes killed three ribeirinhos, river-dwelling fishermen, on a bank of the Xingu river on Sunday, police said. A fourth man, a rubber tapper, escaped by swimming across the river and was treated for a gunshot wound in the arm. "They came for the land, not for the fish," said a neighbour. Activists linked the killings to a dispute with a logging company; in 2022, 47 people were killed in rural land conflicts across Brazil, according to the Pastoral Land Commission.
""", [S("three ribeirinhos", "killed:3"), S("A fourth man", "injured:1"), B("47 people", "killed:47")], 3)

IT("c007", "2022-06-07", "wire", "Brazil", """
ATALAIA DO NORTE, Brazil — Search teams on Tuesday were still looking for an Indigenous affairs expert and a foreign journalist who went missing in the Javari valley on Sunday, after receiving threats from illegal fishermen. Two suspects have been detained. Indigenous groups said that a former colleague of the expert was shot dead in Tabatinga in 2019.
""", [S("an Indigenous affairs expert", "missing:1"), S("a foreign journalist", "missing:1"), B("a former colleague", "killed:1")], 0)

IT("c008", "2016-11-18", "acled", "Brazil", """
On 17 November 2016, civil police (Brazil) raided the Cidade de Deus favela, Rio de Janeiro, a day after a police helicopter crashed there, killing 4 officers. Residents reported that bodies were found in a wooded area the following morning. Fatalities: 7. Source notes that police say all the dead were drug traffickers.
""", [B("4 officers", "killed:4"), S("7", "killed:7")], 7)

IT("c009", "2021-04-17", "wire", "Brazil", """
SÃO PAULO — A documentary about the 1996 Eldorado dos Carajás massacre, in which military police killed 19 landless farmworkers, opened on Friday in 40 cinemas. Its director, who spent 5 years on the film, said survivors of the shooting still live beside the same highway, the PA-150.
""", [B("19 landless farmworkers", "killed:19")], 0)

IT("c010", "2023-05-11", "acled", "Brazil", """
On 10 May 2023, suspected garimpeiros opened fire on a Yanomami community in Uxiu, Roraima (Brazil), killing a health worker and wounding two others. A Yanomami man was also reported missing. On the next day, Federal Police (Brazil) said 4 miners were killed in a shootout with officers near the site; the miners' association put the figure at 6. Fatalities: 5.
""", [S("a health worker", "killed:1"), S("two others", "injured:2"), S("A Yanomami man", "missing:1"),
      S("4 miners", "killed:4"), S("6", "killed:6"), S("5", "killed:5")], 5)

# ---------------------------------------------------------------- Nicaragua / El Salvador
IT("c011", "2022-03-28", "acled", "El Salvador", """
On 27 March 2022, National Civil Police (El Salvador) and Armed Forces (El Salvador) arrested 576 suspected members of MS-13 and Barrio 18 across the country, a day after the gangs killed 62 people in a single day. The Legislative Assembly approved a state of exception. Fatalities: 0.
""", [B("62 people", "killed:62")], 0)

IT("c012", "2021-11-14", "wire", "El Salvador", """
SAN SALVADOR (AFP) - At least 14 people, including two police agents, were killed on Saturday in a wave of gang attacks in the capital and in La Libertad, authorities said. Officials declined to say how many gang members died in the clashes. "We will not rest," President Nayib Bukele wrote on Twitter, ordering the army into 9 municipalities.
""", [S("At least 14 people", "killed:>=14"), S("two police agents", "killed:2")], 14)

IT("c013", "2023-05-30", "wire", "El Salvador", """
SAN SALVADOR — The rights group Cristosal said on Monday that 153 people have died in state custody since the state of exception began in March 2022, many of them with signs of beatings. The group also documented 5 detainees who were taken to hospital after beatings in Mariona prison last month. The government did not respond.
""", [B("153 people", "killed:153"), S("5 detainees", "injured:5")], 0)

IT("c014", "2023-06-05", "acled", "El Salvador", """
On 4 June 2023, soldiers (El Salvador) shot and wounded an alleged gang member who opened fire on a patrol in Soyapango, San Salvador; he was arrested. One soldier was also wounded. Fatalities: 0.
""", [S("an alleged gang member", "injured:1"), S("One soldier", "injured:1")], 0)

IT("c015", "2018-07-15", "wire", "Nicaragua", """
MANAGUA (Reuters) - Two university students were shot dead on Saturday when paramilitaries loyal to President Daniel Ortega attacked a church where protesters had taken refuge, the Catholic archdiocese said. Some 200 students were trapped inside the Divine Mercy church for 15 hours. A local rights group said more than 270 people have been killed since the protests began in April.
""", [S("Two university students", "killed:2"), B("more than 270 people", "killed:>270")], 2)

IT("c016", "2022-08-21", "acled", "Nicaragua", """
On 20 August 2022, police (Nicaragua) raided the curia in Matagalpa and arrested Bishop Rolando Álvarez and 8 priests and seminarians. Earlier that week, unidentified hooded men abducted a Catholic radio journalist in Sébaco; his whereabouts remain unknown. Fatalities: 0.
""", [S("a Catholic radio journalist", "abducted:1")], 0)

IT("c017", "2018-07-18", "wire", "Nicaragua", """
MASAYA, Nicaragua -- Police and pro-government shock groups stormed the Monimbó neighbourhood on Tuesday, and the Nicaraguan Centre for Human Rights (CENIDH) said four people died, among them a 15-year-old boy. The government's count was lower: it said two people died, including a police officer hit by a sniper. Dozens were arrested, and hospitals treated at least 20 people with gunshot wounds.
""", [S("four people", "killed:4"), S("a 15-year-old boy", "killed:1"), S("two people", "killed:2"),
      S("a police officer", "killed:1"), S("at least 20 people", "injured:>=20")], 2)

IT("c018", "2020-01-10", "acled", "El Salvador", """
On 9 January 2020, unidentified gang members (MS-13) threw a grenade at a route 44 bus in Apopa, San Salvador; the grenade failed to explode and all 30 passengers escaped unhurt. The bus company had refused to pay extortion; in 2019 gangs killed 3 of its drivers. Fatalities: 0.
""", [B("3", "killed:3")], 0)

IT("c019", "2024-01-02", "wire", "El Salvador", """
SAN SALVADOR — El Salvador closed 2023 with 154 homicides, down from 495 the year before, the security minister said on Monday, crediting the state of exception. Critics note that the count leaves out gang members killed in clashes with the security forces and bodies found in clandestine graves. More than 75,000 people have been detained.
""", [B("154 homicides", "killed:154"), B("495", "killed:495")], 0)

IT("c020", "2018-05-31", "acled", "Nicaragua", """
On 30 May 2018, snipers (pro-government) fired on a Mothers' Day march in Managua (Nicaragua), killing at least 8 people, including a 15-year-old student, and wounding about 70. Two of the wounded died in hospital over the following days, raising the toll to at least 10.
""", [S("at least 8 people", "killed:>=8"), S("a 15-year-old student", "killed:1"), S("about 70", "injured:~70"),
      S("Two", "killed:2"), S("at least 10", "killed:>=10")], 10)

# ---------------------------------------------------------------- Dominican Republic / Puerto Rico
IT("c021", "2021-08-02", "wire", "Dominican Republic", """
SANTO DOMINGO — A 19-year-old motoconchista was shot dead by a police patrol in Los Alcarrizos early on Sunday; his family said he had been stopped for riding without a helmet. The National Police said the agents fired after the young man "pulled a weapon". The Public Ministry opened an inquiry. A rights group said police killed 94 people in so-called exchanges of fire in the first half of the year.
""", [S("A 19-year-old motoconchista", "killed:1"), B("94 people", "killed:94")], 1)

IT("c022", "2022-03-12", "acled", "Dominican Republic", """
On 11 March 2022, unidentified gunmen opened fire on a colmado in Villa Juana, Santo Domingo (Dominican Republic), wounding 3 customers, including a 12-year-old girl. Police arrested 2 suspects the next day. Fatalities: 0.
""", [S("3 customers", "injured:3"), S("a 12-year-old girl", "injured:1")], 0)

IT("c023", "2020-10-14", "wire", "Puerto Rico", """
Four men found shot dead in car in Bayamón

SAN JUAN, Puerto Rico (AP) — Police found the bodies of four men inside a car in a residential complex in Bayamón on Tuesday, hours after neighbours reported a burst of gunfire. Investigators recovered 60 shell casings from two rifles. The killings bring the number of murders on the island this year to 412, police said.
""", [S("Four men", "killed:4"), S("four men", "killed:4"), B("412", "killed:412")], 4)

IT("c024", "2023-03-12", "wire", "Puerto Rico", """
CAGUAS, Puerto Rico — Hundreds of people marched on Saturday to mark one year since the killing of two young women outside a Caguas nightclub, a case that remains unsolved. Relatives carried photos and demanded that police reopen the investigation. A 23-year-old man was arrested in the case last year but released for lack of evidence.
""", [B("two young women", "killed:2")], 0)

IT("c025", "2024-09-07", "acled", "Dominican Republic", """
On 6 September 2024, a man opened fire on customers at a car wash in San Cristóbal (Dominican Republic), killing 2 of them, before police officers shot him dead. A third customer was wounded. Fatalities: 3.
""", [S("2", "killed:2"), S("A third customer", "injured:1"), S("3", "killed:3")], 3)

IT("c026", "2026-01-16", "wire", "Dominican Republic", """
SANTO DOMINGO — Dominican police on Thursday dismantled a gang accused of 11 robberies in the capital and seized 14 pistols, an AK-47 and 2 kg of cocaine. Twelve suspects were arrested. The Haitian gang 400 Mawozo, which officers said supplied the weapons, is blamed for killing dozens of people across the border in Croix-des-Bouquets.
""", [B("dozens of people", "killed:>=24")], 0)

IT("c027", "2019-04-16", "acled", "Puerto Rico", """
On 15 April 2019, a police officer, Agent Luis Ortiz Marrero, was shot dead while answering a domestic call in Carolina (Puerto Rico). The suspect, his neighbour, was arrested unhurt. Source notes he was the 2nd officer killed on the island that year.
""", [S("a police officer", "killed:1")], 1)

IT("c028", "2015-06-18", "wire", "Dominican Republic", """
PUERTO PLATA — A man who had threatened on social media to kill his former partner and her two children was arrested on Wednesday in Sosúa, police said. Officers found a revolver and 30 bullets in his house. Last year 68 women were killed by current or former partners in the country, according to the Attorney General's Office.
""", [B("68 women", "killed:68")], 0)

IT("c029", "2020-10-19", "acled", "Dominican Republic", """
On 18 October 2020, the Specialised Border Security Corps (CESFRONT) said it neutralised 3 armed smugglers who fired on a patrol near Dajabón (Dominican Republic); 2 rifles and 40 head of cattle were seized. Fatalities: 0.
""", [S("3 armed smugglers", "casualties:3")], 0)

IT("c030", "2022-05-09", "wire", "Puerto Rico", """
PONCE, Puerto Rico — Two men were killed and three wounded when gunmen fired from a moving car at a basketball court in Ponce on Saturday night, police said. One of the wounded, a 17-year-old, died on Sunday at a local hospital, raising the death toll to three. Polce said the attack was drug related.
""", [S("Two men", "killed:2"), S("three", "injured:3", 1), S("One", "killed:1"), S("three", "killed:3", 2)], 3)

# ---------------------------------------------------------------- Cameroon (North-West, South-West)
IT("c031", "2020-02-15", "acled", "Cameroon", """
On 14 February 2020, soldiers (Cameroon) and Fulani militia attacked Ngarbuh village, Donga-Mantung (North-West), killing 21 civilians, including 13 children and a pregnant woman, and burning houses. The government later admitted that 3 soldiers took part. Fatalities: 21.
""", [S("21 civilians", "killed:21"), S("13 children", "killed:13"), S("a pregnant woman", "killed:1"), S("21", "killed:21", 2)], 21)

IT("c032", "2019-11-05", "wire", "Cameroon", """
BAMENDA, Cameroon — Armed separatists abducted 11 pupils and their principal from a Presbyterian school in Nkwen on Monday, church officials said. The gunmen, who want schools shut in the Anglophone regions, released the principal the same evening. "We have no news of the children," a teacher said. The kidnapping echoed the 2018 abduction of 78 pupils in the same town.
""", [S("11 pupils", "abducted:11"), S("their principal", "abducted:1"), B("78 pupils", "abducted:78")], 0)

IT("c033", "2020-10-25", "acled", "Cameroon", """
On 24 October 2020, unidentified gunmen (suspected Ambazonian separatists) stormed a bilingual academy in Kumba, Meme (South-West), and opened fire on pupils in a classroom. The dead numbered 7, all children aged 9 to 12; 13 others were wounded. Fatalities: 7.
""", [S("7", "killed:7", 1), S("13 others", "injured:13"), S("7", "killed:7", 2)], 7)

IT("c034", "2021-03-10", "wire", "Cameroon", """
BUEA — Separatist fighters set fire to the divisional office in Muyuka on Tuesday night and exchanged fire with soldiers for about two hours, residents said. No one was killed, according to the regional governor, but 4 houses and 2 cars were burned. Since 2017 the conflict has killed more than 6,000 people, according to the International Crisis Group.
""", [B("more than 6,000 people", "killed:>6000")], 0)

IT("c035", "2021-05-03", "acled", "Cameroon", """
On 2 May 2021, the BIR (Cameroon) said it neutralised 7 Amba Boys during a raid on a separatist camp near Batibo, Momo (North-West), and seized 2 shotguns. Separatists denied losses. Fatalities: 0.
""", [S("7 Amba Boys", "casualties:7")], 0)

IT("c036", "2022-06-13", "wire", "Cameroon", """
KUMBO, Cameroon (AFP) — Suspected separatists beheaded a traditional ruler after abducting him from his palace near Kumbo on Friday, local officials said on Sunday. Two of his notables who were seized with him are still missing. The region's traditional rulers have been targets since 2018; at least 12 fons have been abducted.
""", [S("a traditional ruler", "killed:1"), S("Two", "missing:2"), B("at least 12 fons", "abducted:>=12")], 1)

IT("c037", "2022-01-13", "wire", "Cameroon", """
LIMBE — An improvised explosive device went off near the Limbe omnisport stadium on Wednesday, hours before a training session of the Mali team, slightly wounding a soldier and two civilians. Separatists had threatened to disrupt the Africa Cup of Nations. Security was stepped up around the 4 host stadiums..
""", [S("a soldier", "injured:1"), S("two civilians", "injured:2")], 0)

IT("c038", "2023-01-07", "acled", "Cameroon", """
On 6 January 2023, separatist fighters (Ambazonia) attacked Ndu, Donga-Mantung (North-West), and killed a farmer, two motorbike riders and a councillor's son. The bodies of 2 more villagers were found in the bush the following day. Fatalities: 6.
""", [S("a farmer", "killed:1"), S("two motorbike riders", "killed:2"), S("a councillor's son", "killed:1"),
      S("2 more villagers", "killed:2"), S("6", "killed:6", 2)], 6)

IT("c039", "2020-09-22", "wire", "Cameroon", """
YAOUNDÉ — A military court on Monday sentenced three soldiers to 10 years in prison for the 2015 killing of two women and two children in Zelevet, in the Far North, a case exposed by a video. The court acquitted a fourth soldier. Rights groups said the sentences were too light.
""", [B("two women", "killed:2"), B("two children", "killed:2")], 0)

IT("c040", "2019-07-20", "acled", "Cameroon", """
On 19 July 2019, suspected Mbororo herders raided farms in Bali-Nyonga, Mezam (North-West), and separatists retaliated by killing 40 cattle. Local sources said a herder was wounded by machete. Fatalities: 0.
""", [S("a herder", "injured:1")], 0)

# ---------------------------------------------------------------- Chad / Central African Republic
IT("c041", "2022-02-10", "acled", "Chad", """
On 9 February 2022, clashes between herders and farmers broke out in Sandana, Moyen-Chari (Chad), after a dispute over a field; 10 farmers and 2 herders were killed and 7 people wounded. Fatalities: 12.
""", [S("10 farmers", "killed:10"), S("2 herders", "killed:2"), S("7 people", "injured:7"), S("12", "killed:12")], 12)

IT("c042", "2021-03-04", "wire", "Central African Republic", """
BANGUI (Reuters) - Russian instructors and Central African soldiers killed at least 30 civilians in an operation against rebels near Bambari last month, a UN report said on Wednesday. The government said the operation killed 12 people, all of them rebels. The UN peacekeeping mission, MINUSCA, has about 14,000 troops in the country.
""", [S("at least 30 civilians", "killed:>=30"), S("12 people", "killed:12")], 12)

IT("c043", "2023-03-04", "acled", "Central African Republic", """
On 3 March 2023, 3R rebels (Return, Reclamation, Rehabilitation) stopped a truck on the Bocaranga-Koui road, Ouham-Pendé (CAR), abducted 4 passengers and looted goods. The driver is missing. Fatalities: 0.
""", [S("4 passengers", "abducted:4"), S("The driver", "missing:1")], 0)

IT("c044", "2019-10-09", "wire", "Chad", """
N'DJAMENA — A vehicle carrying workers of a Chinese oil company struck a landmine near Doba on Tuesday; the driver and two engineers were injured, the governor said. Chadian troops later arrested two suspected rebels in the area. "The road is now secure," the governor told state radio.
""", [S("the driver", "injured:1"), S("two engineers", "injured:2")], 0)

IT("c045", "2021-09-30", "acled", "Central African Republic", """
On 29 September 2021, Anti-balaka militia attacked the Fulani camp of Ndjoh, Ouaka (CAR), killing between 8 and 12 Fulani herders according to local sources; MINUSCA reported 8 bodies. Around 300 cattle were stolen.
""", [S("between 8 and 12 Fulani herders", "killed:8-12"), S("8 bodies", "killed:8")], 8)

IT("c046", "2022-11-01", "wire", "Central African Republic", """
BANGUI — The Special Criminal Court on Monday sentenced three militia leaders to prison terms of 20 years to life for the May 2019 massacres in Koundjili and Lemouna, in which 46 civilians were killed by 3R fighters. It was the court's first verdict. Victims' families asked for reparations.
""", [B("46 civilians", "killed:46")], 0)

IT("c047", "2023-10-21", "wire", "Chad", """
N'DJAMENA (AFP) — Opposition supporters tried to gather on Friday to mark a year since "Black Thursday", when security forces fired on protesters, killing about 50 people according to the government and as many as 128 according to the opposition. Police fired tear gas and arrested 12 people; scores of people were treated for the effects of the gas.
""", [B("about 50 people", "killed:~50"), B("as many as 128", "killed:<=128"), S("scores of people", "injured:>=40")], 0)

IT("c048", "2021-04-20", "acled", "Chad", """
On 19 April 2021, FACT rebels (Front for Change and Concord in Chad) clashed with the Chadian army (ANT) near Nokou, Kanem (Chad). The army claimed that over 300 rebels were killed and 150 captured, while it lost 5 soldiers; 36 soldiers were wounded. The rebels said they killed dozens of soldiers. Fatalities: 305.
""", [S("over 300 rebels", "killed:>300"), S("5 soldiers", "killed:5"), S("36 soldiers", "injured:36"),
      S("dozens of soldiers", "killed:>=24"), S("305", "killed:305")], 305)

IT("c049", "2021-05-04", "wire", "Central African Republic", """
BANGUI — Central African authorities said on Monday they had foiled a plot to assassinate President Faustin-Archange Touadéra and arrested 4 foreigners, including a French national, who they said also planned to kill several ministers. The French embassy called the accusations "baseless".
""", [], 0)

IT("c050", "2022-01-26", "acled", "Central African Republic", """
On 25 January 2022, Wagner Group forces and FACA (CAR) attacked a gold-mining site near Aigbado, Haute-Kotto, killing at least 30 civilians, mostly artisanal miners and traders of Fulani and Sudanese origin. Survivors said several more were taken away. Fatalities: 30.
""", [S("at least 30 civilians", "killed:>=30"), S("30", "killed:30", 2)], 30)

# ---------------------------------------------------------------- Burundi / Rwanda
IT("c051", "2015-09-22", "wire", "Burundi", """
Grenade blasts kill two at Bujumbura bus station

BUJUMBURA — Two people were killed and 17 wounded when unknown assailants threw grenades at a bus station in Bujumbura's Kamenge district on Monday evening, a police spokesman said. One of the dead was a street vendor. A similar attack in the same district in May killed a child.
""", [S("two", "killed:2"), S("Two people", "killed:2"), S("17", "injured:17"), S("One", "killed:1"), B("a child", "killed:1")], 2)

IT("c052", "2020-06-08", "acled", "Burundi", """
On 7 June 2020, Imbonerakure (CNDD-FDD youth league) beat 3 CNL party members in Mugina, Cibitoke (Burundi), and took one of them to an unknown location. Fatalities: 0.
""", [S("3 CNL party members", "injured:3"), S("one", "abducted:1")], 0)

IT("c053", "2024-04-08", "wire", "Rwanda", """
KIGALI — Rwanda began a week of mourning on Sunday to mark 30 years since the 1994 genocide against the Tutsi, in which more than 800,000 people were killed in 100 days. President Paul Kagame lit a flame at the Kigali Genocide Memorial, where the remains of over 250,000 victims are buried.
""", [B("more than 800,000 people", "killed:>800000"), B("over 250,000 victims", "killed:>250000")], 0)

IT("c054", "2023-12-23", "acled", "Burundi", """
On 22 December 2023, RED-Tabara rebels attacked Vugizo, Gatumba zone, Bujumbura Rural (Burundi), near the DRC border, killing 20 people, including 12 children, a pregnant woman and a police officer. RED-Tabara claimed the attack but denied killing civilians. Fatalities: 20.
""", [S("20 people", "killed:20"), S("12 children", "killed:12"), S("a pregnant woman", "killed:1"),
      S("a police officer", "killed:1"), S("20", "killed:20", 2)], 20)

IT("c055", "2023-02-10", "wire", "Burundi", """
BUJUMBURA (Reuters) - Burundi's health ministry said on Thursday that a cholera outbreak in Cibitoke and Bujumbura has killed 14 people since January, and urged residents to boil water. Separately, police said 6 suspected rebels were arrested in Rugombo.
""", [B("14 people", "killed:14")], 0)

IT("c056", "2018-12-16", "acled", "Rwanda", """
On 15 December 2018, armed men (suspected FLN) crossed from Burundi and attacked vehicles in Nyungwe Forest, Nyamagabe (Rwanda), killing 2 passengers and injuring 8. On 13 December, a bus in the same area had been burned with no casualties. Fatalities: 2.
""", [S("2 passengers", "killed:2"), S("8", "injured:8"), S("2", "killed:2", 2)], 2)

IT("c057", "2022-05-24", "wire", "Rwanda", """
MUSANZE, Rwanda — Two shells fired from across the border with the Democratic Republic of Congo landed in Kinigi sector on Monday, damaging a house and slightly injuring a child, the Rwanda Defence Force said. It was the third such incident in a month. The RDF said it "reserves the right to respond".
""", [S("a child", "injured:1")], 0)

IT("c058", "2022-09-03", "acled", "Burundi", """
On 2 September 2022, residents found 3 bodies, two men and a woman, tied with ropes in the Rusizi river, Buganda commune, Cibitoke (Burundi). Local officials said they had not been identified. Fatalities: 3.
""", [S("3 bodies", "killed:3"), S("two men", "killed:2"), S("a woman", "killed:1"), S("3", "killed:3", 2)], 3)

IT("c059", "2020-10-21", "wire", "Burundi", """
BUJUMBURA — Burundi's Supreme Court sentenced former president Pierre Buyoya in absentia to life in prison for the 1993 assassination of his successor, whose killing sparked a civil war that killed some 300,000 people. Buyoya's supporters called the trial political.
""", [B("his successor", "killed:1"), B("some 300,000 people", "killed:~300000")], 0)

IT("c060", "2021-07-14", "wire", "Rwanda", """
KARONGI, Rwanda — Navy divers were searching Lake Kivu on Wednesday for five fishermen missing since their boat was shot at by unidentified gunmen near Idjwi island. A sixth fisherman swam ashore with a bullet wound to the shoulder. The district mayor said 3 boats had been stolen in the area this year.
""", [S("five fishermen", "missing:5"), S("A sixth fisherman", "injured:1")], 0)

# ---------------------------------------------------------------- Zimbabwe / Malawi
IT("c061", "2018-08-02", "wire", "Zimbabwe", """
HARARE (Reuters) - Zimbabwean soldiers opened fire on opposition supporters protesting in central Harare on Wednesday, killing three people, police said. The opposition MDC Alliance said at least six had died. The army was deployed after protesters burned cars and stormed the electoral commission's offices. By Sunday the toll stood at six, police said, after three of the wounded died in hospital.
""", [S("three people", "killed:3"), S("at least six", "killed:>=6"), S("six", "killed:6", 2), S("three", "killed:3", 2)], 6)

IT("c062", "2020-05-14", "acled", "Zimbabwe", """
On 13 May 2020, three MDC Alliance youth leaders were abducted by suspected state agents after a protest in Harare (Zimbabwe); they were found two days later in Bindura with injuries. Fatalities: 0.
""", [S("three MDC Alliance youth leaders", "abducted:3")], 0)

IT("c063", "2020-03-11", "wire", "Malawi", """
LILONGWE — A 22-year-old vendor was critically wounded on Tuesday after police fired live rounds at traders protesting the closure of the Lilongwe main market, the Malawi Human Rights Commission said. A police spokesperson said officers fired in the air and that the man may have been hit by a ricochet. Two officers were treated for injuries from stones.
""", [S("A 22-year-old vendor", "injured:1"), S("Two officers", "injured:2")], 0)

IT("c064", "2026-03-17", "wire", "Zimbabwe", """
BULAWAYO — Traditional chiefs in Matabeleland began public hearings on Monday into the Gukurahundi massacres of the 1980s, in which an estimated 20,000 civilians were killed by the army's Fifth Brigade. Villagers told the hearing in Tsholotsho that their relatives lay in 3 mass graves near the school.
""", [B("an estimated 20,000 civilians", "killed:~20000")], 0)

IT("c065", "2022-02-28", "acled", "Zimbabwe", """
On 27 February 2022, ZANU-PF supporters attacked a CCC rally in Kwekwe, Midlands (Zimbabwe), with iron bars and spears; 1 fatality (a CCC supporter) and 22 injured reported. Police arrested 16 people. Fatalities: 1.
""", [S("1 fatality", "killed:1"), S("a CCC supporter", "killed:1"), S("22", "injured:22"), S("1", "killed:1", 2)], 1)

IT("c066", "2021-06-18", "wire", "Malawi", """
MANGOCHI, Malawi — The High Court on Thursday sentenced 4 men to death for the 2018 murder of a fisherman, a man with albinism whose bones they tried to sell in Mozambique. Rights groups said at least 25 people with albinism have been killed in Malawi since 2014. Police said a 9-year-old boy with albinism was rescued unhurt from would-be abductors last week.
""", [B("a fisherman", "killed:1"), B("at least 25 people", "killed:>=25")], 0)

IT("c067", "2023-07-21", "acled", "Malawi", """
On 20 July 2023, police (Malawi) fired tear gas at protesters in Mzuzu marking the anniversary of the July 2011 demonstrations, in which 20 people were shot dead by police. Fewer than 10 protesters were injured and 11 arrested. Fatalities: 0.
""", [B("20 people", "killed:20"), S("Fewer than 10 protesters", "injured:<=9")], 0)

IT("c068", "2022-09-11", "wire", "Zimbabwe", """
MUTARE, Zimbabwe — Illegal gold panners, known locally as makorokoza, hacked to death two security guards and a mine supervisor at a claim near Penhalonga on Saturday, police said. A third guard, who was tied up, escaped unhurt. Police recovered 4 machetes. Clashes between rival machete gangs at the mines have killed dozens of people in the past two years.
""", [S("two security guards", "killed:2"), S("a mine supervisor", "killed:1"), B("dozens of people", "killed:>=24")], 3)

IT("c069", "2024-07-12", "wire", "Malawi", """
BLANTYRE -- A police officer died of a heart attack while on duty at a protest in Blantyre on thursday, police said, denying claims on social media that he had been stoned by demonstrators . Organisers said 3 protesters were beaten by officers.
""", [S("3 protesters", "injured:3")], 0)

IT("c070", "2019-03-09", "acled", "Zimbabwe", """
On 8 March 2019, suspected ZANU-PF youths attacked the homestead of an MDC activist in Gokwe, Midlands (Zimbabwe), killing a village head who tried to intervene. The MDC said two people were killed, while police confirmed one death. Fatalities: 1.
""", [S("a village head", "killed:1"), S("two people", "killed:2"), S("one death", "killed:1"), S("1", "killed:1")], 1)

# ---------------------------------------------------------------- Georgia / Armenia
IT("c071", "2022-09-15", "wire", "Armenia", """
YEREVAN (Reuters) - Armenia said on Thursday that 105 of its servicemen had been killed in two days of fighting with Azerbaijan along their border, up from 49 reported on Tuesday. Azerbaijan said it had lost 50 soldiers. Shelling also hit Jermuk and Goris, damaging 192 homes.
""", [S("105", "killed:105"), S("49", "killed:49"), S("50 soldiers", "killed:50")], 155)

IT("c072", "2023-03-29", "acled", "Armenia", """
On 28 March 2023, Azerbaijani forces fired mortars at positions of the Armed Forces of Armenia near Sotk, Gegharkunik (Armenia). A civilian house and a car were damaged. The Armenian MoD reported no casualties. Fatalities: 0.
""", [], 0)

IT("c073", "2021-08-14", "wire", "Georgia", """
TBILISI — Georgia's State Security Service said on Friday that Russian border guards had detained 2 Georgian villagers near Khurvaleti for "illegally crossing" the boundary line with South Ossetia. The case revived memories of Archil Tatunashvili, a Georgian soldier who died of ill-treatment in Tskhinvali custody in 2018.
""", [B("a Georgian soldier", "killed:1")], 0)

IT("c074", "2021-11-17", "acled", "Armenia", """
On 16 November 2021, Azerbaijani forces and Armenian forces clashed near Sev Lich, Syunik (Armenia). The Armenian MoD said 6 soldiers were killed and 32 missing; Azerbaijan reported 7 servicemen killed and 10 wounded. Fatalities: 13.
""", [S("6 soldiers", "killed:6"), S("32", "missing:32"), S("7 servicemen", "killed:7"), S("10", "injured:10"), S("13", "killed:13")], 13)

IT("c075", "2023-09-28", "wire", "Armenia", """
YEREVAN — Thousands of people walked to the Yerablur military pantheon on Wednesday to mark the third anniversary of the 44-day war, in which more than 3,800 Armenian soldiers were killed. Relatives of some 200 soldiers still listed as missing held a separate vigil outside the government building.
""", [B("more than 3,800 Armenian soldiers", "killed:>3800"), B("some 200 soldiers", "missing:~200")], 0)

IT("c076", "2024-12-01", "acled", "Georgia", """
On 30 November 2024, protesters rallied outside Parliament in Tbilisi (Georgia) against the suspension of EU accession talks; riot police used water cannon and rubber bullets. The Interior Ministry said 27 protesters, 3 journalists and 113 officers were hospitalised or treated for injuries. 107 people were detained. Fatalities: 0.
""", [S("27 protesters", "injured:27"), S("3 journalists", "injured:3"), S("113 officers", "injured:113")], 0)

IT("c077", "2023-09-21", "wire", "Armenia", """
STEPANAKERT — At least 200 people, among them 10 civilians, were killed and more than 400 wounded in Azerbaijan's one-day offensive in Nagorno-Karabakh, the region's ombudsman said on Thursday. Five of the civilians were children. The fighting came three years after the 2020 war, in which some 6,500 soldiers on both sides died.
""", [S("At least 200 people", "killed:>=200"), S("10 civilians", "killed:10"), S("more than 400", "injured:>400"),
      S("Five", "killed:5"), B("some 6,500 soldiers", "killed:~6500")], 200)

IT("c078", "2023-04-12", "acled", "Armenia", """
On 11 April 2023, Armenian and Azerbaijani forces exchanged fire near Tegh, Syunik (Armenia). Armenia said 4 of its servicemen were wounded; Azerbaijan said 3 of its soldiers were injured and that it had suffered no other losses. Fatalities: 0.
""", [S("4", "injured:4"), S("3", "injured:3")], 0)

IT("c079", "2024-08-11", "wire", "Georgia", """
TBILISI — A new Georgian feature film about the August 2008 war, in which some 170 Georgian servicemen and 224 civilians were killed, premiered on Saturday, 16 years after the five-day conflict. The director said he interviewed 40 veterans. One of the actors, a former soldier, was wounded in Gori during the war.
""", [B("some 170 Georgian servicemen", "killed:~170"), B("224 civilians", "killed:224"), B("One", "injured:1")], 0)

IT("c080", "2021-06-06", "acled", "Armenia", """
On 5 June 2021, a shepherd from Verin Shorzha, Gegharkunik (Armenia), was reported missing near the border with Azerbaijan, after Azerbaijani soldiers shot 20 of his sheep. Armenian forces fired warning shots; no one was hurt. Fatalities: 0.
""", [S("a shepherd", "missing:1")], 0)

# ---------------------------------------------------------------- Tajikistan / Kyrgyzstan
IT("c081", "2022-09-18", "wire", "Kyrgyzstan", """
BISHKEK (Reuters) - Kyrgyzstan said on Sunday that 59 of its citizens had been killed in clashes with Tajik forces on the disputed border, and 144 wounded. Tajikistan said 35 of its people died. More than 136,000 people were evacuated from the Batken region.
""", [S("59", "killed:59"), S("144", "injured:144"), S("35", "killed:35")], 94)

IT("c082", "2025-03-14", "acled", "Kyrgyzstan", """
On 13 March 2025, the presidents of Kyrgyzstan and Tajikistan signed a border treaty in Bishkek, settling 972 km of frontier. The dispute caused clashes in April 2021 and September 2022 that killed more than 100 people. No incidents reported. Fatalities: 0.
""", [B("more than 100 people", "killed:>100")], 0)

IT("c083", "2022-05-18", "wire", "Tajikistan", """
KHOROG, Tajikistan — Tajik security forces killed 8 members of "organised criminal groups" during an "anti-terrorist operation" in the Rushan district of Gorno-Badakhshan, the Interior Ministry said on Wednesday; one officer was also killed. Local activists put the toll at 21 dead. Thirteen people were detained.
""", [S("8 members", "killed:8"), S("one officer", "killed:1"), S("21", "killed:21")], 9)

IT("c084", "2021-11-26", "acled", "Tajikistan", """
On 25 November 2021, about 1,000 residents of Khorog, GBAO (Tajikistan), protested for a fourth day over the killing of a local man by security officers; police fired on the crowd, wounding 3 protesters. Fatalities: 0.
""", [B("a local man", "killed:1"), S("3 protesters", "injured:3")], 0)

IT("c085", "2021-05-01", "wire", "Kyrgyzstan", """
ISFANA, Kyrgyzstan — Between 31 and 36 Kyrgyz citizens were killed in two days of fighting over a water intake at the Golovnoi facility, officials said, and more than 150 were wounded. Among the dead were two schoolgirls hit in a house in Kok-Tash. In Tajikistan, 19 people died, according to local officials.
""", [S("Between 31 and 36 Kyrgyz citizens", "killed:31-36"), S("more than 150", "injured:>150"),
      S("two schoolgirls", "killed:2"), S("19 people", "killed:19")], 50)

IT("c086", "2022-01-28", "acled", "Kyrgyzstan", """
On 27 January 2022, Kyrgyz and Tajik border guards exchanged fire near Tort-Kocho, Batken (Kyrgyzstan), after a road was blocked; the Kyrgyz side reported 11 wounded, the Tajik side 2 civilians wounded. Fatalities: 0.
""", [S("11", "injured:11"), S("2 civilians", "injured:2")], 0)

IT("c087", "2020-02-19", "wire", "Tajikistan", """
DUSHANBE — A court in Dushanbe on Tuesday jailed 16 men for up to 25 years over the 2019 riot at the Vakhdat prison, in which 3 guards and 29 inmates were killed. Defence lawyers said the sentences were handed down after a closed trial that lasted 4 days.
""", [B("3 guards", "killed:3"), B("29 inmates", "killed:29")], 0)

IT("c088", "2023-06-16", "wire", "Kyrgyzstan", """
BATKEN, Kyrgyzstan — A lorry driver died in hospital on Thursday, two days after Tajik border guards fired at his vehicle near the Kairagach checkpoint, the Kyrgyz border service said. His passenger, a 40-year-old trader, was still in intensive care. Tajikistan said its guards had fired warning shots at a vehicle that ignored orders to stop.
""", [S("A lorry driver", "killed:1"), S("His passenger", "injured:1")], 1)

IT("c089", "2022-06-03", "acled", "Tajikistan", """
On 2 June 2022, security forces (Tajikistan) detained 12 residents of Rushan, GBAO (Tajikistan), accused of links to 'criminal groups'; relatives said a 70-year-old elder was beaten and 2 young men have been missing since the raid. Fatalities: 0.
""", [S("a 70-year-old elder", "injured:1"), S("2 young men", "missing:2")], 0)

IT("c090", "2023-09-18", "wire", "Kyrgyzstan", """
BISHKEK — Kyrgyzstan's defence ministry said on Monday that Tajik forces had moved 3 tanks and 2 BM-21 Grad launchers close to the border, and that a cow was killed by a mine near Ak-Sai. No people were hurt. A year ago, a Grad strike on Ak-Sai killed a 12-year-old boy.
""", [B("a 12-year-old boy", "killed:1")], 0)

# ---------------------------------------------------------------- Israel / Gaza
IT("c091", "2025-06-02", "wire", "Gaza", """
GAZA (Reuters) - At least 31 Palestinians were killed and more than 170 wounded near an aid distribution site in Rafah on Sunday, Gaza's health ministry said. The Israeli military said troops fired warning shots at "suspects" who approached them and that it was not aware of any injuries. The Gaza Humanitarian Foundation said there were no casualties at its site.
""", [S("At least 31 Palestinians", "killed:>=31"), S("more than 170", "injured:>170")], 31)

IT("c092", "2021-05-11", "acled", "Israel", """
On 10 May 2021, Hamas (Izz ad-Din al-Qassam Brigades) fired about 150 rockets from Gaza toward Jerusalem and Israeli towns; most were intercepted by Iron Dome. One rocket hit a house in Ashkelon, lightly wounding a woman. Fatalities: 0.
""", [S("a woman", "injured:1")], 0)

IT("c093", "2024-08-20", "wire", "Gaza", """
DEIR AL-BALAH, Gaza — An Israeli air strike on a house in Deir al-Balah killed 9 members of one family, including 4 children and their grandmother, local health officials said on Tuesday. The military said it had targeted a Hamas commander. The health ministry says more than 40,000 people have been killed in Gaza since October 7.
""", [S("9 members", "killed:9"), S("4 children", "killed:4"), S("their grandmother", "killed:1"),
      B("more than 40,000 people", "killed:>40000")], 9)

IT("c094", "2023-02-04", "acled", "Israel", """
On 3 February 2023, a Palestinian man tried to stab a police officer at a checkpoint in east Jerusalem; the officer was unhurt and the assailant was "neutralised", police said. Later reports said the assailant was arrested with light injuries. Fatalities: 0.
""", [S("the assailant", "casualties:1", 1), S("the assailant", "injured:1", 2)], 0)

IT("c095", "2019-05-15", "wire", "Israel", """
TEL AVIV — A rocket fired from Gaza wounded a Thai farmworker and slightly hurt two others in a greenhouse in the Eshkol region on Tuesday, the ambulance service said. About 60 rockets were launched during the day, the army said; it struck 12 Hamas targets in response.
""", [S("a Thai farmworker", "injured:1"), S("two others", "injured:2")], 0)

IT("c096", "2024-03-01", "acled", "Gaza", """
On 29 February 2024, Israeli forces (IDF) opened fire as crowds gathered around aid trucks on al-Rashid road, Gaza City (Palestine). The Gaza health ministry reported 112 fatalities and 760 injured; the IDF said most died in a stampede and that troops fired at "a limited number" of people. Fatalities: 112.
""", [S("112 fatalities", "killed:112"), S("760", "injured:760"), S("112", "killed:112", 2)], 112)

IT("c097", "2024-10-06", "wire", "Israel", """
TEL AVIV — Thousands gathered at Hostages Square on Saturday night, a year after Hamas-led gunmen killed about 1,200 people in southern Israel and abducted 251. Families of the 101 hostages still held in Gaza urged the government to reach a deal.
""", [B("about 1,200 people", "killed:~1200"), B("251", "abducted:251"), B("101 hostages", "abducted:101")], 0)

IT("c098", "2019-11-15", "acled", "Gaza", """
On 14 November 2019, Israeli aircraft struck a building used by Islamic Jihad in Khan Younis (Palestine) after residents were warned to leave; the building was destroyed. No one was hurt. Islamic Jihad said its rocket fire was a response to the killing of its commander Baha Abu al-Ata two days earlier. Fatalities: 0.
""", [B("its commander", "killed:1")], 0)

IT("c099", "2018-07-16", "wire", "Gaza", """
KHAN YOUNIS, Gaza — A 13-year-old boy who was shot by Israeli troops during protests at the border fence on Friday died of his wounds on Monday, Gaza's health ministry said, bringing to 3 the number of Palestinians killed at Friday's protest. Another 246 were wounded that day.
""", [S("A 13-year-old boy", "killed:1"), S("3", "killed:3"), S("246", "injured:246")], 3)

IT("c100", "2024-04-06", "acled", "Israel", """
On 5 April 2024, Israeli settlers attacked Palestinian herders near al-Mughayyir, Ramallah (West Bank), beating 4 men, including a 70-year-old, and killing 12 sheep. Israeli forces arrested 2 of the herders. Fatalities: 0.
""", [S("4 men", "injured:4"), S("a 70-year-old", "injured:1")], 0)

# ---------------------------------------------------------------- Lebanon 2024
IT("c101", "2024-09-18", "wire", "Lebanon", """
BEIRUT (AP) — Thousands of pagers used by Hezbollah members exploded almost at once across Lebanon on Tuesday, killing at least nine people, including an 8-year-old girl, and wounding about 2,800, the health minister said. Among the wounded was Iran's ambassador. On Wednesday the ministry raised the toll to 12, saying three of the wounded had died.
""", [S("at least nine people", "killed:>=9"), S("an 8-year-old girl", "killed:1"), S("about 2,800", "injured:~2800"),
      S("Iran's ambassador", "injured:1"), S("12", "killed:12"), S("three", "killed:3")], 12)

IT("c102", "2024-10-03", "acled", "Lebanon", """
On 2 October 2024, Israeli forces struck a house in Khiam, Marjayoun (Lebanon), after an evacuation warning; no casualties were reported. Hezbollah said it fired rockets at Kiryat Shmona, where 2 cars were damaged. Fatalities: 0.
""", [], 0)

IT("c103", "2024-11-28", "wire", "Lebanon", """
BEIRUT — Lebanon's health ministry said on Thursday that Israeli attacks since October 2023 had killed 3,961 people and wounded 16,520, a day after a ceasefire took effect. Tens of thousands of displaced people streamed back toward the south, where whole villages have been flattened.
""", [B("3,961 people", "killed:3961"), B("16,520", "injured:16520")], 0)

IT("c104", "2024-08-22", "acled", "Lebanon", """
On 21 August 2024, an Israeli drone struck a car in Nabatieh (Lebanon), killing a Hezbollah commander and two other members; a passer-by was wounded. Fatalities: 3.
""", [S("a Hezbollah commander", "killed:1"), S("two other members", "killed:2"), S("a passer-by", "injured:1"), S("3", "killed:3")], 3)

IT("c105", "2024-09-21", "wire", "Lebanon", """
BEIRUT — Rescuers pulled the bodies of 6 more people from the rubble of a residential building in Beirut's southern suburbs on Saturday, raising the death toll from Friday's strike to 45, including 3 children, the health ministry said. The Israeli military said the strike killed Ibrahim Aqil, a senior commander, and 15 other Radwan Force members.
""", [S("6 more people", "killed:6"), S("45", "killed:45"), S("3 children", "killed:3"),
      S("a senior commander", "killed:1"), S("15 other Radwan Force members", "killed:15")], 45)

IT("c106", "2024-07-09", "wire", "Lebanon", """
TYRE, Lebanon — Israeli shelling set fire to olive groves near Alma al-Shaab on Monday, burning dozens of hectares and killing about 50 goats, the mayor said. Two civil defence firefighters were lightly hurt while putting out the blaze.
""", [S("Two civil defence firefighters", "injured:2")], 0)

IT("c107", "2024-09-24", "acled", "Lebanon", """
On 23 September 2024, Israeli forces launched hundreds of air strikes across southern Lebanon and the Bekaa. The Lebanese health ministry reported 492 killed, including 35 children, and 1,645 wounded. Hezbollah did not release its losses. Fatalities: 492.
""", [S("492", "killed:492"), S("35 children", "killed:35"), S("1,645", "injured:1645"), S("492", "killed:492", 2)], 492)

IT("c108", "2024-08-05", "wire", "Lebanon", """
BEIRUT — Families of the victims of the 2020 Beirut port explosion, which killed more than 220 people and injured some 6,500, marched on Sunday to mark its fourth anniversary, as the investigation remains stalled. Israeli drones flew low over the city during the march.
""", [B("more than 220 people", "killed:>220"), B("some 6,500", "injured:~6500")], 0)

IT("c109", "2024-10-15", "acled", "Lebanon", """
On 14 October 2024, Hezbollah claimed to have killed, wounded or captured dozens of Israeli soldiers advancing on Aita al-Shaab (Lebanon); the IDF said 2 soldiers were lightly injured. No independent confirmation. Fatalities: 0.
""", [S("dozens of Israeli soldiers", "casualties:>=24"), S("2 soldiers", "injured:2")], 0)

IT("c110", "2024-10-24", "wire", "Lebanon", """
SIDON, Lebanon — A drone strike on a motorcycle near Sidon wounded its rider, a member of Hamas, on Wednesday, the civil defence said. A bystander was also hurt. A similar strike near Sidon in August left 1 dead.
""", [S("its rider", "injured:1"), S("A bystander", "injured:1"), B("1", "killed:1")], 0)

# ---------------------------------------------------------------- Indonesia: Papua / Maluku
IT("c111", "2023-03-07", "wire", "Papua", """
JAYAPURA, Indonesia (Reuters) - Separatist rebels shot dead a construction worker and wounded two others building a bridge in Nduga regency on Monday, the military said. The West Papua National Liberation Army (TPNPB) claimed the attack, saying the workers were spies. In December 2018, rebels killed 19 road workers in the same regency.
""", [S("a construction worker", "killed:1"), S("two others", "injured:2"), B("19 road workers", "killed:19")], 1)

IT("c112", "2023-02-08", "acled", "Papua", """
On 7 February 2023, TPNPB (Egianus Kogoya faction) set fire to a Susi Air plane at Paro airstrip, Nduga (Papua, Indonesia) and took the New Zealand pilot hostage; the 5 passengers, all Papuans, were not harmed. Fatalities: 0.
""", [S("the New Zealand pilot", "abducted:1")], 0)

IT("c113", "2023-06-11", "wire", "Maluku", """
AMBON, Indonesia — Two or three people were killed and at least 10 injured when residents of two villages on Haruku island clashed with machetes, arrows and homemade guns on Saturday, police said. Dozens of houses were torched. The provincial police chief sent 200 officers to the area. Maluku was the scene of Christian-Muslim fighting from 1999 to 2002 that killed about 5,000 people.
""", [S("Two or three people", "killed:2-3"), S("at least 10", "injured:>=10"), B("about 5,000 people", "killed:~5000")], 2)

IT("c114", "2021-12-02", "acled", "Papua", """
On 1 December 2021, police (Indonesia) arrested 14 Papuan students raising the Morning Star flag in Jayapura (Papua) to mark the anniversary of West Papua's 1961 declaration. One student was hit by a rubber bullet. Fatalities: 0.
""", [S("One student", "injured:1")], 0)

IT("c115", "2021-10-29", "wire", "Papua", """
TIMIKA, Indonesia — Rebels ambushed an army patrol in Intan Jaya on Thursday, killing two soldiers, including a second lieutenant, the army said. The TPNPB said it had killed five soldiers and seized 3 rifles. The army said one rebel was also shot dead.
""", [S("two soldiers", "killed:2"), S("a second lieutenant", "killed:1"), S("five soldiers", "killed:5"), S("one rebel", "killed:1")], 3)

IT("c116", "2024-05-08", "wire", "Papua", """
WAMENA -- Yosep Wenda was shot dead on Tuesday outside his kiosk in Wamena, police said, blaming the TPNPB, which denied involvement. Hundreds of residents escorted the coffin to the police station, demanding an investigation.
""", [], 0)

IT("c117", "2024-06-16", "acled", "Papua", """
On 15 June 2024, unidentified gunmen (suspected TPNPB) shot Markus Tabuni near his kiosk in Ilaga, Puncak (Papua, Indonesia); he died on the way to hospital. Fatalities: 1.
""", [S("1", "killed:1")], 1)

IT("c118", "2022-10-24", "wire", "Maluku", """
TUAL, Maluku — Police separated two groups of youths who clashed with stones and arrows in Tual on Sunday night after a dispute at a dance party; 7 people were injured, one of them seriously. Police confiscated 30 arrows and 5 machetes. Officers said nobody was killed.
""", [S("7 people", "injured:7"), S("one", "injured:1")], 0)

IT("c119", "2023-04-10", "acled", "Papua", """
On 9 April 2023, TPNPB fighters attacked a group of ojek drivers in Puncak (Papua, Indonesia); the bodies of 3 ojek drivers were found two days later in a ravine, and 1 driver is still missing. Fatalities: 3.
""", [S("3 ojek drivers", "killed:3"), S("1 driver", "missing:1"), S("3", "killed:3", 2)], 3)

IT("c120", "2022-12-09", "wire", "Papua", """
MAKASSAR, Indonesia — A human rights court on Thursday acquitted a retired army officer, the only defendant in the case over the 2014 Paniai shooting, in which security forces killed four teenagers protesting in the town. Prosecutors had sought 10 years in prison. Rights groups said the trial was a sham.
""", [B("four teenagers", "killed:4")], 0)


# ================================================================ builder and checks
OUTCOMES = ("killed", "injured", "missing", "casualties", "abducted")
COUNT_RE = re.compile(r"^(?:\d+|>=\d+|>\d+|<=\d+|~\d+|(\d+)-(\d+))$")

def lower_end(count):
    m = re.match(r"^(?:>=|>|<=|~)?(\d+)", count)
    return int(m.group(1))

def check_value(v):
    oc, _, count = v.partition(":")
    assert oc in OUTCOMES, v
    m = COUNT_RE.match(count)
    assert m, v
    if m.group(1) is not None:
        assert int(m.group(1)) < int(m.group(2)), v

def locate(text, surface, occ):
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
    assert len(hits) >= occ, f"{surface!r} occurrence {occ} not found (found {len(hits)})"
    s = hits[occ - 1]
    return s, s + len(surface)

def build():
    records, meta = [], {}
    for it in ITEMS:
        spans = []
        for sp in it["spans"]:
            s, e = locate(it["text"], sp["surface"], sp["occ"])
            spans.append({"start": s, "end": e, "label": "CASUALTY", "text": it["text"][s:e], "value": sp["value"]})
            meta[(it["id"], s)] = sp["bg"]
        spans.sort(key=lambda x: x["start"])
        records.append({"id": it["id"], "text": it["text"], "dct": it["dct"], "layers": ["casualties"],
                        "spans": spans, "fatalities": it["fat"]})
    return records, meta

def check(records, meta):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"c{i:03d}" for i in range(1, len(ids) + 1)], "ids not c001.. in order"
    for r in records:
        t = r["text"]
        date.fromisoformat(r["dct"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"])
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", t)) <= 5, (r["id"], "sentence count")
        prev_end = -1
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(t), r["id"]
            assert t[s:e] == sp["text"], (r["id"], sp)
            assert not t[s].isspace() and not t[e - 1].isspace(), (r["id"], sp)
            assert s >= prev_end, (r["id"], "overlap", sp)
            prev_end = e
            assert sp["label"] == "CASUALTY"
            check_value(sp["value"])
            assert not re.match(r"\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b", t[e:]), (r["id"], "span is a date", sp)
            assert not re.search(r"(?:^|\s)(?:On|on)\s+$", t[:s]) or not sp["text"].isdigit(), (r["id"], "span after 'On' looks like a date", sp)
        fat = r["fatalities"]
        assert isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0, r["id"]
        counted = [sp for sp in r["spans"] if sp["value"].startswith("killed:") and not meta[(r["id"], sp["start"])]]
        assert (fat == 0) == (not counted), (r["id"], "fatalities vs counted killed spans")
        if counted:
            assert fat >= min(lower_end(sp["value"].split(":")[1]) for sp in counted), (r["id"], "toll below every counted figure")
        m = re.search(r"Fatalities: (\d+)", t)
        if m:
            assert int(m.group(1)) == fat, (r["id"], "stated Fatalities line differs from toll")

def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

def review(records, meta):
    for r in records:
        t, out, pos = r["text"], [], 0
        for sp in r["spans"]:
            bg = meta[(r["id"], sp["start"])]
            out.append(t[pos:sp["start"]])
            out.append(("{" if bg else "[") + t[sp["start"]:sp["end"]] + "|" + sp["value"] + ("}" if bg else "]"))
            pos = sp["end"]
        out.append(t[pos:])
        print(f"== {r['id']}  dct={r['dct']}  fatalities={r['fatalities']}")
        print("".join(out))
        print()

def main():
    records, meta = build()
    check(records, meta)
    data = dump(records)
    records2, meta2 = build()
    assert dump(records2) == data, "non-deterministic output"
    if "--review" in sys.argv:
        review(records, meta)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == records, "re-read differs"
    check(back, meta)
    n = len(back)
    z = sum(1 for r in back if r["fatalities"] == 0)
    from collections import Counter
    oc = Counter(sp["value"].split(":")[0] for r in back for sp in r["spans"])
    nsp = sum(len(r["spans"]) for r in back)
    nbg = sum(1 for v in meta.values() if v)
    st = Counter(it["style"] for it in ITEMS)
    print(f"items {n}; toll 0: {z}; toll>0: {n - z}; spans {nsp} ({dict(oc)}); background spans {nbg}; styles {dict(st)}")

if __name__ == "__main__":
    main()
