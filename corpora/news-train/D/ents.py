# Decision lists for news-train part D (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# dct is the story's own date. Entries are listed in order of appearance; build.py finds
# each surface as a case-sensitive whole-word match at or after the end of the previous
# span, skipping `skip` such matches first (default 0). Ids are wD001, wD002, ... in order.

DOCS = [
# wD001
("2019-02-27",
 "ABUJA, Feb 27 (Reuters) - Nigeria's Independent National Electoral Commission declared President Muhammadu Buhari the winner of Saturday's election on Wednesday, saying he took 56 percent of the vote against Atiku Abubakar of the Peoples Democratic Party. Atiku said he would challenge the result in court.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Nigeria", "LOC"), ("Independent National Electoral Commission", "ORG"),
  ("Muhammadu Buhari", "PER"), ("Atiku Abubakar", "PER"), ("Peoples Democratic Party", "ORG"), ("Atiku", "PER")]),
# wD002
("2019-11-28",
 "NAIROBI, Nov 28 (Reuters) - The Central Bank of Kenya cut its benchmark lending rate by 25 basis points to 8.5 percent on Thursday, citing slowing inflation. Governor Patrick Njoroge told reporters the shilling had been stable against the dollar.",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Central Bank of Kenya", "ORG"), ("Patrick Njoroge", "PER")]),
# wD003
("2019-07-19",
 "CAIRO, July 19 (AFP) - Algeria won the Africa Cup of Nations for the second time on Friday, beating Senegal 1-0 in the final at the Cairo International Stadium. Baghdad Bounedjah scored after two minutes with a deflected shot, and Senegal's Sadio Mane was unable to find an equaliser.",
 [("CAIRO", "LOC"), ("AFP", "ORG"), ("Algeria", "LOC"), ("Africa Cup of Nations", "MISC"), ("Senegal", "LOC"),
  ("Cairo International Stadium", "LOC"), ("Baghdad Bounedjah", "PER"), ("Senegal", "LOC"), ("Sadio Mane", "PER")]),
# wD004
("2023-08-23",
 "BENGALURU, Aug 23 (Reuters) - The Indian Space Research Organisation landed its Chandrayaan-3 probe near the moon's south pole on Wednesday, a first for any country. ISRO chairman S. Somanath said the Vikram lander and its Pragyan rover were in good health.",
 [("BENGALURU", "LOC"), ("Reuters", "ORG"), ("Indian Space Research Organisation", "ORG"), ("Chandrayaan-3", "MISC"),
  ("ISRO", "ORG"), ("S. Somanath", "PER"), ("Vikram", "MISC"), ("Pragyan", "MISC")]),
# wD005
("2023-03-15",
 "BLANTYRE, Malawi, March 15 (Reuters) - The death toll from Cyclone Freddy in Malawi rose above 300 on Wednesday as rescuers dug through mud in the townships of Blantyre, the commercial capital. President Lazarus Chakwera declared a state of disaster in ten southern districts and appealed for help from the World Food Programme.",
 [("BLANTYRE", "LOC"), ("Malawi", "LOC"), ("Reuters", "ORG"), ("Cyclone Freddy", "MISC"), ("Malawi", "LOC"),
  ("Blantyre", "LOC"), ("Lazarus Chakwera", "PER"), ("World Food Programme", "ORG")]),
# wD006
("2021-10-23",
 "OUAGADOUGOU, Oct 23 (AFP) - The Gravedigger's Wife, by the Somali director Khadar Ayderus Ahmed, who lives in Finland, won the Golden Stallion of Yennenga on Saturday at FESPACO, the continent's biggest film festival, held every two years in Burkina Faso's capital.",
 [("OUAGADOUGOU", "LOC"), ("AFP", "ORG"), ("The Gravedigger's Wife", "MISC"), ("Somali", "MISC"),
  ("Khadar Ayderus Ahmed", "PER"), ("Finland", "LOC"), ("Golden Stallion of Yennenga", "MISC"), ("FESPACO", "MISC"),
  ("Burkina Faso", "LOC")]),
# wD007
("2021-12-03",
 "VIENTIANE, Dec 3 (Reuters) - Laos opened a $5.9 billion railway to China on Friday, linking Vientiane with the border town of Boten and on to Kunming in Yunnan province. The line is run by the Laos-China Railway Company, a joint venture dominated by Chinese state firms, and Prime Minister Phankham Viphavanh called it a turning point for a landlocked country.",
 [("VIENTIANE", "LOC"), ("Reuters", "ORG"), ("Laos", "LOC"), ("China", "LOC"), ("Vientiane", "LOC"), ("Boten", "LOC"),
  ("Kunming", "LOC"), ("Yunnan", "LOC"), ("Laos-China Railway Company", "ORG"), ("Chinese", "MISC"),
  ("Phankham Viphavanh", "PER")]),
# wD008
("2022-11-21",
 "ASTANA, Nov 21 (Reuters) - Kazakh President Kassym-Jomart Tokayev won a snap election with 81 percent of the vote, the Central Election Commission said on Monday. Observers from the Organization for Security and Co-operation in Europe said the vote lacked competition. Tokayev, 69, will now serve a single seven-year term.",
 [("ASTANA", "LOC"), ("Reuters", "ORG"), ("Kazakh", "MISC"), ("Kassym-Jomart Tokayev", "PER"),
  ("Central Election Commission", "ORG"), ("Organization for Security and Co-operation in Europe", "ORG"),
  ("Tokayev", "PER")]),
# wD009
("2024-12-05",
 "KARACHI, Dec 5 (Reuters) - Pakistan's benchmark KSE-100 index crossed 100,000 points for the first time on Thursday, extending a rally driven by falling inflation and an IMF loan programme. Traders at Arif Habib Ltd said foreign buying had returned after the State Bank of Pakistan cut rates four times since June.",
 [("KARACHI", "LOC"), ("Reuters", "ORG"), ("Pakistan", "LOC"), ("KSE-100", "MISC"), ("IMF", "ORG"),
  ("Arif Habib Ltd", "ORG"), ("State Bank of Pakistan", "ORG")]),
# wD010
("2022-08-27",
 "DUBAI, Aug 27 - Afghanistan thrashed Sri Lanka by eight wickets in the opening match of the Asia Cup on Saturday, with fast bowler Fazalhaq Farooqi taking three wickets for 11 runs. Openers Rahmanullah Gurbaz and Hazratullah Zazai then chased down 106 in 10.1 overs.",
 [("DUBAI", "LOC"), ("Afghanistan", "LOC"), ("Sri Lanka", "LOC"), ("Asia Cup", "MISC"), ("Fazalhaq Farooqi", "PER"),
  ("Rahmanullah Gurbaz", "PER"), ("Hazratullah Zazai", "PER")]),
# wD011
("2024-01-22",
 "YAOUNDE, Jan 22 (AFP) - Cameroon on Monday became the first country to start routine vaccination of children against malaria, using the RTS,S vaccine developed by GSK. The health ministry said 42 health districts would receive doses supplied through Gavi, the vaccine alliance, and UNICEF.",
 [("YAOUNDE", "LOC"), ("AFP", "ORG"), ("Cameroon", "LOC"), ("RTS,S", "MISC"), ("GSK", "ORG"), ("Gavi", "ORG"),
  ("UNICEF", "ORG")]),
# wD012
("2021-03-15",
 "LAGOS, March 15 (Reuters) - Nigerian singer Burna Boy won the Grammy for best global music album on Sunday for Twice as Tall, beating compatriot Femi Kuti. Fans gathered at bars in Lekki and Surulere to watch the ceremony, which was held in Los Angeles.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Nigerian", "MISC"), ("Burna Boy", "PER"), ("Grammy", "MISC"),
  ("Twice as Tall", "MISC"), ("Femi Kuti", "PER"), ("Lekki", "LOC"), ("Surulere", "LOC"), ("Los Angeles", "LOC")]),
