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
("2009-11-29",
 """BERNE, Nov 29 (Reuters) - Swiss voters approved a ban on the building of minarets on Sunday by 57.5 percent, a result that stunned the government and drew protests from Muslim countries. The initiative was launched by members of the right-wing Swiss People's Party and the small Federal Democratic Union, whose posters showed minarets rising like missiles from the Swiss flag. The Federal Council had urged a no vote, and the Federation of Islamic Organisations in Switzerland said Muslims felt hurt.""",
 E("BERNE|LOC", "Reuters|ORG", "Swiss|MISC", "Muslim|MISC", "Swiss People's Party|ORG", "Federal Democratic Union|ORG",
   "Swiss|MISC", "Federal Council|ORG", "Federation of Islamic Organisations in Switzerland|ORG", "Muslims|MISC")),
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
("2001-11-10",
 """DOHA, Nov 10 (Reuters) - Trade ministers meeting in the Qatari capital approved China's entry into the World Trade Organisation on Saturday, ending 15 years of talks, and Taiwan is due to be admitted on Sunday under the name Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu. Chinese Trade Minister Shi Guangsheng called it a milestone. The ministers are still arguing over the agenda of a new round of talks, which host Qatar wants to call the Doha Development Agenda.""",
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
("2017-01-31",
 """ADDIS ABABA, Jan 31 (Reuters) - Morocco was readmitted to the African Union on Monday, 33 years after it quit the Organisation of African Unity in protest at the admission of the Sahrawi Arab Democratic Republic, which claims Western Sahara. King Mohammed VI had lobbied for months, and Algeria and the Polisario Front failed to block the move. Leaders also elected Chadian Foreign Minister Moussa Faki Mahamat as chairperson of the African Union Commission.""",
 E("ADDIS ABABA|LOC", "Reuters|ORG", "Morocco|LOC", "African Union|ORG", "Organisation of African Unity|ORG",
   "Sahrawi Arab Democratic Republic|LOC", "Western Sahara|LOC", "Mohammed VI|PER", "Algeria|LOC", "Polisario Front|ORG",
   "Chadian|MISC", "Moussa Faki Mahamat|PER", "African Union Commission|ORG")),
# wT028
("2011-07-02",
 """RABAT, July 2 (AP) - Moroccans approved a new constitution in Friday's referendum by more than 98 percent, the Interior Ministry said, after King Mohammed VI offered reforms to calm protests led by the February 20 Movement. The text makes Tamazight, the Berber language, an official language alongside Arabic and gives the prime minister more power. The movement, backed by the Islamist Justice and Charity group, had urged a boycott.""",
 E("RABAT|LOC", "AP|ORG", "Moroccans|MISC", "Interior Ministry|ORG", "Mohammed VI|PER", "February 20 Movement|ORG",
   "Tamazight|MISC", "Berber|MISC", "Arabic|MISC", "Islamist|MISC", "Justice and Charity|ORG")),
# wT029
("2021-04-04",
 """AMMAN, April 4 (Reuters) - Jordan's former crown prince, Prince Hamzah bin Hussein, said in a video released overnight that he had been placed under house arrest, and accused the country's leaders of corruption and incompetence. Deputy Prime Minister Ayman Safadi said on Sunday that Hamzah had been in contact with foreign parties, and that about 16 people, including Bassem Awadallah, a former head of the Royal Court, had been detained. Saudi Arabia, Egypt and the Gulf Cooperation Council voiced support for King Abdullah.""",
 E("AMMAN|LOC", "Reuters|ORG", "Jordan|LOC", "Hamzah bin Hussein|PER", "Ayman Safadi|PER", "Hamzah|PER",
   "Bassem Awadallah|PER", "Royal Court|ORG", "Saudi Arabia|LOC", "Egypt|LOC", "Gulf Cooperation Council|ORG", "Abdullah|PER")),
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
# wT041
("2012-07-22",
 """PARIS, July 22 (Reuters) - Bradley Wiggins became the first British winner of the Tour de France on Sunday, riding down the Champs-Elysees in the yellow jersey beside Team Sky team mate Chris Froome, who finished second. Mark Cavendish won the final stage for the fourth year running. Italian Vincenzo Nibali of Liquigas-Cannondale was third, and Wiggins, a Londoner who won track gold in Beijing, thanked the crowds in French.""",
 E("PARIS|LOC", "Reuters|ORG", "Bradley Wiggins|PER", "British|MISC", "Tour de France|MISC", "Champs-Elysees|LOC",
   "Team Sky|ORG", "Chris Froome|PER", "Mark Cavendish|PER", "Italian|MISC", "Vincenzo Nibali|PER",
   "Liquigas-Cannondale|ORG", "Wiggins|PER", "Londoner|MISC", "Beijing|LOC", "French|MISC")),
# wT042
("2012-02-13",
 """LIBREVILLE, Feb 13 (Reuters) - Zambia won the Africa Cup of Nations for the first time on Sunday, beating Ivory Coast 8-7 on penalties after a goalless final in Gabon's capital, a few hundred metres from the beach where a plane carrying their national team crashed in 1993. Stoppila Sunzu scored the winning kick after Didier Drogba had missed a penalty in normal time. French coach Herve Renard carried injured defender Joseph Musonda onto the podium.""",
 E("LIBREVILLE|LOC", "Reuters|ORG", "Zambia|LOC", "Africa Cup of Nations|MISC", "Ivory Coast|LOC", "Gabon|LOC",
   "Stoppila Sunzu|PER", "Didier Drogba|PER", "French|MISC", "Herve Renard|PER", "Joseph Musonda|PER")),
# wT043
("2017-06-22",
 """LONDON, June 22 (Reuters) - Afghanistan and Ireland will play five-day international cricket after the International Cricket Council voted unanimously on Thursday to make them its 11th and 12th full members. Cricket Ireland chief executive Warren Deutrom called it the greatest day in the history of the game in Ireland, while the Afghanistan Cricket Board said its players, many of whom learnt the game in refugee camps in Pakistan, had earned it.""",
 E("LONDON|LOC", "Reuters|ORG", "Afghanistan|LOC", "Ireland|LOC", "International Cricket Council|ORG",
   "Cricket Ireland|ORG", "Warren Deutrom|PER", "Ireland|LOC", "Afghanistan Cricket Board|ORG", "Pakistan|LOC")),
# wT044
("2019-02-04",
 """PRAYAGRAJ, Feb 4 (Reuters) - Millions of Hindu pilgrims bathed at the Sangam, where the Ganges meets the Yamuna, on Monday, the most auspicious day of the Kumbh Mela, which officials say will draw more than 120 million people over seven weeks. Uttar Pradesh Chief Minister Yogi Adityanath, who renamed the city from Allahabad last year, took a dip with members of the Akhil Bharatiya Akhara Parishad, the council of Hindu monastic orders.""",
 E("PRAYAGRAJ|LOC", "Reuters|ORG", "Hindu|MISC", "Sangam|LOC", "Ganges|LOC", "Yamuna|LOC", "Kumbh Mela|MISC",
   "Uttar Pradesh|LOC", "Yogi Adityanath|PER", "Allahabad|LOC", "Akhil Bharatiya Akhara Parishad|ORG", "Hindu|MISC")),
# wT045
("2019-04-25",
 """KIEV, April 25 (Reuters) - Ukraine's Verkhovna Rada passed a law on Thursday making Ukrainian compulsory for public servants, doctors, teachers and most media, four days after comedian Volodymyr Zelenskiy, a native Russian speaker, won the presidency. Outgoing President Petro Poroshenko said he would sign the law, "On Ensuring the Functioning of the Ukrainian Language as the State Language", before he leaves office. The Kremlin said it discriminated against Russian speakers.""",
 E("KIEV|LOC", "Reuters|ORG", "Ukraine|LOC", "Verkhovna Rada|ORG", "Ukrainian|MISC", "Volodymyr Zelenskiy|PER",
   "Russian|MISC", "Petro Poroshenko|PER",
   "On Ensuring the Functioning of the Ukrainian Language as the State Language|MISC", "Kremlin|LOC", "Russian|MISC")),
# wT046
("2012-02-19",
 """RIGA, Feb 19 (Reuters) - Latvians rejected a proposal to make Russian a second official language by about three to one in a referendum on Saturday, the Central Election Commission said. Turnout was high among ethnic Latvians, and support for the change came mainly from Latgale and the eastern city of Daugavpils, where most people speak Russian. The vote was forced by a petition from Native Language, a group led by Vladimir Lindermans, and Prime Minister Valdis Dombrovskis said the result should end the debate.""",
 E("RIGA|LOC", "Reuters|ORG", "Latvians|MISC", "Russian|MISC", "Central Election Commission|ORG", "Latvians|MISC",
   "Latgale|LOC", "Daugavpils|LOC", "Russian|MISC", "Native Language|ORG", "Vladimir Lindermans|PER",
   "Valdis Dombrovskis|PER")),
# wT047
("2007-12-13",
 """LISBON, Dec 13 (Reuters) - Leaders of the 27 European Union countries signed the Treaty of Lisbon in the Jeronimos Monastery on Thursday, replacing the constitution that French and Dutch voters rejected in 2005. The treaty creates a full-time president for summits of EU leaders and a stronger foreign policy chief. British Prime Minister Gordon Brown arrived late and signed alone, and Poland and Britain have opt-outs from the Charter of Fundamental Rights.""",
 E("LISBON|LOC", "Reuters|ORG", "European Union|ORG", "Treaty of Lisbon|MISC", "Jeronimos Monastery|LOC",
   "French|MISC", "Dutch|MISC", "EU|ORG", "British|MISC", "Gordon Brown|PER", "Poland|LOC", "Britain|LOC",
   "Charter of Fundamental Rights|MISC")),
# wT048
("2005-07-08",
 """GLENEAGLES, Scotland, July 8 (Reuters) - Leaders of the Group of Eight rich nations agreed on Friday to double aid to Africa to 50 billion dollars a year by 2010, days after the Live 8 concerts organised by Bob Geldof drew huge crowds in London, Philadelphia and Edinburgh. The summit at the Gleneagles Hotel was interrupted on Thursday by the bombings in London, and Prime Minister Tony Blair flew back to the capital for several hours.""",
 E("GLENEAGLES|LOC", "Scotland|LOC", "Reuters|ORG", "Group of Eight|ORG", "Africa|LOC", "Live 8|MISC",
   "Bob Geldof|PER", "London|LOC", "Philadelphia|LOC", "Edinburgh|LOC", "Gleneagles Hotel|LOC", "London|LOC",
   "Tony Blair|PER")),
# wT049
("2015-11-22",
 """KUALA LUMPUR, Nov 22 (Reuters) - Leaders of the Association of Southeast Asian Nations signed a declaration on Sunday establishing the ASEAN Economic Community, a single market of 620 million people, at a summit also attended by U.S. President Barack Obama and Chinese Premier Li Keqiang. Malaysian Prime Minister Najib Razak, the host, faces questions over the state fund 1Malaysia Development Berhad, while Philippine President Benigno Aquino raised China's island building in the South China Sea.""",
 E("KUALA LUMPUR|LOC", "Reuters|ORG", "Association of Southeast Asian Nations|ORG", "ASEAN Economic Community|ORG",
   "U.S.|LOC", "Barack Obama|PER", "Chinese|MISC", "Li Keqiang|PER", "Malaysian|MISC", "Najib Razak|PER",
   "1Malaysia Development Berhad|ORG", "Philippine|MISC", "Benigno Aquino|PER", "China|LOC", "South China Sea|LOC")),
# wT050
("2020-04-21",
 """MUNICH, April 21 (Reuters) - Bavaria cancelled this year's Oktoberfest on Tuesday, the first time the beer festival has been called off since the Second World War, because of the coronavirus. Bavarian Premier Markus Soeder said the risk was too great at a festival that draws six million visitors to the Theresienwiese each year, and Munich Mayor Dieter Reiter said brewers such as Paulaner and Augustiner would lose heavily.""",
 E("MUNICH|LOC", "Reuters|ORG", "Bavaria|LOC", "Oktoberfest|MISC", "Second World War|MISC", "Bavarian|MISC", "Markus Soeder|PER",
   "Theresienwiese|LOC", "Munich|LOC", "Dieter Reiter|PER", "Paulaner|ORG", "Augustiner|ORG")),
# wT051
("2020-09-25",
 """RIO DE JANEIRO, Sept 25 (Reuters) - Rio de Janeiro's top samba schools postponed the 2021 Carnival parade at the Sambadrome on Thursday, the first time it has been called off in more than a century, because of the pandemic. "There is no way to parade safely in February," said Jorge Castanheira, president of the Independent League of Samba Schools of Rio de Janeiro (LIESA). Schools such as Mangueira and Beija-Flor need months to build their floats and costumes.""",
 E("RIO DE JANEIRO|LOC", "Reuters|ORG", "Rio de Janeiro|LOC", "Carnival|MISC", "Sambadrome|LOC",
   "Jorge Castanheira|PER", "Independent League of Samba Schools of Rio de Janeiro|ORG", "LIESA|ORG",
   "Mangueira|ORG", "Beija-Flor|ORG")),
# wT052
("2012-01-15",
 """TIMBUKTU, Mali, Jan 15 (AFP) - The Festival au Desert closed on Saturday at Essakane, in the dunes west of Timbuktu, with a set by the Tuareg guitar band Tinariwen, joined on stage by U2 singer Bono. Crowds were thinner than usual after France and Britain warned their citizens away following the kidnapping of three Europeans in Timbuktu in November, claimed by Al Qaeda in the Islamic Maghreb.""",
 E("TIMBUKTU|LOC", "Mali|LOC", "AFP|ORG", "Festival au Desert|MISC", "Essakane|LOC", "Timbuktu|LOC", "Tuareg|MISC",
   "Tinariwen|ORG", "U2|ORG", "Bono|PER", "France|LOC", "Britain|LOC", "Europeans|MISC", "Timbuktu|LOC",
   "Al Qaeda in the Islamic Maghreb|ORG")),
# wT053
("2007-01-09",
 """SAN FRANCISCO, Jan 9 (Reuters) - Apple Inc unveiled the iPhone on Tuesday, a mobile phone with a touch screen that doubles as an iPod and web browser, and its shares jumped 8 percent on the Nasdaq while those of Research In Motion and Palm Inc fell. Chief Executive Steve Jobs told the Macworld conference the phone would sell for 499 dollars from June through Cingular Wireless, a venture of AT&T and BellSouth.""",
 E("SAN FRANCISCO|LOC", "Reuters|ORG", "Apple Inc|ORG", "iPhone|MISC", "iPod|MISC", "Nasdaq|ORG",
   "Research In Motion|ORG", "Palm Inc|ORG", "Steve Jobs|PER", "Macworld|MISC", "Cingular Wireless|ORG", "AT&T|ORG",
   "BellSouth|ORG")),
# wT054
("2017-07-29",
 """FREMONT, California, July 29 (Reuters) - Tesla Inc handed the first 30 Model 3 sedans to employees at its factory here on Friday, and Chief Executive Elon Musk warned of "manufacturing hell" as the company tries to build 5,000 a week by the end of the year. More than 500,000 people have put down deposits for the car, which competes with the Chevrolet Bolt from General Motors. Its batteries come from the Gigafactory in Nevada, run with Panasonic Corp.""",
 E("FREMONT|LOC", "California|LOC", "Reuters|ORG", "Tesla Inc|ORG", "Model 3|MISC", "Elon Musk|PER",
   "Chevrolet Bolt|MISC", "General Motors|ORG", "Gigafactory|LOC", "Nevada|LOC", "Panasonic Corp|ORG")),
# wT055
("2011-07-10",
 """LONDON, July 10 (Reuters) - The News of the World printed its last edition on Sunday, closed by Rupert Murdoch's News International after revelations that its reporters hacked the voicemail of murdered schoolgirl Milly Dowler. Murdoch flew into London to take charge of the crisis, which threatens News Corp's bid for full control of BSkyB. The Metropolitan Police has arrested former editor Andy Coulson, who until January was Prime Minister David Cameron's media chief.""",
 E("LONDON|LOC", "Reuters|ORG", "News of the World|ORG", "Rupert Murdoch|PER", "News International|ORG",
   "Milly Dowler|PER", "Murdoch|PER", "London|LOC", "News Corp|ORG", "BSkyB|ORG", "Metropolitan Police|ORG",
   "Andy Coulson|PER", "David Cameron|PER")),
# wT056
("2018-04-25",
 """ISTANBUL, April 25 (Reuters) - A Turkish court sentenced 14 staff of the opposition daily Cumhuriyet to prison terms of up to seven and a half years on Wednesday for aiding terrorist groups, among them the Kurdistan Workers Party and the movement of Muslim cleric Fethullah Gulen. Cartoonist Musa Kart and columnist Kadri Gursel were among those convicted. The Committee to Protect Journalists and Reporters Without Borders condemned the verdicts.""",
 E("ISTANBUL|LOC", "Reuters|ORG", "Turkish|MISC", "Cumhuriyet|ORG", "Kurdistan Workers Party|ORG", "Muslim|MISC",
   "Fethullah Gulen|PER", "Musa Kart|PER", "Kadri Gursel|PER", "Committee to Protect Journalists|ORG",
   "Reporters Without Borders|ORG")),
# wT057
("2006-02-04",
 """DAMASCUS, Feb 4 (Reuters) - Protesters set fire to the Danish and Norwegian embassies in Damascus on Saturday in anger at cartoons of the Prophet Mohammad first printed by the Danish newspaper Jyllands-Posten in September and reprinted by the Norwegian Christian weekly Magazinet. Denmark told its citizens to leave Syria, and Danish dairy group Arla Foods said a boycott had halted its sales across the Gulf.""",
 E("DAMASCUS|LOC", "Reuters|ORG", "Danish|MISC", "Norwegian|MISC", "Damascus|LOC", "Mohammad|PER", "Danish|MISC",
   "Jyllands-Posten|ORG", "Norwegian|MISC", "Christian|MISC", "Magazinet|ORG", "Denmark|LOC", "Syria|LOC",
   "Danish|MISC", "Arla Foods|ORG", "Gulf|LOC")),
# wT058
("2013-01-12",
 """PARIS, Jan 12 (Reuters) - French Rafale and Mirage jets struck Islamist columns near Konna in central Mali on Saturday, the second day of Operation Serval, as President Francois Hollande said France would stay as long as needed. Defence Minister Jean-Yves Le Drian said a helicopter pilot had been killed. The fighters, from Ansar Dine, the Movement for Oneness and Jihad in West Africa and Al Qaeda in the Islamic Maghreb, had seized Konna on Thursday.""",
 E("PARIS|LOC", "Reuters|ORG", "French|MISC", "Rafale|MISC", "Mirage|MISC", "Islamist|MISC", "Konna|LOC", "Mali|LOC",
   "Operation Serval|MISC", "Francois Hollande|PER", "France|LOC", "Jean-Yves Le Drian|PER", "Ansar Dine|ORG",
   "Movement for Oneness and Jihad in West Africa|ORG", "Al Qaeda in the Islamic Maghreb|ORG", "Konna|LOC")),
# wT059
("2015-06-19",
 """CURITIBA, Brazil, June 19 (Reuters) - Brazil's Federal Police arrested Marcelo Odebrecht, head of Latin America's largest engineering firm, Odebrecht SA, on Friday in a new phase of Operation Car Wash, the investigation into bribes paid for contracts with the state oil company. Police also detained Otavio Azevedo, chief executive of rival builder Andrade Gutierrez. Both were brought to Curitiba, where Judge Sergio Moro is handling the case.""",
 E("CURITIBA|LOC", "Brazil|LOC", "Reuters|ORG", "Brazil|LOC", "Federal Police|ORG", "Marcelo Odebrecht|PER",
   "Latin America|LOC", "Odebrecht SA|ORG", "Operation Car Wash|MISC", "Otavio Azevedo|PER", "Andrade Gutierrez|ORG",
   "Curitiba|LOC", "Sergio Moro|PER")),
# wT060
("1999-03-25",
 """BRUSSELS, March 25 (Reuters) - NATO warplanes and cruise missiles struck targets across Yugoslavia overnight in Operation Allied Force, the first attack on a sovereign state in the alliance's 50-year history, after Slobodan Milosevic refused a peace deal for Kosovo drafted at Rambouillet. Secretary-General Javier Solana said the strikes aimed to stop the repression of Kosovo Albanians. Russia recalled its military envoy to the alliance, and President Boris Yeltsin called the strikes naked aggression.""",
 E("BRUSSELS|LOC", "Reuters|ORG", "NATO|ORG", "Yugoslavia|LOC", "Operation Allied Force|MISC", "Slobodan Milosevic|PER",
   "Kosovo|LOC", "Rambouillet|LOC", "Javier Solana|PER", "Kosovo Albanians|MISC", "Russia|LOC", "Boris Yeltsin|PER")),
# wT061
("2021-01-22",
 """GENEVA, Jan 22 (Reuters) - The Treaty on the Prohibition of Nuclear Weapons entered into force on Friday, 90 days after Honduras became the 50th state to ratify it, though none of the nine nuclear-armed states has signed. Beatrice Fihn, head of the International Campaign to Abolish Nuclear Weapons, called it a new chapter. Japan, the only country to suffer atomic bombing, has stayed out under the U.S. nuclear umbrella, to the anger of the survivors' group Nihon Hidankyo.""",
 E("GENEVA|LOC", "Reuters|ORG", "Treaty on the Prohibition of Nuclear Weapons|MISC", "Honduras|LOC", "Beatrice Fihn|PER",
   "International Campaign to Abolish Nuclear Weapons|ORG", "Japan|LOC", "U.S.|LOC", "Nihon Hidankyo|ORG")),
# wT062
("2013-04-02",
 """NEW YORK, April 2 (Reuters) - The U.N. General Assembly approved the first Arms Trade Treaty on Tuesday by 154 votes to 3, with Iran, North Korea and Syria voting against and Russia and China among 23 abstentions. The treaty, covering everything from pistols to battle tanks, needs 50 ratifications to take effect. Secretary of State John Kerry said it would not touch the rights of Americans under the Second Amendment, but the National Rifle Association vowed to fight ratification in the Senate.""",
 E("NEW YORK|LOC", "Reuters|ORG", "U.N. General Assembly|ORG", "Arms Trade Treaty|MISC", "Iran|LOC", "North Korea|LOC",
   "Syria|LOC", "Russia|LOC", "China|LOC", "John Kerry|PER", "Americans|MISC", "Second Amendment|MISC",
   "National Rifle Association|ORG", "Senate|ORG")),
# wT063
("2001-10-26",
 """WASHINGTON, Oct 26 (Reuters) - President George W. Bush signed the USA Patriot Act on Friday, giving the FBI and the CIA wider powers to tap phones, track e-mail and share intelligence in the hunt for the plotters of last month's attacks on New York and Washington. Attorney General John Ashcroft said agents would use the law at once. The American Civil Liberties Union said some provisions trampled on the Fourth Amendment, and Senator Russ Feingold of Wisconsin cast the only vote against it in the Senate.""",
 E("WASHINGTON|LOC", "Reuters|ORG", "George W. Bush|PER", "USA Patriot Act|MISC", "FBI|ORG", "CIA|ORG", "New York|LOC",
   "Washington|LOC", "John Ashcroft|PER", "American Civil Liberties Union|ORG", "Fourth Amendment|MISC",
   "Russ Feingold|PER", "Wisconsin|LOC", "Senate|ORG")),
# wT064
("2004-03-15",
 """PARIS, March 15 (Reuters) - President Jacques Chirac signed a law on Monday banning Islamic headscarves, Jewish skullcaps and large Christian crosses from state schools, saying it defended the French principle of secularism. The French Council of the Muslim Faith urged Muslim girls to respect the ban, which takes effect in September, but the Union of Islamic Organisations of France said it would help pupils who refuse to comply.""",
 E("PARIS|LOC", "Reuters|ORG", "Jacques Chirac|PER", "Islamic|MISC", "Jewish|MISC", "Christian|MISC", "French|MISC",
   "French Council of the Muslim Faith|ORG", "Muslim|MISC", "Union of Islamic Organisations of France|ORG")),
# wT065
("2020-12-17",
 """LAUSANNE, Dec 17 (Reuters) - The Court of Arbitration for Sport halved Russia's ban from major sporting events to two years on Thursday, meaning its athletes can compete at next year's Olympics in Tokyo, though not under the Russian flag or anthem. The court upheld the finding by the World Anti-Doping Agency that the Russian Anti-Doping Agency, RUSADA, was non-compliant after data from the Moscow laboratory were manipulated.""",
 E("LAUSANNE|LOC", "Reuters|ORG", "Court of Arbitration for Sport|ORG", "Russia|LOC", "Olympics|MISC", "Tokyo|LOC",
   "Russian|MISC", "World Anti-Doping Agency|ORG", "Russian Anti-Doping Agency|ORG", "RUSADA|ORG", "Moscow|LOC")),
# wT066
("2018-12-21",
 """DAKAR, Dec 21 (AFP) - Scholars from more than 40 African countries met in Dakar this week for the general assembly of the Council for the Development of Social Science Research in Africa, which marks its 45th year. Its executive secretary, Godwin Murunga, a Kenyan historian, said research on the continent should be paid for by African governments rather than by Western foundations such as the Ford Foundation.""",
 E("DAKAR|LOC", "AFP|ORG", "African|MISC", "Dakar|LOC", "Council for the Development of Social Science Research in Africa|ORG",
   "Godwin Murunga|PER", "Kenyan|MISC", "African|MISC", "Western|MISC", "Ford Foundation|ORG")),
# wT067
("2006-02-01",
 """WASHINGTON, Feb 1 (Reuters) - Ben Bernanke was sworn in as chairman of the Board of Governors of the Federal Reserve System on Wednesday, a day after Alan Greenspan presided over his last meeting of the Federal Open Market Committee and raised interest rates to 4.5 percent. Bernanke, a former Princeton University economist, takes over with the Dow Jones industrial average close to 10,900.""",
 E("WASHINGTON|LOC", "Reuters|ORG", "Ben Bernanke|PER", "Board of Governors of the Federal Reserve System|ORG",
   "Alan Greenspan|PER", "Federal Open Market Committee|ORG", "Bernanke|PER", "Princeton University|ORG",
   "Dow Jones industrial average|MISC")),
# wT068
("2022-06-21",
 """LONDON, June 21 (Reuters) - Britain's biggest rail strike in 30 years shut most of the network on Tuesday as 40,000 members of the National Union of Rail, Maritime and Transport Workers walked out over pay and job cuts at Network Rail and 13 train companies. RMT general secretary Mick Lynch said the union would not back down, and Prime Minister Boris Johnson's government said it would let agencies supply replacement staff. Trains on the London Underground also stopped in a separate walkout.""",
 E("LONDON|LOC", "Reuters|ORG", "Britain|LOC", "National Union of Rail, Maritime and Transport Workers|ORG",
   "Network Rail|ORG", "RMT|ORG", "Mick Lynch|PER", "Boris Johnson|PER", "London Underground|LOC")),
# wT069
("2022-10-03",
 """STOCKHOLM, Oct 3 (Reuters) - Swedish geneticist Svante Paabo won the Nobel Prize in Physiology or Medicine on Monday for sequencing the genome of the Neanderthals and discovering the Denisovans, an extinct human group known from a finger bone found in a cave in Siberia. Paabo, a director at the Max Planck Institute for Evolutionary Anthropology in Leipzig, is the son of Sune Bergstrom, who won the same prize in 1982, the Nobel Assembly at the Karolinska Institute said.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "Swedish|MISC", "Svante Paabo|PER", "Nobel Prize in Physiology or Medicine|MISC",
   "Neanderthals|MISC", "Denisovans|MISC", "Siberia|LOC", "Paabo|PER", "Max Planck Institute for Evolutionary Anthropology|ORG",
   "Leipzig|LOC", "Sune Bergstrom|PER", "Nobel Assembly at the Karolinska Institute|ORG")),
# wT070
("1999-07-26",
 """SRINAGAR, July 26 (Reuters) - Indian troops have retaken the last peaks above the Kargil sector of Kashmir occupied since May by infiltrators from across the Line of Control, the army said on Monday. Pakistani Prime Minister Nawaz Sharif agreed in Washington on July 4 to press the fighters to withdraw, angering his army chief, General Pervez Musharraf. Indian officers took reporters to Tololing and Tiger Hill, scenes of the fiercest fighting.""",
 E("SRINAGAR|LOC", "Reuters|ORG", "Indian|MISC", "Kargil|LOC", "Kashmir|LOC", "Line of Control|LOC", "Pakistani|MISC",
   "Nawaz Sharif|PER", "Washington|LOC", "Pervez Musharraf|PER", "Indian|MISC", "Tololing|LOC", "Tiger Hill|LOC")),
# wT071
("2002-04-19",
 """SUN CITY, April 19 (Reuters) - The Inter-Congolese Dialogue closed at a casino resort in Sun City on Friday with a power-sharing deal between President Joseph Kabila and the Movement for the Liberation of Congo of rebel leader Jean-Pierre Bemba, under which Bemba would become prime minister. The Rally for Congolese Democracy, backed by Rwanda, rejected the deal and said it would keep control of the east of the Democratic Republic of Congo.""",
 E("SUN CITY|LOC", "Reuters|ORG", "Inter-Congolese Dialogue|MISC", "Sun City|LOC", "Joseph Kabila|PER",
   "Movement for the Liberation of Congo|ORG", "Jean-Pierre Bemba|PER", "Bemba|PER", "Rally for Congolese Democracy|ORG",
   "Rwanda|LOC", "Democratic Republic of Congo|LOC")),
# wT072
("2019-06-17",
 """QUEBEC CITY, June 17 (Reuters) - Quebec's National Assembly passed a law late on Sunday barring teachers, police officers, judges and other public employees in positions of authority from wearing religious symbols at work, such as the Muslim hijab, the Sikh turban and the Jewish kippa. Premier Francois Legault of the Coalition Avenir Quebec said the Act respecting the laicity of the State reflected the will of Quebecers. The National Council of Canadian Muslims and the Canadian Civil Liberties Association said they would challenge it in court.""",
 E("QUEBEC CITY|LOC", "Reuters|ORG", "Quebec|LOC", "National Assembly|ORG", "Muslim|MISC", "Sikh|MISC", "Jewish|MISC",
   "Francois Legault|PER", "Coalition Avenir Quebec|ORG", "Act respecting the laicity of the State|MISC", "Quebecers|MISC",
   "National Council of Canadian Muslims|ORG", "Canadian Civil Liberties Association|ORG")),
# wT073
("2003-03-02",
 """AUCKLAND, March 2 (AP) - Swiss challenger Alinghi won the America's Cup on Sunday, completing a 5-0 sweep of the holders, whose boat had lost its mast in the fourth race. Skipper Russell Coutts, who had led the holders to two wins before defecting with tactician Brad Butterworth, steered Alinghi across the line 45 seconds ahead. The syndicate, funded by biotech billionaire Ernesto Bertarelli, is the first European team to win the trophy, and the next defence will be held in Europe.""",
 E("AUCKLAND|LOC", "AP|ORG", "Swiss|MISC", "Alinghi|ORG", "America's Cup|MISC", "Russell Coutts|PER",
   "Brad Butterworth|PER", "Alinghi|ORG", "Ernesto Bertarelli|PER", "European|MISC", "Europe|LOC")),
# wT074
("2019-11-24",
 """MADRID, Nov 24 (Reuters) - Rafael Nadal led Spain to a sixth Davis Cup title on Sunday, beating Denis Shapovalov to give the hosts an unbeatable 2-0 lead over Canada in the first final of the revamped competition at the Caja Magica. The new format, backed by Kosmos, the investment group of Barcelona defender Gerard Pique, drew complaints about late finishes, and the International Tennis Federation promised changes.""",
 E("MADRID|LOC", "Reuters|ORG", "Rafael Nadal|PER", "Spain|LOC", "Davis Cup|MISC", "Denis Shapovalov|PER", "Canada|LOC",
   "Caja Magica|LOC", "Kosmos|ORG", "Barcelona|ORG", "Gerard Pique|PER", "International Tennis Federation|ORG")),
# wT075
("2018-02-06",
 """CAPE CANAVERAL, Florida, Feb 6 (Reuters) - SpaceX launched its Falcon Heavy, the most powerful rocket in service, from the Kennedy Space Center on Tuesday, sending Elon Musk's red Tesla Roadster, with a dummy in a spacesuit at the wheel, towards an orbit beyond Mars. Two of the rocket's three boosters landed side by side at Cape Canaveral Air Force Station, though the core stage missed the drone ship Of Course I Still Love You.""",
 E("CAPE CANAVERAL|LOC", "Florida|LOC", "Reuters|ORG", "SpaceX|ORG", "Falcon Heavy|MISC", "Kennedy Space Center|LOC",
   "Elon Musk|PER", "Tesla Roadster|MISC", "Mars|LOC", "Cape Canaveral Air Force Station|LOC",
   "Of Course I Still Love You|MISC")),
# wT076
("2019-01-03",
 """BEIJING, Jan 3 (Reuters) - China's Chang'e 4 probe made the first soft landing on the far side of the moon on Thursday, touching down in the Von Karman crater inside the South Pole-Aitken basin, the China National Space Administration said. Signals reach Earth through the Queqiao relay satellite, and a rover, Yutu-2, will study the terrain. The probe carries experiments from Germany, Sweden, the Netherlands and Saudi Arabia.""",
 E("BEIJING|LOC", "Reuters|ORG", "China|LOC", "Chang'e 4|MISC", "Von Karman|LOC", "South Pole-Aitken|LOC",
   "China National Space Administration|ORG", "Earth|LOC", "Queqiao|MISC", "Yutu-2|MISC", "Germany|LOC", "Sweden|LOC",
   "Netherlands|LOC", "Saudi Arabia|LOC")),
# wT077
("2014-11-13",
 """DARMSTADT, Germany, Nov 13 (Reuters) - The European Space Agency's Philae lander bounced twice before settling on the comet it had chased for ten years, scientists at mission control in Darmstadt said on Thursday, and may have come to rest in the shadow of a cliff where its solar panels get little light. The washing-machine-sized robot was carried by the Rosetta spacecraft. Engineers of the German Aerospace Center in Cologne said it had already sent back pictures.""",
 E("DARMSTADT|LOC", "Germany|LOC", "Reuters|ORG", "European Space Agency|ORG", "Philae|MISC", "Darmstadt|LOC",
   "Rosetta|MISC", "German Aerospace Center|ORG", "Cologne|LOC")),
# wT078
("2009-01-01",
 """ANKARA, Jan 1 (Reuters) - Turkey's state broadcaster TRT launched its first round-the-clock Kurdish-language channel, TRT 6, on Thursday, lifting another taboo on a language that was banned in public until 1991. Prime Minister Tayyip Erdogan sent a message in Kurdish wishing it success. The pro-Kurdish Democratic Society Party said the channel was meant to win votes for Erdogan's AK Party in the southeast in March local elections.""",
 E("ANKARA|LOC", "Reuters|ORG", "Turkey|LOC", "TRT|ORG", "Kurdish|MISC", "TRT 6|ORG", "Tayyip Erdogan|PER",
   "Kurdish|MISC", "Kurdish|MISC", "Democratic Society Party|ORG", "Erdogan|PER", "AK Party|ORG")),
# wT079
("2016-04-26",
 """SIMFEROPOL, Crimea, April 26 (Reuters) - The Russian-installed Supreme Court of Crimea banned the Mejlis, the representative body of the Crimean Tatars, as an extremist organisation on Tuesday, two years after Moscow annexed the peninsula from Ukraine. Mejlis leaders Mustafa Dzhemilev and Refat Chubarov, who are barred from Crimea, said Tatars were being punished for boycotting the 2014 referendum. The U.N. human rights office urged Russia to reverse the ban.""",
 E("SIMFEROPOL|LOC", "Crimea|LOC", "Reuters|ORG", "Russian|MISC", "Supreme Court of Crimea|ORG", "Mejlis|ORG",
   "Crimean Tatars|MISC", "Moscow|LOC", "Ukraine|LOC", "Mejlis|ORG", "Mustafa Dzhemilev|PER", "Refat Chubarov|PER",
   "Crimea|LOC", "Tatars|MISC", "U.N.|ORG", "Russia|LOC")),
# wT080
("2012-11-18",
 """CAIRO, Nov 18 (Reuters) - Bishop Tawadros was enthroned as Pope Tawadros II, head of the Coptic Orthodox Church, at St Mark's Cathedral in Cairo on Sunday, taking charge of a community that fears the rise of the Muslim Brotherhood under President Mohamed Mursi. Mursi did not attend but sent Prime Minister Hisham Qandil. Copts make up about a tenth of Egypt's 83 million people.""",
 E("CAIRO|LOC", "Reuters|ORG", "Tawadros|PER", "Tawadros II|PER", "Coptic Orthodox Church|ORG", "St Mark's Cathedral|LOC",
   "Cairo|LOC", "Muslim Brotherhood|ORG", "Mohamed Mursi|PER", "Mursi|PER", "Hisham Qandil|PER", "Copts|MISC", "Egypt|LOC")),
# wT081
("2017-04-20",
 """MOSCOW, April 20 (Reuters) - Russia's Supreme Court banned the Jehovah's Witnesses as an extremist organisation on Thursday and ordered the state to seize the group's headquarters near St Petersburg and its 395 local branches. The Justice Ministry had accused the Christian denomination of spreading extremist literature. The group, which says it has about 175,000 followers in Russia, said it would appeal to the European Court of Human Rights, and the U.S. State Department said it was deeply concerned.""",
 E("MOSCOW|LOC", "Reuters|ORG", "Russia|LOC", "Supreme Court|ORG", "Jehovah's Witnesses|ORG", "St Petersburg|LOC",
   "Justice Ministry|ORG", "Christian|MISC", "Russia|LOC", "European Court of Human Rights|ORG", "U.S. State Department|ORG")),
# wT082
("2022-01-01",
 """DUBLIN, Jan 1 (Reuters) - Irish became a full working language of the European Union on Saturday, ending a derogation agreed in 2005 that limited how many documents Brussels translated into it. The change means about 180 more jobs for Irish speakers in EU institutions, said Conradh na Gaeilge, the group that campaigns for the language. Minister of State Jack Chambers said this year's census would show how many people in Ireland speak Gaelic at home.""",
 E("DUBLIN|LOC", "Reuters|ORG", "Irish|MISC", "European Union|ORG", "Brussels|LOC", "Irish|MISC", "EU|ORG",
   "Conradh na Gaeilge|ORG", "Jack Chambers|PER", "Ireland|LOC", "Gaelic|MISC")),
# wT083
("2014-09-19",
 """EDINBURGH, Sept 19 (Reuters) - Scots voted by 55 percent to 45 to stay in the United Kingdom in Thursday's independence referendum, and First Minister Alex Salmond said he would step down as leader of the Scottish National Party. Glasgow and Dundee voted yes, but Edinburgh and Aberdeen backed the Better Together campaign led by former finance minister Alistair Darling. Prime Minister David Cameron promised more powers for Holyrood.""",
 E("EDINBURGH|LOC", "Reuters|ORG", "Scots|MISC", "United Kingdom|LOC", "Alex Salmond|PER", "Scottish National Party|ORG",
   "Glasgow|LOC", "Dundee|LOC", "Edinburgh|LOC", "Aberdeen|LOC", "Better Together|ORG", "Alistair Darling|PER",
   "David Cameron|PER", "Holyrood|LOC")),
# wT084
("2016-04-07",
 """AMSTERDAM, April 7 (Reuters) - Dutch voters rejected the European Union's Association Agreement with Ukraine by 61 percent to 38 in a referendum on Wednesday, on a turnout of 32 percent, just above the threshold for the result to count. The vote was forced by a petition organised by the website GeenStijl and a new think tank, the Forum for Democracy, led by Thierry Baudet. Prime Minister Mark Rutte, whose country holds the EU presidency, said the government could not simply ratify the pact as it stood.""",
 E("AMSTERDAM|LOC", "Reuters|ORG", "Dutch|MISC", "European Union|ORG", "Association Agreement|MISC", "Ukraine|LOC",
   "GeenStijl|ORG", "Forum for Democracy|ORG", "Thierry Baudet|PER", "Mark Rutte|PER", "EU|ORG")),
# wT085
("1995-03-26",
 """BRUSSELS, March 26 (Reuters) - Passport checks disappeared on Sunday at the borders between France, Germany, Spain, Portugal, Belgium, the Netherlands and Luxembourg as the Schengen Agreement, named after the Luxembourg village where it was first signed in 1985, took effect. Travellers at Frankfurt airport and at Paris's Charles de Gaulle airport said little had changed on the first day. Italy and Greece have signed but are not ready, and Britain and Ireland have stayed out.""",
 E("BRUSSELS|LOC", "Reuters|ORG", "France|LOC", "Germany|LOC", "Spain|LOC", "Portugal|LOC", "Belgium|LOC", "Netherlands|LOC",
   "Luxembourg|LOC", "Schengen Agreement|MISC", "Luxembourg|LOC", "Frankfurt|LOC", "Paris|LOC", "Charles de Gaulle|LOC",
   "Italy|LOC", "Greece|LOC", "Britain|LOC", "Ireland|LOC")),
# wT086
("2005-02-16",
 """KYOTO, Japan, Feb 16 (Reuters) - The Kyoto Protocol came into force on Wednesday, seven years after it was agreed in this former imperial capital, binding 35 industrial nations to cut greenhouse gas emissions by 2012. Russia's ratification last year brought it into effect, but the United States and Australia remain outside. Klaus Toepfer, head of the United Nations Environment Programme, said the protocol to the United Nations Framework Convention on Climate Change was only a first step, and Greenpeace activists unfurled banners in Tokyo.""",
 E("KYOTO|LOC", "Japan|LOC", "Reuters|ORG", "Kyoto Protocol|MISC", "Russia|LOC", "United States|LOC", "Australia|LOC",
   "Klaus Toepfer|PER", "United Nations Environment Programme|ORG", "United Nations Framework Convention on Climate Change|MISC",
   "Greenpeace|ORG", "Tokyo|LOC")),
# wT087
("1995-09-28",
 """WASHINGTON, Sept 28 (Reuters) - Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat signed an agreement in the East Room on Thursday extending Palestinian self-rule to most towns of the West Bank. The Interim Agreement on the West Bank and the Gaza Strip, known as Oslo II, calls for Israeli troops to leave Jenin, Nablus, Tulkarm, Qalqilya, Ramallah and Bethlehem before elections to a Palestinian Council. President Bill Clinton, King Hussein of Jordan and Egyptian President Hosni Mubarak looked on.""",
 E("WASHINGTON|LOC", "Reuters|ORG", "Israeli|MISC", "Yitzhak Rabin|PER", "PLO|ORG", "Yasser Arafat|PER", "East Room|LOC",
   "Palestinian|MISC", "West Bank|LOC", "Interim Agreement on the West Bank and the Gaza Strip|MISC", "Oslo II|MISC",
   "Israeli|MISC", "Jenin|LOC", "Nablus|LOC", "Tulkarm|LOC", "Qalqilya|LOC", "Ramallah|LOC", "Bethlehem|LOC",
   "Palestinian Council|ORG", "Bill Clinton|PER", "Hussein|PER", "Jordan|LOC", "Egyptian|MISC", "Hosni Mubarak|PER")),
# wT088
("2016-10-15",
 """KIGALI, Oct 15 (Reuters) - Nearly 200 countries agreed in the Rwandan capital on Saturday to phase out hydrofluorocarbons, gases used in fridges and air conditioners that warm the planet, in an amendment to the Montreal Protocol. Under the Kigali Amendment, rich nations will start cutting their use in 2019, China and most developing states in 2024, and a few hot countries, including Pakistan and the Gulf states, in 2028. U.S. Secretary of State John Kerry called it a big step.""",
 E("KIGALI|LOC", "Reuters|ORG", "Rwandan|MISC", "Montreal Protocol|MISC", "Kigali Amendment|MISC", "China|LOC",
   "Pakistan|LOC", "Gulf|LOC", "U.S.|LOC", "John Kerry|PER")),
# wT089
("2000-06-23",
 """COTONOU, Benin, June 23 (Reuters) - The European Union and 77 countries of the African, Caribbean and Pacific Group of States signed a new 20-year aid and trade pact in Cotonou on Friday, replacing the Lome Convention that had governed their ties since 1975. The Cotonou Agreement links aid to good governance and will phase out trade preferences that Latin American banana growers had challenged at the World Trade Organization. EU Development Commissioner Poul Nielson called it a partnership of equals.""",
 E("COTONOU|LOC", "Benin|LOC", "Reuters|ORG", "European Union|ORG", "African, Caribbean and Pacific Group of States|ORG",
   "Cotonou|LOC", "Lome Convention|MISC", "Cotonou Agreement|MISC", "Latin American|MISC", "World Trade Organization|ORG",
   "EU|ORG", "Poul Nielson|PER")),
# wT090
("2002-11-08",
 """GIBRALTAR, Nov 8 (Reuters) - Gibraltarians rejected any sharing of sovereignty between Britain and Spain by 17,900 votes to 187 in a referendum on Thursday called by Chief Minister Peter Caruana. The British Foreign Office said the vote had no legal force but that no deal would be imposed, and Spanish Foreign Minister Ana Palacio said talks with London would go on. Residents waved red and white flags along Main Street.""",
 E("GIBRALTAR|LOC", "Reuters|ORG", "Gibraltarians|MISC", "Britain|LOC", "Spain|LOC", "Peter Caruana|PER", "British|MISC",
   "Foreign Office|ORG", "Spanish|MISC", "Ana Palacio|PER", "London|LOC", "Main Street|LOC")),
# wT091
("2012-06-22",
 """RIO DE JANEIRO, June 22 (Reuters) - The United Nations Conference on Sustainable Development closed on Friday with a declaration, "The Future We Want", that environmental groups called a failure. Leaders including Chinese Premier Wen Jiabao and French President Francois Hollande attended the summit, known as Rio+20, but U.S. President Barack Obama and German Chancellor Angela Merkel stayed away. Kumi Naidoo of Greenpeace called the text an epic failure.""",
 E("RIO DE JANEIRO|LOC", "Reuters|ORG", "United Nations Conference on Sustainable Development|MISC", "The Future We Want|MISC",
   "Chinese|MISC", "Wen Jiabao|PER", "French|MISC", "Francois Hollande|PER", "Rio+20|MISC", "U.S.|LOC", "Barack Obama|PER",
   "German|MISC", "Angela Merkel|PER", "Kumi Naidoo|PER", "Greenpeace|ORG")),
# wT092
("2018-04-20",
 """LONDON, April 20 (Reuters) - Commonwealth leaders agreed on Friday that Prince Charles should succeed Queen Elizabeth as head of the 53-nation grouping, at the end of a Commonwealth Heads of Government Meeting held at Windsor Castle. British Prime Minister Theresa May used the summit to apologise to leaders from the Caribbean over the treatment of the Windrush generation, migrants who came from there after the Second World War and were later wrongly threatened with deportation.""",
 E("LONDON|LOC", "Reuters|ORG", "Commonwealth|ORG", "Charles|PER", "Elizabeth|PER", "Commonwealth Heads of Government Meeting|MISC",
   "Windsor Castle|LOC", "British|MISC", "Theresa May|PER", "Caribbean|LOC", "Windrush|MISC",
   "Second World War|MISC")),
# wT093
("2012-08-30",
 """TEHRAN, Aug 30 (Reuters) - Egyptian President Mohamed Mursi embarrassed his Iranian hosts at the Non-Aligned Movement summit on Thursday by calling the Syrian government oppressive, prompting Syria's delegation to walk out. Iran's Supreme Leader Ali Khamenei used his opening speech to attack the U.N. Security Council as unjust, with U.N. Secretary-General Ban Ki-moon in the hall.""",
 E("TEHRAN|LOC", "Reuters|ORG", "Egyptian|MISC", "Mohamed Mursi|PER", "Iranian|MISC", "Non-Aligned Movement|ORG",
   "Syrian|MISC", "Syria|LOC", "Iran|LOC", "Ali Khamenei|PER", "U.N. Security Council|ORG", "U.N.|ORG", "Ban Ki-moon|PER")),
# wT094
("2017-01-17",
 """DAVOS, Switzerland, Jan 17 (Reuters) - Xi Jinping became the first Chinese president to address the World Economic Forum on Tuesday, defending globalisation and warning that nobody would win a trade war, three days before Donald Trump takes office in Washington. Xi compared protectionism to locking oneself in a dark room. Klaus Schwab, the forum's founder, introduced him, and Jack Ma of Alibaba Group sat in the front row.""",
 E("DAVOS|LOC", "Switzerland|LOC", "Reuters|ORG", "Xi Jinping|PER", "Chinese|MISC", "World Economic Forum|ORG",
   "Donald Trump|PER", "Washington|LOC", "Xi|PER", "Klaus Schwab|PER", "Jack Ma|PER", "Alibaba Group|ORG")),
# wT095
("2019-06-29",
 """PILTON, England, June 29 (Reuters) - Grime artist Stormzy became the first black British solo artist to headline the Glastonbury Festival on Friday night, wearing a stab-proof vest designed by Banksy during his set on the Pyramid Stage. The Killers and The Cure top the bill on Saturday and Sunday. Organiser Emily Eavis said 203,000 people were at Worthy Farm, where plastic bottles were banned this year.""",
 E("PILTON|LOC", "England|LOC", "Reuters|ORG", "Stormzy|PER", "British|MISC", "Glastonbury Festival|MISC", "Banksy|PER",
   "Pyramid Stage|LOC", "The Killers|ORG", "The Cure|ORG", "Emily Eavis|PER", "Worthy Farm|LOC")),
# wT096
("2015-05-09",
 """VENICE, May 9 (Reuters) - The 56th Venice Biennale opened to the public on Saturday under its first African-born director, Okwui Enwezor, whose main exhibition, "All the World's Futures", is built around a live reading of Karl Marx's Das Kapital. The pavilion of Armenia, marking the centenary of the Armenian genocide, won the prize for best national participation, and Ghanaian sculptor El Anatsui received a lifetime achievement award.""",
 E("VENICE|LOC", "Reuters|ORG", "Venice Biennale|MISC", "African|MISC", "Okwui Enwezor|PER", "All the World's Futures|MISC",
   "Karl Marx|PER", "Das Kapital|MISC", "Armenia|LOC", "Armenian|MISC", "Ghanaian|MISC", "El Anatsui|PER")),
# wT097
("2016-10-11",
 """SEOUL, Oct 11 (Reuters) - Samsung Electronics Co halted sales and production of its Galaxy Note 7 smartphone for good on Tuesday after replacement devices, issued under a recall last month, also caught fire, including one aboard a Southwest Airlines plane in Louisville, Kentucky. The U.S. Consumer Product Safety Commission told owners to switch the phones off. Samsung shares fell 8 percent, their biggest drop since 2008, and rivals Apple Inc and LG Electronics gained.""",
 E("SEOUL|LOC", "Reuters|ORG", "Samsung Electronics Co|ORG", "Galaxy Note 7|MISC", "Southwest Airlines|ORG", "Louisville|LOC",
   "Kentucky|LOC", "U.S. Consumer Product Safety Commission|ORG", "Samsung|ORG", "Apple Inc|ORG", "LG Electronics|ORG")),
# wT098
("2015-09-22",
 """WOLFSBURG, Germany, Sept 22 (Reuters) - Volkswagen AG said on Tuesday that 11 million of its diesel cars worldwide had software that cheated emissions tests, days after the U.S. Environmental Protection Agency accused it of fitting defeat devices to Jetta, Golf, Beetle, Passat and Audi A3 models. Chief Executive Martin Winterkorn apologised, and the shares fell another 20 percent on the Frankfurt Stock Exchange as the affair, already dubbed Dieselgate, spread to Europe.""",
 E("WOLFSBURG|LOC", "Germany|LOC", "Reuters|ORG", "Volkswagen AG|ORG", "U.S. Environmental Protection Agency|ORG",
   "Jetta|MISC", "Golf|MISC", "Beetle|MISC", "Passat|MISC", "Audi A3|MISC", "Martin Winterkorn|PER",
   "Frankfurt Stock Exchange|ORG", "Dieselgate|MISC", "Europe|LOC")),
# wT099
("2013-01-17",
 """TOKYO, Jan 17 (Reuters) - Airlines around the world grounded Boeing Co's 787 Dreamliner on Thursday after the U.S. Federal Aviation Administration ordered checks on its lithium-ion batteries, following a battery fire on a Japan Airlines jet in Boston and an emergency landing by an All Nippon Airways flight at Takamatsu. Shares of GS Yuasa Corp, which makes the batteries in Kyoto, fell 5 percent. Qatar Airways, United Airlines and Chile's LAN also parked their jets.""",
 E("TOKYO|LOC", "Reuters|ORG", "Boeing Co|ORG", "787 Dreamliner|MISC", "U.S. Federal Aviation Administration|ORG",
   "Japan Airlines|ORG", "Boston|LOC", "All Nippon Airways|ORG", "Takamatsu|LOC", "GS Yuasa Corp|ORG", "Kyoto|LOC",
   "Qatar Airways|ORG", "United Airlines|ORG", "Chile|LOC", "LAN|ORG")),
# wT100
("1997-12-10",
 """TOKYO, Dec 10 (Reuters) - Toyota Motor Corp began selling the Prius on Wednesday, the first mass-produced car with a hybrid petrol and electric engine, as delegates at the U.N. climate conference in Kyoto argued over cuts in greenhouse gases. The compact sedan, priced at 2.15 million yen, goes about twice as far on a litre of petrol as a Corolla. Rival Honda Motor Co is developing its own hybrid.""",
 E("TOKYO|LOC", "Reuters|ORG", "Toyota Motor Corp|ORG", "Prius|MISC", "U.N.|ORG", "Kyoto|LOC", "Corolla|MISC",
   "Honda Motor Co|ORG")),
# wT101
("2014-09-12",
 """TOKYO, Sept 12 (Reuters) - The president of the Asahi Shimbun, Tadakazu Kimura, apologised on Thursday for a 2011 report that Fukushima Daiichi workers fled the crippled plant against orders, and said the liberal daily would retract it. The newspaper had already withdrawn articles based on the testimony of Seiji Yoshida, who claimed to have rounded up Korean women for military brothels. The rival Yomiuri Shimbun and Prime Minister Shinzo Abe's Liberal Democratic Party had attacked the Asahi for months.""",
 E("TOKYO|LOC", "Reuters|ORG", "Asahi Shimbun|ORG", "Tadakazu Kimura|PER", "Fukushima Daiichi|LOC", "Seiji Yoshida|PER",
   "Korean|MISC", "Yomiuri Shimbun|ORG", "Shinzo Abe|PER", "Liberal Democratic Party|ORG", "Asahi|ORG")),
# wT102
("2001-10-08",
 """ISLAMABAD, Oct 8 (Reuters) - U.S. and British forces struck Taliban and al Qaeda targets across Afghanistan overnight in the opening of Operation Enduring Freedom, with bombs falling on Kabul, Kandahar and Jalalabad. President George W. Bush said the Taliban had been warned to hand over Osama bin Laden. In a videotape broadcast by Qatar's Al Jazeera television, bin Laden praised the attacks on the United States.""",
 E("ISLAMABAD|LOC", "Reuters|ORG", "U.S.|LOC", "British|MISC", "Taliban|ORG", "al Qaeda|ORG", "Afghanistan|LOC",
   "Operation Enduring Freedom|MISC", "Kabul|LOC", "Kandahar|LOC", "Jalalabad|LOC", "George W. Bush|PER", "Taliban|ORG",
   "Osama bin Laden|PER", "Qatar|LOC", "Al Jazeera|ORG", "bin Laden|PER", "United States|LOC")),
# wT103
("2011-10-17",
 """NAIROBI, Oct 17 (Reuters) - Kenyan troops backed by tanks and helicopters pushed into southern Somalia on Monday in Operation Linda Nchi, Swahili for "protect the country", to chase al Shabaab militants the government blames for a wave of kidnappings of foreigners near Lamu and in the Dadaab refugee camps. The Transitional Federal Government in Mogadishu said it had agreed to the operation, and Al Shabaab threatened to strike Nairobi.""",
 E("NAIROBI|LOC", "Reuters|ORG", "Kenyan|MISC", "Somalia|LOC", "Operation Linda Nchi|MISC", "Swahili|MISC", "al Shabaab|ORG",
   "Lamu|LOC", "Dadaab|LOC", "Transitional Federal Government|ORG", "Mogadishu|LOC", "Al Shabaab|ORG", "Nairobi|LOC")),
# wT104
("2011-03-31",
 """NAPLES, Italy, March 31 (Reuters) - NATO took sole command of air strikes on Libya on Thursday under Operation Unified Protector, taking over from a U.S.-led coalition, with Canadian Lieutenant-General Charles Bouchard in charge. Muammar Gaddafi's forces pushed rebels back towards Ajdabiyah, a day after Foreign Minister Moussa Koussa defected to Britain. Qatar and the United Arab Emirates are flying with the alliance.""",
 E("NAPLES|LOC", "Italy|LOC", "Reuters|ORG", "NATO|ORG", "Libya|LOC", "Operation Unified Protector|MISC", "U.S.|LOC",
   "Canadian|MISC", "Charles Bouchard|PER", "Muammar Gaddafi|PER", "Ajdabiyah|LOC", "Moussa Koussa|PER", "Britain|LOC",
   "Qatar|LOC", "United Arab Emirates|LOC")),
# wT105
("2011-11-15",
 """NEW YORK, Nov 15 (Reuters) - Police cleared Occupy Wall Street protesters from Zuccotti Park in Lower Manhattan before dawn on Tuesday, two months after the movement against corporate greed began, and arrested about 200 people. Mayor Michael Bloomberg said health and fire risks had become intolerable. A judge later ruled that protesters could return without tents, and camps in Oakland, Portland and Denver have also been dismantled.""",
 E("NEW YORK|LOC", "Reuters|ORG", "Occupy Wall Street|ORG", "Zuccotti Park|LOC", "Lower Manhattan|LOC",
   "Michael Bloomberg|PER", "Oakland|LOC", "Portland|LOC", "Denver|LOC")),
# wT106
("2011-05-20",
 """MADRID, May 20 (Reuters) - Thousands of young Spaniards camped in the Puerta del Sol for a fifth night on Friday, defying a ban on rallies before Sunday's local elections. The movement, known as 15-M after the march that started it, blames the Socialist government of Jose Luis Rodriguez Zapatero and the conservative People's Party alike for 21 percent unemployment. Similar camps sprang up in Barcelona, Valencia and Seville.""",
 E("MADRID|LOC", "Reuters|ORG", "Spaniards|MISC", "Puerta del Sol|LOC", "15-M|ORG", "Socialist|ORG",
   "Jose Luis Rodriguez Zapatero|PER", "People's Party|ORG", "Barcelona|LOC", "Valencia|LOC", "Seville|LOC")),
# wT107
("2014-09-29",
 """HONG KONG, Sept 29 (Reuters) - Tens of thousands of protesters blocked roads in Admiralty, Causeway Bay and Mong Kok on Monday, a day after police fired tear gas at crowds demanding free elections for the city's leader, and many held up umbrellas against pepper spray. The Occupy Central with Love and Peace campaign, led by law professor Benny Tai, has joined the student groups Scholarism and the Hong Kong Federation of Students. Chief Executive Leung Chun-ying urged them to go home, and Beijing warned against foreign interference.""",
 E("HONG KONG|LOC", "Reuters|ORG", "Admiralty|LOC", "Causeway Bay|LOC", "Mong Kok|LOC", "Occupy Central with Love and Peace|ORG",
   "Benny Tai|PER", "Scholarism|ORG", "Hong Kong Federation of Students|ORG", "Leung Chun-ying|PER", "Beijing|LOC")),
# wT108
("2019-09-20",
 """BERLIN, Sept 20 (Reuters) - Millions of people joined climate protests on Friday from Sydney and Jakarta to Berlin and New York, where Swedish activist Greta Thunberg, 16, whose school strike outside Sweden's parliament started the Fridays for Future movement, will speak before the U.N. Climate Action Summit. In Berlin, Chancellor Angela Merkel's coalition agreed a 54 billion euro climate package, which the Greens called far too timid.""",
 E("BERLIN|LOC", "Reuters|ORG", "Sydney|LOC", "Jakarta|LOC", "Berlin|LOC", "New York|LOC", "Swedish|MISC", "Greta Thunberg|PER",
   "Sweden|LOC", "Fridays for Future|ORG", "U.N. Climate Action Summit|MISC", "Berlin|LOC", "Angela Merkel|PER", "Greens|ORG")),
# wT109
("2019-04-16",
 """LONDON, April 16 (Reuters) - Climate activists from Extinction Rebellion blocked Waterloo Bridge, Oxford Circus and Marble Arch for a second day on Tuesday, and the Metropolitan Police said 290 people had been arrested. Activists moored a pink boat in the middle of Oxford Circus, named after the murdered Honduran campaigner Berta Caceres. Co-founder Gail Bradbrook said the group would stay until the government declared a climate emergency.""",
 E("LONDON|LOC", "Reuters|ORG", "Extinction Rebellion|ORG", "Waterloo Bridge|LOC", "Oxford Circus|LOC", "Marble Arch|LOC",
   "Metropolitan Police|ORG", "Oxford Circus|LOC", "Honduran|MISC", "Berta Caceres|PER", "Gail Bradbrook|PER")),
# wT110
("2014-03-24",
 """TAIPEI, March 24 (Reuters) - Riot police used water cannon early on Monday to drive students out of the cabinet offices, which they had stormed in protest at a trade pact with China, while hundreds more kept occupying the chamber of the Legislative Yuan for a seventh day. The students of the Sunflower Movement say the Cross-Strait Service Trade Agreement was rushed through a committee by President Ma Ying-jeou's Kuomintang. The opposition Democratic Progressive Party backs the students.""",
 E("TAIPEI|LOC", "Reuters|ORG", "China|LOC", "Legislative Yuan|ORG", "Sunflower Movement|ORG",
   "Cross-Strait Service Trade Agreement|MISC", "Ma Ying-jeou|PER", "Kuomintang|ORG", "Democratic Progressive Party|ORG")),
# wT111
("2011-02-13",
 """CAIRO, Feb 13 (Reuters) - Egypt's Supreme Council of the Armed Forces dissolved both houses of parliament and suspended the constitution on Sunday, two days after Hosni Mubarak stepped down, and said it would rule for six months or until elections. Field Marshal Mohamed Hussein Tantawi, Mubarak's defence minister for two decades, heads the council. Protesters who had camped in Tahrir Square for 18 days began to leave, though members of the April 6 Youth Movement vowed to stay.""",
 E("CAIRO|LOC", "Reuters|ORG", "Egypt|LOC", "Supreme Council of the Armed Forces|ORG", "Hosni Mubarak|PER",
   "Mohamed Hussein Tantawi|PER", "Mubarak|PER", "Tahrir Square|LOC", "April 6 Youth Movement|ORG")),
# wT112
("2023-03-13",
 """STOCKHOLM, March 13 (Reuters) - Ukraine became one of the three largest importers of major arms in the world in 2022, the Stockholm International Peace Research Institute said on Monday, after deliveries from the United States, Poland and Germany since the Russian invasion. European states raised their imports by 47 percent over five years, while Russian exports fell as Moscow kept more weapons for its own war, SIPRI researcher Pieter Wezeman said.""",
 E("STOCKHOLM|LOC", "Reuters|ORG", "Ukraine|LOC", "Stockholm International Peace Research Institute|ORG", "United States|LOC",
   "Poland|LOC", "Germany|LOC", "Russian|MISC", "European|MISC", "Russian|MISC", "Moscow|LOC", "SIPRI|ORG", "Pieter Wezeman|PER")),
# wT113
("2014-05-13",
 """LUXEMBOURG, May 13 (Reuters) - The Court of Justice of the European Union ruled on Tuesday that people can ask search engines such as Google to remove links to outdated information about them, backing a Spanish lawyer, Mario Costeja Gonzalez, who objected to a 1998 newspaper notice about the auction of his home for social security debts. The ruling in Google Spain v. AEPD, a case brought after Spain's data protection agency ordered links removed, caught Google by surprise.""",
 E("LUXEMBOURG|LOC", "Reuters|ORG", "Court of Justice of the European Union|ORG", "Google|ORG", "Spanish|MISC",
   "Mario Costeja Gonzalez|PER", "Google Spain v. AEPD|MISC", "Spain|LOC", "Google|ORG")),
# wT114
("2018-11-16",
 """PHNOM PENH, Nov 16 (Reuters) - The Extraordinary Chambers in the Courts of Cambodia found Nuon Chea and Khieu Samphan, the two most senior surviving Khmer Rouge leaders, guilty of genocide against ethnic Vietnamese on Friday, and Nuon Chea also of genocide against the Muslim Cham minority. Both men, aged 92 and 87, are already serving life terms for crimes against humanity. Prime Minister Hun Sen, himself a former Khmer Rouge officer, has said the U.N.-backed court should take no further cases.""",
 E("PHNOM PENH|LOC", "Reuters|ORG", "Extraordinary Chambers in the Courts of Cambodia|ORG", "Nuon Chea|PER",
   "Khieu Samphan|PER", "Khmer Rouge|ORG", "Vietnamese|MISC", "Nuon Chea|PER", "Muslim|MISC", "Cham|MISC", "Hun Sen|PER",
   "Khmer Rouge|ORG", "U.N.|ORG")),
# wT115
("2017-05-26",
 """ARUSHA, Tanzania, May 26 (Reuters) - The African Court on Human and Peoples' Rights ruled on Friday that Kenya had violated the rights of the Ogiek, a hunter-gatherer people, by evicting them from the Mau Forest in the name of conservation. The Kenya Forest Service had burned Ogiek homes in past evictions. Minority Rights Group International, which brought the case with the Ogiek Peoples' Development Program, called the judgment historic.""",
 E("ARUSHA|LOC", "Tanzania|LOC", "Reuters|ORG", "African Court on Human and Peoples' Rights|ORG", "Kenya|LOC", "Ogiek|MISC",
   "Mau Forest|LOC", "Kenya Forest Service|ORG", "Ogiek|MISC", "Minority Rights Group International|ORG",
   "Ogiek Peoples' Development Program|ORG")),
# wT116
("2008-05-23",
 """BRASILIA, May 23 (Reuters) - Twelve South American presidents signed a treaty on Friday creating the Union of South American Nations, a bloc modelled on the European Union, with a secretariat in Quito and a parliament in Cochabamba, Bolivia. Colombian President Alvaro Uribe declined to lead it amid tension with Ecuador and Venezuela over a Colombian raid on a FARC camp, and Chilean President Michelle Bachelet took the rotating presidency.""",
 E("BRASILIA|LOC", "Reuters|ORG", "South American|MISC", "Union of South American Nations|ORG", "European Union|ORG",
   "Quito|LOC", "Cochabamba|LOC", "Bolivia|LOC", "Colombian|MISC", "Alvaro Uribe|PER", "Ecuador|LOC", "Venezuela|LOC",
   "Colombian|MISC", "FARC|ORG", "Chilean|MISC", "Michelle Bachelet|PER")),
# wT117
("2008-07-13",
 """PARIS, July 13 (Reuters) - French President Nicolas Sarkozy launched the Union for the Mediterranean on Sunday at a summit of 43 European and Mediterranean states in the Grand Palais, bringing Syria's Bashar al-Assad and Israel's Ehud Olmert to the same table. Libya's Muammar Gaddafi stayed away, calling the project a new colonialism, and Egyptian President Hosni Mubarak will share the presidency with Sarkozy.""",
 E("PARIS|LOC", "Reuters|ORG", "French|MISC", "Nicolas Sarkozy|PER", "Union for the Mediterranean|ORG", "European|MISC",
   "Mediterranean|MISC", "Grand Palais|LOC", "Syria|LOC", "Bashar al-Assad|PER", "Israel|LOC", "Ehud Olmert|PER", "Libya|LOC",
   "Muammar Gaddafi|PER", "Egyptian|MISC", "Hosni Mubarak|PER", "Sarkozy|PER")),
# wT118
("2013-10-25",
 """TUNIS, Oct 25 (Reuters) - Tunisia's ruling Islamist party Ennahda and its secular opponents opened a national dialogue on Friday brokered by the Tunisian General Labour Union, under which Prime Minister Ali Larayedh's government is to hand power to a cabinet of technocrats within three weeks. The union, known by its French initials UGTT, is joined in the mediation by the employers' federation UTICA, the Tunisian Human Rights League and the bar association.""",
 E("TUNIS|LOC", "Reuters|ORG", "Tunisia|LOC", "Islamist|MISC", "Ennahda|ORG", "Tunisian General Labour Union|ORG",
   "Ali Larayedh|PER", "French|MISC", "UGTT|ORG", "UTICA|ORG", "Tunisian Human Rights League|ORG")),
# wT119
("2012-06-07",
 """ANTOFAGASTA, Chile, June 7 (Reuters) - The presidents of Chile, Colombia, Mexico and Peru signed the framework agreement of the Pacific Alliance on Wednesday at the Paranal Observatory in the Atacama Desert, pledging free movement of goods, services, capital and people. Chilean President Sebastian Pinera said the bloc looked towards Asia. Costa Rica and Panama attended as observers, and the European Southern Observatory, which runs the telescopes on Cerro Paranal, hosted the leaders.""",
 E("ANTOFAGASTA|LOC", "Chile|LOC", "Reuters|ORG", "Chile|LOC", "Colombia|LOC", "Mexico|LOC", "Peru|LOC", "Pacific Alliance|ORG",
   "Paranal Observatory|LOC", "Atacama Desert|LOC", "Chilean|MISC", "Sebastian Pinera|PER", "Asia|LOC", "Costa Rica|LOC",
   "Panama|LOC", "European Southern Observatory|ORG", "Cerro Paranal|LOC")),
# wT120
("2001-06-15",
 """SHANGHAI, June 15 (Reuters) - The leaders of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan founded the Shanghai Cooperation Organisation on Friday, turning the Shanghai Five border group into a bloc against what Chinese President Jiang Zemin called terrorism, separatism and extremism. Russian President Vladimir Putin said the bloc was aimed at no other country, though its members oppose U.S. plans for a missile defence shield.""",
 E("SHANGHAI|LOC", "Reuters|ORG", "China|LOC", "Russia|LOC", "Kazakhstan|LOC", "Kyrgyzstan|LOC", "Tajikistan|LOC",
   "Uzbekistan|LOC", "Shanghai Cooperation Organisation|ORG", "Shanghai Five|ORG", "Chinese|MISC", "Jiang Zemin|PER",
   "Russian|MISC", "Vladimir Putin|PER", "U.S.|LOC")),
# wT121
("2012-11-07",
 """VIENTIANE, Nov 7 (Reuters) - Laos held a ground-breaking ceremony on Wednesday for the Xayaburi dam on the lower Mekong, the first on the river's main stream below China, despite objections from Cambodia and Vietnam, whose fishermen and rice farmers depend on the river. Thai builder Ch. Karnchang is building the 3.5 billion dollar plant, and most of its power will go to the Electricity Generating Authority of Thailand. The Mekong River Commission, which groups the four lower Mekong states, had called for more studies.""",
 E("VIENTIANE|LOC", "Reuters|ORG", "Laos|LOC", "Xayaburi|LOC", "Mekong|LOC", "China|LOC", "Cambodia|LOC", "Vietnam|LOC",
   "Thai|MISC", "Ch. Karnchang|ORG", "Electricity Generating Authority of Thailand|ORG", "Mekong River Commission|ORG",
   "Mekong|LOC")),
# wT122
("2015-06-29",
 """BEIJING, June 29 (Reuters) - Representatives of 50 countries signed the articles of agreement of the Asian Infrastructure Investment Bank in the Great Hall of the People on Monday, with China holding about 26 percent of the votes. Britain, Germany, France and Australia joined despite objections from Washington, while Japan and the United States stayed out. Jin Liqun, a former vice president of the Asian Development Bank, is expected to lead the new lender.""",
 E("BEIJING|LOC", "Reuters|ORG", "Asian Infrastructure Investment Bank|ORG", "Great Hall of the People|LOC", "China|LOC",
   "Britain|LOC", "Germany|LOC", "France|LOC", "Australia|LOC", "Washington|LOC", "Japan|LOC", "United States|LOC",
   "Jin Liqun|PER", "Asian Development Bank|ORG")),
# wT123
("2022-07-29",
 """BIRMINGHAM, England, July 29 (Reuters) - The 22nd Commonwealth Games opened at Alexander Stadium on Thursday, with Prince Charles reading a message from his mother, Queen Elizabeth, to athletes from 72 nations and territories. Black Sabbath guitarist Tony Iommi played beside a ten-metre mechanical bull. Australia, which topped the medal table on the Gold Coast four years ago, sent the largest team.""",
 E("BIRMINGHAM|LOC", "England|LOC", "Reuters|ORG", "Commonwealth Games|MISC", "Alexander Stadium|LOC", "Charles|PER",
   "Elizabeth|PER", "Black Sabbath|ORG", "Tony Iommi|PER", "Australia|LOC", "Gold Coast|LOC")),
# wT124
("2011-06-16",
 """VANCOUVER, June 16 (Reuters) - Rioters set cars on fire and looted shops in downtown Vancouver on Wednesday night after the Boston Bruins beat the Vancouver Canucks 4-0 in game seven of the Stanley Cup finals at Rogers Arena. Goaltender Tim Thomas won the Conn Smythe Trophy as the most valuable player of the playoffs, and Boston won the trophy for the first time since 1972. Mayor Gregor Robertson blamed a small group of criminals and anarchists.""",
 E("VANCOUVER|LOC", "Reuters|ORG", "Vancouver|LOC", "Boston Bruins|ORG", "Vancouver Canucks|ORG", "Stanley Cup|MISC",
   "Rogers Arena|LOC", "Tim Thomas|PER", "Conn Smythe Trophy|MISC", "Boston|ORG", "Gregor Robertson|PER")),
# wT125
("2008-02-04",
 """GLENDALE, Arizona, Feb 3 (Reuters) - The New York Giants beat the New England Patriots 17-14 in Super Bowl XLII on Sunday, ending their opponents' bid for the first 19-0 season in National Football League history. Eli Manning threw a 13-yard touchdown pass to Plaxico Burress with 35 seconds left, after David Tyree had pinned a pass against his helmet.""",
 E("GLENDALE|LOC", "Arizona|LOC", "Reuters|ORG", "New York Giants|ORG", "New England Patriots|ORG", "Super Bowl XLII|MISC",
   "National Football League|ORG", "Eli Manning|PER", "Plaxico Burress|PER", "David Tyree|PER")),
# wT126
("2006-05-20",
 """CARDIFF, May 20 (Reuters) - Munster won the Heineken Cup for the first time on Saturday, beating Biarritz 23-19 at the Millennium Stadium, where tens of thousands of fans from Limerick and Cork turned the stands red. Scrum-half Peter Stringer scored a blindside try, and fly-half Ronan O'Gara kicked the goals. The Irish province had lost the final in 2000 and 2002.""",
 E("CARDIFF|LOC", "Reuters|ORG", "Munster|ORG", "Heineken Cup|MISC", "Biarritz|ORG", "Millennium Stadium|LOC", "Limerick|LOC",
   "Cork|LOC", "Peter Stringer|PER", "Ronan O'Gara|PER", "Irish|MISC")),
# wT127
("2018-12-12",
 """STRASBOURG, Dec 12 (Reuters) - Oleg Sentsov, the Ukrainian film director jailed in Russia, was awarded the Sakharov Prize for Freedom of Thought by EU lawmakers on Wednesday, at a ceremony his cousin Natalya Kaplan attended in his place. Sentsov, arrested in Crimea in 2014 and sentenced to 20 years by a Russian military court, ended a 145-day hunger strike in October. Antonio Tajani, the assembly's president, called on Moscow to free him.""",
 E("STRASBOURG|LOC", "Reuters|ORG", "Oleg Sentsov|PER", "Ukrainian|MISC", "Russia|LOC", "Sakharov Prize for Freedom of Thought|MISC",
   "EU|ORG", "Natalya Kaplan|PER", "Sentsov|PER", "Crimea|LOC", "Russian|MISC", "Antonio Tajani|PER", "Moscow|LOC")),
# wT128
("2018-04-16",
 """NEW YORK, April 16 (Reuters) - Rapper Kendrick Lamar won the Pulitzer Prize for music on Monday for his album DAMN., becoming the first winner of the award from outside classical music and jazz. The New York Times and the New Yorker shared the public service prize for exposing sexual harassment by Hollywood producer Harvey Weinstein. Columbia University, which administers the prizes, called Lamar's album a virtuosic song collection.""",
 E("NEW YORK|LOC", "Reuters|ORG", "Kendrick Lamar|PER", "Pulitzer Prize|MISC", "DAMN.|MISC", "New York Times|ORG",
   "New Yorker|ORG", "Hollywood|LOC", "Harvey Weinstein|PER", "Columbia University|ORG", "Lamar|PER")),
# wT129
("2019-12-04",
 """MARGATE, England, Dec 4 (Reuters) - The four artists shortlisted for the Turner Prize, Lawrence Abu Hamdan, Helen Cammock, Oscar Murillo and Tai Shani, were named joint winners on Tuesday after asking the jury to share the award at a time of political crisis. The ceremony at the Turner Contemporary gallery in Margate was broadcast by the BBC, and Tate Britain director Alex Farquharson said the jury had agreed unanimously.""",
 E("MARGATE|LOC", "England|LOC", "Reuters|ORG", "Turner Prize|MISC", "Lawrence Abu Hamdan|PER", "Helen Cammock|PER",
   "Oscar Murillo|PER", "Tai Shani|PER", "Turner Contemporary|ORG", "Margate|LOC", "BBC|ORG", "Tate Britain|ORG",
   "Alex Farquharson|PER")),
# wT130
("2019-03-19",
 """OSLO, March 19 (Reuters) - Karen Uhlenbeck of the University of Texas at Austin became the first woman to win the Abel Prize, often called the Nobel of mathematics, the Norwegian Academy of Science and Letters said on Tuesday. The American was honoured for her work on gauge theory and geometric analysis, and will receive the award from King Harald in May.""",
 E("OSLO|LOC", "Reuters|ORG", "Karen Uhlenbeck|PER", "University of Texas at Austin|ORG", "Abel Prize|MISC", "Nobel|MISC",
   "Norwegian Academy of Science and Letters|ORG", "American|MISC", "Harald|PER")),
# wT131
("2015-09-03",
 """GUATEMALA CITY, Sept 3 (Reuters) - Otto Perez Molina resigned as Guatemala's president early on Thursday, hours after a judge ordered his arrest in a customs fraud scheme known as La Linea, uncovered by the International Commission against Impunity in Guatemala, a U.N.-backed body. Vice President Alejandro Maldonado will be sworn in. Perez Molina, a retired general of the Guatemalan army, denies taking bribes.""",
 E("GUATEMALA CITY|LOC", "Reuters|ORG", "Otto Perez Molina|PER", "Guatemala|LOC", "La Linea|MISC",
   "International Commission against Impunity in Guatemala|ORG", "U.N.|ORG", "Alejandro Maldonado|PER", "Perez Molina|PER",
   "Guatemalan|MISC")),
# wT132
("2012-08-07",
 """KINGSTON, Aug 7 (AP) - Jamaicans celebrated 50 years of independence from Britain on Monday with a grand gala at the National Stadium, a day after Usain Bolt won the 100 metres at the London Olympics for the second time in a row. Prime Minister Portia Simpson Miller, of the People's National Party, has said she wants Jamaica to become a republic and drop the British monarch as head of state. Reggae from Bob Marley and Jimmy Cliff played across Emancipation Park.""",
 E("KINGSTON|LOC", "AP|ORG", "Jamaicans|MISC", "Britain|LOC", "National Stadium|LOC", "Usain Bolt|PER", "London|LOC",
   "Olympics|MISC", "Portia Simpson Miller|PER", "People's National Party|ORG", "Jamaica|LOC", "British|MISC",
   "Bob Marley|PER", "Jimmy Cliff|PER", "Emancipation Park|LOC")),
# wT133
("2019-10-10",
 """TEHRAN, Oct 10 (AP) - Thousands of Iranian women watched a men's football match at Tehran's Azadi Stadium on Thursday for the first time in decades, as Iran beat Cambodia 14-0 in a qualifier, after FIFA threatened to suspend the country. Their seats were fenced off from the men's stands. The change came a month after Sahar Khodayari, a fan arrested for trying to enter the stadium dressed as a man, set herself on fire outside a Revolutionary Court.""",
 E("TEHRAN|LOC", "AP|ORG", "Iranian|MISC", "Tehran|LOC", "Azadi Stadium|LOC", "Iran|LOC", "Cambodia|LOC", "FIFA|ORG",
   "Sahar Khodayari|PER", "Revolutionary Court|ORG")),
# wT134
("2017-09-17",
 """ASHGABAT, Sept 17 (Reuters) - Turkmenistan opened the Asian Indoor and Martial Arts Games on Sunday in a new 5 billion dollar Olympic complex of white marble, the biggest event the secretive former Soviet state has held. President Gurbanguly Berdymukhamedov rode into the stadium, and the Olympic Council of Asia said 62 countries had sent athletes, including teams from Oceania for the first time.""",
 E("ASHGABAT|LOC", "Reuters|ORG", "Turkmenistan|LOC", "Asian Indoor and Martial Arts Games|MISC", "Olympic|MISC",
   "Soviet|MISC", "Gurbanguly Berdymukhamedov|PER", "Olympic Council of Asia|ORG", "Oceania|LOC")),
# wT135
("2008-10-29",
 """MALE, Oct 29 (Reuters) - Former political prisoner Mohamed Nasheed won the Maldives' first multi-party presidential election, ending the 30-year rule of Maumoon Abdul Gayoom, Asia's longest-serving leader, the Elections Commission said on Wednesday. Nasheed, of the Maldivian Democratic Party, took 54 percent in the run-off with the backing of Gayoom's other rivals. Gayoom, of the Dhivehi Rayyithunge Party, conceded defeat.""",
 E("MALE|LOC", "Reuters|ORG", "Mohamed Nasheed|PER", "Maldives|LOC", "Maumoon Abdul Gayoom|PER", "Asia|LOC",
   "Elections Commission|ORG", "Nasheed|PER", "Maldivian Democratic Party|ORG", "Gayoom|PER", "Gayoom|PER",
   "Dhivehi Rayyithunge Party|ORG")),
# wT136
("2019-04-03",
 """BANDAR SERI BEGAWAN, April 3 (Reuters) - Brunei began enforcing the last stage of its Sharia penal code on Wednesday, under which gay sex and adultery can be punished by stoning, despite a global outcry. Sultan Hassanal Bolkiah urged stronger Islamic teaching in a speech. George Clooney and Elton John have called for a boycott of hotels owned by the Brunei Investment Agency, including the Dorchester in London and the Beverly Hills Hotel.""",
 E("BANDAR SERI BEGAWAN|LOC", "Reuters|ORG", "Brunei|LOC", "Sharia|MISC", "Hassanal Bolkiah|PER", "Islamic|MISC",
   "George Clooney|PER", "Elton John|PER", "Brunei Investment Agency|ORG", "Dorchester|LOC", "London|LOC",
   "Beverly Hills Hotel|LOC")),
# wT137
("2019-05-17",
 """TAIPEI, May 17 (Reuters) - Taiwan's Legislative Yuan voted on Friday to let same-sex couples marry, the first such law in Asia, two years after the Constitutional Court ruled that barring them was unconstitutional. Thousands of supporters cheered in the rain outside the legislature. President Tsai Ing-wen wrote on Twitter that love had won, while the Coalition for the Happiness of Our Next Generation, a Christian-backed group, said lawmakers had ignored a referendum.""",
 E("TAIPEI|LOC", "Reuters|ORG", "Taiwan|LOC", "Legislative Yuan|ORG", "Asia|LOC", "Constitutional Court|ORG",
   "Tsai Ing-wen|PER", "Twitter|ORG", "Coalition for the Happiness of Our Next Generation|ORG", "Christian|MISC")),
# wT138
("2008-02-13",
 """CANBERRA, Feb 13 (Reuters) - Prime Minister Kevin Rudd apologised on Wednesday to the Stolen Generations, the Aboriginal and Torres Strait Islander children taken from their families by government agencies and church missions between 1910 and the 1970s. Hundreds of Indigenous Australians who had travelled to Canberra wept on the lawns outside the federal parliament as he spoke. Opposition leader Brendan Nelson, of the Liberal Party, backed the apology.""",
 E("CANBERRA|LOC", "Reuters|ORG", "Kevin Rudd|PER", "Stolen Generations|MISC", "Aboriginal|MISC", "Torres Strait Islander|MISC",
   "Indigenous|MISC", "Australians|MISC", "Canberra|LOC", "Brendan Nelson|PER", "Liberal Party|ORG")),
# wT139
("2019-04-07",
 """KIGALI, April 7 (Reuters) - Rwandans began 100 days of mourning on Sunday to mark 25 years since the genocide in which Hutu extremists killed some 800,000 Tutsi and moderate Hutu. President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried, at the start of the Kwibuka commemorations. Belgian Prime Minister Charles Michel and African Union Commission chairman Moussa Faki Mahamat attended.""",
 E("KIGALI|LOC", "Reuters|ORG", "Rwandans|MISC", "Hutu|MISC", "Tutsi|MISC", "Hutu|MISC", "Paul Kagame|PER",
   "Kigali Genocide Memorial|LOC", "Kwibuka|MISC", "Belgian|MISC", "Charles Michel|PER", "African Union Commission|ORG",
   "Moussa Faki Mahamat|PER")),
# wT140
("2019-12-12",
 """ADDIS ABABA, Dec 12 (Reuters) - UNESCO added Timkat, the Ethiopian Orthodox celebration of Epiphany, to its list of the intangible cultural heritage of humanity on Wednesday, at a meeting in Bogota. During the three-day festival in January, priests carry replicas of the Ark of the Covenant, the tabot, through the streets of Gondar, Lalibela and Addis Ababa to pools of water. Ethiopia's Ministry of Culture and Tourism said it hoped the listing would bring more visitors.""",
 E("ADDIS ABABA|LOC", "Reuters|ORG", "UNESCO|ORG", "Timkat|MISC", "Ethiopian Orthodox|MISC", "Epiphany|MISC", "Bogota|LOC",
   "Ark of the Covenant|MISC", "Gondar|LOC", "Lalibela|LOC", "Addis Ababa|LOC", "Ethiopia|LOC",
   "Ministry of Culture and Tourism|ORG")),
# wT141
("2016-11-18",
 """MARRAKECH, Morocco, Nov 18 (Reuters) - The U.N. climate conference in Marrakech ended on Friday with a pledge by nearly 200 nations to carry out the Paris Agreement, despite the election of Donald Trump, who has called global warming a hoax. The Marrakech Action Proclamation said the momentum was irreversible. The 47 countries of the Climate Vulnerable Forum, from Ethiopia to Vanuatu, said they would aim for 100 percent renewable energy.""",
 E("MARRAKECH|LOC", "Morocco|LOC", "Reuters|ORG", "U.N.|ORG", "Marrakech|LOC", "Paris Agreement|MISC", "Donald Trump|PER",
   "Marrakech Action Proclamation|MISC", "Climate Vulnerable Forum|ORG", "Ethiopia|LOC", "Vanuatu|LOC")),
# wT142
("2010-08-06",
 """NAIROBI, Aug 6 (Reuters) - Kenyans approved a new constitution in a referendum with about 67 percent of the vote, the Interim Independent Electoral Commission said on Thursday, limiting the powers of the presidency and creating a senate and 47 county governments. President Mwai Kibaki and his power-sharing partners had campaigned for the yes side, while Higher Education Minister William Ruto led the no camp, backed by many Christian churches opposed to its clauses on abortion and Kadhi courts.""",
 E("NAIROBI|LOC", "Reuters|ORG", "Kenyans|MISC", "Interim Independent Electoral Commission|ORG", "Mwai Kibaki|PER",
   "William Ruto|PER", "Christian|MISC", "Kadhi|MISC")),
# wT143
("2015-11-28",
 """NAMUGONGO, Uganda, Nov 28 (Reuters) - Pope Francis said Mass before hundreds of thousands of pilgrims at the Catholic shrine of the Uganda Martyrs in Namugongo on Saturday, honouring 45 Catholic and Anglican converts put to death on the orders of King Mwanga II of Buganda in the 1880s. Francis also prayed at the Anglican shrine nearby, a day after meeting President Yoweri Museveni at State House in Entebbe.""",
 E("NAMUGONGO|LOC", "Uganda|LOC", "Reuters|ORG", "Francis|PER", "Catholic|MISC", "Uganda Martyrs|MISC", "Namugongo|LOC",
   "Catholic|MISC", "Anglican|MISC", "Mwanga II|PER", "Buganda|LOC", "Francis|PER", "Anglican|MISC", "Yoweri Museveni|PER",
   "State House|LOC", "Entebbe|LOC")),
# wT144
("2019-10-19",
 """KARBALA, Iraq, Oct 19 (Reuters) - Millions of Shi'ite pilgrims, many of whom had walked for days from Najaf, Basra and across the border from Iran, crowded the shrines of Imam Hussein and his brother Abbas in Karbala on Saturday for Arbaeen, which ends 40 days of mourning for Hussein's death in battle in the year 680. Iraqi security forces said about 3 million Iranians had crossed at Mehran and other border posts.""",
 E("KARBALA|LOC", "Iraq|LOC", "Reuters|ORG", "Shi'ite|MISC", "Najaf|LOC", "Basra|LOC", "Iran|LOC", "Hussein|PER", "Abbas|PER",
   "Karbala|LOC", "Arbaeen|MISC", "Hussein|PER", "Iraqi|MISC", "Iranians|MISC", "Mehran|LOC")),
# wT145
("2008-06-02",
 """MUMBAI, June 2 (Reuters) - The Rajasthan Royals, the cheapest side in the Indian Premier League, won the tournament's first season on Sunday, beating the Chennai Super Kings by three wickets off the last ball at the DY Patil Stadium in Navi Mumbai. Australian leg-spinner Shane Warne, the Royals' captain and coach, called it the best moment of his career, and Pakistan all-rounder Sohail Tanvir finished as the leading wicket-taker.""",
 E("MUMBAI|LOC", "Reuters|ORG", "Rajasthan Royals|ORG", "Indian Premier League|MISC", "Chennai Super Kings|ORG",
   "DY Patil Stadium|LOC", "Navi Mumbai|LOC", "Australian|MISC", "Shane Warne|PER", "Royals|ORG", "Pakistan|LOC",
   "Sohail Tanvir|PER")),
# wT146
("2015-01-14",
 """COLOMBO, Jan 14 (Reuters) - Pope Francis declared Joseph Vaz, a 17th-century missionary from Goa who kept the Catholic faith alive under Dutch rule, Sri Lanka's first saint at a Mass for hundreds of thousands on Colombo's Galle Face Green on Wednesday. Francis had earlier met Buddhist, Hindu and Muslim leaders, and the newly elected president, Maithripala Sirisena, asked him to help heal the wounds of the war with the Tamil Tigers.""",
 E("COLOMBO|LOC", "Reuters|ORG", "Francis|PER", "Joseph Vaz|PER", "Goa|LOC", "Catholic|MISC", "Dutch|MISC", "Sri Lanka|LOC",
   "Colombo|LOC", "Galle Face Green|LOC", "Francis|PER", "Buddhist|MISC", "Hindu|MISC", "Muslim|MISC",
   "Maithripala Sirisena|PER", "Tamil Tigers|ORG")),
# wT147
("2018-01-31",
 """KUALA LUMPUR, Jan 31 (Reuters) - More than a million Hindu devotees climbed the 272 steps to the Batu Caves temple outside Kuala Lumpur for Thaipusam on Wednesday, many carrying kavadi frames pierced into their skin as penance to Lord Murugan. Police closed roads around the site, a shrine for Malaysia's Tamil community, and Prime Minister Najib Razak sent greetings to Malaysian Hindus.""",
 E("KUALA LUMPUR|LOC", "Reuters|ORG", "Hindu|MISC", "Batu Caves|LOC", "Kuala Lumpur|LOC", "Thaipusam|MISC", "Murugan|PER",
   "Malaysia|LOC", "Tamil|MISC", "Najib Razak|PER", "Malaysian|MISC", "Hindus|MISC")),
# wT148
("2017-05-09",
 """JAKARTA, May 9 (Reuters) - A court sentenced Jakarta Governor Basuki Tjahaja Purnama, the city's first Christian governor in half a century and a member of the ethnic Chinese minority, to two years in prison on Tuesday for insulting Islam, in a case brought after he quoted a verse of the Koran during his campaign. Purnama, known as Ahok, lost the election last month to Anies Baswedan, who was backed by hardline groups such as the Islamic Defenders Front.""",
 E("JAKARTA|LOC", "Reuters|ORG", "Jakarta|LOC", "Basuki Tjahaja Purnama|PER", "Christian|MISC", "Chinese|MISC", "Islam|MISC",
   "Koran|MISC", "Purnama|PER", "Ahok|PER", "Anies Baswedan|PER", "Islamic Defenders Front|ORG")),
# wT149
("2008-08-08",
 """BEIJING, Aug 8 (Reuters) - China opened the Beijing Olympics on Friday with a ceremony directed by film-maker Zhang Yimou in the National Stadium, known as the Bird's Nest, where 2,008 drummers counted down to the start at 8 p.m. Former gymnast Li Ning lit the cauldron after being hoisted around the roof. U.S. President George W. Bush and Russian Prime Minister Vladimir Putin watched as fighting broke out between Georgia and Russia over South Ossetia.""",
 E("BEIJING|LOC", "Reuters|ORG", "China|LOC", "Beijing|LOC", "Olympics|MISC", "Zhang Yimou|PER", "National Stadium|LOC",
   "Bird's Nest|LOC", "Li Ning|PER", "U.S.|LOC", "George W. Bush|PER", "Russian|MISC", "Vladimir Putin|PER", "Georgia|LOC",
   "Russia|LOC", "South Ossetia|LOC")),
# wT150
("2020-03-24",
 """TOKYO, March 24 (Reuters) - The Tokyo Olympics were postponed until 2021 on Tuesday, the first time the event has been delayed in peacetime, after Prime Minister Shinzo Abe and International Olympic Committee president Thomas Bach agreed in a phone call that the pandemic made a July start impossible. The Olympic flame, which arrived from Greece last week, will stay in Fukushima. Canada and Australia had already said they would not send teams this summer.""",
 E("TOKYO|LOC", "Reuters|ORG", "Tokyo|LOC", "Olympics|MISC", "Shinzo Abe|PER", "International Olympic Committee|ORG",
   "Thomas Bach|PER", "Olympic|MISC", "Greece|LOC", "Fukushima|LOC", "Canada|LOC", "Australia|LOC")),
# wT151
("2017-06-10",
 """ASTANA, June 10 (Reuters) - Kazakhstan opened Expo 2017 on Saturday, a world's fair on the theme of future energy, with Chinese President Xi Jinping and Indian Prime Minister Narendra Modi among the guests of President Nursultan Nazarbayev. Its centrepiece, the Nur Alem pavilion, is the largest spherical building in the world. Both leaders were in the Kazakh capital for a summit of the Shanghai Cooperation Organisation, which admitted their two countries and Pakistan as full members.""",
 E("ASTANA|LOC", "Reuters|ORG", "Kazakhstan|LOC", "Expo 2017|MISC", "Chinese|MISC", "Xi Jinping|PER", "Indian|MISC",
   "Narendra Modi|PER", "Nursultan Nazarbayev|PER", "Nur Alem|LOC", "Kazakh|MISC", "Shanghai Cooperation Organisation|ORG",
   "Pakistan|LOC")),
# wT152
("2010-10-14",
 """COPIAPO, Chile, Oct 14 (Reuters) - Rescuers brought the last of 33 trapped miners to the surface on Wednesday night in a steel capsule called Phoenix, ending 69 days underground in the San Jose copper and gold mine near Copiapo. Shift foreman Luis Urzua was the last man out and was greeted by President Sebastian Pinera. The only foreigner among the miners, Bolivian Carlos Mamani, has been offered a house by the government of Bolivia. State copper company Codelco led the drilling.""",
 E("COPIAPO|LOC", "Chile|LOC", "Reuters|ORG", "Phoenix|MISC", "San Jose|LOC", "Copiapo|LOC", "Luis Urzua|PER",
   "Sebastian Pinera|PER", "Bolivian|MISC", "Carlos Mamani|PER", "Bolivia|LOC", "Codelco|ORG")),
# wT153
("2013-12-11",
 """MONTEVIDEO, Dec 11 (Reuters) - Uruguay became the first country to legalise the growing, sale and use of cannabis on Tuesday when the Senate approved a law that puts the state in charge of the market. President Jose Mujica, a former Tupamaros guerrilla, said the law would take business away from drug traffickers. The International Narcotics Control Board said it broke the 1961 Single Convention on Narcotic Drugs.""",
 E("MONTEVIDEO|LOC", "Reuters|ORG", "Uruguay|LOC", "Senate|ORG", "Jose Mujica|PER", "Tupamaros|ORG",
   "International Narcotics Control Board|ORG", "Single Convention on Narcotic Drugs|MISC")),
# wT154
("2017-11-11",
 """ABU DHABI, Nov 11 (Reuters) - The Louvre Abu Dhabi opened to the public on Saturday under a latticed dome designed by French architect Jean Nouvel, the first museum to share the name of the Paris institution, under a 30-year deal worth about 1 billion euros. Works on loan from the Musee d'Orsay and the Centre Pompidou hang beside its own collection. French President Emmanuel Macron, who inaugurated it on Wednesday with Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed, called it a bridge between civilisations.""",
 E("ABU DHABI|LOC", "Reuters|ORG", "Louvre Abu Dhabi|ORG", "French|MISC", "Jean Nouvel|PER", "Paris|LOC", "Musee d'Orsay|ORG",
   "Centre Pompidou|ORG", "French|MISC", "Emmanuel Macron|PER", "Abu Dhabi|LOC", "Mohammed bin Zayed|PER")),
# wT155
("2018-02-16",
 """BEIJING, Feb 16 (Reuters) - Hundreds of millions of Chinese celebrated the start of the Year of the Dog on Friday, at the peak of the Spring Festival travel season, when the Ministry of Transport expects nearly 3 billion trips. Fireworks were banned inside Beijing's Fifth Ring Road for the first time, and Tencent said hundreds of millions of users had sent digital red envelopes through WeChat on New Year's Eve.""",
 E("BEIJING|LOC", "Reuters|ORG", "Chinese|MISC", "Year of the Dog|MISC", "Spring Festival|MISC", "Ministry of Transport|ORG",
   "Beijing|LOC", "Fifth Ring Road|LOC", "Tencent|ORG", "WeChat|ORG", "New Year's Eve|MISC")),
# wT156
("2019-05-13",
 """HA NAM, Vietnam, May 13 (Reuters) - Buddhist monks and scholars from more than 100 countries gathered at Tam Chuc Pagoda, one of the world's largest temple complexes, for the United Nations Day of Vesak on Sunday, marking the birth, enlightenment and death of the Buddha. Vietnamese Prime Minister Nguyen Xuan Phuc opened the event, organised by the Vietnam Buddhist Sangha.""",
 E("HA NAM|LOC", "Vietnam|LOC", "Reuters|ORG", "Buddhist|MISC", "Tam Chuc Pagoda|LOC", "United Nations Day of Vesak|MISC",
   "Buddha|PER", "Vietnamese|MISC", "Nguyen Xuan Phuc|PER", "Vietnam Buddhist Sangha|ORG")),
]
