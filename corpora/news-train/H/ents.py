# Decision lists for news-train part H (general news wire), the source of truth.
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# dct is the story's own date (its dateline date). Entries are listed in order of
# appearance; build.py finds each surface as a case-sensitive whole-word match at or
# after the end of the previous span, skipping `skip` such matches first (default 0).
# Ids are wH001, wH002, ... in order.

DOCS = [
# wH001
("2018-06-12",
 "ABUJA, June 12 (Reuters) - Nigeria's Senate confirmed Amina Bello-Okafor as minister of mines and steel on Tuesday, a week after President Muhammadu Buhari dropped her predecessor in a cabinet reshuffle. Bello-Okafor, a former executive at Dangote Group, told reporters in Abuja she would revive the idle Ajaokuta steel plant within two years.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Nigeria", "LOC"), ("Senate", "ORG"), ("Amina Bello-Okafor", "PER"),
  ("Muhammadu Buhari", "PER"), ("Bello-Okafor", "PER"), ("Dangote Group", "ORG"), ("Abuja", "LOC"),
  ("Ajaokuta", "LOC")]),
# wH002
("2021-11-03",
 "CAIRO, Nov 3 (Reuters) - Results of Egyptian Premier League matches played on Wednesday:\nZamalek 2 Al Ahly 1\nPyramids 0 Ismaily 0\nEl Gouna 1 Ceramica Cleopatra 3\nAl Masry 2 ENPPI 2",
 [("CAIRO", "LOC"), ("Reuters", "ORG"), ("Egyptian Premier League", "MISC"), ("Zamalek", "ORG"),
  ("Al Ahly", "ORG"), ("Pyramids", "ORG"), ("Ismaily", "ORG"), ("El Gouna", "ORG"),
  ("Ceramica Cleopatra", "ORG"), ("Al Masry", "ORG"), ("ENPPI", "ORG")]),
# wH003
("2016-05-19",
 "SANTIAGO, May 19 (Reuters) - Contract workers at Codelco's Chuquicamata mine in northern Chile began a 48-hour strike on Thursday over pay and bonuses, union leader Hernan Valdivia Rojas told Reuters. Copper on the London Metal Exchange rose 1.2 percent on the news, its biggest daily gain in a month.",
 [("SANTIAGO", "LOC"), ("Reuters", "ORG"), ("Codelco", "ORG"), ("Chuquicamata", "LOC"), ("Chile", "LOC"),
  ("Hernan Valdivia Rojas", "PER"), ("Reuters", "ORG"), ("London Metal Exchange", "ORG")]),
# wH004
("2023-09-09",
 "BORDEAUX, France, Sept 9 (AFP) - Ireland ran in 12 tries to crush Romania 82-8 at the Stade de Bordeaux on Saturday. Centre Bundee Aki scored twice and fly-half Johnny Sexton, back after a three-match ban, kicked seven conversions. \"We were clinical when it mattered,\" coach Andy Farrell said.",
 [("BORDEAUX", "LOC"), ("France", "LOC"), ("AFP", "ORG"), ("Ireland", "LOC"), ("Romania", "LOC"),
  ("Stade de Bordeaux", "LOC"), ("Bundee Aki", "PER"), ("Johnny Sexton", "PER"), ("Andy Farrell", "PER")]),
# wH005
("2020-01-28",
 "ACCRA, Jan 28 (Reuters) - Kwabena Osei-Tutu, the highlife guitarist whose band the Sunsum Stars toured Europe in the 1970s, died in Kumasi on Monday aged 81, his family said. Ghana's Ministry of Tourism, Arts and Culture called him \"a national treasure\", and President Nana Akufo-Addo paid tribute on Twitter.",
 [("ACCRA", "LOC"), ("Reuters", "ORG"), ("Kwabena Osei-Tutu", "PER"), ("Sunsum Stars", "ORG"), ("Europe", "LOC"),
  ("Kumasi", "LOC"), ("Ghana", "LOC"), ("Ministry of Tourism, Arts and Culture", "ORG"),
  ("Nana Akufo-Addo", "PER"), ("Twitter", "ORG")]),
# wH006
("2017-07-05",
 "WARSAW, July 5 (Reuters) - U.S. President Donald Trump arrived in Warsaw on Wednesday for talks with President Andrzej Duda and leaders of the Three Seas Initiative, Polish officials said. Trump will give a speech at Krasinski Square on Thursday before flying to Hamburg for the G20 summit, and the talks are expected to cover U.S. gas shipments to the Swinoujscie terminal.",
 [("WARSAW", "LOC"), ("Reuters", "ORG"), ("U.S.", "LOC"), ("Donald Trump", "PER"), ("Warsaw", "LOC"),
  ("Andrzej Duda", "PER"), ("Three Seas Initiative", "ORG"), ("Polish", "MISC"), ("Trump", "PER"),
  ("Krasinski Square", "LOC"), ("Hamburg", "LOC"), ("G20", "ORG"), ("U.S.", "LOC"), ("Swinoujscie", "LOC")]),
# wH007
("2022-02-16",
 "LONDON, Feb 16 (Reuters) - Storm Dudley brought gusts of up to 90 mph to northern England and southern Scotland on Wednesday, and the Met Office issued a rare red warning for Storm Eunice, due on Friday. Network Rail cut services between Edinburgh and Newcastle, and Avanti West Coast told passengers not to travel.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Storm Dudley", "MISC"), ("England", "LOC"), ("Scotland", "LOC"),
  ("Met Office", "ORG"), ("Storm Eunice", "MISC"), ("Network Rail", "ORG"), ("Edinburgh", "LOC"),
  ("Newcastle", "LOC"), ("Avanti West Coast", "ORG")]),
# wH008
("2019-10-22",
 "Trudeau Keeps Power but Loses Majority\nOTTAWA, Oct 22 (Reuters) - Prime Minister Justin Trudeau's Liberals lost their majority in Monday's election but can govern with the support of the New Democratic Party of Jagmeet Singh. The Bloc Quebecois won 32 seats in Quebec, while Andrew Scheer's Conservatives swept Alberta and Saskatchewan.",
 [("Trudeau", "PER"), ("OTTAWA", "LOC"), ("Reuters", "ORG"), ("Justin Trudeau", "PER"), ("Liberals", "ORG"),
  ("New Democratic Party", "ORG"), ("Jagmeet Singh", "PER"), ("Bloc Quebecois", "ORG"), ("Quebec", "LOC"),
  ("Andrew Scheer", "PER"), ("Conservatives", "ORG"), ("Alberta", "LOC"), ("Saskatchewan", "LOC")]),
# wH009
("2024-04-25",
 "SEOUL, April 25 (Reuters) - SK Hynix posted its biggest quarterly profit in nearly six years on Thursday as demand for memory chips used in artificial intelligence servers built around Nvidia processors surged. Shares of the South Korean chipmaker rose 4 percent on the KOSPI, and analysts at Mirae Asset Securities raised their price target.",
 [("SEOUL", "LOC"), ("Reuters", "ORG"), ("SK Hynix", "ORG"), ("Nvidia", "ORG"), ("South Korean", "MISC"),
  ("KOSPI", "MISC"), ("Mirae Asset Securities", "ORG")]),
# wH010
("2018-07-20",
 "BULAWAYO, Zimbabwe, July 20 (Reuters) - Fakhar Zaman hit 210 not out, the first double century by a Pakistan batsman in one-day internationals, as Pakistan thrashed Zimbabwe by 244 runs in the fourth match on Friday. Imam-ul-Haq made 113 in an opening stand of 304 and Shadab Khan took four wickets.",
 [("BULAWAYO", "LOC"), ("Zimbabwe", "LOC"), ("Reuters", "ORG"), ("Fakhar Zaman", "PER"), ("Pakistan", "LOC"),
  ("Pakistan", "LOC"), ("Zimbabwe", "LOC"), ("Imam-ul-Haq", "PER"), ("Shadab Khan", "PER")]),
# wH011
('2018-04-23',
 "ASUNCION, April 23 (Reuters) - Mario Abdo Benitez of the ruling Colorado Party won Paraguay's presidential election with 46 percent of the vote, defeating Efrain Alegre of the Ganar alliance, the Superior Court of Electoral Justice said. Abdo, 46, is the son of a private secretary to the late dictator Alfredo Stroessner.",
 [('ASUNCION', 'LOC'), ('Reuters', 'ORG'), ('Mario Abdo Benitez', 'PER'), ('Colorado Party', 'ORG'), ('Paraguay', 'LOC'), ('Efrain Alegre', 'PER'), ('Ganar', 'ORG'), ('Superior Court of Electoral Justice', 'ORG'), ('Abdo', 'PER'), ('Alfredo Stroessner', 'PER')]),
# wH012
("2016-05-23",
 "HANOI, May 23 (Reuters) - U.S. President Barack Obama lifted a decades-old ban on arms sales to Vietnam on Monday, saying at a news conference with President Tran Dai Quang that the decision was not aimed at China. Later Obama ate noodles with the chef Anthony Bourdain at a small Hanoi restaurant.",
 [("HANOI", "LOC"), ("Reuters", "ORG"), ("U.S.", "LOC"), ("Barack Obama", "PER"), ("Vietnam", "LOC"),
  ("Tran Dai Quang", "PER"), ("China", "LOC"), ("Obama", "PER"), ("Anthony Bourdain", "PER"), ("Hanoi", "LOC")]),
# wH013
("2021-07-16",
 "ERFTSTADT, Germany, July 16 (Reuters) - Rescuers in the Blessem district of Erftstadt searched for residents after a gravel pit collapsed under floodwater, as the death toll from western Germany's worst floods in decades climbed. Armin Laschet, premier of North Rhine-Westphalia, visited the town, and Chancellor Angela Merkel promised aid for the Ahr valley and for neighbouring Belgium, where Liege was partly evacuated.",
 [("ERFTSTADT", "LOC"), ("Germany", "LOC"), ("Reuters", "ORG"), ("Blessem", "LOC"), ("Erftstadt", "LOC"),
  ("Germany", "LOC"), ("Armin Laschet", "PER"), ("North Rhine-Westphalia", "LOC"), ("Angela Merkel", "PER"),
  ("Ahr", "LOC"), ("Belgium", "LOC"), ("Liege", "LOC")]),
# wH014
("2023-03-20",
 "ZURICH, March 20 (Reuters) - Shares in UBS fell as much as 14 percent on Monday after the Swiss bank agreed to buy rival Credit Suisse for 3 billion francs in a deal brokered by the Swiss National Bank and the government in Bern. Finance Minister Karin Keller-Sutter said a collapse of Credit Suisse would have caused \"irreparable turbulence\".",
 [("ZURICH", "LOC"), ("Reuters", "ORG"), ("UBS", "ORG"), ("Swiss", "MISC"), ("Credit Suisse", "ORG"),
  ("Swiss National Bank", "ORG"), ("Bern", "LOC"), ("Karin Keller-Sutter", "PER"), ("Credit Suisse", "ORG")]),
# wH015
("2019-06-16",
 "RABAT, June 16 (Reuters) - Morocco's Soufiane El Bakkali won the 3,000 metres steeplechase at the Diamond League meeting in Rabat on Sunday in 8 minutes 4.82 seconds, ahead of Ethiopia's Getnet Wale and Benjamin Kigen of Kenya. \"The crowd carried me over the last barrier,\" El Bakkali told reporters.",
 [("RABAT", "LOC"), ("Reuters", "ORG"), ("Morocco", "LOC"), ("Soufiane El Bakkali", "PER"), ("Diamond League", "MISC"),
  ("Rabat", "LOC"), ("Ethiopia", "LOC"), ("Getnet Wale", "PER"), ("Benjamin Kigen", "PER"), ("Kenya", "LOC"),
  ("El Bakkali", "PER")]),
# wH016
("2024-09-08",
 "ALGIERS, Sept 8 (AFP) - Algerian President Abdelmadjid Tebboune won a second term with 94.7 percent of the vote, the ANIE election authority said on Sunday. His rivals, Abdelaali Hassani Cherif of the Movement of Society for Peace (MSP) and Youcef Aouchiche of the Socialist Forces Front, said the turnout figures were inconsistent.",
 [("ALGIERS", "LOC"), ("AFP", "ORG"), ("Algerian", "MISC"), ("Abdelmadjid Tebboune", "PER"), ("ANIE", "ORG"),
  ("Abdelaali Hassani Cherif", "PER"), ("Movement of Society for Peace", "ORG"), ("MSP", "ORG"),
  ("Youcef Aouchiche", "PER"), ("Socialist Forces Front", "ORG")]),
# wH017
("2017-12-14",
 "JOHANNESBURG, Dec 14 (Reuters) - Sibanye-Stillwater agreed to buy London-listed platinum producer Lonmin in an all-share deal worth 285 million pounds, the companies said on Thursday. Lonmin chief executive Ben Magara said the deal would secure the future of its Marikana shafts near Rustenburg, and Sibanye's Neal Froneman promised no immediate job cuts.",
 [("JOHANNESBURG", "LOC"), ("Reuters", "ORG"), ("Sibanye-Stillwater", "ORG"), ("London", "LOC"), ("Lonmin", "ORG"),
  ("Lonmin", "ORG"), ("Ben Magara", "PER"), ("Marikana", "LOC"), ("Rustenburg", "LOC"), ("Sibanye", "ORG"),
  ("Neal Froneman", "PER")]),
# wH018
("2022-10-25",
 "LONDON, Oct 25 (Reuters) - Rishi Sunak became Britain's first prime minister of Asian heritage on Tuesday after King Charles asked him to form a government at Buckingham Palace. Sunak kept Jeremy Hunt as finance minister and said he would fix the \"mistakes\" made by his predecessor Liz Truss, whose 49 days in office were the shortest of any Conservative leader.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Rishi Sunak", "PER"), ("Britain", "LOC"), ("Asian", "MISC"),
  ("Charles", "PER"), ("Buckingham Palace", "LOC"), ("Sunak", "PER"), ("Jeremy Hunt", "PER"), ("Liz Truss", "PER"),
  ("Conservative", "ORG")]),
# wH019
("2018-02-24",
 "GANGNEUNG, South Korea, Feb 24 (Reuters) - Lee Seung-hoon gave the host nation gold in the first men's mass start in Winter Olympics history at the Gangneung Oval on Saturday. Belgium's Bart Swings took silver and Koen Verweij of the Netherlands won bronze.",
 [("GANGNEUNG", "LOC"), ("South Korea", "LOC"), ("Reuters", "ORG"), ("Lee Seung-hoon", "PER"),
  ("Winter Olympics", "MISC"), ("Gangneung Oval", "LOC"), ("Belgium", "LOC"), ("Bart Swings", "PER"),
  ("Koen Verweij", "PER"), ("Netherlands", "LOC")]),
# wH020
("2019-01-26",
 "BRUMADINHO, Brazil, Jan 26 (Reuters) - Firefighters in Minas Gerais state searched through mud for hundreds of missing workers after a tailings dam at Vale's Corrego do Feijao mine burst, sending sludge into the Paraopeba river. Governor Romeu Zema said the chance of finding survivors was small, and Vale chief executive Fabio Schvartsman apologised.",
 [("BRUMADINHO", "LOC"), ("Brazil", "LOC"), ("Reuters", "ORG"), ("Minas Gerais", "LOC"), ("Vale", "ORG"),
  ("Corrego do Feijao", "LOC"), ("Paraopeba", "LOC"), ("Romeu Zema", "PER"), ("Vale", "ORG"),
  ("Fabio Schvartsman", "PER")]),
