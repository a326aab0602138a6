"""Decision lists for the held-out TIMEX3 set heldout13 (HELD-OUT: developers see only its
aggregate scores). Per passage: (dct, text, [(surface, occurrence, label, value), ...]).
Occurrence counts case-sensitive whole-word matches (no letter or digit either side), 1-based.
Written and labelled by hand; see README.md for the decisions."""

ITEMS = []

# h13-001 wire lead with dateline
ITEMS.append(("1990-03-14",
    "VILNIUS, March 14 (Reuters) - Lithuania's parliament, which declared independence on Sunday, "
    "said on Wednesday it would meet again next Tuesday to name a government. Moscow gave the "
    "republic three days to reply, a deadline that runs out at midnight Saturday. Officials said "
    "talks held last month had lasted almost 11 hours without result.",
    [("March 14", 1, "DATE", "1990-03-14"),
     ("Sunday", 1, "DATE", "1990-03-11"),
     ("Wednesday", 1, "DATE", "1990-03-14"),
     ("next Tuesday", 1, "DATE", "1990-03-20"),
     ("three days", 1, "DURATION", "P3D"),
     ("midnight Saturday", 1, "TIME", "1990-03-17T24:00"),
     ("last month", 1, "DATE", "1990-02"),
     ("almost 11 hours", 1, "DURATION", "PT11H")]))

# h13-002 court
ITEMS.append(("1990-11-22",
    "A Manchester jury on Thursday convicted a former bank clerk of fraud after deliberating for "
    "two and a half days. The court heard that between 1984 and 1987 he moved money out of dormant "
    "accounts every other week. Judge Helen Rowe adjourned sentencing until December 7 and said he "
    "faced between three and seven years in prison. The 41-year-old was remanded in custody.",
    [("Thursday", 1, "DATE", "1990-11-22"),
     ("two and a half days", 1, "DURATION", "P2DT12H"),
     ("1984", 1, "DATE", "1984"),
     ("1987", 1, "DATE", "1987"),
     ("every other week", 1, "SET", "P2W"),
     ("December 7", 1, "DATE", "1990-12-07"),
     ("three", 1, "DURATION", "P3Y"),
     ("seven years", 1, "DURATION", "P7Y")]))

# h13-003 business results
ITEMS.append(("1991-01-17",
    "Ford Motor Co said on Thursday it lost $519 million in the fourth quarter, its first loss since "
    "1982, as car sales slid through the autumn. For all of 1990 the company earned $860 million, "
    "down from $3.8 billion a year earlier. Chief executive Harold Poling said the first half of 1991 "
    "would be difficult and that a recovery was unlikely before the spring. Ford has cut output at "
    "its plants twice since October.",
    [("Thursday", 1, "DATE", "1991-01-17"),
     ("the fourth quarter", 1, "DATE", "1990-Q4"),
     ("1982", 1, "DATE", "1982"),
     ("the autumn", 1, "DATE", "1990-FA"),
     ("1990", 1, "DATE", "1990"),
     ("a year", 1, "DURATION", "P1Y"),
     ("the first half of 1991", 1, "DATE", "1991-H1"),
     ("the spring", 1, "DATE", "1991-SP"),
     ("October", 1, "DATE", "1990-10")]))

# h13-004 politics
ITEMS.append(("1991-07-02",
    "Slovenia's leaders agreed late Monday to a three-month freeze on their declaration of "
    "independence, a week after it was proclaimed on June 25. Federal troops, who began moving at "
    "the weekend, are to return to barracks by Friday. European mediators will be back in Belgrade "
    "next week, and a referendum could be held in the autumn. \"Now is the time for talks, not "
    "tanks,\" the prime minister told reporters this morning.",
    [("late Monday", 1, "DATE", "1991-07-01"),
     ("three-month", 1, "DURATION", "P3M"),
     ("a week", 1, "DURATION", "P1W"),
     ("June 25", 1, "DATE", "1991-06-25"),
     ("the weekend", 1, "DATE", "1991-W26-WE"),
     ("Friday", 1, "DATE", "1991-07-05"),
     ("next week", 1, "DATE", "1991-W28"),
     ("the autumn", 1, "DATE", "1991-FA"),
     ("Now", 1, "DATE", "PRESENT_REF"),
     ("this morning", 1, "TIME", "1991-07-02TMO")]))

# h13-005 health
ITEMS.append(("1992-04-30",
    "State health officials said on Thursday that measles cases had tripled in the past 12 months, "
    "with 214 reported since January 1. Children should get a second dose of the vaccine at four to "
    "six years of age. A clinic in Fresno will open at 8 a.m. on Saturday and stay open daily for the "
    "next six weeks. A 3-month-old infant died in March, the county's first measles death since the "
    "1970s.",
    [("Thursday", 1, "DATE", "1992-04-30"),
     ("the past 12 months", 1, "DURATION", "P12M"),
     ("January 1", 1, "DATE", "1992-01-01"),
     ("8 a.m.", 1, "TIME", "1992-05-02T08:00"),
     ("Saturday", 1, "DATE", "1992-05-02"),
     ("daily", 1, "SET", "P1D"),
     ("the next six weeks", 1, "DURATION", "P6W"),
     ("March", 1, "DATE", "1992-03"),
     ("the 1970s", 1, "DATE", "197")]))

# h13-006 sport
ITEMS.append(("1992-10-08",
    "Kenyan Joseph Kiprotich won the Eindhoven half marathon on Sunday in 1:01:12, the fastest time "
    "this year. Two weeks earlier he had finished third in Berlin, 38 seconds behind the winner. He "
    "plans to race every other month until the spring and hopes to run under 2:10:00 for the full "
    "distance by 1994. The 23-year-old trains twice a day in Iten, a 20-minute drive from Eldoret.",
    [("Sunday", 1, "DATE", "1992-10-04"),
     ("1:01:12", 1, "DURATION", "PT1H1M12S"),
     ("this year", 1, "DATE", "1992"),
     ("Two weeks", 1, "DURATION", "P2W"),
     ("38 seconds", 1, "DURATION", "PT38S"),
     ("every other month", 1, "SET", "P2M"),
     ("the spring", 1, "DATE", "1993-SP"),
     ("2:10:00", 1, "DURATION", "PT2H10M"),
     ("1994", 1, "DATE", "1994"),
     ("twice a day", 1, "SET", "P1D")]))

# h13-007 science
ITEMS.append(("1993-02-26",
    "Astronomers in Chile said on Friday that a comet found on February 3 will pass closest to the "
    "Sun in late 1994 and return roughly every 76 years. The team watched it for 40 minutes each "
    "night between February 10 and February 14. The object, catalogued as 1993 BX2, takes about six "
    "months to cross the inner solar system.",
    [("Friday", 1, "DATE", "1993-02-26"),
     ("February 3", 1, "DATE", "1993-02-03"),
     ("late 1994", 1, "DATE", "1994"),
     ("roughly every 76 years", 1, "SET", "P76Y"),
     ("40 minutes", 1, "DURATION", "PT40M"),
     ("each night", 1, "SET", "XXXX-XX-XXTNI"),
     ("February 10", 1, "DATE", "1993-02-10"),
     ("February 14", 1, "DATE", "1993-02-14"),
     ("about six months", 1, "DURATION", "P6M")]))

# h13-008 weather
ITEMS.append(("1993-09-13",
    "Hurricane Emily was expected to make landfall on North Carolina's Outer Banks late tonight, "
    "forecasters said on Monday. Winds of up to 115 mph were measured at 2 p.m. EDT, and the storm "
    "was moving north at 10 mph. Residents of Hatteras Island were told to leave by 6 p.m. The last "
    "hurricane to strike the islands directly came ten years ago, and officials said recovery could "
    "take weeks.",
    [("late tonight", 1, "TIME", "1993-09-13TNI"),
     ("Monday", 1, "DATE", "1993-09-13"),
     ("2 p.m. EDT", 1, "TIME", "1993-09-13T14:00"),
     ("6 p.m.", 1, "TIME", "1993-09-13T18:00"),
     ("ten years ago", 1, "DATE", "1983"),
     ("weeks", 1, "DURATION", "PXW")]))

# h13-009 conflict
ITEMS.append(("1994-05-10",
    "KIGALI, May 10 - Heavy shelling resumed in the capital early Tuesday, ending a ceasefire that "
    "had held for barely 36 hours. Aid workers said they had been unable to reach the stadium for "
    "nine days and that its water would last until Thursday at most. The U.N. Security Council is "
    "to discuss the crisis again on May 13, five weeks after the fighting began.",
    [("May 10", 1, "DATE", "1994-05-10"),
     ("early Tuesday", 1, "DATE", "1994-05-10"),
     ("barely 36 hours", 1, "DURATION", "PT36H"),
     ("nine days", 1, "DURATION", "P9D"),
     ("Thursday", 1, "DATE", "1994-05-12"),
     ("May 13", 1, "DATE", "1994-05-13"),
     ("five weeks", 1, "DURATION", "P5W")]))

