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
("Grand-Bassam is a town in the Sud-Comoé Region of Côte d'Ivoire, on a strip of land between the Ébrié Lagoon and the Gulf of Guinea. It was the first capital of the French colony from 1893 until yellow fever drove the government to Bingerville, and its Quartier France keeps many colonial buildings.",
 [("Grand-Bassam", "LOC"), ("Sud-Comoé Region", "LOC"), ("Côte d'Ivoire", "LOC"), ("Ébrié Lagoon", "LOC"), ("Gulf of Guinea", "LOC"),
  ("French", "MISC"), ("Bingerville", "LOC"), ("Quartier France", "LOC")]),
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
("Hội An is a city in Quảng Nam Province on the coast of central Vietnam, on the Thu Bồn River. A trading port of the Champa kingdom and later of Chinese and Japanese merchants, it keeps the Japanese Covered Bridge, built in the 1590s, and the assembly halls of Fujian and Cantonese families.",
 [("Hội An", "LOC"), ("Quảng Nam Province", "LOC"), ("Vietnam", "LOC"), ("Thu Bồn River", "LOC"), ("Champa", "LOC"),
  ("Chinese", "MISC"), ("Japanese", "MISC"), ("Japanese Covered Bridge", "LOC"), ("Fujian", "LOC"), ("Cantonese", "MISC")]),
# wP023
("Under Milk Wood is a 1954 radio drama by the Welsh poet Dylan Thomas, commissioned by the BBC. Set in the fictional fishing village of Llareggub, it follows a single spring day in the lives of its inhabitants, among them Captain Cat and Polly Garter.",
 [("Under Milk Wood", "MISC"), ("Welsh", "MISC"), ("Dylan Thomas", "PER"), ("BBC", "ORG"), ("Llareggub", "LOC"),
  ("Captain Cat", "PER"), ("Polly Garter", "PER")]),
# wP024
("The Battle of Omdurman was fought on 2 September 1898 on the plain of Kerreri, north of Omdurman, between an Anglo-Egyptian army under Herbert Kitchener and the forces of the Mahdist State led by the Khalifa Abdallahi ibn Muhammad. Maxim guns and gunboats on the Nile gave the invaders a one-sided victory, and the young Winston Churchill rode in the charge of the 21st Lancers.",
 [("Battle of Omdurman", "MISC"), ("Kerreri", "LOC"), ("Omdurman", "LOC"), ("Anglo-Egyptian", "MISC"), ("Herbert Kitchener", "PER"),
  ("Mahdist State", "LOC"), ("Abdallahi ibn Muhammad", "PER"), ("Maxim", "MISC"), ("Nile", "LOC"), ("Winston Churchill", "PER"),
  ("21st Lancers", "ORG")]),
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
("The Salar de Uyuni is the largest salt flat in the world, covering about 10,500 square kilometres of the Altiplano in the Potosí Department of south-western Bolivia. The town of Uyuni, at its eastern edge, grew around the Antofagasta and Bolivia Railway, and Isla Incahuasi, a hill of giant cacti, rises from the middle of the flat.",
 [("Salar de Uyuni", "LOC"), ("Altiplano", "LOC"), ("Potosí Department", "LOC"), ("Bolivia", "LOC"), ("Uyuni", "LOC"),
  ("Antofagasta and Bolivia Railway", "LOC"), ("Isla Incahuasi", "LOC")]),
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
("Nervous Conditions is a 1988 novel by the Zimbabwean writer Tsitsi Dangarembga, first published in London by The Women's Press. Set in Rhodesia in the 1960s, it follows Tambudzai Sigauke, who leaves her family's homestead to study at the mission school run by her uncle Babamukuru.",
 [("Nervous Conditions", "MISC"), ("Zimbabwean", "MISC"), ("Tsitsi Dangarembga", "PER"), ("London", "LOC"), ("The Women's Press", "ORG"),
  ("Rhodesia", "LOC"), ("Tambudzai Sigauke", "PER"), ("Babamukuru", "PER")]),
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
("The Battle of Boyacá was fought on 7 August 1819 near Tunja, in the Viceroyalty of New Granada, at a bridge over the Teatinos River. Republican troops under Simón Bolívar and Francisco de Paula Santander defeated the royalist army of José María Barreiro, and Bolívar entered Bogotá three days later.",
 [("Battle of Boyacá", "MISC"), ("Tunja", "LOC"), ("Viceroyalty of New Granada", "LOC"), ("Teatinos River", "LOC"), ("Simón Bolívar", "PER"),
  ("Francisco de Paula Santander", "PER"), ("José María Barreiro", "PER"), ("Bolívar", "PER"), ("Bogotá", "LOC")]),
# wP050
("Broken Hill is an isolated mining city in the far west of New South Wales, Australia, near the border with South Australia. Its silver, lead and zinc lode was pegged in 1883 by the boundary rider Charles Rasp, whose syndicate became the Broken Hill Proprietary Company, later known as BHP.",
 [("Broken Hill", "LOC"), ("New South Wales", "LOC"), ("Australia", "LOC"), ("South Australia", "LOC"), ("Charles Rasp", "PER"),
  ("Broken Hill Proprietary Company", "ORG"), ("BHP", "ORG")]),
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
# wP056
("Tashkurgan (Uyghur: تاشقۇرغان; Chinese: 塔什库尔干) is a town in the Tashkurgan Tajik Autonomous County of Kashgar Prefecture, Xinjiang. It lies on the Karakoram Highway near the Khunjerab Pass, and most of its people are Sarikoli-speaking Pamiri Tajiks.",
 [("Tashkurgan", "LOC"), ("Uyghur", "MISC"), ("تاشقۇرغان", "LOC"), ("Chinese", "MISC"), ("塔什库尔干", "LOC"),
  ("Tashkurgan Tajik Autonomous County", "LOC"), ("Kashgar Prefecture", "LOC"), ("Xinjiang", "LOC"), ("Karakoram Highway", "LOC"),
  ("Khunjerab Pass", "LOC"), ("Sarikoli", "MISC"), ("Pamiri Tajiks", "MISC")]),
# wP057
("The Acts of Union 1800 were parallel acts of the Parliament of Great Britain and the Parliament of Ireland which united the two kingdoms from 1 January 1801. The union was promoted by William Pitt the Younger after the Irish Rebellion of 1798, and it abolished the parliament sitting in College Green.",
 [("Acts of Union 1800", "MISC"), ("Parliament of Great Britain", "ORG"), ("Parliament of Ireland", "ORG"),
  ("William Pitt the Younger", "PER"), ("Irish Rebellion of 1798", "MISC"), ("College Green", "LOC")]),
# wP058
("HALIFAX, Nova Scotia (CP) - Crews began dismantling the old Angus L. Macdonald Bridge deck on Tuesday, Halifax Harbour Bridges said, closing the span between Halifax and Dartmouth to pedestrians for the weekend. Spokeswoman Alison MacInnis said Metro Transit would run extra ferries.",
 [("HALIFAX", "LOC"), ("Nova Scotia", "LOC"), ("CP", "ORG"), ("Angus L. Macdonald Bridge", "LOC"), ("Halifax Harbour Bridges", "ORG"),
  ("Halifax", "LOC"), ("Dartmouth", "LOC"), ("Alison MacInnis", "PER"), ("Metro Transit", "ORG")]),
# wP059
("Grand Theft Auto: Vice City is a 2002 action-adventure game developed by Rockstar North and published by Rockstar Games. Set in 1986 in a fictional city modelled on Miami, it follows Tommy Vercetti, a mobster sent south by the Forelli family after his release from prison.",
 [("Grand Theft Auto: Vice City", "MISC"), ("Rockstar North", "ORG"), ("Rockstar Games", "ORG"), ("Miami", "LOC"),
  ("Tommy Vercetti", "PER"), ("Forelli", "PER")]),
# wP060
("Lake Balkhash (Kazakh: Балқаш көлі, Balqaş kóli) is a large endorheic lake in south-eastern Kazakhstan, divided by the Saryesik Peninsula into a fresh western half and a salty eastern half. It is fed mainly by the Ili River, which rises in the Tian Shan in Xinjiang, and the copper-smelting town of Balkhash lies on its northern shore.",
 [("Lake Balkhash", "LOC"), ("Kazakh", "MISC"), ("Балқаш көлі", "LOC"), ("Balqaş kóli", "LOC"), ("Kazakhstan", "LOC"),
  ("Saryesik Peninsula", "LOC"), ("Ili River", "LOC"), ("Tian Shan", "LOC"), ("Xinjiang", "LOC"), ("Balkhash", "LOC")]),
# wP061
("Ballintubber Abbey is a Catholic church in Ballintubber, County Mayo, founded in 1216 by Cathal Crobhdearg Ua Conchobair, King of Connacht. Mass has been said there almost without a break for eight centuries, and the pilgrim path Tóchar Phádraig begins at its door.",
 [("Ballintubber Abbey", "LOC"), ("Catholic", "MISC"), ("Ballintubber", "LOC"), ("County Mayo", "LOC"),
  ("Cathal Crobhdearg Ua Conchobair", "PER"), ("Connacht", "LOC"), ("Tóchar Phádraig", "LOC")]),
# wP062
("My uncle worked for twenty years at the Inco smelter in Sudbury, and every summer he drove us up Highway 144 to a cabin on Lake Wanapitei. He never talked about the strike of 1978 except to say that the Steelworkers held out for eight months.",
 [("Inco", "ORG"), ("Sudbury", "LOC"), ("Highway 144", "LOC"), ("Lake Wanapitei", "LOC"), ("Steelworkers", "ORG")]),
# wP063
("The Battle of Hastings was fought on 14 October 1066 between the Norman-French army of William, Duke of Normandy, and an English army under the Anglo-Saxon King Harold Godwinson. It took place on Senlac Hill, near the present town of Battle, East Sussex, and began the Norman conquest of England.",
 [("Battle of Hastings", "MISC"), ("Norman-French", "MISC"), ("William", "PER"), ("Normandy", "LOC"), ("English", "MISC"),
  ("Anglo-Saxon", "MISC"), ("Harold Godwinson", "PER"), ("Senlac Hill", "LOC"), ("Battle", "LOC"), ("East Sussex", "LOC"),
  ("Norman", "MISC"), ("England", "LOC")]),
# wP064
("Gokarna is a temple town in the Uttara Kannada district of Karnataka, India, on the coast of the Arabian Sea. Its Mahabaleshwar Temple is a centre of Shaiva pilgrimage, and beaches such as Om Beach and Kudle Beach draw visitors from Goa, about 150 kilometres to the north.",
 [("Gokarna", "LOC"), ("Uttara Kannada", "LOC"), ("Karnataka", "LOC"), ("India", "LOC"), ("Arabian Sea", "LOC"),
  ("Mahabaleshwar Temple", "LOC"), ("Shaiva", "MISC"), ("Om Beach", "LOC"), ("Kudle Beach", "LOC"), ("Goa", "LOC")]),
# wP065
("Breaking Bad is an American crime drama television series created by Vince Gilligan for AMC, first aired in January 2008. Set and filmed in Albuquerque, New Mexico, it stars Bryan Cranston as Walter White, a chemistry teacher who turns to making methamphetamine with his former pupil Jesse Pinkman, played by Aaron Paul.",
 [("Breaking Bad", "MISC"), ("American", "MISC"), ("Vince Gilligan", "PER"), ("AMC", "ORG"), ("Albuquerque", "LOC"),
  ("New Mexico", "LOC"), ("Bryan Cranston", "PER"), ("Walter White", "PER"), ("Jesse Pinkman", "PER"), ("Aaron Paul", "PER")]),
# wP066
("Oudewater is a city and municipality in the province of Utrecht in the central Netherlands, on the Hollandse IJssel. It is known for its Heksenwaag (Witches' Weighhouse), where people accused of witchcraft were weighed, and was sacked by Spanish troops in 1575 during the Eighty Years' War.",
 [("Oudewater", "LOC"), ("Utrecht", "LOC"), ("Netherlands", "LOC"), ("Hollandse IJssel", "LOC"), ("Heksenwaag", "LOC"),
  ("Witches' Weighhouse", "LOC"), ("Spanish", "MISC"), ("Eighty Years' War", "MISC")]),
# wP067
("The Ross Sea party was the Antarctic supply team of Ernest Shackleton's Imperial Trans-Antarctic Expedition of 1914–1917. Stranded when their ship, the SY Aurora, was blown from her moorings off Cape Evans, its men under Aeneas Mackintosh laid depots across the Ross Ice Shelf towards the Beardmore Glacier.",
 [("Ross Sea", "LOC"), ("Antarctic", "LOC"), ("Ernest Shackleton", "PER"), ("Imperial Trans-Antarctic Expedition", "MISC"),
  ("SY Aurora", "MISC"), ("Cape Evans", "LOC"), ("Aeneas Mackintosh", "PER"), ("Ross Ice Shelf", "LOC"), ("Beardmore Glacier", "LOC")]),
# wP068
("Yoshkar-Ola (Mari: Йошкар-Ола; Russian: Йошка́р-Ола́) is the capital of the Mari El Republic, Russia, on the Malaya Kokshaga River. Founded in 1584 as the fortress of Tsaryovokokshaysk, it was renamed Krasnokokshaysk in 1919 and received its present Mari name, meaning \"red city\", in 1927.",
 [("Yoshkar-Ola", "LOC"), ("Mari", "MISC"), ("Йошкар-Ола", "LOC"), ("Russian", "MISC"), ("Йошка́р-Ола́", "LOC"),
  ("Mari El Republic", "LOC"), ("Russia", "LOC"), ("Malaya Kokshaga River", "LOC"), ("Tsaryovokokshaysk", "LOC"),
  ("Krasnokokshaysk", "LOC"), ("Mari", "MISC")]),
