//! Regression table for the casualty layer: sentences in the phrasings of real news
//! (wires, headlines, ALL CAPS, passives, tolls, number words, ranges, abductions)
//! and distractors that hold numbers but no casualty figure. Each row lists every
//! span expected, as (text, value); the tagger must produce exactly that set, each
//! span's text equal to its slice.

use annotator::casualties::{CasualtyOptions, CasualtyTagger};
use annotator::Annotator;
use reader::Document;

/// A sentence and every casualty span expected in it.
type Row = (&'static str, &'static [(&'static str, &'static str)]);

#[rustfmt::skip]
const FIGURES: &[Row] = &[
    // Verb before the figure.
    ("A Syrian regime barrel bomb raid killed at least 59 civilians in the town of Al-Bab.", &[("at least 59 civilians", "killed:>=59")]),
    ("The barrel bombs ended up killing at least 70 civilians, including women and children.", &[("at least 70 civilians", "killed:>=70")]),
    ("A suicide bomber killed 23 people at a checkpoint south of Baghdad on Thursday.", &[("23 people", "killed:23")]),
    ("The car bomb wounded 41 people, police said.", &[("41 people", "injured:41")]),
    ("Gunmen kidnapped 12 aid workers in Darfur.", &[("12 aid workers", "abducted:12")]),
    ("Islamic State militants executed 7 men accused of spying.", &[("7 men", "killed:7")]),
    ("The group beheaded 21 Egyptian Christians on a beach.", &[("21 Egyptian Christians", "killed:21")]),
    ("Police shot dead 5 protesters in the capital.", &[("5 protesters", "killed:5")]),
    ("Troops gunned down 14 villagers near the border.", &[("14 villagers", "killed:14")]),
    ("The storm killed another 30 people overnight.", &[("30 people", "killed:30")]),
    ("The militants killed or wounded 40 soldiers.", &[("40 soldiers", "casualties:40")]),
    ("Air strikes killed more than 200 people across the province last month.", &[("more than 200 people", "killed:>200")]),
    ("The explosion injured about 150 people.", &[("about 150 people", "injured:~150")]),
    ("Syria's four-year war has killed over 220,000 people since 2011.", &[("over 220,000 people", "killed:>220000")]),
    ("The quake killed nearly 9,000 people and injured 22,000.", &[("nearly 9,000 people", "killed:~9000"), ("22,000", "injured:22000")]),
    ("The attack killed 14 and wounded 30.", &[("14", "killed:14"), ("30", "injured:30")]),
    ("Rebels abducted some 200 schoolgirls from their dormitory.", &[("some 200 schoolgirls", "abducted:~200")]),
    ("Fighting has killed roughly 1,200 fighters on both sides.", &[("roughly 1,200 fighters", "killed:~1200")]),
    ("Shelling killed as many as 40 civilians, activists said.", &[("as many as 40 civilians", "killed:<=40")]),
    // SCHEME's COUNT has no `<`: a strict upper bound on whole people is `<=N-1`.
    ("Fewer than 10 people were hurt in the crush.", &[("Fewer than 10 people", "injured:<=9")]),
    ("The blast killed less than 20 soldiers, the army said.", &[("less than 20 soldiers", "killed:<=19")]),
    ("Government forces killed 32 Islamic State fighters in the counter-attack.", &[("32 Islamic State fighters", "killed:32")]),
    // Passives and predicates after the figure.
    ("At least 12 people were killed when a bomb exploded in a market.", &[("At least 12 people", "killed:>=12")]),
    ("Twenty-three people have died in the floods.", &[("Twenty-three people", "killed:23")]),
    ("Thirty-five pilgrims were injured in the stampede.", &[("Thirty-five pilgrims", "injured:35")]),
    ("Nine fishermen remain missing after the boat capsized.", &[("Nine fishermen", "missing:9")]),
    ("Three journalists were taken hostage in eastern Ukraine.", &[("Three journalists", "abducted:3")]),
    ("Six soldiers were reported killed in the ambush.", &[("Six soldiers", "killed:6")]),
    ("Two policemen were shot and killed at the gate.", &[("Two policemen", "killed:2")]),
    ("More than 1,000 migrants are feared dead after the shipwreck.", &[("More than 1,000 migrants", "killed:>1000")]),
    ("12 people in the village of Kafr Nabl were killed.", &[("12 people", "killed:12")]),
    ("Some 300 people lost their lives in the fire.", &[("Some 300 people", "killed:~300")]),
    ("Seven people, including two children, were wounded.", &[("Seven people", "injured:7"), ("two children", "injured:2")]),
    ("Eleven miners were trapped and 4 died.", &[("4", "killed:4")]),
    ("Four others were hospitalised with burns.", &[("Four others", "injured:4")]),
    ("Up to 30 villagers were abducted by Boko Haram.", &[("Up to 30 villagers", "abducted:<=30")]),
    ("Dozens of people were killed in the clashes.", &[("Dozens of people", "killed:>=24")]),
    ("Hundreds of civilians have been killed in the siege.", &[("Hundreds of civilians", "killed:>=200")]),
    ("Thousands of people were injured in the earthquake.", &[("Thousands of people", "injured:>=2000")]),
    ("Tens of thousands of people have been killed in the conflict.", &[("Tens of thousands of people", "killed:>=20000")]),
    ("Scores of worshippers were killed in the mosque attack.", &[("Scores of worshippers", "killed:>=40")]),
    ("1.5 million people have died in the war, the report estimates.", &[("1.5 million people", "killed:1500000")]),
    ("Half a million people have been killed, the UN said.", &[("Half a million people", "killed:500000")]),
    ("The war has taken the lives of almost a quarter of a million people.", &[("almost a quarter of a million people", "killed:~250000")]),
    // Outcome words next to the number.
    ("Syria blast: 12 dead", &[("12", "killed:12")]),
    ("Baghdad bombings leave 30 dead, 70 wounded", &[("30", "killed:30"), ("70", "injured:70")]),
    ("The attack left 12 people dead and dozens injured.", &[("12 people", "killed:12"), ("dozens", "injured:>=24")]),
    ("The fighting caused 150 casualties among the troops.", &[("150 casualties", "casualties:150")]),
    ("Rescuers recovered 17 bodies from the rubble.", &[("17 bodies", "killed:17")]),
    ("Twelve bodies were found in a mass grave near Tikrit.", &[("Twelve bodies", "killed:12")]),
    ("The hospital reported 45 deaths from the gas attack.", &[("45 deaths", "killed:45")]),
    ("The militants still hold 3 hostages.", &[("3 hostages", "abducted:3")]),
    ("Quake toll: 2 killed, 5 injured, 3 missing", &[("2", "killed:2"), ("5", "injured:5"), ("3", "missing:3")]),
    // Tolls.
    ("The death toll rose to 45 on Tuesday.", &[("45", "killed:45")]),
    ("The death toll from the bombing has risen to more than 80.", &[("more than 80", "killed:>80")]),
    ("Officials put the toll at 112.", &[("112", "killed:112")]),
    ("The number of people injured has climbed to 340.", &[("340", "injured:340")]),
    ("The death toll rose from 12 to 45.", &[("12", "killed:12"), ("45", "killed:45")]),
    ("The quake caused a death toll of 8,500.", &[("8,500", "killed:8500")]),
    // ALL CAPS wires and headlines.
    ("AT LEAST 12 KILLED IN ALEPPO BLAST", &[("AT LEAST 12", "killed:>=12")]),
    ("CAR BOMB KILLS 20 IN BAGHDAD", &[("20", "killed:20")]),
    ("GUNMEN KIDNAP 17 FOREIGNERS IN NIGER DELTA", &[("17 FOREIGNERS", "abducted:17")]),
    ("Bus crash kills 9, injures 14", &[("9", "killed:9"), ("14", "injured:14")]),
    ("Nepal quake: death toll passes 4,000", &[("4,000", "killed:4000")]),
    // Ranges and number words.
    ("Between 150 and 200 people were killed in the massacre.", &[("Between 150 and 200 people", "killed:150-200")]),
    ("The raid killed 10 to 15 civilians, residents said.", &[("10 to 15 civilians", "killed:10-15")]),
    ("The blasts wounded 20-25 people.", &[("20-25 people", "injured:20-25")]),
    ("Two or three soldiers were wounded in the exchange of fire.", &[("Two or three soldiers", "injured:2-3")]),
    ("The strikes killed a dozen civilians and wounded two dozen more.", &[("a dozen civilians", "killed:12"), ("two dozen more", "injured:24")]),
    ("One hundred and twenty people died in the crash.", &[("One hundred and twenty people", "killed:120")]),
    ("One soldier was killed and four were wounded.", &[("One soldier", "killed:1"), ("four", "injured:4")]),
    // Coordination and asides.
    ("The strike killed 8 soldiers and 3 civilians.", &[("8 soldiers", "killed:8"), ("3 civilians", "killed:3")]),
    ("Five policemen and two bystanders were hurt.", &[("Five policemen", "injured:5"), ("two bystanders", "injured:2")]),
    ("The bombing killed 27 people, including 9 children.", &[("27 people", "killed:27"), ("9 children", "killed:9")]),
    ("At least 60 people were killed and 200 injured in the blasts.", &[("At least 60 people", "killed:>=60"), ("200", "injured:200")]),
    // Mixed: a casualty figure and a distractor number.
    ("The blast, 90 km north of Baghdad, killed 11 people.", &[("11 people", "killed:11")]),
    ("In 2014 the group kidnapped 276 girls from Chibok.", &[("276 girls", "abducted:276")]),
    ("Of the 2,000 fighters deployed, 150 were killed.", &[("150", "killed:150")]),
    ("The clashes in eight villages killed 19 rebels.", &[("19 rebels", "killed:19")]),
    ("A 12-year-old boy was among 5 people killed on Route 60.", &[("5 people", "killed:5")]),
    ("The raid on June 3 killed 16 people, 40% of them women.", &[("16 people", "killed:16")]),
    ("Unrest in 20 countries has killed 3,000 protesters.", &[("3,000 protesters", "killed:3000")]),
    // Regressions found while probing.
    ("The Pentagon said 14 U.S. service members had been wounded.", &[("14 U.S. service members", "injured:14")]),
    ("More than 1,000 people were injured, 300 of them seriously.", &[("More than 1,000 people", "injured:>1000"), ("300", "injured:300")]),
    ("The attack killed 12 people on Monday and 5 more on Tuesday.", &[("12 people", "killed:12"), ("5 more", "killed:5")]),
    ("Of the 36 passengers, 21 were killed and 15 injured.", &[("21", "killed:21"), ("15", "injured:15")]),
    ("The death toll in the 2010 earthquake was 230,000.", &[("230,000", "killed:230000")]),
    ("They executed the 4 hostages on Friday.", &[("4 hostages", "killed:4")]),
    ("The ferry sank; 172 were rescued and 304 died or are missing.", &[("304", "casualties:304")]),
    ("Islamic State militants have killed more than 2,000 people in the past year, including 1,000 civilians.", &[("more than 2,000 people", "killed:>2000"), ("1,000 civilians", "killed:1000")]),
    ("The army lost 40 men in the battle.", &[("40 men", "killed:40")]),
    ("Killed: 12. Wounded: 40.", &[("12", "killed:12"), ("40", "injured:40")]),
    ("Twelve soldiers, three police and five civilians were killed.", &[("Twelve soldiers", "killed:12"), ("three police", "killed:3"), ("five civilians", "killed:5")]),
    // Issue 13: singular and noun-first counts.
    ("The clash caused 1 fatality near the market.", &[("1 fatality", "killed:1")]),
    ("Police reported one death after the riot.", &[("one death", "killed:1")]),
    ("Fatalities: 3. Injured: 7.", &[("3", "killed:3"), ("7", "injured:7")]),
    // Issue 13: a single victim without a number is a figure of 1.
    ("A shopkeeper was shot dead outside his store.", &[("A shopkeeper", "killed:1")]),
    ("Gunmen opened fire on the bus, killing a teacher.", &[("a teacher", "killed:1")]),
    ("An elderly farmer was hacked to death in his field.", &[("An elderly farmer", "killed:1")]),
    ("A constable was gunned down near the bazaar.", &[("A constable", "killed:1")]),
    ("A bomb exploded near the school, but nobody was hurt.", &[]),
    ("A group of villagers were killed in the raid.", &[]),
    ("The men arrived from a nearby town and a fight broke out.", &[]),
    // Issue 13: open-class victim nouns, decided by their position as the ones harmed.
    ("Troops killed 4 herders near the river.", &[("4 herders", "killed:4")]),
    ("Six tribesmen were killed in the ambush.", &[("Six tribesmen", "killed:6")]),
    ("Two party cadres were stabbed to death.", &[("Two party cadres", "killed:2")]),
    ("11 Houthi fighters died in the air raid.", &[("11 Houthi fighters", "killed:11")]),
    ("Two home guard volunteers were wounded.", &[("Two home guard volunteers", "injured:2")]),
    ("The raid killed 3 goats and a cow.", &[]),
    ("The mob burned 12 houses in the village.", &[]),
    // Issue 13: long subjects (brackets, including, relative phrases, coordination).
    // The parts of the bracketed breakdown are figures too (round 12, s12-cas2; the
    // total stays 5, see TOTALS).
    ("5 villagers (2 women and 3 men) died in the fire.", &[("5 villagers", "killed:5"), ("2 women", "killed:2"), ("3 men", "killed:3")]),
    ("Three members of the banned Free Land Front were killed.", &[("Three members", "killed:3")]),
    ("Seven rebels belonging to the Northern Brigade were killed by troops.", &[("Seven rebels", "killed:7")]),
    ("9 ABC and XYZ militants were killed in the strike.", &[("9 ABC and XYZ militants", "killed:9")]),
    ("Four guards, including a senior officer were killed in the assault.", &[("Four guards", "killed:4"), ("a senior officer", "killed:1")]),
    ("Four workers were kidnapped and killed by the gang.", &[("Four workers", "killed:4")]),
    ("Two students succumbed to their wounds on Sunday.", &[("Two students", "killed:2")]),
    // Issue 13: several fates in one list are not a kill count.
    ("Eight soldiers were killed, injured or captured in the battle.", &[("Eight soldiers", "casualties:8")]),
    ("One porter was killed and two more injured by the blast.", &[("One porter", "killed:1"), ("two more", "injured:2")]),
    ("Rival groups clashed over grazing land, one killed.", &[("one", "killed:1")]),
    ("A school teacher was chopped to death on the road.", &[("A school teacher", "killed:1")]),
    ("At least 14 ABC and other militants were killed in the raids.", &[("At least 14 ABC and other militants", "killed:>=14")]),
    ("Five guards, affiliated with the border unit were gunned down at dawn.", &[("Five guards", "killed:5")]),
    ("One security guard was martyred in the blast.", &[("One security guard", "killed:1")]),
    ("Cousins of a farmer killed last month marched to the office.", &[]),
    // A definite single victim is a figure of 1 (SCHEME: `[the driver] died`).
    ("The driver died after the attackers set the depot on fire.", &[("The driver", "killed:1")]),
    ("Raiders shot dead the night guard at the gate.", &[("the night guard", "killed:1")]),
    // SCHEME: the definite victim is a figure; `12 hours` is not.
    ("The rebel was killed 12 hours after the truce began.", &[("The rebel", "killed:1")]),
    ("The convoy was ambushed near the bridge.", &[]),
    // A possessive victim joined by `and`.
    ("A shopkeeper and his nephew were stabbed to death in the market.", &[("A shopkeeper", "killed:1"), ("his nephew", "killed:1")]),
    // Victims who are the subject of an earlier passive verb joined to the cue.
    ("Three herders were abducted by an armed gang and later killed.", &[("Three herders", "killed:3")]),
    ("Four farmers were detained by soldiers and shot dead.", &[("Four farmers", "killed:4")]),
    ("Two porters were detained and the patrol killed one guard.", &[("one guard", "killed:1")]),
    // Reduced relatives and `as well as` after the victim phrase.
    ("Five smugglers accused of arson were lynched by a mob.", &[("Five smugglers", "killed:5")]),
    ("Nine rebels as well as foreign fighters were killed in the raid.", &[("Nine rebels", "killed:9")]),
    // An aside no listed word opens, closed by a comma right before the predicate:
    // an apposition of names.
    ("Two drivers, Karim Haddad and Musa Obeid, were killed when the truck was hit.", &[("Two drivers", "killed:2")]),
    ("A nurse, Mariam Daud, died in the shelling.", &[("A nurse", "killed:1")]),
    // An age set off by commas after a name is no figure.
    ("Halim Rahman, 41, a fruit seller, was stabbed to death near the bus stand.", &[]),
    // A noun for things modifying a plural noun: the plural heads the phrase.
    ("Gunmen shot dead four goat herders near the well.", &[("four goat herders", "killed:4")]),
    ("Five cattle traders were killed in an ambush on the highway.", &[("Five cattle traders", "killed:5")]),
    // An adverb joined by a hyphen to the next modifier.
    ("Four heavily-armed smugglers were killed in a clash with border guards.", &[("Four heavily-armed smugglers", "killed:4")]),
    // An age inside an `including` phrase before the predicate; the part is a single
    // victim of its own (SCHEME: a single victim is a figure of 1; round 12).
    ("Four passengers including a 70-year-old woman were killed when the bus overturned.", &[("Four passengers", "killed:4"), ("a 70-year-old woman", "killed:1")]),
    // One of a group, governed by a cue before or after it (round 6).
    ("The mine hit the convoy, killing one of the guards and wounding the other four.", &[("one", "killed:1"), ("four", "injured:4")]),
    ("One of the porters succumbed to his wounds on Friday.", &[("One", "killed:1")]),
    ("Three farmers were hurt in the blast; one of them died in hospital.", &[("Three farmers", "injured:3"), ("one", "killed:1")]),
    ("One of the two drivers was abducted.", &[("two drivers", "abducted:2")]),
    // Burnt or buried alive is killed.
    ("Arsonists burnt alive two tea vendors in their stall.", &[("two tea vendors", "killed:2")]),
    ("Three labourers were burned alive when the shed was set on fire.", &[("Three labourers", "killed:3")]),
    // Headline-style pairs: the second number has its own fate.
    ("2 guards killed 6 injured in market blast", &[("2 guards", "killed:2"), ("6", "injured:6")]),
    ("One porter was killed three others hurt when the cart overturned.", &[("One porter", "killed:1"), ("three others", "injured:3")]),
    ("4 soldiers killed and 3 more were injured in the ambush.", &[("4 soldiers", "killed:4"), ("3 more", "injured:3")]),
    // The phrase before an active `shot dead` / `gunned down` with an object is the agent.
    ("A gunman riding a scooter shot dead two traders.", &[("two traders", "killed:2")]),
    ("A squad of 5 Rangers gunned down three smugglers.", &[("three smugglers", "killed:3")]),
    // Abducted, then killed: the last fate.
    ("Rebels abducted three herders and later killed them.", &[("three herders", "killed:3")]),
    // Brackets in a row inside the phrase.
    ("Two KLA (Ridge) [Kula Liberation Army] cadres were killed in a raid.", &[("Two KLA (Ridge) [Kula Liberation Army] cadres", "killed:2")]),
    // Victim phrases: modifiers before a noun for people, names joined to an
    // adjective by `and`, a hyphenated modifier.
    ("A local Farmers Union leader was shot dead outside his house.", &[("A local Farmers Union leader", "killed:1")]),
    ("A Nepali goat trader was killed by robbers.", &[("A Nepali goat trader", "killed:1")]),
    ("5 KLF and foreign fighters were killed in the air strike.", &[("5 KLF and foreign fighters", "killed:5")]),
    ("A Tamil-speaking vendor and his son were stabbed to death.", &[("A Tamil-speaking vendor", "killed:1"), ("his son", "killed:1")]),
    ("A rebel commander and his companion were killed in the raid.", &[("A rebel commander", "killed:1"), ("his companion", "killed:1")]),
    ("The Youth Front activist died in hospital on Monday.", &[("The Youth Front activist", "killed:1")]),
    // Long subjects: an aside opened by `with`, a place after the phrase before an
    // aside, an age in an aside, relative clauses before the main predicate.
    ("9 rebels, with links to a banned group in the hills were killed in the raid.", &[("9 rebels", "killed:9")]),
    ("Four herders of Karamoja, out with their cattle at dawn, were shot dead.", &[("Four herders", "killed:4")]),
    ("A fisherman, aged 52, was killed when the boat was shelled.", &[("A fisherman", "killed:1")]),
    ("12 workers who were repairing a pipeline near the river were gunned down.", &[("12 workers", "killed:12")]),
    ("A girl who suffered burns in the fire at the market (on 3 May) died in hospital.", &[("A girl", "killed:1")]),
    // The relative clause's own cue still decides when it has one.
    ("Two guards who were wounded in the attack were flown to the capital.", &[("Two guards", "injured:2")]),
    // `atleast` written as one word; bodies of the people counted.
    ("The air strike killed atleast 8 in the village.", &[("atleast 8", "killed:>=8")]),
    ("4 fishermen's bodies were found on the shore.", &[("4 fishermen's bodies", "killed:4")]),
    ("3 porters' bodies were found on the shore.", &[("3 porters", "killed:3")]),
    // `another` as the subject of an outcome predicate is one more victim.
    ("Two smugglers were killed at the border and another died in hospital.", &[("Two smugglers", "killed:2"), ("another", "killed:1")]),
    ("The mob attacked the post and another attack followed.", &[]),
    // A pronoun subject in a following clause takes up the figure.
    ("3 porters were carried to a clinic in the town where they died.", &[("3 porters", "killed:3")]),
    ("A tailor was walking home when he was stopped and shot dead.", &[("A tailor", "killed:1")]),
    // (Round 16: taken to a clinic is told care, injured, as `rushed to hospital`.)
    ("2 guards were taken to a clinic where doctors treated them.", &[("2 guards", "injured:2")]),
    // Round 7: an initialism in brackets between a name and a noun for people.
    ("Three Rural Defence Corps (RDC) guards were killed in the ambush.", &[("Three Rural Defence Corps (RDC) guards", "killed:3")]),
    ("A Border Police (BP) officer was shot dead near the gate.", &[("A Border Police (BP) officer", "killed:1")]),
    // A participle right after the phrase opens a reduced relative clause; the
    // main predicate after it decides (not a noun such as `a wing commander`).
    ("Four porters escorting a convoy to the camp have been killed in an ambush.", &[("Four porters", "killed:4")]),
    ("A nurse working for a charity was wounded in the shelling.", &[("A nurse", "injured:1")]),
    // A noun of a relative clause (`injuries`) is not its main predicate; a verb is.
    ("A trader who sustained injuries in the blast later died in hospital.", &[("A trader", "killed:1")]),
    ("Two farmers who suffered burns in the fire died on Tuesday.", &[("Two farmers", "killed:2")]),
    ("Two porters who suffered head injuries remained in a critical state.", &[("Two porters", "injured:2")]),
    // A lone article is no number a qualifier could hedge.
    ("Villagers asked about a boy who died in the flood.", &[("a boy", "killed:1")]),
    // Round 8: a teen or tens word multiplies `hundred` (`fifteen hundred` is 1500).
    ("Fifteen hundred villagers were killed in the massacre.", &[("Fifteen hundred villagers", "killed:1500")]),
    ("The famine killed twenty-five hundred herders.", &[("twenty-five hundred herders", "killed:2500")]),
    ("Two thousand refugees were wounded in the shelling.", &[("Two thousand refugees", "injured:2000")]),
    // Round 8: a bracketed name that holds brackets of its own.
    ("Three KLF [Kamtapur Liberation Front (KLF)-Rebel] cadres were shot dead.", &[("Three KLF [Kamtapur Liberation Front (KLF)-Rebel] cadres", "killed:3")]),
    // Round 8: an agent that killed itself is the victim.
    ("Three raiders detonated their explosives at the depot, killing only themselves.", &[("Three raiders", "killed:3")]),
    ("Two militants blew themselves up outside the court.", &[("Two militants", "killed:2")]),
    ("Two guards stopped the attacker before he could blow himself up.", &[]),
    // Round 9: a word that would end the phrase, joined by a hyphen to the next,
    // opens a compound modifier (`for-hire`, `off-duty`, `on-duty`).
    ("Three for-hire killers were gunned down by the police.", &[("Three for-hire killers", "killed:3")]),
    ("Two off-duty constables were shot dead at a tea stall.", &[("Two off-duty constables", "killed:2")]),
    ("Gunmen wounded four on-duty guards outside the bank.", &[("four on-duty guards", "injured:4")]),
    // Round 9: an age after a number modifies the head noun (`N-year-old`,
    // `N year old`, `N-years-old`).
    ("Two 19-year-old students were stabbed to death near the campus.", &[("Two 19-year-old students", "killed:2")]),
    ("Police said one 61 year old farmer died in the stampede.", &[("one 61 year old farmer", "killed:1")]),
    ("Gunmen shot dead three 20-years-old guards at the gate.", &[("three 20-years-old guards", "killed:3")]),
    // Round 9: a named unit or place after `from`/`of`, then a participle with no
    // auxiliary (a headline, or `and` gapping `were`).
    ("Two trucks were burnt and 5 guards from the Eastern Frontier Rifles killed in the raid.", &[("5 guards", "killed:5")]),
    ("3 porters of Gilgit wounded in avalanche", &[("3 porters", "injured:3")]),
    // Round 11: a relative clause set off by a comma; the main predicate after its
    // closing comma (or, with none, the first intransitive cue after its verb) is the
    // figure's fate; failing one, the clause's own passive or intransitive verb.
    ("A ferry pilot, who was hurt when the boat hit a mine on Monday, died in hospital.", &[("A ferry pilot", "killed:1")]),
    ("A night watchman, who suffered burns in the blaze last week, finally succumbed on Friday.", &[("A night watchman", "killed:1")]),
    ("A ward councillor of the Janata Party, who received stab wounds died at the clinic.", &[("A ward councillor", "killed:1")]),
    ("Four porters, who were injured in the landslide on Tuesday, died on Thursday.", &[("Four porters", "killed:4")]),
    ("Two fishermen, who were shot dead by coast guards at dawn, were identified by relatives.", &[("Two fishermen", "killed:2")]),
    ("Three teachers, who had been abducted from the school, were later found dead.", &[("Three teachers", "killed:3")]),
    ("Six herders, who were wounded in the raid, were flown to the capital.", &[("Six herders", "injured:6")]),
    // … not after an age set off by commas, and not a noun that only looks like a
    // cue (`lives`), nor an active transitive cue (the phrase is the agent).
    ("Karim, 41, who sold fruit at the market, was stabbed to death.", &[]),
    ("The reporter, who lives in Nairobi, had arrived on Monday.", &[]),
    ("Two gunmen, who killed a guard at the gate, were arrested later.", &[("a guard", "killed:1")]),
    // Round 11: a restrictive relative clause whose verb is another fate; the main
    // predicate's death is the last fate.
    ("A tailor who was wounded in the crossfire on Sunday died on Tuesday.", &[("A tailor", "killed:1")]),
    // Round 11: after a lone `a`, a collective noun for people modifies the noun
    // after it (`a police constable`), which heads the phrase.
    ("A police constable was gunned down near the market.", &[("A police constable", "killed:1")]),
    ("Rebels shot dead a police sergeant at the checkpoint.", &[("a police sergeant", "killed:1")]),
    ("A staff nurse was wounded by shrapnel.", &[("A staff nurse", "injured:1")]),
    // Round 11: the next sentence tells the figure's death through a pronoun or
    // `the victim` (`He died`, `She succumbed`), after a passive verb.
    ("A shepherd was beaten by soldiers near the well. He died in hospital two days later.", &[("A shepherd", "killed:1")]),
    ("A cashier was wounded in the robbery at the bank. She succumbed to her wounds on Friday.", &[("A cashier", "killed:1")]),
    ("A miller was assaulted by a gang at the market. The victim died on the way to the clinic.", &[("A miller", "killed:1")]),
    ("A ranger was wounded in the ambush. He told reporters the attackers fled.", &[("A ranger", "injured:1")]),
    // Round 12: a number that opens a unit's name after `of`/`from`, in a phrase with
    // its own count, is no figure; the phrase's predicate is read through the name.
    ("A sepoy of 9 Gorkha Rifles died in the firing on the post.", &[("A sepoy", "killed:1")]),
    ("Two jawans of 16 Sikh Light Infantry were wounded by sniper fire.", &[("Two jawans", "injured:2")]),
    ("Three soldiers of the Battalion 12 Cordoba were killed by a mine.", &[("Three soldiers", "killed:3")]),
    ("A cousin of 2 Hindus killed in the riots filed a complaint.", &[("2 Hindus", "killed:2")]),
    ("A total of 14 Maoists were killed in the operation.", &[("14 Maoists", "killed:14")]),
    // Round 12: `between N to M` is a range as `between N and M` is.
    ("Shelling killed between 3 to 5 villagers on Monday.", &[("between 3 to 5 villagers", "killed:3-5")]),
    // Round 12: a toll word far before its running total (up to 20 tokens).
    ("The death toll from Sunday's bombing of a crowded bus station in the northern town of Gao rose to 31.", &[("31", "killed:31")]),
    // Round 12: a plural outcome noun whose number is stated (`numbered`, `put at`).
    ("The dead numbered 7, most of them farmers.", &[("7", "killed:7")]),
    ("Casualties were put at 15 by the district council.", &[("15", "casualties:15")]),
    ("The injured totalled 40, a doctor said.", &[("40", "injured:40")]),
    // Round 12: a number word after a name and a dash is an apposition, not a model
    // number (`F-16`).
    ("Kamal and Hasan-two workers of the party-were shot dead on Sunday.", &[("two workers", "killed:2")]),
    // Round 12: a single victim in apposition to a name takes the name's predicate.
    ("Rahim Uddin, a member of the ward committee, was hacked to death.", &[("a member", "killed:1")]),
    ("Nasreen, a teacher at the girls' school, was injured in the blast.", &[("a teacher", "injured:1")]),
    // Round 12: a governing cue typed with a letter three times.
    ("Bandits stopped a minibus, killling 9 passengers.", &[("9 passengers", "killed:9")]),
    ("Police are probing the killlings of 3 farmers.", &[("3 farmers", "killed:3")]),
    // Round 12 (s12-cas2): a lone article after `including` or `among them` is one
    // victim of the figure before it (an age after the article too), and so is one
    // joined by `and` to such a part.
    ("Four pilgrims, including a 70-year-old woman, were crushed to death at the gate.", &[("Four pilgrims", "killed:4"), ("a 70-year-old woman", "killed:1")]),
    ("The landslide left 7 dead, among them a schoolteacher, the mayor said.", &[("7", "killed:7"), ("a schoolteacher", "killed:1")]),
    ("Shelling wounded 9 people, among them a nurse at the clinic.", &[("9 people", "injured:9"), ("a nurse", "injured:1")]),
    ("The raid killed 6 herders, including 2 brothers and an old shepherd, the elders said.", &[("6 herders", "killed:6"), ("2 brothers", "killed:2"), ("an old shepherd", "killed:1")]),
    // Round 12 (s12-cas2): `another` as one more victim of a transitive cue with
    // nothing after it to govern (`another wounded when …`, `injured another near …`).
    ("A watchman was killed and another wounded when the depot was raided.", &[("A watchman", "killed:1"), ("another", "injured:1")]),
    ("The mob lynched 2 traders and injured another at the market.", &[("2 traders", "killed:2"), ("another", "injured:1")]),
    ("One bus was torched and another damaged; 3 passengers were hurt.", &[("3 passengers", "injured:3")]),
    // Round 12 (s12-cas2): the parts of a breakdown in brackets or between spaced
    // dashes take the outcome of the figure before (not an age: `a farmer (45)`).
    ("Deaths: 5 (3 militiamen, 2 civilians). The raid began at dawn.", &[("5", "killed:5"), ("3 militiamen", "killed:3"), ("2 civilians", "killed:2")]),
    ("Six pilgrims (4 men and a girl) drowned when the ferry sank.", &[("Six pilgrims", "killed:6"), ("4 men", "killed:4"), ("a girl", "killed:1")]),
    ("The injured were put at 9 - 7 miners and 2 guards - after the collapse.", &[("9", "injured:9"), ("7 miners", "injured:7"), ("2 guards", "injured:2")]),
    ("Raiders killed a farmer (45) in the field.", &[("a farmer", "killed:1")]),
    // Round 12 (s12-cas2): an age between commas after a name is no figure; a count
    // after a place and a comma still is.
    ("Omar Haddad, 41, and his nephew were shot dead at the checkpoint.", &[("his nephew", "killed:1")]),
    ("In Daraa, 12, including 3 children, were killed.", &[("12", "killed:12"), ("3 children", "killed:3")]),
    // Round 13: a number that closes a unit's name after `of`/`from` is no figure,
    // and the predicate search steps over it.
    ("A sapper of Task Force 7 was killed by a mine near the bridge.", &[("A sapper", "killed:1")]),
    ("Two constables of Battalion 14 were shot dead at a checkpoint.", &[("Two constables", "killed:2")]),
    ("A guard from the Ranger Wing 33 died when his post was shelled.", &[("A guard", "killed:1")]),
    ("Three soldiers from Kunar 4 civilians were killed in the crossfire.", &[("4 civilians", "killed:4")]),
    // Round 13: a part with its own number inside an `including` aside.
    ("At least 9 people including a driver and 3 students of a college were killed in the blast.", &[("At least 9 people", "killed:>=9"), ("a driver", "killed:1"), ("3 students", "killed:3")]),
    // Round 13: the active form of a stated count (`put the dead at N`).
    ("The provincial police put the dead at 41 on Sunday.", &[("41", "killed:41")]),
    ("Medics placed the number of injured at 60 after the stampede.", &[("60", "injured:60")]),
    // Round 13: `one of whom` is one of a group.
    ("Raiders stabbed 3 herders near the well, one of whom died in hospital.", &[("one", "killed:1")]),
    ("Police arrested 6 youths, one of whom was later killed in custody.", &[("one", "killed:1")]),
    // Round 13: any verb after `who` and an auxiliary opens the relative clause.
    ("Four porters who had gone to fetch firewood in the hills were killed by a landmine.", &[("Four porters", "killed:4")]),
    ("Two students who were taken from a bus near the border were found dead.", &[("Two students", "killed:2")]),
    // Round 13: WordNet's person nouns (data/person_nouns_wordnet.txt) beside the hand list.
    ("The conductor was killed when the bus hit a mine.", &[("The conductor", "killed:1")]),
    ("Bandits shot dead a village headmaster on the road to the market.", &[("a village headmaster", "killed:1")]),
    ("A ferry helper was wounded by stray bullets.", &[("A ferry helper", "injured:1")]),
    ("Militiamen killed 3 beekeepers and 2 woodcutters in the forest.", &[("3 beekeepers", "killed:3"), ("2 woodcutters", "killed:2")]),
    ("Two tribesmen accused of theft were beaten to death.", &[("Two tribesmen", "killed:2")]),
    ("Five people have been injured in the clash.", &[("Five people", "injured:5")]),
    // Round 14: a unit's or a group's name (with a bracket, a number or a common noun
    // after it) between a figure and `and` before the next figure: coordinated.
    ("A ranger of 7 Mountain (Rapid Response) Company and 2 poachers were killed in the reserve.", &[("A ranger", "killed:1"), ("2 poachers", "killed:2")]),
    ("A constable from the Rapid Action Battalion and 4 looters died in the clash.", &[("A constable", "killed:1"), ("4 looters", "killed:4")]),
    ("Raiders shot dead a headman of the Korro clan and his son near the well.", &[("a headman", "killed:1"), ("his son", "killed:1")]),
    // Round 14: a list of fates joined by `or` before the figure is no kill count.
    ("The brigade said it had killed, wounded or captured 35 insurgents in the valley.", &[("35 insurgents", "casualties:35")]),
    ("Officials said troops killed, injured or detained 18 smugglers near the coast.", &[("18 smugglers", "casualties:18")]),
    // Round 14: `neutralised` in military statements (killed, wounded or captured).
    ("The army said it had neutralised 60 jihadists in the forest.", &[("60 jihadists", "casualties:60")]),
    ("Nearly 30 assailants were neutralised, the ministry said.", &[("Nearly 30 assailants", "casualties:~30")]),
    // Round 14: a part of the injured whose own fate follows.
    ("Gunmen wounded 5 guards; two of the injured died overnight.", &[("5 guards", "injured:5"), ("two", "killed:2")]),
    ("Eight miners were hurt and one of the wounded succumbed on Monday.", &[("Eight miners", "injured:8"), ("one", "killed:1")]),
    // Round 14: a part of a possessed group is the number alone, as `N of them`.
    ("Rebels ambushed the convoy; 3 of their drivers were wounded.", &[("3", "injured:3")]),
    ("Police said 2 of his bodyguards died in the attack.", &[("2", "killed:2")]),
    ("Four of her pupils were abducted from the school.", &[("Four", "abducted:4")]),
    // Round 14: what people are counted by is not people.
    ("The blast killed 40 tourists of 11 nationalities at the hotel.", &[("40 tourists", "killed:40")]),
    // Round 14b: a definite or possessive single victim whose head is in no noun
    // list, in the place of the one harmed (object of a cue, `the body of`, subject of
    // a passive cue), naming an office of a named place or people.
    ("Gunmen shot dead the mukhtar of Kafr Nabl on Tuesday.", &[("the mukhtar", "killed:1")]),
    ("The sarpanchi of Bhatpur village was found beheaded near the canal.", &[("The sarpanchi", "killed:1")]),
    ("Militants abducted the sheikh of the Bani Hassan clan near the well.", &[("the sheikh", "abducted:1")]),
    ("The body of the trekker was recovered from the gorge on Monday.", &[("the trekker", "killed:1")]),
    // A possessive single victim joined by `and` to a single victim a cue governs.
    ("A gunman shot dead his cousin and her husband in the bazaar.", &[("his cousin", "killed:1"), ("her husband", "killed:1")]),
    ("Robbers killed a rickshaw driver and his helper on the highway for refusing to pay.", &[("a rickshaw driver", "killed:1"), ("his helper", "killed:1")]),
    ("Rebels killed the headman of Lwe Ngin village and his son at their home.", &[("the headman", "killed:1"), ("his son", "killed:1")]),
    ("Unknown men injured his brother near the mosque.", &[("his brother", "injured:1")]),
    // Round 15: a lone article joined by `and` to a whole figure a cue governs is a
    // second object of the cue, when a known noun for people heads it.
    ("Raiders burned the camp, killing 4 herdsmen and a schoolteacher.", &[("4 herdsmen", "killed:4"), ("a schoolteacher", "killed:1")]),
    ("A landmine wounded 3 porters and an interpreter near the pass.", &[("3 porters", "injured:3"), ("an interpreter", "injured:1")]),
    ("Bandits kidnapped 2 engineers and a surveyor from the quarry.", &[("2 engineers", "abducted:2"), ("a surveyor", "abducted:1")]),
    // Round 15: a possessive before the next figure keeps the list (`and his 2 …`).
    ("A roadside bomb wounded a district officer and his 2 guards on Friday.", &[("a district officer", "injured:1"), ("2 guards", "injured:2")]),
    ("The police said 8 rangers and their 2 trackers were killed in the ambush.", &[("8 rangers", "killed:8"), ("2 trackers", "killed:2")]),
    // Round 15: a figure named as one of a group told before (`Among the dead was`,
    // `The dead included`, `the injured were`, `Among them was`).
    ("Among the dead was a retired nurse.", &[("a retired nurse", "killed:1")]),
    ("The dead included 6 pilgrims and a nurse.", &[("6 pilgrims", "killed:6"), ("a nurse", "killed:1")]),
    ("Among the dead was a mother of five.", &[("a mother", "killed:1")]),
    ("Doctors said the injured were 3 boys from the same school.", &[("3 boys", "injured:3")]),
    ("Shelling killed 11 people on Sunday. Among them was a baker who had opened his shop early.", &[("11 people", "killed:11"), ("a baker", "killed:1")]),
    ("Shelling killed 11 people on Sunday. Among them was a baker, 52, who had opened his shop early.", &[("11 people", "killed:11"), ("a baker", "killed:1")]),
    // Round 15: a beating is an injury; to death, a killing.
    ("Soldiers beat 4 vendors at the checkpoint.", &[("4 vendors", "injured:4")]),
    ("A night watchman was beaten by the thieves.", &[("A night watchman", "injured:1")]),
    ("A mob beat 2 suspected thieves to death.", &[("2 suspected thieves", "killed:2")]),
    ("The crowd was beating to death 3 alleged robbers when police arrived.", &[("3 alleged robbers", "killed:3")]),
    ("Two farmers were beaten and shot dead.", &[("Two farmers", "killed:2")]),
    ("Armed men beat and abducted a shopkeeper.", &[("a shopkeeper", "abducted:1")]),
    // Round 15: a part of the injured whose predicate tells no other fate is injured;
    // `decapitated` is a killing.
    ("Two of the wounded are in a critical condition, doctors said.", &[("Two", "injured:2")]),
    ("Four of the victims were decapitated.", &[("Four", "killed:4")]),
    // Round 15: a breakdown in brackets after an outcome word (`9 dead (…)`).
    ("Elders reported 7 dead (5 fighters and 2 herders) after the clash.", &[("7", "killed:7"), ("5 fighters", "killed:5"), ("2 herders", "killed:2")]),
    // Round 15: `a third` as an ordinal (not `a third of`); a bracketed gloss before
    // `and his …`.
    ("Two guards were shot dead and a third seriously wounded at the gate.", &[("Two guards", "killed:2"), ("a third", "injured:1")]),
    ("Raiders killed 2 herders and kidnapped a third near the well.", &[("2 herders", "killed:2"), ("a third", "abducted:1")]),
    ("Gunmen shot dead a tuk-tuk driver (rickshaw) and his cousin at the market.", &[("a tuk-tuk driver", "killed:1"), ("his cousin", "killed:1")]),
    // Round 15: the object of `leave` with an outcome word after it.
    ("The mine blast hit the truck, leaving a porter dead and another missing.", &[("a porter", "killed:1"), ("another", "missing:1")]),
    ("The raid left the watchman injured.", &[("the watchman", "injured:1")]),
    // Round 15: a single victim, an apposed name (and an age), then `and` a second
    // subject before the shared predicate.
    ("A nurse, Maria Lopes, 29, and her brother were shot dead outside the clinic.", &[("A nurse", "killed:1"), ("her brother", "killed:1")]),
    ("A village elder, Abdi Farah, and 3 of his grandsons were wounded by the shell.", &[("A village elder", "injured:1"), ("3", "injured:3")]),
    // Round 15: an injury told as its care or its wound.
    ("Nine passengers were treated at a clinic after the crash of the convoy.", &[("Nine passengers", "injured:9")]),
    ("Four students were rushed to hospital after the blast.", &[("Four students", "injured:4")]),
    // Round 16: taken or evacuated to a named hospital.
    ("Three porters were taken to Ridge hospital after the stampede.", &[("Three porters", "injured:3")]),
    ("A nurse was evacuated to a hospital in the capital.", &[("A nurse", "injured:1")]),
    // Round 16: `taken prisoner` is held, as `taken hostage`.
    ("Two rangers died and 5 others were taken prisoner by the raiders.", &[("Two rangers", "killed:2"), ("5 others", "abducted:5")]),
    ("At least 6 villagers sustained injuries in the clash.", &[("At least 6 villagers", "injured:>=6")]),
    ("A rickshaw puller suffered bullet wounds in the crossfire.", &[("A rickshaw puller", "injured:1")]),
    // Round 15: a list after a comma (`the legislator, his son and 9 others`); a
    // second object followed by `and` and another clause.
    ("The bomb killed the magistrate, his clerk and 4 others at the court.", &[("the magistrate", "killed:1"), ("his clerk", "killed:1"), ("4 others", "killed:4")]),
    ("Shelling killed 2 farmers and a shepherd and wounded 6 villagers.", &[("2 farmers", "killed:2"), ("a shepherd", "killed:1"), ("6 villagers", "injured:6")]),
    // Round 15: `chief` as a head noun (WordNet's counts read it mostly as an adjective).
    ("Gunmen shot dead the village chief near the market.", &[("the village chief", "killed:1")]),
    // Round 15c: a source's own bare count after a figure of its sentence takes its
    // outcome (the totals read it as a conflicting report).
    ("Medics reported 4 dead, residents said 7.", &[("4", "killed:4"), ("7", "killed:7")]),
    ("Police counted 3 bodies in the ditch, while a rights group reported 5.", &[("3 bodies", "killed:3"), ("5", "killed:5")]),
    ("Two soldiers were killed at the gate; the rebels said 12.", &[("Two soldiers", "killed:2"), ("12", "killed:12")]),
    // Round 15d: a death joined by `and`/`but` to the figure's own verb, which tells
    // no fate; a relative clause inside an apposition.
    ("Two porters were carried to a clinic in Tessit and died the same night.", &[("Two porters", "killed:2")]),
    ("Gunmen killed 3 guards. A 4th guard fled on foot but later succumbed.", &[("3 guards", "killed:3"), ("A 4th guard", "killed:1")]),
    ("A driver was arrested at the gate and his son died in the crossfire.", &[("his son", "killed:1")]),
    ("A third teacher, a volunteer who was with the group, was hurt by the blast.", &[("A third teacher", "injured:1")]),
    // Round 15d: `took X hostage`: `hostage` is the object's fate, outside the span.
    ("Pirates took 4 fishermen hostage near the coast.", &[("4 fishermen", "abducted:4")]),
    ("Bandits took a surveyor hostage near the quarry.", &[("a surveyor", "abducted:1")]),
    // Round 15d: an age after a lone article named as one of a harmed group.
    ("Among the dead was a 67 year old baker and a porter.", &[("a 67 year old baker", "killed:1"), ("a porter", "killed:1")]),
    ("The wounded included a 5-year-old girl from the camp.", &[("a 5-year-old girl", "injured:1")]),
    // Round 15d: a possessive victim with an apposed name, as `the driver, X, was …`.
    ("The judge escaped, but her clerk, Tomas Ruiz, was wounded in the arm.", &[("her clerk", "injured:1")]),
    // Round 16 (false positives on general news): the figures next to each new
    // rule still stand.
    ("Armed men beat 3 traders in the market on Friday.", &[("3 traders", "injured:3")]),
    ("A mob beat 2 men to death over a land dispute.", &[("2 men", "killed:2")]),
    ("Three hostage takers were shot dead by police after the siege.", &[("Three hostage takers", "killed:3")]),
    ("Hundreds have lost lives in the feud between the clans.", &[("Hundreds", "killed:>=200")]),
    ("The bombing on Sept. 3 killed 12 people.", &[("12 people", "killed:12")]),
    ("The jury found him liable for the 2003 deaths of two hikers.", &[("two hikers", "killed:2")]),
    ("A drunk driver stabbed to death a taxi driver in the port on Sunday.", &[("a taxi driver", "killed:1")]),
    ("Two brothers to die for killing a police officer.", &[("a police officer", "killed:1")]),
    ("Two men sustained bullet wounds in the attack.", &[("Two men", "injured:2")]),
    ("The bird flu outbreak killed 3 people and thousands of ducks.", &[("3 people", "killed:3")]),
    ("At least ten armed men shot to death the secretary of the village council on Friday.", &[("the secretary", "killed:1")]),
    ("Police recorded 4 deaths and 2 injuries after the clash.", &[("4 deaths", "killed:4"), ("2 injuries", "injured:2")]),
    ("Two of the 12 victims were children.", &[("12 victims", "casualties:12")]),
    // Round 16: a part named after `including`/`among them` later in the figure's
    // clause (a time, a place or a source between them), whatever its head noun.
    ("Raiders killed 9 herders near the wells on Sunday, including a boy and two elders.", &[("9 herders", "killed:9"), ("a boy", "killed:1"), ("two elders", "killed:2")]),
    ("Up to 8 guards died in the siege of the depot, the ministry said, including a warden.", &[("Up to 8 guards", "killed:<=8"), ("a warden", "killed:1")]),
    ("Militia fighters executed 5 men accused of theft, among them a ferryman, in the square.", &[("5 men", "killed:5"), ("a ferryman", "killed:1")]),
    ("The raid wounded 7 villagers at the well, among them her uncle.", &[("7 villagers", "injured:7"), ("her uncle", "injured:1")]),
    // Round 16: `aged N` after the head is no verb of its own.
    ("Six people were shot dead at the fair, among them a girl aged 11; the gunmen fled.", &[("Six people", "killed:6"), ("a girl", "killed:1")]),
    // Round 16: an age after a lone article where the phrase is the one harmed by its
    // place (right after a cue verb; the subject of a cue right after its head), and
    // an age alone as the noun of a part.
    ("A 12-year-old boy was wounded in the attack.", &[("A 12-year-old boy", "injured:1")]),
    ("The mortar round struck the yard, wounding a 9-year-old girl.", &[("a 9-year-old girl", "injured:1")]),
    ("A 41-year-old ferry pilot was also killed, police said.", &[("A 41-year-old ferry pilot", "killed:1")]),
    ("Two died (including a 15-year-old) and 6 were hurt.", &[("Two", "killed:2"), ("a 15-year-old", "killed:1"), ("6", "injured:6")]),
    ("A 52-year-old shopkeeper was stabbed and died on the way to the clinic.", &[("A 52-year-old shopkeeper", "killed:1")]),
    // Round 16: `fatally` makes a wound a death; ages after `aged` are no figures.
    ("Three smugglers were fatally shot at the river crossing.", &[("Three smugglers", "killed:3")]),
    ("Soldiers fatally wounded 2 fishermen near the jetty.", &[("2 fishermen", "killed:2")]),
    ("Two brothers aged 17 and 20 were stabbed to death outside a bar.", &[("Two brothers", "killed:2")]),
    // Round 16: a second object of a cue after `and`, definite or possessive (`its`
    // too), or a lone article with a modifier after it (a relative clause, a
    // participle); a body found is a death whatever its wounds.
    ("Bandits ambushed the lorry, killing its owner and a mechanic.", &[("its owner", "killed:1"), ("a mechanic", "killed:1")]),
    ("The mine killed 4 deminers and the team's medic.", &[("4 deminers", "killed:4"), ("the team's medic", "killed:1")]),
    ("Gunmen shot dead a tax collector and a guard escorting him at the toll gate.", &[("a tax collector", "killed:1"), ("a guard", "killed:1")]),
    ("The raid killed 3 guards and a porter who had stayed behind.", &[("3 guards", "killed:3"), ("a porter", "killed:1")]),
    ("The body of a shepherd was found with stab wounds near the well.", &[("a shepherd", "killed:1")]),
    ("Villagers recovered the body of a fisherman from the lagoon.", &[("a fisherman", "killed:1")]),
    // Round 16: any verb whose object ends `to death` killed it; a cue participle
    // with its agent right after a phrase after a preposition (a reduced relative).
    ("Youths were accused of clubbing a herdsman to death near the river.", &[("a herdsman", "killed:1")]),
    ("Traders closed their shops over a porter shot dead by soldiers last week.", &[("a porter", "killed:1")]),
    // Round 17 (s17-tolls): `between` with two numbers is a range; the sides of a
    // clash are no figure; a death of violence in custody stays one.
    ("Between 3 and 5 herders were killed at the well.", &[("Between 3 and 5 herders", "killed:3-5")]),
    ("A feud between 2 families left a farmer dead near the ford.", &[("a farmer", "killed:1")]),
    ("A prisoner died of ill-treatment in custody, his lawyer said.", &[("A prisoner", "killed:1")]),
    ("Nine villagers died of cholera in the camp last week.", &[("Nine villagers", "killed:9")]),
    // Round 17: a list right after a figure that names its parts and adds up to it
    // (after a colon; after a comma when the figure counts people in general).
    ("The ambush caused 2 deaths, a ranger and his cousin.", &[("2 deaths", "killed:2"), ("a ranger", "killed:1"), ("his cousin", "killed:1")]),
    ("The gunman fired into the hall, killing 9 people: 6 pupils and 3 teachers.", &[("9 people", "killed:9"), ("6 pupils", "killed:6"), ("3 teachers", "killed:3")]),
    ("The blast left 12 prisoners dead: 7 in block A, 4 in block C and 1 in the yard.", &[("12 prisoners", "killed:12"), ("7", "killed:7"), ("4", "killed:4"), ("1", "killed:1")]),
    ("Rockets struck the market, wounding 4 people, a vendor and her 3 sons.", &[("4 people", "injured:4"), ("a vendor", "injured:1"), ("3 sons", "injured:3")]),
    ("The feud caused one death, a farmer (a cocoa grower) hit with a club, and 3 people injured.", &[("one death", "killed:1"), ("a farmer", "killed:1"), ("3 people", "injured:3")]),
    // Round 17: no part where the words after the comma tell who said it, nor after
    // a lone article (an apposition names the same person), nor clauses of their own.
    ("The blast killed 1 person, a police spokesman said.", &[("1 person", "killed:1")]),
    ("Gunmen killed 2 people. A third victim, a porter, was taken to a clinic.", &[("2 people", "killed:2")]),
    // Round 17: a blow placed on a part of the body (WordNet's) is an injury.
    ("A street vendor was shot in the leg during the raid.", &[("A street vendor", "injured:1")]),
    ("Two nurses were slashed on their arms by the intruder.", &[("Two nurses", "injured:2")]),
    ("A bus conductor was stabbed in the left thigh and died in hospital.", &[("A bus conductor", "killed:1")]),
    // Round 17: `another` with a noun for people, or an adverb before its cue.
    ("A miner was shot dead and another critically wounded at the pit.", &[("A miner", "killed:1"), ("another", "injured:1")]),
    ("Soldiers killed a smuggler. Another porter was injured.", &[("a smuggler", "killed:1"), ("Another porter", "injured:1")]),
    ("The guards killed 3 raiders and wounded another woman near the gate.", &[("3 raiders", "killed:3"), ("another woman", "injured:1")]),
    // Round 17: a count told through `the figure` restates the figure before it.
    ("Residents said 40 people died. The ministry put the figure at about 25.", &[("40 people", "killed:40"), ("about 25", "killed:~25")]),
    ("The mayor said 14 were wounded, revising the figure to 9 later on.", &[("14", "injured:14"), ("9", "injured:9")]),
    // Round 17: one of a figure with its own predicate or a degree of its harm;
    // `fatally` after such a part makes it a death.
    ("Seven porters were hurt in the crush, one badly, when the gate gave way.", &[("Seven porters", "injured:7"), ("one", "injured:1")]),
    ("Three guards were injured and one later died in the clinic.", &[("Three guards", "injured:3"), ("one", "killed:1")]),
    ("At least 12 men were wounded in the raid, 3 of them fatally.", &[("At least 12 men", "injured:>=12"), ("3", "killed:3")]),
    // Round 17: `aged N` after a victim, then `and` a second victim with a noun for
    // people or `of his`: the second number counts people, not an age.
    ("Among the wounded were a ferryman aged 52 and three schoolgirls.", &[("a ferryman", "injured:1"), ("three schoolgirls", "injured:3")]),
    ("Raiders killed a herdsman aged 60 and 2 of his grandsons.", &[("a herdsman", "killed:1"), ("2", "killed:2")]),
    ("Two cousins aged 23 and 25 were shot dead at the bar.", &[("Two cousins", "killed:2")]),
    // Round 17: care for a wound, active or as a headline's reduced passive.
    ("Nurses at the mission treated 14 villagers for machete wounds.", &[("14 villagers", "injured:14")]),
    ("Police reported 3 dead, 25 treated for burns and 40 arrested.", &[("3", "killed:3"), ("25", "injured:25")]),
    // Round 17: an age written in words modifies the head; `was found` before the cue.
    ("The blast killed 2 seven-year-old twins and a teacher.", &[("2 seven-year-old twins", "killed:2"), ("a teacher", "killed:1")]),
    ("A 16-year-old shepherd was found stabbed to death near the well.", &[("A 16-year-old shepherd", "killed:1")]),
    // Round 17, wave 2: a part of the body lost (WordNet's) is an injury, also for one
    // of a figure before it.
    ("A schoolgirl lost an eye and 4 people were hurt at the bus stop.", &[("A schoolgirl", "injured:1"), ("4 people", "injured:4")]),
    ("Three herders were wounded by the mine; one lost both legs.", &[("Three herders", "injured:3"), ("one", "injured:1")]),
    ("A ferry worker lost his right eye and 2 others were wounded by pellets.", &[("A ferry worker", "injured:1"), ("2 others", "injured:2")]),
    // Round 17, wave 3: people taken by armed men who are no force of the state are
    // abducted; a part of the body lost is no victim of its own.
    ("Gunmen snatched 3 fishermen from a boat on Tuesday.", &[("3 fishermen", "abducted:3")]),
    ("Rebels seized 4 soldiers near the border post.", &[("4 soldiers", "abducted:4")]),
    ("Illegal loggers captured 6 villagers and held them for two days.", &[("6 villagers", "abducted:6")]),
    ("A carpenter lost a hand and two farmers were injured by the mine.", &[("A carpenter", "injured:1"), ("two farmers", "injured:2")]),
    // Round 18: a possessive victim or count of the victim's own people after an aside
    // about the first (a gloss, a name, a name and an age); a subordinate clause
    // after the second victim is no predicate of it.
    ("Gunmen killed a shopkeeper, Ali Musa, 40, and his wife at home.", &[("a shopkeeper", "killed:1"), ("his wife", "killed:1")]),
    ("Bandits killed a pastor (church elder) and his 2 sons at their farm.", &[("a pastor", "killed:1"), ("2 sons", "killed:2")]),
    ("Rebels abducted a chief (mwami) and 3 of his advisers.", &[("a chief", "abducted:1"), ("3", "abducted:3")]),
    ("Gunmen killed a trader, Mr. Ade Bello, and his driver.", &[("a trader", "killed:1"), ("his driver", "killed:1")]),
    ("Gunmen shot dead a teacher and his nephew as they left the school.", &[("a teacher", "killed:1"), ("his nephew", "killed:1")]),
    ("Militants kidnapped a surveyor and an engineer while they were mapping the road.", &[("a surveyor", "abducted:1"), ("an engineer", "abducted:1")]),
    // Round 18: an aged single victim, then a name set off by commas, then its cue.
    ("On Monday, a 30-year-old mechanic, Peter Mwangi, was shot dead by robbers.", &[("a 30-year-old mechanic", "killed:1")]),
    ("A 9-year-old boy, Ali Khan, was injured by a stray bullet.", &[("A 9-year-old boy", "injured:1")]),
    ("Gunmen killed a trader, and his 2 sons fled.", &[("a trader", "killed:1")]),
    // Round 18: a blow's object or a passive victim whose death the next clause
    // tells (a singular pronoun after a semicolon, or `The` and its own noun after a
    // full stop); a death certified (`pronounced dead`).
    ("A guard shot a burglar who attacked him; he died at the scene.", &[("a burglar", "killed:1")]),
    ("A soldier shot a taxi driver at a checkpoint. The driver died of his wounds on Sunday.", &[("a taxi driver", "killed:1"), ("The driver", "killed:1")]),
    ("A herder was attacked by villagers after a dispute; he died of his wounds at the clinic.", &[("A herder", "killed:1")]),
    ("A burglar was shot at the gate. He was pronounced dead at the scene.", &[("A burglar", "killed:1")]),
    // Round 18: a count before `the number of` a group with a cue participle; an aged
    // single victim `among the dead`, or joined by `and` to a possessive victim.
    ("The blast raised to 14 the number of soldiers killed by mines this year.", &[("14", "killed:14")]),
    ("The raid brought to 30 the number of people kidnapped in the district.", &[("30", "abducted:30")]),
    ("A 20-year-old student was among the dead.", &[("A 20-year-old student", "killed:1")]),
    ("A 62-year-old woman and her grandson were hacked to death on Monday.", &[("A 62-year-old woman", "killed:1"), ("her grandson", "killed:1")]),
    // Round 18: a headline's bare victim, at the start or after a place and a colon.
    ("Guard killed, two drivers hurt in depot raid", &[("Guard", "killed:1"), ("two drivers", "injured:2")]),
    ("Kasai: teacher dies in militia attack", &[("teacher", "killed:1")]),
    ("FISHERMAN KILLED IN BOAT ATTACK", &[("FISHERMAN", "killed:1")]),
    // Round 18: a reduced relative clause of harm, then a verb of dying as the main
    // predicate.
    ("Two farmers wounded in the raid died on Tuesday.", &[("Two farmers", "killed:2")]),
    ("One nurse injured during the shelling later died.", &[("One nurse", "killed:1")]),
    ("One of 3 fishermen kidnapped last year was found unharmed.", &[("3 fishermen", "abducted:3")]),
    ("Three soldiers wounded in the attack were flown to the capital.", &[("Three soldiers", "injured:3")]),
    // Round 18: the passive of round 17's taking by non-state men, with `by`.
    ("Three herders were seized by armed men from across the border.", &[("Three herders", "abducted:3")]),
    ("Eight soldiers died and six others captured by rebel dissidents.", &[("Eight soldiers", "killed:8"), ("six others", "abducted:6")]),
    ("Two fishermen were snatched by pirates.", &[("Two fishermen", "abducted:2")]),
    // Round 18: `more` (or `other` after one) ends a bare exact count's span.
    ("Two guards were killed and 3 more were wounded.", &[("Two guards", "killed:2"), ("3 more", "injured:3")]),
    ("One ranger was killed and 1 other injured in the ambush.", &[("One ranger", "killed:1"), ("1 other", "injured:1")]),
    ("Police said 4 died; more than 10 were hurt.", &[("4", "killed:4"), ("more than 10", "injured:>10")]),
    // Round 18: `the body of one` (or `one of them`, one of a group of people) found.
    ("Gunmen abducted 3 farmers; the body of one farmer was found 2 days later.", &[("3 farmers", "abducted:3"), ("one farmer", "killed:1")]),
    ("The body of one of the missing miners was found on Monday.", &[("one", "killed:1")]),
    // Round 18, second pass: a person noun written with a hyphen (`passer-by`) is one word.
    ("Gunmen fired on the market and a passer-by was wounded.", &[("a passer-by", "injured:1")]),
    ("A passer-by was slightly injured.", &[("A passer-by", "injured:1")]),
    ("Two passers-by were hurt by shrapnel from the blast.", &[("Two passers-by", "injured:2")]),
    // Round 19: a restrictive relative clause, then a second subject joined by `and`
    // before the predicate of both.
    ("A teacher who had refused to join the strike and his brother were shot dead.", &[("A teacher", "killed:1"), ("his brother", "killed:1")]),
    ("A driver who worked for the aid agency and two nurses travelling with him were killed.", &[("A driver", "killed:1"), ("two nurses", "killed:2")]),
    ("Four herders who had crossed into the reserve and a ranger were wounded.", &[("Four herders", "injured:4"), ("a ranger", "injured:1")]),
    // Round 19: `another` and a bare `one` of a group before a passive `beaten`.
    ("A trader was shot and wounded, and his cousin and another man were beaten.", &[("A trader", "injured:1"), ("his cousin", "injured:1"), ("another man", "injured:1")]),
    ("Guards detained 4 porters; one was beaten, a rights group said.", &[("one", "injured:1")]),
    // Round 19: a grave condition as an injury.
    ("Nine people were hurt in the brawl. One porter remained in critical condition.", &[("Nine people", "injured:9"), ("One porter", "injured:1")]),
    ("Two guards are in a serious condition in hospital.", &[("Two guards", "injured:2")]),
    // Round 19: a collective that modifies a noun for people (`family` is no adverb).
    ("A gang member was shot in the leg and seriously injured.", &[("A gang member", "injured:1")]),
    ("Gunmen stormed the house, killing a family member and injuring 2 others.", &[("a family member", "killed:1"), ("2 others", "injured:2")]),
    ("Two family members were abducted from the farm.", &[("Two family members", "abducted:2")]),
    ("Gunmen killed 4 members of one family on Sunday.", &[("4 members", "killed:4")]),
    // Round 19: a survival told with its wound, after an aside too.
    ("A fourth passenger survived with burns.", &[("A fourth passenger", "injured:1")]),
    ("A nephew, aged 9, survived with stab wounds.", &[("A nephew", "injured:1")]),
    // Round 19: a possessive victim with a hyphenated modifier or an age.
    ("Gunmen killed a farmer and his ex-wife at their home.", &[("a farmer", "killed:1"), ("his ex-wife", "killed:1")]),
    ("A trader and her 12-year-old son were wounded.", &[("A trader", "injured:1"), ("her 12-year-old son", "injured:1")]),
    // Round 19: a relative clause set off by commas, after the phrase's own
    // prepositional phrase, or long enough to pass the cue's usual reach.
    ("Nine miners at the pit, who fled into the bush, were reported missing.", &[("Nine miners", "missing:9")]),
    (
        "A carpenter, his wife and their three sons, who lived in a wooden house beside the old Kingston harbour road (St Andrew), were shot dead.",
        &[("A carpenter", "killed:1"), ("his wife", "killed:1"), ("three sons", "killed:3")],
    ),
    // Round 19: a cue in quotation marks; a patient in intensive care.
    ("The ministry said troops had \"neutralised\" 7 fighters near the border.", &[("7 fighters", "casualties:7")]),
    ("Police said they had 'neutralized' 3 gang members in the raid.", &[("3 gang members", "casualties:3")]),
    ("A nurse remains in intensive care after the blast.", &[("A nurse", "injured:1")]),
    // Round 19: a shooter's suicide; `shooter` is a noun for people.
    ("A man opened fire in a bar, killing 4 people. The gunman then shot himself.", &[("4 people", "killed:4"), ("The gunman", "killed:1")]),
    ("Police said the shooter was found dead in his car.", &[("the shooter", "killed:1")]),
    // Round 19: the object of an active blow that lands on a part of the body.
    ("A guard shot the robber in the thigh as he fled.", &[("the robber", "injured:1")]),
    ("A stone thrown from the crowd struck a traffic warden on the head.", &[("a traffic warden", "injured:1")]),
    // Round 19: a blow told before its care.
    ("Three guards were assaulted and treated at the district hospital.", &[("Three guards", "injured:3")]),
    // Round 19: an outcome word before a noun for people: the noun joins the span,
    // and a later fate in the predicate wins.
    ("The clash left 1 fatality and 6 injured soldiers.", &[("1 fatality", "killed:1"), ("6 injured soldiers", "injured:6")]),
    ("Two wounded policemen died in hospital on Sunday.", &[("Two wounded policemen", "killed:2")]),
    // Round 19, second pass: a wound, then a death in the main predicate past a
    // clause of the participle's own, or joined to a passive wound by `and`.
    ("A miner wounded when the roof of the tunnel gave way on 3 March died in hospital.", &[("A miner", "killed:1")]),
    ("A porter injured as the crowd fled the square last Friday succumbed on Monday.", &[("A porter", "killed:1")]),
    ("A 58-year-old farmer wounded by mortar fire near the village died overnight.", &[("A 58-year-old farmer", "killed:1")]),
    ("A guard was stabbed outside the bank on Tuesday and died the next morning.", &[("A guard", "killed:1")]),
    // Round 19, second pass: an age apposed to a single victim, as a compound or
    // alone.
    ("A cashier, a 41-year-old woman, was shot in the arm.", &[("A cashier", "injured:1")]),
    ("a third miner, 52, was hurt in the blast.", &[("a third miner", "injured:1")]),
    ("Gunmen killed two guards; a third, a 19-year-old, died later.", &[("two guards", "killed:2"), ("a third", "killed:1")]),
    // Round 19, second pass: an injury told as its wound or care after a relative
    // clause.
    ("A cyclist who tried to pass the checkpoint was shot in the arm.", &[("A cyclist", "injured:1")]),
    ("Three porters who carried the injured out were treated for smoke inhalation burns.", &[("Three porters", "injured:3")]),
    // Round 19, second pass: `another` and a noun for people, after an age set off
    // by commas too, whose injury is told as its care.
    ("Two guards died; another guard, 31, is in a serious condition.", &[("Two guards", "killed:2"), ("another guard", "injured:1")]),
    ("Another miner remains in intensive care.", &[("Another miner", "injured:1")]),
    // Round 19, second pass: a numbered figure of 1 glossed by a lone article in a
    // bracket (an age in a bracket stays none).
    ("1 fatality (a night watchman) and 3 injured guards were reported.", &[("1 fatality", "killed:1"), ("a night watchman", "killed:1"), ("3 injured guards", "injured:3")]),
    ("1 farmer (52) was killed.", &[("1 farmer", "killed:1")]),
    // (The death of someone else in the participle's clause is not the victim's.)
    ("A clerk injured when the driver later died at the wheel was sent home.", &[("A clerk", "injured:1"), ("the driver", "killed:1")]),
    ("A teacher hurt in the riot in which the mayor died has recovered.", &[("A teacher", "injured:1"), ("the mayor", "killed:1")]),
    // Round 19, second pass: `murders`, `homicides` and `killings` count the dead.
    ("The city logged 41 homicides last year.", &[("41 homicides", "killed:41")]),
    ("Police are investigating 3 murders in the valley.", &[("3 murders", "killed:3")]),
    // Round 20: `their` joins a single victim to a figure of more than one; `along
    // with` joins a possessive victim to a single victim a cue governs.
    ("Bandits shot dead two herdsmen and their uncle near the well.", &[("two herdsmen", "killed:2"), ("their uncle", "killed:1")]),
    ("A landmine killed 4 deminers and their supervisor.", &[("4 deminers", "killed:4"), ("their supervisor", "killed:1")]),
    ("Raiders killed a shopkeeper, along with his nephew, on Friday night.", &[("a shopkeeper", "killed:1"), ("his nephew", "killed:1")]),
    ("Militants abducted a priest along with his driver.", &[("a priest", "abducted:1"), ("his driver", "abducted:1")]),
    // Round 20: an aged single victim whose injury is told as its wound; an age told
    // as a decade after the noun.
    ("A 12-year-old girl was hit in the shoulder by a stray bullet.", &[("A 12-year-old girl", "injured:1")]),
    ("A woman in her sixties was shot in the arm outside the market.", &[("A woman", "injured:1")]),
    ("Police said a man in his early 30s died at the scene.", &[("a man", "killed:1")]),
    ("Three youths in their teens were wounded in the blast.", &[("Three youths", "injured:3")]),
    // Round 20: cuts as a wound; a wound received; a death after a reduced relative
    // of arrest; `local` before a noun no list holds.
    ("Two guards suffered cuts when the crowd broke the gate.", &[("Two guards", "injured:2")]),
    ("Four pupils received burn injuries in the fire set by the mob.", &[("Four pupils", "injured:4")]),
    ("A shepherd arrested at the checkpoint in May died in custody.", &[("A shepherd", "killed:1")]),
    ("Raiders killed a local omda and his son.", &[("a local omda", "killed:1"), ("his son", "killed:1")]),
    ("Unknown men abducted a local wali on Monday.", &[("a local wali", "abducted:1")]),
    // Round 20: a lone article set off by commas after `one of …` is the same
    // person; a passive cue in quotation marks (`liquidated` only so).
    ("A mortar hit the school, wounding 6 pupils; one of them, a 9-year-old, died on Friday.", &[("6 pupils", "injured:6"), ("one", "killed:1")]),
    ("Officials said 3 gunmen were 'liquidated' after the siege.", &[("3 gunmen", "killed:3")]),
    // Round 20: still in hospital.
    ("Four more farmers remain in hospital after the raid.", &[("Four more farmers", "injured:4")]),
    ("Two of his guards remained admitted at the district clinic.", &[("Two", "injured:2")]),
    // Round 20: a bracket after a figure holds its parts (a lone article after a
    // numbered 1; a part headed by a name).
    ("Shelling hit the market. Fatalities: 1 (a night watchman).", &[("1", "killed:1"), ("a night watchman", "killed:1")]),
    ("Rebels and troops clashed near the bridge. Fatalities: 5 (3 FARDC, 2 ADF).", &[("5", "killed:5"), ("3 FARDC", "killed:3"), ("2 ADF", "killed:2")]),
    ("The army said 4 insurgents were \"neutralized\" near the border.", &[("4 insurgents", "casualties:4")]),
    // Round 20 (second pass): an adverb between the auxiliary and the cue after an
    // aged single victim; an aged victim beaten; a blow told by the bullet that hit.
    ("A 19-year-old porter was seriously injured when the wall fell.", &[("A 19-year-old porter", "injured:1")]),
    ("Neighbours said a 64-year-old shopkeeper was beaten by the raiders.", &[("a 64-year-old shopkeeper", "injured:1")]),
    ("One marcher was hit by a rubber bullet near the square.", &[("One marcher", "injured:1")]),
    ("Two fishermen were struck by shrapnel when the shell landed.", &[("Two fishermen", "injured:2")]),
    // Round 20 (second pass): later items of an `including` list after a comma.
    (
        "The blast killed 14 people, including 5 pupils, a janitor and a bus driver.",
        &[("14 people", "killed:14"), ("5 pupils", "killed:5"), ("a janitor", "killed:1"), ("a bus driver", "killed:1")],
    ),
    (
        "Shelling wounded 9 people, including a nurse, a baker and two boys.",
        &[("9 people", "injured:9"), ("a nurse", "injured:1"), ("a baker", "injured:1"), ("two boys", "injured:2")],
    ),
    // Round 20 (second pass): `head` after a noun that names what it heads; a phrase
    // after `One of the dead was` renames the part, it is no second victim.
    ("Gunmen shot dead a hamlet head and his driver.", &[("a hamlet head", "killed:1"), ("his driver", "killed:1")]),
    ("Two school heads were wounded in the raid.", &[("Two school heads", "injured:2")]),
    ("A bomb killed 3 people. One of the dead was a tailor.", &[("3 people", "killed:3"), ("One", "killed:1")]),
    ("One of those injured was a cook.", &[("One", "injured:1")]),
    // Round 20 (second pass): still in care.
    ("Two pupils were still in hospital on Friday.", &[("Two pupils", "injured:2")]),
    ("A ranger, 31, is still in intensive care.", &[("A ranger", "injured:1")]),
    // (Not a phrase after a comma with no `and` after it: the source.)
    ("The attack killed 7 people, including 2 soldiers, a police officer said.", &[("7 people", "killed:7"), ("2 soldiers", "killed:2")]),
];

