"""Decision lists for eval/heldout21 (HELD-OUT TIMEX3 set, dates layer).

ITEMS: (dct, text, [(surface, occurrence, label, value), ...]); occurrence counts
case-sensitive whole-word matches (no letter or digit either side), 1-based.
"""

ITEMS = []
A = ITEMS.append

# 1 humanitarian situation report, wire dateline
A(("1990-03-14",
   "GENEVA, March 14 (Reuters) - The U.N. refugee agency said on Wednesday that more than 40,000 people had crossed the border in the past 24 hours, the highest count since the start of the year. As of 13 March, camps near the frontier held 210,000 people, up from 150,000 at the end of January. Aid flights will resume on Friday, an official said, and food distributions will take place twice a week until further notice.",
   [("March 14", 1, "DATE", "1990-03-14"), ("Wednesday", 1, "DATE", "1990-03-14"),
    ("the past 24 hours", 1, "DURATION", "PT24H"), ("the start of the year", 1, "DATE", "1990"),
    ("13 March", 1, "DATE", "1990-03-13"), ("the end of January", 1, "DATE", "1990-01"),
    ("Friday", 1, "DATE", "1990-03-16"), ("twice a week", 1, "SET", "P1W")]))

# 2 labour strike
A(("1991-11-05",
   "Bus drivers in Manchester will stage a 48-hour strike from 6 a.m. Thursday, their union said today, after talks on the 1991-92 pay deal collapsed late Monday. The drivers are seeking a 7 per cent rise backdated to April 1 and better overtime pay. Management has offered 4.5 per cent over two years. The last stoppage, in the spring of 1989, lasted nine days.",
   [("48-hour", 1, "DURATION", "PT48H"), ("6 a.m. Thursday", 1, "TIME", "1991-11-07T06:00"),
    ("today", 1, "DATE", "1991-11-05"), ("1991", 1, "DATE", "1991"), ("92", 1, "DATE", "1992"),
    ("late Monday", 1, "DATE", "1991-11-04"), ("April 1", 1, "DATE", "1991-04-01"),
    ("two years", 1, "DURATION", "P2Y"), ("the spring of 1989", 1, "DATE", "1989-SP"),
    ("nine days", 1, "DURATION", "P9D")]))

# 3 cycling
A(("1992-07-22",
   "Miguel Indurain extended his lead in the Tour de France on Wednesday, winning the 17th stage in 4:52:07, and now leads by 1 minute 42 seconds. The stage, 221 kilometres through the Alps, started at 11:15 a.m. and Indurain crossed the line at about 4:07 p.m. The race ends in Paris on Sunday after three more stages. He rode the final 20 minutes alone.",
   [("Wednesday", 1, "DATE", "1992-07-22"), ("4:52:07", 1, "DURATION", "PT4H52M7S"),
    ("now", 1, "DATE", "PRESENT_REF"), ("1 minute 42 seconds", 1, "DURATION", "PT1M42S"),
    ("11:15 a.m.", 1, "TIME", "1992-07-22T11:15"), ("about 4:07 p.m.", 1, "TIME", "1992-07-22T16:07"),
    ("Sunday", 1, "DATE", "1992-07-26"), ("the final 20 minutes", 1, "DURATION", "PT20M")]))

# 4 parish newsletter
A(("1993-02-18",
   "St Mary's Parish Notes. Ash Wednesday falls on 24 February this year, and the 9.30 am Mass that day will include the distribution of ashes. Until Easter there will be Stations of the Cross every Friday after Benediction. The parish council meets monthly; the next meeting is on 2 March. Confessions are heard each Saturday. Easter Sunday is 11 April.",
   [("Ash Wednesday", 1, "DATE", "1993-02-24"), ("24 February", 1, "DATE", "1993-02-24"),
    ("this year", 1, "DATE", "1993"), ("9.30 am", 1, "TIME", "1993-02-24T09:30"),
    ("that day", 1, "DATE", "1993-02-24"), ("Easter", 1, "DATE", "1993-04-11"),
    ("every Friday", 1, "SET", "XXXX-WXX-5"), ("monthly", 1, "SET", "P1M"),
    ("2 March", 1, "DATE", "1993-03-02"), ("each Saturday", 1, "SET", "XXXX-WXX-6"),
    ("Easter Sunday", 1, "DATE", "1993-04-11"), ("11 April", 1, "DATE", "1993-04-11")]))

# 5 Formula One
A(("1994-09-30",
   "Michael Schumacher set the fastest time in Friday's first qualifying session at Estoril, lapping in 1:20.608, almost half a second quicker than Damon Hill. The German returns this weekend after a two-race ban. Final qualifying starts at 1 p.m. tomorrow, and Sunday's 71-lap race begins at 2 p.m. local time. Hill finished second here last year.",
   [("Friday", 1, "DATE", "1994-09-30"), ("1:20.608", 1, "DURATION", "PT1M20.608S"),
    ("almost half a second", 1, "DURATION", "PT0.5S"), ("this weekend", 1, "DATE", "1994-W39-WE"),
    ("1 p.m. tomorrow", 1, "TIME", "1994-10-01T13:00"), ("Sunday", 1, "DATE", "1994-10-02"),
    ("2 p.m. local time", 1, "TIME", "1994-10-02T14:00"), ("last year", 1, "DATE", "1993")]))

# 6 drug approval
A(("1995-04-12",
   "WASHINGTON (AP) - The Food and Drug Administration on Tuesday approved a pill for high blood pressure that is taken once a day, ending a review that lasted 14 months. The agency had set a deadline of March 31 but extended it by two weeks after the maker submitted new data in February. Patients take the drug each morning for at least eight weeks before the full effect is seen. The company expects the pill in pharmacies by early summer.",
   [("Tuesday", 1, "DATE", "1995-04-11"), ("once a day", 1, "SET", "P1D"),
    ("14 months", 1, "DURATION", "P14M"), ("March 31", 1, "DATE", "1995-03-31"),
    ("two weeks", 1, "DURATION", "P2W"), ("February", 1, "DATE", "1995-02"),
    ("each morning", 1, "SET", "XXXX-XX-XXTMO"), ("at least eight weeks", 1, "DURATION", "P8W"),
    ("early summer", 1, "DATE", "1995-SU")]))

# 7 Caribbean press
A(("1996-12-03",
   "KINGSTON, Jamaica, Dec 3 - Police said on Monday that the curfew imposed in West Kingston ten days ago would be lifted at 6 o'clock this evening. Residents have been confined to their homes every night since November 23. Prime Minister P.J. Patterson is due to visit the area on Thursday, and schools reopen next Monday after a two-week closure.",
   [("Dec 3", 1, "DATE", "1996-12-03"), ("Monday", 1, "DATE", "1996-12-02"),
    ("ten days ago", 1, "DATE", "1996-11-23"), ("6 o'clock this evening", 1, "TIME", "1996-12-03T18:00"),
    ("every night", 1, "SET", "XXXX-XX-XXTNI"), ("November 23", 1, "DATE", "1996-11-23"),
    ("Thursday", 1, "DATE", "1996-12-05"), ("next Monday", 1, "DATE", "1996-12-09"),
    ("two-week", 1, "DURATION", "P2W")]))

# 8 obituary with story time
A(("1997-06-17",
   "Margaret Ellis, who has died aged 91, ran the village post office at Clun for 38 years. She liked to recall 14 November 1940: that night she watched the glow of burning Coventry from her bedroom window. The next morning she cycled eleven miles to her sister's house, arriving at about 9 o'clock. She married in 1946, and the couple retired in 1979. Her funeral is at 2.30pm on Friday.",
   [("38 years", 1, "DURATION", "P38Y"), ("14 November 1940", 1, "DATE", "1940-11-14"),
    ("that night", 1, "TIME", "1940-11-14TNI"), ("The next morning", 1, "TIME", "1940-11-15TMO"),
    ("about 9 o'clock", 1, "TIME", "1940-11-15T09:00"), ("1946", 1, "DATE", "1946"),
    ("1979", 1, "DATE", "1979"), ("2.30pm", 1, "TIME", "1997-06-20T14:30"),
    ("Friday", 1, "DATE", "1997-06-20")]))

