"""Decision lists for the held-out set eval/heldout11 (TIMEX3, `dates` layer only).
HELD-OUT: developers see only aggregate scores. Written and labelled by hand.

Each item: (dct, text, [(surface, occurrence, label, value), ...]); occurrence counts
case-sensitive whole-word matches of surface in text (1-based).
"""
ITEMS = []


def P(dct, text, spans):
    ITEMS.append((dct, text, spans))


# 1 wire lead, politics
P("1990-02-19",
  "CAPE TOWN, Feb 19 (Reuters) - South African officials said on Monday that talks with the newly "
  "released opposition leader would begin early next month. The leader, freed on February 11 after "
  "27 years in prison, told supporters last Tuesday that he would travel abroad within weeks. A "
  "spokesman said the government had been preparing the talks for months and expected a first "
  "meeting before Easter.",
  [("Feb 19", 1, "DATE", "1990-02-19"), ("Monday", 1, "DATE", "1990-02-19"),
   ("early next month", 1, "DATE", "1990-03"), ("February 11", 1, "DATE", "1990-02-11"),
   ("27 years", 1, "DURATION", "P27Y"), ("last Tuesday", 1, "DATE", "1990-02-13"),
   ("weeks", 1, "DURATION", "PXW"), ("months", 1, "DURATION", "PXM"),
   ("Easter", 1, "DATE", "1990-04-15")])

# 2 wire lead, politics
P("1990-11-07",
  "WASHINGTON, Nov. 7 - Democrats widened their majority in Tuesday's elections, and party leaders "
  "said this morning that the budget fight of the summer had cost Republicans dearly. Turnout was the "
  "lowest since 1942, officials said. The new Congress convenes in January, and the first hearings on "
  "the deficit are scheduled for the week of Jan. 14. Governors elected yesterday will serve "
  "four-year terms.",
  [("Nov. 7", 1, "DATE", "1990-11-07"), ("Tuesday", 1, "DATE", "1990-11-06"),
   ("this morning", 1, "TIME", "1990-11-07TMO"), ("the summer", 1, "DATE", "1990-SU"),
   ("1942", 1, "DATE", "1942"), ("January", 1, "DATE", "1991-01"),
   ("the week of Jan. 14", 1, "DATE", "1991-W03"), ("yesterday", 1, "DATE", "1990-11-06"),
   ("four-year", 1, "DURATION", "P4Y")])

# 3 obituary with a story told decades later
P("1990-11-09",
  "Ruth Adler, a schoolteacher who kept a diary through the worst year of her life, died on Wednesday "
  "in Haifa. She was 81. Born in Vienna in 1909, she emigrated in the spring of 1938 and taught for "
  "nearly four decades. On Friday, March 11, 1938, she wrote that the streets had gone quiet; the "
  "next morning, at 5:30, the first columns crossed the border.",
  [("Wednesday", 1, "DATE", "1990-11-07"), ("1909", 1, "DATE", "1909"),
   ("the spring of 1938", 1, "DATE", "1938-SP"), ("nearly four decades", 1, "DURATION", "P40Y"),
   ("Friday, March 11, 1938", 1, "DATE", "1938-03-11"),
   ("the next morning", 1, "TIME", "1938-03-12TMO"), ("5:30", 1, "TIME", "1938-03-12T05:30")])

# 4 sport
P("1991-06-03",
  "PARIS, June 3 - The defending champion needed three hours and 41 minutes to beat a 19-year-old "
  "qualifier on Sunday, the longest match of the tournament so far. Play resumes tomorrow at 11 a.m., "
  "with the quarter-finals set for Wednesday and Thursday. The final is on June 9. The champion, who "
  "has not lost on clay since April 1990, practises twice a day.",
  [("June 3", 1, "DATE", "1991-06-03"), ("three hours and 41 minutes", 1, "DURATION", "PT3H41M"),
   ("Sunday", 1, "DATE", "1991-06-02"), ("tomorrow", 1, "DATE", "1991-06-04"),
   ("11 a.m.", 1, "TIME", "1991-06-04T11:00"), ("Wednesday", 1, "DATE", "1991-06-05"),
   ("Thursday", 1, "DATE", "1991-06-06"), ("June 9", 1, "DATE", "1991-06-09"),
   ("April 1990", 1, "DATE", "1990-04"), ("twice a day", 1, "SET", "P1D")])

# 5 weather / disaster
P("1991-05-11",
  "DHAKA, May 11 - Relief workers said on Saturday that food had reached most of the offshore islands, "
  "nearly two weeks after the cyclone struck on the night of April 29. Winds of 225 km an hour "
  "battered the coast for about eight hours. The government expects reconstruction to take two to "
  "three years, and the monsoon, due in mid-June, could hamper it. Aid flights now arrive every six "
  "hours.",
  [("May 11", 1, "DATE", "1991-05-11"), ("Saturday", 1, "DATE", "1991-05-11"),
   ("nearly two weeks", 1, "DURATION", "P2W"), ("the night of April 29", 1, "TIME", "1991-04-29TNI"),
   ("about eight hours", 1, "DURATION", "PT8H"), ("two to three years", 1, "DURATION", "PXY"),
   ("mid-June", 1, "DATE", "1991-06"), ("now", 1, "DATE", "PRESENT_REF"),
   ("every six hours", 1, "SET", "PT6H")])

# 6 transcript
P("1991-01-14",
  "HOST: It's 7:30 on Monday morning, and the deadline is now two days away. GUEST: The resolution "
  "gives Baghdad until January 15. After that, anything can happen within 48 hours. HOST: You said "
  "last week that war was unlikely before February. GUEST: I said that on Thursday. A lot has changed "
  "since the weekend.",
  [("7:30", 1, "TIME", "1991-01-14T07:30"), ("Monday morning", 1, "TIME", "1991-01-14TMO"),
   ("now", 1, "DATE", "PRESENT_REF"), ("two days", 1, "DURATION", "P2D"),
   ("January 15", 1, "DATE", "1991-01-15"), ("48 hours", 1, "DURATION", "PT48H"),
   ("last week", 1, "DATE", "1991-W02"), ("February", 1, "DATE", "1991-02"),
   ("Thursday", 1, "DATE", "1991-01-10"), ("the weekend", 1, "DATE", "1991-W02-WE")])

# 7 business results
P("1992-02-05",
  "NEW YORK, Feb 5 - Computer maker Digitech reported a fourth-quarter loss of $212 million on "
  "Wednesday, compared with a profit of $48 million a year earlier. For fiscal 1991, which ended "
  "Dec. 31, revenue fell 6 percent. The company, which will cut 4,000 jobs over the next 18 months, "
  "said its new Model 486 workstation would ship in the second half. Shares fell 2-1/4 to 37 in late "
  "trading.",
  [("Feb 5", 1, "DATE", "1992-02-05"), ("fourth-quarter", 1, "DATE", "1991-Q4"),
   ("Wednesday", 1, "DATE", "1992-02-05"), ("a year", 1, "DURATION", "P1Y"),
   ("fiscal 1991", 1, "DATE", "FY1991"), ("Dec. 31", 1, "DATE", "1991-12-31"),
   ("the next 18 months", 1, "DURATION", "P18M"), ("the second half", 1, "DATE", "1992-H2")])

# 8 court
P("1992-04-23",
  "LOS ANGELES, April 23 - Jurors in the trial of four police officers deliberated again on Thursday "
  "without reaching a verdict. The judge told them on Tuesday afternoon that they could take as long "
  "as they needed. The trial began on March 4 and heard 54 witnesses over seven weeks. Deliberations "
  "resume on Friday at 9 a.m. Court officials said the jury has met daily since April 13, except on "
  "Sundays.",
  [("April 23", 1, "DATE", "1992-04-23"), ("Thursday", 1, "DATE", "1992-04-23"),
   ("Tuesday afternoon", 1, "TIME", "1992-04-21TAF"), ("March 4", 1, "DATE", "1992-03-04"),
   ("seven weeks", 1, "DURATION", "P7W"), ("Friday", 1, "DATE", "1992-04-24"),
   ("9 a.m.", 1, "TIME", "1992-04-24T09:00"), ("daily", 1, "SET", "P1D"),
   ("April 13", 1, "DATE", "1992-04-13"), ("Sundays", 1, "SET", "XXXX-WXX-7")])

