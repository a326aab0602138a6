# Decision lists for news-train part T (the source of truth).
# Each document: (dct, text, entries). An entry is "surface|LABEL" or "surface|LABEL|skip";
# entries are in order of appearance, and build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` matches.
# Ids are wT001, wT002, ... in order.


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
# wT001
("2024-11-04",
 """CHISINAU, Nov 4 (Reuters) - Pro-European President Maia Sandu won a second term in Moldova's run-off on Sunday, beating Alexandr Stoianoglo, the candidate backed by the pro-Russian Party of Socialists of the Republic of Moldova. Sandu lost heavily in the autonomous region of Gagauzia, where most Gagauz speak Russian, but votes cast by Moldovans in Italy, Germany and Romania tipped the balance.""",
 E("CHISINAU|LOC", "Reuters|ORG", "European|MISC", "Maia Sandu|PER", "Moldova|LOC", "Alexandr Stoianoglo|PER",
   "Russian|MISC", "Party of Socialists of the Republic of Moldova|ORG", "Sandu|PER", "Gagauzia|LOC", "Gagauz|MISC",
   "Russian|MISC", "Moldovans|MISC", "Italy|LOC", "Germany|LOC", "Romania|LOC")),
# wT002
("2019-01-22",
 """AACHEN, Germany, Jan 22 (AFP) - German Chancellor Angela Merkel and French President Emmanuel Macron signed a new Franco-German friendship treaty in the town hall of Aachen on Tuesday, renewing the Elysee Treaty of 1963. The Treaty of Aachen promises a joint Franco-German parliamentary assembly and closer ties between the Bundeswehr and the French armed forces, and the far-right Alternative for Germany called it a surrender of sovereignty.""",
 E("AACHEN|LOC", "Germany|LOC", "AFP|ORG", "German|MISC", "Angela Merkel|PER", "French|MISC", "Emmanuel Macron|PER",
   "Franco-German|MISC", "Aachen|LOC", "Elysee Treaty|MISC", "Treaty of Aachen|MISC", "Franco-German|MISC",
   "Bundeswehr|ORG", "French|MISC", "Alternative for Germany|ORG")),
# wT003
("2019-10-15",
 """LONDON, Oct 15 (Reuters) - The judges of the Booker Prize broke their own rules on Monday and split the award between Canadian novelist Margaret Atwood, for The Testaments, and Bernardine Evaristo, for Girl, Woman, Other. Evaristo, the first black British woman to win the prize, shares the 50,000 pounds; the Booker Foundation said the rule against joint winners still stood.""",
 E("LONDON|LOC", "Reuters|ORG", "Booker Prize|MISC", "Canadian|MISC", "Margaret Atwood|PER", "The Testaments|MISC",
   "Bernardine Evaristo|PER", "Girl, Woman, Other|MISC", "Evaristo|PER", "British|MISC", "Booker Foundation|ORG")),
# wT004
("2006-05-21",
 """ATHENS, May 21 (AP) - Finnish monster-rock band Lordi won the Eurovision Song Contest in Athens early on Sunday with "Hard Rock Hallelujah", giving Finland its first win since it entered the contest in 1961. Russian singer Dima Bilan came second. The European Broadcasting Union said more than 100 million viewers had watched the final at the Olympic Indoor Hall.""",
 E("ATHENS|LOC", "AP|ORG", "Finnish|MISC", "Lordi|ORG", "Eurovision Song Contest|MISC", "Athens|LOC",
   "Hard Rock Hallelujah|MISC", "Finland|LOC", "Russian|MISC", "Dima Bilan|PER", "European Broadcasting Union|ORG",
   "Olympic Indoor Hall|LOC")),
# wT005
("2000-07-01",
 """ROSKILDE, Denmark, July 1 (Reuters) - Nine young men were crushed to death in front of the main stage at the Roskilde Festival during a concert by the American band Pearl Jam, police said on Saturday. The dead included Danish, Swedish, Dutch, German and Australian fans. Pearl Jam's singer Eddie Vedder said the band was devastated, and the organisers, the Roskilde Foundation, cancelled the remaining shows on the Orange Stage.""",
 E("ROSKILDE|LOC", "Denmark|LOC", "Reuters|ORG", "Roskilde Festival|MISC", "American|MISC", "Pearl Jam|ORG",
   "Danish|MISC", "Swedish|MISC", "Dutch|MISC", "German|MISC", "Australian|MISC", "Pearl Jam|ORG",
   "Eddie Vedder|PER", "Roskilde Foundation|ORG", "Orange Stage|LOC")),