# 9 Scandinavian news, week number
A(("1998-10-21",
   "OSLO, 21 October - Norway's central bank raised its key rate by half a percentage point on Tuesday, the third increase since mid-August. Economists expect another move in week 45, when the bank's board next meets. Inflation rose to 2.6 per cent in September from 2.2 per cent a month earlier. The krone has lost 8 per cent of its value over the past six months.",
   [("21 October", 1, "DATE", "1998-10-21"), ("Tuesday", 1, "DATE", "1998-10-20"),
    ("mid-August", 1, "DATE", "1998-08"), ("week 45", 1, "DATE", "1998-W45"),
    ("September", 1, "DATE", "1998-09"), ("a month", 1, "DURATION", "P1M"),
    ("the past six months", 1, "DURATION", "P6M")]))

# 10 Sri Lankan court
A(("1999-01-27",
   "A Colombo High Court judge on Tuesday sentenced a former bank manager to seven years' rigorous imprisonment for defrauding depositors between 1994 and 1996. The accused, who had been in remand since March 1997, was also fined Rs. 500,000 and given three months to pay. The hearing, which began in September, ran for 42 days. An appeal must be lodged within 14 days of the verdict.",
   [("Tuesday", 1, "DATE", "1999-01-26"), ("seven years", 1, "DURATION", "P7Y"),
    ("1994", 1, "DATE", "1994"), ("1996", 1, "DATE", "1996"), ("March 1997", 1, "DATE", "1997-03"),
    ("three months", 1, "DURATION", "P3M"), ("September", 1, "DATE", "1998-09"),
    ("42 days", 1, "DURATION", "P42D"), ("14 days", 1, "DURATION", "P14D")]))

# 11 festival guide
A(("2000-08-09",
   "Edinburgh Festival guide: The Fringe runs from 6 to 28 August this year, with more than 1,500 shows daily. Box offices open every morning, and the Military Tattoo plays nightly except Sundays until 2 September. Visitors are advised to book at least a fortnight ahead, and the festival's website is updated hourly.",
   [("6", 1, "DATE", "2000-08-06"), ("28 August", 1, "DATE", "2000-08-28"),
    ("this year", 1, "DATE", "2000"), ("daily", 1, "SET", "P1D"),
    ("every morning", 1, "SET", "XXXX-XX-XXTMO"), ("nightly", 1, "SET", "XXXX-XX-XXTNI"),
    ("Sundays", 1, "SET", "XXXX-WXX-7"), ("2 September", 1, "DATE", "2000-09-02"),
    ("at least a fortnight", 1, "DURATION", "P2W"), ("hourly", 1, "SET", "PT1H")]))

# 12 pensions
A(("2001-05-15",
   "Britain's basic state pension will rise by 2.5 per cent from next April, the Chancellor said yesterday. About 11 million pensioners receive the payment weekly. Women born after 5 April 1950 will see their pension age rise gradually over ten years from 2010. A 60-year-old man now in work can expect to draw his pension from 2006.",
   [("next April", 1, "DATE", "2002-04"), ("yesterday", 1, "DATE", "2001-05-14"),
    ("weekly", 1, "SET", "P1W"), ("5 April 1950", 1, "DATE", "1950-04-05"),
    ("ten years", 1, "DURATION", "P10Y"), ("2010", 1, "DATE", "2010"),
    ("now", 1, "DATE", "PRESENT_REF"), ("2006", 1, "DATE", "2006")]))

# 13 Dutch news, dotted date
A(("2002-01-08",
   "AMSTERDAM - Dutch shops have reported brisk trade since the euro replaced the guilder on 1.1.2002. Guilders can still be spent until 28 January; after that they can be exchanged at the central bank until 2032. The finance ministry said on Monday that 85 per cent of cash payments were now made in euros, against 50 per cent on 3 January. Cash machines were refilled every two hours last week.",
   [("1.1.2002", 1, "DATE", "2002-01-01"), ("28 January", 1, "DATE", "2002-01-28"),
    ("2032", 1, "DATE", "2032"), ("Monday", 1, "DATE", "2002-01-07"),
    ("now", 1, "DATE", "PRESENT_REF"), ("3 January", 1, "DATE", "2002-01-03"),
    ("every two hours", 1, "SET", "PT2H"), ("last week", 1, "DATE", "2002-W01")]))

# 14 arts and celebrity
A(("2003-11-19",
   "Madonna will publish her first children's book next September, her publisher said on Tuesday. The singer, 45, wrote it over the summer while her husband filmed in London. Her world tour, which ended in September, played 48 shows in four months. A retrospective of her videos opens at the Tate on 3 December and runs until the end of February.",
   [("next September", 1, "DATE", "2004-09"), ("Tuesday", 1, "DATE", "2003-11-18"),
    ("the summer", 1, "DATE", "2003-SU"), ("September", 2, "DATE", "2003-09"),
    ("four months", 1, "DURATION", "P4M"), ("3 December", 1, "DATE", "2003-12-03"),
    ("the end of February", 1, "DATE", "2004-02")]))

# 15 Bangladeshi press, weather
A(("2004-04-06",
   "DHAKA, April 6 - The Bangladesh Meteorological Department has warned of nor'westers over the next 72 hours, with wind speeds of up to 80 kph. Pahela Baishakh, the Bengali New Year, falls on 14 April, and the government has declared a public holiday. Last year's storms killed dozens in mid-April. Fishing boats have been told to stay in port until Thursday evening.",
   [("April 6", 1, "DATE", "2004-04-06"), ("the next 72 hours", 1, "DURATION", "PT72H"),
    ("Pahela Baishakh", 1, "DATE", "2004-04-14"), ("the Bengali New Year", 1, "DATE", "2004-04-14"),
    ("14 April", 1, "DATE", "2004-04-14"), ("Last year", 1, "DATE", "2003"),
    ("mid-April", 1, "DATE", "2003-04"), ("Thursday evening", 1, "TIME", "2004-04-08TEV")]))

# 16 Sri Lankan situation report
A(("2005-02-23",
   "COLOMBO - Two months after the tsunami of 26 December, some 400,000 people remain in camps along the east coast, the Sri Lanka Red Cross said in its weekly situation report. As of 21 February, 312 temporary shelters had been completed, against a target of 5,000 by the end of March. Water tankers visit each camp every other day. The report said the pace of rebuilding had doubled since the start of the year.",
   [("Two months", 1, "DURATION", "P2M"), ("26 December", 1, "DATE", "2004-12-26"),
    ("weekly", 1, "SET", "P1W"), ("21 February", 1, "DATE", "2005-02-21"),
    ("the end of March", 1, "DATE", "2005-03"), ("every other day", 1, "SET", "P2D"),
    ("the start of the year", 1, "DATE", "2005")]))

# 17 transcript
A(("2006-07-11",
   "TRANSCRIPT, Radio Ulster, 11 July 2006. PRESENTER: Good morning. The marching season reaches its height tomorrow, and police have been on duty around the clock since Sunday. With me now is the chief constable. CHIEF CONSTABLE: We have had 1,200 officers on duty in the last 48 hours, and that will continue through the Twelfth. PRESENTER: Will it be quieter than last year? CHIEF CONSTABLE: I think so; the past fortnight has been calm.",
   [("11 July 2006", 1, "DATE", "2006-07-11"), ("tomorrow", 1, "DATE", "2006-07-12"),
    ("Sunday", 1, "DATE", "2006-07-09"), ("now", 1, "DATE", "PRESENT_REF"),
    ("the last 48 hours", 1, "DURATION", "PT48H"), ("the Twelfth", 1, "DATE", "2006-07-12"),
    ("last year", 1, "DATE", "2005"), ("the past fortnight", 1, "DURATION", "P2W")]))