# wH021
("2025-03-04",
 "GUATEMALA CITY, March 4 (AP) — Marta Julia Xicay, a Kaqchikel weaver whose huipiles hang in museums from Madrid to Tokyo, has died in Antigua Guatemala at 88, the Ministry of Culture and Sports said on Tuesday. Xicay taught generations of women in San Antonio Aguas Calientes to use natural dyes.",
 [("GUATEMALA CITY", "LOC"), ("AP", "ORG"), ("Marta Julia Xicay", "PER"), ("Kaqchikel", "MISC"), ("Madrid", "LOC"),
  ("Tokyo", "LOC"), ("Antigua Guatemala", "LOC"), ("Ministry of Culture and Sports", "ORG"), ("Xicay", "PER"),
  ("San Antonio Aguas Calientes", "LOC")]),
# wH022
("2016-06-24",
 "BRITAIN VOTES TO LEAVE EU, CAMERON TO QUIT\nLONDON, June 24 (Reuters) - Britons voted by 52 to 48 percent to leave the European Union, and Prime Minister David Cameron said on Friday he would step down by October. The pound fell to a 31-year low against the dollar, and Scotland's First Minister Nicola Sturgeon said a second independence vote was \"highly likely\".",
 [("BRITAIN", "LOC"), ("EU", "ORG"), ("CAMERON", "PER"), ("LONDON", "LOC"), ("Reuters", "ORG"), ("Britons", "MISC"),
  ("European Union", "ORG"), ("David Cameron", "PER"), ("Scotland", "LOC"), ("Nicola Sturgeon", "PER")]),
# wH023
("2020-11-20",
 "TEGUCIGALPA, Nov 20 (Reuters) - Honduras asked for international aid on Friday as the remnants of Hurricane Iota flooded the Sula valley, two weeks after Hurricane Eta hit the same area. Rivers burst their banks around San Pedro Sula, and the COPECO emergency agency said more than 60,000 people were in shelters.",
 [("TEGUCIGALPA", "LOC"), ("Reuters", "ORG"), ("Honduras", "LOC"), ("Hurricane Iota", "MISC"), ("Sula", "LOC"),
  ("Hurricane Eta", "MISC"), ("San Pedro Sula", "LOC"), ("COPECO", "ORG")]),
# wH024
('2021-08-17',
 "MOMBASA, Kenya, Aug 17 (Reuters) - Prices at the weekly Mombasa tea auction fell for a third straight sale on Tuesday as buyers from Pakistan and Egypt held back, the East African Tea Trade Association said. Grace Wanjiru Mwangi, a broker at the sale, said the Kenya Tea Development Agency (KTDA) had offered more leaf than the market could take.",
 [('MOMBASA', 'LOC'), ('Kenya', 'LOC'), ('Reuters', 'ORG'), ('Mombasa', 'LOC'), ('Pakistan', 'LOC'), ('Egypt', 'LOC'), ('East African Tea Trade Association', 'ORG'), ('Grace Wanjiru Mwangi', 'PER'), ('Kenya Tea Development Agency', 'ORG'), ('KTDA', 'ORG')]),
# wH025
("2017-04-02",
 "MOCOA, Colombia, April 2 (AFP) - Rescue teams dug through mud and boulders in Mocoa on Sunday after three rivers overflowed during the night and swept away whole neighbourhoods of the Putumayo provincial capital. President Juan Manuel Santos flew in and declared a disaster zone, and the Colombian Red Cross set up a camp at the airport.",
 [("MOCOA", "LOC"), ("Colombia", "LOC"), ("AFP", "ORG"), ("Mocoa", "LOC"), ("Putumayo", "LOC"),
  ("Juan Manuel Santos", "PER"), ("Colombian Red Cross", "ORG")]),
# wH026
("2022-07-08",
 "Shinzo Abe Shot Dead at Campaign Event in Nara\nTOKYO, July 8 (Reuters) - Former Japanese prime minister Shinzo Abe died on Friday after he was shot while giving a speech outside Yamato-Saidaiji station in Nara. Police arrested Tetsuya Yamagami, 41, at the scene, and Prime Minister Fumio Kishida called the attack \"a barbaric act\".",
 [("Shinzo Abe", "PER"), ("Nara", "LOC"), ("TOKYO", "LOC"), ("Reuters", "ORG"), ("Japanese", "MISC"),
  ("Shinzo Abe", "PER"), ("Yamato-Saidaiji", "LOC"), ("Nara", "LOC"), ("Tetsuya Yamagami", "PER"),
  ("Fumio Kishida", "PER")]),
# wH027
("2021-05-31",
 "DOHA, May 31 (Reuters) - Qatar Petroleum said on Monday it would rename itself QatarEnergy later this year and gave the final go-ahead for the North Field East expansion, the world's largest liquefied natural gas project. Energy Minister Saad al-Kaabi said Chiyoda Corp and Technip Energies would build four new trains at Ras Laffan.",
 [("DOHA", "LOC"), ("Reuters", "ORG"), ("Qatar Petroleum", "ORG"), ("QatarEnergy", "ORG"),
  ("North Field East", "LOC"), ("Saad al-Kaabi", "PER"), ("Chiyoda Corp", "ORG"), ("Technip Energies", "ORG"),
  ("Ras Laffan", "LOC")]),
# wH028
("2016-11-09",
 "WASHINGTON, Nov 9 (Reuters) - Republican Donald Trump won the U.S. presidency, beating Democrat Hillary Clinton after carrying Pennsylvania, Michigan and Wisconsin, states his party had not won in decades. Clinton conceded in a call to Trump early on Wednesday, campaign chairman John Podesta said in New York.",
 [("WASHINGTON", "LOC"), ("Reuters", "ORG"), ("Republican", "MISC"), ("Donald Trump", "PER"), ("U.S.", "LOC"),
  ("Democrat", "MISC"), ("Hillary Clinton", "PER"), ("Pennsylvania", "LOC"), ("Michigan", "LOC"),
  ("Wisconsin", "LOC"), ("Clinton", "PER"), ("Trump", "PER"), ("John Podesta", "PER"), ("New York", "LOC")]),
# wH029
("2019-08-11",
 "LAGOS, Aug 11 (Reuters) - Nigeria striker Asisat Oshoala scored twice as Barcelona beat Atletico Madrid 3-1 in a pre-season friendly on Sunday, her first goals since joining from the Chinese club Dalian Quanjian. \"She gives us pace behind the line,\" Barcelona coach Lluis Cortes said.",
 [("LAGOS", "LOC"), ("Reuters", "ORG"), ("Nigeria", "LOC"), ("Asisat Oshoala", "PER"), ("Barcelona", "ORG"),
  ("Atletico Madrid", "ORG"), ("Chinese", "MISC"), ("Dalian Quanjian", "ORG"), ("Barcelona", "ORG"),
  ("Lluis Cortes", "PER")]),
# wH030
("2024-11-05",
 "VALENCIA, Spain, Nov 5 (AFP) - Thousands of volunteers carrying shovels crossed the Pista de Silla bridge into the flooded suburbs of Valencia on Tuesday, a week after a storm dumped a year's rain on the region in eight hours. King Felipe and Queen Letizia were pelted with mud in Paiporta, and regional leader Carlos Mazon faced calls to resign.",
 [("VALENCIA", "LOC"), ("Spain", "LOC"), ("AFP", "ORG"), ("Pista de Silla", "LOC"), ("Valencia", "LOC"),
  ("Felipe", "PER"), ("Letizia", "PER"), ("Paiporta", "LOC"), ("Carlos Mazon", "PER")]),
# wH031
("2018-09-12",
 "ULAANBAATAR, Sept 12 (Reuters) - Mongolia's prime minister Ukhnaa Khurelsukh survived a no-confidence vote in the State Khural on Wednesday, after 30 lawmakers from his own Mongolian People's Party accused him of mishandling a scandal over a small business fund. Speaker Miyegombo Enkhbold called the motion \"a test of party unity\".",
 [("ULAANBAATAR", "LOC"), ("Reuters", "ORG"), ("Mongolia", "LOC"), ("Ukhnaa Khurelsukh", "PER"), ("State Khural", "ORG"),
  ("Mongolian People's Party", "ORG"), ("Miyegombo Enkhbold", "PER")]),
# wH032
('2024-05-15',
 "SINGAPORE, May 15 (Reuters) - Lawrence Wong was sworn in as Singapore's fourth prime minister at the Istana on Wednesday, taking over from Lee Hsien Loong, who led the city-state for 20 years. Lee stays in the cabinet as senior minister, and Wong's People's Action Party must call a general election by November 2025.",
 [('SINGAPORE', 'LOC'), ('Reuters', 'ORG'), ('Lawrence Wong', 'PER'), ('Singapore', 'LOC'), ('Istana', 'LOC'), ('Lee Hsien Loong', 'PER'), ('Lee', 'PER'), ('Wong', 'PER'), ("People's Action Party", 'ORG')]),
# wH033
("2023-11-19",
 "ARGENTINA ELECTS MILEI\nCORDOBA, Argentina, Nov 19 (Reuters) - Libertarian economist Javier Milei won Argentina's presidential runoff on Sunday, defeating Economy Minister Sergio Massa by more than 11 points. Milei, whose La Libertad Avanza party has few seats in the Chamber of Deputies, promised to scrap the central bank and dollarise the economy.",
 [("ARGENTINA", "LOC"), ("MILEI", "PER"), ("CORDOBA", "LOC"), ("Argentina", "LOC"), ("Reuters", "ORG"),
  ("Javier Milei", "PER"), ("Argentina", "LOC"), ("Sergio Massa", "PER"), ("Milei", "PER"),
  ("La Libertad Avanza", "ORG"), ("Chamber of Deputies", "ORG")]),
]

DOCS += [
# wH034
("2018-04-16",
 "BOSTON, April 16 (Reuters) - Japan's Yuki Kawauchi, a government clerk from Saitama, won the Boston Marathon in freezing rain on Monday, and Desiree Linden became the first American woman to win the race since 1985. Kenya's Geoffrey Kirui, the defending champion, finished second.",
 [("BOSTON", "LOC"), ("Reuters", "ORG"), ("Japan", "LOC"), ("Yuki Kawauchi", "PER"), ("Saitama", "LOC"),
  ("Boston Marathon", "MISC"), ("Desiree Linden", "PER"), ("American", "MISC"), ("Kenya", "LOC"),
  ("Geoffrey Kirui", "PER")]),
# wH035
('2024-01-01',
 "JERUSALEM, Jan 1 (AFP) - Israel's Supreme Court struck down on Monday a law passed by Prime Minister Benjamin Netanyahu's coalition that limited the judges' power to overrule government decisions. Justice Minister Yariv Levin, who drove the overhaul through the Knesset, said the ruling showed \"the opposite of the spirit of unity\", while retired Chief Justice Esther Hayut wrote the majority opinion.",
 [('JERUSALEM', 'LOC'), ('AFP', 'ORG'), ('Israel', 'LOC'), ('Supreme Court', 'ORG'), ('Benjamin Netanyahu', 'PER'), ('Yariv Levin', 'PER'), ('Knesset', 'ORG'), ('Esther Hayut', 'PER')]),
# wH036
("2022-06-07",
 "JAKARTA, June 7 (Reuters) - Malaysian palm oil futures fell 3 percent on Tuesday after Indonesia said it would speed up export permits to clear bulging storage tanks. Trade Minister Muhammad Lutfi said the Indonesian Palm Oil Association (GAPKI) had agreed to a new quota, and the benchmark contract on Bursa Malaysia Derivatives touched a six-week low. Shares of Wilmar International slipped 2 percent in Singapore.",
 [("JAKARTA", "LOC"), ("Reuters", "ORG"), ("Malaysian", "MISC"), ("Indonesia", "LOC"), ("Muhammad Lutfi", "PER"),
  ("Indonesian Palm Oil Association", "ORG"), ("GAPKI", "ORG"), ("Bursa Malaysia Derivatives", "ORG"),
  ("Wilmar International", "ORG"), ("Singapore", "LOC")]),
# wH037
("2016-08-21",
 "PALLEKELE, Sri Lanka, Aug 21 (Reuters) - Sri Lanka beat Australia by 82 runs in the first one-day international on Sunday. Kusal Mendis made 69 and left-arm spinner Amila Aponso took four for 18 on debut as Australia, captained by Steve Smith, were bowled out for 144 in 33 overs.",
 [("PALLEKELE", "LOC"), ("Sri Lanka", "LOC"), ("Reuters", "ORG"), ("Sri Lanka", "LOC"), ("Australia", "LOC"),
  ("Kusal Mendis", "PER"), ("Amila Aponso", "PER"), ("Australia", "LOC"), ("Steve Smith", "PER")]),
# wH038
("2022-09-04",
 "SANTIAGO, Sept 4 (Reuters) - Chileans rejected a proposed new constitution by a wide margin in Sunday's plebiscite, with 62 percent voting against the text drafted by the Constitutional Convention, the Servel electoral service said. President Gabriel Boric, who had backed the draft, called party leaders to La Moneda palace to start the process again.",
 [("SANTIAGO", "LOC"), ("Reuters", "ORG"), ("Chileans", "MISC"), ("Constitutional Convention", "ORG"),
  ("Servel", "ORG"), ("Gabriel Boric", "PER"), ("La Moneda", "LOC")]),
# wH039
("2018-05-26",
 "DUBLIN, May 26 (Reuters) - Irish voters overturned one of the world's strictest abortion bans by a margin of two to one, the official count showed on Saturday. Prime Minister Leo Varadkar called the repeal of the Eighth Amendment \"a quiet revolution\", and thousands of Together for Yes campaigners celebrated in the courtyard of Dublin Castle.",
 [("DUBLIN", "LOC"), ("Reuters", "ORG"), ("Irish", "MISC"), ("Leo Varadkar", "PER"), ("Eighth Amendment", "MISC"),
  ("Together for Yes", "ORG"), ("Dublin Castle", "LOC")]),
# wH040
("2016-04-17",
 "PEDERNALES, Ecuador, April 17 (Reuters) - Rescuers pulled bodies from flattened hotels in the beach town of Pedernales on Sunday after a magnitude 7.8 earthquake struck Ecuador's Pacific coast, also damaging Manta and Portoviejo in Manabi province. President Rafael Correa cut short a trip to Italy, and the Geophysical Institute in Quito recorded more than 130 aftershocks.",
 [("PEDERNALES", "LOC"), ("Ecuador", "LOC"), ("Reuters", "ORG"), ("Pedernales", "LOC"), ("Ecuador", "LOC"),
  ("Pacific", "LOC"), ("Manta", "LOC"), ("Portoviejo", "LOC"), ("Manabi", "LOC"), ("Rafael Correa", "PER"),
  ("Italy", "LOC"), ("Geophysical Institute", "ORG"), ("Quito", "LOC")]),
# wH041
("2021-09-20",
 "MOSCOW, Sept 20 (Reuters) - The ruling United Russia party won nearly half the vote in a three-day State Duma election, the Central Election Commission said on Monday, while the Communist Party came second with about 19 percent. Commission head Ella Pamfilova dismissed complaints of ballot stuffing, and allies of jailed Kremlin critic Alexei Navalny said their Smart Voting tactic had been blocked by Apple and Google.",
 [("MOSCOW", "LOC"), ("Reuters", "ORG"), ("United Russia", "ORG"), ("State Duma", "ORG"),
  ("Central Election Commission", "ORG"), ("Communist Party", "ORG"), ("Ella Pamfilova", "PER"), ("Kremlin", "LOC"),
  ("Alexei Navalny", "PER"), ("Smart Voting", "MISC"), ("Apple", "ORG"), ("Google", "ORG")]),
# wH042
("2019-03-31",
 "BRATISLAVA, March 31 (Reuters) - Liberal lawyer Zuzana Caputova won Slovakia's presidential runoff on Saturday, defeating European Commission vice president Maros Sefcovic, who was backed by the ruling Smer party. Caputova, a political newcomer, rose on public anger over the murder of investigative journalist Jan Kuciak and his fiancee last year.",
 [("BRATISLAVA", "LOC"), ("Reuters", "ORG"), ("Zuzana Caputova", "PER"), ("Slovakia", "LOC"),
  ("European Commission", "ORG"), ("Maros Sefcovic", "PER"), ("Smer", "ORG"), ("Caputova", "PER"),
  ("Jan Kuciak", "PER")]),
# wH043
("2024-02-12",
 "ABIDJAN, Feb 12 (Reuters) - Cocoa futures in New York topped $6,000 a tonne for the first time on Monday as poor harvests in Ivory Coast and Ghana deepened a global shortage. The Conseil du Cafe-Cacao (CCC) told exporters that arrivals at the ports of Abidjan and San Pedro were down a third, and the Ghana Cocoa Board (Cocobod) delayed deliveries to buyers including Barry Callebaut.",
 [("ABIDJAN", "LOC"), ("Reuters", "ORG"), ("New York", "LOC"), ("Ivory Coast", "LOC"), ("Ghana", "LOC"),
  ("Conseil du Cafe-Cacao", "ORG"), ("CCC", "ORG"), ("Abidjan", "LOC"), ("San Pedro", "LOC"),
  ("Ghana Cocoa Board", "ORG"), ("Cocobod", "ORG"), ("Barry Callebaut", "ORG")]),
# wH044
("2019-07-03",
 "LISBON, July 3 (Reuters) - Benfica agreed to sell 19-year-old forward Joao Felix to Atletico Madrid for 126 million euros, the Portuguese club told the CMVM market regulator on Wednesday. The fee makes Felix the most expensive Portuguese player ever, ahead of Cristiano Ronaldo, and the fourth-costliest in history.",
 [("LISBON", "LOC"), ("Reuters", "ORG"), ("Benfica", "ORG"), ("Joao Felix", "PER"), ("Atletico Madrid", "ORG"),
  ("Portuguese", "MISC"), ("CMVM", "ORG"), ("Felix", "PER"), ("Portuguese", "MISC"), ("Cristiano Ronaldo", "PER")]),
# wH045
("2020-11-25",
 "NAPLES, Italy, Nov 25 (Reuters) - Thousands of Napoli fans gathered outside the San Paolo stadium on Wednesday night to mourn Diego Maradona, who died of a heart attack at his home in Tigre, Argentina, aged 60. Naples mayor Luigi de Magistris proposed renaming the ground after him, and President Alberto Fernandez declared three days of national mourning.",
 [("NAPLES", "LOC"), ("Italy", "LOC"), ("Reuters", "ORG"), ("Napoli", "ORG"), ("San Paolo", "LOC"),
  ("Diego Maradona", "PER"), ("Tigre", "LOC"), ("Argentina", "LOC"), ("Naples", "LOC"), ("Luigi de Magistris", "PER"),
  ("Alberto Fernandez", "PER")]),
# wH046
("2023-07-23",
 "ATHENS, July 23 (Reuters) - Thousands of tourists were moved from hotels on the Greek island of Rhodes on Sunday as a wildfire spread towards the coastal resorts of Kiotari and Lindos. Tour operators TUI and Jet2 cancelled flights to the island, and Prime Minister Kyriakos Mitsotakis said Greece was \"at war\" with the fires.",
 [("ATHENS", "LOC"), ("Reuters", "ORG"), ("Greek", "MISC"), ("Rhodes", "LOC"), ("Kiotari", "LOC"), ("Lindos", "LOC"),
  ("TUI", "ORG"), ("Jet2", "ORG"), ("Kyriakos Mitsotakis", "PER"), ("Greece", "LOC")]),
# wH047
("2018-10-28",
 "RIO DE JANEIRO, Oct 28 (Reuters) - Far-right former army captain Jair Bolsonaro won Brazil's presidential runoff on Sunday with 55 percent of the vote, defeating Fernando Haddad of the leftist Workers' Party, the Superior Electoral Court said. Bolsonaro, of the small Social Liberal Party (PSL), has promised to loosen gun laws.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Jair Bolsonaro", "PER"), ("Brazil", "LOC"), ("Fernando Haddad", "PER"),
  ("Workers' Party", "ORG"), ("Superior Electoral Court", "ORG"), ("Bolsonaro", "PER"),
  ("Social Liberal Party", "ORG"), ("PSL", "ORG")]),
