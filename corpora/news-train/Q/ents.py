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
# wQ083
('2023-01-15',
 'Rescuers search rubble after missile hits Dnipro block\nDNIPRO, Ukraine, Jan 15 (Reuters) - A Russian missile hit a nine-storey apartment block on Naberezhna Peremohy street, regional governor Valentyn Reznichenko said, and crews of the State Emergency Service searched the ruins through the night.',
 [('Dnipro', 'LOC'), ('DNIPRO', 'LOC'), ('Ukraine', 'LOC'), ('Reuters', 'ORG'), ('Russian', 'MISC'), ('Naberezhna Peremohy', 'LOC'), ('Valentyn Reznichenko', 'PER'), ('State Emergency Service', 'ORG')]),
# wQ084
('2024-09-05',
 "Russian drones hit grain silos in Izmail on the Danube, across the river from Romania, Odesa governor Oleh Kiper said, and Bucharest summoned Russia's charge d'affaires.",
 [('Russian', 'MISC'), ('Izmail', 'LOC'), ('Danube', 'LOC'), ('Romania', 'LOC'), ('Odesa', 'LOC'), ('Oleh Kiper', 'PER'), ('Bucharest', 'LOC'), ('Russia', 'LOC')]),
# wQ085
('2024-02-14',
 "Partisans of the Atesh movement said they had sabotaged a rail line near Melitopol used to supply troops in Crimea, and Ukraine's military intelligence agency, the HUR, posted a video on Telegram.",
 [('Atesh', 'ORG'), ('Melitopol', 'LOC'), ('Crimea', 'LOC'), ('Ukraine', 'LOC'), ('HUR', 'ORG'), ('Telegram', 'ORG')]),
# wQ086
('2024-04-10',
 "Ukraine's Security Service (SBU) said its drones had struck an oil refinery in Novoshakhtinsk, and Rostov governor Vasily Golubev said firefighters from Shakhty were battling the blaze.",
 [('Ukraine', 'LOC'), ('Security Service', 'ORG'), ('SBU', 'ORG'), ('Novoshakhtinsk', 'LOC'), ('Rostov', 'LOC'), ('Vasily Golubev', 'PER'), ('Shakhty', 'LOC')]),
# wQ087
('2023-11-17',
 'Ukrainian marines held a bridgehead at Krynky on the left bank of the Dnipro, the General Staff said, while Russian military bloggers described fierce fighting near Oleshky and Nova Kakhovka.',
 [('Ukrainian', 'MISC'), ('Krynky', 'LOC'), ('Dnipro', 'LOC'), ('General Staff', 'ORG'), ('Russian', 'MISC'), ('Oleshky', 'LOC'), ('Nova Kakhovka', 'LOC')]),
# wQ088
('2024-08-19',
 'Russian glide bombs struck Kostiantynivka and Kurakhove, Donetsk regional governor Vadym Filashkin said, urging families with children to leave Pokrovsk and Myrnohrad.',
 [('Russian', 'MISC'), ('Kostiantynivka', 'LOC'), ('Kurakhove', 'LOC'), ('Donetsk', 'LOC'), ('Vadym Filashkin', 'PER'), ('Pokrovsk', 'LOC'), ('Myrnohrad', 'LOC')]),
# wQ089
('2023-12-12',
 "A court in Lviv jailed Taras Hnatyshyn, 41, for 12 years for sending the locations of air defences near Yavoriv to Russia's Federal Security Service, the SBU said; Hnatyshyn had been recruited through a Telegram channel.",
 [('Lviv', 'LOC'), ('Taras Hnatyshyn', 'PER'), ('Yavoriv', 'LOC'), ('Russia', 'LOC'), ('Federal Security Service', 'ORG'), ('SBU', 'ORG'), ('Hnatyshyn', 'PER'), ('Telegram', 'ORG')]),
# wQ090
('2024-02-28',
 "Officials in Moldova's breakaway region of Transnistria asked Moscow for protection, and Chisinau dismissed the appeal as propaganda, said Oleg Serebrian, the deputy prime minister for reintegration.",
 [('Moldova', 'LOC'), ('Transnistria', 'LOC'), ('Moscow', 'LOC'), ('Chisinau', 'LOC'), ('Oleg Serebrian', 'PER')]),
# wQ091
('2023-07-14',
 'Belarusian leader Alexander Lukashenko said Russian tactical nuclear weapons had arrived in Belarus, and satellite images showed Wagner fighters setting up tents near Tsel in the Mogilev region.',
 [('Belarusian', 'MISC'), ('Alexander Lukashenko', 'PER'), ('Russian', 'MISC'), ('Belarus', 'LOC'), ('Wagner', 'ORG'), ('Tsel', 'LOC'), ('Mogilev', 'LOC')]),
# wQ092
('2023-11-09',
 'HEBRON, West Bank, Nov 9 (AFP) - Settlers from Kiryat Arba torched olive groves near Beit Ummar, village council head Nasri Sabarneh told AFP, and the Palestinian Authority called on Washington to act.',
 [('HEBRON', 'LOC'), ('West Bank', 'LOC'), ('AFP', 'ORG'), ('Kiryat Arba', 'LOC'), ('Beit Ummar', 'LOC'), ('Nasri Sabarneh', 'PER'), ('AFP', 'ORG'), ('Palestinian Authority', 'ORG'), ('Washington', 'LOC')]),
