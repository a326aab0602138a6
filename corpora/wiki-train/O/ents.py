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
 [('The Ballarat Courier', 'ORG'), ('Ballarat', 'LOC'), ('Victoria', 'LOC'), ('Australia', 'LOC'), ('Australian Community Media', 'ORG')]),
# wO029
('The Marlborough Gazette is a weekly newspaper in Marlborough, Wiltshire, England, founded in 1859. It was bought by Newsquest in 1999.',
 [('The Marlborough Gazette', 'ORG'), ('Marlborough', 'LOC'), ('Wiltshire', 'LOC'), ('England', 'LOC'), ('Newsquest', 'ORG')]),
# wO030
('The Hollins Trust is a British charity that funds hospices in the North of England. It was established in 1957 by the Manchester cotton merchant Arthur Hollins and is registered with the Charity Commission for England and Wales.',
 [('The Hollins Trust', 'ORG'), ('British', 'MISC'), ('North of England', 'LOC'), ('Manchester', 'LOC'), ('Arthur Hollins', 'PER'), ('Charity Commission for England and Wales', 'ORG')]),
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
('Bodega Aurelio Sánchez de la Fuente is a Spanish winery in Haro, La Rioja, founded in 1880 by Aurelio Sánchez de la Fuente. Its reserve wines are sold under the Viña Tondón brand.',
 [('Bodega Aurelio Sánchez de la Fuente', 'ORG'), ('Spanish', 'MISC'), ('Haro', 'LOC'), ('La Rioja', 'LOC'), ('Aurelio Sánchez de la Fuente', 'PER'), ('Viña Tondón', 'MISC')]),
# wO042
("Kasimir von Lettow-Brandt (1871 – 1945) was a German industrialist and the founder of Lettow-Brandt Maschinenbau AG in Chemnitz. He sat in the Reichstag for the German People's Party from 1920 to 1924.",
 [('Kasimir von Lettow-Brandt', 'PER'), ('German', 'MISC'), ('Lettow-Brandt Maschinenbau AG', 'ORG'), ('Chemnitz', 'LOC'), ('Reichstag', 'ORG'), ("German People's Party", 'ORG')]),
# wO043
('Maison Delacroix-Vautrin is a French champagne house based in Épernay, in the Marne department. It was founded in 1832 and has belonged to the LVMH group since 1998.',
 [('Maison Delacroix-Vautrin', 'ORG'), ('French', 'MISC'), ('Épernay', 'LOC'), ('Marne', 'LOC'), ('LVMH', 'ORG')]),
# wO044
('Joost van der Heijden (born 1966) is a Dutch businessman who served as chief executive of the brewer Heineken N.V. from 2012 to 2020. He studied economics at Erasmus University Rotterdam.',
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
('The Kenya Wildlife Service (KWS) is a state corporation of Kenya that manages national parks and reserves. Its headquarters are on Langata Road in Nairobi.',
 [('Kenya Wildlife Service', 'ORG'), ('KWS', 'ORG'), ('Kenya', 'LOC'), ('Langata Road', 'LOC'), ('Nairobi', 'LOC')]),
# wO056
('The Philippine Constabulary was a gendarmerie-type police force of the Philippines from 1901 to 1991. It was merged with the Integrated National Police to form the Philippine National Police.',
 [('Philippine Constabulary', 'ORG'), ('Philippines', 'LOC'), ('Integrated National Police', 'ORG'), ('Philippine National Police', 'ORG')]),
# wO057
('The Gurkha Brigade is the collective name for the units of the British Army composed of Nepalese soldiers. Recruits are selected at a camp in Pokhara.',
 [('Gurkha Brigade', 'ORG'), ('British Army', 'ORG'), ('Nepalese', 'MISC'), ('Pokhara', 'LOC')]),
]
