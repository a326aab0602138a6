"""Decision lists for eval/heldout6 (dates layer, TIMEX3).

Each item: (dct, text, [(surface, occurrence, label, value), ...]).
Occurrence counts case-sensitive whole-word matches of the surface in the text (1-based).
Written and labelled by hand; see README.md for the decisions.
"""

ITEMS = [
# ---- 1988-1993 ----
("1988-03-15",
 "TOKYO, March 15 - Japan's trade surplus narrowed in February, the Finance Ministry said on Tuesday. "
 "Exports rose 4.2 percent from a year earlier, while imports climbed again. Officials expect the surplus "
 "to shrink further in the April-June quarter and through the rest of fiscal 1988, which ends next March.",
 [("March 15", 1, "DATE", "1988-03-15"), ("February", 1, "DATE", "1988-02"), ("Tuesday", 1, "DATE", "1988-03-15"),
  ("a year", 1, "DURATION", "P1Y"), ("April", 1, "DATE", "1988-04"), ("June", 1, "DATE", "1988-06"),
  ("fiscal 1988", 1, "DATE", "FY1988"), ("next March", 1, "DATE", "1989-03")]),

("1988-11-09",
 "WASHINGTON, Nov. 9 - Vice President George Bush won the presidency on Tuesday, and aides said his transition "
 "team would begin work this week. Bush, 64, will be sworn in on Jan. 20, the 73rd day after the election. "
 "'We have ten weeks to build a government,' an aide said late Tuesday.",
 [("Nov. 9", 1, "DATE", "1988-11-09"), ("Tuesday", 1, "DATE", "1988-11-08"), ("this week", 1, "DATE", "1988-W45"),
  ("Jan. 20", 1, "DATE", "1989-01-20"), ("the 73rd day", 1, "DATE", "1989-01-20"), ("ten weeks", 1, "DURATION", "P10W"),
  ("late Tuesday", 1, "DATE", "1988-11-08")]),

("1989-06-05",
 "BEIJING, June 5 - Troops fired on crowds near Tiananmen Square again on Sunday night, witnesses said. The first "
 "shooting began shortly after midnight on Saturday and lasted about four hours. Students had occupied the square "
 "since mid-April, and martial law was declared on May 20. Diplomats said they expected the army to stay in the "
 "capital for weeks.",
 [("June 5", 1, "DATE", "1989-06-05"), ("Sunday night", 1, "TIME", "1989-06-04TNI"),
  ("midnight", 1, "TIME", "1989-06-03T00:00"), ("Saturday", 1, "DATE", "1989-06-03"),
  ("about four hours", 1, "DURATION", "PT4H"), ("mid-April", 1, "DATE", "1989-04"), ("May 20", 1, "DATE", "1989-05-20"),
  ("weeks", 1, "DURATION", "PXW")]),

("1989-11-24",
 "PRAGUE, Nov. 24 - Hundreds of thousands filled Wenceslas Square again on Friday. The protests began a week ago, "
 "when police beat students at a march marking the anniversary of the closing of Czech universities in 1939. "
 "Organisers plan a two-hour general strike for Monday at noon. 'Forty-one years of one-party rule are ending,' "
 "a speaker told the crowd.",
 [("Nov. 24", 1, "DATE", "1989-11-24"), ("Friday", 1, "DATE", "1989-11-24"), ("a week ago", 1, "DATE", "1989-W46"),
  ("1939", 1, "DATE", "1939"), ("two-hour", 1, "DURATION", "PT2H"), ("Monday", 1, "DATE", "1989-11-27"),
  ("noon", 1, "TIME", "1989-11-27T12:00"), ("Forty-one years", 1, "DURATION", "P41Y")]),

("1990-08-03",
 "UNITED NATIONS, Aug. 3 - The Security Council demanded on Thursday that Iraq withdraw from Kuwait, hours after "
 "Iraqi tanks crossed the border at about 2 a.m. local time. Diplomats said a resolution on sanctions could come "
 "as early as Monday. Oil prices have jumped 12 percent since Wednesday, the sharpest rise since the 1970s.",
 [("Aug. 3", 1, "DATE", "1990-08-03"), ("Thursday", 1, "DATE", "1990-08-02"), ("hours", 1, "DURATION", "PTXH"),
  ("about 2 a.m. local time", 1, "TIME", "1990-08-02T02:00"), ("Monday", 1, "DATE", "1990-08-06"),
  ("Wednesday", 1, "DATE", "1990-08-01"), ("the 1970s", 1, "DATE", "197")]),

("1990-02-12",
 "CAPE TOWN - Nelson Mandela met leaders of the African National Congress on Monday, a day after walking "
 "out of Victor Verster prison at 4:14 p.m. on Sunday. He had been jailed for 27 years. Mandela, 71, told reporters "
 "he would travel to Lusaka later this month. 'Our march to freedom is irreversible,' he said.",
 [("Monday", 1, "DATE", "1990-02-12"), ("a day", 1, "DURATION", "P1D"),
  ("4:14 p.m.", 1, "TIME", "1990-02-11T16:14"), ("Sunday", 1, "DATE", "1990-02-11"), ("27 years", 1, "DURATION", "P27Y"),
  ("later this month", 1, "DATE", "1990-02")]),

("1991-01-18",
 "RIYADH, Jan. 18 - Allied aircraft flew more than 2,000 sorties in the first 24 hours of the air war, which began "
 "at 2:38 a.m. local time on Thursday, U.S. commanders said. Iraq fired eight Scud missiles at Israel early Friday. "
 "A spokesman said the campaign could last 'weeks, not days.' The U.N. deadline for Iraq's withdrawal had expired "
 "at midnight on Tuesday, New York time.",
 [("Jan. 18", 1, "DATE", "1991-01-18"), ("the first 24 hours", 1, "DURATION", "PT24H"),
  ("2:38 a.m. local time", 1, "TIME", "1991-01-17T02:38"), ("Thursday", 1, "DATE", "1991-01-17"),
  ("early Friday", 1, "DATE", "1991-01-18"), ("weeks", 1, "DURATION", "PXW"), ("days", 1, "DURATION", "PXD"),
  ("midnight", 1, "TIME", "1991-01-15T24:00"), ("Tuesday", 1, "DATE", "1991-01-15")]),

("1991-10-31",
 "BOSTON, Oct. 31 - A storm off the New England coast forced the Coast Guard to close Boston Harbor on Wednesday, "
 "for the second time this month. Waves of up to 30 feet battered the coast for more than 36 hours. Ferry service "
 "to Nantucket, normally twice a day, was suspended until Saturday morning at the earliest. Forecasters said the "
 "storm could linger through the weekend.",
 [("Oct. 31", 1, "DATE", "1991-10-31"), ("Wednesday", 1, "DATE", "1991-10-30"), ("this month", 1, "DATE", "1991-10"),
  ("more than 36 hours", 1, "DURATION", "PT36H"), ("twice a day", 1, "SET", "P1D"),
  ("Saturday morning", 1, "TIME", "1991-11-02TMO"), ("the weekend", 1, "DATE", "1991-W44-WE")]),

("1992-04-30",
 "LOS ANGELES, April 30 - Fires burned across South Central Los Angeles on Thursday after a jury acquitted four "
 "police officers on Wednesday afternoon. Mayor Tom Bradley imposed a curfew from 7 p.m. until 6 a.m. The beating "
 "of Rodney King, recorded on videotape more than a year ago, took place on March 3, 1991. The trial had lasted "
 "seven weeks.",
 [("April 30", 1, "DATE", "1992-04-30"), ("Thursday", 1, "DATE", "1992-04-30"),
  ("Wednesday afternoon", 1, "TIME", "1992-04-29TAF"), ("7 p.m.", 1, "TIME", "1992-04-30T19:00"),
  ("6 a.m.", 1, "TIME", "1992-05-01T06:00"), ("more than a year ago", 1, "DATE", "1991"),
  ("March 3, 1991", 1, "DATE", "1991-03-03"), ("seven weeks", 1, "DURATION", "P7W")]),

("1992-07-21",
 "BARCELONA - Olympic organisers said on Tuesday that the last of 10,000 athletes would arrive by Thursday, two days "
 "before the opening ceremony on July 25. The Games will run for 16 days. Volunteers have trained every weekend "
 "since January, and the metro will run around the clock.",
 [("Tuesday", 1, "DATE", "1992-07-21"), ("Thursday", 1, "DATE", "1992-07-23"), ("two days", 1, "DURATION", "P2D"),
  ("July 25", 1, "DATE", "1992-07-25"), ("16 days", 1, "DURATION", "P16D"), ("every weekend", 1, "SET", "XXXX-WXX-WE"),
  ("January", 1, "DATE", "1992-01")]),

("1993-05-04",
 "DETROIT, May 4 - Workers at three Chrysler plants will vote next week on a contract that would raise pay by "
 "9 percent over three years, the union said Tuesday. The old agreement expired at midnight Saturday. Talks had "
 "run for 11 days. Union leaders said members may strike if the deal is rejected, as they did in 1985, when a "
 "walkout lasted six weeks.",
 [("May 4", 1, "DATE", "1993-05-04"), ("next week", 1, "DATE", "1993-W19"), ("three years", 1, "DURATION", "P3Y"),
  ("Tuesday", 1, "DATE", "1993-05-04"), ("midnight Saturday", 1, "TIME", "1993-05-01T24:00"),
  ("11 days", 1, "DURATION", "P11D"), ("1985", 1, "DATE", "1985"), ("six weeks", 1, "DURATION", "P6W")]),

("1993-09-27",
 "Sir Alan Reeve, the engineer who rebuilt Coventry's water mains after the bombing of November 1940, died on "
 "Saturday at his home in Warwick. He was 91. Reeve joined the city council in 1936 and stayed for more than four "
 "decades. The raid began at about 7:20 p.m. on a Thursday; Reeve worked through it until 6 a.m. That afternoon he "
 "walked the length of the ruined mains. 'It took us three and a half years to finish,' he said in 1985.",
 [("November 1940", 1, "DATE", "1940-11"), ("Saturday", 1, "DATE", "1993-09-25"), ("1936", 1, "DATE", "1936"),
  ("more than four decades", 1, "DURATION", "P40Y"), ("about 7:20 p.m.", 1, "TIME", "1940-11-14T19:20"),
  ("a Thursday", 1, "DATE", "1940-11-14"), ("6 a.m.", 1, "TIME", "1940-11-15T06:00"),
  ("That afternoon", 1, "TIME", "1940-11-15TAF"), ("three and a half years", 1, "DURATION", "P42M"),
  ("1985", 1, "DATE", "1985")]),
]

