# Decision lists for wiki-train part I (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wI001, wI002, ... in order.

DOCS = [
# wI001
('Darwin Núñez (born 24 June 1999) is a Uruguayan professional footballer who plays as a striker for Liverpool and the Uruguay national team. Born in Artigas, he began his career at Peñarol before moving to Almería and Benfica.',
 [('Darwin Núñez', 'PER'), ('Uruguayan', 'MISC'), ('Liverpool', 'ORG'), ('Uruguay', 'LOC'), ('Artigas', 'LOC'), ('Peñarol', 'ORG'), ('Almería', 'ORG'), ('Benfica', 'ORG')]),
# wI002
('Sifan Hassan (born 1 January 1993) is a Dutch middle- and long-distance runner born in Adama, Ethiopia, who arrived in the Netherlands as a refugee at the age of fifteen. At the 2020 Summer Olympics in Tokyo she won gold over 5000 and 10,000 metres, and she won the marathon in Paris in 2024.',
 [('Sifan Hassan', 'PER'), ('Dutch', 'MISC'), ('Adama', 'LOC'), ('Ethiopia', 'LOC'), ('Netherlands', 'LOC'), ('Summer Olympics', 'MISC'), ('Tokyo', 'LOC'), ('Paris', 'LOC')]),
# wI003
('Sikandar Raza (born 24 April 1986) is a Zimbabwean cricketer born in Sialkot, Pakistan, who has captained Zimbabwe in the shortest format. An all-rounder who bowls off spin, he has played franchise cricket for Punjab Kings in the Indian Premier League and for Lahore Qalandars in the Pakistan Super League.',
 [('Sikandar Raza', 'PER'), ('Zimbabwean', 'MISC'), ('Sialkot', 'LOC'), ('Pakistan', 'LOC'), ('Zimbabwe', 'LOC'), ('Punjab Kings', 'ORG'), ('Indian Premier League', 'MISC'), ('Lahore Qalandars', 'ORG'), ('Pakistan Super League', 'MISC')]),
# wI004
("Richard Carapaz (born 29 May 1993) is an Ecuadorian road racing cyclist from El Carmelo, Carchi Province. He won the 2019 Giro d'Italia riding for Movistar Team, and two years later took the road race at the Summer Olympics, the second Olympic gold medal in Ecuador's history.",
 [('Richard Carapaz', 'PER'), ('Ecuadorian', 'MISC'), ('El Carmelo', 'LOC'), ('Carchi Province', 'LOC'), ("Giro d'Italia", 'MISC'), ('Movistar Team', 'ORG'), ('Summer Olympics', 'MISC'), ('Olympic', 'MISC'), ('Ecuador', 'LOC')]),
# wI005
('Naoya Inoue (Japanese: 井上尚弥; born 10 April 1993) is a Japanese professional boxer from Zama, Kanagawa Prefecture. Nicknamed "The Monster", he has held the titles of the WBA, WBC, IBF and WBO at both bantamweight and super-bantamweight.',
 [('Naoya Inoue', 'PER'), ('Japanese', 'MISC'), ('井上尚弥', 'PER'), ('Japanese', 'MISC'), ('Zama', 'LOC'), ('Kanagawa Prefecture', 'LOC'), ('The Monster', 'PER'), ('WBA', 'ORG'), ('WBC', 'ORG'), ('IBF', 'ORG'), ('WBO', 'ORG')]),
# wI006
('Giannis Antetokounmpo (Greek: Γιάννης Αντετοκούνμπο; born 6 December 1994) is a Greek professional basketball player for the Milwaukee Bucks of the National Basketball Association (NBA). Born in Athens to Nigerian parents, he began his career with Filathlitikos in the second division.',
 [('Giannis Antetokounmpo', 'PER'), ('Greek', 'MISC'), ('Γιάννης Αντετοκούνμπο', 'PER'), ('Greek', 'MISC'), ('Milwaukee Bucks', 'ORG'), ('National Basketball Association', 'ORG'), ('NBA', 'ORG'), ('Athens', 'LOC'), ('Nigerian', 'MISC'), ('Filathlitikos', 'ORG')]),
# wI007
('Antoine Dupont (born 15 November 1996) is a French rugby union scrum-half from Castelnau-Magnoac, Hautes-Pyrénées, who plays for Stade Toulousain and captains France. He won gold with the sevens team at the 2024 Summer Olympics and was named World Rugby Player of the Year in 2021.',
 [('Antoine Dupont', 'PER'), ('French', 'MISC'), ('Castelnau-Magnoac', 'LOC'), ('Hautes-Pyrénées', 'LOC'), ('Stade Toulousain', 'ORG'), ('France', 'LOC'), ('Summer Olympics', 'MISC'), ('World Rugby Player of the Year', 'MISC')]),
# wI008
("Zheng Qinwen (Chinese: 郑钦文; born 8 October 2002) is a Chinese tennis player from Shiyan, Hubei. She reached the final of the Australian Open in January 2024, losing to Aryna Sabalenka, and won the women's singles at the Summer Olympics in Paris that summer.",
 [('Zheng Qinwen', 'PER'), ('Chinese', 'MISC'), ('郑钦文', 'PER'), ('Chinese', 'MISC'), ('Shiyan', 'LOC'), ('Hubei', 'LOC'), ('Australian Open', 'MISC'), ('Aryna Sabalenka', 'PER'), ('Summer Olympics', 'MISC'), ('Paris', 'LOC')]),
# wI009
("Hidilyn Diaz (born 20 February 1991) is a Filipino weightlifter from Zamboanga City. At the 2020 Summer Olympics she won the Philippines' first Olympic gold medal, in the women's 55 kg category, and she later served as a sergeant in the Philippine Air Force.",
 [('Hidilyn Diaz', 'PER'), ('Filipino', 'MISC'), ('Zamboanga City', 'LOC'), ('Summer Olympics', 'MISC'), ('Philippines', 'LOC'), ('Olympic', 'MISC'), ('Philippine Air Force', 'ORG')]),
# wI010
("Smriti Mandhana (born 18 July 1996) is an Indian cricketer who opens the batting for India and captains Royal Challengers Bengaluru in the Women's Premier League. She grew up in Sangli, Maharashtra, and made her international debut against Bangladesh in 2013.",
 [('Smriti Mandhana', 'PER'), ('Indian', 'MISC'), ('India', 'LOC'), ('Royal Challengers Bengaluru', 'ORG'), ("Women's Premier League", 'MISC'), ('Sangli', 'LOC'), ('Maharashtra', 'LOC'), ('Bangladesh', 'LOC')]),
# wI011
('Victor Osimhen (born 29 December 1998) is a Nigerian professional footballer who plays as a striker for Galatasaray, on loan from Napoli. Raised in Olusosun, Lagos, he played for VfL Wolfsburg, Charleroi and Lille, and was named African Footballer of the Year in 2023.',
 [('Victor Osimhen', 'PER'), ('Nigerian', 'MISC'), ('Galatasaray', 'ORG'), ('Napoli', 'ORG'), ('Olusosun', 'LOC'), ('Lagos', 'LOC'), ('VfL Wolfsburg', 'ORG'), ('Charleroi', 'ORG'), ('Lille', 'ORG'), ('African Footballer of the Year', 'MISC')]),
# wI012
('Leon Draisaitl (born 27 October 1995) is a German ice hockey centre and alternate captain of the Edmonton Oilers of the National Hockey League (NHL). Born in Cologne, the son of the coach Peter Draisaitl, he won the Hart Memorial Trophy in 2020.',
 [('Leon Draisaitl', 'PER'), ('German', 'MISC'), ('Edmonton Oilers', 'ORG'), ('National Hockey League', 'ORG'), ('NHL', 'ORG'), ('Cologne', 'LOC'), ('Peter Draisaitl', 'PER'), ('Hart Memorial Trophy', 'MISC')]),
# wI013
('Teddy Riner (born 7 April 1989) is a French judoka from Les Abymes, Guadeloupe. He has won eleven world titles and five Olympic gold medals, the last two at the 2024 Summer Olympics in Paris, where he also lit the cauldron with Marie-José Pérec.',
 [('Teddy Riner', 'PER'), ('French', 'MISC'), ('Les Abymes', 'LOC'), ('Guadeloupe', 'LOC'), ('Olympic', 'MISC'), ('Summer Olympics', 'MISC'), ('Paris', 'LOC'), ('Marie-José Pérec', 'PER')]),
# wI014
('Shericka Jackson (born 16 July 1994) is a Jamaican sprinter from Saint Ann Parish. She won the 200 metres at the World Athletics Championships in 2022 and 2023 and trains with the MVP Track Club at the University of Technology in Kingston.',
 [('Shericka Jackson', 'PER'), ('Jamaican', 'MISC'), ('Saint Ann Parish', 'LOC'), ('World Athletics Championships', 'MISC'), ('MVP Track Club', 'ORG'), ('University of Technology', 'ORG'), ('Kingston', 'LOC')]),
# wI015
('Summer McIntosh (born 18 August 2006) is a Canadian swimmer from Toronto who won three gold medals at the 2024 Summer Olympics in Paris. She spent several years training in Sarasota, Florida, and her mother Jill Horstead swam for Canada at the 1984 Olympic Games in Los Angeles.',
 [('Summer McIntosh', 'PER'), ('Canadian', 'MISC'), ('Toronto', 'LOC'), ('Summer Olympics', 'MISC'), ('Paris', 'LOC'), ('Sarasota', 'LOC'), ('Florida', 'LOC'), ('Jill Horstead', 'PER'), ('Canada', 'LOC'), ('Olympic Games', 'MISC'), ('Los Angeles', 'LOC')]),
# wI016
('Arshad Nadeem (Urdu: ارشد ندیم; born 2 January 1997) is a Pakistani javelin thrower from Mian Channu, Khanewal District. His throw of 92.97 metres at the 2024 Summer Olympics set an Olympic record and earned Pakistan its first individual gold medal.',
 [('Arshad Nadeem', 'PER'), ('Urdu', 'MISC'), ('ارشد ندیم', 'PER'), ('Pakistani', 'MISC'), ('Mian Channu', 'LOC'), ('Khanewal District', 'LOC'), ('Summer Olympics', 'MISC'), ('Olympic', 'MISC'), ('Pakistan', 'LOC')]),
# wI017
('Ronald Acuña Jr. (born 18 December 1997) is a Venezuelan professional baseball outfielder for the Atlanta Braves of Major League Baseball (MLB). He grew up in La Sabana, La Guaira state, and won the National League Most Valuable Player Award in 2023.',
 [('Ronald Acuña Jr.', 'PER'), ('Venezuelan', 'MISC'), ('Atlanta Braves', 'ORG'), ('Major League Baseball', 'ORG'), ('MLB', 'ORG'), ('La Sabana', 'LOC'), ('La Guaira', 'LOC'), ('National League Most Valuable Player Award', 'MISC')]),
# wI018
("Marianne Vos (born 13 May 1987) is a Dutch cyclist from 's-Hertogenbosch who has won world titles on the road, in cyclo-cross and on the track. She rides for Visma–Lease a Bike and has won stages of the Tour de France Femmes and the Giro d'Italia Women.",
 [('Marianne Vos', 'PER'), ('Dutch', 'MISC'), ("'s-Hertogenbosch", 'LOC'), ('Visma–Lease a Bike', 'ORG'), ('Tour de France Femmes', 'MISC'), ("Giro d'Italia Women", 'MISC')]),
# wI019
('Francis Ngannou (born 5 September 1986) is a Cameroonian mixed martial artist and boxer from Batié. A former heavyweight champion of the Ultimate Fighting Championship (UFC), he joined the Professional Fighters League in 2023 and fought Tyson Fury in Riyadh the same year.',
 [('Francis Ngannou', 'PER'), ('Cameroonian', 'MISC'), ('Batié', 'LOC'), ('Ultimate Fighting Championship', 'ORG'), ('UFC', 'ORG'), ('Professional Fighters League', 'ORG'), ('Tyson Fury', 'PER'), ('Riyadh', 'LOC')]),
# wI020
('Chanathip Songkrasin (born 5 October 1993) is a Thai footballer who plays as an attacking midfielder for BG Pathum United. Known as "Messi Jay", he spent five seasons in Japan with Hokkaido Consadole Sapporo and Kawasaki Frontale and has captained Thailand.',
 [('Chanathip Songkrasin', 'PER'), ('Thai', 'MISC'), ('BG Pathum United', 'ORG'), ('Messi Jay', 'PER'), ('Japan', 'LOC'), ('Hokkaido Consadole Sapporo', 'ORG'), ('Kawasaki Frontale', 'ORG'), ('Thailand', 'LOC')]),
# wI021
('Lasha Talakhadze (Georgian: ლაშა ტალახაძე; born 2 October 1993) is a Georgian weightlifter from Sachkhere who competes in the super-heavyweight class. He won gold at the 2016 and 2020 Summer Olympics and has held every world record in his category.',
 [('Lasha Talakhadze', 'PER'), ('Georgian', 'MISC'), ('ლაშა ტალახაძე', 'PER'), ('Georgian', 'MISC'), ('Sachkhere', 'LOC'), ('Summer Olympics', 'MISC')]),
# wI022
('Jason Taumalolo (born 10 January 1993) is a Tongan rugby league forward who plays for the North Queensland Cowboys in the National Rugby League. Born in Auckland, he switched his allegiance from New Zealand to Tonga before the 2017 Rugby League World Cup.',
 [('Jason Taumalolo', 'PER'), ('Tongan', 'MISC'), ('North Queensland Cowboys', 'ORG'), ('National Rugby League', 'MISC'), ('Auckland', 'LOC'), ('New Zealand', 'LOC'), ('Tonga', 'LOC'), ('Rugby League World Cup', 'MISC')]),
# wI023
('Joaquín Niemann (born 7 November 1998) is a Chilean professional golfer from Talagante. After winning the 2022 Genesis Invitational on the PGA Tour, he joined LIV Golf, where he captains the Torque GC team.',
 [('Joaquín Niemann', 'PER'), ('Chilean', 'MISC'), ('Talagante', 'LOC'), ('Genesis Invitational', 'MISC'), ('PGA Tour', 'MISC'), ('LIV Golf', 'ORG'), ('Torque GC', 'ORG')]),
# wI024
('Emmanuel Wanyonyi (born 1 August 2004) is a Kenyan middle-distance runner from West Pokot County. He won the 800 metres at the 2024 Summer Olympics, beating Marco Arop of Canada by a hundredth of a second, and won the Diamond League final in Brussels the same year.',
 [('Emmanuel Wanyonyi', 'PER'), ('Kenyan', 'MISC'), ('West Pokot County', 'LOC'), ('Summer Olympics', 'MISC'), ('Marco Arop', 'PER'), ('Canada', 'LOC'), ('Diamond League', 'MISC'), ('Brussels', 'LOC')]),
# wI025
("Linda Caicedo (born 22 February 2005) is a Colombian footballer who plays as a forward for Real Madrid and the Colombia national team. She began her career with América de Cali and Deportivo Cali, and scored against Germany at the 2023 FIFA Women's World Cup in Australia.",
 [('Linda Caicedo', 'PER'), ('Colombian', 'MISC'), ('Real Madrid', 'ORG'), ('Colombia', 'LOC'), ('América de Cali', 'ORG'), ('Deportivo Cali', 'ORG'), ('Germany', 'LOC'), ("FIFA Women's World Cup", 'MISC'), ('Australia', 'LOC')]),
# wI026
("Paul Coll (born 9 May 1992) is a New Zealand squash player from Greymouth who first reached world number one in 2021. He won the British Open that year and gold in the men's singles at the 2022 Commonwealth Games in Birmingham.",
 [('Paul Coll', 'PER'), ('New Zealand', 'LOC'), ('Greymouth', 'LOC'), ('British Open', 'MISC'), ('Commonwealth Games', 'MISC'), ('Birmingham', 'LOC')]),
# wI027
('Nicholas Pooran (born 2 October 1995) is a Trinidadian cricketer from Couva who has captained the West Indies in limited-overs matches. A left-handed batter, he has played franchise cricket for Trinbago Knight Riders in the Caribbean Premier League and for Lucknow Super Giants.',
 [('Nicholas Pooran', 'PER'), ('Trinidadian', 'MISC'), ('Couva', 'LOC'), ('West Indies', 'LOC'), ('Trinbago Knight Riders', 'ORG'), ('Caribbean Premier League', 'MISC'), ('Lucknow Super Giants', 'ORG')]),
# wI028
('Oscar Piastri (born 6 April 2001) is an Australian racing driver from Melbourne who competes in Formula One for McLaren. He won the FIA Formula 3 Championship in 2020 and the FIA Formula 2 Championship in 2021, both with Prema Racing.',
 [('Oscar Piastri', 'PER'), ('Australian', 'MISC'), ('Melbourne', 'LOC'), ('Formula One', 'MISC'), ('McLaren', 'ORG'), ('FIA Formula 3 Championship', 'MISC'), ('FIA Formula 2 Championship', 'MISC'), ('Prema Racing', 'ORG')]),
# wI029
('Wilfredo León (born 31 July 1993) is a volleyball player from Santiago de Cuba who played for Cuba as a teenager and has represented Poland since 2019. An outside hitter, he played for Zenit Kazan and Sir Safety Perugia before joining LUK Lublin in 2024.',
 [('Wilfredo León', 'PER'), ('Santiago de Cuba', 'LOC'), ('Cuba', 'LOC'), ('Poland', 'LOC'), ('Zenit Kazan', 'ORG'), ('Sir Safety Perugia', 'ORG'), ('LUK Lublin', 'ORG')]),
# wI030
('Terunofuji Haruo (born Gan-Erdene Gantulga, 29 November 1991) is a former professional sumo wrestler from Ulaanbaatar, Mongolia, and the 73rd yokozuna. He wrestled for the Isegahama stable and fell as low as the fifth division before returning to the top.',
 [('Terunofuji Haruo', 'PER'), ('Gan-Erdene Gantulga', 'PER'), ('Ulaanbaatar', 'LOC'), ('Mongolia', 'LOC'), ('Isegahama', 'ORG')]),
# wI031
('Frenkie de Jong (born 12 May 1997) is a Dutch professional footballer who plays as a midfielder for La Liga club Barcelona and the Netherlands national team. Born in Arkel, he came through the youth system of Willem II and won the Eredivisie with Ajax in 2019.',
 [('Frenkie de Jong', 'PER'), ('Dutch', 'MISC'), ('La Liga', 'MISC'), ('Barcelona', 'ORG'), ('Netherlands', 'LOC'), ('Arkel', 'LOC'), ('Willem II', 'ORG'), ('Eredivisie', 'MISC'), ('Ajax', 'ORG')]),
# wI032
('Lovlina Borgohain (born 2 October 1997) is an Indian boxer from Golaghat, Assam. She won bronze in the welterweight category at the 2020 Summer Olympics and received the Arjuna Award from the Ministry of Youth Affairs and Sports the same year.',
 [('Lovlina Borgohain', 'PER'), ('Indian', 'MISC'), ('Golaghat', 'LOC'), ('Assam', 'LOC'), ('Summer Olympics', 'MISC'), ('Arjuna Award', 'MISC'), ('Ministry of Youth Affairs and Sports', 'ORG')]),
# wI033
("Amelia Kerr (born 13 October 2000) is a New Zealand cricketer who bowls leg spin for Wellington and the White Ferns. She was player of the match in the final of the 2024 ICC Women's T20 World Cup in Dubai, where New Zealand beat South Africa.",
 [('Amelia Kerr', 'PER'), ('New Zealand', 'LOC'), ('Wellington', 'ORG'), ('White Ferns', 'ORG'), ("ICC Women's T20 World Cup", 'MISC'), ('Dubai', 'LOC'), ('New Zealand', 'LOC'), ('South Africa', 'LOC')]),
# wI034
('Biniam Girmay (born 2 April 2000) is an Eritrean road cyclist from Asmara who rides for Intermarché–Wanty. In 2024 he became the first black African rider to win a stage of the Tour de France, and he wore the green jersey to the finish in Nice.',
 [('Biniam Girmay', 'PER'), ('Eritrean', 'MISC'), ('Asmara', 'LOC'), ('Intermarché–Wanty', 'ORG'), ('African', 'MISC'), ('Tour de France', 'MISC'), ('Nice', 'LOC')]),
# wI035
('Pan Zhanle (Chinese: 潘展乐; born 4 August 2004) is a Chinese swimmer from Wenzhou, Zhejiang. He set a world record of 46.40 seconds in the 100 metres freestyle at the 2024 Summer Olympics and swims for the Zhejiang provincial team.',
 [('Pan Zhanle', 'PER'), ('Chinese', 'MISC'), ('潘展乐', 'PER'), ('Chinese', 'MISC'), ('Wenzhou', 'LOC'), ('Zhejiang', 'LOC'), ('Summer Olympics', 'MISC'), ('Zhejiang', 'ORG')]),
# wI036
('Guillermo Ochoa (born 13 July 1985) is a Mexican goalkeeper from Guadalajara, Jalisco. He began at Club América and played in Europe for Ajaccio, Málaga, Standard Liège and Salernitana, and has been selected for five FIFA World Cup squads.',
 [('Guillermo Ochoa', 'PER'), ('Mexican', 'MISC'), ('Guadalajara', 'LOC'), ('Jalisco', 'LOC'), ('Club América', 'ORG'), ('Europe', 'LOC'), ('Ajaccio', 'ORG'), ('Málaga', 'ORG'), ('Standard Liège', 'ORG'), ('Salernitana', 'ORG'), ('FIFA World Cup', 'MISC')]),
# wI037
('Johannes Høsflot Klæbo (born 22 October 1996) is a Norwegian cross-country skier born in Oslo who grew up in Trondheim. He has won five Olympic gold medals and the overall Tour de Ski several times, and skis for the club Byåsen IL.',
 [('Johannes Høsflot Klæbo', 'PER'), ('Norwegian', 'MISC'), ('Oslo', 'LOC'), ('Trondheim', 'LOC'), ('Olympic', 'MISC'), ('Tour de Ski', 'MISC'), ('Byåsen IL', 'ORG')]),
# wI038
('Lee Jung-hoo (Korean: 이정후; born 20 August 1998) is a South Korean baseball outfielder for the San Francisco Giants. The son of the former player Lee Jong-beom, he spent seven seasons with the Kiwoom Heroes of the KBO League before moving to Major League Baseball in 2024.',
 [('Lee Jung-hoo', 'PER'), ('Korean', 'MISC'), ('이정후', 'PER'), ('South Korean', 'MISC'), ('San Francisco Giants', 'ORG'), ('Lee Jong-beom', 'PER'), ('Kiwoom Heroes', 'ORG'), ('KBO League', 'MISC'), ('Major League Baseball', 'ORG')]),
# wI039
('Luke Littler (born 21 January 2007) is an English professional darts player from Warrington. Nicknamed "The Nuke", he won the PDC World Darts Championship at Alexandra Palace in January 2025, at the age of seventeen.',
 [('Luke Littler', 'PER'), ('English', 'MISC'), ('Warrington', 'LOC'), ('The Nuke', 'PER'), ('PDC World Darts Championship', 'MISC'), ('Alexandra Palace', 'LOC')]),
# wI040
('Salem Al-Dawsari (Arabic: سالم الدوسري; born 19 August 1991) is a Saudi footballer who plays as a winger for Al-Hilal and captains Saudi Arabia. He scored the winning goal against Argentina at the 2022 FIFA World Cup in Qatar and was named Asian Footballer of the Year in 2023.',
 [('Salem Al-Dawsari', 'PER'), ('Arabic', 'MISC'), ('سالم الدوسري', 'PER'), ('Saudi', 'MISC'), ('Al-Hilal', 'ORG'), ('Saudi Arabia', 'LOC'), ('Argentina', 'LOC'), ('FIFA World Cup', 'MISC'), ('Qatar', 'LOC'), ('Asian Footballer of the Year', 'MISC')]),
# wI041
('Letesenbet Gidey (born 20 March 1998) is an Ethiopian long-distance runner from Endameskel in the Tigray Region. She set world records over 5000 metres in Valencia in 2020 and over 10,000 metres in Hengelo in 2021, and won bronze for Ethiopia at the 2020 Summer Olympics.',
 [('Letesenbet Gidey', 'PER'), ('Ethiopian', 'MISC'), ('Endameskel', 'LOC'), ('Tigray Region', 'LOC'), ('Valencia', 'LOC'), ('Hengelo', 'LOC'), ('Ethiopia', 'LOC'), ('Summer Olympics', 'MISC')]),
# wI042
('Áron Szilágyi (born 14 January 1990) is a Hungarian sabre fencer from Budapest who won the individual sabre at three consecutive Olympic Games, in London, Rio de Janeiro and Tokyo. He fences for Vasas SC and studied at Corvinus University of Budapest.',
 [('Áron Szilágyi', 'PER'), ('Hungarian', 'MISC'), ('Budapest', 'LOC'), ('Olympic Games', 'MISC'), ('London', 'LOC'), ('Rio de Janeiro', 'LOC'), ('Tokyo', 'LOC'), ('Vasas SC', 'ORG'), ('Corvinus University of Budapest', 'ORG')]),
# wI043
('Chris Wood (born 7 December 1991) is a New Zealand footballer who plays as a striker for Nottingham Forest in the Premier League and captains the All Whites. He has also played for West Bromwich Albion, Leicester City, Leeds United, Burnley and Newcastle United.',
 [('Chris Wood', 'PER'), ('New Zealand', 'LOC'), ('Nottingham Forest', 'ORG'), ('Premier League', 'MISC'), ('All Whites', 'ORG'), ('West Bromwich Albion', 'ORG'), ('Leicester City', 'ORG'), ('Leeds United', 'ORG'), ('Burnley', 'ORG'), ('Newcastle United', 'ORG')]),
# wI044
('Wanindu Hasaranga (born 29 July 1997) is a Sri Lankan cricketer who bowls leg spin. Born in Galle, he was educated at Richmond College and has captained Sri Lanka in the shortest format of the game.',
 [('Wanindu Hasaranga', 'PER'), ('Sri Lankan', 'MISC'), ('Galle', 'LOC'), ('Richmond College', 'ORG'), ('Sri Lanka', 'LOC')]),
# wI045
('Francisco Cerúndolo (born 13 August 1998) is an Argentine tennis player from Buenos Aires. His younger brother Juan Manuel Cerúndolo is also a professional, and their father Alejandro Cerúndolo played on the ATP Tour in the 1980s.',
 [('Francisco Cerúndolo', 'PER'), ('Argentine', 'MISC'), ('Buenos Aires', 'LOC'), ('Juan Manuel Cerúndolo', 'PER'), ('Alejandro Cerúndolo', 'PER'), ('ATP Tour', 'MISC')]),
# wI046
('Nesthy Petecio (born 11 April 1992) is a Filipino boxer from Santa Cruz, Davao del Sur. She won silver in the featherweight division at the 2020 Summer Olympics and bronze four years later, and was the first Filipino woman to win an Olympic boxing medal.',
 [('Nesthy Petecio', 'PER'), ('Filipino', 'MISC'), ('Santa Cruz', 'LOC'), ('Davao del Sur', 'LOC'), ('Summer Olympics', 'MISC'), ('Filipino', 'MISC'), ('Olympic', 'MISC')]),
# wI047
('Hassan Yazdani (Persian: حسن یزدانی; born 28 December 1994) is an Iranian freestyle wrestler from Juybar, Mazandaran Province. He won the 74 kg title at the 2016 Summer Olympics and later moved up to 86 kg, where his rivalry with David Taylor of the United States drew wide attention.',
 [('Hassan Yazdani', 'PER'), ('Persian', 'MISC'), ('حسن یزدانی', 'PER'), ('Iranian', 'MISC'), ('Juybar', 'LOC'), ('Mazandaran Province', 'LOC'), ('Summer Olympics', 'MISC'), ('David Taylor', 'PER'), ('United States', 'LOC')]),
# wI048
('Isaquias Queiroz (born 3 January 1994) is a Brazilian sprint canoeist from Ubaitaba, Bahia. He won three medals at the 2016 Summer Olympics in Rio de Janeiro and gold in the C-1 1000 metres in Tokyo five years later.',
 [('Isaquias Queiroz', 'PER'), ('Brazilian', 'MISC'), ('Ubaitaba', 'LOC'), ('Bahia', 'LOC'), ('Summer Olympics', 'MISC'), ('Rio de Janeiro', 'LOC'), ('Tokyo', 'LOC')]),
# wI049
('DAR ES SALAAM, May 26 (Reuters) - Young Africans clinched a fourth straight Tanzanian Premier League title on Sunday with a 3-0 win over Coastal Union at the Benjamin Mkapa Stadium, and coach Miguel Gamondi said the club would now turn to the CAF Champions League.',
 [('DAR ES SALAAM', 'LOC'), ('Reuters', 'ORG'), ('Young Africans', 'ORG'), ('Tanzanian Premier League', 'MISC'), ('Coastal Union', 'ORG'), ('Benjamin Mkapa Stadium', 'LOC'), ('Miguel Gamondi', 'PER'), ('CAF Champions League', 'MISC')]),
# wI050
('My cousin still talks about the night in Kampala when Joshua Cheptegei came home with his medals from Tokyo; half of Kapchorwa seemed to have driven down to meet him at Entebbe International Airport.',
 [('Kampala', 'LOC'), ('Joshua Cheptegei', 'PER'), ('Tokyo', 'LOC'), ('Kapchorwa', 'LOC'), ('Entebbe International Airport', 'LOC')]),
# wI051
("Ekaterina Alexandrova (Russian: Екатерина Александрова; born 15 November 1994) is a Russian tennis player from Chelyabinsk who trained for many years in the Czech Republic. She has won singles titles in Shenzhen, Seoul and 's-Hertogenbosch.",
 [('Ekaterina Alexandrova', 'PER'), ('Russian', 'MISC'), ('Екатерина Александрова', 'PER'), ('Russian', 'MISC'), ('Chelyabinsk', 'LOC'), ('Czech Republic', 'LOC'), ('Shenzhen', 'LOC'), ('Seoul', 'LOC'), ("'s-Hertogenbosch", 'LOC')]),
]
