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
# wB041
("'s-Hertogenbosch, commonly known as Den Bosch, is a city and municipality in the Netherlands and the capital of the province of North Brabant. It was the birthplace of the painter Hieronymus Bosch, and its St. John's Cathedral dominates the old town.",
 [("'s-Hertogenbosch", "LOC"), ("Den Bosch", "LOC"), ("Netherlands", "LOC"), ("North Brabant", "LOC"),
  ("Hieronymus Bosch", "PER"), ("St. John's Cathedral", "LOC")]),
# wB042
("Ciudad del Este is the second-largest city in Paraguay and the capital of Alto Paraná Department. It sits on the Paraná River at the Triple Frontier with Brazil and Argentina, joined to Foz do Iguaçu by the Friendship Bridge.",
 [("Ciudad del Este", "LOC"), ("Paraguay", "LOC"), ("Alto Paraná Department", "LOC"), ("Paraná River", "LOC"),
  ("Triple Frontier", "LOC"), ("Brazil", "LOC"), ("Argentina", "LOC"), ("Foz do Iguaçu", "LOC"), ("Friendship Bridge", "LOC")]),
# wB043
("Nunavut is the largest and northernmost territory of Canada, separated from the Northwest Territories on 1 April 1999 under the Nunavut Act. Its capital is Iqaluit on Baffin Island, and most of its people are Inuit who speak Inuktitut or Inuinnaqtun.",
 [("Nunavut", "LOC"), ("Canada", "LOC"), ("Northwest Territories", "LOC"), ("Nunavut Act", "MISC"), ("Iqaluit", "LOC"),
  ("Baffin Island", "LOC"), ("Inuit", "MISC"), ("Inuktitut", "MISC"), ("Inuinnaqtun", "MISC")]),
# wB044
("Easter Island (Rapa Nui: Rapa Nui; Spanish: Isla de Pascua) is a Chilean island in the south-eastern Pacific Ocean, part of the Valparaíso Region. It is famous for nearly a thousand monumental statues, called moai, carved by the Rapa Nui people, and its only town is Hanga Roa.",
 [("Easter Island", "LOC"), ("Rapa Nui", "MISC"), ("Rapa Nui", "LOC"), ("Spanish", "MISC"), ("Isla de Pascua", "LOC"),
  ("Chilean", "MISC"), ("Pacific Ocean", "LOC"), ("Valparaíso Region", "LOC"), ("Rapa Nui", "MISC"), ("Hanga Roa", "LOC")]),
# wB045
("The Tuareg are a Berber people of the Sahara, living mainly in Niger, Mali, Algeria, Libya and Burkina Faso. They speak Tamasheq and related languages written in the Tifinagh script, and the town of Agadez in the Aïr Mountains is one of their historic centres.",
 [("Tuareg", "MISC"), ("Berber", "MISC"), ("Sahara", "LOC"), ("Niger", "LOC"), ("Mali", "LOC"), ("Algeria", "LOC"),
  ("Libya", "LOC"), ("Burkina Faso", "LOC"), ("Tamasheq", "MISC"), ("Tifinagh", "MISC"), ("Agadez", "LOC"),
  ("Aïr Mountains", "LOC")]),
# wB046
("The Battle of Talas was fought in July 751 near the Talas River, in what is now the border region of Kazakhstan and Kyrgyzstan, between the Abbasid Caliphate and the Tang dynasty of China. The Abbasid victory checked Chinese expansion into Central Asia.",
 [("Battle of Talas", "MISC"), ("Talas River", "LOC"), ("Kazakhstan", "LOC"), ("Kyrgyzstan", "LOC"),
  ("Abbasid Caliphate", "LOC"), ("Tang", "LOC"), ("China", "LOC"), ("Abbasid", "MISC"), ("Chinese", "MISC"),
  ("Central Asia", "LOC")]),
# wB047
("The Aztec Empire was a triple alliance of the city-states of Tenochtitlan, Texcoco and Tlacopan that ruled much of central Mexico from 1428 until 1521. Its capital fell to Spanish conquistadors led by Hernán Cortés and their Tlaxcalan allies after a siege of nearly three months.",
 [("Aztec Empire", "LOC"), ("Tenochtitlan", "LOC"), ("Texcoco", "LOC"), ("Tlacopan", "LOC"), ("Mexico", "LOC"),
  ("Spanish", "MISC"), ("Hernán Cortés", "PER"), ("Tlaxcalan", "MISC")]),
# wB048
("Tongariro National Park is the oldest national park in New Zealand, set up in 1887 after the Ngāti Tūwharetoa chief Te Heuheu Tūkino IV gave the peaks to the government. It surrounds the active volcanoes Ruapehu, Ngauruhoe and Tongariro in the centre of the North Island.",
 [("Tongariro National Park", "LOC"), ("New Zealand", "LOC"), ("Ngāti Tūwharetoa", "MISC"), ("Te Heuheu Tūkino IV", "PER"),
  ("Ruapehu", "LOC"), ("Ngauruhoe", "LOC"), ("Tongariro", "LOC"), ("North Island", "LOC")]),
# wB049
("Upolu is the second-largest island of Samoa and home to about three quarters of its people. The capital, Apia, lies on its north coast, and the Scottish writer Robert Louis Stevenson spent his last years at Vailima in the hills above the town.",
 [("Upolu", "LOC"), ("Samoa", "LOC"), ("Apia", "LOC"), ("Scottish", "MISC"), ("Robert Louis Stevenson", "PER"),
  ("Vailima", "LOC")]),
# wB050
("Voters in Malawi returned to the polls on 23 June 2020 after the Constitutional Court annulled the previous year's presidential vote. Lazarus Chakwera of the Malawi Congress Party won 59 percent and unseated President Peter Mutharika of the Democratic Progressive Party.",
 [("Malawi", "LOC"), ("Constitutional Court", "ORG"), ("Lazarus Chakwera", "PER"), ("Malawi Congress Party", "ORG"),
  ("Peter Mutharika", "PER"), ("Democratic Progressive Party", "ORG")]),
# wB051
("The Ubangi River is the largest right-bank tributary of the Congo River. For most of its length it forms the border between the Central African Republic and the Democratic Republic of the Congo, and the city of Bangui stands on its northern bank.",
 [("Ubangi River", "LOC"), ("Congo River", "LOC"), ("Central African Republic", "LOC"),
  ("Democratic Republic of the Congo", "LOC"), ("Bangui", "LOC")]),
# wB052
("The Tian Shan (Chinese: 天山, 'heavenly mountains') is a large system of mountain ranges in Central Asia, stretching across Kyrgyzstan, Kazakhstan and the Xinjiang region of China. Its highest peak is Jengish Chokusu, at 7,439 metres, near the border between Kyrgyzstan and China.",
 [("Tian Shan", "LOC"), ("Chinese", "MISC"), ("天山", "LOC"), ("Central Asia", "LOC"), ("Kyrgyzstan", "LOC"),
  ("Kazakhstan", "LOC"), ("Xinjiang", "LOC"), ("China", "LOC"), ("Jengish Chokusu", "LOC"), ("Kyrgyzstan", "LOC"),
  ("China", "LOC")]),
# wB053
("Mestia (Georgian: მესტია) is a highland townlet in north-western Georgia, the administrative centre of Mestia Municipality in the Samegrelo-Zemo Svaneti region. Lying at 1,500 metres in the Greater Caucasus, it is known for the medieval defensive towers built by the Svans.",
 [("Mestia", "LOC"), ("Georgian", "MISC"), ("მესტია", "LOC"), ("Georgia", "LOC"), ("Mestia Municipality", "LOC"),
  ("Samegrelo-Zemo Svaneti", "LOC"), ("Greater Caucasus", "LOC"), ("Svans", "MISC")]),
# wB054
("Lake Sevan (Armenian: Սևանա լիճ) is the largest body of water in Armenia and in the Caucasus, lying at an altitude of about 1,900 metres in Gegharkunik Province. The Sevanavank monastery stands on a former island on its north-western shore.",
 [("Lake Sevan", "LOC"), ("Armenian", "MISC"), ("Սևանա լիճ", "LOC"), ("Armenia", "LOC"), ("Caucasus", "LOC"),
  ("Gegharkunik Province", "LOC"), ("Sevanavank", "LOC")]),
# wB055
("The Vasa is a Swedish warship that sank in Stockholm harbour on her maiden voyage in 1628, less than a nautical mile from where she was launched. Raised in 1961, she is now displayed in the Vasa Museum on the island of Djurgården.",
 [("Vasa", "MISC"), ("Swedish", "MISC"), ("Stockholm", "LOC"), ("Vasa Museum", "ORG"), ("Djurgården", "LOC")]),
# wB056
("The Esmeralda was a Chilean corvette sunk on 21 May 1879 at the Battle of Iquique by the Peruvian ironclad Huáscar. Her captain, Arturo Prat, died while boarding the enemy ship and became a national hero of Chile.",
 [("Esmeralda", "MISC"), ("Chilean", "MISC"), ("Battle of Iquique", "MISC"), ("Peruvian", "MISC"), ("Huáscar", "MISC"),
  ("Arturo Prat", "PER"), ("Chile", "LOC")]),
# wB057
("Nahuatl is a Uto-Aztecan language spoken by about 1.7 million Nahua people, most of whom live in central Mexico. Classical Nahuatl was the language of the Aztec Empire, and words such as 'chocolate' and 'tomato' entered Spanish and English from it.",
 [("Nahuatl", "MISC"), ("Uto-Aztecan", "MISC"), ("Nahua", "MISC"), ("Mexico", "LOC"), ("Classical Nahuatl", "MISC"),
  ("Aztec Empire", "LOC"), ("Spanish", "MISC"), ("English", "MISC")]),
# wB058
("Jainism is an ancient Indian religion that teaches ahimsa, non-violence towards all living beings. Its followers, called Jains, are concentrated in Gujarat, Rajasthan and Maharashtra, and the hilltop temples of Palitana on Shatrunjaya hill are among its holiest sites.",
 [("Jainism", "MISC"), ("Indian", "MISC"), ("Jains", "MISC"), ("Gujarat", "LOC"), ("Rajasthan", "LOC"),
  ("Maharashtra", "LOC"), ("Palitana", "LOC"), ("Shatrunjaya", "LOC")]),
# wB059
("Cyclone Nargis struck the Irrawaddy Delta of Myanmar on 2 May 2008, causing the worst natural disaster in the country's recorded history. The military government at first refused most foreign aid, and relief flights of the World Food Programme were held up for days.",
 [("Cyclone Nargis", "MISC"), ("Irrawaddy Delta", "LOC"), ("Myanmar", "LOC"), ("World Food Programme", "ORG")]),
# wB060
("The Naadam festival is held every July across Mongolia, with its main games staged at the National Sports Stadium in Ulaanbaatar. Its three 'manly games' are wrestling, horse racing and archery, and it has been celebrated in its modern form since the revolution of 1921.",
 [("Naadam", "MISC"), ("Mongolia", "LOC"), ("National Sports Stadium", "LOC"), ("Ulaanbaatar", "LOC")]),
# wB061
("The 1996 Cricket World Cup was jointly hosted by Pakistan, India and Sri Lanka. Sri Lanka, captained by Arjuna Ranatunga, beat Australia by seven wickets in the final at the Gaddafi Stadium in Lahore.",
 [("Cricket World Cup", "MISC"), ("Pakistan", "LOC"), ("India", "LOC"), ("Sri Lanka", "LOC"), ("Sri Lanka", "LOC"),
  ("Arjuna Ranatunga", "PER"), ("Australia", "LOC"), ("Gaddafi Stadium", "LOC"), ("Lahore", "LOC")]),