# wD013
("2023-09-10",
 "MARRAKECH, Morocco, Sept 10 (Reuters) - Rescuers searched flattened mountain villages in the High Atlas on Sunday after the strongest earthquake to hit Morocco in decades killed more than 2,000 people. The worst-hit province was Al Haouz, where the village of Tafeghaghte was almost entirely destroyed, the interior ministry said.",
 [("MARRAKECH", "LOC"), ("Morocco", "LOC"), ("Reuters", "ORG"), ("High Atlas", "LOC"), ("Morocco", "LOC"),
  ("Al Haouz", "LOC"), ("Tafeghaghte", "LOC")]),
# wD014
("2023-10-02",
 "JAKARTA, Oct 2 (Reuters) - President Joko Widodo inaugurated Southeast Asia's first high-speed railway on Monday, a 142-km line between Jakarta and Bandung built with Chinese funding under the Belt and Road Initiative. The operator, PT Kereta Cepat Indonesia China, has named the service Whoosh.",
 [("JAKARTA", "LOC"), ("Reuters", "ORG"), ("Joko Widodo", "PER"), ("Southeast Asia", "LOC"), ("Jakarta", "LOC"),
  ("Bandung", "LOC"), ("Chinese", "MISC"), ("Belt and Road Initiative", "MISC"),
  ("PT Kereta Cepat Indonesia China", "ORG"), ("Whoosh", "MISC")]),