# h13-010 opinion, generic time
ITEMS.append(("1994-12-05",
    "Every December the same argument returns: shops open earlier each year, and Christmas now "
    "begins in October. Today's shoppers, we are told, want convenience above all. Yet a century ago "
    "families saved for months for a single gift. In the future, perhaps, we will look back on the "
    "1990s as a time when patience went out of fashion.",
    [("Every December", 1, "SET", "XXXX-12"),
     ("each year", 1, "SET", "P1Y"),
     ("Christmas", 1, "DATE", "XXXX-12-25"),
     ("now", 1, "DATE", "PRESENT_REF"),
     ("October", 1, "DATE", "XXXX-10"),
     ("Today", 1, "DATE", "PRESENT_REF"),
     ("a century ago", 1, "DATE", "18"),
     ("months", 1, "DURATION", "PXM"),
     ("the future", 1, "DATE", "FUTURE_REF"),
     ("the 1990s", 1, "DATE", "199")]))

# h13-011 obituary (story told decades later)
ITEMS.append(("1995-01-17",
    "Margaret Ellison, who has died aged 88, was a district nurse on Canvey Island when the great "
    "flood came. The sea wall broke at about 1:30 a.m. on Sunday, February 1, 1953, and she spent the "
    "next 14 hours rowing between flooded bungalows. That afternoon she delivered a baby in a church "
    "hall. She was back at work the following Monday and nursed on the island for another three "
    "decades. She retired in 1983.",
    [("about 1:30 a.m.", 1, "TIME", "1953-02-01T01:30"),
     ("Sunday, February 1, 1953", 1, "DATE", "1953-02-01"),
     ("the next 14 hours", 1, "DURATION", "PT14H"),
     ("That afternoon", 1, "TIME", "1953-02-01TAF"),
     ("the following Monday", 1, "DATE", "1953-02-02"),
     ("another three decades", 1, "DURATION", "P30Y"),
     ("1983", 1, "DATE", "1983")]))

# h13-012 interview transcript
ITEMS.append(("1995-06-30",
    "Q: When did you first hear about the collapse? A: It was yesterday evening, at about a quarter "
    "to six. I had left the store twenty minutes earlier. Q: How long were you at the site? A: Until "
    "4 a.m. Q: Will you go back? A: Tomorrow, yes, and every day until they find everyone. I have "
    "worked in that building for eleven years.",
    [("yesterday evening", 1, "TIME", "1995-06-29TEV"),
     ("about a quarter to six", 1, "TIME", "1995-06-29T17:45"),
     ("twenty minutes", 1, "DURATION", "PT20M"),
     ("4 a.m.", 1, "TIME", "1995-06-30T04:00"),
     ("Tomorrow", 1, "DATE", "1995-07-01"),
     ("every day", 1, "SET", "P1D"),
     ("eleven years", 1, "DURATION", "P11Y")]))

# h13-013 timetable
ITEMS.append(("1996-03-11",
    "Services on the Dunmore line change from Monday, March 18. Trains will leave Dunmore at 6:40 "
    "a.m. and then every 20 minutes until 9:30 a.m. On Sundays the first train will run at 8:15. "
    "The journey to Central takes 47 minutes. Engineering work will close the line on Saturday, "
    "March 30, and Sunday, March 31, when replacement buses will run every half hour. The new "
    "timetable stays in force until the end of September.",
    [("Monday, March 18", 1, "DATE", "1996-03-18"),
     ("6:40 a.m.", 1, "TIME", "XXXX-XX-XXT06:40"),
     ("every 20 minutes", 1, "SET", "PT20M"),
     ("9:30 a.m.", 1, "TIME", "XXXX-XX-XXT09:30"),
     ("Sundays", 1, "SET", "XXXX-WXX-7"),
     ("8:15", 1, "TIME", "XXXX-XX-XXT08:15"),
     ("47 minutes", 1, "DURATION", "PT47M"),
     ("Saturday, March 30", 1, "DATE", "1996-03-30"),
     ("Sunday, March 31", 1, "DATE", "1996-03-31"),
     ("every half hour", 1, "SET", "PT30M"),
     ("the end of September", 1, "DATE", "1996-09")]))

# h13-014 anniversary feature
ITEMS.append(("1996-01-28",
    "Ten years ago today, at 11:38 a.m., the space shuttle Challenger lifted off from Cape Canaveral "
    "on a cold Tuesday morning. Seventy-three seconds later it broke apart. The launch had been "
    "delayed six times in the previous week. A decade on, NASA has flown 49 more shuttle missions, "
    "and the teacher's pupils, then in their early teens, are now in their twenties.",
    [("Ten years ago today", 1, "DATE", "1986-01-28"),
     ("11:38 a.m.", 1, "TIME", "1986-01-28T11:38"),
     ("Tuesday morning", 1, "TIME", "1986-01-28TMO"),
     ("Seventy-three seconds", 1, "DURATION", "PT73S"),
     ("the previous week", 1, "DATE", "1986-W04"),
     ("A decade", 1, "DURATION", "P10Y"),
     ("now", 1, "DATE", "PRESENT_REF")]))

# h13-015 wire lead with dateline
ITEMS.append(("1997-02-04",
    "BOGOTA, Feb 4 (AP) - Leftist rebels freed 12 oil workers on Tuesday, nearly 18 months after "
    "seizing them from a pipeline camp in Arauca province. The men were handed to a Red Cross team "
    "at 9:15 a.m. local time. Their families had held a vigil every Sunday since the kidnapping in "
    "August 1995. A further 30 hostages are believed held, some for more than two years.",
    [("Feb 4", 1, "DATE", "1997-02-04"),
     ("Tuesday", 1, "DATE", "1997-02-04"),
     ("nearly 18 months", 1, "DURATION", "P18M"),
     ("9:15 a.m. local time", 1, "TIME", "1997-02-04T09:15"),
     ("every Sunday", 1, "SET", "XXXX-WXX-7"),
     ("August 1995", 1, "DATE", "1995-08"),
     ("more than two years", 1, "DURATION", "P2Y")]))

# h13-016 court
ITEMS.append(("1997-11-18",
    "An appeals court in Paris on Tuesday cut the sentence of a former mayor convicted of taking "
    "bribes from 1988 to 1993 to four years in prison from six years. The judges noted he had already "
    "spent 14 months in pre-trial detention. His lawyer said he would appeal again within the next "
    "ten days. A second trial, over public contracts awarded in the early 1990s, is due to open in "
    "early February.",
    [("Tuesday", 1, "DATE", "1997-11-18"),
     ("1988", 1, "DATE", "1988"),
     ("1993", 1, "DATE", "1993"),
     ("four years", 1, "DURATION", "P4Y"),
     ("six years", 1, "DURATION", "P6Y"),
     ("14 months", 1, "DURATION", "P14M"),
     ("the next ten days", 1, "DURATION", "P10D"),
     ("the early 1990s", 1, "DATE", "199"),
     ("early February", 1, "DATE", "1998-02")]))

# h13-017 business results (Japanese fiscal year)
ITEMS.append(("1998-06-12",
    "Sony said on Friday that operating profit for fiscal 1997, which ended on March 31, rose 30 "
    "percent, and forecast flat earnings for the current fiscal year. Sales of its PlayStation "
    "console have doubled in the last two years. The company plans to cut 2,000 jobs over the next "
    "three years and will report results for April-June in late July.",
    [("Friday", 1, "DATE", "1998-06-12"),
     ("fiscal 1997", 1, "DATE", "FY1997"),
     ("March 31", 1, "DATE", "1998-03-31"),
     ("the current fiscal year", 1, "DATE", "FY1998"),
     ("the last two years", 1, "DURATION", "P2Y"),
     ("the next three years", 1, "DURATION", "P3Y"),
     ("April", 1, "DATE", "1998-04"),
     ("June", 1, "DATE", "1998-06"),
     ("late July", 1, "DATE", "1998-07")]))

# h13-018 politics
ITEMS.append(("1998-10-27",
    "Gerhard Schroeder was sworn in as German chancellor on Tuesday, ending Helmut Kohl's 16 years "
    "in power. The new coalition has promised a budget before Christmas and to phase out nuclear "
    "power over the coming decades. Schroeder, who won the Sept. 27 election, will travel to Paris "
    "on Friday and to Washington early next month. Kohl, 68, will stay in parliament until 2002.",
    [("Tuesday", 1, "DATE", "1998-10-27"),
     ("16 years", 1, "DURATION", "P16Y"),
     ("Christmas", 1, "DATE", "1998-12-25"),
     ("the coming decades", 1, "DURATION", "PXDE"),
     ("Sept. 27", 1, "DATE", "1998-09-27"),
     ("Friday", 1, "DATE", "1998-10-30"),
     ("early next month", 1, "DATE", "1998-11"),
     ("2002", 1, "DATE", "2002")]))

# h13-019 health
ITEMS.append(("1999-03-24",
    "A new flu vaccine cut hospital admissions among the elderly by a third last winter, researchers "
    "reported on Wednesday. Volunteers received two doses four weeks apart and were followed for six "
    "months. The World Health Organization reviews the vaccine strains twice a year; the next review "
    "is in September. Patients over 65 should be vaccinated annually.",
    [("last winter", 1, "DATE", "1998-WI"),
     ("Wednesday", 1, "DATE", "1999-03-24"),
     ("four weeks", 1, "DURATION", "P4W"),
     ("six months", 1, "DURATION", "P6M"),
     ("twice a year", 1, "SET", "P1Y"),
     ("September", 1, "DATE", "1999-09"),
     ("annually", 1, "SET", "P1Y")]))

