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
 [('SARAJEVO', 'LOC'), ('Bosnia', 'LOC'), ('Dayton', 'LOC'), ('Organisation for Security and Cooperation in Europe', 'ORG'), ('Tuzla', 'LOC'), ('Moslem', 'MISC'), ('Srebrenica', 'LOC'), ('Zvornik', 'LOC'), ('NATO', 'ORG')]),
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
('1997-03-17',
 'MOSCOW 1997-03-17\nBoris Yeltsin named Anatoly Chubais and Boris Nemtsov, the young governor of Nizhny Novgorod, as first deputy prime ministers on Monday, the Kremlin press service said. Shares in Gazprom and Rostelecom rose on the news, and a dealer at Troika Dialog said investors expected faster reform.',
 [('MOSCOW', 'LOC'), ('Boris Yeltsin', 'PER'), ('Anatoly Chubais', 'PER'), ('Boris Nemtsov', 'PER'), ('Nizhny Novgorod', 'LOC'), ('Kremlin', 'LOC'), ('Gazprom', 'ORG'), ('Rostelecom', 'ORG'), ('Troika Dialog', 'ORG')]),
# wN017
('1996-01-18',
 'PERVOMAISKOYE, Russia 1996-01-18\nRussian troops stormed the village of Pervomaiskoye on Thursday after a four-day siege of Chechen gunmen led by Salman Raduyev, who had seized hostages in the Dagestani town of Kizlyar. FSB chief Mikhail Barsukov said most hostages had been freed, but Raduyev escaped across the Terek river.',
 [('PERVOMAISKOYE', 'LOC'), ('Russia', 'LOC'), ('Russian', 'MISC'), ('Pervomaiskoye', 'LOC'), ('Chechen', 'MISC'), ('Salman Raduyev', 'PER'), ('Dagestani', 'MISC'), ('Kizlyar', 'LOC'), ('FSB', 'ORG'), ('Mikhail Barsukov', 'PER'), ('Raduyev', 'PER'), ('Terek', 'LOC')]),
# wN018
('1997-01-28',
 "GROZNY 1997-01-28\nAslan Maskhadov won Chechnya's presidential election with 59 percent, the region's election commission said on Tuesday, well ahead of field commander Shamil Basayev and acting president Zelimkhan Yandarbiyev. Monitors from the OSCE said the vote in Grozny, Gudermes and Urus-Martan had been largely fair.",
 [('GROZNY', 'LOC'), ('Aslan Maskhadov', 'PER'), ('Chechnya', 'LOC'), ('Shamil Basayev', 'PER'), ('Zelimkhan Yandarbiyev', 'PER'), ('OSCE', 'ORG'), ('Grozny', 'LOC'), ('Gudermes', 'LOC'), ('Urus-Martan', 'LOC')]),
# wN019
('1996-11-05',
 'WASHINGTON 1996-11-05\nPresident Bill Clinton was re-elected on Tuesday, defeating Republican Bob Dole and Reform Party candidate Ross Perot, network projections showed. Republicans kept control of both houses of the U.S. legislature, and Clinton told supporters in Little Rock, Arkansas, that he would build "a bridge to the 21st century".',
 [('WASHINGTON', 'LOC'), ('Bill Clinton', 'PER'), ('Republican', 'MISC'), ('Bob Dole', 'PER'), ('Reform Party', 'ORG'), ('Ross Perot', 'PER'), ('Republicans', 'ORG'), ('U.S.', 'LOC'), ('Clinton', 'PER'), ('Little Rock', 'LOC'), ('Arkansas', 'LOC')]),
# wN020
('1997-12-29',
 'HONG KONG 1997-12-29\nHong Kong began slaughtering all 1.3 million chickens in the territory on Monday to stop the spread of a bird flu virus that has killed four people. Director of Health Margaret Chan said imports from southern China were suspended, and the World Health Organisation sent experts from Geneva.',
 [('HONG KONG', 'LOC'), ('Hong Kong', 'LOC'), ('Margaret Chan', 'PER'), ('China', 'LOC'), ('World Health Organisation', 'ORG'), ('Geneva', 'LOC')]),
# wN021
('1997-11-17',
 "DETROIT 1997-11-17\nChina's best-known dissident, Wei Jingsheng, arrived in Detroit on Sunday after Beijing freed him on medical parole from a 14-year sentence, and he was taken to a hospital for checks. Human Rights Watch spokesman Mike Jendrzejczyk said the release should not blunt Western pressure on Beijing.",
 [('DETROIT', 'LOC'), ('China', 'LOC'), ('Wei Jingsheng', 'PER'), ('Detroit', 'LOC'), ('Beijing', 'LOC'), ('Human Rights Watch', 'ORG'), ('Mike Jendrzejczyk', 'PER'), ('Western', 'MISC'), ('Beijing', 'LOC')]),
# wN022
('1996-12-18',
 "TOKYO 1996-12-18\nJapan sent a crisis team to Peru on Wednesday after Tupac Amaru guerrillas seized hundreds of guests at the Japanese ambassador's residence. Prime Minister Ryutaro Hashimoto said Tokyo would not bargain over the rebels' demand to free jailed comrades, and shares of Matsushita Electric and Toyota fell on the news.",
 [('TOKYO', 'LOC'), ('Japan', 'LOC'), ('Peru', 'LOC'), ('Tupac Amaru', 'ORG'), ('Japanese', 'MISC'), ('Ryutaro Hashimoto', 'PER'), ('Tokyo', 'LOC'), ('Matsushita Electric', 'ORG'), ('Toyota', 'ORG')]),
# wN023
('1997-04-23',
 "PERU COMMANDOS STORM RESIDENCE, FREE HOSTAGES\nPeruvian commandos stormed the Japanese ambassador's residence on Tuesday and freed 71 hostages held for four months by the Tupac Amaru Revolutionary Movement, or MRTA. Rebel leader Nestor Cerpa Cartolini was among the guerrillas killed, police said, and Japan's foreign ministry thanked Peru for the rescue.",
 [('PERU', 'LOC'), ('Peruvian', 'MISC'), ('Japanese', 'MISC'), ('Tupac Amaru Revolutionary Movement', 'ORG'), ('MRTA', 'ORG'), ('Nestor Cerpa Cartolini', 'PER'), ('Japan', 'LOC'), ('Peru', 'LOC')]),
# wN024
('1996-12-20',
 'KATHMANDU 1996-12-20\nPolice in Nepal said on Friday that leftist rebels had attacked a police post in Rolpa district in the mid-west, the latest raid since the Communist Party of Nepal (Maoist) launched its "people\'s war" in February. Prime Minister Sher Bahadur Deuba told the Kathmandu Post his government would not negotiate under threat.',
 [('KATHMANDU', 'LOC'), ('Nepal', 'LOC'), ('Rolpa', 'LOC'), ('Communist Party of Nepal (Maoist)', 'ORG'), ('Sher Bahadur Deuba', 'PER'), ('Kathmandu Post', 'ORG')]),
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
('1997-11-09',
 "BANGKOK 1997-11-09\nChuan Leekpai of the Democrat Party was elected Thailand's prime minister by the lower house on Sunday, three days after Chavalit Yongchaiyudh resigned over his handling of the economic crisis. Chuan said he would stick to the IMF's terms, and the baht firmed in Bangkok trade.",
 [('BANGKOK', 'LOC'), ('Chuan Leekpai', 'PER'), ('Democrat Party', 'ORG'), ('Thailand', 'LOC'), ('Chavalit Yongchaiyudh', 'PER'), ('Chuan', 'PER'), ('IMF', 'ORG'), ('Bangkok', 'LOC')]),
# wN030
('1997-08-14',
 "JAKARTA 1997-08-14\nBank Indonesia abandoned its band for the rupiah on Thursday and let the currency float, a month after the baht's collapse in Thailand. Dealers at Lippo Securities in Jakarta said the rupiah fell past 2,700 to the dollar, and the Jakarta Stock Exchange composite index lost 4.6 percent.",
 [('JAKARTA', 'LOC'), ('Bank Indonesia', 'ORG'), ('Thailand', 'LOC'), ('Lippo Securities', 'ORG'), ('Jakarta', 'LOC'), ('Jakarta Stock Exchange', 'ORG')]),
# wN031
('1997-09-20',
 'HONG KONG 1997-09-20\nMalaysian Prime Minister Mahathir Mohamad told bankers at the World Bank and International Monetary Fund meetings that currency trading was "unnecessary, unproductive and immoral". George Soros, whom Mahathir had blamed for the ringgit\'s fall, replied a day later that the Malaysian leader was "a menace to his own country".',
 [('HONG KONG', 'LOC'), ('Malaysian', 'MISC'), ('Mahathir Mohamad', 'PER'), ('World Bank', 'ORG'), ('International Monetary Fund', 'ORG'), ('George Soros', 'PER'), ('Mahathir', 'PER'), ('Malaysian', 'MISC')]),
# wN032
('1997-07-15',
 "SEOUL 1997-07-15\nCreditor banks put Kia Motors Corp, South Korea's third-largest carmaker, under an anti-bankruptcy pact on Tuesday, giving it two months to restructure. Korea First Bank said Kia and 17 affiliates owed more than 9 trillion won, and chairman Kim Sun-hong said he would not step down.",
 [('SEOUL', 'LOC'), ('Kia Motors Corp', 'ORG'), ('South Korea', 'LOC'), ('Korea First Bank', 'ORG'), ('Kia', 'ORG'), ('Kim Sun-hong', 'PER')]),
# wN033
('1997-12-19',
 "SEOUL 1997-12-19\nVeteran dissident Kim Dae-jung of the opposition NCNP won South Korea's presidential election on Thursday, beating Lee Hoi-chang of the ruling Grand National Party. Kim pledged to honour the IMF bailout terms, and the won firmed in Seoul trade.",
 [('SEOUL', 'LOC'), ('Kim Dae-jung', 'PER'), ('NCNP', 'ORG'), ('South Korea', 'LOC'), ('Lee Hoi-chang', 'PER'), ('Grand National Party', 'ORG'), ('Kim', 'PER'), ('IMF', 'ORG'), ('Seoul', 'LOC')]),
# wN034
('1997-03-14',
 'TOKYO 1997-03-14\nJapanese prosecutors raided the headquarters of Nomura Securities on Friday over illegal payments to Ryuichi Koike, a corporate racketeer, and president Hideo Sakamaki said he would resign. The Ministry of Finance suspended Nomura from underwriting government bonds.',
 [('TOKYO', 'LOC'), ('Japanese', 'MISC'), ('Nomura Securities', 'ORG'), ('Ryuichi Koike', 'PER'), ('Hideo Sakamaki', 'PER'), ('Ministry of Finance', 'ORG'), ('Nomura', 'ORG')]),
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
 "NEW YORK 1997-06-24\narabica coffee futures on the New York Coffee, Sugar and Cocoa Exchange hit their highest in 20 years on Tuesday on fears of frost in Brazil's Parana state. Brokers at Merrill Lynch said Colombian growers were also holding back beans, and the International Coffee Organisation in London raised its price indicator.",
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
('1997-11-16',
 "DOHA 1997-11-16\nA Middle East economic conference opened in Doha on Sunday, boycotted by Egypt, Saudi Arabia and most Arab states because of the stalled peace process. Qatar's foreign minister, Sheikh Hamad bin Jassim bin Jabr al-Thani, said Israel's delegation led by Natan Sharansky was welcome, and U.S. Secretary of State Madeleine Albright attended briefly.",
 [('DOHA', 'LOC'), ('Middle East', 'LOC'), ('Doha', 'LOC'), ('Egypt', 'LOC'), ('Saudi Arabia', 'LOC'), ('Arab', 'MISC'), ('Qatar', 'LOC'), ('Hamad bin Jassim bin Jabr al-Thani', 'PER'), ('Israel', 'LOC'), ('Natan Sharansky', 'PER'), ('U.S.', 'LOC'), ('Madeleine Albright', 'PER')]),
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
('1997-09-05',
 'JERUSALEM 1997-09-05\nTwelve Israeli naval commandos were killed in southern Lebanon overnight when their unit walked into an ambush near the village of Ansariyeh, the army said on Friday. Hizbollah and the Amal movement both claimed the attack, and Defence Minister Yitzhak Mordechai ordered an inquiry.',
 [('JERUSALEM', 'LOC'), ('Israeli', 'MISC'), ('Lebanon', 'LOC'), ('Ansariyeh', 'LOC'), ('Hizbollah', 'ORG'), ('Amal', 'ORG'), ('Yitzhak Mordechai', 'PER')]),