# wH048
("2024-11-01",
 "Botswana's Ruling Party Loses Power After 58 Years\nGABORONE, Nov 1 (Reuters) - The Botswana Democratic Party lost power for the first time since independence in 1966, as Duma Boko's Umbrella for Democratic Change won a majority in Wednesday's election, results showed on Friday. President Mokgweetsi Masisi conceded defeat. \"I am proud of our democracy,\" Masisi told reporters in Gaborone.",
 [("Botswana", "LOC"), ("GABORONE", "LOC"), ("Reuters", "ORG"), ("Botswana Democratic Party", "ORG"), ("Duma Boko", "PER"),
  ("Umbrella for Democratic Change", "ORG"), ("Mokgweetsi Masisi", "PER"), ("Masisi", "PER"), ("Gaborone", "LOC")]),
# wH049
("2016-02-21",
 "SUVA, Feb 21 (Reuters) - Cyclone Winston, the strongest storm on record in the southern hemisphere, tore through Fiji overnight, flattening villages on Koro island and cutting power across Viti Levu. Prime Minister Frank Bainimarama declared a 30-day state of natural disaster, the Fiji Broadcasting Corporation reported.",
 [("SUVA", "LOC"), ("Reuters", "ORG"), ("Cyclone Winston", "MISC"), ("Fiji", "LOC"), ("Koro", "LOC"),
  ("Viti Levu", "LOC"), ("Frank Bainimarama", "PER"), ("Fiji Broadcasting Corporation", "ORG")]),
# wH050
("2024-01-28",
 "MELBOURNE, Jan 28 (Reuters) - Jannik Sinner came from two sets down to beat Daniil Medvedev 3-6 3-6 6-4 6-4 6-3 in the Australian Open final at Rod Laver Arena on Sunday. The 22-year-old became the first Italian man to win a major title since Adriano Panatta at Roland Garros in 1976.",
 [("MELBOURNE", "LOC"), ("Reuters", "ORG"), ("Jannik Sinner", "PER"), ("Daniil Medvedev", "PER"),
  ("Australian Open", "MISC"), ("Rod Laver Arena", "LOC"), ("Italian", "MISC"), ("Adriano Panatta", "PER"),
  ("Roland Garros", "MISC")]),
# wH051
("2016-12-04",
 "TASHKENT, Dec 4 (Reuters) - Shavkat Mirziyoyev won Uzbekistan's presidential election with 88.6 percent of the vote, the Central Election Commission said on Monday, three months after the death of the country's only leader since independence. Observers from the OSCE said the vote lacked genuine competition. Mirziyoyev, a former governor of Samarkand region, has promised to ease currency controls.",
 [("TASHKENT", "LOC"), ("Reuters", "ORG"), ("Shavkat Mirziyoyev", "PER"), ("Uzbekistan", "LOC"),
  ("Central Election Commission", "ORG"), ("OSCE", "ORG"), ("Mirziyoyev", "PER"), ("Samarkand", "LOC")]),
# wH052
('2024-01-13',
 "TAIPEI, Jan 13 (Reuters) - Lai Ching-te of the ruling Democratic Progressive Party won Taiwan's presidential election on Saturday, defeating Hou Yu-ih of the Kuomintang and Ko Wen-je of the Taiwan People's Party. Beijing had called Lai a dangerous separatist, and the DPP lost its majority in the Legislative Yuan.",
 [('TAIPEI', 'LOC'), ('Reuters', 'ORG'), ('Lai Ching-te', 'PER'), ('Democratic Progressive Party', 'ORG'), ('Taiwan', 'LOC'), ('Hou Yu-ih', 'PER'), ('Kuomintang', 'ORG'), ('Ko Wen-je', 'PER'), ("Taiwan People's Party", 'ORG'), ('Beijing', 'LOC'), ('Lai', 'PER'), ('DPP', 'ORG'), ('Legislative Yuan', 'ORG')]),
# wH053
("2017-03-12",
 "GREATER NOIDA, March 12 (Reuters) - Leg-spinner Rashid Khan took four for 21 as Afghanistan beat Ireland by 34 runs to take a 2-1 lead in the one-day series on Sunday. Mohammad Nabi top-scored with 52, and Ireland captain William Porterfield said his batsmen had \"no answer to Rashid\".",
 [("GREATER NOIDA", "LOC"), ("Reuters", "ORG"), ("Rashid Khan", "PER"), ("Afghanistan", "LOC"), ("Ireland", "LOC"),
  ("Mohammad Nabi", "PER"), ("Ireland", "LOC"), ("William Porterfield", "PER"), ("Rashid", "PER")]),
# wH054
("2020-02-21",
 "BANGKOK, Feb 21 (Reuters) - Thailand's Constitutional Court dissolved the opposition Future Forward Party on Friday over a loan from its founder, billionaire Thanathorn Juangroongruangkit, and banned its executives from politics for 10 years. Hundreds of students rallied at Thammasat University against the ruling, which strengthens the coalition of Prime Minister Prayuth Chan-ocha.",
 [("BANGKOK", "LOC"), ("Reuters", "ORG"), ("Thailand", "LOC"), ("Constitutional Court", "ORG"),
  ("Future Forward Party", "ORG"), ("Thanathorn Juangroongruangkit", "PER"), ("Thammasat University", "ORG"),
  ("Prayuth Chan-ocha", "PER")]),
# wH055
('2019-05-27',
 "VILNIUS, May 27 (Reuters) - Economist Gitanas Nauseda won Lithuania's presidential runoff with 66 percent of the vote, beating former finance minister Ingrida Simonyte, the Central Electoral Commission said on Monday. Nauseda, a former chief economist at the Swedish bank SEB, will succeed Dalia Grybauskaite in July.",
 [('VILNIUS', 'LOC'), ('Reuters', 'ORG'), ('Gitanas Nauseda', 'PER'), ('Lithuania', 'LOC'), ('Ingrida Simonyte', 'PER'), ('Central Electoral Commission', 'ORG'), ('Nauseda', 'PER'), ('Swedish', 'MISC'), ('SEB', 'ORG'), ('Dalia Grybauskaite', 'PER')]),
# wH056
("2016-04-05",
 "REYKJAVIK, April 5 (Reuters) - Iceland's Prime Minister Sigmundur David Gunnlaugsson stepped aside on Tuesday after the Panama Papers leak showed his wife owned an offshore company, Wintris, set up through the law firm Mossack Fonseca. His Progressive Party named agriculture minister Sigurdur Ingi Johannsson to replace him, as protesters gathered outside the Althingi for a second day.",
 [("REYKJAVIK", "LOC"), ("Reuters", "ORG"), ("Iceland", "LOC"), ("Sigmundur David Gunnlaugsson", "PER"),
  ("Panama Papers", "MISC"), ("Wintris", "ORG"), ("Mossack Fonseca", "ORG"), ("Progressive Party", "ORG"),
  ("Sigurdur Ingi Johannsson", "PER"), ("Althingi", "ORG")]),
# wH057
("2025-01-09",
 "LOS ANGELES, Jan 9 (AP) — Firefighters struggled on Thursday to contain the Palisades and Eaton fires, which have burned more than 10,000 homes in Pacific Palisades and Altadena. Governor Gavin Newsom sent in the California National Guard, and Mayor Karen Bass, who returned from the inauguration of President John Mahama in Ghana, faced questions about dry hydrants.",
 [("LOS ANGELES", "LOC"), ("AP", "ORG"), ("Palisades", "LOC"), ("Eaton", "LOC"), ("Pacific Palisades", "LOC"),
  ("Altadena", "LOC"), ("Gavin Newsom", "PER"), ("California National Guard", "ORG"), ("Karen Bass", "PER"),
  ("John Mahama", "PER"), ("Ghana", "LOC")]),
# wH058
("2019-07-06",
 "RIO DE JANEIRO, July 6 (Reuters) - Joao Gilberto, the singer and guitarist whose whispered style on \"Chega de Saudade\" launched bossa nova, has died in Rio at 88, his son said on Saturday. Born in Juazeiro, Bahia, Gilberto worked with Antonio Carlos Jobim and recorded the 1964 album Getz/Gilberto with the American saxophonist Stan Getz.",
 [("RIO DE JANEIRO", "LOC"), ("Reuters", "ORG"), ("Joao Gilberto", "PER"), ("Chega de Saudade", "MISC"), ("Rio", "LOC"),
  ("Juazeiro", "LOC"), ("Bahia", "LOC"), ("Gilberto", "PER"), ("Antonio Carlos Jobim", "PER"),
  ("Getz/Gilberto", "MISC"), ("American", "MISC"), ("Stan Getz", "PER")]),
# wH059
('2024-04-15',
 "HANOI, April 15 (Reuters) - Vietnamese robusta prices hit a record on Monday as drought in the Central Highlands withered coffee trees in Dak Lak, the biggest growing province. Benchmark futures on ICE Futures Europe in London rose 4 percent, and the Vietnam Coffee and Cocoa Association (Vicofa) cut its harvest forecast by a fifth. \"Farmers have nothing left to sell,\" said Nguyen Van Thanh, a trader in Buon Ma Thuot.",
 [('HANOI', 'LOC'), ('Reuters', 'ORG'), ('Vietnamese', 'MISC'), ('Central Highlands', 'LOC'), ('Dak Lak', 'LOC'), ('ICE Futures Europe', 'ORG'), ('London', 'LOC'), ('Vietnam Coffee and Cocoa Association', 'ORG'), ('Vicofa', 'ORG'), ('Nguyen Van Thanh', 'PER'), ('Buon Ma Thuot', 'LOC')]),
# wH060
("2018-10-21",
 "NAIROBI, Oct 21 (Reuters) - Kenyan Premier League standings after Sunday's matches (played, won, drawn, lost, points):\nGor Mahia 30 21 6 3 69\nBandari 30 17 7 6 58\nSofapaka 30 15 8 7 53\nAFC Leopards 30 12 9 9 45\nKariobangi Sharks 30 12 8 10 44",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Kenyan Premier League", "MISC"), ("Gor Mahia", "ORG"), ("Bandari", "ORG"),
  ("Sofapaka", "ORG"), ("AFC Leopards", "ORG"), ("Kariobangi Sharks", "ORG")]),
# wH061
('2022-04-04',
 "SAN JOSE, April 4 (AP) — Former World Bank official Rodrigo Chaves won Costa Rica's presidential runoff on Sunday, beating former president Jose Maria Figueres of the National Liberation Party, the Supreme Electoral Tribunal said. Chaves, of the young Social Democratic Progress Party, promised to cut the cost of living.",
 [('SAN JOSE', 'LOC'), ('AP', 'ORG'), ('World Bank', 'ORG'), ('Rodrigo Chaves', 'PER'), ('Costa Rica', 'LOC'), ('Jose Maria Figueres', 'PER'), ('National Liberation Party', 'ORG'), ('Supreme Electoral Tribunal', 'ORG'), ('Chaves', 'PER'), ('Social Democratic Progress Party', 'ORG')]),