# 9 weather
P("1993-02-01",
  "A blizzard that began late Saturday dumped up to 60 centimetres of snow on the region before "
  "easing on Sunday evening, forecasters said today. Schools will stay closed until Wednesday. It was "
  "the heaviest snowfall since the winter of 1978, when the city was cut off for nearly a week. "
  "Forecasters expect temperatures to stay below freezing for the next five days, with more snow "
  "possible over the weekend.",
  [("late Saturday", 1, "DATE", "1993-01-30"), ("Sunday evening", 1, "TIME", "1993-01-31TEV"),
   ("today", 1, "DATE", "1993-02-01"), ("Wednesday", 1, "DATE", "1993-02-03"),
   ("the winter of 1978", 1, "DATE", "1978-WI"), ("nearly a week", 1, "DURATION", "P1W"),
   ("the next five days", 1, "DURATION", "P5D"), ("the weekend", 1, "DATE", "1993-W05-WE")])

# 10 health
P("1993-01-15",
  "Health officials reported 312 new cases of measles in the week ending January 9, up from 205 a "
  "week earlier. The outbreak, first detected in late November, has now lasted more than seven weeks. "
  "Children should receive a second dose at four to six years of age, officials said, and clinics "
  "will open on Saturdays until the end of March. A 3-month-old infant was among those admitted on "
  "Wednesday night.",
  [("January 9", 1, "DATE", "1993-01-09"), ("a week", 1, "DURATION", "P1W"),
   ("late November", 1, "DATE", "1992-11"), ("now", 1, "DATE", "PRESENT_REF"),
   ("more than seven weeks", 1, "DURATION", "P7W"), ("Saturdays", 1, "SET", "XXXX-WXX-6"),
   ("the end of March", 1, "DATE", "1993-03"), ("Wednesday night", 1, "TIME", "1993-01-13TNI")])

# 11 science
P("1993-08-06",
  "Astronomers expect the Perseid meteor shower to peak next Thursday, August 12, with up to 200 "
  "meteors an hour visible from dark sites. The comet that produces the shower, Swift-Tuttle, "
  "returned in December 1992 after 130 years and orbits the sun once every 133 years. The last strong "
  "display was in 1966. Observers should allow 20 minutes for their eyes to adjust. The shower recurs "
  "every August.",
  [("next Thursday, August 12", 1, "DATE", "1993-08-12"), ("December 1992", 1, "DATE", "1992-12"),
   ("130 years", 1, "DURATION", "P130Y"), ("every 133 years", 1, "SET", "P133Y"),
   ("1966", 1, "DATE", "1966"), ("20 minutes", 1, "DURATION", "PT20M"),
   ("every August", 1, "SET", "XXXX-08")])

# 12 opinion, generic time
P("1994-11-18",
  "Today, a teenager carries more computing power in a pocket calculator than the Apollo crews had in "
  "1969. Thirty years ago, a home computer would have cost a month's wages. We now take for granted "
  "what our grandparents could not imagine in the 1950s. In due course, the present-day rush will look "
  "quaint too; by the 2020s, someone will laugh at our fax machines.",
  [("Today", 1, "DATE", "PRESENT_REF"), ("1969", 1, "DATE", "1969"),
   ("Thirty years ago", 1, "DATE", "1964"), ("now", 1, "DATE", "PRESENT_REF"),
   ("the 1950s", 1, "DATE", "195"), ("the 2020s", 1, "DATE", "202")])

# 13 sport preview
P("1994-04-15",
  "BOSTON, April 15 - A record field of 9,000 runners will start Monday's marathon at noon. Last "
  "year's winner ran 2:09:33, and organisers expect the course record, set in 1982, to fall. The race "
  "is held every April. Runners who finish after six hours will not be timed. The weather service "
  "forecasts rain on Monday afternoon.",
  [("April 15", 1, "DATE", "1994-04-15"), ("Monday", 1, "DATE", "1994-04-18"),
   ("noon", 1, "TIME", "1994-04-18T12:00"), ("Last year", 1, "DATE", "1993"),
   ("2:09:33", 1, "DURATION", "PT2H9M33S"), ("1982", 1, "DATE", "1982"),
   ("every April", 1, "SET", "XXXX-04"), ("six hours", 1, "DURATION", "PT6H"),
   ("Monday afternoon", 1, "TIME", "1994-04-18TAF")])

# 14 timetable
P("1995-09-07",
  "Ferry timetable from 1 October 1995: departures from the mainland at 06:45, 09:15 and 17:30 daily, "
  "with an extra sailing at 21:00 on Fridays. The crossing takes 1 hour 10 minutes. No service on 25 "
  "December or 1 January. The regular timetable resumes on 31 March 1996.",
  [("1 October 1995", 1, "DATE", "1995-10-01"), ("06:45", 1, "TIME", "XXXX-XX-XXT06:45"),
   ("09:15", 1, "TIME", "XXXX-XX-XXT09:15"), ("17:30", 1, "TIME", "XXXX-XX-XXT17:30"),
   ("daily", 1, "SET", "P1D"), ("21:00", 1, "TIME", "XXXX-XX-XXT21:00"),
   ("Fridays", 1, "SET", "XXXX-WXX-5"), ("1 hour 10 minutes", 1, "DURATION", "PT1H10M"),
   ("25 December", 1, "DATE", "1995-12-25"), ("1 January", 1, "DATE", "1996-01-01"),
   ("31 March 1996", 1, "DATE", "1996-03-31")])

# 15 memoir told decades later
P("1995-12-25",
  "Eighty-one years ago, on Christmas Day 1914, my grandfather climbed out of a trench near Ypres. In "
  "a letter written that evening he described how the singing had started on Thursday night, Christmas "
  "Eve, at about 8 o'clock. By morning the guns were silent. The truce held in some places until New "
  "Year's Day. He was 19, and he lived another 70 years.",
  [("Eighty-one years ago", 1, "DATE", "1914"), ("Christmas Day 1914", 1, "DATE", "1914-12-25"),
   ("that evening", 1, "TIME", "1914-12-25TEV"), ("Thursday night", 1, "TIME", "1914-12-24TNI"),
   ("Christmas Eve", 1, "DATE", "1914-12-24"), ("about 8 o'clock", 1, "TIME", "1914-12-24T20:00"),
   ("morning", 1, "TIME", "1914-12-25TMO"), ("New Year's Day", 1, "DATE", "1915-01-01"),
   ("another 70 years", 1, "DURATION", "P70Y")])

# 16 wire lead
P("1996-03-14",
  "TAIPEI, March 14 (AP) - China began a new round of live-fire exercises off the coast on Wednesday, "
  "nine days before the island's first direct presidential election on March 23. The drills will last "
  "until March 20, the official news agency said. The central bank said it would intervene every day "
  "if needed. Officials will brief reporters at 3 p.m. local time today.",
  [("March 14", 1, "DATE", "1996-03-14"), ("Wednesday", 1, "DATE", "1996-03-13"),
   ("nine days", 1, "DURATION", "P9D"), ("March 23", 1, "DATE", "1996-03-23"),
   ("March 20", 1, "DATE", "1996-03-20"), ("every day", 1, "SET", "P1D"),
   ("3 p.m. local time", 1, "TIME", "1996-03-14T15:00"), ("today", 1, "DATE", "1996-03-14")])

# 17 business results
P("1996-11-13",
  "TOKYO, Nov 13 - Electronics group Kanamoto said net profit for the six months to September 30 rose "
  "18 percent, and it raised its forecast for the year ending March 31, 1997. Sales in the "
  "July-September quarter were the best since 1991. The company plans to spend 40 billion yen over "
  "three years on chip plants and will report full-year results in May. Its shares, which have doubled "
  "since January, closed at 1,520 yen.",
  [("Nov 13", 1, "DATE", "1996-11-13"), ("the six months", 1, "DURATION", "P6M"),
   ("September 30", 1, "DATE", "1996-09-30"), ("March 31, 1997", 1, "DATE", "1997-03-31"),
   ("July", 1, "DATE", "1996-07"), ("September", 2, "DATE", "1996-09"),
   ("1991", 1, "DATE", "1991"), ("three years", 1, "DURATION", "P3Y"),
   ("May", 1, "DATE", "1997-05"), ("January", 1, "DATE", "1996-01")])

# 18 transcript, press conference
P("1996-02-13",
  "Q: When will the ceasefire take effect? A: At 6 p.m. on Thursday. Both sides have agreed to a "
  "72-hour pause, and we hope that becomes permanent within a fortnight. Q: The last ceasefire "
  "collapsed after 11 days. A: That was in December. Things are different now. Q: Will you travel to "
  "the region? A: Tomorrow morning, and I'll be back by the weekend.",
  [("6 p.m.", 1, "TIME", "1996-02-15T18:00"), ("Thursday", 1, "DATE", "1996-02-15"),
   ("72-hour", 1, "DURATION", "PT72H"), ("a fortnight", 1, "DURATION", "P2W"),
   ("11 days", 1, "DURATION", "P11D"), ("December", 1, "DATE", "1995-12"),
   ("now", 1, "DATE", "PRESENT_REF"), ("Tomorrow morning", 1, "TIME", "1996-02-14TMO"),
   ("the weekend", 1, "DATE", "1996-W07-WE")])