const DISTRACTORS: &[&str] = &[
    // Round 20: `head of` after a number counts animals; `their` after a figure with
    // no cue, `along with` with no victim before it.
    "Thieves drove off 40 head of cattle and killed 7 head of sheep.",
    "Police detained 3 suspects and their leader.",
    // Round 20: a killing threatened with words between the threat and `to`; animals.
    "A student was held after making threats online to kill 10 classmates.",
    "The caller was threatening in a voicemail to kill the judge.",
    "A donkey and a bull were killed by the shelling.",
    // Round 20: a cut that is no wound, threats received, a release after arrest.
    "The dockers suffered a cut in pay.",
    "The governor received threats after the vote.",
    "A man arrested in March was released on bail.",
    "The trading house was liquidated in 1998.",
    "Three senators remain in office after the vote.",
    "The minister travelled to the border along with his deputy.",
    // Round 20 (second pass): hit by what is no projectile; a comma after an
    // `including` part with no `and` after the next phrase.
    "The harvest was hit by a drought in the spring.",
    "The bus was struck by a falling tree on the road.",
    "The rowers reached the river head at dawn.",
    "The two ministers were still in office in May.",
    // Round 19 (s19-tolls): rhinos are animals (`not_people.txt`).
    "Rangers found the carcasses of 3 rhinos killed by poachers in the park.",
    // Round 15: a figurative object (WordNet's noun.person holds `spirit`, `soul` as
    // life forces, not people), an animal after `and`, an age, a count after `of`,
    // the object of a preposition (`a mother of five` in the figures above).
    "The walkout killed the spirit of the talks.",
    "The scandal hurt the soul of the party.",
    "The drone strike killed 3 goats and a mule near the river.",
    // Round 15c: a bare count after `said` with no figure before it in its sentence.
    "The army said 11 suspects were arrested; police said 3.",
    "Camera crews of two news channels were beaten up by the crowd.",
    "A third of the flooded houses were rebuilt.",
    // Round 15d: only a death joined to the figure's own verb is its fate.
    "Two smugglers were arrested at the gate and later released on bail.",
    "The hostage negotiators reached the port on Monday.",
    "Among the guests was a 67 year old baker.",
    "His cousin, Omar Diallo, said the road was closed.",
    // Round 16: a part after `including` in a later clause, or with no figure before it.
    "Police arrested 4 men at the port. The cargo, including a generator, was seized.",
    "The committee met 12 elders in the town, including a priest.",
    "He was leaving a shop when the power failed.",
    "Bandits robbed a shopkeeper, his wife said.",
    "The 3 suspects were taken to the police station.",
    "A reporter, Jane Doe, and the mayor said the road was closed.",
    "The shelling destroyed 12 cattle sheds near the river.",
    "Six miners, trapped underground for two days, were rescued on Friday.",
    "Police said 3 suspects, all members of a local gang, were arrested.",
    "Kurdish fighters secured a dozen villages from the terror group on Sunday.",
    "They took control of at least eight villages southeast of Kobani.",
    "The city is just 90 km (55 miles) west of Baghdad.",
    "NOW: 40% OFF",
    "Ministers from 20 countries will attend the meeting in Paris.",
    "The coalition deployed 2,000 fighters to the front.",
    "Some 500 rebels surrendered to the army on Friday.",
    "The government released 300 prisoners as part of the deal.",
    "ISIS freed 19 hostages after a ransom was paid.",
    "More than 4 million refugees have fled Syria.",
    "The fighting displaced 12,000 people from their homes.",
    // Round 16: an age after a lone article away from a cue is no victim.
    "A 12-year-old boy told reporters the market was closed.",
    "Police questioned a 30-year-old driver after the market was burned.",
    "A 25-year-old driver was stabbed in the scuffle and later arrested.",
    "Four suspects were taken to the police station for questioning.",
    "The prisoner was taken to court on Monday.",
    // Round 17: a blow on the body with no one harmed named, or a game's.
    "The ball hit him in the face after the whistle.",
    "Another porter was arrested at the gate.",
    "Exports rose 4 percent; analysts put the figure at 12 for the year.",
    "He scored 3 goals, one brilliantly, in the final.",
    "The clinic treated 40 patients for malaria last month.",
    "A 40-year-old clerk was found guilty of fraud.",
    "Two ten-year-old boys won the spelling prize.",
    "Prices rose 5 percent and one analyst was fired.",
    "She met another official on Monday.",
    // Round 17, wave 2: a loss told without an article or a side is an idiom.
    "The coach lost his head and a player lost face after the match.",
    "Four candidates lost their seats; one lost a bet on the result.",
    // Round 17, wave 3: police, soldiers and troops who seize people arrest them;
    // things seized are no victims.
    "Police seized 3 men at a checkpoint on Monday.",
    "Soldiers captured 12 insurgents in a raid on the camp.",
    "The army said troops captured 150 rebels near the lake.",
    "Bandits seized 5 cattle and 2 rifles from the herders.",
    // Round 18: an aged person named in apposition with no cue after it; a
    // possessive count after a victim with its own verb.
    "A 40-year-old farmer, Juan Perez, said he was attacked.",
    "Police said a 25-year-old man, John Doe, had been arrested.",
    "Police arrested a man (a trader) and his 2 sons.",
    "A soldier shot a taxi driver at a checkpoint. The soldier died of a heart attack.",
    "Police arrested a man on Monday; he died in custody.",
    "Three candidates were declared winners.",
    // Round 18, second pass: a hyphenated person noun with no cue of its own.
    "Police said a passer-by filmed the attack on his phone.",
    "He raised to 5 the number of goals scored this season.",
    "The body of one of the largest firms was found guilty of fraud.",
    "Twelve rebels were captured by soldiers.",
    "Four smugglers were seized by border guards.",
    "5 rebels were captured by the army.",
    "Coach killed off title hopes with a late substitution.",
    "Team doctor said the injured striker would miss the final.",
    "A 30-year-old man and his wife were arrested.",
    "A driver was hit in the wallet by the new fuel tax.",
    // Round 16: a body carried or placed at a protest counts no new victim; `its`
    // before a noun it modifies.
    "Mourners carried the body of a teacher through the town to protest.",
    "Leaders of the party and its youth wing were arrested.",
    // Round 16: a court's sentence is no killing; a phrase after a preposition with
    // no cue right after it is no victim.
    "A court sentenced 2 smugglers to death on Monday.",
    "Officers from a unit trained by foreign instructors arrived on Monday.",
    "The embassy suspended operations in 2012.",
    "The Security Council adopted Resolution 2254 unanimously.",
    "The four-year war shows no sign of ending.",
    "Isis militants are now just seven miles from the key highway.",
    "The military said it had eliminated a number of fighters.",
    "Several people were killed and many more were injured.",
    "A few soldiers were wounded in the exchange.",
    "The UN pledged $1.5 million in aid to 30,000 families.",
    "Oil prices rose 3 percent to $62 a barrel.",
    "ISIS now controls more than half of Syria's territory.",
    "The convoy of 40 trucks reached Aleppo at 10:30 on Monday.",
    "Flight 17 was shot down over Ukraine on 17 July 2014.",
    "The team won 3-1 against the visitors.",
    "One of the soldiers said the army had 5,000 troops in the area.",
    "No one was hurt in the blast.",
    "About 200 people attended the funeral of the victims.",
    "Police arrested 45 suspects after the riots.",
    "The regime has 50,000 soldiers in Aleppo province.",
    "Comeback Kid: How Netanyahu Took Back Power After 18 Months in Exile",
    "Exposed by dozens of security cameras",
    "The UK-based monitor has a network of 200 sources on the ground.",
    "Aid reached 12,000 people in the besieged town.",
    "The army evacuated 400 residents before the offensive.",
    "He was killed on 12 March near the border.",
    "She was killed 3 km from her home.",
    "A rebel post was shelled 12 hours after the truce began.",
    "Posted 3 hours ago | 1,203 views",
    "Updated 12:30 GMT",
    "Top 10 deadliest attacks of 2015",
    "A spokesman said 350 militants had surrendered and 40 had been captured.",
    "The UN Security Council voted 13-0 to condemn the attack.",
    "Syria's population was 22 million before the war.",
    "A 7-year-old and a 12-year-old were among those wounded.",
    "The militia lost 40 percent of its territory.",
    "Officers from an elite unit were deployed to the area.",
    "The raid was carried out by a special team after a tip-off.",
    "Police recovered 3 rifles and 40 rounds from the hideout.",
    "Police sealed 3 off-road tracks near the camp.",
    "Three 20-year-old students were arrested after the clash.",
    "A police station was attacked by a mob on Monday.",
    "Three nurses, who were on duty at the clinic, were praised by the minister.",
    "A shepherd was arrested by soldiers near the well. He was released on Friday.",
    // Round 12: a death sentence is no killing; a name in apposition with no fate.
    "A military court sentenced 9 men to death for the bombing.",
    "Police detained Rahim, a member of the gang, on Monday.",
    "Police arrested Rahim, a member of the gang, who shot the guard.",
    // Round 12 (s12-cas2): a part of a group no outcome governs is no figure.
    "Five delegates, including a retired judge, were named to the commission.",
    "One convoy was attacked in the morning and another hit 4 bridges at night.",
    // Round 12 (s12-cas2): an age between commas after a name.
    "Tomas Pereira, 27, was arrested after the robbery.",
    // Round 13: a killing threatened, intended or tried is no event.
    "The gang threatened to kill 4 hostages unless a ransom was paid.",
    "Gunmen tried to kill 2 judges outside the court but missed.",
    "Police foiled a plot to kill 3 ministers during the parade.",
    "A preacher offered a reward for killing a local writer.",
    "The rebels vowed to kill 50 soldiers in revenge.",
    "Two of its engines were damaged in the crash.",
    // Round 14: a threat names people not harmed.
    "Leaflets threatened 9 union organisers with death unless they left the district.",
    "The gang is threatening 20 shopkeepers who refuse to pay.",
    // Round 14b: an unknown head is a victim only as the office of a named place or
    // people in a harmed position; things and abstractions are not.
    "The strike killed the momentum of the peace talks.",
    "The shelling hurt the economy of the region badly.",
    "The bridge of Tal Afar was destroyed by the blast.",
    "The roof of the Jamia mosque was damaged in the blast.",
    "Gunmen shot dead the omda and fled.",
    // Round 16 (false positives on general news, docs/CASUALTIES.md): `beat` as a
    // win (a seeding after it, a contest in its sentence).
    "Garcia (Spain) beat 4 - Lindqvist (Sweden) 6-3 6-2",
    "Moreno beat the defending champion in straight sets.",
    "The striker beat two defenders to score the winner.",
    "The deal beat a rival offer from a Swiss group.",
    "She won the run-off, beating the incumbent with 55 percent.",
    // Round 16: a year or a month's abbreviation read as a count.
    "They lost the 1998 final to Brazil.",
    // Round 16: `lives` as a verb; a negated predicate; a planned or threatened harm.
    "The boy's uncle, Carlos Diaz, lives in Miami and wants custody.",
    "Police said the three passengers on board were not injured.",
    "Investigators say he planned the kidnapping of a local banker.",
    "A farmer blackmailed three neighbours with letters threatening death.",
    // Round 16: a head WordNet knows only as a thing; an outcome noun or word
    // modifying one; a compound with an outcome noun.
    "The league suspended the winger for one game for missing the team's flight.",
    "Officials said a 15th-century manuscript had disappeared from the library.",
    "The airline ordered up to 40 narrow-body jets on Monday.",
    "Vets found the virus in two dead geese near the lake.",
    "Two hostage negotiators arrived on Monday.",
    // Round 16: a plot told; a tally in a contest.
    "The novel follows a detective tracking a killer who has murdered five women.",
    "In the film, a soldier kills 20 guards to free his brother.",
    "Kim plays Jun, a farmer who kills his landlord after a flood.",
    "The champion took his tournament tally to nine with a header.",
    "The party won 40 seats, raising its tally to 112 in the assembly.",
    // Round 16 (dev-tolls5): an ordinal ranks a victim told of already; a second age
    // joined to the first; an outcome noun in a compound with another plural noun.
    "He was the 3rd journalist killed in the province this year.",
    "The two winners, aged 17 and 19, received their prizes on Monday.",
    "The lawyer said she had received 5 death threats since March.",
    // Round 16: a collective after a lone article; lives saved.
    "A Swiss couple was kidnapped near the border on Friday.",
    "Doctors said the new vaccine would save thousands of lives.",
    // Round 17 (s17-tolls): the sides of a clash after `between`; a natural death.
    "A brawl between two gangs of fans broke out after the match.",
    "Talks between 3 factions of the party collapsed on Monday.",
    "The old singer died of a heart attack at his home in 1998.",
    "A retired judge died from natural causes on Sunday, his family said.",
    "An inmate who was diabetic died of illness in the prison hospital.",
    // Round 18 (s18-tolls): a natural death in custody, the place before the cause.
    "A prisoner died in custody after falling ill, his family said.",
    "A detainee died in police custody of natural causes.",
    "An inmate died in prison after a long illness.",
    // Round 19: `and` after a relative clause opens no second subject without a noun
    // for people, nor one with a verb of its own.
    "A man who attacked a shop and the police station was arrested on Monday.",
    "A woman who reported the theft and police officers said the thief had fled.",
    // Round 19: a beating that is a defeat.
    "Both seeds reached the semi-finals; one was beaten 6-4 6-3.",
    "The holders lost their opener and another side was beaten on penalties.",
    "Two sides drew; one was beaten in the final.",
    // Round 19: a survival without a wound; a state not grave.
    "A family member said the victim had received threats.",
    "A teacher survived the attack without a scratch.",
    "The patient remained in stable condition.",
    "The economy remained in critical condition.",
    "Two farmers in the village, who had been shot at, said they were unhurt.",
    "The minister called the plan to \"kill\" 3 bills a mistake.",
    "The minister shot himself in the foot with the remark.",
    "The striker hit the ball in the corner of the net.",
    "The storm struck the village on the coast.",
    // Round 19, second pass: `another` person in office is not in care.
    "Another officer, 52, remained in office after the vote.",
    // Round 19, second pass: a clause whose fire `died down` tells no death.
    "A fire started when lightning hit the barn on 2 June died down by night.",
];

