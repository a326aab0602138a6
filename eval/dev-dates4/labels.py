"""Decision lists for eval/dev-dates4 (a DEVELOPMENT set, dates layer only).

Per passage: (dct, text, [(surface, occurrence, label, value), ...]). Occurrence counts
case-sensitive whole-word matches of the surface in the text (1-based).
"""

ITEMS = []


def P(dct, text, spans):
    ITEMS.append((dct, text, spans))


# 1 UK police appeal
P("1990-03-14",
  "Police in Leeds are appealing for witnesses after a post office on Harehills Lane was robbed "
  "at about 4.15pm on Monday 12 March. Two men, one carrying a sawn-off shotgun, left with around "
  "£3,000 in a blue Ford Sierra. A 19-year-old was questioned on Tuesday and released on bail until "
  "next month. Officers will staff a mobile unit outside the shop every morning for the next week.",
  [("about 4.15pm", 1, "TIME", "1990-03-12T16:15"),
   ("Monday 12 March", 1, "DATE", "1990-03-12"),
   ("Tuesday", 1, "DATE", "1990-03-13"),
   ("next month", 1, "DATE", "1990-04"),
   ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
   ("the next week", 1, "DURATION", "P1W")])

# 2 Australian racing preview
P("1990-11-02",
  "The Melbourne Cup will be run next Tuesday, 6 November, at 3.20pm, with a field of 24 already "
  "confirmed. Last year's winner, a six-year-old gelding, returns with a heavier weight. Trainers "
  "have had three weeks to prepare since the Caulfield Cup on 20 October. Forecasters expect "
  "showers on Saturday but a fine Cup Day. The race, over 3200 metres, usually takes a little over "
  "three minutes and 20 seconds.",
  [("next Tuesday, 6 November", 1, "DATE", "1990-11-06"),
   ("3.20pm", 1, "TIME", "1990-11-06T15:20"),
   ("Last year", 1, "DATE", "1989"),
   ("three weeks", 1, "DURATION", "P3W"),
   ("20 October", 1, "DATE", "1990-10-20"),
   ("Saturday", 1, "DATE", "1990-11-03"),
   ("Cup Day", 1, "DATE", "1990-11-06"),
   ("a little over three minutes and 20 seconds", 1, "DURATION", "PT3M20S")])

# 3 India monsoon, Mumbai
P("1991-06-21",
  "Monsoon rains reached Mumbai on 18th June, nearly a week later than usual, the India "
  "Meteorological Department said on Thursday. The city received 112 mm of rain in the 24 hours "
  "to 8.30 am on Thursday. Schools, closed since the vacation began in April, will reopen on "
  "Monday, 24th June. The BMC said pumping stations would run round the clock for the next two to "
  "three days.",
  [("18th June", 1, "DATE", "1991-06-18"),
   ("nearly a week", 1, "DURATION", "P1W"),
   ("Thursday", 1, "DATE", "1991-06-20"),
   ("the 24 hours", 1, "DURATION", "PT24H"),
   ("8.30 am", 1, "TIME", "1991-06-20T08:30"),
   ("Thursday", 2, "DATE", "1991-06-20"),
   ("April", 1, "DATE", "1991-04"),
   ("Monday, 24th June", 1, "DATE", "1991-06-24"),
   ("the next two to three days", 1, "DURATION", "PXD")])

# 4 Nigeria court
P("1991-09-30",
  "A Lagos High Court on Friday adjourned until 14th November the trial of three men accused of "
  "armed robbery in Ikeja. The men were arrested on 2nd March and have been in custody for nearly "
  "seven months. Justice Adeyemi said the court would sit twice a week from next month to clear "
  "the backlog. The prosecution asked for two weeks to produce its last witness.",
  [("Friday", 1, "DATE", "1991-09-27"),
   ("14th November", 1, "DATE", "1991-11-14"),
   ("2nd March", 1, "DATE", "1991-03-02"),
   ("nearly seven months", 1, "DURATION", "P7M"),
   ("twice a week", 1, "SET", "P1W"),
   ("next month", 1, "DATE", "1991-10"),
   ("two weeks", 1, "DURATION", "P2W")])

# 5 UK parliamentary calendar
P("1992-02-11",
  "MPs return on Monday 17 February after a one-week recess. The Finance Bill will have its second "
  "reading on 3 March, and the Budget is expected on Tuesday 10 March. The House will rise for "
  "Easter on 9 April and sit again on 21 April. A general election must be held by July; most "
  "observers expect polling in April or May.",
  [("Monday 17 February", 1, "DATE", "1992-02-17"),
   ("one-week", 1, "DURATION", "P1W"),
   ("3 March", 1, "DATE", "1992-03-03"),
   ("Tuesday 10 March", 1, "DATE", "1992-03-10"),
   ("Easter", 1, "DATE", "1992-04-19"),
   ("9 April", 1, "DATE", "1992-04-09"),
   ("21 April", 1, "DATE", "1992-04-21"),
   ("July", 1, "DATE", "1992-07"),
   ("April", 3, "DATE", "1992-04"),
   ("May", 1, "DATE", "1992-05")])

# 6 Olympic results (Barcelona)
P("1992-08-07",
  "In the 10,000 metres final on Thursday night, the winner crossed the line in 27:46.70, just over "
  "a second ahead of the Moroccan. The men's marathon is on Sunday, starting at 6.30pm to avoid the "
  "heat. Four years ago in Seoul the team won nine medals; officials hope for at least as many "
  "this time.",
  [("Thursday night", 1, "TIME", "1992-08-06TNI"),
   ("27:46.70", 1, "DURATION", "PT27M46.7S"),
   ("just over a second", 1, "DURATION", "PT1S"),
   ("Sunday", 1, "DATE", "1992-08-09"),
   ("6.30pm", 1, "TIME", "1992-08-09T18:30"),
   ("Four years ago", 1, "DATE", "1988")])

# 7 UK rail advisory
P("1993-04-19",
  "British Rail has warned passengers that there will be no trains between Reading and Oxford this "
  "weekend while a bridge is replaced. Buses will replace trains from 11pm on Friday 23 April until "
  "5am on Monday 26 April. Services on the line will then run every 30 minutes instead of hourly "
  "until the end of May. Passengers should allow an extra 40 minutes for their journey.",
  [("this weekend", 1, "DATE", "1993-W16-WE"),
   ("11pm", 1, "TIME", "1993-04-23T23:00"),
   ("Friday 23 April", 1, "DATE", "1993-04-23"),
   ("5am", 1, "TIME", "1993-04-26T05:00"),
   ("Monday 26 April", 1, "DATE", "1993-04-26"),
   ("every 30 minutes", 1, "SET", "PT30M"),
   ("hourly", 1, "SET", "PT1H"),
   ("the end of May", 1, "DATE", "1993-05"),
   ("an extra 40 minutes", 1, "DURATION", "PT40M")])

# 8 UK obituary
P("1993-12-03",
  "Margaret Ellison, who has died aged 88, ran the village school at Ashby for 31 years. Born in "
  "Leicester on 12 July 1905, she trained as a teacher in the 1920s and took over the school in "
  "1947. She retired in the summer of 1978 but taught reading to adults twice a week until last "
  "year. She died at home on Sunday.",
  [("31 years", 1, "DURATION", "P31Y"),
   ("12 July 1905", 1, "DATE", "1905-07-12"),
   ("the 1920s", 1, "DATE", "192"),
   ("1947", 1, "DATE", "1947"),
   ("the summer of 1978", 1, "DATE", "1978-SU"),
   ("twice a week", 1, "SET", "P1W"),
   ("last year", 1, "DATE", "1992"),
   ("Sunday", 1, "DATE", "1993-11-28")])

# 9 South Africa local: water cuts
P("1994-05-26",
  "Residents of Alexandra township say water supplies have been cut for the past ten days, the "
  "third outage since the April 27 election. The Johannesburg council said on Wednesday that "
  "repairs to the main pipe would take another 48 hours. Taps should be running again by Saturday "
  "morning, a spokesman said. Councillors will meet residents every Friday until the problem is "
  "solved.",
  [("the past ten days", 1, "DURATION", "P10D"),
   ("April 27", 1, "DATE", "1994-04-27"),
   ("Wednesday", 1, "DATE", "1994-05-25"),
   ("another 48 hours", 1, "DURATION", "PT48H"),
   ("Saturday morning", 1, "TIME", "1994-05-28TMO"),
   ("every Friday", 1, "SET", "XXXX-WXX-5")])

# 10 science: hookworm vaccine
P("1994-10-13",
  "Researchers at the University of Sydney say a new vaccine against hookworm protected mice for up "
  "to six months. The trial, which ran from January to August, involved 400 animals. Human trials "
  "could begin in 1996, though a licensed vaccine is unlikely before the end of the decade. "
  "Hookworm infects an estimated one billion people and has done so for thousands of years.",
  [("up to six months", 1, "DURATION", "P6M"),
   ("January", 1, "DATE", "1994-01"),
   ("August", 1, "DATE", "1994-08"),
   ("1996", 1, "DATE", "1996"),
   ("the end of the decade", 1, "DATE", "199"),
   ("thousands of years", 1, "DURATION", "PXY")])

