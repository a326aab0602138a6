# Decision lists for the dev-wiki entity set (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are v001, v002, ... in order.

DOCS = [
# v001
("Tupac Katari Moya (born 14 March 1979) is a Bolivian politician who served as mayor of Achacachi between 2010 and 2015. A member of the Movement for Socialism, he was elected to the Chamber of Deputies for La Paz Department in 2020.",
 [("Tupac Katari Moya", "PER"), ("Bolivian", "MISC"), ("Achacachi", "LOC"),
  ("Movement for Socialism", "ORG"), ("Chamber of Deputies", "ORG"), ("La Paz Department", "LOC")]),
# v002
("Oyelaran Adebisi (1931 – 2004) was a Nigerian chemist and professor at the University of Ibadan. He is best known for his work on cassava processing, and was awarded the Nigerian National Order of Merit Award in 1987.",
 [("Oyelaran Adebisi", "PER"), ("Nigerian", "MISC"), ("University of Ibadan", "ORG"),
  ("Nigerian National Order of Merit Award", "MISC")]),
# v003
("Sportivo Luqueño is a Paraguayan football club based in Luque, in the Central Department. Founded in 1921, the club plays its home matches at the Estadio Feliciano Cáceres and competes in the Paraguayan Primera División.",
 [("Sportivo Luqueño", "ORG"), ("Paraguayan", "MISC"), ("Luque", "LOC"), ("Central Department", "LOC"),
  ("Estadio Feliciano Cáceres", "LOC"), ("Paraguayan Primera División", "MISC")]),
# v004
("Los Jaivas are a Chilean rock band formed in Viña del Mar in 1963 by the brothers Gabriel, Claudio and Eduardo Parra. Their album Alturas de Machu Picchu (1981) was recorded in Peru and set to poems by Pablo Neruda.",
 [("Los Jaivas", "ORG"), ("Chilean", "MISC"), ("Viña del Mar", "LOC"), ("Gabriel", "PER"), ("Claudio", "PER"),
  ("Eduardo Parra", "PER"), ("Alturas de Machu Picchu", "MISC"), ("Peru", "LOC"), ("Pablo Neruda", "PER")]),
# v005
("Tsetserleg is the capital of Arkhangai Province in central Mongolia. The town lies at the foot of the Bulgan Uul mountain, and its Zayain Gegeenii Khüree monastery now houses the provincial museum.",
 [("Tsetserleg", "LOC"), ("Arkhangai Province", "LOC"), ("Mongolia", "LOC"), ("Bulgan Uul", "LOC"),
  ("Zayain Gegeenii Khüree", "LOC")]),
# v006
("The Battle of Isandlwana was fought on 22 January 1879 between the Zulu Kingdom and the British Empire during the Anglo-Zulu War. The Zulu force under Ntshingwayo kaMahole overran a British camp near the Buffalo River.",
 [("Battle of Isandlwana", "MISC"), ("Zulu Kingdom", "LOC"), ("British Empire", "LOC"), ("Anglo-Zulu War", "MISC"),
  ("Zulu", "MISC"), ("Ntshingwayo kaMahole", "PER"), ("British", "MISC"), ("Buffalo River", "LOC")]),
# v007
("Ōtsuchi (大槌町, Ōtsuchi-chō) is a town in Kamihei District, Iwate Prefecture, Japan. Much of the town centre was destroyed by the tsunami that followed the Tōhoku earthquake of March 2011.",
 [("Ōtsuchi", "LOC"), ("大槌町", "LOC"), ("Ōtsuchi-chō", "LOC"), ("Kamihei District", "LOC"),
  ("Iwate Prefecture", "LOC"), ("Japan", "LOC"), ("Tōhoku", "LOC")]),
# v008
("Ainur Tolegenova (born 3 July 1996) is a Kazakhstani weightlifter. She won the silver medal in the 64 kg event at the 2018 Asian Games in Jakarta and trains with Dinamo Almaty.",
 [("Ainur Tolegenova", "PER"), ("Kazakhstani", "MISC"), ("Asian Games", "MISC"), ("Jakarta", "LOC"),
  ("Dinamo Almaty", "ORG")]),
# v009
("Koninklijke De Kuyper is a Dutch distiller of liqueurs based in Schiedam, South Holland. The company was founded in 1695 by Petrus de Kuyper and has been run by the same family for eleven generations.",
 [("Koninklijke De Kuyper", "ORG"), ("Dutch", "MISC"), ("Schiedam", "LOC"), ("South Holland", "LOC"),
  ("Petrus de Kuyper", "PER")]),
# v010
("The Rivière des Prairies (English: Prairies River) is a channel of the Ottawa River in Quebec, Canada, separating the Island of Montreal from Île Jésus, on which the city of Laval stands.",
 [("Rivière des Prairies", "LOC"), ("English", "MISC"), ("Prairies River", "LOC"), ("Ottawa River", "LOC"),
  ("Quebec", "LOC"), ("Canada", "LOC"), ("Island of Montreal", "LOC"), ("Île Jésus", "LOC"), ("Laval", "LOC")]),
# v011
("Puncak Trikora, formerly Wilhelminatop, is a limestone peak in the Jayawijaya Mountains of Highland Papua, Indonesia. It was first climbed in 1913 by a Dutch army expedition.",
 [("Puncak Trikora", "LOC"), ("Wilhelminatop", "LOC"), ("Jayawijaya Mountains", "LOC"), ("Highland Papua", "LOC"),
  ("Indonesia", "LOC"), ("Dutch", "MISC")]),
# v012
("The Universidad Nacional de San Antonio Abad del Cusco is a public university in Cusco, Peru, founded in 1692 by a papal bull of Innocent XII. Its main campus lies in the district of Wanchaq.",
 [("Universidad Nacional de San Antonio Abad del Cusco", "ORG"), ("Cusco", "LOC"), ("Peru", "LOC"),
  ("Innocent XII", "PER"), ("Wanchaq", "LOC")]),
# v013
("The Museu Calouste Gulbenkian is an art museum in Lisbon that houses the collection of the Armenian businessman Calouste Gulbenkian. It is run by the Calouste Gulbenkian Foundation and opened to the public in 1969.",
 [("Museu Calouste Gulbenkian", "ORG"), ("Lisbon", "LOC"), ("Armenian", "MISC"), ("Calouste Gulbenkian", "PER"),
  ("Calouste Gulbenkian Foundation", "ORG")]),
# v014
("The Treaty of Waitangi (Māori: Te Tiriti o Waitangi) was signed in 1840 by representatives of the British government and more than 500 Māori chiefs. It is regarded as the founding document of New Zealand.",
 [("Treaty of Waitangi", "MISC"), ("Māori", "MISC"), ("Te Tiriti o Waitangi", "MISC"), ("British", "MISC"),
  ("Māori", "MISC"), ("New Zealand", "LOC")]),
# v015
("Shiromani Akali Dal is a regional political party in the Indian state of Punjab that represents Sikh interests. Founded in 1920, it has governed Punjab several times, most recently under Parkash Singh Badal.",
 [("Shiromani Akali Dal", "ORG"), ("Indian", "MISC"), ("Punjab", "LOC"), ("Sikh", "MISC"), ("Punjab", "LOC"),
  ("Parkash Singh Badal", "PER")]),
# v016
("The Congregation of the Holy Spirit, known as the Spiritans, is a Catholic missionary society founded in Paris in 1703 by Claude Poullart des Places. Its members run schools in Nigeria, Tanzania and Sierra Leone.",
 [("Congregation of the Holy Spirit", "ORG"), ("Spiritans", "ORG"), ("Catholic", "MISC"), ("Paris", "LOC"),
  ("Claude Poullart des Places", "PER"), ("Nigeria", "LOC"), ("Tanzania", "LOC"), ("Sierra Leone", "LOC")]),
# v017
("SMS Emden was a light cruiser of the Imperial German Navy launched at Danzig in 1908. During the First World War she raided shipping in the Indian Ocean before being beached on North Keeling Island after the Battle of Cocos.",
 [("SMS Emden", "MISC"), ("Imperial German Navy", "ORG"), ("Danzig", "LOC"), ("First World War", "MISC"),
  ("Indian Ocean", "LOC"), ("North Keeling Island", "LOC"), ("Battle of Cocos", "MISC")]),
# v018
("Oumou Sangaré (born 25 February 1968) is a Malian singer from the Wassoulou region south of the Niger River. Her debut album Moussolou was released in 1989 on the Ivorian label Syllart Records, and she won a Grammy Award in 2011.",
 [("Oumou Sangaré", "PER"), ("Malian", "MISC"), ("Wassoulou", "LOC"), ("Niger River", "LOC"), ("Moussolou", "MISC"),
  ("Ivorian", "MISC"), ("Syllart Records", "ORG"), ("Grammy Award", "MISC")]),
# v019
("Ngũgĩ wa Thiong'o (born James Ngugi; 1938) is a Kenyan novelist who writes in Gikuyu and English. His novel Petals of Blood (1977) led to his detention at Kamiti Maximum Security Prison.",
 [("Ngũgĩ wa Thiong'o", "PER"), ("James Ngugi", "PER"), ("Kenyan", "MISC"), ("Gikuyu", "MISC"), ("English", "MISC"),
  ("Petals of Blood", "MISC"), ("Kamiti Maximum Security Prison", "LOC")]),
# v020
("Ban Chiang is a village in Nong Han District, Udon Thani Province, in northeastern Thailand. Its prehistoric burial site was inscribed on the list kept by UNESCO in 1992.",
 [("Ban Chiang", "LOC"), ("Nong Han District", "LOC"), ("Udon Thani Province", "LOC"), ("Thailand", "LOC"),
  ("UNESCO", "ORG")]),
# v021
("Yeelen (Bambara for 'brightness') is a 1987 Malian fantasy film written and directed by Souleymane Cissé. It won the Jury Prize at the 1987 Cannes Film Festival.",
 [("Yeelen", "MISC"), ("Bambara", "MISC"), ("Malian", "MISC"), ("Souleymane Cissé", "PER"), ("Jury Prize", "MISC"),
  ("Cannes Film Festival", "MISC")]),
# v022
("Pedro Páramo is a novel by the Mexican writer Juan Rulfo, published in 1955 by Fondo de Cultura Económica. The story follows Juan Preciado to the ghost town of Comala in search of his father.",
 [("Pedro Páramo", "MISC"), ("Mexican", "MISC"), ("Juan Rulfo", "PER"), ("Fondo de Cultura Económica", "ORG"),
  ("Juan Preciado", "PER"), ("Comala", "LOC")]),
# v023
("The Battle of Bạch Đằng (938) was fought on the Bạch Đằng River between the forces of Ngô Quyền and the fleet of the Southern Han. The victory ended a millennium of Chinese rule in northern Vietnam.",
 [("Battle of Bạch Đằng", "MISC"), ("Bạch Đằng River", "LOC"), ("Ngô Quyền", "PER"), ("Southern Han", "LOC"),
  ("Chinese", "MISC"), ("Vietnam", "LOC")]),
# v024
("The Mapuche are an indigenous people of south-central Chile and southwestern Argentina, including Patagonia. Their language, Mapudungun, is spoken by some 250,000 people, mostly in the Araucanía Region.",
 [("Mapuche", "MISC"), ("Chile", "LOC"), ("Argentina", "LOC"), ("Patagonia", "LOC"), ("Mapudungun", "MISC"),
  ("Araucanía Region", "LOC")]),
# v025
("The Premio Cervantes is awarded each year by Spain's Ministry of Culture to a writer in the Spanish language. The 2009 prize went to the Mexican poet José Emilio Pacheco.",
 [("Premio Cervantes", "MISC"), ("Spain", "LOC"), ("Ministry of Culture", "ORG"), ("Spanish", "MISC"),
  ("Mexican", "MISC"), ("José Emilio Pacheco", "PER")]),
# v026
("Ousmane Tanor Dieng (1947 – 2019) was a Senegalese politician who led the Socialist Party of Senegal from 1996 until his death. He stood in the presidential elections of 2007 and 2012 and later presided over the High Council of Territorial Collectivities.",
 [("Ousmane Tanor Dieng", "PER"), ("Senegalese", "MISC"), ("Socialist Party of Senegal", "ORG"),
  ("High Council of Territorial Collectivities", "ORG")]),
# v027
("Dragan Mrđa (born 23 January 1984) is a Serbian former footballer who played as a striker. He played for Vojvodina, Red Star Belgrade, Sion, Omiya Ardija and Lierse, and scored twice for Serbia.",
 [("Dragan Mrđa", "PER"), ("Serbian", "MISC"), ("Vojvodina", "ORG"), ("Red Star Belgrade", "ORG"), ("Sion", "ORG"),
  ("Omiya Ardija", "ORG"), ("Lierse", "ORG"), ("Serbia", "LOC")]),
# v028
("Rapa Iti is the southernmost inhabited island of French Polynesia, lying in the Austral Islands about 1,100 kilometres south of Tahiti. Its only villages are Ahurei and Area.",
 [("Rapa Iti", "LOC"), ("French Polynesia", "LOC"), ("Austral Islands", "LOC"), ("Tahiti", "LOC"), ("Ahurei", "LOC"),
  ("Area", "LOC")]),
# v029
("Janaki Ammal (1897 – 1984) was an Indian botanist who worked on sugarcane hybrids at the Sugarcane Breeding Institute in Coimbatore. She later directed the Botanical Survey of India and was awarded the Padma Shri in 1977.",
 [("Janaki Ammal", "PER"), ("Indian", "MISC"), ("Sugarcane Breeding Institute", "ORG"), ("Coimbatore", "LOC"),
  ("Botanical Survey of India", "ORG"), ("Padma Shri", "MISC")]),
# v030
("The Kwanza River (Portuguese: Rio Cuanza) rises on the Bié Plateau of central Angola and flows north-west into the Atlantic Ocean south of Luanda. The Capanda Dam on its middle course supplies much of the country's electricity.",
 [("Kwanza River", "LOC"), ("Portuguese", "MISC"), ("Rio Cuanza", "LOC"), ("Bié Plateau", "LOC"), ("Angola", "LOC"),
  ("Atlantic Ocean", "LOC"), ("Luanda", "LOC"), ("Capanda Dam", "LOC")]),
# v031
("Ojos del Salado is a stratovolcano on the border between Argentina and Chile, in the Atacama Region. At 6,893 metres it is the highest active volcano in the world and the second-highest peak of the Andes after Aconcagua.",
 [("Ojos del Salado", "LOC"), ("Argentina", "LOC"), ("Chile", "LOC"), ("Atacama Region", "LOC"), ("Andes", "LOC"),
  ("Aconcagua", "LOC")]),
# v032
("PT Kereta Api Indonesia is the state-owned railway operator of Indonesia, headquartered in Bandung, West Java. It was formed from the Dutch colonial Staatsspoorwegen after independence.",
 [("PT Kereta Api Indonesia", "ORG"), ("Indonesia", "LOC"), ("Bandung", "LOC"), ("West Java", "LOC"),
  ("Dutch", "MISC"), ("Staatsspoorwegen", "ORG")]),
# v033
("The Liga Nacional de Fútbol de Honduras is the top division of football in Honduras. Olimpia and Motagua, both from Tegucigalpa, have won the most titles.",
 [("Liga Nacional de Fútbol de Honduras", "MISC"), ("Honduras", "LOC"), ("Olimpia", "ORG"), ("Motagua", "ORG"),
  ("Tegucigalpa", "LOC")]),
# v034
("Värttinä is a Finnish folk music group from Rääkkylä in North Karelia. Their 1994 album Aitara was released on the Mipu Music label and is sung partly in the Karelian language.",
 [("Värttinä", "ORG"), ("Finnish", "MISC"), ("Rääkkylä", "LOC"), ("North Karelia", "LOC"), ("Aitara", "MISC"),
  ("Mipu Music", "ORG"), ("Karelian", "MISC")]),
# v035
("Gorkha District is one of the districts of Gandaki Province in central Nepal. Its headquarters, Gorkha Bazaar, was the seat of the ruling house before Prithvi Narayan Shah conquered the Kathmandu Valley in 1768.",
 [("Gorkha District", "LOC"), ("Gandaki Province", "LOC"), ("Nepal", "LOC"), ("Gorkha Bazaar", "LOC"),
  ("Prithvi Narayan Shah", "PER"), ("Kathmandu Valley", "LOC")]),
# v036
("Nguyễn Thị Kim Ngân (born 12 April 1954) is a Vietnamese politician who chaired the National Assembly of Vietnam from 2016 to 2021. Born in Bến Tre Province, she was a member of the Politburo of the Communist Party of Vietnam.",
 [("Nguyễn Thị Kim Ngân", "PER"), ("Vietnamese", "MISC"), ("National Assembly of Vietnam", "ORG"),
  ("Bến Tre Province", "LOC"), ("Politburo of the Communist Party of Vietnam", "ORG")]),
# v037
("Funafuti is an atoll that forms the capital of Tuvalu. Its main islet, Fongafale, hosts the government offices and Funafuti International Airport.",
 [("Funafuti", "LOC"), ("Tuvalu", "LOC"), ("Fongafale", "LOC"), ("Funafuti International Airport", "LOC")]),
# v038
("Heitor Villa-Lobos (1887 – 1959) was a Brazilian composer born in Rio de Janeiro. His Bachianas Brasileiras, a set of nine suites, blend the style of Johann Sebastian Bach with Brazilian folk music.",
 [("Heitor Villa-Lobos", "PER"), ("Brazilian", "MISC"), ("Rio de Janeiro", "LOC"), ("Bachianas Brasileiras", "MISC"),
  ("Johann Sebastian Bach", "PER"), ("Brazilian", "MISC")]),
# v039
("The Battle of the Trebia was fought in 218 BC between the Carthaginian army of Hannibal and the Roman Republic near the river Trebia in northern Italy. It was the first major battle of the Second Punic War.",
 [("Battle of the Trebia", "MISC"), ("Carthaginian", "MISC"), ("Hannibal", "PER"), ("Roman Republic", "LOC"),
  ("Trebia", "LOC"), ("Italy", "LOC"), ("Second Punic War", "MISC")]),
# v040
("Abu al-Qasim al-Zahrawi (936 – 1013), known in Latin as Albucasis, was an Andalusi surgeon from Madinat al-Zahra near Córdoba. His medical encyclopedia Kitab al-Tasrif was translated into Latin by Gerard of Cremona.",
 [("Abu al-Qasim al-Zahrawi", "PER"), ("Latin", "MISC"), ("Albucasis", "PER"), ("Andalusi", "MISC"),
  ("Madinat al-Zahra", "LOC"), ("Córdoba", "LOC"), ("Kitab al-Tasrif", "MISC"), ("Latin", "MISC"),
  ("Gerard of Cremona", "PER")]),
# v041
("Khujand (Tajik: Хуҷанд), known as Leninabad from 1936 to 1991, is the second-largest city of Tajikistan and the capital of Sughd Region. It lies on the Syr Darya at the mouth of the Fergana Valley.",
 [("Khujand", "LOC"), ("Tajik", "MISC"), ("Хуҷанд", "LOC"), ("Leninabad", "LOC"), ("Tajikistan", "LOC"),
  ("Sughd Region", "LOC"), ("Syr Darya", "LOC"), ("Fergana Valley", "LOC")]),
# v042
("Dangote Cement Plc is a Nigerian cement producer headquartered in Lagos, founded by Aliko Dangote. It operates plants in Obajana, Ibese and Gboko as well as in Senegal and Zambia.",
 [("Dangote Cement Plc", "ORG"), ("Nigerian", "MISC"), ("Lagos", "LOC"), ("Aliko Dangote", "PER"), ("Obajana", "LOC"),
  ("Ibese", "LOC"), ("Gboko", "LOC"), ("Senegal", "LOC"), ("Zambia", "LOC")]),
# v043
("Rangana Herath (born 19 March 1978) is a Sri Lankan former cricketer from Kurunegala. A left-arm spinner, he played domestic cricket for Moors Sports Club and took more than 400 international wickets for Sri Lanka.",
 [("Rangana Herath", "PER"), ("Sri Lankan", "MISC"), ("Kurunegala", "LOC"), ("Moors Sports Club", "ORG"),
  ("Sri Lanka", "LOC")]),
# v044
("Sankt Johann im Pongau is a market town in the Austrian state of Salzburg and the seat of the St. Johann im Pongau District. It hosted alpine skiing events of the 1991 Winter Universiade.",
 [("Sankt Johann im Pongau", "LOC"), ("Austrian", "MISC"), ("Salzburg", "LOC"), ("St. Johann im Pongau District", "LOC"),
  ("Winter Universiade", "MISC")]),
# v045
("Pieter van den Hoogenband (born 14 March 1978) is a Dutch former swimmer from Maastricht. He won the 100 m and 200 m freestyle at the 2000 Summer Olympics in Sydney, swimming for the club PSV Eindhoven.",
 [("Pieter van den Hoogenband", "PER"), ("Dutch", "MISC"), ("Maastricht", "LOC"), ("Summer Olympics", "MISC"),
  ("Sydney", "LOC"), ("PSV Eindhoven", "ORG")]),
# v046
("The Society for the Protection of Nature in Israel is a non-governmental organisation founded in 1953 by Azaria Alon and Amotz Zahavi. It runs field schools in the Negev and on Mount Hermon.",
 [("Society for the Protection of Nature in Israel", "ORG"), ("Azaria Alon", "PER"), ("Amotz Zahavi", "PER"),
  ("Negev", "LOC"), ("Mount Hermon", "LOC")]),
# v047
("The Banca Monte dei Paschi di Siena, founded in 1472, is regarded as the oldest surviving bank in the world. It is headquartered in Siena, Tuscany, in the Palazzo Salimbeni.",
 [("Banca Monte dei Paschi di Siena", "ORG"), ("Siena", "LOC"), ("Tuscany", "LOC"), ("Palazzo Salimbeni", "LOC")]),
# v048
("Jamiat al-Islah al-Ijtimai is a Kuwaiti social reform society founded in 1963. Its political wing, the Islamic Constitutional Movement, has held seats in the National Assembly of Kuwait.",
 [("Jamiat al-Islah al-Ijtimai", "ORG"), ("Kuwaiti", "MISC"), ("Islamic Constitutional Movement", "ORG"),
  ("National Assembly of Kuwait", "ORG")]),
# v049
("Munir Bashir (1930 – 1997) was an Iraqi oud player born in Mosul to an Assyrian family. He recorded for the French label Ocora and taught at the Institute of Fine Arts in Baghdad.",
 [("Munir Bashir", "PER"), ("Iraqi", "MISC"), ("Mosul", "LOC"), ("Assyrian", "MISC"), ("French", "MISC"),
  ("Ocora", "ORG"), ("Institute of Fine Arts", "ORG"), ("Baghdad", "LOC")]),
# v050
("Yarrabah is an Aboriginal community in the Cairns Region of Far North Queensland, Australia. It was established in 1892 as an Anglican mission by Ernest Gribble's father, John Brown Gribble.",
 [("Yarrabah", "LOC"), ("Aboriginal", "MISC"), ("Cairns Region", "LOC"), ("Far North Queensland", "LOC"),
  ("Australia", "LOC"), ("Anglican", "MISC"), ("Ernest Gribble", "PER"), ("John Brown Gribble", "PER")]),
# v051
("Kuujjuaq is the largest Inuit village in Nunavik, in northern Quebec, and lies on the Koksoak River. It is the seat of the Kativik Regional Government and is served by Air Inuit.",
 [("Kuujjuaq", "LOC"), ("Inuit", "MISC"), ("Nunavik", "LOC"), ("Quebec", "LOC"), ("Koksoak River", "LOC"),
  ("Kativik Regional Government", "ORG"), ("Air Inuit", "ORG")]),
# v052
("Vostok Station is a Russian research station on the East Antarctic Ice Sheet, operated by the Arctic and Antarctic Research Institute. Lake Vostok, a subglacial lake, lies beneath the station.",
 [("Vostok Station", "LOC"), ("Russian", "MISC"), ("East Antarctic Ice Sheet", "LOC"),
  ("Arctic and Antarctic Research Institute", "ORG"), ("Lake Vostok", "LOC")]),
# v053
("Szczepan Twardoch (born 23 December 1979) is a Polish novelist from Żernica in Upper Silesia. His novel Drach (2014) is written partly in Silesian, and his earlier Morfina won the Paszport Polityki award.",
 [("Szczepan Twardoch", "PER"), ("Polish", "MISC"), ("Żernica", "LOC"), ("Upper Silesia", "LOC"), ("Drach", "MISC"),
  ("Silesian", "MISC"), ("Morfina", "MISC"), ("Paszport Polityki", "MISC")]),
# v054
("The Treaty of Tordesillas, signed in 1494 in the Castilian town of Tordesillas, divided newly found lands outside Europe between Portugal and Castile.",
 [("Treaty of Tordesillas", "MISC"), ("Castilian", "MISC"), ("Tordesillas", "LOC"), ("Europe", "LOC"),
  ("Portugal", "LOC"), ("Castile", "LOC")]),
# v055
("The Chaco War (1932 – 1935) was fought between Bolivia and Paraguay over the Gran Chaco region. The decisive Paraguayan victory at the Battle of Boquerón was led by José Félix Estigarribia.",
 [("Chaco War", "MISC"), ("Bolivia", "LOC"), ("Paraguay", "LOC"), ("Gran Chaco", "LOC"), ("Paraguayan", "MISC"),
  ("Battle of Boquerón", "MISC"), ("José Félix Estigarribia", "PER")]),
# v056
("Yamasa Corporation is a Japanese soy sauce maker based in Chōshi, Chiba Prefecture, founded in 1645 by Hamaguchi Gihei.",
 [("Yamasa Corporation", "ORG"), ("Japanese", "MISC"), ("Chōshi", "LOC"), ("Chiba Prefecture", "LOC"),
  ("Hamaguchi Gihei", "PER")]),
# v057
("Stade Toulousain is a French rugby union club based in Toulouse that plays in the Top 14. It has won the European Rugby Champions Cup five times, more than any other club.",
 [("Stade Toulousain", "ORG"), ("French", "MISC"), ("Toulouse", "LOC"), ("Top 14", "MISC"),
  ("European Rugby Champions Cup", "MISC")]),
# v058
("Bismack Biyombo (born 28 August 1992) is a Congolese basketball player from Lubumbashi. He has played in the NBA for the Charlotte Bobcats, Toronto Raptors, Orlando Magic and Phoenix Suns.",
 [("Bismack Biyombo", "PER"), ("Congolese", "MISC"), ("Lubumbashi", "LOC"), ("NBA", "ORG"), ("Charlotte Bobcats", "ORG"),
  ("Toronto Raptors", "ORG"), ("Orlando Magic", "ORG"), ("Phoenix Suns", "ORG")]),
# v059
("The Hmong are an ethnic group of the mountainous regions of southern China, Laos, Vietnam and Thailand. Many Hmong settled in Minnesota and California after the Laotian Civil War.",
 [("Hmong", "MISC"), ("China", "LOC"), ("Laos", "LOC"), ("Vietnam", "LOC"), ("Thailand", "LOC"), ("Hmong", "MISC"),
  ("Minnesota", "LOC"), ("California", "LOC"), ("Laotian Civil War", "MISC")]),
# v060
("Ainu is a language isolate formerly spoken on Hokkaido, Sakhalin and the Kuril Islands. Since 2019 it has been recognised in Japanese law, and the National Ainu Museum in Shiraoi promotes its revival.",
 [("Ainu", "MISC"), ("Hokkaido", "LOC"), ("Sakhalin", "LOC"), ("Kuril Islands", "LOC"), ("Japanese", "MISC"),
  ("National Ainu Museum", "ORG"), ("Shiraoi", "LOC")]),
# v061
("Zurab Zhvania (1963 – 2005) was a Georgian politician who served as Prime Minister of Georgia until his death in Tbilisi. He had earlier founded the Green Party of Georgia and chaired the Parliament of Georgia.",
 [("Zurab Zhvania", "PER"), ("Georgian", "MISC"), ("Georgia", "LOC"), ("Tbilisi", "LOC"), ("Green Party of Georgia", "ORG"),
  ("Parliament of Georgia", "ORG")]),
# v062
("Gyeongju is a coastal city in North Gyeongsang Province, South Korea, that served as the capital of the kingdom of Silla. The Bulguksa temple and the Seokguram grotto lie on the slopes of Tohamsan.",
 [("Gyeongju", "LOC"), ("North Gyeongsang Province", "LOC"), ("South Korea", "LOC"), ("Silla", "LOC"),
  ("Bulguksa", "LOC"), ("Seokguram", "LOC"), ("Tohamsan", "LOC")]),
# v063
("\"Ederlezi\" is a traditional Romani song associated with the spring festival of Đurđevdan in the Balkans. It was popularised by Goran Bregović for the film Time of the Gypsies, directed by Emir Kusturica.",
 [("Ederlezi", "MISC"), ("Romani", "MISC"), ("Đurđevdan", "MISC"), ("Balkans", "LOC"), ("Goran Bregović", "PER"),
  ("Time of the Gypsies", "MISC"), ("Emir Kusturica", "PER")]),
# v064
("The Tata Institute of Fundamental Research is a research institute in Mumbai founded in 1945 by Homi J. Bhabha with support from the Sir Dorabji Tata Trust. It operates the Giant Metrewave Radio Telescope near Narayangaon.",
 [("Tata Institute of Fundamental Research", "ORG"), ("Mumbai", "LOC"), ("Homi J. Bhabha", "PER"),
  ("Sir Dorabji Tata Trust", "ORG"), ("Giant Metrewave Radio Telescope", "LOC"), ("Narayangaon", "LOC")]),
# v065
("The Frankfurter Allgemeine Zeitung is a German daily newspaper founded in 1949 and published in Frankfurt am Main. Its Sunday edition, the Frankfurter Allgemeine Sonntagszeitung, first appeared in 2001.",
 [("Frankfurter Allgemeine Zeitung", "ORG"), ("German", "MISC"), ("Frankfurt am Main", "LOC"),
  ("Frankfurter Allgemeine Sonntagszeitung", "ORG")]),
# v066
("Sabiha Gökçen (1913 – 2001) was a Turkish aviator and the adopted daughter of Mustafa Kemal Atatürk. She trained at the Türkkuşu flight school, and Sabiha Gökçen International Airport in Istanbul is named after her.",
 [("Sabiha Gökçen", "PER"), ("Turkish", "MISC"), ("Mustafa Kemal Atatürk", "PER"), ("Türkkuşu", "ORG"),
  ("Sabiha Gökçen International Airport", "LOC"), ("Istanbul", "LOC")]),
# v067
("Conradh na Gaeilge is a non-governmental organisation founded in Dublin in 1893 by Douglas Hyde and Eoin MacNeill to promote the Irish language. Hyde later became the first President of Ireland.",
 [("Conradh na Gaeilge", "ORG"), ("Dublin", "LOC"), ("Douglas Hyde", "PER"), ("Eoin MacNeill", "PER"), ("Irish", "MISC"),
  ("Hyde", "PER"), ("Ireland", "LOC")]),
# v068
("Kautokeino (Northern Sami: Guovdageaidnu) is a municipality in Finnmark county, Norway. Most residents speak Northern Sami, and the town hosts the Sámi University of Applied Sciences.",
 [("Kautokeino", "LOC"), ("Northern Sami", "MISC"), ("Guovdageaidnu", "LOC"), ("Finnmark", "LOC"), ("Norway", "LOC"),
  ("Northern Sami", "MISC"), ("Sámi University of Applied Sciences", "ORG")]),
# v069
("Lake Kivu lies on the border between the Democratic Republic of the Congo and Rwanda, in the Albertine Rift. The towns of Goma and Gisenyi stand on its northern shore, and it drains south into the Ruzizi River.",
 [("Lake Kivu", "LOC"), ("Democratic Republic of the Congo", "LOC"), ("Rwanda", "LOC"), ("Albertine Rift", "LOC"),
  ("Goma", "LOC"), ("Gisenyi", "LOC"), ("Ruzizi River", "LOC")]),
# v070
("Tirunesh Dibaba (born 1 June 1985) is an Ethiopian long-distance runner from Bekoji in the Arsi Zone of Oromia. She won the 5,000 and 10,000 metres at the 2008 Summer Olympics in Beijing.",
 [("Tirunesh Dibaba", "PER"), ("Ethiopian", "MISC"), ("Bekoji", "LOC"), ("Arsi Zone", "LOC"), ("Oromia", "LOC"),
  ("Summer Olympics", "MISC"), ("Beijing", "LOC")]),
# v071
("The Missionaries of Charity is a Catholic religious congregation founded in Calcutta in 1950 by the nun Anjezë Gonxhe Bojaxhiu, an ethnic Albanian from Skopje. Its mother house stands on Acharya Jagadish Chandra Bose Road.",
 [("Missionaries of Charity", "ORG"), ("Catholic", "MISC"), ("Calcutta", "LOC"), ("Anjezë Gonxhe Bojaxhiu", "PER"),
  ("Albanian", "MISC"), ("Skopje", "LOC"), ("Acharya Jagadish Chandra Bose Road", "LOC")]),
# v072
("Pateros is a municipality in Metro Manila, the Philippines, known for its duck-raising industry. It is bordered by Taguig to the south and Pasig to the north, across the Pateros River.",
 [("Pateros", "LOC"), ("Metro Manila", "LOC"), ("Philippines", "LOC"), ("Taguig", "LOC"), ("Pasig", "LOC"),
  ("Pateros River", "LOC")]),
# v073
("Nikos Kazantzakis (1883 – 1957) was a Greek writer born in Heraklion, Crete, then part of the Ottoman Empire. His novel Zorba the Greek (1946) was filmed by Michael Cacoyannis.",
 [("Nikos Kazantzakis", "PER"), ("Greek", "MISC"), ("Heraklion", "LOC"), ("Crete", "LOC"), ("Ottoman Empire", "LOC"),
  ("Zorba the Greek", "MISC"), ("Michael Cacoyannis", "PER")]),
# v074
("The Teutonic Order, formally the Order of Brothers of the German House of Saint Mary in Jerusalem, is a Catholic religious order founded in Acre around 1190. Its headquarters moved to Marienburg in Prussia in 1309 and later to Vienna.",
 [("Teutonic Order", "ORG"), ("Order of Brothers of the German House of Saint Mary in Jerusalem", "ORG"),
  ("Catholic", "MISC"), ("Acre", "LOC"), ("Marienburg", "LOC"), ("Prussia", "LOC"), ("Vienna", "LOC")]),
# v075
("The MV Le Joola was a Senegalese government-owned ferry that capsized off the coast of the Gambia in September 2002. She had been sailing from Ziguinchor in the Casamance region to Dakar.",
 [("MV Le Joola", "MISC"), ("Senegalese", "MISC"), ("Gambia", "LOC"), ("Ziguinchor", "LOC"), ("Casamance", "LOC"),
  ("Dakar", "LOC")]),
# v076
("Marina Silva (born Maria Osmarina Marina Silva Vaz de Lima; 8 February 1958) is a Brazilian environmentalist from Rio Branco, Acre. She was Minister of the Environment under Luiz Inácio Lula da Silva and founded the Rede Sustentabilidade party in 2013.",
 [("Marina Silva", "PER"), ("Maria Osmarina Marina Silva Vaz de Lima", "PER"), ("Brazilian", "MISC"),
  ("Rio Branco", "LOC"), ("Acre", "LOC"), ("Luiz Inácio Lula da Silva", "PER"), ("Rede Sustentabilidade", "ORG")]),
# v077
("The Teatro Amazonas is an opera house in Manaus, in the Brazilian state of Amazonas, opened in 1896 during the rubber boom. It hosts the annual Amazonas Opera Festival and is home to the Amazonas Philharmonic.",
 [("Teatro Amazonas", "LOC"), ("Manaus", "LOC"), ("Brazilian", "MISC"), ("Amazonas", "LOC"),
  ("Amazonas Opera Festival", "MISC"), ("Amazonas Philharmonic", "ORG")]),
# v078
("The Rwandan Patriotic Front is the ruling political party of Rwanda, founded in Kampala, Uganda, in 1987 by Rwandan refugees. Its armed wing, the Rwandan Patriotic Army, ended the genocide against the Tutsi in July 1994.",
 [("Rwandan Patriotic Front", "ORG"), ("Rwanda", "LOC"), ("Kampala", "LOC"), ("Uganda", "LOC"), ("Rwandan", "MISC"),
  ("Rwandan Patriotic Army", "ORG"), ("Tutsi", "MISC")]),
# v079
("Degania Alef is a kibbutz in northern Israel, near the Sea of Galilee, founded in 1910 by Jewish immigrants from Romny in the Russian Empire. It falls under the jurisdiction of the Emek HaYarden Regional Council.",
 [("Degania Alef", "LOC"), ("Israel", "LOC"), ("Sea of Galilee", "LOC"), ("Jewish", "MISC"), ("Romny", "LOC"),
  ("Russian Empire", "LOC"), ("Emek HaYarden Regional Council", "ORG")]),
# v080
("Copán Ruinas is a town in the department of Copán, in western Honduras, close to the border with Guatemala. It is the gateway to the Maya site of Copán, whose ruler Uaxaclajuun Ubʼaah Kʼawiil commissioned many of its stelae.",
 [("Copán Ruinas", "LOC"), ("Copán", "LOC"), ("Honduras", "LOC"), ("Guatemala", "LOC"), ("Maya", "MISC"),
  ("Copán", "LOC"), ("Uaxaclajuun Ubʼaah Kʼawiil", "PER")]),
# v081
("Jean-Jacques Dessalines (1758 – 1806) was a leader of the Haitian Revolution and the first ruler of independent Haiti. He proclaimed independence at Gonaïves on 1 January 1804 and was killed at Pont-Rouge, north of Port-au-Prince.",
 [("Jean-Jacques Dessalines", "PER"), ("Haitian Revolution", "MISC"), ("Haiti", "LOC"), ("Gonaïves", "LOC"),
  ("Pont-Rouge", "LOC"), ("Port-au-Prince", "LOC")]),
# v082
("The Instituto Butantan is a biological research centre in São Paulo, founded in 1901 by Vital Brazil to produce serum against plague. It is affiliated with the Secretariat of Health of the State of São Paulo.",
 [("Instituto Butantan", "ORG"), ("São Paulo", "LOC"), ("Vital Brazil", "PER"),
  ("Secretariat of Health of the State of São Paulo", "ORG")]),
# v083
("Dimanche à Bamako is the fourth studio album by the Malian duo Amadou & Mariam, produced by Manu Chao and released in 2004 on Because Music. It won the Victoires de la Musique award for world music in 2005.",
 [("Dimanche à Bamako", "MISC"), ("Malian", "MISC"), ("Amadou & Mariam", "ORG"), ("Manu Chao", "PER"),
  ("Because Music", "ORG"), ("Victoires de la Musique", "MISC")]),
# v084
("Kampong Cham is the capital of Kampong Cham Province in Cambodia, on the west bank of the Mekong. The Kizuna Bridge, built with Japanese aid, links the town with Tbong Khmum Province.",
 [("Kampong Cham", "LOC"), ("Kampong Cham Province", "LOC"), ("Cambodia", "LOC"), ("Mekong", "LOC"),
  ("Kizuna Bridge", "LOC"), ("Japanese", "MISC"), ("Tbong Khmum Province", "LOC")]),
# v085
("Sundiata Keita (c. 1217 – c. 1255) was the founder of the Mali Empire. According to the Epic of Sundiata, he defeated the Sosso king Soumaoro Kanté at the Battle of Kirina.",
 [("Sundiata Keita", "PER"), ("Mali Empire", "LOC"), ("Epic of Sundiata", "MISC"), ("Sosso", "MISC"),
  ("Soumaoro Kanté", "PER"), ("Battle of Kirina", "MISC")]),
# v086
("Wuyuan County is a county in the prefecture-level city of Shangrao, in the northeast of Jiangxi Province, China. Its villages, such as Likeng and Jiangwan, keep the architecture of historical Huizhou.",
 [("Wuyuan County", "LOC"), ("Shangrao", "LOC"), ("Jiangxi Province", "LOC"), ("China", "LOC"), ("Likeng", "LOC"),
  ("Jiangwan", "LOC"), ("Huizhou", "LOC")]),
# v087
("TP Mazembe is a football club from Lubumbashi in the Democratic Republic of the Congo, owned by the businessman Moïse Katumbi. The club has won the CAF Champions League five times and reached the final of the FIFA Club World Cup in 2010, losing to Inter Milan.",
 [("TP Mazembe", "ORG"), ("Lubumbashi", "LOC"), ("Democratic Republic of the Congo", "LOC"), ("Moïse Katumbi", "PER"),
  ("CAF Champions League", "MISC"), ("FIFA Club World Cup", "MISC"), ("Inter Milan", "ORG")]),
# v088
("Xanana Gusmão (born José Alexandre Gusmão; 20 June 1946) is an East Timorese politician who commanded Fretilin's armed wing, Falintil, during the Indonesian occupation. He became the first President of East Timor in 2002.",
 [("Xanana Gusmão", "PER"), ("José Alexandre Gusmão", "PER"), ("East Timorese", "MISC"), ("Fretilin", "ORG"),
  ("Falintil", "ORG"), ("Indonesian", "MISC"), ("East Timor", "LOC")]),
# v089
("Yakutsk is the capital of the Sakha Republic in the Russian Far East, on the Lena River. Founded as a Cossack fort in 1632, it is home to the North-Eastern Federal University.",
 [("Yakutsk", "LOC"), ("Sakha Republic", "LOC"), ("Russian Far East", "LOC"), ("Lena River", "LOC"), ("Cossack", "MISC"),
  ("North-Eastern Federal University", "ORG")]),
# v090
("Scuol is a municipality in the Lower Engadine valley of the canton of Graubünden, Switzerland. Its Romansh name is used officially, and the village is known for its mineral springs and the Motta Naluns ski area.",
 [("Scuol", "LOC"), ("Lower Engadine", "LOC"), ("Graubünden", "LOC"), ("Switzerland", "LOC"), ("Romansh", "MISC"),
  ("Motta Naluns", "LOC")]),
]