# 19 science
P("1997-07-07",
  "PASADENA, Calif., July 7 - The Sojourner rover rolled onto the Martian surface early Sunday, two days "
  "after the Pathfinder lander bounced to a halt on Friday, July 4. The rover moves about 60 "
  "centimetres a minute and will work for at least a week. A Martian sol lasts 24 hours and 37 "
  "minutes. Controllers send commands each morning and receive images every afternoon. The last U.S. "
  "landing on Mars was in 1976.",
  [("July 7", 1, "DATE", "1997-07-07"), ("early Sunday", 1, "DATE", "1997-07-06"),
   ("two days", 1, "DURATION", "P2D"), ("Friday, July 4", 1, "DATE", "1997-07-04"),
   ("at least a week", 1, "DURATION", "P1W"), ("24 hours and 37 minutes", 1, "DURATION", "PT24H37M"),
   ("each morning", 1, "SET", "XXXX-XX-XXTMO"), ("every afternoon", 1, "SET", "XXXX-XX-XXTAF"),
   ("1976", 1, "DATE", "1976")])

# 20 health
P("1997-01-09",
  "The flu season arrived early this winter: hospital admissions doubled in the two weeks after "
  "Christmas, and the health ministry said on Thursday that the peak may not come until late January. "
  "Last winter's epidemic lasted 11 weeks. Doctors advise people over 65 to get vaccinated every "
  "autumn. Surgeries will stay open on Saturdays for the next month.",
  [("this winter", 1, "DATE", "1996-WI"), ("the two weeks", 1, "DURATION", "P2W"),
   ("Christmas", 1, "DATE", "1996-12-25"), ("Thursday", 1, "DATE", "1997-01-09"),
   ("late January", 1, "DATE", "1997-01"), ("Last winter", 1, "DATE", "1995-WI"),
   ("11 weeks", 1, "DURATION", "P11W"), ("every autumn", 1, "SET", "XXXX-FA"),
   ("Saturdays", 1, "SET", "XXXX-WXX-6"), ("the next month", 1, "DURATION", "P1M")])

# 21 politics wire lead
P("1997-10-10",
  "OTTAWA, Oct. 10 - The prime minister said on Friday that he would call a general election for the "
  "spring, ending months of speculation. His party has governed since 1993, and polls taken this week "
  "put it eight points ahead. Parliament will sit until December 12 and return on February 2. The "
  "opposition leader, who turned 50 last month, called the timing a sign of panic.",
  [("Oct. 10", 1, "DATE", "1997-10-10"), ("Friday", 1, "DATE", "1997-10-10"),
   ("the spring", 1, "DATE", "1998-SP"), ("months", 1, "DURATION", "PXM"),
   ("1993", 1, "DATE", "1993"), ("this week", 1, "DATE", "1997-W41"),
   ("December 12", 1, "DATE", "1997-12-12"), ("February 2", 1, "DATE", "1998-02-02"),
   ("last month", 1, "DATE", "1997-09")])

# 22 weather / disaster
P("1998-01-07",
  "MONTREAL, Jan 7 - Freezing rain fell again on Wednesday, coating power lines in up to 8 centimetres "
  "of ice. About 400,000 homes have been without power since Monday night, and utility crews warned "
  "that some may wait two or three weeks for repairs. Forecasters expect the rain to continue until "
  "Friday morning. The last storm of this size hit the province in 1961. Residents should check on "
  "elderly neighbours every few hours, police said.",
  [("Jan 7", 1, "DATE", "1998-01-07"), ("Wednesday", 1, "DATE", "1998-01-07"),
   ("Monday night", 1, "TIME", "1998-01-05TNI"), ("two or three weeks", 1, "DURATION", "PXW"),
   ("Friday morning", 1, "TIME", "1998-01-09TMO"), ("1961", 1, "DATE", "1961"),
   ("every few hours", 1, "SET", "PTXH")])

# 23 court
P("1998-03-13",
  "A former bank manager was sentenced on Friday to six and a half years in prison for embezzling "
  "funds between 1991 and 1996. The judge said the defendant, 52, had falsified records every month "
  "for five years. His lawyer said he would appeal within the 28 days allowed. The trial lasted 19 "
  "days.",
  [("Friday", 1, "DATE", "1998-03-13"), ("six and a half years", 1, "DURATION", "P6Y6M"),
   ("1991", 1, "DATE", "1991"), ("1996", 1, "DATE", "1996"),
   ("every month", 1, "SET", "P1M"), ("five years", 1, "DURATION", "P5Y"),
   ("the 28 days", 1, "DURATION", "P28D"), ("19 days", 1, "DURATION", "P19D")])

# 24 business results
P("1999-10-21",
  "SAN JOSE, Oct 21 - Chipmaker Solara posted record third-quarter earnings on Thursday, helped by "
  "demand ahead of the year 2000. Revenue for the quarter ended Sept. 26 rose 31 percent from a year "
  "earlier. The company expects fourth-quarter sales to grow at a similar pace and will open a plant in "
  "early 2001. Its Y2K-ready Pentode 2000 chip goes on sale on Nov. 1.",
  [("Oct 21", 1, "DATE", "1999-10-21"), ("third-quarter", 1, "DATE", "1999-Q3"),
   ("Thursday", 1, "DATE", "1999-10-21"), ("the year 2000", 1, "DATE", "2000"),
   ("Sept. 26", 1, "DATE", "1999-09-26"), ("a year", 1, "DURATION", "P1Y"),
   ("fourth-quarter", 1, "DATE", "1999-Q4"), ("early 2001", 1, "DATE", "2001"),
   ("Nov. 1", 1, "DATE", "1999-11-01")])

# 25 memoir, story told thirty years on
P("1999-10-04",
  "Thirty years ago, the river rose faster than anyone in the valley had seen. My father woke us at "
  "2 a.m. on Sunday, September 28, 1969, and by 4:15 the water was at the windowsills. We spent that "
  "day on the roof of the barn and the following night in the church hall. It was Tuesday afternoon "
  "before the boats reached the lower farms. For years afterwards my mother would not sleep through a "
  "storm.",
  [("Thirty years ago", 1, "DATE", "1969"), ("2 a.m.", 1, "TIME", "1969-09-28T02:00"),
   ("Sunday, September 28, 1969", 1, "DATE", "1969-09-28"), ("4:15", 1, "TIME", "1969-09-28T04:15"),
   ("that day", 1, "DATE", "1969-09-28"), ("the following night", 1, "TIME", "1969-09-28TNI"),
   ("Tuesday afternoon", 1, "TIME", "1969-09-30TAF"), ("years", 2, "DURATION", "PXY")])

# 26 wire lead
P("2000-01-05",
  "LONDON, Jan 5 - Businesses returned to work this week to find that the millennium bug had caused "
  "few problems, a government task force said on Wednesday. Of 2,000 systems checked since Saturday, "
  "only 12 failed, most of them on January 1. The task force will disband at the end of February "
  "after three years of work. Its chairman said the next test would come on February 29, the first "
  "leap day in a century year since 1600.",
  [("Jan 5", 1, "DATE", "2000-01-05"), ("this week", 1, "DATE", "2000-W01"),
   ("Wednesday", 1, "DATE", "2000-01-05"), ("Saturday", 1, "DATE", "2000-01-01"),
   ("January 1", 1, "DATE", "2000-01-01"), ("the end of February", 1, "DATE", "2000-02"),
   ("three years", 1, "DURATION", "P3Y"), ("February 29", 1, "DATE", "2000-02-29"),
   ("1600", 1, "DATE", "1600")])

# 27 sport
P("2000-04-15",
  "Leeds face Arsenal at 3pm today needing a win to stay in the title race, with eight games left. The "
  "sides drew 2-2 in November. Arsenal have won five in a row since March 18 and have not lost at home "
  "for 16 months. The last time Leeds won the league was in the 1991-92 season. Kick-off in Tuesday's "
  "rearranged match is 7.45pm.",
  [("3pm", 1, "TIME", "2000-04-15T15:00"), ("today", 1, "DATE", "2000-04-15"),
   ("November", 1, "DATE", "1999-11"), ("March 18", 1, "DATE", "2000-03-18"),
   ("16 months", 1, "DURATION", "P16M"), ("1991", 1, "DATE", "1991"), ("92", 1, "DATE", "1992"),
   ("Tuesday", 1, "DATE", "2000-04-18"), ("7.45pm", 1, "TIME", "2000-04-18T19:45")])