# wH062
('2022-04-04',
 "BUDAPEST, April 4 (Reuters) - Prime Minister Viktor Orban's Fidesz party won a fourth straight two-thirds majority in Sunday's election, results showed on Monday. Opposition leader Peter Marki-Zay, the conservative mayor of Hodmezovasarhely, conceded defeat, and the far-right Mi Hazank party entered the assembly. Orban said the win was visible \"from the moon, and certainly from Brussels\".",
 [('BUDAPEST', 'LOC'), ('Reuters', 'ORG'), ('Viktor Orban', 'PER'), ('Fidesz', 'ORG'), ('Peter Marki-Zay', 'PER'), ('Hodmezovasarhely', 'LOC'), ('Mi Hazank', 'ORG'), ('Orban', 'PER'), ('Brussels', 'LOC')]),
]

DOCS += [
# wH063
("2019-07-02",
 "BRUSSELS, July 2 (Reuters) - European Union leaders nominated German Defence Minister Ursula von der Leyen to head the European Commission on Tuesday, and picked Christine Lagarde of the IMF to lead the European Central Bank. Belgian Prime Minister Charles Michel will chair summits, and Spain's Josep Borrell becomes the bloc's foreign policy chief.",
 [("BRUSSELS", "LOC"), ("Reuters", "ORG"), ("European Union", "ORG"), ("German", "MISC"), ("Ursula von der Leyen", "PER"),
  ("European Commission", "ORG"), ("Christine Lagarde", "PER"), ("IMF", "ORG"), ("European Central Bank", "ORG"),
  ("Belgian", "MISC"), ("Charles Michel", "PER"), ("Spain", "LOC"), ("Josep Borrell", "PER")]),
# wH064
("2017-08-05",
 "LONDON, Aug 5 (Reuters) - Justin Gatlin of the United States won the world 100 metres title at the London Stadium on Saturday, spoiling Usain Bolt's farewell to individual racing. Christian Coleman took silver and the Jamaican had to settle for bronze, then bowed to the crowd. \"Bolt is the greatest,\" IAAF president Sebastian Coe said.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Justin Gatlin", "PER"), ("United States", "LOC"), ("London Stadium", "LOC"),
  ("Usain Bolt", "PER"), ("Christian Coleman", "PER"), ("Jamaican", "MISC"), ("Bolt", "PER"), ("IAAF", "ORG"),
  ("Sebastian Coe", "PER")]),
# wH065
("2023-06-12",
 "MILAN, June 12 (Reuters) - Silvio Berlusconi, the media tycoon who served four times as Italy's prime minister, died in a Milan hospital on Monday aged 86. The founder of Forza Italia and former owner of AC Milan built his fortune on the Mediaset television empire. Prime Minister Giorgia Meloni said Berlusconi had been \"a fighter\".",
 [("MILAN", "LOC"), ("Reuters", "ORG"), ("Silvio Berlusconi", "PER"), ("Italy", "LOC"), ("Milan", "LOC"),
  ("Forza Italia", "ORG"), ("AC Milan", "ORG"), ("Mediaset", "ORG"), ("Giorgia Meloni", "PER"), ("Berlusconi", "PER")]),
# wH066
("2016-08-31",
 "BRASILIA — Brazil's Senate voted 61-20 on Wednesday to remove President Dilma Rousseff from office for breaking budget laws, ending 13 years of Workers' Party rule. Vice President Michel Temer was sworn in hours later, while Rousseff, speaking at the Alvorada Palace, called the vote \"a parliamentary coup\".",
 [("BRASILIA", "LOC"), ("Brazil", "LOC"), ("Senate", "ORG"), ("Dilma Rousseff", "PER"),
  ("Workers' Party", "ORG"), ("Michel Temer", "PER"), ("Rousseff", "PER"), ("Alvorada Palace", "LOC")]),
# wH067
("2019-03-16",
 "CARDIFF, March 16 (Reuters) - Wales beat Ireland 25-7 at the Principality Stadium on Saturday to win the Six Nations with a Grand Slam. Centre Hadleigh Parkes scored a try in the first minute, and captain Alun Wyn Jones lifted the trophy in Warren Gatland's last championship as coach.",
 [("CARDIFF", "LOC"), ("Reuters", "ORG"), ("Wales", "LOC"), ("Ireland", "LOC"), ("Principality Stadium", "LOC"),
  ("Six Nations", "MISC"), ("Grand Slam", "MISC"), ("Hadleigh Parkes", "PER"), ("Alun Wyn Jones", "PER"),
  ("Warren Gatland", "PER")]),
# wH068
("2018-04-02",
 "ADDIS ABABA, April 2 (Reuters) - Abiy Ahmed, a former army intelligence officer, was sworn in as Ethiopia's prime minister on Monday, the first member of the Oromo community to hold the post. Abiy replaces Hailemariam Desalegn, who quit after years of protests, and leads the ruling Ethiopian People's Revolutionary Democratic Front (EPRDF).",
 [("ADDIS ABABA", "LOC"), ("Reuters", "ORG"), ("Abiy Ahmed", "PER"), ("Ethiopia", "LOC"), ("Oromo", "MISC"), ("Abiy", "PER"),
  ("Hailemariam Desalegn", "PER"), ("Ethiopian People's Revolutionary Democratic Front", "ORG"), ("EPRDF", "ORG")]),
# wH069
("2022-10-11",
 "PARIS, Oct 11 (AFP) - Prime Minister Elisabeth Borne ordered fuel workers back to ExxonMobil's French depots on Tuesday as strikes at refineries left a third of petrol stations short. The CGT union said walkouts would continue at TotalEnergies sites, including the Gonfreville refinery in Normandy, until the company raised wages.",
 [("PARIS", "LOC"), ("AFP", "ORG"), ("Elisabeth Borne", "PER"), ("ExxonMobil", "ORG"), ("French", "MISC"),
  ("CGT", "ORG"), ("TotalEnergies", "ORG"), ("Gonfreville", "LOC"), ("Normandy", "LOC")]),
# wH070
("2024-02-14",
 "ABU DHABI, Feb 14 (Reuters) - Prime Minister Narendra Modi opened the first stone Hindu temple in Abu Dhabi on Wednesday, built by the BAPS Swaminarayan Sanstha near Abu Mureikhah on land donated by President Sheikh Mohamed bin Zayed Al Nahyan. Tens of thousands of Indian expatriates had gathered at a stadium to hear Modi a day earlier.",
 [("ABU DHABI", "LOC"), ("Reuters", "ORG"), ("Narendra Modi", "PER"), ("Hindu", "MISC"), ("Abu Dhabi", "LOC"),
  ("BAPS Swaminarayan Sanstha", "ORG"), ("Abu Mureikhah", "LOC"), ("Mohamed bin Zayed Al Nahyan", "PER"),
  ("Indian", "MISC"), ("Modi", "PER")]),
# wH071
('2024-09-16',
 "WROCLAW, Poland, Sept 16 (Reuters) - Residents of Wroclaw piled sandbags along the Oder on Monday as a flood wave from Storm Boris moved downstream, after water swept through Nysa and Glucholazy over the weekend. Prime Minister Donald Tusk declared a state of natural disaster, while in Ostrava, in the Czech Republic, and in Lower Austria, rescuers evacuated thousands.",
 [('WROCLAW', 'LOC'), ('Poland', 'LOC'), ('Reuters', 'ORG'), ('Wroclaw', 'LOC'), ('Oder', 'LOC'), ('Storm Boris', 'MISC'), ('Nysa', 'LOC'), ('Glucholazy', 'LOC'), ('Donald Tusk', 'PER'), ('Ostrava', 'LOC'), ('Czech Republic', 'LOC'), ('Lower Austria', 'LOC')]),
# wH072
("2017-11-30",
 "VIENNA, Nov 30 (Reuters) - OPEC and non-OPEC producers led by Russia agreed on Thursday to extend oil output cuts until the end of 2018, and for the first time capped production by Libya and Nigeria. Saudi Energy Minister Khalid al-Falih said the deal would be reviewed in June, and Russian Energy Minister Alexander Novak called it \"a balanced decision\". Brent crude held above $63 a barrel.",
 [("VIENNA", "LOC"), ("Reuters", "ORG"), ("OPEC", "ORG"), ("OPEC", "ORG"), ("Russia", "LOC"), ("Libya", "LOC"),
  ("Nigeria", "LOC"), ("Saudi", "MISC"), ("Khalid al-Falih", "PER"), ("Russian", "MISC"), ("Alexander Novak", "PER"),
  ("Brent", "MISC")]),
# wH073
("2019-12-07",
 "DIRIYAH, Saudi Arabia, Dec 7 (Reuters) - Anthony Joshua regained the WBA, IBF, WBO and IBO heavyweight titles on Saturday, outpointing Andy Ruiz Jr over 12 rounds in a rematch billed as the Clash on the Dunes. The Mexican-American, who had stunned Joshua in New York in June, weighed in 15 pounds heavier than for their first bout.",
 [("DIRIYAH", "LOC"), ("Saudi Arabia", "LOC"), ("Reuters", "ORG"), ("Anthony Joshua", "PER"), ("WBA", "ORG"), ("IBF", "ORG"),
  ("WBO", "ORG"), ("IBO", "ORG"), ("Andy Ruiz Jr", "PER"), ("Clash on the Dunes", "MISC"), ("Mexican-American", "MISC"),
  ("Joshua", "PER"), ("New York", "LOC")]),
# wH074
("2016-03-15",
 "NAYPYITAW, March 15 (Reuters) - Myanmar's parliament elected Htin Kyaw, a close confidant of Aung San Suu Kyi, as the country's first civilian president in more than five decades on Tuesday. Lawmakers of Suu Kyi's National League for Democracy (NLD) cheered the vote, while Myint Swe, a former general nominated by the military, became first vice president and the ethnic Chin lawmaker Henry Van Thio second vice president.",
 [("NAYPYITAW", "LOC"), ("Reuters", "ORG"), ("Myanmar", "LOC"), ("Htin Kyaw", "PER"), ("Aung San Suu Kyi", "PER"),
  ("Suu Kyi", "PER"), ("National League for Democracy", "ORG"), ("NLD", "ORG"), ("Myint Swe", "PER"), ("Chin", "MISC"),
  ("Henry Van Thio", "PER")]),
# wH075
("2022-04-10",
 "ISLAMABAD, April 10 (Reuters) - Pakistan's National Assembly ousted Prime Minister Imran Khan in a no-confidence vote after midnight on Sunday, and opposition leader Shehbaz Sharif of the Pakistan Muslim League-Nawaz (PML-N) is expected to replace him. Lawmakers of Khan's Pakistan Tehreek-e-Insaf (PTI) walked out before the vote.",
 [("ISLAMABAD", "LOC"), ("Reuters", "ORG"), ("Pakistan", "LOC"), ("National Assembly", "ORG"), ("Imran Khan", "PER"),
  ("Shehbaz Sharif", "PER"), ("Pakistan Muslim League-Nawaz", "ORG"), ("PML-N", "ORG"), ("Khan", "PER"),
  ("Pakistan Tehreek-e-Insaf", "ORG"), ("PTI", "ORG")]),
# wH076
("2023-12-18",
 "TOKYO, Dec 18 (Reuters) - Nippon Steel agreed to buy U.S. Steel for $14.1 billion in cash on Monday, beating an offer from Cleveland-Cliffs and creating the world's second-biggest steelmaker. The United Steelworkers union said the Japanese company had ignored it, and its president David McCall called the deal \"greedy\". U.S. Steel will keep its headquarters in Pittsburgh.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Nippon Steel", "ORG"), ("U.S. Steel", "ORG"), ("Cleveland-Cliffs", "ORG"),
  ("United Steelworkers", "ORG"), ("Japanese", "MISC"), ("David McCall", "PER"), ("U.S. Steel", "ORG"), ("Pittsburgh", "LOC")]),
# wH077
("2016-05-04",
 "FORT MCMURRAY, Alberta, May 4 (Reuters) - A wildfire raging through Fort McMurray forced all 88,000 residents to flee on Wednesday, many driving south on Highway 63 towards Edmonton. Suncor Energy and Royal Dutch Shell cut output at nearby oil sands sites, and Alberta Premier Rachel Notley called it \"the biggest evacuation in the province's history\".",
 [("FORT MCMURRAY", "LOC"), ("Alberta", "LOC"), ("Reuters", "ORG"), ("Fort McMurray", "LOC"), ("Highway 63", "LOC"),
  ("Edmonton", "LOC"), ("Suncor Energy", "ORG"), ("Royal Dutch Shell", "ORG"), ("Alberta", "LOC"), ("Rachel Notley", "PER")]),
# wH078
("2018-08-18",
 "GENEVA, Aug 18 (Reuters) - Kofi Annan, the Ghanaian diplomat who served two terms as United Nations secretary-general, died in a hospital in Bern on Saturday after a short illness, the Kofi Annan Foundation said. He was 80. \"He was a guiding force for good,\" Secretary-General Antonio Guterres said. Annan was born in Kumasi in 1938.",
 [("GENEVA", "LOC"), ("Reuters", "ORG"), ("Kofi Annan", "PER"), ("Ghanaian", "MISC"), ("United Nations", "ORG"),
  ("Bern", "LOC"), ("Kofi Annan Foundation", "ORG"), ("Antonio Guterres", "PER"), ("Annan", "PER"), ("Kumasi", "LOC")]),
# wH079
('2020-09-10',
 "TAROUBA, Trinidad, Sept 10 (Reuters) - Trinbago Knight Riders won the Caribbean Premier League for a fourth time on Thursday, beating St Lucia Zouks by eight wickets to finish the season unbeaten. Lendl Simmons made 84 not out and Darren Bravo 58, and captain Kieron Pollard took four wickets.",
 [('TAROUBA', 'LOC'), ('Trinidad', 'LOC'), ('Reuters', 'ORG'), ('Trinbago Knight Riders', 'ORG'), ('Caribbean Premier League', 'MISC'), ('St Lucia Zouks', 'ORG'), ('Lendl Simmons', 'PER'), ('Darren Bravo', 'PER'), ('Kieron Pollard', 'PER')]),
# wH080
("2024-07-30",
 "KOCHI, July 30 (Reuters) - Landslides set off by torrential rain buried villages in the hills of Kerala's Wayanad district before dawn on Tuesday, sweeping away homes in Mundakkai and Chooralmala. Teams from the National Disaster Response Force dug through mud, the Indian Army began building a temporary bridge, and Chief Minister Pinarayi Vijayan said hundreds were still missing.",
 [("KOCHI", "LOC"), ("Reuters", "ORG"), ("Kerala", "LOC"), ("Wayanad", "LOC"), ("Mundakkai", "LOC"), ("Chooralmala", "LOC"),
  ("National Disaster Response Force", "ORG"), ("Indian Army", "ORG"), ("Pinarayi Vijayan", "PER")]),
# wH081
("2017-06-26",
 "WASHINGTON, June 26 (Reuters) - The U.S. Supreme Court on Monday let President Donald Trump's ban on travellers from six Muslim-majority countries partly take effect and agreed to hear the case in October. The ruling narrowed injunctions from courts in Hawaii and Maryland, and Justices Clarence Thomas, Samuel Alito and Neil Gorsuch said they would have let the whole ban stand.",
 [("WASHINGTON", "LOC"), ("Reuters", "ORG"), ("U.S. Supreme Court", "ORG"), ("Donald Trump", "PER"), ("Muslim", "MISC"),
  ("Hawaii", "LOC"), ("Maryland", "LOC"), ("Clarence Thomas", "PER"), ("Samuel Alito", "PER"), ("Neil Gorsuch", "PER")]),
