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
('Gocta Falls is a waterfall in Bongará Province in the Amazonas Region of northern Peru, with two tiers falling a total of about 770 metres. Long known only to the villagers of Cocachimba and San Pablo, it was brought to wider notice in 2006 by the German economist Stefan Ziemendorff.',
 [('Gocta Falls', 'LOC'), ('Bongará Province', 'LOC'), ('Amazonas Region', 'LOC'), ('Peru', 'LOC'), ('Cocachimba', 'LOC'), ('San Pablo', 'LOC'), ('German', 'MISC'), ('Stefan Ziemendorff', 'PER')]),
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
('The Chaco War (Spanish: Guerra del Chaco) was fought from 1932 to 1935 between Bolivia and Paraguay over the Gran Chaco, a dry lowland thought to hold oil. Paraguayan troops under José Félix Estigarribia pushed the Bolivian Army back to the foothills of the Andes, and a peace treaty was signed in Buenos Aires in 1938.',
 [('Chaco War', 'MISC'), ('Spanish', 'MISC'), ('Guerra del Chaco', 'MISC'), ('Bolivia', 'LOC'), ('Paraguay', 'LOC'), ('Gran Chaco', 'LOC'), ('Paraguayan', 'MISC'), ('José Félix Estigarribia', 'PER'), ('Bolivian Army', 'ORG'), ('Andes', 'LOC'), ('Buenos Aires', 'LOC')]),
# wG016
("The Battle of Dandanaqan was fought in 1040 near Merv between the Seljuks and the Ghaznavid Empire. Tughril and Chaghri Beg defeated Sultan Mas'ud I of Ghazni, opening Khorasan and then Persia to the Seljuks.",
 [('Battle of Dandanaqan', 'MISC'), ('Merv', 'LOC'), ('Seljuks', 'MISC'), ('Ghaznavid Empire', 'LOC'), ('Tughril', 'PER'), ('Chaghri Beg', 'PER'), ("Mas'ud I", 'PER'), ('Ghazni', 'LOC'), ('Khorasan', 'LOC'), ('Persia', 'LOC'), ('Seljuks', 'MISC')]),
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
('The Battle of Peleliu was fought from September to November 1944 on Peleliu in the Palau islands between the United States and Japan. The 1st Marine Division and the 81st Infantry Division took more than two months to clear defenders under Colonel Kunio Nakagawa from the caves of the Umurbrogol ridges.',
 [('Battle of Peleliu', 'MISC'), ('Peleliu', 'LOC'), ('Palau', 'LOC'), ('United States', 'LOC'), ('Japan', 'LOC'), ('1st Marine Division', 'ORG'), ('81st Infantry Division', 'ORG'), ('Kunio Nakagawa', 'PER'), ('Umurbrogol', 'LOC')]),
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
# wG042
('Huaca Pucllana is a great adobe and clay pyramid in the Miraflores district of Lima, Peru, built between about 200 and 700. Excavations led since 1981 by the archaeologist Isabel Flores Espinoza have been funded by the Municipality of Miraflores.',
 [('Huaca Pucllana', 'LOC'), ('Miraflores', 'LOC'), ('Lima', 'LOC'), ('Peru', 'LOC'), ('Isabel Flores Espinoza', 'PER'), ('Municipality of Miraflores', 'ORG')]),
# wG043
('Laas Geel is a complex of rock shelters outside Hargeisa in Somaliland, known for paintings of cattle and herders made several thousand years ago. The paintings were recorded in 2002 by a French team under Xavier Gutherz of Paul Valéry University in Montpellier.',
 [('Laas Geel', 'LOC'), ('Hargeisa', 'LOC'), ('Somaliland', 'LOC'), ('French', 'MISC'), ('Xavier Gutherz', 'PER'), ('Paul Valéry University', 'ORG'), ('Montpellier', 'LOC')]),
# wG044
('Zeila (Somali: Saylac) is a port town in the Awdal region of Somaliland, on the Gulf of Aden close to the border with Djibouti. From the late 13th century it was a seat of the Ifat Sultanate and an outlet for trade from the Ethiopian Highlands.',
 [('Zeila', 'LOC'), ('Somali', 'MISC'), ('Saylac', 'LOC'), ('Awdal', 'LOC'), ('Somaliland', 'LOC'), ('Gulf of Aden', 'LOC'), ('Djibouti', 'LOC'), ('Ifat Sultanate', 'LOC'), ('Ethiopian Highlands', 'LOC')]),
# wG045
('The Afar are a Cushitic people of the Horn of Africa living in the Afar Region of Ethiopia, in Djibouti and in the Southern Red Sea Region of Eritrea. They speak Afar, and many still cut salt by hand in the Danakil Depression.',
 [('Afar', 'MISC'), ('Cushitic', 'MISC'), ('Horn of Africa', 'LOC'), ('Afar Region', 'LOC'), ('Ethiopia', 'LOC'), ('Djibouti', 'LOC'), ('Southern Red Sea Region', 'LOC'), ('Eritrea', 'LOC'), ('Afar', 'MISC'), ('Danakil Depression', 'LOC')]),
# wG046
('Nan Madol is a ruined city of basalt islets off the eastern shore of Pohnpei in the Federated States of Micronesia. It was the seat of the Saudeleur dynasty until about 1628, when the hero Isokelekel overthrew the last ruler.',
 [('Nan Madol', 'LOC'), ('Pohnpei', 'LOC'), ('Federated States of Micronesia', 'LOC'), ('Saudeleur', 'LOC'), ('Isokelekel', 'PER')]),
# wG047
('The Marquesas Islands (French: Îles Marquises) are an archipelago of French Polynesia, about 1,400 km northeast of Tahiti. The painter Paul Gauguin and the singer Jacques Brel are buried at Atuona on Hiva Oa.',
 [('Marquesas Islands', 'LOC'), ('French', 'MISC'), ('Îles Marquises', 'LOC'), ('French Polynesia', 'LOC'), ('Tahiti', 'LOC'), ('Paul Gauguin', 'PER'), ('Jacques Brel', 'PER'), ('Atuona', 'LOC'), ('Hiva Oa', 'LOC')]),
# wG048
('Savo is a volcanic island in the Central Province of the Solomon Islands, north of Guadalcanal across Iron Bottom Sound. Its people speak Savosavo, a language unrelated to the Austronesian languages spoken around it.',
 [('Savo', 'LOC'), ('Central Province', 'LOC'), ('Solomon Islands', 'LOC'), ('Guadalcanal', 'LOC'), ('Iron Bottom Sound', 'LOC'), ('Savosavo', 'MISC'), ('Austronesian', 'MISC')]),
# wG049
('The Battle of Ruapekapeka was the last major engagement of the Flagstaff War in the north of New Zealand, fought in January 1846. British troops under Henry Despard bombarded the pā of the chief Te Ruki Kawiti and entered it on a Sunday, when most of its defenders were outside.',
 [('Battle of Ruapekapeka', 'MISC'), ('Flagstaff War', 'MISC'), ('New Zealand', 'LOC'), ('British', 'MISC'), ('Henry Despard', 'PER'), ('Te Ruki Kawiti', 'PER')]),
# wG050
('The Battle of Vertières was fought on 18 November 1803 near Cap-Français, now Cap-Haïtien, between the Indigenous Army led by Jean-Jacques Dessalines and the French expeditionary force under General Donatien de Rochambeau. Its outcome led to the independence of Haiti on 1 January 1804.',
 [('Battle of Vertières', 'MISC'), ('Cap-Français', 'LOC'), ('Cap-Haïtien', 'LOC'), ('Indigenous Army', 'ORG'), ('Jean-Jacques Dessalines', 'PER'), ('French', 'MISC'), ('Donatien de Rochambeau', 'PER'), ('Haiti', 'LOC')]),
# wG051
('Saba is an island in the Caribbean Sea and a special municipality of the Netherlands. Its airport, Juancho E. Yrausquin Airport, has one of the shortest commercial runways in the world, and its one main road, known simply as The Road, took from 1938 to 1958 to build.',
 [('Saba', 'LOC'), ('Caribbean Sea', 'LOC'), ('Netherlands', 'LOC'), ('Juancho E. Yrausquin Airport', 'LOC'), ('The Road', 'LOC')]),
# wG052
('Papiamento is a creole language based on Portuguese and Spanish and spoken in Aruba, Bonaire and Curaçao. It is an official language of Aruba and Curaçao, and its first newspaper, La Cruz, appeared in 1871.',
 [('Papiamento', 'MISC'), ('Portuguese', 'MISC'), ('Spanish', 'MISC'), ('Aruba', 'LOC'), ('Bonaire', 'LOC'), ('Curaçao', 'LOC'), ('Aruba', 'LOC'), ('Curaçao', 'LOC'), ('La Cruz', 'ORG')]),
# wG053
('Chaguaramas is a peninsula in the Diego Martin region of northwest Trinidad. During the Second World War it was leased to the United States Navy under the Destroyers for Bases Agreement, and it is now managed by the Chaguaramas Development Authority.',
 [('Chaguaramas', 'LOC'), ('Diego Martin', 'LOC'), ('Trinidad', 'LOC'), ('Second World War', 'MISC'), ('United States Navy', 'ORG'), ('Destroyers for Bases Agreement', 'MISC'), ('Chaguaramas Development Authority', 'ORG')]),
# wG054
('Vilcabamba was the last refuge of the Neo-Inca State in the forests of the Cusco Region of Peru. It was taken by the Spanish in 1572, when Túpac Amaru was captured and beheaded in Cusco, and its ruins at Espíritu Pampa were identified by Gene Savoy in 1964.',
 [('Vilcabamba', 'LOC'), ('Neo-Inca State', 'LOC'), ('Cusco Region', 'LOC'), ('Peru', 'LOC'), ('Spanish', 'MISC'), ('Túpac Amaru', 'PER'), ('Cusco', 'LOC'), ('Espíritu Pampa', 'LOC'), ('Gene Savoy', 'PER')]),
# wG055
('The Central Railway of Peru runs from Callao through Lima to Huancayo, crossing the Andes near Ticlio at about 4,780 metres. Begun in 1870 by the American contractor Henry Meiggs, it is run today by Ferrocarril Central Andino.',
 [('Central Railway', 'LOC'), ('Peru', 'LOC'), ('Callao', 'LOC'), ('Lima', 'LOC'), ('Huancayo', 'LOC'), ('Andes', 'LOC'), ('Ticlio', 'LOC'), ('American', 'MISC'), ('Henry Meiggs', 'PER'), ('Ferrocarril Central Andino', 'ORG')]),
# wG056
('The Kallawaya are travelling healers from Bautista Saavedra Province in the Bolivian Andes, north of La Paz. Their knowledge of several hundred medicinal plants is passed from father to son, along with a secret language, Machaj Juyai.',
 [('Kallawaya', 'MISC'), ('Bautista Saavedra Province', 'LOC'), ('Bolivian', 'MISC'), ('Andes', 'LOC'), ('La Paz', 'LOC'), ('Machaj Juyai', 'MISC')]),