# wB062
("The Warsaw Uprising was a major operation of the Polish underground Home Army to free Warsaw from German occupation in the summer of 1944. After 63 days of fighting without Soviet help, the insurgents surrendered, and the city was then largely razed.",
 [("Warsaw Uprising", "MISC"), ("Polish", "MISC"), ("Home Army", "ORG"), ("Warsaw", "LOC"), ("German", "MISC"),
  ("Soviet", "MISC")]),
# wB063
("The Treaty of Guadalupe Hidalgo, signed on 2 February 1848, ended the Mexican–American War. Under its terms Mexico ceded to the United States the land that became California, Nevada and Utah and parts of several other states, and the Rio Grande became the border with Texas.",
 [("Treaty of Guadalupe Hidalgo", "MISC"), ("Mexican–American War", "MISC"), ("Mexico", "LOC"), ("United States", "LOC"),
  ("California", "LOC"), ("Nevada", "LOC"), ("Utah", "LOC"), ("Rio Grande", "LOC"), ("Texas", "LOC")]),
# wB064
("Bamyan Province is one of the 34 provinces of Afghanistan, in the central highlands of the country. Its capital, Bamyan, was once a stop on the Silk Road, and the two giant standing statues carved into its cliffs were destroyed by the Taliban in March 2001.",
 [("Bamyan Province", "LOC"), ("Afghanistan", "LOC"), ("Bamyan", "LOC"), ("Silk Road", "LOC"), ("Taliban", "ORG")]),
# wB065
("Saint-Louis (Wolof: Ndar) is a city in northern Senegal near the mouth of the Senegal River. It was the capital of French West Africa until 1902 and of Senegal until 1957, and its colonial centre lies on a narrow island linked to the mainland by the Faidherbe Bridge.",
 [("Saint-Louis", "LOC"), ("Wolof", "MISC"), ("Ndar", "LOC"), ("Senegal", "LOC"), ("Senegal River", "LOC"),
  ("French West Africa", "LOC"), ("Senegal", "LOC"), ("Faidherbe Bridge", "LOC")]),
# wB066
("Petropavlovsk-Kamchatsky is the administrative centre of Kamchatka Krai, on the shore of Avacha Bay on the Kamchatka Peninsula. The city cannot be reached by road from the rest of Russia, and the Koryaksky and Avachinsky volcanoes rise behind it.",
 [("Petropavlovsk-Kamchatsky", "LOC"), ("Kamchatka Krai", "LOC"), ("Avacha Bay", "LOC"), ("Kamchatka Peninsula", "LOC"),
  ("Russia", "LOC"), ("Koryaksky", "LOC"), ("Avachinsky", "LOC")]),
# wB067
("Hamad International Airport is the main airport of Qatar, built on land reclaimed from the Persian Gulf east of Doha. It replaced Doha International Airport in 2014 and is the hub of the national carrier, Qatar Airways.",
 [("Hamad International Airport", "LOC"), ("Qatar", "LOC"), ("Persian Gulf", "LOC"), ("Doha", "LOC"),
  ("Doha International Airport", "LOC"), ("Qatar Airways", "ORG")]),
# wB068
("Wat Phra That Doi Suthep is a Theravada Buddhist temple on Doi Suthep mountain, about 15 kilometres from the centre of Chiang Mai in northern Thailand. Legend says that its site was chosen by a white elephant sent out by King Kuena of Lan Na in the fourteenth century.",
 [("Wat Phra That Doi Suthep", "LOC"), ("Theravada Buddhist", "MISC"), ("Doi Suthep", "LOC"), ("Chiang Mai", "LOC"),
  ("Thailand", "LOC"), ("Kuena", "PER"), ("Lan Na", "LOC")]),
# wB069
("Himeji Castle (姫路城, Himeji-jō) is a hilltop castle in the city of Himeji, Hyōgo Prefecture, Japan. Completed in its present form in 1609, it survived the bombing of the city in the Second World War and was among the first sites in Japan to be listed by UNESCO.",
 [("Himeji Castle", "LOC"), ("姫路城", "LOC"), ("Himeji-jō", "LOC"), ("Himeji", "LOC"), ("Hyōgo Prefecture", "LOC"),
  ("Japan", "LOC"), ("Second World War", "MISC"), ("Japan", "LOC"), ("UNESCO", "ORG")]),
# wB070
("The earthquake that struck the coast of Ecuador on 16 April 2016 flattened much of Pedernales and Portoviejo in Manabí Province. President Rafael Correa cut short a visit to Italy and declared a state of emergency in six provinces.",
 [("Ecuador", "LOC"), ("Pedernales", "LOC"), ("Portoviejo", "LOC"), ("Manabí Province", "LOC"), ("Rafael Correa", "PER"),
  ("Italy", "LOC")]),
# wB071
("My grandmother grew up in Nkhata Bay, on the western shore of Lake Malawi, and moved to Blantyre when she married. She still calls the lake Nyasa, the name that the Yao fishermen of her childhood used.",
 [("Nkhata Bay", "LOC"), ("Lake Malawi", "LOC"), ("Blantyre", "LOC"), ("Nyasa", "LOC"), ("Yao", "MISC")]),
# wB072
("Zalipie is a village in the administrative district of Gmina Olesno, within Dąbrowa County, Lesser Poland Voivodeship, in southern Poland. It is known for its painted cottages, a custom begun by local women in the late nineteenth century.",
 [("Zalipie", "LOC"), ("Gmina Olesno", "LOC"), ("Dąbrowa County", "LOC"), ("Lesser Poland Voivodeship", "LOC"),
  ("Poland", "LOC")]),
# wB073
("The Songhai Empire was the largest state in the history of West Africa, centred on the city of Gao on the Niger. It reached its height under Askia Muhammad in the early sixteenth century and collapsed after a Moroccan army won the Battle of Tondibi in 1591.",
 [("Songhai Empire", "LOC"), ("West Africa", "LOC"), ("Gao", "LOC"), ("Niger", "LOC"), ("Askia Muhammad", "PER"),
  ("Moroccan", "MISC"), ("Battle of Tondibi", "MISC")]),
# wB074
("The Carnation Revolution (Portuguese: Revolução dos Cravos) was a military coup in Lisbon on 25 April 1974 that overthrew the dictatorship of Marcelo Caetano. It was led by the Armed Forces Movement and soon ended Portugal's colonial wars in Angola, Mozambique and Guinea-Bissau.",
 [("Carnation Revolution", "MISC"), ("Portuguese", "MISC"), ("Revolução dos Cravos", "MISC"), ("Lisbon", "LOC"),
  ("Marcelo Caetano", "PER"), ("Armed Forces Movement", "ORG"), ("Portugal", "LOC"), ("Angola", "LOC"),
  ("Mozambique", "LOC"), ("Guinea-Bissau", "LOC")]),
# wB075
("The Andaman and Nicobar Islands are a union territory of India in the Bay of Bengal, about 1,200 kilometres east of the mainland. Its capital, Sri Vijaya Puram, formerly Port Blair, lies on South Andaman Island, and the Sentinelese of North Sentinel Island refuse all contact with outsiders.",
 [("Andaman and Nicobar Islands", "LOC"), ("India", "LOC"), ("Bay of Bengal", "LOC"), ("Sri Vijaya Puram", "LOC"),
  ("Port Blair", "LOC"), ("South Andaman Island", "LOC"), ("Sentinelese", "MISC"), ("North Sentinel Island", "LOC")]),
# wB076
("Cabramatta is a suburb of Sydney, in the state of New South Wales, Australia, about 30 kilometres south-west of the central business district, in the local government area of the City of Fairfield. Settled by many Vietnamese refugees after 1975, it is known for the markets on John Street.",
 [("Cabramatta", "LOC"), ("Sydney", "LOC"), ("New South Wales", "LOC"), ("Australia", "LOC"), ("City of Fairfield", "LOC"),
  ("Vietnamese", "MISC"), ("John Street", "LOC")]),
# wB077
("Lake Titicaca is a large freshwater lake in the Andes on the border between Bolivia and Peru, often called the highest navigable lake in the world. The Uros live on floating islands made of totora reeds, and the Isla del Sol on the Bolivian side is the birthplace of the sun in Inca legend.",
 [("Lake Titicaca", "LOC"), ("Andes", "LOC"), ("Bolivia", "LOC"), ("Peru", "LOC"), ("Uros", "MISC"), ("Isla del Sol", "LOC"),
  ("Bolivian", "MISC"), ("Inca", "MISC")]),
# wB078
("The Øresund Bridge is a combined railway and motorway bridge across the Øresund strait between Copenhagen in Denmark and Malmö in Sweden. Opened in 2000, it runs for almost 8 kilometres to the artificial island of Peberholm, where the route enters the Drogden Tunnel.",
 [("Øresund Bridge", "LOC"), ("Øresund", "LOC"), ("Copenhagen", "LOC"), ("Denmark", "LOC"), ("Malmö", "LOC"),
  ("Sweden", "LOC"), ("Peberholm", "LOC"), ("Drogden Tunnel", "LOC")]),
# wB079
("The Druze are an Arabic-speaking esoteric religious group found mainly in Syria, Lebanon, Israel and Jordan. Their faith grew out of Ismaili Islam in eleventh-century Egypt, and they honour the prophet Jethro, whose tomb near Hittin is their most important shrine.",
 [("Druze", "MISC"), ("Arabic", "MISC"), ("Syria", "LOC"), ("Lebanon", "LOC"), ("Israel", "LOC"), ("Jordan", "LOC"),
  ("Ismaili Islam", "MISC"), ("Egypt", "LOC"), ("Jethro", "PER"), ("Hittin", "LOC")]),
# wB080
("Residents of Chichicastenango, a highland town in the Guatemalan department of El Quiché, voted on Sunday to keep the Thursday and Sunday markets in the plaza outside the church of Santo Tomás. Most of the town's people are Maya who speak a Mayan language at home.",
 [("Chichicastenango", "LOC"), ("Guatemalan", "MISC"), ("El Quiché", "LOC"), ("Santo Tomás", "LOC"),
  ("Maya", "MISC"), ("Mayan", "MISC")]),
# wB081
("Samarkand (Uzbek: Samarqand) is a city in south-eastern Uzbekistan and the administrative centre of Samarqand Region. A major stop on the Silk Road, it was the capital of Timur, whose mausoleum, the Gur-e-Amir, stands near the Registan square.",
 [("Samarkand", "LOC"), ("Uzbek", "MISC"), ("Samarqand", "LOC"), ("Uzbekistan", "LOC"), ("Samarqand Region", "LOC"),
  ("Silk Road", "LOC"), ("Timur", "PER"), ("Gur-e-Amir", "LOC"), ("Registan", "LOC")]),
# wB082
("Mostar is a city in Bosnia and Herzegovina and the largest settlement of Herzegovina-Neretva Canton. Its Old Bridge (Stari Most), built by the Ottomans in 1566 over the Neretva, was destroyed by Croat forces in November 1993 and rebuilt with help from the World Bank in 2004.",
 [("Mostar", "LOC"), ("Bosnia and Herzegovina", "LOC"), ("Herzegovina-Neretva Canton", "LOC"), ("Old Bridge", "LOC"),
  ("Stari Most", "LOC"), ("Ottomans", "MISC"), ("Neretva", "LOC"), ("Croat", "MISC"), ("World Bank", "ORG")]),
