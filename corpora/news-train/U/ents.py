# Decision lists for news-train part U (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wU001, wU002, ... in order.

DOCS = [
# wU001
('1999-04-05',
 'KAZAKHSTAN FLOATS TENGE, CURRENCY SLIDES\nALMATY, April 5 (Reuters) - Kazakhstan let the tenge float freely on Monday and the currency lost more than a quarter of its value within hours on the Kazakhstan Stock Exchange. National Bank of Kazakhstan chairman Grigory Marchenko said the bank would not burn reserves to defend it after the Russian rouble\'s fall. "Exporters in Pavlodar and Karaganda will feel the relief first," said Yerlan Dzhaksybekov, an analyst at ABN AMRO in Almaty.',
 [('KAZAKHSTAN', 'LOC'), ('ALMATY', 'LOC'), ('Reuters', 'ORG'), ('Kazakhstan', 'LOC'), ('Kazakhstan Stock Exchange', 'ORG'), ('National Bank of Kazakhstan', 'ORG'), ('Grigory Marchenko', 'PER'), ('Russian', 'MISC'), ('Pavlodar', 'LOC'), ('Karaganda', 'LOC'), ('Yerlan Dzhaksybekov', 'PER'), ('ABN AMRO', 'ORG'), ('Almaty', 'LOC')]),
# wU002
('2000-04-03',
 "LUSAKA 2000-04-03\nZambia's government signed over the Mufulira and Nkana smelting assets of Zambia Consolidated Copper Mines to a group led by Glencore and First Quantum Minerals on Monday. Mines Minister Syamukayumbu Syamujaye told reporters in Lusaka that the new owners, trading as Mopani Copper Mines, had promised to keep 8,000 jobs on the Copperbelt.",
 [('LUSAKA', 'LOC'), ('Zambia', 'LOC'), ('Mufulira', 'LOC'), ('Nkana', 'LOC'), ('Zambia Consolidated Copper Mines', 'ORG'), ('Glencore', 'ORG'), ('First Quantum Minerals', 'ORG'), ('Syamukayumbu Syamujaye', 'PER'), ('Lusaka', 'LOC'), ('Mopani Copper Mines', 'ORG'), ('Copperbelt', 'LOC')]),
# wU003
('2004-01-26',
 'THAI POULTRY SHARES SLUMP ON BIRD FLU DEATHS\nBANGKOK, Jan 26 (Reuters) - Shares in Charoen Pokphand Foods fell 9 percent on Monday after Thailand confirmed that bird flu had killed two boys in Suphan Buri and Kanchanaburi provinces. The European Union and Japan have suspended imports of Thai chicken, and the SET index dropped 2.4 percent. "Exporters will lose a whole quarter," said Somchai Kiatwong, an analyst at Kim Eng Securities in Bangkok.',
 [('THAI', 'MISC'), ('BANGKOK', 'LOC'), ('Reuters', 'ORG'), ('Charoen Pokphand Foods', 'ORG'), ('Thailand', 'LOC'), ('Suphan Buri', 'LOC'), ('Kanchanaburi', 'LOC'), ('European Union', 'ORG'), ('Japan', 'LOC'), ('Thai', 'MISC'), ('SET', 'MISC'), ('Somchai Kiatwong', 'PER'), ('Kim Eng Securities', 'ORG'), ('Bangkok', 'LOC')]),
# wU004
('2005-06-14',
 'KENYA AIRWAYS PROFIT DOUBLES ON EUROPE ROUTES\nNAIROBI, June 14 (Reuters) - Kenya Airways said on Tuesday its pre-tax profit more than doubled in the year to March, helped by new flights to Amsterdam and London and its partnership with KLM. Chief executive Titus Naikuni said the carrier would order more aircraft for its Jomo Kenyatta International Airport hub. The shares rose 4 percent on the Nairobi Stock Exchange.',
 [('KENYA AIRWAYS', 'ORG'), ('EUROPE', 'LOC'), ('NAIROBI', 'LOC'), ('Reuters', 'ORG'), ('Kenya Airways', 'ORG'), ('Amsterdam', 'LOC'), ('London', 'LOC'), ('KLM', 'ORG'), ('Titus Naikuni', 'PER'), ('Jomo Kenyatta International Airport', 'LOC'), ('Nairobi Stock Exchange', 'ORG')]),
# wU005
('2006-02-20',
 "SHELL OUTPUT STAYS SHUT AFTER FORCADOS ATTACK\nLAGOS, Feb 20 (AFP) - Royal Dutch Shell kept 455,000 barrels a day of Nigerian output shut on Monday after militants of the Movement for the Emancipation of the Niger Delta blew up the Forcados export platform and seized nine foreign workers. A company spokesman in Lagos said the Bonny Light crude grade was not affected. Nigeria's Delta State government said talks with the kidnappers had begun in Warri.",
 [('SHELL', 'ORG'), ('FORCADOS', 'LOC'), ('LAGOS', 'LOC'), ('AFP', 'ORG'), ('Royal Dutch Shell', 'ORG'), ('Nigerian', 'MISC'), ('Movement for the Emancipation of the Niger Delta', 'ORG'), ('Forcados', 'LOC'), ('Lagos', 'LOC'), ('Bonny Light', 'MISC'), ('Nigeria', 'LOC'), ('Delta State', 'LOC'), ('Warri', 'LOC')]),
# wU006
('2009-10-06',
 'ULAANBAATAR 2009-10-06\nMongolia signed an investment agreement with Ivanhoe Mines and Rio Tinto on Tuesday to develop a copper and gold deposit in the South Gobi desert. Prime Minister Sukhbaatar Batbold said the state would hold 34 percent of the project. "This is the biggest deal the country has ever seen," said Dashdorj Zorigt, the mineral resources minister. Shares in Ivanhoe rose 8 percent in Toronto.',
 [('ULAANBAATAR', 'LOC'), ('Mongolia', 'LOC'), ('Ivanhoe Mines', 'ORG'), ('Rio Tinto', 'ORG'), ('South Gobi', 'LOC'), ('Sukhbaatar Batbold', 'PER'), ('Dashdorj Zorigt', 'PER'), ('Ivanhoe', 'ORG'), ('Toronto', 'LOC')]),
# wU007
('2008-03-25',
 'ARGENTINE FARM STRIKE ENTERS THIRTEENTH DAY\nROSARIO, Argentina, March 25 (Reuters) - Argentine farmers kept up road blockades in Santa Fe and Cordoba provinces for a thirteenth day on Tuesday in protest at higher export taxes on soybeans. Eduardo Buzzi, head of the Federacion Agraria Argentina, said the strike would go on until President Cristina Fernandez de Kirchner withdrew the decree. Grain shipments from the port of San Lorenzo have almost stopped, said the Rosario Board of Trade.',
 [('ARGENTINE', 'MISC'), ('ROSARIO', 'LOC'), ('Argentina', 'LOC'), ('Reuters', 'ORG'), ('Argentine', 'MISC'), ('Santa Fe', 'LOC'), ('Cordoba', 'LOC'), ('Eduardo Buzzi', 'PER'), ('Federacion Agraria Argentina', 'ORG'), ('Cristina Fernandez de Kirchner', 'PER'), ('San Lorenzo', 'LOC'), ('Rosario Board of Trade', 'ORG')]),
# wU008
('2003-09-11',
 "UGANDA COFFEE EXPORTS SLUMP AS PRICES STAY LOW\nKAMPALA 2003-09-11\nUganda's coffee exports fell 21 percent in August from a year earlier, the Uganda Coffee Development Authority said on Thursday. Farmers in Masaka and Mbarara have cut back on picking robusta because of low world prices, said Henry Ngabirano, the authority's managing director. Dealers at Ugacof said buyers in Hamburg were waiting for the new crop.",
 [('UGANDA', 'LOC'), ('KAMPALA', 'LOC'), ('Uganda', 'LOC'), ('Uganda Coffee Development Authority', 'ORG'), ('Masaka', 'LOC'), ('Mbarara', 'LOC'), ('Henry Ngabirano', 'PER'), ('Ugacof', 'ORG'), ('Hamburg', 'LOC')]),
# wU009
('1998-12-02',
 "ABUJA, Dec 2 (AP) - Nigeria's military government cut the official price of petrol by a fifth on Wednesday, but long queues stayed outside filling stations in Kano and Port Harcourt. General Abdulsalami Abubakar said four refineries, including the plant at Kaduna, would be repaired by the Nigerian National Petroleum Corporation before the handover to civilian rule. The NLC labour federation called the cut too small.",
 [('ABUJA', 'LOC'), ('AP', 'ORG'), ('Nigeria', 'LOC'), ('Kano', 'LOC'), ('Port Harcourt', 'LOC'), ('Abdulsalami Abubakar', 'PER'), ('Kaduna', 'LOC'), ('Nigerian National Petroleum Corporation', 'ORG'), ('NLC', 'ORG')]),
# wU010
('2007-11-08',
 'CONGO TO RENEGOTIATE 61 MINING CONTRACTS\nKINSHASA, Nov 8 (Reuters) - Congo\'s mines ministry said on Thursday it would ask for changes to 61 mining contracts signed during the war, including deals held by Freeport-McMoRan and Anvil Mining in Katanga province. Mines Minister Martin Kabwelulu said no licence would be cancelled outright. "Investors in Lubumbashi have been waiting for this list for months," said Jean-Pierre Mutamba, a lawyer in Kinshasa.',
 [('CONGO', 'LOC'), ('KINSHASA', 'LOC'), ('Reuters', 'ORG'), ('Congo', 'LOC'), ('Freeport-McMoRan', 'ORG'), ('Anvil Mining', 'ORG'), ('Katanga', 'LOC'), ('Martin Kabwelulu', 'PER'), ('Lubumbashi', 'LOC'), ('Jean-Pierre Mutamba', 'PER'), ('Kinshasa', 'LOC')]),
# wU011
('2002-05-16',
 'MOZAL SMELTER EXPANSION AHEAD OF SCHEDULE\nMAPUTO, May 16 (Reuters) - BHP Billiton said on Thursday the second phase of the Mozal aluminium smelter outside Maputo would start early next year, doubling its output to 506,000 tonnes a year. President Joaquim Chissano said the plant showed that investors trusted Mozambique ten years after the war. The smelter already accounts for more than half of Mozambican exports, the Bank of Mozambique said.',
 [('MOZAL', 'LOC'), ('MAPUTO', 'LOC'), ('Reuters', 'ORG'), ('BHP Billiton', 'ORG'), ('Mozal', 'LOC'), ('Maputo', 'LOC'), ('Joaquim Chissano', 'PER'), ('Mozambique', 'LOC'), ('Mozambican', 'MISC'), ('Bank of Mozambique', 'ORG')]),
# wU012
('2001-08-09',
 'ALGERIA SIGNS GAS DEAL WITH SPAIN\'S CEPSA\nALGIERS 2001-08-09\nSonatrach, Algeria\'s state oil and gas company, agreed on Thursday to build the Medgaz pipeline under the Mediterranean to Almeria with Cepsa and Gaz de France. Energy Minister Chakib Khelil said the line would carry eight billion cubic metres a year from Hassi R\'Mel. "Europe wants gas that does not come through Ukraine," said Karim Benaissa, an analyst at Societe Generale in Paris.',
 [('ALGERIA', 'LOC'), ('SPAIN', 'LOC'), ('CEPSA', 'ORG'), ('ALGIERS', 'LOC'), ('Sonatrach', 'ORG'), ('Algeria', 'LOC'), ('Medgaz', 'LOC'), ('Mediterranean', 'LOC'), ('Almeria', 'LOC'), ('Cepsa', 'ORG'), ('Gaz de France', 'ORG'), ('Chakib Khelil', 'PER'), ("Hassi R'Mel", 'LOC'), ('Europe', 'LOC'), ('Ukraine', 'LOC'), ('Karim Benaissa', 'PER'), ('Societe Generale', 'ORG'), ('Paris', 'LOC')]),
# wU013
('2005-09-28',
 "GHANA TO KNOCK FOUR ZEROS OFF CEDI\nACCRA, Sept 28 (AFP) - Ghana's central bank said on Wednesday it would take four zeros off the cedi in July 2007 and print new notes. Bank of Ghana governor Paul Acquah told reporters that the change would cut the cost of cash handling for traders in Kumasi and Tamale. Kofi Osei-Bonsu, an economist at Databank in Accra, said inflation had to stay below 15 percent for the plan to work.",
 [('GHANA', 'LOC'), ('ACCRA', 'LOC'), ('AFP', 'ORG'), ('Ghana', 'LOC'), ('Bank of Ghana', 'ORG'), ('Paul Acquah', 'PER'), ('Kumasi', 'LOC'), ('Tamale', 'LOC'), ('Kofi Osei-Bonsu', 'PER'), ('Databank', 'ORG'), ('Accra', 'LOC')]),
# wU014
('2008-07-17',
 'HANOI, July 17 (Reuters) - Vietnam\'s trade deficit narrowed in July as imports of steel and cars slowed after the central bank raised its base rate to 14 percent, the General Statistics Office said on Thursday. The VN Index has lost 60 percent this year. "The worst is over for the dong," said Nguyen Thi Lan, an analyst at Bao Viet Securities in Hanoi. Prime Minister Nguyen Tan Dung has ordered ministries to cut spending.',
 [('HANOI', 'LOC'), ('Reuters', 'ORG'), ('Vietnam', 'LOC'), ('General Statistics Office', 'ORG'), ('VN Index', 'MISC'), ('Nguyen Thi Lan', 'PER'), ('Bao Viet Securities', 'ORG'), ('Hanoi', 'LOC'), ('Nguyen Tan Dung', 'PER')]),
# wU015
('1998-01-20',
 "VIENTIANE 1998-01-20\nLaos's kip fell past 2,400 to the dollar on Tuesday, losing half its value in six months as the Thai baht's slide spread across the Mekong, traders said. The Bank of the Lao PDR said it would limit dollar sales to importers of fuel and rice. Shopkeepers in Vientiane now price goods in baht, said Somsack Phommachanh, a trader at the Talat Sao market.",
 [('VIENTIANE', 'LOC'), ('Laos', 'LOC'), ('Thai', 'MISC'), ('Mekong', 'LOC'), ('Bank of the Lao PDR', 'ORG'), ('Vientiane', 'LOC'), ('Somsack Phommachanh', 'PER'), ('Talat Sao', 'LOC')]),
# wU016
('2006-10-31',
 'KIEV GAS PRICE TALKS WITH GAZPROM STALL\nKIEV, Oct 31 (Reuters) - Ukraine and Russia\'s Gazprom failed on Tuesday to agree a price for gas deliveries next year, Ukrainian Fuel and Energy Minister Yuri Boiko said. Trader RosUkrEnergo now sells Central Asian gas to Ukraine for $95 per thousand cubic metres. "Moscow wants at least $130," said Oleksandr Todiychuk, an analyst at Foyil Securities in Kiev.',
 [('KIEV', 'LOC'), ('GAZPROM', 'ORG'), ('KIEV', 'LOC'), ('Reuters', 'ORG'), ('Ukraine', 'LOC'), ('Russia', 'LOC'), ('Gazprom', 'ORG'), ('Ukrainian', 'MISC'), ('Yuri Boiko', 'PER'), ('RosUkrEnergo', 'ORG'), ('Central Asian', 'MISC'), ('Ukraine', 'LOC'), ('Moscow', 'LOC'), ('Oleksandr Todiychuk', 'PER'), ('Foyil Securities', 'ORG'), ('Kiev', 'LOC')]),
# wU017
('2000-11-22',
 'YUGOSLAVIA PEGS DINAR TO MARK, EYES IMF RETURN\nBELGRADE, Nov 22 (AP) - Yugoslavia expects to rejoin the International Monetary Fund next month, a few weeks after the fall of Slobodan Milosevic, and the National Bank of Yugoslavia said on Wednesday it would fix the dinar at 30 to the mark. Governor Mladjan Dinkic said the bank would stop printing money to pay pensions. Traders in Belgrade said black market rates had already come down.',
 [('YUGOSLAVIA', 'LOC'), ('IMF', 'ORG'), ('BELGRADE', 'LOC'), ('AP', 'ORG'), ('Yugoslavia', 'LOC'), ('International Monetary Fund', 'ORG'), ('Slobodan Milosevic', 'PER'), ('National Bank of Yugoslavia', 'ORG'), ('Mladjan Dinkic', 'PER'), ('Belgrade', 'LOC')]),
# wU018
('2003-03-21',
 'HANOI, March 21 (AFP) - Vietnam closed a ward at a foreign-run clinic in Hanoi on Friday after more staff fell ill with the pneumonia-like illness that the World Health Organisation calls severe acute respiratory syndrome. Health Minister Tran Thi Trung Chien said 56 people were being watched. Flights from Hong Kong on Vietnam Airlines and Cathay Pacific were half empty, airline staff said.',
 [('HANOI', 'LOC'), ('AFP', 'ORG'), ('Vietnam', 'LOC'), ('Hanoi', 'LOC'), ('World Health Organisation', 'ORG'), ('Tran Thi Trung Chien', 'PER'), ('Hong Kong', 'LOC'), ('Vietnam Airlines', 'ORG'), ('Cathay Pacific', 'ORG')]),
# wU019
('2009-02-11',
 'KIEV 2009-02-11\nThe hryvnia fell to a record low of 8.9 to the dollar on Wednesday, and the National Bank of Ukraine spent $300 million of reserves in the morning alone, dealers said. President Viktor Yushchenko blamed Prime Minister Yulia Tymoshenko for the budget gap. "The IMF will not release the next tranche until the cabinet agrees a budget," said Dmitry Gladkov, an economist at Troika Dialog in Kiev.',
 [('KIEV', 'LOC'), ('National Bank of Ukraine', 'ORG'), ('Viktor Yushchenko', 'PER'), ('Yulia Tymoshenko', 'PER'), ('IMF', 'ORG'), ('Dmitry Gladkov', 'PER'), ('Troika Dialog', 'ORG'), ('Kiev', 'LOC')]),
# wU020
('1999-06-10',
 "CARACAS, June 10 (Reuters) - Venezuela's state oil company Petroleos de Venezuela said on Thursday it would cut output by a further 125,000 barrels a day to meet its OPEC quota. Energy Minister Ali Rodriguez said the country would no longer chase market share. Workers in Maracaibo and the Orinoco belt feared job losses, the oil union Fedepetrol said.",
 [('CARACAS', 'LOC'), ('Reuters', 'ORG'), ('Venezuela', 'LOC'), ('Petroleos de Venezuela', 'ORG'), ('OPEC', 'ORG'), ('Ali Rodriguez', 'PER'), ('Maracaibo', 'LOC'), ('Orinoco', 'LOC'), ('Fedepetrol', 'ORG')]),
# wU021
('2004-11-30',
 'JOHANNESBURG, Nov 30 (Reuters) - Anglo American\'s platinum arm said on Tuesday it would postpone two new shafts at its Rustenburg mines because of the strong rand. Anglo Platinum chief executive Ralph Havenstein said costs in North West Province had risen 12 percent this year. "The rand has made every producer rethink," said Thabo Nkosi, an analyst at Investec in Johannesburg.',
 [('JOHANNESBURG', 'LOC'), ('Reuters', 'ORG'), ('Anglo American', 'ORG'), ('Rustenburg', 'LOC'), ('Anglo Platinum', 'ORG'), ('Ralph Havenstein', 'PER'), ('North West Province', 'LOC'), ('Thabo Nkosi', 'PER'), ('Investec', 'ORG'), ('Johannesburg', 'LOC')]),
# wU022
('2007-05-22',
 "EGYPT SELLS STAKE IN BANK OF ALEXANDRIA\nCAIRO 2007-05-22\nItaly's Sanpaolo IMI completed its purchase of 80 percent of Bank of Alexandria on Tuesday, the first sale of a state bank in Egypt, Investment Minister Mahmoud Mohieldin said. The EGX 30 index rose 1.1 percent. Hesham Tawfik, a broker at Beltone Financial in Cairo, said investors now expected Banque du Caire to be next.",
 [('EGYPT', 'LOC'), ('BANK OF ALEXANDRIA', 'ORG'), ('CAIRO', 'LOC'), ('Italy', 'LOC'), ('Sanpaolo IMI', 'ORG'), ('Bank of Alexandria', 'ORG'), ('Egypt', 'LOC'), ('Mahmoud Mohieldin', 'PER'), ('EGX 30', 'MISC'), ('Hesham Tawfik', 'PER'), ('Beltone Financial', 'ORG'), ('Cairo', 'LOC'), ('Banque du Caire', 'ORG')]),
# wU023
('2002-12-09',
 "TEHRAN, Dec 9 (AFP) - Iran's students held a fourth day of protests at Tehran University on Monday against the death sentence passed on the historian Hashem Aghajari in the town of Hamedan. President Mohammad Khatami called the sentence wrong, and Supreme Leader Ayatollah Ali Khamenei ordered the judiciary to review it. Hardline Ansar-e Hezbollah vigilantes threatened the students.",
 [('TEHRAN', 'LOC'), ('AFP', 'ORG'), ('Iran', 'LOC'), ('Tehran University', 'ORG'), ('Hashem Aghajari', 'PER'), ('Hamedan', 'LOC'), ('Mohammad Khatami', 'PER'), ('Ali Khamenei', 'PER'), ('Ansar-e Hezbollah', 'ORG')]),
# wU024
('2008-09-03',
 "GARUDA PASSES EU AUDIT BUT BAN STAYS\nJAKARTA, Sept 3 (Reuters) - Indonesia's Garuda Indonesia said on Wednesday it had cleared a European Union safety audit of its Jakarta hangars, but the ban on its flights to Europe would stay until the European Commission reviewed it in 2009. Transport Minister Jusman Syafii Djamal said Indonesian carriers had fixed most of the faults found after the Yogyakarta crash.",
 [('GARUDA', 'ORG'), ('EU', 'ORG'), ('JAKARTA', 'LOC'), ('Reuters', 'ORG'), ('Indonesia', 'LOC'), ('Garuda Indonesia', 'ORG'), ('European Union', 'ORG'), ('Jakarta', 'LOC'), ('Europe', 'LOC'), ('European Commission', 'ORG'), ('Jusman Syafii Djamal', 'PER'), ('Indonesian', 'MISC'), ('Yogyakarta', 'LOC')]),
# wU025
('1998-09-11',
 'MOSCOW 1998-09-11\nRussian Prime Minister Yevgeny Primakov named Viktor Gerashchenko to run the Central Bank of Russia on Friday, and the rouble weakened on fears that the bank would print money. Gerashchenko, who led the bank in the early 1990s, said he would support the banks of Moscow that were near collapse. "This is the Soviet school back in charge," said Peter Westin, an economist at the Russian European Centre for Economic Policy.',
 [('MOSCOW', 'LOC'), ('Russian', 'MISC'), ('Yevgeny Primakov', 'PER'), ('Viktor Gerashchenko', 'PER'), ('Central Bank of Russia', 'ORG'), ('Gerashchenko', 'PER'), ('Moscow', 'LOC'), ('Soviet', 'MISC'), ('Peter Westin', 'PER'), ('Russian European Centre for Economic Policy', 'ORG')]),
# wU026
('2005-04-19',
 "TASHKENT, April 19 (Reuters) - Uzbekistan's cotton harvest is likely to fall short of the 3.5 million-tonne target because of a cold spring in the Fergana Valley, a senior official at the agriculture ministry said on Tuesday. Traders at Dunavant and Cargill in Tashkent said buyers in Bangkok and Istanbul were already asking for later shipment.",
 [('TASHKENT', 'LOC'), ('Reuters', 'ORG'), ('Uzbekistan', 'LOC'), ('Fergana Valley', 'LOC'), ('Dunavant', 'ORG'), ('Cargill', 'ORG'), ('Tashkent', 'LOC'), ('Bangkok', 'LOC'), ('Istanbul', 'LOC')]),
# wU027
('2001-06-27',
 'AMMAN 2001-06-27\nJordan and Israel agreed on Wednesday to extend a quota-free export scheme for goods made in the industrial zones at Irbid and Al-Hassan, Trade Minister Wasef Azar said. The zones employ about 20,000 people, most of them women, in clothing plants that sell to American chains such as Gap and Wal-Mart.',
 [('AMMAN', 'LOC'), ('Jordan', 'LOC'), ('Israel', 'LOC'), ('Irbid', 'LOC'), ('Al-Hassan', 'LOC'), ('Wasef Azar', 'PER'), ('American', 'MISC'), ('Gap', 'ORG'), ('Wal-Mart', 'ORG')]),
# wU028
('2006-12-05',
 'TURKISH AIRLINES PLANS SHARE OFFER\nISTANBUL, Dec 5 (Reuters) - Turkey\'s privatisation agency said on Tuesday it would sell a further 28.75 percent of Turkish Airlines on the Istanbul Stock Exchange before the end of the year. Agency head Metin Kilci said the carrier would stay under state control. "The timing is brave but the books in London are strong," said Murat Yildiz, an analyst at Is Investment in Istanbul.',
 [('TURKISH AIRLINES', 'ORG'), ('ISTANBUL', 'LOC'), ('Reuters', 'ORG'), ('Turkey', 'LOC'), ('Turkish Airlines', 'ORG'), ('Istanbul Stock Exchange', 'ORG'), ('Metin Kilci', 'PER'), ('London', 'LOC'), ('Murat Yildiz', 'PER'), ('Is Investment', 'ORG'), ('Istanbul', 'LOC')]),
# wU029
('2004-08-17',
 "YEREVAN 2004-08-17\nArmenia's central bank left its refinancing rate at 3.75 percent on Tuesday even as the dram rose to a four-year high, because money sent home by workers in Russia keeps flowing in. Central Bank of Armenia chairman Tigran Sargsyan said exporters of brandy and cut diamonds from Yerevan and Gyumri were hurting.",
 [('YEREVAN', 'LOC'), ('Armenia', 'LOC'), ('Russia', 'LOC'), ('Central Bank of Armenia', 'ORG'), ('Tigran Sargsyan', 'PER'), ('Yerevan', 'LOC'), ('Gyumri', 'LOC')]),
# wU030
('2007-03-13',
 "SENEGAL ACID PLANT HALTED FOR LACK OF SULPHUR\nDAKAR, March 13 (AFP) - Senegal's chemicals group Industries Chimiques du Senegal halted its phosphoric acid plant at Darou Khoudoss on Tuesday because it could not pay for sulphur, union leaders said. Finance Minister Abdoulaye Diop said the state would help find a new shareholder. The group's fertiliser is sold to farmers in Mali and Burkina Faso, and its acid is shipped from the port of Dakar.",
 [('SENEGAL', 'LOC'), ('DAKAR', 'LOC'), ('AFP', 'ORG'), ('Senegal', 'LOC'), ('Industries Chimiques du Senegal', 'ORG'), ('Darou Khoudoss', 'LOC'), ('Abdoulaye Diop', 'PER'), ('Mali', 'LOC'), ('Burkina Faso', 'LOC'), ('Dakar', 'LOC')]),
# wU031
('2000-02-24',
 "SANTIAGO 2000-02-24\nChile's central bank cut its benchmark rate by half a point on Thursday and said the peso's strength against the dollar was holding down inflation. Carlos Massad, the bank's president, said copper prices had recovered and growth would reach 5 percent. Traders at Banco de Chile said the IPSA index rose 1.3 percent after the decision.",
 [('SANTIAGO', 'LOC'), ('Chile', 'LOC'), ('Carlos Massad', 'PER'), ('Banco de Chile', 'ORG'), ('IPSA', 'MISC')]),
# wU032
('2009-05-28',
 'ANTANANARIVO AID FROZEN AFTER POWER GRAB\nANTANANARIVO, May 28 (Reuters) - The World Bank said on Thursday it would keep its aid to Madagascar frozen until a new government is recognised, after Andry Rajoelina took power with army backing in March. The United States has also ended trade preferences for Malagasy clothing makers in Antsirabe. "Textile workers will pay the price," said Hery Rakotomalala, an economist at the University of Antananarivo.',
 [('ANTANANARIVO', 'LOC'), ('ANTANANARIVO', 'LOC'), ('Reuters', 'ORG'), ('World Bank', 'ORG'), ('Madagascar', 'LOC'), ('Andry Rajoelina', 'PER'), ('United States', 'LOC'), ('Malagasy', 'MISC'), ('Antsirabe', 'LOC'), ('Hery Rakotomalala', 'PER'), ('University of Antananarivo', 'ORG')]),
# wU033
('2002-10-30',
 "QUITO, Oct 30 (AP) - Ecuador's new heavy crude pipeline, built by a group led by Techint and Occidental Petroleum, will start pumping next year, Energy Minister Pablo Teran said on Wednesday. Protesters from Mindo say the route across the Andes threatens cloud forest. The 500-km line will carry crude from the Amazon basin to the port of Esmeraldas.",
 [('QUITO', 'LOC'), ('AP', 'ORG'), ('Ecuador', 'LOC'), ('Techint', 'ORG'), ('Occidental Petroleum', 'ORG'), ('Pablo Teran', 'PER'), ('Mindo', 'LOC'), ('Andes', 'LOC'), ('Amazon', 'LOC'), ('Esmeraldas', 'LOC')]),
# wU034
('1998-05-27',
 'KARACHI 1998-05-27\nPakistan\'s rupee fell and the Karachi Stock Exchange closed down 6.8 percent on Wednesday as traders feared sanctions if the government answered its neighbour\'s nuclear tests. "Foreign funds are selling everything," said Asif Qureshi, a dealer at Jahangir Siddiqui in Karachi. The State Bank of Pakistan spent $50 million to hold the currency.',
 [('KARACHI', 'LOC'), ('Pakistan', 'LOC'), ('Karachi Stock Exchange', 'ORG'), ('Asif Qureshi', 'PER'), ('Jahangir Siddiqui', 'ORG'), ('Karachi', 'LOC'), ('State Bank of Pakistan', 'ORG')]),
# wU035
('2008-06-05',
 'DAR ES SALAAM, June 5 (Reuters) - Tanzania\'s government said on Thursday it would review the tax terms of the Bulyanhulu and North Mara gold mines run by Barrick Gold, after a presidential committee said the state earned too little from them. Energy and Minerals Minister William Ngeleja said existing contracts would be honoured. "Canadian and Australian miners are watching Dodoma closely," said Godfrey Mushi, a lawyer in Dar es Salaam.',
 [('DAR ES SALAAM', 'LOC'), ('Reuters', 'ORG'), ('Tanzania', 'LOC'), ('Bulyanhulu', 'LOC'), ('North Mara', 'LOC'), ('Barrick Gold', 'ORG'), ('William Ngeleja', 'PER'), ('Canadian', 'MISC'), ('Australian', 'MISC'), ('Dodoma', 'LOC'), ('Godfrey Mushi', 'PER'), ('Dar es Salaam', 'LOC')]),
# wU036
('2004-05-12',
 "ZIMBABWE WHEAT CROP TO FALL AGAIN, MILLERS SAY\nBULAWAYO 2004-05-12\nZimbabwe's wheat harvest will fall to about 100,000 tonnes this year, less than half of the country's needs, the Grain Millers Association of Zimbabwe said on Wednesday. Farms in Mashonaland West have not been planted since they were seized. Agriculture Minister Joseph Made said the Grain Marketing Board would import the shortfall from Zambia.",
 [('ZIMBABWE', 'LOC'), ('BULAWAYO', 'LOC'), ('Zimbabwe', 'LOC'), ('Grain Millers Association of Zimbabwe', 'ORG'), ('Mashonaland West', 'LOC'), ('Joseph Made', 'PER'), ('Grain Marketing Board', 'ORG'), ('Zambia', 'LOC')]),
# wU037
('1999-08-30',
 "SUDAN LOADS FIRST CRUDE EXPORT CARGO\nKHARTOUM, Aug 30 (Reuters) - Sudan loaded its first cargo of crude for export at Port Sudan on Monday, from a 1,600-km pipeline built by the Greater Nile Petroleum Operating Company. The group is led by China National Petroleum Corp with Malaysia's Petronas and Canada's Talisman Energy. Energy Minister Awad Ahmed al-Jaz said the Heglig fields would pump 150,000 barrels a day by next year.",
 [('SUDAN', 'LOC'), ('KHARTOUM', 'LOC'), ('Reuters', 'ORG'), ('Sudan', 'LOC'), ('Port Sudan', 'LOC'), ('Greater Nile Petroleum Operating Company', 'ORG'), ('China National Petroleum Corp', 'ORG'), ('Malaysia', 'LOC'), ('Petronas', 'ORG'), ('Canada', 'LOC'), ('Talisman Energy', 'ORG'), ('Awad Ahmed al-Jaz', 'PER'), ('Heglig', 'LOC')]),
# wU038
('2006-07-19',
 "BEIRUT, July 19 (AFP) - Middle East Airlines moved its fleet to Amman and Larnaca on Wednesday after Israeli jets hit the runways of Beirut's airport. Chairman Mohammad El-Hout said the Lebanese carrier was losing $1 million a day. The Banque du Liban said it had enough reserves to keep the pound stable.",
 [('BEIRUT', 'LOC'), ('AFP', 'ORG'), ('Middle East Airlines', 'ORG'), ('Amman', 'LOC'), ('Larnaca', 'LOC'), ('Israeli', 'MISC'), ('Beirut', 'LOC'), ('Mohammad El-Hout', 'PER'), ('Lebanese', 'MISC'), ('Banque du Liban', 'ORG')]),
# wU039
('2003-11-04',
 'MINSK 2003-11-04\nBelarus and Russia failed again on Tuesday to agree the terms for a single currency, after President Alexander Lukashenko refused to give the Central Bank of Russia sole right to issue money. Prime Minister Sergei Sidorsky said Gazprom had threatened to cut gas deliveries to Minsk from January. "The rouble zone is dead for now," said Yaroslav Romanchuk, an economist at the Mises Research Centre.',
 [('MINSK', 'LOC'), ('Belarus', 'LOC'), ('Russia', 'LOC'), ('Alexander Lukashenko', 'PER'), ('Central Bank of Russia', 'ORG'), ('Sergei Sidorsky', 'PER'), ('Gazprom', 'ORG'), ('Minsk', 'LOC'), ('Yaroslav Romanchuk', 'PER'), ('Mises Research Centre', 'ORG')]),
# wU040
('2001-10-10',
 "FIRST CPC TANKER LOADS AT NOVOROSSIISK\nASTANA, Oct 10 (Reuters) - The Caspian Pipeline Consortium said on Wednesday it had loaded its first tanker of Kazakh crude at Novorossiisk on Russia's Black Sea coast. The 1,500-km pipeline carries oil from the Tengiz field, run by ChevronTexaco. Energy Minister Vladimir Shkolnik said exports through the line would reach 28 million tonnes a year.",
 [('CPC', 'ORG'), ('NOVOROSSIISK', 'LOC'), ('ASTANA', 'LOC'), ('Reuters', 'ORG'), ('Caspian Pipeline Consortium', 'ORG'), ('Kazakh', 'MISC'), ('Novorossiisk', 'LOC'), ('Russia', 'LOC'), ('Black Sea', 'LOC'), ('Tengiz', 'LOC'), ('ChevronTexaco', 'ORG'), ('Vladimir Shkolnik', 'PER')]),
# wU041
('2005-10-12',
 "ADB PLEDGES $1 BLN FOR QUAKE ZONE\nISLAMABAD, Oct 12 (Reuters) - The Asian Development Bank pledged $1 billion on Wednesday to rebuild roads, schools and power lines in Pakistani Kashmir and the North West Frontier Province after Saturday's earthquake. Finance Minister Salman Shah said the World Bank and Islamic Development Bank would also help. Relief flights were landing at Muzaffarabad and Balakot by helicopter.",
 [('ADB', 'ORG'), ('ISLAMABAD', 'LOC'), ('Reuters', 'ORG'), ('Asian Development Bank', 'ORG'), ('Pakistani', 'MISC'), ('Kashmir', 'LOC'), ('North West Frontier Province', 'LOC'), ('Salman Shah', 'PER'), ('World Bank', 'ORG'), ('Islamic Development Bank', 'ORG'), ('Muzaffarabad', 'LOC'), ('Balakot', 'LOC')]),
# wU042
('2007-02-13',
 "PHNOM PENH 2007-02-13\nCambodia signed a deal on Tuesday with Kuwait's Kuwait Fund for Arab Economic Development for a $40 million loan to build irrigation canals in Battambang province, Agriculture Minister Chan Sarun said. Rice farmers around the Tonle Sap lake can harvest only once a year because the dry season is long, he said.",
 [('PHNOM PENH', 'LOC'), ('Cambodia', 'LOC'), ('Kuwait', 'LOC'), ('Kuwait Fund for Arab Economic Development', 'ORG'), ('Battambang', 'LOC'), ('Chan Sarun', 'PER'), ('Tonle Sap', 'LOC')]),
# wU043
('2000-09-19',
 'SAKHALIN ENERGY SIGNS KOREAN GAS DEAL\nYUZHNO-SAKHALINSK, Russia, Sept 19 (AFP) - Sakhalin Energy, led by Royal Dutch/Shell, said on Tuesday it had signed a letter of intent to supply liquefied gas to Korea Gas Corp from 2005. Chief executive Stephen McVeigh said the deal made it likely that a gas plant would be built at Prigorodnoye in the south of Sakhalin island. Mitsui and Mitsubishi are partners.',
 [('SAKHALIN ENERGY', 'ORG'), ('KOREAN', 'MISC'), ('YUZHNO-SAKHALINSK', 'LOC'), ('Russia', 'LOC'), ('AFP', 'ORG'), ('Sakhalin Energy', 'ORG'), ('Royal Dutch/Shell', 'ORG'), ('Korea Gas Corp', 'ORG'), ('Stephen McVeigh', 'PER'), ('Prigorodnoye', 'LOC'), ('Sakhalin', 'LOC'), ('Mitsui', 'ORG'), ('Mitsubishi', 'ORG')]),
# wU044
('2008-04-15',
 "PORT LOUIS, April 15 (Reuters) - Mauritius's sugar industry will lose about a third of its income when European guaranteed prices are cut next year, the Mauritius Sugar Syndicate said on Tuesday. Agro-Industry Minister Arvin Boolell said the island would turn more cane into ethanol and electricity. Estates around Flacq and Mahebourg have already closed three of their mills.",
 [('PORT LOUIS', 'LOC'), ('Reuters', 'ORG'), ('Mauritius', 'LOC'), ('European', 'MISC'), ('Mauritius Sugar Syndicate', 'ORG'), ('Arvin Boolell', 'PER'), ('Flacq', 'LOC'), ('Mahebourg', 'LOC')]),
# wU045
('2004-03-09',
 "KAMPALA 2004-03-09\nUganda's central bank said on Tuesday it would buy dollars on the market to stop the shilling rising further, as aid from donors such as Britain and the Netherlands keeps arriving. Bank of Uganda governor Emmanuel Tumusiime-Mutebile said coffee and fish exporters in Jinja had complained. The shilling traded at 1,890 to the dollar, a two-year high, said Patrick Ssebunya, a dealer at Stanbic Bank in Kampala.",
 [('KAMPALA', 'LOC'), ('Uganda', 'LOC'), ('Britain', 'LOC'), ('Netherlands', 'LOC'), ('Bank of Uganda', 'ORG'), ('Emmanuel Tumusiime-Mutebile', 'PER'), ('Jinja', 'LOC'), ('Patrick Ssebunya', 'PER'), ('Stanbic Bank', 'ORG'), ('Kampala', 'LOC')]),
# wU046
('2002-07-03',
 'SAN JOSE, Costa Rica, July 3 (AP) - Intel said on Wednesday it would add a second assembly line at its plant in Belen, west of San Jose, the biggest foreign investment in Central America this year. Foreign Trade Minister Alberto Trejos said microchips already made up a third of Costa Rican exports. The plant employs 2,000 people.',
 [('SAN JOSE', 'LOC'), ('Costa Rica', 'LOC'), ('AP', 'ORG'), ('Intel', 'ORG'), ('Belen', 'LOC'), ('San Jose', 'LOC'), ('Central America', 'LOC'), ('Alberto Trejos', 'PER'), ('Costa Rican', 'MISC')]),
# wU047
('2006-11-22',
 'BAGHDAD, Nov 22 (Reuters) - Iraq\'s oil ministry said on Wednesday exports from the southern terminal at Basra averaged 1.5 million barrels a day in October, while the northern pipeline to Turkey stayed shut after repeated sabotage near Baiji. Oil Minister Hussain al-Shahristani said the North Oil Company in Kirkuk was storing crude it could not ship. "Every day the line is down costs Baghdad $20 million," said Ruba Husari, an editor at Iraq Oil Report.',
 [('BAGHDAD', 'LOC'), ('Reuters', 'ORG'), ('Iraq', 'LOC'), ('Basra', 'LOC'), ('Turkey', 'LOC'), ('Baiji', 'LOC'), ('Hussain al-Shahristani', 'PER'), ('North Oil Company', 'ORG'), ('Kirkuk', 'LOC'), ('Baghdad', 'LOC'), ('Ruba Husari', 'PER'), ('Iraq Oil Report', 'ORG')]),
# wU048
('1999-03-30',
 'UKRAINE STEELMAKERS FACE EU QUOTAS\nDONETSK 1999-03-30\nUkrainian steel mills in Donetsk and Mariupol will have to cut exports of hot-rolled coil to Europe after the European Commission set new quotas on Tuesday, industry officials said. The Azovstal plant alone sells a fifth of its output there. Mykola Yanko, a spokesman for the Ukrainian metallurgy association, said the mills would turn to buyers in China and the Middle East.',
 [('UKRAINE', 'LOC'), ('EU', 'ORG'), ('DONETSK', 'LOC'), ('Ukrainian', 'MISC'), ('Donetsk', 'LOC'), ('Mariupol', 'LOC'), ('Europe', 'LOC'), ('European Commission', 'ORG'), ('Azovstal', 'ORG'), ('Mykola Yanko', 'PER'), ('Ukrainian', 'MISC'), ('China', 'LOC'), ('Middle East', 'LOC')]),
# wU049
('2009-08-04',
 "GUINEA JUNTA TO REVIEW MINING LICENCES\nCONAKRY, Aug 4 (Reuters) - Guinea's military junta said on Tuesday it would review every mining licence granted under the late President Lansana Conte, including iron ore rights in the Simandou mountains. Mines Minister Mahmoud Thiam said Rio Tinto and BSG Resources would both be asked to explain their plans. Junta leader Captain Moussa Dadis Camara has promised elections in January.",
 [('GUINEA', 'LOC'), ('CONAKRY', 'LOC'), ('Reuters', 'ORG'), ('Guinea', 'LOC'), ('Lansana Conte', 'PER'), ('Simandou', 'LOC'), ('Mahmoud Thiam', 'PER'), ('Rio Tinto', 'ORG'), ('BSG Resources', 'ORG'), ('Moussa Dadis Camara', 'PER')]),
# wU050
('2003-05-20',
 'CAIRO 2003-05-20\nEgyptAir will cut fares on its routes to Gulf states by up to 30 percent to win back passengers lost during the war in Iraq, Civil Aviation Minister Ahmed Shafiq said on Tuesday. Hotels in Luxor and Sharm el-Sheikh are a quarter full, the Egyptian Hotel Association said. Tourism earns Egypt about $4 billion a year.',
 [('CAIRO', 'LOC'), ('EgyptAir', 'ORG'), ('Gulf', 'LOC'), ('Iraq', 'LOC'), ('Ahmed Shafiq', 'PER'), ('Luxor', 'LOC'), ('Sharm el-Sheikh', 'LOC'), ('Egyptian Hotel Association', 'ORG'), ('Egypt', 'LOC')]),
# wU051
('2007-08-27',
 'BOGOTA, Aug 27 (AFP) - Colombia\'s central bank raised its benchmark rate to 9.5 percent on Monday, its eighth increase in 16 months, to slow credit growth and keep the peso from climbing further. Banco de la Republica governor Jose Dario Uribe said flower growers around Bogota had been hit hard by the strong currency. "The board is fighting on two fronts," said Carolina Mejia, an economist at Corficolombiana.',
 [('BOGOTA', 'LOC'), ('AFP', 'ORG'), ('Colombia', 'LOC'), ('Banco de la Republica', 'ORG'), ('Jose Dario Uribe', 'PER'), ('Bogota', 'LOC'), ('Carolina Mejia', 'PER'), ('Corficolombiana', 'ORG')]),
# wU052
('2001-01-16',
 "KABUL, Jan 16 (AFP) - The United Nations said on Tuesday that new sanctions on Afghanistan's Taliban rulers had cut Ariana Afghan Airlines off from the world, leaving pilgrims in Kandahar without flights to Saudi Arabia for the hajj. Erick de Mul, the U.N. coordinator in Islamabad, said food aid for drought victims in Herat was not covered by the ban.",
 [('KABUL', 'LOC'), ('AFP', 'ORG'), ('United Nations', 'ORG'), ('Afghanistan', 'LOC'), ('Taliban', 'ORG'), ('Ariana Afghan Airlines', 'ORG'), ('Kandahar', 'LOC'), ('Saudi Arabia', 'LOC'), ('Erick de Mul', 'PER'), ('U.N.', 'ORG'), ('Islamabad', 'LOC'), ('Herat', 'LOC')]),
# wU053
('2004-06-23',
 "DACIA LOGAN TO GO ON SALE IN SEPTEMBER\nBUCHAREST, June 23 (Reuters) - Renault said on Wednesday it would start selling the Dacia Logan, a car built at Mioveni near Pitesti, in Romania in September for 5,000 euros. Dacia chief Luc-Alexandre Menard said a third of output would go to Morocco, Turkey and Russia. Romanian Economy Minister Iosif Tanasie called it a vote of confidence in the country's workers.",
 [('DACIA LOGAN', 'MISC'), ('BUCHAREST', 'LOC'), ('Reuters', 'ORG'), ('Renault', 'ORG'), ('Dacia Logan', 'MISC'), ('Mioveni', 'LOC'), ('Pitesti', 'LOC'), ('Romania', 'LOC'), ('Dacia', 'ORG'), ('Luc-Alexandre Menard', 'PER'), ('Morocco', 'LOC'), ('Turkey', 'LOC'), ('Russia', 'LOC'), ('Romanian', 'MISC'), ('Iosif Tanasie', 'PER')]),
# wU054
('2007-09-12',
 'KOREAN CARMAKER HYUNDAI TO BUILD PLANT IN RUSSIA\nSEOUL 2007-09-12\nHyundai Motor said on Wednesday it would build a car plant near St Petersburg with capacity of 100,000 vehicles a year from 2010. Vice Chairman Kim Dong-jin said the plant would make a small saloon for Russian buyers. Shares in Hyundai rose 2.1 percent, and Park Jung-hoon, an analyst at Woori Investment & Securities in Seoul, said the move was overdue.',
 [('KOREAN', 'MISC'), ('HYUNDAI', 'ORG'), ('RUSSIA', 'LOC'), ('SEOUL', 'LOC'), ('Hyundai Motor', 'ORG'), ('St Petersburg', 'LOC'), ('Kim Dong-jin', 'PER'), ('Russian', 'MISC'), ('Hyundai', 'ORG'), ('Park Jung-hoon', 'PER'), ('Woori Investment & Securities', 'ORG'), ('Seoul', 'LOC')]),
# wU055
('2002-02-21',
 'ADDIS ABABA, Feb 21 (AFP) - Ethiopian Airlines said on Thursday it had ordered three Boeing aircraft worth $400 million for its routes to Europe and China. Chief executive Bisrat Nigatu said the carrier would fly to Guangzhou three times a week. The Ethiopian government owns all of the airline.',
 [('ADDIS ABABA', 'LOC'), ('AFP', 'ORG'), ('Ethiopian Airlines', 'ORG'), ('Boeing', 'ORG'), ('Europe', 'LOC'), ('China', 'LOC'), ('Bisrat Nigatu', 'PER'), ('Guangzhou', 'LOC'), ('Ethiopian', 'MISC')]),
# wU056
('2008-01-30',
 'WARSAW 2008-01-30\nPoland and Russia agreed on Wednesday to end a two-year Russian ban on Polish meat, Agriculture Minister Marek Sawicki said after talks in Moscow. The ban had led Warsaw to block talks between the European Union and Moscow on a new partnership pact. Meat exporters in Wielkopolska said the first trucks could leave within weeks.',
 [('WARSAW', 'LOC'), ('Poland', 'LOC'), ('Russia', 'LOC'), ('Russian', 'MISC'), ('Polish', 'MISC'), ('Marek Sawicki', 'PER'), ('Moscow', 'LOC'), ('Warsaw', 'LOC'), ('European Union', 'ORG'), ('Moscow', 'LOC'), ('Wielkopolska', 'LOC')]),
# wU057
('1999-11-17',
 "SAN SALVADOR, Nov 17 (AP) - El Salvador's coffee growers will earn about a fifth less this season because of low prices and leaf rust in the western hills around Santa Ana, the Salvadoran coffee council said on Wednesday. Council president Ricardo Esmahan said the government of President Francisco Flores should refinance growers' debts with Banco Agricola and other lenders.",
 [('SAN SALVADOR', 'LOC'), ('AP', 'ORG'), ('El Salvador', 'LOC'), ('Santa Ana', 'LOC'), ('Salvadoran', 'MISC'), ('Ricardo Esmahan', 'PER'), ('Francisco Flores', 'PER'), ('Banco Agricola', 'ORG')]),
# wU058
('2009-04-14',
 'GUATEMALA CITY, April 14 (Reuters) - Money sent home by Guatemalans working in the United States fell 9 percent in the first quarter, the Bank of Guatemala said on Tuesday, as building jobs in California and Texas dried up. Finance Minister Juan Alberto Fuentes said the government would seek a loan from the Inter-American Development Bank. Families in Huehuetenango and Quetzaltenango depend most on the transfers.',
 [('GUATEMALA CITY', 'LOC'), ('Reuters', 'ORG'), ('Guatemalans', 'MISC'), ('United States', 'LOC'), ('Bank of Guatemala', 'ORG'), ('California', 'LOC'), ('Texas', 'LOC'), ('Juan Alberto Fuentes', 'PER'), ('Inter-American Development Bank', 'ORG'), ('Huehuetenango', 'LOC'), ('Quetzaltenango', 'LOC')]),
# wU059
('2003-02-18',
 'NAIROBI 2003-02-18\nKenya\'s new government said on Tuesday it would ask Britain for help in tracing money stolen in the Goldenberg export scandal of the 1990s. Justice Minister Kiraitu Murungi said a judicial commission would be set up under judge Samuel Bosire. "Donors will watch whether big names are called," said Mwalimu Mati of Transparency International in Nairobi.',
 [('NAIROBI', 'LOC'), ('Kenya', 'LOC'), ('Britain', 'LOC'), ('Goldenberg', 'MISC'), ('Kiraitu Murungi', 'PER'), ('Samuel Bosire', 'PER'), ('Mwalimu Mati', 'PER'), ('Transparency International', 'ORG'), ('Nairobi', 'LOC')]),
# wU060
('2005-07-06',
 "WINDHOEK, July 6 (Reuters) - Namibia's diamond output rose 12 percent in the first half as Namdeb mined more from the sea bed off Oranjemund, the company said on Wednesday. Namdeb is owned equally by the government and De Beers. Mines Minister Erkki Nghimtina said a cutting and polishing plant in Windhoek would open next year with Lazare Kaplan.",
 [('WINDHOEK', 'LOC'), ('Reuters', 'ORG'), ('Namibia', 'LOC'), ('Namdeb', 'ORG'), ('Oranjemund', 'LOC'), ('Namdeb', 'ORG'), ('De Beers', 'ORG'), ('Erkki Nghimtina', 'PER'), ('Windhoek', 'LOC'), ('Lazare Kaplan', 'ORG')]),
# wU061
('2000-06-27',
 "DAMASCUS 2000-06-27\nSyria's ruling Baath Party named Bashar al-Assad its secretary-general on Tuesday, clearing his way to succeed his father Hafez al-Assad, who died on June 10. The People's Assembly is expected to approve his nomination as president within days. Diplomats in Damascus said Bashar had promised to open the economy and allow private banks.",
 [('DAMASCUS', 'LOC'), ('Syria', 'LOC'), ('Baath Party', 'ORG'), ('Bashar al-Assad', 'PER'), ('Hafez al-Assad', 'PER'), ("People's Assembly", 'ORG'), ('Damascus', 'LOC'), ('Bashar', 'PER')]),
# wU062
('2008-04-03',
 "SKOPJE, April 3 (AFP) - Macedonian Prime Minister Nikola Gruevski said on Thursday his government would not change the country's name after Greece blocked Macedonia's invitation to join NATO at the alliance's summit in Bucharest. Thousands of people rallied in Skopje's central square. Albania was invited, and Greek Foreign Minister Dora Bakoyannis said the door stayed open once the name dispute was settled.",
 [('SKOPJE', 'LOC'), ('AFP', 'ORG'), ('Macedonian', 'MISC'), ('Nikola Gruevski', 'PER'), ('Greece', 'LOC'), ('Macedonia', 'LOC'), ('NATO', 'ORG'), ('Bucharest', 'LOC'), ('Skopje', 'LOC'), ('Albania', 'LOC'), ('Greek', 'MISC'), ('Dora Bakoyannis', 'PER')]),
# wU063
('2009-01-07',
 'BULGARIA SHUTS SCHOOLS AS GAS RUNS SHORT\nSOFIA, Jan 7 (Reuters) - Bulgaria shut schools and rationed gas to factories on Wednesday after Russian supplies through Ukraine stopped entirely. Economy Minister Petar Dimitrov said reserves at the Chiren storage site would last only days. The Bulgargaz gas company asked Greece and Turkey for emergency deliveries, and the steel plant at Kremikovtsi was shut.',
 [('BULGARIA', 'LOC'), ('SOFIA', 'LOC'), ('Reuters', 'ORG'), ('Bulgaria', 'LOC'), ('Russian', 'MISC'), ('Ukraine', 'LOC'), ('Petar Dimitrov', 'PER'), ('Chiren', 'LOC'), ('Bulgargaz', 'ORG'), ('Greece', 'LOC'), ('Turkey', 'LOC'), ('Kremikovtsi', 'LOC')]),
# wU064
('2001-11-12',
 "ABIDJAN, Nov 12 (Reuters) - Ivorian cocoa exporters asked the government on Monday to cut the export tax after the Bourse du Cafe et du Cacao set a farm-gate price of 400 francs a kilo. Lucien Tape, head of the exporters' group GEPEX, said beans from Daloa and Soubre were piling up at the port of San Pedro.",
 [('ABIDJAN', 'LOC'), ('Reuters', 'ORG'), ('Ivorian', 'MISC'), ('Bourse du Cafe et du Cacao', 'ORG'), ('Lucien Tape', 'PER'), ('GEPEX', 'ORG'), ('Daloa', 'LOC'), ('Soubre', 'LOC'), ('San Pedro', 'LOC')]),
# wU065
('2004-10-21',
 "ALMATY 2004-10-21\nA court in Almaty on Thursday ordered the arrest of Galymzhan Zhakiyanov's former deputy on fraud charges, a week after the opposition leader was moved from prison to a settlement colony in Pavlodar region. The Democratic Choice of Kazakhstan movement, which Zhakiyanov co-founded, said the case was political. The Organisation for Security and Cooperation in Europe said it was following it closely.",
 [('ALMATY', 'LOC'), ('Almaty', 'LOC'), ('Galymzhan Zhakiyanov', 'PER'), ('Pavlodar', 'LOC'), ('Democratic Choice of Kazakhstan', 'ORG'), ('Zhakiyanov', 'PER'), ('Organisation for Security and Cooperation in Europe', 'ORG')]),
# wU066
('2006-08-22',
 "PULKOVO JET CRASHES IN EASTERN UKRAINE\nDONETSK, Ukraine, Aug 22 (Reuters) - A Russian airliner of Pulkovo Airlines flying from the Black Sea resort of Anapa to St Petersburg crashed near Donetsk on Tuesday, Ukrainian emergency officials said. The crew had reported heavy turbulence over a thunderstorm. Russia's Interstate Aviation Committee sent investigators, and President Vladimir Putin declared a day of mourning.",
 [('PULKOVO', 'ORG'), ('UKRAINE', 'LOC'), ('DONETSK', 'LOC'), ('Ukraine', 'LOC'), ('Reuters', 'ORG'), ('Russian', 'MISC'), ('Pulkovo Airlines', 'ORG'), ('Black Sea', 'LOC'), ('Anapa', 'LOC'), ('St Petersburg', 'LOC'), ('Donetsk', 'LOC'), ('Ukrainian', 'MISC'), ('Russia', 'LOC'), ('Interstate Aviation Committee', 'ORG'), ('Vladimir Putin', 'PER')]),
# wU067
('2002-10-06',
 "SANAA 2002-10-06\nA blast ripped through the French supertanker Limburg off the Yemeni port of Mukalla on Sunday, setting its cargo of Saudi crude on fire. Yemen's interior ministry said the explosion was an accident, but the ship's owner, Euronav, said crew members saw a small boat approach. Insurers at Lloyd's of London raised war-risk premiums for tankers in the Gulf of Aden.",
 [('SANAA', 'LOC'), ('French', 'MISC'), ('Limburg', 'MISC'), ('Yemeni', 'MISC'), ('Mukalla', 'LOC'), ('Saudi', 'MISC'), ('Yemen', 'LOC'), ('Euronav', 'ORG'), ("Lloyd's of London", 'ORG'), ('Gulf of Aden', 'LOC')]),
# wU068
('2008-10-24',
 "FORINT, BUX TUMBLE DESPITE ECB CREDIT LINE\nBUDAPEST, Oct 24 (Reuters) - Hungary's forint fell 5 percent on Friday and the BUX index lost 11 percent, a day after the National Bank of Hungary agreed a 5 billion euro credit line with the European Central Bank. Prime Minister Ferenc Gyurcsany said talks with the International Monetary Fund were in their final stage. Shares in OTP Bank and MOL led the fall.",
 [('BUX', 'MISC'), ('ECB', 'ORG'), ('BUDAPEST', 'LOC'), ('Reuters', 'ORG'), ('Hungary', 'LOC'), ('BUX', 'MISC'), ('National Bank of Hungary', 'ORG'), ('European Central Bank', 'ORG'), ('Ferenc Gyurcsany', 'PER'), ('International Monetary Fund', 'ORG'), ('OTP Bank', 'ORG'), ('MOL', 'ORG')]),
# wU069
('2002-04-09',
 "DUSHANBE, April 9 (AFP) - Tajikistan's aluminium smelter at Tursunzade, the country's biggest exporter, said on Tuesday it had signed a new tolling deal with Norway's Norsk Hydro for alumina supplies. The plant, known as TadAZ, earns about half of Tajik export income. Its director Abdukodir Ergashev said output would reach 320,000 tonnes this year.",
 [('DUSHANBE', 'LOC'), ('AFP', 'ORG'), ('Tajikistan', 'LOC'), ('Tursunzade', 'LOC'), ('Norway', 'LOC'), ('Norsk Hydro', 'ORG'), ('TadAZ', 'ORG'), ('Tajik', 'MISC'), ('Abdukodir Ergashev', 'PER')]),
# wU070
('2005-12-14',
 "ASUNCION 2005-12-14\nParaguay's soybean farmers in Alto Parana and Itapua planted a record area this season, the Paraguayan grain exporters' chamber Capeco said on Wednesday. Chamber president Jose Berea said low water on the Paraguay river might slow barges to Argentina's ports. Most of the crop is shipped by Cargill, Bunge and ADM.",
 [('ASUNCION', 'LOC'), ('Paraguay', 'LOC'), ('Alto Parana', 'LOC'), ('Itapua', 'LOC'), ('Paraguayan', 'MISC'), ('Capeco', 'ORG'), ('Jose Berea', 'PER'), ('Paraguay', 'LOC'), ('Argentina', 'LOC'), ('Cargill', 'ORG'), ('Bunge', 'ORG'), ('ADM', 'ORG')]),
# wU071
('2007-06-20',
 "RIYADH, June 20 (Reuters) - Saudi Arabia said on Wednesday it would allow foreigners to buy shares in Saudi companies through swap deals arranged by local banks, the Capital Market Authority said. Abdulrahman al-Tuwaijri, the authority's chairman, said direct foreign ownership would follow later. The Tadawul index has lost half its value since February 2006, said Fahad al-Turki, an economist at Jadwa Investment in Riyadh.",
 [('RIYADH', 'LOC'), ('Reuters', 'ORG'), ('Saudi Arabia', 'LOC'), ('Saudi', 'MISC'), ('Capital Market Authority', 'ORG'), ('Abdulrahman al-Tuwaijri', 'PER'), ('Tadawul', 'ORG'), ('Fahad al-Turki', 'PER'), ('Jadwa Investment', 'ORG'), ('Riyadh', 'LOC')]),
# wU072
('2003-08-28',
 'TRIPOLI PAYS FOR LOCKERBIE VICTIMS\nTRIPOLI, Aug 28 (AFP) - Libya said on Thursday it had paid $2.7 billion into an account at the Bank for International Settlements in Basel for the families of the Lockerbie bombing victims. Foreign Minister Abdel-Rahman Shalgham said Tripoli expected the U.N. Security Council to lift sanctions within weeks. Britain has drafted the resolution.',
 [('TRIPOLI', 'LOC'), ('LOCKERBIE', 'LOC'), ('TRIPOLI', 'LOC'), ('AFP', 'ORG'), ('Libya', 'LOC'), ('Bank for International Settlements', 'ORG'), ('Basel', 'LOC'), ('Lockerbie', 'LOC'), ('Abdel-Rahman Shalgham', 'PER'), ('Tripoli', 'LOC'), ('U.N. Security Council', 'ORG'), ('Britain', 'LOC')]),
# wU073
('2000-08-15',
 'SEOUL 2000-08-15\nA hundred North Korean families crossed into South Korea on Tuesday for the first reunions since the 1950-53 Korean War, meeting relatives in a Seoul hotel. Kim Dae-jung greeted the visitors, who arrived on an Air Koryo flight from Pyongyang. The Korean Red Cross said a second round would follow in November.',
 [('SEOUL', 'LOC'), ('North Korean', 'MISC'), ('South Korea', 'LOC'), ('Korean War', 'MISC'), ('Seoul', 'LOC'), ('Kim Dae-jung', 'PER'), ('Air Koryo', 'ORG'), ('Pyongyang', 'LOC'), ('Korean Red Cross', 'ORG')]),
# wU074
('2006-01-06',
 "WORLD BANK FREEZES CHAD LOANS OVER OIL LAW\nN'DJAMENA, Jan 6 (Reuters) - The World Bank suspended new loans to Chad on Friday after the government of President Idriss Deby changed a law that set aside oil revenue for the poor. Bank President Paul Wolfowitz said the money from the Doba fields, pumped by ExxonMobil, Petronas and Chevron through Cameroon to the sea, was meant for schools and clinics. Chadian officials said they needed funds for the army.",
 [('WORLD BANK', 'ORG'), ('CHAD', 'LOC'), ("N'DJAMENA", 'LOC'), ('Reuters', 'ORG'), ('World Bank', 'ORG'), ('Chad', 'LOC'), ('Idriss Deby', 'PER'), ('Paul Wolfowitz', 'PER'), ('Doba', 'LOC'), ('ExxonMobil', 'ORG'), ('Petronas', 'ORG'), ('Chevron', 'ORG'), ('Cameroon', 'LOC'), ('Chadian', 'MISC')]),
# wU075
('2005-09-13',
 'EMBRAER WINS ORDER FROM CHINA SOUTHERN\nSAO JOSE DOS CAMPOS, Brazil, Sept 13 (Reuters) - Brazilian planemaker Embraer said on Tuesday China Southern Airlines had ordered 50 regional jets worth $1.2 billion, to be assembled at its joint venture in Harbin. Chief executive Mauricio Botelho said Chinese airlines would need 600 small jets in the next 20 years. Shares in Embraer rose 2.8 percent.',
 [('EMBRAER', 'ORG'), ('CHINA SOUTHERN', 'ORG'), ('SAO JOSE DOS CAMPOS', 'LOC'), ('Brazil', 'LOC'), ('Reuters', 'ORG'), ('Brazilian', 'MISC'), ('Embraer', 'ORG'), ('China Southern Airlines', 'ORG'), ('Harbin', 'LOC'), ('Mauricio Botelho', 'PER'), ('Chinese', 'MISC'), ('Embraer', 'ORG')]),
# wU076
('2007-04-18',
 'WUHU, China, April 18 (Reuters) - Chery Automobile, the state-owned carmaker based in Wuhu in Anhui province, said on Wednesday it expected to export 120,000 cars this year, most of them to Russia, Iran and Egypt. General manager Yin Tongyue said the company was talking to Chrysler about building small cars for the American market.',
 [('WUHU', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Chery Automobile', 'ORG'), ('Wuhu', 'LOC'), ('Anhui', 'LOC'), ('Russia', 'LOC'), ('Iran', 'LOC'), ('Egypt', 'LOC'), ('Yin Tongyue', 'PER'), ('Chrysler', 'ORG'), ('American', 'MISC')]),
# wU077
('2004-02-24',
 'RABAT 2004-02-24\nAn earthquake struck the mountains around Al Hoceima in northern Morocco before dawn on Tuesday, flattening villages of mud brick, the interior ministry said. King Mohammed ordered the army to send tents and field kitchens. The Moroccan Red Crescent said roads to Imzouren and Ait Kamra were blocked by landslides.',
 [('RABAT', 'LOC'), ('Al Hoceima', 'LOC'), ('Morocco', 'LOC'), ('Mohammed', 'PER'), ('Moroccan', 'MISC'), ('Red Crescent', 'ORG'), ('Imzouren', 'LOC'), ('Ait Kamra', 'LOC')]),
# wU078
('2006-02-03',
 'EGYPTIAN FERRY SINKS IN RED SEA\nSAFAGA, Egypt, Feb 3 (AFP) - An Egyptian ferry carrying about 1,400 people, most of them workers returning from Saudi Arabia, sank in the Red Sea overnight on its way from Duba to Safaga, officials said on Friday. The ship, the al-Salam Boccaccio 98, belonged to El Salam Maritime Transport. Relatives gathered at the port, and Transport Minister Mohammed Mansour said rescue boats had picked up survivors.',
 [('EGYPTIAN', 'MISC'), ('RED SEA', 'LOC'), ('SAFAGA', 'LOC'), ('Egypt', 'LOC'), ('AFP', 'ORG'), ('Egyptian', 'MISC'), ('Saudi Arabia', 'LOC'), ('Red Sea', 'LOC'), ('Duba', 'LOC'), ('Safaga', 'LOC'), ('al-Salam Boccaccio 98', 'MISC'), ('El Salam Maritime Transport', 'ORG'), ('Mohammed Mansour', 'PER')]),
# wU079
('2005-10-10',
 'CEAMURLIA DE JOS, Romania, Oct 10 (Reuters) - Romanian vets culled poultry in the Danube Delta village of Ceamurlia de Jos on Monday after tests found bird flu in three dead ducks. Agriculture Minister Gheorghe Flutur said samples had been sent to a laboratory in Weybridge in Britain to see whether it was the Asian strain. The European Commission banned imports of live birds from Romania.',
 [('CEAMURLIA DE JOS', 'LOC'), ('Romania', 'LOC'), ('Reuters', 'ORG'), ('Romanian', 'MISC'), ('Danube Delta', 'LOC'), ('Ceamurlia de Jos', 'LOC'), ('Gheorghe Flutur', 'PER'), ('Weybridge', 'LOC'), ('Britain', 'LOC'), ('Asian', 'MISC'), ('European Commission', 'ORG'), ('Romania', 'LOC')]),
# wU080
('2006-02-08',
 'KADUNA 2006-02-08\nNigeria confirmed on Wednesday that a deadly strain of bird flu had killed thousands of chickens at a commercial farm in Jaji, in Kaduna state, the first outbreak in Africa. Agriculture Minister Adamu Bello said birds within three km would be culled. The Food and Agriculture Organisation said it would send experts from Rome.',
 [('KADUNA', 'LOC'), ('Nigeria', 'LOC'), ('Jaji', 'LOC'), ('Kaduna', 'LOC'), ('Africa', 'LOC'), ('Adamu Bello', 'PER'), ('Food and Agriculture Organisation', 'ORG'), ('Rome', 'LOC')]),
# wU081
('2003-05-22',
 'ALGIERS, May 22 (Reuters) - Rescuers dug through collapsed apartment blocks in Boumerdes and Rouiba east of Algiers on Thursday after the strongest earthquake in Algeria in two decades. President Abdelaziz Bouteflika was jeered by crowds when he visited Boumerdes. Teams from France and Spain and the International Federation of Red Cross and Red Crescent Societies arrived at Houari Boumediene airport.',
 [('ALGIERS', 'LOC'), ('Reuters', 'ORG'), ('Boumerdes', 'LOC'), ('Rouiba', 'LOC'), ('Algiers', 'LOC'), ('Algeria', 'LOC'), ('Abdelaziz Bouteflika', 'PER'), ('Boumerdes', 'LOC'), ('France', 'LOC'), ('Spain', 'LOC'), ('International Federation of Red Cross and Red Crescent Societies', 'ORG'), ('Houari Boumediene', 'LOC')]),
# wU082
('2003-02-25',
 'YANGON, Feb 25 (AFP) - Queues formed outside private banks in Yangon and Mandalay for a third week on Tuesday as savers tried to withdraw deposits after the collapse of informal finance companies. Asia Wealth Bank and Yoma Bank limited withdrawals to 500,000 kyat a week. The Central Bank of Myanmar said the banks were sound, but traders said the kyat had weakened to 1,100 to the dollar.',
 [('YANGON', 'LOC'), ('AFP', 'ORG'), ('Yangon', 'LOC'), ('Mandalay', 'LOC'), ('Asia Wealth Bank', 'ORG'), ('Yoma Bank', 'ORG'), ('Central Bank of Myanmar', 'ORG')]),
# wU083
('2007-09-26',
 'CAN THO, Vietnam, Sept 26 (Reuters) - Part of a bridge being built across the Hau river at Can Tho collapsed on Wednesday, burying workers under concrete, Vietnamese officials said. The $340 million bridge, financed by Japan, was built by a group of Japanese contractors led by Taisei. Deputy Prime Minister Hoang Trung Hai ordered an inquiry.',
 [('CAN THO', 'LOC'), ('Vietnam', 'LOC'), ('Reuters', 'ORG'), ('Hau', 'LOC'), ('Can Tho', 'LOC'), ('Vietnamese', 'MISC'), ('Japan', 'LOC'), ('Japanese', 'MISC'), ('Taisei', 'ORG'), ('Hoang Trung Hai', 'PER')]),
# wU084
('2008-05-06',
 'CHAITEN VOLCANO FORCES TOWN EVACUATION\nPUERTO MONTT, Chile, May 6 (AP) - Chilean navy ships carried the last residents out of Chaiten on Tuesday as the volcano of the same name spewed ash for a fifth day. Interior Minister Edmundo Perez Yoma said 4,000 people had been taken to Puerto Montt and Chiloe island. Salmon farmers in the Los Lagos region said ash was choking their pens.',
 [('CHAITEN', 'LOC'), ('PUERTO MONTT', 'LOC'), ('Chile', 'LOC'), ('AP', 'ORG'), ('Chilean', 'MISC'), ('Chaiten', 'LOC'), ('Edmundo Perez Yoma', 'PER'), ('Puerto Montt', 'LOC'), ('Chiloe', 'LOC'), ('Los Lagos', 'LOC')]),
# wU085
('2003-04-08',
 "SANTO DOMINGO 2003-04-08\nDominican prosecutors charged the former president of Banco Intercontinental, Ramon Baez Figueroa, with fraud on Tuesday after the bank's collapse left a hole of $2.2 billion. Central bank governor Jose Lois Malkun said depositors would be paid back in full. The peso fell to 25 to the dollar, and the International Monetary Fund said its loan talks would take longer.",
 [('SANTO DOMINGO', 'LOC'), ('Dominican', 'MISC'), ('Banco Intercontinental', 'ORG'), ('Ramon Baez Figueroa', 'PER'), ('Jose Lois Malkun', 'PER'), ('International Monetary Fund', 'ORG')]),
# wU086
('2004-02-18',
 'NISHAPUR, Iran, Feb 18 (AFP) - Runaway freight wagons loaded with sulphur, petrol and fertiliser caught fire and exploded near Nishapur in north-eastern Iran on Wednesday, destroying nearby villages. Provincial governor Mohammad Rahmani said firemen were among the dead. The Iranian Red Crescent sent teams from Mashhad.',
 [('NISHAPUR', 'LOC'), ('Iran', 'LOC'), ('AFP', 'ORG'), ('Nishapur', 'LOC'), ('Iran', 'LOC'), ('Mohammad Rahmani', 'PER'), ('Iranian', 'MISC'), ('Red Crescent', 'ORG'), ('Mashhad', 'LOC')]),
# wU087
('2009-08-17',
 "ACCIDENT FLOODS RUSSIA'S BIGGEST HYDRO PLANT\nSAYANOGORSK, Russia, Aug 17 (Reuters) - A turbine hall at Russia's biggest hydroelectric plant, the Sayano-Shushenskaya dam on the Yenisei river, flooded on Monday after an accident, cutting power to aluminium smelters in Siberia. RusHydro, which runs the plant, said its shares had been suspended. RusAl said its Sayanogorsk and Khakassia smelters had switched to other supplies.",
 [('RUSSIA', 'LOC'), ('SAYANOGORSK', 'LOC'), ('Russia', 'LOC'), ('Reuters', 'ORG'), ('Russia', 'LOC'), ('Sayano-Shushenskaya', 'LOC'), ('Yenisei', 'LOC'), ('Siberia', 'LOC'), ('RusHydro', 'ORG'), ('RusAl', 'ORG'), ('Sayanogorsk', 'LOC'), ('Khakassia', 'LOC')]),
# wU088
('2007-03-19',
 "NOVOKUZNETSK, Russia, March 19 (Reuters) - A methane blast tore through the Ulyanovskaya coal mine in Siberia's Kemerovo region on Monday, regional governor Aman Tuleyev said. The mine belongs to Yuzhkuzbassugol, part of Evraz. Investors in London, where Evraz is listed, sold its shares.",
 [('NOVOKUZNETSK', 'LOC'), ('Russia', 'LOC'), ('Reuters', 'ORG'), ('Ulyanovskaya', 'LOC'), ('Siberia', 'LOC'), ('Kemerovo', 'LOC'), ('Aman Tuleyev', 'PER'), ('Yuzhkuzbassugol', 'ORG'), ('Evraz', 'ORG'), ('London', 'LOC'), ('Evraz', 'ORG')]),
# wU089
('2005-02-15',
 'FUXIN, China, Feb 15 (AFP) - A gas explosion at the Sunjiawan pit of the Fuxin Mining Group in north-eastern Liaoning province killed miners on Monday, the State Administration of Work Safety said. Its head, Li Yizhong, said the mine had been warned about gas levels. Relatives gathered outside the pit gates in Fuxin.',
 [('FUXIN', 'LOC'), ('China', 'LOC'), ('AFP', 'ORG'), ('Sunjiawan', 'LOC'), ('Fuxin Mining Group', 'ORG'), ('Liaoning', 'LOC'), ('State Administration of Work Safety', 'ORG'), ('Li Yizhong', 'PER'), ('Fuxin', 'LOC')]),
# wU090
('2006-09-27',
 "MOSCOW 2006-09-27\nRussia's chief sanitary doctor, Gennady Onishchenko, said on Wednesday the ban on Georgian wine and Borjomi mineral water would stay, as relations with Georgia worsened over the arrest of four Russian officers. Georgian winemakers in Kakheti have lost their largest market. The Moldovan wine trade has suffered a similar ban.",
 [('MOSCOW', 'LOC'), ('Russia', 'LOC'), ('Gennady Onishchenko', 'PER'), ('Georgian', 'MISC'), ('Borjomi', 'MISC'), ('Georgia', 'LOC'), ('Russian', 'MISC'), ('Georgian', 'MISC'), ('Kakheti', 'LOC'), ('Moldovan', 'MISC')]),
# wU091
('2007-08-27',
 "KAZAKHSTAN HALTS WORK AT KASHAGAN\nASTANA, Aug 27 (Reuters) - Kazakhstan suspended work at the Kashagan oilfield in the Caspian Sea for three months on Monday, citing environmental breaches by the group led by Italy's Eni. Environment Minister Nurlan Iskakov said the start of output had slipped to 2010. KazMunaiGas wants a bigger share of the project, said Dastan Yeleukenov, an analyst at Renaissance Capital in Almaty.",
 [('KAZAKHSTAN', 'LOC'), ('KASHAGAN', 'LOC'), ('ASTANA', 'LOC'), ('Reuters', 'ORG'), ('Kazakhstan', 'LOC'), ('Kashagan', 'LOC'), ('Caspian Sea', 'LOC'), ('Italy', 'LOC'), ('Eni', 'ORG'), ('Nurlan Iskakov', 'PER'), ('KazMunaiGas', 'ORG'), ('Dastan Yeleukenov', 'PER'), ('Renaissance Capital', 'ORG'), ('Almaty', 'LOC')]),
# wU092
('2007-04-12',
 "KAMPALA, April 12 (Reuters) - Police fired tear gas in Kampala on Thursday to break up a protest against the government's plan to give part of the Mabira forest to the Sugar Corporation of Uganda. The company is owned by the Mehta Group. Environment campaigners said President Yoweri Museveni should find other land. Asian-owned shops in the city centre were looted.",
 [('KAMPALA', 'LOC'), ('Reuters', 'ORG'), ('Kampala', 'LOC'), ('Mabira', 'LOC'), ('Sugar Corporation of Uganda', 'ORG'), ('Mehta Group', 'ORG'), ('Yoweri Museveni', 'PER'), ('Asian', 'MISC')]),
# wU093
('2004-08-24',
 "MAOIST BLOCKADE CUTS OFF KATHMANDU\nKATHMANDU, Aug 24 (Reuters) - Trucks stopped moving into Nepal's capital for a sixth day on Tuesday because of a blockade called by Maoist rebels, and prices of vegetables in Kathmandu doubled. Prime Minister Sher Bahadur Deuba said the army would escort convoys on the Prithvi highway. The Federation of Nepalese Chambers of Commerce and Industry said factories in Birgunj had closed.",
 [('MAOIST', 'MISC'), ('KATHMANDU', 'LOC'), ('KATHMANDU', 'LOC'), ('Reuters', 'ORG'), ('Nepal', 'LOC'), ('Maoist', 'MISC'), ('Kathmandu', 'LOC'), ('Sher Bahadur Deuba', 'PER'), ('Prithvi', 'LOC'), ('Federation of Nepalese Chambers of Commerce and Industry', 'ORG'), ('Birgunj', 'LOC')]),
# wU094
('2002-10-25',
 'LUSAKA 2002-10-25\nZambia will not accept genetically modified maize as food aid even though nearly three million people face hunger, President Levy Mwanawasa said on Friday. The World Food Programme said it would move the American grain already in the country to Malawi and Angola. Agriculture Minister Mundia Sikatana said scientists who visited Europe and the United States had found the risks unclear.',
 [('LUSAKA', 'LOC'), ('Zambia', 'LOC'), ('Levy Mwanawasa', 'PER'), ('World Food Programme', 'ORG'), ('American', 'MISC'), ('Malawi', 'LOC'), ('Angola', 'LOC'), ('Mundia Sikatana', 'PER'), ('Europe', 'LOC'), ('United States', 'LOC')]),
# wU095
('2002-01-28',
 'LAGOS, Jan 28 (AP) - Fires still burned at the army barracks in Ikeja on Monday, a day after explosions at an ammunition depot sent thousands of people fleeing across Lagos. Many drowned in a canal near Oke-Afa. President Olusegun Obasanjo visited the site and apologised. Nigerian Red Cross officials said children were still missing.',
 [('LAGOS', 'LOC'), ('AP', 'ORG'), ('Ikeja', 'LOC'), ('Lagos', 'LOC'), ('Oke-Afa', 'LOC'), ('Olusegun Obasanjo', 'PER'), ('Nigerian Red Cross', 'ORG')]),
# wU096
('2006-12-13',
 "OBUASI, Ghana, Dec 13 (Reuters) - AngloGold Ashanti said on Wednesday it would spend $570 million to deepen its Obuasi gold mine, Ghana's oldest, and raise output by half within five years. Chief executive Bobby Godsell said the company was also talking to the Ghanaian government about power supplies from the Akosombo dam, where low water has cut electricity.",
 [('OBUASI', 'LOC'), ('Ghana', 'LOC'), ('Reuters', 'ORG'), ('AngloGold Ashanti', 'ORG'), ('Obuasi', 'LOC'), ('Ghana', 'LOC'), ('Bobby Godsell', 'PER'), ('Ghanaian', 'MISC'), ('Akosombo', 'LOC')]),
# wU097
('2009-09-08',
 'NAIROBI 2009-09-08\nKenya will import 300,000 tonnes of maize to cover a shortfall after the long rains failed in the Rift Valley, Agriculture Minister William Ruto said on Tuesday. The National Cereals and Produce Board has sold out its stocks in Eldoret and Kitale. Millers said grain from Tanzania and Uganda was being held up at the border.',
 [('NAIROBI', 'LOC'), ('Kenya', 'LOC'), ('Rift Valley', 'LOC'), ('William Ruto', 'PER'), ('National Cereals and Produce Board', 'ORG'), ('Eldoret', 'LOC'), ('Kitale', 'LOC'), ('Tanzania', 'LOC'), ('Uganda', 'LOC')]),
# wU098
('2001-03-03',
 "THAI AIRWAYS JET EXPLODES AT BANGKOK AIRPORT\nBANGKOK, March 3 (AFP) - A Thai Airways International jet exploded on the tarmac at Bangkok's Don Muang airport on Saturday shortly before Prime Minister Thaksin Shinawatra was due to board it for a flight to Chiang Mai, officials said. The airline's president, Kanok Abhiradee, said the fire started in a fuel tank under the cabin. Police said a bomb had not been ruled out.",
 [('THAI AIRWAYS', 'ORG'), ('BANGKOK', 'LOC'), ('BANGKOK', 'LOC'), ('AFP', 'ORG'), ('Thai Airways International', 'ORG'), ('Bangkok', 'LOC'), ('Don Muang', 'LOC'), ('Thaksin Shinawatra', 'PER'), ('Chiang Mai', 'LOC'), ('Kanok Abhiradee', 'PER')]),
# wU099
('2007-06-20',
 "ADDIS ABABA 2007-06-20\nEthiopia and Starbucks said on Wednesday they had settled a dispute over the names of the country's finest coffees, Sidamo, Harar and Yirgacheffe. The Ethiopian Intellectual Property Office wants growers to earn more from the names. Its director, Getachew Mengistie, said other roasters in Europe and Japan would be asked to sign licences too.",
 [('ADDIS ABABA', 'LOC'), ('Ethiopia', 'LOC'), ('Starbucks', 'ORG'), ('Sidamo', 'MISC'), ('Harar', 'MISC'), ('Yirgacheffe', 'MISC'), ('Ethiopian Intellectual Property Office', 'ORG'), ('Getachew Mengistie', 'PER'), ('Europe', 'LOC'), ('Japan', 'LOC')]),
# wU100
('2000-05-31',
 'PANAMA CITY, May 31 (Reuters) - The Panama Canal Authority said on Wednesday traffic through the waterway rose 4 percent in its first six months under Panamanian control. Administrator Alberto Aleman Zubieta said tolls would rise next year to pay for widening the Gaillard Cut. Ships carrying grain from the U.S. Gulf coast to Asia made up the largest share.',
 [('PANAMA CITY', 'LOC'), ('Reuters', 'ORG'), ('Panama Canal Authority', 'ORG'), ('Panamanian', 'MISC'), ('Alberto Aleman Zubieta', 'PER'), ('Gaillard Cut', 'LOC'), ('U.S.', 'LOC'), ('Gulf', 'LOC'), ('Asia', 'LOC')]),
# wU101
('2008-11-19',
 'MONGOLIAN CURRENCY HITS LOW AS COPPER SLIDES\nULAANBAATAR 2008-11-19\nThe tugrik fell to a record low against the dollar on Wednesday as copper prices slid, and the Bank of Mongolia raised its policy rate to 9.75 percent. Governor Algaa Batsukh said the bank would ask the International Monetary Fund for help. Erdenet, the copper mine in Orkhon province, earns more than a third of Mongolian exports.',
 [('MONGOLIAN', 'MISC'), ('ULAANBAATAR', 'LOC'), ('Bank of Mongolia', 'ORG'), ('Algaa Batsukh', 'PER'), ('International Monetary Fund', 'ORG'), ('Erdenet', 'ORG'), ('Orkhon', 'LOC'), ('Mongolian', 'MISC')]),
# wU102
('2008-12-29',
 "KUWAIT 2008-12-29\nKuwait's government scrapped a $17.4 billion petrochemicals venture with Dow Chemical on Monday after deputies in the National Assembly said the price was too high. Dow chief executive Andrew Liveris said he was disappointed. The deal with Petrochemical Industries Co, a unit of Kuwait Petroleum Corp, was to have paid for Dow's purchase of Rohm and Haas.",
 [('KUWAIT', 'LOC'), ('Kuwait', 'LOC'), ('Dow Chemical', 'ORG'), ('National Assembly', 'ORG'), ('Dow', 'ORG'), ('Andrew Liveris', 'PER'), ('Petrochemical Industries Co', 'ORG'), ('Kuwait Petroleum Corp', 'ORG'), ('Dow', 'ORG'), ('Rohm and Haas', 'ORG')]),
# wU103
('2006-06-23',
 "PAKISTAN COURT ANNULS STEEL MILL SALE\nISLAMABAD, June 23 (Reuters) - Pakistan's Supreme Court annulled the sale of Pakistan Steel Mills to a group of Saudi, Russian and Pakistani investors on Friday, saying the price was too low. The group included Arif Habib Securities and Russia's Magnitogorsk Iron and Steel Works. Privatisation Minister Abdul Hafeez Shaikh said the government would study the ruling. Shares fell 2 percent in Karachi.",
 [('PAKISTAN', 'LOC'), ('ISLAMABAD', 'LOC'), ('Reuters', 'ORG'), ('Pakistan', 'LOC'), ('Supreme Court', 'ORG'), ('Pakistan Steel Mills', 'ORG'), ('Saudi', 'MISC'), ('Russian', 'MISC'), ('Pakistani', 'MISC'), ('Arif Habib Securities', 'ORG'), ('Russia', 'LOC'), ('Magnitogorsk Iron and Steel Works', 'ORG'), ('Abdul Hafeez Shaikh', 'PER'), ('Karachi', 'LOC')]),
# wU104
('2003-06-11',
 'ACCRA 2003-06-11\nGhana signed a deal with Nigeria, Benin and Togo on Wednesday for a 678-km pipeline to carry Nigerian gas along the coast to power plants at Takoradi. The West African Gas Pipeline will be built by a group led by ChevronTexaco and Shell. Energy Minister Albert Kan-Dapaah said power cuts would end once the gas arrived.',
 [('ACCRA', 'LOC'), ('Ghana', 'LOC'), ('Nigeria', 'LOC'), ('Benin', 'LOC'), ('Togo', 'LOC'), ('Nigerian', 'MISC'), ('Takoradi', 'LOC'), ('West African Gas Pipeline', 'LOC'), ('ChevronTexaco', 'ORG'), ('Shell', 'ORG'), ('Albert Kan-Dapaah', 'PER')]),
# wU105
('2008-02-19',
 'TURKMEN GAS PRICE TO RISE FOR UKRAINE\nASHGABAT, Feb 19 (AFP) - Turkmenistan will charge $130 per thousand cubic metres for gas sold to Russia in the first half, President Gurbanguly Berdymukhamedov said on Tuesday after talks with Gazprom chief executive Alexei Miller. Most of the gas flows through Uzbekistan and Kazakhstan to Russian pipelines and is resold to Ukraine.',
 [('TURKMEN', 'MISC'), ('UKRAINE', 'LOC'), ('ASHGABAT', 'LOC'), ('AFP', 'ORG'), ('Turkmenistan', 'LOC'), ('Russia', 'LOC'), ('Gurbanguly Berdymukhamedov', 'PER'), ('Gazprom', 'ORG'), ('Alexei Miller', 'PER'), ('Uzbekistan', 'LOC'), ('Kazakhstan', 'LOC'), ('Russian', 'MISC'), ('Ukraine', 'LOC')]),
# wU106
('1998-07-14',
 'INDONESIA TO IMPORT RECORD 4 MLN T RICE\nJAKARTA, July 14 (Reuters) - Indonesia will import a record 4 million tonnes of rice this year after drought cut the harvest in Java and Sulawesi, the state food agency Bulog said on Tuesday. Bulog chief Rahardi Ramelan said shipments from Thailand and Vietnam had been booked. Prices in Jakarta markets have tripled since January.',
 [('INDONESIA', 'LOC'), ('JAKARTA', 'LOC'), ('Reuters', 'ORG'), ('Indonesia', 'LOC'), ('Java', 'LOC'), ('Sulawesi', 'LOC'), ('Bulog', 'ORG'), ('Bulog', 'ORG'), ('Rahardi Ramelan', 'PER'), ('Thailand', 'LOC'), ('Vietnam', 'LOC'), ('Jakarta', 'LOC')]),
# wU107
('2001-05-22',
 "SOFIA 2001-05-22\nBulgaria's former king, Simeon Saxe-Coburg, drew large crowds in Plovdiv on Tuesday as his new movement led opinion polls before next month's election. Prime Minister Ivan Kostov of the Union of Democratic Forces said the National Movement Simeon II had no programme. Saxe-Coburg promised to raise living standards within 800 days.",
 [('SOFIA', 'LOC'), ('Bulgaria', 'LOC'), ('Simeon Saxe-Coburg', 'PER'), ('Plovdiv', 'LOC'), ('Ivan Kostov', 'PER'), ('Union of Democratic Forces', 'ORG'), ('National Movement Simeon II', 'ORG'), ('Saxe-Coburg', 'PER')]),
# wU108
('2004-11-02',
 'COLOMBO, Nov 2 (Reuters) - Sri Lankan tea prices rose 6 percent at the weekly auction in Colombo on Tuesday as buyers from Russia and Syria bid for high-grown teas, brokers said. Forbes & Walker said leaf from Nuwara Eliya and Dimbula sold best. The Sri Lanka Tea Board expects exports of 300 million kg this year.',
 [('COLOMBO', 'LOC'), ('Reuters', 'ORG'), ('Sri Lankan', 'MISC'), ('Colombo', 'LOC'), ('Russia', 'LOC'), ('Syria', 'LOC'), ('Forbes & Walker', 'ORG'), ('Nuwara Eliya', 'LOC'), ('Dimbula', 'LOC'), ('Sri Lanka Tea Board', 'ORG')]),
# wU109
('2009-03-16',
 'ANTANANARIVO 2009-03-16\nMalagasy troops backing opposition leader Andry Rajoelina stormed a presidential palace in Antananarivo on Monday, and President Marc Ravalomanana stayed at his residence at Iavoloha. The African Union called the move a coup. Daewoo Logistics said its plan to lease farmland on the island was on hold.',
 [('ANTANANARIVO', 'LOC'), ('Malagasy', 'MISC'), ('Andry Rajoelina', 'PER'), ('Antananarivo', 'LOC'), ('Marc Ravalomanana', 'PER'), ('Iavoloha', 'LOC'), ('African Union', 'ORG'), ('Daewoo Logistics', 'ORG')]),
# wU110
('2002-08-05',
 'URUGUAY BANKS REOPEN AFTER U.S. LOAN\nMONTEVIDEO, Aug 5 (Reuters) - Uruguayan banks reopened on Monday after a week-long holiday, as a $1.5 billion loan from the United States arrived to stop a run on deposits. Economy Minister Alejandro Atchugarry said savings in Banco de la Republica Oriental del Uruguay were safe. Many of the savers who fled were Argentines who had kept dollars in Montevideo and Punta del Este.',
 [('URUGUAY', 'LOC'), ('U.S.', 'LOC'), ('MONTEVIDEO', 'LOC'), ('Reuters', 'ORG'), ('Uruguayan', 'MISC'), ('United States', 'LOC'), ('Alejandro Atchugarry', 'PER'), ('Banco de la Republica Oriental del Uruguay', 'ORG'), ('Argentines', 'MISC'), ('Montevideo', 'LOC'), ('Punta del Este', 'LOC')]),
# wU111
('2006-03-09',
 "LIBREVILLE 2006-03-09\nGabon's government signed a deal on Thursday with China National Machinery and Equipment Import and Export Corp to mine the Belinga iron ore deposit, Mines Minister Richard Onouviet said. The project includes a railway to the coast and a dam on the Ivindo river. Conservation groups said it would threaten a national park.",
 [('LIBREVILLE', 'LOC'), ('Gabon', 'LOC'), ('China National Machinery and Equipment Import and Export Corp', 'ORG'), ('Belinga', 'LOC'), ('Richard Onouviet', 'PER'), ('Ivindo', 'LOC')]),
# wU112
('2007-10-15',
 'QATAR AIRWAYS ORDERS 80 JETS FROM AIRBUS\nDOHA, Oct 15 (Reuters) - Qatar Airways signed an order on Monday for 80 Airbus long-haul jets, the biggest ever placed by a Gulf carrier, chief executive Akbar Al Baker said. The planes will fly from the new airport being built in Doha to Europe and Asia. Airbus sales chief John Leahy said demand from the Middle East was strong.',
 [('QATAR AIRWAYS', 'ORG'), ('AIRBUS', 'ORG'), ('DOHA', 'LOC'), ('Reuters', 'ORG'), ('Qatar Airways', 'ORG'), ('Airbus', 'ORG'), ('Gulf', 'LOC'), ('Akbar Al Baker', 'PER'), ('Doha', 'LOC'), ('Europe', 'LOC'), ('Asia', 'LOC'), ('Airbus', 'ORG'), ('John Leahy', 'PER'), ('Middle East', 'LOC')]),
# wU113
('2005-06-09',
 'KHARKIV, Ukraine, June 9 (Reuters) - Ukrainian Prime Minister Yulia Tymoshenko ordered state reserves on Thursday to sell petrol after a shortage emptied filling stations in Kharkiv and Dnipropetrovsk. Russian oil companies Lukoil and TNK-BP had cut deliveries after the cabinet capped prices. "This is a lesson in how not to run a market," said Olena Bilan, an economist at Dragon Capital in Kiev.',
 [('KHARKIV', 'LOC'), ('Ukraine', 'LOC'), ('Reuters', 'ORG'), ('Ukrainian', 'MISC'), ('Yulia Tymoshenko', 'PER'), ('Kharkiv', 'LOC'), ('Dnipropetrovsk', 'LOC'), ('Russian', 'MISC'), ('Lukoil', 'ORG'), ('TNK-BP', 'ORG'), ('Olena Bilan', 'PER'), ('Dragon Capital', 'ORG'), ('Kiev', 'LOC')]),
# wU114
('2008-07-04',
 'TAIPEI, July 4 (AFP) - The first regular weekend charter flights between Taiwan and mainland China landed in Taipei on Friday, carrying about 700 Chinese tourists. China Airlines and EVA Air flew from Taoyuan to Shanghai and Guangzhou. Transport Minister Mao Chi-kuo said the flights would bring 3,000 visitors a day to the island.',
 [('TAIPEI', 'LOC'), ('AFP', 'ORG'), ('Taiwan', 'LOC'), ('China', 'LOC'), ('Taipei', 'LOC'), ('Chinese', 'MISC'), ('China Airlines', 'ORG'), ('EVA Air', 'ORG'), ('Taoyuan', 'LOC'), ('Shanghai', 'LOC'), ('Guangzhou', 'LOC'), ('Mao Chi-kuo', 'PER')]),
# wU115
('2008-08-18',
 'KARACHI 2008-08-18\nPakistan\'s rupee and shares rose on Monday after Pervez Musharraf resigned as president to avoid impeachment. The KSE-100 index gained 4.5 percent. Asif Ali Zardari, leader of the Pakistan Peoples Party, and Nawaz Sharif of the Pakistan Muslim League-N met in Islamabad to discuss a successor. "The market wanted certainty," said Mohammed Sohail, a broker at Topline Securities in Karachi.',
 [('KARACHI', 'LOC'), ('Pakistan', 'LOC'), ('Pervez Musharraf', 'PER'), ('KSE-100', 'MISC'), ('Asif Ali Zardari', 'PER'), ('Pakistan Peoples Party', 'ORG'), ('Nawaz Sharif', 'PER'), ('Pakistan Muslim League-N', 'ORG'), ('Islamabad', 'LOC'), ('Mohammed Sohail', 'PER'), ('Topline Securities', 'ORG'), ('Karachi', 'LOC')]),
# wU116
('2004-09-29',
 'PRAGUE 2004-09-29\nCzech power utility CEZ said on Wednesday it would bid for power distributors in Bulgaria and Romania as it seeks to grow in the Balkans. Chief executive Martin Roman said the company could spend 1 billion euros. Shares in CEZ rose 2.3 percent on the Prague Stock Exchange, said Petr Sklenar, an analyst at Patria Finance.',
 [('PRAGUE', 'LOC'), ('Czech', 'MISC'), ('CEZ', 'ORG'), ('Bulgaria', 'LOC'), ('Romania', 'LOC'), ('Balkans', 'LOC'), ('Martin Roman', 'PER'), ('CEZ', 'ORG'), ('Prague Stock Exchange', 'ORG'), ('Petr Sklenar', 'PER'), ('Patria Finance', 'ORG')]),
# wU117
('2006-05-26',
 "PKN ORLEN WINS LITHUANIAN REFINERY\nWARSAW, May 26 (Reuters) - Poland's PKN Orlen said on Friday it had been chosen to buy Lithuania's Mazeikiu Nafta refinery from Yukos for $1.5 billion. Chief executive Igor Chalupec said the deal would make PKN the biggest refiner in Central Europe. Russian oil companies had also wanted the refinery.",
 [('PKN ORLEN', 'ORG'), ('LITHUANIAN', 'MISC'), ('WARSAW', 'LOC'), ('Reuters', 'ORG'), ('Poland', 'LOC'), ('PKN Orlen', 'ORG'), ('Lithuania', 'LOC'), ('Mazeikiu Nafta', 'ORG'), ('Yukos', 'ORG'), ('Igor Chalupec', 'PER'), ('PKN', 'ORG'), ('Central Europe', 'LOC'), ('Russian', 'MISC')]),
# wU118
('2000-12-12',
 'ASMARA 2000-12-12\nEritrea and Ethiopia signed a peace agreement in Algiers on Tuesday ending their two-year border war, and a commission in The Hague will draw the border. Eritrean President Isaias Afewerki and Ethiopian Prime Minister Meles Zenawi shook hands in front of U.N. Secretary-General Kofi Annan. Traders in Asmara hoped the port of Assab would reopen to Ethiopian goods.',
 [('ASMARA', 'LOC'), ('Eritrea', 'LOC'), ('Ethiopia', 'LOC'), ('Algiers', 'LOC'), ('The Hague', 'LOC'), ('Eritrean', 'MISC'), ('Isaias Afewerki', 'PER'), ('Ethiopian', 'MISC'), ('Meles Zenawi', 'PER'), ('U.N.', 'ORG'), ('Kofi Annan', 'PER'), ('Asmara', 'LOC'), ('Assab', 'LOC'), ('Ethiopian', 'MISC')]),
# wU119
('2001-09-05',
 'LUANDA, Sept 5 (Reuters) - Angolan state oil company Sonangol said on Wednesday that output from deep-water Block 17, operated by TotalFinaElf, would start by the end of the year at the Girassol field. Sonangol chairman Manuel Vicente said Angola would pump a million barrels a day by 2004. The IMF has asked Luanda to publish its oil accounts.',
 [('LUANDA', 'LOC'), ('Reuters', 'ORG'), ('Angolan', 'MISC'), ('Sonangol', 'ORG'), ('Block 17', 'LOC'), ('TotalFinaElf', 'ORG'), ('Girassol', 'LOC'), ('Sonangol', 'ORG'), ('Manuel Vicente', 'PER'), ('Angola', 'LOC'), ('IMF', 'ORG'), ('Luanda', 'LOC')]),
# wU120
('2009-11-25',
 'ABUJA 2009-11-25\nNigerian President Umaru Yar\'Adua has been flown to Saudi Arabia for treatment of a heart condition, his spokesman said on Wednesday, and Nigerian bond yields rose. Vice President Goodluck Jonathan will chair the cabinet in his absence. "Investors in Lagos want to know who is in charge," said Bismarck Rewane, chief executive of Financial Derivatives Co.',
 [('ABUJA', 'LOC'), ('Nigerian', 'MISC'), ("Umaru Yar'Adua", 'PER'), ('Saudi Arabia', 'LOC'), ('Nigerian', 'MISC'), ('Goodluck Jonathan', 'PER'), ('Lagos', 'LOC'), ('Bismarck Rewane', 'PER'), ('Financial Derivatives Co', 'ORG')]),
# wU121
('2006-06-14',
 'SEOUL, June 14 (Reuters) - South Korean farmers marched through Seoul on Wednesday against free trade talks with the United States, saying rice and beef imports would ruin them. Trade Minister Kim Hyun-chong said rice would be kept out of any deal. The Korean Peasants League said 10,000 people had come from Gyeonggi and Jeolla provinces.',
 [('SEOUL', 'LOC'), ('Reuters', 'ORG'), ('South Korean', 'MISC'), ('Seoul', 'LOC'), ('United States', 'LOC'), ('Kim Hyun-chong', 'PER'), ('Korean Peasants League', 'ORG'), ('Gyeonggi', 'LOC'), ('Jeolla', 'LOC')]),
# wU122
('2003-10-14',
 'PRETORIA 2003-10-14\nAfrican trade ministers meeting in Pretoria on Tuesday said they would not resume global trade talks until rich nations cut cotton subsidies. Mali, Benin, Chad and Burkina Faso led the call. Burkinabe Trade Minister Benoit Ouattara said the talks in Cancun had failed because the World Trade Organisation ignored the poor.',
 [('PRETORIA', 'LOC'), ('African', 'MISC'), ('Pretoria', 'LOC'), ('Mali', 'LOC'), ('Benin', 'LOC'), ('Chad', 'LOC'), ('Burkina Faso', 'LOC'), ('Burkinabe', 'MISC'), ('Benoit Ouattara', 'PER'), ('Cancun', 'LOC'), ('World Trade Organisation', 'ORG')]),
# wU123
('2007-01-30',
 "MOSCOW, Jan 30 (Reuters) - Russian carmaker AvtoVAZ said on Tuesday sales of its Lada cars fell 5 percent last year as buyers turned to foreign models assembled in Russia by Ford and Renault. The company's chairman, Sergei Chemezov, said a new Lada model would be made at Togliatti from next year.",
 [('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Russian', 'MISC'), ('AvtoVAZ', 'ORG'), ('Lada', 'MISC'), ('Russia', 'LOC'), ('Ford', 'ORG'), ('Renault', 'ORG'), ('Sergei Chemezov', 'PER'), ('Lada', 'MISC'), ('Togliatti', 'LOC')]),
# wU124
('2008-12-03',
 "AIRPORT SIEGE COST THAI AIRWAYS 20 BLN BAHT\nBANGKOK, Dec 3 (Reuters) - Thai Airways International said on Wednesday it had lost about 20 billion baht in revenue while protesters of the People's Alliance for Democracy blocked the capital's two airports. Flights resumed after the Constitutional Court dissolved the ruling People Power Party and barred Prime Minister Somchai Wongsawat from politics. Hotels in Phuket and Pattaya reported mass cancellations.",
 [('THAI AIRWAYS', 'ORG'), ('BANGKOK', 'LOC'), ('Reuters', 'ORG'), ('Thai Airways International', 'ORG'), ("People's Alliance for Democracy", 'ORG'), ('Constitutional Court', 'ORG'), ('People Power Party', 'ORG'), ('Somchai Wongsawat', 'PER'), ('Phuket', 'LOC'), ('Pattaya', 'LOC')]),
# wU125
('2004-06-30',
 "TASHKENT 2004-06-30\nUzbekistan's government signed a production-sharing deal with Russia's Lukoil on Wednesday to develop gas fields at Kandym in the Bukhara region, a deal worth $1 billion. Lukoil chief executive Vagit Alekperov said the gas would be sold to Gazprom. Uzbek officials said output would start in 2007.",
 [('TASHKENT', 'LOC'), ('Uzbekistan', 'LOC'), ('Russia', 'LOC'), ('Lukoil', 'ORG'), ('Kandym', 'LOC'), ('Bukhara', 'LOC'), ('Lukoil', 'ORG'), ('Vagit Alekperov', 'PER'), ('Gazprom', 'ORG'), ('Uzbek', 'MISC')]),
# wU126
('2005-08-02',
 "AID REACHES HUNGRY SOUTH OF NIGER\nMARADI, Niger, Aug 2 (AFP) - Mothers queued with thin children outside a feeding centre run by Medecins Sans Frontieres in Maradi on Tuesday, as aid finally reached the south of Niger after last year's locusts and drought. The World Food Programme said it had flown in food through Niamey and trucked grain from Nigeria. President Mamadou Tandja said reports of famine were exaggerated.",
 [('NIGER', 'LOC'), ('MARADI', 'LOC'), ('Niger', 'LOC'), ('AFP', 'ORG'), ('Medecins Sans Frontieres', 'ORG'), ('Maradi', 'LOC'), ('Niger', 'LOC'), ('World Food Programme', 'ORG'), ('Niamey', 'LOC'), ('Nigeria', 'LOC'), ('Mamadou Tandja', 'PER')]),
# wU127
('2002-11-27',
 "SKOPJE 2002-11-27\nMacedonia's new government approved a budget on Wednesday that cuts spending on the army and police, Finance Minister Nikola Popovski said. Prime Minister Branko Crvenkovski wants a new loan from the International Monetary Fund. Albanian parties in the coalition asked for more money for the university in Tetovo.",
 [('SKOPJE', 'LOC'), ('Macedonia', 'LOC'), ('Nikola Popovski', 'PER'), ('Branko Crvenkovski', 'PER'), ('International Monetary Fund', 'ORG'), ('Albanian', 'MISC'), ('Tetovo', 'LOC')]),
# wU128
('2009-07-21',
 "WARSAW, July 21 (Reuters) - The zloty rose to a four-month high on Tuesday after Poland's central bank said it saw no need for more rate cuts, and Polish factory output fell less than expected. National Bank of Poland governor Slawomir Skrzypek said growth would stay positive. Shares in PKO BP led the WIG20 higher, said Piotr Bujak, an economist at Nordea in Warsaw.",
 [('WARSAW', 'LOC'), ('Reuters', 'ORG'), ('Poland', 'LOC'), ('Polish', 'MISC'), ('National Bank of Poland', 'ORG'), ('Slawomir Skrzypek', 'PER'), ('PKO BP', 'ORG'), ('WIG20', 'MISC'), ('Piotr Bujak', 'PER'), ('Nordea', 'ORG'), ('Warsaw', 'LOC')]),
# wU129
('1998-06-24',
 'ABIDJAN 1998-06-24\nAir Afrique, the airline owned by eleven West African states, said on Wednesday it would cut 400 jobs and sell two of its Airbus jets to pay debts. Director general Yves Roland-Billecart said the carrier had lost money on routes to Paris and Marseille. Air France holds a stake in the company.',
 [('ABIDJAN', 'LOC'), ('Air Afrique', 'ORG'), ('West African', 'MISC'), ('Airbus', 'ORG'), ('Yves Roland-Billecart', 'PER'), ('Paris', 'LOC'), ('Marseille', 'LOC'), ('Air France', 'ORG')]),
# wU130
('2007-12-11',
 "CHINA AND U.S. AGREE ON FOOD SAFETY CHECKS\nBEIJING, Dec 11 (Reuters) - China agreed on Tuesday to register exporters of food and drugs and let American inspectors visit plants, after recalls of toys, toothpaste and pet food this year. Chinese Vice Premier Wu Yi signed the deals with U.S. Health Secretary Mike Leavitt at the Great Hall of the People. China's quality watchdog, AQSIQ, said it had closed hundreds of plants in Guangdong.",
 [('CHINA', 'LOC'), ('U.S.', 'LOC'), ('BEIJING', 'LOC'), ('Reuters', 'ORG'), ('China', 'LOC'), ('American', 'MISC'), ('Chinese', 'MISC'), ('Wu Yi', 'PER'), ('U.S.', 'LOC'), ('Mike Leavitt', 'PER'), ('Great Hall of the People', 'LOC'), ('China', 'LOC'), ('AQSIQ', 'ORG'), ('Guangdong', 'LOC')]),
# wU131
('2004-04-23',
 "BLAST AT NORTH KOREAN RAIL STATION\nDANDONG, China, April 23 (AP) - A train explosion at Ryongchon station in North Korea flattened buildings near the Chinese border on Thursday, aid workers said on Friday. The International Federation of Red Cross and Red Crescent Societies said it had sent medicine across the Yalu river from Dandong. Pyongyang's Korean Central News Agency blamed careless handling of fertiliser.",
 [('NORTH KOREAN', 'MISC'), ('DANDONG', 'LOC'), ('China', 'LOC'), ('AP', 'ORG'), ('Ryongchon', 'LOC'), ('North Korea', 'LOC'), ('Chinese', 'MISC'), ('International Federation of Red Cross and Red Crescent Societies', 'ORG'), ('Yalu', 'LOC'), ('Dandong', 'LOC'), ('Pyongyang', 'LOC'), ('Korean Central News Agency', 'ORG')]),
# wU132
('2001-07-25',
 "BELGRADE 2001-07-25\nSerbian Prime Minister Zoran Djindjic's government sold three cement plants at Beocin, Kosjeric and Popovac on Wednesday to Lafarge, Titan and Holcim, raising $100 million. Privatisation Minister Aleksandar Vlahovic said the sales showed that foreign investors trusted Serbia after Milosevic's extradition to The Hague last month.",
 [('BELGRADE', 'LOC'), ('Serbian', 'MISC'), ('Zoran Djindjic', 'PER'), ('Beocin', 'LOC'), ('Kosjeric', 'LOC'), ('Popovac', 'LOC'), ('Lafarge', 'ORG'), ('Titan', 'ORG'), ('Holcim', 'ORG'), ('Aleksandar Vlahovic', 'PER'), ('Serbia', 'LOC'), ('Milosevic', 'PER'), ('The Hague', 'LOC')]),
# wU133
('2009-03-10',
 "BAMAKO, March 10 (Reuters) - Malian cotton farmers will be paid 200 francs a kilo for next season's crop, the state cotton company CMDT said on Tuesday, as Mali prepares to privatise the group. Agriculture Minister Aghatam Ag Alhassane said output in Sikasso and Koutiala had fallen by half in five years. The World Bank has backed the sale.",
 [('BAMAKO', 'LOC'), ('Reuters', 'ORG'), ('Malian', 'MISC'), ('CMDT', 'ORG'), ('Mali', 'LOC'), ('Aghatam Ag Alhassane', 'PER'), ('Sikasso', 'LOC'), ('Koutiala', 'LOC'), ('World Bank', 'ORG')]),
# wU134
('2006-10-19',
 'ASTANA 2006-10-19\nMittal Steel Temirtau, the Kazakh unit of Arcelor Mittal, said on Thursday it would spend $100 million on safety at its coal mines in Karaganda after a methane blast at the Lenin mine last month. Kazakh President Nursultan Nazarbayev told the company to fix the mines or lose them. Unions in Temirtau said workers had long complained about gas.',
 [('ASTANA', 'LOC'), ('Mittal Steel Temirtau', 'ORG'), ('Kazakh', 'MISC'), ('Arcelor Mittal', 'ORG'), ('Karaganda', 'LOC'), ('Lenin', 'LOC'), ('Kazakh', 'MISC'), ('Nursultan Nazarbayev', 'PER'), ('Temirtau', 'LOC')]),
# wU135
('2005-03-29',
 "TEHRAN, March 29 (AFP) - Iran Khodro said on Tuesday it would start building Renault's Logan saloon at its plant west of Tehran next year, under a venture in which the state-run Industrial Development and Renovation Organisation holds a stake. Managing director Manouchehr Manteghi said the carmaker also planned a plant in Syria. Iranian buyers wait months for a Peugeot built under licence.",
 [('TEHRAN', 'LOC'), ('AFP', 'ORG'), ('Iran Khodro', 'ORG'), ('Renault', 'ORG'), ('Logan', 'MISC'), ('Tehran', 'LOC'), ('Industrial Development and Renovation Organisation', 'ORG'), ('Manouchehr Manteghi', 'PER'), ('Syria', 'LOC'), ('Iranian', 'MISC'), ('Peugeot', 'MISC')]),
# wU136
('2000-06-06',
 'YAOUNDE 2000-06-06\nThe World Bank approved loans of $193 million on Tuesday for the Chad-Cameroon oil pipeline, the biggest private investment in Africa, despite protests by Cameroonian and European campaign groups. The line will run 1,070 km to the port of Kribi. Environmental Defense, a Washington group, said rainforest and the Bakola pygmies were at risk.',
 [('YAOUNDE', 'LOC'), ('World Bank', 'ORG'), ('Chad', 'LOC'), ('Cameroon', 'LOC'), ('Africa', 'LOC'), ('Cameroonian', 'MISC'), ('European', 'MISC'), ('Kribi', 'LOC'), ('Environmental Defense', 'ORG'), ('Washington', 'LOC'), ('Bakola', 'MISC')]),
# wU137
('2008-02-26',
 'ZAPORIZHIA, Ukraine, Feb 26 (Reuters) - Ukrainian carmaker ZAZ said on Tuesday it would assemble cars for General Motors and Chery at its plant in Zaporizhia as sales in the country grew by a third last year. Chairman Tariel Vasadze said ZAZ would sell cars in Russia and Kazakhstan. Its majority owner is the Ukrainian group UkrAVTO.',
 [('ZAPORIZHIA', 'LOC'), ('Ukraine', 'LOC'), ('Reuters', 'ORG'), ('Ukrainian', 'MISC'), ('ZAZ', 'ORG'), ('General Motors', 'ORG'), ('Chery', 'ORG'), ('Zaporizhia', 'LOC'), ('Tariel Vasadze', 'PER'), ('ZAZ', 'ORG'), ('Russia', 'LOC'), ('Kazakhstan', 'LOC'), ('Ukrainian', 'MISC'), ('UkrAVTO', 'ORG')]),
# wU138
('2003-06-16',
 "EMIRATES PLACES RECORD ORDER AT PARIS SHOW\nLE BOURGET, France, June 16 (Reuters) - Dubai's Emirates ordered 71 jets worth $19 billion from Airbus and Boeing on Monday, the biggest order in civil aviation history, at the Paris Air Show. Chairman Sheikh Ahmed bin Saeed Al Maktoum said the airline would double its fleet by 2010. Tim Clark, the airline's president, said traffic had recovered since the war in Iraq.",
 [('EMIRATES', 'ORG'), ('PARIS', 'LOC'), ('LE BOURGET', 'LOC'), ('France', 'LOC'), ('Reuters', 'ORG'), ('Dubai', 'LOC'), ('Emirates', 'ORG'), ('Airbus', 'ORG'), ('Boeing', 'ORG'), ('Paris Air Show', 'MISC'), ('Ahmed bin Saeed Al Maktoum', 'PER'), ('Tim Clark', 'PER'), ('Iraq', 'LOC')]),
# wU139
('1997-08-12',
 "KUALA LUMPUR 1997-08-12\nMalaysian carmaker Proton said on Tuesday it would delay its new plant at Tanjung Malim in Perak as the ringgit's fall pushed up the cost of imported parts. Managing director Nadzmi Mohd Salleh said sales were still growing. Shares in Proton fell 4 percent on the Kuala Lumpur Stock Exchange, said Lim Chee Sing, an analyst at Rashid Hussain Securities.",
 [('KUALA LUMPUR', 'LOC'), ('Malaysian', 'MISC'), ('Proton', 'ORG'), ('Tanjung Malim', 'LOC'), ('Perak', 'LOC'), ('Nadzmi Mohd Salleh', 'PER'), ('Proton', 'ORG'), ('Kuala Lumpur Stock Exchange', 'ORG'), ('Lim Chee Sing', 'PER'), ('Rashid Hussain Securities', 'ORG')]),
# wU140
('2009-05-06',
 "LUSAKA, May 6 (Reuters) - Zambia's Luanshya copper mine will reopen under China Nonferrous Metal Mining, which agreed on Wednesday to buy it from a Swiss-backed owner that shut it when prices fell. Mines Minister Maxwell Mwale said 1,700 miners would get their jobs back. Chinese firms already run the Chambishi mine and smelter on the Copperbelt.",
 [('LUSAKA', 'LOC'), ('Reuters', 'ORG'), ('Zambia', 'LOC'), ('Luanshya', 'LOC'), ('China Nonferrous Metal Mining', 'ORG'), ('Swiss', 'MISC'), ('Maxwell Mwale', 'PER'), ('Chinese', 'MISC'), ('Chambishi', 'LOC'), ('Copperbelt', 'LOC')]),
# wU141
('1999-12-08',
 "CHISINAU 1999-12-08\nMoldova's state winery Cricova said on Wednesday exports to Russia had recovered to half their level before last year's rouble crash. Director Valentin Bodiul said buyers in Moscow and St Petersburg paid late. The National Bank of Moldova said the leu had stabilised at 11.5 to the dollar.",
 [('CHISINAU', 'LOC'), ('Moldova', 'LOC'), ('Cricova', 'ORG'), ('Russia', 'LOC'), ('Valentin Bodiul', 'PER'), ('Moscow', 'LOC'), ('St Petersburg', 'LOC'), ('National Bank of Moldova', 'ORG')]),
# wU142
('2006-06-06',
 'LAPINDO DRILLING BLAMED FOR JAVA MUD FLOW\nJAKARTA, June 6 (Reuters) - Indonesian investigators said on Tuesday gas drilling by PT Lapindo Brantas may have caused a mud flow that has flooded villages near Sidoarjo in East Java. Energy Minister Purnomo Yusgiantoro said the company, partly owned by the family of Welfare Minister Aburizal Bakrie, must pay for the damage. Traffic on the toll road to Surabaya was cut.',
 [('LAPINDO', 'ORG'), ('JAVA', 'LOC'), ('JAKARTA', 'LOC'), ('Reuters', 'ORG'), ('Indonesian', 'MISC'), ('PT Lapindo Brantas', 'ORG'), ('Sidoarjo', 'LOC'), ('East Java', 'LOC'), ('Purnomo Yusgiantoro', 'PER'), ('Aburizal Bakrie', 'PER'), ('Surabaya', 'LOC')]),
# wU143
('2004-07-07',
 "ACCRA, July 7 (AFP) - Ghana's parliament approved a $40 million loan from China on Wednesday to rebuild the road from Accra to Kumasi, Roads Minister Richard Anane said. The work will be done by China Railway Engineering Corp. Ghanaian contractors complained that they had not been allowed to bid.",
 [('ACCRA', 'LOC'), ('AFP', 'ORG'), ('Ghana', 'LOC'), ('China', 'LOC'), ('Accra', 'LOC'), ('Kumasi', 'LOC'), ('Richard Anane', 'PER'), ('China Railway Engineering Corp', 'ORG'), ('Ghanaian', 'MISC')]),
# wU144
('2008-03-12',
 'CAIRO 2008-03-12\nEgyptian bakeries run by the state ran short of subsidised flour on Wednesday as world wheat prices hit records, and queues stretched for hours in Giza and Shubra. Prime Minister Ahmed Nazif ordered the army to bake bread for the poor. The General Authority for Supply Commodities said it had bought 120,000 tonnes of Russian and Ukrainian wheat.',
 [('CAIRO', 'LOC'), ('Egyptian', 'MISC'), ('Giza', 'LOC'), ('Shubra', 'LOC'), ('Ahmed Nazif', 'PER'), ('General Authority for Supply Commodities', 'ORG'), ('Russian', 'MISC'), ('Ukrainian', 'MISC')]),
# wU145
('2001-04-22',
 "HANOI, April 22 (Reuters) - Vietnam's ruling Communist Party chose Nong Duc Manh, chairman of the National Assembly, as its general secretary on Sunday, replacing Le Kha Phieu. Manh, an ethnic Tay, is seen as a moderate. Foreign bankers in Ho Chi Minh City said they hoped the trade pact with the United States would now be ratified.",
 [('HANOI', 'LOC'), ('Reuters', 'ORG'), ('Vietnam', 'LOC'), ('Communist Party', 'ORG'), ('Nong Duc Manh', 'PER'), ('National Assembly', 'ORG'), ('Le Kha Phieu', 'PER'), ('Manh', 'PER'), ('Tay', 'MISC'), ('Ho Chi Minh City', 'LOC'), ('United States', 'LOC')]),
# wU146
('2005-11-29',
 "ALMATY 2005-11-29\nKazakhstan's Kazkommertsbank said on Tuesday it had raised $750 million in a bond sale in London, the largest by a bank from the former Soviet Union. Chairman Nurzhan Subkhanberdin said the money would fund mortgages in Almaty and Astana. Fitch Ratings said Kazakh banks were borrowing too fast abroad.",
 [('ALMATY', 'LOC'), ('Kazakhstan', 'LOC'), ('Kazkommertsbank', 'ORG'), ('London', 'LOC'), ('Soviet Union', 'LOC'), ('Nurzhan Subkhanberdin', 'PER'), ('Almaty', 'LOC'), ('Astana', 'LOC'), ('Fitch Ratings', 'ORG'), ('Kazakh', 'MISC')]),
# wU147
('2007-02-06',
 'JAKARTA, Feb 6 (AFP) - Floods that covered half of Jakarta began to recede on Tuesday, but health officials warned of dengue and diarrhoea in camps along the Ciliwung river. Governor Sutiyoso said 340,000 people had left their homes. Indonesian Finance Minister Sri Mulyani Indrawati said losses could reach 4 trillion rupiah.',
 [('JAKARTA', 'LOC'), ('AFP', 'ORG'), ('Jakarta', 'LOC'), ('Ciliwung', 'LOC'), ('Sutiyoso', 'PER'), ('Indonesian', 'MISC'), ('Sri Mulyani Indrawati', 'PER')]),
# wU148
('2009-07-07',
 "CURFEW IN URUMQI AFTER NEW PROTESTS\nURUMQI, China, July 7 (Reuters) - Crowds of Han Chinese armed with clubs marched through Urumqi on Tuesday, two days after rioting by Uighurs in the capital of the Xinjiang region. Xinjiang's Communist Party chief Wang Lequan imposed a curfew. President Hu Jintao cut short a visit to Italy for the G8 summit.",
 [('URUMQI', 'LOC'), ('URUMQI', 'LOC'), ('China', 'LOC'), ('Reuters', 'ORG'), ('Han Chinese', 'MISC'), ('Urumqi', 'LOC'), ('Uighurs', 'MISC'), ('Xinjiang', 'LOC'), ('Xinjiang', 'LOC'), ('Communist Party', 'ORG'), ('Wang Lequan', 'PER'), ('Hu Jintao', 'PER'), ('Italy', 'LOC'), ('G8', 'ORG')]),
# wU149
('2003-09-30',
 'VIENTIANE, Sept 30 (AFP) - Laos signed a deal on Tuesday for the Nam Theun 2 dam with a group led by Electricite de France and Thai investors, who will sell most of its power to Thailand. Viraphonh Viravong, head of the electricity department, said the World Bank had been asked for a guarantee. Campaigners from International Rivers Network said villagers on the Nakai plateau would lose their land.',
 [('VIENTIANE', 'LOC'), ('AFP', 'ORG'), ('Laos', 'LOC'), ('Nam Theun 2', 'LOC'), ('Electricite de France', 'ORG'), ('Thai', 'MISC'), ('Thailand', 'LOC'), ('Viraphonh Viravong', 'PER'), ('World Bank', 'ORG'), ('International Rivers Network', 'ORG'), ('Nakai', 'LOC')]),
# wU150
('2006-07-25',
 "BAMAKO 2006-07-25\nMali's gold output will rise to 60 tonnes this year as the Loulo mine run by Randgold Resources reaches full production, Mines Minister Hamed Diane Semega said on Tuesday. The Sadiola and Morila mines, part-owned by AngloGold Ashanti, are the country's largest. Randgold chief executive Mark Bristow said more drilling was planned near Kayes.",
 [('BAMAKO', 'LOC'), ('Mali', 'LOC'), ('Loulo', 'LOC'), ('Randgold Resources', 'ORG'), ('Hamed Diane Semega', 'PER'), ('Sadiola', 'LOC'), ('Morila', 'LOC'), ('AngloGold Ashanti', 'ORG'), ('Randgold', 'ORG'), ('Mark Bristow', 'PER'), ('Kayes', 'LOC')]),
# wU151
('2008-05-27',
 'ABUJA, May 27 (Reuters) - Nigeria\'s Dangote Group said on Tuesday it would build cement plants in Zambia, Senegal and Cameroon to cut Africa\'s reliance on imports. Founder Aliko Dangote said the group\'s plant at Obajana in Kogi state was now the largest in sub-Saharan Africa. "He wants to do for cement what Lafarge did in Europe," said Ayodeji Ebo, an analyst at Afrinvest in Lagos.',
 [('ABUJA', 'LOC'), ('Reuters', 'ORG'), ('Nigeria', 'LOC'), ('Dangote Group', 'ORG'), ('Zambia', 'LOC'), ('Senegal', 'LOC'), ('Cameroon', 'LOC'), ('Africa', 'LOC'), ('Aliko Dangote', 'PER'), ('Obajana', 'LOC'), ('Kogi', 'LOC'), ('Africa', 'LOC'), ('Lafarge', 'ORG'), ('Europe', 'LOC'), ('Ayodeji Ebo', 'PER'), ('Afrinvest', 'ORG'), ('Lagos', 'LOC')]),
# wU152
('2002-09-17',
 'HO CHI MINH CITY 2002-09-17\nVietnamese catfish exporters in the Mekong Delta said on Tuesday they would fight a U.S. anti-dumping case brought by farmers in Mississippi. Nguyen Huu Dung, vice-chairman of the Vietnam Association of Seafood Exporters and Producers, said the fish from An Giang were cheaper because labour cost less. The U.S. Commerce Department will rule in January.',
 [('HO CHI MINH CITY', 'LOC'), ('Vietnamese', 'MISC'), ('Mekong Delta', 'LOC'), ('U.S.', 'LOC'), ('Mississippi', 'LOC'), ('Nguyen Huu Dung', 'PER'), ('Vietnam Association of Seafood Exporters and Producers', 'ORG'), ('An Giang', 'LOC'), ('U.S. Commerce Department', 'ORG')]),
# wU153
('2007-10-03',
 "BELARUSKALI SOLD OUT FOR THE YEAR\nMINSK, Oct 3 (Reuters) - Belarus's potash producer Belaruskali said on Wednesday it had sold its entire output for the rest of the year as farmers in Brazil and China paid record prices. Its director general, Valery Kirienko, said mines at Soligorsk would run at full capacity. The Belarusian Potash Company handles its exports with Russia's Uralkali.",
 [('BELARUSKALI', 'ORG'), ('MINSK', 'LOC'), ('Reuters', 'ORG'), ('Belarus', 'LOC'), ('Belaruskali', 'ORG'), ('Brazil', 'LOC'), ('China', 'LOC'), ('Valery Kirienko', 'PER'), ('Soligorsk', 'LOC'), ('Belarusian Potash Company', 'ORG'), ('Russia', 'LOC'), ('Uralkali', 'ORG')]),
# wU154
('2009-04-24',
 "KYRGYZ GOVERNMENT AND CENTERRA SETTLE KUMTOR DISPUTE\nKARAKOL, Kyrgyzstan, April 24 (Reuters) - Centerra Gold and the Kyrgyz government signed a deal on Friday that raises the state's stake in the Kumtor gold mine, high in the Tien Shan mountains, ending a dispute over taxes. Prime Minister Igor Chudinov said the country's share of the company would rise to a third. Cameco, which owns half of Centerra, said the terms were fair. Herders near Lake Issyk-Kul have complained about cyanide.",
 [('KYRGYZ', 'MISC'), ('CENTERRA', 'ORG'), ('KUMTOR', 'LOC'), ('KARAKOL', 'LOC'), ('Kyrgyzstan', 'LOC'), ('Reuters', 'ORG'), ('Centerra Gold', 'ORG'), ('Kyrgyz', 'MISC'), ('Kumtor', 'LOC'), ('Tien Shan', 'LOC'), ('Igor Chudinov', 'PER'), ('Cameco', 'ORG'), ('Centerra', 'ORG'), ('Lake Issyk-Kul', 'LOC')]),
# wU155
('2004-03-16',
 'MEXICO CITY, March 16 (Reuters) - Petroleos Mexicanos said on Tuesday output from its giant Cantarell field in the Gulf of Mexico would begin to fall within two years, and that it must find new reserves off Campeche and Tabasco. Chief executive Raul Munoz Leos asked Mexico\'s lawmakers to let the company keep more of its revenue. "Pemex is the state\'s piggy bank," said Ana Luisa Rivera, an analyst at Banorte in Monterrey.',
 [('MEXICO CITY', 'LOC'), ('Reuters', 'ORG'), ('Petroleos Mexicanos', 'ORG'), ('Cantarell', 'LOC'), ('Gulf of Mexico', 'LOC'), ('Campeche', 'LOC'), ('Tabasco', 'LOC'), ('Raul Munoz Leos', 'PER'), ('Mexico', 'LOC'), ('Pemex', 'ORG'), ('Ana Luisa Rivera', 'PER'), ('Banorte', 'ORG'), ('Monterrey', 'LOC')]),
# wU156
('2009-04-21',
 "VIETNAM BAUXITE PLAN DRAWS RARE CRITICISM\nHANOI 2009-04-21\nVietnam's government said on Tuesday it would go ahead with bauxite mines in the Central Highlands run by the state coal group Vinacomin with help from Chinese contractors. General Vo Nguyen Giap, hero of the war against the French, had written to the Communist Party leadership warning of harm to the forests of Dak Nong and Lam Dong. Prime Minister Nguyen Tan Dung promised strict checks.",
 [('VIETNAM', 'LOC'), ('HANOI', 'LOC'), ('Vietnam', 'LOC'), ('Central Highlands', 'LOC'), ('Vinacomin', 'ORG'), ('Chinese', 'MISC'), ('Vo Nguyen Giap', 'PER'), ('French', 'MISC'), ('Communist Party', 'ORG'), ('Dak Nong', 'LOC'), ('Lam Dong', 'LOC'), ('Nguyen Tan Dung', 'PER')]),
# wU157
('2008-10-14',
 'KIGALI, Oct 14 (AFP) - Rwanda will teach all state school pupils in English instead of French from next year, Education Minister Daphrose Gahakwa said on Tuesday. The country joined the East African Community last year and wants to trade more with Kenya, Uganda and Tanzania. Teachers in Butare said many of them spoke little English.',
 [('KIGALI', 'LOC'), ('AFP', 'ORG'), ('Rwanda', 'LOC'), ('English', 'MISC'), ('French', 'MISC'), ('Daphrose Gahakwa', 'PER'), ('East African Community', 'ORG'), ('Kenya', 'LOC'), ('Uganda', 'LOC'), ('Tanzania', 'LOC'), ('Butare', 'LOC'), ('English', 'MISC')]),
# wU158
('2000-04-18',
 'MUSCAT 2000-04-18\nOman LNG loaded its first cargo of liquefied gas at the Qalhat plant near Sur on Tuesday for Korea Gas Corp, Oil and Gas Minister Mohammed bin Hamad al-Rumhi said. Royal Dutch/Shell and Total are partners in the plant. Omani officials said the country would earn $1 billion a year from the project.',
 [('MUSCAT', 'LOC'), ('Oman LNG', 'ORG'), ('Qalhat', 'LOC'), ('Sur', 'LOC'), ('Korea Gas Corp', 'ORG'), ('Mohammed bin Hamad al-Rumhi', 'PER'), ('Royal Dutch/Shell', 'ORG'), ('Total', 'ORG'), ('Omani', 'MISC')]),
# wU159
('2008-07-30',
 'ROYAL JORDANIAN SHARES SOAR ON DEBUT\nAMMAN, July 30 (Reuters) - Shares in Royal Jordanian rose 40 percent on their first day of trading on the Amman Stock Exchange on Wednesday after the state airline sold most of its stock to the public. Chief executive Samer Majali said the carrier would add flights to Baghdad and Erbil. Jordanian pension fund Social Security Corporation keeps a stake.',
 [('ROYAL JORDANIAN', 'ORG'), ('AMMAN', 'LOC'), ('Reuters', 'ORG'), ('Royal Jordanian', 'ORG'), ('Amman Stock Exchange', 'ORG'), ('Samer Majali', 'PER'), ('Baghdad', 'LOC'), ('Erbil', 'LOC'), ('Jordanian', 'MISC'), ('Social Security Corporation', 'ORG')]),
# wU160
('2005-07-21',
 'SANAA, July 21 (Reuters) - Protesters burned cars and blocked roads in Sanaa, Aden and Taiz on Thursday after the government doubled the price of diesel as part of reforms backed by the World Bank. Prime Minister Abdul-Qader Bajamal said the cut in subsidies would save $1 billion a year. The Yemeni opposition Islah party called the rise unjust.',
 [('SANAA', 'LOC'), ('Reuters', 'ORG'), ('Sanaa', 'LOC'), ('Aden', 'LOC'), ('Taiz', 'LOC'), ('World Bank', 'ORG'), ('Abdul-Qader Bajamal', 'PER'), ('Yemeni', 'MISC'), ('Islah', 'ORG')]),
# wU161
('2006-02-07',
 "GABORONE 2006-02-07\nBotswana and De Beers agreed on Tuesday to set up a diamond trading company in Gaborone, so that more stones from the Jwaneng and Orapa mines are sorted and sold at home. Minerals Minister Charles Tibone said the deal would create jobs for Batswana. Debswana, owned equally by the government and De Beers, mines all of the country's diamonds.",
 [('GABORONE', 'LOC'), ('Botswana', 'LOC'), ('De Beers', 'ORG'), ('Gaborone', 'LOC'), ('Jwaneng', 'LOC'), ('Orapa', 'LOC'), ('Charles Tibone', 'PER'), ('Batswana', 'MISC'), ('Debswana', 'ORG'), ('De Beers', 'ORG')]),
# wU162
('2008-01-25',
 'BELGRADE, Jan 25 (Reuters) - Serbia signed an energy deal in Moscow on Friday under which Gazprom Neft will buy 51 percent of the state oil company NIS for 400 million euros, and a gas pipeline will cross the country. President Boris Tadic and Prime Minister Vojislav Kostunica both attended. Economists in Belgrade said the price was far too low.',
 [('BELGRADE', 'LOC'), ('Reuters', 'ORG'), ('Serbia', 'LOC'), ('Moscow', 'LOC'), ('Gazprom Neft', 'ORG'), ('NIS', 'ORG'), ('Boris Tadic', 'PER'), ('Vojislav Kostunica', 'PER'), ('Belgrade', 'LOC')]),
# wU163
('2008-09-24',
 'PHNOM PENH, Sept 24 (Reuters) - Cambodian garment makers will cut jobs as orders from American buyers fall, the Garment Manufacturers Association in Cambodia said on Wednesday. Chairman Van Sou Ieng said 20 factories around Phnom Penh had closed this year. The Free Trade Union of Workers of the Kingdom of Cambodia said it would strike if wages were cut.',
 [('PHNOM PENH', 'LOC'), ('Reuters', 'ORG'), ('Cambodian', 'MISC'), ('American', 'MISC'), ('Garment Manufacturers Association in Cambodia', 'ORG'), ('Van Sou Ieng', 'PER'), ('Phnom Penh', 'LOC'), ('Free Trade Union of Workers of the Kingdom of Cambodia', 'ORG')]),
]