# wD015
("2024-09-22",
 "COLOMBO, Sept 22 (AFP) - Marxist-leaning lawmaker Anura Kumara Dissanayake won Sri Lanka's presidential election on Sunday after a second count of preference votes, the Election Commission said. Dissanayake, whose National People's Power alliance held only three seats in the outgoing legislature, beat opposition leader Sajith Premadasa.",
 [("COLOMBO", "LOC"), ("AFP", "ORG"), ("Marxist", "MISC"), ("Anura Kumara Dissanayake", "PER"), ("Sri Lanka", "LOC"),
  ("Election Commission", "ORG"), ("Dissanayake", "PER"), ("National People's Power", "ORG"),
  ("Sajith Premadasa", "PER")]),
# wD016
("2023-12-12",
 "Argentina Devalues Peso by Half in Milei's First Shock Measure\n"
 "Argentina devalued the peso by more than 50 percent on Tuesday, setting the official rate at 800 per dollar, in the first shock measure of President Javier Milei's government. Economy Minister Luis Caputo also announced cuts to energy and transport subsidies and said the central bank would stop printing money to finance the Treasury.",
 [("Argentina", "LOC"), ("Milei", "PER"), ("Argentina", "LOC"), ("Javier Milei", "PER"), ("Luis Caputo", "PER"),
  ("Treasury", "ORG")]),
# wD017
("2023-11-04",
 "RIO DE JANEIRO, Nov 4 (Reuters) - Fluminense won the Copa Libertadores for the first time on Saturday, beating Boca Juniors 2-1 after extra time at the Maracana. Substitute John Kennedy scored the winner in the 99th minute, and the 40-year-old defender Felipe Melo wept on the pitch.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Fluminense", "ORG"), ("Copa Libertadores", "MISC"),
  ("Boca Juniors", "ORG"), ("Maracana", "LOC"), ("John Kennedy", "PER"), ("Felipe Melo", "PER")]),
# wD018
("2024-04-17",
 "SYDNEY, April 17 (Reuters) - The Great Barrier Reef is suffering its fifth mass bleaching event in eight years, the Great Barrier Reef Marine Park Authority said on Wednesday, with aerial surveys finding bleached coral on 73 percent of reefs. Scientists at James Cook University in Townsville said the heat stress was the most severe on record.",
 [("SYDNEY", "LOC"), ("Reuters", "ORG"), ("Great Barrier Reef", "LOC"), ("Great Barrier Reef Marine Park Authority", "ORG"),
  ("James Cook University", "ORG"), ("Townsville", "LOC")]),
# wD019
("2018-04-30",
 "VALLEDUPAR, Colombia, April 30 - Accordionist Camilo Andrés Molina, 19, was crowned king of the Festival de la Leyenda Vallenata on Sunday night in front of 20,000 people at the Parque de la Leyenda Vallenata. The festival, founded in 1968, honours the accordion music of Colombia's Caribbean coast.",
 [("VALLEDUPAR", "LOC"), ("Colombia", "LOC"), ("Camilo Andrés Molina", "PER"), ("Festival de la Leyenda Vallenata", "MISC"),
  ("Parque de la Leyenda Vallenata", "LOC"), ("Colombia", "LOC"), ("Caribbean", "LOC")]),
# wD020
("2022-08-29",
 "ISLAMABAD, Aug 29 (AFP) - Floods caused by record monsoon rains have now affected 33 million people in Pakistan, the National Disaster Management Authority said on Monday, with the southern province of Sindh and neighbouring Balochistan worst hit. Climate Minister Sherry Rehman called it a climate catastrophe, and the United Nations launched an appeal for $160 million.",
 [("ISLAMABAD", "LOC"), ("AFP", "ORG"), ("Pakistan", "LOC"), ("National Disaster Management Authority", "ORG"),
  ("Sindh", "LOC"), ("Balochistan", "LOC"), ("Sherry Rehman", "PER"), ("United Nations", "ORG")]),
