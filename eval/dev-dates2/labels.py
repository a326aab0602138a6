"""Decision lists for dates-dev2.jsonl (the source of truth; build.py turns them into offsets).

ITEMS: one (dct, text, decisions) per passage, in id order (e001, e002, ...).
A decision is (surface string, occurrence, label, value): the occ-th case-sensitive
whole-word match of the surface in the text (no letter or digit either side).
Written and labelled by hand; see README.md for the decisions (D1-...).
"""

ITEMS = [
# e001 business, dateline
("1996-03-12",
 "NEW YORK, March 12 - Harlow Foods Inc said on Tuesday that net income rose 14 percent in the "
 "fourth quarter, helped by strong holiday sales in December. Chief executive Dana May said the "
 "company expects revenue in fiscal 1996 to grow by about 8 percent and plans to close 40 stores "
 "by year-end. The shares, which have doubled in the past 18 months, fell 2 percent.",
 [("March 12", 1, "DATE", "1996-03-12"),
  ("Tuesday", 1, "DATE", "1996-03-12"),
  ("the fourth quarter", 1, "DATE", "1995-Q4"),
  ("December", 1, "DATE", "1995-12"),
  ("fiscal 1996", 1, "DATE", "FY1996"),
  ("year-end", 1, "DATE", "1996"),
  ("the past 18 months", 1, "DURATION", "P18M")]),

# e002 politics, election night
("1992-11-04",
 "HARTFORD, Nov 4 (Reuters) - Governor Ellen Marsh won the state's open Senate seat on Tuesday "
 "night, ending 12 years of Republican control. Marsh, 56, told supporters shortly after midnight "
 "that her first priority would be the budget, which must be passed by July 1. She will be sworn "
 "in on January 3. Turnout was the highest since 1960, election officials said today.",
 [("Nov 4", 1, "DATE", "1992-11-04"),
  ("Tuesday night", 1, "TIME", "1992-11-03TNI"),
  ("12 years", 1, "DURATION", "P12Y"),
  ("midnight", 1, "TIME", "1992-11-04T00:00"),
  ("July 1", 1, "DATE", "1993-07-01"),
  ("January 3", 1, "DATE", "1993-01-03"),
  ("1960", 1, "DATE", "1960"),
  ("today", 1, "DATE", "1992-11-04")]),

# e003 courts, trial retelling a night in 1994
("1998-10-21",
 "LEEDS, England (Reuters) - Prosecutors told a jury on Tuesday that Martin Kell, now 41, drove to "
 "his former partner's flat on Friday, August 12, 1994, and waited outside for nearly two hours. "
 "A neighbour saw his van at about 10:40 p.m., the court heard. The next morning the flat was "
 "found empty. Kell was not arrested until 1996, two years later, after a witness came forward. "
 "The trial is expected to last six weeks.",
 [("Tuesday", 1, "DATE", "1998-10-20"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("Friday, August 12, 1994", 1, "DATE", "1994-08-12"),
  ("nearly two hours", 1, "DURATION", "PT2H"),
  ("about 10:40 p.m.", 1, "TIME", "1994-08-12T22:40"),
  ("The next morning", 1, "TIME", "1994-08-13TMO"),
  ("1996", 1, "DATE", "1996"),
  ("two years", 1, "DURATION", "P2Y"),
  ("six weeks", 1, "DURATION", "P6W")]),

# e004 health, duration range as two expressions
("2004-05-18",
 "Researchers at the University of Otago said on Monday that patients who took the drug daily for "
 "between three and five years had half the rate of relapse. The trial, which began in 1998, "
 "followed 2,400 adults for 62 months on average. Side effects appeared within weeks in about one "
 "in ten patients. Results of a larger study are due in the first half of 2006, the team said.",
 [("Monday", 1, "DATE", "2004-05-17"),
  ("daily", 1, "SET", "P1D"),
  ("three", 1, "DURATION", "P3Y"),
  ("five years", 1, "DURATION", "P5Y"),
  ("1998", 1, "DATE", "1998"),
  ("62 months", 1, "DURATION", "P62M"),
  ("weeks", 1, "DURATION", "PXW"),
  ("the first half of 2006", 1, "DATE", "2006-H1")]),

# e005 sport, marathon, clock-style durations
("2003-04-14",
 "LONDON, April 14 - Kenya's Joseph Ngeny won the London Marathon on Sunday in 2:07:56, the "
 "fastest time on the course in four years. Ngeny, 29, broke away from the leading group after "
 "about an hour and a half and ran the second half in 1:03:10. The women's race was won by "
 "Britain's Sally Marsh in 2:21:45, more than two minutes ahead of the field. Ngeny said he would "
 "rest for a month before deciding on a race for the autumn.",
 [("April 14", 1, "DATE", "2003-04-14"),
  ("Sunday", 1, "DATE", "2003-04-13"),
  ("2:07:56", 1, "DURATION", "PT2H7M56S"),
  ("four years", 1, "DURATION", "P4Y"),
  ("about an hour and a half", 1, "DURATION", "PT90M"),
  ("1:03:10", 1, "DURATION", "PT1H3M10S"),
  ("2:21:45", 1, "DURATION", "PT2H21M45S"),
  ("more than two minutes", 1, "DURATION", "PT2M"),
  ("a month", 1, "DURATION", "P1M"),
  ("the autumn", 1, "DATE", "2003-FA")]),

# e006 disaster, floods
("1997-07-24",
 "WARSAW, July 24 - Flood waters on the Oder began to recede on Thursday after rising for more than "
 "two weeks, but officials warned that the danger would last into August. At least 54 people have "
 "died since the rains began on July 6. Forecasters expect more storms late Friday and over the "
 "weekend. 'We have not seen water like this since 1903,' a local mayor said.",
 [("July 24", 1, "DATE", "1997-07-24"),
  ("Thursday", 1, "DATE", "1997-07-24"),
  ("more than two weeks", 1, "DURATION", "P2W"),
  ("August", 1, "DATE", "1997-08"),
  ("July 6", 1, "DATE", "1997-07-06"),
  ("late Friday", 1, "DATE", "1997-07-25"),
  ("the weekend", 1, "DATE", "1997-W30-WE"),
  ("1903", 1, "DATE", "1903")]),

# e007 retelling, D-Day anniversary
("1994-06-06",
 "Veterans gathered on the beaches of Normandy on Monday, fifty years after the landings of "
 "June 6, 1944. Among them was Arthur Bell, 71, who came ashore at Gold Beach shortly after "
 "7:30 a.m. 'By that evening we had moved two miles inland,' he said. Three days later his unit "
 "reached Bayeux, and by the end of August Paris was free. Bell has returned every June since 1984.",
 [("Monday", 1, "DATE", "1994-06-06"),
  ("fifty years", 1, "DURATION", "P50Y"),
  ("June 6, 1944", 1, "DATE", "1944-06-06"),
  ("7:30 a.m.", 1, "TIME", "1944-06-06T07:30"),
  ("that evening", 1, "TIME", "1944-06-06TEV"),
  ("Three days", 1, "DURATION", "P3D"),
  ("the end of August", 1, "DATE", "1944-08"),
  ("every June", 1, "SET", "XXXX-06"),
  ("1984", 1, "DATE", "1984")]),

# e008 business, Japanese half-year results
("2000-11-09",
 "TOKYO, Nov 9 - Sanko Electric said its group net profit for the six months to September 30 more "
 "than doubled, and it raised its forecast for the fiscal year ending March 31, 2001. The company "
 "said demand for mobile phone parts would stay strong through December but might slow in 2002. "
 "Its shares rose 4.2 percent to 1,998 yen this morning.",
 [("Nov 9", 1, "DATE", "2000-11-09"),
  ("the six months", 1, "DURATION", "P6M"),
  ("September 30", 1, "DATE", "2000-09-30"),
  ("March 31, 2001", 1, "DATE", "2001-03-31"),
  ("December", 1, "DATE", "2000-12"),
  ("2002", 1, "DATE", "2002"),
  ("this morning", 1, "TIME", "2000-11-09TMO")]),

# e009 health, sets
("2006-09-27",
 "Health officials in Ontario are urging adults over 65 to get a flu shot every autumn and to have "
 "their blood pressure checked twice a year. Clinics will be open on Saturdays from October 14, and "
 "nurses will visit care homes every other week until the end of March. Last winter's outbreak kept "
 "some hospitals full for six weeks.",
 [("every autumn", 1, "SET", "XXXX-FA"),
  ("twice a year", 1, "SET", "P1Y"),
  ("Saturdays", 1, "SET", "XXXX-WXX-6"),
  ("October 14", 1, "DATE", "2006-10-14"),
  ("every other week", 1, "SET", "P2W"),
  ("the end of March", 1, "DATE", "2007-03"),
  ("Last winter", 1, "DATE", "2005-WI"),
  ("six weeks", 1, "DURATION", "P6W")]),

# e010 obituary
("2001-06-05",
 "Margaret Hale, who ran the village shop in Thornby for 43 years, died on Sunday at the age of 88. "
 "Born in 1913, she opened the shop in the spring of 1948 with her husband, Tom, who died in 1979. "
 "During the winter of 1963, when snow cut the village off for nine days, she kept it open around "
 "the clock. She retired in 1991 and spent the past ten years writing a history of the parish.",
 [("43 years", 1, "DURATION", "P43Y"),
  ("Sunday", 1, "DATE", "2001-06-03"),
  ("1913", 1, "DATE", "1913"),
  ("the spring of 1948", 1, "DATE", "1948-SP"),
  ("1979", 1, "DATE", "1979"),
  ("the winter of 1963", 1, "DATE", "1963-WI"),
  ("nine days", 1, "DURATION", "P9D"),
  ("1991", 1, "DATE", "1991"),
  ("the past ten years", 1, "DURATION", "P10Y")]),

# e011 politics, German unification talks
("1990-06-14",
 "BONN, June 14 - East and West German negotiators agreed on Thursday to meet every Monday until "
 "the treaty is signed, and officials said monetary union could take effect as early as July 1. A "
 "second round of talks on defence is planned for next week. Elections across the whole of Germany "
 "are expected in December, less than six months away.",
 [("June 14", 1, "DATE", "1990-06-14"),
  ("Thursday", 1, "DATE", "1990-06-14"),
  ("every Monday", 1, "SET", "XXXX-WXX-1"),
  ("July 1", 1, "DATE", "1990-07-01"),
  ("next week", 1, "DATE", "1990-W25"),
  ("December", 1, "DATE", "1990-12"),
  ("less than six months", 1, "DURATION", "P6M")]),

# e012 courts, sentencing
("2002-02-14",
 "A Brisbane man was sentenced on Thursday to between six and eight years in prison for a string "
 "of armed robberies committed from March to November 2000. Justice Helen Crane said the man, 34, "
 "had shown no remorse. He will be eligible for parole in four years. Most of the robberies took "
 "place on Friday nights, the court heard.",
 [("Thursday", 1, "DATE", "2002-02-14"),
  ("six", 1, "DURATION", "P6Y"),
  ("eight years", 1, "DURATION", "P8Y"),
  ("March", 1, "DATE", "2000-03"),
  ("November 2000", 1, "DATE", "2000-11"),
  ("four years", 1, "DATE", "2006"),
  ("Friday nights", 1, "SET", "XXXX-WXX-5TNI")]),

# e013 science, space probe
("2008-04-29",
 "The probe will spend the next 18 months mapping the planet's surface and should send back its "
 "first images by mid-June, mission managers said on Tuesday. One orbit takes 110 minutes, so the "
 "craft passes over each site roughly every two hours. Engineers have until the end of the decade "
 "to decide whether to extend the mission, which has cost $320 million since 2003.",
 [("the next 18 months", 1, "DURATION", "P18M"),
  ("mid-June", 1, "DATE", "2008-06"),
  ("Tuesday", 1, "DATE", "2008-04-29"),
  ("110 minutes", 1, "DURATION", "PT110M"),
  ("roughly every two hours", 1, "SET", "PT2H"),
  ("the end of the decade", 1, "DATE", "200"),
  ("2003", 1, "DATE", "2003")]),

# e014 sport, football; negatives (second half, march, age, score)
("2012-08-06",
 "MANCHESTER, Aug 6 - United's new signing scored twice in the second half on Sunday as the club "
 "beat Porto 3-1 in its final pre-season friendly. The 22-year-old, who joined in May for 18 million "
 "pounds, had been out for three months with a knee injury. 'He will march straight into the team,' "
 "the manager said. The Premier League season starts on August 18.",
 [("Aug 6", 1, "DATE", "2012-08-06"),
  ("Sunday", 1, "DATE", "2012-08-05"),
  ("May", 1, "DATE", "2012-05"),
  ("three months", 1, "DURATION", "P3M"),
  ("August 18", 1, "DATE", "2012-08-18")]),

# e015 retelling, Titanic feature
("1999-04-13",
 "Shortly before midnight on April 14, 1912, the Titanic struck an iceberg south of Newfoundland. "
 "Less than three hours later the ship was gone; it sank at 2:20 a.m. The Carpathia arrived at about "
 "4 a.m. and spent the next four hours picking up survivors. Three days later they reached New "
 "York. The liner had left Southampton on Wednesday, April 10. A museum exhibit opening in Belfast "
 "on Saturday marks the 87th anniversary of the sinking.",
 [("midnight", 1, "TIME", "1912-04-14T24:00"),
  ("April 14, 1912", 1, "DATE", "1912-04-14"),
  ("Less than three hours", 1, "DURATION", "PT3H"),
  ("2:20 a.m.", 1, "TIME", "1912-04-15T02:20"),
  ("about 4 a.m.", 1, "TIME", "1912-04-15T04:00"),
  ("the next four hours", 1, "DURATION", "PT4H"),
  ("Three days", 1, "DURATION", "P3D"),
  ("Wednesday, April 10", 1, "DATE", "1912-04-10"),
  ("Saturday", 1, "DATE", "1999-04-17")]),

# e016 markets
("1998-08-28",
 "Stocks fell for the fifth session in a row on Friday, leaving the Dow down 9 percent in August and "
 "on course for its worst month since October 1987. The index has lost 1,200 points over the past "
 "six weeks. 'The second quarter was bad, the third quarter will be worse,' one strategist said. "
 "Traders now expect the Fed to cut rates before year-end, perhaps as soon as its September 29 "
 "meeting.",
 [("Friday", 1, "DATE", "1998-08-28"),
  ("August", 1, "DATE", "1998-08"),
  ("October 1987", 1, "DATE", "1987-10"),
  ("the past six weeks", 1, "DURATION", "P6W"),
  ("The second quarter", 1, "DATE", "1998-Q2"),
  ("the third quarter", 1, "DATE", "1998-Q3"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("year-end", 1, "DATE", "1998"),
  ("September 29", 1, "DATE", "1998-09-29")]),

# e017 politics, local ballot
("2016-11-09",
 "Voters in the city approved a bond measure on Tuesday that will fund road repairs over the coming "
 "decade. The measure, which needed two-thirds support, passed with 68 percent. Work on the first "
 "projects could start as early as next spring, the mayor said, and the city will report on progress "
 "quarterly. A similar measure failed in 2008 and again in 2012.",
 [("Tuesday", 1, "DATE", "2016-11-08"),
  ("the coming decade", 1, "DURATION", "P10Y"),
  ("next spring", 1, "DATE", "2017-SP"),
  ("quarterly", 1, "SET", "P3M"),
  ("2008", 1, "DATE", "2008"),
  ("2012", 1, "DATE", "2012")]),

# e018 weather, snow
("2005-12-02",
 "Heavy snow closed schools across northern Japan on Friday for the second time this week, and "
 "forecasters said the cold would last until the middle of next week. Some areas received 1.2 metres "
 "of snow in 36 hours. Temperatures have been below freezing since the day before yesterday, and "
 "some mountain roads may not reopen until Sunday afternoon.",
 [("Friday", 1, "DATE", "2005-12-02"),
  ("this week", 1, "DATE", "2005-W48"),
  ("the middle of next week", 1, "DATE", "2005-W49"),
  ("36 hours", 1, "DURATION", "PT36H"),
  ("the day before yesterday", 1, "DATE", "2005-11-30"),
  ("Sunday afternoon", 1, "TIME", "2005-12-04TAF")]),

# e019 business, quarter ended
("2003-08-01",
 "CHICAGO (Reuters) - Midland Rail Corp on Friday reported net income of $41 million for the "
 "quarter ended June 30, up from $35 million a year earlier. Revenue in the first half rose 6 "
 "percent. The company said it would pay a dividend of 12 cents a share on September 15 and expects "
 "capital spending of about $300 million in 2004.",
 [("Friday", 1, "DATE", "2003-08-01"),
  ("the quarter", 1, "DATE", "2003-Q2"),
  ("June 30", 1, "DATE", "2003-06-30"),
  ("a year", 1, "DURATION", "P1Y"),
  ("the first half", 1, "DATE", "2003-H1"),
  ("September 15", 1, "DATE", "2003-09-15"),
  ("2004", 1, "DATE", "2004")]),

# e020 inquest retelling 1989
("2007-01-16",
 "An inquest opened in Glasgow on Tuesday into the death of a 17-year-old who vanished after a party "
 "in the winter of 1989. Karen Dale was last seen at 11:15 p.m. on Saturday, December 16, 1989, "
 "walking home along the canal. Her coat was found by a fisherman two days later, but her body was "
 "not recovered until the following spring. The hearing, adjourned until next Monday, is expected "
 "to last a fortnight.",
 [("Tuesday", 1, "DATE", "2007-01-16"),
  ("the winter of 1989", 1, "DATE", "1989-WI"),
  ("11:15 p.m.", 1, "TIME", "1989-12-16T23:15"),
  ("Saturday, December 16, 1989", 1, "DATE", "1989-12-16"),
  ("two days", 1, "DURATION", "P2D"),
  ("the following spring", 1, "DATE", "1990-SP"),
  ("next Monday", 1, "DATE", "2007-01-22"),
  ("a fortnight", 1, "DURATION", "P2W")]),
]

ITEMS += [
# e021 business, fiscal year ending in June
("2010-10-21",
 "SEATTLE, Oct 21 - Norland Software said on Thursday that revenue for the three months ended "
 "September 30 rose 12 percent, and it raised its forecast for fiscal 2011, which ends next June. "
 "The company said growth would slow in the coming months as PC sales weaken. It last raised its "
 "forecast in April.",
 [("Oct 21", 1, "DATE", "2010-10-21"),
  ("Thursday", 1, "DATE", "2010-10-21"),
  ("the three months", 1, "DURATION", "P3M"),
  ("September 30", 1, "DATE", "2010-09-30"),
  ("fiscal 2011", 1, "DATE", "FY2011"),
  ("next June", 1, "DATE", "2011-06"),
  ("the coming months", 1, "DURATION", "PXM"),
  ("April", 1, "DATE", "2010-04")]),

# e022 sport, parade; `now` as discourse word (SCHEME: PRESENT_REF)
("1993-10-26",
 "TORONTO, Oct 26 - A million fans lined the streets on Tuesday to celebrate the Blue Jays' second "
 "straight World Series title, won on Saturday night with a home run in the ninth inning. The "
 "parade lasted more than four hours. The club, which drew four million fans this year, will "
 "report to Florida for training camp in mid-February. 'Two in a row - now we want three,' said one "
 "fan, 19.",
 [("Oct 26", 1, "DATE", "1993-10-26"),
  ("Tuesday", 1, "DATE", "1993-10-26"),
  ("Saturday night", 1, "TIME", "1993-10-23TNI"),
  ("more than four hours", 1, "DURATION", "PT4H"),
  ("this year", 1, "DATE", "1993"),
  ("mid-February", 1, "DATE", "1994-02"),
  ("now", 1, "DATE", "PRESENT_REF")]),

# e023 health, pandemic measures
("2020-04-15",
 "Hospital admissions for the virus fell again on Wednesday, but the health minister said "
 "restrictions would stay in place for at least another three weeks. 'We are now in the most "
 "dangerous phase,' she said. Officials will review the measures every 21 days, and schools will "
 "not reopen before June. Testing capacity has grown tenfold since mid-March, when only a few "
 "hundred tests were run.",
 [("Wednesday", 1, "DATE", "2020-04-15"),
  ("at least another three weeks", 1, "DURATION", "P3W"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("every 21 days", 1, "SET", "P21D"),
  ("June", 1, "DATE", "2020-06"),
  ("mid-March", 1, "DATE", "2020-03")]),

# e024 disaster, earthquake aftermath; duration range
("1995-02-03",
 "KOBE, Japan, Feb 3 - More than two weeks after the earthquake that struck at 5:46 a.m. on January "
 "17, some 300,000 people are still living in schools and gyms. Water has been restored to half the "
 "city, and officials hope to have gas back by the end of March. Rebuilding the port could take two "
 "to three years, the city said on Friday. The quake itself lasted about 20 seconds.",
 [("Feb 3", 1, "DATE", "1995-02-03"),
  ("More than two weeks", 1, "DURATION", "P2W"),
  ("5:46 a.m.", 1, "TIME", "1995-01-17T05:46"),
  ("January 17", 1, "DATE", "1995-01-17"),
  ("the end of March", 1, "DATE", "1995-03"),
  ("two", 2, "DURATION", "P2Y"),
  ("three years", 1, "DURATION", "P3Y"),
  ("Friday", 1, "DATE", "1995-02-03"),
  ("about 20 seconds", 1, "DURATION", "PT20S")]),

# e025 politics; `march` as a verb, `May` as month twice
("2018-05-22",
 "ROME, May 22 (Reuters) - Italy's president will decide by the end of the week whether to accept "
 "the coalition's choice of prime minister, ending more than 11 weeks of deadlock since the March 4 "
 "election. The two parties, which say they will march together on spending, want their programme "
 "passed within the first 100 days. Italian bonds have fallen for most of May.",
 [("May 22", 1, "DATE", "2018-05-22"),
  ("the end of the week", 1, "DATE", "2018-W21"),
  ("more than 11 weeks", 1, "DURATION", "P11W"),
  ("March 4", 1, "DATE", "2018-03-04"),
  ("the first 100 days", 1, "DURATION", "P100D"),
  ("May", 2, "DATE", "2018-05")]),

# e026 courts, retelling a 1977 night
("2014-02-11",
 "A retired navy officer went on trial in Buenos Aires on Tuesday over the disappearance of a student "
 "in October 1977. The court heard that Pablo Núñez was taken from his parents' home at around 3 a.m. "
 "on Thursday, October 20, 1977, and held for eleven days at a naval base. His mother had last spoken "
 "to him the evening before. The hearing opened with a minute's silence, and the trial is expected "
 "to run until December.",
 [("Tuesday", 1, "DATE", "2014-02-11"),
  ("October 1977", 1, "DATE", "1977-10"),
  ("around 3 a.m.", 1, "TIME", "1977-10-20T03:00"),
  ("Thursday, October 20, 1977", 1, "DATE", "1977-10-20"),
  ("eleven days", 1, "DURATION", "P11D"),
  ("the evening before", 1, "TIME", "1977-10-19TEV"),
  ("December", 1, "DATE", "2014-12")]),

# e027 economy
("1991-03-08",
 "WASHINGTON, March 8 - The U.S. jobless rate rose to 6.5 percent in February, its highest level in "
 "four years, the Labor Department said on Friday. Employers have cut 1.2 million jobs since last "
 "summer. Economists said the recession, which began last July, could end by mid-year if consumer "
 "spending recovers after the Gulf war. The report is published monthly.",
 [("March 8", 1, "DATE", "1991-03-08"),
  ("February", 1, "DATE", "1991-02"),
  ("four years", 1, "DURATION", "P4Y"),
  ("Friday", 1, "DATE", "1991-03-08"),
  ("last summer", 1, "DATE", "1990-SU"),
  ("last July", 1, "DATE", "1990-07"),
  ("mid-year", 1, "DATE", "1991"),
  ("monthly", 1, "SET", "P1M")]),

# e028 science, climate; decades
("2024-03-06",
 "This February was the warmest on record, the Copernicus service said on Wednesday. Global "
 "temperatures over the past 12 months averaged 1.56C above pre-industrial levels. Scientists "
 "expect El Nino to fade by early summer, but said the 2020s would almost certainly be the hottest "
 "decade since records began in the 1850s.",
 [("This February", 1, "DATE", "2024-02"),
  ("Wednesday", 1, "DATE", "2024-03-06"),
  ("the past 12 months", 1, "DURATION", "P12M"),
  ("early summer", 1, "DATE", "2024-SU"),
  ("the 2020s", 1, "DATE", "202"),
  ("the 1850s", 1, "DATE", "185")]),

# e029 markets, Asian crisis
("1997-12-19",
 "SEOUL, Dec 19 - Stocks rallied on Friday as the IMF released a second tranche of aid, but analysts "
 "said Korea faces at least two years of slow growth. The won has lost half its value since October. "
 "The government says it will repay the loans early next century, and banks must report to "
 "regulators every two weeks until further notice.",
 [("Dec 19", 1, "DATE", "1997-12-19"),
  ("Friday", 1, "DATE", "1997-12-19"),
  ("at least two years", 1, "DURATION", "P2Y"),
  ("October", 1, "DATE", "1997-10"),
  ("early next century", 1, "DATE", "20"),
  ("every two weeks", 1, "SET", "P2W")]),

# e030 obituary
("2022-09-13",
 "Jean-Luc Moreau, the film director who made his first feature at 24, died on Tuesday at his home "
 "in Rolle. He was 91. Born in Paris on December 3, 1930, he spent the 1950s writing criticism before "
 "his debut in 1960, shot in just 23 days. Over the next six decades he made more than 40 films, the "
 "last of them in 2018. He had said for years that he would stop 'when the time comes'.",
 [("Tuesday", 1, "DATE", "2022-09-13"),
  ("December 3, 1930", 1, "DATE", "1930-12-03"),
  ("the 1950s", 1, "DATE", "195"),
  ("1960", 1, "DATE", "1960"),
  ("23 days", 1, "DURATION", "P23D"),
  ("the next six decades", 1, "DURATION", "P60Y"),
  ("2018", 1, "DATE", "2018"),
  ("years", 1, "DURATION", "PXY")]),

# e031 sport, golf; times of day
("2025-06-18",
 "Play was suspended for two hours on Wednesday afternoon as thunderstorms swept across the course, "
 "and the first round will not be completed until Thursday morning. Organisers said tee times would "
 "start at 6:45 a.m. Defending champion Lee Kwan, who has won the title three times in the past five "
 "years, was two under par after 11 holes.",
 [("two hours", 1, "DURATION", "PT2H"),
  ("Wednesday afternoon", 1, "TIME", "2025-06-18TAF"),
  ("Thursday morning", 1, "TIME", "2025-06-19TMO"),
  ("6:45 a.m.", 1, "TIME", "2025-06-19T06:45"),
  ("the past five years", 1, "DURATION", "P5Y")]),

# e032 retelling, Berlin airlift anniversary
("1999-05-12",
 "Fifty years ago today, the Soviet Union lifted its blockade of West Berlin. For almost eleven "
 "months, from June 1948 to May 1949, Western aircraft had flown in food and coal, at the peak landing "
 "every three minutes. On the Easter Sunday of 1949 alone, crews made 1,398 flights. The airlift went "
 "on until September 30, four and a half months after the blockade ended.",
 [("Fifty years ago today", 1, "DATE", "1949-05-12"),
  ("almost eleven months", 1, "DURATION", "P11M"),
  ("June 1948", 1, "DATE", "1948-06"),
  ("May 1949", 1, "DATE", "1949-05"),
  ("every three minutes", 1, "SET", "PT3M"),
  ("the Easter Sunday of 1949", 1, "DATE", "1949-04-17"),
  ("September 30", 1, "DATE", "1949-09-30"),
  ("four and a half months", 1, "DURATION", "P4.5M")]),

# e033 business, quarters; month range
("2009-07-16",
 "Shares in chipmaker Veltron jumped 9 percent in early trading on Thursday after it posted a "
 "surprise profit for the second quarter and said the worst of the downturn was now behind it. Sales "
 "in the April-June period fell 18 percent from a year ago but rose 25 percent from the first "
 "quarter. The company expects a return to growth in the fourth quarter and plans to restore full "
 "working weeks from August 3.",
 [("Thursday", 1, "DATE", "2009-07-16"),
  ("the second quarter", 1, "DATE", "2009-Q2"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("April", 1, "DATE", "2009-04"),
  ("June", 1, "DATE", "2009-06"),
  ("a year ago", 1, "DATE", "2008-Q2"),
  ("the first quarter", 1, "DATE", "2009-Q1"),
  ("the fourth quarter", 1, "DATE", "2009-Q4"),
  ("August 3", 1, "DATE", "2009-08-03")]),

# e034 crime, Atlanta park bombing
("1996-07-30",
 "ATLANTA, July 30 - Centennial Olympic Park reopened on Tuesday morning, three days after a pipe "
 "bomb exploded there at 1:20 a.m. on Saturday, killing one woman. A warning call was made about 20 "
 "minutes before the blast. Thousands returned for a memorial service at 10 a.m. The Games end on "
 "Sunday.",
 [("July 30", 1, "DATE", "1996-07-30"),
  ("Tuesday morning", 1, "TIME", "1996-07-30TMO"),
  ("three days", 1, "DURATION", "P3D"),
  ("1:20 a.m.", 1, "TIME", "1996-07-27T01:20"),
  ("Saturday", 1, "DATE", "1996-07-27"),
  ("about 20 minutes", 1, "DURATION", "PT20M"),
  ("10 a.m.", 1, "TIME", "1996-07-30T10:00"),
  ("Sunday", 1, "DATE", "1996-08-04")]),

# e035 weather, hurricane
("2017-09-08",
 "MIAMI, Sept 8 - Hurricane Irma is expected to reach the Florida Keys early Sunday, and officials "
 "ordered 650,000 people to leave before Saturday morning. The storm, which has been a Category 5 for "
 "more than 60 hours, could bring a surge of up to 3 metres. Gas stations have been running dry for "
 "days. Forecasters update the track every six hours.",
 [("Sept 8", 1, "DATE", "2017-09-08"),
  ("early Sunday", 1, "DATE", "2017-09-10"),
  ("Saturday morning", 1, "TIME", "2017-09-09TMO"),
  ("more than 60 hours", 1, "DURATION", "PT60H"),
  ("days", 1, "DURATION", "PXD"),
  ("every six hours", 1, "SET", "PT6H")]),

# e036 politics, primaries
("2000-03-08",
 "Senator Ray Dunn won nine of the 13 states that voted on Tuesday, and his rival said early this "
 "morning that he would 'take the next few days to think'. The nominating conventions are in August. "
 "Dunn, who trailed by 20 points last autumn, now needs fewer than 300 delegates. The next primaries "
 "are on March 14.",
 [("Tuesday", 1, "DATE", "2000-03-07"),
  ("early this morning", 1, "TIME", "2000-03-08TMO"),
  ("the next few days", 1, "DURATION", "PXD"),
  ("August", 1, "DATE", "2000-08"),
  ("last autumn", 1, "DATE", "1999-FA"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("March 14", 1, "DATE", "2000-03-14")]),

# e037 sport, Olympics close
("1992-08-10",
 "BARCELONA, Aug 10 - The Games closed on Sunday night after 16 days of competition. In the men's "
 "marathon, won in 2:13:23, the leaders passed halfway in 1:05. Organisers said the city had spent "
 "six years preparing. The next Summer Olympics open in Atlanta in July 1996.",
 [("Aug 10", 1, "DATE", "1992-08-10"),
  ("Sunday night", 1, "TIME", "1992-08-09TNI"),
  ("16 days", 1, "DURATION", "P16D"),
  ("2:13:23", 1, "DURATION", "PT2H13M23S"),
  ("1:05", 1, "DURATION", "PT1H5M"),
  ("six years", 1, "DURATION", "P6Y"),
  ("July 1996", 1, "DATE", "1996-07")]),

# e038 science, comet impacts
("1994-07-18",
 "Fragments of comet Shoemaker-Levy 9 have been striking Jupiter since Saturday, and astronomers said "
 "the largest, fragment G, hit at 7:33 GMT on Monday, leaving a dark spot bigger than Earth. The "
 "impacts will continue until Friday. The comet was discovered in March 1993 and broke apart when it "
 "passed close to the planet in July 1992. 'We will be studying these images for years,' one "
 "scientist said.",
 [("Saturday", 1, "DATE", "1994-07-16"),
  ("7:33 GMT", 1, "TIME", "1994-07-18T07:33"),
  ("Monday", 1, "DATE", "1994-07-18"),
  ("Friday", 1, "DATE", "1994-07-22"),
  ("March 1993", 1, "DATE", "1993-03"),
  ("July 1992", 1, "DATE", "1992-07"),
  ("years", 1, "DURATION", "PXY")]),

# e039 courts, verdict
("2021-11-19",
 "After deliberating for about 25 hours over four days, a jury in Ohio on Friday found a former "
 "police officer not guilty of manslaughter over a shooting in June 2020. Prosecutors said they "
 "would decide within 30 days whether to appeal. The officer, 29, had been on leave since the "
 "shooting. The judge thanked jurors, who had been sequestered since November 8.",
 [("about 25 hours", 1, "DURATION", "PT25H"),
  ("four days", 1, "DURATION", "P4D"),
  ("Friday", 1, "DATE", "2021-11-19"),
  ("June 2020", 1, "DATE", "2020-06"),
  ("30 days", 1, "DURATION", "P30D"),
  ("November 8", 1, "DATE", "2021-11-08")]),

# e040 transport, sets
("2015-01-05",
 "From this week, trains on the Lakeside line will run every 15 minutes at peak times and hourly in "
 "the evenings, the operator said. A night bus will run on Fridays and Saturdays, and fares will rise "
 "annually in line with inflation. Engineering work will close the line on alternate Sundays until "
 "Easter.",
 [("this week", 1, "DATE", "2015-W02"),
  ("every 15 minutes", 1, "SET", "PT15M"),
  ("hourly", 1, "SET", "PT1H"),
  ("the evenings", 1, "SET", "XXXX-XX-XXTEV"),
  ("Fridays", 1, "SET", "XXXX-WXX-5"),
  ("Saturdays", 1, "SET", "XXXX-WXX-6"),
  ("annually", 1, "SET", "P1Y"),
  ("alternate Sundays", 1, "SET", "XXXX-WXX-7"),
  ("Easter", 1, "DATE", "2015-04-05")]),

# e041 politics; May as a name and a verb, march as a verb
("2017-03-28",
 "LONDON, March 28 - Prime Minister Theresa May signed the letter triggering Britain's exit from the "
 "European Union on Tuesday evening, and it will be delivered in Brussels at about 12:30 p.m. on "
 "Wednesday. Talks must be completed within two years. May told the cabinet the process 'may be "
 "difficult but will not be long'. Thousands are expected to march through London on Saturday in "
 "protest.",
 [("March 28", 1, "DATE", "2017-03-28"),
  ("Tuesday evening", 1, "TIME", "2017-03-28TEV"),
  ("about 12:30 p.m.", 1, "TIME", "2017-03-29T12:30"),
  ("Wednesday", 1, "DATE", "2017-03-29"),
  ("two years", 1, "DURATION", "P2Y"),
  ("Saturday", 1, "DATE", "2017-04-01")]),

# e042 courts, trial retelling 1988
("2000-05-03",
 "CAMP ZEIST, Netherlands, May 3 - Prosecutors opened the trial of two Libyans on Wednesday by taking "
 "the court back to December 21, 1988. Pan Am Flight 103 left Heathrow at 6:25 p.m. that Wednesday "
 "and exploded over Lockerbie 38 minutes later. Debris fell over an area of 845 square miles. The "
 "trial is expected to last a year.",
 [("May 3", 1, "DATE", "2000-05-03"),
  ("Wednesday", 1, "DATE", "2000-05-03"),
  ("December 21, 1988", 1, "DATE", "1988-12-21"),
  ("6:25 p.m.", 1, "TIME", "1988-12-21T18:25"),
  ("that Wednesday", 1, "DATE", "1988-12-21"),
  ("38 minutes", 1, "DURATION", "PT38M"),
  ("a year", 1, "DURATION", "P1Y")]),

# e043 business, retail; holidays
("2004-12-27",
 "LONDON, Dec 27 - Shoppers queued from 5 a.m. on Boxing Day for the start of the sales, and "
 "retailers said trading in the run-up to Christmas was the best in five years. Sales in the fourth "
 "quarter are expected to rise 4 percent. The British Retail Consortium will publish December figures "
 "on January 11. Some stores will stay open until 10 p.m.",
 [("Dec 27", 1, "DATE", "2004-12-27"),
  ("5 a.m.", 1, "TIME", "2004-12-26T05:00"),
  ("Boxing Day", 1, "DATE", "2004-12-26"),
  ("Christmas", 1, "DATE", "2004-12-25"),
  ("five years", 1, "DURATION", "P5Y"),
  ("the fourth quarter", 1, "DATE", "2004-Q4"),
  ("December", 1, "DATE", "2004-12"),
  ("January 11", 1, "DATE", "2005-01-11"),
  ("10 p.m.", 1, "TIME", "2004-12-27T22:00")]),

# e044 politics, Moscow coup
("1991-08-22",
 "MOSCOW, Aug 22 - Mikhail Gorbachev returned to Moscow early on Thursday after three days under "
 "house arrest in the Crimea. The coup leaders, who seized power on Monday, gave up on Wednesday "
 "afternoon as crowds kept up their vigil outside the Russian parliament. Gorbachev said he would "
 "speak to the nation later today.",
 [("Aug 22", 1, "DATE", "1991-08-22"),
  ("Thursday", 1, "DATE", "1991-08-22"),
  ("three days", 1, "DURATION", "P3D"),
  ("Monday", 1, "DATE", "1991-08-19"),
  ("Wednesday afternoon", 1, "TIME", "1991-08-21TAF"),
  ("later today", 1, "DATE", "1991-08-22")]),

# e045 health, vaccine; `may` as a verb
("2023-01-24",
 "A vaccine against RSV cut hospital admissions among older adults by 82 percent, according to trial "
 "results published on Tuesday. Participants, aged 60 and over, were followed for an average of 15 "
 "months. Regulators could decide on approval by early May, and the first shots might be available "
 "before next winter. Protection appears to wane after about two years, so a booster every other "
 "year may be needed.",
 [("Tuesday", 1, "DATE", "2023-01-24"),
  ("15 months", 1, "DURATION", "P15M"),
  ("early May", 1, "DATE", "2023-05"),
  ("next winter", 1, "DATE", "2023-WI"),
  ("about two years", 1, "DURATION", "P2Y"),
  ("every other year", 1, "SET", "P2Y")]),
]

ITEMS += [
# e046 business, year ranges as two expressions
("2016-02-25",
 "Mining group Kestrel reported a net loss of $2.1 billion for 2015 on Thursday, after iron ore prices "
 "fell by half over 2014-2015. The company cut its dividend for the first time since 1999-2000 and "
 "said spending would stay low through 2016-2018. Chief executive Ian Moss said prices might recover "
 "'within a year and a half'.",
 [("2015", 1, "DATE", "2015"),
  ("Thursday", 1, "DATE", "2016-02-25"),
  ("2014", 1, "DATE", "2014"),
  ("2015", 2, "DATE", "2015"),
  ("1999", 1, "DATE", "1999"),
  ("2000", 1, "DATE", "2000"),
  ("2016", 1, "DATE", "2016"),
  ("2018", 1, "DATE", "2018"),
  ("a year and a half", 1, "DURATION", "P18M")]),

# e047 retelling, Dallas 1963 on its 40th anniversary
("2003-11-22",
 "Forty years ago, on Friday, November 22, 1963, President Kennedy was shot as his motorcade passed "
 "through Dealey Plaza at 12:30 p.m. He was pronounced dead half an hour later. Lyndon Johnson was "
 "sworn in aboard Air Force One that afternoon, and by then the police had arrested Lee Harvey Oswald. "
 "Two days later Oswald himself was shot. Kennedy had visited Texas earlier that year to raise money "
 "for the 1964 campaign.",
 [("Forty years ago", 1, "DATE", "1963"),
  ("Friday, November 22, 1963", 1, "DATE", "1963-11-22"),
  ("12:30 p.m.", 1, "TIME", "1963-11-22T12:30"),
  ("half an hour", 1, "DURATION", "PT30M"),
  ("that afternoon", 1, "TIME", "1963-11-22TAF"),
  ("then", 1, "DATE", "1963-11-22"),
  ("Two days", 1, "DURATION", "P2D"),
  ("earlier that year", 1, "DATE", "1963"),
  ("1964", 1, "DATE", "1964")]),

# e048 sport, cricket; ordinal Tests are not times
("2019-09-09",
 "MANCHESTER, Sept 9 - Australia retained the Ashes on Sunday, bowling England out with about 15 "
 "overs left on the final day of the fourth Test. Steve Smith, who missed the second Test with "
 "concussion, has scored 671 runs in the series. The fifth Test starts at The Oval on Thursday. "
 "Australia had not won a series in England since 2001, 18 years ago.",
 [("Sept 9", 1, "DATE", "2019-09-09"),
  ("Sunday", 1, "DATE", "2019-09-08"),
  ("the final day", 1, "DATE", "2019-09-08"),
  ("Thursday", 1, "DATE", "2019-09-12"),
  ("2001", 1, "DATE", "2001"),
  ("18 years ago", 1, "DATE", "2001")]),

# e049 disaster, Mississippi flood
("1993-07-19",
 "ST. LOUIS, July 19 - The Mississippi rose another foot over the weekend and is expected to crest at "
 "47 feet late Tuesday, the highest since records began in 1844. Levees that have held for weeks are "
 "now soaked through. The river has been above flood stage since April 8, the longest stretch in 20 "
 "years. Officials said it could be a month before the water falls below the danger level.",
 [("July 19", 1, "DATE", "1993-07-19"),
  ("the weekend", 1, "DATE", "1993-W28-WE"),
  ("late Tuesday", 1, "DATE", "1993-07-20"),
  ("1844", 1, "DATE", "1844"),
  ("weeks", 1, "DURATION", "PXW"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("April 8", 1, "DATE", "1993-04-08"),
  ("20 years", 1, "DURATION", "P20Y"),
  ("a month", 1, "DURATION", "P1M")]),

# e050 festival; sets (each summer, twice a month, on Sundays, yearly)
("2006-06-20",
 "The Glastonbury festival, held each summer since 1970, will take a year off in 2006 to let the "
 "farmland recover, organisers confirmed. The village market, usually held twice a month, will run on "
 "Sundays instead. The yearly fee paid to the farmer has risen to about 1 million pounds. Tickets for "
 "2007 go on sale next spring.",
 [("each summer", 1, "SET", "XXXX-SU"),
  ("1970", 1, "DATE", "1970"),
  ("a year", 1, "DURATION", "P1Y"),
  ("2006", 1, "DATE", "2006"),
  ("twice a month", 1, "SET", "P1M"),
  ("Sundays", 1, "SET", "XXXX-WXX-7"),
  ("yearly", 1, "SET", "P1Y"),
  ("2007", 1, "DATE", "2007"),
  ("next spring", 1, "DATE", "2007-SP")]),

# e051 politics, Mandela freed; `march on` as a verb
("1990-02-12",
 "CAPE TOWN, Feb 12 - Nelson Mandela, freed on Sunday after 27 years in prison, told a rally in Cape "
 "Town that he would 'march on' with the struggle. He left Victor Verster prison at 4:14 p.m. and "
 "addressed supporters from the balcony of City Hall later that evening. Mandela, 71, was jailed in "
 "1962 and sentenced to life in June 1964. Talks with the government could begin within weeks.",
 [("Feb 12", 1, "DATE", "1990-02-12"),
  ("Sunday", 1, "DATE", "1990-02-11"),
  ("27 years", 1, "DURATION", "P27Y"),
  ("4:14 p.m.", 1, "TIME", "1990-02-11T16:14"),
  ("later that evening", 1, "TIME", "1990-02-11TEV"),
  ("1962", 1, "DATE", "1962"),
  ("June 1964", 1, "DATE", "1964-06"),
  ("weeks", 1, "DURATION", "PXW")]),

# e052 business, Japanese fiscal years
("1998-05-14",
 "TOKYO - Japan's biggest carmaker said on Thursday that operating profit for fiscal 1997, which ended "
 "on March 31, fell 4 percent, its first decline in five years. It forecast flat earnings for fiscal "
 "1998 and said it would cut 2,000 jobs over the next three years. Exports to the United States have "
 "doubled over the past decade.",
 [("Thursday", 1, "DATE", "1998-05-14"),
  ("fiscal 1997", 1, "DATE", "FY1997"),
  ("March 31", 1, "DATE", "1998-03-31"),
  ("five years", 1, "DURATION", "P5Y"),
  ("fiscal 1998", 1, "DATE", "FY1998"),
  ("the next three years", 1, "DURATION", "P3Y"),
  ("the past decade", 1, "DURATION", "P10Y")]),

# e053 health, cohort study; two-digit year range
("2013-06-04",
 "A study of 90,000 nurses followed for more than a decade found that those who regularly slept less "
 "than six hours had a higher risk of heart disease. The participants, recruited in 1986-89, answered "
 "questionnaires every two years. Results were presented on Monday; a follow-up on shift work is due "
 "in the autumn.",
 [("more than a decade", 1, "DURATION", "P10Y"),
  ("less than six hours", 1, "DURATION", "PT6H"),
  ("1986", 1, "DATE", "1986"),
  ("89", 1, "DATE", "1989"),
  ("every two years", 1, "SET", "P2Y"),
  ("Monday", 1, "DATE", "2013-06-03"),
  ("the autumn", 1, "DATE", "2013-FA")]),

# e054 crime; anchored durations, `the next day` on the story calendar
("2007-08-23",
 "A man was charged with murder on Thursday, a week after an 11-year-old boy was shot dead outside a "
 "pub in Croxteth. Police arrested the suspect, 18, hours after the shooting but released him on bail "
 "the next day. Detectives said the gun had been bought in 2005-06 from a dealer in Manchester. The "
 "case will go before magistrates on Friday morning.",
 [("Thursday", 1, "DATE", "2007-08-23"),
  ("a week", 1, "DURATION", "P1W"),
  ("hours", 1, "DURATION", "PTXH"),
  ("the next day", 1, "DATE", "2007-08-17"),
  ("2005", 1, "DATE", "2005"),
  ("06", 1, "DATE", "2006"),
  ("Friday morning", 1, "TIME", "2007-08-24TMO")]),

# e055 politics, 100th day
("1993-04-29",
 "WASHINGTON, April 29 - President Clinton marked the 100th day of his presidency on Thursday with his "
 "economic package stalled in the Senate since last week. Aides said the next hundred days would focus "
 "on health care, and the president promised a plan 'within weeks, not months'. His approval rating "
 "has fallen 10 points since January.",
 [("April 29", 1, "DATE", "1993-04-29"),
  ("the 100th day", 1, "DATE", "1993-04-29"),
  ("Thursday", 1, "DATE", "1993-04-29"),
  ("last week", 1, "DATE", "1993-W16"),
  ("the next hundred days", 1, "DURATION", "P100D"),
  ("weeks", 1, "DURATION", "PXW"),
  ("months", 1, "DURATION", "PXM"),
  ("January", 1, "DATE", "1993-01")]),

# e056 business, chips; quarters named by month
("2025-01-30",
 "Chipmaker Orion said on Thursday it expects revenue in the first quarter to be flat from the "
 "previous quarter, as customers run down stock built up late last year. Sales in the December "
 "quarter rose 31 percent year-on-year. The company will spend $80 billion on new plants in the "
 "coming three years and plans to start production in Arizona by mid-2026.",
 [("Thursday", 1, "DATE", "2025-01-30"),
  ("the first quarter", 1, "DATE", "2025-Q1"),
  ("the previous quarter", 1, "DATE", "2024-Q4"),
  ("late last year", 1, "DATE", "2024"),
  ("the December quarter", 1, "DATE", "2024-Q4"),
  ("the coming three years", 1, "DURATION", "P3Y"),
  ("mid-2026", 1, "DATE", "2026")]),

# e057 retelling, Munich air disaster anniversary
("2008-02-06",
 "Fifty years ago today, the plane carrying Manchester United home from Belgrade crashed on its third "
 "attempt to take off from a snowbound Munich airport. It was 3:04 p.m. on Thursday, February 6, 1958. "
 "Twenty-three people died, among them eight players; Duncan Edwards, 21, died in hospital 15 days "
 "later. The team had drawn 3-3 in Belgrade the day before. United will hold a minute's silence before "
 "Sunday's match.",
 [("Fifty years ago today", 1, "DATE", "1958-02-06"),
  ("3:04 p.m.", 1, "TIME", "1958-02-06T15:04"),
  ("Thursday, February 6, 1958", 1, "DATE", "1958-02-06"),
  ("15 days", 1, "DURATION", "P15D"),
  ("the day before", 1, "DATE", "1958-02-05"),
  ("Sunday", 1, "DATE", "2008-02-10")]),

# e058 weather; noon, midnight, 9 AM
("2010-01-08",
 "Snow is expected to begin falling across the region around noon on Saturday and continue until "
 "midnight Sunday, the Met Office said. A red warning is in force from 9 AM on Saturday. Temperatures "
 "fell to minus 18C early on Friday, the lowest in 30 years. Gritters have worked around the clock "
 "since Christmas.",
 [("around noon", 1, "TIME", "2010-01-09T12:00"),
  ("Saturday", 1, "DATE", "2010-01-09"),
  ("midnight Sunday", 1, "TIME", "2010-01-10T24:00"),
  ("9 AM", 1, "TIME", "2010-01-09T09:00"),
  ("Saturday", 2, "DATE", "2010-01-09"),
  ("Friday", 1, "DATE", "2010-01-08"),
  ("30 years", 1, "DURATION", "P30Y"),
  ("Christmas", 1, "DATE", "2009-12-25")]),

# e059 politics, Russian run-off
("1996-07-04",
 "MOSCOW, July 4 - Boris Yeltsin won a second term in Wednesday's run-off with 54 percent of the vote, "
 "official results showed this morning. Yeltsin, 65, who has not been seen in public for a week, will "
 "be inaugurated in August. His communist rival said the result reflected 'four years of lies'.",
 [("July 4", 1, "DATE", "1996-07-04"),
  ("Wednesday", 1, "DATE", "1996-07-03"),
  ("this morning", 1, "TIME", "1996-07-04TMO"),
  ("a week", 1, "DURATION", "P1W"),
  ("August", 1, "DATE", "1996-08"),
  ("four years", 1, "DURATION", "P4Y")]),

# e060 science, comet landing
("2014-11-13",
 "The Philae lander touched down on comet 67P at 16:03 GMT on Wednesday, more than ten years after its "
 "launch in March 2004. It bounced twice and came to rest about two hours later. Its batteries will "
 "last about 60 hours, and scientists hope the surface will show what the early solar system was like.",
 [("16:03 GMT", 1, "TIME", "2014-11-12T16:03"),
  ("Wednesday", 1, "DATE", "2014-11-12"),
  ("more than ten years", 1, "DURATION", "P10Y"),
  ("March 2004", 1, "DATE", "2004-03"),
  ("about two hours", 1, "DURATION", "PT2H"),
  ("about 60 hours", 1, "DURATION", "PT60H")]),

# e061 courts, verdict on a 2004 assault
("2018-04-27",
 "A jury in Norristown found a retired talk-show host guilty late Thursday of assaulting a woman at his "
 "home on January 17, 2004. She told the court she had visited him twice a month that winter, and that "
 "he called her the following week to apologise. The defence said the accusations surfaced only in "
 "2014-2015, more than a decade later. Sentencing is set for the summer.",
 [("late Thursday", 1, "DATE", "2018-04-26"),
  ("January 17, 2004", 1, "DATE", "2004-01-17"),
  ("twice a month", 1, "SET", "P1M"),
  ("that winter", 1, "DATE", "2003-WI"),
  ("the following week", 1, "DATE", "2004-W04"),
  ("2014", 1, "DATE", "2014"),
  ("2015", 1, "DATE", "2015"),
  ("more than a decade", 1, "DURATION", "P10Y"),
  ("the summer", 1, "DATE", "2018-SU")]),

# e062 politics; `March` in a name and `march` as a noun
("1995-10-17",
 "WASHINGTON, Oct 17 - Organisers of Monday's Million Man March said on Tuesday that about 1.5 million "
 "men took part, three times the Park Police estimate of 400,000. The march, which lasted more than 12 "
 "hours, was the largest on the Mall since 1963. Speakers were still addressing the crowd at 7 p.m. "
 "Farrakhan, 62, said another rally would be held in ten years.",
 [("Oct 17", 1, "DATE", "1995-10-17"),
  ("Monday", 1, "DATE", "1995-10-16"),
  ("Tuesday", 1, "DATE", "1995-10-17"),
  ("more than 12 hours", 1, "DURATION", "PT12H"),
  ("1963", 1, "DATE", "1963"),
  ("7 p.m.", 1, "TIME", "1995-10-16T19:00"),
  ("ten years", 1, "DATE", "2005")]),

# e063 headline and lead, markets; `41-year` adjectival
("2003-03-19",
 "Fed holds rates at 41-year low, signals no move before May 6 meeting\n"
 "WASHINGTON (Reuters) - The Federal Reserve left its key rate at 1.25 percent on Tuesday, the lowest "
 "since 1961, and said uncertainty over Iraq made it hard to judge the economy's course in the months "
 "ahead. Policymakers meet roughly every six weeks.",
 [("41-year", 1, "DURATION", "P41Y"),
  ("May 6", 1, "DATE", "2003-05-06"),
  ("Tuesday", 1, "DATE", "2003-03-18"),
  ("1961", 1, "DATE", "1961"),
  ("the months ahead", 1, "DURATION", "PXM"),
  ("roughly every six weeks", 1, "SET", "P6W")]),

# e064 disaster, earthquake
("1990-07-17",
 "BAGUIO, Philippines, July 17 - Rescuers worked through the night to reach guests trapped in a "
 "collapsed hotel after an earthquake struck northern Luzon at 4:26 p.m. on Monday. The quake, which "
 "lasted about 45 seconds, was the strongest in the country since 1976. Officials said it could take "
 "days to reach remote villages, and aftershocks were still being felt every few minutes.",
 [("July 17", 1, "DATE", "1990-07-17"),
  ("the night", 1, "TIME", "1990-07-16TNI"),
  ("4:26 p.m.", 1, "TIME", "1990-07-16T16:26"),
  ("Monday", 1, "DATE", "1990-07-16"),
  ("about 45 seconds", 1, "DURATION", "PT45S"),
  ("1976", 1, "DATE", "1976"),
  ("days", 1, "DURATION", "PXD"),
  ("every few minutes", 1, "SET", "PTXM")]),

# e065 politics, election eve; `the week ahead`
("2024-11-04",
 "With the presidential election on Tuesday, both campaigns spent the weekend in Pennsylvania, and the "
 "week ahead will decide a race that polls show is tied. More than 75 million Americans have already "
 "voted. Results in some states may not be known until Wednesday or later; in 2020 the race was called "
 "four days after polls closed.",
 [("Tuesday", 1, "DATE", "2024-11-05"),
  ("the weekend", 1, "DATE", "2024-W44-WE"),
  ("the week ahead", 1, "DURATION", "P1W"),
  ("Wednesday", 1, "DATE", "2024-11-06"),
  ("2020", 1, "DATE", "2020"),
  ("four days", 1, "DURATION", "P4D")]),

# e066 business, millennium changeover
("1999-12-30",
 "Banks will close their trading floors at noon tomorrow and reopen on Tuesday, January 4, after the "
 "weekend, regulators said today. Staff will monitor systems through midnight on Friday and into the "
 "new year. Companies have spent more than four years preparing for the date change.",
 [("noon tomorrow", 1, "TIME", "1999-12-31T12:00"),
  ("Tuesday, January 4", 1, "DATE", "2000-01-04"),
  ("the weekend", 1, "DATE", "1999-W52-WE"),
  ("today", 1, "DATE", "1999-12-30"),
  ("midnight", 1, "TIME", "1999-12-31T24:00"),
  ("Friday", 1, "DATE", "1999-12-31"),
  ("the new year", 1, "DATE", "2000"),
  ("more than four years", 1, "DURATION", "P4Y")]),

# e067 sport, marathon record; clock-style durations
("2011-09-26",
 "BERLIN, Sept 26 - Kenya's Patrick Makau broke the marathon world record on Sunday, running 2:03:38 to "
 "beat the mark of 2:03:59 set three years ago. He reached halfway in 61:44 and covered the final 10 "
 "kilometres in under half an hour. The race, held every September, has produced six world records "
 "since 1998.",
 [("Sept 26", 1, "DATE", "2011-09-26"),
  ("Sunday", 1, "DATE", "2011-09-25"),
  ("2:03:38", 1, "DURATION", "PT2H3M38S"),
  ("2:03:59", 1, "DURATION", "PT2H3M59S"),
  ("three years ago", 1, "DATE", "2008"),
  ("61:44", 1, "DURATION", "PT61M44S"),
  ("under half an hour", 1, "DURATION", "PT30M"),
  ("every September", 1, "SET", "XXXX-09"),
  ("1998", 1, "DATE", "1998")]),

# e068 disaster, Elbe flood
("2002-08-14",
 "DRESDEN, Aug 14 - The Elbe rose above 9 metres on Wednesday, its highest level since 1845, and the "
 "old town was evacuated hours after water flooded the Zwinger palace. Rain had fallen for nearly 48 "
 "hours without a break last weekend. Officials expect the river to peak early Friday and remain high "
 "for several days.",
 [("Aug 14", 1, "DATE", "2002-08-14"),
  ("Wednesday", 1, "DATE", "2002-08-14"),
  ("1845", 1, "DATE", "1845"),
  ("hours", 1, "DURATION", "PTXH"),
  ("nearly 48 hours", 1, "DURATION", "PT48H"),
  ("last weekend", 1, "DATE", "2002-W32-WE"),
  ("early Friday", 1, "DATE", "2002-08-16"),
  ("several days", 1, "DURATION", "PXD")]),
]

ITEMS += [
# e069 retail, Thanksgiving; a named shopping day
("2005-11-25",
 "NEW YORK, Nov 25 - Shoppers lined up outside stores before 5 a.m. on Black Friday, a day after "
 "Thanksgiving, but analysts said spending this year may rise only 1 percent. Several chains opened at "
 "midnight.",
 [("Nov 25", 1, "DATE", "2005-11-25"),
  ("5 a.m.", 1, "TIME", "2005-11-25T05:00"),
  ("Black Friday", 1, "DATE", "2005-11-25"),
  ("a day", 1, "DURATION", "P1D"),
  ("Thanksgiving", 1, "DATE", "2005-11-24"),
  ("this year", 1, "DATE", "2005"),
  ("midnight", 1, "TIME", "2005-11-25T00:00")]),

# e070 health; negatives (measure, ages, ordinal, in due course)
("1994-09-15",
 "Doctors in Leeds say a brisk 20-minute walk can halve the risk of a second heart attack in men aged "
 "50 to 70. The men in the trial were followed for three years, and its full results will be "
 "published in due course, the team said on Thursday.",
 [("three years", 1, "DURATION", "P3Y"),
  ("Thursday", 1, "DATE", "1994-09-15")]),

# e071 history feature; centuries and decades
("2005-03-10",
 "The mill, built in the late 19th century, employed 1,200 people at its peak in the 1890s. It closed "
 "in 1981-82 after more than 90 years of production and has stood empty for the past two decades. "
 "Developers now plan to turn it into flats by 2008.",
 [("the late 19th century", 1, "DATE", "18"),
  ("the 1890s", 1, "DATE", "189"),
  ("1981", 1, "DATE", "1981"),
  ("82", 1, "DATE", "1982"),
  ("more than 90 years", 1, "DURATION", "P90Y"),
  ("the past two decades", 1, "DURATION", "P20Y"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("2008", 1, "DATE", "2008")]),

# e072 politics, day range as two expressions
("2002-04-17",
 "OSLO, April 17 - The Arctic Council will meet in Tromsø on May 3-5, a month later than planned, "
 "officials said on Wednesday. The meeting was moved to avoid a clash with a summit in Reykjavik.",
 [("April 17", 1, "DATE", "2002-04-17"),
  ("May 3", 1, "DATE", "2002-05-03"),
  ("5", 1, "DATE", "2002-05-05"),
  ("a month", 1, "DURATION", "P1M"),
  ("Wednesday", 1, "DATE", "2002-04-17")]),

# e073 courts, trial retelling a night in 2001
("2006-06-13",
 "A jury at Winchester Crown Court heard on Tuesday that on Sunday, March 11, 2001, neighbours heard "
 "shouting from the house at about 11 p.m.; the following morning the victim's car was gone. She had "
 "changed her locks days earlier.",
 [("Tuesday", 1, "DATE", "2006-06-13"),
  ("Sunday, March 11, 2001", 1, "DATE", "2001-03-11"),
  ("about 11 p.m.", 1, "TIME", "2001-03-11T23:00"),
  ("the following morning", 1, "TIME", "2001-03-12TMO"),
  ("days", 1, "DURATION", "PXD")]),

# e074 health; generic today and currently
("2007-10-02",
 "Malaria today kills more than a million people every year, most of them children in Africa. Two "
 "vaccines are currently in trials, but neither is expected before 2012. 'In the 1950s we thought we "
 "could wipe it out within 20 years,' said one researcher.",
 [("today", 1, "DATE", "PRESENT_REF"),
  ("every year", 1, "SET", "P1Y"),
  ("currently", 1, "DATE", "PRESENT_REF"),
  ("2012", 1, "DATE", "2012"),
  ("the 1950s", 1, "DATE", "195"),
  ("20 years", 1, "DURATION", "P20Y")]),

# e075 sport; `second` as an ordinal, scores
("2021-07-12",
 "Italy won the European Championship on Sunday night, beating England 3-2 on penalties after a 1-1 "
 "draw at Wembley. It was Italy's second European title and its first since 1968, 53 years ago.",
 [("Sunday night", 1, "TIME", "2021-07-11TNI"),
  ("1968", 1, "DATE", "1968"),
  ("53 years ago", 1, "DATE", "1968")]),

# e076 politics; `in ten years` (D19)
("2001-01-22",
 "The new government, which takes office on Wednesday, promises to halve unemployment in ten years and "
 "to match the growth of the 1990s, when the economy expanded for eight years without a break. Its "
 "majority in parliament is 14 seats.",
 [("Wednesday", 1, "DATE", "2001-01-24"),
  ("ten years", 1, "DATE", "2011"),
  ("the 1990s", 1, "DATE", "199"),
  ("eight years", 1, "DURATION", "P8Y")]),

# e077 business; half units
("2007-02-19",
 "Airline Northway said on Monday it would order 40 jets for delivery over the coming decade, with the "
 "first due in two and a half years. Its shares rose 3 percent.",
 [("Monday", 1, "DATE", "2007-02-19"),
  ("the coming decade", 1, "DURATION", "P10Y"),
  ("two and a half years", 1, "DURATION", "P30M")]),

# e078 obituary, politics
("1996-01-09",
 "Former prime minister Anton Vall, who died on Monday aged 79, rose from village schoolteacher to lead "
 "the country in the 1970s. Elected in May 1974, he called a snap vote the following year, and that "
 "spring began the reforms he is remembered for. He resigned in October 1979 and spent the 1980s "
 "writing.",
 [("Monday", 1, "DATE", "1996-01-08"),
  ("the 1970s", 1, "DATE", "197"),
  ("May 1974", 1, "DATE", "1974-05"),
  ("the following year", 1, "DATE", "1975"),
  ("that spring", 1, "DATE", "1975-SP"),
  ("October 1979", 1, "DATE", "1979-10"),
  ("the 1980s", 1, "DATE", "198")]),

# e079 negatives (May as a name, age of a building, ordinal, light years)
("2008-07-09",
 "Brian May, the Queen guitarist and astrophysicist, will open the town's new observatory on Saturday. "
 "The 45-year-old building has a second telescope that can see galaxies 13 billion light years away.",
 [("Saturday", 1, "DATE", "2008-07-12")]),

# e080 weather, blizzard
("1993-03-15",
 "The blizzard that struck the eastern United States over the weekend left at least 200 people dead and "
 "dropped up to 50 inches of snow in places. Airports reopened late Sunday after being closed for more "
 "than a day. Meteorologists had warned of the storm five days earlier.",
 [("the weekend", 1, "DATE", "1993-W10-WE"),
  ("late Sunday", 1, "DATE", "1993-03-14"),
  ("more than a day", 1, "DURATION", "P1D"),
  ("five days", 1, "DURATION", "P5D")]),

# e081 culture; sets
("2022-05-24",
 "The museum will open on Sundays from next month and run guided tours every morning, the council said. "
 "Admission has been free since 2001.",
 [("Sundays", 1, "SET", "XXXX-WXX-7"),
  ("next month", 1, "DATE", "2022-06"),
  ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
  ("2001", 1, "DATE", "2001")]),

# e082 business, halves; month range inside a noun phrase
("1999-07-28",
 "Profit at Nordbank rose 11 percent in the first half, and the bank said the second half would be "
 "weaker as it spends heavily to prepare its systems for the year 2000. It reported results for the "
 "April-June quarter on Wednesday, a day earlier than expected.",
 [("the first half", 1, "DATE", "1999-H1"),
  ("the second half", 1, "DATE", "1999-H2"),
  ("the year 2000", 1, "DATE", "2000"),
  ("April", 1, "DATE", "1999-04"),
  ("June", 1, "DATE", "1999-06"),
  ("Wednesday", 1, "DATE", "1999-07-28"),
  ("a day", 1, "DURATION", "P1D")]),

# e083 courts; duration range as two expressions
("2003-02-12",
 "A judge in Manhattan set the trial for March 25, 2004, and said it would likely last six to eight "
 "weeks. Wednesday's hearing lasted 40 minutes.",
 [("March 25, 2004", 1, "DATE", "2004-03-25"),
  ("six", 1, "DURATION", "P6W"),
  ("eight weeks", 1, "DURATION", "P8W"),
  ("Wednesday", 1, "DATE", "2003-02-12"),
  ("40 minutes", 1, "DURATION", "PT40M")]),

# e084 retelling, Dunkirk anniversary
("1990-05-26",
 "Fifty years on, survivors sailed back across the Channel in the little ships on Saturday. Operation "
 "Dynamo began at 6:57 p.m. on Sunday, May 26, 1940. Over the next nine days, some 338,000 men were "
 "lifted from the beaches of Dunkirk. By June 4 it was over.",
 [("Fifty years", 1, "DURATION", "P50Y"),
  ("Saturday", 1, "DATE", "1990-05-26"),
  ("6:57 p.m.", 1, "TIME", "1940-05-26T18:57"),
  ("Sunday, May 26, 1940", 1, "DATE", "1940-05-26"),
  ("the next nine days", 1, "DURATION", "P9D"),
  ("June 4", 1, "DATE", "1940-06-04")]),

# e085 headline and lead, politics; `march` as a noun, adjectival 48-hour
("2011-06-27",
 "Parliament to vote on austerity budget Thursday as unions plan march\n"
 "ATHENS, June 27 - Greek lawmakers will vote on the 28 billion euro package on Thursday after two days "
 "of debate, and unions have called a 48-hour general strike starting today. Ports and schools are "
 "expected to close.",
 [("Thursday", 1, "DATE", "2011-06-30"),
  ("June 27", 1, "DATE", "2011-06-27"),
  ("Thursday", 2, "DATE", "2011-06-30"),
  ("two days", 1, "DURATION", "P2D"),
  ("48-hour", 1, "DURATION", "PT48H"),
  ("today", 1, "DATE", "2011-06-27")]),

# e086 health; half an hour, a year and a half, a frequency
("2000-06-19",
 "New guidelines say adults should exercise for at least half an hour five days a week. Children who "
 "followed the plan for a year and a half lost an average of 3 kg, according to a study published on "
 "Friday.",
 [("at least half an hour", 1, "DURATION", "PT30M"),
  ("five days a week", 1, "SET", "P1W"),
  ("a year and a half", 1, "DURATION", "P18M"),
  ("Friday", 1, "DATE", "2000-06-16")]),

# e087 retelling, Bhopal anniversary
("2004-12-02",
 "Twenty years ago tonight, gas began leaking from a pesticide plant in Bhopal shortly after 11 p.m. By "
 "1 a.m. a cloud had spread over the sleeping city, and thousands were dead by the next evening. "
 "Survivors will march through the city on Friday.",
 [("Twenty years ago tonight", 1, "TIME", "1984-12-02TNI"),
  ("11 p.m.", 1, "TIME", "1984-12-02T23:00"),
  ("1 a.m.", 1, "TIME", "1984-12-03T01:00"),
  ("the next evening", 1, "TIME", "1984-12-03TEV"),
  ("Friday", 1, "DATE", "2004-12-03")]),

# e088 politics, new government; sets
("1997-05-03",
 "The cabinet will now meet fortnightly rather than weekly, the new prime minister said on Friday, the "
 "first full day of his government. Ministers must publish their plans by the end of July.",
 [("now", 1, "DATE", "PRESENT_REF"),
  ("fortnightly", 1, "SET", "P2W"),
  ("weekly", 1, "SET", "P1W"),
  ("Friday", 1, "DATE", "1997-05-02"),
  ("the first full day", 1, "DATE", "1997-05-02"),
  ("the end of July", 1, "DATE", "1997-07")]),

# e089 business; `Q3`
("2019-10-24",
 "Q3 profit beat forecasts, and the group said on Thursday that it still expects to reach its year-end "
 "target of 12 percent margins. The board meets again in January.",
 [("Q3", 1, "DATE", "2019-Q3"),
  ("Thursday", 1, "DATE", "2019-10-24"),
  ("year-end", 1, "DATE", "2019"),
  ("January", 1, "DATE", "2020-01")]),

# e090 retelling, ferry disaster anniversary
("2007-03-06",
 "Families gathered in Dover on Tuesday to mark 20 years since the Herald of Free Enterprise capsized. "
 "The ferry left Zeebrugge at 6:05 p.m. on Friday, March 6, 1987, with its bow doors open, and turned "
 "over about 20 minutes later. Divers recovered the last bodies later that month, and the company's "
 "managers were questioned the following Tuesday.",
 [("Tuesday", 1, "DATE", "2007-03-06"),
  ("20 years", 1, "DURATION", "P20Y"),
  ("6:05 p.m.", 1, "TIME", "1987-03-06T18:05"),
  ("Friday, March 6, 1987", 1, "DATE", "1987-03-06"),
  ("about 20 minutes", 1, "DURATION", "PT20M"),
  ("later that month", 1, "DATE", "1987-03"),
  ("the following Tuesday", 1, "DATE", "1987-03-10")]),
]