# 18 business results, fiscal year
A(("2007-09-26",
   "Oracle said on Tuesday that net income for the three months to Aug. 31 rose 36 percent, to $1.03 billion. The company expects revenue to grow by 20 to 22 percent next year. In fiscal 2007, which ended May 31, sales reached $18 billion, up from $14.4 billion in fiscal 2006. Shares rose 4 percent in after-hours trading.",
   [("Tuesday", 1, "DATE", "2007-09-25"), ("the three months", 1, "DURATION", "P3M"),
    ("Aug. 31", 1, "DATE", "2007-08-31"), ("next year", 1, "DATE", "2008"),
    ("fiscal 2007", 1, "DATE", "2007"), ("May 31", 1, "DATE", "2007-05-31"),
    ("fiscal 2006", 1, "DATE", "2006")]))

# 19 weather
A(("2008-03-04",
   "Heavy snow closed schools across Ontario for a second day on Tuesday, and forecasters warned that another 20 centimetres could fall by Wednesday morning. Toronto has had 194 cm of snow since November, the most in any winter since 1938-39. The storm knocked out power to 40,000 homes early Monday; crews expect to restore it within 36 hours. Spring officially arrives on March 20.",
   [("Tuesday", 1, "DATE", "2008-03-04"), ("Wednesday morning", 1, "TIME", "2008-03-05TMO"),
    ("November", 1, "DATE", "2007-11"), ("1938", 1, "DATE", "1938"), ("39", 1, "DATE", "1939"),
    ("early Monday", 1, "DATE", "2008-03-03"), ("36 hours", 1, "DURATION", "PT36H"),
    ("Spring", 1, "DATE", "2008-SP"), ("March 20", 1, "DATE", "2008-03-20")]))

# 20 opinion, generic time
A(("2009-12-16",
   "We live now in an age of instant news, where a story is old within minutes. A hundred years ago, readers waited days for a newspaper from the capital. Today's teenager checks a phone hourly. In due course we may come to miss the slower rhythm of the weekly paper, which arrived every Thursday.",
   [("now", 1, "DATE", "PRESENT_REF"), ("minutes", 1, "DURATION", "PTXM"),
    ("A hundred years ago", 1, "DATE", "1909"), ("days", 1, "DURATION", "PXD"),
    ("Today", 1, "DATE", "PRESENT_REF"), ("hourly", 1, "SET", "PT1H"),
    ("weekly", 1, "SET", "P1W"), ("every Thursday", 1, "SET", "XXXX-WXX-4")]))

# 21 pandemic timeline, lockdown
A(("2020-03-25",
   "LONDON - Britain entered a three-week lockdown on Tuesday, a day after Prime Minister Boris Johnson ordered people to stay at home in an address at 8.30pm on Monday. People may leave home once a day for exercise. The measures will be reviewed on 13 April, officials said. Anyone with symptoms must isolate for seven days, and their households for 14 days. The first confirmed case was recorded on 31 January.",
   [("three-week", 1, "DURATION", "P3W"), ("Tuesday", 1, "DATE", "2020-03-24"),
    ("a day", 1, "DURATION", "P1D"), ("8.30pm", 1, "TIME", "2020-03-23T20:30"),
    ("Monday", 1, "DATE", "2020-03-23"), ("once a day", 1, "SET", "P1D"),
    ("13 April", 1, "DATE", "2020-04-13"), ("seven days", 1, "DURATION", "P7D"),
    ("14 days", 1, "DURATION", "P14D"), ("31 January", 1, "DATE", "2020-01-31")]))

# 22 pandemic, Scandinavian news, week number
A(("2020-11-09",
   "COPENHAGEN, 9 November - Denmark will extend the lockdown in North Jutland until 3 December, the government said on Sunday, after a mink-related variant was found. Cases have doubled since week 43. Travellers arriving from abroad must observe a 14-day quarantine. Officials said the second wave had already claimed more lives than the first wave in the spring. Schools in the region closed on 5 November.",
   [("9 November", 1, "DATE", "2020-11-09"), ("3 December", 1, "DATE", "2020-12-03"),
    ("Sunday", 1, "DATE", "2020-11-08"), ("week 43", 1, "DATE", "2020-W43"),
    ("14-day", 1, "DURATION", "P14D"), ("the spring", 1, "DATE", "2020-SP"),
    ("5 November", 1, "DATE", "2020-11-05")]))

# 23 pandemic timeline
A(("2021-01-14",
   "Timeline: how the pandemic unfolded in Ireland. 29 February 2020: first case confirmed. 12 March 2020: schools close for two weeks; they would not fully reopen until late August. 27 March: a stay-at-home order begins at midnight. 21 October: the country moves to Level 5 for six weeks. 24 December: restrictions eased for Christmas, then tightened again on 30 December. Now: cases have risen threefold in the past fortnight.",
   [("29 February 2020", 1, "DATE", "2020-02-29"), ("12 March 2020", 1, "DATE", "2020-03-12"),
    ("two weeks", 1, "DURATION", "P2W"), ("late August", 1, "DATE", "2020-08"),
    ("27 March", 1, "DATE", "2020-03-27"), ("midnight", 1, "TIME", "2020-03-27T24:00"),
    ("21 October", 1, "DATE", "2020-10-21"), ("six weeks", 1, "DURATION", "P6W"),
    ("24 December", 1, "DATE", "2020-12-24"), ("Christmas", 1, "DATE", "2020-12-25"),
    ("30 December", 1, "DATE", "2020-12-30"), ("Now", 1, "DATE", "PRESENT_REF"),
    ("the past fortnight", 1, "DURATION", "P2W")]))

# 24 legal notice
A(("2021-07-06",
   "NOTICE OF CHANGE TO TERMS. Effective August 1, 2021, the monthly service fee will increase to $12.95. Customers who do not wish to accept the new terms may cancel within 30 days of the date of this notice without penalty. Invoices are issued on the 1st of each month and are payable within 14 days. This agreement renews automatically for successive one-year terms unless either party gives 60 days' written notice.",
   [("August 1, 2021", 1, "DATE", "2021-08-01"), ("monthly", 1, "SET", "P1M"),
    ("30 days", 1, "DURATION", "P30D"), ("the 1st of each month", 1, "SET", "P1M"),
    ("14 days", 1, "DURATION", "P14D"), ("one-year", 1, "DURATION", "P1Y"),
    ("60 days", 1, "DURATION", "P60D")]))

# 25 pandemic, end of restrictions
A(("2022-02-22",
   "England will end the legal requirement to self-isolate on Thursday, Boris Johnson told MPs yesterday, nearly two years after the first lockdown. Free testing will end on 1 April. The five-day isolation period introduced in January will become guidance. Johnson said the country could now learn to live with Covid, as it does with flu each winter.",
   [("Thursday", 1, "DATE", "2022-02-24"), ("yesterday", 1, "DATE", "2022-02-21"),
    ("nearly two years", 1, "DURATION", "P2Y"), ("1 April", 1, "DATE", "2022-04-01"),
    ("five-day", 1, "DURATION", "P5D"), ("January", 1, "DATE", "2022-01"),
    ("now", 1, "DATE", "PRESENT_REF"), ("each winter", 1, "SET", "XXXX-WI")]))

# 26 labour strike, Friday week
A(("2022-10-04",
   "Rail workers will walk out for 24 hours on Saturday and again on Friday week, the RMT union said today. Talks over a pay offer of 8 per cent spread across 2022 and 2023 broke down on Monday afternoon. Members have not had a rise since 2019, the union says, and inflation hit 9.9 per cent in August. A further strike is planned for a week on Thursday if no deal is reached.",
   [("24 hours", 1, "DURATION", "PT24H"), ("Saturday", 1, "DATE", "2022-10-08"),
    ("Friday week", 1, "DATE", "2022-10-14"), ("today", 1, "DATE", "2022-10-04"),
    ("2022", 1, "DATE", "2022"), ("2023", 1, "DATE", "2023"),
    ("Monday afternoon", 1, "TIME", "2022-10-03TAF"), ("2019", 1, "DATE", "2019"),
    ("August", 1, "DATE", "2022-08"), ("a week on Thursday", 1, "DATE", "2022-10-13")]))

