# Decision lists for news-train part E (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# dct is the story's own date. Entries are listed in order of appearance; build.py
# finds each surface as a case-sensitive whole-word match at or after the end of the
# previous span, skipping `skip` such matches first (default 0). Ids are wE001, wE002,
# ... in order.

DOCS = [
# wE001
("2023-12-26",
 "JOS, Nigeria, Dec 26 (Reuters) - Gunmen attacked at least 17 villages in the Bokkos and Barkin Ladi areas of Nigeria's Plateau State over Christmas Eve, local officials said, in one of the deadliest bouts of violence in the Middle Belt in years. \"They came in the night with guns and machetes,\" said Musa Dachung, who heads a youth group in Bokkos. Plateau governor Caleb Mutfwang called the killings barbaric.",
 [("JOS", "LOC"), ("Nigeria", "LOC"), ("Reuters", "ORG"), ("Bokkos", "LOC"), ("Barkin Ladi", "LOC"),
  ("Nigeria", "LOC"), ("Plateau State", "LOC"), ("Christmas Eve", "MISC"), ("Middle Belt", "LOC"),
  ("Musa Dachung", "PER"), ("Bokkos", "LOC"), ("Plateau", "LOC"), ("Caleb Mutfwang", "PER")]),
# wE002
("2025-06-15",
 "MAKURDI, Nigeria, June 15 (AFP) - Attackers killed scores of people in Yelwata, a farming town in Benue State's Guma area, overnight on Friday, Amnesty International said, blaming armed herders. Many of the victims were displaced families sheltering in the town's market. Benue governor Hyacinth Alia ordered security forces to hunt down the attackers, while the Tiv Traditional Council appealed for calm.",
 [("MAKURDI", "LOC"), ("Nigeria", "LOC"), ("AFP", "ORG"), ("Yelwata", "LOC"), ("Benue State", "LOC"),
  ("Guma", "LOC"), ("Amnesty International", "ORG"), ("Benue", "LOC"), ("Hyacinth Alia", "PER"),
  ("Tiv Traditional Council", "ORG")]),
# wE003
("2018-06-26",
 "ABUJA (Reuters) - The Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN), which represents Fulani herders, said on Tuesday that the killing of more than 80 people in Plateau was revenge for the theft of some 300 cows. The group's secretary-general, Baba Othman Ngelzarma, told Reuters that Berom youths had killed five herders near Gashish days earlier. Police commissioner Undie Adie said 11 suspects were in custody.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Miyetti Allah Cattle Breeders Association of Nigeria", "ORG"),
  ("MACBAN", "ORG"), ("Fulani", "MISC"), ("Plateau", "LOC"), ("Baba Othman Ngelzarma", "PER"),
  ("Reuters", "ORG"), ("Berom", "MISC"), ("Gashish", "LOC"), ("Undie Adie", "PER")]),
# wE004
("2020-08-10",
 "KAFANCHAN, Nigeria, Aug 10 (AP) - A 24-hour curfew was imposed on Zangon Kataf and Kauru in southern Kaduna after attacks on Atyap villages, state security commissioner Samuel Aruwan said. The Southern Kaduna Peoples Union (SOKAPU) accused the government of failing to protect its communities. \"Our people are burying their dead every week,\" said Luka Binniyat, a SOKAPU spokesman.",
 [("KAFANCHAN", "LOC"), ("Nigeria", "LOC"), ("AP", "ORG"), ("Zangon Kataf", "LOC"), ("Kauru", "LOC"),
  ("Kaduna", "LOC"), ("Atyap", "MISC"), ("Samuel Aruwan", "PER"), ("Southern Kaduna Peoples Union", "ORG"),
  ("SOKAPU", "ORG"), ("Luka Binniyat", "PER"), ("SOKAPU", "ORG")]),
# wE005
("2024-11-12",
 "IMPHAL, Nov 12 (Reuters) - Security forces killed ten suspected militants in a gunfight in Manipur's Jiribam district on Monday after an attack on a police station at Borobekra, police said. Six people, among them women and children, were missing after the clash. The Central Reserve Police Force (CRPF) said its camp near the Jakuradhor market had also come under fire.",
 [("IMPHAL", "LOC"), ("Reuters", "ORG"), ("Manipur", "LOC"), ("Jiribam", "LOC"), ("Borobekra", "LOC"),
  ("Central Reserve Police Force", "ORG"), ("CRPF", "ORG"), ("Jakuradhor", "LOC")]),
# wE006
("2023-10-31",
 "IMPHAL, Oct 31 (AP) - A senior police officer, Chingtham Anand, was shot dead by suspected militants in the border town of Moreh on Tuesday while inspecting a helipad, Manipur police said. Officials said the gunmen fired from a hill overlooking the town, a few kilometres from the frontier with Myanmar. Commandos of the Manipur Police and the Assam Rifles were sent to Tengnoupal district.",
 [("IMPHAL", "LOC"), ("AP", "ORG"), ("Chingtham Anand", "PER"), ("Moreh", "LOC"), ("Manipur", "LOC"),
  ("Myanmar", "LOC"), ("Manipur Police", "ORG"), ("Assam Rifles", "ORG"), ("Tengnoupal", "LOC")]),
# wE007
("2024-01-26",
 "IMPHAL, Jan 26 (AP) - The Arambai Tenggol, an armed Meitei group, made dozens of legislators swear an oath at the Kangla Fort to defend Manipur's territorial integrity, an act the Indigenous Tribal Leaders' Forum (ITLF) called a mockery of democracy. The Kuki-Zo Council said it would not accept any pledge made under the gun.",
 [("IMPHAL", "LOC"), ("AP", "ORG"), ("Arambai Tenggol", "ORG"), ("Meitei", "MISC"), ("Kangla Fort", "LOC"),
  ("Manipur", "LOC"), ("Indigenous Tribal Leaders' Forum", "ORG"), ("ITLF", "ORG"), ("Kuki-Zo Council", "ORG")]),