# h13-020 sport
ITEMS.append(("1999-12-31",
    "Leeds will start 2000 top of the table after beating Derby 3-0 on Tuesday night, their fifth "
    "straight win in ten days. Striker Ali Kamara scored twice in the space of four minutes early in "
    "the second half. Leeds play again on Monday, when they host Arsenal at 3 p.m. They have not won "
    "the league since 1992, and their manager has a contract through the summer of 2002.",
    [("2000", 1, "DATE", "2000"),
     ("Tuesday night", 1, "TIME", "1999-12-28TNI"),
     ("ten days", 1, "DURATION", "P10D"),
     ("four minutes", 1, "DURATION", "PT4M"),
     ("Monday", 1, "DATE", "2000-01-03"),
     ("3 p.m.", 1, "TIME", "2000-01-03T15:00"),
     ("1992", 1, "DATE", "1992"),
     ("the summer of 2002", 1, "DATE", "2002-SU")]))

# h13-021 science
ITEMS.append(("2000-09-25",
    "Researchers at the University of Utah said on Monday that a tree-ring record from Arizona shows "
    "droughts struck the region roughly every 20 years between 1150 and 1450. The worst lasted more "
    "than two decades, from about 1276 to 1299. The cores, some of them over 700 years old, were "
    "collected this summer. The team will publish the full record in the spring and return to the "
    "site in June 2001.",
    [("Monday", 1, "DATE", "2000-09-25"),
     ("roughly every 20 years", 1, "SET", "P20Y"),
     ("1150", 1, "DATE", "1150"),
     ("1450", 1, "DATE", "1450"),
     ("more than two decades", 1, "DURATION", "P20Y"),
     ("about 1276", 1, "DATE", "1276"),
     ("1299", 1, "DATE", "1299"),
     ("this summer", 1, "DATE", "2000-SU"),
     ("the spring", 1, "DATE", "2001-SP"),
     ("June 2001", 1, "DATE", "2001-06")]))

# h13-022 disaster
ITEMS.append(("2001-02-15",
    "Three weeks after the earthquake that flattened Bhuj on January 26, rescuers have ended the "
    "search for survivors. The quake struck at 8:46 a.m. on Republic Day and lasted about 45 seconds. "
    "Aftershocks were felt daily for the first ten days. Officials said on Thursday that rebuilding "
    "would take three to five years and that temporary schools would open by mid-March. The monsoon, "
    "due in June, is the next worry.",
    [("Three weeks", 1, "DURATION", "P3W"),
     ("January 26", 1, "DATE", "2001-01-26"),
     ("8:46 a.m.", 1, "TIME", "2001-01-26T08:46"),
     ("Republic Day", 1, "DATE", "2001-01-26"),
     ("about 45 seconds", 1, "DURATION", "PT45S"),
     ("daily", 1, "SET", "P1D"),
     ("the first ten days", 1, "DURATION", "P10D"),
     ("Thursday", 1, "DATE", "2001-02-15"),
     ("three to five years", 1, "DURATION", "PXY"),
     ("mid-March", 1, "DATE", "2001-03"),
     ("June", 1, "DATE", "2001-06")]))

# h13-023 conflict
ITEMS.append(("2001-11-06",
    "KABUL, Nov 6 - U.S. jets bombed Taliban front lines north of the capital again on Tuesday, and "
    "Northern Alliance commanders said a ground offensive could begin within days. The bombing, which "
    "began on October 7, has now lasted a month. Aid agencies warned that the first snows, which "
    "usually come in mid-November, could close mountain roads for up to four months. The Taliban's "
    "leader has not been seen in public since 1996.",
    [("Nov 6", 1, "DATE", "2001-11-06"),
     ("Tuesday", 1, "DATE", "2001-11-06"),
     ("days", 1, "DURATION", "PXD"),
     ("October 7", 1, "DATE", "2001-10-07"),
     ("now", 1, "DATE", "PRESENT_REF"),
     ("a month", 1, "DURATION", "P1M"),
     ("mid-November", 1, "DATE", "XXXX-11"),
     ("up to four months", 1, "DURATION", "P4M"),
     ("1996", 1, "DATE", "1996")]))

# h13-024 opinion, generic time
ITEMS.append(("2002-05-21",
    "We used to read the newspaper each morning; now many of us glance at a screen a dozen times an "
    "hour. The shift took barely a decade. These days a story is old within an hour. In the 19th "
    "century a report from India took six weeks to reach London, and nobody under 30 would believe "
    "how patient readers were.",
    [("each morning", 1, "SET", "XXXX-XX-XXTMO"),
     ("now", 1, "DATE", "PRESENT_REF"),
     ("a dozen times an hour", 1, "SET", "PT1H"),
     ("barely a decade", 1, "DURATION", "P10Y"),
     ("These days", 1, "DATE", "PRESENT_REF"),
     ("an hour", 2, "DURATION", "PT1H"),
     ("the 19th century", 1, "DATE", "18"),
     ("six weeks", 1, "DURATION", "P6W")]))

# h13-025 memoir (story time, then brought up to the DCT's year)
ITEMS.append(("2002-08-30",
    "In a memoir published this week, former controller Anne Whitcombe recalls her first shift at "
    "Heathrow on Friday, July 13, 1979. She arrived at 5:50 p.m., ten minutes early, and by 9 p.m. "
    "the radar had failed twice. The outage lasted 26 minutes. The next morning she handed in her "
    "resignation, then withdrew it on the Monday. Twenty-three years later, she writes, the same "
    "radar room is to be shut down next month.",
    [("this week", 1, "DATE", "2002-W35"),
     ("Friday, July 13, 1979", 1, "DATE", "1979-07-13"),
     ("5:50 p.m.", 1, "TIME", "1979-07-13T17:50"),
     ("ten minutes", 1, "DURATION", "PT10M"),
     ("9 p.m.", 1, "TIME", "1979-07-13T21:00"),
     ("26 minutes", 1, "DURATION", "PT26M"),
     ("The next morning", 1, "TIME", "1979-07-14TMO"),
     ("the Monday", 1, "DATE", "1979-07-16"),
     ("Twenty-three years", 1, "DURATION", "P23Y"),
     ("next month", 1, "DATE", "2002-09")]))

# h13-026 broadcast interview transcript
ITEMS.append(("2003-04-09",
    "INTERVIEWER: You were in Baghdad when the statue fell this afternoon? CORRESPONDENT: Yes. "
    "Around 4 o'clock local time a crowd gathered in Firdos Square, and the statue came down at "
    "about 7. INTERVIEWER: How long had the city been without power? CORRESPONDENT: Since Friday, "
    "nearly five days. INTERVIEWER: And tonight? CORRESPONDENT: Tonight there is shooting again, but "
    "it feels as if three weeks of war are ending.",
    [("this afternoon", 1, "TIME", "2003-04-09TAF"),
     ("Around 4 o'clock local time", 1, "TIME", "2003-04-09T16:00"),
     ("about 7", 1, "TIME", "2003-04-09T19:00"),
     ("Friday", 1, "DATE", "2003-04-04"),
     ("nearly five days", 1, "DURATION", "P5D"),
     ("tonight", 1, "TIME", "2003-04-09TNI"),
     ("Tonight", 1, "TIME", "2003-04-09TNI"),
     ("three weeks", 1, "DURATION", "P3W")]))

# h13-027 festival programme
ITEMS.append(("2003-10-14",
    "Festival programme: the Lakeside Jazz Week runs from Thursday, October 23, to Sunday, October "
    "26. Doors open at 7 p.m. each evening, and the headline set begins at 9:30. Free lunchtime "
    "concerts start at 12:30 daily in the town hall and last about 50 minutes. Workshops for young "
    "players run every Saturday until Christmas. Tickets go on sale tomorrow at 10 a.m.",
    [("Thursday, October 23", 1, "DATE", "2003-10-23"),
     ("Sunday, October 26", 1, "DATE", "2003-10-26"),
     ("7 p.m.", 1, "TIME", "2003-10-XXT19:00"),
     ("each evening", 1, "SET", "XXXX-XX-XXTEV"),
     ("9:30", 1, "TIME", "2003-10-XXT21:30"),
     ("12:30", 1, "TIME", "2003-10-XXT12:30"),
     ("daily", 1, "SET", "P1D"),
     ("about 50 minutes", 1, "DURATION", "PT50M"),
     ("every Saturday", 1, "SET", "XXXX-WXX-6"),
     ("Christmas", 1, "DATE", "2003-12-25"),
     ("tomorrow", 1, "DATE", "2003-10-15"),
     ("10 a.m.", 1, "TIME", "2003-10-15T10:00")]))

# h13-028 anniversary feature
ITEMS.append(("2005-05-18",
    "Twenty-five years ago, at 8:32 a.m. on Sunday, May 18, 1980, the north face of Mount St. Helens "
    "collapsed. The eruption column rose for nine hours, and ash was falling on Spokane by early "
    "afternoon. Fifty-seven people died. For two months before, the mountain had shaken hourly. "
    "Today the crater is growing a new dome, and scientists expect small eruptions over the next "
    "several years.",
    [("Twenty-five years ago", 1, "DATE", "1980"),
     ("8:32 a.m.", 1, "TIME", "1980-05-18T08:32"),
     ("Sunday, May 18, 1980", 1, "DATE", "1980-05-18"),
     ("nine hours", 1, "DURATION", "PT9H"),
     ("early afternoon", 1, "TIME", "1980-05-18TAF"),
     ("two months", 1, "DURATION", "P2M"),
     ("hourly", 1, "SET", "PT1H"),
     ("Today", 1, "DATE", "PRESENT_REF"),
     ("the next several years", 1, "DURATION", "PXY")]))