# 28 health
P("2001-05-01",
  "GENEVA, May 1 - The World Health Organization said on Tuesday that the number of new cholera cases "
  "had fallen again last week. Some 11,000 cases have been reported since the outbreak began in early "
  "February. Health workers visit each camp twice a week and test water daily. The agency will review "
  "the situation after 10 days and expects to end the emergency by the end of June.",
  [("May 1", 1, "DATE", "2001-05-01"), ("Tuesday", 1, "DATE", "2001-05-01"),
   ("last week", 1, "DATE", "2001-W17"), ("early February", 1, "DATE", "2001-02"),
   ("twice a week", 1, "SET", "P1W"), ("daily", 1, "SET", "P1D"),
   ("10 days", 1, "DURATION", "P10D"), ("the end of June", 1, "DATE", "2001-06")])

# 29 obituary
P("2001-10-11",
  "Harold Benn, who ran the village bakery for 46 years, died on Monday at the age of 88. He opened the "
  "shop in the autumn of 1949, rising at 3 a.m. six days a week, and closed it only once, for a week in "
  "1963. In the 1960s he supplied bread to three schools. He retired in 1995. A memorial service will "
  "be held at 11 a.m. on October 20.",
  [("46 years", 1, "DURATION", "P46Y"), ("Monday", 1, "DATE", "2001-10-08"),
   ("the autumn of 1949", 1, "DATE", "1949-FA"), ("3 a.m.", 1, "TIME", "XXXX-XX-XXT03:00"),
   ("six days a week", 1, "SET", "P1W"), ("a week", 2, "DURATION", "P1W"),
   ("1963", 1, "DATE", "1963"), ("the 1960s", 1, "DATE", "196"), ("1995", 1, "DATE", "1995"),
   ("11 a.m.", 1, "TIME", "2001-10-20T11:00"), ("October 20", 1, "DATE", "2001-10-20")])

# 30 science
P("2002-05-13",
  "Scientists aboard the research ship Polarstern said on Monday that an ice shelf the size of "
  "Luxembourg had broken apart over about 35 days, from January 31 to early March. Satellite images "
  "taken every 12 hours showed the collapse. The shelf had been stable for at least 10,000 years, the "
  "team said, but temperatures on the peninsula have risen by 2.5C in the past 50 years. The ship "
  "returns to Bremerhaven next month.",
  [("Monday", 1, "DATE", "2002-05-13"), ("about 35 days", 1, "DURATION", "P35D"),
   ("January 31", 1, "DATE", "2002-01-31"), ("early March", 1, "DATE", "2002-03"),
   ("every 12 hours", 1, "SET", "PT12H"), ("at least 10,000 years", 1, "DURATION", "P10000Y"),
   ("the past 50 years", 1, "DURATION", "P50Y"), ("next month", 1, "DATE", "2002-06")])

# 31 sport
P("2002-02-03",
  "NEW ORLEANS, Feb 3 - Kickoff in tonight's Super Bowl XXXVI is at 5:30 p.m. local time, the latest "
  "start in the game's history. The Rams are 14-point favourites. The Patriots have won eight straight "
  "since Nov. 25 and last reached the title game in January 1997. Security will be tighter than at any "
  "game since September, and fans were told to arrive four hours early.",
  [("Feb 3", 1, "DATE", "2002-02-03"), ("tonight", 1, "TIME", "2002-02-03TNI"),
   ("5:30 p.m. local time", 1, "TIME", "2002-02-03T17:30"), ("Nov. 25", 1, "DATE", "2001-11-25"),
   ("January 1997", 1, "DATE", "1997-01"), ("September", 1, "DATE", "2001-09"),
   ("four hours", 1, "DURATION", "PT4H")])

# 32 politics wire lead
P("2003-02-07",
  "BRUSSELS, Feb 7 - European foreign ministers will hold an emergency meeting on Monday, four days "
  "before weapons inspectors report to the Security Council on February 14. The presidency said the "
  "meeting would begin at 10:00 and could run into the evening. Diplomats said they had worked until "
  "3 a.m. on Thursday on a common text. A summit is planned for the second half of March.",
  [("Feb 7", 1, "DATE", "2003-02-07"), ("Monday", 1, "DATE", "2003-02-10"),
   ("four days", 1, "DURATION", "P4D"), ("February 14", 1, "DATE", "2003-02-14"),
   ("10:00", 1, "TIME", "2003-02-10T10:00"), ("the evening", 1, "TIME", "2003-02-10TEV"),
   ("3 a.m.", 1, "TIME", "2003-02-06T03:00"), ("Thursday", 1, "DATE", "2003-02-06"),
   ("the second half of March", 1, "DATE", "2003-03")])

# 33 court
P("2004-10-21",
  "A jury at Manchester Crown Court on Thursday convicted a 27-year-old man of fraud over a ticket "
  "scheme that ran from March 2002 to August 2003. The court heard he had sold fake concert tickets "
  "online every Saturday for 18 months. Sentencing was adjourned until November 19. Nine witnesses "
  "gave evidence over the past fortnight.",
  [("Thursday", 1, "DATE", "2004-10-21"), ("March 2002", 1, "DATE", "2002-03"),
   ("August 2003", 1, "DATE", "2003-08"), ("every Saturday", 1, "SET", "XXXX-WXX-6"),
   ("18 months", 1, "DURATION", "P18M"), ("November 19", 1, "DATE", "2004-11-19"),
   ("the past fortnight", 1, "DURATION", "P2W")])

# 34 business, fiscal years
P("2004-04-01",
  "TOKYO, April 1 - Carmaker Hoshida said on Thursday it expects operating profit to rise 12 percent in "
  "fiscal 2004, which began today, after a record year to March 31. Output in the January-March "
  "quarter hit a high. The company will announce full results on May 12 and plans a new model every "
  "18 months. Chief executive Kenji Ono, 61, has led the group since 1998.",
  [("April 1", 1, "DATE", "2004-04-01"), ("Thursday", 1, "DATE", "2004-04-01"),
   ("fiscal 2004", 1, "DATE", "FY2004"), ("today", 1, "DATE", "2004-04-01"),
   ("March 31", 1, "DATE", "2004-03-31"), ("January", 1, "DATE", "2004-01"),
   ("March", 2, "DATE", "2004-03"), ("May 12", 1, "DATE", "2004-05-12"),
   ("every 18 months", 1, "SET", "P18M"), ("1998", 1, "DATE", "1998")])

# 35 weather
P("2004-10-12",
  "Hurricane Jeanne's remnants brought three days of rain to the valley last month, and farmers say "
  "the harvest, due to finish by mid-October, is running two weeks late. The forecast for the next 10 "
  "days is dry. The state's disaster declaration, issued on September 28, expires on Friday. Growers "
  "now expect yields 20 percent below the five-year average.",
  [("three days", 1, "DURATION", "P3D"), ("last month", 1, "DATE", "2004-09"),
   ("mid-October", 1, "DATE", "2004-10"), ("two weeks", 1, "DURATION", "P2W"),
   ("the next 10 days", 1, "DURATION", "P10D"), ("September 28", 1, "DATE", "2004-09-28"),
   ("Friday", 1, "DATE", "2004-10-15"), ("now", 1, "DATE", "PRESENT_REF"),
   ("five-year", 1, "DURATION", "P5Y")])

# 36 transcript, radio bulletin
P("2005-06-20",
  "ANNOUNCER: Good morning, it's 6:15 on Monday, June 20. Traffic on the ring road is heavy after a "
  "crash just after 5:40; expect delays of up to 40 minutes. Today will be the hottest day so far this "
  "year, with 34 degrees by mid-afternoon, and the heat should last until Thursday. The next bulletin "
  "is at 6:45, and we'll have travel news every 15 minutes until 9.",
  [("6:15", 1, "TIME", "2005-06-20T06:15"), ("Monday, June 20", 1, "DATE", "2005-06-20"),
   ("5:40", 1, "TIME", "2005-06-20T05:40"), ("up to 40 minutes", 1, "DURATION", "PT40M"),
   ("Today", 1, "DATE", "2005-06-20"), ("this year", 1, "DATE", "2005"),
   ("mid-afternoon", 1, "TIME", "2005-06-20TAF"), ("Thursday", 1, "DATE", "2005-06-23"),
   ("6:45", 1, "TIME", "2005-06-20T06:45"), ("every 15 minutes", 1, "SET", "PT15M"),
   ("9", 1, "TIME", "2005-06-20T09:00")])