# ---- 1994-1997 ----
ITEMS += [
("1994-02-07",
 "SARAJEVO - United Nations officials said on Monday that the mortar shell that struck the Markale market "
 "at 12:37 p.m. on Saturday had been fired from the hills, but they could not say by whom. Sixty-eight people died. "
 "NATO ambassadors will meet in Brussels on Wednesday to discuss air strikes. The siege of the city has now lasted "
 "22 months.",
 [("Monday", 1, "DATE", "1994-02-07"), ("12:37 p.m.", 1, "TIME", "1994-02-05T12:37"),
  ("Saturday", 1, "DATE", "1994-02-05"), ("Wednesday", 1, "DATE", "1994-02-09"), ("now", 1, "DATE", "PRESENT_REF"),
  ("22 months", 1, "DURATION", "P22M")]),

("1994-06-06",
 "FOLKESTONE - The first freight shuttles carried lorries through the Channel Tunnel on Monday, a month "
 "after the Queen and President Mitterrand opened it on May 6. Passenger trains will not start until the autumn, "
 "and car shuttles are delayed to the end of the year. Eurotunnel said shuttles would eventually leave every "
 "15 minutes at peak times. Construction took seven years and cost twice the estimate.",
 [("Monday", 1, "DATE", "1994-06-06"), ("a month", 1, "DURATION", "P1M"),
  ("May 6", 1, "DATE", "1994-05-06"), ("the autumn", 1, "DATE", "1994-FA"), ("the end of the year", 1, "DATE", "1994"),
  ("every 15 minutes", 1, "SET", "PT15M"), ("seven years", 1, "DURATION", "P7Y")]),

("1994-10-12",
 "NEW YORK - Chemical Banking Corp. said on Wednesday that third-quarter profit rose 11 percent, helped by "
 "lower loan losses. Earnings for the quarter ended Sept. 30 were $312 million, compared with $281 million a year ago. "
 "For the first nine months, profit was up 8 percent. The bank expects to cut 1,200 jobs by year-end, and its "
 "chairman, 58, said trading revenue 'has been weak since February.'",
 [("Wednesday", 1, "DATE", "1994-10-12"), ("third-quarter", 1, "DATE", "1994-Q3"),
  ("Sept. 30", 1, "DATE", "1994-09-30"), ("a year ago", 1, "DATE", "1993"),
  ("the first nine months", 1, "DURATION", "P9M"), ("year-end", 1, "DATE", "1994"), ("February", 1, "DATE", "1994-02")]),

("1995-03-21",
 "TOKYO - Police searched the offices of a religious sect on Tuesday, a day after nerve gas released on "
 "five subway trains during the Monday morning rush hour killed eight people. The first reports of passengers "
 "collapsing came at 8:09 a.m. Trains on the Hibiya line did not run again until the evening. Officials said it "
 "could take weeks to trace the gas. It was the worst attack on the network since it opened in 1927.",
 [("Tuesday", 1, "DATE", "1995-03-21"), ("a day", 1, "DURATION", "P1D"),
  ("Monday morning", 1, "TIME", "1995-03-20TMO"), ("8:09 a.m.", 1, "TIME", "1995-03-20T08:09"),
  ("the evening", 1, "TIME", "1995-03-20TEV"), ("weeks", 1, "DURATION", "PXW"), ("1927", 1, "DATE", "1927")]),

("1995-07-11",
 "LONDON - Applications to British universities for the autumn rose by 4 percent, admissions officials said on "
 "Tuesday. Students will learn their A-level results on Aug. 17, and the clearing of unfilled places runs for about "
 "five weeks after that. The number of full-time students has doubled in the past decade. Ministers are expected "
 "to review student grants in the coming year.",
 [("the autumn", 1, "DATE", "1995-FA"), ("Tuesday", 1, "DATE", "1995-07-11"), ("Aug. 17", 1, "DATE", "1995-08-17"),
  ("about five weeks", 1, "DURATION", "P5W"), ("the past decade", 1, "DURATION", "P10Y"),
  ("the coming year", 1, "DURATION", "P1Y")]),

("1995-12-15",
 "PARIS, Dec. 15 - A day after the Bosnian peace agreement was signed at the Elysee Palace, the first of 20,000 "
 "American troops prepared to leave Germany. NATO will take over from U.N. peacekeepers on Dec. 20, and the force "
 "is expected to stay for about a year. The accord, initialled in Dayton, Ohio, on Nov. 21, ends a war that began "
 "in April 1992 and lasted three and a half years. Elections must be held within six to nine months.",
 [("Dec. 15", 1, "DATE", "1995-12-15"), ("A day", 1, "DURATION", "P1D"), ("Dec. 20", 1, "DATE", "1995-12-20"),
  ("about a year", 1, "DURATION", "P1Y"), ("Nov. 21", 1, "DATE", "1995-11-21"), ("April 1992", 1, "DATE", "1992-04"),
  ("three and a half years", 1, "DURATION", "P42M"), ("six", 1, "DURATION", "P6M"), ("nine months", 1, "DURATION", "P9M")]),

("1996-04-02",
 "SPRINGFIELD - The city council voted 7-2 on Monday night to keep the public library open on Sundays, reversing a "
 "decision made in January. The Eastside branch will reopen on May 1. Councilman Dan Ortiz, who has served since "
 "1983, called it 'the second fight like this since 1994.' March figures showed visits up 14 percent from a year "
 "earlier.",
 [("Monday night", 1, "TIME", "1996-04-01TNI"), ("Sundays", 1, "SET", "XXXX-WXX-7"), ("January", 1, "DATE", "1996-01"),
  ("May 1", 1, "DATE", "1996-05-01"), ("1983", 1, "DATE", "1983"), ("1994", 1, "DATE", "1994"),
  ("March", 1, "DATE", "1996-03"), ("a year", 1, "DURATION", "P1Y")]),

("1996-08-19",
 "SAN FRANCISCO - Netscape Communications Corp. said on Monday it would release the final version of its "
 "Navigator 3.0 browser by the end of the week, about seven months after the first test copies appeared. The "
 "company, founded in April 1994, now has more than 2,000 employees. Analysts expect Microsoft to ship a rival "
 "browser this fall. Netscape shares, sold for $28 in the August 1995 offering, closed at $49.25.",
 [("Monday", 1, "DATE", "1996-08-19"), ("the end of the week", 1, "DATE", "1996-W34"),
  ("about seven months", 1, "DURATION", "P7M"), ("April 1994", 1, "DATE", "1994-04"), ("now", 1, "DATE", "PRESENT_REF"),
  ("this fall", 1, "DATE", "1996-FA"), ("August 1995", 1, "DATE", "1995-08")]),

("1996-11-28",
 "CHICAGO - Thanksgiving travel set records this week, with O'Hare airport handling about 190,000 passengers on "
 "Wednesday. Snow that began falling at about 4 p.m. Wednesday delayed "
 "flights for up to three hours. The city's parade stepped off at 8:30 a.m. on State Street, as it has each year "
 "since 1934.",
 [("Thanksgiving", 1, "DATE", "1996-11-28"), ("this week", 1, "DATE", "1996-W48"), ("Wednesday", 1, "DATE", "1996-11-27"),
  ("about 4 p.m. Wednesday", 1, "TIME", "1996-11-27T16:00"),
  ("up to three hours", 1, "DURATION", "PT3H"), ("8:30 a.m.", 1, "TIME", "1996-11-28T08:30"),
  ("each year", 1, "SET", "P1Y"), ("1934", 1, "DATE", "1934")]),

("1997-03-04",
 "EDINBURGH - A public inquiry into the flooding of the Glen Arn colliery reopened on Tuesday, 24 years after "
 "14 miners drowned there. A former shift manager told the hearing that water was first seen seeping through the "
 "face on Monday, Feb. 12, 1973, but that work continued. The next morning the seam broke through at about "
 "5:45 a.m. Rescuers reached the first survivors two days later. The inquiry is expected to sit for three months.",
 [("Tuesday", 1, "DATE", "1997-03-04"), ("24 years", 1, "DURATION", "P24Y"),
  ("Monday, Feb. 12, 1973", 1, "DATE", "1973-02-12"), ("The next morning", 1, "TIME", "1973-02-13TMO"),
  ("about 5:45 a.m.", 1, "TIME", "1973-02-13T05:45"), ("two days", 1, "DURATION", "P2D"),
  ("three months", 1, "DURATION", "P3M")]),

("1997-07-01",
 "HONG KONG, July 1 - China resumed sovereignty over Hong Kong at midnight, ending 156 years of British rule. "
 "Prince Charles and Governor Chris Patten sailed out on the royal yacht Britannia shortly before 12:45 a.m. Tuesday. "
 "Under the agreement signed in December 1984, the territory keeps its own system for 50 years, until 2047. "
 "A provisional legislature was sworn in at 2:45 a.m. Heavy rain had fallen for most of Monday evening.",
 [("July 1", 1, "DATE", "1997-07-01"), ("midnight", 1, "TIME", "1997-07-01T00:00"), ("156 years", 1, "DURATION", "P156Y"),
  ("12:45 a.m. Tuesday", 1, "TIME", "1997-07-01T00:45"), ("December 1984", 1, "DATE", "1984-12"),
  ("50 years", 1, "DURATION", "P50Y"), ("2047", 1, "DATE", "2047"), ("2:45 a.m.", 1, "TIME", "1997-07-01T02:45"),
  ("Monday evening", 1, "TIME", "1997-06-30TEV")]),

("1997-09-01",
 "PARIS - French investigators said on Monday that the driver of the car in which Diana, Princess of Wales, "
 "died early Sunday had been drinking. The Mercedes crashed in the Alma tunnel at about 12:25 a.m. Diana, 36, was "
 "pronounced dead at 4 a.m., nearly four hours later. Her funeral will be held in London on Saturday. Photographers "
 "who had followed the car will be questioned this week.",
 [("Monday", 1, "DATE", "1997-09-01"), ("early Sunday", 1, "DATE", "1997-08-31"),
  ("about 12:25 a.m.", 1, "TIME", "1997-08-31T00:25"), ("4 a.m.", 1, "TIME", "1997-08-31T04:00"),
  ("nearly four hours", 1, "DURATION", "PT4H"), ("Saturday", 1, "DATE", "1997-09-06"), ("this week", 1, "DATE", "1997-W36")]),
]

