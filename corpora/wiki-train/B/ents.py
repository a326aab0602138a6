# Decision lists for wiki-train part B (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wB001, wB002, ... in order.

DOCS = [
# wB001
("Punakha is a town in Punakha District, Bhutan, at the confluence of the Pho Chhu and Mo Chhu rivers. Until 1955 it served as the capital of the Kingdom of Bhutan, and its Punakha Dzong is the winter seat of the Zhung Dratshang, the central monastic body.",
 [("Punakha", "LOC"), ("Punakha District", "LOC"), ("Bhutan", "LOC"), ("Pho Chhu", "LOC"), ("Mo Chhu", "LOC"),
  ("Kingdom of Bhutan", "LOC"), ("Punakha Dzong", "LOC"), ("Zhung Dratshang", "ORG")]),
# wB002
("Kaolack is a city in western Senegal and the capital of the Kaolack Region. It lies on the north bank of the Saloum River about 190 kilometres south-east of Dakar, and is a centre of the Tijaniyya, a Sufi order whose local branch was founded there by Ibrahima Niass.",
 [("Kaolack", "LOC"), ("Senegal", "LOC"), ("Kaolack Region", "LOC"), ("Saloum River", "LOC"), ("Dakar", "LOC"),
  ("Tijaniyya", "ORG"), ("Sufi", "MISC"), ("Ibrahima Niass", "PER")]),
# wB003
("Zhytomyr Oblast (Ukrainian: Житомирська область) is an oblast in northern Ukraine. Its administrative centre is the city of Zhytomyr, and the Teteriv River flows through the region from west to east.",
 [("Zhytomyr Oblast", "LOC"), ("Ukrainian", "MISC"), ("Житомирська область", "LOC"), ("Ukraine", "LOC"),
  ("Zhytomyr", "LOC"), ("Teteriv River", "LOC")]),
# wB004
("The Salween (Chinese: 怒江, Nù Jiāng) is a river of Southeast Asia that rises on the Tibetan Plateau and flows south through Yunnan, Myanmar's Shan State and along the border with Thailand to the Andaman Sea. At about 2,815 kilometres, it is one of the longest free-flowing rivers in the world.",
 [("Salween", "LOC"), ("Chinese", "MISC"), ("怒江", "LOC"), ("Nù Jiāng", "LOC"), ("Southeast Asia", "LOC"),
  ("Tibetan Plateau", "LOC"), ("Yunnan", "LOC"), ("Myanmar", "LOC"), ("Shan State", "LOC"), ("Thailand", "LOC"),
  ("Andaman Sea", "LOC")]),
# wB005
("Lake Tana (Amharic: ጣና ሐይቅ) is the largest lake in Ethiopia and the source of the Blue Nile. It lies in the Amhara Region, and its islands hold medieval monasteries of the Ethiopian Orthodox Tewahedo Church, among them Ura Kidane Mehret on the Zege Peninsula.",
 [("Lake Tana", "LOC"), ("Amharic", "MISC"), ("ጣና ሐይቅ", "LOC"), ("Ethiopia", "LOC"), ("Blue Nile", "LOC"),
  ("Amhara Region", "LOC"), ("Ethiopian Orthodox Tewahedo Church", "ORG"), ("Ura Kidane Mehret", "LOC"),
  ("Zege Peninsula", "LOC")]),
# wB006
("Nevado Huascarán is the highest mountain in Peru and in the tropics, rising to 6,768 metres in the Cordillera Blanca of the Ancash Region. In 1970 an earthquake loosened part of its north face, and the resulting avalanche buried the town of Yungay.",
 [("Nevado Huascarán", "LOC"), ("Peru", "LOC"), ("Cordillera Blanca", "LOC"), ("Ancash Region", "LOC"),
  ("Yungay", "LOC")]),
# wB007
("Socotra (Arabic: سقطرى) is an island in the Arabian Sea, about 240 kilometres east of the Horn of Africa, and the largest of the four islands of the Socotra Archipelago. It belongs to Yemen and is known for its dragon's blood trees, which grow nowhere else.",
 [("Socotra", "LOC"), ("Arabic", "MISC"), ("سقطرى", "LOC"), ("Arabian Sea", "LOC"), ("Horn of Africa", "LOC"),
  ("Socotra Archipelago", "LOC"), ("Yemen", "LOC")]),
# wB008
("The Dasht-e Kavir (Persian: دشت کویر), also known as the Great Salt Desert, is a large desert in the middle of the Iranian Plateau. It stretches from the Alborz range in the north-west to the Dasht-e Lut in the south-east.",
 [("Dasht-e Kavir", "LOC"), ("Persian", "MISC"), ("دشت کویر", "LOC"), ("Great Salt Desert", "LOC"),
  ("Iranian Plateau", "LOC"), ("Alborz", "LOC"), ("Dasht-e Lut", "LOC")]),
# wB009
("The Estadio Monumental Isidro Romero Carbo, usually called the Monumental, is a football stadium in Guayaquil, Ecuador. It is the home ground of Barcelona Sporting Club and hosted matches of the 1993 Copa América.",
 [("Estadio Monumental Isidro Romero Carbo", "LOC"), ("Monumental", "LOC"), ("Guayaquil", "LOC"), ("Ecuador", "LOC"),
  ("Barcelona Sporting Club", "ORG"), ("Copa América", "MISC")]),
# wB010
("Kotoka International Airport is the main international airport of Ghana, located in the Airport City district of Accra. It is named after Emmanuel Kwasi Kotoka, a member of the National Liberation Council who was killed in a failed coup in 1967.",
 [("Kotoka International Airport", "LOC"), ("Ghana", "LOC"), ("Airport City", "LOC"), ("Accra", "LOC"),
  ("Emmanuel Kwasi Kotoka", "PER"), ("National Liberation Council", "ORG")]),
# wB011
("The Rio–Antirrio Bridge, officially the Charilaos Trikoupis Bridge, is a cable-stayed bridge that crosses the Gulf of Corinth near Patras, linking the Peloponnese with mainland Greece. It was opened in August 2004, a few days before the Summer Olympics in Athens.",
 [("Rio–Antirrio Bridge", "LOC"), ("Charilaos Trikoupis Bridge", "LOC"), ("Gulf of Corinth", "LOC"), ("Patras", "LOC"),
  ("Peloponnese", "LOC"), ("Greece", "LOC"), ("Summer Olympics", "MISC"), ("Athens", "LOC")]),
# wB012
("Prambanan is a ninth-century Hindu temple compound in the Special Region of Yogyakarta, on the island of Java, Indonesia. Its central shrine stands 47 metres high, and the compound was badly damaged in the Yogyakarta earthquake of 2006.",
 [("Prambanan", "LOC"), ("Hindu", "MISC"), ("Special Region of Yogyakarta", "LOC"), ("Java", "LOC"),
  ("Indonesia", "LOC"), ("Yogyakarta", "LOC")]),
# wB013
("Bran Castle (Romanian: Castelul Bran) is a fortress on the border between Transylvania and Wallachia, near Brașov in Romania. Built by the Saxons of Kronstadt in 1377, it is often linked in popular culture to the novel Dracula by Bram Stoker.",
 [("Bran Castle", "LOC"), ("Romanian", "MISC"), ("Castelul Bran", "LOC"), ("Transylvania", "LOC"), ("Wallachia", "LOC"),
  ("Brașov", "LOC"), ("Romania", "LOC"), ("Saxons", "MISC"), ("Kronstadt", "LOC"), ("Dracula", "MISC"),
  ("Bram Stoker", "PER")]),
# wB014
("The Kingdom of Aksum was a trading state in what is now Eritrea and northern Ethiopia, flourishing from about the first century AD. Its rulers minted their own coins, and under King Ezana in the fourth century the kingdom adopted Christianity.",
 [("Kingdom of Aksum", "LOC"), ("Eritrea", "LOC"), ("Ethiopia", "LOC"), ("Ezana", "PER"), ("Christianity", "MISC")]),
# wB015
("The Khmer Empire was a Hindu and later Buddhist empire in Southeast Asia, centred on the city of Angkor in present-day Cambodia. At its height under Jayavarman VII it ruled much of what is now Thailand, Laos and southern Vietnam.",
 [("Khmer Empire", "LOC"), ("Hindu", "MISC"), ("Buddhist", "MISC"), ("Southeast Asia", "LOC"), ("Angkor", "LOC"),
  ("Cambodia", "LOC"), ("Jayavarman VII", "PER"), ("Thailand", "LOC"), ("Laos", "LOC"), ("Vietnam", "LOC")]),
# wB016
("The Battle of Adwa was fought on 1 March 1896 near the town of Adwa in Tigray between the Ethiopian Empire under Emperor Menelik II and an invading Italian army commanded by Oreste Baratieri. The Ethiopian victory secured the country's independence.",
 [("Battle of Adwa", "MISC"), ("Adwa", "LOC"), ("Tigray", "LOC"), ("Ethiopian Empire", "LOC"), ("Menelik II", "PER"),
  ("Italian", "MISC"), ("Oreste Baratieri", "PER"), ("Ethiopian", "MISC")]),
# wB017
("The War of the Pacific (Spanish: Guerra del Pacífico) was fought from 1879 to 1884 between Chile and an alliance of Bolivia and Peru over the nitrate-rich Atacama Desert. Bolivia lost its whole coastline, including the port of Antofagasta.",
 [("War of the Pacific", "MISC"), ("Spanish", "MISC"), ("Guerra del Pacífico", "MISC"), ("Chile", "LOC"),
  ("Bolivia", "LOC"), ("Peru", "LOC"), ("Atacama Desert", "LOC"), ("Bolivia", "LOC"), ("Antofagasta", "LOC")]),
# wB018
("The Siege of Malta, also called the Great Siege, took place in 1565 when the Ottoman Empire tried to take the island from the Knights Hospitaller. The defenders, led by Jean Parisot de Valette, held out for nearly four months, and the new capital, Valletta, was named after him.",
 [("Siege of Malta", "MISC"), ("Great Siege", "MISC"), ("Ottoman Empire", "LOC"), ("Knights Hospitaller", "ORG"),
  ("Jean Parisot de Valette", "PER"), ("Valletta", "LOC")]),
# wB019
("The Maji Maji Rebellion was an armed uprising against colonial rule in German East Africa between 1905 and 1907. It began among the Matumbi people in the hills north-west of Kilwa and spread across much of the south of what is now Tanzania.",
 [("Maji Maji Rebellion", "MISC"), ("German East Africa", "LOC"), ("Matumbi", "MISC"), ("Kilwa", "LOC"),
  ("Tanzania", "LOC")]),
# wB020
("The 2014 Indonesian presidential election was held on 9 July 2014. Joko Widodo, the governor of Jakarta, defeated the former general Prabowo Subianto with 53 percent of the vote and was sworn in before the People's Consultative Assembly in October.",
 [("Indonesian", "MISC"), ("Joko Widodo", "PER"), ("Jakarta", "LOC"), ("Prabowo Subianto", "PER"),
  ("People's Consultative Assembly", "ORG")]),
# wB021
("The Treaty of Nerchinsk of 1689 was the first treaty between the Russian Tsardom and the Qing dynasty of China. Negotiated in Latin through Jesuit interpreters, it fixed the border along the Argun River and the Stanovoy Range.",
 [("Treaty of Nerchinsk", "MISC"), ("Russian Tsardom", "LOC"), ("Qing", "LOC"), ("China", "LOC"), ("Latin", "MISC"),
  ("Jesuit", "MISC"), ("Argun River", "LOC"), ("Stanovoy Range", "LOC")]),
# wB022
("Inti Raymi (Quechua for 'festival of the sun') was a religious ceremony of the Inca Empire held at the winter solstice. Revived in 1944, it is staged every 24 June at the Sacsayhuamán fortress above Cusco and draws visitors from across Peru.",
 [("Inti Raymi", "MISC"), ("Quechua", "MISC"), ("Inca Empire", "LOC"), ("Sacsayhuamán", "LOC"), ("Cusco", "LOC"),
  ("Peru", "LOC")]),
# wB023
("The 1991 eruption of Mount Pinatubo, on the island of Luzon in the Philippines, was the second-largest volcanic eruption of the twentieth century. Ash fell as far away as the Indian Ocean, and the nearby Clark Air Base, then operated by the United States Air Force, was abandoned.",
 [("Mount Pinatubo", "LOC"), ("Luzon", "LOC"), ("Philippines", "LOC"), ("Indian Ocean", "LOC"), ("Clark Air Base", "LOC"),
  ("United States Air Force", "ORG")]),
# wB024
("The 2010 FIFA World Cup was held in South Africa, the first time the tournament took place on the African continent. Spain won the final against the Netherlands at Soccer City in Johannesburg, with a goal by Andrés Iniesta in extra time.",
 [("FIFA World Cup", "MISC"), ("South Africa", "LOC"), ("African", "MISC"), ("Spain", "LOC"), ("Netherlands", "LOC"),
  ("Soccer City", "LOC"), ("Johannesburg", "LOC"), ("Andrés Iniesta", "PER")]),
# wB025
("INS Vikrant was an aircraft carrier of the Indian Navy, bought from the United Kingdom in 1957 as HMS Hercules. She took part in the blockade of East Pakistan during the Indo-Pakistani War of 1971 and served as a museum ship in Mumbai until 2012.",
 [("INS Vikrant", "MISC"), ("Indian Navy", "ORG"), ("United Kingdom", "LOC"), ("HMS Hercules", "MISC"),
  ("East Pakistan", "LOC"), ("Indo-Pakistani War of 1971", "MISC"), ("Mumbai", "LOC")]),
# wB026
("Wolof is a Niger–Congo language spoken by about 12 million people in Senegal, the Gambia and Mauritania. It is the first language of the Wolof people and a lingua franca in Dakar, and is written both in the Latin script and in an adapted Arabic script called Wolofal.",
 [("Wolof", "MISC"), ("Niger–Congo", "MISC"), ("Senegal", "LOC"), ("Gambia", "LOC"), ("Mauritania", "LOC"),
  ("Wolof", "MISC"), ("Dakar", "LOC"), ("Latin", "MISC"), ("Arabic", "MISC"), ("Wolofal", "MISC")]),
# wB027
("The Hazaras (Persian: هزاره) are a Persian-speaking people native to the Hazarajat region of central Afghanistan. Most of them follow Twelver Shia Islam, and large communities live in Quetta in Pakistan and in Mashhad in Iran.",
 [("Hazaras", "MISC"), ("Persian", "MISC"), ("هزاره", "MISC"), ("Persian", "MISC"), ("Hazarajat", "LOC"),
  ("Afghanistan", "LOC"), ("Twelver Shia Islam", "MISC"), ("Quetta", "LOC"), ("Pakistan", "LOC"), ("Mashhad", "LOC"),
  ("Iran", "LOC")]),
# wB028
("Zoroastrianism is one of the world's oldest surviving religions, founded on the teachings of the prophet Zarathustra in ancient Iran. Today its largest community is the Parsis of India, most of whom live in and around Mumbai, and its sacred texts are collected in the Avesta.",
 [("Zoroastrianism", "MISC"), ("Zarathustra", "PER"), ("Iran", "LOC"), ("Parsis", "MISC"), ("India", "LOC"),
  ("Mumbai", "LOC"), ("Avesta", "MISC")]),
# wB029
("Kruger National Park is one of the largest game reserves in Africa, covering nearly 20,000 square kilometres of Limpopo and Mpumalanga provinces in north-eastern South Africa. It was proclaimed in 1926, and its eastern boundary follows the Lebombo Mountains along the border with Mozambique.",
 [("Kruger National Park", "LOC"), ("Africa", "LOC"), ("Limpopo", "LOC"), ("Mpumalanga", "LOC"), ("South Africa", "LOC"),
  ("Lebombo Mountains", "LOC"), ("Mozambique", "LOC")]),
# wB030
("The Perito Moreno Glacier is a glacier in Los Glaciares National Park in Santa Cruz Province, Argentina. Fed by the Southern Patagonian Ice Field, it ends in Lago Argentino, where its front periodically dams the Brazo Rico arm of the lake.",
 [("Perito Moreno Glacier", "LOC"), ("Los Glaciares National Park", "LOC"), ("Santa Cruz Province", "LOC"),
  ("Argentina", "LOC"), ("Southern Patagonian Ice Field", "LOC"), ("Lago Argentino", "LOC"), ("Brazo Rico", "LOC")]),
# wB031
("The Strait of Malacca is a narrow stretch of water between the Malay Peninsula and the Indonesian island of Sumatra. One of the busiest shipping lanes in the world, it links the Andaman Sea with the South China Sea by way of the Singapore Strait.",
 [("Strait of Malacca", "LOC"), ("Malay Peninsula", "LOC"), ("Indonesian", "MISC"), ("Sumatra", "LOC"),
  ("Andaman Sea", "LOC"), ("South China Sea", "LOC"), ("Singapore Strait", "LOC")]),
# wB032
("Ha Long Bay (Vietnamese: Vịnh Hạ Long) is a bay in Quảng Ninh Province, in north-eastern Vietnam, known for its thousands of limestone islets. The name means 'descending dragon', and Cát Bà Island marks its south-western edge.",
 [("Ha Long Bay", "LOC"), ("Vietnamese", "MISC"), ("Vịnh Hạ Long", "LOC"), ("Quảng Ninh Province", "LOC"),
  ("Vietnam", "LOC"), ("Cát Bà Island", "LOC")]),
# wB033
("Kalaw is a hill town in Taunggyi District, Shan State, Myanmar. Founded as a hill station by British officials in the early twentieth century, it lies on the railway between Thazi and Shwenyaung and is a starting point for treks to Inle Lake.",
 [("Kalaw", "LOC"), ("Taunggyi District", "LOC"), ("Shan State", "LOC"), ("Myanmar", "LOC"), ("British", "MISC"),
  ("Thazi", "LOC"), ("Shwenyaung", "LOC"), ("Inle Lake", "LOC")]),
# wB034
("Tana Toraja Regency is a regency of South Sulawesi province, Indonesia, with its seat at Makale. It is the homeland of the Toraja people, whose elaborate funeral rites and carved tongkonan houses draw visitors to villages such as Kete Kesu.",
 [("Tana Toraja Regency", "LOC"), ("South Sulawesi", "LOC"), ("Indonesia", "LOC"), ("Makale", "LOC"), ("Toraja", "MISC"),
  ("Kete Kesu", "LOC")]),
# wB035
("Kanazawa (金沢市, Kanazawa-shi) is the capital city of Ishikawa Prefecture, Japan, on the Sea of Japan coast. It was the castle town of the Kaga Domain for almost three centuries, and its Kenroku-en garden is counted among the three great gardens of Japan.",
 [("Kanazawa", "LOC"), ("金沢市", "LOC"), ("Kanazawa-shi", "LOC"), ("Ishikawa Prefecture", "LOC"), ("Japan", "LOC"),
  ("Sea of Japan", "LOC"), ("Kaga Domain", "LOC"), ("Kenroku-en", "LOC"), ("Japan", "LOC")]),
# wB036
("Akureyri is a town in northern Iceland at the head of Eyjafjörður, the country's longest fjord. With about 19,000 inhabitants it is the largest urban area outside the Capital Region, and it is home to the University of Akureyri and the Akureyri Botanical Garden.",
 [("Akureyri", "LOC"), ("Iceland", "LOC"), ("Eyjafjörður", "LOC"), ("Capital Region", "LOC"),
  ("University of Akureyri", "ORG"), ("Akureyri Botanical Garden", "LOC")]),
# wB037
("Floods on the Brahmaputra have forced more than 40,000 people from their homes in Assam's Dhemaji district, the state disaster management authority said on Tuesday. The Indian Army flew relief supplies to Majuli, a river island cut off since the weekend.",
 [("Brahmaputra", "LOC"), ("Assam", "LOC"), ("Dhemaji", "LOC"), ("Indian Army", "ORG"), ("Majuli", "LOC")]),
# wB038
("We drove from Ulaanbaatar to Kharkhorin in a single day, stopping at the sand dunes of Elsen Tasarkhai. The old Erdene Zuu monastery stands just outside the town, on the site of the Mongol capital Karakorum.",
 [("Ulaanbaatar", "LOC"), ("Kharkhorin", "LOC"), ("Elsen Tasarkhai", "LOC"), ("Erdene Zuu", "LOC"), ("Mongol", "MISC"),
  ("Karakorum", "LOC")]),
# wB039
("Soweto is a township of the City of Johannesburg Metropolitan Municipality in Gauteng, South Africa. Its Vilakazi Street, where Nelson Mandela and Desmond Tutu once lived, is said to be the only street in the world that was home to two winners of the Nobel Peace Prize.",
 [("Soweto", "LOC"), ("City of Johannesburg Metropolitan Municipality", "LOC"), ("Gauteng", "LOC"),
  ("South Africa", "LOC"), ("Vilakazi Street", "LOC"), ("Nelson Mandela", "PER"), ("Desmond Tutu", "PER"),
  ("Nobel Peace Prize", "MISC")]),
# wB040
("The Sultanate of Malacca was a Malay sultanate centred on the port of Malacca, founded around 1400 by Parameswara, a prince from Palembang. It controlled the trade of the strait until it fell to a Portuguese fleet under Afonso de Albuquerque in 1511.",
 [("Sultanate of Malacca", "LOC"), ("Malay", "MISC"), ("Malacca", "LOC"), ("Parameswara", "PER"), ("Palembang", "LOC"),
  ("Portuguese", "MISC"), ("Afonso de Albuquerque", "PER")]),
]
