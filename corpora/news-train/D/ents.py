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
# wD041
("2024-12-09",
 "ACCRA, Dec 9 (Reuters) - Former president John Dramani Mahama won Ghana's presidential election with 56.6 percent of the vote, the Electoral Commission said on Monday, completing a comeback eight years after he lost power. Vice President Mahamudu Bawumia of the ruling New Patriotic Party (NPP) conceded on Sunday, and supporters of Mahama's National Democratic Congress danced in the streets of Accra and Tamale.",
 [("ACCRA", "LOC"), ("Reuters", "ORG"), ("John Dramani Mahama", "PER"), ("Ghana", "LOC"), ("Electoral Commission", "ORG"),
  ("Mahamudu Bawumia", "PER"), ("New Patriotic Party", "ORG"), ("NPP", "ORG"), ("Mahama", "PER"),
  ("National Democratic Congress", "ORG"), ("Accra", "LOC"), ("Tamale", "LOC")]),
# wD042
("2024-03-06",
 "CAIRO, March 6 (Reuters) - Egypt let its pound fall by almost 40 percent to around 50 per dollar on Wednesday after the Central Bank of Egypt raised interest rates by 600 basis points, clearing the way for an expanded $8 billion loan from the International Monetary Fund. Shares on the EGX30 index jumped 7 percent, said Mohamed Abu Basha, head of macroeconomic analysis at EFG Hermes.",
 [("CAIRO", "LOC"), ("Reuters", "ORG"), ("Egypt", "LOC"), ("Central Bank of Egypt", "ORG"),
  ("International Monetary Fund", "ORG"), ("EGX30", "MISC"), ("Mohamed Abu Basha", "PER"), ("EFG Hermes", "ORG")]),
# wD043
("2022-10-31",
 "WYDAD WIN CASABLANCA DERBY TO GO TOP\n"
 "CASABLANCA, Morocco, Oct 31 - Wydad Casablanca beat city rivals Raja 2-1 at the Stade Mohammed V on Sunday to go top of the Botola Pro, with Congolese striker Guy Mbenza scoring twice. Raja coach Josef Zinnbauer said his side had been punished for two defensive errors.",
 [("WYDAD", "ORG"), ("CASABLANCA", "LOC"), ("CASABLANCA", "LOC"), ("Morocco", "LOC"), ("Wydad Casablanca", "ORG"),
  ("Raja", "ORG"), ("Stade Mohammed V", "LOC"), ("Botola Pro", "MISC"), ("Congolese", "MISC"), ("Guy Mbenza", "PER"),
  ("Raja", "ORG"), ("Josef Zinnbauer", "PER")]),
# wD044
("2025-11-26",
 "BRASILIA, Nov 26 (Reuters) - Brazil's health regulator Anvisa approved a single-dose dengue vaccine developed by the Butantan Institute on Wednesday, after a trial in 16,000 volunteers showed 79.6 percent efficacy. Health Minister Alexandre Padilha said the public health system, known as SUS, would begin offering the shot next year.",
 [("BRASILIA", "LOC"), ("Reuters", "ORG"), ("Brazil", "LOC"), ("Anvisa", "ORG"), ("Butantan Institute", "ORG"),
  ("Alexandre Padilha", "PER"), ("SUS", "ORG")]),
# wD045
("2023-03-13",
 "LOS ANGELES, March 13 (Reuters) - Naatu Naatu, the Telugu-language song from the action film RRR, won the Oscar for best original song on Sunday, and composer M.M. Keeravani accepted the award with a song of his own. Fans in Hyderabad set off fireworks outside the offices of the film's producer, DVV Entertainment.",
 [("LOS ANGELES", "LOC"), ("Reuters", "ORG"), ("Naatu Naatu", "MISC"), ("Telugu", "MISC"), ("RRR", "MISC"),
  ("Oscar", "MISC"), ("M.M. Keeravani", "PER"), ("Hyderabad", "LOC"), ("DVV Entertainment", "ORG")]),
# wD046
("2023-11-04",
 "KATHMANDU, Nov 4 (AFP) - A 5.6-magnitude earthquake struck western Nepal late on Friday, flattening mud-brick houses in the districts of Jajarkot and Rukum West, police said. Prime Minister Pushpa Kamal Dahal, who is also known as Prachanda, flew to Jajarkot on Saturday with a medical team from the Nepal Army.",
 [("KATHMANDU", "LOC"), ("AFP", "ORG"), ("Nepal", "LOC"), ("Jajarkot", "LOC"), ("Rukum West", "LOC"),
  ("Pushpa Kamal Dahal", "PER"), ("Prachanda", "PER"), ("Jajarkot", "LOC"), ("Nepal Army", "ORG")]),
# wD047
("2024-08-01",
 "DAR ES SALAAM, Aug 1 (Reuters) - Tanzania launched electric passenger trains on its new standard gauge railway on Thursday, cutting the journey from Dar es Salaam to the capital Dodoma to under four hours. President Samia Suluhu Hassan rode the first train, which was built by South Korea's Hyundai Rotem, and Tanzania Railways Corporation said tickets had sold out for the first week.",
 [("DAR ES SALAAM", "LOC"), ("Reuters", "ORG"), ("Tanzania", "LOC"), ("Dar es Salaam", "LOC"), ("Dodoma", "LOC"),
  ("Samia Suluhu Hassan", "PER"), ("South Korea", "LOC"), ("Hyundai Rotem", "ORG"), ("Tanzania Railways Corporation", "ORG")]),
# wD048
("2024-10-27",
 "Georgia's ruling Georgian Dream party won Saturday's parliamentary election with 54 percent of the vote, the Central Election Commission said on Sunday, but President Salome Zourabichvili refused to recognise the result and called for protests. Georgian Dream's founder, the billionaire Bidzina Ivanishvili, said the vote had been free and fair.",
 [("Georgia", "LOC"), ("Georgian Dream", "ORG"), ("Central Election Commission", "ORG"), ("Salome Zourabichvili", "PER"),
  ("Georgian Dream", "ORG"), ("Bidzina Ivanishvili", "PER")]),
# wD049
("2024-09-03",
 "LAGOS, Sept 3 (Reuters) - Dangote Petroleum Refinery began producing petrol on Tuesday, billionaire Aliko Dangote told reporters at the 650,000 barrel-per-day plant in the Lekki Free Zone. State oil firm NNPC Ltd, which owns a 7.2 percent stake, will be the refinery's sole buyer of petrol for now, Dangote said.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Dangote Petroleum Refinery", "ORG"), ("Aliko Dangote", "PER"),
  ("Lekki Free Zone", "LOC"), ("NNPC Ltd", "ORG"), ("Dangote", "PER")]),
# wD050
("2023-02-26",
 "KIGALI, Feb 26 - Eritrea's Henok Mulubrhan won the Tour du Rwanda on Sunday, finishing the eighth and final stage around Kigali safely in the pack, while Rwanda's best finisher, Moise Mugisha, was 12th overall.",
 [("KIGALI", "LOC"), ("Eritrea", "LOC"), ("Henok Mulubrhan", "PER"), ("Tour du Rwanda", "MISC"), ("Kigali", "LOC"),
  ("Rwanda", "LOC"), ("Moise Mugisha", "PER")]),
# wD051
("2023-05-16",
 "NEUQUEN, Argentina, May 16 (Reuters) - Argentine paleontologists have unearthed the bones of a long-necked dinosaur that may have been among the largest animals ever to walk the earth, the national research council CONICET said on Tuesday. The remains were found on a farm near Villa El Chocón in Neuquén province, said team leader Mariela Ruiz, a researcher at the Ernesto Bachmann Museum.",
 [("NEUQUEN", "LOC"), ("Argentina", "LOC"), ("Reuters", "ORG"), ("Argentine", "MISC"), ("CONICET", "ORG"),
  ("Villa El Chocón", "LOC"), ("Neuquén", "LOC"), ("Mariela Ruiz", "PER"), ("Ernesto Bachmann Museum", "ORG")]),
# wD052
("2023-03-02",
 "KARACHI, March 2 - Pasoori, a duet by Ali Sethi and Shae Gill recorded for Coke Studio, has become the first Pakistani song to pass 500 million views on YouTube, its producer Zulfiqar Jabbar Khan said on Thursday.",
 [("KARACHI", "LOC"), ("Pasoori", "MISC"), ("Ali Sethi", "PER"), ("Shae Gill", "PER"), ("Coke Studio", "MISC"),
  ("Pakistani", "MISC"), ("YouTube", "ORG"), ("Zulfiqar Jabbar Khan", "PER")]),
# wD053
("2023-02-08",
 "ANTAKYA, Turkey, Feb 8 (Reuters) - Rescuers pulled a 10-year-old girl alive from the rubble of an apartment block in Antakya on Wednesday, more than 50 hours after the earthquake, Turkey's disaster agency AFAD said. The death toll across southern Turkey and northwest Syria rose above 11,000, and President Tayyip Erdogan declared a state of emergency in ten provinces including Hatay, Kahramanmaras and Gaziantep.",
 [("ANTAKYA", "LOC"), ("Turkey", "LOC"), ("Reuters", "ORG"), ("Antakya", "LOC"), ("Turkey", "LOC"), ("AFAD", "ORG"),
  ("Turkey", "LOC"), ("Syria", "LOC"), ("Tayyip Erdogan", "PER"), ("Hatay", "LOC"), ("Kahramanmaras", "LOC"),
  ("Gaziantep", "LOC")]),
# wD054
("2023-01-15",
 "YETI AIRLINES PLANE CRASHES NEAR POKHARA\n"
 "KATHMANDU, Jan 15 (Reuters) - A Yeti Airlines plane carrying 72 people crashed into a river gorge while landing at the new international airport in the resort city of Pokhara on Sunday, Nepal's Civil Aviation Authority said. The twin-engine aircraft had flown from Kathmandu, and five of those on board were Indian nationals, an airline spokesman, Sudarshan Bartaula, told Reuters.",
 [("YETI AIRLINES", "ORG"), ("POKHARA", "LOC"), ("KATHMANDU", "LOC"), ("Reuters", "ORG"), ("Yeti Airlines", "ORG"),
  ("Pokhara", "LOC"), ("Nepal", "LOC"), ("Civil Aviation Authority", "ORG"), ("Kathmandu", "LOC"), ("Indian", "MISC"),
  ("Sudarshan Bartaula", "PER"), ("Reuters", "ORG")]),
# wD055
("2024-02-10",
 "ISLAMABAD, Feb 10 (Reuters) - Independent candidates backed by jailed former prime minister Imran Khan won the most seats in Pakistan's general election, final results showed on Saturday, defying a crackdown on his Pakistan Tehreek-e-Insaf (PTI). Nawaz Sharif's Pakistan Muslim League-Nawaz came second and said it would try to form a coalition with the Pakistan Peoples Party.",
 [("ISLAMABAD", "LOC"), ("Reuters", "ORG"), ("Imran Khan", "PER"), ("Pakistan", "LOC"), ("Pakistan Tehreek-e-Insaf", "ORG"),
  ("PTI", "ORG"), ("Nawaz Sharif", "PER"), ("Pakistan Muslim League-Nawaz", "ORG"), ("Pakistan Peoples Party", "ORG")]),
# wD056
("2023-12-27",
 "SANTIAGO, Dec 27 (Reuters) - Chilean state copper miner Codelco agreed to take control of lithium production in the Salar de Atacama from 2031 through a joint venture with SQM, the companies said on Wednesday. SQM shares fell 5 percent on the Santiago stock exchange, while analysts at BTG Pactual called the terms better than expected for investors.",
 [("SANTIAGO", "LOC"), ("Reuters", "ORG"), ("Chilean", "MISC"), ("Codelco", "ORG"), ("Salar de Atacama", "LOC"),
  ("SQM", "ORG"), ("SQM", "ORG"), ("Santiago", "LOC"), ("BTG Pactual", "ORG")]),
# wD057
("2024-08-10",
 "PARIS, Aug 10 (Reuters) - Uzbekistan's Bakhodir Jalolov retained his super-heavyweight boxing title at the Olympics in Paris on Saturday, outpointing Spain's Ayoub Ghadfa at the Roland Garros stadium. Uzbekistan finished the boxing tournament with five gold medals, more than any other country.",
 [("PARIS", "LOC"), ("Reuters", "ORG"), ("Uzbekistan", "LOC"), ("Bakhodir Jalolov", "PER"), ("Olympics", "MISC"),
  ("Paris", "LOC"), ("Spain", "LOC"), ("Ayoub Ghadfa", "PER"), ("Roland Garros", "LOC"), ("Uzbekistan", "LOC")]),
# wD058
("2023-04-13",
 "ACCRA, April 13 (Reuters) - Ghana became the first country to approve the R21/Matrix-M malaria vaccine developed by the University of Oxford, the Ghanaian Food and Drugs Authority said on Thursday. Adar Poonawalla, chief executive of the Serum Institute, which will make the shots, said his company could produce up to 200 million doses a year.",
 [("ACCRA", "LOC"), ("Reuters", "ORG"), ("Ghana", "LOC"), ("R21/Matrix-M", "MISC"), ("University of Oxford", "ORG"),
  ("Ghanaian", "MISC"), ("Food and Drugs Authority", "ORG"), ("Adar Poonawalla", "PER"), ("Serum Institute", "ORG")]),
# wD059
("2024-04-28",
 "ABU DHABI, April 28 (Reuters) - Palestinian writer Basim Khandaqji, who has been held in an Israeli prison since 2004, won the International Prize for Arabic Fiction on Sunday for his novel A Mask, the Colour of the Sky. His Lebanese publisher, Dar al-Adab, accepted the $50,000 award on his behalf.",
 [("ABU DHABI", "LOC"), ("Reuters", "ORG"), ("Palestinian", "MISC"), ("Basim Khandaqji", "PER"), ("Israeli", "MISC"),
  ("International Prize for Arabic Fiction", "MISC"), ("A Mask, the Colour of the Sky", "MISC"), ("Lebanese", "MISC"),
  ("Dar al-Adab", "ORG")]),
# wD060
("2024-05-06",
 "PORTO ALEGRE, Brazil, May 6 (Reuters) - Floodwaters covered much of Porto Alegre on Monday after a week of torrential rain in Rio Grande do Sul state, where the Guaiba river rose to a record 5.3 metres, the state civil defence agency said. Governor Eduardo Leite said the state would need a 'Marshall Plan' to rebuild, and Salgado Filho International Airport was closed until further notice.",
 [("PORTO ALEGRE", "LOC"), ("Brazil", "LOC"), ("Reuters", "ORG"), ("Porto Alegre", "LOC"), ("Rio Grande do Sul", "LOC"),
  ("Guaiba", "LOC"), ("Eduardo Leite", "PER"), ("Marshall Plan", "MISC"), ("Salgado Filho International Airport", "LOC")]),
# wD061
("2024-11-14",
 "CHANCAY, Peru, Nov 14 (Reuters) - Chinese President Xi Jinping and Peruvian President Dina Boluarte inaugurated a $1.3 billion deep-water port at Chancay by video link on Thursday, a project that will cut shipping times between South America and Asia. The port is 60 percent owned by China's COSCO Shipping Ports, with the Peruvian miner Volcan holding the rest.",
 [("CHANCAY", "LOC"), ("Peru", "LOC"), ("Reuters", "ORG"), ("Chinese", "MISC"), ("Xi Jinping", "PER"), ("Peruvian", "MISC"),
  ("Dina Boluarte", "PER"), ("Chancay", "LOC"), ("South America", "LOC"), ("Asia", "LOC"), ("China", "LOC"),
  ("COSCO Shipping Ports", "ORG"), ("Peruvian", "MISC"), ("Volcan", "ORG")]),
# wD062
("2021-08-16",
 "LUSAKA, Aug 16 (AFP) - Opposition leader Hakainde Hichilema won Zambia's presidential election by a landslide, the Electoral Commission of Zambia announced early on Monday, ending the rule of President Edgar Lungu. Hichilema, a businessman making his sixth bid for the presidency, took 2.8 million votes to Lungu's 1.8 million. 'HH', as he is known, was jailed for four months in 2017.",
 [("LUSAKA", "LOC"), ("AFP", "ORG"), ("Hakainde Hichilema", "PER"), ("Zambia", "LOC"), ("Electoral Commission of Zambia", "ORG"),
  ("Edgar Lungu", "PER"), ("Hichilema", "PER"), ("Lungu", "PER"), ("HH", "PER")]),
# wD063
("2023-06-22",
 "ISTANBUL, June 22 (Reuters) - Turkey's central bank raised its policy rate to 15 percent from 8.5 percent on Thursday, its first hike in more than two years, under new Governor Hafize Gaye Erkan. The lira fell 2.6 percent to a record low of 25.7 per dollar, and Istanbul's BIST 100 index closed 1.1 percent lower.",
 [("ISTANBUL", "LOC"), ("Reuters", "ORG"), ("Turkey", "LOC"), ("Hafize Gaye Erkan", "PER"), ("Istanbul", "LOC"),
  ("BIST 100", "MISC")]),