# h13-029 wire lead with dateline
ITEMS.append(("2004-12-27",
    "KIEV, Dec 27 (Reuters) - Opposition leader Viktor Yushchenko claimed victory on Monday in "
    "Sunday's rerun of Ukraine's presidential election, with 99 percent of ballots counted by 7 a.m. "
    "Election officials have ten days to declare a result. Prime Minister Viktor Yanukovich, who was "
    "declared the winner of the Nov. 21 vote before the Supreme Court annulled it on Dec. 3, said he "
    "would challenge the outcome. Protesters who had camped in the capital for 35 days were expected "
    "to celebrate through the New Year.",
    [("Dec 27", 1, "DATE", "2004-12-27"),
     ("Monday", 1, "DATE", "2004-12-27"),
     ("Sunday", 1, "DATE", "2004-12-26"),
     ("7 a.m.", 1, "TIME", "2004-12-27T07:00"),
     ("ten days", 1, "DURATION", "P10D"),
     ("Nov. 21", 1, "DATE", "2004-11-21"),
     ("Dec. 3", 1, "DATE", "2004-12-03"),
     ("35 days", 1, "DURATION", "P35D"),
     ("the New Year", 1, "DATE", "2005-01-01")]))

# h13-030 court
ITEMS.append(("2005-09-20",
    "A Houston judge on Tuesday set the retrial of a former energy trader for the week of January 9, "
    "after a jury deadlocked last Friday following 11 days of deliberations. The first trial ran from "
    "May 16 to mid-August. Prosecutors say the trader falsified reports every quarter in 2000 and "
    "2001. He faces up to 20 years in prison if convicted.",
    [("Tuesday", 1, "DATE", "2005-09-20"),
     ("the week of January 9", 1, "DATE", "2006-W02"),
     ("last Friday", 1, "DATE", "2005-09-16"),
     ("11 days", 1, "DURATION", "P11D"),
     ("May 16", 1, "DATE", "2005-05-16"),
     ("mid-August", 1, "DATE", "2005-08"),
     ("every quarter", 1, "SET", "P3M"),
     ("2000", 1, "DATE", "2000"),
     ("2001", 1, "DATE", "2001"),
     ("up to 20 years", 1, "DURATION", "P20Y")]))

# h13-031 business results
ITEMS.append(("2006-02-02",
    "Shell reported record fourth-quarter profit of $5.7 billion on Thursday and said it would raise "
    "its dividend in the second quarter. Profit for 2005 as a whole rose 24 percent from the previous "
    "year. The company expects output to grow 2 to 3 percent annually through 2010 and has set aside "
    "$19 billion for investment this year.",
    [("fourth-quarter", 1, "DATE", "2005-Q4"),
     ("Thursday", 1, "DATE", "2006-02-02"),
     ("the second quarter", 1, "DATE", "2006-Q2"),
     ("2005", 1, "DATE", "2005"),
     ("the previous year", 1, "DATE", "2004"),
     ("annually", 1, "SET", "P1Y"),
     ("2010", 1, "DATE", "2010"),
     ("this year", 1, "DATE", "2006")]))

# h13-032 politics
ITEMS.append(("2006-11-08",
    "Democrats won control of the House of Representatives in Tuesday's midterm elections, ending 12 "
    "years of Republican rule. Nancy Pelosi, expected to become speaker in January, said her party "
    "would act in the first 100 hours. Votes in two Senate races were still being counted early "
    "Wednesday, and a recount in Virginia could take weeks. President Bush will meet Pelosi at the "
    "White House on Friday.",
    [("Tuesday", 1, "DATE", "2006-11-07"),
     ("12 years", 1, "DURATION", "P12Y"),
     ("January", 1, "DATE", "2007-01"),
     ("the first 100 hours", 1, "DURATION", "PT100H"),
     ("early Wednesday", 1, "DATE", "2006-11-08"),
     ("weeks", 1, "DURATION", "PXW"),
     ("Friday", 1, "DATE", "2006-11-10")]))

# h13-033 health
ITEMS.append(("2007-03-20",
    "Patients who took the drug for at least a year and a half had a 40 percent lower risk of a second "
    "stroke, according to a study published on Tuesday. The trial enrolled 4,300 patients between "
    "2001 and 2004 and followed them for a median of 3.2 years. Side effects usually appeared in the "
    "first two to three weeks. Regulators are expected to rule on the drug by the end of the year. "
    "Doctors advise taking it once a day, with the evening meal.",
    [("at least a year and a half", 1, "DURATION", "P1Y6M"),
     ("Tuesday", 1, "DATE", "2007-03-20"),
     ("2001", 1, "DATE", "2001"),
     ("2004", 1, "DATE", "2004"),
     ("3.2 years", 1, "DURATION", "P3.2Y"),
     ("the first two to three weeks", 1, "DURATION", "PXW"),
     ("the end of the year", 1, "DATE", "2007"),
     ("once a day", 1, "SET", "P1D")]))

# h13-034 sport
ITEMS.append(("2007-08-27",
    "Roger Federer begins his US Open title defence on Tuesday evening against a qualifier. The "
    "Swiss, who turned 26 this month, has won the tournament in each of the past three years and has "
    "been No. 1 for 186 consecutive weeks. His quarter-final last year lasted three hours and 23 "
    "minutes. The final is scheduled for Sunday, September 9, at 4 p.m.",
    [("Tuesday evening", 1, "TIME", "2007-08-28TEV"),
     ("this month", 1, "DATE", "2007-08"),
     ("the past three years", 1, "DURATION", "P3Y"),
     ("186 consecutive weeks", 1, "DURATION", "P186W"),
     ("last year", 1, "DATE", "2006"),
     ("three hours and 23 minutes", 1, "DURATION", "PT3H23M"),
     ("Sunday, September 9", 1, "DATE", "2007-09-09"),
     ("4 p.m.", 1, "TIME", "2007-09-09T16:00")]))

# h13-035 science
ITEMS.append(("2008-05-26",
    "NASA's Phoenix lander touched down near the north pole of Mars at 7:53 p.m. EDT on Sunday after a "
    "journey of ten months. Its signals took 15 minutes to reach Earth. Phoenix will dig for ice over "
    "the coming 90 days and could last until November, when the polar winter sets in. A sol on Mars "
    "lasts 24 hours and 39 minutes, so the mission team starts work about 40 minutes later each day.",
    [("7:53 p.m. EDT", 1, "TIME", "2008-05-25T19:53"),
     ("Sunday", 1, "DATE", "2008-05-25"),
     ("ten months", 1, "DURATION", "P10M"),
     ("15 minutes", 1, "DURATION", "PT15M"),
     ("the coming 90 days", 1, "DURATION", "P90D"),
     ("November", 1, "DATE", "2008-11"),
     ("24 hours and 39 minutes", 1, "DURATION", "PT24H39M"),
     ("about 40 minutes", 1, "DURATION", "PT40M"),
     ("each day", 1, "SET", "P1D")]))

# h13-036 weather
ITEMS.append(("2008-12-19",
    "A blizzard will sweep across the northern Plains this weekend, with up to 18 inches of snow "
    "expected between Saturday morning and Sunday night. The National Weather Service issued the "
    "warning at 4 a.m. CST on Friday. Temperatures will stay below zero for at least a week, the "
    "longest cold spell since the winter of 1996, and travel on Christmas Eve could be disrupted.",
    [("this weekend", 1, "DATE", "2008-W51-WE"),
     ("Saturday morning", 1, "TIME", "2008-12-20TMO"),
     ("Sunday night", 1, "TIME", "2008-12-21TNI"),
     ("4 a.m. CST", 1, "TIME", "2008-12-19T04:00"),
     ("Friday", 1, "DATE", "2008-12-19"),
     ("at least a week", 1, "DURATION", "P1W"),
     ("the winter of 1996", 1, "DATE", "1996-WI"),
     ("Christmas Eve", 1, "DATE", "2008-12-24")]))

# h13-037 conflict
ITEMS.append(("2009-01-18",
    "GAZA, Jan 18 - Israel's unilateral ceasefire took hold at 2 a.m. (0000 GMT) on Sunday, ending 22 "
    "days of fighting. Hamas announced its own one-week truce in the afternoon. Residents came out to "
    "queue for bread for the first time in three weeks. Israeli troops are expected to stay for "
    "several days, perhaps until the U.S. inauguration on Tuesday.",
    [("Jan 18", 1, "DATE", "2009-01-18"),
     ("2 a.m.", 1, "TIME", "2009-01-18T02:00"),
     ("0000 GMT", 1, "TIME", "2009-01-18T00:00"),
     ("Sunday", 1, "DATE", "2009-01-18"),
     ("22 days", 1, "DURATION", "P22D"),
     ("one-week", 1, "DURATION", "P1W"),
     ("the afternoon", 1, "TIME", "2009-01-18TAF"),
     ("three weeks", 1, "DURATION", "P3W"),
     ("several days", 1, "DURATION", "PXD"),
     ("Tuesday", 1, "DATE", "2009-01-20")]))

# h13-038 opinion, generic time
ITEMS.append(("2009-09-07",
    "Today is Labor Day, a holiday that once marked the return to school and to serious work. "
    "Now it marks nothing much at all. Most of us answer email on Sundays and on holidays. Our "
    "grandparents worked six days a week, but they knew when work was over. Perhaps the future "
    "belongs to those who can switch off for an hour each day.",
    [("Today", 1, "DATE", "2009-09-07"),
     ("Labor Day", 1, "DATE", "2009-09-07"),
     ("Now", 1, "DATE", "PRESENT_REF"),
     ("Sundays", 1, "SET", "XXXX-WXX-7"),
     ("six days a week", 1, "SET", "P1W"),
     ("the future", 1, "DATE", "FUTURE_REF"),
     ("an hour", 1, "DURATION", "PT1H"),
     ("each day", 1, "SET", "P1D")]))