# 27 regulatory review
A(("2023-05-31",
   "The European Medicines Agency began a rolling review of the vaccine on 12 May and expects to reach a decision within two to three months, the agency said on Tuesday. The maker must submit final trial data by the third quarter. Previous reviews of this kind have taken between four and seven months. Children should receive the first dose at 2 months and a booster a year later.",
   [("12 May", 1, "DATE", "2023-05-12"), ("two to three months", 1, "DURATION", "PXM"),
    ("Tuesday", 1, "DATE", "2023-05-30"), ("the third quarter", 1, "DATE", "2023-Q3"),
    ("four", 1, "DURATION", "P4M"), ("seven months", 1, "DURATION", "P7M"),
    ("a year", 1, "DURATION", "P1Y")]))

# 28 Formula One
A(("2024-06-18",
   "Max Verstappen won the Spanish Grand Prix on Sunday in 1:28:20.227, finishing 2.219 seconds ahead of Lando Norris. Norris had led for the first 10 laps. Verstappen set the fastest lap, a 1:17.115, on lap 51 of 66. The next race is the Austrian Grand Prix on 30 June, with the sprint on the Saturday. Verstappen has won 60 races since 2015. Norris said the final lap \"felt like an hour\".",
   [("Sunday", 1, "DATE", "2024-06-16"), ("1:28:20.227", 1, "DURATION", "PT1H28M20.227S"),
    ("2.219 seconds", 1, "DURATION", "PT2.219S"), ("1:17.115", 1, "DURATION", "PT1M17.115S"),
    ("30 June", 1, "DATE", "2024-06-30"), ("the Saturday", 1, "DATE", "2024-06-29"),
    ("2015", 1, "DATE", "2015"), ("an hour", 1, "DURATION", "PT1H")]))

# 29 parish newsletter, Advent and Christmas
A(("2024-12-10",
   "St Andrew's Newsletter for Advent. Our carol service is on Sunday 15 December at 6pm, and the Christmas Eve crib service starts at 4pm. Midnight Mass begins at 11.30pm on 24 December. On Christmas Day there is one said Eucharist at 9am. The parish office is closed from 23 December to 2 January. Morning Prayer is said daily in the Lady Chapel.",
   [("Sunday 15 December", 1, "DATE", "2024-12-15"), ("6pm", 1, "TIME", "2024-12-15T18:00"),
    ("Christmas Eve", 1, "DATE", "2024-12-24"), ("4pm", 1, "TIME", "2024-12-24T16:00"),
    ("11.30pm", 1, "TIME", "2024-12-24T23:30"), ("24 December", 1, "DATE", "2024-12-24"),
    ("Christmas Day", 1, "DATE", "2024-12-25"), ("9am", 1, "TIME", "2024-12-25T09:00"),
    ("23 December", 1, "DATE", "2024-12-23"), ("2 January", 1, "DATE", "2025-01-02"),
    ("daily", 1, "SET", "P1D")]))

# 30 parish, Lent
A(("2025-03-05",
   "Today is Ash Wednesday, the start of the forty days of Lent, and ashes will be imposed at every Mass. Lenten soup lunches will be held every Friday in the hall until 11 April. The Lenten fast is kept on Ash Wednesday and Good Friday, which this year falls on 18 April. Easter Day is 20 April.",
   [("Today", 1, "DATE", "2025-03-05"), ("Ash Wednesday", 1, "DATE", "2025-03-05"),
    ("the forty days", 1, "DURATION", "P40D"), ("every Friday", 1, "SET", "XXXX-WXX-5"),
    ("11 April", 1, "DATE", "2025-04-11"), ("Ash Wednesday", 2, "DATE", "2025-03-05"),
    ("Good Friday", 1, "DATE", "2025-04-18"), ("this year", 1, "DATE", "2025"),
    ("18 April", 1, "DATE", "2025-04-18"), ("Easter Day", 1, "DATE", "2025-04-20"), ("20 April", 1, "DATE", "2025-04-20")]))

# 31 tourism guide, opening season
A(("2010-06-29",
   "This summer the Geiranger fjord route runs from late May to early September, with sailings every hour. The Trollstigen mountain road opened on 4 June, a fortnight later than usual, and will close in October. The crossing takes 65 minutes. Book at least 48 hours ahead in July and August.",
   [("This summer", 1, "DATE", "2010-SU"), ("late May", 1, "DATE", "2010-05"),
    ("early September", 1, "DATE", "2010-09"), ("every hour", 1, "SET", "PT1H"),
    ("4 June", 1, "DATE", "2010-06-04"), ("a fortnight", 1, "DURATION", "P2W"),
    ("October", 1, "DATE", "2010-10"), ("65 minutes", 1, "DURATION", "PT65M"),
    ("at least 48 hours", 1, "DURATION", "PT48H"), ("July", 1, "DATE", "2010-07"),
    ("August", 1, "DATE", "2010-08")]))

# 32 Caribbean press
A(("2011-10-13",
   "PORT OF SPAIN - The state of emergency declared on August 21 will be extended by three months, to December 5, after Parliament voted late last night. The nightly curfew remains in force in hot spots. Police said murders had fallen by half in the seven weeks since the emergency began. Carnival, next February, is not expected to be affected.",
   [("August 21", 1, "DATE", "2011-08-21"), ("three months", 1, "DURATION", "P3M"),
    ("December 5", 1, "DATE", "2011-12-05"), ("late last night", 1, "TIME", "2011-10-12TNI"),
    ("nightly", 1, "SET", "XXXX-XX-XXTNI"), ("the seven weeks", 1, "DURATION", "P7W"),
    ("next February", 1, "DATE", "2012-02")]))

# 33 science
A(("2012-05-02",
   "Astronomers said on Tuesday that a probe launched in 2006 will fly past Pluto in July 2015 after a journey of nine and a half years. Signals from the craft take about four hours to reach Earth. The team wakes the probe from hibernation twice a year for checks. The encounter will last less than a day, but data will trickle home for 16 months.",
   [("Tuesday", 1, "DATE", "2012-05-01"), ("2006", 1, "DATE", "2006"),
    ("July 2015", 1, "DATE", "2015-07"), ("nine and a half years", 1, "DURATION", "P9.5Y"),
    ("about four hours", 1, "DURATION", "PT4H"), ("twice a year", 1, "SET", "P1Y"),
    ("less than a day", 1, "DURATION", "P1D"), ("16 months", 1, "DURATION", "P16M")]))

# 34 memoir, story time closed by "Forty years later"
A(("2013-08-20",
   "In his memoir, published on Monday, the former miner Tom Barr recalls Thursday, 22 November 1973, when the roof fell at Kilburn colliery. The alarm sounded at 10.40am, and the rescuers reached him that evening. He spent the following six weeks in hospital and went back underground in February. Forty years later, he says he still dreams of it every night. He will read from the book at Barnsley library next Saturday.",
   [("Monday", 1, "DATE", "2013-08-19"), ("Thursday, 22 November 1973", 1, "DATE", "1973-11-22"),
    ("10.40am", 1, "TIME", "1973-11-22T10:40"), ("that evening", 1, "TIME", "1973-11-22TEV"),
    ("the following six weeks", 1, "DURATION", "P6W"), ("February", 1, "DATE", "1974-02"),
    ("Forty years", 1, "DURATION", "P40Y"), ("every night", 1, "SET", "XXXX-XX-XXTNI"),
    ("next Saturday", 1, "DATE", "2013-08-24")]))

# 35 notice, day-first numeric dates
A(("2014-02-11",
   "NOTICE: The annual general meeting of the Brightwater Residents' Association will be held on 25/02/2014 at 7.30pm in the community hall. Nominations for the committee must reach the secretary by 18/02/2014. Minutes of the last meeting, held on 03/10/2013, are available on request. Subscriptions for 2014 fall due on 01/04/2014 and are payable annually.",
   [("25/02/2014", 1, "DATE", "2014-02-25"), ("7.30pm", 1, "TIME", "2014-02-25T19:30"),
    ("18/02/2014", 1, "DATE", "2014-02-18"), ("03/10/2013", 1, "DATE", "2013-10-03"),
    ("2014", 3, "DATE", "2014"), ("01/04/2014", 1, "DATE", "2014-04-01"),
    ("annually", 1, "SET", "P1Y")]))