# wT006
("2021-12-16",
 """HAMBURG, Dec 16 (Reuters) - Airbus handed the last A380 superjumbo to Emirates on Thursday, 14 years after the double-decker's first commercial flight with Singapore Airlines, closing a programme that never earned back the billions France, Germany, Britain and Spain had put into it. The Dubai carrier, which bought 123 of the 251 jets built, will keep flying the A380 into the 2030s, while Lufthansa and Air France have retired theirs.""",
 E("HAMBURG|LOC", "Reuters|ORG", "Airbus|ORG", "A380|MISC", "Emirates|ORG", "Singapore Airlines|ORG", "France|LOC",
   "Germany|LOC", "Britain|LOC", "Spain|LOC", "Dubai|LOC", "A380|MISC", "Lufthansa|ORG", "Air France|ORG")),
# wT007
("2024-11-02",
 """CALI, Colombia, Nov 2 (AP) - Talks under the Convention on Biological Diversity ended in confusion in Cali on Saturday when the COP16 summit ran out of time and lost its quorum before agreeing on a funding plan. Delegates did agree that companies profiting from genetic data should pay into a new fund, and created a permanent body for Indigenous peoples. Colombian Environment Minister Susana Muhamad, who chaired the talks, said the work would resume in Rome.""",
 E("CALI|LOC", "Colombia|LOC", "AP|ORG", "Convention on Biological Diversity|MISC", "Cali|LOC", "COP16|MISC",
   "Indigenous|MISC", "Colombian|MISC", "Susana Muhamad|PER", "Rome|LOC")),
# wT008
("2019-11-09",
 """NAIROBI, Nov 9 (Reuters) - Kenyan President Uhuru Kenyatta signed the Data Protection Act into law on Friday, months after a row over the Huduma Namba, a digital identity number the government wants every citizen to hold. The law creates an Office of the Data Protection Commissioner and is modelled on the European Union's General Data Protection Regulation. The Kenya Human Rights Commission said registration should have waited for the law.""",
 E("NAIROBI|LOC", "Reuters|ORG", "Kenyan|MISC", "Uhuru Kenyatta|PER", "Data Protection Act|MISC", "Huduma Namba|MISC",
   "Office of the Data Protection Commissioner|ORG", "European Union|ORG", "General Data Protection Regulation|MISC",
   "Kenya Human Rights Commission|ORG")),
# wT009
("2012-04-02",
 """CARDIFF, April 2 (Reuters) - Meri Huws took office on Sunday as the first language commissioner for Wales, a post created by a law passed by the National Assembly for Wales in 2011. Huws, a former chair of the Welsh Language Board, which the new office replaces, said banks, phone companies and rail operators would have to answer complaints from Welsh speakers in Welsh.""",
 E("CARDIFF|LOC", "Reuters|ORG", "Meri Huws|PER", "Wales|LOC", "National Assembly for Wales|ORG", "Huws|PER",
   "Welsh Language Board|ORG", "Welsh|MISC", "Welsh|MISC")),
# wT010
("2020-03-31",
 """BRUSSELS, March 31 (Reuters) - The European Union launched Operation Irini on Tuesday, a naval mission in the Mediterranean to enforce the United Nations arms embargo on Libya, replacing Operation Sophia, whose ships had rescued tens of thousands of migrants. Austria and Hungary had opposed any new mission that might draw migrants to Europe. EU foreign policy chief Josep Borrell said the headquarters would stay in Rome.""",
 E("BRUSSELS|LOC", "Reuters|ORG", "European Union|ORG", "Operation Irini|MISC", "Mediterranean|LOC",
   "United Nations|ORG", "Libya|LOC", "Operation Sophia|MISC", "Austria|LOC", "Hungary|LOC", "Europe|LOC", "EU|ORG",
   "Josep Borrell|PER", "Rome|LOC")),