# h13-039 obituary (story told decades later)
ITEMS.append(("2010-03-03",
    "Tomas Berg, who died on Saturday aged 91, was the harbour pilot who brought the burning ferry "
    "Skagen into Bergen in 1966. The fire broke out at about 10:50 p.m. on Thursday, April 7, and Berg, "
    "off duty that evening, was called from his home. He stayed on the bridge for six hours without a "
    "break. Two days later he was back at work. He retired in 1984 and spent the last two decades of "
    "his life carving boats for his grandchildren.",
    [("Saturday", 1, "DATE", "2010-02-27"),
     ("1966", 1, "DATE", "1966"),
     ("about 10:50 p.m.", 1, "TIME", "1966-04-07T22:50"),
     ("Thursday, April 7", 1, "DATE", "1966-04-07"),
     ("that evening", 1, "TIME", "1966-04-07TEV"),
     ("six hours", 1, "DURATION", "PT6H"),
     ("Two days", 1, "DURATION", "P2D"),
     ("1984", 1, "DATE", "1984"),
     ("the last two decades", 1, "DURATION", "P20Y")]))

# h13-040 interview transcript
ITEMS.append(("2010-07-12",
    "Q: Coach, how did you feel at the final whistle last night? A: Exhausted. We played 120 minutes, "
    "and the last half-hour felt like a week. Q: When do you fly home? A: Tomorrow at noon, and the "
    "parade is on Wednesday. Q: Will you stay in the job? A: My contract runs until 2012. Ask me "
    "again after a month or two.",
    [("last night", 1, "TIME", "2010-07-11TNI"),
     ("120 minutes", 1, "DURATION", "PT120M"),
     ("the last half-hour", 1, "DURATION", "PT30M"),
     ("a week", 1, "DURATION", "P1W"),
     ("Tomorrow", 1, "DATE", "2010-07-13"),
     ("noon", 1, "TIME", "2010-07-13T12:00"),
     ("Wednesday", 1, "DATE", "2010-07-14"),
     ("2012", 1, "DATE", "2012"),
     ("a month or two", 1, "DURATION", "PXM")]))

# h13-041 exam timetable
ITEMS.append(("2011-03-14",
    "Exam timetable: written papers run from Monday, May 16, to Friday, June 10. Morning papers start "
    "at 9:00 and afternoon papers at 1:30 p.m. Candidates must arrive 15 minutes before the start. "
    "Results will be published on August 18, and appeals must be lodged within two weeks.",
    [("Monday, May 16", 1, "DATE", "2011-05-16"),
     ("Friday, June 10", 1, "DATE", "2011-06-10"),
     ("9:00", 1, "TIME", "2011-XX-XXT09:00"),
     ("1:30 p.m.", 1, "TIME", "2011-XX-XXT13:30"),
     ("15 minutes", 1, "DURATION", "PT15M"),
     ("August 18", 1, "DATE", "2011-08-18"),
     ("two weeks", 1, "DURATION", "P2W")]))

# h13-042 anniversary feature
ITEMS.append(("2011-09-11",
    "A decade after the attacks of September 11, 2001, relatives gathered at the new memorial in lower "
    "Manhattan. At 8:46 a.m., the moment the first plane struck ten years ago, the crowd fell silent. "
    "The names of the dead were read for nearly four hours. The memorial museum is due to open in "
    "2012, and One World Trade Center should be finished by 2014.",
    [("A decade", 1, "DURATION", "P10Y"),
     ("September 11, 2001", 1, "DATE", "2001-09-11"),
     ("8:46 a.m.", 1, "TIME", "2011-09-11T08:46"),
     ("ten years ago", 1, "DATE", "2001"),
     ("nearly four hours", 1, "DURATION", "PT4H"),
     ("2012", 1, "DATE", "2012"),
     ("2014", 1, "DATE", "2014")]))

# h13-043 wire lead with dateline
ITEMS.append(("2012-02-07",
    "MALE, Feb 7 (Reuters) - Maldives President Mohamed Nasheed resigned on Tuesday after weeks of "
    "protests and a police mutiny that began on Monday night. Nasheed, elected in October 2008 as the "
    "country's first democratically chosen leader after 30 years of one-man rule, announced his "
    "decision in a televised address at 1 p.m. His successor is to serve until the next election, due "
    "in 2013.",
    [("Feb 7", 1, "DATE", "2012-02-07"),
     ("Tuesday", 1, "DATE", "2012-02-07"),
     ("weeks", 1, "DURATION", "PXW"),
     ("Monday night", 1, "TIME", "2012-02-06TNI"),
     ("October 2008", 1, "DATE", "2008-10"),
     ("30 years", 1, "DURATION", "P30Y"),
     ("1 p.m.", 1, "TIME", "2012-02-07T13:00"),
     ("2013", 1, "DATE", "2013")]))

# h13-044 court
ITEMS.append(("2012-10-16",
    "A Dutch court on Tuesday sentenced a former nurse to life in prison for poisoning patients over a "
    "period of 18 months. The offences took place between the spring of 2009 and the autumn of 2010. "
    "The trial, which opened on June 4, heard from 60 witnesses. The defence has two weeks to lodge an "
    "appeal, and a ruling on compensation is expected in the new year.",
    [("Tuesday", 1, "DATE", "2012-10-16"),
     ("18 months", 1, "DURATION", "P18M"),
     ("the spring of 2009", 1, "DATE", "2009-SP"),
     ("the autumn of 2010", 1, "DATE", "2010-FA"),
     ("June 4", 1, "DATE", "2012-06-04"),
     ("two weeks", 1, "DURATION", "P2W"),
     ("the new year", 1, "DATE", "2013")]))

# h13-045 business results
ITEMS.append(("2013-07-24",
    "Facebook's second-quarter revenue rose 53 percent to $1.81 billion, the company said on Wednesday, "
    "as mobile advertising took off. Mobile ads made up 41 percent of ad revenue in the April-June "
    "period, up from 30 percent in the first quarter. The shares, which have traded below their May "
    "2012 listing price for most of the past year, jumped 19 percent in after-hours trading.",
    [("second-quarter", 1, "DATE", "2013-Q2"),
     ("Wednesday", 1, "DATE", "2013-07-24"),
     ("April", 1, "DATE", "2013-04"),
     ("June", 1, "DATE", "2013-06"),
     ("the first quarter", 1, "DATE", "2013-Q1"),
     ("May 2012", 1, "DATE", "2012-05"),
     ("the past year", 1, "DURATION", "P1Y")]))

# h13-046 politics
ITEMS.append(("2014-03-18",
    "President Vladimir Putin signed a treaty on Tuesday absorbing Crimea into Russia, two days after a "
    "referendum that Western governments called illegal. The peninsula had been part of Ukraine since "
    "1954. Kiev said its troops would leave Crimea in the coming days. EU leaders meet in Brussels on "
    "Thursday and Friday to discuss sanctions, and the G8 summit planned for June in Sochi is now in "
    "doubt.",
    [("Tuesday", 1, "DATE", "2014-03-18"),
     ("two days", 1, "DURATION", "P2D"),
     ("1954", 1, "DATE", "1954"),
     ("the coming days", 1, "DURATION", "PXD"),
     ("Thursday", 1, "DATE", "2014-03-20"),
     ("Friday", 1, "DATE", "2014-03-21"),
     ("June", 1, "DATE", "2014-06"),
     ("now", 1, "DATE", "PRESENT_REF")]))

# h13-047 health
ITEMS.append(("2014-10-20",
    "Nigeria was declared free of Ebola on Monday, 42 days after its last patient tested negative, "
    "twice the maximum 21-day incubation period. The outbreak in West Africa, which began in Guinea in "
    "December 2013, has killed more than 4,500 people. The WHO said new cases in Liberia were doubling "
    "every three to four weeks and that a vaccine could be ready for trials early next year.",
    [("Monday", 1, "DATE", "2014-10-20"),
     ("42 days", 1, "DURATION", "P42D"),
     ("21-day", 1, "DURATION", "P21D"),
     ("December 2013", 1, "DATE", "2013-12"),
     ("every three to four weeks", 1, "SET", "PXW"),
     ("early next year", 1, "DATE", "2015")]))

# h13-048 sport
ITEMS.append(("2015-03-30",
    "Sebastian Vettel won the Malaysian Grand Prix on Sunday, finishing 8.5 seconds ahead of Lewis "
    "Hamilton after 1 hour 41 minutes of racing in 35C heat. It was Ferrari's first win in 34 races "
    "and the German's first since October 2013. The next race, in Shanghai on April 12, is two weeks "
    "away, with qualifying the day before at 2 p.m. local time.",
    [("Sunday", 1, "DATE", "2015-03-29"),
     ("8.5 seconds", 1, "DURATION", "PT8.5S"),
     ("1 hour 41 minutes", 1, "DURATION", "PT1H41M"),
     ("October 2013", 1, "DATE", "2013-10"),
     ("April 12", 1, "DATE", "2015-04-12"),
     ("two weeks", 1, "DURATION", "P2W"),
     ("the day before", 1, "DATE", "2015-04-11"),
     ("2 p.m. local time", 1, "TIME", "2015-04-11T14:00")]))

