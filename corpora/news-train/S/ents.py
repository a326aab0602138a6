# Decision lists for news-train part S (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wS001, wS002, ... in order.
# Sport reports in prose, 1998-2012; dct is the story's date.

DOCS = [
# wS001
("1999-11-07",
 "Leeds went top of the Premier League on Sunday with a 2-1 win over Bradford at Elland Road. Harry Kewell curled in the opener before Dean Windass levelled, and Alan Smith headed the winner ten minutes from time. \"We are not getting carried away,\" manager David O'Leary said.",
 [("Leeds", "ORG"), ("Premier League", "MISC"), ("Bradford", "ORG"), ("Elland Road", "LOC"), ("Harry Kewell", "PER"),
  ("Dean Windass", "PER"), ("Alan Smith", "PER"), ("David O'Leary", "PER")]),
# wS002
("2003-03-16",
 "Real Sociedad stayed a point clear at the top of La Liga after Nihat Kahveci scored twice in a 3-1 win over Racing Santander at Anoeta on Saturday. The Turkish striker has 19 league goals this season, and coach Raynald Denoueix said his side had \"nothing to lose\" in the run-in against Real Madrid.",
 [("Real Sociedad", "ORG"), ("La Liga", "MISC"), ("Nihat Kahveci", "PER"), ("Racing Santander", "ORG"), ("Anoeta", "LOC"),
  ("Turkish", "MISC"), ("Raynald Denoueix", "PER"), ("Real Madrid", "ORG")]),
# wS003
("2001-04-01",
 "Giovane Elber scored twice as Bayern Munich beat Hertha Berlin 3-0 at the Olympic Stadium in Munich on Saturday to stay three points ahead of Schalke in the Bundesliga. The Brazilian forward later limped off with a calf strain, and coach Ottmar Hitzfeld said he would be assessed before Tuesday's Champions League quarter-final against Manchester United.",
 [("Giovane Elber", "PER"), ("Bayern Munich", "ORG"), ("Hertha Berlin", "ORG"), ("Olympic Stadium", "LOC"), ("Munich", "LOC"),
  ("Schalke", "ORG"), ("Bundesliga", "MISC"), ("Brazilian", "MISC"), ("Ottmar Hitzfeld", "PER"), ("Champions League", "MISC"),
  ("Manchester United", "ORG")]),
# wS004
("2005-10-02",
 "Udinese climbed to third in Serie A after a 2-0 win at Lecce on Sunday, with goals from Vincenzo Iaquinta and the Ghanaian midfielder Sulley Muntari. Lecce coach Angelo Gregucci was sent to the stands early in the second half for protesting to referee Paolo Tagliavento.",
 [("Udinese", "ORG"), ("Serie A", "MISC"), ("Lecce", "ORG"), ("Vincenzo Iaquinta", "PER"), ("Ghanaian", "MISC"),
  ("Sulley Muntari", "PER"), ("Lecce", "ORG"), ("Angelo Gregucci", "PER"), ("Paolo Tagliavento", "PER")]),
# wS005
("2008-11-09",
 "Bordeaux closed to within two points of Lyon at the top of Ligue 1 after Marouane Chamakh's header gave them a 1-0 win over Nancy at the Stade Chaban-Delmas on Saturday. Laurent Blanc's side have now gone nine matches unbeaten, and the Moroccan international said afterwards that he was happy to stay in France until the end of his contract.",
 [("Bordeaux", "ORG"), ("Lyon", "ORG"), ("Ligue 1", "MISC"), ("Marouane Chamakh", "PER"), ("Nancy", "ORG"),
  ("Stade Chaban-Delmas", "LOC"), ("Laurent Blanc", "PER"), ("Moroccan", "MISC"), ("France", "LOC")]),
# wS006
("2001-05-13",
 "Jon Dahl Tomasson scored in stoppage time as Feyenoord beat Vitesse 3-2 at De Kuip on Sunday to secure third place in the Eredivisie. The Danish forward's goal also sends Feyenoord into the UEFA Cup, while Vitesse coach Ronald Koeman said his players had \"thrown away\" a two-goal lead.",
 [("Jon Dahl Tomasson", "PER"), ("Feyenoord", "ORG"), ("Vitesse", "ORG"), ("De Kuip", "LOC"), ("Eredivisie", "MISC"),
  ("Danish", "MISC"), ("Feyenoord", "ORG"), ("UEFA Cup", "MISC"), ("Vitesse", "ORG"), ("Ronald Koeman", "PER")]),
# wS007
("2007-05-20",
 "Porto clinched a second successive Portuguese title on Saturday with a 4-1 win over Desportivo das Aves, finishing a point ahead of Sporting. Argentine striker Lisandro Lopez scored twice at the Estadio do Dragao, and coach Jesualdo Ferreira was carried from the pitch on his players' shoulders.",
 [("Porto", "ORG"), ("Portuguese", "MISC"), ("Desportivo das Aves", "ORG"), ("Sporting", "ORG"), ("Argentine", "MISC"),
  ("Lisandro Lopez", "PER"), ("Estadio do Dragao", "LOC"), ("Jesualdo Ferreira", "PER")]),
# wS008
("2005-10-03",
 "Hearts stretched their unbeaten start to the Scottish Premier League season to nine games with a 2-0 win over Hibernian at Tynecastle on Sunday. Lithuanian midfielder Saulius Mikoliunas and Czech striker Rudi Skacel scored, and manager George Burley thanked owner Vladimir Romanov for his backing in the transfer market.",
 [("Hearts", "ORG"), ("Scottish Premier League", "MISC"), ("Hibernian", "ORG"), ("Tynecastle", "LOC"), ("Lithuanian", "MISC"),
  ("Saulius Mikoliunas", "PER"), ("Czech", "MISC"), ("Rudi Skacel", "PER"), ("George Burley", "PER"), ("Vladimir Romanov", "PER")]),
# wS009
("2010-03-21",
 "Bursaspor went two points clear at the top of the Turkish Super League with a 2-1 win over Trabzonspor at the Ataturk Stadium on Saturday. Volkan Sen and Ozan Ipek scored for the home side, and coach Ertugrul Saglam said the title race with Fenerbahce would go \"to the final minute\".",
 [("Bursaspor", "ORG"), ("Turkish Super League", "MISC"), ("Trabzonspor", "ORG"), ("Ataturk Stadium", "LOC"), ("Volkan Sen", "PER"),
  ("Ozan Ipek", "PER"), ("Ertugrul Saglam", "PER"), ("Fenerbahce", "ORG")]),
# wS010
("2002-04-28",
 "Olympiakos retained the Greek championship on Saturday with a 3-0 win over Panionios in Piraeus, finishing four points ahead of Panathinaikos. Brazilian playmaker Giovanni scored from a free kick and Predrag Djordjevic added two more in front of a capacity crowd.",
 [("Olympiakos", "ORG"), ("Greek", "MISC"), ("Panionios", "ORG"), ("Piraeus", "LOC"), ("Panathinaikos", "ORG"),
  ("Brazilian", "MISC"), ("Giovanni", "PER"), ("Predrag Djordjevic", "PER")]),
# wS011
("2006-04-02",
 "Shakhtar Donetsk opened a four-point lead over Dynamo Kiev in the Ukrainian league on Sunday with a 2-0 win over Metalurh Zaporizhzhia. Brazilian forward Brandao scored both goals, and coach Mircea Lucescu said the title would be settled when his side meet Dynamo in Kiev next month.",
 [("Shakhtar Donetsk", "ORG"), ("Dynamo Kiev", "ORG"), ("Ukrainian", "MISC"), ("Metalurh Zaporizhzhia", "ORG"), ("Brazilian", "MISC"),
  ("Brandao", "PER"), ("Mircea Lucescu", "PER"), ("Dynamo", "ORG"), ("Kiev", "LOC")]),
# wS012
("2011-07-17",
 "Uruguay reached the Copa America semi-finals on Saturday, beating hosts Argentina 5-4 on penalties in Santa Fe after a 1-1 draw. Diego Perez had been sent off before half-time, and goalkeeper Fernando Muslera saved Carlos Tevez's kick in the shootout.",
 [("Uruguay", "LOC"), ("Copa America", "MISC"), ("Argentina", "LOC"), ("Santa Fe", "LOC"), ("Diego Perez", "PER"),
  ("Fernando Muslera", "PER"), ("Carlos Tevez", "PER")]),
# wS013
("2009-12-07",
 "Flamengo won their first Brazilian championship since 1992 on Sunday, beating Gremio 2-1 at the Maracana in front of almost 80,000 fans. Serbian midfielder Dejan Petkovic set up both goals, and striker Adriano finished the season as the league's joint top scorer.",
 [("Flamengo", "ORG"), ("Brazilian", "MISC"), ("Gremio", "ORG"), ("Maracana", "LOC"), ("Serbian", "MISC"),
  ("Dejan Petkovic", "PER"), ("Adriano", "PER")]),
# wS014
("2007-11-10",
 "Etoile du Sahel won the African Champions League for the first time on Friday, beating holders Al Ahly 3-1 in Cairo after a goalless first leg in Sousse. Ghanaian forward Opoku Agyemang scored twice, and French coach Bertrand Marchand dedicated the title to the Tunisian club's supporters.",
 [("Etoile du Sahel", "ORG"), ("African Champions League", "MISC"), ("Al Ahly", "ORG"), ("Cairo", "LOC"), ("Sousse", "LOC"),
  ("Ghanaian", "MISC"), ("Opoku Agyemang", "PER"), ("French", "MISC"), ("Bertrand Marchand", "PER"), ("Tunisian", "MISC")]),
# wS015
("2004-02-15",
 "Tunisia won the African Nations Cup for the first time on Saturday, beating Morocco 2-1 in the final at the November 7 Stadium in Rades. Francileudo Santos opened the scoring and Ziad Jaziri struck the winner after Youssef Mokhtari had equalised, making Roger Lemerre the first coach to win both the European and African titles.",
 [("Tunisia", "LOC"), ("African Nations Cup", "MISC"), ("Morocco", "LOC"), ("November 7 Stadium", "LOC"), ("Rades", "LOC"),
  ("Francileudo Santos", "PER"), ("Ziad Jaziri", "PER"), ("Youssef Mokhtari", "PER"), ("Roger Lemerre", "PER"),
  ("European", "MISC"), ("African", "MISC")]),
# wS016
("2002-08-11",
 "Jubilo Iwata clinched the J.League first stage on Saturday with a 3-1 win over Kashima Antlers at Yamaha Stadium. Masashi Nakayama scored twice to take his league total to 16, and coach Masakazu Suzuki said Toshiya Fujita had been \"the brain of the team\" all season.",
 [("Jubilo Iwata", "ORG"), ("J.League", "MISC"), ("Kashima Antlers", "ORG"), ("Yamaha Stadium", "LOC"), ("Masashi Nakayama", "PER"),
  ("Masakazu Suzuki", "PER"), ("Toshiya Fujita", "PER")]),
# wS017
("2010-12-06",
 "FC Seoul won the K-League championship for the first time in ten years on Sunday, beating Jeju United 2-1 in the second leg of the final in front of 56,000 fans in Seoul. Montenegrin striker Dejan Damjanovic set up the winner for Adilson, and Portuguese coach Nelo Vingada said he had never heard a louder crowd.",
 [("FC Seoul", "ORG"), ("K-League", "MISC"), ("Jeju United", "ORG"), ("Seoul", "LOC"), ("Montenegrin", "MISC"),
  ("Dejan Damjanovic", "PER"), ("Adilson", "PER"), ("Portuguese", "MISC"), ("Nelo Vingada", "PER")]),
# wS018
("2011-09-29",
 "Guangzhou Evergrande won the Chinese Super League title in their first season back in the top flight on Wednesday, beating Liaoning Whowin 2-0 with two goals from Brazilian striker Muriqui. South Korean coach Lee Jang-soo was thrown into the air by his players, and club chairman Xu Jiayin promised a bonus of 10 million yuan.",
 [("Guangzhou Evergrande", "ORG"), ("Chinese Super League", "MISC"), ("Liaoning Whowin", "ORG"), ("Brazilian", "MISC"),
  ("Muriqui", "PER"), ("South Korean", "MISC"), ("Lee Jang-soo", "PER"), ("Xu Jiayin", "PER")]),
# wS019
("2009-03-01",
 "Melbourne Victory won the A-League grand final on Saturday, beating Adelaide United 1-0 at the Telstra Dome in front of 53,000 fans. Tom Pondeljak scored the only goal after an hour, and Victory coach Ernie Merrick called it \"the best night of my career\".",
 [("Melbourne Victory", "ORG"), ("A-League", "MISC"), ("Adelaide United", "ORG"), ("Telstra Dome", "LOC"), ("Tom Pondeljak", "PER"),
  ("Victory", "ORG"), ("Ernie Merrick", "PER")]),
# wS020
("2010-04-29",
 "Pachuca won the CONCACAF Champions League on Wednesday on away goals after a 1-1 draw with Cruz Azul at the Estadio Hidalgo, having lost the first leg 2-1 in Mexico City. Paraguayan forward Edgar Benitez headed the decisive goal in stoppage time, and Pachuca will play in the club championship in Abu Dhabi in December.",
 [("Pachuca", "ORG"), ("CONCACAF Champions League", "MISC"), ("Cruz Azul", "ORG"), ("Estadio Hidalgo", "LOC"), ("Mexico City", "LOC"),
  ("Paraguayan", "MISC"), ("Edgar Benitez", "PER"), ("Pachuca", "ORG"), ("Abu Dhabi", "LOC")]),
# wS021
("2003-09-19",
 "Sussex won the County Championship for the first time in their 164-year history on Thursday, taking the bonus point they needed against Leicestershire at Hove. Zimbabwean batsman Murray Goodwin made 335 not out, a county record, and Pakistani leg-spinner Mushtaq Ahmed took ten wickets in the match. Captain Chris Adams said the title belonged to \"every member who waited all those years\".",
 [("Sussex", "ORG"), ("County Championship", "MISC"), ("Leicestershire", "ORG"), ("Hove", "LOC"), ("Zimbabwean", "MISC"),
  ("Murray Goodwin", "PER"), ("Pakistani", "MISC"), ("Mushtaq Ahmed", "PER"), ("Chris Adams", "PER")]),
# wS022
("2006-03-21",
 "Queensland won the Pura Cup on Monday, beating Victoria by an innings and 354 runs in the final at the Gabba in Brisbane after piling up 900 for six declared, the highest total in the competition's history. Captain Jimmy Maher said the side had \"batted Victoria out of the game\" on the first two days.",
 [("Queensland", "ORG"), ("Pura Cup", "MISC"), ("Victoria", "ORG"), ("Gabba", "LOC"), ("Brisbane", "LOC"), ("Jimmy Maher", "PER"),
  ("Victoria", "ORG")]),
# wS023
("2012-06-25",
 "Sri Lanka beat Pakistan by 209 runs in the first test in Galle on Sunday, with left-arm spinner Rangana Herath taking six wickets in the second innings. Pakistan, set 511 to win, were bowled out shortly after tea despite a patient half-century from captain Misbah-ul-Haq.",
 [("Sri Lanka", "LOC"), ("Pakistan", "LOC"), ("Galle", "LOC"), ("Rangana Herath", "PER"), ("Pakistan", "LOC"), ("Misbah-ul-Haq", "PER")]),
# wS024
("2003-02-25",
 "Kenya beat Sri Lanka by 53 runs at the Nairobi Gymkhana on Monday, the biggest win in the country's one-day history. Leg-spinner Collins Obuya took five for 24, and Kenyan captain Steve Tikolo said the victory would \"change how people look at cricket in Africa\".",
 [("Kenya", "LOC"), ("Sri Lanka", "LOC"), ("Nairobi Gymkhana", "LOC"), ("Collins Obuya", "PER"), ("Kenyan", "MISC"),
  ("Steve Tikolo", "PER"), ("Africa", "LOC")]),
# wS025
("2004-06-07",
 "Gaston Gaudio won the French Open on Sunday, saving two match points before beating fellow Argentine Guillermo Coria 0-6 3-6 6-4 6-1 8-6 in Paris. Coria, who suffered cramp in the third set, had not lost on clay for more than a year.",
 [("Gaston Gaudio", "PER"), ("French Open", "MISC"), ("Argentine", "MISC"), ("Guillermo Coria", "PER"), ("Paris", "LOC"), ("Coria", "PER")]),
# wS026
("2006-01-28",
 "Amelie Mauresmo won her first grand slam title on Saturday when Justine Henin-Hardenne retired with a stomach complaint while trailing 6-1 2-0 in the Australian Open final at Melbourne Park. The Frenchwoman said she was sorry the match had ended that way but would \"take the trophy home with pleasure\".",
 [("Amelie Mauresmo", "PER"), ("Justine Henin-Hardenne", "PER"), ("Australian Open", "MISC"), ("Melbourne Park", "LOC"),
  ("Frenchwoman", "MISC")]),
# wS027
("2007-05-21",
 "Padraig Harrington became the first Irishman in 25 years to win the Irish Open on Sunday, beating Welshman Bradley Dredge in a playoff at Adare Manor. Harrington had taken a double bogey at the last in regulation play before parring the same hole at the first extra attempt.",
 [("Padraig Harrington", "PER"), ("Irishman", "MISC"), ("Irish Open", "MISC"), ("Welshman", "MISC"), ("Bradley Dredge", "PER"),
  ("Adare Manor", "LOC"), ("Harrington", "PER")]),
# wS028
("2006-05-21",
 "Munster won the Heineken Cup at the third attempt on Saturday, beating Biarritz 23-19 in the final at the Millennium Stadium in Cardiff. Trevor Halstead and Peter Stringer scored tries, and Ronan O'Gara kicked 13 points in front of a crowd dominated by Irish supporters.",
 [("Munster", "ORG"), ("Heineken Cup", "MISC"), ("Biarritz", "ORG"), ("Millennium Stadium", "LOC"), ("Cardiff", "LOC"),
  ("Trevor Halstead", "PER"), ("Peter Stringer", "PER"), ("Ronan O'Gara", "PER"), ("Irish", "MISC")]),
# wS029
("2008-10-05",
 "Leeds Rhinos retained the Super League title on Saturday, beating St Helens 24-16 in the grand final at Old Trafford. Lee Smith scored two tries and captain Kevin Sinfield kicked four goals as St Helens lost a third successive grand final.",
 [("Leeds Rhinos", "ORG"), ("Super League", "MISC"), ("St Helens", "ORG"), ("Old Trafford", "LOC"), ("Lee Smith", "PER"),
  ("Kevin Sinfield", "PER"), ("St Helens", "ORG")]),
# wS030
("2012-05-28",
 "Ryder Hesjedal became the first Canadian to win the Giro d'Italia on Sunday, overturning a 31-second deficit to Joaquim Rodriguez in the closing time trial in Milan. The Garmin-Barracuda rider finished 16 seconds ahead of the Spaniard, with Belgian Thomas De Gendt third.",
 [("Ryder Hesjedal", "PER"), ("Canadian", "MISC"), ("Giro d'Italia", "MISC"), ("Joaquim Rodriguez", "PER"), ("Milan", "LOC"),
  ("Garmin-Barracuda", "ORG"), ("Spaniard", "MISC"), ("Belgian", "MISC"), ("Thomas De Gendt", "PER")]),
# wS031
("2005-08-27",
 "Kenenisa Bekele broke his own 10,000 metres world record at the Memorial Van Damme in Brussels on Friday, clocking 26 minutes 17.53 seconds. The Ethiopian was paced for the first half by his younger brother Tariku and ran the last 12 laps alone in front of a full King Baudouin Stadium.",
 [("Kenenisa Bekele", "PER"), ("Memorial Van Damme", "MISC"), ("Brussels", "LOC"), ("Ethiopian", "MISC"), ("Tariku", "PER"),
  ("King Baudouin Stadium", "LOC")]),
# wS032
("2004-08-30",
 "Kimi Raikkonen won the Belgian Grand Prix at Spa-Francorchamps on Sunday, McLaren's first victory of the season, while Michael Schumacher's second place was enough to clinch a seventh world title for Ferrari. The Finn survived three safety car periods and a first-lap pile-up that eliminated four cars.",
 [("Kimi Raikkonen", "PER"), ("Belgian Grand Prix", "MISC"), ("Spa-Francorchamps", "LOC"), ("McLaren", "ORG"),
  ("Michael Schumacher", "PER"), ("Ferrari", "ORG"), ("Finn", "MISC")]),
# wS033
("2003-05-12",
 "Barcelona won the Euroleague for the first time on Sunday, beating Benetton Treviso 76-65 in the final at the Palau Sant Jordi. Lithuanian guard Sarunas Jasikevicius ran the offence, and Dejan Bodiroga was named the most valuable player of the final four.",
 [("Barcelona", "ORG"), ("Euroleague", "MISC"), ("Benetton Treviso", "ORG"), ("Palau Sant Jordi", "LOC"), ("Lithuanian", "MISC"),
  ("Sarunas Jasikevicius", "PER"), ("Dejan Bodiroga", "PER")]),
# wS034
("2002-05-12",
 "Slovakia won the ice hockey world championship for the first time on Saturday, beating Russia 4-3 in the final in Gothenburg. Peter Bondra scored the winner with 100 seconds left, and goaltender Jan Lasak made 30 saves as the Slovaks made up for losing the 2000 final to the Czech Republic.",
 [("Slovakia", "LOC"), ("Russia", "LOC"), ("Gothenburg", "LOC"), ("Peter Bondra", "PER"), ("Jan Lasak", "PER"), ("Slovaks", "MISC"), ("Czech Republic", "LOC")]),
# wS035
("2012-01-22",
 "Didier Cuche won the Hahnenkamm downhill in Kitzbuehel for a record fifth time on Saturday, 0.27 seconds ahead of Austria's Klaus Kroell. The 37-year-old Swiss, who had announced his retirement two days earlier, was lifted onto the shoulders of his team mates in the finish area.",
 [("Didier Cuche", "PER"), ("Hahnenkamm", "MISC"), ("Kitzbuehel", "LOC"), ("Austria", "LOC"), ("Klaus Kroell", "PER"), ("Swiss", "MISC")]),
# wS036
("2004-04-25",
 "Vitali Klitschko won the vacant WBC heavyweight title on Saturday, stopping Corrie Sanders in the eighth round at the Staples Center in Los Angeles. The Ukrainian, whose younger brother Wladimir had been knocked out by Sanders a year earlier, said the family's honour had been restored.",
 [("Vitali Klitschko", "PER"), ("WBC", "ORG"), ("Corrie Sanders", "PER"), ("Staples Center", "LOC"), ("Los Angeles", "LOC"),
  ("Ukrainian", "MISC"), ("Wladimir", "PER"), ("Sanders", "PER")]),
# wS037
("2009-02-04",
 "Arsenal completed the signing of Russian playmaker Andrey Arshavin from Zenit St Petersburg on Tuesday, a day after the transfer deadline had been extended because of heavy snow in London. The league approved the deal, reported to be worth 15 million pounds, ending weeks of talks between the two clubs.",
 [("Arsenal", "ORG"), ("Russian", "MISC"), ("Andrey Arshavin", "PER"), ("Zenit St Petersburg", "ORG"), ("London", "LOC")]),
# wS038
("2008-02-24",
 "Arsenal striker Eduardo da Silva will miss the rest of the season after breaking his left leg in a challenge by Martin Taylor three minutes into Saturday's 2-2 draw at Birmingham. Manager Arsene Wenger said Taylor should \"never play football again\", a remark he withdrew the next day, while the Croatian international was flown back to London for surgery after treatment in a hospital near St Andrew's.",
 [("Arsenal", "ORG"), ("Eduardo da Silva", "PER"), ("Martin Taylor", "PER"), ("Birmingham", "ORG"), ("Arsene Wenger", "PER"),
  ("Taylor", "PER"), ("Croatian", "MISC"), ("London", "LOC"), ("St Andrew's", "LOC")]),
# wS039
("2005-04-04",
 "The Football Association charged Newcastle midfielder Lee Bowyer with violent conduct on Monday after he fought with team mate Kieron Dyer during Saturday's 3-0 home defeat by Aston Villa. Both players were sent off at St James' Park, and Newcastle fined Bowyer six weeks' wages.",
 [("Football Association", "ORG"), ("Newcastle", "ORG"), ("Lee Bowyer", "PER"), ("Kieron Dyer", "PER"), ("Aston Villa", "ORG"),
  ("St James' Park", "LOC"), ("Newcastle", "ORG"), ("Bowyer", "PER")]),
# wS040
("2004-09-24",
 "UEFA awarded Dynamo Kiev a 3-0 win over Roma on Thursday and ordered the Italian club to play their next two European home matches behind closed doors, after Swedish referee Anders Frisk was struck by a coin thrown from the crowd at the Stadio Olimpico. Frisk had abandoned the Champions League match at half-time with blood running down his face.",
 [("UEFA", "ORG"), ("Dynamo Kiev", "ORG"), ("Roma", "ORG"), ("Italian", "MISC"), ("European", "MISC"), ("Swedish", "MISC"),
  ("Anders Frisk", "PER"), ("Stadio Olimpico", "LOC"), ("Frisk", "PER"), ("Champions League", "MISC")]),
# wS041
("2007-02-01",
 "Everton manager David Moyes will be without Australian midfielder Tim Cahill for Saturday's Merseyside derby against Liverpool at Goodison Park. Rafael Benitez's side have won only one of their last five league games, and Spanish goalkeeper Pepe Reina is doubtful with a wrist injury.",
 [("Everton", "ORG"), ("David Moyes", "PER"), ("Australian", "MISC"), ("Tim Cahill", "PER"), ("Merseyside", "LOC"), ("Liverpool", "ORG"),
  ("Goodison Park", "LOC"), ("Rafael Benitez", "PER"), ("Spanish", "MISC"), ("Pepe Reina", "PER")]),
# wS042
("2005-05-19",
 "CSKA Moscow became the first Russian club to win a European trophy on Wednesday, beating Sporting 3-1 in the UEFA Cup final at Sporting's own Jose Alvalade stadium in Lisbon. Aleksei Berezutski, Yuri Zhirkov and Vagner Love scored after Rogerio had given the Portuguese side the lead, and coach Valery Gazzaev was tossed into the air by his players.",
 [("CSKA Moscow", "ORG"), ("Russian", "MISC"), ("European", "MISC"), ("Sporting", "ORG"), ("UEFA Cup", "MISC"), ("Sporting", "ORG"),
  ("Jose Alvalade", "LOC"), ("Lisbon", "LOC"), ("Aleksei Berezutski", "PER"), ("Yuri Zhirkov", "PER"), ("Vagner Love", "PER"),
  ("Rogerio", "PER"), ("Portuguese", "MISC"), ("Valery Gazzaev", "PER")]),
# wS043
("2004-05-30",
 "Wisla Krakow clinched the Polish title on Saturday with a 2-1 win over Legia Warsaw in Krakow, Maciej Zurawski scoring both goals. Coach Henryk Kasperczak said he now wanted to reach the Champions League group stage at the club's fourth attempt.",
 [("Wisla Krakow", "ORG"), ("Polish", "MISC"), ("Legia Warsaw", "ORG"), ("Krakow", "LOC"), ("Maciej Zurawski", "PER"),
  ("Henryk Kasperczak", "PER"), ("Champions League", "MISC")]),
# wS044
("2008-05-18",
 "Slavia Prague won the Czech league for the first time in 12 years on Saturday after a 3-0 win over Viktoria Plzen, finishing four points ahead of city rivals Sparta. Stanislav Vlcek scored twice, and coach Karel Jarolim said the title was \"for the fans who stayed with us in the lean years\".",
 [("Slavia Prague", "ORG"), ("Czech", "MISC"), ("Viktoria Plzen", "ORG"), ("Sparta", "ORG"), ("Stanislav Vlcek", "PER"),
  ("Karel Jarolim", "PER")]),
# wS045
("2006-05-14",
 "FC Zurich snatched the Swiss title with the last kick of the season on Saturday, Romanian defender Iulian Filipescu scoring in stoppage time for a 2-1 win at leaders Basel. Hundreds of Basel fans stormed the pitch at St. Jakob-Park after the final whistle, and the Swiss Football League promised an inquiry.",
 [("FC Zurich", "ORG"), ("Swiss", "MISC"), ("Romanian", "MISC"), ("Iulian Filipescu", "PER"), ("Basel", "ORG"), ("Basel", "ORG"),
  ("St. Jakob-Park", "LOC"), ("Swiss Football League", "ORG")]),
# wS046
("2008-04-21",
 "Standard Liege won the Belgian title for the first time in 25 years on Sunday, beating Anderlecht 2-0 at Sclessin with goals from Dieumerci Mbokani and Milan Jovanovic. Coach Michel Preud'homme, who kept goal for the club in its last title-winning side, wept at the final whistle.",
 [("Standard Liege", "ORG"), ("Belgian", "MISC"), ("Anderlecht", "ORG"), ("Sclessin", "LOC"), ("Dieumerci Mbokani", "PER"),
  ("Milan Jovanovic", "PER"), ("Michel Preud'homme", "PER")]),
# wS047
("2004-10-25",
 "Rosenborg clinched a 13th successive Norwegian title on Sunday with a 4-1 win over Lillestrom at Lerkendal. Frode Johnsen scored twice, and coach Ola By Rise said the run would end \"one day, but not while I am here\".",
 [("Rosenborg", "ORG"), ("Norwegian", "MISC"), ("Lillestrom", "ORG"), ("Lerkendal", "LOC"), ("Frode Johnsen", "PER"), ("Ola By Rise", "PER")]),
# wS048
("2008-10-27",
 "Kalmar FF won the Allsvenskan for the first time on Sunday with a 2-0 win over Trelleborg, Brazilian striker Cesar Santin scoring both goals. Coach Nanne Bergstrand said the Swedish title was the reward for \"ten years of building without shortcuts\".",
 [("Kalmar FF", "ORG"), ("Allsvenskan", "MISC"), ("Trelleborg", "ORG"), ("Brazilian", "MISC"), ("Cesar Santin", "PER"),
  ("Nanne Bergstrand", "PER"), ("Swedish", "MISC")]),
# wS049
("2006-04-28",
 "Middlesbrough reached the UEFA Cup final on Thursday, scoring four times in the last 57 minutes to beat Steaua Bucharest 4-2 on the night and 4-3 on aggregate at the Riverside Stadium. Massimo Maccarone headed the winner two minutes from time, completing a second comeback in as many rounds for Steve McClaren's side.",
 [("Middlesbrough", "ORG"), ("UEFA Cup", "MISC"), ("Steaua Bucharest", "ORG"), ("Riverside Stadium", "LOC"), ("Massimo Maccarone", "PER"),
  ("Steve McClaren", "PER")]),
# wS050
("2010-05-16",
 "Partizan Belgrade clinched a third successive Serbian title on Saturday with a 4-0 win over Spartak Subotica, two points ahead of Red Star. Brazilian striker Cleo scored twice, and coach Goran Stevanovic said the club's next aim was the Champions League group stage.",
 [("Partizan Belgrade", "ORG"), ("Serbian", "MISC"), ("Spartak Subotica", "ORG"), ("Red Star", "ORG"), ("Brazilian", "MISC"), ("Cleo", "PER"),
  ("Goran Stevanovic", "PER"), ("Champions League", "MISC")]),
# wS051
("2009-08-27",
 "Maccabi Haifa reached the Champions League group stage for the second time on Wednesday, beating Red Bull Salzburg 3-0 in Haifa to complete a 5-1 aggregate win. Shlomi Arbeitman scored twice, and coach Elisha Levy said his side would not be making up the numbers in a group with Bayern and Juventus.",
 [("Maccabi Haifa", "ORG"), ("Champions League", "MISC"), ("Red Bull Salzburg", "ORG"), ("Haifa", "LOC"), ("Shlomi Arbeitman", "PER"),
  ("Elisha Levy", "PER"), ("Bayern", "ORG"), ("Juventus", "ORG")]),
# wS052
("2012-03-08",
 "APOEL Nicosia became the first Cypriot club to reach the Champions League quarter-finals on Wednesday, beating Lyon 4-3 on penalties after Gustavo Manduca's goal at the GSP Stadium levelled the tie. Goalkeeper Dionisis Chiotis saved two kicks, and Serbian coach Ivan Jovanovic said the island would \"not sleep tonight\".",
 [("APOEL Nicosia", "ORG"), ("Cypriot", "MISC"), ("Champions League", "MISC"), ("Lyon", "ORG"), ("Gustavo Manduca", "PER"),
  ("GSP Stadium", "LOC"), ("Dionisis Chiotis", "PER"), ("Serbian", "MISC"), ("Ivan Jovanovic", "PER")]),
# wS053
("2003-12-13",
 "Enyimba became the first Nigerian club to win the African Champions League on Friday despite losing 1-0 to Ismaily in the second leg in Ismailia, taking the title 2-1 on aggregate. President Olusegun Obasanjo sent a presidential jet to fly the squad home to Aba.",
 [("Enyimba", "ORG"), ("Nigerian", "MISC"), ("African Champions League", "MISC"), ("Ismaily", "ORG"), ("Ismailia", "LOC"),
  ("Olusegun Obasanjo", "PER"), ("Aba", "LOC")]),
# wS054
("2008-03-10",
 "Asante Kotoko beat Hearts of Oak 1-0 in front of 40,000 fans at the Baba Yara Stadium in Kumasi on Sunday to go three points clear in the Ghanaian league. Eric Bekoe scored the only goal from a corner, and Hearts complained to the Ghana Football Association about the referee's decision to disallow a late equaliser.",
 [("Asante Kotoko", "ORG"), ("Hearts of Oak", "ORG"), ("Baba Yara Stadium", "LOC"), ("Kumasi", "LOC"), ("Ghanaian", "MISC"), ("Eric Bekoe", "PER"),
  ("Hearts", "ORG"), ("Ghana Football Association", "ORG")]),
# wS055
("2008-03-07",
 "Sevilla striker Frederic Kanoute was named African Footballer of the Year on Thursday, the first winner born outside Africa. The Mali international, who was born in Lyon and chose to play for his father's country, beat Didier Drogba and Michael Essien in a vote of national coaches announced by the Confederation of African Football in Lome.",
 [("Sevilla", "ORG"), ("Frederic Kanoute", "PER"), ("African Footballer of the Year", "MISC"), ("Africa", "LOC"), ("Mali", "LOC"), ("Lyon", "LOC"),
  ("Didier Drogba", "PER"), ("Michael Essien", "PER"), ("Confederation of African Football", "ORG"), ("Lome", "LOC")]),
# wS056
("2008-05-17",
 "Persepolis won the Iran Pro League on the final day of the season on Friday, Sepehr Heydari heading a winner in the 96th minute for a 2-1 win over Sepahan at the Azadi Stadium. Coach Afshin Ghotbi said 100,000 fans had \"willed the ball into the net\".",
 [("Persepolis", "ORG"), ("Iran Pro League", "MISC"), ("Sepehr Heydari", "PER"), ("Sepahan", "ORG"), ("Azadi Stadium", "LOC"), ("Afshin Ghotbi", "PER")]),
# wS057
("2005-10-22",
 "Al Ittihad retained the Asian Champions League on Friday, beating Al Ain 4-2 in the second leg in Jeddah after a 1-1 draw in the United Arab Emirates. Mohammed Noor scored twice for the Saudi side, who will now represent Asia at the club championship in Japan in December.",
 [("Al Ittihad", "ORG"), ("Asian Champions League", "MISC"), ("Al Ain", "ORG"), ("Jeddah", "LOC"), ("United Arab Emirates", "LOC"),
  ("Mohammed Noor", "PER"), ("Saudi", "MISC"), ("Asia", "LOC"), ("Japan", "LOC")]),
# wS058
("2009-10-26",
 "Muangthong United clinched the Thai Premier League title in their first top-flight season on Sunday, beating Chonburi 2-0 in front of a full house at Yamaha Stadium in Nonthaburi. Coach Attaphol Buspakom said the club had proved that professional football could draw crowds in Thailand.",
 [("Muangthong United", "ORG"), ("Thai Premier League", "MISC"), ("Chonburi", "ORG"), ("Yamaha Stadium", "LOC"), ("Nonthaburi", "LOC"),
  ("Attaphol Buspakom", "PER"), ("Thailand", "LOC")]),
# wS059
("2009-06-29",
 "Persipura Jayapura won the Indonesia Super League on Sunday with a 3-1 win over Persija Jakarta, and captain Boaz Solossa finished as the league's top scorer. Thousands of supporters lined the road from the airport at Sentani when the team flew home to Papua.",
 [("Persipura Jayapura", "ORG"), ("Indonesia Super League", "MISC"), ("Persija Jakarta", "ORG"), ("Boaz Solossa", "PER"),
  ("Sentani", "LOC"), ("Papua", "LOC")]),
# wS060
("2008-12-29",
 "Vietnam won the AFF Suzuki Cup for the first time on Sunday, Le Cong Vinh heading a stoppage-time equaliser for a 1-1 draw with Thailand at the My Dinh Stadium in Hanoi and a 3-2 aggregate win. Portuguese coach Henrique Calisto was given a state medal the next morning.",
 [("Vietnam", "LOC"), ("AFF Suzuki Cup", "MISC"), ("Le Cong Vinh", "PER"), ("Thailand", "LOC"), ("My Dinh Stadium", "LOC"), ("Hanoi", "LOC"),
  ("Portuguese", "MISC"), ("Henrique Calisto", "PER")]),
# wS061
("2004-07-02",
 "Once Caldas won the Copa Libertadores on Thursday, beating Boca Juniors 2-0 on penalties after a 1-1 draw in Manizales. Goalkeeper Juan Carlos Henao saved two kicks, and coach Luis Fernando Montoya said the smallest of the Colombian finalists in the tournament's history had \"beaten a giant with humility\".",
 [("Once Caldas", "ORG"), ("Copa Libertadores", "MISC"), ("Boca Juniors", "ORG"), ("Manizales", "LOC"), ("Juan Carlos Henao", "PER"),
  ("Luis Fernando Montoya", "PER"), ("Colombian", "MISC")]),
# wS062
("2008-07-03",
 "LDU Quito became the first Ecuadorean club to win the Copa Libertadores on Wednesday, beating Fluminense 3-1 on penalties at the Maracana after losing 3-1 in normal time. Goalkeeper Jose Francisco Cevallos saved three kicks, cancelling out a hat-trick from Thiago Neves, and Argentine coach Edgardo Bauza said the win belonged to all of Ecuador.",
 [("LDU Quito", "ORG"), ("Ecuadorean", "MISC"), ("Copa Libertadores", "MISC"), ("Fluminense", "ORG"), ("Maracana", "LOC"),
  ("Jose Francisco Cevallos", "PER"), ("Thiago Neves", "PER"), ("Argentine", "MISC"), ("Edgardo Bauza", "PER"), ("Ecuador", "LOC")]),
# wS063
("2006-11-24",
 "Colo-Colo reached the Copa Sudamericana final on Thursday, beating Gimnasia La Plata 2-1 at the Estadio Monumental in Santiago. Humberto Suazo scored both goals to take his tournament tally to ten, and coach Claudio Borghi said the Chilean champions would now face Pachuca \"without fear\".",
 [("Colo-Colo", "ORG"), ("Copa Sudamericana", "MISC"), ("Gimnasia La Plata", "ORG"), ("Estadio Monumental", "LOC"), ("Santiago", "LOC"),
  ("Humberto Suazo", "PER"), ("Claudio Borghi", "PER"), ("Chilean", "MISC"), ("Pachuca", "ORG")]),
# wS064
("1998-11-20",
 "Zimbabwe won their first test match abroad on Thursday, beating Pakistan by seven wickets in Peshawar. Fast bowler Heath Streak took eight wickets in the match, and Neil Johnson's unbeaten half-century saw them home an hour after lunch. Captain Alistair Campbell called it \"the biggest day in our cricket history\".",
 [("Zimbabwe", "LOC"), ("Pakistan", "LOC"), ("Peshawar", "LOC"), ("Heath Streak", "PER"), ("Neil Johnson", "PER"), ("Alistair Campbell", "PER")]),
# wS065
("2011-09-16",
 "Lancashire won the County Championship outright for the first time since 1934 on Thursday, beating Somerset by eight wickets at Taunton as Warwickshire failed to force a win at Hampshire. Captain Glen Chapple took five wickets in the match and Steven Croft hit the winning runs.",
 [("Lancashire", "ORG"), ("County Championship", "MISC"), ("Somerset", "ORG"), ("Taunton", "LOC"), ("Warwickshire", "ORG"), ("Hampshire", "ORG"),
  ("Glen Chapple", "PER"), ("Steven Croft", "PER")]),
# wS066
("2009-05-25",
 "Deccan Chargers won the Indian Premier League final on Sunday, beating Royal Challengers Bangalore by six runs at the Wanderers in Johannesburg, where the tournament had been moved because of security concerns. Australian captain Adam Gilchrist was named player of the season, and Anil Kumble took four wickets in a losing cause.",
 [("Deccan Chargers", "ORG"), ("Indian Premier League", "MISC"), ("Royal Challengers Bangalore", "ORG"), ("Wanderers", "LOC"),
  ("Johannesburg", "LOC"), ("Australian", "MISC"), ("Adam Gilchrist", "PER"), ("Anil Kumble", "PER")]),
# wS067
("2002-12-02",
 "Russia won the Davis Cup for the first time on Sunday when 20-year-old Mikhail Youzhny came from two sets down to beat Paul-Henri Mathieu in the deciding rubber at the Palais Omnisports de Paris-Bercy. Captain Shamil Tarpishchev embraced Marat Safin courtside, and former president Boris Yeltsin joined the players on court.",
 [("Russia", "LOC"), ("Davis Cup", "MISC"), ("Mikhail Youzhny", "PER"), ("Paul-Henri Mathieu", "PER"), ("Palais Omnisports de Paris-Bercy", "LOC"),
  ("Shamil Tarpishchev", "PER"), ("Marat Safin", "PER"), ("Boris Yeltsin", "PER")]),
# wS068
("2010-06-06",
 "Francesca Schiavone became the first Italian woman to win a grand slam singles title on Saturday, beating Samantha Stosur 6-4 7-6 in the French Open final. The 29-year-old from Milan, seeded 17th, lay down on the clay after the winning point, while the Australian, who had knocked out Serena Williams and Justine Henin, said she had simply been beaten by the better player.",
 [("Francesca Schiavone", "PER"), ("Italian", "MISC"), ("Samantha Stosur", "PER"), ("French Open", "MISC"), ("Milan", "LOC"),
  ("Australian", "MISC"), ("Serena Williams", "PER"), ("Justine Henin", "PER")]),
# wS069
("2009-08-17",
 "Y.E. Yang became the first Asian man to win a major on Sunday, coming from two shots behind Tiger Woods to take the PGA Championship at Hazeltine by three strokes. The South Korean chipped in for an eagle at the 14th, and Woods, who had never lost a major when leading after 54 holes, closed with a 75.",
 [("Y.E. Yang", "PER"), ("Asian", "MISC"), ("Tiger Woods", "PER"), ("PGA Championship", "MISC"), ("Hazeltine", "LOC"), ("South Korean", "MISC"),
  ("Woods", "PER")]),
# wS070
("2005-02-28",
 "Thongchai Jaidee retained the Malaysian Open on Sunday, holing a birdie putt at the last to finish one stroke ahead of Spaniard Miguel Angel Jimenez at the Saujana Golf and Country Club near Kuala Lumpur. The former Thai army paratrooper said he would use the prize money to build a practice range in his home town of Lopburi.",
 [("Thongchai Jaidee", "PER"), ("Malaysian Open", "MISC"), ("Spaniard", "MISC"), ("Miguel Angel Jimenez", "PER"),
  ("Saujana Golf and Country Club", "LOC"), ("Kuala Lumpur", "LOC"), ("Thai", "MISC"), ("Lopburi", "LOC")]),
# wS071
("2011-03-13",
 "Italy beat France for the first time in the Six Nations on Saturday, winning 22-21 at the Stadio Flaminio in Rome thanks to a late penalty from Mirco Bergamasco. Andrea Masi scored Italy's try, and captain Sergio Parisse said South African coach Nick Mallett deserved the credit for \"four years of patience\".",
 [("Italy", "LOC"), ("France", "LOC"), ("Six Nations", "MISC"), ("Stadio Flaminio", "LOC"), ("Rome", "LOC"), ("Mirco Bergamasco", "PER"),
  ("Andrea Masi", "PER"), ("Italy", "LOC"), ("Sergio Parisse", "PER"), ("South African", "MISC"), ("Nick Mallett", "PER")]),
# wS072
("2010-05-30",
 "Leicester won the Premiership final for the second year running on Saturday, beating Saracens 33-27 at Twickenham with a try from Dan Hipkiss two minutes from time. Toby Flood kicked 18 points, and director of rugby Richard Cockerill said Saracens had \"pushed us to the very last breath\".",
 [("Leicester", "ORG"), ("Premiership", "MISC"), ("Saracens", "ORG"), ("Twickenham", "LOC"), ("Dan Hipkiss", "PER"), ("Toby Flood", "PER"),
  ("Richard Cockerill", "PER"), ("Saracens", "ORG")]),
# wS073
("2010-04-22",
 "The National Rugby League stripped Melbourne Storm of their 2007 and 2009 premierships on Thursday after finding that the club had breached the salary cap by 1.7 million dollars over five years. Chief executive David Gallop said the club's former management had run a \"deliberate and sophisticated\" system of secret payments, and the Storm will play the rest of the season for no points.",
 [("National Rugby League", "ORG"), ("Melbourne Storm", "ORG"), ("David Gallop", "PER"), ("Storm", "ORG")]),
# wS074
("2007-04-16",
 "Stuart O'Grady became the first Australian to win Paris-Roubaix on Sunday, attacking alone 25 kilometres from the finish and entering the Roubaix velodrome 52 seconds clear of Juan Antonio Flecha. The CSC rider had crashed on the cobbles an hour earlier and finished with blood on both knees.",
 [("Stuart O'Grady", "PER"), ("Australian", "MISC"), ("Paris-Roubaix", "MISC"), ("Roubaix", "LOC"), ("Juan Antonio Flecha", "PER"), ("CSC", "ORG")]),
# wS075
("2005-07-23",
 "Yelena Isinbayeva became the first woman to clear five metres in the pole vault on Friday, raising her own world record at the London Grand Prix at Crystal Palace. The Russian, who trains in her home town of Volgograd under Yevgeny Trofimov, has now broken the record 17 times.",
 [("Yelena Isinbayeva", "PER"), ("London Grand Prix", "MISC"), ("Crystal Palace", "LOC"), ("Russian", "MISC"), ("Volgograd", "LOC"),
  ("Yevgeny Trofimov", "PER")]),
# wS076
("2009-04-06",
 "Duncan Kibet won the Rotterdam Marathon on Sunday in 2:04:27, the second-fastest time in history, after a sprint along the Coolsingel with fellow Kenyan James Kwambai, who was given the same time. Only Ethiopian Haile Gebrselassie, with 2:03:59 in Berlin last year, has run faster.",
 [("Duncan Kibet", "PER"), ("Rotterdam Marathon", "MISC"), ("Coolsingel", "LOC"), ("Kenyan", "MISC"), ("James Kwambai", "PER"), ("Ethiopian", "MISC"),
  ("Haile Gebrselassie", "PER"), ("Berlin", "LOC")]),
# wS077
("2004-02-25",
 "Britain's Dwain Chambers was banned from athletics for two years on Tuesday after testing positive for a designer steroid traced to the BALCO laboratory in California. UK Athletics said Chambers would also lose the European 100 metres title he won in Munich in 2002.",
 [("Britain", "LOC"), ("Dwain Chambers", "PER"), ("BALCO", "ORG"), ("California", "LOC"), ("UK Athletics", "ORG"), ("Chambers", "PER"),
  ("European", "MISC"), ("Munich", "LOC")]),
# wS078
("2007-11-04",
 "Joe Calzaghe unified the super-middleweight titles on Saturday, outpointing Denmark's Mikkel Kessler in front of 50,000 fans at the Millennium Stadium in Cardiff. The Welshman added the WBA and WBC belts to his WBO title, and his father and trainer Enzo said it was the best performance of his son's 44-fight career.",
 [("Joe Calzaghe", "PER"), ("Denmark", "LOC"), ("Mikkel Kessler", "PER"), ("Millennium Stadium", "LOC"), ("Cardiff", "LOC"), ("Welshman", "MISC"),
  ("WBA", "ORG"), ("WBC", "ORG"), ("WBO", "ORG"), ("Enzo", "PER")]),
# wS079
("2005-12-18",
 "Nikolai Valuev became the tallest heavyweight champion in history on Saturday, taking the WBA title from American John Ruiz on a majority decision in Berlin. Ruiz's promoter Don King said he would appeal, calling the scoring \"a robbery in broad daylight\", while the 2.13-metre Russian said he was ready for a rematch.",
 [("Nikolai Valuev", "PER"), ("WBA", "ORG"), ("American", "MISC"), ("John Ruiz", "PER"), ("Berlin", "LOC"), ("Ruiz", "PER"), ("Don King", "PER"),
  ("Russian", "MISC")]),
# wS080
("2002-06-27",
 "The Houston Rockets made Chinese centre Yao Ming the first pick in the NBA draft on Wednesday after the Chinese Basketball Association agreed to release him from the Shanghai Sharks. Yao, who is 2.26 metres tall, is the first player taken first overall without having played at an American college or high school.",
 [("Houston Rockets", "ORG"), ("Chinese", "MISC"), ("Yao Ming", "PER"), ("NBA", "ORG"), ("Chinese Basketball Association", "ORG"),
  ("Shanghai Sharks", "ORG"), ("Yao", "PER"), ("American", "MISC")]),
# wS081
("2004-05-03",
 "Maccabi Tel Aviv retained the Euroleague title on Sunday, routing Skipper Bologna 118-74 in the final in front of their own fans at the Nokia Arena in Tel Aviv. Anthony Parker was named the most valuable player of the final four, and coach Pini Gershon said the margin was \"a gift to the people of Israel\".",
 [("Maccabi Tel Aviv", "ORG"), ("Euroleague", "MISC"), ("Skipper Bologna", "ORG"), ("Nokia Arena", "LOC"), ("Tel Aviv", "LOC"),
  ("Anthony Parker", "PER"), ("Pini Gershon", "PER"), ("Israel", "LOC")]),
# wS082
("2004-08-29",
 "Argentina won the Olympic basketball title in Athens on Saturday, beating Italy 84-69 in the final two days after knocking out the United States in the semi-finals. Luis Scola scored 25 points, and Manu Ginobili, who plays for the San Antonio Spurs, said the gold medal meant more to him than any NBA ring.",
 [("Argentina", "LOC"), ("Olympic", "MISC"), ("Athens", "LOC"), ("Italy", "LOC"), ("United States", "LOC"), ("Luis Scola", "PER"),
  ("Manu Ginobili", "PER"), ("San Antonio Spurs", "ORG"), ("NBA", "ORG")]),
# wS083
("2006-06-20",
 "The Carolina Hurricanes won the Stanley Cup for the first time on Monday, beating the Edmonton Oilers 3-1 in the seventh game of the final in Raleigh. Rookie goaltender Cam Ward was named the most valuable player of the playoffs, and captain Rod Brind'Amour lifted the trophy after 17 seasons in the NHL.",
 [("Carolina Hurricanes", "ORG"), ("Stanley Cup", "MISC"), ("Edmonton Oilers", "ORG"), ("Raleigh", "LOC"), ("Cam Ward", "PER"),
  ("Rod Brind'Amour", "PER"), ("NHL", "ORG")]),
# wS084
("2009-04-14",
 "Ak Bars Kazan won the first Gagarin Cup on Sunday, beating Lokomotiv Yaroslavl 3-1 in the seventh game of the Kontinental Hockey League final. Captain Alexei Morozov scored twice, and coach Zinetula Bilyaletdinov was congratulated on the ice by Tatarstan's president Mintimer Shaimiev.",
 [("Ak Bars Kazan", "ORG"), ("Gagarin Cup", "MISC"), ("Lokomotiv Yaroslavl", "ORG"), ("Kontinental Hockey League", "MISC"), ("Alexei Morozov", "PER"),
  ("Zinetula Bilyaletdinov", "PER"), ("Tatarstan", "LOC"), ("Mintimer Shaimiev", "PER")]),
# wS085
("2009-03-15",
 "Aksel Lund Svindal won the overall title on Saturday by two points from Benjamin Raich, finishing ahead of the Austrian in the last giant slalom of the season in Are. The Norwegian, who broke his face and leg in a crash at Beaver Creek 15 months ago, said he had not believed he would ski at this level again.",
 [("Aksel Lund Svindal", "PER"), ("Benjamin Raich", "PER"), ("Austrian", "MISC"), ("Are", "LOC"), ("Norwegian", "MISC"), ("Beaver Creek", "LOC")]),
# wS086
("2005-01-07",
 "Janne Ahonen won the Four Hills Tournament on Thursday, taking the final event in Bischofshofen to finish far ahead of Austrian Martin Hoellwarth. The Finn had also won in Oberstdorf and Innsbruck and finished second in Garmisch-Partenkirchen, where Austria's Andreas Widhoelzl won.",
 [("Janne Ahonen", "PER"), ("Four Hills Tournament", "MISC"), ("Bischofshofen", "LOC"), ("Austrian", "MISC"), ("Martin Hoellwarth", "PER"),
  ("Finn", "MISC"), ("Oberstdorf", "LOC"), ("Innsbruck", "LOC"), ("Garmisch-Partenkirchen", "LOC"), ("Austria", "LOC"), ("Andreas Widhoelzl", "PER")]),
# wS087
("2003-11-10",
 "Petter Solberg became the first Norwegian to win the world rally championship on Sunday, winning Rally GB in Wales as Citroen's Sebastien Loeb settled for second. The Subaru driver had trailed the Frenchman by a point going into the final round.",
 [("Petter Solberg", "PER"), ("Norwegian", "MISC"), ("Rally GB", "MISC"), ("Wales", "LOC"), ("Citroen", "ORG"), ("Sebastien Loeb", "PER"),
  ("Subaru", "ORG"), ("Frenchman", "MISC")]),
# wS088
("2004-04-19",
 "Valentino Rossi won the South African Grand Prix at Welkom on Sunday on his debut for Yamaha, holding off Honda's Max Biaggi by two tenths of a second after a race-long duel. The Italian, who left Honda in the winter, climbed off his bike after the finish and kissed it.",
 [("Valentino Rossi", "PER"), ("South African Grand Prix", "MISC"), ("Welkom", "LOC"), ("Yamaha", "ORG"), ("Honda", "ORG"), ("Max Biaggi", "PER"),
  ("Italian", "MISC"), ("Honda", "ORG")]),
# wS089
("2005-12-20",
 "Renault's Fernando Alonso will join McLaren from 2007, the British team announced on Monday, less than three months after the Spaniard became the youngest world champion in Formula One. Team principal Ron Dennis said Alonso would replace Kimi Raikkonen, who is expected to move to Ferrari.",
 [("Renault", "ORG"), ("Fernando Alonso", "PER"), ("McLaren", "ORG"), ("British", "MISC"), ("Spaniard", "MISC"), ("Formula One", "MISC"),
  ("Ron Dennis", "PER"), ("Alonso", "PER"), ("Kimi Raikkonen", "PER"), ("Ferrari", "ORG")]),
# wS090
("2007-09-14",
 "Motor sport's governing body FIA fined McLaren 100 million dollars on Thursday and stripped the team of all its constructors' points for the season after ruling that it had held confidential Ferrari technical data. The World Motor Sport Council in Paris allowed drivers Lewis Hamilton and Fernando Alonso to keep their points, and FIA president Max Mosley said the penalty was \"proportionate\".",
 [("FIA", "ORG"), ("McLaren", "ORG"), ("Ferrari", "ORG"), ("World Motor Sport Council", "ORG"), ("Paris", "LOC"), ("Lewis Hamilton", "PER"),
  ("Fernando Alonso", "PER"), ("FIA", "ORG"), ("Max Mosley", "PER")]),
# wS091
("2008-07-24",
 "Carlos Sastre took the yellow jersey in the Tour de France on Wednesday with a solo win at Alpe d'Huez, opening a lead of one minute 24 seconds over his CSC team mate Frank Schleck. Australia's Cadel Evans, now fourth, must make up the time in Saturday's time trial if he is to stop the Spaniard.",
 [("Carlos Sastre", "PER"), ("Tour de France", "MISC"), ("Alpe d'Huez", "LOC"), ("CSC", "ORG"), ("Frank Schleck", "PER"), ("Australia", "LOC"),
  ("Cadel Evans", "PER"), ("Spaniard", "MISC")]),
# wS092
("2011-09-12",
 "Juan Jose Cobo won the Vuelta a Espana on Sunday, finishing 13 seconds ahead of Britain's Chris Froome after the final stage into Madrid. The Geox rider built his lead with a stage win on the Angliru, and Froome's Sky team mate Bradley Wiggins finished third overall.",
 [("Juan Jose Cobo", "PER"), ("Vuelta a Espana", "MISC"), ("Britain", "LOC"), ("Chris Froome", "PER"), ("Madrid", "LOC"), ("Geox", "ORG"),
  ("Angliru", "LOC"), ("Froome", "PER"), ("Sky", "ORG"), ("Bradley Wiggins", "PER")]),
# wS093
("2010-02-02",
 "The Italian Olympic Committee banned Danilo Di Luca for two years on Monday after he tested positive for a blood booster during last year's Giro d'Italia, where he finished second. The 2007 Giro winner, who rode for the LPR team, said he would appeal to the Court of Arbitration for Sport.",
 [("Italian Olympic Committee", "ORG"), ("Danilo Di Luca", "PER"), ("Giro d'Italia", "MISC"), ("Giro", "MISC"), ("LPR", "ORG"),
  ("Court of Arbitration for Sport", "ORG")]),
# wS094
("2002-07-08",
 "Lleyton Hewitt won the Wimbledon title on Sunday, beating Argentine David Nalbandian 6-1 6-3 6-2 in the most one-sided men's final for a decade. The Australian, the first from his country to take the title since Pat Cash in 1987, climbed into the players' box to embrace his parents.",
 [("Lleyton Hewitt", "PER"), ("Wimbledon", "MISC"), ("Argentine", "MISC"), ("David Nalbandian", "PER"), ("Australian", "MISC"), ("Pat Cash", "PER")]),
# wS095
("2009-06-20",
 "Rafael Nadal pulled out of Wimbledon on Friday with tendinitis in both knees, the first defending men's champion to miss the tournament since Goran Ivanisevic in 2002. The Spaniard, who lost to Robin Soderling at the French Open this month, told the All England Club he could not play at full strength, and Roger Federer becomes the favourite.",
 [("Rafael Nadal", "PER"), ("Wimbledon", "MISC"), ("Goran Ivanisevic", "PER"), ("Spaniard", "MISC"), ("Robin Soderling", "PER"), ("French Open", "MISC"),
  ("All England Club", "ORG"), ("Roger Federer", "PER")]),
# wS096
("2007-06-18",
 "Angel Cabrera won the US Open at Oakmont on Sunday by one stroke from Tiger Woods and Jim Furyk, the first Argentine to win a major since Roberto De Vicenzo at the 1967 British Open. The 37-year-old from Cordoba smoked his way round the back nine and finished at five over par.",
 [("Angel Cabrera", "PER"), ("US Open", "MISC"), ("Oakmont", "LOC"), ("Tiger Woods", "PER"), ("Jim Furyk", "PER"), ("Argentine", "MISC"),
  ("Roberto De Vicenzo", "PER"), ("British Open", "MISC"), ("Cordoba", "LOC")]),
# wS097
("2003-05-24",
 "Annika Sorenstam missed the cut at the Colonial in Fort Worth, Texas, on Friday, ending the first appearance by a woman in a men's tour event since Babe Zaharias in 1945. The Swede finished four over par after two rounds and said she had been \"way out of my comfort zone\".",
 [("Annika Sorenstam", "PER"), ("Colonial", "MISC"), ("Fort Worth", "LOC"), ("Texas", "LOC"), ("Babe Zaharias", "PER"), ("Swede", "MISC")]),
# wS098
("2006-08-21",
 "Pakistan became the first side to forfeit a test match on Sunday after refusing to take the field following tea at the Oval, in protest at being penalised for ball tampering. Umpires Darrell Hair and Billy Doctrove awarded the match to England, and captain Inzamam-ul-Haq now faces a hearing before the International Cricket Council.",
 [("Pakistan", "LOC"), ("Oval", "LOC"), ("Darrell Hair", "PER"), ("Billy Doctrove", "PER"), ("England", "LOC"), ("Inzamam-ul-Haq", "PER"),
  ("International Cricket Council", "ORG")]),
# wS099
("2007-03-20",
 "Tasmania won the Pura Cup for the first time in their 30 seasons in the competition on Monday, beating New South Wales by 421 runs in the final at Bellerive Oval in Hobart. Captain Daniel Marsh called it \"the day the island has waited for\", and fast bowler Ben Hilfenhaus took the last wicket.",
 [("Tasmania", "ORG"), ("Pura Cup", "MISC"), ("New South Wales", "ORG"), ("Bellerive Oval", "LOC"), ("Hobart", "LOC"), ("Daniel Marsh", "PER"),
  ("Ben Hilfenhaus", "PER")]),
# wS100
("2007-03-18",
 "Ireland knocked Pakistan out of the tournament on Saturday, beating them by three wickets at Sabina Park in Kingston on St Patrick's Day. Niall O'Brien top-scored with 72, and captain Trent Johnston hit a six to finish the match in front of several thousand green-shirted fans.",
 [("Ireland", "LOC"), ("Pakistan", "LOC"), ("Sabina Park", "LOC"), ("Kingston", "LOC"), ("St Patrick's Day", "MISC"), ("Niall O'Brien", "PER"),
  ("Trent Johnston", "PER")]),
# wS101
("2007-12-04",
 "Muttiah Muralitharan became the leading wicket-taker in test cricket on Monday, bowling Paul Collingwood in Kandy to pass Shane Warne's record of 708. Firecrackers went off around the Asgiriya Stadium, and the Sri Lankan off-spinner was embraced by every England player.",
 [("Muttiah Muralitharan", "PER"), ("Paul Collingwood", "PER"), ("Kandy", "LOC"), ("Shane Warne", "PER"), ("Asgiriya Stadium", "LOC"),
  ("Sri Lankan", "MISC"), ("England", "LOC")]),
# wS102
("2005-05-23",
 "Toulouse won the Heineken Cup for a record third time on Sunday, beating Stade Francais 18-12 after extra time in the final at Murrayfield in Edinburgh. Frederic Michalak kicked a drop goal and a penalty in extra time, and coach Guy Noves said his side had won \"with the head, not the heart\".",
 [("Toulouse", "ORG"), ("Heineken Cup", "MISC"), ("Stade Francais", "ORG"), ("Murrayfield", "LOC"), ("Edinburgh", "LOC"), ("Frederic Michalak", "PER"),
  ("Guy Noves", "PER")]),
# wS103
("2007-05-20",
 "The Bulls became the first South African side to win the Super 14 on Saturday, beating the Sharks 20-19 at Kings Park in Durban with a try by Bryan Habana in the last minute. Derick Hougaard kicked the conversion from in front of the posts, and thousands of supporters who had driven down from Pretoria invaded the pitch.",
 [("Bulls", "ORG"), ("South African", "MISC"), ("Super 14", "MISC"), ("Sharks", "ORG"), ("Kings Park", "LOC"), ("Durban", "LOC"),
  ("Bryan Habana", "PER"), ("Derick Hougaard", "PER"), ("Pretoria", "LOC")]),
# wS104
("2006-11-05",
 "Great Britain beat Australia 23-12 in the Tri-Nations series in Sydney on Saturday, their first win on Australian soil since 1992. Scrum-half Sean Long ran the game and kicked five goals, and captain Jamie Peacock said the players had \"finally believed we belonged\".",
 [("Great Britain", "LOC"), ("Australia", "LOC"), ("Tri-Nations", "MISC"), ("Sydney", "LOC"), ("Australian", "MISC"), ("Sean Long", "PER"),
  ("Jamie Peacock", "PER")]),
# wS105
("2005-06-15",
 "Asafa Powell broke the 100 metres world record on Tuesday, running 9.77 seconds at the Tsiklitiria meeting in the Olympic Stadium in Athens to take a hundredth of a second off Tim Montgomery's mark. The 22-year-old Jamaican said he had felt \"a little wind at my back and a lot of belief\".",
 [("Asafa Powell", "PER"), ("Tsiklitiria", "MISC"), ("Olympic Stadium", "LOC"), ("Athens", "LOC"), ("Tim Montgomery", "PER"), ("Jamaican", "MISC")]),
# wS106
("2001-10-08",
 "Catherine Ndereba broke the women's marathon world record in Chicago on Sunday, running 2:18:47 to take more than a minute off the time set by Japan's Naoko Takahashi in Berlin a week earlier. The Kenyan mother of one said the cold morning had been \"perfect for running\".",
 [("Catherine Ndereba", "PER"), ("Chicago", "LOC"), ("Japan", "LOC"), ("Naoko Takahashi", "PER"), ("Berlin", "LOC"), ("Kenyan", "MISC")]),
# wS107
("2005-08-20",
 "Chelsea completed the signing of Ghana midfielder Michael Essien from Lyon on Friday for a club record fee of 24.4 million pounds after weeks of negotiation. Lyon president Jean-Michel Aulas said the French champions had \"not wanted to sell, but could not refuse\", and Jose Mourinho said Essien could play in three positions.",
 [("Chelsea", "ORG"), ("Ghana", "LOC"), ("Michael Essien", "PER"), ("Lyon", "ORG"), ("Lyon", "ORG"), ("Jean-Michel Aulas", "PER"), ("French", "MISC"),
  ("Jose Mourinho", "PER"), ("Essien", "PER")]),
# wS108
("2004-10-31",
 "Liverpool striker Djibril Cisse broke his leg in two places in Saturday's 1-0 win at Blackburn and could miss the rest of the season, the club said on Sunday. The French international was given oxygen on the pitch at Ewood Park after his studs caught in the turf under a challenge from Jay McEveley.",
 [("Liverpool", "ORG"), ("Djibril Cisse", "PER"), ("Blackburn", "ORG"), ("French", "MISC"), ("Ewood Park", "LOC"), ("Jay McEveley", "PER")]),
# wS109
("1998-10-23",
 "Sheffield Wednesday striker Paolo Di Canio was banned for 11 matches and fined 10,000 pounds by the Football Association on Thursday for pushing referee Paul Alcock to the ground after being sent off against Arsenal at Hillsborough. The Italian apologised in a statement but said he had been provoked.",
 [("Sheffield Wednesday", "ORG"), ("Paolo Di Canio", "PER"), ("Football Association", "ORG"), ("Paul Alcock", "PER"), ("Arsenal", "ORG"),
  ("Hillsborough", "LOC"), ("Italian", "MISC")]),
# wS110
("2006-07-15",
 "An Italian sports tribunal relegated Juventus to Serie B on Friday and stripped them of their last two league titles over a match-fixing scandal, and Lazio and Fiorentina were also sent down. AC Milan kept their place in Serie A but were docked 15 points, and former Juventus general manager Luciano Moggi was banned for five years.",
 [("Italian", "MISC"), ("Juventus", "ORG"), ("Serie B", "MISC"), ("Lazio", "ORG"), ("Fiorentina", "ORG"), ("AC Milan", "ORG"), ("Serie A", "MISC"),
  ("Juventus", "ORG"), ("Luciano Moggi", "PER")]),
# wS111
("2002-05-14",
 "Bayer Leverkusen coach Klaus Toppmoeller said on Tuesday that his side had nothing to fear from Real Madrid in Wednesday's Champions League final at Hampden Park in Glasgow, despite losing the Bundesliga title on the last day and the German Cup final at the weekend. Michael Ballack is fit, while Real coach Vicente del Bosque must decide whether to start Zinedine Zidane after a thigh strain.",
 [("Bayer Leverkusen", "ORG"), ("Klaus Toppmoeller", "PER"), ("Real Madrid", "ORG"), ("Champions League", "MISC"), ("Hampden Park", "LOC"),
  ("Glasgow", "LOC"), ("Bundesliga", "MISC"), ("German Cup", "MISC"), ("Michael Ballack", "PER"), ("Real", "ORG"), ("Vicente del Bosque", "PER"),
  ("Zinedine Zidane", "PER")]),
# wS112
("2012-02-13",
 "Zambia won the African Nations Cup for the first time on Sunday, beating Ivory Coast 8-7 on penalties in Libreville, a few hundred metres from the beach where their national team died in a plane crash in 1993. Stoppila Sunzu scored the winning kick, and French coach Herve Renard carried an injured player onto the podium.",
 [("Zambia", "LOC"), ("African Nations Cup", "MISC"), ("Ivory Coast", "LOC"), ("Libreville", "LOC"), ("Stoppila Sunzu", "PER"), ("French", "MISC"),
  ("Herve Renard", "PER")]),
# wS113
("2007-07-30",
 "Iraq won the Asian Cup for the first time on Sunday, beating Saudi Arabia 1-0 in the final in Jakarta with a header from captain Younis Mahmoud. Brazilian coach Jorvan Vieira said his players had given Iraqis \"one day of joy\", and crowds celebrated in the streets of Baghdad despite a curfew.",
 [("Iraq", "LOC"), ("Asian Cup", "MISC"), ("Saudi Arabia", "LOC"), ("Jakarta", "LOC"), ("Younis Mahmoud", "PER"), ("Brazilian", "MISC"),
  ("Jorvan Vieira", "PER"), ("Iraqis", "MISC"), ("Baghdad", "LOC")]),
# wS114
("2001-03-29",
 "Ecuador beat Brazil 1-0 in a qualifier in Quito on Wednesday, their first win over the four-time champions, with a header from Agustin Delgado. The result, at 2,800 metres above sea level at the Estadio Olimpico Atahualpa, leaves Brazil coach Emerson Leao under pressure, while Colombian coach Hernan Dario Gomez was carried off by his Ecuador players.",
 [("Ecuador", "LOC"), ("Brazil", "LOC"), ("Quito", "LOC"), ("Agustin Delgado", "PER"), ("Estadio Olimpico Atahualpa", "LOC"), ("Brazil", "LOC"),
  ("Emerson Leao", "PER"), ("Colombian", "MISC"), ("Hernan Dario Gomez", "PER"), ("Ecuador", "LOC")]),
# wS115
("2007-01-12",
 "David Beckham will leave Real Madrid at the end of the season to join Los Angeles Galaxy on a five-year contract, the Major League Soccer club said on Thursday. Real coach Fabio Capello responded by saying Beckham would not play for the Spanish club again.",
 [("David Beckham", "PER"), ("Real Madrid", "ORG"), ("Los Angeles Galaxy", "ORG"), ("Major League Soccer", "ORG"), ("Real", "ORG"),
  ("Fabio Capello", "PER"), ("Beckham", "PER"), ("Spanish", "MISC")]),
# wS116
("2009-10-25",
 "KOLKATA, Oct 25 - Nigerian striker Chidi Edeh scored four goals as Mohun Bagan beat East Bengal 5-3 in the I-League at the Salt Lake Stadium on Sunday, the highest-scoring Kolkata derby in more than three decades.",
 [("KOLKATA", "LOC"), ("Nigerian", "MISC"), ("Chidi Edeh", "PER"), ("Mohun Bagan", "ORG"), ("East Bengal", "ORG"), ("I-League", "MISC"),
  ("Salt Lake Stadium", "LOC"), ("Kolkata", "LOC")]),
# wS117
("2007-02-11",
 "Results of Scottish Premier League matches on Saturday: Aberdeen 2 Dundee United 1, Kilmarnock 0 Motherwell 3, St Mirren 1 Inverness Caledonian Thistle 1. Celtic, who drew 1-1 at Hearts on Sunday, lead by 17 points.",
 [("Scottish Premier League", "MISC"), ("Aberdeen", "ORG"), ("Dundee United", "ORG"), ("Kilmarnock", "ORG"), ("Motherwell", "ORG"),
  ("St Mirren", "ORG"), ("Inverness Caledonian Thistle", "ORG"), ("Celtic", "ORG"), ("Hearts", "ORG")]),
# wS118
("2006-05-07",
 "PRETORIA, May 7 - Mamelodi Sundowns retained the Premier Soccer League title on Saturday with a 2-0 win over SuperSport United at Loftus Versfeld, the first club to win back-to-back titles since the league began in 1996. Coach Gordon Igesund said owner Patrice Motsepe had \"given us everything a coach could ask for\".",
 [("PRETORIA", "LOC"), ("Mamelodi Sundowns", "ORG"), ("Premier Soccer League", "MISC"), ("SuperSport United", "ORG"), ("Loftus Versfeld", "LOC"),
  ("Gordon Igesund", "PER"), ("Patrice Motsepe", "PER")]),
# wS119
("2010-05-31",
 "Wydad Casablanca won the Moroccan title on the last day of the season on Sunday with a 2-0 win over FAR Rabat, finishing a point ahead of city rivals Raja Casablanca. Coach Driss Bennani, who took over in January, said the supporters had \"carried the team over the line\".",
 [("Wydad Casablanca", "ORG"), ("Moroccan", "MISC"), ("FAR Rabat", "ORG"), ("Raja Casablanca", "ORG"), ("Driss Bennani", "PER")]),
# wS120
("2007-09-23",
 "Al Hilal beat Esperance 2-0 in Omdurman on Saturday to take a step towards the African Champions League final, captain Haitham Mustafa scoring from the penalty spot. The Sudanese side travel to Tunis for the second leg in a fortnight, and supporters in Khartoum celebrated late into the night.",
 [("Al Hilal", "ORG"), ("Esperance", "ORG"), ("Omdurman", "LOC"), ("African Champions League", "MISC"), ("Haitham Mustafa", "PER"),
  ("Sudanese", "MISC"), ("Tunis", "LOC"), ("Khartoum", "LOC")]),
# wS121
("2011-10-30",
 "Simba beat Young Africans 1-0 in the Dar es Salaam derby at the National Stadium on Saturday, Ugandan forward Emmanuel Okwi scoring in the second half. The result takes Simba level on points with their rivals at the top of the Tanzanian league.",
 [("Simba", "ORG"), ("Young Africans", "ORG"), ("Dar es Salaam", "LOC"), ("National Stadium", "LOC"), ("Ugandan", "MISC"), ("Emmanuel Okwi", "PER"),
  ("Simba", "ORG"), ("Tanzanian", "MISC")]),
# wS122
("2012-03-06",
 "The Football Kenya Federation fined Gor Mahia and AFC Leopards on Monday after crowd trouble forced the abandonment of their league match at Nyayo Stadium in Nairobi. Federation president Sam Nyamweya said both clubs would play their next two home matches without spectators.",
 [("Football Kenya Federation", "ORG"), ("Gor Mahia", "ORG"), ("AFC Leopards", "ORG"), ("Nyayo Stadium", "LOC"), ("Nairobi", "LOC"),
  ("Sam Nyamweya", "PER")]),
# wS123
("2011-11-16",
 "The Cameroon football federation (Fecafoot) banned captain Samuel Eto'o for 15 matches on Tuesday for leading a players' strike over bonuses before a friendly against Algeria in Morocco. The Anzhi Makhachkala striker, the best-paid player in Africa, said through his lawyer that he would appeal.",
 [("Cameroon", "LOC"), ("Fecafoot", "ORG"), ("Samuel Eto'o", "PER"), ("Algeria", "LOC"), ("Morocco", "LOC"), ("Anzhi Makhachkala", "ORG"),
  ("Africa", "LOC")]),
# wS124
("2007-11-15",
 "Urawa Reds became the first Japanese club to win the Asian Champions League on Wednesday, beating Sepahan 2-0 in the second leg of the final at Saitama Stadium. Yuichiro Nagai and Brazilian striker Washington scored, and German coach Holger Osieck said his side would now relish meeting AC Milan at the club championship.",
 [("Urawa Reds", "ORG"), ("Japanese", "MISC"), ("Asian Champions League", "MISC"), ("Sepahan", "ORG"), ("Saitama Stadium", "LOC"),
  ("Yuichiro Nagai", "PER"), ("Brazilian", "MISC"), ("Washington", "PER"), ("German", "MISC"), ("Holger Osieck", "PER"), ("AC Milan", "ORG")]),
# wS125
("2009-11-08",
 "Pohang Steelers won the Asian Champions League on Saturday, beating Al Ittihad 2-1 in the final at the National Stadium in Tokyo. Noh Byung-jun scored from a free kick and Kim Hyung-il headed the winner, and Brazilian coach Sergio Farias said the Saudi side had been \"the hardest opponent of our lives\".",
 [("Pohang Steelers", "ORG"), ("Asian Champions League", "MISC"), ("Al Ittihad", "ORG"), ("National Stadium", "LOC"), ("Tokyo", "LOC"),
  ("Noh Byung-jun", "PER"), ("Kim Hyung-il", "PER"), ("Brazilian", "MISC"), ("Sergio Farias", "PER"), ("Saudi", "MISC")]),
# wS126
("2008-08-29",
 "Uzbek champions Bunyodkor signed Brazilian Rivaldo on a two-year contract on Thursday, making the 36-year-old former world player of the year the best-paid footballer in Central Asia. Rivaldo, who left AEK Athens last month, is expected to make his debut for the Tashkent club next week.",
 [("Uzbek", "MISC"), ("Bunyodkor", "ORG"), ("Brazilian", "MISC"), ("Rivaldo", "PER"), ("Central Asia", "LOC"), ("Rivaldo", "PER"),
  ("AEK Athens", "ORG"), ("Tashkent", "LOC")]),
# wS127
("2011-11-06",
 "Al Sadd won the Asian Champions League on Saturday, beating Jeonbuk Motors 4-2 on penalties after a 2-2 draw in the final in Jeonju. Goalkeeper Mohamed Saqr saved twice in the shootout, and Uruguayan coach Jorge Fossati said the Qatari club had silenced \"40,000 people who came for a party\".",
 [("Al Sadd", "ORG"), ("Asian Champions League", "MISC"), ("Jeonbuk Motors", "ORG"), ("Jeonju", "LOC"), ("Mohamed Saqr", "PER"),
  ("Uruguayan", "MISC"), ("Jorge Fossati", "PER"), ("Qatari", "MISC")]),
# wS128
("2010-11-22",
 "Ajax suspended Luis Suarez for two matches on Sunday after the Uruguay striker bit PSV Eindhoven midfielder Otman Bakkal on the shoulder during a 0-0 draw in Amsterdam. The Dutch federation KNVB is expected to add to the ban after studying television pictures.",
 [("Ajax", "ORG"), ("Luis Suarez", "PER"), ("Uruguay", "LOC"), ("PSV Eindhoven", "ORG"), ("Otman Bakkal", "PER"), ("Amsterdam", "LOC"),
  ("Dutch", "MISC"), ("KNVB", "ORG")]),
# wS129
("2005-05-23",
 "Benfica won the Portuguese title for the first time in 11 years on Sunday after a 1-1 draw at Boavista, and thousands of fans celebrated through the night at the Marques de Pombal roundabout in Lisbon. Italian coach Giovanni Trapattoni said Brazilian defender Luisao had been the player of the season.",
 [("Benfica", "ORG"), ("Portuguese", "MISC"), ("Boavista", "ORG"), ("Marques de Pombal", "LOC"), ("Lisbon", "LOC"), ("Italian", "MISC"),
  ("Giovanni Trapattoni", "PER"), ("Brazilian", "MISC"), ("Luisao", "PER")]),
# wS130
("2000-05-18",
 "Galatasaray became the first Turkish club to win a European trophy on Wednesday, beating Arsenal 4-1 on penalties after a goalless draw in the UEFA Cup final at Parken in Copenhagen. Gheorghe Hagi was sent off in extra time, and his Romanian team mate Gica Popescu scored the winning kick for coach Fatih Terim.",
 [("Galatasaray", "ORG"), ("Turkish", "MISC"), ("European", "MISC"), ("Arsenal", "ORG"), ("UEFA Cup", "MISC"), ("Parken", "LOC"),
  ("Copenhagen", "LOC"), ("Gheorghe Hagi", "PER"), ("Romanian", "MISC"), ("Gica Popescu", "PER"), ("Fatih Terim", "PER")]),
# wS131
("2011-08-26",
 "Stephen O'Donnell scored a penalty in extra time as Shamrock Rovers won 2-1 at Partizan Belgrade on Thursday to become the first Irish club to reach the group stage of the Europa League. Manager Michael O'Neill said his part-time players had \"written the best chapter in the club's history\".",
 [("Stephen O'Donnell", "PER"), ("Shamrock Rovers", "ORG"), ("Partizan Belgrade", "ORG"), ("Irish", "MISC"), ("Europa League", "MISC"),
  ("Michael O'Neill", "PER")]),
# wS132
("2008-04-27",
 "Tottenham agreed on Saturday to sign Luka Modric from Dinamo Zagreb for 16.5 million pounds, a record sale for the Croatian club. Spanish coach Juande Ramos had watched the 22-year-old midfielder four times this season, and Dinamo executive Zdravko Mamic said the player would join in July.",
 [("Tottenham", "ORG"), ("Luka Modric", "PER"), ("Dinamo Zagreb", "ORG"), ("Croatian", "MISC"), ("Spanish", "MISC"), ("Juande Ramos", "PER"),
  ("Dinamo", "ORG"), ("Zdravko Mamic", "PER")]),
# wS133
("2006-07-21",
 "The Hungarian football federation (MLSZ) relegated Ferencvaros to the second division on Thursday after the 28-time champions failed to meet the league's financial requirements. It is the first time the Budapest club have dropped out of the top flight, and hundreds of supporters protested outside the federation's offices.",
 [("Hungarian", "MISC"), ("MLSZ", "ORG"), ("Ferencvaros", "ORG"), ("Budapest", "LOC")]),
# wS134
("2006-08-24",
 "Levski Sofia became the first Bulgarian club to reach the Champions League group stage on Wednesday, drawing 2-2 with Chievo in Verona for a 4-2 aggregate win. Coach Stanimir Stoilov said his players now faced \"the best education in Europe\" in a group with Barcelona, Chelsea and Werder Bremen.",
 [("Levski Sofia", "ORG"), ("Bulgarian", "MISC"), ("Champions League", "MISC"), ("Chievo", "ORG"), ("Verona", "LOC"), ("Stanimir Stoilov", "PER"),
  ("Europe", "LOC"), ("Barcelona", "ORG"), ("Chelsea", "ORG"), ("Werder Bremen", "ORG")]),
# wS135
("2008-08-28",
 "BATE Borisov became the first club from Belarus to reach the Champions League group stage on Tuesday, drawing 1-1 at Levski Sofia to go through on away goals. Coach Viktor Goncharenko, at 31 the youngest in the competition, will now face Juventus, Real Madrid and Zenit.",
 [("BATE Borisov", "ORG"), ("Belarus", "LOC"), ("Champions League", "MISC"), ("Levski Sofia", "ORG"), ("Viktor Goncharenko", "PER"),
  ("Juventus", "ORG"), ("Real Madrid", "ORG"), ("Zenit", "ORG")]),
# wS136
("2001-05-08",
 "Ronnie O'Sullivan won his first world snooker title on Monday, beating John Higgins 18-14 in the final at the Crucible Theatre in Sheffield. The 25-year-old from Essex had led 14-7 before the Scot, champion in 1998, won six frames in a row.",
 [("Ronnie O'Sullivan", "PER"), ("John Higgins", "PER"), ("Crucible Theatre", "LOC"), ("Sheffield", "LOC"), ("Essex", "LOC"), ("Scot", "MISC")]),
# wS137
("2010-01-04",
 "Phil Taylor won a 15th world darts title on Sunday, beating Australian Simon Whitlock 7-3 in the final of the Professional Darts Corporation championship at Alexandra Palace in London. The 49-year-old from Stoke averaged more than 104 over the match.",
 [("Phil Taylor", "PER"), ("Australian", "MISC"), ("Simon Whitlock", "PER"), ("Professional Darts Corporation", "ORG"), ("Alexandra Palace", "LOC"),
  ("London", "LOC"), ("Stoke", "LOC")]),
# wS138
("2007-09-03",
 "Kilkenny won the All-Ireland hurling title for the second year running on Sunday, beating Limerick 2-19 to 1-15 at Croke Park. Eddie Brennan scored a goal inside the first ten minutes, and Henry Shefflin, who limped off with a knee injury, lifted the cup on crutches for manager Brian Cody.",
 [("Kilkenny", "ORG"), ("All-Ireland", "MISC"), ("Limerick", "ORG"), ("Croke Park", "LOC"), ("Eddie Brennan", "PER"), ("Henry Shefflin", "PER"),
  ("Brian Cody", "PER")]),
# wS139
("2007-09-30",
 "Geelong won their first premiership in 44 years on Saturday, beating Port Adelaide by a record 119 points in the AFL grand final at the Melbourne Cricket Ground. Steve Johnson won the Norm Smith Medal as the best player on the ground, and coach Mark Thompson said the wait had made the win \"taste all the sweeter\".",
 [("Geelong", "ORG"), ("Port Adelaide", "ORG"), ("AFL", "ORG"), ("Melbourne Cricket Ground", "LOC"), ("Steve Johnson", "PER"),
  ("Norm Smith Medal", "MISC"), ("Mark Thompson", "PER")]),
# wS140
("2010-02-08",
 "The New Orleans Saints won the Super Bowl for the first time on Sunday, beating the Indianapolis Colts 31-17 in Miami. Quarterback Drew Brees was named the most valuable player, and Tracy Porter's interception return sealed the game against Peyton Manning, four and a half years after Hurricane Katrina flooded the Saints' home city.",
 [("New Orleans Saints", "ORG"), ("Super Bowl", "MISC"), ("Indianapolis Colts", "ORG"), ("Miami", "LOC"), ("Drew Brees", "PER"),
  ("Tracy Porter", "PER"), ("Peyton Manning", "PER"), ("Hurricane Katrina", "MISC"), ("Saints", "ORG")]),
# wS141
("2004-10-02",
 "Seattle Mariners outfielder Ichiro Suzuki broke baseball's 84-year-old record for hits in a season on Friday, singling twice against the Texas Rangers at Safeco Field to reach 259 and pass George Sisler. Members of Sisler's family stood and applauded as the Japanese player's team mates poured out of the dugout.",
 [("Seattle Mariners", "ORG"), ("Ichiro Suzuki", "PER"), ("Texas Rangers", "ORG"), ("Safeco Field", "LOC"), ("George Sisler", "PER"),
  ("Sisler", "PER"), ("Japanese", "MISC")]),
# wS142
("2006-11-21",
 "Ian Thorpe announced his retirement from swimming in Sydney on Tuesday at the age of 24, saying he had lost the motivation to train. The Australian won five Olympic gold medals, three of them in his home city in 2000 and two in Athens four years later.",
 [("Ian Thorpe", "PER"), ("Sydney", "LOC"), ("Australian", "MISC"), ("Olympic", "MISC"), ("Athens", "LOC")]),
# wS143
("2004-08-19",
 "Kosuke Kitajima completed the breaststroke double in Athens on Wednesday, winning the 200 metres in an Olympic record three days after edging American Brendan Hansen in the 100. Hungary's Daniel Gyurta, aged 15, took the silver, and the Japanese swimmer said he was \"too happy to say anything clever\".",
 [("Kosuke Kitajima", "PER"), ("Athens", "LOC"), ("Olympic", "MISC"), ("American", "MISC"), ("Brendan Hansen", "PER"), ("Hungary", "LOC"),
  ("Daniel Gyurta", "PER"), ("Japanese", "MISC")]),
# wS144
("2004-08-22",
 "Taufik Hidayat won Indonesia's only gold medal in Athens on Saturday, beating South Korea's Shon Seung-mo 15-8 15-7 in the men's badminton final. Thousands of people watched the match on big screens in Jakarta, and the 23-year-old said he would dedicate the medal to his parents.",
 [("Taufik Hidayat", "PER"), ("Indonesia", "LOC"), ("Athens", "LOC"), ("South Korea", "LOC"), ("Shon Seung-mo", "PER"), ("Jakarta", "LOC")]),
# wS145
("2007-04-30",
 "THW Kiel won the handball Champions League for the first time on Sunday, beating German rivals SG Flensburg-Handewitt 29-27 in the second leg of the final in Kiel. French playmaker Nikola Karabatic scored eight goals, and coach Zvonimir Serdarusic was thrown into the air by his players.",
 [("THW Kiel", "ORG"), ("Champions League", "MISC"), ("German", "MISC"), ("SG Flensburg-Handewitt", "ORG"), ("Kiel", "LOC"), ("French", "MISC"),
  ("Nikola Karabatic", "PER"), ("Zvonimir Serdarusic", "PER")]),
# wS146
("2003-12-07",
 "Amr Shabana became the first Egyptian to win the World Open squash title on Saturday, beating Thierry Lincou in four games in the final in Lahore. The left-hander, seeded only ninth, had beaten the Frenchman once in six previous meetings.",
 [("Amr Shabana", "PER"), ("Egyptian", "MISC"), ("World Open", "MISC"), ("Thierry Lincou", "PER"), ("Lahore", "LOC"), ("Frenchman", "MISC")]),
# wS147
("2007-12-08",
 "Six-time champion jockey Kieren Fallon was cleared of race-fixing on Friday after the judge at the Old Bailey ruled that the prosecution had no case to answer. The Irishman, who is serving a ban in France after a positive drug test, criticised the City of London Police for an inquiry that had cost him \"two years of my life\".",
 [("Kieren Fallon", "PER"), ("Old Bailey", "ORG"), ("Irishman", "MISC"), ("France", "LOC"), ("City of London Police", "ORG")]),
# wS148
("2011-02-06",
 "An International Cricket Council tribunal in Doha banned Pakistan's former captain Salman Butt for ten years, five of them suspended, on Saturday for his part in a spot-fixing plot during last summer's test at Lord's. Fast bowlers Mohammad Asif and Mohammad Amir were banned for seven and five years after the News of the World filmed agent Mazhar Majeed taking cash.",
 [("International Cricket Council", "ORG"), ("Doha", "LOC"), ("Pakistan", "LOC"), ("Salman Butt", "PER"), ("Lord's", "LOC"), ("Mohammad Asif", "PER"),
  ("Mohammad Amir", "PER"), ("News of the World", "ORG"), ("Mazhar Majeed", "PER")]),
# wS149
("2011-11-11",
 "Australia were bowled out for 47 at Newlands on Thursday, their lowest test total for more than a century, as 23 wickets fell on the second day in Cape Town. Vernon Philander took five for 15 on his debut, and Hashim Amla and captain Graeme Smith then made centuries to win the match for the hosts; Australian captain Michael Clarke had scored 151 on the first day.",
 [("Australia", "LOC"), ("Newlands", "LOC"), ("Cape Town", "LOC"), ("Vernon Philander", "PER"), ("Hashim Amla", "PER"), ("Graeme Smith", "PER"),
  ("Australian", "MISC"), ("Michael Clarke", "PER")]),
# wS150
("2006-01-19",
 "Zimbabwe Cricket announced on Wednesday that the national side would withdraw from test matches for the rest of the year after a string of heavy defeats and the departure of senior players. Chairman Peter Chingoka said the board had informed the International Cricket Council, and former captain Tatenda Taibu is expected to play club cricket in Bulawayo.",
 [("Zimbabwe Cricket", "ORG"), ("Peter Chingoka", "PER"), ("International Cricket Council", "ORG"), ("Tatenda Taibu", "PER"), ("Bulawayo", "LOC")]),
# wS151
("2007-11-10",
 "The Welsh Rugby Union appointed Warren Gatland as Wales coach on Friday, and he will be joined by his former Wasps assistant Shaun Edwards. Gatland, who coached Ireland from 1998 to 2001 and has spent the past two years with the Waikato Chiefs, will take charge for the Six Nations.",
 [("Welsh Rugby Union", "ORG"), ("Warren Gatland", "PER"), ("Wales", "LOC"), ("Wasps", "ORG"), ("Shaun Edwards", "PER"), ("Gatland", "PER"),
  ("Ireland", "LOC"), ("Waikato Chiefs", "ORG"), ("Six Nations", "MISC")]),
# wS152
("2012-08-26",
 "Argentina held the Springboks to a 16-16 draw in Mendoza on Saturday, their first points in the Rugby Championship since joining the competition this season. Captain Juan Martin Fernandez Lobbe said the Pumas had shown they belonged, and the crowd of 40,000 stayed in the stadium for an hour after the final whistle.",
 [("Argentina", "LOC"), ("Springboks", "ORG"), ("Mendoza", "LOC"), ("Rugby Championship", "MISC"), ("Juan Martin Fernandez Lobbe", "PER"),
  ("Pumas", "ORG")]),
# wS153
("2011-09-26",
 "Mark Cavendish became the first British man since Tom Simpson in 1965 to win the world road race title on Sunday, sprinting clear of the bunch in Copenhagen. Australian Matthew Goss finished second and German Andre Greipel third.",
 [("Mark Cavendish", "PER"), ("British", "MISC"), ("Tom Simpson", "PER"), ("Copenhagen", "LOC"), ("Australian", "MISC"), ("Matthew Goss", "PER"),
  ("German", "MISC"), ("Andre Greipel", "PER")]),
# wS154
("2010-01-05",
 "Dave Brailsford of British Cycling launched Team Sky in London on Monday, promising a British winner of the Tour de France within five years. The team's leader Bradley Wiggins, who finished fourth last year, was released from his contract with Garmin in December, and the team is backed by the broadcaster BSkyB.",
 [("Dave Brailsford", "PER"), ("British Cycling", "ORG"), ("Team Sky", "ORG"), ("London", "LOC"), ("British", "MISC"), ("Tour de France", "MISC"),
  ("Bradley Wiggins", "PER"), ("Garmin", "ORG"), ("BSkyB", "ORG")]),
# wS155
("2010-11-08",
 "Haile Gebrselassie announced his retirement on Sunday after dropping out of the New York City Marathon with a knee injury. Fellow Ethiopian Gebre Gebremariam won the race on his debut at the distance, and the 37-year-old double Olympic champion said he would now go home to Addis Ababa.",
 [("Haile Gebrselassie", "PER"), ("New York City Marathon", "MISC"), ("Ethiopian", "MISC"), ("Gebre Gebremariam", "PER"), ("Olympic", "MISC"),
  ("Addis Ababa", "LOC")]),
# wS156
("2005-08-15",
 "Tirunesh Dibaba completed the 5,000 and 10,000 metres double at the world championships in Helsinki on Sunday, outkicking her sister Ejegayehu and Meseret Defar in the final 200 metres. The 20-year-old led an Ethiopian clean sweep of the medals, the third in the event's history.",
 [("Tirunesh Dibaba", "PER"), ("Helsinki", "LOC"), ("Ejegayehu", "PER"), ("Meseret Defar", "PER"), ("Ethiopian", "MISC")]),
# wS157
("2009-09-15",
 "Juan Martin del Potro won the US Open on Monday, ending Roger Federer's run of five straight titles in New York with a five-set win at Flushing Meadows. The 20-year-old from Tandil became the second Argentine man to win a grand slam title on hard courts.",
 [("Juan Martin del Potro", "PER"), ("US Open", "MISC"), ("Roger Federer", "PER"), ("New York", "LOC"), ("Flushing Meadows", "LOC"), ("Tandil", "LOC"),
  ("Argentine", "MISC")]),
# wS158
("2010-12-06",
 "Serbia won the Davis Cup for the first time on Sunday when Viktor Troicki beat Michael Llodra in straight sets in the deciding rubber at the Belgrade Arena. Novak Djokovic had levelled the final against France by beating Gael Monfils earlier in the day.",
 [("Serbia", "LOC"), ("Davis Cup", "MISC"), ("Viktor Troicki", "PER"), ("Michael Llodra", "PER"), ("Belgrade Arena", "LOC"), ("Novak Djokovic", "PER"),
  ("France", "LOC"), ("Gael Monfils", "PER")]),
# wS159
("2010-07-19",
 "Louis Oosthuizen won the British Open at St Andrews by seven strokes on Sunday, the widest margin in the championship for a decade. The South African, who had never made the cut at the Open before, learned the game through a junior programme run by the Ernie Els Foundation near his home in Mossel Bay, and Englishman Lee Westwood finished second.",
 [("Louis Oosthuizen", "PER"), ("British Open", "MISC"), ("St Andrews", "LOC"), ("South African", "MISC"), ("Open", "MISC"),
  ("Ernie Els Foundation", "ORG"), ("Mossel Bay", "LOC"), ("Englishman", "MISC"), ("Lee Westwood", "PER")]),
# wS160
("2006-02-18",
 "Sweden stunned the United States 3-2 on penalties in the women's ice hockey semi-final in Turin on Friday, the first time the Americans had failed to reach an Olympic final. Maria Rooth scored twice in regulation, and goaltender Kim Martin made 37 saves before Sweden's meeting with Canada for the gold medal.",
 [("Sweden", "LOC"), ("United States", "LOC"), ("Turin", "LOC"), ("Americans", "MISC"), ("Olympic", "MISC"), ("Maria Rooth", "PER"), ("Kim Martin", "PER"),
  ("Sweden", "LOC"), ("Canada", "LOC")]),
# wS161
("2008-02-02",
 "The Memphis Grizzlies traded Spanish forward Pau Gasol to the Los Angeles Lakers on Friday for Kwame Brown, Javaris Crittenton and the rights to his younger brother Marc, who plays for Girona in Spain. Lakers guard Kobe Bryant said the trade had made his team a contender overnight.",
 [("Memphis Grizzlies", "ORG"), ("Spanish", "MISC"), ("Pau Gasol", "PER"), ("Los Angeles Lakers", "ORG"), ("Kwame Brown", "PER"),
  ("Javaris Crittenton", "PER"), ("Marc", "PER"), ("Girona", "ORG"), ("Spain", "LOC"), ("Lakers", "ORG"), ("Kobe Bryant", "PER")]),
# wS162
("2001-04-08",
 "Marco Antonio Barrera outpointed Naseem Hamed at the MGM Grand in Las Vegas on Saturday, handing the Sheffield featherweight the first defeat of his professional career. The Mexican boxed cautiously and unanimously won on all three cards, and Hamed admitted he had been \"out-thought all night\".",
 [("Marco Antonio Barrera", "PER"), ("Naseem Hamed", "PER"), ("MGM Grand", "LOC"), ("Las Vegas", "LOC"), ("Sheffield", "LOC"), ("Mexican", "MISC"),
  ("Hamed", "PER")]),
# wS163
("2008-09-15",
 "Sebastian Vettel became the youngest winner of a Formula One grand prix on Sunday, taking the Italian Grand Prix at Monza in the rain for Toro Rosso at the age of 21. The German finished 12 seconds ahead of McLaren's Heikki Kovalainen, with Robert Kubica third for BMW Sauber.",
 [("Sebastian Vettel", "PER"), ("Formula One", "MISC"), ("Italian Grand Prix", "MISC"), ("Monza", "LOC"), ("Toro Rosso", "ORG"), ("German", "MISC"),
  ("McLaren", "ORG"), ("Heikki Kovalainen", "PER"), ("Robert Kubica", "PER"), ("BMW Sauber", "ORG")]),
# wS164
("2008-04-21",
 "Danica Patrick became the first woman to win an IndyCar race on Sunday, taking the Indy Japan 300 at Twin Ring Motegi by almost six seconds from Brazilian Helio Castroneves. The Andretti Green Racing driver gained the lead when others stopped for fuel in the last laps.",
 [("Danica Patrick", "PER"), ("IndyCar", "MISC"), ("Indy Japan 300", "MISC"), ("Twin Ring Motegi", "LOC"), ("Brazilian", "MISC"),
  ("Helio Castroneves", "PER"), ("Andretti Green Racing", "ORG")]),
]
