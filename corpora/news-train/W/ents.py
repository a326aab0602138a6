# Decision lists for news-train part W (the source of truth).
# Each document: (dct, text, entries). An entry is "surface|LABEL" or "surface|LABEL|skip";
# entries are in order of appearance, and build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wW001, wW002, ... in order.


# E turns "surface|LABEL[|skip]" strings into (surface, label[, skip]) tuples; build.py
# puts corpora/ on the import path first.
from decision_lists import split_entries as E


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
("2007-03-03",
 """OUAGADOUGOU, March 3 (AFP) - Nigerian director Newton Aduaka won the Etalon de Yennenga, the top prize of the Pan-African Film and Television Festival of Ouagadougou, on Saturday for Ezra, a film about a child soldier in Sierra Leone's civil war. President Blaise Compaore handed over the trophy at the closing ceremony in the 4 August Stadium.""",
 E("OUAGADOUGOU|LOC", "AFP|ORG", "Nigerian|MISC", "Newton Aduaka|PER", "Etalon de Yennenga|MISC",
   "Pan-African Film and Television Festival of Ouagadougou|MISC", "Ezra|MISC", "Sierra Leone|LOC", "Blaise Compaore|PER",
   "4 August Stadium|LOC")),
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
("2009-11-30",
 """MONTEVIDEO, Nov 30 (Reuters) - Jose Mujica, a former Tupamaro guerrilla who spent 14 years in prison, won Uruguay's presidential run-off on Sunday for the ruling Broad Front, beating Luis Alberto Lacalle of the National Party, the Electoral Court said.""",
 E("MONTEVIDEO|LOC", "Reuters|ORG", "Jose Mujica|PER", "Tupamaro|ORG", "Uruguay|LOC", "Broad Front|ORG", "Luis Alberto Lacalle|PER",
   "National Party|ORG", "Electoral Court|ORG")),
# wW014
("2011-03-11",
 """TOKYO, March 11 (Reuters) - A magnitude 8.9 earthquake struck off the coast of Miyagi on Friday, sending a tsunami over farmland near Sendai, the Japan Meteorological Agency said. Tokyo Electric Power Co said cooling systems had failed at its Fukushima Daiichi nuclear plant.""",
 E("TOKYO|LOC", "Reuters|ORG", "Miyagi|LOC", "Sendai|LOC", "Japan Meteorological Agency|ORG", "Tokyo Electric Power Co|ORG",
   "Fukushima Daiichi|LOC")),
# wW015
("2002-01-15",
 """KUALA LUMPUR, Jan 15 (Reuters) - AirAsia, the loss-making carrier bought last month by former Warner Music executive Tony Fernandes for one ringgit, relaunched on Tuesday as a budget airline, with cheap flights from Kuala Lumpur to Penang and Kuching.""",
 E("KUALA LUMPUR|LOC", "Reuters|ORG", "AirAsia|ORG", "Warner Music|ORG", "Tony Fernandes|PER", "Kuala Lumpur|LOC", "Penang|LOC",
   "Kuching|LOC")),
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
 """MEXICO CITY, April 24 (Reuters) - Mexico closed schools, museums and libraries in the capital on Friday to slow an outbreak of swine flu, Health Minister Jose Angel Cordova said. Experts from the U.S. Centers for Disease Control and Prevention in Atlanta confirmed that the virus was a new strain of influenza.""",
 E("MEXICO CITY|LOC", "Reuters|ORG", "Mexico|LOC", "Jose Angel Cordova|PER", "U.S. Centers for Disease Control and Prevention|ORG",
   "Atlanta|LOC")),
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
("2006-09-06",
 """TOKYO, Sept 6 (Reuters) - Princess Kiko, wife of Prince Akishino, gave birth to a boy on Wednesday, the first male born into Japan's imperial family in 41 years, the Imperial Household Agency said. Chief Cabinet Secretary Shinzo Abe said a bill to let women take the throne could now wait.""",
 E("TOKYO|LOC", "Reuters|ORG", "Kiko|PER", "Akishino|PER", "Japan|LOC", "Imperial Household Agency|ORG", "Shinzo Abe|PER")),
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
 """FRANKFURT, Jan 1 (Reuters) - New euro notes and coins went into circulation in 12 countries on Tuesday, and queues formed at cash machines from Dublin to Helsinki. Wim Duisenberg, president of the European Central Bank, bought a bag of Irish lamb in a Frankfurt market with his first notes, and the Bundesbank said the change had gone smoothly.""",
 E("FRANKFURT|LOC", "Reuters|ORG", "Dublin|LOC", "Helsinki|LOC", "Wim Duisenberg|PER", "European Central Bank|ORG",
   "Irish|MISC", "Frankfurt|LOC", "Bundesbank|ORG")),
# wW036
("2010-07-01",
 """OTTAWA, July 1 (Reuters) - Queen Elizabeth joined about 100,000 people below the Peace Tower on Thursday for Canada Day, on her 22nd visit to Canada as queen. Prime Minister Stephen Harper and Governor General Michaelle Jean welcomed her, and riders of the Royal Canadian Mounted Police led the parade.""",
 E("OTTAWA|LOC", "Reuters|ORG", "Elizabeth|PER", "Peace Tower|LOC", "Canada Day|MISC", "Canada|LOC", "Stephen Harper|PER",
   "Michaelle Jean|PER", "Royal Canadian Mounted Police|ORG")),
# wW037
("2003-09-13",
 """BUSAN, South Korea, Sept 13 (Reuters) - Typhoon Maemi, the strongest to hit South Korea since records began in 1904, toppled giant cranes at the port of Busan on Friday night as families travelled home for the Chuseok holiday, the Korea Meteorological Administration said. Korea Electric Power Corp said 1.4 million homes had lost power.""",
 E("BUSAN|LOC", "South Korea|LOC", "Reuters|ORG", "Typhoon Maemi|MISC", "South Korea|LOC", "Busan|LOC", "Chuseok|MISC",
   "Korea Meteorological Administration|ORG", "Korea Electric Power Corp|ORG")),
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
# wW053
("2004-12-07",
 """MILAN, Dec 7 (Reuters) - La Scala reopened on Tuesday after a three-year restoration with Antonio Salieri's Europa riconosciuta, the opera that inaugurated the house in 1778, conducted by Riccardo Muti. President Carlo Azeglio Ciampi attended the gala, held as every year on the feast of Sant'Ambrogio, the patron saint of Milan.""",
 E("MILAN|LOC", "Reuters|ORG", "La Scala|LOC", "Antonio Salieri|PER", "Europa riconosciuta|MISC", "Riccardo Muti|PER",
   "Carlo Azeglio Ciampi|PER", "Sant'Ambrogio|PER", "Milan|LOC")),
# wW054
("2002-06-04",
 """KARACHI, June 4 (Reuters) - Shares on the Karachi Stock Exchange fell 4.1 percent on Tuesday as fears of war with New Delhi kept foreign funds away, dealers at Jahangir Siddiqui & Co said. The State Bank of Pakistan sold dollars to hold up the rupee, and Pakistan International Airlines cut flights to Lahore.""",
 E("KARACHI|LOC", "Reuters|ORG", "Karachi Stock Exchange|ORG", "New Delhi|LOC", "Jahangir Siddiqui & Co|ORG",
   "State Bank of Pakistan|ORG", "Pakistan International Airlines|ORG", "Lahore|LOC")),
# wW055
("2002-01-02",
 """LUSAKA, Jan 2 (Reuters) - Levy Mwanawasa of the Movement for Multiparty Democracy was sworn in as Zambia's third president on Wednesday, as the United Party for National Development said the vote had been rigged. Anderson Mazoka, who came a close second, asked the Supreme Court to annul the result.""",
 E("LUSAKA|LOC", "Reuters|ORG", "Levy Mwanawasa|PER", "Movement for Multiparty Democracy|ORG", "Zambia|LOC",
   "United Party for National Development|ORG", "Anderson Mazoka|PER", "Supreme Court|ORG")),
# wW056
("2012-05-15",
 """MEXICO CITY, May 15 (AP) - Carlos Fuentes, author of The Death of Artemio Cruz and Where the Air Is Clear, died in a Mexico City hospital on Tuesday aged 83, President Felipe Calderon said. The novelist, who won the Cervantes Prize in 1987, had been due to speak in Seville next week.""",
 E("MEXICO CITY|LOC", "AP|ORG", "Carlos Fuentes|PER", "The Death of Artemio Cruz|MISC", "Where the Air Is Clear|MISC",
   "Mexico City|LOC", "Felipe Calderon|PER", "Cervantes Prize|MISC", "Seville|LOC")),
# wW057
("1999-12-26",
 """PARIS, Dec 26 (AFP) - Hurricane-force winds tore across northern France on Sunday, felling thousands of trees in the park of Versailles and cutting power to two million homes, Electricite de France said. Meteo-France said gusts of 170 km/h hit Paris as the storm, named Lothar by German forecasters, moved on towards Baden-Wuerttemberg, where Deutsche Bahn halted its trains.""",
 E("PARIS|LOC", "AFP|ORG", "France|LOC", "Versailles|LOC", "Electricite de France|ORG", "Meteo-France|ORG", "Paris|LOC",
   "Lothar|MISC", "German|MISC", "Baden-Wuerttemberg|LOC", "Deutsche Bahn|ORG")),
