#!/usr/bin/env python3
"""Build eval/heldout7/tolls-7.jsonl from hand-written decision lists.

Every item is (id, dct, text, spans, fatalities). Each span is
(surface, occurrence, value) or (surface, occurrence, value, "bg"):
occurrence is 1-based and counts case-sensitive whole-word matches of the
surface string in the text. "bg" marks a figure for deaths in an earlier
event mentioned as background: it is a CASUALTY span, but it does not count
toward the report's toll (see README.md). The flag is not written to the JSONL.

    python3 build.py            # write tolls-7.jsonl and check it twice
    python3 build.py --review   # print every item with [spans] and its toll
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tolls-7.jsonl")

OUTCOMES = {"killed", "injured", "missing", "casualties", "abducted"}
COUNT_RE = re.compile(r"^(?:(>=|>|<=|~)?(\d+)|(\d+)-(\d+))$")
DCT_RE = re.compile(r"^(20\d\d)-(\d\d)-(\d\d)$")
YEARS = set(range(2010, 2015)) | set(range(2017, 2026))


def fail(msg):
    sys.exit("ERROR: " + msg)


def find(text, surface, occ):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if occ < 1 or occ > len(hits):
        fail(f"{surface!r} occurrence {occ}: only {len(hits)} match(es)")
    return hits[occ - 1]


def check_value(value, where):
    if not isinstance(value, str) or ":" not in value:
        fail(f"{where}: bad value {value!r}")
    outcome, count = value.split(":", 1)
    if outcome not in OUTCOMES:
        fail(f"{where}: bad outcome in {value!r}")
    m = COUNT_RE.match(count)
    if not m:
        fail(f"{where}: bad count in {value!r}")
    if m.group(3) is not None and not int(m.group(3)) < int(m.group(4)):
        fail(f"{where}: range not N<M in {value!r}")
    return outcome


def check_record(rec, counted_killed=None):
    """Check one record as read back or about to be written."""
    iid = rec["id"]
    text = rec["text"]
    if set(rec) != {"id", "text", "dct", "layers", "spans", "fatalities"}:
        fail(f"{iid}: keys {sorted(rec)}")
    if rec["layers"] != ["casualties"]:
        fail(f"{iid}: layers {rec['layers']}")
    m = DCT_RE.match(rec["dct"])
    if not m or int(m.group(1)) not in YEARS:
        fail(f"{iid}: bad dct {rec['dct']}")
    prev_end = -1
    killed = 0
    for sp in sorted(rec["spans"], key=lambda s: s["start"]):
        where = f"{iid} {sp.get('text')!r}"
        if set(sp) != {"start", "end", "label", "text", "value"}:
            fail(f"{where}: span keys {sorted(sp)}")
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            fail(f"{where}: offsets {s},{e}")
        if text[s:e] != sp["text"]:
            fail(f"{where}: slice {text[s:e]!r} != text")
        if text[s].isspace() or text[e - 1].isspace():
            fail(f"{where}: starts or ends on whitespace")
        if s < prev_end:
            fail(f"{where}: overlaps the previous span")
        prev_end = e
        if sp["label"] != "CASUALTY":
            fail(f"{where}: label {sp['label']}")
        if check_value(sp["value"], where) == "killed":
            killed += 1
    fat = rec["fatalities"]
    if not isinstance(fat, int) or isinstance(fat, bool) or fat < 0:
        fail(f"{iid}: fatalities {fat!r} is not a whole number >= 0")
    if counted_killed is not None:
        if (fat == 0) != (counted_killed == 0):
            fail(f"{iid}: fatalities {fat} but {counted_killed} counted killed span(s)")
    elif killed == 0 and fat != 0:
        fail(f"{iid}: fatalities {fat} with no killed span at all")


def build():
    records, counted = [], {}
    seen = set()
    for iid, dct, text, spans, fat in ITEMS:
        if iid in seen:
            fail(f"duplicate id {iid}")
        seen.add(iid)
        out, n_counted = [], 0
        for sp in spans:
            surface, occ, value = sp[:3]
            bg = len(sp) > 3 and sp[3] == "bg"
            if len(sp) > 3 and not bg:
                fail(f"{iid}: bad flag {sp[3]!r}")
            start = find(text, surface, occ)
            out.append({"start": start, "end": start + len(surface), "label": "CASUALTY",
                        "text": surface, "value": value})
            if value.startswith("killed:") and not bg:
                n_counted += 1
        out.sort(key=lambda s: s["start"])
        rec = {"id": iid, "text": text, "dct": dct, "layers": ["casualties"],
               "spans": out, "fatalities": fat}
        check_record(rec, n_counted)
        records.append(rec)
        counted[iid] = n_counted
    return records, counted


def main():
    records, counted = build()
    if "--review" in sys.argv:
        flags = {iid: {(sp[0], sp[1]) for sp in spans if len(sp) > 3}
                 for iid, _, _, spans, _ in ITEMS}
        for rec in records:
            text, pieces, pos = rec["text"], [], 0
            for sp in rec["spans"]:
                pieces.append(text[pos:sp["start"]])
                pieces.append(f"[{sp['text']}]{{{sp['value']}}}")
                pos = sp["end"]
            pieces.append(text[pos:])
            bg = flags[rec["id"]]
            note = f"  (background, not counted: {sorted(b[0] for b in bg)})" if bg else ""
            print(f"{rec['id']} {rec['dct']}  toll={rec['fatalities']}{note}")
            print("  " + "".join(pieces).replace("\n", "\n  "))
            print()
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and check again
    back = []
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            back.append(json.loads(line))
    if [r["id"] for r in back] != [r["id"] for r in records]:
        fail("re-read ids differ")
    ids = set()
    for rec in back:
        if rec["id"] in ids:
            fail(f"duplicate id {rec['id']} on re-read")
        ids.add(rec["id"])
        check_record(rec, counted[rec["id"]])
    if back != records:
        fail("re-read records differ from written ones")
    n_spans = sum(len(r["spans"]) for r in back)
    by_outcome = {}
    for r in back:
        for sp in r["spans"]:
            o = sp["value"].split(":")[0]
            by_outcome[o] = by_outcome.get(o, 0) + 1
    zero = sum(1 for r in back if r["fatalities"] == 0)
    print(f"wrote {OUT}: {len(back)} items, {n_spans} spans {dict(sorted(by_outcome.items()))}, "
          f"toll 0: {zero}, toll > 0: {len(back) - zero}, "
          f"background spans: {sum(1 for i in ITEMS for sp in i[3] if len(sp) > 3)}")


# ---------------------------------------------------------------------------
# Decision lists (the source of truth): (id, dct, text, spans, fatalities)
# ---------------------------------------------------------------------------
ITEMS = [
('t7-001', '2019-03-14',
 'On 14 March 2019, Maoists shot dead a village defence volunteer near Kistaram in Sukma district (Chhattisgarh). Fatalities: 1.',
 [('a village defence volunteer', 1, 'killed:1'),
  ('1', 1, 'killed:1')],
 1),

('t7-002', '2012-07-03',
 'On 2 July 2012, unidentified gunmen killed 4 herders grazing cattle near Kahan, Kohlu district, Balochistan. Police said 30 sheep were also taken.',
 [('4 herders', 1, 'killed:4')],
 4),

('t7-003', '2021-02-10',
 'On 9 February 2021, a protester was shot dead by police during a demonstration against the military coup in Naypyitaw (Naypyitaw Union Territory). Two students were hit by rubber bullets.',
 [('a protester', 1, 'killed:1'),
  ('Two students', 1, 'injured:2')],
 1),

('t7-004', '2018-05-20',
 'BAGHDAD, May 20 - A roadside bomb killed three police officers and wounded a bystander on the road between Baquba and Muqdadiya in Diyala province on Sunday, a provincial official said. No group claimed the attack.',
 [('three police officers', 1, 'killed:3'),
  ('a bystander', 1, 'injured:1')],
 3),

('t7-005', '2013-11-05',
 'On 4 November 2013, regime shelling on the town of Yabroud (Rif Dimashq) killed 2 civilian women and a child, according to local activists. Fatalities: 3.',
 [('2 civilian women', 1, 'killed:2'),
  ('a child', 1, 'killed:1'),
  ('3', 1, 'killed:3')],
 3),

('t7-006', '2020-08-22',
 'On 21 August 2020, Houthi forces clashed with pro-Hadi troops in al-Kasara area (Marib). 12 Houthi fighters and 5 soldiers of the 3rd Military Region were killed, per a pro-government source; the Houthis said they lost 4 men.',
 [('12 Houthi fighters', 1, 'killed:12'),
  ('5 soldiers', 1, 'killed:5'),
  ('4 men', 1, 'killed:4')],
 9),

('t7-007', '2022-09-14',
 "Sinaloa: Armed men killed a municipal police agent and his son in Culiacan late on tuesday, the State Prosecutor's office (FGE) said. The agent , 41, had been off duty. No arrests were made",
 [('a municipal police agent', 1, 'killed:1'),
  ('his son', 1, 'killed:1')],
 2),

('t7-008', '2011-04-18',
 'On 17 April 2011, cadres of a Terai armed group abducted two businessmen from Gaur, Rautahat district, and demanded a ransom of NPR 5 million.',
 [('two businessmen', 1, 'abducted:2')],
 0),

('t7-009', '2024-01-07',
 'KHERSON, Jan 7 - Russian forces shelled Kherson throughout Sunday, hitting a bus stop and a pharmacy in the city centre. A man waiting for a bus was killed on the spot, the regional governor said. One death and 3 injuries were reported in the city by evening; a woman was also wounded in nearby Bilozerka. Power was cut to several districts.',
 [('A man', 1, 'killed:1'),
  ('One death', 1, 'killed:1'),
  ('3 injuries', 1, 'injured:3'),
  ('a woman', 1, 'injured:1')],
 1),

('t7-010', '2018-04-16',
 'On 16 April 2018, traders held a shutdown and protest march in Sopore (Baramulla, Jammu and Kashmir) over the killing of a shopkeeper in a police raid the previous week. The march ended peacefully.',
 [('a shopkeeper', 1, 'killed:1', 'bg')],
 0),

('t7-011', '2019-06-02',
 'On 1 June 2019, NPA rebels ambushed a patrol of the 62nd Infantry Battalion in Guihulngan City, Negros Oriental, killing 2 soldiers. The military said one of the attackers was also killed.',
 [('2 soldiers', 1, 'killed:2'),
  ('one', 1, 'killed:1')],
 3),

('t7-012', '2012-02-27',
 'On 26 February 2012, suspected insurgents shot dead a rubber tapper in Rueso district, Narathiwat. Fatalities: 1.',
 [('a rubber tapper', 1, 'killed:1'),
  ('1', 1, 'killed:1')],
 1),

('t7-013', '2017-10-30',
 'BOGOTA, Oct 30 - Six police officers and a suspected gunman were killed on Sunday when attackers opened fire on a police station in the town of Taraza, in Antioquia province, officials said. Authorities blamed the Gulf Clan, a drug gang.',
 [('Six police officers', 1, 'killed:6'),
  ('a suspected gunman', 1, 'killed:1')],
 7),

('t7-014', '2023-05-11',
 'On 10 May 2023, PTI supporters clashed with police in Peshawar (Khyber Pakhtunkhwa) after the arrest of the party chairman. At least 14 policemen were injured and a police vehicle was set on fire.',
 [('At least 14 policemen', 1, 'injured:>=14')],
 0),

('t7-015', '2010-09-20',
 'On 19 September 2010, a car bomb exploded near a market in al-Mansour, Baghdad. Police put the toll at 5 killed and 17 wounded; a hospital source said 7 people died.',
 [('5', 1, 'killed:5'),
  ('17', 1, 'injured:17'),
  ('7 people', 1, 'killed:7')],
 5),

('t7-016', '2020-03-02',
 'Noakhali, Mar 2: A Jubo League activist was hacked to death and at least 11 others were injured as two factions of Awami League clashed over control of Basurhat bazar in Companiganj upazila on sunday evening. The dead numbered 2 by monday morning after a second injured activist died at Noakhali General Hospital, police said.',
 [('A Jubo League activist', 1, 'killed:1'),
  ('at least 11 others', 1, 'injured:>=11'),
  ('2', 2, 'killed:2'),
  ('a second injured activist', 1, 'killed:1')],
 2),

('t7-017', '2013-08-07',
 'On 6 August 2013, rebel fighters shot down a regime helicopter near Menagh airbase (Aleppo). The fate of the crew was not known.',
 [],
 0),

('t7-018', '2021-11-22',
 'Sao Goncalo (RJ) - The bodies of 8 men were found in a mangrove swamp in Salgueiro on Monday, a day after a Military Police operation in the area. The operation followed the death of a PM sergeant who was shot on saturday. Residents said the dead from the mangrove numbered 11.',
 [('8 men', 1, 'killed:8'),
  ('a PM sergeant', 1, 'killed:1', 'bg'),
  ('11', 1, 'killed:11')],
 8),

('t7-019', '2022-06-15',
 '15 June 2022. Donetsk - Bakhmut. Russian artillery hit a residential block. 1 fatality, 4 wounded (regional police).',
 [('1 fatality', 1, 'killed:1'),
  ('4', 1, 'injured:4')],
 1),

('t7-020', '2019-04-21',
 'TRIPOLI, April 21 - The death toll from fighting on the southern outskirts of Tripoli has risen to 227, with 1,128 people wounded, the World Health Organization said on Sunday. Forces loyal to eastern commander Khalifa Haftar launched their offensive on the capital in early April.',
 [('227', 1, 'killed:227'),
  ('1,128 people', 1, 'injured:1128')],
 227),

('t7-021', '2024-07-30',
 'On 29 July 2024, armed village volunteers exchanged fire in Jiribam district (Manipur). A CRPF jawan of the 20th battalion was killed and two village volunteers were injured. Fatalities: 1.',
 [('A CRPF jawan', 1, 'killed:1'),
  ('two village volunteers', 1, 'injured:2'),
  ('1', 1, 'killed:1')],
 1),

('t7-022', '2018-02-05',
 'On 4 February 2018, PLFI cadres shot dead two cadres of the rival JJMP in a forest near Gumla (Jharkhand). Police recovered 2 rifles from the spot. Fatalities: 2.',
 [('two cadres', 1, 'killed:2'),
  ('2', 2, 'killed:2')],
 2),

('t7-023', '2014-01-05',
 'RAMADI, Iraq, Jan 5 (Reuters) - Clashes between government-backed tribal fighters and militants in Ramadi killed 34 people on Saturday, among them 6 tribesmen and a police colonel, local officials said. Hospitals reported at least 50 wounded.',
 [('34 people', 1, 'killed:34'),
  ('6 tribesmen', 1, 'killed:6'),
  ('a police colonel', 1, 'killed:1'),
  ('at least 50', 1, 'injured:>=50')],
 34),

('t7-024', '2025-02-10',
 'On 9 February 2025, ELN combatants attacked FARC dissidents of the 33rd Front in Tibu (Norte de Santander). The army reported between 2 to 4 dissidents dead; the ELN claimed to have killed 15.',
 [('between 2 to 4 dissidents', 1, 'killed:2-4'),
  ('15', 1, 'killed:15')],
 2),

('t7-025', '2011-12-02',
 'On 1 December 2011, a little-known group calling itself the Tharuhat Mukti Sena sent letters threatening to kill 3 VDC secretaries in Bardiya district unless they resigned within a week.',
 [],
 0),

('t7-026', '2018-08-10',
 'SANAA, Aug 10 - The death toll from a coalition air strike on a bus at a market in northern Saada province rose to 51, including 40 children, the Red Cross said on Friday. On Thursday, health officials had put the toll at 29.',
 [('51', 1, 'killed:51'),
  ('40 children', 1, 'killed:40'),
  ('29', 1, 'killed:29')],
 51),

('t7-027', '2019-09-03',
 'On 2 September 2019, a remote-controlled IED targeted an FC vehicle near Turbat (Kech, Balochistan), killing 2 FC personnel. The BLF claimed the attack and said 7 soldiers died.',
 [('2 FC personnel', 1, 'killed:2'),
  ('7 soldiers', 1, 'killed:7')],
 2),

('t7-028', '2023-09-17',
 'On 16 September 2023, a Turkish drone struck a car near Qamishli (Hasakah). SDF sources said a commander of the Asayish and his driver were killed.',
 [('a commander', 1, 'killed:1'),
  ('his driver', 1, 'killed:1')],
 2),

('t7-029', '2018-03-06',
 'On 5 March 2018, Sinhalese mobs attacked Muslim-owned shops and a mosque in Digana (Kandy district) days after the death of a lorry driver who had been assaulted by four youths. At least 10 shops were burnt.',
 [('a lorry driver', 1, 'killed:1', 'bg')],
 0),

('t7-030', '2010-11-23',
 'On 22 November 2010, armed men abducted a village councilman and a school principal in Sumisip, Basilan. The military suspects the Abu Sayyaf Group.',
 [('a village councilman', 1, 'abducted:1'),
  ('a school principal', 1, 'abducted:1')],
 0),

('t7-031', '2013-03-23',
 'MEIKTILA, Myanmar, March 23 - The death toll from three days of communal violence in this central Myanmar town rose to 32 on Saturday, police said, as soldiers patrolled streets lined with the burnt shells of houses. Some 9,000 people have fled their homes.',
 [('32', 1, 'killed:32')],
 32),

('t7-032', '2020-01-16',
 'On 15 January 2020, alleged members of Los Ardillos killed 10 indigenous musicians near Chilapa (Guerrero) and burned their bodies. Fatalities: 10.',
 [('10 indigenous musicians', 1, 'killed:10'),
  ('10', 2, 'killed:10')],
 10),

('t7-033', '2024-03-26',
 'ISLAMABAD, March 26 - A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers in northwestern Pakistan on Tuesday, killing five Chinese nationals and their Pakistani driver, police said. The engineers were travelling from Islamabad to a dam project in Khyber Pakhtunkhwa province. The death toll stood at six, said a regional police chief. No group immediately claimed responsibility.',
 [('five Chinese nationals', 1, 'killed:5'),
  ('their Pakistani driver', 1, 'killed:1'),
  ('six', 1, 'killed:6')],
 6),

('t7-034', '2022-05-19',
 'On 18 May 2022, militants hurled a grenade into a liquor shop in Baramulla town (Jammu and Kashmir), killing one employee and injuring 3 others.',
 [('one employee', 1, 'killed:1'),
  ('3 others', 1, 'injured:3')],
 1),

('t7-035', '2017-11-24',
 'On 23 November 2017, a bomb hidden in a motorcycle exploded near a tea shop in Sai Buri (Pattani), wounding 2 rangers and a 9-year-old boy. No deaths.',
 [('2 rangers', 1, 'injured:2'),
  ('a 9-year-old boy', 1, 'injured:1')],
 0),

('t7-036', '2012-10-09',
 'On 8 October 2012, FSA fighters ambushed a regime convoy on the Aleppo-Idlib highway near Saraqeb; 2 rebels were killed and as many as 5 soldiers wounded, per SOHR.',
 [('2 rebels', 1, 'killed:2'),
  ('as many as 5 soldiers', 1, 'injured:<=5')],
 2),

('t7-037', '2019-01-18',
 'BOGOTÁ.- A car bomb at a police cadet school in the south of the capital on thursday morning left 21 dead, including the attacker, and 68 injured, according to the Fiscalía . Teh ELN later claimed the attack.',
 [('21', 1, 'killed:21'),
  ('the attacker', 1, 'killed:1'),
  ('68', 1, 'injured:68')],
 21),

('t7-038', '2023-01-05',
 'On 4 January 2023, the military conducted airstrikes on Mwe Taw village (Kachin State), killing around 10 civilians, per local sources. The KIA said 12 were killed.',
 [('around 10 civilians', 1, 'killed:~10'),
  ('12', 1, 'killed:12')],
 10),

('t7-039', '2014-05-03',
 'On 2 May 2014, clashes between pro-Ukrainian and pro-Russian crowds in Odesa ended in a fire at the Trade Unions House. The death toll rose to 46 by the next morning; 4 of the dead had been shot in street fighting earlier in the day.',
 [('46', 1, 'killed:46'),
  ('4', 1, 'killed:4')],
 46),

('t7-040', '2013-08-15',
 'On 14 August 2013, a policeman was stabbed to death by an unknown assailant in Mardan (Khyber Pakhtunkhwa) while guarding a polio vaccination team.',
 [('a policeman', 1, 'killed:1')],
 1),

('t7-041', '2019-08-07',
 "On 6 August 2019, residents of Soura (Srinagar, Jammu and Kashmir) defied the curfew and protested against the revocation of the state's special status. Several protesters were hit by pellets, per locals.",
 [],
 0),

('t7-042', '2018-10-18',
 'Tierra Caliente, Mich.- The body of a farmer was found on a dirt road outside Apatzingan on wednesday with gunshot wounds , municipal police said.Relatives had reported him missing on monday .',
 [('a farmer', 1, 'killed:1')],
 1),

('t7-043', '2021-06-04',
 'On 3 June 2021, a soldier of the 93rd Brigade was killed by sniper fire near Pisky (Donetsk). Fatalities: 1.',
 [('a soldier', 1, 'killed:1'),
  ('1', 1, 'killed:1')],
 1),

('t7-044', '2017-03-13',
 'On 12 March 2017, BNP activists enforced a hartal in Sylhet city (Sylhet); police arrested 23 activists after crude bombs were exploded near a bus. No casualties were reported.',
 [],
 0),

('t7-045', '2022-06-21',
 "CHIHUAHUA, June 21 - Mexico's president on Tuesday condemned the murder of two Jesuit priests and a tourist guide inside a church in the Sierra Tarahumara on Monday, and said troops were hunting the local gang leader blamed for the killings.",
 [('two Jesuit priests', 1, 'killed:2'),
  ('a tourist guide', 1, 'killed:1')],
 3),

('t7-046', '2014-03-11',
 'On 10 March 2014, suspected insurgents set fire to a government school in Bacho (Narathiwat). No one was hurt.',
 [],
 0),

('t7-047', '2020-01-18',
 "TRIPOLI, Jan 18 - Forces loyal to eastern commander Khalifa Haftar shelled Tripoli's only functioning airport, Mitiga, on Saturday, wounding 2 civilians and forcing flights to be suspended for 3 days, the airport said. It was the latest breach of a truce agreed the previous week.",
 [('2 civilians', 1, 'injured:2')],
 0),

('t7-048', '2012-05-04',
 'On 3 May 2012, a bomb exploded inside a passenger bus in Dhanusha district (Janakpur zone). The driver, who had tried to stop the bombers boarding, died and 9 passengers were hurt. The Janatantrik Terai Mukti Morcha claimed responsibility.',
 [('The driver', 1, 'killed:1'),
  ('9 passengers', 1, 'injured:9')],
 1),

('t7-049', '2024-04-12',
 'On 11 April 2024, PDF fighters attacked a junta outpost near Kani (Sagaing). 2 soldiers were killed. Fatalities: 2.',
 [('2 soldiers', 1, 'killed:2'),
  ('2', 2, 'killed:2')],
 2),

('t7-050', '2013-02-17',
 "QUETTA, Pakistan, Feb 17 - The death toll from a bomb attack on a vegetable market in a Shi'ite Hazara neighbourhood of Quetta rose to 84 on Sunday, including at least 20 children, and Hazara leaders refused to bury the dead until the army took control of the city.",
 [('84', 1, 'killed:84'),
  ('at least 20 children', 1, 'killed:>=20')],
 84),

('t7-051', '2020-08-04',
 'On 3 August 2020, Muslims in Kattankudy (Batticaloa) held prayers marking 30 years since the massacre of 147 worshippers by the LTTE at two mosques in the town.',
 [('147 worshippers', 1, 'killed:147', 'bg')],
 0),

('t7-052', '2021-05-08',
 'On 7 May 2021, unidentified gunmen killed a social leader, Beatriz Moreno, 52, and her husband at their farm in El Tambo (Cauca). Fatalities: 2.',
 [('a social leader', 1, 'killed:1'),
  ('her husband', 1, 'killed:1'),
  ('2', 1, 'killed:2')],
 2),

('t7-053', '2013-07-03',
 'On 2 July 2013, Maoists ambushed the convoy of the Pakur SP near Amrapara (Pakur, Jharkhand), killing the SP and 5 policemen.',
 [('the SP', 1, 'killed:1'),
  ('5 policemen', 1, 'killed:5')],
 6),

('t7-054', '2022-06-13',
 'On 12 June 2022, a Katyusha rocket landed near Baghdad airport (Baghdad). No casualties.',
 [],
 0),

('t7-055', '2023-09-09',
 'Imphal, Sept 8 : Three persons were killed and over 50 injured in firing at Pallel in Tengnoupal district on friday, official said. Among the dead are a village volunteer and a 48 year old man from Kakching.',
 [('Three persons', 1, 'killed:3'),
  ('over 50', 1, 'injured:>50'),
  ('a village volunteer', 1, 'killed:1'),
  ('a 48 year old man', 1, 'killed:1')],
 3),

('t7-056', '2019-03-15',
 'On 14 March 2019, Houthi forces claimed to have killed, injured or captured 60 mercenaries in an attack on pro-government positions in Kitaf (Saada). Pro-government sources reported 3 soldiers killed.',
 [('60 mercenaries', 1, 'casualties:60'),
  ('3 soldiers', 1, 'killed:3')],
 3),

('t7-057', '2017-07-18',
 'MANILA, July 18 (AP) - The military said on Tuesday that the dead in the eight-week siege of Marawi numbered 413 militants, 93 soldiers and 45 civilians, as troops pushed into the last blocks held by gunmen allied with the Islamic State group.',
 [('413 militants', 1, 'killed:413'),
  ('93 soldiers', 1, 'killed:93'),
  ('45 civilians', 1, 'killed:45')],
 551),

('t7-058', '2019-06-21',
 'On 20 June 2019, a roadside bomb hit a ranger patrol in Nong Chik (Pattani). Three rangers were slightly injured.',
 [('Three rangers', 1, 'injured:3')],
 0),

('t7-059', '2018-02-20',
 'BEIRUT, Feb 20 - Government air strikes and shelling killed dozens of people in rebel-held Eastern Ghouta on Tuesday, including at least 13 children, a war monitor said.',
 [('dozens of people', 1, 'killed:>=24'),
  ('at least 13 children', 1, 'killed:>=13')],
 24),

('t7-060', '2011-08-19',
 'On 19 August 2011, a suicide bomber struck a mosque during Friday prayers in Jamrud (Khyber Agency), killing scores of worshippers, according to officials.',
 [('scores of worshippers', 1, 'killed:>=40')],
 40),

('t7-061', '2018-01-10',
 'On 9 January 2018, the CPN led by Netra Bikram Chand planted a pressure cooker bomb at a telecom tower in Pokhara (Kaski); Nepal Army personnel defused it.',
 [],
 0),

('t7-062', '2023-04-24',
 'UMAN, Ukraine, April 24 - Russian missiles slammed into a nine-storey apartment block in the central Ukrainian city of Uman before dawn on Monday. Nearly a dozen residents were killed, regional officials said, and rescuers were still searching the rubble for survivors. Among the dead were 2 children.',
 [('Nearly a dozen residents', 1, 'killed:~12'),
  ('2 children', 1, 'killed:2')],
 12),

('t7-063', '2017-10-04',
 'On 3 October 2017, an IED exploded near a checkpoint in Tarmiyah (Salah al-Din), killing one member of the PMF and wounding 2 others. One of the wounded later succumbed to his injuries.',
 [('one member', 1, 'killed:1'),
  ('2 others', 1, 'injured:2'),
  ('One', 1, 'killed:1')],
 2),

('t7-064', '2019-03-16',
 'On 15 March 2019, residents of Complexo da Mare (Rio de Janeiro) blocked Avenida Brasil with burning tyres to protest the deaths of 3 workers in a police operation the previous week.',
 [('3 workers', 1, 'killed:3', 'bg')],
 0),

('t7-065', '2014-01-06',
 "Cox's Bazar, Jan 6: A chowkidar was beaten to death and his wife was injured by miscreants at Ramu upazila on sunday night, police said.",
 [('A chowkidar', 1, 'killed:1'),
  ('his wife', 1, 'injured:1')],
 1),

('t7-066', '2025-03-12',
 'On 11 March 2025, BLA militants attacked a passenger train near Sibi (Balochistan) and took passengers hostage. The BLA claimed to have killed 50 hostages; the military said 26 hostages died and 33 militants were killed in the rescue operation.',
 [('50 hostages', 1, 'killed:50'),
  ('26 hostages', 1, 'killed:26'),
  ('33 militants', 1, 'killed:33')],
 59),

('t7-067', '2012-04-20',
 'On 19 April 2012, FARC guerrillas kidnapped 4 oil workers from a camp in Puerto Rico (Caqueta). The company suspended operations in the area.',
 [('4 oil workers', 1, 'abducted:4')],
 0),

('t7-068', '2012-09-12',
 'TRIPOLI, Sept 12 - The U.S. ambassador and three embassy staff were killed when gunmen stormed the U.S. consulate in Benghazi overnight, Libyan officials said on Wednesday.',
 [('The U.S. ambassador', 1, 'killed:1'),
  ('three embassy staff', 1, 'killed:3')],
 4),

('t7-069', '2021-04-04',
 "Raipur, Apr 4: The bodies of 17 jawans were recovered from the forest near Tekalguda in Bijapur on sunday, taking the death toll in saturday's Maoist ambush to 22. Seven of the dead were CoBRA commandos. 31 jawans were injured and one is missing, officials said. Police claimed at least 4 Maoists were also killed, but no bodies were found.",
 [('17 jawans', 1, 'killed:17'),
  ('22', 1, 'killed:22'),
  ('Seven', 1, 'killed:7'),
  ('31 jawans', 1, 'injured:31'),
  ('one', 1, 'missing:1'),
  ('at least 4 Maoists', 1, 'killed:>=4')],
 26),

('t7-070', '2010-05-03',
 'KATHMANDU, May 3: Tens of thousands of UCPN (Maoist) cadres shut down the capital for a second day on monday. Scuffles with shopkeepers in Baneshwor left 4 people hurt, police said.',
 [('4 people', 1, 'injured:4')],
 0),

('t7-071', '2019-07-23',
 'On 22 July 2019, Russian and regime air strikes hit a vegetable market in Maarat al-Numan (Idlib). The dead numbered 39 by evening, per the White Helmets.',
 [('39', 1, 'killed:39')],
 39),

('t7-072', '2011-02-26',
 'On 25 February 2011, thousands protested in Tahrir Square (Baghdad) against corruption and poor services. Security forces used water cannon; 6 protesters were hurt.',
 [('6 protesters', 1, 'injured:6')],
 0),

('t7-073', '2024-06-06',
 'On 5 June 2024, gunmen attacked a bar in Celaya (Guanajuato). The state prosecutor reported 4 people killed and up to 7 wounded.',
 [('4 people', 1, 'killed:4'),
  ('up to 7', 1, 'injured:<=7')],
 4),

('t7-074', '2022-07-24',
 'On 23 July 2022, Houthi shelling hit a residential neighbourhood in Taiz city (Taiz), killing a child and wounding 10 others, including 2 women.',
 [('a child', 1, 'killed:1'),
  ('10 others', 1, 'injured:10'),
  ('2 women', 1, 'injured:2')],
 1),

('t7-075', '2018-06-13',
 'On 12 June 2018, police arrested 6 PLFI members in Khunti (Jharkhand) and seized 3 pistols and 40 rounds of ammunition.',
 [],
 0),

('t7-076', '2018-01-27',
 'FORTALEZA - Gunmen invaded a forro party in the Cajazeiras neighbourhood early saturday and opened fire, killing 14 people, among them 8 women. Police blamed a war between factions. the toll could rise, as 3 victims remain in serious condition.',
 [('14 people', 1, 'killed:14'),
  ('8 women', 1, 'killed:8'),
  ('3 victims', 1, 'injured:3')],
 14),

('t7-077', '2013-09-10',
 'On 9 September 2013, MNLF fighters clashed with army troops in Santa Catalina, Zamboanga City; both sides suffered casualties, and some 300 residents were held hostage, per the military.',
 [('some 300 residents', 1, 'abducted:~300')],
 0),

('t7-078', '2022-10-04',
 'On 3 October 2022, a drone struck an energy facility in Zaporizhzhia city (Zaporizhzhia), leaving a guard dead and starting a fire. Fatalities: 1.',
 [('a guard', 1, 'killed:1'),
  ('1', 1, 'killed:1')],
 1),

('t7-079', '2013-04-23',
 'KIRKUK, Iraq, April 23 (Reuters) - An army raid on a Sunni protest camp in Hawija killed at least 27 people on Tuesday, among them 3 soldiers, officials said, and clashes spread to other towns in the north.',
 [('at least 27 people', 1, 'killed:>=27'),
  ('3 soldiers', 1, 'killed:3')],
 27),

('t7-080', '2024-03-03',
 'On 2 March 2024, residents of As-Suwayda city (As-Suwayda) protested for the 200th day against the government. No injuries.',
 [],
 0),

('t7-081', '2012-05-10',
 'On 9 May 2012, target killings in Karachi (Sindh) claimed 2 lives: a man was shot dead in Orangi Town and an MQM worker near Cheel Chowk in Lyari.',
 [('2 lives', 1, 'killed:2'),
  ('a man', 1, 'killed:1'),
  ('an MQM worker', 1, 'killed:1')],
 2),

('t7-082', '2024-07-19',
 'Dhaka, July 19: At least 25 people were killed as students clashed with police and Chhatra League activists in Uttara, Badda and Rampura on thursday , hospital sources said. A rickshaw-puller and a journalist are among the dead. Police gave no figure. Mobile internet remained suspended across the country.',
 [('At least 25 people', 1, 'killed:>=25'),
  ('A rickshaw-puller', 1, 'killed:1'),
  ('a journalist', 1, 'killed:1')],
 25),

('t7-083', '2010-03-09',
 'On 8 March 2010, the Aguilas Negras distributed pamphlets in Barrancabermeja (Santander) declaring 12 union leaders military targets.',
 [],
 0),

('t7-084', '2020-05-04',
 'On 3 May 2020, a soldier of 21 Rashtriya Rifles and 2 militants were killed in a gunfight at Handwara (Kupwara, Jammu and Kashmir).',
 [('a soldier', 1, 'killed:1'),
  ('2 militants', 1, 'killed:2')],
 3),

('t7-085', '2020-04-06',
 'On 5 April 2020, five commandos of 4 Para (SF) were killed in an encounter with infiltrating militants in Keran sector (Kupwara, Jammu and Kashmir); 5 militants were also killed.',
 [('five commandos', 1, 'killed:5'),
  ('5 militants', 1, 'killed:5')],
 10),

('t7-086', '2019-09-27',
 'On 26 September 2019, relatives and students marched in Mexico City on the fifth anniversary of the disappearance of the 43 Ayotzinapa students in Iguala (Guerrero) in 2014.',
 [('43 Ayotzinapa students', 1, 'missing:43')],
 0),

('t7-087', '2014-05-17',
 "BENGHAZI, Libya, May 17 (Reuters) - Forces loyal to a renegade general attacked Islamist militia bases in Benghazi on Friday with aircraft and helicopters, in the worst fighting in the city since the 2011 uprising against Muammar Gaddafi. The health ministry said 43 people had been killed and more than 100 wounded. Among the dead was a soldier of the special forces' 21 Battalion, a relative said.",
 [('43 people', 1, 'killed:43'),
  ('more than 100', 1, 'injured:>100'),
  ('a soldier', 1, 'killed:1')],
 43),

('t7-088', '2018-03-04',
 'IMPHAL, Mar 4 : Body of a youth who went missing since friday was found floating in the Nambul river near Singjamei this morning, police said. The deceased has been identified as one Th Premananda (24) of Keishamthong.',
 [('a youth', 1, 'killed:1')],
 1),

('t7-089', '2012-04-07',
 'On 6 April 2012, a Tamil businessman was taken away in a white van in Jaffna town (Jaffna) and has not been seen since, relatives told police.',
 [('a Tamil businessman', 1, 'abducted:1')],
 0),

('t7-090', '2013-10-22',
 'On 21 October 2013, suspected insurgents opened fire on a pickup truck in Bannang Sata (Yala); 4 villagers (3 women and a boy) died and the driver was wounded.',
 [('4 villagers', 1, 'killed:4'),
  ('3 women', 1, 'killed:3'),
  ('a boy', 1, 'killed:1'),
  ('the driver', 1, 'injured:1')],
 4),

('t7-091', '2021-03-17',
 'On 16 March 2021, Kurds held commemorations in Halabja (Sulaymaniyah) for the 5,000 people killed in the 1988 chemical attack on the town.',
 [('5,000 people', 1, 'killed:5000', 'bg')],
 0),

('t7-092', '2011-03-18',
 'SANAA, March 18 (Reuters) - Gunmen firing from rooftops killed at least 45 protesters in Sanaa on Friday, medics said. Hundreds were wounded.',
 [('at least 45 protesters', 1, 'killed:>=45'),
  ('Hundreds', 1, 'injured:>=200')],
 45),

('t7-093', '2017-12-13',
 'On 12 December 2017, police arrested two journalists in Yangon (Yangon) on charges under the Official Secrets Act.',
 [],
 0),

('t7-094', '2010-11-24',
 'On 23 November 2010, families of the 58 people killed in the 2009 massacre in Ampatuan, including 32 journalists, held a memorial in Shariff Aguak (Maguindanao) and demanded faster trials.',
 [('58 people', 1, 'killed:58', 'bg'),
  ('32 journalists', 1, 'killed:32', 'bg')],
 0),

('t7-095', '2024-05-26',
 'KHARKIV, May 26 - A Russian guided bomb hit a crowded hardware store in Kharkiv on Saturday. The regional governor said the death toll rose to 16 overnight, after earlier reports of 12 dead, and at least 43 people were injured.',
 [('16', 1, 'killed:16'),
  ('12', 1, 'killed:12'),
  ('at least 43 people', 1, 'injured:>=43')],
 16),

('t7-096', '2022-10-15',
 'On 14 October 2022, unidentified men hurled a hand grenade at a police post in Bannu (Khyber Pakhtunkhwa); 2-3 constables received minor injuries.',
 [('2-3 constables', 1, 'injured:2-3')],
 0),

('t7-097', '2020-08-16',
 'Samaniego, Nariño.- Eight young people were murdered on saturday night at a private party in the rural area of Samaniego , the governor confirmed.Unknown armed men arrived and shot at the group, the victims were between 17 and 25 years old.',
 [('Eight young people', 1, 'killed:8')],
 8),

('t7-098', '2018-03-30',
 'On 29 March 2018, activists said 12 civilians were missing after regime forces entered Kafr Batna (Rif Dimashq).',
 [('12 civilians', 1, 'missing:12')],
 0),

('t7-099', '2019-10-02',
 'BAGHDAD, Oct 2 (Reuters) - Iraqi security forces fired tear gas and live rounds to disperse hundreds of protesters in Baghdad and the southern city of Nasiriyah on Tuesday, killing a civilian and a protester, police and medical sources said. More than 200 people were injured, among them 40 members of the security forces. The protests, over unemployment and corruption, were the largest since the government took office.',
 [('a civilian', 1, 'killed:1'),
  ('a protester', 1, 'killed:1'),
  ('More than 200 people', 1, 'injured:>200'),
  ('40 members', 1, 'injured:40')],
 2),

('t7-100', '2021-06-20',
 'On 19 June 2021, unknown men set fire to 3 trucks carrying construction material near Hoshab (Kech, Balochistan). No injuries were reported.',
 [],
 0),

('t7-101', '2022-02-07',
 'On 6 February 2022, Maoists killed a former sarpanch in Bhairamgarh (Bijapur, Chhattisgarh), accusing him of being a police informer. Fatalities: 1.',
 [('a former sarpanch', 1, 'killed:1'),
  ('1', 1, 'killed:1')],
 1),

('t7-102', '2021-01-11',
 'TUMACO.- Five farmers were murdered on sunday night in La Guayacana, a rural area of Tumaco (Nariño), when armed men burst into a house and opened fire, the army confirmed. A minor was wounded and taken to hospital in Pasto. Authorities attribute the murder of the five farmers to a dissident group fighting for drug routes; its the third massacre in the department this year.',
 [('Five farmers', 1, 'killed:5'),
  ('A minor', 1, 'injured:1'),
  ('five farmers', 1, 'killed:5')],
 5),

('t7-103', '2019-07-29',
 'On 28 July 2019, a local Jubo League leader in Bhola (Barisal) threatened to kill a journalist over a report on illegal sand mining; the journalist filed a general diary with police.',
 [],
 0),

('t7-104', '2021-03-28',
 'YANGON, March 28 - Security forces killed at least 114 people on Saturday, including several children, in the bloodiest day since the coup, according to local media and a monitoring group.',
 [('at least 114 people', 1, 'killed:>=114')],
 114),

('t7-105', '2018-05-21',
 'On 20 May 2018, the SDF said its fighters killed, injured or captured 23 IS militants in Hajin area (Deir ez-Zor); 2 SDF fighters were killed.',
 [('23 IS militants', 1, 'casualties:23'),
  ('2 SDF fighters', 1, 'killed:2')],
 2),

('t7-106', '2021-04-29',
 'On 28 April 2021, relatives marked the anniversary of the 2004 Krue Se mosque siege in Pattani (Pattani), in which 32 gunmen were killed by security forces. The event passed off peacefully.',
 [('32 gunmen', 1, 'killed:32', 'bg')],
 0),

('t7-107', '2019-06-23',
 'Seraikela: A youth who was tied to a pole and beaten by a mob on suspicion of theft at Dhatkidih succumbed to his injuries in hospital on saturday, police said. 11 persons have been arrested.',
 [('A youth', 1, 'killed:1')],
 1),

('t7-108', '2017-09-28',
 'On 27 September 2017, clashes between Security Belt forces and the Presidential Guard in Crater (Aden) killed 3 Presidential Guard soldiers; scores of residents were wounded by stray bullets.',
 [('3 Presidential Guard soldiers', 1, 'killed:3'),
  ('scores of residents', 1, 'injured:>=40')],
 3),

('t7-109', '2021-10-05',
 'On 4 October 2021, gunmen abducted as many as 5 migrant workers from a farm near Bani Walid (Misrata); their employer said a ransom had been demanded.',
 [('as many as 5 migrant workers', 1, 'abducted:<=5')],
 0),

('t7-110', '2023-05-13',
 'On 12 May 2023, gunmen killed 2 Guarani Kaiowa leaders at a retaken farm near Caarapo (Mato Grosso do Sul); a third was shot in the leg.',
 [('2 Guarani Kaiowa leaders', 1, 'killed:2'),
  ('a third', 1, 'injured:1')],
 2),

('t7-111', '2011-06-02',
 'Nuevo Laredo, Tamps.- Banners signed by a criminal group appeared on three bridges warning that informers would be killed. Municipal police removed them before dawn.',
 [],
 0),

('t7-112', '2013-11-20',
 'On 19 November 2013, CPN-Maoist cadres attacked a polling centre in Kalikot (Karnali zone) and police opened fire. One death was reported and 2 police personnel were injured.',
 [('One death', 1, 'killed:1'),
  ('2 police personnel', 1, 'injured:2')],
 1),

('t7-113', '2019-05-14',
 'On 13 May 2019, mobs attacked mosques and Muslim-owned shops in Kuliyapitiya (Kurunegala) in the wake of the Easter Sunday bombings in April that killed over 250 people. Police imposed a curfew.',
 [('over 250 people', 1, 'killed:>250', 'bg')],
 0),

('t7-114', '2020-01-03',
 'On 3 January 2020, a US drone strike near Baghdad airport (Baghdad) killed 10 people, including a senior Iranian commander and a PMF deputy leader.',
 [('10 people', 1, 'killed:10'),
  ('a senior Iranian commander', 1, 'killed:1'),
  ('a PMF deputy leader', 1, 'killed:1')],
 10),

('t7-115', '2018-08-24',
 'COTABATO CITY - A barangay tanod was shot dead while his companion was wounded in an ambush by suspected BIFF members in Datu Saudi Ampatuan town, Maguindanao, on Thursday , police said.',
 [('A barangay tanod', 1, 'killed:1'),
  ('his companion', 1, 'injured:1')],
 1),

('t7-116', '2019-07-19',
 'On 18 July 2019, a cargo van hit a mine near Shchastia (Luhansk); the driver was injured.',
 [('the driver', 1, 'injured:1')],
 0),

('t7-117', '2014-02-03',
 'BEIRUT, Feb 3 (Reuters) - The death toll from two days of barrel-bomb attacks on rebel-held districts of Aleppo rose to 85 on Monday, among them 24 children, the Syrian Observatory for Human Rights said.',
 [('85', 1, 'killed:85'),
  ('24 children', 1, 'killed:24')],
 85),

('t7-118', '2018-08-03',
 'On 2 August 2018, an explosive device went off as an army patrol passed near Tame (Arauca); as many as 4 soldiers were wounded.',
 [('as many as 4 soldiers', 1, 'injured:<=4')],
 0),

('t7-119', '2014-12-17',
 'PESHAWAR, Dec 17 - The death toll from the Taliban assault on an army-run school in Peshawar rose to 148 on Wednesday, including 132 schoolchildren, after two wounded pupils died overnight, officials said.',
 [('148', 1, 'killed:148'),
  ('132 schoolchildren', 1, 'killed:132'),
  ('two wounded pupils', 1, 'killed:2')],
 148),

('t7-120', '2023-05-29',
 'On 28 May 2023, armed miscreants torched 15 houses in Serou (Kakching, Manipur). Security forces said there were casualties on both sides, without giving numbers.',
 [],
 0),

]


if __name__ == "__main__":
    main()