# wE008
("2021-11-23",
 "KINSHASA, Nov 23 (Reuters) - Militiamen killed at least 29 people at a camp for displaced people near Drodro in Congo's Ituri province, local officials said on Tuesday. Jules Ngongo, a spokesman for the army in Ituri, said the attackers came from the forest at dawn. The United Nations refugee agency UNHCR said more than 20,000 people had fled the area since the start of the month.",
 [("KINSHASA", "LOC"), ("Reuters", "ORG"), ("Drodro", "LOC"), ("Congo", "LOC"), ("Ituri", "LOC"),
  ("Jules Ngongo", "PER"), ("Ituri", "LOC"), ("United Nations", "ORG"), ("UNHCR", "ORG")]),
# wE009
("2022-12-10",
 "KINSHASA (AFP) - Former warlord Thomas Lubanga, the first person convicted by the International Criminal Court, has set up a new armed movement in Ituri, according to a report by United Nations experts seen by AFP. The Convention for the Popular Revolution (CRP) draws recruits from the Hema-dominated Zaire self-defence militia in Mahagi and Djugu territories, the experts wrote.",
 [("KINSHASA", "LOC"), ("AFP", "ORG"), ("Thomas Lubanga", "PER"), ("International Criminal Court", "ORG"),
  ("Ituri", "LOC"), ("United Nations", "ORG"), ("AFP", "ORG"), ("Convention for the Popular Revolution", "ORG"),
  ("CRP", "ORG"), ("Hema", "MISC"), ("Zaire", "ORG"), ("Mahagi", "LOC"), ("Djugu", "LOC")]),
# wE010
("2024-05-13",
 "MAPUTO, May 13 (Reuters) - Hundreds of Islamic State-linked fighters stormed the town of Macomia in Mozambique's Cabo Delgado province on Friday, looting shops and a food warehouse before withdrawing, residents and the Centro para Democracia e Direitos Humanos (CDD) said. Rwandan troops and the Mozambican army later retook the town, said Vicente Chicote, the provincial police commander.",
 [("MAPUTO", "LOC"), ("Reuters", "ORG"), ("Islamic State", "ORG"), ("Macomia", "LOC"), ("Mozambique", "LOC"),
  ("Cabo Delgado", "LOC"), ("Centro para Democracia e Direitos Humanos", "ORG"), ("CDD", "ORG"),
  ("Rwandan", "MISC"), ("Mozambican", "MISC"), ("Vicente Chicote", "PER")]),
# wE011
("2024-02-21",
 "PEMBA, Mozambique, Feb 21 (AFP) - More than 67,000 people have fled attacks in Chiure district in the south of Cabo Delgado since early February, the International Organization for Migration said. Insurgents known locally as al-Shabaab, who have no operational ties to the Somali group of the same name, burned churches in Mazeze and Ocua, said Abudo Issa, a community leader.",
 [("PEMBA", "LOC"), ("Mozambique", "LOC"), ("AFP", "ORG"), ("Chiure", "LOC"), ("Cabo Delgado", "LOC"),
  ("International Organization for Migration", "ORG"), ("al-Shabaab", "ORG"), ("Somali", "MISC"),
  ("Mazeze", "LOC"), ("Ocua", "LOC"), ("Abudo Issa", "PER")]),
# wE012
("2017-11-24",
 "EL-ARISH, Egypt, Nov 24 (Reuters) - Gunmen set off a bomb and opened fire on worshippers at the al-Rawda mosque in Bir al-Abd in North Sinai during Friday prayers, state media said. The mosque is frequented by followers of a Sufi order. No group claimed the attack, but Egypt has been fighting Wilayat Sinai, the local affiliate of Islamic State, since 2014.",
 [("EL-ARISH", "LOC"), ("Egypt", "LOC"), ("Reuters", "ORG"), ("al-Rawda", "LOC"), ("Bir al-Abd", "LOC"),
  ("North Sinai", "LOC"), ("Sufi", "MISC"), ("Egypt", "LOC"), ("Wilayat Sinai", "ORG"), ("Islamic State", "ORG")]),
# wE013
("2022-05-08",
 "CAIRO (AP) - Militants attacked a water pumping station near the Suez Canal in Sinai on Saturday, killing an officer and ten soldiers, the army spokesman said. The Sinai Tribes Union, a pro-government militia led by Ibrahim al-Organi, said its fighters had joined the pursuit of the attackers. Many of its members come from the Tarabin tribe.",
 [("CAIRO", "LOC"), ("AP", "ORG"), ("Suez Canal", "LOC"), ("Sinai", "LOC"), ("Sinai Tribes Union", "ORG"),
  ("Ibrahim al-Organi", "PER"), ("Tarabin", "MISC")]),
# wE014
("2022-05-11",
 "LOME, Togo, May 11 (AFP) - Eight soldiers were killed and 13 wounded in an attack on an army post at Kpinkankandi in Togo's northern Savanes region, near the border with Burkina Faso, the government said, the first deadly jihadist assault on Togolese soil. Defence minister Marguerite Gnakade said reinforcements had been flown to Dapaong.",
 [("LOME", "LOC"), ("Togo", "LOC"), ("AFP", "ORG"), ("Kpinkankandi", "LOC"), ("Togo", "LOC"), ("Savanes", "LOC"),
  ("Burkina Faso", "LOC"), ("Togolese", "MISC"), ("Marguerite Gnakade", "PER"), ("Dapaong", "LOC")]),