# ---- 1998-2001 ----
ITEMS += [
("1998-01-27",
 "SEOUL - South Korea's finance ministry said on Tuesday that the economy would shrink in the first half "
 "of 1998 and recover only in the second half. Foreign banks agreed to roll over $24 billion of short-term debt due "
 "by the end of March, giving the country between one and three years to repay. 'The next 18 months will be the hardest since the 1960s,' said Park May-ling, "
 "a currency trader.",
 [("Tuesday", 1, "DATE", "1998-01-27"),
  ("the first half of 1998", 1, "DATE", "1998-H1"), ("the second half", 1, "DATE", "1998-H2"),
  ("the end of March", 1, "DATE", "1998-03"), ("one", 1, "DURATION", "P1Y"), ("three years", 1, "DURATION", "P3Y"),
  ("The next 18 months", 1, "DURATION", "P18M"),
  ("the 1960s", 1, "DATE", "196")]),

("1998-06-16",
 "SEATTLE - Microsoft Corp. said on Tuesday that Windows 98 would go on sale at midnight on June 25, a week "
 "later than some retailers had expected. The software was first promised for 1997. Testers have used it for more "
 "than a year, and the company said it would issue updates quarterly. A federal judge will hear the government's "
 "antitrust case in September. The company expects sales to grow 15 percent in fiscal 1999, which "
 "begins on July 1.",
 [("Tuesday", 1, "DATE", "1998-06-16"), ("midnight", 1, "TIME", "1998-06-25T00:00"),
  ("June 25", 1, "DATE", "1998-06-25"), ("a week", 1, "DURATION", "P1W"), ("1997", 1, "DATE", "1997"),
  ("more than a year", 1, "DURATION", "P1Y"), ("quarterly", 1, "SET", "P3M"), ("September", 1, "DATE", "1998-09"),
  ("fiscal 1999", 1, "DATE", "FY1999"), ("July 1", 1, "DATE", "1998-07-01")]),

("1998-10-30",
 "It was 8 p.m. on Sunday, Oct. 30, 1938, when CBS listeners first heard a 'news bulletin' about explosions on Mars. "
 "Within an hour, police stations in New Jersey were flooded with calls. Orson Welles, 23, apologised the next day, "
 "insisting that the play had been announced as fiction. Sixty years on, the broadcast is studied in media courses "
 "each autumn. Welles died in 1985.",
 [("8 p.m.", 1, "TIME", "1938-10-30T20:00"), ("Sunday, Oct. 30, 1938", 1, "DATE", "1938-10-30"),
  ("an hour", 1, "DURATION", "PT1H"), ("the next day", 1, "DATE", "1938-10-31"), ("Sixty years", 1, "DURATION", "P60Y"),
  ("each autumn", 1, "SET", "XXXX-FA"), ("1985", 1, "DATE", "1985")]),

("1999-02-09",
 "RAMBOUILLET, France, Feb. 9 - Mediators gave Serbian and Kosovo Albanian delegates until noon on Saturday to agree "
 "on a framework for autonomy, after talks that began last Saturday made little progress. The deadline could be "
 "extended by a week. Western officials said NATO planes were ready to strike 'within days.' An interim deal would "
 "run for three years, after which Kosovo's status would be reviewed.",
 [("Feb. 9", 1, "DATE", "1999-02-09"), ("noon", 1, "TIME", "1999-02-13T12:00"), ("Saturday", 1, "DATE", "1999-02-13"),
  ("last Saturday", 1, "DATE", "1999-02-06"), ("a week", 1, "DURATION", "P1W"), ("days", 1, "DURATION", "PXD"),
  ("three years", 1, "DURATION", "P3Y")]),

("1999-05-25",
 "DENVER, May 25 - A commuter train derailed outside Aurora at 6:52 a.m. on Monday, injuring 31 passengers, the "
 "transit authority said. The line, which normally carries trains every 12 minutes in the rush, will stay closed "
 "until Thursday. It was the second derailment on the line since March. Inspectors had last checked the track "
 "10 days before the crash; rules require checks twice a month.",
 [("May 25", 1, "DATE", "1999-05-25"), ("6:52 a.m.", 1, "TIME", "1999-05-24T06:52"), ("Monday", 1, "DATE", "1999-05-24"),
  ("every 12 minutes", 1, "SET", "PT12M"), ("Thursday", 1, "DATE", "1999-05-27"), ("March", 1, "DATE", "1999-03"),
  ("10 days", 1, "DURATION", "P10D"), ("twice a month", 1, "SET", "P1M")]),

("1999-12-31",
 "NEW YORK, Dec. 31 - Utilities, banks and airlines said they were ready for the date change at midnight tonight, "
 "after spending more than $100 billion on the Y2K problem over the past three years. New Zealand will be the first "
 "major country to enter the year 2000, at 11 a.m. GMT. Most experts expect only minor glitches next week. "
 "'We'll know by Monday,' a Federal Reserve official said.",
 [("Dec. 31", 1, "DATE", "1999-12-31"), ("midnight tonight", 1, "TIME", "1999-12-31T24:00"),
  ("the past three years", 1, "DURATION", "P3Y"), ("the year 2000", 1, "DATE", "2000"),
  ("11 a.m. GMT", 1, "TIME", "1999-12-31T11:00"), ("next week", 1, "DATE", "2000-W01"), ("Monday", 1, "DATE", "2000-01-03")]),

("2000-04-18",
 "NEW YORK - The Nasdaq composite index rebounded 7.2 percent on Tuesday, a day after its steepest point "
 "drop ever. The index has lost about a third of its value since peaking at 5,048 on March 10. 'Friday was a panic; today was relief,' one broker said. "
 "First-quarter earnings from technology companies are due later this week.",
 [("Tuesday", 1, "DATE", "2000-04-18"), ("a day", 1, "DURATION", "P1D"),
  ("March 10", 1, "DATE", "2000-03-10"),
  ("Friday", 1, "DATE", "2000-04-14"), ("today", 1, "DATE", "2000-04-18"), ("First-quarter", 1, "DATE", "2000-Q1"),
  ("later this week", 1, "DATE", "2000-W16")]),

("2000-09-12",
 "MANCHESTER - Schools across England reopened this week after the long break, with 20,000 more pupils than a year "
 "ago. The literacy hour, introduced in September 1998, is now taught every morning in most primary schools. Head "
 "teachers said they would need two to three years to judge it. Half-term begins on Oct. 23.",
 [("this week", 1, "DATE", "2000-W37"), ("a year ago", 1, "DATE", "1999"), ("September 1998", 1, "DATE", "1998-09"),
  ("now", 1, "DATE", "PRESENT_REF"), ("every morning", 1, "SET", "XXXX-XX-XXTMO"), ("two", 1, "DURATION", "P2Y"),
  ("three years", 1, "DURATION", "P3Y"), ("Oct. 23", 1, "DATE", "2000-10-23")]),

("2001-02-27",
 "CARLISLE - Farmers in Cumbria were told on Tuesday that livestock movements would stay banned for at least another "
 "fortnight as foot-and-mouth disease spread to a 12th farm. The first case was confirmed at an Essex abattoir on "
 "Feb. 20, a week ago. Footpaths will stay closed through Easter. The last major outbreak, in 1967, lasted about "
 "seven months.",
 [("Tuesday", 1, "DATE", "2001-02-27"), ("at least another fortnight", 1, "DURATION", "P2W"),
  ("Feb. 20", 1, "DATE", "2001-02-20"), ("a week ago", 1, "DATE", "2001-W08"), ("Easter", 1, "DATE", "2001-04-15"),
  ("1967", 1, "DATE", "1967"), ("about seven months", 1, "DURATION", "P7M")]),

("2001-09-12",
 "NEW YORK, Sept. 12 - Rescue workers dug through the ruins of the World Trade Center on Wednesday, a day after "
 "hijacked airliners struck both towers. The first plane hit the north tower at 8:46 a.m. Tuesday, and the south "
 "tower collapsed less than an hour after the second strike. Airports will remain closed until at least noon "
 "Thursday. Mayor Rudolph Giuliani said the city's schools would reopen on Monday.",
 [("Sept. 12", 1, "DATE", "2001-09-12"), ("Wednesday", 1, "DATE", "2001-09-12"), ("a day", 1, "DURATION", "P1D"),
  ("8:46 a.m. Tuesday", 1, "TIME", "2001-09-11T08:46"), ("less than an hour", 1, "DURATION", "PT1H"),
  ("noon Thursday", 1, "TIME", "2001-09-13T12:00"), ("Monday", 1, "DATE", "2001-09-17")]),

("2001-11-20",
 "KABUL - Northern Alliance commanders said on Tuesday that Taliban fighters in Kunduz had until Friday to "
 "surrender. The city has been under siege since the fall of Mazar-i-Sharif on Nov. 9. Aid agencies warned that "
 "winter would close the Salang pass within weeks. Diplomats said talks on a new government would open in Bonn "
 "next week.",
 [("Tuesday", 1, "DATE", "2001-11-20"), ("Friday", 1, "DATE", "2001-11-23"),
  ("Nov. 9", 1, "DATE", "2001-11-09"), ("winter", 1, "DATE", "2001-WI"), ("weeks", 1, "DURATION", "PXW"),
  ("next week", 1, "DATE", "2001-W48")]),
]