# wH082
("2019-10-24",
 "SOCHI, Russia, Oct 24 (Reuters) - President Vladimir Putin hosted more than 40 African leaders at the first Russia-Africa summit on Thursday, promising to double trade with the continent within five years. Egyptian President Abdel Fattah al-Sisi, who co-chaired the meeting as head of the African Union, said Rosatom would help build a nuclear plant at El Dabaa.",
 [("SOCHI", "LOC"), ("Russia", "LOC"), ("Reuters", "ORG"), ("Vladimir Putin", "PER"), ("African", "MISC"), ("Russia", "LOC"),
  ("Africa", "LOC"), ("Egyptian", "MISC"), ("Abdel Fattah al-Sisi", "PER"), ("African Union", "ORG"), ("Rosatom", "ORG"),
  ("El Dabaa", "LOC")]),
# wH083
("2020-04-20",
 "NEW YORK, April 20 (Reuters) - U.S. crude futures fell below zero for the first time in history on Monday, as traders paid buyers to take oil they could not store. The May contract for West Texas Intermediate settled at minus $37.63 a barrel on the CME Group exchange, with tanks at Cushing, Oklahoma, nearly full. Brent, the global benchmark, fell less sharply.",
 [("NEW YORK", "LOC"), ("Reuters", "ORG"), ("U.S.", "LOC"), ("West Texas Intermediate", "MISC"), ("CME Group", "ORG"),
  ("Cushing", "LOC"), ("Oklahoma", "LOC"), ("Brent", "MISC")]),
# wH084
("2025-02-24",
 "GERMAN CONSERVATIVES WIN, AfD COMES SECOND\nBERLIN, Feb 24 (Reuters) - Friedrich Merz's conservative CDU/CSU bloc won Germany's election with 28.5 percent, and the far-right Alternative for Germany (AfD) came second with its best result, official figures showed on Monday. Chancellor Olaf Scholz's Social Democrats slumped to third, and AfD leader Alice Weidel said her party was \"ready to govern\".",
 [("GERMAN", "MISC"), ("AfD", "ORG"), ("BERLIN", "LOC"), ("Reuters", "ORG"), ("Friedrich Merz", "PER"), ("CDU", "ORG"), ("CSU", "ORG"), ("Germany", "LOC"),
  ("Alternative for Germany", "ORG"), ("AfD", "ORG"), ("Olaf Scholz", "PER"), ("Social Democrats", "ORG"), ("AfD", "ORG"),
  ("Alice Weidel", "PER")]),
# wH085
("2020-04-17",
 "DUSHANBE, April 17 (Reuters) - Rustam Emomali, the eldest son of President Emomali Rahmon, was elected chairman of the Majlisi Milli, Tajikistan's upper house, on Friday, putting him next in line to the presidency. The 32-year-old, who is also mayor of Dushanbe, was the only candidate.",
 [("DUSHANBE", "LOC"), ("Reuters", "ORG"), ("Rustam Emomali", "PER"), ("Emomali Rahmon", "PER"), ("Majlisi Milli", "ORG"),
  ("Tajikistan", "LOC"), ("Dushanbe", "LOC")]),
# wH086
("2016-05-02",
 "LONDON, May 2 (Reuters) - Leicester City, 5,000-1 outsiders at the start of the season, were crowned Premier League champions on Monday when Tottenham Hotspur drew 2-2 at Chelsea. Fans poured into the streets of Leicester to toast Italian manager Claudio Ranieri, striker Jamie Vardy and Algerian winger Riyad Mahrez.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Leicester City", "ORG"), ("Premier League", "MISC"), ("Tottenham Hotspur", "ORG"),
  ("Chelsea", "ORG"), ("Leicester", "LOC"), ("Italian", "MISC"), ("Claudio Ranieri", "PER"), ("Jamie Vardy", "PER"),
  ("Algerian", "MISC"), ("Riyad Mahrez", "PER")]),
# wH087
("2023-10-09",
 "DAKAR, Oct 9 (AFP) - Cheikh Tidiane Sow, the Senegalese wrestler known as \"Le Lion de Guediawaye\", died on Sunday at the age of 71, his family told AFP. Sow filled the stadium in Pikine in the 1980s, and President Macky Sall said he had \"carried the spirit of our national sport\". The Senegalese Wrestling Federation will hold a minute's silence at every bout this month.",
 [("DAKAR", "LOC"), ("AFP", "ORG"), ("Cheikh Tidiane Sow", "PER"), ("Senegalese", "MISC"), ("Le Lion de Guediawaye", "PER"),
  ("AFP", "ORG"), ("Sow", "PER"), ("Pikine", "LOC"), ("Macky Sall", "PER"), ("Senegalese Wrestling Federation", "ORG")]),
# wH088
("2021-12-09",
 "HONG KONG, Dec 9 (Reuters) - Fitch Ratings downgraded China Evergrande Group to \"restricted default\" on Thursday after the property developer missed payments on two dollar bonds, and cut rival Kaisa Group as well. The Guangdong government has sent a team into Evergrande's Shenzhen headquarters, and founder Hui Ka Yan has sold art and houses to raise cash.",
 [("HONG KONG", "LOC"), ("Reuters", "ORG"), ("Fitch Ratings", "ORG"), ("China Evergrande Group", "ORG"), ("Kaisa Group", "ORG"),
  ("Guangdong", "LOC"), ("Evergrande", "ORG"), ("Shenzhen", "LOC"), ("Hui Ka Yan", "PER")]),
# wH089
('2022-09-29',
 "FORT MYERS, Florida, Sept 29 (AP) — Hurricane Ian tore through southwest Florida overnight after making landfall on Cayo Costa, destroying the causeway to Sanibel Island and flooding much of Lee County, Governor Ron DeSantis said on Thursday. Deanne Criswell, head of the Federal Emergency Management Agency (FEMA), said the storm could be the deadliest in the state's history.",
 [('FORT MYERS', 'LOC'), ('Florida', 'LOC'), ('AP', 'ORG'), ('Hurricane Ian', 'MISC'), ('Florida', 'LOC'), ('Cayo Costa', 'LOC'), ('Sanibel Island', 'LOC'), ('Lee County', 'LOC'), ('Ron DeSantis', 'PER'), ('Deanne Criswell', 'PER'), ('Federal Emergency Management Agency', 'ORG'), ('FEMA', 'ORG')]),
# wH090
("2019-06-23",
 "NOUAKCHOTT, June 23 (AFP) - Former defence minister Mohamed Ould Ghazouani won Mauritania's presidential election in the first round with 52 percent, the CENI electoral commission said, in the country's first handover between elected leaders. Anti-slavery campaigner Biram Dah Abeid came second, and his supporters clashed with police in Nouakchott. Ghazouani is a close ally of outgoing President Mohamed Ould Abdel Aziz.",
 [("NOUAKCHOTT", "LOC"), ("AFP", "ORG"), ("Mohamed Ould Ghazouani", "PER"), ("Mauritania", "LOC"), ("CENI", "ORG"),
  ("Biram Dah Abeid", "PER"), ("Nouakchott", "LOC"), ("Ghazouani", "PER"), ("Mohamed Ould Abdel Aziz", "PER")]),
# wH091
("2022-07-04",
 "CANAZEI, Italy, July 4 (Reuters) - Rescuers using drones searched the Marmolada glacier in the Dolomites on Monday, a day after a huge block of ice broke away near Punta Rocca and swept down on groups of hikers. Prime Minister Mario Draghi flew to Trentino and blamed the collapse on a warming climate. Two of the missing hikers were Czech.",
 [("CANAZEI", "LOC"), ("Italy", "LOC"), ("Reuters", "ORG"), ("Marmolada", "LOC"), ("Dolomites", "LOC"), ("Punta Rocca", "LOC"),
  ("Mario Draghi", "PER"), ("Trentino", "LOC"), ("Czech", "MISC")]),
# wH092
("2024-05-26",
 "ROME, May 26 (Reuters) - Slovenian Tadej Pogacar won the Giro d'Italia on Sunday by nearly 10 minutes, the biggest winning margin in 59 years, after six stage wins for UAE Team Emirates. Colombian Daniel Martinez was second and Welshman Geraint Thomas third, and the final stage finished by the Colosseum.",
 [("ROME", "LOC"), ("Reuters", "ORG"), ("Slovenian", "MISC"), ("Tadej Pogacar", "PER"), ("Giro d'Italia", "MISC"),
  ("UAE Team Emirates", "ORG"), ("Colombian", "MISC"), ("Daniel Martinez", "PER"), ("Welshman", "MISC"),
  ("Geraint Thomas", "PER"), ("Colosseum", "LOC")]),
# wH093
("2018-06-17",
 "BOGOTA, June 17 (Reuters) - Ivan Duque, a protege of former President Alvaro Uribe, won Colombia's presidential runoff on Sunday with 54 percent, defeating Gustavo Petro, a former member of the M-19 guerrilla group. Duque, 41, of the right-wing Democratic Center party, has promised to change parts of the peace deal with the rebels.",
 [("BOGOTA", "LOC"), ("Reuters", "ORG"), ("Ivan Duque", "PER"), ("Alvaro Uribe", "PER"), ("Colombia", "LOC"),
  ("Gustavo Petro", "PER"), ("M-19", "ORG"), ("Duque", "PER"), ("Democratic Center", "ORG")]),
# wH094
("2021-05-24",
 "APIA, May 24 (Reuters) - Samoa's prime minister-elect Fiame Naomi Mata'afa was sworn in at a tent in the grounds of parliament on Monday after she was locked out of the building. Caretaker leader Tuilaepa Sailele Malielegaoi, whose Human Rights Protection Party has ruled since 1982, called the ceremony \"treason\", but Mata'afa's FAST party said the Supreme Court had upheld its majority.",
 [("APIA", "LOC"), ("Reuters", "ORG"), ("Samoa", "LOC"), ("Fiame Naomi Mata'afa", "PER"), ("Tuilaepa Sailele Malielegaoi", "PER"),
  ("Human Rights Protection Party", "ORG"), ("Mata'afa", "PER"), ("FAST", "ORG"), ("Supreme Court", "ORG")]),
# wH095
("2016-06-04",
 "LOUISVILLE, Kentucky, June 4 (Reuters) - Muhammad Ali, the three-time heavyweight champion who called himself \"the greatest\", died in a hospital in Scottsdale, Arizona, on Friday aged 74. Born Cassius Clay in Louisville, Ali beat George Foreman in the 1974 Rumble in the Jungle in Kinshasa, then the capital of Zaire.",
 [("LOUISVILLE", "LOC"), ("Kentucky", "LOC"), ("Reuters", "ORG"), ("Muhammad Ali", "PER"), ("Scottsdale", "LOC"),
  ("Arizona", "LOC"), ("Cassius Clay", "PER"), ("Louisville", "LOC"), ("Ali", "PER"), ("George Foreman", "PER"),
  ("Rumble in the Jungle", "MISC"), ("Kinshasa", "LOC"), ("Zaire", "LOC")]),
# wH096
("2023-09-15",
 "DETROIT, Sept 15 (AP) — The United Auto Workers union launched strikes at General Motors, Ford and Stellantis at the same time for the first time on Friday, walking out at plants in Wentzville, Missouri, Toledo, Ohio, and Wayne, Michigan. UAW president Shawn Fain said the companies had made \"record profits\" while wages lagged.",
 [("DETROIT", "LOC"), ("AP", "ORG"), ("United Auto Workers", "ORG"), ("General Motors", "ORG"), ("Ford", "ORG"),
  ("Stellantis", "ORG"), ("Wentzville", "LOC"), ("Missouri", "LOC"), ("Toledo", "LOC"), ("Ohio", "LOC"), ("Wayne", "LOC"),
  ("Michigan", "LOC"), ("UAW", "ORG"), ("Shawn Fain", "PER")]),
# wH097
('2024-07-15',
 "KATHMANDU — K.P. Sharma Oli was sworn in as Nepal's prime minister for a fourth time on Monday, after his CPN-UML party formed a coalition with the largest party in the assembly, led by Sher Bahadur Deuba. President Ram Chandra Paudel administered the oath at Sheetal Niwas, the presidential residence, three days after Oli's predecessor lost a confidence vote.",
 [('KATHMANDU', 'LOC'), ('K.P. Sharma Oli', 'PER'), ('Nepal', 'LOC'), ('CPN-UML', 'ORG'), ('Sher Bahadur Deuba', 'PER'), ('Ram Chandra Paudel', 'PER'), ('Sheetal Niwas', 'LOC'), ('Oli', 'PER')]),
# wH098
("2025-01-09",
 "BEIRUT, Jan 9 (Reuters) - Lebanon's parliament elected army commander Joseph Aoun as president on Thursday, ending a vacancy of more than two years since the term of Michel Aoun ended. Hezbollah and its ally Amal backed him in the second round, and Speaker Nabih Berri said Saudi Arabia and the United States had pushed for the deal.",
 [("BEIRUT", "LOC"), ("Reuters", "ORG"), ("Lebanon", "LOC"), ("Joseph Aoun", "PER"), ("Michel Aoun", "PER"),
  ("Hezbollah", "ORG"), ("Amal", "ORG"), ("Nabih Berri", "PER"), ("Saudi Arabia", "LOC"), ("United States", "LOC")]),
# wH099
("2018-06-12",
 "SINGAPORE, June 12 (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands at the Capella hotel on Sentosa island on Tuesday, the first meeting between leaders of the two countries. Kim committed to \"complete denuclearisation of the Korean Peninsula\", and Trump said he would invite him to Washington and would visit Pyongyang.",
 [("SINGAPORE", "LOC"), ("Reuters", "ORG"), ("U.S.", "LOC"), ("Donald Trump", "PER"), ("North Korean", "MISC"),
  ("Kim Jong Un", "PER"), ("Capella", "LOC"), ("Sentosa", "LOC"), ("Kim", "PER"), ("Korean Peninsula", "LOC"), ("Trump", "PER"),
  ("Washington", "LOC"), ("Pyongyang", "LOC")]),
# wH100
("2021-08-01",
 "TOKYO, Aug 1 (Reuters) - Lamont Marcell Jacobs of Italy won the Olympics 100 metres in a European record of 9.80 seconds on Sunday, ahead of Fred Kerley of the United States and Canada's Andre De Grasse. Minutes earlier at the Olympic Stadium, Italy's Gianmarco Tamberi and Mutaz Essa Barshim of Qatar agreed to share the high jump gold.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Lamont Marcell Jacobs", "PER"), ("Italy", "LOC"), ("Olympics", "MISC"),
  ("European", "MISC"), ("Fred Kerley", "PER"), ("United States", "LOC"), ("Canada", "LOC"), ("Andre De Grasse", "PER"),
  ("Olympic Stadium", "LOC"), ("Italy", "LOC"), ("Gianmarco Tamberi", "PER"), ("Mutaz Essa Barshim", "PER"), ("Qatar", "LOC")]),
]