# 36 legal notice, month-first numeric dates
A(("2015-10-19",
   "PUBLIC NOTICE. Pursuant to the lease dated 06/12/2012, the tenant at 412 Elm Street must vacate the premises within 30 days of this notice, no later than 11/18/2015. A hearing is scheduled for 10:00 AM on Thursday, November 5, 2015. Rent has been unpaid since 07/01/2015, a period of more than three months.",
   [("06/12/2012", 1, "DATE", "2012-06-12"), ("30 days", 1, "DURATION", "P30D"),
    ("11/18/2015", 1, "DATE", "2015-11-18"), ("10:00 AM", 1, "TIME", "2015-11-05T10:00"),
    ("Thursday, November 5, 2015", 1, "DATE", "2015-11-05"), ("07/01/2015", 1, "DATE", "2015-07-01"),
    ("more than three months", 1, "DURATION", "P3M")]))

# 37 pensions, Dutch
A(("2016-03-24",
   "THE HAGUE - The Dutch state pension age will rise to 67 years and 3 months in 2022, the government confirmed on Wednesday. AOW payments are made monthly. Since 1 January 2016 the pension age has been 65 years and 6 months. The Netherlands has raised the age every year since 2013, in steps of one to three months.",
   [("2022", 1, "DATE", "2022"), ("Wednesday", 1, "DATE", "2016-03-23"),
    ("monthly", 1, "SET", "P1M"), ("1 January 2016", 1, "DATE", "2016-01-01"),
    ("every year", 1, "SET", "P1Y"), ("2013", 1, "DATE", "2013"),
    ("one to three months", 1, "DURATION", "PXM")]))

# 38 Bangladeshi press, politics
A(("2017-11-28",
   "DHAKA, Nov 28 (Reuters) - Bangladesh and Myanmar agreed last Thursday to begin returning Rohingya refugees within two months, but aid agencies said on Monday that conditions were not yet safe. More than 620,000 people have fled since Aug. 25. Pope Francis arrives in Dhaka on Thursday for a three-day visit after two days in Myanmar. The UN refugee chief will visit next month.",
   [("Nov 28", 1, "DATE", "2017-11-28"), ("last Thursday", 1, "DATE", "2017-11-23"),
    ("two months", 1, "DURATION", "P2M"), ("Monday", 1, "DATE", "2017-11-27"),
    ("Aug. 25", 1, "DATE", "2017-08-25"), ("Thursday", 2, "DATE", "2017-11-30"),
    ("three-day", 1, "DURATION", "P3D"), ("two days", 1, "DURATION", "P2D"),
    ("next month", 1, "DATE", "2017-12")]))

# 39 Sri Lankan health
A(("2018-04-17",
   "COLOMBO - Children should be vaccinated against measles at 9 months and again at 3 years, the health ministry said on Monday as it launched a catch-up campaign. The campaign, which runs from April 23 to May 6, aims to reach 400,000 children. Last year there were 1,200 cases, most of them between January and March. The ministry publishes figures every Friday.",
   [("Monday", 1, "DATE", "2018-04-16"), ("April 23", 1, "DATE", "2018-04-23"),
    ("May 6", 1, "DATE", "2018-05-06"), ("Last year", 1, "DATE", "2017"),
    ("January", 1, "DATE", "2017-01"), ("March", 1, "DATE", "2017-03"),
    ("every Friday", 1, "SET", "XXXX-WXX-5")]))

# 40 cycling
A(("2019-09-10",
   "Primoz Roglic leads the Vuelta a Espana by 2 min 48 sec after the second rest day on Monday. The race resumes today with a 188-km stage and finishes in Madrid on Sunday. Roglic, 29, won the time trial a week ago in 47:05. A Slovenian has never won a Grand Tour before; Roglic finished third in the Giro in May.",
   [("2 min 48 sec", 1, "DURATION", "PT2M48S"), ("Monday", 1, "DATE", "2019-09-09"),
    ("today", 1, "DATE", "2019-09-10"), ("Sunday", 1, "DATE", "2019-09-15"),
    ("a week ago", 1, "DATE", "2019-09-03"), ("47:05", 1, "DURATION", "PT47M5S"),
    ("May", 1, "DATE", "2019-05")]))

# 41 obituary
A(("1990-11-22",
   "Henry Walsh, the jazz trumpeter who has died at 79, made his first recording in the late 1920s and led his own band from 1936 to 1952. In his prime he played the Savoy Ballroom every Saturday. He died on Tuesday in New Orleans.",
   [("the late 1920s", 1, "DATE", "192"), ("1936", 1, "DATE", "1936"), ("1952", 1, "DATE", "1952"),
    ("every Saturday", 1, "SET", "XXXX-WXX-6"), ("Tuesday", 1, "DATE", "1990-11-20")]))

# 42 business results, fiscal year
A(("1992-02-03",
   "TOKYO, Feb 3 - Sony Corp cut its profit forecast for FY1991, the year ending March 31, 1992, citing weak demand in the October-December period. Pretax profit for the first nine months fell 33 percent. The company will report its results in mid-May.",
   [("Feb 3", 1, "DATE", "1992-02-03"), ("FY1991", 1, "DATE", "FY1991"),
    ("March 31, 1992", 1, "DATE", "1992-03-31"), ("October", 1, "DATE", "1991-10"),
    ("December", 1, "DATE", "1991-12"), ("the first nine months", 1, "DURATION", "P9M"),
    ("mid-May", 1, "DATE", "1992-05")]))

# 43 timetable
A(("1993-06-07",
   "TIMETABLE, WEST HIGHLAND LINE. From Sunday 30 May until 25 September, trains leave Fort William for Mallaig twice daily, with an extra service on Saturdays. The journey takes one hour and 20 minutes. The steam train runs every Sunday in June. Timetables change again on 26 September.",
   [("Sunday 30 May", 1, "DATE", "1993-05-30"), ("25 September", 1, "DATE", "1993-09-25"),
    ("twice daily", 1, "SET", "P1D"), ("Saturdays", 1, "SET", "XXXX-WXX-6"),
    ("one hour and 20 minutes", 1, "DURATION", "PT1H20M"), ("every Sunday", 1, "SET", "XXXX-WXX-7"),
    ("June", 1, "DATE", "1993-06"), ("26 September", 1, "DATE", "1993-09-26")]))

# 44 politics, wire
A(("1994-05-10",
   "PRETORIA, May 10 - Nelson Mandela was sworn in as South Africa's first black president at 12:17 p.m. today. Mandela, 75, spent 27 years in prison before his release in February 1990. Voting in the country's first all-race election took place over four days, from April 26 to 29. His term runs until 1999.",
   [("May 10", 1, "DATE", "1994-05-10"), ("12:17 p.m. today", 1, "TIME", "1994-05-10T12:17"),
    ("27 years", 1, "DURATION", "P27Y"), ("February 1990", 1, "DATE", "1990-02"),
    ("four days", 1, "DURATION", "P4D"), ("April 26", 1, "DATE", "1994-04-26"),
    ("29", 1, "DATE", "1994-04-29"), ("1999", 1, "DATE", "1999")]))

# 45 memoir, story time
A(("1995-08-30",
   "Fifty years ago, on Monday, 6 August 1945, Keiko Sato was eight and walking to school when the bomb fell at 8:15 a.m. That afternoon she found her mother at the river. The next day they walked for six hours to her aunt's village. She tells the story to schoolchildren every summer.",
   [("Fifty years ago", 1, "DATE", "1945"), ("Monday, 6 August 1945", 1, "DATE", "1945-08-06"),
    ("8:15 a.m.", 1, "TIME", "1945-08-06T08:15"), ("That afternoon", 1, "TIME", "1945-08-06TAF"),
    ("The next day", 1, "DATE", "1945-08-07"), ("six hours", 1, "DURATION", "PT6H"),
    ("every summer", 1, "SET", "XXXX-SU")]))

