"""Decision lists for eval/dev-dates8 (a DEVELOPMENT set, dates layer only).

Each item: (dct, text, [(surface, occurrence, label, value), ...]).
Occurrence counts case-sensitive whole-word matches of the surface in the text (1-based).
Written and labelled by hand; see README.md.
"""

ITEMS = [
# --- space and astronomy ---
("2024-04-08",
 "DALLAS, April 8 (Reuters) - The total solar eclipse reached Texas at 1:40 p.m. CDT Monday, and totality "
 "lasted about four minutes and 20 seconds. The next total eclipse visible from the contiguous United States "
 "will come on Aug. 23, 2044. The last one crossed the country in August 2017, almost seven years ago.",
 [("April 8", 1, "DATE", "2024-04-08"),
  ("1:40 p.m. CDT Monday", 1, "TIME", "2024-04-08T13:40"),
  ("about four minutes and 20 seconds", 1, "DURATION", "PT4M20S"),
  ("Aug. 23, 2044", 1, "DATE", "2044-08-23"),
  ("August 2017", 1, "DATE", "2017-08"),
  ("almost seven years ago", 1, "DATE", "2017")]),
("2019-07-02",
 "CAPE CANAVERAL, Fla. - The launch window for the Falcon 9 opens at 23:30 UTC Wednesday and stays open for "
 "two hours. At T-minus 10 minutes, controllers will poll each team. If weather forces a scrub, a backup "
 "window opens 24 hours later. The satellite will spend the first 90 days in a checkout orbit before "
 "operations begin in October.",
 [("23:30 UTC Wednesday", 1, "TIME", "2019-07-03T23:30"),
  ("two hours", 1, "DURATION", "PT2H"),
  ("10 minutes", 1, "DURATION", "PT10M"),
  ("24 hours", 1, "DURATION", "PT24H"),
  ("the first 90 days", 1, "DURATION", "P90D"),
  ("October", 1, "DATE", "2019-10")]),
("1990-07-16",
 "GREENBELT, Md., July 16 - Engineers said on Monday that the Hubble Space Telescope, launched on April 24, "
 "has a flawed mirror that will not be repaired before 1993. A shuttle servicing mission is planned for late "
 "1993 and could last 10 days. Until then, scientists will sharpen the images by computer each night.",
 [("July 16", 1, "DATE", "1990-07-16"),
  ("Monday", 1, "DATE", "1990-07-16"),
  ("April 24", 1, "DATE", "1990-04-24"),
  ("1993", 1, "DATE", "1993"),
  ("late 1993", 1, "DATE", "1993"),
  ("10 days", 1, "DURATION", "P10D"),
  ("then", 1, "DATE", "1993"),
  ("each night", 1, "SET", "XXXX-XX-XXTNI")]),
("2021-08-19",
 "Perseverance passed six months on Mars this week. The rover landed on Feb. 18 and collected its first rock "
 "core on Aug. 6, a task that took about 11 days from start to finish. Mission managers say the next sample "
 "attempt will come in early September, and the rover will stop driving for roughly two weeks in October, "
 "when Mars passes behind the sun. The mission is designed to last about 687 days.",
 [("six months", 1, "DURATION", "P6M"),
  ("this week", 1, "DATE", "2021-W33"),
  ("Feb. 18", 1, "DATE", "2021-02-18"),
  ("Aug. 6", 1, "DATE", "2021-08-06"),
  ("about 11 days", 1, "DURATION", "P11D"),
  ("early September", 1, "DATE", "2021-09"),
  ("roughly two weeks", 1, "DURATION", "P2W"),
  ("October", 1, "DATE", "2021-10"),
  ("about 687 days", 1, "DURATION", "P687D")]),
("2017-01-24",
 "MOSCOW, Jan 24 - Russia's space agency said on Tuesday that a Soyuz MS-04 launch planned for March 2017 had "
 "been pushed back to April 20. The two-man crew will stay aboard the station for about 173 days, returning "
 "in mid-October. A Progress cargo ship will follow two days later, at 09:13 Moscow time on April 22, and "
 "dock six hours after lift-off.",
 [("Jan 24", 1, "DATE", "2017-01-24"),
  ("Tuesday", 1, "DATE", "2017-01-24"),
  ("March 2017", 1, "DATE", "2017-03"),
  ("April 20", 1, "DATE", "2017-04-20"),
  ("about 173 days", 1, "DURATION", "P173D"),
  ("mid-October", 1, "DATE", "2017-10"),
  ("two days", 1, "DURATION", "P2D"),
  ("09:13 Moscow time", 1, "TIME", "2017-04-22T09:13"),
  ("April 22", 1, "DATE", "2017-04-22"),
  ("six hours", 1, "DURATION", "PT6H")]),
("1999-08-12",
 "LONDON - Millions watched yesterday's total eclipse, the first visible from mainland Britain since 1927. "
 "In Cornwall, totality began at 11:11 a.m. and lasted just over two minutes. Cloud had covered the sky in "
 "the morning. The next total eclipse over Britain will not come until 2090, so for most people the 1999 "
 "event was the only one of their lives.",
 [("yesterday", 1, "DATE", "1999-08-11"),
  ("1927", 1, "DATE", "1927"),
  ("11:11 a.m.", 1, "TIME", "1999-08-11T11:11"),
  ("just over two minutes", 1, "DURATION", "PT2M"),
  ("the morning", 1, "TIME", "1999-08-11TMO"),
  ("2090", 1, "DATE", "2090"),
  ("1999", 1, "DATE", "1999")]),
("2025-06-11",
 "HOUSTON (AP) - The four astronauts of the private Ax-5 mission docked with the space station at 10:31 a.m. "
 "EDT Tuesday, about 28 hours after lifting off from Florida. They will spend 14 days on the outpost and "
 "splash down off California around June 25. Their sleep shift runs from 9:30 p.m. to 6 a.m. each day.",
 [("10:31 a.m. EDT Tuesday", 1, "TIME", "2025-06-10T10:31"),
  ("about 28 hours", 1, "DURATION", "PT28H"),
  ("14 days", 1, "DURATION", "P14D"),
  ("around June 25", 1, "DATE", "2025-06-25"),
  ("9:30 p.m.", 1, "TIME", "XXXX-XX-XXT21:30"),
  ("6 a.m.", 1, "TIME", "XXXX-XX-XXT06:00"),
  ("each day", 1, "SET", "P1D")]),
("2012-05-21",
 "TOKYO - Millions in Japan watched Monday morning's annular eclipse, the first seen from Tokyo in 173 years. "
 "The ring of fire lasted about five minutes, beginning at 7:32 a.m. local time. Next up is the transit of "
 "Venus on June 6, which will not recur until December 2117. Observatories will post new images every 30 "
 "minutes.",
 [("Monday morning", 1, "TIME", "2012-05-21TMO"),
  ("173 years", 1, "DURATION", "P173Y"),
  ("about five minutes", 1, "DURATION", "PT5M"),
  ("7:32 a.m. local time", 1, "TIME", "2012-05-21T07:32"),
  ("June 6", 1, "DATE", "2012-06-06"),
  ("December 2117", 1, "DATE", "2117-12"),
  ("every 30 minutes", 1, "SET", "PT30M")]),
# --- clinical trials and case reports ---
("2016-06-15",
 "Patients in the trial took 50 mg twice daily for 12 weeks. At week 12, 64% had responded, against 31% on "
 "placebo, and the benefit held through a follow-up period of 52 weeks. Enrolment ran from March 2014 to "
 "September 2015 at 40 sites. The results were presented in Chicago on June 5.",
 [("twice daily", 1, "SET", "P1D"),
  ("12 weeks", 1, "DURATION", "P12W"),
  ("52 weeks", 1, "DURATION", "P52W"),
  ("March 2014", 1, "DATE", "2014-03"),
  ("September 2015", 1, "DATE", "2015-09"),
  ("June 5", 1, "DATE", "2016-06-05")]),
("2009-02-12",
 "A 34-year-old man presented with fever of five days' duration. He had returned from Kenya 10 days earlier. "
 "On day 3 of admission a rash appeared, and intravenous antibiotics were given every eight hours for a week. "
 "He was discharged on hospital day 14 and remained well at a six-month follow-up visit. A 3-month-old "
 "sibling was not affected.",
 [("five days", 1, "DURATION", "P5D"),
  ("10 days", 1, "DURATION", "P10D"),
  ("every eight hours", 1, "SET", "PT8H"),
  ("a week", 1, "DURATION", "P1W"),
  ("six-month", 1, "DURATION", "P6M")]),
("2020-04-14",
 "The trial began enrolling patients on March 20 and will follow each one for 28 days. Participants take the "
 "drug once a day for five days, then every other day until day 10. Preliminary results are expected by the "
 "end of May and a full analysis in the third quarter, the sponsor said Tuesday. \"We hope to know within "
 "weeks,\" one investigator said.",
 [("March 20", 1, "DATE", "2020-03-20"),
  ("28 days", 1, "DURATION", "P28D"),
  ("once a day", 1, "SET", "P1D"),
  ("five days", 1, "DURATION", "P5D"),
  ("every other day", 1, "SET", "P2D"),
  ("the end of May", 1, "DATE", "2020-05"),
  ("the third quarter", 1, "DATE", "2020-Q3"),
  ("Tuesday", 1, "DATE", "2020-04-14"),
  ("weeks", 1, "DURATION", "PXW")]),
("1997-04-11",
 "In the study, published on Thursday, 1,200 women were followed for an average of 6.5 years. Those who took "
 "the supplement every morning had 20 percent fewer fractures. Recruitment began in the autumn of 1988 and "
 "ended in 1990. A further follow-up of between three and five years is planned.",
 [("Thursday", 1, "DATE", "1997-04-10"),
  ("6.5 years", 1, "DURATION", "P6.5Y"),
  ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
  ("the autumn of 1988", 1, "DATE", "1988-FA"),
  ("1990", 1, "DATE", "1990"),
  ("three", 1, "DURATION", "P3Y"),
  ("five years", 1, "DURATION", "P5Y")]),
("2023-09-05",
 "Under the new guidance, adults should take one tablet every 12 hours and children under 6 a weekly dose. "
 "Treatment lasts 10 to 14 days. The regulator said on Monday that the change takes effect Oct. 1 and that "
 "pharmacies have until the end of the year to relabel stock.",
 [("every 12 hours", 1, "SET", "PT12H"),
  ("weekly", 1, "SET", "P1W"),
  ("10 to 14 days", 1, "DURATION", "PXD"),
  ("Monday", 1, "DATE", "2023-09-04"),
  ("Oct. 1", 1, "DATE", "2023-10-01"),
  ("the end of the year", 1, "DATE", "2023")]),
("2005-11-29",
 "Over a median follow-up of 3.2 years, the drug cut relapse rates by half. The company plans to file for "
 "approval in the first half of 2006 and hopes for a decision in 2007. Its shares rose 8 percent on Monday. "
 "The trial, begun in 2001, enrolled patients for 18 months.",
 [("3.2 years", 1, "DURATION", "P3.2Y"),
  ("the first half of 2006", 1, "DATE", "2006-H1"),
  ("2007", 1, "DATE", "2007"),
  ("Monday", 1, "DATE", "2005-11-28"),
  ("2001", 1, "DATE", "2001"),
  ("18 months", 1, "DURATION", "P18M")]),
("2013-08-30",
 "A 58-year-old woman developed chest pain at about 2 a.m. on Sunday, June 9. She waited six hours before "
 "calling an ambulance. She had started the medication three weeks before and took it twice a day. Her "
 "symptoms resolved within 48 hours, and she returned to work the following Monday.",
 [("about 2 a.m.", 1, "TIME", "2013-06-09T02:00"),
  ("Sunday, June 9", 1, "DATE", "2013-06-09"),
  ("six hours", 1, "DURATION", "PT6H"),
  ("three weeks", 1, "DURATION", "P3W"),
  ("twice a day", 1, "SET", "P1D"),
  ("48 hours", 1, "DURATION", "PT48H"),
  ("the following Monday", 1, "DATE", "2013-06-10")]),
("2002-09-26",
 "Health officials urged parents to have infants immunised at two, four and six months. The campaign runs "
 "from Oct. 7 to Nov. 15, and clinics will open every Saturday. Last year's campaign reached 80 percent of "
 "children; this year officials hope to reach 2 million in six weeks. Flu cases usually peak in February.",
 [("Oct. 7", 1, "DATE", "2002-10-07"),
  ("Nov. 15", 1, "DATE", "2002-11-15"),
  ("every Saturday", 1, "SET", "XXXX-WXX-6"),
  ("Last year", 1, "DATE", "2001"),
  ("this year", 1, "DATE", "2002"),
  ("six weeks", 1, "DURATION", "P6W"),
  ("February", 1, "DATE", "XXXX-02")]),
# --- weather ---
("2018-11-08",
 "Rain will spread from the west overnight, clearing by mid-morning tomorrow. Winds will strengthen tomorrow "
 "afternoon, with gusts up to 60 mph until 6 p.m. Friday. This weekend looks drier, though temperatures will "
 "fall below freezing on Saturday night. Next week stays unsettled.",
 [("overnight", 1, "TIME", "2018-11-08TNI"),
  ("mid-morning tomorrow", 1, "TIME", "2018-11-09TMO"),
  ("tomorrow afternoon", 1, "TIME", "2018-11-09TAF"),
  ("6 p.m. Friday", 1, "TIME", "2018-11-09T18:00"),
  ("This weekend", 1, "DATE", "2018-W45-WE"),
  ("Saturday night", 1, "TIME", "2018-11-10TNI"),
  ("Next week", 1, "DATE", "2018-W46")]),
("2004-07-08",
 "The National Weather Service issued a flash flood warning for Harris County until 9:45 p.m. Thursday. Up to "
 "4 inches of rain fell in two hours this afternoon. Forecasters expect storms to continue until early Friday "
 "and to return each afternoon through the weekend.",
 [("9:45 p.m. Thursday", 1, "TIME", "2004-07-08T21:45"),
  ("two hours", 1, "DURATION", "PT2H"),
  ("this afternoon", 1, "TIME", "2004-07-08TAF"),
  ("early Friday", 1, "DATE", "2004-07-09"),
  ("each afternoon", 1, "SET", "XXXX-XX-XXTAF"),
  ("the weekend", 1, "DATE", "2004-W28-WE")]),
("1994-02-14",
 "Forecasters said a second storm in a week would reach the Northeast late Tuesday, bringing 8 to 12 inches of "
 "snow by Wednesday morning. The cold snap, which has now lasted 10 days, is the longest since the winter of 1977. Schools "
 "will stay closed today and tomorrow.",
 [("a week", 1, "DURATION", "P1W"),
  ("late Tuesday", 1, "DATE", "1994-02-15"),
  ("Wednesday morning", 1, "TIME", "1994-02-16TMO"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("10 days", 1, "DURATION", "P10D"),
  ("the winter of 1977", 1, "DATE", "1977-WI"),
  ("today", 1, "DATE", "1994-02-14"),
  ("tomorrow", 1, "DATE", "1994-02-15")]),
("2010-09-14",
 "MIAMI, Sept 14 (Reuters) - Hurricane Igor strengthened to Category 4 early Tuesday and could threaten "
 "Bermuda by Sunday, forecasters said. The storm was moving west at 9 mph at 5 a.m. EDT (0900 GMT). The "
 "hurricane season runs from June 1 to Nov. 30 and usually peaks in mid-September.",
 [("Sept 14", 1, "DATE", "2010-09-14"),
  ("early Tuesday", 1, "DATE", "2010-09-14"),
  ("Sunday", 1, "DATE", "2010-09-19"),
  ("5 a.m. EDT", 1, "TIME", "2010-09-14T05:00"),
  ("0900 GMT", 1, "TIME", "2010-09-14T09:00"),
  ("June 1", 1, "DATE", "XXXX-06-01"),
  ("Nov. 30", 1, "DATE", "XXXX-11-30"),
  ("mid-September", 1, "DATE", "XXXX-09")]),
("2022-02-10",
 "Temperatures will rise through Saturday before a band of rain arrives in the evening. The Met Office said "
 "the coming days would be very changeable, with a risk of snow over high ground by the middle of next week. "
 "February has so far been 2C warmer than average.",
 [("Saturday", 1, "DATE", "2022-02-12"),
  ("the evening", 1, "TIME", "2022-02-12TEV"),
  ("the coming days", 1, "DURATION", "PXD"),
  ("the middle of next week", 1, "DATE", "2022-W07"),
  ("February", 1, "DATE", "2022-02")]),
("2001-05-17",
 "NEW DELHI - The heatwave, which began in the last week of April, has killed 120 people. The weather office "
 "expects monsoon rains to reach Kerala around June 1, a week later than normal. Officials advised residents "
 "to stay indoors between noon and 4 p.m. daily.",
 [("the last week of April", 1, "DATE", "2001-W17"),
  ("around June 1", 1, "DATE", "2001-06-01"),
  ("a week", 1, "DURATION", "P1W"),
  ("noon", 1, "TIME", "XXXX-XX-XXT12:00"),
  ("4 p.m.", 1, "TIME", "XXXX-XX-XXT16:00"),
  ("daily", 1, "SET", "P1D")]),
("2015-10-21",
 "HONG KONG - The Observatory said the No. 3 signal would stay in force until at least 4pm today and might be "
 "replaced by the No. 8 signal tonight. Typhoon Koppu made landfall in the Philippines on Sunday and has "
 "stalled there for three days. Rain is expected to ease by the weekend.",
 [("4pm today", 1, "TIME", "2015-10-21T16:00"),
  ("tonight", 1, "TIME", "2015-10-21TNI"),
  ("Sunday", 1, "DATE", "2015-10-18"),
  ("three days", 1, "DURATION", "P3D"),
  ("the weekend", 1, "DATE", "2015-W43-WE")]),
("1992-11-20",
 "Snow usually comes early to the Rockies, but this November has been the snowiest since 1983. Ski "
 "resorts opened a fortnight ahead of schedule, on Nov. 6. The outlook for the next 10 days is for more snow "
 "every two or three days.",
 [("this November", 1, "DATE", "1992-11"),
  ("1983", 1, "DATE", "1983"),
  ("a fortnight", 1, "DURATION", "P2W"),
  ("Nov. 6", 1, "DATE", "1992-11-06"),
  ("the next 10 days", 1, "DURATION", "P10D"),
  ("every two or three days", 1, "SET", "PXD")]),
# --- video-game and tech product launches ---
("2025-03-04",
 "The studio said on Tuesday that its open-world role-playing game will enter early access in Q3 2025, with a "
 "full release planned for holiday 2025. Pre-orders open March 18. The game was first shown in June 2023, and "
 "the team has been working on it for more than five years. A closed beta will run every weekend in May.",
 [("Tuesday", 1, "DATE", "2025-03-04"),
  ("Q3 2025", 1, "DATE", "2025-Q3"),
  ("holiday 2025", 1, "DATE", "2025-Q4"),
  ("March 18", 1, "DATE", "2025-03-18"),
  ("June 2023", 1, "DATE", "2023-06"),
  ("more than five years", 1, "DURATION", "P5Y"),
  ("every weekend", 1, "SET", "XXXX-WXX-WE"),
  ("May", 1, "DATE", "2025-05")]),
("2007-10-16",
 "SEATTLE - The console maker said Tuesday that its new handheld, the X-300, will go on sale in North America "
 "on Nov. 18 and in Europe in the first quarter of next year. The company sold 2.1 million units in the three "
 "months to Sept. 30. Its previous model, the X-200, launched in 2004.",
 [("Tuesday", 1, "DATE", "2007-10-16"),
  ("Nov. 18", 1, "DATE", "2007-11-18"),
  ("the first quarter of next year", 1, "DATE", "2008-Q1"),
  ("the three months", 1, "DURATION", "P3M"),
  ("Sept. 30", 1, "DATE", "2007-09-30"),
  ("2004", 1, "DATE", "2004")]),
("2014-03-27",
 "The headset, which will ship to developers in July, costs $350. The company, whose sale was announced on "
 "Tuesday, raised $91 million last year and has grown from 10 to 75 employees in 18 months. Its engineers "
 "release software updates every other week.",
 [("July", 1, "DATE", "2014-07"),
  ("Tuesday", 1, "DATE", "2014-03-25"),
  ("last year", 1, "DATE", "2013"),
  ("18 months", 1, "DURATION", "P18M"),
  ("every other week", 1, "SET", "P2W")]),
("2020-11-10",
 "The PS5 goes on sale Thursday in the United States and Japan and a week later, on Nov. 19, in Europe. "
 "Launch stock sold out within minutes of pre-orders opening in September. Sony expects supply to stay "
 "tight until early 2021. Its last console, the PS4, came out in November 2013, seven years ago.",
 [("Thursday", 1, "DATE", "2020-11-12"),
  ("a week", 1, "DURATION", "P1W"),
  ("Nov. 19", 1, "DATE", "2020-11-19"),
  ("minutes", 1, "DURATION", "PTXM"),
  ("September", 1, "DATE", "2020-09"),
  ("early 2021", 1, "DATE", "2021"),
  ("November 2013", 1, "DATE", "2013-11"),
  ("seven years ago", 1, "DATE", "2013")]),
("1995-10-03",
 "REDMOND, Wash. - Microsoft said it had sold 7 million copies of Windows 95 since its Aug. 24 launch, just "
 "under six weeks ago. Some retailers had opened at midnight for the launch. The company's fiscal year ends "
 "June 30, and analysts expect fiscal 1996 revenue of $8 billion. An update is due in the spring.",
 [("Aug. 24", 1, "DATE", "1995-08-24"),
  ("just under six weeks ago", 1, "DATE", "1995-08-24"),
  ("midnight", 1, "TIME", "1995-08-24T00:00"),
  ("June 30", 1, "DATE", "XXXX-06-30"),
  ("fiscal 1996", 1, "DATE", "1996"),
  ("the spring", 1, "DATE", "1996-SP")]),
("2022-08-30",
 "The developer said Tuesday that its sequel, once due in Q4, has slipped to the first half of 2023. The "
 "original game will stay in early access for another six to nine months. Players who bought it before "
 "Sept. 1 get two weeks of free downloadable content.",
 [("Tuesday", 1, "DATE", "2022-08-30"),
  ("Q4", 1, "DATE", "2022-Q4"),
  ("the first half of 2023", 1, "DATE", "2023-H1"),
  ("another six to nine months", 1, "DURATION", "PXM"),
  ("Sept. 1", 1, "DATE", "2022-09-01"),
  ("two weeks", 1, "DURATION", "P2W")]),
("2011-12-06",
 "The company will unveil its next phone at a press event in San Francisco on Jan. 9. Last year's model sold "
 "4 million units in the first 90 days. Analysts expect a release in the second quarter of 2012 and a "
 "refresh every 12 months after that. Its shares rose 3% on Monday.",
 [("Jan. 9", 1, "DATE", "2012-01-09"),
  ("Last year", 1, "DATE", "2010"),
  ("the first 90 days", 1, "DURATION", "P90D"),
  ("the second quarter of 2012", 1, "DATE", "2012-Q2"),
  ("every 12 months", 1, "SET", "P12M"),
  ("Monday", 1, "DATE", "2011-12-05")]),
# --- music and film ---
("1996-08-22",
 "The band, formed in the '80s in Manchester, will play 14 dates across Europe in October and November, "
 "ending at Wembley on Nov. 29. It is their first tour since 1991. Tickets go on sale at 9 a.m. Saturday.",
 [("the '80s", 1, "DATE", "198"),
  ("October", 1, "DATE", "1996-10"),
  ("November", 1, "DATE", "1996-11"),
  ("Nov. 29", 1, "DATE", "1996-11-29"),
  ("1991", 1, "DATE", "1991"),
  ("9 a.m. Saturday", 1, "TIME", "1996-08-24T09:00")]),
("2003-03-19",
 "Twenty-five years after its release, the 1978 horror film returns to cinemas this Halloween in a restored "
 "print. The director, who shot it in just 20 days in the spring of 1978, says he still watches it every "
 "year. A sequel followed in 1981.",
 [("Twenty-five years", 1, "DURATION", "P25Y"),
  ("1978", 1, "DATE", "1978"),
  ("this Halloween", 1, "DATE", "2003-10-31"),
  ("just 20 days", 1, "DURATION", "P20D"),
  ("the spring of 1978", 1, "DATE", "1978-SP"),
  ("every year", 1, "SET", "P1Y"),
  ("1981", 1, "DATE", "1981")]),
("2019-02-25",
 "LOS ANGELES - The road movie won best picture at Sunday night's Academy Awards, a ceremony that ran 3 hours "
 "and 23 minutes, the shortest since 2012. The 91st Oscars drew 29.6 million viewers. Next year's ceremony "
 "has been moved up to Feb. 9, 2020.",
 [("Sunday night", 1, "TIME", "2019-02-24TNI"),
  ("3 hours and 23 minutes", 1, "DURATION", "PT3H23M"),
  ("2012", 1, "DATE", "2012"),
  ("Next year", 1, "DATE", "2020"),
  ("Feb. 9, 2020", 1, "DATE", "2020-02-09")]),
("2008-06-03",
 "Rudy Vance, the rhythm-and-blues guitarist who died Monday at his home in Florida, was 79. He cut his first "
 "single in March 1955 and toured for five decades, going out on the road every summer well into the 1990s. "
 "He suffered a stroke last May and had not performed since.",
 [("Monday", 1, "DATE", "2008-06-02"),
  ("March 1955", 1, "DATE", "1955-03"),
  ("five decades", 1, "DURATION", "P50Y"),
  ("every summer", 1, "SET", "XXXX-SU"),
  ("the 1990s", 1, "DATE", "199"),
  ("last May", 1, "DATE", "2007-05")]),
("2015-07-13",
 "The animated film took $115 million over the weekend, the second-biggest opening for a cartoon. It opened "
 "on Friday in 4,300 theaters after a June release abroad. The film runs 91 minutes. The studio will release "
 "a sequel in summer 2017.",
 [("the weekend", 1, "DATE", "2015-W28-WE"),
  ("Friday", 1, "DATE", "2015-07-10"),
  ("June", 1, "DATE", "2015-06"),
  ("91 minutes", 1, "DURATION", "PT91M"),
  ("summer 2017", 1, "DATE", "2017-SU")]),
("1993-06-09",
 "Tickets for the band's shows at the Hollywood Bowl, July 16-18, sold out in 45 minutes on Saturday morning. "
 "Their last album, released in the fall of 1991, has sold 4 million copies. The group plans to record again "
 "next year.",
 [("July 16", 1, "DATE", "1993-07-16"),
  ("18", 1, "DATE", "1993-07-18"),
  ("45 minutes", 1, "DURATION", "PT45M"),
  ("Saturday morning", 1, "TIME", "1993-06-05TMO"),
  ("the fall of 1991", 1, "DATE", "1991-FA"),
  ("next year", 1, "DATE", "1994")]),
("2021-03-12",
 "Forty years after its release in March 1981, the album is being reissued on vinyl on April 23. The singer "
 "recalled recording it over six weeks in a barn in late 1980, often working from 8 p.m. until 4 a.m.",
 [("Forty years", 1, "DURATION", "P40Y"),
  ("March 1981", 1, "DATE", "1981-03"),
  ("April 23", 1, "DATE", "2021-04-23"),
  ("six weeks", 1, "DURATION", "P6W"),
  ("late 1980", 1, "DATE", "1980"),
  ("8 p.m.", 1, "TIME", "1980-XX-XXT20:00"),
  ("4 a.m.", 1, "TIME", "1980-XX-XXT04:00")]),
# --- Gulf and Pakistani English-language press ---
("2017-06-20",
 "DUBAI - Public sector employees will get a four-day Eid Al Fitr holiday from Saturday, June 24 (Ramadan 29) "
 "to Tuesday, June 27 (Shawwal 3, 1438 AH), the government announced on Monday. Offices reopen on Wednesday, "
 "June 28. Ramadan began on May 27.",
 [("four-day", 1, "DURATION", "P4D"),
  ("Eid Al Fitr", 1, "DATE", "2017-06-25"),
  ("Saturday, June 24", 1, "DATE", "2017-06-24"),
  ("Ramadan 29", 1, "DATE", "2017-06-24"),
  ("Tuesday, June 27", 1, "DATE", "2017-06-27"),
  ("Shawwal 3, 1438 AH", 1, "DATE", "2017-06-27"),
  ("Monday", 1, "DATE", "2017-06-19"),
  ("Wednesday, June 28", 1, "DATE", "2017-06-28"),
  ("May 27", 1, "DATE", "2017-05-27")]),
("2013-05-09",
 "ISLAMABAD, May 9 - Polls will open at 8 a.m. PKT on Saturday and close at 5 p.m., the Election Commission "
 "said on Thursday. Campaigning must end by midnight tonight. Results are expected by Sunday morning. The "
 "outgoing assembly completed its five-year term on March 16, the first in the country's 66-year history to "
 "do so.",
 [("May 9", 1, "DATE", "2013-05-09"),
  ("8 a.m. PKT", 1, "TIME", "2013-05-11T08:00"),
  ("Saturday", 1, "DATE", "2013-05-11"),
  ("5 p.m.", 1, "TIME", "2013-05-11T17:00"),
  ("Thursday", 1, "DATE", "2013-05-09"),
  ("midnight tonight", 1, "TIME", "2013-05-09T24:00"),
  ("Sunday morning", 1, "TIME", "2013-05-12TMO"),
  ("five-year", 1, "DURATION", "P5Y"),
  ("March 16", 1, "DATE", "2013-03-16"),
  ("66-year", 1, "DURATION", "P66Y")]),
("2021-12-08",
 "ABU DHABI - The UAE will move to a four-and-a-half-day working week from January 1, 2022, with Friday "
 "afternoon, Saturday and Sunday off. Government offices will work from 7:30 a.m. to 3:30 p.m. GST on "
 "Monday to Thursday, and until noon on Fridays. The present rule dates from 2006.",
 [("four-and-a-half-day", 1, "DURATION", "P4.5D"),
  ("January 1, 2022", 1, "DATE", "2022-01-01"),
  ("Friday afternoon", 1, "SET", "XXXX-WXX-5TAF"),
  ("Saturday", 1, "SET", "XXXX-WXX-6"),
  ("Sunday", 1, "SET", "XXXX-WXX-7"),
  ("7:30 a.m.", 1, "TIME", "XXXX-XX-XXT07:30"),
  ("3:30 p.m. GST", 1, "TIME", "XXXX-XX-XXT15:30"),
  ("Monday", 1, "SET", "XXXX-WXX-1"),
  ("Thursday", 1, "SET", "XXXX-WXX-4"),
  ("noon", 1, "TIME", "XXXX-XX-XXT12:00"),
  ("Fridays", 1, "SET", "XXXX-WXX-5"),
  ("2006", 1, "DATE", "2006")]),
("2008-06-11",
 "ISLAMABAD - The finance minister will present the budget for 2008-09 in the National Assembly at 4 p.m. PKT "
 "today. The fiscal year begins on July 1. Growth slowed to 5.8 percent in 2007-08, from 6.8 percent a year "
 "earlier, and inflation reached 19.3 percent in May.",
 [("2008", 1, "DATE", "2008"),
  ("09", 1, "DATE", "2009"),
  ("4 p.m. PKT today", 1, "TIME", "2008-06-11T16:00"),
  ("July 1", 1, "DATE", "2008-07-01"),
  ("2007", 1, "DATE", "2007"),
  ("08", 1, "DATE", "2008"),
  ("a year", 1, "DURATION", "P1Y"),
  ("May", 1, "DATE", "2008-05")]),
("2023-03-22",
 "RIYADH - The Supreme Court said the crescent was sighted this evening, so Ramadan will begin on Thursday, "
 "March 23. Public sector offices will work from 10 a.m. to 3 p.m. during Ramadan, and shops may stay open "
 "until 2 a.m. The fast is expected to last 29 or 30 days.",
 [("this evening", 1, "TIME", "2023-03-22TEV"),
  ("Thursday, March 23", 1, "DATE", "2023-03-23"),
  ("10 a.m.", 1, "TIME", "XXXX-XX-XXT10:00"),
  ("3 p.m.", 1, "TIME", "XXXX-XX-XXT15:00"),
  ("2 a.m.", 1, "TIME", "XXXX-XX-XXT02:00"),
  ("29 or 30 days", 1, "DURATION", "PXD")]),
("1998-05-29",
 "ISLAMABAD, May 29 - Pakistan carried out five nuclear tests at 3:16 p.m. PKT yesterday in the Chagai hills, "
 "17 days after India's tests of May 11 and 13. The government declared May 28 a national holiday and said "
 "prayers would be held in mosques across the country today.",
 [("May 29", 1, "DATE", "1998-05-29"),
  ("3:16 p.m. PKT yesterday", 1, "TIME", "1998-05-28T15:16"),
  ("17 days", 1, "DURATION", "P17D"),
  ("May 11", 1, "DATE", "1998-05-11"),
  ("13", 1, "DATE", "1998-05-13"),
  ("May 28", 1, "DATE", "XXXX-05-28"),
  ("today", 1, "DATE", "1998-05-29")]),
("2024-10-07",
 "DOHA - The Ministry of Labour said on Sunday that the outdoor work ban, in force since June 1, ended on "
 "Sept. 15 after three and a half months. Under the rule, work in the open was banned between 10 a.m. and 3:30 "
 "p.m. every day.",
 [("Sunday", 1, "DATE", "2024-10-06"),
  ("June 1", 1, "DATE", "2024-06-01"),
  ("Sept. 15", 1, "DATE", "2024-09-15"),
  ("three and a half months", 1, "DURATION", "P3.5M"),
  ("10 a.m.", 1, "TIME", "XXXX-XX-XXT10:00"),
  ("3:30 p.m.", 1, "TIME", "XXXX-XX-XXT15:30"),
  ("every day", 1, "SET", "P1D")]),
# --- Kenyan and Nigerian English-language press ---
("2022-08-16",
 "NAIROBI, Aug 16 (Reuters) - William Ruto was declared winner of Kenya's Aug. 9 presidential election on "
 "Monday evening, nearly a week after polls closed. The commission chairman announced the result at about 6 "
 "p.m. Opponents have seven days to file a petition at the Supreme Court, which must rule within 14 days.",
 [("Aug 16", 1, "DATE", "2022-08-16"),
  ("Aug. 9", 1, "DATE", "2022-08-09"),
  ("Monday evening", 1, "TIME", "2022-08-15TEV"),
  ("nearly a week", 1, "DURATION", "P1W"),
  ("about 6 p.m.", 1, "TIME", "2022-08-15T18:00"),
  ("seven days", 1, "DURATION", "P7D"),
  ("14 days", 1, "DURATION", "P14D")]),
("2015-04-01",
 "ABUJA - Muhammadu Buhari was declared winner of Saturday's presidential election late Tuesday. The vote, "
 "first scheduled for Feb. 14, had been postponed by six weeks over security concerns, and voting ran into "
 "Sunday in some areas after card readers failed. Buhari, 72, will be sworn in on May 29, Democracy Day.",
 [("Saturday", 1, "DATE", "2015-03-28"),
  ("late Tuesday", 1, "DATE", "2015-03-31"),
  ("Feb. 14", 1, "DATE", "2015-02-14"),
  ("six weeks", 1, "DURATION", "P6W"),
  ("Sunday", 1, "DATE", "2015-03-29"),
  ("May 29", 1, "DATE", "2015-05-29"),
  ("Democracy Day", 1, "DATE", "2015-05-29")]),
("2019-10-28",
 "NAIROBI - The KCSE examinations begin on Monday, November 4, and run for three weeks, the Education "
 "ministry said yesterday. Candidates must be in the exam room by 7.30am each day. Results will be released "
 "before Christmas. Schools close on Friday.",
 [("Monday, November 4", 1, "DATE", "2019-11-04"),
  ("three weeks", 1, "DURATION", "P3W"),
  ("yesterday", 1, "DATE", "2019-10-27"),
  ("7.30am", 1, "TIME", "XXXX-XX-XXT07:30"),
  ("each day", 1, "SET", "P1D"),
  ("Christmas", 1, "DATE", "2019-12-25"),
  ("Friday", 1, "DATE", "2019-11-01")]),
("2012-01-09",
 "LAGOS - Nigeria's unions began an indefinite strike today over the removal of the fuel subsidy on January 1, "
 "when petrol prices more than doubled in a day. Banks and markets were shut from 8am. Labour leaders said the "
 "strike, the first nationwide action since 2003, would go on until the government reversed its New Year's "
 "Day decision.",
 [("today", 1, "DATE", "2012-01-09"),
  ("January 1", 1, "DATE", "2012-01-01"),
  ("a day", 1, "DURATION", "P1D"),
  ("8am", 1, "TIME", "2012-01-09T08:00"),
  ("2003", 1, "DATE", "2003"),
  ("New Year's Day", 1, "DATE", "2012-01-01")]),
("2008-01-03",
 "NAIROBI - Kenya's opposition called off a rally planned for today after police sealed off Uhuru Park "
 "overnight. Hundreds have died since Sunday's announcement that Mwai Kibaki had won the Dec. 27 election. "
 "A curfew from 6pm to 6am remains in force in Kisumu. Mediators are expected early next week.",
 [("today", 1, "DATE", "2008-01-03"),
  ("overnight", 1, "TIME", "2008-01-02TNI"),
  ("Sunday", 1, "DATE", "2007-12-30"),
  ("Dec. 27", 1, "DATE", "2007-12-27"),
  ("6pm", 1, "TIME", "XXXX-XX-XXT18:00"),
  ("6am", 1, "TIME", "XXXX-XX-XXT06:00"),
  ("early next week", 1, "DATE", "2008-W02")]),
("1991-12-13",
 "LAGOS, Dec 13 - Nigeria formally moved its capital to Abuja yesterday, 15 years after the decision was "
 "taken in 1976. General Ibrahim Babangida, in power since August 1985, flew into the new capital on "
 "Thursday morning. Ministries will relocate over the next two years, officials said.",
 [("Dec 13", 1, "DATE", "1991-12-13"),
  ("yesterday", 1, "DATE", "1991-12-12"),
  ("15 years", 1, "DURATION", "P15Y"),
  ("1976", 1, "DATE", "1976"),
  ("August 1985", 1, "DATE", "1985-08"),
  ("Thursday morning", 1, "TIME", "1991-12-12TMO"),
  ("the next two years", 1, "DURATION", "P2Y")]),
("2019-10-12",
 "VIENNA - Kenya's Eliud Kipchoge ran 42.195 km in 1:59:40 this morning, the first person to cover the "
 "marathon distance in under two hours. The run started at 8:15 a.m. local time (10:15 a.m. EAT). In "
 "Eldoret, crowds had gathered from 6 a.m. to watch on big screens. Kipchoge, 34, set the official world "
 "record of 2:01:39 in Berlin in September 2018.",
 [("1:59:40", 1, "DURATION", "PT1H59M40S"),
  ("this morning", 1, "TIME", "2019-10-12TMO"),
  ("under two hours", 1, "DURATION", "PT2H"),
  ("8:15 a.m. local time", 1, "TIME", "2019-10-12T08:15"),
  ("10:15 a.m. EAT", 1, "TIME", "2019-10-12T10:15"),
  ("6 a.m.", 1, "TIME", "2019-10-12T06:00"),
  ("2:01:39", 1, "DURATION", "PT2H1M39S"),
  ("September 2018", 1, "DATE", "2018-09")]),
# --- tax and benefit deadlines, a tax-fraud sentencing ---
("2006-04-14",
 "WASHINGTON - Taxpayers have until midnight Monday to file their 2005 returns, two days later than usual "
 "because April 15 falls on the weekend this year. Those who need more time can request a six-month "
 "extension, to Oct. 16. Last year, about 10 million people filed in the final seven days before the "
 "deadline.",
 [("midnight Monday", 1, "TIME", "2006-04-17T24:00"),
  ("2005", 1, "DATE", "2005"),
  ("two days", 1, "DURATION", "P2D"),
  ("April 15", 1, "DATE", "2006-04-15"),
  ("the weekend", 1, "DATE", "2006-W15-WE"),
  ("this year", 1, "DATE", "2006"),
  ("six-month", 1, "DURATION", "P6M"),
  ("Oct. 16", 1, "DATE", "2006-10-16"),
  ("Last year", 1, "DATE", "2005"),
  ("the final seven days", 1, "DURATION", "P7D")]),
("2010-01-15",
 "LONDON - HM Revenue and Customs reminded the 1.6 million people who have yet to file their 2008-09 "
 "self-assessment returns that the deadline is January 31. Helplines will be open from 8am to 8pm this "
 "weekend, and until 10pm from a week on Thursday. Anyone who misses the deadline faces a £100 penalty and "
 "further charges after three months.",
 [("2008", 1, "DATE", "2008"),
  ("09", 1, "DATE", "2009"),
  ("January 31", 1, "DATE", "2010-01-31"),
  ("8am", 1, "TIME", "XXXX-XX-XXT08:00"),
  ("8pm", 1, "TIME", "XXXX-XX-XXT20:00"),
  ("this weekend", 1, "DATE", "2010-W02-WE"),
  ("10pm", 1, "TIME", "XXXX-XX-XXT22:00"),
  ("a week on Thursday", 1, "DATE", "2010-01-28"),
  ("three months", 1, "DURATION", "P3M")]),
("2020-03-20",
 "The Treasury moved the April 15 filing deadline to July 15, giving taxpayers an extra 90 days, the Treasury "
 "secretary said on Friday. Payments due for tax year 2019 can also be deferred. The IRS processed 150 "
 "million returns in FY2019, and most refunds are issued within 21 days.",
 [("April 15", 1, "DATE", "2020-04-15"),
  ("July 15", 1, "DATE", "2020-07-15"),
  ("90 days", 1, "DURATION", "P90D"),
  ("Friday", 1, "DATE", "2020-03-20"),
  ("2019", 1, "DATE", "2019"),
  ("FY2019", 1, "DATE", "FY2019"),
  ("21 days", 1, "DURATION", "P21D")]),
("1999-10-19",
 "Social Security recipients will get a 2.4 percent increase in January, the agency said on Tuesday, up from "
 "1.3 percent this year. Benefits are paid monthly, and the first larger checks arrive Jan. 3, 2000. The "
 "adjustment has been automatic since 1975. Applications for heating aid run from November to March.",
 [("January", 1, "DATE", "2000-01"),
  ("Tuesday", 1, "DATE", "1999-10-19"),
  ("this year", 1, "DATE", "1999"),
  ("monthly", 1, "SET", "P1M"),
  ("Jan. 3, 2000", 1, "DATE", "2000-01-03"),
  ("1975", 1, "DATE", "1975"),
  ("November", 1, "DATE", "1999-11"),
  ("March", 1, "DATE", "2000-03")]),
("2016-11-22",
 "A former accountant was sentenced on Tuesday to three years and nine months in prison for filing false "
 "returns for clients between 2009 and 2013. The judge said the fraud ran for more than four years and that "
 "he would be eligible for parole after 18 months. His lawyer said he would lodge an appeal by Friday week.",
 [("Tuesday", 1, "DATE", "2016-11-22"),
  ("three years and nine months", 1, "DURATION", "P3Y9M"),
  ("2009", 1, "DATE", "2009"),
  ("2013", 1, "DATE", "2013"),
  ("more than four years", 1, "DURATION", "P4Y"),
  ("18 months", 1, "DURATION", "P18M"),
  ("Friday week", 1, "DATE", "2016-12-02")]),
# --- NFL and NBA ---
("2023-09-12",
 "The Jets beat the Bills 22-16 in overtime on Monday night in their Week 1 opener but lost their 39-year-old "
 "quarterback four snaps into the game. He is expected to miss the rest of the season. New York visits Dallas "
 "in Week 2 at 4:25 p.m. ET Sunday. The Jets last reached the playoffs in January 2011, more than 12 years "
 "ago.",
 [("Monday night", 1, "TIME", "2023-09-11TNI"),
  ("4:25 p.m. ET Sunday", 1, "TIME", "2023-09-17T16:25"),
  ("January 2011", 1, "DATE", "2011-01"),
  ("more than 12 years ago", 1, "DATE", "2011")]),
("1998-06-15",
 "SALT LAKE CITY - Michael Jordan hit the winning shot with 5.2 seconds left on Sunday night as the Bulls won "
 "Game 6, 87-86, for their sixth title in eight years. Jordan scored 45 points in 44 minutes, and the series "
 "lasted 13 days. Asked whether he would play again, he said he would decide in due course.",
 [("5.2 seconds", 1, "DURATION", "PT5.2S"),
  ("Sunday night", 1, "TIME", "1998-06-14TNI"),
  ("eight years", 1, "DURATION", "P8Y"),
  ("44 minutes", 1, "DURATION", "PT44M"),
  ("13 days", 1, "DURATION", "P13D")]),
("2025-05-15",
 "The NFL released its 2025 schedule on Wednesday night. The season opens Thursday, Sept. 4, with the Eagles "
 "hosting the Cowboys at 8:20 p.m. ET. Week 18 ends on Jan. 4, and the Super Bowl is set for Feb. 8, 2026. "
 "Each team plays 17 games over 18 weeks, with one week off.",
 [("2025", 1, "DATE", "2025"),
  ("Wednesday night", 1, "TIME", "2025-05-14TNI"),
  ("Thursday, Sept. 4", 1, "DATE", "2025-09-04"),
  ("8:20 p.m. ET", 1, "TIME", "2025-09-04T20:20"),
  ("Jan. 4", 1, "DATE", "2026-01-04"),
  ("Feb. 8, 2026", 1, "DATE", "2026-02-08"),
  ("18 weeks", 1, "DURATION", "P18W"),
  ("one week", 1, "DURATION", "P1W")]),
("2011-07-26",
 "The NFL lockout ended on Monday after 136 days, when players approved a 10-year labor deal agreed in "
 "principle last Tuesday. Training camps open on Wednesday, and the preseason starts Aug. 11. The league's "
 "last work stoppage was in 1987.",
 [("Monday", 1, "DATE", "2011-07-25"),
  ("136 days", 1, "DURATION", "P136D"),
  ("10-year", 1, "DURATION", "P10Y"),
  ("last Tuesday", 1, "DATE", "2011-07-19"),
  ("Wednesday", 1, "DATE", "2011-07-27"),
  ("Aug. 11", 1, "DATE", "2011-08-11"),
  ("1987", 1, "DATE", "1987")]),
("2020-07-31",
 "ORLANDO - The NBA resumed its season last night, 141 days after play was suspended on March 11. The Jazz "
 "beat the Pelicans 106-104 in the first game, which tipped off at 6:30 p.m. ET. Each team will play eight "
 "seeding games over the next two weeks, and the playoffs begin Aug. 17. Players are tested every day.",
 [("last night", 1, "TIME", "2020-07-30TNI"),
  ("141 days", 1, "DURATION", "P141D"),
  ("March 11", 1, "DATE", "2020-03-11"),
  ("6:30 p.m. ET", 1, "TIME", "2020-07-30T18:30"),
  ("the next two weeks", 1, "DURATION", "P2W"),
  ("Aug. 17", 1, "DATE", "2020-08-17"),
  ("every day", 1, "SET", "P1D")]),
("2002-02-04",
 "Q: When did you know you would start? BRADY: Honestly, not until Wednesday. Coach told me after practice, "
 "around 3 o'clock. Q: You had 81 seconds at the end. BRADY: Yeah, a minute twenty-one, no timeouts. I've "
 "dreamed about that for 15 years. Last night was the best night of my life.",
 [("Wednesday", 1, "DATE", "2002-01-30"),
  ("around 3 o'clock", 1, "TIME", "2002-01-30T15:00"),
  ("81 seconds", 1, "DURATION", "PT81S"),
  ("a minute twenty-one", 1, "DURATION", "PT1M21S"),
  ("15 years", 1, "DURATION", "P15Y"),
  ("Last night", 1, "TIME", "2002-02-03TNI")]),
# --- historical diaries and letters quoted in features ---
("2004-05-14",
 "Two hundred years ago today, William Clark wrote in his journal that the party \"set out at 4 oClock P.M.\" "
 "from Camp Dubois. The next morning they rowed against the current for six hours. Clark's entries, written "
 "almost every evening for two years, four months and ten days, are on show at the museum until Sept. 30.",
 [("Two hundred years ago today", 1, "DATE", "1804-05-14"),
  ("4 oClock P.M.", 1, "TIME", "1804-05-14T16:00"),
  ("The next morning", 1, "TIME", "1804-05-15TMO"),
  ("six hours", 1, "DURATION", "PT6H"),
  ("almost every evening", 1, "SET", "XXXX-XX-XXTEV"),
  ("two years, four months and ten days", 1, "DURATION", "P2Y4M10D"),
  ("Sept. 30", 1, "DATE", "2004-09-30")]),
("2015-06-18",
 "Two centuries on, the letters of a Scottish sergeant at Waterloo are being published. \"We stood to arms "
 "before daylight on Sunday the 18th,\" he wrote to his mother on 22nd June 1815, \"and the firing began about "
 "half past eleven.\" By that evening the French were in flight. He was wounded the following day and died in "
 "1851, aged 68.",
 [("Two centuries", 1, "DURATION", "P200Y"),
  ("Sunday the 18th", 1, "DATE", "1815-06-18"),
  ("22nd June 1815", 1, "DATE", "1815-06-22"),
  ("about half past eleven", 1, "TIME", "1815-06-18T11:30"),
  ("that evening", 1, "TIME", "1815-06-18TEV"),
  ("the following day", 1, "DATE", "1815-06-19"),
  ("1851", 1, "DATE", "1851")]),
("2001-03-31",
 "In a letter dated March 31, 1776, written at Braintree, in present-day Quincy, Abigail Adams urged her "
 "husband to \"remember the ladies\". He replied on April 14, a fortnight later, from Philadelphia, where "
 "Congress had been sitting since the previous May. Their correspondence, kept up for more than four decades, "
 "runs to some 1,160 letters.",
 [("March 31, 1776", 1, "DATE", "1776-03-31"),
  ("April 14", 1, "DATE", "1776-04-14"),
  ("a fortnight", 1, "DURATION", "P2W"),
  ("the previous May", 1, "DATE", "1775-05"),
  ("more than four decades", 1, "DURATION", "P40Y")]),
("2011-04-12",
 "At 4:30 a.m. on April 12, 1861, the first shell burst over Fort Sumter. A diarist in Charleston wrote that "
 "she could not sleep and heard the booming of a cannon at half past four. The bombardment lasted 34 hours, "
 "and the fort surrendered the following afternoon. One hundred and fifty years later, re-enactors fired a "
 "single shot at 4:30 this morning.",
 [("4:30 a.m.", 1, "TIME", "1861-04-12T04:30"),
  ("April 12, 1861", 1, "DATE", "1861-04-12"),
  ("half past four", 1, "TIME", "1861-04-12T04:30"),
  ("34 hours", 1, "DURATION", "PT34H"),
  ("the following afternoon", 1, "TIME", "1861-04-13TAF"),
  ("One hundred and fifty years", 1, "DURATION", "P150Y"),
  ("4:30 this morning", 1, "TIME", "2011-04-12T04:30")]),
("2020-04-29",
 "Two hundred and fifty years ago today, James Cook's Endeavour anchored in Botany Bay. Cook's journal for "
 "Sunday, 29th April 1770, records that they came to anchor \"at 2 P.M.\" The ship stayed eight days before "
 "sailing north on 6 May. Anniversary events planned for this week have been scaled back because of the "
 "pandemic.",
 [("Two hundred and fifty years ago today", 1, "DATE", "1770-04-29"),
  ("Sunday, 29th April 1770", 1, "DATE", "1770-04-29"),
  ("2 P.M.", 1, "TIME", "1770-04-29T14:00"),
  ("eight days", 1, "DURATION", "P8D"),
  ("6 May", 1, "DATE", "1770-05-06"),
  ("this week", 1, "DATE", "2020-W18")]),
("1996-05-20",
 "The diary of Sarah Whitcomb, a farmer's wife who crossed to Oregon in 1847, goes on display next month. "
 "\"Tuesday, May 18th. Rain. Made twelve miles,\" reads one entry. Two days later she wrote that their ox had "
 "died about an hour before sundown. The journey took five months. A century and a half later, her "
 "great-great-granddaughter found the diary in an attic in March of this year.",
 [("1847", 1, "DATE", "1847"),
  ("next month", 1, "DATE", "1996-06"),
  ("Tuesday, May 18th", 1, "DATE", "1847-05-18"),
  ("Two days", 1, "DURATION", "P2D"),
  ("about an hour", 1, "DURATION", "PT1H"),
  ("five months", 1, "DURATION", "P5M"),
  ("A century and a half", 1, "DURATION", "P150Y"),
  ("March of this year", 1, "DATE", "1996-03")]),
# --- climate reports ---
("2021-08-09",
 "GENEVA - The world is likely to pass 1.5C of warming above pre-industrial levels in the early 2030s, the "
 "IPCC said on Monday, a decade earlier than it forecast in 2018. Temperatures over the past decade were about "
 "1.1C higher than in 1850-1900. Emissions must fall by about 45% by 2030 and reach net zero by 2050, the "
 "report said. Some changes, such as sea-level rise, are irreversible for centuries.",
 [("the early 2030s", 1, "DATE", "203"),
  ("Monday", 1, "DATE", "2021-08-09"),
  ("a decade", 1, "DURATION", "P10Y"),
  ("2018", 1, "DATE", "2018"),
  ("the past decade", 1, "DURATION", "P10Y"),
  ("1850", 1, "DATE", "1850"),
  ("1900", 1, "DATE", "1900"),
  ("2030", 1, "DATE", "2030"),
  ("2050", 1, "DATE", "2050"),
  ("centuries", 1, "DURATION", "PXCE")]),
("1990-08-30",
 "SUNDSVALL, Sweden - Under business as usual, global mean temperature could rise by about 3C by 2100, the "
 "scientists said on Thursday, a rate not seen in the past 10,000 years. By 2030, the report says, "
 "temperatures could be 1C above today's. The panel, set up in 1988, will update its findings in 1992.",
 [("2100", 1, "DATE", "2100"),
  ("Thursday", 1, "DATE", "1990-08-30"),
  ("the past 10,000 years", 1, "DURATION", "P10000Y"),
  ("2030", 1, "DATE", "2030"),
  ("today", 1, "DATE", "PRESENT_REF"),
  ("1988", 1, "DATE", "1988"),
  ("1992", 1, "DATE", "1992")]),
("2019-09-23",
 "Nowadays every politician promises net zero by 2050. But 2050 is more than 30 years away, and most of the "
 "leaders making the pledge will be long gone by then. What matters is what happens over the next 10 years. "
 "Emissions rose again last year, as they have almost every year since the 1990s. Today, not in the 2040s, is "
 "when the cuts must begin.",
 [("Nowadays", 1, "DATE", "PRESENT_REF"),
  ("2050", 1, "DATE", "2050"),
  ("2050", 2, "DATE", "2050"),
  ("more than 30 years", 1, "DURATION", "P30Y"),
  ("then", 1, "DATE", "2050"),
  ("the next 10 years", 1, "DURATION", "P10Y"),
  ("last year", 1, "DATE", "2018"),
  ("almost every year", 1, "SET", "P1Y"),
  ("the 1990s", 1, "DATE", "199"),
  ("Today", 1, "DATE", "PRESENT_REF"),
  ("the 2040s", 1, "DATE", "204")]),
("2023-03-20",
 "INTERLAKEN - The report, approved on Sunday after a week of talks that ran 30 hours over schedule, says "
 "emissions must be cut by 60% by 2035 compared with 2019 levels. The next assessment cycle runs from 2023 "
 "to 2030, and what governments do over the next 30 years will decide the climate for thousands of years.",
 [("Sunday", 1, "DATE", "2023-03-19"),
  ("a week", 1, "DURATION", "P1W"),
  ("30 hours", 1, "DURATION", "PT30H"),
  ("2035", 1, "DATE", "2035"),
  ("2019", 1, "DATE", "2019"),
  ("2023", 1, "DATE", "2023"),
  ("2030", 1, "DATE", "2030"),
  ("the next 30 years", 1, "DURATION", "P30Y"),
  ("thousands of years", 1, "DURATION", "PXY")]),
("2009-12-19",
 "COPENHAGEN, Dec 19 - The climate summit ended in disarray early this morning after nearly two weeks of "
 "talks. Delegates \"took note\" of a deal reached late Friday. Rich countries pledged $30 billion for "
 "2010-2012 and $100 billion annually by 2020. The next summit is in Mexico in late 2010.",
 [("Dec 19", 1, "DATE", "2009-12-19"),
  ("early this morning", 1, "TIME", "2009-12-19TMO"),
  ("nearly two weeks", 1, "DURATION", "P2W"),
  ("late Friday", 1, "DATE", "2009-12-18"),
  ("2010", 1, "DATE", "2010"),
  ("2012", 1, "DATE", "2012"),
  ("annually", 1, "SET", "P1Y"),
  ("2020", 1, "DATE", "2020"),
  ("late 2010", 1, "DATE", "2010")]),
# --- Australian news (AEST/AEDT), courts, an obituary ---
("2009-02-08",
 "MELBOURNE - The fires began late Saturday morning as the temperature reached 46.4C in Melbourne, the highest "
 "since records began in 1859. By 8pm AEDT last night, dozens of blazes were burning across Victoria. The "
 "premier said the state would remember Black Saturday for decades. Authorities warned that conditions could "
 "worsen again on Wednesday.",
 [("late Saturday morning", 1, "TIME", "2009-02-07TMO"),
  ("1859", 1, "DATE", "1859"),
  ("8pm AEDT last night", 1, "TIME", "2009-02-07T20:00"),
  ("Black Saturday", 1, "DATE", "2009-02-07"),
  ("decades", 1, "DURATION", "PXDE"),
  ("Wednesday", 1, "DATE", "2009-02-11")]),
("2023-10-14",
 "CANBERRA - Polls close at 6pm AEDT tonight in Sydney and Melbourne, but Western Australia will vote until "
 "9pm AEDT, three hours later, because of the time difference. Pre-poll voting began on Monday, October 2. "
 "Australians last voted in a referendum in November 1999, almost 24 years ago.",
 [("6pm AEDT tonight", 1, "TIME", "2023-10-14T18:00"),
  ("9pm AEDT", 1, "TIME", "2023-10-14T21:00"),
  ("three hours", 1, "DURATION", "PT3H"),
  ("Monday, October 2", 1, "DATE", "2023-10-02"),
  ("November 1999", 1, "DATE", "1999-11"),
  ("almost 24 years ago", 1, "DATE", "1999")]),
("2000-09-26",
 "SYDNEY - Cathy Freeman won the 400m final last night in 49.11 seconds before a crowd of 112,000. The race "
 "started at 8:10pm AEST. Freeman, 27, had waited four years since her silver in Atlanta. She will run in the "
 "4x400m relay on Saturday. The Games end on Sunday, Oct. 1.",
 [("last night", 1, "TIME", "2000-09-25TNI"),
  ("49.11 seconds", 1, "DURATION", "PT49.11S"),
  ("8:10pm AEST", 1, "TIME", "2000-09-25T20:10"),
  ("four years", 1, "DURATION", "P4Y"),
  ("Saturday", 1, "DATE", "2000-09-30"),
  ("Sunday, Oct. 1", 1, "DATE", "2000-10-01")]),
("2017-05-18",
 "BRISBANE - A Gold Coast man who caused a crash on 23/03/2017 was fined $2,500 in court today. The charge "
 "sheet said he had been driving for 14 hours without a break. His licence, suspended since 05/04/2017, will "
 "be cancelled for two years. He had been convicted of a similar offence two years ago.",
 [("23/03/2017", 1, "DATE", "2017-03-23"),
  ("today", 1, "DATE", "2017-05-18"),
  ("14 hours", 1, "DURATION", "PT14H"),
  ("05/04/2017", 1, "DATE", "2017-04-05"),
  ("two years", 1, "DURATION", "P2Y"),
  ("two years ago", 1, "DATE", "2015")]),
("2024-06-20",
 "NEW YORK - The indictment says the defendant wired the money on 06/12/2023 and again on 07/03/2023, less "
 "than a month apart, after a bank record dated 7.1.2023 showed the account empty. Jury selection begins "
 "Monday, and the trial is expected to last two to three weeks. A status hearing is set for 9:30 a.m. on "
 "July 1.",
 [("06/12/2023", 1, "DATE", "2023-06-12"),
  ("07/03/2023", 1, "DATE", "2023-07-03"),
  ("less than a month", 1, "DURATION", "P1M"),
  ("7.1.2023", 1, "DATE", "2023-01-07"),
  ("Monday", 1, "DATE", "2024-06-24"),
  ("two to three weeks", 1, "DURATION", "PXW"),
  ("9:30 a.m.", 1, "TIME", "2024-07-01T09:30"),
  ("July 1", 1, "DATE", "2024-07-01")]),
("2016-02-09",
 "Margaret Hale, who died on Sunday in Melbourne aged 91, was a telephonist in Coventry on Thursday, Nov. 14, "
 "1940, when the sirens sounded at 7:10 p.m. The raid lasted 11 hours, and the next morning she walked home "
 "through the ruins. She emigrated in 1949 and worked for 30 years at the Melbourne exchange, a 10-minute "
 "drive from her home, arriving early each morning.",
 [("Sunday", 1, "DATE", "2016-02-07"),
  ("Thursday, Nov. 14, 1940", 1, "DATE", "1940-11-14"),
  ("7:10 p.m.", 1, "TIME", "1940-11-14T19:10"),
  ("11 hours", 1, "DURATION", "PT11H"),
  ("the next morning", 1, "TIME", "1940-11-15TMO"),
  ("1949", 1, "DATE", "1949"),
  ("30 years", 1, "DURATION", "P30Y"),
  ("each morning", 1, "SET", "XXXX-XX-XXTMO")]),
]
