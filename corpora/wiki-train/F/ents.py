# Decision lists for wiki-train part F (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wF001, wF002, ... in order.

DOCS = [
# wF001
("Abu Rayhan al-Biruni (973 – after 1050) was a Khwarazmian polymath who spent much of his later life at the court of Mahmud of Ghazni. His Kitab al-Hind, written after he travelled in the Punjab, is one of the earliest surveys of Indian religion and astronomy.",
 [("Abu Rayhan al-Biruni", "PER"), ("Khwarazmian", "MISC"), ("Mahmud of Ghazni", "PER"), ("Kitab al-Hind", "MISC"),
  ("Punjab", "LOC"), ("Indian", "MISC")]),
# wF002
("The Académie des Sciences is a learned society founded in 1666 by Louis XIV at the suggestion of his finance minister Jean-Baptiste Colbert. It is one of the five academies of the Institut de France, and it awards the Grande Médaille each year.",
 [("Académie des Sciences", "ORG"), ("Louis XIV", "PER"), ("Jean-Baptiste Colbert", "PER"), ("Institut de France", "ORG"),
  ("Grande Médaille", "MISC")]),
# wF003
("Hildegard of Bingen (c. 1098 – 17 September 1179), also known as Saint Hildegard, was a German Benedictine abbess, composer and writer. She founded the monasteries of Rupertsberg and Eibingen in the Rhineland, and her Ordo Virtutum is one of the oldest surviving morality plays.",
 [("Hildegard of Bingen", "PER"), ("Hildegard", "PER"), ("German", "MISC"), ("Benedictine", "MISC"), ("Rupertsberg", "LOC"),
  ("Eibingen", "LOC"), ("Rhineland", "LOC"), ("Ordo Virtutum", "MISC")]),
# wF004
("Evliya Çelebi (1611 – after 1683) was an Ottoman explorer who travelled through the territories of the Ottoman Empire and its neighbours for over forty years. His ten-volume Seyahatname (Book of Travels) describes Istanbul, Vienna, Cairo and the Caucasus in detail.",
 [("Evliya Çelebi", "PER"), ("Ottoman", "MISC"), ("Ottoman Empire", "LOC"), ("Seyahatname", "MISC"), ("Book of Travels", "MISC"),
  ("Istanbul", "LOC"), ("Vienna", "LOC"), ("Cairo", "LOC"), ("Caucasus", "LOC")]),
# wF005
("Vinoo Mankad (12 April 1917 – 21 August 1978) was an Indian cricketer who played for Nawanagar, Western India, Bengal and Bombay in domestic cricket. A left-arm spinner and opening batter, he played 44 international matches for India between 1946 and 1959.",
 [("Vinoo Mankad", "PER"), ("Indian", "MISC"), ("Nawanagar", "ORG"), ("Western India", "ORG"), ("Bengal", "ORG"), ("Bombay", "ORG"),
  ("India", "LOC")]),
# wF006
("Raiden Tameemon (1767–1825) was a Japanese sumo wrestler from Shinano Province. Sponsored by the lord of the Matsue Domain in Izumo Province, he lost only ten bouts in a career of some twenty years, yet he was never promoted to yokozuna.",
 [("Raiden Tameemon", "PER"), ("Japanese", "MISC"), ("Shinano Province", "LOC"), ("Matsue Domain", "LOC"), ("Izumo Province", "LOC")]),
# wF007
("Christy Ring (30 October 1920 – 2 March 1979) was an Irish hurler who played for the Glen Rovers club and for Cork. He won eight All-Ireland Senior Hurling Championship medals between 1941 and 1954, and a bronze statue of him stands in Cloyne, the village where he was born.",
 [("Christy Ring", "PER"), ("Irish", "MISC"), ("Glen Rovers", "ORG"), ("Cork", "ORG"), ("All-Ireland Senior Hurling Championship", "MISC"),
  ("Cloyne", "LOC")]),
# wF008
("Patna Pirates are a professional kabaddi team based in Patna, Bihar, that competes in the Pro Kabaddi League. The team won three consecutive titles in 2016 and 2017, the last of them under the captaincy of the raider Pardeep Narwal.",
 [("Patna Pirates", "ORG"), ("Patna", "LOC"), ("Bihar", "LOC"), ("Pro Kabaddi League", "MISC"), ("Pardeep Narwal", "PER")]),
# wF009
("Natus Vincere, commonly abbreviated NAVI, is a Ukrainian esports organisation founded in Kyiv in 2009. Its Counter-Strike team won the PGL Major Stockholm in 2021, with Oleksandr Kostyliev, known as s1mple, as its best-known player.",
 [("Natus Vincere", "ORG"), ("NAVI", "ORG"), ("Ukrainian", "MISC"), ("Kyiv", "LOC"), ("Counter-Strike", "MISC"), ("PGL Major Stockholm", "MISC"),
  ("Oleksandr Kostyliev", "PER"), ("s1mple", "PER")]),
# wF010
("Vera Menchik (16 February 1906 – 26 June 1944) was a British chess player and the first women's world champion. Born in Moscow to a Czech father and an English mother, she won the first Women's World Chess Championship in London in 1927 and defended the title six times.",
 [("Vera Menchik", "PER"), ("British", "MISC"), ("Moscow", "LOC"), ("Czech", "MISC"), ("English", "MISC"),
  ("Women's World Chess Championship", "MISC"), ("London", "LOC")]),
# wF011
("The Dutch East India Company (Dutch: Vereenigde Oostindische Compagnie, VOC) was a chartered trading company established in 1602 by the States General of the Netherlands. From its headquarters at Batavia on Java it held a monopoly on the spice trade with the Moluccas for almost two centuries.",
 [("Dutch East India Company", "ORG"), ("Dutch", "MISC"), ("Vereenigde Oostindische Compagnie", "ORG"), ("VOC", "ORG"),
  ("States General of the Netherlands", "ORG"), ("Batavia", "LOC"), ("Java", "LOC"), ("Moluccas", "LOC")]),
# wF012
("The Vienna Philharmonic (German: Wiener Philharmoniker) is an orchestra founded in 1842 by the composer Otto Nicolai. It gives its subscription concerts in the Musikverein, and its New Year's Concert is broadcast to more than ninety countries.",
 [("Vienna Philharmonic", "ORG"), ("German", "MISC"), ("Wiener Philharmoniker", "ORG"), ("Otto Nicolai", "PER"), ("Musikverein", "LOC"),
  ("New Year's Concert", "MISC")]),
# wF013
("The Order of Cistercians is a Catholic religious order of monks and nuns founded in 1098 at Cîteaux Abbey, near Dijon in Burgundy. Under Bernard of Clairvaux the order spread across Europe, and its members are often called White Monks from the colour of their habit.",
 [("Order of Cistercians", "ORG"), ("Catholic", "MISC"), ("Cîteaux Abbey", "LOC"), ("Dijon", "LOC"), ("Burgundy", "LOC"),
  ("Bernard of Clairvaux", "PER"), ("Europe", "LOC"), ("White Monks", "MISC")]),
# wF014
("The Hermitage Museum (Russian: Государственный Эрмитаж) is an art museum in Saint Petersburg, founded in 1764 when Catherine the Great bought a collection of paintings from the Berlin merchant Johann Ernst Gotzkowsky. Its collections occupy six buildings along the Neva, including the Winter Palace.",
 [("Hermitage Museum", "ORG"), ("Russian", "MISC"), ("Государственный Эрмитаж", "ORG"), ("Saint Petersburg", "LOC"),
  ("Catherine the Great", "PER"), ("Berlin", "LOC"), ("Johann Ernst Gotzkowsky", "PER"), ("Neva", "LOC"), ("Winter Palace", "LOC")]),
# wF015
("Heitor Villa-Lobos (5 March 1887 – 17 November 1959) was a Brazilian composer, conductor and cellist. Largely self-taught, he drew on the folk music of the Amazon and the choro players of Rio de Janeiro, and his nine Bachianas Brasileiras blend them with the style of Johann Sebastian Bach.",
 [("Heitor Villa-Lobos", "PER"), ("Brazilian", "MISC"), ("Amazon", "LOC"), ("Rio de Janeiro", "LOC"), ("Bachianas Brasileiras", "MISC"),
  ("Johann Sebastian Bach", "PER")]),
# wF016
("Katsushika Hokusai (c. 31 October 1760 – 10 May 1849) was a Japanese ukiyo-e artist from Edo. He is best known for the woodblock print series Thirty-six Views of Mount Fuji, which includes The Great Wave off Kanagawa.",
 [("Katsushika Hokusai", "PER"), ("Japanese", "MISC"), ("Edo", "LOC"), ("Thirty-six Views of Mount Fuji", "MISC"),
  ("The Great Wave off Kanagawa", "MISC")]),
# wF017
("Ahmad ibn Fadlan was a 10th-century Arab traveller sent by the caliph al-Muqtadir from Baghdad as secretary of an embassy to the king of the Volga Bulgars in 921. His account describes the Oghuz Turks, the Khazars and a ship burial among the Rus' on the Volga.",
 [("Ahmad ibn Fadlan", "PER"), ("Arab", "MISC"), ("al-Muqtadir", "PER"), ("Baghdad", "LOC"), ("Volga Bulgars", "MISC"),
  ("Oghuz Turks", "MISC"), ("Khazars", "MISC"), ("Rus'", "MISC"), ("Volga", "LOC")]),
# wF018
("The Asiatic Society was founded in Calcutta on 15 January 1784 by the philologist William Jones, then a judge of the Supreme Court of Judicature at Fort William. Its journal published early work on Sanskrit, and in 1984 the Parliament of India declared it an institution of national importance.",
 [("Asiatic Society", "ORG"), ("Calcutta", "LOC"), ("William Jones", "PER"), ("Supreme Court of Judicature at Fort William", "ORG"),
  ("Sanskrit", "MISC"), ("Parliament of India", "ORG")]),
# wF019
("Hanggai is a Chinese folk rock band formed in Beijing in 2004 by the singer Ilchi, who grew up in Inner Mongolia. The band sings in Mongolian to the tobshuur and the horse-head fiddle, and its album He Who Travels Far (2010) was released on the Dutch label World Connection.",
 [("Hanggai", "ORG"), ("Chinese", "MISC"), ("Beijing", "LOC"), ("Ilchi", "PER"), ("Inner Mongolia", "LOC"), ("Mongolian", "MISC"),
  ("He Who Travels Far", "MISC"), ("Dutch", "MISC"), ("World Connection", "ORG")]),
# wF020
("Orchestra Baobab is a Senegalese band formed in 1970 to play at the Baobab Club in Dakar. Mixing Cuban son with Wolof griot songs, the group split in 1987 and re-formed in 2001 after its album Pirates Choice was reissued by World Circuit.",
 [("Orchestra Baobab", "ORG"), ("Senegalese", "MISC"), ("Baobab Club", "LOC"), ("Dakar", "LOC"), ("Cuban", "MISC"), ("Wolof", "MISC"),
  ("Pirates Choice", "MISC"), ("World Circuit", "ORG")]),
# wF021
("Ignaz Semmelweis (1 July 1818 – 13 August 1865) was a Hungarian physician who worked at the Vienna General Hospital. By requiring doctors in its first obstetric clinic to wash their hands in chlorinated lime he cut deaths from childbed fever sharply, but the medical establishment rejected his findings.",
 [("Ignaz Semmelweis", "PER"), ("Hungarian", "MISC"), ("Vienna General Hospital", "ORG")]),
# wF022
("Zera Yacob (1599–1692) was an Ethiopian philosopher from Aksum. Persecuted during the reign of Susenyos I, he lived for two years in a cave near the Tekezé River, and his treatise Hatata argues that reason, not tradition, is the guide to truth.",
 [("Zera Yacob", "PER"), ("Ethiopian", "MISC"), ("Aksum", "LOC"), ("Susenyos I", "PER"), ("Tekezé River", "LOC"), ("Hatata", "MISC")]),
# wF023
("Rose of Lima (20 April 1586 – 24 August 1617) was a Spanish colonist in the Viceroyalty of Peru who became a lay member of the Dominican Order. Canonised by Pope Clement X in 1671, she was the first person born in the Americas to be declared a saint by the Catholic Church.",
 [("Rose of Lima", "PER"), ("Spanish", "MISC"), ("Viceroyalty of Peru", "LOC"), ("Dominican Order", "ORG"), ("Clement X", "PER"),
  ("Americas", "LOC"), ("Catholic Church", "ORG")]),
# wF024
("Al-Jazari (1136–1206) was an engineer who served three rulers of Diyarbakır in Upper Mesopotamia. His Book of Knowledge of Ingenious Mechanical Devices, completed in the year of his death, describes water clocks, pumps and automata.",
 [("Al-Jazari", "PER"), ("Diyarbakır", "LOC"), ("Upper Mesopotamia", "LOC"), ("Book of Knowledge of Ingenious Mechanical Devices", "MISC")]),
# wF025
("The Uganda Railway was a metre-gauge line built between 1896 and 1901 from Mombasa on the Indian Ocean to Kisumu on Lake Victoria. Its construction for the British Foreign Office relied on some 32,000 labourers brought from British India, and a depot on the line grew into the city of Nairobi.",
 [("Uganda Railway", "LOC"), ("Mombasa", "LOC"), ("Indian Ocean", "LOC"), ("Kisumu", "LOC"), ("Lake Victoria", "LOC"), ("British", "MISC"),
  ("Foreign Office", "ORG"), ("British India", "LOC"), ("Nairobi", "LOC")]),
# wF026
("The Peninsular and Oriental Steam Navigation Company, commonly known as P&O, is a British shipping company founded in 1837 to carry mail between London and the Iberian Peninsula. It later ran steamers to Alexandria, Bombay and Sydney, and since 2006 it has belonged to DP World of Dubai.",
 [("Peninsular and Oriental Steam Navigation Company", "ORG"), ("P&O", "ORG"), ("British", "MISC"), ("London", "LOC"),
  ("Iberian Peninsula", "LOC"), ("Alexandria", "LOC"), ("Bombay", "LOC"), ("Sydney", "LOC"), ("DP World", "ORG"), ("Dubai", "LOC")]),
# wF027
("Machado de Assis (21 June 1839 – 29 September 1908) was a Brazilian novelist, poet and short-story writer, and the first president of the Brazilian Academy of Letters. Born in Morro do Livramento in Rio de Janeiro, the grandson of freed slaves, he wrote The Posthumous Memoirs of Brás Cubas and Dom Casmurro.",
 [("Machado de Assis", "PER"), ("Brazilian", "MISC"), ("Brazilian Academy of Letters", "ORG"), ("Morro do Livramento", "LOC"),
  ("Rio de Janeiro", "LOC"), ("The Posthumous Memoirs of Brás Cubas", "MISC"), ("Dom Casmurro", "MISC")]),
# wF028
("Dewa 19 is an Indonesian rock band formed in Surabaya in 1986 by Ahmad Dhani and three school friends. The band's name joins the initials of its founders to the age they were at the time, and its first album was released on Team Records in 1992.",
 [("Dewa 19", "ORG"), ("Indonesian", "MISC"), ("Surabaya", "LOC"), ("Ahmad Dhani", "PER"), ("Team Records", "ORG")]),
# wF029
("Dhyan Chand (29 August 1905 – 3 December 1979) was an Indian field hockey player who won gold medals at the Summer Olympics of 1928, 1932 and 1936. He played as a centre forward for India and for the Jhansi Heroes club, and his birthday is celebrated as National Sports Day in India.",
 [("Dhyan Chand", "PER"), ("Indian", "MISC"), ("Summer Olympics", "MISC"), ("India", "LOC"), ("Jhansi Heroes", "ORG"),
  ("National Sports Day", "MISC"), ("India", "LOC")]),
# wF030
("LAHORE, March 3 (Reuters) - The Lahore Museum said on Tuesday it would return a set of Gandhara reliefs to the Swat valley, where archaeologists of the Italian Archaeological Mission found them in the 1960s. Curator Asma Rauf told Reuters the reliefs would go on show at Saidu Sharif.",
 [("LAHORE", "LOC"), ("Reuters", "ORG"), ("Lahore Museum", "ORG"), ("Gandhara", "LOC"), ("Swat", "LOC"), ("Italian Archaeological Mission", "ORG"),
  ("Asma Rauf", "PER"), ("Reuters", "ORG"), ("Saidu Sharif", "LOC")]),
# wF031
("The Royal Danish Academy of Fine Arts (Danish: Det Kongelige Danske Kunstakademi) was founded in Copenhagen in 1754 under King Frederick V. Its teachers have included the painter Christoffer Wilhelm Eckersberg, and it has been housed in Charlottenborg Palace on Kongens Nytorv since its foundation.",
 [("Royal Danish Academy of Fine Arts", "ORG"), ("Danish", "MISC"), ("Det Kongelige Danske Kunstakademi", "ORG"), ("Copenhagen", "LOC"),
  ("Frederick V", "PER"), ("Christoffer Wilhelm Eckersberg", "PER"), ("Charlottenborg Palace", "LOC"), ("Kongens Nytorv", "LOC")]),
# wF032
("Kotoōshū Katsunori (born Kaloyan Stefanov Mahlyanov; 19 February 1983) is a Bulgarian former sumo wrestler from Dzhulyunitsa. Fighting for the Sadogatake stable, he became the first European to win a top-division championship, in May 2008.",
 [("Kotoōshū Katsunori", "PER"), ("Kaloyan Stefanov Mahlyanov", "PER"), ("Bulgarian", "MISC"), ("Dzhulyunitsa", "LOC"), ("Sadogatake", "ORG"),
  ("European", "MISC")]),
# wF033
("Ewuare the Great (died 1473) was the twelfth Oba of the Kingdom of Benin, who rebuilt Benin City after a civil war and surrounded it with walls and moats. Under his rule the guild of brass casters at the royal court grew in wealth and importance.",
 [("Ewuare the Great", "PER"), ("Kingdom of Benin", "LOC"), ("Benin City", "LOC")]),
# wF034
("Shen Kuo (1031–1095) was a Chinese polymath and statesman of the Song dynasty. In his Dream Pool Essays, written in retirement at Runzhou, he described the magnetic needle compass and the difference between magnetic and true north.",
 [("Shen Kuo", "PER"), ("Chinese", "MISC"), ("Song", "LOC"), ("Dream Pool Essays", "MISC"), ("Runzhou", "LOC")]),
# wF035
("Heo Jun (1539–1615) was a Korean physician who served as royal doctor to King Seonjo. His medical encyclopaedia Dongui Bogam, completed in 1610 after the Japanese invasions had interrupted the work, was later printed in China and Japan.",
 [("Heo Jun", "PER"), ("Korean", "MISC"), ("Seonjo", "PER"), ("Dongui Bogam", "MISC"), ("Japanese", "MISC"), ("China", "LOC"), ("Japan", "LOC")]),
# wF036
("Hafez (c. 1325–1390), born Khwaja Shams-ud-Din Muhammad Hafez-e Shirazi, was a Persian lyric poet from Shiraz. His collected works, the Divan of Hafez, are found in many Iranian homes, and his tomb in the Musalla Gardens is visited on Hafez Day each October.",
 [("Hafez", "PER"), ("Khwaja Shams-ud-Din Muhammad Hafez-e Shirazi", "PER"), ("Persian", "MISC"), ("Shiraz", "LOC"), ("Divan of Hafez", "MISC"),
  ("Iranian", "MISC"), ("Musalla Gardens", "LOC"), ("Hafez Day", "MISC")]),
# wF037
("Matthew Henson (August 8, 1866 – March 9, 1955) was an African-American explorer who accompanied Robert Peary on seven voyages to the Arctic. On the 1909 expedition he and four Inuit guides, among them Ootah, were the first of Peary's party to reach the vicinity of the North Pole.",
 [("Matthew Henson", "PER"), ("African-American", "MISC"), ("Robert Peary", "PER"), ("Arctic", "LOC"), ("Inuit", "MISC"), ("Ootah", "PER"),
  ("Peary", "PER"), ("North Pole", "LOC")]),
# wF038
("Indian Ocean was an Indian rock band formed in Delhi in 1990 by the bassist Rahul Ram and the guitarist Susmit Sen. Known for setting folk tunes to long jazz-like improvisations, the band recorded the soundtrack of the film Black Friday (2004).",
 [("Indian Ocean", "ORG"), ("Indian", "MISC"), ("Delhi", "LOC"), ("Rahul Ram", "PER"), ("Susmit Sen", "PER"), ("Black Friday", "MISC")]),
# wF039
("Anup Kumar (born 20 November 1983) is a former Indian kabaddi player from Palra, Haryana, who captained India to the 2016 Kabaddi World Cup title. In the Pro Kabaddi League he played for U Mumba, and he later coached Puneri Paltan and Bengaluru Bulls.",
 [("Anup Kumar", "PER"), ("Indian", "MISC"), ("Palra", "LOC"), ("Haryana", "LOC"), ("India", "LOC"), ("Kabaddi World Cup", "MISC"),
  ("Pro Kabaddi League", "MISC"), ("U Mumba", "ORG"), ("Puneri Paltan", "ORG"), ("Bengaluru Bulls", "ORG")]),
# wF040
("Hypatia (c. 360 – March 415) was a Neoplatonist philosopher, astronomer and mathematician who taught in Alexandria, then part of the Eastern Roman Empire. She was killed by a mob of Christians during a feud between the prefect Orestes and the bishop Cyril.",
 [("Hypatia", "PER"), ("Neoplatonist", "MISC"), ("Alexandria", "LOC"), ("Eastern Roman Empire", "LOC"), ("Christians", "MISC"),
  ("Orestes", "PER"), ("Cyril", "PER")]),
# wF041
("Rila Monastery (Bulgarian: Рилски манастир) is an Eastern Orthodox monastery in the Rila Mountains of south-western Bulgaria, founded in the 10th century by the hermit Ivan of Rila. Its library holds some 250 manuscripts, and its main church was rebuilt in the 1830s after a fire.",
 [("Rila Monastery", "LOC"), ("Bulgarian", "MISC"), ("Рилски манастир", "LOC"), ("Eastern Orthodox", "MISC"), ("Rila Mountains", "LOC"),
  ("Bulgaria", "LOC"), ("Ivan of Rila", "PER")]),
# wF042
("The Ostend Company (Dutch: Oostendse Compagnie) was a chartered company set up in 1722 in the Austrian Netherlands to trade with China and India. Pressure from the Dutch Republic and Great Britain led Emperor Charles VI to suspend its charter in 1727.",
 [("Ostend Company", "ORG"), ("Dutch", "MISC"), ("Oostendse Compagnie", "ORG"), ("Austrian Netherlands", "LOC"), ("China", "LOC"),
  ("India", "LOC"), ("Dutch Republic", "LOC"), ("Great Britain", "LOC"), ("Charles VI", "PER")]),
# wF043
("Lee Sang-hyeok (born 7 May 1996), better known as Faker, is a South Korean professional League of Legends player for T1. He has won the League of Legends World Championship five times, and in 2024 he was the first player inducted into the Riot Games Hall of Legends.",
 [("Lee Sang-hyeok", "PER"), ("Faker", "PER"), ("South Korean", "MISC"), ("League of Legends", "MISC"), ("T1", "ORG"),
  ("League of Legends World Championship", "MISC"), ("Riot Games Hall of Legends", "MISC")]),
# wF044
("The Simón Bolívar Symphony Orchestra is a Venezuelan orchestra founded in 1978 by José Antonio Abreu as the flagship of El Sistema, a state-funded music education foundation. Under its conductor Gustavo Dudamel it has toured Europe and recorded for Deutsche Grammophon.",
 [("Simón Bolívar Symphony Orchestra", "ORG"), ("Venezuelan", "MISC"), ("José Antonio Abreu", "PER"), ("El Sistema", "ORG"),
  ("Gustavo Dudamel", "PER"), ("Europe", "LOC"), ("Deutsche Grammophon", "ORG")]),
# wF045
("Max Theiler (30 January 1899 – 11 August 1972) was a South African virologist who developed the 17D vaccine against yellow fever at the Rockefeller Foundation in New York. He received the Nobel Prize in Physiology or Medicine in 1951.",
 [("Max Theiler", "PER"), ("South African", "MISC"), ("17D", "MISC"), ("Rockefeller Foundation", "ORG"), ("New York", "LOC"),
  ("Nobel Prize in Physiology or Medicine", "MISC")]),
# wF046
("Xuanzang (602–664) was a Chinese Buddhist monk, scholar and traveller who journeyed overland from Chang'an to India between 629 and 645. He studied at Nalanda under the abbot Śīlabhadra, and his Great Tang Records on the Western Regions describes more than a hundred kingdoms of Central Asia and South Asia.",
 [("Xuanzang", "PER"), ("Chinese", "MISC"), ("Buddhist", "MISC"), ("Chang'an", "LOC"), ("India", "LOC"), ("Nalanda", "LOC"),
  ("Śīlabhadra", "PER"), ("Great Tang Records on the Western Regions", "MISC"), ("Central Asia", "LOC"), ("South Asia", "LOC")]),
# wF047
("Tarsila do Amaral (1 September 1886 – 17 January 1973) was a Brazilian painter and a leading figure of Brazilian modernism. Her painting Abaporu (1928), given to her husband Oswald de Andrade as a birthday present, inspired his Manifesto Antropófago.",
 [("Tarsila do Amaral", "PER"), ("Brazilian", "MISC"), ("Brazilian", "MISC"), ("Abaporu", "MISC"), ("Oswald de Andrade", "PER"),
  ("Manifesto Antropófago", "MISC")]),
# wF048
("The Lunar Society of Birmingham was a dinner club and learned society of industrialists and natural philosophers that met in Birmingham between 1765 and 1813. Its members, among them Matthew Boulton, James Watt, Erasmus Darwin and Josiah Wedgwood, met on the Monday nearest the full moon.",
 [("Lunar Society of Birmingham", "ORG"), ("Birmingham", "LOC"), ("Matthew Boulton", "PER"), ("James Watt", "PER"), ("Erasmus Darwin", "PER"),
  ("Josiah Wedgwood", "PER")]),
# wF049
("Songhoy Blues is a Malian desert blues band formed in Bamako in 2012 by musicians who had fled the fighting around Timbuktu and Gao. Their debut album Music in Exile (2015) was produced by Nick Zinner of the Yeah Yeah Yeahs and released on Transgressive Records.",
 [("Songhoy Blues", "ORG"), ("Malian", "MISC"), ("Bamako", "LOC"), ("Timbuktu", "LOC"), ("Gao", "LOC"), ("Music in Exile", "MISC"),
  ("Nick Zinner", "PER"), ("Yeah Yeah Yeahs", "ORG"), ("Transgressive Records", "ORG")]),
# wF050
("My uncle worked for forty years at the Bombay Natural History Society, and he still keeps a photograph of Sálim Ali on his desk in Pune. When I visited him last winter we drove out to the Bhigwan wetlands to count flamingos.",
 [("Bombay Natural History Society", "ORG"), ("Sálim Ali", "PER"), ("Pune", "LOC"), ("Bhigwan", "LOC")]),
# wF051
("Ballyhale Shamrocks is a Gaelic Athletic Association club in Ballyhale, County Kilkenny, Ireland. The club's hurlers have won the All-Ireland Senior Club Hurling Championship a record nine times, and its players have included Henry Shefflin and the Fennelly brothers.",
 [("Ballyhale Shamrocks", "ORG"), ("Gaelic Athletic Association", "ORG"), ("Ballyhale", "LOC"), ("County Kilkenny", "LOC"), ("Ireland", "LOC"),
  ("All-Ireland Senior Club Hurling Championship", "MISC"), ("Henry Shefflin", "PER"), ("Fennelly", "PER")]),
# wF052
("Shinran (21 May 1173 – 16 January 1263) was a Japanese Buddhist monk who founded the Jōdo Shinshū school of Pure Land Buddhism. A disciple of Hōnen, he was exiled to Echigo Province in 1207 and later taught in the Kantō region for some twenty years.",
 [("Shinran", "PER"), ("Japanese", "MISC"), ("Buddhist", "MISC"), ("Jōdo Shinshū", "MISC"), ("Pure Land Buddhism", "MISC"), ("Hōnen", "PER"),
  ("Echigo Province", "LOC"), ("Kantō", "LOC")]),
# wF053
("Nondescripts Cricket Club is a cricket club based in Colombo, Sri Lanka, founded in 1888. It plays first-class matches in the Major League Tournament at its ground on Maitland Place, and its former players include Aravinda de Silva.",
 [("Nondescripts Cricket Club", "ORG"), ("Colombo", "LOC"), ("Sri Lanka", "LOC"), ("Major League Tournament", "MISC"), ("Maitland Place", "LOC"),
  ("Aravinda de Silva", "PER")]),
# wF054
("Thomas Mofolo (22 December 1876 – 8 September 1948) was a Mosotho writer from Khojane in Basutoland. His novel Chaka, written in Sesotho and published by the Morija Sesuto Book Depot in 1925, retells the life of the Zulu king Shaka.",
 [("Thomas Mofolo", "PER"), ("Mosotho", "MISC"), ("Khojane", "LOC"), ("Basutoland", "LOC"), ("Chaka", "MISC"), ("Sesotho", "MISC"),
  ("Morija Sesuto Book Depot", "ORG"), ("Zulu", "MISC"), ("Shaka", "PER")]),
# wF055
("Komitas (born Soghomon Soghomonian; 8 October 1869 – 22 October 1935) was an Armenian priest, composer and ethnomusicologist. Trained at the Gevorgian Seminary in Etchmiadzin and in Berlin, he collected more than 3,000 folk songs before his deportation from Constantinople in 1915.",
 [("Komitas", "PER"), ("Soghomon Soghomonian", "PER"), ("Armenian", "MISC"), ("Gevorgian Seminary", "ORG"), ("Etchmiadzin", "LOC"),
  ("Berlin", "LOC"), ("Constantinople", "LOC")]),
# wF056
("Albert Namatjira (28 July 1902 – 8 August 1959) was an Arrernte painter from the Hermannsburg mission, west of Alice Springs in the Northern Territory. His watercolours of the MacDonnell Ranges made him the first Aboriginal Australian to gain wide fame as an artist, and in 1957 he and his wife were granted full Australian citizenship.",
 [("Albert Namatjira", "PER"), ("Arrernte", "MISC"), ("Hermannsburg", "LOC"), ("Alice Springs", "LOC"), ("Northern Territory", "LOC"),
  ("MacDonnell Ranges", "LOC"), ("Aboriginal Australian", "MISC"), ("Australian", "MISC")]),
# wF057
("Tupaia (c. 1725 – 20 December 1770) was a Polynesian navigator and priest from Raiatea who joined James Cook aboard HMS Endeavour in Tahiti in 1769. The chart of the islands he drew with the crew, and his work as an interpreter with the Māori of New Zealand, made him one of the expedition's most valuable members.",
 [("Tupaia", "PER"), ("Polynesian", "MISC"), ("Raiatea", "LOC"), ("James Cook", "PER"), ("HMS Endeavour", "MISC"), ("Tahiti", "LOC"),
  ("Māori", "MISC"), ("New Zealand", "LOC")]),
# wF058
("Carlos Chagas (9 July 1879 – 8 November 1934) was a Brazilian physician and bacteriologist who worked at the Oswaldo Cruz Institute. In 1909, while fighting malaria among railway workers in Lassance, Minas Gerais, he described a new infection carried by the kissing bug and named its parasite after his mentor Oswaldo Cruz.",
 [("Carlos Chagas", "PER"), ("Brazilian", "MISC"), ("Oswaldo Cruz Institute", "ORG"), ("Lassance", "LOC"), ("Minas Gerais", "LOC"),
  ("Oswaldo Cruz", "PER")]),
# wF059
("Knud Rasmussen (7 June 1879 – 21 December 1933) was a Greenlandic-Danish polar explorer and ethnologist born in Ilulissat. Between 1921 and 1924 his Fifth Thule Expedition crossed the Arctic by dog sled from Hudson Bay to the Bering Strait, recording the songs and stories of the peoples it met.",
 [("Knud Rasmussen", "PER"), ("Greenlandic-Danish", "MISC"), ("Ilulissat", "LOC"), ("Fifth Thule Expedition", "MISC"), ("Arctic", "LOC"),
  ("Hudson Bay", "LOC"), ("Bering Strait", "LOC")]),
# wF060
("Ulugh Beg (22 March 1394 – 27 October 1449) was a sultan, astronomer and mathematician, a grandson of Timur, who ruled from Samarkand. The observatory he built on Kohak hill trained a generation of astronomers, and his star catalogue Zij-i Sultani lists 994 stars.",
 [("Ulugh Beg", "PER"), ("Timur", "PER"), ("Samarkand", "LOC"), ("Kohak", "LOC"), ("Zij-i Sultani", "MISC")]),
# wF061
("Franco Luambo (6 July 1938 – 12 October 1989) was a Congolese guitarist and bandleader who led TPOK Jazz for more than three decades. Born in Sona-Bata in the Belgian Congo, he recorded for the Loningisa label in Léopoldville before founding his own record companies.",
 [("Franco Luambo", "PER"), ("Congolese", "MISC"), ("TPOK Jazz", "ORG"), ("Sona-Bata", "LOC"), ("Belgian Congo", "LOC"), ("Loningisa", "ORG"),
  ("Léopoldville", "LOC")]),
# wF062
("The White Fathers, officially the Society of the Missionaries of Africa (Latin: Missionarii Africae, M.Afr.), are a Catholic missionary society founded in Algiers in 1868 by Archbishop Charles Lavigerie. Its priests worked around Lake Tanganyika and in the Sahara, and the society's headquarters are now in Rome.",
 [("White Fathers", "ORG"), ("Society of the Missionaries of Africa", "ORG"), ("Latin", "MISC"), ("Missionarii Africae", "ORG"), ("M.Afr.", "ORG"),
  ("Catholic", "MISC"), ("Algiers", "LOC"), ("Charles Lavigerie", "PER"), ("Lake Tanganyika", "LOC"), ("Sahara", "LOC"), ("Rome", "LOC")]),
# wF063
("Wang Yangming (26 October 1472 – 9 January 1529) was a Chinese philosopher, general and official of the Ming dynasty. Exiled to Longchang in Guizhou in 1506, he developed his teaching of the unity of knowledge and action, later gathered in the Instructions for Practical Living.",
 [("Wang Yangming", "PER"), ("Chinese", "MISC"), ("Ming", "LOC"), ("Longchang", "LOC"), ("Guizhou", "LOC"), ("Instructions for Practical Living", "MISC")]),
# wF064
("José Raúl Capablanca (19 November 1888 – 8 March 1942) was a Cuban chess player who held the world championship from 1921 to 1927. He took the title from Emanuel Lasker in Havana and lost it to Alexander Alekhine in a match played in Argentina.",
 [("José Raúl Capablanca", "PER"), ("Cuban", "MISC"), ("Emanuel Lasker", "PER"), ("Havana", "LOC"), ("Alexander Alekhine", "PER"), ("Argentina", "LOC")]),
# wF065
("Learie Constantine (21 September 1901 – 1 July 1971) was a Trinidadian cricketer, lawyer and politician. He played for Trinidad, for the West Indies and for Nelson in the Lancashire League, and in 1969 he became the first peer of African descent to sit in the House of Lords.",
 [("Learie Constantine", "PER"), ("Trinidadian", "MISC"), ("Trinidad", "ORG"), ("West Indies", "LOC"), ("Nelson", "ORG"), ("Lancashire League", "MISC"),
  ("African", "MISC"), ("House of Lords", "ORG")]),
# wF066
("KATHMANDU, May 2 (AP) — Nepal's Department of Archaeology said on Monday that a 12th-century statue of Laxmi-Narayan stolen from a temple in Patan in 1984 had been returned by the Dallas Museum of Art. The statue will go on display at the Patan Museum, officials said.",
 [("KATHMANDU", "LOC"), ("AP", "ORG"), ("Nepal", "LOC"), ("Department of Archaeology", "ORG"), ("Laxmi-Narayan", "PER"), ("Patan", "LOC"),
  ("Dallas Museum of Art", "ORG"), ("Patan Museum", "ORG")]),
# wF067
("Los Kjarkas is a Bolivian folk group formed in Capinota, Cochabamba, in 1965 by the brothers Wilson, Castel and Gonzalo Hermosa. Their song Llorando se fue was adapted without credit as the hit Lambada by the French-Brazilian group Kaoma in 1989.",
 [("Los Kjarkas", "ORG"), ("Bolivian", "MISC"), ("Capinota", "LOC"), ("Cochabamba", "LOC"), ("Wilson", "PER"), ("Castel", "PER"), ("Gonzalo Hermosa", "PER"),
  ("Llorando se fue", "MISC"), ("Lambada", "MISC"), ("French-Brazilian", "MISC"), ("Kaoma", "ORG")]),
# wF068
("Tabo Monastery is a Buddhist monastery in the Spiti Valley of Himachal Pradesh, India, founded in 996 by the translator Rinchen Zangpo on behalf of the king of Guge. Its murals and clay figures have survived almost unchanged for a thousand years.",
 [("Tabo Monastery", "LOC"), ("Buddhist", "MISC"), ("Spiti Valley", "LOC"), ("Himachal Pradesh", "LOC"), ("India", "LOC"), ("Rinchen Zangpo", "PER"),
  ("Guge", "LOC")]),
# wF069
("The Levant Company was an English chartered company formed in 1592, under a charter from Elizabeth I, to trade with the Ottoman Empire. Its factors lived in Aleppo, Smyrna and Constantinople, and the company paid the English ambassador's costs until it was dissolved in 1825.",
 [("Levant Company", "ORG"), ("English", "MISC"), ("Elizabeth I", "PER"), ("Ottoman Empire", "LOC"), ("Aleppo", "LOC"), ("Smyrna", "LOC"),
  ("Constantinople", "LOC"), ("English", "MISC")]),
# wF070
("Yellow Magic Orchestra (YMO) was a Japanese electronic music band formed in Tokyo in 1978 by Haruomi Hosono, Yukihiro Takahashi and Ryuichi Sakamoto. Their single Computer Game, released on Alfa Records, sold more than 400,000 copies.",
 [("Yellow Magic Orchestra", "ORG"), ("YMO", "ORG"), ("Japanese", "MISC"), ("Tokyo", "LOC"), ("Haruomi Hosono", "PER"), ("Yukihiro Takahashi", "PER"),
  ("Ryuichi Sakamoto", "PER"), ("Computer Game", "MISC"), ("Alfa Records", "ORG")]),
# wF071
("Ibn al-Nafis (1213–1288) was an Arab physician from Damascus who practised at the Al-Mansuri Hospital in Cairo. In his Commentary on Anatomy in Avicenna's Canon he described the pulmonary circulation of the blood, more than three centuries before William Harvey.",
 [("Ibn al-Nafis", "PER"), ("Arab", "MISC"), ("Damascus", "LOC"), ("Al-Mansuri Hospital", "ORG"), ("Cairo", "LOC"),
  ("Commentary on Anatomy in Avicenna's Canon", "MISC"), ("William Harvey", "PER")]),
# wF072
("HC Bloemendaal is a Dutch field hockey club based in Bloemendaal, North Holland, founded in 1897. Its men's team plays in the Hoofdklasse and has won the Euro Hockey League several times, with players such as Teun de Nooijer and Floris Evers.",
 [("HC Bloemendaal", "ORG"), ("Dutch", "MISC"), ("Bloemendaal", "LOC"), ("North Holland", "LOC"), ("Hoofdklasse", "MISC"), ("Euro Hockey League", "MISC"),
  ("Teun de Nooijer", "PER"), ("Floris Evers", "PER")]),
# wF073
("Heinrich Barth (16 February 1821 – 25 November 1865) was a German explorer of Africa who joined a British expedition to the Sahel in 1849. After his companions died he travelled on alone through Bornu, Sokoto and Timbuktu, and his five-volume Travels and Discoveries in North and Central Africa appeared in 1857.",
 [("Heinrich Barth", "PER"), ("German", "MISC"), ("Africa", "LOC"), ("British", "MISC"), ("Sahel", "LOC"), ("Bornu", "LOC"), ("Sokoto", "LOC"),
  ("Timbuktu", "LOC"), ("Travels and Discoveries in North and Central Africa", "MISC")]),
# wF074
("The Accademia dei Lincei is an Italian academy of sciences founded in Rome in 1603 by Federico Cesi, who named it after the sharp-eyed lynx. Galileo Galilei became a member in 1611, and the academy now meets in the Palazzo Corsini on Via della Lungara.",
 [("Accademia dei Lincei", "ORG"), ("Italian", "MISC"), ("Rome", "LOC"), ("Federico Cesi", "PER"), ("Galileo Galilei", "PER"), ("Palazzo Corsini", "LOC"),
  ("Via della Lungara", "LOC")]),
# wF075
("Te Vaka is a music group founded in Auckland in 1995 by the singer Opetaia Foa'i, whose parents came from Tokelau and Tuvalu. The group sings mainly in Tokelauan, and Foa'i later co-wrote the songs for the Disney film Moana.",
 [("Te Vaka", "ORG"), ("Auckland", "LOC"), ("Opetaia Foa'i", "PER"), ("Tokelau", "LOC"), ("Tuvalu", "LOC"), ("Tokelauan", "MISC"), ("Foa'i", "PER"),
  ("Disney", "ORG"), ("Moana", "MISC")]),
# wF076
("EDward Gaming (EDG) is a Chinese esports organisation founded in 2013 and based in Shanghai. Its League of Legends team plays in the LoL Pro League and won the 2021 world championship in Reykjavík, beating DWG KIA in the final.",
 [("EDward Gaming", "ORG"), ("EDG", "ORG"), ("Chinese", "MISC"), ("Shanghai", "LOC"), ("League of Legends", "MISC"), ("LoL Pro League", "MISC"),
  ("Reykjavík", "LOC"), ("DWG KIA", "ORG")]),
# wF077
("On the last day of the trip we took the ferry from Stone Town to Pemba, where my grandmother was born. She still remembers hearing Siti binti Saad on the radio, and she made us promise to visit the Dhow Countries Music Academy before we flew home from Zanzibar.",
 [("Stone Town", "LOC"), ("Pemba", "LOC"), ("Siti binti Saad", "PER"), ("Dhow Countries Music Academy", "ORG"), ("Zanzibar", "LOC")]),
# wF078
("Pachacuti (c. 1418 – 1471/72) was the ninth ruler of the Kingdom of Cusco, which he turned into the Inca Empire. He is credited with rebuilding Cusco in stone and with ordering the construction of Machu Picchu as a royal estate.",
 [("Pachacuti", "PER"), ("Kingdom of Cusco", "LOC"), ("Inca Empire", "LOC"), ("Cusco", "LOC"), ("Machu Picchu", "LOC")]),
# wF079
("Janaki Ammal (4 November 1897 – 7 February 1984) was an Indian botanist from Tellicherry who bred sugarcane varieties at the Imperial Sugarcane Institute in Coimbatore. In 1951 Jawaharlal Nehru invited her back from England to reorganise the Botanical Survey of India.",
 [("Janaki Ammal", "PER"), ("Indian", "MISC"), ("Tellicherry", "LOC"), ("Imperial Sugarcane Institute", "ORG"), ("Coimbatore", "LOC"),
  ("Jawaharlal Nehru", "PER"), ("England", "LOC"), ("Botanical Survey of India", "ORG")]),
# wF080
("Belinda Clark (born 10 September 1970) is an Australian former cricketer who captained Australia in 91 one-day internationals. Born in Newcastle, New South Wales, she played domestic cricket for New South Wales and scored the first double century in a women's one-day international, against Denmark in Mumbai in 1997.",
 [("Belinda Clark", "PER"), ("Australian", "MISC"), ("Australia", "LOC"), ("Newcastle", "LOC"), ("New South Wales", "LOC"), ("New South Wales", "ORG"),
  ("Denmark", "LOC"), ("Mumbai", "LOC")]),
# wF081
("Anthony van Dyck (22 March 1599 – 9 December 1641) was a Flemish painter who trained in the workshop of Peter Paul Rubens in Antwerp. In 1632 he moved to London as principal painter to King Charles I, who knighted him the same year.",
 [("Anthony van Dyck", "PER"), ("Flemish", "MISC"), ("Peter Paul Rubens", "PER"), ("Antwerp", "LOC"), ("London", "LOC"), ("Charles I", "PER")]),
# wF082
("Mykola Lysenko (22 March 1842 – 6 November 1912) was a Ukrainian composer, pianist and conductor. A graduate of Kyiv University and the Leipzig Conservatory, he wrote the opera Taras Bulba and founded a school of music and drama in Kyiv in 1904.",
 [("Mykola Lysenko", "PER"), ("Ukrainian", "MISC"), ("Kyiv University", "ORG"), ("Leipzig Conservatory", "ORG"), ("Taras Bulba", "MISC"), ("Kyiv", "LOC")]),
# wF083
("Kabir (c. 1398 – c. 1518) was a mystic poet and saint from Varanasi whose verses are included in the Guru Granth Sahib, the scripture of the Sikhs. His followers form the Kabir Panth, a religious community found mainly in northern India.",
 [("Kabir", "PER"), ("Varanasi", "LOC"), ("Guru Granth Sahib", "MISC"), ("Sikhs", "MISC"), ("Kabir Panth", "MISC"), ("India", "LOC")]),
# wF084
("Semyon Dezhnev (c. 1605 – 1673) was a Russian explorer of Siberia who in 1648 sailed from the mouth of the Kolyma round the eastern tip of Asia to the Anadyr River, eighty years before Vitus Bering. Cape Dezhnev, the easternmost point of mainland Asia, is named after him.",
 [("Semyon Dezhnev", "PER"), ("Russian", "MISC"), ("Siberia", "LOC"), ("Kolyma", "LOC"), ("Asia", "LOC"), ("Anadyr River", "LOC"), ("Vitus Bering", "PER"),
  ("Cape Dezhnev", "LOC"), ("Asia", "LOC")]),
# wF085
("The Shanghai Symphony Orchestra is a Chinese orchestra founded in 1879 as the Shanghai Public Band, making it one of the oldest orchestras in Asia. Run for decades by the Shanghai Municipal Council, it has played since 2014 in the Shanghai Symphony Hall, designed by Arata Isozaki.",
 [("Shanghai Symphony Orchestra", "ORG"), ("Chinese", "MISC"), ("Shanghai Public Band", "ORG"), ("Asia", "LOC"), ("Shanghai Municipal Council", "ORG"),
  ("Shanghai Symphony Hall", "LOC"), ("Arata Isozaki", "PER")]),
# wF086
("Alberto Santos-Dumont (20 July 1873 – 23 July 1932) was a Brazilian aviation pioneer who lived in Paris for most of his career. In 1906 his 14-bis made the first powered flight in Europe to be certified by the Aéro-Club de France.",
 [("Alberto Santos-Dumont", "PER"), ("Brazilian", "MISC"), ("Paris", "LOC"), ("14-bis", "MISC"), ("Europe", "LOC"), ("Aéro-Club de France", "ORG")]),
# wF087
("Judit Polgár (born 23 July 1976) is a Hungarian chess grandmaster, widely regarded as the strongest female player of all time. She and her sisters Susan and Sofia were taught at home in Budapest by their father László Polgár, and in 2002 she beat Garry Kasparov in a rapid game in Moscow.",
 [("Judit Polgár", "PER"), ("Hungarian", "MISC"), ("Susan", "PER"), ("Sofia", "PER"), ("Budapest", "LOC"), ("László Polgár", "PER"), ("Garry Kasparov", "PER"),
  ("Moscow", "LOC")]),
# wF088
("The Compagnie des Messageries Maritimes was a French merchant shipping company founded in Marseille in 1851. After the opening of the Suez Canal its liners sailed to Saigon, Yokohama and Nouméa, and in 1977 it merged with the Compagnie Générale Transatlantique to form the Compagnie Générale Maritime.",
 [("Compagnie des Messageries Maritimes", "ORG"), ("French", "MISC"), ("Marseille", "LOC"), ("Suez Canal", "LOC"), ("Saigon", "LOC"), ("Yokohama", "LOC"),
  ("Nouméa", "LOC"), ("Compagnie Générale Transatlantique", "ORG"), ("Compagnie Générale Maritime", "ORG")]),
# wF089
("Kimpa Vita (c. 1684 – 2 July 1706), baptised Dona Beatriz, was a Kongolese prophet who founded the Antonian movement in the Kingdom of Kongo. Claiming to be possessed by Saint Anthony of Padua, she was burned as a heretic at Evululu on the orders of King Pedro IV.",
 [("Kimpa Vita", "PER"), ("Dona Beatriz", "PER"), ("Kongolese", "MISC"), ("Antonian", "MISC"), ("Kingdom of Kongo", "LOC"), ("Anthony of Padua", "PER"),
  ("Evululu", "LOC"), ("Pedro IV", "PER")]),
# wF090
("The Casa de las Américas is a Cuban cultural organisation founded in Havana in 1959 by Haydée Santamaría. Its literary award, the Premio Casa de las Américas, has been given each year since 1960 to writers from Latin America and the Caribbean.",
 [("Casa de las Américas", "ORG"), ("Cuban", "MISC"), ("Havana", "LOC"), ("Haydée Santamaría", "PER"), ("Premio Casa de las Américas", "MISC"),
  ("Latin America", "LOC"), ("Caribbean", "LOC")]),
# wF091
("Ramon Llull (c. 1232 – c. 1316) was a philosopher, theologian and writer from Majorca. Born in Palma in the Kingdom of Majorca, he wrote the Ars Magna and was one of the first writers to use Catalan for works of philosophy.",
 [("Ramon Llull", "PER"), ("Majorca", "LOC"), ("Palma", "LOC"), ("Kingdom of Majorca", "LOC"), ("Ars Magna", "MISC"), ("Catalan", "MISC")]),
# wF092
("Mashrou' Leila was a Lebanese indie rock band formed in 2008 by students of the American University of Beirut. Led by the singer Hamed Sinno, the band released its album Ibn El Leil in 2015 and was later barred from performing in Jordan and Egypt.",
 [("Mashrou' Leila", "ORG"), ("Lebanese", "MISC"), ("American University of Beirut", "ORG"), ("Hamed Sinno", "PER"), ("Ibn El Leil", "MISC"),
  ("Jordan", "LOC"), ("Egypt", "LOC")]),
# wF093
("Brahmagupta (c. 598 – c. 668) was an Indian mathematician and astronomer who lived in Bhillamala in the kingdom of Gurjaradesa. His Brāhmasphuṭasiddhānta (628) gives rules for computing with zero and with negative numbers.",
 [("Brahmagupta", "PER"), ("Indian", "MISC"), ("Bhillamala", "LOC"), ("Gurjaradesa", "LOC"), ("Brāhmasphuṭasiddhānta", "MISC")]),
# wF094
("The Iziko South African Museum is a natural history museum in Cape Town, founded in 1825 by the governor Lord Charles Somerset. It stands in the Company's Garden and forms part of Iziko Museums, a group of eleven national museums.",
 [("Iziko South African Museum", "ORG"), ("Cape Town", "LOC"), ("Charles Somerset", "PER"), ("Company's Garden", "LOC"), ("Iziko Museums", "ORG")]),
# wF095
("CHENNAI, Dec 12 (Reuters) - Gukesh Dommaraju became the youngest undisputed world chess champion on Thursday, beating Ding Liren of China in the 14th game of their match in Singapore. The 18-year-old, who trained at the Westbridge Anand Chess Academy, said he had dreamed of the title since he was seven.",
 [("CHENNAI", "LOC"), ("Reuters", "ORG"), ("Gukesh Dommaraju", "PER"), ("Ding Liren", "PER"), ("China", "LOC"), ("Singapore", "LOC"),
  ("Westbridge Anand Chess Academy", "ORG")]),
# wF096
("Kalady is a town in Ernakulam district of Kerala, India, on the bank of the Periyar River. It is held to be the birthplace of the philosopher Adi Shankara, and the Sree Sankaracharya University of Sanskrit was founded there in 1993.",
 [("Kalady", "LOC"), ("Ernakulam", "LOC"), ("Kerala", "LOC"), ("India", "LOC"), ("Periyar River", "LOC"), ("Adi Shankara", "PER"),
  ("Sree Sankaracharya University of Sanskrit", "ORG")]),
# wF097
("Kirillo-Belozersky Monastery is a former Russian Orthodox monastery located on the shore of Lake Siverskoye in Vologda Oblast, Russia. Founded in 1397 by Cyril of White Lake, a disciple of Sergius of Radonezh, it became one of the largest landowners in northern Russia.",
 [("Kirillo-Belozersky Monastery", "LOC"), ("Russian Orthodox", "MISC"), ("Lake Siverskoye", "LOC"), ("Vologda Oblast", "LOC"), ("Russia", "LOC"),
  ("Cyril of White Lake", "PER"), ("Sergius of Radonezh", "PER"), ("Russia", "LOC")]),
# wF098
("Akebono Tarō (born Chadwick Haheo Rowan; 8 May 1969 – April 2024) was an American-born Japanese sumo wrestler from Waimānalo, Hawaii, who in 1993 became the first foreign-born yokozuna. He fought for the Azumazeki stable, founded by his fellow Hawaiian Takamiyama.",
 [("Akebono Tarō", "PER"), ("Chadwick Haheo Rowan", "PER"), ("American", "MISC"), ("Japanese", "MISC"), ("Waimānalo", "LOC"), ("Hawaii", "LOC"),
  ("Azumazeki", "ORG"), ("Hawaiian", "MISC"), ("Takamiyama", "PER")]),
# wF099
("FIDE (French: Fédération Internationale des Échecs) is the governing body of international chess, founded in Paris on 20 July 1924. It organises the Chess Olympiad and the World Chess Championship, and its headquarters are in Lausanne, Switzerland.",
 [("FIDE", "ORG"), ("French", "MISC"), ("Fédération Internationale des Échecs", "ORG"), ("Paris", "LOC"), ("Chess Olympiad", "MISC"),
  ("World Chess Championship", "MISC"), ("Lausanne", "LOC"), ("Switzerland", "LOC")]),
# wF100
("OG is a European esports organisation whose Dota 2 team won The International, the game's world championship, in 2018 and 2019. Its roster was led by the Danish player Johan Sundstein, known as N0tail, who founded the team in 2015.",
 [("OG", "ORG"), ("European", "MISC"), ("Dota 2", "MISC"), ("The International", "MISC"), ("Danish", "MISC"), ("Johan Sundstein", "PER"), ("N0tail", "PER")]),
# wF101
("Aterciopelados is a Colombian rock band formed in Bogotá in 1990 by the singer Andrea Echeverri and the bassist Héctor Buitrago. Their album La Pipa de la Paz (1996) was recorded in London and produced by Phil Manzanera of Roxy Music.",
 [("Aterciopelados", "ORG"), ("Colombian", "MISC"), ("Bogotá", "LOC"), ("Andrea Echeverri", "PER"), ("Héctor Buitrago", "PER"), ("La Pipa de la Paz", "MISC"),
  ("London", "LOC"), ("Phil Manzanera", "PER"), ("Roxy Music", "ORG")]),
# wF102
("Koes Plus is an Indonesian pop band formed in Tuban, East Java, in 1969 by the Koeswoyo brothers. Their earlier group, Koes Bersaudara, was jailed in 1965 by the Sukarno government for playing music in the style of the Beatles.",
 [("Koes Plus", "ORG"), ("Indonesian", "MISC"), ("Tuban", "LOC"), ("East Java", "LOC"), ("Koeswoyo", "PER"), ("Koes Bersaudara", "ORG"), ("Sukarno", "PER"),
  ("Beatles", "ORG")]),
# wF103
("MONTEVIDEO, Oct 4 (AFP) - Uruguay's Museo Torres García reopened on Saturday after a two-year renovation, with a new room on the Taller Torres García, the workshop where the painter Joaquín Torres García trained young artists from 1943. Director Alejandro Díaz said visitor numbers had doubled in the first week.",
 [("MONTEVIDEO", "LOC"), ("AFP", "ORG"), ("Uruguay", "LOC"), ("Museo Torres García", "ORG"), ("Taller Torres García", "ORG"), ("Joaquín Torres García", "PER"),
  ("Alejandro Díaz", "PER")]),
# wF104
("Mengo Hospital is a hospital in Kampala, Uganda, founded in 1897 by the Church Missionary Society doctor Albert Ruskin Cook. It is the oldest hospital in East Africa, and its nursing school was opened by his wife, Katharine Cook, in 1917.",
 [("Mengo Hospital", "ORG"), ("Kampala", "LOC"), ("Uganda", "LOC"), ("Church Missionary Society", "ORG"), ("Albert Ruskin Cook", "PER"), ("East Africa", "LOC"),
  ("Katharine Cook", "PER")]),
# wF105
("Isabella Bird (15 October 1831 – 7 October 1904) was an English explorer, writer and naturalist, and in 1892 one of the first women elected a Fellow of the Royal Geographical Society. Her books describe journeys through the Rocky Mountains, Hokkaido, Persia and Korea.",
 [("Isabella Bird", "PER"), ("English", "MISC"), ("Royal Geographical Society", "ORG"), ("Rocky Mountains", "LOC"), ("Hokkaido", "LOC"), ("Persia", "LOC"),
  ("Korea", "LOC")]),
# wF106
("The Institut d'Égypte is a learned society founded in Cairo in 1798 by Napoleon Bonaparte during the French campaign in Egypt. Its scholars produced the Description de l'Égypte, and its library was badly damaged by a fire during street protests in December 2011.",
 [("Institut d'Égypte", "ORG"), ("Cairo", "LOC"), ("Napoleon Bonaparte", "PER"), ("French", "MISC"), ("Egypt", "LOC"), ("Description de l'Égypte", "MISC")]),
# wF107
("Ephraim Amu (13 September 1899 – 2 January 1995) was a Ghanaian composer, teacher and musicologist from Peki in the Volta Region. He taught at Achimota College, where he insisted on wearing Ghanaian cloth, and his patriotic song Yɛn Ara Asaase Ni is often called the country's second national anthem.",
 [("Ephraim Amu", "PER"), ("Ghanaian", "MISC"), ("Peki", "LOC"), ("Volta Region", "LOC"), ("Achimota College", "ORG"), ("Ghanaian", "MISC"),
  ("Yɛn Ara Asaase Ni", "MISC")]),
# wF108
("Raja Ravi Varma (29 April 1848 – 2 October 1906) was an Indian painter from Kilimanoor in the princely state of Travancore. In 1894 he set up a lithographic press near Bombay, whose prints of Hindu gods and goddesses hung in homes across the country.",
 [("Raja Ravi Varma", "PER"), ("Indian", "MISC"), ("Kilimanoor", "LOC"), ("Travancore", "LOC"), ("Bombay", "LOC"), ("Hindu", "MISC")]),
# wF109
("The Mevlevi Order is a Sufi order founded in Konya in 1273 by the followers of the poet Jalal al-Din Rumi. Its members are known for the whirling prayer ceremony called sema, and the order was banned in Turkey in 1925 together with the other Sufi lodges.",
 [("Mevlevi Order", "ORG"), ("Sufi", "MISC"), ("Konya", "LOC"), ("Jalal al-Din Rumi", "PER"), ("Turkey", "LOC"), ("Sufi", "MISC")]),
# wF110
("The Benguela Railway (Portuguese: Caminho de Ferro de Benguela) is a railway line in Angola running from the port of Lobito to Luau on the border with the Democratic Republic of the Congo. Built between 1903 and 1929 by a company controlled by Robert Williams, it carried copper from Katanga to the Atlantic.",
 [("Benguela Railway", "LOC"), ("Portuguese", "MISC"), ("Caminho de Ferro de Benguela", "LOC"), ("Angola", "LOC"), ("Lobito", "LOC"), ("Luau", "LOC"),
  ("Democratic Republic of the Congo", "LOC"), ("Robert Williams", "PER"), ("Katanga", "LOC"), ("Atlantic", "LOC")]),
# wF111
("Ranjitsinhji (10 September 1872 – 2 April 1933), later the Jam Sahib of Nawanagar, was an Indian prince and cricketer who played for Cambridge University, Sussex and England. The Ranji Trophy, India's domestic first-class championship, is named after him.",
 [("Ranjitsinhji", "PER"), ("Nawanagar", "LOC"), ("Indian", "MISC"), ("Cambridge University", "ORG"), ("Sussex", "ORG"), ("England", "LOC"), ("Ranji Trophy", "MISC"),
  ("India", "LOC")]),
# wF112
("Luciana Aymar (born 10 August 1977) is an Argentine former field hockey player from Rosario who was named FIH Player of the Year eight times. She played for Quilmes in Argentina and for Rot-Weiss Köln in Germany, and won four Champions Trophy titles with Las Leonas.",
 [("Luciana Aymar", "PER"), ("Argentine", "MISC"), ("Rosario", "LOC"), ("FIH Player of the Year", "MISC"), ("Quilmes", "ORG"), ("Argentina", "LOC"),
  ("Rot-Weiss Köln", "ORG"), ("Germany", "LOC"), ("Champions Trophy", "MISC"), ("Las Leonas", "ORG")]),
# wF113
("Värttinä is a Finnish folk music group founded in 1983 in Rääkkylä, North Karelia, by the sisters Sari and Mari Kaasinen. Singing in Finnish and in Karelian dialects, the group later wrote the music for a stage version of The Lord of the Rings in Toronto.",
 [("Värttinä", "ORG"), ("Finnish", "MISC"), ("Rääkkylä", "LOC"), ("North Karelia", "LOC"), ("Sari", "PER"), ("Mari Kaasinen", "PER"), ("Finnish", "MISC"),
  ("Karelian", "MISC"), ("The Lord of the Rings", "MISC"), ("Toronto", "LOC")]),
# wF114
("Ahmad Baba al-Timbukti (1556–1627) was a Sanhaja Berber scholar and jurist from Timbuktu. Deported to Marrakesh after the Moroccan conquest of the Songhai Empire in 1591, he returned home in 1608, and the Ahmed Baba Institute in Timbuktu is named after him.",
 [("Ahmad Baba al-Timbukti", "PER"), ("Sanhaja Berber", "MISC"), ("Timbuktu", "LOC"), ("Marrakesh", "LOC"), ("Moroccan", "MISC"), ("Songhai Empire", "LOC"),
  ("Ahmed Baba Institute", "ORG"), ("Timbuktu", "LOC")]),
# wF115
("Peter Chanel (12 July 1803 – 28 April 1841) was a French Catholic priest and missionary of the Society of Mary who was killed on the island of Futuna. Canonised in 1954, he is venerated as the patron saint of Oceania.",
 [("Peter Chanel", "PER"), ("French", "MISC"), ("Catholic", "MISC"), ("Society of Mary", "ORG"), ("Futuna", "LOC"), ("Oceania", "LOC")]),
# wF116
("Anton Wilhelm Amo (c. 1703 – c. 1759) was a philosopher from Axim in present-day Ghana who studied and taught at the universities of Halle, Wittenberg and Jena. Brought to Europe as a child and given to Duke Anthony Ulrich of Brunswick-Wolfenbüttel, he became the first African known to have earned a doctorate at a European university.",
 [("Anton Wilhelm Amo", "PER"), ("Axim", "LOC"), ("Ghana", "LOC"), ("Halle", "LOC"), ("Wittenberg", "LOC"), ("Jena", "LOC"), ("Europe", "LOC"),
  ("Anthony Ulrich", "PER"), ("Brunswick-Wolfenbüttel", "LOC"), ("African", "MISC"), ("European", "MISC")]),
# wF117
("Warda Al-Jazairia (22 July 1939 – 17 May 2012) was an Algerian-Lebanese singer born in Puteaux, France, who first sang in her father's Paris cabaret, the Tam-Tam. She settled in Cairo in 1972 and recorded many songs written for her by Baligh Hamdi.",
 [("Warda Al-Jazairia", "PER"), ("Algerian-Lebanese", "MISC"), ("Puteaux", "LOC"), ("France", "LOC"), ("Paris", "LOC"), ("Tam-Tam", "LOC"), ("Cairo", "LOC"),
  ("Baligh Hamdi", "PER")]),
# wF118
("The Hanseatic League was a commercial and defensive confederation of merchant guilds and market towns of northern Europe. From its chief city, Lübeck, it ran trading posts in Bruges, Bergen, Novgorod and London until its decline in the 17th century.",
 [("Hanseatic League", "ORG"), ("Europe", "LOC"), ("Lübeck", "LOC"), ("Bruges", "LOC"), ("Bergen", "LOC"), ("Novgorod", "LOC"), ("London", "LOC")]),
# wF119
("Pedro Claver (26 June 1580 – 8 September 1654) was a Spanish Jesuit priest who spent forty years in Cartagena de Indias caring for enslaved Africans brought from West Africa. He was canonised by Pope Leo XIII in 1888.",
 [("Pedro Claver", "PER"), ("Spanish", "MISC"), ("Jesuit", "MISC"), ("Cartagena de Indias", "LOC"), ("Africans", "MISC"), ("West Africa", "LOC"), ("Leo XIII", "PER")]),
# wF120
("Hidetsugu Yagi (28 January 1886 – 19 January 1976) was a Japanese electrical engineer at Tohoku Imperial University in Sendai. With his assistant Shintaro Uda he developed in 1926 a directional antenna that is still used for television reception around the world.",
 [("Hidetsugu Yagi", "PER"), ("Japanese", "MISC"), ("Tohoku Imperial University", "ORG"), ("Sendai", "LOC"), ("Shintaro Uda", "PER")]),
# wF121
("The Orchestre Symphonique Kimbanguiste is a symphony orchestra in Kinshasa founded in 1994 by Armand Diangienda, a grandson of the prophet Simon Kimbangu. Its amateur musicians, many of whom built their own instruments, were the subject of the documentary Kinshasa Symphony (2010).",
 [("Orchestre Symphonique Kimbanguiste", "ORG"), ("Kinshasa", "LOC"), ("Armand Diangienda", "PER"), ("Simon Kimbangu", "PER"), ("Kinshasa Symphony", "MISC")]),
# wF122
("Every summer my father drove us to Semple Stadium in Thurles to watch Tipperary play in the Munster Senior Hurling Championship. He had hurled for Moycarkey-Borris as a young man and never quite forgave Cork for the final of 1984.",
 [("Semple Stadium", "LOC"), ("Thurles", "LOC"), ("Tipperary", "ORG"), ("Munster Senior Hurling Championship", "MISC"), ("Moycarkey-Borris", "ORG"), ("Cork", "ORG")]),
# wF123
("The Japan Sumo Association is the body that runs professional sumo in Japan. Founded in 1925, it holds six tournaments a year, three of them in the Ryōgoku Kokugikan in Tokyo, and it is governed by a board of retired wrestlers.",
 [("Japan Sumo Association", "ORG"), ("Japan", "LOC"), ("Ryōgoku Kokugikan", "LOC"), ("Tokyo", "LOC")]),
# wF124
("Kroke is a Polish klezmer band formed in Kraków in 1992 by three graduates of the city's music academy. Steven Spielberg invited them to play in Jerusalem after hearing them during the filming of Schindler's List, and they later recorded with the violinist Nigel Kennedy.",
 [("Kroke", "ORG"), ("Polish", "MISC"), ("Kraków", "LOC"), ("Steven Spielberg", "PER"), ("Jerusalem", "LOC"), ("Schindler's List", "MISC"), ("Nigel Kennedy", "PER")]),
# wF125
("Santiago Ramón y Cajal (1 May 1852 – 17 October 1934) was a Spanish neuroscientist and pathologist from Petilla de Aragón in Navarre. Working at the universities of Valencia, Barcelona and Madrid, he showed that the nervous system is made of separate cells, and he shared the Nobel Prize in Physiology or Medicine with Camillo Golgi in 1906.",
 [("Santiago Ramón y Cajal", "PER"), ("Spanish", "MISC"), ("Petilla de Aragón", "LOC"), ("Navarre", "LOC"), ("Valencia", "LOC"), ("Barcelona", "LOC"),
  ("Madrid", "LOC"), ("Nobel Prize in Physiology or Medicine", "MISC"), ("Camillo Golgi", "PER")]),
# wF126
("Afanasy Nikitin (died 1475) was a Russian merchant from Tver who reached India in 1469 and lived for three years in the Bahmani Sultanate. His travel notes, A Journey Beyond Three Seas, describe his route across the Caspian Sea and Persia and his return by way of Crimea.",
 [("Afanasy Nikitin", "PER"), ("Russian", "MISC"), ("Tver", "LOC"), ("India", "LOC"), ("Bahmani Sultanate", "LOC"), ("A Journey Beyond Three Seas", "MISC"),
  ("Caspian Sea", "LOC"), ("Persia", "LOC"), ("Crimea", "LOC")]),
# wF127
("Daigo Umehara (born 19 May 1981) is a Japanese professional fighting game player from Aomori. He is best known for a comeback against Justin Wong at the Evolution Championship Series in 2004, and in 2010 Guinness World Records named him the most successful player of Street Fighter in tournaments.",
 [("Daigo Umehara", "PER"), ("Japanese", "MISC"), ("Aomori", "LOC"), ("Justin Wong", "PER"), ("Evolution Championship Series", "MISC"),
  ("Guinness World Records", "ORG"), ("Street Fighter", "MISC")]),
# wF128
("The House of Wisdom (Arabic: بيت الحكمة, Bayt al-Ḥikmah) was a library and centre of translation in Baghdad, expanded by the caliph al-Ma'mun in the early 9th century. Scholars such as al-Khwarizmi and Hunayn ibn Ishaq translated Greek and Persian works there into Arabic.",
 [("House of Wisdom", "ORG"), ("Arabic", "MISC"), ("بيت الحكمة", "ORG"), ("Bayt al-Ḥikmah", "ORG"), ("Baghdad", "LOC"), ("al-Ma'mun", "PER"),
  ("al-Khwarizmi", "PER"), ("Hunayn ibn Ishaq", "PER"), ("Greek", "MISC"), ("Persian", "MISC"), ("Arabic", "MISC")]),
# wF129
("Kassav' is a zouk band formed in Pointe-à-Pitre, Guadeloupe, in 1979 by Pierre-Édouard Décimus and Jacob Desvarieux. Its 1984 hit Zouk-la-sé sèl médikaman nou ni, sung in Antillean Creole, gave the genre its widest audience in Africa and France.",
 [("Kassav'", "ORG"), ("Pointe-à-Pitre", "LOC"), ("Guadeloupe", "LOC"), ("Pierre-Édouard Décimus", "PER"), ("Jacob Desvarieux", "PER"),
  ("Zouk-la-sé sèl médikaman nou ni", "MISC"), ("Antillean Creole", "MISC"), ("Africa", "LOC"), ("France", "LOC")]),
# wF130
("GORGAN, Iran, Aug 25 (AFP) - Fazel Atrachali, the captain of Iran's kabaddi team, returned home on Saturday to a hero's welcome after his side beat India in the semi-final of the Asian Games in Jakarta. It was India's first defeat in the men's event since kabaddi was added to the programme in 1990.",
 [("GORGAN", "LOC"), ("Iran", "LOC"), ("AFP", "ORG"), ("Fazel Atrachali", "PER"), ("Iran", "LOC"), ("India", "LOC"), ("Asian Games", "MISC"), ("Jakarta", "LOC"),
  ("India", "LOC")]),
# wF131
("Nguyễn Du (3 January 1766 – 16 September 1820) was a Vietnamese poet from Nghi Xuân in Hà Tĩnh Province who served as an envoy of the Nguyễn dynasty to the Qing court. His verse novel The Tale of Kiều (Truyện Kiều) is regarded as the greatest work of Vietnamese literature.",
 [("Nguyễn Du", "PER"), ("Vietnamese", "MISC"), ("Nghi Xuân", "LOC"), ("Hà Tĩnh Province", "LOC"), ("Nguyễn", "LOC"), ("Qing", "LOC"), ("The Tale of Kiều", "MISC"),
  ("Truyện Kiều", "MISC"), ("Vietnamese", "MISC")]),
# wF132
("Snorri Sturluson (1179 – 23 September 1241) was an Icelandic historian, poet and chieftain who twice served as lawspeaker of the Althing. He is the author of the Prose Edda and probably of Heimskringla, a history of the kings of Norway, and he was killed at his farm at Reykholt.",
 [("Snorri Sturluson", "PER"), ("Icelandic", "MISC"), ("Althing", "ORG"), ("Prose Edda", "MISC"), ("Heimskringla", "MISC"), ("Norway", "LOC"), ("Reykholt", "LOC")]),
# wF133
("Shota Rustaveli (Georgian: შოთა რუსთაველი) was a 12th-century Georgian poet and treasurer at the court of Queen Tamar. His epic The Knight in the Panther's Skin is the national poem of Georgia, and the main avenue of the capital is named after him.",
 [("Shota Rustaveli", "PER"), ("Georgian", "MISC"), ("შოთა რუსთაველი", "PER"), ("Georgian", "MISC"), ("Tamar", "PER"), ("The Knight in the Panther's Skin", "MISC"),
  ("Georgia", "LOC")]),
# wF134
("Maimonides (Hebrew: משה בן מימון, Moshe ben Maimon; 1138 – 12 December 1204) was a Sephardic Jewish philosopher and physician born in Córdoba. After his family fled the city he settled in Fustat in Egypt, where he served as a physician at the court of Saladin and wrote the Guide for the Perplexed.",
 [("Maimonides", "PER"), ("Hebrew", "MISC"), ("משה בן מימון", "PER"), ("Moshe ben Maimon", "PER"), ("Sephardic", "MISC"), ("Jewish", "MISC"), ("Córdoba", "LOC"),
  ("Fustat", "LOC"), ("Egypt", "LOC"), ("Saladin", "PER"), ("Guide for the Perplexed", "MISC")]),
# wF135
("Sunthorn Phu (Thai: สุนทรภู่; 26 June 1786 – 1855) was a Thai poet at the court of the Rattanakosin Kingdom. His epic Phra Aphai Mani, written over some twenty years, is still taught in schools, and a memorial to him stands at Klaeng in Rayong Province.",
 [("Sunthorn Phu", "PER"), ("Thai", "MISC"), ("สุนทรภู่", "PER"), ("Thai", "MISC"), ("Rattanakosin Kingdom", "LOC"), ("Phra Aphai Mani", "MISC"), ("Klaeng", "LOC"),
  ("Rayong Province", "LOC")]),
# wF136
("The Academy of Athens (Greek: Ακαδημία Αθηνών) is Greece's national academy, founded in 1926. Its building on Panepistimiou Street, designed by Theophil Hansen, is flanked by tall statues of Plato and Socrates.",
 [("Academy of Athens", "ORG"), ("Greek", "MISC"), ("Ακαδημία Αθηνών", "ORG"), ("Greece", "LOC"), ("Panepistimiou Street", "LOC"), ("Theophil Hansen", "PER"),
  ("Plato", "PER"), ("Socrates", "PER")]),
# wF137
("Tilahun Gessesse (Amharic: ጥላሁን ገሠሠ; 27 September 1940 – 19 April 2009) was an Ethiopian singer who began his career with the Imperial Bodyguard Band in Addis Ababa in the late 1950s. Known to his fans as 'The Voice', he was given an honorary doctorate by Addis Ababa University in 2005.",
 [("Tilahun Gessesse", "PER"), ("Amharic", "MISC"), ("ጥላሁን ገሠሠ", "PER"), ("Ethiopian", "MISC"), ("Imperial Bodyguard Band", "ORG"), ("Addis Ababa", "LOC"),
  ("The Voice", "PER"), ("Addis Ababa University", "ORG")]),
# wF138
("Ignacy Łukasiewicz (8 March 1822 – 7 January 1882) was a Polish pharmacist who in 1853 built one of the first modern kerosene lamps in Lwów. Two years later he opened one of the world's first oil wells near Bóbrka, in what was then the Austrian province of Galicia.",
 [("Ignacy Łukasiewicz", "PER"), ("Polish", "MISC"), ("Lwów", "LOC"), ("Bóbrka", "LOC"), ("Austrian", "MISC"), ("Galicia", "LOC")]),
# wF139
("Mimar Sinan (c. 1490 – 17 July 1588) was the chief architect of three Ottoman sultans, Suleiman the Magnificent, Selim II and Murad III. His works include the Süleymaniye Mosque in Istanbul and the Selimiye Mosque in Edirne, which he called his masterpiece.",
 [("Mimar Sinan", "PER"), ("Ottoman", "MISC"), ("Suleiman the Magnificent", "PER"), ("Selim II", "PER"), ("Murad III", "PER"), ("Süleymaniye Mosque", "LOC"),
  ("Istanbul", "LOC"), ("Selimiye Mosque", "LOC"), ("Edirne", "LOC")]),
# wF140
("Sume was a Greenlandic rock band formed in Denmark in 1973 by the students Malik Høegh and Per Berthelsen. Its first album, Sumut, released on the Danish label ULO, was the first rock album sung in Greenlandic and became a symbol of the home-rule movement.",
 [("Sume", "ORG"), ("Greenlandic", "MISC"), ("Denmark", "LOC"), ("Malik Høegh", "PER"), ("Per Berthelsen", "PER"), ("Sumut", "MISC"), ("Danish", "MISC"), ("ULO", "ORG"),
  ("Greenlandic", "MISC")]),
# wF141
("The Swedish Academy (Swedish: Svenska Akademien) is one of the Royal Academies of Sweden, founded in 1786 by King Gustav III. Its eighteen members serve for life, and since 1901 it has chosen the laureates of the Nobel Prize in Literature.",
 [("Swedish Academy", "ORG"), ("Swedish", "MISC"), ("Svenska Akademien", "ORG"), ("Royal Academies of Sweden", "ORG"), ("Gustav III", "PER"),
  ("Nobel Prize in Literature", "MISC")]),
# wF142
("Tsongkhapa (1357–1419) was a Tibetan Buddhist monk and philosopher from Amdo whose teachings gave rise to the Gelug school. In 1409 he founded the Ganden Monastery near Lhasa and began the Great Prayer Festival, known in Tibetan as Monlam.",
 [("Tsongkhapa", "PER"), ("Tibetan", "MISC"), ("Buddhist", "MISC"), ("Amdo", "LOC"), ("Gelug", "MISC"), ("Ganden Monastery", "LOC"), ("Lhasa", "LOC"),
  ("Great Prayer Festival", "MISC"), ("Tibetan", "MISC"), ("Monlam", "MISC")]),
# wF143
("Café Tacvba is a Mexican rock band formed in Ciudad Satélite, near Mexico City, in 1989. The band took its name from the Café de Tacuba, an old restaurant in the centre of the capital, and its album Re (1994) mixes rock with son jarocho and norteño.",
 [("Café Tacvba", "ORG"), ("Mexican", "MISC"), ("Ciudad Satélite", "LOC"), ("Mexico City", "LOC"), ("Café de Tacuba", "LOC"), ("Re", "MISC")]),
# wF144
("Yothu Yindi was an Australian band formed in 1986 that combined Yolŋu song and dance with rock music. Led by the singer Mandawuy Yunupingu, a former school principal from Yirrkala in Arnhem Land, the band had its biggest hit in 1991 with Treaty.",
 [("Yothu Yindi", "ORG"), ("Australian", "MISC"), ("Yolŋu", "MISC"), ("Mandawuy Yunupingu", "PER"), ("Yirrkala", "LOC"), ("Arnhem Land", "LOC"), ("Treaty", "MISC")]),
# wF145
("The West-Eastern Divan Orchestra is an orchestra founded in 1999 by the conductor Daniel Barenboim and the scholar Edward Said, made up of young Israeli, Palestinian and other Arab musicians. Named after a collection of poems by Johann Wolfgang von Goethe, it is based in Seville, Spain.",
 [("West-Eastern Divan Orchestra", "ORG"), ("Daniel Barenboim", "PER"), ("Edward Said", "PER"), ("Israeli", "MISC"), ("Palestinian", "MISC"), ("Arab", "MISC"),
  ("Johann Wolfgang von Goethe", "PER"), ("Seville", "LOC"), ("Spain", "LOC")]),
# wF146
("The Gold Museum (Spanish: Museo del Oro) is a museum in Bogotá run by the Bank of the Republic of Colombia. Its collection of some 34,000 gold objects from pre-Hispanic cultures such as the Muisca, Quimbaya and Tairona includes a votive raft found near Pasca in 1969.",
 [("Gold Museum", "ORG"), ("Spanish", "MISC"), ("Museo del Oro", "ORG"), ("Bogotá", "LOC"), ("Bank of the Republic of Colombia", "ORG"), ("Hispanic", "MISC"),
  ("Muisca", "MISC"), ("Quimbaya", "MISC"), ("Tairona", "MISC"), ("Pasca", "LOC")]),
# wF147
("Ahmadu Bamba (1853 – 19 July 1927) was a Senegalese Sufi sheikh who founded the Mouride brotherhood in 1883. Exiled by the French colonial authorities to Gabon and Mauritania, he is commemorated each year by the Grand Magal pilgrimage to Touba.",
 [("Ahmadu Bamba", "PER"), ("Senegalese", "MISC"), ("Sufi", "MISC"), ("Mouride", "ORG"), ("French", "MISC"), ("Gabon", "LOC"), ("Mauritania", "LOC"), ("Grand Magal", "MISC"),
  ("Touba", "LOC")]),
# wF148
("Abel Tasman (1603 – 10 October 1659) was a Dutch seafarer and explorer who sailed for the Dutch East India Company. On his voyage of 1642–43 from Batavia he became the first known European to reach Van Diemen's Land, New Zealand and Tonga.",
 [("Abel Tasman", "PER"), ("Dutch", "MISC"), ("Dutch East India Company", "ORG"), ("Batavia", "LOC"), ("European", "MISC"), ("Van Diemen's Land", "LOC"),
  ("New Zealand", "LOC"), ("Tonga", "LOC")]),
# wF149
("MAZAR-I-SHARIF, Afghanistan, March 21 (AFP) - Hundreds of horsemen played buzkashi outside the Blue Mosque on Monday to mark Nowruz, the Persian new year. The winning rider, Ghulam Sakhi of Balkh province, was given a car by the provincial governor.",
 [("MAZAR-I-SHARIF", "LOC"), ("Afghanistan", "LOC"), ("AFP", "ORG"), ("Blue Mosque", "LOC"), ("Nowruz", "MISC"), ("Persian", "MISC"), ("Ghulam Sakhi", "PER"),
  ("Balkh", "LOC")]),
# wF150
("Humpy Koneru (born 31 March 1987) is an Indian chess grandmaster from Gudivada, Andhra Pradesh. In 2002 she became the youngest woman to earn the grandmaster title, breaking the record of Judit Polgár, and she won the Women's World Rapid Championship in 2019 and 2024.",
 [("Humpy Koneru", "PER"), ("Indian", "MISC"), ("Gudivada", "LOC"), ("Andhra Pradesh", "LOC"), ("Judit Polgár", "PER"), ("Women's World Rapid Championship", "MISC")]),
# wF151
("The Liam MacCarthy Cup is the trophy awarded to the winners of the All-Ireland Senior Hurling Championship. First presented in 1923 and named after a London-born official of the Gaelic Athletic Association, it was won that year by Galway.",
 [("Liam MacCarthy Cup", "MISC"), ("All-Ireland Senior Hurling Championship", "MISC"), ("London", "LOC"), ("Gaelic Athletic Association", "ORG"), ("Galway", "ORG")]),
# wF152
("Maurice Odumbe (born 15 June 1969) is a Kenyan former cricketer who captained Kenya at the 1999 Cricket World Cup. Born in Nairobi, he played club cricket for the Aga Khan Sports Club and was banned for five years in 2004 after an inquiry by the Kenya Cricket Association.",
 [("Maurice Odumbe", "PER"), ("Kenyan", "MISC"), ("Kenya", "LOC"), ("Cricket World Cup", "MISC"), ("Nairobi", "LOC"), ("Aga Khan Sports Club", "ORG"),
  ("Kenya Cricket Association", "ORG")]),
# wF153
("The Real Academia Española (RAE) is a Spanish institution founded in Madrid in 1713 by Juan Manuel Fernández Pacheco, Marquis of Villena. It publishes the Diccionario de la lengua española and works with the other members of the Association of Academies of the Spanish Language.",
 [("Real Academia Española", "ORG"), ("RAE", "ORG"), ("Spanish", "MISC"), ("Madrid", "LOC"), ("Juan Manuel Fernández Pacheco", "PER"), ("Villena", "LOC"),
  ("Diccionario de la lengua española", "MISC"), ("Association of Academies of the Spanish Language", "ORG")]),
# wF154
("The Great Indian Peninsula Railway was a railway company founded in 1849 whose first line, from Bori Bunder in Bombay to Thane, opened on 16 April 1853 as the first passenger railway in India. Its terminus, now the Chhatrapati Shivaji Maharaj Terminus, was completed in 1888.",
 [("Great Indian Peninsula Railway", "ORG"), ("Bori Bunder", "LOC"), ("Bombay", "LOC"), ("Thane", "LOC"), ("India", "LOC"), ("Chhatrapati Shivaji Maharaj Terminus", "LOC")]),
# wF155
("Ben Enwonwu (14 July 1917 – 5 February 1994) was a Nigerian painter and sculptor from Onitsha. His portrait of the Yoruba princess Adetutu Ademiluyi, known as Tutu (1974), was found in a London flat in 2017 and sold at Bonhams for £1.2 million.",
 [("Ben Enwonwu", "PER"), ("Nigerian", "MISC"), ("Onitsha", "LOC"), ("Yoruba", "MISC"), ("Adetutu Ademiluyi", "PER"), ("Tutu", "MISC"), ("London", "LOC"), ("Bonhams", "ORG")]),
# wF156
("Søren Kierkegaard (5 May 1813 – 11 November 1855) was a Danish philosopher and theologian from Copenhagen. Writing under pseudonyms such as Johannes Climacus, he attacked the Church of Denmark and Hegelian philosophy in works like Either/Or and Fear and Trembling.",
 [("Søren Kierkegaard", "PER"), ("Danish", "MISC"), ("Copenhagen", "LOC"), ("Johannes Climacus", "PER"), ("Church of Denmark", "ORG"), ("Hegelian", "MISC"),
  ("Either/Or", "MISC"), ("Fear and Trembling", "MISC")]),
# wF157
("Kitasato Shibasaburō (29 January 1853 – 13 June 1931) was a Japanese physician and bacteriologist who worked with Robert Koch in Berlin. In 1894 he identified the agent of bubonic plague during an outbreak in Hong Kong, and he later founded the Kitasato Institute in Tokyo.",
 [("Kitasato Shibasaburō", "PER"), ("Japanese", "MISC"), ("Robert Koch", "PER"), ("Berlin", "LOC"), ("Hong Kong", "LOC"), ("Kitasato Institute", "ORG"), ("Tokyo", "LOC")]),
# wF158
("Gabriel Toledo (born 30 May 1991), known as FalleN, is a Brazilian Counter-Strike player from São Paulo. As captain he led Luminosity Gaming to victory at the MLG Major Columbus and SK Gaming to the title at ESL One Cologne, both in 2016.",
 [("Gabriel Toledo", "PER"), ("FalleN", "PER"), ("Brazilian", "MISC"), ("Counter-Strike", "MISC"), ("São Paulo", "LOC"), ("Luminosity Gaming", "ORG"),
  ("MLG Major Columbus", "MISC"), ("SK Gaming", "ORG"), ("ESL One Cologne", "MISC")]),
# wF159
("Boban Marković Orkestar is a Serbian brass band from Vladičin Han led by the trumpeter Boban Marković. The band has won the Golden Trumpet at the Guča Trumpet Festival several times and played on the soundtrack of Emir Kusturica's film Underground.",
 [("Boban Marković Orkestar", "ORG"), ("Serbian", "MISC"), ("Vladičin Han", "LOC"), ("Boban Marković", "PER"), ("Golden Trumpet", "MISC"), ("Guča Trumpet Festival", "MISC"),
  ("Emir Kusturica", "PER"), ("Underground", "MISC")]),
# wF160
("The Swedish East India Company (Swedish: Svenska Ostindiska Companiet) was founded in Gothenburg in 1731 to trade with China. Its ships, such as the Götheborg, brought tea, silk and porcelain from Canton, and the company's old headquarters now house the Gothenburg City Museum.",
 [("Swedish East India Company", "ORG"), ("Swedish", "MISC"), ("Svenska Ostindiska Companiet", "ORG"), ("Gothenburg", "LOC"), ("China", "LOC"), ("Götheborg", "MISC"),
  ("Canton", "LOC"), ("Gothenburg City Museum", "ORG")]),
# wF161
("Kateri Tekakwitha (1656 – 17 April 1680) was a Mohawk Catholic laywoman born in Ossernenon, a village on the Mohawk River. Baptised by the Jesuit Jacques de Lamberville, she moved to the mission of Kahnawake near Montreal, and in 2012 Pope Benedict XVI declared her the first Native American saint.",
 [("Kateri Tekakwitha", "PER"), ("Mohawk", "MISC"), ("Catholic", "MISC"), ("Ossernenon", "LOC"), ("Mohawk River", "LOC"), ("Jesuit", "MISC"), ("Jacques de Lamberville", "PER"),
  ("Kahnawake", "LOC"), ("Montreal", "LOC"), ("Benedict XVI", "PER"), ("Native American", "MISC")]),
# wF162
("Beatrice Tinsley (27 January 1941 – 23 March 1981) was a New Zealand astronomer whose models of how galaxies age changed the study of cosmology. Born in Chester, England, she grew up in New Plymouth, studied at the University of Canterbury and later became a professor at Yale University.",
 [("Beatrice Tinsley", "PER"), ("New Zealand", "LOC"), ("Chester", "LOC"), ("England", "LOC"), ("New Plymouth", "LOC"), ("University of Canterbury", "ORG"),
  ("Yale University", "ORG")]),
# wF163
("Sanullim is a South Korean rock band formed in Seoul in 1977 by the brothers Kim Chang-wan, Kim Chang-hoon and Kim Chang-ik. Their first album, released on Seorabeol Records, is often named the most influential Korean rock record.",
 [("Sanullim", "ORG"), ("South Korean", "MISC"), ("Seoul", "LOC"), ("Kim Chang-wan", "PER"), ("Kim Chang-hoon", "PER"), ("Kim Chang-ik", "PER"), ("Seorabeol Records", "ORG"),
  ("Korean", "MISC")]),
# wF164
("The Union Steam Ship Company of New Zealand was founded in Dunedin in 1875 by the shipowner James Mills. By 1914 it was the largest shipping line in the Southern Hemisphere, with routes to Sydney, Fiji and San Francisco.",
 [("Union Steam Ship Company of New Zealand", "ORG"), ("Dunedin", "LOC"), ("James Mills", "PER"), ("Southern Hemisphere", "LOC"), ("Sydney", "LOC"), ("Fiji", "LOC"),
  ("San Francisco", "LOC")]),
# wF165
("Jiddu Krishnamurti (11 May 1895 – 17 February 1986) was an Indian philosopher and speaker from Madanapalle. Raised by the Theosophical Society at Adyar, in 1929 he dissolved the Order of the Star in the East, which had been set up to proclaim him a world teacher.",
 [("Jiddu Krishnamurti", "PER"), ("Indian", "MISC"), ("Madanapalle", "LOC"), ("Theosophical Society", "ORG"), ("Adyar", "LOC"), ("Order of the Star in the East", "ORG")]),
# wF166
("When my sister joined the Orchestre National de Lyon as a cellist, our grandmother took the train from Grenoble for every concert at the Auditorium Maurice-Ravel. She said the Berlioz nights were the best, because the composer was born in La Côte-Saint-André, a few kilometres from her village.",
 [("Orchestre National de Lyon", "ORG"), ("Grenoble", "LOC"), ("Auditorium Maurice-Ravel", "LOC"), ("Berlioz", "PER"), ("La Côte-Saint-André", "LOC")]),
# wF167
("Eratosthenes of Cyrene (c. 276 BC – c. 194 BC) was a Greek mathematician, geographer and astronomer who became chief librarian at the Library of Alexandria. He estimated the circumference of the globe by comparing the shadows cast at noon in Syene and in Alexandria.",
 [("Eratosthenes of Cyrene", "PER"), ("Greek", "MISC"), ("Library of Alexandria", "ORG"), ("Syene", "LOC"), ("Alexandria", "LOC")]),
# wF168
("Guillaume de Machaut (c. 1300 – April 1377) was a French composer and poet who served as secretary to John of Luxembourg, King of Bohemia. A canon of Reims Cathedral for most of his life, he wrote the Messe de Nostre Dame, one of the earliest complete mass settings by a single composer.",
 [("Guillaume de Machaut", "PER"), ("French", "MISC"), ("John of Luxembourg", "PER"), ("Bohemia", "LOC"), ("Reims Cathedral", "LOC"), ("Messe de Nostre Dame", "MISC")]),
# wF169
("Shahbaz Ahmed (born 1968) is a Pakistani former field hockey player from Faisalabad who captained Pakistan to the Hockey World Cup title in Sydney in 1994. He was named the best player of the 1990 and 1994 tournaments and later served as secretary of the Pakistan Hockey Federation.",
 [("Shahbaz Ahmed", "PER"), ("Pakistani", "MISC"), ("Faisalabad", "LOC"), ("Pakistan", "LOC"), ("Hockey World Cup", "MISC"), ("Sydney", "LOC"),
  ("Pakistan Hockey Federation", "ORG")]),
# wF170
("Jardine Matheson Holdings is a Hong Kong-based conglomerate founded in Canton in 1832 by the Scottish merchants William Jardine and James Matheson. It grew rich on the opium trade with China, and its companies today include Mandarin Oriental and Jardine Cycle & Carriage.",
 [("Jardine Matheson Holdings", "ORG"), ("Hong Kong", "LOC"), ("Canton", "LOC"), ("Scottish", "MISC"), ("William Jardine", "PER"), ("James Matheson", "PER"), ("China", "LOC"),
  ("Mandarin Oriental", "ORG"), ("Jardine Cycle & Carriage", "ORG")]),
# wF171
("Mihintale is a town in Anuradhapura District, North Central Province, Sri Lanka, where the monk Mahinda is said to have brought Buddhism to the island in the 3rd century BC. It is a place of pilgrimage for Sinhalese Buddhists during the full-moon festival of Poson.",
 [("Mihintale", "LOC"), ("Anuradhapura District", "LOC"), ("North Central Province", "LOC"), ("Sri Lanka", "LOC"), ("Mahinda", "PER"), ("Buddhism", "MISC"),
  ("Sinhalese Buddhists", "MISC"), ("Poson", "MISC")]),
# wF172
("Żelazowa Wola is a village in Gmina Sochaczew, Sochaczew County, Masovian Voivodeship, in east-central Poland. It is the birthplace of the composer Frédéric Chopin, and his family's manor house is now a museum run by the Fryderyk Chopin Institute.",
 [("Żelazowa Wola", "LOC"), ("Gmina Sochaczew", "LOC"), ("Sochaczew County", "LOC"), ("Masovian Voivodeship", "LOC"), ("Poland", "LOC"), ("Frédéric Chopin", "PER"),
  ("Fryderyk Chopin Institute", "ORG")]),
# wF173
("Afshona is a village in Peshku District, Bukhara Region, Uzbekistan, north of the city of Bukhara. The physician and philosopher Avicenna was born there around 980, and a small museum in the village is devoted to his life.",
 [("Afshona", "LOC"), ("Peshku District", "LOC"), ("Bukhara Region", "LOC"), ("Uzbekistan", "LOC"), ("Bukhara", "LOC"), ("Avicenna", "PER")]),
# wF174
("The Sepik is the longest river on the island of New Guinea, flowing for 1,126 km from the Victor Emanuel Range to the Bismarck Sea. The German explorer Otto Finsch reached its mouth in 1885 and named it the Kaiserin-Augusta-Fluss after the German empress.",
 [("Sepik", "LOC"), ("New Guinea", "LOC"), ("Victor Emanuel Range", "LOC"), ("Bismarck Sea", "LOC"), ("German", "MISC"), ("Otto Finsch", "PER"), ("Kaiserin-Augusta-Fluss", "LOC"),
  ("German", "MISC")]),
# wF175
("Lambaréné is a town in the Moyen-Ogooué Province of Gabon, on the Ogooué, the country's longest river. The theologian and physician Albert Schweitzer founded a hospital there in 1913, and the Albert Schweitzer Hospital still treats patients from across the region.",
 [("Lambaréné", "LOC"), ("Moyen-Ogooué Province", "LOC"), ("Gabon", "LOC"), ("Ogooué", "LOC"), ("Albert Schweitzer", "PER"), ("Albert Schweitzer Hospital", "ORG")]),
# wF176
("Assia Djebar (30 June 1936 – 6 February 2015), born Fatima-Zohra Imalayène, was an Algerian novelist and filmmaker from Cherchell. In 2005 she became the first writer from the Maghreb elected a member of the Académie française.",
 [("Assia Djebar", "PER"), ("Fatima-Zohra Imalayène", "PER"), ("Algerian", "MISC"), ("Cherchell", "LOC"), ("Maghreb", "LOC"), ("Académie française", "ORG")]),
# wF177
("Kim Hyuk-kyu (born 16 January 1997), known as Deft, is a South Korean League of Legends player who has played for Samsung Galaxy Blue, EDward Gaming, kt Rolster and DRX. With DRX he won the world championship in San Francisco in 2022.",
 [("Kim Hyuk-kyu", "PER"), ("Deft", "PER"), ("South Korean", "MISC"), ("League of Legends", "MISC"), ("Samsung Galaxy Blue", "ORG"), ("EDward Gaming", "ORG"),
  ("kt Rolster", "ORG"), ("DRX", "ORG"), ("DRX", "ORG"), ("San Francisco", "LOC")]),
# wF178
("Jamie Dwyer (born 12 March 1979) is an Australian former field hockey player from Rockhampton, Queensland, who played for Queensland Blades, Bloemendaal and Laren. He was named FIH Player of the Year five times and won gold with the Kookaburras at the 2004 Summer Olympics in Athens.",
 [("Jamie Dwyer", "PER"), ("Australian", "MISC"), ("Rockhampton", "LOC"), ("Queensland", "LOC"), ("Queensland Blades", "ORG"), ("Bloemendaal", "ORG"), ("Laren", "ORG"),
  ("FIH Player of the Year", "MISC"), ("Kookaburras", "ORG"), ("Summer Olympics", "MISC"), ("Athens", "LOC")]),
# wF179
("Bembeya Jazz National is a Guinean dance band formed in Beyla in 1961 and sponsored by the government of Ahmed Sékou Touré. Its album Regard sur le passé (1969), a musical history of the resistance leader Samori Ture, was released on the state label Syliphone.",
 [("Bembeya Jazz National", "ORG"), ("Guinean", "MISC"), ("Beyla", "LOC"), ("Ahmed Sékou Touré", "PER"), ("Regard sur le passé", "MISC"), ("Samori Ture", "PER"),
  ("Syliphone", "ORG")]),
# wF180
("Os Mutantes is a Brazilian rock band formed in São Paulo in 1966 by the brothers Arnaldo and Sérgio Dias Baptista and the singer Rita Lee. Their first album, Os Mutantes (1968), was released on Polydor Records and became a landmark of the Tropicália movement.",
 [("Os Mutantes", "ORG"), ("Brazilian", "MISC"), ("São Paulo", "LOC"), ("Arnaldo", "PER"), ("Sérgio Dias Baptista", "PER"), ("Rita Lee", "PER"), ("Os Mutantes", "MISC"),
  ("Polydor Records", "ORG"), ("Tropicália", "MISC")]),
# wF181
("Every five years my mother sings at the Estonian Song Festival in Tallinn, on the open-air grounds built for it in 1960. She learned the old songs from Veljo Tormis, who visited her school in Kuressaare, and she still says that 1988 was the year the singing changed the country.",
 [("Estonian Song Festival", "MISC"), ("Tallinn", "LOC"), ("Veljo Tormis", "PER"), ("Kuressaare", "LOC")]),
# wF182
("ANTANANARIVO, June 26 (AFP) - The Malagasy band Mahaleo played to a packed Mahamasina stadium on Saturday to celebrate fifty years on stage. Formed by school friends in Antsirabe in 1972, the group wrote songs that became anthems of the student protests that brought down President Philibert Tsiranana.",
 [("ANTANANARIVO", "LOC"), ("AFP", "ORG"), ("Malagasy", "MISC"), ("Mahaleo", "ORG"), ("Mahamasina", "LOC"), ("Antsirabe", "LOC"), ("Philibert Tsiranana", "PER")]),
# wF183
("Kanishka (reigned c. 127 – c. 150) was an emperor of the Kushan Empire who ruled from Purushapura, the present-day Peshawar, and from Mathura. A patron of Buddhism, he is said to have called the Fourth Buddhist Council in Kashmir, and his coins show Greek, Persian and Indian gods.",
 [("Kanishka", "PER"), ("Kushan Empire", "LOC"), ("Purushapura", "LOC"), ("Peshawar", "LOC"), ("Mathura", "LOC"), ("Buddhism", "MISC"), ("Fourth Buddhist Council", "MISC"),
  ("Kashmir", "LOC"), ("Greek", "MISC"), ("Persian", "MISC"), ("Indian", "MISC")]),
# wF184
("Ányos Jedlik (11 January 1800 – 13 December 1895) was a Hungarian Benedictine monk, physicist and inventor from Szímő. In the 1820s he built one of the first electric motors, and he later taught physics at the University of Pest for more than forty years.",
 [("Ányos Jedlik", "PER"), ("Hungarian", "MISC"), ("Benedictine", "MISC"), ("Szímő", "LOC"), ("University of Pest", "ORG")]),
# wF185
("Ibn al-Haytham (c. 965 – c. 1040), known in Latin as Alhazen, was an Arab mathematician, astronomer and physicist from Basra. Working in Cairo in the reign of the caliph al-Hakim, he wrote the seven-volume Book of Optics, which explained vision by light entering the eye.",
 [("Ibn al-Haytham", "PER"), ("Latin", "MISC"), ("Alhazen", "PER"), ("Arab", "MISC"), ("Basra", "LOC"), ("Cairo", "LOC"), ("al-Hakim", "PER"), ("Book of Optics", "MISC")]),
# wF186
("Fo Guang Shan is a Chinese Mahayana Buddhist monastic order founded in 1967 by the monk Hsing Yun in Dashu District, Kaohsiung, Taiwan. It runs temples on five continents, including Nan Tien Temple near Wollongong in Australia, and the Buddha Museum beside its headquarters.",
 [("Fo Guang Shan", "ORG"), ("Chinese", "MISC"), ("Mahayana Buddhist", "MISC"), ("Hsing Yun", "PER"), ("Dashu District", "LOC"), ("Kaohsiung", "LOC"), ("Taiwan", "LOC"),
  ("Nan Tien Temple", "LOC"), ("Wollongong", "LOC"), ("Australia", "LOC"), ("Buddha Museum", "ORG")]),
# wF187
("The Institut Fondamental d'Afrique Noire (IFAN) is a research institute in Dakar founded in 1936 by the French administration of French West Africa. Since 1986 it has borne the name of the historian Cheikh Anta Diop, and its museum of African arts stands on the Place de Soweto.",
 [("Institut Fondamental d'Afrique Noire", "ORG"), ("IFAN", "ORG"), ("Dakar", "LOC"), ("French", "MISC"), ("French West Africa", "LOC"), ("Cheikh Anta Diop", "PER"),
  ("African", "MISC"), ("Place de Soweto", "LOC")]),
# wF188
("Ōsunaarashi Kintarō (born Abdelrahman Ahmed Shalan; 10 January 1992) is an Egyptian former sumo wrestler from Giza and the first wrestler from Africa to reach the top division. He fought for the Ōtake stable and retired in 2018 after he was found to have driven without a licence.",
 [("Ōsunaarashi Kintarō", "PER"), ("Abdelrahman Ahmed Shalan", "PER"), ("Egyptian", "MISC"), ("Giza", "LOC"), ("Africa", "LOC"), ("Ōtake", "ORG")]),
# wF189
("Paul Morphy (June 22, 1837 – July 10, 1884) was an American chess player from New Orleans, regarded as the strongest player of his time. During a tour of Europe in 1858 he defeated Adolf Anderssen in Paris and played eight blindfold games at once at the Café de la Régence.",
 [("Paul Morphy", "PER"), ("American", "MISC"), ("New Orleans", "LOC"), ("Europe", "LOC"), ("Adolf Anderssen", "PER"), ("Paris", "LOC"), ("Café de la Régence", "LOC")]),
# wF190
("Kwasi Wiredu (3 October 1931 – 6 January 2022) was a Ghanaian philosopher from Kumasi who taught at the University of Ghana and the University of South Florida. His book Philosophy and an African Culture (1980) called for the conceptual decolonisation of African thought.",
 [("Kwasi Wiredu", "PER"), ("Ghanaian", "MISC"), ("Kumasi", "LOC"), ("University of Ghana", "ORG"), ("University of South Florida", "ORG"),
  ("Philosophy and an African Culture", "MISC"), ("African", "MISC")]),
# wF191
("The National Palace Museum is a museum in Taipei, Taiwan, whose collection of some 700,000 objects came mostly from the imperial collection in the Forbidden City in Beijing. The collection was shipped to Taiwan by the Kuomintang government in 1948 and 1949, near the end of the Chinese Civil War.",
 [("National Palace Museum", "ORG"), ("Taipei", "LOC"), ("Taiwan", "LOC"), ("Forbidden City", "LOC"), ("Beijing", "LOC"), ("Taiwan", "LOC"), ("Kuomintang", "ORG"),
  ("Chinese Civil War", "MISC")]),
# wF192
("Chiquinha Gonzaga (17 October 1847 – 28 February 1935) was a Brazilian composer and pianist, and the first woman to conduct an orchestra in Brazil. Her march Ó Abre Alas (1899), written for the Rosa de Ouro carnival club, is often called the first song composed for the Rio Carnival.",
 [("Chiquinha Gonzaga", "PER"), ("Brazilian", "MISC"), ("Brazil", "LOC"), ("Ó Abre Alas", "MISC"), ("Rosa de Ouro", "ORG"), ("Rio Carnival", "MISC")]),
# wF193
("The Panama Railroad Company was an American company that built a railway across the Isthmus of Panama between 1850 and 1855, linking Colón on the Caribbean with Panama City on the Pacific. During the California Gold Rush it carried thousands of prospectors bound for San Francisco.",
 [("Panama Railroad Company", "ORG"), ("American", "MISC"), ("Isthmus of Panama", "LOC"), ("Colón", "LOC"), ("Caribbean", "LOC"), ("Panama City", "LOC"), ("Pacific", "LOC"),
  ("California Gold Rush", "MISC"), ("San Francisco", "LOC")]),
# wF194
("Ralph Hotere (11 August 1931 – 24 February 2013) was a New Zealand painter of Te Aupōuri descent, born in Mitimiti in Northland. Many of his black paintings quote the poems of Hone Tūwhare, and his Black Phoenix (1984–88) was made from the burnt hull of a fishing boat.",
 [("Ralph Hotere", "PER"), ("New Zealand", "LOC"), ("Te Aupōuri", "MISC"), ("Mitimiti", "LOC"), ("Northland", "LOC"), ("Hone Tūwhare", "PER"), ("Black Phoenix", "MISC")]),
# wF195
("The Alexandrov Ensemble is the official army choir of the Russian Armed Forces, founded in 1928 by Alexander Vasilyevich Alexandrov, the composer of the national anthem of the Soviet Union. In December 2016 most of its singers died when the military plane carrying them to Syria crashed into the Black Sea.",
 [("Alexandrov Ensemble", "ORG"), ("Russian Armed Forces", "ORG"), ("Alexander Vasilyevich Alexandrov", "PER"), ("Soviet Union", "LOC"), ("Syria", "LOC"), ("Black Sea", "LOC")]),
# wF196
("DHARAMSALA, India, July 6 (Reuters) - Thousands of Tibetan exiles gathered at the Tsuglagkhang temple on Sunday to mark the 90th birthday of the Dalai Lama, who has said his successor will be recognised by the Gaden Phodrang Trust, the office he set up in 2015. The Central Tibetan Administration urged Beijing not to interfere.",
 [("DHARAMSALA", "LOC"), ("India", "LOC"), ("Reuters", "ORG"), ("Tibetan", "MISC"), ("Tsuglagkhang", "LOC"), ("Dalai Lama", "PER"), ("Gaden Phodrang Trust", "ORG"),
  ("Central Tibetan Administration", "ORG"), ("Beijing", "LOC")]),
# wF197
("Ahmed Hassanein (1889 – 1946) was an Egyptian diplomat and explorer who in 1923 crossed the Libyan Desert by camel from Sallum to Darfur, finding the oases of Arkenu and Uweinat on the way. His account of the journey, The Lost Oases, was published two years later.",
 [("Ahmed Hassanein", "PER"), ("Egyptian", "MISC"), ("Libyan Desert", "LOC"), ("Sallum", "LOC"), ("Darfur", "LOC"), ("Arkenu", "LOC"), ("Uweinat", "LOC"), ("The Lost Oases", "MISC")]),
# wF198
("LOUD is a Brazilian esports organisation founded in São Paulo in 2019. Its Valorant team won the Valorant Champions tournament in Istanbul in 2022, and its Free Fire players are among the most followed streamers in Latin America.",
 [("LOUD", "ORG"), ("Brazilian", "MISC"), ("São Paulo", "LOC"), ("Valorant", "MISC"), ("Valorant Champions", "MISC"), ("Istanbul", "LOC"), ("Free Fire", "MISC"),
  ("Latin America", "LOC")]),
# wF199
("Ban Zhao (c. 45 – c. 117) was a Chinese historian and poet of the Eastern Han dynasty who completed the Book of Han, begun by her father Ban Biao and her brother Ban Gu. She also wrote Lessons for Women, a guide to conduct that was read for centuries.",
 [("Ban Zhao", "PER"), ("Chinese", "MISC"), ("Eastern Han", "LOC"), ("Book of Han", "MISC"), ("Ban Biao", "PER"), ("Ban Gu", "PER"), ("Lessons for Women", "MISC")]),
# wF200
("Nga Phe Kyaung is a wooden Buddhist monastery built on stilts over Inle Lake in Shan State, Myanmar, in 1850. Once known for the cats its monks trained to jump through hoops, it also holds old statues of the Buddha made by Shan, Tibetan and Bagan craftsmen.",
 [("Nga Phe Kyaung", "LOC"), ("Buddhist", "MISC"), ("Inle Lake", "LOC"), ("Shan State", "LOC"), ("Myanmar", "LOC"), ("Buddha", "PER"), ("Shan", "MISC"), ("Tibetan", "MISC"),
  ("Bagan", "LOC")]),
]
