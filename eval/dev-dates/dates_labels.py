"""Decision lists for the dates development set (eval/dev-dates).

Each item: (dct, text, [(surface, occurrence, label, value), ...]).
Occurrence is 1-based over case-sensitive whole-word matches of surface in text
(no letter or digit on either side). Written and labelled by hand; see README.md.
The comment above each item names its kind of news; "retelling" marks passages that
retell events months or years before the DCT.
"""

ITEMS = [
    # d001 wire, Kenya
    ("2005-03-15",
     "NAIROBI, March 15 (Reuters) - Kenyan police said on Tuesday they had arrested 14 people "
     "after clashes over grazing land in the Rift Valley that began late Sunday and lasted more "
     "than 30 hours. A curfew will stay in force until the end of the month, the district "
     "commissioner said.",
     [("March 15", 1, "DATE", "2005-03-15"),
      ("Tuesday", 1, "DATE", "2005-03-15"),
      ("late Sunday", 1, "DATE", "2005-03-13"),
      ("more than 30 hours", 1, "DURATION", "PT30H"),
      ("the end of the month", 1, "DATE", "2005-03")]),

    # d002 business, Germany
    ("2006-08-22",
     "FRANKFURT (Reuters) - Chemicals group Lanxor AG said on Tuesday its second-quarter net "
     "profit rose 12 percent to 214 million euros, helped by a recovery in Asian demand that began "
     "in the spring. The company raised its forecast for fiscal 2006 and said it expected sales in "
     "the second half to be at least as strong as in the first six months. Its shares, which have "
     "lost a fifth of their value over the past two years, were up 3.1 percent at 1130 GMT.",
     [("Tuesday", 1, "DATE", "2006-08-22"),
      ("second-quarter", 1, "DATE", "2006-Q2"),
      ("the spring", 1, "DATE", "2006-SP"),
      ("fiscal 2006", 1, "DATE", "FY2006"),
      ("the second half", 1, "DATE", "2006-H2"),
      ("the first six months", 1, "DURATION", "P6M"),
      ("the past two years", 1, "DURATION", "P2Y"),
      ("1130 GMT", 1, "TIME", "2006-08-22T11:30")]),

    # d003 feature, Germany, retelling (Berlin 1989)
    ("2007-11-09",
     "BERLIN - Eighteen years ago, a bungled announcement at a press conference sent thousands of "
     "East Berliners to the border crossings. Guards at Bornholmer Strasse opened the gates at about "
     "11:30 p.m. on Thursday, Nov. 9, 1989, and by the next morning crowds were chipping at the "
     "concrete with hammers. Within a year Germany was reunited; today the line of the wall is "
     "marked by a double row of cobblestones.",
     [("Eighteen years ago", 1, "DATE", "1989"),
      ("about 11:30 p.m.", 1, "TIME", "1989-11-09T23:30"),
      ("Thursday, Nov. 9, 1989", 1, "DATE", "1989-11-09"),
      ("the next morning", 1, "TIME", "1989-11-10TMO"),
      ("a year", 1, "DURATION", "P1Y"),
      ("today", 1, "DATE", "PRESENT_REF")]),

    # d004 sport, Brazil
    ("2008-02-06",
     "SÃO PAULO - Santos beat Palmeiras 2-1 at the Pacaembu on Sunday night to go three points clear "
     "at the top of the Paulista championship. Palmeiras coach Vanderlei Luz said on Wednesday his "
     "side would train twice a day until the return match on Feb. 17. Palmeiras have not won the "
     "state title since 1996.",
     [("Sunday night", 1, "TIME", "2008-02-03TNI"),
      ("Wednesday", 1, "DATE", "2008-02-06"),
      ("twice a day", 1, "SET", "P1D"),
      ("Feb. 17", 1, "DATE", "2008-02-17"),
      ("1996", 1, "DATE", "1996")]),

    # d005 court, UK
    ("2009-07-14",
     "LONDON - A former investment banker was jailed for seven years on Tuesday for a fraud that ran "
     "from 2001 to 2007 and cost pension funds about 40 million pounds. The judge at Southwark Crown "
     "Court said he must serve at least half of the sentence before he could be considered for "
     "parole. The trial, which opened in January, heard 11 weeks of evidence.",
     [("seven years", 1, "DURATION", "P7Y"),
      ("Tuesday", 1, "DATE", "2009-07-14"),
      ("2001", 1, "DATE", "2001"),
      ("2007", 1, "DATE", "2007"),
      ("January", 1, "DATE", "2009-01"),
      ("11 weeks", 1, "DURATION", "P11W")]),

    # d006 science, Iceland
    ("2010-04-20",
     "REYKJAVIK - The ash plume from the Eyjafjallajokull volcano dropped to about 2 km on Tuesday "
     "morning, five days after it closed most of northern Europe's airspace. Scientists at the "
     "Icelandic Met Office said the eruption could go on for months, as one at the same volcano did "
     "in 1821-23, which lasted more than a year. Flights from Britain are expected to resume on "
     "Thursday at the earliest.",
     [("Tuesday morning", 1, "TIME", "2010-04-20TMO"),
      ("five days", 1, "DURATION", "P5D"),
      ("months", 1, "DURATION", "PXM"),
      ("1821", 1, "DATE", "1821"),
      ("23", 1, "DATE", "1823"),
      ("more than a year", 1, "DURATION", "P1Y"),
      ("Thursday", 1, "DATE", "2010-04-22")]),

    # d007 obituary, Nigeria
    ("2011-10-05",
     "IBADAN, Nigeria - Chief Adebayo Olumide, a lawyer who defended political prisoners under three "
     "military governments, died on Monday at his home. He was 84. Born in 1927, he was detained "
     "for 18 months in the late 1970s and again for several weeks in 1994. He is survived by his "
     "wife of 61 years and nine children.",
     [("Monday", 1, "DATE", "2011-10-03"),
      ("1927", 1, "DATE", "1927"),
      ("18 months", 1, "DURATION", "P18M"),
      ("the late 1970s", 1, "DATE", "197"),
      ("several weeks", 1, "DURATION", "PXW"),
      ("1994", 1, "DATE", "1994"),
      ("61 years", 1, "DURATION", "P61Y")]),

    # d008 weather, India
    ("2012-05-30",
     "NEW DELHI - Temperatures in the capital hit 46.2 degrees Celsius on Tuesday afternoon, the "
     "highest reading since 1994, and forecasters said the heatwave would last at least until the "
     "weekend. The monsoon is expected to reach the Kerala coast around June 5, four days later than "
     "usual. Power cuts lasting up to eight hours were reported across Uttar Pradesh.",
     [("Tuesday afternoon", 1, "TIME", "2012-05-29TAF"),
      ("1994", 1, "DATE", "1994"),
      ("the weekend", 1, "DATE", "2012-W22-WE"),
      ("June 5", 1, "DATE", "2012-06-05"),
      ("four days", 1, "DURATION", "P4D"),
      ("up to eight hours", 1, "DURATION", "PT8H")]),

    # d009 feature, Chile, retelling (1973)
    ("2013-09-18",
     "SANTIAGO - Forty years ago, air force jets bombed the presidential palace in Santiago. The "
     "first troop movements were reported in Valparaiso early on Tuesday, Sept. 11, 1973; by 2 p.m. "
     "the palace had fallen, and a curfew was imposed that evening. The junta ruled for nearly 17 "
     "years, until March 1990.",
     [("Forty years ago", 1, "DATE", "1973"),
      ("Tuesday, Sept. 11, 1973", 1, "DATE", "1973-09-11"),
      ("2 p.m.", 1, "TIME", "1973-09-11T14:00"),
      ("that evening", 1, "TIME", "1973-09-11TEV"),
      ("nearly 17 years", 1, "DURATION", "P17Y"),
      ("March 1990", 1, "DATE", "1990-03")]),

    # d010 wire, Australia (politics)
    ("2014-12-03",
     "BRISBANE (AAP) - Queensland's state election will be held on January 31, the premier announced "
     "on Wednesday, cutting short a term that had more than three months to run. The announcement "
     "came a week after a poll showed the government's lead had narrowed to four points. Campaigning "
     "will pause over Christmas and resume on Boxing Day.",
     [("January 31", 1, "DATE", "2015-01-31"),
      ("Wednesday", 1, "DATE", "2014-12-03"),
      ("more than three months", 1, "DURATION", "P3M"),
      ("a week", 1, "DURATION", "P1W"),
      ("Christmas", 1, "DATE", "2014-12-25"),
      ("Boxing Day", 1, "DATE", "2014-12-26")]),

    # d011 conflict, Ukraine
    ("2015-01-27",
     "KIEV - Shelling killed at least five civilians in Mariupol on Monday, local officials said, "
     "three days after rocket fire on an eastern district of the port killed 30. A ceasefire agreed "
     "in September has all but collapsed. Monitors said they recorded more than 200 explosions "
     "between 8 a.m. and noon on Monday.",
     [("Monday", 1, "DATE", "2015-01-26"),
      ("three days", 1, "DURATION", "P3D"),
      ("September", 1, "DATE", "2014-09"),
      ("8 a.m.", 1, "TIME", "2015-01-26T08:00"),
      ("noon", 1, "TIME", "2015-01-26T12:00"),
      ("Monday", 2, "DATE", "2015-01-26")]),

    # d012 feature, Ukraine, retelling (Chernobyl 1986)
    ("2016-04-26",
     "KIEV - Thirty years ago, at 1:23 a.m. on April 26, 1986, reactor No. 4 at Chernobyl exploded "
     "during a safety test. Soviet officials said nothing for almost two days; the town of Pripyat "
     "was evacuated on Sunday afternoon, some 36 hours after the blast. The exclusion zone is "
     "expected to remain uninhabitable for thousands of years.",
     [("Thirty years ago", 1, "DATE", "1986"),
      ("1:23 a.m.", 1, "TIME", "1986-04-26T01:23"),
      ("April 26, 1986", 1, "DATE", "1986-04-26"),
      ("almost two days", 1, "DURATION", "P2D"),
      ("Sunday afternoon", 1, "TIME", "1986-04-27TAF"),
      ("some 36 hours", 1, "DURATION", "PT36H"),
      ("thousands of years", 1, "DURATION", "PXY")]),

    # d013 earnings, Japan
    ("2017-03-22",
     "TOKYO - Electronics maker Hanamura Corp forecast on Wednesday an operating profit of 180 "
     "billion yen for the year to March 2018, up from an expected 150 billion yen this fiscal year. "
     "The company, which has posted losses in four of the past six years, said it would cut 3,000 "
     "jobs over the next two years and close its Osaka plant by the end of September.",
     [("Wednesday", 1, "DATE", "2017-03-22"),
      ("March 2018", 1, "DATE", "2018-03"),
      ("this fiscal year", 1, "DATE", "FY2016"),
      ("the past six years", 1, "DURATION", "P6Y"),
      ("the next two years", 1, "DURATION", "P2Y"),
      ("the end of September", 1, "DATE", "2017-09")]),

    # d014 sport, United States (marathon)
    ("2018-10-08",
     "CHICAGO - Kenya's Daniel Kiprop won the Chicago Marathon on Sunday in 2:05:11, pulling away "
     "from a pack of four in the last three miles. It was his first marathon win in more than two "
     "years, after a hamstring injury kept him out for most of 2017. The women's race went to "
     "Ethiopia's Tirunesh Alemu in 2:18:35, 43 seconds ahead of the defending champion.",
     [("Sunday", 1, "DATE", "2018-10-07"),
      ("2:05:11", 1, "DURATION", "PT2H5M11S"),
      ("more than two years", 1, "DURATION", "P2Y"),
      ("2017", 1, "DATE", "2017"),
      ("2:18:35", 1, "DURATION", "PT2H18M35S"),
      ("43 seconds", 1, "DURATION", "PT43S")]),

    # d015 court, Netherlands, retelling (2014)
    ("2019-08-28",
     "THE HAGUE - Prosecutors told the court on Wednesday that the defendant drove the truck out of "
     "Donetsk early on July 17, 2014, and was back across the border by 9 p.m. Witnesses said he "
     "spent that night at a farm near Snizhne and left the next day. The trial, expected to last "
     "until the spring of 2021, resumes on Monday.",
     [("Wednesday", 1, "DATE", "2019-08-28"),
      ("July 17, 2014", 1, "DATE", "2014-07-17"),
      ("9 p.m.", 1, "TIME", "2014-07-17T21:00"),
      ("that night", 1, "TIME", "2014-07-17TNI"),
      ("the next day", 1, "DATE", "2014-07-18"),
      ("the spring of 2021", 1, "DATE", "2021-SP"),
      ("Monday", 1, "DATE", "2019-09-02")]),

    # d016 science, Switzerland (climate)
    ("2020-11-12",
     "GENEVA - Global carbon dioxide emissions are set to fall by about 7 percent in 2020, the "
     "steepest drop since the Second World War, researchers said on Thursday. But they warned that "
     "emissions rebounded within months of the 2008-09 financial crisis, and that cuts of that size "
     "would be needed every year for the coming decade to meet the Paris goals.",
     [("2020", 1, "DATE", "2020"),
      ("Thursday", 1, "DATE", "2020-11-12"),
      ("months", 1, "DURATION", "PXM"),
      ("2008", 1, "DATE", "2008"),
      ("09", 1, "DATE", "2009"),
      ("every year", 1, "SET", "P1Y"),
      ("the coming decade", 1, "DURATION", "P10Y")]),

    # d017 wire, Colombia
    ("2021-05-26",
     "BOGOTA - Colombia's government and protest leaders failed to reach a deal on Tuesday night after "
     "talks that lasted nearly nine hours, four weeks into demonstrations that have left dozens dead. "
     "Organisers called a new national strike for Friday. A nightly curfew remains in place in Cali.",
     [("Tuesday night", 1, "TIME", "2021-05-25TNI"),
      ("nearly nine hours", 1, "DURATION", "PT9H"),
      ("four weeks", 1, "DURATION", "P4W"),
      ("Friday", 1, "DATE", "2021-05-28"),
      ("nightly", 1, "SET", "XXXX-XX-XXTNI")]),

    # d018 feature, United States, retelling (Katrina 2005)
    ("2025-08-29",
     "NEW ORLEANS - On Aug. 29, 2005, Hurricane Katrina came ashore near Buras, Louisiana, shortly "
     "after 6 a.m. By the next morning, levee failures had left 80 percent of New Orleans under "
     "water, and it took the Army Corps of Engineers 53 days to pump the city dry. Two decades later, "
     "the city's population is still about 20 percent below its level before the storm.",
     [("Aug. 29, 2005", 1, "DATE", "2005-08-29"),
      ("6 a.m.", 1, "TIME", "2005-08-29T06:00"),
      ("the next morning", 1, "TIME", "2005-08-30TMO"),
      ("53 days", 1, "DURATION", "P53D"),
      ("Two decades", 1, "DURATION", "P20Y")]),

    # d019 elections, Paraguay
    ("2023-02-15",
     "ASUNCION - Paraguayans vote on April 30 in a presidential election that could end the Colorado "
     "Party's hold on power. The party has governed for all but five of the past 75 years, including "
     "the 35-year rule of Alfredo Stroessner, which ended in a coup in February 1989. Registration for "
     "voters abroad closes next week.",
     [("April 30", 1, "DATE", "2023-04-30"),
      ("the past 75 years", 1, "DURATION", "P75Y"),
      ("35-year", 1, "DURATION", "P35Y"),
      ("February 1989", 1, "DATE", "1989-02"),
      ("next week", 1, "DATE", "2023-W08")]),

    # d020 business, China
    ("2024-07-03",
     "SHANGHAI - China's services activity grew at its slowest pace in eight months in June, a private "
     "survey showed on Wednesday. The index fell to 51.2 from 54.0 in May. Analysts expect the central "
     "bank to cut rates in the third quarter, possibly as early as next month.",
     [("eight months", 1, "DURATION", "P8M"),
      ("June", 1, "DATE", "2024-06"),
      ("Wednesday", 1, "DATE", "2024-07-03"),
      ("May", 1, "DATE", "2024-05"),
      ("the third quarter", 1, "DATE", "2024-Q3"),
      ("next month", 1, "DATE", "2024-08")]),

    # d021 feature, France, retelling (1944)
    ("2024-06-06",
     "ARROMANCHES, France - Eighty years ago, on Tuesday, June 6, 1944, some 156,000 Allied troops "
     "landed on five beaches in Normandy. The first paratroopers had jumped shortly after midnight, "
     "and the seaborne assault began at 6:30 a.m. By that evening the Allies held a narrow strip of "
     "coast; Paris was liberated 11 weeks later, on Aug. 25. Only a handful of the veterans are alive "
     "today.",
     [("Eighty years ago", 1, "DATE", "1944"),
      ("Tuesday, June 6, 1944", 1, "DATE", "1944-06-06"),
      ("midnight", 1, "TIME", "1944-06-06T00:00"),
      ("6:30 a.m.", 1, "TIME", "1944-06-06T06:30"),
      ("that evening", 1, "TIME", "1944-06-06TEV"),
      ("11 weeks", 1, "DURATION", "P11W"),
      ("Aug. 25", 1, "DATE", "1944-08-25"),
      ("today", 1, "DATE", "PRESENT_REF")]),

    # d022 weather, Argentina
    ("2025-04-09",
     "BUENOS AIRES - Torrential rain dumped 180 mm on the port city of Bahia Blanca in less than eight "
     "hours on Tuesday, a month after floods there killed 16 people. The national weather service "
     "warned of more storms on Thursday and Friday and said the autumn had so far been the wettest "
     "on record.",
     [("less than eight hours", 1, "DURATION", "PT8H"),
      ("Tuesday", 1, "DATE", "2025-04-08"),
      ("a month", 1, "DURATION", "P1M"),
      ("Thursday", 1, "DATE", "2025-04-10"),
      ("Friday", 1, "DATE", "2025-04-11"),
      ("the autumn", 1, "DATE", "2025-FA")]),

    # d023 wire, Nepal
    ("2006-04-25",
     "KATHMANDU - Tens of thousands of people celebrated in the streets of Kathmandu on Tuesday after "
     "King Gyanendra announced shortly before midnight on Monday that he would restore parliament, "
     "which he dissolved in 2002. The announcement ended 19 days of strikes and protests in which 14 "
     "people were killed. The restored house will meet on Friday at 1 p.m.",
     [("Tuesday", 1, "DATE", "2006-04-25"),
      ("midnight", 1, "TIME", "2006-04-24T24:00"),
      ("Monday", 1, "DATE", "2006-04-24"),
      ("2002", 1, "DATE", "2002"),
      ("19 days", 1, "DURATION", "P19D"),
      ("Friday", 1, "DATE", "2006-04-28"),
      ("1 p.m.", 1, "TIME", "2006-04-28T13:00")]),

    # d024 local news, South Africa (ages and measures are not time expressions)
    ("2008-09-14",
     "JOHANNESBURG - A six-week-old baby and her 24-year-old mother were among 11 people treated for "
     "smoke inhalation after a fire in a block of flats in Hillbrow early Saturday. Residents said fire "
     "engines took 40 minutes to arrive, although the nearest station is a five-minute drive away. The "
     "city council said it would publish a report in due course.",
     [("early Saturday", 1, "DATE", "2008-09-13"),
      ("40 minutes", 1, "DURATION", "PT40M")]),

    # d025 feature, Mexico (sets)
    ("2009-11-22",
     "OAXACA, Mexico - For more than 400 years, traders have come down from the Sierra Juárez every "
     "Sunday to sell coffee, mezcal and cheese in Tlacolula. The market, once held daily, now opens "
     "twice a week, and a larger fair is held every other month during the dry season.",
     [("more than 400 years", 1, "DURATION", "P400Y"),
      ("every Sunday", 1, "SET", "XXXX-WXX-7"),
      ("daily", 1, "SET", "P1D"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("twice a week", 1, "SET", "P1W"),
      ("every other month", 1, "SET", "P2M")]),

    # d026 crime, Philippines
    ("2011-06-17",
     "MANILA - Police said on Friday that the suspect in the killing of a radio journalist in Davao "
     "had been arrested at a checkpoint on Wednesday evening, two days after the shooting. The "
     "journalist was shot outside his home at about 5:40 a.m. on Monday as he left for the station, "
     "and died in hospital hours later.",
     [("Friday", 1, "DATE", "2011-06-17"),
      ("Wednesday evening", 1, "TIME", "2011-06-15TEV"),
      ("two days", 1, "DURATION", "P2D"),
      ("about 5:40 a.m.", 1, "TIME", "2011-06-13T05:40"),
      ("Monday", 1, "DATE", "2011-06-13"),
      ("hours", 1, "DURATION", "PTXH")]),

    # d027 feature, Japan, retelling (2011)
    ("2021-03-11",
     "TOKYO - At 2:46 p.m. on Friday, March 11, 2011, a magnitude 9.0 earthquake struck off the "
     "northeast coast of Japan. The first waves reached the shore about 30 minutes later; by the next "
     "morning three reactors at Fukushima Daiichi had lost cooling. A decade on, some 40,000 people "
     "have still not returned home, and dismantling the plant will take 30 to 40 years.",
     [("2:46 p.m.", 1, "TIME", "2011-03-11T14:46"),
      ("Friday, March 11, 2011", 1, "DATE", "2011-03-11"),
      ("about 30 minutes", 1, "DURATION", "PT30M"),
      ("the next morning", 1, "TIME", "2011-03-12TMO"),
      ("A decade", 1, "DURATION", "P10Y"),
      ("30 to 40 years", 1, "DURATION", "PXY")]),

    # d028 sport, UK (cricket; ordinal day)
    ("2013-07-22",
     "LONDON - England beat Australia by 347 runs at Lord's on Sunday, wrapping up victory with more "
     "than a day to spare. Australia were bowled out for 235 shortly after tea on the fourth day, "
     "giving England a 2-0 lead in the five-match series. The third Test starts at Old Trafford on "
     "Aug. 1.",
     [("Sunday", 1, "DATE", "2013-07-21"),
      ("more than a day", 1, "DURATION", "P1D"),
      ("the fourth day", 1, "DATE", "2013-07-21"),
      ("Aug. 1", 1, "DATE", "2013-08-01")]),

    # d029 diplomacy, Ethiopia
    ("2012-01-30",
     "ADDIS ABABA - African Union leaders failed on Monday to elect a new commission chairman after "
     "four rounds of voting, and will try again at a summit in June. The incumbent will stay in office "
     "for another six months. The vote came a day after the AU opened its new $200 million "
     "headquarters, built in three years with Chinese funds.",
     [("Monday", 1, "DATE", "2012-01-30"),
      ("June", 1, "DATE", "2012-06"),
      ("another six months", 1, "DURATION", "P6M"),
      ("a day", 1, "DURATION", "P1D"),
      ("three years", 1, "DURATION", "P3Y")]),

    # d030 earnings, Australia
    ("2015-02-18",
     "PERTH - Iron ore miner Westgate Resources reported a 40 percent fall in profit on Wednesday as "
     "prices for the steelmaking ingredient sank to their lowest since mid-2009. Profit for the six "
     "months to Dec. 31 was A$1.2 billion, against A$2 billion a year earlier. The company will pay an "
     "interim dividend in March and expects to ship about 165 million tonnes in the 2015 fiscal year, "
     "which ends on June 30.",
     [("Wednesday", 1, "DATE", "2015-02-18"),
      ("mid-2009", 1, "DATE", "2009"),
      ("the six months", 1, "DURATION", "P6M"),
      ("Dec. 31", 1, "DATE", "2014-12-31"),
      ("a year", 1, "DURATION", "P1Y"),
      ("March", 1, "DATE", "2015-03"),
      ("the 2015 fiscal year", 1, "DATE", "FY2015"),
      ("June 30", 1, "DATE", "2015-06-30")]),
]