# wN051
('1996-01-24',
 "WYE MILLS, Maryland 1996-01-24\nSyrian and Israeli negotiators opened a second round of talks at the Wye Plantation on Wednesday, State Department spokesman Nicholas Burns said. Syria's ambassador to Washington, Walid al-Moualem, leads Damascus's team, and Israel's side is headed by Uri Savir.",
 [('WYE MILLS', 'LOC'), ('Maryland', 'LOC'), ('Syrian', 'MISC'), ('Israeli', 'MISC'), ('Wye Plantation', 'LOC'), ('State Department', 'ORG'), ('Nicholas Burns', 'PER'), ('Syria', 'LOC'), ('Washington', 'LOC'), ('Walid al-Moualem', 'PER'), ('Damascus', 'LOC'), ('Israel', 'LOC'), ('Uri Savir', 'PER')]),
# wN052
('1996-06-29',
 "ANKARA 1996-06-29\nNecmettin Erbakan became the first prime minister from an Islamic party in Turkey on Friday after his Welfare Party agreed a coalition with Tansu Ciller's True Path Party. The Istanbul Stock Exchange index fell 2.7 percent, and Erbakan said he would review Turkey's military cooperation with Israel.",
 [('ANKARA', 'LOC'), ('Necmettin Erbakan', 'PER'), ('Islamic', 'MISC'), ('Turkey', 'LOC'), ('Welfare Party', 'ORG'), ('Tansu Ciller', 'PER'), ('True Path Party', 'ORG'), ('Istanbul Stock Exchange', 'ORG'), ('Erbakan', 'PER'), ('Turkey', 'LOC'), ('Israel', 'LOC')]),
# wN053
('1996-11-25',
 'ISTANBUL 1996-11-25\nA car crash near the town of Susurluk has put a senior police officer, a fugitive right-wing gunman and a Kurdish tribal leader in the same car, and the scandal widened on Monday when Interior Minister Mehmet Agar resigned. Newspaper Milliyet said the gunman, Abdullah Catli, had been wanted by Interpol for drug trafficking.',
 [('ISTANBUL', 'LOC'), ('Susurluk', 'LOC'), ('Kurdish', 'MISC'), ('Mehmet Agar', 'PER'), ('Milliyet', 'ORG'), ('Abdullah Catli', 'PER'), ('Interpol', 'ORG')]),
# wN054
('1997-04-10',
 "BERLIN 1997-04-10\nA Berlin court ruled on Thursday that Iran's leaders ordered the 1992 killing of four Kurdish dissidents at the Mykonos restaurant, and European Union states recalled their ambassadors from Tehran. The court jailed Iranian grocer Kazem Darabi and Lebanese Abbas Rhayel for life.",
 [('BERLIN', 'LOC'), ('Berlin', 'LOC'), ('Iran', 'LOC'), ('Kurdish', 'MISC'), ('Mykonos', 'LOC'), ('European Union', 'ORG'), ('Tehran', 'LOC'), ('Iranian', 'MISC'), ('Kazem Darabi', 'PER'), ('Lebanese', 'MISC'), ('Abbas Rhayel', 'PER')]),
# wN055
('1997-05-10',
 'BIRJAND, Iran 1997-05-10\nAn earthquake of magnitude 7.1 struck eastern Iran on Saturday, flattening villages around Ghaen in Khorasan province, Iranian state television said. The Red Crescent flew tents and blankets to Birjand, and officials said more than 1,500 people had died.',
 [('BIRJAND', 'LOC'), ('Iran', 'LOC'), ('Iran', 'LOC'), ('Ghaen', 'LOC'), ('Khorasan', 'LOC'), ('Iranian', 'MISC'), ('Red Crescent', 'ORG'), ('Birjand', 'LOC')]),
# wN056
('1997-11-15',
 "RABAT 1997-11-15\nThe Socialist Union of Popular Forces won the most seats in Morocco's parliamentary election, the interior ministry said on Saturday, and its leader Abderrahmane Youssoufi may be asked by King Hassan to form a government. The Constitutional Union came second, and Islamic candidates won nine seats.",
 [('RABAT', 'LOC'), ('Socialist Union of Popular Forces', 'ORG'), ('Morocco', 'LOC'), ('Abderrahmane Youssoufi', 'PER'), ('Hassan', 'PER'), ('Constitutional Union', 'ORG'), ('Islamic', 'MISC')]),
# wN057
('1997-08-29',
 'ALGIERS 1997-08-29\nAttackers killed about 100 villagers in Rais, south of Algiers, overnight, survivors told reporters on Friday. The Algerian government blamed the Armed Islamic Group, or GIA, while the banned Islamic Salvation Front condemned the killings in a statement issued in Bonn.',
 [('ALGIERS', 'LOC'), ('Rais', 'LOC'), ('Algiers', 'LOC'), ('Algerian', 'MISC'), ('Armed Islamic Group', 'ORG'), ('GIA', 'ORG'), ('Islamic Salvation Front', 'ORG'), ('Bonn', 'LOC')]),
# wN058
('1997-06-05',
 "ALGIERS 1997-06-05\nAlgeria's pro-government National Democratic Rally, set up only three months ago, won the most seats in Thursday's parliamentary election, results showed. The moderate Movement for a Peaceful Society of Mahfoud Nahnah came second, and the Socialist Forces Front accused the authorities of fraud in Kabylie.",
 [('ALGIERS', 'LOC'), ('Algeria', 'LOC'), ('National Democratic Rally', 'ORG'), ('Movement for a Peaceful Society', 'ORG'), ('Mahfoud Nahnah', 'PER'), ('Socialist Forces Front', 'ORG'), ('Kabylie', 'LOC')]),
# wN059
('1996-05-22',
 'BANGUI 1996-05-22\nFrench troops patrolled Bangui on Wednesday after a mutiny by soldiers demanding back pay, and President Ange-Felix Patasse agreed to an amnesty for the rebels. Central African Republic radio said looters had ransacked shops near the PK5 market, and France flew in reinforcements from Chad and Gabon.',
 [('BANGUI', 'LOC'), ('French', 'MISC'), ('Bangui', 'LOC'), ('Ange-Felix Patasse', 'PER'), ('Central African Republic', 'LOC'), ('PK5', 'LOC'), ('France', 'LOC'), ('Chad', 'LOC'), ('Gabon', 'LOC')]),
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
('1997-02-10',
 'ANTANANARIVO 1997-02-10\nDidier Ratsiraka was sworn in as president of Madagascar on Sunday, returning to power five years after he was forced out by mass protests. Ratsiraka, whose AREMA party backed him, narrowly beat Albert Zafy in a December run-off, the High Constitutional Court had ruled.',
 [('ANTANANARIVO', 'LOC'), ('Didier Ratsiraka', 'PER'), ('Madagascar', 'LOC'), ('Ratsiraka', 'PER'), ('AREMA', 'ORG'), ('Albert Zafy', 'PER'), ('High Constitutional Court', 'ORG')]),
# wN064
('1997-07-10',
 'SKOPJE 1997-07-10\nThree people died and dozens were hurt when Macedonian police clashed with ethnic Albanians in Gostivar over Albanian flags flown outside the town hall, officials said on Thursday. Mayor Rufi Osmani was arrested, and the Party for Democratic Prosperity said Skopje was trying to provoke its supporters.',
 [('SKOPJE', 'LOC'), ('Macedonian', 'MISC'), ('Albanians', 'MISC'), ('Gostivar', 'LOC'), ('Albanian', 'MISC'), ('Rufi Osmani', 'PER'), ('Party for Democratic Prosperity', 'ORG'), ('Skopje', 'LOC')]),
# wN065
('1997-04-15',
 'ROME 1997-04-15\nThe first troops of an Italian-led multinational force sailed for Albania on Tuesday from Brindisi under a mandate from the U.N. Security Council. The force, code-named Operation Alba, will guard aid deliveries, Italian Defence Minister Beniamino Andreatta said.',
 [('ROME', 'LOC'), ('Italian', 'MISC'), ('Albania', 'LOC'), ('Brindisi', 'LOC'), ('U.N. Security Council', 'ORG'), ('Operation Alba', 'MISC'), ('Italian', 'MISC'), ('Beniamino Andreatta', 'PER')]),
# wN066
('1996-11-18',
 "BUCHAREST 1996-11-18\nEmil Constantinescu of the centre-right Democratic Convention of Romania beat President Ion Iliescu in Sunday's run-off, ending seven years of rule by former communists, the central electoral bureau said. Constantinescu promised to speed up privatisation and seek membership of NATO, and Petre Roman's Democratic Party said it would join his coalition.",
 [('BUCHAREST', 'LOC'), ('Emil Constantinescu', 'PER'), ('Democratic Convention of Romania', 'ORG'), ('Ion Iliescu', 'PER'), ('Constantinescu', 'PER'), ('NATO', 'ORG'), ('Petre Roman', 'PER'), ('Democratic Party', 'ORG')]),
# wN067
('1996-11-04',
 "SOFIA 1996-11-04\nOpposition candidate Petar Stoyanov won Bulgaria's presidential run-off on Sunday, beating Ivan Marazov of the Socialists by a wide margin. The lev fell to a record low of 254 to the dollar, and the World Bank delayed a loan while Sofia negotiated with the IMF on a currency board.",
 [('SOFIA', 'LOC'), ('Petar Stoyanov', 'PER'), ('Bulgaria', 'LOC'), ('Ivan Marazov', 'PER'), ('Socialists', 'ORG'), ('World Bank', 'ORG'), ('Sofia', 'LOC'), ('IMF', 'ORG')]),
# wN068
('1996-06-02',
 "PRAGUE 1996-06-02\nPrime Minister Vaclav Klaus's coalition lost its majority in the Czech lower house in elections held on Friday and Saturday, results showed on Sunday, as Milos Zeman's Social Democrats quadrupled their vote. President Vaclav Havel said he would ask Klaus to form a minority government.",
 [('PRAGUE', 'LOC'), ('Vaclav Klaus', 'PER'), ('Czech', 'MISC'), ('Milos Zeman', 'PER'), ('Social Democrats', 'ORG'), ('Vaclav Havel', 'PER'), ('Klaus', 'PER')]),
# wN069
('1997-07-10',
 'WROCLAW, Poland 1997-07-10\nFloodwaters from the Oder swept into Wroclaw on Thursday, cutting power and drinking water to much of the city, and the death toll in Poland and the Czech Republic rose above 80. Prime Minister Wlodzimierz Cimoszewicz was criticised after telling victims they should have bought insurance. In Germany, soldiers piled sandbags on dykes near Frankfurt an der Oder.',
 [('WROCLAW', 'LOC'), ('Poland', 'LOC'), ('Oder', 'LOC'), ('Wroclaw', 'LOC'), ('Poland', 'LOC'), ('Czech Republic', 'LOC'), ('Wlodzimierz Cimoszewicz', 'PER'), ('Germany', 'LOC'), ('Frankfurt an der Oder', 'LOC')]),
# wN070
('1997-09-21',
 "WARSAW 1997-09-21\nThe Solidarity Electoral Action bloc led by Marian Krzaklewski won Poland's parliamentary election on Sunday, pushing the ruling ex-communist Democratic Left Alliance into second place, exit polls showed. Leszek Balcerowicz's Freedom Union came third and is the likely coalition partner, analysts at Creditanstalt in Warsaw said.",
 [('WARSAW', 'LOC'), ('Solidarity Electoral Action', 'ORG'), ('Marian Krzaklewski', 'PER'), ('Poland', 'LOC'), ('Democratic Left Alliance', 'ORG'), ('Leszek Balcerowicz', 'PER'), ('Freedom Union', 'ORG'), ('Creditanstalt', 'ORG'), ('Warsaw', 'LOC')]),
