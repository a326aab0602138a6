"""Decision lists for eval/dev-dates5 (a DEVELOPMENT set, dates layer only).

Each item: (dct, text, [(surface, occurrence, label, value), ...]). Occurrences count
case-sensitive whole-word matches (no letter or digit either side), 1-based.
Written and labelled by hand; see README.md.
"""

ITEMS = [
# 1 Irish obituary, story 1905-1957
("1994-03-08",
 "Margaret Doyle, who ran the Ballina ferry for 31 years, died on Sunday at her home in Co. Mayo. She was 88. "
 "Born on 14th July 1905, she took over the crossing in the summer of 1946. On Tuesday, 3 December 1957, she rowed "
 "out twice through a gale to reach a stranded trawler, returning to the pier at 11 p.m. Her funeral takes place "
 "on Thursday at 11am.",
 [("31 years", 1, "DURATION", "P31Y"),
  ("Sunday", 1, "DATE", "1994-03-06"),
  ("14th July 1905", 1, "DATE", "1905-07-14"),
  ("the summer of 1946", 1, "DATE", "1946-SU"),
  ("Tuesday, 3 December 1957", 1, "DATE", "1957-12-03"),
  ("11 p.m.", 1, "TIME", "1957-12-03T23:00"),
  ("Thursday", 1, "DATE", "1994-03-10"),
  ("11am", 1, "TIME", "1994-03-10T11:00")]),
# 2 Kenyan local news, day-first slashed dates
("1990-05-15",
 "KISUMU, Tuesday - The Lake Victoria ferry MV Uhuru will resume sailings to Mwanza on 21/05/1990 after repairs "
 "lasting nearly four months, the Kenya Railways marine office said yesterday. Passengers should report at the "
 "Kisumu pier by 7.30am. Crossings will run every Monday until the end of June. The vessel was withdrawn on "
 "25/01/1990 when her engine failed off Homa Bay.",
 [("Tuesday", 1, "DATE", "1990-05-15"),
  ("21/05/1990", 1, "DATE", "1990-05-21"),
  ("nearly four months", 1, "DURATION", "P4M"),
  ("yesterday", 1, "DATE", "1990-05-14"),
  ("7.30am", 1, "TIME", "1990-05-21T07:30"),
  ("every Monday", 1, "SET", "XXXX-WXX-1"),
  ("the end of June", 1, "DATE", "1990-06"),
  ("25/01/1990", 1, "DATE", "1990-01-25")]),
# 3 NZ court judgment retelling 1987
("1991-09-24",
 "The Court of Appeal yesterday upheld the conviction of a Wellington man for the arson of a Petone warehouse in "
 "1987. The fire was reported at 3.40am on Saturday 14 March 1987, and the accused was seen buying petrol the "
 "previous evening. Justice Hardie Boys said the jury had been entitled to reject an alibi first offered four years "
 "after the event. The man, now 41, will serve the remaining 26 months of his sentence.",
 [("yesterday", 1, "DATE", "1991-09-23"),
  ("1987", 1, "DATE", "1987"),
  ("3.40am", 1, "TIME", "1987-03-14T03:40"),
  ("Saturday 14 March 1987", 1, "DATE", "1987-03-14"),
  ("the previous evening", 1, "TIME", "1987-03-13TEV"),
  ("four years", 1, "DURATION", "P4Y"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("26 months", 1, "DURATION", "P26M")]),
# 4 Canadian election timetable, ISO date
("1992-11-04",
 "ELECTIONS CANADA - Advance polls in the Beauce by-election open on Friday, November 6, and remain open for three "
 "days. Election day is Monday, November 16, 1992; polls close at 8:30 p.m. local time, and a count is expected "
 "before midnight. Mail-in ballots must arrive by 1992-11-13. Voters who moved in the past six months must bring "
 "two pieces of identification, and the returning office is open daily.",
 [("Friday, November 6", 1, "DATE", "1992-11-06"),
  ("three days", 1, "DURATION", "P3D"),
  ("Monday, November 16, 1992", 1, "DATE", "1992-11-16"),
  ("8:30 p.m. local time", 1, "TIME", "1992-11-16T20:30"),
  ("midnight", 1, "TIME", "1992-11-16T24:00"),
  ("1992-11-13", 1, "DATE", "1992-11-13"),
  ("the past six months", 1, "DURATION", "P6M"),
  ("daily", 1, "SET", "P1D")]),
# 5 NZ weather bulletin
("1993-06-21",
 "MetService has issued a heavy rain warning for Westland from 9pm today until 6pm Wednesday, with up to 250mm "
 "expected in 36 hours. A rainfall record set in January 1982 could fall. Rivers are expected to peak early "
 "Tuesday morning. The outlook for the weekend is for clearing southerlies, with hard frosts each morning.",
 [("9pm", 1, "TIME", "1993-06-21T21:00"),
  ("today", 1, "DATE", "1993-06-21"),
  ("6pm Wednesday", 1, "TIME", "1993-06-23T18:00"),
  ("36 hours", 1, "DURATION", "PT36H"),
  ("January 1982", 1, "DATE", "1982-01"),
  ("early Tuesday morning", 1, "TIME", "1993-06-22TMO"),
  ("the weekend", 1, "DATE", "1993-W25-WE"),
  ("each morning", 1, "SET", "XXXX-XX-XXTMO")]),
# 6 space mission
("1995-02-14",
 "Space shuttle Discovery landed at Kennedy Space Center at 6:50 a.m. EST Saturday, ending an eight-day mission "
 "that took it within 37 feet of the Russian space station Mir. The crew of six spent 198 hours in orbit. NASA "
 "plans to dock with Mir in June, and a second docking is pencilled in for the autumn. The agency's fiscal 1996 "
 "budget request goes to Congress next month.",
 [("6:50 a.m. EST Saturday", 1, "TIME", "1995-02-11T06:50"),
  ("eight-day", 1, "DURATION", "P8D"),
  ("198 hours", 1, "DURATION", "PT198H"),
  ("June", 1, "DATE", "1995-06"),
  ("the autumn", 1, "DATE", "1995-FA"),
  ("fiscal 1996", 1, "DATE", "FY1996"),
  ("next month", 1, "DATE", "1995-03")]),
# 7 Irish sport season preview
("1996-08-30",
 "The National Hurling League returns on Sunday 6th October, a fortnight after the All-Ireland final, and runs "
 "until the end of April. Clare, champions in 1995 for the first time in 81 years, open against Tipperary in Ennis "
 "at 2.30pm. The league breaks over Christmas and the New Year, resuming on the first Sunday of February. Manager "
 "Ger Loughnane has given his players three weeks off.",
 [("Sunday 6th October", 1, "DATE", "1996-10-06"),
  ("a fortnight", 1, "DURATION", "P2W"),
  ("the end of April", 1, "DATE", "1997-04"),
  ("1995", 1, "DATE", "1995"),
  ("81 years", 1, "DURATION", "P81Y"),
  ("2.30pm", 1, "TIME", "1996-10-06T14:30"),
  ("Christmas", 1, "DATE", "1996-12-25"),
  ("the New Year", 1, "DATE", "1997-01-01"),
  ("the first Sunday of February", 1, "DATE", "1997-02-02"),
  ("three weeks", 1, "DURATION", "P3W")]),
# 8 Canadian company filing, fiscal periods, ISO date
("1997-01-20",
 "Northgate Mining Ltd. reported net earnings of C$14.2 million for the fourth quarter ended December 31, 1996, "
 "compared with C$9.8 million in the fourth quarter of 1995. For fiscal 1996 as a whole, earnings rose 22 per cent. "
 "The company expects first-quarter output to be lower because of a two-week shutdown at its Kemess mill in late "
 "February. Its shareholders' meeting is set for 1997-05-08 in Vancouver.",
 [("the fourth quarter", 1, "DATE", "1996-Q4"),
  ("December 31, 1996", 1, "DATE", "1996-12-31"),
  ("the fourth quarter of 1995", 1, "DATE", "1995-Q4"),
  ("fiscal 1996", 1, "DATE", "FY1996"),
  ("first-quarter", 1, "DATE", "1997-Q1"),
  ("two-week", 1, "DURATION", "P2W"),
  ("late February", 1, "DATE", "1997-02"),
  ("1997-05-08", 1, "DATE", "1997-05-08")]),
# 9 Philippine local news
("1998-10-12",
 "MANILA - Classes in public elementary and high schools in Metro Manila were suspended Monday as typhoon Loleng "
 "approached, the Department of Education, Culture and Sports said. PAGASA said the storm could make landfall in "
 "Aurora province early Wednesday, Oct. 14. Classes will resume Thursday if the storm signal is lifted. Last week's "
 "typhoon kept schools shut for three days. The department also confirmed the Undas break from Oct. 30 to Nov. 2.",
 [("Monday", 1, "DATE", "1998-10-12"),
  ("early Wednesday, Oct. 14", 1, "DATE", "1998-10-14"),
  ("Thursday", 1, "DATE", "1998-10-15"),
  ("Last week", 1, "DATE", "1998-W41"),
  ("three days", 1, "DURATION", "P3D"),
  ("Oct. 30", 1, "DATE", "1998-10-30"),
  ("Nov. 2", 1, "DATE", "1998-11-02")]),
# 10 Singapore exam timetable, day-first numeric dates
("1999-04-07",
 "SINGAPORE - The GCE O-Level oral examinations will be held from 6 Jul to 9 Jul 1999, the Ministry of Education "
 "said yesterday. Written papers begin on 25 Oct and end on 17 Nov, with results due in the second week of January "
 "2000. Candidates must be seated 15 minutes before each paper; English Paper 1 lasts 1 hour 50 minutes. Private "
 "candidates may register from 12/4/1999 to 30/4/1999.",
 [("6 Jul", 1, "DATE", "1999-07-06"),
  ("9 Jul 1999", 1, "DATE", "1999-07-09"),
  ("yesterday", 1, "DATE", "1999-04-06"),
  ("25 Oct", 1, "DATE", "1999-10-25"),
  ("17 Nov", 1, "DATE", "1999-11-17"),
  ("the second week of January 2000", 1, "DATE", "2000-W02"),
  ("15 minutes", 1, "DURATION", "PT15M"),
  ("1 hour 50 minutes", 1, "DURATION", "PT1H50M"),
  ("12/4/1999", 1, "DATE", "1999-04-12"),
  ("30/4/1999", 1, "DATE", "1999-04-30")]),
# 11 Irish inquest retelling 1991
("2000-07-18",
 "An inquest in Ennis yesterday heard how a Limerick fisherman drowned off Kilkee nine years ago. Patrick Healy, "
 "34, left the pier at about 5.15am on Friday 12 July 1991 and radioed his brother an hour later. The coastguard "
 "was alerted that evening, and his body was recovered two days after. The coroner recorded a verdict of death by "
 "misadventure and said lifejacket rules brought in in the mid-1990s had come too late.",
 [("yesterday", 1, "DATE", "2000-07-17"),
  ("nine years ago", 1, "DATE", "1991"),
  ("about 5.15am", 1, "TIME", "1991-07-12T05:15"),
  ("Friday 12 July 1991", 1, "DATE", "1991-07-12"),
  ("an hour", 1, "DURATION", "PT1H"),
  ("that evening", 1, "TIME", "1991-07-12TEV"),
  ("two days", 1, "DURATION", "P2D"),
  ("the mid-1990s", 1, "DATE", "199")]),
# 12 science news
("2001-03-27",
 "Astronomers said on Monday they had found a comet that takes roughly 4,200 years to orbit the Sun. The object, "
 "first seen on March 3, will pass closest to Earth in early May and should be visible with binoculars for several "
 "weeks. Observations every two nights since then have pinned down its orbit. The discovery will be published next "
 "week.",
 [("Monday", 1, "DATE", "2001-03-26"),
  ("roughly 4,200 years", 1, "DURATION", "P4200Y"),
  ("March 3", 1, "DATE", "2001-03-03"),
  ("early May", 1, "DATE", "2001-05"),
  ("several weeks", 1, "DURATION", "PXW"),
  ("every two nights", 1, "SET", "P2D"),
  ("then", 1, "DATE", "2001-03-03"),
  ("next week", 1, "DATE", "2001-W14")]),
# 13 shipping notice, between N and M hours
("2002-12-03",
 "NOTICE TO MARINERS No. 47. The Pilbara port of Dampier will be closed to vessels over 200 m from 0600 hrs on "
 "9 December until 1800 hrs on 11 December while dredging is carried out. Pilot boardings will be suspended for "
 "60 hours. Masters should expect delays of between 12 and 24 hours. The previous notice, issued on 14 November, "
 "is cancelled.",
 [("0600 hrs", 1, "TIME", "2002-12-09T06:00"),
  ("9 December", 1, "DATE", "2002-12-09"),
  ("1800 hrs", 1, "TIME", "2002-12-11T18:00"),
  ("11 December", 1, "DATE", "2002-12-11"),
  ("60 hours", 1, "DURATION", "PT60H"),
  ("12", 1, "DURATION", "PT12H"),
  ("24 hours", 1, "DURATION", "PT24H"),
  ("14 November", 1, "DATE", "2002-11-14")]),
# 14 memoir review, story 1979; 'Twenty-four years later' reaches the DCT year
("2003-09-16",
 "In her memoir, published this week, a former Sligo nurse recalls Monday, 27 August 1979, when word came of the "
 "Mullaghmore bombing. She had started her shift at 7am; by noon the ward was full. 'We worked for 30 hours "
 "straight,' she writes. Twenty-four years later, she still cannot drive past the bay. The book is in shops from "
 "Friday.",
 [("this week", 1, "DATE", "2003-W38"),
  ("Monday, 27 August 1979", 1, "DATE", "1979-08-27"),
  ("7am", 1, "TIME", "1979-08-27T07:00"),
  ("noon", 1, "TIME", "1979-08-27T12:00"),
  ("30 hours", 1, "DURATION", "PT30H"),
  ("Twenty-four years", 1, "DURATION", "P24Y"),
  ("Friday", 1, "DATE", "2003-09-19")]),
# 15 Kenyan exam timetable
("2004-05-11",
 "NAIROBI - The Ministry of Education has released the 2004 KCPE examination timetable. Candidates will sit the "
 "papers from Tuesday 19th October, 2004 to Thursday 21st October, 2004, while KCSE candidates begin practicals "
 "on 11th October. Results will be released in late December. The Ministry said the papers had been brought "
 "forward by a week to avoid a clash with Idd-ul-Fitr, expected on or about 14/11/2004.",
 [("2004", 1, "DATE", "2004"),
  ("Tuesday 19th October, 2004", 1, "DATE", "2004-10-19"),
  ("Thursday 21st October, 2004", 1, "DATE", "2004-10-21"),
  ("11th October", 1, "DATE", "2004-10-11"),
  ("late December", 1, "DATE", "2004-12"),
  ("a week", 1, "DURATION", "P1W"),
  ("14/11/2004", 1, "DATE", "2004-11-14")]),
# 16 UK flood bulletin
("2005-01-10",
 "The Environment Agency has 12 severe flood warnings in force in Cumbria this morning after 24 hours of rain. "
 "The River Eden at Carlisle peaked at 7.2 m at 4am on Saturday, the highest level since 1822. About 3,000 homes "
 "have been without power since Friday night. Forecasters expect more rain on Thursday and Friday, and river "
 "levels will be checked every two hours.",
 [("this morning", 1, "TIME", "2005-01-10TMO"),
  ("24 hours", 1, "DURATION", "PT24H"),
  ("4am", 1, "TIME", "2005-01-08T04:00"),
  ("Saturday", 1, "DATE", "2005-01-08"),
  ("1822", 1, "DATE", "1822"),
  ("Friday night", 1, "TIME", "2005-01-07TNI"),
  ("Thursday", 1, "DATE", "2005-01-13"),
  ("Friday", 2, "DATE", "2005-01-14"),
  ("every two hours", 1, "SET", "PT2H")]),
# 17 football match report
("2006-07-01",
 "BERLIN, July 1 - Germany beat Argentina 4-2 on penalties on Friday after a 1-1 draw through 120 minutes. "
 "Miroslav Klose equalised with ten minutes left. Germany meet Italy in Dortmund on Tuesday at 9 p.m. local time; "
 "Argentina fly home today. Coach Jurgen Klinsmann has given his players the weekend off.",
 [("July 1", 1, "DATE", "2006-07-01"),
  ("Friday", 1, "DATE", "2006-06-30"),
  ("120 minutes", 1, "DURATION", "PT120M"),
  ("ten minutes", 1, "DURATION", "PT10M"),
  ("Tuesday", 1, "DATE", "2006-07-04"),
  ("9 p.m. local time", 1, "TIME", "2006-07-04T21:00"),
  ("today", 1, "DATE", "2006-07-01"),
  ("the weekend", 1, "DATE", "2006-W26-WE")]),
# 18 religious calendar
("2007-03-19",
 "St Patrick's Cathedral has published its Holy Week timetable: Palm Sunday Mass at 10.30am on 1 April; Chrism "
 "Mass on Holy Thursday at 11am; the Good Friday liturgy at 3pm; and the Easter Vigil at 9pm on Saturday 7 April. "
 "Confessions are heard every Saturday until Easter. The parish office closes on Easter Monday and reopens on "
 "16 April.",
 [("Palm Sunday", 1, "DATE", "2007-04-01"),
  ("10.30am", 1, "TIME", "2007-04-01T10:30"),
  ("1 April", 1, "DATE", "2007-04-01"),
  ("Holy Thursday", 1, "DATE", "2007-04-05"),
  ("11am", 1, "TIME", "2007-04-05T11:00"),
  ("Good Friday", 1, "DATE", "2007-04-06"),
  ("3pm", 1, "TIME", "2007-04-06T15:00"),
  ("9pm", 1, "TIME", "2007-04-07T21:00"),
  ("Saturday 7 April", 1, "DATE", "2007-04-07"),
  ("every Saturday", 1, "SET", "XXXX-WXX-6"),
  ("Easter", 2, "DATE", "2007-04-08"),
  ("Easter Monday", 1, "DATE", "2007-04-09"),
  ("16 April", 1, "DATE", "2007-04-16")]),
# 19 NZ school calendar
("2008-11-05",
 "Term dates for 2009 have been confirmed by the Ministry of Education. Term 1 runs from Monday 2 February to "
 "Thursday 9 April, with Easter falling in the holidays, and Term 4 ends no later than Friday 18 December. "
 "Principals said the two-week break in July was too short. Schools will be told of 2010 dates by the end of the "
 "year.",
 [("2009", 1, "DATE", "2009"),
  ("Monday 2 February", 1, "DATE", "2009-02-02"),
  ("Thursday 9 April", 1, "DATE", "2009-04-09"),
  ("Easter", 1, "DATE", "2009-04-12"),
  ("Friday 18 December", 1, "DATE", "2009-12-18"),
  ("two-week", 1, "DURATION", "P2W"),
  ("July", 1, "DATE", "2009-07"),
  ("2010", 1, "DATE", "2010"),
  ("the end of the year", 1, "DATE", "2008")]),
# 20 aviation notice
("2009-09-28",
 "AIRSERVICES AUSTRALIA - Runway 16R/34L at Sydney Airport will be closed nightly between 2300 and 0600 local "
 "from 12 October 2009 for four weeks while it is resurfaced. Qantas flight QF1 will depart 45 minutes earlier "
 "during the works. The last closure, in the autumn of 2006, lasted 21 nights.",
 [("nightly", 1, "SET", "XXXX-XX-XXTNI"),
  ("2300", 1, "TIME", "XXXX-XX-XXT23:00"),
  ("0600 local", 1, "TIME", "XXXX-XX-XXT06:00"),
  ("12 October 2009", 1, "DATE", "2009-10-12"),
  ("four weeks", 1, "DURATION", "P4W"),
  ("45 minutes", 1, "DURATION", "PT45M"),
  ("the autumn of 2006", 1, "DATE", "2006-FA"),
  ("21 nights", 1, "DURATION", "P21D")]),
# 21 Irish aviation notice, duration range with 'to'
("2010-04-20",
 "DUBLIN - The Irish Aviation Authority said Irish airspace would reopen at 1pm today after six days of closure "
 "caused by ash from Iceland's Eyjafjallajökull volcano. Restrictions were first imposed at 9am last Thursday. "
 "Ryanair said it would run no flights to northern Europe before Friday and warned that clearing the backlog could "
 "take two to three weeks. Passengers stranded since 15th April should contact their airline within 28 days.",
 [("1pm", 1, "TIME", "2010-04-20T13:00"),
  ("today", 1, "DATE", "2010-04-20"),
  ("six days", 1, "DURATION", "P6D"),
  ("9am", 1, "TIME", "2010-04-15T09:00"),
  ("last Thursday", 1, "DATE", "2010-04-15"),
  ("Friday", 1, "DATE", "2010-04-23"),
  ("two to three weeks", 1, "DURATION", "PXW"),
  ("15th April", 1, "DATE", "2010-04-15"),
  ("28 days", 1, "DURATION", "P28D")]),
# 22 US obituary, story 1970
("2011-08-15",
 "Harold Kessler, the flight controller who talked a crippled Apollo crew through their power-down, died Thursday "
 "in Houston. He was 79. On April 13, 1970, he was two hours into his shift when an oxygen tank exploded at "
 "9:08 p.m. Houston time. He stayed at his console for the next 22 hours. Kessler retired from NASA in 1995 after "
 "35 years and spent the following decade teaching physics. A memorial service will be held Saturday.",
 [("Thursday", 1, "DATE", "2011-08-11"),
  ("April 13, 1970", 1, "DATE", "1970-04-13"),
  ("two hours", 1, "DURATION", "PT2H"),
  ("9:08 p.m. Houston time", 1, "TIME", "1970-04-13T21:08"),
  ("the next 22 hours", 1, "DURATION", "PT22H"),
  ("1995", 1, "DATE", "1995"),
  ("35 years", 1, "DURATION", "P35Y"),
  ("the following decade", 1, "DURATION", "P10Y"),
  ("Saturday", 1, "DATE", "2011-08-20")]),
# 23 Singapore local news, day-first numeric dates (14/3 shows it)
("2012-02-16",
 "SINGAPORE - Commuters on the North-South Line faced delays of up to 45 minutes yesterday morning after a train "
 "fault at Bishan, the second disruption in two months. SMRT said services were restored at 9.40am. The operator "
 "has until 29 Feb to submit its report, and a Committee of Inquiry will begin hearings on 14/3/2012, with an "
 "interim report due on 2/4/2012. Last December's breakdowns left thousands stranded for hours.",
 [("up to 45 minutes", 1, "DURATION", "PT45M"),
  ("yesterday morning", 1, "TIME", "2012-02-15TMO"),
  ("two months", 1, "DURATION", "P2M"),
  ("9.40am", 1, "TIME", "2012-02-15T09:40"),
  ("29 Feb", 1, "DATE", "2012-02-29"),
  ("14/3/2012", 1, "DATE", "2012-03-14"),
  ("2/4/2012", 1, "DATE", "2012-04-02"),
  ("Last December", 1, "DATE", "2011-12"),
  ("hours", 1, "DURATION", "PTXH")]),
# 24 Japanese company forecast, fiscal year to March
("2013-05-13",
 "TOKYO - Hitano Electric forecast operating profit of 180 billion yen for the year to March 2014, up 12 percent, "
 "after posting its best profit in six years. For the six months to September 30 it expects sales to be flat. The "
 "company will buy back shares over the next 12 months and will pay its dividend twice a year. Results for fiscal "
 "2012 were released on Friday.",
 [("March 2014", 1, "DATE", "2014-03"),
  ("six years", 1, "DURATION", "P6Y"),
  ("the six months", 1, "DURATION", "P6M"),
  ("September 30", 1, "DATE", "2013-09-30"),
  ("the next 12 months", 1, "DURATION", "P12M"),
  ("twice a year", 1, "SET", "P1Y"),
  ("fiscal 2012", 1, "DATE", "FY2012"),
  ("Friday", 1, "DATE", "2013-05-10")]),
# 25 Kenyan weather bulletin
("2014-04-28",
 "The Kenya Meteorological Department has warned of heavy rains over the Lake Victoria basin and the Rift Valley "
 "from Thursday 1st May, 2014, lasting four to five days. Residents of Budalangi, where floods displaced 5,000 "
 "people in April 2012, have been told to move to higher ground by Wednesday evening. The long rains began in "
 "mid-March. The department issues updates every six hours.",
 [("Thursday 1st May, 2014", 1, "DATE", "2014-05-01"),
  ("four to five days", 1, "DURATION", "PXD"),
  ("April 2012", 1, "DATE", "2012-04"),
  ("Wednesday evening", 1, "TIME", "2014-04-30TEV"),
  ("mid-March", 1, "DATE", "2014-03"),
  ("every six hours", 1, "SET", "PT6H")]),
# 26 rugby match report
("2015-11-01",
 "LONDON, Nov 1 - New Zealand became the first team to retain the Rugby World Cup, beating Australia 34-17 at "
 "Twickenham on Saturday. Ma'a Nonu scored two minutes after half-time and Beauden Barrett sealed it with six "
 "minutes to play. The All Blacks, who last lost a World Cup match in 2007, fly home on Monday, and a parade in "
 "Auckland is planned for Friday, 6 November. Richie McCaw, 34, is expected to retire within weeks.",
 [("Nov 1", 1, "DATE", "2015-11-01"),
  ("Saturday", 1, "DATE", "2015-10-31"),
  ("two minutes", 1, "DURATION", "PT2M"),
  ("six minutes", 1, "DURATION", "PT6M"),
  ("2007", 1, "DATE", "2007"),
  ("Monday", 1, "DATE", "2015-11-02"),
  ("Friday, 6 November", 1, "DATE", "2015-11-06"),
  ("weeks", 1, "DURATION", "PXW")]),
# 27 Irish court judgment retelling 2009
("2016-03-09",
 "The High Court in Dublin yesterday awarded EUR 450,000 to a woman injured when a bus overturned near Kinnegad at "
 "7.50am on Wednesday 4 November 2009. She spent eleven weeks in hospital and returned to work the following "
 "spring. Ms Justice Irvine said the driver had worked 14 hours the previous day. The bus company has 21 days to "
 "appeal.",
 [("yesterday", 1, "DATE", "2016-03-08"),
  ("7.50am", 1, "TIME", "2009-11-04T07:50"),
  ("Wednesday 4 November 2009", 1, "DATE", "2009-11-04"),
  ("eleven weeks", 1, "DURATION", "P11W"),
  ("the following spring", 1, "DATE", "2010-SP"),
  ("14 hours", 1, "DURATION", "PT14H"),
  ("the previous day", 1, "DATE", "2009-11-03"),
  ("21 days", 1, "DURATION", "P21D")]),
# 28 space mission end
("2017-09-15",
 "PASADENA, Calif. - NASA's Cassini spacecraft plunged into Saturn's atmosphere early Friday, ending a 13-year tour "
 "of the ringed planet. The final signal reached Earth at 4:55 a.m. PDT, about 83 minutes after it was sent. "
 "Launched in October 1997, Cassini spent nearly seven years travelling to Saturn. Its last 22 orbits, which began "
 "in April, took it between the planet and its rings once a week.",
 [("early Friday", 1, "DATE", "2017-09-15"),
  ("13-year", 1, "DURATION", "P13Y"),
  ("4:55 a.m. PDT", 1, "TIME", "2017-09-15T04:55"),
  ("about 83 minutes", 1, "DURATION", "PT83M"),
  ("October 1997", 1, "DATE", "1997-10"),
  ("nearly seven years", 1, "DURATION", "P7Y"),
  ("April", 1, "DATE", "2017-04"),
  ("once a week", 1, "SET", "P1W")]),
# 29 Canadian school calendar
("2018-08-25",
 "HALIFAX - Nova Scotia students return to class on Tuesday, Sept. 4, after the Labour Day weekend, the province's "
 "education department said Friday. Schools in the Halifax region will close at noon on Oct. 19 for professional "
 "development. The school year ends June 27, 2019. Parents were told the two-day storm closure of last March would "
 "not be made up. Bus routes are posted online 48 hours before classes begin.",
 [("Tuesday, Sept. 4", 1, "DATE", "2018-09-04"),
  ("Labour Day", 1, "DATE", "2018-09-03"),
  ("Friday", 1, "DATE", "2018-08-24"),
  ("noon", 1, "TIME", "2018-10-19T12:00"),
  ("Oct. 19", 1, "DATE", "2018-10-19"),
  ("June 27, 2019", 1, "DATE", "2019-06-27"),
  ("two-day", 1, "DURATION", "P2D"),
  ("last March", 1, "DATE", "2018-03"),
  ("48 hours", 1, "DURATION", "PT48H")]),
# 30 Philippine election timetable
("2019-01-14",
 "MANILA - The Commission on Elections said the campaign period for national candidates runs from Feb. 12 to "
 "May 11, while local candidates may campaign from March 29. Voting takes place on Monday, May 13, and polls will "
 "be open from 6 a.m. to 6 p.m. Canvassing is expected to take two to three days. Liquor sales are banned from "
 "May 12 until midnight of May 13.",
 [("Feb. 12", 1, "DATE", "2019-02-12"),
  ("May 11", 1, "DATE", "2019-05-11"),
  ("March 29", 1, "DATE", "2019-03-29"),
  ("Monday, May 13", 1, "DATE", "2019-05-13"),
  ("6 a.m.", 1, "TIME", "2019-05-13T06:00"),
  ("6 p.m.", 1, "TIME", "2019-05-13T18:00"),
  ("two to three days", 1, "DURATION", "PXD"),
  ("May 12", 1, "DATE", "2019-05-12"),
  ("midnight", 1, "TIME", "2019-05-13T24:00"),
  ("May 13", 2, "DATE", "2019-05-13")]),
# 31 science news, comet
("2020-07-20",
 "Comet NEOWISE, discovered by a NASA space telescope on March 27, will make its closest approach to Earth on "
 "Thursday and is bright enough to see with the naked eye. Astronomers say it will not return for about 6,800 "
 "years. Look low in the northwest sky for 20 minutes each evening this week. By early August it will have faded "
 "below binocular range.",
 [("March 27", 1, "DATE", "2020-03-27"),
  ("Thursday", 1, "DATE", "2020-07-23"),
  ("about 6,800 years", 1, "DURATION", "P6800Y"),
  ("20 minutes", 1, "DURATION", "PT20M"),
  ("each evening", 1, "SET", "XXXX-XX-XXTEV"),
  ("this week", 1, "DATE", "2020-W30"),
  ("early August", 1, "DATE", "2020-08")]),
# 32 NZ obituary, story 1974
("2021-02-03",
 "Tom Rangi, the Gisborne surf lifeguard who pulled eleven swimmers from a rip at Wainui Beach on New Year's Day "
 "1974, has died aged 72. He was on duty from 6am that day and made his first rescue just after 2pm; the last "
 "swimmer was brought in 40 minutes later. He was awarded a gold medal for bravery the following year. In the 47 "
 "years since, he trained more than 500 lifeguards. A service will be held at the Wainui clubrooms at 1pm on "
 "Saturday.",
 [("New Year's Day 1974", 1, "DATE", "1974-01-01"),
  ("6am", 1, "TIME", "1974-01-01T06:00"),
  ("that day", 1, "DATE", "1974-01-01"),
  ("just after 2pm", 1, "TIME", "1974-01-01T14:00"),
  ("40 minutes", 1, "DURATION", "PT40M"),
  ("the following year", 1, "DATE", "1975"),
  ("the 47 years", 1, "DURATION", "P47Y"),
  ("1pm", 1, "TIME", "2021-02-06T13:00"),
  ("Saturday", 1, "DATE", "2021-02-06")]),
# 33 Irish local news, holiday
("2022-03-07",
 "Kilkenny County Council has confirmed that the St Patrick's Day parade will return on Thursday 17th March after "
 "a two-year absence. The parade leaves the Castle at 1pm, and road closures will be in place from 11am to 4pm. "
 "The festival runs until Sunday evening. Traders say the day is worth EUR 1m to the city each year.",
 [("St Patrick's Day", 1, "DATE", "2022-03-17"),
  ("Thursday 17th March", 1, "DATE", "2022-03-17"),
  ("two-year", 1, "DURATION", "P2Y"),
  ("1pm", 1, "TIME", "2022-03-17T13:00"),
  ("11am", 1, "TIME", "2022-03-17T11:00"),
  ("4pm", 1, "TIME", "2022-03-17T16:00"),
  ("Sunday evening", 1, "TIME", "2022-03-20TEV"),
  ("each year", 1, "SET", "P1Y")]),
# 34 Australian company filing, fiscal year to June
("2023-08-22",
 "SYDNEY - Coastal Freight Ltd reported a net profit of A$212 million for the 12 months ended June 30, up from "
 "A$180 million in fiscal 2022. Earnings in the six months to June were hurt by a 10-day strike in March. The "
 "board declared a final dividend payable on 22 September and expects FY24 revenue growth of 4-6 per cent. The "
 "chief executive, who joined in 2019, said the new financial year had started well.",
 [("the 12 months", 1, "DURATION", "P12M"),
  ("June 30", 1, "DATE", "2023-06-30"),
  ("fiscal 2022", 1, "DATE", "FY2022"),
  ("the six months", 1, "DURATION", "P6M"),
  ("June", 2, "DATE", "2023-06"),
  ("10-day", 1, "DURATION", "P10D"),
  ("March", 1, "DATE", "2023-03"),
  ("22 September", 1, "DATE", "2023-09-22"),
  ("FY24", 1, "DATE", "FY2024"),
  ("2019", 1, "DATE", "2019"),
  ("the new financial year", 1, "DATE", "FY2024")]),
# 35 space mission, lunar lander
("2024-01-22",
 "TOKYO - Japan's SLIM probe touched down on the Moon at 12:20 a.m. on Saturday, Tokyo time, making Japan the "
 "fifth nation to land there, but its solar cells are not generating power. JAXA said the lander could run on "
 "battery for only a few hours. Engineers hope the panels will catch sunlight within days. The mission launched "
 "on 7 September 2023 and took more than four months to reach lunar orbit. The agency will give an update on "
 "Thursday.",
 [("12:20 a.m.", 1, "TIME", "2024-01-20T00:20"),
  ("Saturday", 1, "DATE", "2024-01-20"),
  ("a few hours", 1, "DURATION", "PTXH"),
  ("days", 1, "DURATION", "PXD"),
  ("7 September 2023", 1, "DATE", "2023-09-07"),
  ("more than four months", 1, "DURATION", "P4M"),
  ("Thursday", 1, "DATE", "2024-01-25")]),
# 36 Singapore sport season preview
("2025-08-15",
 "The 2025-26 Singapore Premier League season kicks off on Saturday 23 Aug with champions Lion City Sailors hosting "
 "Tampines Rovers at 7.45pm. The league has moved to a European-style schedule, so this season runs for nine "
 "months, ending in May 2026. Each club plays 24 matches, roughly one every eight days. The transfer window closes "
 "at 11.59pm on 9 Sep.",
 [("2025", 1, "DATE", "2025"),
  ("26", 1, "DATE", "2026"),
  ("Saturday 23 Aug", 1, "DATE", "2025-08-23"),
  ("7.45pm", 1, "TIME", "2025-08-23T19:45"),
  ("nine months", 1, "DURATION", "P9M"),
  ("May 2026", 1, "DATE", "2026-05"),
  ("every eight days", 1, "SET", "P8D"),
  ("11.59pm", 1, "TIME", "2025-09-09T23:59"),
  ("9 Sep", 1, "DATE", "2025-09-09")]),
# 37 radio transcript
("1990-11-22",
 "PRESENTER: It's just gone seven o'clock on Thursday the 22nd of November. The Prime Minister announced this "
 "morning that she will not contest the second ballot. MINISTER: I spoke to her at about half past nine last night, "
 "and she had not decided then. PRESENTER: The second round takes place on Tuesday; nominations close at noon "
 "today.",
 [("seven o'clock", 1, "TIME", "1990-11-22T07:00"),
  ("Thursday the 22nd of November", 1, "DATE", "1990-11-22"),
  ("this morning", 1, "TIME", "1990-11-22TMO"),
  ("about half past nine", 1, "TIME", "1990-11-21T21:30"),
  ("last night", 1, "TIME", "1990-11-21TNI"),
  ("then", 1, "TIME", "1990-11-21T21:30"),
  ("Tuesday", 1, "DATE", "1990-11-27"),
  ("noon", 1, "TIME", "1990-11-22T12:00"),
  ("today", 1, "DATE", "1990-11-22")]),
# 38 Philippine disaster report
("1991-06-16",
 "ANGELES CITY - Mount Pinatubo erupted again at 1:42 p.m. Saturday, its most violent blast since the volcano "
 "awoke in early April after 600 years of silence. A passing typhoon brought heavy rain through Saturday night, "
 "turning the ash to mud. Volcanologists said eruptions could continue for weeks. Evacuees at Clark Air Base were "
 "moved on Monday, June 10, and about 15,000 Americans left by sea over the following days.",
 [("1:42 p.m. Saturday", 1, "TIME", "1991-06-15T13:42"),
  ("early April", 1, "DATE", "1991-04"),
  ("600 years", 1, "DURATION", "P600Y"),
  ("Saturday night", 1, "TIME", "1991-06-15TNI"),
  ("weeks", 1, "DURATION", "PXW"),
  ("Monday, June 10", 1, "DATE", "1991-06-10"),
  ("the following days", 1, "DURATION", "PXD")]),
# 39 Olympic athletics report, clock-style durations
("1992-08-03",
 "BARCELONA, Aug. 3 - Linford Christie won the Olympic 100 metres on Saturday night in 9.96 seconds, becoming at "
 "32 the oldest champion in the event. On Sunday, Fermín Cacho won the 1,500 metres in 3:40.12 before a home "
 "crowd. The men's marathon starts at 6:30 p.m. on Sunday, Aug. 9, to avoid the worst of the heat. Christie had "
 "trained twice a day for the past four years.",
 [("Aug. 3", 1, "DATE", "1992-08-03"),
  ("Saturday night", 1, "TIME", "1992-08-01TNI"),
  ("9.96 seconds", 1, "DURATION", "PT9.96S"),
  ("Sunday", 1, "DATE", "1992-08-02"),
  ("3:40.12", 1, "DURATION", "PT3M40.12S"),
  ("6:30 p.m.", 1, "TIME", "1992-08-09T18:30"),
  ("Sunday, Aug. 9", 1, "DATE", "1992-08-09"),
  ("twice a day", 1, "SET", "P1D"),
  ("the past four years", 1, "DURATION", "P4Y")]),
# 40 US company quarterly results
("1993-10-19",
 "NEW YORK - Ameriflex Corp. said on Tuesday that profit for the third quarter fell 18 percent from the same "
 "quarter of 1992, hurt by a six-week strike at its Ohio plant that ended in mid-August. Sales for the nine months "
 "to September were $2.1 billion. The company, which changed its fiscal year in 1991, expects fourth-quarter "
 "results to improve and will report them in late January.",
 [("Tuesday", 1, "DATE", "1993-10-19"),
  ("the third quarter", 1, "DATE", "1993-Q3"),
  ("the same quarter of 1992", 1, "DATE", "1992-Q3"),
  ("six-week", 1, "DURATION", "P6W"),
  ("mid-August", 1, "DATE", "1993-08"),
  ("the nine months", 1, "DURATION", "P9M"),
  ("September", 1, "DATE", "1993-09"),
  ("1991", 1, "DATE", "1991"),
  ("fourth-quarter", 1, "DATE", "1993-Q4"),
  ("late January", 1, "DATE", "1994-01")]),
# 41 opinion, generic time and distractors
("1994-06-14",
 "These days every family seems to own a car, and the 10-minute walk to school has become a 10-minute drive. In "
 "the 1960s, children walked. Now the council plans to close Ballymore's main lane to traffic every morning from "
 "September. A trial in the spring of 1992 lasted just three weeks. It is an experiment worth watching, and the "
 "results will be known in due course; present-day planners forget that towns were built for feet.",
 [("These days", 1, "DATE", "PRESENT_REF"),
  ("the 1960s", 1, "DATE", "196"),
  ("Now", 1, "DATE", "PRESENT_REF"),
  ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
  ("September", 1, "DATE", "1994-09"),
  ("the spring of 1992", 1, "DATE", "1992-SP"),
  ("three weeks", 1, "DURATION", "P3W")]),
# 42 Irish health news, ages as distractors
("1995-05-10",
 "Babies should receive their second dose of whooping cough vaccine at 4 months, the Department of Health said "
 "yesterday, after a 3-month-old in Cork died last week. Cases have risen sharply in the past two years, with 412 "
 "notified in 1994 compared with 89 in 1992. The new schedule, which starts on 1 October, offers a clinic visit "
 "every eight weeks, and parents can expect a letter within the next month.",
 [("yesterday", 1, "DATE", "1995-05-09"),
  ("last week", 1, "DATE", "1995-W18"),
  ("the past two years", 1, "DURATION", "P2Y"),
  ("1994", 1, "DATE", "1994"),
  ("1992", 1, "DATE", "1992"),
  ("1 October", 1, "DATE", "1995-10-01"),
  ("every eight weeks", 1, "SET", "P8W"),
  ("the next month", 1, "DURATION", "P1M")]),
# 43 Canadian memoir, story 1966 with weekday and clock times
("1996-10-15",
 "In his memoir, published this month, the retired Winnipeg train conductor Walter Bauer remembers the blizzard of "
 "Friday, March 4, 1966. His train left Churchill at 6:15 that evening and stalled in drifts shortly after "
 "midnight. For the next three days the passengers lived on tinned soup. Rescue came on the Monday morning, when a "
 "snowplough reached them at 10:40. Two years later he was promoted to the Vancouver run, which he worked until "
 "1989.",
 [("this month", 1, "DATE", "1996-10"),
  ("Friday, March 4, 1966", 1, "DATE", "1966-03-04"),
  ("6:15", 1, "TIME", "1966-03-04T18:15"),
  ("that evening", 1, "TIME", "1966-03-04TEV"),
  ("shortly after midnight", 1, "TIME", "1966-03-05T00:00"),
  ("the next three days", 1, "DURATION", "P3D"),
  ("the Monday morning", 1, "TIME", "1966-03-07TMO"),
  ("10:40", 1, "TIME", "1966-03-07T10:40"),
  ("Two years", 1, "DURATION", "P2Y"),
  ("1989", 1, "DATE", "1989")]),
# 44 Canadian flood bulletin, half units
("1997-04-29",
 "WINNIPEG - The Red River is expected to crest in Winnipeg on Thursday or Friday at about 24.5 feet, the highest "
 "level since 1826, provincial forecasters said Tuesday. The river has been above flood stage for three and a half "
 "weeks. Some 25,000 people have left their homes since April 20, and the army says troops will stay until "
 "mid-May. A 1950 flood forced the evacuation of 100,000 people.",
 [("Thursday", 1, "DATE", "1997-05-01"),
  ("Friday", 1, "DATE", "1997-05-02"),
  ("1826", 1, "DATE", "1826"),
  ("Tuesday", 1, "DATE", "1997-04-29"),
  ("three and a half weeks", 1, "DURATION", "P3.5W"),
  ("April 20", 1, "DATE", "1997-04-20"),
  ("mid-May", 1, "DATE", "1997-05"),
  ("1950", 1, "DATE", "1950")]),
# 45 Kenyan football match report
("1998-07-13",
 "NAIROBI - Gor Mahia went top of the Kenya National Football League on Sunday with a 2-0 win over AFC Leopards at "
 "Nyayo Stadium, their first derby victory in three years. Both goals came in a four-minute spell early in the "
 "second half. Kick-off on Sunday was delayed by half an hour. Gor Mahia, champions in 1995, play Mumias Sugar on "
 "Wednesday at 3.00pm, and the derby return leg is on 14th November, 1998.",
 [("Sunday", 1, "DATE", "1998-07-12"),
  ("three years", 1, "DURATION", "P3Y"),
  ("four-minute", 1, "DURATION", "PT4M"),
  ("Sunday", 2, "DATE", "1998-07-12"),
  ("half an hour", 1, "DURATION", "PT30M"),
  ("1995", 1, "DATE", "1995"),
  ("Wednesday", 1, "DATE", "1998-07-15"),
  ("3.00pm", 1, "TIME", "1998-07-15T15:00"),
  ("14th November, 1998", 1, "DATE", "1998-11-14")]),
# 46 space mission lost
("1999-09-24",
 "PASADENA - NASA lost contact with the Mars Climate Orbiter at 2:04 a.m. PDT Thursday as it fired its engine to "
 "enter orbit, ending a nine-and-a-half-month journey. Engineers had expected to hear from the craft about 20 "
 "minutes later. The $125 million probe was launched on Dec. 11, 1998. Its sister craft is due to touch down on "
 "Dec. 3. NASA said it would listen for a signal every hour through the weekend.",
 [("2:04 a.m. PDT Thursday", 1, "TIME", "1999-09-23T02:04"),
  ("nine-and-a-half-month", 1, "DURATION", "P9.5M"),
  ("about 20 minutes", 1, "DURATION", "PT20M"),
  ("Dec. 11, 1998", 1, "DATE", "1998-12-11"),
  ("Dec. 3", 1, "DATE", "1999-12-03"),
  ("every hour", 1, "SET", "PT1H"),
  ("the weekend", 1, "DATE", "1999-W38-WE")]),
# 47 Singapore company filing, day-first dates
("2000-05-29",
 "SINGAPORE - Orchid Holdings Ltd reported revenue of S$88.4 million for the financial year ended 31 March 2000 "
 "(FY2000), up 14% year-on-year. The Board will pay a final dividend on 28 Jul 2000, subject to approval at the "
 "AGM on 26/7/2000. For the current quarter ending 30 June, the Group expects demand to remain firm. The Group has "
 "been listed on the exchange for a decade.",
 [("31 March 2000", 1, "DATE", "2000-03-31"),
  ("FY2000", 1, "DATE", "FY2000"),
  ("28 Jul 2000", 1, "DATE", "2000-07-28"),
  ("26/7/2000", 1, "DATE", "2000-07-26"),
  ("the current quarter", 1, "DATE", "2000-Q2"),
  ("30 June", 1, "DATE", "2000-06-30"),
  ("a decade", 1, "DURATION", "P10Y")]),
# 48 Canadian local news, sets
("2001-09-19",
 "OTTAWA - Starting Monday, Oct. 1, curbside recycling in Ottawa's west end will be collected every other week "
 "instead of weekly, the city announced yesterday. Residents will receive a yearly collection calendar in the mail "
 "by Sept. 28. Council approved the change in June after a two-month trial in Kanata, which saved about $400,000.",
 [("Monday, Oct. 1", 1, "DATE", "2001-10-01"),
  ("every other week", 1, "SET", "P2W"),
  ("weekly", 1, "SET", "P1W"),
  ("yesterday", 1, "DATE", "2001-09-18"),
  ("yearly", 1, "SET", "P1Y"),
  ("Sept. 28", 1, "DATE", "2001-09-28"),
  ("June", 1, "DATE", "2001-06"),
  ("two-month", 1, "DURATION", "P2M")]),
# 49 NZ inquest, story 1995; 'Seven years later' reaches the DCT year
("2002-05-15",
 "An inquest in Auckland yesterday heard that a tramper who died on the Tongariro Crossing in 1995 had set off at "
 "8am on Saturday 4 November without a map. She was last seen at the Red Crater about three hours later. A search "
 "began the following morning and her body was found on the Tuesday. Seven years later, the coroner said, signage "
 "has improved, and new shelters will open next month. He will release his findings in a fortnight.",
 [("yesterday", 1, "DATE", "2002-05-14"),
  ("1995", 1, "DATE", "1995"),
  ("8am", 1, "TIME", "1995-11-04T08:00"),
  ("Saturday 4 November", 1, "DATE", "1995-11-04"),
  ("about three hours", 1, "DURATION", "PT3H"),
  ("the following morning", 1, "TIME", "1995-11-05TMO"),
  ("the Tuesday", 1, "DATE", "1995-11-07"),
  ("Seven years", 1, "DURATION", "P7Y"),
  ("next month", 1, "DATE", "2002-06"),
  ("a fortnight", 1, "DURATION", "P2W")]),
# 50 Kenyan school calendar
("2003-03-18",
 "NAIROBI - Public primary and secondary schools will close for the April holiday on Friday 4th April, 2003 and "
 "reopen on Monday 5th May, 2003, the Ministry of Education announced yesterday. Second term will run for 13 weeks. "
 "Enrolment has risen by 1.3 million since free primary education was introduced in January. Head teachers have "
 "until 31/03/2003 to submit returns, and inspectors will visit schools every fortnight.",
 [("Friday 4th April, 2003", 1, "DATE", "2003-04-04"),
  ("Monday 5th May, 2003", 1, "DATE", "2003-05-05"),
  ("yesterday", 1, "DATE", "2003-03-17"),
  ("13 weeks", 1, "DURATION", "P13W"),
  ("January", 1, "DATE", "2003-01"),
  ("31/03/2003", 1, "DATE", "2003-03-31"),
  ("every fortnight", 1, "SET", "P2W")]),
# 51 NZ science news, year range, age after 'at'
("2004-07-15",
 "A Dunedin study published on Tuesday has followed 1,037 children born between April 1972 and March 1973 for more "
 "than three decades. Those who slept badly at 3 years had more health problems at 32. Participants were last "
 "assessed in 2003-2004, and the next round of interviews begins in the spring of 2005. Over the past decade, the "
 "study has produced a paper roughly every month.",
 [("Tuesday", 1, "DATE", "2004-07-13"),
  ("April 1972", 1, "DATE", "1972-04"),
  ("March 1973", 1, "DATE", "1973-03"),
  ("more than three decades", 1, "DURATION", "P30Y"),
  ("2003", 1, "DATE", "2003"),
  ("2004", 1, "DATE", "2004"),
  ("the spring of 2005", 1, "DATE", "2005-SP"),
  ("the past decade", 1, "DURATION", "P10Y"),
  ("every month", 1, "SET", "P1M")]),
# 52 Irish ferry timetable
("2005-02-14",
 "Irish Ferries will operate its Rosslare-Pembroke service twice daily from 1st June until 30th September 2005, "
 "departing Rosslare at 08.45 and 20.45. The crossing takes 3 hours 45 minutes. During the winter the service will "
 "be reduced to one sailing each day, and the vessel will go to dry dock for a fortnight in January. Bookings made "
 "before 31st March receive a 10% discount.",
 [("twice daily", 1, "SET", "P1D"),
  ("1st June", 1, "DATE", "2005-06-01"),
  ("30th September 2005", 1, "DATE", "2005-09-30"),
  ("08.45", 1, "TIME", "XXXX-XX-XXT08:45"),
  ("20.45", 1, "TIME", "XXXX-XX-XXT20:45"),
  ("3 hours 45 minutes", 1, "DURATION", "PT3H45M"),
  ("the winter", 1, "DATE", "2005-WI"),
  ("each day", 1, "SET", "P1D"),
  ("a fortnight", 1, "DURATION", "P2W"),
  ("January", 1, "DATE", "2006-01"),
  ("31st March", 1, "DATE", "2005-03-31")]),
# 53 Canadian court judgment, story 1998
("2006-05-13",
 "OTTAWA - The Supreme Court of Canada on Friday ordered a new trial for a Quebec man convicted of killing his "
 "neighbour during the ice storm of January 1998. The Crown's case rested on a statement he gave at 2:30 a.m. on "
 "Jan. 9, 1998, after 14 hours in custody without a lawyer. Writing for the majority, Justice Fish said police had "
 "questioned him again that afternoon. The new trial is expected to begin within 18 months.",
 [("Friday", 1, "DATE", "2006-05-12"),
  ("January 1998", 1, "DATE", "1998-01"),
  ("2:30 a.m.", 1, "TIME", "1998-01-09T02:30"),
  ("Jan. 9, 1998", 1, "DATE", "1998-01-09"),
  ("14 hours", 1, "DURATION", "PT14H"),
  ("that afternoon", 1, "TIME", "1998-01-09TAF"),
  ("18 months", 1, "DURATION", "P18M")]),
# 54 Canadian hockey season preview
("2007-09-28",
 "The Ottawa Senators open the 2007-08 NHL season at Toronto on Wednesday, Oct. 3, at 7 p.m. ET, four months after "
 "losing the Stanley Cup final to Anaheim. Ottawa plays 41 home games, with back-to-back sets roughly every other "
 "weekend. The trade deadline is Feb. 26, and the regular season ends April 6. Captain Daniel Alfredsson, 34, "
 "signed a four-year extension in the summer.",
 [("2007", 1, "DATE", "2007"),
  ("08", 1, "DATE", "2008"),
  ("Wednesday, Oct. 3", 1, "DATE", "2007-10-03"),
  ("7 p.m. ET", 1, "TIME", "2007-10-03T19:00"),
  ("four months", 1, "DURATION", "P4M"),
  ("every other weekend", 1, "SET", "P2W"),
  ("Feb. 26", 1, "DATE", "2008-02-26"),
  ("April 6", 1, "DATE", "2008-04-06"),
  ("four-year", 1, "DURATION", "P4Y"),
  ("the summer", 1, "DATE", "2007-SU")]),
# 55 NZ flood bulletin
("2008-07-31",
 "Civil Defence declared a state of emergency in the Whanganui district at 4.30pm yesterday after 180mm of rain "
 "fell in 30 hours. The river is expected to peak at around 3am tomorrow, close to the level of February 2004. "
 "Residents of Anzac Parade must leave by 10pm today. Updates will be issued hourly until the river falls, and "
 "the emergency is likely to last at least a week.",
 [("4.30pm", 1, "TIME", "2008-07-30T16:30"),
  ("yesterday", 1, "DATE", "2008-07-30"),
  ("30 hours", 1, "DURATION", "PT30H"),
  ("around 3am", 1, "TIME", "2008-08-01T03:00"),
  ("tomorrow", 1, "DATE", "2008-08-01"),
  ("February 2004", 1, "DATE", "2004-02"),
  ("10pm", 1, "TIME", "2008-07-31T22:00"),
  ("today", 1, "DATE", "2008-07-31"),
  ("hourly", 1, "SET", "PT1H"),
  ("at least a week", 1, "DURATION", "P1W")]),
# 56 Singapore religious calendar
("2009-08-10",
 "SINGAPORE - The Islamic Religious Council of Singapore said the fasting month will begin on Saturday 22 Aug, and "
 "Hari Raya Puasa is expected to fall on Sunday 20 Sep, subject to the sighting of the new moon. Mosques will hold "
 "terawih prayers nightly. Hari Raya Haji will be on 27 Nov. The council's calendar for 2010 will be published in "
 "December.",
 [("Saturday 22 Aug", 1, "DATE", "2009-08-22"),
  ("Hari Raya Puasa", 1, "DATE", "2009-09-20"),
  ("Sunday 20 Sep", 1, "DATE", "2009-09-20"),
  ("nightly", 1, "SET", "XXXX-XX-XXTNI"),
  ("Hari Raya Haji", 1, "DATE", "2009-11-27"),
  ("27 Nov", 1, "DATE", "2009-11-27"),
  ("2010", 1, "DATE", "2010"),
  ("December", 1, "DATE", "2009-12")]),
# 57 Kenyan court judgment, story 2008
("2010-06-23",
 "NAKURU - The High Court yesterday jailed a man for 15 years for burning a house in Naivasha on 27th January, "
 "2008, during the post-election violence. The court heard that the accused led a group that arrived at about "
 "4.00pm and that the fire burned for two hours. A witness said the group had met the previous night. Justice "
 "Kimaru said the case had waited more than two years to be heard. The accused has 14 days to appeal.",
 [("yesterday", 1, "DATE", "2010-06-22"),
  ("15 years", 1, "DURATION", "P15Y"),
  ("27th January, 2008", 1, "DATE", "2008-01-27"),
  ("about 4.00pm", 1, "TIME", "2008-01-27T16:00"),
  ("two hours", 1, "DURATION", "PT2H"),
  ("the previous night", 1, "TIME", "2008-01-26TNI"),
  ("more than two years", 1, "DURATION", "P2Y"),
  ("14 days", 1, "DURATION", "P14D")]),
# 58 Philippine local news, Holy Week
("2011-04-18",
 "MANILA - The Metropolitan Manila Development Authority will suspend the number-coding scheme on Maundy Thursday "
 "and Good Friday, April 21 and 22, as millions leave the capital for Holy Week. Bus terminals will stay open "
 "around the clock from Wednesday. The North Luzon Expressway expects traffic to peak between 5 a.m. and 9 a.m. on "
 "Wednesday. Normal coding resumes on Monday, April 25.",
 [("Maundy Thursday", 1, "DATE", "2011-04-21"),
  ("Good Friday", 1, "DATE", "2011-04-22"),
  ("April 21", 1, "DATE", "2011-04-21"),
  ("22", 1, "DATE", "2011-04-22"),
  ("Holy Week", 1, "DATE", "2011-W16"),
  ("Wednesday", 1, "DATE", "2011-04-20"),
  ("5 a.m.", 1, "TIME", "2011-04-20T05:00"),
  ("9 a.m.", 1, "TIME", "2011-04-20T09:00"),
  ("Wednesday", 2, "DATE", "2011-04-20"),
  ("Monday, April 25", 1, "DATE", "2011-04-25")]),
# 59 NZ memoir review, centuries and decades
("2012-09-12",
 "In 'Salt and Stone', published in Wellington this week, historian Anne Te Awa traces her family from the 19th "
 "century to the present. Her great-grandfather arrived in Lyttelton on 12 February 1851 after a voyage of 99 "
 "days. The family farmed the same land for five generations, until the 1970s. 'Today we remember him every "
 "February,' she writes.",
 [("this week", 1, "DATE", "2012-W37"),
  ("the 19th century", 1, "DATE", "18"),
  ("the present", 1, "DATE", "PRESENT_REF"),
  ("12 February 1851", 1, "DATE", "1851-02-12"),
  ("99 days", 1, "DURATION", "P99D"),
  ("the 1970s", 1, "DATE", "197"),
  ("Today", 1, "DATE", "PRESENT_REF"),
  ("every February", 1, "SET", "XXXX-02")]),
# 60 Canadian aviation notice
("2013-05-31",
 "NAV CANADA advises that Runway 06L/24R at Toronto Pearson will be closed from 2300 EDT on Friday, June 7 until "
 "0500 EDT on Monday, June 10, 2013 for paving. Expect departure delays of 20 to 30 minutes. A similar closure "
 "last year lasted 54 hours. Pilots should consult notices issued 72 hours in advance.",
 [("2300 EDT", 1, "TIME", "2013-06-07T23:00"),
  ("Friday, June 7", 1, "DATE", "2013-06-07"),
  ("0500 EDT", 1, "TIME", "2013-06-10T05:00"),
  ("Monday, June 10, 2013", 1, "DATE", "2013-06-10"),
  ("20 to 30 minutes", 1, "DURATION", "PTXM"),
  ("last year", 1, "DATE", "2012"),
  ("54 hours", 1, "DURATION", "PT54H"),
  ("72 hours", 1, "DURATION", "PT72H")]),
# 61 marathon match report, clock-style durations
("2014-09-29",
 "BERLIN, Sept 29 - Kenya's Dennis Kimetto won the Berlin Marathon on Sunday in 2:02:57, breaking the world record "
 "by 26 seconds. He passed halfway in 61:45 and ran the second half in about 61 minutes. The previous record, "
 "2:03:23, had stood for a year. Kimetto, who was farming maize in Eldoret five years ago, will return home on "
 "Wednesday.",
 [("Sept 29", 1, "DATE", "2014-09-29"),
  ("Sunday", 1, "DATE", "2014-09-28"),
  ("2:02:57", 1, "DURATION", "PT2H2M57S"),
  ("26 seconds", 1, "DURATION", "PT26S"),
  ("61:45", 1, "DURATION", "PT61M45S"),
  ("about 61 minutes", 1, "DURATION", "PT61M"),
  ("2:03:23", 1, "DURATION", "PT2H3M23S"),
  ("a year", 1, "DURATION", "P1Y"),
  ("five years ago", 1, "DATE", "2009"),
  ("Wednesday", 1, "DATE", "2014-10-01")]),
# 62 Indian company results, month ranges, model name
("2015-07-29",
 "MUMBAI - Dhanlaxmi Motors reported a 9% rise in net profit for the April-June quarter, helped by price rises in "
 "May, though sales of its Zeta 150 scooter fell. The company kept its fiscal 2016 forecast and expects the "
 "festival season, from mid-September to November, to lift demand. It will announce results for July-September on "
 "28 October. Shares have doubled since 2013.",
 [("April", 1, "DATE", "2015-04"),
  ("June", 1, "DATE", "2015-06"),
  ("May", 1, "DATE", "2015-05"),
  ("fiscal 2016", 1, "DATE", "FY2016"),
  ("mid-September", 1, "DATE", "2015-09"),
  ("November", 1, "DATE", "2015-11"),
  ("July", 1, "DATE", "2015-07"),
  ("September", 2, "DATE", "2015-09"),
  ("28 October", 1, "DATE", "2015-10-28"),
  ("2013", 1, "DATE", "2013")]),
# 63 Welsh inquest, story 2014; 'Two years later' reaches the DCT year
("2016-04-12",
 "An inquest in Cardiff has heard that a climber who died on Pen y Fan on Sunday 2 February 2014 phoned his wife "
 "at 1.15pm to say the weather had closed in. Mountain rescue teams set out at 4pm and found him shortly before "
 "9pm, about 200m from the summit. A post-mortem examination the following day found he died of hypothermia. Two "
 "years later, his family says the warnings at the car park are unchanged. The hearing continues tomorrow.",
 [("Sunday 2 February 2014", 1, "DATE", "2014-02-02"),
  ("1.15pm", 1, "TIME", "2014-02-02T13:15"),
  ("4pm", 1, "TIME", "2014-02-02T16:00"),
  ("shortly before 9pm", 1, "TIME", "2014-02-02T21:00"),
  ("the following day", 1, "DATE", "2014-02-03"),
  ("Two years", 1, "DURATION", "P2Y"),
  ("tomorrow", 1, "DATE", "2016-04-13")]),
# 64 Irish by-election timetable
("2017-05-02",
 "Polling stations will open from 7am to 10pm on Friday, 26 May, the returning officer for Cork North-Central said. "
 "Counting begins at 9am on Saturday in City Hall, and a result is expected that evening. Nominations close at "
 "noon on Thursday 11 May. The seat became vacant when Deputy Mary Nolan died in March after 19 years in the Dáil.",
 [("7am", 1, "TIME", "2017-05-26T07:00"),
  ("10pm", 1, "TIME", "2017-05-26T22:00"),
  ("Friday, 26 May", 1, "DATE", "2017-05-26"),
  ("9am", 1, "TIME", "2017-05-27T09:00"),
  ("Saturday", 1, "DATE", "2017-05-27"),
  ("that evening", 1, "TIME", "2017-05-27TEV"),
  ("noon", 1, "TIME", "2017-05-11T12:00"),
  ("Thursday 11 May", 1, "DATE", "2017-05-11"),
  ("March", 1, "DATE", "2017-03"),
  ("19 years", 1, "DURATION", "P19Y")]),
# 65 Kenyan health science, ages after 'at'
("2018-06-19",
 "Researchers in Nairobi said on Monday that a malaria vaccine trial, which began in April 2016, had cut severe "
 "cases by about 30 per cent in children given four doses over 18 months. The vaccine is currently given at 5 "
 "months, with a booster at 2 years. Results will be presented at a conference in the third week of October. "
 "Large-scale use is unlikely before 2020.",
 [("Monday", 1, "DATE", "2018-06-18"),
  ("April 2016", 1, "DATE", "2016-04"),
  ("18 months", 1, "DURATION", "P18M"),
  ("currently", 1, "DATE", "PRESENT_REF"),
  ("the third week of October", 1, "DATE", "2018-W42"),
  ("2020", 1, "DATE", "2020")]),
# 66 NZ local news, festival
("2019-06-20",
 "Matariki celebrations in Rotorua will begin on Thursday 27 June with a karakia at 6.30am at the lakefront. Events "
 "continue for the next ten days, ending on Sunday 7 July. The council has budgeted $80,000, up from $55,000 two "
 "years ago. Last year's festival drew 12,000 people over three days, and organisers hope it will become a public "
 "holiday within five years.",
 [("Thursday 27 June", 1, "DATE", "2019-06-27"),
  ("6.30am", 1, "TIME", "2019-06-27T06:30"),
  ("the next ten days", 1, "DURATION", "P10D"),
  ("Sunday 7 July", 1, "DATE", "2019-07-07"),
  ("two years ago", 1, "DATE", "2017"),
  ("Last year", 1, "DATE", "2018"),
  ("three days", 1, "DURATION", "P3D"),
  ("five years", 1, "DURATION", "P5Y")]),
# 67 Kenyan flood bulletin, dotted day-first dates
("2020-05-08",
 "The Water Resources Authority has warned residents along the Nzoia River that water levels recorded on 7.5.2020 "
 "were the highest since 1961. Heavy rains are expected to continue until the end of May. Over 100,000 people have "
 "been displaced since March. A follow-up advisory will be issued on 12.05.2020, and the Authority is monitoring "
 "the river every three hours. The long rains usually last from March to May.",
 [("7.5.2020", 1, "DATE", "2020-05-07"),
  ("1961", 1, "DATE", "1961"),
  ("the end of May", 1, "DATE", "2020-05"),
  ("March", 1, "DATE", "2020-03"),
  ("12.05.2020", 1, "DATE", "2020-05-12"),
  ("every three hours", 1, "SET", "PT3H"),
  ("March", 2, "DATE", "XXXX-03"),
  ("May", 2, "DATE", "XXXX-05")]),
# 68 Mars landing
("2021-02-19",
 "NASA's Perseverance rover landed in Jezero Crater at 3:55 p.m. EST Thursday after a journey of nearly seven "
 "months. The final descent, which engineers call the 'seven minutes of terror', went without a hitch. The rover's "
 "helicopter could make its first flight in the spring. Perseverance will collect rock samples over the next two "
 "years for a later mission to bring back to Earth in the early 2030s. It is expected to work for at least 687 "
 "days.",
 [("3:55 p.m. EST Thursday", 1, "TIME", "2021-02-18T15:55"),
  ("nearly seven months", 1, "DURATION", "P7M"),
  ("seven minutes", 1, "DURATION", "PT7M"),
  ("the spring", 1, "DATE", "2021-SP"),
  ("the next two years", 1, "DURATION", "P2Y"),
  ("the early 2030s", 1, "DATE", "203"),
  ("at least 687 days", 1, "DURATION", "P687D")]),
# 69 Philippine obituary, story 1986 with weekday and clock time
("2022-03-03",
 "Fr. Roberto Santos, who rang the bells of a Quezon City parish to call people to EDSA in February 1986, died on "
 "Tuesday at 88. In a memoir published a decade ago, he recalled hearing the Cardinal's appeal on Radio Veritas at "
 "about 9 p.m. on Saturday, Feb. 22, 1986. He rang the bells for half an hour, and by the next morning the avenue "
 "was full. For the following three days he barely slept. His wake is open daily until Sunday.",
 [("February 1986", 1, "DATE", "1986-02"),
  ("Tuesday", 1, "DATE", "2022-03-01"),
  ("a decade ago", 1, "DATE", "2012"),
  ("about 9 p.m.", 1, "TIME", "1986-02-22T21:00"),
  ("Saturday, Feb. 22, 1986", 1, "DATE", "1986-02-22"),
  ("half an hour", 1, "DURATION", "PT30M"),
  ("the next morning", 1, "TIME", "1986-02-23TMO"),
  ("the following three days", 1, "DURATION", "P3D"),
  ("daily", 1, "SET", "P1D"),
  ("Sunday", 1, "DATE", "2022-03-06")]),
# 70 Philippine shipping advisory, duration range with 'to'
("2023-07-26",
 "PORT ADVISORY - The Philippine Coast Guard has suspended sea travel from Batangas to Calapan until further notice "
 "while storm signal no. 2 remains raised over Oriental Mindoro. About 1,200 passengers have been stranded since "
 "5 a.m. on Tuesday, the third suspension this month. Trips are expected to resume within 24 to 36 hours. Ferries "
 "normally leave every 30 minutes between 4 a.m. and 11 p.m.",
 [("5 a.m.", 1, "TIME", "2023-07-25T05:00"),
  ("Tuesday", 1, "DATE", "2023-07-25"),
  ("this month", 1, "DATE", "2023-07"),
  ("24 to 36 hours", 1, "DURATION", "PTXH"),
  ("every 30 minutes", 1, "SET", "PT30M"),
  ("4 a.m.", 1, "TIME", "XXXX-XX-XXT04:00"),
  ("11 p.m.", 1, "TIME", "XXXX-XX-XXT23:00")]),
# 71 Irish exam timetable
("2024-02-20",
 "The 2024 Leaving Certificate examinations begin on Wednesday 5th June with English Paper 1 at 9.30am, the State "
 "Examinations Commission has confirmed. The exams run for almost three weeks, ending on Tuesday 25th June. Results "
 "will be issued on Friday 23rd August, a week later than in pre-pandemic years. Students can view marked scripts "
 "over three days in early September.",
 [("2024", 1, "DATE", "2024"),
  ("Wednesday 5th June", 1, "DATE", "2024-06-05"),
  ("9.30am", 1, "TIME", "2024-06-05T09:30"),
  ("almost three weeks", 1, "DURATION", "P3W"),
  ("Tuesday 25th June", 1, "DATE", "2024-06-25"),
  ("Friday 23rd August", 1, "DATE", "2024-08-23"),
  ("a week", 1, "DURATION", "P1W"),
  ("three days", 1, "DURATION", "P3D"),
  ("early September", 1, "DATE", "2024-09")]),
# 72 Canadian provincial budget, ISO date, fiscal year
("2025-03-20",
 "REGINA - Saskatchewan's 2025-26 budget, tabled on Wednesday, forecasts a surplus of $12 million for the fiscal "
 "year that begins April 1. The province ran deficits in four of the past five years. Property tax notices will be "
 "mailed by 2025-05-15, and the first instalment is due June 30. The finance minister said health spending would "
 "rise 5.5 per cent this year.",
 [("2025", 1, "DATE", "2025"),
  ("26", 1, "DATE", "2026"),
  ("Wednesday", 1, "DATE", "2025-03-19"),
  ("April 1", 1, "DATE", "2025-04-01"),
  ("the past five years", 1, "DURATION", "P5Y"),
  ("2025-05-15", 1, "DATE", "2025-05-15"),
  ("June 30", 1, "DATE", "2025-06-30"),
  ("this year", 1, "DATE", "2025")]),
# 73 police interview transcript read in court, story clock times
("2014-05-21",
 "Transcript read to the jury on Wednesday: Q: What time did you leave the club? A: About quarter to two. Q: That's "
 "the Saturday night, the 12th of April? A: Yes. I'd been there since ten. Q: How long were you outside? A: Ten "
 "minutes, maybe less. Q: And you got home when? A: Twenty past two, and I was asleep by three.",
 [("Wednesday", 1, "DATE", "2014-05-21"),
  ("About quarter to two", 1, "TIME", "2014-04-13T01:45"),
  ("the Saturday night", 1, "TIME", "2014-04-12TNI"),
  ("the 12th of April", 1, "DATE", "2014-04-12"),
  ("ten", 1, "TIME", "2014-04-12T22:00"),
  ("Ten minutes", 1, "DURATION", "PT10M"),
  ("Twenty past two", 1, "TIME", "2014-04-13T02:20"),
  ("three", 1, "TIME", "2014-04-13T03:00")]),
# 74 Kenyan obituary, story 1952
("2015-03-10",
 "NYERI - Former teacher and freedom fighter Joseph Wachira Kariuki, who was detained for seven years during the "
 "Emergency, has died aged 91. He was arrested at his home at about 4am on 21st October, 1952, a day after the "
 "Emergency was declared, and released in 1959. He taught at Othaya Primary School for three decades and was "
 "honoured on Mashujaa Day in 2012. He will be buried on Saturday.",
 [("seven years", 1, "DURATION", "P7Y"),
  ("about 4am", 1, "TIME", "1952-10-21T04:00"),
  ("21st October, 1952", 1, "DATE", "1952-10-21"),
  ("a day", 1, "DURATION", "P1D"),
  ("1959", 1, "DATE", "1959"),
  ("three decades", 1, "DURATION", "P30Y"),
  ("Mashujaa Day", 1, "DATE", "2012-10-20"),
  ("2012", 1, "DATE", "2012"),
  ("Saturday", 1, "DATE", "2015-03-14")]),
# 75 NZ cricket season preview
("2016-11-08",
 "New Zealand's home season begins with the first Test against Pakistan at Hagley Oval on Thursday 17 November, "
 "starting at 10.30am; the five-day match is the first of two. The Black Caps then host Bangladesh over Christmas "
 "and the New Year, with a Boxing Day one-dayer in Christchurch. South Africa arrive in mid-February for a "
 "seven-week tour. Kane Williamson, 26, has captained the side since 2015.",
 [("Thursday 17 November", 1, "DATE", "2016-11-17"),
  ("10.30am", 1, "TIME", "2016-11-17T10:30"),
  ("five-day", 1, "DURATION", "P5D"),
  ("Christmas", 1, "DATE", "2016-12-25"),
  ("the New Year", 1, "DATE", "2017-01-01"),
  ("Boxing Day", 1, "DATE", "2016-12-26"),
  ("mid-February", 1, "DATE", "2017-02"),
  ("seven-week", 1, "DURATION", "P7W"),
  ("2015", 1, "DATE", "2015")]),
# 76 UK company half-year filing
("2017-11-14",
 "LONDON - Harbourline plc said pre-tax profit for the six months to 30 September rose 11% to £48m. The board "
 "expects results for the year to 31 March 2018 to be in line with forecasts, with trading weighted towards the "
 "winter. An interim dividend of 4.2p will be paid on 5 January. Chief executive Sarah Mills, who joined in 2014, "
 "will step down at the end of next year.",
 [("the six months", 1, "DURATION", "P6M"),
  ("30 September", 1, "DATE", "2017-09-30"),
  ("31 March 2018", 1, "DATE", "2018-03-31"),
  ("the winter", 1, "DATE", "2017-WI"),
  ("5 January", 1, "DATE", "2018-01-05"),
  ("2014", 1, "DATE", "2014"),
  ("the end of next year", 1, "DATE", "2018")]),
# 77 Irish weather warning
("2018-02-28",
 "Met Éireann has issued a Status Red snow-ice warning for Leinster and Munster from 4pm on Thursday 1st March "
 "until 3pm on Friday. Schools will be closed on Thursday and Friday, and people are advised to stay indoors from "
 "4pm tomorrow. Snowfalls of up to 30cm are expected within 24 hours. Conditions should ease by Sunday night.",
 [("4pm", 1, "TIME", "2018-03-01T16:00"),
  ("Thursday 1st March", 1, "DATE", "2018-03-01"),
  ("3pm", 1, "TIME", "2018-03-02T15:00"),
  ("Friday", 1, "DATE", "2018-03-02"),
  ("Thursday", 2, "DATE", "2018-03-01"),
  ("Friday", 2, "DATE", "2018-03-02"),
  ("4pm", 2, "TIME", "2018-03-01T16:00"),
  ("tomorrow", 1, "DATE", "2018-03-01"),
  ("24 hours", 1, "DURATION", "PT24H"),
  ("Sunday night", 1, "TIME", "2018-03-04TNI")]),
# 78 Singapore obituary, story 1986; 'Thirty-three years later' reaches the DCT year
("2019-03-19",
 "Mr Tan Ah Hock, a fireman who spent three days searching the rubble of a collapsed Serangoon Road hotel, died on "
 "Sunday aged 80. The building fell at about 11.25am on Saturday, 15 March 1986, and Mr Tan arrived 20 minutes "
 "later. He crawled into the debris that night and helped to free a woman the next afternoon. Thirty-three years "
 "later, he was still invited to speak to recruits every year. His funeral is on Thursday.",
 [("three days", 1, "DURATION", "P3D"),
  ("Sunday", 1, "DATE", "2019-03-17"),
  ("about 11.25am", 1, "TIME", "1986-03-15T11:25"),
  ("Saturday, 15 March 1986", 1, "DATE", "1986-03-15"),
  ("20 minutes", 1, "DURATION", "PT20M"),
  ("that night", 1, "TIME", "1986-03-15TNI"),
  ("the next afternoon", 1, "TIME", "1986-03-16TAF"),
  ("Thirty-three years", 1, "DURATION", "P33Y"),
  ("every year", 1, "SET", "P1Y"),
  ("Thursday", 1, "DATE", "2019-03-21")]),
# 79 climate science news, decades and centuries
("2022-01-20",
 "The past seven years have been the warmest on record, the World Meteorological Organization said on Wednesday. "
 "Global temperatures in 2021 were about 1.1C above the 1850-1900 average. Without deeper cuts, warming could pass "
 "1.5C in the early 2030s and reach 2.7C by the end of the century. Sea levels are now rising twice as fast as in "
 "the 1990s.",
 [("The past seven years", 1, "DURATION", "P7Y"),
  ("Wednesday", 1, "DATE", "2022-01-19"),
  ("2021", 1, "DATE", "2021"),
  ("1850", 1, "DATE", "1850"),
  ("1900", 1, "DATE", "1900"),
  ("the early 2030s", 1, "DATE", "203"),
  ("the end of the century", 1, "DATE", "20"),
  ("now", 1, "DATE", "PRESENT_REF"),
  ("the 1990s", 1, "DATE", "199")]),
# 80 Kenyan exam timetable, day-first slashed date
("2023-09-12",
 "NAIROBI - The Kenya National Examinations Council has released the 2023 KCSE timetable. Candidates will sit the "
 "exams from Monday 23rd October to Friday 24th November, with Mathematics Paper 1 on 30/10/2023 from 8.00am to "
 "10.30am. Results are expected in January, about two months after the last paper, compared with three months in "
 "2016-2017. The council reviews the timetable every other year.",
 [("2023", 1, "DATE", "2023"),
  ("Monday 23rd October", 1, "DATE", "2023-10-23"),
  ("Friday 24th November", 1, "DATE", "2023-11-24"),
  ("30/10/2023", 1, "DATE", "2023-10-30"),
  ("8.00am", 1, "TIME", "2023-10-30T08:00"),
  ("10.30am", 1, "TIME", "2023-10-30T10:30"),
  ("January", 1, "DATE", "2024-01"),
  ("about two months", 1, "DURATION", "P2M"),
  ("three months", 1, "DURATION", "P3M"),
  ("2016", 1, "DATE", "2016"),
  ("2017", 1, "DATE", "2017"),
  ("every other year", 1, "SET", "P2Y")]),
]