# wE015
("2025-02-03",
 "TAMALE, Ghana, Feb 3 (Reuters) - Ghana's government extended a dusk-to-dawn curfew in Bawku after renewed fighting between Kusasi and Mamprusi factions over the town's chieftaincy. Interior Minister Muntaka Mubarak said more troops of the Ghana Armed Forces had been sent to the Upper East region. \"Nobody will be allowed to hold Bawku to ransom,\" he told reporters.",
 [("TAMALE", "LOC"), ("Ghana", "LOC"), ("Reuters", "ORG"), ("Ghana", "LOC"), ("Bawku", "LOC"), ("Kusasi", "MISC"),
  ("Mamprusi", "MISC"), ("Muntaka Mubarak", "PER"), ("Ghana Armed Forces", "ORG"), ("Upper East", "LOC"),
  ("Bawku", "LOC")]),
# wE016
("2020-06-11",
 "ABIDJAN, June 11 (AFP) - Jihadists attacked an army and gendarmerie post at Kafolo on Ivory Coast's northern border with Burkina Faso overnight, killing at least ten soldiers, the army said. The post lies near the Comoe National Park. Ivorian chief of staff Lassina Doumbia said the attackers had crossed the Comoe river before dawn.",
 [("ABIDJAN", "LOC"), ("AFP", "ORG"), ("Kafolo", "LOC"), ("Ivory Coast", "LOC"), ("Burkina Faso", "LOC"),
  ("Comoe National Park", "LOC"), ("Ivorian", "MISC"), ("Lassina Doumbia", "PER"), ("Comoe", "LOC")]),
# wE017
("2022-09-13",
 "YEREVAN, Sept 13 (Reuters) - Azerbaijani forces shelled Jermuk, Goris and Vardenis inside Armenia overnight, Armenia's defence ministry said, in the worst fighting between the two neighbours since 2020. Azerbaijan's defence ministry said Armenian saboteurs had mined supply roads in the Kalbajar and Dashkesan districts. Yerevan asked the Russia-led Collective Security Treaty Organization (CSTO) for help.",
 [("YEREVAN", "LOC"), ("Reuters", "ORG"), ("Azerbaijani", "MISC"), ("Jermuk", "LOC"), ("Goris", "LOC"),
  ("Vardenis", "LOC"), ("Armenia", "LOC"), ("Armenia", "LOC"), ("Azerbaijan", "LOC"), ("Armenian", "MISC"),
  ("Kalbajar", "LOC"), ("Dashkesan", "LOC"), ("Yerevan", "LOC"), ("Russia", "LOC"),
  ("Collective Security Treaty Organization", "ORG"), ("CSTO", "ORG")]),
# wE018
("2023-02-20",
 "YEGHEGNADZOR, Armenia, Feb 20 (AP) - The European Union Mission in Armenia (EUMA) opened a forward base in Yeghegnadzor on Monday, from which unarmed monitors will patrol the border with Azerbaijan. Head of mission Markus Ritter said patrols would cover Syunik and Vayots Dzor provinces. Moscow said the mission would only bring geopolitical confrontation to the region.",
 [("YEGHEGNADZOR", "LOC"), ("Armenia", "LOC"), ("AP", "ORG"), ("European Union Mission in Armenia", "ORG"),
  ("EUMA", "ORG"), ("Yeghegnadzor", "LOC"), ("Azerbaijan", "LOC"), ("Markus Ritter", "PER"), ("Syunik", "LOC"),
  ("Vayots Dzor", "LOC"), ("Moscow", "LOC")]),
# wE019
("2021-04-30",
 "DUSHANBE, April 30 (Reuters) - Kyrgyzstan and Tajikistan agreed a ceasefire on Friday after clashes over the Golovnoy water distribution point on the Isfara river spread to villages in the Batken region. Kyrgyz security chief Kamchybek Tashiev said houses had been burned in Kok-Tash and Maksat. Tajik officials said civilians in the Vorukh exclave had come under fire.",
 [("DUSHANBE", "LOC"), ("Reuters", "ORG"), ("Kyrgyzstan", "LOC"), ("Tajikistan", "LOC"), ("Golovnoy", "LOC"),
  ("Isfara", "LOC"), ("Batken", "LOC"), ("Kyrgyz", "MISC"), ("Kamchybek Tashiev", "PER"), ("Kok-Tash", "LOC"),
  ("Maksat", "LOC"), ("Tajik", "MISC"), ("Vorukh", "LOC")]),
# wE020
("2022-09-17",
 "BATKEN, Kyrgyzstan (AFP) - More than 136,000 people were evacuated from border districts of Kyrgyzstan's Batken region after two days of fighting with Tajik troops, the Kyrgyz emergencies ministry said. Residents of Ak-Sai said tanks had fired on the village school. The State Committee for National Security in Dushanbe accused Kyrgyz forces of shelling an outpost near Ovchi-Kalacha.",
 [("BATKEN", "LOC"), ("Kyrgyzstan", "LOC"), ("AFP", "ORG"), ("Kyrgyzstan", "LOC"), ("Batken", "LOC"),
  ("Tajik", "MISC"), ("Kyrgyz", "MISC"), ("Ak-Sai", "LOC"), ("State Committee for National Security", "ORG"),
  ("Dushanbe", "LOC"), ("Kyrgyz", "MISC"), ("Ovchi-Kalacha", "LOC")]),
