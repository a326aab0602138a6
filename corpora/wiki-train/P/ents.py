# Decision lists for wiki-train part P (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wP001, wP002, ... in order.

DOCS = [
# wP001
("Tobermory Creek is an unincorporated community in Grundy County, Missouri, United States. It lies on Missouri Route 146 about six miles east of Trenton, the county seat.",
 [("Tobermory Creek", "LOC"), ("Grundy County", "LOC"), ("Missouri", "LOC"), ("United States", "LOC"),
  ("Missouri Route 146", "LOC"), ("Trenton", "LOC")]),
# wP002
("Ballyconneely (Irish: Baile Conaola) is a village in the Connemara area of County Galway, Ireland. It is located on the shore of Mannin Bay, between Clifden and Roundstone.",
 [("Ballyconneely", "LOC"), ("Irish", "MISC"), ("Baile Conaola", "LOC"), ("Connemara", "LOC"),
  ("County Galway", "LOC"), ("Ireland", "LOC"), ("Mannin Bay", "LOC"), ("Clifden", "LOC"), ("Roundstone", "LOC")]),
# wP003
("The Battle of Culloden was fought on 16 April 1746 near Inverness, in the Scottish Highlands. The Jacobite army of Charles Edward Stuart was defeated by government troops under the Duke of Cumberland, ending the Jacobite rising of 1745.",
 [("Battle of Culloden", "MISC"), ("Inverness", "LOC"), ("Scottish Highlands", "LOC"), ("Jacobite", "MISC"),
  ("Charles Edward Stuart", "PER"), ("Cumberland", "LOC"), ("Jacobite", "MISC")]),
# wP004
("Hurricane Hazel was the deadliest and costliest storm of the 1954 Atlantic hurricane season. After striking Haiti and the Carolinas, it moved inland as an extratropical storm and flooded much of Toronto, where the Humber River burst its banks.",
 [("Hurricane Hazel", "MISC"), ("Atlantic", "LOC"), ("Haiti", "LOC"), ("Carolinas", "LOC"), ("Toronto", "LOC"),
  ("Humber River", "LOC")]),
# wP005
("Wake in Fright is a 1971 Australian psychological thriller film directed by Ted Kotcheff and starring Gary Bond and Donald Pleasence. Based on the 1961 novel by Kenneth Cook, it follows a schoolteacher stranded in the outback mining town of Bundanyabba.",
 [("Wake in Fright", "MISC"), ("Australian", "MISC"), ("Ted Kotcheff", "PER"), ("Gary Bond", "PER"),
  ("Donald Pleasence", "PER"), ("Kenneth Cook", "PER"), ("Bundanyabba", "LOC")]),
# wP006
("Lake Tekapo is a lake in the Mackenzie Basin of New Zealand's South Island. The township of Tekapo lies at its southern end, and the Church of the Good Shepherd, built in 1935, stands on the lakeshore.",
 [("Lake Tekapo", "LOC"), ("Mackenzie Basin", "LOC"), ("New Zealand", "LOC"), ("South Island", "LOC"),
  ("Tekapo", "LOC"), ("Church of the Good Shepherd", "LOC")]),
# wP007
("Sankt Goarshausen is a town in the Rhein-Lahn-Kreis district of Rhineland-Palatinate, Germany. It lies on the right bank of the Rhine, directly below the Lorelei rock, opposite Sankt Goar.",
 [("Sankt Goarshausen", "LOC"), ("Rhein-Lahn-Kreis", "LOC"), ("Rhineland-Palatinate", "LOC"), ("Germany", "LOC"),
  ("Rhine", "LOC"), ("Lorelei", "LOC"), ("Sankt Goar", "LOC")]),
# wP008
("The Treaty of Nanking was signed on 29 August 1842 aboard HMS Cornwallis, anchored in the Yangtze at Nanjing. It ended the First Opium War between the United Kingdom and the Qing dynasty and ceded Hong Kong Island to the British.",
 [("Treaty of Nanking", "MISC"), ("HMS Cornwallis", "MISC"), ("Yangtze", "LOC"), ("Nanjing", "LOC"),
  ("First Opium War", "MISC"), ("United Kingdom", "LOC"), ("Qing", "LOC"), ("Hong Kong Island", "LOC"), ("British", "MISC")]),
# wP009
("Ouidah is a city on the coast of the Republic of Benin, in the Atlantique Department. Once a major port of the Atlantic slave trade, it is today the centre of Vodun worship and holds the Ouidah Museum of History in a former Portuguese fort.",
 [("Ouidah", "LOC"), ("Republic of Benin", "LOC"), ("Atlantique Department", "LOC"), ("Atlantic", "LOC"),
  ("Vodun", "MISC"), ("Ouidah Museum of History", "ORG"), ("Portuguese", "MISC")]),
# wP010
("\"Fairytale of New York\" is a song by the London-based folk punk band the Pogues, featuring Kirsty MacColl. Written by Shane MacGowan and Jem Finer, it was released as a single on Stiff Records in November 1987 and reached number two in the UK Singles Chart.",
 [("Fairytale of New York", "MISC"), ("London", "LOC"), ("Pogues", "ORG"), ("Kirsty MacColl", "PER"),
  ("Shane MacGowan", "PER"), ("Jem Finer", "PER"), ("Stiff Records", "ORG"), ("UK Singles Chart", "MISC")]),
# wP011
("Mount Robson is the highest point in the Canadian Rockies, rising to 3,954 metres. It lies within Mount Robson Provincial Park in British Columbia, near the headwaters of the Fraser River and close to the border with Alberta.",
 [("Mount Robson", "LOC"), ("Canadian Rockies", "LOC"), ("Mount Robson Provincial Park", "LOC"), ("British Columbia", "LOC"),
  ("Fraser River", "LOC"), ("Alberta", "LOC")]),
# wP012
("Brown v. Board of Education of Topeka was a landmark 1954 decision of the Supreme Court of the United States. Argued by Thurgood Marshall for the NAACP, the case held that racial segregation in public schools was unconstitutional.",
 [("Brown v. Board of Education of Topeka", "MISC"), ("Supreme Court of the United States", "ORG"),
  ("Thurgood Marshall", "PER"), ("NAACP", "ORG")]),
# wP013
("Chefchaouen (Arabic: شفشاون; Berber: Ashawen) is a town in the Rif Mountains of northwestern Morocco, the chief town of Chefchaouen Province. Founded in 1471 by Moulay Ali Ben Rachid, it is known for the blue-washed houses of its medina.",
 [("Chefchaouen", "LOC"), ("Arabic", "MISC"), ("شفشاون", "LOC"), ("Berber", "MISC"), ("Ashawen", "LOC"),
  ("Rif Mountains", "LOC"), ("Morocco", "LOC"), ("Chefchaouen Province", "LOC"), ("Moulay Ali Ben Rachid", "PER")]),
# wP014
("The Sydney Harbour Bridge is a steel through arch bridge in Sydney, New South Wales, carrying rail, road and foot traffic between the central business district and the North Shore. Designed by John Bradfield and built by Dorman Long of Middlesbrough, it opened on 19 March 1932.",
 [("Sydney Harbour Bridge", "LOC"), ("Sydney", "LOC"), ("New South Wales", "LOC"), ("North Shore", "LOC"),
  ("John Bradfield", "PER"), ("Dorman Long", "ORG"), ("Middlesbrough", "LOC")]),
# wP015
("Tarapacá is a commune in the Tamarugal Province of the Tarapacá Region in northern Chile. Its main village, San Lorenzo de Tarapacá, was the scene of the Battle of Tarapacá in the War of the Pacific, fought between Chile and the allied forces of Peru and Bolivia.",
 [("Tarapacá", "LOC"), ("Tamarugal Province", "LOC"), ("Tarapacá Region", "LOC"), ("Chile", "LOC"),
  ("San Lorenzo de Tarapacá", "LOC"), ("Battle of Tarapacá", "MISC"), ("War of the Pacific", "MISC"),
  ("Chile", "LOC"), ("Peru", "LOC"), ("Bolivia", "LOC")]),
# wP016
("The Government of Ireland Act 1920 was an act of the Parliament of the United Kingdom that divided Ireland into two self-governing territories, Northern Ireland and Southern Ireland. It was introduced by the government of David Lloyd George during the Irish War of Independence.",
 [("Government of Ireland Act 1920", "MISC"), ("Parliament of the United Kingdom", "ORG"), ("Ireland", "LOC"),
  ("Northern Ireland", "LOC"), ("Southern Ireland", "LOC"), ("David Lloyd George", "PER"), ("Irish War of Independence", "MISC")]),
# wP017
("Bénodet is a commune in the Finistère department of Brittany in north-western France. A seaside resort at the mouth of the Odet, it faces the town of Combrit–Sainte-Marine across the river, linked by the Cornouaille Bridge.",
 [("Bénodet", "LOC"), ("Finistère", "LOC"), ("Brittany", "LOC"), ("France", "LOC"), ("Odet", "LOC"),
  ("Combrit–Sainte-Marine", "LOC"), ("Cornouaille Bridge", "LOC")]),
# wP018
("Spirited Away (Japanese: 千と千尋の神隠し, Hepburn: Sen to Chihiro no Kamikakushi) is a 2001 animated fantasy film written and directed by Hayao Miyazaki and produced by Studio Ghibli. It won the Golden Bear at the Berlin International Film Festival and the Academy Award for Best Animated Feature.",
 [("Spirited Away", "MISC"), ("Japanese", "MISC"), ("千と千尋の神隠し", "MISC"), ("Hepburn", "MISC"),
  ("Sen to Chihiro no Kamikakushi", "MISC"), ("Hayao Miyazaki", "PER"), ("Studio Ghibli", "ORG"), ("Golden Bear", "MISC"),
  ("Berlin International Film Festival", "MISC"), ("Academy Award for Best Animated Feature", "MISC")]),
# wP019
("Pine Ridge Township is one of twelve townships in Oglala Lakota County, South Dakota. Most of its residents are members of the Oglala Sioux Tribe, and the township surrounds the village of Pine Ridge, the seat of the tribal government.",
 [("Pine Ridge Township", "LOC"), ("Oglala Lakota County", "LOC"), ("South Dakota", "LOC"), ("Oglala Sioux Tribe", "ORG"),
  ("Pine Ridge", "LOC")]),
# wP020
("The Zambezi is the fourth-longest river in Africa and the longest east-flowing river on the continent. Rising in Zambia's Mwinilunga District, it flows through Angola, along the borders of Namibia, Botswana and Zimbabwe, over Victoria Falls and into Lake Kariba, before reaching the Indian Ocean in Mozambique.",
 [("Zambezi", "LOC"), ("Africa", "LOC"), ("Zambia", "LOC"), ("Mwinilunga District", "LOC"), ("Angola", "LOC"),
  ("Namibia", "LOC"), ("Botswana", "LOC"), ("Zimbabwe", "LOC"), ("Victoria Falls", "LOC"), ("Lake Kariba", "LOC"),
  ("Indian Ocean", "LOC"), ("Mozambique", "LOC")]),
# wP021
("HMCS Haida is a destroyer that served in the Royal Canadian Navy from 1943 to 1963. Built by Vickers-Armstrongs on the Tyne, she sank more enemy surface tonnage than any other Canadian warship and is now a museum ship in Hamilton, Ontario.",
 [("HMCS Haida", "MISC"), ("Royal Canadian Navy", "ORG"), ("Vickers-Armstrongs", "ORG"), ("Tyne", "LOC"),
  ("Canadian", "MISC"), ("Hamilton", "LOC"), ("Ontario", "LOC")]),
# wP022
("Kanchanaburi is a town in western Thailand and the capital of Kanchanaburi Province. It lies where the Khwae Noi and Khwae Yai rivers meet to form the Mae Klong, and is the site of the bridge built by Allied prisoners of war on the Burma Railway.",
 [("Kanchanaburi", "LOC"), ("Thailand", "LOC"), ("Kanchanaburi Province", "LOC"), ("Khwae Noi", "LOC"), ("Khwae Yai", "LOC"),
  ("Mae Klong", "LOC"), ("Allied", "MISC"), ("Burma Railway", "LOC")]),
# wP023
("Under Milk Wood is a 1954 radio drama by the Welsh poet Dylan Thomas, commissioned by the BBC. Set in the fictional fishing village of Llareggub, it follows a single spring day in the lives of its inhabitants, among them Captain Cat and Polly Garter.",
 [("Under Milk Wood", "MISC"), ("Welsh", "MISC"), ("Dylan Thomas", "PER"), ("BBC", "ORG"), ("Llareggub", "LOC"),
  ("Captain Cat", "PER"), ("Polly Garter", "PER")]),
# wP024
("The Battle of Adwa was fought on 1 March 1896 near the town of Adwa in Tigray, between the Ethiopian Empire under Menelik II and an Italian invasion force led by Oreste Baratieri. The Ethiopian victory secured the country's independence and ended the First Italo-Ethiopian War.",
 [("Battle of Adwa", "MISC"), ("Adwa", "LOC"), ("Tigray", "LOC"), ("Ethiopian Empire", "LOC"), ("Menelik II", "PER"),
  ("Italian", "MISC"), ("Oreste Baratieri", "PER"), ("Ethiopian", "MISC"), ("First Italo-Ethiopian War", "MISC")]),
# wP025
("Ystradgynlais is a town and community in the upper Swansea Valley in Powys, Wales. It lies on the River Tawe, at the southern edge of the Brecon Beacons National Park, and grew with the anthracite mines and ironworks of the nineteenth century.",
 [("Ystradgynlais", "LOC"), ("Swansea Valley", "LOC"), ("Powys", "LOC"), ("Wales", "LOC"), ("River Tawe", "LOC"),
  ("Brecon Beacons National Park", "LOC")]),
# wP026
("The Great Belt Bridge (Danish: Storebæltsbroen) is a fixed link across the Great Belt strait between the Danish islands of Zealand and Funen. It consists of a road suspension bridge and railway tunnel between Zealand and the small island of Sprogø, and a box girder bridge between Sprogø and Funen.",
 [("Great Belt Bridge", "LOC"), ("Danish", "MISC"), ("Storebæltsbroen", "LOC"), ("Great Belt", "LOC"), ("Danish", "MISC"),
  ("Zealand", "LOC"), ("Funen", "LOC"), ("Zealand", "LOC"), ("Sprogø", "LOC"), ("Sprogø", "LOC"), ("Funen", "LOC")]),
# wP027
("Age of Empires II: The Age of Kings is a real-time strategy video game developed by Ensemble Studios and published by Microsoft in 1999. Its campaigns follow historical figures such as Joan of Arc, Saladin, Genghis Khan and Frederick Barbarossa.",
 [("Age of Empires II: The Age of Kings", "MISC"), ("Ensemble Studios", "ORG"), ("Microsoft", "ORG"), ("Joan of Arc", "PER"),
  ("Saladin", "PER"), ("Genghis Khan", "PER"), ("Frederick Barbarossa", "PER")]),
# wP028
("Banff is a resort town in Banff National Park, Alberta, in the Bow Valley of the Canadian Rockies. It lies about 126 kilometres west of Calgary on the Trans-Canada Highway, and its Banff Springs Hotel was built by the Canadian Pacific Railway in 1888.",
 [("Banff", "LOC"), ("Banff National Park", "LOC"), ("Alberta", "LOC"), ("Bow Valley", "LOC"), ("Canadian Rockies", "LOC"),
  ("Calgary", "LOC"), ("Trans-Canada Highway", "LOC"), ("Banff Springs Hotel", "LOC"), ("Canadian Pacific Railway", "ORG")]),
# wP029
("Lake Titicaca (Spanish: Lago Titicaca; Quechua: Titiqaqa Qucha) is a large freshwater lake in the Andes on the border of Bolivia and Peru. The Uros people live on floating islands built of totora reeds near Puno, and Isla del Sol, on the Bolivian side, holds ruins from the Inca period.",
 [("Lake Titicaca", "LOC"), ("Spanish", "MISC"), ("Lago Titicaca", "LOC"), ("Quechua", "MISC"), ("Titiqaqa Qucha", "LOC"),
  ("Andes", "LOC"), ("Bolivia", "LOC"), ("Peru", "LOC"), ("Uros", "MISC"), ("Puno", "LOC"), ("Isla del Sol", "LOC"),
  ("Bolivian", "MISC"), ("Inca", "MISC")]),
# wP030
("The Mabo decision (Mabo v Queensland (No 2)) was a 1992 ruling of the High Court of Australia that recognised native title for the first time. The case was brought by Eddie Mabo, a Meriam man from Mer in the Torres Strait, against the state of Queensland.",
 [("Mabo", "PER"), ("Mabo v Queensland (No 2)", "MISC"), ("High Court of Australia", "ORG"), ("Eddie Mabo", "PER"),
  ("Meriam", "MISC"), ("Mer", "LOC"), ("Torres Strait", "LOC"), ("Queensland", "LOC")]),
# wP031
("Kilkee (Irish: Cill Chaoi) is a small coastal town in County Clare, Ireland, facing the Atlantic Ocean across Moore Bay. The Victorian resort grew after the West Clare Railway reached it in 1892, and Richard Harris spent his childhood summers there.",
 [("Kilkee", "LOC"), ("Irish", "MISC"), ("Cill Chaoi", "LOC"), ("County Clare", "LOC"), ("Ireland", "LOC"),
  ("Atlantic Ocean", "LOC"), ("Moore Bay", "LOC"), ("Victorian", "MISC"), ("West Clare Railway", "LOC"), ("Richard Harris", "PER")]),
# wP032
("The Hoover Dam is a concrete arch-gravity dam in the Black Canyon of the Colorado River, on the border between Nevada and Arizona. Built by Six Companies, Inc. for the Bureau of Reclamation between 1931 and 1936, it impounds Lake Mead.",
 [("Hoover Dam", "LOC"), ("Black Canyon", "LOC"), ("Colorado River", "LOC"), ("Nevada", "LOC"), ("Arizona", "LOC"),
  ("Six Companies, Inc.", "ORG"), ("Bureau of Reclamation", "ORG"), ("Lake Mead", "LOC")]),
# wP033
("Sông Hương, known in English as the Perfume River, flows through the city of Huế in central Vietnam. It rises in the Trường Sơn range and passes the Thiên Mụ Pagoda and the Imperial City before emptying into the Tam Giang lagoon.",
 [("Sông Hương", "LOC"), ("English", "MISC"), ("Perfume River", "LOC"), ("Huế", "LOC"), ("Vietnam", "LOC"),
  ("Trường Sơn", "LOC"), ("Thiên Mụ Pagoda", "LOC"), ("Imperial City", "LOC"), ("Tam Giang", "LOC")]),
# wP034
("Coronation Street is a British soap opera created by Tony Warren and first broadcast on ITV on 9 December 1960. Produced by Granada Television, it is set in Weatherfield, a fictional town based on Salford, and its early stars included Violet Carson as Ena Sharples.",
 [("Coronation Street", "MISC"), ("British", "MISC"), ("Tony Warren", "PER"), ("ITV", "ORG"), ("Granada Television", "ORG"),
  ("Weatherfield", "LOC"), ("Salford", "LOC"), ("Violet Carson", "PER"), ("Ena Sharples", "PER")]),
# wP035
("The Siege of Shkodra of 1478–1479 was a confrontation between the Ottoman Empire and the Republic of Venice, whose garrison was joined by Albanian defenders of the town. Mehmed II led part of the siege in person, and Shkodra passed to the Ottomans under the Treaty of Constantinople.",
 [("Siege of Shkodra", "MISC"), ("Ottoman Empire", "LOC"), ("Republic of Venice", "LOC"), ("Albanian", "MISC"),
  ("Mehmed II", "PER"), ("Shkodra", "LOC"), ("Ottomans", "MISC"), ("Treaty of Constantinople", "MISC")]),
# wP036
("Marree is a small town in the Far North region of South Australia, at the southern end of the Birdsville Track and the Oodnadatta Track. It was a stop on the original Ghan railway, and Afghan cameleers who settled there built one of the first mosques in Australia.",
 [("Marree", "LOC"), ("Far North", "LOC"), ("South Australia", "LOC"), ("Birdsville Track", "LOC"), ("Oodnadatta Track", "LOC"),
  ("Ghan", "LOC"), ("Afghan", "MISC"), ("Australia", "LOC")]),
# wP037
("Things Fall Apart is a 1958 novel by the Nigerian writer Chinua Achebe, published in London by Heinemann. It tells the story of Okonkwo, a wrestler and leader in the fictional Igbo village of Umuofia, and of the arrival of British missionaries.",
 [("Things Fall Apart", "MISC"), ("Nigerian", "MISC"), ("Chinua Achebe", "PER"), ("London", "LOC"), ("Heinemann", "ORG"),
  ("Okonkwo", "PER"), ("Igbo", "MISC"), ("Umuofia", "LOC"), ("British", "MISC")]),
# wP038
("Slieve Donard (Irish: Sliabh Dónairt) is the highest mountain in the Mourne Mountains and in Northern Ireland, at 850 metres. It rises above the seaside town of Newcastle in County Down, and the Mourne Wall runs over its summit.",
 [("Slieve Donard", "LOC"), ("Irish", "MISC"), ("Sliabh Dónairt", "LOC"), ("Mourne Mountains", "LOC"), ("Northern Ireland", "LOC"),
  ("Newcastle", "LOC"), ("County Down", "LOC"), ("Mourne Wall", "LOC")]),
# wP039
("Route 66, also known as the Will Rogers Highway and the Main Street of America, was one of the original highways of the United States Numbered Highway System. It ran from Chicago, Illinois, through Missouri, Oklahoma, Texas, New Mexico and Arizona to Santa Monica, California.",
 [("Route 66", "LOC"), ("Will Rogers Highway", "LOC"), ("Main Street of America", "LOC"), ("United States Numbered Highway System", "LOC"),
  ("Chicago", "LOC"), ("Illinois", "LOC"), ("Missouri", "LOC"), ("Oklahoma", "LOC"), ("Texas", "LOC"), ("New Mexico", "LOC"),
  ("Arizona", "LOC"), ("Santa Monica", "LOC"), ("California", "LOC")]),
# wP040
("Zeebrugge is a village on the coast of Belgium and a subdivision of Bruges, of which it forms the modern port. The Zeebrugge Raid of 23 April 1918 tried to block the Bruges canal, and in 1987 the ferry MS Herald of Free Enterprise capsized just outside the harbour.",
 [("Zeebrugge", "LOC"), ("Belgium", "LOC"), ("Bruges", "LOC"), ("Zeebrugge Raid", "MISC"), ("Bruges", "LOC"),
  ("MS Herald of Free Enterprise", "MISC")]),
# wP041
("Kurosawa's Throne of Blood (蜘蛛巣城, Kumonosu-jō) is a 1957 Japanese film that transposes Shakespeare's Macbeth to feudal Japan. Toshiro Mifune plays Washizu, a general who murders his lord after meeting a spirit in the Cobweb Forest.",
 [("Kurosawa", "PER"), ("Throne of Blood", "MISC"), ("蜘蛛巣城", "MISC"), ("Kumonosu-jō", "MISC"), ("Japanese", "MISC"),
  ("Shakespeare", "PER"), ("Macbeth", "MISC"), ("Japan", "LOC"), ("Toshiro Mifune", "PER"), ("Washizu", "PER"),
  ("Cobweb Forest", "LOC")]),
# wP042
("Jasper is a specialized municipality in Jasper National Park, Alberta, on the Athabasca River. It was founded as Fitzhugh in 1911 as a divisional point of the Grand Trunk Pacific Railway, and in July 2024 a wildfire destroyed about a third of its buildings.",
 [("Jasper", "LOC"), ("Jasper National Park", "LOC"), ("Alberta", "LOC"), ("Athabasca River", "LOC"), ("Fitzhugh", "LOC"),
  ("Grand Trunk Pacific Railway", "ORG")]),
# wP043
("The Treaty of Utrecht is a series of peace treaties signed in 1713 and 1714 in the Dutch city of Utrecht that ended the War of the Spanish Succession. Under its terms Philip V was recognised as King of Spain, and Great Britain received Gibraltar, Minorca and Newfoundland.",
 [("Treaty of Utrecht", "MISC"), ("Dutch", "MISC"), ("Utrecht", "LOC"), ("War of the Spanish Succession", "MISC"),
  ("Philip V", "PER"), ("Spain", "LOC"), ("Great Britain", "LOC"), ("Gibraltar", "LOC"), ("Minorca", "LOC"), ("Newfoundland", "LOC")]),
# wP044
("Tsumeb is a mining town in the Oshikoto Region of northern Namibia, about 430 kilometres from Windhoek. The Tsumeb Mine, worked by the Otavi Minen- und Eisenbahn-Gesellschaft from 1906, produced copper, lead and many rare minerals, and Lake Otjikoto lies 20 kilometres to the west.",
 [("Tsumeb", "LOC"), ("Oshikoto Region", "LOC"), ("Namibia", "LOC"), ("Windhoek", "LOC"), ("Tsumeb Mine", "LOC"),
  ("Otavi Minen- und Eisenbahn-Gesellschaft", "ORG"), ("Lake Otjikoto", "LOC")]),
# wP045
("\"Hallelujah\" is a song written by the Canadian singer Leonard Cohen and first released on his album Various Positions in 1984. Columbia Records at first declined to release the album in the United States; a cover by Jeff Buckley on Grace (1994) later made the song widely known.",
 [("Hallelujah", "MISC"), ("Canadian", "MISC"), ("Leonard Cohen", "PER"), ("Various Positions", "MISC"), ("Columbia Records", "ORG"),
  ("United States", "LOC"), ("Jeff Buckley", "PER"), ("Grace", "MISC")]),
# wP046
("Kirkjubæjarklaustur is a small village in the south of Iceland, in the municipality of Skaftárhreppur. It stands near the Laki fissure, whose eruption of 1783–1784 poured lava down the Skaftá valley, and a convent of Benedictine nuns stood there from 1186 to 1550.",
 [("Kirkjubæjarklaustur", "LOC"), ("Iceland", "LOC"), ("Skaftárhreppur", "LOC"), ("Laki", "LOC"), ("Skaftá", "LOC"),
  ("Benedictine", "MISC")]),
# wP047
("The Royal Albert Hall is a concert hall on the northern edge of South Kensington, London, opened by Queen Victoria in 1871. It has hosted the Proms every summer since 1941, when the Queen's Hall was destroyed in the Blitz.",
 [("Royal Albert Hall", "LOC"), ("South Kensington", "LOC"), ("London", "LOC"), ("Victoria", "PER"), ("Proms", "MISC"),
  ("Queen's Hall", "LOC"), ("Blitz", "MISC")]),
# wP048
("Kaikōura is a town on the east coast of the South Island of New Zealand, in the Kaikōura District of the Canterbury Region. It is a base for whale watching off the Kaikōura Peninsula, and the 2016 Kaikōura earthquake cut State Highway 1 and the Main North Line for more than a year.",
 [("Kaikōura", "LOC"), ("South Island", "LOC"), ("New Zealand", "LOC"), ("Kaikōura District", "LOC"), ("Canterbury Region", "LOC"),
  ("Kaikōura Peninsula", "LOC"), ("Kaikōura", "LOC"), ("State Highway 1", "LOC"), ("Main North Line", "LOC")]),
# wP049
("The Battle of Ayacucho (Spanish: Batalla de Ayacucho) was fought on 9 December 1824 on the Pampa de la Quinua in the Peruvian highlands. Patriot forces under Antonio José de Sucre defeated the royalist army of Viceroy José de la Serna, securing the independence of Peru.",
 [("Battle of Ayacucho", "MISC"), ("Spanish", "MISC"), ("Batalla de Ayacucho", "MISC"), ("Pampa de la Quinua", "LOC"),
  ("Peruvian", "MISC"), ("Antonio José de Sucre", "PER"), ("José de la Serna", "PER"), ("Peru", "LOC")]),
# wP050
("Ballarat is a city in the Central Highlands of Victoria, Australia, about 115 kilometres west-northwest of Melbourne. Gold was found there in 1851, and the miners' revolt at the Eureka Stockade in 1854 took place on its outskirts.",
 [("Ballarat", "LOC"), ("Central Highlands", "LOC"), ("Victoria", "LOC"), ("Australia", "LOC"), ("Melbourne", "LOC"),
  ("Eureka Stockade", "LOC")]),
# wP051
("The Good, the Bad and the Ugly (Italian: Il buono, il brutto, il cattivo) is a 1966 Italian epic spaghetti Western directed by Sergio Leone. Clint Eastwood, Lee Van Cleef and Eli Wallach star as three gunfighters searching for Confederate gold during the American Civil War, to a score by Ennio Morricone.",
 [("The Good, the Bad and the Ugly", "MISC"), ("Italian", "MISC"), ("Il buono, il brutto, il cattivo", "MISC"), ("Italian", "MISC"),
  ("Sergio Leone", "PER"), ("Clint Eastwood", "PER"), ("Lee Van Cleef", "PER"), ("Eli Wallach", "PER"), ("Confederate", "MISC"),
  ("American Civil War", "MISC"), ("Ennio Morricone", "PER")]),
# wP052
("Dún Laoghaire (Irish pronunciation: [dʊnˠ ˈl̪ˠeːɾʲə]), formerly Kingstown, is a suburban seaside town in Dún Laoghaire–Rathdown, about 12 kilometres south of Dublin city centre. Its harbour was the terminus of the Dublin and Kingstown Railway, Ireland's first railway, opened in 1834.",
 [("Dún Laoghaire", "LOC"), ("Irish", "MISC"), ("Kingstown", "LOC"), ("Dún Laoghaire–Rathdown", "LOC"), ("Dublin", "LOC"),
  ("Dublin and Kingstown Railway", "LOC"), ("Ireland", "LOC")]),
# wP053
("Mount Kinabalu (Malay: Gunung Kinabalu) is the highest mountain in Malaysia, rising to 4,095 metres in the Crocker Range of Sabah, on the island of Borneo. It stands within Kinabalu Park, and the Kadazan-Dusun regard it as the resting place of the dead.",
 [("Mount Kinabalu", "LOC"), ("Malay", "MISC"), ("Gunung Kinabalu", "LOC"), ("Malaysia", "LOC"), ("Crocker Range", "LOC"),
  ("Sabah", "LOC"), ("Borneo", "LOC"), ("Kinabalu Park", "LOC"), ("Kadazan-Dusun", "MISC")]),
# wP054
("Fort Sumter is a sea fort built on an artificial island in Charleston Harbor, South Carolina. Confederate artillery opened fire on the federal garrison there on 12 April 1861, and Major Robert Anderson's surrender the next day began the American Civil War.",
 [("Fort Sumter", "LOC"), ("Charleston Harbor", "LOC"), ("South Carolina", "LOC"), ("Confederate", "MISC"),
  ("Robert Anderson", "PER"), ("American Civil War", "MISC")]),
# wP055
("Sossusvlei is a salt and clay pan surrounded by high red dunes in the southern part of the Namib Desert, within the Namib-Naukluft National Park of Namibia. Nearby Deadvlei holds dead camel thorn trees, and the dune called Big Daddy rises about 325 metres.",
 [("Sossusvlei", "LOC"), ("Namib Desert", "LOC"), ("Namib-Naukluft National Park", "LOC"), ("Namibia", "LOC"), ("Deadvlei", "LOC"),
  ("Big Daddy", "LOC")]),
]