# wT011
("2018-10-17",
 """OTTAWA, Oct 17 (Reuters) - Canada became the second country after Uruguay to legalise recreational cannabis on Wednesday, as the Cannabis Act took effect and shops opened in Newfoundland and Labrador at midnight. The Royal Canadian Mounted Police said officers would still arrest drivers under the influence, and Prime Minister Justin Trudeau's Liberals said pardons for past possession convictions would follow. Shares of Canopy Growth Corp and Aurora Cannabis rose on the Toronto Stock Exchange.""",
 E("OTTAWA|LOC", "Reuters|ORG", "Canada|LOC", "Uruguay|LOC", "Cannabis Act|MISC", "Newfoundland and Labrador|LOC",
   "Royal Canadian Mounted Police|ORG", "Justin Trudeau|PER", "Liberals|ORG", "Canopy Growth Corp|ORG",
   "Aurora Cannabis|ORG", "Toronto Stock Exchange|ORG")),
# wT012
("2021-06-17",
 """WASHINGTON, June 17 (AP) - President Joe Biden signed a law on Thursday making Juneteenth a federal holiday, the first new one since Martin Luther King Jr. Day was created in 1983. The Juneteenth National Independence Day Act marks June 19, 1865, when federal troops told enslaved African Americans in Galveston, Texas, that they were free. The Senate passed it unanimously, and only 14 Republicans in the House of Representatives voted against.""",
 E("WASHINGTON|LOC", "AP|ORG", "Joe Biden|PER", "Juneteenth|MISC", "Martin Luther King Jr. Day|MISC",
   "Juneteenth National Independence Day Act|MISC", "African Americans|MISC", "Galveston|LOC", "Texas|LOC",
   "Senate|ORG", "Republicans|ORG", "House of Representatives|ORG")),
# wT013
("2019-07-01",
 """MEXICO CITY, July 1 (Reuters) - Mexico's new National Guard was formally deployed on Sunday, with President Andres Manuel Lopez Obrador saying its 70,000 members would take on the cartels and stop Central American migrants heading for the United States. The force, drawn mostly from the army and the Federal Police, answers to the Secretariat of Security and Citizen Protection.""",
 E("MEXICO CITY|LOC", "Reuters|ORG", "Mexico|LOC", "National Guard|ORG", "Andres Manuel Lopez Obrador|PER",
   "Central American|MISC", "United States|LOC", "Federal Police|ORG", "Secretariat of Security and Citizen Protection|ORG")),
# wT014
("2014-04-23",
 """BRASILIA, April 23 (Reuters) - Brazilian President Dilma Rousseff signed the Marco Civil da Internet on Wednesday, a bill of rights for web users, at the opening of the NETmundial conference on internet governance. The law, drafted after leaks by Edward Snowden showed that the U.S. National Security Agency had spied on Rousseff, bars providers from slowing some traffic. Google and Facebook had lobbied against a clause forcing them to store data in Brazil, which was dropped.""",
 E("BRASILIA|LOC", "Reuters|ORG", "Brazilian|MISC", "Dilma Rousseff|PER", "Marco Civil da Internet|MISC",
   "NETmundial|MISC", "Edward Snowden|PER", "U.S. National Security Agency|ORG", "Rousseff|PER", "Google|ORG",
   "Facebook|ORG", "Brazil|LOC")),
# wT015
("2020-12-30",
 """ARGENTINA LEGALISES ABORTION IN SENATE VOTE
Dec 30 (Reuters) - Argentina's Senate voted 38 to 29 early on Wednesday to legalise abortion up to the 14th week of pregnancy, making the country the largest in Latin America to do so. Supporters wearing the green scarves of the National Campaign for the Right to Legal, Safe and Free Abortion cheered in the streets. President Alberto Fernandez, who sent the bill, defied the Roman Catholic Church, led by Pope Francis, an Argentine.""",
 E("ARGENTINA|LOC", "SENATE|ORG", "Reuters|ORG", "Argentina|LOC", "Senate|ORG", "Latin America|LOC",
   "National Campaign for the Right to Legal, Safe and Free Abortion|ORG", "Alberto Fernandez|PER",
   "Roman Catholic Church|ORG", "Francis|PER", "Argentine|MISC")),