# wE021
("2020-06-16",
 "NEW DELHI, June 16 (Reuters) - Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley in the Ladakh region, the Indian Army said on Tuesday, the first deadly confrontation on the disputed frontier in more than four decades. Beijing accused Indian troops of crossing the Line of Actual Control (LAC) twice. Chinese foreign ministry spokesman Zhao Lijian said China did not want more clashes.",
 [("NEW DELHI", "LOC"), ("Reuters", "ORG"), ("Indian", "MISC"), ("Chinese", "MISC"), ("Galwan Valley", "LOC"),
  ("Ladakh", "LOC"), ("Indian Army", "ORG"), ("Beijing", "LOC"), ("Indian", "MISC"),
  ("Line of Actual Control", "LOC"), ("LAC", "LOC"), ("Chinese", "MISC"), ("Zhao Lijian", "PER"), ("China", "LOC")]),
# wE022
("2022-12-13",
 "NEW DELHI, Dec 13 (AP) - Indian and Chinese troops suffered minor injuries in a scuffle in the Yangtse area of the Tawang sector in Arunachal Pradesh last week, Defence Minister Rajnath Singh told lawmakers. Singh said soldiers of the People's Liberation Army (PLA) had tried to change the status quo. Colonel Long Shaohua, a spokesman for the PLA's Western Theatre Command, said Chinese troops had been on a routine patrol.",
 [("NEW DELHI", "LOC"), ("AP", "ORG"), ("Indian", "MISC"), ("Chinese", "MISC"), ("Yangtse", "LOC"), ("Tawang", "LOC"),
  ("Arunachal Pradesh", "LOC"), ("Rajnath Singh", "PER"), ("Singh", "PER"), ("People's Liberation Army", "ORG"),
  ("PLA", "ORG"), ("Long Shaohua", "PER"), ("PLA", "ORG"), ("Western Theatre Command", "ORG"), ("Chinese", "MISC")]),
# wE023
("2024-03-02",
 "ADEN, Yemen, March 2 (Reuters) - The Belize-flagged cargo ship Rubymar, which was carrying about 21,000 tonnes of fertiliser, sank in the Red Sea almost two weeks after it was struck by a missile fired by Yemen's Houthis, the internationally recognised government said. The United States Central Command warned that the cargo posed an environmental risk to the Bab el-Mandeb strait.",
 [("ADEN", "LOC"), ("Yemen", "LOC"), ("Reuters", "ORG"), ("Belize", "LOC"), ("Rubymar", "MISC"), ("Red Sea", "LOC"),
  ("Yemen", "LOC"), ("Houthis", "ORG"), ("United States Central Command", "ORG"), ("Bab el-Mandeb", "LOC")]),
# wE024
("2025-07-10",
 "ATHENS, July 10 (Reuters) - Rescuers pulled more crew members from the sea on Thursday after the Liberian-flagged bulk carrier Eternity C sank off Hodeidah following two days of attacks claimed by the Houthis, its Greek manager Cosmoship Management said. Most of the crew were from the Philippines. The maritime security firm Ambrey and the United Kingdom Maritime Trade Operations (UKMTO) said several sailors were still missing.",
 [("ATHENS", "LOC"), ("Reuters", "ORG"), ("Liberian", "MISC"), ("Eternity C", "MISC"), ("Hodeidah", "LOC"),
  ("Houthis", "ORG"), ("Greek", "MISC"), ("Cosmoship Management", "ORG"), ("Philippines", "LOC"), ("Ambrey", "ORG"),
  ("United Kingdom Maritime Trade Operations", "ORG"), ("UKMTO", "ORG")]),
# wE025
("2024-08-26",
 "BRUSSELS (AFP) - A Greek frigate serving with the European Union's Aspides naval mission rescued 25 crew members from the Greek-flagged tanker Sounion after it was set ablaze in the Red Sea, the mission said. Aspides spokesman Captain Vasileios Gryparis said the tanker was carrying about 150,000 tonnes of crude oil from Iraq.",
 [("BRUSSELS", "LOC"), ("AFP", "ORG"), ("Greek", "MISC"), ("European Union", "ORG"), ("Aspides", "MISC"),
  ("Greek", "MISC"), ("Sounion", "MISC"), ("Red Sea", "LOC"), ("Aspides", "MISC"), ("Vasileios Gryparis", "PER"),
  ("Iraq", "LOC")]),
# wE026
("2023-08-06",
 "PUERTO PRINCESA, Philippines, Aug 6 (Reuters) - A China Coast Guard ship fired a water cannon at a Philippine boat carrying supplies to troops at Second Thomas Shoal in the Spratly Islands, the Philippine Coast Guard said. The troops are stationed on the BRP Sierra Madre, a navy ship grounded on the reef, which Filipinos call Ayungin Shoal. Coast guard spokesman Jay Tarriela called the action dangerous.",
 [("PUERTO PRINCESA", "LOC"), ("Philippines", "LOC"), ("Reuters", "ORG"), ("China Coast Guard", "ORG"),
  ("Philippine", "MISC"), ("Second Thomas Shoal", "LOC"), ("Spratly Islands", "LOC"), ("Philippine Coast Guard", "ORG"),
  ("BRP Sierra Madre", "MISC"), ("Filipinos", "MISC"), ("Ayungin Shoal", "LOC"), ("Jay Tarriela", "PER")]),
# wE027
("2024-08-31",
 "Chinese ship rams Philippine vessel near Sabina Shoal\nPUERTO PRINCESA, Philippines, Aug 31 (AP) - A China Coast Guard ship deliberately rammed the BRP Teresa Magbanua, the largest Philippine coast guard vessel, near Sabina Shoal, a Philippine official said. Beijing said the Philippine ship had ignored warnings and was to blame. Sabina Shoal lies about 140 kilometres off the island of Palawan.",
 [("Chinese", "MISC"), ("Philippine", "MISC"), ("Sabina Shoal", "LOC"), ("PUERTO PRINCESA", "LOC"),
  ("Philippines", "LOC"), ("AP", "ORG"), ("China Coast Guard", "ORG"), ("BRP Teresa Magbanua", "MISC"),
  ("Philippine", "MISC"), ("Sabina Shoal", "LOC"), ("Philippine", "MISC"), ("Beijing", "LOC"), ("Philippine", "MISC"),
  ("Sabina Shoal", "LOC"), ("Palawan", "LOC")]),