# wD064
("2021-03-21",
 "BIRMINGHAM, England, March 21 (Reuters) - Malaysia's Lee Zii Jia won the All England Open men's singles title on Sunday, beating Denmark's Viktor Axelsen 30-29 20-22 21-9 in the final. Lee, 22, became the first Malaysian to win the title since Lee Chong Wei in 2017.",
 [("BIRMINGHAM", "LOC"), ("England", "LOC"), ("Reuters", "ORG"), ("Malaysia", "LOC"), ("Lee Zii Jia", "PER"),
  ("All England Open", "MISC"), ("Denmark", "LOC"), ("Viktor Axelsen", "PER"), ("Lee", "PER"), ("Malaysian", "MISC"),
  ("Lee Chong Wei", "PER")]),
# wD065
("2022-02-20",
 "ADDIS ABABA, Feb 20 (Reuters) - Ethiopia began generating electricity at the Grand Ethiopian Renaissance Dam on the Blue Nile on Sunday, Prime Minister Abiy Ahmed said, a milestone in a project that Egypt and Sudan fear will cut their share of the river's water. Abiy pressed a button to start the first of 13 turbines, state broadcaster EBC showed.",
 [("ADDIS ABABA", "LOC"), ("Reuters", "ORG"), ("Ethiopia", "LOC"), ("Grand Ethiopian Renaissance Dam", "LOC"),
  ("Blue Nile", "LOC"), ("Abiy Ahmed", "PER"), ("Egypt", "LOC"), ("Sudan", "LOC"), ("Abiy", "PER"), ("EBC", "ORG")]),
# wD066
("2025-05-24",
 "CANNES, France, May 24 (Reuters) - Iranian director Jafar Panahi won the Palme d'Or at the Cannes Film Festival on Saturday for It Was Just an Accident, a thriller he shot in secret in Tehran. Panahi, who was banned from travelling for years, thanked his crew and called on Iranians to put aside their differences.",
 [("CANNES", "LOC"), ("France", "LOC"), ("Reuters", "ORG"), ("Iranian", "MISC"), ("Jafar Panahi", "PER"),
  ("Palme d'Or", "MISC"), ("Cannes Film Festival", "MISC"), ("It Was Just an Accident", "MISC"), ("Tehran", "LOC"),
  ("Panahi", "PER"), ("Iranians", "MISC")]),
# wD067
("2023-10-09",
 "HERAT, Afghanistan, Oct 9 (Reuters) - Villagers in Zinda Jan district dug through rubble with their hands on Monday after a series of earthquakes killed more than 2,000 people in western Afghanistan, a spokesman for the Taliban administration said. Bilal Karimi, a deputy government spokesman, said the Afghan Red Crescent Society had sent tents and food to 20 villages.",
 [("HERAT", "LOC"), ("Afghanistan", "LOC"), ("Reuters", "ORG"), ("Zinda Jan", "LOC"), ("Afghanistan", "LOC"),
  ("Taliban", "ORG"), ("Bilal Karimi", "PER"), ("Afghan Red Crescent Society", "ORG")]),
# wD068
("2023-09-04",
 "LAGOS, Sept 4 (Reuters) - Commuters in Lagos took the first rides on the city's Blue Line light rail on Monday, more than four decades after a metro was first proposed for Africa's most populous city. Governor Babajide Sanwo-Olu said the 13-km line from Marina to Mile 2 would carry 250,000 passengers a day once its second phase reaches Okokomaiko.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Lagos", "LOC"), ("Blue Line", "LOC"), ("Africa", "LOC"),
  ("Babajide Sanwo-Olu", "PER"), ("Marina", "LOC"), ("Mile 2", "LOC"), ("Okokomaiko", "LOC")]),
# wD069
("2020-10-19",
 "LA PAZ, Oct 19 (Reuters) - Luis Arce, the candidate of Evo Morales's Movement Toward Socialism (MAS), won Bolivia's presidential election in the first round, according to a quick count by the pollster Ciesmori released on Monday. Interim President Jeanine Anez congratulated Arce on Twitter, and his main rival, former president Carlos Mesa, conceded.",
 [("LA PAZ", "LOC"), ("Reuters", "ORG"), ("Luis Arce", "PER"), ("Evo Morales", "PER"), ("Movement Toward Socialism", "ORG"),
  ("MAS", "ORG"), ("Bolivia", "LOC"), ("Ciesmori", "ORG"), ("Jeanine Anez", "PER"), ("Arce", "PER"), ("Twitter", "ORG"),
  ("Carlos Mesa", "PER")]),
# wD070
("2024-01-19",
 "ALMATY, Jan 19 (Reuters) - Shares of Kazakh fintech group Kaspi.kz rose 15 percent in their Nasdaq debut on Friday, valuing the company at about $19 billion. Chief executive Mikheil Lomtadze, who was born in Georgia and has run Kaspi.kz since 2007, said the listing would attract more U.S. investors.",
 [("ALMATY", "LOC"), ("Reuters", "ORG"), ("Kazakh", "MISC"), ("Kaspi.kz", "ORG"), ("Nasdaq", "ORG"),
  ("Mikheil Lomtadze", "PER"), ("Georgia", "LOC"), ("Kaspi.kz", "ORG"), ("U.S.", "LOC")]),
# wD071
("2022-02-27",
 "LAHORE, Feb 27 - Lahore Qalandars won their first Pakistan Super League title on Sunday, beating Multan Sultans by 42 runs at the Gaddafi Stadium behind an unbeaten 69 from Mohammad Hafeez. Captain Shaheen Shah Afridi said the win was for the fans of Lahore.",
 [("LAHORE", "LOC"), ("Lahore Qalandars", "ORG"), ("Pakistan Super League", "MISC"), ("Multan Sultans", "ORG"),
  ("Gaddafi Stadium", "LOC"), ("Mohammad Hafeez", "PER"), ("Shaheen Shah Afridi", "PER"), ("Lahore", "LOC")]),
# wD072
("2023-05-21",
 "MEXICO CITY, May 21 (Reuters) - Mexican authorities raised the alert level for the Popocatepetl volcano on Sunday as it spewed ash over towns in Puebla state, and schools in 11 municipalities were closed. The National Center for Disaster Prevention, known as Cenapred, said residents within 12 km of the crater should prepare to evacuate.",
 [("MEXICO CITY", "LOC"), ("Reuters", "ORG"), ("Mexican", "MISC"), ("Popocatepetl", "LOC"), ("Puebla", "LOC"),
  ("National Center for Disaster Prevention", "ORG"), ("Cenapred", "ORG")]),
# wD073
("2024-02-12",
 "ZANZIBAR, Feb 12 - Thousands of music fans packed the Old Fort in Stone Town for the closing night of Sauti za Busara, the island's annual festival of African music, where Malian singer Awa Koné and the Tanzanian taarab orchestra Culture Musical Club topped the bill. Festival director Yusuf Mahmoud said ticket sales had doubled since 2022.",
 [("ZANZIBAR", "LOC"), ("Old Fort", "LOC"), ("Stone Town", "LOC"), ("Sauti za Busara", "MISC"), ("African", "MISC"),
  ("Malian", "MISC"), ("Awa Koné", "PER"), ("Tanzanian", "MISC"), ("Culture Musical Club", "ORG"), ("Yusuf Mahmoud", "PER")]),
# wD074
("2024-12-18",
 "PORT VILA, Dec 18 (Reuters) - Rescuers in Vanuatu used cranes on Wednesday to search collapsed buildings in Port Vila after a 7.3-magnitude earthquake struck off the Pacific island nation's main island of Efate. The U.S. embassy building, which also houses the French and British missions, was badly damaged, and Australia and New Caledonia sent search teams.",
 [("PORT VILA", "LOC"), ("Reuters", "ORG"), ("Vanuatu", "LOC"), ("Port Vila", "LOC"), ("Pacific", "LOC"), ("Efate", "LOC"),
  ("U.S.", "LOC"), ("French", "MISC"), ("British", "MISC"), ("Australia", "LOC"), ("New Caledonia", "LOC")]),
# wD075
("2024-10-20",
 "BOGOTA, Oct 20 (Reuters) - Bogota's first metro line is half built, the city's mayor Carlos Fernando Galan said on Sunday, as the Chinese consortium building it lifted the first elevated beams into place over Avenida Caracas. The 24-km line, run by Empresa Metro de Bogota, is due to open in 2028.",
 [("BOGOTA", "LOC"), ("Reuters", "ORG"), ("Bogota", "LOC"), ("Carlos Fernando Galan", "PER"), ("Chinese", "MISC"),
  ("Avenida Caracas", "LOC"), ("Empresa Metro de Bogota", "ORG")]),
# wD076
("2024-06-03",
 "MEXICO CITY, June 3 (Reuters) - Claudia Sheinbaum, a climate scientist and former Mexico City mayor, was elected Mexico's first woman president on Sunday, winning nearly 60 percent of the vote according to a quick count by the National Electoral Institute (INE). Sheinbaum, the candidate of the ruling Morena party, beat Xochitl Galvez, who led an opposition alliance that included the PAN and the PRI.",
 [("MEXICO CITY", "LOC"), ("Reuters", "ORG"), ("Claudia Sheinbaum", "PER"), ("Mexico City", "LOC"), ("Mexico", "LOC"),
  ("National Electoral Institute", "ORG"), ("INE", "ORG"), ("Sheinbaum", "PER"), ("Morena", "ORG"),
  ("Xochitl Galvez", "PER"), ("PAN", "ORG"), ("PRI", "ORG")]),
# wD077
("2022-10-06",
 "ADDIS ABABA, Oct 6 (Reuters) - Safaricom Ethiopia launched commercial mobile services on Thursday, ending state-owned Ethio Telecom's monopoly in Africa's second most populous country. The unit is led by Kenya's Safaricom, with Vodafone, Japan's Sumitomo and the British government's development finance arm, British International Investment, among its backers.",
 [("ADDIS ABABA", "LOC"), ("Reuters", "ORG"), ("Safaricom Ethiopia", "ORG"), ("Ethio Telecom", "ORG"), ("Africa", "LOC"),
  ("Kenya", "LOC"), ("Safaricom", "ORG"), ("Vodafone", "ORG"), ("Japan", "LOC"), ("Sumitomo", "ORG"), ("British", "MISC"),
  ("British International Investment", "ORG")]),
# wD078
("2024-08-08",
 "PARIS, Aug 8 (AFP) - Letsile Tebogo won Botswana's first Olympic gold medal on Thursday, taking the 200 metres in 19.46 seconds ahead of Americans Kenny Bednarek and Noah Lyles. Tebogo, who dedicated the win to his mother, who died in May, will be welcomed home with a public holiday declared by President Mokgweetsi Masisi.",
 [("PARIS", "LOC"), ("AFP", "ORG"), ("Letsile Tebogo", "PER"), ("Botswana", "LOC"), ("Olympic", "MISC"),
  ("Americans", "MISC"), ("Kenny Bednarek", "PER"), ("Noah Lyles", "PER"), ("Tebogo", "PER"), ("Mokgweetsi Masisi", "PER")]),
# wD079
("2024-04-05",
 "FREETOWN, April 5 (Reuters) - Sierra Leone's President Julius Maada Bio declared a national emergency over kush, a cheap synthetic drug that health workers say is killing young men across the country. Doctors at the main psychiatric hospital in the Kissy district of Freetown told Reuters admissions had risen almost fourfold since 2020.",
 [("FREETOWN", "LOC"), ("Reuters", "ORG"), ("Sierra Leone", "LOC"), ("Julius Maada Bio", "PER"), ("Kissy", "LOC"),
  ("Freetown", "LOC"), ("Reuters", "ORG")]),
# wD080
("2025-03-03",
 "RIO DE JANEIRO, March 3 (Reuters) - Brazilians poured into the streets of Rio de Janeiro on Sunday night to celebrate as I'm Still Here, Walter Salles's drama about the disappearance of a former congressman under the military dictatorship, won the Oscar for best international feature film. Its star, Fernanda Torres, had been nominated for best actress.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Brazilians", "MISC"), ("Rio de Janeiro", "LOC"), ("I'm Still Here", "MISC"),
  ("Walter Salles", "PER"), ("Oscar", "MISC"), ("Fernanda Torres", "PER")]),
# wD081
("2023-10-16",
 "WARSAW, Oct 16 (Reuters) - Poland's opposition parties won enough seats in Sunday's election to oust the nationalist Law and Justice (PiS) party, the State Electoral Commission said on Monday. Donald Tusk's Civic Coalition, the centre-right Third Way of Szymon Holownia and Wladyslaw Kosiniak-Kamysz, and the Left together won 248 of the 460 seats in the Sejm.",
 [("WARSAW", "LOC"), ("Reuters", "ORG"), ("Poland", "LOC"), ("Law and Justice", "ORG"), ("PiS", "ORG"),
  ("State Electoral Commission", "ORG"), ("Donald Tusk", "PER"), ("Civic Coalition", "ORG"), ("Third Way", "ORG"),
  ("Szymon Holownia", "PER"), ("Wladyslaw Kosiniak-Kamysz", "PER"), ("Left", "ORG"), ("Sejm", "ORG")]),
# wD082
("2022-05-19",
 "COLOMBO, May 19 (Reuters) - Sri Lanka defaulted on its foreign debt for the first time on Thursday after a 30-day grace period on two sovereign bond coupons expired, central bank governor P. Nandalal Weerasinghe said. The island nation is in talks with the International Monetary Fund for a bailout, and the rating agency Fitch cut it to 'restricted default'.",
 [("COLOMBO", "LOC"), ("Reuters", "ORG"), ("Sri Lanka", "LOC"), ("P. Nandalal Weerasinghe", "PER"),
  ("International Monetary Fund", "ORG"), ("Fitch", "ORG")]),
# wD083
("2024-02-11",
 "ABIDJAN, Feb 11 (Reuters) - Hosts Ivory Coast won the Africa Cup of Nations for a third time on Sunday, coming from behind to beat Nigeria 2-1 in the final at the Alassane Ouattara Stadium in Ebimpe. Franck Kessie equalised with a header and Sebastien Haller, who recovered from cancer in 2022, turned in the winner ten minutes from time. Coach Emerse Fae, who took over in the middle of the tournament, was carried shoulder-high by his players.",
 [("ABIDJAN", "LOC"), ("Reuters", "ORG"), ("Ivory Coast", "LOC"), ("Africa Cup of Nations", "MISC"), ("Nigeria", "LOC"),
  ("Alassane Ouattara Stadium", "LOC"), ("Ebimpe", "LOC"), ("Franck Kessie", "PER"), ("Sebastien Haller", "PER"),
  ("Emerse Fae", "PER")]),
# wD084
("2024-01-20",
 "TOKYO, Jan 20 (Reuters) - Japan became the fifth country to land a spacecraft on the moon on Saturday, but the Japan Aerospace Exploration Agency (JAXA) said the Smart Lander for Investigating Moon, or SLIM, was not generating power because its solar cells were facing the wrong way. 'It was a soft landing,' JAXA official Hitoshi Kuninaka told reporters in Sagamihara.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Japan", "LOC"), ("Japan Aerospace Exploration Agency", "ORG"), ("JAXA", "ORG"),
  ("Smart Lander for Investigating Moon", "MISC"), ("SLIM", "MISC"), ("JAXA", "ORG"), ("Hitoshi Kuninaka", "PER"),
  ("Sagamihara", "LOC")]),
# wD085
("2022-12-20",
 "ABUJA, Dec 20 (Reuters) - Germany handed back 20 Benin Bronzes to Nigeria on Tuesday, the first of more than 1,100 artefacts looted by British soldiers from the Kingdom of Benin in 1897 that are held in German museums. Foreign Minister Annalena Baerbock said the objects would go to the National Commission for Museums and Monuments and eventually to a museum in Benin City.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Germany", "LOC"), ("Benin Bronzes", "MISC"), ("Nigeria", "LOC"),
  ("British", "MISC"), ("Kingdom of Benin", "LOC"), ("German", "MISC"), ("Annalena Baerbock", "PER"),
  ("National Commission for Museums and Monuments", "ORG"), ("Benin City", "LOC")]),
# wD086
("2024-04-30",
 "NAIROBI, April 30 (Reuters) - A dam burst near the town of Mai Mahiu in Kenya's Rift Valley early on Monday, sweeping away homes and a stretch of road as heavy rains battered East Africa, the Kenya Red Cross said. Interior Minister Kithure Kindiki said the Kenya Defence Forces had been deployed to help evacuate residents along the Nairobi River.",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Mai Mahiu", "LOC"), ("Kenya", "LOC"), ("Rift Valley", "LOC"),
  ("East Africa", "LOC"), ("Kenya Red Cross", "ORG"), ("Kithure Kindiki", "PER"), ("Kenya Defence Forces", "ORG"),
  ("Nairobi River", "LOC")]),
