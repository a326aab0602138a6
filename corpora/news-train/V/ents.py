# Decision lists for news-train part V (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wV001, wV002, ... in order.
# Sport reports in prose, 1995-2010, weighted away from football; dct is the story's date.

DOCS = [
# wV001
("1995-09-01",
 "Warwickshire retained the County Championship on Friday, beating Derbyshire by an innings at Edgbaston with a day to spare. South African fast bowler Allan Donald took nine wickets in the match, and captain Dermot Reeve said the side had been \"better than last year, even without Brian Lara\".",
 [("Warwickshire", "ORG"), ("County Championship", "MISC"), ("Derbyshire", "ORG"), ("Edgbaston", "LOC"), ("South African", "MISC"),
  ("Allan Donald", "PER"), ("Dermot Reeve", "PER"), ("Brian Lara", "PER")]),
# wV002
("1996-01-28",
 "Boris Becker won the Australian Open for the second time on Sunday, beating Michael Chang 6-2 6-4 2-6 6-2 in the final at Flinders Park in Melbourne. The German, 28, had not won a grand slam title since 1991, while the American was playing his first final here.",
 [("Boris Becker", "PER"), ("Australian Open", "MISC"), ("Michael Chang", "PER"), ("Flinders Park", "LOC"), ("Melbourne", "LOC"),
  ("German", "MISC"), ("American", "MISC")]),
# wV003
("1995-07-24",
 "John Daly won the British Open at St Andrews on Sunday, beating Costantino Rocca in a four-hole playoff after the Italian had holed a 65-foot putt from the Valley of Sin on the last green to force it. The American from Arkansas, who won the PGA Championship in 1991, finished the playoff four shots clear.",
 [("John Daly", "PER"), ("British Open", "MISC"), ("St Andrews", "LOC"), ("Costantino Rocca", "PER"), ("Italian", "MISC"),
  ("Valley of Sin", "LOC"), ("American", "MISC"), ("Arkansas", "LOC"), ("PGA Championship", "MISC")]),
# wV004
("1999-04-12",
 "Wales beat England 32-31 at Wembley on Sunday, denying their neighbours the grand slam and handing the last Five Nations title to Scotland. Scott Gibbs ran through four tackles for a try in stoppage time and Neil Jenkins kicked the conversion, and coach Graham Henry said it was the greatest day of his career.",
 [("Wales", "LOC"), ("England", "LOC"), ("Wembley", "LOC"), ("Five Nations", "MISC"), ("Scotland", "LOC"),
  ("Scott Gibbs", "PER"), ("Neil Jenkins", "PER"), ("Graham Henry", "PER")]),
# wV005
("2006-05-28",
 "Ivan Basso won the Giro d'Italia on Sunday, finishing more than nine minutes ahead of the Spaniard Jose Enrique Gutierrez as the race ended in Milan. The CSC leader won three stages, and the Italian said he would now prepare for the Tour de France in July.",
 [("Ivan Basso", "PER"), ("Giro d'Italia", "MISC"), ("Spaniard", "MISC"), ("Jose Enrique Gutierrez", "PER"), ("Milan", "LOC"),
  ("CSC", "ORG"), ("Italian", "MISC"), ("Tour de France", "MISC")]),
# wV006
("1995-08-07",
 "Jonathan Edwards broke the triple jump world record twice in the final at the world championships in Gothenburg on Monday, reaching 18.29 metres with his second jump. The Briton finished well clear of Brian Wellman of Bermuda and Jerome Romain of Dominica.",
 [("Jonathan Edwards", "PER"), ("Gothenburg", "LOC"), ("Briton", "MISC"), ("Brian Wellman", "PER"), ("Bermuda", "LOC"),
  ("Jerome Romain", "PER"), ("Dominica", "LOC")]),
# wV007
("1996-10-13",
 "Damon Hill won the Formula One world championship on Sunday, taking the Japanese Grand Prix at Suzuka after his Williams team-mate Jacques Villeneuve retired when a wheel came off. Hill, 36, is the first son of a world champion to win the title; his father Graham won it in 1962 and 1968.",
 [("Damon Hill", "PER"), ("Formula One", "MISC"), ("Japanese Grand Prix", "MISC"), ("Suzuka", "LOC"), ("Williams", "ORG"),
  ("Jacques Villeneuve", "PER"), ("Hill", "PER"), ("Graham", "PER")]),
# wV008
("2005-02-05",
 "Bode Miller won the downhill at the world championships in Bormio on Saturday, a week after taking the super-G title, finishing ahead of his American team-mate Daron Rahlves. Austria's Michael Walchhofer took the bronze medal on a slope that the Austrians had expected to suit them.",
 [("Bode Miller", "PER"), ("Bormio", "LOC"), ("American", "MISC"), ("Daron Rahlves", "PER"), ("Austria", "LOC"),
  ("Michael Walchhofer", "PER"), ("Austrians", "MISC")]),
# wV009
("1999-11-14",
 "Lennox Lewis became undisputed world heavyweight champion on Saturday, beating Evander Holyfield on a unanimous decision at the Thomas and Mack Center in Las Vegas. The Briton added the WBA and IBF belts to his WBC title, eight months after their first fight in New York ended in a disputed draw.",
 [("Lennox Lewis", "PER"), ("Evander Holyfield", "PER"), ("Thomas and Mack Center", "LOC"), ("Las Vegas", "LOC"), ("Briton", "MISC"),
  ("WBA", "ORG"), ("IBF", "ORG"), ("WBC", "ORG"), ("New York", "LOC")]),
# wV010
("1998-01-14",
 "Ian Thorpe, 15, became the youngest male world champion in swimming on Tuesday, winning the 400 metres freestyle at the world championships in Perth. The Sydney schoolboy beat his fellow Australian Grant Hackett by a fraction of a second, and his coach Doug Frost said the boy \"has not finished growing yet\".",
 [("Ian Thorpe", "PER"), ("Perth", "LOC"), ("Sydney", "LOC"), ("Australian", "MISC"), ("Grant Hackett", "PER"),
  ("Doug Frost", "PER")]),
# wV011
("1996-09-29",
 "Frankie Dettori rode all seven winners on the card at Ascot on Saturday, a feat never achieved before on a British racecourse. The Italian jockey's run cost bookmakers William Hill and Ladbrokes millions of pounds, and four of his winners ran in the colours of Godolphin.",
 [("Frankie Dettori", "PER"), ("Ascot", "LOC"), ("British", "MISC"), ("Italian", "MISC"), ("William Hill", "ORG"),
  ("Ladbrokes", "ORG"), ("Godolphin", "ORG")]),
# wV012
("2000-04-21",
 "Panathinaikos won the Euroleague on Thursday, beating Maccabi Tel Aviv 73-67 in the final in Thessaloniki. Dejan Bodiroga led the Athens side with 27 points, and coach Zeljko Obradovic won the title for the third time, each with a different club.",
 [("Panathinaikos", "ORG"), ("Euroleague", "MISC"), ("Maccabi Tel Aviv", "ORG"), ("Thessaloniki", "LOC"), ("Dejan Bodiroga", "PER"),
  ("Athens", "LOC"), ("Zeljko Obradovic", "PER")]),
# wV013
("2006-05-22",
 "Sweden became the first country to win Olympic gold and the world title in the same year, beating the Czech Republic 4-0 in the final of the ice hockey world championship in Riga on Sunday. Henrik Zetterberg, who also won in Turin in February, scored the second goal.",
 [("Sweden", "LOC"), ("Olympic", "MISC"), ("Czech Republic", "LOC"), ("Riga", "LOC"), ("Henrik Zetterberg", "PER"),
  ("Turin", "LOC")]),
# wV014
("1995-05-25",
 "Ajax won the Champions League for the first time on Wednesday, beating AC Milan 1-0 at the Ernst Happel Stadium in Vienna. Patrick Kluivert, 18, came off the bench to score five minutes from time, and coach Louis van Gaal praised a side in which Frank Rijkaard was playing his last European final.",
 [("Ajax", "ORG"), ("Champions League", "MISC"), ("AC Milan", "ORG"), ("Ernst Happel Stadium", "LOC"), ("Vienna", "LOC"),
  ("Patrick Kluivert", "PER"), ("Louis van Gaal", "PER"), ("Frank Rijkaard", "PER"), ("European", "MISC")]),
# wV015
("1998-10-25",
 "Wigan won the first Super League grand final on Saturday, beating Leeds Rhinos 10-4 in driving rain at Old Trafford. Jason Robinson scored the only try of the match, and captain Andy Farrell added three goals.",
 [("Wigan", "ORG"), ("Super League", "MISC"), ("Leeds Rhinos", "ORG"), ("Old Trafford", "LOC"), ("Jason Robinson", "PER"),
  ("Andy Farrell", "PER")]),
# wV016
("2002-09-30",
 "Europe regained the Ryder Cup at The Belfry on Sunday, winning the singles to finish 15-1/2 to 12-1/2 ahead of the United States. Paul McGinley holed a ten-foot putt on the last green to halve his match with Jim Furyk, and captain Sam Torrance wept as the Irishman was carried off by his team-mates. US captain Curtis Strange said the better side had won.",
 [("Europe", "LOC"), ("Ryder Cup", "MISC"), ("The Belfry", "LOC"), ("United States", "LOC"), ("Paul McGinley", "PER"),
  ("Jim Furyk", "PER"), ("Sam Torrance", "PER"), ("Irishman", "MISC"), ("US", "LOC"), ("Curtis Strange", "PER")]),
# wV017
("2000-12-11",
 "England beat Pakistan by six wickets in near darkness at the National Stadium in Karachi on Monday to win the series 1-0. Graham Thorpe made an unbeaten 64, and Pakistan captain Moin Khan was warned by the umpires for wasting time as the light faded. It was Pakistan's first defeat in Karachi in 35 tests.",
 [("England", "LOC"), ("Pakistan", "LOC"), ("National Stadium", "LOC"), ("Karachi", "LOC"), ("Graham Thorpe", "PER"),
  ("Pakistan", "LOC"), ("Moin Khan", "PER"), ("Pakistan", "LOC"), ("Karachi", "LOC")]),
# wV018
("2006-12-04",
 "Russia won the Davis Cup for the second time on Sunday when Marat Safin beat Jose Acasuso in the deciding rubber of the final against Argentina at the Olympic Stadium in Moscow. Nikolay Davydenko had lost the opening singles to David Nalbandian, but Safin won twice and played in the winning doubles.",
 [("Russia", "LOC"), ("Davis Cup", "MISC"), ("Marat Safin", "PER"), ("Jose Acasuso", "PER"), ("Argentina", "LOC"),
  ("Olympic Stadium", "LOC"), ("Moscow", "LOC"), ("Nikolay Davydenko", "PER"), ("David Nalbandian", "PER"), ("Safin", "PER")]),
# wV019
("2003-08-25",
 "Kim Collins of Saint Kitts and Nevis won the 100 metres at the world championships at the Stade de France on Sunday in 10.07 seconds. Darrel Brown of Trinidad was second and the Briton Darren Campbell third, while the American favourite Maurice Greene went out in the semi-finals.",
 [("Kim Collins", "PER"), ("Saint Kitts and Nevis", "LOC"), ("Stade de France", "LOC"), ("Darrel Brown", "PER"), ("Trinidad", "LOC"),
  ("Briton", "MISC"), ("Darren Campbell", "PER"), ("American", "MISC"), ("Maurice Greene", "PER")]),
# wV020
("1995-11-22",
 "Colin McRae became the first Briton to win the world rally championship on Wednesday, winning the RAC Rally in his Subaru ahead of his team-mate Carlos Sainz. The Scot and his co-driver Derek Ringer finished 36 seconds clear of the Spaniard after four days in the forests of Wales and northern England.",
 [("Colin McRae", "PER"), ("Briton", "MISC"), ("RAC Rally", "MISC"), ("Subaru", "ORG"), ("Carlos Sainz", "PER"),
  ("Scot", "MISC"), ("Derek Ringer", "PER"), ("Spaniard", "MISC"), ("Wales", "LOC"), ("England", "LOC")]),
# wV021
("1998-05-10",
 "Celtic won the Scottish title for the first time in ten years on Saturday, beating St Johnstone 2-0 at Celtic Park and stopping Rangers from winning a tenth in a row. Henrik Larsson curled in the first goal and the Norwegian Harald Brattbakk added the second. Coach Wim Jansen would not say whether he will stay.",
 [("Celtic", "ORG"), ("Scottish", "MISC"), ("St Johnstone", "ORG"), ("Celtic Park", "LOC"), ("Rangers", "ORG"),
  ("Henrik Larsson", "PER"), ("Norwegian", "MISC"), ("Harald Brattbakk", "PER"), ("Wim Jansen", "PER")]),
# wV022
("1996-05-12",
 "Auxerre completed the French league and cup double on Saturday, clinching the title with a 3-0 win at Guingamp a week after beating Nimes in the Coupe de France final at the Parc des Princes. Coach Guy Roux, in charge of the Burgundy club since 1961, said Lilian Laslandes and Corentin Martins had carried the side all season.",
 [("Auxerre", "ORG"), ("French", "MISC"), ("Guingamp", "ORG"), ("Nimes", "ORG"), ("Coupe de France", "MISC"),
  ("Parc des Princes", "LOC"), ("Guy Roux", "PER"), ("Burgundy", "LOC"), ("Lilian Laslandes", "PER"), ("Corentin Martins", "PER")]),
# wV023
("2001-05-19",
 "Boavista won the Portuguese championship for the first time on Friday, beating Aves 3-0 at the Estadio do Bessa in Porto. Coach Jaime Pacheco's side finished ahead of both Porto and Sporting, and thousands of fans in black and white check shirts filled the streets around the ground.",
 [("Boavista", "ORG"), ("Portuguese", "MISC"), ("Aves", "ORG"), ("Estadio do Bessa", "LOC"), ("Porto", "LOC"),
  ("Jaime Pacheco", "PER"), ("Porto", "ORG"), ("Sporting", "ORG")]),
# wV024
("1996-01-08",
 "Toulouse won the first Heineken Cup on Sunday, beating Cardiff 21-18 after extra time at Cardiff Arms Park. Christophe Deylaud kicked the winning drop goal, and Emile Ntamack scored the only try for the French champions. Cardiff fly-half Adrian Davies kicked all of his side's points.",
 [("Toulouse", "ORG"), ("Heineken Cup", "MISC"), ("Cardiff", "ORG"), ("Cardiff Arms Park", "LOC"), ("Christophe Deylaud", "PER"),
  ("Emile Ntamack", "PER"), ("French", "MISC"), ("Cardiff", "ORG"), ("Adrian Davies", "PER")]),
# wV025
("1995-07-23",
 "Miguel Indurain won the Tour de France for the fifth year in a row on Sunday as the race finished on the Champs-Elysees in Paris. The Banesto rider finished almost five minutes ahead of the Swiss Alex Zulle, with the Dane Bjarne Riis third.",
 [("Miguel Indurain", "PER"), ("Tour de France", "MISC"), ("Champs-Elysees", "LOC"), ("Paris", "LOC"), ("Banesto", "ORG"),
  ("Swiss", "MISC"), ("Alex Zulle", "PER"), ("Dane", "MISC"), ("Bjarne Riis", "PER")]),
# wV026
("2001-07-10",
 "Goran Ivanisevic won Wimbledon at the fourth attempt on Monday, beating Patrick Rafter 6-3 3-6 6-3 2-6 9-7 in a final played a day late because of rain. The Croatian, ranked 125th in the world, had entered the tournament on a wild card, and the Australian lost a Wimbledon final for the second year running.",
 [("Goran Ivanisevic", "PER"), ("Wimbledon", "MISC"), ("Patrick Rafter", "PER"), ("Croatian", "MISC"), ("Australian", "MISC"),
  ("Wimbledon", "MISC")]),
# wV027
("1995-10-01",
 "Naseem Hamed won the WBO featherweight title on Saturday, stopping the Welshman Steve Robinson in the eighth round at Cardiff Arms Park. The 21-year-old from Sheffield had taunted the champion throughout, and his trainer Brendan Ingle said his man could now fight anyone at the weight.",
 [("Naseem Hamed", "PER"), ("WBO", "ORG"), ("Welshman", "MISC"), ("Steve Robinson", "PER"), ("Cardiff Arms Park", "LOC"),
  ("Sheffield", "LOC"), ("Brendan Ingle", "PER")]),
# wV028
("2009-07-29",
 "Paul Biedermann beat Michael Phelps in the 200 metres freestyle at the world championships in Rome on Tuesday, breaking the American's world record at the Foro Italico. The German wore a full polyurethane suit made by Arena, and Phelps's coach Bob Bowman threatened to withdraw his swimmer from meets until FINA bans such suits.",
 [("Paul Biedermann", "PER"), ("Michael Phelps", "PER"), ("Rome", "LOC"), ("American", "MISC"), ("Foro Italico", "LOC"),
  ("German", "MISC"), ("Arena", "ORG"), ("Phelps", "PER"), ("Bob Bowman", "PER"), ("FINA", "ORG")]),
# wV029
("2004-04-15",
 "Karpat won the Finnish ice hockey championship for the first time on Wednesday, beating TPS in the deciding game of the final in Oulu. Coach Kari Jalonen said the title belonged to the whole of northern Finland, and thousands of fans stayed in the arena long after the final whistle.",
 [("Karpat", "ORG"), ("Finnish", "MISC"), ("TPS", "ORG"), ("Oulu", "LOC"), ("Kari Jalonen", "PER"),
  ("Finland", "LOC")]),
# wV030
("1999-04-23",
 "Zalgiris Kaunas became the first Lithuanian club to win the Euroleague on Thursday, beating Kinder Bologna 82-74 in the final in Munich. The American guard Tyus Edney scored 23 points, and coach Jonas Kazlauskas said the win was \"for the whole of Lithuania\".",
 [("Zalgiris Kaunas", "ORG"), ("Lithuanian", "MISC"), ("Euroleague", "MISC"), ("Kinder Bologna", "ORG"), ("Munich", "LOC"),
  ("American", "MISC"), ("Tyus Edney", "PER"), ("Jonas Kazlauskas", "PER"), ("Lithuania", "LOC")]),
# wV031
("1996-09-08",
 "Lancashire won the NatWest Trophy at Lord's on Saturday, bowling Essex out for 57 to win the final by 129 runs. Glen Chapple took six wickets for 18 runs, and captain Mike Watkinson said his bowlers had made the most of a damp morning.",
 [("Lancashire", "ORG"), ("NatWest Trophy", "MISC"), ("Lord's", "LOC"), ("Essex", "ORG"), ("Glen Chapple", "PER"),
  ("Mike Watkinson", "PER")]),
# wV032
("2010-06-21",
 "Graeme McDowell won the US Open at Pebble Beach on Sunday, holding on with a final round of 74 to finish a shot ahead of the Frenchman Gregory Havret. The Northern Irishman is the first European to win the title since Tony Jacklin in 1970, and he said he would celebrate at home in Portrush.",
 [("Graeme McDowell", "PER"), ("US Open", "MISC"), ("Pebble Beach", "LOC"), ("Frenchman", "MISC"), ("Gregory Havret", "PER"),
  ("Northern Irishman", "MISC"), ("European", "MISC"), ("Tony Jacklin", "PER"), ("Portrush", "LOC")]),
# wV033
("1995-06-28",
 "Queensland completed a 3-0 State of Origin series win over New South Wales on Wednesday with a 24-16 victory at Lang Park in Brisbane. Coach Paul Vautin's side had been written off because none of their players who had signed for Super League were allowed to play.",
 [("Queensland", "ORG"), ("State of Origin", "MISC"), ("New South Wales", "ORG"), ("Lang Park", "LOC"), ("Brisbane", "LOC"),
  ("Paul Vautin", "PER"), ("Super League", "MISC")]),
# wV034
("2004-08-29",
 "Kelly Holmes won the 1,500 metres in Athens on Saturday to complete an Olympic double, five days after taking the 800 metres title. The Briton, 34, a former army physical training instructor, held off Tatyana Tomashova of Russia and Maria Cioncan of Romania on the final bend.",
 [("Kelly Holmes", "PER"), ("Athens", "LOC"), ("Olympic", "MISC"), ("Briton", "MISC"), ("Tatyana Tomashova", "PER"),
  ("Russia", "LOC"), ("Maria Cioncan", "PER"), ("Romania", "LOC")]),
# wV035
("2006-10-29",
 "Nicky Hayden won the MotoGP title on Sunday after Valentino Rossi fell on the fifth lap of the final race in Valencia. The American finished third on his Honda to take the championship by five points, while the Yamaha rider recovered to 13th. Troy Bayliss won the race on a one-off return to Ducati.",
 [("Nicky Hayden", "PER"), ("MotoGP", "MISC"), ("Valentino Rossi", "PER"), ("Valencia", "LOC"), ("American", "MISC"),
  ("Honda", "ORG"), ("Yamaha", "ORG"), ("Troy Bayliss", "PER"), ("Ducati", "ORG")]),
# wV036
("2002-01-06",
 "Sven Hannawald became the first ski jumper to win all four events of the Four Hills Tournament on Sunday, taking the final competition in Bischofshofen. The German had already won in Oberstdorf, Garmisch-Partenkirchen and Innsbruck, and the Finn Matti Hautamaeki finished second overall.",
 [("Sven Hannawald", "PER"), ("Four Hills Tournament", "MISC"), ("Bischofshofen", "LOC"), ("German", "MISC"), ("Oberstdorf", "LOC"),
  ("Garmisch-Partenkirchen", "LOC"), ("Innsbruck", "LOC"), ("Finn", "MISC"), ("Matti Hautamaeki", "PER")]),
# wV037
("2002-05-05",
 "Racing Genk won the Belgian title on Saturday, finishing ahead of Club Brugge after a 3-0 win over Lokeren in front of a full house. Moumouni Dagano of Burkina Faso and Wesley Sonck shared 59 league goals between them, and coach Sef Vergoossen said he would stay for the Champions League.",
 [("Racing Genk", "ORG"), ("Belgian", "MISC"), ("Club Brugge", "ORG"), ("Lokeren", "ORG"), ("Moumouni Dagano", "PER"),
  ("Burkina Faso", "LOC"), ("Wesley Sonck", "PER"), ("Sef Vergoossen", "PER"), ("Champions League", "MISC")]),
# wV038
("1997-06-09",
 "Gustavo Kuerten won the French Open on Sunday, beating the twice champion Sergi Bruguera 6-3 6-4 6-2 at Roland Garros. The Brazilian, ranked 66th, had never won a tournament before, and hundreds of fans flew in from his home town of Florianopolis for the final.",
 [("Gustavo Kuerten", "PER"), ("French Open", "MISC"), ("Sergi Bruguera", "PER"), ("Roland Garros", "LOC"), ("Brazilian", "MISC"),
  ("Florianopolis", "LOC")]),
# wV039
("2009-02-10",
 "Tony McCoy rode his 3,000th jumps winner at Plumpton on Monday, the first jockey to reach the mark. The Northern Irishman, champion every season since 1995, rides for the owner J.P. McManus and the trainer Jonjo O'Neill, and he passed the record of Richard Dunwoody years ago.",
 [("Tony McCoy", "PER"), ("Plumpton", "LOC"), ("Northern Irishman", "MISC"), ("J.P. McManus", "PER"), ("Jonjo O'Neill", "PER"),
  ("Richard Dunwoody", "PER")]),
# wV040
("2005-06-05",
 "Ricky Hatton took the IBF light-welterweight title from Kostya Tszyu on Saturday night when the champion's corner pulled him out before the 12th round at the MEN Arena in Manchester. The Australian, born in Russia, had not lost for ten years, and Hatton's trainer Billy Graham said it was the best night of his life.",
 [("Ricky Hatton", "PER"), ("IBF", "ORG"), ("Kostya Tszyu", "PER"), ("MEN Arena", "LOC"), ("Manchester", "LOC"),
  ("Australian", "MISC"), ("Russia", "LOC"), ("Hatton", "PER"), ("Billy Graham", "PER")]),
# wV041
("2004-04-05",
 "Steffen Wesemann won the Tour of Flanders on Sunday, outsprinting the Belgian Leif Hoste at the finish in Meerbeke. The T-Mobile rider, the first German to win the race, had attacked on the Muur at Geraardsbergen with 15 kilometres to go.",
 [("Steffen Wesemann", "PER"), ("Tour of Flanders", "MISC"), ("Belgian", "MISC"), ("Leif Hoste", "PER"), ("Meerbeke", "LOC"),
  ("T-Mobile", "ORG"), ("German", "MISC"), ("Muur", "LOC"), ("Geraardsbergen", "LOC")]),
# wV042
("2006-05-01",
 "CSKA Moscow won the Euroleague on Sunday, beating the holders Maccabi Tel Aviv 73-69 in the final in Prague. The Greek guard Theo Papaloukas was named the most valuable player, and coach Ettore Messina won the title for the third time.",
 [("CSKA Moscow", "ORG"), ("Euroleague", "MISC"), ("Maccabi Tel Aviv", "ORG"), ("Prague", "LOC"), ("Greek", "MISC"),
  ("Theo Papaloukas", "PER"), ("Ettore Messina", "PER")]),
# wV043
("1996-05-06",
 "The Czech Republic won their first ice hockey world championship as an independent country on Sunday, beating Canada 4-2 in the final in Vienna. Robert Reichel scored twice, and coach Ludek Bukac said the title was a reward for players who had stayed in Europe rather than move to the NHL.",
 [("Czech Republic", "LOC"), ("Canada", "LOC"), ("Vienna", "LOC"), ("Robert Reichel", "PER"), ("Ludek Bukac", "PER"),
  ("Europe", "LOC"), ("NHL", "ORG")]),
# wV044
("2009-05-21",
 "Shakhtar Donetsk became the first Ukrainian club to win the UEFA Cup on Wednesday, beating Werder Bremen 2-1 after extra time in the final at the Sukru Saracoglu Stadium in Istanbul. The Brazilian midfielder Jadson scored the winner, and the Romanian coach Mircea Lucescu said the club's owner Rinat Akhmetov had built the side for this night.",
 [("Shakhtar Donetsk", "ORG"), ("Ukrainian", "MISC"), ("UEFA Cup", "MISC"), ("Werder Bremen", "ORG"), ("Sukru Saracoglu Stadium", "LOC"),
  ("Istanbul", "LOC"), ("Brazilian", "MISC"), ("Jadson", "PER"), ("Romanian", "MISC"), ("Mircea Lucescu", "PER"), ("Rinat Akhmetov", "PER")]),
# wV045
("1999-03-06",
 "Wasim Akram took a hat-trick for Pakistan against Sri Lanka at the Gaddafi Stadium in Lahore on Saturday, his second in test cricket in a week. The left-arm fast bowler removed Romesh Kaluwitharana, Niroshan Bandaratilleke and Pramodya Wickramasinghe with successive balls in the Asian Test Championship match.",
 [("Wasim Akram", "PER"), ("Pakistan", "LOC"), ("Sri Lanka", "LOC"), ("Gaddafi Stadium", "LOC"), ("Lahore", "LOC"),
  ("Romesh Kaluwitharana", "PER"), ("Niroshan Bandaratilleke", "PER"), ("Pramodya Wickramasinghe", "PER"), ("Asian Test Championship", "MISC")]),
# wV046
("2007-08-06",
 "Lorena Ochoa won the Women's British Open on the Old Course at St Andrews on Sunday, her first major title, finishing four shots clear of the Swede Maria Hjorth and the South Korean Jee Young Lee. The Mexican is the first woman to win a professional tournament on the course.",
 [("Lorena Ochoa", "PER"), ("Women's British Open", "MISC"), ("Old Course", "LOC"), ("St Andrews", "LOC"), ("Swede", "MISC"),
  ("Maria Hjorth", "PER"), ("South Korean", "MISC"), ("Jee Young Lee", "PER"), ("Mexican", "MISC")]),
# wV047
("2005-03-20",
 "Wales won their first grand slam since 1978 on Saturday, beating Ireland 32-20 at the Millennium Stadium in Cardiff to take the Six Nations title. Prop Gethin Jenkins charged down a kick for the first try, and coach Mike Ruddock said Gavin Henson's kicking had settled the side.",
 [("Wales", "LOC"), ("Ireland", "LOC"), ("Millennium Stadium", "LOC"), ("Cardiff", "LOC"), ("Six Nations", "MISC"),
  ("Gethin Jenkins", "PER"), ("Mike Ruddock", "PER"), ("Gavin Henson", "PER")]),
# wV048
("1997-08-25",
 "Wilson Kipketer broke the 800 metres world record for the second time in 11 days in Cologne on Sunday, running 1:41.11. The Dane, born in Kenya, who took Danish citizenship after moving to Copenhagen as a student, first equalled then beat the mark set by Sebastian Coe in 1981.",
 [("Wilson Kipketer", "PER"), ("Cologne", "LOC"), ("Dane", "MISC"), ("Kenya", "LOC"), ("Danish", "MISC"),
  ("Copenhagen", "LOC"), ("Sebastian Coe", "PER")]),
# wV049
("2003-06-16",
 "Bentley won the Le Mans 24 Hours on Sunday for the first time since 1930, with Tom Kristensen, Rinaldo Capello and Guy Smith finishing two laps ahead of the team's second car. The Dane Kristensen took his fourth win in a row at the race, the first three of them with Audi.",
 [("Bentley", "ORG"), ("Le Mans 24 Hours", "MISC"), ("Tom Kristensen", "PER"), ("Rinaldo Capello", "PER"), ("Guy Smith", "PER"),
  ("Dane", "MISC"), ("Kristensen", "PER"), ("Audi", "ORG")]),
# wV050
("2009-04-20",
 "AZ Alkmaar won the Dutch title for the first time in 28 years on Sunday, and thousands of fans celebrated in the centre of Alkmaar. Coach Louis van Gaal said the Moroccan striker Mounir El Hamdaoui and the Argentine goalkeeper Sergio Romero had been the best players in the Eredivisie this season.",
 [("AZ Alkmaar", "ORG"), ("Dutch", "MISC"), ("Alkmaar", "LOC"), ("Louis van Gaal", "PER"), ("Moroccan", "MISC"),
  ("Mounir El Hamdaoui", "PER"), ("Argentine", "MISC"), ("Sergio Romero", "PER"), ("Eredivisie", "MISC")]),
# wV051
("1999-06-06",
 "Steffi Graf won her sixth French Open on Saturday, coming from a set and a break down to beat Martina Hingis 4-6 7-5 6-2 at Roland Garros. The Swiss teenager was booed by the crowd after crossing the net to dispute a call, and left the court in tears before returning for the presentation. The German, who is 29, said it was probably her last final in Paris.",
 [("Steffi Graf", "PER"), ("French Open", "MISC"), ("Martina Hingis", "PER"), ("Roland Garros", "LOC"), ("Swiss", "MISC"),
  ("German", "MISC"), ("Paris", "LOC")]),
# wV052
("2007-03-26",
 "Laure Manaudou won the 400 metres freestyle at the world championships in Melbourne on Sunday, defending the title she won in Montreal two years ago. The Frenchwoman, who left her coach Philippe Lucas last year to train in Turin, finished ahead of Otylia Jedrzejczak of Poland at the Rod Laver Arena.",
 [("Laure Manaudou", "PER"), ("Melbourne", "LOC"), ("Montreal", "LOC"), ("Frenchwoman", "MISC"), ("Philippe Lucas", "PER"),
  ("Turin", "LOC"), ("Otylia Jedrzejczak", "PER"), ("Poland", "LOC"), ("Rod Laver Arena", "LOC")]),
# wV053
("1998-05-10",
 "Lens won the French league title for the first time on Saturday, drawing 1-1 at Auxerre to finish ahead of Metz on goal difference. Coach Daniel Leclercq, a former Lens player, said the club had \"the best supporters in France\", and about 20,000 of them waited for the team at the Stade Felix Bollaert.",
 [("Lens", "ORG"), ("French", "MISC"), ("Auxerre", "ORG"), ("Metz", "ORG"), ("Daniel Leclercq", "PER"),
  ("Lens", "ORG"), ("France", "LOC"), ("Stade Felix Bollaert", "LOC")]),
# wV054
("1996-05-26",
 "The Auckland Blues won the first Super 12 title on Saturday, beating Natal 45-21 in the final at Eden Park. Number eight Zinzan Brooke scored a try and captained the side, and coach Graham Henry said the visitors from Durban had never recovered from a poor first quarter.",
 [("Auckland Blues", "ORG"), ("Super 12", "MISC"), ("Natal", "ORG"), ("Eden Park", "LOC"), ("Zinzan Brooke", "PER"),
  ("Graham Henry", "PER"), ("Durban", "LOC")]),
# wV055
("2001-08-25",
 "Yorkshire won the County Championship for the first time since 1968 on Friday, beating Glamorgan by an innings at Scarborough with a match to spare. Captain David Byas took a catch to end the game, and the Australian batsman Darren Lehmann finished the season with more than 1,400 runs for the county.",
 [("Yorkshire", "ORG"), ("County Championship", "MISC"), ("Glamorgan", "ORG"), ("Scarborough", "LOC"), ("David Byas", "PER"),
  ("Australian", "MISC"), ("Darren Lehmann", "PER")]),
# wV056
("1996-12-05",
 "Rosenborg reached the quarter-finals of the Champions League on Wednesday, beating AC Milan 2-1 at the San Siro in their last group match. Vegard Heggem headed the winner for the Norwegian champions, and coach Nils Arne Eggen said the result was the greatest in the history of the club from Trondheim.",
 [("Rosenborg", "ORG"), ("Champions League", "MISC"), ("AC Milan", "ORG"), ("San Siro", "LOC"), ("Vegard Heggem", "PER"),
  ("Norwegian", "MISC"), ("Nils Arne Eggen", "PER"), ("Trondheim", "LOC")]),
# wV057
("2007-09-02",
 "Tyson Gay completed a sprint treble at the world championships in Osaka on Saturday, anchoring the US team to victory in the 4x100 metres relay at the Nagai Stadium. The American had already beaten Asafa Powell of Jamaica in the 100 metres and won the 200 metres in a championship record.",
 [("Tyson Gay", "PER"), ("Osaka", "LOC"), ("US", "LOC"), ("Nagai Stadium", "LOC"), ("American", "MISC"),
  ("Asafa Powell", "PER"), ("Jamaica", "LOC")]),
# wV058
("2009-03-22",
 "Mark Cavendish won Milan-San Remo on Saturday, catching the German Heinrich Haussler a few metres from the line on the Via Roma. The Columbia-Highroad rider, 23, became the first Briton to win the race in 45 years, and said he had learned to climb over the winter on the Isle of Man.",
 [("Mark Cavendish", "PER"), ("Milan-San Remo", "MISC"), ("German", "MISC"), ("Heinrich Haussler", "PER"), ("Via Roma", "LOC"),
  ("Columbia-Highroad", "ORG"), ("Briton", "MISC"), ("Isle of Man", "LOC")]),
# wV059
("2009-04-15",
 "HC Davos won the Swiss ice hockey championship on Tuesday, beating Kloten Flyers 4-2 in the seventh game of the final at the Vaillant Arena. Captain Reto von Arx scored twice, and coach Arno Del Curto, in charge since 1996, took his fourth title with the club.",
 [("HC Davos", "ORG"), ("Swiss", "MISC"), ("Kloten Flyers", "ORG"), ("Vaillant Arena", "LOC"), ("Reto von Arx", "PER"),
  ("Arno Del Curto", "PER")]),
# wV060
("1996-03-21",
 "Efes Pilsen became the first Turkish club to win a European basketball trophy on Wednesday, beating Stefanel Milano in the second leg of the Korac Cup final in Istanbul. The Macedonian guard Petar Naumoski led the scoring, and coach Aydin Ors said the win would change the sport in Turkey.",
 [("Efes Pilsen", "ORG"), ("Turkish", "MISC"), ("European", "MISC"), ("Stefanel Milano", "ORG"), ("Korac Cup", "MISC"),
  ("Istanbul", "LOC"), ("Macedonian", "MISC"), ("Petar Naumoski", "PER"), ("Aydin Ors", "PER"), ("Turkey", "LOC")]),
# wV061
("2008-09-07",
 "Amir Khan was knocked out in the first round by the Colombian Breidis Prescott at the MEN Arena in Manchester on Saturday, the first defeat of his professional career. The 21-year-old from Bolton, an Olympic silver medallist four years ago, was stopped inside a minute, and promoter Frank Warren said he would fight again before the end of the year.",
 [("Amir Khan", "PER"), ("Colombian", "MISC"), ("Breidis Prescott", "PER"), ("MEN Arena", "LOC"), ("Manchester", "LOC"),
  ("Bolton", "LOC"), ("Olympic", "MISC"), ("Frank Warren", "PER")]),
# wV062
("1996-04-15",
 "Nick Faldo won the Masters for the third time on Sunday, overturning a six-shot deficit with a final round of 67 as Greg Norman collapsed to a 78 at Augusta National. The Englishman put his arm around the Australian on the final green, and said he felt sorry for a man who had now lost the Masters in almost every way possible.",
 [("Nick Faldo", "PER"), ("Masters", "MISC"), ("Greg Norman", "PER"), ("Augusta National", "LOC"), ("Englishman", "MISC"),
  ("Australian", "MISC"), ("Masters", "MISC")]),
# wV063
("1999-05-02",
 "Leeds Rhinos won the Challenge Cup for the first time in 21 years on Saturday, beating London Broncos 52-16 in the last final at the old Wembley. Wing Leroy Rivett scored four tries and won the Lance Todd Trophy, and coach Graham Murray said the London side had frightened his players for half an hour.",
 [("Leeds Rhinos", "ORG"), ("Challenge Cup", "MISC"), ("London Broncos", "ORG"), ("Wembley", "LOC"), ("Leroy Rivett", "PER"),
  ("Lance Todd Trophy", "MISC"), ("Graham Murray", "PER"), ("London", "LOC")]),
# wV064
("2007-02-11",
 "Aksel Lund Svindal won the downhill at the world championships in Are on Saturday, his first world title. The Norwegian, who broke his face and pelvis in a crash in Colorado 15 months ago, beat Jan Hudec of Canada by half a second.",
 [("Aksel Lund Svindal", "PER"), ("Are", "LOC"), ("Norwegian", "MISC"), ("Colorado", "LOC"), ("Jan Hudec", "PER"),
  ("Canada", "LOC")]),
# wV065
("2005-06-20",
 "Only six cars started the United States Grand Prix at Indianapolis on Sunday after the 14 drivers on Michelin tyres pulled into the pits at the end of the formation lap. Michael Schumacher led a Ferrari one-two ahead of Rubens Barrichello, with the Bridgestone runners from Jordan and Minardi behind them, and the crowd threw bottles on to the track. The FIA said the teams would be summoned to Paris.",
 [("United States Grand Prix", "MISC"), ("Indianapolis", "LOC"), ("Michelin", "ORG"), ("Michael Schumacher", "PER"), ("Ferrari", "ORG"),
  ("Rubens Barrichello", "PER"), ("Bridgestone", "ORG"), ("Jordan", "ORG"), ("Minardi", "ORG"), ("FIA", "ORG"), ("Paris", "LOC")]),
# wV066
("1999-08-26",
 "Maribor became the first Slovenian club to reach the group stage of the Champions League on Wednesday, winning 2-0 at Lyon in the second leg of their qualifier after a 1-0 win at home. Coach Bojan Prasnikar said his part-time players had outrun the French side at the Stade de Gerland, and the town of Maribor celebrated until morning.",
 [("Maribor", "ORG"), ("Slovenian", "MISC"), ("Champions League", "MISC"), ("Lyon", "ORG"), ("Bojan Prasnikar", "PER"),
  ("French", "MISC"), ("Stade de Gerland", "LOC"), ("Maribor", "LOC")]),
# wV067
("2003-02-11",
 "Zimbabwe's Andy Flower and Henry Olonga wore black armbands in their side's opening match against Namibia on Monday, saying in a statement that they were \"mourning the death of democracy\" in their country. The Zimbabwe Cricket Union said the two players had not asked permission, and ministers in the government of Robert Mugabe called for them to be dropped.",
 [("Zimbabwe", "LOC"), ("Andy Flower", "PER"), ("Henry Olonga", "PER"), ("Namibia", "LOC"), ("Zimbabwe Cricket Union", "ORG"),
  ("Robert Mugabe", "PER")]),
# wV068
("2008-06-08",
 "Ana Ivanovic won the French Open on Saturday, beating Dinara Safina of Russia 6-4 6-3 at Roland Garros for her first grand slam title. The 20-year-old Serb will become the world number one on Monday, and she dedicated the win to the people of Belgrade, where she learned to play in an empty swimming pool.",
 [("Ana Ivanovic", "PER"), ("French Open", "MISC"), ("Dinara Safina", "PER"), ("Russia", "LOC"), ("Roland Garros", "LOC"),
  ("Serb", "MISC"), ("Belgrade", "LOC")]),
# wV069
("1998-07-15",
 "Hicham El Guerrouj broke the 1,500 metres world record at the Golden Gala meeting in Rome on Tuesday, running 3:26.00 at the Stadio Olimpico. The Moroccan took more than a second off the mark set by the Algerian Noureddine Morceli in 1995, and said he would now try to break the mile record.",
 [("Hicham El Guerrouj", "PER"), ("Golden Gala", "MISC"), ("Rome", "LOC"), ("Stadio Olimpico", "LOC"), ("Moroccan", "MISC"),
  ("Algerian", "MISC"), ("Noureddine Morceli", "PER")]),
# wV070
("2001-03-03",
 "The Cheltenham Festival was cancelled on Friday because of the foot-and-mouth epidemic, the first time the meeting has been lost since 1943. The Jockey Club agreed after the Ministry of Agriculture confirmed an outbreak within eight kilometres of the course, and Cheltenham's managing director Edward Gillespie said the decision was \"heart-breaking\" for Gloucestershire.",
 [("Cheltenham Festival", "MISC"), ("Jockey Club", "ORG"), ("Ministry of Agriculture", "ORG"), ("Cheltenham", "LOC"), ("Edward Gillespie", "PER"),
  ("Gloucestershire", "LOC")]),
# wV071
("2008-08-28",
 "Anorthosis Famagusta became the first Cypriot club to reach the group stage of the Champions League on Wednesday, holding on for a 1-0 defeat by Olympiakos in Piraeus after winning the first leg 3-0 in Larnaca. The club has played away from its home town of Famagusta since 1974, and coach Temuri Ketsbaia said the result was for every refugee.",
 [("Anorthosis Famagusta", "ORG"), ("Cypriot", "MISC"), ("Champions League", "MISC"), ("Olympiakos", "ORG"), ("Piraeus", "LOC"),
  ("Larnaca", "LOC"), ("Famagusta", "LOC"), ("Temuri Ketsbaia", "PER")]),
# wV072
("2007-10-01",
 "Paolo Bettini retained the world road race title in Stuttgart on Sunday, outsprinting the Russian Alexandr Kolobnev and the German Stefan Schumacher. The Italian had been told by the UCI a week before that he might not be allowed to ride, and he was whistled by parts of the crowd throughout the race.",
 [("Paolo Bettini", "PER"), ("Stuttgart", "LOC"), ("Russian", "MISC"), ("Alexandr Kolobnev", "PER"), ("German", "MISC"),
  ("Stefan Schumacher", "PER"), ("Italian", "MISC"), ("UCI", "ORG")]),
# wV073
("2005-04-11",
 "Lietuvos Rytas won the ULEB Cup on Sunday, beating the Greek side Makedonikos 78-74 in the final in Charleroi. The Vilnius club led by 15 points at half-time and held on despite a late run, and its Lithuanian fans filled two ends of the Spiroudome.",
 [("Lietuvos Rytas", "ORG"), ("ULEB Cup", "MISC"), ("Greek", "MISC"), ("Makedonikos", "ORG"), ("Charleroi", "LOC"),
  ("Vilnius", "LOC"), ("Lithuanian", "MISC"), ("Spiroudome", "LOC")]),
# wV074
("2006-08-16",
 "Evgeni Malkin has walked out of Metallurg Magnitogorsk's training camp in Helsinki and flown to North America to join the Pittsburgh Penguins, his agent J.P. Barry said on Tuesday. The Russian centre had signed a new one-year contract with his home-town club this month, and Metallurg said it would take the NHL to court.",
 [("Evgeni Malkin", "PER"), ("Metallurg Magnitogorsk", "ORG"), ("Helsinki", "LOC"), ("North America", "LOC"), ("Pittsburgh Penguins", "ORG"),
  ("J.P. Barry", "PER"), ("Russian", "MISC"), ("Metallurg", "ORG"), ("NHL", "ORG")]),
# wV075
("1996-07-30",
 "Michelle Smith came home to Dublin on Monday with three Olympic gold medals and one bronze, and said she would not answer \"insinuations\" that her times were too fast to be clean. The Irish swimmer, coached by her husband, the Dutch former discus thrower Erik de Bruin, has never failed a drug test, and the American Janet Evans has since said she made no accusation.",
 [("Michelle Smith", "PER"), ("Dublin", "LOC"), ("Olympic", "MISC"), ("Irish", "MISC"), ("Dutch", "MISC"),
  ("Erik de Bruin", "PER"), ("American", "MISC"), ("Janet Evans", "PER")]),
# wV076
("2000-02-09",
 "Inverness Caledonian Thistle knocked Celtic out of the Scottish Cup on Tuesday, winning 3-1 at Celtic Park in one of the biggest shocks in the history of the competition. Barry Wilson headed the first goal for the first division side, and Celtic coach John Barnes said his players had \"let the club down\".",
 [("Inverness Caledonian Thistle", "ORG"), ("Celtic", "ORG"), ("Scottish Cup", "MISC"), ("Celtic Park", "LOC"), ("Barry Wilson", "PER"),
  ("Celtic", "ORG"), ("John Barnes", "PER")]),
# wV077
("2000-05-28",
 "Northampton won the Heineken Cup on Saturday, beating Munster 9-8 in the final at Twickenham. Paul Grayson kicked three penalties and captain Pat Lam led the side off the field, while tens of thousands of Munster fans who had travelled from Cork and Limerick saw their side miss two late kicks.",
 [("Northampton", "ORG"), ("Heineken Cup", "MISC"), ("Munster", "ORG"), ("Twickenham", "LOC"), ("Paul Grayson", "PER"),
  ("Pat Lam", "PER"), ("Munster", "ORG"), ("Cork", "LOC"), ("Limerick", "LOC")]),
# wV078
("2004-04-13",
 "Brian Lara became the first batsman to score 400 in a test innings on Monday, reaching the mark against England at the Antigua Recreation Ground in St John's. The left-hander, who had lost the record to the Australian Matthew Hayden six months ago, batted for more than 13 hours, and England captain Michael Vaughan was among the first to shake his hand.",
 [("Brian Lara", "PER"), ("England", "LOC"), ("Antigua Recreation Ground", "LOC"), ("St John's", "LOC"), ("Australian", "MISC"),
  ("Matthew Hayden", "PER"), ("England", "LOC"), ("Michael Vaughan", "PER")]),
# wV079
("2006-09-25",
 "Europe beat the United States 18-1/2 to 9-1/2 at the K Club on Sunday to win the Ryder Cup for the third time in a row. Darren Clarke, playing six weeks after the death of his wife Heather, won all three of his matches and was hugged by US captain Tom Lehman, while Europe's captain Ian Woosnam said the week had been \"for Darren\".",
 [("Europe", "LOC"), ("United States", "LOC"), ("K Club", "LOC"), ("Ryder Cup", "MISC"), ("Darren Clarke", "PER"),
  ("Heather", "PER"), ("US", "LOC"), ("Tom Lehman", "PER"), ("Europe", "LOC"), ("Ian Woosnam", "PER"), ("Darren", "PER")]),
# wV080
("1995-06-12",
 "Thomas Muster won the French Open on Sunday, beating Michael Chang 7-5 6-2 6-4 at Roland Garros for his first grand slam title. The Austrian, whose left knee was crushed by a drunk driver at Key Biscayne in 1989, has now won 35 matches in a row on clay.",
 [("Thomas Muster", "PER"), ("French Open", "MISC"), ("Michael Chang", "PER"), ("Roland Garros", "LOC"), ("Austrian", "MISC"),
  ("Key Biscayne", "LOC")]),
# wV081
("2004-06-09",
 "Kenenisa Bekele broke the 10,000 metres world record at the Golden Spike meeting in Ostrava on Tuesday, eight days after taking the 5,000 metres record in Hengelo. The Ethiopian, 21, ran 26:20.31 to beat the mark held by his compatriot and training partner Haile Gebrselassie, who was in the Czech stadium to watch.",
 [("Kenenisa Bekele", "PER"), ("Golden Spike", "MISC"), ("Ostrava", "LOC"), ("Hengelo", "LOC"), ("Ethiopian", "MISC"),
  ("Haile Gebrselassie", "PER"), ("Czech", "MISC")]),
# wV082
("2008-01-05",
 "The Dakar Rally was called off on Friday, a day before the start in Lisbon, after the French government warned of terrorist threats against the route through Mauritania. The organisers, the Amaury Sport Organisation, said they had no choice after the killing of four French tourists in the country last month, and director Etienne Lavigne said the race would return.",
 [("Dakar Rally", "MISC"), ("Lisbon", "LOC"), ("French", "MISC"), ("Mauritania", "LOC"), ("Amaury Sport Organisation", "ORG"),
  ("French", "MISC"), ("Etienne Lavigne", "PER")]),
# wV083
("2002-11-13",
 "Basel reached the second group stage of the Champions League on Tuesday after coming back from 3-0 down to draw 3-3 with Liverpool at St Jakob-Park. Julio Hernan Rossi and the brothers Hakan and Murat Yakin had put the Swiss champions three up at half-time, and coach Christian Gross said his side had made history for the country.",
 [("Basel", "ORG"), ("Champions League", "MISC"), ("Liverpool", "ORG"), ("St Jakob-Park", "LOC"), ("Julio Hernan Rossi", "PER"),
  ("Hakan", "PER"), ("Murat Yakin", "PER"), ("Swiss", "MISC"), ("Christian Gross", "PER")]),
# wV084
("2006-11-02",
 "FC Copenhagen beat Manchester United 1-0 at Parken on Wednesday to keep alive their hopes in the Champions League. The Swede Marcus Allback scored the goal with a header from a corner, and coach Stale Solbakken, a Norwegian, said his defence had \"done everything right\".",
 [("FC Copenhagen", "ORG"), ("Manchester United", "ORG"), ("Parken", "LOC"), ("Champions League", "MISC"), ("Swede", "MISC"),
  ("Marcus Allback", "PER"), ("Stale Solbakken", "PER"), ("Norwegian", "MISC")]),
# wV085
("2001-02-28",
 "Six Finnish skiers, among them Jari Isometsa, Mika Myllyla and Janne Immonen, have tested positive for a plasma expander at the Nordic world championships in Lahti, the Finnish federation said on Tuesday. Head coach Kari-Pekka Kyro was dismissed, and the FIS said results would be annulled.",
 [("Finnish", "MISC"), ("Jari Isometsa", "PER"), ("Mika Myllyla", "PER"), ("Janne Immonen", "PER"), ("Nordic", "MISC"),
  ("Lahti", "LOC"), ("Finnish", "MISC"), ("Kari-Pekka Kyro", "PER"), ("FIS", "ORG")]),
# wV086
("2009-11-08",
 "David Haye took the WBA heavyweight title from Nikolai Valuev on a majority decision in Nuremberg on Saturday, giving away more than 40 kilograms and 18 centimetres in height. The Briton hurt his hand in the early rounds but landed the cleaner punches, and his trainer Adam Booth said the Russian had been \"too slow to catch him\".",
 [("David Haye", "PER"), ("WBA", "ORG"), ("Nikolai Valuev", "PER"), ("Nuremberg", "LOC"), ("Briton", "MISC"),
  ("Adam Booth", "PER"), ("Russian", "MISC")]),
# wV087
("2009-09-28",
 "Cadel Evans became the first Australian to win the world road race title on Sunday, attacking on the final climb in Mendrisio and finishing 27 seconds clear. Alexandr Kolobnev of Russia was second, and the Silence-Lotto rider said the win made up for losing the Tour de France by 23 seconds last year.",
 [("Cadel Evans", "PER"), ("Australian", "MISC"), ("Mendrisio", "LOC"), ("Alexandr Kolobnev", "PER"), ("Russia", "LOC"),
  ("Silence-Lotto", "ORG"), ("Tour de France", "MISC")]),
# wV088
("2010-05-24",
 "The Czech Republic won the ice hockey world championship on Sunday, beating Russia 2-1 in the final in Cologne. Jakub Klepis and Tomas Rolinek scored and goalkeeper Tomas Vokoun made 35 saves, ending a Russian run of 27 wins in a row at world championships. Germany, the hosts, reached the semi-finals for the first time since 1953.",
 [("Czech Republic", "LOC"), ("Russia", "LOC"), ("Cologne", "LOC"), ("Jakub Klepis", "PER"), ("Tomas Rolinek", "PER"), ("Tomas Vokoun", "PER"),
  ("Russian", "MISC"), ("Germany", "LOC")]),
# wV089
("2007-04-30",
 "Red Bull Salzburg won the Austrian title on Sunday with five matches to spare, winning 2-0 at home in front of 17,000 fans. Coach Giovanni Trapattoni and his assistant Lothar Matthaeus were thrown into the air by the players, and the club's owner Dietrich Mateschitz said he wanted the Champions League next.",
 [("Red Bull Salzburg", "ORG"), ("Austrian", "MISC"), ("Giovanni Trapattoni", "PER"), ("Lothar Matthaeus", "PER"),
  ("Dietrich Mateschitz", "PER"), ("Champions League", "MISC")]),
# wV090
("2009-06-28",
 "The Springboks won the series against the British and Irish Lions on Saturday when Morne Steyn kicked a 53-metre penalty in the last minute of the second test at Loftus Versfeld in Pretoria to win 28-25. Lions coach Ian McGeechan said his players had given everything, while Springbok coach Peter de Villiers defended Schalk Burger, who was sin-binned in the first minute.",
 [("Springboks", "ORG"), ("British and Irish Lions", "ORG"), ("Morne Steyn", "PER"), ("Loftus Versfeld", "LOC"), ("Pretoria", "LOC"),
  ("Lions", "ORG"), ("Ian McGeechan", "PER"), ("Springbok", "ORG"), ("Peter de Villiers", "PER"), ("Schalk Burger", "PER")]),
# wV091
("2002-05-09",
 "Feyenoord won the UEFA Cup on Wednesday, beating Borussia Dortmund 3-2 in the final in their own stadium, De Kuip in Rotterdam. Pierre van Hooijdonk scored twice, one of them from a free kick, and coach Bert van Marwijk said it was the best night for the club since 1970. Marcio Amoroso and Jan Koller scored for the Germans.",
 [("Feyenoord", "ORG"), ("UEFA Cup", "MISC"), ("Borussia Dortmund", "ORG"), ("De Kuip", "LOC"), ("Rotterdam", "LOC"),
  ("Pierre van Hooijdonk", "PER"), ("Bert van Marwijk", "PER"), ("Marcio Amoroso", "PER"), ("Jan Koller", "PER"), ("Germans", "MISC")]),
# wV092
("2005-05-30",
 "Vitoria Setubal won the Portuguese Cup on Sunday, beating the new champions Benfica 2-1 in the final at the Estadio Nacional. The Cameroonian striker Albert Meyong scored both goals, and the club's president said the players had not been paid for three months.",
 [("Vitoria Setubal", "ORG"), ("Portuguese Cup", "MISC"), ("Benfica", "ORG"), ("Estadio Nacional", "LOC"), ("Cameroonian", "MISC"),
  ("Albert Meyong", "PER")]),
# wV093
("2008-05-15",
 "Zenit St Petersburg won the UEFA Cup on Wednesday, beating Rangers 2-0 in the final at the City of Manchester Stadium. Igor Denisov and Konstantin Zyryanov scored, Andrei Arshavin made both goals, and the Dutchman Dick Advocaat became the first coach to win a European trophy with a club from St Petersburg.",
 [("Zenit St Petersburg", "ORG"), ("UEFA Cup", "MISC"), ("Rangers", "ORG"), ("City of Manchester Stadium", "LOC"), ("Igor Denisov", "PER"),
  ("Konstantin Zyryanov", "PER"), ("Andrei Arshavin", "PER"), ("Dutchman", "MISC"), ("Dick Advocaat", "PER"), ("European", "MISC"),
  ("St Petersburg", "LOC")]),
# wV094
("1999-04-08",
 "Dynamo Kiev drew 3-3 with Bayern Munich in the first leg of their Champions League semi-final at the Olympic Stadium in Kiev on Wednesday, after leading 3-1 with a quarter of an hour left. Andriy Shevchenko scored twice, taking his total in the competition to eight, and coach Valery Lobanovsky said the tie was still open.",
 [("Dynamo Kiev", "ORG"), ("Bayern Munich", "ORG"), ("Champions League", "MISC"), ("Olympic Stadium", "LOC"), ("Kiev", "LOC"),
  ("Andriy Shevchenko", "PER"), ("Valery Lobanovsky", "PER")]),
# wV095
("2005-05-22",
 "Germinal Beerschot won the Belgian Cup on Saturday, beating Club Brugge 2-1 in the final at the King Baudouin Stadium in Brussels. The reserve striker Kris Verbeke scored the winner six minutes from time, and thousands of fans in purple met the team bus in Antwerp.",
 [("Germinal Beerschot", "ORG"), ("Belgian Cup", "MISC"), ("Club Brugge", "ORG"), ("King Baudouin Stadium", "LOC"), ("Brussels", "LOC"),
  ("Kris Verbeke", "PER"), ("Antwerp", "LOC")]),
# wV096
("1997-05-25",
 "Kilmarnock won the Scottish Cup for the first time in 68 years on Saturday, beating first division Falkirk 1-0 in the final at Ibrox. Paul Wright scored the only goal with a deflected shot in the 20th minute, and player-manager Bobby Williamson said the town of Kilmarnock would not sleep for a week.",
 [("Kilmarnock", "ORG"), ("Scottish Cup", "MISC"), ("Falkirk", "ORG"), ("Ibrox", "LOC"), ("Paul Wright", "PER"),
  ("Bobby Williamson", "PER"), ("Kilmarnock", "LOC")]),
# wV097
("2000-11-29",
 "Boca Juniors won the Intercontinental Cup in Tokyo on Tuesday, beating the European champions Real Madrid 2-1. Martin Palermo scored twice in the first six minutes, both from passes by Juan Roman Riquelme, and coach Carlos Bianchi won the trophy for the second time after his success with Velez Sarsfield in 1994.",
 [("Boca Juniors", "ORG"), ("Intercontinental Cup", "MISC"), ("Tokyo", "LOC"), ("European", "MISC"), ("Real Madrid", "ORG"),
  ("Martin Palermo", "PER"), ("Juan Roman Riquelme", "PER"), ("Carlos Bianchi", "PER"), ("Velez Sarsfield", "ORG")]),
# wV098
("2000-12-18",
 "Hearts of Oak won the African Champions League on Sunday, beating Esperance 3-1 in the second leg of the final at the Accra Sports Stadium for a 5-2 aggregate win. Coach Cecil Jones Attuquayefio said the Ghanaian club had answered everyone who thought it would freeze against the Tunisian champions.",
 [("Hearts of Oak", "ORG"), ("African Champions League", "MISC"), ("Esperance", "ORG"), ("Accra Sports Stadium", "LOC"), ("Cecil Jones Attuquayefio", "PER"),
  ("Ghanaian", "MISC"), ("Tunisian", "MISC")]),
# wV099
("2006-03-06",
 "Sydney FC won the first A-League grand final on Sunday, beating Central Coast Mariners 1-0 at the Sydney Football Stadium in front of more than 41,000 fans. Steve Corica scored the goal from a pass by the captain Dwight Yorke, and the German coach Pierre Littbarski said he would decide on his future next week.",
 [("Sydney FC", "ORG"), ("A-League", "MISC"), ("Central Coast Mariners", "ORG"), ("Sydney Football Stadium", "LOC"), ("Steve Corica", "PER"),
  ("Dwight Yorke", "PER"), ("German", "MISC"), ("Pierre Littbarski", "PER")]),
# wV100
("2009-11-23",
 "Real Salt Lake won the MLS Cup on Sunday, beating the Los Angeles Galaxy 5-4 on penalties after a 1-1 draw at Qwest Field in Seattle. Goalkeeper Nick Rimando saved two kicks, one of them from Landon Donovan, and coach Jason Kreis said his side had been written off all season. David Beckham scored his penalty for the Galaxy.",
 [("Real Salt Lake", "ORG"), ("MLS Cup", "MISC"), ("Los Angeles Galaxy", "ORG"), ("Qwest Field", "LOC"), ("Seattle", "LOC"),
  ("Nick Rimando", "PER"), ("Landon Donovan", "PER"), ("Jason Kreis", "PER"), ("David Beckham", "PER"), ("Galaxy", "ORG")]),
# wV101
("1998-06-07",
 "Arantxa Sanchez Vicario won the French Open for the third time on Saturday, beating Monica Seles 7-6 0-6 6-2 at Roland Garros. The American was playing her first tournament since the death of her father and coach Karolj, and the Spaniard embraced her at the net.",
 [("Arantxa Sanchez Vicario", "PER"), ("French Open", "MISC"), ("Monica Seles", "PER"), ("Roland Garros", "LOC"), ("American", "MISC"),
  ("Karolj", "PER"), ("Spaniard", "MISC")]),
# wV102
("1998-03-30",
 "Marcelo Rios will become the first South American to be ranked number one in the world on Monday after beating Andre Agassi 7-5 6-3 6-4 in the final of the Lipton Championships at Key Biscayne. The Chilean, 22, replaces Pete Sampras at the top, and thousands of fans gathered in the centre of Santiago to celebrate.",
 [("Marcelo Rios", "PER"), ("South American", "MISC"), ("Andre Agassi", "PER"), ("Lipton Championships", "MISC"), ("Key Biscayne", "LOC"),
  ("Chilean", "MISC"), ("Pete Sampras", "PER"), ("Santiago", "LOC")]),
# wV103
("2008-11-24",
 "Spain won the Davis Cup in Mar del Plata on Sunday without the injured Rafael Nadal, when Fernando Verdasco came from a set down to beat Jose Acasuso in the fourth rubber of the final against Argentina. Feliciano Lopez had beaten Juan Martin del Potro on Friday, and the home crowd fell silent long before the end.",
 [("Spain", "LOC"), ("Davis Cup", "MISC"), ("Mar del Plata", "LOC"), ("Rafael Nadal", "PER"), ("Fernando Verdasco", "PER"),
  ("Jose Acasuso", "PER"), ("Argentina", "LOC"), ("Feliciano Lopez", "PER"), ("Juan Martin del Potro", "PER")]),
# wV104
("2010-08-16",
 "Martin Kaymer won the PGA Championship at Whistling Straits on Sunday, beating Bubba Watson in a three-hole playoff after Dustin Johnson was given a two-stroke penalty for grounding his club in a bunker on the last hole. The German, 25, is the second from his country to win a major, after Bernhard Langer.",
 [("Martin Kaymer", "PER"), ("PGA Championship", "MISC"), ("Whistling Straits", "LOC"), ("Bubba Watson", "PER"), ("Dustin Johnson", "PER"),
  ("German", "MISC"), ("Bernhard Langer", "PER")]),
# wV105
("1997-06-16",
 "Ernie Els won the US Open for the second time on Sunday, finishing a stroke ahead of Colin Montgomerie at Congressional in Bethesda, Maryland. The South African made a par on the 17th after the Scot had missed a short putt there, and Tom Lehman finished third after hitting his approach into the water.",
 [("Ernie Els", "PER"), ("US Open", "MISC"), ("Colin Montgomerie", "PER"), ("Congressional", "LOC"), ("Bethesda", "LOC"),
  ("Maryland", "LOC"), ("South African", "MISC"), ("Scot", "MISC"), ("Tom Lehman", "PER")]),
# wV106
("2007-07-17",
 "Seve Ballesteros retired from competitive golf on Monday at Carnoustie, on the eve of the British Open he won three times. The Spaniard, 50, said a back injury had made it impossible to compete, and he would now spend more time at home in Pedrena, in Cantabria, and on his golf course design business.",
 [("Seve Ballesteros", "PER"), ("Carnoustie", "LOC"), ("British Open", "MISC"), ("Spaniard", "MISC"), ("Pedrena", "LOC"),
  ("Cantabria", "LOC")]),
# wV107
("2000-02-06",
 "Italy won their first match in the Six Nations on Saturday, beating the champions Scotland 34-20 at the Stadio Flaminio in Rome. The fly-half Diego Dominguez, born in Argentina, kicked 29 points, including three drop goals, and thousands of fans ran on to the pitch at the end.",
 [("Italy", "LOC"), ("Six Nations", "MISC"), ("Scotland", "LOC"), ("Stadio Flaminio", "LOC"), ("Rome", "LOC"),
  ("Diego Dominguez", "PER"), ("Argentina", "LOC")]),
# wV108
("2009-05-31",
 "Perpignan won the French rugby championship for the first time since 1955 on Saturday, beating Clermont 22-13 in the Top 14 final at the Stade de France. Full-back Jerome Porical kicked 17 points, and Catalan flags were waved all night in the streets of Perpignan. Clermont have now lost ten finals.",
 [("Perpignan", "ORG"), ("French", "MISC"), ("Clermont", "ORG"), ("Top 14", "MISC"), ("Stade de France", "LOC"),
  ("Jerome Porical", "PER"), ("Catalan", "MISC"), ("Perpignan", "LOC"), ("Clermont", "ORG")]),
# wV109
("2001-05-20",
 "Leicester retained the Heineken Cup on Saturday, beating Stade Francais 34-30 in the final at the Parc des Princes in Paris. Wing Leon Lloyd scored two tries, the second in the last minutes, and captain Martin Johnson lifted the trophy after Diego Dominguez had kicked all 30 of the Paris club's points.",
 [("Leicester", "ORG"), ("Heineken Cup", "MISC"), ("Stade Francais", "ORG"), ("Parc des Princes", "LOC"), ("Paris", "LOC"),
  ("Leon Lloyd", "PER"), ("Martin Johnson", "PER"), ("Diego Dominguez", "PER"), ("Paris", "LOC")]),
# wV110
("2005-10-03",
 "Wests Tigers won their first NRL grand final on Sunday, beating North Queensland Cowboys 30-16 at Telstra Stadium in Sydney. Benji Marshall set up a try for Pat Richards with a flick pass, and coach Tim Sheens said the merged club had finally given its fans from Balmain and Western Suburbs a title.",
 [("Wests Tigers", "ORG"), ("NRL", "MISC"), ("North Queensland Cowboys", "ORG"), ("Telstra Stadium", "LOC"), ("Sydney", "LOC"),
  ("Benji Marshall", "PER"), ("Pat Richards", "PER"), ("Tim Sheens", "PER"), ("Balmain", "ORG"), ("Western Suburbs", "ORG")]),
# wV111
("1997-08-18",
 "Bradford Bulls won the Super League title on Sunday with four matches to spare, beating Warrington at Odsal in front of more than 17,000 fans. Coach Matthew Elliott, an Australian in his first season in England, said Robbie Paul had been the best player in the competition.",
 [("Bradford Bulls", "ORG"), ("Super League", "MISC"), ("Warrington", "ORG"), ("Odsal", "LOC"), ("Matthew Elliott", "PER"),
  ("Australian", "MISC"), ("England", "LOC"), ("Robbie Paul", "PER")]),
# wV112
("1999-09-03",
 "Surrey won the County Championship for the first time since 1971 on Friday, with a win at the Oval that put them out of reach with two rounds left. Captain Adam Hollioake said the Pakistani off-spinner Saqlain Mushtaq, who has taken more than 50 wickets in only seven matches, had made the difference.",
 [("Surrey", "ORG"), ("County Championship", "MISC"), ("Oval", "LOC"), ("Adam Hollioake", "PER"), ("Pakistani", "MISC"),
  ("Saqlain Mushtaq", "PER")]),
# wV113
("1996-03-29",
 "South Australia won the Sheffield Shield on Thursday when their last pair, Peter McIntyre and Shane George, batted out the final overs to draw the final against Western Australia at the Adelaide Oval. Captain Jamie Siddons said he could not watch the last half hour.",
 [("South Australia", "ORG"), ("Sheffield Shield", "MISC"), ("Peter McIntyre", "PER"), ("Shane George", "PER"), ("Western Australia", "ORG"),
  ("Adelaide Oval", "LOC"), ("Jamie Siddons", "PER")]),
# wV114
("2006-07-30",
 "Mahela Jayawardene and Kumar Sangakkara put on 624 for the third wicket against the South African bowlers at the Sinhalese Sports Club in Colombo, the highest partnership in test cricket. Jayawardene went on to make 374, the highest score by a Sri Lanka captain, before he was bowled by Andre Nel.",
 [("Mahela Jayawardene", "PER"), ("Kumar Sangakkara", "PER"), ("South African", "MISC"), ("Sinhalese Sports Club", "LOC"), ("Colombo", "LOC"),
  ("Jayawardene", "PER"), ("Sri Lanka", "LOC"), ("Andre Nel", "PER")]),
# wV115
("1995-12-05",
 "Mike Atherton batted for almost 11 hours to make 185 not out and save the second test against the South Africans at the Wanderers in Johannesburg on Monday. The England captain and wicketkeeper Jack Russell put on 119 for the sixth wicket, and manager Ray Illingworth called it one of the great innings.",
 [("Mike Atherton", "PER"), ("South Africans", "MISC"), ("Wanderers", "LOC"), ("Johannesburg", "LOC"), ("England", "LOC"),
  ("Jack Russell", "PER"), ("Ray Illingworth", "PER")]),
# wV116
("2009-08-20",
 "Caster Semenya won the 800 metres at the world championships in Berlin on Wednesday, hours after the IAAF confirmed that the 18-year-old had been asked to take a gender test. The South African finished more than two seconds clear of the Kenyan Janeth Jepkosgei, and people in her home village in Limpopo province said the questions were an insult.",
 [("Caster Semenya", "PER"), ("Berlin", "LOC"), ("IAAF", "ORG"), ("South African", "MISC"), ("Kenyan", "MISC"),
  ("Janeth Jepkosgei", "PER"), ("Limpopo", "LOC")]),
# wV117
("2010-08-23",
 "David Rudisha broke the 800 metres world record at the ISTAF meeting in Berlin on Sunday, running 1:41.09 to take two hundredths of a second off the mark Wilson Kipketer had held since 1997. The Kenyan, 21, ran the first lap alone behind a pacemaker and said he could go faster.",
 [("David Rudisha", "PER"), ("ISTAF", "MISC"), ("Berlin", "LOC"), ("Wilson Kipketer", "PER"), ("Kenyan", "MISC")]),
# wV118
("2005-08-14",
 "Paula Radcliffe won the marathon at the world championships in Helsinki on Sunday, a year after failing to finish the Olympic race. The Briton led from the start and finished more than a minute clear of the Kenyan Catherine Ndereba, setting a championship record.",
 [("Paula Radcliffe", "PER"), ("Helsinki", "LOC"), ("Olympic", "MISC"), ("Briton", "MISC"), ("Kenyan", "MISC"),
  ("Catherine Ndereba", "PER")]),
# wV119
("1995-08-17",
 "Moses Kiptanui became the first man to run the 3,000 metres steeplechase in under eight minutes at the Weltklasse meeting at the Letzigrund in Zurich on Wednesday. The Kenyan, three times world champion, ran 7:59.18 and was carried around the track by his pacemakers.",
 [("Moses Kiptanui", "PER"), ("Weltklasse", "MISC"), ("Letzigrund", "LOC"), ("Zurich", "LOC"), ("Kenyan", "MISC")]),
# wV120
("2010-09-20",
 "Vincenzo Nibali won the Vuelta a Espana in Madrid on Sunday, the first grand tour win of his career. The Liquigas rider from Sicily held off Ezequiel Mosquera on the Bola del Mundo climb on Saturday, and finished 41 seconds ahead of the Spaniard overall.",
 [("Vincenzo Nibali", "PER"), ("Vuelta a Espana", "MISC"), ("Madrid", "LOC"), ("Liquigas", "ORG"), ("Sicily", "LOC"),
  ("Ezequiel Mosquera", "PER"), ("Bola del Mundo", "LOC"), ("Spaniard", "MISC")]),
# wV121
("2007-07-26",
 "Michael Rasmussen was thrown out of the Tour de France by his Rabobank team on Wednesday night while wearing the yellow jersey, after the team learned that he had lied about his whereabouts before the race. The Dane had said he was training in Mexico when he was seen in Italy, team manager Theo de Rooij said.",
 [("Michael Rasmussen", "PER"), ("Tour de France", "MISC"), ("Rabobank", "ORG"), ("Dane", "MISC"), ("Mexico", "LOC"),
  ("Italy", "LOC"), ("Theo de Rooij", "PER")]),
# wV122
("2009-10-19",
 "Jenson Button won the Formula One world championship on Sunday, finishing fifth in the Brazilian Grand Prix at Interlagos after starting 14th. Team principal Ross Brawn, who bought the former Honda team for one pound in March, said the title was the reward for a winter of work, and Mark Webber won the race for Red Bull.",
 [("Jenson Button", "PER"), ("Formula One", "MISC"), ("Brazilian Grand Prix", "MISC"), ("Interlagos", "LOC"), ("Ross Brawn", "PER"),
  ("Honda", "ORG"), ("Mark Webber", "PER"), ("Red Bull", "ORG")]),
# wV123
("1996-09-09",
 "Alex Zanardi passed Bryan Herta on the inside at the Corkscrew on the last lap to win the CART race at Laguna Seca on Sunday. The Italian rookie drove across the dirt at the exit of the corner, and his team owner Chip Ganassi said he had never seen a move like it.",
 [("Alex Zanardi", "PER"), ("Bryan Herta", "PER"), ("Corkscrew", "LOC"), ("CART", "ORG"), ("Laguna Seca", "LOC"),
  ("Italian", "MISC"), ("Chip Ganassi", "PER")]),
# wV124
("1999-09-06",
 "Carl Fogarty won his fourth World Superbike title on Sunday, clinching the championship with a round to spare. The Ducati rider from Blackburn finished well ahead of the Australian Troy Corser in the standings.",
 [("Carl Fogarty", "PER"), ("World Superbike", "MISC"), ("Ducati", "ORG"), ("Blackburn", "LOC"),
  ("Australian", "MISC"), ("Troy Corser", "PER")]),
# wV125
("2003-02-14",
 "Janica Kostelic won the combined at the world championships in St Moritz on Thursday, a year after winning three golds at the Olympic winter games. The Croatian finished ahead of the Swede Anja Paerson, and her brother Ivica, who also skis for the team, said the family would celebrate in Zagreb.",
 [("Janica Kostelic", "PER"), ("St Moritz", "LOC"), ("Olympic", "MISC"), ("Croatian", "MISC"), ("Swede", "MISC"),
  ("Anja Paerson", "PER"), ("Ivica", "PER"), ("Zagreb", "LOC")]),
# wV126
("1995-05-08",
 "Finland won the ice hockey world championship for the first time on Sunday, beating Sweden 4-1 in the final at the Globe Arena in Stockholm. Ville Peltonen scored a hat-trick, and the Swede Curt Lindstrom, Finland's coach, was thrown into the air by his players. Tens of thousands celebrated in the streets of Helsinki.",
 [("Finland", "LOC"), ("Sweden", "LOC"), ("Globe Arena", "LOC"), ("Stockholm", "LOC"), ("Ville Peltonen", "PER"),
  ("Swede", "MISC"), ("Curt Lindstrom", "PER"), ("Finland", "LOC"), ("Helsinki", "LOC")]),
# wV127
("1998-04-24",
 "Kinder Bologna won the Euroleague for the first time on Thursday, beating AEK Athens 58-44 in the final in Barcelona. The Serb Zoran Savic was named the most valuable player, and coach Ettore Messina said the defence had won the game.",
 [("Kinder Bologna", "ORG"), ("Euroleague", "MISC"), ("AEK Athens", "ORG"), ("Barcelona", "LOC"), ("Serb", "MISC"),
  ("Zoran Savic", "PER"), ("Ettore Messina", "PER")]),
# wV128
("2003-09-15",
 "Lithuania won the European basketball championship on Sunday, beating Spain 93-84 in the final in Stockholm. Sarunas Jasikevicius was named the best player of the tournament, and coach Antanas Sireika said Pau Gasol had been \"impossible to stop\" for the Spaniards.",
 [("Lithuania", "LOC"), ("European", "MISC"), ("Spain", "LOC"), ("Stockholm", "LOC"), ("Sarunas Jasikevicius", "PER"),
  ("Antanas Sireika", "PER"), ("Pau Gasol", "PER"), ("Spaniards", "MISC")]),
# wV129
("2003-07-25",
 "Alexander Popov won the 100 metres freestyle at the world championships in Barcelona on Thursday, ten years after his first world title. The Russian, 31, beat the Dutchman Pieter van den Hoogenband at the Palau Sant Jordi and said he would swim on until the next Olympic final.",
 [("Alexander Popov", "PER"), ("Barcelona", "LOC"), ("Russian", "MISC"), ("Dutchman", "MISC"), ("Pieter van den Hoogenband", "PER"),
  ("Palau Sant Jordi", "LOC"), ("Olympic", "MISC")]),
# wV130
("1995-09-03",
 "Frank Bruno became world heavyweight champion at the fourth attempt on Saturday, outpointing the American Oliver McCall at Wembley Stadium to win the WBC title. The Briton held on through the last round, and promoter Don King said he would now face Mike Tyson.",
 [("Frank Bruno", "PER"), ("American", "MISC"), ("Oliver McCall", "PER"), ("Wembley Stadium", "LOC"), ("WBC", "ORG"),
  ("Briton", "MISC"), ("Don King", "PER"), ("Mike Tyson", "PER")]),
# wV131
("2005-10-31",
 "Valerenga won the Norwegian title for the first time in 21 years on Sunday, finishing level on points with Start but ahead on goal difference after a 1-1 draw with Odd Grenland at the Ullevaal Stadium. Coach Kjetil Rekdal said his players had \"suffered like dogs\" during the last ten minutes, and thousands of fans marched through the centre of Oslo.",
 [("Valerenga", "ORG"), ("Norwegian", "MISC"), ("Start", "ORG"), ("Odd Grenland", "ORG"), ("Ullevaal Stadium", "LOC"),
  ("Kjetil Rekdal", "PER"), ("Oslo", "LOC")]),
# wV132
("2007-10-28",
 "IFK Goteborg won the Allsvenskan for the first time since 1996 on Sunday, beating Trelleborg 2-0 at Ullevi in the last round. Marcus Berg scored both goals and finished as the top scorer in the league, and joint coach Stefan Rehn said the club had been \"asleep for ten years\" before this season.",
 [("IFK Goteborg", "ORG"), ("Allsvenskan", "MISC"), ("Trelleborg", "ORG"), ("Ullevi", "LOC"), ("Marcus Berg", "PER"),
  ("Stefan Rehn", "PER")]),
# wV133
("2008-11-02",
 "Rubin Kazan won the Russian title for the first time on Sunday with two rounds to spare, beating Saturn 1-0 away from home. The Turkmen coach Kurban Berdyev, who has been in charge since 2001, said the club had been built on discipline, and the president of Tatarstan promised the players a reception in Kazan.",
 [("Rubin Kazan", "ORG"), ("Russian", "MISC"), ("Saturn", "ORG"), ("Turkmen", "MISC"), ("Kurban Berdyev", "PER"),
  ("Tatarstan", "LOC"), ("Kazan", "LOC")]),
# wV134
("2004-05-31",
 "Banik Ostrava won the Czech title for the first time in 24 years on Saturday, holding off Sparta Prague with a 2-0 win at home. Marek Heinz, the league's top scorer, added the second goal, and coach Frantisek Komnacky said the title belonged to the mining city of Ostrava.",
 [("Banik Ostrava", "ORG"), ("Czech", "MISC"), ("Sparta Prague", "ORG"), ("Marek Heinz", "PER"), ("Frantisek Komnacky", "PER"),
  ("Ostrava", "LOC")]),
# wV135
("2007-05-07",
 "Beitar Jerusalem won the Israeli title for the first time since 1998 on Saturday, and their owner Arcadi Gaydamak joined thousands of fans on the pitch at the Teddy Stadium. The businessman, who bought the club two years ago, promised to spend more to reach the Champions League group stage.",
 [("Beitar Jerusalem", "ORG"), ("Israeli", "MISC"), ("Arcadi Gaydamak", "PER"), ("Teddy Stadium", "LOC"), ("Champions League", "MISC")]),
# wV136
("2009-12-06",
 "Kashima Antlers won the J-League for the third year in a row on Saturday, beating Urawa Reds 1-0 away from home in the last round. The Brazilian coach Oswaldo de Oliveira is the first to win three straight titles in Japan, and the club from Ibaraki has now been champion seven times.",
 [("Kashima Antlers", "ORG"), ("J-League", "MISC"), ("Urawa Reds", "ORG"), ("Brazilian", "MISC"), ("Oswaldo de Oliveira", "PER"),
  ("Japan", "LOC"), ("Ibaraki", "LOC")]),
# wV137
("2003-11-29",
 "Ali Daei became the leading scorer in the history of international football on Friday, scoring four times in Iran's 7-0 win over Lebanon at the Azadi Stadium in Tehran. The striker, 34, passed the 84 goals scored by the Hungarian Ferenc Puskas, and the crowd of 80,000 chanted his name until the end.",
 [("Ali Daei", "PER"), ("Iran", "LOC"), ("Lebanon", "LOC"), ("Azadi Stadium", "LOC"), ("Tehran", "LOC"),
  ("Hungarian", "MISC"), ("Ferenc Puskas", "PER")]),
# wV138
("2002-08-01",
 "Olimpia won the Copa Libertadores for the third time on Wednesday, beating Sao Caetano 4-2 on penalties after the two legs of the final had finished level. The Argentine coach Nery Pumpido said the title was the best present the club could give itself in its centenary year, and thousands of Paraguayan fans celebrated in the streets of Asuncion.",
 [("Olimpia", "ORG"), ("Copa Libertadores", "MISC"), ("Sao Caetano", "ORG"), ("Argentine", "MISC"), ("Nery Pumpido", "PER"),
  ("Paraguayan", "MISC"), ("Asuncion", "LOC")]),
# wV139
("2009-07-16",
 "Estudiantes won the Copa Libertadores for the fourth time on Wednesday, beating Cruzeiro 2-1 in the second leg of the final at the Mineirao in Belo Horizonte after a goalless first leg in La Plata. Mauro Boselli headed the winner, and captain Juan Sebastian Veron lifted the trophy his father Juan Ramon won with the club in 1968. Coach Alejandro Sabella said the Argentine side had played without fear.",
 [("Estudiantes", "ORG"), ("Copa Libertadores", "MISC"), ("Cruzeiro", "ORG"), ("Mineirao", "LOC"), ("Belo Horizonte", "LOC"),
  ("La Plata", "LOC"), ("Mauro Boselli", "PER"), ("Juan Sebastian Veron", "PER"), ("Juan Ramon", "PER"), ("Alejandro Sabella", "PER"),
  ("Argentine", "MISC")]),
# wV140
("2010-05-06",
 "Marseille won the French title for the first time in 18 years on Wednesday, beating Rennes 3-1 at the Velodrome with two games left. Coach Didier Deschamps, who captained the club to its last title, said the Senegalese striker Mamadou Niang had carried the team, and the Argentine Lucho Gonzalez scored the second goal.",
 [("Marseille", "ORG"), ("French", "MISC"), ("Rennes", "ORG"), ("Velodrome", "LOC"), ("Didier Deschamps", "PER"),
  ("Senegalese", "MISC"), ("Mamadou Niang", "PER"), ("Argentine", "MISC"), ("Lucho Gonzalez", "PER")]),
# wV141
("2006-07-09",
 "Amelie Mauresmo won Wimbledon on Saturday, beating Justine Henin-Hardenne 2-6 6-3 6-4 to become the first Frenchwoman to take the title since Suzanne Lenglen in 1925. The Belgian had won the French Open a month ago, and Mauresmo, often accused of losing her nerve, held serve easily in the last game.",
 [("Amelie Mauresmo", "PER"), ("Wimbledon", "MISC"), ("Justine Henin-Hardenne", "PER"), ("Frenchwoman", "MISC"), ("Suzanne Lenglen", "PER"),
  ("Belgian", "MISC"), ("French Open", "MISC"), ("Mauresmo", "PER")]),
# wV142
("1996-07-08",
 "Richard Krajicek won Wimbledon on Sunday, beating MaliVai Washington 6-3 6-4 6-3 in a final delayed by rain and interrupted by a streaker. The Dutchman, the first from his country to win the title, had beaten the champion Pete Sampras in the quarter-finals, and the American reached the final only as an unseeded player.",
 [("Richard Krajicek", "PER"), ("Wimbledon", "MISC"), ("MaliVai Washington", "PER"), ("Dutchman", "MISC"), ("Pete Sampras", "PER"),
  ("American", "MISC")]),
# wV143
("2004-09-12",
 "Svetlana Kuznetsova won the US Open on Saturday, beating Elena Dementieva 6-3 7-5 in the second grand slam final between two Russians this year, after the one in Paris. The 19-year-old from St Petersburg, seeded ninth, hugged her opponent at the net in Arthur Ashe Stadium and then telephoned her parents.",
 [("Svetlana Kuznetsova", "PER"), ("US Open", "MISC"), ("Elena Dementieva", "PER"), ("Russians", "MISC"), ("Paris", "LOC"),
  ("St Petersburg", "LOC"), ("Arthur Ashe Stadium", "LOC")]),
# wV144
("2004-09-07",
 "Vijay Singh replaced Tiger Woods at the top of the world rankings on Monday by winning the Deutsche Bank Championship at Norton, Massachusetts, three shots ahead of the American. The Fijian, 41, has won six tournaments this year, and Woods had been number one for 264 weeks in a row.",
 [("Vijay Singh", "PER"), ("Tiger Woods", "PER"), ("Deutsche Bank Championship", "MISC"), ("Norton", "LOC"), ("Massachusetts", "LOC"),
  ("American", "MISC"), ("Fijian", "MISC"), ("Woods", "PER")]),
# wV145
("2003-07-21",
 "Ben Curtis, ranked 396th in the world and playing his first major, won the British Open at Royal St George's on Sunday. The American from Ohio finished a stroke ahead of Thomas Bjorn after the Dane took three shots to get out of a bunker on the 16th hole.",
 [("Ben Curtis", "PER"), ("British Open", "MISC"), ("Royal St George's", "LOC"), ("American", "MISC"), ("Ohio", "LOC"),
  ("Thomas Bjorn", "PER"), ("Dane", "MISC")]),
# wV146
("2004-03-28",
 "France won the Six Nations grand slam on Saturday, beating England 24-21 at the Stade de France. Imanol Harinordoquy scored two tries and scrum-half Dimitri Yachvili kicked 14 points, and coach Bernard Laporte said his players had hung on for the last quarter of an hour.",
 [("France", "LOC"), ("Six Nations", "MISC"), ("England", "LOC"), ("Stade de France", "LOC"), ("Imanol Harinordoquy", "PER"),
  ("Dimitri Yachvili", "PER"), ("Bernard Laporte", "PER")]),
# wV147
("2004-05-24",
 "Wasps won the Heineken Cup on Sunday, beating Toulouse 27-20 at Twickenham with a try in the last minute by the scrum-half Rob Howley. Captain Lawrence Dallaglio said the side had come back from a bad start to the season, and coach Warren Gatland said Howley had read the bounce of the ball better than the French full-back Clement Poitrenaud.",
 [("Wasps", "ORG"), ("Heineken Cup", "MISC"), ("Toulouse", "ORG"), ("Twickenham", "LOC"), ("Rob Howley", "PER"),
  ("Lawrence Dallaglio", "PER"), ("Warren Gatland", "PER"), ("Howley", "PER"), ("French", "MISC"), ("Clement Poitrenaud", "PER")]),
# wV148
("2003-10-06",
 "Penrith Panthers won the NRL grand final on Sunday, beating Sydney Roosters 18-6 at Telstra Stadium. Scott Sattler's cover tackle on Todd Byrne in the second half stopped a certain try, and coach John Lang said it was the best tackle he had ever seen. Luke Priddis won the Clive Churchill Medal.",
 [("Penrith Panthers", "ORG"), ("NRL", "MISC"), ("Sydney Roosters", "ORG"), ("Telstra Stadium", "LOC"), ("Scott Sattler", "PER"),
  ("Todd Byrne", "PER"), ("John Lang", "PER"), ("Luke Priddis", "PER"), ("Clive Churchill Medal", "MISC")]),
# wV149
("2003-07-20",
 "Surrey won the first Twenty20 Cup on Saturday, beating Warwickshire by nine wickets in the final at Trent Bridge in Nottingham. The England and Wales Cricket Board said the new 20-over competition had drawn crowds of more than 250,000 in its first summer, most of them families.",
 [("Surrey", "ORG"), ("Twenty20 Cup", "MISC"), ("Warwickshire", "ORG"), ("Trent Bridge", "LOC"), ("Nottingham", "LOC"),
  ("England and Wales Cricket Board", "ORG")]),
# wV150
("1999-11-22",
 "Australia beat Pakistan by four wickets at the Bellerive Oval in Hobart on Monday, chasing 369 after being 126 for five. Justin Langer made 127 and Adam Gilchrist an unbeaten 149 in only his second test, and Pakistan captain Wasim Akram said his bowlers had no answer.",
 [("Australia", "LOC"), ("Pakistan", "LOC"), ("Bellerive Oval", "LOC"), ("Hobart", "LOC"), ("Justin Langer", "PER"),
  ("Adam Gilchrist", "PER"), ("Pakistan", "LOC"), ("Wasim Akram", "PER")]),
# wV151
("2008-11-02",
 "The Stanford Superstars beat England by ten wickets in Antigua on Saturday to win 20 million dollars in a single Twenty20 match. Chris Gayle made an unbeaten 65, and England captain Kevin Pietersen said his players had been distracted by the money and by the Texan billionaire Allen Stanford, who had been photographed with the players' wives.",
 [("Stanford Superstars", "ORG"), ("England", "LOC"), ("Antigua", "LOC"), ("Chris Gayle", "PER"), ("England", "LOC"),
  ("Kevin Pietersen", "PER"), ("Texan", "MISC"), ("Allen Stanford", "PER")]),
# wV152
("2010-08-01",
 "Mo Farah won the 5,000 metres at the European championships in Barcelona on Saturday, four days after winning the 10,000 metres. The Briton, who came to London from Somalia at the age of eight, is the first man from his country to win both titles, and his team-mate Chris Thompson was second in the longer race.",
 [("Mo Farah", "PER"), ("European", "MISC"), ("Barcelona", "LOC"), ("Briton", "MISC"), ("London", "LOC"),
  ("Somalia", "LOC"), ("Chris Thompson", "PER")]),
# wV153
("2006-07-30",
 "Justin Gatlin, the Olympic 100 metres champion, said on Saturday that he had tested positive for testosterone after a relay race in April. The American, who equalled the world record in Doha in May, faces a ban of up to eight years, and his coach Trevor Graham said someone must have sabotaged him. The US Anti-Doping Agency said it would not comment.",
 [("Justin Gatlin", "PER"), ("Olympic", "MISC"), ("American", "MISC"), ("Doha", "LOC"), ("Trevor Graham", "PER"),
  ("US Anti-Doping Agency", "ORG")]),
# wV154
("2009-11-02",
 "Meb Keflezighi became the first American man to win the New York City Marathon since 1982 on Sunday, pulling away from Robert Cheruiyot of Kenya in the last miles through Central Park. Keflezighi, who was born in Eritrea and grew up in San Diego, finished in 2:09:15.",
 [("Meb Keflezighi", "PER"), ("American", "MISC"), ("New York City Marathon", "MISC"), ("Robert Cheruiyot", "PER"), ("Kenya", "LOC"),
  ("Central Park", "LOC"), ("Keflezighi", "PER"), ("Eritrea", "LOC"), ("San Diego", "LOC")]),
# wV155
("1997-07-28",
 "Jan Ullrich became the first German to win the Tour de France on Sunday, finishing more than nine minutes ahead of the Frenchman Richard Virenque as the race ended in Paris. The Telekom rider, 23, won the race in which he had been expected to ride for his team leader, last year's winner Bjarne Riis. Thousands of people waited for him in his home town of Rostock.",
 [("Jan Ullrich", "PER"), ("German", "MISC"), ("Tour de France", "MISC"), ("Frenchman", "MISC"), ("Richard Virenque", "PER"),
  ("Paris", "LOC"), ("Telekom", "ORG"), ("Bjarne Riis", "PER"), ("Rostock", "LOC")]),
# wV156
("2007-05-13",
 "Chris Hoy missed the world record for the kilometre time trial by a fraction of a second in La Paz on Saturday, riding at an altitude of more than 3,400 metres. The Scot had travelled to Bolivia with a team from British Cycling to attack the mark of the Frenchman Arnaud Tournant, and he breathed from an oxygen mask after the ride.",
 [("Chris Hoy", "PER"), ("La Paz", "LOC"), ("Scot", "MISC"), ("Bolivia", "LOC"), ("British Cycling", "ORG"),
  ("Frenchman", "MISC"), ("Arnaud Tournant", "PER")]),
# wV157
("1999-02-15",
 "Lasse Kjus became the first skier to win medals in all five events at one world championships on Sunday, taking silver in the slalom at Vail. The Norwegian had already won the giant slalom in Colorado and shared the super-G title with the Austrian Hermann Maier.",
 [("Lasse Kjus", "PER"), ("Vail", "LOC"), ("Norwegian", "MISC"), ("Colorado", "LOC"), ("Austrian", "MISC"),
  ("Hermann Maier", "PER")]),
# wV158
("2005-03-06",
 "Ole Einar Bjoerndalen won his third gold medal at the biathlon world championships in Hochfilzen on Saturday, taking the pursuit ahead of the Frenchman Raphael Poiree. The Norwegian missed two targets but was faster on the skis than anyone in the field, and the Austrian crowd cheered him on the last lap.",
 [("Ole Einar Bjoerndalen", "PER"), ("Hochfilzen", "LOC"), ("Frenchman", "MISC"), ("Raphael Poiree", "PER"), ("Norwegian", "MISC"),
  ("Austrian", "MISC")]),
# wV159
("2007-05-06",
 "Floyd Mayweather took the WBC light-middleweight title from Oscar De La Hoya on a split decision at the MGM Grand in Las Vegas on Saturday. The fight earned De La Hoya's own company, Golden Boy Promotions, a record sum from pay-per-view sales, and Mayweather said he would now retire.",
 [("Floyd Mayweather", "PER"), ("WBC", "ORG"), ("Oscar De La Hoya", "PER"), ("MGM Grand", "LOC"), ("Las Vegas", "LOC"),
  ("De La Hoya", "PER"), ("Golden Boy Promotions", "ORG"), ("Mayweather", "PER")]),
# wV160
("2003-10-19",
 "Dariusz Michalczewski lost his WBO light-heavyweight title and his unbeaten record to the Mexican Julio Cesar Gonzalez on a split decision at the Color Line Arena in Hamburg on Saturday. The German, born in Poland, who had defended the belt 23 times, said he had underestimated his opponent.",
 [("Dariusz Michalczewski", "PER"), ("WBO", "ORG"), ("Mexican", "MISC"), ("Julio Cesar Gonzalez", "PER"), ("Color Line Arena", "LOC"),
  ("Hamburg", "LOC"), ("German", "MISC"), ("Poland", "LOC")]),
# wV161
("2005-04-17",
 "Eisbaren Berlin won the German ice hockey championship for the first time on Saturday, completing a 3-0 series win over Adler Mannheim in the DEL final at the Wellblechpalast. The Canadian coach Pierre Page said the club from the east of the city had finally come of age.",
 [("Eisbaren Berlin", "ORG"), ("German", "MISC"), ("Adler Mannheim", "ORG"), ("DEL", "MISC"), ("Wellblechpalast", "LOC"),
  ("Canadian", "MISC"), ("Pierre Page", "PER")]),
# wV162
("2008-04-20",
 "HV71 won the Swedish ice hockey championship on Saturday, beating Linkoping 4-1 in the sixth game of the final at the Kinnarps Arena in Jonkoping. Captain Johan Davidsson scored twice, and coach Kent Johansson said the win made up for two lost finals.",
 [("HV71", "ORG"), ("Swedish", "MISC"), ("Linkoping", "ORG"), ("Kinnarps Arena", "LOC"), ("Jonkoping", "LOC"),
  ("Johan Davidsson", "PER"), ("Kent Johansson", "PER")]),
# wV163
("2007-09-17",
 "Russia won the European basketball championship on Sunday, beating the hosts Spain 60-59 in the final in Madrid with a basket by J.R. Holden two seconds from the end. Andrei Kirilenko was named the best player of the tournament, and coach David Blatt said Pau Gasol's last shot could have gone either way.",
 [("Russia", "LOC"), ("European", "MISC"), ("Spain", "LOC"), ("Madrid", "LOC"), ("J.R. Holden", "PER"),
  ("Andrei Kirilenko", "PER"), ("David Blatt", "PER"), ("Pau Gasol", "PER")]),
# wV164
("2009-03-14",
 "Ruby Walsh rode a record seventh winner of the week at the Cheltenham Festival on Friday. The Irishman, from Kildare, rides for Paul Nicholls in Britain and for Willie Mullins in Ireland, and both trainers said he was the best jump jockey they had seen.",
 [("Ruby Walsh", "PER"), ("Cheltenham Festival", "MISC"), ("Irishman", "MISC"), ("Kildare", "LOC"), ("Paul Nicholls", "PER"),
  ("Britain", "LOC"), ("Willie Mullins", "PER"), ("Ireland", "LOC")]),
# wV165
("2010-07-12",
 "Douglas Whyte won the Hong Kong jockeys' championship for the tenth season in a row on Sunday, finishing well clear on the last day of racing at Sha Tin. The South African, from Durban, said he would renew his licence with the Hong Kong Jockey Club for another season.",
 [("Douglas Whyte", "PER"), ("Hong Kong", "LOC"), ("Sha Tin", "LOC"), ("South African", "MISC"), ("Durban", "LOC"),
  ("Hong Kong Jockey Club", "ORG")]),
]