# wN071
('1996-10-21',
 "VILNIUS 1996-10-21\nVytautas Landsbergis's Homeland Union won the first round of Lithuania's parliamentary election, ousting the Lithuanian Democratic Labour Party of President Algirdas Brazauskas, officials said on Monday. Landsbergis said he would form a coalition with the Christian Democrats.",
 [('VILNIUS', 'LOC'), ('Vytautas Landsbergis', 'PER'), ('Homeland Union', 'ORG'), ('Lithuania', 'LOC'), ('Lithuanian Democratic Labour Party', 'ORG'), ('Algirdas Brazauskas', 'PER'), ('Landsbergis', 'PER'), ('Christian Democrats', 'ORG')]),
# wN072
('1996-11-25',
 'MINSK 1996-11-25\nPresident Alexander Lukashenko claimed victory on Monday in a referendum that extends his term to 2001 and gives him power to dissolve the Supreme Soviet. Speaker Semyon Sharetsky called the vote unconstitutional, and the Council of Europe said Belarus would not be admitted while the crisis lasted.',
 [('MINSK', 'LOC'), ('Alexander Lukashenko', 'PER'), ('Supreme Soviet', 'ORG'), ('Semyon Sharetsky', 'PER'), ('Council of Europe', 'ORG'), ('Belarus', 'LOC')]),
# wN073
('1996-06-29',
 "KIEV 1996-06-29\nUkraine's parliament adopted a post-Soviet constitution early on Friday after an all-night session, ending a long standoff between President Leonid Kuchma and the left-wing majority. The constitution makes Crimea an autonomous republic and bars foreign military bases, though Russia's Black Sea Fleet may stay in Sevastopol under a lease.",
 [('KIEV', 'LOC'), ('Ukraine', 'LOC'), ('Soviet', 'MISC'), ('Leonid Kuchma', 'PER'), ('Crimea', 'LOC'), ('Russia', 'LOC'), ('Black Sea Fleet', 'ORG'), ('Sevastopol', 'LOC')]),
# wN074
('1997-05-31',
 'KIEV 1997-05-31\nBoris Yeltsin and Leonid Kuchma signed a friendship treaty in Kiev on Saturday that settles the division of the Black Sea Fleet. Russia will lease bays in Sevastopol for 20 years, Ukrainian Foreign Minister Hennadiy Udovenko told reporters.',
 [('KIEV', 'LOC'), ('Boris Yeltsin', 'PER'), ('Leonid Kuchma', 'PER'), ('Kiev', 'LOC'), ('Black Sea Fleet', 'ORG'), ('Russia', 'LOC'), ('Sevastopol', 'LOC'), ('Ukrainian', 'MISC'), ('Hennadiy Udovenko', 'PER')]),
# wN075
('1996-09-24',
 'YEREVAN 1996-09-24\nArmenian President Levon Ter-Petrosyan won re-election with 51.7 percent, the electoral commission said on Tuesday, but opposition leader Vazgen Manukyan said the vote was rigged and thousands of his supporters tried to storm the parliament building on Baghramyan Avenue. Troops and tanks were deployed in Yerevan overnight.',
 [('YEREVAN', 'LOC'), ('Armenian', 'MISC'), ('Levon Ter-Petrosyan', 'PER'), ('Vazgen Manukyan', 'PER'), ('Baghramyan Avenue', 'LOC'), ('Yerevan', 'LOC')]),
# wN076
('1997-05-27',
 "PARIS 1997-05-27\nNATO leaders and Russian President Boris Yeltsin signed the Founding Act at the Elysee Palace on Tuesday, giving Moscow a voice but no veto in the alliance's affairs. NATO Secretary-General Javier Solana said the accord cleared the way for the alliance to invite Poland, Hungary and the Czech Republic to join at a summit in Madrid in July.",
 [('PARIS', 'LOC'), ('NATO', 'ORG'), ('Russian', 'MISC'), ('Boris Yeltsin', 'PER'), ('Founding Act', 'MISC'), ('Elysee Palace', 'LOC'), ('Moscow', 'LOC'), ('NATO', 'ORG'), ('Javier Solana', 'PER'), ('Poland', 'LOC'), ('Hungary', 'LOC'), ('Czech Republic', 'LOC'), ('Madrid', 'LOC')]),
# wN077
('1997-07-08',
 'MADRID 1997-07-08\nNATO invited Poland, Hungary and the Czech Republic to begin membership talks on Tuesday, but France and Italy failed to win places for Romania and Slovenia. Hungarian Prime Minister Gyula Horn said it was "a historic day", and French President Jacques Chirac said the door stayed open for Bucharest.',
 [('MADRID', 'LOC'), ('NATO', 'ORG'), ('Poland', 'LOC'), ('Hungary', 'LOC'), ('Czech Republic', 'LOC'), ('France', 'LOC'), ('Italy', 'LOC'), ('Romania', 'LOC'), ('Slovenia', 'LOC'), ('Hungarian', 'MISC'), ('Gyula Horn', 'PER'), ('French', 'MISC'), ('Jacques Chirac', 'PER'), ('Bucharest', 'LOC')]),
# wN078
('1997-06-17',
 'AMSTERDAM 1997-06-17\nEuropean Union leaders agreed a new treaty in Amsterdam early on Wednesday after German Chancellor Helmut Kohl blocked wider majority voting. Dutch Prime Minister Wim Kok, host of the summit, said the Treaty of Amsterdam would give the Strasbourg assembly more powers, and the Stability and Growth Pact was approved as Jospin had demanded.',
 [('AMSTERDAM', 'LOC'), ('European Union', 'ORG'), ('Amsterdam', 'LOC'), ('German', 'MISC'), ('Helmut Kohl', 'PER'), ('Dutch', 'MISC'), ('Wim Kok', 'PER'), ('Treaty of Amsterdam', 'MISC'), ('Strasbourg', 'LOC'), ('Stability and Growth Pact', 'MISC'), ('Jospin', 'PER')]),
# wN079
('1996-12-14',
 'DUBLIN 1996-12-14\nEU leaders meeting in Dublin agreed on Saturday the rules of a stability pact for the single currency, ending a row between Germany and France. Irish Prime Minister John Bruton said the European Monetary Institute would now design the euro notes, and the mark firmed against the franc.',
 [('DUBLIN', 'LOC'), ('EU', 'ORG'), ('Dublin', 'LOC'), ('Germany', 'LOC'), ('France', 'LOC'), ('Irish', 'MISC'), ('John Bruton', 'PER'), ('European Monetary Institute', 'ORG')]),
# wN080
('1996-03-20',
 "LONDON 1996-03-20\nBritish Health Secretary Stephen Dorrell told lawmakers on Wednesday that scientists could not rule out a link between mad cow disease in cattle and a new form of a fatal brain disease in humans. France and Belgium halted imports of British beef within hours, and McDonald's said it would stop serving British beef in its restaurants.",
 [('LONDON', 'LOC'), ('British', 'MISC'), ('Stephen Dorrell', 'PER'), ('France', 'LOC'), ('Belgium', 'LOC'), ('British', 'MISC'), ("McDonald's", 'ORG'), ('British', 'MISC')]),
# wN081
('1996-03-04',
 "MADRID 1996-03-04\nJose Maria Aznar's Popular Party won Spain's general election on Sunday but fell 20 seats short of a majority, ending 13 years of Socialist rule under Felipe Gonzalez. Aznar will need the support of the Catalan nationalists of Jordi Pujol's Convergence and Union, political analysts said.",
 [('MADRID', 'LOC'), ('Jose Maria Aznar', 'PER'), ('Popular Party', 'ORG'), ('Spain', 'LOC'), ('Socialist', 'ORG'), ('Felipe Gonzalez', 'PER'), ('Aznar', 'PER'), ('Catalan', 'MISC'), ('Jordi Pujol', 'PER'), ('Convergence and Union', 'ORG')]),
# wN082
('1997-04-22',
 "LISBON 1997-04-22\nPortugal's Banco Comercial Portugues said on Tuesday its net profit rose 24 percent in the first quarter, beating forecasts, and its shares gained 3.1 percent on the Lisbon stock exchange. A dealer at BPI said Portuguese banks were gaining on hopes that Lisbon would qualify for the first wave of the euro.",
 [('LISBON', 'LOC'), ('Portugal', 'LOC'), ('Banco Comercial Portugues', 'ORG'), ('Lisbon', 'LOC'), ('BPI', 'ORG'), ('Portuguese', 'MISC'), ('Lisbon', 'LOC')]),
# wN083
('1996-10-07',
 'STOCKHOLM 1996-10-07\nSwedish bonds rallied on Monday after the Riksbank cut its repo rate by 20 basis points to 4.30 percent. A dealer at Skandinaviska Enskilda Banken said Stockholm was likely to cut again before Christmas, and shares in Ericsson and Volvo rose on the Stockholm bourse.',
 [('STOCKHOLM', 'LOC'), ('Swedish', 'MISC'), ('Riksbank', 'ORG'), ('Skandinaviska Enskilda Banken', 'ORG'), ('Stockholm', 'LOC'), ('Christmas', 'MISC'), ('Ericsson', 'ORG'), ('Volvo', 'ORG'), ('Stockholm', 'LOC')]),
# wN084
('1996-12-06',
 'WASHINGTON 1996-12-06\nFederal Reserve Chairman Alan Greenspan asked in a speech on Thursday evening whether "irrational exuberance" had unduly inflated asset values, and stock markets from Tokyo to Frankfurt fell on Friday. The Dow Jones industrial average dropped 145 points in early trade on Wall Street before recovering.',
 [('WASHINGTON', 'LOC'), ('Federal Reserve', 'ORG'), ('Alan Greenspan', 'PER'), ('Tokyo', 'LOC'), ('Frankfurt', 'LOC'), ('Dow Jones industrial average', 'MISC'), ('Wall Street', 'LOC')]),
# wN085
('1997-10-27',
 'NEW YORK 1997-10-27\nThe Dow Jones industrial average plunged 554 points on Monday, its biggest points drop ever, as the sell-off that began in Hong Kong spread to Wall Street. The New York Stock Exchange halted trading twice under rules introduced after the 1987 crash, and shares in IBM and Citicorp fell sharply.',
 [('NEW YORK', 'LOC'), ('Dow Jones industrial average', 'MISC'), ('Hong Kong', 'LOC'), ('Wall Street', 'LOC'), ('New York Stock Exchange', 'ORG'), ('IBM', 'ORG'), ('Citicorp', 'ORG')]),
# wN086
('1996-05-03',
 "TORONTO 1996-05-03\nInco Ltd agreed on Friday to buy Diamond Fields Resources Inc for about C$4.3 billion, winning control of the huge Voisey's Bay nickel find in Labrador. Diamond Fields chairman Robert Friedland said the deal beat a rival offer from Falconbridge Ltd, and Inco shares fell 4 percent on the Toronto Stock Exchange.",
 [('TORONTO', 'LOC'), ('Inco Ltd', 'ORG'), ('Diamond Fields Resources Inc', 'ORG'), ("Voisey's Bay", 'LOC'), ('Labrador', 'LOC'), ('Diamond Fields', 'ORG'), ('Robert Friedland', 'PER'), ('Falconbridge Ltd', 'ORG'), ('Inco', 'ORG'), ('Toronto Stock Exchange', 'ORG')]),
# wN087
('1997-08-06',
 'BOSTON 1997-08-06\nMicrosoft Corp will invest $150 million in rival Apple Computer Inc, Apple co-founder Steve Jobs told a trade show in Boston on Wednesday. Apple shares jumped 33 percent on the Nasdaq, and Microsoft chairman Bill Gates appeared by satellite link to loud jeers.',
 [('BOSTON', 'LOC'), ('Microsoft Corp', 'ORG'), ('Apple Computer Inc', 'ORG'), ('Apple', 'ORG'), ('Steve Jobs', 'PER'), ('Boston', 'LOC'), ('Apple', 'ORG'), ('Nasdaq', 'ORG'), ('Microsoft', 'ORG'), ('Bill Gates', 'PER')]),
# wN088
('1997-10-22',
 'WASHINGTON 1997-10-22\nThe Justice Department asked a federal court on Monday to fine Microsoft Corp $1 million a day for breaking a 1995 consent decree by forcing computer makers to install its Internet Explorer browser. Attorney General Janet Reno said the case was about consumer choice, and shares of rival Netscape Communications Corp rose 5 percent.',
 [('WASHINGTON', 'LOC'), ('Justice Department', 'ORG'), ('Microsoft Corp', 'ORG'), ('Internet Explorer', 'MISC'), ('Janet Reno', 'PER'), ('Netscape Communications Corp', 'ORG')]),
