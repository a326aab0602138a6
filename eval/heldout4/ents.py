# Decision list for eval/heldout4/entities-wiki.jsonl (the source of truth).
# Written and labelled by hand; see README.md for the decisions (D1...).
# Each document: (id, text, [(surface, label) or (surface, label, occurrence)]).
# occurrence counts case-sensitive whole-word matches of surface in text, from 1;
# a match inside a longer labelled name still counts (see README, "How it was made").

DCT = "2025-01-15"

DOCS = [
("w001",
 "Ana Paula Rodrigues da Silva (born 12 May 1961) is a Brazilian former footballer who played as a midfielder for Santos FC and Clube de Regatas do Flamengo. She later coached the women's team of Sociedade Esportiva Palmeiras.",
 [("Ana Paula Rodrigues da Silva", "PER"), ("Brazilian", "MISC"), ("Santos FC", "ORG"),
  ("Clube de Regatas do Flamengo", "ORG"), ("Sociedade Esportiva Palmeiras", "ORG")]),

("w002",
 "Zbójno is a village in the administrative district of Gmina Zbójno, within Golub-Dobrzyń County, Kuyavian-Pomeranian Voivodeship, in north-central Poland. It lies approximately 12 kilometres (7 mi) east of Golub-Dobrzyń and 45 km (28 mi) east of Toruń.",
 [("Zbójno", "LOC", 1), ("Gmina Zbójno", "LOC"), ("Golub-Dobrzyń County", "LOC"),
  ("Kuyavian-Pomeranian Voivodeship", "LOC"), ("Poland", "LOC"), ("Golub-Dobrzyń", "LOC", 2),
  ("Toruń", "LOC")]),

("w003",
 "Imzad Collective is a Tuareg band formed in 1994 in Kidal, Mali, by the guitarists Ibrahim Ag Alhousseini and Moussa ag Assarid. Their third album, Tenere Blues, was released by World Circuit Records in 2003 and won the BBC Radio 3 Award for World Music.",
 [("Imzad Collective", "ORG"), ("Tuareg", "MISC"), ("Kidal", "LOC"), ("Mali", "LOC"),
  ("Ibrahim Ag Alhousseini", "PER"), ("Moussa ag Assarid", "PER"), ("Tenere Blues", "MISC"),
  ("World Circuit Records", "ORG"), ("BBC Radio 3 Award for World Music", "MISC")]),

("w004",
 "The Ouham is a river in the Central African Republic and Chad, and a major tributary of the Chari. It rises near Bocaranga in the Ouham-Pendé prefecture and flows north past Bossangoa before crossing into Chad at Sido.",
 [("Ouham", "LOC", 1), ("Central African Republic", "LOC"), ("Chad", "LOC", 1), ("Chari", "LOC"),
  ("Bocaranga", "LOC"), ("Ouham-Pendé", "LOC"), ("Bossangoa", "LOC"), ("Chad", "LOC", 2),
  ("Sido", "LOC")]),

("w005",
 "The Universidad Nacional de San Agustín de Arequipa (UNSA) is a public university in Arequipa, Peru. It was founded in 1828 under the government of Antonio Gutiérrez de la Fuente and is the second-oldest university in the country after the National University of San Marcos.",
 [("Universidad Nacional de San Agustín de Arequipa", "ORG"), ("UNSA", "ORG"),
  ("Arequipa", "LOC", 2), ("Peru", "LOC"), ("Antonio Gutiérrez de la Fuente", "PER"),
  ("National University of San Marcos", "ORG")]),

("w006",
 "The Battle of Adwa was fought on 1 March 1896 between the Ethiopian Empire and the Kingdom of Italy near the town of Adwa in Tigray. The Ethiopian victory under Emperor Menelik II secured Ethiopia's independence.",
 [("Battle of Adwa", "MISC"), ("Ethiopian Empire", "LOC"), ("Kingdom of Italy", "LOC"),
  ("Adwa", "LOC", 2), ("Tigray", "LOC"), ("Ethiopian", "MISC", 2), ("Menelik II", "PER"),
  ("Ethiopia", "LOC")]),

("w007",
 "The Treaty of Tordesillas, signed at Tordesillas in Castile on 7 June 1494, divided newly encountered lands outside Europe between Portugal and Castile. It was confirmed by Pope Julius II in 1506.",
 [("Treaty of Tordesillas", "MISC"), ("Tordesillas", "LOC", 2), ("Castile", "LOC", 1),
  ("Europe", "LOC"), ("Portugal", "LOC"), ("Castile", "LOC", 2), ("Julius II", "PER")]),

("w008",
 "HMS Dido was a frigate of the Leander class built for the Royal Navy by Yarrow Shipbuilders on the Clyde and launched in 1961. She was sold to the Royal New Zealand Navy in 1983 and recommissioned as HMNZS Southland.",
 [("HMS Dido", "MISC"), ("Leander", "MISC"), ("Royal Navy", "ORG"), ("Yarrow Shipbuilders", "ORG"),
  ("Clyde", "LOC"), ("Royal New Zealand Navy", "ORG"), ("HMNZS Southland", "MISC")]),

("w009",
 "The Premio Nacional de Literatura is a literary award given every two years by the Government of Chile. Past laureates include Gabriela Mistral, Pablo Neruda and Marta Brunet, who received it in 1961.",
 [("Premio Nacional de Literatura", "MISC"), ("Government of Chile", "ORG"),
  ("Gabriela Mistral", "PER"), ("Pablo Neruda", "PER"), ("Marta Brunet", "PER")]),

("w010",
 "The Partido Nacionalista Vasco (Basque Nationalist Party, PNV) is a centre-right party founded in Bilbao in 1895 by Sabino Arana. It has governed the Basque Country for most of the period since 1980 and sits with the Renew Europe group in the European Parliament.",
 [("Partido Nacionalista Vasco", "ORG"), ("Basque Nationalist Party", "ORG"), ("PNV", "ORG"),
  ("Bilbao", "LOC"), ("Sabino Arana", "PER"), ("Basque Country", "LOC"), ("Renew Europe", "ORG"),
  ("European Parliament", "ORG")]),

("w011",
 "The Instituto Butantan is a biomedical research centre in São Paulo, Brazil, affiliated with the São Paulo State Secretariat of Health. It was established in 1901 by the physician Vital Brazil to produce serum against bubonic plague.",
 [("Instituto Butantan", "ORG"), ("São Paulo", "LOC", 1), ("Brazil", "LOC", 1),
  ("São Paulo State Secretariat of Health", "ORG"), ("Vital Brazil", "PER")]),

("w012",
 "Xala is a 1975 Senegalese satirical film written and directed by Ousmane Sembène, based on his novel of the same name. It was screened at the Karlovy Vary International Film Festival and stars Thierno Leye as El Hadji Abdou Kader Beye.",
 [("Xala", "MISC"), ("Senegalese", "MISC"), ("Ousmane Sembène", "PER"),
  ("Karlovy Vary International Film Festival", "MISC"), ("Thierno Leye", "PER"),
  ("El Hadji Abdou Kader Beye", "PER")]),

("w013",
 "Tigrinya is an Ethio-Semitic language spoken mainly in Eritrea and in the Tigray Region of northern Ethiopia. It is written in the Ge'ez script and is closely related to Tigre and Amharic.",
 [("Tigrinya", "MISC"), ("Ethio-Semitic", "MISC"), ("Eritrea", "LOC"), ("Tigray Region", "LOC"),
  ("Ethiopia", "LOC"), ("Ge'ez", "MISC"), ("Tigre", "MISC"), ("Amharic", "MISC")]),

("w014",
 "The Hmong are an ethnic group living mainly in southern China, Vietnam, Laos and Thailand. After 1975 many Hmong refugees resettled in the United States, particularly in Minnesota and in California's Central Valley.",
 [("Hmong", "MISC", 1), ("China", "LOC"), ("Vietnam", "LOC"), ("Laos", "LOC"), ("Thailand", "LOC"),
  ("Hmong", "MISC", 2), ("United States", "LOC"), ("Minnesota", "LOC"), ("California", "LOC"),
  ("Central Valley", "LOC")]),

("w015",
 "Nguyễn Thị Định (15 March 1920 – 26 August 1992) was a Vietnamese revolutionary and the first female general of the People's Army of Vietnam. Born in Bến Tre Province, she led the Đồng Khởi uprising there in 1960.",
 [("Nguyễn Thị Định", "PER"), ("Vietnamese", "MISC"), ("People's Army of Vietnam", "ORG"),
  ("Bến Tre Province", "LOC"), ("Đồng Khởi", "MISC")]),

("w016",
 "Grupo Bimbo is a Mexican multinational bakery company headquartered in Mexico City. It was founded in 1945 by Lorenzo Servitje and his relatives, and in 2008 it acquired the American bakery business of George Weston Limited, including the Stroehmann brand.",
 [("Grupo Bimbo", "ORG"), ("Mexican", "MISC"), ("Mexico City", "LOC"), ("Lorenzo Servitje", "PER"),
  ("American", "MISC"), ("George Weston Limited", "ORG"), ("Stroehmann", "MISC")]),

("w017",
 "Al Ahly SC is an Egyptian sports club based in Cairo, best known for its football team, which plays in the Egyptian Premier League. It was founded in 1907 by Omar Lotfy and has won the CAF Champions League more often than any other club.",
 [("Al Ahly SC", "ORG"), ("Egyptian", "MISC", 1), ("Cairo", "LOC"),
  ("Egyptian Premier League", "MISC"), ("Omar Lotfy", "PER"), ("CAF Champions League", "MISC")]),

("w018",
 "Nevado Huascarán is the highest mountain in Peru, rising to 6,768 metres in the Cordillera Blanca in the Ancash Region. Its summit was first reached in 1932 by a German–Austrian expedition led by Philipp Borchers.",
 [("Nevado Huascarán", "LOC"), ("Peru", "LOC"), ("Cordillera Blanca", "LOC"), ("Ancash Region", "LOC"),
  ("German", "MISC"), ("Austrian", "MISC"), ("Philipp Borchers", "PER")]),

("w019",
 "Nkhata Bay is a town on the western shore of Lake Malawi and the administrative centre of Nkhata Bay District in the Northern Region of Malawi. The ferry MV Ilala calls at its harbour on the route between Monkey Bay and Chilumba.",
 [("Nkhata Bay", "LOC", 1), ("Lake Malawi", "LOC"), ("Nkhata Bay District", "LOC"),
  ("Northern Region", "LOC"), ("Malawi", "LOC", 2), ("MV Ilala", "MISC"), ("Monkey Bay", "LOC"),
  ("Chilumba", "LOC")]),

("w020",
 "Kinshasa Nights is the fourth studio album by the Congolese rumba singer Mbilia Bel, released in 1987 by Genidia. It was recorded in Paris with members of Tabu Ley Rochereau's band Afrisa International.",
 [("Kinshasa Nights", "MISC"), ("Congolese", "MISC"), ("Mbilia Bel", "PER"), ("Genidia", "ORG"),
  ("Paris", "LOC"), ("Tabu Ley Rochereau", "PER"), ("Afrisa International", "ORG")]),

("w021",
 "Wola Radziszowska is a village in the administrative district of Gmina Skawina, within Kraków County, Lesser Poland Voivodeship, in southern Poland. It lies approximately 9 kilometres (6 mi) south of Skawina and 19 km (12 mi) south-west of the regional capital Kraków.",
 [("Wola Radziszowska", "LOC"), ("Gmina Skawina", "LOC"), ("Kraków County", "LOC"),
  ("Lesser Poland Voivodeship", "LOC"), ("Poland", "LOC", 2), ("Skawina", "LOC", 2),
  ("Kraków", "LOC", 2)]),

("w022",
 "Deh-e Now (also Romanized as Dehnow) is a village in Kuhestan Rural District, in the Central District of Darmian County, South Khorasan Province, Iran. At the 2006 census, its population was 412, in 98 families.",
 [("Deh-e Now", "LOC"), ("Dehnow", "LOC"), ("Kuhestan Rural District", "LOC"),
  ("Central District", "LOC"), ("Darmian County", "LOC"), ("South Khorasan Province", "LOC"),
  ("Iran", "LOC")]),

("w023",
 "Mamadou Niang Diop (born 3 October 1994) is a Senegalese professional footballer who plays as a centre-back for Ligue 1 club Stade Rennais and the Senegal national team. He began his career at Génération Foot in Dakar.",
 [("Mamadou Niang Diop", "PER"), ("Senegalese", "MISC"), ("Ligue 1", "MISC"), ("Stade Rennais", "ORG"),
  ("Senegal", "LOC"), ("Génération Foot", "ORG"), ("Dakar", "LOC")]),

("w024",
 "Bagan is an ancient city in the Mandalay Region of Myanmar. From the 9th to the 13th century it was the capital of the Pagan Kingdom, and more than 2,000 of its Buddhist temples survive, among them the Ananda Temple and the Shwesandaw Pagoda.",
 [("Bagan", "LOC"), ("Mandalay Region", "LOC"), ("Myanmar", "LOC"), ("Pagan Kingdom", "LOC"),
  ("Buddhist", "MISC"), ("Ananda Temple", "LOC"), ("Shwesandaw Pagoda", "LOC")]),

("w025",
 "Tupou College is a Methodist secondary school for boys at Toloa on the island of Tongatapu, Tonga. Founded in 1866 by the missionary James Egan Moulton, it is one of the oldest secondary schools in the Pacific.",
 [("Tupou College", "ORG"), ("Methodist", "MISC"), ("Toloa", "LOC"), ("Tongatapu", "LOC"),
  ("Tonga", "LOC"), ("James Egan Moulton", "PER"), ("Pacific", "LOC")]),

("w026",
 "Mukhtar Auezov (28 September 1897 – 27 June 1961) was a Kazakh writer and playwright, best known for the epic novel Abai Zholy (The Path of Abai). The Auezov South Kazakhstan University in Shymkent and a district of Almaty bear his name.",
 [("Mukhtar Auezov", "PER"), ("Kazakh", "MISC"), ("Abai Zholy", "MISC"), ("The Path of Abai", "MISC"),
  ("Auezov South Kazakhstan University", "ORG"), ("Shymkent", "LOC"), ("Almaty", "LOC")]),

("w027",
 "The Movimiento al Socialismo (MAS-IPSP) is a left-wing political party in Bolivia, led for many years by Evo Morales. It grew out of the coca growers' unions of the Chapare region and won the 2005 general election.",
 [("Movimiento al Socialismo", "ORG"), ("MAS-IPSP", "ORG"), ("Bolivia", "LOC"), ("Evo Morales", "PER"),
  ("Chapare", "LOC")]),

("w028",
 "Stefan Uroš IV Dušan (c. 1308 – 20 December 1355) was King of Serbia from 1331 and Emperor of the Serbs and Greeks from 1346. His law code, Dušan's Code, was promulgated at a state assembly in Skopje in 1349.",
 [("Stefan Uroš IV Dušan", "PER"), ("Serbia", "LOC"), ("Serbs", "MISC"), ("Greeks", "MISC"),
  ("Dušan's Code", "MISC"), ("Skopje", "LOC")]),

("w029",
 "Sonali Bank PLC is a state-owned commercial bank in Bangladesh, headquartered in Motijheel, Dhaka. It was formed in 1972 by merging the Bangladeshi branches of National Bank of Pakistan, Bank of Bahawalpur and Premier Bank.",
 [("Sonali Bank PLC", "ORG"), ("Bangladesh", "LOC"), ("Motijheel", "LOC"), ("Dhaka", "LOC"),
  ("Bangladeshi", "MISC"), ("National Bank of Pakistan", "ORG"), ("Bank of Bahawalpur", "ORG"),
  ("Premier Bank", "ORG")]),

("w030",
 "Ahmad ibn Mājid (born c. 1432) was an Arab navigator and cartographer from Julfar, in what is now Ras al-Khaimah in the United Arab Emirates. His treatise Kitāb al-Fawā'id described the sea routes of the Indian Ocean.",
 [("Ahmad ibn Mājid", "PER"), ("Arab", "MISC", 1), ("Julfar", "LOC"), ("Ras al-Khaimah", "LOC"),
  ("United Arab Emirates", "LOC"), ("Kitāb al-Fawā'id", "MISC"), ("Indian Ocean", "LOC")]),

("w031",
 "The Rijksmuseum van Oudheden (National Museum of Antiquities) is the national archaeological museum of the Netherlands, located in Leiden. It was established in 1818 under its first director, Caspar Reuvens, and houses the Egyptian Temple of Taffeh.",
 [("Rijksmuseum van Oudheden", "ORG"), ("National Museum of Antiquities", "ORG"),
  ("Netherlands", "LOC"), ("Leiden", "LOC"), ("Caspar Reuvens", "PER"), ("Egyptian", "MISC"),
  ("Temple of Taffeh", "LOC")]),

("w032",
 "Cassa di Risparmio di Firenze was an Italian savings bank based in Florence, founded in 1829 by a group of citizens including Cosimo Ridolfi. Since 2007 it has been part of Intesa Sanpaolo.",
 [("Cassa di Risparmio di Firenze", "ORG"), ("Italian", "MISC"), ("Florence", "LOC"),
  ("Cosimo Ridolfi", "PER"), ("Intesa Sanpaolo", "ORG")]),

("w033",
 "Jean-Baptiste Point du Sable (before 1750 – 28 August 1818) was a trader of African and French descent who settled at the mouth of the Chicago River in the 1780s. He is regarded as the first permanent settler of what became Chicago.",
 [("Jean-Baptiste Point du Sable", "PER"), ("African", "MISC"), ("French", "MISC"),
  ("Chicago River", "LOC"), ("Chicago", "LOC", 2)]),

("w034",
 "Die Toten Hosen is a German punk rock band from Düsseldorf, formed in 1982. Their album Opium fürs Volk reached number one in Germany, Austria and Switzerland, and was released on the band's own label, JKP.",
 [("Die Toten Hosen", "ORG"), ("German", "MISC"), ("Düsseldorf", "LOC"), ("Opium fürs Volk", "MISC"),
  ("Germany", "LOC"), ("Austria", "LOC"), ("Switzerland", "LOC"), ("JKP", "ORG")]),

("w035",
 "Ikiru is a 1952 Japanese drama film directed by Akira Kurosawa and starring Takashi Shimura as a Tokyo bureaucrat. It was produced by Toho and shown at the Berlin International Film Festival in 1954.",
 [("Ikiru", "MISC"), ("Japanese", "MISC"), ("Akira Kurosawa", "PER"), ("Takashi Shimura", "PER"),
  ("Tokyo", "LOC"), ("Toho", "ORG"), ("Berlin International Film Festival", "MISC")]),

("w036",
 "Hwasun County is a county in South Jeolla Province, South Korea, about 20 km south-east of Gwangju. Its dolmen fields were listed by UNESCO in 2000 together with those of Gochang and Ganghwa Island.",
 [("Hwasun County", "LOC"), ("South Jeolla Province", "LOC"), ("South Korea", "LOC"), ("Gwangju", "LOC"),
  ("UNESCO", "ORG"), ("Gochang", "LOC"), ("Ganghwa Island", "LOC")]),

("w037",
 "Partai Kebangkitan Bangsa (National Awakening Party, PKB) is an Islamic political party in Indonesia. It was founded in 1998 by leaders of Nahdlatul Ulama, including Abdurrahman Wahid, who became president the following year.",
 [("Partai Kebangkitan Bangsa", "ORG"), ("National Awakening Party", "ORG"), ("PKB", "ORG"),
  ("Islamic", "MISC"), ("Indonesia", "LOC"), ("Nahdlatul Ulama", "ORG"), ("Abdurrahman Wahid", "PER")]),

("w038",
 "The Maji Maji Rebellion (1905–1907) was an armed uprising against colonial rule in German East Africa. It began among the Matumbi people near Kilwa and was suppressed by the Schutztruppe under Gustav Adolf von Götzen.",
 [("Maji Maji Rebellion", "MISC"), ("German East Africa", "LOC"), ("Matumbi", "MISC"), ("Kilwa", "LOC"),
  ("Schutztruppe", "ORG"), ("Gustav Adolf von Götzen", "PER")]),

("w039",
 "The Haudenosaunee Confederacy, also called the Iroquois Confederacy or the Six Nations, is a union of Iroquoian-speaking peoples in north-eastern North America. Its members are the Mohawk, Oneida, Onondaga, Cayuga, Seneca and Tuscarora nations.",
 [("Haudenosaunee Confederacy", "ORG"), ("Iroquois Confederacy", "ORG"), ("Six Nations", "ORG"),
  ("Iroquoian", "MISC"), ("North America", "LOC"), ("Mohawk", "MISC"), ("Oneida", "MISC"),
  ("Onondaga", "MISC"), ("Cayuga", "MISC"), ("Seneca", "MISC"), ("Tuscarora", "MISC")]),

("w040",
 "Rivière-du-Loup is a city in the Bas-Saint-Laurent region of Quebec, Canada, on the south shore of the Saint Lawrence River. It is the seat of Rivière-du-Loup Regional County Municipality and is linked by ferry to Saint-Siméon.",
 [("Rivière-du-Loup", "LOC", 1), ("Bas-Saint-Laurent", "LOC"), ("Quebec", "LOC"), ("Canada", "LOC"),
  ("Saint Lawrence River", "LOC"), ("Rivière-du-Loup Regional County Municipality", "LOC"),
  ("Saint-Siméon", "LOC")]),

("w041",
 "Queen's Park Cricket Club is a cricket club in Port of Spain, Trinidad and Tobago, founded in 1891. Its ground, the Queen's Park Oval, has hosted international matches since 1930, when the West Indies played England there.",
 [("Queen's Park Cricket Club", "ORG"), ("Port of Spain", "LOC"), ("Trinidad and Tobago", "LOC"),
  ("Queen's Park Oval", "LOC"), ("West Indies", "LOC"), ("England", "LOC")]),

("w042",
 "Kautokeino (Northern Sámi: Guovdageaidnu) is a municipality in Troms og Finnmark county, Norway. Most of its inhabitants are Sámi, and it is home to the Sámi University of Applied Sciences and the Beaivváš Sámi National Theatre.",
 [("Kautokeino", "LOC"), ("Northern Sámi", "MISC"), ("Guovdageaidnu", "LOC"), ("Troms og Finnmark", "LOC"),
  ("Norway", "LOC"), ("Sámi", "MISC", 2), ("Sámi University of Applied Sciences", "ORG"),
  ("Beaivváš Sámi National Theatre", "ORG")]),

("w043",
 "The Vilyuy is a river in the Sakha Republic of Russia and the longest tributary of the Lena. Diamond deposits near Mirny, in its basin, were discovered in 1955 by the geologist Larisa Popugayeva.",
 [("Vilyuy", "LOC"), ("Sakha Republic", "LOC"), ("Russia", "LOC"), ("Lena", "LOC"), ("Mirny", "LOC"),
  ("Larisa Popugayeva", "PER")]),

("w044",
 "The Nabataean Kingdom was an Arab state centred on Petra, in what is now southern Jordan. It was annexed by the Roman Empire under Trajan in 106 AD and became the province of Arabia Petraea.",
 [("Nabataean Kingdom", "LOC"), ("Arab", "MISC"), ("Petra", "LOC"), ("Jordan", "LOC"),
  ("Roman Empire", "LOC"), ("Trajan", "PER"), ("Arabia Petraea", "LOC")]),

("w045",
 "Yolŋu Matha is a group of Australian Aboriginal languages spoken in north-east Arnhem Land in the Northern Territory. The band Yothu Yindi, formed at Yirrkala in 1986, sang in Gumatj as well as in English.",
 [("Yolŋu Matha", "MISC"), ("Australian Aboriginal", "MISC"), ("Arnhem Land", "LOC"),
  ("Northern Territory", "LOC"), ("Yothu Yindi", "ORG"), ("Yirrkala", "LOC"), ("Gumatj", "MISC"),
  ("English", "MISC")]),

("w046",
 "The Alfred Wegener Institute for Polar and Marine Research is a German research institute based in Bremerhaven. It operates the icebreaker Polarstern and the Neumayer Station III in Dronning Maud Land, Antarctica.",
 [("Alfred Wegener Institute for Polar and Marine Research", "ORG"), ("German", "MISC"),
  ("Bremerhaven", "LOC"), ("Polarstern", "MISC"), ("Neumayer Station III", "LOC"),
  ("Dronning Maud Land", "LOC"), ("Antarctica", "LOC")]),

("w047",
 "Shahriyar Mammadyarov (born 12 April 1985) is an Azerbaijani chess grandmaster from Sumgait. He won the World Junior Chess Championship in 2003 and played for the Azerbaijan team that won the European Team Chess Championship in 2009.",
 [("Shahriyar Mammadyarov", "PER"), ("Azerbaijani", "MISC"), ("Sumgait", "LOC"),
  ("World Junior Chess Championship", "MISC"), ("Azerbaijan", "LOC"),
  ("European Team Chess Championship", "MISC")]),

("w048",
 "Osei Tutu II (born Barima Kwaku Duah, 6 May 1950) is the sixteenth Asantehene, the ruler of the Ashanti people of Ghana. He was enthroned at Manhyia Palace in Kumasi in 1999.",
 [("Osei Tutu II", "PER"), ("Barima Kwaku Duah", "PER"), ("Ashanti", "MISC"), ("Ghana", "LOC"),
  ("Manhyia Palace", "LOC"), ("Kumasi", "LOC")]),

("w049",
 "Adiós Nonino is an album by the Argentine bandoneonist Astor Piazzolla, released in 1969 by Trova. The title track, written after the death of his father, Vicente Piazzolla, was first recorded in New York City.",
 [("Adiós Nonino", "MISC"), ("Argentine", "MISC"), ("Astor Piazzolla", "PER"), ("Trova", "ORG"),
  ("Vicente Piazzolla", "PER"), ("New York City", "LOC")]),

("w050",
 "The founding members of the Mouvement National Congolais in 1956 included Patrice Lumumba, Cyrille Adoula, Joseph Ileo, Gaston Diomi Ngambu and Arthur Pinzi. The party won the largest number of seats in the general election held in the Belgian Congo in May 1960.",
 [("Mouvement National Congolais", "ORG"), ("Patrice Lumumba", "PER"), ("Cyrille Adoula", "PER"),
  ("Joseph Ileo", "PER"), ("Gaston Diomi Ngambu", "PER"), ("Arthur Pinzi", "PER"),
  ("Belgian Congo", "LOC")]),

("w051",
 "Çatalhöyük is a Neolithic settlement on the Konya Plain of southern Anatolia, Turkey. It was first excavated by James Mellaart in the 1960s and later by a team led by Ian Hodder of Stanford University.",
 [("Çatalhöyük", "LOC"), ("Neolithic", "MISC"), ("Konya Plain", "LOC"), ("Anatolia", "LOC"),
  ("Turkey", "LOC"), ("James Mellaart", "PER"), ("Ian Hodder", "PER"), ("Stanford University", "ORG")]),

("w052",
 "Peshawar Zalmi is a franchise cricket team that competes in the Pakistan Super League, representing the city of Peshawar in Khyber Pakhtunkhwa. The team is owned by Javed Afridi and won the league title in 2017 under the captaincy of Darren Sammy.",
 [("Peshawar Zalmi", "ORG"), ("Pakistan Super League", "MISC"), ("Peshawar", "LOC", 2),
  ("Khyber Pakhtunkhwa", "LOC"), ("Javed Afridi", "PER"), ("Darren Sammy", "PER")]),

("w053",
 "Kabankalan is a component city in the province of Negros Occidental, Philippines. According to the 2020 census, it has a population of 200,198 people, most of whom speak Hiligaynon.",
 [("Kabankalan", "LOC"), ("Negros Occidental", "LOC"), ("Philippines", "LOC"), ("Hiligaynon", "MISC")]),

("w054",
 "The Yanomami are an indigenous people of about 35,000 who live in some 250 villages in the Amazon rainforest on the border between Venezuela and Brazil. In 1992 the Brazilian government demarcated the Yanomami Indigenous Territory in the states of Roraima and Amazonas.",
 [("Yanomami", "MISC", 1), ("Amazon", "LOC"), ("Venezuela", "LOC"), ("Brazil", "LOC"),
  ("Brazilian", "MISC"), ("Yanomami Indigenous Territory", "LOC"), ("Roraima", "LOC"),
  ("Amazonas", "LOC")]),

("w055",
 "The Institute for Nuclear Research and Nuclear Energy (INRNE) is a research institute in Sofia, Bulgaria, run by the Bulgarian Academy of Sciences. It was set up in 1972 and later took over the country's only research reactor.",
 [("Institute for Nuclear Research and Nuclear Energy", "ORG"), ("INRNE", "ORG"), ("Sofia", "LOC"),
  ("Bulgaria", "LOC"), ("Bulgarian Academy of Sciences", "ORG")]),

("w056",
 "Ivan Mazepa (1639–1709) was Hetman of the Zaporizhian Host from 1687. In 1708 he allied with Charles XII of Sweden against Peter the Great, and after their defeat at the Battle of Poltava he fled to Bender in the Ottoman Empire.",
 [("Ivan Mazepa", "PER"), ("Zaporizhian Host", "ORG"), ("Charles XII", "PER"), ("Sweden", "LOC"),
  ("Peter the Great", "PER"), ("Battle of Poltava", "MISC"), ("Bender", "LOC"), ("Ottoman Empire", "LOC")]),

("w057",
 "Monte Albán is a large archaeological site in the Santa Cruz Xoxocotlán municipality of Oaxaca, Mexico. For over a thousand years it was the political centre of the Zapotecs, and in 1932 the archaeologist Alfonso Caso found a rich burial there.",
 [("Monte Albán", "LOC"), ("Santa Cruz Xoxocotlán", "LOC"), ("Oaxaca", "LOC"), ("Mexico", "LOC"),
  ("Zapotecs", "MISC"), ("Alfonso Caso", "PER")]),

("w058",
 "Viña Concha y Toro is the largest wine producer in Latin America, based in Puente Alto, Chile. It was founded in 1883 by Melchor Concha y Toro, and its best-known brand, Casillero del Diablo, is sold in more than 140 countries.",
 [("Viña Concha y Toro", "ORG"), ("Latin America", "LOC"), ("Puente Alto", "LOC"), ("Chile", "LOC"),
  ("Melchor Concha y Toro", "PER"), ("Casillero del Diablo", "MISC")]),

("w059",
 "Buriram United Football Club is a Thai professional football club based in Buriram that plays in Thai League 1. Its home ground is the Chang Arena, and its owner, Newin Chidchob, was formerly a minister in the government of Thaksin Shinawatra.",
 [("Buriram United Football Club", "ORG"), ("Thai", "MISC", 1), ("Buriram", "LOC", 2),
  ("Thai League 1", "MISC"), ("Chang Arena", "LOC"), ("Newin Chidchob", "PER"),
  ("Thaksin Shinawatra", "PER")]),

("w060",
 "Lukla is a small town in the Khumbu area of Solukhumbu District in north-eastern Nepal. Its Tenzing–Hillary Airport, named after Tenzing Norgay and Edmund Hillary, is the usual starting point for treks to Mount Everest base camp.",
 [("Lukla", "LOC"), ("Khumbu", "LOC"), ("Solukhumbu District", "LOC"), ("Nepal", "LOC"),
  ("Tenzing–Hillary Airport", "LOC"), ("Tenzing Norgay", "PER"), ("Edmund Hillary", "PER"),
  ("Mount Everest", "LOC")]),

("w061",
 "Ethiopian Airlines is the flag carrier of Ethiopia, wholly owned by the Ethiopian government, with its hub at Addis Ababa Bole International Airport. It was founded in 1945 with assistance from Trans World Airlines and is a member of Star Alliance.",
 [("Ethiopian Airlines", "ORG"), ("Ethiopia", "LOC"), ("Ethiopian", "MISC", 2),
  ("Addis Ababa Bole International Airport", "LOC"), ("Trans World Airlines", "ORG"),
  ("Star Alliance", "ORG")]),

("w062",
 "São Gabriel was the flagship of Vasco da Gama's first voyage to India, which left Lisbon on 8 July 1497. Its pilot was Pêro de Alenquer, and it returned to the Tagus in 1499.",
 [("São Gabriel", "MISC"), ("Vasco da Gama", "PER"), ("India", "LOC"), ("Lisbon", "LOC"),
  ("Pêro de Alenquer", "PER"), ("Tagus", "LOC")]),

("w063",
 "The Inkatha Freedom Party (IFP) is a political party in South Africa, with its strongest support among Zulu speakers in KwaZulu-Natal. It was founded in 1975 by Mangosuthu Buthelezi as a cultural movement.",
 [("Inkatha Freedom Party", "ORG"), ("IFP", "ORG"), ("South Africa", "LOC"), ("Zulu", "MISC"),
  ("KwaZulu-Natal", "LOC"), ("Mangosuthu Buthelezi", "PER")]),

("w064",
 "The Dravida Munnetra Kazhagam (DMK) is a regional political party in the Indian state of Tamil Nadu. It was founded in 1949 by C. N. Annadurai after a split from the Dravidar Kazhagam of E. V. Ramasamy.",
 [("Dravida Munnetra Kazhagam", "ORG"), ("DMK", "ORG"), ("Indian", "MISC"), ("Tamil Nadu", "LOC"),
  ("C. N. Annadurai", "PER"), ("Dravidar Kazhagam", "ORG"), ("E. V. Ramasamy", "PER")]),

("w065",
 "Edson Arantes do Nascimento (23 October 1940 – 29 December 2022), known as Pelé, was a Brazilian footballer who played as a forward for Santos and the New York Cosmos. He won the FIFA World Cup three times with Brazil.",
 [("Edson Arantes do Nascimento", "PER"), ("Pelé", "PER"), ("Brazilian", "MISC"), ("Santos", "ORG"),
  ("New York Cosmos", "ORG"), ("FIFA World Cup", "MISC"), ("Brazil", "LOC")]),

("w066",
 "Erdene Zuu Monastery is the oldest surviving Buddhist monastery in Mongolia, built in 1585 on the orders of Abtai, a Khalkha prince, near the ruins of Karakorum, the capital of the Mongol Empire. It lies in Kharkhorin sum of Övörkhangai Province.",
 [("Erdene Zuu Monastery", "LOC"), ("Buddhist", "MISC"), ("Mongolia", "LOC"), ("Abtai", "PER"),
  ("Khalkha", "MISC"), ("Karakorum", "LOC"), ("Mongol Empire", "LOC"), ("Kharkhorin", "LOC"),
  ("Övörkhangai Province", "LOC")]),

("w067",
 "Falealupo is a village on the western tip of Savai'i island in Samoa. It is part of the Vaisigano electoral constituency and is known for its rainforest canopy walkway, built with help from the Seacology foundation.",
 [("Falealupo", "LOC"), ("Savai'i", "LOC"), ("Samoa", "LOC"), ("Vaisigano", "LOC"), ("Seacology", "ORG")]),

("w068",
 "Los Olimareños were a Uruguayan folk duo formed in Treinta y Tres in 1962 by Braulio López and José Luis Guerra. Their album Cielo del 69, released by Orfeo, was banned during the civic-military dictatorship.",
 [("Los Olimareños", "ORG"), ("Uruguayan", "MISC"), ("Treinta y Tres", "LOC"), ("Braulio López", "PER"),
  ("José Luis Guerra", "PER"), ("Cielo del 69", "MISC"), ("Orfeo", "ORG")]),

("w069",
 "Egils saga is an Icelandic saga about the life of the poet Egill Skallagrímsson, who was born at Borg á Mýrum around 910. It is often attributed to Snorri Sturluson and survives in the Möðruvallabók manuscript.",
 [("Egils saga", "MISC"), ("Icelandic", "MISC"), ("Egill Skallagrímsson", "PER"), ("Borg á Mýrum", "LOC"),
  ("Snorri Sturluson", "PER"), ("Möðruvallabók", "MISC")]),

("w070",
 "The Royal Society for the Protection of Birds (RSPB) is a charity in the United Kingdom founded in 1889 by Emily Williamson in Didsbury, Manchester. Its headquarters are at The Lodge near Sandy, Bedfordshire.",
 [("Royal Society for the Protection of Birds", "ORG"), ("RSPB", "ORG"), ("United Kingdom", "LOC"),
  ("Emily Williamson", "PER"), ("Didsbury", "LOC"), ("Manchester", "LOC"), ("The Lodge", "LOC"),
  ("Sandy", "LOC"), ("Bedfordshire", "LOC")]),

("w071",
 "Papiamento is a Portuguese-based creole language spoken in Aruba, Bonaire and Curaçao. It became an official language of Curaçao and Aruba in 2007 alongside Dutch and English.",
 [("Papiamento", "MISC"), ("Portuguese", "MISC"), ("Aruba", "LOC", 1), ("Bonaire", "LOC"),
  ("Curaçao", "LOC", 1), ("Curaçao", "LOC", 2), ("Aruba", "LOC", 2), ("Dutch", "MISC"),
  ("English", "MISC")]),

("w072",
 "The Camp David Accords were signed by Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin on 17 September 1978, after negotiations hosted by Jimmy Carter at Camp David in Maryland.",
 [("Camp David Accords", "MISC"), ("Egyptian", "MISC"), ("Anwar Sadat", "PER"), ("Israeli", "MISC"),
  ("Menachem Begin", "PER"), ("Jimmy Carter", "PER"), ("Camp David", "LOC", 2), ("Maryland", "LOC")]),

("w073",
 "Dimitrios Domazos (born 22 January 1942) is a Greek former footballer who spent most of his career with Panathinaikos in Athens. He played in the European Cup Final of 1971 at Wembley Stadium against Ajax.",
 [("Dimitrios Domazos", "PER"), ("Greek", "MISC"), ("Panathinaikos", "ORG"), ("Athens", "LOC"),
  ("European Cup Final", "MISC"), ("Wembley Stadium", "LOC"), ("Ajax", "ORG")]),

("w074",
 "Tegla Loroupe (born 9 May 1973) is a Kenyan long-distance runner from Kapenguria in West Pokot County. She was the first African woman to win the New York City Marathon, in 1994, and she founded the Tegla Loroupe Peace Foundation.",
 [("Tegla Loroupe", "PER", 1), ("Kenyan", "MISC"), ("Kapenguria", "LOC"), ("West Pokot County", "LOC"),
  ("African", "MISC"), ("New York City Marathon", "MISC"), ("Tegla Loroupe Peace Foundation", "ORG")]),

("w075",
 "The Rebellion of Túpac Amaru II broke out in 1780 in the Viceroyalty of Peru. It was led by José Gabriel Condorcanqui, a kuraka from Tinta who had taken the name Túpac Amaru II, and was suppressed by Spanish forces in 1781.",
 [("Rebellion of Túpac Amaru II", "MISC"), ("Viceroyalty of Peru", "LOC"),
  ("José Gabriel Condorcanqui", "PER"), ("Tinta", "LOC"), ("Túpac Amaru II", "PER", 2),
  ("Spanish", "MISC")]),

("w076",
 "The Battle of Điện Biên Phủ was fought between the French Far East Expeditionary Corps and the Việt Minh from March to May 1954. The Việt Minh commander, General Võ Nguyên Giáp, surrounded the French garrison in the valley of the Nậm Rốm.",
 [("Battle of Điện Biên Phủ", "MISC"), ("French Far East Expeditionary Corps", "ORG"),
  ("Việt Minh", "ORG", 1), ("Việt Minh", "ORG", 2), ("Võ Nguyên Giáp", "PER"), ("French", "MISC", 2),
  ("Nậm Rốm", "LOC")]),

("w077",
 "Zhang Heng (78–139) was a Chinese polymath of the Han dynasty, born in Nanyang. He served as chief astronomer at the imperial court in Luoyang and built an early seismoscope.",
 [("Zhang Heng", "PER"), ("Chinese", "MISC"), ("Han", "MISC"), ("Nanyang", "LOC"), ("Luoyang", "LOC")]),

("w078",
 "Goroka is the capital of Eastern Highlands Province in Papua New Guinea. The town hosts the annual Goroka Show, a gathering of highland singsing groups first organised by Australian patrol officers in 1957, and is home to the University of Goroka.",
 [("Goroka", "LOC", 1), ("Eastern Highlands Province", "LOC"), ("Papua New Guinea", "LOC"),
  ("Goroka Show", "MISC"), ("Australian", "MISC"), ("University of Goroka", "ORG")]),

("w079",
 "Iqaluit, formerly Frobisher Bay, is the capital of Nunavut, Canada, on the south coast of Baffin Island. Most residents are Inuit and speak Inuktitut, and the city is served by Canadian North and Air Inuit flights.",
 [("Iqaluit", "LOC"), ("Frobisher Bay", "LOC"), ("Nunavut", "LOC"), ("Canada", "LOC"),
  ("Baffin Island", "LOC"), ("Inuit", "MISC", 1), ("Inuktitut", "MISC"), ("Canadian North", "ORG"),
  ("Air Inuit", "ORG")]),

("w080",
 "Ste. Genevieve is a city in Ste. Genevieve County, Missouri, on the west bank of the Mississippi River. Founded by French Canadian colonists around 1735, it was the first permanent European settlement in the state.",
 [("Ste. Genevieve", "LOC", 1), ("Ste. Genevieve County", "LOC"), ("Missouri", "LOC"),
  ("Mississippi River", "LOC"), ("French Canadian", "MISC"), ("European", "MISC")]),

("w081",
 "Asima Chatterjee (23 September 1917 – 22 November 2006) was an Indian organic chemist known for her work on vinca alkaloids. She was the first woman to earn a doctorate in science from an Indian university, the University of Calcutta, and was awarded the Padma Bhushan in 1975.",
 [("Asima Chatterjee", "PER"), ("Indian", "MISC", 1), ("Indian", "MISC", 2),
  ("University of Calcutta", "ORG"), ("Padma Bhushan", "MISC")]),

("w082",
 "Ilha de Moçambique is a small coral island off the coast of Nampula Province, Mozambique, linked to the mainland by a 3 km bridge. It was the capital of Portuguese East Africa until 1898, when the seat of government moved to Lourenço Marques.",
 [("Ilha de Moçambique", "LOC"), ("Nampula Province", "LOC"), ("Mozambique", "LOC"),
  ("Portuguese East Africa", "LOC"), ("Lourenço Marques", "LOC")]),

("w083",
 "Euphoria is a song performed by the Swedish singer Loreen, which won the Eurovision Song Contest in 2012, held in Baku, Azerbaijan. It was written by Thomas G:son and Peter Boström and released by Warner Music Sweden.",
 [("Euphoria", "MISC"), ("Swedish", "MISC"), ("Loreen", "PER"), ("Eurovision Song Contest", "MISC"),
  ("Baku", "LOC"), ("Azerbaijan", "LOC"), ("Thomas G:son", "PER"), ("Peter Boström", "PER"),
  ("Warner Music Sweden", "ORG")]),

("w084",
 "Notable alumni of the Lycée Sisowath in Phnom Penh include Norodom Sihanouk (1922–2012), Saloth Sar (1925–1998), better known as Pol Pot, and Khieu Samphan (born 1931).",
 [("Lycée Sisowath", "ORG"), ("Phnom Penh", "LOC"), ("Norodom Sihanouk", "PER"), ("Saloth Sar", "PER"),
  ("Pol Pot", "PER"), ("Khieu Samphan", "PER")]),

("w085",
 "The Joint Institute for Nuclear Research (JINR) is an international research centre in Dubna, Moscow Oblast, founded in 1956 by the Soviet Union and eleven other states. The element dubnium is named after the town.",
 [("Joint Institute for Nuclear Research", "ORG"), ("JINR", "ORG"), ("Dubna", "LOC"),
  ("Moscow Oblast", "LOC"), ("Soviet Union", "LOC")]),

("w086",
 "Piranhas is a municipality in the western part of the state of Alagoas, Brazil, on the São Francisco River. Across the river in Sergipe lies the Grota do Angico, where the bandit leader Lampião and his partner Maria Bonita were killed by police in 1938.",
 [("Piranhas", "LOC"), ("Alagoas", "LOC"), ("Brazil", "LOC"), ("São Francisco River", "LOC"),
  ("Sergipe", "LOC"), ("Grota do Angico", "LOC"), ("Lampião", "PER"), ("Maria Bonita", "PER")]),

("w087",
 "The XV International Brigade was a unit of volunteers that fought for the Second Spanish Republic in the Spanish Civil War. It included the Abraham Lincoln Battalion and the British Battalion, and took part in the Battle of Jarama in February 1937.",
 [("XV International Brigade", "ORG"), ("Second Spanish Republic", "LOC"), ("Spanish Civil War", "MISC"),
  ("Abraham Lincoln Battalion", "ORG"), ("British Battalion", "ORG"), ("Battle of Jarama", "MISC")]),

("w088",
 "The Paraná is a river in South America that runs through Brazil, Paraguay and Argentina for some 4,880 kilometres. Together with the Uruguay River it forms the Río de la Plata estuary near Buenos Aires.",
 [("Paraná", "LOC"), ("South America", "LOC"), ("Brazil", "LOC"), ("Paraguay", "LOC"),
  ("Argentina", "LOC"), ("Uruguay River", "LOC"), ("Río de la Plata", "LOC"), ("Buenos Aires", "LOC")]),

("w089",
 "Musa Keita I (c. 1280 – c. 1337) was the ninth ruler of the Mali Empire. His pilgrimage to Mecca in 1324, during which he passed through Cairo, became famous across North Africa and Europe for the amount of gold he carried.",
 [("Musa Keita I", "PER"), ("Mali Empire", "LOC"), ("Mecca", "LOC"), ("Cairo", "LOC"),
  ("North Africa", "LOC"), ("Europe", "LOC")]),

("w090",
 "Giant Manufacturing Co. Ltd. is a Taiwanese bicycle manufacturer founded in 1972 by King Liu in Dajia, Taichung. Its bicycles are sold under the Giant, Liv and Momentum brands.",
 [("Giant Manufacturing Co. Ltd.", "ORG"), ("Taiwanese", "MISC"), ("King Liu", "PER"), ("Dajia", "LOC"),
  ("Taichung", "LOC"), ("Giant", "MISC", 2), ("Liv", "MISC"), ("Momentum", "MISC")]),

("w091",
 "Saint-Hippolyte is a commune in the Haut-Rhin department in Grand Est in north-eastern France. The village lies on the Alsace Wine Route below the castle of Haut-Kœnigsbourg.",
 [("Saint-Hippolyte", "LOC"), ("Haut-Rhin", "LOC"), ("Grand Est", "LOC"), ("France", "LOC"),
  ("Alsace Wine Route", "LOC"), ("Haut-Kœnigsbourg", "LOC")]),

("w092",
 "HC Dynamo Pardubice is a Czech professional ice hockey club based in Pardubice that plays in the Czech Extraliga. Its home arena is the ČEZ Aréna, and its former players include the goaltender Dominik Hašek.",
 [("HC Dynamo Pardubice", "ORG"), ("Czech", "MISC", 1), ("Pardubice", "LOC", 2),
  ("Czech Extraliga", "MISC"), ("ČEZ Aréna", "LOC"), ("Dominik Hašek", "PER")]),

("w093",
 "Jean-Jacques Dessalines (20 September 1758 – 17 October 1806) was a leader of the Haitian Revolution and the first ruler of independent Haiti. He proclaimed independence at Gonaïves on 1 January 1804 and later ruled as Emperor Jacques I.",
 [("Jean-Jacques Dessalines", "PER"), ("Haitian Revolution", "MISC"), ("Haiti", "LOC"),
  ("Gonaïves", "LOC"), ("Jacques I", "PER")]),

("w094",
 "Oyo is a city in Oyo State, Nigeria, founded in the 1830s as the new capital of the Oyo Empire after the fall of Oyo-Ile. Its ruler, the Alaafin, lives in a palace in the town centre, and most of its inhabitants speak Yoruba.",
 [("Oyo", "LOC", 1), ("Oyo State", "LOC"), ("Nigeria", "LOC"), ("Oyo Empire", "LOC"), ("Oyo-Ile", "LOC"),
  ("Yoruba", "MISC")]),

("w095",
 "Bratislava (German: Pressburg, Hungarian: Pozsony) is the capital of Slovakia, on the Danube near the borders with Austria and Hungary.",
 [("Bratislava", "LOC"), ("German", "MISC"), ("Pressburg", "LOC"), ("Hungarian", "MISC"),
  ("Pozsony", "LOC"), ("Slovakia", "LOC"), ("Danube", "LOC"), ("Austria", "LOC"), ("Hungary", "LOC")]),
]