# wD087
("2023-08-09",
 "PANAMA CITY, Aug 9 (Reuters) - The Panama Canal Authority will keep limits on the number of ships crossing the waterway each day until the end of the year because of a drought that has lowered Gatun Lake, its administrator Ricaurte Vasquez said on Wednesday. More than 150 vessels were waiting at both ends of the canal, according to the shipping agency Inchcape.",
 [("PANAMA CITY", "LOC"), ("Reuters", "ORG"), ("Panama Canal Authority", "ORG"), ("Gatun Lake", "LOC"),
  ("Ricaurte Vasquez", "PER"), ("Inchcape", "ORG")]),
# wD088
("2023-05-15",
 "BANGKOK, May 15 (AFP) - Thailand's opposition Move Forward party won the most seats in Sunday's general election, a stunning rebuke to nearly a decade of military-backed rule, results from the Election Commission showed on Monday. Its 42-year-old leader, Pita Limjaroenrat, said he was ready to become prime minister and would form a coalition with Pheu Thai, the party of the Shinawatra family.",
 [("BANGKOK", "LOC"), ("AFP", "ORG"), ("Thailand", "LOC"), ("Move Forward", "ORG"), ("Election Commission", "ORG"),
  ("Pita Limjaroenrat", "PER"), ("Pheu Thai", "ORG"), ("Shinawatra", "PER")]),
# wD089
("2024-10-01",
 "ABIDJAN, Oct 1 (Reuters) - Ivory Coast raised the farmgate price for cocoa by 20 percent to a record 1,800 francs per kilogram for the new season, the Coffee and Cocoa Council (CCC) said on Tuesday, as futures in London and New York hovered near record highs. Director General Yves Brahima Kone announced the price at a ceremony in Yamoussoukro.",
 [("ABIDJAN", "LOC"), ("Reuters", "ORG"), ("Ivory Coast", "LOC"), ("Coffee and Cocoa Council", "ORG"), ("CCC", "ORG"),
  ("London", "LOC"), ("New York", "LOC"), ("Yves Brahima Kone", "PER"), ("Yamoussoukro", "LOC")]),
# wD090
("2022-08-09",
 "CHENNAI, Aug 9 (Reuters) - Uzbekistan won the open section of the Chess Olympiad on Tuesday, finishing ahead of Armenia and a young home side, while Ukraine took gold in the women's event. The Uzbek team, led by 17-year-old Nodirbek Abdusattorov, was unbeaten over 11 rounds at the venue in Mamallapuram.",
 [("CHENNAI", "LOC"), ("Reuters", "ORG"), ("Uzbekistan", "LOC"), ("Chess Olympiad", "MISC"), ("Armenia", "LOC"),
  ("Ukraine", "LOC"), ("Uzbek", "MISC"), ("Nodirbek Abdusattorov", "PER"), ("Mamallapuram", "LOC")]),
# wD091
("2023-12-18",
 "KIGALI, Dec 18 (Reuters) - German vaccine maker BioNTech on Monday unveiled a factory in Kigali built from shipping containers for making mRNA vaccines, the first of its kind in Africa, with President Paul Kagame and officials of the African Union attending. The BioNTainer units will be run by local staff trained by BioNTech, the company's chief executive Ugur Sahin said.",
 [("KIGALI", "LOC"), ("Reuters", "ORG"), ("German", "MISC"), ("BioNTech", "ORG"), ("Kigali", "LOC"), ("Africa", "LOC"),
  ("Paul Kagame", "PER"), ("African Union", "ORG"), ("BioNTainer", "MISC"), ("BioNTech", "ORG"), ("Ugur Sahin", "PER")]),
# wD092
("2021-11-27",
 "GUADALAJARA, Mexico, Nov 27 (AFP) - Chilean novelist Diamela Eltit received the FIL Literary Award in Romance Languages on Saturday at the opening of the Guadalajara International Book Fair, the biggest Spanish-language book fair in the world. Eltit, 72, is best known for the novel Lumpérica, which she published in 1983 under military rule.",
 [("GUADALAJARA", "LOC"), ("Mexico", "LOC"), ("AFP", "ORG"), ("Chilean", "MISC"), ("Diamela Eltit", "PER"),
  ("FIL Literary Award in Romance Languages", "MISC"), ("Guadalajara International Book Fair", "MISC"), ("Spanish", "MISC"),
  ("Eltit", "PER"), ("Lumpérica", "MISC")]),
# wD093
("2024-02-04",
 "VINA DEL MAR, Chile, Feb 4 (Reuters) - Wildfires tore through hillside neighbourhoods of Vina del Mar and Quilpue on Sunday, and President Gabriel Boric declared two days of national mourning as the toll rose to 112. Forensic teams from the Legal Medical Service worked through the night, and the Jardin Botanico Nacional, a botanical garden founded in 1918, was almost entirely burned.",
 [("VINA DEL MAR", "LOC"), ("Chile", "LOC"), ("Reuters", "ORG"), ("Vina del Mar", "LOC"), ("Quilpue", "LOC"),
  ("Gabriel Boric", "PER"), ("Legal Medical Service", "ORG"), ("Jardin Botanico Nacional", "LOC")]),
# wD094
("2024-06-10",
 "KYIV, June 10 - Ukraine's state railway Ukrzaliznytsia will start a direct train between Kyiv and Budapest next month, its chief executive Oleksandr Pertsovskyi said on Monday, the first such link between the two capitals in decades. The service will run three times a week via Chop, on the Hungarian border.",
 [("KYIV", "LOC"), ("Ukraine", "LOC"), ("Ukrzaliznytsia", "ORG"), ("Kyiv", "LOC"), ("Budapest", "LOC"),
  ("Oleksandr Pertsovskyi", "PER"), ("Chop", "LOC"), ("Hungarian", "MISC")]),
# wD095
("2024-02-15",
 "JAKARTA, Feb 15 (Reuters) - Defence Minister Prabowo Subianto claimed victory in Indonesia's presidential election after unofficial counts showed him winning about 58 percent of the vote. His running mate is Gibran Rakabuming Raka, the eldest son of outgoing President Joko Widodo, and his rivals Anies Baswedan and Ganjar Pranowo said they would wait for the official results from the General Elections Commission (KPU).",
 [("JAKARTA", "LOC"), ("Reuters", "ORG"), ("Prabowo Subianto", "PER"), ("Indonesia", "LOC"),
  ("Gibran Rakabuming Raka", "PER"), ("Joko Widodo", "PER"), ("Anies Baswedan", "PER"), ("Ganjar Pranowo", "PER"),
  ("General Elections Commission", "ORG"), ("KPU", "ORG")]),
# wD096
("2023-03-13",
 "ULAANBAATAR, March 13 (Reuters) - Rio Tinto has started underground production at the Oyu Tolgoi copper mine in Mongolia's South Gobi desert, the company said on Monday, after years of cost overruns and disputes with the government. Chief executive Jakob Stausholm said Oyu Tolgoi would be the world's fourth-largest copper mine by 2030.",
 [("ULAANBAATAR", "LOC"), ("Reuters", "ORG"), ("Rio Tinto", "ORG"), ("Oyu Tolgoi", "LOC"), ("Mongolia", "LOC"),
  ("South Gobi", "LOC"), ("Jakob Stausholm", "PER"), ("Oyu Tolgoi", "LOC")]),
# wD097
("2025-06-06",
 "TASHKENT, June 6 (AFP) - Uzbekistan qualified for football's biggest tournament for the first time on Thursday after a goalless draw with the United Arab Emirates in Abu Dhabi, sparking celebrations across the country. Coach Timur Kapadze, a former Uzbek international, said the team had made history for 37 million people.",
 [("TASHKENT", "LOC"), ("AFP", "ORG"), ("Uzbekistan", "LOC"), ("United Arab Emirates", "LOC"), ("Abu Dhabi", "LOC"),
  ("Timur Kapadze", "PER"), ("Uzbek", "MISC")]),
# wD098
("2025-06-23",
 "SANTIAGO, June 23 (Reuters) - The Vera C. Rubin Observatory on Cerro Pachon in northern Chile released its first images on Monday, showing millions of galaxies and thousands of previously unseen asteroids. The telescope, funded by the U.S. National Science Foundation and the Department of Energy, will survey the southern sky for ten years.",
 [("SANTIAGO", "LOC"), ("Reuters", "ORG"), ("Vera C. Rubin Observatory", "LOC"), ("Cerro Pachon", "LOC"), ("Chile", "LOC"),
  ("U.S.", "LOC"), ("National Science Foundation", "ORG"), ("Department of Energy", "ORG")]),
# wD099
("2022-09-13",
 "LOS ANGELES, Sept 13 (Reuters) - South Korean actor Lee Jung-jae won the Emmy for best actor in a drama on Monday for Netflix's Squid Game, the first time the award has gone to a performer in a non-English-language series. Director Hwang Dong-hyuk also won for best directing.",
 [("LOS ANGELES", "LOC"), ("Reuters", "ORG"), ("South Korean", "MISC"), ("Lee Jung-jae", "PER"), ("Emmy", "MISC"),
  ("Netflix", "ORG"), ("Squid Game", "MISC"), ("English", "MISC"), ("Hwang Dong-hyuk", "PER")]),
# wD100
("2024-09-10",
 "HANOI, Sept 10 (Reuters) - A steel bridge over the Red River in Phu Tho province collapsed on Monday as floods brought by Typhoon Yagi swept northern Vietnam, sending ten cars and two motorbikes into the water, state media said. In Lao Cai province, a landslide buried the hamlet of Lang Nu, and Prime Minister Pham Minh Chinh ordered the army to send helicopters.",
 [("HANOI", "LOC"), ("Reuters", "ORG"), ("Red River", "LOC"), ("Phu Tho", "LOC"), ("Typhoon Yagi", "MISC"),
  ("Vietnam", "LOC"), ("Lao Cai", "LOC"), ("Lang Nu", "LOC"), ("Pham Minh Chinh", "PER")]),
# wD101
("2023-01-08",
 "DAKAR, Jan 8 (Reuters) - President Macky Sall declared three days of national mourning on Sunday after two buses collided near Gniby in the central region of Kaffrine, and his government announced a ban on night-time intercity bus travel. The interior ministry said the country's public transport fleet, much of it more than 20 years old, would be inspected.",
 [("DAKAR", "LOC"), ("Reuters", "ORG"), ("Macky Sall", "PER"), ("Gniby", "LOC"), ("Kaffrine", "LOC")]),
# wD102
("2024-06-26",
 "KENYA'S RUTO WITHDRAWS FINANCE BILL AFTER DEADLY PROTESTS\n"
 "NAIROBI, June 26 (Reuters) - Kenyan President William Ruto said on Wednesday he would not sign the Finance Bill, a day after protesters stormed the parliament complex, and that he would hold talks with the young people who organised the demonstrations online.",
 [("KENYA", "LOC"), ("RUTO", "PER"), ("FINANCE BILL", "MISC"), ("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Kenyan", "MISC"),
  ("William Ruto", "PER"), ("Finance Bill", "MISC")]),
# wD103
("2024-08-23",
 "ASTANA, Aug 23 (Reuters) - Kazatomprom, the world's largest uranium producer, cut its 2025 production forecast by up to 17 percent on Friday, citing shortages of sulphuric acid and delays at its Budenovskoye deposits, a joint venture with Russia's Rosatom. Uranium prices rose 4 percent on the news, said Nick Lawson, chief executive of Ocean Wall in London.",
 [("ASTANA", "LOC"), ("Reuters", "ORG"), ("Kazatomprom", "ORG"), ("Budenovskoye", "LOC"), ("Russia", "LOC"),
  ("Rosatom", "ORG"), ("Nick Lawson", "PER"), ("Ocean Wall", "ORG"), ("London", "LOC")]),
# wD104
("2023-09-27",
 "HANGZHOU, China, Sept 27 - Nepal's Kushal Malla hit a century off 34 balls on Wednesday, a record in the shortest format of men's international cricket, as Nepal piled up 314 for three against Mongolia at the Asian Games. Captain Rohit Paudel added 61.",
 [("HANGZHOU", "LOC"), ("China", "LOC"), ("Nepal", "LOC"), ("Kushal Malla", "PER"), ("Nepal", "LOC"), ("Mongolia", "LOC"),
  ("Asian Games", "MISC"), ("Rohit Paudel", "PER")]),
# wD105
("2022-10-06",
 "BANJUL, Oct 6 (Reuters) - The World Health Organization said on Wednesday that four cough syrups made by Maiden Pharmaceuticals, a company based near New Delhi, may be linked to the deaths of 66 children in Gambia from acute kidney injuries. Gambian health officials said they had recalled the syrups from pharmacies in Banjul and Serekunda.",
 [("BANJUL", "LOC"), ("Reuters", "ORG"), ("World Health Organization", "ORG"), ("Maiden Pharmaceuticals", "ORG"),
  ("New Delhi", "LOC"), ("Gambia", "LOC"), ("Gambian", "MISC"), ("Banjul", "LOC"), ("Serekunda", "LOC")]),
# wD106
("2025-11-01",
 "CAIRO, Nov 1 (AFP) - Egypt opened the Grand Egyptian Museum near the Giza pyramids on Saturday, two decades after construction began, with the complete contents of Tutankhamun's tomb on display together for the first time. President Abdel Fattah al-Sisi welcomed dozens of heads of state, including King Philippe of Belgium.",
 [("CAIRO", "LOC"), ("AFP", "ORG"), ("Egypt", "LOC"), ("Grand Egyptian Museum", "ORG"), ("Giza", "LOC"),
  ("Tutankhamun", "PER"), ("Abdel Fattah al-Sisi", "PER"), ("Philippe", "PER"), ("Belgium", "LOC")]),
# wD107
("2024-03-20",
 "ULAANBAATAR, March 20 (Reuters) - More than 4.7 million livestock have died in Mongolia's harshest winter in half a century, the country's emergency agency said on Wednesday, as deep snow in provinces such as Dundgovi and Zavkhan left herders unable to reach pasture. The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an emergency appeal.",
 [("ULAANBAATAR", "LOC"), ("Reuters", "ORG"), ("Mongolia", "LOC"), ("Dundgovi", "LOC"), ("Zavkhan", "LOC"),
  ("International Federation of Red Cross and Red Crescent Societies", "ORG"), ("IFRC", "ORG")]),
# wD108
("2024-08-10",
 "VINHEDO, Brazil, Aug 10 (Reuters) - Investigators recovered both flight recorders on Saturday from the wreck of a Voepass turboprop that crashed into a housing estate in Vinhedo, killing all 62 people on board. The aircraft had been flying from Cascavel in Parana state to Guarulhos international airport, and Brazil's air force investigation unit, CENIPA, said it was too early to give a cause.",
 [("VINHEDO", "LOC"), ("Brazil", "LOC"), ("Reuters", "ORG"), ("Voepass", "ORG"), ("Vinhedo", "LOC"), ("Cascavel", "LOC"),
  ("Parana", "LOC"), ("Guarulhos", "LOC"), ("Brazil", "LOC"), ("CENIPA", "ORG")]),
# wD109
("2024-10-08",
 "TUNIS, Oct 8 (AFP) - Tunisian President Kais Saied won a second term with 90.7 percent of the vote, the electoral authority ISIE said on Monday, in an election in which his most prominent challengers were jailed or barred from running. Ayachi Zammel, a businessman who came second with 7.4 percent, is serving a prison sentence for falsifying endorsements.",
 [("TUNIS", "LOC"), ("AFP", "ORG"), ("Tunisian", "MISC"), ("Kais Saied", "PER"), ("ISIE", "ORG"), ("Ayachi Zammel", "PER")]),
# wD110
("2024-04-04",
 "CASABLANCA, Morocco, April 4 - Morocco's state phosphate company OCP Group raised $2 billion in bonds on Thursday to fund a green hydrogen and fertiliser expansion at Jorf Lasfar, chief executive Mostafa Terrab said. The deal, arranged by JPMorgan and Morgan Stanley, drew orders of more than $8 billion, according to a banker at Attijariwafa Bank in Casablanca.",
 [("CASABLANCA", "LOC"), ("Morocco", "LOC"), ("Morocco", "LOC"), ("OCP Group", "ORG"), ("Jorf Lasfar", "LOC"),
  ("Mostafa Terrab", "PER"), ("JPMorgan", "ORG"), ("Morgan Stanley", "ORG"), ("Attijariwafa Bank", "ORG"),
  ("Casablanca", "LOC")]),