# wP069
("Rebecca is a 1938 novel by the English author Daphne du Maurier, published by Victor Gollancz. Its unnamed narrator marries the widower Maxim de Winter and moves to Manderley, his estate in Cornwall, where the housekeeper Mrs Danvers keeps the memory of his first wife alive.",
 [("Rebecca", "MISC"), ("English", "MISC"), ("Daphne du Maurier", "PER"), ("Victor Gollancz", "ORG"), ("Maxim de Winter", "PER"),
  ("Manderley", "LOC"), ("Cornwall", "LOC"), ("Danvers", "PER")]),
# wP070
("SANTIAGO (Reuters) - Chile's Codelco said on Monday that output at its El Teniente mine, the world's largest underground copper mine, fell 4 percent in the first half after a tunnel collapse near Rancagua. The state miner's chairman, Máximo Pacheco, told reporters that repairs would take until October.",
 [("SANTIAGO", "LOC"), ("Reuters", "ORG"), ("Chile", "LOC"), ("Codelco", "ORG"), ("El Teniente", "LOC"), ("Rancagua", "LOC"),
  ("Máximo Pacheco", "PER")]),
# wP071
("Aitutaki is one of the Cook Islands, an almost-atoll about 220 kilometres north of Rarotonga. Its lagoon is ringed by small islets, and from 1951 Tasman Empire Airways Limited landed flying boats there on the Coral Route between Auckland and Tahiti.",
 [("Aitutaki", "LOC"), ("Cook Islands", "LOC"), ("Rarotonga", "LOC"), ("Tasman Empire Airways Limited", "ORG"), ("Coral Route", "LOC"),
  ("Auckland", "LOC"), ("Tahiti", "LOC")]),
# wP072
("Cabot Tower is a stone tower on Signal Hill in St. John's, Newfoundland and Labrador, built in 1898–1900 to mark the 400th anniversary of John Cabot's voyage. In December 1901 Guglielmo Marconi received the first transatlantic wireless signal at a site nearby, sent from Poldhu in Cornwall.",
 [("Cabot Tower", "LOC"), ("Signal Hill", "LOC"), ("St. John's", "LOC"), ("Newfoundland and Labrador", "LOC"), ("John Cabot", "PER"),
  ("Guglielmo Marconi", "PER"), ("Poldhu", "LOC"), ("Cornwall", "LOC")]),
# wP073
("The Rwenzori Mountains, also called the Mountains of the Moon, are a range on the border between Uganda and the Democratic Republic of the Congo. Its highest peak, Margherita Peak on Mount Stanley, reaches 5,109 metres, and the range is protected by Rwenzori Mountains National Park and Virunga National Park.",
 [("Rwenzori Mountains", "LOC"), ("Mountains of the Moon", "LOC"), ("Uganda", "LOC"), ("Democratic Republic of the Congo", "LOC"),
  ("Margherita Peak", "LOC"), ("Mount Stanley", "LOC"), ("Rwenzori Mountains National Park", "LOC"), ("Virunga National Park", "LOC")]),
# wP074
("\"Waltzing Matilda\" is an Australian bush ballad written in 1895 by the poet Banjo Paterson at Dagworth Station in Queensland, to a tune played by Christina Macpherson. It tells of a swagman who drowns himself in a billabong rather than be caught by the squatter and three troopers.",
 [("Waltzing Matilda", "MISC"), ("Australian", "MISC"), ("Banjo Paterson", "PER"), ("Dagworth Station", "LOC"), ("Queensland", "LOC"),
  ("Christina Macpherson", "PER")]),
# wP075
("The Kowloon Walled City was a densely populated enclave in Kowloon City, Hong Kong, that remained under nominal Chinese jurisdiction after the New Territories were leased to Britain in 1898. It was demolished in 1993–1994, and the Kowloon Walled City Park was built on the site.",
 [("Kowloon Walled City", "LOC"), ("Kowloon City", "LOC"), ("Hong Kong", "LOC"), ("Chinese", "MISC"), ("New Territories", "LOC"),
  ("Britain", "LOC"), ("Kowloon Walled City Park", "LOC")]),
# wP076
("Slane is a village on the River Boyne in County Meath, Ireland. Slane Castle, seat of the Conyngham family, has held open-air concerts since 1981, when Thin Lizzy and U2 played there, and the Hill of Slane is linked in legend with Saint Patrick.",
 [("Slane", "LOC"), ("River Boyne", "LOC"), ("County Meath", "LOC"), ("Ireland", "LOC"), ("Slane Castle", "LOC"),
  ("Conyngham", "PER"), ("Thin Lizzy", "ORG"), ("U2", "ORG"), ("Hill of Slane", "LOC"), ("Patrick", "PER")]),
# wP077
("Miranda v. Arizona was a 1966 decision of the United States Supreme Court holding that a suspect must be told of the right to remain silent and to a lawyer before police questioning. Ernesto Miranda had been arrested in Phoenix, Arizona, and his conviction was overturned in a 5–4 opinion written by Chief Justice Earl Warren.",
 [("Miranda v. Arizona", "MISC"), ("United States Supreme Court", "ORG"), ("Ernesto Miranda", "PER"), ("Phoenix", "LOC"),
  ("Arizona", "LOC"), ("Earl Warren", "PER")]),
# wP078
("Lençóis Maranhenses National Park (Portuguese: Parque Nacional dos Lençóis Maranhenses) is a protected area in the state of Maranhão, north-eastern Brazil. Its white dunes hold rain-fed lagoons between June and September, and the town of Barreirinhas on the Preguiças River is its main gateway.",
 [("Lençóis Maranhenses National Park", "LOC"), ("Portuguese", "MISC"), ("Parque Nacional dos Lençóis Maranhenses", "LOC"),
  ("Maranhão", "LOC"), ("Brazil", "LOC"), ("Barreirinhas", "LOC"), ("Preguiças River", "LOC")]),
# wP079
("The Canterbury Tales is a collection of 24 stories written in Middle English by Geoffrey Chaucer between 1387 and 1400. The tales are told by pilgrims riding from the Tabard Inn in Southwark to the shrine of Thomas Becket at Canterbury Cathedral.",
 [("The Canterbury Tales", "MISC"), ("Middle English", "MISC"), ("Geoffrey Chaucer", "PER"), ("Tabard Inn", "LOC"), ("Southwark", "LOC"),
  ("Thomas Becket", "PER"), ("Canterbury Cathedral", "LOC")]),
# wP080
("Ayutthaya (Thai: อยุธยา) was the capital of the Ayutthaya Kingdom from 1351 until it was sacked by the Burmese Konbaung army in 1767. Its ruins, on an island formed by the Chao Phraya, Pa Sak and Lopburi rivers, lie in Phra Nakhon Si Ayutthaya Province, north of Bangkok.",
 [("Ayutthaya", "LOC"), ("Thai", "MISC"), ("อยุธยา", "LOC"), ("Ayutthaya Kingdom", "LOC"), ("Burmese", "MISC"), ("Konbaung", "LOC"),
  ("Chao Phraya", "LOC"), ("Pa Sak", "LOC"), ("Lopburi", "LOC"), ("Phra Nakhon Si Ayutthaya Province", "LOC"), ("Bangkok", "LOC")]),
# wP081
("The 1993 Canadian federal election reduced the governing Progressive Conservative Party, led by Kim Campbell, to two seats in the House of Commons. Jean Chrétien's Liberals won a majority, while the Bloc Québécois under Lucien Bouchard became the official opposition and Preston Manning's Reform Party broke through in Western Canada.",
 [("Canadian", "MISC"), ("Progressive Conservative Party", "ORG"), ("Kim Campbell", "PER"), ("House of Commons", "ORG"),
  ("Jean Chrétien", "PER"), ("Liberals", "ORG"), ("Bloc Québécois", "ORG"), ("Lucien Bouchard", "PER"),
  ("Preston Manning", "PER"), ("Reform Party", "ORG"), ("Western Canada", "LOC")]),
# wP082
("The Avro Lancaster is a British four-engined heavy bomber of the Second World War, designed by Roy Chadwick and built by Avro at Woodford Aerodrome near Manchester. It is best known for Operation Chastise, the 1943 raid by No. 617 Squadron RAF on the Möhne and Eder dams in the Ruhr.",
 [("Avro Lancaster", "MISC"), ("British", "MISC"), ("Second World War", "MISC"), ("Roy Chadwick", "PER"), ("Avro", "ORG"),
  ("Woodford Aerodrome", "LOC"), ("Manchester", "LOC"), ("Operation Chastise", "MISC"), ("No. 617 Squadron RAF", "ORG"),
  ("Möhne", "LOC"), ("Eder", "LOC"), ("Ruhr", "LOC")]),
# wP083
("Kandy (Sinhala: මහනුවර, Mahanuwara; Tamil: கண்டி) is a city in the Central Province of Sri Lanka and the last capital of the Kandyan Kingdom. It lies among the hills of the Kandy plateau beside Kandy Lake, and the Temple of the Tooth holds a relic of the Buddha carried in the Esala Perahera procession each year.",
 [("Kandy", "LOC"), ("Sinhala", "MISC"), ("මහනුවර", "LOC"), ("Mahanuwara", "LOC"), ("Tamil", "MISC"), ("கண்டி", "LOC"),
  ("Central Province", "LOC"), ("Sri Lanka", "LOC"), ("Kandyan Kingdom", "LOC"), ("Kandy", "LOC"), ("Kandy Lake", "LOC"),
  ("Temple of the Tooth", "LOC"), ("Buddha", "PER"), ("Esala Perahera", "MISC")]),
# wP084
("Gallipoli is a 1981 Australian war film directed by Peter Weir and starring Mel Gibson and Mark Lee. It follows two young sprinters from Western Australia who enlist in the Australian Imperial Force and are sent to the Dardanelles, where they take part in the attack at the Nek in August 1915.",
 [("Gallipoli", "MISC"), ("Australian", "MISC"), ("Peter Weir", "PER"), ("Mel Gibson", "PER"), ("Mark Lee", "PER"),
  ("Western Australia", "LOC"), ("Australian Imperial Force", "ORG"), ("Dardanelles", "LOC"), ("Nek", "LOC")]),
# wP085
("Ploumanac'h is a small harbour village in the commune of Perros-Guirec, in the Côtes-d'Armor department of Brittany. It lies on the Pink Granite Coast (Côte de Granit Rose), and the Mean Ruz lighthouse, rebuilt in 1948 of the local pink stone, guards its entrance.",
 [("Ploumanac'h", "LOC"), ("Perros-Guirec", "LOC"), ("Côtes-d'Armor", "LOC"), ("Brittany", "LOC"), ("Pink Granite Coast", "LOC"),
  ("Côte de Granit Rose", "LOC"), ("Mean Ruz", "LOC")]),
# wP086
("The Ganges Water Treaty was signed in New Delhi on 12 December 1996 by Prime Minister H. D. Deve Gowda of India and Prime Minister Sheikh Hasina of Bangladesh. It set out how the dry-season flow of the Ganges at the Farakka Barrage would be shared between the two countries for thirty years.",
 [("Ganges Water Treaty", "MISC"), ("New Delhi", "LOC"), ("H. D. Deve Gowda", "PER"), ("India", "LOC"), ("Sheikh Hasina", "PER"),
  ("Bangladesh", "LOC"), ("Ganges", "LOC"), ("Farakka Barrage", "LOC")]),
# wP087
("Pokémon Red and Blue are 1996 role-playing video games developed by Game Freak and published by Nintendo for the Game Boy. Created by Satoshi Tajiri, they are set in the fictional Kanto region, where the player leaves Pallet Town to collect creatures and challenge eight Gym Leaders.",
 [("Pokémon Red and Blue", "MISC"), ("Game Freak", "ORG"), ("Nintendo", "ORG"), ("Game Boy", "MISC"), ("Satoshi Tajiri", "PER"),
  ("Kanto", "LOC"), ("Pallet Town", "LOC")]),
# wP088
("Hurricane Katrina made landfall in southeast Louisiana on 29 August 2005 as a Category 3 storm. The failure of levees maintained by the U.S. Army Corps of Engineers flooded about 80 percent of New Orleans, and the Federal Emergency Management Agency was widely criticised for its response.",
 [("Hurricane Katrina", "MISC"), ("Louisiana", "LOC"), ("U.S. Army Corps of Engineers", "ORG"), ("New Orleans", "LOC"),
  ("Federal Emergency Management Agency", "ORG")]),
# wP089
("Kakadu National Park is a protected area in the Northern Territory of Australia, 171 kilometres south-east of Darwin. Jointly managed by its Bininj and Mungguy traditional owners and Parks Australia, it holds the rock art galleries of Ubirr and Nourlangie and the floodplains of the South Alligator River.",
 [("Kakadu National Park", "LOC"), ("Northern Territory", "LOC"), ("Australia", "LOC"), ("Darwin", "LOC"), ("Bininj", "MISC"),
  ("Mungguy", "MISC"), ("Parks Australia", "ORG"), ("Ubirr", "LOC"), ("Nourlangie", "LOC"), ("South Alligator River", "LOC")]),
# wP090
("Alhambra is a village in Madison County, Illinois, United States, with a population of 630 at the 2020 census. It is part of the Metro East area of Greater St. Louis and lies along Illinois Route 140, a few miles east of Interstate 55.",
 [("Alhambra", "LOC"), ("Madison County", "LOC"), ("Illinois", "LOC"), ("United States", "LOC"), ("Metro East", "LOC"),
  ("Greater St. Louis", "LOC"), ("Illinois Route 140", "LOC"), ("Interstate 55", "LOC")]),
# wP091
("The First Battle of Panipat was fought on 21 April 1526 north of Delhi, near the town of Panipat in present-day Haryana, India. Babur, a Timurid prince from Kabul, defeated Ibrahim Lodi, the last sultan of the Lodi dynasty, using field guns and a wagon laager, and founded the Mughal Empire.",
 [("First Battle of Panipat", "MISC"), ("Delhi", "LOC"), ("Panipat", "LOC"), ("Haryana", "LOC"), ("India", "LOC"),
  ("Babur", "PER"), ("Timurid", "MISC"), ("Kabul", "LOC"), ("Ibrahim Lodi", "PER"), ("Lodi", "LOC"),
  ("Mughal Empire", "LOC")]),
