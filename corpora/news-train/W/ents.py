# Decision lists for news-train part W (the source of truth).
# Each document: (dct, text, entries). An entry is "surface|LABEL" or "surface|LABEL|skip";
# entries are in order of appearance, and build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wW001, wW002, ... in order.


def E(*items):
    """Turns "surface|LABEL[|skip]" strings into (surface, label[, skip]) tuples."""
    out = []
    for it in items:
        parts = it.split("|")
        if len(parts) == 2:
            out.append((parts[0], parts[1]))
        else:
            out.append((parts[0], parts[1], int(parts[2])))
    return out


DOCS = [
# wW001
("1998-12-17",
 """REYKJAVIK, Dec 17 (Reuters) - Iceland's Althing passed a bill on Thursday letting deCODE Genetics build a health database of the whole nation, over objections from the Icelandic Medical Association. Prime Minister David Oddsson said the project would keep young Icelandic scientists at home.""",
 E("REYKJAVIK|LOC", "Reuters|ORG", "Iceland|LOC", "Althing|ORG", "deCODE Genetics|ORG", "Icelandic Medical Association|ORG",
   "David Oddsson|PER", "Icelandic|MISC")),
# wW002
("2001-05-22",
 """HALIFAX, Nova Scotia, May 22 (Reuters) - The Assembly of First Nations said on Tuesday it would take its fight over lobster fishing in Miramichi Bay to the Supreme Court of Canada, after Mi'kmaq boats were seized by the Department of Fisheries and Oceans. Chief Lawrence Paul of the Millbrook First Nation called the raids "a war on our people." """.strip(),
 E("HALIFAX|LOC", "Nova Scotia|LOC", "Reuters|ORG", "Assembly of First Nations|ORG", "Miramichi Bay|LOC",
   "Supreme Court of Canada|ORG", "Mi'kmaq|MISC", "Department of Fisheries and Oceans|ORG", "Lawrence Paul|PER",
   "Millbrook First Nation|ORG")),
# wW003
("2004-02-11",
 """NAIROBI, Feb 11 (AFP) - Kenyan police arrested three officials of the Kenya Wildlife Service over the sale of ivory seized at the port of Mombasa, a spokesman for the Lusaka Agreement Task Force said on Wednesday. The tusks were thought to be bound for Dubai and Macau.""",
 E("NAIROBI|LOC", "AFP|ORG", "Kenyan|MISC", "Kenya Wildlife Service|ORG", "Mombasa|LOC", "Lusaka Agreement Task Force|ORG",
   "Dubai|LOC", "Macau|LOC")),
# wW004
("2007-10-11",
 """STOCKHOLM, Oct 11 (Reuters) - British novelist Doris Lessing, author of The Golden Notebook, won the Nobel Prize in Literature on Thursday, the Swedish Academy said. Lessing, who grew up in Southern Rhodesia, heard the news from reporters outside her home in north London.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "British|MISC", "Doris Lessing|PER", "The Golden Notebook|MISC", "Nobel Prize in Literature|MISC",
   "Swedish Academy|ORG", "Lessing|PER", "Southern Rhodesia|LOC", "London|LOC")),
# wW005
("2010-04-15",
 """LONDON, April 15 (Reuters) - Britain's National Air Traffic Services closed the skies over England and Scotland on Thursday as ash from Iceland's Eyjafjallajokull volcano drifted south, stranding travellers at Heathrow and Gatwick. Ryanair and Scandinavian Airlines cancelled every flight to Oslo, Stockholm and Copenhagen.""",
 E("LONDON|LOC", "Reuters|ORG", "Britain|LOC", "National Air Traffic Services|ORG", "England|LOC", "Scotland|LOC", "Iceland|LOC",
   "Eyjafjallajokull|LOC", "Heathrow|LOC", "Gatwick|LOC", "Ryanair|ORG", "Scandinavian Airlines|ORG", "Oslo|LOC", "Stockholm|LOC",
   "Copenhagen|LOC")),
# wW006
("1999-11-30",
 """SEATTLE, Nov 30 (AP) - Police fired tear gas at protesters blocking the Washington State Convention and Trade Center on Tuesday, delaying the opening of the World Trade Organization's ministerial meeting. Members of the United Steelworkers of America and the Sierra Club marched beside French farmer Jose Bove.""",
 E("SEATTLE|LOC", "AP|ORG", "Washington State Convention and Trade Center|LOC", "World Trade Organization|ORG",
   "United Steelworkers of America|ORG", "Sierra Club|ORG", "French|MISC", "Jose Bove|PER")),
# wW007
("2002-08-26",
 """JOHANNESBURG, Aug 26 (Reuters) - U.N. Secretary-General Kofi Annan opened the World Summit on Sustainable Development in Sandton on Monday, urging rich nations to keep the promises of the Rio Earth Summit. Activists from Greenpeace and the Landless People's Movement marched from Alexandra township.""",
 E("JOHANNESBURG|LOC", "Reuters|ORG", "U.N.|ORG", "Kofi Annan|PER", "World Summit on Sustainable Development|MISC", "Sandton|LOC",
   "Rio Earth Summit|MISC", "Greenpeace|ORG", "Landless People's Movement|ORG", "Alexandra|LOC")),
# wW008
("2005-07-06",
 """SINGAPORE, July 6 (Reuters) - Members of the International Olympic Committee chose London over Paris to host the 2012 Summer Olympics on Wednesday, after a campaign led by Sebastian Coe. Madrid, Moscow and New York were knocked out in earlier rounds at the Raffles City Convention Centre.""",
 E("SINGAPORE|LOC", "Reuters|ORG", "International Olympic Committee|ORG", "London|LOC", "Paris|LOC", "Summer Olympics|MISC",
   "Sebastian Coe|PER", "Madrid|LOC", "Moscow|LOC", "New York|LOC", "Raffles City Convention Centre|LOC")),
# wW009
("2002-03-24",
 """LOS ANGELES, March 24 (Reuters) - Halle Berry became the first black woman to win the Academy Award for best actress on Sunday, for Monster's Ball, and Denzel Washington was named best actor for Training Day. A Beautiful Mind, Ron Howard's film about the Princeton mathematician John Nash, won best picture at the new Kodak Theatre in Hollywood.""",
 E("LOS ANGELES|LOC", "Reuters|ORG", "Halle Berry|PER", "Academy Award|MISC", "Monster's Ball|MISC", "Denzel Washington|PER",
   "Training Day|MISC", "A Beautiful Mind|MISC", "Ron Howard|PER", "Princeton|ORG", "John Nash|PER", "Kodak Theatre|LOC",
   "Hollywood|LOC")),
# wW010
("2003-02-01",
 """HOUSTON, Feb 1 (Reuters) - The space shuttle Columbia broke apart over Texas on Saturday minutes before it was due to land at the Kennedy Space Center, NASA said. Among the seven crew was Ilan Ramon, the first Israeli astronaut, and Kalpana Chawla, who was born in Karnal in Haryana.""",
 E("HOUSTON|LOC", "Reuters|ORG", "Columbia|MISC", "Texas|LOC", "Kennedy Space Center|LOC", "NASA|ORG", "Ilan Ramon|PER",
   "Israeli|MISC", "Kalpana Chawla|PER", "Karnal|LOC", "Haryana|LOC")),
# wW011
("2008-02-17",
 """PRISTINA, Feb 17 (Reuters) - Kosovo's parliament declared independence from Serbia on Sunday, and thousands of Kosovo Albanians waved red Albanian flags in the streets of Pristina. Prime Minister Hashim Thaci said the new state would protect its Serb minority, while Belgrade called the move illegal.""",
 E("PRISTINA|LOC", "Reuters|ORG", "Kosovo|LOC", "Serbia|LOC", "Kosovo Albanians|MISC", "Albanian|MISC", "Pristina|LOC",
   "Hashim Thaci|PER", "Serb|MISC", "Belgrade|LOC")),
# wW012
("2002-09-17",
 """PYONGYANG, Sept 17 (AP) - North Korean leader Kim Jong-il admitted on Tuesday that his agents had kidnapped 13 Japanese citizens in the 1970s and 1980s, and apologised to Prime Minister Junichiro Koizumi at their summit in the Paekhwawon guesthouse. In Tokyo, the parents of Megumi Yokota, taken from a beach in Niigata at 13, wept as officials of the Foreign Ministry told them she was dead.""",
 E("PYONGYANG|LOC", "AP|ORG", "North Korean|MISC", "Kim Jong-il|PER", "Japanese|MISC", "Junichiro Koizumi|PER", "Paekhwawon|LOC",
   "Tokyo|LOC", "Megumi Yokota|PER", "Niigata|LOC", "Foreign Ministry|ORG")),
# wW013
("2003-10-07",
 """LOS ANGELES, Oct 7 (Reuters) - Californians voted on Tuesday to recall Democratic Governor Gray Davis and chose Arnold Schwarzenegger, the Austrian-born star of The Terminator, to replace him, television networks projected. Lieutenant Governor Cruz Bustamante came second among 135 candidates.""",
 E("LOS ANGELES|LOC", "Reuters|ORG", "Californians|MISC", "Democratic|ORG", "Gray Davis|PER", "Arnold Schwarzenegger|PER",
   "Austrian|MISC", "The Terminator|MISC", "Cruz Bustamante|PER")),
# wW014
("2011-03-11",
 """TOKYO, March 11 (Reuters) - A magnitude 8.9 earthquake struck off the coast of Miyagi on Friday, sending a tsunami over farmland near Sendai, the Japan Meteorological Agency said. Tokyo Electric Power Co said cooling systems had failed at its Fukushima Daiichi nuclear plant.""",
 E("TOKYO|LOC", "Reuters|ORG", "Miyagi|LOC", "Sendai|LOC", "Japan Meteorological Agency|ORG", "Tokyo Electric Power Co|ORG",
   "Fukushima Daiichi|LOC")),
# wW015
("2006-03-21",
 """SAN FRANCISCO, March 21 (Reuters) - Jack Dorsey, a programmer at the start-up Odeo, posted the first message on a new service called Twitter on Tuesday. Odeo's founders Evan Williams and Biz Stone said the tool let friends share short updates from their mobile phones.""",
 E("SAN FRANCISCO|LOC", "Reuters|ORG", "Jack Dorsey|PER", "Odeo|ORG", "Twitter|ORG", "Odeo|ORG", "Evan Williams|PER",
   "Biz Stone|PER")),
# wW016
("1998-08-07",
 """DAR ES SALAAM, Aug 7 (AFP) - Bombs exploded minutes apart outside the United States embassies in Dar es Salaam and Nairobi on Friday, Tanzanian and Kenyan officials said. The Federal Bureau of Investigation sent agents to both capitals, and Secretary of State Madeleine Albright said Washington would hunt down those responsible.""",
 E("DAR ES SALAAM|LOC", "AFP|ORG", "United States|LOC", "Dar es Salaam|LOC", "Nairobi|LOC", "Tanzanian|MISC", "Kenyan|MISC",
   "Federal Bureau of Investigation|ORG", "Madeleine Albright|PER", "Washington|LOC")),
# wW017
("2009-10-09",
 """MALE, Oct 9 (Reuters) - Maldives President Mohamed Nasheed said on Friday his cabinet would meet underwater off Girifushi island to warn the world about rising seas before the Copenhagen climate talks. Divers from the Maldives National Defence Force were training the ministers to use scuba gear.""",
 E("MALE|LOC", "Reuters|ORG", "Maldives|LOC", "Mohamed Nasheed|PER", "Girifushi|LOC", "Copenhagen|LOC",
   "Maldives National Defence Force|ORG")),
# wW018
("2012-08-06",
 """PASADENA, California, Aug 6 (Reuters) - NASA's Curiosity rover landed inside Gale Crater on Mars early on Monday, and engineers at the Jet Propulsion Laboratory cheered as the first pictures arrived. Charles Bolden, the agency's administrator, called it "an amazing achievement." """.strip(),
 E("PASADENA|LOC", "California|LOC", "Reuters|ORG", "NASA|ORG", "Curiosity|MISC", "Gale Crater|LOC", "Mars|LOC",
   "Jet Propulsion Laboratory|ORG", "Charles Bolden|PER")),
# wW019
("2005-09-13",
 """LUXEMBOURG, Sept 13 (Reuters) - The European Court of Justice ruled on Tuesday that the European Commission may propose criminal penalties for polluters, a judgment welcomed by the WWF and opposed by Britain and Denmark. Judges of the Grand Chamber sided with the Commission against the Council of the European Union, which had acted alone in 2003.""",
 E("LUXEMBOURG|LOC", "Reuters|ORG", "European Court of Justice|ORG", "European Commission|ORG", "WWF|ORG", "Britain|LOC",
   "Denmark|LOC", "Grand Chamber|ORG", "Commission|ORG", "Council of the European Union|ORG")),
# wW020
("2007-02-04",
 """JAKARTA, Feb 4 (Reuters) - Floodwater up to three metres deep covered much of Jakarta on Sunday after the Ciliwung River burst its banks, the Indonesian Red Cross said. Governor Sutiyoso said 200,000 people had fled to mosques and schools, and the state power firm PLN cut electricity to East Jakarta.""",
 E("JAKARTA|LOC", "Reuters|ORG", "Jakarta|LOC", "Ciliwung River|LOC", "Indonesian Red Cross|ORG", "Sutiyoso|PER", "PLN|ORG",
   "East Jakarta|LOC")),
# wW021
("1997-02-23",
 """EDINBURGH, Feb 23 (Reuters) - Scientists at the Roslin Institute near Edinburgh said on Sunday they had cloned a lamb from a cell of an adult ewe, in work funded partly by PPL Therapeutics. The team, led by embryologist Ian Wilmut, will publish its findings in the journal Nature on Thursday.""",
 E("EDINBURGH|LOC", "Reuters|ORG", "Roslin Institute|ORG", "Edinburgh|LOC", "PPL Therapeutics|ORG", "Ian Wilmut|PER",
   "Nature|ORG")),
# wW022
("2008-09-10",
 """GENEVA, Sept 10 (Reuters) - Physicists at CERN sent the first beam of protons around the Large Hadron Collider on Wednesday, in a 27-km tunnel under the border between France and Switzerland. Lyn Evans, the Welsh engineer who led the project, said the start had gone "better than we could have hoped." """.strip(),
 E("GENEVA|LOC", "Reuters|ORG", "CERN|ORG", "Large Hadron Collider|LOC", "France|LOC", "Switzerland|LOC", "Lyn Evans|PER",
   "Welsh|MISC")),
# wW023
("1998-03-27",
 """WASHINGTON, March 27 (Reuters) - The Food and Drug Administration approved Pfizer Inc's impotence pill Viagra on Friday, the first such drug to be taken by mouth. Shares of Pfizer rose 3 percent on the New York Stock Exchange, and analysts at Merrill Lynch said sales could top $1 billion a year.""",
 E("WASHINGTON|LOC", "Reuters|ORG", "Food and Drug Administration|ORG", "Pfizer Inc|ORG", "Viagra|MISC", "Pfizer|ORG",
   "New York Stock Exchange|ORG", "Merrill Lynch|ORG")),
# wW024
("2003-03-12",
 """HANOI, March 12 (Reuters) - The World Health Organization issued a global alert on Wednesday over a severe form of pneumonia that has sickened hospital staff in Hanoi and Hong Kong. Carlo Urbani, an Italian doctor working for the agency in Vietnam, was among the first to report the disease.""",
 E("HANOI|LOC", "Reuters|ORG", "World Health Organization|ORG", "Hanoi|LOC", "Hong Kong|LOC", "Carlo Urbani|PER", "Italian|MISC",
   "Vietnam|LOC")),
# wW025
("2009-04-24",
 """MEXICO CITY, April 24 (Reuters) - Mexico closed schools, museums and libraries in the capital on Friday to slow an outbreak of swine flu, Health Minister Jose Angel Cordova said. Experts from the U.S. Centers for Disease Control and Prevention in Atlanta confirmed that the virus was a new strain of H1N1.""",
 E("MEXICO CITY|LOC", "Reuters|ORG", "Mexico|LOC", "Jose Angel Cordova|PER", "U.S.|LOC", "Centers for Disease Control and Prevention|ORG",
   "Atlanta|LOC", "H1N1|MISC")),
# wW026
("2010-05-20",
 """PARIS, May 20 (Reuters) - A lone thief broke into the Musee d'Art Moderne de la Ville de Paris overnight and took five paintings, among them Picasso's Le pigeon aux petits pois and Matisse's La Pastorale, police said on Thursday. Works by Modigliani, Braque and Fernand Leger were also stolen, and Mayor Bertrand Delanoe said the alarm system had been broken for weeks.""",
 E("PARIS|LOC", "Reuters|ORG", "Musee d'Art Moderne de la Ville de Paris|ORG", "Picasso|PER", "Le pigeon aux petits pois|MISC",
   "Matisse|PER", "La Pastorale|MISC", "Modigliani|PER", "Braque|PER", "Fernand Leger|PER", "Bertrand Delanoe|PER")),
# wW027
("2011-02-03",
 """CAIRNS, Australia, Feb 3 (Reuters) - Cyclone Yasi tore across the coast of Queensland early on Thursday, ripping roofs off homes in Tully and Mission Beach, the Bureau of Meteorology said. State Premier Anna Bligh said it was a miracle that nobody had been reported dead.""",
 E("CAIRNS|LOC", "Australia|LOC", "Reuters|ORG", "Cyclone Yasi|MISC", "Queensland|LOC", "Tully|LOC", "Mission Beach|LOC",
   "Bureau of Meteorology|ORG", "Anna Bligh|PER")),
# wW028
("2003-08-14",
 """PARIS, Aug 14 (AFP) - French Health Minister Jean-Francois Mattei came under fire on Thursday as undertakers in Paris and Lyon reported a surge in deaths among the elderly during the heatwave. The weather service Meteo-France said temperatures in the Loire valley had topped 40 degrees for a tenth day.""",
 E("PARIS|LOC", "AFP|ORG", "French|MISC", "Jean-Francois Mattei|PER", "Paris|LOC", "Lyon|LOC", "Meteo-France|ORG", "Loire|LOC")),
# wW029
("2010-01-01",
 """RIO DE JANEIRO, Jan 1 (Reuters) - Landslides after heavy rain on New Year's Eve buried an inn on Ilha Grande and houses in Angra dos Reis, the fire brigade of Rio de Janeiro state said on Friday. Governor Sergio Cabral flew over the area with officers of the Civil Defence, and guests from Argentina and Chile were among the missing.""",
 E("RIO DE JANEIRO|LOC", "Reuters|ORG", "New Year's Eve|MISC", "Ilha Grande|LOC", "Angra dos Reis|LOC", "Rio de Janeiro|LOC",
   "Sergio Cabral|PER", "Civil Defence|ORG", "Argentina|LOC", "Chile|LOC")),
# wW030
("2009-06-25",
 """LOS ANGELES, June 25 (Reuters) - Michael Jackson, whose album Thriller is the best-selling record of all time, died on Thursday after collapsing at his rented mansion in Holmby Hills, the Los Angeles County coroner said. Fans gathered outside the UCLA Medical Center and at his star on the Hollywood Walk of Fame.""",
 E("LOS ANGELES|LOC", "Reuters|ORG", "Michael Jackson|PER", "Thriller|MISC", "Holmby Hills|LOC", "Los Angeles County|LOC",
   "UCLA Medical Center|ORG", "Hollywood Walk of Fame|LOC")),
# wW031
("1997-10-18",
 """BILBAO, Spain, Oct 18 (Reuters) - King Juan Carlos opened the Guggenheim Museum Bilbao on Saturday, a titanium-clad building on the Nervion River designed by the American architect Frank Gehry. The Basque government paid for the museum, which opened days after a Basque policeman was shot dead near the site by ETA gunmen.""",
 E("BILBAO|LOC", "Spain|LOC", "Reuters|ORG", "Juan Carlos|PER", "Guggenheim Museum Bilbao|ORG", "Nervion River|LOC", "American|MISC",
   "Frank Gehry|PER", "Basque|MISC", "Basque|MISC", "ETA|ORG")),
# wW032
("2011-10-25",
 """BANGKOK, Oct 25 (Reuters) - Floodwaters reached the runways of Don Mueang airport on Tuesday as Thailand's worst floods in half a century crept towards central Bangkok. Prime Minister Yingluck Shinawatra said factories of Honda Motor Co and Canon Inc in Ayutthaya could stay shut until the new year.""",
 E("BANGKOK|LOC", "Reuters|ORG", "Don Mueang|LOC", "Thailand|LOC", "Bangkok|LOC", "Yingluck Shinawatra|PER", "Honda Motor Co|ORG",
   "Canon Inc|ORG", "Ayutthaya|LOC")),
# wW033
("2004-06-08",
 """ULSAN, South Korea, June 8 (Reuters) - Hyundai Heavy Industries Co said on Tuesday it had won an order to build four liquefied natural gas carriers for Qatar Gas Transport Co, worth about $800 million. Shares of Hyundai Heavy rose 2.4 percent on the Korea Stock Exchange, while Samsung Heavy Industries and Daewoo Shipbuilding & Marine Engineering were flat.""",
 E("ULSAN|LOC", "South Korea|LOC", "Reuters|ORG", "Hyundai Heavy Industries Co|ORG", "Qatar Gas Transport Co|ORG",
   "Hyundai Heavy|ORG", "Korea Stock Exchange|ORG", "Samsung Heavy Industries|ORG", "Daewoo Shipbuilding & Marine Engineering|ORG")),
# wW034
("2012-09-20",
 """SEOUL, Sept 20 (AP) - South Korean rapper Psy climbed to second place on the Billboard Hot 100 on Thursday with Gangnam Style, a satire of the wealthy Seoul district. His label, YG Entertainment, said the video had been watched more than 250 million times on YouTube.""",
 E("SEOUL|LOC", "AP|ORG", "South Korean|MISC", "Psy|PER", "Billboard Hot 100|MISC", "Gangnam Style|MISC", "Seoul|LOC",
   "YG Entertainment|ORG", "YouTube|ORG")),
# wW035
("2002-01-01",
 """FRANKFURT, Jan 1 (Reuters) - Euro notes and coins went into circulation in 12 countries on Tuesday, and queues formed at cash machines from Dublin to Helsinki. Wim Duisenberg, president of the European Central Bank, bought a bag of Irish lamb in a Frankfurt market with his first notes, and the Bundesbank said the change had gone smoothly.""",
 E("FRANKFURT|LOC", "Reuters|ORG", "Euro|MISC", "Dublin|LOC", "Helsinki|LOC", "Wim Duisenberg|PER", "European Central Bank|ORG",
   "Irish|MISC", "Frankfurt|LOC", "Bundesbank|ORG")),
# wW036
("2010-07-01",
 """OTTAWA, July 1 (Reuters) - Queen Elizabeth joined about 100,000 people below the Peace Tower on Thursday for Canada Day, on her 22nd visit to Canada as queen. Prime Minister Stephen Harper and Governor General Michaelle Jean welcomed her, and riders of the Royal Canadian Mounted Police led the parade.""",
 E("OTTAWA|LOC", "Reuters|ORG", "Elizabeth|PER", "Peace Tower|LOC", "Canada Day|MISC", "Canada|LOC", "Stephen Harper|PER",
   "Michaelle Jean|PER", "Royal Canadian Mounted Police|ORG")),
# wW037
("2005-10-08",
 """MUZAFFARABAD, Pakistan, Oct 8 (Reuters) - A powerful earthquake flattened towns across Pakistani Kashmir and the North West Frontier Province on Saturday, and tremors were felt as far away as Kabul. Pakistan's Inter-Services Public Relations said army helicopters were flying to Balakot and Bagh.""",
 E("MUZAFFARABAD|LOC", "Pakistan|LOC", "Reuters|ORG", "Pakistani|MISC", "Kashmir|LOC", "North West Frontier Province|LOC",
   "Kabul|LOC", "Pakistan|LOC", "Inter-Services Public Relations|ORG", "Balakot|LOC", "Bagh|LOC")),
# wW038
("2007-11-15",
 """HAVANA, Nov 15 (AFP) - Cuban authorities released dissident economist Marta Beatriz Roque from house arrest on Thursday, her supporters in the Ladies in White said. Amnesty International said 58 people jailed in the Black Spring crackdown of 2003 were still held in prisons such as Kilo 8 in Camaguey.""",
 E("HAVANA|LOC", "AFP|ORG", "Cuban|MISC", "Marta Beatriz Roque|PER", "Ladies in White|ORG", "Amnesty International|ORG",
   "Black Spring|MISC", "Kilo 8|LOC", "Camaguey|LOC")),
# wW039
("2000-03-26",
 """MOSCOW, March 26 (Reuters) - Acting President Vladimir Putin won Russia's presidential election outright on Sunday, the Central Election Commission said, beating Communist leader Gennady Zyuganov and the liberal Grigory Yavlinsky of Yabloko. Putin promised to restore order in Chechnya and to fight the oligarchs.""",
 E("MOSCOW|LOC", "Reuters|ORG", "Vladimir Putin|PER", "Russia|LOC", "Central Election Commission|ORG", "Communist|ORG",
   "Gennady Zyuganov|PER", "Grigory Yavlinsky|PER", "Yabloko|ORG", "Putin|PER", "Chechnya|LOC")),
# wW040
("2011-07-09",
 """JUBA, July 9 (AFP) - South Sudan became the world's newest nation on Saturday, and Salva Kiir took the oath as president at the John Garang Mausoleum before a crowd waving flags of the Sudan People's Liberation Movement. Sudanese President Omar al-Bashir, who attended the ceremony, said Khartoum would recognise its southern neighbour.""",
 E("JUBA|LOC", "AFP|ORG", "South Sudan|LOC", "Salva Kiir|PER", "John Garang Mausoleum|LOC", "Sudan People's Liberation Movement|ORG",
   "Sudanese|MISC", "Omar al-Bashir|PER", "Khartoum|LOC")),
# wW041
("1996-10-29",
 """LONDON, Oct 29 (Reuters) - Graham Swift won the Booker Prize on Tuesday for Last Orders, his novel about four Londoners who carry a friend's ashes from Bermondsey to Margate. Beryl Bainbridge, shortlisted for Every Man for Himself, dined with the other finalists at the Guildhall.""",
 E("LONDON|LOC", "Reuters|ORG", "Graham Swift|PER", "Booker Prize|MISC", "Last Orders|MISC", "Londoners|MISC", "Bermondsey|LOC",
   "Margate|LOC", "Beryl Bainbridge|PER", "Every Man for Himself|MISC", "Guildhall|LOC")),
# wW042
("2011-11-11",
 """BEIRUT, Nov 11 (Reuters) - Lebanon's Jeita Grotto failed to make the final list of the New7Wonders of Nature on Friday, while the Amazon, Halong Bay and Iguazu Falls were chosen, the Swiss-based New7Wonders Foundation said. Tourism Minister Fadi Abboud said visitors would keep coming to the caves above the Nahr al-Kalb valley.""",
 E("BEIRUT|LOC", "Reuters|ORG", "Lebanon|LOC", "Jeita Grotto|LOC", "New7Wonders of Nature|MISC", "Amazon|LOC", "Halong Bay|LOC",
   "Iguazu Falls|LOC", "Swiss|MISC", "New7Wonders Foundation|ORG", "Fadi Abboud|PER", "Nahr al-Kalb|LOC")),
# wW043
("2008-11-20",
 """ACCRA, Nov 20 (Reuters) - The Ghana Cocoa Board raised the price it pays farmers by 15 percent on Thursday to stop beans being smuggled into Ivory Coast and Togo. Growers in the Ashanti Region had complained that Ivorian buyers paid more, traders at ED&F Man in London said.""",
 E("ACCRA|LOC", "Reuters|ORG", "Ghana Cocoa Board|ORG", "Ivory Coast|LOC", "Togo|LOC", "Ashanti Region|LOC", "Ivorian|MISC",
   "ED&F Man|ORG", "London|LOC")),
# wW044
("2001-04-03",
 """VIENNA, April 3 (Reuters) - The Vienna Philharmonic named Simon Rattle to conduct its New Year's Concert for the first time, the orchestra said on Tuesday. The British conductor, who leaves the City of Birmingham Symphony Orchestra for the Berlin Philharmonic next year, will lead Strauss waltzes in the Golden Hall of the Musikverein.""",
 E("VIENNA|LOC", "Reuters|ORG", "Vienna Philharmonic|ORG", "Simon Rattle|PER", "New Year's Concert|MISC", "British|MISC",
   "City of Birmingham Symphony Orchestra|ORG", "Berlin Philharmonic|ORG", "Strauss|PER", "Golden Hall|LOC", "Musikverein|LOC")),
# wW045
("2007-06-19",
 """ANKARA, June 19 (Reuters) - Turkish police detained 12 people in Istanbul and Kocaeli on Tuesday over a cache of grenades found in a house in the Umraniye district, the state-run Anadolu Agency said. Prosecutors said the suspects included a retired officer of the Turkish Armed Forces.""",
 E("ANKARA|LOC", "Reuters|ORG", "Turkish|MISC", "Istanbul|LOC", "Kocaeli|LOC", "Umraniye|LOC", "Anadolu Agency|ORG",
   "Turkish Armed Forces|ORG")),
# wW046
("2012-05-14",
 """CANNES, France, May 14 (AFP) - Austrian director Michael Haneke will bring Amour, a film about an elderly Parisian couple starring Jean-Louis Trintignant and Emmanuelle Riva, to the Cannes Film Festival this week. Haneke won the Palme d'Or three years ago for The White Ribbon.""",
 E("CANNES|LOC", "France|LOC", "AFP|ORG", "Austrian|MISC", "Michael Haneke|PER", "Amour|MISC", "Parisian|MISC",
   "Jean-Louis Trintignant|PER", "Emmanuelle Riva|PER", "Cannes Film Festival|MISC", "Haneke|PER", "Palme d'Or|MISC",
   "The White Ribbon|MISC")),
# wW047
("1999-01-19",
 """BOGOTA, Jan 19 (Reuters) - Colombia's central bank cut its key interest rate on Tuesday, and the peso firmed on the Bogota Stock Exchange after Finance Minister Juan Camilo Restrepo promised to trim spending. Coffee growers in Caldas and Quindio said a frost-free harvest would help, the National Federation of Coffee Growers said.""",
 E("BOGOTA|LOC", "Reuters|ORG", "Colombia|LOC", "Bogota Stock Exchange|ORG", "Juan Camilo Restrepo|PER", "Caldas|LOC",
   "Quindio|LOC", "National Federation of Coffee Growers|ORG")),
# wW048
("2010-09-08",
 """STOCKHOLM, Sept 8 (Reuters) - IKEA, the Swedish furniture group, said on Wednesday it would open its first store in Seoul in 2012 and look for sites in Brazil. Founder Ingvar Kamprad, who lives in Switzerland, still sits on the board of Inter IKEA Holding, the Luxembourg company that owns the brand.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "IKEA|ORG", "Swedish|MISC", "Seoul|LOC", "Brazil|LOC", "Ingvar Kamprad|PER", "Switzerland|LOC",
   "Inter IKEA Holding|ORG", "Luxembourg|LOC")),
# wW049
("2003-05-29",
 """KATHMANDU, May 29 (AFP) - Climbers from Nepal, Japan and the United States gathered at Everest base camp on Thursday to mark 50 years since Edmund Hillary and Tenzing Norgay reached the summit. The Nepal Mountaineering Association said Apa Sherpa had climbed the peak for a record 13th time a week earlier.""",
 E("KATHMANDU|LOC", "AFP|ORG", "Nepal|LOC", "Japan|LOC", "United States|LOC", "Everest|LOC", "Edmund Hillary|PER", "Tenzing Norgay|PER",
   "Nepal Mountaineering Association|ORG", "Apa Sherpa|PER")),
# wW050
("2009-11-17",
 """NAPLES, Italy, Nov 17 (Reuters) - Carabinieri arrested 12 suspected members of the Casalesi clan around Caserta on Tuesday, among them a man accused of threatening Roberto Saviano, author of Gomorrah. Interior Minister Roberto Maroni said the Camorra had been dealt a heavy blow.""",
 E("NAPLES|LOC", "Italy|LOC", "Reuters|ORG", "Carabinieri|ORG", "Casalesi|ORG", "Caserta|LOC", "Roberto Saviano|PER", "Gomorrah|MISC",
   "Roberto Maroni|PER", "Camorra|ORG")),
# wW051
("2006-02-13",
 """LAGOS, Feb 13 (Reuters) - Gunmen of the Movement for the Emancipation of the Niger Delta said on Monday they were still holding nine foreign oil workers seized from a barge of Willbros Group in the Forcados estuary. The hostages included three Americans, two Egyptians, two Thais, a Briton and a Filipino, Royal Dutch Shell said.""",
 E("LAGOS|LOC", "Reuters|ORG", "Movement for the Emancipation of the Niger Delta|ORG", "Willbros Group|ORG", "Forcados|LOC",
   "Americans|MISC", "Egyptians|MISC", "Thais|MISC", "Briton|MISC", "Filipino|MISC", "Royal Dutch Shell|ORG")),
# wW052
("2009-11-16",
 """CANBERRA, Nov 16 (Reuters) - Prime Minister Kevin Rudd apologised on Monday to the Forgotten Australians, some 500,000 people who grew up in orphanages and foster homes last century, among them British child migrants sent under schemes backed by the Fairbridge Society. Opposition leader Malcolm Turnbull also apologised.""",
 E("CANBERRA|LOC", "Reuters|ORG", "Kevin Rudd|PER", "Forgotten Australians|MISC", "British|MISC", "Fairbridge Society|ORG",
   "Malcolm Turnbull|PER")),
]
