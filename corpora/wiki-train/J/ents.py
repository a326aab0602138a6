# Decision lists for wiki-train part J (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wJ001, wJ002, ... in order.

DOCS = [
# wJ001
('Kgalagadi District is one of the districts of Botswana, with its administrative centre at Tsabong. The district borders South Africa and Namibia, and most of the Botswana side of the Kgalagadi Transfrontier Park lies within it.',
 [('Kgalagadi District', 'LOC'), ('Botswana', 'LOC'), ('Tsabong', 'LOC'), ('South Africa', 'LOC'),
  ('Namibia', 'LOC'), ('Botswana', 'LOC'), ('Kgalagadi Transfrontier Park', 'LOC')]),
# wJ002
('The All Basotho Convention (ABC) is a political party in Lesotho, founded in 2006 by Tom Thabane after he left the Lesotho Congress for Democracy. Thabane led it into government in 2012 and again in 2017, and he resigned as prime minister in 2020.',
 [('All Basotho Convention', 'ORG'), ('ABC', 'ORG'), ('Lesotho', 'LOC'), ('Tom Thabane', 'PER'),
  ('Lesotho Congress for Democracy', 'ORG'), ('Thabane', 'PER')]),
# wJ003
('Nyungwe National Park is a national park in south-western Rwanda, located in the Western Province on the border with Burundi, where it adjoins Kibira National Park. It protects one of the oldest montane rainforests in Africa and is managed by the Rwanda Development Board (RDB).',
 [('Nyungwe National Park', 'LOC'), ('Rwanda', 'LOC'), ('Western Province', 'LOC'),
  ('Burundi', 'LOC'), ('Kibira National Park', 'LOC'), ('Africa', 'LOC'),
  ('Rwanda Development Board', 'ORG'), ('RDB', 'ORG')]),
# wJ004
("The Tanzania People's Defence Force (TPDF; Swahili: Jeshi la Wananchi wa Tanzania, JWTZ) is the military of Tanzania. It was formed in September 1964 after the mutiny of the Tanganyika Rifles, and it fought in the Uganda–Tanzania War that ended the rule of Idi Amin in 1979.",
 [("Tanzania People's Defence Force", 'ORG'), ('TPDF', 'ORG'), ('Swahili', 'MISC'),
  ('Jeshi la Wananchi wa Tanzania', 'ORG'), ('JWTZ', 'ORG'), ('Tanzania', 'LOC'),
  ('Tanganyika Rifles', 'ORG'), ('Uganda–Tanzania War', 'MISC'), ('Idi Amin', 'PER')]),
# wJ005
('Mwananchi is a Swahili-language daily newspaper published in Dar es Salaam, Tanzania, by Mwananchi Communications, a subsidiary of the Nation Media Group of Kenya.',
 [('Mwananchi', 'ORG'), ('Swahili', 'MISC'), ('Dar es Salaam', 'LOC'), ('Tanzania', 'LOC'),
  ('Mwananchi Communications', 'ORG'), ('Nation Media Group', 'ORG'), ('Kenya', 'LOC')]),
# wJ006
('The Huancavelica Region (Quechua: Wankawillka suyu) is a region in the central highlands of Peru. Its capital is the city of Huancavelica, and about two thirds of its people speak Quechua as their first language.',
 [('Huancavelica Region', 'LOC'), ('Quechua', 'MISC'), ('Wankawillka suyu', 'LOC'),
  ('Peru', 'LOC'), ('Huancavelica', 'LOC'), ('Quechua', 'MISC')]),
# wJ007
('The Dewan Rakyat (Malay for "House of Representatives") is the lower house of the Parliament of Malaysia. Its 222 members are elected from single-member constituencies, and it sits in Parliament House in Kuala Lumpur.',
 [('Dewan Rakyat', 'ORG'), ('Malay', 'MISC'), ('House of Representatives', 'ORG'),
  ('Parliament of Malaysia', 'ORG'), ('Parliament House', 'LOC'), ('Kuala Lumpur', 'LOC')]),
# wJ008
('The Royal Thai Police (RTP; Thai: สำนักงานตำรวจแห่งชาติ) is the national police force of Thailand. It is headed by a commissioner-general who reports to the prime minister, and its headquarters are in the Pathum Wan district of Bangkok.',
 [('Royal Thai Police', 'ORG'), ('RTP', 'ORG'), ('Thai', 'MISC'), ('สำนักงานตำรวจแห่งชาติ', 'ORG'),
  ('Thailand', 'LOC'), ('Pathum Wan', 'LOC'), ('Bangkok', 'LOC')]),
# wJ009
('Hà Tĩnh is a province in the North Central Coast region of Vietnam, bordering Laos to the west. Its capital is the city of Hà Tĩnh, and the province contains the Vũ Quang National Park, where the saola was first described by scientists in 1992.',
 [('Hà Tĩnh', 'LOC'), ('North Central Coast', 'LOC'), ('Vietnam', 'LOC'), ('Laos', 'LOC'),
  ('Hà Tĩnh', 'LOC'), ('Vũ Quang National Park', 'LOC')]),
# wJ010
("The Legislative Assembly of Tonga (Tongan: Fale Alea) is the unicameral legislature of the Kingdom of Tonga. It has seventeen people's representatives and nine nobles' representatives, and it meets in Nukuʻalofa.",
 [('Legislative Assembly of Tonga', 'ORG'), ('Tongan', 'MISC'), ('Fale Alea', 'ORG'),
  ('Kingdom of Tonga', 'LOC'), ('Nukuʻalofa', 'LOC')]),
# wJ011
("The Vanua'aku Pati (VP; English: Our Land Party) is a political party in Vanuatu. Founded in 1971 by the Anglican priest Walter Lini as the New Hebrides National Party, it led the country to independence in 1980.",
 [("Vanua'aku Pati", 'ORG'), ('VP', 'ORG'), ('English', 'MISC'), ('Our Land Party', 'ORG'),
  ('Vanuatu', 'LOC'), ('Anglican', 'MISC'), ('Walter Lini', 'PER'),
  ('New Hebrides National Party', 'ORG')]),
# wJ012
('The Plurinational Legislative Assembly (Spanish: Asamblea Legislativa Plurinacional) is the national legislature of Bolivia. It consists of the Chamber of Deputies and the Chamber of Senators, and it sits in La Paz, the seat of government, although Sucre is the constitutional capital.',
 [('Plurinational Legislative Assembly', 'ORG'), ('Spanish', 'MISC'),
  ('Asamblea Legislativa Plurinacional', 'ORG'), ('Bolivia', 'LOC'),
  ('Chamber of Deputies', 'ORG'), ('Chamber of Senators', 'ORG'), ('La Paz', 'LOC'),
  ('Sucre', 'LOC')]),
# wJ013
('The Armed Forces of the Philippines (AFP; Filipino: Sandatahang Lakas ng Pilipinas) comprise the Philippine Army, the Philippine Navy and the Philippine Air Force. The chief of staff is appointed by the president, and the general headquarters are at Camp Aguinaldo in Quezon City.',
 [('Armed Forces of the Philippines', 'ORG'), ('AFP', 'ORG'), ('Filipino', 'MISC'),
  ('Sandatahang Lakas ng Pilipinas', 'ORG'), ('Philippine Army', 'ORG'),
  ('Philippine Navy', 'ORG'), ('Philippine Air Force', 'ORG'), ('Camp Aguinaldo', 'LOC'),
  ('Quezon City', 'LOC')]),
# wJ014
('The Meteorology, Climatology, and Geophysical Agency (Indonesian: Badan Meteorologi, Klimatologi, dan Geofisika, BMKG) is the government agency of Indonesia responsible for weather forecasts and earthquake warnings. Its head reports directly to the president, and its main office is in Kemayoran, Jakarta.',
 [('Meteorology, Climatology, and Geophysical Agency', 'ORG'), ('Indonesian', 'MISC'),
  ('Badan Meteorologi, Klimatologi, dan Geofisika', 'ORG'), ('BMKG', 'ORG'), ('Indonesia', 'LOC'),
  ('Kemayoran', 'LOC'), ('Jakarta', 'LOC')]),
# wJ015
('The Tiv are an ethnic group of Nigeria, living mainly in Benue State and in parts of Nasarawa and Taraba states. They speak the Tiv language, a Bantoid language of the Niger–Congo family, and many belong to the Nongu u Kristu u i Ser u sha Tar (NKST) church.',
 [('Tiv', 'MISC'), ('Nigeria', 'LOC'), ('Benue State', 'LOC'), ('Nasarawa', 'LOC'),
  ('Taraba', 'LOC'), ('Tiv', 'MISC'), ('Bantoid', 'MISC'), ('Niger–Congo', 'MISC'),
  ('Nongu u Kristu u i Ser u sha Tar', 'ORG'), ('NKST', 'ORG')]),
# wJ016
('Gilbertese (Taetae ni Kiribati), also called Kiribati, is an Austronesian language spoken mainly in the country of Kiribati. It belongs to the Micronesian branch of the Oceanic languages, and it is also spoken on Rabi Island in Fiji, where Banabans were resettled in 1945.',
 [('Gilbertese', 'MISC'), ('Taetae ni Kiribati', 'MISC'), ('Kiribati', 'MISC'),
  ('Austronesian', 'MISC'), ('Kiribati', 'LOC'), ('Micronesian', 'MISC'), ('Oceanic', 'MISC'),
  ('Rabi Island', 'LOC'), ('Fiji', 'LOC'), ('Banabans', 'MISC')]),
# wJ017
('The University of the South Pacific (USP) is a public university owned by twelve island countries of the Pacific. Founded in 1968, it has its main campus at Laucala Bay in Suva, Fiji, and further campuses in Apia, Port Vila and Nukuʻalofa.',
 [('University of the South Pacific', 'ORG'), ('USP', 'ORG'), ('Pacific', 'LOC'),
  ('Laucala Bay', 'LOC'), ('Suva', 'LOC'), ('Fiji', 'LOC'), ('Apia', 'LOC'), ('Port Vila', 'LOC'),
  ('Nukuʻalofa', 'LOC')]),
# wJ018
("Fraternité Matin is a French-language daily newspaper published in Abidjan, Côte d'Ivoire. Founded in 1964 under Félix Houphouët-Boigny, it is owned by the state and was for decades close to the Democratic Party of Côte d'Ivoire.",
 [('Fraternité Matin', 'ORG'), ('French', 'MISC'), ('Abidjan', 'LOC'), ("Côte d'Ivoire", 'LOC'),
  ('Félix Houphouët-Boigny', 'PER'), ("Democratic Party of Côte d'Ivoire", 'ORG')]),
# wJ019
('The Fédération Royale Marocaine de Football (FRMF; English: Royal Moroccan Football Federation) is the governing body of football in Morocco. It organises the Botola and the Moroccan Throne Cup and runs the national team, nicknamed the Atlas Lions, which reached the semi-finals of the 2022 FIFA World Cup.',
 [('Fédération Royale Marocaine de Football', 'ORG'), ('FRMF', 'ORG'), ('English', 'MISC'),
  ('Royal Moroccan Football Federation', 'ORG'), ('Morocco', 'LOC'), ('Botola', 'MISC'),
  ('Moroccan Throne Cup', 'MISC'), ('Atlas Lions', 'ORG'), ('FIFA World Cup', 'MISC')]),
# wJ020
('The Zion Christian Church (ZCC) is an African initiated church with its headquarters at Zion City Moria in Limpopo, South Africa. Founded in 1924 by Engenas Lekganyane, it is led by his grandson Barnabas Lekganyane, and its Easter pilgrimage draws more than a million people.',
 [('Zion Christian Church', 'ORG'), ('ZCC', 'ORG'), ('African', 'MISC'),
  ('Zion City Moria', 'LOC'), ('Limpopo', 'LOC'), ('South Africa', 'LOC'),
  ('Engenas Lekganyane', 'PER'), ('Barnabas Lekganyane', 'PER'), ('Easter', 'MISC')]),
# wJ021
("The 2018 Cambodian general election was held on 29 July 2018 to elect the 125 members of the National Assembly. With the main opposition, the Cambodia National Rescue Party, dissolved by the Supreme Court in 2017, the Cambodian People's Party of Hun Sen won every seat.",
 [('Cambodian', 'MISC'), ('National Assembly', 'ORG'), ('Cambodia National Rescue Party', 'ORG'),
  ('Supreme Court', 'ORG'), ("Cambodian People's Party", 'ORG'), ('Hun Sen', 'PER')]),
# wJ022
('Mae Sariang (Thai: แม่สะเรียง) is a district in the southern part of Mae Hong Son Province, northern Thailand. The district lies on the Yuam River, and its western border with Myanmar follows the Salween.',
 [('Mae Sariang', 'LOC'), ('Thai', 'MISC'), ('แม่สะเรียง', 'LOC'),
  ('Mae Hong Son Province', 'LOC'), ('Thailand', 'LOC'), ('Yuam River', 'LOC'), ('Myanmar', 'LOC'),
  ('Salween', 'LOC')]),
# wJ023
('Kipsaina is a village in Trans-Nzoia County in the former Rift Valley Province of Kenya. It lies about 20 kilometres east of Kitale, on the road to the Cherangani Hills.',
 [('Kipsaina', 'LOC'), ('Trans-Nzoia County', 'LOC'), ('Rift Valley Province', 'LOC'),
  ('Kenya', 'LOC'), ('Kitale', 'LOC'), ('Cherangani Hills', 'LOC')]),
# wJ024
('Mpumalanga (formerly Eastern Transvaal) is a province of South Africa whose name means "the place where the sun rises" in Swazi, Xhosa, Ndebele and Zulu. Its capital is Mbombela, formerly known as Nelspruit.',
 [('Mpumalanga', 'LOC'), ('Eastern Transvaal', 'LOC'), ('South Africa', 'LOC'), ('Swazi', 'MISC'),
  ('Xhosa', 'MISC'), ('Ndebele', 'MISC'), ('Zulu', 'MISC'), ('Mbombela', 'LOC'),
  ('Nelspruit', 'LOC')]),
# wJ025
("Joyce Banda (born Joyce Hilda Mtila; 12 April 1950) is a Malawian politician who served as the fourth President of Malawi from 2012 to 2014. She founded the People's Party in 2011 after her expulsion from the Democratic Progressive Party of Bingu wa Mutharika.",
 [('Joyce Banda', 'PER'), ('Joyce Hilda Mtila', 'PER'), ('Malawian', 'MISC'), ('Malawi', 'LOC'),
  ("People's Party", 'ORG'), ('Democratic Progressive Party', 'ORG'),
  ('Bingu wa Mutharika', 'PER')]),
# wJ026
('The Carabineros de Chile are the national police force of Chile, with authority over urban and rural policing across the country. Created in 1927 under Carlos Ibáñez del Campo, they answer to the Ministry of the Interior and Public Security.',
 [('Carabineros de Chile', 'ORG'), ('Chile', 'LOC'), ('Carlos Ibáñez del Campo', 'PER'),
  ('Ministry of the Interior and Public Security', 'ORG')]),
# wJ027
('The Institutional Revolutionary Party (Spanish: Partido Revolucionario Institucional, PRI) is a political party in Mexico that held the presidency without interruption from 1929 to 2000. It was founded by Plutarco Elías Calles as the National Revolutionary Party and was reorganised under Lázaro Cárdenas.',
 [('Institutional Revolutionary Party', 'ORG'), ('Spanish', 'MISC'),
  ('Partido Revolucionario Institucional', 'ORG'), ('PRI', 'ORG'), ('Mexico', 'LOC'),
  ('Plutarco Elías Calles', 'PER'), ('National Revolutionary Party', 'ORG'),
  ('Lázaro Cárdenas', 'PER')]),
# wJ028
('The Fly River is the second-longest river in Papua New Guinea, flowing about 1,050 kilometres from the Star Mountains to the Gulf of Papua. For part of its course it forms the border with the Indonesian province of South Papua, and its tributary the Ok Tedi has been polluted by the Ok Tedi Mine.',
 [('Fly River', 'LOC'), ('Papua New Guinea', 'LOC'), ('Star Mountains', 'LOC'),
  ('Gulf of Papua', 'LOC'), ('Indonesian', 'MISC'), ('South Papua', 'LOC'), ('Ok Tedi', 'LOC'),
  ('Ok Tedi Mine', 'LOC')]),
# wJ029
('The Kafue River is the longest river lying wholly within Zambia and the largest tributary of the Zambezi. It rises near the border with the Democratic Republic of the Congo and flows through Kafue National Park before joining the Zambezi near Chirundu.',
 [('Kafue River', 'LOC'), ('Zambia', 'LOC'), ('Zambezi', 'LOC'),
  ('Democratic Republic of the Congo', 'LOC'), ('Kafue National Park', 'LOC'), ('Zambezi', 'LOC'),
  ('Chirundu', 'LOC')]),
# wJ030
("Kisumu is a port city in western Kenya located on the shore of Lake Victoria. It is the capital of Kisumu County and the third-largest city in the country, and it is home to the Jaramogi Oginga Odinga University of Science and Technology's city campus.",
 [('Kisumu', 'LOC'), ('Kenya', 'LOC'), ('Lake Victoria', 'LOC'), ('Kisumu County', 'LOC'),
  ('Jaramogi Oginga Odinga University of Science and Technology', 'ORG')]),
# wJ031
('Terengganu (Jawi: ترڠڬانو) is a sultanate and federal state of Malaysia on the east coast of the Malay Peninsula. Its capital is Kuala Terengganu, and its ruler, Sultan Mizan Zainal Abidin, served as the thirteenth Yang di-Pertuan Agong from 2006 to 2011.',
 [('Terengganu', 'LOC'), ('Jawi', 'MISC'), ('ترڠڬانو', 'LOC'), ('Malaysia', 'LOC'),
  ('Malay Peninsula', 'LOC'), ('Kuala Terengganu', 'LOC'), ('Mizan Zainal Abidin', 'PER')]),
# wJ032
("Sirimavo Bandaranaike (1916–2000) was a Sri Lankan stateswoman who became the world's first female head of government when she was appointed Prime Minister of Ceylon in 1960. She led the Sri Lanka Freedom Party, founded by her husband S. W. R. D. Bandaranaike, for four decades.",
 [('Sirimavo Bandaranaike', 'PER'), ('Sri Lankan', 'MISC'), ('Ceylon', 'LOC'),
  ('Sri Lanka Freedom Party', 'ORG'), ('S. W. R. D. Bandaranaike', 'PER')]),
# wJ033
('The Karen are an ethnic group of southern and south-eastern Myanmar, living mostly in Kayin State and the Irrawaddy Delta. The Karen National Union (KNU) and its armed wing, the Karen National Liberation Army, have fought the Tatmadaw since 1949.',
 [('Karen', 'MISC'), ('Myanmar', 'LOC'), ('Kayin State', 'LOC'), ('Irrawaddy Delta', 'LOC'),
  ('Karen National Union', 'ORG'), ('KNU', 'ORG'), ('Karen National Liberation Army', 'ORG'),
  ('Tatmadaw', 'ORG')]),
# wJ034
('The Anangu Pitjantjatjara Yankunytjatjara Lands (APY Lands) are an Aboriginal local government area in the far north-west of South Australia. The land is owned by the Anangu, who speak the Pitjantjatjara and Yankunytjatjara languages, and is run by an executive board based at Umuwa.',
 [('Anangu Pitjantjatjara Yankunytjatjara Lands', 'LOC'), ('APY Lands', 'LOC'),
  ('Aboriginal', 'MISC'), ('South Australia', 'LOC'), ('Anangu', 'MISC'),
  ('Pitjantjatjara', 'MISC'), ('Yankunytjatjara', 'MISC'), ('Umuwa', 'LOC')]),
# wJ035
('Te Pāti Māori (the Māori Party) is a political party in New Zealand that campaigns for Māori rights. It was founded in 2004 by Tariana Turia and Pita Sharples after a dispute over the ownership of the foreshore and seabed.',
 [('Te Pāti Māori', 'ORG'), ('Māori Party', 'ORG'), ('New Zealand', 'LOC'), ('Māori', 'MISC'),
  ('Tariana Turia', 'PER'), ('Pita Sharples', 'PER')]),
# wJ036
('Yasuní National Park is a national park in the Ecuadorian part of the Amazon, lying between the Napo and Curaray rivers in the provinces of Orellana and Pastaza. It overlaps the territory of the Huaorani, and two peoples living in voluntary isolation, the Tagaeri and the Taromenane, roam its southern forests.',
 [('Yasuní National Park', 'LOC'), ('Ecuadorian', 'MISC'), ('Amazon', 'LOC'), ('Napo', 'LOC'),
  ('Curaray', 'LOC'), ('Orellana', 'LOC'), ('Pastaza', 'LOC'), ('Huaorani', 'MISC'),
  ('Tagaeri', 'MISC'), ('Taromenane', 'MISC')]),
# wJ037
('The Brazilian Institute of Environment and Renewable Natural Resources (Portuguese: Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis, IBAMA) is the federal environmental agency of Brazil. Founded in 1989 under President José Sarney, it is linked to the Ministry of the Environment and enforces the rules against illegal logging.',
 [('Brazilian Institute of Environment and Renewable Natural Resources', 'ORG'),
  ('Portuguese', 'MISC'),
  ('Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis', 'ORG'),
  ('IBAMA', 'ORG'), ('Brazil', 'LOC'), ('José Sarney', 'PER'),
  ('Ministry of the Environment', 'ORG')]),
# wJ038
('Cheikh Anta Diop University (French: Université Cheikh Anta Diop, UCAD) is a public university in Dakar, Senegal, named after the historian Cheikh Anta Diop. Founded in 1957 as the University of Dakar, it was the first French-language university south of the Sahara.',
 [('Cheikh Anta Diop University', 'ORG'), ('French', 'MISC'),
  ('Université Cheikh Anta Diop', 'ORG'), ('UCAD', 'ORG'), ('Dakar', 'LOC'), ('Senegal', 'LOC'),
  ('Cheikh Anta Diop', 'PER'), ('University of Dakar', 'ORG'), ('French', 'MISC'),
  ('Sahara', 'LOC')]),
# wJ039
('The Polisario Front (Spanish: Frente Popular de Liberación de Saguía el-Hamra y Río de Oro) is a Sahrawi national liberation movement that seeks the independence of Western Sahara. It proclaimed the Sahrawi Arab Democratic Republic in 1976, and its government in exile is based in refugee camps near Tindouf, Algeria.',
 [('Polisario Front', 'ORG'), ('Spanish', 'MISC'),
  ('Frente Popular de Liberación de Saguía el-Hamra y Río de Oro', 'ORG'), ('Sahrawi', 'MISC'),
  ('Western Sahara', 'LOC'), ('Sahrawi Arab Democratic Republic', 'LOC'), ('Tindouf', 'LOC'),
  ('Algeria', 'LOC')]),
# wJ040
('Dhofar Governorate (Arabic: محافظة ظفار) is the largest of the eleven governorates of Oman, in the south of the country on the border with Yemen. Its capital is Salalah, and the Dhofar Rebellion of 1963–1976 was fought in its mountains.',
 [('Dhofar Governorate', 'LOC'), ('Arabic', 'MISC'), ('محافظة ظفار', 'LOC'), ('Oman', 'LOC'),
  ('Yemen', 'LOC'), ('Salalah', 'LOC'), ('Dhofar Rebellion', 'MISC')]),
# wJ041
("The Fiji national rugby sevens team is governed by the Fiji Rugby Union. Coached by the Englishman Ben Ryan, it won the country's first Olympic gold medal at the 2016 Summer Olympics in Rio de Janeiro, beating Great Britain in the final.",
 [('Fiji', 'LOC'), ('Fiji Rugby Union', 'ORG'), ('Englishman', 'MISC'), ('Ben Ryan', 'PER'),
  ('Olympic', 'MISC'), ('Summer Olympics', 'MISC'), ('Rio de Janeiro', 'LOC'),
  ('Great Britain', 'LOC')]),
# wJ042
("Samuel Eto'o Fils (born 10 March 1981) is a Cameroonian former footballer who played for Mallorca, Barcelona, Inter Milan and Chelsea. Since 2021 he has been president of the Fédération Camerounaise de Football (FECAFOOT).",
 [("Samuel Eto'o Fils", 'PER'), ('Cameroonian', 'MISC'), ('Mallorca', 'ORG'), ('Barcelona', 'ORG'),
  ('Inter Milan', 'ORG'), ('Chelsea', 'ORG'), ('Fédération Camerounaise de Football', 'ORG'),
  ('FECAFOOT', 'ORG')]),
# wJ043
("Nahdlatul Ulama (NU; Arabic: نهضة العلماء) is an Islamic organisation in Indonesia that follows the Shafi'i school of Sunni Islam. It was founded in 1926 in Surabaya by Hasyim Asy'ari and claims tens of millions of members, mostly in Java.",
 [('Nahdlatul Ulama', 'ORG'), ('NU', 'ORG'), ('Arabic', 'MISC'), ('نهضة العلماء', 'ORG'),
  ('Islamic', 'MISC'), ('Indonesia', 'LOC'), ("Shafi'i", 'MISC'), ('Sunni Islam', 'MISC'),
  ('Surabaya', 'LOC'), ("Hasyim Asy'ari", 'PER'), ('Java', 'LOC')]),
# wJ044
('The Nigeria Police Force (NPF) is the principal law enforcement agency of Nigeria. It is commanded by the Inspector-General of Police from the force headquarters at Louis Edet House in Abuja, and it is overseen by the Police Service Commission.',
 [('Nigeria Police Force', 'ORG'), ('NPF', 'ORG'), ('Nigeria', 'LOC'), ('Louis Edet House', 'LOC'),
  ('Abuja', 'LOC'), ('Police Service Commission', 'ORG')]),
# wJ045
('Gilgit-Baltistan (Urdu: گلگت بلتستان), known until 2009 as the Northern Areas, is a region administered by Pakistan. Its capital is Gilgit, and the region contains K2 and Nanga Parbat.',
 [('Gilgit-Baltistan', 'LOC'), ('Urdu', 'MISC'), ('گلگت بلتستان', 'LOC'),
  ('Northern Areas', 'LOC'), ('Pakistan', 'LOC'), ('Gilgit', 'LOC'), ('K2', 'LOC'),
  ('Nanga Parbat', 'LOC')]),
# wJ046
('The Wayuu are an indigenous people of the Guajira Peninsula, living on both sides of the border between Colombia and Venezuela. They speak Wayuunaiki, an Arawakan language, and are organised in matrilineal clans.',
 [('Wayuu', 'MISC'), ('Guajira Peninsula', 'LOC'), ('Colombia', 'LOC'), ('Venezuela', 'LOC'),
  ('Wayuunaiki', 'MISC'), ('Arawakan', 'MISC')]),
# wJ047
("The Papua New Guinea Defence Force (PNGDF) is the military of Papua New Guinea, formed at independence in 1975 from the Australian Army's Pacific Islands Regiment. It was deployed to Bougainville during the civil war of 1988–1998.",
 [('Papua New Guinea Defence Force', 'ORG'), ('PNGDF', 'ORG'), ('Papua New Guinea', 'LOC'),
  ('Australian Army', 'ORG'), ('Pacific Islands Regiment', 'ORG'), ('Bougainville', 'LOC')]),
# wJ048
('Meghalaya is a state in north-eastern India whose name means "abode of the clouds". Its capital is Shillong, and its main peoples are the Khasi, the Garo and the Jaintia, who speak Austroasiatic and Tibeto-Burman languages.',
 [('Meghalaya', 'LOC'), ('India', 'LOC'), ('Shillong', 'LOC'), ('Khasi', 'MISC'), ('Garo', 'MISC'),
  ('Jaintia', 'MISC'), ('Austroasiatic', 'MISC'), ('Tibeto-Burman', 'MISC')]),
# wJ049
('Jujuy is a province of Argentina in the far north-west of the country, bordering Chile and Bolivia. Its capital is San Salvador de Jujuy, and the Quebrada de Humahuaca runs through it from north to south.',
 [('Jujuy', 'LOC'), ('Argentina', 'LOC'), ('Chile', 'LOC'), ('Bolivia', 'LOC'),
  ('San Salvador de Jujuy', 'LOC'), ('Quebrada de Humahuaca', 'LOC')]),
# wJ050
("The Vietnam Fatherland Front (Vietnamese: Mặt trận Tổ quốc Việt Nam) is an umbrella organisation of mass movements in Vietnam allied with the Communist Party of Vietnam. It vets every candidate for the National Assembly, and its members include the Vietnam Women's Union and the Ho Chi Minh Communist Youth Union.",
 [('Vietnam Fatherland Front', 'ORG'), ('Vietnamese', 'MISC'),
  ('Mặt trận Tổ quốc Việt Nam', 'ORG'), ('Vietnam', 'LOC'), ('Communist Party of Vietnam', 'ORG'),
  ('National Assembly', 'ORG'), ("Vietnam Women's Union", 'ORG'),
  ('Ho Chi Minh Communist Youth Union', 'ORG')]),
# wJ051
('MANAUS, Brazil, Sept 5 (Reuters) - Officers of the Federal Police and the environmental agency Ibama burned 131 dredges used by illegal gold miners on the Madeira River on Tuesday, the police said, after the boats had gathered near the town of Autazes in Amazonas state.',
 [('MANAUS', 'LOC'), ('Brazil', 'LOC'), ('Reuters', 'ORG'), ('Federal Police', 'ORG'),
  ('Ibama', 'ORG'), ('Madeira River', 'LOC'), ('Autazes', 'LOC'), ('Amazonas', 'LOC')]),
# wJ052
('Analamanga is a region of central Madagascar that contains the capital, Antananarivo. Its name means "blue forest" in Malagasy, and the region is divided into eight districts, among them Ankazobe and Manjakandriana.',
 [('Analamanga', 'LOC'), ('Madagascar', 'LOC'), ('Antananarivo', 'LOC'), ('Malagasy', 'MISC'),
  ('Ankazobe', 'LOC'), ('Manjakandriana', 'LOC')]),
# wJ053
("The Pheu Thai Party (Thai: พรรคเพื่อไทย) is a political party in Thailand. It was founded in 2008 as the successor of the People's Power Party, which had been dissolved by the Constitutional Court, and its leaders have included Yingluck Shinawatra and Paetongtarn Shinawatra.",
 [('Pheu Thai Party', 'ORG'), ('Thai', 'MISC'), ('พรรคเพื่อไทย', 'ORG'), ('Thailand', 'LOC'),
  ("People's Power Party", 'ORG'), ('Constitutional Court', 'ORG'), ('Yingluck Shinawatra', 'PER'),
  ('Paetongtarn Shinawatra', 'PER')]),
# wJ054
('Saara Kuugongelwa-Amadhila (born 12 October 1967) is a Namibian politician who served as Prime Minister of Namibia from 2015 to 2025. A member of SWAPO, she was born in Otamanzi, grew up in exile in Sierra Leone and studied economics at Lincoln University in Pennsylvania.',
 [('Saara Kuugongelwa-Amadhila', 'PER'), ('Namibian', 'MISC'), ('Namibia', 'LOC'),
  ('SWAPO', 'ORG'), ('Otamanzi', 'LOC'), ('Sierra Leone', 'LOC'), ('Lincoln University', 'ORG'),
  ('Pennsylvania', 'LOC')]),
# wJ055
('Ahmad Zahid Hamidi (born 4 January 1953) is a Malaysian politician who has been president of the United Malays National Organisation (UMNO) since 2018 and Deputy Prime Minister since 2022. He has represented Bagan Datuk in the Dewan Rakyat since 1995.',
 [('Ahmad Zahid Hamidi', 'PER'), ('Malaysian', 'MISC'),
  ('United Malays National Organisation', 'ORG'), ('UMNO', 'ORG'), ('Bagan Datuk', 'LOC'),
  ('Dewan Rakyat', 'ORG')]),
# wJ056
('Chuan Leekpai (Thai: ชวน หลีกภัย; born 28 July 1938) is a Thai politician who twice served as Prime Minister of Thailand and led the Democrat Party from 1991 to 2003. Born in Trang Province to a family of Chinese descent, he later served as Speaker of the House of Representatives.',
 [('Chuan Leekpai', 'PER'), ('Thai', 'MISC'), ('ชวน หลีกภัย', 'PER'), ('Thai', 'MISC'),
  ('Thailand', 'LOC'), ('Democrat Party', 'ORG'), ('Trang Province', 'LOC'), ('Chinese', 'MISC'),
  ('House of Representatives', 'ORG')]),
# wJ057
('Võ Văn Kiệt (1922–2008) was a Vietnamese politician who served as Prime Minister of Vietnam from 1991 to 1997. Born in Vĩnh Long Province, he joined the Indochinese Communist Party in 1939 and became one of the leading advocates of the Đổi Mới reforms.',
 [('Võ Văn Kiệt', 'PER'), ('Vietnamese', 'MISC'), ('Vietnam', 'LOC'),
  ('Vĩnh Long Province', 'LOC'), ('Indochinese Communist Party', 'ORG'), ('Đổi Mới', 'MISC')]),
# wJ058
('Béji Caïd Essebsi (1926–2019) was a Tunisian politician who served as President of Tunisia from 2014 until his death. He founded the secular Nidaa Tounes party in 2012, and decades earlier he had served as foreign minister under Habib Bourguiba.',
 [('Béji Caïd Essebsi', 'PER'), ('Tunisian', 'MISC'), ('Tunisia', 'LOC'), ('Nidaa Tounes', 'ORG'),
  ('Habib Bourguiba', 'PER')]),
# wJ059
('David Choquehuanca (born 7 May 1961) is a Bolivian Aymara politician who has been Vice President of Bolivia since 2020. A member of the Movement for Socialism (MAS-IPSP), he served as Minister of Foreign Affairs under Evo Morales from 2006 to 2017.',
 [('David Choquehuanca', 'PER'), ('Bolivian', 'MISC'), ('Aymara', 'MISC'), ('Bolivia', 'LOC'),
  ('Movement for Socialism', 'ORG'), ('MAS-IPSP', 'ORG'), ('Evo Morales', 'PER')]),
# wJ060
("Manasseh Sogavare (born 17 January 1955) is a Solomon Islands politician who served four times as prime minister, most recently from 2019 to 2024. In 2019 his government switched diplomatic recognition from Taiwan to the People's Republic of China, which set off riots in Honiara two years later.",
 [('Manasseh Sogavare', 'PER'), ('Solomon Islands', 'LOC'), ('Taiwan', 'LOC'),
  ("People's Republic of China", 'LOC'), ('Honiara', 'LOC')]),
# wJ061
('Laura Chinchilla (born 28 March 1959) is a Costa Rican politician who was the first woman to serve as President of Costa Rica, from 2010 to 2014. A member of the National Liberation Party, she had earlier been Minister of Public Security under Óscar Arias.',
 [('Laura Chinchilla', 'PER'), ('Costa Rican', 'MISC'), ('Costa Rica', 'LOC'),
  ('National Liberation Party', 'ORG'), ('Óscar Arias', 'PER')]),
# wJ062
('The Royal Malaysia Police (RMP; Malay: Polis Diraja Malaysia, PDRM) is the national police force of Malaysia, headquartered at Bukit Aman in Kuala Lumpur. Its General Operations Force grew out of the Police Field Force, which fought communist insurgents during the Malayan Emergency.',
 [('Royal Malaysia Police', 'ORG'), ('RMP', 'ORG'), ('Malay', 'MISC'),
  ('Polis Diraja Malaysia', 'ORG'), ('PDRM', 'ORG'), ('Malaysia', 'LOC'), ('Bukit Aman', 'LOC'),
  ('Kuala Lumpur', 'LOC'), ('General Operations Force', 'ORG'), ('Police Field Force', 'ORG'),
  ('Malayan Emergency', 'MISC')]),
# wJ063
('The Peruvian Army (Spanish: Ejército del Perú, EP) is the land force of the Armed Forces of Peru. It fought in the War of the Pacific and in the Cenepa War against Ecuador in 1995, and from 1980 it fought the Shining Path insurgency in the Andes.',
 [('Peruvian Army', 'ORG'), ('Spanish', 'MISC'), ('Ejército del Perú', 'ORG'), ('EP', 'ORG'),
  ('Armed Forces of Peru', 'ORG'), ('War of the Pacific', 'MISC'), ('Cenepa War', 'MISC'),
  ('Ecuador', 'LOC'), ('Shining Path', 'ORG'), ('Andes', 'LOC')]),
# wJ064
('The Kenya Wildlife Service (KWS) is a state corporation that manages the national parks and reserves of Kenya. It was established in 1990 with the palaeontologist Richard Leakey as its first director, and it is headquartered on Langata Road in Nairobi.',
 [('Kenya Wildlife Service', 'ORG'), ('KWS', 'ORG'), ('Kenya', 'LOC'), ('Richard Leakey', 'PER'),
  ('Langata Road', 'LOC'), ('Nairobi', 'LOC')]),
# wJ065
('The Ministry for Pacific Peoples is a public service department of New Zealand that advises the government on the Samoan, Tongan, Cook Islands Māori, Niuean, Fijian and Tokelauan communities. It was founded in 1990 as the Ministry of Pacific Island Affairs.',
 [('Ministry for Pacific Peoples', 'ORG'), ('New Zealand', 'LOC'), ('Samoan', 'MISC'),
  ('Tongan', 'MISC'), ('Cook Islands Māori', 'MISC'), ('Niuean', 'MISC'), ('Fijian', 'MISC'),
  ('Tokelauan', 'MISC'), ('Ministry of Pacific Island Affairs', 'ORG')]),
# wJ066
('The Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) is an autonomous region in the southern Philippines, created in 2019 under the Bangsamoro Organic Law. Its seat is Cotabato City, and its first interim chief minister was Murad Ebrahim of the Moro Islamic Liberation Front.',
 [('Bangsamoro Autonomous Region in Muslim Mindanao', 'LOC'), ('BARMM', 'LOC'),
  ('Philippines', 'LOC'), ('Bangsamoro Organic Law', 'MISC'), ('Cotabato City', 'LOC'),
  ('Murad Ebrahim', 'PER'), ('Moro Islamic Liberation Front', 'ORG')]),
# wJ067
('Merauke Regency is a regency in the province of South Papua, Indonesia, on the border with Papua New Guinea. Its seat is the town of Merauke, and the Wasur National Park covers much of its south-eastern corner.',
 [('Merauke Regency', 'LOC'), ('South Papua', 'LOC'), ('Indonesia', 'LOC'),
  ('Papua New Guinea', 'LOC'), ('Merauke', 'LOC'), ('Wasur National Park', 'LOC')]),
# wJ068
('Nong Bua is a village in Sangthong District of Vientiane Prefecture, Laos, on the left bank of the Mekong about 60 kilometres upstream from the capital. Most of its inhabitants are Lao Loum rice farmers.',
 [('Nong Bua', 'LOC'), ('Sangthong District', 'LOC'), ('Vientiane Prefecture', 'LOC'),
  ('Laos', 'LOC'), ('Mekong', 'LOC'), ('Lao Loum', 'MISC')]),
# wJ069
('Universitas Gadjah Mada (UGM) is a public university in Yogyakarta, Indonesia, founded in 1949 during the Indonesian National Revolution. It is named after Gajah Mada, the fourteenth-century prime minister of the Majapahit empire.',
 [('Universitas Gadjah Mada', 'ORG'), ('UGM', 'ORG'), ('Yogyakarta', 'LOC'), ('Indonesia', 'LOC'),
  ('Indonesian National Revolution', 'MISC'), ('Gajah Mada', 'PER'), ('Majapahit', 'LOC')]),
# wJ070
('The University of San Carlos of Guatemala (Spanish: Universidad de San Carlos de Guatemala, USAC) is the oldest and largest university in Guatemala, founded by royal decree in 1676. It is the only public university in the country, and its main campus lies in the south of Guatemala City.',
 [('University of San Carlos of Guatemala', 'ORG'), ('Spanish', 'MISC'),
  ('Universidad de San Carlos de Guatemala', 'ORG'), ('USAC', 'ORG'), ('Guatemala', 'LOC'),
  ('Guatemala City', 'LOC')]),
# wJ071
('Prothom Alo (Bengali: প্রথম আলো) is a Bengali-language daily newspaper published in Dhaka, Bangladesh. It was founded in 1998 by the editor Matiur Rahman, it is owned by the Transcom Group, and it has the largest readership of any newspaper in the country.',
 [('Prothom Alo', 'ORG'), ('Bengali', 'MISC'), ('প্রথম আলো', 'ORG'), ('Bengali', 'MISC'),
  ('Dhaka', 'LOC'), ('Bangladesh', 'LOC'), ('Matiur Rahman', 'PER'), ('Transcom Group', 'ORG')]),
# wJ072
('El Comercio is the oldest newspaper in Peru, first published in Lima in 1839 by Manuel Amunátegui and Alejandro Villota. Since 1876 it has been controlled by the Miró Quesada family.',
 [('El Comercio', 'ORG'), ('Peru', 'LOC'), ('Lima', 'LOC'), ('Manuel Amunátegui', 'PER'),
  ('Alejandro Villota', 'PER'), ('Miró Quesada', 'PER')]),
# wJ073
('The Fiji Times is the oldest newspaper in Fiji, founded in Levuka in 1869. Its publisher Hank Arts and its editor-in-chief Fred Wesley were charged with sedition in 2016 and acquitted the following year.',
 [('Fiji Times', 'ORG'), ('Fiji', 'LOC'), ('Levuka', 'LOC'), ('Hank Arts', 'PER'),
  ('Fred Wesley', 'PER')]),
# wJ074
('The Pakistan Cricket Board (PCB) is the governing body of cricket in Pakistan and a full member of the International Cricket Council. It runs the Pakistan Super League and the Quaid-e-Azam Trophy, and its offices are at the Gaddafi Stadium in Lahore.',
 [('Pakistan Cricket Board', 'ORG'), ('PCB', 'ORG'), ('Pakistan', 'LOC'),
  ('International Cricket Council', 'ORG'), ('Pakistan Super League', 'MISC'),
  ('Quaid-e-Azam Trophy', 'MISC'), ('Gaddafi Stadium', 'LOC'), ('Lahore', 'LOC')]),
# wJ075
('The Papua New Guinea national rugby league team, known as the Kumuls, is run by the PNG Rugby Football League. Rugby league is the most popular sport in the country, and the team has played at every Rugby League World Cup since 1985.',
 [('Papua New Guinea', 'LOC'), ('Kumuls', 'ORG'), ('PNG Rugby Football League', 'ORG'),
  ('Rugby League World Cup', 'MISC')]),
# wJ076
('Tegla Loroupe (born 9 May 1973) is a Kenyan long-distance runner and peace campaigner from West Pokot County. She won the New York City Marathon in 1994 and 1995, and in 2016 she led the Refugee Olympic Team at the Summer Olympics in Rio de Janeiro.',
 [('Tegla Loroupe', 'PER'), ('Kenyan', 'MISC'), ('West Pokot County', 'LOC'),
  ('New York City Marathon', 'MISC'), ('Refugee Olympic Team', 'ORG'), ('Summer Olympics', 'MISC'),
  ('Rio de Janeiro', 'LOC')]),
# wJ077
('The Iglesia ni Cristo (INC; English: Church of Christ) is an independent Christian church founded in the Philippines in 1914 by Felix Manalo. Its central temple stands in Quezon City, and since 2009 it has been led by his grandson Eduardo Manalo.',
 [('Iglesia ni Cristo', 'ORG'), ('INC', 'ORG'), ('English', 'MISC'), ('Church of Christ', 'ORG'),
  ('Christian', 'MISC'), ('Philippines', 'LOC'), ('Felix Manalo', 'PER'), ('Quezon City', 'LOC'),
  ('Eduardo Manalo', 'PER')]),
# wJ078
("The Universal Church of the Kingdom of God (Portuguese: Igreja Universal do Reino de Deus, IURD) is a neo-Pentecostal church founded in Rio de Janeiro in 1977 by Edir Macedo. Macedo also owns the broadcaster RecordTV, and the church's Temple of Solomon in São Paulo opened in 2014.",
 [('Universal Church of the Kingdom of God', 'ORG'), ('Portuguese', 'MISC'),
  ('Igreja Universal do Reino de Deus', 'ORG'), ('IURD', 'ORG'), ('Pentecostal', 'MISC'),
  ('Rio de Janeiro', 'LOC'), ('Edir Macedo', 'PER'), ('Macedo', 'PER'), ('RecordTV', 'ORG'),
  ('Temple of Solomon', 'LOC'), ('São Paulo', 'LOC')]),
# wJ079
('The Nazareth Baptist Church (Zulu: iBandla lamaNazaretha) is an African initiated church founded in 1910 by Isaiah Shembe at Ekuphakameni near Durban. Each January its members walk to the holy mountain of Nhlangakazi.',
 [('Nazareth Baptist Church', 'ORG'), ('Zulu', 'MISC'), ('iBandla lamaNazaretha', 'ORG'),
  ('African', 'MISC'), ('Isaiah Shembe', 'PER'), ('Ekuphakameni', 'LOC'), ('Durban', 'LOC'),
  ('Nhlangakazi', 'LOC')]),
# wJ080
('The 2021 Peruvian general election was held on 11 April 2021, with a presidential run-off on 6 June. Pedro Castillo of Free Peru narrowly defeated Keiko Fujimori of Popular Force, the daughter of the former president Alberto Fujimori.',
 [('Peruvian', 'MISC'), ('Pedro Castillo', 'PER'), ('Free Peru', 'ORG'), ('Keiko Fujimori', 'PER'),
  ('Popular Force', 'ORG'), ('Alberto Fujimori', 'PER')]),
# wJ081
('The 2022 Nepalese general election was held on 20 November 2022 to elect the 275 members of the House of Representatives and the seven provincial assemblies. The Nepali Congress won the most seats, but Pushpa Kamal Dahal of the CPN (Maoist Centre) became prime minister with the support of the CPN (UML).',
 [('Nepalese', 'MISC'), ('House of Representatives', 'ORG'), ('Nepali Congress', 'ORG'),
  ('Pushpa Kamal Dahal', 'PER'), ('CPN (Maoist Centre)', 'ORG'), ('CPN (UML)', 'ORG')]),
# wJ082
('The 2023 Nigerian presidential election was held on 25 February 2023. Bola Tinubu of the All Progressives Congress was declared the winner by the Independent National Electoral Commission (INEC), ahead of Atiku Abubakar of the Peoples Democratic Party and Peter Obi of the Labour Party.',
 [('Nigerian', 'MISC'), ('Bola Tinubu', 'PER'), ('All Progressives Congress', 'ORG'),
  ('Independent National Electoral Commission', 'ORG'), ('INEC', 'ORG'), ('Atiku Abubakar', 'PER'),
  ('Peoples Democratic Party', 'ORG'), ('Peter Obi', 'PER'), ('Labour Party', 'ORG')]),
# wJ083
('The 2024 Tuvaluan general election was held on 26 January 2024. Tuvalu has no political parties, and after the vote the sixteen members of the Parliament of Tuvalu chose Feleti Teo as prime minister in place of Kausea Natano, who had lost his seat in Funafuti.',
 [('Tuvaluan', 'MISC'), ('Tuvalu', 'LOC'), ('Parliament of Tuvalu', 'ORG'), ('Feleti Teo', 'PER'),
  ('Kausea Natano', 'PER'), ('Funafuti', 'LOC')]),
# wJ084
("Gulu District is a district in the Northern Region of Uganda. Its chief town is Gulu, and most of its inhabitants are Acholi, who speak a Luo language. The district was at the centre of the insurgency of the Lord's Resistance Army from 1987 to 2006.",
 [('Gulu District', 'LOC'), ('Northern Region', 'LOC'), ('Uganda', 'LOC'), ('Gulu', 'LOC'),
  ('Acholi', 'MISC'), ('Luo', 'MISC'), ("Lord's Resistance Army", 'ORG')]),
# wJ085
('Kano State is a state in north-western Nigeria, created in 1967 out of the former Northern Region. Its capital is Kano, and the Emir of Kano, Muhammadu Sanusi II, is one of the most senior traditional rulers in the country.',
 [('Kano State', 'LOC'), ('Nigeria', 'LOC'), ('Northern Region', 'LOC'), ('Kano', 'LOC'),
  ('Kano', 'LOC'), ('Muhammadu Sanusi II', 'PER')]),
# wJ086
('La Araucanía Region (Spanish: Región de La Araucanía) is one of the sixteen regions of Chile. Its capital is Temuco, and about a third of its people are Mapuche, the largest indigenous group in the country.',
 [('La Araucanía Region', 'LOC'), ('Spanish', 'MISC'), ('Región de La Araucanía', 'LOC'),
  ('Chile', 'LOC'), ('Temuco', 'LOC'), ('Mapuche', 'MISC')]),
# wJ087
('Chuuk State is one of the four states of the Federated States of Micronesia, consisting mainly of the islands of the Chuuk Lagoon. Its capital is Weno, and its people speak Chuukese.',
 [('Chuuk State', 'LOC'), ('Federated States of Micronesia', 'LOC'), ('Chuuk Lagoon', 'LOC'),
  ('Weno', 'LOC'), ('Chuukese', 'MISC')]),
# wJ088
('Jaffna (Tamil: யாழ்ப்பாணம்) is the capital of the Northern Province of Sri Lanka and the cultural centre of the Sri Lankan Tamils. The city was held by the Liberation Tigers of Tamil Eelam for most of the years from 1986 until the Sri Lanka Army retook it in 1995.',
 [('Jaffna', 'LOC'), ('Tamil', 'MISC'), ('யாழ்ப்பாணம்', 'LOC'), ('Northern Province', 'LOC'),
  ('Sri Lanka', 'LOC'), ('Sri Lankan Tamils', 'MISC'), ('Liberation Tigers of Tamil Eelam', 'ORG'),
  ('Sri Lanka Army', 'ORG')]),
# wJ089
('Khao Sok National Park is a national park in Surat Thani Province, southern Thailand, covering 739 square kilometres of limestone mountains and rainforest. At its centre lies Chiao Lan Lake, created in 1982 by the Ratchaprapha Dam on the Khlong Saeng.',
 [('Khao Sok National Park', 'LOC'), ('Surat Thani Province', 'LOC'), ('Thailand', 'LOC'),
  ('Chiao Lan Lake', 'LOC'), ('Ratchaprapha Dam', 'LOC'), ('Khlong Saeng', 'LOC')]),
# wJ090
('The Ennahda Movement (Arabic: حركة النهضة, Ḥarakat an-Nahḍa) is an Islamist political party in Tunisia founded by Rached Ghannouchi. Banned under Zine El Abidine Ben Ali, it won the first free elections after the revolution of 2011.',
 [('Ennahda Movement', 'ORG'), ('Arabic', 'MISC'), ('حركة النهضة', 'ORG'),
  ('Ḥarakat an-Nahḍa', 'ORG'), ('Islamist', 'MISC'), ('Tunisia', 'LOC'),
  ('Rached Ghannouchi', 'PER'), ('Zine El Abidine Ben Ali', 'PER')]),
# wJ091
("The Shipibo-Conibo are an indigenous people living along the Ucayali River in the Peruvian part of the Amazon. They speak a Panoan language, and in 2008 the National Institute of Culture declared their geometric kené designs part of the nation's cultural heritage.",
 [('Shipibo-Conibo', 'MISC'), ('Ucayali River', 'LOC'), ('Peruvian', 'MISC'), ('Amazon', 'LOC'),
  ('Panoan', 'MISC'), ('National Institute of Culture', 'ORG')]),
# wJ092
('Hadhramaut Governorate (Arabic: محافظة حضرموت) is the largest governorate of Yemen, stretching from the Gulf of Aden to the Empty Quarter. Its capital is Mukalla, and the inland valley of Wadi Hadhramaut holds the old towns of Seiyun and Tarim.',
 [('Hadhramaut Governorate', 'LOC'), ('Arabic', 'MISC'), ('محافظة حضرموت', 'LOC'),
  ('Yemen', 'LOC'), ('Gulf of Aden', 'LOC'), ('Empty Quarter', 'LOC'), ('Mukalla', 'LOC'),
  ('Wadi Hadhramaut', 'LOC'), ('Seiyun', 'LOC'), ('Tarim', 'LOC')]),
# wJ093
('Sanaag is an administrative region in northern Somalia whose territory is claimed both by Somaliland and by Puntland. Its capital is Erigavo, and the Cal Madow range in its north rises to more than 2,400 metres.',
 [('Sanaag', 'LOC'), ('Somalia', 'LOC'), ('Somaliland', 'LOC'), ('Puntland', 'LOC'),
  ('Erigavo', 'LOC'), ('Cal Madow', 'LOC')]),
# wJ094
('North Kordofan (Arabic: شمال كردفان, Shamal Kurdufan) is one of the eighteen states of Sudan. Its capital is El Obeid, which was besieged and taken by the followers of Muhammad Ahmad in 1883.',
 [('North Kordofan', 'LOC'), ('Arabic', 'MISC'), ('شمال كردفان', 'LOC'),
  ('Shamal Kurdufan', 'LOC'), ('Sudan', 'LOC'), ('El Obeid', 'LOC'), ('Muhammad Ahmad', 'PER')]),
# wJ095
('Tamanrasset is the capital of Tamanrasset Province in southern Algeria, at the foot of the Hoggar Mountains. It began as a French military post early in the twentieth century, and many of its older families are Tuareg.',
 [('Tamanrasset', 'LOC'), ('Tamanrasset Province', 'LOC'), ('Algeria', 'LOC'),
  ('Hoggar Mountains', 'LOC'), ('French', 'MISC'), ('Tuareg', 'MISC')]),
# wJ096
('The Bakgatla ba Kgafela are a Tswana people living on both sides of the border between Botswana and South Africa. Their main seat is Mochudi in the Kgatleng District, and their chief also has authority over Moruleng in North West province.',
 [('Bakgatla ba Kgafela', 'MISC'), ('Tswana', 'MISC'), ('Botswana', 'LOC'),
  ('South Africa', 'LOC'), ('Mochudi', 'LOC'), ('Kgatleng District', 'LOC'), ('Moruleng', 'LOC'),
  ('North West', 'LOC')]),
# wJ097
('Labuan (Jawi: لابوان) is a federal territory of Malaysia off the coast of Borneo, made up of Labuan Island and six smaller islands. Its capital is Victoria, and since 1990 it has been an international offshore financial centre.',
 [('Labuan', 'LOC'), ('Jawi', 'MISC'), ('لابوان', 'LOC'), ('Malaysia', 'LOC'), ('Borneo', 'LOC'),
  ('Labuan Island', 'LOC'), ('Victoria', 'LOC')]),
# wJ098
('The Legislative Council of Brunei (Malay: Majlis Mesyuarat Negara) is the legislature of Brunei, whose members are all appointed by the Sultan, Hassanal Bolkiah. It was suspended from 1984 to 2004 and meets in Bandar Seri Begawan.',
 [('Legislative Council of Brunei', 'ORG'), ('Malay', 'MISC'), ('Majlis Mesyuarat Negara', 'ORG'),
  ('Brunei', 'LOC'), ('Hassanal Bolkiah', 'PER'), ('Bandar Seri Begawan', 'LOC')]),
# wJ099
('Isan (Thai: อีสาน) is the north-eastern region of Thailand, on the Khorat Plateau, bounded by the Mekong and Laos to the north and east and by Cambodia to the south. Most of its people speak Isan, a variety of Lao.',
 [('Isan', 'LOC'), ('Thai', 'MISC'), ('อีสาน', 'LOC'), ('Thailand', 'LOC'),
  ('Khorat Plateau', 'LOC'), ('Mekong', 'LOC'), ('Laos', 'LOC'), ('Cambodia', 'LOC'),
  ('Isan', 'MISC'), ('Lao', 'MISC')]),
# wJ100
("The Indonesian National Armed Forces (Indonesian: Tentara Nasional Indonesia, TNI) are the military of Indonesia, made up of the Indonesian Army, the Indonesian Navy and the Indonesian Air Force. Formed in 1945 as the People's Security Army in the war of independence against the Dutch, they held a political as well as a military role under Suharto's New Order.",
 [('Indonesian National Armed Forces', 'ORG'), ('Indonesian', 'MISC'),
  ('Tentara Nasional Indonesia', 'ORG'), ('TNI', 'ORG'), ('Indonesia', 'LOC'),
  ('Indonesian Army', 'ORG'), ('Indonesian Navy', 'ORG'), ('Indonesian Air Force', 'ORG'),
  ("People's Security Army", 'ORG'), ('Dutch', 'MISC'), ('Suharto', 'PER'), ('New Order', 'MISC')]),
# wJ101
('Apurímac is a region in south-central Peru, named after the Apurímac River, whose name means "great speaker" in Quechua. Its capital is Abancay, and the Las Bambas copper mine in Cotabambas Province is one of the largest in the world.',
 [('Apurímac', 'LOC'), ('Peru', 'LOC'), ('Apurímac River', 'LOC'), ('Quechua', 'MISC'),
  ('Abancay', 'LOC'), ('Las Bambas', 'LOC'), ('Cotabambas Province', 'LOC')]),
# wJ102
('The Niue Assembly (Niuean: Fono Ekepule) is the legislature of Niue, a self-governing island in free association with New Zealand. Six of its twenty members are elected on a common roll, and it meets in Alofi.',
 [('Niue Assembly', 'ORG'), ('Niuean', 'MISC'), ('Fono Ekepule', 'ORG'), ('Niue', 'LOC'),
  ('New Zealand', 'LOC'), ('Alofi', 'LOC')]),
# wJ103
('The Cook Islands Party (CIP) is a political party in the Cook Islands, founded in 1965 by Albert Henry, who became the first premier of the self-governing territory. Henry was removed from office in 1978 after the High Court found that public money had been used to fly in voters.',
 [('Cook Islands Party', 'ORG'), ('CIP', 'ORG'), ('Cook Islands', 'LOC'), ('Albert Henry', 'PER'),
  ('Henry', 'PER'), ('High Court', 'ORG')]),
# wJ104
('Tokelau is a dependent territory of New Zealand made up of three tropical atolls, Atafu, Nukunonu and Fakaofo. It has no capital, each atoll being run by its own council of elders, and its people voted narrowly against self-government in 2006 and 2007.',
 [('Tokelau', 'LOC'), ('New Zealand', 'LOC'), ('Atafu', 'LOC'), ('Nukunonu', 'LOC'),
  ('Fakaofo', 'LOC')]),
# wJ105
('The Japan Coast Guard (JCG; Japanese: 海上保安庁, Kaijō Hoan-chō) is the coast guard of Japan, under the Ministry of Land, Infrastructure, Transport and Tourism. It was founded in 1948, and its patrol ships watch the waters around the Senkaku Islands.',
 [('Japan Coast Guard', 'ORG'), ('JCG', 'ORG'), ('Japanese', 'MISC'), ('海上保安庁', 'ORG'),
  ('Kaijō Hoan-chō', 'ORG'), ('Japan', 'LOC'),
  ('Ministry of Land, Infrastructure, Transport and Tourism', 'ORG'), ('Senkaku Islands', 'LOC')]),
# wJ106
('The National Intelligence Service (NIS; Korean: 국가정보원) is the chief intelligence agency of South Korea. Founded in 1961 as the Korean Central Intelligence Agency under Park Chung-hee, it is headquartered in Naegok-dong in the Seocho District of Seoul.',
 [('National Intelligence Service', 'ORG'), ('NIS', 'ORG'), ('Korean', 'MISC'), ('국가정보원', 'ORG'),
  ('South Korea', 'LOC'), ('Korean Central Intelligence Agency', 'ORG'), ('Park Chung-hee', 'PER'),
  ('Naegok-dong', 'LOC'), ('Seocho District', 'LOC'), ('Seoul', 'LOC')]),
# wJ107
("The Mongolian People's Party (MPP; Mongolian: Монгол Ардын Нам) is the oldest political party in Mongolia, founded in 1920 and in sole power until 1990. Its chairman Luvsannamsrain Oyun-Erdene became prime minister in 2021.",
 [("Mongolian People's Party", 'ORG'), ('MPP', 'ORG'), ('Mongolian', 'MISC'),
  ('Монгол Ардын Нам', 'ORG'), ('Mongolia', 'LOC'), ('Luvsannamsrain Oyun-Erdene', 'PER')]),
# wJ108
('Osh Region (Kyrgyz: Ош облусу) is a region of southern Kyrgyzstan in the Fergana Valley. Its administrative centre is Osh, although the city itself is governed separately, and the region borders Uzbekistan, Tajikistan and China.',
 [('Osh Region', 'LOC'), ('Kyrgyz', 'MISC'), ('Ош облусу', 'LOC'), ('Kyrgyzstan', 'LOC'),
  ('Fergana Valley', 'LOC'), ('Osh', 'LOC'), ('Uzbekistan', 'LOC'), ('Tajikistan', 'LOC'),
  ('China', 'LOC')]),
# wJ109
('The Kerala State Road Transport Corporation (KSRTC) is a state-owned bus operator in Kerala, India, headquartered in Thiruvananthapuram. Founded in 1965 as the successor of the Travancore State Transport Department, it also runs services into Tamil Nadu and Karnataka.',
 [('Kerala State Road Transport Corporation', 'ORG'), ('KSRTC', 'ORG'), ('Kerala', 'LOC'),
  ('India', 'LOC'), ('Thiruvananthapuram', 'LOC'),
  ('Travancore State Transport Department', 'ORG'), ('Tamil Nadu', 'LOC'), ('Karnataka', 'LOC')]),
# wJ110
('The Awami National Party (ANP) is a secular Pashtun nationalist party in Pakistan with its base in Khyber Pakhtunkhwa. It traces its roots to the Khudai Khidmatgar movement of Abdul Ghaffar Khan, and it was led for decades by his son Khan Abdul Wali Khan.',
 [('Awami National Party', 'ORG'), ('ANP', 'ORG'), ('Pashtun', 'MISC'), ('Pakistan', 'LOC'),
  ('Khyber Pakhtunkhwa', 'LOC'), ('Khudai Khidmatgar', 'ORG'), ('Abdul Ghaffar Khan', 'PER'),
  ('Khan Abdul Wali Khan', 'PER')]),
# wJ111
('The Rapid Action Battalion (RAB) is an elite anti-crime and counter-terrorism unit of the Bangladesh Police, formed in 2004. In 2021 the United States Department of the Treasury imposed sanctions on the unit and seven of its current and former officers over extrajudicial killings.',
 [('Rapid Action Battalion', 'ORG'), ('RAB', 'ORG'), ('Bangladesh Police', 'ORG'),
  ('United States Department of the Treasury', 'ORG')]),
# wJ112
("The Algerian People's National Army (Arabic: الجيش الوطني الشعبي) is the military of Algeria. It grew out of the National Liberation Army, the armed wing of the National Liberation Front (FLN) during the Algerian War of 1954–1962.",
 [('Algerian', 'MISC'), ("People's National Army", 'ORG'), ('Arabic', 'MISC'),
  ('الجيش الوطني الشعبي', 'ORG'), ('Algeria', 'LOC'), ('National Liberation Army', 'ORG'),
  ('National Liberation Front', 'ORG'), ('FLN', 'ORG'), ('Algerian War', 'MISC')]),
# wJ113
('The National Civil Police (Spanish: Policía Nacional Civil, PNC) is the police force of Guatemala, created in 1997 under the peace accords that ended the Guatemalan Civil War. It replaced the National Police and the Treasury Guard, both accused of abuses during the conflict.',
 [('National Civil Police', 'ORG'), ('Spanish', 'MISC'), ('Policía Nacional Civil', 'ORG'),
  ('PNC', 'ORG'), ('Guatemala', 'LOC'), ('Guatemalan Civil War', 'MISC'),
  ('National Police', 'ORG'), ('Treasury Guard', 'ORG')]),
# wJ114
('The Authentic Radical Liberal Party (Spanish: Partido Liberal Radical Auténtico, PLRA) is the main opposition party in Paraguay, founded in 1978 as an heir of the Liberal Party of the nineteenth century. Its member Federico Franco became president in 2012 after the impeachment of Fernando Lugo.',
 [('Authentic Radical Liberal Party', 'ORG'), ('Spanish', 'MISC'),
  ('Partido Liberal Radical Auténtico', 'ORG'), ('PLRA', 'ORG'), ('Paraguay', 'LOC'),
  ('Liberal Party', 'ORG'), ('Federico Franco', 'PER'), ('Fernando Lugo', 'PER')]),
# wJ115
('The National Institute of Statistics and Geography (Spanish: Instituto Nacional de Estadística y Geografía, INEGI) is an autonomous agency of the Mexican state, headquartered in Aguascalientes. It carries out the national census every ten years.',
 [('National Institute of Statistics and Geography', 'ORG'), ('Spanish', 'MISC'),
  ('Instituto Nacional de Estadística y Geografía', 'ORG'), ('INEGI', 'ORG'), ('Mexican', 'MISC'),
  ('Aguascalientes', 'LOC')]),
# wJ116
("The Jamaica Labour Party (JLP) is one of the two major political parties in Jamaica, founded in 1943 by Alexander Bustamante as the political arm of the Bustamante Industrial Trade Union. Its rival is the People's National Party, founded by Norman Manley.",
 [('Jamaica Labour Party', 'ORG'), ('JLP', 'ORG'), ('Jamaica', 'LOC'),
  ('Alexander Bustamante', 'PER'), ('Bustamante Industrial Trade Union', 'ORG'),
  ("People's National Party", 'ORG'), ('Norman Manley', 'PER')]),
# wJ117
('The Pilcomayo River rises in the Bolivian Andes near Potosí and flows south-east across the Gran Chaco to join the Paraguay River near Asunción. For much of its course it forms the border between Argentina and Paraguay.',
 [('Pilcomayo River', 'LOC'), ('Bolivian', 'MISC'), ('Andes', 'LOC'), ('Potosí', 'LOC'),
  ('Gran Chaco', 'LOC'), ('Paraguay River', 'LOC'), ('Asunción', 'LOC'), ('Argentina', 'LOC'),
  ('Paraguay', 'LOC')]),
# wJ118
("The Tana River is the longest river in Kenya, flowing about 1,000 kilometres from the Aberdare Range to the Indian Ocean at Kipini. Its dams, among them Masinga and Kiambere, produce much of the country's electricity.",
 [('Tana River', 'LOC'), ('Kenya', 'LOC'), ('Aberdare Range', 'LOC'), ('Indian Ocean', 'LOC'),
  ('Kipini', 'LOC'), ('Masinga', 'LOC'), ('Kiambere', 'LOC')]),
# wJ119
('The Kapuas is the longest river in Indonesia, flowing 1,143 kilometres through West Kalimantan on the island of Borneo to the Karimata Strait near Pontianak.',
 [('Kapuas', 'LOC'), ('Indonesia', 'LOC'), ('West Kalimantan', 'LOC'), ('Borneo', 'LOC'),
  ('Karimata Strait', 'LOC'), ('Pontianak', 'LOC')]),
# wJ120
('The Rewa River is the widest river in Fiji, flowing about 145 kilometres across Viti Levu to the sea near Nausori. It gives its name to Rewa Province, one of the fourteen provinces of the country.',
 [('Rewa River', 'LOC'), ('Fiji', 'LOC'), ('Viti Levu', 'LOC'), ('Nausori', 'LOC'),
  ('Rewa Province', 'LOC')]),
# wJ121
('Bukavu is the capital of South Kivu Province in the Democratic Republic of the Congo, located on the south-western shore of Lake Kivu opposite the Rwandan town of Cyangugu.',
 [('Bukavu', 'LOC'), ('South Kivu Province', 'LOC'), ('Democratic Republic of the Congo', 'LOC'),
  ('Lake Kivu', 'LOC'), ('Rwandan', 'MISC'), ('Cyangugu', 'LOC')]),
# wJ122
('The Vietnam Football Federation (VFF; Vietnamese: Liên đoàn bóng đá Việt Nam) is the governing body of football in Vietnam. It organises the V.League 1 and the Vietnamese National Cup, and the national team, coached by Park Hang-seo, won the AFF Championship in 2018.',
 [('Vietnam Football Federation', 'ORG'), ('VFF', 'ORG'), ('Vietnamese', 'MISC'),
  ('Liên đoàn bóng đá Việt Nam', 'ORG'), ('Vietnam', 'LOC'), ('V.League 1', 'MISC'),
  ('Vietnamese National Cup', 'MISC'), ('Park Hang-seo', 'PER'), ('AFF Championship', 'MISC')]),
# wJ123
('The Ethiopian Athletics Federation (EAF) is the governing body of athletics in Ethiopia, based in Addis Ababa. The former runners Haile Gebrselassie and Derartu Tulu have both served as its president.',
 [('Ethiopian Athletics Federation', 'ORG'), ('EAF', 'ORG'), ('Ethiopia', 'LOC'),
  ('Addis Ababa', 'LOC'), ('Haile Gebrselassie', 'PER'), ('Derartu Tulu', 'PER')]),
# wJ124
('The Chilean Football Federation (Spanish: Federación de Fútbol de Chile, FFCh) governs football in Chile. Its national team, known as La Roja, won the Copa América in 2015 and 2016 under the coaches Jorge Sampaoli and Juan Antonio Pizzi.',
 [('Chilean Football Federation', 'ORG'), ('Spanish', 'MISC'),
  ('Federación de Fútbol de Chile', 'ORG'), ('FFCh', 'ORG'), ('Chile', 'LOC'), ('La Roja', 'ORG'),
  ('Copa América', 'MISC'), ('Jorge Sampaoli', 'PER'), ('Juan Antonio Pizzi', 'PER')]),
# wJ125
('The Tonga national rugby union team, nicknamed ʻIkale Tahi ("Sea Eagles"), is governed by the Tonga Rugby Union. Its best-known result came at the 2011 Rugby World Cup, when it beat France 19–14 in Wellington.',
 [('Tonga', 'LOC'), ('ʻIkale Tahi', 'ORG'), ('Sea Eagles', 'ORG'), ('Tonga Rugby Union', 'ORG'),
  ('Rugby World Cup', 'MISC'), ('France', 'LOC'), ('Wellington', 'LOC')]),
# wJ126
('Ahmed Ben Bella (1916–2012) was an Algerian revolutionary who served as the first President of Algeria, from 1963 to 1965. One of the founders of the National Liberation Front, he was overthrown by his defence minister Houari Boumédiène and held under house arrest until 1980.',
 [('Ahmed Ben Bella', 'PER'), ('Algerian', 'MISC'), ('Algeria', 'LOC'),
  ('National Liberation Front', 'ORG'), ('Houari Boumédiène', 'PER')]),
# wJ127
('Mwai Kibaki (1931–2022) was a Kenyan politician who served as the third President of Kenya from 2002 to 2013. Educated at Makerere University and the London School of Economics, he led the Democratic Party and later the Party of National Unity.',
 [('Mwai Kibaki', 'PER'), ('Kenyan', 'MISC'), ('Kenya', 'LOC'), ('Makerere University', 'ORG'),
  ('London School of Economics', 'ORG'), ('Democratic Party', 'ORG'),
  ('Party of National Unity', 'ORG')]),
# wJ128
("Wan Azizah Wan Ismail (born 3 December 1952) is a Malaysian politician and ophthalmologist who was the first woman to serve as Deputy Prime Minister of Malaysia, from 2018 to 2020. She founded the People's Justice Party (PKR) in 1999 after the arrest of her husband, Anwar Ibrahim.",
 [('Wan Azizah Wan Ismail', 'PER'), ('Malaysian', 'MISC'), ('Malaysia', 'LOC'),
  ("People's Justice Party", 'ORG'), ('PKR', 'ORG'), ('Anwar Ibrahim', 'PER')]),
# wJ129
('Hugo Blanco (1934–2023) was a Peruvian peasant leader and politician who organised Quechua farmers in the La Convención valley of Cusco in the early 1960s. He later sat in the Constituent Assembly of 1978 and in the Senate.',
 [('Hugo Blanco', 'PER'), ('Peruvian', 'MISC'), ('Quechua', 'MISC'), ('La Convención', 'LOC'),
  ('Cusco', 'LOC'), ('Constituent Assembly', 'ORG'), ('Senate', 'ORG')]),
# wJ130
('Ratu Sir Kamisese Mara (1920–2004) was a Fijian statesman who served as the first Prime Minister of Fiji from 1970 to 1992 and as President from 1993 to 2000. He founded the Alliance Party, which governed the country for most of its first two decades of independence.',
 [('Kamisese Mara', 'PER'), ('Fijian', 'MISC'), ('Fiji', 'LOC'), ('Alliance Party', 'ORG')]),
# wJ131
('Chamlong Srimuang (born 5 July 1935) is a Thai former general and politician who served as Governor of Bangkok from 1985 to 1992. A follower of the Santi Asoke Buddhist movement, he founded the Palang Dharma Party and led the protests of May 1992 against Suchinda Kraprayoon.',
 [('Chamlong Srimuang', 'PER'), ('Thai', 'MISC'), ('Bangkok', 'LOC'), ('Santi Asoke', 'MISC'),
  ('Buddhist', 'MISC'), ('Palang Dharma Party', 'ORG'), ('Suchinda Kraprayoon', 'PER')]),
# wJ132
('Nguyễn Thị Bình (born 26 May 1927) is a Vietnamese politician who led the delegation of the Provisional Revolutionary Government of the Republic of South Vietnam at the talks that produced the Paris Peace Accords in 1973. She later served as Vice President of Vietnam from 1992 to 2002.',
 [('Nguyễn Thị Bình', 'PER'), ('Vietnamese', 'MISC'),
  ('Provisional Revolutionary Government of the Republic of South Vietnam', 'ORG'),
  ('Paris Peace Accords', 'MISC'), ('Vietnam', 'LOC')]),
# wJ133
('Mamata Banerjee (born 5 January 1955) is an Indian politician who has been Chief Minister of West Bengal since 2011, the first woman to hold the office. She founded the All India Trinamool Congress in 1998 after leaving the Indian National Congress.',
 [('Mamata Banerjee', 'PER'), ('Indian', 'MISC'), ('West Bengal', 'LOC'),
  ('All India Trinamool Congress', 'ORG'), ('Indian National Congress', 'ORG')]),
# wJ134
("Youssou N'Dour (born 1 October 1959) is a Senegalese singer and politician who served as Minister of Culture and Tourism of Senegal from 2012 to 2013. His album Egypt, recorded with an Egyptian orchestra, was released on Nonesuch Records in 2004 and won a Grammy Award. His bid for the presidency in 2012 was rejected by the Constitutional Council, and he then backed Macky Sall.",
 [("Youssou N'Dour", 'PER'), ('Senegalese', 'MISC'), ('Senegal', 'LOC'), ('Egypt', 'MISC'),
  ('Egyptian', 'MISC'), ('Nonesuch Records', 'ORG'), ('Grammy Award', 'MISC'),
  ('Constitutional Council', 'ORG'), ('Macky Sall', 'PER')]),
# wJ135
("The Kingdom of Buganda is a subnational kingdom within Uganda, the largest of the country's traditional kingdoms. Its parliament sits at the Bulange in Mengo, Kampala, and the present Kabaka, Ronald Muwenda Mutebi II, was crowned in 1993 after the monarchy was restored.",
 [('Kingdom of Buganda', 'LOC'), ('Uganda', 'LOC'), ('Bulange', 'LOC'), ('Mengo', 'LOC'),
  ('Kampala', 'LOC'), ('Ronald Muwenda Mutebi II', 'PER')]),
# wJ136
('Awash National Park is a national park in the Afar Region of Ethiopia, at the southern end of the Afar Triangle. The Awash River forms its southern boundary, and the dormant volcano Fantale rises near its centre.',
 [('Awash National Park', 'LOC'), ('Afar Region', 'LOC'), ('Ethiopia', 'LOC'),
  ('Afar Triangle', 'LOC'), ('Awash River', 'LOC'), ('Fantale', 'LOC')]),
# wJ137
('The Ifugao are an ethnic group of the Cordillera Administrative Region of the Philippines, known for the rice terraces they carved into the mountains of Ifugao province. Their hudhud chants were recognised by UNESCO in 2001.',
 [('Ifugao', 'MISC'), ('Cordillera Administrative Region', 'LOC'), ('Philippines', 'LOC'),
  ('Ifugao', 'LOC'), ('UNESCO', 'ORG')]),
# wJ138
('Kinyarwanda is a Bantu language and one of the official languages of Rwanda, spoken by almost the whole population. It is mutually intelligible with Kirundi, the national language of Burundi, and with the Ha language of western Tanzania.',
 [('Kinyarwanda', 'MISC'), ('Bantu', 'MISC'), ('Rwanda', 'LOC'), ('Kirundi', 'MISC'),
  ('Burundi', 'LOC'), ('Ha', 'MISC'), ('Tanzania', 'LOC')]),
# wJ139
("Guaraní (Avañe'ẽ) is a Tupian language and, with Spanish, one of the two official languages of Paraguay, where most of the population speaks it. It is also an official language of Bolivia and of the Argentine province of Corrientes.",
 [('Guaraní', 'MISC'), ("Avañe'ẽ", 'MISC'), ('Tupian', 'MISC'), ('Spanish', 'MISC'),
  ('Paraguay', 'LOC'), ('Bolivia', 'LOC'), ('Argentine', 'MISC'), ('Corrientes', 'LOC')]),
# wJ140
('Tetum (Tetun) is an Austronesian language and, with Portuguese, one of the two official languages of East Timor. Its urban variety, Tetun Dili, took much of its vocabulary from Portuguese during the colonial period.',
 [('Tetum', 'MISC'), ('Tetun', 'MISC'), ('Austronesian', 'MISC'), ('Portuguese', 'MISC'),
  ('East Timor', 'LOC'), ('Tetun Dili', 'MISC'), ('Portuguese', 'MISC')]),
# wJ141
('The iTaukei are the indigenous people of Fiji and make up about 57 percent of its population. Until 2010 they were officially called Fijians, a name now used for all citizens, and their customary affairs are handled by the Ministry of iTaukei Affairs.',
 [('iTaukei', 'MISC'), ('Fiji', 'LOC'), ('Fijians', 'MISC'),
  ('Ministry of iTaukei Affairs', 'ORG')]),
# wJ142
('Echorouk El Yawmi (Arabic: الشروق اليومي) is an Arabic-language daily newspaper published in Algiers since 2000. It belongs to the Echorouk Group, which also runs the television channel Echorouk TV.',
 [('Echorouk El Yawmi', 'ORG'), ('Arabic', 'MISC'), ('الشروق اليومي', 'ORG'), ('Arabic', 'MISC'),
  ('Algiers', 'LOC'), ('Echorouk Group', 'ORG'), ('Echorouk TV', 'ORG')]),
# wJ143
('Kompas is an Indonesian-language daily newspaper published in Jakarta, founded in 1965 by Jakob Oetama and P. K. Ojong. Its name, meaning "compass", was suggested by President Sukarno.',
 [('Kompas', 'ORG'), ('Indonesian', 'MISC'), ('Jakarta', 'LOC'), ('Jakob Oetama', 'PER'),
  ('P. K. Ojong', 'PER'), ('Sukarno', 'PER')]),
# wJ144
('The Post-Courier is a daily newspaper published in Port Moresby, Papua New Guinea. Founded in 1969, it was the first daily newspaper in the territory, and it is owned by News Corp Australia.',
 [('Post-Courier', 'ORG'), ('Port Moresby', 'LOC'), ('Papua New Guinea', 'LOC'),
  ('News Corp Australia', 'ORG')]),
# wJ145
('The National University of Samoa (NUS; Samoan: Iunivesite Aoao o Samoa) is the national university of Samoa. It was founded in 1984, and its main campus is at Le Papaigalagala in Apia.',
 [('National University of Samoa', 'ORG'), ('NUS', 'ORG'), ('Samoan', 'MISC'),
  ('Iunivesite Aoao o Samoa', 'ORG'), ('Samoa', 'LOC'), ('Le Papaigalagala', 'LOC'),
  ('Apia', 'LOC')]),
# wJ146
('The University of Khartoum (Arabic: جامعة الخرطوم) is the oldest university in Sudan. It was founded in 1902 as Gordon Memorial College, in memory of the British general Charles George Gordon, who had died in the siege of Khartoum in 1885.',
 [('University of Khartoum', 'ORG'), ('Arabic', 'MISC'), ('جامعة الخرطوم', 'ORG'),
  ('Sudan', 'LOC'), ('Gordon Memorial College', 'ORG'), ('British', 'MISC'),
  ('Charles George Gordon', 'PER'), ('Khartoum', 'LOC')]),
# wJ147
('Tribhuvan University (TU; Nepali: त्रिभुवन विश्वविद्यालय) is the oldest university in Nepal, founded in 1959 at Kirtipur near Kathmandu and named after King Tribhuvan.',
 [('Tribhuvan University', 'ORG'), ('TU', 'ORG'), ('Nepali', 'MISC'),
  ('त्रिभुवन विश्वविद्यालय', 'ORG'), ('Nepal', 'LOC'), ('Kirtipur', 'LOC'), ('Kathmandu', 'LOC'),
  ('Tribhuvan', 'PER')]),
# wJ148
('The Zambia national football team, nicknamed Chipolopolo ("Copper Bullets"), won the Africa Cup of Nations in 2012 in Libreville, Gabon, nineteen years after eighteen players died in a plane crash off the Gabonese coast. It is run by the Football Association of Zambia (FAZ).',
 [('Zambia', 'LOC'), ('Chipolopolo', 'ORG'), ('Copper Bullets', 'ORG'),
  ('Africa Cup of Nations', 'MISC'), ('Libreville', 'LOC'), ('Gabon', 'LOC'), ('Gabonese', 'MISC'),
  ('Football Association of Zambia', 'ORG'), ('FAZ', 'ORG')]),
# wJ149
("The Amateur Kabaddi Federation of India (AKFI) is the governing body of kabaddi in India. The Indian men's team won every kabaddi gold medal at the Asian Games from 1990 to 2014 before losing to Iran in the semi-finals in 2018.",
 [('Amateur Kabaddi Federation of India', 'ORG'), ('AKFI', 'ORG'), ('India', 'LOC'),
  ('Indian', 'MISC'), ('Asian Games', 'MISC'), ('Iran', 'LOC')]),
# wJ150
('Carlos Valderrama (born 2 September 1961) is a Colombian former footballer who played for Unión Magdalena, Millonarios, Montpellier, Real Valladolid and Junior. He captained Colombia at three FIFA World Cups and later played in the United States.',
 [('Carlos Valderrama', 'PER'), ('Colombian', 'MISC'), ('Unión Magdalena', 'ORG'),
  ('Millonarios', 'ORG'), ('Montpellier', 'ORG'), ('Real Valladolid', 'ORG'), ('Junior', 'ORG'),
  ('Colombia', 'LOC'), ('FIFA World Cups', 'MISC'), ('United States', 'LOC')]),
# wJ151
('Brian Lima (born 25 January 1972) is a Samoan former rugby union player, nicknamed "The Chiropractor" for his hard tackling. He played provincial rugby for Auckland and appeared for Samoa at five Rugby World Cups from 1991 to 2007.',
 [('Brian Lima', 'PER'), ('Samoan', 'MISC'), ('The Chiropractor', 'PER'), ('Auckland', 'ORG'),
  ('Samoa', 'LOC'), ('Rugby World Cups', 'MISC')]),
# wJ152
('Caodaism (Vietnamese: Đạo Cao Đài) is a syncretic religion founded in 1926 in Tây Ninh, southern Vietnam. Its followers honour Victor Hugo and Sun Yat-sen among their saints, and its main temple is the Tây Ninh Holy See.',
 [('Caodaism', 'MISC'), ('Vietnamese', 'MISC'), ('Đạo Cao Đài', 'MISC'), ('Tây Ninh', 'LOC'),
  ('Vietnam', 'LOC'), ('Victor Hugo', 'PER'), ('Sun Yat-sen', 'PER'), ('Tây Ninh Holy See', 'LOC')]),
# wJ153
('The Supreme Council of Kenya Muslims (SUPKEM) is the umbrella body of Muslim organisations in Kenya, founded in 1973 and based in Nairobi. Its chairman speaks for Kenyan Muslims before the government.',
 [('Supreme Council of Kenya Muslims', 'ORG'), ('SUPKEM', 'ORG'), ('Muslim', 'MISC'),
  ('Kenya', 'LOC'), ('Nairobi', 'LOC'), ('Kenyan Muslims', 'MISC')]),
# wJ154
('The Church of God Ministry of Jesus Christ International (Spanish: Iglesia de Dios Ministerial de Jesucristo Internacional) is a Pentecostal church founded in Bogotá in 1972 by Luis Eduardo Moreno, María Jesús Moreno and María Luisa Piraquive. It backs the political party MIRA.',
 [('Church of God Ministry of Jesus Christ International', 'ORG'), ('Spanish', 'MISC'),
  ('Iglesia de Dios Ministerial de Jesucristo Internacional', 'ORG'), ('Pentecostal', 'MISC'),
  ('Bogotá', 'LOC'), ('Luis Eduardo Moreno', 'PER'), ('María Jesús Moreno', 'PER'),
  ('María Luisa Piraquive', 'PER'), ('MIRA', 'ORG')]),
# wJ155
('The Military Police of São Paulo State (Portuguese: Polícia Militar do Estado de São Paulo, PMESP) is the largest police force in Brazil. Its best-known unit is ROTA, short for Rondas Ostensivas Tobias de Aguiar, a battalion named after the nineteenth-century politician Rafael Tobias de Aguiar.',
 [('Military Police of São Paulo State', 'ORG'), ('Portuguese', 'MISC'),
  ('Polícia Militar do Estado de São Paulo', 'ORG'), ('PMESP', 'ORG'), ('Brazil', 'LOC'),
  ('ROTA', 'ORG'), ('Rondas Ostensivas Tobias de Aguiar', 'ORG'),
  ('Rafael Tobias de Aguiar', 'PER')]),
# wJ156
('The Royal Solomon Islands Police Force (RSIPF) is the police force of Solomon Islands. After the ethnic tensions of 1998–2003 it was supported for fourteen years by the Regional Assistance Mission to Solomon Islands (RAMSI), which was led by Australia.',
 [('Royal Solomon Islands Police Force', 'ORG'), ('RSIPF', 'ORG'), ('Solomon Islands', 'LOC'),
  ('Regional Assistance Mission to Solomon Islands', 'ORG'), ('RAMSI', 'ORG'),
  ('Australia', 'LOC')]),
# wJ157
('The Botswana Defence Force (BDF) is the military of Botswana, formed in 1977. Its first commander was Ian Khama, who later became President of Botswana, and its headquarters are at Sir Seretse Khama Barracks in Mogoditshane.',
 [('Botswana Defence Force', 'ORG'), ('BDF', 'ORG'), ('Botswana', 'LOC'), ('Ian Khama', 'PER'),
  ('Botswana', 'LOC'), ('Sir Seretse Khama Barracks', 'LOC'), ('Mogoditshane', 'LOC')]),
# wJ158
("The Ministry of Mines and Energy (MME) of Namibia is responsible for the country's mineral, petroleum and energy resources. It oversees Namdeb, the diamond-mining joint venture of the government and De Beers, and the state oil company Namcor.",
 [('Ministry of Mines and Energy', 'ORG'), ('MME', 'ORG'), ('Namibia', 'LOC'), ('Namdeb', 'ORG'),
  ('De Beers', 'ORG'), ('Namcor', 'ORG')]),
# wJ159
('The Ministry of Interior (Thai: กระทรวงมหาดไทย) is the ministry of Thailand responsible for local government, land registration and disaster relief. It appoints the governors of all the provinces except Bangkok, whose governor is elected.',
 [('Ministry of Interior', 'ORG'), ('Thai', 'MISC'), ('กระทรวงมหาดไทย', 'ORG'),
  ('Thailand', 'LOC'), ('Bangkok', 'LOC')]),
# wJ160
('Kinnaur is a district in the north-east of Himachal Pradesh, India, on the border with Tibet. Its administrative centre is Reckong Peo, and the Sutlej flows through it on its way down from the Tibetan Plateau.',
 [('Kinnaur', 'LOC'), ('Himachal Pradesh', 'LOC'), ('India', 'LOC'), ('Tibet', 'LOC'),
  ('Reckong Peo', 'LOC'), ('Sutlej', 'LOC'), ('Tibetan Plateau', 'LOC')]),
# wJ161
('Chisemphere is a village in Dedza District in the Central Region of Malawi, near the border with Mozambique. Most of its people are Chewa farmers who grow maize and tobacco.',
 [('Chisemphere', 'LOC'), ('Dedza District', 'LOC'), ('Central Region', 'LOC'), ('Malawi', 'LOC'),
  ('Mozambique', 'LOC'), ('Chewa', 'MISC')]),
# wJ162
('San Juan Chamula is a municipality in the Mexican state of Chiapas, inhabited almost entirely by Tzotzil Maya. The church of San Juan Bautista on its main square is known for rituals that mix Catholic and Maya practice.',
 [('San Juan Chamula', 'LOC'), ('Mexican', 'MISC'), ('Chiapas', 'LOC'), ('Tzotzil Maya', 'MISC'),
  ('San Juan Bautista', 'LOC'), ('Catholic', 'MISC'), ('Maya', 'MISC')]),
# wJ163
('Malie is a village on the north coast of Upolu, Samoa, in the Tuamasaga district, about 10 kilometres west of Apia. Most of its families belong to the Congregational Christian Church of Samoa.',
 [('Malie', 'LOC'), ('Upolu', 'LOC'), ('Samoa', 'LOC'), ('Tuamasaga', 'LOC'), ('Apia', 'LOC'),
  ('Congregational Christian Church of Samoa', 'ORG')]),
# wJ164
('Maseru is the capital and largest city of Lesotho, lying on the Caledon River at the border with the Free State province of South Africa. It was founded as a police camp by the British in 1869.',
 [('Maseru', 'LOC'), ('Lesotho', 'LOC'), ('Caledon River', 'LOC'), ('Free State', 'LOC'),
  ('South Africa', 'LOC'), ('British', 'MISC')]),
# wJ165
('Naypyidaw (Burmese: နေပြည်တော်) has been the capital of Myanmar since 2006, when the military government moved the ministries out of Yangon. The city was built from 2002 near the town of Pyinmana, and its Uppatasanti Pagoda was completed in 2009.',
 [('Naypyidaw', 'LOC'), ('Burmese', 'MISC'), ('နေပြည်တော်', 'LOC'), ('Myanmar', 'LOC'),
  ('Yangon', 'LOC'), ('Pyinmana', 'LOC'), ('Uppatasanti Pagoda', 'LOC')]),
# wJ166
('Ngerulmud is the seat of government of Palau, in the state of Melekeok on the island of Babeldaob. It replaced Koror as the capital in 2006.',
 [('Ngerulmud', 'LOC'), ('Palau', 'LOC'), ('Melekeok', 'LOC'), ('Babeldaob', 'LOC'),
  ('Koror', 'LOC')]),
# wJ167
('Belmopan is the capital of Belize, built in the 1960s after Hurricane Hattie devastated Belize City in 1961. The National Assembly moved there in 1970.',
 [('Belmopan', 'LOC'), ('Belize', 'LOC'), ('Hurricane Hattie', 'MISC'), ('Belize City', 'LOC'),
  ('National Assembly', 'ORG')]),
# wJ168
('The Istiqlal Party (Arabic: حزب الاستقلال, "Independence Party") is a nationalist party in Morocco founded in 1944 by Allal al-Fassi and others. Its manifesto of 11 January 1944 demanded independence from France.',
 [('Istiqlal Party', 'ORG'), ('Arabic', 'MISC'), ('حزب الاستقلال', 'ORG'),
  ('Independence Party', 'ORG'), ('Morocco', 'LOC'), ('Allal al-Fassi', 'PER'), ('France', 'LOC')]),
# wJ169
("The Lao People's Revolutionary Party (LPRP) is the founding and sole ruling party of Laos. It has governed since 1975, when the Pathet Lao took power in Vientiane, and its first general secretary was Kaysone Phomvihane.",
 [("Lao People's Revolutionary Party", 'ORG'), ('LPRP', 'ORG'), ('Laos', 'LOC'),
  ('Pathet Lao', 'ORG'), ('Vientiane', 'LOC'), ('Kaysone Phomvihane', 'PER')]),
# wJ170
('The Country Liberal Party (CLP) is a political party in the Northern Territory of Australia, formed in 1974 from the local branches of the Country Party and the Liberal Party. It governed the territory without a break from 1978 to 2001.',
 [('Country Liberal Party', 'ORG'), ('CLP', 'ORG'), ('Northern Territory', 'LOC'),
  ('Australia', 'LOC'), ('Country Party', 'ORG'), ('Liberal Party', 'ORG')]),
# wJ171
('Dina Boluarte (born 31 May 1962) is a Peruvian lawyer and politician who became President of Peru in December 2022, after Congress removed Pedro Castillo, whose vice president she had been. She had been elected in 2021 on the ticket of Free Peru.',
 [('Dina Boluarte', 'PER'), ('Peruvian', 'MISC'), ('Peru', 'LOC'), ('Congress', 'ORG'),
  ('Pedro Castillo', 'PER'), ('Free Peru', 'ORG')]),
# wJ172
("Sam Nujoma (1929–2025) was a Namibian revolutionary who led the South West Africa People's Organisation (SWAPO) from 1960 and served as the first President of Namibia from 1990 to 2005. Born at Etunda in Ovamboland, he spent nearly thirty years in exile in Tanzania, Zambia and Angola.",
 [('Sam Nujoma', 'PER'), ('Namibian', 'MISC'), ("South West Africa People's Organisation", 'ORG'),
  ('SWAPO', 'ORG'), ('Namibia', 'LOC'), ('Etunda', 'LOC'), ('Ovamboland', 'LOC'),
  ('Tanzania', 'LOC'), ('Zambia', 'LOC'), ('Angola', 'LOC')]),
# wJ173
('Megawati Sukarnoputri (born 23 January 1947) is an Indonesian politician who served as the fifth President of Indonesia from 2001 to 2004. The daughter of Sukarno, she has chaired the Indonesian Democratic Party of Struggle (PDI-P) since its founding in 1999.',
 [('Megawati Sukarnoputri', 'PER'), ('Indonesian', 'MISC'), ('Indonesia', 'LOC'),
  ('Sukarno', 'PER'), ('Indonesian Democratic Party of Struggle', 'ORG'), ('PDI-P', 'ORG')]),
# wJ174
('Sheikh Mujibur Rahman (1920–1975) was a Bengali politician who led Bangladesh to independence from Pakistan in 1971 and became its first president. The leader of the Awami League, he was killed with most of his family at his house in Dhaka in August 1975.',
 [('Sheikh Mujibur Rahman', 'PER'), ('Bengali', 'MISC'), ('Bangladesh', 'LOC'),
  ('Pakistan', 'LOC'), ('Awami League', 'ORG'), ('Dhaka', 'LOC')]),
# wJ175
("DODOMA, Tanzania, June 10 (Reuters) - Tanzania's parliament approved an agreement on Saturday allowing the Tanzania Ports Authority to lease berths at Dar es Salaam port to Dubai-based DP World, despite protests by the opposition party Chadema and by church leaders.",
 [('DODOMA', 'LOC'), ('Tanzania', 'LOC'), ('Reuters', 'ORG'), ('Tanzania', 'LOC'),
  ('Tanzania Ports Authority', 'ORG'), ('Dar es Salaam', 'LOC'), ('Dubai', 'LOC'),
  ('DP World', 'ORG'), ('Chadema', 'ORG')]),
# wJ176
('For decades voters in the Indian state of Kerala replaced the Left Democratic Front with the United Democratic Front at every election, or the reverse. The pattern broke in 2021, when Pinarayi Vijayan became the first chief minister in four decades to win a second term in a row.',
 [('Indian', 'MISC'), ('Kerala', 'LOC'), ('Left Democratic Front', 'ORG'),
  ('United Democratic Front', 'ORG'), ('Pinarayi Vijayan', 'PER')]),
# wJ177
("When the Gold Coast became independent in 1957, Kwame Nkrumah and his Convention People's Party chose for it the name of Ghana, a medieval empire that had lain several hundred kilometres to the north-west.",
 [('Gold Coast', 'LOC'), ('Kwame Nkrumah', 'PER'), ("Convention People's Party", 'ORG'),
  ('Ghana', 'LOC')]),
# wJ178
("THIMPHU, Jan 10 (Reuters) - Bhutan's People's Democratic Party won 30 of the 47 seats in the National Assembly in Tuesday's election, returning former prime minister Tshering Tobgay to office, the Election Commission of Bhutan said. The newly formed Bhutan Tendrel Party took the remaining 17.",
 [('THIMPHU', 'LOC'), ('Reuters', 'ORG'), ('Bhutan', 'LOC'), ("People's Democratic Party", 'ORG'),
  ('National Assembly', 'ORG'), ('Tshering Tobgay', 'PER'),
  ('Election Commission of Bhutan', 'ORG'), ('Bhutan Tendrel Party', 'ORG')]),
# wJ179
('Under the 2008 constitution of Ecuador, nature itself holds rights, and the Constitutional Court relied on that article in 2021 when it struck down mining concessions in the Los Cedros protected forest in Imbabura.',
 [('Ecuador', 'LOC'), ('Constitutional Court', 'ORG'), ('Los Cedros', 'LOC'), ('Imbabura', 'LOC')]),
# wJ180
("The Indigenous Peoples' Rights Act of 1997 (IPRA) is a law of the Philippines that recognises the right of indigenous peoples to their ancestral domains. It created the National Commission on Indigenous Peoples, which issues certificates of ancestral domain title.",
 [("Indigenous Peoples' Rights Act of 1997", 'MISC'), ('IPRA', 'MISC'), ('Philippines', 'LOC'),
  ('National Commission on Indigenous Peoples', 'ORG')]),
# wJ181
('The Natives Land Act was a law passed by the Parliament of South Africa in 1913 that restricted African ownership of land to reserves covering about seven percent of the country. Sol Plaatje, the first general secretary of the South African Native National Congress, attacked it in his book Native Life in South Africa.',
 [('Natives Land Act', 'MISC'), ('Parliament of South Africa', 'ORG'), ('African', 'MISC'),
  ('Sol Plaatje', 'PER'), ('South African Native National Congress', 'ORG'),
  ('Native Life in South Africa', 'MISC')]),
# wJ182
('The Mau Mau uprising of 1952–1960 was a war in the Kenya Colony between the Kenya Land and Freedom Army, made up mostly of Kikuyu fighters, and the British colonial authorities. Its field marshal Dedan Kimathi was captured in 1956 and hanged in Nairobi the following year.',
 [('Mau Mau', 'ORG'), ('Kenya Colony', 'LOC'), ('Kenya Land and Freedom Army', 'ORG'),
  ('Kikuyu', 'MISC'), ('British', 'MISC'), ('Dedan Kimathi', 'PER'), ('Nairobi', 'LOC')]),
# wJ183
('The Saffron Revolution was a wave of protests in Myanmar from August to October 2007, led by Buddhist monks, against the military government of the State Peace and Development Council. It began after fuel prices were raised, and troops fired on marchers in Yangon in late September.',
 [('Saffron Revolution', 'MISC'), ('Myanmar', 'LOC'), ('Buddhist', 'MISC'),
  ('State Peace and Development Council', 'ORG'), ('Yangon', 'LOC')]),
# wJ184
('The Rainbow Warrior was a Greenpeace ship sunk in Auckland Harbour on 10 July 1985 by agents of the French foreign intelligence service, the DGSE. The photographer Fernando Pereira drowned, and the affair forced the resignation of the defence minister Charles Hernu.',
 [('Rainbow Warrior', 'MISC'), ('Greenpeace', 'ORG'), ('Auckland Harbour', 'LOC'),
  ('French', 'MISC'), ('DGSE', 'ORG'), ('Fernando Pereira', 'PER'), ('Charles Hernu', 'PER')]),
# wJ185
('The Tlatelolco massacre took place on 2 October 1968 in the Plaza de las Tres Culturas in Mexico City, when soldiers and police fired on student protesters ten days before the opening of the Summer Olympics. Members of the Olympia Battalion, in plain clothes, opened the shooting.',
 [('Tlatelolco', 'LOC'), ('Plaza de las Tres Culturas', 'LOC'), ('Mexico City', 'LOC'),
  ('Summer Olympics', 'MISC'), ('Olympia Battalion', 'ORG')]),
# wJ186
('Berta Cáceres (1971–2016) was a Honduran Lenca environmental activist who co-founded the Council of Popular and Indigenous Organizations of Honduras (COPINH). She led the campaign against the Agua Zarca Dam on the Gualcarque River and won the Goldman Environmental Prize in 2015.',
 [('Berta Cáceres', 'PER'), ('Honduran', 'MISC'), ('Lenca', 'MISC'),
  ('Council of Popular and Indigenous Organizations of Honduras', 'ORG'), ('COPINH', 'ORG'),
  ('Agua Zarca Dam', 'LOC'), ('Gualcarque River', 'LOC'), ('Goldman Environmental Prize', 'MISC')]),
# wJ187
('Eduardo Mondlane (1920–1969) was a Mozambican sociologist who founded the Mozambique Liberation Front (FRELIMO) in Dar es Salaam in 1962. He had taught at Syracuse University in the United States, and Eduardo Mondlane University in Maputo is named after him.',
 [('Eduardo Mondlane', 'PER'), ('Mozambican', 'MISC'), ('Mozambique Liberation Front', 'ORG'),
  ('FRELIMO', 'ORG'), ('Dar es Salaam', 'LOC'), ('Syracuse University', 'ORG'),
  ('United States', 'LOC'), ('Eduardo Mondlane University', 'ORG'), ('Maputo', 'LOC')]),
# wJ188
("Abdurrahman Wahid (1940–2009), known as Gus Dur, was an Indonesian Muslim cleric and politician who served as the fourth President of Indonesia from 1999 to 2001. He chaired the Nahdlatul Ulama from 1984 to 1999 and was a grandson of its founder, Hasyim Asy'ari.",
 [('Abdurrahman Wahid', 'PER'), ('Gus Dur', 'PER'), ('Indonesian', 'MISC'), ('Muslim', 'MISC'),
  ('Indonesia', 'LOC'), ('Nahdlatul Ulama', 'ORG'), ("Hasyim Asy'ari", 'PER')]),
# wJ189
("Whina Cooper (1895–1994) was a Māori leader from Northland who led the Māori Land March from Te Hāpua to Wellington in 1975, at the age of 79. She was the first president of the Māori Women's Welfare League, founded in 1951.",
 [('Whina Cooper', 'PER'), ('Māori', 'MISC'), ('Northland', 'LOC'), ('Māori Land March', 'MISC'),
  ('Te Hāpua', 'LOC'), ('Wellington', 'LOC'), ("Māori Women's Welfare League", 'ORG')]),
# wJ190
('Kim Dae-jung (1924–2009) was a South Korean politician who served as President of South Korea from 1998 to 2003. He received the Nobel Peace Prize in 2000 for his Sunshine Policy towards North Korea.',
 [('Kim Dae-jung', 'PER'), ('South Korean', 'MISC'), ('South Korea', 'LOC'),
  ('Nobel Peace Prize', 'MISC'), ('Sunshine Policy', 'MISC'), ('North Korea', 'LOC')]),
# wJ191
('Roza Otunbayeva (born 23 August 1950) is a Kyrgyz diplomat and politician who served as President of Kyrgyzstan from 2010 to 2011, the first woman to lead a Central Asian state. She later headed the United Nations Assistance Mission in Afghanistan (UNAMA).',
 [('Roza Otunbayeva', 'PER'), ('Kyrgyz', 'MISC'), ('Kyrgyzstan', 'LOC'), ('Central Asian', 'MISC'),
  ('United Nations Assistance Mission in Afghanistan', 'ORG'), ('UNAMA', 'ORG')]),
# wJ192
('Hilda Heine (born 6 April 1951) is a Marshallese educator and politician who has been President of the Marshall Islands since 2024, having first held the office from 2016 to 2020. She was the first woman to lead an independent island nation of the Pacific.',
 [('Hilda Heine', 'PER'), ('Marshallese', 'MISC'), ('Marshall Islands', 'LOC'), ('Pacific', 'LOC')]),
# wJ193
('The Corruption Eradication Commission (Indonesian: Komisi Pemberantasan Korupsi, KPK) is an independent state agency of Indonesia set up in 2002 to fight corruption. Among those it has brought to trial are the former parliamentary speaker Setya Novanto and the former chief justice Akil Mochtar.',
 [('Corruption Eradication Commission', 'ORG'), ('Indonesian', 'MISC'),
  ('Komisi Pemberantasan Korupsi', 'ORG'), ('KPK', 'ORG'), ('Indonesia', 'LOC'),
  ('Setya Novanto', 'PER'), ('Akil Mochtar', 'PER')]),
# wJ194
('The National Office of Electoral Processes (Spanish: Oficina Nacional de Procesos Electorales, ONPE) is the Peruvian body that organises elections and counts the votes, while the National Jury of Elections (JNE) rules on disputes and proclaims the results.',
 [('National Office of Electoral Processes', 'ORG'), ('Spanish', 'MISC'),
  ('Oficina Nacional de Procesos Electorales', 'ORG'), ('ONPE', 'ORG'), ('Peruvian', 'MISC'),
  ('National Jury of Elections', 'ORG'), ('JNE', 'ORG')]),
# wJ195
('The National Agency for Food and Drug Administration and Control (NAFDAC) is a Nigerian federal agency that regulates food, drugs and cosmetics. Under its director-general Dora Akunyili, from 2001 to 2008, it fought the trade in counterfeit medicines.',
 [('National Agency for Food and Drug Administration and Control', 'ORG'), ('NAFDAC', 'ORG'),
  ('Nigerian', 'MISC'), ('Dora Akunyili', 'PER')]),
# wJ196
('The Secretariat of the Navy (Spanish: Secretaría de Marina, SEMAR) is the ministry of Mexico responsible for the Mexican Navy. Its marines have led many operations against drug cartels, among them the capture of Joaquín Guzmán in Mazatlán in 2014.',
 [('Secretariat of the Navy', 'ORG'), ('Spanish', 'MISC'), ('Secretaría de Marina', 'ORG'),
  ('SEMAR', 'ORG'), ('Mexico', 'LOC'), ('Mexican Navy', 'ORG'), ('Joaquín Guzmán', 'PER'),
  ('Mazatlán', 'LOC')]),
# wJ197
('The General Directorate for National Security (French: Direction Générale de la Sûreté Nationale, DGSN) is the national police of Morocco, headquartered in Rabat. Since 2015 it has been headed by Abdellatif Hammouchi, who also leads the domestic intelligence service, the DGST.',
 [('General Directorate for National Security', 'ORG'), ('French', 'MISC'),
  ('Direction Générale de la Sûreté Nationale', 'ORG'), ('DGSN', 'ORG'), ('Morocco', 'LOC'),
  ('Rabat', 'LOC'), ('Abdellatif Hammouchi', 'PER'), ('DGST', 'ORG')]),
# wJ198
('The Torres Strait Regional Authority (TSRA) is an Australian government body that represents the Torres Strait Islander and Aboriginal people of the Torres Strait. Its offices are on Thursday Island.',
 [('Torres Strait Regional Authority', 'ORG'), ('TSRA', 'ORG'), ('Australian', 'MISC'),
  ('Torres Strait Islander', 'MISC'), ('Aboriginal', 'MISC'), ('Torres Strait', 'LOC'),
  ('Thursday Island', 'LOC')]),
# wJ199
('Lunda Norte is a province of Angola in the north-east of the country, on the border with the Democratic Republic of the Congo. Its capital is Dundo, and the alluvial diamond fields along the Cuango River are worked under licences from the state company Endiama.',
 [('Lunda Norte', 'LOC'), ('Angola', 'LOC'), ('Democratic Republic of the Congo', 'LOC'),
  ('Dundo', 'LOC'), ('Cuango River', 'LOC'), ('Endiama', 'ORG')]),
# wJ200
('Aceh (Acehnese: Acèh) is a special region of Indonesia at the northern tip of Sumatra, the only province where Islamic law is applied. Its capital is Banda Aceh, and a peace agreement signed in Helsinki in 2005 ended thirty years of fighting between the Free Aceh Movement and the government.',
 [('Aceh', 'LOC'), ('Acehnese', 'MISC'), ('Acèh', 'LOC'), ('Indonesia', 'LOC'), ('Sumatra', 'LOC'),
  ('Islamic', 'MISC'), ('Banda Aceh', 'LOC'), ('Helsinki', 'LOC'), ('Free Aceh Movement', 'ORG')]),
# wJ201
('The Chocó Department is a department of Colombia on the Pacific coast, bordering Panama. Its capital is Quibdó, on the Atrato River, and most of its inhabitants are Afro-Colombians or Emberá.',
 [('Chocó Department', 'LOC'), ('Colombia', 'LOC'), ('Pacific', 'LOC'), ('Panama', 'LOC'),
  ('Quibdó', 'LOC'), ('Atrato River', 'LOC'), ('Afro-Colombians', 'MISC'), ('Emberá', 'MISC')]),
# wJ202
('Noel Kempff Mercado National Park is a national park in the Santa Cruz Department of Bolivia, on the border with Brazil. It is named after the biologist Noel Kempff Mercado, who was killed near its Huanchaca plateau in 1986.',
 [('Noel Kempff Mercado National Park', 'LOC'), ('Santa Cruz Department', 'LOC'),
  ('Bolivia', 'LOC'), ('Brazil', 'LOC'), ('Noel Kempff Mercado', 'PER'), ('Huanchaca', 'LOC')]),
# wJ203
('Varirata National Park was the first national park of Papua New Guinea, established in 1969 on the Sogeri Plateau about 40 kilometres from Port Moresby.',
 [('Varirata National Park', 'LOC'), ('Papua New Guinea', 'LOC'), ('Sogeri Plateau', 'LOC'),
  ('Port Moresby', 'LOC')]),
# wJ204
('Nyika National Park is the largest national park in Malawi, covering the Nyika Plateau in the Northern Region near the border with Zambia. Its grasslands lie above 2,000 metres, and its highest point is Nganda Peak.',
 [('Nyika National Park', 'LOC'), ('Malawi', 'LOC'), ('Nyika Plateau', 'LOC'),
  ('Northern Region', 'LOC'), ('Zambia', 'LOC'), ('Nganda Peak', 'LOC')]),
# wJ205
('BANJUL, Dec 5 (AFP) - Gambian President Adama Barrow won a second term with 53 percent of the vote, the Independent Electoral Commission said on Sunday, defeating the veteran opposition leader Ousainou Darboe of the United Democratic Party.',
 [('BANJUL', 'LOC'), ('AFP', 'ORG'), ('Gambian', 'MISC'), ('Adama Barrow', 'PER'),
  ('Independent Electoral Commission', 'ORG'), ('Ousainou Darboe', 'PER'),
  ('United Democratic Party', 'ORG')]),
# wJ206
("PORT VILA, Vanuatu, Feb 11 (Reuters) - Vanuatu's parliament elected Jotham Napat of the Leaders Party as prime minister on Tuesday, the country's sixth leader in three years, after a snap election held weeks after a deadly earthquake struck the capital.",
 [('PORT VILA', 'LOC'), ('Vanuatu', 'LOC'), ('Reuters', 'ORG'), ('Vanuatu', 'LOC'),
  ('Jotham Napat', 'PER'), ('Leaders Party', 'ORG')]),
# wJ207
("GEORGETOWN, Aug 2 (Reuters) - Irfaan Ali of the People's Progressive Party/Civic was sworn in as president of Guyana on Sunday, five months after a disputed election, once the Guyana Elections Commission had declared him the winner over the incumbent, David Granger of A Partnership for National Unity.",
 [('GEORGETOWN', 'LOC'), ('Reuters', 'ORG'), ('Irfaan Ali', 'PER'),
  ("People's Progressive Party/Civic", 'ORG'), ('Guyana', 'LOC'),
  ('Guyana Elections Commission', 'ORG'), ('David Granger', 'PER'),
  ('A Partnership for National Unity', 'ORG')]),
# wJ208
('ARAWA, Papua New Guinea, Dec 11 (Reuters) - Almost 98 percent of voters in Bougainville chose independence from Papua New Guinea in a non-binding referendum, the Bougainville Referendum Commission said on Wednesday. The result must now be ratified by the national parliament.',
 [('ARAWA', 'LOC'), ('Papua New Guinea', 'LOC'), ('Reuters', 'ORG'), ('Bougainville', 'LOC'),
  ('Papua New Guinea', 'LOC'), ('Bougainville Referendum Commission', 'ORG')]),
# wJ209
('Each year before the monsoon, engineers of the Bangladesh Water Development Board inspect the embankments along the Jamuna, which can shift its channel by hundreds of metres in a single season.',
 [('Bangladesh Water Development Board', 'ORG'), ('Jamuna', 'LOC')]),
# wJ210
('Most land in Tonga belongs to the king or to the hereditary estates of the nobles, and every Tongan man over sixteen was once entitled to a town plot and a farm allotment of about eight acres.',
 [('Tonga', 'LOC'), ('Tongan', 'MISC')]),
# wJ211
('The Oceania Football Confederation (OFC) is one of the six continental confederations of FIFA, with eleven member associations, among them Fiji, Tahiti and Papua New Guinea. It is based in Auckland, and the OFC Champions League has been won most often by Auckland City.',
 [('Oceania Football Confederation', 'ORG'), ('OFC', 'ORG'), ('FIFA', 'ORG'), ('Fiji', 'LOC'),
  ('Tahiti', 'LOC'), ('Papua New Guinea', 'LOC'), ('Auckland', 'LOC'),
  ('OFC Champions League', 'MISC'), ('Auckland City', 'ORG')]),
# wJ212
('Collins Injera (born 18 October 1986) is a Kenyan rugby union player who played for Mwamba and for Kenya in rugby sevens, scoring more than 270 tries in the World Rugby Sevens Series.',
 [('Collins Injera', 'PER'), ('Kenyan', 'MISC'), ('Mwamba', 'ORG'), ('Kenya', 'LOC'),
  ('World Rugby Sevens Series', 'MISC')]),
# wJ213
('Sunil Chhetri (born 3 August 1984) is an Indian footballer who played for Mohun Bagan, East Bengal, Sporting CP B and Bengaluru FC. He is the record goalscorer of India and captained the side for more than a decade.',
 [('Sunil Chhetri', 'PER'), ('Indian', 'MISC'), ('Mohun Bagan', 'ORG'), ('East Bengal', 'ORG'),
  ('Sporting CP B', 'ORG'), ('Bengaluru FC', 'ORG'), ('India', 'LOC')]),
# wJ214
('The Rātana Church (Māori: Te Haahi Rātana) is a Christian church founded in 1925 by Tahupōtiki Wiremu Rātana at Rātana Pā near Whanganui. In 1936 the movement formed an alliance with the Labour Party that lasted for decades.',
 [('Rātana Church', 'ORG'), ('Māori', 'MISC'), ('Te Haahi Rātana', 'ORG'), ('Christian', 'MISC'),
  ('Tahupōtiki Wiremu Rātana', 'PER'), ('Rātana Pā', 'LOC'), ('Whanganui', 'LOC'),
  ('Labour Party', 'ORG')]),
# wJ215
("The Catholic Bishops' Conference of the Philippines (CBCP) is the assembly of the bishops of the Catholic Church in the Philippines, based in Intramuros, Manila. It opposed the Reproductive Health Law signed by President Benigno Aquino III in 2012.",
 [("Catholic Bishops' Conference of the Philippines", 'ORG'), ('CBCP', 'ORG'),
  ('Catholic Church', 'ORG'), ('Philippines', 'LOC'), ('Intramuros', 'LOC'), ('Manila', 'LOC'),
  ('Reproductive Health Law', 'MISC'), ('Benigno Aquino III', 'PER')]),
# wJ216
('Mari Alkatiri (born 26 November 1949) is an East Timorese politician of Hadhrami descent who has twice served as Prime Minister of East Timor. He is the secretary-general of Fretilin, the Revolutionary Front for an Independent East Timor, which he co-founded in 1974.',
 [('Mari Alkatiri', 'PER'), ('East Timorese', 'MISC'), ('Hadhrami', 'MISC'), ('East Timor', 'LOC'),
  ('Fretilin', 'ORG'), ('Revolutionary Front for an Independent East Timor', 'ORG')]),
# wJ217
('Abdullah Ahmad Badawi (1939–2025) was a Malaysian politician who served as the fifth Prime Minister of Malaysia from 2003 to 2009. Known as Pak Lah, he promoted Islam Hadhari, an approach to government based on Islamic principles, and led the Barisan Nasional to a landslide victory in 2004.',
 [('Abdullah Ahmad Badawi', 'PER'), ('Malaysian', 'MISC'), ('Malaysia', 'LOC'), ('Pak Lah', 'PER'),
  ('Islam Hadhari', 'MISC'), ('Islamic', 'MISC'), ('Barisan Nasional', 'ORG')]),
# wJ218
('Mohamed Ould Abdel Aziz (born 20 December 1956) is a Mauritanian former army officer who seized power in a coup in 2008 and was President of Mauritania from 2009 to 2019. In 2023 a court in Nouakchott sentenced him to five years in prison for illicit enrichment.',
 [('Mohamed Ould Abdel Aziz', 'PER'), ('Mauritanian', 'MISC'), ('Mauritania', 'LOC'),
  ('Nouakchott', 'LOC')]),
# wJ219
('Andry Rajoelina (born 30 May 1974) is a Malagasy politician and former disc jockey who has been President of Madagascar since 2019. As mayor of Antananarivo he led the protests that toppled Marc Ravalomanana in 2009, and he then headed the High Transitional Authority until 2014.',
 [('Andry Rajoelina', 'PER'), ('Malagasy', 'MISC'), ('Madagascar', 'LOC'), ('Antananarivo', 'LOC'),
  ('Marc Ravalomanana', 'PER'), ('High Transitional Authority', 'ORG')]),
# wJ220
('Mswati III (born Makhosetive Dlamini; 19 April 1968) is the King of Eswatini and head of the Swazi royal house. In 2018 he changed the name of the country from Swaziland to Eswatini, and he reigns jointly with his mother, Ntfombi Tfwala.',
 [('Mswati III', 'PER'), ('Makhosetive Dlamini', 'PER'), ('Eswatini', 'LOC'), ('Swazi', 'MISC'),
  ('Swaziland', 'LOC'), ('Eswatini', 'LOC'), ('Ntfombi Tfwala', 'PER')]),
# wJ221
('Jakaya Kikwete (born 7 October 1950) is a Tanzanian politician who served as the fourth President of Tanzania from 2005 to 2015. A member of Chama Cha Mapinduzi (CCM), he had been foreign minister under Benjamin Mkapa.',
 [('Jakaya Kikwete', 'PER'), ('Tanzanian', 'MISC'), ('Tanzania', 'LOC'),
  ('Chama Cha Mapinduzi', 'ORG'), ('CCM', 'ORG'), ('Benjamin Mkapa', 'PER')]),
# wJ222
('Pachakutik (Spanish: Movimiento de Unidad Plurinacional Pachakutik, MUPP) is an indigenous political party in Ecuador, founded in 1995 as the political arm of the Confederation of Indigenous Nationalities of Ecuador (CONAIE). Its name comes from a Quechua word for an upheaval of the world.',
 [('Pachakutik', 'ORG'), ('Spanish', 'MISC'),
  ('Movimiento de Unidad Plurinacional Pachakutik', 'ORG'), ('MUPP', 'ORG'), ('Ecuador', 'LOC'),
  ('Confederation of Indigenous Nationalities of Ecuador', 'ORG'), ('CONAIE', 'ORG'),
  ('Quechua', 'MISC')]),
# wJ223
('ʻAkilisi Pōhiva (1941–2019) was a Tongan pro-democracy campaigner who founded the Democratic Party of the Friendly Islands in 2010 and in 2014 became the first commoner elected Prime Minister of Tonga. He died in office in Auckland in 2019.',
 [('ʻAkilisi Pōhiva', 'PER'), ('Tongan', 'MISC'),
  ('Democratic Party of the Friendly Islands', 'ORG'), ('Tonga', 'LOC'), ('Auckland', 'LOC')]),
# wJ224
('The Office of Hawaiian Affairs (OHA) is a semi-autonomous agency of the State of Hawaii, created in 1978 to improve the well-being of Native Hawaiians. Its trustees are elected by all voters in the state, after the Supreme Court ruled in Rice v. Cayetano in 2000 that a vote limited to Hawaiians was unconstitutional.',
 [('Office of Hawaiian Affairs', 'ORG'), ('OHA', 'ORG'), ('State of Hawaii', 'LOC'),
  ('Native Hawaiians', 'MISC'), ('Supreme Court', 'ORG'), ('Rice v. Cayetano', 'MISC'),
  ('Hawaiians', 'MISC')]),
# wJ225
('Pointe-Noire is the second-largest city of the Republic of the Congo and its main port on the Atlantic. It is the capital of Pointe-Noire Department and the base of the national oil company, the SNPC.',
 [('Pointe-Noire', 'LOC'), ('Republic of the Congo', 'LOC'), ('Atlantic', 'LOC'),
  ('Pointe-Noire Department', 'LOC'), ('SNPC', 'ORG')]),
# wJ226
('Sri Jayawardenepura Kotte is the legislative capital of Sri Lanka, a suburb of Colombo where the Parliament of Sri Lanka has met since 1982, in a building designed by Geoffrey Bawa on an island in Diyawanna Lake.',
 [('Sri Jayawardenepura Kotte', 'LOC'), ('Sri Lanka', 'LOC'), ('Colombo', 'LOC'),
  ('Parliament of Sri Lanka', 'ORG'), ('Geoffrey Bawa', 'PER'), ('Diyawanna Lake', 'LOC')]),
# wJ227
("The Southern African Development Community (SADC) is a regional organisation of sixteen states, headquartered in Gaborone, Botswana. Its court, the SADC Tribunal in Windhoek, was suspended in 2010 after it had ruled against Zimbabwe's seizures of farmland.",
 [('Southern African Development Community', 'ORG'), ('SADC', 'ORG'), ('Gaborone', 'LOC'),
  ('Botswana', 'LOC'), ('SADC Tribunal', 'ORG'), ('Windhoek', 'LOC'), ('Zimbabwe', 'LOC')]),
# wJ228
('The South Asian Association for Regional Cooperation (SAARC) is a regional organisation of eight countries, founded in Dhaka in 1985, with its secretariat in Kathmandu. No summit has been held since 2014, when the eighteenth met in Nepal.',
 [('South Asian Association for Regional Cooperation', 'ORG'), ('SAARC', 'ORG'), ('Dhaka', 'LOC'),
  ('Kathmandu', 'LOC'), ('Nepal', 'LOC')]),
# wJ229
('The Caribbean Community (CARICOM) is an organisation of fifteen member states, founded by the Treaty of Chaguaramas in 1973 and headquartered in Georgetown, Guyana. Its final court of appeal, the Caribbean Court of Justice, sits in Port of Spain.',
 [('Caribbean Community', 'ORG'), ('CARICOM', 'ORG'), ('Treaty of Chaguaramas', 'MISC'),
  ('Georgetown', 'LOC'), ('Guyana', 'LOC'), ('Caribbean Court of Justice', 'ORG'),
  ('Port of Spain', 'LOC')]),
# wJ230
('The Pacific Islands Forum (PIF) is an intergovernmental organisation of eighteen members, founded in 1971 as the South Pacific Forum and based in Suva, Fiji. Kiribati left it in 2022 and rejoined the following year.',
 [('Pacific Islands Forum', 'ORG'), ('PIF', 'ORG'), ('South Pacific Forum', 'ORG'),
  ('Suva', 'LOC'), ('Fiji', 'LOC'), ('Kiribati', 'LOC')]),
# wJ231
('The Mazhilis (Kazakh: Мәжіліс) is the lower house of the Parliament of Kazakhstan. Since the reform of 2023 about two thirds of its 98 members are elected from party lists and the rest in single-member districts, and it meets in Astana.',
 [('Mazhilis', 'ORG'), ('Kazakh', 'MISC'), ('Мәжіліс', 'ORG'), ('Parliament of Kazakhstan', 'ORG'),
  ('Astana', 'LOC')]),
# wJ232
('Al-Masry Al-Youm (Arabic: المصري اليوم) is a privately owned daily newspaper in Cairo, founded in 2004 by the businessman Salah Diab. It was among the first independent dailies in Egypt to reach a mass readership.',
 [('Al-Masry Al-Youm', 'ORG'), ('Arabic', 'MISC'), ('المصري اليوم', 'ORG'), ('Cairo', 'LOC'),
  ('Salah Diab', 'PER'), ('Egypt', 'LOC')]),
# wJ233
("Jama'atu Nasril Islam (JNI) is the umbrella body of Muslim organisations in northern Nigeria, founded in 1962 by Ahmadu Bello, the Sardauna of Sokoto. It is headed by the Sultan of Sokoto, Muhammadu Sa'ad Abubakar.",
 [("Jama'atu Nasril Islam", 'ORG'), ('JNI', 'ORG'), ('Muslim', 'MISC'), ('Nigeria', 'LOC'),
  ('Ahmadu Bello', 'PER'), ('Sokoto', 'LOC'), ('Sokoto', 'LOC'),
  ("Muhammadu Sa'ad Abubakar", 'PER')]),
# wJ234
('Prayut Chan-o-cha (born 21 March 1954) is a Thai retired general who led the coup of May 2014 and served as Prime Minister of Thailand until 2023. He headed the junta, formally the National Council for Peace and Order, and later joined the United Thai Nation Party.',
 [('Prayut Chan-o-cha', 'PER'), ('Thai', 'MISC'), ('Thailand', 'LOC'),
  ('National Council for Peace and Order', 'ORG'), ('United Thai Nation Party', 'ORG')]),
# wJ235
('The Mizo National Front (MNF) is a political party in Mizoram, India, that began as an insurgent movement under Laldenga in 1966. After the Mizoram Peace Accord of 1986 it turned to electoral politics, and its leader Zoramthanga was chief minister from 1998 to 2008 and from 2018 to 2023.',
 [('Mizo National Front', 'ORG'), ('MNF', 'ORG'), ('Mizoram', 'LOC'), ('India', 'LOC'),
  ('Laldenga', 'PER'), ('Mizoram Peace Accord', 'MISC'), ('Zoramthanga', 'PER')]),
# wJ236
('Bartolina Sisa (c. 1750–1782) was an Aymara woman who led an indigenous uprising against Spanish rule in Upper Peru with her husband Túpac Katari, besieging La Paz in 1781. The Bartolina Sisa Confederation, a union of peasant women in Bolivia, is named after her.',
 [('Bartolina Sisa', 'PER'), ('Aymara', 'MISC'), ('Spanish', 'MISC'), ('Upper Peru', 'LOC'),
  ('Túpac Katari', 'PER'), ('La Paz', 'LOC'), ('Bartolina Sisa Confederation', 'ORG'),
  ('Bolivia', 'LOC')]),
# wJ237
("Te Puni Kōkiri (the Ministry of Māori Development) is the New Zealand government's main adviser on Māori wellbeing and development. It was established in 1992, replacing the Iwi Transition Agency and the Ministry of Māori Affairs.",
 [('Te Puni Kōkiri', 'ORG'), ('Ministry of Māori Development', 'ORG'), ('New Zealand', 'LOC'),
  ('Māori', 'MISC'), ('Iwi Transition Agency', 'ORG'), ('Ministry of Māori Affairs', 'ORG')]),
# wJ238
('Hausa is a Chadic language spoken as a first language by some 50 million people in northern Nigeria and southern Niger, and as a trade language across much of West Africa. It is written in the Latin alphabet and in an Arabic-based script called ajami.',
 [('Hausa', 'MISC'), ('Chadic', 'MISC'), ('Nigeria', 'LOC'), ('Niger', 'LOC'),
  ('West Africa', 'LOC'), ('Latin', 'MISC'), ('Arabic', 'MISC')]),
# wJ239
('Cebuano (Sinugboanon) is an Austronesian language spoken by about 20 million people in the central and southern Philippines, mainly on Cebu, Bohol and Negros Oriental and in much of Mindanao.',
 [('Cebuano', 'MISC'), ('Sinugboanon', 'MISC'), ('Austronesian', 'MISC'), ('Philippines', 'LOC'),
  ('Cebu', 'LOC'), ('Bohol', 'LOC'), ('Negros Oriental', 'LOC'), ('Mindanao', 'LOC')]),
# wJ240
('The Egyptian Football Association (EFA; Arabic: الاتحاد المصري لكرة القدم) is the governing body of football in Egypt, founded in 1921. It runs the Egyptian Premier League and the Egypt Cup, and the national team, the Pharaohs, has won the Africa Cup of Nations seven times.',
 [('Egyptian Football Association', 'ORG'), ('EFA', 'ORG'), ('Arabic', 'MISC'),
  ('الاتحاد المصري لكرة القدم', 'ORG'), ('Egypt', 'LOC'), ('Egyptian Premier League', 'MISC'),
  ('Egypt Cup', 'MISC'), ('Pharaohs', 'ORG'), ('Africa Cup of Nations', 'MISC')]),
# wJ241
('Mbwana Samatta (born 23 December 1992) is a Tanzanian footballer who played for Simba, TP Mazembe, Genk, Aston Villa and Fenerbahçe. In 2020 he became the first Tanzanian to play in the Premier League.',
 [('Mbwana Samatta', 'PER'), ('Tanzanian', 'MISC'), ('Simba', 'ORG'), ('TP Mazembe', 'ORG'),
  ('Genk', 'ORG'), ('Aston Villa', 'ORG'), ('Fenerbahçe', 'ORG'), ('Tanzanian', 'MISC'),
  ('Premier League', 'MISC')]),
# wJ242
('In many villages of northern Ghana, disputes over land still go first to the chief and to the custodian of the earth shrine, and only then to a magistrate in Tamale or Bolgatanga.',
 [('Ghana', 'LOC'), ('Tamale', 'LOC'), ('Bolgatanga', 'LOC')]),
# wJ243
('On the shores of Lake Titicaca in the Puno Region, Aymara and Quechua communities still share out communal fields among families every few years, and the rotation is recorded by the community assembly rather than by the Peruvian land registry.',
 [('Lake Titicaca', 'LOC'), ('Puno Region', 'LOC'), ('Aymara', 'MISC'), ('Quechua', 'MISC'),
  ('Peruvian', 'MISC')]),
]