# wT016
("2000-03-04",
 """TOKYO, March 4 (Reuters) - Thousands of shoppers queued overnight in Tokyo's Akihabara electronics district for the launch of Sony Corp's PlayStation 2 on Saturday, and the company said its first shipment of 980,000 consoles had sold out. The machine, which also plays DVD films, went on sale with Ridge Racer V from Namco. Rival Nintendo Co said its own new console, code-named Dolphin, would not reach shops before next year.""",
 E("TOKYO|LOC", "Reuters|ORG", "Tokyo|LOC", "Akihabara|LOC", "Sony Corp|ORG", "PlayStation 2|MISC",
   "Ridge Racer V|MISC", "Namco|ORG", "Nintendo Co|ORG", "Dolphin|MISC")),
# wT017
("2016-09-28",
 """SEOUL, Sept 28 (Yonhap) - South Korea's strict anti-graft law, known as the Kim Young-ran Act after the former Supreme Court justice who drafted it, took effect on Wednesday, capping the meals that officials, teachers and journalists may accept at 30,000 won. The Anti-Corruption and Civil Rights Commission said it had received dozens of reports by midday. Restaurants in Gangnam and florists near the National Assembly said orders had fallen sharply.""",
 E("SEOUL|LOC", "Yonhap|ORG", "South Korea|LOC", "Kim Young-ran Act|MISC", "Supreme Court|ORG",
   "Anti-Corruption and Civil Rights Commission|ORG", "Gangnam|LOC", "National Assembly|ORG")),
# wT018
("2001-11-11",
 """DOHA, Nov 11 (Reuters) - Trade ministers meeting in the Qatari capital approved China's entry into the World Trade Organisation on Saturday, ending 15 years of talks, and Taiwan is due to be admitted on Sunday under the name Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu. Chinese Trade Minister Shi Guangsheng called it a milestone. The ministers are still arguing over the agenda of a new round of talks, which host Qatar wants to call the Doha Development Agenda.""",
 E("DOHA|LOC", "Reuters|ORG", "Qatari|MISC", "China|LOC", "World Trade Organisation|ORG", "Taiwan|LOC",
   "Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu|LOC", "Chinese|MISC", "Shi Guangsheng|PER",
   "Qatar|LOC", "Doha Development Agenda|MISC")),
# wT019
("2022-01-18",
 """JAKARTA, Jan 18 (Reuters) - Indonesia's House of Representatives passed a law on Tuesday to move the capital from Jakarta to a new city in East Kalimantan on the island of Borneo, to be called Nusantara. President Joko Widodo wants civil servants to start moving in 2024. The Nusantara Capital Authority will run the city, and the Indonesian Forum for the Environment, known as Walhi, said the plan threatened forests and the habitat of orangutans.""",
 E("JAKARTA|LOC", "Reuters|ORG", "Indonesia|LOC", "House of Representatives|ORG", "Jakarta|LOC",
   "East Kalimantan|LOC", "Borneo|LOC", "Nusantara|LOC", "Joko Widodo|PER", "Nusantara Capital Authority|ORG",
   "Indonesian Forum for the Environment|ORG", "Walhi|ORG")),
# wT020
("2008-07-08",
 """PHNOM PENH, July 8 (Reuters) - Thousands of Cambodians celebrated in Phnom Penh on Tuesday after UNESCO's World Heritage Committee, meeting in Quebec City, added the 11th-century Hindu temple of Preah Vihear to its list of protected sites. The listing angered Thai nationalists of the People's Alliance for Democracy, who say the land around the cliff-top temple belongs to Thailand, and the opposition in Bangkok has filed a motion against Thai Foreign Minister Noppadon Pattama, who backed the bid.""",
 E("PHNOM PENH|LOC", "Reuters|ORG", "Cambodians|MISC", "Phnom Penh|LOC", "UNESCO|ORG", "World Heritage Committee|ORG",
   "Quebec City|LOC", "Hindu|MISC", "Preah Vihear|LOC", "Thai|MISC", "People's Alliance for Democracy|ORG",
   "Thailand|LOC", "Bangkok|LOC", "Thai|MISC", "Noppadon Pattama|PER")),