# wB083
("Santiago de Cuba is the second-largest city in Cuba and the capital of Santiago de Cuba Province. Fidel Castro's attack on the Moncada Barracks there on 26 July 1953 is seen as the start of the Cuban Revolution, and the city's Castillo del Morro guards the entrance to its bay.",
 [("Santiago de Cuba", "LOC"), ("Cuba", "LOC"), ("Santiago de Cuba Province", "LOC"), ("Fidel Castro", "PER"),
  ("Moncada Barracks", "LOC"), ("Cuban Revolution", "MISC"), ("Castillo del Morro", "LOC")]),
# wB084
("Lake Nicaragua, known locally as Cocibolca, is a freshwater lake in southern Nicaragua and the largest lake in Central America. It holds the volcanic island of Ometepe, and the San Juan River drains it eastward to the Caribbean Sea along the border with Costa Rica.",
 [("Lake Nicaragua", "LOC"), ("Cocibolca", "LOC"), ("Nicaragua", "LOC"), ("Central America", "LOC"), ("Ometepe", "LOC"),
  ("San Juan River", "LOC"), ("Caribbean Sea", "LOC"), ("Costa Rica", "LOC")]),
# wB085
("Svalbard is a Norwegian archipelago in the Arctic Ocean, midway between mainland Norway and the North Pole. Its administrative centre is Longyearbyen on Spitsbergen, near the Svalbard Global Seed Vault, and Russian miners still work at Barentsburg under the Svalbard Treaty of 1920.",
 [("Svalbard", "LOC"), ("Norwegian", "MISC"), ("Arctic Ocean", "LOC"), ("Norway", "LOC"), ("North Pole", "LOC"),
  ("Longyearbyen", "LOC"), ("Spitsbergen", "LOC"), ("Svalbard Global Seed Vault", "LOC"), ("Russian", "MISC"),
  ("Barentsburg", "LOC"), ("Svalbard Treaty", "MISC")]),
# wB086
("Guadalcanal is the largest island of the Solomon Islands, and its north coast holds the capital, Honiara. From August 1942 to February 1943 it was the scene of the Guadalcanal campaign between Allied forces and the Empire of Japan, fought around the airfield now known as Honiara International Airport.",
 [("Guadalcanal", "LOC"), ("Solomon Islands", "LOC"), ("Honiara", "LOC"), ("Guadalcanal", "LOC"), ("Allied", "MISC"),
  ("Empire of Japan", "LOC"), ("Honiara International Airport", "LOC")]),
# wB087
("The Siwa Oasis is an urban oasis in Egypt's Western Desert, about 50 kilometres east of the Libyan border. It is home to a Berber-speaking people, the Siwi, and to the ruins of the Temple of the Oracle of Amun, which Alexander the Great visited in 331 BC.",
 [("Siwa Oasis", "LOC"), ("Egypt", "LOC"), ("Western Desert", "LOC"), ("Libyan", "MISC"), ("Berber", "MISC"),
  ("Siwi", "MISC"), ("Temple of the Oracle of Amun", "LOC"), ("Alexander the Great", "PER")]),
# wB088
("The Curonian Spit (Lithuanian: Kuršių nerija; Russian: Куршская коса) is a 98-kilometre sand-dune spit separating the Curonian Lagoon from the Baltic Sea. Its southern part belongs to the Kaliningrad Oblast of Russia and its northern part to Lithuania, where the resort of Nida stands.",
 [("Curonian Spit", "LOC"), ("Lithuanian", "MISC"), ("Kuršių nerija", "LOC"), ("Russian", "MISC"), ("Куршская коса", "LOC"),
  ("Curonian Lagoon", "LOC"), ("Baltic Sea", "LOC"), ("Kaliningrad Oblast", "LOC"), ("Russia", "LOC"),
  ("Lithuania", "LOC"), ("Nida", "LOC")]),
# wB089
("The Alhambra is a palace and fortress complex in Granada, Andalusia, Spain, built mainly under the Emirate of Granada in the thirteenth and fourteenth centuries. After Ferdinand and Isabella took the city in 1492, Charles V added a palace of his own inside its walls.",
 [("Alhambra", "LOC"), ("Granada", "LOC"), ("Andalusia", "LOC"), ("Spain", "LOC"), ("Emirate of Granada", "LOC"),
  ("Ferdinand", "PER"), ("Isabella", "PER"), ("Charles V", "PER")]),
# wB090
("Matera is a city on a rocky outcrop in the region of Basilicata, in southern Italy, and the capital of the Province of Matera. Its ancient cave dwellings, the Sassi, were emptied by the government in the 1950s and have since become a major filming location.",
 [("Matera", "LOC"), ("Basilicata", "LOC"), ("Italy", "LOC"), ("Province of Matera", "LOC"), ("Sassi", "LOC")]),
# wB091
("Jeju Island (Korean: 제주도) is the largest island of South Korea, lying in the Korea Strait south-west of South Jeolla Province. It forms most of Jeju Special Self-Governing Province, and Hallasan, a shield volcano at its centre, is the highest mountain in the country.",
 [("Jeju Island", "LOC"), ("Korean", "MISC"), ("제주도", "LOC"), ("South Korea", "LOC"), ("Korea Strait", "LOC"),
  ("South Jeolla Province", "LOC"), ("Jeju Special Self-Governing Province", "LOC"), ("Hallasan", "LOC")]),
# wB092
("Lijiang is a prefecture-level city in the north-west of Yunnan Province, China. Its Old Town, a network of canals and wooden houses built by the Nakhi people, lies at the foot of the Jade Dragon Snow Mountain.",
 [("Lijiang", "LOC"), ("Yunnan Province", "LOC"), ("China", "LOC"), ("Old Town", "LOC"), ("Nakhi", "MISC"),
  ("Jade Dragon Snow Mountain", "LOC")]),
# wB093
("Taroko National Park is a national park in Hualien County, Taiwan, named after the Taroko Gorge, a marble canyon cut by the Liwu River. The Truku people, from whom the name comes, lived in the gorge long before the Japanese colonial period.",
 [("Taroko National Park", "LOC"), ("Hualien County", "LOC"), ("Taiwan", "LOC"), ("Taroko Gorge", "LOC"),
  ("Liwu River", "LOC"), ("Truku", "MISC"), ("Japanese", "MISC")]),
# wB094
("Typhoon Haiyan, known in the Philippines as Yolanda, made landfall in Eastern Samar on 8 November 2013 and devastated the city of Tacloban in Leyte. The United Nations appealed for $301 million, and the USS George Washington was sent to help with relief flights.",
 [("Typhoon Haiyan", "MISC"), ("Philippines", "LOC"), ("Yolanda", "MISC"), ("Eastern Samar", "LOC"), ("Tacloban", "LOC"),
  ("Leyte", "LOC"), ("United Nations", "ORG"), ("USS George Washington", "MISC")]),
# wB095
("The Okavango Delta is a large inland delta in Botswana, formed where the Okavango River spreads out across the Kalahari. Its swamps flood each year with rains that fell months earlier in the highlands of Angola, and the Moremi Game Reserve covers its eastern part.",
 [("Okavango Delta", "LOC"), ("Botswana", "LOC"), ("Okavango River", "LOC"), ("Kalahari", "LOC"), ("Angola", "LOC"),
  ("Moremi Game Reserve", "LOC")]),
# wB096
("The Great Mosque of Djenné is a large mud-brick mosque in the town of Djenné, Mali, on the floodplain of the Bani River. The present building dates from 1907, and the whole town gathers every spring for the Crépissage, when the walls are given a fresh coat of mud.",
 [("Great Mosque of Djenné", "LOC"), ("Djenné", "LOC"), ("Mali", "LOC"), ("Bani River", "LOC"), ("Crépissage", "MISC")]),
# wB097
("The Congress of Berlin of 1878 redrew the map of the Balkans after the Russo-Turkish War. It recognised the independence of Serbia, Montenegro and Romania, and placed Bosnia and Herzegovina under the administration of Austria-Hungary.",
 [("Congress of Berlin", "MISC"), ("Balkans", "LOC"), ("Russo-Turkish War", "MISC"), ("Serbia", "LOC"),
  ("Montenegro", "LOC"), ("Romania", "LOC"), ("Bosnia and Herzegovina", "LOC"), ("Austria-Hungary", "LOC")]),
# wB098
("In the Uruguayan general election of 2004, Tabaré Vázquez of the Broad Front won in the first round with just over 50 percent, ending the long alternation in power of the Colorado Party and the National Party. He was sworn in at the Legislative Palace in Montevideo on 1 March 2005.",
 [("Uruguayan", "MISC"), ("Tabaré Vázquez", "PER"), ("Broad Front", "ORG"), ("Colorado Party", "ORG"),
  ("National Party", "ORG"), ("Legislative Palace", "LOC"), ("Montevideo", "LOC")]),
# wB099
("The MS Estonia, a car and passenger ferry of the Estline company, sank in the Baltic Sea on 28 September 1994 on its way from Tallinn to Stockholm. The joint investigation commission of Estonia, Finland and Sweden blamed the failure of the bow visor.",
 [("MS Estonia", "MISC"), ("Estline", "ORG"), ("Baltic Sea", "LOC"), ("Tallinn", "LOC"), ("Stockholm", "LOC"),
  ("Estonia", "LOC"), ("Finland", "LOC"), ("Sweden", "LOC")]),
# wB100
("Tok Pisin is an English-based creole language spoken throughout Papua New Guinea, where it is an official language together with Hiri Motu, English and Papua New Guinean Sign Language. The weekly newspaper Wantok has been published in it since 1970.",
 [("Tok Pisin", "MISC"), ("English", "MISC"), ("Papua New Guinea", "LOC"), ("Hiri Motu", "MISC"), ("English", "MISC"),
  ("Papua New Guinean Sign Language", "MISC"), ("Wantok", "ORG")]),
# wB101
("Rastafari is a religious movement that arose in Jamaica in the 1930s among the descendants of enslaved Africans. Its followers regard Haile Selassie, Emperor of Ethiopia from 1930 to 1974, as the returned messiah, and many hold that Africa, and Ethiopia in particular, is the promised land.",
 [("Rastafari", "MISC"), ("Jamaica", "LOC"), ("Africans", "MISC"), ("Haile Selassie", "PER"), ("Ethiopia", "LOC"),
  ("Africa", "LOC"), ("Ethiopia", "LOC")]),
# wB102
("The Siachen Glacier is a glacier in the eastern Karakoram, just north-east of the point where the Line of Control between India and Pakistan ends. At 76 kilometres it is the second-longest glacier outside the polar regions, and the Indian Army has held most of it since Operation Meghdoot in 1984.",
 [("Siachen Glacier", "LOC"), ("Karakoram", "LOC"), ("Line of Control", "LOC"), ("India", "LOC"), ("Pakistan", "LOC"),
  ("Indian Army", "ORG"), ("Operation Meghdoot", "MISC")]),
