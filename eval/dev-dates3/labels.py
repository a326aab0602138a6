"""Decision lists for dev-dates3 (hand-written passages, hand-made TIMEX3 labels).

ITEMS: (dct, text, [(surface, occurrence, label, value), ...]), passage e001 first. The
occurrence counts case-sensitive whole-word matches of the surface in the text (1-based), as
in dev-dates. Every decision where SCHEME.md is silent is listed in README.md (E1...).
"""

ITEMS = [
    # e001
    ('1988-11-09',
     'SPRINGFIELD, Ill., Nov. 9 - The City Council voted 7-2 late Tuesday to extend the downtown '
     'parking moratorium for another 18 months. The measure, first passed in March 1987, had been due '
     'to lapse at the end of the year. Alderman Ruth May said the council would revisit the issue '
     'every six months, and a public hearing is set for 7 p.m. on Dec. 1. "We have been at this since '
     'the 1970s," she said.',
     [('Nov. 9', 1, 'DATE', '1988-11-09'),
      ('late Tuesday', 1, 'DATE', '1988-11-08'),
      ('another 18 months', 1, 'DURATION', 'P18M'),
      ('March 1987', 1, 'DATE', '1987-03'),
      ('the end of the year', 1, 'DATE', '1988'),
      ('every six months', 1, 'SET', 'P6M'),
      ('7 p.m.', 1, 'TIME', '1988-12-01T19:00'),
      ('Dec. 1', 1, 'DATE', '1988-12-01'),
      ('the 1970s', 1, 'DATE', '197')]),

    # e002
    ('1996-04-17',
     'Press release -- PORTLAND, Ore., April 17, 1996 -- Cascadia Timber Co. today reported net income '
     'of $4.2 million for the first quarter of 1996, up from $3.1 million a year earlier. Sales for '
     'the three months ended March 31 rose 12 percent. The company said it expects to complete its '
     'second mill in the fourth quarter and will pay a dividend of 8 cents a share on May 15 to '
     'holders of record on May 1. Chief executive Dana Whitfield, 52, said the first half of 1996 '
     'would be "challenging."',
     [('April 17, 1996', 1, 'DATE', '1996-04-17'),
      ('today', 1, 'DATE', '1996-04-17'),
      ('the first quarter of 1996', 1, 'DATE', '1996-Q1'),
      ('a year', 1, 'DURATION', 'P1Y'),
      ('the three months', 1, 'DURATION', 'P3M'),
      ('March 31', 1, 'DATE', '1996-03-31'),
      ('the fourth quarter', 1, 'DATE', '1996-Q4'),
      ('May 15', 1, 'DATE', '1996-05-15'),
      ('May 1', 1, 'DATE', '1996-05-01'),
      ('the first half of 1996', 1, 'DATE', '1996-H1')]),

    # e003
    ('2003-02-01',
     'ZIERIKZEE, Netherlands - Fifty years ago, the sea came over the dikes of Zeeland. On Saturday, '
     'Jan. 31, 1953, a northwesterly storm had been building since morning, and by midnight the water '
     'was rising fast. Around 3:30 a.m. on Sunday the first dikes broke. Kees de Vries, who was 11, '
     'climbed onto the roof of the family farmhouse with his mother and three sisters; help came on '
     'Tuesday, Feb. 3, and by then they had eaten nothing for two days. "I still dream about it," he '
     'said this week. Rebuilding took more than a decade, and the last Delta Works barrier was not '
     'finished until 1997.',
     [('Fifty years ago', 1, 'DATE', '1953'),
      ('Saturday, Jan. 31, 1953', 1, 'DATE', '1953-01-31'),
      ('morning', 1, 'TIME', '1953-01-31TMO'),
      ('midnight', 1, 'TIME', '1953-01-31T24:00'),
      ('Around 3:30 a.m.', 1, 'TIME', '1953-02-01T03:30'),
      ('Sunday', 1, 'DATE', '1953-02-01'),
      ('Tuesday, Feb. 3', 1, 'DATE', '1953-02-03'),
      ('then', 1, 'DATE', '1953-02-03'),
      ('two days', 1, 'DURATION', 'P2D'),
      ('this week', 1, 'DATE', '2003-W05'),
      ('more than a decade', 1, 'DURATION', 'P10Y'),
      ('1997', 1, 'DATE', '1997')]),

    # e004
    ('1999-07-19',
     'CARNOUSTIE, Scotland, July 18 - Paul Lawrie won the British Open on Sunday after a four-hole '
     'playoff, coming from 10 shots behind after three rounds. The Scot, 30, finished with a 67 and '
     'waited nearly two hours in the clubhouse before the playoff began shortly after 6 p.m. Justin '
     'Leonard finished second. Jean Van de Velde, who had led by three shots with a hole to play, said '
     'he would be back next year.',
     [('July 18', 1, 'DATE', '1999-07-18'),
      ('Sunday', 1, 'DATE', '1999-07-18'),
      ('nearly two hours', 1, 'DURATION', 'PT2H'),
      ('6 p.m.', 1, 'TIME', '1999-07-18T18:00'),
      ('next year', 1, 'DATE', '2000')]),

    # e005
    ('2005-12-20',
     'WINTER STORM WARNING in effect from 6 p.m. Wednesday until noon Thursday. The National Weather '
     'Service in Buffalo says 12 to 18 inches of lake-effect snow are expected, with the heaviest '
     'bands between midnight and 7 a.m. Thursday. Travel will be very difficult during the Thursday '
     'morning commute. Drivers should allow an extra 30 minutes for trips. A second storm may arrive '
     'over the Christmas weekend. Forecasters expect this winter to be unusually snowy.',
     [('6 p.m. Wednesday', 1, 'TIME', '2005-12-21T18:00'),
      ('noon Thursday', 1, 'TIME', '2005-12-22T12:00'),
      ('midnight', 1, 'TIME', '2005-12-22T00:00'),
      ('7 a.m. Thursday', 1, 'TIME', '2005-12-22T07:00'),
      ('Thursday morning', 1, 'TIME', '2005-12-22TMO'),
      ('an extra 30 minutes', 1, 'DURATION', 'PT30M'),
      ('the Christmas weekend', 1, 'DATE', '2005-W51-WE'),
      ('this winter', 1, 'DATE', '2005-WI')]),

    # e006
    ('2012-10-03',
     "ANCHOR: Good morning, it's 7:30 here on the East Coast. Later tonight the two candidates meet in "
     "Denver for their first debate, and we'll have live coverage starting at 9 Eastern. A couple of "
     'weeks back the polls had this race tied; now the president leads by four in our tracking. '
     "REPORTER: That's right, and the campaign told me this morning they spent the last three days in "
     "debate camp. ANCHOR: We'll be right back.",
     [('7:30', 1, 'TIME', '2012-10-03T07:30'),
      ('Later tonight', 1, 'TIME', '2012-10-03TNI'),
      ('9 Eastern', 1, 'TIME', '2012-10-03T21:00'),
      ('A couple of weeks back', 1, 'DATE', '2012-W38'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('this morning', 1, 'TIME', '2012-10-03TMO'),
      ('the last three days', 1, 'DURATION', 'P3D')]),

    # e007
    ('1991-05-14',
     'POLICE BLOTTER. Monday, 2:15 a.m.: A 19-year-old man was arrested on Elm Street after officers '
     'saw him march a shopping cart full of car stereos down the middle of the road. Sunday, 11:40 '
     'p.m.: Neighbors on Maple Avenue reported a loud party; it was the second complaint about the '
     'address in a week. Saturday afternoon: A bicycle was stolen from the rack outside the library '
     'sometime between 1 p.m. and 3 p.m. Police ask anyone with information to call the station, which '
     'is staffed around the clock.',
     [('Monday, 2:15 a.m.', 1, 'TIME', '1991-05-13T02:15'),
      ('Sunday, 11:40 p.m.', 1, 'TIME', '1991-05-12T23:40'),
      ('a week', 1, 'DURATION', 'P1W'),
      ('Saturday afternoon', 1, 'TIME', '1991-05-11TAF'),
      ('1 p.m.', 1, 'TIME', '1991-05-11T13:00'),
      ('3 p.m.', 1, 'TIME', '1991-05-11T15:00')]),

    # e008
    ('1998-10-21',
     'NEW YORK, Oct. 21 (Reuters) - Apex Software Inc. said on Wednesday that net income for the '
     'quarter ended Sept. 30 rose 31 percent to $18.4 million. The company, whose fiscal 1999 began on '
     'July 1, reaffirmed its forecast and said revenue in the December quarter would benefit from '
     'year-end spending by corporate customers. Shares rose 8 percent in late trading Wednesday. For '
     'fiscal 1998, Apex earned $61 million.',
     [('Oct. 21', 1, 'DATE', '1998-10-21'),
      ('Wednesday', 1, 'DATE', '1998-10-21'),
      ('the quarter', 1, 'DATE', '1998-Q3'),
      ('Sept. 30', 1, 'DATE', '1998-09-30'),
      ('fiscal 1999', 1, 'DATE', 'FY1999'),
      ('July 1', 1, 'DATE', '1998-07-01'),
      ('the December quarter', 1, 'DATE', '1998-Q4'),
      ('year-end', 1, 'DATE', '1998'),
      ('Wednesday', 2, 'DATE', '1998-10-21'),
      ('fiscal 1998', 1, 'DATE', 'FY1998')]),

    # e009
    ('2017-03-02',
     'Opinion | The town that forgot how to wait. These days everyone wants everything now. Eighty '
     'years ago a letter from Chicago to our town took four days; today a delivery that takes more '
     'than an hour feels like a failure. In the 1950s, the hardware store on Main Street closed on '
     'Sundays and nobody minded. Since last spring, the store has been open around the clock, every '
     'day. Perhaps we should march back to the old ways, at least for a few weeks each summer.',
     [('These days', 1, 'DATE', 'PRESENT_REF'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('Eighty years ago', 1, 'DATE', '1937'),
      ('four days', 1, 'DURATION', 'P4D'),
      ('today', 1, 'DATE', 'PRESENT_REF'),
      ('more than an hour', 1, 'DURATION', 'PT1H'),
      ('the 1950s', 1, 'DATE', '195'),
      ('Sundays', 1, 'SET', 'XXXX-WXX-7'),
      ('last spring', 1, 'DATE', '2016-SP'),
      ('every day', 1, 'SET', 'P1D'),
      ('a few weeks', 1, 'DURATION', 'PXW'),
      ('each summer', 1, 'SET', 'XXXX-SU')]),

    # e010
    ('2000-01-14',
     'Margaret Ellison, who ran the Riverside lending library for 41 years, died on Tuesday at her '
     'home in Dayton. She was 93. Born in 1906 in rural Kentucky, she moved to Ohio in the spring of '
     '1929 and opened the library the following year with 200 borrowed books. In the winter of 1937, '
     'when the river flooded, she carried the card catalogue upstairs by herself in under three hours. '
     'She continued to volunteer on Saturdays until the late 1990s. A memorial service will be held at '
     '2 p.m. on Jan. 22.',
     [('41 years', 1, 'DURATION', 'P41Y'),
      ('Tuesday', 1, 'DATE', '2000-01-11'),
      ('1906', 1, 'DATE', '1906'),
      ('the spring of 1929', 1, 'DATE', '1929-SP'),
      ('the following year', 1, 'DATE', '1930'),
      ('the winter of 1937', 1, 'DATE', '1937-WI'),
      ('under three hours', 1, 'DURATION', 'PT3H'),
      ('Saturdays', 1, 'SET', 'XXXX-WXX-6'),
      ('the late 1990s', 1, 'DATE', '199'),
      ('2 p.m.', 1, 'TIME', '2000-01-22T14:00'),
      ('Jan. 22', 1, 'DATE', '2000-01-22')]),

    # e011
    ('1997-09-03',
     'Schools in the Millbrook district open their doors tomorrow, a week later than last year because '
     "of roof repairs at Millbrook High, the district's second high school. Superintendent Alan Pruitt "
     'said the district will make up the lost time by shortening the holiday break to 10 days and '
     'adding two days in June. Kindergarten classes will be shortened for the first two weeks. Buses '
     'will leave the depot at 6:45 a.m., and parents are asked to have children at the stop by 7:10. '
     'The school board meets twice a month; its next meeting is Sept. 9.',
     [('tomorrow', 1, 'DATE', '1997-09-04'),
      ('a week', 1, 'DURATION', 'P1W'),
      ('last year', 1, 'DATE', '1996'),
      ('10 days', 1, 'DURATION', 'P10D'),
      ('two days', 1, 'DURATION', 'P2D'),
      ('June', 1, 'DATE', '1998-06'),
      ('the first two weeks', 1, 'DURATION', 'P2W'),
      ('6:45 a.m.', 1, 'TIME', '1997-09-04T06:45'),
      ('7:10', 1, 'TIME', '1997-09-04T07:10'),
      ('twice a month', 1, 'SET', 'P1M'),
      ('Sept. 9', 1, 'DATE', '1997-09-09')]),

    # e012
    ('2008-02-15',
     'A jury on Thursday convicted Raymond Tolles of the 1994 murder of a gas-station clerk in '
     'Bakersfield, ending a case that went cold for more than 12 years. Prosecutors said Tolles '
     'entered the station at about 11:20 p.m. on Friday, Oct. 7, 1994, and left four minutes later. '
     "The clerk's body was found by a customer shortly after midnight. Sentencing is set for April 4; "
     'he faces 25 years to life.',
     [('Thursday', 1, 'DATE', '2008-02-14'),
      ('1994', 1, 'DATE', '1994'),
      ('more than 12 years', 1, 'DURATION', 'P12Y'),
      ('about 11:20 p.m.', 1, 'TIME', '1994-10-07T23:20'),
      ('Friday, Oct. 7, 1994', 1, 'DATE', '1994-10-07'),
      ('four minutes', 1, 'DURATION', 'PT4M'),
      ('midnight', 1, 'TIME', '1994-10-07T24:00'),
      ('April 4', 1, 'DATE', '2008-04-04'),
      ('25 years', 1, 'DURATION', 'P25Y')]),

    # e013
    ('1993-08-24',
     'TRAVEL ADVISORY: The State Department warned Americans on Monday to defer travel to the region '
     'for the next 90 days. The warning replaces one issued in late June. Flights from Miami resume '
     'Friday, with two departures daily, and the consulate will be open from 8 a.m. to 4 p.m. each day '
     'through Labor Day. Travelers already in the country should register within 48 hours of arrival.',
     [('Monday', 1, 'DATE', '1993-08-23'),
      ('the next 90 days', 1, 'DURATION', 'P90D'),
      ('late June', 1, 'DATE', '1993-06'),
      ('Friday', 1, 'DATE', '1993-08-27'),
      ('daily', 1, 'SET', 'P1D'),
      ('8 a.m.', 1, 'TIME', 'XXXX-XX-XXT08:00'),
      ('4 p.m.', 1, 'TIME', 'XXXX-XX-XXT16:00'),
      ('each day', 1, 'SET', 'P1D'),
      ('Labor Day', 1, 'DATE', '1993-09-06'),
      ('48 hours', 1, 'DURATION', 'PT48H')]),

    # e014
    ('2021-06-30',
     'The Riverside City Council on Tuesday night approved a $312 million budget for fiscal 2022, '
     'which begins Thursday. The plan adds 14 police officers over the next two years and restores '
     'library hours cut during the pandemic. Council member Luis Ortega said the city had balanced its '
     'budget in each of the past five years but warned that the coming decade would be harder.',
     [('Tuesday night', 1, 'TIME', '2021-06-29TNI'),
      ('fiscal 2022', 1, 'DATE', 'FY2022'),
      ('Thursday', 1, 'DATE', '2021-07-01'),
      ('the next two years', 1, 'DURATION', 'P2Y'),
      ('the past five years', 1, 'DURATION', 'P5Y'),
      ('the coming decade', 1, 'DURATION', 'P10Y')]),

    # e015
    ('2002-11-26',
     'Nearly 36 million Americans will travel at least 50 miles over Thanksgiving, AAA said on Monday, '
     'the most since 2000. The busiest day on the roads is expected to be Wednesday, and the return '
     'rush will peak on Sunday afternoon. Airport officials urged travelers to arrive two hours early.',
     [('Thanksgiving', 1, 'DATE', '2002-11-28'),
      ('Monday', 1, 'DATE', '2002-11-25'),
      ('2000', 1, 'DATE', '2000'),
      ('Wednesday', 1, 'DATE', '2002-11-27'),
      ('Sunday afternoon', 1, 'TIME', '2002-12-01TAF'),
      ('two hours', 1, 'DURATION', 'PT2H')]),

    # e016
    ('1989-05-18',
     'CASSINO, Italy, May 18 - Forty-five years ago, on May 18, 1944, Polish troops raised their flag '
     'over the ruins of the monastery. Wladyslaw Nowak, now 68, remembers the final assault. "We moved '
     'up at about 11 p.m. on the Wednesday. At 5:30 the next morning the order came, and by 10:20 it '
     'was over." He had been in the line since April 25, and three weeks earlier his closest friend '
     'had been killed on the same slope. Nowak came back for the first time in 1969 and has returned '
     'every May since then.',
     [('May 18', 1, 'DATE', '1989-05-18'),
      ('Forty-five years ago', 1, 'DATE', '1944'),
      ('May 18, 1944', 1, 'DATE', '1944-05-18'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('about 11 p.m.', 1, 'TIME', '1944-05-17T23:00'),
      ('the Wednesday', 1, 'DATE', '1944-05-17'),
      ('5:30 the next morning', 1, 'TIME', '1944-05-18T05:30'),
      ('10:20', 1, 'TIME', '1944-05-18T10:20'),
      ('April 25', 1, 'DATE', '1944-04-25'),
      ('three weeks', 1, 'DURATION', 'P3W'),
      ('1969', 1, 'DATE', '1969'),
      ('every May', 1, 'SET', 'XXXX-05'),
      ('then', 1, 'DATE', '1969')]),

    # e017
    ('2006-07-11',
     'The 2006-07 Premier League season kicks off on Saturday, Aug. 19, the league announced today, '
     'with champions Chelsea at home to Manchester City at 3 p.m. Clubs will play on Boxing Day and '
     "New Year's Day as usual. The transfer window closes at midnight on Aug. 31. The season will "
     'pause for two weeks in early September for international matches.',
     [('2006', 1, 'DATE', '2006'),
      ('07', 1, 'DATE', '2007'),
      ('Saturday, Aug. 19', 1, 'DATE', '2006-08-19'),
      ('today', 1, 'DATE', '2006-07-11'),
      ('3 p.m.', 1, 'TIME', '2006-08-19T15:00'),
      ('Boxing Day', 1, 'DATE', '2006-12-26'),
      ("New Year's Day", 1, 'DATE', '2007-01-01'),
      ('midnight', 1, 'TIME', '2006-08-31T24:00'),
      ('Aug. 31', 1, 'DATE', '2006-08-31'),
      ('two weeks', 1, 'DURATION', 'P2W'),
      ('early September', 1, 'DATE', '2006-09')]),

    # e018
    ('2014-01-22',
     'Snow day, again. All Fairfax County schools are closed today for the third time this month, and '
     'officials said Tuesday that classes may open two hours late on Thursday as well. The district '
     'has now used five of its 10 snow days; any more will be made up at the end of the year or during '
     "the school's break, which runs from April 14 to April 18.",
     [('today', 1, 'DATE', '2014-01-22'),
      ('this month', 1, 'DATE', '2014-01'),
      ('Tuesday', 1, 'DATE', '2014-01-21'),
      ('two hours', 1, 'DURATION', 'PT2H'),
      ('Thursday', 1, 'DATE', '2014-01-23'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('the end of the year', 1, 'DATE', '2014'),
      ('April 14', 1, 'DATE', '2014-04-14'),
      ('April 18', 1, 'DATE', '2014-04-18')]),

    # e019
    ('2001-03-08',
     'FOR IMMEDIATE RELEASE - SAN JOSE, Calif., March 8, 2001 - Brightline Networks today announced '
     'that its Model 7 router will ship in the second quarter of 2001, about six weeks later than '
     'planned. The company will host a conference call at 5 p.m. Eastern time today. Customers who '
     'ordered before Feb. 28 will receive a 90-day extended warranty.',
     [('March 8, 2001', 1, 'DATE', '2001-03-08'),
      ('today', 1, 'DATE', '2001-03-08'),
      ('the second quarter of 2001', 1, 'DATE', '2001-Q2'),
      ('about six weeks', 1, 'DURATION', 'P6W'),
      ('5 p.m. Eastern time today', 1, 'TIME', '2001-03-08T17:00'),
      ('Feb. 28', 1, 'DATE', '2001-02-28'),
      ('90-day', 1, 'DURATION', 'P90D')]),

    # e020
    ('1995-10-30',
     "MONTREAL, Oct. 30 - Quebec voters rejected independence by the narrowest of margins in Monday's "
     'referendum, with the No side winning 50.6 percent. Results were still coming in after 11 p.m., '
     'more than three hours after the polls closed at 8. Premier Jacques Parizeau, who had promised a '
     'vote within a year of his 1994 election, said the sovereignty movement would try again. Turnout '
     'was 94 percent.',
     [('Oct. 30', 1, 'DATE', '1995-10-30'),
      ('Monday', 1, 'DATE', '1995-10-30'),
      ('11 p.m.', 1, 'TIME', '1995-10-30T23:00'),
      ('more than three hours', 1, 'DURATION', 'PT3H'),
      ('8', 1, 'TIME', '1995-10-30T20:00'),
      ('a year', 1, 'DURATION', 'P1Y'),
      ('1994', 1, 'DATE', '1994')]),

    # e021
    ('2004-05-12',
     'GDAŃSK, Poland - Anna Kowalczyk was a crane operator on the night shift when the strike at the '
     'Lenin Shipyard began in August 1980. By Aug. 31 the government had signed. Sixteen months later, '
     'on Dec. 13, 1981, martial law was declared, and soldiers came for her at 3 a.m. the next day. '
     'She spent most of 1982 in an internment camp. In June 1989 she voted in the first partly free '
     'election, and on May 1 she watched Poland join the European Union from the same street. '
     '"Twenty-four years," she said.',
     [('August 1980', 1, 'DATE', '1980-08'),
      ('Aug. 31', 1, 'DATE', '1980-08-31'),
      ('Sixteen months', 1, 'DURATION', 'P16M'),
      ('Dec. 13, 1981', 1, 'DATE', '1981-12-13'),
      ('3 a.m. the next day', 1, 'TIME', '1981-12-14T03:00'),
      ('1982', 1, 'DATE', '1982'),
      ('June 1989', 1, 'DATE', '1989-06'),
      ('May 1', 1, 'DATE', '2004-05-01'),
      ('Twenty-four years', 1, 'DURATION', 'P24Y')]),

    # e022
    ('2019-12-16',
     "Results from Sunday's games: Kansas City 23, Denver 3. Patrick Mahomes threw for 340 yards in "
     'the snow as the Chiefs clinched the AFC West for the fourth straight season. The kickoff at 3:25 '
     'p.m. was delayed 20 minutes by the weather. In the late game, New England beat Cincinnati 34-13. '
     'Up next: Chicago at Kansas City, Sunday night at 7:20.',
     [('Sunday', 1, 'DATE', '2019-12-15'),
      ('3:25 p.m.', 1, 'TIME', '2019-12-15T15:25'),
      ('20 minutes', 1, 'DURATION', 'PT20M'),
      ('Sunday night', 1, 'TIME', '2019-12-22TNI'),
      ('7:20', 1, 'TIME', '2019-12-22T19:20')]),

    # e023
    ('1997-12-10',
     "Analysis: Asia's crisis is not over. Six months after the baht was floated on July 2, the "
     "region's currencies have lost between a third and a half of their value. In the early 1990s, "
     'investors believed the boom could last for decades; now the IMF says recovery may take two to '
     "three years. The fund's $57 billion package for South Korea, agreed last Wednesday, is the "
     'largest in its history. Markets will be watching the year-end figures closely.',
     [('Six months', 1, 'DURATION', 'P6M'),
      ('July 2', 1, 'DATE', '1997-07-02'),
      ('the early 1990s', 1, 'DATE', '199'),
      ('decades', 1, 'DURATION', 'PXDE'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('two', 1, 'DURATION', 'P2Y'),
      ('three years', 1, 'DURATION', 'P3Y'),
      ('last Wednesday', 1, 'DATE', '1997-12-03'),
      ('year-end', 1, 'DATE', '1997')]),

    # e024
    ('2007-04-25',
     "HOST: It's ten past eight on Wednesday morning, and you're listening to Morning Edition. Coming "
     'up later, the mayor joins us live. But first, traffic: the Beltway is backed up for about five '
     'miles because of an accident just before 7. Police say to expect delays of 45 minutes. And a '
     "reminder, the city's free shredding event is this Saturday from 9 AM to 1 PM. We talked about it "
     "a couple of weeks back, and the phones haven't stopped since.",
     [('ten past eight', 1, 'TIME', '2007-04-25T08:10'),
      ('Wednesday morning', 1, 'TIME', '2007-04-25TMO'),
      ('7', 1, 'TIME', '2007-04-25T07:00'),
      ('45 minutes', 1, 'DURATION', 'PT45M'),
      ('this Saturday', 1, 'DATE', '2007-04-28'),
      ('9 AM', 1, 'TIME', '2007-04-28T09:00'),
      ('1 PM', 1, 'TIME', '2007-04-28T13:00'),
      ('a couple of weeks back', 1, 'DATE', '2007-W15')]),

    # e025
    ('1990-02-19',
     'The Lakewood school board voted Thursday night to close Jefferson Elementary at the end of the '
     '1989-90 school year. The 62-year-old building needs $1.4 million in repairs. Parents have 30 '
     'days to appeal. Board president Carol March said the decision was "the hardest of my 12 years on '
     'the board." Students will move to Lincoln Elementary in the fall.',
     [('Thursday night', 1, 'TIME', '1990-02-15TNI'),
      ('1989', 1, 'DATE', '1989'),
      ('90', 1, 'DATE', '1990'),
      ('30 days', 1, 'DURATION', 'P30D'),
      ('12 years', 1, 'DURATION', 'P12Y'),
      ('the fall', 1, 'DATE', '1990-FA')]),

    # e026
    ('2010-08-04',
     'HEAT ADVISORY for the Memphis area until 8 PM Thursday. Highs will reach 105 today and tomorrow, '
     "with heat index values near 115. Cooling centers at the city's community centers are open from 9 "
     'a.m. to 7 p.m. daily. Check on elderly neighbors at least twice a day, and never leave children '
     'or pets in a parked car, even for five minutes.',
     [('8 PM Thursday', 1, 'TIME', '2010-08-05T20:00'),
      ('today', 1, 'DATE', '2010-08-04'),
      ('tomorrow', 1, 'DATE', '2010-08-05'),
      ('9 a.m.', 1, 'TIME', 'XXXX-XX-XXT09:00'),
      ('7 p.m.', 1, 'TIME', 'XXXX-XX-XXT19:00'),
      ('daily', 1, 'SET', 'P1D'),
      ('twice a day', 1, 'SET', 'P1D'),
      ('five minutes', 1, 'DURATION', 'PT5M')]),

    # e027
    ('2003-09-29',
     'ZÜRICH, Sept. 29 - Helvetia Pharma said on Monday that first-half net profit fell 14 percent to '
     '412 million Swiss francs, hurt by the strong franc and the loss of patent protection on its '
     'best-selling heart drug in March. Sales in the six months to June 30 were flat. The company now '
     'expects full-year earnings at the low end of its forecast and said it would cut 800 jobs by the '
     'end of 2004. A new cholesterol treatment is expected to reach pharmacies within 18 to 24 months.',
     [('Sept. 29', 1, 'DATE', '2003-09-29'),
      ('Monday', 1, 'DATE', '2003-09-29'),
      ('first-half', 1, 'DATE', '2003-H1'),
      ('March', 1, 'DATE', '2003-03'),
      ('the six months', 1, 'DURATION', 'P6M'),
      ('June 30', 1, 'DATE', '2003-06-30'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('full-year', 1, 'DATE', '2003'),
      ('the end of 2004', 1, 'DATE', '2004'),
      ('18', 1, 'DURATION', 'P18M'),
      ('24 months', 1, 'DURATION', 'P24M')]),

    # e028
    ('2023-05-09',
     'A Hamilton County judge on Monday sentenced a former school bus driver to 18 months in jail for '
     "driving drunk with 22 children aboard on Valentine's Day. Deputies stopped the bus at 7:52 a.m., "
     'about 20 minutes into its route. The driver, 47, had been on the job since August 2019. He must '
     'also complete 200 hours of community service and may not drive for three years after his '
     'release.',
     [('Monday', 1, 'DATE', '2023-05-08'),
      ('18 months', 1, 'DURATION', 'P18M'),
      ("Valentine's Day", 1, 'DATE', '2023-02-14'),
      ('7:52 a.m.', 1, 'TIME', '2023-02-14T07:52'),
      ('about 20 minutes', 1, 'DURATION', 'PT20M'),
      ('August 2019', 1, 'DATE', '2019-08'),
      ('200 hours', 1, 'DURATION', 'PT200H'),
      ('three years', 1, 'DURATION', 'P3Y')]),

    # e029
    ('1996-11-13',
     'HEADLINE: Flood-hit valley still waiting. Three weeks after the Klamath River crested at 31 '
     'feet, hundreds of families in Siskiyou County are still out of their homes. County supervisors '
     'said Tuesday it could take between four and six months to repair the main highway. "We were told '
     'the levee was built to hold for a century," said resident Joe Mays. Relief funds are due to '
     'arrive by Thanksgiving.',
     [('Three weeks', 1, 'DURATION', 'P3W'),
      ('Tuesday', 1, 'DATE', '1996-11-12'),
      ('four', 1, 'DURATION', 'P4M'),
      ('six months', 1, 'DURATION', 'P6M'),
      ('a century', 1, 'DURATION', 'P100Y'),
      ('Thanksgiving', 1, 'DATE', '1996-11-28')]),

    # e030
    ('2000-06-21',
     "COMMUNITY CALENDAR. The farmers' market returns to Courthouse Square on Saturday and will run "
     "every Saturday through October, from 7 a.m. until noon. The Senior Center's bingo night is held "
     'every other week, on Thursdays. Free blood pressure checks are offered twice a month at the fire '
     'station. The Friends of the Library book sale, a yearly tradition since 1985, takes place on the '
     'second weekend of August.',
     [('Saturday', 1, 'DATE', '2000-06-24'),
      ('every Saturday', 1, 'SET', 'XXXX-WXX-6'),
      ('October', 1, 'DATE', '2000-10'),
      ('7 a.m.', 1, 'TIME', 'XXXX-XX-XXT07:00'),
      ('noon', 1, 'TIME', 'XXXX-XX-XXT12:00'),
      ('every other week', 1, 'SET', 'P2W'),
      ('Thursdays', 1, 'SET', 'XXXX-WXX-4'),
      ('twice a month', 1, 'SET', 'P1M'),
      ('yearly', 1, 'SET', 'P1Y'),
      ('1985', 1, 'DATE', '1985'),
      ('the second weekend of August', 1, 'DATE', '2000-W32-WE')]),

    # e031
    ('1998-03-04',
     "LOS ANGELES (AP) - Ethiopia's Tesfaye Bekele won the Los Angeles Marathon on Sunday in 2:11:47, "
     "breaking away from the lead pack after about an hour and a half. The women's race went to "
     "Russia's Nadia Ilyina in 2:29:02, a minute and 10 seconds ahead of the defending champion. "
     'Bekele, who turned 24 last month, had never raced the distance before.',
     [('Sunday', 1, 'DATE', '1998-03-01'),
      ('2:11:47', 1, 'DURATION', 'PT2H11M47S'),
      ('about an hour and a half', 1, 'DURATION', 'PT1H30M'),
      ('2:29:02', 1, 'DURATION', 'PT2H29M2S'),
      ('a minute and 10 seconds', 1, 'DURATION', 'PT1M10S'),
      ('last month', 1, 'DATE', '1998-02')]),

    # e032
    ('2015-11-20',
     'The Tulsa City Council on Thursday extended the Route 66 redevelopment plan through 2025, after '
     'a 2014-2016 pilot that brought 40 new businesses to the corridor. The original plan, drafted in '
     '1989-91 after years of debate, was last revised in the mid-1990s. Council members will vote on '
     'the final budget the week of Dec. 7.',
     [('Thursday', 1, 'DATE', '2015-11-19'),
      ('2025', 1, 'DATE', '2025'),
      ('2014', 1, 'DATE', '2014'),
      ('2016', 1, 'DATE', '2016'),
      ('1989', 1, 'DATE', '1989'),
      ('91', 1, 'DATE', '1991'),
      ('years', 1, 'DURATION', 'PXY'),
      ('the mid-1990s', 1, 'DATE', '199'),
      ('the week of Dec. 7', 1, 'DATE', '2015-W50')]),

    # e033
    ('1999-12-31',
     'ANCHOR: It is now just after 5 p.m. here in Times Square, and the countdown to the year 2000 has '
     'less than seven hours to run. Crowds started gathering early this morning, and police say more '
     'than a million people could be here by midnight. In Sydney, the celebrations began 16 hours ago. '
     'REPORTER: Peter, the mood here is calm; officials said today that no Y2K problems have been '
     "reported anywhere so far. ANCHOR: We'll check back with you later tonight.",
     [('now', 1, 'DATE', 'PRESENT_REF'),
      ('5 p.m.', 1, 'TIME', '1999-12-31T17:00'),
      ('the year 2000', 1, 'DATE', '2000'),
      ('less than seven hours', 1, 'DURATION', 'PT7H'),
      ('early this morning', 1, 'TIME', '1999-12-31TMO'),
      ('midnight', 1, 'TIME', '1999-12-31T24:00'),
      ('16 hours ago', 1, 'TIME', '1999-12-31T01:00'),
      ('today', 1, 'DATE', '1999-12-31'),
      ('later tonight', 1, 'TIME', '1999-12-31TNI')]),

    # e034
    ('2006-07-19',
     'REDMOND, Wash., July 19, 2006 /PRNewswire/ - Northstar Games Inc. today reported results for the '
     'second quarter, the quarter ended June 30, 2006. Revenue rose to $88 million from $71 million a '
     'year earlier. The company will release third-quarter results in late October and plans to launch '
     'two titles before Christmas.',
     [('July 19, 2006', 1, 'DATE', '2006-07-19'),
      ('today', 1, 'DATE', '2006-07-19'),
      ('the second quarter', 1, 'DATE', '2006-Q2'),
      ('the quarter', 1, 'DATE', '2006-Q2'),
      ('June 30, 2006', 1, 'DATE', '2006-06-30'),
      ('a year', 1, 'DURATION', 'P1Y'),
      ('third-quarter', 1, 'DATE', '2006-Q3'),
      ('late October', 1, 'DATE', '2006-10'),
      ('Christmas', 1, 'DATE', '2006-12-25')]),

    # e035
    ('1992-07-26',
     'BARCELONA, July 26 - American swimmer Pablo Morales, 27, won the 100-meter butterfly tonight in '
     '53.32 seconds, eight years after finishing second in the same event in Los Angeles. Morales had '
     'retired after failing to make the 1988 team and returned to training only 15 months ago.',
     [('July 26', 1, 'DATE', '1992-07-26'),
      ('tonight', 1, 'TIME', '1992-07-26TNI'),
      ('53.32 seconds', 1, 'DURATION', 'PT53.32S'),
      ('eight years', 1, 'DURATION', 'P8Y'),
      ('1988', 1, 'DATE', '1988'),
      ('15 months ago', 1, 'DATE', '1991-04')]),

    # e036
    ('2004-10-27',
     'ST. LOUIS, Oct. 27 - The Boston Red Sox won the World Series tonight for the first time since '
     '1918, completing a four-game sweep of the St. Louis Cardinals. The final out came at 11:40 p.m. '
     'local time. Boston had trailed the Yankees three games to none in the American League '
     'Championship Series less than two weeks ago. "Eighty-six years," said one fan. A victory parade '
     'is planned for Saturday morning.',
     [('Oct. 27', 1, 'DATE', '2004-10-27'),
      ('tonight', 1, 'TIME', '2004-10-27TNI'),
      ('1918', 1, 'DATE', '1918'),
      ('11:40 p.m. local time', 1, 'TIME', '2004-10-27T23:40'),
      ('less than two weeks ago', 1, 'DATE', '2004-W42'),
      ('Eighty-six years', 1, 'DURATION', 'P86Y'),
      ('Saturday morning', 1, 'TIME', '2004-10-30TMO')]),

    # e037
    ('2001-06-11',
     'An 81-year-old former union official was found guilty on Friday of setting the 1971 fire that '
     'killed six people at the Oak Street boarding house. Witnesses told the jury that the defendant '
     'was seen outside the building at 1:45 a.m. on Sunday, Feb. 7, 1971. The fire was reported 20 '
     'minutes later, and by 3 a.m. the roof had collapsed. Two days later he left for Canada, where he '
     'lived for almost three decades. Sentencing is scheduled for July 20.',
     [('Friday', 1, 'DATE', '2001-06-08'),
      ('1971', 1, 'DATE', '1971'),
      ('1:45 a.m.', 1, 'TIME', '1971-02-07T01:45'),
      ('Sunday, Feb. 7, 1971', 1, 'DATE', '1971-02-07'),
      ('20 minutes', 1, 'DURATION', 'PT20M'),
      ('3 a.m.', 1, 'TIME', '1971-02-07T03:00'),
      ('Two days', 1, 'DURATION', 'P2D'),
      ('almost three decades', 1, 'DURATION', 'P30Y'),
      ('July 20', 1, 'DATE', '2001-07-20')]),

    # e038
    ('2016-02-08',
     'Denver 24, Carolina 10. The Broncos won Super Bowl 50 last night in Santa Clara, their first '
     'title since the 1998 season. Peyton Manning, who turns 40 next month, would not say whether he '
     'will retire. The game drew an average audience of 111.9 million viewers, the third-largest ever. '
     "The Broncos' victory parade is scheduled for Tuesday at 11 a.m.",
     [('last night', 1, 'TIME', '2016-02-07TNI'),
      ('1998', 1, 'DATE', '1998'),
      ('next month', 1, 'DATE', '2016-03'),
      ('Tuesday', 1, 'DATE', '2016-02-09'),
      ('11 a.m.', 1, 'TIME', '2016-02-09T11:00')]),

    # e039
    ('1997-05-02',
     "LONDON, May 2 - Tony Blair became Britain's youngest prime minister in 185 years today after "
     "Labour won a landslide in Thursday's general election, ending 18 years of Conservative rule. "
     'Blair, 43, arrived at Downing Street shortly after 2:30 p.m. The outgoing prime minister, John '
     'Major, said he would step down as party leader once a successor is chosen, probably in June. '
     "Labour's majority of 179 seats is the largest in the party's history.",
     [('May 2', 1, 'DATE', '1997-05-02'),
      ('185 years', 1, 'DURATION', 'P185Y'),
      ('today', 1, 'DATE', '1997-05-02'),
      ('Thursday', 1, 'DATE', '1997-05-01'),
      ('18 years', 1, 'DURATION', 'P18Y'),
      ('2:30 p.m.', 1, 'TIME', '1997-05-02T14:30'),
      ('June', 1, 'DATE', '1997-06')]),

    # e040
    ('2008-09-16',
     'Analysis - Markets brace for the week ahead. Stocks suffered their worst day in seven years on '
     'Monday, with the Dow falling 504 points. Investors who have watched banks write down more than '
     '$500 billion over the past 18 months now wonder which institution is next. The Federal Reserve '
     'meets today, and traders expect a decision at about 2:15 p.m. "This is the kind of crisis that '
     'comes once a century," one fund manager said.',
     [('the week ahead', 1, 'DURATION', 'P1W'),
      ('seven years', 1, 'DURATION', 'P7Y'),
      ('Monday', 1, 'DATE', '2008-09-15'),
      ('the past 18 months', 1, 'DURATION', 'P18M'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('today', 1, 'DATE', '2008-09-16'),
      ('about 2:15 p.m.', 1, 'TIME', '2008-09-16T14:15'),
      ('once a century', 1, 'SET', 'P100Y')]),

    # e041
    ('1994-04-12',
     'Ruth Abernathy, a nurse who served in field hospitals in France in 1918 and in the Pacific in '
     '1943, died Sunday in San Diego. She was 97. Born in the late 19th century on a Nebraska farm, '
     'she enlisted in April 1917, days after the United States entered the war. Twenty-five years '
     'later she enlisted again, this time as a supervisor, and spent two and a half years on hospital '
     'ships. She is survived by a nephew, Robert May.',
     [('1918', 1, 'DATE', '1918'),
      ('1943', 1, 'DATE', '1943'),
      ('Sunday', 1, 'DATE', '1994-04-10'),
      ('the late 19th century', 1, 'DATE', '18'),
      ('April 1917', 1, 'DATE', '1917-04'),
      ('days', 1, 'DURATION', 'PXD'),
      ('Twenty-five years', 1, 'DURATION', 'P25Y'),
      ('two and a half years', 1, 'DURATION', 'P2Y6M')]),

    # e042
    ('2005-07-08',
     'HURRICANE DENNIS ADVISORY NUMBER 20, 11 AM EDT FRI JUL 08 2005. A hurricane warning remains in '
     'effect for the Florida Keys. At 11 AM EDT the center of Dennis was located near latitude 21.5 '
     'north. Dennis is moving toward the northwest near 15 mph, and this motion is expected to '
     'continue for the next 24 to 36 hours. Landfall on the northern Gulf coast is expected late '
     'Sunday. The next complete advisory will be issued at 5 PM EDT.',
     [('11 AM EDT FRI JUL 08 2005', 1, 'TIME', '2005-07-08T11:00'),
      ('11 AM EDT', 2, 'TIME', '2005-07-08T11:00'),
      ('the next 24', 1, 'DURATION', 'PT24H'),
      ('36 hours', 1, 'DURATION', 'PT36H'),
      ('late Sunday', 1, 'DATE', '2005-07-10'),
      ('5 PM EDT', 1, 'TIME', '2005-07-08T17:00')]),

    # e043
    ('2011-03-22',
     "The Oak Park school board on Monday night approved a plan to replace the district's three oldest "
     'buildings, two of which date to the 1920s. Construction would start in the summer of 2012 and '
     'take between three and four years. Board member Dana Lutz said enrollment is expected to rise by '
     '15 percent in ten years. Voters will decide on the $96 million bond in a special election on May '
     '3.',
     [('Monday night', 1, 'TIME', '2011-03-21TNI'),
      ('the 1920s', 1, 'DATE', '192'),
      ('the summer of 2012', 1, 'DATE', '2012-SU'),
      ('three', 2, 'DURATION', 'P3Y'),
      ('four years', 1, 'DURATION', 'P4Y'),
      ('ten years', 1, 'DATE', '2021'),
      ('May 3', 1, 'DATE', '2011-05-03')]),

    # e044
    ('2000-11-08',
     "ANCHOR: It's 4 a.m. on the East Coast, and we still do not know who the next president will be. "
     'Florida, which the networks gave to Vice President Gore shortly before 8 last night and then '
     'took back two hours later, is now too close to call. A recount is required under state law and '
     "could take days. Governor Bush spoke briefly around 2:30 this morning. We'll have more after "
     'this break.',
     [('4 a.m.', 1, 'TIME', '2000-11-08T04:00'),
      ('8 last night', 1, 'TIME', '2000-11-07T20:00'),
      ('two hours', 1, 'DURATION', 'PT2H'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('days', 1, 'DURATION', 'PXD'),
      ('around 2:30 this morning', 1, 'TIME', '2000-11-08T02:30')]),

    # e045
    ('1996-08-04',
     'ATLANTA, Aug. 4 - The Centennial Olympic Games closed tonight after 16 days of competition. '
     "Michael Johnson's 19.32 seconds in the 200 meters on Thursday will be remembered long after the "
     'bombing in Centennial Park on July 27.',
     [('Aug. 4', 1, 'DATE', '1996-08-04'),
      ('tonight', 1, 'TIME', '1996-08-04TNI'),
      ('16 days', 1, 'DURATION', 'P16D'),
      ('19.32 seconds', 1, 'DURATION', 'PT19.32S'),
      ('Thursday', 1, 'DATE', '1996-08-01'),
      ('July 27', 1, 'DATE', '1996-07-27')]),

    # e046
    ('2002-04-03',
     'Police are asking for help finding a 16-year-old girl who has not been seen since the day before '
     'yesterday. Jessica Moreno was last seen leaving Central High at about 3:15 p.m. Monday, wearing '
     'a red jacket. Her mother said she usually calls every evening. Anyone with information should '
     "call the police department's tip line.",
     [('the day before yesterday', 1, 'DATE', '2002-04-01'),
      ('about 3:15 p.m. Monday', 1, 'TIME', '2002-04-01T15:15'),
      ('every evening', 1, 'SET', 'XXXX-XX-XXTEV')]),

    # e047
    ('2020-03-17',
     'The Boise City Council met by video for the first time on Monday evening and voted to close all '
     'city libraries and community centers for at least 30 days. Mayor Lauren McLean said the closures '
     'could last into May, and possibly through the summer. "Right now we are asking people to stay '
     'home," she said. "We are living through something none of us has seen before." The council will '
     'meet again next Tuesday at 6 p.m.',
     [('Monday evening', 1, 'TIME', '2020-03-16TEV'),
      ('at least 30 days', 1, 'DURATION', 'P30D'),
      ('May', 1, 'DATE', '2020-05'),
      ('the summer', 1, 'DATE', '2020-SU'),
      ('Right now', 1, 'DATE', 'PRESENT_REF'),
      ('next Tuesday', 1, 'DATE', '2020-03-24'),
      ('6 p.m.', 1, 'TIME', '2020-03-24T18:00')]),

    # e048
    ('2007-10-10',
     'Seattle-based Pacific Coffee Co. said Tuesday that it will close 60 underperforming stores by '
     'year-end and slow its expansion in fiscal 2008, which began Oct. 1. Same-store sales rose 2 '
     'percent in the fourth quarter of fiscal 2007. Chief executive Mark Hale said the company had '
     'grown too fast over the past decade. The company will report full results on Nov. 15.',
     [('Tuesday', 1, 'DATE', '2007-10-09'),
      ('year-end', 1, 'DATE', '2007'),
      ('fiscal 2008', 1, 'DATE', 'FY2008'),
      ('Oct. 1', 1, 'DATE', '2007-10-01'),
      ('the fourth quarter of fiscal 2007', 1, 'DATE', '2007-Q3'),
      ('the past decade', 1, 'DURATION', 'P10Y'),
      ('Nov. 15', 1, 'DATE', '2007-11-15')]),

    # e049
    ('1988-06-21',
     'The drought that has gripped the Midwest since April tightened its hold on Monday as '
     'temperatures reached 102 degrees in Chicago, a record for June 20. Rainfall from April to June '
     'has been less than a third of normal. This month is on course to be the hottest on record, and '
     'forecasters said there was little chance of significant rain before the Fourth of July.',
     [('April', 1, 'DATE', '1988-04'),
      ('Monday', 1, 'DATE', '1988-06-20'),
      ('June 20', 1, 'DATE', '1988-06-20'),
      ('April', 2, 'DATE', '1988-04'),
      ('June', 2, 'DATE', '1988-06'),
      ('This month', 1, 'DATE', '1988-06'),
      ('the Fourth of July', 1, 'DATE', '1988-07-04')]),

    # e050
    ('2003-12-08',
     'HONOLULU - At a ceremony yesterday, Walter Grimes, now 81, recalled that he was shaving aboard '
     'the USS Nevada when the first bombs fell at 7:55 a.m. on Sunday, Dec. 7, 1941. Within two hours '
     'it was over. Grimes spent that evening pulling men from the oily water, and the next day he '
     'heard President Roosevelt call it "a date which will live in infamy." He went back to Pearl '
     'Harbor for the first time in 1991, for the 50th anniversary, and has returned every December '
     'since.',
     [('yesterday', 1, 'DATE', '2003-12-07'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('7:55 a.m.', 1, 'TIME', '1941-12-07T07:55'),
      ('Sunday, Dec. 7, 1941', 1, 'DATE', '1941-12-07'),
      ('two hours', 1, 'DURATION', 'PT2H'),
      ('that evening', 1, 'TIME', '1941-12-07TEV'),
      ('the next day', 1, 'DATE', '1941-12-08'),
      ('1991', 1, 'DATE', '1991'),
      ('every December', 1, 'SET', 'XXXX-12')]),

    # e051
    ('2013-09-05',
     'TRAVEL ALERT: Amtrak service between New York and Boston will be suspended Sept. 14-15 for track '
     'work near New London. Buses will replace trains from 10 p.m. Friday until 5 a.m. Monday. Similar '
     'closures are planned for the weekends of Oct. 5-6 and Oct. 19-20. Travelers should allow an '
     'extra hour and a half.',
     [('Sept. 14', 1, 'DATE', '2013-09-14'),
      ('15', 1, 'DATE', '2013-09-15'),
      ('10 p.m. Friday', 1, 'TIME', '2013-09-13T22:00'),
      ('5 a.m. Monday', 1, 'TIME', '2013-09-16T05:00'),
      ('Oct. 5', 1, 'DATE', '2013-10-05'),
      ('6', 1, 'DATE', '2013-10-06'),
      ('Oct. 19', 1, 'DATE', '2013-10-19'),
      ('20', 1, 'DATE', '2013-10-20'),
      ('an extra hour and a half', 1, 'DURATION', 'PT1H30M')]),

    # e052
    ('1999-04-26',
     "About 2,000 people took part in Saturday's March for Clean Water through downtown Spokane, "
     'organizers said. Marchers set off from Riverfront Park at 10 a.m. and reached City Hall about an '
     'hour and 40 minutes later. The city council will hold hearings on the river cleanup plan on May '
     '4 and May 18. Mayor John Talbott said he would march with them again next spring if the council '
     'failed to act.',
     [('Saturday', 1, 'DATE', '1999-04-24'),
      ('10 a.m.', 1, 'TIME', '1999-04-24T10:00'),
      ('about an hour and 40 minutes', 1, 'DURATION', 'PT1H40M'),
      ('May 4', 1, 'DATE', '1999-05-04'),
      ('May 18', 1, 'DATE', '1999-05-18'),
      ('next spring', 1, 'DATE', '2000-SP')]),

    # e053
    ('2006-11-30',
     'The Lakeside Youth Hockey League opens its season on Saturday, Dec. 2. Games are played on '
     'Saturdays and Sundays at the Civic Arena, with practices twice a week. Registration for the next '
     'session runs from Jan. 8 to Jan. 26. Each game consists of three 15-minute periods.',
     [('Saturday, Dec. 2', 1, 'DATE', '2006-12-02'),
      ('Saturdays', 1, 'SET', 'XXXX-WXX-6'),
      ('Sundays', 1, 'SET', 'XXXX-WXX-7'),
      ('twice a week', 1, 'SET', 'P1W'),
      ('Jan. 8', 1, 'DATE', '2007-01-08'),
      ('Jan. 26', 1, 'DATE', '2007-01-26')]),

    # e054
    ('2024-02-14',
     'Opinion: Judge the new governor on results, not speeches. Tuesday was the 100th day of her '
     'administration, and she marked it with a familiar promise: property taxes will be lower within '
     'four years. Governors have been saying that since the 1980s. In the first three months she '
     'signed 11 executive orders but no budget. The legislature returns on March 4; by then we will '
     'know whether her plan is more than a slogan.',
     [('Tuesday', 1, 'DATE', '2024-02-13'),
      ('the 100th day', 1, 'DATE', '2024-02-13'),
      ('four years', 1, 'DURATION', 'P4Y'),
      ('the 1980s', 1, 'DATE', '198'),
      ('the first three months', 1, 'DURATION', 'P3M'),
      ('March 4', 1, 'DATE', '2024-03-04'),
      ('then', 1, 'DATE', '2024-03-04')]),

    # e055
    ('2001-12-03',
     'The Hartford school board voted 6-3 late Thursday to shorten the holiday break, which will now '
     'run from Dec. 24 through Jan. 1. Teachers had asked for the full two weeks. Board chair Ellen '
     'Marsh, 58, said the decision would be reviewed next fall.',
     [('late Thursday', 1, 'DATE', '2001-11-29'),
      ('now', 1, 'DATE', 'PRESENT_REF'),
      ('Dec. 24', 1, 'DATE', '2001-12-24'),
      ('Jan. 1', 1, 'DATE', '2002-01-01'),
      ('the full two weeks', 1, 'DURATION', 'P2W'),
      ('next fall', 1, 'DATE', '2002-FA')]),

    # e056
    ('1991-01-17',
     'ANCHOR: Good evening. Allied warplanes began bombing Baghdad at about 2:30 a.m. local time, '
     'which was 6:30 last night here in Washington. The attacks have continued for more than 16 hours. '
     'The President addressed the nation three hours after the first strikes and said the operation '
     'would not be another Vietnam. Pentagon officials expect the air campaign to last weeks, not '
     "days. We'll stay on the air as long as necessary.",
     [('about 2:30 a.m. local time', 1, 'TIME', '1991-01-17T02:30'),
      ('6:30 last night', 1, 'TIME', '1991-01-16T18:30'),
      ('more than 16 hours', 1, 'DURATION', 'PT16H'),
      ('three hours', 1, 'DURATION', 'PT3H'),
      ('weeks', 1, 'DURATION', 'PXW'),
      ('days', 1, 'DURATION', 'PXD')]),

    # e057
    ('2005-02-23',
     'TOKYO, Feb. 23 - Kaneda Electric said on Wednesday it expects an operating loss for the fiscal '
     'year ending March 31, its first in 12 years, and will cut 5,000 jobs over the next three years. '
     'The company blamed falling flat-panel prices in the second half of 2004. Its president will step '
     'down in June after six years in the post.',
     [('Feb. 23', 1, 'DATE', '2005-02-23'),
      ('Wednesday', 1, 'DATE', '2005-02-23'),
      ('March 31', 1, 'DATE', '2005-03-31'),
      ('12 years', 1, 'DURATION', 'P12Y'),
      ('the next three years', 1, 'DURATION', 'P3Y'),
      ('the second half of 2004', 1, 'DATE', '2004-H2'),
      ('June', 1, 'DATE', '2005-06'),
      ('six years', 1, 'DURATION', 'P6Y')]),

    # e058
    ('2018-07-05',
     'CHIANG RAI, Thailand - Twelve boys and their soccer coach have now been trapped in the Tham '
     'Luang cave for 13 days. They went in after practice on Saturday, June 23, and were cut off by '
     'rising water that evening. British divers found them late Monday, about 4 kilometers from the '
     'entrance. Officials said on Thursday that the boys might have to wait as long as four months for '
     'the water to fall unless they learn to dive.',
     [('now', 1, 'DATE', 'PRESENT_REF'),
      ('13 days', 1, 'DURATION', 'P13D'),
      ('Saturday, June 23', 1, 'DATE', '2018-06-23'),
      ('that evening', 1, 'TIME', '2018-06-23TEV'),
      ('late Monday', 1, 'DATE', '2018-07-02'),
      ('Thursday', 1, 'DATE', '2018-07-05'),
      ('as long as four months', 1, 'DURATION', 'P4M')]),

    # e059
    ('1998-08-28',
     'The U.S. Open begins Monday at Flushing Meadows, and organizers say night sessions will start at '
     '7:30 p.m. for the first time. Pete Sampras, the top seed, may face Andre Agassi in the '
     "quarterfinals on Sept. 9. The women's final is set for Saturday, Sept. 12, and the men's final "
     'for the following day. Tickets for the finals sold out in under an hour.',
     [('Monday', 1, 'DATE', '1998-08-31'),
      ('7:30 p.m.', 1, 'TIME', 'XXXX-XX-XXT19:30'),
      ('Sept. 9', 1, 'DATE', '1998-09-09'),
      ('Saturday, Sept. 12', 1, 'DATE', '1998-09-12'),
      ('the following day', 1, 'DATE', '1998-09-13'),
      ('under an hour', 1, 'DURATION', 'PT1H')]),

    # e060
    ('2008-05-29',
     'A former city treasurer was sentenced on Wednesday to four years in prison for embezzling $1.2 '
     'million between 2001 and 2006. Prosecutors said the thefts began in March 2001, weeks after she '
     'took office, and grew after an audit was postponed in 2003. Earlier that year she had bought a '
     'lake house. She resigned on Nov. 6, 2006, and was charged the following week.',
     [('Wednesday', 1, 'DATE', '2008-05-28'),
      ('four years', 1, 'DURATION', 'P4Y'),
      ('2001', 1, 'DATE', '2001'),
      ('2006', 1, 'DATE', '2006'),
      ('March 2001', 1, 'DATE', '2001-03'),
      ('weeks', 1, 'DURATION', 'PXW'),
      ('2003', 1, 'DATE', '2003'),
      ('Earlier that year', 1, 'DATE', '2003'),
      ('Nov. 6, 2006', 1, 'DATE', '2006-11-06'),
      ('the following week', 1, 'DATE', '2006-W46')]),

    # e061
    ('1988-12-22',
     'Holiday shoppers packed the Mall of the Rockies on Wednesday, and managers expect even bigger '
     'crowds this weekend. Stores will stay open until midnight on Friday and reopen at 8 a.m. on Dec. '
     '26.',
     [('Wednesday', 1, 'DATE', '1988-12-21'),
      ('this weekend', 1, 'DATE', '1988-W51-WE'),
      ('midnight', 1, 'TIME', '1988-12-23T24:00'),
      ('Friday', 1, 'DATE', '1988-12-23'),
      ('8 a.m.', 1, 'TIME', '1988-12-26T08:00'),
      ('Dec. 26', 1, 'DATE', '1988-12-26')]),

    # e062
    ('2009-01-21',
     "ANCHOR: Barack Obama's presidency got down to business before 9 this morning with a prayer "
     "service at the National Cathedral. Yesterday's swearing-in drew an estimated 1.8 million people "
     'to the Mall, some of whom had waited in the cold since 4 a.m. REPORTER: And tonight, he meets '
     'his economic team for the first time as president.',
     [('9 this morning', 1, 'TIME', '2009-01-21T09:00'),
      ('Yesterday', 1, 'DATE', '2009-01-20'),
      ('4 a.m.', 1, 'TIME', '2009-01-20T04:00'),
      ('tonight', 1, 'TIME', '2009-01-21TNI')]),

    # e063
    ('1996-02-27',
     'DETROIT, Feb. 27 - Midland Axle Corp. said today it will build a $200 million plant in Ohio that '
     'will begin production in the third quarter of 1997 and employ 1,400 people within five years. '
     'The company expects truck demand to grow through the coming decade.',
     [('Feb. 27', 1, 'DATE', '1996-02-27'),
      ('today', 1, 'DATE', '1996-02-27'),
      ('the third quarter of 1997', 1, 'DATE', '1997-Q3'),
      ('five years', 1, 'DURATION', 'P5Y'),
      ('the coming decade', 1, 'DURATION', 'P10Y')]),

    # e064
    ('2022-09-09',
     'LONDON - Queen Elizabeth II, who died on Thursday at Balmoral at the age of 96, reigned for 70 '
     "years. She was 25 when she learned of her father's death in Kenya on Feb. 6, 1952, and was "
     'crowned the following year, on June 2, 1953. In 2002 she lost her sister and her mother within '
     'seven weeks. Her funeral will be held on Sept. 19.',
     [('Thursday', 1, 'DATE', '2022-09-08'),
      ('70 years', 1, 'DURATION', 'P70Y'),
      ('Feb. 6, 1952', 1, 'DATE', '1952-02-06'),
      ('the following year', 1, 'DATE', '1953'),
      ('June 2, 1953', 1, 'DATE', '1953-06-02'),
      ('2002', 1, 'DATE', '2002'),
      ('seven weeks', 1, 'DURATION', 'P7W'),
      ('Sept. 19', 1, 'DATE', '2022-09-19')]),

    # e065
    ('2025-03-18',
     'SPRING STORM UPDATE: Heavy rain is expected from late Wednesday into Thursday morning, with up '
     'to 3 inches in the foothills. After that, drier weather is forecast for the week ahead, but a '
     'second system may arrive around the first day of spring. Commuters should leave half an hour '
     'early on Thursday.',
     [('late Wednesday', 1, 'DATE', '2025-03-19'),
      ('Thursday morning', 1, 'TIME', '2025-03-20TMO'),
      ('the week ahead', 1, 'DURATION', 'P1W'),
      ('the first day of spring', 1, 'DATE', '2025-03-20'),
      ('half an hour', 1, 'DURATION', 'PT30M'),
      ('Thursday', 2, 'DATE', '2025-03-20')]),

    # e066
    ('1999-09-24',
     'BROOKLINE, Mass. - The 33rd Ryder Cup begins at 7:35 this morning with four foursomes matches, '
     'and the fourballs follow at 12:45. Europe has held the cup since 1995. The Americans, who play '
     'Europe every other year, have lost four of the past seven matches.',
     [('7:35 this morning', 1, 'TIME', '1999-09-24T07:35'),
      ('12:45', 1, 'TIME', '1999-09-24T12:45'),
      ('1995', 1, 'DATE', '1995'),
      ('every other year', 1, 'SET', 'P2Y')]),

    # e067
    ('2004-02-06',
     'The Middletown Fire Department said Thursday that a space heater caused the blaze that destroyed '
     'a two-story home on Birch Lane early Tuesday. Firefighters arrived within six minutes, but the '
     'family of five had already escaped. Hours after the fire, neighbors set up a donation drive; '
     'days earlier, the same family had been featured in the local paper for winning a science fair.',
     [('Thursday', 1, 'DATE', '2004-02-05'),
      ('early Tuesday', 1, 'DATE', '2004-02-03'),
      ('six minutes', 1, 'DURATION', 'PT6M'),
      ('Hours', 1, 'DURATION', 'PTXH'),
      ('days', 1, 'DURATION', 'PXD')]),

    # e068
    ('1993-04-19',
     'BOSTON, April 19 - Cosmas Ndeti of Kenya won the 97th Boston Marathon today in 2:09:33, the '
     "third-fastest time in the race's history. Olga Markova of Russia took the women's race in "
     '2:25:27, winning for the second time. The temperature at the noon start was 61 degrees.',
     [('April 19', 1, 'DATE', '1993-04-19'),
      ('today', 1, 'DATE', '1993-04-19'),
      ('2:09:33', 1, 'DURATION', 'PT2H9M33S'),
      ('2:25:27', 1, 'DURATION', 'PT2H25M27S'),
      ('noon', 1, 'TIME', '1993-04-19T12:00')]),

    # e069
    ('2007-01-08',
     'The new Riverside branch library, which took a year and a half to build, opened its doors on '
     'Saturday to a line of about 300 people. It will stay open until 9 p.m. on Thursdays.',
     [('a year and a half', 1, 'DURATION', 'P1Y6M'),
      ('Saturday', 1, 'DATE', '2007-01-06'),
      ('9 p.m.', 1, 'TIME', 'XXXX-XX-XXT21:00'),
      ('Thursdays', 1, 'SET', 'XXXX-WXX-4')]),

    # e070
    ('2012-06-12',
     'The Hanlon trial entered the third day of testimony today with a former player who said he was '
     '14 when the abuse began in the summer of 1998. The witness said the coach called him every night '
     'for months. The defense will begin its case next week.',
     [('the third day', 1, 'DATE', '2012-06-12'),
      ('today', 1, 'DATE', '2012-06-12'),
      ('the summer of 1998', 1, 'DATE', '1998-SU'),
      ('every night', 1, 'SET', 'XXXX-XX-XXTNI'),
      ('months', 1, 'DURATION', 'PXM'),
      ('next week', 1, 'DATE', '2012-W25')]),

    # e071
    ('2002-07-16',
     'PRESS RELEASE - Alpine Outfitters Inc. announced today that first-half sales rose 9 percent, led '
     'by a strong June. The company reaffirmed its 2003-2005 growth plan, which calls for 40 new '
     'stores, and said its founder, Walter May, will retire at the end of the month after 31 years.',
     [('today', 1, 'DATE', '2002-07-16'),
      ('first-half', 1, 'DATE', '2002-H1'),
      ('June', 1, 'DATE', '2002-06'),
      ('2003', 1, 'DATE', '2003'),
      ('2005', 1, 'DATE', '2005'),
      ('the end of the month', 1, 'DATE', '2002-07'),
      ('31 years', 1, 'DURATION', 'P31Y')]),

    # e072
    ('1995-06-14',
     'When the whistle at the Blackwood colliery sounded at 10:40 a.m. on Monday, June 11, 1945, Edith '
     'Rees was hanging out washing. Her husband was among the 41 men trapped below. Rescuers reached '
     'the first survivors two days later, and her husband was brought up alive that Friday. The pit '
     'closed in 1968, and last Sunday, 50 years on, Edith, now 89, unveiled a memorial on the site.',
     [('10:40 a.m.', 1, 'TIME', '1945-06-11T10:40'),
      ('Monday, June 11, 1945', 1, 'DATE', '1945-06-11'),
      ('two days', 1, 'DURATION', 'P2D'),
      ('that Friday', 1, 'DATE', '1945-06-15'),
      ('1968', 1, 'DATE', '1968'),
      ('last Sunday', 1, 'DATE', '1995-06-11'),
      ('50 years', 1, 'DURATION', 'P50Y'),
      ('now', 1, 'DATE', 'PRESENT_REF')]),

    # e073
    ('2009-04-07',
     "L'AQUILA, Italy, April 7 - Rescuers pulled a 98-year-old woman alive from the rubble this "
     'afternoon, more than 30 hours after the earthquake struck at 3:32 a.m. on Monday. Aftershocks '
     'continued every few hours. Officials said it could take two to four weeks to restore water to '
     'the old town; rebuilding will take years.',
     [('April 7', 1, 'DATE', '2009-04-07'),
      ('this afternoon', 1, 'TIME', '2009-04-07TAF'),
      ('more than 30 hours', 1, 'DURATION', 'PT30H'),
      ('3:32 a.m.', 1, 'TIME', '2009-04-06T03:32'),
      ('Monday', 1, 'DATE', '2009-04-06'),
      ('every few hours', 1, 'SET', 'PTXH'),
      ('two', 1, 'DURATION', 'P2W'),
      ('four weeks', 1, 'DURATION', 'P4W'),
      ('years', 1, 'DURATION', 'PXY')]),

    # e074
    ('2000-03-10',
     'The Nasdaq composite closed above 5,000 for the first time on Thursday, having doubled in the '
     'past 12 months. Bulls say technology will drive growth for at least another decade; one '
     'strategist predicted the index would reach 10,000 in five years. Skeptics point to Japan, where '
     'the Nikkei peaked at the end of 1989 and is still down by more than half.',
     [('Thursday', 1, 'DATE', '2000-03-09'),
      ('the past 12 months', 1, 'DURATION', 'P12M'),
      ('at least another decade', 1, 'DURATION', 'P10Y'),
      ('five years', 1, 'DATE', '2005'),
      ('the end of 1989', 1, 'DATE', '1989')]),

    # e075
    ('2017-08-22',
     "ANCHOR: If you missed yesterday's eclipse, you'll have to wait until April 8, 2024, for the next "
     'one to cross the United States. In Nashville, totality lasted 1 minute and 56 seconds, beginning '
     'at 1:27 p.m. Central. REPORTER: People here started staking out spots on Sunday, and some told '
     'me they had planned this trip for years.',
     [('yesterday', 1, 'DATE', '2017-08-21'),
      ('April 8, 2024', 1, 'DATE', '2024-04-08'),
      ('1 minute and 56 seconds', 1, 'DURATION', 'PT1M56S'),
      ('1:27 p.m. Central', 1, 'TIME', '2017-08-21T13:27'),
      ('Sunday', 1, 'DATE', '2017-08-20'),
      ('years', 1, 'DURATION', 'PXY')]),

    # e076
    ('1990-10-03',
     'BERLIN, Oct. 3 - At the stroke of midnight, the black, red and gold flag rose over the Reichstag '
     'and Germany was one country again, 45 years after the end of the war and less than 11 months '
     'after the Wall was opened. Chancellor Helmut Kohl said the first all-German elections would be '
     'held on Dec. 2. Today is a national holiday.',
     [('Oct. 3', 1, 'DATE', '1990-10-03'),
      ('midnight', 1, 'TIME', '1990-10-03T00:00'),
      ('45 years', 1, 'DURATION', 'P45Y'),
      ('less than 11 months', 1, 'DURATION', 'P11M'),
      ('Dec. 2', 1, 'DATE', '1990-12-02'),
      ('Today', 1, 'DATE', '1990-10-03')]),

    # e077
    ('2005-09-02',
     'Gas prices rose by as much as 40 cents a gallon in the past 48 hours, and AAA warned that the '
     'Labor Day weekend could be the most expensive on record. Prices are up 60 percent since January. '
     'Some stations in Atlanta ran out of fuel by Thursday afternoon.',
     [('the past 48 hours', 1, 'DURATION', 'PT48H'),
      ('the Labor Day weekend', 1, 'DATE', '2005-W35-WE'),
      ('January', 1, 'DATE', '2005-01'),
      ('Thursday afternoon', 1, 'TIME', '2005-09-01TAF')]),

    # e078
    ('2014-07-13',
     'RIO DE JANEIRO, July 13 - Mario Götze scored in the 113th minute as Germany beat Argentina 1-0 '
     'tonight to win the World Cup for the fourth time and the first since 1990. The final went to '
     'extra time after a goalless 90 minutes.',
     [('July 13', 1, 'DATE', '2014-07-13'),
      ('tonight', 1, 'TIME', '2014-07-13TNI'),
      ('1990', 1, 'DATE', '1990'),
      ('90 minutes', 1, 'DURATION', 'PT90M')]),

    # e079
    ('2022-02-03',
     'The Westfield school board voted Wednesday night to drop its mask requirement starting Feb. 14. '
     'Superintendent Maria Keane said case numbers had fallen sharply over the past two weeks and that '
     'the board would review the decision after two to four weeks. Parents who spoke at the 3½-hour '
     'meeting were evenly divided.',
     [('Wednesday night', 1, 'TIME', '2022-02-02TNI'),
      ('Feb. 14', 1, 'DATE', '2022-02-14'),
      ('the past two weeks', 1, 'DURATION', 'P2W'),
      ('two', 2, 'DURATION', 'P2W'),
      ('four weeks', 1, 'DURATION', 'P4W')]),

    # e080
    ('1998-12-21',
     'WASHINGTON - The House impeached President Clinton on Saturday, only the second time in the '
     "nation's history, and the Senate trial is expected to run from January to March. The last "
     'president to face a Senate trial, Andrew Johnson, was acquitted by one vote in May 1868. Senate '
     'leaders said on Sunday that they hoped the trial would last weeks rather than months.',
     [('Saturday', 1, 'DATE', '1998-12-19'),
      ('January', 1, 'DATE', '1999-01'),
      ('March', 1, 'DATE', '1999-03'),
      ('May 1868', 1, 'DATE', '1868-05'),
      ('Sunday', 1, 'DATE', '1998-12-20'),
      ('weeks', 1, 'DURATION', 'PXW'),
      ('months', 1, 'DURATION', 'PXM')]),

    # e081
    ('2025-06-27',
     'Thursday, 10:05 p.m. - A caller on Ridge Road reported fireworks, eight days before the Fourth. '
     'Officers warned two teens. Wednesday, 6:30 a.m. - A deer was struck on Route 9; no one was hurt.',
     [('Thursday, 10:05 p.m.', 1, 'TIME', '2025-06-26T22:05'),
      ('eight days', 1, 'DURATION', 'P8D'),
      ('the Fourth', 1, 'DATE', '2025-07-04'),
      ('Wednesday, 6:30 a.m.', 1, 'TIME', '2025-06-25T06:30')]),

    # e082
    ('2003-04-15',
     'Tax Day arrives at midnight tonight, and post offices in Chicago will stay open until 11:59 p.m. '
     'to postmark last-minute returns. About 40 million Americans wait until the last minute to file '
     'every year, the IRS said. Taxpayers who need more time can get an automatic extension of four '
     'months.',
     [('Tax Day', 1, 'DATE', '2003-04-15'),
      ('midnight tonight', 1, 'TIME', '2003-04-15T24:00'),
      ('11:59 p.m.', 1, 'TIME', '2003-04-15T23:59'),
      ('every year', 1, 'SET', 'P1Y'),
      ('four months', 1, 'DURATION', 'P4M')]),

    # e083
    ('2011-11-11',
     'FRESNO, Calif. - Harold Jensen, 91, was a radio operator on Corregidor when the island fell on '
     'May 6, 1942. The Japanese landed shortly before midnight on Tuesday, May 5, and by noon the next '
     'day it was over. He spent three years and four months as a prisoner. After the war he taught '
     'high school for 35 years, retiring in 1982. Today, Veterans Day, he will lay a wreath at the '
     "city's memorial.",
     [('May 6, 1942', 1, 'DATE', '1942-05-06'),
      ('midnight', 1, 'TIME', '1942-05-05T24:00'),
      ('Tuesday, May 5', 1, 'DATE', '1942-05-05'),
      ('noon the next day', 1, 'TIME', '1942-05-06T12:00'),
      ('three years and four months', 1, 'DURATION', 'P3Y4M'),
      ('35 years', 1, 'DURATION', 'P35Y'),
      ('1982', 1, 'DATE', '1982'),
      ('Today', 1, 'DATE', '2011-11-11'),
      ('Veterans Day', 1, 'DATE', '2011-11-11')]),

    # e084
    ('1992-11-04',
     'LITTLE ROCK, Ark., Nov. 4 - Bill Clinton was elected the 42nd president last night, ending 12 '
     'years of Republican control of the White House. Clinton, 46, will be inaugurated on Jan. 20. He '
     'claimed victory shortly before 11 p.m. Central time in front of the Old State House.',
     [('Nov. 4', 1, 'DATE', '1992-11-04'),
      ('last night', 1, 'TIME', '1992-11-03TNI'),
      ('12 years', 1, 'DURATION', 'P12Y'),
      ('Jan. 20', 1, 'DATE', '1993-01-20'),
      ('11 p.m. Central time', 1, 'TIME', '1992-11-03T23:00')]),

    # e085
    ('2006-05-24',
     'The Indianapolis 500 will start at 1:11 p.m. on Sunday, after final practice on Friday. Race '
     "weekend events run May 26-28. Last year's winner, Dan Wheldon, completed the 500 miles in 3 "
     'hours, 10 minutes and 21 seconds.',
     [('1:11 p.m.', 1, 'TIME', '2006-05-28T13:11'),
      ('Sunday', 1, 'DATE', '2006-05-28'),
      ('Friday', 1, 'DATE', '2006-05-26'),
      ('May 26', 1, 'DATE', '2006-05-26'),
      ('28', 1, 'DATE', '2006-05-28'),
      ('Last year', 1, 'DATE', '2005'),
      ('3 hours, 10 minutes and 21 seconds', 1, 'DURATION', 'PT3H10M21S')]),

    # e086
    ('2019-04-16',
     'ANCHOR: The fire at Notre-Dame is out this morning, more than 15 hours after it began. The '
     'spire, added in the 19th century, collapsed just before 8 last night, Paris time. President '
     'Macron says the cathedral will be rebuilt within five years. REPORTER: The first firefighters '
     'were here within 10 minutes, and parts of the roof date to the 13th century.',
     [('this morning', 1, 'TIME', '2019-04-16TMO'),
      ('more than 15 hours', 1, 'DURATION', 'PT15H'),
      ('the 19th century', 1, 'DATE', '18'),
      ('8 last night', 1, 'TIME', '2019-04-15T20:00'),
      ('five years', 1, 'DURATION', 'P5Y'),
      ('10 minutes', 1, 'DURATION', 'PT10M'),
      ('the 13th century', 1, 'DATE', '12')]),

    # e087
    ('1994-09-08',
     "Vermont's dairy farms are disappearing. There are currently about 2,000 left, down from 11,000 "
     'in the 1950s, and state officials expect the number to fall by a third in the coming decade. '
     '"Years ago every family on this road milked cows," said farmer Ed Marchand, whose family has '
     'worked the land since 1871.',
     [('currently', 1, 'DATE', 'PRESENT_REF'),
      ('the 1950s', 1, 'DATE', '195'),
      ('the coming decade', 1, 'DURATION', 'P10Y'),
      ('Years ago', 1, 'DATE', 'PAST_REF'),
      ('1871', 1, 'DATE', '1871')]),

    # e088
    ('2021-01-07',
     'County health officials said Wednesday that 4,200 residents received a first vaccine dose in the '
     'past week, and that second doses will begin on Jan. 18. Residents over 75 may book online. The '
     'fairgrounds clinic will be open daily until at least the end of March, and new appointments are '
     'released every Monday at noon.',
     [('Wednesday', 1, 'DATE', '2021-01-06'),
      ('the past week', 1, 'DURATION', 'P1W'),
      ('Jan. 18', 1, 'DATE', '2021-01-18'),
      ('daily', 1, 'SET', 'P1D'),
      ('the end of March', 1, 'DATE', '2021-03'),
      ('every Monday', 1, 'SET', 'XXXX-WXX-1'),
      ('noon', 1, 'TIME', 'XXXX-XX-XXT12:00')]),

    # e089
    ('2008-11-05',
     'ATLANTA - John Lewis was 25 when state troopers beat him on the Edmund Pettus Bridge on Sunday, '
     'March 7, 1965. Three years later he was in Los Angeles when Robert Kennedy was shot. Last night, '
     'at 11 p.m., he watched the networks call the presidency for Barack Obama. "I never thought I\'d '
     'live to see it," he said early this morning.',
     [('Sunday, March 7, 1965', 1, 'DATE', '1965-03-07'),
      ('Three years', 1, 'DURATION', 'P3Y'),
      ('Last night', 1, 'TIME', '2008-11-04TNI'),
      ('11 p.m.', 1, 'TIME', '2008-11-04T23:00'),
      ('early this morning', 1, 'TIME', '2008-11-05TMO')]),

    # e090
    ('2025-10-02',
     'Opinion | The four-day week is coming. Today, most offices still keep the hours they kept in the '
     '1920s. But in the past two years, dozens of British firms have tried a 32-hour week, and most '
     "say productivity held up. Here in Ohio, the state's largest bank will start its own trial on "
     'Friday morning. In 20 years, we may wonder why we ever worked so long.',
     [('Today', 1, 'DATE', 'PRESENT_REF'),
      ('the 1920s', 1, 'DATE', '192'),
      ('the past two years', 1, 'DURATION', 'P2Y'),
      ('Friday morning', 1, 'TIME', '2025-10-03TMO'),
      ('20 years', 1, 'DATE', '2045')]),

]