# wT021
("2014-05-15",
 """HANOI, May 15 (Reuters) - Rioters set fire to foreign-owned factories in Binh Duong province and attacked a Taiwanese steel plant run by Formosa Plastics Group in Ha Tinh, in protests against China's deployment of the oil rig Haiyang Shiyou 981 near the Paracel Islands. Hundreds of Chinese workers fled to Cambodia. Prime Minister Nguyen Tan Dung sent text messages urging citizens to defend national sovereignty by lawful means, and the China National Offshore Oil Corp said the rig would stay until August.""",
 E("HANOI|LOC", "Reuters|ORG", "Binh Duong|LOC", "Taiwanese|MISC", "Formosa Plastics Group|ORG", "Ha Tinh|LOC",
   "China|LOC", "Haiyang Shiyou 981|MISC", "Paracel Islands|LOC", "Chinese|MISC", "Cambodia|LOC",
   "Nguyen Tan Dung|PER", "China National Offshore Oil Corp|ORG")),
# wT022
("2018-11-16",
 """ROGUN, Tajikistan, Nov 16 (Reuters) - President Emomali Rahmon started the first turbine of the Rogun hydroelectric plant on the Vakhsh River on Friday, a project begun in Soviet times that neighbouring Uzbekistan long opposed. Italy's Salini Impregilo is building what will be the world's tallest dam, 335 metres high. Rahmon pressed the button from the control room, and Uzbek officials, who once feared for their cotton fields, said they were ready to buy its power.""",
 E("ROGUN|LOC", "Tajikistan|LOC", "Reuters|ORG", "Emomali Rahmon|PER", "Rogun|LOC", "Vakhsh River|LOC", "Soviet|MISC",
   "Uzbekistan|LOC", "Italy|LOC", "Salini Impregilo|ORG", "Rahmon|PER", "Uzbek|MISC")),
# wT023
("2021-06-05",
 """ABUJA, June 5 (Reuters) - Nigeria suspended Twitter indefinitely on Friday, two days after the platform deleted a post by President Muhammadu Buhari that threatened to treat secessionists in the southeast "in the language they understand", recalling the Biafran war. Information Minister Lai Mohammed said the Nigerian Communications Commission would order internet providers to block the service, and the Socio-Economic Rights and Accountability Project said it would sue at the ECOWAS Court of Justice.""",
 E("ABUJA|LOC", "Reuters|ORG", "Nigeria|LOC", "Twitter|ORG", "Muhammadu Buhari|PER", "Biafran|MISC", "Lai Mohammed|PER",
   "Nigerian Communications Commission|ORG", "Socio-Economic Rights and Accountability Project|ORG",
   "ECOWAS Court of Justice|ORG")),
# wT024
("2019-12-30",
 """ACCRA, Dec 30 (Reuters) - Ghana's Year of Return, a campaign inviting people of African descent to visit 400 years after the first enslaved Africans reached Virginia, brought in about 1.9 billion dollars, the Ghana Tourism Authority said on Monday. Visitors from the United States, Britain and the Caribbean toured Cape Coast Castle and went to the Afrochella festival in Accra, and Ghanaian President Nana Akufo-Addo granted citizenship to 126 of them.""",
 E("ACCRA|LOC", "Reuters|ORG", "Ghana|LOC", "Year of Return|MISC", "African|MISC", "Africans|MISC", "Virginia|LOC",
   "Ghana Tourism Authority|ORG", "United States|LOC", "Britain|LOC", "Caribbean|LOC", "Cape Coast Castle|LOC",
   "Afrochella|MISC", "Accra|LOC", "Ghanaian|MISC", "Nana Akufo-Addo|PER")),
# wT025
("2023-02-16",
 """ADDIS ABABA, Feb 16 (AFP) - The Ethiopian Orthodox Tewahedo Church called off protests planned for Sunday after Prime Minister Abiy Ahmed's government agreed to a compromise over a breakaway synod formed by three archbishops in Oromia. The rebel clergy, who want services held in Afaan Oromo rather than in Amharic and Ge'ez, had ordained 26 bishops. Patriarch Mathias had accused the government of siding with them.""",
 E("ADDIS ABABA|LOC", "AFP|ORG", "Ethiopian Orthodox Tewahedo Church|ORG", "Abiy Ahmed|PER", "Oromia|LOC",
   "Afaan Oromo|MISC", "Amharic|MISC", "Ge'ez|MISC", "Mathias|PER")),