# wQ093
('2024-02-13',
 "Israeli bulldozers demolished homes and water tanks in Masafer Yatta south of Hebron, the rights group B'Tselem said, and the European Union's office in Jerusalem urged a halt.",
 [('Israeli', 'MISC'), ('Masafer Yatta', 'LOC'), ('Hebron', 'LOC'), ("B'Tselem", 'ORG'), ('European Union', 'ORG'), ('Jerusalem', 'LOC')]),
# wQ094
('2024-01-02',
 "A drone strike in Beirut's southern suburb of Dahiyeh killed Saleh al-Arouri, deputy head of Hamas's political bureau, and Lebanon's caretaker government said it would complain to the U.N. Security Council.",
 [('Beirut', 'LOC'), ('Dahiyeh', 'LOC'), ('Saleh al-Arouri', 'PER'), ('Hamas', 'ORG'), ('Lebanon', 'LOC'), ('U.N. Security Council', 'ORG')]),
# wQ095
('2024-05-28',
 'The floating pier built by the U.S. military off the Gaza coast broke apart in rough seas and was towed to Ashdod, Defense Department spokeswoman Sabrina Singh said, halting aid shipped from Cyprus.',
 [('U.S.', 'LOC'), ('Gaza', 'LOC'), ('Ashdod', 'LOC'), ('Defense Department', 'ORG'), ('Sabrina Singh', 'PER'), ('Cyprus', 'LOC')]),
# wQ096
('2023-11-14',
 'Israeli police arrested Arab citizens in Umm al-Fahm, Nazareth and Rahat over social media posts about the war, the legal centre Adalah said.',
 [('Israeli', 'MISC'), ('Arab', 'MISC'), ('Umm al-Fahm', 'LOC'), ('Nazareth', 'LOC'), ('Rahat', 'LOC'), ('Adalah', 'ORG')]),
# wQ097
('2023-05-16',
 "Israeli troops raided the Balata camp in Nablus, and the armed group known as the Lions' Den said two of its members had been killed, the Palestinian news agency Wafa reported.",
 [('Israeli', 'MISC'), ('Balata', 'LOC'), ('Nablus', 'LOC'), ("Lions' Den", 'ORG'), ('Palestinian', 'MISC'), ('Wafa', 'ORG')]),
# wQ098
('2024-11-18',
 'Israeli strikes hit the ancient city of Baalbek and villages around Tyre and Nabatieh, the Lebanese health ministry said, as UNESCO gave enhanced protection to 34 heritage sites in Lebanon.',
 [('Israeli', 'MISC'), ('Baalbek', 'LOC'), ('Tyre', 'LOC'), ('Nabatieh', 'LOC'), ('Lebanese', 'MISC'), ('UNESCO', 'ORG'), ('Lebanon', 'LOC')]),
# wQ099
('2023-09-11',
 'Clashes in the Ain al-Hilweh camp near Sidon between Fatah and the militant factions Jund al-Sham and al-Shabab al-Muslim sent families fleeing into the city, UNRWA director Dorothee Klaus said.',
 [('Ain al-Hilweh', 'LOC'), ('Sidon', 'LOC'), ('Fatah', 'ORG'), ('Jund al-Sham', 'ORG'), ('al-Shabab al-Muslim', 'ORG'), ('UNRWA', 'ORG'), ('Dorothee Klaus', 'PER')]),
# wQ100
('2024-01-11',
 "Egypt's Suez Canal Authority said revenue had fallen 40 percent since the start of the year, chairman Osama Rabie told a television channel, as shippers sailed around the Cape of Good Hope instead.",
 [('Egypt', 'LOC'), ('Suez Canal Authority', 'ORG'), ('Osama Rabie', 'PER'), ('Cape of Good Hope', 'LOC')]),
# wQ101
('2024-07-23',
 'The Houthis and the Aden-based government agreed to lift curbs on banks and to resume flights by the national carrier Yemenia from Sanaa to Amman, U.N. envoy Hans Grundberg said.',
 [('Houthis', 'ORG'), ('Aden', 'LOC'), ('Yemenia', 'ORG'), ('Sanaa', 'LOC'), ('Amman', 'LOC'), ('U.N.', 'ORG'), ('Hans Grundberg', 'PER')]),
# wQ102
('2023-04-25',
 "Sudanese police said inmates had escaped from Kober prison in Khartoum North, among them officials of Omar al-Bashir's government including Ahmed Haroun, who is wanted by the International Criminal Court.",
 [('Sudanese', 'MISC'), ('Kober', 'LOC'), ('Khartoum North', 'LOC'), ('Omar al-Bashir', 'PER'), ('Ahmed Haroun', 'PER'), ('International Criminal Court', 'ORG')]),
# wQ103
('2024-02-07',
 'A telephone and internet blackout hit most of Sudan after Zain, MTN and Sudani went offline, and the army accused the RSF of shutting down exchanges in Khartoum.',
 [('Sudan', 'LOC'), ('Zain', 'ORG'), ('MTN', 'ORG'), ('Sudani', 'ORG'), ('RSF', 'ORG'), ('Khartoum', 'LOC')]),
# wQ104
('2023-06-22',
 'Rebels of the SPLM-N led by Abdelaziz al-Hilu shelled Kadugli, capital of South Kordofan, and the army said it had repelled an attack on its garrison at Dilling.',
 [('SPLM-N', 'ORG'), ('Abdelaziz al-Hilu', 'PER'), ('Kadugli', 'LOC'), ('South Kordofan', 'LOC'), ('Dilling', 'LOC')]),
