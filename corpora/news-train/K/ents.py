# Decision lists for news-train part K (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are listed in order of appearance; build.py finds each surface as a
# case-sensitive whole-word match at or after the end of the previous span,
# skipping `skip` such matches first (default 0). Ids are wK001, wK002, ... in order.

DOCS = [
# wK001
('2019-05-09', 'IDLIB, Syria, May 9 (Reuters) - Syrian government forces backed by Russian jets captured the town of Qalaat al-Madiq and the nearby village of Kafr Nabuda on Thursday, pushing into the southern edge of the last rebel-held enclave in the northwest. "The planes did not leave the sky all night," said Abu Khaled al-Hamawi, a commander with the Turkish-backed National Front for Liberation, speaking by telephone from Khan Sheikhoun.',
 [('IDLIB', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('Syrian', 'MISC'), ('Russian', 'MISC'),
  ('Qalaat al-Madiq', 'LOC'), ('Kafr Nabuda', 'LOC'), ('Abu Khaled al-Hamawi', 'PER'),
  ('Turkish', 'MISC'), ('National Front for Liberation', 'ORG'), ('Khan Sheikhoun', 'LOC')]),
# wK002
('2020-03-06', "MOSCOW, March 6 (AFP) - Russia and Turkey agreed a ceasefire in Syria's Idlib province after six hours of talks in the Kremlin, days after an air strike near Balyun killed dozens of Turkish soldiers. Under the deal, Russian and Turkish troops will run joint patrols along the highway that links Aleppo with Latakia, the Turkish Defence Ministry said.",
 [('MOSCOW', 'LOC'), ('AFP', 'ORG'), ('Russia', 'LOC'), ('Turkey', 'LOC'), ('Syria', 'LOC'),
  ('Idlib', 'LOC'), ('Kremlin', 'LOC'), ('Balyun', 'LOC'), ('Turkish', 'MISC'),
  ('Russian', 'MISC'), ('Turkish', 'MISC'), ('Aleppo', 'LOC'), ('Latakia', 'LOC'),
  ('Turkish Defence Ministry', 'ORG')]),
# wK003
('2017-10-17', "RAQQA, Syria, Oct 17 (AP) — U.S.-backed fighters said they had driven the last Islamic State militants from Raqqa, the group's self-declared capital, after a four-month battle. Talal Silo, a spokesman for the Syrian Democratic Forces (SDF), said fighters were clearing mines around the National Hospital and the city stadium, the militants' last redoubts.",
 [('RAQQA', 'LOC'), ('Syria', 'LOC'), ('AP', 'ORG'), ('U.S.', 'LOC'), ('Islamic State', 'ORG'),
  ('Raqqa', 'LOC'), ('Talal Silo', 'PER'), ('Syrian Democratic Forces', 'ORG'), ('SDF', 'ORG'),
  ('National Hospital', 'LOC')]),
# wK004
('2018-07-06', 'AMMAN, July 6 (Reuters) - Thousands of Syrians fleeing a government offensive in Deraa province crowded near the Nassib crossing on the Jordanian border on Friday as Russian officers brokered talks on the surrender of rebel towns. "We sleep in the open with nothing," said Umm Yasser, a mother of five from Busra al-Harir. Jordan has said it will not open its frontier, citing security.',
 [('AMMAN', 'LOC'), ('Reuters', 'ORG'), ('Syrians', 'MISC'), ('Deraa', 'LOC'), ('Nassib', 'LOC'),
  ('Jordanian', 'MISC'), ('Russian', 'MISC'), ('Umm Yasser', 'PER'), ('Busra al-Harir', 'LOC'),
  ('Jordan', 'LOC')]),
# wK005
('2021-09-08', 'Syrian army enters Deraa al-Balad under Russian deal\nBEIRUT, Sept 8 (Reuters) - Syrian troops entered the old quarter of Deraa on Wednesday under a deal brokered by Moscow that ended a two-month siege, state news agency SANA said. Local negotiator Adnan al-Masalmeh said about 900 residents had handed over light weapons, and that military police from Russia would man checkpoints at al-Siraa and Saraya.',
 [('Syrian', 'MISC'), ('Deraa al-Balad', 'LOC'), ('Russian', 'MISC'), ('BEIRUT', 'LOC'),
  ('Reuters', 'ORG'), ('Syrian', 'MISC'), ('Deraa', 'LOC'), ('Moscow', 'LOC'), ('SANA', 'ORG'),
  ('Adnan al-Masalmeh', 'PER'), ('Russia', 'LOC'), ('al-Siraa', 'LOC'), ('Saraya', 'LOC')]),
# wK006
('2019-10-09', 'AKCAKALE, Turkey, Oct 9 (Reuters) - Turkey launched air strikes and artillery fire on Kurdish-held towns in north-east Syria on Wednesday, opening an offensive that President Tayyip Erdogan called Operation Peace Spring. Smoke rose over Tal Abyad, across the border from Akcakale, and over Ras al-Ain farther east. The SDF, whose main force is the Kurdish YPG militia, said civilians were fleeing toward Hasaka.',
 [('AKCAKALE', 'LOC'), ('Turkey', 'LOC'), ('Reuters', 'ORG'), ('Turkey', 'LOC'),
  ('Kurdish', 'MISC'), ('Syria', 'LOC'), ('Tayyip Erdogan', 'PER'),
  ('Operation Peace Spring', 'MISC'), ('Tal Abyad', 'LOC'), ('Akcakale', 'LOC'),
  ('Ras al-Ain', 'LOC'), ('SDF', 'ORG'), ('Kurdish', 'MISC'), ('YPG', 'ORG'), ('Hasaka', 'LOC')]),
# wK007
('2018-01-22', "ANKARA, Jan 22 (AFP) - Turkish ground troops and allied Syrian rebels pushed into the Afrin region on Monday, the third day of an operation named Olive Branch against the People's Protection Units. Prime Minister Binali Yildirim said the aim was a 30-km security zone, while Nouri Mahmoud, a YPG spokesman, told AFP that fighters had repelled attacks near Bulbul and Raju.",
 [('ANKARA', 'LOC'), ('AFP', 'ORG'), ('Turkish', 'MISC'), ('Syrian', 'MISC'), ('Afrin', 'LOC'),
  ('Olive Branch', 'MISC'), ("People's Protection Units", 'ORG'), ('Binali Yildirim', 'PER'),
  ('Nouri Mahmoud', 'PER'), ('YPG', 'ORG'), ('AFP', 'ORG'), ('Bulbul', 'LOC'), ('Raju', 'LOC')]),
# wK008
('2022-11-20', 'ISTANBUL, Nov 20 (Reuters) - Turkish warplanes struck Kurdish militant targets in northern Syria and Iraq overnight, the Defence Ministry said, a week after a bomb on Istiklal Avenue killed six people. The ministry said the raids, dubbed Claw-Sword, hit bases of the PKK and the YPG in Kobani, Tal Rifaat and the Asos mountains of northern Iraq.',
 [('ISTANBUL', 'LOC'), ('Reuters', 'ORG'), ('Turkish', 'MISC'), ('Kurdish', 'MISC'),
  ('Syria', 'LOC'), ('Iraq', 'LOC'), ('Defence Ministry', 'ORG'), ('Istiklal Avenue', 'LOC'),
  ('Claw-Sword', 'MISC'), ('PKK', 'ORG'), ('YPG', 'ORG'), ('Kobani', 'LOC'), ('Tal Rifaat', 'LOC'),
  ('Asos', 'LOC'), ('Iraq', 'LOC')]),
# wK009
('2019-03-23', 'BAGHOUZ, Syria, March 23 (AP) — The Syrian Democratic Forces declared victory over the Islamic State group on Saturday after capturing its last scrap of territory in the village of Baghouz on the Euphrates. Mustafa Bali, head of the SDF media office, wrote on Twitter that the "so-called caliphate" had been wiped out, and Kurdish commanders raised a yellow flag over the rubble.',
 [('BAGHOUZ', 'LOC'), ('Syria', 'LOC'), ('AP', 'ORG'), ('Syrian Democratic Forces', 'ORG'),
  ('Islamic State', 'ORG'), ('Baghouz', 'LOC'), ('Euphrates', 'LOC'), ('Mustafa Bali', 'PER'),
  ('SDF', 'ORG'), ('Twitter', 'ORG'), ('Kurdish', 'MISC')]),
# wK010
('2020-12-14', 'HASAKA, Syria, Dec 14 (Reuters) - Two women were found dead in separate tents in the al-Hol camp this month, Kurdish camp officials said, the latest in a wave of killings blamed on Islamic State loyalists among its 62,000 residents. "Every night we hear shots," said Jihan Hanan, the camp\'s administrator. The United Nations Children\'s Fund (UNICEF) has urged countries to repatriate their children from the camp, which lies near the Iraqi border in Hasaka province.',
 [('HASAKA', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('al-Hol', 'LOC'), ('Kurdish', 'MISC'),
  ('Islamic State', 'ORG'), ('Jihan Hanan', 'PER'), ("United Nations Children's Fund", 'ORG'),
  ('UNICEF', 'ORG'), ('Iraqi', 'MISC'), ('Hasaka', 'LOC')]),
# wK011
('2022-01-24', "QAMISHLI, Syria, Jan 24 (Reuters) - Kurdish-led forces backed by U.S. helicopters were still battling Islamic State fighters holed up inside the Ghwayran prison in Hasaka on Monday, four days after the militants stormed it. Farhad Shami, an SDF spokesman, said hundreds of inmates had surrendered, but that militants still held boys in the prison's dormitories. Hasaka residents said they had fled to Qamishli and Amuda.",
 [('QAMISHLI', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('Kurdish', 'MISC'), ('U.S.', 'LOC'),
  ('Islamic State', 'ORG'), ('Ghwayran', 'LOC'), ('Hasaka', 'LOC'), ('Farhad Shami', 'PER'),
  ('SDF', 'ORG'), ('Hasaka', 'LOC'), ('Qamishli', 'LOC'), ('Amuda', 'LOC')]),
# wK012
('2023-09-05', 'DEIR EZZOR, Syria, Sept 5 (AFP) - Fighting between the Syrian Democratic Forces and Arab tribal fighters spread along the Euphrates on Tuesday, a week after the SDF detained Ahmad al-Khabil, head of the Deir Ezzor Military Council. Clashes were reported in Dhiban, al-Busayrah and Shheil, the Syrian Observatory for Human Rights said. Sheikh Ibrahim al-Hafl of the Uqaydat tribe called on his followers to keep fighting.',
 [('DEIR EZZOR', 'LOC'), ('Syria', 'LOC'), ('AFP', 'ORG'), ('Syrian Democratic Forces', 'ORG'),
  ('Arab', 'MISC'), ('Euphrates', 'LOC'), ('SDF', 'ORG'), ('Ahmad al-Khabil', 'PER'),
  ('Deir Ezzor Military Council', 'ORG'), ('Dhiban', 'LOC'), ('al-Busayrah', 'LOC'),
  ('Shheil', 'LOC'), ('Syrian Observatory for Human Rights', 'ORG'), ('Ibrahim al-Hafl', 'PER'),
  ('Uqaydat', 'MISC')]),
# wK013
('2016-12-13', "ALEPPO, Syria, Dec 13 (Reuters) - Syria's army and its allies were close to taking the last rebel-held districts of eastern Aleppo on Tuesday, as residents trapped in al-Mashhad and Sukkari posted farewell messages online. Vitaly Churkin, Russia's envoy to the United Nations, said the rebels had agreed to leave the city, while the Syrian Arab Red Crescent prepared buses at the Ramouseh crossing.",
 [('ALEPPO', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('Syria', 'LOC'), ('Aleppo', 'LOC'),
  ('al-Mashhad', 'LOC'), ('Sukkari', 'LOC'), ('Vitaly Churkin', 'PER'), ('Russia', 'LOC'),
  ('United Nations', 'ORG'), ('Syrian Arab Red Crescent', 'ORG'), ('Ramouseh', 'LOC')]),
# wK014
('2018-04-14', 'DAMASCUS, April 14 (AP) — The United States, Britain and France fired more than 100 missiles at targets near Damascus and Homs early on Saturday in response to a suspected chemical attack in Douma. The Pentagon said the strikes hit the Barzeh research centre and two storage sites near Him Shinshar. Syrian state television called the attack a "flagrant violation" of international law.',
 [('DAMASCUS', 'LOC'), ('AP', 'ORG'), ('United States', 'LOC'), ('Britain', 'LOC'),
  ('France', 'LOC'), ('Damascus', 'LOC'), ('Homs', 'LOC'), ('Douma', 'LOC'), ('Pentagon', 'ORG'),
  ('Barzeh', 'LOC'), ('Him Shinshar', 'LOC'), ('Syrian', 'MISC')]),
# wK015
('2024-12-08', 'DAMASCUS, Dec 8 (Reuters) - Rebels led by Hayat Tahrir al-Sham (HTS) entered Damascus on Sunday without meeting resistance, and crowds gathered in Umayyad Square to celebrate the fall of President Bashar al-Assad. Russian news agencies said Assad and his family had arrived in Moscow. "We waited fourteen years for this morning," said Maher Qassab, a shopkeeper in the Midan district.',
 [('DAMASCUS', 'LOC'), ('Reuters', 'ORG'), ('Hayat Tahrir al-Sham', 'ORG'), ('HTS', 'ORG'),
  ('Damascus', 'LOC'), ('Umayyad Square', 'LOC'), ('Bashar al-Assad', 'PER'), ('Russian', 'MISC'),
  ('Assad', 'PER'), ('Moscow', 'LOC'), ('Maher Qassab', 'PER'), ('Midan', 'LOC')]),
# wK016
('2025-01-29', "DAMASCUS, Jan 29 (AFP) - Syria's new authorities dissolved the army of the former government and the Baath Party, a spokesman for the military operations command said, and named the HTS leader interim president. Hassan Abdel Ghani, the spokesman, read the statement on state television in the presence of armed factions from Idlib, Deraa and the Qalamoun mountains.",
 [('DAMASCUS', 'LOC'), ('AFP', 'ORG'), ('Syria', 'LOC'), ('Baath Party', 'ORG'), ('HTS', 'ORG'),
  ('Hassan Abdel Ghani', 'PER'), ('Idlib', 'LOC'), ('Deraa', 'LOC'), ('Qalamoun', 'LOC')]),
# wK017
('2017-04-07', 'Shayrat air base hit by U.S. cruise missiles\nWASHINGTON, April 7 (Reuters) - U.S. warships in the Mediterranean fired 59 Tomahawk missiles at the Shayrat air base in Homs province early on Friday, in response to a chemical attack on Khan Sheikhoun that Washington blamed on Syrian government aircraft. Captain Jeff Davis, a Pentagon spokesman, said the strike aimed at hangars, fuel depots and air defences.',
 [('Shayrat', 'LOC'), ('U.S.', 'LOC'), ('WASHINGTON', 'LOC'), ('Reuters', 'ORG'), ('U.S.', 'LOC'),
  ('Mediterranean', 'LOC'), ('Tomahawk', 'MISC'), ('Shayrat', 'LOC'), ('Homs', 'LOC'),
  ('Khan Sheikhoun', 'LOC'), ('Washington', 'LOC'), ('Syrian', 'MISC'), ('Jeff Davis', 'PER'),
  ('Pentagon', 'ORG')]),
# wK018
('2023-02-07', 'JINDIRES, Syria, Feb 7 (Reuters) - Rescuers of the Syria Civil Defence, known as the White Helmets, dug with bare hands through collapsed buildings in the rebel-held town of Jindires on Tuesday, a day after the earthquake that struck southern Turkey and northern Syria. "We have no heavy machines, no fuel," said Ismail al-Abdallah, a volunteer. Only one U.N. crossing, Bab al-Hawa, is open for aid into the area.',
 [('JINDIRES', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('Syria Civil Defence', 'ORG'),
  ('White Helmets', 'ORG'), ('Jindires', 'LOC'), ('Turkey', 'LOC'), ('Syria', 'LOC'),
  ('Ismail al-Abdallah', 'PER'), ('U.N.', 'ORG'), ('Bab al-Hawa', 'LOC')]),
# wK019
('2018-10-15', 'QUNEITRA, Syria, Oct 15 (Reuters) - Syria and Jordan reopened the Nassib-Jaber border crossing on Monday, three years after rebels seized it, and the U.N. peacekeeping force on the Golan Heights resumed patrols through the Quneitra crossing. Jordanian trucks lined up on the road to Ramtha, and customs official Raed Tahabsem said he expected trade to recover slowly.',
 [('QUNEITRA', 'LOC'), ('Syria', 'LOC'), ('Reuters', 'ORG'), ('Syria', 'LOC'), ('Jordan', 'LOC'),
  ('Nassib', 'LOC'), ('Jaber', 'LOC'), ('U.N.', 'ORG'), ('Golan Heights', 'LOC'),
  ('Quneitra', 'LOC'), ('Jordanian', 'MISC'), ('Ramtha', 'LOC'), ('Raed Tahabsem', 'PER')]),
# wK020
('2021-05-27', "DAMASCUS, May 27 (AP) — Syria's parliament speaker Hammouda Sabbagh declared that President Bashar Assad had won a fourth seven-year term with 95.1 percent of the vote. The United States, Britain, France, Germany and Italy had called the election neither free nor fair, and few people voted in Idlib or the Kurdish-run north-east. In Deraa province, residents of Tafas held a general strike.",
 [('DAMASCUS', 'LOC'), ('AP', 'ORG'), ('Syria', 'LOC'), ('Hammouda Sabbagh', 'PER'),
  ('Bashar Assad', 'PER'), ('United States', 'LOC'), ('Britain', 'LOC'), ('France', 'LOC'),
  ('Germany', 'LOC'), ('Italy', 'LOC'), ('Idlib', 'LOC'), ('Kurdish', 'MISC'), ('Deraa', 'LOC'),
  ('Tafas', 'LOC')]),
# wK021
('2020-01-08', "Iran fires missiles at Iraqi bases housing U.S. troops\nBAGHDAD, Jan 8 (Reuters) - Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Anbar province and at a base in Erbil early on Wednesday, days after a U.S. drone killed Iranian commander Qassem Soleimani in Baghdad. The Revolutionary Guards said the attack was revenge for Soleimani's death.",
 [('Iran', 'LOC'), ('Iraqi', 'MISC'), ('U.S.', 'LOC'), ('BAGHDAD', 'LOC'), ('Reuters', 'ORG'),
  ('Iran', 'LOC'), ('Ain al-Asad', 'LOC'), ('Anbar', 'LOC'), ('Erbil', 'LOC'), ('U.S.', 'LOC'),
  ('Iranian', 'MISC'), ('Qassem Soleimani', 'PER'), ('Baghdad', 'LOC'),
  ('Revolutionary Guards', 'ORG'), ('Soleimani', 'PER')]),
# wK022
('2023-12-19', "ERBIL, Iraq, Dec 19 (AFP) - Voters in Iraq's provincial elections, the first in a decade, gave a strong showing to parties in the Coordination Framework, the Independent High Electoral Commission said. In Kirkuk, the Kurdistan Democratic Party and Arab lists won eight of the 15 seats between them, while the Turkmen Front won two. Turnout was 41 percent, said commission spokeswoman Jumana al-Ghalai.",
 [('ERBIL', 'LOC'), ('Iraq', 'LOC'), ('AFP', 'ORG'), ('Iraq', 'LOC'),
  ('Coordination Framework', 'ORG'), ('Independent High Electoral Commission', 'ORG'),
  ('Kirkuk', 'LOC'), ('Kurdistan Democratic Party', 'ORG'), ('Arab', 'MISC'),
  ('Turkmen Front', 'ORG'), ('Jumana al-Ghalai', 'PER')]),
# wK023
('2024-01-29', 'AMMAN, Jan 29 (AP) — The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, said it had fired drones at U.S. bases in Syria at al-Tanf, Shaddadi and the Conoco gas field. Kataib Hezbollah later said it was suspending attacks to avoid "embarrassing the Iraqi government", said Abu Hussein al-Hamidawi, its secretary-general.',
 [('AMMAN', 'LOC'), ('AP', 'ORG'), ('Islamic Resistance in Iraq', 'ORG'), ('Iran', 'LOC'),
  ('U.S.', 'LOC'), ('Syria', 'LOC'), ('al-Tanf', 'LOC'), ('Shaddadi', 'LOC'), ('Conoco', 'LOC'),
  ('Kataib Hezbollah', 'ORG'), ('Iraqi', 'MISC'), ('Abu Hussein al-Hamidawi', 'PER')]),
# wK024
('2018-05-14', "NAJAF, Iraq, May 14 (Reuters) - The list backed by Shi'ite cleric Moqtada al-Sadr took the most seats in Iraq's election, results showed, beating the Fatah alliance of Hadi al-Amiri. Sadr's Sairoon coalition, which included Iraqi Communist Party candidates, won in six of Iraq's 18 provinces, among them Baghdad and Maysan.",
 [('NAJAF', 'LOC'), ('Iraq', 'LOC'), ('Reuters', 'ORG'), ("Shi'ite", 'MISC'),
  ('Moqtada al-Sadr', 'PER'), ('Iraq', 'LOC'), ('Fatah', 'ORG'), ('Hadi al-Amiri', 'PER'),
  ('Sadr', 'PER'), ('Sairoon', 'ORG'), ('Iraqi Communist Party', 'ORG'), ('Iraq', 'LOC'),
  ('Baghdad', 'LOC'), ('Maysan', 'LOC')]),
# wK025
('2021-08-03', 'SINJAR, Iraq, Aug 3 (Reuters) - Yazidis gathered at the foot of Mount Sinjar on Tuesday to mark seven years since Islamic State fighters overran their homeland, killing men and enslaving thousands of women. "Half of my family is still missing," said Nadia Murad, the Yazidi activist, addressing the crowd near Kocho by video. About 200,000 Yazidis still live in camps near Dohuk and Zakho.',
 [('SINJAR', 'LOC'), ('Iraq', 'LOC'), ('Reuters', 'ORG'), ('Yazidis', 'MISC'),
  ('Mount Sinjar', 'LOC'), ('Islamic State', 'ORG'), ('Nadia Murad', 'PER'), ('Yazidi', 'MISC'),
  ('Kocho', 'LOC'), ('Yazidis', 'MISC'), ('Dohuk', 'LOC'), ('Zakho', 'LOC')]),
# wK026
('2025-07-24', 'SULAIMANIYAH, Iraq, July 24 (Reuters) - A drone attack set fire to the Sarsang oilfield in Iraq\'s Kurdistan Region, operated by HKN Energy, the field\'s U.S. operator said, the latest in a string of attacks that has halted much of the region\'s output. The Kurdistan Regional Government\'s interior ministry blamed "outlaw groups" within the Popular Mobilisation Forces, which denied it. Kurdish official Goran Rashid said output had fallen by 200,000 barrels a day.',
 [('SULAIMANIYAH', 'LOC'), ('Iraq', 'LOC'), ('Reuters', 'ORG'), ('Sarsang', 'LOC'),
  ('Iraq', 'LOC'), ('Kurdistan Region', 'LOC'), ('HKN Energy', 'ORG'), ('U.S.', 'LOC'),
  ('Kurdistan Regional Government', 'ORG'), ('Popular Mobilisation Forces', 'ORG'),
  ('Kurdish', 'MISC'), ('Goran Rashid', 'PER')]),
# wK027
('2022-09-21', "TEHRAN, Sept 21 (Reuters) - Protests over the death of Mahsa Amini, a 22-year-old Kurdish woman who died in the custody of Iran's morality police, spread to more than 50 cities on Wednesday, including Mashhad, Tabriz and Rasht. Authorities restricted access to Instagram and WhatsApp, the NetBlocks monitoring group said. In Saqqez, her hometown in Kurdistan province, shops stayed shut.",
 [('TEHRAN', 'LOC'), ('Reuters', 'ORG'), ('Mahsa Amini', 'PER'), ('Kurdish', 'MISC'),
  ('Iran', 'LOC'), ('Mashhad', 'LOC'), ('Tabriz', 'LOC'), ('Rasht', 'LOC'), ('Instagram', 'ORG'),
  ('WhatsApp', 'ORG'), ('NetBlocks', 'ORG'), ('Saqqez', 'LOC'), ('Kurdistan', 'LOC')]),
# wK028
('2019-09-14', "RIYADH, Sept 14 (Reuters) - Drone and missile attacks set fire to two Saudi Aramco plants at Abqaiq and Khurais on Saturday, knocking out about half of the kingdom's oil output. Yemen's Houthi movement claimed the strikes, but U.S. Secretary of State Mike Pompeo said there was no evidence they came from Yemen and blamed Tehran. Interior ministry spokesman Mansour al-Turki said no one was hurt.",
 [('RIYADH', 'LOC'), ('Reuters', 'ORG'), ('Saudi Aramco', 'ORG'), ('Abqaiq', 'LOC'),
  ('Khurais', 'LOC'), ('Yemen', 'LOC'), ('Houthi', 'ORG'), ('U.S.', 'LOC'), ('Mike Pompeo', 'PER'),
  ('Yemen', 'LOC'), ('Tehran', 'LOC'), ('Mansour al-Turki', 'PER')]),
# wK029
('2017-06-05', 'DUBAI, June 5 (AP) — Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing it of backing terrorism and Iran, and closed land, sea and air links. Qatar Airways suspended flights to Riyadh, and shoppers in Doha emptied supermarket shelves. Qatar\'s foreign ministry called the measures "unjustified".',
 [('DUBAI', 'LOC'), ('AP', 'ORG'), ('Saudi Arabia', 'LOC'), ('United Arab Emirates', 'LOC'),
  ('Bahrain', 'LOC'), ('Egypt', 'LOC'), ('Qatar', 'LOC'), ('Iran', 'LOC'),
  ('Qatar Airways', 'ORG'), ('Riyadh', 'LOC'), ('Doha', 'LOC'), ('Qatar', 'LOC')]),
# wK030
('2021-01-05', "AL-ULA, Saudi Arabia, Jan 5 (Reuters) - Gulf leaders signed a declaration ending the three-year boycott of Qatar at a summit of the Gulf Cooperation Council in the desert city of Al-Ula. Qatar's Emir Sheikh Tamim bin Hamad al-Thani was greeted on the tarmac by Crown Prince Mohammed bin Salman. Kuwaiti and U.S. mediators had worked for months on the deal.",
 [('AL-ULA', 'LOC'), ('Saudi Arabia', 'LOC'), ('Reuters', 'ORG'), ('Qatar', 'LOC'),
  ('Gulf Cooperation Council', 'ORG'), ('Al-Ula', 'LOC'), ('Qatar', 'LOC'),
  ('Tamim bin Hamad al-Thani', 'PER'), ('Mohammed bin Salman', 'PER'), ('Kuwaiti', 'MISC'),
  ('U.S.', 'LOC')]),
# wK031
('2022-01-17', 'ABU DHABI, Jan 17 (Reuters) - Drones and missiles launched by Yemen\'s Houthis set off explosions near Abu Dhabi International Airport and at fuel trucks in the Musaffah industrial area on Monday, the Emirati police said. Three workers were killed, two Indian nationals and a Pakistani. The Houthi military spokesman Yahya Saree said the group had targeted "vital installations" in the UAE.',
 [('ABU DHABI', 'LOC'), ('Reuters', 'ORG'), ('Yemen', 'LOC'), ('Houthis', 'ORG'),
  ('Abu Dhabi International Airport', 'LOC'), ('Musaffah', 'LOC'), ('Emirati', 'MISC'),
  ('Indian', 'MISC'), ('Pakistani', 'MISC'), ('Houthi', 'ORG'), ('Yahya Saree', 'PER'),
  ('UAE', 'LOC')]),
# wK032
('2023-03-10', "BEIJING, March 10 (AFP) - Saudi Arabia and Iran agreed to restore diplomatic relations and reopen embassies within two months, in a deal brokered by China after four days of talks in Beijing. The joint statement was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed al-Aiban. Ties had been cut in 2016 after protesters stormed the Saudi embassy in Tehran.",
 [('BEIJING', 'LOC'), ('AFP', 'ORG'), ('Saudi Arabia', 'LOC'), ('Iran', 'LOC'), ('China', 'LOC'),
  ('Beijing', 'LOC'), ('Ali Shamkhani', 'PER'), ('Iran', 'LOC'),
  ('Supreme National Security Council', 'ORG'), ('Saudi', 'MISC'), ('Musaed al-Aiban', 'PER'),
  ('Saudi', 'MISC'), ('Tehran', 'LOC')]),
# wK033
('2024-04-14', 'JERUSALEM, April 14 (Reuters) - Iran launched more than 300 drones and missiles at Israel overnight, its first direct attack on Israeli territory, in retaliation for a strike on its consulate in Damascus. Military spokesman Rear Admiral Daniel Hagari said 99 percent were intercepted with help from the United States, Britain and Jordan, and that a girl was hurt in the Negev. Minor damage was reported at the Nevatim air base.',
 [('JERUSALEM', 'LOC'), ('Reuters', 'ORG'), ('Iran', 'LOC'), ('Israel', 'LOC'),
  ('Israeli', 'MISC'), ('Damascus', 'LOC'), ('Daniel Hagari', 'PER'), ('United States', 'LOC'),
  ('Britain', 'LOC'), ('Jordan', 'LOC'), ('Negev', 'LOC'), ('Nevatim', 'LOC')]),
# wK034
('2025-06-13', 'TEHRAN, June 13 (AP) — Israel struck Iran\'s main enrichment site at Natanz and killed the head of the Revolutionary Guard, General Hossein Salami, in a wave of pre-dawn attacks on Friday, Iranian state media said. Explosions were also heard in Tehran\'s northern districts and near Tabriz. Iran\'s Supreme Leader Ayatollah Ali Khamenei promised a "severe punishment".',
 [('TEHRAN', 'LOC'), ('AP', 'ORG'), ('Israel', 'LOC'), ('Iran', 'LOC'), ('Natanz', 'LOC'),
  ('Revolutionary Guard', 'ORG'), ('Hossein Salami', 'PER'), ('Iranian', 'MISC'),
  ('Tehran', 'LOC'), ('Tabriz', 'LOC'), ('Iran', 'LOC'), ('Ali Khamenei', 'PER')]),
# wK035
('2025-06-22', "WASHINGTON, June 22 (Reuters) - U.S. B-2 bombers struck three Iranian nuclear sites at Fordow, Natanz and Isfahan overnight, President Donald Trump said, joining Israel's air campaign. General Dan Caine, chairman of the Joint Chiefs of Staff, told a briefing at the Pentagon that the operation, code-named Midnight Hammer, had used 14 bunker-busting bombs.",
 [('WASHINGTON', 'LOC'), ('Reuters', 'ORG'), ('U.S.', 'LOC'), ('Iranian', 'MISC'),
  ('Fordow', 'LOC'), ('Natanz', 'LOC'), ('Isfahan', 'LOC'), ('Donald Trump', 'PER'),
  ('Israel', 'LOC'), ('Dan Caine', 'PER'), ('Joint Chiefs of Staff', 'ORG'), ('Pentagon', 'ORG'),
  ('Midnight Hammer', 'MISC')]),
# wK036
('2019-06-13', 'DUBAI, June 13 (Reuters) - Two oil tankers, the Norwegian-owned Front Altair and the Japanese-owned Kokuka Courageous, were attacked in the Gulf of Oman on Thursday, and their crews were picked up by a passing ship and taken to the Iranian port of Jask. The U.S. Fifth Fleet, based in Bahrain, said it had received two distress calls. Frontline, which owns the Front Altair, said the vessel was on fire.',
 [('DUBAI', 'LOC'), ('Reuters', 'ORG'), ('Norwegian', 'MISC'), ('Front Altair', 'MISC'),
  ('Japanese', 'MISC'), ('Kokuka Courageous', 'MISC'), ('Gulf of Oman', 'LOC'),
  ('Iranian', 'MISC'), ('Jask', 'LOC'), ('U.S. Fifth Fleet', 'ORG'), ('Bahrain', 'LOC'),
  ('Frontline', 'ORG'), ('Front Altair', 'MISC')]),
# wK037
('2017-08-31', 'TAL AFAR, Iraq, Aug 31 (Reuters) - Iraqi forces recaptured the last pocket of Islamic State fighters near Tal Afar on Thursday, taking the town of al-Ayadiya after eight days of house-to-house fighting. Lieutenant General Abdul Amir Yarallah said troops of the Ninth Armoured Division and the Federal Police now held the whole of western Nineveh province up to the Syrian border.',
 [('TAL AFAR', 'LOC'), ('Iraq', 'LOC'), ('Reuters', 'ORG'), ('Iraqi', 'MISC'),
  ('Islamic State', 'ORG'), ('Tal Afar', 'LOC'), ('al-Ayadiya', 'LOC'),
  ('Abdul Amir Yarallah', 'PER'), ('Ninth Armoured Division', 'ORG'), ('Federal Police', 'ORG'),
  ('Nineveh', 'LOC'), ('Syrian', 'MISC')]),
# wK038
('2019-06-10', "ERBIL, Iraq, June 10 (AFP) - Nechirvan Barzani was sworn in as president of Iraq's Kurdistan Region on Monday in a ceremony attended by Iraqi Prime Minister Adel Abdul Mahdi and Iran's foreign minister Mohammad Javad Zarif. His cousin Masrour Barzani is expected to become prime minister. The post had been vacant since Massoud Barzani stepped down in 2017.",
 [('ERBIL', 'LOC'), ('Iraq', 'LOC'), ('AFP', 'ORG'), ('Nechirvan Barzani', 'PER'), ('Iraq', 'LOC'),
  ('Kurdistan Region', 'LOC'), ('Iraqi', 'MISC'), ('Adel Abdul Mahdi', 'PER'), ('Iran', 'LOC'),
  ('Mohammad Javad Zarif', 'PER'), ('Masrour Barzani', 'PER'), ('Massoud Barzani', 'PER')]),
# wK039
('2018-09-07', 'BASRA, Iraq, Sept 7 (Reuters) - Protesters set fire to the Iranian consulate in Basra late on Friday, the climax of a week of unrest over polluted water and power cuts in which the offices of Asaib Ahl al-Haq and Kataib Hezbollah were also burned. Iran\'s foreign ministry spokesman Bahram Qasemi called the attack "savage". "We drink salt water and they talk about politics," said Hussein Jabbar, a day labourer from Zubair.',
 [('BASRA', 'LOC'), ('Iraq', 'LOC'), ('Reuters', 'ORG'), ('Iranian', 'MISC'), ('Basra', 'LOC'),
  ('Asaib Ahl al-Haq', 'ORG'), ('Kataib Hezbollah', 'ORG'), ('Iran', 'LOC'),
  ('Bahram Qasemi', 'PER'), ('Hussein Jabbar', 'PER'), ('Zubair', 'LOC')]),
# wK040
('2021-11-07', 'BAGHDAD, Nov 7 (Reuters) - Iraqi Prime Minister Mustafa al-Kadhimi escaped unhurt when an explosive-laden drone hit his residence in the Green Zone early on Sunday, the military said. "I am fine, thank God," Kadhimi wrote on Twitter, calling for calm. No group claimed the attack, which came after supporters of Iran-aligned parties protested against the results of the October election near the zone\'s Jadriya gate.',
 [('BAGHDAD', 'LOC'), ('Reuters', 'ORG'), ('Iraqi', 'MISC'), ('Mustafa al-Kadhimi', 'PER'),
  ('Green Zone', 'LOC'), ('Kadhimi', 'PER'), ('Twitter', 'ORG'), ('Iran', 'LOC'),
  ('Jadriya', 'LOC')]),
# wK041
('2020-08-05', 'BEIRUT, Aug 5 (Reuters) - Rescuers searched the rubble of Beirut\'s port on Wednesday after a huge explosion of ammonium nitrate stored in a warehouse flattened the waterfront and shattered windows as far away as Hamra. Prime Minister Hassan Diab said those responsible would "pay the price", and the Lebanese Red Cross said hospitals in Gemmayzeh and Achrafieh were overwhelmed.',
 [('BEIRUT', 'LOC'), ('Reuters', 'ORG'), ('Beirut', 'LOC'), ('Hamra', 'LOC'),
  ('Hassan Diab', 'PER'), ('Lebanese Red Cross', 'ORG'), ('Gemmayzeh', 'LOC'),
  ('Achrafieh', 'LOC')]),
# wK042
('2021-10-14', "BEIRUT, Oct 14 (AP) — Gunfire erupted at a protest by Hezbollah and Amal supporters against judge Tarek Bitar, who leads the investigation into the port blast, turning the Tayouneh roundabout into a battleground for hours. The two Shi'ite parties accused snipers of the Christian Lebanese Forces party of opening fire from rooftops in Ain al-Remmaneh, a charge its leader Samir Geagea denied.",
 [('BEIRUT', 'LOC'), ('AP', 'ORG'), ('Hezbollah', 'ORG'), ('Amal', 'ORG'), ('Tarek Bitar', 'PER'),
  ('Tayouneh', 'LOC'), ("Shi'ite", 'MISC'), ('Christian', 'MISC'), ('Lebanese Forces', 'ORG'),
  ('Ain al-Remmaneh', 'LOC'), ('Samir Geagea', 'PER')]),
# wK043
('2022-09-14', 'BEIRUT, Sept 14 (AFP) - A woman armed with what turned out to be a toy pistol held up a BLOM Bank branch in Beirut\'s Sodeco district and took $13,000 of her own savings to pay for her sister\'s cancer treatment. Sali Hafez was cheered by a crowd outside, and the depositors\' group Depositors\' Outcry said she had been "forced to take what is hers". Lebanese banks have barred most withdrawals since 2019.',
 [('BEIRUT', 'LOC'), ('AFP', 'ORG'), ('BLOM Bank', 'ORG'), ('Beirut', 'LOC'), ('Sodeco', 'LOC'),
  ('Sali Hafez', 'PER'), ("Depositors' Outcry", 'ORG'), ('Lebanese', 'MISC')]),
# wK044
('2022-05-17', "BEIRUT, May 17 (Reuters) - Hezbollah and its allies lost their majority in Lebanon's parliament, final results showed, while the Saudi-aligned Lebanese Forces became the largest Christian party, overtaking the Free Patriotic Movement of Gebran Bassil. Thirteen newcomers from the 2019 protest movement won seats, among them Elias Jradeh in the south, where Hezbollah had not lost a seat in decades.",
 [('BEIRUT', 'LOC'), ('Reuters', 'ORG'), ('Hezbollah', 'ORG'), ('Lebanon', 'LOC'),
  ('Saudi', 'MISC'), ('Lebanese Forces', 'ORG'), ('Christian', 'MISC'),
  ('Free Patriotic Movement', 'ORG'), ('Gebran Bassil', 'PER'), ('Elias Jradeh', 'PER'),
  ('Hezbollah', 'ORG')]),
# wK045
('2023-10-08', 'Hezbollah fires at Shebaa Farms positions in "solidarity" with Gaza\nBEIRUT, Oct 8 (Reuters) - Hezbollah fired rockets and shells at three Israeli positions in the disputed Shebaa Farms on Sunday, and Israel answered with artillery and a drone strike near Kfarchouba. The United Nations Interim Force in Lebanon urged restraint, and spokesman Andrea Tenenti said its peacekeepers were in shelters.',
 [('Hezbollah', 'ORG'), ('Shebaa Farms', 'LOC'), ('Gaza', 'LOC'), ('BEIRUT', 'LOC'),
  ('Reuters', 'ORG'), ('Hezbollah', 'ORG'), ('Israeli', 'MISC'), ('Shebaa Farms', 'LOC'),
  ('Israel', 'LOC'), ('Kfarchouba', 'LOC'), ('United Nations Interim Force in Lebanon', 'ORG'),
  ('Andrea Tenenti', 'PER')]),
# wK046
('2024-07-28', 'MAJDAL SHAMS, Golan Heights, July 28 (AP) — Thousands of mourners from the Druze town of Majdal Shams buried 12 children and teenagers killed when a rocket hit a football pitch on Saturday. Israel blamed Hezbollah, which denied firing the rocket. "They were playing, only playing," said Wael Taweel, a cousin of one of the boys. Prime Minister Benjamin Netanyahu cut short a trip to the United States.',
 [('MAJDAL SHAMS', 'LOC'), ('Golan Heights', 'LOC'), ('AP', 'ORG'), ('Druze', 'MISC'),
  ('Majdal Shams', 'LOC'), ('Israel', 'LOC'), ('Hezbollah', 'ORG'), ('Wael Taweel', 'PER'),
  ('Benjamin Netanyahu', 'PER'), ('United States', 'LOC')]),
# wK047
('2024-07-30', "BEIRUT, July 30 (Reuters) - An Israeli air strike hit a building in Beirut's southern suburb of Haret Hreik on Tuesday, targeting Fuad Shukr, a senior Hezbollah commander whom Israel blamed for the Majdal Shams rocket. The Israel Defense Forces said Shukr, also known as Hajj Mohsin, had been killed; Hezbollah confirmed his death the next day.",
 [('BEIRUT', 'LOC'), ('Reuters', 'ORG'), ('Israeli', 'MISC'), ('Beirut', 'LOC'),
  ('Haret Hreik', 'LOC'), ('Fuad Shukr', 'PER'), ('Hezbollah', 'ORG'), ('Israel', 'LOC'),
  ('Majdal Shams', 'LOC'), ('Israel Defense Forces', 'ORG'), ('Shukr', 'PER'),
  ('Hajj Mohsin', 'PER'), ('Hezbollah', 'ORG')]),
# wK048
('2025-02-23', "BEIRUT, Feb 23 (AFP) - Tens of thousands of mourners filled the Camille Chamoun Sports City Stadium for the funeral of Hezbollah's slain leaders, five months after they were killed, as Israeli warplanes flew low over the crowd. Iranian parliament speaker Mohammad Bagher Ghalibaf and foreign minister Abbas Araghchi attended. Naim Qassem, the group's new secretary-general, spoke by video.",
 [('BEIRUT', 'LOC'), ('AFP', 'ORG'), ('Camille Chamoun Sports City Stadium', 'LOC'),
  ('Hezbollah', 'ORG'), ('Israeli', 'MISC'), ('Iranian', 'MISC'),
  ('Mohammad Bagher Ghalibaf', 'PER'), ('Abbas Araghchi', 'PER'), ('Naim Qassem', 'PER')]),
# wK049
('2023-10-07', 'Hamas gunmen storm Israeli towns in surprise attack\nJERUSALEM, Oct 7 (Reuters) - Hamas fighters burst through the Gaza border fence on Saturday and attacked Israeli towns and kibbutzim including Sderot, Be\'eri and Kfar Aza, as thousands of rockets were fired at Tel Aviv and Ashkelon. Gunmen also attacked a music festival near Re\'im. Netanyahu said in a video statement that Israel was "at war".',
 [('Hamas', 'ORG'), ('Israeli', 'MISC'), ('JERUSALEM', 'LOC'), ('Reuters', 'ORG'),
  ('Hamas', 'ORG'), ('Gaza', 'LOC'), ('Israeli', 'MISC'), ('Sderot', 'LOC'), ("Be'eri", 'LOC'),
  ('Kfar Aza', 'LOC'), ('Tel Aviv', 'LOC'), ('Ashkelon', 'LOC'), ("Re'im", 'LOC'),
  ('Netanyahu', 'PER'), ('Israel', 'LOC')]),
# wK050
('2023-11-24', "KHAN YOUNIS, Gaza Strip, Nov 24 (AFP) - A four-day truce between Israel and Hamas took hold on Friday, and 13 Israeli hostages were handed to the International Committee of the Red Cross at the Rafah crossing in exchange for 39 Palestinian prisoners. Qatar's foreign ministry spokesman Majed al-Ansari said 10 Thai workers and a Filipino had also been freed.",
 [('KHAN YOUNIS', 'LOC'), ('Gaza Strip', 'LOC'), ('AFP', 'ORG'), ('Israel', 'LOC'),
  ('Hamas', 'ORG'), ('Israeli', 'MISC'), ('International Committee of the Red Cross', 'ORG'),
  ('Rafah', 'LOC'), ('Palestinian', 'MISC'), ('Qatar', 'LOC'), ('Majed al-Ansari', 'PER'),
  ('Thai', 'MISC'), ('Filipino', 'MISC')]),
# wK051
('2024-06-08', "TEL AVIV, June 8 (Reuters) - Israeli special forces rescued four hostages held by Hamas in two apartments in the Nuseirat refugee camp in central Gaza on Saturday. Among them was Noa Argamani, 26, who was abducted at the festival near Re'im on Oct. 7; the others were Almog Meir Jan, Andrey Kozlov and Shlomi Ziv. The Gaza health ministry said dozens of Palestinians were killed in the raid.",
 [('TEL AVIV', 'LOC'), ('Reuters', 'ORG'), ('Israeli', 'MISC'), ('Hamas', 'ORG'),
  ('Nuseirat', 'LOC'), ('Gaza', 'LOC'), ('Noa Argamani', 'PER'), ("Re'im", 'LOC'),
  ('Almog Meir Jan', 'PER'), ('Andrey Kozlov', 'PER'), ('Shlomi Ziv', 'PER'), ('Gaza', 'LOC'),
  ('Palestinians', 'MISC')]),
# wK052
('2024-10-17', 'JERUSALEM, Oct 17 (AP) — Israel said it had killed Yahya Sinwar, the Hamas leader who planned the Oct. 7 attack, in a chance encounter with troops in the Tel al-Sultan neighbourhood of Rafah. Foreign Minister Israel Katz called it "a military and moral achievement", and Hamas official Khalil al-Hayya confirmed the death the next day.',
 [('JERUSALEM', 'LOC'), ('AP', 'ORG'), ('Israel', 'LOC'), ('Yahya Sinwar', 'PER'),
  ('Hamas', 'ORG'), ('Tel al-Sultan', 'LOC'), ('Rafah', 'LOC'), ('Israel Katz', 'PER'),
  ('Hamas', 'ORG'), ('Khalil al-Hayya', 'PER')]),
# wK053
('2024-02-29', 'GAZA CITY, Feb 29 (Reuters) - Crowds waiting for aid trucks on al-Rashid Street southwest of Gaza City came under Israeli fire early on Thursday, the health ministry said. "People were running towards the flour," said Kamel Abu Nahel, who was wounded near the Nabulsi roundabout. The Israeli military said most victims died in a stampede.',
 [('GAZA CITY', 'LOC'), ('Reuters', 'ORG'), ('al-Rashid Street', 'LOC'), ('Gaza City', 'LOC'),
  ('Israeli', 'MISC'), ('Kamel Abu Nahel', 'PER'), ('Nabulsi', 'LOC'), ('Israeli', 'MISC')]),
# wK054
('2024-01-26', 'THE HAGUE, Jan 26 (AFP) - Nine countries including the United States, Germany and Britain paused funding for the U.N. agency for Palestinian refugees after Israel accused 12 of its staff of taking part in the Oct. 7 attack. UNRWA head Philippe Lazzarini said the employees had been fired and that an inquiry would be led by the U.N. Office of Internal Oversight Services.',
 [('THE HAGUE', 'LOC'), ('AFP', 'ORG'), ('United States', 'LOC'), ('Germany', 'LOC'),
  ('Britain', 'LOC'), ('U.N.', 'ORG'), ('Palestinian', 'MISC'), ('Israel', 'LOC'),
  ('UNRWA', 'ORG'), ('Philippe Lazzarini', 'PER'),
  ('U.N. Office of Internal Oversight Services', 'ORG')]),
# wK055
('2024-11-21', "THE HAGUE, Nov 21 (Reuters) - The International Criminal Court issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu, his former defence minister Yoav Gallant and Hamas commander Mohammed Deif, accusing them of war crimes. Hungary's Prime Minister Viktor Orban said he would invite Netanyahu to Budapest in defiance of the court.",
 [('THE HAGUE', 'LOC'), ('Reuters', 'ORG'), ('International Criminal Court', 'ORG'),
  ('Israeli', 'MISC'), ('Benjamin Netanyahu', 'PER'), ('Yoav Gallant', 'PER'), ('Hamas', 'ORG'),
  ('Mohammed Deif', 'PER'), ('Hungary', 'LOC'), ('Viktor Orban', 'PER'), ('Netanyahu', 'PER'),
  ('Budapest', 'LOC')]),
# wK056
('2025-03-18', 'DEIR AL-BALAH, Gaza Strip, March 18 (AP) — Israeli air strikes hit homes and tent camps across Gaza before dawn on Tuesday, shattering the ceasefire in force since January. Strikes hit Beit Hanoun, Khan Younis and the coastal Muwasi area, where families displaced from Jabalia had set up shelters. Hamas said Netanyahu had "decided to overturn" the truce.',
 [('DEIR AL-BALAH', 'LOC'), ('Gaza Strip', 'LOC'), ('AP', 'ORG'), ('Israeli', 'MISC'),
  ('Gaza', 'LOC'), ('Beit Hanoun', 'LOC'), ('Khan Younis', 'LOC'), ('Muwasi', 'LOC'),
  ('Jabalia', 'LOC'), ('Hamas', 'ORG'), ('Netanyahu', 'PER')]),
# wK057
('2025-06-09', 'ASHDOD, Israel, June 9 (Reuters) - The Israeli navy seized the aid yacht Madleen in international waters and towed it to Ashdod, detaining 12 activists of the Freedom Flotilla Coalition, among them the Swedish campaigner Greta Thunberg and French European lawmaker Rima Hassan. The yacht had sailed from Catania in Sicily on June 1.',
 [('ASHDOD', 'LOC'), ('Israel', 'LOC'), ('Reuters', 'ORG'), ('Israeli', 'MISC'),
  ('Madleen', 'MISC'), ('Ashdod', 'LOC'), ('Freedom Flotilla Coalition', 'ORG'),
  ('Swedish', 'MISC'), ('Greta Thunberg', 'PER'), ('French', 'MISC'), ('Rima Hassan', 'PER'),
  ('Catania', 'LOC'), ('Sicily', 'LOC')]),
# wK058
('2023-12-20', 'COPENHAGEN, Dec 20 (Reuters) - Maersk said it would keep its ships away from the Red Sea and the Bab el-Mandeb strait until further notice, joining Hapag-Lloyd and MSC in rerouting vessels around the Cape of Good Hope. U.S. Defense Secretary Lloyd Austin announced a naval coalition, Operation Prosperity Guardian, during a visit to Bahrain.',
 [('COPENHAGEN', 'LOC'), ('Reuters', 'ORG'), ('Maersk', 'ORG'), ('Red Sea', 'LOC'),
  ('Bab el-Mandeb', 'LOC'), ('Hapag-Lloyd', 'ORG'), ('MSC', 'ORG'), ('Cape of Good Hope', 'LOC'),
  ('U.S.', 'LOC'), ('Lloyd Austin', 'PER'), ('Operation Prosperity Guardian', 'MISC'),
  ('Bahrain', 'LOC')]),
# wK059
('2024-03-06', "ADEN, Yemen, March 6 (AP) — A missile fired by Yemen's Houthi rebels struck the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden, killing three crew members, the first deaths since the group began attacking shipping. The U.S. Central Command said the Indian navy helped rescue 20 sailors from the Philippines, Sri Lanka and Vietnam.",
 [('ADEN', 'LOC'), ('Yemen', 'LOC'), ('AP', 'ORG'), ('Yemen', 'LOC'), ('Houthi', 'ORG'),
  ('Barbados', 'LOC'), ('True Confidence', 'MISC'), ('Gulf of Aden', 'LOC'),
  ('U.S. Central Command', 'ORG'), ('Indian', 'MISC'), ('Philippines', 'LOC'),
  ('Sri Lanka', 'LOC'), ('Vietnam', 'LOC')]),
# wK060
('2024-06-18', 'LONDON, June 18 (Reuters) - The Liberian-flagged coal carrier Tutor sank in the Red Sea a week after it was hit by a Houthi drone boat off Hodeidah, the United Kingdom Maritime Trade Operations (UKMTO) agency said. One Filipino seafarer is missing and presumed dead, said Eduardo de Vega, a Philippine foreign affairs undersecretary.',
 [('LONDON', 'LOC'), ('Reuters', 'ORG'), ('Liberian', 'MISC'), ('Tutor', 'MISC'),
  ('Red Sea', 'LOC'), ('Houthi', 'ORG'), ('Hodeidah', 'LOC'),
  ('United Kingdom Maritime Trade Operations', 'ORG'), ('UKMTO', 'ORG'), ('Filipino', 'MISC'),
  ('Eduardo de Vega', 'PER'), ('Philippine', 'MISC')]),
# wK061
('2025-05-04', 'TEL AVIV, May 4 (Reuters) - A missile fired from Yemen landed near a terminal of Ben Gurion Airport on Sunday, leaving a crater beside an access road, after interceptors failed to stop it. Lufthansa, Air Europa and Wizz Air suspended flights to Tel Aviv. Yahya Saree, the Houthi military spokesman, said the group would impose an "aerial blockade" on Israel.',
 [('TEL AVIV', 'LOC'), ('Reuters', 'ORG'), ('Yemen', 'LOC'), ('Ben Gurion Airport', 'LOC'),
  ('Lufthansa', 'ORG'), ('Air Europa', 'ORG'), ('Wizz Air', 'ORG'), ('Tel Aviv', 'LOC'),
  ('Yahya Saree', 'PER'), ('Houthi', 'ORG'), ('Israel', 'LOC')]),
# wK062
('2025-05-06', "MUSCAT, May 6 (AFP) - Oman said it had brokered a ceasefire between the United States and Yemen's Houthis, ending seven weeks of U.S. air strikes under Operation Rough Rider. Omani Foreign Minister Badr Albusaidi wrote on X that neither side would target the other, including American ships in the Red Sea. The deal did not cover attacks on Israel.",
 [('MUSCAT', 'LOC'), ('AFP', 'ORG'), ('Oman', 'LOC'), ('United States', 'LOC'), ('Yemen', 'LOC'),
  ('Houthis', 'ORG'), ('U.S.', 'LOC'), ('Operation Rough Rider', 'MISC'), ('Omani', 'MISC'),
  ('Badr Albusaidi', 'PER'), ('X', 'ORG'), ('American', 'MISC'), ('Red Sea', 'LOC'),
  ('Israel', 'LOC')]),
# wK063
('2025-08-30', "SANAA, Aug 30 (Reuters) - Yemen's Houthi movement said Ahmed Ghaleb al-Rahawi, prime minister of its government in Sanaa, was killed with several ministers in an Israeli air strike on Thursday. Mahdi al-Mashat, head of the group's Supreme Political Council, vowed revenge, and the group's Al-Masirah television broadcast pictures of the ministers' funeral.",
 [('SANAA', 'LOC'), ('Reuters', 'ORG'), ('Yemen', 'LOC'), ('Houthi', 'ORG'),
  ('Ahmed Ghaleb al-Rahawi', 'PER'), ('Sanaa', 'LOC'), ('Israeli', 'MISC'),
  ('Mahdi al-Mashat', 'PER'), ('Supreme Political Council', 'ORG'), ('Al-Masirah', 'ORG')]),
# wK064
('2023-10-19', 'WASHINGTON, Oct 19 (AP) — The U.S. destroyer USS Carney shot down three cruise missiles and several drones launched from Yemen over the northern Red Sea, the Pentagon said. Brigadier General Pat Ryder, its press secretary, said the missiles were "potentially" heading toward targets in Israel. The Carney was sailing north through the Suez Canal region at the time.',
 [('WASHINGTON', 'LOC'), ('AP', 'ORG'), ('U.S.', 'LOC'), ('USS Carney', 'MISC'), ('Yemen', 'LOC'),
  ('Red Sea', 'LOC'), ('Pentagon', 'ORG'), ('Pat Ryder', 'PER'), ('Israel', 'LOC'),
  ('Carney', 'MISC'), ('Suez Canal', 'LOC')]),
]