# wD021
("2024-02-12",
 "ADDIS ABABA, Feb 12 (Reuters) - Ethiopian Airlines will buy up to 31 jets from Boeing and 11 from Airbus, the carrier's chief executive Mesfin Tasew said on Monday, as Africa's biggest airline expands its hub at Bole International Airport. The state-owned carrier also plans a new airport at Bishoftu, 45 km south-east of the capital.",
 [("ADDIS ABABA", "LOC"), ("Reuters", "ORG"), ("Ethiopian Airlines", "ORG"), ("Boeing", "ORG"), ("Airbus", "ORG"),
  ("Mesfin Tasew", "PER"), ("Africa", "LOC"), ("Bole International Airport", "LOC"), ("Bishoftu", "LOC")]),
# wD022
("2024-03-25",
 "DAKAR, March 25 (Reuters) - Opposition candidate Bassirou Diomaye Faye was on course to win Senegal's presidential election outright, provisional results showed on Monday, and his rival Amadou Ba of the ruling coalition conceded defeat. Faye, 44, was released from prison less than two weeks before the vote together with his mentor Ousmane Sonko, the leader of the dissolved PASTEF party.",
 [("DAKAR", "LOC"), ("Reuters", "ORG"), ("Bassirou Diomaye Faye", "PER"), ("Senegal", "LOC"), ("Amadou Ba", "PER"),
  ("Faye", "PER"), ("Ousmane Sonko", "PER"), ("PASTEF", "ORG")]),
# wD023
("2023-06-08",
 "LUSAKA, June 8 - Zambia's copper output rose 8 percent in the first quarter, the Ministry of Mines and Minerals Development said on Thursday, helped by expansion at First Quantum Minerals' Kansanshi mine in Solwezi. The kwacha firmed 1.2 percent against the dollar after the figures were released, traders at Zanaco said.",
 [("LUSAKA", "LOC"), ("Zambia", "LOC"), ("Ministry of Mines and Minerals Development", "ORG"),
  ("First Quantum Minerals", "ORG"), ("Kansanshi", "LOC"), ("Solwezi", "LOC"), ("Zanaco", "ORG")]),
# wD024
("2024-03-03",
 "TOKYO, March 3 (Reuters) - Kenya's Benson Kipruto won the Tokyo Marathon on Sunday in a course record of 2:02:16, while Ethiopia's Sutume Asefa Kebede took the women's title in 2:15:55, also a course record.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Kenya", "LOC"), ("Benson Kipruto", "PER"), ("Tokyo Marathon", "MISC"),
  ("Ethiopia", "LOC"), ("Sutume Asefa Kebede", "PER")]),
# wD025
("2023-08-03",
 "BRASILIA, Aug 3 (Reuters) - Deforestation in Brazil's Amazon fell 66 percent in July from a year earlier, data from the space research agency INPE showed on Thursday. Environment Minister Marina Silva said the figures showed the government's enforcement agency Ibama was back at work after years of cuts.",
 [("BRASILIA", "LOC"), ("Reuters", "ORG"), ("Brazil", "LOC"), ("Amazon", "LOC"), ("INPE", "ORG"), ("Marina Silva", "PER"),
  ("Ibama", "ORG")]),
# wD026
("2024-02-24",
 "BERLIN, Feb 24 (Reuters) - Dahomey, a documentary by the French-Senegalese director Mati Diop about the return of looted treasures from France to Benin, won the Golden Bear at the Berlin International Film Festival on Saturday.",
 [("BERLIN", "LOC"), ("Reuters", "ORG"), ("Dahomey", "MISC"), ("French-Senegalese", "MISC"), ("Mati Diop", "PER"),
  ("France", "LOC"), ("Benin", "LOC"), ("Golden Bear", "MISC"), ("Berlin International Film Festival", "MISC")]),
# wD027
("2023-09-13",
 "BENGHAZI, Libya, Sept 13 (Reuters) - Bodies were still washing up on the shore at Derna on Wednesday, three days after Storm Daniel burst two dams above the eastern Libyan city. The Libyan Red Crescent said thousands were missing, and the eastern-based administration of Khalifa Haftar appealed for international help.",
 [("BENGHAZI", "LOC"), ("Libya", "LOC"), ("Reuters", "ORG"), ("Derna", "LOC"), ("Storm Daniel", "MISC"), ("Libyan", "MISC"),
  ("Libyan Red Crescent", "ORG"), ("Khalifa Haftar", "PER")]),