# wT026
("2023-05-29",
 """KAMPALA, May 29 (Reuters) - Ugandan President Yoweri Museveni signed the Anti-Homosexuality Act on Monday, one of the world's harshest anti-gay laws, which includes the death penalty for "aggravated homosexuality". U.S. President Joe Biden called it a tragic violation of human rights and said Washington would review its aid to Uganda. The Inter-Religious Council of Uganda, which groups Anglican, Catholic, Muslim and Orthodox leaders, welcomed the law.""",
 E("KAMPALA|LOC", "Reuters|ORG", "Ugandan|MISC", "Yoweri Museveni|PER", "Anti-Homosexuality Act|MISC", "U.S.|LOC",
   "Joe Biden|PER", "Washington|LOC", "Uganda|LOC", "Inter-Religious Council of Uganda|ORG", "Anglican|MISC",
   "Catholic|MISC", "Muslim|MISC", "Orthodox|MISC")),
# wT027
("2024-12-03",
 """WINDHOEK, Dec 3 (Reuters) - Netumbo Nandi-Ndaitwah of the ruling SWAPO party will become Namibia's first woman president after winning 57 percent of the vote, the Electoral Commission of Namibia said on Tuesday. Her nearest rival, Panduleni Itula of the Independent Patriots for Change, rejected the result because of ballot shortages that kept some polls open for three days. SWAPO has governed since independence in 1990.""",
 E("WINDHOEK|LOC", "Reuters|ORG", "Netumbo Nandi-Ndaitwah|PER", "SWAPO|ORG", "Namibia|LOC",
   "Electoral Commission of Namibia|ORG", "Panduleni Itula|PER", "Independent Patriots for Change|ORG", "SWAPO|ORG")),
# wT028
("2011-07-02",
 """RABAT, July 2 (AP) - Moroccans approved a new constitution in Friday's referendum by more than 98 percent, the Interior Ministry said, after King Mohammed VI offered reforms to calm protests led by the February 20 Movement. The text makes Tamazight, the Berber language, an official language alongside Arabic and gives the prime minister more power. The movement, backed by the Islamist Justice and Charity group, had urged a boycott.""",
 E("RABAT|LOC", "AP|ORG", "Moroccans|MISC", "Interior Ministry|ORG", "Mohammed VI|PER", "February 20 Movement|ORG",
   "Tamazight|MISC", "Berber|MISC", "Arabic|MISC", "Islamist|MISC", "Justice and Charity|ORG")),
# wT029
("2019-10-18",
 """BEIRUT, Oct 18 (Reuters) - Thousands of Lebanese blocked roads in Beirut, Tripoli and Tyre on Friday in protests against a proposed daily fee on calls made through WhatsApp, and the government dropped the plan within hours. Protesters waved the national flag rather than the banners of Hezbollah, Amal or the Free Patriotic Movement, and chanted against the whole political class. The Association of Banks in Lebanon said banks would stay shut on Saturday.""",
 E("BEIRUT|LOC", "Reuters|ORG", "Lebanese|MISC", "Beirut|LOC", "Tripoli|LOC", "Tyre|LOC", "WhatsApp|ORG",
   "Hezbollah|ORG", "Amal|ORG", "Free Patriotic Movement|ORG", "Association of Banks in Lebanon|ORG")),
# wT030
("2018-07-19",
 """JERUSALEM, July 19 (Reuters) - Israel's Knesset passed a law early on Thursday defining the country as the nation-state of the Jewish people and downgrading Arabic from an official language to one with "special status". Arab lawmakers tore up copies of the bill, while Prime Minister Benjamin Netanyahu called the vote a defining moment in the history of Zionism. Druze leaders, whose community serves in the Israel Defense Forces, said they would petition the Supreme Court.""",
 E("JERUSALEM|LOC", "Reuters|ORG", "Israel|LOC", "Knesset|ORG", "Jewish|MISC", "Arabic|MISC", "Arab|MISC",
   "Benjamin Netanyahu|PER", "Zionism|MISC", "Druze|MISC", "Israel Defense Forces|ORG", "Supreme Court|ORG")),
