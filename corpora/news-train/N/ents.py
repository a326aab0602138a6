# Decision lists for news-train part N (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wN001, wN002, ... in order.

DOCS = [
# wN001
('1996-12-05',
 "EU FARM MINISTERS FAIL TO AGREE ON BEEF AID\nBRUSSELS 1996-12-05\nEuropean Union farm ministers broke up in the early hours of Thursday without agreeing how to share out extra aid for beef farmers hit by the mad cow crisis, diplomats said. Irish Agriculture Minister Ivan Yates, who chaired the talks, said France and Germany still opposed the European Commission's plan.",
 [('EU', 'ORG'), ('BRUSSELS', 'LOC'), ('European Union', 'ORG'), ('Irish', 'MISC'), ('Ivan Yates', 'PER'), ('France', 'LOC'), ('Germany', 'LOC'), ('European Commission', 'ORG')]),
# wN002
('1996-11-18',
 'SOFIA 1996-11-18\nBulgaria\'s ruling Socialist party named Georgi Pirinski as its candidate for a new cabinet on Monday, but the opposition Union of Democratic Forces said it would keep up street protests in Sofia and Plovdiv. "The people want elections, not another Socialist premier," UDF spokesman Yordan Sokolov told Reuters.',
 [('SOFIA', 'LOC'), ('Bulgaria', 'LOC'), ('Socialist', 'ORG'), ('Georgi Pirinski', 'PER'), ('Union of Democratic Forces', 'ORG'), ('Sofia', 'LOC'), ('Plovdiv', 'LOC'), ('Socialist', 'ORG'), ('UDF', 'ORG'), ('Yordan Sokolov', 'PER'), ('Reuters', 'ORG')]),
# wN003
('1997-01-14',
 'BELGRADE 1997-01-14\nThousands of students marched through Belgrade for the 57th day on Tuesday, demanding that Serbian President Slobodan Milosevic recognise opposition wins in Nis, Kragujevac and other towns. Leaders of the Zajedno coalition, Vuk Draskovic and Zoran Djindjic, addressed the crowd outside the University of Belgrade philosophy faculty.',
 [('BELGRADE', 'LOC'), ('Belgrade', 'LOC'), ('Serbian', 'MISC'), ('Slobodan Milosevic', 'PER'), ('Nis', 'LOC'), ('Kragujevac', 'LOC'), ('Zajedno', 'ORG'), ('Vuk Draskovic', 'PER'), ('Zoran Djindjic', 'PER'), ('University of Belgrade', 'ORG')]),
# wN004
('1996-09-15',
 'SARAJEVO 1996-09-15\nVoters across Bosnia queued from dawn on Saturday in the first elections since the Dayton peace accord, and officials of the Organisation for Security and Cooperation in Europe said turnout was high. In Tuzla, Moslem refugees boarded buses to vote in their former homes in Srebrenica and Zvornik, escorted by NATO-led troops.',
 [('SARAJEVO', 'LOC'), ('Bosnia', 'LOC'), ('Dayton', 'MISC'), ('Organisation for Security and Cooperation in Europe', 'ORG'), ('Tuzla', 'LOC'), ('Moslem', 'MISC'), ('Srebrenica', 'LOC'), ('Zvornik', 'LOC'), ('NATO', 'ORG')]),
# wN005
('1996-12-20',
 "IFOR HANDS OVER TO SFOR IN BOSNIA\nSARAJEVO 1996-12-20\nNATO's Implementation Force formally handed over to a smaller Stabilisation Force on Friday, with about 31,000 troops to stay in Bosnia for 18 months. U.S. Admiral Joseph Lopez said the new force would not hunt war crimes suspects but would detain them if it met them.",
 [('IFOR', 'ORG'), ('SFOR', 'ORG'), ('BOSNIA', 'LOC'), ('SARAJEVO', 'LOC'), ('NATO', 'ORG'), ('Implementation Force', 'ORG'), ('Stabilisation Force', 'ORG'), ('Bosnia', 'LOC'), ('U.S.', 'LOC'), ('Joseph Lopez', 'PER')]),
# wN006
('1997-05-30',
 "MADRID 1997-05-30\nSpain's Telefonica said on Friday it had agreed to buy a stake in Brazil's Companhia Riograndense de Telecomunicacoes, its second Latin American acquisition this year. Shares in Telefonica rose 2.1 percent on the Madrid bourse, and analysts at Banco Santander said the price looked fair.",
 [('MADRID', 'LOC'), ('Spain', 'LOC'), ('Telefonica', 'ORG'), ('Brazil', 'LOC'), ('Companhia Riograndense de Telecomunicacoes', 'ORG'), ('Latin American', 'MISC'), ('Telefonica', 'ORG'), ('Madrid', 'LOC'), ('Banco Santander', 'ORG')]),
# wN007
('1996-10-02',
 'TOKYO 1996-10-02\nJapanese shares ended lower on Wednesday, with the Nikkei average shedding 212 points as banks fell on worries about bad loans. Dealers at Nomura Securities said foreign investors sold Sumitomo Bank and Daiwa Bank ahead of the October 20 general election.',
 [('TOKYO', 'LOC'), ('Japanese', 'MISC'), ('Nikkei', 'MISC'), ('Nomura Securities', 'ORG'), ('Sumitomo Bank', 'ORG'), ('Daiwa Bank', 'ORG')]),
# wN008
('1997-03-11',
 'JERUSALEM 1997-03-11\nIsraeli Prime Minister Benjamin Netanyahu said on Tuesday building would go ahead at Har Homa in east Jerusalem despite Palestinian warnings that it would wreck the peace process. Saeb Erekat, a senior aide to Yasser Arafat, said the Palestinian Authority would ask the U.N. Security Council to intervene.',
 [('JERUSALEM', 'LOC'), ('Israeli', 'MISC'), ('Benjamin Netanyahu', 'PER'), ('Har Homa', 'LOC'), ('Jerusalem', 'LOC'), ('Palestinian', 'MISC'), ('Saeb Erekat', 'PER'), ('Yasser Arafat', 'PER'), ('Palestinian Authority', 'ORG'), ('U.N. Security Council', 'ORG')]),
# wN009
('1997-01-15',
 'HEBRON HANDOVER DEAL SIGNED AFTER MONTHS OF TALKS\nJERUSALEM 1997-01-15\nIsrael and the Palestinians signed an agreement early on Wednesday for Israeli troops to pull out of most of Hebron, the last West Bank city under occupation. U.S. envoy Dennis Ross shuttled between Netanyahu and Arafat in Gaza and Jerusalem for three days to close the deal.',
 [('HEBRON', 'LOC'), ('JERUSALEM', 'LOC'), ('Israel', 'LOC'), ('Palestinians', 'MISC'), ('Israeli', 'MISC'), ('Hebron', 'LOC'), ('West Bank', 'LOC'), ('U.S.', 'LOC'), ('Dennis Ross', 'PER'), ('Netanyahu', 'PER'), ('Arafat', 'PER'), ('Gaza', 'LOC'), ('Jerusalem', 'LOC')]),
# wN010
('1996-05-30',
 "TEL AVIV 1996-05-30\nLikud leader Benjamin Netanyahu edged ahead of Prime Minister Shimon Peres as votes were counted on Thursday in Israel's first direct election for prime minister. Labour party officials in Tel Aviv said the margin was under one percent and the result would turn on soldiers' ballots.",
 [('TEL AVIV', 'LOC'), ('Likud', 'ORG'), ('Benjamin Netanyahu', 'PER'), ('Shimon Peres', 'PER'), ('Israel', 'LOC'), ('Labour', 'ORG'), ('Tel Aviv', 'LOC')]),
# wN011
('1997-05-02',
 "LONDON 1997-05-02\nTony Blair became Britain's youngest prime minister this century on Friday after his Labour Party swept John Major's Conservatives from power with a majority of 179 seats. Blair drove to Buckingham Palace to be asked by Queen Elizabeth to form a government, then spoke to supporters outside 10 Downing Street.",
 [('LONDON', 'LOC'), ('Tony Blair', 'PER'), ('Britain', 'LOC'), ('Labour Party', 'ORG'), ('John Major', 'PER'), ('Conservatives', 'ORG'), ('Blair', 'PER'), ('Buckingham Palace', 'LOC'), ('Elizabeth', 'PER'), ('10 Downing Street', 'LOC')]),
# wN012
('1997-06-02',
 "PARIS 1997-06-02\nLionel Jospin's Socialists and their Communist and Green allies won a majority in the National Assembly on Sunday, forcing President Jacques Chirac into an uneasy power-sharing arrangement. Alain Juppe said he would resign as prime minister on Monday, and the Paris bourse's CAC-40 index fell 3.5 percent at the opening.",
 [('PARIS', 'LOC'), ('Lionel Jospin', 'PER'), ('Socialists', 'ORG'), ('Communist', 'ORG'), ('Green', 'ORG'), ('National Assembly', 'ORG'), ('Jacques Chirac', 'PER'), ('Alain Juppe', 'PER'), ('Paris', 'LOC'), ('CAC-40', 'MISC')]),
# wN013
('1997-05-20',
 "ROME 1997-05-20\nItalian Prime Minister Romano Prodi won a confidence vote in the Senate on Tuesday after Fausto Bertinotti's Communist Refoundation agreed to back the budget. The Milan bourse's Mibtel index rose 1.2 percent, and Italian bond futures on LIFFE gained more than half a point.",
 [('ROME', 'LOC'), ('Italian', 'MISC'), ('Romano Prodi', 'PER'), ('Senate', 'ORG'), ('Fausto Bertinotti', 'PER'), ('Communist Refoundation', 'ORG'), ('Milan', 'LOC'), ('Mibtel', 'MISC'), ('Italian', 'MISC'), ('LIFFE', 'ORG')]),
# wN014
('1996-09-23',
 'BONN 1996-09-23\nGerman Chancellor Helmut Kohl told a meeting of his Christian Democrats in Hanover on Monday that the single currency would start on time in 1999. The Bundesbank left its discount rate at 2.5 percent last week, and economists at Deutsche Bank said they expected no change before spring.',
 [('BONN', 'LOC'), ('German', 'MISC'), ('Helmut Kohl', 'PER'), ('Christian Democrats', 'ORG'), ('Hanover', 'LOC'), ('Bundesbank', 'ORG'), ('Deutsche Bank', 'ORG')]),
# wN015
('1997-02-27',
 'MOSCOW 1997-02-27\nRussian President Boris Yeltsin chided his government in a state-of-the-nation speech on Thursday and promised a cabinet shake-up within days. Kremlin spokesman Sergei Yastrzhembsky said Viktor Chernomyrdin would stay on as prime minister, but Communist leader Gennady Zyuganov told the Duma the speech was "words, words, words".',
 [('MOSCOW', 'LOC'), ('Russian', 'MISC'), ('Boris Yeltsin', 'PER'), ('Kremlin', 'LOC'), ('Sergei Yastrzhembsky', 'PER'), ('Viktor Chernomyrdin', 'PER'), ('Communist', 'ORG'), ('Gennady Zyuganov', 'PER'), ('Duma', 'ORG')]),
# wN016
('1996-07-04',
 "MOSCOW 1996-07-04\nBoris Yeltsin won Russia's presidential run-off on Wednesday with about 54 percent of the vote, the Central Election Commission said, beating Gennady Zyuganov by more than 13 points. Zyuganov said his Communists would not challenge the result, though observers in Tatarstan and Bashkortostan reported irregularities.",
 [('MOSCOW', 'LOC'), ('Boris Yeltsin', 'PER'), ('Russia', 'LOC'), ('Central Election Commission', 'ORG'), ('Gennady Zyuganov', 'PER'), ('Zyuganov', 'PER'), ('Communists', 'ORG'), ('Tatarstan', 'LOC'), ('Bashkortostan', 'LOC')]),
# wN017
('1996-08-31',
 "KHASAVYURT, Russia 1996-08-31\nRussian security chief Alexander Lebed and Chechen rebel chief of staff Aslan Maskhadov signed an accord in the Dagestan town of Khasavyurt on Saturday ending 21 months of war. The deal puts off a decision on Chechnya's status until the end of 2001, and Lebed told Interfax that Russian troops would leave Grozny within weeks.",
 [('KHASAVYURT', 'LOC'), ('Russia', 'LOC'), ('Russian', 'MISC'), ('Alexander Lebed', 'PER'), ('Chechen', 'MISC'), ('Aslan Maskhadov', 'PER'), ('Dagestan', 'LOC'), ('Khasavyurt', 'LOC'), ('Chechnya', 'LOC'), ('Lebed', 'PER'), ('Interfax', 'ORG'), ('Russian', 'MISC'), ('Grozny', 'LOC')]),
# wN018
('1997-01-28',
 "GROZNY 1997-01-28\nAslan Maskhadov won Chechnya's presidential election with 59 percent, the region's election commission said on Tuesday, well ahead of field commander Shamil Basayev and acting president Zelimkhan Yandarbiyev. Monitors from the OSCE said the vote in Grozny, Gudermes and Urus-Martan had been largely fair.",
 [('GROZNY', 'LOC'), ('Aslan Maskhadov', 'PER'), ('Chechnya', 'LOC'), ('Shamil Basayev', 'PER'), ('Zelimkhan Yandarbiyev', 'PER'), ('OSCE', 'ORG'), ('Grozny', 'LOC'), ('Gudermes', 'LOC'), ('Urus-Martan', 'LOC')]),
# wN019
('1996-11-05',
 'WASHINGTON 1996-11-05\nPresident Bill Clinton was re-elected on Tuesday, defeating Republican Bob Dole and Reform Party candidate Ross Perot, network projections showed. Republicans kept control of both houses of the U.S. legislature, and Clinton told supporters in Little Rock, Arkansas, that he would build "a bridge to the 21st century".',
 [('WASHINGTON', 'LOC'), ('Bill Clinton', 'PER'), ('Republican', 'MISC'), ('Bob Dole', 'PER'), ('Reform Party', 'ORG'), ('Ross Perot', 'PER'), ('Republicans', 'ORG'), ('U.S.', 'LOC'), ('Clinton', 'PER'), ('Little Rock', 'LOC'), ('Arkansas', 'LOC')]),
# wN020
('1997-07-01',
 'HONG KONG 1997-07-01\nChina resumed sovereignty over Hong Kong at midnight as Prince Charles and Chinese President Jiang Zemin watched the flags change at the Convention and Exhibition Centre. Tung Chee-hwa was sworn in as the first chief executive, and the Hang Seng index rose 1.2 percent in thin trade on Wednesday.',
 [('HONG KONG', 'LOC'), ('China', 'LOC'), ('Hong Kong', 'LOC'), ('Charles', 'PER'), ('Chinese', 'MISC'), ('Jiang Zemin', 'PER'), ('Convention and Exhibition Centre', 'LOC'), ('Tung Chee-hwa', 'PER'), ('Hang Seng', 'MISC')]),
# wN021
('1997-02-20',
 'BEIJING 1997-02-20\nSenior leader Deng Xiaoping died in Beijing late on Wednesday aged 92, the official Xinhua news agency said. President Jiang Zemin will head the funeral committee, and diplomats said Premier Li Peng and parliament chief Qiao Shi had pledged to keep his reforms.',
 [('BEIJING', 'LOC'), ('Deng Xiaoping', 'PER'), ('Beijing', 'LOC'), ('Xinhua', 'ORG'), ('Jiang Zemin', 'PER'), ('Li Peng', 'PER'), ('Qiao Shi', 'PER')]),
# wN022
('1996-12-18',
 "TOKYO 1996-12-18\nJapan sent a crisis team to Peru on Wednesday after Tupac Amaru guerrillas seized hundreds of guests at the Japanese ambassador's residence. Prime Minister Ryutaro Hashimoto said Tokyo would not bargain over the rebels' demand to free jailed comrades, and shares of Matsushita Electric and Toyota fell on the news.",
 [('TOKYO', 'LOC'), ('Japan', 'LOC'), ('Peru', 'LOC'), ('Tupac Amaru', 'ORG'), ('Japanese', 'MISC'), ('Ryutaro Hashimoto', 'PER'), ('Tokyo', 'LOC'), ('Matsushita Electric', 'ORG'), ('Toyota', 'ORG')]),
# wN023
('1997-04-23',
 "PERU COMMANDOS STORM RESIDENCE, FREE HOSTAGES\nPeruvian commandos stormed the Japanese ambassador's residence on Tuesday and freed 71 hostages held for four months by the Tupac Amaru Revolutionary Movement, or MRTA. Rebel leader Nestor Cerpa Cartolini was among the guerrillas killed, police said, and Japan's foreign ministry thanked Peru for the rescue.",
 [('PERU', 'LOC'), ('Peruvian', 'MISC'), ('Japanese', 'MISC'), ('Tupac Amaru Revolutionary Movement', 'ORG'), ('MRTA', 'ORG'), ('Nestor Cerpa Cartolini', 'PER'), ('Japan', 'LOC'), ('Peru', 'LOC')]),
# wN024
('1996-09-27',
 'KABUL 1996-09-27\nTaleban militia captured Kabul on Friday as the government of President Burhanuddin Rabbani fled north, and former president Najibullah was hanged from a traffic post near the presidential palace. Government commander Ahmad Shah Masood pulled his forces back towards the Panjshir valley, witnesses told Reuters.',
 [('KABUL', 'LOC'), ('Taleban', 'ORG'), ('Kabul', 'LOC'), ('Burhanuddin Rabbani', 'PER'), ('Najibullah', 'PER'), ('Ahmad Shah Masood', 'PER'), ('Panjshir', 'LOC'), ('Reuters', 'ORG')]),
# wN025
('1997-05-25',
 "ISLAMABAD 1997-05-25\nPakistan on Sunday became the first country to recognise the Taleban as Afghanistan's government, a day after the militia took Mazar-i-Sharif from the Uzbek warlord Abdul Rashid Dostum. Foreign ministry spokesman Tariq Altaf said Islamabad hoped others would follow, and Saudi Arabia did so a day later.",
 [('ISLAMABAD', 'LOC'), ('Pakistan', 'LOC'), ('Taleban', 'ORG'), ('Afghanistan', 'LOC'), ('Mazar-i-Sharif', 'LOC'), ('Uzbek', 'MISC'), ('Abdul Rashid Dostum', 'PER'), ('Tariq Altaf', 'PER'), ('Islamabad', 'LOC'), ('Saudi Arabia', 'LOC')]),
# wN026
('1997-02-04',
 "ISLAMABAD 1997-02-04\nNawaz Sharif's Pakistan Muslim League won a landslide in Monday's general election, early results showed, routing the Pakistan People's Party of ousted prime minister Benazir Bhutto. Bhutto alleged rigging in Sindh, but monitors from the Commonwealth said the poll was broadly fair.",
 [('ISLAMABAD', 'LOC'), ('Nawaz Sharif', 'PER'), ('Pakistan Muslim League', 'ORG'), ("Pakistan People's Party", 'ORG'), ('Benazir Bhutto', 'PER'), ('Bhutto', 'PER'), ('Sindh', 'LOC'), ('Commonwealth', 'ORG')]),
# wN027
('1996-10-14',
 'COLOMBO 1996-10-14\nSri Lankan troops pushed towards Kilinochchi on Monday in an offensive against the Liberation Tigers of Tamil Eelam, a defence ministry spokesman said. The LTTE said in a statement faxed from London that its cadres had repulsed the advance near Paranthan.',
 [('COLOMBO', 'LOC'), ('Sri Lankan', 'MISC'), ('Kilinochchi', 'LOC'), ('Liberation Tigers of Tamil Eelam', 'ORG'), ('LTTE', 'ORG'), ('London', 'LOC'), ('Paranthan', 'LOC')]),
# wN028
('1997-03-31',
 "SEOUL 1997-03-31\nShares of Sammi Steel were suspended on the Korea Stock Exchange on Monday after South Korea's 26th-largest conglomerate filed for court receivership. Analysts at Daewoo Securities said creditor banks, led by Commercial Bank of Korea, faced losses second only to the collapse of Hanbo Steel in January, and the KOSPI fell 2.3 percent.",
 [('SEOUL', 'LOC'), ('Sammi Steel', 'ORG'), ('Korea Stock Exchange', 'ORG'), ('South Korea', 'LOC'), ('Daewoo Securities', 'ORG'), ('Commercial Bank of Korea', 'ORG'), ('Hanbo Steel', 'ORG'), ('KOSPI', 'MISC')]),
# wN029
('1997-07-02',
 'BANGKOK 1997-07-02\nThe Bank of Thailand floated the baht on Wednesday, and the currency lost about 15 percent against the dollar within hours. Finance Minister Amnuay Viravan said the float would end months of speculative attacks, and shares of Finance One and Bangkok Bank jumped on the Stock Exchange of Thailand.',
 [('BANGKOK', 'LOC'), ('Bank of Thailand', 'ORG'), ('Amnuay Viravan', 'PER'), ('Finance One', 'ORG'), ('Bangkok Bank', 'ORG'), ('Stock Exchange of Thailand', 'ORG')]),
# wN030
('1997-08-14',
 "JAKARTA 1997-08-14\nBank Indonesia abandoned its band for the rupiah on Thursday and let the currency float, a month after the baht's collapse in Thailand. Dealers at Lippo Securities in Jakarta said the rupiah fell past 2,700 to the dollar, and the Jakarta Stock Exchange composite index lost 4.6 percent.",
 [('JAKARTA', 'LOC'), ('Bank Indonesia', 'ORG'), ('Thailand', 'LOC'), ('Lippo Securities', 'ORG'), ('Jakarta', 'LOC'), ('Jakarta Stock Exchange', 'ORG')]),
# wN031
('1997-09-20',
 'HONG KONG 1997-09-20\nMalaysian Prime Minister Mahathir Mohamad told bankers at the World Bank and International Monetary Fund meetings that currency trading was "unnecessary, unproductive and immoral". George Soros, whom Mahathir had blamed for the ringgit\'s fall, replied a day later that the Malaysian leader was "a menace to his own country".',
 [('HONG KONG', 'LOC'), ('Malaysian', 'MISC'), ('Mahathir Mohamad', 'PER'), ('World Bank', 'ORG'), ('International Monetary Fund', 'ORG'), ('George Soros', 'PER'), ('Mahathir', 'PER'), ('Malaysian', 'MISC')]),
# wN032
('1997-12-03',
 "SEOUL 1997-12-03\nSouth Korea and the IMF signed a rescue package worth $55 billion on Wednesday, the largest in the fund's history. IMF managing director Michel Camdessus flew to Seoul for the signing, and Finance Minister Lim Chang-yuel said Korea would close insolvent merchant banks and open its bond market to foreigners.",
 [('SEOUL', 'LOC'), ('South Korea', 'LOC'), ('IMF', 'ORG'), ('IMF', 'ORG'), ('Michel Camdessus', 'PER'), ('Seoul', 'LOC'), ('Lim Chang-yuel', 'PER'), ('Korea', 'LOC')]),
# wN033
('1997-12-19',
 "SEOUL 1997-12-19\nVeteran dissident Kim Dae-jung of the opposition NCNP won South Korea's presidential election on Thursday, beating Lee Hoi-chang of the ruling Grand National Party. Kim pledged to honour the IMF bailout terms, and the won firmed in Seoul trade.",
 [('SEOUL', 'LOC'), ('Kim Dae-jung', 'PER'), ('NCNP', 'ORG'), ('South Korea', 'LOC'), ('Lee Hoi-chang', 'PER'), ('Grand National Party', 'ORG'), ('Kim', 'PER'), ('IMF', 'ORG'), ('Seoul', 'LOC')]),
# wN034
('1997-11-24',
 "TOKYO 1997-11-24\nYamaichi Securities, one of Japan's four biggest brokers, said on Monday it would close after finding hidden losses of about 260 billion yen. President Shohei Nozawa wept at a news conference, and the Ministry of Finance said clients' assets were safe. It was the second failure this month after Hokkaido Takushoku Bank.",
 [('TOKYO', 'LOC'), ('Yamaichi Securities', 'ORG'), ('Japan', 'LOC'), ('Shohei Nozawa', 'PER'), ('Ministry of Finance', 'ORG'), ('Hokkaido Takushoku Bank', 'ORG')]),
# wN035
('1996-06-14',
 'TOKYO 1996-06-14\nSumitomo Corp said on Thursday that its former chief copper trader, Yasuo Hamanaka, had run up losses of $1.8 billion in unauthorised deals over ten years. Copper prices fell on the London Metal Exchange, and traders in London and New York said the Comex market was volatile.',
 [('TOKYO', 'LOC'), ('Sumitomo Corp', 'ORG'), ('Yasuo Hamanaka', 'PER'), ('London Metal Exchange', 'ORG'), ('London', 'LOC'), ('New York', 'LOC'), ('Comex', 'ORG')]),
# wN036
('1996-11-22',
 'LONDON 1996-11-22\nCopper rose to a two-week high on the London Metal Exchange on Friday as Chilean producer Codelco said output at its Chuquicamata mine would be lower than planned. Aluminium was steady, and analysts at Rudolf Wolff said zinc stocks in LME warehouses in Rotterdam and Antwerp kept falling.',
 [('LONDON', 'LOC'), ('London Metal Exchange', 'ORG'), ('Chilean', 'MISC'), ('Codelco', 'ORG'), ('Chuquicamata', 'LOC'), ('Rudolf Wolff', 'ORG'), ('LME', 'ORG'), ('Rotterdam', 'LOC'), ('Antwerp', 'LOC')]),
# wN037
('1997-04-07',
 'ABIDJAN 1997-04-07\nCocoa farmers in Ivory Coast are holding back beans from the mid-crop, exporters said on Monday, after the government cut the guaranteed farmgate price. A trader at Sifca in Abidjan said arrivals at San Pedro port were down sharply, and London cocoa futures rose to a four-month high.',
 [('ABIDJAN', 'LOC'), ('Ivory Coast', 'LOC'), ('Sifca', 'ORG'), ('Abidjan', 'LOC'), ('San Pedro', 'LOC'), ('London', 'LOC')]),
# wN038
('1997-06-24',
 "NEW YORK 1997-06-24\nArabica coffee futures on the New York Coffee, Sugar and Cocoa Exchange hit their highest in 20 years on Tuesday on fears of frost in Brazil's Parana state. Brokers at Merrill Lynch said Colombian growers were also holding back beans, and the International Coffee Organisation in London raised its price indicator.",
 [('NEW YORK', 'LOC'), ('New York Coffee, Sugar and Cocoa Exchange', 'ORG'), ('Brazil', 'LOC'), ('Parana', 'LOC'), ('Merrill Lynch', 'ORG'), ('Colombian', 'MISC'), ('International Coffee Organisation', 'ORG'), ('London', 'LOC')]),
# wN039
('1996-08-21',
 'FRANKFURT 1996-08-21\nGerman government bonds firmed on Wednesday after the Bundesbank cut its repo rate to 3.0 percent, a move most economists at Commerzbank and Dresdner Bank had not expected until autumn. The DAX index of 30 blue chips rose 1.4 percent, led by Siemens and Daimler-Benz.',
 [('FRANKFURT', 'LOC'), ('German', 'MISC'), ('Bundesbank', 'ORG'), ('Commerzbank', 'ORG'), ('Dresdner Bank', 'ORG'), ('DAX', 'MISC'), ('Siemens', 'ORG'), ('Daimler-Benz', 'ORG')]),
# wN040
('1997-02-10',
 'NEW YORK 1997-02-10\nBoeing Co said on Monday it had won approval from shareholders of McDonnell Douglas Corp for its $14 billion takeover, but the European Commission said it was still examining the deal. EU Competition Commissioner Karel Van Miert said exclusive supply contracts with American Airlines and Delta Air Lines worried Brussels.',
 [('NEW YORK', 'LOC'), ('Boeing Co', 'ORG'), ('McDonnell Douglas Corp', 'ORG'), ('European Commission', 'ORG'), ('EU', 'ORG'), ('Karel Van Miert', 'PER'), ('American Airlines', 'ORG'), ('Delta Air Lines', 'ORG'), ('Brussels', 'LOC')]),
# wN041
('1997-05-12',
 "LONDON 1997-05-12\nGuinness Plc and Grand Metropolitan Plc agreed on Monday to merge in a deal that will create the world's biggest drinks group, to be called GMG Brands. LVMH, which owns 14 percent of Guinness, said it had not been consulted, and its chairman Bernard Arnault called for a three-way merger including Moet Hennessy.",
 [('LONDON', 'LOC'), ('Guinness Plc', 'ORG'), ('Grand Metropolitan Plc', 'ORG'), ('GMG Brands', 'ORG'), ('LVMH', 'ORG'), ('Guinness', 'ORG'), ('Bernard Arnault', 'PER'), ('Moet Hennessy', 'ORG')]),
# wN042
('1996-11-03',
 'LONDON 1996-11-03\nBritish Telecommunications Plc said on Sunday it would merge with MCI Communications Corp of the United States in a $20 billion deal to form Concert Plc. Chief executive Sir Peter Bonfield said the group would have 43 million customers, and MCI chairman Bert Roberts would become chairman of the combined company.',
 [('LONDON', 'LOC'), ('British Telecommunications Plc', 'ORG'), ('MCI Communications Corp', 'ORG'), ('United States', 'LOC'), ('Concert Plc', 'ORG'), ('Peter Bonfield', 'PER'), ('MCI', 'ORG'), ('Bert Roberts', 'PER')]),
# wN043
('1997-03-03',
 'ZURICH 1997-03-03\nSandoz and Ciba-Geigy completed their merger on Monday, and shares in the new group, Novartis, started trading on the Swiss exchange at 1,669 francs. Chairman Alex Krauer said about 10,000 jobs would go worldwide, including 3,500 in Basle.',
 [('ZURICH', 'LOC'), ('Sandoz', 'ORG'), ('Ciba-Geigy', 'ORG'), ('Novartis', 'ORG'), ('Swiss', 'MISC'), ('Alex Krauer', 'PER'), ('Basle', 'LOC')]),
# wN044
('1996-07-17',
 'EAST MORICHES, New York 1996-07-17\nA Trans World Airlines jumbo jet bound for Paris exploded and crashed into the Atlantic off Long Island shortly after taking off from John F. Kennedy International Airport. The Federal Aviation Administration said TWA Flight 800 carried 230 people, and the Coast Guard said there was little hope of survivors.',
 [('EAST MORICHES', 'LOC'), ('New York', 'LOC'), ('Trans World Airlines', 'ORG'), ('Paris', 'LOC'), ('Atlantic', 'LOC'), ('Long Island', 'LOC'), ('John F. Kennedy International Airport', 'LOC'), ('Federal Aviation Administration', 'ORG'), ('TWA', 'ORG'), ('Coast Guard', 'ORG')]),
# wN045
('1996-11-13',
 'NEW DELHI 1996-11-13\nA Saudi Arabian Airlines jet and a Kazakh cargo plane collided in mid-air near Charkhi Dadri, west of New Delhi, killing all 349 people on board, the civil aviation ministry said. A spokesman for Kazakhstan Airlines in Almaty said its crew had been cleared to descend to 15,000 feet.',
 [('NEW DELHI', 'LOC'), ('Saudi Arabian Airlines', 'ORG'), ('Kazakh', 'MISC'), ('Charkhi Dadri', 'LOC'), ('New Delhi', 'LOC'), ('Kazakhstan Airlines', 'ORG'), ('Almaty', 'LOC')]),
# wN046
('1996-06-26',
 'DHAHRAN, Saudi Arabia 1996-06-26\nA truck bomb exploded outside the Khobar Towers housing complex near Dhahran late on Tuesday, killing 19 U.S. airmen, the Pentagon said. FBI director Louis Freeh said a team of agents would fly to Saudi Arabia, and Defence Secretary William Perry said security at the King Abdulaziz Air Base would be reviewed.',
 [('DHAHRAN', 'LOC'), ('Saudi Arabia', 'LOC'), ('Khobar Towers', 'LOC'), ('Dhahran', 'LOC'), ('U.S.', 'LOC'), ('Pentagon', 'ORG'), ('FBI', 'ORG'), ('Louis Freeh', 'PER'), ('Saudi Arabia', 'LOC'), ('William Perry', 'PER'), ('King Abdulaziz Air Base', 'LOC')]),
# wN047
('1996-09-03',
 "U.S. MISSILES HIT SOUTHERN IRAQ AFTER ARBIL ATTACK\nWASHINGTON 1996-09-03\nU.S. warships and bombers fired cruise missiles at air defence sites in southern Iraq on Tuesday, days after Iraqi troops helped Massoud Barzani's Kurdistan Democratic Party seize Arbil from the rival Patriotic Union of Kurdistan. Baghdad said civilians had been killed, and Russia and France criticised the strikes.",
 [('U.S.', 'LOC'), ('IRAQ', 'LOC'), ('ARBIL', 'LOC'), ('WASHINGTON', 'LOC'), ('U.S.', 'LOC'), ('Iraq', 'LOC'), ('Iraqi', 'MISC'), ('Massoud Barzani', 'PER'), ('Kurdistan Democratic Party', 'ORG'), ('Arbil', 'LOC'), ('Patriotic Union of Kurdistan', 'ORG'), ('Baghdad', 'LOC'), ('Russia', 'LOC'), ('France', 'LOC')]),
# wN048
('1996-12-10',
 "NEW YORK 1996-12-10\nThe first Iraqi oil flowed through the pipeline from Kirkuk to Turkey on Tuesday under the U.N. oil-for-food deal, Iraq's ambassador Nizar Hamdoon said. Brent crude fell 40 cents on the International Petroleum Exchange as traders in London priced in the extra supply.",
 [('NEW YORK', 'LOC'), ('Iraqi', 'MISC'), ('Kirkuk', 'LOC'), ('Turkey', 'LOC'), ('U.N.', 'ORG'), ('Iraq', 'LOC'), ('Nizar Hamdoon', 'PER'), ('Brent', 'MISC'), ('International Petroleum Exchange', 'ORG'), ('London', 'LOC')]),
# wN049
('1997-10-30',
 'BAGHDAD 1997-10-30\nIraq ordered American members of the U.N. Special Commission to leave within a week, and UNSCOM chief Richard Butler suspended inspections. Tariq Aziz, the deputy prime minister, told reporters that Baghdad would not accept U.S. spies in UNSCOM teams.',
 [('BAGHDAD', 'LOC'), ('Iraq', 'LOC'), ('American', 'MISC'), ('U.N. Special Commission', 'ORG'), ('UNSCOM', 'ORG'), ('Richard Butler', 'PER'), ('Tariq Aziz', 'PER'), ('Baghdad', 'LOC'), ('U.S.', 'LOC'), ('UNSCOM', 'ORG')]),
# wN050
('1996-04-18',
 'QANA, Lebanon 1996-04-18\nIsraeli shells hit a U.N. base at Qana in southern Lebanon on Thursday where hundreds of civilians had taken shelter, killing about 100 people, U.N. officials said. Fijian peacekeepers of UNIFIL pulled bodies from the rubble, and Hizbollah vowed to keep up rocket fire on northern Israel. Shimon Peres said the shelling was a mistake.',
 [('QANA', 'LOC'), ('Lebanon', 'LOC'), ('Israeli', 'MISC'), ('U.N.', 'ORG'), ('Qana', 'LOC'), ('Lebanon', 'LOC'), ('U.N.', 'ORG'), ('Fijian', 'MISC'), ('UNIFIL', 'ORG'), ('Hizbollah', 'ORG'), ('Israel', 'LOC'), ('Shimon Peres', 'PER')]),
# wN051
('1996-04-27',
 "BEIRUT 1996-04-27\nA ceasefire brokered by U.S. Secretary of State Warren Christopher took effect in southern Lebanon on Saturday, ending 16 days of Israel's Operation Grapes of Wrath. Lebanese Prime Minister Rafik al-Hariri said the Beirut government would help monitor the truce with Syria, France and the United States.",
 [('BEIRUT', 'LOC'), ('U.S.', 'LOC'), ('Warren Christopher', 'PER'), ('Lebanon', 'LOC'), ('Israel', 'LOC'), ('Operation Grapes of Wrath', 'MISC'), ('Lebanese', 'MISC'), ('Rafik al-Hariri', 'PER'), ('Beirut', 'LOC'), ('Syria', 'LOC'), ('France', 'LOC'), ('United States', 'LOC')]),
# wN052
('1996-06-29',
 "ANKARA 1996-06-29\nNecmettin Erbakan became the first prime minister from an Islamic party in Turkey on Friday after his Welfare Party agreed a coalition with Tansu Ciller's True Path Party. The Istanbul Stock Exchange index fell 2.7 percent, and Erbakan said he would review Turkey's military cooperation with Israel.",
 [('ANKARA', 'LOC'), ('Necmettin Erbakan', 'PER'), ('Islamic', 'MISC'), ('Turkey', 'LOC'), ('Welfare Party', 'ORG'), ('Tansu Ciller', 'PER'), ('True Path Party', 'ORG'), ('Istanbul Stock Exchange', 'ORG'), ('Erbakan', 'PER'), ('Turkey', 'LOC'), ('Israel', 'LOC')]),
# wN053
('1996-11-25',
 'ISTANBUL 1996-11-25\nA car crash near the town of Susurluk has put a senior police officer, a fugitive right-wing gunman and a Kurdish tribal leader in the same car, and the scandal widened on Monday when Interior Minister Mehmet Agar resigned. Newspaper Milliyet said the gunman, Abdullah Catli, had been wanted by Interpol for drug trafficking.',
 [('ISTANBUL', 'LOC'), ('Susurluk', 'LOC'), ('Kurdish', 'MISC'), ('Mehmet Agar', 'PER'), ('Milliyet', 'ORG'), ('Abdullah Catli', 'PER'), ('Interpol', 'ORG')]),
# wN054
('1997-05-24',
 "TEHRAN 1997-05-24\nModerate cleric Mohammad Khatami won Iran's presidential election by a landslide, taking 69 percent of the vote against parliament speaker Ali Akbar Nateq-Nouri, the Interior Ministry said on Saturday. Khatami, a former culture minister, drew his support from women and young voters in Tehran, Isfahan and Shiraz.",
 [('TEHRAN', 'LOC'), ('Mohammad Khatami', 'PER'), ('Iran', 'LOC'), ('Ali Akbar Nateq-Nouri', 'PER'), ('Interior Ministry', 'ORG'), ('Khatami', 'PER'), ('Tehran', 'LOC'), ('Isfahan', 'LOC'), ('Shiraz', 'LOC')]),
# wN055
('1997-05-10',
 'BIRJAND, Iran 1997-05-10\nAn earthquake of magnitude 7.1 struck eastern Iran on Saturday, flattening villages around Ghaen in Khorasan province, Iranian state television said. The Red Crescent flew tents and blankets to Birjand, and officials said more than 1,500 people had died.',
 [('BIRJAND', 'LOC'), ('Iran', 'LOC'), ('Iran', 'LOC'), ('Ghaen', 'LOC'), ('Khorasan', 'LOC'), ('Iranian', 'MISC'), ('Red Crescent', 'ORG'), ('Birjand', 'LOC')]),
# wN056
('1997-11-17',
 'LUXOR, Egypt 1997-11-17\nGunmen opened fire on tourists at the Temple of Hatshepsut near Luxor on Monday, killing 58 foreigners and four Egyptians before police shot them dead. The Gamaa Islamiya said its members carried out the attack, and President Hosni Mubarak flew to Luxor and sacked Interior Minister Hassan al-Alfi.',
 [('LUXOR', 'LOC'), ('Egypt', 'LOC'), ('Temple of Hatshepsut', 'LOC'), ('Luxor', 'LOC'), ('Egyptians', 'MISC'), ('Gamaa Islamiya', 'ORG'), ('Hosni Mubarak', 'PER'), ('Luxor', 'LOC'), ('Hassan al-Alfi', 'PER')]),
# wN057
('1997-08-29',
 'ALGIERS 1997-08-29\nAttackers killed about 100 villagers in Rais, south of Algiers, overnight, survivors told reporters on Friday. The Algerian government blamed the Armed Islamic Group, or GIA, while the banned Islamic Salvation Front condemned the killings in a statement issued in Bonn.',
 [('ALGIERS', 'LOC'), ('Rais', 'LOC'), ('Algiers', 'LOC'), ('Algerian', 'MISC'), ('Armed Islamic Group', 'ORG'), ('GIA', 'ORG'), ('Islamic Salvation Front', 'ORG'), ('Bonn', 'LOC')]),
# wN058
('1997-06-05',
 "ALGIERS 1997-06-05\nAlgeria's pro-government National Democratic Rally, set up only three months ago, won the most seats in Thursday's parliamentary election, results showed. The moderate Movement for a Peaceful Society of Mahfoud Nahnah came second, and the Socialist Forces Front accused the authorities of fraud in Kabylie.",
 [('ALGIERS', 'LOC'), ('Algeria', 'LOC'), ('National Democratic Rally', 'ORG'), ('Movement for a Peaceful Society', 'ORG'), ('Mahfoud Nahnah', 'PER'), ('Socialist Forces Front', 'ORG'), ('Kabylie', 'LOC')]),
# wN059
('1997-05-17',
 "KINSHASA 1997-05-17\nLaurent Kabila's rebels marched into Kinshasa on Saturday and he declared himself president of the country he renamed the Democratic Republic of Congo. Mobutu Sese Seko had flown to his palace at Gbadolite a day earlier, and fighters of the Alliance of Democratic Forces for the Liberation of Congo-Zaire met little resistance.",
 [('KINSHASA', 'LOC'), ('Laurent Kabila', 'PER'), ('Kinshasa', 'LOC'), ('Democratic Republic of Congo', 'LOC'), ('Mobutu Sese Seko', 'PER'), ('Gbadolite', 'LOC'), ('Alliance of Democratic Forces for the Liberation of Congo-Zaire', 'ORG')]),
# wN060
('1996-11-15',
 'GOMA, Zaire 1996-11-15\nHundreds of thousands of Rwandan Hutu refugees streamed home across the border from Goma on Friday after rebels broke up the Mugunga camp. UNHCR spokesman Paul Stromberg said the exodus was the largest he had seen, and Canada said a multinational force led by General Maurice Baril might no longer be needed.',
 [('GOMA', 'LOC'), ('Zaire', 'LOC'), ('Rwandan', 'MISC'), ('Hutu', 'MISC'), ('Goma', 'LOC'), ('Mugunga', 'LOC'), ('UNHCR', 'ORG'), ('Paul Stromberg', 'PER'), ('Canada', 'LOC'), ('Maurice Baril', 'PER')]),
# wN061
('1997-05-25',
 "FREETOWN 1997-05-25\nSoldiers led by Major Johnny Paul Koroma overthrew Sierra Leone's elected president, Ahmad Tejan Kabbah, on Sunday and freed about 600 inmates from Pademba Road prison. Kabbah fled to Conakry in neighbouring Guinea, and Nigerian troops of the ECOMOG force took up positions at Lungi airport.",
 [('FREETOWN', 'LOC'), ('Johnny Paul Koroma', 'PER'), ('Sierra Leone', 'LOC'), ('Ahmad Tejan Kabbah', 'PER'), ('Pademba Road', 'LOC'), ('Kabbah', 'PER'), ('Conakry', 'LOC'), ('Guinea', 'LOC'), ('Nigerian', 'MISC'), ('ECOMOG', 'ORG'), ('Lungi', 'LOC')]),
# wN062
('1997-07-24',
 "MONROVIA 1997-07-24\nFormer rebel leader Charles Taylor was declared winner of Liberia's presidential election on Thursday with 75 percent of the vote. The National Patriotic Party swept the legislature, and Ellen Johnson-Sirleaf of the Unity Party came a distant second. Observers from the Carter Center called the vote free and transparent.",
 [('MONROVIA', 'LOC'), ('Charles Taylor', 'PER'), ('Liberia', 'LOC'), ('National Patriotic Party', 'ORG'), ('Ellen Johnson-Sirleaf', 'PER'), ('Unity Party', 'ORG'), ('Carter Center', 'ORG')]),
# wN063
('1996-07-26',
 "BUJUMBURA 1996-07-26\nBurundi's army seized power on Thursday and named former president Pierre Buyoya as head of state, ousting Hutu president Sylvestre Ntibantunganya, who took refuge at the U.S. ambassador's residence. The Organisation of African Unity and neighbouring Tanzania and Kenya condemned the coup.",
 [('BUJUMBURA', 'LOC'), ('Burundi', 'LOC'), ('Pierre Buyoya', 'PER'), ('Hutu', 'MISC'), ('Sylvestre Ntibantunganya', 'PER'), ('U.S.', 'LOC'), ('Organisation of African Unity', 'ORG'), ('Tanzania', 'LOC'), ('Kenya', 'LOC')]),
# wN064
('1997-03-14',
 'TIRANA 1997-03-14\nArmed crowds looted army depots across southern Albania as the collapse of pyramid investment schemes turned into revolt, and Italy began evacuating foreigners from Durres. President Sali Berisha agreed to a government of national reconciliation under Bashkim Fino of the Socialist Party, and rebels in Vlore and Gjirokaster demanded that Berisha resign.',
 [('TIRANA', 'LOC'), ('Albania', 'LOC'), ('Italy', 'LOC'), ('Durres', 'LOC'), ('Sali Berisha', 'PER'), ('Bashkim Fino', 'PER'), ('Socialist Party', 'ORG'), ('Vlore', 'LOC'), ('Gjirokaster', 'LOC'), ('Berisha', 'PER')]),
# wN065
('1997-04-15',
 'ROME 1997-04-15\nThe first troops of an Italian-led multinational force sailed for Albania on Tuesday from Brindisi under a mandate from the U.N. Security Council. The force, code-named Operation Alba, will guard aid deliveries, Italian Defence Minister Beniamino Andreatta said.',
 [('ROME', 'LOC'), ('Italian', 'MISC'), ('Albania', 'LOC'), ('Brindisi', 'LOC'), ('U.N. Security Council', 'ORG'), ('Operation Alba', 'MISC'), ('Italian', 'MISC'), ('Beniamino Andreatta', 'PER')]),
]