fn tag(text: &str) -> Vec<(String, String)> {
    let tagger = CasualtyTagger::build(&CasualtyOptions::default()).expect("builds");
    let doc = Document::new("t", text);
    let spans = tagger.annotate_alone(&doc);
    spans
        .iter()
        .map(|span| {
            assert_eq!(span.label, "CASUALTY", "label in {text:?}");
            let slice = text.get(span.start..span.end).unwrap_or_else(|| panic!("bad range in {text:?}"));
            assert_eq!(span.text(text), slice, "text is not the slice in {text:?}");
            (slice.to_string(), span.value.clone().unwrap_or_default())
        })
        .collect()
}

#[test]
fn casualty_figures_are_tagged_exactly() {
    let mut failures = Vec::new();
    for (text, expected) in FIGURES {
        let expected: Vec<(String, String)> = expected.iter().map(|(t, v)| (t.to_string(), v.to_string())).collect();
        let got = tag(text);
        if got != expected {
            failures.push(format!("{text:?}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows differ:\n{}", failures.len(), FIGURES.len(), failures.join("\n"));
}

#[test]
fn distractors_have_no_figures() {
    let failures: Vec<String> = DISTRACTORS
        .iter()
        .filter_map(|text| Some(tag(text)).filter(|got| !got.is_empty()).map(|got| format!("{text:?}: {got:?}")))
        .collect();
    assert!(failures.is_empty(), "spurious spans:\n{}", failures.join("\n"));
}

#[test]
fn the_table_is_large_enough() {
    assert!(FIGURES.len() + DISTRACTORS.len() >= 80);
}

#[test]
fn bundled_corpus_figures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora/aleppo-2015");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("utf-8 text");
            found.extend(tag(&text));
        }
    }
    found.sort();
    let expected = [
        ("almost a quarter of a million people", "killed:~250000"),
        ("at least 59 civilians", "killed:>=59"),
        ("at least 70 civilians", "killed:>=70"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(t, v)| (t.to_string(), v.to_string())).collect();
    assert_eq!(found, expected);
}

/// Document texts and the killed total expected (`SCHEME.md`, "Totals per document").
const TOTALS: &[(&str, Option<&str>)] = &[
    // Round 17: a list of parts that adds up to the figure before it is not added
    // again; a list of victims after a specific noun is.
    ("The gunman fired into the hall, killing 9 people: 6 pupils and 3 teachers.", Some("9")),
    ("The ambush caused 2 deaths, a ranger and his cousin.", Some("2")),
    ("The blast left 12 prisoners dead: 7 in block A, 4 in block C and 1 in the yard.", Some("12")),
    ("Gunmen killed 3 soldiers, 2 police officers and 4 civilians.", Some("9")),
    // Round 18 (s18-cas): a count before `the number of` killed `since` a date holds
    // other events' deaths; beside the event's own figure it is no toll of it.
    ("A ranger was killed on Monday, bringing to 19 the number of rangers killed since March.", Some("1")),
    ("A cook and his son were shot dead, bringing to 33 the number of people killed in the town since January.", Some("2")),
    // (Round 19: the clause test reads 14 words after the figure, so one period test
    // covers a `since` this far.)
    ("A trader was shot dead, bringing to 41 the number of people killed in gang violence in the old city since June.", Some("1")),
    // Round 17: the same toll restated through `figure` in its sentence: the lowest.
    ("The agency said 6 miners died, correcting its earlier figure of 10.", Some("6")),
    ("Officials said 50 died before revising the figure to 31.", Some("31")),
    // Round 17: a part told by the degree of its harm is not added again.
    ("Nine traders were shot dead, one execution-style, and 4 were hurt, one critically.", Some("9")),
    ("Three soldiers and two civilians were killed in the ambush.", Some("5")),
    ("The blast killed 12 people, including 2 children.", Some("12")),
    ("5 villagers (2 women and 3 men) died in the fire.", Some("5")),
    ("Bus bomb kills 9. A bomb on a bus killed 9 passengers on Monday.", Some("9")),
    ("Officials said 4 people were killed. The rebels claimed they killed 20 soldiers.", Some("4")),
    ("At least 3 policemen and 2 guards were killed.", Some(">=5")),
    ("Between 2 and 4 people were killed. A trader was shot dead nearby.", Some("3-5")),
    ("Six people were killed. The death toll later rose to 8.", Some("8")),
    ("Two people were injured in the blast.", None),
    ("Residents staged a protest against the killing of 3 students last month.", None),
    // A protest verb takes its grievance as object; protesters and rioters report a
    // protest; anger at a death links it (an earlier event's toll, not this report's).
    ("Dock workers protested the death of a crane operator on Monday.", None),
    ("Villagers blocked the highway to protest the alleged custodial death of a farmhand.", None),
    ("Protesters threw stones at the police, demanding accountability for the killing of 4 porters.", None),
    ("Traders rioted in the market after 2 shopkeepers were shot dead by the police.", None),
    ("Outraged by the murder of 6 miners, unions staged protests across the district.", None),
    ("Rioters burned tyres in retaliation for 3 students being killed by the police.", None),
    // The protest is the scene: its toll stays.
    ("During the protest, the police shot dead 3 marchers.", Some("3")),
    ("5 people were killed when troops fired on the demonstrators.", Some("5")),
    ("Eight soldiers were killed, injured or captured in the battle.", None),
    // A definite single victim counts only when no earlier figure covers it.
    ("The driver died after the attackers set the depot on fire.", Some("1")),
    ("A trader was shot dead in the bazaar. The trader was killed by two gunmen.", Some("1")),
    ("Three soldiers were killed in the ambush. The driver was also killed.", Some("3")),
    ("A shopkeeper and his nephew were stabbed to death in the market.", Some("2")),
    // Round 6: a running total far from `toll`, its increment not added again.
    ("Four passengers were killed. One more victim died later. The death toll from the bus attack rose to five.", Some("5")),
    ("Three were killed on Monday. The death toll in the attack on the bus depot rose to 6 as three more died.", Some("6")),
    // The killing a reprisal answers is another event's toll.
    ("Rebels burned a police post in retaliation for the killing of 4 of their comrades.", None),
    ("Troops killed 20 rebels in revenge for the deaths of 9 soldiers.", Some("20")),
    // A subset of `their` is a part; a source that `told` a reporter is a report.
    ("Nine people died in the clash. The rebels said seven of their fighters died.", Some("9")),
    ("Two people were killed. A villager told reporters the gunmen killed four people.", Some("2")),
    // A death that causes a protest or unrest in its sentence is the grievance.
    ("The death of a porter in a fall led to a violent clash between workers and guards.", None),
    ("The murder of a shopkeeper sparked a protest by traders.", None),
    ("A bomb killed 4 people and sparked panic in the market.", Some("4")),
    // A participle of causing after the event's own clause is its consequence.
    ("Two guards were shot dead at the gate, triggering tension in the town.", Some("2")),
    // `another` adds one; an earlier event dated `ago` / `last year` does not count.
    ("Two smugglers were killed at the border while another died in hospital.", Some("3")),
    ("Rebels shelled the post whose troops had killed 7 rebels a month ago.", None),
    // Round 7: the killing someone is accused, charged or arrested for is an
    // earlier event's toll.
    ("Police arrested Rahim, accused in the murder of a shopkeeper.", None),
    ("The court charged the captain with the killing of 3 fishermen.", None),
    ("Villagers met to discuss the alleged killing of 12 herders by soldiers.", None),
    // An event that follows a death: the death is its cause, not its toll.
    ("Students clashed with the police after the death of a classmate.", None),
    ("Following the killing of 2 traders, shopkeepers closed the market.", None),
    ("Two traders died after the blast in the market.", Some("2")),
    // `earlier` dates an earlier event, after the figure or as `an earlier …` before it.
    ("Mourners gathered for the funeral of 2 students killed by the police in an earlier clash.", None),
    ("Clashes broke out after an earlier attack in which a guard was killed. Three rebels were killed.", Some("3")),
    // Round 8: a protest that refers back to a death told in another sentence.
    ("A night watchman was beaten to death near the mill. In protest, his colleagues blocked the gate.", None),
    ("Two boatmen drowned after guards fired at their boat. The killings set off protests along the river.", None),
    ("Shopkeepers shut the bazaar in protest against a tax. A porter was shot dead nearby.", Some("1")),
    // Round 8: `N weeks after` dates the clause it opens as an earlier event.
    ("Rival gangs fought in the bazaar, barely a week after their quarrel left a cook dead.", None),
    ("A week after the floods, 3 boatmen drowned in the river.", Some("3")),
    // Round 10: more links from a protest or commemoration to its grievance:
    // `upon` (as `after`), the news of a death, paying respects or tribute, the
    // victims' kin, and taking to the streets.
    ("Farmers rioted at the depot upon hearing that a tractor driver had been killed by guards.", None),
    ("Weavers protested in the square as news spread of guards shooting dead 3 mill workers.", None),
    ("Hundreds of students paid tribute to the 4 lecturers who were killed in the raid.", None),
    ("Monks gathered at the pagoda to pay their respects to two novices who were murdered.", None),
    ("The relatives of Tariq Aziz, a porter killed by guards, staged a protest at the gate.", None),
    ("Fishermen took to the streets demanding the truth about a boy who was shot dead by guards.", None),
    // … while the protest as the scene keeps its toll.
    ("Two marchers were shot dead as the protest reached the bridge.", Some("2")),
    // Round 10: a figure in an `after` clause of a sentence with its own toll is
    // the event that toll follows, or the same victims told again; not added.
    ("12 rebels were killed in shelling after gunmen shot dead two guards at the camp.", Some("12")),
    ("At least two people died after a mob lynched three thieves in the market.", Some(">=2")),
    // A comma after `after` closes its clause: the later figure is new victims.
    ("One soldier was killed after the convoy was ambushed, and 2 more died later.", Some("3")),
    // Round 10: a later sentence opening with a bare `Earlier,` is background, also
    // after a period glued to it; `Earlier on Monday,` dates the event itself.
    ("Two guards were shot dead at the depot. Earlier, 5 porters died in a fire at the mill.", Some("2")),
    ("A bus was set on fire in the town, the police said.Earlier, 12 passengers died in such attacks.", None),
    ("Earlier on Monday, 4 farmers were killed in the raid on the village.", Some("4")),
    // Round 11: a later sentence equal to an earlier toll is a repeat, unless its
    // figure is told as more victims (`also` before the cue that follows or governs it).
    ("Two porters were killed when the bridge was shelled. 2 soldiers were also killed in the fighting.", Some("4")),
    ("A miner died in the blast at the pit. A guard also died at the gate.", Some("2")),
    ("Three herders were shot dead near the well. The raiders also killed three traders on the road.", Some("6")),
    ("Three herders were shot dead near the well. Police also said three people were killed.", Some("3")),
    ("Three herders were shot dead near the well. 3 herders were killed, police said.", Some("3")),
    // Round 11: a protest over a death named as known (`to protest the death of the
    // guard`) in one sentence makes the death told in another its grievance.
    ("Traders shut the market to protest the death of the guard. One guard died in a clash with looters on Monday night.", None),
    ("Traders shut the market after the killing of the guard. One guard died in a clash with looters on Monday night.", Some("1")),
    // Round 11: a relative clause set off by commas, and a death told in the next
    // sentence, give single victims whose tolls add.
    ("A ferry pilot, who was hurt when the boat hit a mine, died in hospital.", Some("1")),
    ("A shepherd was beaten by soldiers near the well. He died in hospital two days later.", Some("1")),
    // Round 12: a headline on its own line is its own sentence (the body repeats it).
    ("FOUR MINERS KILLED IN LANDSLIDE\nFour miners were killed when the pit wall gave way.", Some("4")),
    // Round 12: a running total replaces, though a headline told it first.
    ("Toll in market blast rises to 9\nEight people died on Friday; a porter died on Saturday, raising the toll to 9.", Some("9")),
    // Round 12: a second source's count of one toll in a contrasting clause, and
    // `admitted`: the lowest.
    ("The monitor reported the deaths of 11 soldiers in the ambush, while state media said 4 soldiers died.", Some("4")),
    ("The rebels said dozens of troops died in the assault; the army admitted 6 dead.", Some("6")),
    ("Gunmen killed 3 guards at the gate while 2 porters were shot dead in the yard.", Some("5")),
    // Round 12: an `earlier` that qualifies a report dates the report, not the event;
    // a span of time since a killing makes it an earlier event.
    ("The toll from the ferry fire rose to 21, officials said, after earlier reports put it at 15.", Some("21")),
    ("Relatives lit candles on Sunday, a year since the killing of 4 traders by gunmen.", None),
    // Round 13: a report's summary line (`Fatalities: N`, `Killed: N`) states its toll:
    // it replaces the figures told before it.
    ("Raiders shot dead 2 guards and a cook at the depot. Fatalities: 3.", Some("3")),
    ("Troops killed 9 rebels in two clashes; 2 soldiers also died. Fatalities: 11.", Some("11")),
    ("A bomb killed 4 shoppers; the bomber also died. Fatalities: 5", Some("5")),
    ("Fatalities: 2. Two farmers were shot dead in their field.", Some("2")),
    ("Killed: 6 (4 rebels, 2 soldiers). Wounded: 3.", Some("6")),
    // Round 13: a part with its own number inside an `including` aside is a part.
    ("At least 9 people including a driver and 3 students of a college were killed in the blast.", Some(">=9")),
    // Round 13: the active `put the dead at N` with a second source: the lowest.
    ("The governor put the dead at 30, while local leaders said more than 80 people were killed.", Some("30")),
    ("Villagers were beaten by a mob, one of whom died later.", Some("1")),
    // Round 12 (s12-cas2): a single victim after `including`/`among them` is a part,
    // not one more.
    ("Four pilgrims, including a 70-year-old woman, were crushed to death at the gate.", Some("4")),
    ("The landslide left 7 dead, among them a schoolteacher, the mayor said.", Some("7")),
    ("The raid killed 6 herders, including 2 brothers and an old shepherd, the elders said.", Some("6")),
    ("A watchman was killed and another wounded when the depot was raided.", Some("1")),
    // Round 12 (s12-cas2): a breakdown between spaced dashes is not added again.
    ("Deaths were put at 9 - 7 miners and 2 guards - after the collapse.", Some("9")),
    ("Six pilgrims (4 men and a girl) drowned when the ferry sank.", Some("6")),
    // Round 15: a figure named as one of a group told before is a part, not more.
    ("A bomber killed 23 worshippers, police said. Among the dead were the imam and his two sons.", Some("23")),
    ("Clashes killed 17 people. The dead included 5 soldiers.", Some("17")),
    ("Twelve people died in the raid. One of those killed was a policeman.", Some("12")),
    // Round 15: a second object of the cue adds up.
    ("Raiders burned the camp, killing 4 herdsmen and a schoolteacher.", Some("5")),
    // Round 14: a toll counted over a period beside the event's own figures.
    ("Two more guards were killed on Monday. The toll since last March has reached 41.", Some("2")),
    ("Four traders died in the ambush. The tally since the start of the war stands at 900.", Some("4")),
    ("The toll since the blast has risen to 9.", Some("9")),
    // Round 14: a source's own count of the toll (`put the toll at`) is a
    // conflicting report: the lowest is kept; a later revision still replaces.
    ("At least 20 miners died in the collapse, the company said. Union leaders put the toll at 45.", Some(">=20")),
    ("Rebels killed 30 villagers, officials said. Residents placed the death toll at 52.", Some("30")),
    ("Seven people died in the flood. Officials later put the toll at 11.", Some("11")),
    // Round 14: a count told as older (`earlier`, `initially`, `had put`) does not
    // replace the latest one.
    ("The death toll from the riot rose to 28, the ministry said. Earlier the ministry had put the toll at 19.", Some("28")),
    // Round 14: `last week's` names an earlier event before a relative clause.
    ("Farmers visited the village hit by last week's raid that left 6 herders dead.", None),
    // Round 15b: a partitive of a group no earlier figure counted names victims of
    // its own (not a part or a repeat); of the dead, the
    // victims or the counted noun it is a part; the injured who die add.
    ("A trader was shot dead at the market. His guards fired back, killing one of the robbers.", Some("2")),
    ("Bandits killed 3 herders near the well; 2 of the bandits were also killed.", Some("5")),
    ("Six porters were killed in the blast. Two of the dead were boys.", Some("6")),
    ("Nine miners were killed in the raid. Three of the miners were foreigners.", Some("9")),
    ("Four guards were killed and 3 were hurt; one of the injured died on Friday.", Some("5")),
    ("A clash left 3 rebels dead. The toll rose to 6 as 3 of the injured died in the clinic.", Some("6")),
    ("One ranger and three members of the gang were killed in the shootout.", Some("4")),
    // Round 15b: a relative clause of the event the report's own follows from
    // (a cause link after the main clause) or of a history is background.
    ("Shops stayed shut in the town following a bomb blast which left 4 traders dead.", None),
    ("Troops combed the forest after the ambush that killed 6 rangers.", None),
    ("The district, known for a long history of feuds in which scores of men died, was calm.", None),
    ("After the raid which killed 3 rebels, troops seized their guns.", Some("3")),
    ("Police opened fire after midnight, which left 2 porters dead.", Some("2")),
    ("Villagers fled after the army said that 5 rebels were killed.", Some("5")),
    ("Pupils gathered to mark two years since the raid on the school in which 31 children were killed.", None),
    // Round 15b: a second source's toll in a `while` clause is a conflicting report
    // even when it is told as a toll (`put the toll at`): the lowest is kept.
    ("The army said 12 rebels were killed, while the rebels put the toll at 4.", Some("4")),
    // Round 15b: a count revised in its sentence replaces the first one.
    ("Officials first said 9 guards were killed, then revised the figure to 6 dead.", Some("6")),
    ("Officials said 9 guards were killed and later raised the toll to 11.", Some("11")),
    // Round 15b: `N fatalities.` as a sentence of its own states the note's toll.
    ("Gunmen shot dead a shopkeeper and his son near the bazaar. 2 fatalities.", Some("2")),
    // Round 15b: the first figure of a sentence in an `after` clause that follows the
    // sentence's own event is the cause of that event, background.
    ("Angry villagers stoned a police post after two herders were killed in a raid.", None),
    ("After two herders were killed in a raid, troops stormed the village.", Some("2")),
    ("Three rangers were killed after gunmen stormed the post.", Some("3")),
    // Round 15c: a toll told as the whole (`Overall`, `In all`, `in all.`, `a total
    // of`) is a superset of the figures before it, not a competing or further count.
    (
        "Gunmen killed a headman and 2 of his brothers in the first village. Overall, the raids left 40 people dead, officials said.",
        Some("40"),
    ),
    ("Two guards died at the gate and 3 pilgrims inside the shrine. In all, 11 people were killed, police said.", Some("11")),
    ("Four miners were killed on Monday. Police said 30 people died in all.", Some("30")),
    ("A soldier was shot dead at a checkpoint. A total of 6 people were killed in the two attacks, the army said.", Some("6")),
    ("Three soldiers were killed near the dam. In total, 10 people died.", Some("10")),
    // … but a smaller `overall` count is still a conflicting report (lowest kept), and
    // `overall` inside a phrase marks nothing.
    ("Police said 12 people were killed. Overall, 9 people died, the rebels said.", Some("9")),
    ("Three soldiers were killed in the morning. Later the overall commander of the rebels and 5 of his men were killed.", Some("8")),
    // Round 15c: a source's own bare count in the sentence of another figure is a
    // conflicting report: the lowest is kept.
    ("Medics reported 4 dead, residents said 7.", Some("4")),
    ("Police counted 3 bodies in the ditch, while a rights group reported 5.", Some("3")),
    ("Two soldiers were killed at the gate; the rebels said 12.", Some("2")),
    // Round 17 (s17-tolls): a breakdown after a colon is the whole's, not added to it.
    ("A gunfight at the market left 5 dead: 4 robbers and a guard.", Some("5")),
    ("Three men were killed: a driver and his 2 brothers.", Some("3")),
    ("The blasts killed 40 people: 22 in the port, 12 at the station and 6 in a mosque.", Some("40")),
    // … but a colon far from the figure opens no breakdown.
    ("Two guards were killed at the depot on Monday, police said: 3 rebels were killed later.", Some("5")),
    // A running total through `the number of` the dead replaces the figures before it.
    ("Rescuers found the bodies of 3 miners, raising the number of dead to 17.", Some("17")),
    ("Four more bodies were pulled out, bringing the number of people killed to 12.", Some("12")),
    // A second source's count after `while`, the first source told after its figure.
    ("The raid killed at least 8 people, the mayor said, while a rights group put the toll at 15.", Some(">=8")),
    ("The blast killed 4 people, according to police, while medics counted 9 deaths.", Some("4")),
    // A later source's count in its own sentence: the lowest is kept.
    ("The riot left 30 inmates dead; relatives disputed the toll and said 60 had died.", Some("30")),
    ("Witnesses said 9 people were shot dead; police could confirm only 5 bodies.", Some("5")),
    ("Activists said 70 people were killed. Monitors later documented 45 deaths.", Some("45")),
    // `out of` another number: the whole group is no figure, so no toll of 30 (the
    // bare part `6` is not read either: a recall gap, left as it was).
    ("Police said 6 out of 30 pilgrims on the boat drowned.", None),
    // A definite victim joined by `and` to another figure is one more victim, not one
    // told before; alone after a figure it still refers back.
    ("The driver and 2 passengers were killed when the bus overturned.", Some("3")),
    ("Rebels shot dead the chief of Kamba village and 2 of his sons.", Some("3")),
    ("Two passengers were killed when the bus overturned. The driver was also killed.", Some("2")),
    // A total whose period comes after it holds other events' deaths.
    ("Gunmen killed 2 herders on Monday, bringing the total to 9 dead since 3 March, including 4 children.", Some("2")),
    // Round 18 (s18-tolls): a count over a period, wherever the period stands in its
    // clause, is background beside a figure of the event's own.
    ("Gunmen killed 3 villagers on Monday. The toll since the fighting began rose to 40.", Some("3")),
    ("Police shot dead 2 men. Over the past month at least 17 people died in the clashes.", Some("2")),
    ("Rebels killed 4 herders on Friday; 30 people have been killed in the area this year.", Some("4")),
    ("A guard was shot dead on Tuesday. In the last three months 14 guards have been killed.", Some("1")),
    ("Since January, 40 people have died in the district. On Monday two soldiers were killed.", Some("2")),
    ("Two soldiers were killed in Kandep, where 40 people have died since January.", Some("2")),
    // The event's own running total still replaces; a period's parts are no figures
    // of the event; a count over a period alone stays.
    ("Two people were killed on Sunday. The death toll from Sunday's attack rose to 9.", Some("9")),
    ("Two people were killed on Sunday. The toll since the attack rose to 5.", Some("5")),
    ("Clashes have killed at least 60 people over the past week. Among the dead were 3 children.", Some(">=60")),
    // (Round 19: over a long period, since a month or a year, a count alone is
    // background too, as dev-tolls8's decision P5 reads totals since a date.)
    ("Raids have killed 25 people in the province since March.", None),
    ("Raids have killed 25 people in the province since Friday.", Some("25")),
    // (Two rows of DATED_TOTALS that a date is no longer needed for.)
    ("Families rallied in the capital; some 90 bodies have been exhumed there since 2012.", None),
    ("The gang, held responsible for the deaths of over 30 farmers in the valley since March, fled.", None),
    // A comparison or the event's own hours name no period.
    ("Two guards were killed. The toll from the deadliest raid since 2019 rose to 7.", Some("7")),
    ("Two guards died on Monday. The death toll since last night rose to 6.", Some("6")),
    // A relative clause of a bare `after` noun is the event's own fighting; with a
    // determiner it names an earlier event.
    ("Rebels took the town after fighting in which 12 soldiers were killed.", Some("12")),
    ("Villagers attacked the post after a raid in which 3 herders were killed.", None),
    // A sentence opening with a span of time and `earlier` tells background.
    ("Herders reported cattle stolen on Monday. Three weeks earlier, bandits had killed a ranger near the river.", None),
    ("A soldier was killed on the road. A week earlier, 4 soldiers were killed in an ambush.", Some("1")),
    // `victims` refers to a figure told before.
    ("Gunmen killed 5 traders at the market. One victim was beheaded.", Some("5")),
    // A smaller figure after a running total is what the total grew from; a source's
    // count or victims told as more still count.
    ("Two wounded guards died in hospital, bringing the toll to 6. Four guards were killed in the raid itself.", Some("6")),
    ("The toll rose to 8, police said. Rebels said only 3 had died.", Some("3")),
    ("The toll from the raid rose to 6. Two more people were also killed in a second village.", Some("8")),
    ("The toll from the bombing rose to 40. In a separate attack, 3 soldiers were killed in the north.", Some("43")),
    ("The toll from the bombing rose to 40. Elsewhere, 3 soldiers were killed in the north.", Some("43")),
    // Victims named after `Among those killed were` with no figure before them are a
    // list of their own; after a whole they are its parts.
    ("Gunmen attacked the village on Monday. Among those killed were a farmer and two teenagers.", Some("3")),
    ("Three people were killed. Those killed were a trader aged 40 and two teenagers.", Some("3")),
    // A protest's grievance link (`over`, `against`) whose object is no death: the
    // verb after it takes the protest's own toll.
    ("Riots over a disputed election result left 12 people dead.", Some("12")),
    ("Protesters marched against the fuel tax; police killed 3 of them.", Some("3")),
    ("Workers protested against the killing of 2 miners.", None),
    ("Students held a protest after a guard allegedly murdered a cook.", None),
    // Ill-treatment in custody is a figure; a natural death there is none.
    ("A detainee died in custody after being beaten by guards.", Some("1")),
    // A wider count the victim is one of holds other events' deaths.
    ("The body of a trader was found on Monday; he was one of 9 people who died in the riots.", Some("1")),
    ("A driver was shot dead, the latest of 12 drivers killed in the city.", Some("1")),
    ("Police said the victim was one of the 4 guards killed in the raid.", Some("4")),
    // The month `March` is no protest march.
    ("On 3 March, the bodies of 3 herders were found in a well.", Some("3")),
    // A clause opening with `As` that tells the death a protest then answers.
    ("As the body of a porter was found in the canal, his family protested outside the station.", None),
    ("As troops fired on the crowd, 3 marchers were killed.", Some("3")),
    ("As many as 4 marchers were killed when police fired on the protest.", Some("<=4")),
    // Round 19: a sentence opening with a time before the report's dates its event.
    ("Police raided a hideout and arrested 9 men. Last year, the gang killed 14 villagers.", None),
    ("Troops patrolled the town. Two years ago, gunmen killed 8 farmers there.", None),
    ("Bandits killed 4 villagers on Monday. Last month, bandits killed 12 people nearby.", Some("4")),
    ("Soldiers guarded the market. Earlier this month, militants killed 6 traders there.", None),
    // (`Last week,` may be a weekly report's own event.)
    ("The army sent reinforcements. Last week, rebels killed 5 soldiers in the hills.", Some("5")),
    // Round 19: a count over a long period with no figure of the report's own event.
    ("The UN said more than 3,000 civilians had been killed in the conflict so far this year.", None),
    ("A mine wounded 3 soldiers. The army said 25 militants had been killed over the past two months.", None),
    ("The total number of people killed in the insurgency since 2009 now exceeds 30,000.", None),
    ("Officials said the unrest that began on 2 April had left 9 people dead, including a policeman.", None),
    ("The minister said that since 2016, 12 herders and 4 rangers had been shot dead in the park.", None),
    // Over a week or a few days it is the report's own toll.
    ("Clashes in the district have killed at least 40 people over the past week.", Some(">=40")),
    ("Clashes have killed 12 people this week, officials said.", Some("12")),
    // Round 19: a killing told with a modal, an intent, or a denial is not done.
    ("A bomb was found on a bus; police said it could have killed dozens.", None),
    ("The rebels said they would kill the 5 hostages unless a ransom was paid.", None),
    ("A man was held after threatening in a video to kill the governor.", None),
    ("The army denied reports that 20 civilians were killed in the raid.", None),
    ("Soldiers killed 3 rebels; the army denied that any civilians were hurt.", Some("3")),
    // Round 19: the anniversary of an earlier event: a span of time `since` it, or
    // years `after` it, with only participles or relatives after a comma.
    ("Residents laid flowers to mark three years since a gunman shot dead 7 people, among them a child.", None),
    ("Exiles marked ten years since troops stormed the square, killing more than 80 protesters.", None),
    ("The town held a service 15 years after the siege of the school, in which 30 pupils died.", None),
    ("Two days after the raid, 5 more people died of their wounds.", Some("5")),
    // Round 19: an epidemic's toll told beside a conflict event is background.
    ("Rebels fired on an army post; no soldier was hurt. The ministry recorded 25 cholera deaths in May.", None),
    ("Police dispersed a rally. Nearly 40 people have died of dengue in the district.", None),
    // Round 19: a figure joined by `and` to a background figure is background too.
    ("A court acquitted the man accused of ordering the murder of a judge and his driver.", None),
    ("Gunmen killed a judge and his driver on Monday.", Some("2")),
    // Round 19: a killing a court or an arrest is for, told with a verb; not an
    // accusation of another death.
    ("A soldier was convicted of murdering 2 women at a checkpoint.", None),
    ("A court sentenced two men to death for killing 5 traders.", None),
    ("Rebels said 2 fighters died and accused the army of killing a farmer.", Some("3")),
    // Round 19: a work about a killing.
    ("A film about the massacre of 40 villagers opened in the capital.", None),
    ("A journalist published a book on the killing of 12 students.", None),
    // Round 19, second pass: a `when` clause of a past time named right before it
    // (months or years `ago`); `days ago` may be the report's own event.
    ("Families gathered at the bridge that collapsed two years ago, when 17 commuters died.", None),
    ("Gunmen raided the market three days ago, when they killed 4 traders.", Some("4")),
    // An outbreak of diarrhoea or dysentery is a disease's toll.
    ("Troops shelled a camp. Aid workers said 30 children had died of dysentery since June.", None),
    // Round 19, second pass: a count of murders or homicides over a year or a month
    // is a crime statistic.
    ("Gunmen shot a bus driver in the leg. The province logged 214 homicides in 2021.", None),
    ("A shop was robbed on Friday. The town had 9 killings over the past two months.", None),
    ("Police are investigating 3 murders in the valley on Sunday.", Some("3")),
    // Round 19, second pass: the toll of an event lasting months or years; not an age.
    ("Peace talks resumed. The decade-long insurgency has killed 40,000 people.", None),
    ("The two-year siege of the town killed about 900 civilians, the envoy said.", None),
    ("A 30-year-old gunman killed 3 people at the market.", Some("3")),
    // Round 20: an inquest and an apology answer for a killing of the past.
    ("A coroner opened an inquest into the deaths of four hikers on Monday.", None),
    ("The governor apologised for the killing of six miners by the guards.", None),
    ("Soldiers shot dead 2 herders at a roadblock on Monday, and the army apologised.", Some("2")),
    // Round 20: a season or a month `last` dates an earlier event.
    ("Rebels burned a school. They had killed 8 teachers in the valley last summer.", None),
    ("Gunmen killed 3 guards at the mine last night.", Some("3")),
    // Round 20: a killing named by a death noun in a clause that tells a court's
    // decision, however far the verdict.
    ("A jury in Leeds convicted a 40-year-old driver of manslaughter in the deaths of three cyclists.", None),
    ("The court sentenced the gang leader to 30 years in prison for his part in the murders of six guards.", None),
    ("Gunmen killed six guards; the court had jailed their leader.", Some("6")),
    // Round 20: a definite victim or a part of a definite group after background
    // figures only refers back to their event; after a figure of the report's own it
    // stays as before.
    ("Crowds marked five years since the siege in which 20 pilgrims died. The gunman was later shot dead by police.", None),
    ("Crowds marked five years since the siege in which 20 pilgrims died. Three of the attackers were also killed.", None),
    ("Troops killed 4 rebels on Monday. Two of the rebels were commanders.", Some("4")),
    // Round 20: a condemnation of the report's own killing is no protest that makes
    // it another event's; a protest still is.
    ("Gunmen shot dead 3 farmers at a well. A rights group condemned the killing of the three farmers.", Some("3")),
    ("A guard was stabbed to death at the depot. In protest, porters blocked the gate.", None),
    // Round 20: an anniversary with a day between the span of time and `since`.
    ("The town marked two years on Sunday since the bombing in which 31 shoppers died.", None),
    // Round 20: a pluperfect killing in a sentence with a past marker.
    ("Officials said there had been 40 raids last year and that bandits had killed 75 villagers.", None),
    ("Bandits had killed 5 villagers by the time troops arrived on Monday.", Some("5")),
    // Round 20: a running total raised through `the death toll`, then `among them`.
    ("One man died at the scene, and doctors later raised the death toll to four, among them a nurse.", Some("4")),
    // Round 20: a later sentence opening with `Last year` without a comma, or with a
    // past marker in its opening phrase.
    ("Troops guarded the bridge. Last year a bus bomb on the same road killed 9 pilgrims.", None),
    ("Gunmen shot 2 guards on Sunday. In a similar raid last year, 11 miners were shot dead.", None),
    // Round 20, second pass: deaths of hunger are a deprivation's toll, as a disease's.
    ("Raiders looted a clinic. Doctors said 140 infants had died of malnutrition in the camps.", None),
    ("Aid workers said 35 people died of starvation in the besieged district.", None),
    ("Gunmen burned the granary and shot dead 4 farmers on Friday.", Some("4")),
    // Round 20, second pass: `accused of`/`blamed for` a killing right before it (a
    // passive or a reduced relative) charges its subject; the active `accused the
    // army of killing` with its object between is a claim of the report's victims.
    ("Police arrested 6 men on Monday. The militia is blamed for killing scores of herders in the hills.", None),
    ("Troops detained a commander accused of killing 12 traders.", None),
    ("Villagers accused soldiers of killing 3 herders on Sunday.", Some("3")),
    // Round 20, second pass: a claim told as more victims (`also`) adds to the toll.
    ("Militants ambushed a convoy on Friday, killing 4 soldiers, the army said. The rebels said they had killed 9 soldiers. The army said two militants were also killed.", Some("6")),
    ("Militants ambushed a convoy on Friday, killing 4 soldiers, the army said. The rebels said they had killed 9 soldiers.", Some("4")),
    ("Bandits raided a farm, killing 3 guards, police said. Police said a bandit was also shot dead.", Some("4")),
    // Round 20, second pass: an actor's record in a relative clause with the present
    // perfect (`who`, or `which` after a name); not one dated in the report's days.
    ("Herders fled the valley after rumours of a raid by the rebels, who have killed hundreds of farmers in the province.", None),
    ("Troops were deployed against Al-Qadr, which officials say has killed more than 300 villagers.", None),
    ("Police are hunting the gunmen, who have killed 5 people since Sunday.", Some("5")),
    ("Gunmen set off a car bomb in the crowded market, which has killed 14 people.", Some("14")),
];

/// Totals of notes with a creation date: a year well before it dates an earlier event.
const DATED_TOTALS: &[(&str, &str, Option<&str>)] = &[
    ("Villagers returned to the town where 40 pilgrims were killed in a 2009 bombing.", "2016-05-02", None),
    ("Over 30 villagers were massacred when troops burned the hamlet on March 3, 1998", "2015-02-11", None),
    // The year before, early in the report's year, may be the event told late.
    ("Three guards were killed in an attack on December 30, 2014.", "2015-01-04", Some("3")),
    ("Three guards were killed in an attack in 2014.", "2015-06-04", None),
    // A comparison, a relative clause and a pluperfect clause of another event date nothing.
    ("Nine people died in the blast, the deadliest since the 2008 attacks.", "2015-06-04", Some("9")),
    ("Two militants were killed, who had joined the group in 2011.", "2015-06-04", Some("2")),
    ("Two rebels were killed in a raid Karim had been jailed by a court in 2003.", "2015-06-04", Some("2")),
    // Round 18: `in` a month other than the report's dates an earlier event.
    ("Police arrested 3 men in connection with the killing of a trader in March.", "2019-05-03", None),
    ("Two guards were killed in an ambush in May.", "2019-05-03", Some("2")),
    // Round 18: a pluperfect before the figure's own predicate is that predicate.
    ("A trader from the same market had been killed in 2012.", "2016-06-10", None),
    // A pluperfect figure with a past marker anywhere after it.
    ("Twelve people had died when the ferry capsized near the jetty on the night of May 2 last year.", "2015-01-20", None),
    ("Twelve people died when the ferry capsized near the jetty on the night of May 2 last year.", "2015-01-20", Some("12")),
    // Round 14: an earlier event named with its own date before a relative clause
    // (a possessive month other than the report's, `last month's`, an early year).
    ("Crowds marched to the site of the 1994 massacre, in which about 800 villagers were killed.", "2019-04-07", None),
    ("Police questioned two men about March's bombing of the bus depot which killed 14 passengers.", "2017-08-10", None),
    // The report's own month dates the event itself.
    ("Three men were questioned about August's bombing of the depot which killed 14 passengers.", "2017-08-28", Some("14")),
    // Round 15b: `since` a month other than the report's counts over months.
    ("Fighting went on all week; 12 fighters were killed since Monday.", "2019-07-02", Some("12")),
    ("At least 6 people were killed in the clashes since July 1.", "2019-07-02", Some(">=6")),
    // Round 19: an opening year before the report's dates the sentence's event.
    ("Soldiers patrolled the town. In 2016, rebels killed 31 people there.", "2019-06-05", None),
    ("Rebels attacked the town. In 2019, they killed 3 soldiers there.", "2019-06-05", Some("3")),
    // Round 19: a killing named by an earlier year (`the 2015 killing of`).
    ("Villagers blamed a herder for the 2014 killing of 3 farmers.", "2018-02-13", None),
    ("Villagers blamed a herder for the 2018 killing of 3 farmers.", "2018-02-13", Some("3")),
    // Round 19: a month and year three months or more before the report.
    ("A court jailed 20 men for the May 2022 raid on the depot, in which 6 guards were killed.", "2023-01-20", None),
    ("Police named 2 suspects in the December 2022 raid on the depot, in which 6 guards were killed.", "2023-01-20", Some("6")),
    // Round 19, second pass: a `when` clause of an earlier year or month and year.
    ("The feud goes back to 2012, when raiders killed 9 herders near the well.", "2020-03-11", None),
    ("Tension has run high since March 2019, when a mob killed 3 farmers.", "2019-12-02", None),
    ("The feud flared again in 2020, when raiders killed 9 herders near the well.", "2020-03-11", Some("9")),
    // Round 20: the figure's own relative clause (`who died in the 2014 attack`) and a
    // decade date it; a relative that tells no killing in its first words does not.
    ("Mourners laid wreaths for the 12 firemen who died in the 2011 blaze at the depot.", "2019-09-14", None),
    ("The group carried out raids that killed 150 people in the 1980s.", "2019-09-14", None),
    ("The blast killed 6 recruits who enlisted in 2016.", "2019-09-14", Some("6")),
    ("Gunmen shot dead 3 men who had been freed from jail in 2015.", "2019-09-14", Some("3")),
    // Round 20: a later sentence opening with an earlier year without a comma (`In
    // 2017 …`) or with a month other than the report's (`In February,`).
    ("Troops guarded the bridge. In 2017 a similar raid on the village killed 14 farmers.", "2021-05-03", None),
    ("A mine hit a tractor and nobody was hurt. In February, a rocket killed 6 herders near the well.", "2021-05-03", None),
    ("Rockets hit the depot on Monday, killing 2 guards. In May, a drone killed 4 guards there.", "2021-05-03", Some("6")),
    ("Bus drivers went on strike on Monday. During a similar strike in 2019, police shot dead 3 drivers.", "2022-05-03", None),
    ("Bus drivers went on strike on Monday. During the strike, police shot dead 3 drivers.", "2022-05-03", Some("3")),
    // Round 20: a year well before the report, or `in` another month, in the clause
    // before the figure; a `when` after `in` another month.
    ("Aid trucks reached the valley. The 2019 landslide killed more than 200 villagers.", "2022-04-10", None),
    ("Police fired tear gas. The clashes in early March killed 12 protesters.", "2022-05-10", None),
    ("Police fired tear gas. The clashes in May killed 12 protesters.", "2022-05-10", Some("12")),
    ("Markets reopened for the first time since the army took the town in February, when shelling killed 80 people.", "2022-06-01", None),
    ("It was the worst attack in the town since a blast killed 15 people in late March.", "2022-06-01", None),
    // A day after the figure dates its own event: the time before names something else.
    ("Troops sent to the valley in January killed 4 rebels on Sunday.", "2022-06-01", Some("4")),
    // A relative clause of another noun tells its own time.
    ("Gunmen killed 5 guards, among them 2 men who had survived an earlier raid.", "2022-06-01", Some("5")),
    // Round 20, second pass: a decade in the antecedent of `in which` dates its event.
    ("A commission began hearings into the purges of the 1970s, in which about 3,000 students were killed.", "2023-03-01", None),
    ("Rebels raided the camp of the 2020s militia, in which 4 guards were killed.", "2021-03-01", Some("4")),
    // Round 20, second pass: a day and a month with no year before `in which`, two
    // days or more before the report, date an earlier event; the report's own day or
    // the day before does not.
    ("Police arrested 3 men over the raid on the depot on 4 June, in which 2 guards were killed.", "2022-06-10", None),
    ("Police arrested 3 men over the raid on December 30, in which 4 guards were killed.", "2022-01-05", None),
    ("Police said the raid on the depot on 9 June, in which 2 guards were killed, was the work of bandits.", "2022-06-10", Some("2")),
    // Round 20, second pass: a month other than the report's before a noun after
    // `the` names an earlier event before its relative clause.
    ("Police arrested 4 men suspected of the January ambush that killed 6 traders.", "2022-03-03", None),
    ("Police arrested 4 men suspected of the March ambush that killed 6 traders.", "2022-03-03", Some("6")),
];

#[test]
fn dated_document_totals() {
    let tagger = CasualtyTagger::build(&CasualtyOptions::default()).expect("builds");
    let mut failures = Vec::new();
    for (text, dct, expected) in DATED_TOTALS {
        let spans = tagger.annotate_alone(&Document::new("t", *text));
        let got = annotator::casualties::totals_dated(text, &spans, Some(dct)).get("killed").map(|t| t.to_string());
        if got.as_deref() != *expected {
            failures.push(format!("{text:?} ({dct}): expected {expected:?}, got {got:?}"));
        }
        let undated = annotator::casualties::totals(text, &spans).get("killed").map(|t| t.to_string());
        if undated.is_none() {
            failures.push(format!("{text:?}: no figure without a date"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn document_totals() {
    let tagger = CasualtyTagger::build(&CasualtyOptions::default()).expect("builds");
    let mut failures = Vec::new();
    for (text, expected) in TOTALS {
        let spans = tagger.annotate_alone(&Document::new("t", *text));
        let got = annotator::casualties::totals(text, &spans).get("killed").map(|t| t.to_string());
        if got.as_deref() != *expected {
            failures.push(format!("{text:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