# wP092
("Glendalough (Irish: Gleann Dá Loch, meaning \"valley of the two lakes\") is a glacial valley in County Wicklow, Ireland, known for its early medieval monastic settlement. The monastery was founded in the sixth century by Saint Kevin, and its round tower stands near the Upper Lake in Wicklow Mountains National Park.",
 [("Glendalough", "LOC"), ("Irish", "MISC"), ("Gleann Dá Loch", "LOC"), ("County Wicklow", "LOC"), ("Ireland", "LOC"),
  ("Kevin", "PER"), ("Upper Lake", "LOC"), ("Wicklow Mountains National Park", "LOC")]),
# wP093
("LONDON (Reuters) - Network Rail said on Thursday that the Severn Tunnel would close for six weeks next spring while engineers replace drainage pumps, diverting trains between Bristol and Cardiff via Gloucester. Great Western Railway will run replacement buses over the Prince of Wales Bridge.",
 [("LONDON", "LOC"), ("Reuters", "ORG"), ("Network Rail", "ORG"), ("Severn Tunnel", "LOC"), ("Bristol", "LOC"), ("Cardiff", "LOC"),
  ("Gloucester", "LOC"), ("Great Western Railway", "ORG"), ("Prince of Wales Bridge", "LOC")]),
# wP094
("\"Bohemian Rhapsody\" is a song by the British rock band Queen, written by its lead singer Freddie Mercury for the 1975 album A Night at the Opera. Recorded at Rockfield Studios in Monmouthshire and released by EMI, it spent nine weeks at number one in the United Kingdom.",
 [("Bohemian Rhapsody", "MISC"), ("British", "MISC"), ("Queen", "ORG"), ("Freddie Mercury", "PER"), ("A Night at the Opera", "MISC"),
  ("Rockfield Studios", "LOC"), ("Monmouthshire", "LOC"), ("EMI", "ORG"), ("United Kingdom", "LOC")]),
# wP095
("Lake Malawi, known in Mozambique as Lago Niassa and in Tanzania as Lake Nyasa, is the fifth-largest freshwater lake in the world by volume. The Shire River drains it southwards into the Zambezi, and Lake Malawi National Park at Cape Maclear protects hundreds of species of cichlid fish.",
 [("Lake Malawi", "LOC"), ("Mozambique", "LOC"), ("Lago Niassa", "LOC"), ("Tanzania", "LOC"), ("Lake Nyasa", "LOC"),
  ("Shire River", "LOC"), ("Zambezi", "LOC"), ("Lake Malawi National Park", "LOC"), ("Cape Maclear", "LOC")]),
# wP096
("Waitangi is a locality in the Bay of Islands in Northland, New Zealand, on the north bank of the Waitangi River opposite Paihia. The Treaty House there, built for the British Resident James Busby in 1833, is where the Treaty of Waitangi was first signed by Māori chiefs and British officials on 6 February 1840.",
 [("Waitangi", "LOC"), ("Bay of Islands", "LOC"), ("Northland", "LOC"), ("New Zealand", "LOC"), ("Waitangi River", "LOC"),
  ("Paihia", "LOC"), ("Treaty House", "LOC"), ("British", "MISC"), ("James Busby", "PER"), ("Treaty of Waitangi", "MISC"),
  ("Māori", "MISC"), ("British", "MISC")]),
# wP097
("Chichén Itzá is a large pre-Columbian city built by the Maya people in the municipality of Tinúm, Yucatán State, Mexico. Its best-known building, El Castillo, also called the Temple of Kukulcán, casts a serpent-shaped shadow on its northern stairway at the equinoxes.",
 [("Chichén Itzá", "LOC"), ("Maya", "MISC"), ("Tinúm", "LOC"), ("Yucatán State", "LOC"), ("Mexico", "LOC"), ("El Castillo", "LOC"),
  ("Temple of Kukulcán", "LOC")]),
# wP098
("Anne of Green Gables is a 1908 novel by the Canadian author Lucy Maud Montgomery, published by L.C. Page & Co. of Boston. It follows Anne Shirley, an orphan sent by mistake to Matthew and Marilla Cuthbert on their farm in Avonlea, a fictional town on Prince Edward Island.",
 [("Anne of Green Gables", "MISC"), ("Canadian", "MISC"), ("Lucy Maud Montgomery", "PER"), ("L.C. Page & Co.", "ORG"), ("Boston", "LOC"),
  ("Anne Shirley", "PER"), ("Matthew", "PER"), ("Marilla Cuthbert", "PER"), ("Avonlea", "LOC"), ("Prince Edward Island", "LOC")]),
# wP099
("The Gotthard Base Tunnel is a railway tunnel through the Alps in Switzerland, running 57 kilometres between Erstfeld in the canton of Uri and Bodio in Ticino. Built by AlpTransit Gotthard AG and opened in 2016, it is the longest railway tunnel in the world.",
 [("Gotthard Base Tunnel", "LOC"), ("Alps", "LOC"), ("Switzerland", "LOC"), ("Erstfeld", "LOC"), ("Uri", "LOC"), ("Bodio", "LOC"),
  ("Ticino", "LOC"), ("AlpTransit Gotthard AG", "ORG")]),
# wP100
("Khe Sanh is a township in Hướng Hóa District, Quảng Trị Province, in central Vietnam near the border with Laos. In 1968 the Khe Sanh Combat Base, held by the 26th Marine Regiment, was besieged for 77 days by divisions of the People's Army of Vietnam.",
 [("Khe Sanh", "LOC"), ("Hướng Hóa District", "LOC"), ("Quảng Trị Province", "LOC"), ("Vietnam", "LOC"), ("Laos", "LOC"),
  ("Khe Sanh Combat Base", "LOC"), ("26th Marine Regiment", "ORG"), ("People's Army of Vietnam", "ORG")]),
# wP101
("Breaux Bridge is a city in St. Martin Parish, Louisiana, on the banks of Bayou Teche. Known as the Crawfish Capital of the World, it holds the Breaux Bridge Crawfish Festival each May, and its Cajun and Creole dance halls draw visitors from Lafayette, ten miles to the west.",
 [("Breaux Bridge", "LOC"), ("St. Martin Parish", "LOC"), ("Louisiana", "LOC"), ("Bayou Teche", "LOC"), ("Crawfish Capital of the World", "LOC"),
  ("Breaux Bridge Crawfish Festival", "MISC"), ("Cajun", "MISC"), ("Creole", "MISC"), ("Lafayette", "LOC")]),
# wP102
("Port Antonio is the capital of the parish of Portland on the north-east coast of Jamaica, about 100 kilometres from Kingston. Its twin harbours are divided by the Titchfield peninsula, and the actor Errol Flynn, who owned nearby Navy Island, made rafting on the Rio Grande popular with tourists.",
 [("Port Antonio", "LOC"), ("Portland", "LOC"), ("Jamaica", "LOC"), ("Kingston", "LOC"), ("Titchfield", "LOC"), ("Errol Flynn", "PER"),
  ("Navy Island", "LOC"), ("Rio Grande", "LOC")]),
# wP103
("RMS Lusitania was a British ocean liner of the Cunard Line, built by John Brown & Company at Clydebank. On 7 May 1915 she was torpedoed by the German submarine U-20 off the Old Head of Kinsale, and 1,198 passengers and crew died, among them the American millionaire Alfred Gwynne Vanderbilt.",
 [("RMS Lusitania", "MISC"), ("British", "MISC"), ("Cunard Line", "ORG"), ("John Brown & Company", "ORG"), ("Clydebank", "LOC"),
  ("German", "MISC"), ("U-20", "MISC"), ("Old Head of Kinsale", "LOC"), ("American", "MISC"), ("Alfred Gwynne Vanderbilt", "PER")]),
# wP104
("Harar (Harari: Gē; Oromo: Adare Biyyo) is a walled city in eastern Ethiopia and the capital of the Harari Region. Its wall, the Jugol, was built in the sixteenth century under Emir Nur ibn Mujahid, and the French poet Arthur Rimbaud traded coffee from a house in the old town in the 1880s.",
 [("Harar", "LOC"), ("Harari", "MISC"), ("Gē", "LOC"), ("Oromo", "MISC"), ("Adare Biyyo", "LOC"),
  ("Ethiopia", "LOC"), ("Harari Region", "LOC"), ("Jugol", "LOC"), ("Nur ibn Mujahid", "PER"), ("French", "MISC"),
  ("Arthur Rimbaud", "PER")]),
# wP105
("The Brooklyn Bridge is a hybrid cable-stayed suspension bridge in New York City, spanning the East River between Manhattan and Brooklyn. Designed by John A. Roebling and completed under the direction of his son Washington Roebling and Emily Warren Roebling, it opened on 24 May 1883.",
 [("Brooklyn Bridge", "LOC"), ("New York City", "LOC"), ("East River", "LOC"), ("Manhattan", "LOC"), ("Brooklyn", "LOC"),
  ("John A. Roebling", "PER"), ("Washington Roebling", "PER"), ("Emily Warren Roebling", "PER")]),
# wP106
("Kawerau is a town in the Bay of Plenty Region of New Zealand's North Island, below the volcano Putauaki (Mount Edgecumbe). It was built in the 1950s for workers of the Tasman Pulp and Paper Company mill on the Tarawera River, on land of the Ngāti Tūwharetoa ki Kawerau iwi.",
 [("Kawerau", "LOC"), ("Bay of Plenty Region", "LOC"), ("New Zealand", "LOC"), ("North Island", "LOC"), ("Putauaki", "LOC"),
  ("Mount Edgecumbe", "LOC"), ("Tasman Pulp and Paper Company", "ORG"), ("Tarawera River", "LOC"), ("Ngāti Tūwharetoa ki Kawerau", "MISC")]),
# wP107
("The Suez Crisis of 1956 began when Egypt's president Gamal Abdel Nasser nationalised the Suez Canal Company. Israel invaded the Sinai Peninsula, and Britain and France landed troops at Port Said, until pressure from the United States and the United Nations forced them to withdraw.",
 [("Suez Crisis", "MISC"), ("Egypt", "LOC"), ("Gamal Abdel Nasser", "PER"), ("Suez Canal Company", "ORG"), ("Israel", "LOC"),
  ("Sinai Peninsula", "LOC"), ("Britain", "LOC"), ("France", "LOC"), ("Port Said", "LOC"), ("United States", "LOC"), ("United Nations", "ORG")]),
# wP108
("Tlacotalpan is a town and municipality in the state of Veracruz, Mexico, on the banks of the Papaloapan River. Its colonnaded houses painted in bright colours date from its days as a river port, and the composer Agustín Lara, whose museum stands in the town, spent part of his youth there.",
 [("Tlacotalpan", "LOC"), ("Veracruz", "LOC"), ("Mexico", "LOC"), ("Papaloapan River", "LOC"), ("Agustín Lara", "PER")]),
# wP109
("Wuthering Heights is the only novel by the English writer Emily Brontë, published in 1847 under the pen name Ellis Bell by Thomas Cautley Newby. Set on the Yorkshire moors, it tells of the love between Catherine Earnshaw and the foundling Heathcliff and of the two houses of Wuthering Heights and Thrushcross Grange.",
 [("Wuthering Heights", "MISC"), ("English", "MISC"), ("Emily Brontë", "PER"), ("Ellis Bell", "PER"), ("Thomas Cautley Newby", "ORG"),
  ("Yorkshire", "LOC"), ("Catherine Earnshaw", "PER"), ("Heathcliff", "PER"), ("Wuthering Heights", "LOC"), ("Thrushcross Grange", "LOC")]),
# wP110
("Lake Bled (Slovene: Blejsko jezero) is a glacial lake in the Julian Alps of north-western Slovenia, beside the town of Bled in the Upper Carniola region. On its only island stands the Church of the Assumption, and Bled Castle, first mentioned in 1011, looks down on the lake from a cliff on its northern shore.",
 [("Lake Bled", "LOC"), ("Slovene", "MISC"), ("Blejsko jezero", "LOC"), ("Julian Alps", "LOC"), ("Slovenia", "LOC"),
  ("Bled", "LOC"), ("Upper Carniola", "LOC"), ("Church of the Assumption", "LOC"), ("Bled Castle", "LOC")]),
# wP111
("Donoghue v Stevenson was a 1932 decision of the House of Lords that founded the modern law of negligence in Scotland and England. May Donoghue said she fell ill after drinking ginger beer containing a decomposed snail in the Wellmeadow Café in Paisley, and Lord Atkin set out the \"neighbour principle\" in the leading judgment.",
 [("Donoghue v Stevenson", "MISC"), ("House of Lords", "ORG"), ("Scotland", "LOC"), ("England", "LOC"), ("May Donoghue", "PER"),
  ("Wellmeadow Café", "LOC"), ("Paisley", "LOC"), ("Atkin", "PER")]),
# wP112
("Stirling Castle, one of the largest castles in Scotland, stands on Castle Hill, a volcanic crag above the River Forth in Stirling. Several Scottish monarchs, including Mary, Queen of Scots, were crowned there, and the Wallace Monument on Abbey Craig faces it across the valley.",
 [("Stirling Castle", "LOC"), ("Scotland", "LOC"), ("Castle Hill", "LOC"), ("River Forth", "LOC"), ("Stirling", "LOC"),
  ("Scottish", "MISC"), ("Mary, Queen of Scots", "PER"), ("Wallace Monument", "LOC"), ("Abbey Craig", "LOC")]),
# wP113
("Mdina (Maltese: L-Imdina), also called the Silent City, is a fortified town on a hill in the Northern Region of Malta, which served as the island's capital until the Knights Hospitaller moved it to Birgu in 1530. St. Paul's Cathedral, rebuilt by Lorenzo Gafà after the earthquake of 1693, stands at its centre, and the suburb of Rabat lies outside its walls.",
 [("Mdina", "LOC"), ("Maltese", "MISC"), ("L-Imdina", "LOC"), ("Silent City", "LOC"), ("Northern Region", "LOC"),
  ("Malta", "LOC"), ("Knights Hospitaller", "ORG"), ("Birgu", "LOC"), ("St. Paul's Cathedral", "LOC"), ("Lorenzo Gafà", "PER"),
  ("Rabat", "LOC")]),