# wQ105
('2024-08-15',
 "Sudan's army-backed government reopened the Adre crossing from Chad for three months, Sovereign Council member Malik Agar said, letting trucks of UNHCR and the WFP reach Darfur.",
 [('Sudan', 'LOC'), ('Adre', 'LOC'), ('Chad', 'LOC'), ('Sovereign Council', 'ORG'), ('Malik Agar', 'PER'), ('UNHCR', 'ORG'), ('WFP', 'ORG'), ('Darfur', 'LOC')]),
# wQ106
('2023-11-29',
 "Niger's junta ended its security pacts with the European Union and repealed a law against migrant smuggling, and bus stations in Agadez filled again, local official Moussa Illiassou said.",
 [('Niger', 'LOC'), ('European Union', 'ORG'), ('Agadez', 'LOC'), ('Moussa Illiassou', 'PER')]),
# wQ107
('2024-03-17',
 'Niamey revoked its military accord with Washington, junta spokesman Colonel Amadou Abdramane said on state television, and U.S. troops began planning to leave Air Base 201 near Agadez.',
 [('Niamey', 'LOC'), ('Washington', 'LOC'), ('Amadou Abdramane', 'PER'), ('U.S.', 'LOC'), ('Air Base 201', 'LOC'), ('Agadez', 'LOC')]),
# wQ108
('2024-06-07',
 "Niger's junta accused Benin of hosting French troops and kept the border shut, blocking crude from the Agadem oilfield on the Niger-Benin pipeline built by China's CNPC.",
 [('Niger', 'LOC'), ('Benin', 'LOC'), ('French', 'MISC'), ('Agadem', 'LOC'), ('Niger', 'LOC'), ('Benin', 'LOC'), ('China', 'LOC'), ('CNPC', 'ORG')]),
# wQ109
('2022-04-05',
 'Human Rights Watch said Malian soldiers and foreign fighters had killed about 300 men in Moura in the Mopti region, and Bamako said its troops had killed 203 militants there.',
 [('Human Rights Watch', 'ORG'), ('Malian', 'MISC'), ('Moura', 'LOC'), ('Mopti', 'LOC'), ('Bamako', 'LOC')]),
# wQ110
('2023-09-08',
 "An attack on the passenger boat Tombouctou on the Niger river near Bamba and a raid on an army camp at Bourem killed scores of civilians and soldiers, Mali's government said, blaming JNIM.",
 [('Tombouctou', 'MISC'), ('Niger', 'LOC'), ('Bamba', 'LOC'), ('Bourem', 'LOC'), ('Mali', 'LOC'), ('JNIM', 'ORG')]),
# wQ111
('2023-04-02',
 'Burkina Faso expelled the correspondents of the French dailies Le Monde and Liberation, months after it suspended broadcasts of Radio France Internationale and France 24 from Ouagadougou.',
 [('Burkina Faso', 'LOC'), ('French', 'MISC'), ('Le Monde', 'ORG'), ('Liberation', 'ORG'), ('Radio France Internationale', 'ORG'), ('France 24', 'ORG'), ('Ouagadougou', 'LOC')]),
# wQ112
('2022-11-08',
 'The junta called up 50,000 Volunteers for the Defence of the Homeland (VDP), and Djibo, under blockade by JNIM, received food by air, said Soum province official Hamidou Belem.',
 [('Volunteers for the Defence of the Homeland', 'ORG'), ('VDP', 'ORG'), ('Djibo', 'LOC'), ('JNIM', 'ORG'), ('Soum', 'LOC'), ('Hamidou Belem', 'PER')]),
# wQ113
('2023-12-09',
 'Kenyan troops of the East African Community Regional Force began leaving Goma after Kinshasa declined to renew their mandate, and the Southern African Development Community prepared its own deployment.',
 [('Kenyan', 'MISC'), ('East African Community Regional Force', 'ORG'), ('Goma', 'LOC'), ('Kinshasa', 'LOC'), ('Southern African Development Community', 'ORG')]),
# wQ114
('2023-12-20',
 'Congolese voters queued in Kinshasa, Lubumbashi and Kisangani as delays hit the general election, and opposition candidate Martin Fayulu said the Independent National Electoral Commission (CENI) had lost control of the vote.',
 [('Congolese', 'MISC'), ('Kinshasa', 'LOC'), ('Lubumbashi', 'LOC'), ('Kisangani', 'LOC'), ('Martin Fayulu', 'PER'), ('Independent National Electoral Commission', 'ORG'), ('CENI', 'ORG')]),
# wQ115
('2024-10-03',
 'The overloaded boat Merdi capsized on Lake Kivu near Kituku port in Goma after sailing from Minova, South Kivu governor Jean-Jacques Purusi said.',
 [('Merdi', 'MISC'), ('Lake Kivu', 'LOC'), ('Kituku', 'LOC'), ('Goma', 'LOC'), ('Minova', 'LOC'), ('South Kivu', 'LOC'), ('Jean-Jacques Purusi', 'PER')]),
# wQ116
('2023-03-23',
 "Ethiopia's parliament removed the TPLF from its list of terrorist groups, clearing the way for an interim administration for Tigray in Mekelle, the Ethiopian News Agency reported.",
 [('Ethiopia', 'LOC'), ('TPLF', 'ORG'), ('Tigray', 'LOC'), ('Mekelle', 'LOC'), ('Ethiopian News Agency', 'ORG')]),