# wE028
("2025-08-11",
 "BEIJING (Reuters) - A Chinese navy destroyer collided with a China Coast Guard cutter on Monday while both were chasing a Philippine patrol boat near Scarborough Shoal, the Philippine Coast Guard said, releasing video of the crash. The Southern Theater Command of the People's Liberation Army said it had driven away the Philippine vessel, and announced a nature reserve around the shoal, which China calls Huangyan Island.",
 [("BEIJING", "LOC"), ("Reuters", "ORG"), ("Chinese", "MISC"), ("China Coast Guard", "ORG"), ("Philippine", "MISC"),
  ("Scarborough Shoal", "LOC"), ("Philippine Coast Guard", "ORG"), ("Southern Theater Command", "ORG"),
  ("People's Liberation Army", "ORG"), ("Philippine", "MISC"), ("China", "LOC"), ("Huangyan Island", "LOC")]),
# wE029
("2024-01-09",
 "QUITO, Jan 9 (Reuters) - Masked gunmen burst onto the set of a live broadcast at the TC Television studios in Guayaquil on Tuesday, a day after Adolfo Macias, the leader of the Los Choneros gang known as Fito, was found to have escaped from a prison in the port city. Police said 13 attackers were detained. The government declared an \"internal armed conflict\" and named 22 gangs as terrorist groups.",
 [("QUITO", "LOC"), ("Reuters", "ORG"), ("TC Television", "ORG"), ("Guayaquil", "LOC"), ("Adolfo Macias", "PER"),
  ("Los Choneros", "ORG"), ("Fito", "PER")]),
# wE030
("2021-09-29",
 "GUAYAQUIL, Ecuador, Sept 29 (AP) - At least 116 inmates died in fighting between rival gangs at the Litoral Penitentiary, the worst prison massacre in Ecuador's history, officials said. Bolivar Garzon, director of the prison service SNAI, said members of Los Lobos and Los Tiguerones had attacked a wing held by a rival group with guns and explosives smuggled in by drone.",
 [("GUAYAQUIL", "LOC"), ("Ecuador", "LOC"), ("AP", "ORG"), ("Litoral Penitentiary", "LOC"), ("Ecuador", "LOC"),
  ("Bolivar Garzon", "PER"), ("SNAI", "ORG"), ("Los Lobos", "ORG"), ("Los Tiguerones", "ORG")]),
# wE031
("2023-08-10",
 "QUITO, Aug 10 (Reuters) - Ecuadorean presidential candidate Fernando Villavicencio was shot dead as he left a campaign rally at a school in northern Quito on Wednesday, 11 days before the first round of voting. Villavicencio, a former investigative journalist who ran for the Construye movement, had said he received threats from Los Choneros. Police arrested six Colombian men.",
 [("QUITO", "LOC"), ("Reuters", "ORG"), ("Ecuadorean", "MISC"), ("Fernando Villavicencio", "PER"), ("Quito", "LOC"),
  ("Villavicencio", "PER"), ("Construye", "ORG"), ("Los Choneros", "ORG"), ("Colombian", "MISC")]),
# wE032
("2023-06-20",
 "TEGUCIGALPA, June 20 (Reuters) - At least 41 women were killed in a riot at a women's prison in Tamara, north of the Honduran capital, officials said, blaming members of the Barrio 18 gang who set fire to cells held by rivals. President Xiomara Castro said she would take \"drastic measures\". Julissa Villanueva, who heads the National Penitentiary Institute (INP), said guns and machetes had been smuggled in.",
 [("TEGUCIGALPA", "LOC"), ("Reuters", "ORG"), ("Tamara", "LOC"), ("Honduran", "MISC"), ("Barrio 18", "ORG"),
  ("Xiomara Castro", "PER"), ("Julissa Villanueva", "PER"), ("National Penitentiary Institute", "ORG"),
  ("INP", "ORG")]),
# wE033
("2022-12-06",
 "SAN PEDRO SULA, Honduras, Dec 6 (AP) - Honduras suspended constitutional rights in parts of San Pedro Sula and Tegucigalpa for 30 days to fight extortion by gangs such as the Mara Salvatrucha, or MS-13, the security ministry said. Bus and taxi drivers in the Rivera Hernandez neighbourhood said they paid up to a third of their earnings to gangs. \"If you don't pay, you die,\" said Jose Antonio Mejia, a driver.",
 [("SAN PEDRO SULA", "LOC"), ("Honduras", "LOC"), ("AP", "ORG"), ("Honduras", "LOC"), ("San Pedro Sula", "LOC"),
  ("Tegucigalpa", "LOC"), ("Mara Salvatrucha", "ORG"), ("MS-13", "ORG"), ("Rivera Hernandez", "LOC"),
  ("Jose Antonio Mejia", "PER")]),
# wE034
("2023-02-25",
 "SAN SALVADOR (AP) - Authorities moved 2,000 alleged gang members to the new Terrorism Confinement Center (CECOT) in Tecoluca, a prison built to hold 40,000 inmates, the government said. Most belong to MS-13 or to the two Barrio 18 factions, the Surenos and the Revolucionarios. Justice and Security Minister Gustavo Villatoro said none of them would ever leave.",
 [("SAN SALVADOR", "LOC"), ("AP", "ORG"), ("Terrorism Confinement Center", "LOC"), ("CECOT", "LOC"), ("Tecoluca", "LOC"),
  ("MS-13", "ORG"), ("Barrio 18", "ORG"), ("Surenos", "ORG"), ("Revolucionarios", "ORG"), ("Gustavo Villatoro", "PER")]),