# wW058
("2008-11-19",
 """BOGOTA, Nov 19 (Reuters) - Colombian police arrested David Murcia, founder of the DMG pyramid scheme, in Panama on Wednesday, after thousands of savers in Putumayo and Narino lost their money, the Attorney General's Office said. President Alvaro Uribe had ordered the group's offices shut.""",
 E("BOGOTA|LOC", "Reuters|ORG", "Colombian|MISC", "David Murcia|PER", "DMG|ORG", "Panama|LOC", "Putumayo|LOC", "Narino|LOC",
   "Attorney General's Office|ORG", "Alvaro Uribe|PER")),
# wW059
("2006-08-24",
 """PRAGUE, Aug 24 (Reuters) - Astronomers of the International Astronomical Union voted on Thursday to strip Pluto of its status as a planet, leaving the solar system with eight. Pluto, found in 1930 by Clyde Tombaugh at the Lowell Observatory in Flagstaff, Arizona, will now be called a dwarf planet, like Ceres and Eris.""",
 E("PRAGUE|LOC", "Reuters|ORG", "International Astronomical Union|ORG", "Pluto|LOC", "Pluto|LOC", "Clyde Tombaugh|PER",
   "Lowell Observatory|LOC", "Flagstaff|LOC", "Arizona|LOC", "Ceres|LOC", "Eris|LOC")),
# wW060
("2012-11-15",
 """GENEVA, Nov 15 (Reuters) - The Global Fund to Fight AIDS, Tuberculosis and Malaria named Mark Dybul, a former head of the U.S. programme PEPFAR, as its executive director on Thursday. The fund's board met in Geneva after donors such as the Bill & Melinda Gates Foundation had pressed for reform.""",
 E("GENEVA|LOC", "Reuters|ORG", "Global Fund to Fight AIDS, Tuberculosis and Malaria|ORG", "Mark Dybul|PER", "U.S.|LOC",
   "PEPFAR|MISC", "Geneva|LOC", "Bill & Melinda Gates Foundation|ORG")),
# wW061
("2002-06-15",
 """PRAGUE, June 15 (Reuters) - The Social Democrats of Vladimir Spidla won the most seats in the Czech general election on Saturday, ahead of Vaclav Klaus's Civic Democratic Party and the Communist Party of Bohemia and Moravia, the Czech Statistical Office said.""",
 E("PRAGUE|LOC", "Reuters|ORG", "Social Democrats|ORG", "Vladimir Spidla|PER", "Czech|MISC", "Vaclav Klaus|PER",
   "Civic Democratic Party|ORG", "Communist Party of Bohemia and Moravia|ORG", "Czech Statistical Office|ORG")),
# wW062
("2005-02-10",
 """RIYADH, Feb 10 (Reuters) - Saudi men voted in the kingdom's first municipal elections on Thursday, choosing half the members of the Riyadh council, the Ministry of Municipal and Rural Affairs said. Women were barred from voting, and Prince Mansour bin Mitab, who heads the election committee, said candidates backed by Islamist clerics were expected to do well.""",
 E("RIYADH|LOC", "Reuters|ORG", "Saudi|MISC", "Riyadh|LOC", "Ministry of Municipal and Rural Affairs|ORG", "Mansour bin Mitab|PER",
   "Islamist|MISC")),
# wW063
("2008-03-09",
 """ABIDJAN, March 9 (AFP) - The Marche des Arts du Spectacle Africain opened in Abidjan on Sunday for the first time since the civil war, with troupes from Burkina Faso, Mali and Cameroon, Ivory Coast's Ministry of Culture said. Reggae star Alpha Blondy, who sang at the opening in the Palais de la Culture, called for calm before the elections.""",
 E("ABIDJAN|LOC", "AFP|ORG", "Marche des Arts du Spectacle Africain|MISC", "Abidjan|LOC", "Burkina Faso|LOC", "Mali|LOC",
   "Cameroon|LOC", "Ivory Coast|LOC", "Ministry of Culture|ORG", "Alpha Blondy|PER", "Palais de la Culture|LOC")),
# wW064
("1998-10-08",
 """LISBON, Oct 8 (Reuters) - Portuguese novelist Jose Saramago, author of Blindness and The Gospel According to Jesus Christ, won the Nobel Prize in Literature on Thursday, the first writer in Portuguese to do so. Saramago, a member of the Portuguese Communist Party, heard the news at Frankfurt airport on his way home from the Frankfurt Book Fair.""",
 E("LISBON|LOC", "Reuters|ORG", "Portuguese|MISC", "Jose Saramago|PER", "Blindness|MISC", "The Gospel According to Jesus Christ|MISC",
   "Nobel Prize in Literature|MISC", "Portuguese|MISC", "Saramago|PER", "Portuguese Communist Party|ORG", "Frankfurt|LOC",
   "Frankfurt Book Fair|MISC")),
# wW065
("2008-11-02",
 """HANOI, Nov 2 (Reuters) - The heaviest rain in 35 years flooded the streets of Hanoi on Sunday, stranding residents of Hoang Mai district and cutting power to the Bach Mai area, the National Centre for Hydro-Meteorological Forecasting said. Prime Minister Nguyen Tan Dung ordered Vietnamese troops to pump water from the city's lakes.""",
 E("HANOI|LOC", "Reuters|ORG", "Hanoi|LOC", "Hoang Mai|LOC", "Bach Mai|LOC", "National Centre for Hydro-Meteorological Forecasting|ORG",
   "Nguyen Tan Dung|PER", "Vietnamese|MISC")),
# wW066
("1998-12-01",
 """MONTREAL, Dec 1 (Reuters) - Premier Lucien Bouchard's Parti Quebecois won a second term in Quebec on Monday, beating Jean Charest's Liberals, but fell short of the share of the vote Bouchard wanted before another referendum on sovereignty. Mario Dumont of the Action democratique du Quebec held his seat.""",
 E("MONTREAL|LOC", "Reuters|ORG", "Lucien Bouchard|PER", "Parti Quebecois|ORG", "Quebec|LOC", "Jean Charest|PER", "Liberals|ORG",
   "Bouchard|PER", "Mario Dumont|PER", "Action democratique du Quebec|ORG")),
# wW067
("2011-08-27",
 """EDINBURGH, Aug 27 (Reuters) - Adam Riches won the Foster's Edinburgh Comedy Award on Saturday for a show in which he drags members of the audience onto the stage, the organisers of the Edinburgh Festival Fringe said. The best newcomer prize went to Humphrey Ker, an Old Etonian who was born in Hong Kong.""",
 E("EDINBURGH|LOC", "Reuters|ORG", "Adam Riches|PER", "Foster's Edinburgh Comedy Award|MISC", "Edinburgh Festival Fringe|MISC",
   "Humphrey Ker|PER", "Old Etonian|MISC", "Hong Kong|LOC")),
# wW068
("2006-01-10",
 """SEOUL, Jan 10 (Reuters) - A Seoul National University panel said on Tuesday that Hwang Woo-suk had faked all his claims to have made stem cells from cloned human embryos, in papers published in the journal Science in 2004 and 2005. Hwang, once hailed as a national hero, apologised but said the technology was still Korean.""",
 E("SEOUL|LOC", "Reuters|ORG", "Seoul National University|ORG", "Hwang Woo-suk|PER", "Science|ORG", "Hwang|PER", "Korean|MISC")),
# wW069
("2003-07-24",
 """SAN SALVADOR, July 24 (Reuters) - Police in El Salvador arrested 120 suspected members of the Mara Salvatrucha and Barrio 18 gangs on Thursday under President Francisco Flores's Mano Dura plan, the National Civil Police said. Human rights groups, among them the Catholic Church's Tutela Legal, said the sweeps broke the constitution.""",
 E("SAN SALVADOR|LOC", "Reuters|ORG", "El Salvador|LOC", "Mara Salvatrucha|ORG", "Barrio 18|ORG", "Francisco Flores|PER",
   "Mano Dura|MISC", "National Civil Police|ORG", "Catholic Church|ORG", "Tutela Legal|ORG")),
# wW070
("2011-11-16",
 """CANBERRA, Nov 16 (Reuters) - U.S. President Barack Obama and Prime Minister Julia Gillard said on Wednesday that up to 2,500 Marines would rotate through a base near Darwin in the Northern Territory. China's Foreign Ministry said the plan might not be "quite appropriate." """.strip(),
 E("CANBERRA|LOC", "Reuters|ORG", "U.S.|LOC", "Barack Obama|PER", "Julia Gillard|PER", "Marines|ORG", "Darwin|LOC",
   "Northern Territory|LOC", "China|LOC", "Foreign Ministry|ORG")),
# wW071
("2006-12-14",
 """ABUJA, Dec 14 (Reuters) - The Organization of the Petroleum Exporting Countries admitted Angola as its 12th member on Thursday at a meeting in Abuja, and agreed to cut output by 500,000 barrels a day from February. Angolan Oil Minister Desiderio da Costa said the state oil firm Sonangol would respect its quota.""",
 E("ABUJA|LOC", "Reuters|ORG", "Organization of the Petroleum Exporting Countries|ORG", "Angola|LOC", "Abuja|LOC", "Angolan|MISC",
   "Desiderio da Costa|PER", "Sonangol|ORG")),