# wQ117
('2023-11-21',
 "Talks in Dar es Salaam between Ethiopia's government and the Oromo Liberation Army (OLA) ended without a deal, the rebels' commander Jaal Marroo said, blaming Addis Ababa.",
 [('Dar es Salaam', 'LOC'), ('Ethiopia', 'LOC'), ('Oromo Liberation Army', 'ORG'), ('OLA', 'ORG'), ('Jaal Marroo', 'PER'), ('Addis Ababa', 'LOC')]),
# wQ118
('2023-08-14',
 "A drone strike in Finote Selam in Amhara's West Gojjam zone hit a busy square, residents told BBC Amharic, as Fano fighters held parts of Debre Tabor.",
 [('Finote Selam', 'LOC'), ('Amhara', 'LOC'), ('West Gojjam', 'LOC'), ('BBC Amharic', 'ORG'), ('Fano', 'ORG'), ('Debre Tabor', 'LOC')]),
# wQ119
('2022-10-18',
 'Eritrean troops entered Shire and Adwa in Tigray, aid workers said, as Ethiopian and Eritrean forces pushed toward Adigrat.',
 [('Eritrean', 'MISC'), ('Shire', 'LOC'), ('Adwa', 'LOC'), ('Tigray', 'LOC'), ('Ethiopian', 'MISC'), ('Eritrean', 'MISC'), ('Adigrat', 'LOC')]),
# wQ120
('2023-01-16',
 'Somali troops and clan fighters retook the port town of Harardhere in Mudug region from al-Shabaab, Galmudug state president Ahmed Abdi Karie said.',
 [('Somali', 'MISC'), ('Harardhere', 'LOC'), ('Mudug', 'LOC'), ('al-Shabaab', 'ORG'), ('Galmudug', 'LOC'), ('Ahmed Abdi Karie', 'PER')]),
# wQ121
('2024-03-31',
 "Puntland said it would no longer recognise the federal institutions in Mogadishu after Somalia's parliament changed the constitution, and Puntland leader Said Abdullahi Deni spoke to reporters in Garowe.",
 [('Puntland', 'LOC'), ('Mogadishu', 'LOC'), ('Somalia', 'LOC'), ('Puntland', 'LOC'), ('Said Abdullahi Deni', 'PER'), ('Garowe', 'LOC')]),
# wQ122
('2024-08-28',
 "Two Egyptian military planes landed in Mogadishu with weapons under a new defence pact, and Ethiopia's foreign ministry warned that Addis Ababa would not stand idle, Somali officials said.",
 [('Egyptian', 'MISC'), ('Mogadishu', 'LOC'), ('Ethiopia', 'LOC'), ('Addis Ababa', 'LOC'), ('Somali', 'MISC')]),
# wQ123
('2024-12-27',
 'The U.N. Security Council authorised the African Union Support and Stabilisation Mission in Somalia (AUSSOM) to replace ATMIS from January, with troops from Uganda, Burundi and Egypt.',
 [('U.N. Security Council', 'ORG'), ('African Union Support and Stabilisation Mission in Somalia', 'ORG'), ('AUSSOM', 'ORG'), ('ATMIS', 'ORG'), ('Uganda', 'LOC'), ('Burundi', 'LOC'), ('Egypt', 'LOC')]),
# wQ124
('2023-11-15',
 'Fighters of the Karenni Nationalities Defence Force (KNDF) attacked Loikaw, capital of Kayah state, in what they called Operation 1111, and junta jets bombed Demoso, the Karenni Human Rights Group said.',
 [('Karenni Nationalities Defence Force', 'ORG'), ('KNDF', 'ORG'), ('Loikaw', 'LOC'), ('Kayah', 'LOC'), ('Operation 1111', 'MISC'), ('Demoso', 'LOC'), ('Karenni Human Rights Group', 'ORG')]),
# wQ125
('2024-07-25',
 "The Ta'ang National Liberation Army (TNLA) captured Mogok, the ruby-mining town in Mandalay region, the group's spokeswoman Lway Yay Oo said.",
 [("Ta'ang National Liberation Army", 'ORG'), ('TNLA', 'ORG'), ('Mogok', 'LOC'), ('Mandalay', 'LOC'), ('Lway Yay Oo', 'PER')]),
# wQ126
('2023-12-27',
 "Students in Banda Aceh forced Rohingya refugees out of a convention hall, the UNHCR said, after boats from Cox's Bazar landed at Sabang and Pidie.",
 [('Banda Aceh', 'LOC'), ('Rohingya', 'MISC'), ('UNHCR', 'ORG'), ("Cox's Bazar", 'LOC'), ('Sabang', 'LOC'), ('Pidie', 'LOC')]),
# wQ127
('2023-10-10',
 'An artillery strike hit the Mung Lai Hkyet camp for displaced people near Laiza, headquarters of the Kachin Independence Organisation, and the United Nations resident coordinator, Ramanathan Balakrishnan, condemned it.',
 [('Mung Lai Hkyet', 'LOC'), ('Laiza', 'LOC'), ('Kachin Independence Organisation', 'ORG'), ('United Nations', 'ORG'), ('Ramanathan Balakrishnan', 'PER')]),
