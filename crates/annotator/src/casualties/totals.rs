//! The toll a report states, per outcome (`SCHEME.md`, "Totals per document"),
//! computed from a document's `CASUALTY` spans and the text around them.
//!
//! 1. Figures that are part of another are dropped: an `including` or `among them`
//!    subset, a bracketed breakdown (`5 civilians (2 men, 3 women)`), a `300 of
//!    them`, a victim `among the dead`.
//! 2. Within a sentence the remaining figures of one outcome are distinct victims
//!    and add up (`3 soldiers and 2 civilians were killed` is 5); a running total
//!    (`the death toll rose to 45`) stands for the whole sentence.
//! 3. Across sentences, a sentence total equal to one already seen is the same
//!    toll repeated (a headline and the body) and counts once; a different total in
//!    a sentence that reports a claim or a source (`the group claimed 20`, `police
//!    said 4`) is a conflicting report of the same toll, and the lowest is kept; a
//!    running total replaces what came before; any other figure adds (`a third
//!    person died later`).
//! 4. Bounds add as bounds: `at least 3` and `2` make `>=5`, a range adds by its
//!    ends, an `about` makes the sum approximate.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::fmt;
use std::sync::LazyLock;

use reader::Span;

use super::lexicon::{
    forward_cue, is_toll_or_tally, verb_cue, WordSet, CAUSE, CHARGE, COUNTED_GROUPS, DEATH, DISEASES, ELAPSED, GRIEVANCE, PROTEST,
    REPRISAL, RISE, SAYING, SOURCE_WORDS, SPARK, TOLL_LABELS, UNREST, WORKS_ABOUT,
};
use super::LABEL;
use crate::vocab::table::{Shapes, MAX_KEY};

const PAST_MARKERS: &str = include_str!("data/past_markers.txt");

/// Phrases (word sequences) that date a figure as an earlier event: one a row
/// (`vocab::table::rows`), its words split at spaces.
static PAST: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::vocab::table::rows(PAST_MARKERS).filter_map(|(_, fields)| Some(fields.first()?.split_whitespace().collect())).collect()
});

/// The five outcomes, in the order totals are written.
const OUTCOMES: [&str; 5] = ["killed", "injured", "missing", "abducted", "casualties"];

/// A toll as bounds: at least `low`, at most `high` (`None`: no upper bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toll {
    /// The lower bound.
    pub low: u64,
    /// The upper bound, if any.
    pub high: Option<u64>,
    /// Whether the lower bound is strict (`more than 12`).
    pub strict: bool,
    /// Whether the figure is approximate (`about 12`).
    pub approximate: bool,
}

impl Toll {
    /// Reads a COUNT (`12`, `>=12`, `>12`, `<=12`, `~12`, `12-15`).
    pub fn parse(count: &str) -> Option<Toll> {
        let exact = |n: u64| Toll { low: n, high: Some(n), strict: false, approximate: false };
        if let Some(n) = count.strip_prefix(">=") {
            return Some(Toll { high: None, ..exact(n.parse().ok()?) });
        }
        if let Some(n) = count.strip_prefix("<=") {
            return Some(Toll { low: 0, ..exact(n.parse().ok()?) });
        }
        if let Some(n) = count.strip_prefix('>') {
            return Some(Toll { high: None, strict: true, ..exact(n.parse().ok()?) });
        }
        if let Some(n) = count.strip_prefix('~') {
            return Some(Toll { approximate: true, ..exact(n.parse().ok()?) });
        }
        if let Some((a, b)) = count.split_once('-') {
            let (a, b) = (a.parse().ok()?, b.parse().ok()?);
            return (a <= b).then_some(Toll { low: a, high: Some(b), strict: false, approximate: false });
        }
        count.parse().ok().map(exact)
    }

    /// The number the toll states, read conservatively (`<=7` states 7, a range its
    /// low end): what conflicting reports are compared by.
    pub fn stated(&self) -> u64 {
        if self.low == 0 {
            self.high.unwrap_or(0)
        } else {
            self.low
        }
    }

    /// The toll of two distinct groups of victims.
    fn add(self, other: Toll) -> Toll {
        Toll {
            low: self.low.saturating_add(other.low),
            high: self.high.zip(other.high).map(|(a, b)| a.saturating_add(b)),
            strict: self.strict || other.strict,
            approximate: self.approximate || other.approximate,
        }
    }
}

impl fmt::Display for Toll {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.high {
            None if self.strict => write!(f, ">{}", self.low),
            None => write!(f, ">={}", self.low),
            Some(h) if self.approximate => write!(f, "~{h}"),
            Some(h) if h == self.low => write!(f, "{h}"),
            Some(h) if self.low == 0 => write!(f, "<={h}"),
            Some(h) => write!(f, "{}-{h}", self.low),
        }
    }
}

/// The totals of one document: `(outcome, toll)` for each outcome with a figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CasualtyTotals(pub Vec<(&'static str, Toll)>);

impl CasualtyTotals {
    /// The toll of one outcome (`killed`, `injured`, …).
    pub fn get(&self, outcome: &str) -> Option<Toll> {
        self.0.iter().find(|(o, _)| *o == outcome).map(|(_, t)| *t)
    }

    /// Whether no outcome has a toll.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// As a JSON object, outcome → COUNT (`{"killed": ">=5"}`).
    pub fn to_json(&self) -> serde_json::Value {
        let map = self.0.iter().map(|(o, t)| ((*o).to_string(), serde_json::Value::String(t.to_string()))).collect();
        serde_json::Value::Object(map)
    }
}

/// One figure as the totals see it.
#[derive(Debug, Clone, Copy)]
struct Figure {
    start: usize,
    end: usize,
    toll: Toll,
    sentence: usize,
    /// A definite single victim (`the driver`): it may refer back to one counted.
    definite: bool,
}

/// Computes the totals of `text` from its spans (byte offsets; spans of other
/// labels and unreadable values are ignored).
pub fn totals(text: &str, spans: &[Span]) -> CasualtyTotals {
    totals_dated(text, spans, None)
}

/// [`totals`], with the document's creation date (`YYYY-MM-DD…`, as a document's
/// `dct`): a figure dated in its clause by a year well before it (`in a 2002
/// bombing`, `on January 6, 1993`, `since 2020`) is an earlier event's toll.
pub fn totals_dated(text: &str, spans: &[Span], dct: Option<&str>) -> CasualtyTotals {
    let dct = dct.and_then(Dct::parse);
    if !spans.iter().any(|s| s.label == LABEL) {
        return CasualtyTotals::default();
    }
    let view = crate::TextView::new(text);
    let sentences = view.loose_sentence_starts();
    let sentence_of = |at: usize| sentences.partition_point(|&s| s <= at).saturating_sub(1);
    // Sorted and without repeats, for `binary_search`: a document of 50,000 sentences
    // and as many spans must not pay sentences × spans.
    // A sentence whose only figures are a protest's grievance (`to protest the death
    // of the guard`) may itself be the protest over another sentence's death.
    let mut span_sentences: Vec<usize> = spans
        .iter()
        .filter(|s| s.label == LABEL)
        .filter(|s| {
            let toll = s.value.as_deref().and_then(|v| v.split_once(':')).and_then(|(_, c)| Toll::parse(c));
            toll.is_none_or(|toll| {
                let figure = Figure { start: s.start, end: s.end, toll, sentence: sentence_of(s.start), definite: false };
                !is_grievance(text, sentences, &figure)
            })
        })
        .map(|s| sentence_of(s.start))
        .collect();
    span_sentences.sort_unstable();
    span_sentences.dedup();
    // Starts of the casualty spans, sorted: whether a figure is its sentence's first.
    let mut starts: Vec<usize> = spans.iter().filter(|s| s.label == LABEL).map(|s| s.start).collect();
    starts.sort_unstable();
    let first_in_sentence = |f: &Figure| {
        let before = starts.partition_point(|&s| s < f.start);
        before == 0 || starts.get(before - 1).is_none_or(|&s| sentence_of(s) != f.sentence)
    };
    // The casualty spans' bounds, sorted: where a figure's clause meets the figures
    // beside it.
    let mut bounds: Vec<(usize, usize)> = spans.iter().filter(|s| s.label == LABEL).map(|s| (s.start, s.end)).collect();
    bounds.sort_unstable();
    // Whether another sentence protests a death: read once per document, on the
    // first outcome with figures.
    let protest_elsewhere = OnceCell::new();
    let mut out = Vec::new();
    for outcome in OUTCOMES {
        let mut figures: Vec<Figure> = spans
            .iter()
            .filter(|s| s.label == LABEL)
            .filter_map(|s| {
                let (o, count) = s.value.as_deref()?.split_once(':')?;
                (o == outcome).then_some(())?;
                let definite = text.get(s.start..s.end).and_then(|t| t.get(..4)).is_some_and(|t| t.eq_ignore_ascii_case("the "));
                Some(Figure { start: s.start, end: s.end, toll: Toll::parse(count)?, sentence: sentence_of(s.start), definite })
            })
            .collect();
        figures.sort_by_key(|f| f.start);
        let mut keep: Vec<bool> = figures
            .iter()
            .map(|f| {
                !is_grievance(text, sentences, f)
                    && !is_reprisal_cause(text, sentences, f)
                    && !is_past_event(text, sentences, f)
                    && !dct.is_some_and(|d| is_dated_earlier(text, sentences, f, d))
                    && !is_charged_killing(text, sentences, f)
                    && !is_cause_of_event(text, sentences, f)
                    && !is_dated_antecedent(text, sentences, f, dct)
                    && !is_wider_count(text, sentences, f)
                    && !(first_in_sentence(f) && is_after_clause_cause(text, sentences, f))
                    && !opens_with_past_time(text, sentences, f, dct)
                    && !is_anniversary(text, sentences, f)
                    && !is_background_in_clause(text, sentences, f, dct)
                    && !is_crime_statistic(text, sentences, f)
                    && !is_long_conflict_toll(text, sentences, f)
                    && !is_actor_record(text, sentences, f)
            })
            .collect();
        // A figure joined by a bare `and` to a background figure before it (`ordering
        // the 2018 murders of an investigative journalist and his fiancee`), or a part
        // of it in its sentence (`shot dead 10 people, among them two children`),
        // shares its reading.
        for n in 1..figures.len() {
            if keep[n] && !keep[n - 1] {
                let (prev, cur) = (&figures[n - 1], &figures[n]);
                keep[n] = !(joined_by_and(text, prev, cur) || (prev.sentence == cur.sentence && is_part(text, Some((prev, false)), cur)));
            }
        }
        // `… marked ten years since the attacks in which a film director and a guard
        // were shot dead. The gunman was later killed by police.`, `… a year after
        // gunmen attacked tourists there, killing 10 people. Four of the gunmen were
        // killed in the siege.`: a definite victim or a part of a definite group
        // (`Four of the gunmen`) after background figures only refers back to their
        // event.
        if let Some(first_kept) = keep.iter().position(|&k| k) {
            if first_kept > 0 {
                for n in first_kept..figures.len() {
                    if keep[n] && !keep[..n].contains(&true) && (figures[n].definite || partitive_of_the(text, &figures[n])) {
                        keep[n] = false;
                    }
                }
            }
        }
        let mut n = 0;
        figures.retain(|_| {
            n += 1;
            keep.get(n - 1).copied().unwrap_or(true)
        });
        // `Three more were killed …; the death toll since last Friday has reached
        // 27`: a count over a period holds other events' deaths; with a figure of the
        // report's own event beside it, it is not this report's toll. Nor is a count
        // over a long period (months, years, since a date: `more than 3,000 civilians
        // had been killed in the conflict so far this year`) with none beside it; over
        // a week or a few days (`Gang clashes have killed at least 89 people over the
        // past week`) it is the report's own.
        let mut period: Vec<bool> = figures.iter().map(|f| is_period_total(text, sentences, &bounds, f, false)).collect();
        if period.contains(&true) {
            // `since 2013, 30 Namibians and 22 Zimbabweans had been shot dead`: a figure
            // joined by `and` to a period figure shares its clause.
            for n in 1..figures.len() {
                if period[n - 1] && !period[n] && joined_by_and(text, &figures[n - 1], &figures[n]) {
                    period[n] = true;
                }
            }
            // A part of the period's count (`Among the dead were 4 children`) is no
            // figure of the event's own.
            let own = figures.iter().enumerate().any(|(n, f)| {
                !period.get(n).copied().unwrap_or(true)
                    && !is_part(text, n.checked_sub(1).and_then(|p| figures.get(p)).map(|p| (p, false)), f)
            });
            // Without a figure of the event's own, every figure is a period count or a
            // part of one: all go when each period is long.
            let long = |n: usize, f: &Figure| {
                !period.get(n).copied().unwrap_or(false)
                    || is_period_total(text, sentences, &bounds, f, true)
                    || n.checked_sub(1).and_then(|p| figures.get(p)).is_some_and(|p| joined_by_and(text, p, f))
            };
            if !own && figures.iter().enumerate().all(|(n, f)| long(n, f)) {
                figures.clear();
            }
            if own {
                let mut n = 0;
                figures.retain(|_| {
                    n += 1;
                    !period.get(n - 1).copied().unwrap_or(false)
                });
            }
        }
        drop_grievances_of_other_sentences(text, sentences, &span_sentences, &protest_elsewhere, &mut figures);
        // `A man was shot dead … the man was a shopkeeper`, `killed the commander …
        // three militants were killed`: a definite single victim usually refers to
        // one a figure counts, so it counts only in a document with no other figure
        // of the same outcome (the first definite one, once).
        if figures.iter().any(|f| !f.definite) {
            let joined: Vec<bool> =
                figures.iter().enumerate().map(|(n, f)| f.definite && joined_to_next(text, f, figures.get(n + 1))).collect();
            let mut n = 0;
            figures.retain(|f| {
                n += 1;
                !f.definite || joined.get(n - 1).copied().unwrap_or(false)
            });
        } else {
            figures.truncate(1);
        }
        if let Some(toll) = document_toll(text, &figures, sentences) {
            out.push((outcome, toll));
        }
    }
    CasualtyTotals(out)
}

/// Nouns that count killings as crimes, not victims (`382 homicides`).
const CRIME_COUNTS: [&str; 3] = ["murders", "homicides", "killings"];

/// Whether a figure counts killings as crimes over a period (`Trinidad recorded more
/// than 600 murders in 2022`, `the city closed 2023 with 382 homicides`, `11 murders
/// since the start of the month`, `a trial of 6 murders between 2015 and 2017`): a
/// figure headed by a noun of [`CRIME_COUNTS`] in a sentence that names a year or a
/// month. That is a crime statistic, not the toll of the report's event.
fn is_crime_statistic(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let span = text.get(figure.start..figure.end).unwrap_or("");
    let head = span.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !CRIME_COUNTS.iter().any(|n| head.eq_ignore_ascii_case(n)) {
        return false;
    }
    let from = sentences.get(figure.sentence).copied().unwrap_or(0);
    let to = sentences.get(figure.sentence + 1).copied().unwrap_or(text.len());
    lower_words(text.get(from..to).unwrap_or(""))
        .iter()
        .any(|w| matches!(w.as_str(), "year" | "years" | "month" | "months") || (is_year(w) && w.as_str() >= "1900"))
}