# ---- 2002-2010 ----
ITEMS += [
("2002-01-15",
 "FRANKFURT - Two weeks after euro notes and coins entered circulation on Jan. 1, more than 90 percent of "
 "cash payments in the 12 countries are now made in the new currency, the European Central Bank said on Tuesday. "
 "National currencies stay legal tender until Feb. 28 in most countries. Central banks will exchange old notes for "
 "another ten years or more. The single currency was launched on financial markets in 1999.",
 [("Two weeks", 1, "DURATION", "P2W"), ("Jan. 1", 1, "DATE", "2002-01-01"),
  ("now", 1, "DATE", "PRESENT_REF"), ("Tuesday", 1, "DATE", "2002-01-15"), ("Feb. 28", 1, "DATE", "2002-02-28"),
  ("another ten years", 1, "DURATION", "P10Y"), ("1999", 1, "DATE", "1999")]),

("2002-05-28",
 "LEEDS - The trial of two brothers accused of murdering hotel owner Graham Pell opened on Tuesday, two and a half "
 "years after his death. The prosecution said Pell was last seen alive at about 11:40 p.m. on Saturday, Nov. 13, "
 "1999, locking the hotel bar. That evening, it said, the brothers had argued with him over a debt. A porter found "
 "his body at 7 a.m. the next day. The trial is expected to last five to six weeks.",
 [("Tuesday", 1, "DATE", "2002-05-28"), ("two and a half years", 1, "DURATION", "P30M"),
  ("about 11:40 p.m.", 1, "TIME", "1999-11-13T23:40"), ("Saturday, Nov. 13, 1999", 1, "DATE", "1999-11-13"),
  ("That evening", 1, "TIME", "1999-11-13TEV"), ("7 a.m.", 1, "TIME", "1999-11-14T07:00"),
  ("the next day", 1, "DATE", "1999-11-14"), ("five", 1, "DURATION", "P5W"), ("six weeks", 1, "DURATION", "P6W")]),

("2002-10-14",
 "DENPASAR - Indonesian police said on Monday that the car bomb which destroyed a Kuta nightclub at "
 "11:05 p.m. on Saturday contained more than 50 kg of explosives. A smaller device exploded outside the U.S. "
 "consulate about 10 minutes earlier. Forensic teams expect to need weeks to identify all the victims. Australia's "
 "prime minister called it the worst attack on Australians since the Second World War.",
 [("Monday", 1, "DATE", "2002-10-14"), ("11:05 p.m.", 1, "TIME", "2002-10-12T23:05"),
  ("Saturday", 1, "DATE", "2002-10-12"), ("about 10 minutes", 1, "DURATION", "PT10M"), ("weeks", 1, "DURATION", "PXW")]),

("2003-03-20",
 "KUWAIT CITY - U.S. cruise missiles struck targets in Baghdad at about 5:30 a.m. local time on Thursday, "
 "some 90 minutes after President Bush's 48-hour ultimatum expired. Bush told Americans in a televised address at "
 "10:15 p.m. Wednesday, Washington time, that the war would not be fought with half measures. Officials said ground "
 "forces could cross the border within 24 hours. The last Gulf war, in 1991, lasted 43 days.",
 [("about 5:30 a.m. local time", 1, "TIME", "2003-03-20T05:30"),
  ("Thursday", 1, "DATE", "2003-03-20"), ("some 90 minutes", 1, "DURATION", "PT90M"), ("48-hour", 1, "DURATION", "PT48H"),
  ("10:15 p.m. Wednesday", 1, "TIME", "2003-03-19T22:15"), ("24 hours", 1, "DURATION", "PT24H"),
  ("1991", 1, "DATE", "1991"), ("43 days", 1, "DURATION", "P43D")]),

("2003-08-15",
 "NEW YORK - Power returned to parts of Manhattan early Friday, about 12 hours after the largest blackout "
 "in North American history cut electricity to 50 million people at 4:11 p.m. Thursday. Officials said full "
 "service might not return until the weekend. The last big New York blackout, in July 1977, lasted about 25 hours.",
 [("early Friday", 1, "DATE", "2003-08-15"), ("about 12 hours", 1, "DURATION", "PT12H"),
  ("4:11 p.m. Thursday", 1, "TIME", "2003-08-14T16:11"), ("the weekend", 1, "DATE", "2003-W33-WE"),
  ("July 1977", 1, "DATE", "1977-07"), ("about 25 hours", 1, "DURATION", "PT25H")]),

("2003-12-22",
 "GLASGOW - Shoppers crowded city centre stores on Saturday, the last before Christmas, and retailers said takings "
 "over the weekend were the best since 1999. Stores will open from 7 a.m. until 10 p.m. on Christmas Eve, and sales "
 "begin on Boxing Day. Many small shops now close on Mondays.",
 [("Saturday", 1, "DATE", "2003-12-20"), ("Christmas", 1, "DATE", "2003-12-25"), ("the weekend", 1, "DATE", "2003-W51-WE"),
  ("1999", 1, "DATE", "1999"), ("7 a.m.", 1, "TIME", "2003-12-24T07:00"), ("10 p.m.", 1, "TIME", "2003-12-24T22:00"),
  ("Christmas Eve", 1, "DATE", "2003-12-24"), ("Boxing Day", 1, "DATE", "2003-12-26"), ("now", 1, "DATE", "PRESENT_REF"),
  ("Mondays", 1, "SET", "XXXX-WXX-1")]),

("2004-04-06",
 "MOUNTAIN VIEW, Calif. - Google said on Tuesday that Gmail, the free e-mail service it announced on April 1, would "
 "give each user a gigabyte of storage. The service is currently being tested by about 1,000 users and will open more widely "
 "in the coming months. Privacy groups said they would ask regulators to review it within 30 days. The company, "
 "founded in September 1998, is expected to sell shares to the public this year.",
 [("Tuesday", 1, "DATE", "2004-04-06"), ("April 1", 1, "DATE", "2004-04-01"), ("currently", 1, "DATE", "PRESENT_REF"), ("the coming months", 1, "DURATION", "PXM"),
  ("30 days", 1, "DURATION", "P30D"), ("September 1998", 1, "DATE", "1998-09"), ("this year", 1, "DATE", "2004")]),

("2004-09-03",
 "MIAMI, Sept. 3 - Hurricane Frances slowed to a crawl over the Bahamas on Friday, and forecasters said it would "
 "reach Florida's east coast late Saturday or early Sunday. More than 2.5 million people were told to leave their "
 "homes. Airports in Palm Beach and Fort Lauderdale closed at noon. Charley, which struck three weeks ago, was the "
 "first big storm of the season.",
 [("Sept. 3", 1, "DATE", "2004-09-03"), ("Friday", 1, "DATE", "2004-09-03"), ("late Saturday", 1, "DATE", "2004-09-04"),
  ("early Sunday", 1, "DATE", "2004-09-05"), ("noon", 1, "TIME", "2004-09-03T12:00"),
  ("three weeks ago", 1, "DATE", "2004-W33")]),

("2004-12-27",
 "KIEV - Viktor Yushchenko claimed victory on Monday in the rerun of Ukraine's presidential election, held "
 "on Sunday after the Supreme Court annulled the Nov. 21 vote. Observers said the count should be complete within "
 "48 hours. His rival, Viktor Yanukovych, 54, said he would challenge the result. Protesters had camped in "
 "Independence Square for nearly five weeks.",
 [("Monday", 1, "DATE", "2004-12-27"), ("Sunday", 1, "DATE", "2004-12-26"),
  ("Nov. 21", 1, "DATE", "2004-11-21"), ("48 hours", 1, "DURATION", "PT48H"), ("nearly five weeks", 1, "DURATION", "P5W")]),

("2005-07-08",
 "LONDON - Police said on Friday that four bombs exploded within about 50 minutes on Thursday morning, the "
 "first three at 8:50 a.m. on Underground trains and the fourth on a bus in Tavistock Square at 9:47 a.m. The "
 "Underground will remain partly closed for days. The attacks came a day after London won the right to host the "
 "2012 Olympics.",
 [("Friday", 1, "DATE", "2005-07-08"), ("about 50 minutes", 1, "DURATION", "PT50M"),
  ("Thursday morning", 1, "TIME", "2005-07-07TMO"), ("8:50 a.m.", 1, "TIME", "2005-07-07T08:50"),
  ("9:47 a.m.", 1, "TIME", "2005-07-07T09:47"), ("days", 1, "DURATION", "PXD"), ("a day", 1, "DURATION", "P1D"),
  ("2012", 1, "DATE", "2012")]),

("2005-10-25",
 "TOKYO - Toyota Motor Corp. on Tuesday raised its profit forecast for the fiscal year ending March 31, 2006, after "
 "net income rose 14 percent in the July-September quarter. Sales in North America climbed again in September. The "
 "company plans to build more than 9 million vehicles in 2006, up from 7.5 million two years ago. Results are due "
 "in May.",
 [("Tuesday", 1, "DATE", "2005-10-25"), ("March 31, 2006", 1, "DATE", "2006-03-31"), ("July", 1, "DATE", "2005-07"),
  ("September", 1, "DATE", "2005-09"), ("September", 2, "DATE", "2005-09"), ("2006", 2, "DATE", "2006"),
  ("two years ago", 1, "DATE", "2003"), ("May", 1, "DATE", "2006-05")]),

("2006-02-14",
 "PARIS - The Louvre said on Tuesday that it would stay open late on Wednesdays and Fridays from next month, after "
 "a record 7.5 million visitors in 2005. The museum, a royal palace until the late 18th century, has closed on "
 "Tuesdays for as long as anyone can remember.",
 [("Tuesday", 1, "DATE", "2006-02-14"), ("Wednesdays", 1, "SET", "XXXX-WXX-3"), ("Fridays", 1, "SET", "XXXX-WXX-5"),
  ("next month", 1, "DATE", "2006-03"), ("2005", 1, "DATE", "2005"), ("the late 18th century", 1, "DATE", "17"),
  ("Tuesdays", 1, "SET", "XXXX-WXX-2")]),

("2006-09-05",
 "Marguerite Olander, who taught physics at Umeå for nearly 40 years and was among the first women in Sweden to "
 "run a university laboratory, died on Sunday. She was 88. Born in 1918, she earned her doctorate in 1946, a year "
 "and a half after the war ended in Europe. Colleagues recalled that she held open office hours every other week "
 "well into her eighties. A memorial will be held on Sept. 16.",
 [("nearly 40 years", 1, "DURATION", "P40Y"), ("Sunday", 1, "DATE", "2006-09-03"), ("1918", 1, "DATE", "1918"),
  ("1946", 1, "DATE", "1946"), ("a year and a half", 1, "DURATION", "P18M"), ("every other week", 1, "SET", "P2W"),
  ("Sept. 16", 1, "DATE", "2006-09-16")]),

("2007-01-30",
 "REDMOND, Wash. - Microsoft released Windows Vista to consumers on Tuesday, more than five years after "
 "Windows XP and about two years later than first planned. Some stores in New York opened at midnight for the launch. "
 "The company expects 100 million copies to be installed within 12 months. Analysts said business customers would "
 "take 18 to 24 months to upgrade.",
 [("Tuesday", 1, "DATE", "2007-01-30"), ("more than five years", 1, "DURATION", "P5Y"),
  ("about two years", 1, "DURATION", "P2Y"), ("midnight", 1, "TIME", "2007-01-30T00:00"),
  ("12 months", 1, "DURATION", "P12M"), ("18", 1, "DURATION", "P18M"), ("24 months", 1, "DURATION", "P24M")]),

("2007-06-19",
 "OXFORD - Work to replace the 155-year-old Botley Road rail bridge will close the road for 16 weeks from next "
 "Monday, the county council said on Tuesday. Buses will be diverted, and a shuttle will run every 20 minutes. "
 "The bridge was built in 1852, and councillors first discussed replacing it in the 1990s.",
 [("16 weeks", 1, "DURATION", "P16W"), ("next Monday", 1, "DATE", "2007-06-25"), ("Tuesday", 1, "DATE", "2007-06-19"),
  ("every 20 minutes", 1, "SET", "PT20M"), ("1852", 1, "DATE", "1852"), ("the 1990s", 1, "DATE", "199")]),

("2007-11-06",
 "LOS ANGELES - Hollywood screenwriters walked picket lines outside studios on Tuesday, a day after their "
 "first strike since 1988 began. Television talk shows went straight into reruns. The 1988 strike lasted 22 weeks "
 "and cost the industry an estimated $500 million. Union leaders said talks could resume next week, but studio "
 "executives warned that the dispute might run into the new year.",
 [("Tuesday", 1, "DATE", "2007-11-06"), ("a day", 1, "DURATION", "P1D"),
  ("1988", 1, "DATE", "1988"), ("1988", 2, "DATE", "1988"), ("22 weeks", 1, "DURATION", "P22W"),
  ("next week", 1, "DATE", "2007-W46"), ("the new year", 1, "DATE", "2008")]),

("2008-03-11",
 "LONDON - British retail sales grew at their slowest pace in three years in February, the British Retail Consortium "
 "said on Tuesday. Like-for-like sales fell 0.1 percent from February 2007. The Bank of England's rate-setters meet "
 "on Wednesday and Thursday, and economists expect rates to stay at 5.25 percent until May. House prices have "
 "fallen for five consecutive months.",
 [("three years", 1, "DURATION", "P3Y"), ("February", 1, "DATE", "2008-02"), ("Tuesday", 1, "DATE", "2008-03-11"),
  ("February 2007", 1, "DATE", "2007-02"), ("Wednesday", 1, "DATE", "2008-03-12"), ("Thursday", 1, "DATE", "2008-03-13"),
  ("May", 1, "DATE", "2008-05"), ("five consecutive months", 1, "DURATION", "P5M")]),

("2008-09-16",
 "HOUSTON - About 1.9 million homes in the Houston area were still without power on Tuesday, three days "
 "after Hurricane Ike came ashore near Galveston at 2:10 a.m. Saturday. The power company said some customers could "
 "wait two to four weeks. Schools will stay closed until Monday. Galveston's last direct hit, in 1900, killed at "
 "least 6,000 people.",
 [("Tuesday", 1, "DATE", "2008-09-16"), ("three days", 1, "DURATION", "P3D"),
  ("2:10 a.m. Saturday", 1, "TIME", "2008-09-13T02:10"), ("two", 1, "DURATION", "P2W"), ("four weeks", 1, "DURATION", "P4W"),
  ("Monday", 1, "DATE", "2008-09-22"), ("1900", 1, "DATE", "1900")]),

("2009-05-12",
 "GENEVA - The World Health Organization said on Tuesday that a vaccine against the new H1N1 flu strain could be "
 "ready within four to six months. Cases have been confirmed in 30 countries since the outbreak was first detected "
 "in Mexico in mid-April. Schools in several U.S. states closed for a week or more. WHO officials will meet again "
 "on Monday to decide whether to declare a pandemic, something last done in 1968.",
 [("Tuesday", 1, "DATE", "2009-05-12"), ("four", 1, "DURATION", "P4M"), ("six months", 1, "DURATION", "P6M"),
  ("mid-April", 1, "DATE", "2009-04"), ("a week", 1, "DURATION", "P1W"), ("Monday", 1, "DATE", "2009-05-18"),
  ("1968", 1, "DATE", "1968")]),

("2009-11-10",
 "ARMERO, Colombia - Twenty-four years on, survivors of the mudflow that buried Armero will gather on Friday to mark "
 "the anniversary. On Wednesday, Nov. 13, 1985, ash began falling on the town in the afternoon, but residents were "
 "told to stay indoors. The eruption came at 9:08 p.m., and the mudflow reached Armero about two and a half hours "
 "later. By then most of its 29,000 people were asleep. Rescuers arrived the following morning.",
 [("Twenty-four years", 1, "DURATION", "P24Y"), ("Friday", 1, "DATE", "2009-11-13"),
  ("Wednesday, Nov. 13, 1985", 1, "DATE", "1985-11-13"), ("the afternoon", 1, "TIME", "1985-11-13TAF"),
  ("9:08 p.m.", 1, "TIME", "1985-11-13T21:08"), ("about two and a half hours", 1, "DURATION", "PT2H30M"),
  ("then", 1, "DATE", "1985-11-13"), ("the following morning", 1, "TIME", "1985-11-14TMO")]),

("2010-03-02",
 "CONCEPCIÓN, Chile - The government sent 10,000 troops to the region on Tuesday as aid began reaching towns cut "
 "off since the 8.8-magnitude earthquake struck at 3:34 a.m. on Saturday. President Michelle Bachelet, who leaves "
 "office on March 11, declared three days of national mourning. Aftershocks continued every few hours. Engineers "
 "said rebuilding would take three to four years.",
 [("Tuesday", 1, "DATE", "2010-03-02"), ("3:34 a.m.", 1, "TIME", "2010-02-27T03:34"),
  ("Saturday", 1, "DATE", "2010-02-27"), ("March 11", 1, "DATE", "2010-03-11"), ("three days", 1, "DURATION", "P3D"),
  ("every few hours", 1, "SET", "PTXH"), ("three", 2, "DURATION", "P3Y"), ("four years", 1, "DURATION", "P4Y")]),

("2010-06-29",
 "JOHANNESBURG, June 29 - Spain beat Portugal 1-0 in Cape Town on Tuesday night to reach the quarter-finals, where "
 "they will face Paraguay on Saturday. David Villa scored midway through the second half. The tournament, the first "
 "held in Africa, ends with the final at Soccer City on July 11. Spain has not reached a semi-final since 1950.",
 [("June 29", 1, "DATE", "2010-06-29"), ("Tuesday night", 1, "TIME", "2010-06-29TNI"), ("Saturday", 1, "DATE", "2010-07-03"),
  ("July 11", 1, "DATE", "2010-07-11"), ("1950", 1, "DATE", "1950")]),

("2010-10-14",
 "COPIAPO, Chile, Oct. 14 - The last of 33 miners trapped underground for 69 days was lifted to the surface at "
 "9:55 p.m. on Wednesday, ending a rescue that had once been expected to take until Christmas. Each trip up the "
 "622-metre shaft took about 15 minutes. The miners were trapped by a collapse on Aug. 5. Doctors said most could "
 "go home within two days.",
 [("Oct. 14", 1, "DATE", "2010-10-14"), ("69 days", 1, "DURATION", "P69D"), ("9:55 p.m.", 1, "TIME", "2010-10-13T21:55"),
  ("Wednesday", 1, "DATE", "2010-10-13"), ("Christmas", 1, "DATE", "2010-12-25"), ("about 15 minutes", 1, "DURATION", "PT15M"),
  ("Aug. 5", 1, "DATE", "2010-08-05"), ("two days", 1, "DURATION", "P2D")]),
]