# h13-049 science
ITEMS.append(("2015-07-14",
    "NASA's New Horizons probe flew past Pluto at 7:49 a.m. EDT on Tuesday, nine and a half years after "
    "its launch in January 2006. Because radio signals need about four and a half hours to reach "
    "Earth, confirmation was not expected until late this evening. The craft will send back its data "
    "over the next 16 months. Pluto, discovered in 1930, takes 248 years to orbit the Sun.",
    [("7:49 a.m. EDT", 1, "TIME", "2015-07-14T07:49"),
     ("Tuesday", 1, "DATE", "2015-07-14"),
     ("nine and a half years", 1, "DURATION", "P9Y6M"),
     ("January 2006", 1, "DATE", "2006-01"),
     ("about four and a half hours", 1, "DURATION", "PT4H30M"),
     ("late this evening", 1, "TIME", "2015-07-14TEV"),
     ("the next 16 months", 1, "DURATION", "P16M"),
     ("1930", 1, "DATE", "1930"),
     ("248 years", 1, "DURATION", "P248Y")]))

# h13-050 weather
ITEMS.append(("2015-12-07",
    "Storm Desmond dumped a record 341.4 mm of rain on Cumbria in 24 hours between Friday evening and "
    "Saturday evening, the Met Office said on Monday. Some homes in Carlisle flooded for the third time "
    "in a decade. River levels are expected to stay high until Wednesday, and another band of rain is "
    "forecast for Thursday. Flood defences built after 2005 were overwhelmed.",
    [("24 hours", 1, "DURATION", "PT24H"),
     ("Friday evening", 1, "TIME", "2015-12-04TEV"),
     ("Saturday evening", 1, "TIME", "2015-12-05TEV"),
     ("Monday", 1, "DATE", "2015-12-07"),
     ("a decade", 1, "DURATION", "P10Y"),
     ("Wednesday", 1, "DATE", "2015-12-09"),
     ("Thursday", 1, "DATE", "2015-12-10"),
     ("2005", 1, "DATE", "2005")]))

# h13-051 conflict
ITEMS.append(("2016-02-27",
    "DAMASCUS, Feb 27 - A truce brokered by the United States and Russia largely held in Syria on "
    "Saturday after taking effect at midnight, the first real pause in nearly five years of war. "
    "Monitors reported sporadic shelling near the capital in the first 12 hours. The deal will be "
    "reviewed every other week, and the United Nations hopes to restart peace talks on March 7.",
    [("Feb 27", 1, "DATE", "2016-02-27"),
     ("Saturday", 1, "DATE", "2016-02-27"),
     ("midnight", 1, "TIME", "2016-02-27T00:00"),
     ("nearly five years", 1, "DURATION", "P5Y"),
     ("the first 12 hours", 1, "DURATION", "PT12H"),
     ("every other week", 1, "SET", "P2W"),
     ("March 7", 1, "DATE", "2016-03-07")]))

# h13-052 opinion, generic time (with distractors)
ITEMS.append(("2016-10-03",
    "Every generation believes its present-day troubles are unique. In due course, historians will "
    "judge whether 2016 was a turning point or merely noise. For now, it is worth remembering that the "
    "1930s looked far worse from the inside. We check the polls hourly; our grandparents read them, if "
    "at all, once a month.",
    [("2016", 1, "DATE", "2016"),
     ("now", 1, "DATE", "PRESENT_REF"),
     ("the 1930s", 1, "DATE", "193"),
     ("hourly", 1, "SET", "PT1H"),
     ("once a month", 1, "SET", "P1M")]))

# h13-053 memoir (story time, then brought up to the DCT's year)
ITEMS.append(("2016-11-21",
    "In a memoir out on Monday, former fire chief Colin Hart describes the warehouse blaze of "
    "Wednesday, November 18, 1987. The first call came at 7:29 p.m., and his crew reached the scene "
    "four minutes later. The roof had collapsed by 10 p.m., and he did not get home that night. The "
    "following day he gave evidence to the inquiry team, and he barely slept for the next fortnight. "
    "Twenty-nine years later, he says, he still dreams of it every week.",
    [("Monday", 1, "DATE", "2016-11-21"),
     ("Wednesday, November 18, 1987", 1, "DATE", "1987-11-18"),
     ("7:29 p.m.", 1, "TIME", "1987-11-18T19:29"),
     ("four minutes", 1, "DURATION", "PT4M"),
     ("10 p.m.", 1, "TIME", "1987-11-18T22:00"),
     ("that night", 1, "TIME", "1987-11-18TNI"),
     ("The following day", 1, "DATE", "1987-11-19"),
     ("the next fortnight", 1, "DURATION", "P2W"),
     ("Twenty-nine years", 1, "DURATION", "P29Y"),
     ("every week", 1, "SET", "P1W")]))

# h13-054 interview transcript
ITEMS.append(("2017-06-15",
    "REPORTER: How long have you run the bakery? OWNER: Thirty-one years this September. We open at "
    "5:30 every morning except Sundays. REPORTER: What changed after the fire last spring? OWNER: We "
    "were closed for three to four months. We reopened on August 1, a Monday, and the queue was round "
    "the block by 6. REPORTER: And next? OWNER: My daughter takes over in the new year.",
    [("Thirty-one years", 1, "DURATION", "P31Y"),
     ("this September", 1, "DATE", "2017-09"),
     ("5:30", 1, "TIME", "XXXX-XX-XXT05:30"),
     ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
     ("Sundays", 1, "SET", "XXXX-WXX-7"),
     ("last spring", 1, "DATE", "2016-SP"),
     ("three to four months", 1, "DURATION", "PXM"),
     ("August 1", 1, "DATE", "2016-08-01"),
     ("a Monday", 1, "DATE", "2016-08-01"),
     ("6", 1, "TIME", "2016-08-01T06:00"),
     ("the new year", 1, "DATE", "2018")]))

# h13-055 holiday opening hours
ITEMS.append(("2017-12-18",
    "Holiday opening hours: the library closes at 1 p.m. on Christmas Eve and stays shut on Christmas "
    "Day and Boxing Day. From Wednesday, December 27, to Friday, December 29, it opens from 10 a.m. to "
    "4 p.m. Normal hours resume on Tuesday, January 2. Books can be left in the returns box at any "
    "time.",
    [("1 p.m.", 1, "TIME", "2017-12-24T13:00"),
     ("Christmas Eve", 1, "DATE", "2017-12-24"),
     ("Christmas Day", 1, "DATE", "2017-12-25"),
     ("Boxing Day", 1, "DATE", "2017-12-26"),
     ("Wednesday, December 27", 1, "DATE", "2017-12-27"),
     ("Friday, December 29", 1, "DATE", "2017-12-29"),
     ("10 a.m.", 1, "TIME", "2017-12-XXT10:00"),
     ("4 p.m.", 1, "TIME", "2017-12-XXT16:00"),
     ("Tuesday, January 2", 1, "DATE", "2018-01-02")]))

# h13-056 anniversary feature
ITEMS.append(("2018-04-04",
    "Half a century after Martin Luther King Jr. was shot in Memphis, thousands marched through the "
    "city on Wednesday. King was hit at 6:01 p.m. on Thursday, April 4, 1968, and died about an hour "
    "later. The night before, he had told a packed church that he had been to the mountaintop. Riots "
    "broke out in more than 100 cities within a week.",
    [("Half a century", 1, "DURATION", "P50Y"),
     ("Wednesday", 1, "DATE", "2018-04-04"),
     ("6:01 p.m.", 1, "TIME", "1968-04-04T18:01"),
     ("Thursday, April 4, 1968", 1, "DATE", "1968-04-04"),
     ("about an hour", 1, "DURATION", "PT1H"),
     ("The night before", 1, "TIME", "1968-04-03TNI"),
     ("a week", 1, "DURATION", "P1W")]))

# h13-057 wire lead with dateline
ITEMS.append(("2018-07-10",
    "MAE SAI, Thailand, July 10 (Reuters) - Rescue divers brought the last four boys and their coach "
    "out of a flooded cave on Tuesday, ending an 18-day ordeal. The team went missing on June 23 after "
    "football practice. Divers needed about nine hours on Sunday and again on Monday to bring out the "
    "first eight boys. Doctors said all 13 would stay in hospital for at least a week.",
    [("July 10", 1, "DATE", "2018-07-10"),
     ("Tuesday", 1, "DATE", "2018-07-10"),
     ("18-day", 1, "DURATION", "P18D"),
     ("June 23", 1, "DATE", "2018-06-23"),
     ("about nine hours", 1, "DURATION", "PT9H"),
     ("Sunday", 1, "DATE", "2018-07-08"),
     ("Monday", 1, "DATE", "2018-07-09"),
     ("at least a week", 1, "DURATION", "P1W")]))

# h13-058 court
ITEMS.append(("2018-11-29",
    "A London judge on Thursday jailed a former currency trader for two years and eight months for "
    "rigging exchange rates in 2010-2012. The jury took a day and a half to reach its verdict last "
    "week. The judge said the trader had swapped tips with rivals in online chatrooms almost daily and "
    "ordered him to repay \u00a31.2 million within 28 days. He is likely to serve between 12 and 16 "
    "months before release.",
    [("Thursday", 1, "DATE", "2018-11-29"),
     ("two years and eight months", 1, "DURATION", "P2Y8M"),
     ("2010", 1, "DATE", "2010"),
     ("2012", 1, "DATE", "2012"),
     ("a day and a half", 1, "DURATION", "P1DT12H"),
     ("last week", 1, "DATE", "2018-W47"),
     ("almost daily", 1, "SET", "P1D"),
     ("28 days", 1, "DURATION", "P28D"),
     ("12", 1, "DURATION", "P12M"),
     ("16 months", 1, "DURATION", "P16M")]))