# wG057
('Lauca National Park is a national park in the Arica y Parinacota Region of far northern Chile. It contains Lake Chungará, one of the highest lakes in the world, beneath the twin Payachata volcanoes, and is managed by the National Forest Corporation (CONAF).',
 [('Lauca National Park', 'LOC'), ('Arica y Parinacota Region', 'LOC'), ('Chile', 'LOC'), ('Lake Chungará', 'LOC'), ('Payachata', 'LOC'), ('National Forest Corporation', 'ORG'), ('CONAF', 'ORG')]),
# wG058
('The Khanate of Kokand was an Uzbek state in the Fergana Valley from 1709 until 1876, when it was annexed by the Russian Empire. Its last ruler, Khudayar Khan, was driven out by a revolt, and the Russian general Mikhail Skobelev took Kokand soon after.',
 [('Khanate of Kokand', 'LOC'), ('Uzbek', 'MISC'), ('Fergana Valley', 'LOC'), ('Russian Empire', 'LOC'), ('Khudayar Khan', 'PER'), ('Russian', 'MISC'), ('Mikhail Skobelev', 'PER'), ('Kokand', 'LOC')]),
# wG059
('Son-Kul is an alpine lake in Naryn Region, Kyrgyzstan, at an altitude of about 3,016 metres. Herders from At-Bashy and Kochkor bring their flocks to its shores each summer, and it is listed under the Ramsar Convention.',
 [('Son-Kul', 'LOC'), ('Naryn Region', 'LOC'), ('Kyrgyzstan', 'LOC'), ('At-Bashy', 'LOC'), ('Kochkor', 'LOC'), ('Ramsar Convention', 'MISC')]),
# wG060
('Toprak-Kala is the ruin of a palace city in Karakalpakstan, Uzbekistan, once a capital of ancient Khwarazm. It was excavated from 1945 by Sergey Tolstov of the Soviet Academy of Sciences, whose team found wall paintings and documents on leather and wood.',
 [('Toprak-Kala', 'LOC'), ('Karakalpakstan', 'LOC'), ('Uzbekistan', 'LOC'), ('Khwarazm', 'LOC'), ('Sergey Tolstov', 'PER'), ('Soviet Academy of Sciences', 'ORG')]),
# wG061
('The Siege of Otrar (1219–1220) opened the Mongol invasion of the Khwarazmian Empire. The governor Inalchuq had killed a caravan of merchants sent by Genghis Khan, and after five months Chagatai and Ögedei took the city and had him executed.',
 [('Siege of Otrar', 'MISC'), ('Mongol', 'MISC'), ('Khwarazmian Empire', 'LOC'), ('Inalchuq', 'PER'), ('Genghis Khan', 'PER'), ('Chagatai', 'PER'), ('Ögedei', 'PER')]),
# wG062
('Hahoe Folk Village (Korean: 하회마을) is a village in Andong, North Gyeongsang Province, South Korea, set in a bend of the Nakdong River. It is known for its masked dance drama, and in 1999 it was visited by Queen Elizabeth II.',
 [('Hahoe Folk Village', 'LOC'), ('Korean', 'MISC'), ('하회마을', 'LOC'), ('Andong', 'LOC'), ('North Gyeongsang Province', 'LOC'), ('South Korea', 'LOC'), ('Nakdong River', 'LOC'), ('Elizabeth II', 'PER')]),
# wG063
('The Battle of Sekigahara was fought on 21 October 1600 in Mino Province between the forces of Tokugawa Ieyasu and a coalition loyal to Toyotomi Hideyori under Ishida Mitsunari. The defection of Kobayakawa Hideaki during the fighting decided the day.',
 [('Battle of Sekigahara', 'MISC'), ('Mino Province', 'LOC'), ('Tokugawa Ieyasu', 'PER'), ('Toyotomi Hideyori', 'PER'), ('Ishida Mitsunari', 'PER'), ('Kobayakawa Hideaki', 'PER')]),
# wG064
('The Grand Canal (Chinese: 大运河) is a system of waterways linking Beijing with Hangzhou and the longest artificial river in the world. Its first sections were dug in the 5th century BC, and it was joined into one route under the Sui dynasty by Emperor Yang.',
 [('Grand Canal', 'LOC'), ('Chinese', 'MISC'), ('大运河', 'LOC'), ('Beijing', 'LOC'), ('Hangzhou', 'LOC'), ('Sui', 'LOC'), ('Yang', 'PER')]),
# wG065
('Mrauk U is a town in Rakhine State, Myanmar, and was the capital of the Kingdom of Mrauk U from 1430 to 1785. The Portuguese friar Sebastião Manrique described its court in the 1630s, and the kingdom fell to the Konbaung dynasty in 1785.',
 [('Mrauk U', 'LOC'), ('Rakhine State', 'LOC'), ('Myanmar', 'LOC'), ('Kingdom of Mrauk U', 'LOC'), ('Portuguese', 'MISC'), ('Sebastião Manrique', 'PER'), ('Konbaung', 'LOC')]),
# wG066
('Wae Rebo is a village in Manggarai Regency on the island of Flores, East Nusa Tenggara, Indonesia, known for its tall conical houses. The rebuilding of the houses by villagers and volunteers from Jakarta won an award from UNESCO in 2012.',
 [('Wae Rebo', 'LOC'), ('Manggarai Regency', 'LOC'), ('Flores', 'LOC'), ('East Nusa Tenggara', 'LOC'), ('Indonesia', 'LOC'), ('Jakarta', 'LOC'), ('UNESCO', 'ORG')]),
# wG067
('The Battle of Mactan was fought on 27 April 1521 on Mactan, off Cebu in the Philippines, between warriors of the chief Lapulapu and Spanish sailors under Ferdinand Magellan, who was killed there. The survivors sailed on under Juan Sebastián Elcano and completed the first voyage around the world.',
 [('Battle of Mactan', 'MISC'), ('Mactan', 'LOC'), ('Cebu', 'LOC'), ('Philippines', 'LOC'), ('Lapulapu', 'PER'), ('Spanish', 'MISC'), ('Ferdinand Magellan', 'PER'), ('Juan Sebastián Elcano', 'PER')]),
# wG068
('Lothal is an archaeological site of the Harappan civilisation in the Bhal region of Gujarat, India. Excavated by the Archaeological Survey of India under S. R. Rao from 1955, it has what may be the oldest known dock.',
 [('Lothal', 'LOC'), ('Harappan', 'MISC'), ('Bhal', 'LOC'), ('Gujarat', 'LOC'), ('India', 'LOC'), ('Archaeological Survey of India', 'ORG'), ('S. R. Rao', 'PER')]),
# wG069
('The Anglo-Nepalese War (1814–1816) was fought between the Kingdom of Nepal and the East India Company. It ended with the Treaty of Sugauli, under which Nepal gave up Sikkim, Kumaon and Garhwal, and the company began to recruit Gurkha soldiers.',
 [('Anglo-Nepalese War', 'MISC'), ('Kingdom of Nepal', 'LOC'), ('East India Company', 'ORG'), ('Treaty of Sugauli', 'MISC'), ('Nepal', 'LOC'), ('Sikkim', 'LOC'), ('Kumaon', 'LOC'), ('Garhwal', 'LOC'), ('Gurkha', 'MISC')]),
# wG070
('Dura-Europos was a city on the Euphrates near the village of Salhiyeh in eastern Syria, founded around 300 BC by the Seleucid Empire. Excavations by Yale University and the French Academy of Inscriptions and Letters in the 1920s and 1930s uncovered a synagogue with painted walls.',
 [('Dura-Europos', 'LOC'), ('Euphrates', 'LOC'), ('Salhiyeh', 'LOC'), ('Syria', 'LOC'), ('Seleucid Empire', 'LOC'), ('Yale University', 'ORG'), ('French Academy of Inscriptions and Letters', 'ORG')]),
# wG071
('The Battle of the Yarmuk was fought in August 636 near the Yarmuk River between the Byzantine Empire and the Rashidun Caliphate. The Arab army under Khalid ibn al-Walid routed the Byzantine forces, and Syria passed to Muslim rule.',
 [('Battle of the Yarmuk', 'MISC'), ('Yarmuk River', 'LOC'), ('Byzantine Empire', 'LOC'), ('Rashidun Caliphate', 'LOC'), ('Arab', 'MISC'), ('Khalid ibn al-Walid', 'PER'), ('Byzantine', 'MISC'), ('Syria', 'LOC'), ('Muslim', 'MISC')]),
# wG072
('Postojna Cave (Slovene: Postojnska jama) is a cave system of about 24 km near Postojna in southwestern Slovenia. Visitors enter on a narrow-gauge railway first laid in 1872, and its pools are home to the olm, a blind salamander.',
 [('Postojna Cave', 'LOC'), ('Slovene', 'MISC'), ('Postojnska jama', 'LOC'), ('Postojna', 'LOC'), ('Slovenia', 'LOC')]),
# wG073
('Sark is one of the Channel Islands in the English Channel and part of the Bailiwick of Guernsey. It has no cars, and until 2008 it was governed by a feudal assembly, the Chief Pleas, presided over by its Seigneur.',
 [('Sark', 'LOC'), ('Channel Islands', 'LOC'), ('English Channel', 'LOC'), ('Bailiwick of Guernsey', 'LOC'), ('Chief Pleas', 'ORG')]),
# wG074
("The Battle of Grunwald was fought on 15 July 1410 between the Polish and Lithuanian armies under King Władysław II Jagiełło and Grand Duke Vytautas and the Teutonic Order. The order's Grand Master, Ulrich von Jungingen, was killed in the battle.",
 [('Battle of Grunwald', 'MISC'), ('Polish', 'MISC'), ('Lithuanian', 'MISC'), ('Władysław II Jagiełło', 'PER'), ('Vytautas', 'PER'), ('Teutonic Order', 'ORG'), ('Ulrich von Jungingen', 'PER')]),
# wG075
('The Congress of Aix-la-Chapelle was held in the autumn of 1818 by Austria, Britain, Prussia and Russia to end the occupation of France after the Napoleonic Wars. It was attended by Klemens von Metternich and Karl August von Hardenberg, and France rejoined the great powers.',
 [('Congress of Aix-la-Chapelle', 'MISC'), ('Austria', 'LOC'), ('Britain', 'LOC'), ('Prussia', 'LOC'), ('Russia', 'LOC'), ('France', 'LOC'), ('Napoleonic Wars', 'MISC'), ('Klemens von Metternich', 'PER'), ('Karl August von Hardenberg', 'PER'), ('France', 'LOC')]),