# wN089
('1997-03-26',
 "RANCHO SANTA FE, California 1997-03-26\nPolice found the bodies of 39 members of a religious cult called Heaven's Gate in a mansion in Rancho Santa Fe, north of San Diego, on Wednesday. San Diego County sheriff's officials said the victims appeared to have taken their own lives, and a video left by the leader, Marshall Applewhite, spoke of a spacecraft trailing a comet.",
 [('RANCHO SANTA FE', 'LOC'), ('California', 'LOC'), ("Heaven's Gate", 'ORG'), ('Rancho Santa Fe', 'LOC'), ('San Diego', 'LOC'), ('San Diego County', 'LOC'), ('Marshall Applewhite', 'PER')]),
# wN090
('1997-06-03',
 'DENVER 1997-06-03\nA federal jury in Denver found Timothy McVeigh guilty on Monday of the 1995 bombing of the Alfred P. Murrah Federal Building in Oklahoma City. U.S. District Judge Richard Matsch will hear arguments on the sentence next week, and prosecutor Joseph Hartzler said the government would seek the death penalty.',
 [('DENVER', 'LOC'), ('Denver', 'LOC'), ('Timothy McVeigh', 'PER'), ('Alfred P. Murrah Federal Building', 'LOC'), ('Oklahoma City', 'LOC'), ('U.S.', 'LOC'), ('Richard Matsch', 'PER'), ('Joseph Hartzler', 'PER')]),
# wN091
('1997-02-05',
 "SANTA MONICA, California 1997-02-05\nA civil jury in Santa Monica found O.J. Simpson liable on Tuesday for the 1994 deaths of Nicole Brown Simpson and Ronald Goldman and awarded $8.5 million to Goldman's family. Simpson, who was acquitted of murder in 1995, was playing golf when the verdict came in, his lawyer Robert Baker said.",
 [('SANTA MONICA', 'LOC'), ('California', 'LOC'), ('Santa Monica', 'LOC'), ('O.J. Simpson', 'PER'), ('Nicole Brown Simpson', 'PER'), ('Ronald Goldman', 'PER'), ('Goldman', 'PER'), ('Simpson', 'PER'), ('Robert Baker', 'PER')]),
# wN092
('1997-11-11',
 'CAMBRIDGE, Massachusetts 1997-11-11\nJudge Hiller Zobel reduced the murder conviction of British au pair Louise Woodward to manslaughter on Monday and freed her with the 279 days she had already served. Supporters in her home village of Elton, Cheshire, cheered, but the family of Matthew Eappen said they were devastated.',
 [('CAMBRIDGE', 'LOC'), ('Massachusetts', 'LOC'), ('Hiller Zobel', 'PER'), ('British', 'MISC'), ('Louise Woodward', 'PER'), ('Elton', 'LOC'), ('Cheshire', 'LOC'), ('Matthew Eappen', 'PER')]),
# wN093
('1997-03-01',
 'VILVOORDE, Belgium 1997-03-01\nRenault workers from France, Spain and Belgium marched through Vilvoorde on Saturday against the planned closure of the plant, which employs 3,100 people. Renault chairman Louis Schweitzer said the decision was final, but Belgian Prime Minister Jean-Luc Dehaene said the company had broken EU rules on consulting workers.',
 [('VILVOORDE', 'LOC'), ('Belgium', 'LOC'), ('Renault', 'ORG'), ('France', 'LOC'), ('Spain', 'LOC'), ('Belgium', 'LOC'), ('Vilvoorde', 'LOC'), ('Renault', 'ORG'), ('Louis Schweitzer', 'PER'), ('Belgian', 'MISC'), ('Jean-Luc Dehaene', 'PER'), ('EU', 'ORG')]),
# wN094
('1996-12-04',
 'PARIS 1996-12-04\nA bomb exploded on a crowded commuter train at Port-Royal station in central Paris on Tuesday evening, killing two people and injuring dozens, police said. Interior Minister Jean-Louis Debre said there was no claim of responsibility, but investigators suspected Algerian militants of the GIA.',
 [('PARIS', 'LOC'), ('Port-Royal', 'LOC'), ('Paris', 'LOC'), ('Jean-Louis Debre', 'PER'), ('Algerian', 'MISC'), ('GIA', 'ORG')]),
# wN095
('1996-06-15',
 'MANCHESTER 1996-06-15\nA huge IRA truck bomb wrecked the centre of Manchester on Saturday, injuring more than 200 shoppers near the Arndale Centre. Police had cleared about 80,000 people after a coded warning to Granada Television, and Sinn Fein leader Gerry Adams said he regretted the attack but would not condemn it.',
 [('MANCHESTER', 'LOC'), ('IRA', 'ORG'), ('Manchester', 'LOC'), ('Arndale Centre', 'LOC'), ('Granada Television', 'ORG'), ('Sinn Fein', 'ORG'), ('Gerry Adams', 'PER')]),
# wN096
('1997-07-19',
 'BELFAST 1997-07-19\nThe Irish Republican Army said it would restore its ceasefire from midday on Sunday, opening the way for Sinn Fein to join multi-party talks at Stormont in September. Ulster Unionist leader David Trimble said he wanted proof the guns would stay silent, and British Northern Ireland Secretary Mo Mowlam welcomed the move.',
 [('BELFAST', 'LOC'), ('Irish Republican Army', 'ORG'), ('Sinn Fein', 'ORG'), ('Stormont', 'LOC'), ('Ulster Unionist', 'ORG'), ('David Trimble', 'PER'), ('British', 'MISC'), ('Northern Ireland', 'LOC'), ('Mo Mowlam', 'PER')]),
# wN097
('1996-07-11',
 'PORTADOWN, Northern Ireland 1996-07-11\nPolice backed down on Thursday and allowed an Orange Order parade down the Catholic Garvaghy Road after a four-day standoff at Drumcree church. Catholic residents threw stones at the Royal Ulster Constabulary, and Irish Prime Minister John Bruton said London had given in to force.',
 [('PORTADOWN', 'LOC'), ('Northern Ireland', 'LOC'), ('Orange Order', 'ORG'), ('Catholic', 'MISC'), ('Garvaghy Road', 'LOC'), ('Drumcree', 'LOC'), ('Catholic', 'MISC'), ('Royal Ulster Constabulary', 'ORG'), ('Irish', 'MISC'), ('John Bruton', 'PER'), ('London', 'LOC')]),
# wN098
('1997-02-14',
 'LONDON 1997-02-14\nAn inquest jury in London ruled on Thursday that black teenager Stephen Lawrence was unlawfully killed "in a completely unprovoked racist attack" by five white youths in Eltham in 1993. His mother, Doreen Lawrence, said the Metropolitan Police had failed the family, and the Daily Mail named the five suspects on its front page.',
 [('LONDON', 'LOC'), ('London', 'LOC'), ('Stephen Lawrence', 'PER'), ('Eltham', 'LOC'), ('Doreen Lawrence', 'PER'), ('Metropolitan Police', 'ORG'), ('Daily Mail', 'ORG')]),
# wN099
('1997-08-31',
 "PARIS 1997-08-31\nDiana, Princess of Wales, died in a Paris hospital early on Sunday after her car crashed in a tunnel under the Place de l'Alma while being chased by photographers. Her companion Dodi al-Fayed and the driver, Henri Paul, were also killed, and bodyguard Trevor Rees-Jones was badly hurt, French police said.",
 [('PARIS', 'LOC'), ('Diana', 'PER'), ('Wales', 'LOC'), ('Paris', 'LOC'), ("Place de l'Alma", 'LOC'), ('Dodi al-Fayed', 'PER'), ('Henri Paul', 'PER'), ('Trevor Rees-Jones', 'PER'), ('French', 'MISC')]),
# wN100
('1996-05-11',
 "KATHMANDU 1996-05-11\nClimbers returning to base camp said on Saturday that a storm had trapped several teams high on Mount Everest, and expedition leader Rob Hall was stranded near the south summit. An American guide, Scott Fischer, was also missing, Nepal's tourism ministry said.",
 [('KATHMANDU', 'LOC'), ('Mount Everest', 'LOC'), ('Rob Hall', 'PER'), ('American', 'MISC'), ('Scott Fischer', 'PER'), ('Nepal', 'LOC')]),
# wN101
('1997-09-26',
 "ASSISI, Italy 1997-09-26\nTwo earthquakes struck Umbria and Marche on Friday, bringing down part of the vaulted ceiling of the Basilica of St Francis in Assisi and killing four people inside, among them two friars. Italy's civil protection department said thousands were homeless around Foligno and Nocera Umbra.",
 [('ASSISI', 'LOC'), ('Italy', 'LOC'), ('Umbria', 'LOC'), ('Marche', 'LOC'), ('Basilica of St Francis', 'LOC'), ('Assisi', 'LOC'), ('Italy', 'LOC'), ('Foligno', 'LOC'), ('Nocera Umbra', 'LOC')]),
# wN102
('1997-07-18',
 "PLYMOUTH, Montserrat 1997-07-18\nHot ash from the Soufriere Hills volcano fell on Plymouth on Friday, and British officials ordered the last residents of the south of the island to move north. Montserrat's chief minister Bertrand Osborne asked London for more help, and the Royal Navy frigate HMS Liverpool stood by offshore.",
 [('PLYMOUTH', 'LOC'), ('Montserrat', 'LOC'), ('Soufriere Hills', 'LOC'), ('Plymouth', 'LOC'), ('British', 'MISC'), ('Montserrat', 'LOC'), ('Bertrand Osborne', 'PER'), ('London', 'LOC'), ('Royal Navy', 'ORG'), ('HMS Liverpool', 'MISC')]),
# wN103
('1997-04-21',
 'GRAND FORKS, North Dakota 1997-04-21\nThe Red River broke through dykes and flooded most of Grand Forks on Monday, and fire swept through several downtown buildings, including the offices of the Grand Forks Herald. About 50,000 people had fled to East Grand Forks, Minnesota, and farther afield, the National Guard said.',
 [('GRAND FORKS', 'LOC'), ('North Dakota', 'LOC'), ('Red River', 'LOC'), ('Grand Forks', 'LOC'), ('Grand Forks Herald', 'ORG'), ('East Grand Forks', 'LOC'), ('Minnesota', 'LOC'), ('National Guard', 'ORG')]),
# wN104
('1996-05-12',
 'MIAMI 1996-05-12\nA ValuJet jet crashed into the Everglades shortly after taking off from Miami International Airport on Saturday, and all 110 people on board were believed dead. The National Transportation Safety Board sent investigators, and ValuJet president Lewis Jordan said the plane had reported smoke in the cabin.',
 [('MIAMI', 'LOC'), ('ValuJet', 'ORG'), ('Everglades', 'LOC'), ('Miami International Airport', 'LOC'), ('National Transportation Safety Board', 'ORG'), ('ValuJet', 'ORG'), ('Lewis Jordan', 'PER')]),
# wN105
('1997-09-27',
 'MEDAN, Indonesia 1997-09-27\nA Garuda Indonesia airliner crashed into hills near Medan in thick smoke haze on Friday, killing all 234 people on board. Transport Minister Haryanto Dhanutirto said visibility at Polonia airport was about 500 metres, and forest fires in Sumatra and Borneo had blanketed the region for weeks.',
 [('MEDAN', 'LOC'), ('Indonesia', 'LOC'), ('Garuda Indonesia', 'ORG'), ('Medan', 'LOC'), ('Haryanto Dhanutirto', 'PER'), ('Polonia', 'LOC'), ('Sumatra', 'LOC'), ('Borneo', 'LOC')]),
# wN106
('1997-10-01',
 'KUALA LUMPUR 1997-10-01\nSmoke from forest fires in Indonesia kept air pollution at hazardous levels in Sarawak on Wednesday, and the state government shut schools in Kuching and Sibu. Malaysian Science Minister Law Hieng Ding said Jakarta had accepted an offer of water bombers, and Singapore said it would send firefighters to Riau.',
 [('KUALA LUMPUR', 'LOC'), ('Indonesia', 'LOC'), ('Sarawak', 'LOC'), ('Kuching', 'LOC'), ('Sibu', 'LOC'), ('Malaysian', 'MISC'), ('Law Hieng Ding', 'PER'), ('Jakarta', 'LOC'), ('Singapore', 'LOC'), ('Riau', 'LOC')]),
