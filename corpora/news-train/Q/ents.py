# Decision lists for news-train part Q (the source of truth).
# Each document: (dct, text, [(surface, label) | (surface, label, skip), ...]).
# Entries are in order of appearance; build.py finds each surface as a case-sensitive
# whole-word match at or after the end of the previous span, skipping `skip` such
# matches first (default 0). Ids are wQ001, wQ002, ... in order.

DOCS = [
# wQ001
('2022-03-02',
 "KHARKIV, Ukraine, March 2 (Reuters) - Russian missiles struck the regional administration building on Freedom Square in Kharkiv on Wednesday, said Oleh Synyehubov, the region's governor.",
 [('KHARKIV', 'LOC'), ('Ukraine', 'LOC'), ('Reuters', 'ORG'), ('Russian', 'MISC'), ('Freedom Square', 'LOC'), ('Kharkiv', 'LOC'), ('Oleh Synyehubov', 'PER')]),
# wQ002
('2022-03-18',
 'Russian shells hit a bread queue in Chernihiv, regional governor Viacheslav Chaus said, as Ukrainian forces held the roads to Nizhyn and Kozelets.',
 [('Russian', 'MISC'), ('Chernihiv', 'LOC'), ('Viacheslav Chaus', 'PER'), ('Ukrainian', 'MISC'), ('Nizhyn', 'LOC'), ('Kozelets', 'LOC')]),
# wQ003
('2022-06-25',
 'Ukrainian troops pulled back from Severodonetsk across the Siverskyi Donets river to Lysychansk, Luhansk governor Serhiy Haidai said on Telegram.',
 [('Ukrainian', 'MISC'), ('Severodonetsk', 'LOC'), ('Siverskyi Donets', 'LOC'), ('Lysychansk', 'LOC'), ('Luhansk', 'LOC'), ('Serhiy Haidai', 'PER'), ('Telegram', 'ORG')]),
# wQ004
('2022-10-01',
 "Russian troops withdrew from Lyman in the Donetsk region to avoid encirclement, Russia's Defence Ministry said, a day after Vladimir Putin signed treaties annexing four Ukrainian regions.",
 [('Russian', 'MISC'), ('Lyman', 'LOC'), ('Donetsk', 'LOC'), ('Russia', 'LOC'), ('Defence Ministry', 'ORG'), ('Vladimir Putin', 'PER'), ('Ukrainian', 'MISC')]),
# wQ005
('2022-11-11',
 'General Sergei Surovikin ordered Russian troops to leave the west bank of the Dnipro, and Ukrainian units entered Kherson city hours later, the state news agency Ukrinform reported.',
 [('Sergei Surovikin', 'PER'), ('Russian', 'MISC'), ('Dnipro', 'LOC'), ('Ukrainian', 'MISC'), ('Kherson', 'LOC'), ('Ukrinform', 'ORG')]),
# wQ006
('2023-03-08',
 'Ukrainian border guards in the Sumy region said Russian mortar fire hit Velyka Pysarivka and Myropillia overnight, according to the regional military administration headed by Volodymyr Artiukh.',
 [('Ukrainian', 'MISC'), ('Sumy', 'LOC'), ('Russian', 'MISC'), ('Velyka Pysarivka', 'LOC'), ('Myropillia', 'LOC'), ('Volodymyr Artiukh', 'PER')]),
# wQ007
('2023-06-10',
 'Ukrainian brigades attacked near Robotyne and Velyka Novosilka in the Zaporizhzhia and Donetsk regions, said Hanna Maliar, a deputy defence minister, without confirming a wider counteroffensive.',
 [('Ukrainian', 'MISC'), ('Robotyne', 'LOC'), ('Velyka Novosilka', 'LOC'), ('Zaporizhzhia', 'LOC'), ('Donetsk', 'LOC'), ('Hanna Maliar', 'PER')]),
# wQ008
('2023-08-24',
 "MOSCOW, Aug 24 (Reuters) - Russia's aviation agency Rosaviatsia said Prigozhin was on the passenger list of an Embraer jet that crashed near Kuzhenkino in the Tver region.",
 [('MOSCOW', 'LOC'), ('Reuters', 'ORG'), ('Russia', 'LOC'), ('Rosaviatsia', 'ORG'), ('Prigozhin', 'PER'), ('Embraer', 'ORG'), ('Kuzhenkino', 'LOC'), ('Tver', 'LOC')]),
# wQ009
('2024-03-15',
 'Belgorod governor Vyacheslav Gladkov closed schools after fighters of the Freedom of Russia Legion and the Russian Volunteer Corps attacked border villages near Kozinka and Tyotkino.',
 [('Belgorod', 'LOC'), ('Vyacheslav Gladkov', 'PER'), ('Freedom of Russia Legion', 'ORG'), ('Russian Volunteer Corps', 'ORG'), ('Kozinka', 'LOC'), ('Tyotkino', 'LOC')]),
# wQ010
('2024-02-17',
 "Russia's Defence Ministry said its forces had taken Avdiivka after Ukraine's new commander-in-chief, Oleksandr Syrskyi, ordered the 3rd Separate Assault Brigade and other units to pull back to Lastochkyne.",
 [('Russia', 'LOC'), ('Defence Ministry', 'ORG'), ('Avdiivka', 'LOC'), ('Ukraine', 'LOC'), ('Oleksandr Syrskyi', 'PER'), ('3rd Separate Assault Brigade', 'ORG'), ('Lastochkyne', 'LOC')]),
# wQ011
('2023-07-17',
 'Moscow quit the Black Sea Grain Initiative brokered by Turkey and the United Nations, Kremlin spokesman Dmitry Peskov told reporters, halting grain shipments from Odesa, Chornomorsk and Pivdennyi.',
 [('Moscow', 'LOC'), ('Black Sea Grain Initiative', 'MISC'), ('Turkey', 'LOC'), ('United Nations', 'ORG'), ('Kremlin', 'LOC'), ('Dmitry Peskov', 'PER'), ('Odesa', 'LOC'), ('Chornomorsk', 'LOC'), ('Pivdennyi', 'LOC')]),
# wQ012
('2024-05-10',
 'Russian troops crossed the border north of Kharkiv toward Vovchansk and Lyptsi, the State Border Guard Service said, and its spokesman Andriy Demchenko reported heavy shelling of Hlyboke.',
 [('Russian', 'MISC'), ('Kharkiv', 'LOC'), ('Vovchansk', 'LOC'), ('Lyptsi', 'LOC'), ('State Border Guard Service', 'ORG'), ('Andriy Demchenko', 'PER'), ('Hlyboke', 'LOC')]),
# wQ013
('2023-12-01',
 "The Israeli army published an evacuation map dividing the Gaza Strip into numbered blocks and told residents of Bani Suheila, Abasan and Khuza'a east of Khan Younis to move to Rafah.",
 [('Israeli', 'MISC'), ('Gaza Strip', 'LOC'), ('Bani Suheila', 'LOC'), ('Abasan', 'LOC'), ("Khuza'a", 'LOC'), ('Khan Younis', 'LOC'), ('Rafah', 'LOC')]),
# wQ014
('2024-10-06',
 'Israeli troops encircled Jabalia in northern Gaza and ordered residents to move south along Salah al-Din road, while UNRWA said its schools in Beit Lahiya were packed with displaced families.',
 [('Israeli', 'MISC'), ('Jabalia', 'LOC'), ('Gaza', 'LOC'), ('Salah al-Din', 'LOC'), ('UNRWA', 'ORG'), ('Beit Lahiya', 'LOC')]),
# wQ015
('2024-03-01',
 'More than 100 people were killed around aid lorries on Haroun al-Rashid street southwest of Gaza City, the Hamas-run health ministry said; the IDF said most of them died in a stampede.',
 [('Haroun al-Rashid', 'LOC'), ('Gaza City', 'LOC'), ('Hamas', 'ORG'), ('IDF', 'ORG')]),
# wQ016
('2024-07-13',
 'Israel said it targeted Mohammed Deif, commander of the Izz el-Deen al-Qassam Brigades, in a strike on al-Mawasi near Khan Younis; Hamas said he had survived.',
 [('Israel', 'LOC'), ('Mohammed Deif', 'PER'), ('Izz el-Deen al-Qassam Brigades', 'ORG'), ('al-Mawasi', 'LOC'), ('Khan Younis', 'LOC'), ('Hamas', 'ORG')]),
# wQ017
('2024-07-16',
 'An Israeli strike hit a school run by UNRWA in the Bureij camp, civil defence spokesman Mahmoud Basal said, and the army said it had targeted fighters of Islamic Jihad inside.',
 [('Israeli', 'MISC'), ('UNRWA', 'ORG'), ('Bureij', 'LOC'), ('Mahmoud Basal', 'PER'), ('Islamic Jihad', 'ORG')]),
# wQ018
('2024-01-26',
 'The International Court of Justice in The Hague ordered Israel to prevent acts of genocide in Gaza in a case brought by Pretoria, and Israeli Prime Minister Benjamin Netanyahu called the charge outrageous.',
 [('International Court of Justice', 'ORG'), ('The Hague', 'LOC'), ('Israel', 'LOC'), ('Gaza', 'LOC'), ('Pretoria', 'LOC'), ('Israeli', 'MISC'), ('Benjamin Netanyahu', 'PER')]),
# wQ019
('2024-02-05',
 "Jordan's air force dropped aid over northern Gaza with French and Egyptian aircraft, King Abdullah said, as Amman pressed Israel to open the Allenby bridge to aid convoys.",
 [('Jordan', 'LOC'), ('Gaza', 'LOC'), ('French', 'MISC'), ('Egyptian', 'MISC'), ('Abdullah', 'PER'), ('Amman', 'LOC'), ('Israel', 'LOC'), ('Allenby', 'LOC')]),
# wQ020
('2024-08-28',
 'TULKARM, West Bank, Aug 28 (Reuters) - Israeli forces raided the Nur Shams camp and the town of Tubas, and the Palestinian Red Crescent said its crews were blocked from reaching the wounded in Tulkarm.',
 [('TULKARM', 'LOC'), ('West Bank', 'LOC'), ('Reuters', 'ORG'), ('Israeli', 'MISC'), ('Nur Shams', 'LOC'), ('Tubas', 'LOC'), ('Palestinian Red Crescent', 'ORG'), ('Tulkarm', 'LOC')]),
# wQ021
('2023-10-16',
 'Hezbollah fired anti-tank missiles at Israeli positions near Shtula and Metula, and Israel ordered the evacuation of 28 communities within 2 km of the Lebanese border, army spokesman Lieutenant Colonel Jonathan Conricus said.',
 [('Hezbollah', 'ORG'), ('Israeli', 'MISC'), ('Shtula', 'LOC'), ('Metula', 'LOC'), ('Israel', 'LOC'), ('Lebanese', 'MISC'), ('Jonathan Conricus', 'PER')]),
# wQ022
('2024-10-01',
 'Israeli troops began ground raids into southern Lebanon around Maroun al-Ras and Odaisseh, and UNIFIL spokesman Andrea Tenenti said peacekeepers at Naqoura stayed in their positions.',
 [('Israeli', 'MISC'), ('Lebanon', 'LOC'), ('Maroun al-Ras', 'LOC'), ('Odaisseh', 'LOC'), ('UNIFIL', 'ORG'), ('Andrea Tenenti', 'PER'), ('Naqoura', 'LOC')]),
# wQ023
('2024-10-19',
 'A drone launched from Lebanon hit a house belonging to Benjamin Netanyahu in Caesarea, his office said, and sirens sounded in Haifa and the Galilee as Hezbollah fired more rockets.',
 [('Lebanon', 'LOC'), ('Benjamin Netanyahu', 'PER'), ('Caesarea', 'LOC'), ('Haifa', 'LOC'), ('Galilee', 'LOC'), ('Hezbollah', 'ORG')]),
# wQ024
('2024-10-04',
 'An Israeli strike cut the road at the Masnaa crossing between Lebanon and Syria, Lebanese transport minister Ali Hamieh said, stranding families fleeing toward Damascus.',
 [('Israeli', 'MISC'), ('Masnaa', 'LOC'), ('Lebanon', 'LOC'), ('Syria', 'LOC'), ('Lebanese', 'MISC'), ('Ali Hamieh', 'PER'), ('Damascus', 'LOC')]),
# wQ025
('2024-05-31',
 'U.S. and British forces struck Houthi sites at the Ras Isa oil port and on Kamaran island, and the Houthi-run Saba news agency said 16 people were killed in Hodeidah province.',
 [('U.S.', 'LOC'), ('British', 'MISC'), ('Houthi', 'ORG'), ('Ras Isa', 'LOC'), ('Kamaran', 'LOC'), ('Houthi', 'ORG'), ('Saba', 'ORG'), ('Hodeidah', 'LOC')]),
# wQ026
('2024-02-20',
 'Houthi missiles hit the Greek-owned bulk carrier Sea Champion, which was carrying grain to Aden, the U.S. military said, adding that the Houthis had also downed an American drone over Hodeidah.',
 [('Houthi', 'ORG'), ('Greek', 'MISC'), ('Sea Champion', 'MISC'), ('Aden', 'LOC'), ('U.S.', 'LOC'), ('Houthis', 'ORG'), ('American', 'MISC'), ('Hodeidah', 'LOC')]),
# wQ027
('2024-04-27',
 'The Houthis said they had fired missiles at the container ship MSC Darwin VI in the Gulf of Aden, but the Joint Maritime Information Center reported no damage and said the vessel sailed on toward Djibouti.',
 [('Houthis', 'ORG'), ('MSC Darwin VI', 'MISC'), ('Gulf of Aden', 'LOC'), ('Joint Maritime Information Center', 'ORG'), ('Djibouti', 'LOC')]),
# wQ028
('2024-07-20',
 'Israeli jets struck fuel tanks at Hodeidah port a day after a Houthi drone hit a building near a U.S. embassy office in Tel Aviv, the Houthi-run health ministry in Sanaa said.',
 [('Israeli', 'MISC'), ('Hodeidah', 'LOC'), ('Houthi', 'ORG'), ('U.S.', 'LOC'), ('Tel Aviv', 'LOC'), ('Houthi', 'ORG'), ('Sanaa', 'LOC')]),
# wQ029
('2023-05-21',
 'Saudi Arabia and the United States said the Sudanese army and the RSF had agreed in Jeddah to a week-long ceasefire to let aid reach Khartoum, Omdurman and Bahri.',
 [('Saudi Arabia', 'LOC'), ('United States', 'LOC'), ('Sudanese', 'MISC'), ('RSF', 'ORG'), ('Jeddah', 'LOC'), ('Khartoum', 'LOC'), ('Omdurman', 'LOC'), ('Bahri', 'LOC')]),
# wQ030
('2024-06-30',
 'RSF fighters seized Singa, capital of Sennar state, and army units pulled back toward Sennar city and Al-Dinder, residents told Radio Dabanga.',
 [('RSF', 'ORG'), ('Singa', 'LOC'), ('Sennar', 'LOC'), ('Sennar', 'LOC'), ('Al-Dinder', 'LOC'), ('Radio Dabanga', 'ORG')]),
# wQ031
('2024-03-12',
 "Sudan's army retook the state broadcaster's headquarters in Omdurman, and Sovereign Council chairman Abdel Fattah al-Burhan toured the building with commanders of the Engineers Corps.",
 [('Sudan', 'LOC'), ('Omdurman', 'LOC'), ('Sovereign Council', 'ORG'), ('Abdel Fattah al-Burhan', 'PER'), ('Engineers Corps', 'ORG')]),
# wQ032
('2024-06-06',
 'The Madani Resistance Committee said RSF gunmen killed more than 100 people in the village of Wad al-Nourah near Al Manaqil in Gezira state.',
 [('Madani Resistance Committee', 'ORG'), ('RSF', 'ORG'), ('Wad al-Nourah', 'LOC'), ('Al Manaqil', 'LOC'), ('Gezira', 'LOC')]),
# wQ033
('2024-09-26',
 'The Sudanese army launched an offensive across bridges over the White Nile and Blue Nile into Khartoum North and central Khartoum, army spokesman Nabil Abdallah said from Port Sudan.',
 [('Sudanese', 'MISC'), ('White Nile', 'LOC'), ('Blue Nile', 'LOC'), ('Khartoum North', 'LOC'), ('Khartoum', 'LOC'), ('Nabil Abdallah', 'PER'), ('Port Sudan', 'LOC')]),
# wQ034
('2024-10-25',
 'After Abu Aqla Keikal, an RSF commander in Gezira, defected to the army, RSF units attacked Tamboul and Al-Sireha, the Sudan Doctors Network said.',
 [('Abu Aqla Keikal', 'PER'), ('RSF', 'ORG'), ('Gezira', 'LOC'), ('RSF', 'ORG'), ('Tamboul', 'LOC'), ('Al-Sireha', 'LOC'), ('Sudan Doctors Network', 'ORG')]),
# wQ035
('2024-01-02',
 'RSF leader Mohamed Hamdan Dagalo signed a declaration in Addis Ababa with former prime minister Abdalla Hamdok, who heads the civilian coalition Taqaddum.',
 [('RSF', 'ORG'), ('Mohamed Hamdan Dagalo', 'PER'), ('Addis Ababa', 'LOC'), ('Abdalla Hamdok', 'PER'), ('Taqaddum', 'ORG')]),
# wQ036
('2023-08-29',
 "Niger's junta named economist Ali Mahaman Lamine Zeine prime minister, and Algeria proposed a six-month transition plan, foreign minister Ahmed Attaf told reporters in Algiers.",
 [('Niger', 'LOC'), ('Ali Mahaman Lamine Zeine', 'PER'), ('Algeria', 'LOC'), ('Ahmed Attaf', 'PER'), ('Algiers', 'LOC')]),
# wQ037
('2023-08-10',
 'Leaders of the Economic Community of West African States (ECOWAS) meeting in Abuja ordered a standby force readied against the junta in Niamey, commission president Omar Touray said.',
 [('Economic Community of West African States', 'ORG'), ('ECOWAS', 'ORG'), ('Abuja', 'LOC'), ('Niamey', 'LOC'), ('Omar Touray', 'PER')]),
# wQ038
('2023-08-26',
 "General Abdourahamane Tiani's junta gave French ambassador Sylvain Itte 48 hours to leave Niger, and thousands rallied outside the French air base next to Diori Hamani airport.",
 [('Abdourahamane Tiani', 'PER'), ('French', 'MISC'), ('Sylvain Itte', 'PER'), ('Niger', 'LOC'), ('French', 'MISC'), ('Diori Hamani', 'LOC')]),
# wQ039
('2024-01-28',
 'Mali, Burkina Faso and Niger said they were leaving ECOWAS in a statement read on state television in Bamako, Ouagadougou and Niamey, months after forming the Alliance of Sahel States (AES).',
 [('Mali', 'LOC'), ('Burkina Faso', 'LOC'), ('Niger', 'LOC'), ('ECOWAS', 'ORG'), ('Bamako', 'LOC'), ('Ouagadougou', 'LOC'), ('Niamey', 'LOC'), ('Alliance of Sahel States', 'ORG'), ('AES', 'ORG')]),
# wQ040
('2023-10-02',
 "Mali's junta postponed the presidential election due in February, spokesman Colonel Abdoulaye Maiga said, while the Coordination of Azawad Movements (CMA) said it had attacked army positions at Bourem on the Niger river.",
 [('Mali', 'LOC'), ('Abdoulaye Maiga', 'PER'), ('Coordination of Azawad Movements', 'ORG'), ('CMA', 'ORG'), ('Bourem', 'LOC'), ('Niger', 'LOC')]),
# wQ041
('2024-04-11',
 "Mali's High Authority for Communication banned media coverage of political parties a day after the junta suspended them, and the Party for National Renaissance said it would challenge the decree at the Supreme Court.",
 [('Mali', 'LOC'), ('High Authority for Communication', 'ORG'), ('Party for National Renaissance', 'ORG'), ('Supreme Court', 'ORG')]),
# wQ042
('2024-09-17',
 "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's branch in the Sahel, attacked a gendarmerie school in Faladie and the military airport in Bamako, the group said through its Az-Zallaqa media arm.",
 [("Jama'at Nusrat al-Islam wal-Muslimin", 'ORG'), ('JNIM', 'ORG'), ('al Qaeda', 'ORG'), ('Sahel', 'LOC'), ('Faladie', 'LOC'), ('Bamako', 'LOC'), ('Az-Zallaqa', 'ORG')]),
# wQ043
('2023-02-20',
 "Gunmen killed dozens of soldiers near Tin-Akoff in Oudalan province, Burkina Faso's army said, and Islamic State Sahel Province claimed the ambush through Amaq.",
 [('Tin-Akoff', 'LOC'), ('Oudalan', 'LOC'), ('Burkina Faso', 'LOC'), ('Islamic State Sahel Province', 'ORG'), ('Amaq', 'ORG')]),
# wQ044
('2022-09-30',
 "Captain Ibrahim Traore ousted Lieutenant Colonel Paul-Henri Sandaogo Damiba in Burkina Faso's second coup of the year, and protesters attacked the French embassy in Ouagadougou and the Institut Francais in Bobo-Dioulasso.",
 [('Ibrahim Traore', 'PER'), ('Paul-Henri Sandaogo Damiba', 'PER'), ('Burkina Faso', 'LOC'), ('French', 'MISC'), ('Ouagadougou', 'LOC'), ('Institut Francais', 'ORG'), ('Bobo-Dioulasso', 'LOC')]),
# wQ045
('2023-04-23',
 'Men in Burkinabe army uniforms killed scores of villagers in Karma, near Ouahigouya in Yatenga province, the Collective Against Impunity and Stigmatisation of Communities said.',
 [('Burkinabe', 'MISC'), ('Karma', 'LOC'), ('Ouahigouya', 'LOC'), ('Yatenga', 'LOC'), ('Collective Against Impunity and Stigmatisation of Communities', 'ORG')]),
# wQ046
('2024-02-07',
 'GOMA, Democratic Republic of Congo, Feb 7 (Reuters) - M23 rebels shelled Sake, 25 km west of Goma, and MONUSCO said its peacekeepers and the FARDC were holding positions on the road to Mubambiro.',
 [('GOMA', 'LOC'), ('Democratic Republic of Congo', 'LOC'), ('Reuters', 'ORG'), ('M23', 'ORG'), ('Sake', 'LOC'), ('Goma', 'LOC'), ('MONUSCO', 'ORG'), ('FARDC', 'ORG'), ('Mubambiro', 'LOC')]),
# wQ047
('2024-05-02',
 'M23 took the coltan mining town of Rubaya in Masisi territory, according to North Kivu military governor Major General Peter Cirimwami.',
 [('M23', 'ORG'), ('Rubaya', 'LOC'), ('Masisi', 'LOC'), ('North Kivu', 'LOC'), ('Peter Cirimwami', 'PER')]),
# wQ048
('2023-10-07',
 'M23 rebels clashed with Wazalendo militias and the Democratic Forces for the Liberation of Rwanda (FDLR) around Kitshanga and Bwiza, local administrator Chrysanthe Mbabazi said.',
 [('M23', 'ORG'), ('Wazalendo', 'ORG'), ('Democratic Forces for the Liberation of Rwanda', 'ORG'), ('FDLR', 'ORG'), ('Kitshanga', 'LOC'), ('Bwiza', 'LOC'), ('Chrysanthe Mbabazi', 'PER')]),
# wQ049
('2023-08-31',
 "Soldiers of the Republican Guard opened fire on members of a religious sect, the Natural Judaic and Messianic Faith Toward the Nations, in Goma's Ndosho district, army spokesman Lieutenant Colonel Guillaume Ndjike said.",
 [('Republican Guard', 'ORG'), ('Natural Judaic and Messianic Faith Toward the Nations', 'ORG'), ('Goma', 'LOC'), ('Ndosho', 'LOC'), ('Guillaume Ndjike', 'PER')]),
# wQ050
('2024-06-08',
 'Fighters of the Allied Democratic Forces, which has pledged allegiance to Islamic State, killed villagers in Masala and Mayikengo in Lubero territory, civil society leader Samuel Kakule Mughanda said.',
 [('Allied Democratic Forces', 'ORG'), ('Islamic State', 'ORG'), ('Masala', 'LOC'), ('Mayikengo', 'LOC'), ('Lubero', 'LOC'), ('Samuel Kakule Mughanda', 'PER')]),
# wQ051
('2023-11-20',
 "Ugandan and Congolese troops of Operation Shujaa destroyed ADF camps in the Rwenzori mountains west of Beni, said Brigadier Felix Kulayigye, spokesman for the Uganda People's Defence Force.",
 [('Ugandan', 'MISC'), ('Congolese', 'MISC'), ('Operation Shujaa', 'MISC'), ('ADF', 'ORG'), ('Rwenzori', 'LOC'), ('Beni', 'LOC'), ('Felix Kulayigye', 'PER'), ("Uganda People's Defence Force", 'ORG')]),
# wQ052
('2023-06-08',
 'The World Food Programme and USAID suspended food aid to Ethiopia over the theft of donated grain in Tigray and elsewhere, USAID administrator Samantha Power said.',
 [('World Food Programme', 'ORG'), ('USAID', 'ORG'), ('Ethiopia', 'LOC'), ('Tigray', 'LOC'), ('USAID', 'ORG'), ('Samantha Power', 'PER')]),
# wQ053
('2024-01-24',
 "A drone strike hit a minibus near Debre Markos in Amhara's East Gojjam zone, the Ethiopian Human Rights Commission said, blaming fighting between Fano and federal forces.",
 [('Debre Markos', 'LOC'), ('Amhara', 'LOC'), ('East Gojjam', 'LOC'), ('Ethiopian Human Rights Commission', 'ORG'), ('Fano', 'ORG')]),
# wQ054
('2024-04-18',
 'Clashes between Tigrayan forces and militias from Amhara region over Raya and Alamata displaced 50,000 people, the U.N. Office for the Coordination of Humanitarian Affairs said, citing officials in Kobo and Sekota.',
 [('Tigrayan', 'MISC'), ('Amhara', 'LOC'), ('Raya', 'LOC'), ('Alamata', 'LOC'), ('U.N. Office for the Coordination of Humanitarian Affairs', 'ORG'), ('Kobo', 'LOC'), ('Sekota', 'LOC')]),
# wQ055
('2024-03-15',
 'Al-Shabaab gunmen stormed the SYL Hotel near Villa Somalia in Mogadishu, and police spokesman Abdifatah Aden Hassan said the siege lasted 13 hours.',
 [('Al-Shabaab', 'ORG'), ('SYL Hotel', 'LOC'), ('Villa Somalia', 'LOC'), ('Mogadishu', 'LOC'), ('Abdifatah Aden Hassan', 'PER')]),
# wQ056
('2023-08-27',
 "Al-Shabaab fighters overran a Somali National Army base at Cowsweyne in Galmudug state, and clan militias known as Ma'awisley withdrew toward Galcad, local elder Abdiqani Warsame Hirsi told VOA Somali.",
 [('Al-Shabaab', 'ORG'), ('Somali National Army', 'ORG'), ('Cowsweyne', 'LOC'), ('Galmudug', 'LOC'), ("Ma'awisley", 'ORG'), ('Galcad', 'LOC'), ('Abdiqani Warsame Hirsi', 'PER'), ('VOA Somali', 'ORG')]),
# wQ057
('2024-01-01',
 'Ethiopia signed a memorandum of understanding with Somaliland leader Muse Bihi Abdi for sea access near Berbera, drawing protests in Mogadishu and a rebuke from the Arab League.',
 [('Ethiopia', 'LOC'), ('Somaliland', 'LOC'), ('Muse Bihi Abdi', 'PER'), ('Berbera', 'LOC'), ('Mogadishu', 'LOC'), ('Arab League', 'ORG')]),
# wQ058
('2023-11-13',
 'The Arakan Army (AA) seized junta outposts in Rathedaung and Minbya in Rakhine state and a police post in Paletwa in Chin state, spokesman Khaing Thukha said.',
 [('Arakan Army', 'ORG'), ('AA', 'ORG'), ('Rathedaung', 'LOC'), ('Minbya', 'LOC'), ('Rakhine', 'LOC'), ('Paletwa', 'LOC'), ('Chin', 'LOC'), ('Khaing Thukha', 'PER')]),
# wQ059
('2024-01-11',
 "Myanmar's junta gave up Laukkai to the Myanmar National Democratic Alliance Army (MNDAA), and a ceasefire was agreed at talks in Kunming brokered by China.",
 [('Myanmar', 'LOC'), ('Laukkai', 'LOC'), ('Myanmar National Democratic Alliance Army', 'ORG'), ('MNDAA', 'ORG'), ('Kunming', 'LOC'), ('China', 'LOC')]),
# wQ060
('2024-04-11',
 'MYAWADDY, Myanmar (Reuters) - The Karen National Union and its armed wing, the Karen National Liberation Army, took the last junta base in Myawaddy, and soldiers fled to the Thai town of Mae Sot across the Moei river.',
 [('MYAWADDY', 'LOC'), ('Myanmar', 'LOC'), ('Reuters', 'ORG'), ('Karen National Union', 'ORG'), ('Karen National Liberation Army', 'ORG'), ('Myawaddy', 'LOC'), ('Thai', 'MISC'), ('Mae Sot', 'LOC'), ('Moei', 'LOC')]),
# wQ061
('2024-03-10',
 'Kachin Independence Army fighters seized junta posts along the Myitkyina-Bhamo road and near the jade-mining hub of Hpakant, KIA spokesman Colonel Naw Bu said.',
 [('Kachin Independence Army', 'ORG'), ('Myitkyina', 'LOC'), ('Bhamo', 'LOC'), ('Hpakant', 'LOC'), ('KIA', 'ORG'), ('Naw Bu', 'PER')]),
# wQ062
('2024-02-12',
 "The junta in Naypyitaw activated the People's Military Service Law, spokesman Zaw Min Tun said, and young people queued for visas outside the Thai embassy in Yangon.",
 [('Naypyitaw', 'LOC'), ("People's Military Service Law", 'MISC'), ('Zaw Min Tun', 'PER'), ('Thai', 'MISC'), ('Yangon', 'LOC')]),
# wQ063
('2024-12-20',
 "The Arakan Army said it had captured the junta's Western Regional Command headquarters in Ann town in Rakhine, leaving Sittwe and Kyaukphyu as the army's last strongholds in the state.",
 [('Arakan Army', 'ORG'), ('Western Regional Command', 'ORG'), ('Ann', 'LOC'), ('Rakhine', 'LOC'), ('Sittwe', 'LOC'), ('Kyaukphyu', 'LOC')]),
# wQ064
('2024-03-12',
 'Prime Minister Ariel Henry, stranded in Puerto Rico, agreed to resign after Caribbean Community (CARICOM) leaders meeting in Kingston, Jamaica, backed a transitional council for Haiti.',
 [('Ariel Henry', 'PER'), ('Puerto Rico', 'LOC'), ('Caribbean Community', 'ORG'), ('CARICOM', 'ORG'), ('Kingston', 'LOC'), ('Jamaica', 'LOC'), ('Haiti', 'LOC')]),
# wQ065
('2023-09-15',
 'Dominican President Luis Abinader closed all crossings with Haiti over a canal being dug from the Massacre river near Ouanaminthe, and Haitian farmers kept digging within sight of Dajabon.',
 [('Dominican', 'MISC'), ('Luis Abinader', 'PER'), ('Haiti', 'LOC'), ('Massacre', 'LOC'), ('Ouanaminthe', 'LOC'), ('Haitian', 'MISC'), ('Dajabon', 'LOC')]),
# wQ066
('2023-04-25',
 'Residents of Canapé-Vert lynched suspected gang members, starting the vigilante movement Bwa Kale, the National Human Rights Defense Network (RNDDH) said.',
 [('Canapé-Vert', 'LOC'), ('Bwa Kale', 'ORG'), ('National Human Rights Defense Network', 'ORG'), ('RNDDH', 'ORG')]),
# wQ067
('2024-11-12',
 'Gang gunfire hit a Spirit Airlines flight from Fort Lauderdale as it approached the Haitian capital, and the Federal Aviation Administration barred American carriers from flying to Haiti for 30 days.',
 [('Spirit Airlines', 'ORG'), ('Fort Lauderdale', 'LOC'), ('Haitian', 'MISC'), ('Federal Aviation Administration', 'ORG'), ('American', 'MISC'), ('Haiti', 'LOC')]),
# wQ068
('2023-10-02',
 'The U.N. Security Council approved a Kenyan-led security mission to Haiti in a resolution drafted by the United States and Ecuador, with Russia and China abstaining.',
 [('U.N. Security Council', 'ORG'), ('Kenyan', 'MISC'), ('Haiti', 'LOC'), ('United States', 'LOC'), ('Ecuador', 'LOC'), ('Russia', 'LOC'), ('China', 'LOC')]),
# wQ069
('2023-01-10',
 'Azerbaijani activists who said they were protesting illegal mining at Gyzylbulag and Damirli kept blocking the only road from Armenia into Karabakh, and Armenian Prime Minister Nikol Pashinyan appealed to Moscow.',
 [('Azerbaijani', 'MISC'), ('Gyzylbulag', 'LOC'), ('Damirli', 'LOC'), ('Armenia', 'LOC'), ('Karabakh', 'LOC'), ('Armenian', 'MISC'), ('Nikol Pashinyan', 'PER'), ('Moscow', 'LOC')]),
# wQ070
('2024-05-09',
 'Armenia agreed to hand four border villages in Tavush province to Azerbaijan, and protesters led by Archbishop Bagrat Galstanyan marched from Kirants toward Yerevan.',
 [('Armenia', 'LOC'), ('Tavush', 'LOC'), ('Azerbaijan', 'LOC'), ('Bagrat Galstanyan', 'PER'), ('Kirants', 'LOC'), ('Yerevan', 'LOC')]),
# wQ071
('2023-09-26',
 'A fuel depot exploded on the Stepanakert-Askeran highway as refugees queued for petrol, the Armenian health ministry said, and Russian peacekeepers flew some of the injured to Yerevan.',
 [('Stepanakert', 'LOC'), ('Askeran', 'LOC'), ('Armenian', 'MISC'), ('Russian', 'MISC'), ('Yerevan', 'LOC')]),
# wQ072
('2024-05-18',
 'Gunmen killed three Spanish tourists and an Afghan in Bamiyan, Taliban interior ministry spokesman Abdul Mateen Qani said.',
 [('Spanish', 'MISC'), ('Afghan', 'MISC'), ('Bamiyan', 'LOC'), ('Taliban', 'ORG'), ('Abdul Mateen Qani', 'PER')]),
# wQ073
('2022-09-05',
 "A suicide bomber killed two staff of the Russian embassy in Kabul's Darul Aman area, and Islamic State Khorasan Province (ISKP) claimed the attack through its Amaq news agency.",
 [('Russian', 'MISC'), ('Kabul', 'LOC'), ('Darul Aman', 'LOC'), ('Islamic State Khorasan Province', 'ORG'), ('ISKP', 'ORG'), ('Amaq', 'ORG')]),
# wQ074
('2022-12-21',
 "The Taliban's higher education minister Neda Mohammad Nadeem suspended university education for women, and students at Kabul University and in Mazar-i-Sharif were turned away at the gates.",
 [('Taliban', 'ORG'), ('Neda Mohammad Nadeem', 'PER'), ('Kabul University', 'ORG'), ('Mazar-i-Sharif', 'LOC')]),
# wQ075
('2023-10-08',
 'Earthquakes of magnitude 6.3 struck Herat province, flattening villages in Zindajan district, Taliban disaster ministry spokesman Janan Sayeq said.',
 [('Herat', 'LOC'), ('Zindajan', 'LOC'), ('Taliban', 'ORG'), ('Janan Sayeq', 'PER')]),
# wQ076
('2023-11-04',
 "Militants of Tehreek-e-Jihad Pakistan attacked the Pakistan Air Force training base at Mianwali, damaging three grounded aircraft, the military's media wing, Inter-Services Public Relations (ISPR), said.",
 [('Tehreek-e-Jihad Pakistan', 'ORG'), ('Pakistan Air Force', 'ORG'), ('Mianwali', 'LOC'), ('Inter-Services Public Relations', 'ORG'), ('ISPR', 'ORG')]),
# wQ077
('2024-03-26',
 'A suicide bomber rammed a convoy carrying Chinese engineers to the Dasu hydropower project near Besham in Shangla district, killing five Chinese nationals and their Pakistani driver, police said.',
 [('Chinese', 'MISC'), ('Dasu', 'LOC'), ('Besham', 'LOC'), ('Shangla', 'LOC'), ('Chinese', 'MISC'), ('Pakistani', 'MISC')]),
# wQ078
('2024-08-26',
 'Balochistan Liberation Army (BLA) fighters launched coordinated attacks in Musakhel, Bolan and Gwadar, blocking highways, Balochistan chief minister Sarfraz Bugti said.',
 [('Balochistan Liberation Army', 'ORG'), ('BLA', 'ORG'), ('Musakhel', 'LOC'), ('Bolan', 'LOC'), ('Gwadar', 'LOC'), ('Balochistan', 'LOC'), ('Sarfraz Bugti', 'PER')]),
# wQ079
('2022-11-20',
 "Turkey launched Operation Claw-Sword, striking Kurdish militant bases in northern Syria and Iraq including Kobani and Qandil, Turkey's Defence Ministry said.",
 [('Turkey', 'LOC'), ('Operation Claw-Sword', 'MISC'), ('Kurdish', 'MISC'), ('Syria', 'LOC'), ('Iraq', 'LOC'), ('Kobani', 'LOC'), ('Qandil', 'LOC'), ('Turkey', 'LOC'), ('Defence Ministry', 'ORG')]),
# wQ080
('2024-01-16',
 "Iran's Revolutionary Guards fired missiles at what they called an Israeli spy headquarters in Erbil, capital of the Kurdistan Region, and Baghdad recalled its ambassador from Tehran.",
 [('Iran', 'LOC'), ('Revolutionary Guards', 'ORG'), ('Israeli', 'MISC'), ('Erbil', 'LOC'), ('Kurdistan Region', 'LOC'), ('Baghdad', 'LOC'), ('Tehran', 'LOC')]),
# wQ081
('2023-10-06',
 'Turkish jets struck oil facilities near Derik and Tel Tamr after Ankara said the attackers behind a bombing at its interior ministry had come from Syria, said Farhad Shami, a spokesman for the SDF.',
 [('Turkish', 'MISC'), ('Derik', 'LOC'), ('Tel Tamr', 'LOC'), ('Ankara', 'LOC'), ('Syria', 'LOC'), ('Farhad Shami', 'PER'), ('SDF', 'ORG')]),
# wQ082
('2022-09-28',
 "Iran's Revolutionary Guards fired missiles and drones at bases of the Kurdistan Democratic Party of Iran (KDPI) near Koya in northern Iraq, a party spokesman said.",
 [('Iran', 'LOC'), ('Revolutionary Guards', 'ORG'), ('Kurdistan Democratic Party of Iran', 'ORG'), ('KDPI', 'ORG'), ('Koya', 'LOC'), ('Iraq', 'LOC')]),
]