# wD028
("2021-03-29",
 "ISMAILIA, Egypt, March 29 (Reuters) - The container ship Ever Given was refloated on Monday, ending a six-day blockage of the Suez Canal that held up more than 400 vessels. Suez Canal Authority chairman Osama Rabie said traffic had resumed and the backlog would be cleared within four days.",
 [("ISMAILIA", "LOC"), ("Egypt", "LOC"), ("Reuters", "ORG"), ("Ever Given", "MISC"), ("Suez Canal", "LOC"),
  ("Suez Canal Authority", "ORG"), ("Osama Rabie", "PER")]),
# wD029
("2024-11-04",
 "CHISINAU, Nov 4 (AFP) - Pro-European incumbent Maia Sandu won a second term as Moldova's president in Sunday's run-off, defeating Alexandr Stoianoglo, a former prosecutor-general backed by the pro-Russian Party of Socialists. Sandu thanked voters in the diaspora, who turned out in large numbers in Italy, Germany and Romania.",
 [("CHISINAU", "LOC"), ("AFP", "ORG"), ("European", "MISC"), ("Maia Sandu", "PER"), ("Moldova", "LOC"),
  ("Alexandr Stoianoglo", "PER"), ("Russian", "MISC"), ("Party of Socialists", "ORG"), ("Sandu", "PER"), ("Italy", "LOC"),
  ("Germany", "LOC"), ("Romania", "LOC")]),
# wD030
("2023-08-16",
 "HANOI, Aug 16 (Reuters) - Shares of Vietnamese electric carmaker VinFast soared in their Nasdaq debut on Tuesday, briefly giving the company a market value above that of Ford. VinFast is controlled by Pham Nhat Vuong, the founder of the Vingroup conglomerate and Vietnam's richest man.",
 [("HANOI", "LOC"), ("Reuters", "ORG"), ("Vietnamese", "MISC"), ("VinFast", "ORG"), ("Nasdaq", "ORG"), ("Ford", "ORG"),
  ("VinFast", "ORG"), ("Pham Nhat Vuong", "PER"), ("Vingroup", "ORG"), ("Vietnam", "LOC")]),
# wD031
("2024-02-10",
 "DOHA, Feb 10 (AFP) - Akram Afif scored a hat-trick of penalties as Qatar beat Jordan 3-1 in the Asian Cup final at the Lusail Stadium on Saturday to retain their title. Jordan, who were playing in their first final, equalised through Yazan Al-Naimat early in the second half.",
 [("DOHA", "LOC"), ("AFP", "ORG"), ("Akram Afif", "PER"), ("Qatar", "LOC"), ("Jordan", "LOC"), ("Asian Cup", "MISC"),
  ("Lusail Stadium", "LOC"), ("Jordan", "LOC"), ("Yazan Al-Naimat", "PER")]),
# wD032
("2024-08-14",
 "GENEVA/KINSHASA, Aug 14 (Reuters) - The World Health Organization declared mpox a public health emergency of international concern on Wednesday after a new strain spread from the Democratic Republic of Congo to Burundi, Kenya, Rwanda and Uganda. WHO Director-General Tedros Adhanom Ghebreyesus said a coordinated response was needed.",
 [("GENEVA", "LOC"), ("KINSHASA", "LOC"), ("Reuters", "ORG"), ("World Health Organization", "ORG"),
  ("Democratic Republic of Congo", "LOC"), ("Burundi", "LOC"), ("Kenya", "LOC"), ("Rwanda", "LOC"), ("Uganda", "LOC"),
  ("WHO", "ORG"), ("Tedros Adhanom Ghebreyesus", "PER")]),
# wD033
("2022-05-27",
 "LONDON, May 27 - Tomb of Sand by Geetanjali Shree, translated by Daisy Rockwell, won the International Booker Prize on Thursday, the first novel written in Hindi to take the award. The judges praised its story of an 80-year-old woman who travels to Pakistan after her husband's death.",
 [("LONDON", "LOC"), ("Tomb of Sand", "MISC"), ("Geetanjali Shree", "PER"), ("Daisy Rockwell", "PER"),
  ("International Booker Prize", "MISC"), ("Hindi", "MISC"), ("Pakistan", "LOC")]),
# wD034
("2021-12-17",
 "SURIGAO CITY, Philippines, Dec 17 (Reuters) - Typhoon Rai, known locally as Odette, tore across the central and southern Philippines on Friday, toppling power lines on Siargao island and forcing more than 300,000 people to flee their homes. The national disaster agency said communications with Dinagat Islands province had been cut.",
 [("SURIGAO CITY", "LOC"), ("Philippines", "LOC"), ("Reuters", "ORG"), ("Typhoon Rai", "MISC"), ("Odette", "MISC"),
  ("Philippines", "LOC"), ("Siargao", "LOC"), ("Dinagat Islands", "LOC")]),
