# Decision lists for the wiki-train part A entity set (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wA001, wA002, ... in order.
# Every passage was written by hand for this set and labelled by hand.

DOCS = []

# ---- batch 1: wA001-wA040 ----
DOCS += [
# wA001
("Nana Addo Dankwa Akufo-Addo (born 29 March 1944) is a Ghanaian politician and lawyer who served as President of Ghana from 2017 to 2025. A leader of the New Patriotic Party, he had earlier been Minister for Foreign Affairs under John Kufuor.",
 [("Nana Addo Dankwa Akufo-Addo", "PER"), ("Ghanaian", "MISC"), ("Ghana", "LOC"), ("New Patriotic Party", "ORG"),
  ("John Kufuor", "PER")]),
# wA002
("Mercedes Sosa (9 July 1935 – 4 October 2009), known as La Negra, was an Argentine folk singer from San Miguel de Tucumán. A leading voice of the Nueva Canción movement, she lived in exile in Paris and Madrid during the military government of Jorge Rafael Videla.",
 [("Mercedes Sosa", "PER"), ("La Negra", "PER"), ("Argentine", "MISC"), ("San Miguel de Tucumán", "LOC"),
  ("Nueva Canción", "MISC"), ("Paris", "LOC"), ("Madrid", "LOC"), ("Jorge Rafael Videla", "PER")]),
# wA003
("Kim Yuna (Korean: 김연아; born 5 September 1990) is a South Korean former figure skater from Bucheon, Gyeonggi Province. She won the ladies' singles title at the 2010 Winter Olympics in Vancouver and the silver medal four years later in Sochi.",
 [("Kim Yuna", "PER"), ("Korean", "MISC"), ("김연아", "PER"), ("South Korean", "MISC"), ("Bucheon", "LOC"),
  ("Gyeonggi Province", "LOC"), ("Winter Olympics", "MISC"), ("Vancouver", "LOC"), ("Sochi", "LOC")]),
# wA004
("Sitiveni Rabuka (born 13 September 1948) is a Fijian politician and former army officer who led two military coups in 1987. He founded the Soqosoqo ni Vakavulewa ni Taukei party and returned as Prime Minister of Fiji in 2022 at the head of the People's Alliance.",
 [("Sitiveni Rabuka", "PER"), ("Fijian", "MISC"), ("Soqosoqo ni Vakavulewa ni Taukei", "ORG"), ("Fiji", "LOC"),
  ("People's Alliance", "ORG")]),
# wA005
("Fatou Bensouda (born 31 January 1961) is a Gambian lawyer who served as Prosecutor of the International Criminal Court in The Hague from 2012 to 2021. She was earlier Attorney General and Minister of Justice of the Gambia under Yahya Jammeh.",
 [("Fatou Bensouda", "PER"), ("Gambian", "MISC"), ("International Criminal Court", "ORG"), ("The Hague", "LOC"),
  ("Gambia", "LOC"), ("Yahya Jammeh", "PER")]),
# wA006
("Chen Ning Yang (Chinese: 杨振宁; born 1 October 1922) is a Chinese-American theoretical physicist born in Hefei, Anhui. He shared the 1957 Nobel Prize in Physics with Tsung-Dao Lee for work on parity violation, and later taught at Stony Brook University and Tsinghua University.",
 [("Chen Ning Yang", "PER"), ("Chinese", "MISC"), ("杨振宁", "PER"), ("Chinese-American", "MISC"), ("Hefei", "LOC"),
  ("Anhui", "LOC"), ("Nobel Prize in Physics", "MISC"), ("Tsung-Dao Lee", "PER"), ("Stony Brook University", "ORG"),
  ("Tsinghua University", "ORG")]),
# wA007
("Desmond Mpilo Tutu (7 October 1931 – 26 December 2021) was a South African Anglican bishop and theologian. He served as Archbishop of Cape Town, chaired the Truth and Reconciliation Commission, and received the Nobel Peace Prize in 1984.",
 [("Desmond Mpilo Tutu", "PER"), ("South African", "MISC"), ("Anglican", "MISC"), ("Cape Town", "LOC"),
  ("Truth and Reconciliation Commission", "ORG"), ("Nobel Peace Prize", "MISC")]),
# wA008
("Shakib Al Hasan (born 24 March 1987) is a Bangladeshi cricketer and politician from Magura. An all-rounder, he has played for Khulna Division, Kolkata Knight Riders and Worcestershire, and has captained Bangladesh in all three formats.",
 [("Shakib Al Hasan", "PER"), ("Bangladeshi", "MISC"), ("Magura", "LOC"), ("Khulna Division", "ORG"),
  ("Kolkata Knight Riders", "ORG"), ("Worcestershire", "ORG"), ("Bangladesh", "LOC")]),
# wA009
("Grupo Bimbo is a Mexican multinational bakery company headquartered in Mexico City. Founded in 1945 by Lorenzo Servitje and his partners, it now operates plants in Brazil, Spain and China.",
 [("Grupo Bimbo", "ORG"), ("Mexican", "MISC"), ("Mexico City", "LOC"), ("Lorenzo Servitje", "PER"), ("Brazil", "LOC"),
  ("Spain", "LOC"), ("China", "LOC")]),
# wA010
("Ethiopian Airlines (Amharic: የኢትዮጵያ አየር መንገድ) is the flag carrier of Ethiopia, headquartered at Addis Ababa Bole International Airport. Founded in 1945 with help from Trans World Airlines, it is a member of Star Alliance.",
 [("Ethiopian Airlines", "ORG"), ("Amharic", "MISC"), ("የኢትዮጵያ አየር መንገድ", "ORG"), ("Ethiopia", "LOC"),
  ("Addis Ababa Bole International Airport", "LOC"), ("Trans World Airlines", "ORG"), ("Star Alliance", "ORG")]),
# wA011
("Al Ahly SC (Arabic: النادي الأهلي) is an Egyptian sports club based in Cairo, best known for its football team. Founded in 1907, it has won the CAF Champions League more times than any other club and plays many home matches at Cairo International Stadium.",
 [("Al Ahly SC", "ORG"), ("Arabic", "MISC"), ("النادي الأهلي", "ORG"), ("Egyptian", "MISC"), ("Cairo", "LOC"),
  ("CAF Champions League", "MISC"), ("Cairo International Stadium", "LOC")]),
# wA012
("The Partido dos Trabalhadores (PT; Workers' Party) is a left-wing political party in Brazil, founded in 1980 in São Paulo by trade unionists including Luiz Inácio Lula da Silva. It governed Brazil from 2003 to 2016 and again from 2023.",
 [("Partido dos Trabalhadores", "ORG"), ("PT", "ORG"), ("Workers' Party", "ORG"), ("Brazil", "LOC"), ("São Paulo", "LOC"),
  ("Luiz Inácio Lula da Silva", "PER"), ("Brazil", "LOC")]),
# wA013
("The Congress of South African Trade Unions (COSATU) is a federation of trade unions in South Africa, founded in 1985. It forms the Tripartite Alliance with the African National Congress and the South African Communist Party.",
 [("Congress of South African Trade Unions", "ORG"), ("COSATU", "ORG"), ("South Africa", "LOC"),
  ("Tripartite Alliance", "ORG"), ("African National Congress", "ORG"), ("South African Communist Party", "ORG")]),
# wA014
("The Universidad Nacional Mayor de San Marcos is a public university in Lima, Peru. Chartered in 1551 by Charles V, it is often described as the oldest officially founded university in the Americas.",
 [("Universidad Nacional Mayor de San Marcos", "ORG"), ("Lima", "LOC"), ("Peru", "LOC"), ("Charles V", "PER"),
  ("Americas", "LOC")]),
# wA015
("Groote Schuur Hospital is a government-funded teaching hospital in Cape Town, South Africa, attached to the University of Cape Town. In 1967 the surgeon Christiaan Barnard performed the world's first human heart transplant there.",
 [("Groote Schuur Hospital", "ORG"), ("Cape Town", "LOC"), ("South Africa", "LOC"), ("University of Cape Town", "ORG"),
  ("Christiaan Barnard", "PER")]),
# wA016
("Médecins Sans Frontières (MSF), known in English as Doctors Without Borders, is a humanitarian medical organisation founded in Paris in 1971. It received the Nobel Peace Prize in 1999 and runs projects in countries such as South Sudan, Yemen and Haiti.",
 [("Médecins Sans Frontières", "ORG"), ("MSF", "ORG"), ("English", "MISC"), ("Doctors Without Borders", "ORG"),
  ("Paris", "LOC"), ("Nobel Peace Prize", "MISC"), ("South Sudan", "LOC"), ("Yemen", "LOC"), ("Haiti", "LOC")]),
# wA017
("The Ministry of Foreign Affairs of Japan (外務省, Gaimushō) is the cabinet ministry responsible for Japan's foreign relations. It is headquartered in the Kasumigaseki district of Chiyoda, Tokyo.",
 [("Ministry of Foreign Affairs of Japan", "ORG"), ("外務省", "ORG"), ("Gaimushō", "ORG"), ("Japan", "LOC"),
  ("Kasumigaseki", "LOC"), ("Chiyoda", "LOC"), ("Tokyo", "LOC")]),
# wA018
("Dawn is Pakistan's oldest and most widely read newspaper in English, founded in 1941 in Delhi by Muhammad Ali Jinnah as the voice of the All-India Muslim League. It moved its head office to Karachi after the partition of India.",
 [("Dawn", "ORG"), ("Pakistan", "LOC"), ("English", "MISC"), ("Delhi", "LOC"), ("Muhammad Ali Jinnah", "PER"),
  ("All-India Muslim League", "ORG"), ("Karachi", "LOC"), ("India", "LOC")]),
# wA019
("NHK (Japan Broadcasting Corporation) is Japan's national public broadcaster, funded by licence fees paid by households. It runs two terrestrial television channels and the international service NHK World-Japan.",
 [("NHK", "ORG"), ("Japan Broadcasting Corporation", "ORG"), ("Japan", "LOC"), ("NHK World-Japan", "ORG")]),
# wA020
("Ostinato Records is an independent record label based in New York that reissues recordings from the Horn of Africa and West Africa. Its compilation Sweet As Broken Dates (2017) collected Somali music of the 1970s and 1980s.",
 [("Ostinato Records", "ORG"), ("New York", "LOC"), ("Horn of Africa", "LOC"), ("West Africa", "LOC"),
  ("Sweet As Broken Dates", "MISC"), ("Somali", "MISC")]),
# wA021
("Amassakoul is the second studio album by the Tuareg band Tinariwen, released in 2004 on Independiente. Its title means 'the traveller' in Tamashek, and it was recorded in Bamako, Mali.",
 [("Amassakoul", "MISC"), ("Tuareg", "MISC"), ("Tinariwen", "ORG"), ("Independiente", "ORG"), ("Tamashek", "MISC"),
  ("Bamako", "LOC"), ("Mali", "LOC")]),
# wA022
("\"Pata Pata\" is a song by the South African singer Miriam Makeba, first recorded in 1959 and released internationally in 1967 on Reprise Records. Credited also to Jerry Ragovoy, it reached the top 20 of the Billboard Hot 100.",
 [("Pata Pata", "MISC"), ("South African", "MISC"), ("Miriam Makeba", "PER"), ("Reprise Records", "ORG"),
  ("Jerry Ragovoy", "PER"), ("Billboard Hot 100", "MISC")]),
# wA023
("Central do Brasil (English: Central Station) is a 1998 Brazilian drama film directed by Walter Salles. Fernanda Montenegro was nominated for the Academy Award for Best Actress, and the film won the Golden Bear at the Berlin International Film Festival.",
 [("Central do Brasil", "MISC"), ("English", "MISC"), ("Central Station", "MISC"), ("Brazilian", "MISC"),
  ("Walter Salles", "PER"), ("Fernanda Montenegro", "PER"), ("Academy Award for Best Actress", "MISC"),
  ("Golden Bear", "MISC"), ("Berlin International Film Festival", "MISC")]),
# wA024
("Diriliş: Ertuğrul is a Turkish historical drama television series created by Mehmet Bozdağ and broadcast on TRT 1 from 2014 to 2019. It tells the story of Ertuğrul, the father of Osman I, founder of the Ottoman Empire.",
 [("Diriliş: Ertuğrul", "MISC"), ("Turkish", "MISC"), ("Mehmet Bozdağ", "PER"), ("TRT 1", "ORG"), ("Ertuğrul", "PER"),
  ("Osman I", "PER"), ("Ottoman Empire", "LOC")]),
# wA025
("Things Fall Apart is a novel by the Nigerian author Chinua Achebe, published in London in 1958 by William Heinemann Ltd. Set in the fictional Igbo village of Umuofia, it follows the wrestler Okonkwo through the arrival of British missionaries.",
 [("Things Fall Apart", "MISC"), ("Nigerian", "MISC"), ("Chinua Achebe", "PER"), ("London", "LOC"),
  ("William Heinemann Ltd", "ORG"), ("Igbo", "MISC"), ("Umuofia", "LOC"), ("Okonkwo", "PER"), ("British", "MISC")]),
# wA026
("Disco Elysium is a role-playing video game developed by the Estonian studio ZA/UM and released in 2019. Written by Robert Kurvitz, it is set in the city of Revachol and won the BAFTA Games Award for Narrative.",
 [("Disco Elysium", "MISC"), ("Estonian", "MISC"), ("ZA/UM", "ORG"), ("Robert Kurvitz", "PER"), ("Revachol", "LOC"),
  ("BAFTA Games Award for Narrative", "MISC")]),
# wA027
("The Embraer E190 is a narrow-body twin-engine jet airliner built by the Brazilian manufacturer Embraer in São José dos Campos. It first flew in 2004 and entered service with JetBlue Airways in 2005.",
 [("Embraer E190", "MISC"), ("Brazilian", "MISC"), ("Embraer", "ORG"), ("São José dos Campos", "LOC"),
  ("JetBlue Airways", "ORG")]),
# wA028
("The Tata Nano is a city car that was manufactured by Tata Motors in Sanand, Gujarat, from 2008 to 2018. Promoted by Ratan Tata as the cheapest car in the world, it was first meant to be built at a plant in Singur, West Bengal.",
 [("Tata Nano", "MISC"), ("Tata Motors", "ORG"), ("Sanand", "LOC"), ("Gujarat", "LOC"), ("Ratan Tata", "PER"),
  ("Singur", "LOC"), ("West Bengal", "LOC")]),
# wA029
("The Ballon d'Or (French for 'Golden Ball') is an annual football award presented by the French magazine France Football since 1956. Lionel Messi has won it eight times, more than any other player.",
 [("Ballon d'Or", "MISC"), ("French", "MISC"), ("Golden Ball", "MISC"), ("French", "MISC"), ("France Football", "ORG"),
  ("Lionel Messi", "PER")]),
# wA030
("The Copa Libertadores is an annual club football competition organised by CONMEBOL since 1960. Independiente of Avellaneda holds the record with seven titles, and the 2018 final between Boca Juniors and River Plate was moved to the Santiago Bernabéu in Madrid.",
 [("Copa Libertadores", "MISC"), ("CONMEBOL", "ORG"), ("Independiente", "ORG"), ("Avellaneda", "LOC"),
  ("Boca Juniors", "ORG"), ("River Plate", "ORG"), ("Santiago Bernabéu", "LOC"), ("Madrid", "LOC")]),
# wA031
("Võ Nguyên Giáp (25 August 1911 – 4 October 2013) was a Vietnamese general and politician who commanded the People's Army of Vietnam. He led the Việt Minh to victory over France at the Battle of Điện Biên Phủ in 1954.",
 [("Võ Nguyên Giáp", "PER"), ("Vietnamese", "MISC"), ("People's Army of Vietnam", "ORG"), ("Việt Minh", "ORG"),
  ("France", "LOC"), ("Battle of Điện Biên Phủ", "MISC")]),
# wA032
("Menelik II (born Sahle Maryam; 17 August 1844 – 12 December 1913) was Emperor of Ethiopia from 1889 until his death. He defeated the Italian army at the Battle of Adwa in 1896 and made Addis Ababa his capital.",
 [("Menelik II", "PER"), ("Sahle Maryam", "PER"), ("Ethiopia", "LOC"), ("Italian", "MISC"), ("Battle of Adwa", "MISC"),
  ("Addis Ababa", "LOC")]),
# wA033
("Teresa Cristina of the Two Sicilies (1822 – 1889) was Empress consort of Brazil as the wife of Emperor Pedro II. Born in Naples, she sponsored Italian archaeologists and gave finds from Pompeii and Veii to the National Museum of Brazil.",
 [("Teresa Cristina of the Two Sicilies", "PER"), ("Brazil", "LOC"), ("Pedro II", "PER"), ("Naples", "LOC"),
  ("Italian", "MISC"), ("Pompeii", "LOC"), ("Veii", "LOC"), ("National Museum of Brazil", "ORG")]),
# wA034
("Strive Masiyiwa (born 29 January 1961) is a Zimbabwean businessman and the founder of Econet Group, a telecommunications company. Based in London, he has sat on the boards of the Rockefeller Foundation and Netflix.",
 [("Strive Masiyiwa", "PER"), ("Zimbabwean", "MISC"), ("Econet Group", "ORG"), ("London", "LOC"),
  ("Rockefeller Foundation", "ORG"), ("Netflix", "ORG")]),
# wA035
("Wisława Szymborska (2 July 1923 – 1 February 2012) was a Polish poet and essayist born in Prowent, near Kórnik. She spent most of her life in Kraków and was awarded the Nobel Prize in Literature in 1996.",
 [("Wisława Szymborska", "PER"), ("Polish", "MISC"), ("Prowent", "LOC"), ("Kórnik", "LOC"), ("Kraków", "LOC"),
  ("Nobel Prize in Literature", "MISC")]),
# wA036
("Toshiro Mifune (三船 敏郎; 1 April 1920 – 24 December 1997) was a Japanese actor born in Qingdao, China. He appeared in sixteen films by Akira Kurosawa, among them Rashomon, Seven Samurai and Yojimbo.",
 [("Toshiro Mifune", "PER"), ("三船 敏郎", "PER"), ("Japanese", "MISC"), ("Qingdao", "LOC"), ("China", "LOC"),
  ("Akira Kurosawa", "PER"), ("Rashomon", "MISC"), ("Seven Samurai", "MISC"), ("Yojimbo", "MISC")]),
# wA037
("Cesária Évora (27 August 1941 – 17 December 2011) was a Cape Verdean singer from Mindelo on the island of São Vicente. Known as the 'Barefoot Diva', she sang mornas in Cape Verdean Creole and won a Grammy Award for her album Voz d'Amor.",
 [("Cesária Évora", "PER"), ("Cape Verdean", "MISC"), ("Mindelo", "LOC"), ("São Vicente", "LOC"), ("Barefoot Diva", "PER"),
  ("Cape Verdean Creole", "MISC"), ("Grammy Award", "MISC"), ("Voz d'Amor", "MISC")]),
# wA038
("Aharon Barak (born 16 September 1936) is an Israeli jurist who served as President of the Supreme Court of Israel from 1995 to 2006. Born Aharon Brick in Kaunas, Lithuania, he survived the Kovno Ghetto as a child.",
 [("Aharon Barak", "PER"), ("Israeli", "MISC"), ("Supreme Court of Israel", "ORG"), ("Aharon Brick", "PER"),
  ("Kaunas", "LOC"), ("Lithuania", "LOC"), ("Kovno Ghetto", "LOC")]),
# wA039
("Haile Gebrselassie (born 18 April 1973) is an Ethiopian former long-distance runner from Asela in the Arsi Zone of Oromia Region. He won the 10,000 metres at the 1996 and 2000 Summer Olympics and set a marathon world record in Berlin in 2008.",
 [("Haile Gebrselassie", "PER"), ("Ethiopian", "MISC"), ("Asela", "LOC"), ("Arsi Zone", "LOC"), ("Oromia Region", "LOC"),
  ("Summer Olympics", "MISC"), ("Berlin", "LOC")]),
# wA040
("KINSHASA — Félix Tshisekedi was sworn in on Thursday as president of the Democratic Republic of the Congo, the country's first peaceful handover of power since independence from Belgium. Outgoing leader Joseph Kabila watched from the front row at the Palais de la Nation.",
 [("KINSHASA", "LOC"), ("Félix Tshisekedi", "PER"), ("Democratic Republic of the Congo", "LOC"), ("Belgium", "LOC"),
  ("Joseph Kabila", "PER"), ("Palais de la Nation", "LOC")]),
]