# wE035
("2025-10-29",
 "RIO DE JANEIRO, Oct 29 (Reuters) - Residents laid out dozens of bodies on a square in the Penha favela complex on Wednesday, a day after a police operation against the Comando Vermelho gang in Penha and the Complexo do Alemao became the deadliest in Brazil's history. Rio de Janeiro state governor Claudio Castro called the raid a success. Human Rights Watch called for an independent investigation.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Penha", "LOC"), ("Comando Vermelho", "ORG"), ("Penha", "LOC"),
  ("Complexo do Alemao", "LOC"), ("Brazil", "LOC"), ("Rio de Janeiro", "LOC"), ("Claudio Castro", "PER"),
  ("Human Rights Watch", "ORG")]),
# wE036
("2019-07-29",
 "BELEM, Brazil, July 29 (Reuters) - Fifty-seven inmates were killed, 16 of them decapitated, in a fight between rival gangs at a prison in Altamira in Para state, the state prisons agency Susipe said. Members of the Comando Classe A set fire to a block held by members of the Comando Vermelho, Susipe director Jarbas Vasconcelos told reporters.",
 [("BELEM", "LOC"), ("Brazil", "LOC"), ("Reuters", "ORG"), ("Altamira", "LOC"), ("Para", "LOC"), ("Susipe", "ORG"),
  ("Comando Classe A", "ORG"), ("Comando Vermelho", "ORG"), ("Susipe", "ORG"), ("Jarbas Vasconcelos", "PER")]),
# wE037
("2017-08-12",
 "KISUMU, Kenya, Aug 12 (Reuters) - Police fired tear gas at protesters in Kisumu and in the Mathare and Kibera slums of Nairobi after the electoral commission declared the incumbent the winner of the presidential election. The opposition National Super Alliance (NASA) said its supporters had been shot. The Kenya National Commission on Human Rights said at least 24 people had been killed by police since polling day.",
 [("KISUMU", "LOC"), ("Kenya", "LOC"), ("Reuters", "ORG"), ("Kisumu", "LOC"), ("Mathare", "LOC"), ("Kibera", "LOC"),
  ("Nairobi", "LOC"), ("National Super Alliance", "ORG"), ("NASA", "ORG"),
  ("Kenya National Commission on Human Rights", "ORG")]),
# wE038
("2022-08-15",
 "NAIROBI, Aug 15 (AP) - Scuffles broke out at the Bomas of Kenya national tallying centre minutes before the Independent Electoral and Boundaries Commission (IEBC) announced the presidential result. IEBC chairman Wafula Chebukati said two commissioners had been assaulted. Four of the seven commissioners, led by vice-chair Juliana Cherera, refused to endorse the result, which Azimio la Umoja said it would challenge.",
 [("NAIROBI", "LOC"), ("AP", "ORG"), ("Bomas of Kenya", "LOC"), ("Independent Electoral and Boundaries Commission", "ORG"),
  ("IEBC", "ORG"), ("IEBC", "ORG"), ("Wafula Chebukati", "PER"), ("Juliana Cherera", "PER"), ("Azimio la Umoja", "ORG")]),
# wE039
("2018-08-02",
 "JOHANNESBURG (Reuters) - Zimbabwean soldiers opened fire on opposition supporters protesting over delays in election results, killing six people, police said. The MDC Alliance of Nelson Chamisa accused the ruling party of rigging the vote. President Emmerson Mnangagwa later appointed a commission led by former South African president Kgalema Motlanthe to investigate the shootings.",
 [("JOHANNESBURG", "LOC"), ("Reuters", "ORG"), ("Zimbabwean", "MISC"), ("MDC Alliance", "ORG"), ("Nelson Chamisa", "PER"),
  ("Emmerson Mnangagwa", "PER"), ("South African", "MISC"), ("Kgalema Motlanthe", "PER")]),
# wE040
("2023-08-06",
 "BULAWAYO, Zimbabwe (AFP) - An opposition activist, Tinashe Chitsunge, was stoned to death by suspected ruling party supporters in the Glen View suburb of the capital, the Citizens Coalition for Change (CCC) said on Sunday, weeks before general elections. The Zimbabwe Human Rights NGO Forum recorded dozens of assaults on CCC campaigners in Masvingo and Mashonaland East provinces.",
 [("BULAWAYO", "LOC"), ("Zimbabwe", "LOC"), ("AFP", "ORG"), ("Tinashe Chitsunge", "PER"), ("Glen View", "LOC"),
  ("Citizens Coalition for Change", "ORG"), ("CCC", "ORG"), ("Zimbabwe Human Rights NGO Forum", "ORG"), ("CCC", "ORG"),
  ("Masvingo", "LOC"), ("Mashonaland East", "LOC")]),
# wE041
("2024-01-07",
 "CHATTOGRAM (AFP) - Turnout was low as Bangladeshis voted on Sunday in an election boycotted by the main opposition party, the BNP, with Prime Minister Sheikh Hasina's Awami League certain of a fourth straight term. Polling booths were set on fire in Gazipur and Narayanganj overnight, the Election Commission said. Jamaat-e-Islami also called on voters to stay at home.",
 [("CHATTOGRAM", "LOC"), ("AFP", "ORG"), ("Bangladeshis", "MISC"), ("BNP", "ORG"), ("Sheikh Hasina", "PER"),
  ("Awami League", "ORG"), ("Gazipur", "LOC"), ("Narayanganj", "LOC"), ("Election Commission", "ORG"),
  ("Jamaat-e-Islami", "ORG")]),