# wG076
('Mapungubwe is the site of a kingdom at the confluence of the Limpopo and Shashe rivers, where South Africa, Botswana and Zimbabwe meet. A small gold rhinoceros found there in 1933 is held by the University of Pretoria, and the area became Mapungubwe National Park in 2004.',
 [('Mapungubwe', 'LOC'), ('Limpopo', 'LOC'), ('Shashe', 'LOC'), ('South Africa', 'LOC'), ('Botswana', 'LOC'), ('Zimbabwe', 'LOC'), ('University of Pretoria', 'ORG'), ('Mapungubwe National Park', 'LOC')]),
# wG077
('Ganvié is a lake village on Lake Nokoué near Cotonou, Benin, built on stilts by the Tofinu people in the 17th or 18th century to escape Fon slave raiders from the kingdom of Dahomey.',
 [('Ganvié', 'LOC'), ('Lake Nokoué', 'LOC'), ('Cotonou', 'LOC'), ('Benin', 'LOC'), ('Tofinu', 'MISC'), ('Fon', 'MISC'), ('Dahomey', 'LOC')]),
# wG078
('The Mahdist War (1881–1899) was fought between the followers of Muhammad Ahmad in Sudan and the Egyptian and British governments. It included the Siege of Khartoum, in which Charles Gordon was killed in 1885, and ended after the Battle of Omdurman in 1898.',
 [('Mahdist War', 'MISC'), ('Muhammad Ahmad', 'PER'), ('Sudan', 'LOC'), ('Egyptian', 'MISC'), ('British', 'MISC'), ('Siege of Khartoum', 'MISC'), ('Charles Gordon', 'PER'), ('Battle of Omdurman', 'MISC')]),
# wG079
('Cahokia is the site of a city of the Mississippian culture near Collinsville, Illinois, across the Mississippi River from St. Louis. Its largest earthwork, Monks Mound, is the biggest prehistoric earthen structure in the Americas.',
 [('Cahokia', 'LOC'), ('Mississippian', 'MISC'), ('Collinsville', 'LOC'), ('Illinois', 'LOC'), ('Mississippi River', 'LOC'), ('St. Louis', 'LOC'), ('Monks Mound', 'LOC'), ('Americas', 'LOC')]),
# wG080
('The Lewis and Clark Expedition (1804–1806) was the first American expedition to cross the western part of what is now the United States. Commissioned by President Thomas Jefferson after the Louisiana Purchase, the Corps of Discovery was guided in part by the Shoshone woman Sacagawea.',
 [('Lewis and Clark Expedition', 'MISC'), ('American', 'MISC'), ('United States', 'LOC'), ('Thomas Jefferson', 'PER'), ('Louisiana Purchase', 'MISC'), ('Corps of Discovery', 'ORG'), ('Shoshone', 'MISC'), ('Sacagawea', 'PER')]),
# wG081
('The Franklin Expedition left England in 1845 under John Franklin to find the Northwest Passage with the ships HMS Erebus and HMS Terror. Both were trapped in ice off King William Island, and their wrecks were found by Parks Canada in 2014 and 2016.',
 [('Franklin Expedition', 'MISC'), ('England', 'LOC'), ('John Franklin', 'PER'), ('Northwest Passage', 'LOC'), ('HMS Erebus', 'MISC'), ('HMS Terror', 'MISC'), ('King William Island', 'LOC'), ('Parks Canada', 'ORG')]),
# wG082
('The Eureka Rebellion was a revolt of gold miners at Ballarat, Victoria, in 1854 against the licence fees charged by the colonial government. Miners led by Peter Lalor raised the Eureka Flag and were attacked by soldiers and police on 3 December.',
 [('Eureka Rebellion', 'MISC'), ('Ballarat', 'LOC'), ('Victoria', 'LOC'), ('Peter Lalor', 'PER'), ('Eureka Flag', 'MISC')]),
# wG083
('The Inter-American Development Bank approved a $60 million loan on Thursday to rebuild the deep-water port at Woodbridge Bay, Dominica, damaged by Hurricane Maria in 2017, the Dominica Air and Seaport Authority said in a statement from Roseau.',
 [('Inter-American Development Bank', 'ORG'), ('Woodbridge Bay', 'LOC'), ('Dominica', 'LOC'), ('Hurricane Maria', 'MISC'), ('Dominica Air and Seaport Authority', 'ORG'), ('Roseau', 'LOC')]),
# wG084
('The Sof Omar Caves are a cave system cut by the Weyib River in the Bale Zone of Oromia, Ethiopia, and at about 15 km one of the longest in Africa. They are named after a Muslim holy man said to have lived in them, and the Oromo still visit them as a shrine.',
 [('Sof Omar Caves', 'LOC'), ('Weyib River', 'LOC'), ('Bale Zone', 'LOC'), ('Oromia', 'LOC'), ('Ethiopia', 'LOC'), ('Africa', 'LOC'), ('Muslim', 'MISC'), ('Oromo', 'MISC')]),
# wG085
('The Battle of Gundet was fought on 16 November 1875 in the Hamasien highlands of what is now Eritrea, where the army of Emperor Yohannes IV destroyed an Egyptian column led by the Danish officer Søren Arendrup. It was the first battle of the Ethiopian–Egyptian War.',
 [('Battle of Gundet', 'MISC'), ('Hamasien', 'LOC'), ('Eritrea', 'LOC'), ('Yohannes IV', 'PER'), ('Egyptian', 'MISC'), ('Danish', 'MISC'), ('Søren Arendrup', 'PER'), ('Ethiopian–Egyptian War', 'MISC')]),
# wG086
('Berbera is a port city on the Gulf of Aden in Somaliland and the capital of the Sahil region. Its port was expanded from 2017 by DP World of Dubai, and the Berbera Corridor road links it with Ethiopia.',
 [('Berbera', 'LOC'), ('Gulf of Aden', 'LOC'), ('Somaliland', 'LOC'), ('Sahil', 'LOC'), ('DP World', 'ORG'), ('Dubai', 'LOC'), ('Berbera Corridor', 'LOC'), ('Ethiopia', 'LOC')]),
# wG087
("Ge'ez (ግዕዝ) is an ancient Semitic language of the Horn of Africa that survives as the liturgical language of the Ethiopian Orthodox Tewahedo Church and the Eritrean Orthodox Tewahedo Church. Its script is also used for Amharic and Tigrinya.",
 [("Ge'ez", 'MISC'), ('ግዕዝ', 'MISC'), ('Semitic', 'MISC'), ('Horn of Africa', 'LOC'), ('Ethiopian Orthodox Tewahedo Church', 'ORG'), ('Eritrean Orthodox Tewahedo Church', 'ORG'), ('Amharic', 'MISC'), ('Tigrinya', 'MISC')]),
# wG088
('The Anzob Tunnel is a road tunnel of about 5 km under the Anzob Pass on the Dushanbe–Khujand road in Tajikistan. Built by the Iranian company Sabir and opened in 2006, it was long feared by drivers for its potholes, floods and fumes.',
 [('Anzob Tunnel', 'LOC'), ('Anzob Pass', 'LOC'), ('Dushanbe', 'LOC'), ('Khujand', 'LOC'), ('Tajikistan', 'LOC'), ('Iranian', 'MISC'), ('Sabir', 'ORG')]),
# wG089
('Tamgaly is a gorge in the Chu-Ili Mountains of Almaty Region, Kazakhstan, with about 5,000 rock carvings made from the second millennium BC onwards. It was first described in 1957 by the archaeologist Anna Maksimova.',
 [('Tamgaly', 'LOC'), ('Chu-Ili Mountains', 'LOC'), ('Almaty Region', 'LOC'), ('Kazakhstan', 'LOC'), ('Anna Maksimova', 'PER')]),
# wG090
('The Karakalpaks (Karakalpak: Qaraqalpaqlar) are a Turkic people of Karakalpakstan in Uzbekistan, living mainly along the lower Amu Darya and the former shore of the Aral Sea. Their epic Qırq Qız tells of forty maidens who defend their land.',
 [('Karakalpaks', 'MISC'), ('Karakalpak', 'MISC'), ('Qaraqalpaqlar', 'MISC'), ('Turkic', 'MISC'), ('Karakalpakstan', 'LOC'), ('Uzbekistan', 'LOC'), ('Amu Darya', 'LOC'), ('Aral Sea', 'LOC'), ('Qırq Qız', 'MISC')]),
# wG091
('The Samanid Empire was a Persian state of Transoxiana and Khorasan from 819 to 999, ruled from Bukhara. Under Ismail Samani, whose mausoleum still stands in the city, its court supported poets such as Rudaki.',
 [('Samanid Empire', 'LOC'), ('Persian', 'MISC'), ('Transoxiana', 'LOC'), ('Khorasan', 'LOC'), ('Bukhara', 'LOC'), ('Ismail Samani', 'PER'), ('Rudaki', 'PER')]),
# wG092
('Kiritimati (Christmas Island) is a coral atoll in the Line Islands of Kiribati, the largest atoll in the world by land area. Britain and the United States tested nuclear weapons near it between 1957 and 1962 in Operation Grapple and Operation Dominic.',
 [('Kiritimati', 'LOC'), ('Christmas Island', 'LOC'), ('Line Islands', 'LOC'), ('Kiribati', 'LOC'), ('Britain', 'LOC'), ('United States', 'LOC'), ('Operation Grapple', 'MISC'), ('Operation Dominic', 'MISC')]),
# wG093
('The Lapita were an Austronesian people whose pottery is found from the Bismarck Archipelago to Samoa and Tonga, from about 1600 to 500 BC. The culture is named after a site on New Caledonia dug in 1952 by Edward W. Gifford and Richard Shutler Jr.',
 [('Lapita', 'MISC'), ('Austronesian', 'MISC'), ('Bismarck Archipelago', 'LOC'), ('Samoa', 'LOC'), ('Tonga', 'LOC'), ('New Caledonia', 'LOC'), ('Edward W. Gifford', 'PER'), ('Richard Shutler Jr.', 'PER')]),
# wG094
('Uvea (Wallisian: ʻUvea) is the main island of Wallis and Futuna, a French overseas collectivity in the South Pacific. Its capital, Mata-Utu, faces a lagoon ringed by small islets, and its people are mostly Catholic.',
 [('Uvea', 'LOC'), ('Wallisian', 'MISC'), ('ʻUvea', 'LOC'), ('Wallis and Futuna', 'LOC'), ('French', 'MISC'), ('South Pacific', 'LOC'), ('Mata-Utu', 'LOC'), ('Catholic', 'MISC')]),
# wG095
('The Queens Road is the main highway along the southern coast of Viti Levu, Fiji, linking Suva with Nadi and Lautoka. It runs past the hotels of the Coral Coast and was rebuilt in the 2010s with loans from the Asian Development Bank.',
 [('Queens Road', 'LOC'), ('Viti Levu', 'LOC'), ('Fiji', 'LOC'), ('Suva', 'LOC'), ('Nadi', 'LOC'), ('Lautoka', 'LOC'), ('Coral Coast', 'LOC'), ('Asian Development Bank', 'ORG')]),