# 46 business results, FY96
A(("1996-04-23",
   "MUMBAI, April 23 - Tata Steel said net profit for FY96 rose 38 per cent to Rs 705 crore, helped by strong sales in January-March. The company plans to spend Rs 1,200 crore over the next three years. In fiscal 1995, profit was Rs 510 crore.",
   [("April 23", 1, "DATE", "1996-04-23"), ("FY96", 1, "DATE", "FY1996"),
    ("January", 1, "DATE", "1996-01"), ("March", 1, "DATE", "1996-03"),
    ("the next three years", 1, "DURATION", "P3Y"), ("fiscal 1995", 1, "DATE", "1995")]))

# 47 Caribbean press, volcano
A(("1997-12-29",
   "BRADES, Montserrat - The Soufriere Hills volcano sent ash 12 km into the sky on Boxing Day, the island's observatory said, in the largest eruption since 25 June. Residents in the north were told at 9pm last night that the alert level would stay at four for at least another week. Since the eruptions began in July 1995, two thirds of the population has left.",
   [("Boxing Day", 1, "DATE", "1997-12-26"), ("25 June", 1, "DATE", "1997-06-25"),
    ("9pm last night", 1, "TIME", "1997-12-28T21:00"), ("at least another week", 1, "DURATION", "P1W"),
    ("July 1995", 1, "DATE", "1995-07")]))

# 48 festival
A(("1998-03-17",
   "DUBLIN - Half a million people are expected to line the streets for today's St Patrick's Day parade, which sets off from Parnell Square at noon and lasts about two and a half hours. The festival began on Saturday and runs for five days. Forty years ago the parade was a half-hour affair of marching bands.",
   [("today", 1, "DATE", "1998-03-17"), ("St Patrick's Day", 1, "DATE", "1998-03-17"),
    ("noon", 1, "TIME", "1998-03-17T12:00"), ("about two and a half hours", 1, "DURATION", "PT2.5H"),
    ("Saturday", 1, "DATE", "1998-03-14"), ("five days", 1, "DURATION", "P5D"),
    ("Forty years ago", 1, "DATE", "1958"), ("half-hour", 1, "DURATION", "PT30M")]))

# 49 sport, scores as distractors
A(("1999-07-05",
   "Pete Sampras beat Andre Agassi 6-3, 6-4, 7-5 in Sunday's Wimbledon final to win the title for the sixth time in seven years. The match lasted 1 hour 56 minutes. Sampras, 27, will defend his US Open title from August 30. Agassi returns to No. 1 in the rankings today.",
   [("Sunday", 1, "DATE", "1999-07-04"), ("seven years", 1, "DURATION", "P7Y"),
    ("1 hour 56 minutes", 1, "DURATION", "PT1H56M"), ("August 30", 1, "DATE", "1999-08-30"),
    ("today", 1, "DATE", "1999-07-05")]))

# 50 millennium, centuries
A(("2000-01-04",
   "The world entered the year 2000 without the feared computer meltdown, officials said yesterday. Engineers worked late on December 31 as clocks ticked past midnight. Some argue that the 21st century really begins on 1 January 2001, and that the 20th century has another 12 months to run. Y2K fixes cost an estimated $300 billion over the past decade.",
   [("the year 2000", 1, "DATE", "2000"), ("yesterday", 1, "DATE", "2000-01-03"),
    ("December 31", 1, "DATE", "1999-12-31"), ("midnight", 1, "TIME", "1999-12-31T24:00"),
    ("the 21st century", 1, "DATE", "20"), ("1 January 2001", 1, "DATE", "2001-01-01"),
    ("the 20th century", 1, "DATE", "19"), ("another 12 months", 1, "DURATION", "P12M"),
    ("the past decade", 1, "DURATION", "P10Y")]))

# 51 business, model names as distractors
A(("2001-09-25",
   "TOULOUSE - Airbus said on Monday it would cut production of the A320 and A340 next year after airlines cancelled orders in the two weeks since the attacks of September 11. Deliveries will fall to about 300 in 2002 from 325 this year. The Boeing 747-400's rival, the A380, is due to fly in 2004.",
   [("Monday", 1, "DATE", "2001-09-24"), ("next year", 1, "DATE", "2002"),
    ("the two weeks", 1, "DURATION", "P2W"), ("September 11", 1, "DATE", "2001-09-11"),
    ("2002", 1, "DATE", "2002"), ("this year", 1, "DATE", "2001"), ("2004", 1, "DATE", "2004")]))

# 52 transcript, police interview
A(("2002-06-14",
   "Transcript of police interview, 14 June 2002. Q: Where were you at half past nine last night? A: At home. I got back from work at about 6, had dinner and watched television until 11. Q: And this morning? A: I left at 7.45 for the bus, same as every day.",
   [("14 June 2002", 1, "DATE", "2002-06-14"), ("half past nine last night", 1, "TIME", "2002-06-13T21:30"),
    ("about 6", 1, "TIME", "2002-06-13T18:00"), ("11", 1, "TIME", "2002-06-13T23:00"),
    ("this morning", 1, "TIME", "2002-06-14TMO"), ("7.45", 1, "TIME", "2002-06-14T07:45"),
    ("every day", 1, "SET", "P1D")]))

# 53 wire, war
A(("2003-03-20",
   "BAGHDAD, March 20 (Reuters) - U.S. forces struck Baghdad at about 5:30 a.m. local time (0230 GMT) on Thursday, 90 minutes after the expiry of a 48-hour deadline. President Bush had spoken to the nation at 10:15 p.m. EST on Wednesday. Officials said the campaign could last weeks rather than months.",
   [("March 20", 1, "DATE", "2003-03-20"), ("about 5:30 a.m. local time", 1, "TIME", "2003-03-20T05:30"),
    ("0230 GMT", 1, "TIME", "2003-03-20T02:30"), ("Thursday", 1, "DATE", "2003-03-20"),
    ("90 minutes", 1, "DURATION", "PT90M"), ("48-hour", 1, "DURATION", "PT48H"),
    ("10:15 p.m. EST", 1, "TIME", "2003-03-19T22:15"), ("Wednesday", 1, "DATE", "2003-03-19"),
    ("weeks", 1, "DURATION", "PXW"), ("months", 1, "DURATION", "PXM")]))

# 54 Caribbean press, hurricane
A(("2004-09-08",
   "NASSAU, Bahamas - Hurricane Frances left the Bahamas on Sunday after battering the islands for almost 36 hours. Forecasters said Hurricane Ivan could reach Jamaica by Friday night. Ivan is the fourth major storm of the season, which runs from June 1 to November 30. Grenada was hit yesterday afternoon.",
   [("Sunday", 1, "DATE", "2004-09-05"), ("almost 36 hours", 1, "DURATION", "PT36H"),
    ("Friday night", 1, "TIME", "2004-09-10TNI"), ("June 1", 1, "DATE", "2004-06-01"),
    ("November 30", 1, "DATE", "2004-11-30"), ("yesterday afternoon", 1, "TIME", "2004-09-07TAF")]))

# 55 health, age distractor
A(("2005-11-15",
   "JAKARTA - A 3-month-old baby has tested positive for bird flu, the health ministry said on Tuesday, the country's eighth case since July. The infant fell ill 10 days ago. Results take 48 to 72 hours from a laboratory in Hong Kong. Indonesia will vaccinate poultry twice yearly from January.",
   [("Tuesday", 1, "DATE", "2005-11-15"), ("July", 1, "DATE", "2005-07"),
    ("10 days ago", 1, "DATE", "2005-11-05"), ("48 to 72 hours", 1, "DURATION", "PTXH"),
    ("twice yearly", 1, "SET", "P1Y"), ("January", 1, "DATE", "2006-01")]))