# wT031
("2018-06-17",
 """PSARADES, Greece, June 17 (AFP) - The foreign ministers of Greece and Macedonia signed a deal on the shore of Lake Prespa on Sunday under which the former Yugoslav republic will be renamed the Republic of North Macedonia, ending a 27-year dispute. Prime Ministers Alexis Tsipras and Zoran Zaev watched the signing, while in Pisoderi riot police fired tear gas at Greek nationalists who say the name Macedonia belongs to the Greek province around Thessaloniki. The Prespa Agreement opens the way for Skopje to join NATO and the European Union.""",
 E("PSARADES|LOC", "Greece|LOC", "AFP|ORG", "Greece|LOC", "Macedonia|LOC", "Lake Prespa|LOC", "Yugoslav|MISC",
   "Republic of North Macedonia|LOC", "Alexis Tsipras|PER", "Zoran Zaev|PER", "Pisoderi|LOC", "Greek|MISC",
   "Macedonia|LOC", "Greek|MISC", "Thessaloniki|LOC", "Prespa Agreement|MISC", "Skopje|LOC", "NATO|ORG",
   "European Union|ORG")),
# wT032
("2021-10-01",
 """DUBAI, Oct 1 (Reuters) - Expo 2020 Dubai opened its gates to visitors on Friday, a year late because of the pandemic, with 192 countries taking part in the first world's fair held in the Middle East. Pavilions by Saudi Arabia, Germany and Italy drew the longest queues, and the Bureau International des Expositions said the fair would keep its original name until it closes in March. Human Rights Watch and some European lawmakers had urged a boycott over the jailing of activist Ahmed Mansoor.""",
 E("DUBAI|LOC", "Reuters|ORG", "Expo 2020 Dubai|MISC", "Middle East|LOC", "Saudi Arabia|LOC", "Germany|LOC",
   "Italy|LOC", "Bureau International des Expositions|ORG", "Human Rights Watch|ORG", "European|MISC",
   "Ahmed Mansoor|PER")),
# wT033
("2019-11-09",
 """NAROWAL, Pakistan, Nov 9 (Reuters) - Prime Minister Imran Khan opened the Kartarpur Corridor on Saturday, letting Sikh pilgrims from across the border visit without a visa the shrine where Guru Nanak, the founder of Sikhism, spent his last years. The first group of 562 pilgrims, led by former Punjab chief minister Parkash Singh Badal, crossed at the Dera Baba Nanak checkpoint to reach Gurdwara Darbar Sahib, days before the 550th anniversary of the birth of Guru Nanak.""",
 E("NAROWAL|LOC", "Pakistan|LOC", "Reuters|ORG", "Imran Khan|PER", "Kartarpur Corridor|LOC", "Sikh|MISC",
   "Guru Nanak|PER", "Sikhism|MISC", "Punjab|LOC", "Parkash Singh Badal|PER", "Dera Baba Nanak|LOC",
   "Gurdwara Darbar Sahib|LOC", "Guru Nanak|PER")),
# wT034
("2008-03-25",
 """THIMPHU, March 25 (Reuters) - The Bhutan Peace and Prosperity Party won 45 of 47 seats in the Himalayan kingdom's first parliamentary election, results showed on Tuesday, completing a move to democracy ordered from above by King Jigme Singye Wangchuck before he abdicated. Party leader Jigmi Thinley will become prime minister; the People's Democratic Party, led by the king's uncle Sangay Ngedup, won only two seats.""",
 E("THIMPHU|LOC", "Reuters|ORG", "Bhutan Peace and Prosperity Party|ORG", "Himalayan|MISC", "Jigme Singye Wangchuck|PER",
   "Jigmi Thinley|PER", "People's Democratic Party|ORG", "Sangay Ngedup|PER")),
# wT035
("2017-11-15",
 """CANBERRA, Nov 15 (Reuters) - Australians voted 61.6 percent in favour of allowing same-sex couples to marry in a voluntary postal survey, the Australian Bureau of Statistics said on Wednesday, and Prime Minister Malcolm Turnbull promised a bill by Christmas. Every state and territory voted yes; the strongest no vote came from western Sydney seats such as Blaxland, home to many Muslim and Christian families of Lebanese descent.""",
 E("CANBERRA|LOC", "Reuters|ORG", "Australians|MISC", "Australian Bureau of Statistics|ORG", "Malcolm Turnbull|PER",
   "Christmas|MISC", "Sydney|LOC", "Blaxland|LOC", "Muslim|MISC", "Christian|MISC", "Lebanese|MISC")),