# wE042
("2024-07-17",
 "RANGPUR (Reuters) - Thousands of students marched in Rangpur on Wednesday to mourn Abu Sayed, a student of Begum Rokeya University who was shot dead by police during a protest against government job quotas. Video of Sayed standing with his arms outstretched before he was hit spread widely online. The Students Against Discrimination movement said it would keep up the protests, while the government deployed the paramilitary Rapid Action Battalion (RAB).",
 [("RANGPUR", "LOC"), ("Reuters", "ORG"), ("Rangpur", "LOC"), ("Abu Sayed", "PER"), ("Begum Rokeya University", "ORG"),
  ("Sayed", "PER"), ("Students Against Discrimination", "ORG"), ("Rapid Action Battalion", "ORG"), ("RAB", "ORG")]),
# wE043
("2022-07-08",
 "NARA, Japan, July 8 (Reuters) - Former prime minister Shinzo Abe was shot from behind while giving a campaign speech outside Yamato-Saidaiji station in the western city of Nara on Friday and died hours later in hospital. Police arrested Tetsuya Yamagami, 41, a former member of the Maritime Self-Defense Force, who told investigators he held a grudge against the Unification Church, which he believed Abe supported.",
 [("NARA", "LOC"), ("Japan", "LOC"), ("Reuters", "ORG"), ("Shinzo Abe", "PER"), ("Yamato-Saidaiji", "LOC"), ("Nara", "LOC"),
  ("Tetsuya Yamagami", "PER"), ("Maritime Self-Defense Force", "ORG"), ("Unification Church", "ORG"), ("Abe", "PER")]),
# wE044
("2024-05-15",
 "HANDLOVA, Slovakia, May 15 (Reuters) - Slovak Prime Minister Robert Fico was shot several times after a government meeting in the former mining town of Handlova and was flown by helicopter to Banska Bystrica for surgery. Interior Minister Matus Sutaj Estok said the suspect, a 71-year-old writer from Levice, had acted alone. Fico's deputy said the prime minister was out of danger.",
 [("HANDLOVA", "LOC"), ("Slovakia", "LOC"), ("Reuters", "ORG"), ("Slovak", "MISC"), ("Robert Fico", "PER"),
  ("Handlova", "LOC"), ("Banska Bystrica", "LOC"), ("Matus Sutaj Estok", "PER"), ("Levice", "LOC"), ("Fico", "PER")]),
# wE045
("2024-07-31",
 "DOHA, July 31 (Reuters) - Ismail Haniyeh, the political leader of Hamas, was killed in an air strike on his residence in Tehran hours after attending the swearing-in of Iran's new president, Iran's Revolutionary Guards said. Hamas blamed Israel, which did not comment. Haniyeh had lived in Qatar for years and led the group's side in ceasefire talks mediated by Doha and Cairo.",
 [("DOHA", "LOC"), ("Reuters", "ORG"), ("Ismail Haniyeh", "PER"), ("Hamas", "ORG"), ("Tehran", "LOC"), ("Iran", "LOC"),
  ("Iran", "LOC"), ("Revolutionary Guards", "ORG"), ("Hamas", "ORG"), ("Israel", "LOC"), ("Haniyeh", "PER"),
  ("Qatar", "LOC"), ("Doha", "LOC"), ("Cairo", "LOC")]),
# wE046
("2022-07-06",
 "ABUJA, July 6 (Reuters) - About 600 inmates were still at large after militants attacked the Kuje Custodial Centre on the outskirts of Abuja with explosives late on Tuesday, the Nigerian Correctional Service said. Service spokesman Abubakar Umar said all 64 Boko Haram suspects held there had escaped. The Islamic State West Africa Province (ISWAP) claimed the attack.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Kuje Custodial Centre", "LOC"), ("Abuja", "LOC"),
  ("Nigerian Correctional Service", "ORG"), ("Abubakar Umar", "PER"), ("Boko Haram", "ORG"),
  ("Islamic State West Africa Province", "ORG"), ("ISWAP", "ORG")]),
# wE047
("2021-04-05",
 "OWERRI, Nigeria, April 5 (AP) - Gunmen used explosives to free more than 1,800 inmates from a prison in Owerri, the capital of Imo state, and set fire to the state police headquarters, police said. The inspector-general of police blamed the Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network. Emma Powerful, an IPOB spokesman, denied any role.",
 [("OWERRI", "LOC"), ("Nigeria", "LOC"), ("AP", "ORG"), ("Owerri", "LOC"), ("Imo", "LOC"),
  ("Indigenous People of Biafra", "ORG"), ("IPOB", "ORG"), ("Eastern Security Network", "ORG"), ("Emma Powerful", "PER"),
  ("IPOB", "ORG")]),
# wE048
("2024-07-12",
 "NIAMEY (AFP) - Several inmates, some of them jihadists convicted of attacks, escaped from the Koutoukale high-security prison about 50 kilometres from Niamey, Niger's justice ministry said on Friday. The military government imposed a curfew on the surrounding area and offered a reward for information. Koutoukale holds many suspected members of Boko Haram and of groups active near the border with Mali.",
 [("NIAMEY", "LOC"), ("AFP", "ORG"), ("Koutoukale", "LOC"), ("Niamey", "LOC"), ("Niger", "LOC"), ("Koutoukale", "LOC"),
  ("Boko Haram", "ORG"), ("Mali", "LOC")]),
# wE049
("2021-02-26",
 "GUSAU, Nigeria, Feb 26 (Reuters) - Gunmen abducted 317 girls from the Government Girls Secondary School in Jangebe, in Zamfara state's Talata Mafara district, before dawn on Friday, police said. It was the second mass school kidnapping in northwest Nigeria in less than two weeks. Zamfara governor Bello Matawalle said he was negotiating with the bandits through repentant gang leaders.",
 [("GUSAU", "LOC"), ("Nigeria", "LOC"), ("Reuters", "ORG"), ("Government Girls Secondary School", "ORG"), ("Jangebe", "LOC"),
  ("Zamfara", "LOC"), ("Talata Mafara", "LOC"), ("Nigeria", "LOC"), ("Zamfara", "LOC"), ("Bello Matawalle", "PER")]),