# 56 Caribbean press, Carnival
A(("2006-02-28",
   "PORT OF SPAIN - Masqueraders filled the streets as Carnival reached its climax today, Shrove Tuesday. Costumed bands crossed the Savannah stage from 7 a.m., and judging continues until midnight. Tomorrow is Ash Wednesday. J'Ouvert revellers took to the streets at 4 a.m. on Monday.",
   [("today", 1, "DATE", "2006-02-28"), ("Shrove Tuesday", 1, "DATE", "2006-02-28"),
    ("7 a.m.", 1, "TIME", "2006-02-28T07:00"), ("midnight", 1, "TIME", "2006-02-28T24:00"),
    ("Tomorrow", 1, "DATE", "2006-03-01"), ("Ash Wednesday", 1, "DATE", "2006-03-01"),
    ("4 a.m.", 1, "TIME", "2006-02-27T04:00"), ("Monday", 1, "DATE", "2006-02-27")]))

# 57 Bangladeshi press, politics
A(("2007-04-03",
   "DHAKA - The army-backed interim government said on Monday that elections would be held by the end of 2008, after voter lists are revised over the next 18 months. The state of emergency, in force since January 11, will remain for the time being. The two main party leaders have dominated politics since the 1980s.",
   [("Monday", 1, "DATE", "2007-04-02"), ("the end of 2008", 1, "DATE", "2008"),
    ("the next 18 months", 1, "DURATION", "P18M"), ("January 11", 1, "DATE", "2007-01-11"),
    ("the 1980s", 1, "DATE", "198")]))

# 58 business
A(("2008-09-16",
   "NEW YORK - Lehman Brothers, founded in 1850, filed for Chapter 11 protection at 1:45 a.m. on Monday. The Dow fell 4.4 percent that day, its worst drop since September 2001. Asian markets fell again this morning.",
   [("1850", 1, "DATE", "1850"), ("1:45 a.m.", 1, "TIME", "2008-09-15T01:45"),
    ("Monday", 1, "DATE", "2008-09-15"), ("that day", 1, "DATE", "2008-09-15"),
    ("September 2001", 1, "DATE", "2001-09"), ("this morning", 1, "TIME", "2008-09-16TMO")]))

# 59 Dutch news, tourism, week number
A(("2009-04-14",
   "LISSE - Keukenhof had 58,000 visitors on Easter Monday, a record. The gardens are open daily from 19 March to 21 May, and the peak bloom is expected in week 17.",
   [("Easter Monday", 1, "DATE", "2009-04-13"), ("daily", 1, "SET", "P1D"),
    ("19 March", 1, "DATE", "2009-03-19"), ("21 May", 1, "DATE", "2009-05-21"),
    ("week 17", 1, "DATE", "2009-W17")]))

# 60 Scandinavian news, week number and year range
A(("2010-01-26",
   "STOCKHOLM - Sweden's state liquor monopoly said on Monday that sales fell 3 per cent in 2009. From week 6, stores will also open on Saturdays, following a trial that ran from 2004-2006 in 70 stores. Demand usually peaks in June.",
   [("Monday", 1, "DATE", "2010-01-25"), ("2009", 1, "DATE", "2009"),
    ("week 6", 1, "DATE", "2010-W06"), ("Saturdays", 1, "SET", "XXXX-WXX-6"),
    ("2004", 1, "DATE", "2004"), ("2006", 1, "DATE", "2006"), ("June", 1, "DATE", "XXXX-06")]))

# 61 sport, marathon
A(("2011-04-18",
   "BOSTON - Geoffrey Mutai won the Boston Marathon today in 2:03:02, almost a minute inside the previous best. The race started at 10 a.m. in Hopkinton. Mutai, 29, finished second in Rotterdam two years ago.",
   [("today", 1, "DATE", "2011-04-18"), ("2:03:02", 1, "DURATION", "PT2H3M2S"),
    ("almost a minute", 1, "DURATION", "PT1M"), ("10 a.m.", 1, "TIME", "2011-04-18T10:00"),
    ("two years ago", 1, "DATE", "2009")]))

# 62 pensions, between ... and ... range
A(("2012-09-05",
   "Pensioners whose claims were lost in the computer changeover will have to wait between three and five months for back payments, the Department for Work and Pensions admitted yesterday. About 30,000 claims filed from April to June are affected. The department pays the state pension every four weeks.",
   [("three", 1, "DURATION", "P3M"), ("five months", 1, "DURATION", "P5M"),
    ("yesterday", 1, "DATE", "2012-09-04"), ("April", 1, "DATE", "2012-04"),
    ("June", 1, "DATE", "2012-06"), ("every four weeks", 1, "SET", "P4W")]))

# 63 arts, present-day distractor
A(("2013-04-29",
   "The Booker-winning novelist's new book, out on Thursday, moves between 1640s London and present-day Dubai. She wrote it over three years in Norfolk. The film adaptation of her 2009 novel opens in the autumn.",
   [("Thursday", 1, "DATE", "2013-05-02"), ("1640s", 1, "DATE", "164"),
    ("three years", 1, "DURATION", "P3Y"), ("2009", 1, "DATE", "2009"),
    ("the autumn", 1, "DATE", "2013-FA")]))

# 64 Bangladeshi press, Eid
A(("2014-07-29",
   "DHAKA - Muslims across Bangladesh celebrated Eid-ul-Fitr today after a month of fasting. Millions left the capital over the weekend for their home villages, and government offices will stay closed until Sunday. Ferries left Sadarghat every 15 minutes yesterday.",
   [("Eid-ul-Fitr", 1, "DATE", "2014-07-29"), ("today", 1, "DATE", "2014-07-29"),
    ("a month", 1, "DURATION", "P1M"), ("the weekend", 1, "DATE", "2014-W30-WE"),
    ("Sunday", 1, "DATE", "2014-08-03"), ("every 15 minutes", 1, "SET", "PT15M"),
    ("yesterday", 1, "DATE", "2014-07-28")]))

# 65 Sri Lankan press, Vesak
A(("2015-05-04",
   "COLOMBO - Thousands of lanterns lit up the capital last night as Sri Lankans marked Vesak, which fell on Sunday this year. The government declared today a public holiday as well, and free food stalls will operate until Wednesday. Poya days, which follow the full moon, are public holidays every month.",
   [("last night", 1, "TIME", "2015-05-03TNI"), ("Vesak", 1, "DATE", "2015-05-03"),
    ("Sunday", 1, "DATE", "2015-05-03"), ("this year", 1, "DATE", "2015"),
    ("today", 1, "DATE", "2015-05-04"), ("Wednesday", 1, "DATE", "2015-05-06"),
    ("every month", 1, "SET", "P1M")]))

# 66 Dutch court, dotted date
A(("2016-11-02",
   "ROTTERDAM, 2 November - A Dutch court on Tuesday jailed a 22-year-old man for 18 months for a series of burglaries committed between 2014 and 2016. The judge ordered him to report to police every other week for two years after his release. Sentencing of his co-accused was postponed until 15.11.2016.",
   [("2 November", 1, "DATE", "2016-11-02"), ("Tuesday", 1, "DATE", "2016-11-01"),
    ("18 months", 1, "DURATION", "P18M"), ("2014", 1, "DATE", "2014"), ("2016", 1, "DATE", "2016"),
    ("every other week", 1, "SET", "P2W"), ("two years", 1, "DURATION", "P2Y"),
    ("15.11.2016", 1, "DATE", "2016-11-15")]))

# 67 science, solstice
A(("2017-06-21",
   "Today is the summer solstice in the northern hemisphere. In Tromso the sun has not set since 20 May and will stay above the horizon until 22 July. Sunrise in London was at 4:43 a.m.",
   [("Today", 1, "DATE", "2017-06-21"), ("the summer solstice", 1, "DATE", "2017-06-21"),
    ("20 May", 1, "DATE", "2017-05-20"), ("22 July", 1, "DATE", "2017-07-22"),
    ("4:43 a.m.", 1, "TIME", "2017-06-21T04:43")]))

