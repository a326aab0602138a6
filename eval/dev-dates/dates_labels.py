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

    # d031 wire, Pakistan (earthquake)
    ("2005-10-09",
     "MUZAFFARABAD, Pakistan - Rescuers dug through rubble with their bare hands on Sunday, a day "
     "after a magnitude 7.6 earthquake struck at 8:50 a.m. on Saturday and flattened whole villages in "
     "Kashmir. Officials said it could take weeks to reach some valleys, and snow is expected in the "
     "mountains by mid-November.",
     [("Sunday", 1, "DATE", "2005-10-09"),
      ("a day", 1, "DURATION", "P1D"),
      ("8:50 a.m.", 1, "TIME", "2005-10-08T08:50"),
      ("Saturday", 1, "DATE", "2005-10-08"),
      ("weeks", 1, "DURATION", "PXW"),
      ("mid-November", 1, "DATE", "2005-11")]),

    # d032 court, Netherlands, retelling (1995)
    ("2017-11-22",
     "THE HAGUE - A UN tribunal on Wednesday sentenced former Bosnian Serb commander Ratko Mladic to "
     "life in prison for genocide. Judges found that forces under his command took Srebrenica on July "
     "11, 1995, and over the following days killed about 8,000 men and boys. The trial lasted more "
     "than four years; Mladic had spent 16 years on the run before his arrest in May 2011.",
     [("Wednesday", 1, "DATE", "2017-11-22"),
      ("July 11, 1995", 1, "DATE", "1995-07-11"),
      ("the following days", 1, "DURATION", "PXD"),
      ("more than four years", 1, "DURATION", "P4Y"),
      ("16 years", 1, "DURATION", "P16Y"),
      ("May 2011", 1, "DATE", "2011-05")]),

    # d033 earnings, India
    ("2010-10-14",
     "BANGALORE - Software exporter Infovista posted a 16 percent rise in July-September net profit on "
     "Thursday and raised its revenue forecast for the year ending March 31, 2011. Revenue in the "
     "September quarter rose 21 percent from a year earlier. The company said it would hire 40,000 "
     "people this year.",
     [("July", 1, "DATE", "2010-07"),
      ("September", 1, "DATE", "2010-09"),
      ("Thursday", 1, "DATE", "2010-10-14"),
      ("March 31, 2011", 1, "DATE", "2011-03-31"),
      ("the September quarter", 1, "DATE", "2010-Q3"),
      ("a year", 1, "DURATION", "P1Y"),
      ("this year", 1, "DATE", "2010")]),

    # d034 sport, South Africa (football)
    ("2010-07-12",
     "JOHANNESBURG - Spain won the World Cup for the first time on Sunday, beating the Netherlands 1-0 "
     "with a goal four minutes from the end of extra time. Spain, who had not reached a final in 80 "
     "years of trying, fly home to Madrid on Monday for a victory parade. The Dutch have now lost three "
     "finals, in 1974, 1978 and 2010.",
     [("Sunday", 1, "DATE", "2010-07-11"),
      ("four minutes", 1, "DURATION", "PT4M"),
      ("80 years", 1, "DURATION", "P80Y"),
      ("Monday", 1, "DATE", "2010-07-12"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("1974", 1, "DATE", "1974"),
      ("1978", 1, "DATE", "1978"),
      ("2010", 1, "DATE", "2010")]),

    # d035 weather, Bangladesh (cyclone)
    ("2007-11-16",
     "DHAKA - Cyclone Sidr slammed into Bangladesh's southwest coast on Thursday evening with winds of "
     "up to 240 kph, flattening houses and cutting power to much of the country. Some 3.2 million "
     "people had been moved to shelters by Thursday afternoon. It was the strongest cyclone to hit "
     "Bangladesh since 1991, and relief officials said the coming 72 hours would be critical.",
     [("Thursday evening", 1, "TIME", "2007-11-15TEV"),
      ("Thursday afternoon", 1, "TIME", "2007-11-15TAF"),
      ("1991", 1, "DATE", "1991"),
      ("the coming 72 hours", 1, "DURATION", "PT72H")]),

    # d036 obituary, Nepal, retelling (1978)
    ("2019-03-11",
     "KATHMANDU - Ang Dorje Sherpa, who reached the summit of Everest ten times, died on Saturday in "
     "Kathmandu. He was 71. On his first ascent, in May 1978, he and two climbers left the South Col "
     "at 2 a.m. and reached the top shortly before noon; they spent 40 minutes there before the weather "
     "turned. He stopped climbing in 2001 and ran a school in Khumjung for the next 15 years.",
     [("Saturday", 1, "DATE", "2019-03-09"),
      ("May 1978", 1, "DATE", "1978-05"),
      ("2 a.m.", 1, "TIME", "1978-05-XXT02:00"),
      ("noon", 1, "TIME", "1978-05-XXT12:00"),
      ("40 minutes", 1, "DURATION", "PT40M"),
      ("2001", 1, "DATE", "2001"),
      ("the next 15 years", 1, "DURATION", "P15Y")]),

    # d037 court, United States
    ("2012-06-14",
     "NEW YORK - A federal judge in Manhattan on Thursday sentenced a former hedge fund manager to 11 "
     "years in prison for insider trading, the longest such sentence in decades. Prosecutors had sought "
     "between 15 and 19 years. The scheme ran from at least 2003 until his arrest in October 2009, and "
     "he must surrender by Sept. 14.",
     [("Thursday", 1, "DATE", "2012-06-14"),
      ("11 years", 1, "DURATION", "P11Y"),
      ("decades", 1, "DURATION", "PXDE"),
      ("between 15 and 19 years", 1, "DURATION", "PXY"),
      ("2003", 1, "DATE", "2003"),
      ("October 2009", 1, "DATE", "2009-10"),
      ("Sept. 14", 1, "DATE", "2012-09-14")]),

    # d038 science, Germany (space)
    ("2014-11-13",
     "DARMSTADT, Germany - The Philae lander bounced twice after touching down on comet 67P on "
     "Wednesday afternoon and came to rest in the shadow of a cliff, where its batteries may last only "
     "about 60 hours. Its mother ship Rosetta was launched in March 2004 and travelled for more than ten "
     "years to reach the comet. Controllers will try to contact the lander again at 1100 GMT on Friday.",
     [("Wednesday afternoon", 1, "TIME", "2014-11-12TAF"),
      ("about 60 hours", 1, "DURATION", "PT60H"),
      ("March 2004", 1, "DATE", "2004-03"),
      ("more than ten years", 1, "DURATION", "P10Y"),
      ("1100 GMT", 1, "TIME", "2014-11-14T11:00"),
      ("Friday", 1, "DATE", "2014-11-14")]),

    # d039 feature, Sri Lanka, retelling (2004)
    ("2014-12-26",
     "GALLE, Sri Lanka - On Sunday, Dec. 26, 2004, the sea drew back from Galle harbour shortly after "
     "9 a.m. Twenty minutes later the first wave came ashore. A train carrying some 1,700 passengers "
     "was struck near Peraliya at about 9:30 a.m.; fewer than 100 survived, and the line did not reopen "
     "for two months. Each year survivors gather at the spot where the carriages came to rest.",
     [("Sunday, Dec. 26, 2004", 1, "DATE", "2004-12-26"),
      ("9 a.m.", 1, "TIME", "2004-12-26T09:00"),
      ("Twenty minutes", 1, "DURATION", "PT20M"),
      ("about 9:30 a.m.", 1, "TIME", "2004-12-26T09:30"),
      ("two months", 1, "DURATION", "P2M"),
      ("Each year", 1, "SET", "P1Y")]),

    # d040 economy, Belgium (EU statistics)
    ("2009-07-31",
     "BRUSSELS - Euro zone unemployment rose to 9.4 percent in June, the highest in a decade, the EU "
     "statistics office said on Friday. Economists expect the jobless rate to keep climbing well into "
     "2010 and to peak above 10 percent in the first half of next year.",
     [("June", 1, "DATE", "2009-06"),
      ("a decade", 1, "DURATION", "P10Y"),
      ("Friday", 1, "DATE", "2009-07-31"),
      ("2010", 1, "DATE", "2010"),
      ("the first half of next year", 1, "DATE", "2010-H1")]),

    # d041 conflict, Mali
    ("2013-01-12",
     "BAMAKO - French warplanes struck Islamist rebels in central Mali on Friday, a day after the "
     "militants seized the town of Konna. The rebels have held the north of the country since April. "
     "Mali's interim president declared a state of emergency across the country for ten days.",
     [("Friday", 1, "DATE", "2013-01-11"),
      ("a day", 1, "DURATION", "P1D"),
      ("April", 1, "DATE", "2012-04"),
      ("ten days", 1, "DURATION", "P10D")]),

    # d042 sport, France (cycling)
    ("2008-07-28",
     "PARIS - Carlos Sastre of Spain won the Tour de France on Sunday, finishing the three-week race "
     "58 seconds ahead of Australia's Cadel Evans in a total time of 87:52:52. Last year's winner did "
     "not start after his team was barred from the race.",
     [("Sunday", 1, "DATE", "2008-07-27"),
      ("three-week", 1, "DURATION", "P3W"),
      ("58 seconds", 1, "DURATION", "PT58S"),
      ("87:52:52", 1, "DURATION", "PT87H52M52S"),
      ("Last year", 1, "DATE", "2007")]),

    # d043 feature, United States, retelling (2008)
    ("2018-09-15",
     "NEW YORK - Lehman Brothers filed for bankruptcy at 1:45 a.m. on Monday, Sept. 15, 2008, after 48 "
     "hours of failed rescue talks at the New York Fed. The Dow fell 504 points that day, and two days "
     "later the government took control of the insurer AIG. It took the index more than five years to "
     "regain its October 2007 peak.",
     [("1:45 a.m.", 1, "TIME", "2008-09-15T01:45"),
      ("Monday, Sept. 15, 2008", 1, "DATE", "2008-09-15"),
      ("48 hours", 1, "DURATION", "PT48H"),
      ("that day", 1, "DATE", "2008-09-15"),
      ("two days", 1, "DURATION", "P2D"),
      ("more than five years", 1, "DURATION", "P5Y"),
      ("October 2007", 1, "DATE", "2007-10")]),

    # d044 weather, UK
    ("2014-03-03",
     "LONDON - Britain had its wettest winter since records began in 1910, the Met Office said on "
     "Monday, with 541 mm of rain falling between December and February. March will start cold, with "
     "frost likely in the north this week. The Environment Agency now updates its flood warnings every "
     "three hours.",
     [("winter", 1, "DATE", "2013-WI"),
      ("1910", 1, "DATE", "1910"),
      ("Monday", 1, "DATE", "2014-03-03"),
      ("December", 1, "DATE", "2013-12"),
      ("February", 1, "DATE", "2014-02"),
      ("March", 1, "DATE", "2014-03"),
      ("this week", 1, "DATE", "2014-W10"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("every three hours", 1, "SET", "PT3H")]),

    # d045 court, India, retelling (2012)
    ("2017-05-05",
     "NEW DELHI - India's Supreme Court on Friday upheld the death sentences of four men convicted of "
     "the gang rape and murder of a student on a bus in December 2012. A trial court convicted them in "
     "September 2013, nine months after the attack. The men, who have been in jail for more than four "
     "years, have 30 days to seek a review.",
     [("Friday", 1, "DATE", "2017-05-05"),
      ("December 2012", 1, "DATE", "2012-12"),
      ("September 2013", 1, "DATE", "2013-09"),
      ("nine months", 1, "DURATION", "P9M"),
      ("more than four years", 1, "DURATION", "P4Y"),
      ("30 days", 1, "DURATION", "P30D")]),

    # d046 obituary, Japan
    ("2019-01-10",
     "TOKYO - Novelist Hideo Kurosaki, whose spare stories of post-war Osaka were translated into 30 "
     "languages, died on Jan. 3 at a hospital in Kyoto, his publisher said on Thursday. He was 88. He "
     "wrote his first novel in the winter of 1961 and published a book every other year until the 1990s.",
     [("Jan. 3", 1, "DATE", "2019-01-03"),
      ("Thursday", 1, "DATE", "2019-01-10"),
      ("the winter of 1961", 1, "DATE", "1961-WI"),
      ("every other year", 1, "SET", "P2Y"),
      ("the 1990s", 1, "DATE", "199")]),

    # d047 business, Thailand (floods; ranges)
    ("2011-11-08",
     "BANGKOK - Floodwaters that have swamped seven industrial estates north of Bangkok since early "
     "October could take four to six weeks to drain, the government said on Tuesday. Honda said its "
     "plant in Ayutthaya would stay shut until at least the end of the year and that its Thai output "
     "for October-December would fall by up to 150,000 cars. The floods, the worst in half a century, "
     "began in late July.",
     [("early October", 1, "DATE", "2011-10"),
      ("four to six weeks", 1, "DURATION", "PXW"),
      ("Tuesday", 1, "DATE", "2011-11-08"),
      ("the end of the year", 1, "DATE", "2011"),
      ("October", 2, "DATE", "2011-10"),
      ("December", 1, "DATE", "2011-12"),
      ("half a century", 1, "DURATION", "P50Y"),
      ("late July", 1, "DATE", "2011-07")]),

    # d048 wire, Chile (mine rescue; anaphora)
    ("2010-10-14",
     "COPIAPO, Chile - The last of the 33 miners trapped underground for 69 days was winched to the "
     "surface at 9:55 p.m. on Wednesday. The rescue, which began shortly after midnight, took less than "
     "24 hours. The men had been cut off since a rock fall on Aug. 5; for the first 17 days no one knew "
     "whether they were alive.",
     [("69 days", 1, "DURATION", "P69D"),
      ("9:55 p.m.", 1, "TIME", "2010-10-13T21:55"),
      ("Wednesday", 1, "DATE", "2010-10-13"),
      ("midnight", 1, "TIME", "2010-10-13T00:00"),
      ("less than 24 hours", 1, "DURATION", "PT24H"),
      ("Aug. 5", 1, "DATE", "2010-08-05"),
      ("the first 17 days", 1, "DURATION", "P17D")]),

    # d049 politics, UK ("May" the name is not a date)
    ("2019-03-30",
     "LONDON - Parliament rejected Prime Minister Theresa May's Brexit deal for a third time on Friday, "
     "when Britain had originally been due to leave the European Union. May now has until April 12 to "
     "propose a way forward after nearly two years of negotiations.",
     [("Friday", 1, "DATE", "2019-03-29"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("April 12", 1, "DATE", "2019-04-12"),
      ("nearly two years", 1, "DURATION", "P2Y")]),

    # d050 health, Switzerland
    ("2020-03-12",
     "GENEVA - The World Health Organization declared the coronavirus outbreak a pandemic on Wednesday, "
     "10 weeks after China first reported a cluster of pneumonia cases in Wuhan on Dec. 31. Italy has "
     "extended its nationwide lockdown until April 3, and infections there are doubling every three to "
     "four days. A vaccine is at least 12 to 18 months away, officials said.",
     [("Wednesday", 1, "DATE", "2020-03-11"),
      ("10 weeks", 1, "DURATION", "P10W"),
      ("Dec. 31", 1, "DATE", "2019-12-31"),
      ("April 3", 1, "DATE", "2020-04-03"),
      ("every three to four days", 1, "SET", "PXD"),
      ("at least 12 to 18 months", 1, "DURATION", "PXM")]),

    # d051 feature, Mexico, retelling (1985)
    ("2015-09-19",
     "MEXICO CITY - At 7:19 a.m. on Thursday, Sept. 19, 1985, an earthquake of magnitude 8.1 brought "
     "down hundreds of buildings in the capital. A strong aftershock struck the next evening. Rescuers "
     "pulled newborn babies alive from the ruins of the Juárez Hospital nine days later. Since then the "
     "city has held an earthquake drill every year on the anniversary.",
     [("7:19 a.m.", 1, "TIME", "1985-09-19T07:19"),
      ("Thursday, Sept. 19, 1985", 1, "DATE", "1985-09-19"),
      ("the next evening", 1, "TIME", "1985-09-20TEV"),
      ("nine days", 1, "DURATION", "P9D"),
      ("then", 1, "DATE", "1985-09-19"),
      ("every year", 1, "SET", "P1Y")]),

    # d052 wire, Egypt
    ("2011-02-12",
     "CAIRO - Hosni Mubarak resigned as president on Friday after 18 days of protests, handing power to "
     "the army after almost 30 years in office. Vice President Omar Suleiman announced the decision in a "
     "30-second statement on state television shortly after 6 p.m. Crowds in Tahrir Square were still "
     "celebrating on Saturday morning.",
     [("Friday", 1, "DATE", "2011-02-11"),
      ("18 days", 1, "DURATION", "P18D"),
      ("almost 30 years", 1, "DURATION", "P30Y"),
      ("30-second", 1, "DURATION", "PT30S"),
      ("6 p.m.", 1, "TIME", "2011-02-11T18:00"),
      ("Saturday morning", 1, "TIME", "2011-02-12TMO")]),

    # d053 earnings, Ireland (airline)
    ("2022-05-16",
     "DUBLIN - Ryanair posted a loss of 355 million euros for the year to March 31 on Monday, its second "
     "loss in a row, but said traffic this summer would exceed pre-pandemic levels. Bookings for July "
     "and August are running 5 percent ahead of 2019. Chief executive Michael O'Leary, in the job since "
     "2014, has agreed to stay for another five years.",
     [("March 31", 1, "DATE", "2022-03-31"),
      ("Monday", 1, "DATE", "2022-05-16"),
      ("this summer", 1, "DATE", "2022-SU"),
      ("July", 1, "DATE", "2022-07"),
      ("August", 1, "DATE", "2022-08"),
      ("2019", 1, "DATE", "2019"),
      ("2014", 1, "DATE", "2014"),
      ("another five years", 1, "DURATION", "P5Y")]),

    # d054 science, Italy (archaeology; distractors)
    ("2023-10-18",
     "ROME - Archaeologists working near present-day Civitavecchia said on Tuesday they had found a "
     "Roman bath complex with intact mosaic floors. The site, an hour's drive north of Rome, was used for "
     "about three centuries before it was abandoned in the fifth century AD. Excavation, carried out "
     "yearly since 2019, will resume in the spring.",
     [("Tuesday", 1, "DATE", "2023-10-17"),
      ("about three centuries", 1, "DURATION", "P300Y"),
      ("the fifth century AD", 1, "DATE", "04"),
      ("yearly", 1, "SET", "P1Y"),
      ("2019", 1, "DATE", "2019"),
      ("the spring", 1, "DATE", "2024-SP")]),

    # d055 sport, UK (athletics)
    ("2012-08-06",
     "LONDON - Jamaica's Usain Bolt retained his Olympic 100 metres title on Sunday night in 9.63 "
     "seconds, the second-fastest time in history, four years after winning in Beijing. The final started "
     "at 9:50 p.m. in front of 80,000 fans. Bolt runs in the 200 metres heats on Tuesday morning.",
     [("Sunday night", 1, "TIME", "2012-08-05TNI"),
      ("9.63 seconds", 1, "DURATION", "PT9.63S"),
      ("four years", 1, "DURATION", "P4Y"),
      ("9:50 p.m.", 1, "TIME", "2012-08-05T21:50"),
      ("Tuesday morning", 1, "TIME", "2012-08-07TMO")]),

    # d056 court, Australia, retelling (2012)
    ("2016-02-09",
     "MELBOURNE - A jury was told on Tuesday that the accused followed the victim from a bar in Brunswick "
     "shortly after 1:30 a.m. on Saturday, Sept. 22, 2012, and that her body was found six days later in "
     "a shallow grave. The man, arrested that Thursday, has been in custody for more than three years.",
     [("Tuesday", 1, "DATE", "2016-02-09"),
      ("1:30 a.m.", 1, "TIME", "2012-09-22T01:30"),
      ("Saturday, Sept. 22, 2012", 1, "DATE", "2012-09-22"),
      ("six days", 1, "DURATION", "P6D"),
      ("that Thursday", 1, "DATE", "2012-09-27"),
      ("more than three years", 1, "DURATION", "P3Y")]),

    # d057 elections, Kenya
    ("2007-12-30",
     "NAIROBI - Kenya's electoral commission declared President Mwai Kibaki the winner of Thursday's "
     "election on Sunday evening, after results from several constituencies had been held back for two "
     "days. Kibaki was sworn in for a second five-year term within an hour.",
     [("Thursday", 1, "DATE", "2007-12-27"),
      ("Sunday evening", 1, "TIME", "2007-12-30TEV"),
      ("two days", 1, "DURATION", "P2D"),
      ("five-year", 1, "DURATION", "P5Y"),
      ("an hour", 1, "DURATION", "PT1H")]),

    # d058 science, astronomy ("2022" in a comet's name is not a date)
    ("2023-01-11",
     "PARIS - A comet that takes about 50,000 years to orbit the sun will be visible with binoculars from "
     "mid-January until early February, astronomers said on Wednesday. The comet, C/2022 E3, will make "
     "its closest approach to Earth on Feb. 1.",
     [("about 50,000 years", 1, "DURATION", "P50000Y"),
      ("mid-January", 1, "DATE", "2023-01"),
      ("early February", 1, "DATE", "2023-02"),
      ("Wednesday", 1, "DATE", "2023-01-11"),
      ("Feb. 1", 1, "DATE", "2023-02-01")]),

    # d059 transport, UK (sets)
    ("2024-10-10",
     "LONDON - Eurostar will run a train every 30 minutes between London and Paris at peak times from "
     "next spring, up from hourly now, the company said on Thursday. The fastest journeys will take 2 "
     "hours 16 minutes.",
     [("every 30 minutes", 1, "SET", "PT30M"),
      ("next spring", 1, "DATE", "2025-SP"),
      ("hourly", 1, "SET", "PT1H"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("Thursday", 1, "DATE", "2024-10-10"),
      ("2 hours 16 minutes", 1, "DURATION", "PT2H16M")]),

    # d060 feature, United States, retelling (1969)
    ("2019-07-20",
     "HOUSTON - Fifty years ago, at 4:17 p.m. EDT on Sunday, July 20, 1969, the lunar module Eagle set "
     "down on the Sea of Tranquility. Neil Armstrong stepped onto the surface about six and a half hours "
     "later. The two astronauts spent 21 hours and 36 minutes on the moon before lifting off the next "
     "afternoon.",
     [("Fifty years ago", 1, "DATE", "1969"),
      ("4:17 p.m. EDT", 1, "TIME", "1969-07-20T16:17"),
      ("Sunday, July 20, 1969", 1, "DATE", "1969-07-20"),
      ("about six and a half hours", 1, "DURATION", "PT6H30M"),
      ("21 hours and 36 minutes", 1, "DURATION", "PT21H36M"),
      ("the next afternoon", 1, "TIME", "1969-07-21TAF")]),

    # d061 wire, Turkey
    ("2016-07-16",
     "ANKARA - Turkish authorities said on Saturday they had crushed a coup attempt that began on Friday "
     "night, when soldiers blocked the bridges over the Bosphorus at around 10:30 p.m. local time. By "
     "Saturday morning the rebels in Istanbul had surrendered, and at least 265 people were dead. "
     "Recep Tayyip Erdogan, who has led the country since 2003, said the plotters would pay a heavy price.",
     [("Saturday", 1, "DATE", "2016-07-16"),
      ("Friday night", 1, "TIME", "2016-07-15TNI"),
      ("around 10:30 p.m. local time", 1, "TIME", "2016-07-15T22:30"),
      ("Saturday morning", 1, "TIME", "2016-07-16TMO"),
      ("2003", 1, "DATE", "2003")]),

    # d062 sport, UK (football; day-month dates)
    ("2016-05-03",
     "LEICESTER - Leicester City were crowned Premier League champions on Monday night without kicking a "
     "ball, after Tottenham drew 2-2 at Chelsea. The club, 5,000-1 outsiders before the season, had been "
     "bottom of the table on 4 April 2015 and escaped relegation with seven wins in their last nine "
     "games. The trophy will be presented after the home game against Everton on 7 May.",
     [("Monday night", 1, "TIME", "2016-05-02TNI"),
      ("4 April 2015", 1, "DATE", "2015-04-04"),
      ("7 May", 1, "DATE", "2016-05-07")]),

    # d063 earnings, India (fiscal years; "year-on-year" is not a time expression)
    ("2024-05-22",
     "MUMBAI - Sahyadri Cement reported a 31 percent year-on-year rise in January-March profit on "
     "Wednesday, helped by a construction boom ahead of the general election. Sales volumes for FY24 as "
     "a whole rose 12 percent. The company expects demand to hold up through the monsoon months of June "
     "to September and plans to double its capacity by FY27.",
     [("January", 1, "DATE", "2024-01"),
      ("March", 1, "DATE", "2024-03"),
      ("Wednesday", 1, "DATE", "2024-05-22"),
      ("FY24", 1, "DATE", "FY2024"),
      ("June", 1, "DATE", "2024-06"),
      ("September", 1, "DATE", "2024-09"),
      ("FY27", 1, "DATE", "FY2027")]),

    # d064 court, United States, retelling (2013)
    ("2015-04-08",
     "BOSTON - A federal jury on Wednesday found Dzhokhar Tsarnaev guilty on all 30 counts over the "
     "Boston Marathon bombing. The two bombs exploded 12 seconds apart near the finish line at 2:49 p.m. "
     "on April 15, 2013. Three days later the FBI released photographs of the brothers, and by that "
     "Friday evening Tsarnaev had been found hiding in a boat in Watertown. The penalty phase of the "
     "trial begins on April 21.",
     [("Wednesday", 1, "DATE", "2015-04-08"),
      ("12 seconds", 1, "DURATION", "PT12S"),
      ("2:49 p.m.", 1, "TIME", "2013-04-15T14:49"),
      ("April 15, 2013", 1, "DATE", "2013-04-15"),
      ("Three days", 1, "DURATION", "P3D"),
      ("that Friday evening", 1, "TIME", "2013-04-19TEV"),
      ("April 21", 1, "DATE", "2015-04-21")]),

    # d065 feature, United States, retelling (1995; "9:02 AM")
    ("2020-04-19",
     "OKLAHOMA CITY - At 9:02 AM on Wednesday, April 19, 1995, a truck bomb tore the front off the "
     "Alfred P. Murrah federal building, killing 168 people. The bomber had rented the truck in Kansas "
     "on Monday, April 17, and was stopped by a state trooper 90 minutes after the blast. He was "
     "charged on Friday morning and executed in June 2001. Twenty-five years on, the memorial ceremony was held online on Sunday.",
     [("9:02 AM", 1, "TIME", "1995-04-19T09:02"),
      ("Wednesday, April 19, 1995", 1, "DATE", "1995-04-19"),
      ("Monday, April 17", 1, "DATE", "1995-04-17"),
      ("90 minutes", 1, "DURATION", "PT90M"),
      ("Friday morning", 1, "TIME", "1995-04-21TMO"),
      ("June 2001", 1, "DATE", "2001-06"),
      ("Twenty-five years", 1, "DURATION", "P25Y"),
      ("Sunday", 1, "DATE", "2020-04-19")]),

    # d066 weather, United States (deictic words)
    ("2021-02-15",
     "HOUSTON - More than 4 million Texans were without power on Monday morning as temperatures in Dallas "
     "fell to minus 18C, the coldest since 1949. The grid operator said rolling blackouts, which began "
     "at 1:25 a.m., could last into Tuesday. Forecasters warned of more snow tonight and tomorrow.",
     [("Monday morning", 1, "TIME", "2021-02-15TMO"),
      ("1949", 1, "DATE", "1949"),
      ("1:25 a.m.", 1, "TIME", "2021-02-15T01:25"),
      ("Tuesday", 1, "DATE", "2021-02-16"),
      ("tonight", 1, "TIME", "2021-02-15TNI"),
      ("tomorrow", 1, "DATE", "2021-02-16")]),

    # d067 politics, Mexico (ordinal day)
    ("2025-01-08",
     "MEXICO CITY - President Claudia Sheinbaum marked the 100th day of her presidency on Wednesday with "
     "a speech in the Zócalo, promising to build 1 million homes. Since taking office on Oct. 1 she has "
     "held a news conference every morning, as her predecessor did. Her six-year term ends in 2030.",
     [("the 100th day", 1, "DATE", "2025-01-08"),
      ("Wednesday", 1, "DATE", "2025-01-08"),
      ("Oct. 1", 1, "DATE", "2024-10-01"),
      ("every morning", 1, "SET", "XXXX-XX-XXTMO"),
      ("six-year", 1, "DURATION", "P6Y"),
      ("2030", 1, "DATE", "2030")]),

    # d068 obituary, Poland (year ranges)
    ("2018-02-06",
     "WARSAW - Former foreign minister Tadeusz Wolak, who helped negotiate the withdrawal of Soviet "
     "troops from Poland in 1990-93, died on Sunday. He was 86. A physicist by training, he taught in "
     "Krakow for more than two decades before entering politics in 1989. He was later ambassador to "
     "Germany in 2002-2006 and, from 2010 to 2012, head of an EU mission in Georgia.",
     [("1990", 1, "DATE", "1990"),
      ("93", 1, "DATE", "1993"),
      ("Sunday", 1, "DATE", "2018-02-04"),
      ("more than two decades", 1, "DURATION", "P20Y"),
      ("1989", 1, "DATE", "1989"),
      ("2002", 1, "DATE", "2002"),
      ("2006", 1, "DATE", "2006"),
      ("2010", 1, "DATE", "2010"),
      ("2012", 1, "DATE", "2012")]),

    # d069 wire, Greece (anchored durations, anaphora)
    ("2008-12-08",
     "ATHENS - Rioting spread to a dozen Greek cities on Monday, two days after police shot dead a "
     "15-year-old boy in Athens. The boy was shot at about 9 p.m. on Saturday in the Exarchia district, "
     "and hours after the shooting youths were setting banks on fire. The officer who fired was arrested "
     "that night and a second officer the next morning. The government had survived a vote in "
     "parliament only days earlier.",
     [("Monday", 1, "DATE", "2008-12-08"),
      ("two days", 1, "DURATION", "P2D"),
      ("about 9 p.m.", 1, "TIME", "2008-12-06T21:00"),
      ("Saturday", 1, "DATE", "2008-12-06"),
      ("hours", 1, "DURATION", "PTXH"),
      ("that night", 1, "TIME", "2008-12-06TNI"),
      ("the next morning", 1, "TIME", "2008-12-07TMO"),
      ("days", 2, "DURATION", "PXD")]),

    # d070 health, France (sets)
    ("2019-08-31",
     "PARIS - A cholesterol-lowering injection given twice a year cut heart attacks by 20 percent in a "
     "five-year trial, researchers told a cardiology congress in Paris on Saturday. Patients now take "
     "statin pills daily; the new drug would be given at a clinic every six months, after two starting "
     "doses three months apart.",
     [("twice a year", 1, "SET", "P1Y"),
      ("five-year", 1, "DURATION", "P5Y"),
      ("Saturday", 1, "DATE", "2019-08-31"),
      ("now", 1, "DATE", "PRESENT_REF"),
      ("daily", 1, "SET", "P1D"),
      ("every six months", 1, "SET", "P6M"),
      ("three months", 1, "DURATION", "P3M")]),

    # d071 sport feature, Hungary, retelling (1956)
    ("2006-12-06",
     "BUDAPEST - On Dec. 6, 1956, a month after Soviet tanks crushed the uprising in Budapest, Hungary's "
     "water polo team met the Soviet Union in the Olympic semi-final in Melbourne. The referee stopped "
     "the match with a minute left after a Hungarian player was punched; Hungary were declared 4-0 "
     "winners and took the gold medal two days later. Fifty years on, five surviving players met in "
     "Budapest on Wednesday.",
     [("Dec. 6, 1956", 1, "DATE", "1956-12-06"),
      ("a month", 1, "DURATION", "P1M"),
      ("a minute", 1, "DURATION", "PT1M"),
      ("two days", 1, "DURATION", "P2D"),
      ("Fifty years", 1, "DURATION", "P50Y"),
      ("Wednesday", 1, "DATE", "2006-12-06")]),

    # d072 earnings, Norway (month ranges, year range)
    ("2016-07-27",
     "OSLO - Nordvik Energi swung to a net loss of $302 million in the three months from April to June, "
     "it said on Wednesday, hit by an oil price that is still less than half its level of mid-2014. The "
     "company has cut investment by a third since 2014 and plans further cuts in 2017-2018.",
     [("the three months", 1, "DURATION", "P3M"),
      ("April", 1, "DATE", "2016-04"),
      ("June", 1, "DATE", "2016-06"),
      ("Wednesday", 1, "DATE", "2016-07-27"),
      ("mid-2014", 1, "DATE", "2014"),
      ("2014", 2, "DATE", "2014"),
      ("2017", 1, "DATE", "2017"),
      ("2018", 1, "DATE", "2018")]),

    # d073 conflict-event note, Burkina Faso
    ("2019-03-13",
     "Burkina Faso, Soum province: On 12 March 2019, suspected JNIM militants attacked a gendarmerie post "
     "in Djibo at around 0400 hours, killing 4 gendarmes. The post had been attacked twice in the "
     "previous 3 months.",
     [("12 March 2019", 1, "DATE", "2019-03-12"),
      ("around 0400 hours", 1, "TIME", "2019-03-12T04:00"),
      ("the previous 3 months", 1, "DURATION", "P3M")]),

    # d074 elections, United States
    ("2020-11-07",
     "WILMINGTON, Delaware - Joe Biden won the U.S. presidency on Saturday, four days after Election Day, "
     "when a count in Pennsylvania put him over the 270 electoral votes he needed. He will be "
     "inaugurated on Jan. 20. Donald Trump, who has not conceded, is the first president since 1992 to "
     "lose a bid for a second term.",
     [("Saturday", 1, "DATE", "2020-11-07"),
      ("four days", 1, "DURATION", "P4D"),
      ("Election Day", 1, "DATE", "2020-11-03"),
      ("Jan. 20", 1, "DATE", "2021-01-20"),
      ("1992", 1, "DATE", "1992")]),

    # d075 weather, India (floods)
    ("2018-08-17",
     "KOCHI, India - Kerala's worst floods in nearly a century have killed more than 160 people since "
     "Aug. 8, and the airport at Kochi will stay closed until Aug. 26. The weather office forecast heavy "
     "rain for the next 48 hours, and rescue helicopters resumed flights early this morning.",
     [("nearly a century", 1, "DURATION", "P100Y"),
      ("Aug. 8", 1, "DATE", "2018-08-08"),
      ("Aug. 26", 1, "DATE", "2018-08-26"),
      ("the next 48 hours", 1, "DURATION", "PT48H"),
      ("early this morning", 1, "TIME", "2018-08-17TMO")]),

    # d076 business, United States (technology)
    ("2007-01-10",
     "SAN FRANCISCO - Apple unveiled its first mobile phone on Tuesday, saying it would go on sale in the "
     "United States in June, in Europe in the fourth quarter and in Asia in 2008. Chief executive Steve "
     "Jobs said he hoped to sell 10 million phones in 2008. The company also dropped \"Computer\" from "
     "its name after 30 years.",
     [("Tuesday", 1, "DATE", "2007-01-09"),
      ("June", 1, "DATE", "2007-06"),
      ("the fourth quarter", 1, "DATE", "2007-Q4"),
      ("2008", 1, "DATE", "2008"),
      ("2008", 2, "DATE", "2008"),
      ("30 years", 1, "DURATION", "P30Y")]),

    # d077 obituary, Austria, retelling (1943-45; set of seasons)
    ("2024-01-18",
     "VIENNA - Helga Brandt, the nurse who hid 11 Jewish children in a convent attic near Linz during the "
     "Second World War, died on Tuesday at the age of 101. She took in the first two children in January "
     "1943 and kept them hidden for 27 months, until American troops arrived on May 5, 1945. For the rest "
     "of her life she visited the convent every spring.",
     [("Tuesday", 1, "DATE", "2024-01-16"),
      ("January 1943", 1, "DATE", "1943-01"),
      ("27 months", 1, "DURATION", "P27M"),
      ("May 5, 1945", 1, "DATE", "1945-05-05"),
      ("every spring", 1, "SET", "XXXX-SP")]),

    # d078 sport, Singapore (motor racing)
    ("2023-09-17",
     "SINGAPORE - Carlos Sainz won the Singapore Grand Prix on Sunday, ending Red Bull's run of 15 straight "
     "wins, which had begun in March. The race started at 8 p.m. local time and ran close to the two-hour "
     "limit; Sainz crossed the line 0.812 seconds ahead of Lando Norris.",
     [("Sunday", 1, "DATE", "2023-09-17"),
      ("March", 1, "DATE", "2023-03"),
      ("8 p.m. local time", 1, "TIME", "2023-09-17T20:00"),
      ("two-hour", 1, "DURATION", "PT2H"),
      ("0.812 seconds", 1, "DURATION", "PT0.812S")]),

    # d079 court, UK
    ("2013-02-04",
     "LONDON - A former cabinet minister pleaded guilty on Monday to perverting the course of justice by "
     "persuading his wife to take his speeding points in March 2003. He had denied the charge for almost "
     "a year. He resigned his seat in parliament within hours, and sentencing is expected later this "
     "month.",
     [("Monday", 1, "DATE", "2013-02-04"),
      ("March 2003", 1, "DATE", "2003-03"),
      ("almost a year", 1, "DURATION", "P1Y"),
      ("hours", 1, "DURATION", "PTXH"),
      ("later this month", 1, "DATE", "2013-02")]),

    # d080 climate policy, China ("in ten years")
    ("2020-09-23",
     "BEIJING - China will aim to peak its carbon emissions before 2030 and reach carbon neutrality by "
     "2060, President Xi Jinping told the UN General Assembly on Tuesday. Analysts said coal would still "
     "supply half the country's power in ten years. The next five-year plan, covering 2021-2025, is due "
     "in March.",
     [("2030", 1, "DATE", "2030"),
      ("2060", 1, "DATE", "2060"),
      ("Tuesday", 1, "DATE", "2020-09-22"),
      ("ten years", 1, "DATE", "2030"),
      ("five-year", 1, "DURATION", "P5Y"),
      ("2021", 1, "DATE", "2021"),
      ("2025", 1, "DATE", "2025"),
      ("March", 1, "DATE", "2021-03")]),

    # d081 local news, Canada (weather)
    ("2018-01-04",
     "TORONTO - Toronto will open three extra warming centres tonight as temperatures are forecast to drop "
     "to minus 30C with the wind chill, the city said on Thursday. The centres will stay open around the "
     "clock until Sunday. Last winter the city kept them open for a total of six weeks.",
     [("tonight", 1, "TIME", "2018-01-04TNI"),
      ("Thursday", 1, "DATE", "2018-01-04"),
      ("Sunday", 1, "DATE", "2018-01-07"),
      ("Last winter", 1, "DATE", "2016-WI"),
      ("six weeks", 1, "DURATION", "P6W")]),

    # d082 economy, Japan
    ("2025-05-16",
     "TOKYO - Japan's economy shrank at an annualised rate of 0.7 percent in January-March, its first "
     "contraction in a year, government data showed on Friday. Wages have lagged inflation for most of "
     "the past three years, and the Bank of Japan, which ended eight years of negative rates in March "
     "2024, is expected to keep rates on hold at its June meeting.",
     [("January", 1, "DATE", "2025-01"),
      ("March", 1, "DATE", "2025-03"),
      ("a year", 1, "DURATION", "P1Y"),
      ("Friday", 1, "DATE", "2025-05-16"),
      ("the past three years", 1, "DURATION", "P3Y"),
      ("eight years", 1, "DURATION", "P8Y"),
      ("March 2024", 1, "DATE", "2024-03"),
      ("June", 1, "DATE", "2025-06")]),

    # d083 feature, UK, retelling (Aberfan 1966)
    ("2016-10-21",
     "ABERFAN, Wales - At 9:15 AM on Friday, Oct. 21, 1966, a colliery spoil tip slid down the hillside "
     "onto the village school. The pupils had just returned to their classrooms after assembly, and were "
     "due to break up for half-term at noon; 116 children and 28 adults died. Fifty years later, the "
     "village fell silent at 9:15 on Friday.",
     [("9:15 AM", 1, "TIME", "1966-10-21T09:15"),
      ("Friday, Oct. 21, 1966", 1, "DATE", "1966-10-21"),
      ("noon", 1, "TIME", "1966-10-21T12:00"),
      ("Fifty years", 1, "DURATION", "P50Y"),
      ("9:15", 2, "TIME", "2016-10-21T09:15"),
      ("Friday", 2, "DATE", "2016-10-21")]),

    # d084 health, United States
    ("2014-10-08",
     "DALLAS - The first person diagnosed with Ebola in the United States died on Wednesday morning at a "
     "Dallas hospital, eight days after his diagnosis. The Liberian man arrived on Sept. 20 and was sent "
     "home from the emergency room with antibiotics on Sept. 26, returning by ambulance two days later. "
     "Health officials are monitoring 48 people who had contact with him for 21 days from their last "
     "exposure.",
     [("Wednesday morning", 1, "TIME", "2014-10-08TMO"),
      ("eight days", 1, "DURATION", "P8D"),
      ("Sept. 20", 1, "DATE", "2014-09-20"),
      ("Sept. 26", 1, "DATE", "2014-09-26"),
      ("two days", 1, "DURATION", "P2D"),
      ("21 days", 1, "DURATION", "P21D")]),

    # d085 housing, Germany (sets)
    ("2015-03-05",
     "BERLIN - Germany's parliament passed a cap on rent increases on Thursday after rents in Berlin "
     "doubled over the past decade. The rules take effect on June 1 and will apply for five years; cities "
     "must update their rent indexes every two years. Tenants' groups, which meet every other week in "
     "Kreuzberg, said the law did not go far enough.",
     [("Thursday", 1, "DATE", "2015-03-05"),
      ("the past decade", 1, "DURATION", "P10Y"),
      ("June 1", 1, "DATE", "2015-06-01"),
      ("five years", 1, "DURATION", "P5Y"),
      ("every two years", 1, "SET", "P2Y"),
      ("every other week", 1, "SET", "P2W")]),

    # d086 sport, United States (basketball; scores are not times)
    ("2016-06-20",
     "OAKLAND - LeBron James led the Cleveland Cavaliers to a 93-89 win over the Golden State Warriors in "
     "Game 7 of the NBA Finals on Sunday, ending the city's 52-year wait for a major sports title. "
     "Cleveland became the first team to come back from 3-1 down in the finals; Kyrie Irving hit the "
     "decisive three-pointer with 53 seconds left.",
     [("Sunday", 1, "DATE", "2016-06-19"),
      ("52-year", 1, "DURATION", "P52Y"),
      ("53 seconds", 1, "DURATION", "PT53S")]),

    # d087 inquest, UK, retelling (2019; ages are not time expressions)
    ("2023-03-16",
     "MANCHESTER - An inquest heard on Thursday that the 19-year-old student called a friend at 11:40 p.m. "
     "on Friday, Dec. 13, 2019, and was last seen leaving a nightclub an hour later. His body was "
     "recovered from a canal the following Monday. The inquest, delayed for more than three years by the "
     "pandemic, is expected to last a fortnight.",
     [("Thursday", 1, "DATE", "2023-03-16"),
      ("11:40 p.m.", 1, "TIME", "2019-12-13T23:40"),
      ("Friday, Dec. 13, 2019", 1, "DATE", "2019-12-13"),
      ("an hour", 1, "DURATION", "PT1H"),
      ("the following Monday", 1, "DATE", "2019-12-16"),
      ("more than three years", 1, "DURATION", "P3Y"),
      ("a fortnight", 1, "DURATION", "P2W")]),

    # d088 markets, Hong Kong (today/yesterday naming days)
    ("2009-10-14",
     "HONG KONG, Oct 14 - Hong Kong shares rose 2.3 percent today, their biggest gain in a month, after a "
     "rally on Wall Street yesterday. The Hang Seng index closed at 21,886, its highest since Sept. 23. "
     "Trading was halted for 15 minutes this afternoon after a computer fault.",
     [("Oct 14", 1, "DATE", "2009-10-14"),
      ("today", 1, "DATE", "2009-10-14"),
      ("a month", 1, "DURATION", "P1M"),
      ("yesterday", 1, "DATE", "2009-10-13"),
      ("Sept. 23", 1, "DATE", "2009-09-23"),
      ("15 minutes", 1, "DURATION", "PT15M"),
      ("this afternoon", 1, "TIME", "2009-10-14TAF")]),
]