# 37 sport, athletics
P("2006-08-05",
  "GOTHENBURG, Aug 5 - The Kenyan won the 10,000 metres in 27 minutes 9.5 seconds on Friday night, the "
  "fastest time at the championships since 1994. Her compatriot finished 1.2 seconds behind. The "
  "marathon is on Sunday morning, starting at 8:30, and the relay heats follow on Monday.",
  [("Aug 5", 1, "DATE", "2006-08-05"), ("27 minutes 9.5 seconds", 1, "DURATION", "PT27M9.5S"),
   ("Friday night", 1, "TIME", "2006-08-04TNI"), ("1994", 1, "DATE", "1994"),
   ("1.2 seconds", 1, "DURATION", "PT1.2S"), ("Sunday morning", 1, "TIME", "2006-08-06TMO"),
   ("8:30", 1, "TIME", "2006-08-06T08:30"), ("Monday", 1, "DATE", "2006-08-07")])

# 38 opinion, generic time
P("2006-10-16",
  "These days, a politician who promises to fix the health service within a single parliament is "
  "either brave or foolish. Voters have heard the promise at every election since the 1980s. The truth "
  "is that hospitals plan on a ten-year horizon while ministers think in news cycles of 24 hours. "
  "Ministers now admit as much in private. Until that changes, each winter will bring the same "
  "headlines about trolley waits.",
  [("These days", 1, "DATE", "PRESENT_REF"), ("the 1980s", 1, "DATE", "198"),
   ("ten-year", 1, "DURATION", "P10Y"), ("24 hours", 1, "DURATION", "PT24H"),
   ("now", 1, "DATE", "PRESENT_REF"), ("each winter", 1, "SET", "XXXX-WI")])

# 39 retelling, fifty years on
P("2007-10-05",
  "Fifty years ago, a radio operator in Ohio heard a faint beeping on 20 megahertz. He was 23 and had "
  "been on duty since 6 p.m. on Friday, October 4, 1957. He listened for 21 minutes before he called "
  "his supervisor, and by the next morning newspapers across the country carried the news. The "
  "satellite circled the Earth every 96 minutes and fell back the following January.",
  [("Fifty years ago", 1, "DATE", "1957"), ("6 p.m.", 1, "TIME", "1957-10-04T18:00"),
   ("Friday, October 4, 1957", 1, "DATE", "1957-10-04"), ("21 minutes", 1, "DURATION", "PT21M"),
   ("the next morning", 1, "TIME", "1957-10-05TMO"), ("every 96 minutes", 1, "SET", "PT96M"),
   ("the following January", 1, "DATE", "1958-01")])

# 40 weather / disaster
P("2007-07-06",
  "Emergency crews were still pumping water from homes in Hull, where 110 millimetres of rain fell in "
  "12 hours last week. The council said on Friday that 7,000 homes were flooded and that some families "
  "would be in temporary housing until the new year. Insurers expect claims to take six to nine months "
  "to settle. The Met Office warned of more heavy showers this weekend and said June had been the "
  "wettest since records began in 1766.",
  [("12 hours", 1, "DURATION", "PT12H"), ("last week", 1, "DATE", "2007-W26"),
   ("Friday", 1, "DATE", "2007-07-06"), ("the new year", 1, "DATE", "2008"),
   ("six to nine months", 1, "DURATION", "PXM"), ("this weekend", 1, "DATE", "2007-W27-WE"),
   ("June", 1, "DATE", "2007-06"), ("1766", 1, "DATE", "1766")])

# 41 politics wire lead
P("2008-11-05",
  "CHICAGO, Nov 5 (Reuters) - The president-elect will name his chief of staff within days, aides said "
  "on Wednesday, a day after he won the White House by a wide margin. He takes office on January 20, "
  "and the transition team will meet every other week until then. Crowds in the park stayed until "
  "after 2 a.m.",
  [("Nov 5", 1, "DATE", "2008-11-05"), ("days", 1, "DURATION", "PXD"),
   ("Wednesday", 1, "DATE", "2008-11-05"), ("a day", 1, "DURATION", "P1D"),
   ("January 20", 1, "DATE", "2009-01-20"), ("every other week", 1, "SET", "P2W"),
   ("then", 1, "DATE", "2009-01-20"), ("2 a.m.", 1, "TIME", "2008-11-05T02:00")])

# 42 disaster, wire lead
P("2008-05-08",
  "YANGON, May 8 - Aid agencies said on Thursday that survivors of the cyclone had gone nearly a week "
  "without clean water. The storm came ashore late Friday, May 2, and blew for about 12 hours. The "
  "government has postponed a referendum set for Saturday by two weeks in the worst-hit areas. A UN "
  "team has waited since Monday for visas.",
  [("May 8", 1, "DATE", "2008-05-08"), ("Thursday", 1, "DATE", "2008-05-08"),
   ("nearly a week", 1, "DURATION", "P1W"), ("late Friday, May 2", 1, "DATE", "2008-05-02"),
   ("about 12 hours", 1, "DURATION", "PT12H"), ("Saturday", 1, "DATE", "2008-05-10"),
   ("two weeks", 1, "DURATION", "P2W"), ("Monday", 1, "DATE", "2008-05-05")])

# 43 science
P("2009-10-08",
  "STOCKHOLM, Oct 8 - The chemistry prize went on Wednesday to three researchers who mapped the "
  "ribosome, work that began in the late 1970s. One laureate said she had waited 30 years for the "
  "result and learned of the award at 5 a.m. The prizes are presented every December, on the "
  "anniversary of Alfred Nobel's death in 1896.",
  [("Oct 8", 1, "DATE", "2009-10-08"), ("Wednesday", 1, "DATE", "2009-10-07"),
   ("the late 1970s", 1, "DATE", "197"), ("30 years", 1, "DURATION", "P30Y"),
   ("5 a.m.", 1, "TIME", "2009-10-07T05:00"), ("every December", 1, "SET", "XXXX-12"),
   ("1896", 1, "DATE", "1896")])

# 44 business, holidays
P("2010-12-07",
  "Retailers reported their strongest Thanksgiving in three years, and analysts now expect holiday "
  "sales to rise 3.3 percent from a year ago. Shoppers spent an average of $365 over the four days. "
  "Stores will stay open until midnight on December 23, and many plan sales from Christmas Eve to New "
  "Year's Eve.",
  [("Thanksgiving", 1, "DATE", "2010-11-25"), ("three years", 1, "DURATION", "P3Y"),
   ("now", 1, "DATE", "PRESENT_REF"), ("a year ago", 1, "DATE", "2009"),
   ("the four days", 1, "DURATION", "P4D"), ("midnight", 1, "TIME", "2010-12-23T24:00"),
   ("December 23", 1, "DATE", "2010-12-23"), ("Christmas Eve", 1, "DATE", "2010-12-24"),
   ("New Year's Eve", 1, "DATE", "2010-12-31")])

# 45 court
P("2010-03-24",
  "An appeals court on Wednesday overturned the 2008 conviction of a former mayor, saying the trial "
  "judge had wrongly excluded evidence. The mayor, who served from 1999 to 2007, spent 14 months in "
  "prison before being released on bail last spring. Prosecutors have 30 days to decide whether to "
  "seek a retrial.",
  [("Wednesday", 1, "DATE", "2010-03-24"), ("2008", 1, "DATE", "2008"), ("1999", 1, "DATE", "1999"),
   ("2007", 1, "DATE", "2007"), ("14 months", 1, "DURATION", "P14M"),
   ("last spring", 1, "DATE", "2009-SP"), ("30 days", 1, "DURATION", "P30D")])

# 46 sport, non-ASCII dateline
P("2010-11-18",
  "SÃO PAULO, Nov 18 - Interlagos will host the Brazilian Grand Prix until at least 2015 under a deal "
  "signed on Thursday. This year's race, on Nov. 7, drew 140,000 fans over three days. The winner "
  "completed the 71 laps in 1:33:11.8. Tickets for next year's event go on sale in March.",
  [("Nov 18", 1, "DATE", "2010-11-18"), ("2015", 1, "DATE", "2015"),
   ("Thursday", 1, "DATE", "2010-11-18"), ("This year", 1, "DATE", "2010"),
   ("Nov. 7", 1, "DATE", "2010-11-07"), ("three days", 1, "DURATION", "P3D"),
   ("1:33:11.8", 1, "DURATION", "PT1H33M11.8S"), ("next year", 1, "DATE", "2011"),
   ("March", 1, "DATE", "2011-03")])