# 11 Australian cricket fixtures
P("1995-01-17",
  "Fixtures for the weekend: Sheffield Shield, Victoria v NSW at the MCG, starting Friday at "
  "10.30am; Queensland v WA at the Gabba from Saturday. The first World Series final is on Friday "
  "week, 27 January, and the second two days later. Victoria have not won at home since November "
  "1993.",
  [("the weekend", 1, "DATE", "1995-W03-WE"),
   ("Friday", 1, "DATE", "1995-01-20"),
   ("10.30am", 1, "TIME", "1995-01-20T10:30"),
   ("Saturday", 1, "DATE", "1995-01-21"),
   ("Friday week, 27 January", 1, "DATE", "1995-01-27"),
   ("two days", 1, "DURATION", "P2D"),
   ("November 1993", 1, "DATE", "1993-11")])

# 12 Australian results release
P("1995-07-11",
  "Harbour Foods Ltd said on Tuesday that net profit for the year to 30 June rose 14 per cent to "
  "A$42 million. Sales in the June quarter were flat. The board will declare a final dividend of "
  "9 cents on 25 August, payable on 22 September. Chairman Ian Cole said the company expected "
  "steady growth in fiscal 1996 and would report interim results in February.",
  [("Tuesday", 1, "DATE", "1995-07-11"),
   ("30 June", 1, "DATE", "1995-06-30"),
   ("the June quarter", 1, "DATE", "1995-Q2"),
   ("25 August", 1, "DATE", "1995-08-25"),
   ("22 September", 1, "DATE", "1995-09-22"),
   ("fiscal 1996", 1, "DATE", "FY1996"),
   ("February", 1, "DATE", "1996-02")])

# 13 UK magistrates' listings
P("1996-03-22",
  "Magistrates' court listings, Bristol: A 34-year-old man from Bedminster admitted driving while "
  "disqualified on 2 February and was jailed for 12 weeks. A woman, 27, who stole £600 from her "
  "employer between October and January was given a community order. A teenager who broke into a "
  "Clifton flat last Saturday will be sentenced on 12 April.",
  [("2 February", 1, "DATE", "1996-02-02"),
   ("12 weeks", 1, "DURATION", "P12W"),
   ("October", 1, "DATE", "1995-10"),
   ("January", 1, "DATE", "1996-01"),
   ("last Saturday", 1, "DATE", "1996-03-16"),
   ("12 April", 1, "DATE", "1996-04-12")])

# 14 Nigeria: sanitation day
P("1996-09-05",
  "The Lagos State Government has declared Monday, 9th September, a work-free day to allow "
  "residents to take part in the environmental sanitation exercise, which normally holds once a "
  "month. Movement will be restricted from 7 a.m. to 10 a.m. Offenders will be tried by mobile "
  "courts the same day. The exercise was introduced in 1984 and has been held every month since "
  "then.",
  [("Monday, 9th September", 1, "DATE", "1996-09-09"),
   ("once a month", 1, "SET", "P1M"),
   ("7 a.m.", 1, "TIME", "1996-09-09T07:00"),
   ("10 a.m.", 1, "TIME", "1996-09-09T10:00"),
   ("the same day", 1, "DATE", "1996-09-09"),
   ("1984", 1, "DATE", "1984"),
   ("every month", 1, "SET", "P1M"),
   ("then", 1, "DATE", "1984")])

# 15 science: cloned sheep
P("1997-02-28",
  "Scottish scientists said this week that they had cloned a sheep from an adult cell, a feat many "
  "thought impossible a decade ago. The lamb was born last July after a 148-day pregnancy and is "
  "now seven months old. The team, which spent nearly three years on the work, said human cloning "
  "was many years away. The results appeared in Thursday's edition of the journal.",
  [("this week", 1, "DATE", "1997-W09"),
   ("a decade ago", 1, "DATE", "1987"),
   ("last July", 1, "DATE", "1996-07"),
   ("148-day", 1, "DURATION", "P148D"),
   ("now", 1, "DATE", "PRESENT_REF"),
   ("nearly three years", 1, "DURATION", "P3Y"),
   ("many years", 1, "DURATION", "PXY"),
   ("Thursday", 1, "DATE", "1997-02-27")])

# 16 Sydney traffic advisory
P("1997-08-31",
  "Sydney motorists are warned that the Harbour Tunnel will close in both directions from 10pm "
  "tonight until 5am tomorrow for maintenance. Further closures are planned every Sunday in "
  "September. CityRail said trackwork on the North Shore line would continue until 28 September, "
  "adding up to 25 minutes to journeys.",
  [("10pm tonight", 1, "TIME", "1997-08-31T22:00"),
   ("5am tomorrow", 1, "TIME", "1997-09-01T05:00"),
   ("every Sunday", 1, "SET", "XXXX-WXX-7"),
   ("September", 1, "DATE", "1997-09"),
   ("28 September", 1, "DATE", "1997-09-28"),
   ("up to 25 minutes", 1, "DURATION", "PT25M")])

# 17 UK Easter traffic
P("1998-04-10",
  "The AA expects 12 million cars on the roads over the bank holiday weekend, with the busiest "
  "period between noon and 7pm today. Easter Monday should be quieter, though the M6 will be busy "
  "from mid-afternoon. Bin collections next week will move back by one day.",
  [("the bank holiday weekend", 1, "DATE", "1998-W15-WE"),
   ("noon", 1, "TIME", "1998-04-10T12:00"),
   ("7pm today", 1, "TIME", "1998-04-10T19:00"),
   ("Easter Monday", 1, "DATE", "1998-04-13"),
   ("mid-afternoon", 1, "TIME", "1998-04-13TAF"),
   ("next week", 1, "DATE", "1998-W16"),
   ("one day", 1, "DURATION", "P1D")])

# 18 earnings call
P("1998-12-15",
  "On the call, chief financial officer Ruth Adams said fourth-quarter revenue would be at the low "
  "end of guidance because of weak demand in Asia since the summer. Orders slowed in October and "
  "November, and December looks similar, she said. The company reports full results on 28 January "
  "and will hold its shareholder meeting in the spring. Analysts cut 1999 earnings forecasts by "
  "about 8 per cent.",
  [("fourth-quarter", 1, "DATE", "1998-Q4"),
   ("the summer", 1, "DATE", "1998-SU"),
   ("October", 1, "DATE", "1998-10"),
   ("November", 1, "DATE", "1998-11"),
   ("December", 1, "DATE", "1998-12"),
   ("28 January", 1, "DATE", "1999-01-28"),
   ("the spring", 1, "DATE", "1999-SP"),
   ("1999", 1, "DATE", "1999")])

# 19 India heatwave, Delhi
P("1999-06-08",
  "Delhi recorded its hottest day of the season on Monday as the mercury touched 45.6 degrees "
  "Celsius at 2.30 pm. The Met office said the heatwave would continue for another three or four "
  "days before pre-monsoon showers bring relief by the weekend. The Delhi Vidyut Board has "
  "announced two-hour power cuts every evening in east Delhi until further notice.",
  [("Monday", 1, "DATE", "1999-06-07"),
   ("2.30 pm", 1, "TIME", "1999-06-07T14:30"),
   ("another three or four days", 1, "DURATION", "PXD"),
   ("the weekend", 1, "DATE", "1999-W23-WE"),
   ("two-hour", 1, "DURATION", "PT2H"),
   ("every evening", 1, "SET", "XXXX-XX-XXTEV")])

# 20 memoir: the 1987 storm
P("1999-10-29",
  "In his memoir, published this month, former fireman Tom Reilly recalls the night of 15 October "
  "1987, when the great storm hit southern England. He was called out at 1.30 am and did not get "
  "home until the following evening. We worked 40 hours straight, he writes. Twelve years later, "
  "he still checks the shipping forecast every night.",
  [("this month", 1, "DATE", "1999-10"),
   ("the night of 15 October 1987", 1, "TIME", "1987-10-15TNI"),
   ("1.30 am", 1, "TIME", "1987-10-16T01:30"),
   ("the following evening", 1, "TIME", "1987-10-16TEV"),
   ("40 hours", 1, "DURATION", "PT40H"),
   ("Twelve years", 1, "DURATION", "P12Y"),
   ("every night", 1, "SET", "XXXX-XX-XXTNI")])

# 21 UK hospitals over New Year
P("2000-01-04",
  "Hospitals in Manchester treated 2,300 casualty patients over the New Year, between 6pm on Friday "
  "and midnight on Sunday. Most GP surgeries reopened this morning after the long holiday, which "
  "began on Christmas Eve. Doctors warned that the flu outbreak, now in its fourth week, may not "
  "peak until mid-January.",
  [("the New Year", 1, "DATE", "2000-01-01"),
   ("6pm", 1, "TIME", "1999-12-31T18:00"),
   ("Friday", 1, "DATE", "1999-12-31"),
   ("midnight", 1, "TIME", "2000-01-02T24:00"),
   ("Sunday", 1, "DATE", "2000-01-02"),
   ("this morning", 1, "TIME", "2000-01-04TMO"),
   ("Christmas Eve", 1, "DATE", "1999-12-24"),
   ("now", 1, "DATE", "PRESENT_REF"),
   ("mid-January", 1, "DATE", "2000-01")])