/// Whether a figure's clause names, before it, an event lasting months or years (`The
/// five-month battle killed an estimated 1,100 people`, `the decade-long insurgency
/// has killed 40,000`): a count over a long period. Not an age (`a 30-year-old man`).
fn is_long_conflict_toll(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    // The clause's last 80 bytes: most hold no hyphen.
    let sentence_start = sentences.get(figure.sentence).copied().unwrap_or(0);
    let start = near_before(text, sentence_start.max(figure.start.saturating_sub(80)), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    if !before.as_bytes().contains(&b'-') {
        return false;
    }
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or("");
    clause.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        let unit = |u: &str| matches!(u, "month" | "year" | "decade" | "months" | "years" | "decades");
        // `decade-long`, `months-long`, `five-month`, `two-year-long`.
        let (w, long) = w.strip_suffix("-long").map_or((w.as_str(), false), |s| (s, true));
        (long && unit(w)) || w.split_once('-').is_some_and(|(n, u)| !n.is_empty() && unit(u))
    })
}

/// Whether a figure is the record of an actor told in a relative clause set off by a
/// comma, with the present perfect (`ADF rebels, who have killed hundreds of
/// civilians in the region`, `Al-Shabaab, which officials say has killed more than
/// 4,000 people`): a count over the actor's history, not the report's event. `which`
/// only after a name (a capital letter): `the attack, which has killed 12` may be
/// the report's own event, counted so far.
fn is_actor_record(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    use super::outcome::Outcome;
    let words = clause_words_before(text, sentences, figure);
    let n = words.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| words.get(i)).map_or("", Lower::as_str);
    if !(verb_cue(at(1)) == Some(Outcome::Killed) && matches!(at(2), "has" | "have")) || n > 6 {
        return false;
    }
    // `the gunmen, who have killed 5 people since Sunday`: a record of the report's
    // own days is its event.
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let after = lower_words(text.get(figure.end..end).unwrap_or(""));
    let after = after.get(..after.len().min(DAY_REACH)).unwrap_or(&[]);
    let recent = after.windows(2).any(|p| {
        (p[0] == "since" && (super::lexicon::is_weekday(&p[1]) || matches!(p[1].as_str(), "yesterday" | "the")))
            || (p[0] == "this" && p[1] == "week")
    });
    if recent || dated_by_a_day_after(text, sentences, figure) {
        return false;
    }
    let rel = words.first().map_or("", Lower::as_str);
    if rel == "who" {
        return true;
    }
    if rel != "which" {
        return false;
    }
    // The word before the comma that opens the clause.
    let sentence_start = sentences.get(figure.sentence).copied().unwrap_or(0);
    let before = text.get(near_before(text, sentence_start, figure.start)..figure.start).unwrap_or("");
    let Some((head, _)) = before.rsplit_once(',') else { return false };
    let mut prior = head.split_whitespace().rev();
    let name = prior.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    name && prior.next().is_some()
}

/// Whether a definite victim is joined by `and` to the figure after it, as one
/// subject or object (`The driver and 2 market women were killed`, `killed the police
/// chief of the district and two of his guards`): another victim, not one told
/// before. At most a short `of` phrase between the victim and `and`.
fn joined_to_next(text: &str, figure: &Figure, next: Option<&Figure>) -> bool {
    let Some(next) = next.filter(|n| n.sentence == figure.sentence && !n.definite) else { return false };
    let between = text.get(figure.end..next.start).unwrap_or("");
    if between.len() > 60 || between.contains([',', ';', '(', ')']) {
        return false;
    }
    let words = lower_words(between);
    match words.as_slice() {
        [and] => and == "and",
        [of, rest @ .., and] => of == "of" && and == "and" && rest.len() <= 3,
        _ => false,
    }
}

/// The most text around a figure its sentence is read for (bytes each side): news
/// sentences are far shorter, and a text with no sentence end (a table, a run of
/// figures) must not make every figure read all of it (time quadratic in its length).
const REACH: usize = 1000;

/// `from`, moved forward to at most `REACH` bytes before `to` (on a character boundary).
fn near_before(text: &str, from: usize, to: usize) -> usize {
    let mut at = from.max(to.saturating_sub(REACH));
    while at < to && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `to`, moved back to at most `REACH` bytes after `from` (on a character boundary).
fn near_after(text: &str, from: usize, to: usize) -> usize {
    let mut at = to.min(from.saturating_add(REACH)).min(text.len());
    while at > from && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn lower_words(s: &str) -> Vec<Lower<'_>> {
    if !s.is_ascii() {
        return s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(Lower::of).collect();
    }
    // ASCII text: the same words cut on bytes (an ASCII character is alphanumeric
    // exactly when its byte is), without decoding characters; room for a word per
    // five bytes, so that a sentence's words rarely grow the vector.
    let mut words = Vec::with_capacity(s.len() / 5 + 1);
    let mut start = None;
    for (i, b) in s.bytes().enumerate() {
        if b.is_ascii_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(w) = start.take().and_then(|from| s.get(from..i)) {
            words.push(Lower::of(w));
        }
    }
    if let Some(w) = start.and_then(|from| s.get(from..)) {
        words.push(Lower::of(w));
    }
    words
}

/// A word list of the protest checks with a filter in front: most words of a
/// sentence are in none, and the filter (first two bytes and length, any ASCII case:
/// [`Shapes`]) rejects them before they are lowercased and hashed.
struct Filtered {
    set: &'static WordSet,
    shapes: Shapes,
    /// The longest word's length in bytes.
    longest: usize,
}

impl Filtered {
    fn of(set: &'static WordSet) -> Filtered {
        let mut shapes = Shapes::default();
        for w in set {
            shapes.insert_word(w.as_bytes());
        }
        Filtered { set, shapes, longest: set.iter().map(|w| w.len()).max().unwrap_or(0) }
    }

    /// Whether the ASCII word `w` lowercased may be in the set (never `false` for one
    /// that is): `Shapes` holds words of at most `MAX_KEY` bytes, so a longer one is
    /// rejected only when the set has none that long.
    fn may_hold(&self, w: &[u8]) -> bool {
        w.len() <= self.longest && (w.len() > MAX_KEY || self.shapes.may_hold(w))
    }
}

static PROTEST_WORDS: LazyLock<Filtered> = LazyLock::new(|| Filtered::of(&PROTEST));
static SPARK_WORDS: LazyLock<Filtered> = LazyLock::new(|| Filtered::of(&SPARK));

/// Whether a word of `s` ([`lower_words`] of it) is in `list`, without the vector of
/// words: an ASCII word the filter passes is lowercased into a buffer on the stack (a
/// text with other characters, or a word longer than the buffer, is read as
/// `lower_words` reads it).
fn has_word_in(s: &str, list: &Filtered) -> bool {
    if !s.is_ascii() {
        return lower_words(s).iter().any(|w| list.set.contains(w.as_str()));
    }
    let mut buf = [0u8; 32];
    s.as_bytes().split(|b| !b.is_ascii_alphanumeric()).filter(|w| !w.is_empty() && list.may_hold(w)).any(|w| match buf.get_mut(..w.len()) {
        Some(lower) => {
            for (l, b) in lower.iter_mut().zip(w) {
                *l = b.to_ascii_lowercase();
            }
            std::str::from_utf8(lower).is_ok_and(|l| list.set.contains(l))
        }
        None => std::str::from_utf8(w).is_ok_and(|w| list.set.contains(w.to_ascii_lowercase().as_str())),
    })
}

/// A word of [`lower_words`], lowercase: the text's own slice when it has no
/// uppercase letter (most words), a lowercased copy otherwise.
#[derive(Debug, Clone)]
struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// `word` lowercased as [`str::to_lowercase`] does, without a copy when an ASCII
    /// word has no uppercase letter (lowercasing leaves it as it is).
    fn of(word: &'a str) -> Lower<'a> {
        let b = word.as_bytes();
        if b.is_ascii() && !b.iter().any(u8::is_ascii_uppercase) {
            Lower(Cow::Borrowed(word))
        } else {
            Lower(Cow::Owned(word.to_lowercase()))
        }
    }

    fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// Whether sentence `n` reports a protest or a commemoration over its figures
/// (`staged a protest against the killing of 20 workers`): they are an earlier
/// event's toll, the grievance, not the toll of this report.
fn is_grievance(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    // (Each word list is read only where its words decide: most sentences have no
    // spark or protest word, and `has_word_in` lowercases without allocating.)
    let after = text.get(figure.end..end).unwrap_or("");
    if has_word_in(after, &SPARK_WORDS) && sparks_unrest(&lower_words(after)) {
        return true;
    }
    // The protest anywhere in the sentence, its link to the grievance before the
    // figure: `3 were killed during a protest against a drive` is this event's toll.
    if !has_word_in(text.get(start..end).unwrap_or(""), &PROTEST_WORDS) {
        return false;
    }
    let before = lower_words(text.get(start..figure.start).unwrap_or(""));
    grievance_linked(&before) || protest_governs(&before) || protest_after_as_clause(&before, after)
}

/// Whether a link of `data/grievance_links.txt` (`against`, `over`, `demanding`, …)
/// before a figure ties it to a protest as its grievance. Not when the object of
/// `over` or `against`
/// names no death and a verb of killing (or `left`, `claimed`) right before the
/// figure takes it as the protest's own toll (`riots over a remark by a teacher left
/// 33 dead`, `a march against the tax, police killed 3`): no death noun, relative
/// pronoun or other outcome word between the link and that verb.
fn grievance_linked(before: &[Lower<'_>]) -> bool {
    let Some(g) = before.iter().rposition(|w| GRIEVANCE.contains(w.as_str())) else { return false };
    // (`after`, `following`: a clause of their own, `held a protest after a man
    // murdered a resident`.)
    if !matches!(before[g].as_str(), "over" | "against") {
        return true;
    }
    let rest = before.get(g + 1..).unwrap_or(&[]);
    let Some((verb, object)) = rest.split_last() else { return true };
    let kills = verb_cue(verb.as_str()) == Some(super::outcome::Outcome::Killed) || matches!(verb.as_str(), "left" | "claimed");
    let named_death = object.iter().any(|w| {
        DEATH.contains(w.as_str())
            || matches!(w.as_str(), "who" | "whom" | "that" | "which")
            || verb_cue(w.as_str()).is_some()
            || forward_cue(w.as_str()).is_some()
    });
    !(kills && !object.is_empty() && !named_death)
}

/// Whether a figure is in a clause that opens its sentence with `As` and the protest
/// comes after that clause's comma (`As the body of a worker was found, his family
/// protested outside the hospital`): the death the protest answers. Not `as many
/// as`, `as well as`; `before` is the sentence's words before the figure, `after` its
/// text after it.
fn protest_after_as_clause(before: &[Lower<'_>], after: &str) -> bool {
    before.first().is_some_and(|w| w == "as")
        && !before.get(1).is_some_and(|w| matches!(w.as_str(), "many" | "much" | "well" | "few"))
        && after.find(',').and_then(|c| after.get(c..)).is_some_and(|rest| has_word_in(rest, &PROTEST_WORDS))
}

/// Whether a sentence (its words, lowercase) reports a protest over a death told in
/// another sentence: a protest word, and a protest that refers back (`In protest,
/// …`, not `in protest against the attack`, which names its own grievance) or a death
/// that sparked it (`The murder set off protests`).
fn protests_a_death(words: &[Lower<'_>]) -> bool {
    if !words.iter().any(|w| PROTEST.contains(w.as_str())) {
        return false;
    }
    // `In protest, …` refers back; `in protest against the attack` names its own
    // grievance.
    let in_protest = words.iter().enumerate().any(|(i, w)| {
        w == "in"
            && words.get(i + 1).is_some_and(|p| p == "protest")
            && words.get(i + 2).is_none_or(|n| !GRIEVANCE.contains(n.as_str()) && !matches!(n.as_str(), "of" | "at" | "to"))
    });
    let sparked = words.iter().position(|w| DEATH.contains(w.as_str())).is_some_and(|d| sparks_unrest(words.get(d + 1..).unwrap_or(&[])));
    // `to protest the death of the guard`, `a demonstration following the event`: a
    // protest or its link, then a death or an event named as known (`the`, `this`).
    let known_death = words.windows(3).any(|w| {
        (PROTEST.contains(w[0].as_str()) || GRIEVANCE.contains(w[0].as_str()))
            && matches!(w[1].as_str(), "the" | "this" | "that")
            && DEATH.contains(w[2].as_str())
    });
    in_protest || sparked || known_death
}

/// A report whose protest is over a death stated in another sentence (`A guard was
/// strangled in the station. In protest, workers blocked the road.`; `… The murder
/// set off protests.`): that death is the grievance, an earlier event's toll. The
/// figures of a sentence with no protest word of its own are dropped when another
/// sentence, with no casualty span (`span_sentences`, sorted), protests a death; the
/// answer is kept in `protest_elsewhere` for the document's other outcomes. A sentence
/// that names protesters (`2 protesters were shot dead`) keeps its figures: the
/// protest's own toll.
fn drop_grievances_of_other_sentences(
    text: &str,
    sentences: &[usize],
    span_sentences: &[usize],
    protest_elsewhere: &OnceCell<bool>,
    figures: &mut Vec<Figure>,
) {
    if figures.is_empty() {
        return;
    }
    let sentence_text = |n: usize| {
        let start = sentences.get(n).copied().unwrap_or(0);
        let end = sentences.get(n + 1).copied().unwrap_or(text.len());
        text.get(start..end).unwrap_or("")
    };
    let words_of = |n: usize| lower_words(sentence_text(n));
    let protests_elsewhere = *protest_elsewhere.get_or_init(|| {
        (0..sentences.len().max(1))
            .filter(|n| span_sentences.binary_search(n).is_err())
            // (`protests_a_death` is false without a protest word.)
            // A condemnation alone (`Indepaz condemned the killing of the four young
            // people`) is a statement on the report's own death, not a protest event.
            .any(|n| {
                has_word_in(sentence_text(n), &PROTEST_WORDS) && {
                    let words = words_of(n);
                    words.iter().any(|w| PROTEST.contains(w.as_str()) && !w.starts_with("condemn") && !w.starts_with("denounce"))
                        && protests_a_death(&words)
                }
            })
    });
    if protests_elsewhere {
        figures.retain(|f| has_word_in(sentence_text(f.sentence), &PROTEST_WORDS));
    }
}

/// Whether a figure is the earlier killing a reprisal answers (`attacked a camp in
/// retaliation for the killing of 18 soldiers`, `to avenge the deaths of 3
/// comrades`): a reprisal word before it, and the `of` of the killing right before
/// the figure, within a short phrase. That toll is another event's.
fn is_reprisal_cause(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    governed_through_of(&words_before(text, sentences, figure), &REPRISAL).is_some()
}

/// The words of a figure's sentence before it (lowercase).
fn words_before<'t>(text: &'t str, sentences: &[usize], figure: &Figure) -> Vec<Lower<'t>> {
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    lower_words(text.get(start..figure.start).unwrap_or(""))
}

/// The words of a figure's clause before it (lowercase): those of its sentence after
/// the last comma, semicolon or colon before it.
fn clause_words_before<'t>(text: &'t str, sentences: &[usize], figure: &Figure) -> Vec<Lower<'t>> {
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    lower_words(before.rsplit([',', ';', ':']).next().unwrap_or(""))
}

/// Whether the last word of `set` before a figure takes it through a short noun
/// phrase ending in `of` (`accused in the murder of`, `after the death of`,
/// `in retaliation for the killing of`, `protested the death of`), and
/// returns that phrase.
fn governed_through_of<'a, 't>(before: &'a [Lower<'t>], set: &WordSet) -> Option<&'a [Lower<'t>]> {
    let r = before.iter().rposition(|w| set.contains(w.as_str()))?;
    let rest = before.get(r + 1..).unwrap_or(&[]);
    ((2..=GOVERNED_REACH + 1).contains(&rest.len()) && rest.last().is_some_and(|w| w == "of")).then_some(rest)
}