# 68 Scandinavian news, wage deal
A(("2018-10-10",
   "OSLO - Norwegian nurses on Tuesday accepted a two-year wage deal covering 2018-2020. The agreement, backdated to 1 May, gives a 2.8 per cent rise this year and a further increase in the spring of 2019. Talks had lasted two to three weeks longer than planned.",
   [("Tuesday", 1, "DATE", "2018-10-09"), ("two-year", 1, "DURATION", "P2Y"),
    ("2018", 1, "DATE", "2018"), ("2020", 1, "DATE", "2020"), ("1 May", 1, "DATE", "2018-05-01"),
    ("this year", 1, "DATE", "2018"), ("the spring of 2019", 1, "DATE", "2019-SP"),
    ("two to three weeks", 1, "DURATION", "PXW")]))

# 69 politics, May the surname
A(("2019-03-29",
   "LONDON - MPs rejected Theresa May's Brexit deal for a third time this afternoon. Britain now has until 12 April to propose a way forward. Two years ago today, the government triggered Article 50.",
   [("this afternoon", 1, "TIME", "2019-03-29TAF"), ("now", 1, "DATE", "PRESENT_REF"),
    ("12 April", 1, "DATE", "2019-04-12"), ("Two years ago today", 1, "DATE", "2017-03-29")]))

# 70 pandemic, boosters
A(("2021-10-20",
   "LONDON - The regulator approved booster jabs last month, and more than 4 million people have had one since 16 September. Boosters are offered at least six months after a second dose. Hospital admissions are about a third of the level seen at the peak of the second wave in January.",
   [("last month", 1, "DATE", "2021-09"), ("16 September", 1, "DATE", "2021-09-16"),
    ("at least six months", 1, "DURATION", "P6M"), ("January", 1, "DATE", "2021-01")]))

# 71 festival guide
A(("2022-06-06",
   "GUIDE: The Isle of Wight Festival returns after three years' absence from 16 to 19 June. Ferries from Portsmouth run every half hour from late May until the end of September.",
   [("three years", 1, "DURATION", "P3Y"), ("16", 1, "DATE", "2022-06-16"),
    ("19 June", 1, "DATE", "2022-06-19"), ("every half hour", 1, "SET", "PT30M"),
    ("late May", 1, "DATE", "2022-05"), ("the end of September", 1, "DATE", "2022-09")]))

# 72 Scandinavian news, dashed day-first dates
A(("2023-01-17",
   "OSLO - Tax returns will be published from 21-03-2023, and the deadline for corrections is 30-04-2023, the Norwegian Tax Administration said on Monday. Refunds are paid from week 25. Last year, 3.2 million returns were filed.",
   [("21-03-2023", 1, "DATE", "2023-03-21"), ("30-04-2023", 1, "DATE", "2023-04-30"),
    ("Monday", 1, "DATE", "2023-01-16"), ("week 25", 1, "DATE", "2023-W25"),
    ("Last year", 1, "DATE", "2022")]))

# 73 drug approval
A(("2024-03-15",
   "WASHINGTON - The FDA approved the first treatment for fatty liver disease on Thursday, three months ahead of its June deadline. Patients taking the daily pill showed benefits after 54 weeks in trials. It will reach pharmacies in April.",
   [("Thursday", 1, "DATE", "2024-03-14"), ("three months", 1, "DURATION", "P3M"),
    ("June", 1, "DATE", "2024-06"), ("daily", 1, "SET", "P1D"),
    ("54 weeks", 1, "DURATION", "P54W"), ("April", 1, "DATE", "2024-04")]))

# 74 Formula One, the final lap
A(("2025-09-02",
   "Oscar Piastri won the Dutch Grand Prix on Sunday, leading from lights out to the final lap. The race took 1:38:29.849. Piastri now leads the championship by 34 points with eight rounds left, and Monza hosts the next race this weekend.",
   [("Sunday", 1, "DATE", "2025-08-31"), ("1:38:29.849", 1, "DURATION", "PT1H38M29.849S"),
    ("now", 1, "DATE", "PRESENT_REF"), ("this weekend", 1, "DATE", "2025-W36-WE")]))

# 75 wire, war
A(("1991-02-14",
   "RIYADH, Feb 14 (Reuters) - Allied aircraft flew more than 2,600 sorties in the past 24 hours, a U.S. spokesman told reporters. The air campaign began on January 17 at 2:38 a.m. local time. A ground offensive could begin within days, officials said.",
   [("Feb 14", 1, "DATE", "1991-02-14"), ("the past 24 hours", 1, "DURATION", "PT24H"),
    ("January 17", 1, "DATE", "1991-01-17"), ("2:38 a.m. local time", 1, "TIME", "1991-01-17T02:38"),
    ("days", 1, "DURATION", "PXD")]))

# 76 pensions
A(("1997-03-11",
   "PARIS - French public-sector workers will keep the right to retire after 37.5 years of contributions, the government said on Monday. Private-sector employees have needed 40 years since 1993. The reform will be debated in parliament in the autumn.",
   [("37.5 years", 1, "DURATION", "P37.5Y"), ("Monday", 1, "DATE", "1997-03-10"),
    ("40 years", 1, "DURATION", "P40Y"), ("1993", 1, "DATE", "1993"),
    ("the autumn", 1, "DATE", "1997-FA")]))

# 77 Scandinavian news, Christmas Eve
A(("2012-12-24",
   "STOCKHOLM - Swedes will gather at 3 p.m. today, as every year since 1960, to watch Donald Duck on television. The broadcast lasts an hour. Shops close at noon and reopen on 27 December.",
   [("3 p.m. today", 1, "TIME", "2012-12-24T15:00"), ("every year", 1, "SET", "P1Y"),
    ("1960", 1, "DATE", "1960"), ("an hour", 1, "DURATION", "PT1H"),
    ("noon", 1, "TIME", "2012-12-24T12:00"), ("27 December", 1, "DATE", "2012-12-27")]))

# 78 sport, measure distractor
A(("2016-08-15",
   "RIO DE JANEIRO - Usain Bolt won his third straight Olympic 100 metres title last night in 9.81 seconds. The stadium is a 10-minute drive from the athletes' village. Bolt, who turns 30 on Sunday, runs in the 200 metres heats on Tuesday and the final on Thursday.",
   [("last night", 1, "TIME", "2016-08-14TNI"), ("9.81 seconds", 1, "DURATION", "PT9.81S"),
    ("Sunday", 1, "DATE", "2016-08-21"), ("Tuesday", 1, "DATE", "2016-08-16"),
    ("Thursday", 1, "DATE", "2016-08-18")]))

# 79 parish newsletter, Advent Sunday
A(("2019-12-02",
   "ALL SAINTS PARISH NEWS. Advent Sunday was yesterday, 1 December. The Christingle service is on Sunday 15 December. Choir practice moves to Thursdays until Christmas. The vicar will be on leave for ten days from 27 December.",
   [("Advent Sunday", 1, "DATE", "2019-12-01"), ("yesterday", 1, "DATE", "2019-12-01"),
    ("1 December", 1, "DATE", "2019-12-01"), ("Sunday 15 December", 1, "DATE", "2019-12-15"),
    ("Thursdays", 1, "SET", "XXXX-WXX-4"), ("Christmas", 1, "DATE", "2019-12-25"),
    ("ten days", 1, "DURATION", "P10D"), ("27 December", 1, "DATE", "2019-12-27")]))

# 80 obituary, story time closed by "Sixty years later"
A(("2023-08-08",
   "Eamon Kelly, who has died aged 88, was the lifeboat coxswain who led the rescue of the trawler Mary Ann on Saturday, 14 December 1963. The crew launched at 3.20am into a force 10 gale and spent 11 hours at sea. The following day he was back at his fishing. Sixty years later, the village still marks the rescue every December. His funeral is on Friday.",
   [("Saturday, 14 December 1963", 1, "DATE", "1963-12-14"), ("3.20am", 1, "TIME", "1963-12-14T03:20"),
    ("11 hours", 1, "DURATION", "PT11H"), ("The following day", 1, "DATE", "1963-12-15"),
    ("Sixty years", 1, "DURATION", "P60Y"), ("every December", 1, "SET", "XXXX-12"),
    ("Friday", 1, "DATE", "2023-08-11")]))