# 22 FA Cup final preview
P("2000-05-18",
  "FA Cup final: Chelsea v Aston Villa, Saturday 20 May, kick-off 3pm, Wembley. It is the last "
  "final at the old stadium before it closes for rebuilding in the autumn. Chelsea beat Gillingham "
  "5-0 in the sixth round in February. Villa have not won the Cup since 1957, 43 years ago. If the "
  "scores are level, 30 minutes of extra time will be played before penalties.",
  [("Saturday 20 May", 1, "DATE", "2000-05-20"),
   ("3pm", 1, "TIME", "2000-05-20T15:00"),
   ("the autumn", 1, "DATE", "2000-FA"),
   ("February", 1, "DATE", "2000-02"),
   ("1957", 1, "DATE", "1957"),
   ("43 years ago", 1, "DATE", "1957"),
   ("30 minutes", 1, "DURATION", "PT30M")])

# 23 UK foot-and-mouth closures
P("2001-03-09",
  "Footpaths across Cumbria will remain closed for at least another three weeks as the "
  "foot-and-mouth outbreak spreads, the county council said yesterday. The first case in the county "
  "was confirmed on 28 February. Race meetings at Carlisle have been cancelled until the end of "
  "March, and the Cheltenham Festival, due to start on Tuesday 13 March, is in doubt.",
  [("at least another three weeks", 1, "DURATION", "P3W"),
   ("yesterday", 1, "DATE", "2001-03-08"),
   ("28 February", 1, "DATE", "2001-02-28"),
   ("the end of March", 1, "DATE", "2001-03"),
   ("Tuesday 13 March", 1, "DATE", "2001-03-13")])

# 24 India court: bail
P("2001-11-20",
  "The Delhi High Court on Monday granted bail to a 22-year-old student arrested in the Lajpat "
  "Nagar assault case, ordering him to report to the local police station every Sunday. He had "
  "spent 47 days in Tihar jail. The trial court was directed to frame charges within six weeks "
  "and to hear the case daily from 7.1.2002.",
  [("Monday", 1, "DATE", "2001-11-19"),
   ("every Sunday", 1, "SET", "XXXX-WXX-7"),
   ("47 days", 1, "DURATION", "P47D"),
   ("six weeks", 1, "DURATION", "P6W"),
   ("daily", 1, "SET", "P1D"),
   ("7.1.2002", 1, "DATE", "2002-01-07")])

# 25 Commonwealth Games fixtures
P("2002-07-16",
  "The Commonwealth Games open in Manchester a week on Thursday, 25 July, with the athletics "
  "programme running from 26 July to 31 July. Tickets for the closing ceremony on 4 August sold out "
  "within 90 minutes. Organisers say 30,000 volunteers have trained since last autumn. The "
  "marathon starts at 8.30am on Sunday 28 July.",
  [("a week on Thursday, 25 July", 1, "DATE", "2002-07-25"),
   ("26 July", 1, "DATE", "2002-07-26"),
   ("31 July", 1, "DATE", "2002-07-31"),
   ("4 August", 1, "DATE", "2002-08-04"),
   ("90 minutes", 1, "DURATION", "PT90M"),
   ("last autumn", 1, "DATE", "2001-FA"),
   ("8.30am", 1, "TIME", "2002-07-28T08:30"),
   ("Sunday 28 July", 1, "DATE", "2002-07-28")])

# 26 Australia bushfires
P("2002-12-27",
  "Firefighters in the Blue Mountains worked through Christmas Day as three blazes burned out more "
  "than 5,000 hectares. The Rural Fire Service said conditions would worsen over the next 48 hours, "
  "with temperatures forecast to reach 40 degrees on Sunday. A total fire ban is in place until "
  "midnight tomorrow. Residents were reminded that the fire season runs from October to March.",
  [("Christmas Day", 1, "DATE", "2002-12-25"),
   ("the next 48 hours", 1, "DURATION", "PT48H"),
   ("Sunday", 1, "DATE", "2002-12-29"),
   ("midnight tomorrow", 1, "TIME", "2002-12-28T24:00"),
   ("October", 1, "DATE", "XXXX-10"),
   ("March", 1, "DATE", "XXXX-03")])

# 27 medical: infant vaccine study
P("2003-02-05",
  "A study published today in The Lancet found that children given the vaccine at two months and "
  "again at four months were 70 per cent less likely to be admitted to hospital. The researchers "
  "followed 12,000 infants born between 1998 and 2000 for an average of 18 months. A 3-month-old "
  "was the youngest child treated in the control group.",
  [("today", 1, "DATE", "2003-02-05"),
   ("1998", 1, "DATE", "1998"),
   ("2000", 1, "DATE", "2000"),
   ("an average of 18 months", 1, "DURATION", "P18M")])

# 28 Nigeria seat-belt law
P("2003-09-23",
  "The Federal Road Safety Commission says it will begin enforcing the seat belt law on all "
  "highways from 1st October, Independence Day. Motorists caught without belts will pay a fine of "
  "N2,000. The commission said about 1,200 patrol officers had been trained over the last four "
  "months. From January, checks will be carried out round the clock at 40 points on the "
  "Lagos-Ibadan expressway.",
  [("1st October", 1, "DATE", "2003-10-01"),
   ("Independence Day", 1, "DATE", "2003-10-01"),
   ("the last four months", 1, "DURATION", "P4M"),
   ("January", 1, "DATE", "2004-01")])

# 29 South Africa Freedom Day
P("2004-04-27",
  "South Africans marked Freedom Day today, ten years after the first democratic election. "
  "Thousands gathered at the Union Buildings in Pretoria from early morning. The celebrations will "
  "continue throughout the week, with a concert in Soweto on Saturday. In 1994, voters queued for "
  "up to 12 hours to cast their ballots.",
  [("Freedom Day", 1, "DATE", "2004-04-27"),
   ("today", 1, "DATE", "2004-04-27"),
   ("ten years", 1, "DURATION", "P10Y"),
   ("early morning", 1, "TIME", "2004-04-27TMO"),
   ("the week", 1, "DATE", "2004-W18"),
   ("Saturday", 1, "DATE", "2004-05-01"),
   ("1994", 1, "DATE", "1994"),
   ("up to 12 hours", 1, "DURATION", "PT12H")])

# 30 India tsunami, Nagapattinam
P("2004-12-29",
  "Fishermen in Nagapattinam said they had gone out at 4 a.m. on Sunday and were already back on "
  "shore when the first wave struck shortly before 9 a.m. Relief camps will be run for at least a "
  "fortnight, the Collector said on Tuesday evening. Schools in the district will stay shut until "
  "3rd January.",
  [("4 a.m.", 1, "TIME", "2004-12-26T04:00"),
   ("Sunday", 1, "DATE", "2004-12-26"),
   ("shortly before 9 a.m.", 1, "TIME", "2004-12-26T09:00"),
   ("at least a fortnight", 1, "DURATION", "P2W"),
   ("Tuesday evening", 1, "TIME", "2004-12-28TEV"),
   ("3rd January", 1, "DATE", "2005-01-03")])

# 31 US earnings release
P("2005-06-14",
  "Orion Software today reported revenue of $212 million for the three months ended May 31, up 9% "
  "from a year earlier. The company will hold a conference call at 5:00 p.m. Eastern time today. "
  "For the full fiscal year, Orion expects revenue of $860 million to $880 million. Its next "
  "quarterly dividend will be paid on July 15.",
  [("today", 1, "DATE", "2005-06-14"),
   ("the three months", 1, "DURATION", "P3M"),
   ("May 31", 1, "DATE", "2005-05-31"),
   ("a year", 1, "DURATION", "P1Y"),
   ("5:00 p.m. Eastern time", 1, "TIME", "2005-06-14T17:00"),
   ("today", 2, "DATE", "2005-06-14"),
   ("the full fiscal year", 1, "DATE", "FY2005"),
   ("quarterly", 1, "SET", "P3M"),
   ("July 15", 1, "DATE", "2005-07-15")])

# 32 UK council parking
P("2005-10-07",
  "Councillors in Brighton voted on Thursday night to extend parking charges to Sundays from next "
  "April. Charges will apply from 9am to 8pm seven days a week. The decision follows a six-month "
  "consultation that closed in August. Opposition members want the scheme reviewed after 12 months.",
  [("Thursday night", 1, "TIME", "2005-10-06TNI"),
   ("Sundays", 1, "SET", "XXXX-WXX-7"),
   ("next April", 1, "DATE", "2006-04"),
   ("9am", 1, "TIME", "XXXX-XX-XXT09:00"),
   ("8pm", 1, "TIME", "XXXX-XX-XXT20:00"),
   ("seven days a week", 1, "SET", "P1D"),
   ("six-month", 1, "DURATION", "P6M"),
   ("August", 1, "DATE", "2005-08"),
   ("12 months", 1, "DURATION", "P12M")])