# wQ128
('2024-06-14',
 'Gangs from Canaan, north of the capital, attacked Cabaret and Arcahaie on National Road 1, cutting the route to Saint-Marc, the Haitian National Police said.',
 [('Canaan', 'LOC'), ('Cabaret', 'LOC'), ('Arcahaie', 'LOC'), ('National Road 1', 'LOC'), ('Saint-Marc', 'LOC'), ('Haitian National Police', 'ORG')]),
# wQ129
('2025-01-28',
 'Gangs attacked Kenscoff and Furcy in the hills above Pétion-Ville, and police spokesman Wilfrid Jeanty said reinforcements had been sent from Croix-des-Bouquets.',
 [('Kenscoff', 'LOC'), ('Furcy', 'LOC'), ('Pétion-Ville', 'LOC'), ('Wilfrid Jeanty', 'PER'), ('Croix-des-Bouquets', 'LOC')]),
# wQ130
('2024-10-03',
 'The Dominican Republic said it would deport up to 10,000 Haitians a week, and the International Organization for Migration said returnees were arriving at Belladère and Ouanaminthe.',
 [('Dominican Republic', 'LOC'), ('Haitians', 'MISC'), ('International Organization for Migration', 'ORG'), ('Belladère', 'LOC'), ('Ouanaminthe', 'LOC')]),
# wQ131
('2024-05-29',
 "Haiti's Transitional Presidential Council named Garry Conille, a former regional director of UNICEF, as prime minister, council member Louis Gérald Gilles said.",
 [('Haiti', 'LOC'), ('Transitional Presidential Council', 'ORG'), ('Garry Conille', 'PER'), ('UNICEF', 'ORG'), ('Louis Gérald Gilles', 'PER')]),
# wQ132
('2023-09-27',
 "Azerbaijan's State Border Service detained Ruben Vardanyan, a former state minister of the Karabakh administration, as he tried to cross into Armenia with fleeing refugees.",
 [('Azerbaijan', 'LOC'), ('State Border Service', 'ORG'), ('Ruben Vardanyan', 'PER'), ('Karabakh', 'LOC'), ('Armenia', 'LOC')]),
# wQ133
('2024-02-23',
 'Armenian Prime Minister Nikol Pashinyan said Yerevan had frozen its participation in the Collective Security Treaty Organization, the Moscow-led bloc, and Pashinyan told France 24 the alliance had failed Armenia.',
 [('Armenian', 'MISC'), ('Nikol Pashinyan', 'PER'), ('Yerevan', 'LOC'), ('Collective Security Treaty Organization', 'ORG'), ('Moscow', 'LOC'), ('Pashinyan', 'PER'), ('France 24', 'ORG'), ('Armenia', 'LOC')]),
# wQ134
('2023-04-05',
 'The Taliban barred Afghan women from working for the United Nations in Nangarhar and then nationwide, and Achim Steiner, head of the U.N. Development Programme, said the world body might have to pull out.',
 [('Taliban', 'ORG'), ('Afghan', 'MISC'), ('United Nations', 'ORG'), ('Nangarhar', 'LOC'), ('Achim Steiner', 'PER'), ('U.N. Development Programme', 'ORG')]),
# wQ135
('2024-03-21',
 'A suicide bomber struck a crowd collecting salaries outside a Kabul Bank branch in Kandahar, and Islamic State claimed the attack, Taliban provincial spokesman Inamullah Samangani said.',
 [('Kabul Bank', 'ORG'), ('Kandahar', 'LOC'), ('Islamic State', 'ORG'), ('Taliban', 'ORG'), ('Inamullah Samangani', 'PER')]),
# wQ136
('2023-09-29',
 'A suicide bomber struck a Mawlid procession near a mosque in Mastung, Balochistan caretaker information minister Jan Achakzai said, and a second blast hit a mosque in Hangu in Khyber Pakhtunkhwa.',
 [('Mawlid', 'MISC'), ('Mastung', 'LOC'), ('Balochistan', 'LOC'), ('Jan Achakzai', 'PER'), ('Hangu', 'LOC'), ('Khyber Pakhtunkhwa', 'LOC')]),
# wQ137
('2022-12-20',
 'Commandos of the Special Service Group stormed a Counter Terrorism Department compound in Bannu where TTP detainees had taken officers hostage, Defence Minister Khawaja Asif said.',
 [('Special Service Group', 'ORG'), ('Counter Terrorism Department', 'ORG'), ('Bannu', 'LOC'), ('TTP', 'ORG'), ('Khawaja Asif', 'PER')]),
# wQ138
('2024-07-28',
 'Police blocked the roads into Gwadar as the Baloch Yakjehti Committee held its Baloch Raji Muchi gathering, and its leader Mahrang Baloch said marchers had been shot at near Mastung.',
 [('Gwadar', 'LOC'), ('Baloch Yakjehti Committee', 'ORG'), ('Baloch Raji Muchi', 'MISC'), ('Mahrang Baloch', 'PER'), ('Mastung', 'LOC')]),
# wQ139
('2024-02-21',
 "Iraq's Federal Supreme Court ordered Baghdad to pay public salaries in the Kurdistan Region directly, bypassing the Kurdistan Regional Government in Erbil, KRG spokesman Peshawa Hawramani said.",
 [('Iraq', 'LOC'), ('Federal Supreme Court', 'ORG'), ('Baghdad', 'LOC'), ('Kurdistan Region', 'LOC'), ('Kurdistan Regional Government', 'ORG'), ('Erbil', 'LOC'), ('KRG', 'ORG'), ('Peshawa Hawramani', 'PER')]),
