//! Qualifiers around a number, and the `COUNT` half of a value they make.
//!
//! Before the number: `at least` (`>=N`), `more than`/`over`/`above` (`>N`), `at most`/`up to`/
//! `as many as` (`<=N`), `fewer than`/`less than` (`<=N-1`), `about`/`nearly`/`almost`/
//! `some`/`roughly`/`around`/`an estimated` (`~N`), `between` (a range with `and`).
//! After it: `or more` (`>=N`), `or so` (`~N`), `-plus` (`>N`), `-odd` (`~N`).
//! Matching is on lowercased words, so ALL-CAPS wires read the same.

use std::fmt;

use super::tokens::{Kind, Token};

/// How a qualifier bends the number it goes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qualifier {
    /// `at least`, `no fewer than`, `or more`.
    AtLeast,
    /// `more than`, `over`, `upwards of`.
    MoreThan,
    /// `at most`, `up to`, `as many as`.
    AtMost,
    /// `fewer than`, `less than`.
    LessThan,
    /// `about`, `nearly`, `almost`, `some`, `roughly`, `around`, `an estimated`.
    About,
    /// `between X and Y`.
    Between,
}

/// Qualifiers before a number, longest first so `no more than` wins over `more than`.
const BEFORE: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["atleast"], Qualifier::AtLeast),
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["close", "to"], Qualifier::About),
    (&["just", "under"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["between"], Qualifier::Between),
];

/// The qualifier that ends just before token `i`: its first token and meaning.
pub(crate) fn before(tokens: &[Token], i: usize) -> Option<(usize, Qualifier)> {
    BEFORE.iter().find_map(|(words, qualifier)| {
        let start = i.checked_sub(words.len())?;
        let slice = tokens.get(start..i)?;
        let matches = slice.iter().zip(words.iter()).all(|(t, w)| t.kind == Kind::Word && t.key() == *w);
        matches.then_some((start, *qualifier))
    })
}

/// A qualifier that follows a number ending at token `end` (exclusive): the new end.
pub(crate) fn after(tokens: &[Token], end: usize) -> Option<(usize, Qualifier)> {
    let first = tokens.get(end)?;
    let second = tokens.get(end + 1)?;
    if first.is("or") {
        return match second.key() {
            "more" => Some((end + 2, Qualifier::AtLeast)),
            "so" => Some((end + 2, Qualifier::About)),
            _ => None,
        };
    }
    let glued = tokens.get(end.checked_sub(1)?).is_some_and(|p| p.end == first.start) && first.end == second.start;
    if first.is("-") && glued {
        return match second.key() {
            "plus" => Some((end + 2, Qualifier::MoreThan)),
            "odd" => Some((end + 2, Qualifier::About)),
            _ => None,
        };
    }
    None
}

/// The `COUNT` part of a casualty value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// `N`.
    Exact(u64),
    /// `>=N`.
    AtLeast(u64),
    /// `>N`.
    MoreThan(u64),
    /// `<=N`.
    AtMost(u64),
    /// `~N`.
    About(u64),
    /// `N-M`.
    Range(u64, u64),
}

impl Count {
    /// A single number under a qualifier. A vague plural is a lower bound whatever
    /// qualifies it (`at least dozens` is still `>=24`).
    pub(crate) fn of(value: u64, vague: bool, qualifier: Option<Qualifier>) -> Count {
        if vague {
            return Count::AtLeast(value);
        }
        match qualifier {
            None | Some(Qualifier::Between) => Count::Exact(value),
            Some(Qualifier::AtLeast) => Count::AtLeast(value),
            Some(Qualifier::MoreThan) => Count::MoreThan(value),
            Some(Qualifier::AtMost) => Count::AtMost(value),
            // SCHEME's COUNT has no `<`: counts are whole, so `fewer than 10` is `<=9`.
            Some(Qualifier::LessThan) => Count::AtMost(value.saturating_sub(1)),
            Some(Qualifier::About) => Count::About(value),
        }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::AtLeast(n) => write!(f, ">={n}"),
            Count::MoreThan(n) => write!(f, ">{n}"),
            Count::AtMost(n) => write!(f, "<={n}"),
            Count::About(n) => write!(f, "~{n}"),
            Count::Range(a, b) => write!(f, "{a}-{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn qualifier_before_last(text: &str) -> Option<(String, Qualifier)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let (start, q) = before(&tokens, tokens.len() - 1)?;
        Some((text[tokens[start].start..tokens[tokens.len() - 2].end].to_string(), q))
    }

    #[test]
    fn longest_qualifier_wins() {
        assert_eq!(qualifier_before_last("no more than 5"), Some(("no more than".into(), Qualifier::AtMost)));
        assert_eq!(qualifier_before_last("killed more than 5"), Some(("more than".into(), Qualifier::MoreThan)));
        assert_eq!(qualifier_before_last("AT LEAST 12"), Some(("AT LEAST".into(), Qualifier::AtLeast)));
        assert_eq!(qualifier_before_last("as many as 12"), Some(("as many as".into(), Qualifier::AtMost)));
        assert_eq!(qualifier_before_last("killed 12"), None);
    }

    #[test]
    fn qualifiers_after() {
        let mut tokens = Vec::new();
        tokenize("12 or more; 200-plus", &mut tokens);
        assert_eq!(after(&tokens, 1), Some((3, Qualifier::AtLeast)));
        assert_eq!(after(&tokens, 5), Some((7, Qualifier::MoreThan)));
    }

    #[test]
    fn counts_print_as_the_scheme_writes_them() {
        assert_eq!(Count::of(12, false, Some(Qualifier::AtLeast)).to_string(), ">=12");
        assert_eq!(Count::of(12, false, Some(Qualifier::MoreThan)).to_string(), ">12");
        assert_eq!(Count::of(12, false, Some(Qualifier::About)).to_string(), "~12");
        assert_eq!(Count::of(24, true, Some(Qualifier::About)).to_string(), ">=24");
        assert_eq!(Count::Range(12, 15).to_string(), "12-15");
    }
}
