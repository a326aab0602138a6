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