# wQ140
('2024-07-09',
 "Turkish troops set up new bases in Iraq's Duhok province around Amadiya, and the Kurdistan Workers' Party (PKK) said villagers had fled Kani Masi.",
 [('Turkish', 'MISC'), ('Iraq', 'LOC'), ('Duhok', 'LOC'), ('Amadiya', 'LOC'), ("Kurdistan Workers' Party", 'ORG'), ('PKK', 'ORG'), ('Kani Masi', 'LOC')]),
# wQ141
('2023-04-07',
 'A drone struck near Sulaimaniyah airport as SDF commander Mazloum Abdi was leaving, and Turkey closed its airspace to flights from the city, the Patriotic Union of Kurdistan said.',
 [('Sulaimaniyah', 'LOC'), ('SDF', 'ORG'), ('Mazloum Abdi', 'PER'), ('Turkey', 'LOC'), ('Patriotic Union of Kurdistan', 'ORG')]),
# wQ142
('2024-12-10',
 'Fighters of the Turkish-backed Syrian National Army took Manbij from the Manbij Military Council, and Kurdish officials said thousands had fled toward Raqqa across the Euphrates.',
 [('Turkish', 'MISC'), ('Syrian National Army', 'ORG'), ('Manbij', 'LOC'), ('Manbij Military Council', 'ORG'), ('Kurdish', 'MISC'), ('Raqqa', 'LOC'), ('Euphrates', 'LOC')]),
# wQ143
('2023-09-25',
 'French President Emmanuel Macron said France would withdraw its ambassador and its 1,500 troops from Niger by the end of the year, and the junta in Niamey hailed a "new step towards sovereignty".',
 [('French', 'MISC'), ('Emmanuel Macron', 'PER'), ('France', 'LOC'), ('Niger', 'LOC'), ('Niamey', 'LOC')]),
# wQ144
('2024-06-20',
 "SUDAN'S ARMY REPELS RSF ATTACK NEAR EL OBEID\nPORT SUDAN, June 20 (Reuters) - The army said it had beaten back an RSF assault on Um Sumeima, west of El Obeid in North Kordofan, and spokesman Nabil Abdallah said dozens of the group's vehicles were destroyed.",
 [('SUDAN', 'LOC'), ('RSF', 'ORG'), ('EL OBEID', 'LOC'), ('PORT SUDAN', 'LOC'), ('Reuters', 'ORG'), ('RSF', 'ORG'), ('Um Sumeima', 'LOC'), ('El Obeid', 'LOC'), ('North Kordofan', 'LOC'), ('Nabil Abdallah', 'PER')]),
# wQ145
('2023-10-13',
 'Israel told 1.1 million people in northern Gaza to move south of Wadi Gaza within 24 hours, and U.N. spokesman Stephane Dujarric said the order could not be carried out without devastating consequences.',
 [('Israel', 'LOC'), ('Gaza', 'LOC'), ('Wadi Gaza', 'LOC'), ('U.N.', 'ORG'), ('Stephane Dujarric', 'PER')]),
# wQ146
('2024-02-08',
 'The Arakan Army took Mrauk-U, the ancient capital of Rakhine, and nearby Kyauktaw, its leader Twan Mrat Naing said on X, adding that Rohingya residents would be protected.',
 [('Arakan Army', 'ORG'), ('Mrauk-U', 'LOC'), ('Rakhine', 'LOC'), ('Kyauktaw', 'LOC'), ('Twan Mrat Naing', 'PER'), ('X', 'ORG'), ('Rohingya', 'MISC')]),
# wQ147
('2025-02-05',
 'Thailand cut electricity to Shwe Kokko and other scam hubs across the Moei river, and the Border Guard Force of Saw Chit Thu said it would expel foreigners working there.',
 [('Thailand', 'LOC'), ('Shwe Kokko', 'LOC'), ('Moei', 'LOC'), ('Border Guard Force', 'ORG'), ('Saw Chit Thu', 'PER')]),
# wQ148
('2024-01-30',
 'Former coup leader Guy Philippe rallied supporters in Cap-Haïtien and Pignon to demand that Ariel Henry step down, as armed agents of the Brigade for the Security of Protected Areas (BSAP) marched beside them.',
 [('Guy Philippe', 'PER'), ('Cap-Haïtien', 'LOC'), ('Pignon', 'LOC'), ('Ariel Henry', 'PER'), ('Brigade for the Security of Protected Areas', 'ORG'), ('BSAP', 'ORG')]),
# wQ149
('2024-03-18',
 'Pakistani air strikes hit Khost and Paktika provinces, and Taliban spokesman Zabihullah Mujahid said Afghan forces had answered with heavy weapons along the Durand Line.',
 [('Pakistani', 'MISC'), ('Khost', 'LOC'), ('Paktika', 'LOC'), ('Taliban', 'ORG'), ('Zabihullah Mujahid', 'PER'), ('Afghan', 'MISC'), ('Durand Line', 'LOC')]),