# wG096
('The United States Exploring Expedition (1838–1842), led by Charles Wilkes of the United States Navy, surveyed islands across the Pacific Ocean and charted part of the coast of Antarctica. In 1840 its men burned two villages on Malolo after two officers were killed there.',
 [('United States Exploring Expedition', 'MISC'), ('Charles Wilkes', 'PER'), ('United States Navy', 'ORG'), ('Pacific Ocean', 'LOC'), ('Antarctica', 'LOC'), ('Malolo', 'LOC')]),
# wG097
('The Windward Passage is a strait between Cuba and Hispaniola, linking the Atlantic Ocean with the Caribbean Sea. Guantánamo Bay lies on its western side, and the Haitian town of Môle-Saint-Nicolas, where Christopher Columbus landed in December 1492, lies on its eastern side.',
 [('Windward Passage', 'LOC'), ('Cuba', 'LOC'), ('Hispaniola', 'LOC'), ('Atlantic Ocean', 'LOC'), ('Caribbean Sea', 'LOC'), ('Guantánamo Bay', 'LOC'), ('Haitian', 'MISC'), ('Môle-Saint-Nicolas', 'LOC'), ('Christopher Columbus', 'PER')]),
# wG098
("The Ten Years' War (Spanish: Guerra de los Diez Años) was the first of three Cuban wars of independence against Spain, begun on 10 October 1868 when the planter Carlos Manuel de Céspedes freed his slaves at La Demajagua. It ended with the Pact of Zanjón in 1878, which Antonio Maceo refused to accept.",
 [("Ten Years' War", 'MISC'), ('Spanish', 'MISC'), ('Guerra de los Diez Años', 'MISC'), ('Cuban', 'MISC'), ('Spain', 'LOC'), ('Carlos Manuel de Céspedes', 'PER'), ('La Demajagua', 'LOC'), ('Pact of Zanjón', 'MISC'), ('Antonio Maceo', 'PER')]),
# wG099
('The Soufrière Hills are an active volcano on Montserrat, a British territory in the Leeward Islands. Eruptions since 1995 have buried the former capital, Plymouth, and the volcano is watched by the Montserrat Volcano Observatory.',
 [('Soufrière Hills', 'LOC'), ('Montserrat', 'LOC'), ('British', 'MISC'), ('Leeward Islands', 'LOC'), ('Plymouth', 'LOC'), ('Montserrat Volcano Observatory', 'ORG')]),
# wG100
('The Jamaican Maroons are descendants of Africans who escaped slavery and founded free communities in the Blue Mountains and the Cockpit Country. After the First Maroon War, the Leeward Maroons under Cudjoe signed a treaty with the British in 1739, and Accompong still celebrates it each January.',
 [('Jamaican Maroons', 'MISC'), ('Africans', 'MISC'), ('Blue Mountains', 'LOC'), ('Cockpit Country', 'LOC'), ('First Maroon War', 'MISC'), ('Leeward Maroons', 'MISC'), ('Cudjoe', 'PER'), ('British', 'MISC'), ('Accompong', 'LOC')]),
# wG101
('Kuélap is a walled settlement on a ridge above the Utcubamba valley in the Amazonas Region of Peru, built by the Chachapoya from the 6th century. It was recorded in 1843 by the judge Juan Crisóstomo Nieto, and a cable car up to it opened in 2017.',
 [('Kuélap', 'LOC'), ('Utcubamba', 'LOC'), ('Amazonas Region', 'LOC'), ('Peru', 'LOC'), ('Chachapoya', 'MISC'), ('Juan Crisóstomo Nieto', 'PER')]),
# wG102
('The Quilotoa is a water-filled caldera in Cotopaxi Province, Ecuador, and the westernmost volcano of the Ecuadorian Andes. Its lake, turned green by dissolved minerals, is about 3 km wide, and Kichwa villages such as Zumbahua and Chugchilán lie nearby.',
 [('Quilotoa', 'LOC'), ('Cotopaxi Province', 'LOC'), ('Ecuador', 'LOC'), ('Ecuadorian', 'MISC'), ('Andes', 'LOC'), ('Kichwa', 'MISC'), ('Zumbahua', 'LOC'), ('Chugchilán', 'LOC')]),
# wG103
('The Battle of Pichincha was fought on 24 May 1822 on the slopes of the Pichincha volcano above Quito, between a patriot army under Antonio José de Sucre and the Spanish royalists of Melchor Aymerich. The victory freed the Royal Audiencia of Quito from Spanish rule.',
 [('Battle of Pichincha', 'MISC'), ('Pichincha', 'LOC'), ('Quito', 'LOC'), ('Antonio José de Sucre', 'PER'), ('Spanish', 'MISC'), ('Melchor Aymerich', 'PER'), ('Royal Audiencia of Quito', 'LOC'), ('Spanish', 'MISC')]),
# wG104
('The Yungas Road runs about 60 km from La Paz to Coroico in Bolivia, dropping from 4,650 metres at La Cumbre into the rainforest. The Inter-American Development Bank called it the most dangerous road in the world in 1995, and a bypass was opened in 2006.',
 [('Yungas Road', 'LOC'), ('La Paz', 'LOC'), ('Coroico', 'LOC'), ('Bolivia', 'LOC'), ('La Cumbre', 'LOC'), ('Inter-American Development Bank', 'ORG')]),
# wG105
('Hallstatt is a village in the Salzkammergut region of Upper Austria, on the western shore of Lake Hallstatt. Salt has been mined in the mountain above it for about 7,000 years, and its bone house holds more than 600 painted skulls.',
 [('Hallstatt', 'LOC'), ('Salzkammergut', 'LOC'), ('Upper Austria', 'LOC'), ('Lake Hallstatt', 'LOC')]),
# wG106
('The Flåm Line (Norwegian: Flåmsbana) is a 20-km railway between Myrdal on the Bergen Line and Flåm on the Aurlandsfjord. Opened in 1940 by the Norwegian State Railways, it is one of the steepest standard-gauge lines in the world.',
 [('Flåm Line', 'LOC'), ('Norwegian', 'MISC'), ('Flåmsbana', 'LOC'), ('Myrdal', 'LOC'), ('Bergen Line', 'LOC'), ('Flåm', 'LOC'), ('Aurlandsfjord', 'LOC'), ('Norwegian State Railways', 'ORG')]),
# wG107
('The Göta Canal is a canal in Sweden built between 1810 and 1832 to link Lake Vänern with the Baltic Sea at Mem. Its construction was directed by Baltzar von Platen and employed about 58,000 soldiers.',
 [('Göta Canal', 'LOC'), ('Sweden', 'LOC'), ('Lake Vänern', 'LOC'), ('Baltic Sea', 'LOC'), ('Mem', 'LOC'), ('Baltzar von Platen', 'PER')]),
# wG108
('Hattusa was the capital of the Hittite Empire, near modern Boğazkale in Çorum Province, Turkey. Clay tablets found there from 1906 by Hugo Winckler and the German Oriental Society include a copy of the Treaty of Kadesh.',
 [('Hattusa', 'LOC'), ('Hittite Empire', 'LOC'), ('Boğazkale', 'LOC'), ('Çorum Province', 'LOC'), ('Turkey', 'LOC'), ('Hugo Winckler', 'PER'), ('German Oriental Society', 'ORG'), ('Treaty of Kadesh', 'MISC')]),
# wG109
('The Siege of Szigetvár took place in 1566 in Hungary, when the army of the Ottoman Empire under Suleiman the Magnificent besieged the fortress held by Nikola IV Zrinski. Suleiman died in his tent before the fortress fell on 8 September, and Zrinski was killed leading a last sortie.',
 [('Siege of Szigetvár', 'MISC'), ('Hungary', 'LOC'), ('Ottoman Empire', 'LOC'), ('Suleiman the Magnificent', 'PER'), ('Nikola IV Zrinski', 'PER'), ('Suleiman', 'PER'), ('Zrinski', 'PER')]),
# wG110
('The Sorbs (Upper Sorbian: Serbja) are a West Slavic people of Lusatia in eastern Germany, in the states of Saxony and Brandenburg. Their umbrella organisation, the Domowina, was founded in Hoyerswerda in 1912.',
 [('Sorbs', 'MISC'), ('Upper Sorbian', 'MISC'), ('Serbja', 'MISC'), ('West Slavic', 'MISC'), ('Lusatia', 'LOC'), ('Germany', 'LOC'), ('Saxony', 'LOC'), ('Brandenburg', 'LOC'), ('Domowina', 'ORG'), ('Hoyerswerda', 'LOC')]),
# wG111
('Qalhat is an ancient port near Sur in the South Al Sharqiyah Governorate of Oman. It was a second capital of the Kingdom of Hormuz and was visited by Marco Polo and Ibn Battuta before the Portuguese under Afonso de Albuquerque burned it in 1508.',
 [('Qalhat', 'LOC'), ('Sur', 'LOC'), ('South Al Sharqiyah Governorate', 'LOC'), ('Oman', 'LOC'), ('Kingdom of Hormuz', 'LOC'), ('Marco Polo', 'PER'), ('Ibn Battuta', 'PER'), ('Portuguese', 'MISC'), ('Afonso de Albuquerque', 'PER')]),
# wG112
('The Treaty of Zuhab, signed on 17 May 1639 at Qasr-e Shirin, ended the war between Safavid Iran and the Ottoman Empire. It gave Baghdad and Mesopotamia to the Ottomans and set a border along the Zagros Mountains that still roughly divides Iran from Iraq.',
 [('Treaty of Zuhab', 'MISC'), ('Qasr-e Shirin', 'LOC'), ('Safavid Iran', 'LOC'), ('Ottoman Empire', 'LOC'), ('Baghdad', 'LOC'), ('Mesopotamia', 'LOC'), ('Ottomans', 'MISC'), ('Zagros Mountains', 'LOC'), ('Iran', 'LOC'), ('Iraq', 'LOC')]),
# wG113
('The Inner Niger Delta is a wetland in central Mali where the Niger spreads into lakes and floodplains each year. Fula herders, Bozo fishers and Bambara farmers share it, and towns such as Mopti and Djenné lie on its edges.',
 [('Inner Niger Delta', 'LOC'), ('Mali', 'LOC'), ('Niger', 'LOC'), ('Fula', 'MISC'), ('Bozo', 'MISC'), ('Bambara', 'MISC'), ('Mopti', 'LOC'), ('Djenné', 'LOC')]),
# wG114
('Kilwa Kisiwani is an island off the coast of Tanzania in the Lindi Region, once the seat of the Kilwa Sultanate. Its Great Mosque and the palace of Husuni Kubwa, built under Sultan al-Hasan ibn Sulaiman, were described by Ibn Battuta after his visit in 1331.',
 [('Kilwa Kisiwani', 'LOC'), ('Tanzania', 'LOC'), ('Lindi Region', 'LOC'), ('Kilwa Sultanate', 'LOC'), ('Great Mosque', 'LOC'), ('Husuni Kubwa', 'LOC'), ('al-Hasan ibn Sulaiman', 'PER'), ('Ibn Battuta', 'PER')]),