# wN107
('1996-02-07',
 'PUERTO PLATA, Dominican Republic 1996-02-07\nA jet chartered by Birgenair crashed into the sea minutes after taking off from Puerto Plata late on Tuesday, killing all 189 people on board, most of them German tourists heading for Frankfurt via Gander. Dominican naval divers recovered bodies off the coast, and Lufthansa said it had no link with the Turkish charter company.',
 [('PUERTO PLATA', 'LOC'), ('Dominican Republic', 'LOC'), ('Birgenair', 'ORG'), ('Puerto Plata', 'LOC'), ('German', 'MISC'), ('Frankfurt', 'LOC'), ('Gander', 'LOC'), ('Dominican', 'MISC'), ('Lufthansa', 'ORG'), ('Turkish', 'MISC')]),
# wN108
('1997-08-06',
 "AGANA, Guam 1997-08-06\nA Korean Air jumbo jet from Seoul crashed into a hillside while approaching Won Pat International Airport in heavy rain early on Wednesday, killing more than 220 people. U.S. Marines from Andersen Air Force Base helped pull survivors from the wreck, and South Korea's transport ministry sent a team.",
 [('AGANA', 'LOC'), ('Guam', 'LOC'), ('Korean Air', 'ORG'), ('Seoul', 'LOC'), ('Won Pat International Airport', 'LOC'), ('U.S. Marines', 'ORG'), ('Andersen Air Force Base', 'LOC'), ('South Korea', 'LOC')]),
# wN109
('1997-07-06',
 'PHNOM PENH 1997-07-06\nSecond Prime Minister Hun Sen said on Sunday his forces had taken control of Phnom Penh after two days of fighting with troops loyal to his co-premier, whose FUNCINPEC party he accused of smuggling in Khmer Rouge fighters. Tanks patrolled near Pochentong airport, and Thailand sent planes to evacuate foreigners.',
 [('PHNOM PENH', 'LOC'), ('Hun Sen', 'PER'), ('Phnom Penh', 'LOC'), ('FUNCINPEC', 'ORG'), ('Khmer Rouge', 'ORG'), ('Pochentong', 'LOC'), ('Thailand', 'LOC')]),
# wN110
('1997-02-07',
 'QUITO 1997-02-07\nLawmakers in Ecuador voted on Thursday to remove President Abdala Bucaram for "mental incapacity" and named its speaker, Fabian Alarcon, as interim head of state. Vice-President Rosalia Arteaga also claimed the post, and Bucaram barricaded himself in the Carondelet Palace, aides told AFP.',
 [('QUITO', 'LOC'), ('Ecuador', 'LOC'), ('Abdala Bucaram', 'PER'), ('Fabian Alarcon', 'PER'), ('Rosalia Arteaga', 'PER'), ('Bucaram', 'PER'), ('Carondelet Palace', 'LOC'), ('AFP', 'ORG')]),
# wN111
('1996-10-21',
 "MANAGUA 1996-10-21\nArnoldo Aleman of the Liberal Alliance led Nicaragua's presidential vote count on Monday with 49 percent, ahead of Sandinista leader Daniel Ortega with 39 percent, the Supreme Electoral Council said. Ortega said there had been irregularities in Managua and Matagalpa.",
 [('MANAGUA', 'LOC'), ('Arnoldo Aleman', 'PER'), ('Liberal Alliance', 'ORG'), ('Nicaragua', 'LOC'), ('Sandinista', 'ORG'), ('Daniel Ortega', 'PER'), ('Supreme Electoral Council', 'ORG'), ('Ortega', 'PER'), ('Managua', 'LOC'), ('Matagalpa', 'LOC')]),
# wN112
('1996-07-01',
 "SANTO DOMINGO 1996-07-01\nLeonel Fernandez of the Dominican Liberation Party won the Dominican Republic's presidential run-off on Sunday, defeating Jose Francisco Pena Gomez with backing from outgoing president Joaquin Balaguer. Fernandez, who grew up in New York, promised to fight corruption and modernise the sugar industry.",
 [('SANTO DOMINGO', 'LOC'), ('Leonel Fernandez', 'PER'), ('Dominican Liberation Party', 'ORG'), ('Dominican Republic', 'LOC'), ('Jose Francisco Pena Gomez', 'PER'), ('Joaquin Balaguer', 'PER'), ('Fernandez', 'PER'), ('New York', 'LOC')]),
# wN113
('1997-07-07',
 'MEXICO CITY 1997-07-07\nCuauhtemoc Cardenas of the Party of the Democratic Revolution was elected mayor of Mexico City on Sunday, and the ruling Institutional Revolutionary Party, or PRI, lost control of the lower house for the first time in 68 years. The peso firmed and the Mexican Stock Exchange index rose 2.8 percent.',
 [('MEXICO CITY', 'LOC'), ('Cuauhtemoc Cardenas', 'PER'), ('Party of the Democratic Revolution', 'ORG'), ('Mexico City', 'LOC'), ('Institutional Revolutionary Party', 'ORG'), ('PRI', 'ORG'), ('Mexican Stock Exchange', 'ORG')]),
# wN114
('1997-10-25',
 "BOGOTA 1997-10-25\nRebels of the National Liberation Army bombed the Cano Limon-Covenas oil pipeline twice this week, state oil company Ecopetrol said on Saturday. The ELN has also threatened candidates in Sunday's local elections in Arauca and Cesar, and Defence Minister Gilberto Echeverri said 2,000 extra troops had been sent.",
 [('BOGOTA', 'LOC'), ('National Liberation Army', 'ORG'), ('Cano Limon', 'LOC'), ('Covenas', 'LOC'), ('Ecopetrol', 'ORG'), ('ELN', 'ORG'), ('Arauca', 'LOC'), ('Cesar', 'LOC'), ('Gilberto Echeverri', 'PER')]),
# wN115
('1997-06-11',
 "SANTIAGO 1997-06-11\nChilean copper producer Codelco will spend $1 billion on its El Teniente mine over five years, chief executive Juan Villarzu said on Wednesday. Chile's central bank held its overnight rate at 6.5 percent, and shares of Enersis led the Santiago stock exchange higher.",
 [('SANTIAGO', 'LOC'), ('Chilean', 'MISC'), ('Codelco', 'ORG'), ('El Teniente', 'LOC'), ('Juan Villarzu', 'PER'), ('Chile', 'LOC'), ('Enersis', 'ORG'), ('Santiago', 'LOC')]),
# wN116
('1997-09-17',
 "CARACAS 1997-09-17\nVenezuela's state oil firm Petroleos de Venezuela said on Wednesday it had awarded 18 marginal oilfields to private groups including Royal Dutch/Shell and British Petroleum. PDVSA president Luis Giusti said output would reach 4.4 million barrels a day by 2002, well above the OPEC quota.",
 [('CARACAS', 'LOC'), ('Venezuela', 'LOC'), ('Petroleos de Venezuela', 'ORG'), ('Royal Dutch/Shell', 'ORG'), ('British Petroleum', 'ORG'), ('PDVSA', 'ORG'), ('Luis Giusti', 'PER'), ('OPEC', 'ORG')]),
# wN117
('1997-06-26',
 'VIENNA 1997-06-26\nOPEC oil ministers agreed on Thursday to keep their output ceiling at 25.03 million barrels a day for six more months. Saudi Oil Minister Ali al-Naimi said over-production by some members, notably Venezuela and Nigeria, was a concern, and Brent crude fell 25 cents in London.',
 [('VIENNA', 'LOC'), ('OPEC', 'ORG'), ('Saudi', 'MISC'), ('Ali al-Naimi', 'PER'), ('Venezuela', 'LOC'), ('Nigeria', 'LOC'), ('Brent', 'MISC'), ('London', 'LOC')]),
# wN118
('1996-11-28',
 'JOHANNESBURG 1996-11-28\nGold fell to its lowest level in nearly three years on Thursday after the Swiss National Bank said it might sell part of its reserves. Shares in Anglo American Corp and Gencor fell on the Johannesburg Stock Exchange, and analysts at Gold Fields said producers would step up hedging.',
 [('JOHANNESBURG', 'LOC'), ('Swiss National Bank', 'ORG'), ('Anglo American Corp', 'ORG'), ('Gencor', 'ORG'), ('Johannesburg Stock Exchange', 'ORG'), ('Gold Fields', 'ORG')]),
# wN119
('1997-11-28',
 "LAGOS 1997-11-28\nThe Nigerian government said on Friday it had closed three private banks, including Credite Bank, and arrested their directors. The Central Bank of Nigeria governor, Paul Ogwuma, said depositors would be repaid by the Nigeria Deposit Insurance Corporation. General Sani Abacha's government has ruled since 1993.",
 [('LAGOS', 'LOC'), ('Nigerian', 'MISC'), ('Credite Bank', 'ORG'), ('Central Bank of Nigeria', 'ORG'), ('Paul Ogwuma', 'PER'), ('Nigeria Deposit Insurance Corporation', 'ORG'), ('Sani Abacha', 'PER')]),
# wN120
('1996-12-11',
 "ACCRA 1996-12-11\nPresident Jerry Rawlings won Ghana's election with 57 percent of the vote, the Electoral Commission said on Wednesday, beating John Kufuor of the New Patriotic Party. Kufuor accepted the result, and turnout of 78 percent was hailed by observers from the Commonwealth as a sign of a maturing democracy in West Africa.",
 [('ACCRA', 'LOC'), ('Jerry Rawlings', 'PER'), ('Ghana', 'LOC'), ('Electoral Commission', 'ORG'), ('John Kufuor', 'PER'), ('New Patriotic Party', 'ORG'), ('Kufuor', 'PER'), ('Commonwealth', 'ORG'), ('West Africa', 'LOC')]),
# wN121
('1997-12-30',
 "NAIROBI 1997-12-30\nPresident Daniel arap Moi was declared winner of Kenya's election on Tuesday with 40 percent of the vote, ahead of Mwai Kibaki of the Democratic Party. The Electoral Commission of Kenya said turnout was about 65 percent, but Kibaki said counting in Nairobi and Kiambu had been rigged.",
 [('NAIROBI', 'LOC'), ('Daniel arap Moi', 'PER'), ('Kenya', 'LOC'), ('Mwai Kibaki', 'PER'), ('Democratic Party', 'ORG'), ('Electoral Commission of Kenya', 'ORG'), ('Kibaki', 'PER'), ('Nairobi', 'LOC'), ('Kiambu', 'LOC')]),
# wN122
('1997-07-08',
 "NAIROBI 1997-07-08\nRiot police fired tear gas and stormed All Saints Cathedral in Nairobi on Monday, beating pro-democracy demonstrators who had sought shelter there. At least nine people died in clashes in Nairobi, Nakuru, Kisumu and Mombasa, Kenya's National Convention Executive Council said.",
 [('NAIROBI', 'LOC'), ('All Saints Cathedral', 'LOC'), ('Nairobi', 'LOC'), ('Nairobi', 'LOC'), ('Nakuru', 'LOC'), ('Kisumu', 'LOC'), ('Mombasa', 'LOC'), ('Kenya', 'LOC'), ('National Convention Executive Council', 'ORG')]),
# wN123
('1996-05-08',
 'CAPE TOWN 1996-05-08\nThe Constitutional Assembly adopted a new constitution on Wednesday, and Deputy President Thabo Mbeki told lawmakers it was a charter for all citizens. The National Party said it would leave the unity government by the end of June, and the rand slipped against the dollar.',
 [('CAPE TOWN', 'LOC'), ('Constitutional Assembly', 'ORG'), ('Thabo Mbeki', 'PER'), ('National Party', 'ORG')]),
# wN124
('1997-09-08',
 'ADDIS ABABA 1997-09-08\nEthiopian Prime Minister Meles Zenawi met Eritrean President Isaias Afwerki in Addis Ababa on Monday to discuss trade after Asmara said it would launch its own currency, the nakfa. Officials of the Intergovernmental Authority on Development said the two men also discussed Sudan.',
 [('ADDIS ABABA', 'LOC'), ('Ethiopian', 'MISC'), ('Meles Zenawi', 'PER'), ('Eritrean', 'MISC'), ('Isaias Afwerki', 'PER'), ('Addis Ababa', 'LOC'), ('Asmara', 'LOC'), ('Intergovernmental Authority on Development', 'ORG'), ('Sudan', 'LOC')]),