# wP114
("\"Zombie\" is a protest song by the Irish rock band the Cranberries, written by their singer Dolores O'Riordan in memory of two boys killed in the IRA bombing in Warrington in 1993. Released on Island Records as the lead single from No Need to Argue (1994), it topped the charts in Australia, Belgium, Denmark and France.",
 [("Zombie", "MISC"), ("Irish", "MISC"), ("Cranberries", "ORG"), ("Dolores O'Riordan", "PER"), ("IRA", "ORG"), ("Warrington", "LOC"),
  ("Island Records", "ORG"), ("No Need to Argue", "MISC"), ("Australia", "LOC"), ("Belgium", "LOC"), ("Denmark", "LOC"), ("France", "LOC")]),
# wP115
("Moose Jaw is a city in south-central Saskatchewan, Canada, on the Moose Jaw River at its meeting with Thunder Creek. It lies on the Trans-Canada Highway west of Regina, and 15 Wing Moose Jaw, home of the Snowbirds aerobatic team of the Royal Canadian Air Force, is just south of the city.",
 [("Moose Jaw", "LOC"), ("Saskatchewan", "LOC"), ("Canada", "LOC"), ("Moose Jaw River", "LOC"), ("Thunder Creek", "LOC"),
  ("Trans-Canada Highway", "LOC"), ("Regina", "LOC"), ("15 Wing Moose Jaw", "LOC"), ("Snowbirds", "ORG"), ("Royal Canadian Air Force", "ORG")]),
# wP116
("The Battle of Blood River (Afrikaans: Slag van Bloedrivier; Zulu: iMpi yaseNcome) was fought on 16 December 1838 on the bank of the Ncome River in what is now KwaZulu-Natal. About 470 Voortrekkers under Andries Pretorius defeated a Zulu army sent by King Dingane, and the day was later marked as the Day of the Vow.",
 [("Battle of Blood River", "MISC"), ("Afrikaans", "MISC"), ("Slag van Bloedrivier", "MISC"), ("Zulu", "MISC"), ("iMpi yaseNcome", "MISC"),
  ("Ncome River", "LOC"), ("KwaZulu-Natal", "LOC"), ("Voortrekkers", "MISC"), ("Andries Pretorius", "PER"), ("Zulu", "MISC"),
  ("Dingane", "PER"), ("Day of the Vow", "MISC")]),
# wP117
("Neighbours is an Australian television soap opera created by Reg Watson and first broadcast on the Seven Network in March 1985, before moving to Network Ten. Set in Ramsay Street, a cul-de-sac in the fictional Melbourne suburb of Erinsborough, it launched the careers of Kylie Minogue, Jason Donovan and Margot Robbie.",
 [("Neighbours", "MISC"), ("Australian", "MISC"), ("Reg Watson", "PER"), ("Seven Network", "ORG"), ("Network Ten", "ORG"),
  ("Ramsay Street", "LOC"), ("Melbourne", "LOC"), ("Erinsborough", "LOC"), ("Kylie Minogue", "PER"), ("Jason Donovan", "PER"),
  ("Margot Robbie", "PER")]),
# wP118
("Castellfollit de la Roca is a village in the comarca of Garrotxa, in the province of Girona, Catalonia, Spain. Its houses line the top of a basalt cliff about 50 metres high between the rivers Fluvià and Toronell, inside the Garrotxa Volcanic Zone Natural Park.",
 [("Castellfollit de la Roca", "LOC"), ("Garrotxa", "LOC"), ("Girona", "LOC"), ("Catalonia", "LOC"), ("Spain", "LOC"), ("Fluvià", "LOC"),
  ("Toronell", "LOC"), ("Garrotxa Volcanic Zone Natural Park", "LOC")]),
# wP119
("The Boeing 747 is a wide-body airliner developed by Boeing in Everett, Washington, and first flown on 9 February 1969. Pan American World Airways put it into service on the New York to London route in January 1970, and the Jumbo Jet held the record for passenger capacity for 37 years, until the Airbus A380.",
 [("Boeing 747", "MISC"), ("Boeing", "ORG"), ("Everett", "LOC"), ("Washington", "LOC"), ("Pan American World Airways", "ORG"),
  ("New York", "LOC"), ("London", "LOC"), ("Jumbo Jet", "MISC"), ("Airbus A380", "MISC")]),
# wP120
("Ollantaytambo (Quechua: Ullantaytampu) is a town and Inca archaeological site in the Urubamba Province of the Cusco Region, Peru. It lies in the Sacred Valley where the Patakancha River meets the Urubamba, and Manco Inca held off a Spanish force under Hernando Pizarro there in 1537.",
 [("Ollantaytambo", "LOC"), ("Quechua", "MISC"), ("Ullantaytampu", "LOC"), ("Inca", "MISC"), ("Urubamba Province", "LOC"),
  ("Cusco Region", "LOC"), ("Peru", "LOC"), ("Sacred Valley", "LOC"), ("Patakancha River", "LOC"), ("Urubamba", "LOC"),
  ("Manco Inca", "PER"), ("Spanish", "MISC"), ("Hernando Pizarro", "PER")]),
# wP121
("Tiwanaku (Spanish: Tiahuanaco) is a pre-Columbian archaeological site in the Ingavi Province of La Paz Department, western Bolivia, near the southern shore of Lake Titicaca. Its Gateway of the Sun and the Akapana pyramid were built by a state that flourished between about 500 and 1000 AD.",
 [("Tiwanaku", "LOC"), ("Spanish", "MISC"), ("Tiahuanaco", "LOC"), ("Ingavi Province", "LOC"), ("La Paz Department", "LOC"),
  ("Bolivia", "LOC"), ("Lake Titicaca", "LOC"), ("Gateway of the Sun", "LOC"), ("Akapana", "LOC")]),
# wP122
("Baalbek (Arabic: بعلبك) is a city in the Beqaa Valley of Lebanon, about 85 kilometres north-east of Beirut. Known in Roman times as Heliopolis, it holds the Temple of Bacchus and the six standing columns of the Temple of Jupiter, and the Baalbeck International Festival has been staged among the ruins since 1956.",
 [("Baalbek", "LOC"), ("Arabic", "MISC"), ("بعلبك", "LOC"), ("Beqaa Valley", "LOC"), ("Lebanon", "LOC"),
  ("Beirut", "LOC"), ("Roman", "MISC"), ("Heliopolis", "LOC"), ("Temple of Bacchus", "LOC"), ("Temple of Jupiter", "LOC"),
  ("Baalbeck International Festival", "MISC")]),
# wP123
("The Great Fire of London swept through the City of London from 2 to 6 September 1666, starting in Thomas Farriner's bakery on Pudding Lane. It destroyed 13,200 houses and Old St Paul's Cathedral, and the diarist Samuel Pepys recorded its spread.",
 [("Great Fire of London", "MISC"), ("City of London", "LOC"), ("Thomas Farriner", "PER"), ("Pudding Lane", "LOC"),
  ("Old St Paul's Cathedral", "LOC"), ("Samuel Pepys", "PER")]),
# wP124
("Shahrisabz (Uzbek: Shahrisabz; Persian: شهر سبز, \"green city\") is a town in the Qashqadaryo Region of Uzbekistan, about 80 kilometres south of Samarkand. It was the birthplace of Timur, who began his Ak-Saray Palace there in 1380, and only the ruined towers of its gate still stand.",
 [("Shahrisabz", "LOC"), ("Uzbek", "MISC"), ("Shahrisabz", "LOC"), ("Persian", "MISC"), ("شهر سبز", "LOC"),
  ("Qashqadaryo Region", "LOC"), ("Uzbekistan", "LOC"), ("Samarkand", "LOC"), ("Timur", "PER"), ("Ak-Saray Palace", "LOC")]),
# wP125
("Killarney National Park is a protected area near the town of Killarney in County Kerry, the first national park in Ireland. It was formed in 1932 when the Muckross Estate was given to the Irish Free State by Arthur Vincent and his parents-in-law, and it holds the Lakes of Killarney and Ireland's only native herd of red deer.",
 [("Killarney National Park", "LOC"), ("Killarney", "LOC"), ("County Kerry", "LOC"), ("Ireland", "LOC"), ("Muckross Estate", "LOC"),
  ("Irish Free State", "LOC"), ("Arthur Vincent", "PER"), ("Lakes of Killarney", "LOC"), ("Ireland", "LOC")]),
# wP126
("The Pacific War began for the United States with the Japanese attack on Pearl Harbor, Hawaii, on 7 December 1941. Aircraft from six carriers of the Imperial Japanese Navy, commanded by Vice Admiral Chūichi Nagumo, sank or damaged eight battleships of the U.S. Pacific Fleet, among them USS Arizona.",
 [("Pacific War", "MISC"), ("United States", "LOC"), ("Japanese", "MISC"), ("Pearl Harbor", "LOC"), ("Hawaii", "LOC"),
  ("Imperial Japanese Navy", "ORG"), ("Chūichi Nagumo", "PER"), ("U.S. Pacific Fleet", "ORG"), ("USS Arizona", "MISC")]),
# wP127
("Moby-Dick; or, The Whale is an 1851 novel by the American writer Herman Melville, first published in London by Richard Bentley as The Whale. The sailor Ishmael tells of the voyage of the whaler Pequod out of Nantucket, whose captain, Ahab, hunts the white whale that took his leg.",
 [("Moby-Dick; or, The Whale", "MISC"), ("American", "MISC"), ("Herman Melville", "PER"), ("London", "LOC"), ("Richard Bentley", "ORG"),
  ("The Whale", "MISC"), ("Ishmael", "PER"), ("Pequod", "MISC"), ("Nantucket", "LOC"), ("Ahab", "PER")]),
# wP128
("Gorée (Wolof: Beer) is a small island in the Atlantic Ocean off the coast of Dakar, part of the commune of Dakar-Plateau in Senegal. Held in turn by the Portuguese, Dutch, English and French, it is best known for the Maison des Esclaves, opened as a museum in 1962 by the curator Boubacar Joseph Ndiaye.",
 [("Gorée", "LOC"), ("Wolof", "MISC"), ("Beer", "LOC"), ("Atlantic Ocean", "LOC"), ("Dakar", "LOC"), ("Dakar-Plateau", "LOC"),
  ("Senegal", "LOC"), ("Portuguese", "MISC"), ("Dutch", "MISC"), ("English", "MISC"), ("French", "MISC"), ("Maison des Esclaves", "ORG"),
  ("Boubacar Joseph Ndiaye", "PER")]),
# wP129
("Llandudno is a seaside resort in Conwy County Borough, north Wales, on a peninsula between the Great Orme and the Little Orme. Its Victorian pier, 700 metres long, opened in 1877, and the Great Orme Tramway has carried passengers to the summit since 1902.",
 [("Llandudno", "LOC"), ("Conwy County Borough", "LOC"), ("Wales", "LOC"), ("Great Orme", "LOC"), ("Little Orme", "LOC"),
  ("Victorian", "MISC"), ("Great Orme Tramway", "LOC")]),
# wP130
("WINNIPEG, Manitoba (CP) - The Red River crested at 7.2 metres at James Avenue on Sunday, the city said, well below the 1997 flood but high enough to close Kildonan Park. Premier Wab Kinew said the Red River Floodway had diverted more than half the flow around Winnipeg.",
 [("WINNIPEG", "LOC"), ("Manitoba", "LOC"), ("CP", "ORG"), ("Red River", "LOC"), ("James Avenue", "LOC"), ("Kildonan Park", "LOC"),
  ("Wab Kinew", "PER"), ("Red River Floodway", "LOC"), ("Winnipeg", "LOC")]),
# wP131
("The Aswan High Dam is an embankment dam across the Nile at Aswan, in southern Egypt, completed in 1970 with Soviet help. Its reservoir, Lake Nasser, forced the relocation of tens of thousands of Nubians, and the temples of Abu Simbel were cut apart and moved to higher ground by a UNESCO campaign.",
 [("Aswan High Dam", "LOC"), ("Nile", "LOC"), ("Aswan", "LOC"), ("Egypt", "LOC"), ("Soviet", "MISC"), ("Lake Nasser", "LOC"),
  ("Nubians", "MISC"), ("Abu Simbel", "LOC"), ("UNESCO", "ORG")]),
# wP132
("The Lord of the Rings: The Fellowship of the Ring is a 2001 fantasy film directed by Peter Jackson and released by New Line Cinema. Filmed in New Zealand, it used the Tongariro National Park area for Mordor and Matamata for the Shire, and it starred Elijah Wood as Frodo Baggins and Ian McKellen as Gandalf.",
 [("The Lord of the Rings: The Fellowship of the Ring", "MISC"), ("Peter Jackson", "PER"), ("New Line Cinema", "ORG"), ("New Zealand", "LOC"),
  ("Tongariro National Park", "LOC"), ("Mordor", "LOC"), ("Matamata", "LOC"), ("Shire", "LOC"), ("Elijah Wood", "PER"),
  ("Frodo Baggins", "PER"), ("Ian McKellen", "PER"), ("Gandalf", "PER")]),
# wP133
("Ouray is a home rule municipality and the county seat of Ouray County, Colorado, set in a box canyon of the San Juan Mountains. Named after the Ute chief Ouray, it grew as a silver-mining camp in the 1870s and lies on U.S. Route 550, the Million Dollar Highway to Silverton.",
 [("Ouray", "LOC"), ("Ouray County", "LOC"), ("Colorado", "LOC"), ("San Juan Mountains", "LOC"), ("Ute", "MISC"), ("Ouray", "PER"),
  ("U.S. Route 550", "LOC"), ("Million Dollar Highway", "LOC"), ("Silverton", "LOC")]),