# 47 holidays
P("2011-04-22",
  "Good Friday falls today, and Easter Sunday this year is the latest since 2000. Next year it comes "
  "more than two weeks earlier, on April 8. Most churches will hold services at 3 p.m. today, and many "
  "will ring their bells every hour until midnight.",
  [("Good Friday", 1, "DATE", "2011-04-22"), ("today", 1, "DATE", "2011-04-22"),
   ("Easter Sunday", 1, "DATE", "2011-04-24"), ("this year", 1, "DATE", "2011"),
   ("2000", 1, "DATE", "2000"), ("Next year", 1, "DATE", "2012"),
   ("more than two weeks", 1, "DURATION", "P2W"), ("April 8", 1, "DATE", "2012-04-08"),
   ("3 p.m.", 1, "TIME", "2011-04-22T15:00"), ("today", 2, "DATE", "2011-04-22"),
   ("every hour", 1, "SET", "PT1H"), ("midnight", 1, "TIME", "2011-04-22T24:00")])

# 48 science, space
P("2011-07-16",
  "The crew of the last space shuttle mission spent Friday moving cargo, a week after launch on July "
  "8. The orbiter is due to land at 5:56 a.m. on Thursday, ending a programme that began in April "
  "1981. Over 30 years the fleet flew 135 missions. Astronauts aboard the station exercise daily.",
  [("Friday", 1, "DATE", "2011-07-15"), ("a week", 1, "DURATION", "P1W"),
   ("July 8", 1, "DATE", "2011-07-08"), ("5:56 a.m.", 1, "TIME", "2011-07-21T05:56"),
   ("Thursday", 1, "DATE", "2011-07-21"), ("April 1981", 1, "DATE", "1981-04"),
   ("30 years", 1, "DURATION", "P30Y"), ("daily", 1, "SET", "P1D")])

# 49 transcript, debate
P("2012-10-03",
  "MODERATOR: Good evening. Tonight's debate runs 90 minutes, divided into six segments of about 15 "
  "minutes each. GOVERNOR: Four years ago, the president promised to cut the deficit in half. "
  "PRESIDENT: And over the past 30 months we've added private-sector jobs every single month.",
  [("Tonight", 1, "TIME", "2012-10-03TNI"), ("90 minutes", 1, "DURATION", "PT90M"),
   ("about 15 minutes", 1, "DURATION", "PT15M"), ("Four years ago", 1, "DATE", "2008"),
   ("the past 30 months", 1, "DURATION", "P30M"), ("every single month", 1, "SET", "P1M")])

# 50 health
P("2013-07-02",
  "Hospitals in the region recorded 1,200 heat-related admissions in the last seven days, twice last "
  "July's figure. Health officials urged people to avoid the sun between 11 a.m. and 3 p.m. and to "
  "check on elderly relatives each evening. The heatwave, which began on June 24, is expected to break "
  "by Friday.",
  [("the last seven days", 1, "DURATION", "P7D"), ("last July", 1, "DATE", "2012-07"),
   ("11 a.m.", 1, "TIME", "XXXX-XX-XXT11:00"), ("3 p.m.", 1, "TIME", "XXXX-XX-XXT15:00"),
   ("each evening", 1, "SET", "XXXX-XX-XXTEV"), ("June 24", 1, "DATE", "2013-06-24"),
   ("Friday", 1, "DATE", "2013-07-05")])

# 51 science, history
P("2013-02-04",
  "LEICESTER, Feb 4 - A skeleton found under a car park last September is that of King Richard III, "
  "who died in battle in 1485, researchers said on Monday. DNA tests carried out over the past four "
  "months matched a descendant of his sister. The king was killed 528 years ago and buried within "
  "days. His remains will be reburied in the cathedral early next year.",
  [("Feb 4", 1, "DATE", "2013-02-04"), ("last September", 1, "DATE", "2012-09"),
   ("1485", 1, "DATE", "1485"), ("Monday", 1, "DATE", "2013-02-04"),
   ("the past four months", 1, "DURATION", "P4M"), ("528 years ago", 1, "DATE", "1485"),
   ("days", 1, "DURATION", "PXD"), ("early next year", 1, "DATE", "2014")])

# 52 business results
P("2013-01-17",
  "NEW YORK, Jan 17 - Bank results for the October-December period beat forecasts, with profit up 50 "
  "percent on the fourth quarter of 2011. The bank said it would pay its dividend quarterly and buy "
  "back shares over the next two years. Its chief executive, in the job since mid-2006, will take "
  "questions from analysts at 8:30 a.m. tomorrow.",
  [("Jan 17", 1, "DATE", "2013-01-17"), ("October", 1, "DATE", "2012-10"),
   ("December", 1, "DATE", "2012-12"), ("the fourth quarter of 2011", 1, "DATE", "2011-Q4"),
   ("quarterly", 1, "SET", "P3M"), ("the next two years", 1, "DURATION", "P2Y"),
   ("mid-2006", 1, "DATE", "2006"), ("8:30 a.m.", 1, "TIME", "2013-01-18T08:30"),
   ("tomorrow", 1, "DATE", "2013-01-18")])

# 53 weather / disaster
P("2014-05-08",
  "The tornado was on the ground for 22 minutes on the evening of April 27, cutting a path 1.5 km wide. "
  "Residents of the town, a 10-minute drive from the county seat, had about 15 minutes of warning. "
  "Cleanup crews have worked every day since, and officials said on Thursday the work would take until "
  "the end of summer.",
  [("22 minutes", 1, "DURATION", "PT22M"), ("the evening of April 27", 1, "TIME", "2014-04-27TEV"),
   ("about 15 minutes", 1, "DURATION", "PT15M"), ("every day", 1, "SET", "P1D"),
   ("Thursday", 1, "DATE", "2014-05-08"), ("the end of summer", 1, "DATE", "2014-SU")])

# 54 schedule, opening hours
P("2014-12-23",
  "Holiday opening hours: all branches close at 2 p.m. on Christmas Eve and stay closed on December 25 "
  "and 26. Normal hours resume on Saturday, December 27, from 9:00 to 17:00. On New Year's Eve we "
  "close at 4 p.m.; we reopen on Friday, January 2. Online banking is available 24 hours a day.",
  [("2 p.m.", 1, "TIME", "2014-12-24T14:00"), ("Christmas Eve", 1, "DATE", "2014-12-24"),
   ("December 25", 1, "DATE", "2014-12-25"), ("26", 1, "DATE", "2014-12-26"),
   ("Saturday, December 27", 1, "DATE", "2014-12-27"), ("9:00", 1, "TIME", "2014-12-27T09:00"),
   ("17:00", 1, "TIME", "2014-12-27T17:00"), ("New Year's Eve", 1, "DATE", "2014-12-31"),
   ("4 p.m.", 1, "TIME", "2014-12-31T16:00"), ("Friday, January 2", 1, "DATE", "2015-01-02")])

# 55 sport
P("2014-07-09",
  "BELO HORIZONTE, July 9 - Germany scored five goals in 18 minutes of the first half on Tuesday night "
  "to beat the hosts 7-1, the heaviest defeat in the host nation's history. Brazil's last home World "
  "Cup, in 1950, also ended in heartbreak. Germany play the final on Sunday; their last title came 24 "
  "years ago.",
  [("July 9", 1, "DATE", "2014-07-09"), ("18 minutes", 1, "DURATION", "PT18M"),
   ("Tuesday night", 1, "TIME", "2014-07-08TNI"), ("1950", 1, "DATE", "1950"),
   ("Sunday", 1, "DATE", "2014-07-13"), ("24 years ago", 1, "DATE", "1990")])

# 56 memoir, story decades before the DCT
P("2015-07-27",
  "I was 16 on the night the lights went out, Wednesday, July 13, 1977. At 9:27 p.m. the fan in our "
  "apartment stopped, and within an hour the street below was full of people. The power did not come "
  "back until the afternoon of the following day, almost 25 hours later. Thirty-eight years have "
  "passed, and I still keep a flashlight by the bed.",
  [("Wednesday, July 13, 1977", 1, "DATE", "1977-07-13"), ("9:27 p.m.", 1, "TIME", "1977-07-13T21:27"),
   ("an hour", 1, "DURATION", "PT1H"), ("the afternoon of the following day", 1, "TIME", "1977-07-14TAF"),
   ("almost 25 hours", 1, "DURATION", "PT25H"), ("Thirty-eight years", 1, "DURATION", "P38Y")])