# 33 this day in history, 3 March
P("2006-03-03",
  "On this day: 3 March. In 1875, the first organised indoor game of ice hockey was played in "
  "Montreal. In 1931, The Star-Spangled Banner was made the national anthem of the United States. "
  "In 1991, a man in Los Angeles filmed police beating a motorist shortly after midnight; the tape "
  "was broadcast two days later. Fifteen years on, the footage is still shown in police training.",
  [("this day", 1, "DATE", "2006-03-03"),
   ("3 March", 1, "DATE", "2006-03-03"),
   ("1875", 1, "DATE", "1875"),
   ("1931", 1, "DATE", "1931"),
   ("1991", 1, "DATE", "1991"),
   ("shortly after midnight", 1, "TIME", "1991-03-03T00:00"),
   ("two days", 1, "DURATION", "P2D"),
   ("Fifteen years", 1, "DURATION", "P15Y")])

# 34 Brisbane police log
P("2006-08-22",
  "Police log, Brisbane North: Sunday 20 August, 11.45pm: a 23-year-old man was arrested after a "
  "fight outside a Fortitude Valley nightclub. Monday 21 August, about 6am: a car was stolen from a "
  "driveway in Chermside; it was found burnt out four hours later. Police remind residents that the "
  "Chermside station is staffed around the clock.",
  [("Sunday 20 August", 1, "DATE", "2006-08-20"),
   ("11.45pm", 1, "TIME", "2006-08-20T23:45"),
   ("Monday 21 August", 1, "DATE", "2006-08-21"),
   ("about 6am", 1, "TIME", "2006-08-21T06:00"),
   ("four hours", 1, "DURATION", "PT4H")])

# 35 India parliamentary calendar
P("2007-05-09",
  "The Monsoon Session of Parliament will begin on 23rd July and end on 24th August, the "
  "Parliamentary Affairs Minister announced on Tuesday. The session will have 21 sittings spread "
  "over five weeks. The Presidential election is due in July, and the Vice-Presidential poll in "
  "August. The Budget Session ended last week after 31 sittings.",
  [("23rd July", 1, "DATE", "2007-07-23"),
   ("24th August", 1, "DATE", "2007-08-24"),
   ("Tuesday", 1, "DATE", "2007-05-08"),
   ("five weeks", 1, "DURATION", "P5W"),
   ("July", 2, "DATE", "2007-07"),
   ("August", 2, "DATE", "2007-08"),
   ("last week", 1, "DATE", "2007-W18")])

# 36 medical: osteoporosis drug
P("2007-11-13",
  "Patients who take the drug for more than two years have a 30 per cent lower risk of fracture, "
  "researchers reported at a conference in Boston on Monday. The trial enrolled 7,700 women between "
  "2002 and 2004 and followed them for three years. Each patient received a 15-minute infusion once "
  "a year. The manufacturer plans to file for approval in the first half of 2008.",
  [("more than two years", 1, "DURATION", "P2Y"),
   ("Monday", 1, "DATE", "2007-11-12"),
   ("2002", 1, "DATE", "2002"),
   ("2004", 1, "DATE", "2004"),
   ("three years", 1, "DURATION", "P3Y"),
   ("15-minute", 1, "DURATION", "PT15M"),
   ("once a year", 1, "SET", "P1Y"),
   ("the first half of 2008", 1, "DATE", "2008-H1")])

# 37 Nigeria election tribunal
P("2008-02-19",
  "The Election Petition Tribunal sitting in Abuja yesterday reserved judgement in the petition "
  "challenging last April's governorship election, fixing 14th March for its ruling. The tribunal "
  "has sat almost daily since 10th September, hearing 63 witnesses over five months. Counsel to the "
  "petitioner said his client had waited ten months for justice.",
  [("yesterday", 1, "DATE", "2008-02-18"),
   ("last April", 1, "DATE", "2007-04"),
   ("14th March", 1, "DATE", "2008-03-14"),
   ("almost daily", 1, "SET", "P1D"),
   ("10th September", 1, "DATE", "2007-09-10"),
   ("five months", 1, "DURATION", "P5M"),
   ("ten months", 1, "DURATION", "P10M")])

# 38 bank shares after Lehman
P("2008-09-16",
  "Shares in Barrow Bank fell 12 per cent in early trading this morning, a day after Lehman "
  "Brothers filed for bankruptcy. The bank, which reports third-quarter results on 30 October, said "
  "its exposure was limited. Its share price has halved since January and is at its lowest level "
  "since 2003. The central bank will hold an emergency meeting on Thursday at 9am.",
  [("this morning", 1, "TIME", "2008-09-16TMO"),
   ("a day", 1, "DURATION", "P1D"),
   ("third-quarter", 1, "DATE", "2008-Q3"),
   ("30 October", 1, "DATE", "2008-10-30"),
   ("January", 1, "DATE", "2008-01"),
   ("2003", 1, "DATE", "2003"),
   ("Thursday", 1, "DATE", "2008-09-18"),
   ("9am", 1, "TIME", "2008-09-18T09:00")])

# 39 obituary: jazz pianist
P("2009-01-21",
  "Obituary: Ray Turner, jazz pianist, 1931-2009. Turner, who died in Sydney on Saturday aged 77, "
  "played the clubs of Kings Cross for four decades. In the summer of 1956 he toured Europe with a "
  "quartet, playing 60 concerts in ten weeks. He recorded his last album in 2005 and gave his final "
  "concert on New Year's Eve.",
  [("1931", 1, "DATE", "1931"),
   ("2009", 1, "DATE", "2009"),
   ("Saturday", 1, "DATE", "2009-01-17"),
   ("four decades", 1, "DURATION", "P40Y"),
   ("the summer of 1956", 1, "DATE", "1956-SU"),
   ("ten weeks", 1, "DURATION", "P10W"),
   ("2005", 1, "DATE", "2005"),
   ("New Year's Eve", 1, "DATE", "2008-12-31")])

# 40 Mumbai rail block
P("2009-07-06",
  "Central Railway has announced a mega block on the main line between Thane and Kalyan from "
  "10.30 am to 3.30 pm on Sunday, 12th July. Local trains will run every 20 minutes instead of "
  "every 10 minutes during the block. Services were cut for six hours last Sunday because of "
  "waterlogging at Kurla. Monsoon timetables remain in force till 30th September.",
  [("10.30 am", 1, "TIME", "2009-07-12T10:30"),
   ("3.30 pm", 1, "TIME", "2009-07-12T15:30"),
   ("Sunday, 12th July", 1, "DATE", "2009-07-12"),
   ("every 20 minutes", 1, "SET", "PT20M"),
   ("every 10 minutes", 1, "SET", "PT10M"),
   ("six hours", 1, "DURATION", "PT6H"),
   ("last Sunday", 1, "DATE", "2009-07-05"),
   ("30th September", 1, "DATE", "2009-09-30")])

# 41 memoir: a 1983 robbery
P("2010-03-30",
  "Retired detective Alan Price's memoir, out on Thursday, opens on Saturday 26 November 1983, when "
  "six men broke into a warehouse near Heathrow at about 6.40 a.m. By that evening Price was at the "
  "scene; the next morning he was told the gold was worth £26 million. The investigation took him "
  "the next eleven years. Now 71, he says he thinks about the case every day.",
  [("Thursday", 1, "DATE", "2010-04-01"),
   ("Saturday 26 November 1983", 1, "DATE", "1983-11-26"),
   ("about 6.40 a.m.", 1, "TIME", "1983-11-26T06:40"),
   ("that evening", 1, "TIME", "1983-11-26TEV"),
   ("the next morning", 1, "TIME", "1983-11-27TMO"),
   ("the next eleven years", 1, "DURATION", "P11Y"),
   ("Now", 1, "DATE", "PRESENT_REF"),
   ("every day", 1, "SET", "P1D")])

# 42 cricket result, Bangalore
P("2010-10-12",
  "India beat Australia by seven wickets on the fifth day of the second Test in Bangalore on Monday "
  "to win the series 2-0. Tendulkar, who made 214 in the first innings, batted for nearly eight and "
  "a half hours. Australia have now lost three Tests in a row for the first time since 1988. The "
  "teams meet again in a one-day series starting on 17th October.",
  [("the fifth day", 1, "DATE", "2010-10-11"),
   ("Monday", 1, "DATE", "2010-10-11"),
   ("nearly eight and a half hours", 1, "DURATION", "PT8H30M"),
   ("now", 1, "DATE", "PRESENT_REF"),
   ("1988", 1, "DATE", "1988"),
   ("17th October", 1, "DATE", "2010-10-17")])