# wD111
("2024-05-26",
 "CAIRO, May 26 (Reuters) - Al Ahly won the CAF Champions League for a record 12th time on Saturday, beating Tunisia's Esperance 1-0 in the second leg of the final at the Cairo International Stadium. Swiss coach Marcel Koller said the fans had carried the team through a tense second half.",
 [("CAIRO", "LOC"), ("Reuters", "ORG"), ("Al Ahly", "ORG"), ("CAF Champions League", "MISC"), ("Tunisia", "LOC"),
  ("Esperance", "ORG"), ("Cairo International Stadium", "LOC"), ("Swiss", "MISC"), ("Marcel Koller", "PER")]),
# wD112
("2024-09-24",
 "NAZCA, Peru, Sept 24 (Reuters) - Researchers from Japan's Yamagata University said on Tuesday they had used artificial intelligence to find 303 previously unknown figures etched into the desert near the Nazca Lines, almost doubling the number known. Team leader Masato Sakai said the work with IBM Research had taken six months.",
 [("NAZCA", "LOC"), ("Peru", "LOC"), ("Reuters", "ORG"), ("Japan", "LOC"), ("Yamagata University", "ORG"),
  ("Nazca Lines", "LOC"), ("Masato Sakai", "PER"), ("IBM Research", "ORG")]),
# wD113
("2024-11-21",
 "BEIRUT, Nov 21 (AFP) - Lebanese radio stations played the songs of Fairuz all day on Thursday to mark the 90th birthday of the singer, whose voice has united a divided country for seven decades. 'She is the one thing we all agree on,' said Rima Haddad, a teacher in the Achrafieh district of Beirut. The singer was born in Zuqaq al-Blat, a few streets away.",
 [("BEIRUT", "LOC"), ("AFP", "ORG"), ("Lebanese", "MISC"), ("Fairuz", "PER"), ("Rima Haddad", "PER"), ("Achrafieh", "LOC"),
  ("Beirut", "LOC"), ("Zuqaq al-Blat", "LOC")]),
# wD114
("2022-01-18",
 "NUKU'ALOFA, Jan 18 (Reuters) - Tonga's capital Nuku'alofa was covered in volcanic ash on Tuesday, three days after the eruption of the Hunga Tonga-Hunga Ha'apai volcano sent a tsunami across the Pacific, and the government said all homes on Mango island had been destroyed. Australian surveillance flights reached the islands on Monday.",
 [("NUKU'ALOFA", "LOC"), ("Reuters", "ORG"), ("Tonga", "LOC"), ("Nuku'alofa", "LOC"), ("Hunga Tonga-Hunga Ha'apai", "LOC"),
  ("Pacific", "LOC"), ("Mango", "LOC"), ("Australian", "MISC")]),
# wD115
("2024-12-25",
 "AKTAU, Kazakhstan, Dec 25 (Reuters) - An Azerbaijan Airlines passenger jet flying from the Azerbaijani capital to Grozny in Russia's Chechnya region crashed near the Kazakh city of Aktau on Wednesday, and 29 of the 67 people on board survived, Kazakh officials said. The Embraer aircraft had been diverted across the Caspian Sea.",
 [("AKTAU", "LOC"), ("Kazakhstan", "LOC"), ("Reuters", "ORG"), ("Azerbaijan Airlines", "ORG"), ("Azerbaijani", "MISC"),
  ("Grozny", "LOC"), ("Russia", "LOC"), ("Chechnya", "LOC"), ("Kazakh", "MISC"), ("Aktau", "LOC"), ("Kazakh", "MISC"),
  ("Embraer", "ORG"), ("Caspian Sea", "LOC")]),
# wD116
("2024-07-06",
 "DUBAI, July 6 (Reuters) - Reformist Masoud Pezeshkian won Iran's presidential run-off on Saturday, beating the hardliner Saeed Jalili with 53.7 percent of the vote, the interior ministry said. Pezeshkian, a heart surgeon from Tabriz who is of Azeri descent, promised to reach out to the West and to ease enforcement of the hijab law.",
 [("DUBAI", "LOC"), ("Reuters", "ORG"), ("Masoud Pezeshkian", "PER"), ("Iran", "LOC"), ("Saeed Jalili", "PER"),
  ("Pezeshkian", "PER"), ("Tabriz", "LOC"), ("Azeri", "MISC"), ("West", "LOC")]),
# wD117
("2024-04-11",
 "HANOI, April 11 (Reuters) - Vietnamese property tycoon Truong My Lan was sentenced to death on Thursday for embezzling $12.5 billion from Saigon Commercial Bank, which she secretly controlled through dozens of proxies. Lan, the chairwoman of Van Thinh Phat Holdings, told the court she had never intended to defraud anyone.",
 [("HANOI", "LOC"), ("Reuters", "ORG"), ("Vietnamese", "MISC"), ("Truong My Lan", "PER"), ("Saigon Commercial Bank", "ORG"),
  ("Lan", "PER"), ("Van Thinh Phat Holdings", "ORG")]),
# wD118
("2025-01-29",
 "TOKYO, Jan 29 (Reuters) - Mongolian-born Hoshoryu was promoted to yokozuna, sumo's highest rank, by the Japan Sumo Association on Wednesday, becoming the 74th wrestler to hold the title. Hoshoryu, whose real name is Sugarragchaa Byambasuren, is the nephew of the former yokozuna Asashoryu.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Mongolian", "MISC"), ("Hoshoryu", "PER"), ("Japan Sumo Association", "ORG"),
  ("Hoshoryu", "PER"), ("Sugarragchaa Byambasuren", "PER"), ("Asashoryu", "PER")]),
# wD119
("2021-06-10",
 "YOGYAKARTA, Indonesia, June 10 - Dengue cases fell by 77 percent in parts of Yogyakarta where mosquitoes carrying a common bacterium were released, researchers from Gadjah Mada University and the World Mosquito Program said in a study published on Thursday. Adi Utarini, who led the trial, said the method could be used across Southeast Asia.",
 [("YOGYAKARTA", "LOC"), ("Indonesia", "LOC"), ("Yogyakarta", "LOC"), ("Gadjah Mada University", "ORG"),
  ("World Mosquito Program", "ORG"), ("Adi Utarini", "PER"), ("Southeast Asia", "LOC")]),
# wD120
("2024-03-06",
 "BOGOTA, March 6 (AFP) - En agosto nos vemos, a short novel that Gabriel Garcia Marquez left unfinished when he died in 2014, went on sale in Spanish on Wednesday, the 97th anniversary of his birth, despite the Colombian author's wish that it be destroyed. His sons Rodrigo and Gonzalo Garcia Barcha said they had decided to 'betray' him. Penguin Random House is publishing the English translation, Until August.",
 [("BOGOTA", "LOC"), ("AFP", "ORG"), ("En agosto nos vemos", "MISC"), ("Gabriel Garcia Marquez", "PER"), ("Spanish", "MISC"),
  ("Colombian", "MISC"), ("Rodrigo", "PER"), ("Gonzalo Garcia Barcha", "PER"), ("Penguin Random House", "ORG"),
  ("English", "MISC"), ("Until August", "MISC")]),
# wD121
("2025-05-19",
 "BUCHAREST, May 19 (Reuters) - Centrist Bucharest mayor Nicusor Dan won Romania's presidential run-off on Sunday with 53.6 percent of the vote, defeating the hard-right nationalist George Simion of the Alliance for the Union of Romanians (AUR). The leu strengthened against the euro after the result, and Simion conceded in a video posted on Facebook.",
 [("BUCHAREST", "LOC"), ("Reuters", "ORG"), ("Bucharest", "LOC"), ("Nicusor Dan", "PER"), ("Romania", "LOC"),
  ("George Simion", "PER"), ("Alliance for the Union of Romanians", "ORG"), ("AUR", "ORG"), ("Simion", "PER"),
  ("Facebook", "ORG")]),
# wD122
("2023-01-11",
 "GEORGETOWN, Guyana, Jan 11 (Reuters) - Guyana's economy grew 62 percent last year as oil output from the Stabroek block operated by ExxonMobil reached 360,000 barrels per day, Finance Minister Ashni Singh said on Wednesday. Vice President Bharrat Jagdeo told reporters that Venezuela's claim to the Essequibo region would not deter investors.",
 [("GEORGETOWN", "LOC"), ("Guyana", "LOC"), ("Reuters", "ORG"), ("Guyana", "LOC"), ("Stabroek", "LOC"), ("ExxonMobil", "ORG"),
  ("Ashni Singh", "PER"), ("Bharrat Jagdeo", "PER"), ("Venezuela", "LOC"), ("Essequibo", "LOC")]),
# wD123
("2024-08-05",
 "CASTRIES, Aug 5 (AFP) - Saint Lucia celebrated a national holiday on Monday after Julien Alfred won the women's 100 metres at the Olympics in Paris, the island's first medal of any colour. Alfred, 23, beat the American favourite Sha'Carri Richardson, and Prime Minister Philip J. Pierre told AFP the whole Caribbean was celebrating.",
 [("CASTRIES", "LOC"), ("AFP", "ORG"), ("Saint Lucia", "LOC"), ("Julien Alfred", "PER"), ("Olympics", "MISC"), ("Paris", "LOC"),
  ("Alfred", "PER"), ("American", "MISC"), ("Sha'Carri Richardson", "PER"), ("Philip J. Pierre", "PER"), ("AFP", "ORG"),
  ("Caribbean", "LOC")]),
# wD124
("2023-04-15",
 "NAIROBI, April 15 (Reuters) - Kenya's first operational earth observation satellite, Taifa-1, was launched on Saturday on a SpaceX rocket from Vandenberg Space Force Base in California, the Kenya Space Agency said. The satellite was built by Kenyan engineers with the Bulgarian company EnduroSat and will monitor crops and droughts.",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Kenya", "LOC"), ("Taifa-1", "MISC"), ("SpaceX", "ORG"),
  ("Vandenberg Space Force Base", "LOC"), ("California", "LOC"), ("Kenya Space Agency", "ORG"), ("Kenyan", "MISC"),
  ("Bulgarian", "MISC"), ("EnduroSat", "ORG")]),
# wD125
("2022-12-09",
 "HAVANA, Dec 9 (Reuters) - The International Festival of New Latin American Cinema opened in Havana on Thursday with a Brazilian film, despite power cuts that forced the Charles Chaplin cinema to run on a generator. Festival president Tania Delgado said 200 films from 30 countries would be shown at venues across Havana, including the Yara and the Riviera cinemas.",
 [("HAVANA", "LOC"), ("Reuters", "ORG"), ("International Festival of New Latin American Cinema", "MISC"), ("Havana", "LOC"),
  ("Brazilian", "MISC"), ("Charles Chaplin", "LOC"), ("Tania Delgado", "PER"), ("Havana", "LOC"), ("Yara", "LOC"),
  ("Riviera", "LOC")]),
# wD126
("2024-07-04",
 "KINGSTON, July 4 (Reuters) - Hurricane Beryl lashed Jamaica with winds of 215 km per hour on Wednesday, tearing roofs off homes in the parishes of Clarendon, Manchester and St Elizabeth, after devastating the island of Carriacou in Grenada earlier in the week. Prime Minister Andrew Holness said the Jamaica Defence Force would help clear roads.",
 [("KINGSTON", "LOC"), ("Reuters", "ORG"), ("Hurricane Beryl", "MISC"), ("Jamaica", "LOC"), ("Clarendon", "LOC"),
  ("Manchester", "LOC"), ("St Elizabeth", "LOC"), ("Carriacou", "LOC"), ("Grenada", "LOC"), ("Andrew Holness", "PER"),
  ("Jamaica Defence Force", "ORG")]),
# wD127
("2024-11-02",
 "NOVI SAD, Serbia, Nov 2 (Reuters) - A concrete canopy at the railway station in Novi Sad collapsed on Friday, months after a renovation by a Chinese consortium, and Construction Minister Goran Vesic said on Saturday he would resign. Hundreds of people gathered outside the station and marched to the Liberty Bridge over the Danube.",
 [("NOVI SAD", "LOC"), ("Serbia", "LOC"), ("Reuters", "ORG"), ("Novi Sad", "LOC"), ("Chinese", "MISC"), ("Goran Vesic", "PER"),
  ("Liberty Bridge", "LOC"), ("Danube", "LOC")]),
# wD128
("2021-06-21",
 "YEREVAN, June 21 (Reuters) - Acting Prime Minister Nikol Pashinyan's Civil Contract party won 53.9 percent of the vote in Armenia's snap parliamentary election, the Central Electoral Commission said on Monday, defeating an alliance led by former president Robert Kocharyan. Kocharyan's Armenia Alliance said it would challenge the result in the Constitutional Court.",
 [("YEREVAN", "LOC"), ("Reuters", "ORG"), ("Nikol Pashinyan", "PER"), ("Civil Contract", "ORG"), ("Armenia", "LOC"),
  ("Central Electoral Commission", "ORG"), ("Robert Kocharyan", "PER"), ("Kocharyan", "PER"), ("Armenia Alliance", "ORG"),
  ("Constitutional Court", "ORG")]),
# wD129
("2023-07-10",
 "BAGHDAD, July 10 (Reuters) - Iraq signed a $27 billion energy deal with France's TotalEnergies on Monday to build four oil, gas and solar projects in the southern province of Basra, Prime Minister Mohammed Shia al-Sudani's office said. TotalEnergies chief executive Patrick Pouyanne flew to Baghdad for the signing, and the state-run Basra Oil Company will hold a 30 percent stake in the gas project.",
 [("BAGHDAD", "LOC"), ("Reuters", "ORG"), ("Iraq", "LOC"), ("France", "LOC"), ("TotalEnergies", "ORG"), ("Basra", "LOC"),
  ("Mohammed Shia al-Sudani", "PER"), ("TotalEnergies", "ORG"), ("Patrick Pouyanne", "PER"), ("Baghdad", "LOC"),
  ("Basra Oil Company", "ORG")]),
# wD130
("2023-01-19",
 "BASRA, Iraq, Jan 19 (AFP) - Iraq won the Arabian Gulf Cup for the first time in 35 years on Thursday, beating Oman 3-2 after extra time in front of 65,000 fans at the Basra International Stadium. Manaf Younis scored the winner in the 122nd minute, and fans poured into the streets of Baghdad, Najaf and Erbil to celebrate.",
 [("BASRA", "LOC"), ("Iraq", "LOC"), ("AFP", "ORG"), ("Iraq", "LOC"), ("Arabian Gulf Cup", "MISC"), ("Oman", "LOC"),
  ("Basra International Stadium", "LOC"), ("Manaf Younis", "PER"), ("Baghdad", "LOC"), ("Najaf", "LOC"), ("Erbil", "LOC")]),
# wD131
("2022-12-29",
 "TASHKENT, Dec 29 (Reuters) - Uzbekistan said 18 children had died after taking a cough syrup made by Marion Biotech, a drugmaker based in Noida, near New Delhi, and the health ministry ordered the product, Dok-1 Max, withdrawn from all pharmacies. The World Health Organization said it was in contact with Uzbek health authorities.",
 [("TASHKENT", "LOC"), ("Reuters", "ORG"), ("Uzbekistan", "LOC"), ("Marion Biotech", "ORG"), ("Noida", "LOC"),
  ("New Delhi", "LOC"), ("Dok-1 Max", "MISC"), ("World Health Organization", "ORG"), ("Uzbek", "MISC")]),
# wD132
("2022-10-18",
 "LONDON, Oct 18 (Reuters) - Sri Lankan writer Shehan Karunatilaka won the Booker Prize on Monday for The Seven Moons of Maali Almeida, a darkly comic novel set during his country's civil war. Karunatilaka, 47, said he hoped the book would one day be read in Sri Lanka by Sinhala and Tamil readers alike.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Sri Lankan", "MISC"), ("Shehan Karunatilaka", "PER"), ("Booker Prize", "MISC"),
  ("The Seven Moons of Maali Almeida", "MISC"), ("Karunatilaka", "PER"), ("Sri Lanka", "LOC"), ("Sinhala", "MISC"),
  ("Tamil", "MISC")]),
# wD133
("2024-09-11",
 "MAIDUGURI, Nigeria, Sept 11 (Reuters) - Floodwaters from the collapsed Alau dam submerged half of Maiduguri on Tuesday, the Borno State Emergency Management Agency (SEMA) said, and crocodiles and snakes from the city's zoo were swept into residential areas. The National Emergency Management Agency said about 414,000 people had been displaced.",
 [("MAIDUGURI", "LOC"), ("Nigeria", "LOC"), ("Reuters", "ORG"), ("Alau", "LOC"), ("Maiduguri", "LOC"),
  ("Borno State Emergency Management Agency", "ORG"), ("SEMA", "ORG"), ("National Emergency Management Agency", "ORG")]),