# 57 politics wire lead
P("2015-10-16",
  "OTTAWA, Oct 16 - Canadians vote on Monday after the longest campaign in modern history, 78 days. "
  "Polls open at 9:30 a.m. Eastern time and close 12 hours later. More than 3.6 million people voted in "
  "advance polls from October 9 to 12, up 71 percent from 2011. The new parliament is expected to sit "
  "before Christmas.",
  [("Oct 16", 1, "DATE", "2015-10-16"), ("Monday", 1, "DATE", "2015-10-19"),
   ("78 days", 1, "DURATION", "P78D"), ("9:30 a.m. Eastern time", 1, "TIME", "2015-10-19T09:30"),
   ("12 hours", 1, "DURATION", "PT12H"), ("October 9", 1, "DATE", "2015-10-09"),
   ("12", 2, "DATE", "2015-10-12"), ("2011", 1, "DATE", "2011"),
   ("Christmas", 1, "DATE", "2015-12-25")])

# 58 science, climate
P("2016-05-17",
  "April was the warmest on record, scientists said on Tuesday. Global temperatures have risen about "
  "1C since the late 19th century. Arctic sea ice peaked on March 24 at the lowest maximum since "
  "satellite records began in 1979. Researchers update the figures monthly.",
  [("April", 1, "DATE", "2016-04"), ("Tuesday", 1, "DATE", "2016-05-17"),
   ("the late 19th century", 1, "DATE", "18"), ("March 24", 1, "DATE", "2016-03-24"),
   ("1979", 1, "DATE", "1979"), ("monthly", 1, "SET", "P1M")])

# 59 court, wire lead
P("2017-03-24",
  "THE HAGUE, March 24 - Judges at the war crimes tribunal will deliver their verdict on November 22, "
  "the court said on Friday, more than five years after the trial opened in May 2012. The defendant, "
  "now 75, has been in custody since 2011. The prosecution's closing arguments last December took four "
  "days. The tribunal itself is due to close at the end of the year after 24 years of work.",
  [("March 24", 1, "DATE", "2017-03-24"), ("November 22", 1, "DATE", "2017-11-22"),
   ("Friday", 1, "DATE", "2017-03-24"), ("more than five years", 1, "DURATION", "P5Y"),
   ("May 2012", 1, "DATE", "2012-05"), ("now", 1, "DATE", "PRESENT_REF"),
   ("2011", 1, "DATE", "2011"), ("last December", 1, "DATE", "2016-12"),
   ("four days", 1, "DURATION", "P4D"), ("the end of the year", 1, "DATE", "2017"),
   ("24 years", 1, "DURATION", "P24Y")])

# 60 opinion, health, generic time
P("2017-02-05",
  "Most of us now look at screens for more than seven hours daily, roughly twice what we did a decade "
  "ago. Doctors recommend a yearly eye test, yet fewer than half of adults have one. Take a break every "
  "20 minutes, they say, and look at something distant for 20 seconds. It is advice worth repeating "
  "each January.",
  [("now", 1, "DATE", "PRESENT_REF"), ("more than seven hours", 1, "DURATION", "PT7H"),
   ("daily", 1, "SET", "P1D"), ("a decade ago", 1, "DATE", "2007"), ("yearly", 1, "SET", "P1Y"),
   ("every 20 minutes", 1, "SET", "PT20M"), ("20 seconds", 1, "DURATION", "PT20S"),
   ("each January", 1, "SET", "XXXX-01")])

# 61 sport
P("2018-04-16",
  "BOSTON, April 16 - Runners faced freezing rain and headwinds in Monday's marathon, and the men's "
  "winner finished in 2:15:58, the slowest winning time since 1976. The women's race was won in "
  "2:39:54. Next year's race is on April 15.",
  [("April 16", 1, "DATE", "2018-04-16"), ("Monday", 1, "DATE", "2018-04-16"),
   ("2:15:58", 1, "DURATION", "PT2H15M58S"), ("1976", 1, "DATE", "1976"),
   ("2:39:54", 1, "DURATION", "PT2H39M54S"), ("Next year", 1, "DATE", "2019"),
   ("April 15", 1, "DATE", "2019-04-15")])

# 62 business, fiscal year
P("2018-09-21",
  "MUMBAI, Sept 21 - The software group expects revenue to grow 8-10 percent in FY19 and said on Friday "
  "it would report results on October 16. Its headcount has risen every quarter since 2016.",
  [("Sept 21", 1, "DATE", "2018-09-21"), ("FY19", 1, "DATE", "FY2019"),
   ("Friday", 1, "DATE", "2018-09-21"), ("October 16", 1, "DATE", "2018-10-16"),
   ("every quarter", 1, "SET", "P3M"), ("2016", 1, "DATE", "2016")])

# 63 memoir, story thirty years before the DCT
P("2019-10-20",
  "Thirty years ago, I was waiting for a World Series game to start when the ground moved at 5:04 p.m. "
  "on Tuesday, October 17, 1989. The shaking lasted about 15 seconds. That night we slept in the car, "
  "and the next day my father drove the long way round to find my grandmother.",
  [("Thirty years ago", 1, "DATE", "1989"), ("5:04 p.m.", 1, "TIME", "1989-10-17T17:04"),
   ("Tuesday, October 17, 1989", 1, "DATE", "1989-10-17"), ("about 15 seconds", 1, "DURATION", "PT15S"),
   ("That night", 1, "TIME", "1989-10-17TNI"), ("the next day", 1, "DATE", "1989-10-18")])

# 64 weather
P("2019-02-09",
  "Forecasters warned on Saturday that the cold snap would last until Tuesday, with temperatures "
  "dropping to minus 20 on Sunday night. Last week's storm closed schools for two days. February has "
  "been the coldest since 1996.",
  [("Saturday", 1, "DATE", "2019-02-09"), ("Tuesday", 1, "DATE", "2019-02-12"),
   ("Sunday night", 1, "TIME", "2019-02-10TNI"), ("Last week", 1, "DATE", "2019-W05"),
   ("two days", 1, "DURATION", "P2D"), ("February", 1, "DATE", "2019-02"),
   ("1996", 1, "DATE", "1996")])

# 65 opinion, generic time
P("2019-04-07",
  "Today's teenagers have never known a world without smartphones. In the 1990s, a family shared one "
  "phone in the hall. Now the question is not whether children will own a phone but at what age; many "
  "get one at 10.",
  [("Today", 1, "DATE", "PRESENT_REF"), ("the 1990s", 1, "DATE", "199"),
   ("Now", 1, "DATE", "PRESENT_REF")])

# 66 health, wire lead
P("2020-12-01",
  "LONDON, Dec 1 - Regulators could approve the first vaccine within days, officials said on Tuesday, "
  "with injections starting as early as next week. The two doses are given three weeks apart, and the "
  "programme is expected to run well into the spring. Cases have fallen for the past fortnight, during "
  "a four-week lockdown that ends tomorrow.",
  [("Dec 1", 1, "DATE", "2020-12-01"), ("days", 1, "DURATION", "PXD"),
   ("Tuesday", 1, "DATE", "2020-12-01"), ("next week", 1, "DATE", "2020-W50"),
   ("three weeks", 1, "DURATION", "P3W"), ("the spring", 1, "DATE", "2021-SP"),
   ("the past fortnight", 1, "DURATION", "P2W"), ("four-week", 1, "DURATION", "P4W"),
   ("tomorrow", 1, "DATE", "2020-12-02")])

# 67 sport, distractors
P("2020-02-09",
  "The 22-year-old scored twice in the final 10 minutes as City won 3-1 on Saturday. The striker, "
  "signed in January on a four-and-a-half-year contract, has now scored in six straight games.",
  [("the final 10 minutes", 1, "DURATION", "PT10M"), ("Saturday", 1, "DATE", "2020-02-08"),
   ("January", 1, "DATE", "2020-01"), ("four-and-a-half-year", 1, "DURATION", "P4Y6M"),
   ("now", 1, "DATE", "PRESENT_REF")])

# 68 science
P("2020-07-15",
  "Comet C/2020 F3, known as NEOWISE, is visible to the naked eye low in the northwest about an hour "
  "after sunset this week. It will pass closest to Earth on July 23 and will not return for about "
  "6,800 years. Astronomers say the best views will come from July 14 to 19.",
  [("about an hour", 1, "DURATION", "PT1H"), ("this week", 1, "DATE", "2020-W29"),
   ("July 23", 1, "DATE", "2020-07-23"), ("about 6,800 years", 1, "DURATION", "P6800Y"),
   ("July 14", 1, "DATE", "2020-07-14"), ("19", 1, "DATE", "2020-07-19")])