# wB103
("The Suez Canal is an artificial waterway in Egypt connecting the Mediterranean Sea with the Red Sea through the Isthmus of Suez. Built by the Suez Canal Company under Ferdinand de Lesseps and opened in 1869, it was nationalised by Gamal Abdel Nasser in 1956, which led to the Suez Crisis.",
 [("Suez Canal", "LOC"), ("Egypt", "LOC"), ("Mediterranean Sea", "LOC"), ("Red Sea", "LOC"), ("Isthmus of Suez", "LOC"),
  ("Suez Canal Company", "ORG"), ("Ferdinand de Lesseps", "PER"), ("Gamal Abdel Nasser", "PER"), ("Suez Crisis", "MISC")]),
# wB104
("Göreme is a town in the Nevşehir Province of Turkey, in the heart of the historical region of Cappadocia. Its rock-cut churches, painted by Byzantine monks between the tenth and twelfth centuries, lie within Göreme National Park.",
 [("Göreme", "LOC"), ("Nevşehir Province", "LOC"), ("Turkey", "LOC"), ("Cappadocia", "LOC"), ("Byzantine", "MISC"),
  ("Göreme National Park", "LOC")]),
# wB105
("The ferry from Labuan Bajo, a port town in West Manggarai Regency on the western tip of Flores, takes about four hours to reach Rinca. Komodo National Park rangers meet visitors at the pier.",
 [("Labuan Bajo", "LOC"), ("West Manggarai Regency", "LOC"), ("Flores", "LOC"), ("Rinca", "LOC"),
  ("Komodo National Park", "LOC")]),
# wB106
("Delos is a small island in the Cyclades, near Mykonos, in the Aegean Sea. In Greek myth it was the birthplace of Apollo and Artemis, and from 478 BC it held the treasury of the Delian League.",
 [("Delos", "LOC"), ("Cyclades", "LOC"), ("Mykonos", "LOC"), ("Aegean Sea", "LOC"), ("Greek", "MISC"), ("Apollo", "PER"),
  ("Artemis", "PER"), ("Delian League", "ORG")]),
# wB107
("The Grand Duchy of Lithuania was a state in eastern Europe from the thirteenth century until 1795, at its height stretching from the Baltic to the Black Sea. In 1569 the Union of Lublin joined it with the Kingdom of Poland to form the Polish–Lithuanian Commonwealth, whose capital was Kraków and later Warsaw.",
 [("Grand Duchy of Lithuania", "LOC"), ("Europe", "LOC"), ("Baltic", "LOC"), ("Black Sea", "LOC"), ("Union of Lublin", "MISC"),
  ("Kingdom of Poland", "LOC"), ("Polish–Lithuanian Commonwealth", "LOC"), ("Kraków", "LOC"), ("Warsaw", "LOC")]),
# wB108
("The Battle of Kosovo took place on 15 June 1389 on the Kosovo Field, about five kilometres north-west of present-day Pristina, between the army of Prince Lazar of Serbia and the Ottoman forces of Sultan Murad I. Both rulers were killed in the fighting.",
 [("Battle of Kosovo", "MISC"), ("Kosovo Field", "LOC"), ("Pristina", "LOC"), ("Lazar", "PER"), ("Serbia", "LOC"),
  ("Ottoman", "MISC"), ("Murad I", "PER")]),
# wB109
("The Vistula (Polish: Wisła) is the longest river in Poland, flowing 1,047 kilometres from the Beskids in the south to the Gulf of Gdańsk on the Baltic Sea. Kraków, Warsaw, Toruń and Gdańsk all stand on or near its banks.",
 [("Vistula", "LOC"), ("Polish", "MISC"), ("Wisła", "LOC"), ("Poland", "LOC"), ("Beskids", "LOC"), ("Gulf of Gdańsk", "LOC"),
  ("Baltic Sea", "LOC"), ("Kraków", "LOC"), ("Warsaw", "LOC"), ("Toruń", "LOC"), ("Gdańsk", "LOC")]),
# wB110
("Tarawa is an atoll in the Gilbert Islands and the capital of the Republic of Kiribati. South Tarawa, a chain of islets joined by causeways, holds about half the country's people, and the Battle of Tarawa was fought on Betio in November 1943 between the United States Marine Corps and the Japanese garrison.",
 [("Tarawa", "LOC"), ("Gilbert Islands", "LOC"), ("Republic of Kiribati", "LOC"), ("South Tarawa", "LOC"),
  ("Battle of Tarawa", "MISC"), ("Betio", "LOC"), ("United States Marine Corps", "ORG"), ("Japanese", "MISC")]),
# wB111
("Rescue teams from Azerbaijan and Greece joined Turkish crews in Antakya on Wednesday, two days after the earthquake centred near Pazarcık in Kahramanmaraş Province. The Disaster and Emergency Management Authority, known as AFAD, said more than 6,000 buildings had collapsed.",
 [("Azerbaijan", "LOC"), ("Greece", "LOC"), ("Turkish", "MISC"), ("Antakya", "LOC"), ("Pazarcık", "LOC"),
  ("Kahramanmaraş Province", "LOC"), ("Disaster and Emergency Management Authority", "ORG"), ("AFAD", "ORG")]),
# wB112
("The Stade des Martyrs (Stadium of the Martyrs) is a multi-purpose stadium in Kinshasa, the capital of the Democratic Republic of the Congo. It is the home ground of the national football team and of clubs such as AS Vita Club and DC Motema Pembe.",
 [("Stade des Martyrs", "LOC"), ("Stadium of the Martyrs", "LOC"), ("Kinshasa", "LOC"),
  ("Democratic Republic of the Congo", "LOC"), ("AS Vita Club", "ORG"), ("DC Motema Pembe", "ORG")]),
# wB113
("El Dorado International Airport serves Bogotá, the capital of Colombia, and is the busiest airport in South America by cargo traffic. It is the main hub of Avianca and lies in the Fontibón district, about 15 kilometres west of the city centre.",
 [("El Dorado International Airport", "LOC"), ("Bogotá", "LOC"), ("Colombia", "LOC"), ("South America", "LOC"),
  ("Avianca", "ORG"), ("Fontibón", "LOC")]),
# wB114
("The Meenakshi Temple is a historic Hindu temple on the southern bank of the Vaigai River in Madurai, Tamil Nadu, India. Its fourteen gateway towers, or gopurams, are covered with painted figures, and its Chithirai festival draws more than a million pilgrims each April.",
 [("Meenakshi Temple", "LOC"), ("Hindu", "MISC"), ("Vaigai River", "LOC"), ("Madurai", "LOC"), ("Tamil Nadu", "LOC"),
  ("India", "LOC"), ("Chithirai", "MISC")]),
# wB115
("The Maasai are a Nilotic people living in southern Kenya and northern Tanzania, near many of the game parks of the African Great Lakes region. They speak Maa, and both the Ngorongoro Conservation Area and the Maasai Mara National Reserve lie on their traditional grazing lands.",
 [("Maasai", "MISC"), ("Nilotic", "MISC"), ("Kenya", "LOC"), ("Tanzania", "LOC"), ("African Great Lakes", "LOC"),
  ("Maa", "MISC"), ("Ngorongoro Conservation Area", "LOC"), ("Maasai Mara National Reserve", "LOC")]),
# wB116
("Khorog is the capital of the Gorno-Badakhshan Autonomous Region of Tajikistan, lying at 2,200 metres where the Gunt River joins the Panj. Across the Panj lies the Afghan province of Badakhshan, and the Pamir Highway links the town with Osh in Kyrgyzstan.",
 [("Khorog", "LOC"), ("Gorno-Badakhshan Autonomous Region", "LOC"), ("Tajikistan", "LOC"), ("Gunt River", "LOC"),
  ("Panj", "LOC"), ("Panj", "LOC"), ("Afghan", "MISC"), ("Badakhshan", "LOC"), ("Pamir Highway", "LOC"), ("Osh", "LOC"),
  ("Kyrgyzstan", "LOC")]),
# wB117
("Paraty is a municipality on the Costa Verde in the south of the state of Rio de Janeiro, Brazil. A port for gold from Minas Gerais in the eighteenth century, its colonial centre hosts the Paraty International Literary Festival, known as FLIP, every year.",
 [("Paraty", "LOC"), ("Costa Verde", "LOC"), ("Rio de Janeiro", "LOC"), ("Brazil", "LOC"), ("Minas Gerais", "LOC"),
  ("Paraty International Literary Festival", "MISC"), ("FLIP", "MISC")]),
# wB118
("The Treaty of Shimonoseki ended the First Sino-Japanese War in April 1895. Signed at the Shunpanrō inn in Shimonoseki by Itō Hirobumi and Li Hongzhang, it forced the Qing government to cede Taiwan and the Penghu Islands to Japan and to recognise the independence of Korea.",
 [("Treaty of Shimonoseki", "MISC"), ("First Sino-Japanese War", "MISC"), ("Shunpanrō", "LOC"), ("Shimonoseki", "LOC"),
  ("Itō Hirobumi", "PER"), ("Li Hongzhang", "PER"), ("Qing", "LOC"), ("Taiwan", "LOC"), ("Penghu Islands", "LOC"),
  ("Japan", "LOC"), ("Korea", "LOC")]),
# wB119
("From the ridge above Wadi Rum you can see the sandstone peak of Jabal Umm ad Dami, the highest point in Jordan. The Zalabia Bedouin who run most of the camps say the border with Saudi Arabia is less than an hour's drive to the south.",
 [("Wadi Rum", "LOC"), ("Jabal Umm ad Dami", "LOC"), ("Jordan", "LOC"), ("Zalabia Bedouin", "MISC"), ("Saudi Arabia", "LOC")]),
# wB120
("The 2019 Southeast Asian Games were held mainly in the Philippines, with events in Manila, Clark and Subic. The host nation topped the medal table for the second time, and the cauldron at New Clark City was lit by the boxer Manny Pacquiao.",
 [("Southeast Asian Games", "MISC"), ("Philippines", "LOC"), ("Manila", "LOC"), ("Clark", "LOC"), ("Subic", "LOC"),
  ("New Clark City", "LOC"), ("Manny Pacquiao", "PER")]),
# wB121
("Ouidah is a city on the coast of Benin, in the Atlantique Department, about 40 kilometres west of Cotonou. It was the chief slave port of the Kingdom of Dahomey, and the Door of No Return monument on its beach remembers those shipped from it. It is also a centre of Vodun, whose national festival is held each 10 January.",
 [("Ouidah", "LOC"), ("Benin", "LOC"), ("Atlantique Department", "LOC"), ("Cotonou", "LOC"), ("Kingdom of Dahomey", "LOC"),
  ("Door of No Return", "LOC"), ("Vodun", "MISC")]),
# wB122
("Antananarivo, also known by its French colonial name Tananarive, is the capital and largest city of Madagascar. It stands on a ridge in the central highlands, where the Rova, the palace complex of the Merina kings, overlooks Lake Anosy.",
 [("Antananarivo", "LOC"), ("French", "MISC"), ("Tananarive", "LOC"), ("Madagascar", "LOC"), ("Rova", "LOC"),
  ("Merina", "MISC"), ("Lake Anosy", "LOC")]),
# wB123
("The Bab-el-Mandeb (Arabic: باب المندب, 'gate of grief') is a strait between Yemen on the Arabian Peninsula and Djibouti and Eritrea in the Horn of Africa. It connects the Red Sea to the Gulf of Aden, and the island of Perim divides it into two channels.",
 [("Bab-el-Mandeb", "LOC"), ("Arabic", "MISC"), ("باب المندب", "LOC"), ("Yemen", "LOC"), ("Arabian Peninsula", "LOC"),
  ("Djibouti", "LOC"), ("Eritrea", "LOC"), ("Horn of Africa", "LOC"), ("Red Sea", "LOC"), ("Gulf of Aden", "LOC"),
  ("Perim", "LOC")]),