# wT036
("2023-03-29",
 """NEW YORK, March 29 (AP) - The U.N. General Assembly adopted by consensus on Wednesday a resolution drafted by Vanuatu asking the International Court of Justice for an advisory opinion on the legal duties of states to protect the climate. Vanuatu's Prime Minister Ishmael Kalsakau said the idea came from law students at the University of the South Pacific in Fiji, who founded the group Pacific Islands Students Fighting Climate Change in 2019.""",
 E("NEW YORK|LOC", "AP|ORG", "U.N. General Assembly|ORG", "Vanuatu|LOC", "International Court of Justice|ORG",
   "Vanuatu|LOC", "Ishmael Kalsakau|PER", "University of the South Pacific|ORG", "Fiji|LOC",
   "Pacific Islands Students Fighting Climate Change|ORG")),
# wT037
("2021-11-30",
 """BRIDGETOWN, Nov 30 (AP) - Barbados became a republic at midnight, removing Queen Elizabeth II as head of state and swearing in Sandra Mason as its first president at National Heroes Square. Prince Charles watched as the royal standard was lowered, and Prime Minister Mia Mottley declared the singer Rihanna a national hero. The island will stay in the Commonwealth.""",
 E("BRIDGETOWN|LOC", "AP|ORG", "Barbados|LOC", "Elizabeth II|PER", "Sandra Mason|PER", "National Heroes Square|LOC",
   "Charles|PER", "Mia Mottley|PER", "Rihanna|PER", "Commonwealth|ORG")),
# wT038
("2021-07-12",
 """HAVANA, July 12 (Reuters) - Thousands of Cubans marched in Havana, San Antonio de los Banos and dozens of other towns on Sunday in the biggest protests since the 1959 revolution, chanting "Patria y Vida", the title of a rap song that turned an old slogan of Fidel Castro on its head. President Miguel Diaz-Canel blamed a U.S. campaign run through Facebook, and the Cuban Communist Party's newspaper Granma called the marchers vandals.""",
 E("HAVANA|LOC", "Reuters|ORG", "Cubans|MISC", "Havana|LOC", "San Antonio de los Banos|LOC", "Patria y Vida|MISC",
   "Fidel Castro|PER", "Miguel Diaz-Canel|PER", "U.S.|LOC", "Facebook|ORG", "Cuban Communist Party|ORG", "Granma|ORG")),
# wT039
("2023-08-21",
 """QUITO, Aug 21 (AP) - Ecuadoreans voted by almost 59 percent on Sunday to halt oil drilling in Block 43 inside Yasuni National Park, home to the Tagaeri and Taromenane peoples, who shun contact with outsiders. State oil company Petroecuador must dismantle its wells within a year. The referendum, pushed for a decade by the environmental group Yasunidos, was held alongside the first round of a snap presidential election.""",
 E("QUITO|LOC", "AP|ORG", "Ecuadoreans|MISC", "Block 43|LOC", "Yasuni National Park|LOC", "Tagaeri|MISC",
   "Taromenane|MISC", "Petroecuador|ORG", "Yasunidos|ORG")),
# wT040
("2020-10-28",
 """WARSAW, Oct 28 (Reuters) - Tens of thousands of Poles blocked roads and marched on the headquarters of the ruling Law and Justice party on Wednesday, the seventh day of protests against a Constitutional Tribunal ruling that bans almost all abortions. Organisers from the All-Poland Women's Strike called a general strike, and some protesters interrupted Sunday masses, prompting Jaroslaw Kaczynski, the party's leader, to urge Poles to defend the Catholic Church.""",
 E("WARSAW|LOC", "Reuters|ORG", "Poles|MISC", "Law and Justice|ORG", "Constitutional Tribunal|ORG",
   "All-Poland Women's Strike|ORG", "Jaroslaw Kaczynski|PER", "Poles|MISC", "Catholic Church|ORG")),
]