# h13-059 business results (Indian fiscal year)
ITEMS.append(("2019-04-12",
    "Infosys reported a 10.5 percent rise in net profit for the January-March quarter on Friday and "
    "forecast revenue growth of 7.5 to 9.5 percent for FY20. For the full fiscal year ended March 31, "
    "revenue rose 17.2 percent. The company will pay its dividend on June 21 and plans to hire 18,000 "
    "graduates over the next 12 months. Its shares have gained 20 percent in the past six months.",
    [("January", 1, "DATE", "2019-01"),
     ("March", 1, "DATE", "2019-03"),
     ("Friday", 1, "DATE", "2019-04-12"),
     ("FY20", 1, "DATE", "FY2020"),
     ("the full fiscal year", 1, "DATE", "FY2019"),
     ("March 31", 1, "DATE", "2019-03-31"),
     ("June 21", 1, "DATE", "2019-06-21"),
     ("the next 12 months", 1, "DURATION", "P12M"),
     ("the past six months", 1, "DURATION", "P6M")]))

# h13-060 politics
ITEMS.append(("2019-12-13",
    "Boris Johnson's Conservatives won a majority of 80 in Thursday's election, the party's biggest "
    "since 1987. Johnson promised to take Britain out of the European Union by January 31 and to agree "
    "a trade deal before the end of 2020. Counting finished shortly after 6 a.m., and the prime "
    "minister went to Buckingham Palace at 11:30. The Labour leader said he would step down early next "
    "year.",
    [("Thursday", 1, "DATE", "2019-12-12"),
     ("1987", 1, "DATE", "1987"),
     ("January 31", 1, "DATE", "2020-01-31"),
     ("the end of 2020", 1, "DATE", "2020"),
     ("6 a.m.", 1, "TIME", "2019-12-13T06:00"),
     ("11:30", 1, "TIME", "2019-12-13T11:30"),
     ("early next year", 1, "DATE", "2020")]))

# h13-061 health
ITEMS.append(("2020-03-12",
    "The World Health Organization declared the coronavirus outbreak a pandemic on Wednesday, two "
    "months after China reported the first death on January 11. Italy extended its lockdown until "
    "April 3. Experts say a vaccine is 12 to 18 months away, and schools in some regions may stay shut "
    "from March to June.",
    [("Wednesday", 1, "DATE", "2020-03-11"),
     ("two months", 1, "DURATION", "P2M"),
     ("January 11", 1, "DATE", "2020-01-11"),
     ("April 3", 1, "DATE", "2020-04-03"),
     ("12 to 18 months", 1, "DURATION", "PXM"),
     ("March", 1, "DATE", "2020-03"),
     ("June", 1, "DATE", "2020-06")]))

# h13-062 sport
ITEMS.append(("2021-08-08",
    "Eliud Kipchoge retained his Olympic marathon title in Sapporo on Sunday, crossing the line in "
    "2:08:38, 80 seconds clear of the field. The race started at 7 a.m. to avoid the heat. Kipchoge, "
    "36, said he would race again next spring. The Games, postponed by a year, close tonight.",
    [("Sunday", 1, "DATE", "2021-08-08"),
     ("2:08:38", 1, "DURATION", "PT2H8M38S"),
     ("80 seconds", 1, "DURATION", "PT80S"),
     ("7 a.m.", 1, "TIME", "2021-08-08T07:00"),
     ("next spring", 1, "DATE", "2022-SP"),
     ("a year", 1, "DURATION", "P1Y"),
     ("tonight", 1, "TIME", "2021-08-08TNI")]))

# h13-063 science
ITEMS.append(("2021-12-27",
    "The James Webb Space Telescope, launched on Christmas Day after years of delays, will take about "
    "a month to reach its orbit. Its mirror segments will be unfolded over the next two weeks, and "
    "scientists expect the first images in the summer. The telescope, Hubble's successor, is designed "
    "to work for at least ten years.",
    [("Christmas Day", 1, "DATE", "2021-12-25"),
     ("years", 1, "DURATION", "PXY"),
     ("about a month", 1, "DURATION", "P1M"),
     ("the next two weeks", 1, "DURATION", "P2W"),
     ("the summer", 1, "DATE", "2022-SU"),
     ("at least ten years", 1, "DURATION", "P10Y")]))

# h13-064 weather
ITEMS.append(("2022-07-19",
    "Britain recorded its highest temperature on Tuesday, 40.3C at Coningsby at 12:50 p.m. The previous "
    "record, 38.7C, was set in July 2019. Forecasters said the heat would ease from Wednesday but "
    "warned that such spells could come every three or four years by the 2050s.",
    [("Tuesday", 1, "DATE", "2022-07-19"),
     ("12:50 p.m.", 1, "TIME", "2022-07-19T12:50"),
     ("July 2019", 1, "DATE", "2019-07"),
     ("Wednesday", 1, "DATE", "2022-07-20"),
     ("every three or four years", 1, "SET", "PXY"),
     ("the 2050s", 1, "DATE", "205")]))

# h13-065 conflict
ITEMS.append(("2022-03-03",
    "KYIV, March 3 - Russian troops took control of Kherson on Wednesday night, a week after the "
    "invasion began on February 24. A convoy north of the capital has barely moved for three days. "
    "Ukrainian and Russian officials were due to meet on Thursday afternoon for a second round of "
    "talks. The U.N. says a million people have fled in the past week.",
    [("March 3", 1, "DATE", "2022-03-03"),
     ("Wednesday night", 1, "TIME", "2022-03-02TNI"),
     ("a week", 1, "DURATION", "P1W"),
     ("February 24", 1, "DATE", "2022-02-24"),
     ("three days", 1, "DURATION", "P3D"),
     ("Thursday afternoon", 1, "TIME", "2022-03-03TAF"),
     ("the past week", 1, "DURATION", "P1W")]))

# h13-066 opinion, generic time
ITEMS.append(("2023-01-02",
    "Resolutions rarely survive January. The gym is packed this week and half empty by Valentine's "
    "Day. Perhaps the answer is to promise less: a walk every other day, one book each month. Habits, "
    "researchers say, take about 66 days to form, not the 21 days of popular myth.",
    [("January", 1, "DATE", "XXXX-01"),
     ("this week", 1, "DATE", "2023-W01"),
     ("Valentine's Day", 1, "DATE", "2023-02-14"),
     ("every other day", 1, "SET", "P2D"),
     ("each month", 1, "SET", "P1M"),
     ("about 66 days", 1, "DURATION", "P66D"),
     ("the 21 days", 1, "DURATION", "P21D")]))

# h13-067 memoir (story time, then brought up to the DCT's year)
ITEMS.append(("2023-09-15",
    "Marta Kovac was eleven when the tanks came to her street in Prague. In her memoir she recalls "
    "waking at about 4 a.m. on Wednesday, August 21, 1968, to the sound of engines. Her father left for "
    "the radio station that morning and did not come home for two days. The next Sunday the family "
    "listened to the news in silence. Fifty-five years later, she will read from the book in the same "
    "street next Thursday.",
    [("about 4 a.m.", 1, "TIME", "1968-08-21T04:00"),
     ("Wednesday, August 21, 1968", 1, "DATE", "1968-08-21"),
     ("that morning", 1, "TIME", "1968-08-21TMO"),
     ("two days", 1, "DURATION", "P2D"),
     ("The next Sunday", 1, "DATE", "1968-08-25"),
     ("Fifty-five years", 1, "DURATION", "P55Y"),
     ("next Thursday", 1, "DATE", "2023-09-21")]))

# h13-068 interview transcript
ITEMS.append(("2023-11-20",
    "Q: When did you start the company? A: Two years ago, in my garage. Q: When does the Aero 5 go on "
    "sale? A: In Q3, probably September. We announced it last Tuesday and had 4,000 orders by the "
    "weekend. Q: Is it profitable? A: Not yet. We burn cash every month, but we expect to break even "
    "in 2025.",
    [("Two years ago", 1, "DATE", "2021"),
     ("Q3", 1, "DATE", "2024-Q3"),
     ("September", 1, "DATE", "2024-09"),
     ("last Tuesday", 1, "DATE", "2023-11-14"),
     ("the weekend", 1, "DATE", "2023-W46-WE"),
     ("every month", 1, "SET", "P1M"),
     ("2025", 1, "DATE", "2025")]))

# h13-069 conference schedule
ITEMS.append(("2024-02-12",
    "Conference schedule: registration opens at 8:30 a.m. on Tuesday, June 4. Keynotes run from 9 to "
    "10:30 each day, followed by a 20-minute coffee break. The conference closes at noon on Friday, "
    "June 7. The event is held yearly, and next year's edition will be in Lisbon.",
    [("8:30 a.m.", 1, "TIME", "2024-06-04T08:30"),
     ("Tuesday, June 4", 1, "DATE", "2024-06-04"),
     ("9", 1, "TIME", "2024-06-XXT09:00"),
     ("10:30", 1, "TIME", "2024-06-XXT10:30"),
     ("each day", 1, "SET", "P1D"),
     ("20-minute", 1, "DURATION", "PT20M"),
     ("noon", 1, "TIME", "2024-06-07T12:00"),
     ("Friday, June 7", 1, "DATE", "2024-06-07"),
     ("yearly", 1, "SET", "P1Y"),
     ("next year", 1, "DATE", "2025")]))

