//! Time expressions: TIMEX3 `DATE`, `TIME`, `DURATION` and `SET` with values.
//!
//! [`DateTagger`] makes one left-to-right pass per document:
//!
//! 1. [`lexicon`] splits the text into tokens and classifies each once (month,
//!    weekday, unit, number word, ISO date, clock time, closed-class word, …);
//! 2. [`grammar`] tries, at each token whose class can start an expression, the
//!    rules for that class and keeps the longest reading, then jumps past it, so
//!    spans never overlap;
//! 3. [`normalize`] turns readings into TIMEX3 values against the document creation
//!    time, using the tense of the sentence for bare weekdays and months;
//!    [`calendar`] does the arithmetic. Anaphoric expressions (`that year`, `the
//!    following month`, a bare clock time) resolve against the reference time
//!    (`Anchor` in `normalize`), which each emitted value updates in text order;
//!    until the text states a time it holds the DCT (news mode, `Anchor::at_dct`).
//!    A sentence that narrates events long before the DCT (the text stated such a
//!    date with its year in the last few sentences, and the sentence does not
//!    report) reads its bare weekdays against that date, and a month without a year
//!    after a year before the DCT's in the same sentence is in that year
//!    (`grammar::narrative`).
//!
//! Extents follow TimeBank: determiners and modifiers inside (`the past year`,
//! `late Monday`, `nearly a year`), prepositions outside.

mod calendar;
mod grammar;
mod lexicon;
mod normalize;

use std::cell::OnceCell;

use reader::{Document, Layer, Span};

use crate::{Annotator, BuildError, DateOrder, Tagger, TextView};

use calendar::Ymd;
use grammar::Grammar;
use lexicon::Token;
use normalize::{Anchor, TimexNormalizer};

/// What the date tagger is built from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateOptions {
    /// Reading of all-numeric dates such as `06/01/2015`.
    pub order: DateOrder,
}

/// Tags TIMEX3 time expressions and resolves their values against the document's DCT.
#[derive(Debug, Clone, Default)]
pub struct DateTagger {
    order: DateOrder,
}

impl DateTagger {
    /// Builds the tagger. The grammar is compiled into the binary, so this only reads
    /// the configured reading of all-numeric dates and cannot fail today.
    pub fn build(options: &DateOptions) -> Result<Self, BuildError> {
        Ok(DateTagger { order: options.order })
    }

    /// Tags `text` with `dct` (ISO 8601, or `None`), appending byte-offset spans.
    pub fn tag(&self, text: &str, dct: Option<&str>, out: &mut Vec<Span>) {
        self.tag_view(&TextView::new(text), dct, out);
    }

    /// Tags the viewed text with `dct`, reading the tokens composed from the view's
    /// atoms (`lexicon::compose`).
    fn tag_view(&self, view: &TextView<'_>, dct: Option<&str>, out: &mut Vec<Span>) {
        let text = view.text();
        let mut toks: Vec<Token> = Vec::with_capacity(view.atoms().len());
        // Whether a token is the unit `quarter`: told by `compose`, which classes them.
        let quarters = lexicon::compose(view, &mut toks);
        let dct = dct.and_then(Ymd::parse_iso);
        let mut grammar = Grammar {
            toks: &toks,
            view,
            norm: TimexNormalizer { dct, story: None, story_year: None },
            order: self.order,
            finance: quarters,
            anchor: Anchor::at_dct(dct),
            prev_end: usize::MAX,
            sentences: OnceCell::new(),
            day_first_dates: OnceCell::new(),
        };
        let mut i = 0;
        let mut last_end = 0;
        // The last calendar date the text stated (narrative mode, `grammar::narrative`).
        let mut story: Option<Ymd> = None;
        // Sentences opened since the story's date was stated.
        let mut story_age = 0u32;
        // The first token and the index in `out` of the expression emitted last (a
        // range's two ends are made to run forward, `grammar::ranges`).
        let mut prev_date: Option<(usize, usize)> = None;
        while i < toks.len() {
            // With no story time held, nothing below changes at a token no reading
            // starts at: pass them in a tight loop.
            if story.is_none() && grammar.norm.story.is_none() && grammar.norm.story_year.is_none() {
                while i < toks.len() && !grammar.may_start(i) {
                    i += 1;
                }
                if i >= toks.len() {
                    break;
                }
            }
            if story.is_some() && grammar.sentences().opens(i) {
                story_age += 1;
                if story_age > grammar::STORY_SENTENCES {
                    story = None;
                }
                grammar.norm.story = grammar.sentence_reference(i, dct, story);
            }
            // A year stated before the DCT's holds for the rest of its sentence only
            // (`grammar::narrative::states_past_year`).
            if grammar.norm.story_year.is_some() && grammar.sentences().opens(i) {
                grammar.norm.story_year = None;
            }
            // A story told decades after its events (an anniversary, an obituary) also
            // gives its year to the months of the sentences that narrate it
            // (`grammar::narrative::far_story_year`).
            if grammar.norm.story.is_some() && grammar.sentences().opens(i) {
                grammar.norm.story_year = grammar::far_story_year(grammar.norm.story, dct);
            }
            if !grammar.may_start(i) {
                i += 1;
                continue;
            }
            let Some(mut t) = grammar.at(i) else {
                i += 1;
                continue;
            };
            let (Some(first), Some(last)) = (toks.get(t.start), t.end.checked_sub(1).and_then(|e| toks.get(e))) else {
                i += 1;
                continue;
            };
            let (start, end) = (first.start, last.end);
            if start < last_end || end <= start || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                i += 1;
                continue;
            }
            if let Some((first_start, k)) = prev_date {
                if let Some(first) = out.get_mut(k).and_then(|s| s.value.as_mut()) {
                    grammar.follow_range(first_start, first, &mut t);
                }
            }
            if !t.anaphoric {
                grammar.anchor.update(&t.value);
                if let Some(y) = grammar.states_past_year(t.start, t.end, &t.value, dct) {
                    grammar.norm.story_year = Some(y);
                } else if let Some(y) = grammar.states_plan_year(t.start, t.end, &t.value, dct) {
                    grammar.norm.story_year = Some(y);
                }
                if grammar.states_calendar_date(t.start, t.end) {
                    if let Some(d) = t.value.get(..10).and_then(Ymd::parse_iso) {
                        story = Some(d);
                        story_age = 0;
                    }
                }
            }
            if grammar.returns_to_present(&t, story, dct) {
                story = None;
                grammar.norm.story = None;
                grammar.norm.story_year = None;
                grammar.anchor = Anchor::at_dct(dct);
            }
            grammar.prev_end = t.end;
            prev_date = Some((t.start, out.len()));
            let mut span = Span::new(start, end, t.label.as_str()).with_value(t.value);
            if let Some(m) = t.modifier {
                span.attrs.insert("mod".to_string(), m.to_string());
            }
            out.push(span);
            last_end = end;
            i = t.end.max(i + 1);
        }
    }
}