# wW072
("2004-07-31",
 """KANO, Nigeria, July 31 (Reuters) - Health workers resumed polio vaccinations in Kano state on Saturday after an 11-month boycott, Governor Ibrahim Shekarau said, after vaccine made by Indonesia's PT Bio Farma was declared safe by Muslim clerics. The World Health Organization and UNICEF said the virus had spread from northern Nigeria to ten other African countries.""",
 E("KANO|LOC", "Nigeria|LOC", "Reuters|ORG", "Kano|LOC", "Ibrahim Shekarau|PER", "Indonesia|LOC", "PT Bio Farma|ORG", "Muslim|MISC",
   "World Health Organization|ORG", "UNICEF|ORG", "Nigeria|LOC", "African|MISC")),
# wW073
("2009-05-14",
 """KOUROU, French Guiana, May 14 (AFP) - An Ariane 5 rocket carried the Herschel and Planck space telescopes into orbit from the Guiana Space Centre on Thursday, the European Space Agency said. Herschel, named after the astronomer William Herschel, will study how stars are born.""",
 E("KOUROU|LOC", "French Guiana|LOC", "AFP|ORG", "Ariane 5|MISC", "Herschel|MISC", "Planck|MISC", "Guiana Space Centre|LOC",
   "European Space Agency|ORG", "Herschel|MISC", "William Herschel|PER")),
# wW074
("2006-03-21",
 """VIENTIANE, March 21 (AFP) - The Lao People's Revolutionary Party named Choummaly Sayasone as its secretary-general on Tuesday, replacing Khamtay Siphandone at the close of its eighth congress, the state news agency KPL said. Diplomats said Vietnam's Communist Party had sent a large delegation.""",
 E("VIENTIANE|LOC", "AFP|ORG", "Lao People's Revolutionary Party|ORG", "Choummaly Sayasone|PER", "Khamtay Siphandone|PER", "KPL|ORG",
   "Vietnam|LOC", "Communist Party|ORG")),
# wW075
("2012-02-27",
 """TEHRAN, Feb 27 (Reuters) - Iranians celebrated on Monday after Asghar Farhadi's A Separation won the Academy Award for best foreign language film, the first Oscar for an Iranian film. The state broadcaster Islamic Republic of Iran Broadcasting hailed the win over Footnote, a film from Israel.""",
 E("TEHRAN|LOC", "Reuters|ORG", "Iranians|MISC", "Asghar Farhadi|PER", "A Separation|MISC", "Academy Award|MISC", "Oscar|MISC",
   "Iranian|MISC", "Islamic Republic of Iran Broadcasting|ORG", "Footnote|MISC", "Israel|LOC")),
# wW076
("2003-03-16",
 """VADUZ, March 16 (Reuters) - Voters in Liechtenstein backed Prince Hans-Adam II's plan to widen his powers on Sunday, after he had threatened to move to Vienna if they said no. The Council of Europe's Venice Commission had warned that the new constitution could leave the principality isolated in Europe.""",
 E("VADUZ|LOC", "Reuters|ORG", "Liechtenstein|LOC", "Hans-Adam II|PER", "Vienna|LOC", "Council of Europe|ORG", "Venice Commission|ORG",
   "Europe|LOC")),
# wW077
("2009-01-29",
 """LOUISVILLE, Kentucky, Jan 29 (AP) - Governor Steve Beshear called out the entire Kentucky National Guard on Thursday as an ice storm left 600,000 homes without power, the worst outage in the state's history. The Federal Emergency Management Agency sent generators to Paducah and Bowling Green.""",
 E("LOUISVILLE|LOC", "Kentucky|LOC", "AP|ORG", "Steve Beshear|PER", "Kentucky National Guard|ORG", "Federal Emergency Management Agency|ORG",
   "Paducah|LOC", "Bowling Green|LOC")),
# wW078
("2010-05-25",
 """PORT OF SPAIN, May 25 (Reuters) - Kamla Persad-Bissessar led the People's Partnership coalition to victory in Trinidad and Tobago's election on Monday, ousting Prime Minister Patrick Manning of the People's National Movement, and will become the country's first woman prime minister.""",
 E("PORT OF SPAIN|LOC", "Reuters|ORG", "Kamla Persad-Bissessar|PER", "People's Partnership|ORG", "Trinidad and Tobago|LOC",
   "Patrick Manning|PER", "People's National Movement|ORG")),
# wW079
("2009-10-01",
 """WASHINGTON, Oct 1 (Reuters) - Scientists on Thursday unveiled the skeleton of a 4.4 million-year-old human ancestor found near the Awash River in Ethiopia's Afar region, describing it in 11 papers in the journal Science. Tim White of the University of California, Berkeley, and the Ethiopian researcher Berhane Asfaw said it was a million years older than any such skeleton known.""",
 E("WASHINGTON|LOC", "Reuters|ORG", "Awash River|LOC", "Ethiopia|LOC", "Afar|LOC", "Science|ORG", "Tim White|PER",
   "University of California, Berkeley|ORG", "Ethiopian|MISC", "Berhane Asfaw|PER")),
# wW080
("2012-08-24",
 """SAN JOSE, California, Aug 24 (Reuters) - A U.S. jury found on Friday that Samsung Electronics Co had copied features of Apple Inc's iPhone and iPad and ordered it to pay $1.05 billion. Samsung said the verdict was a loss for American consumers and that it would appeal; its Galaxy S II phone and Galaxy Tab were among the devices named.""",
 E("SAN JOSE|LOC", "California|LOC", "Reuters|ORG", "U.S.|LOC", "Samsung Electronics Co|ORG", "Apple Inc|ORG", "iPhone|MISC", "iPad|MISC",
   "Samsung|ORG", "American|MISC", "Galaxy S II|MISC", "Galaxy Tab|MISC")),
# wW081
("1996-11-06",
 """MUSCAT, Nov 6 (Reuters) - Sultan Qaboos bin Said issued Oman's first written constitution on Wednesday, a Basic Statute of the State that fixes the rules of succession and sets up a two-chamber Council of Oman, the Oman News Agency said.""",
 E("MUSCAT|LOC", "Reuters|ORG", "Qaboos bin Said|PER", "Oman|LOC", "Basic Statute of the State|MISC", "Council of Oman|ORG",
   "Oman News Agency|ORG")),
# wW082
("2009-03-04",
 """BILLUND, Denmark, March 4 (Reuters) - Toy maker Lego A/S said on Wednesday its profit rose 32 percent last year, helped by its Star Wars and Indiana Jones sets. Chief executive Jorgen Vig Knudstorp said the company would add jobs at its plants in Nyiregyhaza in Hungary and Monterrey in Mexico.""",
 E("BILLUND|LOC", "Denmark|LOC", "Reuters|ORG", "Lego A/S|ORG", "Star Wars|MISC", "Indiana Jones|MISC", "Jorgen Vig Knudstorp|PER",
   "Nyiregyhaza|LOC", "Hungary|LOC", "Monterrey|LOC", "Mexico|LOC")),
# wW083
("2008-03-10",
 """ABU DHABI, March 10 (Reuters) - Egyptian novelist Bahaa Taher won the first International Prize for Arabic Fiction on Monday for Sunset Oasis, a novel about a police officer sent to a desert oasis in the 1890s. The prize is run with the Booker Prize Foundation in London and funded by the Emirates Foundation.""",
 E("ABU DHABI|LOC", "Reuters|ORG", "Egyptian|MISC", "Bahaa Taher|PER", "International Prize for Arabic Fiction|MISC", "Sunset Oasis|MISC",
   "Booker Prize Foundation|ORG", "London|LOC", "Emirates Foundation|ORG")),
# wW084
("2000-07-11",
 """LOME, July 11 (AFP) - Leaders at the Organisation of African Unity summit in Lome adopted the Constitutive Act of the African Union on Tuesday, a plan pushed by Libyan leader Muammar Gaddafi. Togo's President Gnassingbe Eyadema, the host, called it a historic day for Africa.""",
 E("LOME|LOC", "AFP|ORG", "Organisation of African Unity|ORG", "Lome|LOC", "Constitutive Act of the African Union|MISC", "Libyan|MISC",
   "Muammar Gaddafi|PER", "Togo|LOC", "Gnassingbe Eyadema|PER", "Africa|LOC")),
# wW085
("2003-05-14",
 """SANTO DOMINGO, May 14 (Reuters) - The Central Bank of the Dominican Republic took over Banco Intercontinental on Wednesday after uncovering a $2.2 billion fraud, and prosecutors ordered the arrest of its president, Ramon Baez Figueroa. President Hipolito Mejia said savers at Baninter would get their money back.""",
 E("SANTO DOMINGO|LOC", "Reuters|ORG", "Central Bank of the Dominican Republic|ORG", "Banco Intercontinental|ORG", "Ramon Baez Figueroa|PER",
   "Hipolito Mejia|PER", "Baninter|ORG")),
# wW086
("2012-10-11",
 """BEIJING, Oct 11 (Reuters) - Mo Yan, author of Red Sorghum and Big Breasts and Wide Hips, on Thursday became the first Chinese citizen to win the Nobel Prize in Literature. The state news agency Xinhua hailed the award, but the artist Ai Weiwei said Mo was too close to the Communist Party of China.""",
 E("BEIJING|LOC", "Reuters|ORG", "Mo Yan|PER", "Red Sorghum|MISC", "Big Breasts and Wide Hips|MISC", "Chinese|MISC",
   "Nobel Prize in Literature|MISC", "Xinhua|ORG", "Ai Weiwei|PER", "Mo|PER", "Communist Party of China|ORG")),
