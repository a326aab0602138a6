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
("1999-07-18",
 "Paul Lawrie won the British Open at Carnoustie on Sunday, coming from ten shots behind at the start of the final round and beating Justin Leonard and Jean Van de Velde in a four-hole playoff. The Frenchman had needed only a double-bogey six at the last hole to win, but found the Barry Burn with his third shot. Lawrie, from Aberdeen, is the first home winner since Sandy Lyle in 1985.",
 [("Paul Lawrie", "PER"), ("British Open", "MISC"), ("Carnoustie", "LOC"), ("Justin Leonard", "PER"), ("Jean Van de Velde", "PER"),
  ("Frenchman", "MISC"), ("Barry Burn", "LOC"), ("Lawrie", "PER"), ("Aberdeen", "LOC"), ("Sandy Lyle", "PER")]),
# wV004
("2003-03-31",
 "England completed their first Six Nations grand slam on Sunday, beating Ireland 42-6 at Lansdowne Road in Dublin. Will Greenwood scored two tries and Jonny Wilkinson kicked 15 points, and coach Clive Woodward said his side would now turn their thoughts to the tour of Australia in June.",
 [("England", "LOC"), ("Six Nations", "MISC"), ("Ireland", "LOC"), ("Lansdowne Road", "LOC"), ("Dublin", "LOC"),
  ("Will Greenwood", "PER"), ("Jonny Wilkinson", "PER"), ("Clive Woodward", "PER"), ("Australia", "LOC")]),
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
 "Panathinaikos won the Euroleague on Thursday, beating Maccabi Tel Aviv 73-67 in the final in Thessaloniki. Dejan Bodiroga led the Athens side with 27 points, and coach Zeljko Obradovic won the title for the fourth time with a third different club.",
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
("2005-05-19",
 "CSKA Moscow became the first Russian club to win a European trophy on Wednesday, beating Sporting 3-1 in the UEFA Cup final at the Jose Alvalade stadium in Lisbon. Daniel Carvalho, Yuri Zhirkov and Vagner Love scored after the hosts had led at half-time, and coach Valery Gazzaev dedicated the win to the club's fans.",
 [("CSKA Moscow", "ORG"), ("Russian", "MISC"), ("European", "MISC"), ("Sporting", "ORG"), ("UEFA Cup", "MISC"),
  ("Jose Alvalade", "LOC"), ("Lisbon", "LOC"), ("Daniel Carvalho", "PER"), ("Yuri Zhirkov", "PER"), ("Vagner Love", "PER"),
  ("Valery Gazzaev", "PER")]),
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
]