# wQ150
('2024-03-14',
 "Turkish Foreign Minister Hakan Fidan met officials in Baghdad, and Iraq's National Security Council declared the PKK a banned organisation for the first time.",
 [('Turkish', 'MISC'), ('Hakan Fidan', 'PER'), ('Baghdad', 'LOC'), ('Iraq', 'LOC'), ('National Security Council', 'ORG'), ('PKK', 'ORG')]),
# wQ151
('2023-09-20',
 "Five Russian peacekeepers, among them a deputy commander, Captain Ivan Kovgan, died when their car came under fire near Janyatag, Russia's Defence Ministry said, and Azerbaijan's Ilham Aliyev apologised to Vladimir Putin.",
 [('Russian', 'MISC'), ('Ivan Kovgan', 'PER'), ('Janyatag', 'LOC'), ('Russia', 'LOC'), ('Defence Ministry', 'ORG'), ('Azerbaijan', 'LOC'), ('Ilham Aliyev', 'PER'), ('Vladimir Putin', 'PER')]),
# wQ152
('2024-06-14',
 "Niger's State Court lifted the immunity of ousted president Mohamed Bazoum, held in the presidential palace in Niamey since the coup, and his lawyer Moussa Coulibaly called the ruling a farce; Bazoum faces treason charges.",
 [('Niger', 'LOC'), ('State Court', 'ORG'), ('Mohamed Bazoum', 'PER'), ('Niamey', 'LOC'), ('Moussa Coulibaly', 'PER'), ('Bazoum', 'PER')]),
# wQ153
('2024-12-15',
 "Angola's President Joao Lourenco called off a summit in Luanda between Felix Tshisekedi and Paul Kagame after Rwanda demanded that Kinshasa talk directly with M23.",
 [('Angola', 'LOC'), ('Joao Lourenco', 'PER'), ('Luanda', 'LOC'), ('Felix Tshisekedi', 'PER'), ('Paul Kagame', 'PER'), ('Rwanda', 'LOC'), ('Kinshasa', 'LOC'), ('M23', 'ORG')]),
# wQ154
('2024-12-12',
 'Somalia and Ethiopia agreed in Ankara to end their dispute over Somaliland, Turkish President Tayyip Erdogan said after talks between Hassan Sheikh Mohamud and Abiy Ahmed.',
 [('Somalia', 'LOC'), ('Ethiopia', 'LOC'), ('Ankara', 'LOC'), ('Somaliland', 'LOC'), ('Turkish', 'MISC'), ('Tayyip Erdogan', 'PER'), ('Hassan Sheikh Mohamud', 'PER'), ('Abiy Ahmed', 'PER')]),
# wQ155
('2024-11-29',
 "Chad ended its defence cooperation pact with France, Foreign Minister Abderaman Koulamallah said, and Senegal's President Bassirou Diomaye Faye told Le Monde that French bases in Dakar would close.",
 [('Chad', 'LOC'), ('France', 'LOC'), ('Abderaman Koulamallah', 'PER'), ('Senegal', 'LOC'), ('Bassirou Diomaye Faye', 'PER'), ('Le Monde', 'ORG'), ('French', 'MISC'), ('Dakar', 'LOC')]),
# wQ156
('2023-08-10',
 'A lorry carrying Hezbollah ammunition overturned in Kahaleh on the Beirut-Damascus highway, setting off a gunfight with Christian residents, the Lebanese Armed Forces said.',
 [('Hezbollah', 'ORG'), ('Kahaleh', 'LOC'), ('Beirut', 'LOC'), ('Damascus', 'LOC'), ('Christian', 'MISC'), ('Lebanese Armed Forces', 'ORG')]),
# wQ157
('2023-10-31',
 "The Houthis said they had fired ballistic missiles and drones at Eilat, and Israel's Arrow air defence system made its first interception of the war over the Red Sea, the IDF said.",
 [('Houthis', 'ORG'), ('Eilat', 'LOC'), ('Israel', 'LOC'), ('Arrow', 'MISC'), ('Red Sea', 'LOC'), ('IDF', 'ORG')]),
# wQ158
('2023-06-28',
 'A Russian missile hit a pizza restaurant in Kramatorsk, fatally wounding the Ukrainian writer Victoria Amelina, and the SBU said it had detained a man from Kostiantynivka accused of guiding the strike.',
 [('Russian', 'MISC'), ('Kramatorsk', 'LOC'), ('Ukrainian', 'MISC'), ('Victoria Amelina', 'PER'), ('SBU', 'ORG'), ('Kostiantynivka', 'LOC')]),
# wQ159
('2023-02-17',
 'Gunmen of the TTP attacked the Karachi Police Office on Shahrah-e-Faisal, and Sindh police chief Ghulam Nabi Memon said the siege ended after four hours.',
 [('TTP', 'ORG'), ('Karachi Police Office', 'LOC'), ('Shahrah-e-Faisal', 'LOC'), ('Sindh', 'LOC'), ('Ghulam Nabi Memon', 'PER')]),
# wQ160
('2024-08-12',
 "Sudan's health minister Haitham Mohamed Ibrahim declared a cholera outbreak, with cases in Kassala and Gedaref, and Médecins Sans Frontières opened treatment centres in Kassala.",
 [('Sudan', 'LOC'), ('Haitham Mohamed Ibrahim', 'PER'), ('Kassala', 'LOC'), ('Gedaref', 'LOC'), ('Médecins Sans Frontières', 'ORG'), ('Kassala', 'LOC')]),