# wB124
("Port Louis, the capital of Mauritius, lies on the north-west coast of the island, sheltered by the Moka Range. Its Aapravasi Ghat, the depot where indentured labourers from India landed after 1834, is now run by the Aapravasi Ghat Trust Fund.",
 [("Port Louis", "LOC"), ("Mauritius", "LOC"), ("Moka Range", "LOC"), ("Aapravasi Ghat", "LOC"), ("India", "LOC"),
  ("Aapravasi Ghat Trust Fund", "ORG")]),
# wB125
("Nizwa is a city in the Ad Dakhiliyah Governorate of Oman, at the foot of the Al Hajar Mountains. It was the capital of the country under Imam Sultan bin Saif in the seventeenth century, when its great round fort was built, and its Friday goat market draws buyers from across the interior.",
 [("Nizwa", "LOC"), ("Ad Dakhiliyah Governorate", "LOC"), ("Oman", "LOC"), ("Al Hajar Mountains", "LOC"),
  ("Sultan bin Saif", "PER")]),
# wB126
("Babylon was the capital of the Babylonian Empire on the Euphrates, about 85 kilometres south of present-day Baghdad in Iraq's Babil Governorate. Its Ishtar Gate, built under Nebuchadnezzar II around 575 BC, was reconstructed from excavated bricks in the Pergamon Museum in Berlin.",
 [("Babylon", "LOC"), ("Babylonian Empire", "LOC"), ("Euphrates", "LOC"), ("Baghdad", "LOC"), ("Iraq", "LOC"),
  ("Babil Governorate", "LOC"), ("Ishtar Gate", "LOC"), ("Nebuchadnezzar II", "PER"), ("Pergamon Museum", "ORG"),
  ("Berlin", "LOC")]),
# wB127
("Byblos (Arabic: Jbeil) is a city in the Keserwan-Jbeil Governorate of Lebanon, about 40 kilometres north of Beirut. Settled for more than 7,000 years, it was a leading Phoenician port, and its Greek name came from the papyrus traded there.",
 [("Byblos", "LOC"), ("Arabic", "MISC"), ("Jbeil", "LOC"), ("Keserwan-Jbeil Governorate", "LOC"), ("Lebanon", "LOC"),
  ("Beirut", "LOC"), ("Phoenician", "MISC"), ("Greek", "MISC")]),
# wB128
("Derbent is a city in the Republic of Dagestan, Russia, on the western shore of the Caspian Sea. Often called the oldest city in Russia, it grew around the Sasanian fortress of Naryn-Kala, whose walls once closed the narrow pass between the sea and the Caucasus Mountains.",
 [("Derbent", "LOC"), ("Republic of Dagestan", "LOC"), ("Russia", "LOC"), ("Caspian Sea", "LOC"), ("Russia", "LOC"),
  ("Sasanian", "MISC"), ("Naryn-Kala", "LOC"), ("Caucasus Mountains", "LOC")]),
# wB129
("Lake Baikal (Russian: Байкал) is a rift lake in southern Siberia, between Irkutsk Oblast and the Republic of Buryatia. It is the deepest lake in the world, at 1,642 metres, and holds about a fifth of the planet's unfrozen fresh water; the Selenga River is its largest inflow and the Angara its only outflow.",
 [("Lake Baikal", "LOC"), ("Russian", "MISC"), ("Байкал", "LOC"), ("Siberia", "LOC"), ("Irkutsk Oblast", "LOC"),
  ("Republic of Buryatia", "LOC"), ("Selenga River", "LOC"), ("Angara", "LOC")]),
# wB130
("The Sundarbans is a mangrove forest in the delta of the Ganges, Brahmaputra and Meghna rivers on the Bay of Bengal, shared by Bangladesh and the Indian state of West Bengal. It is home to several hundred tigers, and the Sundarbans National Park on the Indian side was set up in 1984.",
 [("Sundarbans", "LOC"), ("Ganges", "LOC"), ("Brahmaputra", "LOC"), ("Meghna", "LOC"), ("Bay of Bengal", "LOC"),
  ("Bangladesh", "LOC"), ("Indian", "MISC"), ("West Bengal", "LOC"), ("Sundarbans National Park", "LOC"), ("Indian", "MISC")]),
# wB131
("Sigiriya is an ancient rock fortress in the Matale District of Central Province, Sri Lanka. King Kashyapa I built his palace on top of the rock in the fifth century, and the frescoes on its western face and the Mirror Wall below them are among the oldest surviving paintings on the island.",
 [("Sigiriya", "LOC"), ("Matale District", "LOC"), ("Central Province", "LOC"), ("Sri Lanka", "LOC"), ("Kashyapa I", "PER"),
  ("Mirror Wall", "LOC")]),
# wB132
("Luang Prabang is a city in north-central Laos at the confluence of the Mekong and Nam Khan rivers. It was the royal capital of the Kingdom of Lan Xang from the fourteenth century, and the Wat Xieng Thong temple, built in 1560, stands at the tip of its peninsula.",
 [("Luang Prabang", "LOC"), ("Laos", "LOC"), ("Mekong", "LOC"), ("Nam Khan", "LOC"), ("Kingdom of Lan Xang", "LOC"),
  ("Wat Xieng Thong", "LOC")]),
# wB133
("Kampong Ayer is a water village in Bandar Seri Begawan, the capital of Brunei, built on stilts over the Brunei River. About 10,000 people live in its 42 linked villages, which are joined by boardwalks and served by water taxis from the Omar Ali Saifuddien Mosque.",
 [("Kampong Ayer", "LOC"), ("Bandar Seri Begawan", "LOC"), ("Brunei", "LOC"), ("Brunei River", "LOC"),
  ("Omar Ali Saifuddien Mosque", "LOC")]),
# wB134
("Dili, the capital of Timor-Leste, was cut off from the rest of the country for three days after floods on the Comoro River washed away the bridge to Presidente Nicolau Lobato International Airport, the civil protection service said on Monday. Prime Minister Taur Matan Ruak asked Australia for helicopters.",
 [("Dili", "LOC"), ("Timor-Leste", "LOC"), ("Comoro River", "LOC"), ("Presidente Nicolau Lobato International Airport", "LOC"),
  ("Taur Matan Ruak", "PER"), ("Australia", "LOC")]),
# wB135
("Tadoussac is a village at the confluence of the Saguenay and St. Lawrence rivers in the La Haute-Côte-Nord Regional County Municipality of Quebec. Founded as a fur-trading post in 1600 by François Gravé Du Pont and Pierre de Chauvin, it is one of the oldest European settlements in Canada.",
 [("Tadoussac", "LOC"), ("Saguenay", "LOC"), ("St. Lawrence", "LOC"), ("La Haute-Côte-Nord Regional County Municipality", "LOC"),
  ("Quebec", "LOC"), ("François Gravé Du Pont", "PER"), ("Pierre de Chauvin", "PER"), ("European", "MISC"), ("Canada", "LOC")]),
# wB136
("Oaxaca de Juárez, usually called Oaxaca, is the capital of the Mexican state of Oaxaca. The Zapotec city of Monte Albán lies on a flattened hilltop west of it, and each July the Guelaguetza festival brings dancers from the state's eight regions to the Cerro del Fortín.",
 [("Oaxaca de Juárez", "LOC"), ("Oaxaca", "LOC"), ("Mexican", "MISC"), ("Oaxaca", "LOC"), ("Zapotec", "MISC"),
  ("Monte Albán", "LOC"), ("Guelaguetza", "MISC"), ("Cerro del Fortín", "LOC")]),
# wB137
("Kaieteur Falls is a waterfall on the Potaro River in the Kaieteur National Park, in the Potaro-Siparuni region of Guyana. With a single drop of 226 metres it is among the most powerful waterfalls in the world, and Trans Guyana Airways flies visitors there from Georgetown.",
 [("Kaieteur Falls", "LOC"), ("Potaro River", "LOC"), ("Kaieteur National Park", "LOC"), ("Potaro-Siparuni", "LOC"),
  ("Guyana", "LOC"), ("Trans Guyana Airways", "ORG"), ("Georgetown", "LOC")]),
# wB138
("The Citadelle Laferrière is a mountaintop fortress near the town of Milot in northern Haiti, built between 1805 and 1820 on the orders of Henri Christophe after the country won its independence from France. It sits on the Bonnet à l'Evêque mountain, and the ruins of his Sans-Souci Palace lie below it.",
 [("Citadelle Laferrière", "LOC"), ("Milot", "LOC"), ("Haiti", "LOC"), ("Henri Christophe", "PER"), ("France", "LOC"),
  ("Bonnet à l'Evêque", "LOC"), ("Sans-Souci Palace", "LOC")]),
# wB139
("The Trinidad and Tobago Carnival is held each year on the Monday and Tuesday before Ash Wednesday, with its main parades in Port of Spain. Its steelpan bands compete in the Panorama contest at the Queen's Park Savannah, which is organised by Pan Trinbago.",
 [("Trinidad and Tobago Carnival", "MISC"), ("Ash Wednesday", "MISC"), ("Port of Spain", "LOC"), ("Panorama", "MISC"),
  ("Queen's Park Savannah", "LOC"), ("Pan Trinbago", "ORG")]),
# wB140
("Mount Erebus is the second-highest volcano in Antarctica and the southernmost active volcano in the world, rising above Ross Island in the Ross Sea. It was named in 1841 by James Clark Ross after HMS Erebus, one of his two ships, and McMurdo Station of the United States Antarctic Program lies on the island's southern tip.",
 [("Mount Erebus", "LOC"), ("Antarctica", "LOC"), ("Ross Island", "LOC"), ("Ross Sea", "LOC"), ("James Clark Ross", "PER"),
  ("HMS Erebus", "MISC"), ("McMurdo Station", "LOC"), ("United States Antarctic Program", "ORG")]),
# wB141
("Ilulissat (Danish: Jakobshavn) is a town in the Avannaata Municipality of western Greenland, on the shore of Disko Bay. The Sermeq Kujalleq glacier, one of the fastest-moving in the world, calves icebergs into the Ilulissat Icefjord just south of the town.",
 [("Ilulissat", "LOC"), ("Danish", "MISC"), ("Jakobshavn", "LOC"), ("Avannaata Municipality", "LOC"), ("Greenland", "LOC"),
  ("Disko Bay", "LOC"), ("Sermeq Kujalleq", "LOC"), ("Ilulissat Icefjord", "LOC")]),
# wB142
("Tórshavn is the capital and largest town of the Faroe Islands, on the east coast of Streymoy. Its Tinganes peninsula has housed the islands' parliament, the Løgting, since the ninth century, making it one of the oldest meeting places of a parliament in the world.",
 [("Tórshavn", "LOC"), ("Faroe Islands", "LOC"), ("Streymoy", "LOC"), ("Tinganes", "LOC"), ("Løgting", "ORG")]),
