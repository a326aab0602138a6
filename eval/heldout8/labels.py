"""Decision lists for eval/heldout8 (TIMEX3, the `dates` layer of SCHEME.md).

Each item: (dct, text, [(surface, occurrence, label, value), ...]). Occurrences count
case-sensitive whole-word matches of `surface` in `text` (no letter or digit either side),
1-based. Written and labelled by hand; see README.md for the decisions.
"""

ITEMS = [
# 1 local court
("1988-03-14",
 "CROYDON, March 14 - A man accused of setting fire to a warehouse on the Purley Way appeared "
 "before magistrates today and was remanded in custody for a week. Prosecutors said the blaze "
 "began at about 11 p.m. on Friday and burned for more than six hours. Firefighters from four "
 "stations stayed at the scene until noon on Saturday. The 34-year-old defendant will appear "
 "again on March 21.",
 [("March 14", 1, "DATE", "1988-03-14"), ("today", 1, "DATE", "1988-03-14"),
  ("a week", 1, "DURATION", "P1W"), ("about 11 p.m.", 1, "TIME", "1988-03-11T23:00"),
  ("Friday", 1, "DATE", "1988-03-11"), ("more than six hours", 1, "DURATION", "PT6H"),
  ("noon", 1, "TIME", "1988-03-12T12:00"), ("Saturday", 1, "DATE", "1988-03-12"),
  ("March 21", 1, "DATE", "1988-03-21")]),
# 2 opinion, election
("1988-11-09",
 "Voters yesterday handed George Bush a decisive victory, and the president-elect now has ten "
 "weeks to assemble a cabinet before the inauguration on January 20. For most of the past eight "
 "years he stood in Ronald Reagan's shadow; from today he will be judged on his own record. "
 "Analysts say the first 100 days will set the tone for the coming four years.",
 [("yesterday", 1, "DATE", "1988-11-08"), ("now", 1, "DATE", "PRESENT_REF"),
  ("ten weeks", 1, "DURATION", "P10W"), ("January 20", 1, "DATE", "1989-01-20"),
  ("the past eight years", 1, "DURATION", "P8Y"), ("today", 1, "DATE", "1988-11-09"),
  ("the first 100 days", 1, "DURATION", "P100D"), ("the coming four years", 1, "DURATION", "P4Y")]),
# 3 space
("1989-06-20",
 "PASADENA, Calif. (AP) - Voyager 2 is now about 60 days from its closest approach to Neptune, "
 "scheduled for August 25. Launched in August 1977, the probe has travelled for almost 12 years "
 "and more than four billion miles. Engineers said Tuesday that images taken every 48 hours "
 "already show dark spots in the planet's atmosphere. The close encounter will last about a day "
 "and a half, and the craft's signals take more than four hours to reach Earth.",
 [("now", 1, "DATE", "PRESENT_REF"), ("about 60 days", 1, "DURATION", "P60D"),
  ("August 25", 1, "DATE", "1989-08-25"), ("August 1977", 1, "DATE", "1977-08"),
  ("almost 12 years", 1, "DURATION", "P12Y"), ("Tuesday", 1, "DATE", "1989-06-20"),
  ("every 48 hours", 1, "SET", "PT48H"), ("about a day and a half", 1, "DURATION", "PT36H"),
  ("more than four hours", 1, "DURATION", "PT4H")]),
# 4 company results
("1990-02-08",
 "NEW YORK - Harlan Freight Lines Inc. said net income fell 22 percent in the quarter ended "
 "Dec. 31, citing a slump in trucking volume that began in the spring. For fiscal 1989, earnings "
 "were $41 million, down from $63 million a year earlier. The company expects the first half of "
 "1990 to remain weak and said it would pay a dividend twice a year rather than quarterly.",
 [("the quarter", 1, "DATE", "1989-Q4"), ("Dec. 31", 1, "DATE", "1989-12-31"),
  ("the spring", 1, "DATE", "1989-SP"), ("fiscal 1989", 1, "DATE", "FY1989"),
  ("a year", 1, "DURATION", "P1Y"), ("the first half of 1990", 1, "DATE", "1990-H1"),
  ("twice a year", 1, "SET", "P1Y"), ("quarterly", 1, "SET", "P3M")]),
# 5 TV weather
("1991-10-17",
 "ANCHOR: Denver woke this morning to the lowest temperature recorded there so early in the "
 "season in more than a century: the thermometer read 9 degrees at 6 a.m. Forecasters say the "
 "cold snap will last through the weekend, with another inch of snow possible late Friday. "
 "Schools reopen Monday. Stay with us; the full forecast is coming up in about ten minutes.",
 [("this morning", 1, "TIME", "1991-10-17TMO"), ("more than a century", 1, "DURATION", "P100Y"),
  ("6 a.m.", 1, "TIME", "1991-10-17T06:00"), ("the weekend", 1, "DATE", "1991-W42-WE"),
  ("late Friday", 1, "DATE", "1991-10-18"), ("Monday", 1, "DATE", "1991-10-21"),
  ("about ten minutes", 1, "DURATION", "PT10M")]),
# 6 sport, Olympics
("1992-07-29",
 "BARCELONA - Kenya's men swept the 3,000 metres steeplechase heats on Wednesday morning, and the "
 "final is set for 7:15 p.m. on Friday. The winning time in the second heat, 8:21.04, was the "
 "fastest at an Olympics since 1984. Coach Mike Kosgei said his runners train twice a day at "
 "altitude and had not lost a major race in the past two years.",
 [("Wednesday morning", 1, "TIME", "1992-07-29TMO"), ("7:15 p.m.", 1, "TIME", "1992-07-31T19:15"),
  ("Friday", 1, "DATE", "1992-07-31"), ("8:21.04", 1, "DURATION", "PT8M21.04S"),
  ("1984", 1, "DATE", "1984"), ("twice a day", 1, "SET", "P1D"),
  ("the past two years", 1, "DURATION", "P2Y")]),
# 7 obituary
("1993-04-06",
 "Marjorie Ellis, who ran the village post office in Hawes for 41 years, died on Sunday at the "
 "age of 88. She took over the counter in January 1947, just before snow cut the dale off for six "
 "weeks, and delivered the mail herself on foot that February. She retired in 1988. 'She knew "
 "every family by name,' her nephew said yesterday. The funeral will be held next Tuesday at 2 p.m.",
 [("41 years", 1, "DURATION", "P41Y"), ("Sunday", 1, "DATE", "1993-04-04"),
  ("January 1947", 1, "DATE", "1947-01"), ("six weeks", 1, "DURATION", "P6W"),
  ("that February", 1, "DATE", "1947-02"), ("1988", 1, "DATE", "1988"),
  ("yesterday", 1, "DATE", "1993-04-05"), ("next Tuesday", 1, "DATE", "1993-04-13"),
  ("2 p.m.", 1, "TIME", "1993-04-13T14:00")]),
# 8 transport
("1993-12-02",
 "Commuters on the Northern line face another week of delays after engineers found cracks in a "
 "tunnel lining near Camden Town on Tuesday evening. London Underground said trains would run "
 "only every 12 minutes until at least December 10. The repairs, first scheduled for 1995, will "
 "now take between three and five months. 'We will march no further with a patched-up railway,' "
 "the union's regional secretary said.",
 [("another week", 1, "DURATION", "P1W"), ("Tuesday evening", 1, "TIME", "1993-11-30TEV"),
  ("every 12 minutes", 1, "SET", "PT12M"), ("December 10", 1, "DATE", "1993-12-10"),
  ("1995", 1, "DATE", "1995"), ("now", 1, "DATE", "PRESENT_REF"),
  ("between three and five months", 1, "DURATION", "PXM")]),
# 9 earthquake
("1994-01-18",
 "LOS ANGELES (Reuters) - Rescuers searched collapsed apartment blocks in Northridge through the "
 "night after Monday's earthquake, which struck at 4:31 a.m. and lasted about 15 seconds. At least "
 "30 people were killed. Aftershocks rattled the San Fernando Valley every few minutes for hours "
 "after the main shock, and seismologists warned that a strong aftershock could come in the next "
 "few days. It was the most damaging quake in the region since February 1971.",
 [("the night", 1, "TIME", "1994-01-17TNI"), ("Monday", 1, "DATE", "1994-01-17"),
  ("4:31 a.m.", 1, "TIME", "1994-01-17T04:31"), ("about 15 seconds", 1, "DURATION", "PT15S"),
  ("every few minutes", 1, "SET", "PTXM"), ("hours", 1, "DURATION", "PTXH"),
  ("the next few days", 1, "DURATION", "PXD"), ("February 1971", 1, "DATE", "1971-02")]),
# 10 health services
("1994-09-27",
 "Patients at St Mary's Hospital in Newport are waiting up to 18 months for hip operations, a "
 "report published today shows. The hospital trust said waiting lists had grown every month since "
 "April, and that it hopes to cut the longest waits to a year by the end of 1995. Its chief "
 "executive, Dr Alan May, said the trust would open a second theatre in the new year. May added "
 "that clinics on Saturdays would continue.",
 [("up to 18 months", 1, "DURATION", "P18M"), ("today", 1, "DATE", "1994-09-27"),
  ("every month", 1, "SET", "P1M"), ("April", 1, "DATE", "1994-04"), ("a year", 1, "DURATION", "P1Y"),
  ("the end of 1995", 1, "DATE", "1995"), ("the new year", 1, "DATE", "1995"),
  ("Saturdays", 1, "SET", "XXXX-WXX-6")]),
# 11 VE Day retelling
("1995-05-11",
 "Fifty years ago, Ada Thornton was a 19-year-old telephonist in Whitehall. On May 7, 1945, she "
 "took the call confirming that the German surrender had been signed at Reims that morning at "
 "2:41. 'We were told to say nothing until the next day,' she recalls. She went back to Whitehall "
 "in 1985 for the fortieth anniversary and again on Monday, when she laid a wreath. Today she "
 "lives in Eastbourne and swims in the sea every morning from May to October.",
 [("Fifty years ago", 1, "DATE", "1945"), ("May 7, 1945", 1, "DATE", "1945-05-07"),
  ("that morning", 1, "TIME", "1945-05-07TMO"), ("2:41", 1, "TIME", "1945-05-07T02:41"),
  ("the next day", 1, "DATE", "1945-05-08"), ("1985", 1, "DATE", "1985"),
  ("Monday", 1, "DATE", "1995-05-08"), ("Today", 1, "DATE", "PRESENT_REF"),
  ("every morning", 1, "SET", "XXXX-XX-XXTMO"), ("May", 2, "DATE", "XXXX-05"),
  ("October", 1, "DATE", "XXXX-10")]),
# 12 Dayton
("1995-11-22",
 "DAYTON, Ohio - After 21 days of talks behind the fences of Wright-Patterson Air Force Base, the "
 "presidents of Bosnia, Serbia and Croatia initialled a peace agreement on Tuesday afternoon. The "
 "formal signing is planned for Paris in mid-December. NATO expects to deploy some 60,000 troops "
 "for about a year, beginning within weeks. The war, which began in April 1992, has lasted three "
 "and a half years.",
 [("21 days", 1, "DURATION", "P21D"), ("Tuesday afternoon", 1, "TIME", "1995-11-21TAF"),
  ("mid-December", 1, "DATE", "1995-12"), ("about a year", 1, "DURATION", "P1Y"),
  ("weeks", 1, "DURATION", "PXW"), ("April 1992", 1, "DATE", "1992-04"),
  ("three and a half years", 1, "DURATION", "P42M")]),
# 13 company announcement
("1996-03-05",
 "Vantrell Systems Plc said on Tuesday it would cut 450 jobs at its Swindon plant over the next 18 "
 "months after a second consecutive loss. The group lost 12.4 million pounds in the six months to "
 "December 31, against a profit of 3.1 million pounds in the same period a year earlier. Chairman "
 "Peter March said the board would review the dividend at the shareholders' meeting in May.",
 [("Tuesday", 1, "DATE", "1996-03-05"), ("the next 18 months", 1, "DURATION", "P18M"),
  ("the six months", 1, "DURATION", "P6M"), ("December 31", 1, "DATE", "1995-12-31"),
  ("a year", 1, "DURATION", "P1Y"), ("May", 1, "DATE", "1996-05")]),
# 14 football transfer
("1996-08-14",
 "Alan Shearer completed his 15 million pound move to Newcastle United yesterday, two weeks after "
 "his 26th birthday. He will make his debut at Everton on Saturday, August 17. Kevin Keegan said "
 "the club had chased the striker for most of the summer. Shearer scored 31 league goals in "
 "1995-96 and five at Euro 96.",
 [("yesterday", 1, "DATE", "1996-08-13"), ("two weeks", 1, "DURATION", "P2W"),
  ("Saturday, August 17", 1, "DATE", "1996-08-17"), ("the summer", 1, "DATE", "1996-SU"),
  ("1995", 1, "DATE", "1995"), ("96", 1, "DATE", "1996")]),
# 15 science
("1997-02-26",
 "EDINBURGH - Scientists at the Roslin Institute said the lamb, named Dolly, was born in July and "
 "is now seven months old. The experiment took more than two years, and 277 attempts produced a "
 "single live birth. Ian Wilmut said similar work on cattle could take another decade. An ethics "
 "committee in London will meet on March 3-5 to consider the implications.",
 [("July", 1, "DATE", "1996-07"), ("now", 1, "DATE", "PRESENT_REF"),
  ("more than two years", 1, "DURATION", "P2Y"), ("another decade", 1, "DURATION", "P10Y"),
  ("March 3", 1, "DATE", "1997-03-03"), ("5", 1, "DATE", "1997-03-05")]),
# 16 opinion generic/specific
("1997-10-08",
 "Today's teenagers spend more time online in a week than their parents did in a year. That is "
 "not a reason for panic. In the 1970s the same fears were voiced about television. What has changed over the past decade is the speed: a rumour that once took "
 "days to cross a city now crosses the world in minutes. Schools should set aside an hour every "
 "week to teach pupils to check their sources, starting this autumn.",
 [("Today", 1, "DATE", "PRESENT_REF"), ("a week", 1, "DURATION", "P1W"),
  ("a year", 1, "DURATION", "P1Y"), ("the 1970s", 1, "DATE", "197"),
  ("the past decade", 1, "DURATION", "P10Y"), ("days", 1, "DURATION", "PXD"),
  ("now", 1, "DATE", "PRESENT_REF"), ("minutes", 1, "DURATION", "PTXM"),
  ("an hour", 1, "DURATION", "PT1H"), ("every week", 1, "SET", "P1W"),
  ("this autumn", 1, "DATE", "1997-FA")]),
# 17 TV transcript
("1998-04-23",
 "PRESENTER: And the Humber Bridge is closed to high-sided vehicles this morning after gusts of up "
 "to 80 miles an hour. Police expect it to reopen later tonight. A couple of weeks back we reported "
 "on the new toll charges, and the bridge board tells us they will now come in on May 1. More on "
 "that in the next half hour. Over to Sarah for the sport.",
 [("this morning", 1, "TIME", "1998-04-23TMO"), ("later tonight", 1, "TIME", "1998-04-23TNI"),
  ("A couple of weeks back", 1, "DATE", "1998-W15"), ("now", 1, "DATE", "PRESENT_REF"),
  ("May 1", 1, "DATE", "1998-05-01"), ("the next half hour", 1, "DURATION", "PT30M")]),
# 18 trial retelling
("1998-07-15",
 "A jury at Leeds Crown Court heard yesterday how a night out in Bradford ended in a fatal stabbing "
 "almost three years ago. On Saturday, August 12, 1995, the victim, Darren Holt, had been drinking "
 "with friends since about 8 p.m. Shortly before midnight they left the Bell public house. "
 "Witnesses said the defendant followed them; by 12:20 a.m. Holt had collapsed in Manor Row. He "
 "died in hospital the following afternoon. The trial, expected to last two to three weeks, continues.",
 [("yesterday", 1, "DATE", "1998-07-14"), ("almost three years ago", 1, "DATE", "1995"),
  ("Saturday, August 12, 1995", 1, "DATE", "1995-08-12"), ("about 8 p.m.", 1, "TIME", "1995-08-12T20:00"),
  ("midnight", 1, "TIME", "1995-08-12T24:00"), ("12:20 a.m.", 1, "TIME", "1995-08-13T00:20"),
  ("the following afternoon", 1, "TIME", "1995-08-13TAF"), ("two to three weeks", 1, "DURATION", "PXW")]),
# 19 fiscal
("1998-12-03",
 "TOKYO - Kanemori Electric Corp. raised its forecast for fiscal 1998, the year ending March 31, "
 "1999, saying strong sales of its game console over Christmas would offset weak demand for "
 "televisions. Operating profit in the September quarter rose 9 percent. The company has cut costs "
 "every quarter since the spring of 1997 and plans to close 15 plants over the next three years.",
 [("fiscal 1998", 1, "DATE", "FY1998"), ("March 31, 1999", 1, "DATE", "1999-03-31"),
  ("Christmas", 1, "DATE", "1998-12-25"), ("the September quarter", 1, "DATE", "1998-Q3"),
  ("every quarter", 1, "SET", "P3M"), ("the spring of 1997", 1, "DATE", "1997-SP"),
  ("the next three years", 1, "DURATION", "P3Y")]),
# 20 Mars
("1999-03-30",
 "CAPE CANAVERAL - NASA's Mars Global Surveyor began mapping the planet in earnest this month after "
 "a year and a half of aerobraking through the upper atmosphere. Each orbit lasts just under two "
 "hours, and the spacecraft will map the surface for 687 days. The mission's first images were "
 "released on March 9. A second orbiter is due to arrive in December, and a lander three weeks later.",
 [("this month", 1, "DATE", "1999-03"), ("a year and a half", 1, "DURATION", "P18M"),
  ("just under two hours", 1, "DURATION", "PT2H"), ("687 days", 1, "DURATION", "P687D"),
  ("March 9", 1, "DATE", "1999-03-09"), ("December", 1, "DATE", "1999-12"),
  ("three weeks", 1, "DURATION", "P3W")]),
# 21 Y2K
("1999-09-09",
 "The date 9/9/99 passed this morning without the computer failures some had feared. The real test "
 "is still 113 days away, at midnight on December 31. Banks say they have spent the past 18 months "
 "testing their systems. "
 "Whether the year 2000 brings chaos or nothing at all, the bill will be counted for years.",
 [("9/9/99", 1, "DATE", "1999-09-09"), ("this morning", 1, "TIME", "1999-09-09TMO"),
  ("113 days", 1, "DURATION", "P113D"), ("midnight", 1, "TIME", "1999-12-31T24:00"),
  ("December 31", 1, "DATE", "1999-12-31"), ("the past 18 months", 1, "DURATION", "P18M"),
  ("the year 2000", 1, "DATE", "2000"), ("years", 1, "DURATION", "PXY")]),
# 22 rail
("2000-01-12",
 "Rail passengers between Reading and Paddington faced delays of up to 90 minutes yesterday after a "
 "signalling fault near Slough. Great Western said a full service would resume by Friday. Since "
 "the line reopened in 1998-99 after upgrades, punctuality has fallen from 92 percent to 81 "
 "percent. Passengers' groups want compensation for anyone delayed more than an hour.",
 [("up to 90 minutes", 1, "DURATION", "PT90M"), ("yesterday", 1, "DATE", "2000-01-11"),
  ("Friday", 1, "DATE", "2000-01-14"), ("1998", 1, "DATE", "1998"), ("99", 1, "DATE", "1999"),
  ("more than an hour", 1, "DURATION", "PT1H")]),
# 23 obituary
("2000-06-28",
 "Helmut Brandt, the engineer who designed the first automatic signal box on the Rhine valley "
 "line, has died aged 91. Born in Koblenz in 1908, he joined the railway in 1927 and spent the "
 "Second World War repairing bridges. In the spring of 1956 he installed the signal box at Boppard "
 "in a matter of weeks; it stayed in use until 1994. Last year, at 90, he still walked to the station every Sunday.",
 [("1908", 1, "DATE", "1908"), ("1927", 1, "DATE", "1927"), ("the spring of 1956", 1, "DATE", "1956-SP"),
  ("weeks", 1, "DURATION", "PXW"), ("1994", 1, "DATE", "1994"), ("Last year", 1, "DATE", "1999"), ("every Sunday", 1, "SET", "XXXX-WXX-7")]),
# 24 weather
("2000-10-31",
 "Forecasters have warned of gales across southern England tonight, the second storm in a "
 "fortnight. Winds are expected to peak between 2 a.m. and 5 a.m. on Wednesday, and the Met Office "
 "says up to two inches of rain could fall in 24 hours. Trick-or-treaters were advised to stay "
 "indoors this evening. This autumn is already the wettest since records began in 1766.",
 [("tonight", 1, "TIME", "2000-10-31TNI"), ("a fortnight", 1, "DURATION", "P2W"),
  ("2 a.m.", 1, "TIME", "2000-11-01T02:00"), ("5 a.m.", 1, "TIME", "2000-11-01T05:00"),
  ("Wednesday", 1, "DATE", "2000-11-01"), ("24 hours", 1, "DURATION", "PT24H"),
  ("this evening", 1, "TIME", "2000-10-31TEV"), ("This autumn", 1, "DATE", "2000-FA"),
  ("1766", 1, "DATE", "1766")]),
# 25 government announcement
("2001-04-17",
 "The Department of Health announced today that NHS Direct, the nurse-led telephone service, will "
 "cover the whole of England by the end of the year. Since its launch in March 1998 the line has "
 "taken more than 3 million calls, and it now answers 80 percent of them within five minutes. "
 "Ministers want the service to run around the clock. A review will be published in the autumn.",
 [("today", 1, "DATE", "2001-04-17"), ("the end of the year", 1, "DATE", "2001"),
  ("March 1998", 1, "DATE", "1998-03"), ("now", 1, "DATE", "PRESENT_REF"),
  ("five minutes", 1, "DURATION", "PT5M"), ("the autumn", 1, "DATE", "2001-FA")]),
# 26 sport retelling
("2001-08-02",
 "It is 35 years since Geoff Hurst's hat-trick won the World Cup for England. On Saturday, July 30, "
 "1966, at Wembley, West Germany equalised in the last minute of normal time. Hurst scored twice in "
 "extra time. 'I didn't sleep that night,' he said on Tuesday at the launch of his memoirs. The "
 "book goes on sale next month.",
 [("35 years", 1, "DURATION", "P35Y"), ("Saturday, July 30, 1966", 1, "DATE", "1966-07-30"),
  ("that night", 1, "TIME", "1966-07-30TNI"), ("Tuesday", 1, "DATE", "2001-07-31"),
  ("next month", 1, "DATE", "2001-09")]),
# 27 winter Olympics
("2002-02-13",
 "SALT LAKE CITY - Norway's Ole Einar Bjoerndalen won his third gold medal of the Games on "
 "Wednesday, finishing the 10 km sprint in 24:51.3. He shot clean for the second race running. The "
 "pursuit is on Saturday afternoon and the relay next Wednesday. Bjoerndalen, who will be 29 in "
 "January, said he trains every day.",
 [("Wednesday", 1, "DATE", "2002-02-13"), ("24:51.3", 1, "DURATION", "PT24M51.3S"),
  ("Saturday afternoon", 1, "TIME", "2002-02-16TAF"), ("next Wednesday", 1, "DATE", "2002-02-20"),
  ("January", 1, "DATE", "2003-01"), ("every day", 1, "SET", "P1D")]),
# 28 ambulance
("2002-11-19",
 "Ambulance crews in Cumbria reached life-threatening calls within eight minutes in only 61 percent "
 "of cases between July and September, figures released on Monday show. The trust's target is 75 "
 "percent by March 2003. Crews now wait an average of 47 minutes to hand patients over at the "
 "county's two main hospitals, compared with 20 minutes two years ago.",
 [("eight minutes", 1, "DURATION", "PT8M"), ("July", 1, "DATE", "2002-07"),
  ("September", 1, "DATE", "2002-09"), ("Monday", 1, "DATE", "2002-11-18"),
  ("March 2003", 1, "DATE", "2003-03"), ("now", 1, "DATE", "PRESENT_REF"),
  ("47 minutes", 1, "DURATION", "PT47M"), ("20 minutes", 1, "DURATION", "PT20M"),
  ("two years ago", 1, "DATE", "2000")]),
# 29 transit of Mercury
("2003-05-07",
 "Astronomers watched Mercury cross the face of the Sun this morning in a transit lasting five hours "
 "and 20 minutes. The next transit of Mercury will come in November 2006, but a transit of Venus, "
 "last seen in December 1882, is due on June 8, 2004. Such events recur in pairs eight years apart, "
 "separated by more than a century.",
 [("this morning", 1, "TIME", "2003-05-07TMO"), ("five hours and 20 minutes", 1, "DURATION", "PT5H20M"),
  ("November 2006", 1, "DATE", "2006-11"), ("December 1882", 1, "DATE", "1882-12"),
  ("June 8, 2004", 1, "DATE", "2004-06-08"), ("eight years", 1, "DURATION", "P8Y"),
  ("more than a century", 1, "DURATION", "P100Y")]),
# 30 memoir with clock times
("2003-09-24",
 "In July 1969 I was nine and living in Sheffield. On Monday, July 21, my father woke me at 3 a.m. "
 "to watch Armstrong step onto the Moon; the BBC had been broadcasting since the previous evening. "
 "I remember the grey picture lasting what felt like hours. Later that morning I walked to school "
 "past a newsagent whose window already showed the front pages. Thirty-four years later I still "
 "have those papers.",
 [("July 1969", 1, "DATE", "1969-07"), ("Monday, July 21", 1, "DATE", "1969-07-21"),
  ("3 a.m.", 1, "TIME", "1969-07-21T03:00"), ("the previous evening", 1, "TIME", "1969-07-20TEV"),
  ("hours", 1, "DURATION", "PTXH"), ("Later that morning", 1, "TIME", "1969-07-21TMO"),
  ("Thirty-four years", 1, "DURATION", "P34Y")]),
# 31 Madrid
("2004-03-16",
 "MADRID - Investigators said on Tuesday that the ten bombs which tore through four commuter trains "
 "last Thursday were detonated by mobile phones between 7:37 a.m. and 7:40 a.m. Spain observed three "
 "days of mourning, and the country voted on Sunday, just 72 hours after the attacks. The incoming "
 "government will withdraw troops from Iraq by June 30 unless the United Nations takes control.",
 [("Tuesday", 1, "DATE", "2004-03-16"), ("last Thursday", 1, "DATE", "2004-03-11"),
  ("7:37 a.m.", 1, "TIME", "2004-03-11T07:37"), ("7:40 a.m.", 1, "TIME", "2004-03-11T07:40"),
  ("three days", 1, "DURATION", "P3D"), ("Sunday", 1, "DATE", "2004-03-14"),
  ("just 72 hours", 1, "DURATION", "PT72H"), ("June 30", 1, "DATE", "2004-06-30")]),
# 32 Cassini-Huygens
("2004-12-08",
 "PASADENA - The Huygens probe will separate from the Cassini orbiter on Christmas Eve and coast for "
 "21 days before plunging into the atmosphere of Titan on January 14. The descent under parachutes "
 "should take about two and a half hours. Cassini will circle the planet 74 times over the next four years.",
 [("Christmas Eve", 1, "DATE", "2004-12-24"), ("21 days", 1, "DURATION", "P21D"),
  ("January 14", 1, "DATE", "2005-01-14"), ("about two and a half hours", 1, "DURATION", "PT2H30M"),
  ("the next four years", 1, "DURATION", "P4Y")]),
# 33 court
("2005-06-15",
 "A 52-year-old taxi driver from Luton was jailed for two and a half years at St Albans Crown Court "
 "on Tuesday for causing the death of a cyclist by dangerous driving. The court heard that he had "
 "been driving for 14 hours without a break when he struck Paul Whitley at 6:45 a.m. on November 3. "
 "He was also banned from driving for five years. Judge Helen Marsh said the sentence would have "
 "been longer but for his guilty plea in March.",
 [("two and a half years", 1, "DURATION", "P30M"), ("Tuesday", 1, "DATE", "2005-06-14"),
  ("14 hours", 1, "DURATION", "PT14H"), ("6:45 a.m.", 1, "TIME", "2004-11-03T06:45"),
  ("November 3", 1, "DATE", "2004-11-03"), ("five years", 1, "DURATION", "P5Y"),
  ("March", 1, "DATE", "2005-03")]),
# 34 retail
("2005-10-04",
 "Brightwater Retail Group said third-quarter sales rose 4.2 percent and that it remains on track to "
 "open 30 stores by year-end. The chain, which has reported higher sales in every quarter since "
 "2002, will next update investors on January 12. Chief executive Anna Reyes said customers were "
 "spending more on Saturdays and Sundays as footfall on other days fell.",
 [("third-quarter", 1, "DATE", "2005-Q3"), ("year-end", 1, "DATE", "2005"),
  ("every quarter", 1, "SET", "P3M"), ("2002", 1, "DATE", "2002"), ("January 12", 1, "DATE", "2006-01-12"),
  ("Saturdays", 1, "SET", "XXXX-WXX-6"), ("Sundays", 1, "SET", "XXXX-WXX-7")]),
# 35 inquiry into old events
("2006-01-26",
 "The Saville Inquiry into the events of Sunday, January 30, 1972, in Londonderry has now sat for "
 "almost six years. Its chairman said yesterday that the report would not be ready before the end "
 "of 2007. In the autumn of 2002 the tribunal moved to London "
 "for a year to hear soldiers' testimony. Families who will march on Sunday to mark the 34th "
 "anniversary say they have waited long enough.",
 [("Sunday, January 30, 1972", 1, "DATE", "1972-01-30"), ("now", 1, "DATE", "PRESENT_REF"),
  ("almost six years", 1, "DURATION", "P6Y"), ("yesterday", 1, "DATE", "2006-01-25"),
  ("the end of 2007", 1, "DATE", "2007"), ("the autumn of 2002", 1, "DATE", "2002-FA"), ("a year", 1, "DURATION", "P1Y"),
  ("Sunday", 2, "DATE", "2006-01-29")]),
# 36 heatwave
("2006-07-19",
 "Temperatures reached 36.5C at Wisley in Surrey at 3:10 p.m. today, the highest reading in Britain "
 "for 16 years. Water companies have imposed hosepipe bans for the summer, and the Met Office says "
 "the heat will last until at least the weekend. Rail operators told passengers to expect speed "
 "restrictions between 11 a.m. and 7 p.m. tomorrow.",
 [("3:10 p.m.", 1, "TIME", "2006-07-19T15:10"), ("today", 1, "DATE", "2006-07-19"),
  ("16 years", 1, "DURATION", "P16Y"), ("the summer", 1, "DATE", "2006-SU"),
  ("the weekend", 1, "DATE", "2006-W29-WE"), ("11 a.m.", 1, "TIME", "2006-07-20T11:00"),
  ("7 p.m.", 1, "TIME", "2006-07-20T19:00"), ("tomorrow", 1, "DATE", "2006-07-20")]),
# 37 council announcement
("2007-04-11",
 "Bexley council confirmed on Wednesday that household rubbish will be collected every other week "
 "from June, with recycling picked up weekly. Garden waste collections, currently made twice a "
 "month, will stop each winter. The council said the change would save \u00a31.2 million over three "
 "years. Residents have until May 18 to comment.",
 [("Wednesday", 1, "DATE", "2007-04-11"), ("every other week", 1, "SET", "P2W"),
  ("June", 1, "DATE", "2007-06"), ("weekly", 1, "SET", "P1W"), ("currently", 1, "DATE", "PRESENT_REF"),
  ("twice a month", 1, "SET", "P1M"), ("each winter", 1, "SET", "XXXX-WI"),
  ("three years", 1, "DURATION", "P3Y"), ("May 18", 1, "DATE", "2007-05-18")]),
# 38 health science
("2007-11-28",
 "Researchers at the University of Bristol have shown that a 10-minute walk after meals lowers blood "
 "sugar in people with type 2 diabetes. Volunteers aged 50 to 70 were followed for 16 weeks between "
 "January and May. Those who walked three times a day after eating saw the largest benefit. A larger "
 "trial starts next spring.",
 [("16 weeks", 1, "DURATION", "P16W"), ("January", 1, "DATE", "2007-01"), ("May", 1, "DATE", "2007-05"),
  ("three times a day", 1, "SET", "P1D"), ("next spring", 1, "DATE", "2008-SP")]),
# 39 obituary, retelling
("2008-02-21",
 "Ruth Adler, who survived eleven months in hiding in an Amsterdam attic, died on Monday in Haifa. "
 "She was 84. In July 1942 her family moved into a loft above a printing shop on the Prinsengracht. "
 "They were betrayed in June 1943; Ruth, then 19, was out buying bread that afternoon and escaped. "
 "She spent the next two years on a farm in Friesland. She emigrated in 1949 and taught mathematics "
 "in Haifa for three decades.",
 [("eleven months", 1, "DURATION", "P11M"), ("Monday", 1, "DATE", "2008-02-18"),
  ("July 1942", 1, "DATE", "1942-07"), ("June 1943", 1, "DATE", "1943-06"),
  ("that afternoon", 1, "TIME", "1943-06-XXTAF"), ("the next two years", 1, "DURATION", "P2Y"),
  ("1949", 1, "DATE", "1949"), ("three decades", 1, "DURATION", "P30Y")]),
# 40 Beijing
("2008-08-06",
 "BEIJING - The opening ceremony begins at 8 p.m. on Friday, the eighth day of the eighth month of "
 "2008, a date chosen because eight is a lucky number in China. Organisers have rehearsed the "
 "four-hour show every night for two weeks. The city has ordered half of its 3.3 million cars off the "
 "roads for the next two months, and air quality will be checked hourly.",
 [("8 p.m.", 1, "TIME", "2008-08-08T20:00"), ("Friday", 1, "DATE", "2008-08-08"),
  ("the eighth day of the eighth month of 2008", 1, "DATE", "2008-08-08"),
  ("four-hour", 1, "DURATION", "PT4H"), ("every night", 1, "SET", "XXXX-XX-XXTNI"),
  ("two weeks", 1, "DURATION", "P2W"), ("the next two months", 1, "DURATION", "P2M"),
  ("hourly", 1, "SET", "PT1H")]),
# 41 swine flu
("2009-05-27",
 "Health officials in Birmingham confirmed 12 new cases of swine flu today, all linked to a primary "
 "school that closed on Friday for seven days. Parents were told on Sunday evening that children "
 "must stay at home until June 2. The Health Protection Agency says cases have doubled every three "
 "days since mid-May and expects a second wave in the autumn.",
 [("today", 1, "DATE", "2009-05-27"), ("Friday", 1, "DATE", "2009-05-22"),
  ("seven days", 1, "DURATION", "P7D"), ("Sunday evening", 1, "TIME", "2009-05-24TEV"),
  ("June 2", 1, "DATE", "2009-06-02"), ("every three days", 1, "SET", "P3D"),
  ("mid-May", 1, "DATE", "2009-05"), ("the autumn", 1, "DATE", "2009-FA")]),
# 42 radio transcript
("2009-10-14",
 "HOST: Good morning, it's eight minutes past seven. The Post Office strike goes ahead tomorrow, the "
 "first national walkout in two years, and union leaders say it could last until Christmas. Last "
 "night talks broke up after nine hours. I spoke to the minister earlier this morning, and she told "
 "me the dispute has already cost the business millions.",
 [("eight minutes past seven", 1, "TIME", "2009-10-14T07:08"), ("tomorrow", 1, "DATE", "2009-10-15"),
  ("two years", 1, "DURATION", "P2Y"), ("Christmas", 1, "DATE", "2009-12-25"),
  ("Last night", 1, "TIME", "2009-10-13TNI"), ("nine hours", 1, "DURATION", "PT9H"),
  ("earlier this morning", 1, "TIME", "2009-10-14TMO")]),
# 43 Chile quake
("2010-03-03",
 "SANTIAGO, March 3 (Reuters) - Chile's death toll rose to 802 today, four days after the magnitude "
 "8.8 quake struck at 3:34 a.m. on Saturday. The country will hold three days of national mourning "
 "from Sunday. Aftershocks have continued almost hourly. It was the strongest earthquake in Chile "
 "since May 1960.",
 [("March 3", 1, "DATE", "2010-03-03"), ("today", 1, "DATE", "2010-03-03"),
  ("four days", 1, "DURATION", "P4D"), ("3:34 a.m.", 1, "TIME", "2010-02-27T03:34"),
  ("Saturday", 1, "DATE", "2010-02-27"), ("three days", 1, "DURATION", "P3D"),
  ("Sunday", 1, "DATE", "2010-03-07"), ("almost hourly", 1, "SET", "PT1H"),
  ("May 1960", 1, "DATE", "1960-05")]),
# 44 analysis, pensions
("2010-09-16",
 "Pensions are now the issue that keeps ministers awake. A worker retiring today can expect to draw "
 "a pension for more than 20 years, twice as long as in the 1950s. The government wants to raise "
 "the state pension age to 66 by 2020 and review it every five years after that. Critics say the "
 "timetable gives people in their fifties too little notice.",
 [("now", 1, "DATE", "PRESENT_REF"), ("today", 1, "DATE", "PRESENT_REF"),
  ("more than 20 years", 1, "DURATION", "P20Y"), ("the 1950s", 1, "DATE", "195"),
  ("2020", 1, "DATE", "2020"), ("every five years", 1, "SET", "P5Y")]),
# 45 Heathrow snow
("2010-12-21",
 "Heathrow expects to run a full timetable by Thursday, five days after 7 inches of snow fell on its "
 "runways in under an hour on Saturday morning. Thousands of passengers have slept in the terminals "
 "since the weekend. The airport said snow-clearing had taken longer than the 'day and a half' it "
 "had planned for. Forecasters warn that more snow could fall on Christmas Day.",
 [("Thursday", 1, "DATE", "2010-12-23"), ("five days", 1, "DURATION", "P5D"),
  ("under an hour", 1, "DURATION", "PT1H"), ("Saturday morning", 1, "TIME", "2010-12-18TMO"),
  ("the weekend", 1, "DATE", "2010-W50-WE"), ("day and a half", 1, "DURATION", "PT36H"),
  ("Christmas Day", 1, "DATE", "2010-12-25")]),
# 46 Wimbledon
("1995-07-03",
 "WIMBLEDON - Rain delayed play for two hours and 40 minutes on Centre Court on Saturday, and the "
 "fourth-round match between Pete Sampras and Shuji Matsuoka will resume at 1 p.m. today. The last "
 "time rain forced play on the middle Sunday was in 1991. Organisers say a roof is at least a decade "
 "away.",
 [("two hours and 40 minutes", 1, "DURATION", "PT2H40M"), ("Saturday", 1, "DATE", "1995-07-01"),
  ("1 p.m.", 1, "TIME", "1995-07-03T13:00"), ("today", 1, "DATE", "1995-07-03"),
  ("the middle Sunday", 1, "DATE", "1991-06-30"), ("1991", 1, "DATE", "1991"),
  ("at least a decade", 1, "DURATION", "P10Y")]),
# 47 Hong Kong handover
("1997-06-30",
 "HONG KONG - At midnight tonight, after 156 years of British rule, Hong Kong returns to China. "
 "Prince Charles and Chris Patten will sail from Victoria Harbour shortly after 12:15 a.m. on Tuesday "
 "aboard the royal yacht Britannia. Under the 1984 Joint Declaration, the territory keeps its own "
 "system for 50 years, until 2047. Rain has fallen for most of the past three days.",
 [("midnight tonight", 1, "TIME", "1997-06-30T24:00"), ("156 years", 1, "DURATION", "P156Y"),
  ("12:15 a.m.", 1, "TIME", "1997-07-01T00:15"), ("Tuesday", 1, "DATE", "1997-07-01"),
  ("1984", 1, "DATE", "1984"), ("50 years", 1, "DURATION", "P50Y"), ("2047", 1, "DATE", "2047"),
  ("the past three days", 1, "DURATION", "P3D")]),
# 48 Tangiwai retelling
("2003-12-29",
 "On Christmas Eve 1953, at 10:21 p.m., the Wellington-Auckland express plunged into the Whangaehu "
 "River at Tangiwai. A lahar from Mount Ruapehu had swept away the bridge minutes earlier. Cyril "
 "Ellis, a passenger who helped pull survivors from the water, described that night to a radio "
 "interviewer in 1978, twenty-five years later. On Wednesday, relatives gathered at the memorial for "
 "the 50th anniversary; the next one will be held in 2028.",
 [("Christmas Eve 1953", 1, "DATE", "1953-12-24"), ("10:21 p.m.", 1, "TIME", "1953-12-24T22:21"),
  ("minutes", 1, "DURATION", "PTXM"), ("that night", 1, "TIME", "1953-12-24TNI"),
  ("1978", 1, "DATE", "1978"), ("twenty-five years", 1, "DURATION", "P25Y"),
  ("Wednesday", 1, "DATE", "2003-12-24"), ("2028", 1, "DATE", "2028")]),
# 49 Athens
("2004-08-25",
 "ATHENS - Hicham El Guerrouj completed the 1,500 and 5,000 metres double on Tuesday night, winning "
 "the longer race in 13:14.39. No man had done it at the same Games since Paavo Nurmi in 1924, 80 "
 "years ago. The Moroccan, who turned 29 in September, said he would decide within a month whether "
 "to keep racing.",
 [("Tuesday night", 1, "TIME", "2004-08-24TNI"), ("13:14.39", 1, "DURATION", "PT13M14.39S"),
  ("1924", 1, "DATE", "1924"), ("80 years ago", 1, "DATE", "1924"), ("September", 1, "DATE", "2003-09"),
  ("a month", 1, "DURATION", "P1M")]),
# 50 coffee chain
("2006-10-10",
 "SEATTLE - Larkspur Coffee Co. said it would open 2,400 stores in fiscal 2007, which began on "
 "October 2, and that same-store sales grew 7 percent in the three months to October 1. Its shares have doubled in the past 18 months. Chief "
 "financial officer Mike Dunn said the chain would add stores at a similar pace for the next five to "
 "seven years.",
 [("fiscal 2007", 1, "DATE", "FY2007"), ("October 2", 1, "DATE", "2006-10-02"),
  ("the three months", 1, "DURATION", "P3M"), ("October 1", 1, "DATE", "2006-10-01"), ("the past 18 months", 1, "DURATION", "P18M"),
  ("the next five to seven years", 1, "DURATION", "PXY")]),
# 51 election night
("2008-11-05",
 "CHICAGO - Barack Obama claimed victory shortly after 11 p.m. Eastern time on Tuesday, and spoke to "
 "a crowd of 240,000 in Grant Park just before midnight. He takes office on January 20, 2009, after a "
 "transition of 76 days. Turnout was the highest since 1960. 'Change has come to America,' he said, "
 "at the end of a campaign that lasted nearly two years.",
 [("11 p.m. Eastern time", 1, "TIME", "2008-11-04T23:00"), ("Tuesday", 1, "DATE", "2008-11-04"),
  ("midnight", 1, "TIME", "2008-11-04T24:00"), ("January 20, 2009", 1, "DATE", "2009-01-20"),
  ("76 days", 1, "DURATION", "P76D"), ("1960", 1, "DATE", "1960"),
  ("nearly two years", 1, "DURATION", "P2Y")]),
# 52 analysis, recession
("2009-01-06",
 "Economists now talk openly of the worst downturn since the 1930s. Unemployment, which stood at 5.2 "
 "percent a year ago, could reach 8 percent by the summer. Recovery, when it comes, may take between "
 "two and three years, and public debt will weigh on growth for the coming decade. For now, the Bank "
 "of England meets on Thursday and is expected to cut rates to a 315-year low.",
 [("now", 1, "DATE", "PRESENT_REF"), ("the 1930s", 1, "DATE", "193"), ("a year ago", 1, "DATE", "2008"),
  ("the summer", 1, "DATE", "2009-SU"), ("between two and three years", 1, "DURATION", "PXY"),
  ("the coming decade", 1, "DURATION", "P10Y"), ("now", 2, "DATE", "PRESENT_REF"),
  ("Thursday", 1, "DATE", "2009-01-08")]),
# 53 oil spill
("2010-05-20",
 "NEW ORLEANS - A month after the Deepwater Horizon rig exploded and sank, oil from the well is "
 "reaching the Louisiana marshes. BP said on Wednesday that a mile-long tube was now capturing about "
 "a fifth of the leak. Engineers will attempt a 'top kill' early next week, and a relief well will "
 "not be finished until August. The rig burned for 36 hours before sinking on April 22, two days "
 "after the blast.",
 [("A month", 1, "DURATION", "P1M"), ("Wednesday", 1, "DATE", "2010-05-19"),
  ("now", 1, "DATE", "PRESENT_REF"), ("early next week", 1, "DATE", "2010-W21"),
  ("August", 1, "DATE", "2010-08"), ("36 hours", 1, "DURATION", "PT36H"),
  ("April 22", 1, "DATE", "2010-04-22"), ("two days", 1, "DURATION", "P2D")]),
# 54 shuttle
("2011-05-10",
 "CAPE CANAVERAL - NASA has reset the final launch of the space shuttle Endeavour for 8:56 a.m. EDT "
 "on Monday, two weeks after a faulty heater forced a postponement hours before liftoff. The 16-day "
 "mission will deliver a $2 billion particle detector to the International Space Station. Only "
 "one more shuttle flight remains before the programme ends this summer "
 "after 30 years.",
 [("8:56 a.m. EDT", 1, "TIME", "2011-05-16T08:56"), ("Monday", 1, "DATE", "2011-05-16"),
  ("two weeks", 1, "DURATION", "P2W"), ("hours", 1, "DURATION", "PTXH"), ("16-day", 1, "DURATION", "P16D"), ("this summer", 1, "DATE", "2011-SU"), ("30 years", 1, "DURATION", "P30Y")]),
# 55 leap day
("2012-02-29",
 "It comes around only once every four years, and in Ireland tradition says a woman may propose "
 "today. Registrars in Dublin said 41 couples had booked weddings, twice as many as on February 29, "
 "2008. Children born on the date celebrate a real birthday only every fourth year; the next chance "
 "is in 2016.",
 [("once every four years", 1, "SET", "P4Y"), ("today", 1, "DATE", "2012-02-29"),
  ("February 29, 2008", 1, "DATE", "2008-02-29"), ("every fourth year", 1, "SET", "P4Y"),
  ("2016", 1, "DATE", "2016")]),
# 56 storm forecast
("2012-10-23",
 "MIAMI - Tropical Storm Sandy formed in the Caribbean on Monday and could become a hurricane by late "
 "Wednesday as it nears Jamaica. Forecasters said the storm may reach the U.S. East Coast early next "
 "week, although its track beyond the weekend is uncertain. The Atlantic hurricane season, which "
 "began on June 1, runs until November 30.",
 [("Monday", 1, "DATE", "2012-10-22"), ("late Wednesday", 1, "DATE", "2012-10-24"),
  ("early next week", 1, "DATE", "2012-W44"), ("the weekend", 1, "DATE", "2012-W43-WE"),
  ("June 1", 1, "DATE", "2012-06-01"), ("November 30", 1, "DATE", "2012-11-30")]),
# 57 trial, story time
("2013-06-04",
 "SOUTHWARK CROWN COURT - A former trader told the jury on Monday that he had been ordered to move "
 "the figures 'every other Friday' throughout 2008-2009. He said he first raised concerns with his "
 "manager at 9 AM on Thursday, October 16, 2008, and was moved to another desk the following week. "
 "By then, he said, the losses had reached \u00a340 million. The trial, which began five weeks ago, "
 "is expected to last until July.",
 [("Monday", 1, "DATE", "2013-06-03"), ("every other Friday", 1, "SET", "XXXX-WXX-5"),
  ("2008", 1, "DATE", "2008"), ("2009", 1, "DATE", "2009"), ("9 AM", 1, "TIME", "2008-10-16T09:00"),
  ("Thursday, October 16, 2008", 1, "DATE", "2008-10-16"), ("the following week", 1, "DATE", "2008-W43"),
  ("then", 1, "DATE", "2008-W43"), ("five weeks ago", 1, "DATE", "2013-W18"), ("July", 1, "DATE", "2013-07")]),
# 58 A&E waits
("2014-01-15",
 "A&E departments in Wales saw the worst waiting times on record in December, with one patient in "
 "five waiting more than four hours. The Welsh Government said yesterday that an extra \u00a310 "
 "million would be spent over the winter. Ambulances queued outside the University Hospital of Wales "
 "for up to six hours on Boxing Day.",
 [("December", 1, "DATE", "2013-12"), ("more than four hours", 1, "DURATION", "PT4H"),
  ("yesterday", 1, "DATE", "2014-01-14"), ("the winter", 1, "DATE", "2013-WI"),
  ("up to six hours", 1, "DURATION", "PT6H"), ("Boxing Day", 1, "DATE", "2013-12-26")]),
# 59 anniversary
("2014-09-11",
 "At 8:46 a.m. on September 11, 2001, the first plane struck the north tower of the World Trade "
 "Center. Seventeen minutes later the second hit the south tower, and by 10:28 a.m. both towers had "
 "fallen. Thirteen years later, the memorial museum, which opened in May, will stay open until "
 "midnight tonight; names of the dead will be read from 8:30 a.m.",
 [("8:46 a.m.", 1, "TIME", "2001-09-11T08:46"), ("September 11, 2001", 1, "DATE", "2001-09-11"),
  ("Seventeen minutes", 1, "DURATION", "PT17M"), ("10:28 a.m.", 1, "TIME", "2001-09-11T10:28"),
  ("Thirteen years", 1, "DURATION", "P13Y"), ("May", 1, "DATE", "2014-05"),
  ("midnight tonight", 1, "TIME", "2014-09-11T24:00"), ("8:30 a.m.", 1, "TIME", "2014-09-11T08:30")]),
# 60 Nepal
("2015-04-28",
 "KATHMANDU - Rescue teams reached remote villages in Gorkha district today, three days after "
 "Saturday's earthquake struck at 11:56 a.m. local time. The death toll passed 4,600 on Tuesday "
 "morning. Survivors have slept in the open since the weekend, and the monsoon, due in June, could "
 "hamper relief work for months.",
 [("today", 1, "DATE", "2015-04-28"), ("three days", 1, "DURATION", "P3D"), ("Saturday", 1, "DATE", "2015-04-25"),
  ("11:56 a.m. local time", 1, "TIME", "2015-04-25T11:56"), ("Tuesday morning", 1, "TIME", "2015-04-28TMO"),
  ("the weekend", 1, "DATE", "2015-W17-WE"), ("June", 1, "DATE", "2015-06"), ("months", 1, "DURATION", "PXM")]),
# 61 Rio
("2016-08-17",
 "RIO DE JANEIRO - Usain Bolt won his seventh Olympic gold late on Sunday, clocking 9.81 seconds in "
 "the 100 metres, and runs the 200 metres semi-final at 10 p.m. local time. The Jamaican, who turns 30 "
 "on Sunday, has said Rio will be his last Olympics. He has been unbeaten at global championships over "
 "200 metres since 2008.",
 [("Sunday", 1, "DATE", "2016-08-14"), ("9.81 seconds", 1, "DURATION", "PT9.81S"),
  ("10 p.m. local time", 1, "TIME", "2016-08-17T22:00"), ("Sunday", 2, "DATE", "2016-08-21"),
  ("2008", 1, "DATE", "2008")]),
# 62 biotech
("2016-11-30",
 "Oxford Biotherm said revenue for the third quarter rose 18 percent, taking sales for the first nine "
 "months to \u00a342 million. The company, which listed on AIM in 2014, has raised money twice in the "
 "past 18 months and expects to break even by year-end 2017. Full-year results will be published in March.",
 [("the third quarter", 1, "DATE", "2016-Q3"), ("the first nine months", 1, "DURATION", "P9M"),
  ("2014", 1, "DATE", "2014"), ("the past 18 months", 1, "DURATION", "P18M"),
  ("year-end 2017", 1, "DATE", "2017"), ("March", 1, "DATE", "2017-03")]),
# 63 Westminster
("2017-03-22",
 "LONDON, March 22 (Reuters) - A man drove a car into pedestrians on Westminster Bridge at about 2:40 "
 "p.m. today and then stabbed a police officer inside the gates of Parliament. The attack lasted 82 "
 "seconds. The House of Commons was locked down for several hours, and lawmakers were not allowed to "
 "leave until after 7 p.m. Prime Minister Theresa May will chair a meeting of the government's "
 "emergency committee tonight.",
 [("March 22", 1, "DATE", "2017-03-22"), ("about 2:40 p.m.", 1, "TIME", "2017-03-22T14:40"),
  ("today", 1, "DATE", "2017-03-22"), ("82 seconds", 1, "DURATION", "PT82S"),
  ("several hours", 1, "DURATION", "PTXH"), ("7 p.m.", 1, "TIME", "2017-03-22T19:00"),
  ("tonight", 1, "TIME", "2017-03-22TNI")]),
# 64 summit
("2018-06-12",
 "SINGAPORE - Donald Trump and Kim Jong Un shook hands at 9:04 a.m. local time on Tuesday, the first "
 "meeting between a sitting U.S. president and a North Korean leader. Their talks lasted about five "
 "hours. Only six months ago the two men were trading insults. Trump said denuclearisation would "
 "start 'very, very quickly', but gave no date; analysts expect the process to take a decade or more.",
 [("9:04 a.m. local time", 1, "TIME", "2018-06-12T09:04"), ("Tuesday", 1, "DATE", "2018-06-12"),
  ("about five hours", 1, "DURATION", "PT5H"), ("six months ago", 1, "DATE", "2017-12"),
  ("a decade", 1, "DURATION", "P10Y")]),
# 65 rail timetable
("2018-10-02",
 "Northern said on Monday that it would run a full timetable from December 9, more than six months "
 "after its May timetable change caused weeks of cancellations. Passengers on the Lakes line went without any train for a fortnight in "
 "June. The operator will pay season-ticket holders compensation equal to a month's fares.",
 [("Monday", 1, "DATE", "2018-10-01"), ("December 9", 1, "DATE", "2018-12-09"),
  ("more than six months", 1, "DURATION", "P6M"), ("May", 1, "DATE", "2018-05"),
  ("weeks", 1, "DURATION", "PXW"),
  ("a fortnight", 1, "DURATION", "P2W"), ("June", 1, "DATE", "2018-06")]),
# 66 cold snap
("2019-01-24",
 "CHICAGO - Temperatures could fall to minus 27F by next Wednesday, colder than anything the city has "
 "seen since January 1985. The day before yesterday, a 71-year-old man was found frozen near Lake Shore "
 "Drive. City officials opened warming centres that will stay open around the clock through the week "
 "ahead. Schools will decide by noon on Sunday whether to close.",
 [("next Wednesday", 1, "DATE", "2019-01-30"), ("January 1985", 1, "DATE", "1985-01"),
  ("The day before yesterday", 1, "DATE", "2019-01-22"), ("the week ahead", 1, "DURATION", "P1W"),
  ("noon", 1, "TIME", "2019-01-27T12:00"), ("Sunday", 1, "DATE", "2019-01-27")]),
# 67 Tour de France
("2019-07-09",
 "COLMAR, France - Julian Alaphilippe took the yellow jersey late Monday after a solo attack 16 "
 "kilometres from the finish, completing the 215 km stage in 5:17:44. The Frenchman is the first home "
 "rider to lead the Tour since Thomas Voeckler in July 2011. Tuesday is a flat stage to Nancy, and the "
 "race reaches the Vosges on Thursday afternoon. The Tour ends in Paris on July 28 after three weeks of racing.",
 [("late Monday", 1, "DATE", "2019-07-08"), ("5:17:44", 1, "DURATION", "PT5H17M44S"),
  ("July 2011", 1, "DATE", "2011-07"), ("Tuesday", 1, "DATE", "2019-07-09"),
  ("Thursday afternoon", 1, "TIME", "2019-07-11TAF"), ("July 28", 1, "DATE", "2019-07-28"),
  ("three weeks", 1, "DURATION", "P3W")]),
# 68 lockdown
("2020-04-14",
 "The prime minister's spokesman said today that the lockdown, which began on March 23, will be "
 "reviewed on Thursday. Hospitals in England reported 778 deaths in the 24 hours to 5 p.m. on Sunday. "
 "Ministers say 100,000 tests will be carried out every day by the end of April.",
 [("today", 1, "DATE", "2020-04-14"), ("March 23", 1, "DATE", "2020-03-23"), ("Thursday", 1, "DATE", "2020-04-16"),
  ("the 24 hours", 1, "DURATION", "PT24H"), ("5 p.m.", 1, "TIME", "2020-04-12T17:00"),
  ("Sunday", 1, "DATE", "2020-04-12"), ("every day", 1, "SET", "P1D"), ("the end of April", 1, "DATE", "2020-04")]),
# 69 TV transcript, count
("2020-11-05",
 "ANCHOR: It's just after 9 AM here in Philadelphia, and the count is still going on two days after "
 "polls closed. Officials told us they hope to finish by Friday evening. A couple of days back, the "
 "president's lead here was more than half a million votes; this morning it's under 100,000. We'll be "
 "back with you in half an hour.",
 [("9 AM", 1, "TIME", "2020-11-05T09:00"), ("two days", 1, "DURATION", "P2D"),
  ("Friday evening", 1, "TIME", "2020-11-06TEV"), ("A couple of days back", 1, "DATE", "2020-11-03"),
  ("this morning", 1, "TIME", "2020-11-05TMO"), ("half an hour", 1, "DURATION", "PT30M")]),
# 70 Perseverance
("2021-02-17",
 "PASADENA - NASA's Perseverance rover will attempt to land in Jezero Crater at about 3:55 p.m. EST "
 "tomorrow, after a journey of almost seven months. Engineers call the descent 'seven minutes of "
 "terror'. Signals from Mars take 11 minutes and 22 seconds to reach Earth, so the landing will be over "
 "before controllers hear that it has begun. The rover will collect samples for at least 687 days.",
 [("about 3:55 p.m. EST", 1, "TIME", "2021-02-18T15:55"), ("tomorrow", 1, "DATE", "2021-02-18"),
  ("almost seven months", 1, "DURATION", "P7M"), ("seven minutes", 1, "DURATION", "PT7M"),
  ("11 minutes and 22 seconds", 1, "DURATION", "PT11M22S"), ("at least 687 days", 1, "DURATION", "P687D")]),
# 71 memoir, story jumps
("2021-08-25",
 "Ivana Horak was 17 when she joined the crowds in Wenceslas Square in November 1989. In 1989-91 she "
 "worked as a translator for foreign journalists. She later spent 2014-2016 writing a memoir of that "
 "period, published this spring. Interviewed on Monday, she said that in ten years nobody under 50 "
 "will remember what the borders were like.",
 [("November 1989", 1, "DATE", "1989-11"), ("1989", 2, "DATE", "1989"), ("91", 1, "DATE", "1991"),
  ("2014", 1, "DATE", "2014"), ("2016", 1, "DATE", "2016"), ("this spring", 1, "DATE", "2021-SP"),
  ("Monday", 1, "DATE", "2021-08-23"), ("ten years", 1, "DATE", "2031")]),
# 72 retailer
("2022-05-19",
 "Northfield Stores Inc. said profit in the three months ended April 30 fell 52 percent as fuel and "
 "freight costs rose. The retailer cut its forecast for fiscal 2022 and said margins would recover in "
 "the second half. Its shares fell 25 percent on Wednesday, their biggest drop since October 1987.",
 [("the three months", 1, "DURATION", "P3M"), ("April 30", 1, "DATE", "2022-04-30"),
  ("fiscal 2022", 1, "DATE", "FY2022"), ("the second half", 1, "DATE", "2022-H2"),
  ("Wednesday", 1, "DATE", "2022-05-18"), ("October 1987", 1, "DATE", "1987-10")]),
# 73 World Cup
("2022-12-06",
 "DOHA - Morocco reached the World Cup quarter-finals for the first time on Tuesday, beating Spain on "
 "penalties after 120 minutes without a goal. They face Portugal at 6 p.m. on Saturday. 'May this "
 "night never end,' coach Walid Regragui told reporters. Spain have now gone out on penalties in four "
 "of their last five major tournaments.",
 [("Tuesday", 1, "DATE", "2022-12-06"), ("120 minutes", 1, "DURATION", "PT120M"),
  ("6 p.m.", 1, "TIME", "2022-12-10T18:00"), ("Saturday", 1, "DATE", "2022-12-10"),
  ("this night", 1, "TIME", "2022-12-06TNI"), ("now", 1, "DATE", "PRESENT_REF")]),
# 74 court, sea wall
("2023-03-08",
 "A judge at Bristol Crown Court has ordered the city council to pay for repairs to a Victorian sea "
 "wall built in the late 19th century. The hearing ended late Tuesday after three days of evidence. "
 "Engineers told the court that the wall, inspected every six months, could fail within 18 to 24 "
 "months if nothing is done. Work must begin by September.",
 [("the late 19th century", 1, "DATE", "18"), ("late Tuesday", 1, "DATE", "2023-03-07"),
  ("three days", 1, "DURATION", "P3D"), ("every six months", 1, "SET", "P6M"),
  ("18 to 24 months", 1, "DURATION", "PXM"), ("September", 1, "DATE", "2023-09")]),
# 75 sea ice
("2023-09-27",
 "Arctic sea ice shrank to its sixth-smallest extent on record this month, scientists said on Monday. "
 "The ice now melts back each summer to well below the average for 1981-2010, and the nine lowest "
 "minimums on record have all come in the past 17 years. Some models suggest the Arctic could be "
 "ice-free in September within about 10 to 15 years.",
 [("this month", 1, "DATE", "2023-09"), ("Monday", 1, "DATE", "2023-09-25"), ("now", 1, "DATE", "PRESENT_REF"),
  ("each summer", 1, "SET", "XXXX-SU"), ("1981", 1, "DATE", "1981"), ("2010", 1, "DATE", "2010"),
  ("the past 17 years", 1, "DURATION", "P17Y"), ("September", 1, "DATE", "XXXX-09"),
  ("about 10 to 15 years", 1, "DURATION", "PXY")]),
# 76 miners' strike, story jumps
("2024-02-20",
 "Forty years ago, the miners at Cortonwood walked out. Dave Mellor was 23. On Monday, March 5, 1984, "
 "he stood on the picket line from 6 a.m. until dark; by the end of that week the strike had spread "
 "across Yorkshire. It lasted almost a year, ending on March 3, 1985. Mellor went back to the site in "
 "2004, when it was a retail park, and again last week with his grandson.",
 [("Forty years ago", 1, "DATE", "1984"), ("Monday, March 5, 1984", 1, "DATE", "1984-03-05"),
  ("6 a.m.", 1, "TIME", "1984-03-05T06:00"), ("the end of that week", 1, "DATE", "1984-W10"),
  ("almost a year", 1, "DURATION", "P1Y"), ("March 3, 1985", 1, "DATE", "1985-03-03"),
  ("2004", 1, "DATE", "2004"), ("last week", 1, "DATE", "2024-W07")]),
# 77 rail closure
("2024-06-11",
 "Network Rail will close the line between Bath and Bristol for nine days from July 20 while a bridge "
 "at Keynsham is replaced. Replacement buses will run every 20 minutes. It is the second closure this "
 "year: the line was shut on weekends from April to June for track work. The \u00a380 million upgrade "
 "is due to finish in 2026.",
 [("nine days", 1, "DURATION", "P9D"), ("July 20", 1, "DATE", "2024-07-20"),
  ("every 20 minutes", 1, "SET", "PT20M"), ("this year", 1, "DATE", "2024"),
  ("weekends", 1, "SET", "XXXX-WXX-WE"), ("April", 1, "DATE", "2024-04"), ("June", 1, "DATE", "2024-06"),
  ("2026", 1, "DATE", "2026")]),
# 78 floods
("2024-10-30",
 "VALENCIA, Spain - Flash floods killed at least 51 people in eastern Spain after a year's worth of "
 "rain fell in eight hours on Tuesday. Emergency alerts reached some phones only after 8 p.m., hours "
 "after water had begun pouring into towns south of the city. The government declared three days of "
 "mourning from Thursday.",
 [("eight hours", 1, "DURATION", "PT8H"), ("Tuesday", 1, "DATE", "2024-10-29"),
  ("8 p.m.", 1, "TIME", "2024-10-29T20:00"), ("hours", 2, "DURATION", "PTXH"),
  ("three days", 1, "DURATION", "P3D"), ("Thursday", 1, "DATE", "2024-10-31")]),
# 79 opinion, 100 days
("2025-01-22",
 "The new administration's first 100 days end on April 29, and its officials already talk as if the "
 "100th day were a deadline rather than a milestone. Presidents since Franklin Roosevelt in 1933 have "
 "been judged on that yardstick. But the measures that matter, on energy and housing, will take years "
 "to show up, and voters may not feel any change for another two to four years.",
 [("first 100 days", 1, "DURATION", "P100D"), ("April 29", 1, "DATE", "2025-04-29"),
  ("the 100th day", 1, "DATE", "2025-04-29"), ("1933", 1, "DATE", "1933"), ("years", 1, "DURATION", "PXY"),
  ("another two to four years", 1, "DURATION", "PXY")]),
# 80 breakfast clubs
("2025-05-06",
 "The Department for Education announced today that free breakfast clubs will open in every primary "
 "school in England from September 2026. Schools in the pilot, which started on April 22, receive "
 "funding twice a month, and the scheme will be reviewed yearly. Ministers say it will cost \u00a3315 "
 "million in the first year.",
 [("today", 1, "DATE", "2025-05-06"), ("September 2026", 1, "DATE", "2026-09"), ("April 22", 1, "DATE", "2025-04-22"),
  ("twice a month", 1, "SET", "P1M"), ("yearly", 1, "SET", "P1Y"), ("the first year", 1, "DURATION", "P1Y")]),
# 81 marathon
("2025-09-03",
 "Sydney Marathon winner Hailemaryam Kiros crossed the line in 2:06:06 on Sunday, and the women's race "
 "was won in 2:18:22. The race became the seventh World Marathon Major this year; Berlin follows on "
 "September 21, three weeks later. Organisers say the course record of 2:05:30 could fall within two years.",
 [("2:06:06", 1, "DURATION", "PT2H6M6S"), ("Sunday", 1, "DATE", "2025-08-31"),
  ("2:18:22", 1, "DURATION", "PT2H18M22S"), ("this year", 1, "DATE", "2025"),
  ("September 21", 1, "DATE", "2025-09-21"), ("three weeks", 1, "DURATION", "P3W"),
  ("2:05:30", 1, "DURATION", "PT2H5M30S"), ("two years", 1, "DURATION", "P2Y")]),
# 82 arson trial, story time
("2011-11-08",
 "The trial of a Manchester nightclub owner accused of arson opened yesterday. The prosecution said "
 "that on Friday, March 12, 2010, he had insured the building for \u00a32 million; earlier that year he "
 "had fallen months behind on the rent. That evening a neighbour saw him loading boxes into a van at "
 "11:40 p.m. The club burned down two days later. The trial is expected to last between four and six weeks.",
 [("yesterday", 1, "DATE", "2011-11-07"), ("Friday, March 12, 2010", 1, "DATE", "2010-03-12"),
  ("earlier that year", 1, "DATE", "2010"), ("months", 1, "DURATION", "PXM"),
  ("That evening", 1, "TIME", "2010-03-12TEV"), ("11:40 p.m.", 1, "TIME", "2010-03-12T23:40"),
  ("two days", 1, "DURATION", "P2D"), ("between four and six weeks", 1, "DURATION", "PXW")]),
# 83 Mandela
("2013-12-10",
 "JOHANNESBURG - Tens of thousands of people filled the FNB stadium in Soweto today for a memorial "
 "service for Nelson Mandela, who died on Thursday at 95. He spent 27 years in prison, 18 of them on "
 "Robben Island, before his release on February 11, 1990. Four years later he became the country's "
 "first black president. He will be buried in Qunu on Sunday after ten days of national mourning.",
 [("today", 1, "DATE", "2013-12-10"), ("Thursday", 1, "DATE", "2013-12-05"), ("27 years", 1, "DURATION", "P27Y"),
  ("February 11, 1990", 1, "DATE", "1990-02-11"), ("Four years", 1, "DURATION", "P4Y"),
  ("Sunday", 1, "DATE", "2013-12-15"), ("ten days", 1, "DURATION", "P10D")]),
# 84 astronaut
("2015-12-15",
 "BAIKONUR - British astronaut Tim Peake blasted off for the International Space Station at 11:03 GMT "
 "today and docked about six hours later. He will spend six months aboard, returning in June. Peake, "
 "43, trained for almost six years. During his stay the crew will see 16 sunrises every day.",
 [("11:03 GMT", 1, "TIME", "2015-12-15T11:03"), ("today", 1, "DATE", "2015-12-15"),
  ("about six hours", 1, "DURATION", "PT6H"), ("six months", 1, "DURATION", "P6M"), ("June", 1, "DATE", "2016-06"),
  ("almost six years", 1, "DURATION", "P6Y"), ("every day", 1, "SET", "P1D")]),
# 85 Mexico quake, two years
("2017-09-19",
 "MEXICO CITY - A magnitude 7.1 earthquake struck central Mexico at 1:14 p.m. today, two hours after the "
 "city held its yearly earthquake drill and exactly 32 years after the 1985 quake that killed thousands. "
 "Buildings collapsed in the Roma and Condesa districts. On that September 19, at 7:19 a.m., the ground "
 "shook for nearly two minutes. Twelve days ago, on September 7, an 8.1 quake hit off the southern coast.",
 [("1:14 p.m.", 1, "TIME", "2017-09-19T13:14"), ("today", 1, "DATE", "2017-09-19"),
  ("two hours", 1, "DURATION", "PT2H"), ("yearly", 1, "SET", "P1Y"), ("32 years", 1, "DURATION", "P32Y"),
  ("1985", 1, "DATE", "1985"), ("that September 19", 1, "DATE", "1985-09-19"),
  ("7:19 a.m.", 1, "TIME", "1985-09-19T07:19"), ("nearly two minutes", 1, "DURATION", "PT2M"),
  ("Twelve days ago", 1, "DATE", "2017-09-07"), ("September 7", 1, "DATE", "2017-09-07")]),
# 86 Venice
("2019-11-13",
 "VENICE - The highest tide in more than 50 years swept through Venice late Tuesday, peaking at 187 cm "
 "at 10:50 p.m. St Mark's Basilica flooded for the sixth time in 1,200 years, and the mayor said the "
 "city would seek a state of emergency on Thursday. The record, 194 cm, was set on November 4, 1966.",
 [("more than 50 years", 1, "DURATION", "P50Y"), ("late Tuesday", 1, "DATE", "2019-11-12"),
  ("10:50 p.m.", 1, "TIME", "2019-11-12T22:50"), ("1,200 years", 1, "DURATION", "P1200Y"),
  ("Thursday", 1, "DATE", "2019-11-14"), ("November 4, 1966", 1, "DATE", "1966-11-04")]),
# 87 Japanese company
("2021-11-30",
 "Tokyo-based Sanwa Rail Systems raised its full-year profit forecast, saying orders in the six months "
 "to September 30 beat expectations. It now expects operating profit of 48 billion yen for the year "
 "ending March 2022. The company pays dividends twice "
 "a year, in June and December.",
 [("the six months", 1, "DURATION", "P6M"), ("September 30", 1, "DATE", "2021-09-30"),
  ("now", 1, "DATE", "PRESENT_REF"), ("March 2022", 1, "DATE", "2022-03"),
  ("twice a year", 1, "SET", "P1Y"), ("June", 1, "DATE", "XXXX-06"), ("December", 1, "DATE", "XXXX-12")]),
# 88 radio, heat
("2022-08-09",
 "PRESENTER: An amber heat warning comes into force at midnight on Thursday and runs through Sunday, "
 "with temperatures reaching 35C. It follows July's record of 40.3C. Water companies are expected to "
 "announce hosepipe bans later this week. Hot weather is coming back every summer now, and a climate "
 "scientist will join us in about 20 minutes to explain why.",
 [("midnight", 1, "TIME", "2022-08-11T00:00"), ("Thursday", 1, "DATE", "2022-08-11"),
  ("Sunday", 1, "DATE", "2022-08-14"), ("July", 1, "DATE", "2022-07"), ("later this week", 1, "DATE", "2022-W32"),
  ("every summer", 1, "SET", "XXXX-SU"), ("now", 1, "DATE", "PRESENT_REF"),
  ("about 20 minutes", 1, "DURATION", "PT20M")]),
# 89 headline, climate
("2023-12-12",
 "HEADLINE: 2023 set to be hottest year in 125,000 years. The year to November was 1.46C warmer than "
 "the 1850-1900 average, the Copernicus service said on Wednesday. "
 "Every month since June has been the warmest of its kind on record. Scientists say the 2020s are "
 "likely to be the warmest decade since the 19th century.",
 [("2023", 1, "DATE", "2023"), ("125,000 years", 1, "DURATION", "P125000Y"), ("November", 1, "DATE", "2023-11"),
  ("1850", 1, "DATE", "1850"), ("1900", 1, "DATE", "1900"), ("Wednesday", 1, "DATE", "2023-12-06"),
  ("Every month", 1, "SET", "P1M"), ("June", 1, "DATE", "2023-06"),
  ("the 2020s", 1, "DATE", "202"), ("the 19th century", 1, "DATE", "18")]),
# 90 opinion, generic
("2025-03-18",
 "In the past, a town lost its bank branch and people drove to the next one. Today, 6,000 branches have "
 "closed across Britain since 2015, and the nearest may be an hour away by bus. Banks currently promise "
 "a review whenever a branch shuts, but the hubs they offer open only two days a week. In the future, "
 "ministers should insist that no town is left without cash access for more than a month.",
 [("the past", 1, "DATE", "PAST_REF"), ("Today", 1, "DATE", "PRESENT_REF"), ("2015", 1, "DATE", "2015"),
  ("currently", 1, "DATE", "PRESENT_REF"), ("two days a week", 1, "SET", "P1W"),
  ("the future", 1, "DATE", "FUTURE_REF"), ("more than a month", 1, "DURATION", "P1M")]),
]