# wP134
("The Treaty of Roskilde (Danish: Roskildefreden; Swedish: Freden i Roskilde) was concluded on 26 February 1658 in the Danish town of Roskilde, after Charles X Gustav of Sweden had marched his army across the frozen Little Belt and Great Belt. Frederick III of Denmark–Norway gave up Scania, Halland, Blekinge and Bornholm, and the border between the two kingdoms has run along the Øresund ever since.",
 [("Treaty of Roskilde", "MISC"), ("Danish", "MISC"), ("Roskildefreden", "MISC"), ("Swedish", "MISC"), ("Freden i Roskilde", "MISC"),
  ("Danish", "MISC"), ("Roskilde", "LOC"), ("Charles X Gustav", "PER"), ("Sweden", "LOC"), ("Little Belt", "LOC"),
  ("Great Belt", "LOC"), ("Frederick III", "PER"), ("Denmark–Norway", "LOC"), ("Scania", "LOC"), ("Halland", "LOC"),
  ("Blekinge", "LOC"), ("Bornholm", "LOC"), ("Øresund", "LOC")]),
# wP135
("When we moved to Penrith I was nine, and the first thing my father did was drive us out to Ullswater to hire a rowing boat from the jetty at Glenridding. He said Wordsworth had walked the shore at Gowbarrow Park and seen his daffodils there, and we believed him.",
 [("Penrith", "LOC"), ("Ullswater", "LOC"), ("Glenridding", "LOC"), ("Wordsworth", "PER"), ("Gowbarrow Park", "LOC")]),
# wP136
("Savaiʻi is the largest island of Samoa and the largest in Polynesia outside New Zealand and Hawaiʻi. Its volcano Mount Matavanu erupted from 1905 to 1911, burying villages in the Gagaʻifomauga district, and the ferry from Upolu lands at Salelologa.",
 [("Savaiʻi", "LOC"), ("Samoa", "LOC"), ("Polynesia", "LOC"), ("New Zealand", "LOC"), ("Hawaiʻi", "LOC"),
  ("Mount Matavanu", "LOC"), ("Gagaʻifomauga", "LOC"), ("Upolu", "LOC"), ("Salelologa", "LOC")]),
# wP137
("The Eiffel Tower (French: tour Eiffel) is a wrought-iron lattice tower on the Champ de Mars in Paris, named after the engineer Gustave Eiffel, whose company designed and built it. It was the entrance arch of the Exposition Universelle of 1889, and its design is credited to Maurice Koechlin and Émile Nouguier.",
 [("Eiffel Tower", "LOC"), ("French", "MISC"), ("tour Eiffel", "LOC"), ("Champ de Mars", "LOC"), ("Paris", "LOC"), ("Gustave Eiffel", "PER"),
  ("Exposition Universelle", "MISC"), ("Maurice Koechlin", "PER"), ("Émile Nouguier", "PER")]),
# wP138
("Windsor Park is a football stadium in south Belfast, Northern Ireland, the home ground of Linfield F.C. and of the Northern Ireland national team. Players such as George Best, Pat Jennings and David Healy played for Northern Ireland there, and it was rebuilt between 2014 and 2016 with money from the Northern Ireland Executive.",
 [("Windsor Park", "LOC"), ("Belfast", "LOC"), ("Northern Ireland", "LOC"), ("Linfield F.C.", "ORG"), ("Northern Ireland", "LOC"),
  ("George Best", "PER"), ("Pat Jennings", "PER"), ("David Healy", "PER"), ("Northern Ireland", "LOC"), ("Northern Ireland Executive", "ORG")]),
# wP139
("Robben Island (Afrikaans: Robbeneiland) is an island in Table Bay, about 7 kilometres west of Bloubergstrand in Cape Town, South Africa. Nelson Mandela spent 18 of his 27 years in prison there, alongside Walter Sisulu and other leaders of the African National Congress, and the Robben Island Museum has run the site since 1997.",
 [("Robben Island", "LOC"), ("Afrikaans", "MISC"), ("Robbeneiland", "LOC"), ("Table Bay", "LOC"), ("Bloubergstrand", "LOC"),
  ("Cape Town", "LOC"), ("South Africa", "LOC"), ("Nelson Mandela", "PER"), ("Walter Sisulu", "PER"), ("African National Congress", "ORG"),
  ("Robben Island Museum", "ORG")]),
# wP140
("Haworth is a village in the City of Bradford metropolitan borough, West Yorkshire, England, in the Pennines above the Worth Valley. The Brontë sisters Charlotte, Emily and Anne lived at its parsonage, now the Brontë Parsonage Museum, and the Keighley and Worth Valley Railway stops at its station.",
 [("Haworth", "LOC"), ("City of Bradford", "LOC"), ("West Yorkshire", "LOC"), ("England", "LOC"), ("Pennines", "LOC"), ("Worth Valley", "LOC"),
  ("Brontë", "PER"), ("Charlotte", "PER"), ("Emily", "PER"), ("Anne", "PER"), ("Brontë Parsonage Museum", "ORG"),
  ("Keighley and Worth Valley Railway", "LOC")]),
# wP141
("Hurricane Andrew was a Category 5 Atlantic hurricane that struck the Bahamas, southern Florida and Louisiana in August 1992. It destroyed more than 63,000 homes in Miami-Dade County, levelling much of Homestead and Homestead Air Force Base, and the National Hurricane Center later raised its peak winds to 165 miles per hour.",
 [("Hurricane Andrew", "MISC"), ("Atlantic", "LOC"), ("Bahamas", "LOC"), ("Florida", "LOC"), ("Louisiana", "LOC"),
  ("Miami-Dade County", "LOC"), ("Homestead", "LOC"), ("Homestead Air Force Base", "LOC"), ("National Hurricane Center", "ORG")]),
# wP142
("Carcassonne (Occitan: Carcassona) is a fortified town in the Aude department of Occitania, southern France, on the river Aude. Its medieval citadel, the Cité de Carcassonne, was restored from 1853 by the architect Eugène Viollet-le-Duc, and the Canal du Midi passes through the lower town.",
 [("Carcassonne", "LOC"), ("Occitan", "MISC"), ("Carcassona", "LOC"), ("Aude", "LOC"), ("Occitania", "LOC"), ("France", "LOC"), ("Aude", "LOC"),
  ("Cité de Carcassonne", "LOC"), ("Eugène Viollet-le-Duc", "PER"), ("Canal du Midi", "LOC")]),
# wP143
("Halo: Combat Evolved is a 2001 first-person shooter developed by Bungie and published by Microsoft Game Studios as a launch title for the Xbox. The player is the Master Chief, a cyborg super-soldier who fights the alien Covenant on a ring-shaped world with the help of the artificial intelligence Cortana.",
 [("Halo: Combat Evolved", "MISC"), ("Bungie", "ORG"), ("Microsoft Game Studios", "ORG"), ("Xbox", "MISC"), ("Master Chief", "PER"),
  ("Covenant", "ORG"), ("Cortana", "PER")]),
# wP144
("Mount Taranaki, also known as Mount Egmont, is a dormant stratovolcano on the west coast of New Zealand's North Island, rising to 2,518 metres above Egmont National Park. The Taranaki Maunga Collective Redress Act 2025 recognised the mountain as a legal person, whose interests are represented by Te Tōpuni Kōkōrangi.",
 [("Mount Taranaki", "LOC"), ("Mount Egmont", "LOC"), ("New Zealand", "LOC"), ("North Island", "LOC"), ("Egmont National Park", "LOC"),
  ("Taranaki Maunga Collective Redress Act 2025", "MISC"), ("Te Tōpuni Kōkōrangi", "ORG")]),
# wP145
("Lahore Fort (Urdu: شاہی قلعہ, Shahi Qila) is a citadel in the Walled City of Lahore in Punjab, Pakistan. It was rebuilt by the Mughal emperor Akbar in the 1570s, and Shah Jahan added the Sheesh Mahal, while its Alamgiri Gate faces the Badshahi Mosque across Hazuri Bagh.",
 [("Lahore Fort", "LOC"), ("Urdu", "MISC"), ("شاہی قلعہ", "LOC"), ("Shahi Qila", "LOC"), ("Walled City of Lahore", "LOC"), ("Punjab", "LOC"),
  ("Pakistan", "LOC"), ("Mughal", "MISC"), ("Akbar", "PER"), ("Shah Jahan", "PER"), ("Sheesh Mahal", "LOC"), ("Alamgiri Gate", "LOC"),
  ("Badshahi Mosque", "LOC"), ("Hazuri Bagh", "LOC")]),
# wP146
("The Easter Rising (Irish: Éirí Amach na Cásca) was an armed insurrection in Ireland during Easter Week, April 1916, against British rule. It was launched by the Irish Republican Brotherhood with the Irish Volunteers under Patrick Pearse and the Irish Citizen Army of James Connolly, who seized the General Post Office in Dublin.",
 [("Easter Rising", "MISC"), ("Irish", "MISC"), ("Éirí Amach na Cásca", "MISC"), ("Ireland", "LOC"), ("Easter Week", "MISC"), ("British", "MISC"),
  ("Irish Republican Brotherhood", "ORG"), ("Irish Volunteers", "ORG"), ("Patrick Pearse", "PER"), ("Irish Citizen Army", "ORG"),
  ("James Connolly", "PER"), ("General Post Office", "LOC"), ("Dublin", "LOC")]),
# wP147
("Gimli is a town in the Interlake Region of Manitoba, Canada, on the west shore of Lake Winnipeg. Settled in 1875 by Icelanders as the capital of New Iceland, it holds the Icelandic Festival of Manitoba every August, and in 1983 Air Canada Flight 143, the Gimli Glider, landed on its disused air base after running out of fuel.",
 [("Gimli", "LOC"), ("Interlake Region", "LOC"), ("Manitoba", "LOC"), ("Canada", "LOC"), ("Lake Winnipeg", "LOC"), ("Icelanders", "MISC"),
  ("New Iceland", "LOC"), ("Icelandic Festival of Manitoba", "MISC"), ("Air Canada Flight 143", "MISC"), ("Gimli Glider", "MISC")]),
# wP148
("Chilika Lake (Odia: ଚିଲିକା ହ୍ରଦ) is a brackish lagoon on the east coast of India, spread over the Puri, Khordha and Ganjam districts of Odisha. Fed by distributaries of the Mahanadi and open to the Bay of Bengal, it is the winter home of migratory birds at Nalabana Island, and the Chilika Development Authority manages it.",
 [("Chilika Lake", "LOC"), ("Odia", "MISC"), ("ଚିଲିକା ହ୍ରଦ", "LOC"), ("India", "LOC"), ("Puri", "LOC"),
  ("Khordha", "LOC"), ("Ganjam", "LOC"), ("Odisha", "LOC"), ("Mahanadi", "LOC"), ("Bay of Bengal", "LOC"),
  ("Nalabana Island", "LOC"), ("Chilika Development Authority", "ORG")]),
# wP149
("\"Shallow\" is a song from the 2018 film A Star Is Born, performed by Lady Gaga and Bradley Cooper and released by Interscope Records. Written by Gaga with Mark Ronson, Andrew Wyatt and Anthony Rossomando, it won the Academy Award for Best Original Song and two Grammy Awards.",
 [("Shallow", "MISC"), ("A Star Is Born", "MISC"), ("Lady Gaga", "PER"), ("Bradley Cooper", "PER"), ("Interscope Records", "ORG"),
  ("Gaga", "PER"), ("Mark Ronson", "PER"), ("Andrew Wyatt", "PER"), ("Anthony Rossomando", "PER"), ("Academy Award for Best Original Song", "MISC"),
  ("Grammy Awards", "MISC")]),
# wP150
("Fremantle is a port city in Western Australia at the mouth of the Swan River, 19 kilometres south-west of Perth. Fremantle Prison, built by convicts in the 1850s, held inmates until 1991, and the Round House, completed in 1831, is the oldest surviving building in the state.",
 [("Fremantle", "LOC"), ("Western Australia", "LOC"), ("Swan River", "LOC"), ("Perth", "LOC"), ("Fremantle Prison", "LOC"), ("Round House", "LOC")]),
# wP151
("The Battle of Ain Jalut was fought in September 1260 in the Jezreel Valley, in what is now northern Israel, between the Mamluk Sultanate of Egypt and the Mongol Empire. The Mamluks under Qutuz and Baybars defeated the Mongol general Kitbuqa, halting the Mongol advance into the Levant.",
 [("Battle of Ain Jalut", "MISC"), ("Jezreel Valley", "LOC"), ("Israel", "LOC"), ("Mamluk Sultanate", "LOC"), ("Egypt", "LOC"),
  ("Mongol Empire", "LOC"), ("Mamluks", "MISC"), ("Qutuz", "PER"), ("Baybars", "PER"), ("Mongol", "MISC"), ("Kitbuqa", "PER"),
  ("Mongol", "MISC"), ("Levant", "LOC")]),
# wP152
("Matmata (Berber: Tamaṭmaṭ; Arabic: مطماطة) is a small Berber town in the Gabès Governorate of southern Tunisia. Its people lived in pit houses dug into the soft rock, and the Hotel Sidi Driss served as the Lars homestead in George Lucas's Star Wars.",
 [("Matmata", "LOC"), ("Berber", "MISC"), ("Tamaṭmaṭ", "LOC"), ("Arabic", "MISC"), ("مطماطة", "LOC"), ("Berber", "MISC"),
  ("Gabès Governorate", "LOC"), ("Tunisia", "LOC"), ("Hotel Sidi Driss", "LOC"), ("Lars", "PER"), ("George Lucas", "PER"), ("Star Wars", "MISC")]),
# wP153
("OTTAWA (Reuters) - Canada's Parliament passed the Online Streaming Act on Thursday, requiring services such as Netflix and Spotify to fund Canadian content. Heritage Minister Pablo Rodriguez said the Canadian Radio-television and Telecommunications Commission would set the rules.",
 [("OTTAWA", "LOC"), ("Reuters", "ORG"), ("Canada", "LOC"), ("Parliament", "ORG"), ("Online Streaming Act", "MISC"), ("Netflix", "ORG"),
  ("Spotify", "ORG"), ("Canadian", "MISC"), ("Pablo Rodriguez", "PER"), ("Canadian Radio-television and Telecommunications Commission", "ORG")]),