# wN125
('1996-11-21',
 "LUSAKA 1996-11-21\nPresident Frederick Chiluba was sworn in for a second term on Thursday after his Movement for Multiparty Democracy won Zambia's elections, which the main opposition boycotted. Kenneth Kaunda of the United National Independence Party had been barred from running, and donors including Britain and Denmark froze aid to Lusaka.",
 [('LUSAKA', 'LOC'), ('Frederick Chiluba', 'PER'), ('Movement for Multiparty Democracy', 'ORG'), ('Zambia', 'LOC'), ('Kenneth Kaunda', 'PER'), ('United National Independence Party', 'ORG'), ('Britain', 'LOC'), ('Denmark', 'LOC'), ('Lusaka', 'LOC')]),
# wN126
('1997-06-08',
 'BRAZZAVILLE 1997-06-08\nFighting raged for a third day on Sunday in Brazzaville between the army and the Cobra militia of former president Denis Sassou Nguesso. French troops evacuated about 2,000 foreigners across the Congo river to Kinshasa, and President Pascal Lissouba rejected calls to postpone the July election.',
 [('BRAZZAVILLE', 'LOC'), ('Brazzaville', 'LOC'), ('Cobra', 'ORG'), ('Denis Sassou Nguesso', 'PER'), ('French', 'MISC'), ('Congo', 'LOC'), ('Kinshasa', 'LOC'), ('Pascal Lissouba', 'PER')]),
# wN127
('1997-03-29',
 'LUANDA 1997-03-29\nAngola\'s unity government was sworn in on Friday with four ministers from Jonas Savimbi\'s UNITA, more than two years after the Lusaka peace accord. Savimbi stayed away from the ceremony in Luanda, and U.N. envoy Alioune Blondin Beye said his absence was "not a good sign".',
 [('LUANDA', 'LOC'), ('Angola', 'LOC'), ('Jonas Savimbi', 'PER'), ('UNITA', 'ORG'), ('Lusaka', 'LOC'), ('Savimbi', 'PER'), ('Luanda', 'LOC'), ('U.N.', 'ORG'), ('Alioune Blondin Beye', 'PER')]),
# wN128
('1997-06-28',
 "KHARTOUM 1997-06-28\nRebels of the Sudan People's Liberation Army said on Saturday they had captured the town of Rumbek in southern Sudan. SPLA spokesman Yasir Arman told Reuters in Nairobi that government troops fled towards Wau, but Khartoum denied the town had fallen.",
 [('KHARTOUM', 'LOC'), ("Sudan People's Liberation Army", 'ORG'), ('Rumbek', 'LOC'), ('Sudan', 'LOC'), ('SPLA', 'ORG'), ('Yasir Arman', 'PER'), ('Reuters', 'ORG'), ('Nairobi', 'LOC'), ('Wau', 'LOC'), ('Khartoum', 'LOC')]),
# wN129
('1996-04-06',
 'MONROVIA 1996-04-06\nFighting between the forces of Charles Taylor and rival faction leader Roosevelt Johnson spread across Monrovia on Saturday, and U.S. helicopters began flying foreigners out to Freetown. Hundreds of people sheltered at the Barclay Training Center barracks, a Red Cross official said.',
 [('MONROVIA', 'LOC'), ('Charles Taylor', 'PER'), ('Roosevelt Johnson', 'PER'), ('Monrovia', 'LOC'), ('U.S.', 'LOC'), ('Freetown', 'LOC'), ('Barclay Training Center', 'LOC'), ('Red Cross', 'ORG')]),
# wN130
('1996-03-23',
 'TAIPEI 1996-03-23\nLee Teng-hui won Taiwan\'s first direct presidential election on Saturday with 54 percent of the vote, despite weeks of Chinese missile tests in the Taiwan Strait. The Democratic Progressive Party candidate, Peng Ming-min, came second, and Beijing said Lee must abandon his "splittist" policies.',
 [('TAIPEI', 'LOC'), ('Lee Teng-hui', 'PER'), ('Taiwan', 'LOC'), ('Chinese', 'MISC'), ('Taiwan Strait', 'LOC'), ('Democratic Progressive Party', 'ORG'), ('Peng Ming-min', 'PER'), ('Beijing', 'LOC'), ('Lee', 'PER')]),
# wN131
('1997-07-23',
 "KUALA LUMPUR 1997-07-23\nThe Association of South East Asian Nations admitted Myanmar and Laos on Wednesday, ignoring Western criticism of Yangon's military rulers. Myanmar Foreign Minister Ohn Gyaw thanked ASEAN members, while opposition leader Aung San Suu Kyi said the decision was premature.",
 [('KUALA LUMPUR', 'LOC'), ('Association of South East Asian Nations', 'ORG'), ('Myanmar', 'LOC'), ('Laos', 'LOC'), ('Western', 'MISC'), ('Yangon', 'LOC'), ('Myanmar', 'LOC'), ('Ohn Gyaw', 'PER'), ('ASEAN', 'ORG'), ('Aung San Suu Kyi', 'PER')]),
# wN132
('1997-12-10',
 "AKMOLA, Kazakhstan 1997-12-10\nPresident Nursultan Nazarbayev formally moved Kazakhstan's capital from Almaty to Akmola on Wednesday, 1,000 km to the north on the windswept steppe. Diplomats said most embassies would stay in Almaty for now, and the Asian Development Bank said it would open an office in the new capital.",
 [('AKMOLA', 'LOC'), ('Kazakhstan', 'LOC'), ('Nursultan Nazarbayev', 'PER'), ('Kazakhstan', 'LOC'), ('Almaty', 'LOC'), ('Akmola', 'LOC'), ('Almaty', 'LOC'), ('Asian Development Bank', 'ORG')]),
# wN133
('1997-11-06',
 'HANOI 1997-11-06\nVietnamese police have arrested dozens of farmers after protests over land seizures and corruption in Thai Binh province south of Hanoi, diplomats said on Thursday. The Communist Party of Vietnam newspaper Nhan Dan said local officials had been dismissed.',
 [('HANOI', 'LOC'), ('Vietnamese', 'MISC'), ('Thai Binh', 'LOC'), ('Hanoi', 'LOC'), ('Communist Party of Vietnam', 'ORG'), ('Nhan Dan', 'ORG')]),
# wN134
('1997-01-08',
 'PYONGYANG 1997-01-08\nNorth Korea faces a severe food shortage this spring after floods in 1995 and 1996 destroyed much of its harvest, the World Food Programme said on Wednesday. WFP official Trevor Page said stocks in North Hwanghae and South Pyongan provinces would run out by March.',
 [('PYONGYANG', 'LOC'), ('North Korea', 'LOC'), ('World Food Programme', 'ORG'), ('WFP', 'ORG'), ('Trevor Page', 'PER'), ('North Hwanghae', 'LOC'), ('South Pyongan', 'LOC')]),
# wN135
('1997-02-12',
 "BEIJING 1997-02-12\nHwang Jang-yop, the North Korean ruling party's chief ideologue, walked into the South Korean embassy in Beijing on Wednesday and asked for asylum. Pyongyang said he had been kidnapped, and Chinese police surrounded the compound in the Jianguomenwai diplomatic district.",
 [('BEIJING', 'LOC'), ('Hwang Jang-yop', 'PER'), ('North Korean', 'MISC'), ('South Korean', 'MISC'), ('Beijing', 'LOC'), ('Pyongyang', 'LOC'), ('Chinese', 'MISC'), ('Jianguomenwai', 'LOC')]),
# wN136
('1996-09-02',
 'DAVAO, Philippines 1996-09-02\nThe Philippine government and the Moro National Liberation Front signed a peace agreement at Malacanang palace on Monday ending a 24-year Moslem rebellion in the south. MNLF chairman Nur Misuari is expected to run for governor of the Autonomous Region in Muslim Mindanao, while the rival Moro Islamic Liberation Front rejected the deal.',
 [('DAVAO', 'LOC'), ('Philippines', 'LOC'), ('Philippine', 'MISC'), ('Moro National Liberation Front', 'ORG'), ('Malacanang', 'LOC'), ('Moslem', 'MISC'), ('MNLF', 'ORG'), ('Nur Misuari', 'PER'), ('Autonomous Region in Muslim Mindanao', 'LOC'), ('Moro Islamic Liberation Front', 'ORG')]),
# wN137
('1996-07-27',
 "JAKARTA 1996-07-27\nRiots broke out in central Jakarta on Saturday after police and supporters of a government-backed faction stormed the headquarters of the Indonesian Democratic Party held by backers of ousted leader Megawati Sukarnoputri. Buildings were set on fire along Jalan Salemba, and the army blamed the small People's Democratic Party.",
 [('JAKARTA', 'LOC'), ('Jakarta', 'LOC'), ('Indonesian Democratic Party', 'ORG'), ('Megawati Sukarnoputri', 'PER'), ('Jalan Salemba', 'LOC'), ("People's Democratic Party", 'ORG')]),
# wN138
('1997-05-29',
 "JAKARTA 1997-05-29\nPresident Suharto's ruling Golkar party won 74 percent of the vote in Indonesia's general election, official results showed on Thursday. The Moslem-based United Development Party took 22 percent and complained of fraud in Madura and East Java.",
 [('JAKARTA', 'LOC'), ('Suharto', 'PER'), ('Golkar', 'ORG'), ('Indonesia', 'LOC'), ('Moslem', 'MISC'), ('United Development Party', 'ORG'), ('Madura', 'LOC'), ('East Java', 'LOC')]),
# wN139
('1997-05-07',
 'THE HAGUE 1997-05-07\nThe International Criminal Tribunal for the former Yugoslavia found Dusan Tadic, a Serb cafe owner from Kozarac, guilty on Wednesday of crimes against humanity at the Omarska and Trnopolje camps. Presiding judge Gabrielle Kirk McDonald said sentencing would follow in July.',
 [('THE HAGUE', 'LOC'), ('International Criminal Tribunal for the former Yugoslavia', 'ORG'), ('Dusan Tadic', 'PER'), ('Serb', 'MISC'), ('Kozarac', 'LOC'), ('Omarska', 'LOC'), ('Trnopolje', 'LOC'), ('Gabrielle Kirk McDonald', 'PER')]),
# wN140
('1997-03-30',
 "PHNOM PENH 1997-03-30\nAttackers threw four grenades into a rally led by opposition politician Sam Rainsy outside the National Assembly in Phnom Penh on Sunday, killing at least 16 people. Sam Rainsy, head of the Khmer Nation Party, was slightly hurt and blamed Hun Sen's Cambodian People's Party, which denied any role.",
 [('PHNOM PENH', 'LOC'), ('Sam Rainsy', 'PER'), ('National Assembly', 'ORG'), ('Phnom Penh', 'LOC'), ('Sam Rainsy', 'PER'), ('Khmer Nation Party', 'ORG'), ('Hun Sen', 'PER'), ("Cambodian People's Party", 'ORG')]),
# wN141
('1996-08-26',
 'SEOUL 1996-08-26\nA Seoul court sentenced former president Chun Doo-hwan to death on Monday for mutiny and treason over the 1979 coup and the 1980 Kwangju massacre. His successor Roh Tae-woo got 22 and a half years, and the heads of Samsung and Daewoo received suspended terms for bribery.',
 [('SEOUL', 'LOC'), ('Seoul', 'LOC'), ('Chun Doo-hwan', 'PER'), ('Kwangju', 'LOC'), ('Roh Tae-woo', 'PER'), ('Samsung', 'ORG'), ('Daewoo', 'ORG')]),
# wN142
('1997-10-08',
 'BORDEAUX 1997-10-08\nMaurice Papon, a former Vichy official who later served as a Gaullist budget minister, went on trial in Bordeaux on Wednesday accused of helping deport 1,690 Jews during the Second World War. Lawyer Arno Klarsfeld said the trial was about the whole French state.',
 [('BORDEAUX', 'LOC'), ('Maurice Papon', 'PER'), ('Vichy', 'LOC'), ('Gaullist', 'MISC'), ('Bordeaux', 'LOC'), ('Jews', 'MISC'), ('Second World War', 'MISC'), ('Arno Klarsfeld', 'PER'), ('French', 'MISC')]),
