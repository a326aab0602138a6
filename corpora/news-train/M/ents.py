# Decision lists for news-train part M (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` such
# matches first (default 0). Ids are wM001, wM002, ... in order.

DOCS = [
# wM001
('1996-09-08',
 'SOCCER - ITALIAN LEAGUE RESULTS.\nROME 1996-09-08\nResults of Italian first division matches on Sunday: Atalanta 1 Sampdoria 1, Bologna 2 Cagliari 0, Fiorentina 0 Udinese 0, Lazio 3 Reggiana 1, Perugia 2 Vicenza 2, Piacenza 0 Parma 1, Verona 1 Napoli 3.',
 [('ITALIAN', 'MISC'), ('ROME', 'LOC'), ('Italian', 'MISC'), ('Atalanta', 'ORG'), ('Sampdoria', 'ORG'), ('Bologna', 'ORG'), ('Cagliari', 'ORG'), ('Fiorentina', 'ORG'), ('Udinese', 'ORG'), ('Lazio', 'ORG'), ('Reggiana', 'ORG'), ('Perugia', 'ORG'), ('Vicenza', 'ORG'), ('Piacenza', 'ORG'), ('Parma', 'ORG'), ('Verona', 'ORG'), ('Napoli', 'ORG')]),
# wM002
('1996-09-15',
 'SOCCER - JUVENTUS BEAT INTER WITH LATE GOAL.\nTURIN 1996-09-15\nJuventus beat Inter Milan 1-0 in the Italian league on Sunday with a header from substitute Fabrizio Montanelli in the 87th minute. Montanelli, signed from Cremonese in July, met a cross from Croatian winger Dario Sertic at the far post. Inter coach Ottavio Bianchi complained that Sertic had been offside.',
 [('JUVENTUS', 'ORG'), ('INTER', 'ORG'), ('TURIN', 'LOC'), ('Juventus', 'ORG'), ('Inter Milan', 'ORG'), ('Italian', 'MISC'), ('Fabrizio Montanelli', 'PER'), ('Montanelli', 'PER'), ('Cremonese', 'ORG'), ('Croatian', 'MISC'), ('Dario Sertic', 'PER'), ('Inter', 'ORG'), ('Ottavio Bianchi', 'PER'), ('Sertic', 'PER')]),
# wM003
('1996-10-20',
 'SOCCER - SPANISH FIRST DIVISION SUMMARIES.\nMADRID 1996-10-20\nSummaries of Spanish first division matches played on Sunday:\nReal Betis 2 (Aitor Larrazabal 14, Rafael Cuenca 71) Compostela 1 (Nemanja Lukic 55). Halftime 1-0. Attendance 32,000.\nTenerife 0 Deportivo Coruna 0. Attendance 18,000.\nSporting Gijon 3 (Ismael Quiros 5, 40, Jose Maria Ablanedo 62) Hercules 1 (Lucio Bravo pen 80). Halftime 2-0.',
 [('SPANISH', 'MISC'), ('MADRID', 'LOC'), ('Spanish', 'MISC'), ('Real Betis', 'ORG'), ('Aitor Larrazabal', 'PER'), ('Rafael Cuenca', 'PER'), ('Compostela', 'ORG'), ('Nemanja Lukic', 'PER'), ('Tenerife', 'ORG'), ('Deportivo Coruna', 'ORG'), ('Sporting Gijon', 'ORG'), ('Ismael Quiros', 'PER'), ('Jose Maria Ablanedo', 'PER'), ('Hercules', 'ORG'), ('Lucio Bravo', 'PER')]),
# wM004
('1996-11-03',
 "SOCCER - RONALDO SCORES TWICE AS BARCELONA WIN.\nBARCELONA 1996-11-03\nBrazilian striker Ronaldo scored twice as Barcelona beat Rayo Vallecano 4-1 at the Nou Camp on Sunday to stay two points behind leaders Real Madrid. Rayo had led through a 12th-minute goal from Argentine Hernan Sosa Leguizamon before Ronaldo levelled from Luis Figo's pass.",
 [('RONALDO', 'PER'), ('BARCELONA', 'ORG'), ('BARCELONA', 'LOC'), ('Brazilian', 'MISC'), ('Ronaldo', 'PER'), ('Barcelona', 'ORG'), ('Rayo Vallecano', 'ORG'), ('Nou Camp', 'LOC'), ('Real Madrid', 'ORG'), ('Rayo', 'ORG'), ('Argentine', 'MISC'), ('Hernan Sosa Leguizamon', 'PER'), ('Ronaldo', 'PER'), ('Luis Figo', 'PER')]),
# wM005
('1996-08-31',
 'SOCCER - GERMAN FIRST DIVISION RESULTS.\nBONN 1996-08-31\nResults of German first division matches on Saturday: Bayer Leverkusen 2 Hansa Rostock 0, Arminia Bielefeld 1 VfB Stuttgart 1, Fortuna Duesseldorf 0 Borussia Moenchengladbach 2, St Pauli 3 Freiburg 2, Schalke 1 Karlsruhe 1, 1860 Munich 2 Cologne 0.',
 [('GERMAN', 'MISC'), ('BONN', 'LOC'), ('German', 'MISC'), ('Bayer Leverkusen', 'ORG'), ('Hansa Rostock', 'ORG'), ('Arminia Bielefeld', 'ORG'), ('VfB Stuttgart', 'ORG'), ('Fortuna Duesseldorf', 'ORG'), ('Borussia Moenchengladbach', 'ORG'), ('St Pauli', 'ORG'), ('Freiburg', 'ORG'), ('Schalke', 'ORG'), ('Karlsruhe', 'ORG'), ('1860 Munich', 'ORG'), ('Cologne', 'ORG')]),
# wM006
('1996-09-21',
 "SOCCER - BUNDESLIGA STANDINGS.\nBONN 1996-09-21\nBundesliga standings after Saturday's matches (tabulate under played, won, drawn, lost, goals for, against, points):\nBayern Munich 7 5 2 0 14 5 17\nVfB Stuttgart 7 5 1 1 19 6 16\nBorussia Dortmund 7 4 2 1 15 8 14\nBayer Leverkusen 7 4 1 2 13 9 13\nWerder Bremen 7 3 2 2 11 10 11\nHamburg 7 3 1 3 10 11 10",
 [('BUNDESLIGA', 'MISC'), ('BONN', 'LOC'), ('Bundesliga', 'MISC'), ('Bayern Munich', 'ORG'), ('VfB Stuttgart', 'ORG'), ('Borussia Dortmund', 'ORG'), ('Bayer Leverkusen', 'ORG'), ('Werder Bremen', 'ORG'), ('Hamburg', 'ORG')]),
# wM007
('1996-10-06',
 'SOCCER - FRENCH LEAGUE SUMMARY.\nPARIS 1996-10-06\nParis St Germain went four points clear at the top of the French first division on Saturday after a 2-0 win over Guingamp at the Parc des Princes. Liberian international Samuel Kpakolo headed the first after 23 minutes and Patrice Loko added the second. Monaco were held 1-1 at Caen and Auxerre lost 2-1 at Lens.',
 [('FRENCH', 'MISC'), ('PARIS', 'LOC'), ('Paris St Germain', 'ORG'), ('French', 'MISC'), ('Guingamp', 'ORG'), ('Parc des Princes', 'LOC'), ('Liberian', 'MISC'), ('Samuel Kpakolo', 'PER'), ('Patrice Loko', 'PER'), ('Monaco', 'ORG'), ('Caen', 'ORG'), ('Auxerre', 'ORG'), ('Lens', 'ORG')]),
# wM008
('1996-12-15',
 'SOCCER - DUTCH FIRST DIVISION RESULTS.\nAMSTERDAM 1996-12-15\nResults of Dutch first division matches on Sunday: PSV Eindhoven 4 NAC Breda 0, Ajax 1 Feyenoord 1, Vitesse Arnhem 2 Fortuna Sittard 1, RKC Waalwijk 0 Twente Enschede 3, Heerenveen 2 Volendam 2, Graafschap Doetinchem 1 Sparta Rotterdam 0.',
 [('DUTCH', 'MISC'), ('AMSTERDAM', 'LOC'), ('Dutch', 'MISC'), ('PSV Eindhoven', 'ORG'), ('NAC Breda', 'ORG'), ('Ajax', 'ORG'), ('Feyenoord', 'ORG'), ('Vitesse Arnhem', 'ORG'), ('Fortuna Sittard', 'ORG'), ('RKC Waalwijk', 'ORG'), ('Twente Enschede', 'ORG'), ('Heerenveen', 'ORG'), ('Volendam', 'ORG'), ('Graafschap Doetinchem', 'ORG'), ('Sparta Rotterdam', 'ORG')]),
# wM009
('1996-11-24',
 'SOCCER - PORTUGUESE LEAGUE RESULTS.\nLISBON 1996-11-24\nResults of Portuguese first division matches on Sunday: Porto 3 Boavista 1, Sporting 2 Maritimo 0, Salgueiros 1 Benfica 1, Vitoria Guimaraes 2 Espinho 0, Leca 0 Farense 0, Chaves 1 Braga 2.',
 [('PORTUGUESE', 'MISC'), ('LISBON', 'LOC'), ('Portuguese', 'MISC'), ('Porto', 'ORG'), ('Boavista', 'ORG'), ('Sporting', 'ORG'), ('Maritimo', 'ORG'), ('Salgueiros', 'ORG'), ('Benfica', 'ORG'), ('Vitoria Guimaraes', 'ORG'), ('Espinho', 'ORG'), ('Leca', 'ORG'), ('Farense', 'ORG'), ('Chaves', 'ORG'), ('Braga', 'ORG')]),
# wM010
('1997-03-09',
 'SOCCER - BENFICA SACK COACH AFTER DERBY DEFEAT.\nLISBON 1997-03-09\nBenfica dismissed coach Paulo Autuori on Sunday, a day after a 3-0 home defeat by city rivals Sporting left the club 14 points behind leaders Porto. Club president Manuel Damasio told the sports daily A Bola that former Angolan international Mario Calado would take charge of training until a successor was named.',
 [('BENFICA', 'ORG'), ('LISBON', 'LOC'), ('Benfica', 'ORG'), ('Paulo Autuori', 'PER'), ('Sporting', 'ORG'), ('Porto', 'ORG'), ('Manuel Damasio', 'PER'), ('A Bola', 'ORG'), ('Angolan', 'MISC'), ('Mario Calado', 'PER')]),
# wM011
('1996-10-27',
 'SOCCER - SCOTTISH PREMIER DIVISION RESULTS.\nGLASGOW 1996-10-27\nResults of Scottish premier division matches on Saturday: Aberdeen 1 Hibernian 1, Dunfermline 2 Kilmarnock 1, Hearts 0 Rangers 3, Motherwell 1 Dundee United 0, Raith Rovers 0 Celtic 2.\nScorers at Tynecastle: Rangers - Brian Laudrup 19, Alan McLaren 55, Gordon Durie 81.',
 [('SCOTTISH', 'MISC'), ('GLASGOW', 'LOC'), ('Scottish', 'MISC'), ('Aberdeen', 'ORG'), ('Hibernian', 'ORG'), ('Dunfermline', 'ORG'), ('Kilmarnock', 'ORG'), ('Hearts', 'ORG'), ('Rangers', 'ORG'), ('Motherwell', 'ORG'), ('Dundee United', 'ORG'), ('Raith Rovers', 'ORG'), ('Celtic', 'ORG'), ('Tynecastle', 'LOC'), ('Rangers', 'ORG'), ('Brian Laudrup', 'PER'), ('Alan McLaren', 'PER'), ('Gordon Durie', 'PER')]),
# wM012
('1996-12-07',
 "SOCCER - ENGLISH LEAGUE SUMMARY.\nLONDON 1996-12-07\nNewcastle slipped to fourth in the Premier League on Saturday after a 2-1 defeat at Sheffield Wednesday, while leaders Liverpool drew 0-0 with Sunderland. Wednesday's winner came from Nigerian forward Emeka Okonkwo in the 76th minute, three minutes after Peter Beardsley had equalised for the visitors.",
 [('ENGLISH', 'MISC'), ('LONDON', 'LOC'), ('Newcastle', 'ORG'), ('Premier League', 'MISC'), ('Sheffield Wednesday', 'ORG'), ('Liverpool', 'ORG'), ('Sunderland', 'ORG'), ('Wednesday', 'ORG'), ('Nigerian', 'MISC'), ('Emeka Okonkwo', 'PER'), ('Peter Beardsley', 'PER')]),
# wM013
('1997-02-16',
 'SOCCER - BELGIAN FIRST DIVISION RESULTS.\nBRUSSELS 1997-02-16\nResults of Belgian first division matches on Sunday: Anderlecht 2 Standard Liege 2, Club Brugge 3 Lommel 0, Lierse 1 Germinal Ekeren 0, Mouscron 4 Charleroi 1, Aalst 0 Ghent 1, Harelbeke 1 Molenbeek 1.',
 [('BELGIAN', 'MISC'), ('BRUSSELS', 'LOC'), ('Belgian', 'MISC'), ('Anderlecht', 'ORG'), ('Standard Liege', 'ORG'), ('Club Brugge', 'ORG'), ('Lommel', 'ORG'), ('Lierse', 'ORG'), ('Germinal Ekeren', 'ORG'), ('Mouscron', 'ORG'), ('Charleroi', 'ORG'), ('Aalst', 'ORG'), ('Ghent', 'ORG'), ('Harelbeke', 'ORG'), ('Molenbeek', 'ORG')]),
# wM014
('1996-09-29',
 'SOCCER - GREEK CHAMPIONSHIP RESULTS.\nATHENS 1996-09-29\nResults of Greek first division matches on Sunday: Olympiakos 3 Ethnikos Piraeus 0, Panathinaikos 1 Iraklis 0, AEK Athens 2 PAOK Salonika 2, OFI Crete 1 Xanthi 0, Aris Salonika 0 Larissa 1.',
 [('GREEK', 'MISC'), ('ATHENS', 'LOC'), ('Greek', 'MISC'), ('Olympiakos', 'ORG'), ('Ethnikos Piraeus', 'ORG'), ('Panathinaikos', 'ORG'), ('Iraklis', 'ORG'), ('AEK Athens', 'ORG'), ('PAOK Salonika', 'ORG'), ('OFI Crete', 'ORG'), ('Xanthi', 'ORG'), ('Aris Salonika', 'ORG'), ('Larissa', 'ORG')]),
# wM015
('1997-04-13',
 'SOCCER - GALATASARAY STAY TOP IN TURKEY.\nISTANBUL 1997-04-13\nGalatasaray beat Kocaelispor 2-0 on Sunday to stay three points clear of Besiktas in the Turkish first division, while Fenerbahce won 3-1 at Trabzonspor. Hakan Sukur scored both Galatasaray goals, taking his tally for the season to 31, and Romanian midfielder Gheorghe Hagi was booked for dissent.',
 [('GALATASARAY', 'ORG'), ('TURKEY', 'LOC'), ('ISTANBUL', 'LOC'), ('Galatasaray', 'ORG'), ('Kocaelispor', 'ORG'), ('Besiktas', 'ORG'), ('Turkish', 'MISC'), ('Fenerbahce', 'ORG'), ('Trabzonspor', 'ORG'), ('Hakan Sukur', 'PER'), ('Galatasaray', 'ORG'), ('Romanian', 'MISC'), ('Gheorghe Hagi', 'PER')]),
# wM016
('1997-05-04',
 'SOCCER - RUSSIAN PREMIER LEAGUE RESULTS.\nMOSCOW 1997-05-04\nResults of Russian premier league matches on Sunday: Spartak Moscow 2 Rotor Volgograd 1, Alania Vladikavkaz 1 Dynamo Moscow 0, Lokomotiv Moscow 3 Zhemchuzhina Sochi 0, Krylya Sovetov Samara 0 CSKA Moscow 0, Torpedo Moscow 1 Uralmash Yekaterinburg 1, Baltika Kaliningrad 2 Chernomorets Novorossiisk 1.',
 [('RUSSIAN', 'MISC'), ('MOSCOW', 'LOC'), ('Russian', 'MISC'), ('Spartak Moscow', 'ORG'), ('Rotor Volgograd', 'ORG'), ('Alania Vladikavkaz', 'ORG'), ('Dynamo Moscow', 'ORG'), ('Lokomotiv Moscow', 'ORG'), ('Zhemchuzhina Sochi', 'ORG'), ('Krylya Sovetov Samara', 'ORG'), ('CSKA Moscow', 'ORG'), ('Torpedo Moscow', 'ORG'), ('Uralmash Yekaterinburg', 'ORG'), ('Baltika Kaliningrad', 'ORG'), ('Chernomorets Novorossiisk', 'ORG')]),
# wM017
('1996-10-12',
 'SOCCER - DYNAMO KIEV EXTEND LEAD IN UKRAINE.\nKIEV 1996-10-12\nDynamo Kiev beat Shakhtar Donetsk 2-0 on Saturday to go five points clear in the Ukrainian championship. Striker Serhiy Rebrov scored after 35 minutes and Vitaly Kosovsky added a second from a free kick. Chornomorets Odessa drew 1-1 with Dnipro Dnipropetrovsk.',
 [('DYNAMO KIEV', 'ORG'), ('UKRAINE', 'LOC'), ('KIEV', 'LOC'), ('Dynamo Kiev', 'ORG'), ('Shakhtar Donetsk', 'ORG'), ('Ukrainian', 'MISC'), ('Serhiy Rebrov', 'PER'), ('Vitaly Kosovsky', 'PER'), ('Chornomorets Odessa', 'ORG'), ('Dnipro Dnipropetrovsk', 'ORG')]),
# wM018
('1997-05-17',
 'SOCCER - POLISH LEAGUE RESULTS.\nWARSAW 1997-05-17\nResults of Polish first division matches on Saturday: Widzew Lodz 2 Legia Warsaw 1, GKS Katowice 0 Polonia Warsaw 0, Lech Poznan 3 Zaglebie Lubin 1, Wisla Krakow 1 Ruch Chorzow 2, Stomil Olsztyn 1 Amica Wronki 0.',
 [('POLISH', 'MISC'), ('WARSAW', 'LOC'), ('Polish', 'MISC'), ('Widzew Lodz', 'ORG'), ('Legia Warsaw', 'ORG'), ('GKS Katowice', 'ORG'), ('Polonia Warsaw', 'ORG'), ('Lech Poznan', 'ORG'), ('Zaglebie Lubin', 'ORG'), ('Wisla Krakow', 'ORG'), ('Ruch Chorzow', 'ORG'), ('Stomil Olsztyn', 'ORG'), ('Amica Wronki', 'ORG')]),
# wM019
('1996-11-17',
 'SOCCER - CZECH LEAGUE RESULTS.\nPRAGUE 1996-11-17\nResults of Czech first division matches played at the weekend: Slavia Prague 2 Sigma Olomouc 0, Sparta Prague 4 Viktoria Zizkov 1, Boby Brno 1 Banik Ostrava 1, Jablonec 0 Slovan Liberec 2, Hradec Kralove 3 Drnovice 2.',
 [('CZECH', 'MISC'), ('PRAGUE', 'LOC'), ('Czech', 'MISC'), ('Slavia Prague', 'ORG'), ('Sigma Olomouc', 'ORG'), ('Sparta Prague', 'ORG'), ('Viktoria Zizkov', 'ORG'), ('Boby Brno', 'ORG'), ('Banik Ostrava', 'ORG'), ('Jablonec', 'ORG'), ('Slovan Liberec', 'ORG'), ('Hradec Kralove', 'ORG'), ('Drnovice', 'ORG')]),
# wM020
('1997-03-22',
 'SOCCER - STEAUA HELD IN BUCHAREST DERBY.\nBUCHAREST 1997-03-22\nChampions Steaua Bucharest were held 1-1 by Dinamo Bucharest on Saturday in the Romanian first division. Dinamo went ahead through Ionel Ganea Voicu in the 30th minute and Steaua levelled when defender Anton Dobos headed in a corner. Rapid Bucharest beat Universitatea Craiova 3-0.',
 [('STEAUA', 'ORG'), ('BUCHAREST', 'LOC'), ('BUCHAREST', 'LOC'), ('Steaua Bucharest', 'ORG'), ('Dinamo Bucharest', 'ORG'), ('Romanian', 'MISC'), ('Dinamo', 'ORG'), ('Ionel Ganea Voicu', 'PER'), ('Steaua', 'ORG'), ('Anton Dobos', 'PER'), ('Rapid Bucharest', 'ORG'), ('Universitatea Craiova', 'ORG')]),
# wM021
('1996-10-26',
 'SOCCER - BULGARIAN LEAGUE RESULTS.\nSOFIA 1996-10-26\nResults of Bulgarian first division matches on Saturday: CSKA Sofia 2 Levski Sofia 2, Neftochimik Burgas 1 Slavia Sofia 0, Lokomotiv Plovdiv 3 Spartak Varna 1, Botev Plovdiv 0 Litex Lovech 1, Dobrudzha Dobrich 2 Etar Veliko Tarnovo 0.',
 [('BULGARIAN', 'MISC'), ('SOFIA', 'LOC'), ('Bulgarian', 'MISC'), ('CSKA Sofia', 'ORG'), ('Levski Sofia', 'ORG'), ('Neftochimik Burgas', 'ORG'), ('Slavia Sofia', 'ORG'), ('Lokomotiv Plovdiv', 'ORG'), ('Spartak Varna', 'ORG'), ('Botev Plovdiv', 'ORG'), ('Litex Lovech', 'ORG'), ('Dobrudzha Dobrich', 'ORG'), ('Etar Veliko Tarnovo', 'ORG')]),
# wM022
('1997-04-26',
 'SOCCER - RED STAR WIN BELGRADE DERBY.\nBELGRADE 1997-04-26\nRed Star Belgrade beat Partizan Belgrade 2-1 in front of 50,000 fans at the Marakana on Saturday. Dejan Stankovic and Perica Ognjenovic scored for Red Star and Partizan replied through Milan Vujacic-Popov in the 89th minute. Partizan still lead the Yugoslav league by four points.',
 [('RED STAR', 'ORG'), ('BELGRADE', 'LOC'), ('BELGRADE', 'LOC'), ('Red Star Belgrade', 'ORG'), ('Partizan Belgrade', 'ORG'), ('Marakana', 'LOC'), ('Dejan Stankovic', 'PER'), ('Perica Ognjenovic', 'PER'), ('Red Star', 'ORG'), ('Partizan', 'ORG'), ('Milan Vujacic-Popov', 'PER'), ('Partizan', 'ORG'), ('Yugoslav', 'MISC')]),
# wM023
('1996-09-14',
 'SOCCER - HUNGARIAN FIRST DIVISION RESULTS.\nBUDAPEST 1996-09-14\nResults of Hungarian first division matches on Saturday: Ferencvaros 3 Ujpest 1, MTK 2 Vasas 0, BVSC 1 Debrecen 1, Gyor 0 Zalaegerszeg 2, Videoton 1 Kispest Honved 0.',
 [('HUNGARIAN', 'MISC'), ('BUDAPEST', 'LOC'), ('Hungarian', 'MISC'), ('Ferencvaros', 'ORG'), ('Ujpest', 'ORG'), ('MTK', 'ORG'), ('Vasas', 'ORG'), ('BVSC', 'ORG'), ('Debrecen', 'ORG'), ('Gyor', 'ORG'), ('Zalaegerszeg', 'ORG'), ('Videoton', 'ORG'), ('Kispest Honved', 'ORG')]),
# wM024
('1996-10-14',
 'SOCCER - SWEDISH LEAGUE RESULTS.\nSTOCKHOLM 1996-10-14\nResults of Swedish first division (Allsvenskan) matches on Sunday: IFK Gothenburg 2 Malmo FF 0, Helsingborg 1 AIK Stockholm 1, Orebro 3 Trelleborg 2, Halmstad 0 Djurgarden 1, Oster Vaxjo 2 Norrkoping 2.',
 [('SWEDISH', 'MISC'), ('STOCKHOLM', 'LOC'), ('Swedish', 'MISC'), ('Allsvenskan', 'MISC'), ('IFK Gothenburg', 'ORG'), ('Malmo FF', 'ORG'), ('Helsingborg', 'ORG'), ('AIK Stockholm', 'ORG'), ('Orebro', 'ORG'), ('Trelleborg', 'ORG'), ('Halmstad', 'ORG'), ('Djurgarden', 'ORG'), ('Oster Vaxjo', 'ORG'), ('Norrkoping', 'ORG')]),
# wM025
('1996-10-20',
 'SOCCER - ROSENBORG CLINCH NORWEGIAN TITLE.\nOSLO 1996-10-20\nRosenborg clinched their fifth successive Norwegian league title on Sunday with a 3-0 win over Lillestrom in Trondheim. Harald Brattbakk scored twice and Mini Jakobsen added the third. Molde finished second after losing 2-1 at Viking Stavanger.',
 [('ROSENBORG', 'ORG'), ('NORWEGIAN', 'MISC'), ('OSLO', 'LOC'), ('Rosenborg', 'ORG'), ('Norwegian', 'MISC'), ('Lillestrom', 'ORG'), ('Trondheim', 'LOC'), ('Harald Brattbakk', 'PER'), ('Mini Jakobsen', 'PER'), ('Molde', 'ORG'), ('Viking Stavanger', 'ORG')]),
# wM026
('1997-05-25',
 'SOCCER - DANISH LEAGUE RESULTS.\nCOPENHAGEN 1997-05-25\nResults of Danish first division matches on Sunday: Brondby 2 FC Copenhagen 1, Aalborg 1 Silkeborg 0, Odense 3 Vejle 3, Aarhus 2 Lyngby 0, Herfolge 0 Viborg 1.',
 [('DANISH', 'MISC'), ('COPENHAGEN', 'LOC'), ('Danish', 'MISC'), ('Brondby', 'ORG'), ('FC Copenhagen', 'ORG'), ('Aalborg', 'ORG'), ('Silkeborg', 'ORG'), ('Odense', 'ORG'), ('Vejle', 'ORG'), ('Aarhus', 'ORG'), ('Lyngby', 'ORG'), ('Herfolge', 'ORG'), ('Viborg', 'ORG')]),
# wM027
('1996-11-30',
 'SOCCER - AUSTRIAN LEAGUE RESULTS.\nVIENNA 1996-11-30\nResults of Austrian first division matches on Saturday: Rapid Vienna 1 Austria Salzburg 0, Sturm Graz 2 GAK 2, Austria Vienna 3 Admira Wacker 0, SV Ried 1 Linz ASK 1, FC Tirol Innsbruck 2 Vorwaerts Steyr 0.',
 [('AUSTRIAN', 'MISC'), ('VIENNA', 'LOC'), ('Austrian', 'MISC'), ('Rapid Vienna', 'ORG'), ('Austria Salzburg', 'ORG'), ('Sturm Graz', 'ORG'), ('GAK', 'ORG'), ('Austria Vienna', 'ORG'), ('Admira Wacker', 'ORG'), ('SV Ried', 'ORG'), ('Linz ASK', 'ORG'), ('FC Tirol Innsbruck', 'ORG'), ('Vorwaerts Steyr', 'ORG')]),
# wM028
('1997-04-06',
 'SOCCER - SWISS CHAMPIONSHIP RESULTS.\nZURICH 1997-04-06\nResults of Swiss championship round matches on Sunday: Sion 1 Grasshoppers 0, Neuchatel Xamax 2 Servette 2, Lausanne 3 St Gallen 1, Basle 0 Aarau 0.',
 [('SWISS', 'MISC'), ('ZURICH', 'LOC'), ('Swiss', 'MISC'), ('Sion', 'ORG'), ('Grasshoppers', 'ORG'), ('Neuchatel Xamax', 'ORG'), ('Servette', 'ORG'), ('Lausanne', 'ORG'), ('St Gallen', 'ORG'), ('Basle', 'ORG'), ('Aarau', 'ORG')]),
# wM029
('1997-01-18',
 'SOCCER - ISRAELI LEAGUE RESULTS.\nTEL AVIV 1997-01-18\nResults of Israeli national league matches on Saturday: Beitar Jerusalem 2 Maccabi Haifa 1, Hapoel Tel Aviv 0 Maccabi Tel Aviv 0, Hapoel Beersheba 1 Bnei Yehuda 3, Hapoel Petah Tikva 2 Maccabi Herzliya 0. Beitar lead on 41 points.',
 [('ISRAELI', 'MISC'), ('TEL AVIV', 'LOC'), ('Israeli', 'MISC'), ('Beitar Jerusalem', 'ORG'), ('Maccabi Haifa', 'ORG'), ('Hapoel Tel Aviv', 'ORG'), ('Maccabi Tel Aviv', 'ORG'), ('Hapoel Beersheba', 'ORG'), ('Bnei Yehuda', 'ORG'), ('Hapoel Petah Tikva', 'ORG'), ('Maccabi Herzliya', 'ORG'), ('Beitar', 'ORG')]),
# wM030
('1997-03-15',
 'SOCCER - CYPRIOT LEAGUE RESULTS.\nNICOSIA 1997-03-15\nResults of Cypriot first division matches on Saturday: Anorthosis Famagusta 3 Apollon Limassol 1, APOEL Nicosia 2 Omonia Nicosia 2, AEL Limassol 1 Nea Salamis 0, Ethnikos Achnas 0 Paralimni 1.',
 [('CYPRIOT', 'MISC'), ('NICOSIA', 'LOC'), ('Cypriot', 'MISC'), ('Anorthosis Famagusta', 'ORG'), ('Apollon Limassol', 'ORG'), ('APOEL Nicosia', 'ORG'), ('Omonia Nicosia', 'ORG'), ('AEL Limassol', 'ORG'), ('Nea Salamis', 'ORG'), ('Ethnikos Achnas', 'ORG'), ('Paralimni', 'ORG')]),
# wM031
('1997-04-20',
 "SOCCER - IRISH LEAGUE TITLE FOR DERRY CITY.\nDUBLIN 1997-04-20\nDerry City won the League of Ireland title on Sunday with a 1-0 win at Bohemians in Dublin. Midfielder Liam Coyle scored the goal after 58 minutes. Shelbourne and St Patrick's Athletic drew 2-2 at Tolka Park.",
 [('IRISH', 'MISC'), ('DERRY CITY', 'ORG'), ('DUBLIN', 'LOC'), ('Derry City', 'ORG'), ('League of Ireland', 'MISC'), ('Bohemians', 'ORG'), ('Dublin', 'LOC'), ('Liam Coyle', 'PER'), ('Shelbourne', 'ORG'), ("St Patrick's Athletic", 'ORG'), ('Tolka Park', 'LOC')]),
# wM032
('1996-11-22',
 "SOCCER - AL AHLY BEAT ZAMALEK IN CAIRO DERBY.\nCAIRO 1996-11-22\nAl Ahly beat arch-rivals Zamalek 2-1 in the Egyptian league on Friday in front of 80,000 spectators at the Cairo Stadium. Striker Hossam Hassan gave Ahly the lead and Mohamed Ramadan Shebl added a second before Zamalek's Ayman Mansour pulled one back. The match was refereed by Moroccan official Said Belqola.",
 [('AL AHLY', 'ORG'), ('ZAMALEK', 'ORG'), ('CAIRO', 'LOC'), ('CAIRO', 'LOC'), ('Al Ahly', 'ORG'), ('Zamalek', 'ORG'), ('Egyptian', 'MISC'), ('Cairo Stadium', 'LOC'), ('Hossam Hassan', 'PER'), ('Ahly', 'ORG'), ('Mohamed Ramadan Shebl', 'PER'), ('Zamalek', 'ORG'), ('Ayman Mansour', 'PER'), ('Moroccan', 'MISC'), ('Said Belqola', 'PER')]),
# wM033
('1997-06-01',
 'SOCCER - NIGERIAN LEAGUE: ENUGU RANGERS HELD.\nLAGOS 1997-06-01\nEnugu Rangers were held 0-0 by Shooting Stars in Ibadan on Sunday in the Nigerian premier league, the News Agency of Nigeria reported. Julius Berger beat Kwara United 2-1 in Lagos with goals from Tunde Adeyemi-Bello and Chukwuemeka Obi, and Eagle Cement lost 1-0 at BCC Lions in Gboko.',
 [('NIGERIAN', 'MISC'), ('ENUGU RANGERS', 'ORG'), ('LAGOS', 'LOC'), ('Enugu Rangers', 'ORG'), ('Shooting Stars', 'ORG'), ('Ibadan', 'LOC'), ('Nigerian', 'MISC'), ('News Agency of Nigeria', 'ORG'), ('Julius Berger', 'ORG'), ('Kwara United', 'ORG'), ('Lagos', 'LOC'), ('Tunde Adeyemi-Bello', 'PER'), ('Chukwuemeka Obi', 'PER'), ('Eagle Cement', 'ORG'), ('BCC Lions', 'ORG'), ('Gboko', 'LOC')]),
# wM034
('1997-05-11',
 'SOCCER - RAJA CASABLANCA WIN MOROCCAN TITLE.\nRABAT 1997-05-11\nRaja Casablanca won the Moroccan league title for the second year running on Sunday after a 2-0 win over FAR Rabat at the Mohammed V Stadium. Mustapha Bidoudane and Abdellatif Jrindou scored. Wydad Casablanca finished second, four points behind.',
 [('RAJA CASABLANCA', 'ORG'), ('MOROCCAN', 'MISC'), ('RABAT', 'LOC'), ('Raja Casablanca', 'ORG'), ('Moroccan', 'MISC'), ('FAR Rabat', 'ORG'), ('Mohammed V Stadium', 'LOC'), ('Mustapha Bidoudane', 'PER'), ('Abdellatif Jrindou', 'PER'), ('Wydad Casablanca', 'ORG')]),
# wM035
('1996-12-14',
 "SOCCER - AFRICAN NATIONS CUP QUALIFIER RESULTS.\nJOHANNESBURG 1996-12-14\nResults of African Nations Cup qualifying matches on Saturday: Zambia 2 Mozambique 0 (in Lusaka), Ghana 1 Sierra Leone 0 (in Kumasi), Cameroon 3 Namibia 1 (in Yaounde), Tunisia 0 Liberia 0 (in Tunis). Ghana's goal came from Kwame Ayew-Mensah after 67 minutes.",
 [('AFRICAN NATIONS CUP', 'MISC'), ('JOHANNESBURG', 'LOC'), ('African Nations Cup', 'MISC'), ('Zambia', 'LOC'), ('Mozambique', 'LOC'), ('Lusaka', 'LOC'), ('Ghana', 'LOC'), ('Sierra Leone', 'LOC'), ('Kumasi', 'LOC'), ('Cameroon', 'LOC'), ('Namibia', 'LOC'), ('Yaounde', 'LOC'), ('Tunisia', 'LOC'), ('Liberia', 'LOC'), ('Tunis', 'LOC'), ('Ghana', 'LOC'), ('Kwame Ayew-Mensah', 'PER')]),
# wM036
('1997-05-24',
 'SOCCER - ASEC ABIDJAN OUT OF AFRICAN CHAMPIONS CUP.\nABIDJAN 1997-05-24\nIvory Coast champions ASEC Abidjan were knocked out of the African Champions Cup on Saturday after a 1-1 draw with Zambian side Power Dynamos at the Felix Houphouet-Boigny Stadium. Power Dynamos, who won the first leg 2-0 in Kitwe, scored through Fred Mwansa Chileshe.',
 [('ASEC ABIDJAN', 'ORG'), ('AFRICAN CHAMPIONS CUP', 'MISC'), ('ABIDJAN', 'LOC'), ('Ivory Coast', 'LOC'), ('ASEC Abidjan', 'ORG'), ('African Champions Cup', 'MISC'), ('Zambian', 'MISC'), ('Power Dynamos', 'ORG'), ('Felix Houphouet-Boigny Stadium', 'LOC'), ('Power Dynamos', 'ORG'), ('Kitwe', 'LOC'), ('Fred Mwansa Chileshe', 'PER')]),
# wM037
('1997-03-30',
 'SOCCER - J.LEAGUE RESULTS.\nTOKYO 1997-03-30\nResults of J.League matches on Saturday: Kashima Antlers 2 Yokohama Marinos 1, Jubilo Iwata 3 Gamba Osaka 0, Urawa Reds 1 Nagoya Grampus Eight 2, Verdy Kawasaki 0 Shimizu S-Pulse 0, Kashiwa Reysol 2 Avispa Fukuoka 1. Brazilian Jorginho Paulista scored twice for Kashima.',
 [('J.LEAGUE', 'MISC'), ('TOKYO', 'LOC'), ('J.League', 'MISC'), ('Kashima Antlers', 'ORG'), ('Yokohama Marinos', 'ORG'), ('Jubilo Iwata', 'ORG'), ('Gamba Osaka', 'ORG'), ('Urawa Reds', 'ORG'), ('Nagoya Grampus Eight', 'ORG'), ('Verdy Kawasaki', 'ORG'), ('Shimizu S-Pulse', 'ORG'), ('Kashiwa Reysol', 'ORG'), ('Avispa Fukuoka', 'ORG'), ('Brazilian', 'MISC'), ('Jorginho Paulista', 'PER'), ('Kashima', 'ORG')]),
# wM038
('1996-12-21',
 'SOCCER - SAUDI ARABIA WIN ASIAN CUP.\nABU DHABI 1996-12-21\nSaudi Arabia won the Asian Cup for the third time on Saturday, beating hosts United Arab Emirates 4-2 on penalties after a goalless final at the Zayed Sports City stadium. Goalkeeper Mohammed al-Deayea saved from Khalid Mubarak al-Shamsi and Abdullah Saleh Zainal. Iran beat Kuwait 3-1 for third place.',
 [('SAUDI ARABIA', 'LOC'), ('ASIAN CUP', 'MISC'), ('ABU DHABI', 'LOC'), ('Saudi Arabia', 'LOC'), ('Asian Cup', 'MISC'), ('United Arab Emirates', 'LOC'), ('Zayed Sports City', 'LOC'), ('Mohammed al-Deayea', 'PER'), ('Khalid Mubarak al-Shamsi', 'PER'), ('Abdullah Saleh Zainal', 'PER'), ('Iran', 'LOC'), ('Kuwait', 'LOC')]),
# wM039
('1997-06-08',
 "SOCCER - ASIAN QUALIFIER: IRAN BEAT MALDIVES.\nDAMASCUS 1997-06-08\nIran beat the Maldives 9-0 in an Asian qualifying group for next year's finals in France on Sunday. Karim Bagheri scored seven goals and Ali Daei two. Syria drew 1-1 with Kyrgyzstan in the other match in Damascus.",
 [('ASIAN', 'MISC'), ('IRAN', 'LOC'), ('MALDIVES', 'LOC'), ('DAMASCUS', 'LOC'), ('Iran', 'LOC'), ('Maldives', 'LOC'), ('Asian', 'MISC'), ('France', 'LOC'), ('Karim Bagheri', 'PER'), ('Ali Daei', 'PER'), ('Syria', 'LOC'), ('Kyrgyzstan', 'LOC'), ('Damascus', 'LOC')]),
# wM040
('1997-04-12',
 'SOCCER - KOREAN CUP: POHANG BEAT ULSAN.\nSEOUL 1997-04-12\nPohang Steelers beat Ulsan Hyundai 2-1 in the Korean league cup on Saturday in Pohang. Hwang Sun-hong scored in the 17th minute and Russian Sergei Burchenko added a second. Suwon Samsung Bluewings lost 1-0 to Bucheon Yukong.',
 [('KOREAN', 'MISC'), ('POHANG', 'ORG'), ('ULSAN', 'ORG'), ('SEOUL', 'LOC'), ('Pohang Steelers', 'ORG'), ('Ulsan Hyundai', 'ORG'), ('Korean', 'MISC'), ('Pohang', 'LOC'), ('Hwang Sun-hong', 'PER'), ('Russian', 'MISC'), ('Sergei Burchenko', 'PER'), ('Suwon Samsung Bluewings', 'ORG'), ('Bucheon Yukong', 'ORG')]),
# wM041
('1996-11-10',
 'SOCCER - DALIAN WANDA CLOSE IN ON CHINESE TITLE.\nBEIJING 1996-11-10\nDalian Wanda beat Beijing Guoan 3-1 on Sunday to stand on the brink of the Chinese league title, the official Xinhua news agency said. Hao Haidong scored twice. Second-placed Shanghai Shenhua lost 2-0 at Guangdong Hongyuan in Guangzhou.',
 [('DALIAN WANDA', 'ORG'), ('CHINESE', 'MISC'), ('BEIJING', 'LOC'), ('Dalian Wanda', 'ORG'), ('Beijing Guoan', 'ORG'), ('Chinese', 'MISC'), ('Xinhua', 'ORG'), ('Hao Haidong', 'PER'), ('Shanghai Shenhua', 'ORG'), ('Guangdong Hongyuan', 'ORG'), ('Guangzhou', 'LOC')]),
# wM042
('1996-08-22',
 'TENNIS - RESULTS AT CANADIAN OPEN.\nTORONTO 1996-08-22\nResults of second-round matches at the Canadian Open on Thursday (prefix number denotes seeding):\n1 - Thomas Muster (Austria) beat Jiri Novak (Czech Republic) 6-4 6-3\nMikael Tillstrom (Sweden) beat 5 - Marcelo Rios (Chile) 7-6 (7-4) 6-2\nHicham Arazi (Morocco) beat Daniel Nestor (Canada) 6-3 3-6 6-1\nNicolas Lapentti (Ecuador) beat Sebastien Lareau (Canada) 6-2 6-4',
 [('CANADIAN OPEN', 'MISC'), ('TORONTO', 'LOC'), ('Canadian Open', 'MISC'), ('Thomas Muster', 'PER'), ('Austria', 'LOC'), ('Jiri Novak', 'PER'), ('Czech Republic', 'LOC'), ('Mikael Tillstrom', 'PER'), ('Sweden', 'LOC'), ('Marcelo Rios', 'PER'), ('Chile', 'LOC'), ('Hicham Arazi', 'PER'), ('Morocco', 'LOC'), ('Daniel Nestor', 'PER'), ('Canada', 'LOC'), ('Nicolas Lapentti', 'PER'), ('Ecuador', 'LOC'), ('Sebastien Lareau', 'PER'), ('Canada', 'LOC')]),
# wM043
('1996-10-10',
 "TENNIS - RESULTS AT EUROPEAN INDOORS.\nZURICH 1996-10-10\nResults of second-round matches at the European Indoors women's tennis tournament on Thursday:\nBarbara Paulus (Austria) beat Sabine Appelmans (Belgium) 6-2 6-4\nJudith Wiesner (Austria) beat Yayuk Basuki (Indonesia) 7-5 6-1\nRuxandra Dragomir (Romania) beat Natasha Zvereva (Belarus) 3-6 6-3 6-4\nPark Sung-hee (South Korea) beat Dominique Van Roost (Belgium) 6-4 7-6",
 [('EUROPEAN INDOORS', 'MISC'), ('ZURICH', 'LOC'), ('European Indoors', 'MISC'), ('Barbara Paulus', 'PER'), ('Austria', 'LOC'), ('Sabine Appelmans', 'PER'), ('Belgium', 'LOC'), ('Judith Wiesner', 'PER'), ('Austria', 'LOC'), ('Yayuk Basuki', 'PER'), ('Indonesia', 'LOC'), ('Ruxandra Dragomir', 'PER'), ('Romania', 'LOC'), ('Natasha Zvereva', 'PER'), ('Belarus', 'LOC'), ('Park Sung-hee', 'PER'), ('South Korea', 'LOC'), ('Dominique Van Roost', 'PER'), ('Belgium', 'LOC')]),
# wM044
('1997-01-23',
 "TENNIS - RIOS INTO AUSTRALIAN OPEN SEMI-FINALS.\nMELBOURNE 1997-01-23\nChile's Marcelo Rios reached his first Grand Slam semi-final on Thursday, beating Slovak Karol Kucera 6-3 6-4 4-6 6-2 at Melbourne Park. Rios will play Spaniard Carlos Moya, who ousted Thomas Enqvist of Sweden in four sets.",
 [('RIOS', 'PER'), ('AUSTRALIAN OPEN', 'MISC'), ('MELBOURNE', 'LOC'), ('Chile', 'LOC'), ('Marcelo Rios', 'PER'), ('Grand Slam', 'MISC'), ('Slovak', 'MISC'), ('Karol Kucera', 'PER'), ('Melbourne Park', 'LOC'), ('Rios', 'PER'), ('Spaniard', 'MISC'), ('Carlos Moya', 'PER'), ('Thomas Enqvist', 'PER'), ('Sweden', 'LOC')]),
# wM045
('1997-04-27',
 'TENNIS - MUSTER WINS IN ESTORIL.\nESTORIL 1997-04-27\nAustrian Thomas Muster won the Estoril Open on Sunday, beating Brazilian qualifier Fernando Meligeni 6-4 6-2 in the final. It was Muster\'s first claycourt title of the year. "Fernando played well for a set," Muster said.',
 [('MUSTER', 'PER'), ('ESTORIL', 'LOC'), ('ESTORIL', 'LOC'), ('Austrian', 'MISC'), ('Thomas Muster', 'PER'), ('Estoril Open', 'MISC'), ('Brazilian', 'MISC'), ('Fernando Meligeni', 'PER'), ('Muster', 'PER'), ('Fernando', 'PER'), ('Muster', 'PER')]),
# wM046
('1997-07-05',
 "TENNIS - RESULTS AT WIMBLEDON.\nLONDON 1997-07-05\nWomen's singles final at the Wimbledon championships on Saturday:\n1 - Martina Hingis (Switzerland) beat 3 - Jana Novotna (Czech Republic) 2-6 6-3 6-3\nMen's doubles final on Saturday:\nTodd Woodbridge and Mark Woodforde (Australia) beat Jacco Eltingh and Paul Haarhuis (Netherlands) 7-6 7-6 5-7 6-3",
 [('WIMBLEDON', 'MISC'), ('LONDON', 'LOC'), ('Wimbledon', 'MISC'), ('Martina Hingis', 'PER'), ('Switzerland', 'LOC'), ('Jana Novotna', 'PER'), ('Czech Republic', 'LOC'), ('Todd Woodbridge', 'PER'), ('Mark Woodforde', 'PER'), ('Australia', 'LOC'), ('Jacco Eltingh', 'PER'), ('Paul Haarhuis', 'PER'), ('Netherlands', 'LOC')]),
# wM047
('1997-02-16',
 'TENNIS - ARAZI REACHES FINAL IN DUBAI.\nDUBAI 1997-02-16\nMoroccan Hicham Arazi reached the final of the Dubai Open on Saturday, beating top seed Goran Ivanisevic 7-5 6-4. Arazi, who grew up in Bordeaux, will meet Thomas Muster or Tunisian wildcard Slim Ben Haj Amor in the final at the Aviation Club.',
 [('ARAZI', 'PER'), ('DUBAI', 'LOC'), ('DUBAI', 'LOC'), ('Moroccan', 'MISC'), ('Hicham Arazi', 'PER'), ('Dubai Open', 'MISC'), ('Goran Ivanisevic', 'PER'), ('Arazi', 'PER'), ('Bordeaux', 'LOC'), ('Thomas Muster', 'PER'), ('Tunisian', 'MISC'), ('Slim Ben Haj Amor', 'PER'), ('Aviation Club', 'LOC')]),
# wM048
('1996-09-01',
 'GOLF - LEADING SCORES AT WORLD SERIES OF GOLF.\nAKRON, Ohio 1996-09-01\nLeading third-round scores in the World Series of Golf at the par-70 Firestone Country Club on Saturday (U.S. unless stated):\n206 Phil Mickelson 68 70 68\n207 Billy Mayfair 70 69 68\n208 Steve Stricker, Nick Price (Zimbabwe) 71 69 68\n209 Ricardo Gonzalez (Argentina), Carlos Franco (Paraguay) 70 70 69',
 [('WORLD SERIES OF GOLF', 'MISC'), ('AKRON', 'LOC'), ('Ohio', 'LOC'), ('World Series of Golf', 'MISC'), ('Firestone Country Club', 'LOC'), ('U.S.', 'LOC'), ('Phil Mickelson', 'PER'), ('Billy Mayfair', 'PER'), ('Steve Stricker', 'PER'), ('Nick Price', 'PER'), ('Zimbabwe', 'LOC'), ('Ricardo Gonzalez', 'PER'), ('Argentina', 'LOC'), ('Carlos Franco', 'PER'), ('Paraguay', 'LOC')]),
# wM049
('1996-09-15',
 'GOLF - LANCOME TROPHY LEADING SCORES.\nPARIS 1996-09-15\nLeading final scores in the Lancome Trophy at St Nom la Breteche on Sunday (Britain unless stated):\n270 Vijay Singh (Fiji)\n271 Ian Woosnam\n273 Jesper Parnevik (Sweden), Costantino Rocca (Italy)\n274 Jose Maria Olazabal (Spain), Eduardo Romero (Argentina)\n275 Thongchai Jaidee (Thailand)',
 [('LANCOME TROPHY', 'MISC'), ('PARIS', 'LOC'), ('Lancome Trophy', 'MISC'), ('St Nom la Breteche', 'LOC'), ('Britain', 'LOC'), ('Vijay Singh', 'PER'), ('Fiji', 'LOC'), ('Ian Woosnam', 'PER'), ('Jesper Parnevik', 'PER'), ('Sweden', 'LOC'), ('Costantino Rocca', 'PER'), ('Italy', 'LOC'), ('Jose Maria Olazabal', 'PER'), ('Spain', 'LOC'), ('Eduardo Romero', 'PER'), ('Argentina', 'LOC'), ('Thongchai Jaidee', 'PER'), ('Thailand', 'LOC')]),
# wM050
('1997-01-26',
 "GOLF - TIGER WOODS LEADS BY ONE IN THAILAND.\nBANGKOK 1997-01-26\nTiger Woods took a one-stroke lead into the final round of the Asian Honda Classic on Saturday with a four-under 68 at the Thai Country Club. Taiwan's Lin Keng-chi was second and Filipino Frankie Minoza third, with local hope Boonchu Ruangkit a shot further back.",
 [('TIGER WOODS', 'PER'), ('THAILAND', 'LOC'), ('BANGKOK', 'LOC'), ('Tiger Woods', 'PER'), ('Asian Honda Classic', 'MISC'), ('Thai Country Club', 'LOC'), ('Taiwan', 'LOC'), ('Lin Keng-chi', 'PER'), ('Filipino', 'MISC'), ('Frankie Minoza', 'PER'), ('Boonchu Ruangkit', 'PER')]),
# wM051
('1996-11-28',
 'CRICKET - PAKISTAN V ZIMBABWE SCOREBOARD.\nFAISALABAD 1996-11-28\nScoreboard on the first day of the second test between Pakistan and Zimbabwe at Iqbal Stadium on Thursday:\nZimbabwe first innings\nGrant Flower c Moin Khan b Wasim Akram 27\nAndy Waller lbw b Waqar Younis 4\nAlistair Campbell b Saqlain Mushtaq 61\nAndy Flower not out 88',
 [('PAKISTAN', 'LOC'), ('ZIMBABWE', 'LOC'), ('FAISALABAD', 'LOC'), ('Pakistan', 'LOC'), ('Zimbabwe', 'LOC'), ('Iqbal Stadium', 'LOC'), ('Zimbabwe', 'LOC'), ('Grant Flower', 'PER'), ('Moin Khan', 'PER'), ('Wasim Akram', 'PER'), ('Andy Waller', 'PER'), ('Waqar Younis', 'PER'), ('Alistair Campbell', 'PER'), ('Saqlain Mushtaq', 'PER'), ('Andy Flower', 'PER')]),
# wM052
('1997-04-20',
 'CRICKET - SRI LANKA BEAT PAKISTAN BY 15 RUNS.\nCOLOMBO 1997-04-20\nSri Lanka beat Pakistan by 15 runs in a one-day international at the R. Premadasa Stadium on Sunday. Sanath Jayasuriya made 82 off 64 balls and Aravinda de Silva 57 in a total of 251 for six. Pakistan were bowled out for 236 in the 49th over despite 74 from Ijaz Ahmed. Off-spinner Muttiah Muralitharan took three for 38.',
 [('SRI LANKA', 'LOC'), ('PAKISTAN', 'LOC'), ('COLOMBO', 'LOC'), ('Sri Lanka', 'LOC'), ('Pakistan', 'LOC'), ('R. Premadasa Stadium', 'LOC'), ('Sanath Jayasuriya', 'PER'), ('Aravinda de Silva', 'PER'), ('Pakistan', 'LOC'), ('Ijaz Ahmed', 'PER'), ('Muttiah Muralitharan', 'PER')]),
# wM053
('1997-02-22',
 'CRICKET - ENGLAND V ZIMBABWE ONE-DAY SCOREBOARD.\nBULAWAYO 1997-02-22\nScoreboard of the first one-day international between Zimbabwe and England at Queens Sports Club on Saturday:\nZimbabwe\nAndy Flower run out 42\nGrant Flower c Alec Stewart b Darren Gough 15\nGuy Whittall b Robert Croft 33\nHeath Streak not out 21\nTotal (for 6 wickets, 50 overs) 200',
 [('ENGLAND', 'LOC'), ('ZIMBABWE', 'LOC'), ('BULAWAYO', 'LOC'), ('Zimbabwe', 'LOC'), ('England', 'LOC'), ('Queens Sports Club', 'LOC'), ('Zimbabwe', 'LOC'), ('Andy Flower', 'PER'), ('Grant Flower', 'PER'), ('Alec Stewart', 'PER'), ('Darren Gough', 'PER'), ('Guy Whittall', 'PER'), ('Robert Croft', 'PER'), ('Heath Streak', 'PER')]),
# wM054
('1997-01-10',
 'CRICKET - WARNE TAKES FIVE AS AUSTRALIA WIN.\nSYDNEY 1997-01-10\nLeg-spinner Shane Warne took five for 42 as Australia beat Pakistan by 48 runs in a World Series one-day match at the Sydney Cricket Ground on Friday. Pakistan captain Wasim Akram said his batsmen had thrown away a good start from Saeed Anwar and Aamir Sohail.',
 [('WARNE', 'PER'), ('AUSTRALIA', 'LOC'), ('SYDNEY', 'LOC'), ('Shane Warne', 'PER'), ('Australia', 'LOC'), ('Pakistan', 'LOC'), ('World Series', 'MISC'), ('Sydney Cricket Ground', 'LOC'), ('Pakistan', 'LOC'), ('Wasim Akram', 'PER'), ('Saeed Anwar', 'PER'), ('Aamir Sohail', 'PER')]),
# wM055
('1996-09-30',
 'CRICKET - KENYA BEAT BANGLADESHI TOURISTS.\nNAIROBI 1996-09-30\nKenya beat a touring Bangladeshi side by four wickets at the Nairobi Gymkhana on Monday. Steve Tikolo made 71 not out and Maurice Odumbe took three wickets. The Kenya Cricket Association said the match had drawn its biggest crowd of the season.',
 [('KENYA', 'LOC'), ('BANGLADESHI', 'MISC'), ('NAIROBI', 'LOC'), ('Kenya', 'LOC'), ('Bangladeshi', 'MISC'), ('Nairobi Gymkhana', 'LOC'), ('Steve Tikolo', 'PER'), ('Maurice Odumbe', 'PER'), ('Kenya Cricket Association', 'ORG')]),
# wM056
('1997-03-17',
 'CRICKET - SHEFFIELD SHIELD SCOREBOARD.\nADELAIDE 1997-03-17\nClose of play scores on the third day of the Sheffield Shield match between South Australia and Queensland at the Adelaide Oval on Monday:\nSouth Australia 402 and 118-3 (Darren Lehmann 55 not out)\nQueensland 311 (Matthew Hayden 104, Andy Bichel 40; Paul Reiffel 4-61)',
 [('SHEFFIELD SHIELD', 'MISC'), ('ADELAIDE', 'LOC'), ('Sheffield Shield', 'MISC'), ('South Australia', 'ORG'), ('Queensland', 'ORG'), ('Adelaide Oval', 'LOC'), ('South Australia', 'ORG'), ('Darren Lehmann', 'PER'), ('Queensland', 'ORG'), ('Matthew Hayden', 'PER'), ('Andy Bichel', 'PER'), ('Paul Reiffel', 'PER')]),
# wM057
('1997-05-30',
 'CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.\nLONDON 1997-05-30\nClose of play scores in English county championship matches on Friday:\nAt Chelmsford: Essex 312-7 (Nasser Hussain 98, Ronnie Irani 61) v Glamorgan.\nAt Trent Bridge: Nottinghamshire 187 (Waqar Younis 5-44) v Surrey 40-1.\nAt Old Trafford: Lancashire 256-4 v Yorkshire.',
 [('ENGLISH', 'MISC'), ('LONDON', 'LOC'), ('English', 'MISC'), ('Chelmsford', 'LOC'), ('Essex', 'ORG'), ('Nasser Hussain', 'PER'), ('Ronnie Irani', 'PER'), ('Glamorgan', 'ORG'), ('Trent Bridge', 'LOC'), ('Nottinghamshire', 'ORG'), ('Waqar Younis', 'PER'), ('Surrey', 'ORG'), ('Old Trafford', 'LOC'), ('Lancashire', 'ORG'), ('Yorkshire', 'ORG')]),
# wM058
('1996-08-30',
 "ATHLETICS - ISTAF MEETING RESULTS.\nBERLIN 1996-08-30\nLeading results at the ISTAF athletics meeting at the Olympic Stadium on Friday:\nMen's 800 metres: 1. Wilson Kipketer (Denmark) 1:43.34 2. Vebjorn Rodal (Norway) 1:44.20 3. Joseph Tengelei (Kenya) 1:44.71\nWomen's 100 metres: 1. Merlene Ottey (Jamaica) 10.96 2. Mary Onyali (Nigeria) 11.10 3. Zhanna Pintusevich (Ukraine) 11.14\nMen's 5,000 metres: 1. Salah Hissou (Morocco) 13:02.11 2. Tom Nyariki (Kenya) 13:04.58",
 [('ISTAF', 'MISC'), ('BERLIN', 'LOC'), ('ISTAF', 'MISC'), ('Olympic Stadium', 'LOC'), ('Wilson Kipketer', 'PER'), ('Denmark', 'LOC'), ('Vebjorn Rodal', 'PER'), ('Norway', 'LOC'), ('Joseph Tengelei', 'PER'), ('Kenya', 'LOC'), ('Merlene Ottey', 'PER'), ('Jamaica', 'LOC'), ('Mary Onyali', 'PER'), ('Nigeria', 'LOC'), ('Zhanna Pintusevich', 'PER'), ('Ukraine', 'LOC'), ('Salah Hissou', 'PER'), ('Morocco', 'LOC'), ('Tom Nyariki', 'PER'), ('Kenya', 'LOC')]),
# wM059
('1997-08-10',
 "ATHLETICS - KENYANS SWEEP STEEPLECHASE IN ATHENS.\nATHENS 1997-08-10\nKenyans took all three medals in the men's 3,000 metres steeplechase at the world championships on Sunday. Wilson Boit Kipketer won in 8:05.84 from Moses Kiptanui and Bernard Barmasai. In the women's 10,000 metres Sally Barsosio of Kenya beat Portugal's Fernanda Ribeiro into second, with Ethiopian Gete Wami third.",
 [('KENYANS', 'MISC'), ('ATHENS', 'LOC'), ('ATHENS', 'LOC'), ('Kenyans', 'MISC'), ('Wilson Boit Kipketer', 'PER'), ('Moses Kiptanui', 'PER'), ('Bernard Barmasai', 'PER'), ('Sally Barsosio', 'PER'), ('Kenya', 'LOC'), ('Portugal', 'LOC'), ('Fernanda Ribeiro', 'PER'), ('Ethiopian', 'MISC'), ('Gete Wami', 'PER')]),
# wM060
('1997-07-20',
 "CYCLING - TOUR DE FRANCE STAGE 15 RESULTS.\nCOURCHEVEL, France 1997-07-20\nLeading results of the 15th stage of the Tour de France, 208.5 km from Bourg d'Oisans to Courchevel on Sunday:\n1. Richard Virenque (France) Festina 6:21:34\n2. Jan Ullrich (Germany) Telekom same time\n3. Marco Pantani (Italy) Mercatone Uno 0:47\n4. Abraham Olano (Spain) Banesto 2:05\n5. Oscar Camenzind (Switzerland) Mapei-GB 2:11",
 [('TOUR DE FRANCE', 'MISC'), ('COURCHEVEL', 'LOC'), ('France', 'LOC'), ('Tour de France', 'MISC'), ("Bourg d'Oisans", 'LOC'), ('Courchevel', 'LOC'), ('Richard Virenque', 'PER'), ('France', 'LOC'), ('Festina', 'ORG'), ('Jan Ullrich', 'PER'), ('Germany', 'LOC'), ('Telekom', 'ORG'), ('Marco Pantani', 'PER'), ('Italy', 'LOC'), ('Mercatone Uno', 'ORG'), ('Abraham Olano', 'PER'), ('Spain', 'LOC'), ('Banesto', 'ORG'), ('Oscar Camenzind', 'PER'), ('Switzerland', 'LOC'), ('Mapei-GB', 'ORG')]),
# wM061
('1996-10-19',
 'CYCLING - TOUR OF LOMBARDY RESULT.\nBERGAMO, Italy 1996-10-19\nResult of the Tour of Lombardy classic, run over 246 km from Varese to Bergamo on Saturday:\n1. Andrea Tafi (Italy) Mapei 6:12:35\n2. Axel Merckx (Belgium) Motorola at 0:12\n3. Daniele Nardello (Italy) Mapei same time\n4. Laurent Jalabert (France) ONCE 0:31',
 [('TOUR OF LOMBARDY', 'MISC'), ('BERGAMO', 'LOC'), ('Italy', 'LOC'), ('Tour of Lombardy', 'MISC'), ('Varese', 'LOC'), ('Bergamo', 'LOC'), ('Andrea Tafi', 'PER'), ('Italy', 'LOC'), ('Mapei', 'ORG'), ('Axel Merckx', 'PER'), ('Belgium', 'LOC'), ('Motorola', 'ORG'), ('Daniele Nardello', 'PER'), ('Italy', 'LOC'), ('Mapei', 'ORG'), ('Laurent Jalabert', 'PER'), ('France', 'LOC'), ('ONCE', 'ORG')]),
# wM062
('1997-03-02',
 "CYCLING - COLOMBIAN WINS TOUR OF LANGKAWI STAGE.\nKUALA TERENGGANU, Malaysia 1997-03-02\nColombian Hernan Dario Buenahora won the ninth stage of the Tour of Langkawi on Sunday, a 178-km ride from Kuantan to Kuala Terengganu. Ukrainian Oleg Petrovich Zhukov of the Kelme team kept the leader's yellow jersey, 26 seconds ahead of Malaysian hope Shahrulneeza Razali.",
 [('COLOMBIAN', 'MISC'), ('TOUR OF LANGKAWI', 'MISC'), ('KUALA TERENGGANU', 'LOC'), ('Malaysia', 'LOC'), ('Colombian', 'MISC'), ('Hernan Dario Buenahora', 'PER'), ('Tour of Langkawi', 'MISC'), ('Kuantan', 'LOC'), ('Kuala Terengganu', 'LOC'), ('Ukrainian', 'MISC'), ('Oleg Petrovich Zhukov', 'PER'), ('Kelme', 'ORG'), ('Malaysian', 'MISC'), ('Shahrulneeza Razali', 'PER')]),
# wM063
('1996-09-08',
 'MOTOR RACING - ITALIAN GRAND PRIX RESULTS.\nMONZA, Italy 1996-09-08\nLeading results of the Italian Grand Prix at Monza on Sunday:\n1. Michael Schumacher (Germany) Ferrari 1 hour 17 minutes 43.632 seconds\n2. Jean Alesi (France) Benetton 18.265 seconds behind\n3. Mika Hakkinen (Finland) McLaren 1:06.133\n4. Martin Brundle (Britain) Jordan one lap behind\n5. Rubens Barrichello (Brazil) Jordan one lap behind',
 [('ITALIAN GRAND PRIX', 'MISC'), ('MONZA', 'LOC'), ('Italy', 'LOC'), ('Italian Grand Prix', 'MISC'), ('Monza', 'LOC'), ('Michael Schumacher', 'PER'), ('Germany', 'LOC'), ('Ferrari', 'ORG'), ('Jean Alesi', 'PER'), ('France', 'LOC'), ('Benetton', 'ORG'), ('Mika Hakkinen', 'PER'), ('Finland', 'LOC'), ('McLaren', 'ORG'), ('Martin Brundle', 'PER'), ('Britain', 'LOC'), ('Jordan', 'ORG'), ('Rubens Barrichello', 'PER'), ('Brazil', 'LOC'), ('Jordan', 'ORG')]),
# wM064
('1997-06-15',
 "MOTOR RACING - SCHUMACHER WINS SHORTENED CANADIAN GRAND PRIX.\nMONTREAL 1997-06-15\nFerrari's Michael Schumacher won the Canadian Grand Prix on Sunday after the race was stopped on lap 54 following a crash that left Olivier Panis with two broken legs. Panis was taken to hospital by helicopter. Jean Alesi of Benetton was second and Giancarlo Fisichella of Jordan third, while home favourite Jacques Villeneuve crashed on the second lap.",
 [('SCHUMACHER', 'PER'), ('CANADIAN GRAND PRIX', 'MISC'), ('MONTREAL', 'LOC'), ('Ferrari', 'ORG'), ('Michael Schumacher', 'PER'), ('Canadian Grand Prix', 'MISC'), ('Olivier Panis', 'PER'), ('Panis', 'PER'), ('Jean Alesi', 'PER'), ('Benetton', 'ORG'), ('Giancarlo Fisichella', 'PER'), ('Jordan', 'ORG'), ('Jacques Villeneuve', 'PER')]),
# wM065
('1997-04-13',
 'MOTOR CYCLING - MALAYSIAN 500CC GRAND PRIX RESULTS.\nSHAH ALAM, Malaysia 1997-04-13\nLeading results of the 500cc race at the Malaysian Grand Prix on Sunday:\n1. Mick Doohan (Australia) Honda 44:21.443\n2. Tadayuki Okada (Japan) Honda 44:24.102\n3. Nobuatsu Aoki (Japan) Honda 44:30.870\n4. Alex Criville (Spain) Honda 44:31.009\n5. Luca Cadalora (Italy) Yamaha 44:41.512',
 [('MALAYSIAN', 'MISC'), ('SHAH ALAM', 'LOC'), ('Malaysia', 'LOC'), ('Malaysian Grand Prix', 'MISC'), ('Mick Doohan', 'PER'), ('Australia', 'LOC'), ('Honda', 'ORG'), ('Tadayuki Okada', 'PER'), ('Japan', 'LOC'), ('Honda', 'ORG'), ('Nobuatsu Aoki', 'PER'), ('Japan', 'LOC'), ('Honda', 'ORG'), ('Alex Criville', 'PER'), ('Spain', 'LOC'), ('Honda', 'ORG'), ('Luca Cadalora', 'PER'), ('Italy', 'LOC'), ('Yamaha', 'ORG')]),
# wM066
('1997-03-01',
 'RALLYING - SAFARI RALLY POSITIONS AFTER FIRST LEG.\nNAIROBI 1997-03-01\nLeading positions after the first leg of the Safari Rally on Saturday:\n1. Colin McRae (Britain) Subaru 3 hours 05 minutes 12 seconds\n2. Richard Burns (Britain) Mitsubishi 4:41 behind\n3. Ian Duncan (Kenya) Toyota 9:20\n4. Rudi Stohl (Austria) Toyota 22:07\nLocal driver Patrick Njiru retired near Kajiado with a broken suspension.',
 [('SAFARI RALLY', 'MISC'), ('NAIROBI', 'LOC'), ('Safari Rally', 'MISC'), ('Colin McRae', 'PER'), ('Britain', 'LOC'), ('Subaru', 'ORG'), ('Richard Burns', 'PER'), ('Britain', 'LOC'), ('Mitsubishi', 'ORG'), ('Ian Duncan', 'PER'), ('Kenya', 'LOC'), ('Toyota', 'ORG'), ('Rudi Stohl', 'PER'), ('Austria', 'LOC'), ('Toyota', 'ORG'), ('Patrick Njiru', 'PER'), ('Kajiado', 'LOC')]),
# wM067
('1996-10-13',
 'RUGBY UNION - FRENCH CHAMPIONSHIP RESULTS.\nPARIS 1996-10-13\nResults of French rugby championship matches on Sunday: Toulouse 32 Narbonne 12, Brive 25 Pau 18, Castres 16 Agen 16, Begles-Bordeaux 9 Dax 14, Montferrand 40 Grenoble 22.',
 [('FRENCH', 'MISC'), ('PARIS', 'LOC'), ('French', 'MISC'), ('Toulouse', 'ORG'), ('Narbonne', 'ORG'), ('Brive', 'ORG'), ('Pau', 'ORG'), ('Castres', 'ORG'), ('Agen', 'ORG'), ('Begles-Bordeaux', 'ORG'), ('Dax', 'ORG'), ('Montferrand', 'ORG'), ('Grenoble', 'ORG')]),
# wM068
('1997-05-24',
 'RUGBY UNION - BLUES RETAIN SUPER 12 TITLE.\nAUCKLAND 1997-05-24\nThe Auckland Blues retained the Super 12 title on Saturday, beating the ACT Brumbies 23-7 in the final at Eden Park. Winger Joeli Vidiri scored the only try of the first half and fly-half Carlos Spencer kicked 13 points. Brumbies coach Rod Macqueen said his side had "run out of legs".',
 [('BLUES', 'ORG'), ('SUPER 12', 'MISC'), ('AUCKLAND', 'LOC'), ('Auckland Blues', 'ORG'), ('Super 12', 'MISC'), ('ACT Brumbies', 'ORG'), ('Eden Park', 'LOC'), ('Joeli Vidiri', 'PER'), ('Carlos Spencer', 'PER'), ('Brumbies', 'ORG'), ('Rod Macqueen', 'PER')]),
# wM069
('1997-08-31',
 'RUGBY LEAGUE - SUPER LEAGUE RESULTS.\nLONDON 1997-08-31\nResults of Super League matches on Sunday: Bradford Bulls 32 Warrington Wolves 18, St Helens 22 Wigan Warriors 24, Halifax Blue Sox 36 Oldham Bears 14, Castleford Tigers 10 London Broncos 19, Salford Reds 28 Paris St Germain 8.',
 [('SUPER LEAGUE', 'MISC'), ('LONDON', 'LOC'), ('Super League', 'MISC'), ('Bradford Bulls', 'ORG'), ('Warrington Wolves', 'ORG'), ('St Helens', 'ORG'), ('Wigan Warriors', 'ORG'), ('Halifax Blue Sox', 'ORG'), ('Oldham Bears', 'ORG'), ('Castleford Tigers', 'ORG'), ('London Broncos', 'ORG'), ('Salford Reds', 'ORG'), ('Paris St Germain', 'ORG')]),
# wM070
('1996-11-09',
 'BOXING - KOVALENKO STOPS MEXICAN TO KEEP WBO BELT.\nHAMBURG 1996-11-09\nUkrainian Vitaly Kovalenko retained his WBO light-heavyweight title on Saturday, stopping Mexican challenger Ramon Ezequiel Zarate in the seventh round at the Sporthalle. Kovalenko, who fights for the Hamburg-based Universum Box-Promotion stable, floored Zarate twice before referee Joe Cortez stopped the fight.',
 [('KOVALENKO', 'PER'), ('MEXICAN', 'MISC'), ('WBO', 'ORG'), ('HAMBURG', 'LOC'), ('Ukrainian', 'MISC'), ('Vitaly Kovalenko', 'PER'), ('WBO', 'ORG'), ('Mexican', 'MISC'), ('Ramon Ezequiel Zarate', 'PER'), ('Sporthalle', 'LOC'), ('Kovalenko', 'PER'), ('Hamburg', 'LOC'), ('Universum Box-Promotion', 'ORG'), ('Zarate', 'PER'), ('Joe Cortez', 'PER')]),
# wM071
('1997-02-23',
 'BOXING - THAI KEEPS WBC FLYWEIGHT TITLE.\nBANGKOK 1997-02-23\nThailand\'s Chatchai Sor Vorapin kept his World Boxing Council flyweight title on Sunday with a unanimous points decision over Filipino Rolando Bohol Pascua in Nakhon Ratchasima. Judges scored it 117-111, 116-112 and 118-110. "He was stronger than I expected," Chatchai told reporters.',
 [('THAI', 'MISC'), ('WBC', 'ORG'), ('BANGKOK', 'LOC'), ('Thailand', 'LOC'), ('Chatchai Sor Vorapin', 'PER'), ('World Boxing Council', 'ORG'), ('Filipino', 'MISC'), ('Rolando Bohol Pascua', 'PER'), ('Nakhon Ratchasima', 'LOC'), ('Chatchai', 'PER')]),
# wM072
('1997-01-25',
 "ALPINE SKIING - MEN'S DOWNHILL RESULTS IN KITZBUEHEL.\nKITZBUEHEL, Austria 1997-01-25\nLeading results of the men's downhill on the Streif course on Saturday:\n1. Fritz Strobl (Austria) 1:54.21\n2. Kristian Ghedina (Italy) 1:54.50\n3. Luc Alphand (France) 1:54.77\n4. Lasse Kjus (Norway) 1:55.02\n5. Bruno Kernen (Switzerland) 1:55.31",
 [('KITZBUEHEL', 'LOC'), ('KITZBUEHEL', 'LOC'), ('Austria', 'LOC'), ('Streif', 'LOC'), ('Fritz Strobl', 'PER'), ('Austria', 'LOC'), ('Kristian Ghedina', 'PER'), ('Italy', 'LOC'), ('Luc Alphand', 'PER'), ('France', 'LOC'), ('Lasse Kjus', 'PER'), ('Norway', 'LOC'), ('Bruno Kernen', 'PER'), ('Switzerland', 'LOC')]),
# wM073
('1997-01-12',
 "ALPINE SKIING - WOMEN'S SLALOM RESULTS IN MARIBOR.\nMARIBOR, Slovenia 1997-01-12\nLeading results of a women's slalom on Sunday (aggregate of two runs):\n1. Deborah Compagnoni (Italy) 1:35.44\n2. Urska Hrovat (Slovenia) 1:35.90\n3. Pernilla Wiberg (Sweden) 1:36.12\n4. Kristina Koznick (U.S.) 1:36.40\n5. Ylva Nowen (Sweden) 1:36.58",
 [('MARIBOR', 'LOC'), ('MARIBOR', 'LOC'), ('Slovenia', 'LOC'), ('Deborah Compagnoni', 'PER'), ('Italy', 'LOC'), ('Urska Hrovat', 'PER'), ('Slovenia', 'LOC'), ('Pernilla Wiberg', 'PER'), ('Sweden', 'LOC'), ('Kristina Koznick', 'PER'), ('U.S.', 'LOC'), ('Ylva Nowen', 'PER'), ('Sweden', 'LOC')]),
# wM074
('1996-12-01',
 "SKI JUMPING - FUNAKI WINS IN LILLEHAMMER.\nLILLEHAMMER, Norway 1996-12-01\nJapan's Kazuyoshi Funaki won a ski jumping event on the large hill at Lysgaardsbakken on Sunday with jumps of 130 and 127.5 metres. Finland's Janne Ahonen was second and Primoz Peterka of Slovenia third.",
 [('FUNAKI', 'PER'), ('LILLEHAMMER', 'LOC'), ('LILLEHAMMER', 'LOC'), ('Norway', 'LOC'), ('Japan', 'LOC'), ('Kazuyoshi Funaki', 'PER'), ('Lysgaardsbakken', 'LOC'), ('Finland', 'LOC'), ('Janne Ahonen', 'PER'), ('Primoz Peterka', 'PER'), ('Slovenia', 'LOC')]),
# wM075
('1997-05-07',
 "SOCCER - OLIMPIA BEAT CERRO PORTENO IN LIBERTADORES.\nASUNCION 1997-05-07\nParaguayan champions Olimpia beat city rivals Cerro Porteno 2-0 in the Copa Libertadores on Wednesday at the Defensores del Chaco stadium. Arsenio Benitez Ocampo scored twice in the second half. In Cali, America drew 1-1 with Ecuador's Emelec.",
 [('OLIMPIA', 'ORG'), ('CERRO PORTENO', 'ORG'), ('LIBERTADORES', 'MISC'), ('ASUNCION', 'LOC'), ('Paraguayan', 'MISC'), ('Olimpia', 'ORG'), ('Cerro Porteno', 'ORG'), ('Copa Libertadores', 'MISC'), ('Defensores del Chaco', 'LOC'), ('Arsenio Benitez Ocampo', 'PER'), ('Cali', 'LOC'), ('America', 'ORG'), ('Ecuador', 'LOC'), ('Emelec', 'ORG')]),
# wM076
('1996-12-15',
 'SOCCER - FLAMENGO AND VASCO DRAW AT MARACANA.\nRIO DE JANEIRO 1996-12-15\nFlamengo and Vasco da Gama drew 1-1 in front of 95,000 fans at the Maracana on Sunday. Vasco striker Edmundo opened the scoring after 20 minutes and Flamengo levelled through Savio before half-time. Gremio beat Goias 3-0 in Porto Alegre.',
 [('FLAMENGO', 'ORG'), ('VASCO', 'ORG'), ('MARACANA', 'LOC'), ('RIO DE JANEIRO', 'LOC'), ('Flamengo', 'ORG'), ('Vasco da Gama', 'ORG'), ('Maracana', 'LOC'), ('Vasco', 'ORG'), ('Edmundo', 'PER'), ('Flamengo', 'ORG'), ('Savio', 'PER'), ('Gremio', 'ORG'), ('Goias', 'ORG'), ('Porto Alegre', 'LOC')]),
# wM077
('1997-04-06',
 "SOCCER - ROSARIO DERBY ENDS IN DRAW.\nROSARIO, Argentina 1997-04-06\nRosario Central and Newell's Old Boys drew 2-2 in the Argentine first division on Sunday. Uruguayan forward Ruben Dario Larrosa scored twice for Newell's but Central came back through Horacio Carbonari and Martin Cardetti. Leaders River Plate beat Velez Sarsfield 2-1.",
 [('ROSARIO', 'LOC'), ('ROSARIO', 'LOC'), ('Argentina', 'LOC'), ('Rosario Central', 'ORG'), ("Newell's Old Boys", 'ORG'), ('Argentine', 'MISC'), ('Uruguayan', 'MISC'), ('Ruben Dario Larrosa', 'PER'), ("Newell's", 'ORG'), ('Central', 'ORG'), ('Horacio Carbonari', 'PER'), ('Martin Cardetti', 'PER'), ('River Plate', 'ORG'), ('Velez Sarsfield', 'ORG')]),
# wM078
('1996-11-03',
 'SOCCER - CHILEAN LEAGUE RESULTS.\nSANTIAGO 1996-11-03\nResults of Chilean first division matches on Sunday: Colo Colo 3 Cobreloa 1, Universidad de Chile 1 Universidad Catolica 1, Deportes Temuco 2 Huachipato 0, Everton 0 Palestino 1, Coquimbo Unido 2 Audax Italiano 2.',
 [('CHILEAN', 'MISC'), ('SANTIAGO', 'LOC'), ('Chilean', 'MISC'), ('Colo Colo', 'ORG'), ('Cobreloa', 'ORG'), ('Universidad de Chile', 'ORG'), ('Universidad Catolica', 'ORG'), ('Deportes Temuco', 'ORG'), ('Huachipato', 'ORG'), ('Everton', 'ORG'), ('Palestino', 'ORG'), ('Coquimbo Unido', 'ORG'), ('Audax Italiano', 'ORG')]),
# wM079
('1997-06-15',
 'SOCCER - COLOMBIAN LEAGUE RESULTS.\nBOGOTA 1997-06-15\nResults of Colombian first division matches on Sunday: Millonarios 2 Santa Fe 1, Atletico Nacional 1 Deportivo Cali 0, Junior Barranquilla 3 Once Caldas 1, Deportes Tolima 0 America Cali 0, Independiente Medellin 2 Envigado 2.',
 [('COLOMBIAN', 'MISC'), ('BOGOTA', 'LOC'), ('Colombian', 'MISC'), ('Millonarios', 'ORG'), ('Santa Fe', 'ORG'), ('Atletico Nacional', 'ORG'), ('Deportivo Cali', 'ORG'), ('Junior Barranquilla', 'ORG'), ('Once Caldas', 'ORG'), ('Deportes Tolima', 'ORG'), ('America Cali', 'ORG'), ('Independiente Medellin', 'ORG'), ('Envigado', 'ORG')]),
# wM080
('1996-11-24',
 'SOCCER - PENAROL EDGE NACIONAL IN MONTEVIDEO.\nMONTEVIDEO 1996-11-24\nPenarol beat Nacional 1-0 at the Centenario stadium on Sunday to move a step closer to their second successive Uruguayan title. Midfielder Pablo Bengoechea scored from a free kick in the 62nd minute. Nacional had defender Washington Tais Acosta sent off.',
 [('PENAROL', 'ORG'), ('NACIONAL', 'ORG'), ('MONTEVIDEO', 'LOC'), ('MONTEVIDEO', 'LOC'), ('Penarol', 'ORG'), ('Nacional', 'ORG'), ('Centenario', 'LOC'), ('Uruguayan', 'MISC'), ('Pablo Bengoechea', 'PER'), ('Nacional', 'ORG'), ('Washington Tais Acosta', 'PER')]),
# wM081
('1997-03-16',
 'SOCCER - MEXICAN LEAGUE RESULTS.\nMEXICO CITY 1997-03-16\nResults of Mexican league matches at the weekend: America 2 Guadalajara 2, Cruz Azul 1 Toluca 0, Necaxa 3 Atlas 1, UNAM Pumas 0 Santos Laguna 1, Monterrey 2 Tigres 1, Puebla 1 Veracruz 1.',
 [('MEXICAN', 'MISC'), ('MEXICO CITY', 'LOC'), ('Mexican', 'MISC'), ('America', 'ORG'), ('Guadalajara', 'ORG'), ('Cruz Azul', 'ORG'), ('Toluca', 'ORG'), ('Necaxa', 'ORG'), ('Atlas', 'ORG'), ('UNAM Pumas', 'ORG'), ('Santos Laguna', 'ORG'), ('Monterrey', 'ORG'), ('Tigres', 'ORG'), ('Puebla', 'ORG'), ('Veracruz', 'ORG')]),
# wM082
('1997-07-06',
 'SOCCER - BOLIVAR STRETCH LEAD IN BOLIVIA.\nLA PAZ 1997-07-06\nBolivar beat The Strongest 3-1 at the Hernando Siles stadium on Sunday to go six points clear in the Bolivian championship. Erwin Sanchez scored twice. Oriente Petrolero drew 0-0 with Blooming in Santa Cruz and Jorge Wilstermann won 2-1 at San Jose in Oruro.',
 [('BOLIVAR', 'ORG'), ('BOLIVIA', 'LOC'), ('LA PAZ', 'LOC'), ('Bolivar', 'ORG'), ('The Strongest', 'ORG'), ('Hernando Siles', 'LOC'), ('Bolivian', 'MISC'), ('Erwin Sanchez', 'PER'), ('Oriente Petrolero', 'ORG'), ('Blooming', 'ORG'), ('Santa Cruz', 'LOC'), ('Jorge Wilstermann', 'ORG'), ('San Jose', 'ORG'), ('Oruro', 'LOC')]),
# wM083
('1997-10-19',
 'SOCCER - HEARTS OF OAK BEAT KOTOKO IN ACCRA.\nACCRA 1997-10-19\nAccra Hearts of Oak beat Asante Kotoko 2-1 in the Ghanaian premier league on Sunday, the Ghana News Agency reported. Kofi Amponsah-Darko and Ishmael Addo scored for Hearts and Kotoko replied through Opoku Nti. Goldfields of Obuasi drew 1-1 with Great Olympics.',
 [('HEARTS OF OAK', 'ORG'), ('KOTOKO', 'ORG'), ('ACCRA', 'LOC'), ('ACCRA', 'LOC'), ('Accra Hearts of Oak', 'ORG'), ('Asante Kotoko', 'ORG'), ('Ghanaian', 'MISC'), ('Ghana News Agency', 'ORG'), ('Kofi Amponsah-Darko', 'PER'), ('Ishmael Addo', 'PER'), ('Hearts', 'ORG'), ('Kotoko', 'ORG'), ('Opoku Nti', 'PER'), ('Goldfields', 'ORG'), ('Obuasi', 'LOC'), ('Great Olympics', 'ORG')]),
# wM084
('1996-09-22',
 'SOCCER - ESPERANCE HELD BY ETOILE.\nTUNIS 1996-09-22\nEsperance were held 1-1 by Etoile du Sahel in the Tunisian championship on Sunday at the El Menzah stadium. Esperance went ahead through Nigerian Augustine Eguavoen-Okafor but Etoile levelled through Kais Ghodhbane. Club Africain beat CS Sfaxien 2-0.',
 [('ESPERANCE', 'ORG'), ('ETOILE', 'ORG'), ('TUNIS', 'LOC'), ('Esperance', 'ORG'), ('Etoile du Sahel', 'ORG'), ('Tunisian', 'MISC'), ('El Menzah', 'LOC'), ('Esperance', 'ORG'), ('Nigerian', 'MISC'), ('Augustine Eguavoen-Okafor', 'PER'), ('Etoile', 'ORG'), ('Kais Ghodhbane', 'PER'), ('Club Africain', 'ORG'), ('CS Sfaxien', 'ORG')]),
# wM085
('1997-06-20',
 'SOCCER - JS KABYLIE BEAT MC ALGER.\nALGIERS 1997-06-20\nJS Kabylie beat MC Alger 1-0 in Tizi Ouzou on Friday to go top of the Algerian first division, the official APS news agency said. Moussa Saib scored in the 75th minute. USM Alger lost 2-1 at CR Belouizdad.',
 [('JS KABYLIE', 'ORG'), ('MC ALGER', 'ORG'), ('ALGIERS', 'LOC'), ('JS Kabylie', 'ORG'), ('MC Alger', 'ORG'), ('Tizi Ouzou', 'LOC'), ('Algerian', 'MISC'), ('APS', 'ORG'), ('Moussa Saib', 'PER'), ('USM Alger', 'ORG'), ('CR Belouizdad', 'ORG')]),
# wM086
('1997-01-17',
 "SOCCER - PERSEPOLIS WIN TEHRAN DERBY.\nTEHRAN 1997-01-17\nPersepolis beat Esteghlal 2-1 in front of more than 100,000 spectators at Azadi Stadium on Friday, Iran's official news agency IRNA reported. Mehdi Mahdavikia and Khodadad Azizi scored for Persepolis, who lead the Iranian league by three points.",
 [('PERSEPOLIS', 'ORG'), ('TEHRAN', 'LOC'), ('TEHRAN', 'LOC'), ('Persepolis', 'ORG'), ('Esteghlal', 'ORG'), ('Azadi Stadium', 'LOC'), ('Iran', 'LOC'), ('IRNA', 'ORG'), ('Mehdi Mahdavikia', 'PER'), ('Khodadad Azizi', 'PER'), ('Persepolis', 'ORG'), ('Iranian', 'MISC')]),
# wM087
('1997-07-27',
 "SOCCER - PERSEBAYA WIN INDONESIAN TITLE.\nJAKARTA 1997-07-27\nPersebaya Surabaya won the Liga Indonesia on Sunday, beating Bandung Raya 3-1 in the final at Senayan stadium. Jacksen Tiago, a Brazilian playing his second season in Indonesia, scored twice, and Aji Santoso added the third. Bandung Raya's goal came from Cameroonian Olinga Atangana.",
 [('PERSEBAYA', 'ORG'), ('INDONESIAN', 'MISC'), ('JAKARTA', 'LOC'), ('Persebaya Surabaya', 'ORG'), ('Liga Indonesia', 'MISC'), ('Bandung Raya', 'ORG'), ('Senayan', 'LOC'), ('Jacksen Tiago', 'PER'), ('Brazilian', 'MISC'), ('Indonesia', 'LOC'), ('Aji Santoso', 'PER'), ('Bandung Raya', 'ORG'), ('Cameroonian', 'MISC'), ('Olinga Atangana', 'PER')]),
# wM088
('1997-11-08',
 'SOCCER - SELANGOR WIN MALAYSIA CUP.\nKUALA LUMPUR 1997-11-08\nSelangor beat Pahang 1-0 in the Malaysia Cup final at the Merdeka Stadium on Saturday. Azmil Azali headed the winner from a corner in the 71st minute. Pahang coach Kevin Vincent O\'Neill said the trophy had gone "to the better side on the day".',
 [('SELANGOR', 'ORG'), ('MALAYSIA CUP', 'MISC'), ('KUALA LUMPUR', 'LOC'), ('Selangor', 'ORG'), ('Pahang', 'ORG'), ('Malaysia Cup', 'MISC'), ('Merdeka Stadium', 'LOC'), ('Azmil Azali', 'PER'), ('Pahang', 'ORG'), ("Kevin Vincent O'Neill", 'PER')]),
# wM089
('1997-05-21',
 "SOCCER - SCHALKE WIN UEFA CUP ON PENALTIES.\nMILAN 1997-05-21\nSchalke 04 won the UEFA Cup on Wednesday, beating Inter Milan 4-1 on penalties after a 1-1 aggregate draw. Ivan Zamorano had scored for Inter at the San Siro to cancel out Marc Wilmots's goal in the first leg in Gelsenkirchen. Goalkeeper Jens Lehmann saved from Zamorano and Aron Winter.",
 [('SCHALKE', 'ORG'), ('UEFA CUP', 'MISC'), ('MILAN', 'LOC'), ('Schalke 04', 'ORG'), ('UEFA Cup', 'MISC'), ('Inter Milan', 'ORG'), ('Ivan Zamorano', 'PER'), ('Inter', 'ORG'), ('San Siro', 'LOC'), ('Marc Wilmots', 'PER'), ('Gelsenkirchen', 'LOC'), ('Jens Lehmann', 'PER'), ('Zamorano', 'PER'), ('Aron Winter', 'PER')]),
# wM090
('1997-05-28',
 'SOCCER - DORTMUND BEAT JUVENTUS TO WIN EUROPEAN CUP.\nMUNICH 1997-05-28\nBorussia Dortmund won the European Cup for the first time on Wednesday, beating holders Juventus 3-1 in the final at the Olympic Stadium. Karlheinz Riedle scored twice in the first half and substitute Lars Ricken chipped the third with his first touch after Alessandro Del Piero had pulled one back. Dortmund coach Ottmar Hitzfeld called it "the greatest night in the club\'s history".',
 [('DORTMUND', 'ORG'), ('JUVENTUS', 'ORG'), ('EUROPEAN CUP', 'MISC'), ('MUNICH', 'LOC'), ('Borussia Dortmund', 'ORG'), ('European Cup', 'MISC'), ('Juventus', 'ORG'), ('Olympic Stadium', 'LOC'), ('Karlheinz Riedle', 'PER'), ('Lars Ricken', 'PER'), ('Alessandro Del Piero', 'PER'), ('Dortmund', 'ORG'), ('Ottmar Hitzfeld', 'PER')]),
# wM091
('1997-05-14',
 "SOCCER - BARCELONA WIN CUP WINNERS' CUP.\nROTTERDAM 1997-05-14\nBarcelona won the European Cup Winners' Cup for a record fourth time on Wednesday, beating holders Paris St Germain 1-0 in the final at the Feijenoord Stadium. Ronaldo scored from the penalty spot in the 37th minute after Figo had been brought down by Bruno N'Gotty. Barcelona coach Bobby Robson was given a standing ovation by Catalan fans.",
 [('BARCELONA', 'ORG'), ("CUP WINNERS' CUP", 'MISC'), ('ROTTERDAM', 'LOC'), ('Barcelona', 'ORG'), ("European Cup Winners' Cup", 'MISC'), ('Paris St Germain', 'ORG'), ('Feijenoord Stadium', 'LOC'), ('Ronaldo', 'PER'), ('Figo', 'PER'), ("Bruno N'Gotty", 'PER'), ('Barcelona', 'ORG'), ('Bobby Robson', 'PER'), ('Catalan', 'MISC')]),
# wM092
('1996-09-11',
 'SOCCER - UEFA CUP FIRST ROUND, FIRST LEG RESULTS.\nGENEVA 1996-09-11\nResults of UEFA Cup first round, first leg matches on Tuesday: Casino Salzburg (Austria) 0 Sporting (Portugal) 2, Anderlecht (Belgium) 4 Vitoria Setubal (Portugal) 1, Lokomotiv Sofia (Bulgaria) 0 Monaco (France) 1, Roda JC (Netherlands) 2 Olimpija Ljubljana (Slovenia) 0, Karlsruhe (Germany) 3 Hapoel Beersheba (Israel) 1.',
 [('UEFA CUP', 'MISC'), ('GENEVA', 'LOC'), ('UEFA Cup', 'MISC'), ('Casino Salzburg', 'ORG'), ('Austria', 'LOC'), ('Sporting', 'ORG'), ('Portugal', 'LOC'), ('Anderlecht', 'ORG'), ('Belgium', 'LOC'), ('Vitoria Setubal', 'ORG'), ('Portugal', 'LOC'), ('Lokomotiv Sofia', 'ORG'), ('Bulgaria', 'LOC'), ('Monaco', 'ORG'), ('France', 'LOC'), ('Roda JC', 'ORG'), ('Netherlands', 'LOC'), ('Olimpija Ljubljana', 'ORG'), ('Slovenia', 'LOC'), ('Karlsruhe', 'ORG'), ('Germany', 'LOC'), ('Hapoel Beersheba', 'ORG'), ('Israel', 'LOC')]),
# wM093
('1996-10-06',
 'GOLF - DUNHILL CUP FINAL RESULT.\nST ANDREWS, Scotland 1996-10-06\nUnited States beat Zimbabwe 2-1 in the final of the Dunhill Cup on the Old Course on Sunday:\nMark Brooks (U.S.) beat Tony Johnstone (Zimbabwe) 71 to 74\nNick Price (Zimbabwe) beat Phil Mickelson (U.S.) 68 to 70\nSteve Stricker (U.S.) beat Mark McNulty (Zimbabwe) 72 to 73',
 [('DUNHILL CUP', 'MISC'), ('ST ANDREWS', 'LOC'), ('Scotland', 'LOC'), ('United States', 'LOC'), ('Zimbabwe', 'LOC'), ('Dunhill Cup', 'MISC'), ('Old Course', 'LOC'), ('Mark Brooks', 'PER'), ('U.S.', 'LOC'), ('Tony Johnstone', 'PER'), ('Zimbabwe', 'LOC'), ('Nick Price', 'PER'), ('Zimbabwe', 'LOC'), ('Phil Mickelson', 'PER'), ('U.S.', 'LOC'), ('Steve Stricker', 'PER'), ('U.S.', 'LOC'), ('Mark McNulty', 'PER'), ('Zimbabwe', 'LOC')]),
# wM094
('1996-11-03',
 'GOLF - VOLVO MASTERS LEADING SCORES.\nSOTOGRANDE, Spain 1996-11-03\nLeading final scores in the Volvo Masters at Valderrama on Sunday (Britain unless stated):\n276 Mark McNulty (Zimbabwe)\n277 Costantino Rocca (Italy)\n279 Colin Montgomerie, Miguel Angel Jimenez (Spain)\n280 Paul Broadhurst, Raymond Russell',
 [('VOLVO MASTERS', 'MISC'), ('SOTOGRANDE', 'LOC'), ('Spain', 'LOC'), ('Volvo Masters', 'MISC'), ('Valderrama', 'LOC'), ('Britain', 'LOC'), ('Mark McNulty', 'PER'), ('Zimbabwe', 'LOC'), ('Costantino Rocca', 'PER'), ('Italy', 'LOC'), ('Colin Montgomerie', 'PER'), ('Miguel Angel Jimenez', 'PER'), ('Spain', 'LOC'), ('Paul Broadhurst', 'PER'), ('Raymond Russell', 'PER')]),
# wM095
('1996-12-01',
 'TENNIS - FRANCE WIN DAVIS CUP IN MALMO.\nMALMO, Sweden 1996-12-01\nFrance won the Davis Cup for the eighth time on Sunday when Arnaud Boetsch beat Nicklas Kulti 7-6 2-6 4-6 7-6 10-8 in the deciding rubber. Boetsch saved three match points in the fifth set. Sweden captain Carl-Axel Hageskog said: "It is the cruellest way to lose."',
 [('FRANCE', 'LOC'), ('DAVIS CUP', 'MISC'), ('MALMO', 'LOC'), ('MALMO', 'LOC'), ('Sweden', 'LOC'), ('France', 'LOC'), ('Davis Cup', 'MISC'), ('Arnaud Boetsch', 'PER'), ('Nicklas Kulti', 'PER'), ('Boetsch', 'PER'), ('Sweden', 'LOC'), ('Carl-Axel Hageskog', 'PER')]),
# wM096
('1997-03-16',
 'TENNIS - RESULTS AT LIPTON CHAMPIONSHIPS.\nKEY BISCAYNE, Florida 1997-03-16\nResults of third-round matches at the Lipton Championships on Sunday (prefix number denotes seeding):\n2 - Michael Chang (U.S.) beat Alberto Berasategui (Spain) 6-3 6-2\nJonas Bjorkman (Sweden) beat Mark Philippoussis (Australia) 7-6 (7-5) 6-4\nMagnus Larsson (Sweden) beat Andrei Medvedev (Ukraine) 6-1 6-4\nGustavo Kuerten (Brazil) beat Younes El Aynaoui (Morocco) 4-6 6-3 7-5',
 [('LIPTON CHAMPIONSHIPS', 'MISC'), ('KEY BISCAYNE', 'LOC'), ('Florida', 'LOC'), ('Lipton Championships', 'MISC'), ('Michael Chang', 'PER'), ('U.S.', 'LOC'), ('Alberto Berasategui', 'PER'), ('Spain', 'LOC'), ('Jonas Bjorkman', 'PER'), ('Sweden', 'LOC'), ('Mark Philippoussis', 'PER'), ('Australia', 'LOC'), ('Magnus Larsson', 'PER'), ('Sweden', 'LOC'), ('Andrei Medvedev', 'PER'), ('Ukraine', 'LOC'), ('Gustavo Kuerten', 'PER'), ('Brazil', 'LOC'), ('Younes El Aynaoui', 'PER'), ('Morocco', 'LOC')]),
# wM097
('1997-09-28',
 'TENNIS - TAN WINS IN BALI.\nDENPASAR, Indonesia 1997-09-28\nJapanese qualifier Tan Miho won the Wismilak International on Sunday, beating Indonesian Wynne Prakusya 6-3 4-6 6-2 in the final. Tan collected $16,000 and said she would use it to pay for a coach.',
 [('TAN', 'PER'), ('BALI', 'LOC'), ('DENPASAR', 'LOC'), ('Indonesia', 'LOC'), ('Japanese', 'MISC'), ('Tan Miho', 'PER'), ('Wismilak International', 'MISC'), ('Indonesian', 'MISC'), ('Wynne Prakusya', 'PER'), ('Tan', 'PER')]),
# wM098
('1997-03-16',
 "BADMINTON - ALL-ENGLAND CHAMPIONSHIPS FINALS.\nBIRMINGHAM, England 1997-03-16\nResults of finals at the All-England badminton championships on Sunday:\nMen's singles: Dong Jiong (China) beat Poul-Erik Hoyer Larsen (Denmark) 15-12 15-5\nWomen's singles: Ye Zhaoying (China) beat Susi Susanti (Indonesia) 11-8 11-6\nMen's doubles: Sigit Budiarto and Candra Wijaya (Indonesia) beat Cheah Soon Kit and Yap Kim Hock (Malaysia) 15-11 15-9",
 [('ALL-ENGLAND', 'MISC'), ('BIRMINGHAM', 'LOC'), ('England', 'LOC'), ('All-England', 'MISC'), ('Dong Jiong', 'PER'), ('China', 'LOC'), ('Poul-Erik Hoyer Larsen', 'PER'), ('Denmark', 'LOC'), ('Ye Zhaoying', 'PER'), ('China', 'LOC'), ('Susi Susanti', 'PER'), ('Indonesia', 'LOC'), ('Sigit Budiarto', 'PER'), ('Candra Wijaya', 'PER'), ('Indonesia', 'LOC'), ('Cheah Soon Kit', 'PER'), ('Yap Kim Hock', 'PER'), ('Malaysia', 'LOC')]),
# wM099
('1996-09-28',
 "SQUASH - JANSHER INTO HONG KONG OPEN FINAL.\nHONG KONG 1996-09-28\nPakistan's Jansher Khan reached the final of the Hong Kong Open on Saturday with a 15-9 15-10 15-7 win over Australian Rodney Eyles. Jansher will meet Egyptian Ahmed Barada, who beat Scotland's Peter Nicol in five games.",
 [('JANSHER', 'PER'), ('HONG KONG OPEN', 'MISC'), ('HONG KONG', 'LOC'), ('Pakistan', 'LOC'), ('Jansher Khan', 'PER'), ('Hong Kong Open', 'MISC'), ('Australian', 'MISC'), ('Rodney Eyles', 'PER'), ('Jansher', 'PER'), ('Egyptian', 'MISC'), ('Ahmed Barada', 'PER'), ('Scotland', 'LOC'), ('Peter Nicol', 'PER')]),
# wM100
('1996-11-24',
 "SUMO - MUSASHIMARU WINS KYUSHU TOURNAMENT.\nFUKUOKA, Japan 1996-11-24\nOzeki Musashimaru, who was born in Hawaii, won the Kyushu Grand Sumo Tournament on Sunday in a five-way playoff that included grand champion Akebono and ozeki Wakanohana. It was the second tournament title of Musashimaru's career. Grand champion Takanohana missed the tournament with a back injury, the Japan Sumo Association said.",
 [('MUSASHIMARU', 'PER'), ('KYUSHU', 'LOC'), ('FUKUOKA', 'LOC'), ('Japan', 'LOC'), ('Musashimaru', 'PER'), ('Hawaii', 'LOC'), ('Kyushu Grand Sumo Tournament', 'MISC'), ('Akebono', 'PER'), ('Wakanohana', 'PER'), ('Musashimaru', 'PER'), ('Takanohana', 'PER'), ('Japan Sumo Association', 'ORG')]),
# wM101
('1996-10-24',
 "BASEBALL - ORIX WIN JAPAN SERIES.\nKOBE 1996-10-24\nThe Orix BlueWave won the Japan Series on Thursday, beating the Yomiuri Giants 5-2 to take the best-of-seven series 4-1. Ichiro Suzuki had two hits and Troy Neel drove in three runs. Orix manager Akira Ohgi said the title was for the people of Kobe, still rebuilding after last year's earthquake.",
 [('ORIX', 'ORG'), ('JAPAN SERIES', 'MISC'), ('KOBE', 'LOC'), ('Orix BlueWave', 'ORG'), ('Japan Series', 'MISC'), ('Yomiuri Giants', 'ORG'), ('Ichiro Suzuki', 'PER'), ('Troy Neel', 'PER'), ('Orix', 'ORG'), ('Akira Ohgi', 'PER'), ('Kobe', 'LOC')]),
# wM102
('1997-04-24',
 'BASKETBALL - OLYMPIAKOS WIN EUROPEAN TITLE.\nROME 1997-04-24\nOlympiakos Piraeus won the European Champions\' Cup on Thursday, beating Barcelona 73-58 in the final at the Palaeur. David Rivers scored 26 points for the Greek side. Barcelona coach Aito Garcia Reneses said his team had "never found its rhythm".',
 [('OLYMPIAKOS', 'ORG'), ('EUROPEAN', 'MISC'), ('ROME', 'LOC'), ('Olympiakos Piraeus', 'ORG'), ("European Champions' Cup", 'MISC'), ('Barcelona', 'ORG'), ('Palaeur', 'LOC'), ('David Rivers', 'PER'), ('Greek', 'MISC'), ('Barcelona', 'ORG'), ('Aito Garcia Reneses', 'PER')]),
# wM103
('1997-01-22',
 'BASKETBALL - NBA RESULTS.\nNEW YORK 1997-01-22\nResults of National Basketball Association games on Tuesday (home team in capitals):\nCHICAGO 102 Golden State 87\nHouston 98 DENVER 95\nUTAH 110 Seattle 103\nNEW JERSEY 91 Orlando 89',
 [('NBA', 'ORG'), ('NEW YORK', 'LOC'), ('National Basketball Association', 'ORG'), ('CHICAGO', 'ORG'), ('Golden State', 'ORG'), ('Houston', 'ORG'), ('DENVER', 'ORG'), ('UTAH', 'ORG'), ('Seattle', 'ORG'), ('NEW JERSEY', 'ORG'), ('Orlando', 'ORG')]),
# wM104
('1997-04-20',
 "ATHLETICS - KENYAN WINS ROTTERDAM MARATHON.\nROTTERDAM 1997-04-20\nKenyan Fabian Kiprotich Rono won the Rotterdam Marathon on Sunday in two hours 08 minutes 14 seconds, ahead of Portugal's Luis Novo and Mexican Benjamin Paredes. Ethiopia's Derartu Tulu won the women's race.",
 [('KENYAN', 'MISC'), ('ROTTERDAM MARATHON', 'MISC'), ('ROTTERDAM', 'LOC'), ('Kenyan', 'MISC'), ('Fabian Kiprotich Rono', 'PER'), ('Rotterdam Marathon', 'MISC'), ('Portugal', 'LOC'), ('Luis Novo', 'PER'), ('Mexican', 'MISC'), ('Benjamin Paredes', 'PER'), ('Ethiopia', 'LOC'), ('Derartu Tulu', 'PER')]),
# wM105
('1997-08-13',
 "ATHLETICS - WELTKLASSE MEETING RESULTS.\nZURICH 1997-08-13\nLeading results at the Weltklasse athletics meeting at the Letzigrund stadium on Wednesday:\nMen's 5,000 metres: 1. Daniel Komen (Kenya) 12:44.90 2. Haile Gebrselassie (Ethiopia) 12:45.31 3. Khalid Boulami (Morocco) 12:52.38\nMen's 400 metres hurdles: 1. Stephane Diagana (France) 47.69 2. Samuel Matete (Zambia) 47.98 3. Rohan Robinson (Australia) 48.31",
 [('WELTKLASSE', 'MISC'), ('ZURICH', 'LOC'), ('Weltklasse', 'MISC'), ('Letzigrund', 'LOC'), ('Daniel Komen', 'PER'), ('Kenya', 'LOC'), ('Haile Gebrselassie', 'PER'), ('Ethiopia', 'LOC'), ('Khalid Boulami', 'PER'), ('Morocco', 'LOC'), ('Stephane Diagana', 'PER'), ('France', 'LOC'), ('Samuel Matete', 'PER'), ('Zambia', 'LOC'), ('Rohan Robinson', 'PER'), ('Australia', 'LOC')]),
# wM106
('1997-06-05',
 "ATHLETICS - GOLDEN GALA RESULTS.\nROME 1997-06-05\nLeading results at the Golden Gala meeting at the Stadio Olimpico on Thursday:\nMen's 1,500 metres: 1. Hicham El Guerrouj (Morocco) 3:30.15 2. Noah Ngeny Kiptanui (Kenya) 3:32.02 3. Fermin Cacho (Spain) 3:33.40\nWomen's long jump: 1. Fiona May (Italy) 6.92 metres 2. Chioma Ajunwa (Nigeria) 6.81 3. Lyudmila Galkina (Russia) 6.78",
 [('GOLDEN GALA', 'MISC'), ('ROME', 'LOC'), ('Golden Gala', 'MISC'), ('Stadio Olimpico', 'LOC'), ('Hicham El Guerrouj', 'PER'), ('Morocco', 'LOC'), ('Noah Ngeny Kiptanui', 'PER'), ('Kenya', 'LOC'), ('Fermin Cacho', 'PER'), ('Spain', 'LOC'), ('Fiona May', 'PER'), ('Italy', 'LOC'), ('Chioma Ajunwa', 'PER'), ('Nigeria', 'LOC'), ('Lyudmila Galkina', 'PER'), ('Russia', 'LOC')]),
# wM107
('1997-05-18',
 "CYCLING - GIRO D'ITALIA STAGE RESULTS.\nMONTECATINI TERME, Italy 1997-05-18\nLeading results of the second stage of the Giro d'Italia, 202 km from Venice to Montecatini Terme on Sunday:\n1. Mario Cipollini (Italy) Saeco 5:01:12\n2. Nicola Minali (Italy) Batik same time\n3. Djamolidine Abdoujaparov (Uzbekistan) Lotto s.t.\n4. Endrio Leoni (Italy) Aki s.t.",
 [("GIRO D'ITALIA", 'MISC'), ('MONTECATINI TERME', 'LOC'), ('Italy', 'LOC'), ("Giro d'Italia", 'MISC'), ('Venice', 'LOC'), ('Montecatini Terme', 'LOC'), ('Mario Cipollini', 'PER'), ('Italy', 'LOC'), ('Saeco', 'ORG'), ('Nicola Minali', 'PER'), ('Italy', 'LOC'), ('Batik', 'ORG'), ('Djamolidine Abdoujaparov', 'PER'), ('Uzbekistan', 'LOC'), ('Lotto', 'ORG'), ('Endrio Leoni', 'PER'), ('Italy', 'LOC'), ('Aki', 'ORG')]),
# wM108
('1996-09-22',
 'CYCLING - ZULLE WINS TOUR OF SPAIN.\nMADRID 1996-09-22\nSwiss rider Alex Zulle of ONCE won the Tour of Spain on Sunday, finishing 1:25 ahead of Laurent Dufaux of Festina. Colombian climber Hernan Buenahora of Kelme finished third. Five-times Tour de France winner Miguel Indurain had quit the race in the mountains of Asturias.',
 [('ZULLE', 'PER'), ('TOUR OF SPAIN', 'MISC'), ('MADRID', 'LOC'), ('Swiss', 'MISC'), ('Alex Zulle', 'PER'), ('ONCE', 'ORG'), ('Tour of Spain', 'MISC'), ('Laurent Dufaux', 'PER'), ('Festina', 'ORG'), ('Colombian', 'MISC'), ('Hernan Buenahora', 'PER'), ('Kelme', 'ORG'), ('Tour de France', 'MISC'), ('Miguel Indurain', 'PER'), ('Asturias', 'LOC')]),
# wM109
('1997-09-21',
 'MOTOR RACING - AUSTRIAN GRAND PRIX RESULTS.\nSPIELBERG, Austria 1997-09-21\nLeading results of the Austrian Grand Prix at the A1-Ring on Sunday:\n1. Jacques Villeneuve (Canada) Williams 1:27:35.999\n2. David Coulthard (Britain) McLaren 2.909 seconds behind\n3. Heinz-Harald Frentzen (Germany) Williams 3.962\n4. Giancarlo Fisichella (Italy) Jordan 12.127\n5. Ralf Schumacher (Germany) Jordan 31.859',
 [('AUSTRIAN GRAND PRIX', 'MISC'), ('SPIELBERG', 'LOC'), ('Austria', 'LOC'), ('Austrian Grand Prix', 'MISC'), ('A1-Ring', 'LOC'), ('Jacques Villeneuve', 'PER'), ('Canada', 'LOC'), ('Williams', 'ORG'), ('David Coulthard', 'PER'), ('Britain', 'LOC'), ('McLaren', 'ORG'), ('Heinz-Harald Frentzen', 'PER'), ('Germany', 'LOC'), ('Williams', 'ORG'), ('Giancarlo Fisichella', 'PER'), ('Italy', 'LOC'), ('Jordan', 'ORG'), ('Ralf Schumacher', 'PER'), ('Germany', 'LOC'), ('Jordan', 'ORG')]),
# wM110
('1997-03-15',
 'RUGBY UNION - FRANCE COMPLETE GRAND SLAM.\nPARIS 1997-03-15\nFrance completed the Five Nations Grand Slam on Saturday with a 47-20 win over Scotland at the Parc des Princes in the last international at the ground. Fly-half Christophe Lamaison scored 27 points and Laurent Leflamand scored two tries. Scotland coach Richie Dixon said France were "in a different class".',
 [('FRANCE', 'LOC'), ('GRAND SLAM', 'MISC'), ('PARIS', 'LOC'), ('France', 'LOC'), ('Five Nations', 'MISC'), ('Grand Slam', 'MISC'), ('Scotland', 'LOC'), ('Parc des Princes', 'LOC'), ('Christophe Lamaison', 'PER'), ('Laurent Leflamand', 'PER'), ('Scotland', 'LOC'), ('Richie Dixon', 'PER'), ('France', 'LOC')]),
# wM111
('1997-10-25',
 'RUGBY UNION - CURRIE CUP FINAL: WESTERN PROVINCE WIN.\nCAPE TOWN 1997-10-25\nWestern Province won the Currie Cup for the first time since 1986 on Saturday, beating Free State 14-12 in the final at Newlands. Louis Koen kicked three penalties and the winning try came from flanker Bobby Skinstad. Free State fly-half Jannie de Beer missed a late drop goal.',
 [('CURRIE CUP', 'MISC'), ('WESTERN PROVINCE', 'ORG'), ('CAPE TOWN', 'LOC'), ('Western Province', 'ORG'), ('Currie Cup', 'MISC'), ('Free State', 'ORG'), ('Newlands', 'LOC'), ('Louis Koen', 'PER'), ('Bobby Skinstad', 'PER'), ('Free State', 'ORG'), ('Jannie de Beer', 'PER')]),
# wM112
('1997-06-14',
 'BOXING - NASEEM HAMMERS ARGENTINE IN MANCHESTER.\nMANCHESTER, England 1997-06-14\nPrince Naseem Hamed retained his WBO and IBF featherweight titles on Saturday, stopping Argentine Juan Gerardo Cabrera in the second round at the Nynex Arena. Hamed, from Sheffield, put Cabrera down twice. Promoter Frank Warren said Hamed would defend again in London in October.',
 [('NASEEM', 'PER'), ('ARGENTINE', 'MISC'), ('MANCHESTER', 'LOC'), ('MANCHESTER', 'LOC'), ('England', 'LOC'), ('Prince Naseem Hamed', 'PER'), ('WBO', 'ORG'), ('IBF', 'ORG'), ('Argentine', 'MISC'), ('Juan Gerardo Cabrera', 'PER'), ('Nynex Arena', 'LOC'), ('Hamed', 'PER'), ('Sheffield', 'LOC'), ('Cabrera', 'PER'), ('Frank Warren', 'PER'), ('Hamed', 'PER'), ('London', 'LOC')]),
# wM113
('1997-11-14',
 'CRICKET - PAKISTAN BEAT SRI LANKA IN SHARJAH.\nSHARJAH, United Arab Emirates 1997-11-14\nPakistan beat Sri Lanka by 43 runs in the Champions Trophy at the Sharjah Cricket Association Stadium on Friday. Opener Shahid Afridi hit 52 off 28 balls and Inzamam-ul-Haq made 75 in a total of 266 for eight. Sri Lanka were all out for 223 despite 66 from Marvan Atapattu; Aaqib Javed took four for 41.',
 [('PAKISTAN', 'LOC'), ('SRI LANKA', 'LOC'), ('SHARJAH', 'LOC'), ('SHARJAH', 'LOC'), ('United Arab Emirates', 'LOC'), ('Pakistan', 'LOC'), ('Sri Lanka', 'LOC'), ('Champions Trophy', 'MISC'), ('Sharjah Cricket Association Stadium', 'LOC'), ('Shahid Afridi', 'PER'), ('Inzamam-ul-Haq', 'PER'), ('Sri Lanka', 'LOC'), ('Marvan Atapattu', 'PER'), ('Aaqib Javed', 'PER')]),
# wM114
('1997-02-12',
 'CRICKET - QUAID-E-AZAM TROPHY SCORES.\nKARACHI 1997-02-12\nClose of play scores on the second day of Quaid-e-Azam Trophy matches on Wednesday:\nAt National Stadium: Karachi Whites 344 (Asif Mujtaba 121, Basit Ali 60) v Rawalpindi 98-3.\nAt Gaddafi Stadium, Lahore: Lahore City 201 (Zahid Fazal 77; Mohammad Zahid 5-49) v Habib Bank 150-6.',
 [('QUAID-E-AZAM TROPHY', 'MISC'), ('KARACHI', 'LOC'), ('Quaid-e-Azam Trophy', 'MISC'), ('National Stadium', 'LOC'), ('Karachi Whites', 'ORG'), ('Asif Mujtaba', 'PER'), ('Basit Ali', 'PER'), ('Rawalpindi', 'ORG'), ('Gaddafi Stadium', 'LOC'), ('Lahore', 'LOC'), ('Lahore City', 'ORG'), ('Zahid Fazal', 'PER'), ('Mohammad Zahid', 'PER'), ('Habib Bank', 'ORG')]),
# wM115
('1996-10-27',
 'SOCCER - SLOVAK LEAGUE RESULTS.\nBRATISLAVA 1996-10-27\nResults of Slovak first division matches on Sunday: Slovan Bratislava 2 Kosice 1, Inter Bratislava 0 Spartak Trnava 1, Dukla Banska Bystrica 1 DAC Dunajska Streda 1, Tatran Presov 3 Chemlon Humenne 0.',
 [('SLOVAK', 'MISC'), ('BRATISLAVA', 'LOC'), ('Slovak', 'MISC'), ('Slovan Bratislava', 'ORG'), ('Kosice', 'ORG'), ('Inter Bratislava', 'ORG'), ('Spartak Trnava', 'ORG'), ('Dukla Banska Bystrica', 'ORG'), ('DAC Dunajska Streda', 'ORG'), ('Tatran Presov', 'ORG'), ('Chemlon Humenne', 'ORG')]),
# wM116
('1997-05-31',
 'SOCCER - MARIBOR CLINCH SLOVENIAN TITLE.\nLJUBLJANA 1997-05-31\nMaribor Branik clinched their first Slovenian league title on Saturday with a 2-0 win at Olimpija in Ljubljana. Ante Simundza and Zoran Pavlovic scored. Gorica finished second.',
 [('MARIBOR', 'ORG'), ('SLOVENIAN', 'MISC'), ('LJUBLJANA', 'LOC'), ('Maribor Branik', 'ORG'), ('Slovenian', 'MISC'), ('Olimpija', 'ORG'), ('Ljubljana', 'LOC'), ('Ante Simundza', 'PER'), ('Zoran Pavlovic', 'PER'), ('Gorica', 'ORG')]),
# wM117
('1996-09-29',
 'SOCCER - FINNISH LEAGUE RESULTS.\nHELSINKI 1996-09-29\nResults of Finnish premier division matches on Sunday: HJK Helsinki 2 Jaro 0, Haka Valkeakoski 1 FinnPa 1, TPS Turku 3 MyPa 2, Jazz Pori 0 Inter Turku 0, Ilves Tampere 1 RoPS Rovaniemi 2.',
 [('FINNISH', 'MISC'), ('HELSINKI', 'LOC'), ('Finnish', 'MISC'), ('HJK Helsinki', 'ORG'), ('Jaro', 'ORG'), ('Haka Valkeakoski', 'ORG'), ('FinnPa', 'ORG'), ('TPS Turku', 'ORG'), ('MyPa', 'ORG'), ('Jazz Pori', 'ORG'), ('Inter Turku', 'ORG'), ('Ilves Tampere', 'ORG'), ('RoPS Rovaniemi', 'ORG')]),
# wM118
('1997-09-21',
 "SOCCER - ICELANDIC TITLE FOR IBV.\nREYKJAVIK 1997-09-21\nIBV of the Westman Islands won the Icelandic league title on Saturday for the first time in 18 years, beating Leiftur 3-1. Tryggvi Gudmundsson scored twice and finished as the league's top scorer. KR Reykjavik finished second.",
 [('ICELANDIC', 'MISC'), ('IBV', 'ORG'), ('REYKJAVIK', 'LOC'), ('IBV', 'ORG'), ('Westman Islands', 'LOC'), ('Icelandic', 'MISC'), ('Leiftur', 'ORG'), ('Tryggvi Gudmundsson', 'PER'), ('KR Reykjavik', 'ORG')]),
# wM119
('1997-06-21',
 'SOCCER - BALTIC LEAGUE ROUND-UP.\nRIGA 1997-06-21\nSkonto Riga beat Daugava 4-0 on Saturday to stay unbeaten in the Latvian league. In Lithuania, Kareda Siauliai beat Zalgiris Vilnius 2-1, and in Estonia Lantana Tallinn drew 1-1 with Flora Tallinn, the Baltic News Service reported.',
 [('BALTIC', 'MISC'), ('RIGA', 'LOC'), ('Skonto Riga', 'ORG'), ('Daugava', 'ORG'), ('Latvian', 'MISC'), ('Lithuania', 'LOC'), ('Kareda Siauliai', 'ORG'), ('Zalgiris Vilnius', 'ORG'), ('Estonia', 'LOC'), ('Lantana Tallinn', 'ORG'), ('Flora Tallinn', 'ORG'), ('Baltic News Service', 'ORG')]),
# wM120
('1996-10-06',
 'SOCCER - ARMENIAN AND BELARUSSIAN RESULTS.\nMOSCOW 1996-10-06\nIn Armenia, Pyunik Yerevan beat Shirak Gyumri 2-0 on Sunday. In Belarus, Dinamo Minsk drew 1-1 with MPKC Mozyr, who lead the table, and Belshina Bobruisk beat Dnepr Mogilev 3-1, the Interfax news agency said.',
 [('ARMENIAN', 'MISC'), ('BELARUSSIAN', 'MISC'), ('MOSCOW', 'LOC'), ('Armenia', 'LOC'), ('Pyunik Yerevan', 'ORG'), ('Shirak Gyumri', 'ORG'), ('Belarus', 'LOC'), ('Dinamo Minsk', 'ORG'), ('MPKC Mozyr', 'ORG'), ('Belshina Bobruisk', 'ORG'), ('Dnepr Mogilev', 'ORG'), ('Interfax', 'ORG')]),
# wM121
('1997-03-09',
 "SOCCER - VALLETTA HELD IN MALTESE LEAGUE.\nVALLETTA 1997-03-09\nValletta were held 1-1 by Sliema Wanderers at the Ta' Qali stadium on Sunday. Hibernians beat Floriana 2-0 to go level with Valletta at the top of the Maltese premier league.",
 [('VALLETTA', 'ORG'), ('MALTESE', 'MISC'), ('VALLETTA', 'LOC'), ('Valletta', 'ORG'), ('Sliema Wanderers', 'ORG'), ("Ta' Qali", 'LOC'), ('Hibernians', 'ORG'), ('Floriana', 'ORG'), ('Valletta', 'ORG'), ('Maltese', 'MISC')]),
# wM122
('1997-04-12',
 'SOCCER - WELSH LEAGUE: BARRY TOWN CHAMPIONS.\nCARDIFF 1997-04-12\nBarry Town were confirmed as League of Wales champions on Saturday after a 3-0 win over Inter Cardiff. Tony Bird scored a hat-trick. In Northern Ireland, Crusaders drew 0-0 with Glentoran in Belfast.',
 [('WELSH', 'MISC'), ('BARRY TOWN', 'ORG'), ('CARDIFF', 'LOC'), ('Barry Town', 'ORG'), ('League of Wales', 'MISC'), ('Inter Cardiff', 'ORG'), ('Tony Bird', 'PER'), ('Northern Ireland', 'LOC'), ('Crusaders', 'ORG'), ('Glentoran', 'ORG'), ('Belfast', 'LOC')]),
# wM123
('1996-11-17',
 'SOCCER - GOR MAHIA BEAT LEOPARDS IN NAIROBI DERBY.\nNAIROBI 1996-11-17\nGor Mahia beat AFC Leopards 2-1 at Nyayo National Stadium on Sunday to move top of the Kenyan national league. Peter Dawo Okoth scored both goals for Gor, and Leopards replied through Wycliffe Anyangu. Kenya Breweries lost 1-0 at Mumias Sugar.',
 [('GOR MAHIA', 'ORG'), ('LEOPARDS', 'ORG'), ('NAIROBI', 'LOC'), ('NAIROBI', 'LOC'), ('Gor Mahia', 'ORG'), ('AFC Leopards', 'ORG'), ('Nyayo National Stadium', 'LOC'), ('Kenyan', 'MISC'), ('Peter Dawo Okoth', 'PER'), ('Gor', 'ORG'), ('Leopards', 'ORG'), ('Wycliffe Anyangu', 'PER'), ('Kenya Breweries', 'ORG'), ('Mumias Sugar', 'ORG')]),
# wM124
('1997-08-24',
 'SOCCER - SC VILLA WIN UGANDA SUPER LEAGUE.\nKAMPALA 1997-08-24\nSC Villa won the Ugandan super league title on Sunday after a 3-0 win over Kampala City Council at Nakivubo stadium. Majid Musisi Ssekabira scored twice. Express finished second after losing 1-0 to Mbale Heroes, the state-owned New Vision newspaper said.',
 [('SC VILLA', 'ORG'), ('UGANDA', 'LOC'), ('KAMPALA', 'LOC'), ('SC Villa', 'ORG'), ('Ugandan', 'MISC'), ('Kampala City Council', 'ORG'), ('Nakivubo', 'LOC'), ('Majid Musisi Ssekabira', 'PER'), ('Express', 'ORG'), ('Mbale Heroes', 'ORG'), ('New Vision', 'ORG')]),
# wM125
('1997-05-18',
 "SOCCER - YANGA AND SIMBA DRAW IN DAR ES SALAAM.\nDAR ES SALAAM 1997-05-18\nYoung Africans and Simba drew 1-1 in the Tanzanian league on Sunday in front of 40,000 fans at the National Stadium. Edibily Lunyamila put Yanga ahead and Simba's Zamoyoni Mogella equalised with a penalty. Malindi of Zanzibar beat Tukuyu Stars 2-0.",
 [('YANGA', 'ORG'), ('SIMBA', 'ORG'), ('DAR ES SALAAM', 'LOC'), ('DAR ES SALAAM', 'LOC'), ('Young Africans', 'ORG'), ('Simba', 'ORG'), ('Tanzanian', 'MISC'), ('National Stadium', 'LOC'), ('Edibily Lunyamila', 'PER'), ('Yanga', 'ORG'), ('Simba', 'ORG'), ('Zamoyoni Mogella', 'PER'), ('Malindi', 'ORG'), ('Zanzibar', 'LOC'), ('Tukuyu Stars', 'ORG')]),
# wM126
('1996-10-20',
 'SOCCER - DYNAMOS HELD BY HIGHLANDERS.\nBULAWAYO 1996-10-20\nDynamos were held 0-0 by Highlanders at Barbourfields stadium on Sunday in the Zimbabwean premier league. CAPS United beat Black Rhinos 2-1 with goals from Alois Bunjira and Shingi Kawondera, while Blackpool won 1-0 at Wankie in Hwange.',
 [('DYNAMOS', 'ORG'), ('HIGHLANDERS', 'ORG'), ('BULAWAYO', 'LOC'), ('Dynamos', 'ORG'), ('Highlanders', 'ORG'), ('Barbourfields', 'LOC'), ('Zimbabwean', 'MISC'), ('CAPS United', 'ORG'), ('Black Rhinos', 'ORG'), ('Alois Bunjira', 'PER'), ('Shingi Kawondera', 'PER'), ('Blackpool', 'ORG'), ('Wankie', 'ORG'), ('Hwange', 'LOC')]),
# wM127
('1997-07-13',
 "SOCCER - VITA CLUB BEAT MAZEMBE.\nKINSHASA 1997-07-13\nAS Vita Club beat TP Mazembe 2-0 in Kinshasa on Sunday in the first league match played in the capital since Laurent Kabila's forces took power. Kabongo Mutombo scored both goals. DC Motema Pembe beat Sanga Balende of Mbuji-Mayi 3-1.",
 [('VITA CLUB', 'ORG'), ('MAZEMBE', 'ORG'), ('KINSHASA', 'LOC'), ('AS Vita Club', 'ORG'), ('TP Mazembe', 'ORG'), ('Kinshasa', 'LOC'), ('Laurent Kabila', 'PER'), ('Kabongo Mutombo', 'PER'), ('DC Motema Pembe', 'ORG'), ('Sanga Balende', 'ORG'), ('Mbuji-Mayi', 'LOC')]),
# wM128
('1997-09-14',
 'SOCCER - PETRO TOP IN ANGOLA.\nLUANDA 1997-09-14\nPetro Atletico beat Primeiro de Agosto 2-1 in the Luanda derby on Sunday to go top of the Angolan league. Fabrice Maieco Akwa and Joao Pedro Quinanga scored for Petro, the ANGOP news agency said.',
 [('PETRO', 'ORG'), ('ANGOLA', 'LOC'), ('LUANDA', 'LOC'), ('Petro Atletico', 'ORG'), ('Primeiro de Agosto', 'ORG'), ('Luanda', 'LOC'), ('Angolan', 'MISC'), ('Fabrice Maieco Akwa', 'PER'), ('Joao Pedro Quinanga', 'PER'), ('Petro', 'ORG'), ('ANGOP', 'ORG')]),
# wM129
('1996-12-08',
 "SOCCER - JEANNE D'ARC WIN DAKAR DERBY.\nDAKAR 1996-12-08\nJeanne d'Arc beat ASC Diaraf 1-0 in the Senegalese first division on Sunday at the Leopold Sedar Senghor stadium. Souleymane Sane Diallo scored after 54 minutes. In Bamako, Djoliba and Stade Malien drew 2-2.",
 [("JEANNE D'ARC", 'ORG'), ('DAKAR', 'LOC'), ('DAKAR', 'LOC'), ("Jeanne d'Arc", 'ORG'), ('ASC Diaraf', 'ORG'), ('Senegalese', 'MISC'), ('Leopold Sedar Senghor', 'LOC'), ('Souleymane Sane Diallo', 'PER'), ('Bamako', 'LOC'), ('Djoliba', 'ORG'), ('Stade Malien', 'ORG')]),
# wM130
('1997-04-06',
 'SOCCER - CANON BEAT TONNERRE IN YAOUNDE.\nYAOUNDE 1997-04-06\nCanon Yaounde beat Tonnerre Yaounde 1-0 in the Cameroon first division on Sunday. Veteran striker Emmanuel Maboang Kessack scored the only goal. Coton Sport of Garoua lost 2-1 at Union Douala.',
 [('CANON', 'ORG'), ('TONNERRE', 'ORG'), ('YAOUNDE', 'LOC'), ('YAOUNDE', 'LOC'), ('Canon Yaounde', 'ORG'), ('Tonnerre Yaounde', 'ORG'), ('Cameroon', 'LOC'), ('Emmanuel Maboang Kessack', 'PER'), ('Coton Sport', 'ORG'), ('Garoua', 'LOC'), ('Union Douala', 'ORG')]),
# wM131
('1997-02-28',
 'SOCCER - AL HILAL BEAT AL NASR IN RIYADH.\nRIYADH 1997-02-28\nAl Hilal beat Al Nasr 2-1 in the Saudi premier league on Friday at the King Fahd International Stadium. Sami al-Jaber scored both goals. Al Ittihad won 3-0 at Al Shabab and Al Ahli lost 1-0 at Al Ettifaq in Dammam.',
 [('AL HILAL', 'ORG'), ('AL NASR', 'ORG'), ('RIYADH', 'LOC'), ('RIYADH', 'LOC'), ('Al Hilal', 'ORG'), ('Al Nasr', 'ORG'), ('Saudi', 'MISC'), ('King Fahd International Stadium', 'LOC'), ('Sami al-Jaber', 'PER'), ('Al Ittihad', 'ORG'), ('Al Shabab', 'ORG'), ('Al Ahli', 'ORG'), ('Al Ettifaq', 'ORG'), ('Dammam', 'LOC')]),
# wM132
('1997-03-27',
 'SOCCER - KUWAITI AND QATARI RESULTS.\nDOHA 1997-03-27\nIn Qatar, Al Arabi beat Al Sadd 2-1 on Thursday with a late goal from Mubarak Mustafa. In Kuwait, Qadsia beat Kazma 3-0 and Salmiya drew 1-1 with Al Arabi Kuwait, the Kuwait News Agency said.',
 [('KUWAITI', 'MISC'), ('QATARI', 'MISC'), ('DOHA', 'LOC'), ('Qatar', 'LOC'), ('Al Arabi', 'ORG'), ('Al Sadd', 'ORG'), ('Mubarak Mustafa', 'PER'), ('Kuwait', 'LOC'), ('Qadsia', 'ORG'), ('Kazma', 'ORG'), ('Salmiya', 'ORG'), ('Al Arabi Kuwait', 'ORG'), ('Kuwait News Agency', 'ORG')]),
# wM133
('1996-11-29',
 'SOCCER - AL WAHDAT WIN JORDANIAN DERBY.\nAMMAN 1996-11-29\nAl Wahdat beat Al Faisaly 1-0 in front of 25,000 fans at the Amman International Stadium on Friday. Jihad Abdul-Munem scored in the 80th minute. In Beirut, Al Ansar beat Nejmeh 2-0 in the Lebanese first division.',
 [('AL WAHDAT', 'ORG'), ('JORDANIAN', 'MISC'), ('AMMAN', 'LOC'), ('Al Wahdat', 'ORG'), ('Al Faisaly', 'ORG'), ('Amman International Stadium', 'LOC'), ('Jihad Abdul-Munem', 'PER'), ('Beirut', 'LOC'), ('Al Ansar', 'ORG'), ('Nejmeh', 'ORG'), ('Lebanese', 'MISC')]),
# wM134
('1997-09-06',
 'SOCCER - S.LEAGUE RESULTS.\nSINGAPORE 1997-09-06\nResults of S.League matches on Saturday: Singapore Armed Forces 3 Tiong Bahru United 1, Geylang United 1 Tampines Rovers 1, Woodlands Wellington 2 Sembawang Rangers 0, Jurong 0 Balestier Central 2.',
 [('S.LEAGUE', 'MISC'), ('SINGAPORE', 'LOC'), ('S.League', 'MISC'), ('Singapore Armed Forces', 'ORG'), ('Tiong Bahru United', 'ORG'), ('Geylang United', 'ORG'), ('Tampines Rovers', 'ORG'), ('Woodlands Wellington', 'ORG'), ('Sembawang Rangers', 'ORG'), ('Jurong', 'ORG'), ('Balestier Central', 'ORG')]),
# wM135
('1997-02-02',
 'SOCCER - THAI FARMERS BANK WIN THAI LEAGUE.\nBANGKOK 1997-02-02\nThai Farmers Bank clinched the Thai premier league title on Sunday with a 2-1 win over Royal Thai Air Force at Suphachalasai stadium. Worrawoot Srimaka scored the winner. Bangkok Bank finished second, a point behind.',
 [('THAI FARMERS BANK', 'ORG'), ('THAI', 'MISC'), ('BANGKOK', 'LOC'), ('Thai Farmers Bank', 'ORG'), ('Thai', 'MISC'), ('Royal Thai Air Force', 'ORG'), ('Suphachalasai', 'LOC'), ('Worrawoot Srimaka', 'PER'), ('Bangkok Bank', 'ORG')]),
# wM136
('1996-12-06',
 'SOCCER - VIETNAMESE CLUB CANG SAIGON WIN TITLE.\nHANOI 1996-12-06\nCang Saigon won the Vietnamese national championship on Friday after a 1-1 draw with The Cong in Hanoi, the official Vietnam News Agency said. Le Huynh Duc scored for the visitors from Ho Chi Minh City.',
 [('VIETNAMESE', 'MISC'), ('CANG SAIGON', 'ORG'), ('HANOI', 'LOC'), ('Cang Saigon', 'ORG'), ('Vietnamese', 'MISC'), ('The Cong', 'ORG'), ('Hanoi', 'LOC'), ('Vietnam News Agency', 'ORG'), ('Le Huynh Duc', 'PER'), ('Ho Chi Minh City', 'LOC')]),
# wM137
('1997-05-18',
 'SOCCER - BRISBANE STRIKERS WIN NSL GRAND FINAL.\nBRISBANE 1997-05-18\nThe Brisbane Strikers won the National Soccer League grand final on Sunday, beating Sydney United 2-0 in front of a record crowd of 40,446 at Suncorp Stadium. Frank Farina and Warren Moon scored. Sydney United coach Manfred Schaefer said his side had "frozen on the big stage".',
 [('BRISBANE STRIKERS', 'ORG'), ('NSL', 'MISC'), ('BRISBANE', 'LOC'), ('Brisbane Strikers', 'ORG'), ('National Soccer League', 'MISC'), ('Sydney United', 'ORG'), ('Suncorp Stadium', 'LOC'), ('Frank Farina', 'PER'), ('Warren Moon', 'PER'), ('Sydney United', 'ORG'), ('Manfred Schaefer', 'PER')]),
# wM138
('1997-08-16',
 'SOCCER - ENGLISH PREMIER LEAGUE SUMMARY.\nLONDON 1997-08-16\nChelsea\'s Italian striker Gianluca Vialli scored twice as they beat Barnsley 6-0 at Oakwell on Saturday, with Uruguayan Gustavo Poyet, Romanian Dan Petrescu and Norwegian Tore Andre Flo also on the scoresheet. Barnsley manager Danny Wilson said: "We were taught a lesson."',
 [('ENGLISH', 'MISC'), ('LONDON', 'LOC'), ('Chelsea', 'ORG'), ('Italian', 'MISC'), ('Gianluca Vialli', 'PER'), ('Barnsley', 'ORG'), ('Oakwell', 'LOC'), ('Uruguayan', 'MISC'), ('Gustavo Poyet', 'PER'), ('Romanian', 'MISC'), ('Dan Petrescu', 'PER'), ('Norwegian', 'MISC'), ('Tore Andre Flo', 'PER'), ('Barnsley', 'ORG'), ('Danny Wilson', 'PER')]),
# wM139
('1997-06-29',
 'SOCCER - BRAZIL WIN COPA AMERICA.\nLA PAZ 1997-06-29\nBrazil won the Copa America on Sunday, beating hosts Bolivia 3-1 in the final at the Hernando Siles stadium. Edmundo, Ronaldo and Ze Roberto scored for Brazil, who had struggled with the altitude of 3,600 metres. Erwin Sanchez scored for Bolivia. Mexico beat Peru 1-0 for third place.',
 [('BRAZIL', 'LOC'), ('COPA AMERICA', 'MISC'), ('LA PAZ', 'LOC'), ('Brazil', 'LOC'), ('Copa America', 'MISC'), ('Bolivia', 'LOC'), ('Hernando Siles', 'LOC'), ('Edmundo', 'PER'), ('Ronaldo', 'PER'), ('Ze Roberto', 'PER'), ('Brazil', 'LOC'), ('Erwin Sanchez', 'PER'), ('Bolivia', 'LOC'), ('Mexico', 'LOC'), ('Peru', 'LOC')]),
# wM140
('1997-08-17',
 "SOCCER - NIGERIA BEAT GUINEA TO REACH FINALS.\nLAGOS 1997-08-17\nNigeria qualified for next year's finals in France on Sunday, beating Guinea 2-1 at the National Stadium in Surulere. Daniel Amokachi scored after 12 minutes and Victor Ikpeba added a second before Guinea's Titi Camara pulled one back. Coach Bora Milutinovic, who took over in June, watched from the stands.",
 [('NIGERIA', 'LOC'), ('GUINEA', 'LOC'), ('LAGOS', 'LOC'), ('Nigeria', 'LOC'), ('France', 'LOC'), ('Guinea', 'LOC'), ('National Stadium', 'LOC'), ('Surulere', 'LOC'), ('Daniel Amokachi', 'PER'), ('Victor Ikpeba', 'PER'), ('Guinea', 'LOC'), ('Titi Camara', 'PER'), ('Bora Milutinovic', 'PER')]),
# wM141
('1997-06-01',
 "HANDBALL - RUSSIA WIN MEN'S WORLD TITLE.\nKUMAMOTO, Japan 1997-06-01\nRussia won the men's world handball championship on Sunday, beating Sweden 23-21 in the final at the Park Dome. Dmitri Filippov scored seven goals. France beat Hungary 28-27 for third place, and Egypt finished sixth, the best result yet by an African team.",
 [('RUSSIA', 'LOC'), ('KUMAMOTO', 'LOC'), ('Japan', 'LOC'), ('Russia', 'LOC'), ('Sweden', 'LOC'), ('Park Dome', 'LOC'), ('Dmitri Filippov', 'PER'), ('France', 'LOC'), ('Hungary', 'LOC'), ('Egypt', 'LOC'), ('African', 'MISC')]),
# wM142
('1997-05-04',
 "TABLE TENNIS - CHINESE SWEEP WORLD TITLES.\nMANCHESTER, England 1997-05-04\nChina won all seven titles at the world table tennis championships, which ended on Sunday at the G-Mex Centre. Wang Liqin beat team-mate Kong Linghui in the men's singles final and Deng Yaping beat Wang Nan in the women's final. Sweden's Jan-Ove Waldner lost in the quarter-finals to Belarussian Vladimir Samsonov.",
 [('CHINESE', 'MISC'), ('MANCHESTER', 'LOC'), ('England', 'LOC'), ('China', 'LOC'), ('G-Mex Centre', 'LOC'), ('Wang Liqin', 'PER'), ('Kong Linghui', 'PER'), ('Deng Yaping', 'PER'), ('Wang Nan', 'PER'), ('Sweden', 'LOC'), ('Jan-Ove Waldner', 'PER'), ('Belarussian', 'MISC'), ('Vladimir Samsonov', 'PER')]),
# wM143
('1997-05-11',
 "CHESS - DEEP BLUE BEATS KASPAROV.\nNEW YORK 1997-05-11\nIBM's chess computer Deep Blue beat world champion Garry Kasparov on Sunday, winning the sixth and final game of their match in 19 moves to take the series 3.5-2.5. A visibly angry Kasparov told reporters at the Equitable Center that he wanted a rematch.",
 [('DEEP BLUE', 'MISC'), ('KASPAROV', 'PER'), ('NEW YORK', 'LOC'), ('IBM', 'ORG'), ('Deep Blue', 'MISC'), ('Garry Kasparov', 'PER'), ('Kasparov', 'PER'), ('Equitable Center', 'LOC')]),
# wM144
('1997-05-14',
 'ICE HOCKEY - CANADA WIN WORLD TITLE IN HELSINKI.\nHELSINKI 1997-05-14\nCanada won the world ice hockey championship on Wednesday, beating Sweden 2-1 in the third game of the final series at the Hartwall Arena. Owen Nolan and Anson Carter scored. Czech Republic beat Russia 4-3 for the bronze medal.',
 [('CANADA', 'LOC'), ('HELSINKI', 'LOC'), ('HELSINKI', 'LOC'), ('Canada', 'LOC'), ('Sweden', 'LOC'), ('Hartwall Arena', 'LOC'), ('Owen Nolan', 'PER'), ('Anson Carter', 'PER'), ('Czech Republic', 'LOC'), ('Russia', 'LOC')]),
# wM145
('1997-02-15',
 "ATHLETICS - KENYAN CROSS-COUNTRY TRIALS RESULTS.\nNAIROBI 1997-02-15\nLeading results of the Kenyan national cross-country trials at Ngong Racecourse on Saturday, which decide the team for the world championships in Turin:\nMen's 12 km: 1. Paul Tergat (Kenya Police) 35:21 2. Paul Koech (Kenya Army) 35:30 3. Shem Kororia (Kenya Prisons) 35:44\nKenya Amateur Athletic Association chairman Isaiah Kiplagat said the team would be named on Monday.",
 [('KENYAN', 'MISC'), ('NAIROBI', 'LOC'), ('Kenyan', 'MISC'), ('Ngong Racecourse', 'LOC'), ('Turin', 'LOC'), ('Paul Tergat', 'PER'), ('Kenya Police', 'ORG'), ('Paul Koech', 'PER'), ('Kenya Army', 'ORG'), ('Shem Kororia', 'PER'), ('Kenya Prisons', 'ORG'), ('Kenya Amateur Athletic Association', 'ORG'), ('Isaiah Kiplagat', 'PER')]),
# wM146
('1997-01-05',
 'TENNIS - COURIER WINS QATAR OPEN.\nDOHA 1997-01-05\nAmerican Jim Courier won the Qatar Open on Sunday, beating Tim Henman of Britain 7-5 6-7 (5-7) 6-2 in the final at the Khalifa International Tennis Complex. Courier received the trophy from the Qatari crown prince, Sheikh Jassim bin Hamad al-Thani.',
 [('COURIER', 'PER'), ('QATAR OPEN', 'MISC'), ('DOHA', 'LOC'), ('American', 'MISC'), ('Jim Courier', 'PER'), ('Qatar Open', 'MISC'), ('Tim Henman', 'PER'), ('Britain', 'LOC'), ('Khalifa International Tennis Complex', 'LOC'), ('Courier', 'PER'), ('Qatari', 'MISC'), ('Jassim bin Hamad al-Thani', 'PER')]),
# wM147
('1997-04-10',
 'CRICKET - KENYA BEAT IRELAND TO REACH ICC TROPHY FINAL.\nKUALA LUMPUR 1997-04-10\nKenya beat Ireland by seven runs in a rain-shortened semi-final of the ICC Trophy at the Tenaga National Sports Complex on Thursday. Maurice Odumbe made 59 and Aasif Karim took three wickets. Ireland captain Justin Benson said the rain rules had been "cruel".',
 [('KENYA', 'LOC'), ('IRELAND', 'LOC'), ('ICC TROPHY', 'MISC'), ('KUALA LUMPUR', 'LOC'), ('Kenya', 'LOC'), ('Ireland', 'LOC'), ('ICC Trophy', 'MISC'), ('Tenaga National Sports Complex', 'LOC'), ('Maurice Odumbe', 'PER'), ('Aasif Karim', 'PER'), ('Ireland', 'LOC'), ('Justin Benson', 'PER')]),
# wM148
('1997-07-12',
 "RUGBY UNION - WESTERN SAMOA BEAT TONGA IN APIA.\nAPIA 1997-07-12\nWestern Samoa beat Tonga 28-17 in a Pacific championship match at Apia Park on Saturday. Centre To'o Vaega scored two tries. Tonga captain Elisi Vunipola said his side had missed too many tackles. Fiji play Western Samoa in Suva next Saturday.",
 [('WESTERN SAMOA', 'LOC'), ('TONGA', 'LOC'), ('APIA', 'LOC'), ('APIA', 'LOC'), ('Western Samoa', 'LOC'), ('Tonga', 'LOC'), ('Pacific', 'MISC'), ('Apia Park', 'LOC'), ("To'o Vaega", 'PER'), ('Tonga', 'LOC'), ('Elisi Vunipola', 'PER'), ('Fiji', 'LOC'), ('Western Samoa', 'LOC'), ('Suva', 'LOC')]),
# wM149
('1997-10-05',
 'MOTOR CYCLING - INDONESIAN GRAND PRIX RESULTS.\nSENTUL, Indonesia 1997-10-05\nLeading results of the 500cc race at the Indonesian Grand Prix on Sunday:\n1. Tadayuki Okada (Japan) Repsol Honda 45:31.220\n2. Mick Doohan (Australia) Repsol Honda 45:31.402\n3. Nobuatsu Aoki (Japan) Rheos Elf Honda 45:40.118\nLocal wildcard Dony Hardiyanto finished 14th in the 250cc race, the best result by a rider from Indonesia.',
 [('INDONESIAN', 'MISC'), ('SENTUL', 'LOC'), ('Indonesia', 'LOC'), ('Indonesian Grand Prix', 'MISC'), ('Tadayuki Okada', 'PER'), ('Japan', 'LOC'), ('Repsol Honda', 'ORG'), ('Mick Doohan', 'PER'), ('Australia', 'LOC'), ('Repsol Honda', 'ORG'), ('Nobuatsu Aoki', 'PER'), ('Japan', 'LOC'), ('Rheos Elf Honda', 'ORG'), ('Dony Hardiyanto', 'PER'), ('Indonesia', 'LOC')]),
# wM150
('1996-10-27',
 'BASKETBALL - ALASKA COMPLETE PBA GRAND SLAM.\nQUEZON CITY, Philippines 1996-10-27\nThe Alaska Milkmen won the Philippine Basketball Association governors\' cup on Sunday, beating Formula Shell 4-2 in the best-of-seven final at the Araneta Coliseum to become the second team to win all three conferences in one season. Johnny Abarrientos scored 24 points. Alaska coach Tim Cone called it "the work of four years".',
 [('ALASKA', 'ORG'), ('PBA', 'ORG'), ('QUEZON CITY', 'LOC'), ('Philippines', 'LOC'), ('Alaska Milkmen', 'ORG'), ('Philippine Basketball Association', 'ORG'), ('Formula Shell', 'ORG'), ('Araneta Coliseum', 'LOC'), ('Johnny Abarrientos', 'PER'), ('Alaska', 'ORG'), ('Tim Cone', 'PER')]),
# wM151
('1997-11-22',
 'BOXING - GHANAIAN KEEPS AFRICAN TITLE.\nACCRA 1997-11-22\nGhanaian Kwaku Adjei-Mensah kept his African Boxing Union welterweight title on Saturday, outpointing Ugandan Godfrey Nyakana Mukasa over 12 rounds at the Accra Sports Stadium. Adjei-Mensah said he hoped his win would earn him a shot at a world title in Atlantic City.',
 [('GHANAIAN', 'MISC'), ('AFRICAN', 'MISC'), ('ACCRA', 'LOC'), ('Ghanaian', 'MISC'), ('Kwaku Adjei-Mensah', 'PER'), ('African Boxing Union', 'ORG'), ('Ugandan', 'MISC'), ('Godfrey Nyakana Mukasa', 'PER'), ('Accra Sports Stadium', 'LOC'), ('Adjei-Mensah', 'PER'), ('Atlantic City', 'LOC')]),
# wM152
('1997-02-16',
 'SPEED SKATING - WORLD SPRINT CHAMPIONSHIPS RESULTS.\nHAMAR, Norway 1997-02-16\nFinal overall standings at the world sprint speed skating championships at the Viking Ship arena on Sunday:\nMen: 1. Jan Bos (Netherlands) 2. Hiroyasu Shimizu (Japan) 3. Sergey Klevchenya (Russia)\nWomen: 1. Catriona LeMay Doan (Canada) 2. Franziska Schenk (Germany) 3. Xue Ruihong (China)',
 [('HAMAR', 'LOC'), ('Norway', 'LOC'), ('Viking Ship', 'LOC'), ('Jan Bos', 'PER'), ('Netherlands', 'LOC'), ('Hiroyasu Shimizu', 'PER'), ('Japan', 'LOC'), ('Sergey Klevchenya', 'PER'), ('Russia', 'LOC'), ('Catriona LeMay Doan', 'PER'), ('Canada', 'LOC'), ('Franziska Schenk', 'PER'), ('Germany', 'LOC'), ('Xue Ruihong', 'PER'), ('China', 'LOC')]),
# wM153
('1996-12-22',
 'CRICKET - BULAWAYO TEST DRAWN WITH SCORES LEVEL.\nBULAWAYO 1996-12-22\nThe first test between Zimbabwe and England ended in a draw with the scores level on Sunday, the first such result in 119 years of test cricket. England needed 205 to win and finished on 204 for eight when Nick Knight was run out off the last ball for 96. England coach David Lloyd said: "We flippin\' murdered them."',
 [('BULAWAYO', 'LOC'), ('BULAWAYO', 'LOC'), ('Zimbabwe', 'LOC'), ('England', 'LOC'), ('England', 'LOC'), ('Nick Knight', 'PER'), ('England', 'LOC'), ('David Lloyd', 'PER')]),
]