# wP154
("Ushuaia is the capital of the province of Tierra del Fuego, Antarctica and South Atlantic Islands in Argentina, on the Beagle Channel. Often called the southernmost city in the world, it grew around a prison for repeat offenders opened in 1902, and ships leave its port for the Antarctic Peninsula every summer.",
 [("Ushuaia", "LOC"), ("Tierra del Fuego, Antarctica and South Atlantic Islands", "LOC"), ("Argentina", "LOC"), ("Beagle Channel", "LOC"), ("Antarctic Peninsula", "LOC")]),
# wP155
("Dingle (Irish: An Daingean) is a town on the Dingle Peninsula in County Kerry, in the Gaeltacht of south-west Ireland. Its harbour is home to a fishing fleet, and Slea Head Drive, part of the Wild Atlantic Way, loops around the peninsula from the town.",
 [("Dingle", "LOC"), ("Irish", "MISC"), ("An Daingean", "LOC"), ("Dingle Peninsula", "LOC"), ("County Kerry", "LOC"), ("Gaeltacht", "LOC"),
  ("Ireland", "LOC"), ("Slea Head Drive", "LOC"), ("Wild Atlantic Way", "LOC")]),
# wP156
("Tikal (Mayan: Yax Mutal) is the ruin of an ancient city in the rainforest of the Petén Department of northern Guatemala. One of the largest cities of the Classic Maya, it was ruled by kings such as Jasaw Chan Kʼawiil I, who built Temple I, and it is protected within Tikal National Park.",
 [("Tikal", "LOC"), ("Mayan", "MISC"), ("Yax Mutal", "LOC"), ("Petén Department", "LOC"), ("Guatemala", "LOC"), ("Classic Maya", "MISC"),
  ("Jasaw Chan Kʼawiil I", "PER"), ("Temple I", "LOC"), ("Tikal National Park", "LOC")]),
# wP157
("The Treaty of Westphalia is the usual name for the Peace of Westphalia, two treaties signed at Osnabrück and Münster in 1648. They ended the Thirty Years' War in the Holy Roman Empire and the Eighty Years' War between Spain and the Dutch Republic, whose independence was recognised.",
 [("Treaty of Westphalia", "MISC"), ("Peace of Westphalia", "MISC"), ("Osnabrück", "LOC"), ("Münster", "LOC"), ("Thirty Years' War", "MISC"),
  ("Holy Roman Empire", "LOC"), ("Eighty Years' War", "MISC"), ("Spain", "LOC"), ("Dutch Republic", "LOC")]),
# wP158
("Bagan (Burmese: ပုဂံ; formerly Pagan) is an ancient city in the Mandalay Region of Myanmar, on a bend of the Irrawaddy River. From the ninth to the thirteenth centuries it was the capital of the Pagan Kingdom, whose king Anawrahta made Theravada Buddhism the state religion, and more than 2,000 temples and pagodas, among them the Ananda Temple, still stand on its plain.",
 [("Bagan", "LOC"), ("Burmese", "MISC"), ("ပုဂံ", "LOC"), ("Pagan", "LOC"), ("Mandalay Region", "LOC"), ("Myanmar", "LOC"),
  ("Irrawaddy River", "LOC"), ("Pagan Kingdom", "LOC"), ("Anawrahta", "PER"), ("Theravada Buddhism", "MISC"), ("Ananda Temple", "LOC")]),
# wP159
("Cheers is an American sitcom created by James Burrows, Glen Charles and Les Charles, broadcast on NBC from 1982 to 1993. It is set in a bar in Boston run by Sam Malone, a former relief pitcher for the Boston Red Sox played by Ted Danson, and its spin-off Frasier followed Kelsey Grammer's character to Seattle.",
 [("Cheers", "MISC"), ("American", "MISC"), ("James Burrows", "PER"), ("Glen Charles", "PER"), ("Les Charles", "PER"), ("NBC", "ORG"),
  ("Boston", "LOC"), ("Sam Malone", "PER"), ("Boston Red Sox", "ORG"), ("Ted Danson", "PER"), ("Frasier", "MISC"), ("Kelsey Grammer", "PER"),
  ("Seattle", "LOC")]),
# wP160
("Kirkwall (Scots: Kirkwaa; Old Norse: Kirkjuvágr) is the largest town of Orkney, an archipelago off the north coast of mainland Scotland. St Magnus Cathedral, founded in 1137 by Earl Rögnvald Kali Kolsson in memory of his uncle Magnus Erlendsson, dominates its centre, and ferries sail from its harbour to Shetland and Aberdeen.",
 [("Kirkwall", "LOC"), ("Scots", "MISC"), ("Kirkwaa", "LOC"), ("Old Norse", "MISC"), ("Kirkjuvágr", "LOC"), ("Orkney", "LOC"), ("Scotland", "LOC"),
  ("St Magnus Cathedral", "LOC"), ("Rögnvald Kali Kolsson", "PER"), ("Magnus Erlendsson", "PER"), ("Shetland", "LOC"), ("Aberdeen", "LOC")]),
# wP161
("The Concorde is a retired supersonic airliner developed jointly by Aérospatiale and the British Aircraft Corporation under an Anglo-French treaty of 1962. British Airways and Air France flew it across the Atlantic from 1976 until 2003, three years after Air France Flight 4590 crashed at Gonesse, near Paris.",
 [("Concorde", "MISC"), ("Aérospatiale", "ORG"), ("British Aircraft Corporation", "ORG"), ("Anglo-French", "MISC"), ("British Airways", "ORG"),
  ("Air France", "ORG"), ("Atlantic", "LOC"), ("Air France Flight 4590", "MISC"), ("Gonesse", "LOC"), ("Paris", "LOC")]),
# wP162
("Taos Pueblo is an ancient pueblo of the Tiwa-speaking Taos people, about one mile north of the town of Taos, New Mexico. Its multi-storey adobe houses stand on both sides of the Rio Pueblo de Taos, and Blue Lake in the Sangre de Cristo Mountains, sacred to the tribe, was returned to it by the U.S. Congress in 1970.",
 [("Taos Pueblo", "LOC"), ("Tiwa", "MISC"), ("Taos", "MISC"), ("Taos", "LOC"), ("New Mexico", "LOC"), ("Rio Pueblo de Taos", "LOC"),
  ("Blue Lake", "LOC"), ("Sangre de Cristo Mountains", "LOC"), ("U.S. Congress", "ORG")]),
# wP163
("The Battle of Dien Bien Phu (Vietnamese: Trận Điện Biên Phủ) was fought from March to May 1954 between the French Far East Expeditionary Corps and the Viet Minh under General Võ Nguyên Giáp. The fall of the French garrison in the valley of Mường Thanh led to the Geneva Conference and the end of the First Indochina War.",
 [("Battle of Dien Bien Phu", "MISC"), ("Vietnamese", "MISC"), ("Trận Điện Biên Phủ", "MISC"), ("French Far East Expeditionary Corps", "ORG"),
  ("Viet Minh", "ORG"), ("Võ Nguyên Giáp", "PER"), ("French", "MISC"), ("Mường Thanh", "LOC"), ("Geneva Conference", "MISC"),
  ("First Indochina War", "MISC")]),
# wP164
("Stone Town (Swahili: Mji Mkongwe) is the old part of Zanzibar City, on the west coast of Unguja island in the Zanzibar Archipelago of Tanzania. Its buildings mix Swahili, Arab, Persian, Indian and European styles, and the House of Wonders was built there for Sultan Barghash bin Said in 1883.",
 [("Stone Town", "LOC"), ("Swahili", "MISC"), ("Mji Mkongwe", "LOC"), ("Zanzibar City", "LOC"), ("Unguja", "LOC"), ("Zanzibar Archipelago", "LOC"),
  ("Tanzania", "LOC"), ("Swahili", "MISC"), ("Arab", "MISC"), ("Persian", "MISC"), ("Indian", "MISC"), ("European", "MISC"),
  ("House of Wonders", "LOC"), ("Barghash bin Said", "PER")]),
# wP165
("Portmeirion is a tourist village on the estuary of the River Dwyryd in Gwynedd, north Wales, designed and built by Sir Clough Williams-Ellis between 1925 and 1975. It was the setting of the 1960s television series The Prisoner, starring Patrick McGoohan, and is now owned by a charitable trust.",
 [("Portmeirion", "LOC"), ("River Dwyryd", "LOC"), ("Gwynedd", "LOC"), ("Wales", "LOC"), ("Clough Williams-Ellis", "PER"), ("The Prisoner", "MISC"),
  ("Patrick McGoohan", "PER")]),
# wP166
("Uluru, also known as Ayers Rock, is a large sandstone monolith in the southern part of the Northern Territory of Australia, 335 kilometres south-west of Alice Springs. It is sacred to the Pitjantjatjara and Yankunytjatjara, known together as the Aṉangu, and lies within Uluṟu-Kata Tjuṯa National Park, where climbing the rock was banned in 2019.",
 [("Uluru", "LOC"), ("Ayers Rock", "LOC"), ("Northern Territory", "LOC"), ("Australia", "LOC"), ("Alice Springs", "LOC"), ("Pitjantjatjara", "MISC"),
  ("Yankunytjatjara", "MISC"), ("Aṉangu", "MISC"), ("Uluṟu-Kata Tjuṯa National Park", "LOC")]),
# wP167
("The Trail of Tears was the forced removal of about 60,000 Cherokee, Muscogee, Seminole, Chickasaw and Choctaw people from their lands in the south-eastern United States between 1830 and 1850. It followed the Indian Removal Act signed by President Andrew Jackson, and the Cherokee were marched to Indian Territory in what is now Oklahoma.",
 [("Trail of Tears", "MISC"), ("Cherokee", "MISC"), ("Muscogee", "MISC"), ("Seminole", "MISC"), ("Chickasaw", "MISC"), ("Choctaw", "MISC"),
  ("United States", "LOC"), ("Indian Removal Act", "MISC"), ("Andrew Jackson", "PER"), ("Cherokee", "MISC"), ("Indian Territory", "LOC"),
  ("Oklahoma", "LOC")]),
# wP168
("Kyoto's Kinkaku-ji (金閣寺, \"Temple of the Golden Pavilion\"), officially named Rokuon-ji, is a Zen Buddhist temple in the northern part of the city. It was built as a villa for the shogun Ashikaga Yoshimitsu, and after a monk set fire to it in 1950 the event became the subject of Yukio Mishima's novel The Temple of the Golden Pavilion.",
 [("Kyoto", "LOC"), ("Kinkaku-ji", "LOC"), ("金閣寺", "LOC"), ("Temple of the Golden Pavilion", "LOC"), ("Rokuon-ji", "LOC"), ("Zen Buddhist", "MISC"),
  ("Ashikaga Yoshimitsu", "PER"), ("Yukio Mishima", "PER"), ("The Temple of the Golden Pavilion", "MISC")]),
# wP169
("Cyclone Tracy was a tropical cyclone that devastated Darwin, in the Northern Territory of Australia, on Christmas Day 1974. It destroyed more than 70 percent of the city's buildings, and the Royal Australian Air Force evacuated most of the population to Adelaide, Sydney and other cities under the direction of Major General Alan Stretton.",
 [("Cyclone Tracy", "MISC"), ("Darwin", "LOC"), ("Northern Territory", "LOC"), ("Australia", "LOC"), ("Christmas Day", "MISC"),
  ("Royal Australian Air Force", "ORG"), ("Adelaide", "LOC"), ("Sydney", "LOC"), ("Alan Stretton", "PER")]),
# wP170
("Lower Merion Township is a home rule township in Montgomery County, Pennsylvania, on the Main Line west of Philadelphia. It includes the communities of Ardmore, Bala Cynwyd, Gladwyne and Bryn Mawr, the home of Bryn Mawr College, and is bounded on the east by the Schuylkill River.",
 [("Lower Merion Township", "LOC"), ("Montgomery County", "LOC"), ("Pennsylvania", "LOC"), ("Main Line", "LOC"), ("Philadelphia", "LOC"),
  ("Ardmore", "LOC"), ("Bala Cynwyd", "LOC"), ("Gladwyne", "LOC"), ("Bryn Mawr", "LOC"), ("Bryn Mawr College", "ORG"), ("Schuylkill River", "LOC")]),
# wP171
("The Statute of Westminster 1931 is an act of the Parliament of the United Kingdom that gave the self-governing dominions legislative independence. It applied at once to Canada, the Irish Free State, South Africa and Newfoundland, while Australia adopted it in 1942 and New Zealand in 1947.",
 [("Statute of Westminster 1931", "MISC"), ("Parliament of the United Kingdom", "ORG"), ("Canada", "LOC"), ("Irish Free State", "LOC"),
  ("South Africa", "LOC"), ("Newfoundland", "LOC"), ("Australia", "LOC"), ("New Zealand", "LOC")]),
# wP172
("Derry Girls is a sitcom created and written by Lisa McGee, set in Derry, Northern Ireland, in the 1990s during the last years of the Troubles. Produced by Hat Trick Productions for Channel 4, it follows Erin Quinn and her friends at Our Lady Immaculate College, a girls' school run by Sister Michael, played by Siobhán McSweeney.",
 [("Derry Girls", "MISC"), ("Lisa McGee", "PER"), ("Derry", "LOC"), ("Northern Ireland", "LOC"), ("Troubles", "MISC"), ("Hat Trick Productions", "ORG"),
  ("Channel 4", "ORG"), ("Erin Quinn", "PER"), ("Our Lady Immaculate College", "ORG"), ("Michael", "PER"), ("Siobhán McSweeney", "PER")]),
# wP173
("The Confederation Bridge (French: pont de la Confédération) is a box girder bridge across the Abegweit Passage of the Northumberland Strait, linking Borden-Carleton on Prince Edward Island with Cape Jourimain in New Brunswick. At 12.9 kilometres, it is the longest bridge in the world over ice-covered water, and it opened on 31 May 1997.",
 [("Confederation Bridge", "LOC"), ("French", "MISC"), ("pont de la Confédération", "LOC"), ("Abegweit Passage", "LOC"), ("Northumberland Strait", "LOC"),
  ("Borden-Carleton", "LOC"), ("Prince Edward Island", "LOC"), ("Cape Jourimain", "LOC"), ("New Brunswick", "LOC")]),