impl Tagger for DateTagger {
    type Options = DateOptions;
    const LAYER: Layer = Layer::Dates;
    fn build(options: &DateOptions) -> Result<Self, BuildError> {
        DateTagger::build(options)
    }
}

impl Annotator for DateTagger {
    fn layer(&self) -> Layer {
        Self::LAYER
    }

    /// Reads the tokens composed from the view's atoms.
    fn annotate(&self, doc: &Document, view: &TextView<'_>, out: &mut Vec<Span>) {
        self.tag_view(view, doc.dct.as_deref(), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tag(text: &str, dct: Option<&str>) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        DateTagger::default().tag(text, dct, &mut out);
        out.iter().map(|s| (s.text(text).to_string(), s.label.clone(), s.value.clone().unwrap_or_default())).collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let spans = tag(text, Some("2015-06-02"));
        assert_eq!(spans.len(), 1, "{text}: {spans:?}");
        spans.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn extents_take_determiners_not_prepositions() {
        assert_eq!(one("over the past year").0, "the past year");
        assert_eq!(one("for nearly a year").0, "nearly a year");
        assert_eq!(one("on Sunday").0, "Sunday");
        assert_eq!(one("until the end of the year").0, "the end of the year");
    }

    #[test]
    fn modifiers_go_to_attrs() {
        let mut out = Vec::new();
        DateTagger::default().tag("in mid-2013", Some("2015-06-02"), &mut out);
        assert_eq!(out[0].attrs.get("mod").map(String::as_str), Some("MID"));
        assert_eq!(out[0].value.as_deref(), Some("2013"));
    }

    #[test]
    fn day_first_order_is_configurable() {
        let tagger = DateTagger::build(&DateOptions { order: DateOrder::DayFirst }).unwrap();
        let mut out = Vec::new();
        tagger.tag("on 06/01/2015", None, &mut out);
        assert_eq!(out[0].value.as_deref(), Some("2015-01-06"));
    }

    #[test]
    fn bad_dct_leaves_values_unresolved() {
        assert_eq!(tag("yesterday", Some("garbage")), [("yesterday".into(), "DATE".into(), "XXXX-XX-XX".into())]);
        assert_eq!(tag("June 1", Some("9999-99-99"))[0].2, "XXXX-06-01");
    }

    #[test]
    fn extreme_numbers_do_not_overflow() {
        for text in [
            "18446744073709551616 years ago",
            "9999999999 days ago",
            "99999 weeks ago",
            "every 99999999999999999999 days",
            "February 30, 2015",
            "31/31/2015",
            "about about about about about about about about a year",
        ] {
            tag(text, Some("9999-12-31"));
            tag(text, Some("0001-01-01"));
        }
    }

    fn check_invariants(text: &str) {
        let mut out = Vec::new();
        DateTagger::default().tag(text, Some("2015-06-02"), &mut out);
        let mut last = 0;
        for s in &out {
            assert!(s.start < s.end && s.start >= last, "{s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let slice = &text[s.start..s.end];
            assert_eq!(slice.trim(), slice, "untrimmed span {slice:?}");
            last = s.end;
        }
    }

    proptest! {
        #[test]
        fn any_string_annotates(text in any::<String>()) {
            check_invariants(&text);
        }

        #[test]
        fn date_like_strings_annotate(text in "([0-9]{1,5}|[ ,./:'-]|May|the|last|a|about|years?|ago|Monday|p\\.m\\.|mid|\u{a0}|é|Q[1-4]){0,24}") {
            check_invariants(&text);
        }
    }
}