# wW087
("2011-11-08",
 """TOKYO, Nov 8 (Reuters) - Olympus Corp admitted on Tuesday it had hidden investment losses for decades, vindicating its sacked British chief executive Michael Woodford, and its shares fell 29 percent on the Tokyo Stock Exchange. President Shuichi Takayama blamed former chairman Tsuyoshi Kikukawa.""",
 E("TOKYO|LOC", "Reuters|ORG", "Olympus Corp|ORG", "British|MISC", "Michael Woodford|PER", "Tokyo Stock Exchange|ORG",
   "Shuichi Takayama|PER", "Tsuyoshi Kikukawa|PER")),
# wW088
("2006-07-12",
 """PORT VILA, July 12 (AFP) - Vanuatu came top of a Happy Planet Index published on Wednesday by the New Economics Foundation, a London think-tank that ranked 178 nations by life expectancy, well-being and their use of resources. Prime Minister Ham Lini said islanders were happy because they grew their own food.""",
 E("PORT VILA|LOC", "AFP|ORG", "Vanuatu|LOC", "Happy Planet Index|MISC", "New Economics Foundation|ORG", "London|LOC", "Ham Lini|PER")),
# wW089
("2005-01-10",
 """ROME, Jan 10 (Reuters) - A ban on smoking in Italy's bars, restaurants and offices came into force on Monday, and the health squad of the Carabinieri, the NAS, began inspections in Rome and Naples. Health Minister Girolamo Sirchia said the law would save thousands of lives, while the consumer group Codacons set up a hotline for complaints.""",
 E("ROME|LOC", "Reuters|ORG", "Italy|LOC", "Carabinieri|ORG", "NAS|ORG", "Rome|LOC", "Naples|LOC", "Girolamo Sirchia|PER", "Codacons|ORG")),
# wW090
("2009-06-29",
 """SHARM EL-SHEIKH, Egypt, June 29 (Reuters) - Members of the International Renewable Energy Agency chose Abu Dhabi as its headquarters on Monday, over bids from Bonn and Vienna, and named Helene Pelosse of France as its first director-general. The agency will be based in Masdar City, a carbon-neutral town being built by the Abu Dhabi Future Energy Company.""",
 E("SHARM EL-SHEIKH|LOC", "Egypt|LOC", "Reuters|ORG", "International Renewable Energy Agency|ORG", "Abu Dhabi|LOC", "Bonn|LOC",
   "Vienna|LOC", "Helene Pelosse|PER", "France|LOC", "Masdar City|LOC", "Abu Dhabi Future Energy Company|ORG")),
# wW091
("2008-05-28",
 """KATHMANDU, May 28 (Reuters) - Nepal's Constituent Assembly voted on Wednesday to abolish the 239-year-old monarchy and declare a republic, giving King Gyanendra 15 days to leave the royal palace. Maoist leader Pushpa Kamal Dahal, known as Prachanda, told crowds in Kathmandu that a new era had begun.""",
 E("KATHMANDU|LOC", "Reuters|ORG", "Nepal|LOC", "Constituent Assembly|ORG", "Gyanendra|PER", "Maoist|ORG", "Pushpa Kamal Dahal|PER",
   "Prachanda|PER", "Kathmandu|LOC")),
# wW092
("2003-03-09",
 """VALLETTA, March 9 (Reuters) - Maltese voters backed membership of the European Union by 53.6 percent in Saturday's referendum, Prime Minister Eddie Fenech Adami said on Sunday, although Labour leader Alfred Sant told his supporters the result was a defeat for the yes camp.""",
 E("VALLETTA|LOC", "Reuters|ORG", "Maltese|MISC", "European Union|ORG", "Eddie Fenech Adami|PER", "Labour|ORG", "Alfred Sant|PER")),
# wW093
("2004-03-08",
 """ANTANANARIVO, March 8 (AFP) - Cyclone Gafilo smashed into north-eastern Madagascar with winds of 250 km/h on Sunday, flattening homes in Antalaha and Maroantsetra, the National Office for Disaster Management said. The World Food Programme said vanilla farms in the Sava region had been ruined.""",
 E("ANTANANARIVO|LOC", "AFP|ORG", "Cyclone Gafilo|MISC", "Madagascar|LOC", "Antalaha|LOC", "Maroantsetra|LOC",
   "National Office for Disaster Management|ORG", "World Food Programme|ORG", "Sava|LOC")),
# wW094
("2012-05-15",
 """BOGOTA, May 15 (Reuters) - A free trade agreement between Colombia and the United States came into force on Tuesday, six years after it was signed, and President Juan Manuel Santos said flower growers in Cundinamarca and coffee farmers would gain most. The AFL-CIO had fought the deal over attacks on Colombian trade unionists.""",
 E("BOGOTA|LOC", "Reuters|ORG", "Colombia|LOC", "United States|LOC", "Juan Manuel Santos|PER", "Cundinamarca|LOC", "AFL-CIO|ORG",
   "Colombian|MISC")),
# wW095
("2002-12-07",
 """AMSTERDAM, Dec 7 (Reuters) - Thieves climbed onto the roof of the Van Gogh Museum in Amsterdam overnight and stole two early paintings, View of the Sea at Scheveningen and Congregation Leaving the Reformed Church in Nuenen, police said on Saturday. Museum director John Leighton said the works were too famous to sell.""",
 E("AMSTERDAM|LOC", "Reuters|ORG", "Van Gogh Museum|ORG", "Amsterdam|LOC", "View of the Sea at Scheveningen|MISC",
   "Congregation Leaving the Reformed Church in Nuenen|MISC", "John Leighton|PER")),
# wW096
("1999-04-10",
 """KUALA LUMPUR, April 10 (Reuters) - Malaysian soldiers culled pigs on farms around Bukit Pelanduk in Negeri Sembilan on Saturday, as scientists at the University of Malaya said the encephalitis outbreak was caused by a new virus. They named it after the village of Sungai Nipah, where the first patient lived.""",
 E("KUALA LUMPUR|LOC", "Reuters|ORG", "Malaysian|MISC", "Bukit Pelanduk|LOC", "Negeri Sembilan|LOC", "University of Malaya|ORG",
   "Sungai Nipah|LOC")),
# wW097
("2006-10-22",
 """PANAMA CITY, Oct 22 (Reuters) - Panamanians voted by a wide margin on Sunday to approve a $5.25 billion plan to widen the Panama Canal with a third set of locks, the Electoral Tribunal said. President Martin Torrijos, whose father Omar Torrijos signed the canal treaties with Jimmy Carter, said the Panama Canal Authority would start work next year.""",
 E("PANAMA CITY|LOC", "Reuters|ORG", "Panamanians|MISC", "Panama Canal|LOC", "Electoral Tribunal|ORG", "Martin Torrijos|PER",
   "Omar Torrijos|PER", "Jimmy Carter|PER", "Panama Canal Authority|ORG")),
# wW098
("2011-10-18",
 """NAIROBI, Oct 18 (Reuters) - A malaria vaccine made by GlaxoSmithKline halved the risk of the disease in African children in a trial at 11 sites in Kenya, Tanzania, Burkina Faso and four other countries, according to results published on Tuesday in the New England Journal of Medicine. The trial was paid for by the PATH Malaria Vaccine Initiative.""",
 E("NAIROBI|LOC", "Reuters|ORG", "GlaxoSmithKline|ORG", "African|MISC", "Kenya|LOC", "Tanzania|LOC", "Burkina Faso|LOC",
   "New England Journal of Medicine|ORG", "PATH Malaria Vaccine Initiative|ORG")),
# wW099
("2010-06-13",
 """WOOMERA, Australia, June 13 (Reuters) - The Hayabusa probe of the Japan Aerospace Exploration Agency returned to Earth on Sunday, dropping a capsule that may hold dust from the asteroid Itokawa into the desert of South Australia. Project manager Junichiro Kawaguchi said the seven-year voyage had nearly failed twice.""",
 E("WOOMERA|LOC", "Australia|LOC", "Reuters|ORG", "Hayabusa|MISC", "Japan Aerospace Exploration Agency|ORG", "Earth|LOC", "Itokawa|LOC",
   "South Australia|LOC", "Junichiro Kawaguchi|PER")),
# wW100
("2005-08-19",
 """BUJUMBURA, Aug 19 (Reuters) - Burundi's lawmakers elected Pierre Nkurunziza, a former Hutu rebel leader of the National Council for the Defence of Democracy-Forces for the Defence of Democracy, as president on Friday, ending a transition overseen by the African Union and South African mediators.""",
 E("BUJUMBURA|LOC", "Reuters|ORG", "Burundi|LOC", "Pierre Nkurunziza|PER", "Hutu|MISC",
   "National Council for the Defence of Democracy-Forces for the Defence of Democracy|ORG", "African Union|ORG", "South African|MISC")),
# wW101
("1998-02-12",
 """BIEL, Switzerland, Feb 12 (Reuters) - Swatch Group said on Thursday its 1997 profit rose 18 percent on strong sales of Omega and Longines watches in Asia. Chairman Nicolas Hayek said the Smart car he designed with Daimler-Benz would go on sale in October.""",
 E("BIEL|LOC", "Switzerland|LOC", "Reuters|ORG", "Swatch Group|ORG", "Omega|MISC", "Longines|MISC", "Asia|LOC", "Nicolas Hayek|PER",
   "Smart|MISC", "Daimler-Benz|ORG")),