# 43 UK street parties, royal wedding
P("2011-04-14",
  "Residents of Elm Grove have been given permission to close their road from 10am to 6pm on Friday "
  "29 April for a street party to celebrate the royal wedding. Because of the wedding, many workers "
  "will have an 11-day break, from Good Friday to 2 May, for the price of three days' leave. The "
  "council has received 120 applications in the past fortnight, compared with 40 for the Golden "
  "Jubilee in 2002.",
  [("10am", 1, "TIME", "2011-04-29T10:00"),
   ("6pm", 1, "TIME", "2011-04-29T18:00"),
   ("Friday 29 April", 1, "DATE", "2011-04-29"),
   ("11-day", 1, "DURATION", "P11D"),
   ("Good Friday", 1, "DATE", "2011-04-22"),
   ("2 May", 1, "DATE", "2011-05-02"),
   ("three days", 1, "DURATION", "P3D"),
   ("the past fortnight", 1, "DURATION", "P2W"),
   ("2002", 1, "DATE", "2002")])

# 44 South Africa court: cable theft
P("2011-08-25",
  "The Randburg Magistrate's Court on Wednesday postponed to 13 October the case against two men "
  "accused of stealing copper cable from a Metrorail line in Soweto. Train services on the line were "
  "disrupted for almost 36 hours in the first week of August. The men, aged 31 and 26, have been in "
  "custody since 5 August. Metrorail says cable theft has cost it R40 million in the past year.",
  [("Wednesday", 1, "DATE", "2011-08-24"),
   ("13 October", 1, "DATE", "2011-10-13"),
   ("almost 36 hours", 1, "DURATION", "PT36H"),
   ("the first week of August", 1, "DATE", "2011-W31"),
   ("5 August", 1, "DATE", "2011-08-05"),
   ("the past year", 1, "DURATION", "P1Y")])

# 45 London Jubilee transport
P("2012-06-01",
  "Transport for London says the Tube will run an extended service over the four-day Diamond "
  "Jubilee holiday, with trains every two to three minutes on the Jubilee line. Roads around the "
  "Mall will be closed from 6am on Sunday until late Tuesday. The last time the capital hosted a "
  "jubilee pageant on this scale was in 1977, 35 years ago.",
  [("four-day", 1, "DURATION", "P4D"),
   ("every two to three minutes", 1, "SET", "PTXM"),
   ("6am", 1, "TIME", "2012-06-03T06:00"),
   ("Sunday", 1, "DATE", "2012-06-03"),
   ("late Tuesday", 1, "DATE", "2012-06-05"),
   ("1977", 1, "DATE", "1977"),
   ("35 years ago", 1, "DATE", "1977")])

# 46 Nigeria power outages
P("2012-11-27",
  "Residents of Abeokuta say electricity supply has been erratic for the past three weeks, with some "
  "outages lasting 18 hours. The Power Holding Company said a faulty transformer would be replaced "
  "before Christmas. Traders at Kuto market say they have spent ₦30,000 on diesel since the "
  "beginning of November. The company promised last Thursday to restore normal supply within 72 "
  "hours.",
  [("the past three weeks", 1, "DURATION", "P3W"),
   ("18 hours", 1, "DURATION", "PT18H"),
   ("Christmas", 1, "DATE", "2012-12-25"),
   ("the beginning of November", 1, "DATE", "2012-11"),
   ("last Thursday", 1, "DATE", "2012-11-22"),
   ("72 hours", 1, "DURATION", "PT72H")])

# 47 India court: fast-track trial
P("2013-01-09",
  "The fast-track court in Saket will take up the case from Thursday, and hearings will be held "
  "every day, the court said. Police filed a 1,000-page charge sheet on 3rd January, 18 days after "
  "the attack. The accused were produced before the magistrate on Monday and remanded in judicial "
  "custody till 19.01.2013. The trial is expected to finish within two to three months.",
  [("Thursday", 1, "DATE", "2013-01-10"),
   ("every day", 1, "SET", "P1D"),
   ("3rd January", 1, "DATE", "2013-01-03"),
   ("18 days", 1, "DURATION", "P18D"),
   ("Monday", 1, "DATE", "2013-01-07"),
   ("19.01.2013", 1, "DATE", "2013-01-19"),
   ("two to three months", 1, "DURATION", "PXM")])

# 48 science: malaria compound
P("2013-05-24",
  "Scientists at the University of Cape Town say a single dose of a new malaria drug cleared the "
  "parasite in mice within 48 hours. Human safety trials will start later this year and could take "
  "between 18 and 24 months. The compound was found in 2010 after researchers screened 36,000 "
  "molecules over two and a half years. Malaria kills a child every minute in Africa, the WHO says.",
  [("48 hours", 1, "DURATION", "PT48H"),
   ("later this year", 1, "DATE", "2013"),
   ("18", 1, "DURATION", "P18M"),
   ("24 months", 1, "DURATION", "P24M"),
   ("2010", 1, "DATE", "2010"),
   ("two and a half years", 1, "DURATION", "P2.5Y"),
   ("every minute", 1, "SET", "PT1M")])

# 49 India IT earnings call
P("2014-03-18",
  "Speaking on the earnings call, Sunrise Infotech CEO Rakesh Menon said the company expects revenue "
  "growth of 11-13% in FY15, helped by deals signed in the December quarter. Attrition fell to 14.2% "
  "in the October-December period from 16% a year earlier. The board will meet on 17th April to approve "
  "results for the year ending March 31, 2014. Menon said hiring would pick up from July.",
  [("FY15", 1, "DATE", "FY2015"),
   ("the December quarter", 1, "DATE", "2013-Q4"),
   ("October", 1, "DATE", "2013-10"),
   ("December", 2, "DATE", "2013-12"),
   ("a year", 1, "DURATION", "P1Y"),
   ("17th April", 1, "DATE", "2014-04-17"),
   ("March 31, 2014", 1, "DATE", "2014-03-31"),
   ("July", 1, "DATE", "2014-07")])

# 50 marathon results
P("2014-10-28",
  "Results, Frankfurt Marathon (Sunday): Men: 1. Daniel Kipsang (KEN) 2:06:49; 2. Getu Alemu (ETH) "
  "2:06:51. Women: 1. Aster Bekele (ETH) 2:22:21. Kipsang, at 38 the oldest winner in the race's "
  "history, broke away in the last 5 kilometres. The course record of 2:03:42 was set in 2011. Next "
  "year's race will be held on 25 October.",
  [("Sunday", 1, "DATE", "2014-10-26"),
   ("2:06:49", 1, "DURATION", "PT2H6M49S"),
   ("2:06:51", 1, "DURATION", "PT2H6M51S"),
   ("2:22:21", 1, "DURATION", "PT2H22M21S"),
   ("2:03:42", 1, "DURATION", "PT2H3M42S"),
   ("2011", 1, "DATE", "2011"),
   ("Next year", 1, "DATE", "2015"),
   ("25 October", 1, "DATE", "2015-10-25")])

# 51 Australian parliamentary calendar
P("2015-02-24",
  "The Senate will sit for three weeks in March before breaking on 26 March for Easter. Estimates "
  "hearings are scheduled from 25 May to 5 June, after the Budget is delivered on Tuesday 12 May. "
  "The House of Representatives sits for 18 weeks this year, two fewer than in 2014. Parliament "
  "usually rises for a six-week break at the end of June.",
  [("three weeks", 1, "DURATION", "P3W"),
   ("March", 1, "DATE", "2015-03"),
   ("26 March", 1, "DATE", "2015-03-26"),
   ("Easter", 1, "DATE", "2015-04-05"),
   ("25 May", 1, "DATE", "2015-05-25"),
   ("5 June", 1, "DATE", "2015-06-05"),
   ("Tuesday 12 May", 1, "DATE", "2015-05-12"),
   ("18 weeks", 1, "DURATION", "P18W"),
   ("this year", 1, "DATE", "2015"),
   ("2014", 1, "DATE", "2014"),
   ("six-week", 1, "DURATION", "P6W"),
   ("the end of June", 1, "DATE", "2015-06")])

# 52 UK police appeal, 24-hour clock
P("2015-07-30",
  "Police were called to Market Street, Wigan, at 23:40 on Tuesday after reports of a man with a "
  "knife. A 41-year-old was arrested at 00:15 on Wednesday and has been charged with affray. He will "
  "appear before Wigan magistrates on 14 August. Anyone with information should call 101, quoting "
  "log 2307 of 28 July.",
  [("23:40", 1, "TIME", "2015-07-28T23:40"),
   ("Tuesday", 1, "DATE", "2015-07-28"),
   ("00:15", 1, "TIME", "2015-07-29T00:15"),
   ("Wednesday", 1, "DATE", "2015-07-29"),
   ("14 August", 1, "DATE", "2015-08-14"),
   ("28 July", 1, "DATE", "2015-07-28")])

