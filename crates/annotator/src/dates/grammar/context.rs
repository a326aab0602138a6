//! Tense and sentence context: which way a bare weekday or month points (`on Friday`
//! in a sentence about the past is the last Friday), from cue words around it
//! (`said`, `will`, irregular past forms, `as soon as`), within the sentence. Where a
//! sentence ends is the view's token reading (`Grammar::sentences`, made once per
//! document from the lexicon's classes by `lexicon::sentences`).

use super::Grammar;
use crate::dates::lexicon::{ends_with_listed, Lex, Token, WordList, W};
use crate::dates::normalize::Tense;

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
        for dist in 1..=WINDOW {
            if left {
                match i.checked_sub(dist) {
                    Some(k) if !self.sentences().ends(k) => {
                        if let Some(t) = self.cue(k, true) {
                            return t;
                        }
                        left = !self.toks.get(k).is_some_and(|t| t.newline_before) && !self.after_gerund(k);
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
        fallback.unwrap_or(Tense::Unknown)
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
        self.in_list(p, WordList::PassiveBe) || det(p) || (adverb(p) && p.checked_sub(1).is_some_and(det))
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
        if is(WordList::IrregularPast) && !self.participle_only(k) {
            return Some(Tense::Past);
        }
        if is(WordList::BarePast) && self.bare_past(k) && !self.participle_only(k) {
            return Some(Tense::Past);
        }
        if is(WordList::NotPastEd) {
            return None;
        }
        if raw.len() > 4 && ends_with_listed(raw, WordList::PastSuffix) && !self.participle_only(k) {
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