# wD134
("2023-03-15",
 "RIYADH, March 15 (Reuters) - Saudi Arabia's new national carrier Riyadh Air ordered up to 72 wide-body jets from Boeing on Tuesday, in a deal announced by the Public Investment Fund (PIF), which owns the airline. Chief executive Tony Douglas said Riyadh Air would fly to more than 100 destinations by 2030 from King Salman International Airport.",
 [("RIYADH", "LOC"), ("Reuters", "ORG"), ("Saudi Arabia", "LOC"), ("Riyadh Air", "ORG"), ("Boeing", "ORG"),
  ("Public Investment Fund", "ORG"), ("PIF", "ORG"), ("Tony Douglas", "PER"), ("Riyadh Air", "ORG"),
  ("King Salman International Airport", "LOC")]),
# wD135
("2023-11-18",
 "MONROVIA, Nov 18 (AFP) - Former vice president Joseph Boakai won Liberia's presidential run-off with 50.64 percent of the vote, the National Elections Commission said on Saturday, and President George Weah conceded even before the final results were announced. Weah, a former footballer who won the Ballon d'Or in 1995, told supporters of his Coalition for Democratic Change: 'The Liberian people have spoken.'",
 [("MONROVIA", "LOC"), ("AFP", "ORG"), ("Joseph Boakai", "PER"), ("Liberia", "LOC"), ("National Elections Commission", "ORG"),
  ("George Weah", "PER"), ("Weah", "PER"), ("Ballon d'Or", "MISC"), ("Coalition for Democratic Change", "ORG"),
  ("Liberian", "MISC")]),
# wD136
("2021-09-07",
 "SAN SALVADOR, Sept 7 (Reuters) - El Salvador became the first country to adopt bitcoin as legal tender on Tuesday, but the launch was marred by glitches in the government's Chivo digital wallet, which President Nayib Bukele said had been temporarily disconnected. The price of bitcoin fell 10 percent on the day, and the IMF warned of risks to financial stability.",
 [("SAN SALVADOR", "LOC"), ("Reuters", "ORG"), ("El Salvador", "LOC"), ("Chivo", "MISC"), ("Nayib Bukele", "PER"),
  ("IMF", "ORG")]),
# wD137
("2024-01-19",
 "YANBU, Saudi Arabia, Jan 19 (Reuters) - Spain's Carlos Sainz won the Dakar Rally for a fourth time on Friday at the age of 61, driving for Audi, while the American Ricky Brabec took the motorbike title for Honda.",
 [("YANBU", "LOC"), ("Saudi Arabia", "LOC"), ("Reuters", "ORG"), ("Spain", "LOC"), ("Carlos Sainz", "PER"),
  ("Dakar Rally", "MISC"), ("Audi", "ORG"), ("American", "MISC"), ("Ricky Brabec", "PER"), ("Honda", "ORG")]),
# wD138
("2024-07-04",
 "MAKASSAR, Indonesia, July 4 (Reuters) - A cave painting on the island of Sulawesi showing three human-like figures and a wild pig is at least 51,200 years old, making it the oldest known example of figurative art, researchers from Griffith University and Indonesia's National Research and Innovation Agency (BRIN) said on Wednesday. The image was found in the Leang Karampuang cave in Maros regency.",
 [("MAKASSAR", "LOC"), ("Indonesia", "LOC"), ("Reuters", "ORG"), ("Sulawesi", "LOC"), ("Griffith University", "ORG"),
  ("Indonesia", "LOC"), ("National Research and Innovation Agency", "ORG"), ("BRIN", "ORG"), ("Leang Karampuang", "LOC"),
  ("Maros", "LOC")]),
# wD139
("2019-07-11",
 "ULAANBAATAR, July 11 - Mongolian folk-rock band Altan Urag played to 20,000 fans in Sukhbaatar Square on Thursday to open the Naadam festival. Lead singer Erdenebat Baatar said the band wanted young Mongolians to be proud of their nomadic heritage.",
 [("ULAANBAATAR", "LOC"), ("Mongolian", "MISC"), ("Altan Urag", "ORG"), ("Sukhbaatar Square", "LOC"), ("Naadam", "MISC"),
  ("Erdenebat Baatar", "PER"), ("Mongolians", "MISC")]),
# wD140
("2024-04-08",
 "ORSK, Russia, April 8 (Reuters) - A dam on the Ural River burst near the city of Orsk on Friday, flooding thousands of homes in the Orenburg region, and floods also forced 86,000 people from their homes across the border in northern Kazakhstan. Kazakh President Kassym-Jomart Tokayev called it the worst natural disaster in 80 years and visited Petropavl on Monday.",
 [("ORSK", "LOC"), ("Russia", "LOC"), ("Reuters", "ORG"), ("Ural River", "LOC"), ("Orsk", "LOC"), ("Orenburg", "LOC"),
  ("Kazakhstan", "LOC"), ("Kazakh", "MISC"), ("Kassym-Jomart Tokayev", "PER"), ("Petropavl", "LOC")]),
# wD141
("2021-06-02",
 "COLOMBO, June 2 (Reuters) - The container ship X-Press Pearl, which burned for 12 days off Colombo, began to sink on Wednesday, raising fears that its 350 tonnes of fuel oil would spill onto Sri Lanka's beaches. Marine Environment Protection Authority chairwoman Dharshani Lahandapura said plastic pellets from the ship had already washed up near Negombo.",
 [("COLOMBO", "LOC"), ("Reuters", "ORG"), ("X-Press Pearl", "MISC"), ("Colombo", "LOC"), ("Sri Lanka", "LOC"),
  ("Marine Environment Protection Authority", "ORG"), ("Dharshani Lahandapura", "PER"), ("Negombo", "LOC")]),
# wD142
("2022-03-15",
 "ASHGABAT, March 15 (Reuters) - Serdar Berdimuhamedow, the 40-year-old son of Turkmenistan's long-serving leader, won Saturday's early presidential election with 73 percent of the vote, the Central Commission for Elections said on Tuesday. His father, Gurbanguly Berdimuhamedow, will remain chairman of the upper house of parliament, the Halk Maslahaty.",
 [("ASHGABAT", "LOC"), ("Reuters", "ORG"), ("Serdar Berdimuhamedow", "PER"), ("Turkmenistan", "LOC"),
  ("Central Commission for Elections", "ORG"), ("Gurbanguly Berdimuhamedow", "PER"), ("Halk Maslahaty", "ORG")]),
# wD143
("2024-08-22",
 "KATHMANDU, Aug 22 - The benchmark index of the Nepal Stock Exchange rose 3.1 percent on Thursday, its biggest gain in four months, after Nepal Rastra Bank eased limits on margin loans, brokers said. Shares of Nabil Bank and Nepal Telecom led the rise.",
 [("KATHMANDU", "LOC"), ("Nepal Stock Exchange", "ORG"), ("Nepal Rastra Bank", "ORG"), ("Nabil Bank", "ORG"),
  ("Nepal Telecom", "ORG")]),
# wD144
("2024-12-12",
 "PORT MORESBY, Dec 12 (Reuters) - Papua New Guinea will have a team in Australia's National Rugby League from 2028, Prime Minister James Marape said on Thursday, after Canberra agreed to fund the club with 600 million Australian dollars over ten years. Rugby league is the national sport in PNG, where crowds fill the Santos National Football Stadium for State of Origin matches shown on big screens.",
 [("PORT MORESBY", "LOC"), ("Reuters", "ORG"), ("Papua New Guinea", "LOC"), ("Australia", "LOC"),
  ("National Rugby League", "MISC"), ("James Marape", "PER"), ("Canberra", "LOC"), ("Australian", "MISC"), ("PNG", "LOC"),
  ("Santos National Football Stadium", "LOC"), ("State of Origin", "MISC")]),
# wD145
("2023-10-09",
 "CAIRO, Oct 9 (Reuters) - Egypt became the first country to reach the World Health Organization's 'gold tier' status on the path to eliminating hepatitis C, the agency said on Monday, after a national screening campaign tested more than 60 million people. Health Minister Khaled Abdel Ghaffar said the campaign, known as 100 Million Healthy Lives, had treated 4 million patients free of charge.",
 [("CAIRO", "LOC"), ("Reuters", "ORG"), ("Egypt", "LOC"), ("World Health Organization", "ORG"),
  ("Khaled Abdel Ghaffar", "PER"), ("100 Million Healthy Lives", "MISC")]),
# wD146
("2024-07-21",
 "MONTEGO BAY, Jamaica, July 21 - Dancehall star Shenseea closed Reggae Sumfest at Catherine Hall on Saturday night, the first woman to headline the festival's final night in a decade, organisers Downsound Entertainment said. Tourism Minister Edmund Bartlett said the festival brought 30,000 visitors to St James parish.",
 [("MONTEGO BAY", "LOC"), ("Jamaica", "LOC"), ("Shenseea", "PER"), ("Reggae Sumfest", "MISC"), ("Catherine Hall", "LOC"),
  ("Downsound Entertainment", "ORG"), ("Edmund Bartlett", "PER"), ("St James", "LOC")]),
# wD147
("2019-03-19",
 "BEIRA, Mozambique, March 19 (Reuters) - Cyclone Idai left the port city of Beira 90 percent destroyed, the International Federation of Red Cross and Red Crescent Societies said on Tuesday, and President Filipe Nyusi said more than 1,000 people may have died. Floodwaters from the Buzi and Pungwe rivers formed an inland sea 50 km wide, and neighbouring Zimbabwe and Malawi were also hit.",
 [("BEIRA", "LOC"), ("Mozambique", "LOC"), ("Reuters", "ORG"), ("Cyclone Idai", "MISC"), ("Beira", "LOC"),
  ("International Federation of Red Cross and Red Crescent Societies", "ORG"), ("Filipe Nyusi", "PER"), ("Buzi", "LOC"),
  ("Pungwe", "LOC"), ("Zimbabwe", "LOC"), ("Malawi", "LOC")]),
# wD148
("2025-01-02",
 "KUALA LUMPUR, Jan 2 (Reuters) - Malaysia's East Coast Rail Link, a 665-km railway built by China Communications Construction Company, is 84 percent complete and will open in December 2026, Transport Minister Anthony Loke said on Thursday. The line will connect Kota Bharu near the Thai border with Port Klang on the Strait of Malacca.",
 [("KUALA LUMPUR", "LOC"), ("Reuters", "ORG"), ("Malaysia", "LOC"), ("East Coast Rail Link", "LOC"),
  ("China Communications Construction Company", "ORG"), ("Anthony Loke", "PER"), ("Kota Bharu", "LOC"), ("Thai", "MISC"),
  ("Port Klang", "LOC"), ("Strait of Malacca", "LOC")]),
# wD149
("2023-10-16",
 "QUITO, Oct 16 (Reuters) - Daniel Noboa, the 35-year-old heir to a banana fortune, won Ecuador's presidential run-off on Sunday with 52 percent of the vote, defeating the leftist Luisa Gonzalez, the candidate of former president Rafael Correa's Citizen Revolution movement. Gonzalez conceded in a speech in Guayaquil, where Noboa's family business is based.",
 [("QUITO", "LOC"), ("Reuters", "ORG"), ("Daniel Noboa", "PER"), ("Ecuador", "LOC"), ("Luisa Gonzalez", "PER"),
  ("Rafael Correa", "PER"), ("Citizen Revolution", "ORG"), ("Gonzalez", "PER"), ("Guayaquil", "LOC"), ("Noboa", "PER")]),
# wD150
("2024-10-29",
 "LAGOS, Oct 29 (Reuters) - Nigerian fintech Moniepoint raised more than $110 million in a funding round led by Development Partners International, with Google's Africa Investment Fund and Verod-Kepple Africa Ventures also taking part, chief executive Tosin Eniolorunda said on Tuesday.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Nigerian", "MISC"), ("Moniepoint", "ORG"), ("Development Partners International", "ORG"),
  ("Google", "ORG"), ("Africa Investment Fund", "ORG"), ("Verod-Kepple Africa Ventures", "ORG"), ("Tosin Eniolorunda", "PER")]),
# wD151
("2023-09-24",
 "BERLIN, Sept 24 (Reuters) - Ethiopia's Tigst Assefa smashed the women's marathon world record by more than two minutes on Sunday, winning the Berlin Marathon in 2:11:53, while Kenya's Eliud Kipchoge won the men's race for a record fifth time. 'I knew I could do it,' said Assefa, a former 800 metres runner from Addis Ababa.",
 [("BERLIN", "LOC"), ("Reuters", "ORG"), ("Ethiopia", "LOC"), ("Tigst Assefa", "PER"), ("Berlin Marathon", "MISC"),
  ("Kenya", "LOC"), ("Eliud Kipchoge", "PER"), ("Assefa", "PER"), ("Addis Ababa", "LOC")]),
# wD152
("2019-07-03",
 "LA SERENA, Chile, July 3 (Reuters) - Some 300,000 visitors crowded into the Coquimbo region on Tuesday to watch a total solar eclipse darken the skies over the Elqui Valley, home to several of the world's biggest observatories. The European Southern Observatory said its La Silla site had been in the path of totality for almost two minutes.",
 [("LA SERENA", "LOC"), ("Chile", "LOC"), ("Reuters", "ORG"), ("Coquimbo", "LOC"), ("Elqui Valley", "LOC"),
  ("European Southern Observatory", "ORG"), ("La Silla", "LOC")]),
# wD153
("2021-12-15",
 "KINSHASA, Dec 15 (AFP) - UNESCO added Congolese rumba to its list of the intangible cultural heritage of humanity on Tuesday, after a joint bid by the Democratic Republic of Congo and the Republic of Congo. Musicians in Kinshasa and Brazzaville, the two capitals facing each other across the Congo River, celebrated late into the night, and singer Fally Ipupa told AFP it was 'a victory for all Congolese'.",
 [("KINSHASA", "LOC"), ("AFP", "ORG"), ("UNESCO", "ORG"), ("Congolese", "MISC"), ("Democratic Republic of Congo", "LOC"),
  ("Republic of Congo", "LOC"), ("Kinshasa", "LOC"), ("Brazzaville", "LOC"), ("Congo River", "LOC"), ("Fally Ipupa", "PER"),
  ("AFP", "ORG"), ("Congolese", "MISC")]),
# wD154
("2024-09-15",
 "SANTA CRUZ, Bolivia, Sept 15 (Reuters) - Wildfires have burned more than 7 million hectares in Bolivia this year, most of them in the Chiquitania forest of Santa Cruz department, the Fundacion Amigos de la Naturaleza said on Sunday. Smoke closed schools in the city of Santa Cruz de la Sierra, and President Luis Arce declared a national emergency.",
 [("SANTA CRUZ", "LOC"), ("Bolivia", "LOC"), ("Reuters", "ORG"), ("Bolivia", "LOC"), ("Chiquitania", "LOC"),
  ("Santa Cruz", "LOC"), ("Fundacion Amigos de la Naturaleza", "ORG"), ("Santa Cruz de la Sierra", "LOC"),
  ("Luis Arce", "PER")]),
# wD155
("2018-10-11",
 "JEDDAH, Oct 11 (Reuters) - Passenger services began on the Haramain high-speed railway on Thursday, linking the holy cities of Mecca and Medina via Jeddah and King Abdullah Economic City in about two and a half hours. The line, built by a Spanish consortium led by Talgo and Renfe, will carry pilgrims during the haj.",
 [("JEDDAH", "LOC"), ("Reuters", "ORG"), ("Haramain", "LOC"), ("Mecca", "LOC"), ("Medina", "LOC"), ("Jeddah", "LOC"),
  ("King Abdullah Economic City", "LOC"), ("Spanish", "MISC"), ("Talgo", "ORG"), ("Renfe", "ORG")]),
# wD156
("2021-10-11",
 "BAGHDAD, Oct 11 (Reuters) - The movement of Shi'ite cleric Moqtada al-Sadr won the most seats in Iraq's parliamentary election, increasing its tally to 73 of 329, preliminary results from the Independent High Electoral Commission showed on Monday. The Fatah alliance of Iran-backed groups led by Hadi al-Amiri lost more than half its seats.",
 [("BAGHDAD", "LOC"), ("Reuters", "ORG"), ("Shi'ite", "MISC"), ("Moqtada al-Sadr", "PER"), ("Iraq", "LOC"),
  ("Independent High Electoral Commission", "ORG"), ("Fatah", "ORG"), ("Iran", "LOC"), ("Hadi al-Amiri", "PER")]),
# wD157
("2024-10-25",
 "MOSCOW, Oct 25 (Reuters) - The Bank of Russia raised its key interest rate to a record 21 percent on Friday to fight inflation fuelled by military spending, and Governor Elvira Nabiullina said further increases were possible. The rouble weakened past 97 per dollar on the Moscow Exchange after the decision.",
 [("MOSCOW", "LOC"), ("Reuters", "ORG"), ("Bank of Russia", "ORG"), ("Elvira Nabiullina", "PER"), ("Moscow Exchange", "ORG")]),