# wG115
('The Battle of Cuito Cuanavale was fought in south-eastern Angola in 1987 and 1988 between the Angolan Armed Forces and Cuban troops on one side and UNITA and the South African Defence Force on the other. Both sides claimed victory, and the fighting led to the New York Accords of December 1988.',
 [('Battle of Cuito Cuanavale', 'MISC'), ('Angola', 'LOC'), ('Angolan Armed Forces', 'ORG'), ('Cuban', 'MISC'), ('UNITA', 'ORG'), ('South African Defence Force', 'ORG'), ('New York Accords', 'MISC')]),
# wG116
('The Beja are a Cushitic people of the Red Sea Hills in eastern Sudan and parts of Eritrea and Egypt. They speak Bedawiyet, and the Hadendoa, one of their groups, fought the British at Tamai in 1884.',
 [('Beja', 'MISC'), ('Cushitic', 'MISC'), ('Red Sea Hills', 'LOC'), ('Sudan', 'LOC'), ('Eritrea', 'LOC'), ('Egypt', 'LOC'), ('Bedawiyet', 'MISC'), ('Hadendoa', 'MISC'), ('British', 'MISC'), ('Tamai', 'LOC')]),
# wG117
('Bhola Island is the largest island of Bangladesh, lying in the mouth of the Meghna River, and the seat of Bhola District in the Barisal Division. The Bhola cyclone of November 1970 drowned much of the island and fed the anger that led to the Bangladesh Liberation War.',
 [('Bhola Island', 'LOC'), ('Bangladesh', 'LOC'), ('Meghna River', 'LOC'), ('Bhola District', 'LOC'), ('Barisal Division', 'LOC'), ('Bhola', 'LOC'), ('Bangladesh Liberation War', 'MISC')]),
# wG118
('The Khyber Pass connects Peshawar in Pakistan with Jalalabad in Afghanistan through the Spin Ghar range. The Khyber Railway, built by the British between 1920 and 1925, climbs to Landi Kotal through 34 tunnels.',
 [('Khyber Pass', 'LOC'), ('Peshawar', 'LOC'), ('Pakistan', 'LOC'), ('Jalalabad', 'LOC'), ('Afghanistan', 'LOC'), ('Spin Ghar', 'LOC'), ('Khyber Railway', 'LOC'), ('British', 'MISC'), ('Landi Kotal', 'LOC')]),
# wG119
("The Plain of Jars is a landscape of thousands of large stone jars in Xiangkhouang Province, Laos. It was studied in the 1930s by the French archaeologist Madeleine Colani of the École française d'Extrême-Orient, who thought the jars were used for burials.",
 [('Plain of Jars', 'LOC'), ('Xiangkhouang Province', 'LOC'), ('Laos', 'LOC'), ('French', 'MISC'), ('Madeleine Colani', 'PER'), ("École française d'Extrême-Orient", 'ORG')]),
# wG120
('The Aceh War was fought from 1873 to 1904 between the Netherlands and the Aceh Sultanate in northern Sumatra. Guerrilla leaders such as Teuku Umar and his wife Cut Nyak Dhien fought on for years after the Royal Netherlands East Indies Army took Kutaraja.',
 [('Aceh War', 'MISC'), ('Netherlands', 'LOC'), ('Aceh Sultanate', 'LOC'), ('Sumatra', 'LOC'), ('Teuku Umar', 'PER'), ('Cut Nyak Dhien', 'PER'), ('Royal Netherlands East Indies Army', 'ORG'), ('Kutaraja', 'LOC')]),
# wG121
('Mount Paektu (Korean: 백두산; Chinese: Changbai Mountain) is a volcano on the border between North Korea and China, with the crater lake Heaven Lake at its summit. Its great eruption around 946 threw ash as far as Japan.',
 [('Mount Paektu', 'LOC'), ('Korean', 'MISC'), ('백두산', 'LOC'), ('Chinese', 'MISC'), ('Changbai Mountain', 'LOC'), ('North Korea', 'LOC'), ('China', 'LOC'), ('Heaven Lake', 'LOC'), ('Japan', 'LOC')]),
# wG122
('Divers from the National Institute of Anthropology and History (INAH) said on Monday that they had mapped a flooded cave beneath Tulum in the Mexican state of Quintana Roo, where they found Maya pottery and the bones of a giant sloth.',
 [('National Institute of Anthropology and History', 'ORG'), ('INAH', 'ORG'), ('Tulum', 'LOC'), ('Mexican', 'MISC'), ('Quintana Roo', 'LOC'), ('Maya', 'MISC')]),
# wG123
('Heavy rain cut the railway between Tanga and Moshi for a third day on Wednesday, the Tanzania Railways Corporation said, and buses were laid on for passengers bound for Arusha. Engineers from Dar es Salaam were sent to repair two washed-out bridges near Korogwe.',
 [('Tanga', 'LOC'), ('Moshi', 'LOC'), ('Tanzania Railways Corporation', 'ORG'), ('Arusha', 'LOC'), ('Dar es Salaam', 'LOC'), ('Korogwe', 'LOC')]),
# wG124
('We sailed for four days from Puerto Montt to Puerto Natales on a Navimag ferry, threading the channels between Wellington Island and the mainland. At Puerto Edén a few Kawésqar families still live beside the water.',
 [('Puerto Montt', 'LOC'), ('Puerto Natales', 'LOC'), ('Navimag', 'ORG'), ('Wellington Island', 'LOC'), ('Puerto Edén', 'LOC'), ('Kawésqar', 'MISC')]),
# wG125
('Deception Island is a flooded caldera in the South Shetland Islands off the Antarctic Peninsula. Its harbour, Port Foster, sheltered a Norwegian whaling station from 1912, and Argentina and Spain run summer research bases there.',
 [('Deception Island', 'LOC'), ('South Shetland Islands', 'LOC'), ('Antarctic Peninsula', 'LOC'), ('Port Foster', 'LOC'), ('Norwegian', 'MISC'), ('Argentina', 'LOC'), ('Spain', 'LOC')]),
# wG126
('Kampen is a city and municipality in Overijssel, Netherlands, on the IJssel near its mouth in the Ketelmeer. A member of the Hanseatic League from 1441, it traded with Scania and with ports on the Baltic Sea.',
 [('Kampen', 'LOC'), ('Overijssel', 'LOC'), ('Netherlands', 'LOC'), ('IJssel', 'LOC'), ('Ketelmeer', 'LOC'), ('Hanseatic League', 'ORG'), ('Scania', 'LOC'), ('Baltic Sea', 'LOC')]),
# wG127
('Khongoryn Els is a belt of sand dunes in Gobi Gurvansaikhan National Park in Ömnögovi Province, Mongolia. The dunes run for about 180 km along the foot of the Sevrei range, and a small river, the Khongor, waters a strip of pasture on their northern side.',
 [('Khongoryn Els', 'LOC'), ('Gobi Gurvansaikhan National Park', 'LOC'), ('Ömnögovi Province', 'LOC'), ('Mongolia', 'LOC'), ('Sevrei', 'LOC'), ('Khongor', 'LOC')]),
# wG128
("The Kazakh Khanate was founded around 1465 by Kerey Khan and Janibek Khan in the Zhetysu region after they broke with Abu'l-Khayr Khan. It lasted until the Russian Empire abolished the rule of the khans in 1847.",
 [('Kazakh Khanate', 'LOC'), ('Kerey Khan', 'PER'), ('Janibek Khan', 'PER'), ('Zhetysu', 'LOC'), ("Abu'l-Khayr Khan", 'PER'), ('Russian Empire', 'LOC')]),
# wG129
('Sulaiman-Too is a rocky mountain rising over the city of Osh in the Fergana Valley of southern Kyrgyzstan. It has been a place of pilgrimage for centuries, and the young Babur, later founder of the Mughal Empire, built a small house of prayer on its summit in 1497.',
 [('Sulaiman-Too', 'LOC'), ('Osh', 'LOC'), ('Fergana Valley', 'LOC'), ('Kyrgyzstan', 'LOC'), ('Babur', 'PER'), ('Mughal Empire', 'LOC')]),
# wG130
('Ushguli (Georgian: უშგული) is a community of four villages at the head of the Enguri gorge in Upper Svaneti, Georgia, at about 2,100 metres. Its stone defence towers stand beneath Shkhara, the highest peak in Georgia.',
 [('Ushguli', 'LOC'), ('Georgian', 'MISC'), ('უშგული', 'LOC'), ('Enguri', 'LOC'), ('Upper Svaneti', 'LOC'), ('Georgia', 'LOC'), ('Shkhara', 'LOC'), ('Georgia', 'LOC')]),
# wG131
('The Battle of Sarikamish was fought from December 1914 to January 1915 between the Russian Empire and the Ottoman Empire in the snowbound mountains of north-eastern Anatolia. The Ottoman Third Army under Enver Pasha lost most of its men to cold and hunger.',
 [('Battle of Sarikamish', 'MISC'), ('Russian Empire', 'LOC'), ('Ottoman Empire', 'LOC'), ('Anatolia', 'LOC'), ('Ottoman Third Army', 'ORG'), ('Enver Pasha', 'PER')]),
# wG132
('Rennell Island is the southernmost island of the Solomon Islands and part of Rennell and Bellona Province. Lake Tegano, on its eastern end, is the largest lake in the insular Pacific, and its people speak Rennellese, a Polynesian language.',
 [('Rennell Island', 'LOC'), ('Solomon Islands', 'LOC'), ('Rennell and Bellona Province', 'LOC'), ('Lake Tegano', 'LOC'), ('Pacific', 'LOC'), ('Rennellese', 'MISC'), ('Polynesian', 'MISC')]),
# wG133
('Norfolk Island is an Australian external territory in the Pacific Ocean between New Zealand and New Caledonia. After its penal settlement closed in 1855, it was given to Pitcairn Islanders descended from the mutineers of HMS Bounty, and many of its people still speak Norfuk.',
 [('Norfolk Island', 'LOC'), ('Australian', 'MISC'), ('Pacific Ocean', 'LOC'), ('New Zealand', 'LOC'), ('New Caledonia', 'LOC'), ('Pitcairn Islanders', 'MISC'), ('HMS Bounty', 'MISC'), ('Norfuk', 'MISC')]),
# wG134
('The Kokoda Track campaign was fought from July to November 1942 in the Owen Stanley Range of Papua between Australian troops and the Japanese South Seas Detachment. Papuan carriers bore the wounded back along the track to Port Moresby.',
 [('Kokoda Track', 'LOC'), ('Owen Stanley Range', 'LOC'), ('Papua', 'LOC'), ('Australian', 'MISC'), ('Japanese', 'MISC'), ('South Seas Detachment', 'ORG'), ('Papuan', 'MISC'), ('Port Moresby', 'LOC')]),
