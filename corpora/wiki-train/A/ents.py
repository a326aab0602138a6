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
 [("Society of Jesus", "ORG"), ("Latin", "MISC"), ("Societas Iesu", "ORG"), ("SJ", "ORG"), ("Jesuits", "MISC"),
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

# ---- batch 3: wA081-wA120 ----
DOCS += [
# wA081
("Vigdís Finnbogadóttir (born 15 April 1930) is an Icelandic politician who served as President of Iceland from 1980 to 1996, the first woman in the world elected president in a national vote. Before her election she directed the Reykjavík Theatre Company, and she later served as a goodwill ambassador for languages at UNESCO.",
 [("Vigdís Finnbogadóttir", "PER"), ("Icelandic", "MISC"), ("Iceland", "LOC"), ("Reykjavík Theatre Company", "ORG"),
  ("UNESCO", "ORG")]),
# wA082
("Ferenc Puskás (born Ferenc Purczeld; 1 April 1927 – 17 November 2006) was a Hungarian footballer who played for Budapest Honvéd and Real Madrid. He scored 84 goals for Hungary and captained the Golden Team that lost the 1954 World Cup final to West Germany in Bern.",
 [("Ferenc Puskás", "PER"), ("Ferenc Purczeld", "PER"), ("Hungarian", "MISC"), ("Budapest Honvéd", "ORG"),
  ("Real Madrid", "ORG"), ("Hungary", "LOC"), ("Golden Team", "ORG"), ("World Cup", "MISC"), ("West Germany", "LOC"),
  ("Bern", "LOC")]),
# wA083
("Máirtín Ó Cadhain (1906 – 1970) was an Irish writer who wrote in the Irish language, best known for his novel Cré na Cille (1949). Interned at the Curragh Camp during the Second World War, he later became professor of Irish at Trinity College Dublin.",
 [("Máirtín Ó Cadhain", "PER"), ("Irish", "MISC"), ("Irish", "MISC"), ("Cré na Cille", "MISC"), ("Curragh Camp", "LOC"),
  ("Second World War", "MISC"), ("Irish", "MISC"), ("Trinity College Dublin", "ORG")]),
# wA084
("Michelle Bachelet Jeria (born 29 September 1951) is a Chilean physician and politician of the Socialist Party who served twice as President of Chile, from 2006 to 2010 and from 2014 to 2018. Between her terms she was the first executive director of UN Women, and she later served as United Nations High Commissioner for Human Rights.",
 [("Michelle Bachelet Jeria", "PER"), ("Chilean", "MISC"), ("Socialist Party", "ORG"), ("Chile", "LOC"),
  ("UN Women", "ORG"), ("United Nations", "ORG")]),
# wA085
("José Eduardo dos Santos (28 August 1942 – 8 July 2022) was an Angolan politician who served as President of Angola from 1979 to 2017. Trained as a petroleum engineer in Baku, he led the MPLA through the Angolan Civil War against UNITA and its leader Jonas Savimbi.",
 [("José Eduardo dos Santos", "PER"), ("Angolan", "MISC"), ("Angola", "LOC"), ("Baku", "LOC"), ("MPLA", "ORG"),
  ("Angolan Civil War", "MISC"), ("UNITA", "ORG"), ("Jonas Savimbi", "PER")]),
# wA086
("Alexander von Humboldt (14 September 1769 – 6 May 1859) was a Prussian naturalist and explorer born in Berlin. Between 1799 and 1804 he travelled through Venezuela, Cuba, Colombia, Ecuador, Peru and Mexico with the botanist Aimé Bonpland, and he climbed high on the volcano Chimborazo.",
 [("Alexander von Humboldt", "PER"), ("Prussian", "MISC"), ("Berlin", "LOC"), ("Venezuela", "LOC"), ("Cuba", "LOC"),
  ("Colombia", "LOC"), ("Ecuador", "LOC"), ("Peru", "LOC"), ("Mexico", "LOC"), ("Aimé Bonpland", "PER"),
  ("Chimborazo", "LOC")]),
# wA087
("Qaboos bin Said (18 November 1940 – 10 January 2020) was Sultan of Oman from 1970 until his death, having deposed his father, Said bin Taimur, in a palace coup in Salalah. He was educated at the Royal Military Academy Sandhurst and served with the Cameronians in West Germany.",
 [("Qaboos bin Said", "PER"), ("Oman", "LOC"), ("Said bin Taimur", "PER"), ("Salalah", "LOC"),
  ("Royal Military Academy Sandhurst", "ORG"), ("Cameronians", "ORG"), ("West Germany", "LOC")]),
# wA088
("Orhan Pamuk (born 7 June 1952) is a Turkish novelist from Istanbul whose books include My Name Is Red and Snow. In 2006 he became the first Turkish writer to receive the Nobel Prize in Literature, and in 2012 he opened the Museum of Innocence in the Çukurcuma neighbourhood of Beyoğlu.",
 [("Orhan Pamuk", "PER"), ("Turkish", "MISC"), ("Istanbul", "LOC"), ("My Name Is Red", "MISC"), ("Snow", "MISC"),
  ("Turkish", "MISC"), ("Nobel Prize in Literature", "MISC"), ("Museum of Innocence", "ORG"), ("Çukurcuma", "LOC"),
  ("Beyoğlu", "LOC")]),
# wA089
("Aung San Suu Kyi (born 19 June 1945) is a Burmese politician and the daughter of the independence leader Aung San. She led the National League for Democracy to victory in the elections of 2015 and 2020, and was detained by the Tatmadaw after the coup of February 2021.",
 [("Aung San Suu Kyi", "PER"), ("Burmese", "MISC"), ("Aung San", "PER"), ("National League for Democracy", "ORG"),
  ("Tatmadaw", "ORG")]),
# wA090
("Te Puea Hērangi (9 November 1883 – 12 October 1952) was a Māori leader of the Waikato tribes and a granddaughter of King Tāwhiao. She founded Tūrangawaewae marae at Ngāruawāhia and opposed the conscription of Waikato men during the First World War.",
 [("Te Puea Hērangi", "PER"), ("Māori", "MISC"), ("Waikato", "MISC"), ("Tāwhiao", "PER"), ("Tūrangawaewae", "LOC"),
  ("Ngāruawāhia", "LOC"), ("Waikato", "MISC"), ("First World War", "MISC")]),
# wA091
("Zacharias Kunuk (born 1957) is an Inuk filmmaker from Igloolik, Nunavut, and a co-founder of Isuma, the first production company owned by Inuit in Canada. His film Atanarjuat: The Fast Runner won the Caméra d'Or at the 2001 Cannes Film Festival.",
 [("Zacharias Kunuk", "PER"), ("Inuk", "MISC"), ("Igloolik", "LOC"), ("Nunavut", "LOC"), ("Isuma", "ORG"), ("Inuit", "MISC"),
  ("Canada", "LOC"), ("Atanarjuat: The Fast Runner", "MISC"), ("Caméra d'Or", "MISC"), ("Cannes Film Festival", "MISC")]),
# wA092
("Vingroup is a Vietnamese conglomerate headquartered in Hanoi, founded by Phạm Nhật Vượng, who made his first fortune selling instant noodles in Ukraine. Its carmaker VinFast builds electric vehicles at a factory in Hải Phòng.",
 [("Vingroup", "ORG"), ("Vietnamese", "MISC"), ("Hanoi", "LOC"), ("Phạm Nhật Vượng", "PER"), ("Ukraine", "LOC"),
  ("VinFast", "ORG"), ("Hải Phòng", "LOC")]),
# wA093
("LATAM Airlines Group is a Chilean airline holding company formed in 2012 by the merger of LAN Airlines of Chile and TAM Airlines of Brazil. Based in Santiago, it runs subsidiaries in Peru, Colombia and Ecuador.",
 [("LATAM Airlines Group", "ORG"), ("Chilean", "MISC"), ("LAN Airlines", "ORG"), ("Chile", "LOC"), ("TAM Airlines", "ORG"),
  ("Brazil", "LOC"), ("Santiago", "LOC"), ("Peru", "LOC"), ("Colombia", "LOC"), ("Ecuador", "LOC")]),
# wA094
("The Indian Premier League (IPL) is a professional cricket league in India, founded by the Board of Control for Cricket in India in 2007. Chennai Super Kings and Mumbai Indians have each won the title five times.",
 [("Indian Premier League", "MISC"), ("IPL", "MISC"), ("India", "LOC"), ("Board of Control for Cricket in India", "ORG"),
  ("Chennai Super Kings", "ORG"), ("Mumbai Indians", "ORG")]),
# wA095
("Hakeem Olajuwon (born 21 January 1963) is a former basketball player from Lagos, Nigeria, who played for the Houston Rockets and the Toronto Raptors in the NBA. He led the Rockets to championships in 1994 and 1995 and became a citizen of the United States in 1993.",
 [("Hakeem Olajuwon", "PER"), ("Lagos", "LOC"), ("Nigeria", "LOC"), ("Houston Rockets", "ORG"), ("Toronto Raptors", "ORG"),
  ("NBA", "ORG"), ("Rockets", "ORG"), ("United States", "LOC")]),
# wA096
("Nikola Karabatić (born 11 April 1984) is a French handball player born in Niš, then part of Yugoslavia. He won three Olympic gold medals with France and played club handball for THW Kiel, FC Barcelona and Paris Saint-Germain.",
 [("Nikola Karabatić", "PER"), ("French", "MISC"), ("Niš", "LOC"), ("Yugoslavia", "LOC"), ("Olympic", "MISC"),
  ("France", "LOC"), ("THW Kiel", "ORG"), ("FC Barcelona", "ORG"), ("Paris Saint-Germain", "ORG")]),
# wA097
("Faith Kipyegon (born 10 January 1994) is a Kenyan middle-distance runner from Bomet County. She won the 1500 metres at three consecutive Olympic Games, in Rio de Janeiro, Tokyo and Paris.",
 [("Faith Kipyegon", "PER"), ("Kenyan", "MISC"), ("Bomet County", "LOC"), ("Olympic Games", "MISC"),
  ("Rio de Janeiro", "LOC"), ("Tokyo", "LOC"), ("Paris", "LOC")]),
# wA098
("Ryoko Tani (née Tamura; born 6 September 1975) is a Japanese former judoka and politician from Fukuoka. She won Olympic gold in Sydney and Athens, and later sat in the House of Councillors for the Democratic Party of Japan.",
 [("Ryoko Tani", "PER"), ("Tamura", "PER"), ("Japanese", "MISC"), ("Fukuoka", "LOC"), ("Olympic", "MISC"), ("Sydney", "LOC"),
  ("Athens", "LOC"), ("House of Councillors", "ORG"), ("Democratic Party of Japan", "ORG")]),
# wA099
("Ayrton Senna da Silva (21 March 1960 – 1 May 1994) was a Brazilian racing driver who won the Formula One World Championship three times with McLaren. He died after a crash at the Imola Circuit during the 1994 San Marino Grand Prix.",
 [("Ayrton Senna da Silva", "PER"), ("Brazilian", "MISC"), ("Formula One World Championship", "MISC"), ("McLaren", "ORG"),
  ("Imola Circuit", "LOC"), ("San Marino Grand Prix", "MISC")]),
# wA100
("Srinivasa Ramanujan (22 December 1887 – 26 April 1920) was an Indian mathematician from Erode in the Madras Presidency. While working as a clerk at the Madras Port Trust he was invited to Trinity College, Cambridge, by G. H. Hardy, and in 1918 he was elected a Fellow of the Royal Society.",
 [("Srinivasa Ramanujan", "PER"), ("Indian", "MISC"), ("Erode", "LOC"), ("Madras Presidency", "LOC"),
  ("Madras Port Trust", "ORG"), ("Trinity College", "ORG"), ("Cambridge", "LOC"), ("G. H. Hardy", "PER"),
  ("Royal Society", "ORG")]),
# wA101
("Bernardo Houssay (10 April 1887 – 21 September 1971) was an Argentine physiologist who shared the 1947 Nobel Prize in Physiology or Medicine for his work on the pituitary gland. He founded the Institute of Biology and Experimental Medicine in Buenos Aires and the National Scientific and Technical Research Council (CONICET).",
 [("Bernardo Houssay", "PER"), ("Argentine", "MISC"), ("Nobel Prize in Physiology or Medicine", "MISC"),
  ("Institute of Biology and Experimental Medicine", "ORG"), ("Buenos Aires", "LOC"),
  ("National Scientific and Technical Research Council", "ORG"), ("CONICET", "ORG")]),
# wA102
("Óscar Romero (15 August 1917 – 24 March 1980) was a Salvadoran prelate of the Catholic Church who served as Archbishop of San Salvador. He spoke out against killings by the army during the Salvadoran Civil War and was shot while celebrating a service in the chapel of the Divine Providence Hospital.",
 [("Óscar Romero", "PER"), ("Salvadoran", "MISC"), ("Catholic Church", "ORG"), ("San Salvador", "LOC"),
  ("Salvadoran Civil War", "MISC"), ("Divine Providence Hospital", "ORG")]),
# wA103
("Thích Nhất Hạnh (11 October 1926 – 22 January 2022) was a Vietnamese Thiền Buddhist monk and peace activist who founded the Plum Village monastery in the Dordogne, France. Martin Luther King Jr. nominated him for the Nobel Peace Prize in 1967.",
 [("Thích Nhất Hạnh", "PER"), ("Vietnamese", "MISC"), ("Thiền Buddhist", "MISC"), ("Plum Village", "LOC"),
  ("Dordogne", "LOC"), ("France", "LOC"), ("Martin Luther King Jr.", "PER"), ("Nobel Peace Prize", "MISC")]),
# wA104
("Hisashi Owada (小和田 恆; born 18 September 1932) is a Japanese diplomat and jurist who was President of the International Court of Justice from 2009 to 2012. He had earlier served as Japan's ambassador to the United Nations, and his daughter Masako is Empress of Japan.",
 [("Hisashi Owada", "PER"), ("小和田 恆", "PER"), ("Japanese", "MISC"), ("International Court of Justice", "ORG"),
  ("Japan", "LOC"), ("United Nations", "ORG"), ("Masako", "PER"), ("Japan", "LOC")]),
# wA105
("Raymond Zondo (born 16 November 1960) is a South African judge who has served as Chief Justice of South Africa since 2022. He chaired the Judicial Commission of Inquiry into State Capture, which examined the dealings of the Gupta family with the government of Jacob Zuma.",
 [("Raymond Zondo", "PER"), ("South African", "MISC"), ("South Africa", "LOC"),
  ("Judicial Commission of Inquiry into State Capture", "ORG"), ("Gupta", "PER"), ("Jacob Zuma", "PER")]),
# wA106
("Le Monde is a French daily newspaper founded in 1944 by Hubert Beuve-Méry at the request of Charles de Gaulle. Published in Paris, it is regarded as a newspaper of record and drew attention abroad for its reporting on the Algerian War.",
 [("Le Monde", "ORG"), ("French", "MISC"), ("Hubert Beuve-Méry", "PER"), ("Charles de Gaulle", "PER"), ("Paris", "LOC"),
  ("Algerian War", "MISC")]),
# wA107
("Al Jazeera (Arabic: الجزيرة, 'the island') is a state-funded broadcaster based in Doha, Qatar, owned by the Al Jazeera Media Network. Launched in 1996 with staff from the closed Arabic service of BBC World Service Television, it gained a wide audience during the war in Afghanistan.",
 [("Al Jazeera", "ORG"), ("Arabic", "MISC"), ("الجزيرة", "ORG"), ("Doha", "LOC"), ("Qatar", "LOC"),
  ("Al Jazeera Media Network", "ORG"), ("Arabic", "MISC"), ("BBC World Service Television", "ORG"), ("Afghanistan", "LOC")]),
# wA108
("Crammed Discs is an independent record label founded in Brussels in 1980 by Marc Hollander. It has released albums by Konono Nº1 from Kinshasa and by the Romanian band Taraf de Haïdouks.",
 [("Crammed Discs", "ORG"), ("Brussels", "LOC"), ("Marc Hollander", "PER"), ("Konono Nº1", "ORG"), ("Kinshasa", "LOC"),
  ("Romanian", "MISC"), ("Taraf de Haïdouks", "ORG")]),
# wA109
("Clube da Esquina is a 1972 double album by the Brazilian musicians Milton Nascimento and Lô Borges, released on EMI-Odeon. Named after a street corner in Belo Horizonte, it drew on the folk music of Minas Gerais, on jazz and on the Beatles.",
 [("Clube da Esquina", "MISC"), ("Brazilian", "MISC"), ("Milton Nascimento", "PER"), ("Lô Borges", "PER"),
  ("EMI-Odeon", "ORG"), ("Belo Horizonte", "LOC"), ("Minas Gerais", "LOC"), ("Beatles", "ORG")]),
# wA110
("\"Sukiyaki\" (Japanese: 上を向いて歩こう, 'I look up as I walk') is a song by the Japanese singer Kyu Sakamoto, written by Rokusuke Ei and Hachidai Nakamura. Released by Toshiba Records in 1961, it topped the Billboard Hot 100 in 1963.",
 [("Sukiyaki", "MISC"), ("Japanese", "MISC"), ("上を向いて歩こう", "MISC"), ("Japanese", "MISC"), ("Kyu Sakamoto", "PER"),
  ("Rokusuke Ei", "PER"), ("Hachidai Nakamura", "PER"), ("Toshiba Records", "ORG"), ("Billboard Hot 100", "MISC")]),
# wA111
("Parasite (Korean: 기생충) is a 2019 South Korean black comedy thriller directed by Bong Joon-ho. It won the Palme d'Or at the Cannes Film Festival and became the first film not in English to win the Academy Award for Best Picture.",
 [("Parasite", "MISC"), ("Korean", "MISC"), ("기생충", "MISC"), ("South Korean", "MISC"), ("Bong Joon-ho", "PER"),
  ("Palme d'Or", "MISC"), ("Cannes Film Festival", "MISC"), ("English", "MISC"),
  ("Academy Award for Best Picture", "MISC")]),
# wA112
("Timbuktu is a 2014 drama film directed by the Mauritanian filmmaker Abderrahmane Sissako and shot in Oualata. It depicts the brief occupation of Timbuktu by Ansar Dine and won seven César Awards.",
 [("Timbuktu", "MISC"), ("Mauritanian", "MISC"), ("Abderrahmane Sissako", "PER"), ("Oualata", "LOC"), ("Timbuktu", "LOC"),
  ("Ansar Dine", "ORG"), ("César Awards", "MISC")]),
# wA113
("Money Heist (Spanish: La casa de papel) is a Spanish heist crime drama television series created by Álex Pina for Antena 3. After it was acquired by Netflix in 2017, it became the most watched series in a language other than English on the service.",
 [("Money Heist", "MISC"), ("Spanish", "MISC"), ("La casa de papel", "MISC"), ("Spanish", "MISC"), ("Álex Pina", "PER"),
  ("Antena 3", "ORG"), ("Netflix", "ORG"), ("English", "MISC")]),
# wA114
("Season of Migration to the North (Arabic: موسم الهجرة إلى الشمال) is a 1966 novel by the Sudanese writer Tayeb Salih. Its narrator returns from England to a village on the Nile, where he meets the enigmatic Mustafa Sa'eed.",
 [("Season of Migration to the North", "MISC"), ("Arabic", "MISC"), ("موسم الهجرة إلى الشمال", "MISC"),
  ("Sudanese", "MISC"), ("Tayeb Salih", "PER"), ("England", "LOC"), ("Nile", "LOC"), ("Mustafa Sa'eed", "PER")]),
# wA115
("Genshin Impact is an open-world action role-playing game developed by miHoYo of Shanghai and released in 2020. Set in the fantasy world of Teyvat, it was one of the highest-earning mobile games of its first year.",
 [("Genshin Impact", "MISC"), ("miHoYo", "ORG"), ("Shanghai", "LOC"), ("Teyvat", "LOC")]),
# wA116
("The Antonov An-225 Mriya (Ukrainian: Мрія, 'dream') was a strategic airlift cargo aircraft designed by the Antonov Design Bureau in Kyiv. The only completed example was destroyed at Hostomel Airport in February 2022 during the Russian invasion of Ukraine.",
 [("Antonov An-225 Mriya", "MISC"), ("Ukrainian", "MISC"), ("Мрія", "MISC"), ("Antonov Design Bureau", "ORG"),
  ("Kyiv", "LOC"), ("Hostomel Airport", "LOC"), ("Russian", "MISC"), ("Ukraine", "LOC")]),
# wA117
("The Proton Saga is a compact car produced by the Malaysian carmaker Proton since 1985, when it became the first car made in Malaysia. Launched by Prime Minister Mahathir Mohamad, the first model was based on the Mitsubishi Lancer.",
 [("Proton Saga", "MISC"), ("Malaysian", "MISC"), ("Proton", "ORG"), ("Malaysia", "LOC"), ("Mahathir Mohamad", "PER"),
  ("Mitsubishi Lancer", "MISC")]),
# wA118
("The Ramon Magsaysay Award is an annual award established in 1957 by the Rockefeller Brothers Fund and the government of the Philippines to honour the memory of President Ramon Magsaysay. It is often described as Asia's Nobel Prize.",
 [("Ramon Magsaysay Award", "MISC"), ("Rockefeller Brothers Fund", "ORG"), ("Philippines", "LOC"),
  ("Ramon Magsaysay", "PER"), ("Asia", "LOC"), ("Nobel Prize", "MISC")]),
# wA119
("The Dakar Rally is an annual off-road endurance race organised by the Amaury Sport Organisation. First run from Paris to Dakar in 1978–79, it moved to South America in 2009 and has been held in Saudi Arabia since 2020.",
 [("Dakar Rally", "MISC"), ("Amaury Sport Organisation", "ORG"), ("Paris", "LOC"), ("Dakar", "LOC"),
  ("South America", "LOC"), ("Saudi Arabia", "LOC")]),
# wA120
("JAKARTA, Aug 14 (Reuters) - Indonesia's Constitutional Court on Wednesday rejected a challenge by the Indonesian Democratic Party of Struggle (PDI-P) to the election result, clearing the way for Prabowo Subianto to take office in October. Chief Justice Suhartoyo read the ruling in a packed courtroom.",
 [("JAKARTA", "LOC"), ("Reuters", "ORG"), ("Indonesia", "LOC"), ("Constitutional Court", "ORG"),
  ("Indonesian Democratic Party of Struggle", "ORG"), ("PDI-P", "ORG"), ("Prabowo Subianto", "PER"), ("Suhartoyo", "PER")]),
]

# ---- batch 4: wA121-wA160 ----
DOCS += [
# wA121
("Lee Kuan Yew (16 September 1923 – 23 March 2015) was a Singaporean statesman and lawyer who served as the first Prime Minister of Singapore from 1959 to 1990. A co-founder of the People's Action Party, he led Singapore out of Malaysia in 1965 and was succeeded by Goh Chok Tong.",
 [("Lee Kuan Yew", "PER"), ("Singaporean", "MISC"), ("Singapore", "LOC"), ("People's Action Party", "ORG"),
  ("Singapore", "LOC"), ("Malaysia", "LOC"), ("Goh Chok Tong", "PER")]),
# wA122
("Evo Morales Ayma (born 26 October 1959) is a Bolivian politician and former leader of the coca growers' unions, of Aymara descent, who served as President of Bolivia from 2006 to 2019. Born in Isallavi, Oruro Department, he led the Movement for Socialism (MAS) to three election victories.",
 [("Evo Morales Ayma", "PER"), ("Bolivian", "MISC"), ("Aymara", "MISC"), ("Bolivia", "LOC"), ("Isallavi", "LOC"),
  ("Oruro Department", "LOC"), ("Movement for Socialism", "ORG"), ("MAS", "ORG")]),
# wA123
("Nkosazana Dlamini-Zuma (born 27 January 1949) is a South African politician and physician who chaired the African Union Commission from 2012 to 2017, the first woman to hold the post. A member of the African National Congress, she was earlier minister of health under Nelson Mandela and of foreign affairs under Thabo Mbeki.",
 [("Nkosazana Dlamini-Zuma", "PER"), ("South African", "MISC"), ("African Union Commission", "ORG"),
  ("African National Congress", "ORG"), ("Nelson Mandela", "PER"), ("Thabo Mbeki", "PER")]),
# wA124
("N'Golo Kanté (born 29 March 1991) is a French professional footballer of Malian descent who plays as a midfielder for Al-Ittihad. He won the Premier League with Leicester City and Chelsea, and the 2018 FIFA World Cup with France.",
 [("N'Golo Kanté", "PER"), ("French", "MISC"), ("Malian", "MISC"), ("Al-Ittihad", "ORG"), ("Premier League", "MISC"),
  ("Leicester City", "ORG"), ("Chelsea", "ORG"), ("FIFA World Cup", "MISC"), ("France", "LOC")]),
# wA125
("Neeraj Chopra (born 24 December 1997) is an Indian javelin thrower from Khandra in Panipat district, Haryana. A junior commissioned officer in the Indian Army, he won Olympic gold in Tokyo in 2021 and silver three years later in Paris.",
 [("Neeraj Chopra", "PER"), ("Indian", "MISC"), ("Khandra", "LOC"), ("Panipat", "LOC"), ("Haryana", "LOC"),
  ("Indian Army", "ORG"), ("Olympic", "MISC"), ("Tokyo", "LOC"), ("Paris", "LOC")]),
# wA126
("Usain Bolt (born 21 August 1986) is a Jamaican retired sprinter from Sherwood Content in the parish of Trelawny. Coached by Glen Mills at the Racers Track Club in Kingston, he won eight Olympic gold medals and still holds the world records in the 100 and 200 metres.",
 [("Usain Bolt", "PER"), ("Jamaican", "MISC"), ("Sherwood Content", "LOC"), ("Trelawny", "LOC"), ("Glen Mills", "PER"),
  ("Racers Track Club", "ORG"), ("Kingston", "LOC"), ("Olympic", "MISC")]),
# wA127
("Mohamed Salah Hamed Mahrous Ghaly (born 15 June 1992) is an Egyptian footballer from Nagrig, a village in Gharbia Governorate. He played for El Mokawloon, Basel, Chelsea, Fiorentina and Roma before joining Liverpool in 2017.",
 [("Mohamed Salah Hamed Mahrous Ghaly", "PER"), ("Egyptian", "MISC"), ("Nagrig", "LOC"), ("Gharbia Governorate", "LOC"),
  ("El Mokawloon", "ORG"), ("Basel", "ORG"), ("Chelsea", "ORG"), ("Fiorentina", "ORG"), ("Roma", "ORG"),
  ("Liverpool", "ORG")]),
# wA128
("Shohei Ohtani (大谷 翔平; born 5 July 1994) is a Japanese professional baseball pitcher and designated hitter from Ōshū, Iwate Prefecture. After five seasons with the Hokkaido Nippon-Ham Fighters, he joined the Los Angeles Angels in 2018 and signed with the Los Angeles Dodgers in 2023.",
 [("Shohei Ohtani", "PER"), ("大谷 翔平", "PER"), ("Japanese", "MISC"), ("Ōshū", "LOC"), ("Iwate Prefecture", "LOC"),
  ("Hokkaido Nippon-Ham Fighters", "ORG"), ("Los Angeles Angels", "ORG"), ("Los Angeles Dodgers", "ORG")]),
# wA129
("Sohail Abbas (born 9 June 1975) is a Pakistani former field hockey player from Karachi, known as a drag-flick specialist. He scored 348 international goals for Pakistan and played club hockey in the Netherlands for HGC of Wassenaar.",
 [("Sohail Abbas", "PER"), ("Pakistani", "MISC"), ("Karachi", "LOC"), ("Pakistan", "LOC"), ("Netherlands", "LOC"),
  ("HGC", "ORG"), ("Wassenaar", "LOC")]),
# wA130
("Marit Bjørgen (born 21 March 1980) is a Norwegian former cross-country skier from Rognes in Midtre Gauldal. With eight gold medals at the Winter Olympics between 2010 and 2018, she is the most successful female Winter Olympian, and she skied for the club Rustad IL.",
 [("Marit Bjørgen", "PER"), ("Norwegian", "MISC"), ("Rognes", "LOC"), ("Midtre Gauldal", "LOC"), ("Winter Olympics", "MISC"),
  ("Winter Olympian", "MISC"), ("Rustad IL", "ORG")]),
# wA131
("Wangari Maathai (1 April 1940 – 25 September 2011) was a Kenyan environmental activist who founded the Green Belt Movement in 1977. Educated at Mount St. Scholastica College and the University of Nairobi, she became in 2004 the first African woman to receive the Nobel Peace Prize.",
 [("Wangari Maathai", "PER"), ("Kenyan", "MISC"), ("Green Belt Movement", "ORG"), ("Mount St. Scholastica College", "ORG"),
  ("University of Nairobi", "ORG"), ("African", "MISC"), ("Nobel Peace Prize", "MISC")]),
# wA132
("Tu Youyou (屠呦呦; born 30 December 1930) is a Chinese pharmaceutical chemist from Ningbo, Zhejiang. Working at the China Academy of Chinese Medical Sciences, she isolated artemisinin from sweet wormwood and shared the 2015 Nobel Prize in Physiology or Medicine with William C. Campbell and Satoshi Ōmura.",
 [("Tu Youyou", "PER"), ("屠呦呦", "PER"), ("Chinese", "MISC"), ("Ningbo", "LOC"), ("Zhejiang", "LOC"),
  ("China Academy of Chinese Medical Sciences", "ORG"), ("Nobel Prize in Physiology or Medicine", "MISC"),
  ("William C. Campbell", "PER"), ("Satoshi Ōmura", "PER")]),
# wA133
("Maryam Mirzakhani (Persian: مریم میرزاخانی; 12 May 1977 – 14 July 2017) was an Iranian mathematician and a professor at Stanford University. A graduate of Sharif University of Technology in Tehran, she became in 2014 the first woman to win the Fields Medal.",
 [("Maryam Mirzakhani", "PER"), ("Persian", "MISC"), ("مریم میرزاخانی", "PER"), ("Iranian", "MISC"),
  ("Stanford University", "ORG"), ("Sharif University of Technology", "ORG"), ("Tehran", "LOC"), ("Fields Medal", "MISC")]),
# wA134
("Pope Francis (born Jorge Mario Bergoglio; 17 December 1936 – 21 April 2025) was the head of the Catholic Church and sovereign of Vatican City from 2013 until his death. Born in the Flores district of Buenos Aires, he was the first Jesuit and the first Latin American to be elected pope.",
 [("Francis", "PER"), ("Jorge Mario Bergoglio", "PER"), ("Catholic Church", "ORG"), ("Vatican City", "LOC"),
  ("Flores", "LOC"), ("Buenos Aires", "LOC"), ("Jesuit", "MISC"), ("Latin American", "MISC")]),
# wA135
("Ahmed el-Tayeb (born 6 January 1946) is an Egyptian Islamic scholar who has served as Grand Imam of al-Azhar since 2010. Born in Luxor Governorate, he studied at the Sorbonne in Paris and was earlier president of Al-Azhar University.",
 [("Ahmed el-Tayeb", "PER"), ("Egyptian", "MISC"), ("Islamic", "MISC"), ("al-Azhar", "ORG"), ("Luxor Governorate", "LOC"),
  ("Sorbonne", "ORG"), ("Paris", "LOC"), ("Al-Azhar University", "ORG")]),
# wA136
("Guru Nanak (15 April 1469 – 22 September 1539) was the founder of Sikhism and the first of the ten Sikh gurus. Born in Talwandi, now Nankana Sahib in Pakistan, he travelled widely and spent his last years at Kartarpur on the Ravi River.",
 [("Nanak", "PER"), ("Sikhism", "MISC"), ("Sikh", "MISC"), ("Talwandi", "LOC"), ("Nankana Sahib", "LOC"),
  ("Pakistan", "LOC"), ("Kartarpur", "LOC"), ("Ravi River", "LOC")]),
# wA137
("Isoroku Yamamoto (山本 五十六; 4 April 1884 – 18 April 1943) was a Marshal Admiral of the Imperial Japanese Navy and commander of its Combined Fleet during the Second World War. He planned the attack on Pearl Harbor and was killed when his aircraft was shot down over Bougainville.",
 [("Isoroku Yamamoto", "PER"), ("山本 五十六", "PER"), ("Imperial Japanese Navy", "ORG"), ("Combined Fleet", "ORG"),
  ("Second World War", "MISC"), ("Pearl Harbor", "LOC"), ("Bougainville", "LOC")]),
# wA138
("Simón Bolívar (24 July 1783 – 17 December 1830) was a Venezuelan military and political leader who led the wars of independence against the Spanish Empire. Born in Caracas, he won the Battle of Boyacá in 1819 and became the first President of Gran Colombia.",
 [("Simón Bolívar", "PER"), ("Venezuelan", "MISC"), ("Spanish Empire", "LOC"), ("Caracas", "LOC"),
  ("Battle of Boyacá", "MISC"), ("Gran Colombia", "LOC")]),
# wA139
("Yakubu Gowon (born 19 October 1934) is a retired Nigerian Army general who was head of state of Nigeria from 1966 to 1975. Trained at the Royal Military Academy Sandhurst, he led the federal side in the Nigerian Civil War against the secessionist state of Biafra under Odumegwu Ojukwu.",
 [("Yakubu Gowon", "PER"), ("Nigerian Army", "ORG"), ("Nigeria", "LOC"), ("Royal Military Academy Sandhurst", "ORG"),
  ("Nigerian Civil War", "MISC"), ("Biafra", "LOC"), ("Odumegwu Ojukwu", "PER")]),
# wA140
("Sejong the Great (세종대왕; 15 May 1397 – 8 April 1450) was King of Joseon from 1418 to 1450. He commissioned the Korean alphabet, Hangul, which was promulgated in 1446 in the text Hunminjeongeum, and he supported the astronomer Jang Yeong-sil.",
 [("Sejong the Great", "PER"), ("세종대왕", "PER"), ("Joseon", "LOC"), ("Korean", "MISC"), ("Hangul", "MISC"),
  ("Hunminjeongeum", "MISC"), ("Jang Yeong-sil", "PER")]),
# wA141
("Sayajirao Gaekwad III (11 March 1863 – 6 February 1939) was the Maharaja of Baroda State from 1875 to 1939. He founded the Bank of Baroda and the Central Library in Baroda, and paid for the studies of B. R. Ambedkar at Columbia University.",
 [("Sayajirao Gaekwad III", "PER"), ("Baroda State", "LOC"), ("Bank of Baroda", "ORG"), ("Central Library", "ORG"),
  ("Baroda", "LOC"), ("B. R. Ambedkar", "PER"), ("Columbia University", "ORG")]),
# wA142
("Count Ferdinand von Zeppelin (8 July 1838 – 8 March 1917) was a German general and the founder of the Zeppelin airship company. His first rigid airship, LZ 1, flew over Lake Constance near Friedrichshafen in 1900.",
 [("Ferdinand von Zeppelin", "PER"), ("German", "MISC"), ("Zeppelin", "ORG"), ("LZ 1", "MISC"), ("Lake Constance", "LOC"),
  ("Friedrichshafen", "LOC")]),
# wA143
("Carlos Slim Helú (born 28 January 1940) is a Mexican business magnate of Lebanese descent whose conglomerate Grupo Carso controls the telephone companies Telmex and América Móvil. From 2010 to 2013 he was ranked by Forbes as the richest person in the world.",
 [("Carlos Slim Helú", "PER"), ("Mexican", "MISC"), ("Lebanese", "MISC"), ("Grupo Carso", "ORG"), ("Telmex", "ORG"),
  ("América Móvil", "ORG"), ("Forbes", "ORG")]),
# wA144
("Mo Ibrahim (born 3 May 1946) is a Sudanese-British businessman who founded the mobile operator Celtel in 1998, building networks in fourteen African countries. After selling it to MTC of Kuwait, he set up the Mo Ibrahim Foundation, which awards the Ibrahim Prize for Achievement in African Leadership.",
 [("Mo Ibrahim", "PER"), ("Sudanese-British", "MISC"), ("Celtel", "ORG"), ("African", "MISC"), ("MTC", "ORG"),
  ("Kuwait", "LOC"), ("Mo Ibrahim Foundation", "ORG"), ("Ibrahim Prize for Achievement in African Leadership", "MISC")]),
# wA145
("Shah Rukh Khan (born 2 November 1965) is an Indian actor and film producer who has appeared in more than 80 Hindi films, among them Dilwale Dulhania Le Jayenge (1995). Born in New Delhi, he co-owns the cricket team Kolkata Knight Riders and the production company Red Chillies Entertainment.",
 [("Shah Rukh Khan", "PER"), ("Indian", "MISC"), ("Hindi", "MISC"), ("Dilwale Dulhania Le Jayenge", "MISC"),
  ("New Delhi", "LOC"), ("Kolkata Knight Riders", "ORG"), ("Red Chillies Entertainment", "ORG")]),
# wA146
("Gong Li (巩俐; born 31 December 1965) is a Chinese actress born in Shenyang and raised in Jinan, Shandong. She first became known in films by Zhang Yimou such as Red Sorghum and Raise the Red Lantern, and she took Singaporean citizenship in 2008.",
 [("Gong Li", "PER"), ("巩俐", "PER"), ("Chinese", "MISC"), ("Shenyang", "LOC"), ("Jinan", "LOC"), ("Shandong", "LOC"),
  ("Zhang Yimou", "PER"), ("Red Sorghum", "MISC"), ("Raise the Red Lantern", "MISC"), ("Singaporean", "MISC")]),
# wA147
("Naguib Mahfouz (11 December 1911 – 30 August 2006) was an Egyptian writer from the Gamaleya quarter of Cairo who won the Nobel Prize in Literature in 1988. His Cairo Trilogy follows the family of Al-Sayyid Ahmad Abd al-Jawad from the 1919 revolution to the end of the Second World War.",
 [("Naguib Mahfouz", "PER"), ("Egyptian", "MISC"), ("Gamaleya", "LOC"), ("Cairo", "LOC"), ("Nobel Prize in Literature", "MISC"),
  ("Cairo Trilogy", "MISC"), ("Al-Sayyid Ahmad Abd al-Jawad", "PER"), ("Second World War", "MISC")]),
# wA148
("Liu Cixin (刘慈欣; born 23 June 1963) is a Chinese science fiction writer and former engineer at a power plant in Niangziguan, Shanxi. His novel The Three-Body Problem, first serialised in the magazine Science Fiction World, won the Hugo Award for Best Novel in 2015.",
 [("Liu Cixin", "PER"), ("刘慈欣", "PER"), ("Chinese", "MISC"), ("Niangziguan", "LOC"), ("Shanxi", "LOC"),
  ("The Three-Body Problem", "MISC"), ("Science Fiction World", "ORG"), ("Hugo Award for Best Novel", "MISC")]),
# wA149
("Olga Tokarczuk (born 29 January 1962) is a Polish novelist from Sulechów who received the 2018 Nobel Prize in Literature. Her novel Flights, translated by Jennifer Croft, won the Man Booker International Prize, and she set up the Olga Tokarczuk Foundation in Wrocław.",
 [("Olga Tokarczuk", "PER"), ("Polish", "MISC"), ("Sulechów", "LOC"), ("Nobel Prize in Literature", "MISC"),
  ("Flights", "MISC"), ("Jennifer Croft", "PER"), ("Man Booker International Prize", "MISC"),
  ("Olga Tokarczuk Foundation", "ORG"), ("Wrocław", "LOC")]),
# wA150
("Fela Anikulapo Kuti (15 October 1938 – 2 August 1997) was a Nigerian musician from Abeokuta who pioneered afrobeat with his band Africa 70. His commune in Lagos, which he called the Kalakuta Republic, was burned by soldiers in 1977 after the release of his album Zombie.",
 [("Fela Anikulapo Kuti", "PER"), ("Nigerian", "MISC"), ("Abeokuta", "LOC"), ("Africa 70", "ORG"), ("Lagos", "LOC"),
  ("Kalakuta Republic", "LOC"), ("Zombie", "MISC")]),
# wA151
("Umm Kulthum (Arabic: أم كلثوم; c. 1898 – 3 February 1975) was an Egyptian singer born in the village of Tamay ez-Zahayra in the Nile Delta. Her monthly concerts, broadcast by Egyptian Radio on the first Thursday of each month, were heard across the Arab world.",
 [("Umm Kulthum", "PER"), ("Arabic", "MISC"), ("أم كلثوم", "PER"), ("Egyptian", "MISC"), ("Tamay ez-Zahayra", "LOC"),
  ("Nile Delta", "LOC"), ("Egyptian Radio", "ORG"), ("Arab", "MISC")]),
# wA152
("Nusrat Fateh Ali Khan (13 October 1948 – 16 August 1997) was a Pakistani singer of qawwali, the devotional music of the Sufis, born in Faisalabad. He recorded for Peter Gabriel's Real World Records and sang on the soundtrack of Dead Man Walking.",
 [("Nusrat Fateh Ali Khan", "PER"), ("Pakistani", "MISC"), ("Sufis", "MISC"), ("Faisalabad", "LOC"),
  ("Peter Gabriel", "PER"), ("Real World Records", "ORG"), ("Dead Man Walking", "MISC")]),
# wA153
("Solidarity (Polish: Solidarność) is a Polish trade union founded in August 1980 at the Lenin Shipyard in Gdańsk under the leadership of Lech Wałęsa. It was banned under martial law in 1981 and won the partly free elections of 1989.",
 [("Solidarity", "ORG"), ("Polish", "MISC"), ("Solidarność", "ORG"), ("Polish", "MISC"), ("Lenin Shipyard", "LOC"),
  ("Gdańsk", "LOC"), ("Lech Wałęsa", "PER")]),
# wA154
("BRAC (originally the Bangladesh Rehabilitation Assistance Committee) is a development organisation founded in 1972 by Fazle Hasan Abed in Sulla, in the Sylhet region of Bangladesh. It runs schools, microfinance and health programmes in Bangladesh and in countries such as Uganda, Tanzania and Afghanistan.",
 [("BRAC", "ORG"), ("Bangladesh Rehabilitation Assistance Committee", "ORG"), ("Fazle Hasan Abed", "PER"), ("Sulla", "LOC"),
  ("Sylhet", "LOC"), ("Bangladesh", "LOC"), ("Bangladesh", "LOC"), ("Uganda", "LOC"), ("Tanzania", "LOC"),
  ("Afghanistan", "LOC")]),
# wA155
("Roscosmos (Russian: Роскосмос) is the state corporation responsible for the space programme of Russia, headquartered in Moscow. It took over the functions of the Russian Federal Space Agency in 2015 and launches crews from the Baikonur Cosmodrome in Kazakhstan.",
 [("Roscosmos", "ORG"), ("Russian", "MISC"), ("Роскосмос", "ORG"), ("Russia", "LOC"), ("Moscow", "LOC"),
  ("Russian Federal Space Agency", "ORG"), ("Baikonur Cosmodrome", "LOC"), ("Kazakhstan", "LOC")]),
# wA156
("Hezbollah (Arabic: حزب الله, 'Party of God') is a Shia Islamist political party and militia based in Lebanon, founded in the early 1980s with support from Iran's Islamic Revolutionary Guard Corps. Led from 1992 to 2024 by Hassan Nasrallah, it fought a war with Israel in 2006.",
 [("Hezbollah", "ORG"), ("Arabic", "MISC"), ("حزب الله", "ORG"), ("Party of God", "ORG"), ("Shia", "MISC"), ("Islamist", "MISC"),
  ("Lebanon", "LOC"), ("Iran", "LOC"), ("Islamic Revolutionary Guard Corps", "ORG"), ("Hassan Nasrallah", "PER"),
  ("Israel", "LOC")]),
# wA157
("The Order of Saint Benedict (OSB), whose members are known as Benedictines, is a monastic order of the Catholic Church that follows the Rule of Saint Benedict. Its mother house, Monte Cassino, was founded by Benedict of Nursia around 529 and destroyed in 1944 during the Battle of Monte Cassino.",
 [("Order of Saint Benedict", "ORG"), ("OSB", "ORG"), ("Benedictines", "MISC"), ("Catholic Church", "ORG"),
  ("Rule of Saint Benedict", "MISC"), ("Monte Cassino", "LOC"), ("Benedict of Nursia", "PER"),
  ("Battle of Monte Cassino", "MISC")]),
# wA158
("The Aga Khan University Hospital is a private teaching hospital in Karachi, Pakistan, opened in 1985 by the Aga Khan Development Network. It is run by the Aga Khan University, which also operates a hospital in Nairobi.",
 [("Aga Khan University Hospital", "ORG"), ("Karachi", "LOC"), ("Pakistan", "LOC"), ("Aga Khan Development Network", "ORG"),
  ("Aga Khan University", "ORG"), ("Nairobi", "LOC")]),
# wA159
("Makerere University is a public university in Kampala, Uganda, founded in 1922 as a technical school and often described as the oldest university in East Africa. Its alumni include Julius Nyerere, Benjamin Mkapa and Mwai Kibaki.",
 [("Makerere University", "ORG"), ("Kampala", "LOC"), ("Uganda", "LOC"), ("East Africa", "LOC"), ("Julius Nyerere", "PER"),
  ("Benjamin Mkapa", "PER"), ("Mwai Kibaki", "PER")]),
# wA160
("BOGOTÁ — Colombia's Senate on Tuesday approved a bill banning bullfighting from 2027, ending a tradition that dates back to Spanish colonial rule. The measure was backed by President Gustavo Petro and his Historic Pact coalition, while breeders in Boyacá and Caldas said they would challenge it before the Constitutional Court.",
 [("BOGOTÁ", "LOC"), ("Colombia", "LOC"), ("Senate", "ORG"), ("Spanish", "MISC"), ("Gustavo Petro", "PER"),
  ("Historic Pact", "ORG"), ("Boyacá", "LOC"), ("Caldas", "LOC"), ("Constitutional Court", "ORG")]),
]

# ---- batch 5: wA161-wA200 ----
DOCS += [
# wA161
("Larsen & Toubro is an Indian multinational engineering and construction company headquartered in Mumbai. It was founded in 1938 by two Danish engineers, Henning Holck-Larsen and Søren Kristian Toubro, and it built the Narendra Modi Stadium in Ahmedabad.",
 [("Larsen & Toubro", "ORG"), ("Indian", "MISC"), ("Mumbai", "LOC"), ("Danish", "MISC"), ("Henning Holck-Larsen", "PER"),
  ("Søren Kristian Toubro", "PER"), ("Narendra Modi Stadium", "LOC"), ("Ahmedabad", "LOC")]),
# wA162
("Siemens AG is a German industrial conglomerate headquartered in Munich, founded in Berlin in 1847 by Werner von Siemens and Johann Georg Halske. Its rail division builds the Velaro high-speed trains used by Renfe in Spain and by Russian Railways.",
 [("Siemens AG", "ORG"), ("German", "MISC"), ("Munich", "LOC"), ("Berlin", "LOC"), ("Werner von Siemens", "PER"),
  ("Johann Georg Halske", "PER"), ("Velaro", "MISC"), ("Renfe", "ORG"), ("Spain", "LOC"), ("Russian Railways", "ORG")]),
# wA163
("The Nokia 3310 is a mobile phone announced by the Finnish company Nokia in September 2000 and built at factories in Salo and Komárom. More than 120 million units were sold, and HMD Global released a new version in 2017.",
 [("Nokia 3310", "MISC"), ("Finnish", "MISC"), ("Nokia", "ORG"), ("Salo", "LOC"), ("Komárom", "LOC"), ("HMD Global", "ORG")]),
# wA164
("MV Doña Paz was a passenger ferry owned by Sulpicio Lines that sank in the Tablas Strait on 20 December 1987 after colliding with the tanker MT Vector. Sailing from Tacloban to Manila, it was carrying far more passengers than its listed capacity.",
 [("MV Doña Paz", "MISC"), ("Sulpicio Lines", "ORG"), ("Tablas Strait", "LOC"), ("MT Vector", "MISC"), ("Tacloban", "LOC"),
  ("Manila", "LOC")]),
# wA165
("Long March 5 (Chinese: 长征五号) is a heavy-lift launch vehicle developed by the China Academy of Launch Vehicle Technology. It flies from the Wenchang Spacecraft Launch Site on Hainan and launched the Tianwen-1 probe in 2020.",
 [("Long March 5", "MISC"), ("Chinese", "MISC"), ("长征五号", "MISC"), ("China Academy of Launch Vehicle Technology", "ORG"),
  ("Wenchang Spacecraft Launch Site", "LOC"), ("Hainan", "LOC"), ("Tianwen-1", "MISC")]),
# wA166
("The Scream (Norwegian: Skrik) is the name given to four versions of a composition by the Norwegian painter Edvard Munch, created between 1893 and 1910. A painted version hangs in the National Museum of Norway in Oslo, and another is held by the Munch Museum.",
 [("The Scream", "MISC"), ("Norwegian", "MISC"), ("Skrik", "MISC"), ("Norwegian", "MISC"), ("Edvard Munch", "PER"),
  ("National Museum of Norway", "ORG"), ("Oslo", "LOC"), ("Munch Museum", "ORG")]),
# wA167
("Aida is an opera in four acts by Giuseppe Verdi to an Italian libretto by Antonio Ghislanzoni, first performed at the Khedivial Opera House in Cairo in 1871. It was commissioned by the Khedive Isma'il of Egypt.",
 [("Aida", "MISC"), ("Giuseppe Verdi", "PER"), ("Italian", "MISC"), ("Antonio Ghislanzoni", "PER"),
  ("Khedivial Opera House", "LOC"), ("Cairo", "LOC"), ("Isma'il", "PER"), ("Egypt", "LOC")]),
# wA168
("Naruto (ナルト) is a Japanese manga series written and illustrated by Masashi Kishimoto and serialised in Shueisha's Weekly Shōnen Jump from 1999 to 2014. It follows Naruto Uzumaki, a young ninja from the village of Konohagakure, and was adapted into an anime by Studio Pierrot.",
 [("Naruto", "MISC"), ("ナルト", "MISC"), ("Japanese", "MISC"), ("Masashi Kishimoto", "PER"), ("Shueisha", "ORG"),
  ("Weekly Shōnen Jump", "ORG"), ("Naruto Uzumaki", "PER"), ("Konohagakure", "LOC"), ("Studio Pierrot", "ORG")]),
# wA169
("The Epic of Manas is a traditional epic poem of the Kyrgyz people, recounting the deeds of the hero Manas and his descendants Semetey and Seitek. Performers known as manaschi recite it from memory, and UNESCO added it to its list of intangible heritage in 2013.",
 [("Epic of Manas", "MISC"), ("Kyrgyz", "MISC"), ("Manas", "PER"), ("Semetey", "PER"), ("Seitek", "PER"), ("UNESCO", "ORG")]),
# wA170
("The Kontinental Hockey League (KHL) is an international professional ice hockey league founded in 2008, with clubs from Russia, Belarus, Kazakhstan and China. Its champion receives the Gagarin Cup, won most often by SKA Saint Petersburg and Ak Bars Kazan.",
 [("Kontinental Hockey League", "MISC"), ("KHL", "MISC"), ("Russia", "LOC"), ("Belarus", "LOC"), ("Kazakhstan", "LOC"),
  ("China", "LOC"), ("Gagarin Cup", "MISC"), ("SKA Saint Petersburg", "ORG"), ("Ak Bars Kazan", "ORG")]),
# wA171
("The Chinese Super League is the top division of professional football in China, contested by sixteen clubs and run by the Chinese Football Association. Guangzhou Evergrande won eight titles between 2011 and 2019 under coaches such as Marcello Lippi and Luiz Felipe Scolari.",
 [("Chinese Super League", "MISC"), ("China", "LOC"), ("Chinese Football Association", "ORG"),
  ("Guangzhou Evergrande", "ORG"), ("Marcello Lippi", "PER"), ("Luiz Felipe Scolari", "PER")]),
# wA172
("The Comrades Marathon is an ultramarathon of about 90 kilometres run each year between Durban and Pietermaritzburg in the province of KwaZulu-Natal, South Africa. First held in 1921 to remember soldiers of the First World War, it was won nine times by Bruce Fordyce.",
 [("Comrades Marathon", "MISC"), ("Durban", "LOC"), ("Pietermaritzburg", "LOC"), ("KwaZulu-Natal", "LOC"),
  ("South Africa", "LOC"), ("First World War", "MISC"), ("Bruce Fordyce", "PER")]),
# wA173
("The Eurovision Song Contest is an annual song competition organised by the European Broadcasting Union since 1956. Ireland and Sweden have won it seven times each, and Ukraine's entry \"Stefania\" by Kalush Orchestra won in Turin in 2022.",
 [("Eurovision Song Contest", "MISC"), ("European Broadcasting Union", "ORG"), ("Ireland", "LOC"), ("Sweden", "LOC"),
  ("Ukraine", "LOC"), ("Stefania", "MISC"), ("Kalush Orchestra", "ORG"), ("Turin", "LOC")]),
# wA174
("The Prix Goncourt is a French literary prize given each year since 1903 by the Académie Goncourt to the author of 'the best imaginative prose work of the year'. Its winners include Marcel Proust, Marguerite Duras and, in 2021, the Senegalese writer Mohamed Mbougar Sarr.",
 [("Prix Goncourt", "MISC"), ("French", "MISC"), ("Académie Goncourt", "ORG"), ("Marcel Proust", "PER"),
  ("Marguerite Duras", "PER"), ("Senegalese", "MISC"), ("Mohamed Mbougar Sarr", "PER")]),
# wA175
("The Sakharov Prize for Freedom of Thought is awarded each year by the European Parliament to people and groups who defend human rights. Named after the Soviet physicist Andrei Sakharov, it was first given in 1988 to Nelson Mandela and Anatoly Marchenko.",
 [("Sakharov Prize for Freedom of Thought", "MISC"), ("European Parliament", "ORG"), ("Soviet", "MISC"),
  ("Andrei Sakharov", "PER"), ("Nelson Mandela", "PER"), ("Anatoly Marchenko", "PER")]),
# wA176
("Lyudmila Pavlichenko (12 July 1916 – 10 October 1974) was a Soviet sniper in the Red Army during the Second World War, credited with 309 kills around Odessa and Sevastopol. She toured Canada and the United States in 1942 with Eleanor Roosevelt and was made a Hero of the Soviet Union in 1943.",
 [("Lyudmila Pavlichenko", "PER"), ("Soviet", "MISC"), ("Red Army", "ORG"), ("Second World War", "MISC"), ("Odessa", "LOC"),
  ("Sevastopol", "LOC"), ("Canada", "LOC"), ("United States", "LOC"), ("Eleanor Roosevelt", "PER"),
  ("Hero of the Soviet Union", "MISC")]),
# wA177
("Michael Somare (9 April 1936 – 26 February 2021) was a Papua New Guinean politician who led the country to independence from Australia in 1975 and served three times as its Prime Minister. Born in Rabaul, he founded the Pangu Party and later the National Alliance Party.",
 [("Michael Somare", "PER"), ("Papua New Guinean", "MISC"), ("Australia", "LOC"), ("Rabaul", "LOC"), ("Pangu Party", "ORG"),
  ("National Alliance Party", "ORG")]),
# wA178
("Valerie Adams (born 6 October 1984) is a New Zealand shot putter of Tongan and English descent from Rotorua. She won Olympic gold in Beijing and London and was made a Dame Companion of the New Zealand Order of Merit in 2017.",
 [("Valerie Adams", "PER"), ("New Zealand", "LOC"), ("Tongan", "MISC"), ("English", "MISC"), ("Rotorua", "LOC"),
  ("Olympic", "MISC"), ("Beijing", "LOC"), ("London", "LOC"), ("New Zealand Order of Merit", "MISC")]),
# wA179
("Nursultan Nazarbayev (born 6 July 1940) is a Kazakh politician who was the first President of Kazakhstan from 1991 to 2019. A former steelworker in Temirtau, he moved the capital from Almaty to Astana, which was called Nur-Sultan in his honour from 2019 to 2022.",
 [("Nursultan Nazarbayev", "PER"), ("Kazakh", "MISC"), ("Kazakhstan", "LOC"), ("Temirtau", "LOC"), ("Almaty", "LOC"),
  ("Astana", "LOC"), ("Nur-Sultan", "LOC")]),
# wA180
("Uzbekistan Airways (Uzbek: O'zbekiston Havo Yo'llari) is the national airline of Uzbekistan, based at Tashkent International Airport. Formed in 1992 from the local directorate of Aeroflot, it flies Boeing 787 and Airbus A320 aircraft to cities in Europe and Asia.",
 [("Uzbekistan Airways", "ORG"), ("Uzbek", "MISC"), ("O'zbekiston Havo Yo'llari", "ORG"), ("Uzbekistan", "LOC"),
  ("Tashkent International Airport", "LOC"), ("Aeroflot", "ORG"), ("Boeing 787", "MISC"), ("Airbus A320", "MISC"),
  ("Europe", "LOC"), ("Asia", "LOC")]),
# wA181
("Aimé Césaire (26 June 1913 – 17 April 2008) was a Martinican poet and politician who co-founded the Négritude movement in Paris with Léopold Sédar Senghor and Léon-Gontran Damas. He served as mayor of Fort-de-France for 56 years and wrote the long poem Cahier d'un retour au pays natal.",
 [("Aimé Césaire", "PER"), ("Martinican", "MISC"), ("Négritude", "MISC"), ("Paris", "LOC"), ("Léopold Sédar Senghor", "PER"),
  ("Léon-Gontran Damas", "PER"), ("Fort-de-France", "LOC"), ("Cahier d'un retour au pays natal", "MISC")]),
# wA182
("Kalaallit Nunaataa Radioa (KNR) is the public broadcaster of Greenland, based in Nuuk. Founded in 1958, it broadcasts on radio and television in Greenlandic and Danish.",
 [("Kalaallit Nunaataa Radioa", "ORG"), ("KNR", "ORG"), ("Greenland", "LOC"), ("Nuuk", "LOC"), ("Greenlandic", "MISC"),
  ("Danish", "MISC")]),
# wA183
("Kaʻahumanu (c. 1768 – 5 June 1832) was queen consort of Kamehameha I and later kuhina nui, or regent, of the Kingdom of Hawaiʻi. After his death she ended the ʻaikapu system of taboos together with his son Liholiho, and in 1825 she was baptised by missionaries of the American Board of Commissioners for Foreign Missions.",
 [("Kaʻahumanu", "PER"), ("Kamehameha I", "PER"), ("Kingdom of Hawaiʻi", "LOC"), ("Liholiho", "PER"),
  ("American Board of Commissioners for Foreign Missions", "ORG")]),
# wA184
("Kaizer Chiefs sacked their Tunisian coach Nasreddine Nabi on Sunday after a 2-0 defeat by Orlando Pirates in the Soweto derby at FNB Stadium. The Johannesburg club said his assistant Khalil Ben Youssef would take charge until the end of the season.",
 [("Kaizer Chiefs", "ORG"), ("Tunisian", "MISC"), ("Nasreddine Nabi", "PER"), ("Orlando Pirates", "ORG"), ("Soweto", "LOC"),
  ("FNB Stadium", "LOC"), ("Johannesburg", "LOC"), ("Khalil Ben Youssef", "PER")]),
# wA185
("MANILA (AP) — A Philippine court on Friday acquitted former senator Leila de Lima of the last drug charge against her, more than six years after she was jailed under President Rodrigo Duterte. De Lima, a leading critic of Duterte's drug war, thanked supporters outside the Muntinlupa Regional Trial Court.",
 [("MANILA", "LOC"), ("AP", "ORG"), ("Philippine", "MISC"), ("Leila de Lima", "PER"), ("Rodrigo Duterte", "PER"),
  ("De Lima", "PER"), ("Duterte", "PER"), ("Muntinlupa Regional Trial Court", "ORG")]),
# wA186
("BRASÍLIA, May 2 (Reuters) - Petrobras will invest $102 billion over five years, Chief Executive Magda Chambriard said on Thursday, with much of the money going to offshore fields in the Santos Basin. Shares of the Brazilian state oil company rose 3% in São Paulo.",
 [("BRASÍLIA", "LOC"), ("Reuters", "ORG"), ("Petrobras", "ORG"), ("Magda Chambriard", "PER"), ("Santos Basin", "LOC"),
  ("Brazilian", "MISC"), ("São Paulo", "LOC")]),
# wA187
("My grandmother still talks about the evening in 1966 when Eusébio scored four goals against North Korea at Goodison Park. She had listened to the match on Rádio Renascença in a café in Lourenço Marques, where he had grown up before Benfica signed him.",
 [("Eusébio", "PER"), ("North Korea", "LOC"), ("Goodison Park", "LOC"), ("Rádio Renascença", "ORG"),
  ("Lourenço Marques", "LOC"), ("Benfica", "ORG")]),
# wA188
("The ferry from Mwanza to Bukoba takes all night, and most passengers sleep on deck under the stars of Lake Victoria. Older travellers still remember the MV Bukoba, which capsized near Mwanza in 1996.",
 [("Mwanza", "LOC"), ("Bukoba", "LOC"), ("Lake Victoria", "LOC"), ("MV Bukoba", "MISC"), ("Mwanza", "LOC")]),
# wA189
("In her laboratory at the University of São Paulo, Mayana Zatz has spent four decades studying muscular dystrophies in Brazilian families. Her team at the Human Genome and Stem Cell Research Center has also sequenced the genomes of hundreds of people over eighty.",
 [("University of São Paulo", "ORG"), ("Mayana Zatz", "PER"), ("Brazilian", "MISC"),
  ("Human Genome and Stem Cell Research Center", "ORG")]),
# wA190
("bKash is a mobile financial service in Bangladesh, launched in 2011 as a subsidiary of BRAC Bank with later investment from the Bill & Melinda Gates Foundation and Ant Group. By 2023 it had more than 70 million registered users.",
 [("bKash", "ORG"), ("Bangladesh", "LOC"), ("BRAC Bank", "ORG"), ("Bill & Melinda Gates Foundation", "ORG"),
  ("Ant Group", "ORG")]),
# wA191
("The U.N. Security Council voted on Friday to extend the mandate of MONUSCO, its peacekeeping mission in the Democratic Republic of Congo, for another year. China and Russia abstained, while the U.S. envoy Linda Thomas-Greenfield said the force remained vital in North Kivu.",
 [("U.N. Security Council", "ORG"), ("MONUSCO", "ORG"), ("Democratic Republic of Congo", "LOC"), ("China", "LOC"),
  ("Russia", "LOC"), ("U.S.", "LOC"), ("Linda Thomas-Greenfield", "PER"), ("North Kivu", "LOC")]),
# wA192
("Banco Pichincha C.A. is the largest private bank in Ecuador, founded in Quito in 1906. Controlled for decades by the banker Fidel Egas Grijalva, it also owns Banco Pichincha España in Madrid and a subsidiary in Bogotá.",
 [("Banco Pichincha C.A.", "ORG"), ("Ecuador", "LOC"), ("Quito", "LOC"), ("Fidel Egas Grijalva", "PER"),
  ("Banco Pichincha España", "ORG"), ("Madrid", "LOC"), ("Bogotá", "LOC")]),
# wA193
("Mary MacKillop (15 January 1842 – 8 August 1909) was an Australian nun who co-founded the Sisters of St Joseph of the Sacred Heart in Penola, South Australia, with Julian Tenison Woods. In 2010 she was canonised by Pope Benedict XVI as the first Australian saint.",
 [("Mary MacKillop", "PER"), ("Australian", "MISC"), ("Sisters of St Joseph of the Sacred Heart", "ORG"), ("Penola", "LOC"),
  ("South Australia", "LOC"), ("Julian Tenison Woods", "PER"), ("Benedict XVI", "PER"), ("Australian", "MISC")]),
# wA194
("Faf du Plessis (born 13 July 1984) is a South African cricketer from Pretoria who captained South Africa in all formats. He has played franchise cricket for Chennai Super Kings, Royal Challengers Bengaluru and Paarl Royals.",
 [("Faf du Plessis", "PER"), ("South African", "MISC"), ("Pretoria", "LOC"), ("South Africa", "LOC"),
  ("Chennai Super Kings", "ORG"), ("Royal Challengers Bengaluru", "ORG"), ("Paarl Royals", "ORG")]),
# wA195
("Vittorio De Sica (7 July 1901 – 13 November 1974) was an Italian director and actor born in Sora, Lazio. His neorealist film Bicycle Thieves (Ladri di biciclette, 1948) received an honorary Academy Award, and Two Women brought Sophia Loren the Academy Award for Best Actress.",
 [("Vittorio De Sica", "PER"), ("Italian", "MISC"), ("Sora", "LOC"), ("Lazio", "LOC"), ("Bicycle Thieves", "MISC"),
  ("Ladri di biciclette", "MISC"), ("Academy Award", "MISC"), ("Two Women", "MISC"), ("Sophia Loren", "PER"),
  ("Academy Award for Best Actress", "MISC")]),
# wA196
("Tedros Adhanom Ghebreyesus (born 3 March 1965) is an Ethiopian public health researcher who has been Director-General of the World Health Organization since 2017. A member of the Tigray People's Liberation Front, he was earlier Ethiopia's minister of health and then of foreign affairs.",
 [("Tedros Adhanom Ghebreyesus", "PER"), ("Ethiopian", "MISC"), ("World Health Organization", "ORG"),
  ("Tigray People's Liberation Front", "ORG"), ("Ethiopia", "LOC")]),
# wA197
("Mirza Fatali Akhundzade (12 July 1812 – 9 March 1878) was an Azerbaijani playwright and philosopher born in Shaki who worked as a translator for the Russian viceroy in Tiflis. He wrote the first comedies in the Azerbaijani language and proposed replacing the Arabic script with a Latin one.",
 [("Mirza Fatali Akhundzade", "PER"), ("Azerbaijani", "MISC"), ("Shaki", "LOC"), ("Russian", "MISC"), ("Tiflis", "LOC"),
  ("Azerbaijani", "MISC"), ("Arabic", "MISC"), ("Latin", "MISC")]),
# wA198
("Hamad bin Isa Al Khalifa (born 28 January 1950) is the King of Bahrain, having succeeded his father Isa bin Salman Al Khalifa as emir in 1999. He proclaimed himself king in 2002 and is the supreme commander of the Bahrain Defence Force.",
 [("Hamad bin Isa Al Khalifa", "PER"), ("Bahrain", "LOC"), ("Isa bin Salman Al Khalifa", "PER"),
  ("Bahrain Defence Force", "ORG")]),
# wA199
("Ecobank Transnational Incorporated is a banking group headquartered in Lomé, Togo, founded in 1985 with support from the Federation of West African Chambers of Commerce and Industry. It operates in 33 African countries and is listed on the Nigerian Exchange, the Ghana Stock Exchange and the BRVM in Abidjan.",
 [("Ecobank Transnational Incorporated", "ORG"), ("Lomé", "LOC"), ("Togo", "LOC"),
  ("Federation of West African Chambers of Commerce and Industry", "ORG"), ("African", "MISC"), ("Nigerian Exchange", "ORG"),
  ("Ghana Stock Exchange", "ORG"), ("BRVM", "ORG"), ("Abidjan", "LOC")]),
# wA200
("Rubén Blades Bellido de Luna (born 16 July 1948) is a Panamanian singer, actor and politician from Panama City. He recorded the salsa album Siembra with Willie Colón for Fania Records in 1978, and he served as Panama's minister of tourism under Martín Torrijos.",
 [("Rubén Blades Bellido de Luna", "PER"), ("Panamanian", "MISC"), ("Panama City", "LOC"), ("Siembra", "MISC"),
  ("Willie Colón", "PER"), ("Fania Records", "ORG"), ("Panama", "LOC"), ("Martín Torrijos", "PER")]),
]