# wQ161
('2022-09-12',
 'Clan fighters and Somali National Army troops drove al-Shabaab out of villages around Bulo Burte and Jalalaqsi in Hiiraan region, said Ali Gudlawe, president of Hirshabelle state.',
 [('Somali National Army', 'ORG'), ('al-Shabaab', 'ORG'), ('Bulo Burte', 'LOC'), ('Jalalaqsi', 'LOC'), ('Hiiraan', 'LOC'), ('Ali Gudlawe', 'PER'), ('Hirshabelle', 'LOC')]),
# wQ162
('2024-02-12',
 'Myanmar Junta Frees Prisoners on Union Day\nYANGON, Feb 12 (AP) — The military government freed about 3,000 inmates from Insein prison and other jails to mark Union Day, the state broadcaster MRTV said, but detained members of the National League for Democracy were not among them.',
 [('Myanmar', 'LOC'), ('Union Day', 'MISC'), ('YANGON', 'LOC'), ('AP', 'ORG'), ('Insein', 'LOC'), ('Union Day', 'MISC'), ('MRTV', 'ORG'), ('National League for Democracy', 'ORG')]),
# wQ163
('2025-01-13',
 'Drone Strike Hits Power Station Near Kosti\nKOSTI, Sudan, Jan 13 (Reuters) - An RSF drone struck the Um Dabakir power station near Kosti in White Nile state, cutting electricity to Sennar and Rabak, the state-run Sudanese Electricity Holding Company said.',
 [('Kosti', 'LOC'), ('KOSTI', 'LOC'), ('Sudan', 'LOC'), ('Reuters', 'ORG'), ('RSF', 'ORG'), ('Um Dabakir', 'LOC'), ('Kosti', 'LOC'), ('White Nile', 'LOC'), ('Sennar', 'LOC'), ('Rabak', 'LOC'), ('Sudanese Electricity Holding Company', 'ORG')]),
# wQ164
('2024-06-12',
 'Israeli Strike Kills Senior Hezbollah Commander in Jouaiya\nBEIRUT, June 12 (Reuters) - An Israeli strike on a house in Jouaiya killed Taleb Abdallah, known as Abu Taleb, the most senior Hezbollah commander killed since October, and the group fired scores of rockets at Safed and Kiryat Shmona.',
 [('Israeli', 'MISC'), ('Hezbollah', 'ORG'), ('Jouaiya', 'LOC'), ('BEIRUT', 'LOC'), ('Reuters', 'ORG'), ('Israeli', 'MISC'), ('Jouaiya', 'LOC'), ('Taleb Abdallah', 'PER'), ('Abu Taleb', 'PER'), ('Hezbollah', 'ORG'), ('Safed', 'LOC'), ('Kiryat Shmona', 'LOC')]),
# wQ165
('2023-07-04',
 'Taliban Order Beauty Salons Shut Across Afghanistan\nKABUL, July 4 (AP) — The Ministry for the Propagation of Virtue and Prevention of Vice ordered beauty salons closed within a month, spokesman Mohammad Sadiq Akif Mohajir said, and UNAMA urged that the ban be reversed.',
 [('Taliban', 'ORG'), ('Afghanistan', 'LOC'), ('KABUL', 'LOC'), ('AP', 'ORG'), ('Ministry for the Propagation of Virtue and Prevention of Vice', 'ORG'), ('Mohammad Sadiq Akif Mohajir', 'PER'), ('UNAMA', 'ORG')]),
# wQ166
('2023-10-03',
 "Armenia's parliament voted to join the International Criminal Court under the Rome Statute, and the Kremlin called the move hostile, since the court has issued a warrant for Vladimir Putin.",
 [('Armenia', 'LOC'), ('International Criminal Court', 'ORG'), ('Rome Statute', 'MISC'), ('Kremlin', 'LOC'), ('Vladimir Putin', 'PER')]),
# wQ167
('2023-05-26',
 'Al-Shabaab fighters stormed an African Union base at Buulo Mareer in Lower Shabelle held by Ugandan troops, Ugandan President Yoweri Museveni said, and ATMIS confirmed losses.',
 [('Al-Shabaab', 'ORG'), ('African Union', 'ORG'), ('Buulo Mareer', 'LOC'), ('Lower Shabelle', 'LOC'), ('Ugandan', 'MISC'), ('Ugandan', 'MISC'), ('Yoweri Museveni', 'PER'), ('ATMIS', 'ORG')]),
# wQ168
('2025-01-14',
 "Malian authorities seized gold stocks at the Loulo-Gounkoto complex run by Canada's Barrick Gold, and chief executive Mark Bristow said talks with Bamako had stalled.",
 [('Malian', 'MISC'), ('Loulo', 'LOC'), ('Gounkoto', 'LOC'), ('Canada', 'LOC'), ('Barrick Gold', 'ORG'), ('Mark Bristow', 'PER'), ('Bamako', 'LOC')]),
# wQ169
('2024-08-06',
 '"We will not leave our land," said Amina Yusuf Abdi, a spokeswoman for the displaced in Baidoa, after the Norwegian Refugee Council reported that evictions in Bay region had doubled since al-Shabaab cut the road to Dinsoor.',
 [('Amina Yusuf Abdi', 'PER'), ('Baidoa', 'LOC'), ('Norwegian Refugee Council', 'ORG'), ('Bay', 'LOC'), ('al-Shabaab', 'ORG'), ('Dinsoor', 'LOC')]),
]