# wB143
("Gjirokastër is a city in southern Albania and the seat of Gjirokastër County, set on the slopes of the Gjerë mountains above the Drino valley. Known as the 'city of stone' for its Ottoman-era houses, it was the birthplace of Enver Hoxha and of the novelist Ismail Kadare.",
 [("Gjirokastër", "LOC"), ("Albania", "LOC"), ("Gjirokastër County", "LOC"), ("Gjerë", "LOC"), ("Drino", "LOC"),
  ("Ottoman", "MISC"), ("Enver Hoxha", "PER"), ("Ismail Kadare", "PER")]),
# wB144
("Lake Ohrid straddles the mountainous border between North Macedonia and Albania and is one of the oldest lakes in Europe. The town of Ohrid on its north-eastern shore was a centre of Slavic literacy under Saint Clement of Ohrid, and the Saint Naum Monastery stands near the lake's southern springs.",
 [("Lake Ohrid", "LOC"), ("North Macedonia", "LOC"), ("Albania", "LOC"), ("Europe", "LOC"), ("Ohrid", "LOC"),
  ("Slavic", "MISC"), ("Clement of Ohrid", "PER"), ("Saint Naum Monastery", "LOC")]),
# wB145
("Gernika-Lumo, usually called Guernica, is a town in the province of Biscay, in the Basque Country of Spain. Its bombing on 26 April 1937 by the German Condor Legion and the Italian Aviazione Legionaria, during the Spanish Civil War, inspired Pablo Picasso's painting Guernica.",
 [("Gernika-Lumo", "LOC"), ("Guernica", "LOC"), ("Biscay", "LOC"), ("Basque Country", "LOC"), ("Spain", "LOC"),
  ("German", "MISC"), ("Condor Legion", "ORG"), ("Italian", "MISC"), ("Aviazione Legionaria", "ORG"),
  ("Spanish Civil War", "MISC"), ("Pablo Picasso", "PER"), ("Guernica", "MISC")]),
# wB146
("Su Nuraxi is a prehistoric settlement near Barumini in the province of South Sardinia, Italy. Its central tower, a nuraghe built around 1500 BC, was excavated in the 1950s by the archaeologist Giovanni Lilliu.",
 [("Su Nuraxi", "LOC"), ("Barumini", "LOC"), ("South Sardinia", "LOC"), ("Italy", "LOC"), ("Giovanni Lilliu", "PER")]),
# wB147
("Kutná Hora is a town in the Central Bohemian Region of the Czech Republic that grew rich from its silver mines in the fourteenth century. Its Sedlec Ossuary is decorated with the bones of some 40,000 people, and St. Barbara's Church is one of the largest churches in central Europe.",
 [("Kutná Hora", "LOC"), ("Central Bohemian Region", "LOC"), ("Czech Republic", "LOC"), ("Sedlec Ossuary", "LOC"),
  ("St. Barbara's Church", "LOC"), ("Europe", "LOC")]),
# wB148
("Lake Balaton is a freshwater lake in the Transdanubia region of Hungary and the largest lake in Central Europe. Resort towns such as Siófok and Balatonfüred line its shores, and the Tihany Peninsula, home to a Benedictine abbey founded in 1055, almost cuts it in two.",
 [("Lake Balaton", "LOC"), ("Transdanubia", "LOC"), ("Hungary", "LOC"), ("Central Europe", "LOC"), ("Siófok", "LOC"),
  ("Balatonfüred", "LOC"), ("Tihany Peninsula", "LOC"), ("Benedictine", "MISC")]),
# wB149
("The Battle of Cannae was fought on 2 August 216 BC near the village of Cannae in Apulia, in south-eastern Italy. The army of Carthage under Hannibal encircled and destroyed a much larger Roman force led by the consuls Lucius Aemilius Paullus and Gaius Terentius Varro.",
 [("Battle of Cannae", "MISC"), ("Cannae", "LOC"), ("Apulia", "LOC"), ("Italy", "LOC"), ("Carthage", "LOC"),
  ("Hannibal", "PER"), ("Roman", "MISC"), ("Lucius Aemilius Paullus", "PER"), ("Gaius Terentius Varro", "PER")]),
# wB150
("Persepolis was the ceremonial capital of the Achaemenid Empire, built from about 518 BC under Darius the Great on a terrace below the Kuh-e Rahmat, in what is now Fars Province, Iran. Alexander the Great burned it in 330 BC.",
 [("Persepolis", "LOC"), ("Achaemenid Empire", "LOC"), ("Darius the Great", "PER"), ("Kuh-e Rahmat", "LOC"),
  ("Fars Province", "LOC"), ("Iran", "LOC"), ("Alexander the Great", "PER")]),
# wB151
("Chechen is a Northeast Caucasian language spoken by about 1.7 million people, most of them in the Chechen Republic of Russia. It is closely related to Ingush, and since 1938 it has been written in a Cyrillic alphabet.",
 [("Chechen", "MISC"), ("Northeast Caucasian", "MISC"), ("Chechen Republic", "LOC"), ("Russia", "LOC"), ("Ingush", "MISC"),
  ("Cyrillic", "MISC")]),
# wB152
("The Bahá'í Faith is a religion founded in the nineteenth century by Bahá'u'lláh in Persia. Its world centre lies on the slopes of Mount Carmel in Haifa, Israel, where the Shrine of the Báb is surrounded by terraced gardens, and its governing body is the Universal House of Justice.",
 [("Bahá'í Faith", "MISC"), ("Bahá'u'lláh", "PER"), ("Persia", "LOC"), ("Mount Carmel", "LOC"), ("Haifa", "LOC"),
  ("Israel", "LOC"), ("Shrine of the Báb", "LOC"), ("Universal House of Justice", "ORG")]),
# wB153
("The Uyghurs are a Turkic ethnic group native to the Xinjiang Uyghur Autonomous Region in north-western China. Most are Sunni Muslims and speak Uyghur, which is written in a Perso-Arabic script, and large communities also live in Kazakhstan and Turkey.",
 [("Uyghurs", "MISC"), ("Turkic", "MISC"), ("Xinjiang Uyghur Autonomous Region", "LOC"), ("China", "LOC"),
  ("Sunni Muslims", "MISC"), ("Uyghur", "MISC"), ("Perso-Arabic", "MISC"), ("Kazakhstan", "LOC"), ("Turkey", "LOC")]),
# wB154
("The Sewol was a South Korean ferry that capsized on 16 April 2014 off Jindo Island while sailing from Incheon to Jeju. Most of those on board were pupils of Danwon High School in Ansan, and the disaster led to the break-up of the Korea Coast Guard.",
 [("Sewol", "MISC"), ("South Korean", "MISC"), ("Jindo Island", "LOC"), ("Incheon", "LOC"), ("Jeju", "LOC"),
  ("Danwon High School", "ORG"), ("Ansan", "LOC"), ("Korea Coast Guard", "ORG")]),
# wB155
("The 2019 Africa Cup of Nations was held in Egypt, the first edition with 24 teams. Algeria, coached by Djamel Belmadi, beat Senegal 1–0 in the final at the Cairo International Stadium with an early goal by Baghdad Bounedjah.",
 [("Africa Cup of Nations", "MISC"), ("Egypt", "LOC"), ("Algeria", "LOC"), ("Djamel Belmadi", "PER"), ("Senegal", "LOC"),
  ("Cairo International Stadium", "LOC"), ("Baghdad Bounedjah", "PER")]),
# wB156
("Mongolians voted on 24 June 2020 for the 76 seats of parliament, and the ruling Mongolian People's Party kept its large majority. The Democratic Party won 11 seats, and turnout was 73 percent, the General Election Commission said.",
 [("Mongolians", "MISC"), ("Mongolian People's Party", "ORG"), ("Democratic Party", "ORG"),
  ("General Election Commission", "ORG")]),
# wB157
("The Rebellion of Túpac Amaru II was an uprising of Andean peasants against Spanish rule in the Viceroyalty of Peru, begun in November 1780 near Tinta. Its leader, José Gabriel Condorcanqui, who took the name Túpac Amaru II, was captured and executed in the main square of Cusco in 1781.",
 [("Rebellion of Túpac Amaru II", "MISC"), ("Andean", "MISC"), ("Spanish", "MISC"), ("Viceroyalty of Peru", "LOC"),
  ("Tinta", "LOC"), ("José Gabriel Condorcanqui", "PER"), ("Túpac Amaru II", "PER"), ("Cusco", "LOC")]),
# wB158
("On 21 August 1986 a sudden release of carbon dioxide from Lake Nyos, a crater lake in the Northwest Region of Cameroon, suffocated people and cattle in the villages of Nyos, Kam and Cha. The government of Paul Biya asked the United States and France for help.",
 [("Lake Nyos", "LOC"), ("Northwest Region", "LOC"), ("Cameroon", "LOC"), ("Nyos", "LOC"), ("Kam", "LOC"), ("Cha", "LOC"),
  ("Paul Biya", "PER"), ("United States", "LOC"), ("France", "LOC")]),
# wB159
("The Wartburg is a castle above the town of Eisenach in Thuringia, Germany. Martin Luther translated the New Testament into German there in 1521–22 while hiding under the protection of Frederick the Wise, and the Wartburg Festival of 1817 made it a symbol of German unity.",
 [("Wartburg", "LOC"), ("Eisenach", "LOC"), ("Thuringia", "LOC"), ("Germany", "LOC"), ("Martin Luther", "PER"),
  ("New Testament", "MISC"), ("German", "MISC"), ("Frederick the Wise", "PER"), ("Wartburg Festival", "MISC"),
  ("German", "MISC")]),
# wB160
("The road north from Lalibela climbs onto the Lasta plateau before dropping to Sekota, the main town of the Wag Hemra Zone. Our guide, Abebe, said the Agaw families there still speak Xamtanga at home.",
 [("Lalibela", "LOC"), ("Lasta", "LOC"), ("Sekota", "LOC"), ("Wag Hemra Zone", "LOC"), ("Abebe", "PER"), ("Agaw", "MISC"),
  ("Xamtanga", "MISC")]),
# wB161
("The Museo Nacional de Antropología in Mexico City holds the largest collection of ancient Mexican art in the world, including the Aztec Sun Stone. Its building in Chapultepec Park was designed by Pedro Ramírez Vázquez and opened in 1964.",
 [("Museo Nacional de Antropología", "ORG"), ("Mexico City", "LOC"), ("Mexican", "MISC"), ("Aztec Sun Stone", "MISC"),
  ("Chapultepec Park", "LOC"), ("Pedro Ramírez Vázquez", "PER")]),
# wB162
("Window Rock is a town in Apache County, Arizona, and the seat of government of the Navajo Nation. It is named after a sandstone arch near the Navajo Nation Council Chamber, and a memorial to Navajo soldiers of the Second World War stands in the park beneath it.",
 [("Window Rock", "LOC"), ("Apache County", "LOC"), ("Arizona", "LOC"), ("Navajo Nation", "LOC"),
  ("Navajo Nation Council Chamber", "LOC"), ("Navajo", "MISC"), ("Second World War", "MISC")]),
# wB163
("Gran Colombia was a state that covered much of northern South America from 1819 to 1831, uniting what are now Colombia, Venezuela, Ecuador and Panama. It was proclaimed by Simón Bolívar in the city of Angostura and broke apart soon after his death.",
 [("Gran Colombia", "LOC"), ("South America", "LOC"), ("Colombia", "LOC"), ("Venezuela", "LOC"), ("Ecuador", "LOC"),
  ("Panama", "LOC"), ("Simón Bolívar", "PER"), ("Angostura", "LOC")]),
