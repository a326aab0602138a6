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
]