# wD158
("2025-01-06",
 "JAKARTA, Jan 6 (AFP) - The Football Association of Indonesia (PSSI) sacked South Korean coach Shin Tae-yong on Monday, even though he had taken the national team to the final round of Asian qualifying for the first time. PSSI chairman Erick Thohir said the federation wanted better communication with the players, many of them born in the Netherlands.",
 [("JAKARTA", "LOC"), ("AFP", "ORG"), ("Football Association of Indonesia", "ORG"), ("PSSI", "ORG"), ("South Korean", "MISC"),
  ("Shin Tae-yong", "PER"), ("Asian", "MISC"), ("PSSI", "ORG"), ("Erick Thohir", "PER"), ("Netherlands", "LOC")]),
# wD159
("2025-04-10",
 "SAINT-DENIS, Reunion, April 10 (AFP) - France began vaccinating elderly people against chikungunya on the island of Reunion on Monday, as the mosquito-borne virus infected more than 33,000 people this year in the French overseas department, the regional health agency ARS said. The vaccine, Ixchiq, is made by the French-Austrian company Valneva.",
 [("SAINT-DENIS", "LOC"), ("Reunion", "LOC"), ("AFP", "ORG"), ("France", "LOC"), ("Reunion", "LOC"), ("French", "MISC"),
  ("ARS", "ORG"), ("Ixchiq", "MISC"), ("French-Austrian", "MISC"), ("Valneva", "ORG")]),
# wD160
("2024-01-24",
 "TUNIS, Jan 24 (AFP) - Four Daughters, a documentary by Tunisian director Kaouther Ben Hania about a mother whose two eldest daughters joined Islamic State in Libya, was nominated for an Oscar on Tuesday, the second nomination for Ben Hania after The Man Who Sold His Skin in 2021.",
 [("TUNIS", "LOC"), ("AFP", "ORG"), ("Four Daughters", "MISC"), ("Tunisian", "MISC"), ("Kaouther Ben Hania", "PER"),
  ("Islamic State", "ORG"), ("Libya", "LOC"), ("Oscar", "MISC"), ("Ben Hania", "PER"), ("The Man Who Sold His Skin", "MISC")]),
# wD161
("2016-05-10",
 "DAVAO CITY, Philippines, May 10 (Reuters) - Rodrigo Duterte, the mayor of Davao City who promised to wipe out crime within six months, won the Philippine presidential election by a wide margin, unofficial results showed on Tuesday. His closest rival, Manuel Roxas of the ruling Liberal Party, conceded and said he would help ensure a smooth transition.",
 [("DAVAO CITY", "LOC"), ("Philippines", "LOC"), ("Reuters", "ORG"), ("Rodrigo Duterte", "PER"), ("Davao City", "LOC"),
  ("Philippine", "MISC"), ("Manuel Roxas", "PER"), ("Liberal Party", "ORG")]),
# wD162
("2016-06-20",
 "LAGOS, June 20 (Reuters) - Nigeria's naira weakened by 30 percent to 280 per dollar on Monday, the first day of trading after the Central Bank of Nigeria (CBN) abandoned its 16-month-old peg. Governor Godwin Emefiele had resisted a devaluation for more than a year, and analysts at Renaissance Capital said the move could bring foreign investors back to the Nigerian Stock Exchange.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Nigeria", "LOC"), ("Central Bank of Nigeria", "ORG"), ("CBN", "ORG"),
  ("Godwin Emefiele", "PER"), ("Renaissance Capital", "ORG"), ("Nigerian Stock Exchange", "ORG")]),
# wD163
("2016-08-07",
 "RIO DE JANEIRO, Aug 7 (Reuters) - Majlinda Kelmendi won Kosovo's first ever Olympic medal on Sunday, taking gold in the women's 52 kg judo at the Carioca Arena. Kelmendi, who fought for Albania at the 2012 Olympics in London because Kosovo was not yet recognised by the International Olympic Committee, beat Italy's Odette Giuffrida in the final.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Majlinda Kelmendi", "PER"), ("Kosovo", "LOC"), ("Olympic", "MISC"),
  ("Carioca Arena", "LOC"), ("Kelmendi", "PER"), ("Albania", "LOC"), ("Olympics", "MISC"), ("London", "LOC"),
  ("Kosovo", "LOC"), ("International Olympic Committee", "ORG"), ("Italy", "LOC"), ("Odette Giuffrida", "PER")]),
# wD164
("2019-04-12",
 "TEL AVIV, April 12 (Reuters) - Israel's Beresheet spacecraft crashed into the moon on Thursday during its final descent, after an engine failure in the last minutes of the privately funded mission, SpaceIL and Israel Aerospace Industries said. Prime Minister Benjamin Netanyahu, who watched from the control room in Yehud, said Israel would try again.",
 [("TEL AVIV", "LOC"), ("Reuters", "ORG"), ("Israel", "LOC"), ("Beresheet", "MISC"), ("SpaceIL", "ORG"),
  ("Israel Aerospace Industries", "ORG"), ("Benjamin Netanyahu", "PER"), ("Yehud", "LOC"), ("Israel", "LOC")]),
# wD165
("2018-03-05",
 "Chile's 'A Fantastic Woman' Wins Foreign-Language Oscar\n"
 "SANTIAGO, March 5 (AFP) - A Fantastic Woman, Sebastian Lelio's drama about a transgender singer in Santiago, won the Oscar for best foreign-language film on Sunday, Chile's first win in the category. Its star, Daniela Vega, became the first openly transgender person to present at the ceremony.",
 [("Chile", "LOC"), ("A Fantastic Woman", "MISC"), ("Oscar", "MISC"), ("SANTIAGO", "LOC"), ("AFP", "ORG"),
  ("A Fantastic Woman", "MISC"), ("Sebastian Lelio", "PER"), ("Santiago", "LOC"), ("Oscar", "MISC"), ("Chile", "LOC"),
  ("Daniela Vega", "PER")]),
# wD166
("2018-09-30",
 "PALU, Indonesia, Sept 30 (Reuters) - The death toll from an earthquake and tsunami on the island of Sulawesi rose to 832 on Sunday, and most of the victims were in the city of Palu, said Sutopo Purwo Nugroho, a spokesman for the national disaster mitigation agency, BNPB. The meteorology agency BMKG was criticised for lifting a tsunami warning too early.",
 [("PALU", "LOC"), ("Indonesia", "LOC"), ("Reuters", "ORG"), ("Sulawesi", "LOC"), ("Palu", "LOC"),
  ("Sutopo Purwo Nugroho", "PER"), ("BNPB", "ORG"), ("BMKG", "ORG")]),
# wD167
("2017-05-31",
 "MOMBASA, Kenya, May 31 (Reuters) - President Uhuru Kenyatta launched the Madaraka Express on Wednesday, a passenger service on the $3.2 billion Chinese-built railway between Mombasa and Nairobi, Kenya's biggest infrastructure project since independence. The line was built by China Road and Bridge Corporation and financed by the Export-Import Bank of China.",
 [("MOMBASA", "LOC"), ("Kenya", "LOC"), ("Reuters", "ORG"), ("Uhuru Kenyatta", "PER"), ("Madaraka Express", "MISC"),
  ("Chinese", "MISC"), ("Mombasa", "LOC"), ("Nairobi", "LOC"), ("Kenya", "LOC"), ("China Road and Bridge Corporation", "ORG"),
  ("Export-Import Bank of China", "ORG")]),
# wD168
("2017-01-22",
 "BANJUL, Jan 22 (AFP) - Gambia's former leader Yahya Jammeh flew into exile in Equatorial Guinea late on Saturday after 22 years in power, ending a political crisis that had brought troops from the regional bloc ECOWAS to the border. President Adama Barrow, who was sworn in at the Gambian embassy in Dakar on Thursday, said he would return home soon.",
 [("BANJUL", "LOC"), ("AFP", "ORG"), ("Gambia", "LOC"), ("Yahya Jammeh", "PER"), ("Equatorial Guinea", "LOC"),
  ("ECOWAS", "ORG"), ("Adama Barrow", "PER"), ("Gambian", "MISC"), ("Dakar", "LOC")]),
# wD169
("2018-08-20",
 "CARACAS, Aug 20 (Reuters) - Venezuela introduced a new currency, the sovereign bolivar, on Monday, cutting five zeros from prices in an attempt to tame hyperinflation that the International Monetary Fund expects to reach one million percent this year. President Nicolas Maduro also pegged the currency to the Petro, a state-backed cryptocurrency, and most shops in Caracas stayed closed.",
 [("CARACAS", "LOC"), ("Reuters", "ORG"), ("Venezuela", "LOC"), ("International Monetary Fund", "ORG"),
  ("Nicolas Maduro", "PER"), ("Petro", "MISC"), ("Caracas", "LOC")]),
# wD170
("2018-01-28",
 "HANOI, Jan 28 (AFP) - Hundreds of thousands of Vietnamese poured into the streets of Hanoi, Da Nang and Hai Phong on Saturday night to cheer the national under-23 team, despite its 2-1 defeat by Uzbekistan in the final of the AFC U-23 Championship in snowy Changzhou, China. South Korean coach Park Hang-seo was hailed as a national hero.",
 [("HANOI", "LOC"), ("AFP", "ORG"), ("Vietnamese", "MISC"), ("Hanoi", "LOC"), ("Da Nang", "LOC"), ("Hai Phong", "LOC"),
  ("Uzbekistan", "LOC"), ("AFC U-23 Championship", "MISC"), ("Changzhou", "LOC"), ("China", "LOC"), ("South Korean", "MISC"),
  ("Park Hang-seo", "PER")]),
# wD171
("2019-05-28",
 "RATODERO, Pakistan, May 28 (Reuters) - More than 600 people, most of them children, have tested positive for HIV in and around the town of Ratodero in Sindh province, where health officials suspect a doctor reused syringes, according to the Sindh AIDS Control Programme. The World Health Organization sent a team to help trace the source of the outbreak.",
 [("RATODERO", "LOC"), ("Pakistan", "LOC"), ("Reuters", "ORG"), ("Ratodero", "LOC"), ("Sindh", "LOC"),
  ("Sindh AIDS Control Programme", "ORG"), ("World Health Organization", "ORG")]),
# wD172
("2018-09-08",
 "VENICE, Sept 8 (Reuters) - Roma, Alfonso Cuaron's black-and-white film about a domestic worker in 1970s Mexico City, won the Golden Lion at the Venice Film Festival on Saturday. Its lead actress, Yalitza Aparicio, a preschool teacher of Mixtec descent from Oaxaca, had never acted before.",
 [("VENICE", "LOC"), ("Reuters", "ORG"), ("Roma", "MISC"), ("Alfonso Cuaron", "PER"), ("Mexico City", "LOC"),
  ("Golden Lion", "MISC"), ("Venice Film Festival", "MISC"), ("Yalitza Aparicio", "PER"), ("Mixtec", "MISC"), ("Oaxaca", "LOC")]),
# wD173
("2017-08-15",
 "FREETOWN, Aug 15 (Reuters) - Rescue workers dug through mud with shovels on Tuesday in the Regent district of Freetown, where part of Sugar Loaf mountain collapsed after heavy rain the previous day, burying hundreds of homes. President Ernest Bai Koroma called the devastation overwhelming, and the Red Cross appealed for shelter materials.",
 [("FREETOWN", "LOC"), ("Reuters", "ORG"), ("Regent", "LOC"), ("Freetown", "LOC"), ("Sugar Loaf", "LOC"),
  ("Ernest Bai Koroma", "PER"), ("Red Cross", "ORG")]),
# wD174
("2016-06-26",
 "PANAMA CITY, June 26 (AFP) - The Chinese-owned container ship Cosco Shipping Panama sailed through the new locks of the expanded Panama Canal on Sunday, opening a $5.4 billion widening that will let much larger vessels cross between the Atlantic and the Pacific. President Juan Carlos Varela watched from the Agua Clara locks with guests including Taiwan's president, Tsai Ing-wen.",
 [("PANAMA CITY", "LOC"), ("AFP", "ORG"), ("Chinese", "MISC"), ("Cosco Shipping Panama", "MISC"), ("Panama Canal", "LOC"),
  ("Atlantic", "LOC"), ("Pacific", "LOC"), ("Juan Carlos Varela", "PER"), ("Agua Clara", "LOC"), ("Taiwan", "LOC"),
  ("Tsai Ing-wen", "PER")]),
# wD175
("2018-05-10",
 "KUALA LUMPUR, May 10 (Reuters) - Mahathir Mohamad, 92, was sworn in as Malaysia's prime minister on Thursday after his Pakatan Harapan alliance ended six decades of rule by the Barisan Nasional coalition of Najib Razak. Mahathir said he would investigate the 1MDB state fund, from which billions of dollars were allegedly stolen.",
 [("KUALA LUMPUR", "LOC"), ("Reuters", "ORG"), ("Mahathir Mohamad", "PER"), ("Malaysia", "LOC"), ("Pakatan Harapan", "ORG"),
  ("Barisan Nasional", "ORG"), ("Najib Razak", "PER"), ("Mahathir", "PER"), ("1MDB", "ORG")]),
# wD176
("2021-12-09",
 "Brazil Raises Rates by 150 Basis Points, Signals More to Come\n"
 "BRASILIA, Dec 9 (Reuters) - Brazil's central bank raised its benchmark interest rate by 150 basis points to 9.25 percent on Wednesday, its biggest increase in nearly two decades, and Governor Roberto Campos Neto signalled more to come. The real firmed 0.8 percent and the Bovespa stock index rose 1.2 percent, said economists at Itau Unibanco.",
 [("Brazil", "LOC"), ("BRASILIA", "LOC"), ("Reuters", "ORG"), ("Brazil", "LOC"), ("Roberto Campos Neto", "PER"),
  ("Bovespa", "MISC"), ("Itau Unibanco", "ORG")]),
# wD177
("2021-07-26",
 "TOKYO, July 26 (Reuters) - Australia's Ariarne Titmus overhauled the American Katie Ledecky in the last 50 metres to win the women's 400 metres freestyle at the Olympics on Monday, and her coach Dean Boxall celebrated wildly in the stands of the Tokyo Aquatics Centre.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Australia", "LOC"), ("Ariarne Titmus", "PER"), ("American", "MISC"),
  ("Katie Ledecky", "PER"), ("Olympics", "MISC"), ("Dean Boxall", "PER"), ("Tokyo Aquatics Centre", "LOC")]),
# wD178
("2019-09-25",
 "BAIKONUR, Kazakhstan, Sept 25 (Reuters) - Hazza al-Mansouri became the first Emirati in space on Wednesday when a Soyuz rocket carrying him, Russian cosmonaut Oleg Skripochka and American astronaut Jessica Meir lifted off for the International Space Station. Russia's space agency Roscosmos said the capsule docked six hours later.",
 [("BAIKONUR", "LOC"), ("Kazakhstan", "LOC"), ("Reuters", "ORG"), ("Hazza al-Mansouri", "PER"), ("Emirati", "MISC"),
  ("Soyuz", "MISC"), ("Russian", "MISC"), ("Oleg Skripochka", "PER"), ("American", "MISC"), ("Jessica Meir", "PER"),
  ("International Space Station", "LOC"), ("Russia", "LOC"), ("Roscosmos", "ORG")]),
# wD179
("2023-08-26",
 "SAMARKAND, Uzbekistan, Aug 26 - Musicians from 50 countries opened the Sharq Taronalari festival in front of the Registan on Saturday. Culture Minister Ozodbek Nazarbekov said the event would return every two years, and the Kazakh singer Aigerim Zhumadilova won the first prize.",
 [("SAMARKAND", "LOC"), ("Uzbekistan", "LOC"), ("Sharq Taronalari", "MISC"), ("Registan", "LOC"), ("Ozodbek Nazarbekov", "PER"),
  ("Kazakh", "MISC"), ("Aigerim Zhumadilova", "PER")]),
# wD180
("2020-01-04",
 "Fires Flare Again in New South Wales as Thousands Flee Coast\n"
 "SYDNEY, Jan 4 (Reuters) - Thousands of holidaymakers fled the south coast of New South Wales on Saturday as bushfires flared again in searing heat, and Prime Minister Scott Morrison called up 3,000 army reservists. On Kangaroo Island in South Australia, fires burned through Flinders Chase National Park.",
 [("New South Wales", "LOC"), ("SYDNEY", "LOC"), ("Reuters", "ORG"), ("New South Wales", "LOC"), ("Scott Morrison", "PER"),
  ("Kangaroo Island", "LOC"), ("South Australia", "LOC"), ("Flinders Chase National Park", "LOC")]),