# 69 transcript, court
P("2021-04-02",
  "THE COURT: We'll break for lunch and resume at 1:15. Members of the jury, you will hear from the "
  "next witness this afternoon. MR. NELSON: Your Honour, the witness was on duty from 8 p.m. on May 24, "
  "2020, until 4 a.m. the following day. THE COURT: Noted. We will not sit on Monday, which is Easter "
  "Monday.",
  [("1:15", 1, "TIME", "2021-04-02T13:15"), ("this afternoon", 1, "TIME", "2021-04-02TAF"),
   ("8 p.m.", 1, "TIME", "2020-05-24T20:00"), ("May 24, 2020", 1, "DATE", "2020-05-24"),
   ("4 a.m.", 1, "TIME", "2020-05-25T04:00"), ("the following day", 1, "DATE", "2020-05-25"),
   ("Monday", 1, "DATE", "2021-04-05"), ("Easter Monday", 1, "DATE", "2021-04-05")])

# 70 politics wire lead
P("2021-01-06",
  "WASHINGTON, Jan 6 - Congress meets at 1 p.m. today to count the electoral votes from the Nov. 3 "
  "election, a process that usually takes less than half an hour but could stretch late into the "
  "night. The new president will be sworn in on January 20, two weeks later.",
  [("Jan 6", 1, "DATE", "2021-01-06"), ("1 p.m.", 1, "TIME", "2021-01-06T13:00"),
   ("today", 1, "DATE", "2021-01-06"), ("Nov. 3", 1, "DATE", "2020-11-03"),
   ("less than half an hour", 1, "DURATION", "PT30M"), ("the night", 1, "TIME", "2021-01-06TNI"),
   ("January 20", 1, "DATE", "2021-01-20"), ("two weeks", 1, "DURATION", "P2W")])

# 71 business results
P("2022-05-12",
  "Ride-hailing firm Zoomly said first-quarter revenue rose 40 percent year-on-year, and it expects to "
  "turn a profit in the second half of 2023. The company has cut costs every month since November and "
  "will hold its shareholder meeting on June 30.",
  [("first-quarter", 1, "DATE", "2022-Q1"), ("the second half of 2023", 1, "DATE", "2023-H2"),
   ("every month", 1, "SET", "P1M"), ("November", 1, "DATE", "2021-11"),
   ("June 30", 1, "DATE", "2022-06-30")])

# 72 wire lead, funeral
P("2022-09-19",
  "LONDON, Sept 19 - The state funeral began at 11 a.m. today in Westminster Abbey, eleven days after "
  "the Queen died at Balmoral on September 8. She reigned for 70 years and 214 days. A two-minute "
  "silence was held at 11:55, and the period of national mourning ends seven days after the funeral.",
  [("Sept 19", 1, "DATE", "2022-09-19"), ("11 a.m.", 1, "TIME", "2022-09-19T11:00"),
   ("today", 1, "DATE", "2022-09-19"), ("eleven days", 1, "DURATION", "P11D"),
   ("September 8", 1, "DATE", "2022-09-08"), ("70 years and 214 days", 1, "DURATION", "P70Y214D"),
   ("two-minute", 1, "DURATION", "PT2M"), ("11:55", 1, "TIME", "2022-09-19T11:55"),
   ("seven days", 1, "DURATION", "P7D")])

# 73 science, distractors
P("2022-03-03",
  "Researchers have bred a wheat that ripens in 90 days, a month faster than present-day varieties. "
  "Field trials ran from 2019-2021 in three countries, and seed could reach farmers in due course, "
  "perhaps by the end of the decade.",
  [("90 days", 1, "DURATION", "P90D"), ("a month", 1, "DURATION", "P1M"),
   ("2019", 1, "DATE", "2019"), ("2021", 1, "DATE", "2021"),
   ("the end of the decade", 1, "DATE", "202")])

# 74 disaster, wire lead
P("2023-06-05",
  "OTTAWA, June 5 - More than 400 wildfires were burning across Canada on Monday, and officials said "
  "the season, which usually peaks in August, had started two months early. Smoke is expected to reach "
  "New York by Wednesday. Crews work 12-hour shifts on a 14-day rotation.",
  [("June 5", 1, "DATE", "2023-06-05"), ("Monday", 1, "DATE", "2023-06-05"),
   ("August", 1, "DATE", "XXXX-08"), ("two months", 1, "DURATION", "P2M"),
   ("Wednesday", 1, "DATE", "2023-06-07"), ("12-hour", 1, "DURATION", "PT12H"),
   ("14-day", 1, "DURATION", "P14D")])

# 75 memoir, story twenty years before the DCT
P("2023-08-11",
  "Next Monday marks twenty years since the blackout. On Thursday, August 14, 2003, at 4:10 p.m., the "
  "lights in my office flickered and died. I walked home across the bridge for two and a half hours. "
  "By the following evening power was back in most of Manhattan.",
  [("Next Monday", 1, "DATE", "2023-08-14"), ("twenty years", 1, "DURATION", "P20Y"),
   ("Thursday, August 14, 2003", 1, "DATE", "2003-08-14"), ("4:10 p.m.", 1, "TIME", "2003-08-14T16:10"),
   ("two and a half hours", 1, "DURATION", "PT2H30M"),
   ("the following evening", 1, "TIME", "2003-08-15TEV")])

# 76 sport, cricket
P("2024-11-24",
  "PERTH, Nov 24 - India declared late on the third day and left Australia 534 to win, with more than "
  "a day and a half to play. Australia closed on 12-3. Play resumes at 10:20 a.m. tomorrow.",
  [("Nov 24", 1, "DATE", "2024-11-24"), ("the third day", 1, "DATE", "2024-11-24"),
   ("more than a day and a half", 1, "DURATION", "P1DT12H"), ("10:20 a.m.", 1, "TIME", "2024-11-25T10:20"),
   ("tomorrow", 1, "DATE", "2024-11-25")])

# 77 politics wire lead
P("2024-12-17",
  "BERLIN, Dec 17 - Germany will hold a snap election on February 23 after the chancellor lost a "
  "confidence vote on Monday. Parties have until January 20 to submit candidate lists. Budget talks, "
  "which ran from April to June, collapsed in November.",
  [("Dec 17", 1, "DATE", "2024-12-17"), ("February 23", 1, "DATE", "2025-02-23"),
   ("Monday", 1, "DATE", "2024-12-16"), ("January 20", 1, "DATE", "2025-01-20"),
   ("April", 1, "DATE", "2024-04"), ("June", 1, "DATE", "2024-06"),
   ("November", 1, "DATE", "2024-11")])

# 78 health
P("2025-10-05",
  "A study of 12,000 children followed from 2014-2016 found that those who usually slept less than "
  "nine hours were more likely to be overweight by age 10. Researchers will publish follow-up data next "
  "spring, two years after the last round of visits.",
  [("2014", 1, "DATE", "2014"), ("2016", 1, "DATE", "2016"),
   ("less than nine hours", 1, "DURATION", "PT9H"), ("next spring", 1, "DATE", "2026-SP"),
   ("two years", 1, "DURATION", "P2Y")])

# 79 timetable
P("2025-10-02",
  "Timetable change from Sunday, December 14: trains to the airport leave every 10 minutes from 05:00 to "
  "23:30, and every 20 minutes on Sundays. The journey takes 18 minutes. Night buses replace trains from "
  "January 3 to 11 for engineering work.",
  [("Sunday, December 14", 1, "DATE", "2025-12-14"), ("every 10 minutes", 1, "SET", "PT10M"),
   ("05:00", 1, "TIME", "XXXX-XX-XXT05:00"), ("23:30", 1, "TIME", "XXXX-XX-XXT23:30"),
   ("every 20 minutes", 1, "SET", "PT20M"), ("Sundays", 1, "SET", "XXXX-WXX-7"),
   ("18 minutes", 1, "DURATION", "PT18M"), ("January 3", 1, "DATE", "2026-01-03"),
   ("11", 1, "DATE", "2026-01-11")])

# 80 wire lead, economy
P("2025-01-16",
  "JAKARTA, Jan 16 (Reuters) - Indonesia's central bank unexpectedly cut its key rate on Wednesday, the "
  "first cut since September. Inflation has stayed within target for the past decade, the governor "
  "said, but growth slowed in the fourth quarter. The bank began its last cycle of rate rises two years "
  "ago.",
  [("Jan 16", 1, "DATE", "2025-01-16"), ("Wednesday", 1, "DATE", "2025-01-15"),
   ("September", 1, "DATE", "2024-09"), ("the past decade", 1, "DURATION", "P10Y"),
   ("the fourth quarter", 1, "DATE", "2024-Q4"), ("two years ago", 1, "DATE", "2023")])