# 53 South Africa N3 roadworks
P("2016-04-05",
  "Motorists travelling between Johannesburg and Durban on the N3 should expect delays of up to two "
  "hours this weekend as roadworks near Harrismith continue. The stop-and-go section will operate "
  "from 6am to 6pm daily until the end of May. Traffic volumes rose 8% over the Easter long weekend "
  "compared with last year, the toll operator said. A new lane is due to open in the third quarter.",
  [("up to two hours", 1, "DURATION", "PT2H"),
   ("this weekend", 1, "DATE", "2016-W14-WE"),
   ("6am", 1, "TIME", "XXXX-XX-XXT06:00"),
   ("6pm", 1, "TIME", "XXXX-XX-XXT18:00"),
   ("daily", 1, "SET", "P1D"),
   ("the end of May", 1, "DATE", "2016-05"),
   ("the Easter long weekend", 1, "DATE", "2016-W12-WE"),
   ("last year", 1, "DATE", "2015"),
   ("the third quarter", 1, "DATE", "2016-Q3")])

# 54 obituary: Soweto nurse
P("2016-12-08",
  "Ruth Nkosi, a nurse who has died aged 90, was on duty at Baragwanath Hospital on Wednesday 16 June "
  "1976 when the first wounded students arrived from Soweto shortly after 1 p.m. She worked through "
  "that night and the next day without a break, and the following Monday she was back on the ward "
  "at 7 a.m. Forty years later, she said in an interview in June that she still remembered every "
  "face. Her funeral will be held on Saturday.",
  [("Wednesday 16 June 1976", 1, "DATE", "1976-06-16"),
   ("shortly after 1 p.m.", 1, "TIME", "1976-06-16T13:00"),
   ("that night", 1, "TIME", "1976-06-16TNI"),
   ("the next day", 1, "DATE", "1976-06-17"),
   ("the following Monday", 1, "DATE", "1976-06-21"),
   ("7 a.m.", 1, "TIME", "1976-06-21T07:00"),
   ("Forty years", 1, "DURATION", "P40Y"),
   ("June", 2, "DATE", "2016-06"),
   ("Saturday", 1, "DATE", "2016-12-10")])

# 55 cricket fixtures, Women's World Cup
P("2017-06-27",
  "Women's World Cup fixtures: Saturday 1 July, India v Pakistan, Derby (10.30am); Sunday 2 July, "
  "Australia v South Africa, Leicester. The final is at Lord's on Sunday 23 July. England have played "
  "every other day since the opening match on 24 June. Rain is forecast for Thursday and Friday.",
  [("Saturday 1 July", 1, "DATE", "2017-07-01"),
   ("10.30am", 1, "TIME", "2017-07-01T10:30"),
   ("Sunday 2 July", 1, "DATE", "2017-07-02"),
   ("Sunday 23 July", 1, "DATE", "2017-07-23"),
   ("every other day", 1, "SET", "P2D"),
   ("24 June", 1, "DATE", "2017-06-24"),
   ("Thursday", 1, "DATE", "2017-06-29"),
   ("Friday", 1, "DATE", "2017-06-30")])

# 56 press release: handset launch
P("2017-09-12",
  "Apex Mobile will launch its X20 and X20 Pro handsets on 21 September, the company said today. "
  "Pre-orders open at 9 a.m. on Friday. The X20 battery lasts up to 36 hours, against 24 hours for "
  "last year's X10. Apex, founded in 2009, releases new models every autumn and has shipped 80 "
  "million phones in the past eight years. The X20 will receive security updates for three years.",
  [("21 September", 1, "DATE", "2017-09-21"),
   ("today", 1, "DATE", "2017-09-12"),
   ("9 a.m.", 1, "TIME", "2017-09-15T09:00"),
   ("Friday", 1, "DATE", "2017-09-15"),
   ("up to 36 hours", 1, "DURATION", "PT36H"),
   ("24 hours", 1, "DURATION", "PT24H"),
   ("last year", 1, "DATE", "2016"),
   ("2009", 1, "DATE", "2009"),
   ("every autumn", 1, "SET", "XXXX-FA"),
   ("the past eight years", 1, "DURATION", "P8Y"),
   ("three years", 1, "DURATION", "P3Y")])

# 57 Scotland snow advisory
P("2018-01-16",
  "Snow and ice warnings are in place across Scotland until 11am on Thursday, the Met Office said. "
  "ScotRail cancelled 40 services yesterday evening and warned that trains on the Highland line would "
  "be suspended for the next two days. It is the third cold snap since early December. Gritters have "
  "been out every four hours on the A9 since Sunday night.",
  [("11am", 1, "TIME", "2018-01-18T11:00"),
   ("Thursday", 1, "DATE", "2018-01-18"),
   ("yesterday evening", 1, "TIME", "2018-01-15TEV"),
   ("the next two days", 1, "DURATION", "P2D"),
   ("early December", 1, "DATE", "2017-12"),
   ("every four hours", 1, "SET", "PT4H"),
   ("Sunday night", 1, "TIME", "2018-01-14TNI")])

# 58 India dust storm, Agra
P("2018-05-03",
  "A dust storm that swept across Agra district on Wednesday night uprooted trees and brought down "
  "power lines. Winds of up to 130 km per hour lasted for around 40 minutes. The district "
  "administration said power supply would be restored within 24 to 36 hours. The IMD has warned of "
  "more storms over the next 72 hours and advised farmers to stay indoors between 3 pm and 7 pm.",
  [("Wednesday night", 1, "TIME", "2018-05-02TNI"),
   ("around 40 minutes", 1, "DURATION", "PT40M"),
   ("24 to 36 hours", 1, "DURATION", "PTXH"),
   ("the next 72 hours", 1, "DURATION", "PT72H"),
   ("3 pm", 1, "TIME", "XXXX-XX-XXT15:00"),
   ("7 pm", 1, "TIME", "XXXX-XX-XXT19:00")])

# 59 South Africa load shedding
P("2019-03-07",
  "Eskom will implement stage 2 load shedding from 9am today until 11pm tomorrow, the utility said. "
  "Residents in Soweto will be without power for two and a half hours at a time, up to twice a day. "
  "Eskom said it hoped to suspend cuts by the weekend but warned of more cuts in winter. Load "
  "shedding was first introduced in 2008.",
  [("9am today", 1, "TIME", "2019-03-07T09:00"),
   ("11pm tomorrow", 1, "TIME", "2019-03-08T23:00"),
   ("two and a half hours", 1, "DURATION", "PT2H30M"),
   ("twice a day", 1, "SET", "P1D"),
   ("the weekend", 1, "DATE", "2019-W10-WE"),
   ("winter", 1, "DATE", "2019-WI"),
   ("2008", 1, "DATE", "2008")])

# 60 memoir: Cyclone Tracy
P("2019-08-20",
  "Joan Hartley's memoir, launched in Darwin last Friday, begins on Christmas Eve 1974, a Tuesday, "
  "when she went to bed at about 11 p.m. with the radio on. By 3 a.m. the roof had gone and she spent "
  "hours in the bathtub. Two days later she was flown to Adelaide, where she stayed for 18 months. "
  "Forty-five years later, she will speak at the Darwin Festival on Saturday.",
  [("last Friday", 1, "DATE", "2019-08-16"),
   ("Christmas Eve 1974", 1, "DATE", "1974-12-24"),
   ("a Tuesday", 1, "DATE", "1974-12-24"),
   ("about 11 p.m.", 1, "TIME", "1974-12-24T23:00"),
   ("3 a.m.", 1, "TIME", "1974-12-25T03:00"),
   ("hours", 1, "DURATION", "PTXH"),
   ("Two days", 1, "DURATION", "P2D"),
   ("18 months", 1, "DURATION", "P18M"),
   ("Forty-five years", 1, "DURATION", "P45Y"),
   ("Saturday", 1, "DATE", "2019-08-24")])

# 61 Nigeria health screening
P("2020-02-13",
  "Health officials in Lagos said on Wednesday that travellers arriving from China will be monitored "
  "for 14 days, since symptoms can take two to 14 days to appear. Passengers are screened at the "
  "airport every day between 6am and midnight. Scientists say a vaccine could take 12 to 18 months to "
  "develop. Nigeria last faced a major outbreak in 2014, when Ebola reached Lagos in July.",
  [("Wednesday", 1, "DATE", "2020-02-12"),
   ("14 days", 1, "DURATION", "P14D"),
   ("two to 14 days", 1, "DURATION", "PXD"),
   ("every day", 1, "SET", "P1D"),
   ("6am", 1, "TIME", "XXXX-XX-XXT06:00"),
   ("midnight", 1, "TIME", "XXXX-XX-XXT24:00"),
   ("12 to 18 months", 1, "DURATION", "PXM"),
   ("2014", 1, "DATE", "2014"),
   ("July", 1, "DATE", "2014-07")])

# 62 Wales: weddings resume
P("2020-10-06",
  "Swansea's Guildhall will reopen for weddings from Monday 19 October, the council said. Ceremonies "
  "will be limited to 15 guests and must end by 10pm. Couples whose weddings were cancelled in the "
  "spring have been offered dates between November and March. Today, most couples wait six to nine "
  "months for a date, compared with about three months before the pandemic.",
  [("Monday 19 October", 1, "DATE", "2020-10-19"),
   ("10pm", 1, "TIME", "XXXX-XX-XXT22:00"),
   ("the spring", 1, "DATE", "2020-SP"),
   ("November", 1, "DATE", "2020-11"),
   ("March", 1, "DATE", "2021-03"),
   ("Today", 1, "DATE", "PRESENT_REF"),
   ("six to nine months", 1, "DURATION", "PXM"),
   ("about three months", 1, "DURATION", "P3M")])