DOCS += [
# wH101
("2019-08-06",
 "MAPUTO, Aug 6 (Reuters) - Mozambique's President Filipe Nyusi and RENAMO leader Ossufo Momade signed a peace accord on Tuesday in Maputo's Peace Square, formally ending hostilities between the former rebels and the ruling Frelimo party. Momade took over RENAMO after Afonso Dhlakama died in his base in the Gorongosa mountains last year.",
 [("MAPUTO", "LOC"), ("Reuters", "ORG"), ("Mozambique", "LOC"), ("Filipe Nyusi", "PER"), ("RENAMO", "ORG"),
  ("Ossufo Momade", "PER"), ("Maputo", "LOC"), ("Peace Square", "LOC"), ("Frelimo", "ORG"), ("Momade", "PER"),
  ("RENAMO", "ORG"), ("Afonso Dhlakama", "PER"), ("Gorongosa", "LOC")]),
# wH102
('2024-12-03',
 "WINDHOEK, Dec 3 (Reuters) - Netumbo Nandi-Ndaitwah of the ruling SWAPO party was declared winner of Namibia's presidential election on Tuesday with 57 percent, making her the country's first female president, the Electoral Commission of Namibia said. Panduleni Itula of the Independent Patriots for Change (IPC), who came second, said the vote was flawed and his party would not accept it. Nandi-Ndaitwah, 72, has been in SWAPO since her teens.",
 [('WINDHOEK', 'LOC'), ('Reuters', 'ORG'), ('Netumbo Nandi-Ndaitwah', 'PER'), ('SWAPO', 'ORG'), ('Namibia', 'LOC'), ('Electoral Commission of Namibia', 'ORG'), ('Panduleni Itula', 'PER'), ('Independent Patriots for Change', 'ORG'), ('IPC', 'ORG'), ('Nandi-Ndaitwah', 'PER'), ('SWAPO', 'ORG')]),
# wH103
("2024-02-05",
 "SAN SALVADOR, Feb 5 (Reuters) - Nayib Bukele claimed a landslide re-election on Monday, and his Nuevas Ideas party was on course to win almost every seat in the legislature. The Farabundo Marti National Liberation Front (FMLN) and the conservative ARENA, which governed El Salvador for three decades, were nearly wiped out, according to a preliminary count by the Supreme Electoral Tribunal (TSE). Bukele's crackdown on gangs is widely popular.",
 [("SAN SALVADOR", "LOC"), ("Reuters", "ORG"), ("Nayib Bukele", "PER"), ("Nuevas Ideas", "ORG"),
  ("Farabundo Marti National Liberation Front", "ORG"), ("FMLN", "ORG"), ("ARENA", "ORG"), ("El Salvador", "LOC"),
  ("Supreme Electoral Tribunal", "ORG"), ("TSE", "ORG"), ("Bukele", "PER")]),
# wH104
('2020-05-25',
 "GITEGA, Burundi, May 25 (AFP) - Evariste Ndayishimiye, the candidate of the ruling CNDD-FDD, won Burundi's presidential election with 68.7 percent, the CENI electoral commission said on Monday. Opposition leader Agathon Rwasa of the CNL, who took 24 percent, said the count was fraudulent. Ndayishimiye, a retired general, will succeed Pierre Nkurunziza, in power since 2005.",
 [('GITEGA', 'LOC'), ('Burundi', 'LOC'), ('AFP', 'ORG'), ('Evariste Ndayishimiye', 'PER'), ('CNDD-FDD', 'ORG'), ('Burundi', 'LOC'), ('CENI', 'ORG'), ('Agathon Rwasa', 'PER'), ('CNL', 'ORG'), ('Ndayishimiye', 'PER'), ('Pierre Nkurunziza', 'PER')]),
# wH105
("2023-04-18",
 "LUBUMBASHI, Democratic Republic of Congo, April 18 (Reuters) - China's CMOC and the state miner Gecamines settled a year-long royalty dispute over the Tenke Fungurume copper and cobalt mine, the companies said on Tuesday, allowing exports to resume. Gecamines chairman Guy Robert Lukama said CMOC would pay $800 million over six years. The mine lies in the former Katanga province.",
 [("LUBUMBASHI", "LOC"), ("Democratic Republic of Congo", "LOC"), ("Reuters", "ORG"), ("China", "LOC"), ("CMOC", "ORG"),
  ("Gecamines", "ORG"), ("Tenke Fungurume", "LOC"), ("Gecamines", "ORG"), ("Guy Robert Lukama", "PER"), ("CMOC", "ORG"), ("Katanga", "LOC")]),
# wH106
("2016-10-02",
 "MADRID, Oct 2 (Reuters) - Results of Spanish first division matches played on Sunday:\nCelta Vigo 4 Barcelona 3\nReal Sociedad 2 Las Palmas 1\nReal Betis 1 Eibar 1\nDeportivo Alaves 0 Villarreal 2\nPlayed on Saturday:\nAtletico Madrid 1 Valencia 0",
 [("MADRID", "LOC"), ("Reuters", "ORG"), ("Spanish", "MISC"), ("Celta Vigo", "ORG"), ("Barcelona", "ORG"),
  ("Real Sociedad", "ORG"), ("Las Palmas", "ORG"), ("Real Betis", "ORG"), ("Eibar", "ORG"), ("Deportivo Alaves", "ORG"),
  ("Villarreal", "ORG"), ("Atletico Madrid", "ORG"), ("Valencia", "ORG")]),
# wH107
("2023-09-17",
 "EUGENE, Oregon, Sept 17 (Reuters) - Ethiopia's Gudaf Tsegay smashed the women's 5,000 metres world record at the Prefontaine Classic on Sunday, and Sweden's Armand Duplantis cleared 6.23 metres to raise his own pole vault mark at Hayward Field. Kenyan Faith Kipyegon won the 1,500 metres as the Diamond League season ended.",
 [("EUGENE", "LOC"), ("Oregon", "LOC"), ("Reuters", "ORG"), ("Ethiopia", "LOC"), ("Gudaf Tsegay", "PER"),
  ("Prefontaine Classic", "MISC"), ("Sweden", "LOC"), ("Armand Duplantis", "PER"), ("Hayward Field", "LOC"),
  ("Kenyan", "MISC"), ("Faith Kipyegon", "PER"), ("Diamond League", "MISC")]),
# wH108
("2020-05-22",
 "CONAKRY, May 22 (AFP) - Mory Kante, the Guinean singer and kora player whose song \"Yeke Yeke\" became a hit across Europe in 1988, died in Conakry on Friday aged 70, his son told AFP. Kante began his career with the Rail Band in Bamako, where he played alongside Salif Keita.",
 [("CONAKRY", "LOC"), ("AFP", "ORG"), ("Mory Kante", "PER"), ("Guinean", "MISC"), ("Yeke Yeke", "MISC"), ("Europe", "LOC"),
  ("Conakry", "LOC"), ("AFP", "ORG"), ("Kante", "PER"), ("Rail Band", "ORG"), ("Bamako", "LOC"), ("Salif Keita", "PER")]),
# wH109
("2018-04-27",
 "PANMUNJOM, South Korea, April 27 (Reuters) - North Korean leader Kim Jong Un stepped over the concrete border line on Friday to shake hands with South Korean President Moon Jae-in, then led him briefly into the North. At the Peace House the two signed the Panmunjom Declaration, pledging to seek a formal end to the Korean War this year. \"A new history starts now,\" Kim wrote in the guest book.",
 [("PANMUNJOM", "LOC"), ("South Korea", "LOC"), ("Reuters", "ORG"), ("North Korean", "MISC"), ("Kim Jong Un", "PER"),
  ("South Korean", "MISC"), ("Moon Jae-in", "PER"), ("North", "LOC"), ("Peace House", "LOC"), ("Panmunjom Declaration", "MISC"),
  ("Korean War", "MISC"), ("Kim", "PER")]),
# wH110
("2025-03-14",
 "LONDON, March 14 (Reuters) - Spot gold rose above $3,000 an ounce for the first time on Friday, as fears over U.S. tariffs and steady buying by central banks, led by the People's Bank of China, drew investors. Futures on the Comex touched $3,017. \"Gold is doing what it does in times of trouble,\" said Joseph Cavatoni, a strategist at the World Gold Council.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("U.S.", "LOC"), ("People's Bank of China", "ORG"), ("Comex", "ORG"),
  ("Joseph Cavatoni", "PER"), ("World Gold Council", "ORG")]),
# wH111
("2016-07-10",
 "PHNOM PENH, July 10 (Reuters) - Kem Ley, a popular political commentator and critic of Prime Minister Hun Sen, was shot dead while drinking coffee at a Caltex petrol station in Phnom Penh on Sunday. The opposition Cambodia National Rescue Party (CNRP) called for an independent inquiry, and its leader Sam Rainsy, in exile in Paris, said Cambodia had lost \"a great son\".",
 [("PHNOM PENH", "LOC"), ("Reuters", "ORG"), ("Kem Ley", "PER"), ("Hun Sen", "PER"), ("Caltex", "ORG"), ("Phnom Penh", "LOC"),
  ("Cambodia National Rescue Party", "ORG"), ("CNRP", "ORG"), ("Sam Rainsy", "PER"), ("Paris", "LOC"), ("Cambodia", "LOC")]),
# wH112
("2022-05-21",
 "SYDNEY, May 21 (Reuters) - Anthony Albanese led the Labor Party to victory in Australia's election on Saturday, ending almost a decade of conservative rule, and Prime Minister Scott Morrison conceded defeat. The Greens and independent candidates also won seats, including Kooyong in Melbourne, where Treasurer Josh Frydenberg lost.",
 [("SYDNEY", "LOC"), ("Reuters", "ORG"), ("Anthony Albanese", "PER"), ("Labor Party", "ORG"), ("Australia", "LOC"),
  ("Scott Morrison", "PER"), ("Greens", "ORG"), ("Kooyong", "LOC"), ("Melbourne", "LOC"), ("Josh Frydenberg", "PER")]),
# wH113
("2022-06-22",
 "MUNICH, June 22 (Reuters) - Bayern Munich signed Senegal forward Sadio Mane from Liverpool on a three-year contract, the Bundesliga champions said on Wednesday. Sporting director Hasan Salihamidzic said Mane was \"a world star\", and chief executive Oliver Kahn said the fee was about 32 million euros. In his home village of Bambali, fans gathered to watch the news on television.",
 [("MUNICH", "LOC"), ("Reuters", "ORG"), ("Bayern Munich", "ORG"), ("Senegal", "LOC"), ("Sadio Mane", "PER"),
  ("Liverpool", "ORG"), ("Bundesliga", "MISC"), ("Hasan Salihamidzic", "PER"), ("Mane", "PER"), ("Oliver Kahn", "PER"),
  ("Bambali", "LOC")]),
# wH114
('2020-09-10',
 "NIAMEY, Sept 10 (AFP) - The Niger river rose to its highest level on record in Niamey this week, flooding the Kirkissoye district and forcing thousands of families onto higher ground, the humanitarian affairs ministry said. President Mahamadou Issoufou toured the banks by boat, and engineers said work on the Kandadji dam upstream would be speeded up.",
 [('NIAMEY', 'LOC'), ('AFP', 'ORG'), ('Niger', 'LOC'), ('Niamey', 'LOC'), ('Kirkissoye', 'LOC'), ('Mahamadou Issoufou', 'PER'), ('Kandadji', 'LOC')]),
# wH115
("2018-04-06",
 "SEOUL, April 6 (Reuters) - Former South Korean President Park Geun-hye was sentenced to 24 years in prison on Friday for bribery and abuse of power, in a verdict broadcast live from the Seoul Central District Court. Judges found that Park had colluded with her friend Choi Soon-sil to take money from companies including Samsung and Lotte.",
 [("SEOUL", "LOC"), ("Reuters", "ORG"), ("South Korean", "MISC"), ("Park Geun-hye", "PER"), ("Seoul Central District Court", "ORG"),
  ("Park", "PER"), ("Choi Soon-sil", "PER"), ("Samsung", "ORG"), ("Lotte", "ORG")]),
# wH116
("2021-01-15",
 "THE HAGUE, Jan 15 (Reuters) - Prime Minister Mark Rutte's government resigned on Friday over a scandal in which the Tax Administration wrongly accused thousands of families of fraud over childcare benefits. Labour Party leader Lodewijk Asscher, who was social affairs minister at the time, stepped down a day earlier. Rutte offered the resignation to King Willem-Alexander and will stay on until the March election.",
 [("THE HAGUE", "LOC"), ("Reuters", "ORG"), ("Mark Rutte", "PER"), ("Tax Administration", "ORG"), ("Labour Party", "ORG"),
  ("Lodewijk Asscher", "PER"), ("Rutte", "PER"), ("Willem-Alexander", "PER")]),
# wH117
("2023-08-15",
 "BOGOTA, Aug 15 (Reuters) - Colombian state oil company Ecopetrol reported a 38 percent drop in second-quarter profit on Tuesday, hurt by lower crude prices and a stronger peso. Chief executive Ricardo Roa said the company would keep its shale partnership with Occidental Petroleum in the Permian basin despite objections from President Gustavo Petro, and that the Cartagena refinery ran at record rates.",
 [("BOGOTA", "LOC"), ("Reuters", "ORG"), ("Colombian", "MISC"), ("Ecopetrol", "ORG"), ("Ricardo Roa", "PER"),
  ("Occidental Petroleum", "ORG"), ("Permian", "LOC"), ("Gustavo Petro", "PER"), ("Cartagena", "LOC")]),
# wH118
('2023-03-06',
 "TALLINN, March 6 (Reuters) - Prime Minister Kaja Kallas's Reform Party won Estonia's election with 31 percent, results showed on Monday, a vote seen as backing her firm support for Ukraine. The far-right Conservative People's Party (EKRE) of Martin Helme, which had courted Russian-speaking voters, came second. Kallas said she would seek a coalition within weeks.",
 [('TALLINN', 'LOC'), ('Reuters', 'ORG'), ('Kaja Kallas', 'PER'), ('Reform Party', 'ORG'), ('Estonia', 'LOC'), ('Ukraine', 'LOC'), ("Conservative People's Party", 'ORG'), ('EKRE', 'ORG'), ('Martin Helme', 'PER'), ('Russian', 'MISC'), ('Kallas', 'PER')]),
# wH119
("2024-10-27",
 "MEXICO CITY, Oct 27 (Reuters) - Carlos Sainz won the Mexico City Grand Prix for Ferrari on Sunday, leading from the first corner at the Autodromo Hermanos Rodriguez. McLaren's Lando Norris was second and Charles Leclerc third, while championship leader Max Verstappen of Red Bull finished sixth after two penalties.",
 [("MEXICO CITY", "LOC"), ("Reuters", "ORG"), ("Carlos Sainz", "PER"), ("Mexico City Grand Prix", "MISC"), ("Ferrari", "ORG"),
  ("Autodromo Hermanos Rodriguez", "LOC"), ("McLaren", "ORG"), ("Lando Norris", "PER"), ("Charles Leclerc", "PER"),
  ("Max Verstappen", "PER"), ("Red Bull", "ORG")]),
# wH120
("2016-10-13",
 "BANGKOK, Oct 13 (Reuters) - Thailand's King Bhumibol Adulyadej, the world's longest-reigning monarch, died in hospital on Thursday aged 88, the palace said. Prime Minister Prayuth Chan-ocha said Crown Prince Maha Vajiralongkorn had asked for time to mourn before taking the throne, and weeping Thais in black gathered outside the Grand Palace.",
 [("BANGKOK", "LOC"), ("Reuters", "ORG"), ("Thailand", "LOC"), ("Bhumibol Adulyadej", "PER"), ("Prayuth Chan-ocha", "PER"),
  ("Maha Vajiralongkorn", "PER"), ("Thais", "MISC"), ("Grand Palace", "LOC")]),
# wH121
("2019-06-28",
 "PARIS, June 28 (AFP) - France recorded its highest temperature on Friday, 45.9C in the village of Gallargues-le-Montueux in the Gard, Meteo-France said, as a heatwave gripped Europe. Schools in the south stayed shut, and in Spain firefighters battled a wildfire in Catalonia.",
 [("PARIS", "LOC"), ("AFP", "ORG"), ("France", "LOC"), ("Gallargues-le-Montueux", "LOC"), ("Gard", "LOC"),
  ("Meteo-France", "ORG"), ("Europe", "LOC"), ("Spain", "LOC"), ("Catalonia", "LOC")]),
