"""Decision lists for eval/dev-dates6 (a DEVELOPMENT set, dates layer only).

Each item: (dct, text, [(surface, occurrence, label, value), ...]). Occurrences count
case-sensitive whole-word matches of the surface in the text (1-based).
Written and labelled by hand; see README.md.
"""

ITEMS = [
    # 1 TV listing
    ("2019-03-14",
     "TV GUIDE: The documentary series returns at 9pm tonight on BBC Two, followed by Newsnight at "
     "10.30pm. On Saturday the channel shows a classic World Cup final in full, and the quiz show airs "
     "every day at 5.15pm until the end of April. Repeats of the drama go out each Sunday.",
     [("9pm tonight", 1, "TIME", "2019-03-14T21:00"),
      ("10.30pm", 1, "TIME", "2019-03-14T22:30"),
      ("Saturday", 1, "DATE", "2019-03-16"),
      ("every day", 1, "SET", "P1D"),
      ("5.15pm", 1, "TIME", "XXXX-XX-XXT17:15"),
      ("the end of April", 1, "DATE", "2019-04"),
      ("each Sunday", 1, "SET", "XXXX-WXX-7")]),
    # 2 rail timetable
    ("2006-07-24",
     "From Monday 31 July, the first train from Bristol Temple Meads will leave at 05:42 and services "
     "will run every 30 minutes until 23:10. On Sundays trains run hourly. Engineering works will close "
     "the line for 48 hours over the August bank holiday weekend, and replacement buses will take about "
     "40 minutes longer.",
     [("Monday 31 July", 1, "DATE", "2006-07-31"),
      ("05:42", 1, "TIME", "XXXX-XX-XXT05:42"),
      ("every 30 minutes", 1, "SET", "PT30M"),
      ("23:10", 1, "TIME", "XXXX-XX-XXT23:10"),
      ("Sundays", 1, "SET", "XXXX-WXX-7"),
      ("hourly", 1, "SET", "PT1H"),
      ("48 hours", 1, "DURATION", "PT48H"),
      ("the August bank holiday weekend", 1, "DATE", "2006-W34-WE"),
      ("about 40 minutes", 1, "DURATION", "PT40M")]),
    # 3 South African school term dates
    ("2014-08-27",
     "Gauteng schools close for the third-term holidays on 26 September and reopen on 6 October 2014, "
     "the provincial education department said on Wednesday. The fourth term runs for ten weeks, ending "
     "on 10 December. Matric examinations start on 27 October and last about five weeks. Parents were "
     "reminded that the 2015 school year opens on 14 January.",
     [("26 September", 1, "DATE", "2014-09-26"),
      ("6 October 2014", 1, "DATE", "2014-10-06"),
      ("Wednesday", 1, "DATE", "2014-08-27"),
      ("ten weeks", 1, "DURATION", "P10W"),
      ("10 December", 1, "DATE", "2014-12-10"),
      ("27 October", 1, "DATE", "2014-10-27"),
      ("about five weeks", 1, "DURATION", "P5W"),
      ("2015", 1, "DATE", "2015"),
      ("14 January", 1, "DATE", "2015-01-14")]),
    # 4 opening hours
    ("2021-07-20",
     "The Castle Museum reopens to visitors on Saturday after a 16-month closure. It will be open from "
     "10am to 5pm daily, with late openings until 9pm on Thursdays through the summer. Entry is free once "
     "a month. The cafe, a two-minute walk from the gate, opens at 9.30am.",
     [("Saturday", 1, "DATE", "2021-07-24"),
      ("16-month", 1, "DURATION", "P16M"),
      ("10am", 1, "TIME", "XXXX-XX-XXT10:00"),
      ("5pm", 1, "TIME", "XXXX-XX-XXT17:00"),
      ("daily", 1, "SET", "P1D"),
      ("9pm", 1, "TIME", "XXXX-XX-XXT21:00"),
      ("Thursdays", 1, "SET", "XXXX-WXX-4"),
      ("the summer", 1, "DATE", "2021-SU"),
      ("once a month", 1, "SET", "P1M"),
      ("9.30am", 1, "TIME", "XXXX-XX-XXT09:30")]),
    # 5 regulatory deadline, US time zone
    ("2018-10-16",
     "Companies have until 5 p.m. ET on Nov. 30, 2018, to file objections, the Federal Communications "
     "Commission said in a notice published Tuesday. Replies are due 15 days after that deadline. The "
     "rule takes effect 60 days after publication in the Federal Register, and carriers must certify "
     "compliance annually. The commission first proposed the change in fiscal 2016.",
     [("5 p.m. ET", 1, "TIME", "2018-11-30T17:00"),
      ("Nov. 30, 2018", 1, "DATE", "2018-11-30"),
      ("Tuesday", 1, "DATE", "2018-10-16"),
      ("15 days", 1, "DURATION", "P15D"),
      ("60 days", 1, "DURATION", "P60D"),
      ("annually", 1, "SET", "P1Y"),
      ("fiscal 2016", 1, "DATE", "2016")]),
    # 6 football fixtures
    ("2003-08-14",
     "Leeds open their Premiership campaign at home to Newcastle on Sunday, August 17, kick-off 4pm. "
     "The club then face three away games in eight days before the transfer window shuts at midnight on "
     "August 31. Manager Peter Reid, whose side lost 3-1 in the same fixture a year ago, said the first "
     "six weeks would decide a lot.",
     [("Sunday, August 17", 1, "DATE", "2003-08-17"),
      ("4pm", 1, "TIME", "2003-08-17T16:00"),
      ("eight days", 1, "DURATION", "P8D"),
      ("midnight", 1, "TIME", "2003-08-31T24:00"),
      ("August 31", 1, "DATE", "2003-08-31"),
      ("a year ago", 1, "DATE", "2002"),
      ("the first six weeks", 1, "DURATION", "P6W")]),
    # 7 live match report
    ("2012-06-08",
     "WARSAW - Live: Poland v Greece. The referee signals four minutes of stoppage time. Robert "
     "Lewandowski's header after 17 minutes had put the hosts ahead in the opening match of Euro 2012, "
     "which kicked off at 6pm this evening. Greece levelled seven minutes into the second half, and it "
     "is now 1-1.",
     [("four minutes", 1, "DURATION", "PT4M"),
      ("17 minutes", 1, "DURATION", "PT17M"),
      ("6pm this evening", 1, "TIME", "2012-06-08T18:00"),
      ("seven minutes", 1, "DURATION", "PT7M"),
      ("now", 1, "DATE", "PRESENT_REF")]),
    # 8 Indian local news, dotted dates
    ("2011-04-14",
     "CHENNAI: The Greater Chennai Corporation has extended the deadline for property tax payment to "
     "30.04.2011, officials said on Tuesday. Assessees who pay before 15.04.2011 will get a rebate of 5 "
     "per cent. Polling in the State was held on Wednesday, and counting is scheduled for 13th May. Water "
     "supply will be suspended for 12 hours from 6 am on Friday in Adyar zone.",
     [("30.04.2011", 1, "DATE", "2011-04-30"),
      ("Tuesday", 1, "DATE", "2011-04-12"),
      ("15.04.2011", 1, "DATE", "2011-04-15"),
      ("Wednesday", 1, "DATE", "2011-04-13"),
      ("13th May", 1, "DATE", "2011-05-13"),
      ("12 hours", 1, "DURATION", "PT12H"),
      ("6 am", 1, "TIME", "2011-04-15T06:00"),
      ("Friday", 1, "DATE", "2011-04-15")]),
    # 9 South African news
    ("2016-01-22",
     "Eskom has warned of load shedding from 17:00 to 22:00 on Saturday, 23 January 2016, as six units "
     "remain offline. The utility said stage 2 cuts could last until Monday. Consumers in Soweto owe R12 "
     "billion, some accounts being in arrears for over a decade. Eskom last implemented rolling blackouts "
     "in August 2015.",
     [("17:00", 1, "TIME", "2016-01-23T17:00"),
      ("22:00", 1, "TIME", "2016-01-23T22:00"),
      ("Saturday, 23 January 2016", 1, "DATE", "2016-01-23"),
      ("Monday", 1, "DATE", "2016-01-25"),
      ("over a decade", 1, "DURATION", "P10Y"),
      ("August 2015", 1, "DATE", "2015-08")]),
    # 10 Australian news, day-first slashed date
    ("2023-04-18",
     "Daylight saving ended in NSW at 3am on Sunday 2 April, and the Bureau of Meteorology says this "
     "autumn has been the driest since 2019. Sydney recorded just 4.2mm of rain in the 14 days to 9am "
     "yesterday. The council's water restrictions, which apply from 15/5/2023, ban garden watering "
     "between 10am and 4pm.",
     [("3am", 1, "TIME", "2023-04-02T03:00"),
      ("Sunday 2 April", 1, "DATE", "2023-04-02"),
      ("this autumn", 1, "DATE", "2023-FA"),
      ("2019", 1, "DATE", "2019"),
      ("the 14 days", 1, "DURATION", "P14D"),
      ("9am yesterday", 1, "TIME", "2023-04-17T09:00"),
      ("15/5/2023", 1, "DATE", "2023-05-15"),
      ("10am", 1, "TIME", "XXXX-XX-XXT10:00"),
      ("4pm", 1, "TIME", "XXXX-XX-XXT16:00")]),
    # 11 Nigerian news
    ("2022-12-05",
     "ABUJA - The Independent National Electoral Commission (INEC) has fixed Saturday, 25th February, "
     "2023 for the presidential election, with governorship polls two weeks later. Collection of "
     "permanent voter cards ends on 22nd January, INEC said on Monday. The commission said the ban on "
     "campaigns takes effect 24 hours before voting begins at 8:30am. Nigeria returned to civilian rule "
     "in 1999.",
     [("Saturday, 25th February, 2023", 1, "DATE", "2023-02-25"),
      ("two weeks", 1, "DURATION", "P2W"),
      ("22nd January", 1, "DATE", "2023-01-22"),
      ("Monday", 1, "DATE", "2022-12-05"),
      ("24 hours", 1, "DURATION", "PT24H"),
      ("8:30am", 1, "TIME", "2023-02-25T08:30"),
      ("1999", 1, "DATE", "1999")]),
    # 12 US news, time zones
    ("2020-09-09",
     "The SpaceX launch, originally set for 10:12 a.m. ET Thursday, has been pushed back 24 hours "
     "because of weather at Cape Canaveral. Liftoff is now targeted for 7:12 a.m. PT Friday. The "
     "company has flown 13 missions so far this year and aims for one roughly every two weeks.",
     [("10:12 a.m. ET Thursday", 1, "TIME", "2020-09-10T10:12"),
      ("24 hours", 1, "DURATION", "PT24H"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("7:12 a.m. PT Friday", 1, "TIME", "2020-09-11T07:12"),
      ("this year", 1, "DATE", "2020"),
      ("every two weeks", 1, "SET", "P2W")]),
    # 13 court report retelling 2014
    ("2017-05-30",
     "A jury at Leeds Crown Court heard on Tuesday that the defendant, aged 34, drove to his former "
     "partner's house on the evening of Friday 14 March 2014. He left about 40 minutes later, at 9.50pm, "
     "and returned the following morning. Two days after that he flew to Spain, where he lived for nearly "
     "three years before his arrest in January 2017. The trial is expected to last three weeks.",
     [("Tuesday", 1, "DATE", "2017-05-30"),
      ("the evening of Friday 14 March 2014", 1, "TIME", "2014-03-14TEV"),
      ("about 40 minutes", 1, "DURATION", "PT40M"),
      ("9.50pm", 1, "TIME", "2014-03-14T21:50"),
      ("the following morning", 1, "TIME", "2014-03-15TMO"),
      ("Two days", 1, "DURATION", "P2D"),
      ("nearly three years", 1, "DURATION", "P3Y"),
      ("January 2017", 1, "DATE", "2017-01"),
      ("three weeks", 1, "DURATION", "P3W")]),
    # 14 software release notes
    ("2024-06-12",
     "Version 4.2 of the Orbit photo editor ships today for Windows and macOS 14. Users on the 3.x branch "
     "will receive security fixes until 31 December 2024, after which it reaches end of life. Auto-save "
     "now runs every five minutes, down from every 15 minutes, and exports that took 2 minutes 30 seconds "
     "on an older laptop finish in under a minute. The next major release is planned for Q1 2025, with "
     "preview builds available from next week.",
     [("today", 1, "DATE", "2024-06-12"),
      ("31 December 2024", 1, "DATE", "2024-12-31"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("every five minutes", 1, "SET", "PT5M"),
      ("every 15 minutes", 1, "SET", "PT15M"),
      ("2 minutes 30 seconds", 1, "DURATION", "PT2M30S"),
      ("under a minute", 1, "DURATION", "PT1M"),
      ("Q1 2025", 1, "DATE", "2025-Q1"),
      ("next week", 1, "DATE", "2024-W25")]),
    # 15 hourly weather forecast
    ("2013-03-19",
     "Forecast for London, Tuesday: Rain at 6am turning to sleet by 9am, 2C. Dry this afternoon, with "
     "sunny spells from 3pm. Tonight, clear and frosty, falling to -3C. Wednesday: bright start, cloud "
     "thickening by late afternoon. Outlook for the weekend: cold, with snow showers on Saturday.",
     [("Tuesday", 1, "DATE", "2013-03-19"),
      ("6am", 1, "TIME", "2013-03-19T06:00"),
      ("9am", 1, "TIME", "2013-03-19T09:00"),
      ("this afternoon", 1, "TIME", "2013-03-19TAF"),
      ("3pm", 1, "TIME", "2013-03-19T15:00"),
      ("Tonight", 1, "TIME", "2013-03-19TNI"),
      ("Wednesday", 1, "DATE", "2013-03-20"),
      ("late afternoon", 1, "TIME", "2013-03-20TAF"),
      ("the weekend", 1, "DATE", "2013-W12-WE"),
      ("Saturday", 1, "DATE", "2013-03-23")]),
    # 16 storm warning, US time zone
    ("1992-08-23",
     "MIAMI (AP) - A hurricane warning is in effect for the southeast Florida coast from Vero Beach to "
     "the Florida Keys, the National Hurricane Center said at 11 a.m. EDT Sunday. Andrew, packing 140 mph "
     "winds, was expected to make landfall early Monday. Residents have about 12 hours to evacuate. "
     "Forecasters will issue advisories every three hours through the night.",
     [("11 a.m. EDT Sunday", 1, "TIME", "1992-08-23T11:00"),
      ("early Monday", 1, "DATE", "1992-08-24"),
      ("about 12 hours", 1, "DURATION", "PT12H"),
      ("every three hours", 1, "SET", "PT3H"),
      ("the night", 1, "TIME", "1992-08-23TNI")]),
    # 17 clinical trial, dosing
    ("2009-10-21",
     "Patients in the trial received 50 mg of the drug twice daily for 12 weeks, followed by a four-week "
     "washout. Those who had taken the vaccine at least 14 days earlier were excluded. Results published "
     "on Wednesday show that symptoms eased within 48 hours in two-thirds of patients. The second phase "
     "began in June and will run until late 2010.",
     [("twice daily", 1, "SET", "P1D"),
      ("12 weeks", 1, "DURATION", "P12W"),
      ("four-week", 1, "DURATION", "P4W"),
      ("at least 14 days", 1, "DURATION", "P14D"),
      ("Wednesday", 1, "DATE", "2009-10-21"),
      ("48 hours", 1, "DURATION", "PT48H"),
      ("June", 1, "DATE", "2009-06"),
      ("late 2010", 1, "DATE", "2010")]),
    # 18 public health
    ("2010-12-01",
     "World AIDS Day is marked today with events in 40 cities. Health ministry figures show new "
     "infections fell by a fifth between 2001 and 2009. Adults on treatment take one tablet once a day, "
     "and children are seen at clinics every three months. The ministry plans to double testing over the "
     "next five years.",
     [("World AIDS Day", 1, "DATE", "2010-12-01"),
      ("today", 1, "DATE", "2010-12-01"),
      ("2001", 1, "DATE", "2001"),
      ("2009", 1, "DATE", "2009"),
      ("once a day", 1, "SET", "P1D"),
      ("every three months", 1, "SET", "P3M"),
      ("the next five years", 1, "DURATION", "P5Y")]),
    # 19 obituary, story time 1944
    ("2015-11-11",
     "Margaret Hale, who has died aged 96, served as a radio operator at Bletchley Park during the Second "
     "World War. She often recalled Tuesday 6 June 1944, when she came on shift at 11pm the night before "
     "and did not leave until noon. That evening she cycled home in the rain. She married in 1947, taught "
     "for 30 years in Oxford, and retired in the early 1980s.",
     [("Tuesday 6 June 1944", 1, "DATE", "1944-06-06"),
      ("11pm the night before", 1, "TIME", "1944-06-05T23:00"),
      ("noon", 1, "TIME", "1944-06-06T12:00"),
      ("That evening", 1, "TIME", "1944-06-06TEV"),
      ("1947", 1, "DATE", "1947"),
      ("30 years", 1, "DURATION", "P30Y"),
      ("the early 1980s", 1, "DATE", "198")]),
    # 20 wire lead with dateline
    ("1995-01-23",
     "TOKYO, Jan 23 (Reuters) - Japanese officials said on Monday the death toll from last Tuesday's "
     "earthquake in Kobe had passed 5,000. Rail links between Osaka and Kobe may take up to three months "
     "to restore. The Nikkei average fell 5.6 percent in Tokyo trade, its biggest fall since 1990.",
     [("Jan 23", 1, "DATE", "1995-01-23"),
      ("Monday", 1, "DATE", "1995-01-23"),
      ("last Tuesday", 1, "DATE", "1995-01-17"),
      ("up to three months", 1, "DURATION", "P3M"),
      ("1990", 1, "DATE", "1990")]),
    # 21 radio listing
    ("1998-10-07",
     "Radio 4 this week: The Archers moves to 7.05pm from Monday 12 October. Thursday's Book at Bedtime, "
     "read over two weeks, starts at 10.45pm. Gardeners' Question Time, which began in 1947, is repeated "
     "every Sunday at 2pm. The station's long-wave service will be reviewed in due course.",
     [("this week", 1, "DATE", "1998-W41"),
      ("7.05pm", 1, "TIME", "XXXX-XX-XXT19:05"),
      ("Monday 12 October", 1, "DATE", "1998-10-12"),
      ("Thursday", 1, "DATE", "1998-10-08"),
      ("two weeks", 1, "DURATION", "P2W"),
      ("10.45pm", 1, "TIME", "1998-10-08T22:45"),
      ("1947", 1, "DATE", "1947"),
      ("every Sunday", 1, "SET", "XXXX-WXX-7"),
      ("2pm", 1, "TIME", "XXXX-XX-XXT14:00")]),
    # 22 Indian legal notice, dotted dates
    ("2001-06-26",
     "NOTICE is hereby given that the Annual General Meeting of the members of Sundaram Textiles Ltd will "
     "be held on Friday, the 27th July, 2001 at 10.30 a.m. at the registered office. The Register of "
     "Members will remain closed from 20.07.2001 to 27.07.2001 (both days inclusive). Proxies must reach "
     "the company not less than 48 hours before the meeting. Dividend for the year ended 31st March, 2001 "
     "will be paid within 30 days of the declaration.",
     [("Friday, the 27th July, 2001", 1, "DATE", "2001-07-27"),
      ("10.30 a.m.", 1, "TIME", "2001-07-27T10:30"),
      ("20.07.2001", 1, "DATE", "2001-07-20"),
      ("27.07.2001", 1, "DATE", "2001-07-27"),
      ("not less than 48 hours", 1, "DURATION", "PT48H"),
      ("31st March, 2001", 1, "DATE", "2001-03-31"),
      ("30 days", 1, "DURATION", "P30D")]),
    # 23 cricket fixtures
    ("2008-02-28",
     "Australia's tour of the West Indies begins with the first Test in Kingston on May 22, the board "
     "announced on Thursday. The three Tests will be played over five weeks, followed by five one-day "
     "internationals from June 20 to July 6. Play on each day will start at 10am local time (1500 GMT). "
     "The squad flies out a week on Sunday for a warm-up camp.",
     [("May 22", 1, "DATE", "2008-05-22"),
      ("Thursday", 1, "DATE", "2008-02-28"),
      ("five weeks", 1, "DURATION", "P5W"),
      ("June 20", 1, "DATE", "2008-06-20"),
      ("July 6", 1, "DATE", "2008-07-06"),
      ("each day", 1, "SET", "P1D"),
      ("10am local time", 1, "TIME", "XXXX-XX-XXT10:00"),
      ("1500 GMT", 1, "TIME", "XXXX-XX-XXT15:00"),
      ("a week on Sunday", 1, "DATE", "2008-03-09")]),
    # 24 inquest retelling 2001; "Six years later" returns to the DCT
    ("2007-09-12",
     "The inquest into the death of climber Tom Ellery opened in Kendal on Wednesday. The coroner heard "
     "that Ellery set off from the hut at 4.30am on Saturday 3 February 2001 and was last seen that "
     "afternoon near the summit. Rescuers found his rucksack two days later. Six years later, the family "
     "are still waiting for answers, and the hearing is expected to end next Tuesday.",
     [("Wednesday", 1, "DATE", "2007-09-12"),
      ("4.30am", 1, "TIME", "2001-02-03T04:30"),
      ("Saturday 3 February 2001", 1, "DATE", "2001-02-03"),
      ("that afternoon", 1, "TIME", "2001-02-03TAF"),
      ("two days", 1, "DURATION", "P2D"),
      ("Six years", 1, "DURATION", "P6Y"),
      ("next Tuesday", 1, "DATE", "2007-09-18")]),
    # 25 business results, fiscal years
    ("1996-04-11",
     "Acme Corp said on Thursday that net income for the first quarter rose 12 percent, to $41 million, "
     "from a year earlier. Sales in the three months ended March 31 were $620 million. The company "
     "expects FY96 revenue of about $2.6 billion, up from $2.3 billion in fiscal 1995, and plans to cut "
     "800 jobs over the next 18 months.",
     [("Thursday", 1, "DATE", "1996-04-11"),
      ("the first quarter", 1, "DATE", "1996-Q1"),
      ("a year", 1, "DURATION", "P1Y"),
      ("the three months", 1, "DURATION", "P3M"),
      ("March 31", 1, "DATE", "1996-03-31"),
      ("FY96", 1, "DATE", "FY1996"),
      ("fiscal 1995", 1, "DATE", "1995"),
      ("the next 18 months", 1, "DURATION", "P18M")]),
    # 26 politics
    ("2000-03-17",
     "Vladimir Putin, acting president since New Year's Eve, is expected to win the March 26 election "
     "outright. Polls open at 8 a.m. Moscow time and close 14 hours later. If no candidate wins a "
     "majority, a run-off will be held within two to three weeks. Putin, who turned 47 last October, has "
     "promised to serve a full four-year term.",
     [("New Year's Eve", 1, "DATE", "1999-12-31"),
      ("March 26", 1, "DATE", "2000-03-26"),
      ("8 a.m. Moscow time", 1, "TIME", "2000-03-26T08:00"),
      ("14 hours", 1, "DURATION", "PT14H"),
      ("two to three weeks", 1, "DURATION", "PXW"),
      ("last October", 1, "DATE", "1999-10"),
      ("four-year", 1, "DURATION", "P4Y")]),
    # 27 science
    ("2005-05-19",
     "The Cassini probe will fly past Saturn's moon Titan for the eighth time on Saturday, NASA said. "
     "Images take about 80 minutes to reach Earth. The mission, launched in October 1997, has been "
     "extended by two years. Planetary scientists have studied Titan's haze for the past decade.",
     [("Saturday", 1, "DATE", "2005-05-21"),
      ("about 80 minutes", 1, "DURATION", "PT80M"),
      ("October 1997", 1, "DATE", "1997-10"),
      ("two years", 1, "DURATION", "P2Y"),
      ("the past decade", 1, "DURATION", "P10Y")]),
    # 28 memoir, story time 1971; "Twenty-eight years later" returns to the DCT
    ("1999-12-02",
     "In his memoir, published this week, the former pit deputy recalls the morning of Thursday 21 "
     "October 1971, when the cage jammed at 6.15am with 40 men inside. They were freed just before 2pm. "
     "The next day the colliery was closed for a week. Twenty-eight years later, he still rises early "
     "each morning, and he will sign copies in Barnsley on Saturday.",
     [("this week", 1, "DATE", "1999-W48"),
      ("the morning of Thursday 21 October 1971", 1, "TIME", "1971-10-21TMO"),
      ("6.15am", 1, "TIME", "1971-10-21T06:15"),
      ("2pm", 1, "TIME", "1971-10-21T14:00"),
      ("The next day", 1, "DATE", "1971-10-22"),
      ("a week", 1, "DURATION", "P1W"),
      ("Twenty-eight years", 1, "DURATION", "P28Y"),
      ("each morning", 1, "SET", "XXXX-XX-XXTMO"),
      ("Saturday", 1, "DATE", "1999-12-04")]),
    # 29 Nigerian holidays
    ("2024-04-08",
     "The Federal Government has declared Wednesday, April 10, and Thursday, April 11, 2024, public "
     "holidays to mark Eid-el-Fitr, the Minister of Interior announced on Monday. Muslims have fasted "
     "during daylight hours for the past 29 days. Banks will reopen on Friday, and the next public holiday "
     "is Workers' Day on May 1.",
     [("Wednesday, April 10", 1, "DATE", "2024-04-10"),
      ("Thursday, April 11, 2024", 1, "DATE", "2024-04-11"),
      ("Eid-el-Fitr", 1, "DATE", "2024-04-10"),
      ("Monday", 1, "DATE", "2024-04-08"),
      ("the past 29 days", 1, "DURATION", "P29D"),
      ("Friday", 1, "DATE", "2024-04-12"),
      ("Workers' Day", 1, "DATE", "2024-05-01"),
      ("May 1", 1, "DATE", "2024-05-01")]),
    # 30 opinion, generic time
    ("1993-05-06",
     "Today, a teenager can carry more computing power in a pocket than NASA had in the 1960s. Yet we "
     "still organise schools around a calendar designed for the harvests of the 19th century. Every "
     "summer children lose weeks of learning. Now is the time to rethink a school year that has barely "
     "changed in a hundred years.",
     [("Today", 1, "DATE", "PRESENT_REF"),
      ("the 1960s", 1, "DATE", "196"),
      ("the 19th century", 1, "DATE", "18"),
      ("Every summer", 1, "SET", "XXXX-SU"),
      ("weeks", 1, "DURATION", "PXW"),
      ("Now", 1, "DATE", "PRESENT_REF"),
      ("a hundred years", 1, "DURATION", "P100Y")]),
    # 31 disaster wire lead
    ("1999-08-18",
     "IZMIT, Turkey, Aug 18 - Rescuers worked through the night after an earthquake measuring 7.4 struck "
     "at 3:02 a.m. (0002 GMT) on Tuesday, killing thousands. The shaking lasted 45 seconds. More than 250 "
     "aftershocks have been recorded since then, the strongest at 11:30 a.m. yesterday. Officials said it "
     "could take between three and five months to house the homeless.",
     [("Aug 18", 1, "DATE", "1999-08-18"),
      ("the night", 1, "TIME", "1999-08-17TNI"),
      ("3:02 a.m.", 1, "TIME", "1999-08-17T03:02"),
      ("0002 GMT", 1, "TIME", "1999-08-17T00:02"),
      ("Tuesday", 1, "DATE", "1999-08-17"),
      ("45 seconds", 1, "DURATION", "PT45S"),
      ("then", 1, "DATE", "1999-08-17"),
      ("11:30 a.m. yesterday", 1, "TIME", "1999-08-17T11:30"),
      ("three", 1, "DURATION", "P3M"),
      ("five months", 1, "DURATION", "P5M")]),
    # 32 business, quarters and holidays
    ("2002-01-09",
     "Retail sales rose 0.6 percent in December, capping the weakest year for retailers since 1991, the "
     "Commerce Department said on Wednesday. Sales in the fourth quarter were flat from the third quarter. "
     "Economists expect the recovery to begin in the second half of 2002. Holiday sales from Thanksgiving "
     "to Christmas Eve grew just 2 percent.",
     [("December", 1, "DATE", "2001-12"),
      ("1991", 1, "DATE", "1991"),
      ("Wednesday", 1, "DATE", "2002-01-09"),
      ("the fourth quarter", 1, "DATE", "2001-Q4"),
      ("the third quarter", 1, "DATE", "2001-Q3"),
      ("the second half of 2002", 1, "DATE", "2002-H2"),
      ("Thanksgiving", 1, "DATE", "2001-11-22"),
      ("Christmas Eve", 1, "DATE", "2001-12-24")]),
    # 33 transport strike notice
    ("2025-02-03",
     "Tube drivers on the Central line will strike from 00:01 on Tuesday 11 February until 23:59 the "
     "following day, the RMT said this morning. Services are expected to be disrupted until mid-morning on "
     "Thursday. A further 24-hour walkout is planned for Friday week. Commuters were advised to allow half "
     "an hour more for journeys.",
     [("00:01", 1, "TIME", "2025-02-11T00:01"),
      ("Tuesday 11 February", 1, "DATE", "2025-02-11"),
      ("23:59 the following day", 1, "TIME", "2025-02-12T23:59"),
      ("this morning", 1, "TIME", "2025-02-03TMO"),
      ("mid-morning", 1, "TIME", "2025-02-13TMO"),
      ("Thursday", 1, "DATE", "2025-02-13"),
      ("24-hour", 1, "DURATION", "PT24H"),
      ("Friday week", 1, "DATE", "2025-02-14"),
      ("half an hour", 1, "DURATION", "PT30M")]),
    # 34 public health, ages as distractors
    ("1997-08-29",
     "Babies should receive their first whooping cough vaccine at 2 months, with boosters at 3 and 4 "
     "months, health officials said Friday. A 3-month-old in Leeds died last week, the third death this "
     "year. Since January, 212 cases have been reported. Cases typically rise every three to four years, "
     "and parents who miss an appointment should rebook within a fortnight.",
     [("Friday", 1, "DATE", "1997-08-29"),
      ("last week", 1, "DATE", "1997-W34"),
      ("this year", 1, "DATE", "1997"),
      ("January", 1, "DATE", "1997-01"),
      ("every three to four years", 1, "SET", "PXY"),
      ("a fortnight", 1, "DURATION", "P2W")]),
    # 35 product launch, model names
    ("2016-09-07",
     "Apple unveiled the iPhone 7 on Wednesday in San Francisco, with pre-orders opening at 12:01 a.m. PT "
     "on Friday, September 9, and the phone in stores a week later. The company says the battery lasts up "
     "to two hours longer than the iPhone 6s. The Apple Watch Series 2 ships on September 16. Apple has "
     "launched phones every September since 2012.",
     [("Wednesday", 1, "DATE", "2016-09-07"),
      ("12:01 a.m. PT", 1, "TIME", "2016-09-09T00:01"),
      ("Friday, September 9", 1, "DATE", "2016-09-09"),
      ("a week", 1, "DURATION", "P1W"),
      ("up to two hours", 1, "DURATION", "PT2H"),
      ("September 16", 1, "DATE", "2016-09-16"),
      ("every September", 1, "SET", "XXXX-09"),
      ("2012", 1, "DATE", "2012")]),
    # 36 Indian cyclone warning
    ("2013-10-11",
     "BHUBANESWAR: Very severe cyclonic storm Phailin is likely to cross the Odisha coast near Gopalpur "
     "between 5 pm and 8 pm on 12.10.2013, the IMD said in its 11.30 hrs bulletin on Friday. Wind speeds "
     "of 210-220 kmph are expected over the next 24 hours. Fishermen have been advised not to venture into "
     "the sea till Sunday. The last storm of this strength, in 1999, killed nearly 10,000 people.",
     [("5 pm", 1, "TIME", "2013-10-12T17:00"),
      ("8 pm", 1, "TIME", "2013-10-12T20:00"),
      ("12.10.2013", 1, "DATE", "2013-10-12"),
      ("11.30 hrs", 1, "TIME", "2013-10-11T11:30"),
      ("Friday", 1, "DATE", "2013-10-11"),
      ("the next 24 hours", 1, "DURATION", "PT24H"),
      ("Sunday", 1, "DATE", "2013-10-13"),
      ("1999", 1, "DATE", "1999")]),
    # 37 South African court, retelling 1986
    ("1994-09-15",
     "The Rand Supreme Court on Thursday postponed the murder trial of three former security policemen to "
     "14 November 1994. The men are accused of killing an activist in Soweto on the night of 16 June 1986, "
     "ten years after the 1976 uprising. The State alleges the body was buried the next morning near "
     "Krugersdorp and moved about a month later. The trial is expected to run for between six and eight "
     "weeks.",
     [("Thursday", 1, "DATE", "1994-09-15"),
      ("14 November 1994", 1, "DATE", "1994-11-14"),
      ("the night of 16 June 1986", 1, "TIME", "1986-06-16TNI"),
      ("ten years", 1, "DURATION", "P10Y"),
      ("1976", 1, "DATE", "1976"),
      ("the next morning", 1, "TIME", "1986-06-17TMO"),
      ("about a month", 1, "DURATION", "P1M"),
      ("six", 1, "DURATION", "P6W"),
      ("eight weeks", 1, "DURATION", "P8W")]),
    # 38 US election night, time zones
    ("1990-11-06",
     "Polls close at 7 p.m. EST in Virginia and Georgia and at 11 p.m. EST, 8 p.m. PST, in California, "
     "where the governor's race is expected to be decided after midnight. Voters are choosing all 435 "
     "House members and 36 governors today. Results from Alaska may not be known until Wednesday morning. "
     "Turnout in midterm elections has fallen steadily since the 1960s.",
     [("7 p.m. EST", 1, "TIME", "1990-11-06T19:00"),
      ("11 p.m. EST", 1, "TIME", "1990-11-06T23:00"),
      ("8 p.m. PST", 1, "TIME", "1990-11-06T20:00"),
      ("midnight", 1, "TIME", "1990-11-06T24:00"),
      ("today", 1, "DATE", "1990-11-06"),
      ("Wednesday morning", 1, "TIME", "1990-11-07TMO"),
      ("the 1960s", 1, "DATE", "196")]),
    # 39 obituary
    ("1991-07-03",
     "The jazz pianist Eddie Marsh died on Monday at his home in Chicago. He was 71. Born in Memphis in "
     "1920, he played his first paid engagement at 14 and spent the 1940s touring with big bands. In the "
     "summer of 1958 he recorded the album that made his name in just two days. For three decades he "
     "played every Friday at the Blue Note, a 10-minute walk from his apartment.",
     [("Monday", 1, "DATE", "1991-07-01"),
      ("1920", 1, "DATE", "1920"),
      ("the 1940s", 1, "DATE", "194"),
      ("the summer of 1958", 1, "DATE", "1958-SU"),
      ("just two days", 1, "DURATION", "P2D"),
      ("three decades", 1, "DURATION", "P30Y"),
      ("every Friday", 1, "SET", "XXXX-WXX-5")]),
    # 40 live tennis report
    ("2004-07-04",
     "Wimbledon, men's final: Roger Federer leads Andy Roddick 4-6 7-5 after one hour 40 minutes on Centre "
     "Court. Play was suspended for rain at 3.30pm, 40 minutes into the second set, and resumed shortly "
     "after 4pm. Federer, who won the title a year ago, has not lost on grass since June 2002. The women's "
     "champion, Maria Sharapova, 17, won her final yesterday.",
     [("one hour 40 minutes", 1, "DURATION", "PT1H40M"),
      ("3.30pm", 1, "TIME", "2004-07-04T15:30"),
      ("40 minutes", 2, "DURATION", "PT40M"),
      ("4pm", 1, "TIME", "2004-07-04T16:00"),
      ("a year ago", 1, "DATE", "2003"),
      ("June 2002", 1, "DATE", "2002-06"),
      ("yesterday", 1, "DATE", "2004-07-03")]),
    # 41 ferry timetable
    ("2015-04-01",
     "New timetable: from 1 May to 30 September, ferries leave Oban for Mull every two hours from 07:00, "
     "with the last sailing at 21:00. The crossing takes 46 minutes. Between October and April the "
     "service runs four times daily, and there are no sailings on Christmas Day or New Year's Day.",
     [("1 May", 1, "DATE", "2015-05-01"),
      ("30 September", 1, "DATE", "2015-09-30"),
      ("every two hours", 1, "SET", "PT2H"),
      ("07:00", 1, "TIME", "XXXX-XX-XXT07:00"),
      ("21:00", 1, "TIME", "XXXX-XX-XXT21:00"),
      ("46 minutes", 1, "DURATION", "PT46M"),
      ("October", 1, "DATE", "2015-10"),
      ("April", 1, "DATE", "2016-04"),
      ("four times daily", 1, "SET", "P1D"),
      ("Christmas Day", 1, "DATE", "2015-12-25"),
      ("New Year's Day", 1, "DATE", "2016-01-01")]),
    # 42 regulatory notice
    ("2016-05-04",
     "The General Data Protection Regulation, published in the Official Journal today, enters into force "
     "on the twentieth day following its publication and will apply from 25 May 2018. Firms will "
     "therefore have two years to prepare. Breaches must be reported to regulators within 72 hours, and "
     "fines can reach 4 per cent of worldwide turnover. The old directive dates from 1995.",
     [("today", 1, "DATE", "2016-05-04"),
      ("the twentieth day", 1, "DATE", "2016-05-24"),
      ("25 May 2018", 1, "DATE", "2018-05-25"),
      ("two years", 1, "DURATION", "P2Y"),
      ("72 hours", 1, "DURATION", "PT72H"),
      ("1995", 1, "DATE", "1995")]),
    # 43 Australian rugby fixture
    ("2019-02-13",
     "The Waratahs open their Super Rugby season against the Hurricanes at the SCG on Saturday 16 "
     "February, kick-off 7.45pm AEDT. They then play five of their first seven games on the road, "
     "including a trip to Buenos Aires in round 4. Coach Daryl Gibson has named the same side that "
     "finished 2018 in the semi-finals. Tickets went on sale a fortnight ago.",
     [("Saturday 16 February", 1, "DATE", "2019-02-16"),
      ("7.45pm AEDT", 1, "TIME", "2019-02-16T19:45"),
      ("2018", 1, "DATE", "2018"),
      ("a fortnight ago", 1, "DATE", "2019-W05")]),
    # 44 live match report, a name that is a weekday
    ("2013-02-10",
     "JOHANNESBURG - Live: Nigeria lead Burkina Faso 1-0 at half-time in the Africa Cup of Nations final "
     "at Soccer City, thanks to Sunday Mba's strike in the 40th minute. Nigeria last won the trophy in "
     "1994, 19 years ago. The second half kicks off at 8.05pm local time, and the Super Eagles have not "
     "conceded for 210 minutes. The champions will be crowned tonight.",
     [("1994", 1, "DATE", "1994"),
      ("19 years ago", 1, "DATE", "1994"),
      ("8.05pm local time", 1, "TIME", "2013-02-10T20:05"),
      ("210 minutes", 1, "DURATION", "PT210M"),
      ("tonight", 1, "TIME", "2013-02-10TNI")]),
    # 45 South African election, day-first slashed date
    ("2009-04-18",
     "Voting stations will open at 07:00 and close at 21:00 on Wednesday, 22 April 2009, the IEC said "
     "yesterday. Special votes for the elderly and disabled will be cast on 20 and 21 April. South "
     "Africans abroad voted on 15/04/2009. The Independent Electoral Commission expects final results by "
     "Saturday. This is the fourth democratic election since 1994.",
     [("07:00", 1, "TIME", "2009-04-22T07:00"),
      ("21:00", 1, "TIME", "2009-04-22T21:00"),
      ("Wednesday, 22 April 2009", 1, "DATE", "2009-04-22"),
      ("yesterday", 1, "DATE", "2009-04-17"),
      ("20", 1, "DATE", "2009-04-20"),
      ("21 April", 1, "DATE", "2009-04-21"),
      ("15/04/2009", 1, "DATE", "2009-04-15"),
      ("Saturday", 1, "DATE", "2009-04-25"),
      ("1994", 1, "DATE", "1994")]),
    # 46 US news, time zones
    ("2021-01-20",
     "Joe Biden will be sworn in as the 46th president at noon ET today on the West Front of the Capitol. "
     "The ceremony, scaled back because of the pandemic, begins at 11 a.m. ET (8 a.m. PT, 1600 GMT). "
     "Outgoing President Donald Trump left Washington early this morning, breaking a tradition that dates "
     "to the 19th century. Biden's first 100 days will focus on the virus.",
     [("noon ET today", 1, "TIME", "2021-01-20T12:00"),
      ("11 a.m. ET", 1, "TIME", "2021-01-20T11:00"),
      ("8 a.m. PT", 1, "TIME", "2021-01-20T08:00"),
      ("1600 GMT", 1, "TIME", "2021-01-20T16:00"),
      ("early this morning", 1, "TIME", "2021-01-20TMO"),
      ("the 19th century", 1, "DATE", "18"),
      ("first 100 days", 1, "DURATION", "P100D")]),
    # 47 court report retelling 1999-2006
    ("2008-11-19",
     "A former bank clerk was jailed for six years at Southwark Crown Court yesterday for a fraud that "
     "began in the spring of 1999. The court heard that on Monday 12 July 1999 she transferred 40,000 "
     "pounds into a false account shortly after 5pm, when colleagues had left. Over the next seven years "
     "she took more than 2 million pounds. The fraud was discovered during an audit in the third quarter "
     "of 2006, a month after she resigned.",
     [("six years", 1, "DURATION", "P6Y"),
      ("yesterday", 1, "DATE", "2008-11-18"),
      ("the spring of 1999", 1, "DATE", "1999-SP"),
      ("Monday 12 July 1999", 1, "DATE", "1999-07-12"),
      ("5pm", 1, "TIME", "1999-07-12T17:00"),
      ("the next seven years", 1, "DURATION", "P7Y"),
      ("the third quarter of 2006", 1, "DATE", "2006-Q3"),
      ("a month", 1, "DURATION", "P1M")]),
    # 48 software launch
    ("1995-08-23",
     "Microsoft's Windows 95 goes on sale at midnight tonight, after a launch that has been delayed for "
     "more than a year. Stores in New Zealand, the first time zone to reach Aug. 24, began selling copies "
     "16 hours before New York. Support for Windows 3.1 will continue through 1997. An update, code-named "
     "Nashville, is expected in the second half of next year.",
     [("midnight tonight", 1, "TIME", "1995-08-23T24:00"),
      ("more than a year", 1, "DURATION", "P1Y"),
      ("Aug. 24", 1, "DATE", "1995-08-24"),
      ("16 hours", 1, "DURATION", "PT16H"),
      ("1997", 1, "DATE", "1997"),
      ("the second half of next year", 1, "DATE", "1996-H2")]),
    # 49 Australian hourly heat forecast
    ("2017-02-10",
     "Total fire ban for Sydney and the Hunter today. Temperatures will reach 44 degrees at Penrith by "
     "3pm, easing slightly after a southerly change due between 8pm and 9pm. Tomorrow will be hotter "
     "still, with 46 forecast for Richmond. Firefighters have battled more than 70 blazes in the past 48 "
     "hours. The hot spell is the longest since January 1939.",
     [("today", 1, "DATE", "2017-02-10"),
      ("3pm", 1, "TIME", "2017-02-10T15:00"),
      ("8pm", 1, "TIME", "2017-02-10T20:00"),
      ("9pm", 1, "TIME", "2017-02-10T21:00"),
      ("Tomorrow", 1, "DATE", "2017-02-11"),
      ("the past 48 hours", 1, "DURATION", "PT48H"),
      ("January 1939", 1, "DATE", "1939-01")]),
    # 50 vaccine trial, dosing schedule
    ("2020-11-09",
     "Pfizer said on Monday its vaccine was more than 90% effective in a trial of 43,500 people. "
     "Volunteers received two doses 21 days apart, and protection was measured seven days after the "
     "second dose. The company expects to seek emergency authorization later this month and to produce "
     "up to 50 million doses by year-end. Participants will be followed for two years.",
     [("Monday", 1, "DATE", "2020-11-09"),
      ("21 days", 1, "DURATION", "P21D"),
      ("seven days", 1, "DURATION", "P7D"),
      ("later this month", 1, "DATE", "2020-11"),
      ("year-end", 1, "DATE", "2020"),
      ("two years", 1, "DURATION", "P2Y")]),
    # 51 Indian public health, dotted date
    ("2012-02-17",
     "NEW DELHI: Over 17 crore children below five years will be given polio drops on Sunday, 19th "
     "February, the first of two National Immunisation Days this year. Health workers will go door to "
     "door for the following three days to reach children who missed the booths. India has not reported "
     "a case since 13.01.2011. Drops are also given every six weeks in high-risk districts.",
     [("Sunday, 19th February", 1, "DATE", "2012-02-19"),
      ("this year", 1, "DATE", "2012"),
      ("the following three days", 1, "DURATION", "P3D"),
      ("13.01.2011", 1, "DATE", "2011-01-13"),
      ("every six weeks", 1, "SET", "P6W")]),
    # 52 US sport fixture, time zones
    ("2023-02-10",
     "Super Bowl LVII between the Kansas City Chiefs and the Philadelphia Eagles kicks off at 6:30 p.m. "
     "ET Sunday in Glendale, Arizona (4:30 p.m. MST). Rihanna headlines the halftime show, which runs "
     "about 13 minutes. The Chiefs last won the title three years ago. Fox's pregame coverage starts at "
     "11 a.m. ET, and the network will air the game in 4K for the first time.",
     [("6:30 p.m. ET Sunday", 1, "TIME", "2023-02-12T18:30"),
      ("4:30 p.m. MST", 1, "TIME", "2023-02-12T16:30"),
      ("about 13 minutes", 1, "DURATION", "PT13M"),
      ("three years ago", 1, "DATE", "2020"),
      ("11 a.m. ET", 1, "TIME", "2023-02-12T11:00")]),
    # 53 Indian business results, fiscal years
    ("2003-04-17",
     "BANGALORE: Infosys Technologies on Thursday reported a net profit of Rs 1,011 crore for fiscal "
     "2003, up 27 per cent. For the January-March quarter, profit rose to Rs 270 crore. The company "
     "expects revenue growth of 26-28 per cent in FY04. Its shares, listed on Nasdaq since March 1999, "
     "fell 6 per cent in Mumbai.",
     [("Thursday", 1, "DATE", "2003-04-17"),
      ("fiscal 2003", 1, "DATE", "2003"),
      ("January", 1, "DATE", "2003-01"),
      ("March", 1, "DATE", "2003-03"),
      ("FY04", 1, "DATE", "FY2004"),
      ("March 1999", 1, "DATE", "1999-03")]),
    # 54 press-conference transcript
    ("2010-06-02",
     "TRANSCRIPT. CHIEF CONSTABLE: At approximately 2.40 this afternoon we received a call. Officers were "
     "at the scene within eight minutes. REPORTER: When did you last speak to the family? CHIEF "
     "CONSTABLE: Yesterday evening, and again at about half past nine this morning. We'll give another "
     "update at 6 o'clock.",
     [("approximately 2.40 this afternoon", 1, "TIME", "2010-06-02T14:40"),
      ("eight minutes", 1, "DURATION", "PT8M"),
      ("Yesterday evening", 1, "TIME", "2010-06-01TEV"),
      ("about half past nine this morning", 1, "TIME", "2010-06-02T09:30"),
      ("6 o'clock", 1, "TIME", "2010-06-02T18:00")]),
    # 55 memoir, story time 1963
    ("2013-11-22",
     "Fifty years on, Ruth Keller still remembers every detail. She was in a maths class in Dallas at "
     "about 12:40 on Friday, Nov. 22, 1963, when the principal came in. By 2 p.m. the school had closed, "
     "and she walked home through silent streets. The following Monday her family watched the funeral on "
     "television. Today she teaches history.",
     [("Fifty years", 1, "DURATION", "P50Y"),
      ("about 12:40", 1, "TIME", "1963-11-22T12:40"),
      ("Friday, Nov. 22, 1963", 1, "DATE", "1963-11-22"),
      ("2 p.m.", 1, "TIME", "1963-11-22T14:00"),
      ("The following Monday", 1, "DATE", "1963-11-25"),
      ("Today", 1, "DATE", "PRESENT_REF")]),
    # 56 opinion, generic time
    ("1992-03-05",
     "Nowadays every household seems to own a video recorder, yet most of us still cannot set the clock. "
     "Each year manufacturers promise simpler machines, and each year the manuals get thicker. In the "
     "1980s a recording took a minute to programme; today it takes a small miracle. Perhaps by the year "
     "2000 we will simply talk to our televisions.",
     [("Nowadays", 1, "DATE", "PRESENT_REF"),
      ("Each year", 1, "SET", "P1Y"),
      ("each year", 1, "SET", "P1Y"),
      ("the 1980s", 1, "DATE", "198"),
      ("a minute", 1, "DURATION", "PT1M"),
      ("today", 1, "DATE", "PRESENT_REF"),
      ("the year 2000", 1, "DATE", "2000")]),
    # 57 US storm warning, time zones
    ("2012-10-28",
     "Hurricane Sandy is expected to make landfall near Atlantic City late Monday or early Tuesday, the "
     "National Hurricane Center said in its 5 p.m. EDT advisory. Tropical-storm-force winds extend 520 "
     "miles from the center. New York's subway will shut down at 7 p.m. tonight, and schools will be "
     "closed on Monday. Power could be out for seven to ten days in some areas.",
     [("late Monday", 1, "DATE", "2012-10-29"),
      ("early Tuesday", 1, "DATE", "2012-10-30"),
      ("5 p.m. EDT", 1, "TIME", "2012-10-28T17:00"),
      ("7 p.m. tonight", 1, "TIME", "2012-10-28T19:00"),
      ("Monday", 2, "DATE", "2012-10-29"),
      ("seven to ten days", 1, "DURATION", "PXD")]),
    # 58 science, centuries
    ("1990-02-12",
     "Astronomers said on Monday that Comet Leland, last seen in 1910, could return within the next 75 "
     "years. Chinese records describe it as early as the 11th century. Its return in 1986 was a "
     "disappointment, visible for only a few weeks from the Northern Hemisphere. Separately, the Voyager 1 "
     "probe will turn its camera back toward the Sun on Wednesday.",
     [("Monday", 1, "DATE", "1990-02-12"),
      ("1910", 1, "DATE", "1910"),
      ("the next 75 years", 1, "DURATION", "P75Y"),
      ("the 11th century", 1, "DATE", "10"),
      ("1986", 1, "DATE", "1986"),
      ("a few weeks", 1, "DURATION", "PXW"),
      ("Wednesday", 1, "DATE", "1990-02-14")]),
    # 59 marathon, clock-style durations
    ("2023-10-09",
     "Kelvin Kiptum of Kenya broke the marathon world record in Chicago on Sunday, finishing in 2:00:35, "
     "34 seconds inside the old mark. He ran the second half in 59:47. The 23-year-old, who made his "
     "debut only ten months ago, said he would target the two-hour barrier next year. The women's race "
     "was won in 2:13:44.",
     [("Sunday", 1, "DATE", "2023-10-08"),
      ("2:00:35", 1, "DURATION", "PT2H0M35S"),
      ("34 seconds", 1, "DURATION", "PT34S"),
      ("59:47", 1, "DURATION", "PT59M47S"),
      ("ten months ago", 1, "DATE", "2022-12"),
      ("two-hour", 1, "DURATION", "PT2H"),
      ("next year", 1, "DATE", "2024"),
      ("2:13:44", 1, "DURATION", "PT2H13M44S")]),
    # 60 wire lead with dateline, Nigeria
    ("1998-06-08",
     "LAGOS, June 8 (Reuters) - Nigeria's military ruler General Sani Abacha died of a heart attack early "
     "Monday, state radio said. He was 54. Abacha seized power in November 1993 and had promised to hand "
     "over to an elected civilian government on October 1. A seven-day mourning period was declared, and "
     "flags will fly at half-mast until next Monday.",
     [("June 8", 1, "DATE", "1998-06-08"),
      ("early Monday", 1, "DATE", "1998-06-08"),
      ("November 1993", 1, "DATE", "1993-11"),
      ("October 1", 1, "DATE", "1998-10-01"),
      ("seven-day", 1, "DURATION", "P7D"),
      ("next Monday", 1, "DATE", "1998-06-15")]),
    # 61 council collection schedule
    ("2022-03-28",
     "From next month, general waste will be collected every other week, on Tuesdays, while food waste "
     "bins will still be emptied weekly. Garden waste collections are suspended from December to February. "
     "The first fortnightly pickup is on Tuesday 5 April. The council last changed the schedule two years "
     "ago.",
     [("next month", 1, "DATE", "2022-04"),
      ("every other week", 1, "SET", "P2W"),
      ("Tuesdays", 1, "SET", "XXXX-WXX-2"),
      ("weekly", 1, "SET", "P1W"),
      ("December", 1, "DATE", "2022-12"),
      ("February", 1, "DATE", "2023-02"),
      ("fortnightly", 1, "SET", "P2W"),
      ("Tuesday 5 April", 1, "DATE", "2022-04-05"),
      ("two years ago", 1, "DATE", "2020")]),
    # 62 Australian school term dates
    ("2005-12-14",
     "Victorian government school term dates for 2006: Term 1 runs from 30 January to 7 April, Term 2 "
     "from 24 April to 30 June, Term 3 from 17 July to 22 September and Term 4 from 9 October to 22 "
     "December. Students get a two-week break between terms, and the long break lasts about six weeks.",
     [("2006", 1, "DATE", "2006"),
      ("30 January", 1, "DATE", "2006-01-30"),
      ("7 April", 1, "DATE", "2006-04-07"),
      ("24 April", 1, "DATE", "2006-04-24"),
      ("30 June", 1, "DATE", "2006-06-30"),
      ("17 July", 1, "DATE", "2006-07-17"),
      ("22 September", 1, "DATE", "2006-09-22"),
      ("9 October", 1, "DATE", "2006-10-09"),
      ("22 December", 1, "DATE", "2006-12-22"),
      ("two-week", 1, "DURATION", "P2W"),
      ("about six weeks", 1, "DURATION", "P6W")]),
    # 63 US court order, deadlines
    ("2019-09-26",
     "A federal judge on Thursday gave the company until Oct. 15 to respond and set a hearing for 9:30 "
     "a.m. on Nov. 4. The plaintiffs, who filed suit in 2017, say the firm ignored warnings for three and "
     "a half years. Under the consent decree, the company must submit reports every quarter for the next "
     "five years. A ruling is unlikely before early next year.",
     [("Thursday", 1, "DATE", "2019-09-26"),
      ("Oct. 15", 1, "DATE", "2019-10-15"),
      ("9:30 a.m.", 1, "TIME", "2019-11-04T09:30"),
      ("Nov. 4", 1, "DATE", "2019-11-04"),
      ("2017", 1, "DATE", "2017"),
      ("three and a half years", 1, "DURATION", "P3.5Y"),
      ("every quarter", 1, "SET", "P3M"),
      ("the next five years", 1, "DURATION", "P5Y"),
      ("early next year", 1, "DATE", "2020")]),
    # 64 memoir, story time 1976; "Thirty years later" returns to the DCT
    ("2006-08-23",
     "It was the summer of 1976, and the reservoir had been falling for weeks. On Sunday 22 August my "
     "father woke us at 5am to help carry water from the standpipe. That afternoon the first rain in two "
     "months fell on the village, and by the following weekend the hosepipe ban was over. Thirty years "
     "later, I still keep a water butt, and this week the council announced another ban from Monday.",
     [("the summer of 1976", 1, "DATE", "1976-SU"),
      ("weeks", 1, "DURATION", "PXW"),
      ("Sunday 22 August", 1, "DATE", "1976-08-22"),
      ("5am", 1, "TIME", "1976-08-22T05:00"),
      ("That afternoon", 1, "TIME", "1976-08-22TAF"),
      ("two months", 1, "DURATION", "P2M"),
      ("the following weekend", 1, "DATE", "1976-W35-WE"),
      ("Thirty years", 1, "DURATION", "P30Y"),
      ("this week", 1, "DATE", "2006-W34"),
      ("Monday", 1, "DATE", "2006-08-28")]),
    # 65 South African storm warning
    ("2017-06-07",
     "The South African Weather Service has issued a level 9 warning for the Western Cape, with "
     "gale-force winds expected from 03:00 on Wednesday until Thursday afternoon. Rainfall of up to 50mm "
     "is forecast over 24 hours. Schools in Cape Town will be closed today and tomorrow. The storm is the "
     "worst in 30 years.",
     [("03:00", 1, "TIME", "2017-06-07T03:00"),
      ("Wednesday", 1, "DATE", "2017-06-07"),
      ("Thursday afternoon", 1, "TIME", "2017-06-08TAF"),
      ("24 hours", 1, "DURATION", "PT24H"),
      ("today", 1, "DATE", "2017-06-07"),
      ("tomorrow", 1, "DATE", "2017-06-08"),
      ("30 years", 1, "DURATION", "P30Y")]),
    # 66 public health, monitoring and dosing
    ("2014-10-17",
     "Health workers returning from West Africa will have their temperature checked twice a day for 21 "
     "days, officials said on Friday. The nurse who fell ill on Oct. 14 had been monitored every morning "
     "since her return. An experimental drug was given every 12 hours for the first three days. The "
     "outbreak, first detected in March, has lasted longer than any since the virus was identified in "
     "1976.",
     [("twice a day", 1, "SET", "P1D"),
      ("21 days", 1, "DURATION", "P21D"),
      ("Friday", 1, "DATE", "2014-10-17"),
      ("Oct. 14", 1, "DATE", "2014-10-14"),
      ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
      ("every 12 hours", 1, "SET", "PT12H"),
      ("the first three days", 1, "DURATION", "P3D"),
      ("March", 1, "DATE", "2014-03"),
      ("1976", 1, "DATE", "1976")]),
    # 67 Australian bushfire, day-first slashed date
    ("2020-01-06",
     "Kangaroo Island residents were told on Sunday night that the fire would not reach Parndana before "
     "6am today. The blaze has burnt for 17 days and destroyed a third of the island. The Premier said the "
     "recovery would take years, and a royal commission would report by 31/8/2020. Schools return on "
     "Tuesday week.",
     [("Sunday night", 1, "TIME", "2020-01-05TNI"),
      ("6am today", 1, "TIME", "2020-01-06T06:00"),
      ("17 days", 1, "DURATION", "P17D"),
      ("years", 1, "DURATION", "PXY"),
      ("31/8/2020", 1, "DATE", "2020-08-31"),
      ("Tuesday week", 1, "DATE", "2020-01-14")]),
    # 68 Indian cricket, live
    ("2011-04-02",
     "MUMBAI: India need 275 to win the World Cup final at the Wankhede Stadium tonight. Sri Lanka's "
     "innings lasted three hours and 38 minutes, with Mahela Jayawardene scoring 103. The chase begins at "
     "6.15 pm IST, and the match should end by 10.30 pm. India last lifted the trophy 28 years ago, at "
     "Lord's on 25 June 1983.",
     [("tonight", 1, "TIME", "2011-04-02TNI"),
      ("three hours and 38 minutes", 1, "DURATION", "PT3H38M"),
      ("6.15 pm IST", 1, "TIME", "2011-04-02T18:15"),
      ("10.30 pm", 1, "TIME", "2011-04-02T22:30"),
      ("28 years ago", 1, "DATE", "1983"),
      ("25 June 1983", 1, "DATE", "1983-06-25")]),
    # 69 US politics, time zone
    ("2004-11-03",
     "President Bush claimed a second term on Wednesday after Senator John Kerry conceded by telephone at "
     "11:02 a.m. EST. Bush will be inaugurated on Jan. 20, 2005. The campaign lasted nearly two years, and "
     "turnout was the highest since 1968. Over the next four years, he said, he would reform Social "
     "Security, a program created in the 1930s.",
     [("Wednesday", 1, "DATE", "2004-11-03"),
      ("11:02 a.m. EST", 1, "TIME", "2004-11-03T11:02"),
      ("Jan. 20, 2005", 1, "DATE", "2005-01-20"),
      ("nearly two years", 1, "DURATION", "P2Y"),
      ("1968", 1, "DATE", "1968"),
      ("the next four years", 1, "DURATION", "P4Y"),
      ("the 1930s", 1, "DATE", "193")]),
    # 70 holiday bus timetable
    ("2013-12-18",
     "Holiday bus services: on Christmas Eve, the last buses leave the city centre at about 7pm. There will "
     "be no services on Christmas Day. On Boxing Day and New Year's Day buses run a Sunday timetable, and "
     "from 27 December to 31 December a Saturday service operates. Normal timetables resume on Thursday 2 "
     "January.",
     [("Christmas Eve", 1, "DATE", "2013-12-24"),
      ("about 7pm", 1, "TIME", "2013-12-24T19:00"),
      ("Christmas Day", 1, "DATE", "2013-12-25"),
      ("Boxing Day", 1, "DATE", "2013-12-26"),
      ("New Year's Day", 1, "DATE", "2014-01-01"),
      ("27 December", 1, "DATE", "2013-12-27"),
      ("31 December", 1, "DATE", "2013-12-31"),
      ("Thursday 2 January", 1, "DATE", "2014-01-02")]),
    # 71 Nigerian court, day-first slashed date, year range
    ("2015-03-12",
     "IKEJA - An Ikeja High Court on Thursday adjourned till 14/04/2015 the trial of a former bank MD "
     "charged with a N12bn fraud. The prosecution said the offences were committed in 2006-2008. The "
     "defendant, first arraigned in 2010, has been on bail for almost five years. Justice Okeke said the "
     "case must be concluded within the next three months.",
     [("Thursday", 1, "DATE", "2015-03-12"),
      ("14/04/2015", 1, "DATE", "2015-04-14"),
      ("2006", 1, "DATE", "2006"),
      ("2008", 1, "DATE", "2008"),
      ("2010", 1, "DATE", "2010"),
      ("almost five years", 1, "DURATION", "P5Y"),
      ("the next three months", 1, "DURATION", "P3M")]),
    # 72 product launch, model names
    ("1994-03-01",
     "Ford will begin selling the Mondeo in North America as the Ford Contour next fall, a spokesman said "
     "on Tuesday. The car will be built in Kansas City, where production starts in the summer, and goes on "
     "sale in Europe this month. The company spent five years and $6 billion developing it. Ford's last new "
     "mid-size model, the Taurus, appeared in 1985.",
     [("next fall", 1, "DATE", "1994-FA"),
      ("Tuesday", 1, "DATE", "1994-03-01"),
      ("the summer", 1, "DATE", "1994-SU"),
      ("this month", 1, "DATE", "1994-03"),
      ("five years", 1, "DURATION", "P5Y"),
      ("1985", 1, "DATE", "1985")]),
    # 73 South African news
    ("1996-05-08",
     "CAPE TOWN - The Constitutional Assembly adopted South Africa's new constitution today, more than two "
     "years after the first democratic elections of 27 April 1994. Deputy President Thabo Mbeki delivered "
     "his 'I am an African' speech this morning. The text must now be certified by the Constitutional "
     "Court, which will hear arguments from 1 July. The interim constitution remains in force until then.",
     [("today", 1, "DATE", "1996-05-08"),
      ("more than two years", 1, "DURATION", "P2Y"),
      ("27 April 1994", 1, "DATE", "1994-04-27"),
      ("this morning", 1, "TIME", "1996-05-08TMO"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("1 July", 1, "DATE", "1996-07-01"),
      ("then", 1, "DATE", "1996-07-01")]),
    # 74 vaccine schedule, age distractor
    ("2021-03-15",
     "The second dose of the vaccine can be given 11 to 12 weeks after the first, the regulator said on "
     "Monday. Care home residents received their first jabs in December, and more than 24 million people "
     "have now had one dose. Children's trials, which begin next month, will include babies from 6 months. "
     "Boosters may be needed every year, like the flu jab.",
     [("11 to 12 weeks", 1, "DURATION", "PXW"),
      ("Monday", 1, "DATE", "2021-03-15"),
      ("December", 1, "DATE", "2020-12"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("next month", 1, "DATE", "2021-04"),
      ("every year", 1, "SET", "P1Y")]),
    # 75 F1 fixture, time zones
    ("2010-03-12",
     "The Bahrain Grand Prix starts at 3pm local time (12:00 GMT) on Sunday, the first of 19 races. "
     "Practice sessions run for 90 minutes each on Friday, and qualifying is on Saturday afternoon. Michael "
     "Schumacher returns after three years in retirement. Refuelling, banned from this year, was last "
     "forbidden in 1993.",
     [("3pm local time", 1, "TIME", "2010-03-14T15:00"),
      ("12:00 GMT", 1, "TIME", "2010-03-14T12:00"),
      ("Sunday", 1, "DATE", "2010-03-14"),
      ("90 minutes", 1, "DURATION", "PT90M"),
      ("Friday", 1, "DATE", "2010-03-12"),
      ("Saturday afternoon", 1, "TIME", "2010-03-13TAF"),
      ("three years", 1, "DURATION", "P3Y"),
      ("this year", 1, "DATE", "2010"),
      ("1993", 1, "DATE", "1993")]),
    # 76 US blizzard warning, time zones
    ("2007-02-13",
     "Blizzard warning in effect from 7 p.m. CST this evening until noon CST Wednesday. Snow will fall "
     "heavily, with 12 to 18 inches by morning. Winds gusting to 50 mph will make travel nearly "
     "impossible, and the storm is not expected to move out until Thursday. This could be the biggest "
     "storm since February 1979.",
     [("7 p.m. CST this evening", 1, "TIME", "2007-02-13T19:00"),
      ("noon CST Wednesday", 1, "TIME", "2007-02-14T12:00"),
      ("morning", 1, "TIME", "2007-02-14TMO"),
      ("Thursday", 1, "DATE", "2007-02-15"),
      ("February 1979", 1, "DATE", "1979-02")]),
    # 77 Indian TV and radio listing
    ("2015-08-14",
     "Doordarshan will telecast the Prime Minister's Independence Day address live from the Red Fort at 7 "
     "am tomorrow. The flag-hoisting ceremony will be followed by a 90-minute cultural programme. All India "
     "Radio will air patriotic songs every hour from midnight. The speech last year ran for 65 minutes.",
     [("Independence Day", 1, "DATE", "2015-08-15"),
      ("7 am tomorrow", 1, "TIME", "2015-08-15T07:00"),
      ("90-minute", 1, "DURATION", "PT90M"),
      ("every hour", 1, "SET", "PT1H"),
      ("midnight", 1, "TIME", "2015-08-15T00:00"),
      ("last year", 1, "DATE", "2014"),
      ("65 minutes", 1, "DURATION", "PT65M")]),
    # 78 business results, between-and duration range
    ("2022-07-27",
     "Meta reported on Wednesday its first-ever fall in revenue, with sales for the April-June period "
     "falling 1% to $28.8 billion. The company expects third-quarter revenue of $26 billion to $28.5 "
     "billion. Chief Executive Mark Zuckerberg said 2022 would be a tough year and warned that the "
     "downturn could last between 12 and 18 months. Shares fell 4% in after-hours trading.",
     [("Wednesday", 1, "DATE", "2022-07-27"),
      ("April", 1, "DATE", "2022-04"),
      ("June", 1, "DATE", "2022-06"),
      ("third-quarter", 1, "DATE", "2022-Q3"),
      ("2022", 1, "DATE", "2022"),
      ("12", 1, "DURATION", "P12M"),
      ("18 months", 1, "DURATION", "P18M")]),
    # 79 archaeology, present-day distractor
    ("2002-09-04",
     "Archaeologists digging beneath a car park in present-day York said on Wednesday they had found a "
     "Roman bath house built in the second century AD and used for about 200 years. The site has been "
     "excavated yearly since 1978. The latest dig, which began in June, will continue until the end of "
     "October. Finds will go on display next spring.",
     [("Wednesday", 1, "DATE", "2002-09-04"),
      ("the second century AD", 1, "DATE", "01"),
      ("about 200 years", 1, "DURATION", "P200Y"),
      ("yearly", 1, "SET", "P1Y"),
      ("1978", 1, "DATE", "1978"),
      ("June", 1, "DATE", "2002-06"),
      ("the end of October", 1, "DATE", "2002-10"),
      ("next spring", 1, "DATE", "2003-SP")]),
    # 80 memoir, story time 2005; "Twenty years later" returns to the DCT
    ("2025-07-07",
     "Twenty years ago today, Priya Shah boarded a Piccadilly line train at King's Cross at 8.45am on "
     "Thursday 7 July 2005. Minutes later the carriage was dark. She was carried out after about an hour "
     "and spent the next six weeks in hospital. The following summer she ran her first marathon. Twenty "
     "years later she still takes the Tube every day, and on Monday she laid flowers at Hyde Park.",
     [("Twenty years ago today", 1, "DATE", "2005-07-07"),
      ("8.45am", 1, "TIME", "2005-07-07T08:45"),
      ("Thursday 7 July 2005", 1, "DATE", "2005-07-07"),
      ("Minutes", 1, "DURATION", "PTXM"),
      ("about an hour", 1, "DURATION", "PT1H"),
      ("the next six weeks", 1, "DURATION", "P6W"),
      ("The following summer", 1, "DATE", "2006-SU"),
      ("Twenty years", 2, "DURATION", "P20Y"),
      ("every day", 1, "SET", "P1D"),
      ("Monday", 1, "DATE", "2025-07-07")]),
]