# 63 UK parliamentary calendar
P("2021-04-22",
  "The Queen's Speech will open the new session of Parliament on Tuesday 11 May, after the Commons is "
  "prorogued next Thursday. Local elections in England take place on 6 May, a year later than "
  "planned. MPs will then sit for ten weeks before the Commons rises on 22 July. The Speaker said "
  "hybrid sittings, introduced in April 2020, would end in due course.",
  [("Tuesday 11 May", 1, "DATE", "2021-05-11"),
   ("next Thursday", 1, "DATE", "2021-04-29"),
   ("6 May", 1, "DATE", "2021-05-06"),
   ("a year", 1, "DURATION", "P1Y"),
   ("ten weeks", 1, "DURATION", "P10W"),
   ("22 July", 1, "DATE", "2021-07-22"),
   ("April 2020", 1, "DATE", "2020-04")])

# 64 this day in history, 9 November
P("2021-11-09",
  "This day in history, 9 November: In 1799, Napoleon seized power in France, ending a decade of "
  "revolution. In 1965, a blackout left 30 million people in the north-eastern US without electricity "
  "for up to 13 hours, starting at 5:16 p.m. In 1989, East German guards opened the Berlin Wall that "
  "evening, 28 years after it went up. Today, only about 1.5 km of it still stands.",
  [("This day", 1, "DATE", "2021-11-09"),
   ("9 November", 1, "DATE", "2021-11-09"),
   ("1799", 1, "DATE", "1799"),
   ("a decade", 1, "DURATION", "P10Y"),
   ("1965", 1, "DATE", "1965"),
   ("up to 13 hours", 1, "DURATION", "PT13H"),
   ("5:16 p.m.", 1, "TIME", "1965-11-09T17:16"),
   ("1989", 1, "DATE", "1989"),
   ("that evening", 1, "TIME", "1989-11-09TEV"),
   ("28 years", 1, "DURATION", "P28Y"),
   ("Today", 1, "DATE", "PRESENT_REF")])

# 65 football result and fixtures
P("2022-05-31",
  "Nottingham Forest won promotion to the Premier League for the first time in 23 years on Sunday, "
  "beating Huddersfield 1-0 at Wembley; the only goal came in the 43rd minute. The new season starts "
  "on Saturday 6 August, and fixtures will be published on 16 June at 9am. Forest were bottom of the "
  "Championship in September, when Steve Cooper took over.",
  [("23 years", 1, "DURATION", "P23Y"),
   ("Sunday", 1, "DATE", "2022-05-29"),
   ("Saturday 6 August", 1, "DATE", "2022-08-06"),
   ("16 June", 1, "DATE", "2022-06-16"),
   ("9am", 1, "TIME", "2022-06-16T09:00"),
   ("September", 1, "DATE", "2021-09")])

# 66 UK heatwave rail advisory
P("2022-07-19",
  "Network Rail has told passengers not to travel today unless absolutely necessary, as temperatures "
  "are forecast to reach 40C this afternoon. Speed limits will apply on most lines between noon and "
  "8pm, adding up to an hour to journeys. Monday night was the warmest on record in the UK. Services "
  "are expected to return to normal by Thursday morning.",
  [("today", 1, "DATE", "2022-07-19"),
   ("this afternoon", 1, "TIME", "2022-07-19TAF"),
   ("noon", 1, "TIME", "2022-07-19T12:00"),
   ("8pm", 1, "TIME", "2022-07-19T20:00"),
   ("up to an hour", 1, "DURATION", "PT1H"),
   ("Monday night", 1, "TIME", "2022-07-18TNI"),
   ("Thursday morning", 1, "TIME", "2022-07-21TMO")])

# 67 Delhi Republic Day advisory
P("2023-01-25",
  "Traffic restrictions will be in place in central Delhi from 6 pm on Wednesday until the end of the "
  "Republic Day parade on Thursday, 26th January. The parade on Kartavya Path will begin at 10.30 am "
  "and last about 90 minutes. Metro stations near the route will be closed from 4.30 am till noon. "
  "The Beating Retreat ceremony follows on 29th January.",
  [("6 pm", 1, "TIME", "2023-01-25T18:00"),
   ("Wednesday", 1, "DATE", "2023-01-25"),
   ("Republic Day", 1, "DATE", "2023-01-26"),
   ("Thursday, 26th January", 1, "DATE", "2023-01-26"),
   ("10.30 am", 1, "TIME", "2023-01-26T10:30"),
   ("about 90 minutes", 1, "DURATION", "PT90M"),
   ("4.30 am", 1, "TIME", "2023-01-26T04:30"),
   ("noon", 1, "TIME", "2023-01-26T12:00"),
   ("29th January", 1, "DATE", "2023-01-29")])

# 68 Australian mining earnings call
P("2023-03-07",
  "Speaking on a call with analysts, Kestrel Mining's chief executive said output in the six months to "
  "December rose 6%, and guided to production of 1.2 million tonnes in FY23. Maintenance will shut the "
  "Karara plant from April to June. The new Pilbara mine should begin operating in the June quarter of "
  "2024 and reach full capacity two to four years after that. Dividends will remain semi-annual. "
  "Shares have risen 40% over the past decade.",
  [("the six months", 1, "DURATION", "P6M"),
   ("December", 1, "DATE", "2022-12"),
   ("FY23", 1, "DATE", "FY2023"),
   ("April", 1, "DATE", "2023-04"),
   ("June", 1, "DATE", "2023-06"),
   ("the June quarter of 2024", 1, "DATE", "2024-Q2"),
   ("two to four years", 1, "DURATION", "PXY"),
   ("semi-annual", 1, "SET", "P6M"),
   ("the past decade", 1, "DURATION", "P10Y")])

# 69 medical: Parkinson's blood test
P("2023-10-17",
  "A new blood test can detect early signs of Parkinson's disease up to seven years before symptoms "
  "appear, researchers reported on Monday. The study followed 72 patients from 2015 to 2022, taking "
  "samples every six months; earlier studies in 2011-2013 had found no such marker. Each sample takes "
  "between three and five days to process. Doctors hope the test could be available within five "
  "years. Around 10 million people are now living with the disease.",
  [("up to seven years", 1, "DURATION", "P7Y"),
   ("Monday", 1, "DATE", "2023-10-16"),
   ("2015", 1, "DATE", "2015"),
   ("2022", 1, "DATE", "2022"),
   ("every six months", 1, "SET", "P6M"),
   ("2011", 1, "DATE", "2011"),
   ("2013", 1, "DATE", "2013"),
   ("three", 1, "DURATION", "P3D"),
   ("five days", 1, "DURATION", "P5D"),
   ("five years", 1, "DURATION", "P5Y"),
   ("now", 1, "DATE", "PRESENT_REF")])

# 70 South Africa election date
P("2024-02-20",
  "President Ramaphosa announced today that South Africans will vote on Wednesday 29 May, 30 years "
  "after the first democratic election. The Electoral Commission said results would be announced "
  "within seven days of polling. Voting stations will be open from 7am to 9pm. Parties have until "
  "8 March to submit their candidate lists.",
  [("today", 1, "DATE", "2024-02-20"),
   ("Wednesday 29 May", 1, "DATE", "2024-05-29"),
   ("30 years", 1, "DURATION", "P30Y"),
   ("seven days", 1, "DURATION", "P7D"),
   ("7am", 1, "TIME", "2024-05-29T07:00"),
   ("9pm", 1, "TIME", "2024-05-29T21:00"),
   ("8 March", 1, "DATE", "2024-03-08")])

# 71 UK Crown Court round-up
P("2024-03-07",
  "Court round-up, Canterbury Crown Court: A 45-year-old man from Whitstable was jailed for two and a "
  "half years on Tuesday for a burglary at a farm shop on 14/09/2023. A woman who used stolen bank "
  "cards between June and August last year was given a suspended sentence and must attend a course "
  "every other week for six months. A hearing for a man accused of arson on Boxing Day has been set "
  "for 12.6.2024.",
  [("two and a half years", 1, "DURATION", "P2.5Y"),
   ("Tuesday", 1, "DATE", "2024-03-05"),
   ("14/09/2023", 1, "DATE", "2023-09-14"),
   ("June", 1, "DATE", "2023-06"),
   ("August last year", 1, "DATE", "2023-08"),
   ("every other week", 1, "SET", "P2W"),
   ("six months", 1, "DURATION", "P6M"),
   ("Boxing Day", 1, "DATE", "2023-12-26"),
   ("12.6.2024", 1, "DATE", "2024-06-12")])