# wE050
("2023-01-16",
 "OUAGADOUGOU (Reuters) - Suspected jihadists abducted about 50 women who were gathering wild fruit near Arbinda in Burkina Faso's Sahel region, local officials said on Sunday. The women were seized in two groups near the villages of Liki and Dibilou, residents said. Rodolphe Sorgho, the regional governor, said a search had been launched by the army and Volunteers for the Defence of the Homeland (VDP) auxiliaries.",
 [("OUAGADOUGOU", "LOC"), ("Reuters", "ORG"), ("Arbinda", "LOC"), ("Burkina Faso", "LOC"), ("Sahel", "LOC"),
  ("Liki", "LOC"), ("Dibilou", "LOC"), ("Rodolphe Sorgho", "PER"), ("Volunteers for the Defence of the Homeland", "ORG"),
  ("VDP", "ORG")]),
# wE051
("2025-10-06",
 "THE HAGUE, Oct 6 (Reuters) - Judges at the International Criminal Court found Ali Muhammad Ali Abd-Al-Rahman, known as Ali Kushayb, guilty of war crimes and crimes against humanity committed in Darfur in 2003 and 2004. Prosecutors said he commanded Janjaweed militiamen who attacked Fur villages around Kodoom, Bindisi, Mukjar and Deleig. Kushayb, who surrendered in 2020, denied being the man they described.",
 [("THE HAGUE", "LOC"), ("Reuters", "ORG"), ("International Criminal Court", "ORG"), ("Ali Muhammad Ali Abd-Al-Rahman", "PER"),
  ("Ali Kushayb", "PER"), ("Darfur", "LOC"), ("Janjaweed", "ORG"), ("Fur", "MISC"), ("Kodoom", "LOC"), ("Bindisi", "LOC"),
  ("Mukjar", "LOC"), ("Deleig", "LOC"), ("Kushayb", "PER")]),
# wE052
("2024-07-31",
 "CONAKRY, July 31 (AFP) - A court in Conakry convicted former junta leader Moussa Dadis Camara of crimes against humanity and sentenced him to 20 years in prison over the massacre of opposition supporters at the national stadium in 2009. His former aide-de-camp Aboubacar Sidiki Diakite, known as Toumba, was also convicted. The International Federation for Human Rights (FIDH) said the verdict was historic for victims.",
 [("CONAKRY", "LOC"), ("AFP", "ORG"), ("Conakry", "LOC"), ("Moussa Dadis Camara", "PER"), ("Aboubacar Sidiki Diakite", "PER"),
  ("Toumba", "PER"), ("International Federation for Human Rights", "ORG"), ("FIDH", "ORG")]),
# wE053
("2024-05-15",
 "BELLINZONA, Switzerland, May 15 (AP) - Switzerland's Federal Criminal Court sentenced Ousman Sonko, a former Gambian interior minister, to 20 years in prison for crimes against humanity committed against opponents of the government in Banjul between 2000 and 2016. The Geneva-based group TRIAL International, which filed the complaint, said it was the most senior official ever tried in Europe under universal jurisdiction.",
 [("BELLINZONA", "LOC"), ("Switzerland", "LOC"), ("AP", "ORG"), ("Switzerland", "LOC"), ("Federal Criminal Court", "ORG"),
  ("Ousman Sonko", "PER"), ("Gambian", "MISC"), ("Banjul", "LOC"), ("Geneva", "LOC"), ("TRIAL International", "ORG"),
  ("Europe", "LOC")]),
# wE054
("2023-04-03",
 "THE HAGUE (Reuters) - Former Kosovo president Hashim Thaci pleaded not guilty as his war crimes trial opened at the Kosovo Specialist Chambers on Monday. Prosecutors say Thaci and three other former commanders of the Kosovo Liberation Army (KLA), including Kadri Veseli, were responsible for the murder and torture of Serbs, Roma and Kosovo Albanian opponents in 1998 and 1999.",
 [("THE HAGUE", "LOC"), ("Reuters", "ORG"), ("Kosovo", "LOC"), ("Hashim Thaci", "PER"), ("Kosovo Specialist Chambers", "ORG"),
  ("Thaci", "PER"), ("Kosovo Liberation Army", "ORG"), ("KLA", "ORG"), ("Kadri Veseli", "PER"), ("Serbs", "MISC"),
  ("Roma", "MISC"), ("Kosovo Albanian", "MISC")]),
# wE055
("2025-07-24",
 "THE HAGUE, July 24 (AFP) - The International Criminal Court convicted two former leaders of the Anti-Balaka militias, Alfred Yekatom and Patrice-Edouard Ngaissona, of war crimes committed against Muslims in the Central African Republic in 2013 and 2014. Yekatom, a former corporal known as Rambo, was sentenced to 15 years. The Anti-Balaka rose up against the Seleka rebels who had seized Bangui.",
 [("THE HAGUE", "LOC"), ("AFP", "ORG"), ("International Criminal Court", "ORG"), ("Anti-Balaka", "ORG"), ("Alfred Yekatom", "PER"),
  ("Patrice-Edouard Ngaissona", "PER"), ("Muslims", "MISC"), ("Central African Republic", "LOC"), ("Yekatom", "PER"),
  ("Rambo", "PER"), ("Anti-Balaka", "ORG"), ("Seleka", "ORG"), ("Bangui", "LOC")]),
]