# ---- 2011-2025 ----
ITEMS += [
("2011-03-14",
 "ROME, March 14 - Kenya's Daniel Kiprono won the Rome Marathon on Sunday in 2:07:41, his first win since 2008. "
 "The women's race went to Ethiopia's Aselefech Tadesse in 2:25:12, almost half a minute ahead of a compatriot. "
 "Organisers said next year's race would move from March to April.",
 [("March 14", 1, "DATE", "2011-03-14"), ("Sunday", 1, "DATE", "2011-03-13"), ("2:07:41", 1, "DURATION", "PT2H7M41S"),
  ("2008", 1, "DATE", "2008"), ("2:25:12", 1, "DURATION", "PT2H25M12S"), ("almost half a minute", 1, "DURATION", "PT30S"),
  ("next year", 1, "DATE", "2012"), ("March", 2, "DATE", "2012-03"), ("April", 1, "DATE", "2012-04")]),

("2011-08-09",
 "TOTTENHAM - Shopkeepers on the High Road began clearing up on Tuesday after rioting that started on Saturday "
 "evening spread to other districts on Monday night. Parliament was recalled from recess and will sit on Thursday. "
 "A 17-year-old boy was charged with burglary. Police said officers on 12-hour shifts would stay on the streets "
 "through the weekend.",
 [("Tuesday", 1, "DATE", "2011-08-09"), ("Saturday evening", 1, "TIME", "2011-08-06TEV"),
  ("Monday night", 1, "TIME", "2011-08-08TNI"), ("Thursday", 1, "DATE", "2011-08-11"), ("12-hour", 1, "DURATION", "PT12H"),
  ("the weekend", 1, "DATE", "2011-W32-WE")]),

("2012-04-16",
 "HALIFAX, Nova Scotia - A century after the Titanic sank, descendants of its victims gathered on Sunday at Fairview "
 "cemetery. The liner struck an iceberg at 11:40 p.m. on April 14, 1912, and sank two hours and 40 minutes later. "
 "The Carpathia reached the lifeboats at about 4 a.m. and took on 705 survivors. Four days later it docked in "
 "New York, and the following week the U.S. Senate opened an inquiry.",
 [("A century", 1, "DURATION", "P100Y"), ("Sunday", 1, "DATE", "2012-04-15"), ("11:40 p.m.", 1, "TIME", "1912-04-14T23:40"),
  ("April 14, 1912", 1, "DATE", "1912-04-14"), ("two hours and 40 minutes", 1, "DURATION", "PT2H40M"),
  ("about 4 a.m.", 1, "TIME", "1912-04-15T04:00"), ("Four days", 1, "DURATION", "P4D"),
  ("the following week", 1, "DATE", "1912-W17")]),

("2012-10-30",
 "NEW YORK - Storm surge from Sandy flooded subway tunnels late Monday, and the transit authority said on "
 "Tuesday that service could be suspended for four to five days. The New York Stock Exchange, closed on Monday and "
 "Tuesday, will reopen on Wednesday. It is the first weather-related closure of two days since 1888.",
 [("late Monday", 1, "DATE", "2012-10-29"), ("Tuesday", 1, "DATE", "2012-10-30"),
  ("four", 1, "DURATION", "P4D"), ("five days", 1, "DURATION", "P5D"), ("Monday", 2, "DATE", "2012-10-29"),
  ("Tuesday", 2, "DATE", "2012-10-30"), ("Wednesday", 1, "DATE", "2012-10-31"), ("two days", 1, "DURATION", "P2D"),
  ("1888", 1, "DATE", "1888")]),

("2013-02-18",
 "Euro zone shrinks again in fourth quarter, recovery pushed to second half\n"
 "BRUSSELS, Feb. 18 - The euro zone economy contracted by 0.6 percent in the October-December period, Eurostat said "
 "last week, its worst performance since the first quarter of 2009. The European Commission expects growth to "
 "return in the second half of 2013.",
 [("fourth quarter", 1, "DATE", "2012-Q4"), ("second half", 1, "DATE", "2013-H2"), ("Feb. 18", 1, "DATE", "2013-02-18"),
  ("October", 1, "DATE", "2012-10"), ("December", 1, "DATE", "2012-12"), ("last week", 1, "DATE", "2013-W07"),
  ("the first quarter of 2009", 1, "DATE", "2009-Q1"), ("the second half of 2013", 1, "DATE", "2013-H2")]),

("2013-09-24",
 "CUPERTINO, Calif. - Apple said on Monday it sold more than nine million new iPhones in the three days after their "
 "launch on Friday, a record. The company will report results for the quarter ended Sept. 28 in late October. "
 "Software updates now reach users roughly every other month.",
 [("Monday", 1, "DATE", "2013-09-23"), ("the three days", 1, "DURATION", "P3D"), ("Friday", 1, "DATE", "2013-09-20"),
  ("Sept. 28", 1, "DATE", "2013-09-28"), ("late October", 1, "DATE", "2013-10"), ("now", 1, "DATE", "PRESENT_REF"),
  ("every other month", 1, "SET", "P2M")]),

("2014-05-06",
 "DONETSK, Ukraine - Pro-Russian separatists said on Tuesday they would hold a referendum on self-rule on "
 "Sunday despite calls from Moscow to postpone it. Kiev said its operation around Slavyansk, launched on April 15, "
 "would go on. The presidential election is set for May 25. Troops may march into the city within days, a "
 "commander said.",
 [("Tuesday", 1, "DATE", "2014-05-06"), ("Sunday", 1, "DATE", "2014-05-11"),
  ("April 15", 1, "DATE", "2014-04-15"), ("May 25", 1, "DATE", "2014-05-25"), ("days", 1, "DURATION", "PXD")]),

("2014-11-19",
 "BUFFALO, N.Y. - Up to five feet of snow fell on Buffalo's southern suburbs in about 24 hours through Wednesday "
 "morning, and forecasters warned of another two feet by Friday. Schools were closed again. Residents said it was "
 "the worst storm since the blizzard of 1977.",
 [("about 24 hours", 1, "DURATION", "PT24H"), ("Wednesday morning", 1, "TIME", "2014-11-19TMO"),
  ("Friday", 1, "DATE", "2014-11-21"), ("1977", 1, "DATE", "1977")]),

("2015-04-28",
 "KATHMANDU - Rescue teams reached villages near the epicentre on Tuesday, three days after the magnitude "
 "7.8 earthquake struck at 11:56 a.m. on Saturday. Aftershocks rattled the capital every few hours through Sunday. "
 "The government said schools would stay shut until at least May 15. Nepal's last quake of this size was in 1934.",
 [("Tuesday", 1, "DATE", "2015-04-28"), ("three days", 1, "DURATION", "P3D"),
  ("11:56 a.m.", 1, "TIME", "2015-04-25T11:56"), ("Saturday", 1, "DATE", "2015-04-25"),
  ("every few hours", 1, "SET", "PTXH"), ("Sunday", 1, "DATE", "2015-04-26"), ("May 15", 1, "DATE", "2015-05-15"),
  ("1934", 1, "DATE", "1934")]),

("2015-10-05",
 "ATLANTA - Trade ministers from 12 Pacific Rim countries reached agreement on the Trans-Pacific Partnership "
 "on Monday after five days of talks. The negotiations, which began in 2010, intensified in 2013-15. Some tariffs "
 "will be phased out over as long as 30 years. Congress will have at least 90 days to review the text before a "
 "vote, likely in the first half of next year.",
 [("Monday", 1, "DATE", "2015-10-05"), ("five days", 1, "DURATION", "P5D"),
  ("2010", 1, "DATE", "2010"), ("2013", 1, "DATE", "2013"), ("15", 1, "DATE", "2015"),
  ("as long as 30 years", 1, "DURATION", "P30Y"), ("at least 90 days", 1, "DURATION", "P90D"),
  ("the first half of next year", 1, "DATE", "2016-H1")]),

("2016-03-22",
 "BRUSSELS, March 22 - Two explosions tore through the departure hall of Zaventem airport at about 7:58 a.m. on "
 "Tuesday, and a third bomb hit a metro train at Maelbeek station just over an hour later. Belgium raised its "
 "threat level to the highest and declared three days of mourning. The attacks came four days after the arrest of "
 "a suspect in the Paris attacks of Nov. 13.",
 [("March 22", 1, "DATE", "2016-03-22"), ("about 7:58 a.m.", 1, "TIME", "2016-03-22T07:58"),
  ("Tuesday", 1, "DATE", "2016-03-22"), ("just over an hour", 1, "DURATION", "PT1H"), ("three days", 1, "DURATION", "P3D"),
  ("four days", 1, "DURATION", "P4D"), ("Nov. 13", 1, "DATE", "2015-11-13")]),

("2016-06-24",
 "LONDON, June 24 - Britain voted on Thursday to leave the European Union, and Prime Minister David Cameron said he "
 "would step down by October. Sterling fell to its lowest level since 1985. Under the treaty, exit talks can last "
 "up to two years once notice is given. 'Today is a day for calm,' the Bank of England's governor said at 8 a.m.",
 [("June 24", 1, "DATE", "2016-06-24"), ("Thursday", 1, "DATE", "2016-06-23"), ("October", 1, "DATE", "2016-10"),
  ("1985", 1, "DATE", "1985"), ("up to two years", 1, "DURATION", "P2Y"), ("Today", 1, "DATE", "2016-06-24"),
  ("8 a.m.", 1, "TIME", "2016-06-24T08:00")]),

("2017-01-20",
 "WASHINGTON, Jan. 20 - Donald Trump was sworn in as the 45th president at noon on Friday. The parade down "
 "Pennsylvania Avenue lasted about two hours. The 100th day of his presidency falls on April 29, a milestone by "
 "which his aides promised to repeal the health law.",
 [("Jan. 20", 1, "DATE", "2017-01-20"), ("noon", 1, "TIME", "2017-01-20T12:00"), ("Friday", 1, "DATE", "2017-01-20"),
  ("about two hours", 1, "DURATION", "PT2H"), ("The 100th day", 1, "DATE", "2017-04-29"), ("April 29", 1, "DATE", "2017-04-29")]),

("2017-09-08",
 "MIAMI, Sept. 8 - Airlines cancelled more than 6,000 flights as Hurricane Irma approached Florida, where it is "
 "expected to make landfall early Sunday. Miami International will stop all flights at 10 p.m. Friday. Gov. Rick "
 "Scott told 5.6 million people to leave, the largest evacuation in the state since 2005. The storm, with winds of "
 "150 mph, has been a Category 5 for more than three days.",
 [("Sept. 8", 1, "DATE", "2017-09-08"), ("early Sunday", 1, "DATE", "2017-09-10"), ("10 p.m. Friday", 1, "TIME", "2017-09-08T22:00"),
  ("2005", 1, "DATE", "2005"), ("more than three days", 1, "DURATION", "P3D")]),

("2018-04-30",
 "SEOUL - North Korea will move its clocks forward by 30 minutes on May 5 to match the South's time zone, "
 "state media said on Monday, three days after the two leaders met at Panmunjom. The North set its clocks back half "
 "an hour in August 2015. Officials said a summit with the United States could come within three to four weeks.",
 [("30 minutes", 1, "DURATION", "PT30M"), ("May 5", 1, "DATE", "2018-05-05"),
  ("Monday", 1, "DATE", "2018-04-30"), ("three days", 1, "DURATION", "P3D"), ("half an hour", 1, "DURATION", "PT30M"),
  ("August 2015", 1, "DATE", "2015-08"), ("three", 2, "DURATION", "P3W"), ("four weeks", 1, "DURATION", "P4W")]),

("2018-12-10",
 "Rosa Delgado, who led 4,000 cannery workers in a strike that shut the Monterey docks for 11 weeks in the summer of "
 "1959, died on Friday in Salinas. She was 93. Delgado began work at the cannery in 1941, at 16. When the strike "
 "began, she recalled in 1999, 'we stood at the gate at 5 AM and nobody crossed.' It ended that September, and by "
 "then she had been arrested twice.",
 [("11 weeks", 1, "DURATION", "P11W"), ("the summer of 1959", 1, "DATE", "1959-SU"), ("Friday", 1, "DATE", "2018-12-07"),
  ("1941", 1, "DATE", "1941"), ("1999", 1, "DATE", "1999"), ("5 AM", 1, "TIME", "1959-XX-XXT05:00"),
  ("that September", 1, "DATE", "1959-09"), ("then", 1, "DATE", "1959-09")]),

("2019-03-15",
 "STOCKHOLM - School students in more than 100 countries skipped classes on Friday to demand action on climate "
 "change, inspired by Greta Thunberg, 16, who has protested outside the Swedish parliament every Friday since "
 "August. Organisers said they would strike again on May 24. Scientists say emissions must halve by 2030.",
 [("Friday", 1, "DATE", "2019-03-15"), ("every Friday", 1, "SET", "XXXX-WXX-5"), ("August", 1, "DATE", "2018-08"),
  ("May 24", 1, "DATE", "2019-05-24"), ("2030", 1, "DATE", "2030")]),

("2019-10-03",
 "DETROIT, Oct. 3 - About 46,000 General Motors workers have now been on strike for more than two weeks, the longest "
 "national walkout at the company since a 67-day strike in 1970. Bargainers met until about 11 p.m. Wednesday and "
 "will resume talks this morning. Analysts said the strike had cost GM more than $1 billion in the third quarter.",
 [("Oct. 3", 1, "DATE", "2019-10-03"), ("now", 1, "DATE", "PRESENT_REF"), ("more than two weeks", 1, "DURATION", "P2W"),
  ("67-day", 1, "DURATION", "P67D"), ("1970", 1, "DATE", "1970"), ("about 11 p.m. Wednesday", 1, "TIME", "2019-10-02T23:00"),
  ("this morning", 1, "TIME", "2019-10-03TMO"), ("the third quarter", 1, "DATE", "2019-Q3")]),

("2020-03-17",
 "PARIS - France began a nationwide lockdown at noon on Tuesday, ordering people to stay home for at least "
 "15 days. President Emmanuel Macron said in a televised address on Monday evening that the country was 'at war.' "
 "The second round of municipal elections, due on Sunday, was postponed until June. Schools have been closed since "
 "Monday.",
 [("noon", 1, "TIME", "2020-03-17T12:00"), ("Tuesday", 1, "DATE", "2020-03-17"),
  ("at least 15 days", 1, "DURATION", "P15D"), ("Monday evening", 1, "TIME", "2020-03-16TEV"),
  ("Sunday", 1, "DATE", "2020-03-22"), ("June", 1, "DATE", "2020-06"), ("Monday", 2, "DATE", "2020-03-16")]),

("2020-11-04",
 "WASHINGTON - The outcome of Tuesday's presidential election remained unclear on Wednesday as officials in "
 "Pennsylvania, Michigan and Wisconsin counted mail ballots. Pennsylvania will accept ballots postmarked by Election "
 "Day that arrive until 5 p.m. Friday. The last contest that took this long was in 2000, when the result was not "
 "settled for 36 days.",
 [("Tuesday", 1, "DATE", "2020-11-03"), ("Wednesday", 1, "DATE", "2020-11-04"),
  ("Election Day", 1, "DATE", "2020-11-03"), ("5 p.m. Friday", 1, "TIME", "2020-11-06T17:00"), ("2000", 1, "DATE", "2000"),
  ("36 days", 1, "DURATION", "P36D")]),

("2021-05-04",
 "SAN FRANCISCO - Chip shortages that began last autumn will last well into 2022, industry executives said on "
 "Tuesday, as carmakers idled plants for the second time this year. New factories announced in the past six months "
 "will not produce chips for two to three years, and demand could double in a decade. 'We are looking at a year and "
 "a half of tight supply,' one executive said.",
 [("last autumn", 1, "DATE", "2020-FA"), ("2022", 1, "DATE", "2022"), ("Tuesday", 1, "DATE", "2021-05-04"),
  ("this year", 1, "DATE", "2021"), ("the past six months", 1, "DURATION", "P6M"), ("two", 1, "DURATION", "P2Y"),
  ("three years", 1, "DURATION", "P3Y"), ("a decade", 1, "DATE", "2031"), ("a year and a half", 1, "DURATION", "P18M")]),

("2021-08-16",
 "KABUL - Thousands of people crowded the runway at Kabul airport on Monday, a day after Taliban fighters "
 "entered the capital and President Ashraf Ghani fled. The United States said it would complete its withdrawal by "
 "Aug. 31, ending a 20-year war. Flights were suspended for several hours in the afternoon.",
 [("Monday", 1, "DATE", "2021-08-16"), ("a day", 1, "DURATION", "P1D"),
  ("Aug. 31", 1, "DATE", "2021-08-31"), ("20-year", 1, "DURATION", "P20Y"), ("several hours", 1, "DURATION", "PTXH"),
  ("the afternoon", 1, "TIME", "2021-08-16TAF")]),

("2022-02-24",
 "KYIV, Feb. 24 - Explosions were heard in Kyiv shortly after 5 a.m. on Thursday, minutes after President Vladimir "
 "Putin announced a 'special military operation' in a televised address. Ukraine declared martial law for 30 days. "
 "Western leaders will hold an emergency summit on Friday. Fighting in the east has gone on since 2014.",
 [("Feb. 24", 1, "DATE", "2022-02-24"), ("5 a.m.", 1, "TIME", "2022-02-24T05:00"), ("Thursday", 1, "DATE", "2022-02-24"),
  ("minutes", 1, "DURATION", "PTXM"), ("30 days", 1, "DURATION", "P30D"), ("Friday", 1, "DATE", "2022-02-25"),
  ("2014", 1, "DATE", "2014")]),

("2022-09-13",
 "FEATURE - When the Forth Bridge opened on March 4, 1890, it was the longest cantilever span in the world, a symbol "
 "of the late 19th century's faith in steel. Work had taken seven years. Its designers were haunted by the Tay "
 "Bridge collapse of Dec. 28, 1879, when a train fell into the river at about 7:15 p.m. during a gale. Earlier that "
 "year the Tay bridge had been declared safe; within months its engineer was ruined. Today the Forth Bridge carries "
 "about 200 trains daily.",
 [("March 4, 1890", 1, "DATE", "1890-03-04"), ("the late 19th century", 1, "DATE", "18"), ("seven years", 1, "DURATION", "P7Y"),
  ("Dec. 28, 1879", 1, "DATE", "1879-12-28"), ("about 7:15 p.m.", 1, "TIME", "1879-12-28T19:15"),
  ("Earlier that year", 1, "DATE", "1879"), ("months", 1, "DURATION", "PXM"), ("Today", 1, "DATE", "PRESENT_REF"),
  ("daily", 1, "SET", "P1D")]),

("2023-01-10",
 "LONDON - Nurses in England will strike again on Jan. 18 and 19, their union said on Monday, after talks with the "
 "government ended without a deal. Ambulance workers plan walkouts on Wednesday and on Jan. 23. Nurses have had "
 "real-terms pay cuts for more than a decade, the union says. The health secretary said he would meet unions again "
 "in the week ahead.",
 [("Jan. 18", 1, "DATE", "2023-01-18"), ("19", 1, "DATE", "2023-01-19"), ("Monday", 1, "DATE", "2023-01-09"),
  ("Wednesday", 1, "DATE", "2023-01-11"), ("Jan. 23", 1, "DATE", "2023-01-23"), ("more than a decade", 1, "DURATION", "P10Y"),
  ("the week ahead", 1, "DURATION", "P1W")]),

("2023-07-19",
 "PHOENIX - Temperatures reached at least 110 degrees on Tuesday for a record stretch, and forecasters expect no "
 "relief before the weekend. A new cooling centre opens at 9 AM on Thursday; for many residents the nearest one is "
 "a 15-minute walk. Libraries will stay open on Sundays through September. The previous record heat wave, in 1974, "
 "lasted 18 days.",
 [("Tuesday", 1, "DATE", "2023-07-18"), ("the weekend", 1, "DATE", "2023-W29-WE"), ("9 AM", 1, "TIME", "2023-07-20T09:00"),
  ("Thursday", 1, "DATE", "2023-07-20"), ("Sundays", 1, "SET", "XXXX-WXX-7"), ("September", 1, "DATE", "2023-09"),
  ("1974", 1, "DATE", "1974"), ("18 days", 1, "DURATION", "P18D")]),

("2024-04-29",
 "CANNES - The Cannes film festival, which runs May 14-25, said on Monday that its jury would be led by Greta Gerwig. "
 "The opening gala begins at 7:15 p.m. on May 14. The festival, founded in 1946, now draws about 40,000 accredited "
 "guests yearly. Director Elaine May, 92, will receive an honorary award.",
 [("May 14", 1, "DATE", "2024-05-14"), ("25", 1, "DATE", "2024-05-25"), ("Monday", 1, "DATE", "2024-04-29"),
  ("7:15 p.m.", 1, "TIME", "2024-05-14T19:15"), ("May 14", 2, "DATE", "2024-05-14"), ("1946", 1, "DATE", "1946"),
  ("now", 1, "DATE", "PRESENT_REF"), ("yearly", 1, "SET", "P1Y")]),

("2024-10-08",
 "MUMBAI - Tata Consultancy Services will report results for the quarter ended Sept. 30 on Thursday. In the "
 "April-June quarter, the first of fiscal 2025, revenue rose 5.4 percent. The company, which aims to double revenue "
 "in five years, pays a dividend every quarter and has raised it every year since 2004, when it listed.",
 [("Sept. 30", 1, "DATE", "2024-09-30"), ("Thursday", 1, "DATE", "2024-10-10"), ("April", 1, "DATE", "2024-04"),
  ("June", 1, "DATE", "2024-06"), ("fiscal 2025", 1, "DATE", "FY2025"), ("five years", 1, "DATE", "2029"),
  ("every quarter", 1, "SET", "P3M"), ("every year", 1, "SET", "P1Y"), ("2004", 1, "DATE", "2004")]),

("2025-01-21",
 "WASHINGTON - President Donald Trump signed dozens of executive orders on Monday, hours after taking the oath at "
 "noon. The day before yesterday he held a rally at a Washington arena. Aides said more orders would follow in the "
 "coming weeks.",
 [("Monday", 1, "DATE", "2025-01-20"), ("hours", 1, "DURATION", "PTXH"), ("noon", 1, "TIME", "2025-01-20T12:00"),
  ("The day before yesterday", 1, "DATE", "2025-01-19"), ("the coming weeks", 1, "DURATION", "PXW")]),

("2025-03-11",
 "NAGOYA - Kenya's Ruth Cheruto won the Nagoya Women's Marathon on Sunday in 2:20:06, more than a minute ahead of "
 "the field and well outside her personal best of 2:18:59. The race began at 9:10 AM in light rain. Cheruto, who "
 "turned professional in 2019, said she would now race less often and target the world championships in September.",
 [("Sunday", 1, "DATE", "2025-03-09"), ("2:20:06", 1, "DURATION", "PT2H20M6S"), ("more than a minute", 1, "DURATION", "PT1M"),
  ("2:18:59", 1, "DURATION", "PT2H18M59S"), ("9:10 AM", 1, "TIME", "2025-03-09T09:10"), ("2019", 1, "DATE", "2019"),
  ("now", 1, "DATE", "PRESENT_REF"), ("September", 1, "DATE", "2025-09")]),

("2025-06-17",
 "LEEDS - The city council approved a plan on Monday to plant 50,000 trees over the coming decade. Officials said "
 "canopy cover, now 17 percent, should reach 25 percent in ten years. Planting starts in November and will continue "
 "each winter. The last comparable scheme ran from 1998 to 2003.",
 [("Monday", 1, "DATE", "2025-06-16"), ("the coming decade", 1, "DURATION", "P10Y"), ("now", 1, "DATE", "PRESENT_REF"),
  ("ten years", 1, "DATE", "2035"), ("November", 1, "DATE", "2025-11"), ("each winter", 1, "SET", "XXXX-WI"),
  ("1998", 1, "DATE", "1998"), ("2003", 1, "DATE", "2003")]),

("2025-09-30",
 "March on Berlin set for Saturday as rail talks collapse\n"
 "BERLIN - Rail workers will march on the transport ministry on Saturday, the union said on Tuesday, after talks on "
 "a 2,025-euro bonus broke down. The union's second strike this year lasted 50 hours in March. Members have worked "
 "without a contract since the end of 2024.",
 [("Saturday", 1, "DATE", "2025-10-04"), ("Saturday", 2, "DATE", "2025-10-04"), ("Tuesday", 1, "DATE", "2025-09-30"),
  ("this year", 1, "DATE", "2025"), ("50 hours", 1, "DURATION", "PT50H"), ("March", 2, "DATE", "2025-03"),
  ("the end of 2024", 1, "DATE", "2024")]),
]