# wN143
('1997-08-25',
 "BERLIN 1997-08-25\nA Berlin court sentenced Egon Krenz, East Germany's last communist leader, to six and a half years in jail on Monday for the shoot-to-kill policy at the Berlin Wall. Two other former Politburo members, Guenter Schabowski and Guenther Kleiber, received three years each.",
 [('BERLIN', 'LOC'), ('Berlin', 'LOC'), ('Egon Krenz', 'PER'), ('East Germany', 'LOC'), ('Berlin Wall', 'LOC'), ('Politburo', 'ORG'), ('Guenter Schabowski', 'PER'), ('Guenther Kleiber', 'PER')]),
# wN144
('1996-09-26',
 'PALERMO 1996-09-26\nFormer Italian prime minister Giulio Andreotti told a Palermo court on Thursday that claims he had kissed Mafia boss Salvatore Riina were "absurd". Prosecutor Gian Carlo Caselli said turncoat Baldassare Di Maggio had given a detailed account of the meeting.',
 [('PALERMO', 'LOC'), ('Italian', 'MISC'), ('Giulio Andreotti', 'PER'), ('Palermo', 'LOC'), ('Mafia', 'ORG'), ('Salvatore Riina', 'PER'), ('Gian Carlo Caselli', 'PER'), ('Baldassare Di Maggio', 'PER')]),
# wN145
('1996-01-30',
 'ATHENS 1996-01-30\nGreece and Turkey pulled back warships from the rocky islets of Imia, known in Turkish as Kardak, early on Wednesday after U.S. mediation. Greek Prime Minister Costas Simitis told the Athens assembly that there had been no deal on sovereignty.',
 [('ATHENS', 'LOC'), ('Greece', 'LOC'), ('Turkey', 'LOC'), ('Imia', 'LOC'), ('Turkish', 'MISC'), ('Kardak', 'LOC'), ('U.S.', 'LOC'), ('Greek', 'MISC'), ('Costas Simitis', 'PER'), ('Athens', 'LOC')]),
# wN146
('1996-08-14',
 'NICOSIA 1996-08-14\nGreek Cypriot protester Solomos Solomou was shot dead on Wednesday while climbing a flagpole in the U.N. buffer zone near Dherynia, three days after another protester was beaten to death. Cyprus President Glafcos Clerides accused Turkish troops of murder, and Ankara blamed Athens for stirring up violence.',
 [('NICOSIA', 'LOC'), ('Greek Cypriot', 'MISC'), ('Solomos Solomou', 'PER'), ('U.N.', 'ORG'), ('Dherynia', 'LOC'), ('Cyprus', 'LOC'), ('Glafcos Clerides', 'PER'), ('Turkish', 'MISC'), ('Ankara', 'LOC'), ('Athens', 'LOC')]),
# wN147
('1997-03-05',
 'ZURICH 1997-03-05\nSwiss President Arnold Koller proposed on Wednesday a 7 billion franc solidarity foundation to help victims of the Holocaust, as pressure grew on Swiss banks over dormant accounts. Jewish groups in New York welcomed the move, and Union Bank of Switzerland shares rose 1.5 percent.',
 [('ZURICH', 'LOC'), ('Swiss', 'MISC'), ('Arnold Koller', 'PER'), ('Holocaust', 'MISC'), ('Swiss', 'MISC'), ('Jewish', 'MISC'), ('New York', 'LOC'), ('Union Bank of Switzerland', 'ORG')]),
# wN148
('1997-03-18',
 'ESSEN 1997-03-18\nFried. Krupp AG Hoesch-Krupp launched a hostile bid worth 14 billion marks for rival steelmaker Thyssen AG on Tuesday, prompting steelworkers to march on Frankfurt. Thyssen chief executive Dieter Vogel called the offer "a declaration of war", and IG Metall union leader Klaus Zwickel said thousands of jobs in the Ruhr were at risk.',
 [('ESSEN', 'LOC'), ('Fried. Krupp AG Hoesch-Krupp', 'ORG'), ('Thyssen AG', 'ORG'), ('Frankfurt', 'LOC'), ('Thyssen', 'ORG'), ('Dieter Vogel', 'PER'), ('IG Metall', 'ORG'), ('Klaus Zwickel', 'PER'), ('Ruhr', 'LOC')]),
# wN149
('1996-11-18',
 "BONN 1996-11-18\nShares in Deutsche Telekom AG rose 19 percent on their first day of trading on Monday, after Europe's largest share offering drew about 2 million German small investors. Telekom chief Ron Sommer rang the bell in Frankfurt, and Goldman Sachs and Deutsche Morgan Grenfell, lead managers of the issue, said demand had been overwhelming.",
 [('BONN', 'LOC'), ('Deutsche Telekom AG', 'ORG'), ('Europe', 'LOC'), ('German', 'MISC'), ('Telekom', 'ORG'), ('Ron Sommer', 'PER'), ('Frankfurt', 'LOC'), ('Goldman Sachs', 'ORG'), ('Deutsche Morgan Grenfell', 'ORG')]),
# wN150
('1997-01-08',
 'DETROIT 1997-01-08\nVolkswagen AG agreed on Thursday to pay General Motors Corp $100 million and buy $1 billion of parts to settle the industrial spying case over Jose Ignacio Lopez de Arriortua. Lopez, who left GM for Volkswagen in 1993, resigned from the Wolfsburg carmaker in November.',
 [('DETROIT', 'LOC'), ('Volkswagen AG', 'ORG'), ('General Motors Corp', 'ORG'), ('Jose Ignacio Lopez de Arriortua', 'PER'), ('Lopez', 'PER'), ('GM', 'ORG'), ('Volkswagen', 'ORG'), ('Wolfsburg', 'LOC')]),
# wN151
('1996-11-19',
 'CALAIS, France 1996-11-19\nFire broke out on a freight shuttle in the Channel Tunnel late on Monday, and eight lorry drivers were taken to hospital in Calais with smoke injuries. Eurotunnel said services to Folkestone were suspended, and its shares fell 6 percent in Paris on Tuesday.',
 [('CALAIS', 'LOC'), ('France', 'LOC'), ('Channel Tunnel', 'LOC'), ('Calais', 'LOC'), ('Eurotunnel', 'ORG'), ('Folkestone', 'LOC'), ('Paris', 'LOC')]),
# wN152
('1997-01-03',
 "KIGALI 1997-01-03\nA court in Kibungo sentenced two men to death on Friday in the first of Rwanda's own trials of genocide suspects, Radio Rwanda said. The men, Deogratias Bizimana and Egide Gatanazi, had no defence lawyers, and Amnesty International said the trials fell short of fair standards.",
 [('KIGALI', 'LOC'), ('Kibungo', 'LOC'), ('Rwanda', 'LOC'), ('Radio Rwanda', 'ORG'), ('Deogratias Bizimana', 'PER'), ('Egide Gatanazi', 'PER'), ('Amnesty International', 'ORG')]),
# wN153
('1996-05-21',
 'MWANZA, Tanzania 1996-05-21\nThe ferry MV Bukoba capsized on Lake Victoria near Mwanza on Tuesday with more than 800 people on board. Only about 100 survivors were pulled out, police said, and President Benjamin Mkapa declared three days of mourning.',
 [('MWANZA', 'LOC'), ('Tanzania', 'LOC'), ('MV Bukoba', 'MISC'), ('Lake Victoria', 'LOC'), ('Mwanza', 'LOC'), ('Benjamin Mkapa', 'PER')]),
# wN154
('1997-10-01',
 'PRISTINA 1997-10-01\nSerbian police broke up a march by thousands of Albanian students in Pristina on Wednesday, beating protesters who demanded the reopening of the University of Pristina to Albanian-language classes. Kosovo Albanian leader Ibrahim Rugova appealed for calm and called on Washington to intervene.',
 [('PRISTINA', 'LOC'), ('Serbian', 'MISC'), ('Albanian', 'MISC'), ('Pristina', 'LOC'), ('University of Pristina', 'ORG'), ('Albanian', 'MISC'), ('Kosovo Albanian', 'MISC'), ('Ibrahim Rugova', 'PER'), ('Washington', 'LOC')]),
# wN155
('1997-10-26',
 "BRATISLAVA 1997-10-26\nSlovak Prime Minister Vladimir Meciar's government came under fire from EU ambassadors on Sunday after Bratislava was left out of the first wave of EU membership talks. Opposition leader Mikulas Dzurinda of the Slovak Democratic Coalition said Meciar had isolated the country.",
 [('BRATISLAVA', 'LOC'), ('Slovak', 'MISC'), ('Vladimir Meciar', 'PER'), ('EU', 'ORG'), ('Bratislava', 'LOC'), ('EU', 'ORG'), ('Mikulas Dzurinda', 'PER'), ('Slovak Democratic Coalition', 'ORG'), ('Meciar', 'PER')]),
# wN156
('1997-12-13',
 'LUXEMBOURG 1997-12-13\nEU leaders agreed on Saturday to open membership talks with Poland, Hungary, the Czech Republic, Estonia, Slovenia and Cyprus in March. Turkey was offered only a seat at a standing conference, and Turkish Prime Minister Mesut Yilmaz said Ankara would freeze political dialogue with Brussels.',
 [('LUXEMBOURG', 'LOC'), ('EU', 'ORG'), ('Poland', 'LOC'), ('Hungary', 'LOC'), ('Czech Republic', 'LOC'), ('Estonia', 'LOC'), ('Slovenia', 'LOC'), ('Cyprus', 'LOC'), ('Turkey', 'LOC'), ('Turkish', 'MISC'), ('Mesut Yilmaz', 'PER'), ('Ankara', 'LOC'), ('Brussels', 'LOC')]),
# wN157
('1996-10-04',
 'GAZA 1996-10-04\nPalestinian police and Israeli troops fought gun battles in Gaza, Ramallah and Nablus for a third day on Friday after Israel opened a tunnel near the Al-Aqsa Mosque compound in Jerusalem. Yasser Arafat and Benjamin Netanyahu met in Washington with King Hussein of Jordan but agreed little.',
 [('GAZA', 'LOC'), ('Palestinian', 'MISC'), ('Israeli', 'MISC'), ('Gaza', 'LOC'), ('Ramallah', 'LOC'), ('Nablus', 'LOC'), ('Israel', 'LOC'), ('Al-Aqsa Mosque', 'LOC'), ('Jerusalem', 'LOC'), ('Yasser Arafat', 'PER'), ('Benjamin Netanyahu', 'PER'), ('Washington', 'LOC'), ('Hussein', 'PER'), ('Jordan', 'LOC')]),
# wN158
('1997-09-25',
 'AMMAN 1997-09-25\nTwo Israeli agents with Canadian passports tried to poison Hamas political leader Khaled Meshaal on an Amman street on Thursday, Jordanian officials said. Jordan arrested the men, and Israel later freed Hamas founder Sheikh Ahmed Yassin under a deal with Amman.',
 [('AMMAN', 'LOC'), ('Israeli', 'MISC'), ('Canadian', 'MISC'), ('Hamas', 'ORG'), ('Khaled Meshaal', 'PER'), ('Amman', 'LOC'), ('Jordanian', 'MISC'), ('Jordan', 'LOC'), ('Israel', 'LOC'), ('Hamas', 'ORG'), ('Ahmed Yassin', 'PER'), ('Amman', 'LOC')]),
# wN159
('1997-07-30',
 "JERUSALEM 1997-07-30\nTwo suicide bombers blew themselves up in Mahane Yehuda market in Jerusalem on Wednesday, killing 13 people, police said. Hamas's armed wing, the Izz el-Deen al-Qassam Brigades, claimed the attack, and Netanyahu halted payments of tax revenues to the Palestinian Authority.",
 [('JERUSALEM', 'LOC'), ('Mahane Yehuda', 'LOC'), ('Jerusalem', 'LOC'), ('Hamas', 'ORG'), ('Izz el-Deen al-Qassam Brigades', 'ORG'), ('Netanyahu', 'PER'), ('Palestinian Authority', 'ORG')]),