# 72 Euro 2024 fixtures
P("2024-06-11",
  "Euro 2024 fixtures: Friday 14 June, Germany v Scotland, Munich, 9pm local time (8pm BST). Scotland "
  "last reached a major finals in 2021 and have not won a game at a tournament since 1998. Group "
  "matches run until 26 June; the final is in Berlin on Sunday 14 July. Tickets went on sale in three "
  "rounds from October 2023 to March 2024.",
  [("Friday 14 June", 1, "DATE", "2024-06-14"),
   ("9pm local time", 1, "TIME", "2024-06-14T21:00"),
   ("8pm BST", 1, "TIME", "2024-06-14T20:00"),
   ("2021", 1, "DATE", "2021"),
   ("1998", 1, "DATE", "1998"),
   ("26 June", 1, "DATE", "2024-06-26"),
   ("Sunday 14 July", 1, "DATE", "2024-07-14"),
   ("October 2023", 1, "DATE", "2023-10"),
   ("March 2024", 1, "DATE", "2024-03")])

# 73 Sydney trackwork advisory
P("2024-09-03",
  "Sydney Trains services between Central and Strathfield will be replaced by buses for 19 days from "
  "Saturday 7 September while signalling is upgraded. Buses will run every five minutes at peak times "
  "and every 15 minutes at other times. The line has closed every other weekend since January; it was "
  "last shut for this long two years ago. Allow an extra 30 minutes: Strathfield is a 10-minute drive "
  "from Burwood.",
  [("19 days", 1, "DURATION", "P19D"),
   ("Saturday 7 September", 1, "DATE", "2024-09-07"),
   ("every five minutes", 1, "SET", "PT5M"),
   ("every 15 minutes", 1, "SET", "PT15M"),
   ("every other weekend", 1, "SET", "P2W"),
   ("January", 1, "DATE", "2024-01"),
   ("two years ago", 1, "DATE", "2022"),
   ("an extra 30 minutes", 1, "DURATION", "PT30M")])

# 74 Nigeria budget calendar
P("2024-11-14",
  "President Tinubu is expected to present the 2025 budget to a joint session of the National Assembly "
  "before the end of November, the Senate leader said on Wednesday. Lawmakers hope to pass it by 20th "
  "December, before the Christmas recess, and the Senate will sit three times a week until then. The "
  "budget has been presented yearly since 1999; the 2024 budget was signed on 1st January, a day after "
  "it was passed.",
  [("2025", 1, "DATE", "2025"),
   ("the end of November", 1, "DATE", "2024-11"),
   ("Wednesday", 1, "DATE", "2024-11-13"),
   ("20th December", 1, "DATE", "2024-12-20"),
   ("Christmas", 1, "DATE", "2024-12-25"),
   ("three times a week", 1, "SET", "P1W"),
   ("then", 1, "DATE", "2024-12-20"),
   ("yearly", 1, "SET", "P1Y"),
   ("1999", 1, "DATE", "1999"),
   ("2024", 1, "DATE", "2024"),
   ("1st January", 1, "DATE", "2024-01-01"),
   ("a day", 1, "DURATION", "P1D")])

# 75 Nigeria obituary: pilot
P("2025-01-28",
  "Obituary: Mary Okafor, 1938-2025. Born in Onitsha on 3 March 1938, she became one of Nigeria's "
  "first female pilots in the 1960s. On Thursday 6 July 1967, as the civil war began, she flew her "
  "last civilian flight out of Enugu, landing in Lagos at 11:20. A week later her family followed by "
  "road, and she did not see Enugu again for the next three years. In retirement she swam each "
  "morning at Ikoyi Club. She died on Friday at the age of 86.",
  [("1938", 1, "DATE", "1938"),
   ("2025", 1, "DATE", "2025"),
   ("3 March 1938", 1, "DATE", "1938-03-03"),
   ("the 1960s", 1, "DATE", "196"),
   ("Thursday 6 July 1967", 1, "DATE", "1967-07-06"),
   ("11:20", 1, "TIME", "1967-07-06T11:20"),
   ("A week", 1, "DURATION", "P1W"),
   ("the next three years", 1, "DURATION", "P3Y"),
   ("each morning", 1, "SET", "XXXX-XX-XXTMO"),
   ("Friday", 1, "DATE", "2025-01-24")])

# 76 US results press release
P("2025-03-11",
  "Lumen Health Ltd today announced results for the fourth quarter and full year 2024. Revenue for the "
  "quarter was $1.4 billion, up 11% year-on-year. The company expects to complete its acquisition of "
  "Novacare in the second half of 2025 and will hold its investor day on Tuesday 3 June. Its Q1 2025 "
  "results will be released on or about 6 May.",
  [("today", 1, "DATE", "2025-03-11"),
   ("the fourth quarter", 1, "DATE", "2024-Q4"),
   ("2024", 1, "DATE", "2024"),
   ("the quarter", 1, "DATE", "2024-Q4"),
   ("the second half of 2025", 1, "DATE", "2025-H2"),
   ("Tuesday 3 June", 1, "DATE", "2025-06-03"),
   ("Q1 2025", 1, "DATE", "2025-Q1"),
   ("6 May", 1, "DATE", "2025-05-06")])

# 77 science: exoplanet water
P("2025-04-29",
  "Astronomers using the James Webb telescope say they have found signs of water vapour on a planet "
  "120 light years away. The planet circles its star every 33 hours. Observations were made over "
  "three weeks last August, and the team spent eight months analysing the data. A follow-up campaign "
  "is planned for the northern autumn. The telescope, launched on Christmas Day 2021, is expected to "
  "operate for at least 20 years.",
  [("every 33 hours", 1, "SET", "PT33H"),
   ("three weeks", 1, "DURATION", "P3W"),
   ("last August", 1, "DATE", "2024-08"),
   ("eight months", 1, "DURATION", "P8M"),
   ("the northern autumn", 1, "DATE", "2025-FA"),
   ("Christmas Day 2021", 1, "DATE", "2021-12-25"),
   ("at least 20 years", 1, "DURATION", "P20Y")])

# 78 Bengaluru flyover
P("2025-06-17",
  "Bengaluru's civic body said on Monday that work on the Hebbal flyover loop will be completed by 15th "
  "August, Independence Day. The project, started in 2022, has missed three deadlines in the past two "
  "years. Commuters currently spend 45 minutes crossing the junction at peak hours, a journey that "
  "should take about five minutes. Traffic police will review the diversions every fortnight.",
  [("Monday", 1, "DATE", "2025-06-16"),
   ("15th August", 1, "DATE", "2025-08-15"),
   ("Independence Day", 1, "DATE", "2025-08-15"),
   ("2022", 1, "DATE", "2022"),
   ("the past two years", 1, "DURATION", "P2Y"),
   ("currently", 1, "DATE", "PRESENT_REF"),
   ("45 minutes", 1, "DURATION", "PT45M"),
   ("about five minutes", 1, "DURATION", "PT5M"),
   ("every fortnight", 1, "SET", "P2W")])

# 79 Hiroshima anniversary feature
P("2025-08-05",
  "Tomorrow marks 80 years since the atomic bombing of Hiroshima. At 8:15 a.m. on Monday 6 August "
  "1945, a single bomb destroyed most of the city. Three days later a second bomb fell on Nagasaki, "
  "and on 15 August Japan announced its surrender. It remains the only use of nuclear weapons in war, "
  "in the 20th century or since. A ceremony is held in the Peace Park every year, and a silence will "
  "be observed at 8:15 tomorrow.",
  [("Tomorrow", 1, "DATE", "2025-08-06"),
   ("80 years", 1, "DURATION", "P80Y"),
   ("8:15 a.m.", 1, "TIME", "1945-08-06T08:15"),
   ("Monday 6 August 1945", 1, "DATE", "1945-08-06"),
   ("Three days", 1, "DURATION", "P3D"),
   ("15 August", 1, "DATE", "1945-08-15"),
   ("the 20th century", 1, "DATE", "19"),
   ("every year", 1, "SET", "P1Y"),
   ("8:15 tomorrow", 1, "TIME", "2025-08-06T08:15")])

# 80 Norwich library reopens
P("2025-09-23",
  "Norwich's new library opened last Tuesday, two years after the old building was gutted by fire. "
  "The fire broke out on 14 September 2023 and burned for six hours; demolition began the following "
  "day. The new building keeps the present-day street front and restores the 19th-century reading "
  "room. It will stay open until 9pm on Thursdays, and a formal opening is planned for Tuesday 7 "
  "October.",
  [("last Tuesday", 1, "DATE", "2025-09-16"),
   ("two years", 1, "DURATION", "P2Y"),
   ("14 September 2023", 1, "DATE", "2023-09-14"),
   ("six hours", 1, "DURATION", "PT6H"),
   ("the following day", 1, "DATE", "2023-09-15"),
   ("19th-century", 1, "DATE", "18"),
   ("9pm", 1, "TIME", "XXXX-XX-XXT21:00"),
   ("Thursdays", 1, "SET", "XXXX-WXX-4"),
   ("Tuesday 7 October", 1, "DATE", "2025-10-07")])