# wG135
('The Chamorro (Chamorro: CHamoru) are the indigenous people of the Mariana Islands, including Guam and Saipan. Under Spanish rule from 1668 their numbers fell sharply during the Spanish–Chamorro Wars and epidemics.',
 [('Chamorro', 'MISC'), ('Chamorro', 'MISC'), ('CHamoru', 'MISC'), ('Mariana Islands', 'LOC'), ('Guam', 'LOC'), ('Saipan', 'LOC'), ('Spanish', 'MISC'), ('Spanish–Chamorro Wars', 'MISC')]),
# wG136
('Fort Christiansværn is a fort in Christiansted on Saint Croix, built from 1738 by the Danish West India Company. It guarded the capital of the Danish West Indies, which were sold to the United States in 1917 and renamed the United States Virgin Islands.',
 [('Fort Christiansværn', 'LOC'), ('Christiansted', 'LOC'), ('Saint Croix', 'LOC'), ('Danish West India Company', 'ORG'), ('Danish West Indies', 'LOC'), ('United States', 'LOC'), ('United States Virgin Islands', 'LOC')]),
# wG137
('Codrington Lagoon National Park is a wetland on the west coast of Barbuda, in Antigua and Barbuda, home to one of the largest frigatebird colonies in the Caribbean. It takes its name from the Codrington family, who leased the whole island from 1685.',
 [('Codrington Lagoon National Park', 'LOC'), ('Barbuda', 'LOC'), ('Antigua and Barbuda', 'LOC'), ('Caribbean', 'LOC'), ('Codrington', 'PER')]),
# wG138
('La Isabela was the first Spanish town in the Americas, founded by Christopher Columbus in January 1494 on the north coast of Hispaniola, in what is now Puerto Plata Province of the Dominican Republic. Disease and hurricanes led the settlers to abandon it by 1498 in favour of Santo Domingo.',
 [('La Isabela', 'LOC'), ('Spanish', 'MISC'), ('Americas', 'LOC'), ('Christopher Columbus', 'PER'), ('Hispaniola', 'LOC'), ('Puerto Plata Province', 'LOC'), ('Dominican Republic', 'LOC'), ('Santo Domingo', 'LOC')]),
# wG139
("The Qhapaq Ñan (Quechua for 'royal road') is the road system of the Inca Empire, stretching about 30,000 km from Colombia to Argentina and Chile. Its bridges of woven grass, such as Q'eswachaka over the Apurímac River, are still rebuilt by hand every year.",
 [('Qhapaq Ñan', 'LOC'), ('Quechua', 'MISC'), ('Inca Empire', 'LOC'), ('Colombia', 'LOC'), ('Argentina', 'LOC'), ('Chile', 'LOC'), ("Q'eswachaka", 'LOC'), ('Apurímac River', 'LOC')]),
# wG140
('Chan Chan was the capital of the Chimú state, on the coast near Trujillo in the La Libertad Region of Peru. Its adobe walls enclosed about 20 km², and it was conquered by the Inca under Túpac Inca Yupanqui around 1470.',
 [('Chan Chan', 'LOC'), ('Chimú', 'MISC'), ('Trujillo', 'LOC'), ('La Libertad Region', 'LOC'), ('Peru', 'LOC'), ('Inca', 'MISC'), ('Túpac Inca Yupanqui', 'PER')]),
# wG141
('The Uru are an indigenous people of Peru and Bolivia, best known for the floating islands of totora reed they build in the bay of Puno. Most now speak Aymara or Spanish, but a related language, Uru-Chipaya, survives at Chipaya in the Oruro Department.',
 [('Uru', 'MISC'), ('Peru', 'LOC'), ('Bolivia', 'LOC'), ('Puno', 'LOC'), ('Aymara', 'MISC'), ('Spanish', 'MISC'), ('Uru-Chipaya', 'MISC'), ('Chipaya', 'LOC'), ('Oruro Department', 'LOC')]),
# wG142
('Santa Bárbara is a former mercury mine above Huancavelica in the Peruvian Andes, worked from 1564 under the Spanish system of forced labour known as the mita. Its mercury was carried by llama trains to the silver mines of Potosí.',
 [('Santa Bárbara', 'LOC'), ('Huancavelica', 'LOC'), ('Peruvian', 'MISC'), ('Andes', 'LOC'), ('Spanish', 'MISC'), ('Potosí', 'LOC')]),
# wG143
('The Iron Gates (Romanian: Porțile de Fier; Serbian: Ђердап) is a gorge on the Danube forming part of the border between Serbia and Romania. The Tabula Traiana, a Roman plaque cut into the rock on the Serbian bank, marks the road built by Emperor Trajan.',
 [('Iron Gates', 'LOC'), ('Romanian', 'MISC'), ('Porțile de Fier', 'LOC'), ('Serbian', 'MISC'), ('Ђердап', 'LOC'), ('Danube', 'LOC'), ('Serbia', 'LOC'), ('Romania', 'LOC'), ('Tabula Traiana', 'MISC'), ('Roman', 'MISC'), ('Serbian', 'MISC'), ('Trajan', 'PER')]),
# wG144
('The Cod Wars were a series of disputes between Iceland and the United Kingdom over fishing rights in the North Atlantic between 1958 and 1976. Icelandic coast guard vessels cut the nets of British trawlers, and the last dispute ended with an agreement reached in Oslo with the help of NATO.',
 [('Cod Wars', 'MISC'), ('Iceland', 'LOC'), ('United Kingdom', 'LOC'), ('North Atlantic', 'LOC'), ('Icelandic', 'MISC'), ('British', 'MISC'), ('Oslo', 'LOC'), ('NATO', 'ORG')]),
# wG145
('The Treaty of Nystad was signed on 10 September 1721 at Nystad, now Uusikaupunki in Finland, ending the Great Northern War between Sweden and the Tsardom of Russia. Sweden ceded Livonia, Estonia and Ingria, and Peter the Great took the title of emperor soon after.',
 [('Treaty of Nystad', 'MISC'), ('Nystad', 'LOC'), ('Uusikaupunki', 'LOC'), ('Finland', 'LOC'), ('Great Northern War', 'MISC'), ('Sweden', 'LOC'), ('Tsardom of Russia', 'LOC'), ('Sweden', 'LOC'), ('Livonia', 'LOC'), ('Estonia', 'LOC'), ('Ingria', 'LOC'), ('Peter the Great', 'PER')]),
# wG146
('In July 1897 the Swedish engineer Salomon August Andrée and two companions took off from Danes Island in Svalbard in the hydrogen balloon Örnen, hoping to fly over the North Pole. Their remains were found in 1930 on Kvitøya by the crew of the Norwegian sealer Bratvaag.',
 [('Swedish', 'MISC'), ('Salomon August Andrée', 'PER'), ('Danes Island', 'LOC'), ('Svalbard', 'LOC'), ('Örnen', 'MISC'), ('North Pole', 'LOC'), ('Kvitøya', 'LOC'), ('Norwegian', 'MISC'), ('Bratvaag', 'MISC')]),
# wG147
('The Přemyslid dynasty ruled Bohemia from the 9th century until 1306, when King Wenceslaus III was murdered in Olomouc. Its legendary founder was the ploughman Přemysl, said to have married the princess Libuše.',
 [('Přemyslid', 'LOC'), ('Bohemia', 'LOC'), ('Wenceslaus III', 'PER'), ('Olomouc', 'LOC'), ('Přemysl', 'PER'), ('Libuše', 'PER')]),
# wG148
('Shibam is a walled town in the Hadhramaut Governorate of Yemen, known for its mud-brick tower houses of up to eleven storeys, most rebuilt since the 16th century. The traveller Freya Stark called it the Manhattan of the desert.',
 [('Shibam', 'LOC'), ('Hadhramaut Governorate', 'LOC'), ('Yemen', 'LOC'), ('Freya Stark', 'PER'), ('Manhattan', 'LOC')]),
# wG149
('Göbekli Tepe is an archaeological site on a hill near Şanlıurfa in south-eastern Turkey, where stone pillars carved with animals were raised about 11,000 years ago. It was excavated from 1995 by Klaus Schmidt of the German Archaeological Institute with the Şanlıurfa Museum.',
 [('Göbekli Tepe', 'LOC'), ('Şanlıurfa', 'LOC'), ('Turkey', 'LOC'), ('Klaus Schmidt', 'PER'), ('German Archaeological Institute', 'ORG'), ('Şanlıurfa Museum', 'ORG')]),
# wG150
('The Siege of Acre (1189–1191) was the first major battle of the Third Crusade. Begun by Guy of Lusignan against the garrison of Saladin, it ended only after Richard I of England and Philip II of France arrived with their fleets.',
 [('Siege of Acre', 'MISC'), ('Third Crusade', 'MISC'), ('Guy of Lusignan', 'PER'), ('Saladin', 'PER'), ('Richard I', 'PER'), ('England', 'LOC'), ('Philip II', 'PER'), ('France', 'LOC')]),
# wG151
('Meroë was the capital of the Kingdom of Kush from about 590 BC, on the east bank of the Nile north of Khartoum in Sudan. More than 200 pyramids stand in its cemeteries, and in 1834 the Italian treasure hunter Giuseppe Ferlini broke open the tops of several of them.',
 [('Meroë', 'LOC'), ('Kingdom of Kush', 'LOC'), ('Nile', 'LOC'), ('Khartoum', 'LOC'), ('Sudan', 'LOC'), ('Italian', 'MISC'), ('Giuseppe Ferlini', 'PER')]),
# wG152
('Odzala-Kokoua National Park is a national park in the Cuvette-Ouest department of the Republic of the Congo, covering about 13,500 km² of rainforest and savanna. It has been run since 2010 by African Parks together with the Congolese government.',
 [('Odzala-Kokoua National Park', 'LOC'), ('Cuvette-Ouest', 'LOC'), ('Republic of the Congo', 'LOC'), ('African Parks', 'ORG'), ('Congolese', 'MISC')]),
# wG153
('The Benguela Railway (Portuguese: Caminho de Ferro de Benguela) runs 1,344 km from the port of Lobito across Angola to Luau on the border with the Democratic Republic of the Congo. Built from 1903 by a company of the British financier Robert Williams, it was cut during the Angolan Civil War and reopened in 2014.',
 [('Benguela Railway', 'LOC'), ('Portuguese', 'MISC'), ('Caminho de Ferro de Benguela', 'LOC'), ('Lobito', 'LOC'), ('Angola', 'LOC'), ('Luau', 'LOC'), ('Democratic Republic of the Congo', 'LOC'), ('British', 'MISC'), ('Robert Williams', 'PER'), ('Angolan Civil War', 'MISC')]),
