//! Tense and sentence context: which way a bare weekday or month points (`on Friday`
//! in a sentence about the past is the last Friday), from cue words around it
//! (`said`, `will`, irregular past forms, `as soon as`), within the sentence. Where a
//! sentence ends is the view's token reading (`Grammar::sentences`, made once per
//! document from the lexicon's classes by `lexicon::sentences`).

use super::Grammar;
use crate::dates::lexicon::{ends_with_listed, Lex, Token, WordList, W};
use crate::dates::normalize::Tense;

/// How far back a relative clause's opening comma is looked for.
const RELATIVE_SCAN: usize = 12;
/// How far back from an expression its clause's present verb is looked for.
const PRESENT_SCAN: usize = 12;

impl Grammar<'_> {
    /// The tense of the sentence around tokens `i..j`: the nearest cue wins.
    pub(crate) fn tense(&self, i: usize, j: usize) -> Tense {
        const WINDOW: usize = 14;
        // `as soon as Tuesday`, `as early as next week`, `as soon as trading opens Monday`.
        let lo = i.saturating_sub(6);
        if (lo..i.saturating_sub(1))
            .any(|k| self.in_list(k, WordList::As) && self.in_list(k + 1, WordList::AsSoon) && self.in_list(k + 2, WordList::As))
        {
            return Tense::Future;
        }
        let (mut left, mut right) = (true, true);
        // A cue past a comma after the expression belongs to another clause (`crest late
        // Tuesday, the highest since records began`, `until midnight Sunday, the office
        // said`): it decides only when none is found before the expression (thirteenth round).
        let (mut past_comma, mut fallback) = (false, None);
        // The left cursor: it steps over a relative clause between commas (`The All
        // Blacks, who last lost in 2007, fly home on Monday`), whose tense is its own.
        let mut next_left = i.checked_sub(1);
        for dist in 1..=WINDOW {
            if left {
                match next_left {
                    Some(k) if !self.sentences().ends(k) => {
                        if let Some(t) = self.cue(k, true) {
                            return t;
                        }
                        left = !self.toks.get(k).is_some_and(|t| t.newline_before) && !self.after_gerund(k);
                        next_left = self.before_relative_clause(k).or_else(|| k.checked_sub(1));
                    }
                    _ => left = false,
                }
            }
            if right {
                let k = j + dist - 1;
                if k < self.toks.len()
                    && !self.sentences().ends(k)
                    && !self.quote_closes(k)
                    && !self.opens_complement(k)
                    && !self.toks.get(k).is_some_and(|t| t.newline_before)
                {
                    if let Some(t) = self.cue(k, false) {
                        if !past_comma {
                            return t;
                        }
                        fallback = Some(t);
                        right = false;
                    }
                    past_comma |= self.punct(k, ',');
                } else {
                    right = false;
                }
            }
            if !left && !right {
                break;
            }
        }
        // The clause's own present verb before the expression outweighs a cue in another
        // clause after a comma (`promises to halve unemployment in ten years, when the
        // economy expanded`).
        if self.present_clause(i, j) {
            return Tense::Future;
        }
        fallback.unwrap_or(Tense::Unknown)
    }

    /// Token `k` is the comma that closes a relative clause (`, who last lost in
    /// 2007,`): the token before the comma that opens it, where a scan leftwards goes on.
    fn before_relative_clause(&self, k: usize) -> Option<usize> {
        if !self.punct(k, ',') {
            return None;
        }
        let r = (k.saturating_sub(RELATIVE_SCAN)..k)
            .rev()
            .take_while(|&r| !self.sentences().ends(r) && !self.punct(r, ','))
            .last()
            .filter(|&r| self.in_list(r, WordList::RelativePronoun))?;
        r.checked_sub(1).filter(|&c| self.punct(c, ','))?.checked_sub(1)
    }

    /// With no cue word around the expression at `i`, the finite verb of its clause
    /// before it is in the present simple: a schedule, which looks ahead (`Germany
    /// meet Italy on Tuesday`, `The festival runs until Sunday`); `since` is a past
    /// cue of its own, found first. A comma between them puts the expression in an
    /// aside (`estimates her properties, worth $130 million in October, are`), unless
    /// a participle in `-ing` goes on with the clause (`breaks over Christmas, resuming
    /// on the first Sunday of February`).
    fn present_clause(&self, i: usize, j: usize) -> bool {
        let before = (i.saturating_sub(PRESENT_SCAN)..i)
            .rev()
            .take_while(|&k| !self.sentences().ends(k) && (!self.punct(k, ',') || self.ends_with(k + 1, WordList::GerundSuffix)))
            .any(|k| self.present_verb(k, None));
        // `On Saturday the channel shows a classic final`: in the adverbial that opens its sentence, the expression's clause and
        // its subject follow it.
        before
            || (self.opening_adverbial(i)
                && (j..(j + PRESENT_SCAN).min(self.toks.len()))
                    .take_while(|&k| !self.sentences().ends(k) && !self.punct(k, ','))
                    .any(|k| self.present_verb(k, Some(j))))
    }

    /// The expression at `i` is in the adverbial that opens its sentence: only closed
    /// words (prepositions, other date words) before it.
    fn opening_adverbial(&self, i: usize) -> bool {
        (i.saturating_sub(4)..=i).rev().find(|&q| self.sentences().opens(q)).is_some_and(|h| {
            (h..i).all(|q| !matches!(self.lex(q), Lex::Other) || self.in_list(q, WordList::PresentObject) || self.in_list(q, WordList::And))
        })
    }

    /// Token `k` is the participle of a present passive dating a rule ahead (`Liquor
    /// sales are banned from May 12`): `is`/`are` before it, `from`, `until` or `on`
    /// after it (`is accused of killing` retells the past).
    fn present_passive(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| self.in_list(p, WordList::PresentBe)) && self.in_list(k + 1, WordList::PassiveAhead)
    }

    /// Token `k` reads as a verb in the present simple: a lowercase word with no class
    /// of its own and no past or `-ing` ending, nor `-ly` past four letters (`fly`
    /// counts), with an object or a
    /// preposition after it and a subject before it: a name opening its clause
    /// (`Germany meet Italy`), a noun after a determiner for the `-s` form (`the
    /// festival runs until`), or a name before an aside closed by a comma (`Gor Mahia,
    /// champions in 1995, play Mumias Sugar`).
    /// `subject_at` is where a subject may start after an opening adverbial.
    fn present_verb(&self, k: usize, subject_at: Option<usize>) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if self.present_passive(k) {
            return true;
        }
        let raw = self.raw(k);
        if t.lex != Lex::Other
            || t.cap
            || !(3..=12).contains(&raw.len())
            || !raw.bytes().all(|b| b.is_ascii_lowercase())
            || self.in_list(k, WordList::Reporting)
            || self.ends_with(k, WordList::PastSuffix)
            || self.ends_with(k, WordList::GerundSuffix)
            || (raw.len() > 4 && self.ends_with(k, WordList::AdverbSuffix))
        {
            return false;
        }
        let word = |i: usize| matches!(self.lex(i), Lex::Other);
        if !(self.in_list(k + 1, WordList::PresentObject) || (self.cap(k + 1) && word(k + 1))) {
            return false;
        }
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        // `The new government, which takes office on Wednesday, promises`: the subject
        // is before the relative clause.
        let p = self.before_relative_clause(p).unwrap_or(p);
        let opens_clause = |q: usize| {
            self.sentences().opens(q)
                || subject_at == Some(q)
                || q.checked_sub(1).is_none_or(|b| self.punct(b, ',') || self.punct(b, ';') || self.in_list(b, WordList::SubjectOpener))
        };
        // A name as the subject: the capitalised run before the verb opens the clause.
        let name_run_start = |p: usize| {
            let mut q = p;
            while q > 0 && self.cap(q - 1) && word(q - 1) && !self.sentences().opens(q) && p - q < 4 {
                q -= 1;
            }
            q
        };
        if self.cap(p) && word(p) {
            let q = name_run_start(p);
            return opens_clause(q) || q.checked_sub(1).is_some_and(|d| self.in_list(d, WordList::Determiner) && opens_clause(d));
        }
        // The `-s` form after a noun phrase a determiner opens at the head of its clause
        // (`The new government promises to`, not `succumbed to his burn injuries at`),
        // at most two words before the noun; a count is no such phrase (`a hundred
        // million dollars in October`).
        let s_form = raw.ends_with('s') && !raw.ends_with("ss") && !raw.ends_with("us") && !raw.ends_with("is");
        let modifier = |d: usize| !matches!(self.lex(d), Lex::Punct(_) | Lex::NumWord(_) | Lex::Int { .. } | Lex::Grouped);
        if s_form && word(p) && !self.cap(p) && !self.in_list(p, WordList::RateScale) {
            return (p.saturating_sub(3)..p)
                .rev()
                .take_while(|&d| !self.sentences().ends(d) && modifier(d) && !self.in_list(d, WordList::RateScale))
                .any(|d| self.in_list(d, WordList::Determiner) && opens_clause(d));
        }
        // The plural form, or a collective noun's (`The squad fly home on Monday`, `The
        // players return on`): one noun after a determiner that opens the sentence, and
        // a preposition or object word after the verb (not `the fastest time on`, after
        // a comma, nor `The jazz pianist Eddie Marsh`) (nineteenth round).
        if !raw.ends_with('s')
            && word(p)
            && !self.cap(p)
            && !self.in_list(p, WordList::RateScale)
            && self.in_list(k + 1, WordList::PresentObject)
        {
            return p.checked_sub(1).is_some_and(|d| self.in_list(d, WordList::Determiner) && self.sentences().opens(d));
        }
        // `Gor Mahia, champions in 1995, play`: the sentence opens with a name, then a comma.
        if self.punct(p, ',') {
            let Some(c) =
                (p.saturating_sub(PRESENT_SCAN)..p).rev().take_while(|&q| !self.sentences().ends(q)).filter(|&q| self.punct(q, ',')).last()
            else {
                return false;
            };
            let Some(n) = c.checked_sub(1).filter(|&n| self.cap(n) && word(n)) else {
                return false;
            };
            let q = name_run_start(n);
            return self.sentences().opens(q)
                || q.checked_sub(1).is_some_and(|d| self.in_list(d, WordList::Determiner) && self.sentences().opens(d));
        }
        false
    }

    /// Token `k` opens a reported or added clause after the expression (`announced on
    /// Monday that he would`, `unveiled it on Tuesday, saying it would`): its tense is
    /// the clause's own, not the expression's (eleventh round).
    pub(super) fn opens_complement(&self, k: usize) -> bool {
        self.is(k, W::That) || self.in_list(k, WordList::Complement)
    }

    /// Token `k` is a word in -ing after `before` or `after` (`after breaking his leg on
    /// Sunday`): a clause of its own, whose time the tense before it does not give.
    fn after_gerund(&self, k: usize) -> bool {
        self.raw(k).len() > 4
            && self.ends_with(k, WordList::GerundSuffix)
            && k.checked_sub(1).is_some_and(|p| self.in_list(p, WordList::BeforeAfter))
    }

    /// Token `k` closes a quotation (`,''`, `."`): the attribution after it (`he said`)
    /// has its own tense, not the quoted sentence's.
    pub(super) fn quote_closes(&self, k: usize) -> bool {
        matches!(self.lex(k), Lex::Punct('\'' | '"' | '\u{201d}'))
            && k.checked_sub(1).is_some_and(|p| matches!(self.lex(p), Lex::Punct(',' | '.' | '?' | '!')))
    }

    /// A participle or past form at `k` is no verb of the sentence's own tense: after
    /// `be` (`will be named`, `would be paid`) it is a passive whose tense the modal
    /// gives, after a determiner (`the announced plan`, `a still unspecified date`) an
    /// adjective.
    pub(super) fn participle_only(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let det = |i: usize| self.in_list(i, WordList::Determiner);
        let adverb = |i: usize| self.ly_adverb(i) || self.in_list(i, WordList::Adverb);
        self.in_list(p, WordList::PassiveBe)
            || self.in_list(p, WordList::PassiveGet)
            || det(p)
            || (adverb(p) && p.checked_sub(1).is_some_and(det))
    }

    /// `as planned`, `previously planned`: a participle modifying the clause.
    pub(super) fn adverbial_participle(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| self.in_list(p, WordList::As) || self.ly_adverb(p))
    }

    /// An adverb in `-ly` (`previously`, `still` is listed apart): longer than four
    /// letters, so `only`, `July` do not count.
    fn ly_adverb(&self, i: usize) -> bool {
        self.raw(i).len() > 4 && self.ends_with(i, WordList::AdverbSuffix)
    }

    /// `set`, `hit`, `put`, `cut`: past tense unless a modal, `to`, `do` or a present
    /// `be` comes first (`will cut`, `is set`) or a plan follows (`set to`, `set for`).
    pub(super) fn bare_past(&self, k: usize) -> bool {
        let before = k.checked_sub(1).is_some_and(|p| self.in_list(p, WordList::NotPastBefore));
        let after = self.in_list(k + 1, WordList::PlanAfter);
        !before && !after
    }

    /// The tense token `k` signals; `before` when it precedes the expression.
    pub(super) fn cue(&self, k: usize, before: bool) -> Option<Tense> {
        let &Token { lex, lists, .. } = self.toks.get(k)?;
        // A lowercase `may` is the modal, not the month.
        let word = matches!(lex, Lex::Other | Lex::Word(_)) || (matches!(lex, Lex::Month { .. }) && !self.cap(k));
        if !word {
            return None;
        }
        let raw = self.raw(k);
        if raw.len() < 2 || raw.len() > 12 {
            return None;
        }
        let is = |list: WordList| list.in_set(lists);
        let prev_is = |list| k.checked_sub(1).is_some_and(|p| self.in_list(p, list));
        // `was due`, `had been scheduled`: the plan itself is past.
        if is(WordList::Scheduled) && prev_is(WordList::PastAux) {
            return Some(Tense::Past);
        }
        // `is to resume`, `set to meet`, `planned to leave`, `payable Jan. 2`.
        if is(WordList::FutureTo) && prev_is(WordList::FutureToBefore) {
            return Some(Tense::Future);
        }
        // `originally set for 10:12 a.m. Thursday`, `plans for Friday`: the date after a
        // plan's `for` (a date before it is another clause's: `accused of arson on
        // Boxing Day has been set for June 12`).
        if before && is(WordList::FutureToBefore) && !is(WordList::PresentBe) && self.in_list(k + 1, WordList::For) {
            return Some(Tense::Future);
        }
        // `was extended to Friday`, `adjourned until Monday`: the day a thing is put
        // off to lies ahead (twentieth round).
        // A plain word after the preposition is what was moved, not the day (`extended
        // to six regions on Friday`).
        if before
            && is(WordList::DeferVerb)
            && (self.in_list(k + 1, WordList::FutureTo) || self.in_list(k + 1, WordList::UntilThen))
            && self.lex(k + 2) != Lex::Other
        {
            return Some(Tense::Future);
        }
        if is(WordList::Future) || (is(WordList::FutureVerb) && !self.participle_only(k)) {
            return Some(Tense::Future);
        }
        // `may resign on Wednesday`, `could last into Tuesday`: a possibility ahead; but
        // `might have met on Monday` looks back, and `could not be reached on Friday`,
        // `could be located Wednesday` report an attempt (twelfth round).
        if is(WordList::ModalAhead) {
            let mut n = k + 1;
            let ability = is(WordList::ModalAbility);
            if ability && (self.in_list(n, WordList::Negation) || self.in_list(n, WordList::PassiveBe)) {
                return None;
            }
            if self.in_list(n, WordList::Negation) {
                n += 1;
            }
            return Some(if self.in_list(n, WordList::Have) { Tense::Past } else { Tense::Future });
        }
        // `planned a rally on Saturday`: the plan is past, the rally ahead (but `On
        // Friday, the government planned to pay` dates the planning).
        if is(WordList::PlanVerb) && before && !self.participle_only(k) && !self.adverbial_participle(k) {
            return Some(Tense::Future);
        }
        // `were planning to`, `was going to`, `was about to`: a future in the past.
        if is(WordList::PastBe) && self.in_list(k + 1, WordList::Prospective) {
            return None;
        }
        if is(WordList::Past) {
            return Some(Tense::Past);
        }
        let present_passive = self.present_passive(k);
        if is(WordList::IrregularPast) && !self.participle_only(k) && !present_passive {
            return Some(Tense::Past);
        }
        if is(WordList::BarePast) && self.bare_past(k) && !self.participle_only(k) {
            return Some(Tense::Past);
        }
        if is(WordList::NotPastEd) {
            return None;
        }
        if raw.len() > 4 && ends_with_listed(raw, WordList::PastSuffix) && !self.participle_only(k) && !present_passive {
            return Some(Tense::Past);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, DCT};

    /// `said` points a bare weekday back, `will` forward (the DCT, 1998-02-05, is a Thursday).
    #[test]
    fn tense_decides_which_way_a_weekday_points() {
        check("The rebels said on Friday that they had left.", DCT, &[("Friday", "DATE", "1998-01-30")]);
        check("The talks will resume on Friday.", DCT, &[("Friday", "DATE", "1998-02-06")]);
    }

    /// A forecast or a start looks ahead unless a determiner makes it a noun; a present
    /// `be` dating an event in a sentence with no other cue states a schedule (sixteenth
    /// round, issue 15). DCT 2017-06-27, a Tuesday.
    #[test]
    #[rustfmt::skip]
    fn schedules_look_ahead() {
        use super::super::test_support::check_table;
        check_table("2017-06-27", &[
            ("Showers are forecast for Thursday in Durban.", &[("Thursday", "DATE", "2017-06-29")]),
            ("Highs are forecast to reach 38 degrees on Sunday.", &[("Sunday", "DATE", "2017-07-02")]),
            ("Kent v Essex at Canterbury, starting Friday.", &[("Friday", "DATE", "2017-06-30")]),
            ("The league final is on Saturday.", &[("Saturday", "DATE", "2017-07-01")]),
            ("The by-election is Thursday.", &[("Thursday", "DATE", "2017-06-29")]),
            ("The bank cut its forecast on Friday.", &[("Friday", "DATE", "2017-06-23")]),
            ("The storm was on Sunday.", &[("Sunday", "DATE", "2017-06-25")]),
            ("Fighting continued until Sunday.", &[("Sunday", "DATE", "2017-06-25")]),
        ]);
    }

    /// A day something is put off to lies ahead even in a past-tense sentence;
    /// the day it was put off on does not (twentieth round, issue 15). DCT
    /// 2017-06-27, a Tuesday.
    #[test]
    #[rustfmt::skip]
    fn a_day_put_off_to_lies_ahead() {
        use super::super::test_support::check_table;
        check_table("2017-06-27", &[
            ("The deadline for bids was extended to Friday.", &[("Friday", "DATE", "2017-06-30")]),
            ("The inquest was adjourned until Monday.", &[("Monday", "DATE", "2017-07-03")]),
            ("The launch was postponed to Thursday after a fault.", &[("Thursday", "DATE", "2017-06-29")]),
            ("The match was postponed on Sunday.", &[("Sunday", "DATE", "2017-06-25")]),
        ]);
    }

    /// A past participle after a linking verb is an adjective, so the clause's own
    /// modal decides (`will stay shut until the fall`); a past linking verb still looks
    /// back (twentieth round, issue 15). DCT 2017-06-27, a Tuesday.
    #[test]
    #[rustfmt::skip]
    fn a_participle_after_a_linking_verb_is_no_past() {
        use super::super::test_support::check_table;
        check_table("2017-06-27", &[
            ("The bridge will stay shut until the autumn.", &[("the autumn", "DATE", "2017-FA")]),
            ("The pool is expected to remain shut until the winter.", &[("the winter", "DATE", "2017-WI")]),
            ("The museum stayed shut until the autumn.", &[("the autumn", "DATE", "2016-FA")]),
            ("Shops remained shut on Friday.", &[("Friday", "DATE", "2017-06-23")]),
        ]);
    }

    /// A clause whose finite verb is in the present simple states a schedule, which
    /// looks ahead: a name or a noun phrase before the verb, an object or a
    /// preposition after it; a relative clause between commas keeps its own tense; a
    /// `be` passive is present; `beat` is past like `hit` (eighteenth round, issue 15).
    /// DCT 2017-06-27, a Tuesday.
    #[test]
    #[rustfmt::skip]
    fn present_simple_schedules_look_ahead() {
        use super::super::test_support::check_table;
        check_table("2017-06-27", &[
            ("Leeds United play Arsenal at Elland Road on Saturday.", &[("Saturday", "DATE", "2017-07-01")]),
            ("The Lions, champions in 2012, face the Stags on Friday.", &[("2012", "DATE", "2012"), ("Friday", "DATE", "2017-06-30")]),
            ("The Wallabies, who lost to Fiji in 2015, fly out on Thursday.", &[("2015", "DATE", "2015"), ("Thursday", "DATE", "2017-06-29")]),
            ("The fair runs until Sunday in Galway.", &[("Sunday", "DATE", "2017-07-02")]),
            ("The new council promises to finish the bridge in two years.", &[("two years", "DATE", "2019")]),
            ("Street parking is banned from March 3.", &[("March 3", "DATE", "2018-03-03")]),
            ("Liftoff is targeted for Friday.", &[("Friday", "DATE", "2017-06-30")]),
            ("A rematch is pencilled in for February.", &[("February", "DATE", "2018-02")]),
            ("The rematch was slated for Friday.", &[("Friday", "DATE", "2017-06-23")]),
            ("The launch, set for Thursday, was delayed.", &[("Thursday", "DATE", "2017-06-29")]),
            ("The lease expires on February 28.", &[("February 28", "DATE", "2018-02-28")]),
            ("The choir sings over the summer, returning on the first Monday of March.", &[("the summer", "DATE", "2017-SU"), ("the first Monday of March", "DATE", "2018-03-05")]),
            // Past news and asides keep their reading.
            ("Rovers beat City 2-0 on Sunday.", &[("Sunday", "DATE", "2017-06-25")]),
            ("Rebels seized the town on Monday.", &[("Monday", "DATE", "2017-06-26")]),
            ("She thinks her shares, worth a billion dollars in March, are worth less now.", &[("March", "DATE", "2017-03"), ("now", "DATE", "PRESENT_REF")]),
            ("Sales of a billion dollars in March.", &[("March", "DATE", "2017-03")]),
            ("On Saturday the channel shows a film.", &[("Saturday", "DATE", "2017-07-01")]),
            ("On Saturday the rebels seized the town.", &[("Saturday", "DATE", "2017-06-24")]),
        ]);
    }

    /// A clause opened after the expression by `that` or `saying` has its own tense: a
    /// `would` in it does not point the weekday forward (eleventh round, issue 15). DCT
    /// 2006-04-25, a Tuesday.
    #[test]
    fn a_reported_clause_keeps_its_tense() {
        use super::super::test_support::check_table;
        check_table(
            "2006-04-25",
            &[
                ("The king announced on Monday that he would restore parliament.", &[("Monday", "DATE", "2006-04-24")]),
                (
                    "Apple unveiled its phone on Monday, saying it would go on sale in June.",
                    &[("Monday", "DATE", "2006-04-24"), ("June", "DATE", "2006-06")],
                ),
                ("The talks will resume on Friday.", &[("Friday", "DATE", "2006-04-28")]),
            ],
        );
    }
}