# wB164
("Kasese District is a district in the Western Region of Uganda, bordering the Democratic Republic of the Congo. It takes in much of the Rwenzori Mountains and part of Queen Elizabeth National Park, and its chief town, Kasese, was long the end of the railway from Kampala.",
 [("Kasese District", "LOC"), ("Western Region", "LOC"), ("Uganda", "LOC"), ("Democratic Republic of the Congo", "LOC"),
  ("Rwenzori Mountains", "LOC"), ("Queen Elizabeth National Park", "LOC"), ("Kasese", "LOC"), ("Kampala", "LOC")]),
# wB165
("Songkran is the Thai New Year festival, held from 13 to 15 April, when people throw water at one another in the streets. The largest celebrations take place in Chiang Mai and along Khao San Road in Bangkok, and similar festivals are held in Laos, Cambodia and Myanmar.",
 [("Songkran", "MISC"), ("Thai New Year", "MISC"), ("Chiang Mai", "LOC"), ("Khao San Road", "LOC"), ("Bangkok", "LOC"),
  ("Laos", "LOC"), ("Cambodia", "LOC"), ("Myanmar", "LOC")]),
# wB166
("Ras al-Khaimah is the northernmost of the seven emirates of the United Arab Emirates, bordering the Musandam Governorate of Oman. Its ruler, Sheikh Saud bin Saqr Al Qasimi, is a member of the UAE's Federal Supreme Council, and Jebel Jais, the highest peak in the country, lies within its borders.",
 [("Ras al-Khaimah", "LOC"), ("United Arab Emirates", "LOC"), ("Musandam Governorate", "LOC"), ("Oman", "LOC"),
  ("Saud bin Saqr Al Qasimi", "PER"), ("UAE", "LOC"), ("Federal Supreme Council", "ORG"), ("Jebel Jais", "LOC")]),
# wB167
("Ségou is a city on the Niger River in south-central Mali and the capital of the Ségou Region. Its Festival sur le Niger, first held in 2005, draws musicians from across West Africa, and a live recording of its 2008 concerts was released on Contre-Jour Records.",
 [("Ségou", "LOC"), ("Niger River", "LOC"), ("Mali", "LOC"), ("Ségou Region", "LOC"), ("Festival sur le Niger", "MISC"),
  ("West Africa", "LOC"), ("Contre-Jour Records", "ORG")]),
# wB168
("The Estadio Centenario in Montevideo was built for the first FIFA World Cup in 1930 and named after the centenary of Uruguay's first constitution. Peñarol and Nacional play their derby there, and players such as Obdulio Varela, Enzo Francescoli and Diego Forlán played for the national team on its pitch.",
 [("Estadio Centenario", "LOC"), ("Montevideo", "LOC"), ("FIFA World Cup", "MISC"), ("Uruguay", "LOC"), ("Peñarol", "ORG"),
  ("Nacional", "ORG"), ("Obdulio Varela", "PER"), ("Enzo Francescoli", "PER"), ("Diego Forlán", "PER")]),
# wB169
("Iten is a town in Elgeyo-Marakwet County, Kenya, on the edge of the Kerio Valley at 2,400 metres. Known as the 'home of champions', it is the training base of runners such as Wilson Kipsang (born 15 March 1982), and athletics at St. Patrick's High School there was long coached by the Irish missionary Colm O'Connell.",
 [("Iten", "LOC"), ("Elgeyo-Marakwet County", "LOC"), ("Kenya", "LOC"), ("Kerio Valley", "LOC"), ("Wilson Kipsang", "PER"),
  ("St. Patrick's High School", "ORG"), ("Irish", "MISC"), ("Colm O'Connell", "PER")]),
# wB170
("uKhahlamba-Drakensberg Park is a protected area along South Africa's border with Lesotho, covering the highest part of the Drakensberg escarpment. It holds thousands of San rock paintings, and its Amphitheatre, from which the Tugela Falls drop 948 metres, lies in the Royal Natal National Park.",
 [("uKhahlamba-Drakensberg Park", "LOC"), ("South Africa", "LOC"), ("Lesotho", "LOC"), ("Drakensberg", "LOC"),
  ("San", "MISC"), ("Amphitheatre", "LOC"), ("Tugela Falls", "LOC"), ("Royal Natal National Park", "LOC")]),
# wB171
("Brunei joined the Association of Southeast Asian Nations (ASEAN) in January 1984, a week after it gained full independence from the United Kingdom. Its capital hosted the ASEAN Summit in 2013, when Sultan Hassanal Bolkiah chaired the bloc.",
 [("Brunei", "LOC"), ("Association of Southeast Asian Nations", "ORG"), ("ASEAN", "ORG"), ("United Kingdom", "LOC"),
  ("ASEAN Summit", "MISC"), ("Hassanal Bolkiah", "PER")]),
# wB172
("Port Vila is the capital of Vanuatu, on the south-west coast of the island of Efate in Shefa Province. Much of the town was damaged by Cyclone Pam in March 2015, and the Vanuatu Cultural Centre beside the parliament keeps recordings of the country's more than 100 languages, most of them Austronesian.",
 [("Port Vila", "LOC"), ("Vanuatu", "LOC"), ("Efate", "LOC"), ("Shefa Province", "LOC"), ("Cyclone Pam", "MISC"),
  ("Vanuatu Cultural Centre", "ORG"), ("Austronesian", "MISC")]),
# wB173
("Nukus is the capital of Karakalpakstan, an autonomous republic in north-western Uzbekistan, on the Amu Darya. It is best known for the Savitsky Museum, which holds a large collection of Soviet avant-garde art gathered by Igor Savitsky, and lies some 200 kilometres from the shrinking Aral Sea.",
 [("Nukus", "LOC"), ("Karakalpakstan", "LOC"), ("Uzbekistan", "LOC"), ("Amu Darya", "LOC"), ("Savitsky Museum", "ORG"),
  ("Soviet", "MISC"), ("Igor Savitsky", "PER"), ("Aral Sea", "LOC")]),
# wB174
("The Mughal Empire ruled most of the Indian subcontinent from the victory of Babur at the First Battle of Panipat in 1526 until the early eighteenth century. Under Akbar its capital moved between Agra, Fatehpur Sikri and Lahore, and Shah Jahan later built the Taj Mahal in Agra for his wife Mumtaz Mahal.",
 [("Mughal Empire", "LOC"), ("Indian", "MISC"), ("Babur", "PER"), ("First Battle of Panipat", "MISC"), ("Akbar", "PER"),
  ("Agra", "LOC"), ("Fatehpur Sikri", "LOC"), ("Lahore", "LOC"), ("Shah Jahan", "PER"), ("Taj Mahal", "LOC"), ("Agra", "LOC"),
  ("Mumtaz Mahal", "PER")]),
# wB175
("Heavy rain in Kumamoto Prefecture flooded the Kuma River on Saturday, and the Japan Meteorological Agency issued its highest warning for Hitoyoshi and nearby towns. The Japan Self-Defense Forces sent 10,000 personnel, Prime Minister Shinzo Abe said.",
 [("Kumamoto Prefecture", "LOC"), ("Kuma River", "LOC"), ("Japan Meteorological Agency", "ORG"), ("Hitoyoshi", "LOC"),
  ("Japan Self-Defense Forces", "ORG"), ("Shinzo Abe", "PER")]),
# wB176
("The Batavia was a ship of the Dutch East India Company (VOC) that struck Morning Reef in the Houtman Abrolhos, off Western Australia, on her maiden voyage in June 1629. The survivors' ordeal on Beacon Island, where a junior merchant named Jeronimus Cornelisz took control, is one of the bloodiest episodes in Dutch maritime history.",
 [("Batavia", "MISC"), ("Dutch East India Company", "ORG"), ("VOC", "ORG"), ("Morning Reef", "LOC"), ("Houtman Abrolhos", "LOC"),
  ("Western Australia", "LOC"), ("Beacon Island", "LOC"), ("Jeronimus Cornelisz", "PER"), ("Dutch", "MISC")]),
# wB177
("The Kimbanguist Church, officially the Church of Jesus Christ on Earth by His Messenger Simon Kimbangu, is an African-initiated church that traces its origin to 1921 in the Belgian Congo. Its holy city is Nkamba, in Kongo Central province, where Simon Kimbangu began his ministry.",
 [("Kimbanguist Church", "ORG"), ("Church of Jesus Christ on Earth by His Messenger Simon Kimbangu", "ORG"), ("African", "MISC"),
  ("Belgian Congo", "LOC"), ("Nkamba", "LOC"), ("Kongo Central", "LOC"), ("Simon Kimbangu", "PER")]),
# wB178
("The Itaipu Dam is a hydroelectric dam on the Paraná River on the border between Brazil and Paraguay, about 15 kilometres north of the Friendship Bridge. It is run by the binational company Itaipu Binacional, and its reservoir drowned the Guaíra Falls in 1982.",
 [("Itaipu Dam", "LOC"), ("Paraná River", "LOC"), ("Brazil", "LOC"), ("Paraguay", "LOC"), ("Friendship Bridge", "LOC"),
  ("Itaipu Binacional", "ORG"), ("Guaíra Falls", "LOC")]),
# wB179
("The Antarctic Treaty was signed in Washington on 1 December 1959 by twelve countries, among them Argentina, Chile, Norway and the Soviet Union. It sets aside Antarctica for peaceful research, and its secretariat has been based in Buenos Aires since 2004.",
 [("Antarctic Treaty", "MISC"), ("Washington", "LOC"), ("Argentina", "LOC"), ("Chile", "LOC"), ("Norway", "LOC"),
  ("Soviet Union", "LOC"), ("Antarctica", "LOC"), ("Buenos Aires", "LOC")]),
# wB180
("We crossed into Montenegro at Debeli Brijeg and followed the coast road around the Bay of Kotor to Perast, where a boatman rowed us out to Our Lady of the Rocks. He told us that the islet had been built up by sailors who dropped stones there after every voyage.",
 [("Montenegro", "LOC"), ("Debeli Brijeg", "LOC"), ("Bay of Kotor", "LOC"), ("Perast", "LOC"), ("Our Lady of the Rocks", "LOC")]),
# wB181
("Goguryeo was a Korean kingdom that ruled much of the northern Korean Peninsula and Manchuria from the first century BC until 668, when it fell to an alliance of Silla and the Tang dynasty. Its tombs near Pyongyang and Ji'an are decorated with wall paintings.",
 [("Goguryeo", "LOC"), ("Korean", "MISC"), ("Korean Peninsula", "LOC"), ("Manchuria", "LOC"), ("Silla", "LOC"), ("Tang", "LOC"),
  ("Pyongyang", "LOC"), ("Ji'an", "LOC")]),
# wB182
("The Copa Libertadores final of 2018 between the Buenos Aires rivals River Plate and Boca Juniors was moved to the Santiago Bernabéu Stadium in Madrid after Boca's team bus was attacked on its way to the Estadio Monumental. River won 5–3 on aggregate.",
 [("Copa Libertadores", "MISC"), ("Buenos Aires", "LOC"), ("River Plate", "ORG"), ("Boca Juniors", "ORG"),
  ("Santiago Bernabéu Stadium", "LOC"), ("Madrid", "LOC"), ("Boca", "ORG"), ("Estadio Monumental", "LOC"), ("River", "ORG")]),