# wG154
('From 1904 to 1908 troops of the German Empire under Lothar von Trotha killed tens of thousands of Herero and Nama people in German South West Africa, now Namibia. Many died of thirst in the Omaheke after the battle at Waterberg, and in 2021 Germany recognised the killings as genocide.',
 [('German Empire', 'LOC'), ('Lothar von Trotha', 'PER'), ('Herero', 'MISC'), ('Nama', 'MISC'), ('German South West Africa', 'LOC'), ('Namibia', 'LOC'), ('Omaheke', 'LOC'), ('Waterberg', 'LOC'), ('Germany', 'LOC')]),
# wG155
('Koutammakou is a landscape in north-eastern Togo that extends into Benin, where the Batammariba build two-storey mud tower houses called takienta. The houses and the surrounding fields were inscribed on the UNESCO list in 2004.',
 [('Koutammakou', 'LOC'), ('Togo', 'LOC'), ('Benin', 'LOC'), ('Batammariba', 'MISC'), ('UNESCO', 'ORG')]),
# wG156
('Rohtas Fort is a 16th-century fortress near Jhelum in Punjab, Pakistan, built by Sher Shah Suri to subdue the Gakhars and to block the return of the Mughal emperor Humayun.',
 [('Rohtas Fort', 'LOC'), ('Jhelum', 'LOC'), ('Punjab', 'LOC'), ('Pakistan', 'LOC'), ('Sher Shah Suri', 'PER'), ('Gakhars', 'MISC'), ('Mughal', 'MISC'), ('Humayun', 'PER')]),
# wG157
('The Kalinga War was fought around 261 BC between the Maurya Empire under Ashoka and the state of Kalinga on the east coast of India. Its bloodshed is said to have turned Ashoka to Buddhism, as his rock edicts record.',
 [('Kalinga War', 'MISC'), ('Maurya Empire', 'LOC'), ('Ashoka', 'PER'), ('Kalinga', 'LOC'), ('India', 'LOC'), ('Ashoka', 'PER'), ('Buddhism', 'MISC')]),
# wG158
('Sukhothai (Thai: สุโขทัย) was the capital of the Sukhothai Kingdom in north-central Thailand from 1238 to 1438. An inscription credited to King Ram Khamhaeng is held to be the earliest text in the Thai script.',
 [('Sukhothai', 'LOC'), ('Thai', 'MISC'), ('สุโขทัย', 'LOC'), ('Sukhothai Kingdom', 'LOC'), ('Thailand', 'LOC'), ('Ram Khamhaeng', 'PER'), ('Thai', 'MISC')]),
# wG159
('The Burma Railway, also known as the Death Railway, was built by the Empire of Japan in 1942 and 1943 between Ban Pong in Thailand and Thanbyuzayat in Burma. Allied prisoners and Asian labourers built its bridge over the Khwae Yai at Kanchanaburi.',
 [('Burma Railway', 'LOC'), ('Death Railway', 'LOC'), ('Empire of Japan', 'LOC'), ('Ban Pong', 'LOC'), ('Thailand', 'LOC'), ('Thanbyuzayat', 'LOC'), ('Burma', 'LOC'), ('Allied', 'MISC'), ('Asian', 'MISC'), ('Khwae Yai', 'LOC'), ('Kanchanaburi', 'LOC')]),
# wG160
('Dejima was an artificial island in the harbour of Nagasaki where the Dutch East India Company (VOC) kept its trading post from 1641 to 1859. Its doctors, among them Engelbert Kaempfer and Philipp Franz von Siebold, brought European medicine to Japan.',
 [('Dejima', 'LOC'), ('Nagasaki', 'LOC'), ('Dutch East India Company', 'ORG'), ('VOC', 'ORG'), ('Engelbert Kaempfer', 'PER'), ('Philipp Franz von Siebold', 'PER'), ('European', 'MISC'), ('Japan', 'LOC')]),
# wG161
('Yonaguni (与那国島) is the westernmost inhabited island of Japan, in the Yaeyama Islands of Okinawa Prefecture, about 110 km east of Taiwan. Fewer than 400 people still speak Yonaguni, a Ryukyuan language.',
 [('Yonaguni', 'LOC'), ('与那国島', 'LOC'), ('Japan', 'LOC'), ('Yaeyama Islands', 'LOC'), ('Okinawa Prefecture', 'LOC'), ('Taiwan', 'LOC'), ('Yonaguni', 'MISC'), ('Ryukyuan', 'MISC')]),
# wG162
('Mesa Verde National Park is a national park in Montezuma County, Colorado, that protects some 600 cliff dwellings of the Ancestral Puebloans. Its largest, Cliff Palace, was found by the ranchers Richard Wetherill and Charlie Mason in December 1888.',
 [('Mesa Verde National Park', 'LOC'), ('Montezuma County', 'LOC'), ('Colorado', 'LOC'), ('Ancestral Puebloans', 'MISC'), ('Cliff Palace', 'LOC'), ('Richard Wetherill', 'PER'), ('Charlie Mason', 'PER')]),
# wG163
('The Battle of Queenston Heights was fought on 13 October 1812 near Queenston, Upper Canada, during the War of 1812. British regulars, Canadian militia and Mohawk warriors under John Norton defeated an American crossing of the Niagara River, though General Isaac Brock was killed.',
 [('Battle of Queenston Heights', 'MISC'), ('Queenston', 'LOC'), ('Upper Canada', 'LOC'), ('War of 1812', 'MISC'), ('British', 'MISC'), ('Canadian', 'MISC'), ('Mohawk', 'MISC'), ('John Norton', 'PER'), ('American', 'MISC'), ('Niagara River', 'LOC'), ('Isaac Brock', 'PER')]),
# wG164
('The Rideau Canal connects Ottawa with Kingston on Lake Ontario, using the Rideau and Cataraqui rivers. It was built between 1826 and 1832 under Lieutenant-Colonel John By of the Royal Engineers, and in winter part of it becomes a skating rink.',
 [('Rideau Canal', 'LOC'), ('Ottawa', 'LOC'), ('Kingston', 'LOC'), ('Lake Ontario', 'LOC'), ('Rideau', 'LOC'), ('Cataraqui', 'LOC'), ('John By', 'PER'), ('Royal Engineers', 'ORG')]),
# wG165
("Peru's Ministry of Culture said on Friday that it had closed the Inca citadel of Choquequirao to visitors for two weeks after a landslide damaged the trail from Cachora, the only way in.",
 [('Peru', 'LOC'), ('Ministry of Culture', 'ORG'), ('Inca', 'MISC'), ('Choquequirao', 'LOC'), ('Cachora', 'LOC')]),
# wG166
('Our driver took the old road from Bukhara to Khiva across the Kyzylkum Desert, stopping for tea at a roadside café near Gazli. In Khiva we slept inside the walls of Itchan Kala, the old town, and woke to the call to prayer from the Islam Khodja minaret.',
 [('Bukhara', 'LOC'), ('Khiva', 'LOC'), ('Kyzylkum Desert', 'LOC'), ('Gazli', 'LOC'), ('Khiva', 'LOC'), ('Itchan Kala', 'LOC'), ('Islam Khodja', 'LOC')]),
# wG167
('The British South Africa Company (BSAC) was chartered in 1889 under Cecil Rhodes to govern territory north of the Limpopo. Its Pioneer Column raised the flag at Fort Salisbury in September 1890, and the company ran Southern Rhodesia until 1923.',
 [('British South Africa Company', 'ORG'), ('BSAC', 'ORG'), ('Cecil Rhodes', 'PER'), ('Limpopo', 'LOC'), ('Pioneer Column', 'ORG'), ('Fort Salisbury', 'LOC'), ('Southern Rhodesia', 'LOC')]),
# wG168
('The Royal Niger Company was a British trading company chartered in 1886 to control trade on the lower Niger and the Benue. Under George Taubman Goldie it fought the Nupe kingdom at Bida in 1897, and its lands passed to the government in 1900 as Northern Nigeria.',
 [('Royal Niger Company', 'ORG'), ('British', 'MISC'), ('Niger', 'LOC'), ('Benue', 'LOC'), ('George Taubman Goldie', 'PER'), ('Nupe', 'MISC'), ('Bida', 'LOC'), ('Northern Nigeria', 'LOC')]),
# wG169
('The Panama Railroad crosses the Isthmus of Panama for about 77 km between Colón and Panama City. Built by the Panama Railroad Company of New York and opened in 1855, it carried thousands of travellers bound for the California Gold Rush.',
 [('Panama Railroad', 'LOC'), ('Isthmus of Panama', 'LOC'), ('Colón', 'LOC'), ('Panama City', 'LOC'), ('Panama Railroad Company', 'ORG'), ('New York', 'LOC'), ('California Gold Rush', 'MISC')]),
# wG170
('The Uganda Railway is a metre-gauge line built by the British between 1896 and 1901 from Mombasa on the Indian Ocean to Kisumu on Lake Victoria. Most of its labourers were brought from British India, and the lions that attacked its camps at Tsavo were shot by John Henry Patterson.',
 [('Uganda Railway', 'LOC'), ('British', 'MISC'), ('Mombasa', 'LOC'), ('Indian Ocean', 'LOC'), ('Kisumu', 'LOC'), ('Lake Victoria', 'LOC'), ('British India', 'LOC'), ('Tsavo', 'LOC'), ('John Henry Patterson', 'PER')]),
# wG171
('The Cacos were peasant armed bands in northern Haiti who fought the United States occupation from 1915. Their leader, Charlemagne Péralte, was killed in 1919 by members of the United States Marine Corps, and the revolt ended the following year.',
 [('Cacos', 'ORG'), ('Haiti', 'LOC'), ('United States', 'LOC'), ('Charlemagne Péralte', 'PER'), ('United States Marine Corps', 'ORG')]),
# wG172
('The Western Somali Liberation Front (WSLF) fought for the union of the Ogaden with Somalia. In the Ogaden War of 1977–1978 it fought alongside the Somali National Army sent by Siad Barre, but Ethiopia drove them back with Soviet and Cuban help.',
 [('Western Somali Liberation Front', 'ORG'), ('WSLF', 'ORG'), ('Ogaden', 'LOC'), ('Somalia', 'LOC'), ('Ogaden War', 'MISC'), ('Somali National Army', 'ORG'), ('Siad Barre', 'PER'), ('Ethiopia', 'LOC'), ('Soviet', 'MISC'), ('Cuban', 'MISC')]),
# wG173
('The Basmachi movement was an armed uprising against Russian and then Soviet rule in Central Asia from 1916 into the 1930s. The former Ottoman minister Enver Pasha joined it in 1921 and was killed by the Red Army near Baljuvon in August 1922.',
 [('Basmachi', 'ORG'), ('Russian', 'MISC'), ('Soviet', 'MISC'), ('Central Asia', 'LOC'), ('Ottoman', 'MISC'), ('Enver Pasha', 'PER'), ('Red Army', 'ORG'), ('Baljuvon', 'LOC')]),