# wH122
("2022-06-24",
 "WASHINGTON, June 24 (AP) — The U.S. Supreme Court overturned Roe v. Wade on Friday, ending the constitutional right to abortion recognised nearly 50 years ago and upholding a Mississippi law that bans the procedure after 15 weeks. Justice Samuel Alito wrote for the 6-3 majority, and President Joe Biden called it \"a sad day\". Planned Parenthood said clinics in several states had already stopped appointments.",
 [("WASHINGTON", "LOC"), ("AP", "ORG"), ("U.S. Supreme Court", "ORG"), ("Roe v. Wade", "MISC"), ("Mississippi", "LOC"),
  ("Samuel Alito", "PER"), ("Joe Biden", "PER"), ("Planned Parenthood", "ORG")]),
# wH123
("2020-07-06",
 "SANTO DOMINGO, July 6 (Reuters) - Businessman Luis Abinader of the Modern Revolutionary Party (PRM) won the Dominican Republic's presidential election in the first round, ending 16 years of rule by the Dominican Liberation Party (PLD). The PLD's Gonzalo Castillo conceded, and former President Leonel Fernandez, who split from the party last year, came third. Abinader will take office in August.",
 [("SANTO DOMINGO", "LOC"), ("Reuters", "ORG"), ("Luis Abinader", "PER"), ("Modern Revolutionary Party", "ORG"), ("PRM", "ORG"),
  ("Dominican Republic", "LOC"), ("Dominican Liberation Party", "ORG"), ("PLD", "ORG"), ("PLD", "ORG"),
  ("Gonzalo Castillo", "PER"), ("Leonel Fernandez", "PER"), ("Abinader", "PER")]),
# wH124
("2025-04-13",
 "LIBREVILLE, April 13 (AFP) - Gabon's military leader Brice Clotaire Oligui Nguema won Saturday's presidential election with 90.35 percent of the vote, the interior ministry said, 19 months after he led the coup that ended the Bongo family's 56-year rule. His main rival, former prime minister Alain Claude Bilie-By-Nze, conceded. Ali Bongo Ondimba, the deposed president, is under house arrest.",
 [("LIBREVILLE", "LOC"), ("AFP", "ORG"), ("Gabon", "LOC"), ("Brice Clotaire Oligui Nguema", "PER"), ("Bongo", "PER"),
  ("Alain Claude Bilie-By-Nze", "PER"), ("Ali Bongo Ondimba", "PER")]),
# wH125
("2017-06-16",
 "Amazon to Buy Whole Foods in $13.7 Billion Grocery Deal\nSEATTLE, June 16 (Reuters) - Amazon.com Inc agreed on Friday to buy Whole Foods Market Inc for $42 a share in cash, pushing the online retailer into hundreds of stores. Whole Foods chief executive John Mackey will stay in Austin, Texas, and shares of Walmart and Kroger fell sharply. Jeff Bezos called the grocer's customers \"the best in the business\".",
 [("Amazon", "ORG"), ("Whole Foods", "ORG"), ("SEATTLE", "LOC"), ("Reuters", "ORG"), ("Amazon.com Inc", "ORG"),
  ("Whole Foods Market Inc", "ORG"), ("Whole Foods", "ORG"), ("John Mackey", "PER"), ("Austin", "LOC"), ("Texas", "LOC"),
  ("Walmart", "ORG"), ("Kroger", "ORG"), ("Jeff Bezos", "PER")]),
# wH126
("2021-06-13",
 "CARBIS BAY, England, June 13 (Reuters) - Group of Seven leaders meeting in Cornwall agreed on Sunday to launch Build Back Better World, an infrastructure plan meant to rival China's Belt and Road. British Prime Minister Boris Johnson, the host, said the leaders would also donate a billion vaccine doses, and U.S. President Joe Biden and France's Emmanuel Macron praised the talks.",
 [("CARBIS BAY", "LOC"), ("England", "LOC"), ("Reuters", "ORG"), ("Group of Seven", "ORG"), ("Cornwall", "LOC"),
  ("Build Back Better World", "MISC"), ("China", "LOC"), ("Belt and Road", "MISC"), ("British", "MISC"),
  ("Boris Johnson", "PER"), ("U.S.", "LOC"), ("Joe Biden", "PER"), ("France", "LOC"), ("Emmanuel Macron", "PER")]),
# wH127
("2016-02-20",
 "KAMPALA, Feb 20 (Reuters) - Yoweri Museveni, who has ruled Uganda since 1986, won a fifth term with 60.8 percent of the vote, the Electoral Commission said on Saturday. His main challenger Kizza Besigye of the Forum for Democratic Change (FDC), who took 35 percent, was under house arrest in Kasangati, and former prime minister Amama Mbabazi came a distant third.",
 [("KAMPALA", "LOC"), ("Reuters", "ORG"), ("Yoweri Museveni", "PER"), ("Uganda", "LOC"), ("Electoral Commission", "ORG"),
  ("Kizza Besigye", "PER"), ("Forum for Democratic Change", "ORG"), ("FDC", "ORG"), ("Kasangati", "LOC"), ("Amama Mbabazi", "PER")]),
# wH128
('2023-10-08',
 "HANGZHOU, China, Oct 8 (Reuters) - China finished top of the Asian Games medal table with 201 golds as the event closed on Sunday at the Hangzhou Olympic Sports Centre, ahead of Japan and South Korea. Raja Randhir Singh, acting head of the Olympic Council of Asia, handed the flag to officials from Aichi and Nagoya, the next hosts.",
 [('HANGZHOU', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('China', 'LOC'), ('Asian Games', 'MISC'), ('Hangzhou Olympic Sports Centre', 'LOC'), ('Japan', 'LOC'), ('South Korea', 'LOC'), ('Raja Randhir Singh', 'PER'), ('Olympic Council of Asia', 'ORG'), ('Aichi', 'LOC'), ('Nagoya', 'LOC')]),
# wH129
("2020-10-30",
 "IZMIR, Turkey, Oct 30 (AFP) - A magnitude 7.0 earthquake in the Aegean Sea toppled apartment blocks in Izmir's Bayrakli district on Friday and sent a small tsunami into the streets of the Greek island of Samos. Interior Minister Suleyman Soylu said the AFAD disaster agency had sent 1,000 rescuers, and Greek Prime Minister Kyriakos Mitsotakis phoned President Tayyip Erdogan to offer help.",
 [("IZMIR", "LOC"), ("Turkey", "LOC"), ("AFP", "ORG"), ("Aegean Sea", "LOC"), ("Izmir", "LOC"), ("Bayrakli", "LOC"),
  ("Greek", "MISC"), ("Samos", "LOC"), ("Suleyman Soylu", "PER"), ("AFAD", "ORG"), ("Greek", "MISC"),
  ("Kyriakos Mitsotakis", "PER"), ("Tayyip Erdogan", "PER")]),
# wH130
("2018-08-10",
 "ISTANBUL, Aug 10 (Reuters) - The Turkish lira plunged 18 percent on Friday after U.S. President Donald Trump doubled tariffs on Turkish steel and aluminium, deepening a row over the detention of American pastor Andrew Brunson. Finance Minister Berat Albayrak promised a new economic model, and banking shares on Borsa Istanbul fell sharply.",
 [("ISTANBUL", "LOC"), ("Reuters", "ORG"), ("Turkish", "MISC"), ("U.S.", "LOC"), ("Donald Trump", "PER"), ("Turkish", "MISC"),
  ("American", "MISC"), ("Andrew Brunson", "PER"), ("Berat Albayrak", "PER"), ("Borsa Istanbul", "ORG")]),
# wH131
("2019-09-24",
 "LONDON, Sept 24 (Reuters) - Britain's Supreme Court ruled on Tuesday that Prime Minister Boris Johnson's suspension of parliament was unlawful, and Speaker John Bercow said the House of Commons would sit again on Wednesday. Court president Brenda Hale read the unanimous judgment, and campaigner Gina Miller, who brought the case, urged Johnson to return from New York.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Britain", "LOC"), ("Supreme Court", "ORG"), ("Boris Johnson", "PER"),
  ("John Bercow", "PER"), ("House of Commons", "ORG"), ("Brenda Hale", "PER"), ("Gina Miller", "PER"), ("Johnson", "PER"),
  ("New York", "LOC")]),
# wH132
("2024-08-18",
 "PARIS, Aug 18 (AFP) - Alain Delon, the French actor who starred in \"Le Samourai\" and Luchino Visconti's \"Rocco and His Brothers\", died at his home in Douchy on Sunday aged 88, his children said. President Emmanuel Macron called him \"a French monument\". Delon received an honorary Palme d'Or at Cannes in 2019.",
 [("PARIS", "LOC"), ("AFP", "ORG"), ("Alain Delon", "PER"), ("French", "MISC"), ("Le Samourai", "MISC"),
  ("Luchino Visconti", "PER"), ("Rocco and His Brothers", "MISC"), ("Douchy", "LOC"), ("Emmanuel Macron", "PER"),
  ("French", "MISC"), ("Delon", "PER"), ("Palme d'Or", "MISC"), ("Cannes", "LOC")]),
# wH133
('2023-08-21',
 "JOHANNESBURG, Aug 21 (Reuters) - Sasol's annual profit fell 57 percent after power cuts by state utility Eskom and a fire at its Secunda coal-to-liquids plant, the company said on Monday. Chief executive Fleetwood Grobler said the chemicals unit at Lake Charles, Louisiana, had also suffered from weak U.S. demand.",
 [('JOHANNESBURG', 'LOC'), ('Reuters', 'ORG'), ('Sasol', 'ORG'), ('Eskom', 'ORG'), ('Secunda', 'LOC'), ('Fleetwood Grobler', 'PER'), ('Lake Charles', 'LOC'), ('Louisiana', 'LOC'), ('U.S.', 'LOC')]),
# wH134
("2023-06-20",
 "BIRMINGHAM, England, June 20 (Reuters) - Australia beat England by two wickets in a thrilling first Ashes match at Edgbaston on Tuesday, captain Pat Cummins hitting the winning runs in an unbeaten 44. Usman Khawaja made 65 after his first-innings 141, while England's Ben Stokes defended his decision to declare on the opening day.",
 [("BIRMINGHAM", "LOC"), ("England", "LOC"), ("Reuters", "ORG"), ("Australia", "LOC"), ("England", "LOC"), ("Ashes", "MISC"),
  ("Edgbaston", "LOC"), ("Pat Cummins", "PER"), ("Usman Khawaja", "PER"), ("England", "LOC"), ("Ben Stokes", "PER")]),
# wH135
("2020-11-15",
 "Peru's interim President Manuel Merino resigned on Sunday after less than a week in office, following protests in which two students died. Merino had taken over when lawmakers removed Martin Vizcarra over bribery claims he denies. The legislature was expected to choose centrist Francisco Sagasti of the Purple Party as the new head of state, the third in a week.",
 [("Peru", "LOC"), ("Manuel Merino", "PER"), ("Merino", "PER"), ("Martin Vizcarra", "PER"), ("Francisco Sagasti", "PER"),
  ("Purple Party", "ORG")]),
# wH136
('2020-11-11',
 "MANAMA, Nov 11 (Reuters) - Bahrain's King Hamad bin Isa Al Khalifa named Crown Prince Salman bin Hamad Al Khalifa as prime minister on Wednesday, after the death of Sheikh Khalifa bin Salman Al Khalifa, the world's longest-serving prime minister. Khalifa, in office since 1971, was seen as a hardliner during the 2011 protests led by the Shi'ite majority against the Sunni royal family.",
 [('MANAMA', 'LOC'), ('Reuters', 'ORG'), ('Bahrain', 'LOC'), ('Hamad bin Isa Al Khalifa', 'PER'), ('Salman bin Hamad Al Khalifa', 'PER'), ('Khalifa bin Salman Al Khalifa', 'PER'), ('Khalifa', 'PER'), ("Shi'ite", 'MISC'), ('Sunni', 'MISC')]),
# wH137
("2022-09-02",
 "FRANKFURT, Sept 2 (Reuters) - Lufthansa cancelled almost all passenger flights from Frankfurt and Munich on Friday as pilots of the Vereinigung Cockpit union went on strike for higher pay, stranding about 130,000 travellers. The budget unit Eurowings was not affected. \"This is a strike on the backs of our customers,\" Lufthansa personnel chief Michael Niggemann said.",
 [("FRANKFURT", "LOC"), ("Reuters", "ORG"), ("Lufthansa", "ORG"), ("Frankfurt", "LOC"), ("Munich", "LOC"),
  ("Vereinigung Cockpit", "ORG"), ("Eurowings", "ORG"), ("Lufthansa", "ORG"), ("Michael Niggemann", "PER")]),
# wH138
("2024-09-11",
 "MEXICO CITY, Sept 11 (Reuters) - Mexico's Senate approved a sweeping judicial overhaul early on Wednesday that will make all judges stand for election, after protesters stormed the chamber and forced a move to another building. President Andres Manuel Lopez Obrador's Morena party and its allies secured the two-thirds majority by one vote. Supreme Court president Norma Pina warned that the change would weaken checks on power, and the peso fell.",
 [("MEXICO CITY", "LOC"), ("Reuters", "ORG"), ("Mexico", "LOC"), ("Senate", "ORG"), ("Andres Manuel Lopez Obrador", "PER"),
  ("Morena", "ORG"), ("Supreme Court", "ORG"), ("Norma Pina", "PER")]),
# wH139
("2019-04-30",
 "TOKYO, April 30 (Reuters) - Emperor Akihito abdicated on Tuesday in a short ceremony at the Imperial Palace, the first Japanese monarch to step down in two centuries. His son Naruhito takes the throne at midnight, opening the Reiwa era and closing the Heisei era that began in 1989. Empress Michiko stood beside Akihito as he thanked the people.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Akihito", "PER"), ("Imperial Palace", "LOC"), ("Japanese", "MISC"), ("Naruhito", "PER"),
  ("Reiwa", "MISC"), ("Heisei", "MISC"), ("Michiko", "PER"), ("Akihito", "PER")]),
# wH140
('2019-04-26',
 "EL GOUNA, Egypt, April 26 (Reuters) - World number one Ali Farag beat Mohamed ElShorbagy in four games to win the El Gouna International on Friday, the second all-Egyptian final at the resort in three years. Nour El Sherbini took the women's title against Hania El Hammamy, and the Professional Squash Association (PSA) said crowds were the biggest of its season.",
 [('EL GOUNA', 'LOC'), ('Egypt', 'LOC'), ('Reuters', 'ORG'), ('Ali Farag', 'PER'), ('Mohamed ElShorbagy', 'PER'), ('El Gouna International', 'MISC'), ('Egyptian', 'MISC'), ('Nour El Sherbini', 'PER'), ('Hania El Hammamy', 'PER'), ('Professional Squash Association', 'ORG'), ('PSA', 'ORG')]),
]