# wB183
("Ghana's Electoral Commission declared Nana Akufo-Addo of the New Patriotic Party the winner of the December 2016 presidential election, ending the term of John Mahama of the National Democratic Congress. Supporters celebrated outside the party's offices in Asylum Down, Accra.",
 [("Ghana", "LOC"), ("Electoral Commission", "ORG"), ("Nana Akufo-Addo", "PER"), ("New Patriotic Party", "ORG"),
  ("John Mahama", "PER"), ("National Democratic Congress", "ORG"), ("Asylum Down", "LOC"), ("Accra", "LOC")]),
# wB184
("At dawn the bus from Arequipa reached the rim of the Colca Canyon, and by nine we were at the Cruz del Cóndor lookout. Our driver, a Collagua man from Chivay, said the condors rise on the morning heat.",
 [("Arequipa", "LOC"), ("Colca Canyon", "LOC"), ("Cruz del Cóndor", "LOC"), ("Collagua", "MISC"), ("Chivay", "LOC")]),
# wB185
("A landslide on the Araniko Highway near Bhotekoshi cut Nepal's main road link to China on Thursday, the Department of Roads said. Traffic from the Tatopani border crossing was diverted through Rasuwagadhi, according to the Kathmandu Post.",
 [("Araniko Highway", "LOC"), ("Bhotekoshi", "LOC"), ("Nepal", "LOC"), ("China", "LOC"), ("Department of Roads", "ORG"),
  ("Tatopani", "LOC"), ("Rasuwagadhi", "LOC"), ("Kathmandu Post", "ORG")]),
# wB186
("Fiji beat New Zealand 27–12 in the final of the men's rugby sevens at the Olympic Games in Tokyo on Wednesday to keep the title they first won in Rio de Janeiro. Jerry Tuwai, the captain, said the team had trained in Nadi without matches for a year because of the pandemic.",
 [("Fiji", "LOC"), ("New Zealand", "LOC"), ("Olympic Games", "MISC"), ("Tokyo", "LOC"), ("Rio de Janeiro", "LOC"),
  ("Jerry Tuwai", "PER"), ("Nadi", "LOC")]),
# wB187
("Lukla is a town in the Khumbu area of Solukhumbu District, in Koshi Province of north-eastern Nepal. Its Tenzing-Hillary Airport, named after Tenzing Norgay and Edmund Hillary, is the usual starting point for treks to Mount Everest, and Summit Air and Tara Air fly there from Kathmandu.",
 [("Lukla", "LOC"), ("Khumbu", "LOC"), ("Solukhumbu District", "LOC"), ("Koshi Province", "LOC"), ("Nepal", "LOC"),
  ("Tenzing-Hillary Airport", "LOC"), ("Tenzing Norgay", "PER"), ("Edmund Hillary", "PER"), ("Mount Everest", "LOC"),
  ("Summit Air", "ORG"), ("Tara Air", "ORG"), ("Kathmandu", "LOC")]),
# wB188
("The Battle of Ayacucho, fought on 9 December 1824 on the Pampa de Quinua in the Peruvian highlands, ended Spanish rule in South America. The patriot army under Antonio José de Sucre defeated the royalist forces of Viceroy José de la Serna, who was taken prisoner.",
 [("Battle of Ayacucho", "MISC"), ("Pampa de Quinua", "LOC"), ("Peruvian", "MISC"), ("Spanish", "MISC"),
  ("South America", "LOC"), ("Antonio José de Sucre", "PER"), ("José de la Serna", "PER")]),
# wB189
("The Treaty of Wuchale was signed on 2 May 1889 between Menelik II, the new emperor of Ethiopia, and the Kingdom of Italy. A difference between its Amharic and Italian texts, over whether Ethiopia had to conduct its foreign affairs through Rome, led to the First Italo-Ethiopian War.",
 [("Treaty of Wuchale", "MISC"), ("Menelik II", "PER"), ("Ethiopia", "LOC"), ("Kingdom of Italy", "LOC"), ("Amharic", "MISC"),
  ("Italian", "MISC"), ("Ethiopia", "LOC"), ("Rome", "LOC"), ("First Italo-Ethiopian War", "MISC")]),
# wB190
("Tagalog is an Austronesian language spoken as a first language by about a quarter of the people of the Philippines, mostly in Central Luzon and the Calabarzon region. Its standardised form, Filipino, is a national language, and the Komisyon sa Wikang Filipino oversees its spelling.",
 [("Tagalog", "MISC"), ("Austronesian", "MISC"), ("Philippines", "LOC"), ("Central Luzon", "LOC"), ("Calabarzon", "LOC"),
  ("Filipino", "MISC"), ("Komisyon sa Wikang Filipino", "ORG")]),
# wB191
("The Garifuna are descendants of West African, Kalinago and Arawak peoples who were deported by the British from Saint Vincent to the island of Roatán in 1797. Today they live along the Caribbean coast of Honduras, Belize, Guatemala and Nicaragua, and Garifuna Settlement Day is a public holiday in Belize.",
 [("Garifuna", "MISC"), ("West African", "MISC"), ("Kalinago", "MISC"), ("Arawak", "MISC"), ("British", "MISC"),
  ("Saint Vincent", "LOC"), ("Roatán", "LOC"), ("Caribbean", "LOC"), ("Honduras", "LOC"), ("Belize", "LOC"),
  ("Guatemala", "LOC"), ("Nicaragua", "LOC"), ("Garifuna Settlement Day", "MISC"), ("Belize", "LOC")]),
# wB192
("Lumbini is a Buddhist pilgrimage site in the Rupandehi District of Lumbini Province, Nepal, revered as the birthplace of Siddhartha Gautama. An inscribed pillar put up there in about 249 BC by Ashoka, emperor of the Maurya Empire, stands beside the Maya Devi Temple.",
 [("Lumbini", "LOC"), ("Buddhist", "MISC"), ("Rupandehi District", "LOC"), ("Lumbini Province", "LOC"), ("Nepal", "LOC"),
  ("Siddhartha Gautama", "PER"), ("Ashoka", "PER"), ("Maurya Empire", "LOC"), ("Maya Devi Temple", "LOC")]),
# wB193
("Saaremaa is the largest island of Estonia, lying in the Baltic Sea south of Hiiumaa and west of the mainland. It makes up most of Saare County, whose seat is the town of Kuressaare, and the Kaali crater near its centre was made by a meteorite strike several thousand years ago.",
 [("Saaremaa", "LOC"), ("Estonia", "LOC"), ("Baltic Sea", "LOC"), ("Hiiumaa", "LOC"), ("Saare County", "LOC"),
  ("Kuressaare", "LOC"), ("Kaali", "LOC")]),
# wB194
("The Boxer Rebellion was an anti-foreign uprising in northern China between 1899 and 1901, led by the Society of Righteous and Harmonious Fists. An alliance of eight nations, including Japan, Russia and the United Kingdom, relieved the siege of the foreign legations in Beijing in August 1900.",
 [("Boxer Rebellion", "MISC"), ("China", "LOC"), ("Society of Righteous and Harmonious Fists", "ORG"), ("Japan", "LOC"),
  ("Russia", "LOC"), ("United Kingdom", "LOC"), ("Beijing", "LOC")]),
# wB195
("An oil spill from a fuel tank at a power plant owned by Norilsk Nickel polluted the Ambarnaya River near Norilsk in May 2020, Russia's environmental watchdog Rosprirodnadzor said. President Vladimir Putin declared a state of emergency in Krasnoyarsk Krai.",
 [("Norilsk Nickel", "ORG"), ("Ambarnaya River", "LOC"), ("Norilsk", "LOC"), ("Russia", "LOC"), ("Rosprirodnadzor", "ORG"),
  ("Vladimir Putin", "PER"), ("Krasnoyarsk Krai", "LOC")]),
# wB196
("Cape Coast Castle is one of about forty slave forts built on the Gold Coast, in what is now the Central Region of Ghana. It served as the headquarters of the Royal African Company in the eighteenth century, and Barack Obama visited its dungeons in 2009.",
 [("Cape Coast Castle", "LOC"), ("Gold Coast", "LOC"), ("Central Region", "LOC"), ("Ghana", "LOC"),
  ("Royal African Company", "ORG"), ("Barack Obama", "PER")]),
# wB197
("La Tomatina is a festival held on the last Wednesday of August in Buñol, a town in the Valencian Community of Spain, in which thousands of people throw tomatoes at each other. The town council has limited it to 20,000 ticket holders since 2013.",
 [("La Tomatina", "MISC"), ("Buñol", "LOC"), ("Valencian Community", "LOC"), ("Spain", "LOC")]),
# wB198
("The Salt Lake Stadium, officially the Yuva Bharati Krirangan, is a multi-purpose stadium in Bidhannagar, Kolkata, in the Indian state of West Bengal. It is the home ground of Mohun Bagan and East Bengal, and hosted the final of the FIFA U-17 World Cup in 2017.",
 [("Salt Lake Stadium", "LOC"), ("Yuva Bharati Krirangan", "LOC"), ("Bidhannagar", "LOC"), ("Kolkata", "LOC"),
  ("Indian", "MISC"), ("West Bengal", "LOC"), ("Mohun Bagan", "ORG"), ("East Bengal", "ORG"), ("FIFA U-17 World Cup", "MISC")]),
# wB199
("The Republic of Venice was a sovereign state in north-eastern Italy for more than a thousand years, from 697 until 1797, when it was taken by Napoleon. Ruled by an elected doge from the Doge's Palace, it held colonies along the Adriatic and across the eastern Mediterranean, including Crete and Cyprus.",
 [("Republic of Venice", "LOC"), ("Italy", "LOC"), ("Napoleon", "PER"), ("Doge's Palace", "LOC"), ("Adriatic", "LOC"),
  ("Mediterranean", "LOC"), ("Crete", "LOC"), ("Cyprus", "LOC")]),
# wB200
("The Liemba is a passenger ferry on Lake Tanganyika that has carried people and cargo between Kigoma in Tanzania and Mpulungu in Zambia for more than a century. She was built in Papenburg, Germany, in 1913 as the Graf von Götzen and scuttled by her German crew in 1916.",
 [("Liemba", "MISC"), ("Lake Tanganyika", "LOC"), ("Kigoma", "LOC"), ("Tanzania", "LOC"), ("Mpulungu", "LOC"),
  ("Zambia", "LOC"), ("Papenburg", "LOC"), ("Germany", "LOC"), ("Graf von Götzen", "MISC"), ("German", "MISC")]),
# wB201
("In Sheki we stayed in an old caravanserai near the Palace of the Shaki Khans, whose windows are made of thousands of pieces of coloured glass. The woman who ran the guest house, Gulnara, sent us on to Lahij, a copper-working village in the Greater Caucasus.",
 [("Sheki", "LOC"), ("Palace of the Shaki Khans", "LOC"), ("Gulnara", "PER"), ("Lahij", "LOC"), ("Greater Caucasus", "LOC")]),
# wB202
("Valparaíso is a port city in central Chile and the seat of the National Congress, which moved there from Santiago in 1990. Its historic quarter is built across dozens of hills above the bay, and the Universidad Técnica Federico Santa María stands on Cerro Placeres.",
 [("Valparaíso", "LOC"), ("Chile", "LOC"), ("National Congress", "ORG"), ("Santiago", "LOC"),
  ("Universidad Técnica Federico Santa María", "ORG"), ("Cerro Placeres", "LOC")]),
]