/// Whether a figure is the killing someone is accused, charged or arrested for
/// (`Nisham, accused in the murder of a security guard`, `accused of ordering the
/// murder of an activist`): a crime the report's event (an arrest, a trial, a
/// protest) refers back to, not a toll of its own.
fn is_charged_killing(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    governed_through_of(&words_before(text, sentences, figure), &CHARGE).is_some()
}

/// Whether a figure is a death that the sentence's event follows from (`clashed
/// with police after the death of a local leader`, `Following a death of a prisoner
/// in custody, residents burned …`): a link of `data/cause_links.txt` and a death
/// noun of `data/death_nouns.txt` in the short `… of` phrase right before the figure.
fn is_cause_of_event(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    governed_through_of(&words_before(text, sentences, figure), &CAUSE).is_some_and(|rest| rest.iter().any(|w| DEATH.contains(w.as_str())))
}

/// The most words after a figure that a time marker of a past event may be.
const PAST_REACH: usize = 10;

/// Whether a figure is dated as an earlier event in its clause (`killing 4
/// civilians a week ago`, `killed 13 insurgents in an ambush last year`): a phrase
/// of `data/past_markers.txt` in the words after it. Such a toll is background.
fn is_past_event(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let after = lower_words(text.get(figure.end..end).unwrap_or(""));
    // `killing 18 people, among them 6 women who had fled an earlier attack`: a
    // relative clause of another noun than the figure's tells its own time.
    let relative = after.iter().skip(1).position(|w| matches!(w.as_str(), "who" | "which" | "whose")).map_or(after.len(), |p| p + 1);
    let after = after.get(..relative.min(PAST_REACH)).unwrap_or(&[]);
    // `following an earlier shooting in which a boy was killed`: an earlier event
    // named before the figure.
    let before = words_before(text, sentences, figure);
    if before.windows(2).any(|w| matches!(w[0].as_str(), "an" | "the") && w[1] == "earlier") {
        return true;
    }
    if after_elapsed_time(text, sentences, figure) || opens_with_bare_earlier(text, sentences, figure) || since_a_killing(&before) {
        return true;
    }
    // `police said there had been 90 explosions last year and that shootings had
    // killed 62 people`: a pluperfect killing in a sentence with a past marker.
    let nb = before.len();
    if nb >= 2 && before[nb - 2] == "had" && verb_cue(before[nb - 1].as_str()) == Some(super::outcome::Outcome::Killed) {
        let marked = |words: &[Lower<'_>]| PAST.iter().any(|m| holds_phrase(words, m));
        if marked(&before) || marked(&lower_words(text.get(figure.end..end).unwrap_or(""))) {
            return true;
        }
    }
    // `…, after earlier reports put it at 44`: an `earlier` that qualifies a report
    // dates the report, not the event.
    PAST.iter().any(|marker| {
        after.windows(marker.len()).enumerate().any(|(n, w)| {
            w.iter().zip(marker).all(|(a, b)| a == b) && !after.get(n + marker.len()).is_some_and(|next| is_report_noun(next))
        })
    })
}

/// Whether the last `bytes` bytes of a figure's sentence before it hold one of
/// `needles` (ASCII, lowercase; matched ignoring case): a cheap test before reading
/// the words.
fn tail_has(text: &str, sentences: &[usize], figure: &Figure, bytes: usize, needles: &[&str]) -> bool {
    let start = sentences.get(figure.sentence).copied().unwrap_or(0).max(figure.start.saturating_sub(bytes));
    holds_any(text.as_bytes().get(start..figure.start).unwrap_or(&[]), needles)
}

/// Whether `bytes` hold one of `needles` (ASCII, lowercase; matched ignoring case).
fn holds_any(bytes: &[u8], needles: &[&str]) -> bool {
    needles.iter().any(|n| {
        let n = n.as_bytes();
        let first = n.first().copied().unwrap_or(0);
        bytes.windows(n.len()).any(|w| w[0] | 0x20 == first && w.eq_ignore_ascii_case(n))
    })
}

/// Whether a figure is a wider count that the report's victim is one of (`he was
/// one of at least 6 people who died in custody`, `the latest of 30 drivers killed
/// this year`): `one of` right before it after a form of `be`, or `the latest of`.
/// That count holds other events' deaths; the victim is told on their own. Not `one
/// of the 4 guards killed in the raid`, a group the report may count itself.
fn is_wider_count(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let head = text.get(..figure.start).unwrap_or("").trim_end();
    if !head.get(head.len().saturating_sub(3)..).is_some_and(|t| t.eq_ignore_ascii_case(" of")) {
        return false;
    }
    let from = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0).max(figure.start.saturating_sub(40)), figure.start);
    let before = lower_words(text.get(from..figure.start).unwrap_or(""));
    let n = before.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| before.get(i)).map_or("", Lower::as_str);
    at(1) == "of"
        && match at(2) {
            "one" => matches!(at(3), "was" | "is" | "were" | "are" | "became" | "becomes"),
            "latest" => at(3) == "the",
            _ => false,
        }
}

/// The most words between a relative `which`/`that` and the figure it takes.
const ANTECEDENT_REACH: usize = 4;

/// Whether a figure is told in a relative clause of an earlier event named before
/// it with a date of its own (`angered by January's bombing of the centre which
/// killed 60`, `after last week's raid that left 5 dead`, `at the site of the 1982
/// massacre, in which 20,000 people were killed`): a possessive month other than the
/// report's (a later month is last year's), `last week's`/`last month's`/`last
/// year's`, or a year well before the report, within 14 words before a `which` or
/// `that` at most 4 words before the figure.
fn is_dated_antecedent(text: &str, sentences: &[usize], figure: &Figure, dct: Option<Dct>) -> bool {
    // Most figures have no `which`/`that`/`when` right before them: a cheap test first.
    if !tail_has(text, sentences, figure, 60, &["which", "that", "when"]) {
        return false;
    }
    let before = words_before(text, sentences, figure);
    if when_of_past_time(&before, dct) {
        return true;
    }
    let Some(rel) = before.iter().rposition(|w| matches!(w.as_str(), "which" | "that")) else { return false };
    if before.len() - rel - 1 > ANTECEDENT_REACH {
        return false;
    }
    if follows_an_antecedent(&before[..rel]) {
        return true;
    }
    let other_month = |w: &str| dct.is_some_and(|d| d.other_month(w));
    // `the massacres of the 1980s, in which …`: a decade dates by its last year.
    let early_year = |w: &str| year_or_decade_end(w).is_some_and(|y| (1900..=2109).contains(&y) && dct.is_some_and(|d| d.well_after(y)));
    let from = rel.saturating_sub(14);
    (from..rel).any(|n| {
        let w = before[n].as_str();
        // `the 1982 massacre, in which 20,000 were killed`: a year well before the
        // report names the event (not after `since`: `the worst since 2008, which`).
        if early_year(w) && !before.get(n.wrapping_sub(1)).is_some_and(|p| p == "since") {
            return true;
        }
        // `for the June 2023 attacks on two offices, in which 9 …` (a report of
        // January 2024): a month and year at least three months before the report.
        let month = super::lexicon::month_number(w);
        let year = before.get(n + 1).filter(|y| is_year(y)).and_then(|y| y.parse::<u32>().ok());
        if let (Some(m), Some(y), Some(d)) = (month, year, dct) {
            if y * 12 + m + 3 <= d.year * 12 + d.month {
                return true;
            }
        }
        // `the man who attacked the police station on 17 May, in which 2 …` (a
        // report of 22 May): a day and a month with no year, two days or more
        // before the report.
        let day = |k: usize| before.get(k).filter(|d| d.len() <= 2).and_then(|d| d.parse::<u32>().ok());
        let dated = match (month, day(n + 1), n.checked_sub(1).and_then(day)) {
            (Some(m), Some(d), _) if !before.get(n + 2).is_some_and(|y| is_year(y)) => Some((m, d)),
            (Some(m), None, Some(d)) if !before.get(n + 1).is_some_and(|y| is_year(y)) => Some((m, d)),
            _ => None,
        };
        if let (Some((m, d)), Some(dct)) = (dated, dct) {
            if dct.day_well_before(m, d) {
                return true;
            }
        }
        // `suspected of the January ambush that killed 6` (a report of March): a
        // month other than the report's before a noun, after `the`.
        if other_month(w) && n > 0 && before[n - 1] == "the" && before.get(n + 1).is_some_and(|x| !is_year(x) && x.parse::<u32>().is_err())
        {
            return true;
        }
        let possessive = before.get(n + 1).is_some_and(|s| s == "s");
        let last = n > 0 && before[n - 1] == "last";
        (possessive && (other_month(w) || (last && matches!(w, "week" | "month" | "year")))) || w.strip_suffix('s').is_some_and(other_month)
    })
}

