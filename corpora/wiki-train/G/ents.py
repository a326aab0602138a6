# Decision lists for wiki-train part G (the source of truth for the labels).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wG001, wG002, ... in order.

DOCS = [
# wG001
('Langar is a village in Ishkoshim District in eastern Tajikistan, located where the Pamir and Wakhan rivers meet to form the Panj. The slopes above it hold several thousand petroglyphs, some attributed to Saka herders of the first millennium BC.',
 [('Langar', 'LOC'), ('Ishkoshim District', 'LOC'), ('Tajikistan', 'LOC'), ('Pamir', 'LOC'), ('Wakhan', 'LOC'), ('Panj', 'LOC'), ('Saka', 'MISC')]),
# wG002
('The Torugart Pass (Kyrgyz: Торугарт) is a mountain pass in the Tian Shan on the border between Kyrgyzstan and the Xinjiang Uyghur Autonomous Region of China. The road over the pass links Naryn with Kashgar and was opened to travellers from third countries in the 2000s.',
 [('Torugart Pass', 'LOC'), ('Kyrgyz', 'MISC'), ('Торугарт', 'LOC'), ('Tian Shan', 'LOC'), ('Kyrgyzstan', 'LOC'), ('Xinjiang Uyghur Autonomous Region', 'LOC'), ('China', 'LOC'), ('Naryn', 'LOC'), ('Kashgar', 'LOC')]),
# wG003
('Mount Yasur is an active stratovolcano on the island of Tanna in Tafea Province, Vanuatu. It has been erupting almost continuously for centuries, and its glow is said to have drawn James Cook ashore in 1774.',
 [('Mount Yasur', 'LOC'), ('Tanna', 'LOC'), ('Tafea Province', 'LOC'), ('Vanuatu', 'LOC'), ('James Cook', 'PER')]),
# wG004
('Cueva de los Tayos is a cave system in Morona Santiago Province in the Ecuadorian Amazon, named after the oilbirds that nest in it. In 1976 a joint British–Ecuadorian expedition led by Stan Hall surveyed its galleries, accompanied by the astronaut Neil Armstrong.',
 [('Cueva de los Tayos', 'LOC'), ('Morona Santiago Province', 'LOC'), ('Ecuadorian', 'MISC'), ('Amazon', 'LOC'), ('British', 'MISC'), ('Ecuadorian', 'MISC'), ('Stan Hall', 'PER'), ('Neil Armstrong', 'PER')]),
# wG005
('Kaieteur Falls is a waterfall on the Potaro River in Kaieteur National Park, central Guyana. With a single drop of 226 metres it is among the most powerful waterfalls in the world, and the Patamona tell of an old man named Kai who paddled over its edge.',
 [('Kaieteur Falls', 'LOC'), ('Potaro River', 'LOC'), ('Kaieteur National Park', 'LOC'), ('Guyana', 'LOC'), ('Patamona', 'MISC'), ('Kai', 'PER')]),
# wG006
('The Sudd is a vast swamp formed by the White Nile in South Sudan. Its name comes from the Arabic word for a barrier, and it halted Roman and Egyptian expeditions up the Nile; today the Nuer and Dinka graze cattle along its edges.',
 [('Sudd', 'LOC'), ('White Nile', 'LOC'), ('South Sudan', 'LOC'), ('Arabic', 'MISC'), ('Roman', 'MISC'), ('Egyptian', 'MISC'), ('Nile', 'LOC'), ('Nuer', 'MISC'), ('Dinka', 'MISC')]),
# wG007
('Simien Mountains National Park is a national park in the Amhara Region of northern Ethiopia. Its highest point, Ras Dashen, rises to about 4,550 metres, and the park is home to the gelada and the walia ibex.',
 [('Simien Mountains National Park', 'LOC'), ('Amhara Region', 'LOC'), ('Ethiopia', 'LOC'), ('Ras Dashen', 'LOC')]),
# wG008
('The Carretera Austral (Spanish for "Southern Highway") is a road of about 1,240 km through Chilean Patagonia, running from Puerto Montt to Villa O\'Higgins. Its construction began in 1976 under Augusto Pinochet\'s government and was carried out largely by the Chilean Army.',
 [('Carretera Austral', 'LOC'), ('Spanish', 'MISC'), ('Southern Highway', 'LOC'), ('Chilean', 'MISC'), ('Patagonia', 'LOC'), ('Puerto Montt', 'LOC'), ("Villa O'Higgins", 'LOC'), ('Augusto Pinochet', 'PER'), ('Chilean Army', 'ORG')]),
# wG009
('The Addis Ababa–Djibouti Railway is a standard-gauge electrified railway opened in 2016 that links Addis Ababa with the Port of Doraleh in Djibouti. It was built by the China Railway Group and the China Civil Engineering Construction Corporation, replacing the metre-gauge line laid by the French between 1897 and 1917.',
 [('Addis Ababa–Djibouti Railway', 'LOC'), ('Addis Ababa', 'LOC'), ('Port of Doraleh', 'LOC'), ('Djibouti', 'LOC'), ('China Railway Group', 'ORG'), ('China Civil Engineering Construction Corporation', 'ORG'), ('French', 'MISC')]),
# wG010
('Estación Mapocho is a former railway station in Santiago, Chile, built between 1905 and 1912 as the terminus of the line to Valparaíso. Designed by Emilio Jéquier, it has served as a cultural centre since 1994.',
 [('Estación Mapocho', 'LOC'), ('Santiago', 'LOC'), ('Chile', 'LOC'), ('Valparaíso', 'LOC'), ('Emilio Jéquier', 'PER')]),
# wG011
('Port Royal was a town at the mouth of Kingston Harbour in Jamaica and a base for buccaneers such as Henry Morgan. Most of it sank into the sea during the earthquake of 7 June 1692, and the Royal Navy later kept a dockyard on what remained.',
 [('Port Royal', 'LOC'), ('Kingston Harbour', 'LOC'), ('Jamaica', 'LOC'), ('Henry Morgan', 'PER'), ('Royal Navy', 'ORG')]),
# wG012
("Merv (Turkmen: Merw) was a major oasis city on the Silk Road near today's Mary, Turkmenistan. It served as a capital of the Seljuk Empire under Sultan Sanjar and was sacked by the Mongols under Tolui in 1221.",
 [('Merv', 'LOC'), ('Turkmen', 'MISC'), ('Merw', 'LOC'), ('Silk Road', 'LOC'), ('Mary', 'LOC'), ('Turkmenistan', 'LOC'), ('Seljuk Empire', 'LOC'), ('Sanjar', 'PER'), ('Mongols', 'MISC'), ('Tolui', 'PER')]),
# wG013
('Chavín de Huántar is an archaeological site in the Ancash Region of Peru, built from about 1200 BC by the Chavín culture. Its underground galleries hold the Lanzón, a carved granite monolith more than four metres tall.',
 [('Chavín de Huántar', 'LOC'), ('Ancash Region', 'LOC'), ('Peru', 'LOC'), ('Chavín', 'MISC'), ('Lanzón', 'MISC')]),
# wG014
('The Adal Sultanate was a Muslim state in the Horn of Africa from about 1415 to 1577, with its capital at Dakkar and later Harar. Under Imam Ahmad ibn Ibrahim al-Ghazi its armies invaded the Ethiopian Empire in the Ethiopian–Adal War.',
 [('Adal Sultanate', 'LOC'), ('Muslim', 'MISC'), ('Horn of Africa', 'LOC'), ('Dakkar', 'LOC'), ('Harar', 'LOC'), ('Ahmad ibn Ibrahim al-Ghazi', 'PER'), ('Ethiopian Empire', 'LOC'), ('Ethiopian–Adal War', 'MISC')]),
# wG015
('The War of the Pacific (Spanish: Guerra del Pacífico) was fought from 1879 to 1884 between Chile and an alliance of Bolivia and Peru. It began over nitrate taxes in the Atacama Desert and ended with the Treaty of Ancón, after which Bolivia was left without a coast.',
 [('War of the Pacific', 'MISC'), ('Spanish', 'MISC'), ('Guerra del Pacífico', 'MISC'), ('Chile', 'LOC'), ('Bolivia', 'LOC'), ('Peru', 'LOC'), ('Atacama Desert', 'LOC'), ('Treaty of Ancón', 'MISC'), ('Bolivia', 'LOC')]),
# wG016
('The Battle of Talas was fought in 751 near the Talas River between the Abbasid Caliphate and the Tang dynasty of China. The defeat of the Chinese army under Gao Xianzhi marked the end of Tang expansion west of the Pamirs.',
 [('Battle of Talas', 'MISC'), ('Talas River', 'LOC'), ('Abbasid Caliphate', 'LOC'), ('Tang', 'LOC'), ('China', 'LOC'), ('Chinese', 'MISC'), ('Gao Xianzhi', 'PER'), ('Tang', 'LOC'), ('Pamirs', 'LOC')]),
# wG017
('The Siege of Candia (1648–1669) was the Ottoman blockade of the Venetian-held city of Candia, now Heraklion on Crete. Lasting 21 years, it is among the longest sieges in history and ended when Francesco Morosini surrendered the city.',
 [('Siege of Candia', 'MISC'), ('Ottoman', 'MISC'), ('Venetian', 'MISC'), ('Candia', 'LOC'), ('Heraklion', 'LOC'), ('Crete', 'LOC'), ('Francesco Morosini', 'PER')]),
# wG018
('In 1947 the Norwegian explorer Thor Heyerdahl sailed the balsa raft Kon-Tiki from Callao, Peru, to the Raroia atoll in the Tuamotus. He wanted to show that people from South America could have reached Polynesia before the Europeans.',
 [('Norwegian', 'MISC'), ('Thor Heyerdahl', 'PER'), ('Kon-Tiki', 'MISC'), ('Callao', 'LOC'), ('Peru', 'LOC'), ('Raroia', 'LOC'), ('Tuamotus', 'LOC'), ('South America', 'LOC'), ('Polynesia', 'LOC'), ('Europeans', 'MISC')]),
# wG019
('The Treaty of Portsmouth ended the Russo-Japanese War in 1905. It was negotiated at the Portsmouth Naval Shipyard in Kittery, Maine, with Theodore Roosevelt as mediator, and was signed by Sergei Witte and Komura Jutarō.',
 [('Treaty of Portsmouth', 'MISC'), ('Russo-Japanese War', 'MISC'), ('Portsmouth Naval Shipyard', 'LOC'), ('Kittery', 'LOC'), ('Maine', 'LOC'), ('Theodore Roosevelt', 'PER'), ('Sergei Witte', 'PER'), ('Komura Jutarō', 'PER')]),
# wG020
('The Zagwe dynasty ruled much of northern Ethiopia from about 900 to 1270 from its capital at Roha, later renamed Lalibela after its best-known king, Gebre Meskel Lalibela. It was overthrown by Yekuno Amlak, the founder of the Solomonic dynasty.',
 [('Zagwe', 'LOC'), ('Ethiopia', 'LOC'), ('Roha', 'LOC'), ('Lalibela', 'LOC'), ('Gebre Meskel Lalibela', 'PER'), ('Yekuno Amlak', 'PER'), ('Solomonic', 'LOC')]),
# wG021
('The Wakhi are an Iranian people living in the Wakhan Corridor of Afghanistan and in neighbouring parts of Tajikistan, Pakistan and China. They speak Wakhi, one of the Pamir languages, and most are Ismaili Muslims.',
 [('Wakhi', 'MISC'), ('Iranian', 'MISC'), ('Wakhan Corridor', 'LOC'), ('Afghanistan', 'LOC'), ('Tajikistan', 'LOC'), ('Pakistan', 'LOC'), ('China', 'LOC'), ('Wakhi', 'MISC'), ('Pamir', 'MISC'), ('Ismaili Muslims', 'MISC')]),
# wG022
('Bislama is an English-based creole and one of the official languages of Vanuatu, alongside English and French. It grew out of the pidgin spoken on sugar plantations in Queensland and Fiji in the late 19th century.',
 [('Bislama', 'MISC'), ('English', 'MISC'), ('Vanuatu', 'LOC'), ('English', 'MISC'), ('French', 'MISC'), ('Queensland', 'LOC'), ('Fiji', 'LOC')]),
# wG023
('The Chagos Archipelago is a group of seven atolls in the Indian Ocean about 500 km south of the Maldives. Its largest island, Diego Garcia, hosts a United States military base, and its inhabitants, the Chagossians, were removed by Britain between 1967 and 1973.',
 [('Chagos Archipelago', 'LOC'), ('Indian Ocean', 'LOC'), ('Maldives', 'LOC'), ('Diego Garcia', 'LOC'), ('United States', 'LOC'), ('Chagossians', 'MISC'), ('Britain', 'LOC')]),
# wG024
('Carriacou is an island of the Grenadines and part of the state of Grenada, lying north of the main island. Its chief town is Hillsborough, and its boat builders still use methods brought by Scottish shipwrights in the 19th century.',
 [('Carriacou', 'LOC'), ('Grenadines', 'LOC'), ('Grenada', 'LOC'), ('Hillsborough', 'LOC'), ('Scottish', 'MISC')]),
# wG025
("Saint-Véran is a commune in the Hautes-Alpes department in the Provence-Alpes-Côte d'Azur region of southeastern France. At about 2,040 metres it is often called the highest village in Europe, and it lies within the Queyras Regional Natural Park.",
 [('Saint-Véran', 'LOC'), ('Hautes-Alpes', 'LOC'), ("Provence-Alpes-Côte d'Azur", 'LOC'), ('France', 'LOC'), ('Europe', 'LOC'), ('Queyras Regional Natural Park', 'LOC')]),
# wG026
('Trunyan is a Bali Aga village on the eastern shore of Lake Batur in Bangli Regency, Bali, Indonesia. Unlike most Balinese, its people do not cremate their dead but lay them out beneath a large banyan tree.',
 [('Trunyan', 'LOC'), ('Bali Aga', 'MISC'), ('Lake Batur', 'LOC'), ('Bangli Regency', 'LOC'), ('Bali', 'LOC'), ('Indonesia', 'LOC'), ('Balinese', 'MISC')]),
# wG027
('Corippo is a village in the Verzasca valley in the canton of Ticino, Switzerland. Once the smallest municipality in the country, with twelve residents, it was merged into the new municipality of Verzasca in 2020.',
 [('Corippo', 'LOC'), ('Verzasca', 'LOC'), ('Ticino', 'LOC'), ('Switzerland', 'LOC'), ('Verzasca', 'LOC')]),
# wG028
('Sarazm is an archaeological site near Panjakent in western Tajikistan. Settled from the fourth millennium BC, it was a centre of copper and tin working on the Zeravshan and was excavated by Abdullo Isakov from 1976 onwards.',
 [('Sarazm', 'LOC'), ('Panjakent', 'LOC'), ('Tajikistan', 'LOC'), ('Zeravshan', 'LOC'), ('Abdullo Isakov', 'PER')]),
# wG029
('The Dahlak Archipelago is a group of islands in the Red Sea off Massawa, Eritrea. Only a few of its more than 120 islands are inhabited, and the people of Dahlak Kebir speak Dahalik, a Semitic language found nowhere else.',
 [('Dahlak Archipelago', 'LOC'), ('Red Sea', 'LOC'), ('Massawa', 'LOC'), ('Eritrea', 'LOC'), ('Dahlak Kebir', 'LOC'), ('Dahalik', 'MISC'), ('Semitic', 'MISC')]),
# wG030
('The Battle of Tarawa was fought from 20 to 23 November 1943 on Betio in the Tarawa atoll of the Gilbert Islands, now part of Kiribati. The United States Marine Corps lost about 1,000 men in 76 hours against a garrison of the Imperial Japanese Navy.',
 [('Battle of Tarawa', 'MISC'), ('Betio', 'LOC'), ('Tarawa', 'LOC'), ('Gilbert Islands', 'LOC'), ('Kiribati', 'LOC'), ('United States Marine Corps', 'ORG'), ('Imperial Japanese Navy', 'ORG')]),
# wG031
('The Abra del Acay is a mountain pass in Salta Province, Argentina, on National Route 40. At 4,895 metres it is the highest point of the route, which runs the length of the country from Cabo Vírgenes to La Quiaca.',
 [('Abra del Acay', 'LOC'), ('Salta Province', 'LOC'), ('Argentina', 'LOC'), ('National Route 40', 'LOC'), ('Cabo Vírgenes', 'LOC'), ('La Quiaca', 'LOC')]),
# wG032
('Ojos del Salado is a stratovolcano on the border between Argentina and Chile and, at 6,893 metres, the highest volcano in the world. It was first climbed in 1937 by the Polish mountaineers Jan Alfred Szczepański and Justyn Wojsznis.',
 [('Ojos del Salado', 'LOC'), ('Argentina', 'LOC'), ('Chile', 'LOC'), ('Polish', 'MISC'), ('Jan Alfred Szczepański', 'PER'), ('Justyn Wojsznis', 'PER')]),
# wG033
('The Morant Bay rebellion began on 11 October 1865 in Saint Thomas Parish, Jamaica, when the Baptist deacon Paul Bogle led several hundred people to the courthouse. Governor Edward John Eyre declared martial law, and the politician George William Gordon was hanged after a court martial.',
 [('Morant Bay', 'LOC'), ('Saint Thomas Parish', 'LOC'), ('Jamaica', 'LOC'), ('Baptist', 'MISC'), ('Paul Bogle', 'PER'), ('Edward John Eyre', 'PER'), ('George William Gordon', 'PER')]),
# wG034
('The Caguana Ceremonial Ball Courts Site is an archaeological site in Utuado, Puerto Rico, built by the Taíno around 1270. Its stone-lined plazas were excavated in the 1910s by John Alden Mason of the American Museum of Natural History.',
 [('Caguana Ceremonial Ball Courts Site', 'LOC'), ('Utuado', 'LOC'), ('Puerto Rico', 'LOC'), ('Taíno', 'MISC'), ('John Alden Mason', 'PER'), ('American Museum of Natural History', 'ORG')]),
# wG035
('Sogdia was an ancient Iranian region between the Amu Darya and the Syr Darya, centred on Samarkand and Bukhara. A satrapy of the Achaemenid Empire, it resisted Alexander the Great at the Sogdian Rock in 327 BC.',
 [('Sogdia', 'LOC'), ('Iranian', 'MISC'), ('Amu Darya', 'LOC'), ('Syr Darya', 'LOC'), ('Samarkand', 'LOC'), ('Bukhara', 'LOC'), ('Achaemenid Empire', 'LOC'), ('Alexander the Great', 'PER'), ('Sogdian Rock', 'LOC')]),
# wG036
('In 1868 a British and Indian force under Robert Napier marched from Zula on the Red Sea coast to the mountain fortress of Magdala to free hostages held by Emperor Tewodros II. When Magdala fell on 13 April, the emperor shot himself.',
 [('British', 'MISC'), ('Indian', 'MISC'), ('Robert Napier', 'PER'), ('Zula', 'LOC'), ('Red Sea', 'LOC'), ('Magdala', 'LOC'), ('Tewodros II', 'PER'), ('Magdala', 'LOC')]),
# wG037
('The Tuʻi Tonga Empire is the name given to the spread of Tongan power across much of western Polynesia from about 950. Its kings ruled from Muʻa on Tongatapu, where their terraced stone tombs still stand.',
 [('Tuʻi Tonga Empire', 'LOC'), ('Tongan', 'MISC'), ('Polynesia', 'LOC'), ('Muʻa', 'LOC'), ('Tongatapu', 'LOC')]),
# wG038
('The Trans-Caspian Railway was built by the Russian Empire from 1879, starting at Krasnovodsk on the Caspian Sea. Begun under General Mikhail Annenkov to supply troops fighting the Turkmens, it reached Samarkand in 1888 and Tashkent in 1898.',
 [('Trans-Caspian Railway', 'LOC'), ('Russian Empire', 'LOC'), ('Krasnovodsk', 'LOC'), ('Caspian Sea', 'LOC'), ('Mikhail Annenkov', 'PER'), ('Turkmens', 'MISC'), ('Samarkand', 'LOC'), ('Tashkent', 'LOC')]),
# wG039
('Tiébélé is a village and rural commune in Nahouri Province, in the Centre-Sud Region of Burkina Faso. It is known for the painted earthen houses of the Kassena people, decorated each year by the women of the village.',
 [('Tiébélé', 'LOC'), ('Nahouri Province', 'LOC'), ('Centre-Sud Region', 'LOC'), ('Burkina Faso', 'LOC'), ('Kassena', 'MISC')]),
# wG040
('The Battle of Rovine was fought on 17 May 1395 in Wallachia between the Wallachian army of Mircea the Elder and an Ottoman force led by Sultan Bayezid I. Serbian vassals fought on the Ottoman side, among them the despot Stefan Lazarević.',
 [('Battle of Rovine', 'MISC'), ('Wallachia', 'LOC'), ('Wallachian', 'MISC'), ('Mircea the Elder', 'PER'), ('Ottoman', 'MISC'), ('Bayezid I', 'PER'), ('Serbian', 'MISC'), ('Ottoman', 'MISC'), ('Stefan Lazarević', 'PER')]),
# wG041
("Archaeologists from the University of Cologne and Kazakhstan's Margulan Institute of Archaeology said on Tuesday that they had opened a Saka burial mound near Eleke Sazy in the East Kazakhstan Region. The chamber held gold plaques shaped like deer, the team's leader, Zainolla Samashev, told reporters in Astana.",
 [('University of Cologne', 'ORG'), ('Kazakhstan', 'LOC'), ('Margulan Institute of Archaeology', 'ORG'), ('Saka', 'MISC'), ('Eleke Sazy', 'LOC'), ('East Kazakhstan Region', 'LOC'), ('Zainolla Samashev', 'PER'), ('Astana', 'LOC')]),
]