# wN160
('1996-12-10',
 "TEHRAN 1996-12-10\nIran's national oil company said on Tuesday it had signed a $600 million deal with Total of France to develop the Sirri offshore fields, defying U.S. sanctions. An official of National Iranian Oil Company said Royal Dutch/Shell and Gazprom were also interested in the South Pars gas field.",
 [('TEHRAN', 'LOC'), ('Iran', 'LOC'), ('Total', 'ORG'), ('France', 'LOC'), ('Sirri', 'LOC'), ('U.S.', 'LOC'), ('National Iranian Oil Company', 'ORG'), ('Royal Dutch/Shell', 'ORG'), ('Gazprom', 'ORG'), ('South Pars', 'LOC')]),
# wN161
('1997-09-28',
 "MOSCOW 1997-09-28\nGazprom, Total of France and Malaysia's Petronas signed a $2 billion deal in Tehran to develop Iran's South Pars gas field, Gazprom chairman Rem Vyakhirev said on Sunday. Washington said it would study whether the deal broke the Iran-Libya Sanctions Act.",
 [('MOSCOW', 'LOC'), ('Gazprom', 'ORG'), ('Total', 'ORG'), ('France', 'LOC'), ('Malaysia', 'LOC'), ('Petronas', 'ORG'), ('Tehran', 'LOC'), ('Iran', 'LOC'), ('South Pars', 'LOC'), ('Gazprom', 'ORG'), ('Rem Vyakhirev', 'PER'), ('Washington', 'LOC'), ('Iran-Libya Sanctions Act', 'MISC')]),
# wN162
('1997-10-23',
 "HONG KONG 1997-10-23\nThe Hang Seng index plunged 10.4 percent on Thursday as interest rates soared to defend the Hong Kong dollar's peg. Hong Kong Monetary Authority chief Joseph Yam said the peg would hold, and shares of HSBC Holdings and Cheung Kong led the slide.",
 [('HONG KONG', 'LOC'), ('Hang Seng', 'MISC'), ('Hong Kong', 'LOC'), ('Hong Kong Monetary Authority', 'ORG'), ('Joseph Yam', 'PER'), ('HSBC Holdings', 'ORG'), ('Cheung Kong', 'ORG')]),
# wN163
('1996-09-16',
 'MOSCOW 1996-09-16\nRussian markets rose on Monday after Boris Yeltsin said he would undergo heart surgery at a Moscow cardiology centre later this month. Viktor Chernomyrdin will hold power during the operation, and traders at Renaissance Capital said shares of Lukoil and Unified Energy Systems gained 4 percent.',
 [('MOSCOW', 'LOC'), ('Russian', 'MISC'), ('Boris Yeltsin', 'PER'), ('Moscow', 'LOC'), ('Viktor Chernomyrdin', 'PER'), ('Renaissance Capital', 'ORG'), ('Lukoil', 'ORG'), ('Unified Energy Systems', 'ORG')]),
# wN164
('1996-02-13',
 'Shares in Kvaerner Jump on Trafalgar House Bid\nOSLO 1996-02-13\nShares in Norwegian engineering group Kvaerner ASA rose 4 percent on the Oslo Stock Exchange on Tuesday after it confirmed talks on a bid for Britain\'s Trafalgar House Plc. "The market likes the logic," said Per Arne Solheim, an analyst at Christiania Bank. Trafalgar House owns the Cunard shipping line and the Ritz hotel in London.',
 [('Kvaerner', 'ORG'), ('Trafalgar House', 'ORG'), ('OSLO', 'LOC'), ('Norwegian', 'MISC'), ('Kvaerner ASA', 'ORG'), ('Oslo Stock Exchange', 'ORG'), ('Britain', 'LOC'), ('Trafalgar House Plc', 'ORG'), ('Per Arne Solheim', 'PER'), ('Christiania Bank', 'ORG'), ('Trafalgar House', 'ORG'), ('Cunard', 'ORG'), ('Ritz', 'LOC'), ('London', 'LOC')]),
# wN165
('1997-06-16',
 'Rains Spare Sahel Cotton, Traders Say\nEarly rains across Mali, Burkina Faso and northern Ivory Coast should lift cotton output next season, traders in Paris said on Monday. Compagnie Francaise pour le Developpement des Fibres Textiles, known as CFDT, said sowing had begun around Sikasso and Bobo-Dioulasso two weeks early.',
 [('Sahel', 'LOC'), ('Mali', 'LOC'), ('Burkina Faso', 'LOC'), ('Ivory Coast', 'LOC'), ('Paris', 'LOC'), ('Compagnie Francaise pour le Developpement des Fibres Textiles', 'ORG'), ('CFDT', 'ORG'), ('Sikasso', 'LOC'), ('Bobo-Dioulasso', 'LOC')]),
# wN166
('1997-04-18',
 "OSCE ENVOY SEES SLOW PROGRESS IN NAGORNO-KARABAKH TALKS\nSTEPANAKERT 1997-04-18\nMediators from the Organisation for Security and Cooperation in Europe's Minsk Group said on Friday that talks on Nagorno-Karabakh had made little headway, according to a statement read by Armenian television. The enclave's leader, Robert Kocharyan, said Azerbaijan must first recognise its right to self-rule, while Azeri President Heydar Aliyev ruled out any form of independence.",
 [('OSCE', 'ORG'), ('NAGORNO-KARABAKH', 'LOC'), ('STEPANAKERT', 'LOC'), ('Organisation for Security and Cooperation in Europe', 'ORG'), ('Minsk Group', 'ORG'), ('Nagorno-Karabakh', 'LOC'), ('Armenian', 'MISC'), ('Robert Kocharyan', 'PER'), ('Azerbaijan', 'LOC'), ('Azeri', 'MISC'), ('Heydar Aliyev', 'PER')]),
# wN167
('1996-10-28',
 'TASHKENT 1996-10-28\nUzbekistan signed a deal with Newmont Mining Corp of Denver to expand a joint venture that processes gold ore at Zarafshan, an official of the state mining company said on Monday. Newmont vice-president Robert Quartermain told Interfax that output would reach 16 tonnes a year.',
 [('TASHKENT', 'LOC'), ('Uzbekistan', 'LOC'), ('Newmont Mining Corp', 'ORG'), ('Denver', 'LOC'), ('Zarafshan', 'LOC'), ('Newmont', 'ORG'), ('Robert Quartermain', 'PER'), ('Interfax', 'ORG')]),
# wN168
('1997-08-20',
 'SARAJEVO 1997-08-20\nSFOR troops seized police stations in Banja Luka on Tuesday to back Biljana Plavsic in her power struggle with hardliners loyal to the Pale leadership, a spokesman for the Stabilisation Force said. Major Max Marriner, a British officer, told reporters the action followed a request from the U.N. International Police Task Force.',
 [('SARAJEVO', 'LOC'), ('SFOR', 'ORG'), ('Banja Luka', 'LOC'), ('Biljana Plavsic', 'PER'), ('Pale', 'LOC'), ('Stabilisation Force', 'ORG'), ('Max Marriner', 'PER'), ('British', 'MISC'), ('U.N. International Police Task Force', 'ORG')]),
# wN169
('1997-09-14',
 'MOSTAR 1997-09-14\nBosnia held municipal elections on Saturday and Sunday, and Moslems crossed the Neretva to vote in west Mostar under heavy guard. The OSCE mission chief, Robert Frowick, said there had been few incidents, though voting in Brcko and Srebrenica was delayed by missing lists.',
 [('MOSTAR', 'LOC'), ('Bosnia', 'LOC'), ('Moslems', 'MISC'), ('Neretva', 'LOC'), ('Mostar', 'LOC'), ('OSCE', 'ORG'), ('Robert Frowick', 'PER'), ('Brcko', 'LOC'), ('Srebrenica', 'LOC')]),
# wN170
('1996-07-11',
 'BRUSSELS 1996-07-11\nThe war crimes tribunal in The Hague issued international arrest warrants on Thursday for two Serb leaders indicted for genocide, and NATO said its troops would arrest them if they met them. A spokesman for the International Police Task Force, Alexander Ivanko, said the two had been seen in Pale and Han Pijesak.',
 [('BRUSSELS', 'LOC'), ('The Hague', 'LOC'), ('Serb', 'MISC'), ('NATO', 'ORG'), ('International Police Task Force', 'ORG'), ('Alexander Ivanko', 'PER'), ('Pale', 'LOC'), ('Han Pijesak', 'LOC')]),
# wN171
('1996-05-19',
 "WARSAW 1996-05-19\nLech Walesa, who lost Poland's presidency to Aleksander Kwasniewski last November, said on Sunday he would return to work as an electrician at the Gdansk shipyard. The shipyard, which gave birth to the Solidarity trade union, faces bankruptcy, and its manager Janusz Szlanta told PAP news agency that 3,000 jobs were at risk.",
 [('WARSAW', 'LOC'), ('Lech Walesa', 'PER'), ('Poland', 'LOC'), ('Aleksander Kwasniewski', 'PER'), ('Gdansk', 'LOC'), ('Solidarity', 'ORG'), ('Janusz Szlanta', 'PER'), ('PAP', 'ORG')]),
# wN172
('1997-02-03',
 'BELGRADE 1997-02-03\nPolice beat students and opposition supporters with batons on Brankov Bridge in Belgrade overnight, and opposition leader Vesna Pesic of the Civic Alliance of Serbia was among those injured, witnesses said on Monday. Independent radio station B-92 said dozens were taken to hospital.',
 [('BELGRADE', 'LOC'), ('Brankov Bridge', 'LOC'), ('Belgrade', 'LOC'), ('Vesna Pesic', 'PER'), ('Civic Alliance of Serbia', 'ORG'), ('B-92', 'ORG')]),
# wN173
('1997-01-31',
 "HAVANA 1997-01-31\nCuba's sugar harvest is running behind schedule because of rain and a shortage of fuel and spare parts, the official newspaper Granma said on Friday. Foreign traders in Havana said output might fall below 4 million tonnes, and ED&F Man in London cut its world supply estimate.",
 [('HAVANA', 'LOC'), ('Cuba', 'LOC'), ('Granma', 'ORG'), ('Havana', 'LOC'), ('ED&F Man', 'ORG'), ('London', 'LOC')]),
# wN174
('1996-04-23',
 "GROZNY 1996-04-23\nChechen rebel leader Dzhokhar Dudayev was killed by a Russian rocket near the village of Gekhi-Chu, his aides said on Tuesday. Vice-President Zelimkhan Yandarbiyev took over, and Movladi Udugov, the rebels' chief spokesman, said Dudayev had been talking on a satellite telephone when the missile struck.",
 [('GROZNY', 'LOC'), ('Chechen', 'MISC'), ('Dzhokhar Dudayev', 'PER'), ('Russian', 'MISC'), ('Gekhi-Chu', 'LOC'), ('Zelimkhan Yandarbiyev', 'PER'), ('Movladi Udugov', 'PER'), ('Dudayev', 'PER')]),
# wN175
('1996-10-09',
 'ABU DHABI 1996-10-09\nSheikh Zayed bin Sultan al-Nahayan, president of the United Arab Emirates, opened a new terminal at Abu Dhabi International Airport on Wednesday, the state news agency WAM said. Emirates and Gulf Air will move some flights there, and the Abu Dhabi National Oil Company said it was raising output at Upper Zakum.',
 [('ABU DHABI', 'LOC'), ('Zayed bin Sultan al-Nahayan', 'PER'), ('United Arab Emirates', 'LOC'), ('Abu Dhabi International Airport', 'LOC'), ('WAM', 'ORG'), ('Emirates', 'ORG'), ('Gulf Air', 'ORG'), ('Abu Dhabi National Oil Company', 'ORG'), ('Upper Zakum', 'LOC')]),
# wN176
('1997-10-05',
 "RIO DE JANEIRO 1997-10-05\nPope John Paul celebrated mass for more than a million people on Rio de Janeiro's Aterro do Flamengo on Sunday, the last day of a visit to Brazil for a meeting on the family. President Fernando Henrique Cardoso greeted him at Galeao airport, and Brazilian bishops of the CNBB urged land reform.",
 [('RIO DE JANEIRO', 'LOC'), ('John Paul', 'PER'), ('Rio de Janeiro', 'LOC'), ('Aterro do Flamengo', 'LOC'), ('Brazil', 'LOC'), ('Fernando Henrique Cardoso', 'PER'), ('Galeao', 'LOC'), ('Brazilian', 'MISC'), ('CNBB', 'ORG')]),
]