/// Whether the figure is told in a `when` clause, at most 4 words after it opens,
/// of a past time named right before it (`a vigil for the migrants who died a year
/// ago, when at least 23 people were killed`, `the dispute dates back to 2017, when
/// a typhoon killed 10 people`): months or years `ago`, a year well before the
/// report, or a month and year three months or more before it. `Two days ago, when
/// gunmen killed 5` may be the report's own event and stays.
fn when_of_past_time(before: &[Lower<'_>], dct: Option<Dct>) -> bool {
    let Some(rel) = before.iter().rposition(|w| w == "when") else { return false };
    if before.len() - rel - 1 > ANTECEDENT_REACH || rel == 0 {
        return false;
    }
    let at = |k: usize| rel.checked_sub(k).and_then(|i| before.get(i)).map_or("", Lower::as_str);
    let year = |w: &str| -> Option<u32> { is_year(w).then(|| w.parse().ok()).flatten() };
    match at(1) {
        "ago" => matches!(at(2), "month" | "months" | "year" | "years" | "decade" | "decades"),
        // `since rebels seized the city in January, when fighting killed 3,000` (a
        // report of April): `in` a month other than the report's.
        w if at(2) == "in" && super::lexicon::month_number(w).is_some() => dct.is_some_and(|d| d.other_month(w)),
        w => match (year(w), dct) {
            (Some(y), Some(d)) => {
                d.well_after(y) || super::lexicon::month_number(at(2)).is_some_and(|m| y * 12 + m + 3 <= d.year * 12 + d.month)
            }
            _ => false,
        },
    }
}

/// The most words between a cause link and the relative that tells its event.
const CAUSE_REACH: usize = 10;

/// Whether the words before a relative `which`/`that` (`antecedent`: its sentence's
/// words up to it) name the event the report's own follows from, after its main
/// clause (`protests were held following a deadly attack on the offices, which left
/// 12 dead`; `troops searched the village after the ambush that killed 4`), or a
/// history (`known for its long history of clashes in which hundreds died`): a
/// cause link of `data/cause_links.txt` (not the sentence's first word) and a
/// determiner right after it, at most 10 words before the relative, and no verb of
/// saying between (`after the army said that 5 were killed`); or `history of`.
/// The relative's figures are that event's toll, not the report's.
fn follows_an_antecedent(antecedent: &[Lower<'_>]) -> bool {
    let from = antecedent.len().saturating_sub(CAUSE_REACH);
    (from.max(1)..antecedent.len()).any(|n| {
        let w = antecedent[n].as_str();
        let next = antecedent.get(n + 1).map_or("", Lower::as_str);
        // `one year since the attack on the campus in which …`: time elapsed since it.
        let since = w == "since" && antecedent.get(n - 1).is_some_and(|u| ELAPSED.contains(u.as_str()));
        let link =
            (since || (CAUSE.contains(w) && w != "over")) && matches!(next, "a" | "an" | "the" | "their" | "his" | "her" | "its" | "last");
        // `after the army said that 5 were killed`: a `that` of saying, not a relative.
        (link && !antecedent.get(n + 1..).unwrap_or(&[]).iter().any(|v| SAYING.contains(v.as_str()))) || (w == "history" && next == "of")
    })
}

/// The nouns that name a count of the dead as a whole (`the death toll`, `the
/// tally`, `the count`), as running totals and counts over a period use them.
const TOLL_NOUNS: [&str; 3] = ["toll", "tally", "count"];

/// Whether `w` (lowercase) is one of [`TOLL_NOUNS`].
fn is_toll_noun(w: &str) -> bool {
    TOLL_NOUNS.contains(&w)
}

/// Whether a figure is a toll counted over a period (`the death toll since last
/// Friday has reached 27`, `so far this year 12 have been killed`, `over the past
/// month at least 17 died`, `brought the total to 6 dead since 13 May`): a period
/// phrase ([`names_a_period`]) in the figure's own clause, before or after it. The
/// clause runs from the last comma, semicolon or colon before the figure (or the
/// figure before it) to the next one after it (or the next figure, or a word that
/// opens another clause: `and`, `where`, `which`, …); a sentence that opens with a
/// period phrase and a comma (`Since January, 40 people have died`) dates its first
/// clause too. `the toll since the attack` is the event's own.
fn is_period_total(text: &str, sentences: &[usize], bounds: &[(usize, usize)], figure: &Figure, long: bool) -> bool {
    let sentence_start = sentences.get(figure.sentence).copied().unwrap_or(0);
    let sentence_end = sentences.get(figure.sentence + 1).copied().unwrap_or(text.len());
    let k = bounds.partition_point(|b| b.0 < figure.start);
    let prev_end = k.checked_sub(1).and_then(|p| bounds.get(p)).map_or(0, |b| b.1).min(figure.start);
    let next_start = bounds.get(k..).unwrap_or(&[]).iter().map(|b| b.0).find(|&s| s >= figure.end).unwrap_or(text.len());
    let from = near_before(text, sentence_start.max(prev_end), figure.start);
    let to = near_after(text, figure.end, sentence_end.min(next_start).max(figure.end));
    // Every period phrase holds one of these: a cheap test before the words.
    if !has_word_in(text.get(from..to).unwrap_or(""), &PERIOD_CUES) {
        return false;
    }
    let before = text.get(from..figure.start).unwrap_or("");
    let mut pieces = before.rsplit([',', ';', ':']);
    let mut words = lower_words(pieces.next().unwrap_or(""));
    // `Since January, 40 people …`: the sentence's opening phrase, when the figure's
    // clause is its second.
    // `… was told that since 2013, 30 Namibians …`: a `since` phrase that ends the
    // clause before (its last two or three words).
    if let Some(prev) = pieces.clone().next() {
        let prev = lower_words(prev);
        let tail = prev.get(prev.len().saturating_sub(3)..).unwrap_or(&[]);
        if tail.first().is_some_and(|w| w == "since") || (tail.len() == 3 && tail[1] == "since") {
            words.splice(0..0, tail.iter().cloned());
        }
    }
    if let (Some(opening), None) = (pieces.next(), pieces.next()) {
        if from == sentence_start {
            let opening = lower_words(opening);
            if opening.first().is_some_and(|w| PERIOD_OPENERS.contains(&w.as_str())) {
                words.splice(0..0, opening);
            }
        }
    }
    let after = text.get(figure.end..to).unwrap_or("");
    let after = after.split([',', ';', ':']).next().unwrap_or("");
    let after = lower_words(after);
    let after = after.iter().take(PERIOD_REACH).take_while(|w| !CLAUSE_OPENERS.contains(&w.as_str()));
    words.extend(after.cloned());
    names_a_period(&words, long)
}

/// Every period phrase holds one of these words ([`is_period_total`]'s cheap test).
static PERIOD_CUES: LazyLock<Filtered> = LazyLock::new(|| {
    static SET: LazyLock<WordSet> = LazyLock::new(|| ["since", "this", "past", "last"].iter().chain(BEGAN.iter()).copied().collect());
    Filtered::of(&SET)
});

/// The most words after a figure read for its period (`bringing to 47 the number of
/// people killed in drug-related violence in the city since January`: 12).
const PERIOD_REACH: usize = 14;

/// Words that open a sentence's period phrase (`Since January, …`, `Over the past
/// month, …`, `So far this year, …`).
const PERIOD_OPENERS: [&str; 7] = ["since", "over", "in", "during", "within", "so", "this"];

/// Words that open another clause after a figure: its period is read before them.
const CLAUSE_OPENERS: [&str; 12] = ["and", "but", "while", "where", "which", "who", "whose", "when", "as", "after", "before", "that"];

/// Nouns that name the start of a period after `since the` (`since the start of
/// the year`, `since the outbreak of the war`).
const PERIOD_STARTS: [&str; 4] = ["start", "beginning", "outbreak", "onset"];

/// Verbs that tell an event began after `since the …` (`since the fighting began`).
const BEGAN: [&str; 6] = ["began", "started", "erupted", "broke", "begun", "flared"];

/// Units of a period after `the past`/`the last` (`over the past month`, `in the
/// last three years`); days only in the plural (`the past few days`).
const PERIOD_UNITS: [&str; 7] = ["week", "weeks", "month", "months", "year", "years", "days"];

/// Whether the words of a clause (lowercase) name a period a count runs over:
/// `since` and a date (`last …`, `early`/`mid` and a month or year, a month, a
/// weekday, a year, a day and a month) or the start of a period (`since the start
/// of …`, `since the fighting began`); `this year`/`month`/`week`; `over`/`in`/
/// `during`/`within` `the past`/`last` (a number) and a unit of time. Not a
/// comparison (`the deadliest since 2008`, `the first since January`), nor `since
/// last night` or `since early morning` (the event's own hours).
fn names_a_period(words: &[Lower<'_>], long: bool) -> bool {
    let at = |n: usize| words.get(n).map_or("", Lower::as_str);
    (0..words.len()).any(|n| match at(n) {
        "since" => {
            let compared = (n.saturating_sub(3)..n).any(|p| {
                let w = at(p);
                matches!(w, "first" | "worst" | "most" | "ever") || (w.len() > 5 && w.ends_with("est") && !w.ends_with("west"))
            });
            let next = at(n + 1);
            let day = next.len() <= 2 && !next.is_empty() && next.bytes().all(|b| b.is_ascii_digit());
            let date = match next {
                "last" => !matches!(at(n + 2), "night" | "evening") && (!long || matches!(at(n + 2), "year" | "month")),
                "early" | "mid" | "late" => super::lexicon::is_month(at(n + 2)) || is_year(at(n + 2)),
                "the" => PERIOD_STARTS.contains(&at(n + 2)) || (n + 3..(n + 6).min(words.len())).any(|b| BEGAN.contains(&at(b))),
                _ => {
                    // (`since July 1` may be yesterday: a day makes it short.)
                    (super::lexicon::is_month(next) && !(long && at(n + 2).bytes().next().is_some_and(|b| b.is_ascii_digit())))
                        || (!long && super::lexicon::is_weekday(next))
                        || is_year(next)
                        || (!long && day && super::lexicon::is_month(at(n + 2)))
                }
            };
            date && !compared
        }
        "this" => matches!(at(n + 1), "year" | "month") || (!long && at(n + 1) == "week"),
        w if BEGAN.contains(&w) && matches!(at(n + 1), "on" | "in") => {
            let next = at(n + 2);
            super::lexicon::is_month(next) || is_year(next) || (next.len() <= 2 && super::lexicon::is_month(at(n + 3)))
        }
        "over" | "in" | "during" | "within" => {
            at(n + 1) == "the"
                && matches!(at(n + 2), "past" | "last")
                && (PERIOD_UNITS.contains(&at(n + 3)) || (is_amount(at(n + 3)) && PERIOD_UNITS.contains(&at(n + 4))))
                && (!long || [at(n + 3), at(n + 4)].iter().any(|u| matches!(*u, "month" | "months" | "year" | "years")))
        }
        _ => false,
    })
}

/// A year written in digits (`2014`).
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a word names a part of a month before it (`early`, `late`, `mid`).
fn is_month_part(w: &str) -> bool {
    ["early", "late", "mid", "end"].iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether a figure's clause before it names a time well before the report (`The
/// 2023 flood killed more than 4,000 people`, `An attack on the field in April 2024
/// killed 4 workers`, `The fighting in late July killed 43`, a report of August): a
/// year well before it, or `in` a month other than the report's with no day or year
/// after it. Not after `since` (`the deadliest since 2008`, a comparison or a
/// period).
fn clause_names_earlier_time(words: &[Lower<'_>], dct: Dct) -> bool {
    words.iter().enumerate().any(|(n, w)| {
        let prev = |k: usize| n.checked_sub(k).and_then(|i| words.get(i)).map_or("", Lower::as_str);
        if prev(1) == "since" || (prev(1) == "the" && prev(2) == "since") {
            return false;
        }
        if is_year(w) {
            return w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y) && dct.well_after(y));
        }
        let month_at = if prev(1) == "in" {
            Some(1)
        } else if prev(2) == "in" && is_month_part(prev(1)) {
            Some(2)
        } else {
            None
        };
        month_at.is_some() && dct.other_month(w) && !words.get(n + 1).is_some_and(|x| x.as_bytes().first().is_some_and(u8::is_ascii_digit))
    })
}

/// Whether a day dates the figure's own event in the words right after it (`Troops
/// sent in January killed 4 rebels on Sunday`, `… overnight`, `… on 3 May`): the time
/// before it then names something else than the killing.
fn dated_by_a_day_after(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let after = lower_words(text.get(figure.end..end).unwrap_or(""));
    let after = after.get(..after.len().min(DAY_REACH)).unwrap_or(&[]);
    after.iter().enumerate().any(|(n, w)| {
        let next = after.get(n + 1).map_or("", Lower::as_str);
        matches!(w.as_str(), "yesterday" | "today" | "overnight" | "tonight")
            || (w == "last" && matches!(next, "night" | "evening"))
            || (w == "on" && (super::lexicon::is_weekday(next) || (next.len() <= 2 && next.bytes().all(|b| b.is_ascii_digit()))))
    })
}

/// The most words after a figure read for a day that dates its event.
const DAY_REACH: usize = 8;

/// Whether a word is a decade (`1990s`).
fn is_decade(w: &str) -> bool {
    w.len() == 5 && w.ends_with('s') && w.get(..4).is_some_and(|y| y.ends_with('0') && is_year(y))
}

/// The year a word names, a decade by its last year (`2014` 2014, `1980s` 1989).
fn year_or_decade_end(w: &str) -> Option<u32> {
    if is_decade(w) {
        return w.get(..4).and_then(|y| y.parse::<u32>().ok()).map(|y| y + 9);
    }
    is_year(w).then(|| w.parse().ok()).flatten()
}

/// Whether `words` hold the lower-case phrase `phrase`, its words in a row.
fn holds_phrase(words: &[Lower<'_>], phrase: &[&str]) -> bool {
    words.windows(phrase.len()).any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
}

/// An amount of units before a unit of time (`two`, `3`, `few`, `several`).
fn is_amount(w: &str) -> bool {
    matches!(w, "few" | "several" | "couple")
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        || super::numbers::starts_cardinal(w)
}

/// Nouns of a report or a count that an `earlier` (a past marker) may qualify.
fn is_report_noun(w: &str) -> bool {
    matches!(
        w,
        "report" | "reports" | "estimate" | "estimates" | "figure" | "figures" | "toll" | "tolls" | "count" | "counts" | "reporting"
    )
}

/// Whether a span of time `since` the killing of the figure comes right before it
/// (`to mark 40 days since the killing of 3 demonstrators`, `a year since the
/// massacre of 40 villagers`): the time elapsed since an earlier event.
fn since_a_killing(before: &[Lower<'_>]) -> bool {
    let Some(since) = before.iter().rposition(|w| w == "since") else { return false };
    let rest = before.get(since + 1..).unwrap_or(&[]);
    (2..=GOVERNED_REACH + 1).contains(&rest.len())
        && rest.last().is_some_and(|w| w == "of")
        && since.checked_sub(1).and_then(|u| before.get(u)).is_some_and(|u| ELAPSED.contains(u.as_str()))
        && rest.iter().any(|w| DEATH.contains(w.as_str()) || super::lexicon::noun_of_cue(w).is_some())
}

/// A document's creation date, as far as background dating reads it.
#[derive(Debug, Clone, Copy)]
struct Dct {
    year: u32,
    month: u32,
    /// The day of the month (0 when the date has none).
    day: u32,
}

impl Dct {
    fn parse(dct: &str) -> Option<Dct> {
        let year = dct.get(..4)?.parse().ok()?;
        let month = dct.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(12);
        let day = dct.get(8..10).and_then(|d| d.parse().ok()).filter(|d| (1..=31).contains(d)).unwrap_or(0);
        Some(Dct { year, month, day })
    }

    /// Whether a word names a month other than the report's (`March` in a June report).
    fn other_month(self, w: &str) -> bool {
        super::lexicon::month_number(w).is_some_and(|m| m != self.month)
    }

    /// Whether a day of a month with no year (`on 17 May`, `on May 17`), read as the
    /// last such day on or before the report, is at least two days before it: a
    /// report's date is its event's day or the day after, so that day tells another,
    /// earlier event.
    fn day_well_before(self, month: u32, day: u32) -> bool {
        const DAYS_BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let ordinal = |m: u32, d: u32| DAYS_BEFORE.get(m.wrapping_sub(1) as usize).map(|b| b + d);
        let (Some(then), Some(now)) = (ordinal(month, day), ordinal(self.month, self.day)) else { return false };
        // A later day of the year is last year's (`on 30 December` in a January note).
        let now = if then > now { now + 365 } else { now };
        self.day > 0 && (1..=31).contains(&day) && now >= then + 2
    }

    /// Whether `year` ends well before the report: two calendar years, or the year
    /// before once the report is past February (`on December 30, 2014` in a note of
    /// January 2015 may be its own event, told late).
    fn well_after(self, year: u32) -> bool {
        year + 2 <= self.year || (year + 1 == self.year && self.month >= 3)
    }
}

/// The most words of a figure's own relative clause (`who`, `that`) read for its
/// killing (`who had been shot dead`).
const OWN_RELATIVE_REACH: usize = 4;

/// The most words after a figure read for the year that dates it.
const DATED_REACH: usize = 30;

/// Whether a figure is dated as an earlier event by a year in its clause (`scores of
/// civilians died in a 2002 bombing`, `roughly 500 prisoners executed by IS in June
/// 2014`, `more than 250 bodies have been recovered since 2020`, `Over 50 civilians
/// were martyred … on January 6, 1993`) well before the report's date, or by a past
/// marker anywhere after a pluperfect predicate (`54 people had died when … on
/// November 20 last year`). The clause ends at a comma, but for the comma of a date
/// (`6, 1993`); a year after `since the` is a comparison (`the deadliest since the
/// 2008 attacks`) and dates nothing.
fn is_dated_earlier(text: &str, sentences: &[usize], figure: &Figure, dct: Dct) -> bool {
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let rest = text.get(figure.end..end).unwrap_or("");
    let mut words: Vec<&str> = Vec::new();
    let mut prev_digit = false;
    // Whether a word of the figure's own predicate (an outcome or a verb of
    // killing) has been read.
    let mut predicate_seen = false;
    // Whether the figure's own relative clause was read (its predicate must then be a
    // killing: `5 men who had been wanted since 2012 were killed` is dated by nothing).
    let mut relative_open = false;
    for (n, piece) in rest.split(|c: char| !c.is_alphanumeric() && c != ',').enumerate() {
        if n > DATED_REACH * 2 || words.len() >= DATED_REACH {
            break;
        }
        let (word, comma) = match piece.find(',') {
            Some(c) => (piece.get(..c).unwrap_or(""), true),
            None => (piece, false),
        };
        // `… were killed in a raid Usman had been convicted … in 2003`: a pluperfect
        // after the figure's own predicate opens another event's clause.
        // `… 2 militants were killed, the group which has been active since 2009`: a
        // relative clause describes its noun, not the figure's event.
        // So does a reduced relative (`2 militants, wanted since 2012, …`, `accused
        // in a 2013 attack`): the words of `data/victim_links.txt`, but `with`.
        let lower = word.to_ascii_lowercase();
        // `the 17 policemen who died in the 2014 attack`: a `who`/`that` right after
        // the figure opens its own predicate, read on.
        let own_relative = words.is_empty() && matches!(lower.as_str(), "who" | "that");
        let relative = !own_relative
            && (matches!(lower.as_str(), "who" | "which" | "whose") || (lower != "with" && super::lexicon::is_victim_link(&lower)));
        // (`A land defender from the settlement had been killed in 2018`: before the
        // figure's own predicate, a pluperfect is that predicate.)
        if (words.len() >= 3 && lower == "had" && predicate_seen) || relative {
            break;
        }
        if own_relative {
            relative_open = true;
        }
        // (`4 soldiers who joined in 2010 were killed`: a relative whose first words
        // tell no killing describes the victims, not their death.)
        if relative_open && !predicate_seen && words.len() > OWN_RELATIVE_REACH {
            return false;
        }
        if !word.is_empty() {
            predicate_seen = predicate_seen || forward_cue(&lower).is_some() || verb_cue(&lower).is_some();
            prev_digit = word.bytes().all(|b| b.is_ascii_digit());
            words.push(word);
        }
        // `January 6, 1993`: a comma after a day number goes on to the year.
        if comma && !prev_digit {
            break;
        }
    }
    if relative_open && !predicate_seen {
        return false;
    }
    let dated = words.iter().enumerate().any(|(n, w)| {
        // A decade (`in the 1990s`) dates by its last year.
        let year = year_or_decade_end(w);
        let since_the = n >= 2 && words[n - 1].eq_ignore_ascii_case("the") && words[n - 2].eq_ignore_ascii_case("since");
        year.is_some_and(|y| (1900..=2100).contains(&y) && dct.well_after(y)) && !since_the
    });
    if dated {
        return true;
    }
    // `blamed for the killing of more than 40 people in the territory since January`
    // (a report of June): a count over months, not the event's toll.
    // `arrested in connection with the killing of a businessman in March` (a report
    // of May): a month other than the report's, with no day, dates an earlier event.
    // (`in early January`, `in mid-March`: a part of the month too.)
    let since_month = words.windows(3).chain(words.get(words.len().saturating_sub(2)..).into_iter().filter(|w| w.len() == 2)).any(|w| {
        let month = |x: &str| dct.other_month(&x.to_ascii_lowercase());
        (w[0].eq_ignore_ascii_case("since") || w[0].eq_ignore_ascii_case("in"))
            && (month(w[1]) || (is_month_part(w[1]) && w.get(2).is_some_and(|x| month(x))))
    });
    if since_month {
        return true;
    }
    // `54 people had died when …`: a pluperfect predicate right after the figure.
    let pluperfect = words.iter().take(3).any(|w| w.eq_ignore_ascii_case("had"));
    if !pluperfect {
        return false;
    }
    let all = lower_words(rest);
    PAST.iter().any(|marker| holds_phrase(&all, marker))
}

/// Whether the figure's sentence, not the report's first, opens with a bare
/// `Earlier,` (`… said the police. Earlier, at least 38 people died in the
/// blockade.`): background told after the report's own event. `Earlier on Tuesday,
/// 7 people were killed` dates the event itself and is not read here, nor is a
/// first sentence.
fn opens_with_bare_earlier(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    // A period glued to the next sentence (`… thana.Earlier, …`) ends a sentence too.
    let (earlier_text, opening) = before.rsplit_once('.').unwrap_or(("", before));
    if figure.sentence == 0 && earlier_text.trim().is_empty() {
        return false;
    }
    let opening = opening.trim_start();
    if opening.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("earlier"))
        && opening.get(7..).is_some_and(|r| r.trim_start().starts_with(','))
    {
        return true;
    }
    // `Two months earlier, militants had killed a goatherd`: a span of time and
    // `earlier` (an amount and a unit of `data/elapsed_units.txt`).
    let Some((head, _)) = opening.split_once(',') else { return false };
    match lower_words(head).as_slice() {
        [amount, unit, earlier] => earlier == "earlier" && ELAPSED.contains(unit.as_str()) && (amount == "a" || is_amount(amount)),
        _ => false,
    }
}

/// Whether the figure's sentence, not the report's first, opens with a phrase of
/// time that puts its event before the report's (`Last year, bandits killed 12
/// teachers`, `In 2018, …`, `Two years ago, …`, `Earlier this month, …`).
fn opens_with_past_time(text: &str, sentences: &[usize], figure: &Figure, dct: Option<Dct>) -> bool {
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    let (earlier_text, opening) = before.rsplit_once('.').unwrap_or(("", before));
    if figure.sentence == 0 && earlier_text.trim().is_empty() {
        return false;
    }
    let opening = opening.trim_start();
    // Without a comma (`In 2022 a similar attack on the camp killed 60`, `Last month
    // a car bomb killed 18`): the opening's first words.
    let first = lower_words(opening.get(..opening.len().min(40)).unwrap_or(opening));
    let other_month = |w: &str, next: Option<&Lower<'_>>| {
        dct.is_some_and(|d| d.other_month(w)) && !next.is_some_and(|n| n.as_bytes().first().is_some_and(u8::is_ascii_digit))
    };
    match first.as_slice() {
        [in_, year, ..] if in_ == "in" && is_year(year) && dct.is_some_and(|d| year.parse::<u32>().is_ok_and(|y| y < d.year)) => {
            return true;
        }
        [last, unit, ..] if last == "last" && matches!(unit.as_str(), "year" | "month") => return true,
        // `In March, a missile killed 3 sailors` (a report of June): a month other
        // than the report's, with no day.
        [in_, month, rest @ ..] if in_ == "in" && other_month(month, rest.first()) => return true,
        _ => {}
    }
    let Some((head, _)) = opening.split_once(',') else { return false };
    let long_unit = |u: &str| matches!(u, "week" | "weeks" | "month" | "months" | "year" | "years");
    let head_words = lower_words(head);
    // `In a similar attack last year, 9 passengers were shot dead`: a past marker in
    // the opening phrase (not `earlier`: `Earlier on Tuesday, …` is the day's own).
    if PAST.iter().filter(|m| m.as_slice() != ["earlier"]).any(|m| holds_phrase(&head_words, m)) {
        return true;
    }
    // `During a similar strike in 2021, police shot dead 5 drivers`: a year well
    // before the report in the opening phrase (not after `since`).
    let early_year = |n: usize, w: &Lower<'_>| {
        is_year(w)
            && w.parse::<u32>().is_ok_and(|y| dct.is_some_and(|d| d.well_after(y)))
            && !n.checked_sub(1).and_then(|p| head_words.get(p)).is_some_and(|p| p == "since")
    };
    if head_words.iter().enumerate().any(|(n, w)| early_year(n, w)) {
        return true;
    }
    match head_words.as_slice() {
        // Not `Last week,`: a weekly report's own events.
        [last, unit] if last == "last" => matches!(unit.as_str(), "year" | "month"),
        [earlier, this, unit] if earlier == "earlier" && this == "this" => long_unit(unit),
        [amount, unit, ago] if ago == "ago" => long_unit(unit) && (amount == "a" || is_amount(amount)),
        [in_, year] if in_ == "in" => is_year(year) && dct.is_some_and(|d| year.parse::<u32>().is_ok_and(|y| y < d.year)),
        [w] if w == "previously" => true,
        [in_, the, past] if in_ == "in" && the == "the" && past == "past" => true,
        _ => false,
    }
}

/// Whether the figure's clause tells it as no killing of the report's own event: not
/// done ([`is_unrealised`], [`is_denied`]), named by an earlier year
/// ([`is_year_named_killing`]) or a disease's toll ([`is_disease_toll`]). The
/// clause's words are read once for all four.
fn is_background_in_clause(text: &str, sentences: &[usize], figure: &Figure, dct: Option<Dct>) -> bool {
    // The four read at most the clause's last ten words: its last 80 bytes, less a
    // word the cut may have split.
    let sentence_start = sentences.get(figure.sentence).copied().unwrap_or(0);
    let start = near_before(text, sentence_start.max(figure.start.saturating_sub(80)), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    let (piece, whole) = match before.rsplit_once([',', ';', ':']) {
        Some((_, piece)) => (piece, true),
        None => (before, start <= sentence_start),
    };
    let mut clause = lower_words(piece);
    if !whole && !clause.is_empty() {
        clause.remove(0);
    }
    is_unrealised(text, sentences, figure, &clause)
        || is_denied(&clause)
        || dct.is_some_and(|d| is_year_named_killing(&clause, d))
        || (dct.is_some_and(|d| clause_names_earlier_time(&clause, d)) && !dated_by_a_day_after(text, sentences, figure))
        || is_disease_toll(text, sentences, figure, &clause)
        || is_charged_by_verb(&clause)
        || is_told_in_a_work(&clause)
        || is_killing_before_a_court(text, sentences, figure, &clause)
}

/// Whether a figure is the object of a killing named by a death noun (`the murders
/// of ten people`, `the 2019 shooting deaths of two brothers`) in a clause that tells
/// a court's decision (`sentenced the main defendant to life for her role in the
/// murders of 10`, `a jury convicted a man of murder in the deaths of 2 brothers`):
/// the trial's killing, not the report's toll, however far the verdict is from it.
fn is_killing_before_a_court(text: &str, sentences: &[usize], figure: &Figure, clause: &[Lower<'_>]) -> bool {
    let n = clause.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| clause.get(i)).map_or("", Lower::as_str);
    if !(at(1) == "of" && DEATH.contains(at(2))) {
        return false;
    }
    let court = |w: &str| {
        matches!(w, "convicted" | "sentenced" | "acquitted" | "jailed" | "indicted" | "jury" | "verdict" | "guilty" | "sentencing")
    };
    clause_words_before(text, sentences, figure).iter().any(|w| court(w))
}

/// The most words between a verb of charging and the killing it charges.
const CHARGED_REACH: usize = 6;

/// Whether a figure is the object of a killing someone is charged, tried or
/// sentenced for, told with a verb (`convicted of murdering 2 women`, `sentenced two
/// men to death for killing 5 people`, `accused of killing 3 police officers`): a
/// gerund of killing right before it (or its determiner), `of`/`for` before that,
/// and a verb of a court or an arrest at most 6 words before. Not `accused` (`the
/// rebels accused the army of killing a farmer` tells another victim, as a claim).
fn is_charged_by_verb(words: &[Lower<'_>]) -> bool {
    use super::outcome::Outcome;
    let n = words.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| words.get(i)).map_or("", Lower::as_str);
    let legal = |w: &str| {
        matches!(w, "convicted" | "sentenced" | "charged" | "tried" | "guilty" | "jailed" | "acquitted" | "indicted" | "arrested")
    };
    let v = if matches!(at(1), "the" | "a" | "an" | "his" | "their" | "her") { 2 } else { 1 };
    let gerund = at(v).ends_with("ing") && verb_cue(at(v)) == Some(Outcome::Killed);
    // `a gang (that is) blamed for killing dozens`, `the men are accused of killing
    // an activist`: `accused`/`blamed` right before `of`/`for` is a passive or a
    // reduced relative, a charge against its subject; the active `accused the army
    // of killing a farmer` has its object between and stays a claim of a victim.
    let passive_charge = matches!((at(v + 2), at(v + 1)), ("accused", "of") | ("blamed", "for"));
    gerund && matches!(at(v + 1), "of" | "for") && (passive_charge || (v + 2..v + 2 + CHARGED_REACH).any(|k| legal(at(k))))
}

/// Whether a figure is what a work tells of (`a film about the massacre of 40
/// villagers`, `a book on the killing of 12 students`): a word of
/// `data/works_about.txt` followed by `about`/`on`, at most 5 words before the figure.
fn is_told_in_a_work(words: &[Lower<'_>]) -> bool {
    let n = words.len();
    (n.saturating_sub(7)..n.saturating_sub(1))
        .any(|k| WORKS_ABOUT.contains(words[k].as_str()) && words.get(k + 1).is_some_and(|w| w == "about" || w == "on"))
}

/// Whether a figure's killing is told as not done: a modal before the verb that
/// takes it (`could have killed dozens`, `would kill the 5 hostages`) or after it
/// (`20 people could have been killed`).
fn is_unrealised(text: &str, sentences: &[usize], figure: &Figure, words: &[Lower<'_>]) -> bool {
    use super::outcome::Outcome;
    let modal = |w: &str| matches!(w, "would" | "could" | "might" | "will" | "can" | "should");
    let n = words.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| words.get(i)).map_or("", Lower::as_str);
    let det = matches!(at(1), "the" | "all" | "a" | "an" | "his" | "their" | "its" | "her");
    let v = if det { 2 } else { 1 };
    if verb_cue(at(v)) == Some(Outcome::Killed) && (modal(at(v + 1)) || (at(v + 1) == "have" && modal(at(v + 2)))) {
        return true;
    }
    // `threatening on social media to kill the mayor`: an intent a few words before.
    if verb_cue(at(v)) == Some(Outcome::Killed) && at(v + 1) == "to" && (v + 2..v + 8).any(|k| super::lexicon::INTENT_WORDS.contains(at(k)))
    {
        return true;
    }
    // After the figure: a modal among its first two words (a cheap test first).
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let rest = text.get(figure.end..end).unwrap_or("");
    if !rest.split_ascii_whitespace().take(2).any(|w| modal(w.to_ascii_lowercase().as_str())) {
        return false;
    }
    let after = lower_words(rest);
    let a = |k: usize| after.get(k).map_or("", Lower::as_str);
    let skip = usize::from(matches!(a(0), "people" | "persons" | "others" | "lives" | "civilians"));
    let killed = |w: &str| forward_cue(w) == Some(Outcome::Killed);
    modal(a(skip))
        && ((a(skip + 1) == "have" && a(skip + 2) == "been" && killed(a(skip + 3))) || (a(skip + 1) == "be" && killed(a(skip + 2))))
}

/// Whether a figure is the object of a killing named by an earlier year (`for the
/// 2015 killing of 3 herders`): a year well before the report, then a death noun of
/// `data/death_nouns.txt` and `of` right before the figure.
fn is_year_named_killing(words: &[Lower<'_>], dct: Dct) -> bool {
    let n = words.len();
    let at = |k: usize| n.checked_sub(k).and_then(|i| words.get(i)).map_or("", Lower::as_str);
    at(1) == "of" && DEATH.contains(at(2)) && [at(3), at(4)].iter().any(|w| is_year(w) && w.parse::<u32>().is_ok_and(|y| dct.well_after(y)))
}

/// Whether two figures of one sentence are joined by a bare `and` (`30 Namibians and
/// 22 Zimbabweans`, `an investigative journalist and his fiancee`).
fn joined_by_and(text: &str, prev: &Figure, cur: &Figure) -> bool {
    prev.sentence == cur.sentence && text.get(prev.end..cur.start).is_some_and(|g| g.trim().eq_ignore_ascii_case("and"))
}

/// Whether a figure is told after a span of time `since` or `after` an event in its
/// sentence (`to mark two years since a gunman shot dead 10 people`, `marked five
/// years since security forces broke up the sit-in, killing more than 120`, `held a
/// ceremony 20 years after the attack, in which 14 … died`): an anniversary of an
/// earlier event. `after` takes only years; a comma between must open a participle or
/// a relative clause (`Two days after the raid, 5 more people died` is the event's own).
fn is_anniversary(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    static LINKS: LazyLock<Filtered> = LazyLock::new(|| {
        static SET: LazyLock<WordSet> = LazyLock::new(|| ["since", "after"].into_iter().collect());
        Filtered::of(&SET)
    });
    let start = near_before(text, sentences.get(figure.sentence).copied().unwrap_or(0), figure.start);
    let before = text.get(start..figure.start).unwrap_or("");
    if !has_word_in(before, &LINKS) {
        return false;
    }
    let words = lower_words(before);
    let Some(k) = (2..words.len()).rev().find(|&k| {
        // `marked one year on Tuesday since the attack`: a day between.
        let d = if k >= 4 && words[k - 2] == "on" && super::lexicon::is_weekday(words[k - 1].as_str()) { 2 } else { 0 };
        let unit = words[k - 1 - d].as_str();
        let amount = words[k - 2 - d].as_str();
        let amount = amount == "a" || is_amount(amount);
        match words[k].as_str() {
            "since" => amount && ELAPSED.contains(unit),
            "after" => amount && matches!(unit, "year" | "years"),
            _ => false,
        }
    }) else {
        return false;
    };
    // The text after that `since`/`after`: its commas must open a participle or a relative.
    let link = words[k].as_str();
    let Some(at) = before.to_ascii_lowercase().rfind(link) else { return false };
    let rest = before.get(at..).unwrap_or("");
    rest.split(',').skip(1).all(|piece| {
        let w = lower_words(piece);
        let first = w.first().map_or("", Lower::as_str);
        first.is_empty()
            || first.ends_with("ing")
            || matches!(first, "which" | "who" | "where" | "when")
            || (first == "in" && w.get(1).is_some_and(|x| x == "which"))
    })
}

static DISEASE_WORDS: LazyLock<Filtered> = LazyLock::new(|| Filtered::of(&DISEASES));

/// Whether a figure is a disease's toll (`37 cholera deaths`, `50 people have died
/// of dengue`, `Cholera has killed 80`): a word of `data/diseases.txt` in the span, in
/// the four words before it, or right after `of`/`from` in the six words after it.
/// Told beside a conflict event, it is background to it (dev-tolls8 T7).
fn is_disease_toll(text: &str, sentences: &[usize], figure: &Figure, before: &[Lower<'_>]) -> bool {
    if has_word_in(text.get(figure.start..figure.end).unwrap_or(""), &DISEASE_WORDS) {
        return true;
    }
    let near = before.get(before.len().saturating_sub(4)..).unwrap_or(&[]);
    if near.iter().any(|w| DISEASE_WORDS.may_hold(w.as_bytes()) && DISEASES.contains(w.as_str())) {
        return true;
    }
    let end = near_after(text, figure.end, sentences.get(figure.sentence + 1).copied().unwrap_or(text.len()));
    let mut after = text.get(figure.end..end).unwrap_or("").split_ascii_whitespace().take(6);
    after.by_ref().any(|w| w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("from"))
        && after.take(2).any(|w| has_word_in(w, &DISEASE_WORDS))
}

/// Whether a figure is told in what a party denies (`the army denied reports that
/// 20 civilians were killed`): a `that` at most 4 words before it, and a verb of
/// denying at most 2 words before that.
fn is_denied(words: &[Lower<'_>]) -> bool {
    let Some(that) = words.iter().rposition(|w| w == "that") else { return false };
    words.len() - that - 1 <= 4
        && words[that.saturating_sub(2)..that]
            .iter()
            .any(|w| matches!(w.as_str(), "denied" | "denies" | "deny" | "denying" | "dismissed" | "rejected" | "refuted"))
}

/// The most words between an `after` and the figure of its clause it takes as the
/// cause (`after two militants were killed`, `after a truck killed a boy`).
const AFTER_REACH: usize = 3;

/// Whether a figure, its sentence's first, is told in an `after` clause that follows
/// the sentence's own event in the same clause (`residents had attacked police with
/// stones after two militants were killed in a gunfight`): the deaths that event
/// followed from, an earlier event's toll. Not a clause that opens its sentence
/// (`After 3 guards were killed, troops …`) or follows a comma, nor one after a span
/// of time (`hours after`).
fn is_after_clause_cause(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    if !tail_has(text, sentences, figure, 40, &["after"]) {
        return false;
    }
    let words = clause_words_before(text, sentences, figure);
    // `hours after 2 porters were killed`: a span of time before `after` is
    // `after_elapsed_time`'s to read (the clause stays the report's below a day).
    // `captured the town after fighting in which 20 soldiers were killed`: a relative
    // clause of the `after` phrase's noun is [`follows_an_antecedent`]'s to read (a
    // bare noun there is the event's own fighting).
    words.iter().rposition(|w| w == "after").is_some_and(|a| {
        a >= 2
            && words.len() - a - 1 <= AFTER_REACH
            && !words.get(a - 1).is_some_and(|u| super::lexicon::TIME_UNITS.contains(u.as_str()))
            && !words.get(a + 1..).unwrap_or(&[]).iter().any(|w| w == "which")
    })
}

/// The most words between `N months after` and the figure it dates.
const ELAPSED_REACH: usize = 8;

/// Whether the figure's clause opens with a span of time and `after` (`two months
/// after their feud left a student dead`, `a day after a youth was killed`): the
/// report's event came that long after, so the figure is an earlier event's. Only
/// the words after the last comma, semicolon or colon before the figure are read
/// (`Two days after the raid, 5 more people died` is the event's own toll).
fn after_elapsed_time(text: &str, sentences: &[usize], figure: &Figure) -> bool {
    let words = clause_words_before(text, sentences, figure);
    words
        .iter()
        .rposition(|w| w == "after")
        .is_some_and(|a| a >= 1 && words.len() - a - 1 <= ELAPSED_REACH && words.get(a - 1).is_some_and(|u| ELAPSED.contains(u.as_str())))
}

/// The most words between a verb of causing and the protest or unrest it causes.
const SPARK_REACH: usize = 6;

/// Whether the words after a figure say that its deaths caused a protest or unrest
/// (`… led to a violent clash`, `… sparked a protest by relatives`): a death-first
/// protest report, whose figure is the grievance.
fn sparks_unrest(after: &[Lower<'_>]) -> bool {
    after.iter().enumerate().any(|(i, w)| {
        SPARK.contains(w.as_str())
            && after.iter().skip(i + 1).take(SPARK_REACH).any(|n| PROTEST.contains(n.as_str()) || UNREST.contains(n.as_str()))
    })
}

/// The most words between a protest verb and the `of` that opens its grievance
/// (`protested [the alleged custodial death] of a villager`).
const GOVERNED_REACH: usize = 5;

/// Whether the last protest word before a figure takes it as its grievance, through
/// a noun phrase ending in `of`: `protested the death of a fellow`, `to protest the
/// murder of a taxi driver` (the protest verb is its own link). A protest word that
/// is not followed by `… of` right before the figure (`during the protest, police
/// killed 3`) is not.
fn protest_governs(before: &[Lower<'_>]) -> bool {
    // `On 3 March, the bodies of 3 villagers were found`: the month, not a march.
    let month =
        before.iter().rposition(|w| PROTEST.contains(w.as_str())).is_some_and(|p| before[p] == "march" && is_month_march(before, p));
    !month && governed_through_of(before, &PROTEST).is_some()
}

/// Whether `march` at `p` in `words` is the month: after a day number or `in`, `on`,
/// `since`, `early`, `mid`, `late`, `last`, `this`, `next`, `until`, `from`, `of`,
/// or before a day number or a year.
fn is_month_march(words: &[Lower<'_>], p: usize) -> bool {
    let digits = |w: Option<&Lower<'_>>| w.is_some_and(|w| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()));
    let prev = p.checked_sub(1).and_then(|q| words.get(q));
    digits(prev)
        || digits(words.get(p + 1))
        || prev.is_some_and(|w| {
            matches!(w.as_str(), "in" | "on" | "since" | "early" | "mid" | "late" | "last" | "this" | "next" | "until" | "from" | "of")
        })
}

/// The figures after a whole that name its parts: those of its sentence after
/// `after` (a byte offset), up to the figure at index `last` when the list ends
/// there.
#[derive(Debug, Clone, Copy)]
struct Breakdown {
    sentence: usize,
    after: usize,
    last: Option<usize>,
}

impl Breakdown {
    /// Whether the figure at index `n` is one of the parts.
    fn holds(&self, n: usize, figure: &Figure) -> bool {
        figure.sentence == self.sentence && figure.start > self.after && self.last.is_none_or(|l| n <= l)
    }
}

/// The breakdown the figure at index `k` opens, if any (`end`: its sentence's end):
/// - a colon after it (`left 4 dead: 3 gunmen and a soldier`, `2 men were killed: a
///   farmer and his cousin`): at most [`BREAKDOWN_REACH`] words and no number, comma
///   or bracket between (not a label's colon before its figure, `Fatalities: 3`);
///   every later figure of its sentence is a part. Only for a figure that is no part
///   itself (`colon`), the first such of its sentence;
/// - otherwise a list right after it that adds up to it exactly, after a colon or,
///   when the figure counts people in general, a comma (`2 fatalities, a councillor
///   and his nephew`; not `killed 3 soldiers, 2 police and a civilian`): the spans'
///   `breakdown_list`.
fn breakdown_of(text: &str, figures: &[Figure], k: usize, end: usize, colon: bool) -> Option<Breakdown> {
    let whole = figures.get(k)?;
    if colon {
        let to = near_after(text, whole.end, end.min(whole.end.saturating_add(80)));
        if let Some(at) = text.get(whole.end..to).and_then(|t| t.find(':')).map(|c| whole.end + c) {
            let between = text.get(whole.end..at).unwrap_or("");
            if lower_words(between).len() <= BREAKDOWN_REACH
                && !between.bytes().any(|b| b.is_ascii_digit())
                && !between.contains([',', '(', ')'])
            {
                return Some(Breakdown { sentence: whole.sentence, after: at, last: None });
            }
        }
    }
    let exact = whole.toll.high == Some(whole.toll.low) && whole.toll.low > 0;
    let next = figures.get(k + 1).filter(|n| exact && n.sentence == whole.sentence && n.start > whole.end)?;
    let between = text.get(whole.end..next.start).unwrap_or("");
    let words = lower_words(between);
    let head = lower_words(text.get(whole.start..whole.end).unwrap_or("")).pop();
    let general = head.is_some_and(|h| {
        matches!(h.as_str(), "people" | "persons" | "person" | "individuals")
            || super::lexicon::head_outcome(h.as_str()).is_some_and(|(_, kind, _)| kind == super::lexicon::HeadWord::Noun)
    });
    let outcome_word = words.len() == 1 && words.first().is_some_and(|w| super::lexicon::forward_cue(w.as_str()).is_some());
    let mark = between.trim_start().trim_start_matches(char::is_alphabetic).trim();
    let opens = (words.is_empty() || outcome_word) && (mark == ":" || (mark == "," && general && words.is_empty()));
    if !opens {
        return None;
    }
    let mut sum = 0u64;
    for (j, part) in figures.iter().enumerate().skip(k + 1).take_while(|(_, f)| f.sentence == whole.sentence) {
        sum = sum.saturating_add(part.toll.stated());
        if sum > whole.toll.low {
            return None;
        }
        if sum == whole.toll.low {
            return Some(Breakdown { sentence: whole.sentence, after: whole.end, last: Some(j) });
        }
    }
    None
}

/// Whether a figure is told through `figure` right before it (`put the figure at
/// 30`, `its earlier figure of 11`, `revising the figure down to 35`): the last four
/// words before it hold `figure`/`figures` (the spans' `outcome::bare_figure_before`).
fn restated_figure(text: &str, figure: &Figure) -> bool {
    let before = lower_words(text.get(near_before(text, figure.start.saturating_sub(48), figure.start)..figure.start).unwrap_or(""));
    before.iter().rev().take(4).any(|w| matches!(w.as_str(), "figure" | "figures"))
}

/// Whether the figure `cur` is part of an earlier one in its sentence.
fn is_part(text: &str, prev: Option<(&Figure, bool)>, cur: &Figure) -> bool {
    let (prev, prev_part) = (prev.map(|p| p.0), prev.is_some_and(|p| p.1));
    // `including a tribal elder and his son`: a figure joined by `and` to a part is a part.
    if let Some(p) = prev.filter(|p| prev_part && p.sentence == cur.sentence) {
        let joined = |w: &Lower<'_>| matches!(w.as_str(), "and" | "his" | "her" | "their" | "its");
        if cur.start.saturating_sub(p.end) <= REACH && lower_words(text.get(p.end..cur.start).unwrap_or("")).iter().all(joined) {
            return true;
        }
    }
    let after: String = text.get(cur.end..).unwrap_or("").chars().take(40).collect();
    let after = lower_words(&after);
    let next = |i: usize| after.get(i).map_or("", Lower::as_str);
    // `300 of them`, `a commander was among the dead`; `two of the dead`, but not
    // `killing one of the attackers` (a group no figure counted: victims of its own).
    if next(0) == "of" && matches!(next(1), "them" | "whom" | "those" | "their") {
        return prev.is_some();
    }
    // `5 were wounded, one critically`: a bare number after a comma, told by the
    // degree of its harm (the spans' `harm_degree_part`).
    let bare = text.get(cur.start..cur.end).is_some_and(|t| !t.contains(char::is_whitespace));
    let after_comma = text.get(..cur.start).is_some_and(|b| b.trim_end().ends_with(','));
    if bare && after_comma && next(0).len() > 4 && next(0).ends_with("ly") {
        return prev.is_some();
    }
    if next(0) == "of" && next(1) == "the" && prev.is_some_and(|p| partitive_of_counted(text, p, next(2), next(3))) {
        return true;
    }
    // (Not `raising the toll to three, among them a child`: a figure right before
    // `among them` is the whole its parts follow.)
    let whole_of_parts = next(0) == "among" && matches!(next(1), "them" | "whom" | "those");
    if (0..3).any(|i| next(i) == "among") && prev.is_some() && !whole_of_parts {
        return true;
    }
    // `One victim was beheaded`, `Two victims were children`: victims of a figure
    // told before.
    let victims = |t: &str| {
        let t = t.strip_suffix(['s', 'S']).unwrap_or(t);
        t.len() >= 7 && t.get(t.len() - 7..).is_some_and(|w| w.eq_ignore_ascii_case(" victim"))
    };
    if prev.is_some() && text.get(cur.start..cur.end).is_some_and(victims) {
        return true;
    }
    // `Among the dead was a monk`, `The dead included 5 soldiers`, `One of those
    // killed was a policeman`, `Among them were 4 children`: a part of a figure told
    // before, in any sentence.
    if prev.is_some_and(|p| named_as_part(text, (!prev_part).then_some(p.end), cur)) {
        return true;
    }
    let Some(prev) = prev.filter(|p| p.sentence == cur.sentence) else { return false };
    let between = text.get(near_before(text, prev.end, cur.start)..cur.start).unwrap_or("");
    // A bracket opened after the earlier figure and still open: a breakdown; so is
    // a spaced dash right after it (`put at 6 - 4 fighters and 2 civilians -`).
    if between.matches('(').count() > between.matches(')').count() {
        return true;
    }
    if matches!(text.get(prev.end..cur.start).map(str::trim), Some("-" | "–" | "—"))
        && text.get(prev.end..cur.start).is_some_and(|b| b.starts_with(' '))
    {
        return true;
    }
    if in_after_clause(between) {
        return true;
    }
    let words = lower_words(between);
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).map_or("", Lower::as_str);
        matches!(w.as_str(), "including" | "includes" | "include" | "included" | "mostly" | "mainly" | "incl")
            || (w == "among" && matches!(next, "them" | "whom" | "those"))
            || (w == "of" && matches!(next, "them" | "whom"))
    })
}

/// Whether a figure is a bare number partitive of a definite group (`one of the
/// militants`; not `two members of the union`, whose `of` is the noun's).
fn partitive_of_the(text: &str, figure: &Figure) -> bool {
    if text.get(figure.start..figure.end).is_none_or(|t| t.contains(char::is_whitespace)) {
        return false;
    }
    let after: String = text.get(figure.end..).unwrap_or("").chars().take(12).collect();
    let after = lower_words(&after);
    after.first().is_some_and(|w| w == "of") && after.get(1).is_some_and(|w| w == "the")
}

/// Whether `the` + `first` (+ `second`) after a partitive figure (`two of the dead`,
/// `3 of the slain soldiers`, `2 of the soldiers`) names the people the earlier
/// figure `prev` counted: a noun of `data/counted_group_nouns.txt`, or a word of the
/// earlier figure's own phrase.
fn partitive_of_counted(text: &str, prev: &Figure, first: &str, second: &str) -> bool {
    if COUNTED_GROUPS.contains(first) {
        return true;
    }
    let counted = lower_words(text.get(prev.start..prev.end).unwrap_or(""));
    [first, second].iter().any(|w| w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit()) && counted.iter().any(|c| c == w))
}

/// Whether the words before a figure, in its sentence, name it as one of a group
/// told before: `(the|those) dead|killed|injured|… (was|were|included)` or `among
/// them (was|were)` (`lexicon::is_among_them`), then only the victims listed (`Among
/// the dead were the imam and his two brothers`). Only when the group is named
/// after the end of the figure before (`after`), unless that figure is itself a part
/// of the list: `Among those killed were a farmer and two teenagers`, with no figure
/// before, lists victims of its own.
fn named_as_part(text: &str, after: Option<usize>, cur: &Figure) -> bool {
    let from = near_before(text, cur.start.saturating_sub(80).max(after.unwrap_or(0).min(cur.start)), cur.start);
    let before = text.get(from..cur.start).unwrap_or("");
    let before = before.rfind(['.', ';', ':']).map_or(before, |p| before.get(p + 1..).unwrap_or(""));
    let words = lower_words(before);
    let w = |j: usize| words.get(j).map_or("", Lower::as_str);
    (0..words.len()).any(|j| {
        let link = matches!(w(j), "was" | "were" | "is" | "are" | "included" | "include" | "includes");
        let group = match w(j.wrapping_sub(1)) {
            "dead" | "killed" | "fatalities" | "injured" | "wounded" | "missing" | "abducted" | "kidnapped" | "hostages" => {
                matches!(w(j.wrapping_sub(2)), "the" | "those")
            }
            "them" => super::lexicon::is_among_them(w(j.wrapping_sub(2)), w(j.wrapping_sub(1))),
            _ => false,
        };
        // Only the victims listed after it: no verb of another clause, no source.
        link && group
            && words.get(j + 1..).is_some_and(|rest| {
                rest.iter().all(|r| forward_cue(r.as_str()).is_none() && verb_cue(r.as_str()).is_none() && !SAYING.contains(r.as_str()))
            })
    })
}

/// Whether a figure is told as victims besides those already counted: `also` right
/// before the cue that follows it (`2 militants were also killed`, `a guard also
/// died`) or before the cue that governs it (`the blast also killed 2 porters`).
/// `also` elsewhere (`police also said 2 were killed`) is no such sign.
fn told_as_more(text: &str, figure: &Figure) -> bool {
    let after: String = text.get(figure.end..).unwrap_or("").chars().take(30).collect();
    let after = lower_words(&after);
    // `also killed`, and a cue one word further (`also shot dead`, `also been killed`).
    let also_cue = |w: &[Lower<'_>]| w.first().is_some_and(|a| a == "also") && w.iter().skip(1).any(|c| forward_cue(c).is_some());
    let window = |a: usize| after.get(a..after.len().min(a + 3)).unwrap_or(&[]);
    if also_cue(window(0)) || also_cue(window(1)) {
        return true;
    }
    let from = near_before(text, figure.start.saturating_sub(30), figure.start);
    let before = lower_words(text.get(from..figure.start).unwrap_or(""));
    let n = before.len();
    n >= 2 && before.get(n - 2).is_some_and(|a| a == "also") && before.get(n - 1).is_some_and(|c| verb_cue(c).is_some())
}

/// Whether the text between a figure and a later one of its sentence puts the later
/// one in an `after` clause (`16 militants were killed in shelling after one soldier
/// was killed`, `one person died after locals lynched two youths`): the event the
/// sentence's own toll follows, an earlier killing or the same victims told again,
/// not victims to add. Only when no comma, semicolon or colon comes between `after`
/// and the later figure: `after the raid, 2 more died` is a clause of its own.
fn in_after_clause(between: &str) -> bool {
    let clause = between.rsplit([',', ';', ':']).next().unwrap_or("");
    lower_words(clause).iter().any(|w| w == "after")
}

/// Whether the text between the previous figure and `cur` (same sentence) opens a
/// contrasting clause with its own source: `while`, `whereas` or `but`, then a
/// verb of saying or counting (`said`, `reported`, `claimed`, `put`, `counted`), with
/// the earlier figure's clause also a source's (a verb of saying before it in its
/// sentence, or between it and the conjunction: `…, police said, while …`).
fn second_source(text: &str, prev: Option<(&Figure, bool)>, cur: &Figure) -> bool {
    let Some((prev, _)) = prev else { return false };
    let between = lower_words(text.get(prev.end..cur.start).unwrap_or(""));
    let Some(c) = between.iter().position(|w| matches!(w.as_str(), "while" | "whereas" | "but")) else { return false };
    let says = |w: &Lower<'_>| SAYING.contains(w.as_str());
    let counts = |w: &Lower<'_>| says(w) || super::lexicon::reports_a_count(w.as_str());
    if !between.get(c + 1..).is_some_and(|rest| rest.iter().any(counts)) {
        return false;
    }
    // `killed at least 22 people, the governor said, while an MP put the toll at 31`:
    // the earlier figure's source told after it.
    if between.get(..c).is_some_and(|first| first.iter().any(says)) {
        return true;
    }
    let start = text.get(..prev.start).and_then(|t| t.rfind(['.', ';', '\n'])).map_or(0, |p| p + 1);
    let start = near_before(text, start, prev.start);
    lower_words(text.get(start..prev.start).unwrap_or("")).iter().any(says)
}

/// Whether a figure is a source's own bare count (`Local sources reported 6 dead,
/// others said 9`): digits alone, right after a verb of saying or counting. In the
/// sentence of another figure it is a conflicting report of the same toll.
fn bare_source_count(text: &str, figure: &Figure) -> bool {
    if !text.get(figure.start..figure.end).is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let from = near_before(text, figure.start.saturating_sub(12), figure.start);
    let before = lower_words(text.get(from..figure.start).unwrap_or(""));
    before.last().is_some_and(|w| super::lexicon::reports_a_count(w.as_str()))
}

/// Whether a sentence reports one source's count or claim: a word of
/// `data/source_words.txt` in it.
fn reports_a_claim(text: &str, sentence: (usize, usize)) -> bool {
    lower_words(text.get(sentence.0..sentence.1).unwrap_or("")).iter().any(|w| SOURCE_WORDS.contains(w.as_str()))
}

/// Whether a sentence (`span`) tells of victims beyond a toll told before it: a word
/// of `data/separate_words.txt` or one of [`ANOTHER_INCIDENT`] (`In a separate attack,
/// 3 soldiers were killed`, `Elsewhere, …`, `2 more died later`).
fn tells_another_incident(text: &str, span: (usize, usize)) -> bool {
    lower_words(text.get(span.0..near_after(text, span.0, span.1)).unwrap_or(""))
        .iter()
        .any(|w| super::lexicon::SEPARATE.contains(w.as_str()) || ANOTHER_INCIDENT.contains(&w.as_str()))
}

/// Words that tell of another incident or more victims than a toll told before.
const ANOTHER_INCIDENT: [&str; 7] = ["another", "elsewhere", "other", "second", "more", "later", "also"];

/// Whether a sentence sums up separate incidents (`in different incidents`, `in two
/// separate gunfights`, `in separate attacks`): a word of `data/separate_words.txt`
/// and a noun of `data/incident_nouns.txt`.
fn over_incidents(text: &str, sentence: (usize, usize)) -> bool {
    let words = lower_words(text.get(sentence.0..sentence.1).unwrap_or(""));
    words.iter().any(|w| super::lexicon::SEPARATE.contains(w.as_str()))
        && words.iter().any(|w| super::lexicon::INCIDENTS.contains(w.as_str()))
}

/// Whether a figure is a running total: `toll` or `tally` in the 8 words before it,
/// or a verb of rising right before it with the toll earlier in its sentence (`the
/// death toll from the arson attack on the bus rises to five`, `the death count went
/// up to 6`).
fn is_running_total(text: &str, figure: &Figure, sentence_start: usize) -> bool {
    let before = lower_words(text.get(near_before(text, sentence_start, figure.start)..figure.start).unwrap_or(""));
    before.iter().rev().take(8).any(|w| is_toll_or_tally(w.as_str())) || rises_to(&before) || raises_the_number(&before)
}

/// Whether a verb of rising or revising (`data/rise_words.txt`,
/// `data/revision_verbs.txt`) and `the number of` the dead come
/// right before a figure through `to` (`raising the number of Tajik dead to 41`,
/// `the number of those killed rose to 9`): a running total.
fn raises_the_number(before: &[Lower<'_>]) -> bool {
    let n = before.len();
    if n < 5 || before[n - 1] != "to" {
        return false;
    }
    let Some(number) = before.iter().rev().take(7).position(|w| w == "number").map(|k| n - 1 - k) else { return false };
    let verb = |w: &str| RISE.contains(w) || is_revision_verb(w);
    let dead = before.get(number + 1..n - 1).unwrap_or(&[]);
    dead.first().is_some_and(|w| w == "of")
        && dead.iter().any(|w| DEATH_OF_NUMBER.contains(&w.as_str()))
        && (before.get(number.saturating_sub(2)..number).unwrap_or(&[]).iter().any(|w| verb(w)) || dead.iter().any(|w| verb(w)))
}

/// The words that make `the number of …` a count of the dead.
const DEATH_OF_NUMBER: [&str; 6] = ["dead", "killed", "deaths", "fatalities", "victims", "casualties"];

/// Whether a verb of rising comes right before a figure (`rose to`, `went up to`),
/// with the toll earlier in its sentence (`before`: the sentence's words before it).
fn rises_to(before: &[Lower<'_>]) -> bool {
    let mut rev = before.iter().rev().map(Lower::as_str).skip_while(|w| matches!(*w, "to" | "at" | "up"));
    if rev.next().is_some_and(|w| RISE.contains(w)) && before.iter().any(|w| is_toll_noun(w.as_str())) {
        return true;
    }
    // `then revised the figure to 3`, `revised the toll down to 12`: a count revised.
    let mut rev = before.iter().rev().map(Lower::as_str);
    rev.next() == Some("to")
        && rev
            .take(4)
            .skip_while(|w| matches!(*w, "up" | "down"))
            .take_while(|w| !is_revision_verb(w))
            // (`later raising the death toll to three`.)
            .all(|w| matches!(w, "the" | "it" | "figure" | "number" | "death") || is_toll_noun(w))
        && before.iter().rev().take(6).any(|w| is_revision_verb(w))
}

/// Verbs that revise a count (`revised the figure to 3`, `raised the toll to 9`;
/// `data/revision_verbs.txt`).
fn is_revision_verb(w: &str) -> bool {
    super::lexicon::REVISION_VERBS.contains(w)
}

/// Whether a figure after a running total in its sentence gives a new total of its
/// own: only a verb of rising right before it (`rose to 7, then to 9`); `the toll
/// rose to 9 as 4 of the wounded died` tells the increment inside the total.
fn restates_the_total(text: &str, figure: &Figure, sentence_start: usize) -> bool {
    rises_to(&lower_words(text.get(near_before(text, sentence_start, figure.start)..figure.start).unwrap_or("")))
}

/// Words that mark a count as revised (`later`, `revised`, `raised`, `now`;
/// `data/revision_words.txt`): a revision replaces the count before it.
fn is_revision_word(w: &str) -> bool {
    super::lexicon::REVISION.contains(w)
}

/// Whether a sentence (`span`) gives a source's own count of the toll: a verb of
/// estimating (`data/estimate_verbs.txt`) before `toll`/`tally` and `at` (`Local
/// sources put the toll at 160`, `activists placed the death toll at over 300`), no
/// word of revision.
fn counted_by_source(text: &str, span: (usize, usize)) -> bool {
    let words = lower_words(text.get(span.0..near_after(text, span.0, span.1)).unwrap_or(""));
    if words.iter().any(|w| is_revision_word(w)) {
        return false;
    }
    words.iter().enumerate().any(|(n, w)| {
        super::lexicon::ESTIMATE.contains(w.as_str())
            && (n + 1..(n + 5).min(words.len())).any(|t| is_toll_or_tally(words[t].as_str()) && words.get(t + 1).is_some_and(|a| a == "at"))
    })
}

/// Whether a sentence (`span`) disputes the toll told before it (`the toll was
/// disputed by relatives, who said more than 100 had died`): a word of
/// `data/dispute_words.txt`. Its count is a conflicting report.
fn disputes_the_toll(text: &str, span: (usize, usize)) -> bool {
    lower_words(text.get(span.0..near_after(text, span.0, span.1)).unwrap_or(""))
        .iter()
        .any(|w| super::lexicon::DISPUTE_WORDS.contains(w.as_str()))
}

/// Whether a sentence (`span`) tells a count as older than the report's latest
/// (`Earlier on Saturday the ministry had put the toll at 23`, `initially`,
/// `previously`: `data/older_count_words.txt`; a pluperfect verb of counting).
fn older_count(text: &str, span: (usize, usize)) -> bool {
    let words = lower_words(text.get(span.0..near_after(text, span.0, span.1)).unwrap_or(""));
    words.iter().enumerate().any(|(n, w)| {
        super::lexicon::OLDER_COUNT.contains(w.as_str())
            || (w == "had" && words.get(n + 1).is_some_and(|v| matches!(v.as_str(), "put" | "placed" | "said" | "estimated" | "given")))
    })
}

/// Whether a figure is a report's summary of its toll: a label of
/// `data/toll_labels.txt` (one or two words, `Fatalities:`, `death toll`) is all
/// that comes before it in its sentence. Like a running total it replaces what came
/// before (`… killing 3 officers and a civilian. Fatalities: 4.`).
fn is_stated_total(text: &str, figure: &Figure, sentence_start: usize) -> bool {
    let from = near_before(text, sentence_start, figure.start);
    let before = text.get(from..figure.start).unwrap_or("");
    // `2 fatalities.` as a sentence of its own: the label after the number.
    if before.trim().is_empty()
        && text.get(figure.end..).and_then(|r| r.trim_start().chars().next()).is_none_or(|c| matches!(c, '.' | ';' | '\n'))
        && lower_words(text.get(figure.start..figure.end).unwrap_or("")).last().is_some_and(|w| TOLL_LABELS.contains(w.as_str()))
    {
        return true;
    }
    if before.contains(|c: char| !(c.is_alphabetic() || c.is_whitespace() || c == ':')) {
        return false;
    }
    let words = lower_words(before);
    (1..=2).contains(&words.len()) && words.iter().all(|w| TOLL_LABELS.contains(w.as_str()))
}

/// Whether a figure is introduced as the whole of what its report counts: its
/// sentence opens with `Overall`, `In all`, `In total`, `Altogether` or `All told`,
/// ends with one of them (`… 100 died in all.`), or `total` comes in the few words
/// right before it (`a total of 100`, `the total stood at 100`). Such a toll is a
/// superset of the figures told before it (`killed the chief and 3 of his sons …
/// Overall, the attacks left 100 people dead`), not a competing count.
fn introduced_as_whole(text: &str, figure: &Figure, span: (usize, usize)) -> bool {
    let is_whole = |w: &[Lower<'_>]| match w {
        [a, ..] if a == "overall" || a == "altogether" => true,
        [a, b, ..] => (a == "in" && (b == "all" || b == "total")) || (a == "all" && b == "told"),
        _ => false,
    };
    let from = near_before(text, span.0, figure.start);
    let before = lower_words(text.get(from..figure.start).unwrap_or(""));
    if is_whole(&before) || before.iter().rev().take(4).any(|w| w == "total") {
        return true;
    }
    // The sentence's last words, before its closing source (`…, police said`) if any.
    let to = near_after(text, figure.end, span.1);
    let tail = text.get(figure.end..to).unwrap_or("");
    let clause = tail.split([',', ';']).next().unwrap_or("");
    let words = lower_words(clause);
    let n = words.len();
    n >= 1 && matches!(words[n - 1].as_str(), "overall" | "altogether") || n >= 2 && is_whole(words.get(n - 2..).unwrap_or(&[]))
}

/// The most words between a figure and the colon that opens its breakdown (`4
/// dead:`, `2 men were killed:`, `79 inmates dead:`).
const BREAKDOWN_REACH: usize = 4;

fn document_toll(text: &str, figures: &[Figure], sentences: &[usize]) -> Option<Toll> {
    // Sentence totals, in text order, with whether the sentence is a claim or a running total.
    let mut groups: Vec<(Toll, usize, bool)> = Vec::new();
    // Sentences whose figures are told as more victims (`2 militants were also
    // killed`): never a repeat of an earlier toll.
    let mut more: Vec<usize> = Vec::new();
    // Sentences whose toll is told as the whole (`Overall, …`, `in all`).
    let mut whole: Vec<usize> = Vec::new();
    let mut prev: Option<(&Figure, bool)> = None;
    // `killing 17 people: 14 students and 3 staff`, `left 4 dead: 3 gunmen and a
    // soldier`: the breakdowns open in the current sentence.
    let mut breakdowns: Vec<Breakdown> = Vec::new();
    for (n, figure) in figures.iter().enumerate() {
        breakdowns.retain(|b| b.sentence == figure.sentence);
        let part = breakdowns.iter().any(|b| b.holds(n, figure)) || is_part(text, prev, figure);
        let colon = !part && !breakdowns.iter().any(|b| b.last.is_none());
        let end = sentences.get(figure.sentence + 1).copied().unwrap_or(text.len());
        breakdowns.extend(breakdown_of(text, figures, n, end, colon));
        let start = sentences.get(figure.sentence).copied().unwrap_or(0);
        let running = is_running_total(text, figure, start) || is_stated_total(text, figure, start);
        let same_sentence = groups.last().is_some_and(|g| g.1 == figure.sentence);
        if !part && told_as_more(text, figure) {
            more.push(figure.sentence);
        }
        if !part && prev.is_some() {
            let end = sentences.get(figure.sentence + 1).copied().unwrap_or(text.len());
            if introduced_as_whole(text, figure, (start, end)) {
                whole.push(figure.sentence);
            }
        }
        // `killing one of the attackers`: victims of another group than those counted
        // before, not the same toll repeated.
        if !part && prev.is_some() && partitive_of_the(text, figure) {
            more.push(figure.sentence);
        }
        if !part {
            match groups.last_mut() {
                // `8 died, correcting its earlier figure of 11`, `95 died before
                // revising the figure to 35`: the same toll restated in its sentence;
                // the lowest is kept, as for a second source.
                Some(group) if same_sentence && !group.2 && restated_figure(text, figure) => {
                    if figure.toll.stated() < group.0.stated() {
                        group.0 = figure.toll;
                    }
                }
                // `Eight died; a porter died, raising the toll to 9`: the sentence's
                // total is then a running total too.
                // `X reported the deaths of 7 soldiers, while SANA said 2 were killed`,
                // `the state said 55 were killed, while leaders put the toll at 70`: a
                // second source's count of the same toll; the lowest is kept.
                Some(group) if same_sentence && !group.2 && (second_source(text, prev, figure) || bare_source_count(text, figure)) => {
                    if figure.toll.stated() < group.0.stated() {
                        group.0 = figure.toll;
                    }
                }
                Some(group) if same_sentence && running && (!group.2 || restates_the_total(text, figure, start)) => {
                    group.0 = figure.toll;
                    group.2 = true;
                }
                Some(group) if same_sentence && !group.2 => group.0 = group.0.add(figure.toll),
                // `the toll rose to 8 as two more died`: the increment is in the total.
                Some(_) if same_sentence => {}
                _ => groups.push((figure.toll, figure.sentence, running)),
            }
        }
        prev = Some((figure, part));
    }
    // `5 men were killed in different incidents. 2 were shot … In another incident 2
    // were …`: a first total over separate incidents, then the incidents, whose
    // figures add up to no more than it, is a breakdown: the first total stands.
    if let Some(&(first, sentence, false)) = groups.first() {
        let span = (sentences.get(sentence).copied().unwrap_or(0), sentences.get(sentence + 1).copied().unwrap_or(text.len()));
        let rest = groups.get(1..).unwrap_or(&[]);
        let detail = rest.iter().try_fold(0u64, |sum, g| (!g.2).then(|| sum.saturating_add(g.0.stated())));
        if !rest.is_empty() && over_incidents(text, span) && detail.is_some_and(|d| d <= first.stated()) {
            return Some(first);
        }
    }
    let mut total: Option<Toll> = None;
    let mut seen = std::collections::HashSet::new();
    // Whether the total so far is a running total.
    let mut running_total = false;
    for (toll, sentence, running) in groups {
        let end = sentences.get(sentence + 1).copied().unwrap_or(text.len());
        let span = (sentences.get(sentence).copied().unwrap_or(0), end);
        total = Some(match total {
            None => toll,
            // `… bringing the death toll to 7. Five people were killed at the scene.`:
            // a smaller figure told after a running total is a part of it, the deaths
            // it grew from.
            Some(t)
                if running_total
                    && !running
                    && toll.stated() < t.stated()
                    && !more.contains(&sentence)
                    && !reports_a_claim(text, span)
                    && !tells_another_incident(text, span) =>
            {
                continue
            }
            // `Toll rises to 13` (a headline), `12 were killed …`, `… raising the toll
            // to 13`: a running total replaces, though the headline told it first.
            // `… rose to 32, the ministry said. Earlier the ministry had put the toll
            // at 23`: a count told as older than the one before it does not replace it.
            Some(_) if running && older_count(text, span) => continue,
            // `At least 55 died, the government said. Activists put the toll at over
            // 300`: a source's own count of the toll is a conflicting report.
            Some(t) if running && (counted_by_source(text, span) || disputes_the_toll(text, span)) => {
                if toll.stated() < t.stated() {
                    toll
                } else {
                    t
                }
            }
            Some(_) if running => toll,
            // `killed the chief and 3 of his sons. Overall, the attacks left 100 people
            // dead`: a toll told as the whole replaces the parts before it.
            Some(t) if whole.contains(&sentence) && toll.stated() >= t.stated() => toll,
            Some(_) if seen.contains(&toll.stated()) && !more.contains(&sentence) => continue,
            // `The army said one rebel was also shot dead`: a claim told as more
            // victims adds, as any other sentence of more victims does.
            Some(t) if reports_a_claim(text, span) && !more.contains(&sentence) => {
                if toll.stated() < t.stated() {
                    toll
                } else {
                    t
                }
            }
            Some(t) => t.add(toll),
        });
        seen.insert(toll.stated());
        running_total = running;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::super::CasualtyTagger;
    use super::*;

    /// `lower_words` gives the words `str::to_lowercase` gives of the alphanumeric
    /// runs, on ASCII text (cut on bytes) and on other text (cut on characters).
    #[test]
    fn lower_words_are_the_lowercased_alphanumeric_runs() {
        for s in ["", "  ", "Ten", "In protest, WORKERS blocked the road.", "a-b_c 12x 3", "x", "Ölçek İstanbul — ALL 5 dead…", "end."]
        {
            let expected: Vec<String> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
            let words = lower_words(s);
            let got: Vec<&str> = words.iter().map(Lower::as_str).collect();
            assert_eq!(got, expected, "{s:?}");
        }
    }

    /// `has_word_in` answers as the words of `lower_words` do, in any case, on ASCII
    /// and other text, with words longer than its buffer.
    #[test]
    fn has_word_in_reads_the_words_lower_words_gives() {
        for s in [
            "",
            "Workers PROTESTED on the road.",
            "In Protest, they blocked it",
            "protest",
            "a protestation and protesters",
            "Ölçek protest — ALL 5 dead",
            "Ölçek İstanbul",
            "an extraordinarilylongwordwithnoprotestinsideitatall protest",
            "extraordinarilylongwordwithnoprotestinsideitatall",
            "sparked riots",
        ] {
            for list in [&*PROTEST_WORDS, &*SPARK_WORDS] {
                assert_eq!(has_word_in(s, list), lower_words(s).iter().any(|w| list.set.contains(w.as_str())), "{s:?}");
            }
        }
        assert!(has_word_in("In PROTEST, they marched.", &PROTEST_WORDS));
    }

    fn killed(text: &str) -> Option<String> {
        let spans = CasualtyTagger::default().tag(text);
        totals(text, &spans).get("killed").map(|t| t.to_string())
    }

    #[test]
    fn counts_round_trip() {
        for count in ["12", ">=12", ">12", "<=12", "~12", "12-15"] {
            assert_eq!(Toll::parse(count).map(|t| t.to_string()).as_deref(), Some(count));
        }
        assert_eq!(Toll::parse("15-12"), None);
        assert_eq!(Toll::parse("x"), None);
    }

    #[test]
    fn bounds_add_as_bounds() {
        let add = |a: &str, b: &str| Toll::parse(a).zip(Toll::parse(b)).map(|(a, b)| a.add(b).to_string());
        assert_eq!(add(">=3", "2").as_deref(), Some(">=5"));
        assert_eq!(add("2-3", "4").as_deref(), Some("6-7"));
        assert_eq!(add("~10", "2").as_deref(), Some("~12"));
        assert_eq!(add(">3", "2").as_deref(), Some(">5"));
    }

    #[test]
    fn distinct_victims_add_up() {
        assert_eq!(killed("3 soldiers and 2 civilians were killed.").as_deref(), Some("5"));
        assert_eq!(killed("At least 3 soldiers and 2 civilians were killed.").as_deref(), Some(">=5"));
    }

    #[test]
    fn parts_are_not_added_again() {
        assert_eq!(killed("The blast killed 12 people, including 2 commanders.").as_deref(), Some("12"));
        assert_eq!(killed("The strike killed 27 people, 9 of them children.").as_deref(), Some("27"));
        assert_eq!(killed("Four people including a village elder and his son were killed.").as_deref(), Some("4"));
    }

    #[test]
    fn repeated_tolls_count_once() {
        assert_eq!(killed("Bomb kills 7 in market. A bomb killed 7 people in the market on Monday.").as_deref(), Some("7"));
    }

    #[test]
    fn conflicting_reports_take_the_lowest() {
        assert_eq!(killed("Officials said 4 people were killed. The group claimed it killed 20 soldiers.").as_deref(), Some("4"));
    }

    #[test]
    fn a_definite_victim_counts_only_when_nothing_earlier_covers_it() {
        assert_eq!(killed("The driver died when the bus overturned.").as_deref(), Some("1"));
        assert_eq!(killed("A shopkeeper was shot dead on Monday. The shopkeeper was killed near his home.").as_deref(), Some("1"));
        assert_eq!(killed("Two soldiers were killed in the ambush. The driver was killed as well.").as_deref(), Some("2"));
        assert_eq!(killed("Troops killed the rebel commander. Three rebels were killed in all.").as_deref(), Some("3"));
    }

    #[test]
    fn running_totals_replace() {
        assert_eq!(killed("12 people were killed. The death toll later rose to 15.").as_deref(), Some("15"));
    }

    #[test]
    fn a_protest_over_deaths_has_no_toll() {
        assert_eq!(killed("Students staged a protest against the killing of 3 workers last week."), None);
        assert_eq!(killed("Police fired on the crowd, killing 3 people."), Some("3".into()));
        // The protest verb takes the grievance as its object.
        assert_eq!(killed("Hundreds of dockers protested the death of a crane operator."), None);
        assert_eq!(killed("Farmers blocked a highway to protest the alleged custodial death of a farmhand."), None);
        // A protest that is the scene, not the grievance, keeps the toll.
        assert_eq!(killed("During the protest, police shot dead 2 marchers."), Some("2".into()));
        assert_eq!(killed("Protesters clashed with police and 4 of the protesters were killed."), Some("4".into()));
    }

    #[test]
    fn running_totals_far_from_the_toll_word() {
        assert_eq!(killed("Two died on Monday. The toll from the blast at the depot rose to 5.").as_deref(), Some("5"));
        // The increment in a running total's sentence is inside the total.
        assert_eq!(killed("The toll in the attack on the depot rose to 7 as 2 more people died.").as_deref(), Some("7"));
    }

    #[test]
    fn the_cause_of_a_reprisal_or_of_unrest_is_not_the_toll() {
        assert_eq!(killed("Villagers torched a camp in retaliation for the killing of 2 herders."), None);
        assert_eq!(killed("The rebels killed 6 soldiers to avenge the death of a commander.").as_deref(), Some("6"));
        assert_eq!(killed("The death of a student triggered protests across the campus."), None);
        assert_eq!(killed("The blast killed 3 people and led to the closure of the road.").as_deref(), Some("3"));
    }

    #[test]
    fn data_files_parse() {
        // Each file also passes the lexicon's parse test (`word_lists!`).
        for set in [&*PROTEST, &*GRIEVANCE, &*REPRISAL, &*RISE, &*SPARK, &*UNREST, &*CHARGE] {
            assert!(set.len() >= 10);
            assert!(set.iter().all(|w| !w.contains(' ') && w.to_lowercase() == *w));
        }
        for set in [&*CAUSE, &*DEATH, &*ELAPSED] {
            assert!(set.len() >= 4);
            assert!(set.iter().all(|w| !w.contains(' ') && w.to_lowercase() == *w));
        }
    }

    #[test]
    fn a_total_over_separate_incidents_and_its_breakdown() {
        assert_eq!(
            killed("Four traders were killed in separate attacks. Two traders were shot dead in the bazaar. In another attack two traders were killed.")
                .as_deref(),
            Some("4")
        );
        // Without a sum over incidents, later figures add.
        assert_eq!(killed("Four traders were killed in the bazaar. Two guards were killed later.").as_deref(), Some("6"));
    }

    /// Why a row of `data/past_markers.txt` is malformed: it must be one lowercase
    /// phrase, with no tab (a second field the reader would drop).
    fn past_marker_error(fields: &[&str]) -> Option<&'static str> {
        match fields {
            [phrase] if phrase.to_lowercase() != *phrase => Some("not lowercase"),
            [_] => None,
            _ => Some("a tab inside the phrase"),
        }
    }

    #[test]
    fn past_markers_parse() {
        for (line, fields) in crate::vocab::table::rows(PAST_MARKERS) {
            assert_eq!(past_marker_error(&fields), None, "past_markers.txt:{line}: {fields:?}");
        }
        assert_eq!(PAST.len(), crate::vocab::table::rows(PAST_MARKERS).count());
        assert!(PAST.len() >= 5);
        assert!(PAST.iter().any(|m| m == &["last", "year"]));
        for bad in ["last\tyear", "Last year"] {
            let (_, fields) = crate::vocab::table::rows(bad).next().unwrap_or_default();
            assert!(past_marker_error(&fields).is_some(), "{bad:?} accepted");
        }
    }

    #[test]
    fn an_earlier_event_is_background() {
        assert_eq!(killed("Gunmen fired on a camp whose troops killed 9 rebels in a raid last year."), None);
        assert_eq!(killed("The blasts were revenge for soldiers killing 3 traders two weeks ago."), None);
        assert_eq!(killed("Troops killed 5 rebels on Monday.").as_deref(), Some("5"));
        // `N months after` dates its clause as earlier, not the clause after a comma.
        assert_eq!(killed("Students clashed again, three weeks after a riot left a porter dead."), None);
        assert_eq!(killed("Two days after the raid, 5 more villagers died.").as_deref(), Some("5"));
        assert_eq!(killed("The guards were attacked hours after 2 porters were killed.").as_deref(), Some("2"));
    }

    #[test]
    fn a_killing_charged_or_followed_is_not_the_toll() {
        assert_eq!(killed("Police held a man accused of ordering the murder of a judge."), None);
        assert_eq!(killed("Riots broke out following the death of a prisoner in custody."), None);
        assert_eq!(killed("Troops killed 4 rebels after the death of a soldier.").as_deref(), Some("4"));
        assert_eq!(killed("Guards killed 2 rebels. Earlier, a convoy was attacked.").as_deref(), Some("2"));
    }

    #[test]
    fn a_protest_over_a_death_in_another_sentence() {
        assert_eq!(killed("A porter was beaten to death at the depot. In protest, workers blocked the road."), None);
        assert_eq!(killed("A guard died in a fight. Protesters blocked the road in protest against a new tax.").as_deref(), Some("1"));
        assert_eq!(killed("A cook was stabbed to death in the hostel. The murder set off protests on the campus."), None);
        // The protest's own toll stays; a protest over no death takes no toll away.
        assert_eq!(killed("A porter was killed. In protest, workers marched. Police shot dead 2 protesters.").as_deref(), Some("2"));
        assert_eq!(killed("Farmers blocked the highway over prices. Police shot dead 2 farmers.").as_deref(), Some("2"));
    }

    #[test]
    fn no_figures_no_totals() {
        assert!(totals("Nothing happened.", &[]).is_empty());
        let spans = CasualtyTagger::default().tag("30 people were injured.");
        let t = totals("30 people were injured.", &spans);
        assert_eq!(t.get("killed"), None);
        assert_eq!(t.to_json().to_string(), r#"{"injured":"30"}"#);
    }
}