# h13-070 anniversary feature
ITEMS.append(("2025-04-30",
    "Fifty years ago, on April 30, 1975, North Vietnamese tanks rolled through the gates of the "
    "presidential palace in Saigon. The last American helicopter had left the embassy roof at 7:53 "
    "a.m., at the end of an 18-hour evacuation. The war had lasted two decades. Today the city, renamed "
    "Ho Chi Minh City in 1976, marks the anniversary with a parade.",
    [("Fifty years ago", 1, "DATE", "1975"),
     ("April 30, 1975", 1, "DATE", "1975-04-30"),
     ("7:53 a.m.", 1, "TIME", "1975-04-30T07:53"),
     ("18-hour", 1, "DURATION", "PT18H"),
     ("two decades", 1, "DURATION", "P20Y"),
     ("Today", 1, "DATE", "2025-04-30"),
     ("1976", 1, "DATE", "1976")]))

# h13-071 wire lead with dateline
ITEMS.append(("2020-11-07",
    "WILMINGTON, Delaware, Nov 7 (Reuters) - Democrat Joe Biden won the U.S. presidency on Saturday, "
    "four days after Election Day, as the count in Pennsylvania put him over the top. Biden, who will "
    "be sworn in on January 20, is to address the nation at 8 p.m. EST. President Donald Trump, who was "
    "at his golf club on Saturday morning, has not conceded.",
    [("Nov 7", 1, "DATE", "2020-11-07"),
     ("Saturday", 1, "DATE", "2020-11-07"),
     ("four days", 1, "DURATION", "P4D"),
     ("Election Day", 1, "DATE", "2020-11-03"),
     ("January 20", 1, "DATE", "2021-01-20"),
     ("8 p.m. EST", 1, "TIME", "2020-11-07T20:00"),
     ("Saturday morning", 1, "TIME", "2020-11-07TMO")]))

# h13-072 court
ITEMS.append(("2021-04-20",
    "A Minneapolis jury on Tuesday found a former police officer guilty of murder after deliberating "
    "for about ten hours over two days. The court heard that he knelt on George Floyd's neck for 9 "
    "minutes and 29 seconds on May 25, 2020. Sentencing is expected in June; the officer faces up to 40 "
    "years in prison.",
    [("Tuesday", 1, "DATE", "2021-04-20"),
     ("about ten hours", 1, "DURATION", "PT10H"),
     ("two days", 1, "DURATION", "P2D"),
     ("9 minutes and 29 seconds", 1, "DURATION", "PT9M29S"),
     ("May 25, 2020", 1, "DATE", "2020-05-25"),
     ("June", 1, "DATE", "2021-06"),
     ("up to 40 years", 1, "DURATION", "P40Y")]))

# h13-073 business results
ITEMS.append(("2022-10-26",
    "Microsoft said on Tuesday that revenue for the three months to September 30 rose 11 percent, its "
    "slowest growth in five years. The company expects sales to weaken further in the October-December "
    "period and has frozen most hiring until the summer. Sales of the Surface Pro 9 and the Xbox Series "
    "X fell sharply from a year ago.",
    [("Tuesday", 1, "DATE", "2022-10-25"),
     ("the three months", 1, "DURATION", "P3M"),
     ("September 30", 1, "DATE", "2022-09-30"),
     ("five years", 1, "DURATION", "P5Y"),
     ("October", 1, "DATE", "2022-10"),
     ("December", 1, "DATE", "2022-12"),
     ("the summer", 1, "DATE", "2023-SU"),
     ("a year ago", 1, "DATE", "2021")]))

# h13-074 politics
ITEMS.append(("2024-07-05",
    "Keir Starmer became Britain's prime minister on Friday after Labour won a landslide in Thursday's "
    "election, ending 14 years of Conservative government. He entered Downing Street shortly after "
    "1:30 p.m. Parliament returns on July 9, and the new government's first budget is expected in the "
    "autumn. Turnout, at 60 percent, was the lowest since 2001.",
    [("Friday", 1, "DATE", "2024-07-05"),
     ("Thursday", 1, "DATE", "2024-07-04"),
     ("14 years", 1, "DURATION", "P14Y"),
     ("1:30 p.m.", 1, "TIME", "2024-07-05T13:30"),
     ("July 9", 1, "DATE", "2024-07-09"),
     ("the autumn", 1, "DATE", "2024-FA"),
     ("2001", 1, "DATE", "2001")]))

# h13-075 health
ITEMS.append(("2025-02-18",
    "Measles cases in West Texas have climbed to 58 since late January, state officials said on "
    "Tuesday. Most of those infected are unvaccinated children. Officials urged parents to vaccinate "
    "babies from 12 months of age and said the outbreak could last until the summer. The state last saw "
    "an outbreak this size in 1992-93.",
    [("late January", 1, "DATE", "2025-01"),
     ("Tuesday", 1, "DATE", "2025-02-18"),
     ("the summer", 1, "DATE", "2025-SU"),
     ("1992", 1, "DATE", "1992"),
     ("93", 1, "DATE", "1993")]))

# h13-076 sport
ITEMS.append(("2024-09-09",
    "Jannik Sinner beat Taylor Fritz 6-3, 6-4, 7-5 on Sunday to win the US Open, his second Grand Slam "
    "title this year. The final lasted two hours and 16 minutes. Sinner, 23, has spent the past 13 "
    "weeks at No. 1. He returns to action in Beijing later this month, and the ATP Finals start on "
    "November 10.",
    [("Sunday", 1, "DATE", "2024-09-08"),
     ("this year", 1, "DATE", "2024"),
     ("two hours and 16 minutes", 1, "DURATION", "PT2H16M"),
     ("the past 13 weeks", 1, "DURATION", "P13W"),
     ("later this month", 1, "DATE", "2024-09"),
     ("November 10", 1, "DATE", "2024-11-10")]))

# h13-077 science
ITEMS.append(("2025-06-23",
    "The Vera C. Rubin Observatory in Chile, built over the past decade, released its first images on "
    "Monday. Over the next ten years it will photograph the whole southern sky every three nights. Its "
    "camera, the size of a small car, takes a 15-second exposure every 20 seconds or so. Full survey "
    "operations begin later this year.",
    [("the past decade", 1, "DURATION", "P10Y"),
     ("Monday", 1, "DATE", "2025-06-23"),
     ("the next ten years", 1, "DURATION", "P10Y"),
     ("every three nights", 1, "SET", "P3D"),
     ("15-second", 1, "DURATION", "PT15S"),
     ("every 20 seconds", 1, "SET", "PT20S"),
     ("later this year", 1, "DATE", "2025")]))

# h13-078 weather
ITEMS.append(("2024-10-10",
    "Hurricane Milton made landfall near Siesta Key at about 8:30 p.m. on Wednesday as a Category 3 "
    "storm, two weeks after Helene struck the same coast. More than three million homes had lost power "
    "by Thursday morning. Forecasters said another system could form within the next 10 days, with the "
    "hurricane season running to November 30.",
    [("about 8:30 p.m.", 1, "TIME", "2024-10-09T20:30"),
     ("Wednesday", 1, "DATE", "2024-10-09"),
     ("two weeks", 1, "DURATION", "P2W"),
     ("Thursday morning", 1, "TIME", "2024-10-10TMO"),
     ("the next 10 days", 1, "DURATION", "P10D"),
     ("November 30", 1, "DATE", "2024-11-30")]))

# h13-079 conflict
ITEMS.append(("2025-01-19",
    "A ceasefire between Israel and Hamas took effect at 11:15 a.m. on Sunday, nearly three hours late, "
    "after 15 months of war. Under the first phase, which lasts six weeks, hostages are to be freed "
    "every week. Talks on a second phase are due to begin on the 16th day.",
    [("11:15 a.m.", 1, "TIME", "2025-01-19T11:15"),
     ("Sunday", 1, "DATE", "2025-01-19"),
     ("nearly three hours", 1, "DURATION", "PT3H"),
     ("15 months", 1, "DURATION", "P15M"),
     ("six weeks", 1, "DURATION", "P6W"),
     ("every week", 1, "SET", "P1W"),
     ("the 16th day", 1, "DATE", "2025-02-03")]))

# h13-080 memoir (story time, then brought up to the DCT's year)
ITEMS.append(("2025-09-22",
    "Retired pilot Ruth Adeyemi's memoir opens on Tuesday, October 3, 1995, when her engine failed at "
    "11:40 a.m. over Lake Victoria. She glided for nine minutes before landing on a sandbank and waited "
    "there until the following afternoon. Thirty years later, she says, she still flies every Sunday, "
    "and she will sign copies in Lagos on Saturday.",
    [("Tuesday, October 3, 1995", 1, "DATE", "1995-10-03"),
     ("11:40 a.m.", 1, "TIME", "1995-10-03T11:40"),
     ("nine minutes", 1, "DURATION", "PT9M"),
     ("the following afternoon", 1, "TIME", "1995-10-04TAF"),
     ("Thirty years", 1, "DURATION", "P30Y"),
     ("every Sunday", 1, "SET", "XXXX-WXX-7"),
     ("Saturday", 1, "DATE", "2025-09-27")]))
