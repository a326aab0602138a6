# Decision lists for news-train part R (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wR001, wR002, ... in order.

DOCS = [
# wR001
('1999-03-09',
 "NORWAY'S BONDEVIK SURVIVES CONFIDENCE VOTE\nOSLO, March 9 (Reuters) - Norway's minority centrist government survived a confidence vote in the Storting on Tuesday after the Progress Party abstained, sparing Prime Minister Kjell Magne Bondevik a fight over petrol taxes. Conservative leader Jan Petersen said his party would keep pressing for cuts in the budget.",
 [('NORWAY', 'LOC'), ('BONDEVIK', 'PER'), ('OSLO', 'LOC'), ('Reuters', 'ORG'), ('Norway', 'LOC'), ('Storting', 'ORG'), ('Progress Party', 'ORG'), ('Kjell Magne Bondevik', 'PER'), ('Conservative', 'ORG'), ('Jan Petersen', 'PER')]),
# wR002
('2001-11-14',
 "KOSTUNICA ALLIES WALK OUT OF SERBIAN CABINET\nBELGRADE, Nov 14 (Reuters) - Ministers loyal to Yugoslav President Vojislav Kostunica walked out of the Serbian government on Wednesday, accusing Prime Minister Zoran Djindjic of handing suspects to the tribunal in The Hague without a law. Kostunica's Democratic Party of Serbia said it would not topple the cabinet.",
 [('KOSTUNICA', 'PER'), ('SERBIAN', 'MISC'), ('BELGRADE', 'LOC'), ('Reuters', 'ORG'), ('Yugoslav', 'MISC'), ('Vojislav Kostunica', 'PER'), ('Serbian', 'MISC'), ('Zoran Djindjic', 'PER'), ('The Hague', 'LOC'), ('Kostunica', 'PER'), ('Democratic Party of Serbia', 'ORG')]),
# wR003
('2004-06-21',
 "WARSAW 2004-06-21\nPolish shares fell 1.8 percent on Monday as investors worried that Marek Belka's minority cabinet might lose a second confidence vote in the Sejm. Brokers at BRE Bank said foreign funds sold PKO BP and KGHM, dragging the WIG20 index to its lowest close in two months.",
 [('WARSAW', 'LOC'), ('Polish', 'MISC'), ('Marek Belka', 'PER'), ('Sejm', 'ORG'), ('BRE Bank', 'ORG'), ('PKO BP', 'ORG'), ('KGHM', 'ORG'), ('WIG20', 'MISC')]),
# wR004
('2006-03-27',
 "TYMOSHENKO BLOC SECOND IN UKRAINE VOTE\nKIEV, March 27 (AFP) - Yulia Tymoshenko's bloc took second place in Ukraine's parliamentary election, ahead of President Viktor Yushchenko's Our Ukraine, according to early results from the Central Election Commission. Viktor Yanukovich's Party of Regions led with about 31 percent, strongest in the Russian-speaking east.",
 [('TYMOSHENKO', 'PER'), ('UKRAINE', 'LOC'), ('KIEV', 'LOC'), ('AFP', 'ORG'), ('Yulia Tymoshenko', 'PER'), ('Ukraine', 'LOC'), ('Viktor Yushchenko', 'PER'), ('Our Ukraine', 'ORG'), ('Central Election Commission', 'ORG'), ('Viktor Yanukovich', 'PER'), ('Party of Regions', 'ORG'), ('Russian', 'MISC')]),
# wR005
('2008-09-15',
 'LEHMAN FILES FOR BANKRUPTCY, MERRILL SOLD TO BANK OF AMERICA\nNEW YORK, Sept 15 (Reuters) - Lehman Brothers Holdings Inc filed for bankruptcy protection on Monday after talks with Barclays collapsed, while Merrill Lynch agreed to be bought by Bank of America for about $50 billion. The Dow Jones industrial average fell more than 500 points, its worst day in seven years.',
 [('LEHMAN', 'ORG'), ('MERRILL', 'ORG'), ('BANK OF AMERICA', 'ORG'), ('NEW YORK', 'LOC'), ('Reuters', 'ORG'), ('Lehman Brothers Holdings Inc', 'ORG'), ('Barclays', 'ORG'), ('Merrill Lynch', 'ORG'), ('Bank of America', 'ORG'), ('Dow Jones industrial average', 'MISC')]),
# wR006
('2005-02-22',
 "KENYAN GRAFT DOSSIER HANDED TO KIBAKI\nNAIROBI, Feb 22 (Reuters) - Kenya's anti-corruption chief John Githongo resigned from exile in London and handed a dossier on the Anglo Leasing contracts to President Mwai Kibaki, aides said on Tuesday. The Kenya Anti-Corruption Commission said it would question two ministers, and the World Bank delayed a $250 million loan.",
 [('KENYAN', 'MISC'), ('KIBAKI', 'PER'), ('NAIROBI', 'LOC'), ('Reuters', 'ORG'), ('Kenya', 'LOC'), ('John Githongo', 'PER'), ('London', 'LOC'), ('Anglo Leasing', 'ORG'), ('Mwai Kibaki', 'PER'), ('Kenya Anti-Corruption Commission', 'ORG'), ('World Bank', 'ORG')]),
# wR007
('1999-06-02',
 "JOHANNESBURG, June 2 (AP) - Voters in the country's second democratic election queued outside schools in Soweto and Alexandra on Wednesday, and officials of the Independent Electoral Commission expected Thabo Mbeki to lead the ruling party to a two-thirds majority. The Democratic Party of Tony Leon hoped to become the main opposition.",
 [('JOHANNESBURG', 'LOC'), ('AP', 'ORG'), ('Soweto', 'LOC'), ('Alexandra', 'LOC'), ('Independent Electoral Commission', 'ORG'), ('Thabo Mbeki', 'PER'), ('Democratic Party', 'ORG'), ('Tony Leon', 'PER')]),
# wR008
('2006-11-29',
 "MEXICAN LEFTISTS SEIZE PODIUM TO STOP CALDERON\nMEXICO CITY, Nov 29 (Reuters) - Lawmakers of the leftist Party of the Democratic Revolution occupied the speaker's podium of the lower house on Wednesday, vowing to stop Felipe Calderon from taking the oath on Friday. The National Action Party accused Andres Manuel Lopez Obrador of refusing to accept the Federal Electoral Tribunal's ruling.",
 [('MEXICAN', 'MISC'), ('CALDERON', 'PER'), ('MEXICO CITY', 'LOC'), ('Reuters', 'ORG'), ('Party of the Democratic Revolution', 'ORG'), ('Felipe Calderon', 'PER'), ('National Action Party', 'ORG'), ('Andres Manuel Lopez Obrador', 'PER'), ('Federal Electoral Tribunal', 'ORG')]),
# wR009
('2008-01-30',
 "GHANA CENTRAL BANK RAISES RATE TO 14 PCT\nACCRA, Jan 30 (Reuters) - Ghana's cedi held steady on Wednesday after the Bank of Ghana raised its prime rate by 50 basis points to 14 percent, citing food and fuel prices. Dealers at Databank said cocoa export receipts from Cocobod had kept dollars flowing into the market.",
 [('GHANA', 'LOC'), ('ACCRA', 'LOC'), ('Reuters', 'ORG'), ('Ghana', 'LOC'), ('Bank of Ghana', 'ORG'), ('Databank', 'ORG'), ('Cocobod', 'ORG')]),
# wR010
('2001-08-23',
 'TOKYO 2001-08-23\nJapanese electronics maker Fujitsu Ltd said on Thursday it would cut 16,400 jobs worldwide as demand for chips collapsed, a day after Toshiba Corp announced 18,800 cuts. The Nikkei average closed at a 17-year low, and Daiwa Securities strategist Hiroshi Watanabe said more restructuring would follow.',
 [('TOKYO', 'LOC'), ('Japanese', 'MISC'), ('Fujitsu Ltd', 'ORG'), ('Toshiba Corp', 'ORG'), ('Nikkei', 'MISC'), ('Daiwa Securities', 'ORG'), ('Hiroshi Watanabe', 'PER')]),
# wR011
('2003-10-25',
 "YUKOS CHIEF KHODORKOVSKY ARRESTED IN SIBERIA\nMOSCOW, Oct 25 (Reuters) - Masked agents arrested Mikhail Khodorkovsky, head of oil company Yukos, on his jet at Novosibirsk airport on Saturday, and the Prosecutor-General's Office charged him with fraud and tax evasion. Yukos shares fell 14 percent on the RTS exchange when trading opened on Monday.",
 [('YUKOS', 'ORG'), ('KHODORKOVSKY', 'PER'), ('SIBERIA', 'LOC'), ('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Mikhail Khodorkovsky', 'PER'), ('Yukos', 'ORG'), ('Novosibirsk', 'LOC'), ("Prosecutor-General's Office", 'ORG'), ('Yukos', 'ORG'), ('RTS', 'ORG')]),
# wR012
('2005-07-01',
 "ABUJA, July 1 (Reuters) - Nigerian unions called off a general strike over fuel prices on Friday after the government agreed to cut the pump price of petrol, the labour federation NLC said. The union's president Adams Oshiomhole said the deal with Olusegun Obasanjo would be tested at the filling stations of Lagos and Kano.",
 [('ABUJA', 'LOC'), ('Reuters', 'ORG'), ('Nigerian', 'MISC'), ('NLC', 'ORG'), ('Adams Oshiomhole', 'PER'), ('Olusegun Obasanjo', 'PER'), ('Lagos', 'LOC'), ('Kano', 'LOC')]),
# wR013
('2008-07-03',
 'BETANCOURT FREED IN COLOMBIAN ARMY RUSE\nBOGOTA, July 3 (AFP) - Ingrid Betancourt, the French-Colombian politician held by FARC rebels for six years, was flown to Bogota on Wednesday after soldiers freed her and 14 other hostages in a ruse in Guaviare province. Defence Minister Juan Manuel Santos said no shot was fired.',
 [('BETANCOURT', 'PER'), ('COLOMBIAN', 'MISC'), ('BOGOTA', 'LOC'), ('AFP', 'ORG'), ('Ingrid Betancourt', 'PER'), ('French', 'MISC'), ('Colombian', 'MISC'), ('FARC', 'ORG'), ('Bogota', 'LOC'), ('Guaviare', 'LOC'), ('Juan Manuel Santos', 'PER')]),
# wR014
('2005-09-18',
 "BERLIN 2005-09-18\nAngela Merkel's Christian Democrats won only a narrow lead over Chancellor Gerhard Schroeder's Social Democrats in Sunday's election, according to projections by ARD television. The new Left Party of Oskar Lafontaine took more than eight percent, leaving neither camp a majority in the Bundestag.",
 [('BERLIN', 'LOC'), ('Angela Merkel', 'PER'), ('Christian Democrats', 'ORG'), ('Gerhard Schroeder', 'PER'), ('Social Democrats', 'ORG'), ('ARD', 'ORG'), ('Left Party', 'ORG'), ('Oskar Lafontaine', 'PER'), ('Bundestag', 'ORG')]),
# wR015
('2003-06-16',
 'ABB SELLS OIL AND GAS UNIT, SHARES JUMP\nZURICH, June 16 (Reuters) - Swiss engineering group ABB Ltd said on Monday it had agreed to sell its oil, gas and petrochemicals unit to a consortium led by Candover for $925 million, easing worries about its debt. ABB shares jumped 9.4 percent in Zurich, leading the blue-chip SMI index higher.',
 [('ABB', 'ORG'), ('ZURICH', 'LOC'), ('Reuters', 'ORG'), ('Swiss', 'MISC'), ('ABB Ltd', 'ORG'), ('Candover', 'ORG'), ('ABB', 'ORG'), ('Zurich', 'LOC'), ('SMI', 'MISC')]),
# wR016
('2006-07-18',
 "HYUNDAI MOTOR STRIKE COSTS 1.2 TRILLION WON\nSEOUL, July 18 (Reuters) - South Korea's Hyundai Motor Co said on Tuesday a partial strike by its union had cost it 1.2 trillion won in lost output, as workers at the Ulsan plant walked out for a fourth week. The Korean Metal Workers' Union demanded a 9 percent pay rise, and Hyundai shares fell 2.6 percent on the KOSPI.",
 [('HYUNDAI MOTOR', 'ORG'), ('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('South Korea', 'LOC'), ('Hyundai Motor Co', 'ORG'), ('Ulsan', 'LOC'), ("Korean Metal Workers' Union", 'ORG'), ('Hyundai', 'ORG'), ('KOSPI', 'MISC')]),
# wR017
('1999-11-08',
 'AUSTRALIANS REJECT REPUBLIC IN REFERENDUM\nSYDNEY, Nov 8 (AP) - Australian voters rejected a proposal to replace Queen Elizabeth with a president chosen by parliament, counting showed on Sunday, with every state except Victoria voting no. Prime Minister John Howard, a monarchist, said the question was settled, while the Australian Republican Movement blamed the model on offer.',
 [('AUSTRALIANS', 'MISC'), ('SYDNEY', 'LOC'), ('AP', 'ORG'), ('Australian', 'MISC'), ('Elizabeth', 'PER'), ('Victoria', 'LOC'), ('John Howard', 'PER'), ('Australian Republican Movement', 'ORG')]),
# wR018
('2007-02-14',
 "BEIJING, Feb 14 (Reuters) - China's top securities regulator warned investors on Wednesday against borrowing to buy shares, two weeks after the Shanghai Composite Index fell nearly 9 percent in a day. The China Securities Regulatory Commission said brokers such as Citic Securities must check new accounts more strictly.",
 [('BEIJING', 'LOC'), ('Reuters', 'ORG'), ('China', 'LOC'), ('Shanghai Composite Index', 'MISC'), ('China Securities Regulatory Commission', 'ORG'), ('Citic Securities', 'ORG')]),
# wR019
('2000-09-28',
 "COPENHAGEN 2000-09-28\nDanish voters rejected joining the euro in a referendum on Thursday, with 53.1 percent voting no, a blow to Prime Minister Poul Nyrup Rasmussen. The Danish People's Party and the June Movement, both Euro-sceptic, celebrated in Copenhagen, while the Danish central bank raised its lending rate to defend the crown.",
 [('COPENHAGEN', 'LOC'), ('Danish', 'MISC'), ('Poul Nyrup Rasmussen', 'PER'), ("Danish People's Party", 'ORG'), ('June Movement', 'ORG'), ('Euro-sceptic', 'MISC'), ('Copenhagen', 'LOC'), ('Danish', 'MISC')]),
# wR020
('2003-11-23',
 'SHEVARDNADZE QUITS AS PROTESTERS HOLD GEORGIAN PARLIAMENT\nKUTAISI, Georgia, Nov 23 (Reuters) - Crowds in Kutaisi and Zugdidi celebrated on Sunday after Eduard Shevardnadze resigned as president of Georgia, a day after opposition supporters carrying roses burst into the legislature. Nino Burjanadze, the speaker, became acting president, and Russian Foreign Minister Igor Ivanov flew in to mediate.',
 [('SHEVARDNADZE', 'PER'), ('GEORGIAN', 'MISC'), ('KUTAISI', 'LOC'), ('Georgia', 'LOC'), ('Reuters', 'ORG'), ('Kutaisi', 'LOC'), ('Zugdidi', 'LOC'), ('Eduard Shevardnadze', 'PER'), ('Georgia', 'LOC'), ('Nino Burjanadze', 'PER'), ('Russian', 'MISC'), ('Igor Ivanov', 'PER')]),
# wR021
('2001-02-22',
 'ISTANBUL, Feb 22 (Reuters) - The Turkish lira lost about a third of its value against the dollar on Thursday, a day after the government let it float, and the Istanbul Stock Exchange index rebounded 9.8 percent. Economy Minister Recep Onal said Ankara would seek fresh help from the International Monetary Fund.',
 [('ISTANBUL', 'LOC'), ('Reuters', 'ORG'), ('Turkish', 'MISC'), ('Istanbul Stock Exchange', 'ORG'), ('Recep Onal', 'PER'), ('Ankara', 'LOC'), ('International Monetary Fund', 'ORG')]),
# wR022
('2006-10-09',
 'PYONGYANG TEST SENDS ASIAN MARKETS LOWER\nSEOUL, Oct 9 (Reuters) - South Korean shares fell 2.4 percent and the won slid on Monday after North Korea said it had carried out its first nuclear test. Samsung Electronics and POSCO led the KOSPI lower, while Japanese defence stocks rose in Tokyo.',
 [('PYONGYANG', 'LOC'), ('ASIAN', 'MISC'), ('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('South Korean', 'MISC'), ('North Korea', 'LOC'), ('Samsung Electronics', 'ORG'), ('POSCO', 'ORG'), ('KOSPI', 'MISC'), ('Japanese', 'MISC'), ('Tokyo', 'LOC')]),
# wR023
('2007-04-27',
 "TALLINN, April 27 (Reuters) - Riot police in Tallinn fired tear gas at Russian-speaking youths on Friday after the Estonian government began moving a Soviet war memorial from the city centre. Prime Minister Andrus Ansip said the Kremlin had stirred the unrest, and Russia's State Duma called for sanctions against Estonia.",
 [('TALLINN', 'LOC'), ('Reuters', 'ORG'), ('Tallinn', 'LOC'), ('Russian', 'MISC'), ('Estonian', 'MISC'), ('Soviet', 'MISC'), ('Andrus Ansip', 'PER'), ('Kremlin', 'LOC'), ('Russia', 'LOC'), ('State Duma', 'ORG'), ('Estonia', 'LOC')]),
# wR024
('2006-09-20',
 'THAI ARMY SEIZES POWER AS THAKSIN IS ABROAD\nBANGKOK, Sept 20 (Reuters) - Tanks ringed Government House in Bangkok on Wednesday after army chief Sonthi Boonyaratkalin seized power while Prime Minister Thaksin Shinawatra was at the United Nations in New York. The Stock Exchange of Thailand stayed shut, and King Bhumibol Adulyadej endorsed the new council.',
 [('THAI', 'MISC'), ('THAKSIN', 'PER'), ('BANGKOK', 'LOC'), ('Reuters', 'ORG'), ('Government House', 'LOC'), ('Bangkok', 'LOC'), ('Sonthi Boonyaratkalin', 'PER'), ('Thaksin Shinawatra', 'PER'), ('United Nations', 'ORG'), ('New York', 'LOC'), ('Stock Exchange of Thailand', 'ORG'), ('Bhumibol Adulyadej', 'PER')]),
# wR025
('2005-05-30',
 "PARIS 2005-05-30\nFrench voters rejected the European Union's draft constitution by 55 percent on Sunday, a blow to President Jacques Chirac, who had campaigned for a yes. Left-wing rebels in the Socialist Party led by Laurent Fabius joined the far right of Jean-Marie Le Pen in the no camp, and the euro slipped in Asian trade.",
 [('PARIS', 'LOC'), ('French', 'MISC'), ('European Union', 'ORG'), ('Jacques Chirac', 'PER'), ('Socialist Party', 'ORG'), ('Laurent Fabius', 'PER'), ('Jean-Marie Le Pen', 'PER'), ('Asian', 'MISC')]),
# wR026
('2007-10-22',
 "TUSK OUSTS KACZYNSKI IN POLISH ELECTION\nWARSAW, Oct 22 (AFP) - The liberal Civic Platform of Donald Tusk won Poland's snap election with about 41 percent, ousting Prime Minister Jaroslaw Kaczynski's Law and Justice party, the State Electoral Commission said on Monday. The Polish zloty rose to a record against the euro.",
 [('TUSK', 'PER'), ('KACZYNSKI', 'PER'), ('POLISH', 'MISC'), ('WARSAW', 'LOC'), ('AFP', 'ORG'), ('Civic Platform', 'ORG'), ('Donald Tusk', 'PER'), ('Poland', 'LOC'), ('Jaroslaw Kaczynski', 'PER'), ('Law and Justice', 'ORG'), ('State Electoral Commission', 'ORG'), ('Polish', 'MISC')]),
# wR027
('2008-03-22',
 "KUOMINTANG'S MA WINS TAIWAN PRESIDENCY\nTAIPEI, March 22 (Reuters) - Ma Ying-jeou of the Kuomintang won Taiwan's presidential election by a wide margin on Saturday, promising closer economic ties with China. Frank Hsieh of the ruling Democratic Progressive Party conceded, and a referendum on joining the United Nations failed for lack of turnout.",
 [('KUOMINTANG', 'ORG'), ('MA', 'PER'), ('TAIWAN', 'LOC'), ('TAIPEI', 'LOC'), ('Reuters', 'ORG'), ('Ma Ying-jeou', 'PER'), ('Kuomintang', 'ORG'), ('Taiwan', 'LOC'), ('China', 'LOC'), ('Frank Hsieh', 'PER'), ('Democratic Progressive Party', 'ORG'), ('United Nations', 'ORG')]),
# wR028
('2003-08-15',
 'NEW YORK, Aug 15 (AP) - Power returned slowly to New York, Detroit and Toronto on Friday after the biggest blackout in North American history cut electricity to some 50 million people. Canadian Prime Minister Jean Chretien said the fault began in Ohio, and FirstEnergy Corp said it was studying its grid records.',
 [('NEW YORK', 'LOC'), ('AP', 'ORG'), ('New York', 'LOC'), ('Detroit', 'LOC'), ('Toronto', 'LOC'), ('North American', 'MISC'), ('Canadian', 'MISC'), ('Jean Chretien', 'PER'), ('Ohio', 'LOC'), ('FirstEnergy Corp', 'ORG')]),
# wR029
('2008-10-08',
 "ICELAND SEIZES GLITNIR AND LANDSBANKI\nREYKJAVIK, Oct 8 (Reuters) - Iceland's financial regulator took control of Glitnir and Landsbanki on Wednesday and said Kaupthing could follow, as the krona collapsed. British Prime Minister Gordon Brown froze Landsbanki assets in Britain to protect savers with its Icesave accounts.",
 [('ICELAND', 'LOC'), ('GLITNIR', 'ORG'), ('LANDSBANKI', 'ORG'), ('REYKJAVIK', 'LOC'), ('Reuters', 'ORG'), ('Iceland', 'LOC'), ('Glitnir', 'ORG'), ('Landsbanki', 'ORG'), ('Kaupthing', 'ORG'), ('British', 'MISC'), ('Gordon Brown', 'PER'), ('Landsbanki', 'ORG'), ('Britain', 'LOC'), ('Icesave', 'ORG')]),
# wR030
('2007-09-14',
 'SAVERS QUEUE AT NORTHERN ROCK BRANCHES\nNEWCASTLE, England, Sept 14 (Reuters) - Customers queued outside branches of Northern Rock across Britain on Friday to withdraw savings after the mortgage lender asked the Bank of England for emergency funding. Its shares fell 32 percent on the London Stock Exchange, and Finance Minister Alistair Darling said deposits were safe.',
 [('NORTHERN ROCK', 'ORG'), ('NEWCASTLE', 'LOC'), ('England', 'LOC'), ('Reuters', 'ORG'), ('Northern Rock', 'ORG'), ('Britain', 'LOC'), ('Bank of England', 'ORG'), ('London Stock Exchange', 'ORG'), ('Alistair Darling', 'PER')]),
# wR031
('2005-10-09',
 'MUZAFFARABAD, Pakistan, Oct 9 (Reuters) - Survivors dug through rubble with bare hands in Muzaffarabad on Sunday, a day after a strong earthquake shook northern Pakistan and Kashmir. President Pervez Musharraf appealed for helicopters, and the Pakistan Red Crescent said whole villages in the Neelum valley had gone.',
 [('MUZAFFARABAD', 'LOC'), ('Pakistan', 'LOC'), ('Reuters', 'ORG'), ('Muzaffarabad', 'LOC'), ('Pakistan', 'LOC'), ('Kashmir', 'LOC'), ('Pervez Musharraf', 'PER'), ('Pakistan Red Crescent', 'ORG'), ('Neelum', 'LOC')]),
# wR032
('2008-05-13',
 'DUJIANGYAN, China, May 13 (Reuters) - Soldiers hiked into Wenchuan county on Tuesday after the worst earthquake in three decades struck Sichuan province, as Premier Wen Jiabao visited collapsed schools in Dujiangyan. The official Xinhua news agency said nearly 12,000 people had died.',
 [('DUJIANGYAN', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Wenchuan', 'LOC'), ('Sichuan', 'LOC'), ('Wen Jiabao', 'PER'), ('Dujiangyan', 'LOC'), ('Xinhua', 'ORG')]),
# wR033
('2006-02-21',
 'SAN JUAN DE SABINAS, Mexico, Feb 21 (Reuters) - Rescuers gave up hope on Tuesday for 65 miners trapped by a gas blast at the Pasta de Conchos coal mine in Coahuila state, owned by Grupo Mexico. Miners\' union leader Napoleon Gomez Urrutia accused the company of "industrial homicide".',
 [('SAN JUAN DE SABINAS', 'LOC'), ('Mexico', 'LOC'), ('Reuters', 'ORG'), ('Pasta de Conchos', 'LOC'), ('Coahuila', 'LOC'), ('Grupo Mexico', 'ORG'), ('Napoleon Gomez Urrutia', 'PER')]),
# wR034
('2003-07-17',
 'SAO TOME, July 17 (Reuters) - Soldiers who seized power in Sao Tome and Principe on Wednesday said they had acted over poverty and the handling of future oil revenue, while President Fradique de Menezes was on a visit to Nigeria. Coup leader Major Fernando Pereira promised elections, and the African Union demanded his return.',
 [('SAO TOME', 'LOC'), ('Reuters', 'ORG'), ('Sao Tome and Principe', 'LOC'), ('Fradique de Menezes', 'PER'), ('Nigeria', 'LOC'), ('Fernando Pereira', 'PER'), ('African Union', 'ORG')]),
# wR035
('2005-11-23',
 "JOHNSON-SIRLEAF WINS LIBERIA RUN-OFF\nMONROVIA, Nov 23 (AP) - Ellen Johnson-Sirleaf was declared the winner of Liberia's presidential run-off on Wednesday, becoming the first woman elected to lead an African country. Supporters of her rival George Weah protested outside the National Elections Commission in Monrovia, alleging fraud.",
 [('JOHNSON-SIRLEAF', 'PER'), ('LIBERIA', 'LOC'), ('MONROVIA', 'LOC'), ('AP', 'ORG'), ('Ellen Johnson-Sirleaf', 'PER'), ('Liberia', 'LOC'), ('African', 'MISC'), ('George Weah', 'PER'), ('National Elections Commission', 'ORG'), ('Monrovia', 'LOC')]),
# wR036
('2007-03-26',
 "NOUAKCHOTT, March 26 (Reuters) - Sidi Ould Cheikh Abdallahi won Mauritania's presidential run-off on Sunday with almost 53 percent, the interior ministry said, completing the handover from the junta that ousted Maaouiya Ould Taya in 2005. His rival Ahmed Ould Daddah of the Rally of Democratic Forces accepted the result.",
 [('NOUAKCHOTT', 'LOC'), ('Reuters', 'ORG'), ('Sidi Ould Cheikh Abdallahi', 'PER'), ('Mauritania', 'LOC'), ('Maaouiya Ould Taya', 'PER'), ('Ahmed Ould Daddah', 'PER'), ('Rally of Democratic Forces', 'ORG')]),
# wR037
('2004-10-18',
 "LUKASHENKO WINS RIGHT TO THIRD TERM\nMINSK, Oct 18 (Reuters) - Belarus President Alexander Lukashenko won the right to stand for a third term in a referendum held with Sunday's parliamentary election, the Central Election Commission said. Observers from the Organisation for Security and Cooperation in Europe said the vote fell short, and police beat protesters on October Square.",
 [('LUKASHENKO', 'PER'), ('MINSK', 'LOC'), ('Reuters', 'ORG'), ('Belarus', 'LOC'), ('Alexander Lukashenko', 'PER'), ('Central Election Commission', 'ORG'), ('Organisation for Security and Cooperation in Europe', 'ORG'), ('October Square', 'LOC')]),
# wR038
('2008-03-02',
 "YEREVAN, March 2 (AFP) - Armenia's outgoing president Robert Kocharyan declared a 20-day state of emergency in Yerevan on Saturday after police broke up a protest camp of supporters of Levon Ter-Petrosyan, who says the February election was rigged in favour of Prime Minister Serzh Sarksyan. Eight people died in the clashes.",
 [('YEREVAN', 'LOC'), ('AFP', 'ORG'), ('Armenia', 'LOC'), ('Robert Kocharyan', 'PER'), ('Yerevan', 'LOC'), ('Levon Ter-Petrosyan', 'PER'), ('Serzh Sarksyan', 'PER')]),
# wR039
('2008-07-11',
 "SINGAPORE, July 11 (Reuters) - Oil prices hit a record above $147 a barrel on Friday on worries about Iran's missile tests and an attack on a Royal Dutch Shell pipeline in Nigeria's Niger Delta. U.S. crude for August delivery on the New York Mercantile Exchange traded at $146.90, and Brent crude rose in London.",
 [('SINGAPORE', 'LOC'), ('Reuters', 'ORG'), ('Iran', 'LOC'), ('Royal Dutch Shell', 'ORG'), ('Nigeria', 'LOC'), ('Niger Delta', 'LOC'), ('U.S.', 'LOC'), ('New York Mercantile Exchange', 'ORG'), ('Brent', 'MISC'), ('London', 'LOC')]),
# wR040
('2007-11-16',
 "GERMAN TRAIN DRIVERS STAGE LONGEST STRIKE\nBERLIN, Nov 16 (Reuters) - Train drivers of the GDL union began a 62-hour freight and passenger strike on Deutsche Bahn on Thursday, the longest in the railway's history, halting most trains in eastern Germany. Union leader Manfred Schell said drivers wanted a separate wage deal, and Transport Minister Wolfgang Tiefensee urged both sides to talk.",
 [('GERMAN', 'MISC'), ('BERLIN', 'LOC'), ('Reuters', 'ORG'), ('GDL', 'ORG'), ('Deutsche Bahn', 'ORG'), ('Germany', 'LOC'), ('Manfred Schell', 'PER'), ('Wolfgang Tiefensee', 'PER')]),
# wR041
('2002-11-14',
 'LONDON 2002-11-14\nTroops manning old Green Goddess fire engines answered emergency calls across Britain on Thursday as the Fire Brigades Union began an eight-day strike over pay. Union leader Andy Gilchrist said members had been offered too little, and Deputy Prime Minister John Prescott said the government would not fund a 40 percent rise.',
 [('LONDON', 'LOC'), ('Green Goddess', 'MISC'), ('Britain', 'LOC'), ('Fire Brigades Union', 'ORG'), ('Andy Gilchrist', 'PER'), ('John Prescott', 'PER')]),
# wR042
('2006-08-10',
 "ANTOFAGASTA, Chile, Aug 10 (Reuters) - Workers at BHP Billiton's Escondida mine, the world's biggest copper mine, extended their strike into a third day on Thursday, and copper prices rose on the London Metal Exchange. Union spokesman Marcelo Jara said the company's offer of a 3 percent rise was an insult.",
 [('ANTOFAGASTA', 'LOC'), ('Chile', 'LOC'), ('Reuters', 'ORG'), ('BHP Billiton', 'ORG'), ('Escondida', 'LOC'), ('London Metal Exchange', 'ORG'), ('Marcelo Jara', 'PER')]),
# wR043
('2005-06-02',
 "HELSINKI, June 2 (Reuters) - Finnish paper makers Stora Enso, UPM-Kymmene and M-real extended a lockout of 25,000 mill workers into a third week on Thursday, as talks with the Paperworkers' Union broke down over shift rules. Customers in Germany and Britain said magazine paper stocks were running low.",
 [('HELSINKI', 'LOC'), ('Reuters', 'ORG'), ('Finnish', 'MISC'), ('Stora Enso', 'ORG'), ('UPM-Kymmene', 'ORG'), ('M-real', 'ORG'), ("Paperworkers' Union", 'ORG'), ('Germany', 'LOC'), ('Britain', 'LOC')]),
# wR044
('2006-04-24',
 "HUNGARIAN SOCIALISTS RE-ELECTED\nBUDAPEST, April 24 (Reuters) - Hungary's ruling Socialists and their Free Democrat allies won a second term in Sunday's run-off, the first government re-elected since the fall of communism. Prime Minister Ferenc Gyurcsany promised to cut the budget deficit, and Fidesz leader Viktor Orban conceded defeat. The forint firmed and OTP Bank led the BUX index up 2.1 percent.",
 [('HUNGARIAN', 'MISC'), ('SOCIALISTS', 'ORG'), ('BUDAPEST', 'LOC'), ('Reuters', 'ORG'), ('Hungary', 'LOC'), ('Socialists', 'ORG'), ('Free Democrat', 'ORG'), ('Ferenc Gyurcsany', 'PER'), ('Fidesz', 'ORG'), ('Viktor Orban', 'PER'), ('OTP Bank', 'ORG'), ('BUX', 'MISC')]),
# wR045
('2002-09-23',
 "SLOVAK REFORMERS KEEP POWER, MECIAR FAILS\nBRATISLAVA 2002-09-23\nPrime Minister Mikulas Dzurinda's Slovak Democratic and Christian Union can form a new centre-right coalition after Saturday's election, results showed, keeping out former premier Vladimir Meciar despite his HZDS party winning the most votes. Diplomats of the European Union and NATO welcomed the result.",
 [('SLOVAK', 'MISC'), ('MECIAR', 'PER'), ('BRATISLAVA', 'LOC'), ('Mikulas Dzurinda', 'PER'), ('Slovak Democratic and Christian Union', 'ORG'), ('Vladimir Meciar', 'PER'), ('HZDS', 'ORG'), ('European Union', 'ORG'), ('NATO', 'ORG')]),
# wR046
('2004-04-07',
 "LITHUANIAN PRESIDENT PAKSAS IMPEACHED\nVILNIUS, April 7 (AFP) - Lithuania's legislature, the Seimas, removed President Rolandas Paksas from office on Tuesday, finding that he had leaked state secrets to a Russian businessman who funded his campaign, Yuri Borisov. Speaker Arturas Paulauskas became acting head of state, the first time a European president has been impeached.",
 [('LITHUANIAN', 'MISC'), ('PAKSAS', 'PER'), ('VILNIUS', 'LOC'), ('AFP', 'ORG'), ('Lithuania', 'LOC'), ('Seimas', 'ORG'), ('Rolandas Paksas', 'PER'), ('Russian', 'MISC'), ('Yuri Borisov', 'PER'), ('Arturas Paulauskas', 'PER'), ('European', 'MISC')]),
# wR047
('2005-06-27',
 "SOFIA, June 27 (Reuters) - Bulgaria's Socialist Party led by Sergei Stanishev won Sunday's election with about 31 percent but fell short of a majority, while the nationalist Ataka coalition took fourth place. The party of Prime Minister Simeon Saxe-Coburg came second and said it would talk to the Socialists.",
 [('SOFIA', 'LOC'), ('Reuters', 'ORG'), ('Bulgaria', 'LOC'), ('Socialist Party', 'ORG'), ('Sergei Stanishev', 'PER'), ('Ataka', 'ORG'), ('Simeon Saxe-Coburg', 'PER'), ('Socialists', 'ORG')]),
# wR048
('1999-01-22',
 'RIMNICU VILCEA, Romania, Jan 22 (Reuters) - Thousands of coal miners from the Jiu Valley led by union leader Miron Cozma broke through police lines near Rimnicu Vilcea on Friday on their march to Bucharest. Prime Minister Radu Vasile agreed to meet Cozma at a monastery in Cozia to avert bloodshed.',
 [('RIMNICU VILCEA', 'LOC'), ('Romania', 'LOC'), ('Reuters', 'ORG'), ('Jiu Valley', 'LOC'), ('Miron Cozma', 'PER'), ('Rimnicu Vilcea', 'LOC'), ('Bucharest', 'LOC'), ('Radu Vasile', 'PER'), ('Cozma', 'PER'), ('Cozia', 'LOC')]),
# wR049
('2007-05-05',
 "EDINBURGH, May 5 (Reuters) - The Scottish National Party of Alex Salmond won one seat more than Labour in the election to the Scottish assembly in Holyrood, ending Labour's half-century dominance of Scottish politics. Thousands of ballots were spoilt in Glasgow and the Highlands after a confusing new form.",
 [('EDINBURGH', 'LOC'), ('Reuters', 'ORG'), ('Scottish National Party', 'ORG'), ('Alex Salmond', 'PER'), ('Labour', 'ORG'), ('Scottish', 'MISC'), ('Holyrood', 'LOC'), ('Labour', 'ORG'), ('Scottish', 'MISC'), ('Glasgow', 'LOC'), ('Highlands', 'LOC')]),
# wR050
('2004-03-08',
 "ATHENS 2004-03-08\nCostas Karamanlis's conservative New Democracy party won Greece's general election on Sunday, ending more than a decade of Socialist rule. PASOK leader George Papandreou, who took over the party only in January, conceded defeat, and Athens shares rose 1.3 percent on Monday morning.",
 [('ATHENS', 'LOC'), ('Costas Karamanlis', 'PER'), ('New Democracy', 'ORG'), ('Greece', 'LOC'), ('Socialist', 'ORG'), ('PASOK', 'ORG'), ('George Papandreou', 'PER'), ('Athens', 'LOC')]),
# wR051
('2006-01-24',
 "HARPER'S CONSERVATIVES WIN CANADA ELECTION\nCALGARY, Alberta, Jan 24 (Reuters) - Stephen Harper's Conservatives won Canada's election on Monday and will form a minority government, ending 12 years of Liberal rule. Prime Minister Paul Martin said he would step down as Liberal leader, and the Bloc Quebecois held most seats in Quebec. The Canadian dollar rose on the news.",
 [('HARPER', 'PER'), ('CONSERVATIVES', 'ORG'), ('CANADA', 'LOC'), ('CALGARY', 'LOC'), ('Alberta', 'LOC'), ('Reuters', 'ORG'), ('Stephen Harper', 'PER'), ('Conservatives', 'ORG'), ('Canada', 'LOC'), ('Liberal', 'ORG'), ('Paul Martin', 'PER'), ('Liberal', 'ORG'), ('Bloc Quebecois', 'ORG'), ('Quebec', 'LOC'), ('Canadian', 'MISC')]),
# wR052
('2008-12-20',
 'GM, CHRYSLER GET $13.4 BLN IN LOANS\nDETROIT, Dec 20 (AP) - General Motors Corp and Chrysler LLC will receive $13.4 billion in emergency loans from the U.S. Treasury, President George W. Bush said on Friday, after the Senate failed to pass a rescue. United Auto Workers president Ron Gettelfinger said the conditions singled out workers unfairly.',
 [('GM', 'ORG'), ('CHRYSLER', 'ORG'), ('DETROIT', 'LOC'), ('AP', 'ORG'), ('General Motors Corp', 'ORG'), ('Chrysler LLC', 'ORG'), ('U.S. Treasury', 'ORG'), ('George W. Bush', 'PER'), ('Senate', 'ORG'), ('United Auto Workers', 'ORG'), ('Ron Gettelfinger', 'PER')]),
# wR053
('2006-06-15',
 "OAXACA, Mexico, June 15 (AP) - Riot police fired tear gas on Wednesday to clear thousands of striking teachers from the main square of Oaxaca, where they had camped for three weeks. The teachers' Section 22 union demanded the resignation of state governor Ulises Ruiz of the Institutional Revolutionary Party and vowed to retake the square.",
 [('OAXACA', 'LOC'), ('Mexico', 'LOC'), ('AP', 'ORG'), ('Oaxaca', 'LOC'), ('Section 22', 'ORG'), ('Ulises Ruiz', 'PER'), ('Institutional Revolutionary Party', 'ORG')]),
# wR054
('2006-10-25',
 "CVRD TO BUY INCO FOR $17 BLN\nRIO DE JANEIRO, Oct 25 (Reuters) - Brazilian miner Companhia Vale do Rio Doce agreed to buy Canadian nickel producer Inco Ltd for about $17 billion, the biggest foreign takeover by a Latin American company. Vale chief executive Roger Agnelli said the deal made the group the world's second-largest miner after BHP Billiton.",
 [('CVRD', 'ORG'), ('INCO', 'ORG'), ('RIO DE JANEIRO', 'LOC'), ('Reuters', 'ORG'), ('Brazilian', 'MISC'), ('Companhia Vale do Rio Doce', 'ORG'), ('Canadian', 'MISC'), ('Inco Ltd', 'ORG'), ('Latin American', 'MISC'), ('Vale', 'ORG'), ('Roger Agnelli', 'PER'), ('BHP Billiton', 'ORG')]),
# wR055
('2002-06-19',
 "AREQUIPA, June 19 (Reuters) - Protesters in the southern city of Arequipa blocked roads and burned tyres for a fourth day on Wednesday against the sale of two power companies, Egasa and Egesur, to Belgian group Tractebel. President Alejandro Toledo declared a state of emergency, and the city's mayor Juan Manuel Guillen began a hunger strike.",
 [('AREQUIPA', 'LOC'), ('Reuters', 'ORG'), ('Arequipa', 'LOC'), ('Egasa', 'ORG'), ('Egesur', 'ORG'), ('Belgian', 'MISC'), ('Tractebel', 'ORG'), ('Alejandro Toledo', 'PER'), ('Juan Manuel Guillen', 'PER')]),
# wR056
('2005-04-21',
 "QUITO, April 21 (Reuters) - Ecuador's ousted president Lucio Gutierrez took refuge in the Brazilian ambassador's residence in Quito on Thursday, a day after lawmakers removed him amid street protests. His deputy Alfredo Palacio was sworn in, and the Andean nation's bonds slipped in New York trading.",
 [('QUITO', 'LOC'), ('Reuters', 'ORG'), ('Ecuador', 'LOC'), ('Lucio Gutierrez', 'PER'), ('Brazilian', 'MISC'), ('Quito', 'LOC'), ('Alfredo Palacio', 'PER'), ('Andean', 'MISC'), ('New York', 'LOC')]),
# wR057
('2008-04-21',
 "EX-BISHOP LUGO ENDS COLORADO RULE IN PARAGUAY\nASUNCION, April 21 (AFP) - Former Roman Catholic bishop Fernando Lugo won Paraguay's presidential election on Sunday, ending 61 years of rule by the Colorado Party. Colorado candidate Blanca Ovelar conceded, and Lugo promised to renegotiate the price Brazil pays for power from the Itaipu dam.",
 [('LUGO', 'PER'), ('COLORADO', 'ORG'), ('PARAGUAY', 'LOC'), ('ASUNCION', 'LOC'), ('AFP', 'ORG'), ('Roman Catholic', 'MISC'), ('Fernando Lugo', 'PER'), ('Paraguay', 'LOC'), ('Colorado Party', 'ORG'), ('Colorado', 'ORG'), ('Blanca Ovelar', 'PER'), ('Lugo', 'PER'), ('Brazil', 'LOC'), ('Itaipu', 'LOC')]),
# wR058
('2004-11-01',
 "MONTEVIDEO 2004-11-01\nTabare Vazquez of the leftist Broad Front won Uruguay's presidential election in the first round on Sunday, the first time the left has taken power in the country. Supporters waved flags along the Avenida 18 de Julio, and the candidate of the National Party, Jorge Larranaga, conceded.",
 [('MONTEVIDEO', 'LOC'), ('Tabare Vazquez', 'PER'), ('Broad Front', 'ORG'), ('Uruguay', 'LOC'), ('Avenida 18 de Julio', 'LOC'), ('National Party', 'ORG'), ('Jorge Larranaga', 'PER')]),
# wR059
('2006-11-07',
 "MANAGUA, Nov 7 (AP) - Sandinista leader Daniel Ortega won Nicaragua's presidential election, returning to power 16 years after he was voted out, the Supreme Electoral Council said on Tuesday. U.S. officials, who had backed Eduardo Montealegre, said they would judge Ortega by his actions.",
 [('MANAGUA', 'LOC'), ('AP', 'ORG'), ('Sandinista', 'ORG'), ('Daniel Ortega', 'PER'), ('Nicaragua', 'LOC'), ('Supreme Electoral Council', 'ORG'), ('U.S.', 'LOC'), ('Eduardo Montealegre', 'PER'), ('Ortega', 'PER')]),
# wR060
('2007-09-04',
 "KINGSTON, Sept 4 (Reuters) - The Jamaica Labour Party of Bruce Golding narrowly won Jamaica's general election, ending 18 years of rule by the People's National Party, the electoral office said on Tuesday. Prime Minister Portia Simpson Miller did not concede, citing recounts in several seats in St Catherine.",
 [('KINGSTON', 'LOC'), ('Reuters', 'ORG'), ('Jamaica Labour Party', 'ORG'), ('Bruce Golding', 'PER'), ('Jamaica', 'LOC'), ("People's National Party", 'ORG'), ('Portia Simpson Miller', 'PER'), ('St Catherine', 'LOC')]),
# wR061
('2008-08-20',
 'ZAMBIA MOURNS PRESIDENT MWANAWASA\nLUSAKA, Aug 20 (Reuters) - Zambia began a week of mourning on Wednesday for President Levy Mwanawasa, who died in a Paris hospital after a stroke suffered at an African Union summit in Egypt. Vice President Rupiah Banda will act as head of state, and the kwacha was steady as copper miners such as First Quantum Minerals said output was unaffected.',
 [('ZAMBIA', 'LOC'), ('MWANAWASA', 'PER'), ('LUSAKA', 'LOC'), ('Reuters', 'ORG'), ('Zambia', 'LOC'), ('Levy Mwanawasa', 'PER'), ('Paris', 'LOC'), ('African Union', 'ORG'), ('Egypt', 'LOC'), ('Rupiah Banda', 'PER'), ('First Quantum Minerals', 'ORG')]),
# wR062
('2007-01-23',
 'GUINEA STRIKE ENTERS THIRD WEEK\nCONAKRY, Jan 23 (Reuters) - Security forces fired on strikers in Conakry on Monday as a general strike against President Lansana Conte entered its third week, unions said. The USTG and CNTG union federations demanded that Conte name a new prime minister, and bauxite exports by Compagnie des Bauxites de Guinee were halted.',
 [('GUINEA', 'LOC'), ('CONAKRY', 'LOC'), ('Reuters', 'ORG'), ('Conakry', 'LOC'), ('Lansana Conte', 'PER'), ('USTG', 'ORG'), ('CNTG', 'ORG'), ('Conte', 'PER'), ('Compagnie des Bauxites de Guinee', 'ORG')]),
# wR063
('2005-12-21',
 "DAR ES SALAAM, Dec 21 (Reuters) - Jakaya Kikwete of the ruling Chama Cha Mapinduzi won Tanzania's presidential election with more than 80 percent of the vote, the National Electoral Commission said on Wednesday. Opposition parties, led by the Civic United Front in Zanzibar, said the count was rigged.",
 [('DAR ES SALAAM', 'LOC'), ('Reuters', 'ORG'), ('Jakaya Kikwete', 'PER'), ('Chama Cha Mapinduzi', 'ORG'), ('Tanzania', 'LOC'), ('National Electoral Commission', 'ORG'), ('Civic United Front', 'ORG'), ('Zanzibar', 'LOC')]),
# wR064
('2005-11-15',
 "BESIGYE CHARGED WITH TREASON\nKAMPALA, Nov 15 (Reuters) - Ugandan opposition leader Kizza Besigye was charged with treason and rape in Kampala's High Court on Tuesday, a day after his arrest sparked riots. His Forum for Democratic Change said the charges were meant to stop him running against President Yoweri Museveni in the February election.",
 [('BESIGYE', 'PER'), ('KAMPALA', 'LOC'), ('Reuters', 'ORG'), ('Ugandan', 'MISC'), ('Kizza Besigye', 'PER'), ('Kampala', 'LOC'), ('High Court', 'ORG'), ('Forum for Democratic Change', 'ORG'), ('Yoweri Museveni', 'PER')]),
# wR065
('2005-11-02',
 'ADDIS ABABA, Nov 2 (Reuters) - Police fired on protesters in Addis Ababa on Wednesday in a second day of clashes over the disputed May election, and arrested leaders of the opposition Coalition for Unity and Democracy, including its chairman Hailu Shawel. Prime Minister Meles Zenawi accused the opposition of plotting an uprising.',
 [('ADDIS ABABA', 'LOC'), ('Reuters', 'ORG'), ('Addis Ababa', 'LOC'), ('Coalition for Unity and Democracy', 'ORG'), ('Hailu Shawel', 'PER'), ('Meles Zenawi', 'PER')]),
# wR066
('2004-05-24',
 "BLANTYRE, Malawi, May 24 (AFP) - Bingu wa Mutharika was sworn in as president of Malawi on Monday, hours after the electoral commission declared him the winner of last week's vote. Mutharika was handpicked by outgoing president Bakili Muluzi of the United Democratic Front, and opposition supporters clashed with police in Blantyre.",
 [('BLANTYRE', 'LOC'), ('Malawi', 'LOC'), ('AFP', 'ORG'), ('Bingu wa Mutharika', 'PER'), ('Malawi', 'LOC'), ('Mutharika', 'PER'), ('Bakili Muluzi', 'PER'), ('United Democratic Front', 'ORG'), ('Blantyre', 'LOC')]),
# wR067
('2008-09-17',
 "LUANDA, Sept 17 (Reuters) - Angola's ruling MPLA won 81.6 percent of the vote in the country's first election in 16 years, the electoral commission said on Tuesday, leaving former rebels UNITA with 10 percent. UNITA leader Isaias Samakuva accepted the result, and Sonangol said oil output would reach 2 million barrels a day.",
 [('LUANDA', 'LOC'), ('Reuters', 'ORG'), ('Angola', 'LOC'), ('MPLA', 'ORG'), ('UNITA', 'ORG'), ('UNITA', 'ORG'), ('Isaias Samakuva', 'PER'), ('Sonangol', 'ORG')]),
# wR068
('2007-09-20',
 "RABAT, Sept 20 (Reuters) - Morocco's King Mohammed named Abbas El Fassi of the Istiqlal party prime minister on Wednesday, after it came first in an election with a record low turnout of 37 percent. The Justice and Development Party, a moderate Islamic party, came second.",
 [('RABAT', 'LOC'), ('Reuters', 'ORG'), ('Morocco', 'LOC'), ('Mohammed', 'PER'), ('Abbas El Fassi', 'PER'), ('Istiqlal', 'ORG'), ('Justice and Development Party', 'ORG'), ('Islamic', 'MISC')]),
# wR069
('2005-12-24',
 "EGYPT JAILS OPPOSITION LEADER NOUR\nCAIRO, Dec 24 (AP) - An Egyptian court sentenced opposition leader Ayman Nour to five years in prison on Saturday for forging signatures to register his Ghad party, a verdict condemned by the U.S. State Department. Nour, who came second to President Hosni Mubarak in September's election, said he would appeal.",
 [('EGYPT', 'LOC'), ('NOUR', 'PER'), ('CAIRO', 'LOC'), ('AP', 'ORG'), ('Egyptian', 'MISC'), ('Ayman Nour', 'PER'), ('Ghad', 'ORG'), ('U.S. State Department', 'ORG'), ('Nour', 'PER'), ('Hosni Mubarak', 'PER')]),
# wR070
('2004-04-10',
 "ALGIERS 2004-04-10\nPresident Abdelaziz Bouteflika won a second term with almost 85 percent of the vote, Algeria's interior minister said on Friday, far ahead of his former prime minister Ali Benflis of the National Liberation Front. Benflis said the vote was rigged, but French observers said it was calmer than past polls.",
 [('ALGIERS', 'LOC'), ('Abdelaziz Bouteflika', 'PER'), ('Algeria', 'LOC'), ('Ali Benflis', 'PER'), ('National Liberation Front', 'ORG'), ('Benflis', 'PER'), ('French', 'MISC')]),
# wR071
('2007-03-14',
 "LAWYERS CLASH WITH POLICE OVER PAKISTAN JUDGE\nISLAMABAD, March 14 (Reuters) - Lawyers clashed with police in Islamabad and Lahore on Wednesday in protest at President Pervez Musharraf's suspension of Chief Justice Iftikhar Muhammad Chaudhry. The Supreme Judicial Council began hearing misconduct charges against Chaudhry behind closed doors.",
 [('PAKISTAN', 'LOC'), ('ISLAMABAD', 'LOC'), ('Reuters', 'ORG'), ('Islamabad', 'LOC'), ('Lahore', 'LOC'), ('Pervez Musharraf', 'PER'), ('Iftikhar Muhammad Chaudhry', 'PER'), ('Supreme Judicial Council', 'ORG'), ('Chaudhry', 'PER')]),
# wR072
('2005-09-12',
 "KOIZUMI WINS LANDSLIDE IN POSTAL VOTE\nTOKYO, Sept 12 (Reuters) - Japanese Prime Minister Junichiro Koizumi's Liberal Democratic Party won 296 of 480 seats in Sunday's election, a mandate for his plan to privatise Japan Post. The Nikkei average rose 1.5 percent to a four-year high, led by Mizuho Financial Group and Nomura Holdings.",
 [('KOIZUMI', 'PER'), ('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('Japanese', 'MISC'), ('Junichiro Koizumi', 'PER'), ('Liberal Democratic Party', 'ORG'), ('Japan Post', 'ORG'), ('Nikkei', 'MISC'), ('Mizuho Financial Group', 'ORG'), ('Nomura Holdings', 'ORG')]),
# wR073
('2006-01-24',
 "TOKYO 2006-01-24\nProsecutors arrested internet entrepreneur Takafumi Horie, chief executive of Livedoor Co, on Monday on suspicion of securities fraud, a week after a raid on the company's offices in Roppongi Hills. The Tokyo Stock Exchange briefly halted trading last week when orders to sell Livedoor shares swamped its computers.",
 [('TOKYO', 'LOC'), ('Takafumi Horie', 'PER'), ('Livedoor Co', 'ORG'), ('Roppongi Hills', 'LOC'), ('Tokyo Stock Exchange', 'ORG'), ('Livedoor', 'ORG')]),
# wR074
('2004-03-12',
 "SOUTH KOREA'S ROH IMPEACHED\nSEOUL, March 12 (AP) - South Korea's National Assembly voted to impeach President Roh Moo-hyun on Friday for breaking election rules, as his supporters wept and scuffled with guards in the chamber. Prime Minister Goh Kun took over the president's duties pending a ruling by the Constitutional Court.",
 [('SOUTH KOREA', 'LOC'), ('ROH', 'PER'), ('SEOUL', 'LOC'), ('AP', 'ORG'), ('South Korea', 'LOC'), ('National Assembly', 'ORG'), ('Roh Moo-hyun', 'PER'), ('Goh Kun', 'PER'), ('Constitutional Court', 'ORG')]),
# wR075
('2005-11-24',
 "HARBIN WATER CUT AS BENZENE SLICK NEARS\nHARBIN, China, Nov 24 (Reuters) - Water supplies to Harbin's 3.8 million people stayed cut for a third day on Thursday as an 80-km slick of benzene from a blast at a PetroChina plant in Jilin flowed down the Songhua river. The State Environmental Protection Administration said Russia had been warned, since the river joins the Amur near Khabarovsk.",
 [('HARBIN', 'LOC'), ('HARBIN', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Harbin', 'LOC'), ('PetroChina', 'ORG'), ('Jilin', 'LOC'), ('Songhua', 'LOC'), ('State Environmental Protection Administration', 'ORG'), ('Russia', 'LOC'), ('Amur', 'LOC'), ('Khabarovsk', 'LOC')]),
# wR076
('2003-07-02',
 'HONG KONG, July 2 (Reuters) - Hong Kong leader Tung Chee-hwa said on Wednesday the government would press ahead with an anti-subversion law despite a march by an estimated half a million people on Tuesday. Democratic Party chairman Yeung Sum said Beijing must listen, and the Hang Seng index ended 0.6 percent lower.',
 [('HONG KONG', 'LOC'), ('Reuters', 'ORG'), ('Hong Kong', 'LOC'), ('Tung Chee-hwa', 'PER'), ('Democratic Party', 'ORG'), ('Yeung Sum', 'PER'), ('Beijing', 'LOC'), ('Hang Seng', 'MISC')]),
# wR077
('2008-03-03',
 "MOSCOW 2008-03-03\nDmitry Medvedev, the Kremlin's chosen successor, won Russia's presidential election with 70 percent of the vote, the Central Election Commission said on Monday, and Vladimir Putin is expected to become his prime minister. Communist leader Gennady Zyuganov came second, and Gazprom, which Medvedev chairs, rose 2 percent on the MICEX.",
 [('MOSCOW', 'LOC'), ('Dmitry Medvedev', 'PER'), ('Kremlin', 'LOC'), ('Russia', 'LOC'), ('Central Election Commission', 'ORG'), ('Vladimir Putin', 'PER'), ('Communist', 'ORG'), ('Gennady Zyuganov', 'PER'), ('Gazprom', 'ORG'), ('Medvedev', 'PER'), ('MICEX', 'ORG')]),
# wR078
('2006-10-08',
 "KREMLIN CRITIC POLITKOVSKAYA SHOT DEAD\nMOSCOW, Oct 8 (AP) - Anna Politkovskaya, a reporter for Novaya Gazeta and a harsh critic of the Kremlin's war in Chechnya, was shot dead in the lift of her apartment block in central Moscow on Saturday. The paper's editor Dmitry Muratov said her killing was linked to her work, and the Committee to Protect Journalists demanded an inquiry.",
 [('KREMLIN', 'LOC'), ('POLITKOVSKAYA', 'PER'), ('MOSCOW', 'LOC'), ('AP', 'ORG'), ('Anna Politkovskaya', 'PER'), ('Novaya Gazeta', 'ORG'), ('Kremlin', 'LOC'), ('Chechnya', 'LOC'), ('Moscow', 'LOC'), ('Dmitry Muratov', 'PER'), ('Committee to Protect Journalists', 'ORG')]),
# wR079
('2006-11-24',
 'LONDON 2006-11-24\nFormer Russian security officer Alexander Litvinenko died in a London hospital on Thursday, and a statement read by his friends blamed President Vladimir Putin for his poisoning. The Health Protection Agency said traces of polonium-210 were found in his body, and police from Scotland Yard searched a sushi bar in Piccadilly.',
 [('LONDON', 'LOC'), ('Russian', 'MISC'), ('Alexander Litvinenko', 'PER'), ('London', 'LOC'), ('Vladimir Putin', 'PER'), ('Health Protection Agency', 'ORG'), ('Scotland Yard', 'ORG'), ('Piccadilly', 'LOC')]),
# wR080
('2008-03-28',
 'HANOI, March 28 (Reuters) - Vietnam said on Friday it would cut rice exports by a fifth this year to keep food prices in check, and Thai export prices hit $760 a tonne. The Food and Agriculture Organization in Rome warned that poor importers such as Haiti and the Philippines faced riots.',
 [('HANOI', 'LOC'), ('Reuters', 'ORG'), ('Vietnam', 'LOC'), ('Thai', 'MISC'), ('Food and Agriculture Organization', 'ORG'), ('Rome', 'LOC'), ('Haiti', 'LOC'), ('Philippines', 'LOC')]),
# wR081
('2006-09-01',
 "MOSCOW, Sept 1 (Reuters) - Russian aluminium maker RusAl agreed to merge with rival SUAL and the alumina assets of Swiss trader Glencore, creating the world's biggest aluminium producer, the companies said on Friday. RusAl owner Oleg Deripaska will hold 66 percent of the new company, to be called United Company RUSAL.",
 [('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Russian', 'MISC'), ('RusAl', 'ORG'), ('SUAL', 'ORG'), ('Swiss', 'MISC'), ('Glencore', 'ORG'), ('RusAl', 'ORG'), ('Oleg Deripaska', 'PER'), ('United Company RUSAL', 'ORG')]),
# wR082
('2007-07-13',
 'MONTREAL 2007-07-13\nRio Tinto agreed on Thursday to buy Canadian aluminium maker Alcan Inc for $38.1 billion in cash, trumping a hostile bid from Alcoa Inc of Pittsburgh. Alcan chief executive Dick Evans said the offer valued the Montreal-based group fairly, and its shares rose 4.6 percent in Toronto.',
 [('MONTREAL', 'LOC'), ('Rio Tinto', 'ORG'), ('Canadian', 'MISC'), ('Alcan Inc', 'ORG'), ('Alcoa Inc', 'ORG'), ('Pittsburgh', 'LOC'), ('Alcan', 'ORG'), ('Dick Evans', 'PER'), ('Montreal', 'LOC'), ('Toronto', 'LOC')]),
# wR083
('2007-11-09',
 'BHP MAKES APPROACH FOR RIO TINTO\nMELBOURNE, Nov 9 (Reuters) - BHP Billiton confirmed on Thursday that it had made an all-share approach to rival miner Rio Tinto, which Rio rejected as too low. BHP chief executive Marius Kloppers said a combined group would save $3.7 billion a year, and Rio shares jumped 11 percent in Sydney.',
 [('BHP', 'ORG'), ('RIO TINTO', 'ORG'), ('MELBOURNE', 'LOC'), ('Reuters', 'ORG'), ('BHP Billiton', 'ORG'), ('Rio Tinto', 'ORG'), ('Rio', 'ORG'), ('BHP', 'ORG'), ('Marius Kloppers', 'PER'), ('Rio', 'ORG'), ('Sydney', 'LOC')]),
# wR084
('2006-01-02',
 "GAZPROM CUTS GAS TO UKRAINE\nKIEV, Jan 2 (Reuters) - Russia's Gazprom cut gas supplies to Ukraine on Sunday after Kiev refused to pay four times the old price, and Hungary, Austria and Poland reported falls in pressure on the pipeline that crosses Ukraine. Naftogaz chief Oleksiy Ivchenko said Ukraine would not take gas meant for Europe.",
 [('GAZPROM', 'ORG'), ('UKRAINE', 'LOC'), ('KIEV', 'LOC'), ('Reuters', 'ORG'), ('Russia', 'LOC'), ('Gazprom', 'ORG'), ('Ukraine', 'LOC'), ('Kiev', 'LOC'), ('Hungary', 'LOC'), ('Austria', 'LOC'), ('Poland', 'LOC'), ('Ukraine', 'LOC'), ('Naftogaz', 'ORG'), ('Oleksiy Ivchenko', 'PER'), ('Ukraine', 'LOC'), ('Europe', 'LOC')]),
# wR085
('2004-12-20',
 'MOSCOW 2004-12-20\nAn unknown company, Baikal Finance Group, won an auction for Yuganskneftegaz, the main production unit of Yukos, with a bid of $9.35 billion on Sunday, and Gazprom did not bid. Yukos said it would sue anyone who bought the unit, and a U.S. bankruptcy court in Houston had barred Western banks from financing the sale.',
 [('MOSCOW', 'LOC'), ('Baikal Finance Group', 'ORG'), ('Yuganskneftegaz', 'ORG'), ('Yukos', 'ORG'), ('Gazprom', 'ORG'), ('Yukos', 'ORG'), ('U.S.', 'LOC'), ('Houston', 'LOC'), ('Western', 'MISC')]),
# wR086
('2004-07-22',
 'ACKERMANN ACQUITTED IN MANNESMANN TRIAL\nDUESSELDORF, Germany, July 22 (Reuters) - A Duesseldorf court acquitted Deutsche Bank chief executive Josef Ackermann and five others on Thursday of breach of trust over bonuses paid to Mannesmann managers after its takeover by Vodafone in 2000. Judge Brigitte Koppenhoefer said the payments were wrong but not criminal.',
 [('ACKERMANN', 'PER'), ('MANNESMANN', 'ORG'), ('DUESSELDORF', 'LOC'), ('Germany', 'LOC'), ('Reuters', 'ORG'), ('Duesseldorf', 'LOC'), ('Deutsche Bank', 'ORG'), ('Josef Ackermann', 'PER'), ('Mannesmann', 'ORG'), ('Vodafone', 'ORG'), ('Brigitte Koppenhoefer', 'PER')]),
# wR087
('2004-04-26',
 "PARIS, April 26 (Reuters) - Sanofi-Synthelabo won its three-month battle for Franco-German drugmaker Aventis on Monday with a sweetened offer of 55.3 billion euros, backed by the French government. Aventis dropped plans to merge with Swiss group Novartis, and the new Sanofi-Aventis will be the world's third-biggest drugmaker.",
 [('PARIS', 'LOC'), ('Reuters', 'ORG'), ('Sanofi-Synthelabo', 'ORG'), ('Franco-German', 'MISC'), ('Aventis', 'ORG'), ('French', 'MISC'), ('Aventis', 'ORG'), ('Swiss', 'MISC'), ('Novartis', 'ORG'), ('Sanofi-Aventis', 'ORG')]),
# wR088
('2004-07-27',
 "MADRID, July 27 (Reuters) - Spain's Banco Santander Central Hispano agreed on Monday to buy British mortgage lender Abbey National for 8.5 billion pounds, the first big cross-border bank deal in the euro zone era. Santander chairman Emilio Botin said Abbey would keep its name and its head office in London.",
 [('MADRID', 'LOC'), ('Reuters', 'ORG'), ('Spain', 'LOC'), ('Banco Santander Central Hispano', 'ORG'), ('British', 'MISC'), ('Abbey National', 'ORG'), ('Santander', 'ORG'), ('Emilio Botin', 'PER'), ('Abbey', 'ORG'), ('London', 'LOC')]),
# wR089
('2005-08-03',
 'BEIJING, Aug 3 (Reuters) - CNOOC Ltd, China\'s third-largest oil company, dropped its $18.5 billion bid for Unocal Corp on Tuesday, blaming "unprecedented political opposition" in the United States. Unocal will now be bought by Chevron Corp, which had offered less.',
 [('BEIJING', 'LOC'), ('Reuters', 'ORG'), ('CNOOC Ltd', 'ORG'), ('China', 'LOC'), ('Unocal Corp', 'ORG'), ('United States', 'LOC'), ('Unocal', 'ORG'), ('Chevron Corp', 'ORG')]),
# wR090
('2008-07-14',
 'ST. LOUIS, July 14 (Reuters) - Anheuser-Busch Cos Inc agreed to be bought by Belgian-Brazilian brewer InBev for $52 billion on Sunday, ending a month-long fight to stay independent. The St. Louis maker of Budweiser had rejected a lower offer, and Missouri politicians had urged it to hold out.',
 [('ST. LOUIS', 'LOC'), ('Reuters', 'ORG'), ('Anheuser-Busch Cos Inc', 'ORG'), ('Belgian', 'MISC'), ('Brazilian', 'MISC'), ('InBev', 'ORG'), ('St. Louis', 'LOC'), ('Budweiser', 'MISC'), ('Missouri', 'LOC')]),
# wR091
('2006-02-22',
 "MADRID 2006-02-22\nGerman utility E.ON AG launched a 29.1 billion euro bid for Spain's Endesa on Tuesday, trumping a hostile offer from Gas Natural of Barcelona. The Spanish government, which backed Gas Natural, said the National Energy Commission would review the bid, and Endesa shares jumped 6 percent.",
 [('MADRID', 'LOC'), ('German', 'MISC'), ('E.ON AG', 'ORG'), ('Spain', 'LOC'), ('Endesa', 'ORG'), ('Gas Natural', 'ORG'), ('Barcelona', 'LOC'), ('Spanish', 'MISC'), ('Gas Natural', 'ORG'), ('National Energy Commission', 'ORG'), ('Endesa', 'ORG')]),
# wR092
('2005-10-31',
 "TELEFONICA SEALS DEAL FOR O2\nLONDON, Oct 31 (Reuters) - Spain's Telefonica agreed on Monday to buy British mobile operator O2 Plc for 17.7 billion pounds in cash, a 27 percent premium to its closing price on Friday. O2 chairman David Varney said the offer was too good to refuse, and Telefonica shares fell 3.4 percent in Madrid.",
 [('TELEFONICA', 'ORG'), ('O2', 'ORG'), ('LONDON', 'LOC'), ('Reuters', 'ORG'), ('Spain', 'LOC'), ('Telefonica', 'ORG'), ('British', 'MISC'), ('O2 Plc', 'ORG'), ('O2', 'ORG'), ('David Varney', 'PER'), ('Telefonica', 'ORG'), ('Madrid', 'LOC')]),
# wR093
('2008-10-28',
 "FRANKFURT 2008-10-28\nShares in Volkswagen AG more than doubled on Tuesday, briefly making it the world's most valuable company, after Porsche SE revealed it controlled 74 percent of the carmaker and hedge funds rushed to cover short positions. Deutsche Boerse said it would cut Volkswagen's weighting in the DAX index.",
 [('FRANKFURT', 'LOC'), ('Volkswagen AG', 'ORG'), ('Porsche SE', 'ORG'), ('Deutsche Boerse', 'ORG'), ('Volkswagen', 'ORG'), ('DAX', 'MISC')]),
# wR094
('2003-12-28',
 'PARMA, Italy, Dec 28 (Reuters) - Prosecutors questioned Parmalat founder Calisto Tanzi in a Milan jail on Sunday after the dairy group admitted that a 3.95 billion euro account at Bank of America did not exist. Government-appointed administrator Enrico Bondi said the hole in the accounts could top 10 billion euros.',
 [('PARMA', 'LOC'), ('Italy', 'LOC'), ('Reuters', 'ORG'), ('Parmalat', 'ORG'), ('Calisto Tanzi', 'PER'), ('Milan', 'LOC'), ('Bank of America', 'ORG'), ('Enrico Bondi', 'PER')]),
# wR095
('2007-07-14',
 'CONRAD BLACK CONVICTED OF FRAUD\nCHICAGO, July 14 (AP) - A federal jury in Chicago convicted former newspaper baron Conrad Black on Friday of fraud and obstruction of justice, finding he stole millions from Hollinger International, publisher of the Chicago Sun-Times. Black, who gave up his Canadian citizenship to take a seat in the House of Lords, faces up to 35 years in prison.',
 [('CONRAD BLACK', 'PER'), ('CHICAGO', 'LOC'), ('AP', 'ORG'), ('Chicago', 'LOC'), ('Conrad Black', 'PER'), ('Hollinger International', 'ORG'), ('Chicago Sun-Times', 'ORG'), ('Black', 'PER'), ('Canadian', 'MISC'), ('House of Lords', 'ORG')]),
# wR096
('2003-11-13',
 'PARIS 2003-11-13\nA Paris court sentenced Loik Le Floch-Prigent, former chairman of oil group Elf Aquitaine, to five years in prison on Wednesday for embezzling company funds, ending the biggest corruption trial in France since the war. Former Elf executive Alfred Sirven also received five years.',
 [('PARIS', 'LOC'), ('Paris', 'LOC'), ('Loik Le Floch-Prigent', 'PER'), ('Elf Aquitaine', 'ORG'), ('France', 'LOC'), ('Elf', 'ORG'), ('Alfred Sirven', 'PER')]),
# wR097
('2008-01-25',
 'SOCIETE GENERALE UNCOVERS 4.9 BILLION EURO TRADING FRAUD\nPARIS, Jan 25 (Reuters) - French bank Societe Generale said on Thursday a 31-year-old trader, Jerome Kerviel, had run up losses of 4.9 billion euros on unauthorised bets on European stock index futures. Chairman Daniel Bouton offered to resign, and the Bank of France said the bank was solvent.',
 [('SOCIETE GENERALE', 'ORG'), ('PARIS', 'LOC'), ('Reuters', 'ORG'), ('French', 'MISC'), ('Societe Generale', 'ORG'), ('Jerome Kerviel', 'PER'), ('European', 'MISC'), ('Daniel Bouton', 'PER'), ('Bank of France', 'ORG')]),
# wR098
('2006-03-29',
 "MILLION MARCH IN FRANCE AGAINST JOB LAW\nPARIS, March 29 (Reuters) - More than a million people marched in Paris, Marseille and Lyon on Tuesday against a youth job contract, and strikes halted trains and the Paris metro. Prime Minister Dominique de Villepin refused to withdraw the law, but the CGT union's leader Bernard Thibault said the protests would go on.",
 [('FRANCE', 'LOC'), ('PARIS', 'LOC'), ('Reuters', 'ORG'), ('Paris', 'LOC'), ('Marseille', 'LOC'), ('Lyon', 'LOC'), ('Paris', 'LOC'), ('Dominique de Villepin', 'PER'), ('CGT', 'ORG'), ('Bernard Thibault', 'PER')]),
# wR099
('2008-03-20',
 'ATHENS, March 20 (Reuters) - A general strike against pension reform shut Greek ports, schools and banks on Wednesday, and rubbish piled up in the streets of Athens for a second week. The GSEE and ADEDY union federations said the plan of Prime Minister Costas Karamanlis would force people to work longer for less.',
 [('ATHENS', 'LOC'), ('Reuters', 'ORG'), ('Greek', 'MISC'), ('Athens', 'LOC'), ('GSEE', 'ORG'), ('ADEDY', 'ORG'), ('Costas Karamanlis', 'PER')]),
# wR100
('2005-08-12',
 "LONDON 2005-08-12\nBritish Airways cancelled all flights from Heathrow for a second day on Thursday after baggage handlers walked out in support of sacked workers at catering firm Gate Gourmet. The Transport and General Workers' Union said it had not called the strike, and stranded passengers slept in terminal four.",
 [('LONDON', 'LOC'), ('British Airways', 'ORG'), ('Heathrow', 'LOC'), ('Gate Gourmet', 'ORG'), ("Transport and General Workers' Union", 'ORG')]),
# wR101
('1998-01-09',
 'MONTREAL, Jan 9 (Reuters) - More than a million people in Quebec and eastern Ontario were without power on Friday after a fifth day of freezing rain brought down pylons across the St. Lawrence valley. Hydro-Quebec said some homes south of Montreal could be dark for weeks, and Prime Minister Jean Chretien sent in the army.',
 [('MONTREAL', 'LOC'), ('Reuters', 'ORG'), ('Quebec', 'LOC'), ('Ontario', 'LOC'), ('St. Lawrence', 'LOC'), ('Hydro-Quebec', 'ORG'), ('Montreal', 'LOC'), ('Jean Chretien', 'PER')]),
# wR102
('2004-10-25',
 'NAGAOKA, Japan, Oct 25 (Reuters) - Tens of thousands of people in Niigata prefecture spent a second night in cars and school gyms on Monday after strong earthquakes, and a derailed bullet train blocked the Joetsu line to Tokyo. East Japan Railway Co said it could take weeks to reopen the line.',
 [('NAGAOKA', 'LOC'), ('Japan', 'LOC'), ('Reuters', 'ORG'), ('Niigata', 'LOC'), ('Joetsu', 'LOC'), ('Tokyo', 'LOC'), ('East Japan Railway Co', 'ORG')]),
# wR103
('2006-05-28',
 'BANTUL, Indonesia, May 28 (Reuters) - Aid workers struggled to reach villages around Bantul and Klaten on Sunday, a day after an earthquake flattened thousands of homes near the city of Yogyakarta. Officials at the Merapi volcano observatory said the quake had increased activity inside the mountain.',
 [('BANTUL', 'LOC'), ('Indonesia', 'LOC'), ('Reuters', 'ORG'), ('Bantul', 'LOC'), ('Klaten', 'LOC'), ('Yogyakarta', 'LOC'), ('Merapi', 'LOC')]),
# wR104
('2008-01-31',
 'GUANGZHOU, China, Jan 31 (Reuters) - Hundreds of thousands of migrant workers waited outside Guangzhou railway station on Thursday as snowstorms cut power lines and trapped trains in Hunan and Guizhou on the eve of the Lunar New Year holiday. Premier Wen Jiabao told passengers over a loudspeaker that the government was doing all it could.',
 [('GUANGZHOU', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Guangzhou', 'LOC'), ('Hunan', 'LOC'), ('Guizhou', 'LOC'), ('Lunar New Year', 'MISC'), ('Wen Jiabao', 'PER')]),
# wR105
('2007-07-24',
 'TEWKESBURY, England, July 24 (Reuters) - About 350,000 people in Gloucestershire were without tap water on Tuesday after floods shut the Mythe water treatment works, and the Severn and Thames were still rising. Prime Minister Gordon Brown visited Tewkesbury, and the Environment Agency warned that Oxford and Reading could flood next.',
 [('TEWKESBURY', 'LOC'), ('England', 'LOC'), ('Reuters', 'ORG'), ('Gloucestershire', 'LOC'), ('Mythe', 'LOC'), ('Severn', 'LOC'), ('Thames', 'LOC'), ('Gordon Brown', 'PER'), ('Tewkesbury', 'LOC'), ('Environment Agency', 'ORG'), ('Oxford', 'LOC'), ('Reading', 'LOC')]),
# wR106
('2002-11-20',
 "LA CORUNA, Spain, Nov 20 (Reuters) - Fishermen in Galicia scooped up oil with buckets on Wednesday after the tanker Prestige broke in two and sank off the Spanish coast with 77,000 tonnes of fuel oil on board. The Bahamas-flagged ship's Greek captain, Apostolos Mangouras, was held in La Coruna.",
 [('LA CORUNA', 'LOC'), ('Spain', 'LOC'), ('Reuters', 'ORG'), ('Galicia', 'LOC'), ('Prestige', 'MISC'), ('Spanish', 'MISC'), ('Bahamas', 'LOC'), ('Greek', 'MISC'), ('Apostolos Mangouras', 'PER'), ('La Coruna', 'LOC')]),
# wR107
('1999-12-27',
 'BREST, France, Dec 27 (AFP) - Volunteers cleared thick oil from the beaches of Brittany on Monday as fuel from the wreck of the tanker Erika came ashore, and Saint-Nazaire was hit by the worst storm in decades. Environmentalists blamed oil group TotalFina, which chartered the Maltese-flagged ship.',
 [('BREST', 'LOC'), ('France', 'LOC'), ('AFP', 'ORG'), ('Brittany', 'LOC'), ('Erika', 'MISC'), ('Saint-Nazaire', 'LOC'), ('TotalFina', 'ORG'), ('Maltese', 'MISC')]),
# wR108
('2006-02-23',
 'ROBBERS STEAL 53 MLN STG FROM SECURITAS DEPOT\nTONBRIDGE, England, Feb 23 (Reuters) - Armed robbers who posed as police officers kidnapped the manager of a Securitas cash depot in Tonbridge and his family, then stole about 53 million pounds, Kent Police said on Thursday. The Bank of England said the notes belonged to it, and detectives offered a 2 million pound reward.',
 [('SECURITAS', 'ORG'), ('TONBRIDGE', 'LOC'), ('England', 'LOC'), ('Reuters', 'ORG'), ('Securitas', 'ORG'), ('Tonbridge', 'LOC'), ('Kent Police', 'ORG'), ('Bank of England', 'ORG')]),
# wR109
('2005-08-09',
 'FORTALEZA, Brazil, Aug 9 (Reuters) - Thieves dug a 78-metre tunnel from a rented house into the vault of the Banco Central do Brasil branch in Fortaleza and escaped with about 164 million reais over the weekend, police said on Monday. The gang ran a fake landscaping firm in the house, neighbours told TV Globo.',
 [('FORTALEZA', 'LOC'), ('Brazil', 'LOC'), ('Reuters', 'ORG'), ('Banco Central do Brasil', 'ORG'), ('Fortaleza', 'LOC'), ('TV Globo', 'ORG')]),
# wR110
('2003-02-18',
 'ANTWERP 2003-02-18\nThieves emptied 123 safe deposit boxes in the vault of the Antwerp Diamond Centre over the weekend, taking gems worth at least $100 million, Belgian police said on Tuesday. Investigators said they were looking for an Italian man, Leonardo Notarbartolo, who had rented an office in the building for two years.',
 [('ANTWERP', 'LOC'), ('Antwerp Diamond Centre', 'LOC'), ('Belgian', 'MISC'), ('Italian', 'MISC'), ('Leonardo Notarbartolo', 'PER')]),
# wR111
('2008-09-18',
 "ROME, Sept 18 (Reuters) - A group of Italian investors led by Roberto Colaninno withdrew its offer for the profitable parts of Alitalia on Thursday after pilots' unions refused to sign new contracts, leaving the airline close to grounding. Prime Minister Silvio Berlusconi said Air France-KLM and Lufthansa might still be interested.",
 [('ROME', 'LOC'), ('Reuters', 'ORG'), ('Italian', 'MISC'), ('Roberto Colaninno', 'PER'), ('Alitalia', 'ORG'), ('Silvio Berlusconi', 'PER'), ('Air France-KLM', 'ORG'), ('Lufthansa', 'ORG')]),
# wR112
('2007-04-24',
 "ABUJA, April 24 (Reuters) - Umaru Yar'Adua of the ruling People's Democratic Party was declared winner of Nigeria's presidential election on Monday with 70 percent of the vote, and opposition candidates Muhammadu Buhari and Atiku Abubakar rejected the result. Observers from the European Union said the polls fell far short of basic standards.",
 [('ABUJA', 'LOC'), ('Reuters', 'ORG'), ("Umaru Yar'Adua", 'PER'), ("People's Democratic Party", 'ORG'), ('Nigeria', 'LOC'), ('Muhammadu Buhari', 'PER'), ('Atiku Abubakar', 'PER'), ('European Union', 'ORG')]),
# wR113
('2007-09-18',
 "FREETOWN, Sept 18 (Reuters) - Opposition leader Ernest Bai Koroma of the APC won Sierra Leone's presidential run-off with 54.6 percent, the National Electoral Commission said on Monday, defeating Vice President Solomon Berewa of the ruling Sierra Leone People's Party. Crowds danced in the streets of Freetown and Makeni, Koroma's home town.",
 [('FREETOWN', 'LOC'), ('Reuters', 'ORG'), ('Ernest Bai Koroma', 'PER'), ('APC', 'ORG'), ('Sierra Leone', 'LOC'), ('National Electoral Commission', 'ORG'), ('Solomon Berewa', 'PER'), ("Sierra Leone People's Party", 'ORG'), ('Freetown', 'LOC'), ('Makeni', 'LOC'), ('Koroma', 'PER')]),
# wR114
('2008-02-28',
 "DOUALA, Cameroon, Feb 28 (Reuters) - Youths burned petrol stations and blocked roads in Douala for a third day on Wednesday in protests over fuel prices and a plan by President Paul Biya to change the constitution so he can run again. Taxi drivers' unions called off their strike, but the Social Democratic Front of John Fru Ndi said the anger would not go away.",
 [('DOUALA', 'LOC'), ('Cameroon', 'LOC'), ('Reuters', 'ORG'), ('Douala', 'LOC'), ('Paul Biya', 'PER'), ('Social Democratic Front', 'ORG'), ('John Fru Ndi', 'PER')]),
# wR115
('2008-03-09',
 "KUALA LUMPUR 2008-03-09\nMalaysia's ruling Barisan Nasional coalition lost its two-thirds majority in Saturday's election for the first time since 1969, and opposition parties took five states including Penang and Selangor. Prime Minister Abdullah Ahmad Badawi said he would not resign, and the Kuala Lumpur Composite Index fell almost 10 percent on Monday.",
 [('KUALA LUMPUR', 'LOC'), ('Malaysia', 'LOC'), ('Barisan Nasional', 'ORG'), ('Penang', 'LOC'), ('Selangor', 'LOC'), ('Abdullah Ahmad Badawi', 'PER'), ('Kuala Lumpur Composite Index', 'MISC')]),
# wR116
('2008-11-12',
 "TAIPEI, Nov 12 (Reuters) - Prosecutors detained former Taiwan president Chen Shui-bian on Wednesday on charges of embezzlement and money laundering, and he raised his handcuffed hands to reporters outside the Taipei District Court. Chen's Democratic Progressive Party said the case was revenge by the Kuomintang.",
 [('TAIPEI', 'LOC'), ('Reuters', 'ORG'), ('Taiwan', 'LOC'), ('Chen Shui-bian', 'PER'), ('Taipei District Court', 'ORG'), ('Chen', 'PER'), ('Democratic Progressive Party', 'ORG'), ('Kuomintang', 'ORG')]),
# wR117
('2008-04-22',
 'SEOUL, April 22 (Reuters) - Samsung Group chairman Lee Kun-hee resigned on Tuesday, days after a special prosecutor charged him with tax evasion over slush funds held in the names of executives. Samsung Electronics shares rose 1.5 percent, and the Korea Exchange said foreign investors were net buyers.',
 [('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('Samsung Group', 'ORG'), ('Lee Kun-hee', 'PER'), ('Samsung Electronics', 'ORG'), ('Korea Exchange', 'ORG')]),
# wR118
('2007-07-30',
 "TOKYO, July 30 (Reuters) - Japan's opposition Democratic Party of Ichiro Ozawa won control of the upper house in Sunday's election, but Prime Minister Shinzo Abe said he would stay on despite the worst defeat for the Liberal Democratic Party in its history. The yen weakened and the Topix index slipped 0.9 percent.",
 [('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('Japan', 'LOC'), ('Democratic Party', 'ORG'), ('Ichiro Ozawa', 'PER'), ('Shinzo Abe', 'PER'), ('Liberal Democratic Party', 'ORG'), ('Topix', 'MISC')]),
# wR119
('2007-11-25',
 "RUDD ENDS HOWARD ERA IN AUSTRALIA\nBRISBANE, Australia, Nov 25 (Reuters) - Labor leader Kevin Rudd won Australia's general election on Saturday, ending 11 years of conservative rule, and promised to sign the Kyoto Protocol at once. Prime Minister John Howard conceded defeat in Sydney and looked likely to lose his own seat of Bennelong.",
 [('RUDD', 'PER'), ('HOWARD', 'PER'), ('AUSTRALIA', 'LOC'), ('BRISBANE', 'LOC'), ('Australia', 'LOC'), ('Reuters', 'ORG'), ('Labor', 'ORG'), ('Kevin Rudd', 'PER'), ('Australia', 'LOC'), ('Kyoto Protocol', 'MISC'), ('John Howard', 'PER'), ('Sydney', 'LOC'), ('Bennelong', 'LOC')]),
# wR120
('2005-11-02',
 'OTTAWA 2005-11-02\nJudge John Gomery found on Tuesday that Liberal officials in Quebec had taken kickbacks from advertising firms paid under a federal sponsorship programme, but cleared Prime Minister Paul Martin of blame. Former prime minister Jean Chretien said he would go to the Federal Court to challenge the findings.',
 [('OTTAWA', 'LOC'), ('John Gomery', 'PER'), ('Liberal', 'ORG'), ('Quebec', 'LOC'), ('Paul Martin', 'PER'), ('Jean Chretien', 'PER'), ('Federal Court', 'ORG')]),
# wR121
('2006-11-08',
 'WASHINGTON, Nov 8 (AP) - Democrats won control of the House of Representatives in Tuesday\'s midterm elections for the first time in 12 years, and Nancy Pelosi of California is set to become the first woman speaker. President George W. Bush called it a "thumping", and the Senate race in Virginia was too close to call.',
 [('WASHINGTON', 'LOC'), ('AP', 'ORG'), ('Democrats', 'ORG'), ('House of Representatives', 'ORG'), ('Nancy Pelosi', 'PER'), ('California', 'LOC'), ('George W. Bush', 'PER'), ('Senate', 'ORG'), ('Virginia', 'LOC')]),
# wR122
('2002-05-27',
 "BOGOTA, May 27 (Reuters) - Hardliner Alvaro Uribe won Colombia's presidential election in the first round on Sunday with 53 percent, promising to crush the FARC guerrillas after peace talks collapsed. Liberal candidate Horacio Serpa conceded, and Colombian bonds rallied in New York.",
 [('BOGOTA', 'LOC'), ('Reuters', 'ORG'), ('Alvaro Uribe', 'PER'), ('Colombia', 'LOC'), ('FARC', 'ORG'), ('Liberal', 'ORG'), ('Horacio Serpa', 'PER'), ('Colombian', 'MISC'), ('New York', 'LOC')]),
# wR123
('2007-12-03',
 'CARACAS 2007-12-03\nVenezuelan voters narrowly rejected constitutional changes that would have let President Hugo Chavez run for re-election indefinitely, the National Electoral Council said on Monday, his first defeat at the polls in nine years. Student leader Yon Goicoechea said the result showed the country wanted dialogue.',
 [('CARACAS', 'LOC'), ('Venezuelan', 'MISC'), ('Hugo Chavez', 'PER'), ('National Electoral Council', 'ORG'), ('Yon Goicoechea', 'PER')]),
# wR124
('2008-03-26',
 'BUENOS AIRES, March 26 (Reuters) - Argentine farmers blocked highways across the Pampas for a third week on Wednesday in protest at higher export taxes on soybeans, and grain shipments from Rosario slowed. President Cristina Fernandez called the strike "the pickets of abundance", and the Argentine Rural Society vowed to keep it up.',
 [('BUENOS AIRES', 'LOC'), ('Reuters', 'ORG'), ('Argentine', 'MISC'), ('Pampas', 'LOC'), ('Rosario', 'LOC'), ('Cristina Fernandez', 'PER'), ('Argentine Rural Society', 'ORG')]),
# wR125
('2008-02-25',
 "RAUL CASTRO SUCCEEDS BROTHER AS CUBAN PRESIDENT\nHAVANA, Feb 25 (AFP) - Cuba's National Assembly named Raul Castro president on Sunday, replacing his ailing brother Fidel, who had led the island since the 1959 revolution. Raul Castro kept veteran party official Jose Ramon Machado Ventura as his deputy, disappointing those who hoped for a younger team.",
 [('RAUL CASTRO', 'PER'), ('CUBAN', 'MISC'), ('HAVANA', 'LOC'), ('AFP', 'ORG'), ('Cuba', 'LOC'), ('National Assembly', 'ORG'), ('Raul Castro', 'PER'), ('Fidel', 'PER'), ('Raul Castro', 'PER'), ('Jose Ramon Machado Ventura', 'PER')]),
# wR126
('2007-10-08',
 "SAN JOSE, Oct 8 (Reuters) - Costa Rican voters narrowly approved the Central American Free Trade Agreement with the United States in a referendum on Sunday, the first time a country has put a trade pact to a popular vote. President Oscar Arias hailed the result, while Otton Solis of the Citizens' Action Party asked for a recount.",
 [('SAN JOSE', 'LOC'), ('Reuters', 'ORG'), ('Costa Rican', 'MISC'), ('Central American Free Trade Agreement', 'MISC'), ('United States', 'LOC'), ('Oscar Arias', 'PER'), ('Otton Solis', 'PER'), ("Citizens' Action Party", 'ORG')]),
# wR127
('2003-12-08',
 "MOSCOW, Dec 8 (Reuters) - The pro-Kremlin United Russia party won more than a third of the vote in Sunday's State Duma election, while the liberal Yabloko and Union of Right Forces failed to pass the 5 percent threshold. Yabloko leader Grigory Yavlinsky said the campaign had been unfair, and observers of the OSCE agreed.",
 [('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Kremlin', 'LOC'), ('United Russia', 'ORG'), ('State Duma', 'ORG'), ('Yabloko', 'ORG'), ('Union of Right Forces', 'ORG'), ('Yabloko', 'ORG'), ('Grigory Yavlinsky', 'PER'), ('OSCE', 'ORG')]),
# wR128
('2001-02-26',
 "CHISINAU, Feb 26 (AFP) - Moldova's Communist Party won about half the vote in Sunday's parliamentary election, the first former Soviet republic to return the communists to power. Party leader Vladimir Voronin promised closer ties with Moscow and said Russian should become a second state language.",
 [('CHISINAU', 'LOC'), ('AFP', 'ORG'), ('Moldova', 'LOC'), ('Communist Party', 'ORG'), ('Soviet', 'MISC'), ('Vladimir Voronin', 'PER'), ('Moscow', 'LOC'), ('Russian', 'MISC')]),
# wR129
('2007-12-20',
 'BRUSSELS, Dec 20 (Reuters) - Belgian King Albert asked outgoing prime minister Guy Verhofstadt on Wednesday to form an interim government, six months after an election left Flemish and Walloon parties unable to agree on a coalition. Flemish Christian Democrat leader Yves Leterme will join the cabinet as deputy prime minister.',
 [('BRUSSELS', 'LOC'), ('Reuters', 'ORG'), ('Belgian', 'MISC'), ('Albert', 'PER'), ('Guy Verhofstadt', 'PER'), ('Flemish', 'MISC'), ('Walloon', 'MISC'), ('Flemish', 'MISC'), ('Christian Democrat', 'ORG'), ('Yves Leterme', 'PER')]),
# wR130
('2006-09-18',
 "SWEDISH CENTRE-RIGHT OUSTS PERSSON\nSTOCKHOLM, Sept 18 (Reuters) - Sweden's centre-right Alliance led by Fredrik Reinfeldt of the Moderate Party won Sunday's election, ousting Prime Minister Goran Persson and his Social Democrats after 12 years. The crown firmed and Stockholm shares rose, led by state-owned TeliaSonera on hopes of privatisation.",
 [('SWEDISH', 'MISC'), ('PERSSON', 'PER'), ('STOCKHOLM', 'LOC'), ('Reuters', 'ORG'), ('Sweden', 'LOC'), ('Alliance', 'ORG'), ('Fredrik Reinfeldt', 'PER'), ('Moderate Party', 'ORG'), ('Goran Persson', 'PER'), ('Social Democrats', 'ORG'), ('Stockholm', 'LOC'), ('TeliaSonera', 'ORG')]),
# wR131
('2006-01-31',
 'AARHUS, Denmark, Jan 31 (Reuters) - Danish dairy group Arla Foods said on Tuesday it was losing 10 million crowns a day as shops in Saudi Arabia and Kuwait cleared its products from their shelves over cartoons of the Prophet Mohammad printed in the newspaper Jyllands-Posten. Arla spokeswoman Astrid Gade Nielsen said the boycott was the worst in its history.',
 [('AARHUS', 'LOC'), ('Denmark', 'LOC'), ('Reuters', 'ORG'), ('Danish', 'MISC'), ('Arla Foods', 'ORG'), ('Saudi Arabia', 'LOC'), ('Kuwait', 'LOC'), ('Mohammad', 'PER'), ('Jyllands-Posten', 'ORG'), ('Arla', 'ORG'), ('Astrid Gade Nielsen', 'PER')]),
# wR132
('2008-10-11',
 'KLAGENFURT, Austria, Oct 11 (Reuters) - Austrian far-right leader Joerg Haider was killed in a car crash near Klagenfurt early on Saturday, police said, two weeks after his Alliance for the Future of Austria doubled its vote in a general election. Carinthia, which he governed, declared a week of mourning.',
 [('KLAGENFURT', 'LOC'), ('Austria', 'LOC'), ('Reuters', 'ORG'), ('Austrian', 'MISC'), ('Joerg Haider', 'PER'), ('Klagenfurt', 'LOC'), ('Alliance for the Future of Austria', 'ORG'), ('Carinthia', 'LOC')]),
# wR133
('2003-10-20',
 "BERN, Oct 20 (Reuters) - The right-wing Swiss People's Party became the largest party in Switzerland in Sunday's election, winning 27 percent, and its leader Christoph Blocher demanded a second seat in the seven-member cabinet. The Social Democrats came second, and the Radical Democrats said the consensus system was at risk.",
 [('BERN', 'LOC'), ('Reuters', 'ORG'), ("Swiss People's Party", 'ORG'), ('Switzerland', 'LOC'), ('Christoph Blocher', 'PER'), ('Social Democrats', 'ORG'), ('Radical Democrats', 'ORG')]),
# wR134
('2007-05-25',
 "DUBLIN, May 25 (Reuters) - Prime Minister Bertie Ahern's Fianna Fail won 78 seats in Ireland's election, the count showed on Friday, well ahead of Enda Kenny's Fine Gael, despite questions over payments Ahern received from businessmen in the 1990s. The Green Party said it was open to talks on a coalition.",
 [('DUBLIN', 'LOC'), ('Reuters', 'ORG'), ('Bertie Ahern', 'PER'), ('Fianna Fail', 'ORG'), ('Ireland', 'LOC'), ('Enda Kenny', 'PER'), ('Fine Gael', 'ORG'), ('Ahern', 'PER'), ('Green Party', 'ORG')]),
# wR135
('2005-02-21',
 "LISBON, Feb 21 (Reuters) - Portugal's Socialist Party won an absolute majority for the first time in Sunday's snap election, and its leader Jose Socrates promised to create 150,000 jobs. Outgoing premier Pedro Santana Lopes of the Social Democratic Party conceded, and the PSI-20 index rose on Monday.",
 [('LISBON', 'LOC'), ('Reuters', 'ORG'), ('Portugal', 'LOC'), ('Socialist Party', 'ORG'), ('Jose Socrates', 'PER'), ('Pedro Santana Lopes', 'PER'), ('Social Democratic Party', 'ORG'), ('PSI-20', 'MISC')]),
# wR136
('2008-03-10',
 "MADRID 2008-03-10\nPrime Minister Jose Luis Rodriguez Zapatero's Socialists won a second term in Sunday's election, adding five seats, while the conservative Popular Party of Mariano Rajoy also gained. Basque separatist group ETA had shot dead a former Socialist councillor in Mondragon two days before the vote, and Spanish shares fell on Monday.",
 [('MADRID', 'LOC'), ('Jose Luis Rodriguez Zapatero', 'PER'), ('Socialists', 'ORG'), ('Popular Party', 'ORG'), ('Mariano Rajoy', 'PER'), ('Basque', 'MISC'), ('ETA', 'ORG'), ('Socialist', 'ORG'), ('Mondragon', 'LOC'), ('Spanish', 'MISC')]),
# wR137
('2007-11-05',
 'LATVIANS RALLY AGAINST PRIME MINISTER\nRIGA, Nov 5 (Reuters) - Thousands of Latvians waving umbrellas rallied outside the government building in Riga on Saturday, demanding the resignation of Prime Minister Aigars Kalvitis after he sacked the head of the anti-graft bureau KNAB, Aleksejs Loskutovs. President Valdis Zatlers said he would meet party leaders this week.',
 [('LATVIANS', 'MISC'), ('RIGA', 'LOC'), ('Reuters', 'ORG'), ('Latvians', 'MISC'), ('Riga', 'LOC'), ('Aigars Kalvitis', 'PER'), ('KNAB', 'ORG'), ('Aleksejs Loskutovs', 'PER'), ('Valdis Zatlers', 'PER')]),
# wR138
('2007-01-02',
 'LJUBLJANA 2007-01-02\nSlovenia became the first former communist country to adopt the euro on Monday, and shoppers in Ljubljana paid with the new coins as the tolar was withdrawn. Bank of Slovenia governor Mitja Gaspari said the changeover had gone smoothly, and European Commission officials said Slovenia was a model for Baltic states.',
 [('LJUBLJANA', 'LOC'), ('Slovenia', 'LOC'), ('Ljubljana', 'LOC'), ('Bank of Slovenia', 'ORG'), ('Mitja Gaspari', 'PER'), ('European Commission', 'ORG'), ('Slovenia', 'LOC'), ('Baltic', 'MISC')]),
# wR139
('2007-07-23',
 "ERDOGAN'S AK PARTY WINS SECOND TERM\nANKARA, July 23 (Reuters) - Prime Minister Tayyip Erdogan's AK Party won 47 percent of the vote in Turkey's election on Sunday, a landslide after a row with the army over the presidential candidacy of Foreign Minister Abdullah Gul. The secularist Republican People's Party came second, and the lira rose to a two-year high.",
 [('ERDOGAN', 'PER'), ('AK PARTY', 'ORG'), ('ANKARA', 'LOC'), ('Reuters', 'ORG'), ('Tayyip Erdogan', 'PER'), ('AK Party', 'ORG'), ('Turkey', 'LOC'), ('Abdullah Gul', 'PER'), ("Republican People's Party", 'ORG')]),
# wR140
('2005-09-13',
 "OSLO 2005-09-13\nJens Stoltenberg's Labour Party and its centre-left allies won a majority in Norway's election on Monday, ousting Prime Minister Kjell Magne Bondevik. The Socialist Left Party and the Centre Party will join a Labour-led government, while Carl I. Hagen's Progress Party came second for the first time.",
 [('OSLO', 'LOC'), ('Jens Stoltenberg', 'PER'), ('Labour Party', 'ORG'), ('Norway', 'LOC'), ('Kjell Magne Bondevik', 'PER'), ('Socialist Left Party', 'ORG'), ('Centre Party', 'ORG'), ('Labour', 'ORG'), ('Carl I. Hagen', 'PER'), ('Progress Party', 'ORG')]),
# wR141
('2006-01-30',
 "HELSINKI, Jan 30 (Reuters) - Finnish President Tarja Halonen won a second six-year term on Sunday, beating conservative challenger Sauli Niinisto of the National Coalition Party with 51.8 percent in the run-off. Halonen, a Social Democrat, was first elected in 2000 as the country's first woman president.",
 [('HELSINKI', 'LOC'), ('Reuters', 'ORG'), ('Finnish', 'MISC'), ('Tarja Halonen', 'PER'), ('Sauli Niinisto', 'PER'), ('National Coalition Party', 'ORG'), ('Halonen', 'PER'), ('Social Democrat', 'ORG')]),
# wR142
('2008-01-08',
 "NAPLES, Italy, Jan 8 (Reuters) - Rubbish piled up in the streets of Naples and nearby towns of Campania on Tuesday as residents blocked the reopening of a dump at Pianura, and Prime Minister Romano Prodi called in the army. The European Commission warned Rome it faced legal action over the region's waste.",
 [('NAPLES', 'LOC'), ('Italy', 'LOC'), ('Reuters', 'ORG'), ('Naples', 'LOC'), ('Campania', 'LOC'), ('Pianura', 'LOC'), ('Romano Prodi', 'PER'), ('European Commission', 'ORG'), ('Rome', 'LOC')]),
# wR143
('2006-10-03',
 "LUSAKA 2006-10-03\nPresident Levy Mwanawasa won a second term in Zambia's election, the electoral commission said on Monday, and supporters of his rival Michael Sata of the Patriotic Front rioted in Lusaka's townships. Sata, who won most votes in the capital and the Copperbelt, promised to curb Chinese investment in the mines.",
 [('LUSAKA', 'LOC'), ('Levy Mwanawasa', 'PER'), ('Zambia', 'LOC'), ('Michael Sata', 'PER'), ('Patriotic Front', 'ORG'), ('Lusaka', 'LOC'), ('Sata', 'PER'), ('Copperbelt', 'LOC'), ('Chinese', 'MISC')]),
# wR144
('2006-11-27',
 "GUAYAQUIL, Ecuador, Nov 27 (Reuters) - Leftist economist Rafael Correa won Ecuador's presidential run-off on Sunday, defeating banana tycoon Alvaro Noboa, according to a quick count by the monitoring group Participacion Ciudadana. Correa, an ally of Venezuela's Hugo Chavez, has threatened to default on foreign debt, and Ecuadorean bonds fell.",
 [('GUAYAQUIL', 'LOC'), ('Ecuador', 'LOC'), ('Reuters', 'ORG'), ('Rafael Correa', 'PER'), ('Ecuador', 'LOC'), ('Alvaro Noboa', 'PER'), ('Participacion Ciudadana', 'ORG'), ('Correa', 'PER'), ('Venezuela', 'LOC'), ('Hugo Chavez', 'PER'), ('Ecuadorean', 'MISC')]),
# wR145
('2005-12-19',
 "COCHABAMBA, Bolivia, Dec 19 (AFP) - Coca growers' leader Evo Morales won Bolivia's presidential election outright on Sunday with more than half the vote, the first Aymara president in the country's history. His Movement Toward Socialism celebrated in Cochabamba, and rival Jorge Quiroga conceded.",
 [('COCHABAMBA', 'LOC'), ('Bolivia', 'LOC'), ('AFP', 'ORG'), ('Evo Morales', 'PER'), ('Bolivia', 'LOC'), ('Aymara', 'MISC'), ('Movement Toward Socialism', 'ORG'), ('Cochabamba', 'LOC'), ('Jorge Quiroga', 'PER')]),
# wR146
('2008-09-26',
 "REGULATORS SEIZE WASHINGTON MUTUAL\nSEATTLE, Sept 26 (Reuters) - U.S. regulators seized Washington Mutual Inc on Thursday in the largest bank failure in the country's history and sold its branches to JPMorgan Chase & Co for $1.9 billion. The Federal Deposit Insurance Corp said depositors would not lose money, and JPMorgan chief Jamie Dimon said the deal fitted well.",
 [('WASHINGTON MUTUAL', 'ORG'), ('SEATTLE', 'LOC'), ('Reuters', 'ORG'), ('U.S.', 'LOC'), ('Washington Mutual Inc', 'ORG'), ('JPMorgan Chase & Co', 'ORG'), ('Federal Deposit Insurance Corp', 'ORG'), ('JPMorgan', 'ORG'), ('Jamie Dimon', 'PER')]),
# wR147
('2002-07-31',
 'MONTEVIDEO, July 31 (Reuters) - Uruguay kept its banks closed for a second day on Wednesday to stop a run on deposits that followed the collapse in Argentina, and President Jorge Batlle said a $1.5 billion loan from the United States would arrive within days. Banco Comercial and Banco de Montevideo were suspended by the central bank.',
 [('MONTEVIDEO', 'LOC'), ('Reuters', 'ORG'), ('Uruguay', 'LOC'), ('Argentina', 'LOC'), ('Jorge Batlle', 'PER'), ('United States', 'LOC'), ('Banco Comercial', 'ORG'), ('Banco de Montevideo', 'ORG')]),
# wR148
('2007-11-05',
 'PETROCHINA SOARS ON SHANGHAI DEBUT\nSHANGHAI, Nov 5 (Reuters) - Shares of PetroChina Co nearly tripled on their first day of trading in Shanghai on Monday, briefly making it the first company worth more than $1 trillion. The Shanghai Stock Exchange said turnover hit a record, and analysts at Guotai Junan Securities warned that Chinese investors were paying far more than buyers of the Hong Kong-listed shares.',
 [('PETROCHINA', 'ORG'), ('SHANGHAI', 'LOC'), ('SHANGHAI', 'LOC'), ('Reuters', 'ORG'), ('PetroChina Co', 'ORG'), ('Shanghai', 'LOC'), ('Shanghai Stock Exchange', 'ORG'), ('Guotai Junan Securities', 'ORG'), ('Chinese', 'MISC'), ('Hong Kong', 'LOC')]),
# wR149
('2006-10-27',
 "HONG KONG, Oct 27 (Reuters) - Industrial and Commercial Bank of China raised $21.9 billion in the world's biggest share sale, and its shares rose 15 percent on their debut in Hong Kong and 5 percent in Shanghai on Friday. Chairman Jiang Jianqing said Goldman Sachs, American Express and Allianz would keep their stakes.",
 [('HONG KONG', 'LOC'), ('Reuters', 'ORG'), ('Industrial and Commercial Bank of China', 'ORG'), ('Hong Kong', 'LOC'), ('Shanghai', 'LOC'), ('Jiang Jianqing', 'PER'), ('Goldman Sachs', 'ORG'), ('American Express', 'ORG'), ('Allianz', 'ORG')]),
# wR150
('2008-11-25',
 'DUBAI, Nov 25 (Reuters) - Property developer Nakheel, builder of the palm-shaped islands off Dubai, said on Monday it would cut 500 jobs as house prices in the emirate fell for the first time in years. Shares of rival Emaar Properties dropped 9 percent on the Dubai Financial Market, and Deutsche Bank analyst Oliver Gehrke said prices could fall by a fifth.',
 [('DUBAI', 'LOC'), ('Reuters', 'ORG'), ('Nakheel', 'ORG'), ('Dubai', 'LOC'), ('Emaar Properties', 'ORG'), ('Dubai Financial Market', 'ORG'), ('Deutsche Bank', 'ORG'), ('Oliver Gehrke', 'PER')]),
# wR151
('2005-05-17',
 "KUWAIT, May 17 (AFP) - Kuwait's National Assembly voted on Monday to give women the right to vote and stand in elections, ending years of resistance by tribal and religious conservatives. Women's rights campaigner Rola Dashti wept in the gallery, and Prime Minister Sheikh Sabah al-Ahmad al-Sabah said women would vote in the 2007 polls.",
 [('KUWAIT', 'LOC'), ('AFP', 'ORG'), ('Kuwait', 'LOC'), ('National Assembly', 'ORG'), ('Rola Dashti', 'PER'), ('Sabah al-Ahmad al-Sabah', 'PER')]),
# wR152
('2002-04-30',
 'SEOUL, April 30 (Reuters) - General Motors Corp signed a deal on Tuesday to buy the main assets of bankrupt Daewoo Motor Co for $400 million, ending two years of talks with Korea Development Bank and other creditors. Daewoo workers at the Bupyeong plant, which is not part of the deal, protested outside the signing ceremony in Seoul.',
 [('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('General Motors Corp', 'ORG'), ('Daewoo Motor Co', 'ORG'), ('Korea Development Bank', 'ORG'), ('Daewoo', 'ORG'), ('Bupyeong', 'LOC'), ('Seoul', 'LOC')]),
# wR153
('1999-03-27',
 "RENAULT TAKES 36.8 PCT OF NISSAN\nTOKYO, March 27 (Reuters) - France's Renault SA agreed on Saturday to pay $5.4 billion for 36.8 percent of Nissan Motor Co, creating the world's fourth-largest car group. Renault chairman Louis Schweitzer said executive vice president Carlos Ghosn would go to Tokyo to cut Nissan's costs.",
 [('RENAULT', 'ORG'), ('NISSAN', 'ORG'), ('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('France', 'LOC'), ('Renault SA', 'ORG'), ('Nissan Motor Co', 'ORG'), ('Renault', 'ORG'), ('Louis Schweitzer', 'PER'), ('Carlos Ghosn', 'PER'), ('Tokyo', 'LOC'), ('Nissan', 'ORG')]),
# wR154
('2006-01-24',
 "BANGKOK, Jan 24 (Reuters) - The family of Thai Prime Minister Thaksin Shinawatra sold its 49.6 percent stake in Shin Corp to Singapore's Temasek Holdings for 73 billion baht on Monday, paying no tax on the sale. Opposition leader Abhisit Vejjajiva of the Democrat Party called for an inquiry by the Securities and Exchange Commission.",
 [('BANGKOK', 'LOC'), ('Reuters', 'ORG'), ('Thai', 'MISC'), ('Thaksin Shinawatra', 'PER'), ('Shin Corp', 'ORG'), ('Singapore', 'LOC'), ('Temasek Holdings', 'ORG'), ('Abhisit Vejjajiva', 'PER'), ('Democrat Party', 'ORG'), ('Securities and Exchange Commission', 'ORG')]),
# wR155
('2005-07-22',
 "CHINA REVALUES YUAN, DROPS DOLLAR PEG\nBEIJING, July 22 (Reuters) - The People's Bank of China revalued the yuan by 2.1 percent on Thursday and said it would now track a basket of currencies instead of the dollar alone. U.S. Treasury Secretary John Snow welcomed the move, and the Malaysian central bank, Bank Negara, said it would also drop its peg.",
 [('CHINA', 'LOC'), ('BEIJING', 'LOC'), ('Reuters', 'ORG'), ("People's Bank of China", 'ORG'), ('U.S.', 'LOC'), ('John Snow', 'PER'), ('Malaysian', 'MISC'), ('Bank Negara', 'ORG')]),
# wR156
('2008-09-17',
 'SHIJIAZHUANG, China, Sept 17 (Reuters) - Police in Hebei province arrested 12 people on Tuesday for adding melamine to milk supplied to Sanlu Group, whose infant formula has made thousands of babies ill. Sanlu chairwoman Tian Wenhua was sacked, and Hong Kong-listed dairy maker Mengniu Dairy recalled some products.',
 [('SHIJIAZHUANG', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Hebei', 'LOC'), ('Sanlu Group', 'ORG'), ('Sanlu', 'ORG'), ('Tian Wenhua', 'PER'), ('Hong Kong', 'LOC'), ('Mengniu Dairy', 'ORG')]),
# wR157
('2008-07-25',
 "MOSCOW, July 25 (Reuters) - Robert Dudley, chief executive of TNK-BP, said on Thursday he had left Russia after months of harassment in a row between BP Plc and the venture's Russian billionaire owners, including Mikhail Fridman. The Federal Migration Service had refused to renew visas for BP staff.",
 [('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Robert Dudley', 'PER'), ('TNK-BP', 'ORG'), ('Russia', 'LOC'), ('BP Plc', 'ORG'), ('Russian', 'MISC'), ('Mikhail Fridman', 'PER'), ('Federal Migration Service', 'ORG'), ('BP', 'ORG')]),
# wR158
('2007-05-22',
 "BULAWAYO, Zimbabwe, May 22 (Reuters) - Queues formed outside banks in Bulawayo on Tuesday as Zimbabwe's official inflation rate passed 3,700 percent, and shops ran out of bread and sugar. Reserve Bank of Zimbabwe governor Gideon Gono blamed Western sanctions, while the opposition Movement for Democratic Change blamed President Robert Mugabe.",
 [('BULAWAYO', 'LOC'), ('Zimbabwe', 'LOC'), ('Reuters', 'ORG'), ('Bulawayo', 'LOC'), ('Zimbabwe', 'LOC'), ('Reserve Bank of Zimbabwe', 'ORG'), ('Gideon Gono', 'PER'), ('Western', 'MISC'), ('Movement for Democratic Change', 'ORG'), ('Robert Mugabe', 'PER')]),
# wR159
('2007-06-19',
 'ACCRA 2007-06-19\nBritish explorer Tullow Oil Plc and U.S. partner Kosmos Energy said on Monday they had found oil off Ghana\'s coast in the Jubilee field, which could hold 600 million barrels. President John Kufuor said the find would make Ghana an "African tiger", and Tullow shares rose 12 percent in London.',
 [('ACCRA', 'LOC'), ('British', 'MISC'), ('Tullow Oil Plc', 'ORG'), ('U.S.', 'LOC'), ('Kosmos Energy', 'ORG'), ('Ghana', 'LOC'), ('Jubilee', 'LOC'), ('John Kufuor', 'PER'), ('Ghana', 'LOC'), ('African', 'MISC'), ('Tullow', 'ORG'), ('London', 'LOC')]),
# wR160
('2006-01-03',
 "LAGOS, Jan 3 (Reuters) - Nigeria's banks were cut from 89 to 25 at the end of a deadline to raise capital, Central Bank of Nigeria governor Charles Soludo said on Tuesday, as lenders such as Intercontinental Bank and Oceanic Bank merged with smaller rivals. Shares in Zenith Bank rose on the Nigerian Stock Exchange.",
 [('LAGOS', 'LOC'), ('Reuters', 'ORG'), ('Nigeria', 'LOC'), ('Central Bank of Nigeria', 'ORG'), ('Charles Soludo', 'PER'), ('Intercontinental Bank', 'ORG'), ('Oceanic Bank', 'ORG'), ('Zenith Bank', 'ORG'), ('Nigerian Stock Exchange', 'ORG')]),
# wR161
('2008-06-10',
 "NAIROBI, June 10 (Reuters) - Shares in Safaricom, Kenya's biggest mobile phone operator, fell below their offer price on their first day of trading on the Nairobi Stock Exchange on Monday after the biggest share sale in East Africa. Vodafone, which owns 40 percent of Safaricom, said it would keep its stake, and chief executive Michael Joseph said demand had been strong.",
 [('NAIROBI', 'LOC'), ('Reuters', 'ORG'), ('Safaricom', 'ORG'), ('Kenya', 'LOC'), ('Nairobi Stock Exchange', 'ORG'), ('East Africa', 'LOC'), ('Vodafone', 'ORG'), ('Safaricom', 'ORG'), ('Michael Joseph', 'PER')]),
# wR162
('2008-04-07',
 'MAHALLA EL-KOBRA, Egypt, April 7 (Reuters) - Police fired tear gas at protesters in the textile town of Mahalla el-Kobra on Sunday after workers at Misr Spinning and Weaving Co were stopped from striking over pay and bread prices. Activists who called the protest on Facebook said dozens were arrested in Cairo.',
 [('MAHALLA EL-KOBRA', 'LOC'), ('Egypt', 'LOC'), ('Reuters', 'ORG'), ('Mahalla el-Kobra', 'LOC'), ('Misr Spinning and Weaving Co', 'ORG'), ('Facebook', 'ORG'), ('Cairo', 'LOC')]),
# wR163
('2006-11-16',
 "KINSHASA, Nov 16 (AFP) - President Joseph Kabila won Congo's presidential run-off with 58 percent of the vote, the Independent Electoral Commission said late on Wednesday, and his rival Jean-Pierre Bemba said he would challenge the result in the Supreme Court. U.N. peacekeepers guarded the court in Kinshasa.",
 [('KINSHASA', 'LOC'), ('AFP', 'ORG'), ('Joseph Kabila', 'PER'), ('Congo', 'LOC'), ('Independent Electoral Commission', 'ORG'), ('Jean-Pierre Bemba', 'PER'), ('Supreme Court', 'ORG'), ('U.N.', 'ORG'), ('Kinshasa', 'LOC')]),
# wR164
('2008-10-22',
 'BUENOS AIRES, Oct 22 (Reuters) - Argentine shares fell 11 percent on Tuesday after President Cristina Fernandez said she would nationalise private pension funds holding about $30 billion in assets. The Merval index hit a four-year low, and Spanish bank BBVA, which owns a fund manager in Argentina, fell 4 percent in Madrid.',
 [('BUENOS AIRES', 'LOC'), ('Reuters', 'ORG'), ('Argentine', 'MISC'), ('Cristina Fernandez', 'PER'), ('Merval', 'MISC'), ('Spanish', 'MISC'), ('BBVA', 'ORG'), ('Argentina', 'LOC'), ('Madrid', 'LOC')]),
# wR165
('2006-05-02',
 "BOLIVIA NATIONALISES GAS, SENDS TROOPS TO FIELDS\nLA PAZ, May 2 (Reuters) - Bolivian troops took control of gas fields on Monday after President Evo Morales ordered foreign energy companies to hand majority control to the state firm YPFB within six months. Spain's Repsol YPF and Britain's BG Group said they were studying the decree, and Brazil called an emergency meeting of ministers.",
 [('BOLIVIA', 'LOC'), ('LA PAZ', 'LOC'), ('Reuters', 'ORG'), ('Bolivian', 'MISC'), ('Evo Morales', 'PER'), ('YPFB', 'ORG'), ('Spain', 'LOC'), ('Repsol YPF', 'ORG'), ('Britain', 'LOC'), ('BG Group', 'ORG'), ('Brazil', 'LOC')]),
# wR166
('2007-05-28',
 "CARACAS, May 28 (AP) - Police fired tear gas at thousands of students in Caracas on Monday protesting against the closure of RCTV, the country's oldest private television station, which President Hugo Chavez refused to relicense. Its frequency was handed to a new state channel, TVes, and station chief Marcel Granier said the opposition had lost its voice.",
 [('CARACAS', 'LOC'), ('AP', 'ORG'), ('Caracas', 'LOC'), ('RCTV', 'ORG'), ('Hugo Chavez', 'PER'), ('TVes', 'ORG'), ('Marcel Granier', 'PER')]),
# wR167
('2006-10-28',
 "MONTERREY, Mexico, Oct 28 (Reuters) - Mexican cement maker Cemex SAB launched a hostile $12.8 billion bid for Australia's Rinker Group on Friday, after Rinker rejected a friendly approach. Cemex chief executive Lorenzo Zambrano said the deal would make the Monterrey-based group the biggest building materials supplier in the United States.",
 [('MONTERREY', 'LOC'), ('Mexico', 'LOC'), ('Reuters', 'ORG'), ('Mexican', 'MISC'), ('Cemex SAB', 'ORG'), ('Australia', 'LOC'), ('Rinker Group', 'ORG'), ('Rinker', 'ORG'), ('Cemex', 'ORG'), ('Lorenzo Zambrano', 'PER'), ('Monterrey', 'LOC'), ('United States', 'LOC')]),
# wR168
('2008-12-13',
 'QUITO, Dec 13 (Reuters) - Ecuador defaulted on a $30.6 million interest payment on its 2012 global bonds on Friday, and President Rafael Correa called the debt "immoral" and illegitimate. Standard & Poor\'s cut the country\'s rating to selective default, and Ecuadorean bonds fell to 20 cents on the dollar.',
 [('QUITO', 'LOC'), ('Reuters', 'ORG'), ('Ecuador', 'LOC'), ('Rafael Correa', 'PER'), ("Standard & Poor's", 'ORG'), ('Ecuadorean', 'MISC')]),
# wR169
('2004-03-20',
 'TAINAN, Taiwan, March 20 (Reuters) - Taiwan President Chen Shui-bian and Vice President Annette Lu were slightly wounded by gunfire while campaigning in Tainan on Friday, the eve of the presidential election. Kuomintang candidate Lien Chan suspended his campaign, and Taiwan shares fell on Monday.',
 [('TAINAN', 'LOC'), ('Taiwan', 'LOC'), ('Reuters', 'ORG'), ('Taiwan', 'LOC'), ('Chen Shui-bian', 'PER'), ('Annette Lu', 'PER'), ('Tainan', 'LOC'), ('Kuomintang', 'ORG'), ('Lien Chan', 'PER'), ('Taiwan', 'LOC')]),
# wR170
('2007-12-20',
 "SEOUL, Dec 20 (Reuters) - Conservative Lee Myung-bak of the Grand National Party won South Korea's presidential election by a landslide on Wednesday, promising to revive growth. Lee, a former chief executive of Hyundai Engineering and Construction, beat Chung Dong-young of the United New Democratic Party.",
 [('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('Lee Myung-bak', 'PER'), ('Grand National Party', 'ORG'), ('South Korea', 'LOC'), ('Lee', 'PER'), ('Hyundai Engineering and Construction', 'ORG'), ('Chung Dong-young', 'PER'), ('United New Democratic Party', 'ORG')]),
# wR171
('2008-06-11',
 "SEOUL, June 11 (Reuters) - Tens of thousands of people held candlelight protests in central Seoul on Tuesday against the resumption of U.S. beef imports, and President Lee Myung-bak's entire cabinet offered to resign. The Korean Confederation of Trade Unions called a one-day strike, and the won weakened.",
 [('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('Seoul', 'LOC'), ('U.S.', 'LOC'), ('Lee Myung-bak', 'PER'), ('Korean Confederation of Trade Unions', 'ORG')]),
# wR172
('2006-05-21',
 "YICHANG, China, May 21 (Reuters) - Workers poured the last concrete on the Three Gorges Dam on Saturday, completing the main wall of the world's largest hydroelectric project on the Yangtze nine months early. The China Three Gorges Project Corp said more than 1.1 million people had been moved, and critics such as Dai Qing warned of landslides.",
 [('YICHANG', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Three Gorges Dam', 'LOC'), ('Yangtze', 'LOC'), ('China Three Gorges Project Corp', 'ORG'), ('Dai Qing', 'PER')]),
# wR173
('2006-02-27',
 'RIYADH, Feb 27 (Reuters) - The Saudi stock index fell 4.6 percent on Monday, its biggest drop in months, as small investors sold after a three-year boom that had made the market the largest in the Arab world. Heavyweights SABIC and Al Rajhi Bank led the fall, and the Capital Market Authority said it would let foreigners living in the kingdom buy shares.',
 [('RIYADH', 'LOC'), ('Reuters', 'ORG'), ('Saudi', 'MISC'), ('Arab', 'MISC'), ('SABIC', 'ORG'), ('Al Rajhi Bank', 'ORG'), ('Capital Market Authority', 'ORG')]),
# wR174
('2005-04-15',
 "SYDNEY 2005-04-15\nFormer HIH Insurance chief executive Ray Williams was jailed for four and a half years by the New South Wales Supreme Court on Thursday for misleading investors before the insurer's collapse in 2001, the biggest in Australian history. The Australian Securities and Investments Commission said 5,000 claims from builders were still unpaid.",
 [('SYDNEY', 'LOC'), ('HIH Insurance', 'ORG'), ('Ray Williams', 'PER'), ('New South Wales Supreme Court', 'ORG'), ('Australian', 'MISC'), ('Australian Securities and Investments Commission', 'ORG')]),
# wR175
('2001-04-26',
 "TOKYO, April 26 (Reuters) - Junichiro Koizumi won a vote in the Diet to become Japan's prime minister on Thursday and named Makiko Tanaka, daughter of a former premier, as foreign minister. Koizumi, a maverick of the Liberal Democratic Party, promised to clean up bad loans at banks such as Sakura Bank, and the Nikkei rose 1.2 percent.",
 [('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('Junichiro Koizumi', 'PER'), ('Diet', 'ORG'), ('Japan', 'LOC'), ('Makiko Tanaka', 'PER'), ('Koizumi', 'PER'), ('Liberal Democratic Party', 'ORG'), ('Sakura Bank', 'ORG'), ('Nikkei', 'MISC')]),
# wR176
('2004-07-15',
 "TOKYO, July 15 (Reuters) - Mitsubishi Tokyo Financial Group said on Wednesday it had agreed to merge with troubled UFJ Holdings, creating the world's largest bank by assets. UFJ president Ryosuke Tamakoshi said the deal would end worries about its bad loans, but rival Sumitomo Mitsui Financial Group said it might make a counter-offer.",
 [('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('Mitsubishi Tokyo Financial Group', 'ORG'), ('UFJ Holdings', 'ORG'), ('UFJ', 'ORG'), ('Ryosuke Tamakoshi', 'PER'), ('Sumitomo Mitsui Financial Group', 'ORG')]),
# wR177
('2008-06-07',
 'GAFSA, Tunisia, June 7 (Reuters) - Police shot dead a protester in the mining town of Redeyef near Gafsa on Friday, in the worst unrest in Tunisia for years over jobs at the state-owned Gafsa Phosphate Company, human rights groups said. The Tunisian General Labour Union urged calm, and President Zine al-Abidine Ben Ali sent troops.',
 [('GAFSA', 'LOC'), ('Tunisia', 'LOC'), ('Reuters', 'ORG'), ('Redeyef', 'LOC'), ('Gafsa', 'LOC'), ('Tunisia', 'LOC'), ('Gafsa Phosphate Company', 'ORG'), ('Tunisian General Labour Union', 'ORG'), ('Zine al-Abidine Ben Ali', 'PER')]),
# wR178
('2005-08-08',
 "CAPE TOWN, Aug 8 (Reuters) - Gold miners struck at AngloGold Ashanti and Harmony Gold on Monday, as the National Union of Mineworkers demanded a 10 percent pay rise, halting output at mines west of Johannesburg. The union's general secretary Gwede Mantashe said talks with the Chamber of Mines had collapsed.",
 [('CAPE TOWN', 'LOC'), ('Reuters', 'ORG'), ('AngloGold Ashanti', 'ORG'), ('Harmony Gold', 'ORG'), ('National Union of Mineworkers', 'ORG'), ('Johannesburg', 'LOC'), ('Gwede Mantashe', 'PER'), ('Chamber of Mines', 'ORG')]),
# wR179
('1998-07-13',
 "HASHIMOTO QUITS AFTER UPPER HOUSE DEFEAT\nTOKYO, July 13 (Reuters) - Japanese Prime Minister Ryutaro Hashimoto said on Monday he would resign after his Liberal Democratic Party lost 17 seats in Sunday's upper house election, and Foreign Minister Keizo Obuchi emerged as the favourite to succeed him. The Democratic Party of Japan of Naoto Kan gained most, and the yen firmed.",
 [('HASHIMOTO', 'PER'), ('TOKYO', 'LOC'), ('Reuters', 'ORG'), ('Japanese', 'MISC'), ('Ryutaro Hashimoto', 'PER'), ('Liberal Democratic Party', 'ORG'), ('Keizo Obuchi', 'PER'), ('Democratic Party of Japan', 'ORG'), ('Naoto Kan', 'PER')]),
# wR180
('1999-10-01',
 'TOKAIMURA, Japan, Oct 1 (Reuters) - Workers at a uranium processing plant run by JCO Co in Tokaimura set off an uncontrolled nuclear chain reaction on Thursday by mixing too much uranium in a bucket, exposing three men to heavy radiation. The Science and Technology Agency told 310,000 residents to stay indoors, and Sumitomo Metal Mining, which owns JCO, apologised.',
 [('TOKAIMURA', 'LOC'), ('Japan', 'LOC'), ('Reuters', 'ORG'), ('JCO Co', 'ORG'), ('Tokaimura', 'LOC'), ('Science and Technology Agency', 'ORG'), ('Sumitomo Metal Mining', 'ORG'), ('JCO', 'ORG')]),
# wR181
('1999-05-03',
 "PANAMA CITY, May 3 (AP) - Mireya Moscoso, widow of three-time president Arnulfo Arias, won Panama's presidential election on Sunday and will be the country's first woman president. Her Arnulfista Party defeated Martin Torrijos of the ruling Democratic Revolutionary Party, son of the late military ruler Omar Torrijos.",
 [('PANAMA CITY', 'LOC'), ('AP', 'ORG'), ('Mireya Moscoso', 'PER'), ('Arnulfo Arias', 'PER'), ('Panama', 'LOC'), ('Arnulfista Party', 'ORG'), ('Martin Torrijos', 'PER'), ('Democratic Revolutionary Party', 'ORG'), ('Omar Torrijos', 'PER')]),
# wR182
('2000-08-10',
 'NASHVILLE, Tennessee, Aug 10 (Reuters) - Bridgestone/Firestone Inc said on Wednesday it would recall 6.5 million tyres fitted mostly to Ford Motor Co sport utility vehicles, after reports of tread peeling off at high speed. Shares of its Japanese parent Bridgestone Corp fell 18 percent in Tokyo, and the National Highway Traffic Safety Administration widened its inquiry.',
 [('NASHVILLE', 'LOC'), ('Tennessee', 'LOC'), ('Reuters', 'ORG'), ('Bridgestone/Firestone Inc', 'ORG'), ('Ford Motor Co', 'ORG'), ('Japanese', 'MISC'), ('Bridgestone Corp', 'ORG'), ('Tokyo', 'LOC'), ('National Highway Traffic Safety Administration', 'ORG')]),
# wR183
('1999-01-26',
 "ARMENIA, Colombia, Jan 26 (Reuters) - Survivors searched the ruins of Armenia and Pereira on Tuesday after an earthquake struck Colombia's coffee-growing region, flattening much of the centre of Armenia. President Andres Pastrana flew to Quindio province, and the Colombian Red Cross said looters had attacked food trucks.",
 [('ARMENIA', 'LOC'), ('Colombia', 'LOC'), ('Reuters', 'ORG'), ('Armenia', 'LOC'), ('Pereira', 'LOC'), ('Colombia', 'LOC'), ('Armenia', 'LOC'), ('Andres Pastrana', 'PER'), ('Quindio', 'LOC'), ('Colombian Red Cross', 'ORG')]),
# wR184
('1999-04-10',
 "NIAMEY, April 10 (AFP) - Niger's President Ibrahim Bare Mainassara was killed by members of his presidential guard at Niamey airport on Friday, and the head of the guard, Major Daouda Mallam Wanke, took charge of a ruling council. France, the former colonial power, suspended aid, and the Organisation of African Unity condemned the coup.",
 [('NIAMEY', 'LOC'), ('AFP', 'ORG'), ('Niger', 'LOC'), ('Ibrahim Bare Mainassara', 'PER'), ('Niamey', 'LOC'), ('Daouda Mallam Wanke', 'PER'), ('France', 'LOC'), ('Organisation of African Unity', 'ORG')]),
# wR185
('1998-08-13',
 'NEW YORK, Aug 13 (Reuters) - Swiss banks UBS AG and Credit Suisse Group agreed on Wednesday to pay $1.25 billion to settle claims that they hid the wealth of Holocaust victims, ending two years of lawsuits in a Brooklyn court. World Jewish Restitution Organization leaders said the deal was a moral victory, and Zurich shares of both banks rose.',
 [('NEW YORK', 'LOC'), ('Reuters', 'ORG'), ('Swiss', 'MISC'), ('UBS AG', 'ORG'), ('Credit Suisse Group', 'ORG'), ('Holocaust', 'MISC'), ('Brooklyn', 'LOC'), ('World Jewish Restitution Organization', 'ORG'), ('Zurich', 'LOC')]),
# wR186
('2000-07-04',
 "OSAKA, July 4 (Reuters) - Snow Brand Milk Products Co, Japan's biggest dairy company, recalled all milk from its Osaka plant on Tuesday after more than 10,000 people fell ill from contaminated low-fat milk. President Tetsuro Ishikawa said he would resign, and the Osaka city government ordered the plant shut.",
 [('OSAKA', 'LOC'), ('Reuters', 'ORG'), ('Snow Brand Milk Products Co', 'ORG'), ('Japan', 'LOC'), ('Osaka', 'LOC'), ('Tetsuro Ishikawa', 'PER'), ('Osaka', 'LOC')]),
# wR187
('2001-10-03',
 'ZURICH, Oct 3 (Reuters) - Swissair grounded all its flights on Tuesday after running out of cash, stranding thousands of passengers at Zurich and Geneva, and UBS and Credit Suisse agreed to buy a stake in its regional unit Crossair. Chief executive Mario Corti blamed the banks for the collapse, and the Swiss government said it would lend money to restart some routes.',
 [('ZURICH', 'LOC'), ('Reuters', 'ORG'), ('Swissair', 'ORG'), ('Zurich', 'LOC'), ('Geneva', 'LOC'), ('UBS', 'ORG'), ('Credit Suisse', 'ORG'), ('Crossair', 'ORG'), ('Mario Corti', 'PER'), ('Swiss', 'MISC')]),
]