# wD035
("2023-12-15",
 "CAMPECHE, Mexico, Dec 15 (Reuters) - President Andres Manuel Lopez Obrador rode the first passenger service of the Tren Maya on Friday, a 1,500-km railway looping through the Yucatan Peninsula that critics say has damaged cenotes and archaeological sites. The army-run line will link Cancun with Palenque in Chiapas.",
 [("CAMPECHE", "LOC"), ("Mexico", "LOC"), ("Reuters", "ORG"), ("Andres Manuel Lopez Obrador", "PER"), ("Tren Maya", "LOC"),
  ("Yucatan Peninsula", "LOC"), ("Cancun", "LOC"), ("Palenque", "LOC"), ("Chiapas", "LOC")]),
# wD036
("2021-04-12",
 "Kyrgyz voters backed a new constitution that hands sweeping powers to President Sadyr Japarov, preliminary results showed on Monday, in a referendum that opponents called a return to authoritarian rule. Turnout was about 30 percent, according to Kyrgyzstan's Central Election Commission. Japarov, who was freed from prison by protesters in October, won the presidency in January with 79 percent of the vote.",
 [("Kyrgyz", "MISC"), ("Sadyr Japarov", "PER"), ("Kyrgyzstan", "LOC"), ("Central Election Commission", "ORG"),
  ("Japarov", "PER")]),
# wD037
("2019-12-11",
 "RIYADH, Dec 11 (Reuters) - Shares in Saudi Aramco rose by the daily limit of 10 percent on their debut on the Tadawul exchange on Wednesday, valuing the state oil giant at $1.88 trillion. Energy Minister Prince Abdulaziz bin Salman rang the opening bell alongside Aramco chief executive Amin Nasser.",
 [("RIYADH", "LOC"), ("Reuters", "ORG"), ("Saudi Aramco", "ORG"), ("Tadawul", "ORG"), ("Abdulaziz bin Salman", "PER"),
  ("Aramco", "ORG"), ("Amin Nasser", "PER")]),
# wD038
("2022-07-09",
 "LONDON, July 9 (Reuters) - Elena Rybakina became the first player from Kazakhstan to win a Grand Slam singles title on Saturday, beating Tunisia's Ons Jabeur 3-6 6-2 6-2 in the Wimbledon final. Rybakina, who was born in Moscow, has represented Kazakhstan since 2018.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Elena Rybakina", "PER"), ("Kazakhstan", "LOC"), ("Grand Slam", "MISC"),
  ("Tunisia", "LOC"), ("Ons Jabeur", "PER"), ("Wimbledon", "MISC"), ("Rybakina", "PER"), ("Moscow", "LOC"),
  ("Kazakhstan", "LOC")]),
# wD039
("2021-02-09",
 "DUBAI, Feb 9 (Reuters) - The United Arab Emirates' Hope probe entered orbit around Mars on Tuesday, making the Gulf state the first Arab country to reach the planet. Engineers at the Mohammed Bin Rashid Space Centre in Dubai cheered as the signal arrived, and project manager Omran Sharaf called it a message to young Arabs.",
 [("DUBAI", "LOC"), ("Reuters", "ORG"), ("United Arab Emirates", "LOC"), ("Hope", "MISC"), ("Mars", "LOC"), ("Gulf", "LOC"),
  ("Arab", "MISC"), ("Mohammed Bin Rashid Space Centre", "ORG"), ("Dubai", "LOC"), ("Omran Sharaf", "PER"),
  ("Arabs", "MISC")]),
# wD040
("2022-05-15",
 "TURIN, Italy, May 15 (Reuters) - Ukraine's Kalush Orchestra won the Eurovision Song Contest early on Sunday with Stefania, a folk-rap song written by frontman Oleh Psiuk for his mother, riding a wave of public support after Russia's invasion. The band were given special permission to leave Ukraine, where men of fighting age are barred from travelling abroad.",
 [("TURIN", "LOC"), ("Italy", "LOC"), ("Reuters", "ORG"), ("Ukraine", "LOC"), ("Kalush Orchestra", "ORG"),
  ("Eurovision Song Contest", "MISC"), ("Stefania", "MISC"), ("Oleh Psiuk", "PER"), ("Russia", "LOC"), ("Ukraine", "LOC")]),
]