# wW102
("2008-09-13",
 """TORONTO, Sept 13 (Reuters) - Slumdog Millionaire, Danny Boyle's film about a young man from the slums of Mumbai who wins a television quiz show, won the People's Choice Award at the Toronto International Film Festival on Saturday. The film is based on Q & A, a novel by the diplomat Vikas Swarup.""",
 E("TORONTO|LOC", "Reuters|ORG", "Slumdog Millionaire|MISC", "Danny Boyle|PER", "Mumbai|LOC", "People's Choice Award|MISC",
   "Toronto International Film Festival|MISC", "Q & A|MISC", "Vikas Swarup|PER")),
# wW103
("2011-04-02",
 """GUBA, Ethiopia, April 2 (Reuters) - Prime Minister Meles Zenawi laid the foundation stone on Saturday for a $4.8 billion dam on the Blue Nile near the Sudanese border, which he called the Grand Millennium Dam. Egypt's Ministry of Water Resources and Irrigation said it had not been consulted, and the Italian builder Salini Costruttori said work had begun.""",
 E("GUBA|LOC", "Ethiopia|LOC", "Reuters|ORG", "Meles Zenawi|PER", "Blue Nile|LOC", "Sudanese|MISC", "Grand Millennium Dam|LOC", "Egypt|LOC",
   "Ministry of Water Resources and Irrigation|ORG", "Italian|MISC", "Salini Costruttori|ORG")),
# wW104
("2010-10-24",
 """MANAMA, Oct 24 (Reuters) - The Shi'ite opposition group Al Wefaq won 18 of the 40 seats in Bahrain's lower house in Saturday's election, the electoral commission said on Sunday, one more than in 2006. Its leader, Sheikh Ali Salman, said Sunni candidates favoured by the government had been helped by redrawn districts.""",
 E("MANAMA|LOC", "Reuters|ORG", "Shi'ite|MISC", "Al Wefaq|ORG", "Bahrain|LOC", "Ali Salman|PER", "Sunni|MISC")),
# wW105
("2011-10-03",
 """SANTIAGO, Oct 3 (Reuters) - The Atacama Large Millimeter/submillimeter Array, a radio telescope built by the European Southern Observatory and partners from North America and East Asia on the Chajnantor plateau, released its first image on Monday, of the colliding Antennae Galaxies.""",
 E("SANTIAGO|LOC", "Reuters|ORG", "Atacama Large Millimeter/submillimeter Array|LOC", "European Southern Observatory|ORG",
   "North America|LOC", "East Asia|LOC", "Chajnantor|LOC", "Antennae Galaxies|LOC")),
# wW106
("2009-05-20",
 """DUBLIN, May 20 (Reuters) - The Commission to Inquire into Child Abuse found on Wednesday that children in Irish industrial schools run by the Christian Brothers and the Sisters of Mercy had been beaten and starved for decades. Taoiseach Brian Cowen said the report told of "a dark chapter" in the history of the state.""",
 E("DUBLIN|LOC", "Reuters|ORG", "Commission to Inquire into Child Abuse|ORG", "Irish|MISC", "Christian Brothers|ORG", "Sisters of Mercy|ORG",
   "Brian Cowen|PER")),
# wW107
("2012-05-25",
 """CAPE CANAVERAL, Florida, May 25 (Reuters) - The Dragon capsule of Space Exploration Technologies was grabbed by the robotic arm of the International Space Station on Friday, the first private craft to reach the outpost. Astronaut Don Pettit worked the arm with his Dutch crewmate Andre Kuipers of the European Space Agency.""",
 E("CAPE CANAVERAL|LOC", "Florida|LOC", "Reuters|ORG", "Dragon|MISC", "Space Exploration Technologies|ORG", "International Space Station|LOC",
   "Don Pettit|PER", "Dutch|MISC", "Andre Kuipers|PER", "European Space Agency|ORG")),
# wW108
("2012-10-09",
 """KAMPALA, Oct 9 (AFP) - Uganda marked 50 years of independence from Britain on Tuesday with a parade at the Kololo Independence Grounds, attended by President Yoweri Museveni and Kenya's Mwai Kibaki. The Kabaka of Buganda, Ronald Muwenda Mutebi, stayed away.""",
 E("KAMPALA|LOC", "AFP|ORG", "Uganda|LOC", "Britain|LOC", "Kololo Independence Grounds|LOC", "Yoweri Museveni|PER", "Kenya|LOC",
   "Mwai Kibaki|PER", "Buganda|LOC", "Ronald Muwenda Mutebi|PER")),
# wW109
("2010-10-04",
 """STOCKHOLM, Oct 4 (Reuters) - British scientist Robert Edwards, whose work led to the birth of Louise Brown, the first baby conceived in a test tube, won the Nobel Prize in Physiology or Medicine on Monday, the Karolinska Institute said. Edwards, 85, opened a fertility clinic at Bourn Hall near Cambridge with the late Patrick Steptoe.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "British|MISC", "Robert Edwards|PER", "Louise Brown|PER", "Nobel Prize in Physiology or Medicine|MISC",
   "Karolinska Institute|ORG", "Edwards|PER", "Bourn Hall|LOC", "Cambridge|LOC", "Patrick Steptoe|PER")),
# wW110
("2008-02-27",
 """SINGAPORE, Feb 27 (Reuters) - Mas Selamat Kastari, the alleged Singapore leader of the militant group Jemaah Islamiah, escaped from the Whitley Road Detention Centre on Wednesday, the Ministry of Home Affairs said. Police put up his photograph at checkpoints on the Causeway to Johor.""",
 E("SINGAPORE|LOC", "Reuters|ORG", "Mas Selamat Kastari|PER", "Singapore|LOC", "Jemaah Islamiah|ORG", "Whitley Road Detention Centre|LOC",
   "Ministry of Home Affairs|ORG", "Causeway|LOC", "Johor|LOC")),
# wW111
("1999-06-04",
 """TORONTO, June 4 (Reuters) - Ontario Premier Mike Harris won a second majority on Thursday, as his Progressive Conservatives held seats in the suburbs around Toronto, beating Dalton McGuinty's Liberals and the New Democrats of Howard Hampton.""",
 E("TORONTO|LOC", "Reuters|ORG", "Ontario|LOC", "Mike Harris|PER", "Progressive Conservatives|ORG", "Toronto|LOC", "Dalton McGuinty|PER",
   "Liberals|ORG", "New Democrats|ORG", "Howard Hampton|PER")),
# wW112
("1998-05-05",
 """NOUMEA, May 5 (AFP) - France and the leaders of New Caledonia signed the Noumea Accord on Tuesday, promising a vote on independence within 20 years. Prime Minister Lionel Jospin flew in for the signing with Jacques Lafleur of the Rally for Caledonia in the Republic and Roch Wamytan of the Kanak and Socialist National Liberation Front.""",
 E("NOUMEA|LOC", "AFP|ORG", "France|LOC", "New Caledonia|LOC", "Noumea Accord|MISC", "Lionel Jospin|PER", "Jacques Lafleur|PER",
   "Rally for Caledonia in the Republic|ORG", "Roch Wamytan|PER", "Kanak and Socialist National Liberation Front|ORG")),
# wW113
("2009-04-23",
 """BEIRUT, April 23 (AFP) - Beirut began its year as World Book Capital on Thursday, a title awarded by UNESCO, with readings at the Ministry of Culture and a book fair in the Hamra district. Lebanese novelist Elias Khoury, author of Gate of the Sun, said the city's publishers still supplied readers across the Arab world.""",
 E("BEIRUT|LOC", "AFP|ORG", "Beirut|LOC", "World Book Capital|MISC", "UNESCO|ORG", "Ministry of Culture|ORG", "Hamra|LOC", "Lebanese|MISC",
   "Elias Khoury|PER", "Gate of the Sun|MISC", "Arab|MISC")),
# wW114
("2008-12-01",
 """VENICE, Dec 1 (Reuters) - The highest tide in 22 years flooded more than 90 percent of Venice on Monday, leaving St Mark's Square under a metre of water, the city's tide office said. Mayor Massimo Cacciari said the MOSE flood barrier, still being built at the mouths of the lagoon, would not have helped.""",
 E("VENICE|LOC", "Reuters|ORG", "Venice|LOC", "St Mark's Square|LOC", "Massimo Cacciari|PER", "MOSE|MISC")),
# wW115
("2008-10-15",
 """GUANGZHOU, Oct 15 (Reuters) - Exporters at the China Import and Export Fair in Guangzhou reported fewer buyers from the United States and Europe on Wednesday, as the credit crisis hit demand for toys and shoes, the Ministry of Commerce said. Toy makers in Dongguan, among them the Hong Kong-owned Smart Union Group, have shut factories.""",
 E("GUANGZHOU|LOC", "Reuters|ORG", "China Import and Export Fair|MISC", "Guangzhou|LOC", "United States|LOC", "Europe|LOC",
   "Ministry of Commerce|ORG", "Dongguan|LOC", "Hong Kong|LOC", "Smart Union Group|ORG")),
# wW116
("2007-05-30",
 """ARACATACA, Colombia, May 30 (AP) - Gabriel Garcia Marquez returned to his birthplace on Wednesday for the first time in 24 years, riding a yellow train into the town that inspired Macondo in One Hundred Years of Solitude. The Nobel laureate was greeted by Governor Trino Luna of Magdalena.""",
 E("ARACATACA|LOC", "Colombia|LOC", "AP|ORG", "Gabriel Garcia Marquez|PER", "Macondo|LOC", "One Hundred Years of Solitude|MISC",
   "Nobel|MISC", "Trino Luna|PER", "Magdalena|LOC")),