# wD181
("2019-08-28",
 "ENTEBBE, Uganda, Aug 28 (Reuters) - Uganda Airlines resumed flights on Wednesday for the first time since 2001, with a Bombardier jet taking off from Entebbe International Airport for Nairobi. President Yoweri Museveni said the revived state carrier would save Ugandans $450 million a year paid to foreign airlines.",
 [("ENTEBBE", "LOC"), ("Uganda", "LOC"), ("Reuters", "ORG"), ("Uganda Airlines", "ORG"), ("Bombardier", "ORG"),
  ("Entebbe International Airport", "LOC"), ("Nairobi", "LOC"), ("Yoweri Museveni", "PER"), ("Ugandans", "MISC")]),
# wD182
("2019-04-22",
 "KIEV, April 22 (Reuters) - Comic actor Volodymyr Zelenskiy won Ukraine's presidential election by a landslide on Sunday, taking 73 percent of the vote against incumbent Petro Poroshenko, the Central Election Commission said. Zelenskiy, 41, who plays a president in the television series Servant of the People, has no political experience.",
 [("KIEV", "LOC"), ("Reuters", "ORG"), ("Volodymyr Zelenskiy", "PER"), ("Ukraine", "LOC"), ("Petro Poroshenko", "PER"),
  ("Central Election Commission", "ORG"), ("Zelenskiy", "PER"), ("Servant of the People", "MISC")]),
# wD183
("2022-10-05",
 "VIENNA, Oct 5 (Reuters) - OPEC+ agreed on Wednesday to cut oil output by 2 million barrels per day, its biggest cut since 2020, drawing criticism from Washington, which accused the group of siding with Russia. Iraqi Oil Minister Ihsan Abdul Jabbar said the cut was needed to keep markets stable, and Brent crude rose 1.7 percent.",
 [("VIENNA", "LOC"), ("Reuters", "ORG"), ("OPEC+", "ORG"), ("Washington", "LOC"), ("Russia", "LOC"), ("Iraqi", "MISC"),
  ("Ihsan Abdul Jabbar", "PER"), ("Brent", "MISC")]),
# wD184
("2022-11-19",
 "Georgia beat Wales for the first time on Saturday, winning 13-12 at the Principality Stadium in Cardiff with a late penalty by fly-half Luka Matkava. Coach Levan Maisashvili said the result showed his side deserved regular matches against the leading European nations.",
 [("Georgia", "LOC"), ("Wales", "LOC"), ("Principality Stadium", "LOC"), ("Cardiff", "LOC"), ("Luka Matkava", "PER"),
  ("Levan Maisashvili", "PER"), ("European", "MISC")]),
# wD185
("2021-06-22",
 "HAVANA, June 22 (Reuters) - Cuba's three-dose Abdala vaccine was 92.28 percent effective in late-stage trials, the state pharmaceutical group BioCubaFarma said on Monday, making Cuba the first Latin American country to develop its own vaccine against the coronavirus. The Center for Genetic Engineering and Biotechnology in Havana developed the shot, which is named after a poem by Jose Marti.",
 [("HAVANA", "LOC"), ("Reuters", "ORG"), ("Cuba", "LOC"), ("Abdala", "MISC"), ("BioCubaFarma", "ORG"), ("Cuba", "LOC"),
  ("Latin American", "MISC"), ("Center for Genetic Engineering and Biotechnology", "ORG"), ("Havana", "LOC"),
  ("Jose Marti", "PER")]),
# wD186
("2024-09-30",
 "ADDIS ABABA, Sept 30 - Mulatu Astatke, the vibraphonist known as the father of Ethiopian jazz, played the last concert of his farewell tour at the African Jazz Village in Addis Ababa on Saturday. The 80-year-old, whose music reached a global audience through Jim Jarmusch's 2005 film Broken Flowers, told the crowd he would keep composing.",
 [("ADDIS ABABA", "LOC"), ("Mulatu Astatke", "PER"), ("Ethiopian", "MISC"), ("African Jazz Village", "LOC"),
  ("Addis Ababa", "LOC"), ("Jim Jarmusch", "PER"), ("Broken Flowers", "MISC")]),
# wD187
("2023-11-10",
 "Australia will offer residency to up to 280 citizens of Tuvalu each year under a treaty signed on Friday, as rising seas threaten to swamp the low-lying Pacific nation. Tuvalu's Prime Minister Kausea Natano said the Falepili Union, as the pact is called, was 'a beacon of hope'.",
 [("Australia", "LOC"), ("Tuvalu", "LOC"), ("Pacific", "LOC"), ("Tuvalu", "LOC"), ("Kausea Natano", "PER"),
  ("Falepili Union", "MISC")]),
# wD188
("2023-05-17",
 "TEHRAN, May 17 (Reuters) - Iran and Russia signed a deal on Wednesday to build the Rasht-Astara railway, a 162-km link that will complete the International North-South Transport Corridor from St Petersburg to the Gulf. Russian President Vladimir Putin, speaking by video link, said Russia would lend 1.3 billion euros for the project.",
 [("TEHRAN", "LOC"), ("Reuters", "ORG"), ("Iran", "LOC"), ("Russia", "LOC"), ("Rasht", "LOC"), ("Astara", "LOC"),
  ("International North-South Transport Corridor", "LOC"), ("St Petersburg", "LOC"), ("Gulf", "LOC"), ("Russian", "MISC"),
  ("Vladimir Putin", "PER"), ("Russia", "LOC")]),
# wD189
("2023-10-01",
 "MALDIVES ELECTS MUIZZU IN RUN-OFF\n"
 "MALE, Oct 1 (Reuters) - Mohamed Muizzu, the mayor of the capital Male, won the Maldives' presidential run-off on Saturday with 54 percent of the vote, defeating incumbent Ibrahim Mohamed Solih. Muizzu's People's National Congress has promised to remove Indian troops from the archipelago.",
 [("MALDIVES", "LOC"), ("MUIZZU", "PER"), ("MALE", "LOC"), ("Reuters", "ORG"), ("Mohamed Muizzu", "PER"), ("Male", "LOC"),
  ("Maldives", "LOC"), ("Ibrahim Mohamed Solih", "PER"), ("Muizzu", "PER"), ("People's National Congress", "ORG"),
  ("Indian", "MISC")]),
# wD190
("2024-02-08",
 "ANTANANARIVO, Feb 8 - Vanilla export prices from Madagascar, which grows about 80 percent of the world's supply, have fallen by half since the government lifted a minimum price of $250 per kilogram, exporters in Sambava said on Wednesday. 'Farmers in the SAVA region are selling green beans too early,' said Georges Randrianarisoa, head of a growers' cooperative.",
 [("ANTANANARIVO", "LOC"), ("Madagascar", "LOC"), ("Sambava", "LOC"), ("SAVA", "LOC"), ("Georges Randrianarisoa", "PER")]),
# wD191
("2023-01-28",
 "PRAGUE, Jan 28 (Reuters) - Retired general Petr Pavel, a former chairman of NATO's military committee, won the Czech presidential run-off on Saturday with 58 percent of the vote, defeating the billionaire former prime minister Andrej Babiš, the Czech Statistical Office said. Babiš, leader of the ANO movement, conceded and congratulated Pavel.",
 [("PRAGUE", "LOC"), ("Reuters", "ORG"), ("Petr Pavel", "PER"), ("NATO", "ORG"), ("Czech", "MISC"), ("Andrej Babiš", "PER"),
  ("Czech Statistical Office", "ORG"), ("Babiš", "PER"), ("ANO", "ORG"), ("Pavel", "PER")]),
# wD192
("2025-03-20",
 "TASHKENT, March 20 (Reuters) - Uzum, an online marketplace and digital bank founded in 2022, has become Uzbekistan's first company valued at more than $1 billion after a funding round that included China's Tencent and the hedge fund VR Capital, the company said on Thursday.",
 [("TASHKENT", "LOC"), ("Reuters", "ORG"), ("Uzum", "ORG"), ("Uzbekistan", "LOC"), ("China", "LOC"), ("Tencent", "ORG"),
  ("VR Capital", "ORG")]),
# wD193
("2024-09-03",
 "SAN JOSE, Costa Rica, Sept 3 - Goalkeeper Keylor Navas said on Tuesday he was retiring from international football after 15 years with Costa Rica, whom he helped reach the quarter-finals of football's biggest tournament in Brazil in 2014. The Costa Rican Football Federation (FEDEFUTBOL) said he would be honoured before a match against Panama at the Estadio Nacional.",
 [("SAN JOSE", "LOC"), ("Costa Rica", "LOC"), ("Keylor Navas", "PER"), ("Costa Rica", "LOC"), ("Brazil", "LOC"),
  ("Costa Rican Football Federation", "ORG"), ("FEDEFUTBOL", "ORG"), ("Panama", "LOC"), ("Estadio Nacional", "LOC")]),
# wD194
("2024-04-02",
 "DONG HOI, Vietnam, April 2 - British and Vietnamese cave explorers said on Tuesday they had surveyed a new chamber linking Hang Sơn Đoòng, the world's largest known cave, to a neighbouring system in Phong Nha-Kẻ Bàng National Park. Team leader Howard Limbert said the find made the system about 15 percent longer.",
 [("DONG HOI", "LOC"), ("Vietnam", "LOC"), ("British", "MISC"), ("Vietnamese", "MISC"), ("Hang Sơn Đoòng", "LOC"),
  ("Phong Nha-Kẻ Bàng National Park", "LOC"), ("Howard Limbert", "PER")]),
# wD195
("2024-03-11",
 "LOS ANGELES, March 11 (Reuters) - 20 Days in Mariupol, a film by the Ukrainian journalist Mstyslav Chernov and his Associated Press colleagues, won the Oscar for best documentary feature on Sunday, the first Oscar for a Ukrainian film.",
 [("LOS ANGELES", "LOC"), ("Reuters", "ORG"), ("20 Days in Mariupol", "MISC"), ("Ukrainian", "MISC"), ("Mstyslav Chernov", "PER"),
  ("Associated Press", "ORG"), ("Oscar", "MISC"), ("Oscar", "MISC"), ("Ukrainian", "MISC")]),
# wD196
("2019-11-27",
 "DURRES, Albania, Nov 27 (Reuters) - Rescuers from Italy, Greece, Romania and Turkey searched collapsed hotels in the port city of Durrës on Wednesday after Albania's strongest earthquake in decades, and Prime Minister Edi Rama declared a state of emergency in Durrës and the nearby town of Thumanë.",
 [("DURRES", "LOC"), ("Albania", "LOC"), ("Reuters", "ORG"), ("Italy", "LOC"), ("Greece", "LOC"), ("Romania", "LOC"),
  ("Turkey", "LOC"), ("Durrës", "LOC"), ("Albania", "LOC"), ("Edi Rama", "PER"), ("Durrës", "LOC"), ("Thumanë", "LOC")]),
# wD197
("2024-09-12",
 "VILNIUS, Sept 12 - Lithuania, Latvia and Estonia agreed on Thursday to merge the management of Rail Baltica, the 870-km standard-gauge railway that will link Tallinn, Riga and Kaunas with the Polish border, Lithuania's transport ministry said.",
 [("VILNIUS", "LOC"), ("Lithuania", "LOC"), ("Latvia", "LOC"), ("Estonia", "LOC"), ("Rail Baltica", "LOC"), ("Tallinn", "LOC"),
  ("Riga", "LOC"), ("Kaunas", "LOC"), ("Polish", "MISC"), ("Lithuania", "LOC")]),
# wD198
("2021-12-12",
 "NOUMEA, Dec 12 (AFP) - New Caledonia voted overwhelmingly to remain part of France on Sunday in a third independence referendum that was boycotted by the pro-independence Kanak and Socialist National Liberation Front (FLNKS). Turnout was only 44 percent, and FLNKS leaders said the result had no legitimacy.",
 [("NOUMEA", "LOC"), ("AFP", "ORG"), ("New Caledonia", "LOC"), ("France", "LOC"),
  ("Kanak and Socialist National Liberation Front", "ORG"), ("FLNKS", "ORG"), ("FLNKS", "ORG")]),
# wD199
("2023-02-01",
 "BEIRUT, Feb 1 (Reuters) - Lebanon's central bank, Banque du Liban, devalued the official exchange rate by 90 percent to 15,000 pounds per dollar on Wednesday, the first change since 1997, though the currency traded at around 60,000 on the parallel market. Governor Riad Salameh, who faces corruption investigations in France and Switzerland, said the move was a step towards unifying rates.",
 [("BEIRUT", "LOC"), ("Reuters", "ORG"), ("Lebanon", "LOC"), ("Banque du Liban", "ORG"), ("Riad Salameh", "PER"),
  ("France", "LOC"), ("Switzerland", "LOC")]),
# wD200
("2024-08-03",
 "PARIS, Aug 3 (Reuters) - Thea LaFond won Dominica's first Olympic medal on Saturday, taking gold in the women's triple jump with 15.02 metres in the rain at the Stade de France. Jamaica's Shanieka Ricketts took silver and the American Jasmine Moore won bronze.",
 [("PARIS", "LOC"), ("Reuters", "ORG"), ("Thea LaFond", "PER"), ("Dominica", "LOC"), ("Olympic", "MISC"),
  ("Stade de France", "LOC"), ("Jamaica", "LOC"), ("Shanieka Ricketts", "PER"), ("American", "MISC"), ("Jasmine Moore", "PER")]),
# wD201
("2024-06-20",
 "MECCA, June 20 (AFP) - More than 1,000 pilgrims died during this year's haj as temperatures at the Grand Mosque in Mecca reached 51.8 degrees, according to a tally by AFP, more than half of them unregistered worshippers from Egypt. Egyptian Prime Minister Mostafa Madbouly ordered an investigation into the travel agencies that arranged their trips.",
 [("MECCA", "LOC"), ("AFP", "ORG"), ("Grand Mosque", "LOC"), ("Mecca", "LOC"), ("AFP", "ORG"), ("Egypt", "LOC"),
  ("Egyptian", "MISC"), ("Mostafa Madbouly", "PER")]),
# wD202
("2018-09-02",
 "CHOLPON-ATA, Kyrgyzstan, Sept 2 - Thousands of spectators watched kok-boru, a game of horseback polo played with a goat carcass, as the third World Nomad Games opened at the hippodrome in Cholpon-Ata, on the shores of Lake Issyk-Kul, on Sunday. President Sooronbay Jeenbekov welcomed athletes from 80 countries, and a storyteller recited part of the Manas epic.",
 [("CHOLPON-ATA", "LOC"), ("Kyrgyzstan", "LOC"), ("World Nomad Games", "MISC"), ("Cholpon-Ata", "LOC"),
  ("Lake Issyk-Kul", "LOC"), ("Sooronbay Jeenbekov", "PER"), ("Manas", "MISC")]),
# wD203
("2017-09-20",
 "ROSEAU, Dominica, Sept 20 (Reuters) - Hurricane Maria flattened much of Dominica on Monday night, tearing the roof off Prime Minister Roosevelt Skerrit's residence, before heading towards Puerto Rico as a Category 5 storm. 'We have lost all that money can buy,' Skerrit wrote on Facebook, and the Caribbean Disaster Emergency Management Agency (CDEMA) said communications were down across the island.",
 [("ROSEAU", "LOC"), ("Dominica", "LOC"), ("Reuters", "ORG"), ("Hurricane Maria", "MISC"), ("Dominica", "LOC"),
  ("Roosevelt Skerrit", "PER"), ("Puerto Rico", "LOC"), ("Skerrit", "PER"), ("Facebook", "ORG"),
  ("Caribbean Disaster Emergency Management Agency", "ORG"), ("CDEMA", "ORG")]),
# wD204
("2018-01-01",
 "DJIBOUTI, Jan 1 - Ethiopia and Djibouti began commercial operations on their electrified railway on Monday, cutting freight times from the port of Doraleh to Addis Ababa from three days by road to about 12 hours. The 752-km line was built by China Railway Engineering Corporation and China Civil Engineering Construction Corporation.",
 [("DJIBOUTI", "LOC"), ("Ethiopia", "LOC"), ("Djibouti", "LOC"), ("Doraleh", "LOC"), ("Addis Ababa", "LOC"),
  ("China Railway Engineering Corporation", "ORG"), ("China Civil Engineering Construction Corporation", "ORG")]),
# wD205
("2024-05-11",
 "KUWAIT CITY, May 11 (Reuters) - Kuwait's Emir Sheikh Meshal al-Ahmad al-Sabah dissolved the National Assembly and suspended some articles of the constitution for up to four years on Friday, saying democracy had been abused to destroy the state. The move came a month after an election returned an assembly dominated by his critics.",
 [("KUWAIT CITY", "LOC"), ("Reuters", "ORG"), ("Kuwait", "LOC"), ("Meshal al-Ahmad al-Sabah", "PER"),
  ("National Assembly", "ORG")]),