# wP174
("The Boshin War (Japanese: 戊辰戦争, Boshin Sensō) was a civil war fought in Japan from 1868 to 1869 between forces of the Tokugawa shogunate and those seeking to restore power to the Emperor Meiji. Backed by the domains of Satsuma and Chōshū, the imperial side won at Toba–Fushimi and ended the war at Hakodate, where the Republic of Ezo surrendered.",
 [("Boshin War", "MISC"), ("Japanese", "MISC"), ("戊辰戦争", "MISC"), ("Boshin Sensō", "MISC"), ("Japan", "LOC"), ("Tokugawa", "LOC"),
  ("Meiji", "PER"), ("Satsuma", "LOC"), ("Chōshū", "LOC"), ("Toba–Fushimi", "LOC"), ("Hakodate", "LOC"), ("Republic of Ezo", "LOC")]),
# wP175
("Sid Meier's Civilization is a 1991 turn-based strategy game developed and published by MicroProse for MS-DOS. Designed by Sid Meier and Bruce Shelley, it asks the player to lead a civilisation such as the Aztecs, the Babylonians or the Zulus from the founding of its first city to the launch of a spaceship to another star.",
 [("Sid Meier's Civilization", "MISC"), ("MicroProse", "ORG"), ("MS-DOS", "MISC"), ("Sid Meier", "PER"), ("Bruce Shelley", "PER"), ("Aztecs", "MISC"),
  ("Babylonians", "MISC"), ("Zulus", "MISC")]),
# wP176
("Hinds Gap is an unincorporated community in Letcher County, Kentucky, on Kentucky Route 7 along the North Fork of the Kentucky River. A post office operated there from 1911 to 1957, and most of its men worked in the coal camps of the Elkhorn Coal Corporation near Jenkins.",
 [("Hinds Gap", "LOC"), ("Letcher County", "LOC"), ("Kentucky", "LOC"), ("Kentucky Route 7", "LOC"), ("North Fork of the Kentucky River", "LOC"),
  ("Elkhorn Coal Corporation", "ORG"), ("Jenkins", "LOC")]),
# wP177
("HMS Victory is a 104-gun first-rate ship of the line of the Royal Navy, launched at Chatham Dockyard in 1765. She was Lord Nelson's flagship at the Battle of Trafalgar in 1805, where he was shot on her quarterdeck, and she has been in dry dock at HMNB Portsmouth since 1922.",
 [("HMS Victory", "MISC"), ("Royal Navy", "ORG"), ("Chatham Dockyard", "LOC"), ("Nelson", "PER"), ("Battle of Trafalgar", "MISC"),
  ("HMNB Portsmouth", "LOC")]),
# wP178
("Hampi is a village in the Vijayanagara district of Karnataka, India, on the south bank of the Tungabhadra River. It stands among the ruins of Vijayanagara, capital of the Vijayanagara Empire, which was sacked after the Battle of Talikota in 1565, and the Virupaksha Temple is still used for worship.",
 [("Hampi", "LOC"), ("Vijayanagara", "LOC"), ("Karnataka", "LOC"), ("India", "LOC"), ("Tungabhadra River", "LOC"),
  ("Vijayanagara", "LOC"), ("Vijayanagara Empire", "LOC"), ("Battle of Talikota", "MISC"), ("Virupaksha Temple", "LOC")]),
# wP179
("The Supermarine Spitfire is a British single-seat fighter aircraft designed by R. J. Mitchell and built by Supermarine, a subsidiary of Vickers-Armstrongs, at Woolston, Southampton. Flown by squadrons of RAF Fighter Command in the Battle of Britain, it remained in production until 1948, the only British fighter made throughout the war.",
 [("Supermarine Spitfire", "MISC"), ("British", "MISC"), ("R. J. Mitchell", "PER"), ("Supermarine", "ORG"), ("Vickers-Armstrongs", "ORG"),
  ("Woolston", "LOC"), ("Southampton", "LOC"), ("RAF Fighter Command", "ORG"), ("Battle of Britain", "MISC"), ("British", "MISC")]),
# wP180
("The Treaty of Paris of 1783 ended the American Revolutionary War between Great Britain and the United States of America. It was negotiated in Paris by Benjamin Franklin, John Adams and John Jay for the Americans and by David Hartley for George III, and it set the border with British North America along the Great Lakes.",
 [("Treaty of Paris", "MISC"), ("American Revolutionary War", "MISC"), ("Great Britain", "LOC"), ("United States of America", "LOC"), ("Paris", "LOC"),
  ("Benjamin Franklin", "PER"), ("John Adams", "PER"), ("John Jay", "PER"), ("Americans", "MISC"), ("David Hartley", "PER"), ("George III", "PER"),
  ("British North America", "LOC"), ("Great Lakes", "LOC")]),
# wP181
("DUBLIN (Reuters) - Fianna Fáil and Fine Gael agreed on Wednesday to form a coalition government with independent members of the Dáil, ending seven weeks of talks after the general election. Taoiseach Micheál Martin said the programme would include a new rail line to Dublin Airport.",
 [("DUBLIN", "LOC"), ("Reuters", "ORG"), ("Fianna Fáil", "ORG"), ("Fine Gael", "ORG"), ("Dáil", "ORG"), ("Micheál Martin", "PER"), ("Dublin Airport", "LOC")]),
# wP182
("Marbury v. Madison was an 1803 decision of the Supreme Court of the United States that established the principle of judicial review. William Marbury, named a justice of the peace by John Adams, sued Secretary of State James Madison for his commission, and Chief Justice John Marshall wrote the opinion of the court.",
 [("Marbury v. Madison", "MISC"), ("Supreme Court of the United States", "ORG"), ("William Marbury", "PER"), ("John Adams", "PER"),
  ("James Madison", "PER"), ("John Marshall", "PER")]),
# wP183
("Antigua Guatemala, commonly called Antigua, is a city in the central highlands of Guatemala and the capital of Sacatepéquez Department. It was the seat of the Captaincy General of Guatemala until the earthquakes of 1773, and the volcanoes Agua, Fuego and Acatenango rise above its baroque churches.",
 [("Antigua Guatemala", "LOC"), ("Antigua", "LOC"), ("Guatemala", "LOC"), ("Sacatepéquez Department", "LOC"), ("Captaincy General of Guatemala", "LOC"),
  ("Agua", "LOC"), ("Fuego", "LOC"), ("Acatenango", "LOC")]),
# wP184
("We spent the summer of 1998 in Rosslare Harbour, where my aunt ran a guesthouse for people waiting for the Stena Line ferry to Fishguard. On wet days she took us to the Irish National Heritage Park at Ferrycarrig, and once, in a borrowed car, all the way to the Hook Lighthouse.",
 [("Rosslare Harbour", "LOC"), ("Stena Line", "ORG"), ("Fishguard", "LOC"), ("Irish National Heritage Park", "LOC"), ("Ferrycarrig", "LOC"),
  ("Hook Lighthouse", "LOC")]),
# wP185
("AUCKLAND (Reuters) - Fonterra, New Zealand's largest company, cut its forecast milk price on Thursday, blaming weak demand from China. Chief executive Miles Hurrell said farmers in the Waikato and Canterbury would be paid NZ$7.50 per kilogram of milk solids, and the cooperative's shares fell 3 percent on the NZX.",
 [("AUCKLAND", "LOC"), ("Reuters", "ORG"), ("Fonterra", "ORG"), ("New Zealand", "LOC"), ("China", "LOC"), ("Miles Hurrell", "PER"), ("Waikato", "LOC"),
  ("Canterbury", "LOC"), ("NZX", "ORG")]),
# wP186
("\"Take Me Home, Country Roads\" is a song written by Bill Danoff, Taffy Nivert and John Denver, released by RCA Records as a single from Denver's album Poems, Prayers & Promises in 1971. It celebrates West Virginia, the Blue Ridge Mountains and the Shenandoah River, and became an official state anthem of West Virginia in 2014.",
 [("Take Me Home, Country Roads", "MISC"), ("Bill Danoff", "PER"), ("Taffy Nivert", "PER"), ("John Denver", "PER"), ("RCA Records", "ORG"),
  ("Denver", "PER"), ("Poems, Prayers & Promises", "MISC"), ("West Virginia", "LOC"), ("Blue Ridge Mountains", "LOC"), ("Shenandoah River", "LOC"),
  ("West Virginia", "LOC")]),
# wP187
("The Anglo-Irish Treaty (Irish: An Conradh Angla-Éireannach) was signed in London on 6 December 1921 by representatives of the British government, led by David Lloyd George, and of the Irish Republic, among them Michael Collins and Arthur Griffith. It created the Irish Free State, and the split over it led to the Irish Civil War.",
 [("Anglo-Irish Treaty", "MISC"), ("Irish", "MISC"), ("An Conradh Angla-Éireannach", "MISC"), ("London", "LOC"), ("British", "MISC"),
  ("David Lloyd George", "PER"), ("Irish Republic", "LOC"), ("Michael Collins", "PER"), ("Arthur Griffith", "PER"), ("Irish Free State", "LOC"),
  ("Irish Civil War", "MISC")]),
# wP188
("Chinguetti (Arabic: شنقيط) is a ksar in the Adrar Region of central Mauritania, on the Adrar Plateau at the edge of the Sahara. Founded in the thirteenth century as a stop for caravans crossing to Sijilmasa, it gave its name to the country in the Arabic world, and family libraries such as the Habott Library keep manuscripts of the Maliki school.",
 [("Chinguetti", "LOC"), ("Arabic", "MISC"), ("شنقيط", "LOC"), ("Adrar Region", "LOC"), ("Mauritania", "LOC"),
  ("Adrar Plateau", "LOC"), ("Sahara", "LOC"), ("Sijilmasa", "LOC"), ("Arabic", "MISC"), ("Habott Library", "ORG"),
  ("Maliki", "MISC")]),
# wP189
("Trainspotting is a 1993 novel by the Scottish writer Irvine Welsh, published by Secker & Warburg and written largely in Scots. Set among heroin users in Leith, Edinburgh, it follows Mark Renton, Sick Boy, Spud and Begbie, and was filmed by Danny Boyle in 1996 with Ewan McGregor as Renton.",
 [("Trainspotting", "MISC"), ("Scottish", "MISC"), ("Irvine Welsh", "PER"), ("Secker & Warburg", "ORG"), ("Scots", "MISC"), ("Leith", "LOC"),
  ("Edinburgh", "LOC"), ("Mark Renton", "PER"), ("Sick Boy", "PER"), ("Spud", "PER"), ("Begbie", "PER"), ("Danny Boyle", "PER"),
  ("Ewan McGregor", "PER"), ("Renton", "PER")]),
# wP190
("Kiruna (Northern Sami: Giron; Meänkieli: Kiiruna) is the northernmost town in Sweden, in Kiruna Municipality, Norrbotten County. It was founded in 1900 by the mining company LKAB beside the iron ore mountain Kiirunavaara, and because the mine is undermining the town, its church and houses are being moved three kilometres to the east.",
 [("Kiruna", "LOC"), ("Northern Sami", "MISC"), ("Giron", "LOC"), ("Meänkieli", "MISC"), ("Kiiruna", "LOC"), ("Sweden", "LOC"),
  ("Kiruna Municipality", "LOC"), ("Norrbotten County", "LOC"), ("LKAB", "ORG"), ("Kiirunavaara", "LOC")]),
# wP191
("The North-West Rebellion (French: Rébellion du Nord-Ouest) was a resistance by the Métis under Louis Riel and allied Cree and Assiniboine bands against the government of Canada in 1885. The North-West Field Force under Frederick Middleton defeated the Métis at Batoche, and Riel was hanged for treason in Regina that November.",
 [("North-West Rebellion", "MISC"), ("French", "MISC"), ("Rébellion du Nord-Ouest", "MISC"), ("Métis", "MISC"), ("Louis Riel", "PER"), ("Cree", "MISC"),
  ("Assiniboine", "MISC"), ("Canada", "LOC"), ("North-West Field Force", "ORG"), ("Frederick Middleton", "PER"), ("Métis", "MISC"), ("Batoche", "LOC"),
  ("Riel", "PER"), ("Regina", "LOC")]),
# wP192
("The Tay Bridge disaster occurred on 28 December 1879, when the first Tay Rail Bridge, between Wormit in Fife and Dundee, collapsed in a storm as a North British Railway train was crossing. All 75 people on board were lost; the bridge's designer, Sir Thomas Bouch, was blamed by the court of inquiry, and the poet William McGonagall wrote a famous poem about it.",
 [("Tay Bridge", "LOC"), ("Tay Rail Bridge", "LOC"), ("Wormit", "LOC"), ("Fife", "LOC"), ("Dundee", "LOC"), ("North British Railway", "ORG"),
  ("Thomas Bouch", "PER"), ("William McGonagall", "PER")]),
# wP193
("The Falklands War (Spanish: Guerra de las Malvinas) was a ten-week conflict in 1982 between Argentina and the United Kingdom over the Falkland Islands and South Georgia. The military junta of Leopoldo Galtieri ordered the invasion on 2 April, and the British task force sent by Margaret Thatcher retook Port Stanley on 14 June after the sinking of ARA General Belgrano and HMS Sheffield.",
 [("Falklands War", "MISC"), ("Spanish", "MISC"), ("Guerra de las Malvinas", "MISC"), ("Argentina", "LOC"), ("United Kingdom", "LOC"),
  ("Falkland Islands", "LOC"), ("South Georgia", "LOC"), ("Leopoldo Galtieri", "PER"), ("British", "MISC"), ("Margaret Thatcher", "PER"),
  ("Port Stanley", "LOC"), ("ARA General Belgrano", "MISC"), ("HMS Sheffield", "MISC")]),