# wW117
("2002-03-03",
 """BERNE, March 3 (Reuters) - Swiss voters approved joining the United Nations by 54.6 percent in a referendum on Sunday, ending decades of standing aside. Foreign Minister Joseph Deiss said Switzerland would remain neutral, while Christoph Blocher of the Swiss People's Party said the country had given up part of its freedom.""",
 E("BERNE|LOC", "Reuters|ORG", "Swiss|MISC", "United Nations|ORG", "Joseph Deiss|PER", "Switzerland|LOC", "Christoph Blocher|PER",
   "Swiss People's Party|ORG")),
# wW118
("2007-02-20",
 """BANJUL, Feb 20 (Reuters) - Gambian President Yahya Jammeh said on Tuesday he could cure AIDS with herbs on Mondays and Thursdays, and the state broadcaster GRTS showed patients drinking his potions at State House. UNAIDS and the World Health Organization urged patients to keep taking their drugs.""",
 E("BANJUL|LOC", "Reuters|ORG", "Gambian|MISC", "Yahya Jammeh|PER", "GRTS|ORG", "State House|LOC", "UNAIDS|ORG", "World Health Organization|ORG")),
# wW119
("2008-05-07",
 """TOKYO, May 7 (Reuters) - Chinese President Hu Jintao and Japanese Prime Minister Yasuo Fukuda signed a statement on Wednesday pledging a "mutually beneficial strategic relationship", on the first visit to Japan by a Chinese head of state in a decade. Hu, who met Emperor Akihito at the Imperial Palace, said the two sides would work together on gas fields in the East China Sea.""",
 E("TOKYO|LOC", "Reuters|ORG", "Chinese|MISC", "Hu Jintao|PER", "Japanese|MISC", "Yasuo Fukuda|PER", "Japan|LOC", "Chinese|MISC", "Hu|PER",
   "Akihito|PER", "Imperial Palace|LOC", "East China Sea|LOC")),
# wW120
("1996-09-18",
 """EDINBURGH, Sept 18 (Reuters) - The Scotch Whisky Association said on Wednesday exports rose 4 percent in the first half, led by sales of Johnnie Walker and J&B in Spain and Taiwan. Chief executive Hugh Morison warned that Japanese duties still favoured local spirits.""",
 E("EDINBURGH|LOC", "Reuters|ORG", "Scotch Whisky Association|ORG", "Johnnie Walker|MISC", "J&B|MISC", "Spain|LOC", "Taiwan|LOC",
   "Hugh Morison|PER", "Japanese|MISC")),
# wW121
("2004-01-22",
 """ATHENS, Jan 22 (Reuters) - Greece's Central Archaeological Council halted work on the New Acropolis Museum on Thursday after ruins of an early Christian settlement were found on the site in the Makriyianni district. Culture Minister Evangelos Venizelos said the museum would not open before the summer.""",
 E("ATHENS|LOC", "Reuters|ORG", "Greece|LOC", "Central Archaeological Council|ORG", "New Acropolis Museum|ORG", "Christian|MISC",
   "Makriyianni|LOC", "Evangelos Venizelos|PER")),
# wW122
("2010-08-31",
 """GDANSK, Aug 31 (Reuters) - Lech Walesa stayed away from ceremonies at the Gdansk Shipyard on Tuesday marking 30 years since the August Agreements that gave birth to Solidarity, saying the union had grown too close to Jaroslaw Kaczynski's Law and Justice party. President Bronislaw Komorowski and European Commission President Jose Manuel Barroso attended.""",
 E("GDANSK|LOC", "Reuters|ORG", "Lech Walesa|PER", "Gdansk Shipyard|LOC", "August Agreements|MISC", "Solidarity|ORG", "Jaroslaw Kaczynski|PER",
   "Law and Justice|ORG", "Bronislaw Komorowski|PER", "European Commission|ORG", "Jose Manuel Barroso|PER")),
# wW123
("2004-06-15",
 """PAPEETE, June 15 (AFP) - Pro-independence leader Oscar Temaru was elected president of French Polynesia by its assembly on Tuesday, ending 20 years in power for Gaston Flosse, an ally of French President Jacques Chirac. Temaru's Union for Democracy coalition won a narrow majority in last month's vote.""",
 E("PAPEETE|LOC", "AFP|ORG", "Oscar Temaru|PER", "French Polynesia|LOC", "Gaston Flosse|PER", "French|MISC", "Jacques Chirac|PER",
   "Temaru|PER", "Union for Democracy|ORG")),
# wW124
("1997-02-25",
 """GABORONE, Feb 25 (Reuters) - Debswana Diamond Co, owned equally by the government of Botswana and De Beers, said on Tuesday it had mined a record 17.7 million carats last year at Jwaneng and Orapa. Finance Minister Festus Mogae said diamond revenue would pay for new schools and clinics.""",
 E("GABORONE|LOC", "Reuters|ORG", "Debswana Diamond Co|ORG", "Botswana|LOC", "De Beers|ORG", "Jwaneng|LOC", "Orapa|LOC", "Festus Mogae|PER")),
# wW125
("2007-11-01",
 """MANZANILLO, Mexico, Nov 1 (Reuters) - Mexican marines seized 23.5 tonnes of cocaine hidden in a cargo ship at the Pacific port of Manzanillo this week, the Navy Ministry said on Thursday. The ship had sailed from Buenaventura in Colombia, and the U.S. Drug Enforcement Administration called it one of the largest hauls on record.""",
 E("MANZANILLO|LOC", "Mexico|LOC", "Reuters|ORG", "Mexican|MISC", "Pacific|LOC", "Manzanillo|LOC", "Navy Ministry|ORG", "Buenaventura|LOC",
   "Colombia|LOC", "U.S. Drug Enforcement Administration|ORG")),
# wW126
("2010-03-23",
 """KUNMING, China, March 23 (Reuters) - The worst drought in a century has left 20 million people in Yunnan, Guizhou and Guangxi short of drinking water, the Ministry of Water Resources said on Tuesday. The Mekong River fell to its lowest level in 50 years at Chiang Saen in Thailand, the Mekong River Commission said.""",
 E("KUNMING|LOC", "China|LOC", "Reuters|ORG", "Yunnan|LOC", "Guizhou|LOC", "Guangxi|LOC", "Ministry of Water Resources|ORG",
   "Mekong River|LOC", "Chiang Saen|LOC", "Thailand|LOC", "Mekong River Commission|ORG")),
# wW127
("2012-03-09",
 """HELSINKI, March 9 (Reuters) - Rovio Entertainment, the Finnish maker of Angry Birds, said on Friday its games had been downloaded 700 million times and that it would open shops selling its toys in Helsinki and Shanghai. Marketing chief Peter Vesterbacka said Chinese fans bought more fake Angry Birds toys than real ones.""",
 E("HELSINKI|LOC", "Reuters|ORG", "Rovio Entertainment|ORG", "Finnish|MISC", "Angry Birds|MISC", "Helsinki|LOC", "Shanghai|LOC",
   "Peter Vesterbacka|PER", "Chinese|MISC", "Angry Birds|MISC")),
# wW128
("2010-05-01",
 """SHANGHAI, May 1 (Reuters) - The Shanghai World Expo opened to the public on Saturday in a park on both banks of the Huangpu River, with pavilions from 189 countries, and long queues formed outside the red China Pavilion. The Bureau International des Expositions said organisers expected 70 million visitors by October.""",
 E("SHANGHAI|LOC", "Reuters|ORG", "Shanghai World Expo|MISC", "Huangpu River|LOC", "China Pavilion|LOC",
   "Bureau International des Expositions|ORG")),
# wW129
("2005-07-26",
 """MBABANE, July 26 (AFP) - King Mswati III signed Swaziland's first constitution in 32 years on Tuesday, but the banned People's United Democratic Movement said it still left political parties outlawed. The Swaziland Federation of Trade Unions called a protest march in Manzini.""",
 E("MBABANE|LOC", "AFP|ORG", "Mswati III|PER", "Swaziland|LOC", "People's United Democratic Movement|ORG",
   "Swaziland Federation of Trade Unions|ORG", "Manzini|LOC")),
# wW130
("2009-09-23",
 """THUWAL, Saudi Arabia, Sept 23 (Reuters) - King Abdullah opened a $10 billion science university on the Red Sea coast on Wednesday where men and women will study side by side, a first for the kingdom. The King Abdullah University of Science and Technology was built by the state oil company Saudi Aramco.""",
 E("THUWAL|LOC", "Saudi Arabia|LOC", "Reuters|ORG", "Abdullah|PER", "Red Sea|LOC", "King Abdullah University of Science and Technology|ORG",
   "Saudi Aramco|ORG")),
# wW131
("2000-07-01",
 """MALMO, Sweden, July 1 (Reuters) - Queen Margrethe of Denmark and King Carl XVI Gustaf of Sweden opened the Oresund Bridge on Saturday, linking Copenhagen and Malmo by road and rail for the first time. The operator, Oresundsbro Konsortiet, expects 10,000 cars a day.""",
 E("MALMO|LOC", "Sweden|LOC", "Reuters|ORG", "Margrethe|PER", "Denmark|LOC", "Carl XVI Gustaf|PER", "Sweden|LOC", "Oresund Bridge|LOC",
   "Copenhagen|LOC", "Malmo|LOC", "Oresundsbro Konsortiet|ORG")),
