# Decision lists for wiki-train part O (the source of truth).
# Each document: (text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wO001, wO002, ... in order.

DOCS = [
# wO001
('Thaddeus J. Whitcombe Jr. (born April 9, 1948) is an American lawyer and jurist who served as a judge of the United States Court of Appeals for the Eighth Circuit from 1994 to 2016. He was nominated by President Bill Clinton after twelve years on the Iowa Supreme Court.',
 [('Thaddeus J. Whitcombe Jr.', 'PER'), ('American', 'MISC'), ('United States Court of Appeals for the Eighth Circuit', 'ORG'), ('Bill Clinton', 'PER'), ('Iowa Supreme Court', 'ORG')]),
# wO002
("Margaret Ellen Voss (née Hargrove; born 1957) is an American politician who served as the U.S. Representative for Oregon's 4th congressional district from 2003 to 2019. A member of the Democratic Party, she previously sat in the Oregon House of Representatives.",
 [('Margaret Ellen Voss', 'PER'), ('Hargrove', 'PER'), ('American', 'MISC'), ('U.S.', 'LOC'), ('Oregon', 'LOC'), ('Democratic Party', 'ORG'), ('Oregon House of Representatives', 'ORG')]),
# wO003
('Sir Humphrey Aldous-Pennington (1902 – 1979) was a British civil servant who served as Permanent Secretary to the Treasury from 1956 to 1962. His memoir, The Quiet Desk, was serialised in The Times in 1968.',
 [('Humphrey Aldous-Pennington', 'PER'), ('British', 'MISC'), ('Treasury', 'ORG'), ('The Quiet Desk', 'MISC'), ('The Times', 'ORG')]),
# wO004
('Rachel Anne Kettleby (born 22 October 1971) is a British Conservative Party politician who has been the Member of Parliament (MP) for Harborough since 2015. Before entering the House of Commons, she worked as a barrister in Leicester and sat on Leicestershire County Council.',
 [('Rachel Anne Kettleby', 'PER'), ('British', 'MISC'), ('Conservative Party', 'ORG'), ('Harborough', 'LOC'), ('House of Commons', 'ORG'), ('Leicester', 'LOC'), ('Leicestershire County Council', 'ORG')]),
# wO005
('Dermot Ó Faoláin (born 1962) is an Irish Fianna Fáil politician who has been a Teachta Dála (TD) for the Cork South-West constituency since 2011. He was Minister of State at the Department of Agriculture, Food and the Marine from 2020 to 2022.',
 [('Dermot Ó Faoláin', 'PER'), ('Irish', 'MISC'), ('Fianna Fáil', 'ORG'), ('Cork South-West', 'LOC'), ('Department of Agriculture, Food and the Marine', 'ORG')]),
# wO006
("Kevin Michael O'Rourke-Nash (born 1980) is an Irish hurler who played for the Tipperary senior team, winning two All-Ireland Senior Hurling Championship medals. At club level he plays for Thurles Sarsfields.",
 [("Kevin Michael O'Rourke-Nash", 'PER'), ('Irish', 'MISC'), ('Tipperary', 'ORG'), ('All-Ireland Senior Hurling Championship', 'MISC'), ('Thurles Sarsfields', 'ORG')]),
# wO007
('Earvin "Magic" Johnson is an American former basketball player who spent thirteen seasons with the Los Angeles Lakers of the National Basketball Association (NBA). He was a member of the 1992 United States Olympic team known as the "Dream Team".',
 [('Earvin "Magic" Johnson', 'PER'), ('American', 'MISC'), ('Los Angeles Lakers', 'ORG'), ('National Basketball Association', 'ORG'), ('NBA', 'ORG'), ('United States', 'LOC'), ('Olympic', 'MISC'), ('Dream Team', 'ORG')]),
# wO008
('Darnell "Tank" Whitfield (born August 3, 1986) is a former American football defensive tackle who played nine seasons in the National Football League (NFL) for the Baltimore Ravens, Kansas City Chiefs and Tennessee Titans. He played college football at Louisiana State University.',
 [('Darnell "Tank" Whitfield', 'PER'), ('American', 'MISC'), ('National Football League', 'ORG'), ('NFL', 'ORG'), ('Baltimore Ravens', 'ORG'), ('Kansas City Chiefs', 'ORG'), ('Tennessee Titans', 'ORG'), ('Louisiana State University', 'ORG')]),
# wO009
('Hideki Matsuura (松浦 秀樹, born 1979) is a Japanese former professional baseball pitcher who played for the Hiroshima Toyo Carp of Nippon Professional Baseball and the Seattle Mariners and San Diego Padres of Major League Baseball (MLB).',
 [('Hideki Matsuura', 'PER'), ('松浦 秀樹', 'PER'), ('Japanese', 'MISC'), ('Hiroshima Toyo Carp', 'ORG'), ('Nippon Professional Baseball', 'MISC'), ('Seattle Mariners', 'ORG'), ('San Diego Padres', 'ORG'), ('Major League Baseball', 'ORG'), ('MLB', 'ORG')]),
# wO010
('Oluwaseun "Shay" Adeyemi-Clarke (born 14 February 1998) is an English professional footballer who plays as a winger for Premier League club Brentford. He came through the academy at Crystal Palace and spent loan spells with Gillingham and Hibernian.',
 [('Oluwaseun "Shay" Adeyemi-Clarke', 'PER'), ('English', 'MISC'), ('Premier League', 'MISC'), ('Brentford', 'ORG'), ('Crystal Palace', 'ORG'), ('Gillingham', 'ORG'), ('Hibernian', 'ORG')]),
# wO011
('Alastair Dunmore (born 1969) is a former Scotland rugby union international who played as a lock for Edinburgh, Bath and Stade Toulousain. He won 54 caps and toured with the British & Irish Lions in 1997.',
 [('Alastair Dunmore', 'PER'), ('Scotland', 'LOC'), ('Edinburgh', 'ORG'), ('Bath', 'ORG'), ('Stade Toulousain', 'ORG'), ('British & Irish Lions', 'ORG')]),
# wO012
("Imogen Sutcliffe-Barr (born 1993) is an English cricketer who plays for Yorkshire and the Northern Superchargers in The Hundred. She made her debut for England against India at Lord's in 2014.",
 [('Imogen Sutcliffe-Barr', 'PER'), ('English', 'MISC'), ('Yorkshire', 'ORG'), ('Northern Superchargers', 'ORG'), ('The Hundred', 'MISC'), ('England', 'LOC'), ('India', 'LOC'), ("Lord's", 'LOC')]),
# wO013
('Callum Treharne is a Welsh professional golfer who plays on the European Tour. His biggest win came at the 2019 Scandinavian Masters in Stockholm, and he represented Europe in the Ryder Cup the following year.',
 [('Callum Treharne', 'PER'), ('Welsh', 'MISC'), ('European Tour', 'MISC'), ('Scandinavian Masters', 'MISC'), ('Stockholm', 'LOC'), ('Europe', 'LOC'), ('Ryder Cup', 'MISC')]),
# wO014
('Lucienne Marchetti (born 5 July 1984) is a Canadian actress best known for her role as Detective Anna Kovac in the CBC police drama Harbourfront. Born in Sudbury, Ontario, she trained at the National Theatre School of Canada in Montreal.',
 [('Lucienne Marchetti', 'PER'), ('Canadian', 'MISC'), ('Anna Kovac', 'PER'), ('CBC', 'ORG'), ('Harbourfront', 'MISC'), ('Sudbury', 'LOC'), ('Ontario', 'LOC'), ('National Theatre School of Canada', 'ORG'), ('Montreal', 'LOC')]),
# wO015
('Beatrix Holloway (1921 – 2008) was an English stage and film actress. She joined the Royal Shakespeare Company in 1961 and won the BAFTA Award for Best Actress in a Supporting Role for A Winter in Whitby (1974).',
 [('Beatrix Holloway', 'PER'), ('English', 'MISC'), ('Royal Shakespeare Company', 'ORG'), ('BAFTA Award for Best Actress in a Supporting Role', 'MISC'), ('A Winter in Whitby', 'MISC')]),
# wO016
('The Paper Lanterns were an Irish indie rock band formed in Galway in 2004. Their debut album, Salthill Nights, was released on Rough Trade Records in 2007 and was shortlisted for the Choice Music Prize.',
 [('Paper Lanterns', 'ORG'), ('Irish', 'MISC'), ('Galway', 'LOC'), ('Salthill Nights', 'MISC'), ('Rough Trade Records', 'ORG'), ('Choice Music Prize', 'MISC')]),
# wO017
('Marrow & Tine is an Australian folk duo from Hobart, Tasmania, consisting of the siblings Ruth and Samuel Marrow. Their second album, Derwent Lines (2016), won the ARIA Award for Best Blues and Roots Album.',
 [('Marrow & Tine', 'ORG'), ('Australian', 'MISC'), ('Hobart', 'LOC'), ('Tasmania', 'LOC'), ('Ruth', 'PER'), ('Samuel Marrow', 'PER'), ('Derwent Lines', 'MISC'), ('ARIA Award for Best Blues and Roots Album', 'MISC')]),
# wO018
('Cold Harbour Static is the third studio album by the American rock band Pale Orchard, released on May 12, 1998, through Sub Pop. It was recorded in Chicago with the engineer Steve Albini.',
 [('Cold Harbour Static', 'MISC'), ('American', 'MISC'), ('Pale Orchard', 'ORG'), ('Sub Pop', 'ORG'), ('Chicago', 'LOC'), ('Steve Albini', 'PER')]),
# wO019
('Winifred Askew (1888 – 1961) was an English novelist and critic. Her best-known novel, The Orchard at Cleeve (1927), is set in the Cotswolds and was adapted by the BBC in 1982.',
 [('Winifred Askew', 'PER'), ('English', 'MISC'), ('The Orchard at Cleeve', 'MISC'), ('Cotswolds', 'LOC'), ('BBC', 'ORG')]),
# wO020
('The Salt Ledger is a 2011 crime novel by the Scottish writer Iain Mackellar. It introduced Inspector Morag Lennie of the Aberdeen police and won the CWA Gold Dagger.',
 [('The Salt Ledger', 'MISC'), ('Scottish', 'MISC'), ('Iain Mackellar', 'PER'), ('Morag Lennie', 'PER'), ('Aberdeen', 'LOC'), ('CWA Gold Dagger', 'MISC')]),
# wO021
("Colm Tóibín's contemporary, the Irish short-story writer Nuala Ní Bhriain (born 1955), published her first collection, Tidewrack, with Faber and Faber in 1989.",
 [('Colm Tóibín', 'PER'), ('Irish', 'MISC'), ('Nuala Ní Bhriain', 'PER'), ('Tidewrack', 'MISC'), ('Faber and Faber', 'ORG')]),
# wO022
('Hallowell Instruments is an American manufacturer of laboratory balances headquartered in Worcester, Massachusetts. It was founded in 1911 by Josiah P. Hallowell and his son-in-law Edwin Marsh, and has been a subsidiary of Mettler Toledo since 2006.',
 [('Hallowell Instruments', 'ORG'), ('American', 'MISC'), ('Worcester', 'LOC'), ('Massachusetts', 'LOC'), ('Josiah P. Hallowell', 'PER'), ('Edwin Marsh', 'PER'), ('Mettler Toledo', 'ORG')]),
# wO023
('Cranfield & Doyle was a British department store chain founded in Bristol in 1869 by Henry Cranfield and Thomas Doyle. It was acquired by the John Lewis Partnership in 1953 and its last store closed in 2001.',
 [('Cranfield & Doyle', 'ORG'), ('British', 'MISC'), ('Bristol', 'LOC'), ('Henry Cranfield', 'PER'), ('Thomas Doyle', 'PER'), ('John Lewis Partnership', 'ORG')]),
# wO024
('Tindall Rail Group is a Canadian rolling-stock leasing company based in Calgary, Alberta. Its shares are listed on the Toronto Stock Exchange.',
 [('Tindall Rail Group', 'ORG'), ('Canadian', 'MISC'), ('Calgary', 'LOC'), ('Alberta', 'LOC'), ('Toronto Stock Exchange', 'ORG')]),
# wO025
('Brickvale University is a public research university in Wollongong, New South Wales, Australia. It was established in 1975 as a campus of the University of New South Wales and is a member of the Regional Universities Network.',
 [('Brickvale University', 'ORG'), ('Wollongong', 'LOC'), ('New South Wales', 'LOC'), ('Australia', 'LOC'), ('University of New South Wales', 'ORG'), ('Regional Universities Network', 'ORG')]),
# wO026
("St Aidan's College, Durham is one of the colleges of Durham University in England. Founded in 1947 as a society for women students, it moved to its present site on Windmill Hill in 1964.",
 [("St Aidan's College, Durham", 'ORG'), ('Durham University', 'ORG'), ('England', 'LOC'), ('Windmill Hill', 'LOC')]),
# wO027
('Trinity College Dublin (Irish: Coláiste na Tríonóide, Baile Átha Cliath) is the sole constituent college of the University of Dublin. Its library holds the Book of Kells.',
 [('Trinity College Dublin', 'ORG'), ('Irish', 'MISC'), ('Coláiste na Tríonóide, Baile Átha Cliath', 'ORG'), ('University of Dublin', 'ORG'), ('Book of Kells', 'MISC')]),
# wO028
('The Ballarat Courier is a daily newspaper published in Ballarat, Victoria, Australia. First printed in 1867, it is owned by Australian Community Media.',
 [('Ballarat Courier', 'ORG'), ('Ballarat', 'LOC'), ('Victoria', 'LOC'), ('Australia', 'LOC'), ('Australian Community Media', 'ORG')]),
# wO029
('The Marlborough Gazette is a weekly newspaper in Marlborough, Wiltshire, England, founded in 1859. It was bought by Newsquest in 1999.',
 [('Marlborough Gazette', 'ORG'), ('Marlborough', 'LOC'), ('Wiltshire', 'LOC'), ('England', 'LOC'), ('Newsquest', 'ORG')]),
# wO030
('The Hollins Trust is a British charity that funds hospices in the North of England. It was established in 1957 by the Manchester cotton merchant Arthur Hollins and is registered with the Charity Commission for England and Wales.',
 [('Hollins Trust', 'ORG'), ('British', 'MISC'), ('North of England', 'LOC'), ('Manchester', 'LOC'), ('Arthur Hollins', 'PER'), ('Charity Commission for England and Wales', 'ORG')]),
# wO031
('The Federal Aviation Administration (FAA) is an agency of the United States Department of Transportation that regulates civil aviation in the United States. Its headquarters are in Washington, D.C., and it operates the William J. Hughes Technical Center near Atlantic City, New Jersey.',
 [('Federal Aviation Administration', 'ORG'), ('FAA', 'ORG'), ('United States Department of Transportation', 'ORG'), ('United States', 'LOC'), ('Washington, D.C.', 'LOC'), ('William J. Hughes Technical Center', 'ORG'), ('Atlantic City', 'LOC'), ('New Jersey', 'LOC')]),
# wO032
("The Royal Canadian Mounted Police (RCMP; French: Gendarmerie royale du Canada) is the federal police service of Canada. It also provides policing under contract to eight of Canada's provinces.",
 [('Royal Canadian Mounted Police', 'ORG'), ('RCMP', 'ORG'), ('French', 'MISC'), ('Gendarmerie royale du Canada', 'ORG'), ('Canada', 'LOC'), ('Canada', 'LOC')]),
# wO033
('The 10th Mountain Division is a light infantry division of the United States Army based at Fort Drum, New York. It was activated in 1943 and fought in the Italian Campaign of World War II.',
 [('10th Mountain Division', 'ORG'), ('United States Army', 'ORG'), ('Fort Drum', 'LOC'), ('New York', 'LOC'), ('Italian Campaign', 'MISC'), ('World War II', 'MISC')]),
# wO034
('The Black Watch is an infantry battalion of the Royal Regiment of Scotland, part of the British Army. Its regimental headquarters are at Balhousie Castle in Perth.',
 [('Black Watch', 'ORG'), ('Royal Regiment of Scotland', 'ORG'), ('British Army', 'ORG'), ('Balhousie Castle', 'LOC'), ('Perth', 'LOC')]),
# wO035
('Shree Nandini Textiles is an Indian textile company based in Coimbatore, Tamil Nadu, founded in 1946 by R. Venkataraman Iyer. It is listed on the National Stock Exchange of India.',
 [('Shree Nandini Textiles', 'ORG'), ('Indian', 'MISC'), ('Coimbatore', 'LOC'), ('Tamil Nadu', 'LOC'), ('R. Venkataraman Iyer', 'PER'), ('National Stock Exchange of India', 'ORG')]),
# wO036
("Priyanka Raghunathan (born 1990) is an Indian cricketer who bats right-handed for Karnataka and the Royal Challengers Bengaluru in the Women's Premier League. She captained India at the 2022 Commonwealth Games in Birmingham.",
 [('Priyanka Raghunathan', 'PER'), ('Indian', 'MISC'), ('Karnataka', 'ORG'), ('Royal Challengers Bengaluru', 'ORG'), ("Women's Premier League", 'MISC'), ('India', 'LOC'), ('Commonwealth Games', 'MISC'), ('Birmingham', 'LOC')]),
# wO037
('Abdul Qadir Shinwari (born 1994) is an Afghan cricketer who plays for Band-e-Amir Dragons in the Shpageeza Cricket League. He made his debut for Afghanistan against Ireland in Greater Noida in 2017.',
 [('Abdul Qadir Shinwari', 'PER'), ('Afghan', 'MISC'), ('Band-e-Amir Dragons', 'ORG'), ('Shpageeza Cricket League', 'MISC'), ('Afghanistan', 'LOC'), ('Ireland', 'LOC'), ('Greater Noida', 'LOC')]),
# wO038
('Chukwuemeka Obiora-Eze (born 1961) is a Nigerian novelist whose debut, The Harmattan Ledger (1994), was published by Heinemann in its African Writers Series. He teaches at the University of Nigeria, Nsukka.',
 [('Chukwuemeka Obiora-Eze', 'PER'), ('Nigerian', 'MISC'), ('The Harmattan Ledger', 'MISC'), ('Heinemann', 'ORG'), ('African Writers Series', 'MISC'), ('University of Nigeria, Nsukka', 'ORG')]),
# wO039
('Lindiwe Mahlangu-Dube (born 1974) is a South African judge who has sat on the Constitutional Court of South Africa since 2019. She studied law at the University of the Witwatersrand and clerked for Justice Pius Langa.',
 [('Lindiwe Mahlangu-Dube', 'PER'), ('South African', 'MISC'), ('Constitutional Court of South Africa', 'ORG'), ('University of the Witwatersrand', 'ORG'), ('Pius Langa', 'PER')]),
# wO040
('Kwabena Asante-Boateng is a Ghanaian politician and a member of the New Patriotic Party. He has represented the Asante Akim North constituency in the Parliament of Ghana since 2013.',
 [('Kwabena Asante-Boateng', 'PER'), ('Ghanaian', 'MISC'), ('New Patriotic Party', 'ORG'), ('Asante Akim North', 'LOC'), ('Parliament of Ghana', 'ORG')]),
# wO041
('Bodega Aurelio Sánchez de la Fuente is a Spanish winery in Haro, La Rioja, founded in 1880 by Aurelio Sánchez de la Fuente. Its reserve wines are sold under the Cerro Alto brand.',
 [('Bodega Aurelio Sánchez de la Fuente', 'ORG'), ('Spanish', 'MISC'), ('Haro', 'LOC'), ('La Rioja', 'LOC'), ('Aurelio Sánchez de la Fuente', 'PER'), ('Cerro Alto', 'MISC')]),
# wO042
("Kasimir von Lettow-Brandt (1871 – 1945) was a German industrialist and the founder of Lettow-Brandt Maschinenbau AG in Chemnitz. He sat in the Reichstag for the German People's Party from 1920 to 1924.",
 [('Kasimir von Lettow-Brandt', 'PER'), ('German', 'MISC'), ('Lettow-Brandt Maschinenbau AG', 'ORG'), ('Chemnitz', 'LOC'), ('Reichstag', 'ORG'), ("German People's Party", 'ORG')]),
# wO043
('Maison Delacroix-Vautrin is a French champagne house based in Épernay, in the Marne department. It was founded in 1832 and has belonged to the LVMH group since 1998.',
 [('Maison Delacroix-Vautrin', 'ORG'), ('French', 'MISC'), ('Épernay', 'LOC'), ('Marne', 'LOC'), ('LVMH', 'ORG')]),
# wO044
('Joost van der Heijden (born 1966) is a Dutch businessman who served as finance director of the brewer Heineken N.V. from 2012 to 2020. He studied economics at Erasmus University Rotterdam.',
 [('Joost van der Heijden', 'PER'), ('Dutch', 'MISC'), ('Heineken N.V.', 'ORG'), ('Erasmus University Rotterdam', 'ORG')]),
# wO045
('Ajax Amsterdam forward Sem de Wit-Brouwer (born 2003) scored on his debut for the Netherlands against Gibraltar in the qualifying rounds of the UEFA European Championship.',
 [('Ajax Amsterdam', 'ORG'), ('Sem de Wit-Brouwer', 'PER'), ('Netherlands', 'LOC'), ('Gibraltar', 'LOC'), ('UEFA European Championship', 'MISC')]),
# wO046
("Liesbeth D'Hondt (born 1978) is a Belgian politician of Groen who has sat in the Flemish Parliament since 2014. She was mayor of Sint-Niklaas from 2007 to 2012.",
 [("Liesbeth D'Hondt", 'PER'), ('Belgian', 'MISC'), ('Groen', 'ORG'), ('Flemish Parliament', 'ORG'), ('Sint-Niklaas', 'LOC')]),
# wO047
('Takashi Yanagida (柳田 隆; born 1952) is a Japanese businessman who was president of the electronics maker Sanwa Denki from 1998 to 2010. He is a graduate of Keio University.',
 [('Takashi Yanagida', 'PER'), ('柳田 隆', 'PER'), ('Japanese', 'MISC'), ('Sanwa Denki', 'ORG'), ('Keio University', 'ORG')]),
# wO048
('Hyundai Mipo Dockyard is a South Korean shipbuilder based in Ulsan. A subsidiary of HD Hyundai, it builds medium-sized tankers and container ships.',
 [('Hyundai Mipo Dockyard', 'ORG'), ('South Korean', 'MISC'), ('Ulsan', 'LOC'), ('HD Hyundai', 'ORG')]),
# wO049
('Seo Ji-hoon (Korean: 서지훈; born 1988) is a South Korean footballer who plays as a centre-back for Jeonbuk Hyundai Motors in the K League 1. He earlier played for Vissel Kobe in Japan.',
 [('Seo Ji-hoon', 'PER'), ('Korean', 'MISC'), ('서지훈', 'PER'), ('South Korean', 'MISC'), ('Jeonbuk Hyundai Motors', 'ORG'), ('K League 1', 'MISC'), ('Vissel Kobe', 'ORG'), ('Japan', 'LOC')]),
# wO050
('Rafael "Rafa" Quintero Almeida (born 1987) is a Venezuelan baseball infielder who played for the Houston Astros and the Toronto Blue Jays, and in winter for Leones del Caracas in the Venezuelan Professional Baseball League.',
 [('Rafael "Rafa" Quintero Almeida', 'PER'), ('Venezuelan', 'MISC'), ('Houston Astros', 'ORG'), ('Toronto Blue Jays', 'ORG'), ('Leones del Caracas', 'ORG'), ('Venezuelan Professional Baseball League', 'MISC')]),
# wO051
('Diário de Pernambuco is a Brazilian newspaper published in Recife. Founded in 1825, it is among the oldest newspapers still in circulation in Latin America.',
 [('Diário de Pernambuco', 'ORG'), ('Brazilian', 'MISC'), ('Recife', 'LOC'), ('Latin America', 'LOC')]),
# wO052
('Universidad Nacional de Cuyo (UNCuyo) is a public university in Mendoza, Argentina, founded in 1939. Its school of agriculture runs experimental vineyards in Luján de Cuyo.',
 [('Universidad Nacional de Cuyo', 'ORG'), ('UNCuyo', 'ORG'), ('Mendoza', 'LOC'), ('Argentina', 'LOC'), ('Luján de Cuyo', 'LOC')]),
# wO053
('Médecins du Monde (MdM; "Doctors of the World") is an international humanitarian charity founded in Paris in 1980 by Bernard Kouchner and other doctors who had left Médecins Sans Frontières.',
 [('Médecins du Monde', 'ORG'), ('MdM', 'ORG'), ('Doctors of the World', 'ORG'), ('Paris', 'LOC'), ('Bernard Kouchner', 'PER'), ('Médecins Sans Frontières', 'ORG')]),
# wO054
('Ahmed Farouk El-Sayed (born 1958) is an Egyptian architect and academic at Cairo University. He designed the library of the American University in Cairo at New Cairo.',
 [('Ahmed Farouk El-Sayed', 'PER'), ('Egyptian', 'MISC'), ('Cairo University', 'ORG'), ('American University in Cairo', 'ORG'), ('New Cairo', 'LOC')]),
# wO055
("The Tanzania National Parks Authority (TANAPA) is a parastatal organisation of Tanzania that manages the country's national parks. Its headquarters are in Arusha, and it runs Serengeti National Park and Kilimanjaro National Park.",
 [('Tanzania National Parks Authority', 'ORG'), ('TANAPA', 'ORG'), ('Tanzania', 'LOC'), ('Arusha', 'LOC'), ('Serengeti National Park', 'LOC'), ('Kilimanjaro National Park', 'LOC')]),
# wO056
('The Philippine Constabulary was a gendarmerie-type police force of the Philippines from 1901 to 1991. It was merged with the Integrated National Police to form the Philippine National Police.',
 [('Philippine Constabulary', 'ORG'), ('Philippines', 'LOC'), ('Integrated National Police', 'ORG'), ('Philippine National Police', 'ORG')]),
# wO057
('The Gurkha Brigade is the collective name for the units of the British Army composed of Nepalese soldiers. Recruits are selected at a camp in Pokhara.',
 [('Gurkha Brigade', 'ORG'), ('British Army', 'ORG'), ('Nepalese', 'MISC'), ('Pokhara', 'LOC')]),
# wO058
('Eleanor Whitcombe Ashby (1839 – 1912) was an American abolitionist and educator who founded the Ashby Female Seminary in Oberlin, Ohio, in 1866. She corresponded with Frederick Douglass and Lucretia Mott, and her papers are held by the Library of Congress.',
 [('Eleanor Whitcombe Ashby', 'PER'), ('American', 'MISC'), ('Ashby Female Seminary', 'ORG'), ('Oberlin', 'LOC'), ('Ohio', 'LOC'), ('Frederick Douglass', 'PER'), ('Lucretia Mott', 'PER'), ('Library of Congress', 'ORG')]),
# wO059
('Cornelius Van Wyck Delamater (1801 – 1878) was an American politician from New York who served in the United States Senate from 1845 to 1851 as a member of the Whig Party. He was earlier mayor of Albany.',
 [('Cornelius Van Wyck Delamater', 'PER'), ('American', 'MISC'), ('New York', 'LOC'), ('United States Senate', 'ORG'), ('Whig Party', 'ORG'), ('Albany', 'LOC')]),
# wO060
('John C. Breckinridge Harlan III (born 1962) is an American attorney who served as an assistant United States attorney in the Western District of Kentucky from 2005 to 2009. He later joined the law firm Frost Brown Todd in Louisville.',
 [('John C. Breckinridge Harlan III', 'PER'), ('American', 'MISC'), ('United States', 'LOC'), ('Western District of Kentucky', 'LOC'), ('Frost Brown Todd', 'ORG'), ('Louisville', 'LOC')]),
# wO061
('Patricia Lynn "Patsy" Okafor (born 1968) is an American judge who has served on the Supreme Court of Georgia since 2018. She graduated from Spelman College and Emory University School of Law, and was previously a prosecutor in Fulton County.',
 [('Patricia Lynn "Patsy" Okafor', 'PER'), ('American', 'MISC'), ('Supreme Court of Georgia', 'ORG'), ('Spelman College', 'ORG'), ('Emory University School of Law', 'ORG'), ('Fulton County', 'LOC')]),
# wO062
('Marcus D. Levinthal served as deputy director of the National Institute of Standards and Technology (NIST), an agency of the U.S. Department of Commerce located in Gaithersburg, Maryland.',
 [('Marcus D. Levinthal', 'PER'), ('National Institute of Standards and Technology', 'ORG'), ('NIST', 'ORG'), ('U.S. Department of Commerce', 'ORG'), ('Gaithersburg', 'LOC'), ('Maryland', 'LOC')]),
# wO063
('Geoffrey Tancred St John-Mildmay (1890 – 1964) was a British Liberal Party politician who sat for North Dorset from 1923 to 1924. He was later created a life peer and sat in the House of Lords as a crossbencher.',
 [('Geoffrey Tancred St John-Mildmay', 'PER'), ('British', 'MISC'), ('Liberal Party', 'ORG'), ('North Dorset', 'LOC'), ('House of Lords', 'ORG')]),
# wO064
('Aisling Nic Giolla Phádraig (born 1983) is an Irish Sinn Féin politician who has served as a Senator in Seanad Éireann since 2020. She is a native Irish speaker from the Connemara region of County Galway.',
 [('Aisling Nic Giolla Phádraig', 'PER'), ('Irish', 'MISC'), ('Sinn Féin', 'ORG'), ('Seanad Éireann', 'ORG'), ('Irish', 'MISC'), ('Connemara', 'LOC'), ('County Galway', 'LOC')]),
# wO065
('Hamish Gordon-Lennox (born 1976) is a Scottish National Party politician who has been the Member of the Scottish Parliament (MSP) for Angus North and Mearns since 2016.',
 [('Hamish Gordon-Lennox', 'PER'), ('Scottish National Party', 'ORG'), ('Scottish Parliament', 'ORG'), ('Angus North and Mearns', 'LOC')]),
# wO066
('Bronwyn Pryce-Talbot (born 1965) is a Welsh Plaid Cymru politician. She represented Ceredigion in the Senedd from 2011 to 2021 and chaired its culture committee.',
 [('Bronwyn Pryce-Talbot', 'PER'), ('Welsh', 'MISC'), ('Plaid Cymru', 'ORG'), ('Ceredigion', 'LOC'), ('Senedd', 'ORG')]),
# wO067
('Frédéric Arsenault-Leblanc (born 1972) is a Canadian politician who has served as the Member of Parliament for the New Brunswick riding of Beauséjour since 2015. A member of the Liberal Party of Canada, he was previously a reporter for Radio-Canada in Moncton.',
 [('Frédéric Arsenault-Leblanc', 'PER'), ('Canadian', 'MISC'), ('New Brunswick', 'LOC'), ('Beauséjour', 'LOC'), ('Liberal Party of Canada', 'ORG'), ('Radio-Canada', 'ORG'), ('Moncton', 'LOC')]),
# wO068
('Wiremu Tawhiri (born 1991) is a New Zealand rugby league player who plays as a prop for the Canberra Raiders in the National Rugby League. He has represented the Māori All Stars and New Zealand.',
 [('Wiremu Tawhiri', 'PER'), ('New Zealand', 'LOC'), ('Canberra Raiders', 'ORG'), ('National Rugby League', 'MISC'), ('Māori All Stars', 'ORG'), ('New Zealand', 'LOC')]),
# wO069
("Siobhan Kealy-Brennan (born 1989) is an Irish footballer who plays for the Fremantle Football Club in the AFL Women's competition in Australia. Before switching codes she played for the Kerry ladies' football team.",
 [('Siobhan Kealy-Brennan', 'PER'), ('Irish', 'MISC'), ('Fremantle Football Club', 'ORG'), ("AFL Women's", 'MISC'), ('Australia', 'LOC'), ('Kerry', 'ORG')]),
# wO070
('Tomasz "Tomek" Wróblewski (born 1994) is a Polish professional footballer who plays as a goalkeeper for Legia Warsaw and the Poland national team. He previously played for Celtic in the Scottish Premiership.',
 [('Tomasz "Tomek" Wróblewski', 'PER'), ('Polish', 'MISC'), ('Legia Warsaw', 'ORG'), ('Poland', 'LOC'), ('Celtic', 'ORG'), ('Scottish Premiership', 'MISC')]),
# wO071
('Mateus Carvalho da Rocha Neto (born 1997), commonly known as Rochinha, is a Brazilian footballer who plays as an attacking midfielder for Fluminense. He won the Copa Libertadores with the club in 2023.',
 [('Mateus Carvalho da Rocha Neto', 'PER'), ('Rochinha', 'PER'), ('Brazilian', 'MISC'), ('Fluminense', 'ORG'), ('Copa Libertadores', 'MISC')]),
# wO072
('Baba Ahmadou Traoré-Kouyaté (born 2000) is a Malian professional basketball player for the Memphis Grizzlies of the NBA. He played college basketball for the Gonzaga Bulldogs and was selected in the second round of the 2022 NBA draft.',
 [('Baba Ahmadou Traoré-Kouyaté', 'PER'), ('Malian', 'MISC'), ('Memphis Grizzlies', 'ORG'), ('NBA', 'ORG'), ('Gonzaga Bulldogs', 'ORG'), ('NBA', 'ORG')]),
# wO073
('Kōji Hamasaki (born 1969) is a Japanese professional golfer who won eleven times on the Japan Golf Tour and finished fourth at the 2002 Open Championship at Muirfield.',
 [('Kōji Hamasaki', 'PER'), ('Japanese', 'MISC'), ('Japan Golf Tour', 'MISC'), ('Open Championship', 'MISC'), ('Muirfield', 'LOC')]),
# wO074
('Ahn Chang-ho was a Korean independence activist who founded the Young Korean Academy (Heungsadan) in San Francisco in 1913. He died in Keijō in 1938 after his arrest by the Japanese police.',
 [('Ahn Chang-ho', 'PER'), ('Korean', 'MISC'), ('Young Korean Academy', 'ORG'), ('Heungsadan', 'ORG'), ('San Francisco', 'LOC'), ('Keijō', 'LOC'), ('Japanese', 'MISC')]),
# wO075
('Tenzin Dhondup Lhamo (born 1981) is a Tibetan singer based in Dharamshala, India. Her album Snow Lion Songs was released on Real World Records in 2010.',
 [('Tenzin Dhondup Lhamo', 'PER'), ('Tibetan', 'MISC'), ('Dharamshala', 'LOC'), ('India', 'LOC'), ('Snow Lion Songs', 'MISC'), ('Real World Records', 'ORG')]),
# wO076
('Vasily Nikolayevich Ozerov (Russian: Василий Николаевич Озеров; 1858 – 1921) was a Russian publisher who founded the newspaper Severny Vestnik in Saint Petersburg in 1889. It was closed by the Bolsheviks in 1918.',
 [('Vasily Nikolayevich Ozerov', 'PER'), ('Russian', 'MISC'), ('Василий Николаевич Озеров', 'PER'), ('Russian', 'MISC'), ('Severny Vestnik', 'ORG'), ('Saint Petersburg', 'LOC'), ('Bolsheviks', 'ORG')]),
# wO077
('Ghulam Mustafa Khokhar (born 1955) is a Pakistani politician who served as a member of the National Assembly of Pakistan from 2002 to 2013, representing Sargodha. He was a member of the Pakistan Muslim League (Q).',
 [('Ghulam Mustafa Khokhar', 'PER'), ('Pakistani', 'MISC'), ('National Assembly of Pakistan', 'ORG'), ('Sargodha', 'LOC'), ('Pakistan Muslim League (Q)', 'ORG')]),
# wO078
("Nur Amalina binti Rahmat (born 1986) is a Malaysian badminton player who won the women's doubles at the 2010 Commonwealth Games in Delhi with Chin Ee Wei. She trained at the Bukit Jalil sports complex.",
 [('Nur Amalina binti Rahmat', 'PER'), ('Malaysian', 'MISC'), ('Commonwealth Games', 'MISC'), ('Delhi', 'LOC'), ('Chin Ee Wei', 'PER'), ('Bukit Jalil', 'LOC')]),
# wO079
("Nguyễn Thị Thu Hằng (born 1975) is a Vietnamese novelist whose book The River Below Huế won the Vietnam Writers' Association prize in 2004. She lives in Hanoi.",
 [('Nguyễn Thị Thu Hằng', 'PER'), ('Vietnamese', 'MISC'), ('The River Below Huế', 'MISC'), ("Vietnam Writers' Association", 'ORG'), ('Hanoi', 'LOC')]),
# wO080
('Elif Kaya-Demirtaş (born 1988) is a Turkish actress who came to fame in the television series Kuzey Rüzgârı, broadcast by Kanal D. She studied acting at Mimar Sinan Fine Arts University in Istanbul.',
 [('Elif Kaya-Demirtaş', 'PER'), ('Turkish', 'MISC'), ('Kuzey Rüzgârı', 'MISC'), ('Kanal D', 'ORG'), ('Mimar Sinan Fine Arts University', 'ORG'), ('Istanbul', 'LOC')]),
# wO081
('Roberto "El Flaco" Sandoval Ibarra (born 1950) is a Mexican singer-songwriter and a founder of the band Los Caminantes del Bajío, formed in León, Guanajuato, in 1972. Their album Corazón de Mezquite was released on Discos Peerless.',
 [('Roberto "El Flaco" Sandoval Ibarra', 'PER'), ('Mexican', 'MISC'), ('Los Caminantes del Bajío', 'ORG'), ('León', 'LOC'), ('Guanajuato', 'LOC'), ('Corazón de Mezquite', 'MISC'), ('Discos Peerless', 'ORG')]),
# wO082
('Ana Lúcia Fontes is a Portuguese fado singer from Coimbra. She has recorded for the Lisbon label Valentim de Carvalho and performed at the Olympia in Paris.',
 [('Ana Lúcia Fontes', 'PER'), ('Portuguese', 'MISC'), ('Coimbra', 'LOC'), ('Lisbon', 'LOC'), ('Valentim de Carvalho', 'ORG'), ('Olympia', 'LOC'), ('Paris', 'LOC')]),
# wO083
('Los Hermanos Cárdenas is a Colombian vallenato group from Valledupar, Cesar, founded by the brothers Emiliano and Poncho Cárdenas. They won the Vallenato Legend Festival in 1996.',
 [('Los Hermanos Cárdenas', 'ORG'), ('Colombian', 'MISC'), ('Valledupar', 'LOC'), ('Cesar', 'LOC'), ('Emiliano', 'PER'), ('Poncho Cárdenas', 'PER'), ('Vallenato Legend Festival', 'MISC')]),
# wO084
('Kraftwerk Gelsenkirchen was a German electronic group, not to be confused with Kraftwerk, formed in Gelsenkirchen in 1979 by Uwe Brandstätter and Jens-Peter Kolb.',
 [('Kraftwerk Gelsenkirchen', 'ORG'), ('German', 'MISC'), ('Kraftwerk', 'ORG'), ('Gelsenkirchen', 'LOC'), ('Uwe Brandstätter', 'PER'), ('Jens-Peter Kolb', 'PER')]),
# wO085
("Adebayo Ogunleye-Martins is a British-Nigerian author of children's books. His first picture book, Granny Bisi's Market, was published by Walker Books in 2015 and won the Waterstones Children's Book Prize.",
 [('Adebayo Ogunleye-Martins', 'PER'), ('British-Nigerian', 'MISC'), ("Granny Bisi's Market", 'MISC'), ('Walker Books', 'ORG'), ("Waterstones Children's Book Prize", 'MISC')]),
# wO086
("The Cartographer's Daughter is a 1996 historical novel by the Canadian writer Margaret Lindqvist, set in Quebec City during the Seven Years' War. It was published by McClelland & Stewart and won the Governor General's Award for fiction.",
 [("The Cartographer's Daughter", 'MISC'), ('Canadian', 'MISC'), ('Margaret Lindqvist', 'PER'), ('Quebec City', 'LOC'), ("Seven Years' War", 'MISC'), ('McClelland & Stewart', 'ORG'), ("Governor General's Award", 'MISC')]),
# wO087
('Ngũgĩ wa Kamau (born 1970) is a Kenyan poet who writes in Gikuyu and English. His collection Songs of the Ridge was published in Nairobi by East African Educational Publishers.',
 [('Ngũgĩ wa Kamau', 'PER'), ('Kenyan', 'MISC'), ('Gikuyu', 'MISC'), ('English', 'MISC'), ('Songs of the Ridge', 'MISC'), ('Nairobi', 'LOC'), ('East African Educational Publishers', 'ORG')]),
# wO088
('Gilchrist & Soames is a British maker of toiletries for hotels, founded in London in 1978 and now based in Indianapolis, Indiana.',
 [('Gilchrist & Soames', 'ORG'), ('British', 'MISC'), ('London', 'LOC'), ('Indianapolis', 'LOC'), ('Indiana', 'LOC')]),
# wO089
('Pemberton Motor Company was an American automobile manufacturer in Kenosha, Wisconsin, founded in 1908 by Silas T. Pemberton. Its Pemberton Six touring car was sold until 1927, when the company was bought by Nash Motors.',
 [('Pemberton Motor Company', 'ORG'), ('American', 'MISC'), ('Kenosha', 'LOC'), ('Wisconsin', 'LOC'), ('Silas T. Pemberton', 'PER'), ('Pemberton Six', 'MISC'), ('Nash Motors', 'ORG')]),
# wO090
('Bunnings Warehouse is an Australian household hardware chain owned by Wesfarmers. It was founded in Perth, Western Australia, in 1886 by the brothers Robert and Arthur Bunning, who had arrived from England.',
 [('Bunnings Warehouse', 'ORG'), ('Australian', 'MISC'), ('Wesfarmers', 'ORG'), ('Perth', 'LOC'), ('Western Australia', 'LOC'), ('Robert', 'PER'), ('Arthur Bunning', 'PER'), ('England', 'LOC')]),
# wO091
('Tata Consultancy Services (TCS) is an Indian information technology company headquartered in Mumbai. It is a subsidiary of the Tata Group and was founded in 1968 by J. R. D. Tata and F. C. Kohli.',
 [('Tata Consultancy Services', 'ORG'), ('TCS', 'ORG'), ('Indian', 'MISC'), ('Mumbai', 'LOC'), ('Tata Group', 'ORG'), ('J. R. D. Tata', 'PER'), ('F. C. Kohli', 'PER')]),
# wO092
('Compañía Minera Los Andes del Sur is a Chilean copper-mining company based in Antofagasta. It operates the Cerro Colorado Sur pit in the Atacama Desert in partnership with BHP.',
 [('Compañía Minera Los Andes del Sur', 'ORG'), ('Chilean', 'MISC'), ('Antofagasta', 'LOC'), ('Cerro Colorado Sur', 'LOC'), ('Atacama Desert', 'LOC'), ('BHP', 'ORG')]),
# wO093
('Société Générale de Belgique was a Belgian holding company founded in Brussels in 1822 by King William I of the Netherlands. It controlled Union Minière du Haut Katanga in the Belgian Congo.',
 [('Société Générale de Belgique', 'ORG'), ('Belgian', 'MISC'), ('Brussels', 'LOC'), ('William I', 'PER'), ('Netherlands', 'LOC'), ('Union Minière du Haut Katanga', 'ORG'), ('Belgian Congo', 'LOC')]),
# wO094
('Aer Arann was an Irish regional airline based at Dublin Airport. It was founded in 1970 to serve the Aran Islands from Galway and later flew franchise routes for Aer Lingus.',
 [('Aer Arann', 'ORG'), ('Irish', 'MISC'), ('Dublin Airport', 'LOC'), ('Aran Islands', 'LOC'), ('Galway', 'LOC'), ('Aer Lingus', 'ORG')]),
# wO095
('Qantas Airways was founded in Winton, Queensland, in 1920 as Queensland and Northern Territory Aerial Services. Its founders included Hudson Fysh and Paul McGinness, veterans of the Australian Flying Corps.',
 [('Qantas Airways', 'ORG'), ('Winton', 'LOC'), ('Queensland', 'LOC'), ('Queensland and Northern Territory Aerial Services', 'ORG'), ('Hudson Fysh', 'PER'), ('Paul McGinness', 'PER'), ('Australian Flying Corps', 'ORG')]),
# wO096
('Uppsala University (Swedish: Uppsala universitet) is a public research university in Uppsala, Sweden. Founded in 1477, it is the oldest university in Scandinavia.',
 [('Uppsala University', 'ORG'), ('Swedish', 'MISC'), ('Uppsala universitet', 'ORG'), ('Uppsala', 'LOC'), ('Sweden', 'LOC'), ('Scandinavia', 'LOC')]),
# wO097
("Queen's University Belfast is a public research university in Belfast, Northern Ireland. It was chartered in 1845 as Queen's College, Belfast and is a member of the Russell Group.",
 [("Queen's University Belfast", 'ORG'), ('Belfast', 'LOC'), ('Northern Ireland', 'LOC'), ("Queen's College, Belfast", 'ORG'), ('Russell Group', 'ORG')]),
# wO098
('WASHINGTON (Reuters) - The Senate Judiciary Committee on Thursday advanced the nomination of Angela M. Castellanos to the U.S. Court of Appeals for the Ninth Circuit, sending it to the full Senate on a party-line vote. Republican Senator Chuck Grassley of Iowa voted against.',
 [('WASHINGTON', 'LOC'), ('Reuters', 'ORG'), ('Senate Judiciary Committee', 'ORG'), ('Angela M. Castellanos', 'PER'), ('U.S. Court of Appeals for the Ninth Circuit', 'ORG'), ('Senate', 'ORG'), ('Republican', 'MISC'), ('Chuck Grassley', 'PER'), ('Iowa', 'LOC')]),
# wO099
('LONDON - The chairman of Sheffield Wednesday, Dejphon Chansiri, said on Monday the club would not be sold before the end of the Championship season, after a group led by the American investor Bradley K. Simmons made an offer.',
 [('LONDON', 'LOC'), ('Sheffield Wednesday', 'ORG'), ('Dejphon Chansiri', 'PER'), ('Championship', 'MISC'), ('American', 'MISC'), ('Bradley K. Simmons', 'PER')]),
# wO100
('DUBLIN, March 4 - Ryanair Holdings chief operating officer Niall Brophy told the Oireachtas transport committee that the airline would cut flights from Shannon Airport unless charges fell, a statement the Dublin Airport Authority called "regrettable".',
 [('DUBLIN', 'LOC'), ('Ryanair Holdings', 'ORG'), ('Niall Brophy', 'PER'), ('Oireachtas', 'ORG'), ('Shannon Airport', 'LOC'), ('Dublin Airport Authority', 'ORG')]),
# wO101
("TORONTO, Oct 19 (Canadian Press) - Maple Leaf Sports & Entertainment has named Deborah Ng-Ferreira president of the Toronto Raptors, the first woman to hold the post in the club's history.",
 [('TORONTO', 'LOC'), ('Canadian Press', 'ORG'), ('Maple Leaf Sports & Entertainment', 'ORG'), ('Deborah Ng-Ferreira', 'PER'), ('Toronto Raptors', 'ORG')]),
# wO102
('SYDNEY - Cricket Australia named Western Australia batter Jake Pellingham in the squad for the first match of the series against Pakistan at the Perth Stadium, replacing the injured Usman Khawaja.',
 [('SYDNEY', 'LOC'), ('Cricket Australia', 'ORG'), ('Western Australia', 'ORG'), ('Jake Pellingham', 'PER'), ('Pakistan', 'LOC'), ('Perth Stadium', 'LOC'), ('Usman Khawaja', 'PER')]),
# wO103
('PARIS (AFP) - The French tyre maker Michelin said on Tuesday it would close its plant in Cholet by 2026, affecting about 950 workers, in a move the CGT union called "a betrayal of the Loire Valley".',
 [('PARIS', 'LOC'), ('AFP', 'ORG'), ('French', 'MISC'), ('Michelin', 'ORG'), ('Cholet', 'LOC'), ('CGT', 'ORG'), ('Loire Valley', 'LOC')]),
# wO104
('NEW DELHI - The Supreme Court of India on Friday asked the Securities and Exchange Board of India (SEBI) to complete its inquiry into trading in shares of Rajhans Cements within three months.',
 [('NEW DELHI', 'LOC'), ('Supreme Court of India', 'ORG'), ('Securities and Exchange Board of India', 'ORG'), ('SEBI', 'ORG'), ('Rajhans Cements', 'ORG')]),
# wO105
('LAGOS, June 2 - Access Holdings named Bolaji Adewale-Cole chief executive of its banking arm, Access Bank, the lender said in a filing to the Nigerian Exchange, months after its founder Herbert Wigwe died in a helicopter crash in California.',
 [('LAGOS', 'LOC'), ('Access Holdings', 'ORG'), ('Bolaji Adewale-Cole', 'PER'), ('Access Bank', 'ORG'), ('Nigerian Exchange', 'ORG'), ('Herbert Wigwe', 'PER'), ('California', 'LOC')]),
# wO106
('JOHANNESBURG - The Democratic Alliance chose Thandeka Mbatha-Nkosi, a former mayor of Tshwane, as its candidate for premier of Gauteng, the party said on Sunday.',
 [('JOHANNESBURG', 'LOC'), ('Democratic Alliance', 'ORG'), ('Thandeka Mbatha-Nkosi', 'PER'), ('Tshwane', 'LOC'), ('Gauteng', 'LOC')]),
# wO107
('SEOUL, Jan 8 (Yonhap) - Samsung Electronics vice chairman Park Min-seok will lead a delegation to the Consumer Electronics Show in Las Vegas, the company said.',
 [('SEOUL', 'LOC'), ('Yonhap', 'ORG'), ('Samsung Electronics', 'ORG'), ('Park Min-seok', 'PER'), ('Consumer Electronics Show', 'MISC'), ('Las Vegas', 'LOC')]),
# wO108
('MEXICO CITY - Grupo Aeroportuario del Pacífico said traffic at Guadalajara International Airport rose 9 percent in May, helped by new routes from Volaris to Chicago and Los Angeles.',
 [('MEXICO CITY', 'LOC'), ('Grupo Aeroportuario del Pacífico', 'ORG'), ('Guadalajara International Airport', 'LOC'), ('Volaris', 'ORG'), ('Chicago', 'LOC'), ('Los Angeles', 'LOC')]),
# wO109
('Growing up in Leeds in the 1970s, Derek Ashworth wanted to play for Leeds United; instead he became a bus driver, and for thirty years he coached the under-twelves at Farsley Celtic on Saturday mornings.',
 [('Leeds', 'LOC'), ('Derek Ashworth', 'PER'), ('Leeds United', 'ORG'), ('Farsley Celtic', 'ORG')]),
# wO110
('My grandmother Ines Vogelsang left Bremen on the SS Kaiser Wilhelm der Grosse in 1904 and landed at Ellis Island with one trunk and a letter for a cousin in Milwaukee.',
 [('Ines Vogelsang', 'PER'), ('Bremen', 'LOC'), ('SS Kaiser Wilhelm der Grosse', 'MISC'), ('Ellis Island', 'LOC'), ('Milwaukee', 'LOC')]),
# wO111
('When the Boston Red Sox won the World Series in 2004, Fenway Park stayed open all night, and my uncle Frank Muldoon drove down from Portland, Maine, just to stand outside.',
 [('Boston Red Sox', 'ORG'), ('World Series', 'MISC'), ('Fenway Park', 'LOC'), ('Frank Muldoon', 'PER'), ('Portland', 'LOC'), ('Maine', 'LOC')]),
# wO112
('Olaudah Equiano (c. 1745 – 1797), known in his lifetime as Gustavus Vassa, was a writer and abolitionist from the Kingdom of Benin region who settled in London. His autobiography, The Interesting Narrative of the Life of Olaudah Equiano, was published in 1789.',
 [('Olaudah Equiano', 'PER'), ('Gustavus Vassa', 'PER'), ('Kingdom of Benin', 'LOC'), ('London', 'LOC'), ('The Interesting Narrative of the Life of Olaudah Equiano', 'MISC')]),
# wO113
('Hugh de Lacy (died 1186) was an Anglo-Norman baron who was granted the lordship of Meath by King Henry II of England. He built Trim Castle on the River Boyne.',
 [('Hugh de Lacy', 'PER'), ('Anglo-Norman', 'MISC'), ('Meath', 'LOC'), ('Henry II', 'PER'), ('England', 'LOC'), ('Trim Castle', 'LOC'), ('River Boyne', 'LOC')]),
# wO114
("Margery Kempe (c. 1373 – after 1438) was an English mystic from Bishop's Lynn, Norfolk. The Book of Margery Kempe, which she dictated to scribes, is often called the first autobiography in English.",
 [('Margery Kempe', 'PER'), ('English', 'MISC'), ("Bishop's Lynn", 'LOC'), ('Norfolk', 'LOC'), ('The Book of Margery Kempe', 'MISC'), ('English', 'MISC')]),
# wO115
('Johan de Witt (1625 – 1672) was Grand Pensionary of the Dutch Republic during the First Anglo-Dutch War. He and his brother Cornelis de Witt were killed by a mob in The Hague.',
 [('Johan de Witt', 'PER'), ('Dutch Republic', 'LOC'), ('First Anglo-Dutch War', 'MISC'), ('Cornelis de Witt', 'PER'), ('The Hague', 'LOC')]),
# wO116
('Leonor de Sepúlveda y Quiroga (1541 – 1603) was a Spanish noblewoman and patron of the Convent of San José in Ávila, where she befriended Teresa of Ávila.',
 [('Leonor de Sepúlveda y Quiroga', 'PER'), ('Spanish', 'MISC'), ('Convent of San José', 'LOC'), ('Ávila', 'LOC'), ('Teresa of Ávila', 'PER')]),
# wO117
('Takeda Shingen (武田 信玄; 1521 – 1573) was a Japanese daimyō of Kai Province who fought Uesugi Kenshin at the battles of Kawanakajima.',
 [('Takeda Shingen', 'PER'), ('武田 信玄', 'PER'), ('Japanese', 'MISC'), ('Kai Province', 'LOC'), ('Uesugi Kenshin', 'PER'), ('Kawanakajima', 'LOC')]),
# wO118
('Askia Muhammad I (c. 1443 – 1538) was the ruler of the Songhai Empire who made the pilgrimage to Mecca in 1496 and founded schools in Timbuktu.',
 [('Askia Muhammad I', 'PER'), ('Songhai Empire', 'LOC'), ('Mecca', 'LOC'), ('Timbuktu', 'LOC')]),
# wO119
('Iftikhar Ali Khan Pataudi (1910 – 1952), the eighth Nawab of Pataudi, was an Indian cricketer who played for Worcestershire, Oxford University and both England and India. His son Mansoor Ali Khan Pataudi later captained India.',
 [('Iftikhar Ali Khan Pataudi', 'PER'), ('Pataudi', 'LOC'), ('Indian', 'MISC'), ('Worcestershire', 'ORG'), ('Oxford University', 'ORG'), ('England', 'LOC'), ('India', 'LOC'), ('Mansoor Ali Khan Pataudi', 'PER'), ('India', 'LOC')]),
# wO120
('Jim Thorpe (1887 – 1953) was an American athlete of Sac and Fox descent who won gold in the pentathlon and decathlon at the 1912 Summer Olympics in Stockholm, and later played for the Canton Bulldogs and the New York Giants.',
 [('Jim Thorpe', 'PER'), ('American', 'MISC'), ('Sac and Fox', 'MISC'), ('Summer Olympics', 'MISC'), ('Stockholm', 'LOC'), ('Canton Bulldogs', 'ORG'), ('New York Giants', 'ORG')]),
# wO121
("Dorothy Pethick-Cole (1879 – 1950) was a British suffragette and a member of the Women's Social and Political Union. She was imprisoned in Holloway Prison in 1909 and later joined the Independent Labour Party.",
 [('Dorothy Pethick-Cole', 'PER'), ('British', 'MISC'), ("Women's Social and Political Union", 'ORG'), ('Holloway Prison', 'LOC'), ('Independent Labour Party', 'ORG')]),
# wO122
('William "Bill" Rennie McAllister (1919 – 1944) was a Canadian soldier of the Royal Winnipeg Rifles who was killed near Caen during the Battle of Normandy. He is buried at the Bény-sur-Mer Canadian War Cemetery.',
 [('William "Bill" Rennie McAllister', 'PER'), ('Canadian', 'MISC'), ('Royal Winnipeg Rifles', 'ORG'), ('Caen', 'LOC'), ('Battle of Normandy', 'MISC'), ('Bény-sur-Mer Canadian War Cemetery', 'LOC')]),
# wO123
('The 2nd Battalion, Royal Australian Regiment (2 RAR) is an infantry battalion of the Australian Army based at Lavarack Barracks in Townsville. It served in the Korean War and in South Vietnam.',
 [('2nd Battalion, Royal Australian Regiment', 'ORG'), ('2 RAR', 'ORG'), ('Australian Army', 'ORG'), ('Lavarack Barracks', 'LOC'), ('Townsville', 'LOC'), ('Korean War', 'MISC'), ('South Vietnam', 'LOC')]),
# wO124
('Escadrille Lafayette was a squadron of the French Air Service in World War I composed largely of American volunteer pilots. It was formed in 1916 at Luxeuil-les-Bains.',
 [('Escadrille Lafayette', 'ORG'), ('French Air Service', 'ORG'), ('World War I', 'MISC'), ('American', 'MISC'), ('Luxeuil-les-Bains', 'LOC')]),
# wO125
('The Royal Irish Constabulary (RIC) was the police force of Ireland from 1822 until 1922, when it was replaced by the Garda Síochána in the Irish Free State and the Royal Ulster Constabulary in Northern Ireland.',
 [('Royal Irish Constabulary', 'ORG'), ('RIC', 'ORG'), ('Ireland', 'LOC'), ('Garda Síochána', 'ORG'), ('Irish Free State', 'LOC'), ('Royal Ulster Constabulary', 'ORG'), ('Northern Ireland', 'LOC')]),
# wO126
('The Environmental Protection Agency (EPA) is an independent agency of the United States federal government, created in 1970 under President Richard Nixon. Its first administrator was William Ruckelshaus.',
 [('Environmental Protection Agency', 'ORG'), ('EPA', 'ORG'), ('United States', 'LOC'), ('Richard Nixon', 'PER'), ('William Ruckelshaus', 'PER')]),
# wO127
('Ordnance Survey is the national mapping agency of Great Britain, headquartered in Southampton. Its Landranger series of maps covers the country at a scale of 1:50,000.',
 [('Ordnance Survey', 'ORG'), ('Great Britain', 'LOC'), ('Southampton', 'LOC'), ('Landranger', 'MISC')]),
# wO128
('The Bundesanstalt für Geowissenschaften und Rohstoffe (BGR) is a German federal agency for geosciences, based in Hanover. It reports to the Federal Ministry for Economic Affairs and Climate Action.',
 [('Bundesanstalt für Geowissenschaften und Rohstoffe', 'ORG'), ('BGR', 'ORG'), ('German', 'MISC'), ('Hanover', 'LOC'), ('Federal Ministry for Economic Affairs and Climate Action', 'ORG')]),
# wO129
("The Reserve Bank of Australia is Australia's central bank, with its head office on Martin Place in Sydney. It was created in 1959, taking over the central-banking role of the Commonwealth Bank.",
 [('Reserve Bank of Australia', 'ORG'), ('Australia', 'LOC'), ('Martin Place', 'LOC'), ('Sydney', 'LOC'), ('Commonwealth Bank', 'ORG')]),
# wO130
('The Pakistan Space and Upper Atmosphere Research Commission (SUPARCO) is the national space agency of Pakistan, headquartered in Karachi. It was founded in 1961 on the advice of the physicist Abdus Salam and launched the rocket Rehbar-I from Sonmiani in 1962.',
 [('Pakistan Space and Upper Atmosphere Research Commission', 'ORG'), ('SUPARCO', 'ORG'), ('Pakistan', 'LOC'), ('Karachi', 'LOC'), ('Abdus Salam', 'PER'), ('Rehbar-I', 'MISC'), ('Sonmiani', 'LOC')]),
# wO131
('Ngāi Tahu Holdings is the commercial arm of Te Rūnanga o Ngāi Tahu, the governing council of the Ngāi Tahu iwi of the South Island of New Zealand. It is based in Christchurch.',
 [('Ngāi Tahu Holdings', 'ORG'), ('Te Rūnanga o Ngāi Tahu', 'ORG'), ('Ngāi Tahu', 'MISC'), ('South Island', 'LOC'), ('New Zealand', 'LOC'), ('Christchurch', 'LOC')]),
# wO132
('Rosalind Okonkwo-Hart (born 1966) is a British theatre director who was artistic director of the Bristol Old Vic from 2008 to 2018. Her production of The Tempest transferred to the National Theatre in London.',
 [('Rosalind Okonkwo-Hart', 'PER'), ('British', 'MISC'), ('Bristol Old Vic', 'ORG'), ('The Tempest', 'MISC'), ('National Theatre', 'ORG'), ('London', 'LOC')]),
# wO133
('Declan Ferriter (born 1979) is an Irish actor known for playing Father Seán Moloney in the RTÉ drama Glenroe Crossing. He trained at The Lir Academy and has appeared at the Abbey Theatre.',
 [('Declan Ferriter', 'PER'), ('Irish', 'MISC'), ('Seán Moloney', 'PER'), ('RTÉ', 'ORG'), ('Glenroe Crossing', 'MISC'), ('The Lir Academy', 'ORG'), ('Abbey Theatre', 'LOC')]),
# wO134
('Kristen Van Buskirk (born 1981) is an American actress who starred as Dr. Naomi Pryce on the NBC medical series Mercy General. She was nominated for a Primetime Emmy Award in 2014.',
 [('Kristen Van Buskirk', 'PER'), ('American', 'MISC'), ('Naomi Pryce', 'PER'), ('NBC', 'ORG'), ('Mercy General', 'MISC'), ('Primetime Emmy Award', 'MISC')]),
# wO135
('Anwar Hussain Qureshi (1931 – 2001) was a Pakistani film actor who appeared in more than 180 Urdu and Punjabi films made at the Lahore studios, including Dharti Ki Pukar (1962).',
 [('Anwar Hussain Qureshi', 'PER'), ('Pakistani', 'MISC'), ('Urdu', 'MISC'), ('Punjabi', 'MISC'), ('Lahore', 'LOC'), ('Dharti Ki Pukar', 'MISC')]),
# wO136
('Los Tigres del Sur were a Peruvian cumbia band from Chiclayo founded in 1968 by Juan Rebaza. They recorded for Discos Sono Radio and toured Ecuador and Bolivia.',
 [('Los Tigres del Sur', 'ORG'), ('Peruvian', 'MISC'), ('Chiclayo', 'LOC'), ('Juan Rebaza', 'PER'), ('Discos Sono Radio', 'ORG'), ('Ecuador', 'LOC'), ('Bolivia', 'LOC')]),
# wO137
('Orchestre Bella Mama is a Congolese rumba band founded in Kinshasa in 1980 by the guitarist Mbuta Lukusa. Their hit "Nakolinga Yo" was covered by Papa Wemba.',
 [('Orchestre Bella Mama', 'ORG'), ('Congolese', 'MISC'), ('Kinshasa', 'LOC'), ('Mbuta Lukusa', 'PER'), ('Nakolinga Yo', 'MISC'), ('Papa Wemba', 'PER')]),
# wO138
("Ballyconneely Creamery is a dairy co-operative in Ballyconneely, a village in County Galway, Ireland, located on the shore of Mannin Bay. It was founded in 1911 with the support of Horace Plunkett's Irish Agricultural Organisation Society.",
 [('Ballyconneely Creamery', 'ORG'), ('Ballyconneely', 'LOC'), ('County Galway', 'LOC'), ('Ireland', 'LOC'), ('Mannin Bay', 'LOC'), ('Horace Plunkett', 'PER'), ('Irish Agricultural Organisation Society', 'ORG')]),
# wO139
("Nkhata Bay Teachers' College is a teacher-training college in Nkhata Bay District, Northern Region, Malawi, on the shore of Lake Malawi. It was opened in 1968 by the Church of Scotland mission and is now run by the Ministry of Education.",
 [("Nkhata Bay Teachers' College", 'ORG'), ('Nkhata Bay District', 'LOC'), ('Northern Region', 'LOC'), ('Malawi', 'LOC'), ('Lake Malawi', 'LOC'), ('Church of Scotland', 'ORG'), ('Ministry of Education', 'ORG')]),
# wO140
('Karnaphuli Paper Mills is a state-owned paper mill at Chandraghona, a town in Rangamati Hill District, Bangladesh, on the Karnaphuli River. It was built in 1953 by the Pakistan Industrial Development Corporation.',
 [('Karnaphuli Paper Mills', 'ORG'), ('Chandraghona', 'LOC'), ('Rangamati Hill District', 'LOC'), ('Bangladesh', 'LOC'), ('Karnaphuli River', 'LOC'), ('Pakistan Industrial Development Corporation', 'ORG')]),
# wO141
("The Murray–Darling Basin Authority manages the water resources of the Murray River, Australia's longest river, and the Darling River. It is based in Canberra and was set up under the Water Act 2007.",
 [('Murray–Darling Basin Authority', 'ORG'), ('Murray River', 'LOC'), ('Australia', 'LOC'), ('Darling River', 'LOC'), ('Canberra', 'LOC'), ('Water Act 2007', 'MISC')]),
# wO142
('The Sainsbury Laboratory is a plant-science institute of the University of Cambridge founded by the Gatsby Charitable Foundation of Lord David Sainsbury. Its building near the Cambridge University Botanic Garden won the Stirling Prize in 2012.',
 [('Sainsbury Laboratory', 'ORG'), ('University of Cambridge', 'ORG'), ('Gatsby Charitable Foundation', 'ORG'), ('David Sainsbury', 'PER'), ('Cambridge University Botanic Garden', 'LOC'), ('Stirling Prize', 'MISC')]),
# wO143
('Hiroko Tanabe-Wright (born 1970) is a Japanese-American physicist at the California Institute of Technology (Caltech) and a member of the National Academy of Sciences. She is a member of the LIGO Scientific Collaboration and has worked at its detector site in Hanford, Washington.',
 [('Hiroko Tanabe-Wright', 'PER'), ('Japanese-American', 'MISC'), ('California Institute of Technology', 'ORG'), ('Caltech', 'ORG'), ('National Academy of Sciences', 'ORG'), ('LIGO Scientific Collaboration', 'ORG'), ('Hanford', 'LOC'), ('Washington', 'LOC')]),
# wO144
("Olufemi Bankole-Ajayi is a Nigerian banker who was a deputy governor of the Central Bank of Nigeria from 1999 to 2004. He was educated at King's College, Lagos and the London School of Economics.",
 [('Olufemi Bankole-Ajayi', 'PER'), ('Nigerian', 'MISC'), ('Central Bank of Nigeria', 'ORG'), ("King's College, Lagos", 'ORG'), ('London School of Economics', 'ORG')]),
# wO145
('Abebe Worku Tessema (born 1984) is an Ethiopian long-distance runner who won the Chicago Marathon in 2012 and the Rotterdam Marathon in 2014. He trains in Bekoji with the Ethiopian Athletics Federation squad.',
 [('Abebe Worku Tessema', 'PER'), ('Ethiopian', 'MISC'), ('Chicago Marathon', 'MISC'), ('Rotterdam Marathon', 'MISC'), ('Bekoji', 'LOC'), ('Ethiopian Athletics Federation', 'ORG')]),
# wO146
('Mamadou Lamine Sy (born 1992) is a Senegalese footballer who plays as a defensive midfielder for Olympique de Marseille in Ligue 1. He began his career at Génération Foot in Dakar and played for Senegal at the Africa Cup of Nations.',
 [('Mamadou Lamine Sy', 'PER'), ('Senegalese', 'MISC'), ('Olympique de Marseille', 'ORG'), ('Ligue 1', 'MISC'), ('Génération Foot', 'ORG'), ('Dakar', 'LOC'), ('Senegal', 'LOC'), ('Africa Cup of Nations', 'MISC')]),
# wO147
('Hassan Al-Mutairi (Arabic: حسن المطيري; born 1977) is a Kuwaiti businessman and the chairman of Gulf Horizon Shipping, based in Kuwait City. He sat on the board of the Kuwait Chamber of Commerce and Industry.',
 [('Hassan Al-Mutairi', 'PER'), ('Arabic', 'MISC'), ('حسن المطيري', 'PER'), ('Kuwaiti', 'MISC'), ('Gulf Horizon Shipping', 'ORG'), ('Kuwait City', 'LOC'), ('Kuwait Chamber of Commerce and Industry', 'ORG')]),
# wO148
('Rustam Yusupovich Nazarov (born 1963) is an Uzbek wrestler who won silver for the Soviet Union at the 1988 Summer Olympics in Seoul. He later coached the Uzbekistan national team in Tashkent.',
 [('Rustam Yusupovich Nazarov', 'PER'), ('Uzbek', 'MISC'), ('Soviet Union', 'LOC'), ('Summer Olympics', 'MISC'), ('Seoul', 'LOC'), ('Uzbekistan', 'LOC'), ('Tashkent', 'LOC')]),
# wO149
("Lê Văn Phúc (born 1956) is a Vietnamese general who commanded the 4th Corps of the People's Army of Vietnam and later served as deputy minister of defence. He was born in Quảng Trị Province.",
 [('Lê Văn Phúc', 'PER'), ('Vietnamese', 'MISC'), ('4th Corps', 'ORG'), ("People's Army of Vietnam", 'ORG'), ('Quảng Trị Province', 'LOC')]),
# wO150
('Sione Fifita Kaufana (born 1988) is a Tongan rugby union player who plays as a flanker for Clermont Auvergne in the Top 14. He played for Tonga at the 2015 and 2019 Rugby World Cup.',
 [('Sione Fifita Kaufana', 'PER'), ('Tongan', 'MISC'), ('Clermont Auvergne', 'ORG'), ('Top 14', 'MISC'), ('Tonga', 'LOC'), ('Rugby World Cup', 'MISC')]),
# wO151
('Ignacio "Nacho" Ibarguren Zubiaurre (born 1985) is a Spanish pelota player from Markina-Xemein, in the Basque Country. He plays for the promoter Aspe and has won the hand-pelota championship at the Astelena court in Eibar.',
 [('Ignacio "Nacho" Ibarguren Zubiaurre', 'PER'), ('Spanish', 'MISC'), ('Markina-Xemein', 'LOC'), ('Basque Country', 'LOC'), ('Aspe', 'ORG'), ('Astelena', 'LOC'), ('Eibar', 'LOC')]),
# wO152
("Giancarlo Dell'Acqua-Fontana (born 1958) is an Italian politician who was mayor of Seriate, near Bergamo, from 2004 to 2009. A member of Forza Italia, he was elected to the European Parliament in 2009.",
 [("Giancarlo Dell'Acqua-Fontana", 'PER'), ('Italian', 'MISC'), ('Seriate', 'LOC'), ('Bergamo', 'LOC'), ('Forza Italia', 'ORG'), ('European Parliament', 'ORG')]),
# wO153
('Annika Sjöberg-Lindh (born 1963) is a Swedish politician of the Swedish Social Democratic Party who served as Minister for Health and Social Affairs. She represented Västra Götaland County in the Riksdag from 1998 to 2018.',
 [('Annika Sjöberg-Lindh', 'PER'), ('Swedish', 'MISC'), ('Swedish Social Democratic Party', 'ORG'), ('Västra Götaland County', 'LOC'), ('Riksdag', 'ORG')]),
# wO154
('Ole-Gunnar Brattli (born 1974) is a Norwegian cross-country skier who won a relay gold for Norway at the 2002 Winter Olympics in Salt Lake City. He skied for Lillehammer Skiklubb.',
 [('Ole-Gunnar Brattli', 'PER'), ('Norwegian', 'MISC'), ('Norway', 'LOC'), ('Winter Olympics', 'MISC'), ('Salt Lake City', 'LOC'), ('Lillehammer Skiklubb', 'ORG')]),
# wO155
('Heinz-Dieter Kämmerer (1935 – 2011) was a German judge who served on the Federal Constitutional Court in Karlsruhe from 1983 to 1995. He was a member of the Christian Democratic Union (CDU).',
 [('Heinz-Dieter Kämmerer', 'PER'), ('German', 'MISC'), ('Federal Constitutional Court', 'ORG'), ('Karlsruhe', 'LOC'), ('Christian Democratic Union', 'ORG'), ('CDU', 'ORG')]),
# wO156
("Jean-Baptiste Hubert d'Arcy-Morel (1811 – 1880) was a French banker and a founder of the Crédit Lyonnais in Lyon in 1863, with Henri Germain.",
 [("Jean-Baptiste Hubert d'Arcy-Morel", 'PER'), ('French', 'MISC'), ('Crédit Lyonnais', 'ORG'), ('Lyon', 'LOC'), ('Henri Germain', 'PER')]),
# wO157
('Pieter-Jan Vandeputte (born 1990) is a Belgian cyclist who rides for Lotto Dstny. He won the Omloop Het Nieuwsblad in 2018 and finished ninth in the Tour of Flanders.',
 [('Pieter-Jan Vandeputte', 'PER'), ('Belgian', 'MISC'), ('Lotto Dstny', 'ORG'), ('Omloop Het Nieuwsblad', 'MISC'), ('Tour of Flanders', 'MISC')]),
# wO158
('Tadhg MacCárthaigh (born 1996) is an Irish sprinter who won bronze in the 400 metres at the 2022 European Athletics Championships in Munich. He runs for Leevale Athletic Club in Cork.',
 [('Tadhg MacCárthaigh', 'PER'), ('Irish', 'MISC'), ('European Athletics Championships', 'MISC'), ('Munich', 'LOC'), ('Leevale Athletic Club', 'ORG'), ('Cork', 'LOC')]),
# wO159
('Mavis Tembo-Chirwa (born 1969) is a Zambian lawyer who served as Solicitor General of Zambia. She is a partner at the Lusaka firm Mulenga Mundashi Kasonde.',
 [('Mavis Tembo-Chirwa', 'PER'), ('Zambian', 'MISC'), ('Zambia', 'LOC'), ('Lusaka', 'LOC'), ('Mulenga Mundashi Kasonde', 'ORG')]),
# wO160
('Ricardo Antonio Menéndez Quiñónez (born 1947) is a Salvadoran economist who was vice-president of the Central Reserve Bank of El Salvador from 1989 to 1994. He studied at Georgetown University.',
 [('Ricardo Antonio Menéndez Quiñónez', 'PER'), ('Salvadoran', 'MISC'), ('Central Reserve Bank of El Salvador', 'ORG'), ('Georgetown University', 'ORG')]),
# wO161
('Alejandra "Alé" Robledo (born 1995) is an Argentine field hockey player who plays for Club Atlético San Isidro and the Argentina women\'s team, known as Las Leonas.',
 [('Alejandra "Alé" Robledo', 'PER'), ('Argentine', 'MISC'), ('Club Atlético San Isidro', 'ORG'), ('Argentina', 'LOC'), ('Las Leonas', 'ORG')]),
# wO162
('Rajinder Singh Bedi-Sandhu (born 1975) is a British Sikh businessman who founded the Wolverhampton bakery chain Punjab Oven. He is a trustee of the Guru Nanak Gurdwara in Smethwick.',
 [('Rajinder Singh Bedi-Sandhu', 'PER'), ('British', 'MISC'), ('Sikh', 'MISC'), ('Wolverhampton', 'LOC'), ('Punjab Oven', 'ORG'), ('Guru Nanak Gurdwara', 'LOC'), ('Smethwick', 'LOC')]),
# wO163
('Ifeoma Chukwu-Lindgren is a Swedish journalist of Nigerian descent and a columnist for the daily Dagens Nyheter in Stockholm. She was previously a correspondent for Sveriges Radio in Nairobi.',
 [('Ifeoma Chukwu-Lindgren', 'PER'), ('Swedish', 'MISC'), ('Nigerian', 'MISC'), ('Dagens Nyheter', 'ORG'), ('Stockholm', 'LOC'), ('Sveriges Radio', 'ORG'), ('Nairobi', 'LOC')]),
# wO164
('La Voix du Nord is a French regional daily newspaper based in Lille. It began as a clandestine paper of the French Resistance in 1941.',
 [('La Voix du Nord', 'ORG'), ('French', 'MISC'), ('Lille', 'LOC'), ('French Resistance', 'ORG')]),
# wO165
('Het Parool is a Dutch daily newspaper published in Amsterdam. It was founded during the German occupation by Frans Goedhart and is owned by DPG Media.',
 [('Het Parool', 'ORG'), ('Dutch', 'MISC'), ('Amsterdam', 'LOC'), ('German', 'MISC'), ('Frans Goedhart', 'PER'), ('DPG Media', 'ORG')]),
# wO166
('The Winnipeg Free Press is a daily newspaper in Winnipeg, Manitoba, Canada. It was founded in 1872 as the Manitoba Free Press and was edited for many years by John Wesley Dafoe.',
 [('Winnipeg Free Press', 'ORG'), ('Winnipeg', 'LOC'), ('Manitoba', 'LOC'), ('Canada', 'LOC'), ('Manitoba Free Press', 'ORG'), ('John Wesley Dafoe', 'PER')]),
# wO167
('The Otago Daily Times is a newspaper published in Dunedin, New Zealand, since 1861. It was founded by Julius Vogel, later Premier of New Zealand, and is owned by Allied Press.',
 [('Otago Daily Times', 'ORG'), ('Dunedin', 'LOC'), ('New Zealand', 'LOC'), ('Julius Vogel', 'PER'), ('New Zealand', 'LOC'), ('Allied Press', 'ORG')]),
# wO168
('Oxfam Novib is the Dutch affiliate of Oxfam International, based in The Hague. It was founded in 1956 as the Netherlands Organisation for International Assistance.',
 [('Oxfam Novib', 'ORG'), ('Dutch', 'MISC'), ('Oxfam International', 'ORG'), ('The Hague', 'LOC'), ('Netherlands Organisation for International Assistance', 'ORG')]),
# wO169
('The Royal National Lifeboat Institution (RNLI) is a charity that operates lifeboats around the coasts of the United Kingdom, Ireland, the Channel Islands and the Isle of Man. It was founded in 1824 by Sir William Hillary.',
 [('Royal National Lifeboat Institution', 'ORG'), ('RNLI', 'ORG'), ('United Kingdom', 'LOC'), ('Ireland', 'LOC'), ('Channel Islands', 'LOC'), ('Isle of Man', 'LOC'), ('William Hillary', 'PER')]),
# wO170
("Barnardo's is a British children's charity founded in 1866 by Thomas Barnardo in the East End of London. Its head office is in Barkingside.",
 [("Barnardo's", 'ORG'), ('British', 'MISC'), ('Thomas Barnardo', 'PER'), ('East End of London', 'LOC'), ('Barkingside', 'LOC')]),
# wO171
('St Vincent de Paul Society in Australia, known as Vinnies, was founded in Melbourne in 1854 by the priest Gerald Ward.',
 [('St Vincent de Paul Society', 'ORG'), ('Australia', 'LOC'), ('Vinnies', 'ORG'), ('Melbourne', 'LOC'), ('Gerald Ward', 'PER')]),
# wO172
("The Hudson's Bay Company (HBC) was chartered in 1670 by King Charles II of England to trade furs in the Hudson Bay drainage basin, known as Rupert's Land. Its first governor was Prince Rupert of the Rhine.",
 [("Hudson's Bay Company", 'ORG'), ('HBC', 'ORG'), ('Charles II', 'PER'), ('England', 'LOC'), ('Hudson Bay', 'LOC'), ("Rupert's Land", 'LOC'), ('Rupert of the Rhine', 'PER')]),
# wO173
('Hanomag was a German maker of locomotives, lorries and tractors based in Linden, now part of Hanover. Founded in 1835 by Georg Egestorff, it was taken over by Rheinstahl in 1952, and its construction-machinery business later passed to Komatsu.',
 [('Hanomag', 'ORG'), ('German', 'MISC'), ('Linden', 'LOC'), ('Hanover', 'LOC'), ('Georg Egestorff', 'PER'), ('Rheinstahl', 'ORG'), ('Komatsu', 'ORG')]),
# wO174
('Greene King is a British brewer and pub company based in Bury St Edmunds, Suffolk, founded in 1799 by Benjamin Greene. It was bought by CK Asset Holdings of Hong Kong in 2019.',
 [('Greene King', 'ORG'), ('British', 'MISC'), ('Bury St Edmunds', 'LOC'), ('Suffolk', 'LOC'), ('Benjamin Greene', 'PER'), ('CK Asset Holdings', 'ORG'), ('Hong Kong', 'LOC')]),
# wO175
('Jollof & Sons is a chain of West African restaurants founded in Peckham, London, in 2012 by the Ghanaian chef Kofi Mensah-Bonsu.',
 [('Jollof & Sons', 'ORG'), ('West African', 'MISC'), ('Peckham', 'LOC'), ('London', 'LOC'), ('Ghanaian', 'MISC'), ('Kofi Mensah-Bonsu', 'PER')]),
# wO176
('Westfield Aerospace is a Canadian aircraft maintenance company based at Winnipeg James Armstrong Richardson International Airport. It was founded in 1947 by the bush pilot Harold "Dutch" Kowalczyk.',
 [('Westfield Aerospace', 'ORG'), ('Canadian', 'MISC'), ('Winnipeg James Armstrong Richardson International Airport', 'LOC'), ('Harold "Dutch" Kowalczyk', 'PER')]),
# wO177
('Sheikh Zayed Grand Mosque in Abu Dhabi was commissioned by Zayed bin Sultan Al Nahyan, the first President of the United Arab Emirates, and is run by the Sheikh Zayed Grand Mosque Centre.',
 [('Sheikh Zayed Grand Mosque', 'LOC'), ('Abu Dhabi', 'LOC'), ('Zayed bin Sultan Al Nahyan', 'PER'), ('United Arab Emirates', 'LOC'), ('Sheikh Zayed Grand Mosque Centre', 'ORG')]),
]
