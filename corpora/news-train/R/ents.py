# Decision lists for news-train part R (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wR001, wR002, ... in order.

DOCS = [
# wR001
('1999-03-09',
 "OSLO, March 9 (Reuters) - Norway's minority centrist government survived a confidence vote in the Storting on Tuesday after the Progress Party abstained, sparing Prime Minister Kjell Magne Bondevik a fight over petrol taxes. Conservative leader Jan Petersen said his party would keep pressing for cuts in the budget.",
 [('OSLO', 'LOC'), ('Norway', 'LOC'), ('Storting', 'ORG'), ('Progress Party', 'ORG'), ('Kjell Magne Bondevik', 'PER'), ('Conservative', 'ORG'), ('Jan Petersen', 'PER')]),
# wR002
('2001-11-14',
 "KOSTUNICA ALLIES WALK OUT OF SERBIAN CABINET\nBELGRADE, Nov 14 (Reuters) - Ministers loyal to Yugoslav President Vojislav Kostunica walked out of the Serbian government on Wednesday, accusing Prime Minister Zoran Djindjic of handing suspects to the tribunal in The Hague without a law. Kostunica's Democratic Party of Serbia said it would not topple the cabinet.",
 [('KOSTUNICA', 'PER'), ('SERBIAN', 'MISC'), ('BELGRADE', 'LOC'), ('Vojislav Kostunica', 'PER'), ('Serbian', 'MISC'), ('Zoran Djindjic', 'PER'), ('The Hague', 'LOC'), ('Kostunica', 'PER'), ('Democratic Party of Serbia', 'ORG')]),
# wR003
('2004-06-21',
 "WARSAW 2004-06-21\nPolish shares fell 1.8 percent on Monday as investors worried that Marek Belka's minority cabinet might lose a second confidence vote in the Sejm. Brokers at BRE Bank said foreign funds sold PKO BP and KGHM, dragging the WIG20 index to its lowest close in two months.",
 [('WARSAW', 'LOC'), ('Polish', 'MISC'), ('Marek Belka', 'PER'), ('Sejm', 'ORG'), ('BRE Bank', 'ORG'), ('PKO BP', 'ORG'), ('KGHM', 'ORG'), ('WIG20', 'MISC')]),
# wR004
('2006-03-27',
 "KIEV, March 27 (AFP) - Yulia Tymoshenko's bloc took second place in Ukraine's parliamentary election, ahead of President Viktor Yushchenko's Our Ukraine, according to early results from the Central Election Commission. Viktor Yanukovich's Party of Regions led with about 31 percent, strongest in the Russian-speaking east.",
 [('KIEV', 'LOC'), ('Yulia Tymoshenko', 'PER'), ('Ukraine', 'LOC'), ('Viktor Yushchenko', 'PER'), ('Our Ukraine', 'ORG'), ('Central Election Commission', 'ORG'), ('Viktor Yanukovich', 'PER'), ('Party of Regions', 'ORG'), ('Russian', 'MISC')]),
# wR005
('2003-07-02',
 'MILAN 2003-07-02\nItalian dairy group Parmalat said on Wednesday it had sold a 500 million euro bond through Deutsche Bank and Banca Intesa, its third issue this year. Analysts at Mediobanca questioned why a company reporting so much cash kept borrowing, and the shares slipped 2.3 percent on the Milan bourse.',
 [('MILAN', 'LOC'), ('Italian', 'MISC'), ('Parmalat', 'ORG'), ('Deutsche Bank', 'ORG'), ('Banca Intesa', 'ORG'), ('Mediobanca', 'ORG'), ('Milan', 'LOC')]),
# wR006
('2005-10-11',
 'LONDON, Oct 11 (Reuters) - Royal Bank of Scotland and Barclays led British banks lower on Tuesday as the FTSE 100 fell 42 points, with dealers citing a weak housing survey from the Royal Institution of Chartered Surveyors. Sterling held steady against the dollar ahead of Bank of England minutes due on Wednesday.',
 [('LONDON', 'LOC'), ('Royal Bank of Scotland', 'ORG'), ('Barclays', 'ORG'), ('British', 'MISC'), ('FTSE 100', 'MISC'), ('Royal Institution of Chartered Surveyors', 'ORG'), ('Bank of England', 'ORG')]),
# wR007
('2008-09-15',
 'LEHMAN FILES FOR BANKRUPTCY, MERRILL SOLD TO BANK OF AMERICA\nNEW YORK, Sept 15 (Reuters) - Lehman Brothers Holdings Inc filed for bankruptcy protection on Monday after talks with Barclays collapsed, while Merrill Lynch agreed to be bought by Bank of America for about $50 billion. The Dow Jones industrial average fell more than 500 points, its worst day in seven years.',
 [('LEHMAN', 'ORG'), ('MERRILL', 'ORG'), ('BANK OF AMERICA', 'ORG'), ('NEW YORK', 'LOC'), ('Lehman Brothers Holdings Inc', 'ORG'), ('Barclays', 'ORG'), ('Merrill Lynch', 'ORG'), ('Bank of America', 'ORG'), ('Dow Jones industrial average', 'MISC')]),
# wR008
('2005-02-22',
 "NAIROBI, Feb 22 (Reuters) - Kenya's anti-corruption chief John Githongo resigned from exile in London and handed a dossier on the Anglo Leasing contracts to President Mwai Kibaki, aides said on Tuesday. The Kenya Anti-Corruption Commission said it would question two ministers, and the World Bank delayed a $250 million loan.",
 [('NAIROBI', 'LOC'), ('Kenya', 'LOC'), ('John Githongo', 'PER'), ('London', 'LOC'), ('Anglo Leasing', 'ORG'), ('Mwai Kibaki', 'PER'), ('Kenya Anti-Corruption Commission', 'ORG'), ('World Bank', 'ORG')]),
# wR009
('1999-06-02',
 "JOHANNESBURG, June 2 (AP) - Voters in the country's second democratic election queued outside schools in Soweto and Alexandra on Wednesday, and officials of the Independent Electoral Commission expected Thabo Mbeki to lead the ruling party to a two-thirds majority. The Democratic Party of Tony Leon hoped to become the main opposition.",
 [('JOHANNESBURG', 'LOC'), ('Soweto', 'LOC'), ('Alexandra', 'LOC'), ('Independent Electoral Commission', 'ORG'), ('Thabo Mbeki', 'PER'), ('Democratic Party', 'ORG'), ('Tony Leon', 'PER')]),
# wR010
('2006-11-29',
 "MEXICO CITY, Nov 29 (Reuters) - Lawmakers of the leftist Party of the Democratic Revolution occupied the speaker's podium of the lower house on Wednesday, vowing to stop Felipe Calderon from taking the oath on Friday. The National Action Party accused Andres Manuel Lopez Obrador of refusing to accept the Federal Electoral Tribunal's ruling.",
 [('MEXICO CITY', 'LOC'), ('Party of the Democratic Revolution', 'ORG'), ('Felipe Calderon', 'PER'), ('National Action Party', 'ORG'), ('Andres Manuel Lopez Obrador', 'PER'), ('Federal Electoral Tribunal', 'ORG')]),
# wR011
('2008-01-30',
 "ACCRA, Jan 30 (Reuters) - Ghana's cedi held steady on Wednesday after the Bank of Ghana raised its prime rate by 50 basis points to 14 percent, citing food and fuel prices. Dealers at Databank said cocoa export receipts from Cocobod had kept dollars flowing into the market.",
 [('ACCRA', 'LOC'), ('Ghana', 'LOC'), ('Bank of Ghana', 'ORG'), ('Databank', 'ORG'), ('Cocobod', 'ORG')]),
# wR012
('2001-08-23',
 'TOKYO 2001-08-23\nJapanese electronics maker Fujitsu Ltd said on Thursday it would cut 16,400 jobs worldwide as demand for chips collapsed, a day after Toshiba Corp announced 18,800 cuts. The Nikkei average closed at a 17-year low, and Daiwa Securities strategist Hiroshi Watanabe said more restructuring would follow.',
 [('TOKYO', 'LOC'), ('Japanese', 'MISC'), ('Fujitsu Ltd', 'ORG'), ('Toshiba Corp', 'ORG'), ('Nikkei', 'MISC'), ('Daiwa Securities', 'ORG'), ('Hiroshi Watanabe', 'PER')]),
# wR013
('2007-08-09',
 'CENTRAL BANKS POUR CASH INTO MARKETS AS CREDIT FEARS SPREAD\nFRANKFURT, Aug 9 (Reuters) - The European Central Bank injected 94.8 billion euros into money markets on Thursday after BNP Paribas froze three funds exposed to U.S. subprime mortgages. The Federal Reserve added $24 billion, and the Euro Stoxx 50 index fell 1.9 percent.',
 [('FRANKFURT', 'LOC'), ('European Central Bank', 'ORG'), ('BNP Paribas', 'ORG'), ('U.S.', 'LOC'), ('Federal Reserve', 'ORG'), ('Euro Stoxx 50', 'MISC')]),
# wR014
('1998-12-19',
 'WASHINGTON, Dec 19 (AP) - The House of Representatives impeached President Bill Clinton on Saturday on charges of perjury and obstruction of justice, sending the case to the Senate for trial. Republican leader Bob Livingston said earlier in the day he would not become speaker.',
 [('WASHINGTON', 'LOC'), ('House of Representatives', 'ORG'), ('Bill Clinton', 'PER'), ('Senate', 'ORG'), ('Republican', 'ORG'), ('Bob Livingston', 'PER')]),
# wR015
('2003-10-25',
 "MOSCOW, Oct 25 (Reuters) - Masked agents arrested Mikhail Khodorkovsky, head of oil company Yukos, on his jet at Novosibirsk airport on Saturday, and the Prosecutor-General's Office charged him with fraud and tax evasion. Yukos shares fell 14 percent on the RTS exchange when trading opened on Monday.",
 [('MOSCOW', 'LOC'), ('Mikhail Khodorkovsky', 'PER'), ('Yukos', 'ORG'), ('Novosibirsk', 'LOC'), ("Prosecutor-General's Office", 'ORG'), ('Yukos', 'ORG'), ('RTS', 'ORG')]),
# wR016
('2005-07-01',
 "ABUJA, July 1 (Reuters) - Nigerian unions called off a general strike over fuel prices on Friday after the government agreed to cut the pump price of petrol, the labour federation NLC said. The union's president Adams Oshiomhole said the deal with Olusegun Obasanjo would be tested at the filling stations of Lagos and Kano.",
 [('ABUJA', 'LOC'), ('Nigerian', 'MISC'), ('NLC', 'ORG'), ('Adams Oshiomhole', 'PER'), ('Olusegun Obasanjo', 'PER'), ('Lagos', 'LOC'), ('Kano', 'LOC')]),
# wR017
('2008-07-03',
 'BOGOTA, July 3 (AFP) - Ingrid Betancourt, the French-Colombian politician held by FARC rebels for six years, was flown to Bogota on Wednesday after soldiers freed her and 14 other hostages in a ruse in Guaviare province. Defence Minister Juan Manuel Santos said no shot was fired.',
 [('BOGOTA', 'LOC'), ('Ingrid Betancourt', 'PER'), ('French', 'MISC'), ('Colombian', 'MISC'), ('FARC', 'ORG'), ('Bogota', 'LOC'), ('Guaviare', 'LOC'), ('Juan Manuel Santos', 'PER')]),
# wR018
('2005-09-18',
 "BERLIN 2005-09-18\nAngela Merkel's Christian Democrats won only a narrow lead over Chancellor Gerhard Schroeder's Social Democrats in Sunday's election, according to projections by ARD television. The new Left Party of Oskar Lafontaine took more than eight percent, leaving neither camp a majority in the Bundestag.",
 [('BERLIN', 'LOC'), ('Angela Merkel', 'PER'), ('Christian Democrats', 'ORG'), ('Gerhard Schroeder', 'PER'), ('Social Democrats', 'ORG'), ('ARD', 'ORG'), ('Left Party', 'ORG'), ('Oskar Lafontaine', 'PER'), ('Bundestag', 'ORG')]),
# wR019
('2003-06-16',
 'ZURICH, June 16 (Reuters) - Swiss engineering group ABB Ltd said on Monday it had agreed to sell its oil, gas and petrochemicals unit to a consortium led by Candover for $925 million, easing worries about its debt. ABB shares jumped 9.4 percent in Zurich, leading the blue-chip SMI index higher.',
 [('ZURICH', 'LOC'), ('Swiss', 'MISC'), ('ABB Ltd', 'ORG'), ('Candover', 'ORG'), ('ABB', 'ORG'), ('Zurich', 'LOC'), ('SMI', 'MISC')]),
# wR020
('2006-07-18',
 "SEOUL, July 18 (Reuters) - South Korea's Hyundai Motor Co said on Tuesday a partial strike by its union had cost it 1.2 trillion won in lost output, as workers at the Ulsan plant walked out for a fourth week. The Korean Metal Workers' Union demanded a 9 percent pay rise, and Hyundai shares fell 2.6 percent on the KOSPI.",
 [('SEOUL', 'LOC'), ('South Korea', 'LOC'), ('Hyundai Motor Co', 'ORG'), ('Ulsan', 'LOC'), ("Korean Metal Workers' Union", 'ORG'), ('Hyundai', 'ORG'), ('KOSPI', 'MISC')]),
# wR021
('1999-11-08',
 'AUSTRALIANS REJECT REPUBLIC IN REFERENDUM\nSYDNEY, Nov 8 (AP) - Australian voters rejected a proposal to replace Queen Elizabeth with a president chosen by parliament, counting showed on Sunday, with every state except Victoria voting no. Prime Minister John Howard, a monarchist, said the question was settled, while the Australian Republican Movement blamed the model on offer.',
 [('AUSTRALIANS', 'MISC'), ('SYDNEY', 'LOC'), ('Australian', 'MISC'), ('Elizabeth', 'PER'), ('Victoria', 'LOC'), ('John Howard', 'PER'), ('Australian Republican Movement', 'ORG')]),
# wR022
('2007-02-14',
 "BEIJING, Feb 14 (Reuters) - China's top securities regulator warned investors on Wednesday against borrowing to buy shares, two weeks after the Shanghai Composite Index fell nearly 9 percent in a day. The China Securities Regulatory Commission said brokers such as Citic Securities must check new accounts more strictly.",
 [('BEIJING', 'LOC'), ('China', 'LOC'), ('Shanghai Composite Index', 'MISC'), ('China Securities Regulatory Commission', 'ORG'), ('Citic Securities', 'ORG')]),
# wR023
('2000-09-28',
 "COPENHAGEN 2000-09-28\nDanish voters rejected joining the euro in a referendum on Thursday, with 53.1 percent voting no, a blow to Prime Minister Poul Nyrup Rasmussen. The Danish People's Party and the June Movement, both Euro-sceptic, celebrated in Copenhagen, while the Danish central bank raised its lending rate to defend the crown.",
 [('COPENHAGEN', 'LOC'), ('Danish', 'MISC'), ('Poul Nyrup Rasmussen', 'PER'), ("Danish People's Party", 'ORG'), ('June Movement', 'ORG'), ('Euro-sceptic', 'MISC'), ('Copenhagen', 'LOC'), ('Danish', 'MISC')]),
# wR024
('2003-11-23',
 'SHEVARDNADZE QUITS AS PROTESTERS HOLD GEORGIAN PARLIAMENT\nKUTAISI, Georgia, Nov 23 (Reuters) - Crowds in Kutaisi and Zugdidi celebrated on Sunday after Eduard Shevardnadze resigned as president of Georgia, a day after opposition supporters carrying roses burst into the legislature. Nino Burjanadze, the speaker, became acting president, and Russian Foreign Minister Igor Ivanov flew in to mediate.',
 [('SHEVARDNADZE', 'PER'), ('GEORGIAN', 'MISC'), ('KUTAISI', 'LOC'), ('Georgia', 'LOC'), ('Kutaisi', 'LOC'), ('Zugdidi', 'LOC'), ('Eduard Shevardnadze', 'PER'), ('Georgia', 'LOC'), ('Nino Burjanadze', 'PER'), ('Russian', 'MISC'), ('Igor Ivanov', 'PER')]),
# wR025
('2001-02-22',
 'ISTANBUL, Feb 22 (Reuters) - The Turkish lira lost about a third of its value against the dollar on Thursday, a day after the government let it float, and the Istanbul Stock Exchange index rebounded 9.8 percent. Economy Minister Recep Onal said Ankara would seek fresh help from the International Monetary Fund.',
 [('ISTANBUL', 'LOC'), ('Turkish', 'MISC'), ('Istanbul Stock Exchange', 'ORG'), ('Recep Onal', 'PER'), ('Ankara', 'LOC'), ('International Monetary Fund', 'ORG')]),
# wR026
('2006-10-09',
 'PYONGYANG TEST SENDS ASIAN MARKETS LOWER\nSEOUL, Oct 9 (Reuters) - South Korean shares fell 2.4 percent and the won slid on Monday after North Korea said it had carried out its first nuclear test. Samsung Electronics and POSCO led the KOSPI lower, while Japanese defence stocks rose in Tokyo.',
 [('PYONGYANG', 'LOC'), ('ASIAN', 'MISC'), ('SEOUL', 'LOC'), ('South Korean', 'MISC'), ('North Korea', 'LOC'), ('Samsung Electronics', 'ORG'), ('POSCO', 'ORG'), ('KOSPI', 'MISC'), ('Japanese', 'MISC'), ('Tokyo', 'LOC')]),
# wR027
('2007-04-27',
 "TALLINN, April 27 (Reuters) - Riot police in Tallinn fired tear gas at Russian-speaking youths on Friday after the Estonian government began moving a Soviet war memorial from the city centre. Prime Minister Andrus Ansip said the Kremlin had stirred the unrest, and Russia's State Duma called for sanctions against Estonia.",
 [('TALLINN', 'LOC'), ('Tallinn', 'LOC'), ('Russian', 'MISC'), ('Estonian', 'MISC'), ('Soviet', 'MISC'), ('Andrus Ansip', 'PER'), ('Kremlin', 'LOC'), ('Russia', 'LOC'), ('State Duma', 'ORG'), ('Estonia', 'LOC')]),
# wR028
('2006-09-20',
 'THAI ARMY SEIZES POWER AS THAKSIN IS ABROAD\nBANGKOK, Sept 20 (Reuters) - Tanks ringed Government House in Bangkok on Wednesday after army chief Sonthi Boonyaratkalin seized power while Prime Minister Thaksin Shinawatra was at the United Nations in New York. The Stock Exchange of Thailand stayed shut, and King Bhumibol Adulyadej endorsed the new council.',
 [('THAI', 'MISC'), ('THAKSIN', 'PER'), ('BANGKOK', 'LOC'), ('Government House', 'LOC'), ('Bangkok', 'LOC'), ('Sonthi Boonyaratkalin', 'PER'), ('Thaksin Shinawatra', 'PER'), ('United Nations', 'ORG'), ('New York', 'LOC'), ('Stock Exchange of Thailand', 'ORG'), ('Bhumibol Adulyadej', 'PER')]),
# wR029
('2005-05-30',
 "PARIS 2005-05-30\nFrench voters rejected the European Union's draft constitution by 55 percent on Sunday, a blow to President Jacques Chirac, who had campaigned for a yes. Left-wing rebels in the Socialist Party led by Laurent Fabius joined the far right of Jean-Marie Le Pen in the no camp, and the euro slipped in Asian trade.",
 [('PARIS', 'LOC'), ('French', 'MISC'), ('European Union', 'ORG'), ('Jacques Chirac', 'PER'), ('Socialist Party', 'ORG'), ('Laurent Fabius', 'PER'), ('Jean-Marie Le Pen', 'PER'), ('Asian', 'MISC')]),
# wR030
('2007-10-22',
 "WARSAW, Oct 22 (AFP) - The liberal Civic Platform of Donald Tusk won Poland's snap election with about 41 percent, ousting Prime Minister Jaroslaw Kaczynski's Law and Justice party, the State Electoral Commission said on Monday. The Polish zloty rose to a record against the euro.",
 [('WARSAW', 'LOC'), ('Civic Platform', 'ORG'), ('Donald Tusk', 'PER'), ('Poland', 'LOC'), ('Jaroslaw Kaczynski', 'PER'), ('Law and Justice', 'ORG'), ('State Electoral Commission', 'ORG'), ('Polish', 'MISC')]),
# wR031
('2008-03-22',
 "TAIPEI, March 22 (Reuters) - Ma Ying-jeou of the Kuomintang won Taiwan's presidential election by a wide margin on Saturday, promising closer economic ties with China. Frank Hsieh of the ruling Democratic Progressive Party conceded, and a referendum on joining the United Nations failed for lack of turnout.",
 [('TAIPEI', 'LOC'), ('Ma Ying-jeou', 'PER'), ('Kuomintang', 'ORG'), ('Taiwan', 'LOC'), ('China', 'LOC'), ('Frank Hsieh', 'PER'), ('Democratic Progressive Party', 'ORG'), ('United Nations', 'ORG')]),
# wR032
('2003-08-15',
 'NEW YORK, Aug 15 (AP) - Power returned slowly to New York, Detroit and Toronto on Friday after the biggest blackout in North American history cut electricity to some 50 million people. Canadian Prime Minister Jean Chretien said the fault began in Ohio, and FirstEnergy Corp said it was studying its grid records.',
 [('NEW YORK', 'LOC'), ('New York', 'LOC'), ('Detroit', 'LOC'), ('Toronto', 'LOC'), ('North American', 'MISC'), ('Canadian', 'MISC'), ('Jean Chretien', 'PER'), ('Ohio', 'LOC'), ('FirstEnergy Corp', 'ORG')]),
# wR033
('2008-10-08',
 "REYKJAVIK, Oct 8 (Reuters) - Iceland's financial regulator took control of Glitnir and Landsbanki on Wednesday and said Kaupthing could follow, as the krona collapsed. British Prime Minister Gordon Brown froze Landsbanki assets in Britain to protect savers with its Icesave accounts.",
 [('REYKJAVIK', 'LOC'), ('Iceland', 'LOC'), ('Glitnir', 'ORG'), ('Landsbanki', 'ORG'), ('Kaupthing', 'ORG'), ('British', 'MISC'), ('Gordon Brown', 'PER'), ('Landsbanki', 'ORG'), ('Britain', 'LOC'), ('Icesave', 'ORG')]),
# wR034
('2007-09-14',
 'NEWCASTLE, England, Sept 14 (Reuters) - Customers queued outside branches of Northern Rock across Britain on Friday to withdraw savings after the mortgage lender asked the Bank of England for emergency funding. Its shares fell 32 percent on the London Stock Exchange, and Finance Minister Alistair Darling said deposits were safe.',
 [('NEWCASTLE', 'LOC'), ('England', 'LOC'), ('Northern Rock', 'ORG'), ('Britain', 'LOC'), ('Bank of England', 'ORG'), ('London Stock Exchange', 'ORG'), ('Alistair Darling', 'PER')]),
# wR035
('2005-10-09',
 'MUZAFFARABAD, Pakistan, Oct 9 (Reuters) - Survivors dug through rubble with bare hands in Muzaffarabad on Sunday, a day after a strong earthquake shook northern Pakistan and Kashmir. President Pervez Musharraf appealed for helicopters, and the Pakistan Red Crescent said whole villages in the Neelum valley had gone.',
 [('MUZAFFARABAD', 'LOC'), ('Pakistan', 'LOC'), ('Muzaffarabad', 'LOC'), ('Pakistan', 'LOC'), ('Kashmir', 'LOC'), ('Pervez Musharraf', 'PER'), ('Pakistan Red Crescent', 'ORG'), ('Neelum', 'LOC')]),
# wR036
('2008-05-13',
 'DUJIANGYAN, China, May 13 (Reuters) - Soldiers hiked into Wenchuan county on Tuesday after the worst earthquake in three decades struck Sichuan province, as Premier Wen Jiabao visited collapsed schools in Dujiangyan. The official Xinhua news agency said nearly 12,000 people had died.',
 [('DUJIANGYAN', 'LOC'), ('China', 'LOC'), ('Wenchuan', 'LOC'), ('Sichuan', 'LOC'), ('Wen Jiabao', 'PER'), ('Dujiangyan', 'LOC'), ('Xinhua', 'ORG')]),
# wR037
('2006-02-21',
 'SAN JUAN DE SABINAS, Mexico, Feb 21 (Reuters) - Rescuers gave up hope on Tuesday for 65 miners trapped by a gas blast at the Pasta de Conchos coal mine in Coahuila state, owned by Grupo Mexico. Miners\' union leader Napoleon Gomez Urrutia accused the company of "industrial homicide".',
 [('SAN JUAN DE SABINAS', 'LOC'), ('Mexico', 'LOC'), ('Pasta de Conchos', 'LOC'), ('Coahuila', 'LOC'), ('Grupo Mexico', 'ORG'), ('Napoleon Gomez Urrutia', 'PER')]),
# wR038
('2003-07-17',
 'SAO TOME, July 17 (Reuters) - Soldiers who seized power in Sao Tome and Principe on Wednesday said they had acted over poverty and the handling of future oil revenue, while President Fradique de Menezes was on a visit to Nigeria. Coup leader Major Fernando Pereira promised elections, and the African Union demanded his return.',
 [('SAO TOME', 'LOC'), ('Sao Tome and Principe', 'LOC'), ('Fradique de Menezes', 'PER'), ('Nigeria', 'LOC'), ('Fernando Pereira', 'PER'), ('African Union', 'ORG')]),
# wR039
('2005-11-23',
 "MONROVIA, Nov 23 (AP) - Ellen Johnson-Sirleaf was declared the winner of Liberia's presidential run-off on Wednesday, becoming the first woman elected to lead an African country. Supporters of her rival George Weah protested outside the National Elections Commission in Monrovia, alleging fraud.",
 [('MONROVIA', 'LOC'), ('Ellen Johnson-Sirleaf', 'PER'), ('Liberia', 'LOC'), ('African', 'MISC'), ('George Weah', 'PER'), ('National Elections Commission', 'ORG'), ('Monrovia', 'LOC')]),
# wR040
('2007-03-26',
 "NOUAKCHOTT, March 26 (Reuters) - Sidi Ould Cheikh Abdallahi won Mauritania's presidential run-off on Sunday with almost 53 percent, the interior ministry said, completing the handover from the junta that ousted Maaouiya Ould Taya in 2005. His rival Ahmed Ould Daddah of the Rally of Democratic Forces accepted the result.",
 [('NOUAKCHOTT', 'LOC'), ('Sidi Ould Cheikh Abdallahi', 'PER'), ('Mauritania', 'LOC'), ('Maaouiya Ould Taya', 'PER'), ('Ahmed Ould Daddah', 'PER'), ('Rally of Democratic Forces', 'ORG')]),
# wR041
('2004-10-18',
 "MINSK, Oct 18 (Reuters) - Belarus President Alexander Lukashenko won the right to stand for a third term in a referendum held with Sunday's parliamentary election, the Central Election Commission said. Observers from the Organisation for Security and Cooperation in Europe said the vote fell short, and police beat protesters on October Square.",
 [('MINSK', 'LOC'), ('Belarus', 'LOC'), ('Alexander Lukashenko', 'PER'), ('Central Election Commission', 'ORG'), ('Organisation for Security and Cooperation in Europe', 'ORG'), ('October Square', 'LOC')]),
# wR042
('2008-03-02',
 "YEREVAN, March 2 (AFP) - Armenia's outgoing president Robert Kocharyan declared a 20-day state of emergency in Yerevan on Saturday after police broke up a protest camp of supporters of Levon Ter-Petrosyan, who says the February election was rigged in favour of Prime Minister Serzh Sarksyan. Eight people died in the clashes.",
 [('YEREVAN', 'LOC'), ('Armenia', 'LOC'), ('Robert Kocharyan', 'PER'), ('Yerevan', 'LOC'), ('Levon Ter-Petrosyan', 'PER'), ('Serzh Sarksyan', 'PER')]),
# wR043
('1998-09-24',
 'NEW YORK, Sept 24 (Reuters) - A group of 14 Wall Street banks agreed to put $3.6 billion into hedge fund Long-Term Capital Management in a rescue organised by the Federal Reserve Bank of New York, dealers said on Thursday. Shares of UBS and Merrill Lynch fell on worries about their exposure, and government bonds rallied.',
 [('NEW YORK', 'LOC'), ('Wall Street', 'LOC'), ('Long-Term Capital Management', 'ORG'), ('Federal Reserve Bank of New York', 'ORG'), ('UBS', 'ORG'), ('Merrill Lynch', 'ORG')]),
# wR044
('2000-03-10',
 'NASDAQ CLOSES ABOVE 5,000 FOR FIRST TIME\nNEW YORK, March 10 (AP) - The technology-heavy Nasdaq Composite index closed at a record 5,048 on Friday, doubling in a year on the back of internet stocks such as Yahoo Inc and Qualcomm. Federal Reserve Chairman Alan Greenspan has warned several times that the market may be running too far ahead.',
 [('NASDAQ', 'MISC'), ('NEW YORK', 'LOC'), ('Nasdaq Composite', 'MISC'), ('Yahoo Inc', 'ORG'), ('Qualcomm', 'ORG'), ('Federal Reserve', 'ORG'), ('Alan Greenspan', 'PER')]),
# wR045
('1999-01-04',
 'FRANKFURT 1999-01-04\nThe euro rose to $1.18 in its first day of trading on Monday, and stocks in Frankfurt, Paris and Milan jumped as the 11 countries of the single currency opened for business. European Central Bank president Wim Duisenberg said the launch had gone "very smoothly", and Deutsche Boerse reported record volumes in its Xetra system.',
 [('FRANKFURT', 'LOC'), ('Frankfurt', 'LOC'), ('Paris', 'LOC'), ('Milan', 'LOC'), ('European Central Bank', 'ORG'), ('Wim Duisenberg', 'PER'), ('Deutsche Boerse', 'ORG'), ('Xetra', 'MISC')]),
# wR046
('2008-07-11',
 "SINGAPORE, July 11 (Reuters) - Oil prices hit a record above $147 a barrel on Friday on worries about Iran's missile tests and an attack on a Royal Dutch Shell pipeline in Nigeria's Niger Delta. U.S. crude for August delivery on the New York Mercantile Exchange traded at $146.90, and Brent crude rose in London.",
 [('SINGAPORE', 'LOC'), ('Iran', 'LOC'), ('Royal Dutch Shell', 'ORG'), ('Nigeria', 'LOC'), ('Niger Delta', 'LOC'), ('U.S.', 'LOC'), ('New York Mercantile Exchange', 'ORG'), ('Brent', 'MISC'), ('London', 'LOC')]),
# wR047
('2000-01-11',
 'NEW YORK, Jan 11 (AP) - America Online Inc agreed on Monday to buy Time Warner Inc for about $165 billion in stock, the largest merger in history, joining the biggest internet provider with the owner of CNN and Warner Bros. AOL chairman Steve Case will head the combined AOL Time Warner.',
 [('NEW YORK', 'LOC'), ('America Online Inc', 'ORG'), ('Time Warner Inc', 'ORG'), ('CNN', 'ORG'), ('Warner Bros', 'ORG'), ('AOL', 'ORG'), ('Steve Case', 'PER'), ('AOL Time Warner', 'ORG')]),
# wR048
('2007-11-16',
 "BERLIN, Nov 16 (Reuters) - Train drivers of the GDL union began a 62-hour freight and passenger strike on Deutsche Bahn on Thursday, the longest in the railway's history, halting most trains in eastern Germany. Union leader Manfred Schell said drivers wanted a separate wage deal, and Transport Minister Wolfgang Tiefensee urged both sides to talk.",
 [('BERLIN', 'LOC'), ('GDL', 'ORG'), ('Deutsche Bahn', 'ORG'), ('Germany', 'LOC'), ('Manfred Schell', 'PER'), ('Wolfgang Tiefensee', 'PER')]),
# wR049
('2002-11-14',
 'LONDON 2002-11-14\nTroops manning old Green Goddess fire engines answered emergency calls across Britain on Thursday as the Fire Brigades Union began an eight-day strike over pay. Union leader Andy Gilchrist said members had been offered too little, and Deputy Prime Minister John Prescott said the government would not fund a 40 percent rise.',
 [('LONDON', 'LOC'), ('Green Goddess', 'MISC'), ('Britain', 'LOC'), ('Fire Brigades Union', 'ORG'), ('Andy Gilchrist', 'PER'), ('John Prescott', 'PER')]),
# wR050
('2006-08-10',
 "ANTOFAGASTA, Chile, Aug 10 (Reuters) - Workers at BHP Billiton's Escondida mine, the world's biggest copper mine, extended their strike into a third day on Thursday, and copper prices rose on the London Metal Exchange. Union spokesman Marcelo Jara said the company's offer of a 3 percent rise was an insult.",
 [('ANTOFAGASTA', 'LOC'), ('Chile', 'LOC'), ('BHP Billiton', 'ORG'), ('Escondida', 'LOC'), ('London Metal Exchange', 'ORG'), ('Marcelo Jara', 'PER')]),
]