# wW132
("2007-11-19",
 """TOKYO, Nov 19 (Reuters) - The first Michelin Guide to Tokyo gave the city's restaurants 191 stars on Monday, more than Paris, and three stars to eight of them, including the sushi bar Sukiyabashi Jiro in Ginza. Jean-Luc Naret, director of the Michelin guides, said Japanese chefs had been "very surprised." """.strip(),
 E("TOKYO|LOC", "Reuters|ORG", "Michelin Guide|MISC", "Tokyo|LOC", "Paris|LOC", "Sukiyabashi Jiro|ORG", "Ginza|LOC", "Jean-Luc Naret|PER",
   "Michelin|ORG", "Japanese|MISC")),
# wW133
("2009-11-12",
 """BRASILIA, Nov 12 (Reuters) - Deforestation in the Brazilian Amazon fell 45 percent in the year to July to its lowest level since records began, the National Institute for Space Research said on Thursday. Environment Minister Carlos Minc credited police raids on illegal loggers in Para and Mato Grosso.""",
 E("BRASILIA|LOC", "Reuters|ORG", "Brazilian|MISC", "Amazon|LOC", "National Institute for Space Research|ORG", "Carlos Minc|PER", "Para|LOC",
   "Mato Grosso|LOC")),
# wW134
("1996-11-11",
 """LJUBLJANA, Nov 11 (Reuters) - Prime Minister Janez Drnovsek's Liberal Democracy of Slovenia won the most seats in Sunday's general election, but the three parties of the Slovenian Spring, led by Janez Jansa's Social Democrats, together came within one seat of a majority.""",
 E("LJUBLJANA|LOC", "Reuters|ORG", "Janez Drnovsek|PER", "Liberal Democracy of Slovenia|ORG", "Slovenian Spring|ORG", "Janez Jansa|PER",
   "Social Democrats|ORG")),
# wW135
("2007-06-13",
 """MEXICO CITY, June 13 (Reuters) - More than 350 works by Frida Kahlo went on show at the Palacio de Bellas Artes on Wednesday to mark the centenary of her birth, among them The Two Fridas. Letters to her husband Diego Rivera, found in the Blue House in Coyoacan, are also on display.""",
 E("MEXICO CITY|LOC", "Reuters|ORG", "Frida Kahlo|PER", "Palacio de Bellas Artes|LOC", "The Two Fridas|MISC", "Diego Rivera|PER",
   "Blue House|LOC", "Coyoacan|LOC")),
# wW136
("2004-08-20",
 """NOUAKCHOTT, Aug 20 (Reuters) - Swarms of desert locusts swept into southern Mauritania on Friday, stripping millet fields around Kiffa and Aioun, the Food and Agriculture Organization said. The Rome-based agency appealed for $100 million to spray crops across the Sahel.""",
 E("NOUAKCHOTT|LOC", "Reuters|ORG", "Mauritania|LOC", "Kiffa|LOC", "Aioun|LOC", "Food and Agriculture Organization|ORG", "Rome|LOC",
   "Sahel|LOC")),
# wW137
("2009-09-23",
 """STOCKHOLM, Sept 23 (Reuters) - Robbers landed a stolen helicopter on the roof of a G4S cash depot in Vastberga, south of Stockholm, before dawn on Wednesday and escaped with sacks of banknotes, police said. Police helicopters could not follow because a suspected bomb had been left at their hangar.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "G4S|ORG", "Vastberga|LOC", "Stockholm|LOC")),
# wW138
("2001-03-29",
 """INCHEON, South Korea, March 29 (Reuters) - Incheon International Airport opened on Thursday on reclaimed land west of Seoul, replacing Gimpo as the capital's international gateway. Korean Air and Asiana Airlines moved their foreign flights overnight, and the Ministry of Construction and Transportation said baggage belts had jammed.""",
 E("INCHEON|LOC", "South Korea|LOC", "Reuters|ORG", "Incheon International Airport|LOC", "Seoul|LOC", "Gimpo|LOC", "Korean Air|ORG",
   "Asiana Airlines|ORG", "Ministry of Construction and Transportation|ORG")),
# wW139
("2012-07-01",
 """CANBERRA, July 1 (Reuters) - Australia's carbon price came into force on Sunday under the Clean Energy Act, charging about 500 of the biggest polluters A$23 a tonne. Opposition leader Tony Abbott promised to repeal it, while Prime Minister Julia Gillard said households would get more in tax cuts than they paid.""",
 E("CANBERRA|LOC", "Reuters|ORG", "Australia|LOC", "Clean Energy Act|MISC", "Tony Abbott|PER", "Julia Gillard|PER")),
# wW140
("2006-11-18",
 """TUNIS, Nov 18 (AFP) - Ethiopian director Haile Gerima won the Tanit d'Or at the Carthage Film Festival on Saturday for Teza, the story of a doctor who comes home from Germany during the rule of Mengistu Haile Mariam. The jury also honoured films from Morocco, Burkina Faso and Lebanon.""",
 E("TUNIS|LOC", "AFP|ORG", "Ethiopian|MISC", "Haile Gerima|PER", "Tanit d'Or|MISC", "Carthage Film Festival|MISC", "Teza|MISC",
   "Germany|LOC", "Mengistu Haile Mariam|PER", "Morocco|LOC", "Burkina Faso|LOC", "Lebanon|LOC")),
# wW141
("2007-07-04",
 """TURIN, July 4 (Reuters) - Fiat SpA unveiled the new Fiat 500 on Wednesday, 50 years to the day after the original, with fireworks over the Po river. Chief executive Sergio Marchionne said the car would be built in Tychy in Poland and sold in Europe and, later, in North America.""",
 E("TURIN|LOC", "Reuters|ORG", "Fiat SpA|ORG", "Fiat 500|MISC", "Po|LOC", "Sergio Marchionne|PER", "Tychy|LOC", "Poland|LOC", "Europe|LOC",
   "North America|LOC")),
# wW142
("2009-11-24",
 """NEW YORK, Nov 24 (Reuters) - Fela!, a musical about the Nigerian musician Fela Kuti, opened at the Eugene O'Neill Theatre on Broadway on Monday, with Sahr Ngaujah in the title role. The show is produced by Jay-Z and the actors Will Smith and Jada Pinkett Smith.""",
 E("NEW YORK|LOC", "Reuters|ORG", "Fela!|MISC", "Nigerian|MISC", "Fela Kuti|PER", "Eugene O'Neill Theatre|LOC", "Broadway|LOC",
   "Sahr Ngaujah|PER", "Jay-Z|PER", "Will Smith|PER", "Jada Pinkett Smith|PER")),
# wW143
("2003-04-16",
 """ATHENS, April 16 (Reuters) - Leaders of ten countries, from Estonia to Cyprus, signed the Treaty of Accession at the Stoa of Attalos below the Acropolis on Wednesday and will join the European Union next May. Greek Prime Minister Costas Simitis said the continent's division was over.""",
 E("ATHENS|LOC", "Reuters|ORG", "Estonia|LOC", "Cyprus|LOC", "Treaty of Accession|MISC", "Stoa of Attalos|LOC", "Acropolis|LOC",
   "European Union|ORG", "Greek|MISC", "Costas Simitis|PER")),
# wW144
("2011-10-19",
 """LA PAZ, Oct 19 (Reuters) - Thousands of indigenous marchers from the Amazon lowlands reached La Paz on Wednesday after two months on the road, protesting against a highway through the Isiboro Secure National Park and Indigenous Territory. President Evo Morales said he would meet them and might cancel the contract with the Brazilian builder OAS.""",
 E("LA PAZ|LOC", "Reuters|ORG", "Amazon|LOC", "La Paz|LOC", "Isiboro Secure National Park and Indigenous Territory|LOC", "Evo Morales|PER",
   "Brazilian|MISC", "OAS|ORG")),
# wW145
("2000-10-10",
 """TOKYO, Oct 10 (Reuters) - Hideki Shirakawa of the University of Tsukuba shared the Nobel Prize in Chemistry on Tuesday with Alan Heeger of the United States and Alan MacDiarmid for the discovery of plastics that conduct electricity, the Royal Swedish Academy of Sciences said.""",
 E("TOKYO|LOC", "Reuters|ORG", "Hideki Shirakawa|PER", "University of Tsukuba|ORG", "Nobel Prize in Chemistry|MISC", "Alan Heeger|PER",
   "United States|LOC", "Alan MacDiarmid|PER", "Royal Swedish Academy of Sciences|ORG")),
# wW146
("2003-09-29",
 """HALIFAX, Nova Scotia, Sept 29 (Reuters) - Hurricane Juan tore through Halifax overnight, toppling thousands of trees in Point Pleasant Park and leaving 300,000 homes without power, Nova Scotia Power said on Monday. Premier John Hamm asked the Canadian Forces to help clear the roads.""",
 E("HALIFAX|LOC", "Nova Scotia|LOC", "Reuters|ORG", "Hurricane Juan|MISC", "Halifax|LOC", "Point Pleasant Park|LOC", "Nova Scotia Power|ORG",
   "John Hamm|PER", "Canadian Forces|ORG")),