# wD206
("2023-07-01",
 "GABORONE, July 1 (Reuters) - Botswana signed a new ten-year sales agreement with De Beers on Friday that will raise its share of rough diamonds from the Debswana joint venture to 30 percent from 25 percent, President Mokgweetsi Masisi said. Anglo American, which owns 85 percent of De Beers, said the deal protected the company's supply.",
 [("GABORONE", "LOC"), ("Reuters", "ORG"), ("Botswana", "LOC"), ("De Beers", "ORG"), ("Debswana", "ORG"),
  ("Mokgweetsi Masisi", "PER"), ("Anglo American", "ORG"), ("De Beers", "ORG")]),
# wD207
("2024-09-27",
 "MONTEVIDEO, Sept 27 (Reuters) - Peñarol reached the semi-finals of the Copa Libertadores on Thursday, beating Flamengo 1-0 on aggregate after a goalless draw in the second leg at the Estadio Campeón del Siglo. Coach Diego Aguirre said it was the club's best run in more than a decade.",
 [("MONTEVIDEO", "LOC"), ("Reuters", "ORG"), ("Peñarol", "ORG"), ("Copa Libertadores", "MISC"), ("Flamengo", "ORG"),
  ("Estadio Campeón del Siglo", "LOC"), ("Diego Aguirre", "PER")]),
# wD208
("2024-08-22",
 "PETRA, Jordan, Aug 22 (Reuters) - Archaeologists have found a tomb containing at least 12 skeletons beneath the Treasury, the most famous monument in Jordan's ancient city of Petra, said Pearce Paul Creasman, director of the American Center of Research in Amman, who led the dig with Jordan's Department of Antiquities.",
 [("PETRA", "LOC"), ("Jordan", "LOC"), ("Reuters", "ORG"), ("Treasury", "LOC"), ("Jordan", "LOC"), ("Petra", "LOC"),
  ("Pearce Paul Creasman", "PER"), ("American Center of Research", "ORG"), ("Amman", "LOC"), ("Jordan", "LOC"),
  ("Department of Antiquities", "ORG")]),
# wD209
("2021-10-21",
 "WARSAW, Oct 21 - Canadian pianist Bruce Liu won the International Chopin Piano Competition on Wednesday, ahead of the Italian-Slovenian Alexander Gadjiev and Japan's Kyohei Sorita, who shared second place. The jury praised Liu's performance of the E minor concerto with the Warsaw Philharmonic.",
 [("WARSAW", "LOC"), ("Canadian", "MISC"), ("Bruce Liu", "PER"), ("International Chopin Piano Competition", "MISC"),
  ("Italian-Slovenian", "MISC"), ("Alexander Gadjiev", "PER"), ("Japan", "LOC"), ("Kyohei Sorita", "PER"), ("Liu", "PER"),
  ("Warsaw Philharmonic", "ORG")]),
# wD210
("2024-09-19",
 "N'DJAMENA, Sept 19 (AFP) - Floods have killed more than 500 people in Chad since July and affected nearly 1.5 million, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Thursday, as the Chari and Logone rivers rose around N'Djamena.",
 [("N'DJAMENA", "LOC"), ("AFP", "ORG"), ("Chad", "LOC"), ("UN Office for the Coordination of Humanitarian Affairs", "ORG"),
  ("OCHA", "ORG"), ("Chari", "LOC"), ("Logone", "LOC"), ("N'Djamena", "LOC")]),
# wD211
("2016-09-24",
 "Gabon's constitutional court upheld President Ali Bongo's re-election on Saturday, rejecting a challenge by opposition leader Jean Ping, who said the vote in Haut-Ogooue province had been rigged. Ping, a former chairman of the African Union Commission, called the ruling unjust.",
 [("Gabon", "LOC"), ("Ali Bongo", "PER"), ("Jean Ping", "PER"), ("Haut-Ogooue", "LOC"), ("Ping", "PER"),
  ("African Union Commission", "ORG")]),
# wD212
("2017-08-25",
 "LUANDA — Angola's ruling MPLA won 61 percent of the vote in Wednesday's election, the National Electoral Commission said on Friday, clearing the way for Defence Minister Joao Lourenco to succeed Jose Eduardo dos Santos, who has led the country for 38 years. The main opposition party, UNITA, said it would contest the results.",
 [("LUANDA", "LOC"), ("Angola", "LOC"), ("MPLA", "ORG"), ("National Electoral Commission", "ORG"), ("Joao Lourenco", "PER"),
  ("Jose Eduardo dos Santos", "PER"), ("UNITA", "ORG")]),
# wD213
("2018-09-11",
 "ZALAMBESSA, Ethiopia (AP) — Ethiopia and Eritrea reopened their border crossings at Zalambessa and Bure on Tuesday for the first time in 20 years, and Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed took part in the ceremony at Bure, near the Red Sea port of Assab.",
 [("ZALAMBESSA", "LOC"), ("Ethiopia", "LOC"), ("AP", "ORG"), ("Ethiopia", "LOC"), ("Eritrea", "LOC"), ("Zalambessa", "LOC"),
  ("Bure", "LOC"), ("Eritrean", "MISC"), ("Isaias Afwerki", "PER"), ("Ethiopian", "MISC"), ("Abiy Ahmed", "PER"),
  ("Bure", "LOC"), ("Red Sea", "LOC"), ("Assab", "LOC")]),
# wD214
("2019-07-28",
 "Bernal Becomes First Colombian to Win Tour de France\n"
 "PARIS, July 28 (Reuters) - Egan Bernal became the first Colombian to win the Tour de France on Sunday, crossing the line on the Champs-Elysees arm in arm with his Team Ineos teammates. In his home town of Zipaquira, north of Bogota, thousands watched on giant screens.",
 [("Bernal", "PER"), ("Colombian", "MISC"), ("Tour de France", "MISC"), ("PARIS", "LOC"), ("Reuters", "ORG"),
  ("Egan Bernal", "PER"), ("Colombian", "MISC"), ("Tour de France", "MISC"), ("Champs-Elysees", "LOC"), ("Team Ineos", "ORG"),
  ("Zipaquira", "LOC"), ("Bogota", "LOC")]),
# wD215
("2020-02-10",
 "Swarms of desert locusts have spread from Kenya into Uganda and South Sudan, the Food and Agriculture Organization (FAO) said on Monday, in the worst outbreak for Kenya in 70 years. FAO's senior locust forecaster, Keith Cressman, said the swarms had been fuelled by unusual rains over the Arabian Peninsula.",
 [("Kenya", "LOC"), ("Uganda", "LOC"), ("South Sudan", "LOC"), ("Food and Agriculture Organization", "ORG"), ("FAO", "ORG"),
  ("Kenya", "LOC"), ("FAO", "ORG"), ("Keith Cressman", "PER"), ("Arabian Peninsula", "LOC")]),
# wD216
("2016-04-25",
 "RIYADH, April 25 (Reuters) - Saudi Arabia's Deputy Crown Prince Mohammed bin Salman unveiled a plan on Monday to end the kingdom's 'addiction' to oil by 2030, including the sale of less than 5 percent of the state oil giant Aramco. The reform plan, called Vision 2030, would turn the Public Investment Fund into the world's largest sovereign wealth fund, he said in an interview with Al Arabiya.",
 [("RIYADH", "LOC"), ("Reuters", "ORG"), ("Saudi Arabia", "LOC"), ("Mohammed bin Salman", "PER"), ("Aramco", "ORG"),
  ("Vision 2030", "MISC"), ("Public Investment Fund", "ORG"), ("Al Arabiya", "ORG")]),
# wD217
("2017-04-15",
 "COLOMBO, April 15 (AFP) - A mountain of rubbish at the Meethotamulla dump on the outskirts of Colombo collapsed onto dozens of homes during celebrations for the Sinhala and Tamil New Year, police said on Saturday. Soldiers from the Sri Lanka Army dug through the waste with excavators.",
 [("COLOMBO", "LOC"), ("AFP", "ORG"), ("Meethotamulla", "LOC"), ("Colombo", "LOC"), ("Sinhala and Tamil New Year", "MISC"),
  ("Sri Lanka Army", "ORG")]),
# wD218
("2017-09-24",
 "EL ALTO, Bolivia, Sept 24 - The state company Mi Teleferico opened another line of its cable car network linking La Paz with the high plateau city of El Alto on Saturday, and President Evo Morales rode the first cabin from Irpavi to the city centre. The Austrian company Doppelmayr, which built the system, said it was the largest urban cable car network in the world.",
 [("EL ALTO", "LOC"), ("Bolivia", "LOC"), ("Mi Teleferico", "ORG"), ("La Paz", "LOC"), ("El Alto", "LOC"), ("Evo Morales", "PER"),
  ("Irpavi", "LOC"), ("Austrian", "MISC"), ("Doppelmayr", "ORG")]),
# wD219
("2019-04-02",
 "Algerian President Abdelaziz Bouteflika resigned on Tuesday after weeks of mass protests and pressure from army chief Ahmed Gaid Salah, the state news agency APS reported. Crowds in Algiers waved flags and honked car horns, and the head of the upper house, Abdelkader Bensalah, is expected to serve as interim president for 90 days, according to the constitutional council.",
 [("Algerian", "MISC"), ("Abdelaziz Bouteflika", "PER"), ("Ahmed Gaid Salah", "PER"), ("APS", "ORG"), ("Algiers", "LOC"),
  ("Abdelkader Bensalah", "PER")]),
# wD220
("2018-09-21",
 "NAIROBI, Sept 21 (Reuters) - Kenya's High Court temporarily lifted a ban on Rafiki, a love story between two young women directed by Wanuri Kahiu, so that it can be shown for seven days and qualify for an Oscar. The Kenya Film Classification Board, whose chief Ezekiel Mutua had banned the film in April, said it disagreed with the ruling.",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Kenya", "LOC"), ("High Court", "ORG"), ("Rafiki", "MISC"), ("Wanuri Kahiu", "PER"),
  ("Oscar", "MISC"), ("Kenya Film Classification Board", "ORG"), ("Ezekiel Mutua", "PER")]),
# wD221
("2016-06-27",
 "CHILE RETAIN COPA AMERICA; MESSI QUITS ARGENTINA\n"
 "EAST RUTHERFORD, New Jersey, June 27 (Reuters) - Chile beat Argentina 4-2 on penalties to win the Copa America Centenario on Sunday, and Lionel Messi, who missed his kick, said he was retiring from international football. 'For me the national team is over,' Messi told reporters at the MetLife Stadium.",
 [("CHILE", "LOC"), ("COPA AMERICA", "MISC"), ("MESSI", "PER"), ("ARGENTINA", "LOC"), ("EAST RUTHERFORD", "LOC"),
  ("New Jersey", "LOC"), ("Reuters", "ORG"), ("Chile", "LOC"), ("Argentina", "LOC"), ("Copa America Centenario", "MISC"),
  ("Lionel Messi", "PER"), ("Messi", "PER"), ("MetLife Stadium", "LOC")]),
# wD222
("2019-12-20",
 "ADDIS ABABA, Dec 20 - Ethiopia's first satellite, ETRSS-1, was launched from the Taiyuan Satellite Launch Center in China on Friday, and hundreds of people gathered at the Entoto Observatory outside Addis Ababa to watch a live broadcast. The Ethiopian Space Science and Technology Institute said the satellite would help monitor crops and weather.",
 [("ADDIS ABABA", "LOC"), ("Ethiopia", "LOC"), ("ETRSS-1", "MISC"), ("Taiyuan Satellite Launch Center", "LOC"), ("China", "LOC"),
  ("Entoto Observatory", "LOC"), ("Addis Ababa", "LOC"), ("Ethiopian Space Science and Technology Institute", "ORG")]),
# wD223
("2017-02-20",
 "Mongolia has agreed a $5.5 billion bailout with the International Monetary Fund, Japan, South Korea, China and the Asian Development Bank, the IMF said on Sunday, as the country struggles with debts run up during a mining boom. The tugrik has lost about 40 percent of its value against the dollar since 2014.",
 [("Mongolia", "LOC"), ("International Monetary Fund", "ORG"), ("Japan", "LOC"), ("South Korea", "LOC"), ("China", "LOC"),
  ("Asian Development Bank", "ORG"), ("IMF", "ORG")]),
# wD224
("2018-10-29",
 "JAKARTA, Oct 29 (Reuters) - A Lion Air jet carrying 189 people crashed into the Java Sea off Karawang on Monday, 13 minutes after taking off from Jakarta for Pangkal Pinang, the national search and rescue agency Basarnas said. Lion Air chief executive Edward Sirait said the plane had been repaired the previous day.",
 [("JAKARTA", "LOC"), ("Reuters", "ORG"), ("Lion Air", "ORG"), ("Java Sea", "LOC"), ("Karawang", "LOC"), ("Jakarta", "LOC"),
  ("Pangkal Pinang", "LOC"), ("Basarnas", "ORG"), ("Lion Air", "ORG"), ("Edward Sirait", "PER")]),
# wD225
("2016-05-17",
 "LONDON, May 17 - South Korean novelist Han Kang and her British translator Deborah Smith won the Man Booker International Prize on Monday for The Vegetarian, a novel about a woman who stops eating meat. Smith, 28, taught herself Korean only six years ago.",
 [("LONDON", "LOC"), ("South Korean", "MISC"), ("Han Kang", "PER"), ("British", "MISC"), ("Deborah Smith", "PER"),
  ("Man Booker International Prize", "MISC"), ("The Vegetarian", "MISC"), ("Smith", "PER"), ("Korean", "MISC")]),
# wD226
("2019-10-13",
 "NAGANO, Japan, Oct 13 (Reuters) - Rescue helicopters plucked residents from rooftops in Nagano on Sunday after Typhoon Hagibis burst the banks of the Chikuma River, flooding a depot where ten bullet trains of the Hokuriku Shinkansen line were parked, East Japan Railway Co said.",
 [("NAGANO", "LOC"), ("Japan", "LOC"), ("Reuters", "ORG"), ("Nagano", "LOC"), ("Typhoon Hagibis", "MISC"),
  ("Chikuma River", "LOC"), ("Hokuriku Shinkansen", "LOC"), ("East Japan Railway Co", "ORG")]),
# wD227
("2020-08-10",
 "MINSK, Aug 10 (Reuters) - Belarus's Central Election Commission said on Monday that President Alexander Lukashenko had won a sixth term with 80 percent of the vote, and opposition candidate Sviatlana Tsikhanouskaya, who received 10 percent, refused to accept the result. Police used stun grenades against protesters in Minsk, Brest and Gomel overnight, the Viasna human rights centre said.",
 [("MINSK", "LOC"), ("Reuters", "ORG"), ("Belarus", "LOC"), ("Central Election Commission", "ORG"),
  ("Alexander Lukashenko", "PER"), ("Sviatlana Tsikhanouskaya", "PER"), ("Minsk", "LOC"), ("Brest", "LOC"), ("Gomel", "LOC"),
  ("Viasna", "ORG")]),
# wD228
("2017-02-05",
 "LIBREVILLE, Feb 5 (Reuters) - Cameroon won the Africa Cup of Nations for a fifth time on Sunday, beating Egypt 2-1 in the final at the Stade de l'Amitie, with substitute Vincent Aboubakar scoring the winner two minutes from time. Egypt had led through Mohamed Elneny, and Cameroon's Belgian coach Hugo Broos said few had given his young squad a chance.",
 [("LIBREVILLE", "LOC"), ("Reuters", "ORG"), ("Cameroon", "LOC"), ("Africa Cup of Nations", "MISC"), ("Egypt", "LOC"),
  ("Stade de l'Amitie", "LOC"), ("Vincent Aboubakar", "PER"), ("Egypt", "LOC"), ("Mohamed Elneny", "PER"), ("Cameroon", "LOC"),
  ("Belgian", "MISC"), ("Hugo Broos", "PER")]),
# wD229
("2019-04-10",
 "ANTANANARIVO, April 10 (AFP) - A measles epidemic has killed more than 1,200 people in Madagascar since September, most of them children under 15, the World Health Organization said. 'Many families in the south cannot reach a health centre,' Ny Andry Ranaivoson, a doctor in the town of Ambovombe, told AFP.",
 [("ANTANANARIVO", "LOC"), ("AFP", "ORG"), ("Madagascar", "LOC"), ("World Health Organization", "ORG"),
  ("Ny Andry Ranaivoson", "PER"), ("Ambovombe", "LOC"), ("AFP", "ORG")]),
# wD230
("2018-08-30",
 "Argentina Hikes Rates to 60 Percent as Peso Tumbles\n"
 "Argentina's central bank raised its benchmark interest rate to 60 percent on Thursday, the highest in the world, after the peso fell 13 percent in a day despite President Mauricio Macri's request for early payment of a $50 billion IMF loan. The bank, known as the BCRA, also raised reserve requirements for lenders by five percentage points.",
 [("Argentina", "LOC"), ("Argentina", "LOC"), ("Mauricio Macri", "PER"), ("IMF", "ORG"), ("BCRA", "ORG")]),
]