DOCS += [
# wH141
("2018-03-08",
 "ORURO, Bolivia, March 8 (Reuters) - Quinoa growers around Salinas de Garci Mendoza, near the Uyuni salt flat, say prices have halved since 2014 as Peru floods the market. \"We sell at a loss,\" said Felipa Choque Mamani, a member of the ANAPQUI cooperative, which asked the Ministry of Rural Development and Land for cheap credit.",
 [("ORURO", "LOC"), ("Bolivia", "LOC"), ("Reuters", "ORG"), ("Salinas de Garci Mendoza", "LOC"), ("Uyuni", "LOC"),
  ("Peru", "LOC"), ("Felipa Choque Mamani", "PER"), ("ANAPQUI", "ORG"), ("Ministry of Rural Development and Land", "ORG")]),
# wH142
("2021-02-15",
 "KRAKOW, Poland, Feb 15 (Reuters) - Zofia Dembinska-Wrobel, the Polish climber who made the first winter ascent of a Karakoram seven-thousander by a woman, has died in Zakopane at 84, the Polish Mountaineering Association said on Monday. Dembinska-Wrobel climbed with Jerzy Kukuczka in the 1980s and led an expedition to Nanga Parbat in 1989.",
 [("KRAKOW", "LOC"), ("Poland", "LOC"), ("Reuters", "ORG"), ("Zofia Dembinska-Wrobel", "PER"), ("Polish", "MISC"),
  ("Karakoram", "LOC"), ("Zakopane", "LOC"), ("Polish Mountaineering Association", "ORG"), ("Dembinska-Wrobel", "PER"),
  ("Jerzy Kukuczka", "PER"), ("Nanga Parbat", "LOC")]),
# wH143
("2019-05-18",
 "AUSTRIAN COALITION COLLAPSES OVER IBIZA VIDEO\nVIENNA, May 18 (Reuters) - Austrian Chancellor Sebastian Kurz called a snap election on Saturday after Vice Chancellor Heinz-Christian Strache of the far-right Freedom Party (FPO) resigned over a video, secretly filmed on Ibiza, in which he offered state contracts to a woman posing as a Russian investor. The video was published by Der Spiegel and Sueddeutsche Zeitung. President Alexander Van der Bellen urged calm.",
 [("AUSTRIAN", "MISC"), ("IBIZA", "LOC"), ("VIENNA", "LOC"), ("Reuters", "ORG"), ("Austrian", "MISC"), ("Sebastian Kurz", "PER"),
  ("Heinz-Christian Strache", "PER"), ("Freedom Party", "ORG"), ("FPO", "ORG"), ("Ibiza", "LOC"), ("Russian", "MISC"),
  ("Der Spiegel", "ORG"), ("Sueddeutsche Zeitung", "ORG"), ("Alexander Van der Bellen", "PER")]),
# wH144
("2024-10-28",
 "MANAUS, Brazil, Oct 28 (Reuters) - David Almeida of the Avante party was re-elected mayor of Manaus on Sunday, beating Alberto Neto of the Liberal Party, who had the backing of former President Jair Bolsonaro, the TSE electoral court said. Almeida won 54 percent in the capital of Amazonas state, where drought has cut river traffic.",
 [("MANAUS", "LOC"), ("Brazil", "LOC"), ("Reuters", "ORG"), ("David Almeida", "PER"), ("Avante", "ORG"), ("Manaus", "LOC"),
  ("Alberto Neto", "PER"), ("Liberal Party", "ORG"), ("Jair Bolsonaro", "PER"), ("TSE", "ORG"), ("Almeida", "PER"),
  ("Amazonas", "LOC")]),
# wH145
("2017-04-08",
 "CHRISTCHURCH, April 8 (Reuters) - Results of Super Rugby matches played on Saturday:\nCrusaders 50 Sunwolves 3\nBrumbies 20 Blues 27\nJaguares 29 Stormers 38\nLions 44 Chiefs 41",
 [("CHRISTCHURCH", "LOC"), ("Reuters", "ORG"), ("Super Rugby", "MISC"), ("Crusaders", "ORG"), ("Sunwolves", "ORG"),
  ("Brumbies", "ORG"), ("Blues", "ORG"), ("Jaguares", "ORG"), ("Stormers", "ORG"), ("Lions", "ORG"), ("Chiefs", "ORG")]),
# wH146
("2022-05-19",
 "ANTALAHA, Madagascar, May 19 (Reuters) - Vanilla farmers in Madagascar's Sava region say the government's minimum export price of $250 a kilogram has left them with unsold pods, as buyers such as McCormick and Symrise turn to cheaper stocks. \"The warehouses are full,\" said exporter Hery Rakotomalala. President Andry Rajoelina has said the floor price protects growers.",
 [("ANTALAHA", "LOC"), ("Madagascar", "LOC"), ("Reuters", "ORG"), ("Madagascar", "LOC"), ("Sava", "LOC"), ("McCormick", "ORG"),
  ("Symrise", "ORG"), ("Hery Rakotomalala", "PER"), ("Andry Rajoelina", "PER")]),
# wH147
("2016-03-21",
 "HAVANA, March 21 (AP) — U.S. President Barack Obama and Cuban President Raul Castro held talks at the Palace of the Revolution on Monday, the first such meeting in Havana since the 1959 revolution. Castro asked Obama to lift the trade embargo and return the Guantanamo naval base. The Rolling Stones play a free concert in the city on Friday.",
 [("HAVANA", "LOC"), ("AP", "ORG"), ("U.S.", "LOC"), ("Barack Obama", "PER"), ("Cuban", "MISC"), ("Raul Castro", "PER"),
  ("Palace of the Revolution", "LOC"), ("Havana", "LOC"), ("Castro", "PER"), ("Obama", "PER"), ("Guantanamo", "LOC"),
  ("Rolling Stones", "ORG")]),
# wH148
("2023-06-09",
 "LEGAZPI, Philippines, June 9 (Reuters) - The Philippine Institute of Volcanology and Seismology (Phivolcs) raised the alert level for Mayon volcano in Albay province to three on Thursday after rockfalls from the crater, and residents of Daraga and nearby towns were told to leave. Phivolcs chief Teresito Bacolcol said a hazardous eruption was possible within weeks.",
 [("LEGAZPI", "LOC"), ("Philippines", "LOC"), ("Reuters", "ORG"), ("Philippine Institute of Volcanology and Seismology", "ORG"),
  ("Phivolcs", "ORG"), ("Mayon", "LOC"), ("Albay", "LOC"), ("Daraga", "LOC"), ("Phivolcs", "ORG"), ("Teresito Bacolcol", "PER")]),
# wH149
("2022-02-21",
 "KOLKATA, Feb 21 (Reuters) - Indian Super League standings after Sunday's matches (played, points):\nHyderabad 17 32\nJamshedpur 16 31\nATK Mohun Bagan 16 30\nKerala Blasters 16 27\nMumbai City 16 25\nFC Goa 17 19",
 [("KOLKATA", "LOC"), ("Reuters", "ORG"), ("Indian Super League", "MISC"), ("Hyderabad", "ORG"), ("Jamshedpur", "ORG"),
  ("ATK Mohun Bagan", "ORG"), ("Kerala Blasters", "ORG"), ("Mumbai City", "ORG"), ("FC Goa", "ORG")]),
# wH150
("2018-10-11",
 "MUMBAI, Oct 11 (Reuters) - The rupee fell to a record low of 74.48 per dollar on Thursday and the Sensex index slid 2.3 percent, tracking a sell-off on Wall Street. Traders said the RBI, led by Governor Urjit Patel, had sold dollars through state-run banks to slow the fall. The broader Nifty closed below 10,250.",
 [("MUMBAI", "LOC"), ("Reuters", "ORG"), ("Sensex", "MISC"), ("Wall Street", "LOC"), ("RBI", "ORG"), ("Urjit Patel", "PER"),
  ("Nifty", "MISC")]),
# wH151
("2021-03-19",
 "Tanzania swears in its first female president\nDODOMA, Tanzania, March 19 (Reuters) - Samia Suluhu Hassan was sworn in as Tanzania's first female president on Friday, two days after the death of John Magufuli, who had played down the pandemic. The former vice president from Zanzibar wore a red hijab as she took the oath at State House in Dar es Salaam. Magufuli's ruling Chama Cha Mapinduzi (CCM) declared 21 days of mourning.",
 [("Tanzania", "LOC"), ("DODOMA", "LOC"), ("Tanzania", "LOC"), ("Reuters", "ORG"), ("Samia Suluhu Hassan", "PER"), ("Tanzania", "LOC"),
  ("John Magufuli", "PER"), ("Zanzibar", "LOC"), ("State House", "LOC"), ("Dar es Salaam", "LOC"), ("Magufuli", "PER"),
  ("Chama Cha Mapinduzi", "ORG"), ("CCM", "ORG")]),
# wH152
("2022-02-08",
 "COLOMBO, Feb 8 (Reuters) - Prices at the weekly Colombo tea auction rose to a record on Tuesday as a ban on chemical fertiliser cut output, the Colombo Tea Traders' Association said. Buyers from Iraq, Turkey and Russia paid more for low-grown teas, and the Sri Lanka Tea Board warned that the year's crop could fall by a fifth, broker Anil Cooke told Reuters.",
 [("COLOMBO", "LOC"), ("Reuters", "ORG"), ("Colombo", "LOC"), ("Colombo Tea Traders' Association", "ORG"), ("Iraq", "LOC"),
  ("Turkey", "LOC"), ("Russia", "LOC"), ("Sri Lanka Tea Board", "ORG"), ("Anil Cooke", "PER"), ("Reuters", "ORG")]),
# wH153
("2016-12-05",
 "ROME, Dec 5 (Reuters) - Prime Minister Matteo Renzi said he would resign after Italians rejected his constitutional reform by nearly 60 percent in Sunday's referendum. Beppe Grillo's Five Star Movement and Matteo Salvini's Northern League demanded an early election, and President Sergio Mattarella asked Renzi to stay until the budget passed. Renzi handed in his resignation at the Quirinale palace on Wednesday.",
 [("ROME", "LOC"), ("Reuters", "ORG"), ("Matteo Renzi", "PER"), ("Italians", "MISC"), ("Beppe Grillo", "PER"),
  ("Five Star Movement", "ORG"), ("Matteo Salvini", "PER"), ("Northern League", "ORG"), ("Sergio Mattarella", "PER"),
  ("Renzi", "PER"), ("Renzi", "PER"), ("Quirinale", "LOC")]),
# wH154
("2021-05-28",
 "KAMLOOPS, British Columbia, May 28 (Reuters) - The remains of 215 children have been found buried on the site of a former Catholic-run residential school in Kamloops, the Tk'emlups te Secwepemc First Nation said. Chief Rosanne Casimir said ground-penetrating radar had located the graves, and Prime Minister Justin Trudeau called the discovery heartbreaking for Indigenous communities.",
 [("KAMLOOPS", "LOC"), ("British Columbia", "LOC"), ("Reuters", "ORG"), ("Catholic", "MISC"), ("Kamloops", "LOC"),
  ("Tk'emlups te Secwepemc First Nation", "ORG"), ("Rosanne Casimir", "PER"), ("Justin Trudeau", "PER"), ("Indigenous", "MISC")]),
# wH155
("2024-09-06",
 "TOKYO, Sept 6 (Reuters) - Seven & i Holdings rejected a $38.5 billion takeover proposal from Canadian rival Alimentation Couche-Tard on Friday, saying it \"grossly undervalues\" the owner of the 7-Eleven convenience store chain. Chief executive Ryuichi Isaka's company said U.S. antitrust rules could block a deal with the operator of Circle K. The bid is the largest foreign offer ever for a Japanese company.",
 [("TOKYO", "LOC"), ("Reuters", "ORG"), ("Seven & i Holdings", "ORG"), ("Canadian", "MISC"), ("Alimentation Couche-Tard", "ORG"),
  ("7-Eleven", "ORG"), ("Ryuichi Isaka", "PER"), ("U.S.", "LOC"), ("Circle K", "ORG"), ("Japanese", "MISC")]),
# wH156
("2017-07-04",
 "ADDIS ABABA, July 4 (Reuters) - UNESCO removed the Simien Mountains National Park in Ethiopia's Amhara region from its list of world heritage sites in danger on Tuesday, citing a rise in numbers of the rare walia ibex. \"Villages have been moved out of the park,\" Dawit Gebremedhin of the Ethiopian Wildlife Conservation Authority said in Gondar.",
 [("ADDIS ABABA", "LOC"), ("Reuters", "ORG"), ("UNESCO", "ORG"), ("Simien Mountains National Park", "LOC"), ("Ethiopia", "LOC"),
  ("Amhara", "LOC"), ("Dawit Gebremedhin", "PER"), ("Ethiopian Wildlife Conservation Authority", "ORG"), ("Gondar", "LOC")]),
# wH157
("2022-02-28",
 "LISMORE, Australia, Feb 28 (Reuters) - The Wilsons River rose more than two metres above its previous record in Lismore on Monday, trapping residents on rooftops as floods spread from Queensland into northern New South Wales. Premier Dominic Perrottet said the State Emergency Service had carried out hundreds of rescues overnight, while in Brisbane ferry terminals were swept away.",
 [("LISMORE", "LOC"), ("Australia", "LOC"), ("Reuters", "ORG"), ("Wilsons River", "LOC"), ("Lismore", "LOC"), ("Queensland", "LOC"),
  ("New South Wales", "LOC"), ("Dominic Perrottet", "PER"), ("State Emergency Service", "ORG"), ("Brisbane", "LOC")]),
# wH158
("2019-06-13",
 "OAKLAND, California, June 13 (AP) — The Toronto Raptors won their first NBA title on Thursday, beating the Golden State Warriors 114-110 in Game 6 at Oracle Arena. Kawhi Leonard was named finals MVP, and Kyle Lowry scored 26 points. Thousands of fans filled the square outside the Raptors' arena in Toronto to celebrate the first championship for a Canadian team.",
 [("OAKLAND", "LOC"), ("California", "LOC"), ("AP", "ORG"), ("Toronto Raptors", "ORG"), ("NBA", "ORG"),
  ("Golden State Warriors", "ORG"), ("Oracle Arena", "LOC"), ("Kawhi Leonard", "PER"), ("Kyle Lowry", "PER"), ("Raptors", "ORG"),
  ("Toronto", "LOC"), ("Canadian", "MISC")]),
# wH159
("2023-05-16",
 "YOGYAKARTA, Indonesia, May 16 (Reuters) - Soekarti Wiryodiningrat, a batik maker whose hand-drawn cloth was collected by the royal court of Yogyakarta, has died aged 93, her family said on Tuesday. Sultan Hamengkubuwono X attended the funeral in the city's Kotagede district, and students from the Institut Seni Indonesia carried her Javanese designs in procession.",
 [("YOGYAKARTA", "LOC"), ("Indonesia", "LOC"), ("Reuters", "ORG"), ("Soekarti Wiryodiningrat", "PER"), ("Yogyakarta", "LOC"),
  ("Hamengkubuwono X", "PER"), ("Kotagede", "LOC"), ("Institut Seni Indonesia", "ORG"), ("Javanese", "MISC")]),
# wH160
("2024-12-06",
 "MONTEVIDEO, Dec 6 (Reuters) - European Commission President Ursula von der Leyen and leaders of the Mercosur bloc concluded talks on a trade deal on Friday, 25 years after negotiations began. The pact would cut tariffs between the European Union and Argentina, Brazil, Paraguay and Uruguay, but French farmers have protested against it. Uruguay's President Luis Lacalle Pou, the summit host, called it \"a historic day\".",
 [("MONTEVIDEO", "LOC"), ("Reuters", "ORG"), ("European Commission", "ORG"), ("Ursula von der Leyen", "PER"), ("Mercosur", "ORG"),
  ("European Union", "ORG"), ("Argentina", "LOC"), ("Brazil", "LOC"), ("Paraguay", "LOC"), ("Uruguay", "LOC"), ("French", "MISC"),
  ("Uruguay", "LOC"), ("Luis Lacalle Pou", "PER")]),
]