# wG174
('The Mau was a non-violent movement for Samoan independence from New Zealand rule in the 1920s and 1930s. On 28 December 1929, a day remembered as Black Saturday, police fired on a procession in Apia and killed its leader, Tupua Tamasese Lealofi III.',
 [('Mau', 'ORG'), ('Samoan', 'MISC'), ('New Zealand', 'LOC'), ('Black Saturday', 'MISC'), ('Apia', 'LOC'), ('Tupua Tamasese Lealofi III', 'PER')]),
# wG175
('Burns Philp was an Australian shipping and trading company founded in 1883 by James Burns and Robert Philp. Its steamers and plantations stretched across Melanesia, from Papua to the New Hebrides and the Gilbert Islands.',
 [('Burns Philp', 'ORG'), ('Australian', 'MISC'), ('James Burns', 'PER'), ('Robert Philp', 'PER'), ('Melanesia', 'LOC'), ('Papua', 'LOC'), ('New Hebrides', 'LOC'), ('Gilbert Islands', 'LOC')]),
# wG176
('Tell Hamoukar is an archaeological mound in the Al-Hasakah Governorate of north-eastern Syria, near the border with Iraq. Excavations from 1999 by the University of Chicago and the Directorate-General of Antiquities and Museums found signs of a city destroyed in fighting around 3500 BC.',
 [('Tell Hamoukar', 'LOC'), ('Al-Hasakah Governorate', 'LOC'), ('Syria', 'LOC'), ('Iraq', 'LOC'), ('University of Chicago', 'ORG'), ('Directorate-General of Antiquities and Museums', 'ORG')]),
# wG177
('CASTRIES, Saint Lucia (Reuters) - Cruise calls at Port Castries rose by a fifth last season, the Saint Lucia Air and Sea Ports Authority said on Tuesday, as ships of Royal Caribbean and MSC Cruises returned to the island after the pandemic.',
 [('CASTRIES', 'LOC'), ('Saint Lucia', 'LOC'), ('Reuters', 'ORG'), ('Port Castries', 'LOC'), ('Saint Lucia Air and Sea Ports Authority', 'ORG'), ('Royal Caribbean', 'ORG'), ('MSC Cruises', 'ORG')]),
# wG178
('QUITO, Ecuador (Reuters) - The Sangay volcano in the Ecuadorian Amazon sent ash as far as Guayaquil on Sunday, the Geophysical Institute said, forcing the closure of José Joaquín de Olmedo International Airport for six hours.',
 [('QUITO', 'LOC'), ('Ecuador', 'LOC'), ('Reuters', 'ORG'), ('Sangay', 'LOC'), ('Ecuadorian', 'MISC'), ('Amazon', 'LOC'), ('Guayaquil', 'LOC'), ('Geophysical Institute', 'ORG'), ('José Joaquín de Olmedo International Airport', 'LOC')]),
# wG179
('Archaeologists from the British Institute in Eastern Africa and Addis Ababa University said on Thursday that they had found the foundations of a 12th-century mosque at Harlaa, near Dire Dawa in eastern Ethiopia, along with coins from Egypt and glass from Yemen.',
 [('British Institute in Eastern Africa', 'ORG'), ('Addis Ababa University', 'ORG'), ('Harlaa', 'LOC'), ('Dire Dawa', 'LOC'), ('Ethiopia', 'LOC'), ('Egypt', 'LOC'), ('Yemen', 'LOC')]),
# wG180
('The Corinth Canal cuts through the Isthmus of Corinth in Greece, joining the Gulf of Corinth with the Saronic Gulf. It was dug between 1881 and 1893 by the Société Internationale du Canal Maritime de Corinthe, led at first by the Hungarian general István Türr.',
 [('Corinth Canal', 'LOC'), ('Isthmus of Corinth', 'LOC'), ('Greece', 'LOC'), ('Gulf of Corinth', 'LOC'), ('Saronic Gulf', 'LOC'), ('Société Internationale du Canal Maritime de Corinthe', 'ORG'), ('Hungarian', 'MISC'), ('István Türr', 'PER')]),
# wG181
('The Irish War of Independence was fought from 1919 to 1921 between the Irish Republican Army and British forces, including the Royal Irish Constabulary. It ended with a truce in July 1921 and the Anglo-Irish Treaty, which Michael Collins signed in London that December.',
 [('Irish War of Independence', 'MISC'), ('Irish Republican Army', 'ORG'), ('British', 'MISC'), ('Royal Irish Constabulary', 'ORG'), ('Anglo-Irish Treaty', 'MISC'), ('Michael Collins', 'PER'), ('London', 'LOC')]),
# wG182
('The Arab Revolt began in June 1916, when Sharif Hussein bin Ali of Mecca rose against the Ottoman Empire in the Hejaz. His son Faisal and the British officer T. E. Lawrence raided the Hejaz Railway and took Aqaba in July 1917.',
 [('Arab Revolt', 'MISC'), ('Hussein bin Ali', 'PER'), ('Mecca', 'LOC'), ('Ottoman Empire', 'LOC'), ('Hejaz', 'LOC'), ('Faisal', 'PER'), ('British', 'MISC'), ('T. E. Lawrence', 'PER'), ('Hejaz Railway', 'LOC'), ('Aqaba', 'LOC')]),
# wG183
('The Battle of Imphal was fought from March to July 1944 around Imphal in Manipur, India. The Fourteenth Army under William Slim held the plain against the Japanese Fifteenth Army and units of the Indian National Army of Subhas Chandra Bose.',
 [('Battle of Imphal', 'MISC'), ('Imphal', 'LOC'), ('Manipur', 'LOC'), ('India', 'LOC'), ('Fourteenth Army', 'ORG'), ('William Slim', 'PER'), ('Japanese', 'MISC'), ('Fifteenth Army', 'ORG'), ('Indian National Army', 'ORG'), ('Subhas Chandra Bose', 'PER')]),
# wG184
('The Guinea-Bissau War of Independence was fought from 1963 to 1974 between Portugal and the African Party for the Independence of Guinea and Cape Verde (PAIGC), led by Amílcar Cabral until his murder in Conakry in 1973. It ended after the Carnation Revolution in Lisbon.',
 [('Guinea-Bissau War of Independence', 'MISC'), ('Portugal', 'LOC'), ('African Party for the Independence of Guinea and Cape Verde', 'ORG'), ('PAIGC', 'ORG'), ('Amílcar Cabral', 'PER'), ('Conakry', 'LOC'), ('Carnation Revolution', 'MISC'), ('Lisbon', 'LOC')]),
# wG185
('The Klondike Gold Rush brought about 100,000 prospectors to the Yukon between 1896 and 1899, most of them over the Chilkoot Pass from Dyea, Alaska. The North-West Mounted Police kept order in Dawson City, and the White Pass and Yukon Route railway was built from Skagway.',
 [('Klondike Gold Rush', 'MISC'), ('Yukon', 'LOC'), ('Chilkoot Pass', 'LOC'), ('Dyea', 'LOC'), ('Alaska', 'LOC'), ('North-West Mounted Police', 'ORG'), ('Dawson City', 'LOC'), ('White Pass and Yukon Route', 'LOC'), ('Skagway', 'LOC')]),
# wG186
('Kolka is a village in Talsi Municipality in Latvia, at the tip of Cape Kolka where the Gulf of Riga meets the Baltic Sea. It is a centre of the Livonians, whose language, Livonian, lost its last native speaker, Grizelda Kristiņa (1910–2013), in 2013.',
 [('Kolka', 'LOC'), ('Talsi Municipality', 'LOC'), ('Latvia', 'LOC'), ('Cape Kolka', 'LOC'), ('Gulf of Riga', 'LOC'), ('Baltic Sea', 'LOC'), ('Livonians', 'MISC'), ('Livonian', 'MISC'), ('Grizelda Kristiņa', 'PER')]),
# wG187
('Veryovkina Cave is the deepest known cave in the world, at about 2,212 metres, in the Arabika Massif of Abkhazia in the Caucasus. Its bottom was first reached in 2018 by cavers of the Perovo Speleo Club from Moscow, and the second-deepest, Krubera Cave, lies a few kilometres away.',
 [('Veryovkina Cave', 'LOC'), ('Arabika Massif', 'LOC'), ('Abkhazia', 'LOC'), ('Caucasus', 'LOC'), ('Perovo Speleo Club', 'ORG'), ('Moscow', 'LOC'), ('Krubera Cave', 'LOC')]),
# wG188
('Lake Sarez is a lake in Rushan District, Tajikistan, formed in 1911 when an earthquake brought down a mountainside that dammed the Murghab River. The landslide, known as the Usoi Dam, is the tallest natural dam in the world, and a warning system was installed below it with help from the World Bank in the early 2000s.',
 [('Lake Sarez', 'LOC'), ('Rushan District', 'LOC'), ('Tajikistan', 'LOC'), ('Murghab River', 'LOC'), ('Usoi Dam', 'LOC'), ('World Bank', 'ORG')]),
# wG189
('Rosa Quispe Mamani (born 3 May 1962) is a Peruvian archaeologist who has directed excavations at Pachacamac, south of Lima, since 2004. She studied at the Pontifical Catholic University of Peru and is a member of the Society for American Archaeology.',
 [('Rosa Quispe Mamani', 'PER'), ('Peruvian', 'MISC'), ('Pachacamac', 'LOC'), ('Lima', 'LOC'), ('Pontifical Catholic University of Peru', 'ORG'), ('Society for American Archaeology', 'ORG')]),
# wG190
('Sagal Abdi Warsame (born 14 February 1975) is a Somali-British historian whose work deals with the medieval ports of Zeila and Berbera and their trade with Aden and Cambay. She has taught at SOAS University of London since 2008.',
 [('Sagal Abdi Warsame', 'PER'), ('Somali-British', 'MISC'), ('Zeila', 'LOC'), ('Berbera', 'LOC'), ('Aden', 'LOC'), ('Cambay', 'LOC'), ('SOAS University of London', 'ORG')]),
# wG191
('The Kolyma Highway (Russian: Колымская трасса) is a road of about 2,030 km from Nizhny Bestyakh, across the Lena from Yakutsk, to Magadan on the Sea of Okhotsk. Built largely by prisoners of the Gulag from 1932, it is known as the Road of Bones.',
 [('Kolyma Highway', 'LOC'), ('Russian', 'MISC'), ('Колымская трасса', 'LOC'), ('Nizhny Bestyakh', 'LOC'), ('Lena', 'LOC'), ('Yakutsk', 'LOC'), ('Magadan', 'LOC'), ('Sea of Okhotsk', 'LOC'), ('Gulag', 'ORG'), ('Road of Bones', 'LOC')]),
# wG192
('The Konso Cultural Landscape covers the walled hill towns and stone terraces of the Konso people in southern Ethiopia, near the Segen River. Carved wooden grave markers called waka stand in the towns, and several stolen ones were returned from Addis Ababa in 2019.',
 [('Konso Cultural Landscape', 'LOC'), ('Konso', 'MISC'), ('Ethiopia', 'LOC'), ('Segen River', 'LOC'), ('Addis Ababa', 'LOC')]),
]