# ---- batch 2: wA041-wA080 ----
DOCS += [
# wA041
("Ellen Johnson Sirleaf (born 29 October 1938) is a Liberian politician who served as President of Liberia from 2006 to 2018, the first woman elected head of state in Africa. She studied at the Harvard Kennedy School and worked for Citibank and the World Bank before leading the Unity Party.",
 [("Ellen Johnson Sirleaf", "PER"), ("Liberian", "MISC"), ("Liberia", "LOC"), ("Africa", "LOC"),
  ("Harvard Kennedy School", "ORG"), ("Citibank", "ORG"), ("World Bank", "ORG"), ("Unity Party", "ORG")]),
# wA042
("Hakuhō Shō (白鵬 翔; born Mönkhbatyn Davaajargal, 11 March 1985) is a former professional sumo wrestler from Ulaanbaatar, Mongolia, who took Japanese citizenship in 2019. Fighting for the Miyagino stable, he won a record 45 top-division championships as a yokozuna.",
 [("Hakuhō Shō", "PER"), ("白鵬 翔", "PER"), ("Mönkhbatyn Davaajargal", "PER"), ("Ulaanbaatar", "LOC"), ("Mongolia", "LOC"),
  ("Japanese", "MISC"), ("Miyagino", "ORG")]),
# wA043
("Ju Wenjun (居文君; born 31 January 1991) is a Chinese chess grandmaster from Shanghai. She has held the Women's World Chess Championship since 2018, defending it against Lei Tingjie and Tan Zhongyi.",
 [("Ju Wenjun", "PER"), ("居文君", "PER"), ("Chinese", "MISC"), ("Shanghai", "LOC"),
  ("Women's World Chess Championship", "MISC"), ("Lei Tingjie", "PER"), ("Tan Zhongyi", "PER")]),
# wA044
("Siya Kolisi (born 16 June 1991) is a South African rugby union player who captained the Springboks to victory at the Rugby World Cup in 2019 and 2023. Raised in Zwide, a township of Port Elizabeth, he played for the Stormers and the Sharks.",
 [("Siya Kolisi", "PER"), ("South African", "MISC"), ("Springboks", "ORG"), ("Rugby World Cup", "MISC"), ("Zwide", "LOC"),
  ("Port Elizabeth", "LOC"), ("Stormers", "ORG"), ("Sharks", "ORG")]),
# wA045
("Jaromír Jágr (born 15 February 1972) is a Czech professional ice hockey player from Kladno. He won two Stanley Cups with the Pittsburgh Penguins and gold at the 1998 Winter Olympics in Nagano, and still plays for his hometown club, Rytíři Kladno.",
 [("Jaromír Jágr", "PER"), ("Czech", "MISC"), ("Kladno", "LOC"), ("Stanley Cups", "MISC"), ("Pittsburgh Penguins", "ORG"),
  ("Winter Olympics", "MISC"), ("Nagano", "LOC"), ("Rytíři Kladno", "ORG")]),
# wA046
("Egan Bernal (born 13 January 1997) is a Colombian road cyclist from Zipaquirá, Cundinamarca. Riding for Team Ineos, he became the first Latin American winner of the Tour de France in 2019, and he added the Giro d'Italia in 2021.",
 [("Egan Bernal", "PER"), ("Colombian", "MISC"), ("Zipaquirá", "LOC"), ("Cundinamarca", "LOC"), ("Team Ineos", "ORG"),
  ("Latin American", "MISC"), ("Tour de France", "MISC"), ("Giro d'Italia", "MISC")]),
# wA047
("Li Na (李娜; born 26 February 1982) is a Chinese former tennis player from Wuhan, Hubei. She won the French Open in 2011 and the Australian Open in 2014, becoming the first Asian player to win a Grand Slam singles title.",
 [("Li Na", "PER"), ("李娜", "PER"), ("Chinese", "MISC"), ("Wuhan", "LOC"), ("Hubei", "LOC"), ("French Open", "MISC"),
  ("Australian Open", "MISC"), ("Asian", "MISC"), ("Grand Slam", "MISC")]),
# wA048
("Manny Pacquiao (born Emmanuel Dapidran Pacquiao; 17 December 1978) is a Filipino boxer and politician from Kibawe, Bukidnon. The only boxer to win world titles in eight weight divisions, he sat in the Senate of the Philippines from 2016 to 2022.",
 [("Manny Pacquiao", "PER"), ("Emmanuel Dapidran Pacquiao", "PER"), ("Filipino", "MISC"), ("Kibawe", "LOC"),
  ("Bukidnon", "LOC"), ("Senate of the Philippines", "ORG")]),
# wA049
("The Commercial Bank of Ethiopia is the largest commercial bank in Ethiopia, owned by the federal government and headquartered in Addis Ababa. It was formed in 1963 from the commercial department of the State Bank of Ethiopia and competes with private lenders such as Dashen Bank and Awash Bank.",
 [("Commercial Bank of Ethiopia", "ORG"), ("Ethiopia", "LOC"), ("Addis Ababa", "LOC"), ("State Bank of Ethiopia", "ORG"),
  ("Dashen Bank", "ORG"), ("Awash Bank", "ORG")]),
# wA050
("The Janjaweed are Arab militias active in Darfur, western Sudan, and in parts of eastern Chad. Armed by the government of Omar al-Bashir during the War in Darfur, many of their fighters later joined the Rapid Support Forces under Mohamed Hamdan Dagalo.",
 [("Janjaweed", "ORG"), ("Arab", "MISC"), ("Darfur", "LOC"), ("Sudan", "LOC"), ("Chad", "LOC"), ("Omar al-Bashir", "PER"),
  ("War in Darfur", "MISC"), ("Rapid Support Forces", "ORG"), ("Mohamed Hamdan Dagalo", "PER")]),
# wA051
("The Society of Jesus (Latin: Societas Iesu; abbreviated SJ), whose members are known as Jesuits, is a religious order of the Catholic Church founded in 1540 by Ignatius of Loyola. Its missionaries, among them Francis Xavier and Matteo Ricci, reached India, Japan and China in the sixteenth century.",
 [("Society of Jesus", "ORG"), ("Latin", "MISC"), ("Societas Iesu", "ORG"), ("SJ", "ORG"), ("Jesuits", "ORG"),
  ("Catholic Church", "ORG"), ("Ignatius of Loyola", "PER"), ("Francis Xavier", "PER"), ("Matteo Ricci", "PER"),
  ("India", "LOC"), ("Japan", "LOC"), ("China", "LOC")]),
# wA052
("Achimota School is a co-educational boarding school in Accra, Ghana, founded in 1927 by Frederick Gordon Guggisberg, James Kwegyir Aggrey and Alexander Garden Fraser. Its former pupils include Kwame Nkrumah, Jerry Rawlings and John Atta Mills.",
 [("Achimota School", "ORG"), ("Accra", "LOC"), ("Ghana", "LOC"), ("Frederick Gordon Guggisberg", "PER"),
  ("James Kwegyir Aggrey", "PER"), ("Alexander Garden Fraser", "PER"), ("Kwame Nkrumah", "PER"), ("Jerry Rawlings", "PER"),
  ("John Atta Mills", "PER")]),
# wA053
("The Indian Space Research Organisation (ISRO) is the national space agency of India, headquartered in Bengaluru and overseen by the Department of Space. Founded by Vikram Sarabhai in 1969, it landed its Chandrayaan-3 mission near the lunar south pole in 2023.",
 [("Indian Space Research Organisation", "ORG"), ("ISRO", "ORG"), ("India", "LOC"), ("Bengaluru", "LOC"),
  ("Department of Space", "ORG"), ("Vikram Sarabhai", "PER"), ("Chandrayaan-3", "MISC")]),
# wA054
("Mia Couto (born António Emílio Leite Couto; 5 July 1955) is a Mozambican writer and biologist from Beira. His first novel, Terra Sonâmbula (Sleepwalking Land), was chosen as one of the best African books of the twentieth century at the Zimbabwe International Book Fair, and he received the Camões Prize in 2013.",
 [("Mia Couto", "PER"), ("António Emílio Leite Couto", "PER"), ("Mozambican", "MISC"), ("Beira", "LOC"),
  ("Terra Sonâmbula", "MISC"), ("Sleepwalking Land", "MISC"), ("African", "MISC"),
  ("Zimbabwe International Book Fair", "MISC"), ("Camões Prize", "MISC")]),
# wA055
("Christiane Nüsslein-Volhard (born 20 October 1942) is a German developmental biologist who directed the Max Planck Institute for Developmental Biology in Tübingen. She shared the 1995 Nobel Prize in Physiology or Medicine with Eric Wieschaus and Edward B. Lewis.",
 [("Christiane Nüsslein-Volhard", "PER"), ("German", "MISC"), ("Max Planck Institute for Developmental Biology", "ORG"),
  ("Tübingen", "LOC"), ("Nobel Prize in Physiology or Medicine", "MISC"), ("Eric Wieschaus", "PER"),
  ("Edward B. Lewis", "PER")]),
# wA056
("Dries van Agt (2 February 1931 – 5 February 2024) was a Dutch politician of the Catholic People's Party and later the Christian Democratic Appeal who served as Prime Minister of the Netherlands from 1977 to 1982. Born in Geldrop, he taught law at Radboud University Nijmegen before joining the cabinet of Joop den Uyl.",
 [("Dries van Agt", "PER"), ("Dutch", "MISC"), ("Catholic People's Party", "ORG"), ("Christian Democratic Appeal", "ORG"),
  ("Netherlands", "LOC"), ("Geldrop", "LOC"), ("Radboud University Nijmegen", "ORG"), ("Joop den Uyl", "PER")]),
# wA057
("Ibn Battuta (1304 – 1368/69) was a Berber traveller and scholar born in Tangier. Over nearly thirty years he travelled through the Mali Empire, the Delhi Sultanate and the Maldives, and he dictated his account, the Rihla, to Ibn Juzayy in Fez.",
 [("Ibn Battuta", "PER"), ("Berber", "MISC"), ("Tangier", "LOC"), ("Mali Empire", "LOC"), ("Delhi Sultanate", "LOC"),
  ("Maldives", "LOC"), ("Rihla", "MISC"), ("Ibn Juzayy", "PER"), ("Fez", "LOC")]),
# wA058
("Valentina Tereshkova (Russian: Валентина Владимировна Терешкова; born 6 March 1937) is a Russian former cosmonaut and politician. Launched aboard Vostok 6 from the Baikonur Cosmodrome in 1963, she became the first woman in space, and she has sat in the State Duma for United Russia since 2011.",
 [("Valentina Tereshkova", "PER"), ("Russian", "MISC"), ("Валентина Владимировна Терешкова", "PER"), ("Russian", "MISC"),
  ("Vostok 6", "MISC"), ("Baikonur Cosmodrome", "LOC"), ("State Duma", "ORG"), ("United Russia", "ORG")]),
# wA059
("Melina Mercouri (Greek: Μελίνα Μερκούρη; 18 October 1920 – 6 March 1994) was a Greek actress and politician. She won the award for best actress at the 1960 Cannes Film Festival for Never on Sunday, and as Minister of Culture for PASOK she campaigned for the return of the Parthenon Marbles.",
 [("Melina Mercouri", "PER"), ("Greek", "MISC"), ("Μελίνα Μερκούρη", "PER"), ("Greek", "MISC"),
  ("Cannes Film Festival", "MISC"), ("Never on Sunday", "MISC"), ("PASOK", "ORG"), ("Parthenon Marbles", "MISC")]),
# wA060
("Khvicha Kvaratskhelia (Georgian: ხვიჩა კვარაცხელია; born 12 February 2001) is a Georgian professional footballer who plays as a winger for Paris Saint-Germain and the Georgia national team. He began his career at Dinamo Tbilisi and won the Serie A title with Napoli in 2023.",
 [("Khvicha Kvaratskhelia", "PER"), ("Georgian", "MISC"), ("ხვიჩა კვარაცხელია", "PER"), ("Georgian", "MISC"),
  ("Paris Saint-Germain", "ORG"), ("Georgia", "LOC"), ("Dinamo Tbilisi", "ORG"), ("Serie A", "MISC"), ("Napoli", "ORG")]),
# wA061
("Lata Mangeshkar (Hindi: लता मंगेशकर; 28 September 1929 – 6 February 2022) was an Indian playback singer born in Indore. Over seven decades she recorded songs in more than thirty languages, mainly Hindi and Marathi, and she was awarded the Bharat Ratna in 2001.",
 [("Lata Mangeshkar", "PER"), ("Hindi", "MISC"), ("लता मंगेशकर", "PER"), ("Indian", "MISC"), ("Indore", "LOC"),
  ("Hindi", "MISC"), ("Marathi", "MISC"), ("Bharat Ratna", "MISC")]),
# wA062
("Chulalongkorn (Thai: จุฬาลงกรณ์; 20 September 1853 – 23 October 1910), also known as Rama V, was King of Siam from 1868 until his death. He abolished slavery, kept Siam independent between British Burma and French Indochina, and founded the school that became Chulalongkorn University.",
 [("Chulalongkorn", "PER"), ("Thai", "MISC"), ("จุฬาลงกรณ์", "PER"), ("Rama V", "PER"), ("Siam", "LOC"), ("Siam", "LOC"),
  ("British Burma", "LOC"), ("French Indochina", "LOC"), ("Chulalongkorn University", "ORG")]),
# wA063
("Hyundai Heavy Industries is a South Korean shipbuilding company headquartered in Ulsan, founded in 1972 by Chung Ju-yung as part of the Hyundai Group. Its yard in Ulsan is among the largest in the world.",
 [("Hyundai Heavy Industries", "ORG"), ("South Korean", "MISC"), ("Ulsan", "LOC"), ("Chung Ju-yung", "PER"),
  ("Hyundai Group", "ORG"), ("Ulsan", "LOC")]),
# wA064
("Sukarno (6 June 1901 – 21 June 1970) was an Indonesian nationalist leader who proclaimed the independence of Indonesia with Mohammad Hatta on 17 August 1945. As the first President of Indonesia he hosted the Asian–African Conference in Bandung in 1955, and he was pushed aside by General Suharto after 1965.",
 [("Sukarno", "PER"), ("Indonesian", "MISC"), ("Indonesia", "LOC"), ("Mohammad Hatta", "PER"), ("Indonesia", "LOC"),
  ("Asian–African Conference", "MISC"), ("Bandung", "LOC"), ("Suharto", "PER")]),
# wA065
("ABUJA (Reuters) - Nigeria's central bank raised its benchmark interest rate on Tuesday for the sixth time this year, Governor Olayemi Cardoso told reporters. The naira has lost more than half its value against the dollar since President Bola Tinubu took office in May 2023.",
 [("ABUJA", "LOC"), ("Reuters", "ORG"), ("Nigeria", "LOC"), ("Olayemi Cardoso", "PER"), ("Bola Tinubu", "PER")]),
# wA066
("Shares of Samsung Electronics rose 4 percent in Seoul on Friday after the company said profit from memory chips had doubled. Its rival SK Hynix also gained, lifting the main Seoul index to its highest close since March.",
 [("Samsung Electronics", "ORG"), ("Seoul", "LOC"), ("SK Hynix", "ORG"), ("Seoul", "LOC")]),
# wA067
("When the Brazilian composer Tom Jobim first played his new song to João Gilberto in a small flat in Copacabana, neither of them guessed that it would be sung in Tokyo and Lisbon for decades. The record they made for Odeon later that year is now remembered as the start of bossa nova.",
 [("Brazilian", "MISC"), ("Tom Jobim", "PER"), ("João Gilberto", "PER"), ("Copacabana", "LOC"), ("Tokyo", "LOC"),
  ("Lisbon", "LOC"), ("Odeon", "ORG")]),
# wA068
("As a student in Lahore, Abdus Salam was so far ahead of his class that his teachers at Government College sent him to St John's College, Cambridge, on a scholarship. Decades later he founded the International Centre for Theoretical Physics in Trieste.",
 [("Lahore", "LOC"), ("Abdus Salam", "PER"), ("Government College", "ORG"), ("St John's College", "ORG"),
  ("Cambridge", "LOC"), ("International Centre for Theoretical Physics", "ORG"), ("Trieste", "LOC")]),
# wA069
("Altan Urag is a Mongolian folk rock band formed in Ulaanbaatar in 2002. Its music, built on throat singing and the morin khuur, was used in the film Mongol by Sergei Bodrov, and its album Made in Altan Urag was released on Sony Music Japan.",
 [("Altan Urag", "ORG"), ("Mongolian", "MISC"), ("Ulaanbaatar", "LOC"), ("Mongol", "MISC"), ("Sergei Bodrov", "PER"),
  ("Made in Altan Urag", "MISC"), ("Sony Music Japan", "ORG")]),
# wA070
("Squid Game (Korean: 오징어 게임) is a South Korean survival drama television series created by Hwang Dong-hyuk for Netflix. Lee Jung-jae became the first Asian actor to win the Primetime Emmy Award for Outstanding Lead Actor in a Drama Series for his role as Seong Gi-hun.",
 [("Squid Game", "MISC"), ("Korean", "MISC"), ("오징어 게임", "MISC"), ("South Korean", "MISC"), ("Hwang Dong-hyuk", "PER"),
  ("Netflix", "ORG"), ("Lee Jung-jae", "PER"), ("Asian", "MISC"),
  ("Primetime Emmy Award for Outstanding Lead Actor in a Drama Series", "MISC"), ("Seong Gi-hun", "PER")]),
# wA071
("The Witcher 3: Wild Hunt is a 2015 action role-playing game developed by CD Projekt Red of Warsaw. Based on the novels of Andrzej Sapkowski, it follows the monster hunter Geralt of Rivia across the Northern Kingdoms and the Skellige Isles.",
 [("The Witcher 3: Wild Hunt", "MISC"), ("CD Projekt Red", "ORG"), ("Warsaw", "LOC"), ("Andrzej Sapkowski", "PER"),
  ("Geralt of Rivia", "PER"), ("Northern Kingdoms", "LOC"), ("Skellige Isles", "LOC")]),
# wA072
("The Tupolev Tu-154 is a three-engine medium-range airliner designed in the Soviet Union in the mid-1960s and built in Kuibyshev. It was the workhorse of Aeroflot for three decades and was also flown by Balkan Bulgarian Airlines, Malév and China Northwest Airlines.",
 [("Tupolev Tu-154", "MISC"), ("Soviet Union", "LOC"), ("Kuibyshev", "LOC"), ("Aeroflot", "ORG"),
  ("Balkan Bulgarian Airlines", "ORG"), ("Malév", "ORG"), ("China Northwest Airlines", "ORG")]),
# wA073
("The Hindustan Ambassador is a car that was built by Hindustan Motors at Uttarpara, near Kolkata, from 1958 to 2014. Based on the Morris Oxford III, it was for decades the official car of ministers in New Delhi.",
 [("Hindustan Ambassador", "MISC"), ("Hindustan Motors", "ORG"), ("Uttarpara", "LOC"), ("Kolkata", "LOC"),
  ("Morris Oxford III", "MISC"), ("New Delhi", "LOC")]),
# wA074
("The Caine Prize for African Writing is an annual literary award for a short story by an African writer, first presented in 2000. It is named after Sir Michael Caine, a former chairman of Booker Group, and its winners include Binyavanga Wainaina and NoViolet Bulawayo.",
 [("Caine Prize for African Writing", "MISC"), ("African", "MISC"), ("Michael Caine", "PER"), ("Booker Group", "ORG"),
  ("Binyavanga Wainaina", "PER"), ("NoViolet Bulawayo", "PER")]),
# wA075
("The Africa Cup of Nations (AFCON) is the main international men's football championship of Africa, organised by the Confederation of African Football since 1957. Egypt has won it seven times, and Côte d'Ivoire won the 2023 edition on home soil in Abidjan.",
 [("Africa Cup of Nations", "MISC"), ("AFCON", "MISC"), ("Africa", "LOC"), ("Confederation of African Football", "ORG"),
  ("Egypt", "LOC"), ("Côte d'Ivoire", "LOC"), ("Abidjan", "LOC")]),
# wA076
("NAIROBI, March 4 (Reuters) - Kenya Airways said on Monday it had returned to profit for the first time in eleven years, helped by new routes to Lagos and Mumbai. Chief executive Allan Kilavuka said the carrier would add flights from Jomo Kenyatta International Airport to Johannesburg.",
 [("NAIROBI", "LOC"), ("Reuters", "ORG"), ("Kenya Airways", "ORG"), ("Lagos", "LOC"), ("Mumbai", "LOC"),
  ("Allan Kilavuka", "PER"), ("Jomo Kenyatta International Airport", "LOC"), ("Johannesburg", "LOC")]),
# wA077
("Abune Paulos (3 November 1935 – 16 August 2012) was the fifth Patriarch of the Ethiopian Orthodox Tewahedo Church, enthroned in 1992. Born Gebre Medhin Woldeyohannes near Adwa in Tigray, he studied theology at Princeton Theological Seminary.",
 [("Paulos", "PER"), ("Ethiopian Orthodox Tewahedo Church", "ORG"), ("Gebre Medhin Woldeyohannes", "PER"), ("Adwa", "LOC"),
  ("Tigray", "LOC"), ("Princeton Theological Seminary", "ORG")]),
# wA078
("Thomas Sankara (21 December 1949 – 15 October 1987) was a Burkinabé army captain and revolutionary who led Upper Volta from 1983 until his assassination. He renamed the country Burkina Faso and was killed in a coup led by his former comrade Blaise Compaoré.",
 [("Thomas Sankara", "PER"), ("Burkinabé", "MISC"), ("Upper Volta", "LOC"), ("Burkina Faso", "LOC"),
  ("Blaise Compaoré", "PER")]),
# wA079
("Queen Njinga (c. 1583 – 17 December 1663), baptised Ana de Sousa Nzinga Mbande, ruled the Mbundu kingdoms of Ndongo and Matamba in present-day Angola. She fought the Portuguese for decades and allied with the Dutch West India Company after it took Luanda in 1641.",
 [("Njinga", "PER"), ("Ana de Sousa Nzinga Mbande", "PER"), ("Mbundu", "MISC"), ("Ndongo", "LOC"), ("Matamba", "LOC"),
  ("Angola", "LOC"), ("Portuguese", "MISC"), ("Dutch West India Company", "ORG"), ("Luanda", "LOC")]),
# wA080
("Ma Yun (马云), known in English as Jack Ma, is a Chinese businessman who co-founded the e-commerce group Alibaba in Hangzhou in 1999. A former English teacher, he stepped back from business after regulators halted the listing of Ant Group in 2020.",
 [("Ma Yun", "PER"), ("马云", "PER"), ("English", "MISC"), ("Jack Ma", "PER"), ("Chinese", "MISC"), ("Alibaba", "ORG"),
  ("Hangzhou", "LOC"), ("English", "MISC"), ("Ant Group", "ORG")]),
]