# wP194
("BRISBANE (AAP) - Queensland Rail said on Friday it had suspended services on the Gold Coast line after flooding on the Logan River near Beenleigh, and the Bureau of Meteorology warned of more rain across South East Queensland. Transport Minister Bart Mellish said Translink would provide buses between Helensvale and Varsity Lakes.",
 [("BRISBANE", "LOC"), ("AAP", "ORG"), ("Queensland Rail", "ORG"), ("Gold Coast", "LOC"), ("Logan River", "LOC"), ("Beenleigh", "LOC"),
  ("Bureau of Meteorology", "ORG"), ("South East Queensland", "LOC"), ("Bart Mellish", "PER"), ("Translink", "ORG"), ("Helensvale", "LOC"),
  ("Varsity Lakes", "LOC")]),
# wP195
("Mount Rushmore National Memorial is a sculpture carved into the granite face of Mount Rushmore in the Black Hills near Keystone, South Dakota. The sculptor Gutzon Borglum and his son Lincoln Borglum carved the heads of George Washington, Thomas Jefferson, Theodore Roosevelt and Abraham Lincoln between 1927 and 1941, on land the Lakota call Six Grandfathers.",
 [("Mount Rushmore National Memorial", "LOC"), ("Mount Rushmore", "LOC"), ("Black Hills", "LOC"), ("Keystone", "LOC"), ("South Dakota", "LOC"),
  ("Gutzon Borglum", "PER"), ("Lincoln Borglum", "PER"), ("George Washington", "PER"), ("Thomas Jefferson", "PER"), ("Theodore Roosevelt", "PER"),
  ("Abraham Lincoln", "PER"), ("Lakota", "MISC"), ("Six Grandfathers", "LOC")]),
# wP196
("The Channel Tunnel (French: Tunnel sous la Manche) is a 50-kilometre railway tunnel beneath the Strait of Dover, linking Folkestone in Kent with Coquelles near Calais. It was opened on 6 May 1994 by Queen Elizabeth II and President François Mitterrand, and it is operated by Getlink, whose Le Shuttle trains carry cars and lorries alongside Eurostar passenger services.",
 [("Channel Tunnel", "LOC"), ("French", "MISC"), ("Tunnel sous la Manche", "LOC"), ("Strait of Dover", "LOC"), ("Folkestone", "LOC"), ("Kent", "LOC"),
  ("Coquelles", "LOC"), ("Calais", "LOC"), ("Elizabeth II", "PER"), ("François Mitterrand", "PER"), ("Getlink", "ORG"), ("Le Shuttle", "MISC"),
  ("Eurostar", "ORG")]),
# wP197
("Carrauntoohil (Irish: Corrán Tuathail) is the highest mountain in Ireland, at 1,038 metres, in the MacGillycuddy's Reeks range of County Kerry. The usual route to its summit climbs the Devil's Ladder from the Hag's Glen, and Kerry Mountain Rescue Team is called out to it several times each year.",
 [("Carrauntoohil", "LOC"), ("Irish", "MISC"), ("Corrán Tuathail", "LOC"), ("Ireland", "LOC"), ("MacGillycuddy's Reeks", "LOC"), ("County Kerry", "LOC"),
  ("Devil's Ladder", "LOC"), ("Hag's Glen", "LOC"), ("Kerry Mountain Rescue Team", "ORG")]),
# wP198
("The Daintree Rainforest is a tropical rainforest on the north-east coast of Queensland, Australia, north of Mossman and Cairns, between the Daintree River and Cooktown. Part of the Wet Tropics of Queensland, it is home to the Kuku Yalanji people, and in 2021 Daintree National Park was handed back to them under a joint management agreement.",
 [("Daintree Rainforest", "LOC"), ("Queensland", "LOC"), ("Australia", "LOC"), ("Mossman", "LOC"), ("Cairns", "LOC"), ("Daintree River", "LOC"),
  ("Cooktown", "LOC"), ("Wet Tropics of Queensland", "LOC"), ("Kuku Yalanji", "MISC"), ("Daintree National Park", "LOC")]),
# wP199
("Lyon's Fête des Lumières (Festival of Lights) takes place each year around 8 December, when residents of the city place candles in their windows in honour of the Virgin Mary. It began in 1852, when a statue of Mary was placed on the chapel next to the Basilica of Notre-Dame de Fourvière, and it now draws several million visitors.",
 [("Lyon", "LOC"), ("Fête des Lumières", "MISC"), ("Festival of Lights", "MISC"), ("Virgin Mary", "PER"), ("Mary", "PER"),
  ("Basilica of Notre-Dame de Fourvière", "LOC")]),
# wP200
("Kuala Lumpur's Petaling Street is a street in the old Chinese quarter of the city centre, near the Sri Maha Mariamman Temple and the Central Market. Its night market is run by traders from the Hokkien and Cantonese communities, and Dewan Bandaraya Kuala Lumpur, the city hall, covered it with a green roof in 2003.",
 [("Kuala Lumpur", "LOC"), ("Petaling Street", "LOC"), ("Chinese", "MISC"), ("Sri Maha Mariamman Temple", "LOC"), ("Central Market", "LOC"), ("Hokkien", "MISC"),
  ("Cantonese", "MISC"), ("Dewan Bandaraya Kuala Lumpur", "ORG")]),
# wP201
("Lake Toba (Indonesian: Danau Toba) is a large crater lake in North Sumatra, Indonesia, filling the caldera of a supervolcano that erupted about 74,000 years ago. Samosir, an island about the size of Singapore, rises in its middle, and the Batak Toba people live around its shores, where the Asahan River drains it towards the Strait of Malacca.",
 [("Lake Toba", "LOC"), ("Indonesian", "MISC"), ("Danau Toba", "LOC"), ("North Sumatra", "LOC"), ("Indonesia", "LOC"), ("Samosir", "LOC"),
  ("Singapore", "LOC"), ("Batak Toba", "MISC"), ("Asahan River", "LOC"), ("Strait of Malacca", "LOC")]),
# wP202
("Tonlé Sap (Khmer: ទន្លេសាប) is a lake and river system in Cambodia whose flow reverses each year: in the monsoon the Mekong pushes water up the Tonlé Sap River, and the lake grows to five times its dry-season size. Floating villages such as Chong Kneas lie near Siem Reap, and the Water Festival (Bon Om Touk) in Phnom Penh marks the return of the current.",
 [("Tonlé Sap", "LOC"), ("Khmer", "MISC"), ("ទន្លេសាប", "LOC"), ("Cambodia", "LOC"), ("Mekong", "LOC"), ("Tonlé Sap River", "LOC"), ("Chong Kneas", "LOC"),
  ("Siem Reap", "LOC"), ("Water Festival", "MISC"), ("Bon Om Touk", "MISC"), ("Phnom Penh", "LOC")]),
# wP203
("Kamakura (Japanese: 鎌倉市) is a coastal city in Kanagawa Prefecture, Japan, about 50 kilometres south-west of Tokyo on Sagami Bay. Minamoto no Yoritomo made it the seat of the Kamakura shogunate in 1192, and the bronze Great Buddha of Kōtoku-in and the Tsurugaoka Hachimangū shrine still draw pilgrims along the Enoshima Electric Railway.",
 [("Kamakura", "LOC"), ("Japanese", "MISC"), ("鎌倉市", "LOC"), ("Kanagawa Prefecture", "LOC"), ("Japan", "LOC"),
  ("Tokyo", "LOC"), ("Sagami Bay", "LOC"), ("Minamoto no Yoritomo", "PER"), ("Kamakura", "LOC"), ("Great Buddha of Kōtoku-in", "MISC"),
  ("Tsurugaoka Hachimangū", "LOC"), ("Enoshima Electric Railway", "LOC")]),
# wP204
("The Tsingy de Bemaraha National Park is a protected area in the Melaky Region of western Madagascar, known for its forests of razor-sharp limestone pinnacles. The Malagasy name tsingy means roughly \"where one cannot walk barefoot\", and the park is reached by road from Morondava, past the Avenue of the Baobabs.",
 [("Tsingy de Bemaraha National Park", "LOC"), ("Melaky Region", "LOC"), ("Madagascar", "LOC"), ("Malagasy", "MISC"), ("Morondava", "LOC"),
  ("Avenue of the Baobabs", "LOC")]),
# wP205
("Pamukkale (Turkish for \"cotton castle\") is a group of white travertine terraces on a hillside in Denizli Province, south-western Turkey. Above the terraces lie the ruins of Hierapolis, a spa city founded by the Attalid kings of Pergamon, and the Plutonium, a cave sacred to Pluto, was rediscovered there by Italian archaeologists in 2013.",
 [("Pamukkale", "LOC"), ("Turkish", "MISC"), ("Denizli Province", "LOC"), ("Turkey", "LOC"), ("Hierapolis", "LOC"), ("Attalid", "LOC"),
  ("Pergamon", "LOC"), ("Plutonium", "LOC"), ("Pluto", "PER"), ("Italian", "MISC")]),
# wP206
("Lake Atitlán (Spanish: Lago de Atitlán) is a lake in the highlands of the Sololá Department of Guatemala, ringed by the volcanoes Atitlán, Tolimán and San Pedro. Kaqchikel and Tzʼutujil Maya towns such as Santiago Atitlán and San Juan La Laguna line its shores, and the writer Aldous Huxley called it too much of a good thing.",
 [("Lake Atitlán", "LOC"), ("Spanish", "MISC"), ("Lago de Atitlán", "LOC"), ("Sololá Department", "LOC"), ("Guatemala", "LOC"), ("Atitlán", "LOC"),
  ("Tolimán", "LOC"), ("San Pedro", "LOC"), ("Kaqchikel", "MISC"), ("Tzʼutujil Maya", "MISC"), ("Santiago Atitlán", "LOC"), ("San Juan La Laguna", "LOC"),
  ("Aldous Huxley", "PER")]),
# wP207
("Mount Cameroon (Bakweri: Mongo ma Ndemi, \"mountain of greatness\") is an active volcano in the South-West Region of Cameroon, rising to 4,040 metres above the Gulf of Guinea. The town of Buea lies on its slopes, and the Mount Cameroon Race of Hope, first run in 1973, climbs from Buea to the summit and back.",
 [("Mount Cameroon", "LOC"), ("Bakweri", "MISC"), ("Mongo ma Ndemi", "LOC"), ("South-West Region", "LOC"), ("Cameroon", "LOC"), ("Gulf of Guinea", "LOC"),
  ("Buea", "LOC"), ("Mount Cameroon Race of Hope", "MISC"), ("Buea", "LOC")]),
# wP208
("Lake Bosumtwi is the only natural lake in Ghana, lying in an impact crater about 30 kilometres south-east of Kumasi in the Ashanti Region. The Ashanti regard it as a sacred place where the souls of the dead bid farewell to the god Twi, and fishermen on it use planks called padua instead of canoes.",
 [("Lake Bosumtwi", "LOC"), ("Ghana", "LOC"), ("Kumasi", "LOC"), ("Ashanti Region", "LOC"), ("Ashanti", "MISC"), ("Twi", "PER")]),
# wP209
("Mardin (Kurdish: Mêrdîn; Arabic: ماردين; Syriac: ܡܪܕܝܢ) is a city in south-eastern Turkey and the capital of Mardin Province, on a rocky hill above the plain of Upper Mesopotamia. Its stone houses and the Zinciriye Madrasa date from the Artuqid dynasty, and the Syriac Orthodox monastery of Deyrulzafaran stands a few kilometres to the east.",
 [("Mardin", "LOC"), ("Kurdish", "MISC"), ("Mêrdîn", "LOC"), ("Arabic", "MISC"), ("ماردين", "LOC"), ("Syriac", "MISC"), ("ܡܪܕܝܢ", "LOC"), ("Turkey", "LOC"),
  ("Mardin Province", "LOC"), ("Upper Mesopotamia", "LOC"), ("Zinciriye Madrasa", "LOC"), ("Artuqid", "LOC"), ("Syriac Orthodox", "MISC"),
  ("Deyrulzafaran", "LOC")]),
# wP210
("Tortuguero National Park (Spanish: Parque Nacional Tortuguero) is a protected area on the Caribbean coast of Limón Province, Costa Rica, reachable only by boat or light aircraft. Green turtles nest on its beaches from July to October, and the Caribbean Conservation Corporation, founded by the biologist Archie Carr, has tagged them there since 1959.",
 [("Tortuguero National Park", "LOC"), ("Spanish", "MISC"), ("Parque Nacional Tortuguero", "LOC"), ("Caribbean", "LOC"), ("Limón Province", "LOC"),
  ("Costa Rica", "LOC"), ("Caribbean Conservation Corporation", "ORG"), ("Archie Carr", "PER")]),
# wP211
("HANOI (Reuters) - Vietnam Airlines said on Tuesday it would resume flights between Hanoi and Điện Biên Phủ after the airport's runway was rebuilt, and budget carrier Vietjet Air said it would add routes to Côn Đảo. The Civil Aviation Authority of Vietnam said passenger numbers rose 9 percent in the first quarter.",
 [("HANOI", "LOC"), ("Reuters", "ORG"), ("Vietnam Airlines", "ORG"), ("Hanoi", "LOC"), ("Điện Biên Phủ", "LOC"), ("Vietjet Air", "ORG"), ("Côn Đảo", "LOC"),
  ("Civil Aviation Authority of Vietnam", "ORG")]),
# wP212
("Yangshuo County (Chinese: 阳朔县) is a county in the Guilin prefecture of the Guangxi Zhuang Autonomous Region, China, on the west bank of the Li River. Its karst peaks appear on the back of the 20-yuan note, and boats carry visitors down the river from Guilin to the county town of Yangshuo.",
 [("Yangshuo County", "LOC"), ("Chinese", "MISC"), ("阳朔县", "LOC"), ("Guilin", "LOC"), ("Guangxi Zhuang Autonomous Region", "LOC"), ("China", "LOC"),
  ("Li River", "LOC"), ("Guilin", "LOC"), ("Yangshuo", "LOC")]),
]
