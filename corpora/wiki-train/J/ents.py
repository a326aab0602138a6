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
 [('Fiji', 'LOC'), ('Fiji Rugby Union', 'ORG'), ('Ben Ryan', 'PER'), ('Olympic', 'MISC'),
  ('Summer Olympics', 'MISC'), ('Rio de Janeiro', 'LOC'), ('Great Britain', 'LOC')]),
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
]