# wW147
("2000-08-28",
 """ARUSHA, Tanzania, Aug 28 (Reuters) - Burundi's government and 13 parties signed the Arusha Peace and Reconciliation Agreement on Monday in front of U.S. President Bill Clinton, although several Tutsi parties added reservations and two Hutu rebel groups stayed away.""",
 E("ARUSHA|LOC", "Tanzania|LOC", "Reuters|ORG", "Burundi|LOC", "Arusha Peace and Reconciliation Agreement|MISC", "U.S.|LOC", "Bill Clinton|PER",
   "Tutsi|MISC", "Hutu|MISC")),
# wW148
("2012-11-07",
 """PARIS, Nov 7 (AFP) - Jerome Ferrari won the Prix Goncourt on Wednesday for Le Sermon sur la chute de Rome, a novel set in a village bar in Corsica, the Academie Goncourt announced at the Drouant restaurant.""",
 E("PARIS|LOC", "AFP|ORG", "Jerome Ferrari|PER", "Prix Goncourt|MISC", "Le Sermon sur la chute de Rome|MISC", "Corsica|LOC",
   "Academie Goncourt|ORG", "Drouant|LOC")),
# wW149
("2006-05-07",
 """TEL AVIV, May 7 (Reuters) - Warren Buffett's Berkshire Hathaway agreed on Saturday to buy 80 percent of the Israeli toolmaker Iscar Metalworking for $4 billion, its first large purchase outside the United States. Chairman Eitan Wertheimer said the company would stay at its plant in Tefen in the Galilee.""",
 E("TEL AVIV|LOC", "Reuters|ORG", "Warren Buffett|PER", "Berkshire Hathaway|ORG", "Israeli|MISC", "Iscar Metalworking|ORG",
   "United States|LOC", "Eitan Wertheimer|PER", "Tefen|LOC", "Galilee|LOC")),
# wW150
("2009-08-31",
 """TOKYO, Aug 31 (Reuters) - The Democratic Party of Japan won 308 of the 480 seats in the lower house in Sunday's election, ending more than half a century of almost unbroken rule by the Liberal Democratic Party. DPJ leader Yukio Hatoyama said on Monday he would govern with the Social Democratic Party and the People's New Party.""",
 E("TOKYO|LOC", "Reuters|ORG", "Democratic Party of Japan|ORG", "Liberal Democratic Party|ORG", "DPJ|ORG", "Yukio Hatoyama|PER",
   "Social Democratic Party|ORG", "People's New Party|ORG")),
# wW151
("2010-05-10",
 """PARIS, May 10 (Reuters) - The Organisation for Economic Co-operation and Development invited Israel, Estonia and Slovenia to join on Monday, despite Palestinian objections. Stanley Fischer, governor of the Bank of Israel, called it a seal of approval for the country's economic policies.""",
 E("PARIS|LOC", "Reuters|ORG", "Organisation for Economic Co-operation and Development|ORG", "Israel|LOC", "Estonia|LOC", "Slovenia|LOC",
   "Palestinian|MISC", "Stanley Fischer|PER", "Bank of Israel|ORG")),
# wW152
("1998-12-14",
 """SAN JUAN, Puerto Rico, Dec 14 (Reuters) - Puerto Ricans chose "none of the above" in Sunday's plebiscite on the island's status, rejecting the statehood option backed by Governor Pedro Rossello of the New Progressive Party. The Popular Democratic Party, which defends commonwealth status, claimed victory.""",
 E("SAN JUAN|LOC", "Puerto Rico|LOC", "Reuters|ORG", "Puerto Ricans|MISC", "Pedro Rossello|PER", "New Progressive Party|ORG",
   "Popular Democratic Party|ORG")),
# wW153
("2005-02-02",
 """MAPUTO, Feb 2 (Reuters) - Armando Guebuza of Frelimo was sworn in as Mozambique's president on Wednesday, succeeding Joaquim Chissano, while Renamo leader Afonso Dhlakama stayed away from the ceremony in Independence Square.""",
 E("MAPUTO|LOC", "Reuters|ORG", "Armando Guebuza|PER", "Frelimo|ORG", "Mozambique|LOC", "Joaquim Chissano|PER", "Renamo|ORG",
   "Afonso Dhlakama|PER", "Independence Square|LOC")),
# wW154
("2012-09-09",
 """SEOUL, Sept 9 (Reuters) - South Korean director Kim Ki-duk won the Golden Lion at the Venice Film Festival on Saturday for Pieta, the story of a debt collector working the small workshops of the Cheonggyecheon district of Seoul. It is the first Korean film to take the festival's top prize.""",
 E("SEOUL|LOC", "Reuters|ORG", "South Korean|MISC", "Kim Ki-duk|PER", "Golden Lion|MISC", "Venice Film Festival|MISC", "Pieta|MISC",
   "Cheonggyecheon|LOC", "Seoul|LOC", "Korean|MISC")),
# wW155
("2008-05-25",
 """BEIRUT, May 25 (Reuters) - Lebanon's parliament elected army commander Michel Suleiman as president on Sunday, ending a six-month vacancy under a deal reached in Doha between Hezbollah and the Western-backed March 14 coalition led by Saad al-Hariri.""",
 E("BEIRUT|LOC", "Reuters|ORG", "Lebanon|LOC", "Michel Suleiman|PER", "Doha|LOC", "Hezbollah|ORG", "Western|MISC", "March 14|ORG",
   "Saad al-Hariri|PER")),
# wW156
("2012-02-22",
 """RIO DE JANEIRO, Feb 22 (Reuters) - The Unidos da Tijuca samba school won Rio's Carnival parade competition on Wednesday with a tribute to the northeastern singer Luiz Gonzaga, the League of Samba Schools said. Twelve schools had paraded through the Sambadrome over two nights.""",
 E("RIO DE JANEIRO|LOC", "Reuters|ORG", "Unidos da Tijuca|ORG", "Rio|LOC", "Carnival|MISC", "Luiz Gonzaga|PER", "League of Samba Schools|ORG",
   "Sambadrome|LOC")),
# wW157
("2009-01-07",
 """HYDERABAD, Jan 7 (Reuters) - Ramalinga Raju, chairman of Satyam Computer Services, resigned on Wednesday after admitting he had inflated the outsourcing firm's cash by $1 billion, and shares in Satyam fell 78 percent on the Bombay Stock Exchange. Its auditor, PricewaterhouseCoopers, said it was studying the letter.""",
 E("HYDERABAD|LOC", "Reuters|ORG", "Ramalinga Raju|PER", "Satyam Computer Services|ORG", "Satyam|ORG", "Bombay Stock Exchange|ORG",
   "PricewaterhouseCoopers|ORG")),
# wW158
("2007-09-09",
 """SYDNEY, Sept 9 (Reuters) - Leaders of the Asia-Pacific Economic Cooperation forum agreed on Sunday to an "aspirational" goal to slow the growth of greenhouse gas emissions, in a Sydney Declaration that Prime Minister John Howard called a milestone. Days earlier comedians from The Chaser's War on Everything had driven a fake motorcade through the security zone.""",
 E("SYDNEY|LOC", "Reuters|ORG", "Asia-Pacific Economic Cooperation|ORG", "Sydney Declaration|MISC", "John Howard|PER",
   "The Chaser's War on Everything|MISC")),
# wW159
("2012-08-08",
 """NAIROBI, Aug 8 (Reuters) - Fossils found near Lake Turkana in northern Kenya show that at least two other kinds of early human lived alongside our own ancestors two million years ago, Meave Leakey of the Turkana Basin Institute said on Wednesday. The finds were described in the journal Nature.""",
 E("NAIROBI|LOC", "Reuters|ORG", "Lake Turkana|LOC", "Kenya|LOC", "Meave Leakey|PER", "Turkana Basin Institute|ORG", "Nature|ORG")),
# wW160
("2011-12-30",
 """KINGSTON, Dec 30 (Reuters) - Portia Simpson Miller's People's National Party won Jamaica's general election on Thursday, ousting Prime Minister Andrew Holness of the Jamaica Labour Party, who had been in office for just over two months.""",
 E("KINGSTON|LOC", "Reuters|ORG", "Portia Simpson Miller|PER", "People's National Party|ORG", "Jamaica|LOC", "Andrew Holness|PER",
   "Jamaica Labour Party|ORG")),
# wW161
("2008-01-10",
 """ISTANBUL, Jan 10 (Reuters) - Archaeologists digging at Yenikapi for the Marmaray rail tunnel under the Bosphorus have found 34 shipwrecks in the lost Byzantine Harbour of Theodosius, the Istanbul Archaeology Museums said on Thursday. Engineers of the Japanese-Turkish consortium said the finds would delay the tunnel by two years.""",
 E("ISTANBUL|LOC", "Reuters|ORG", "Yenikapi|LOC", "Marmaray|LOC", "Bosphorus|LOC", "Byzantine|MISC", "Harbour of Theodosius|LOC",
   "Istanbul Archaeology Museums|ORG", "Japanese-Turkish|MISC")),
# wW162
("2011-05-08",
 """SINGAPORE, May 8 (Reuters) - The opposition Workers' Party won the five-seat Aljunied constituency in Saturday's general election, unseating Foreign Minister George Yeo, in the People's Action Party's worst result since independence in 1965, the Elections Department said.""",
 E("SINGAPORE|LOC", "Reuters|ORG", "Workers' Party|ORG", "Aljunied|LOC", "George Yeo|PER", "People's Action Party|ORG",
   "Elections Department|ORG")),
]
