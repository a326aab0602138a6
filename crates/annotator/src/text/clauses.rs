//! Clause breaks: where the context of a word stops for rules that read a clause
//! around it (the casualty rules look for an outcome cue within the clause of a
//! figure).
//!
//! A clause break is
//! - a clause mark ([`is_clause_mark`]): `.`, `!`, `?`, `;` or `:` standing as a
//!   token of its own (the dots of `U.S.` or `1.5` are inside a token and break
//!   nothing);
//! - a line break, unless it only wraps a sentence: a single `\n` after a word, a
//!   number or a comma with the next line going on in lower case. Which line breaks
//!   may wrap is the view's [`TextView::line_wraps`](crate::TextView::line_wraps)
//!   (computed once from the atoms, [`line_wraps`]); what the line ends with is the
//!   reader's token.

use super::atoms::Atom;

/// Whether a token's (ASCII-lowercased) text is a clause mark: `.`, `!`, `?`, `;`, `:`.
pub fn is_clause_mark(key: &str) -> bool {
    matches!(key, "." | "!" | "?" | ";" | ":")
}

/// Whether the line break before atom `k` may wrap a sentence: exactly one `\n`
/// before the atom, and the first character after it that is not whitespace (`\x0b`
/// and `\x0c`, atoms of their own, are whitespace) is a lower-case letter, with no
/// second `\n` before it. `false` for an atom with no `\n` before it.
pub fn wraps_at(text: &str, atoms: &[Atom], k: usize) -> bool {
    if atoms.get(k).is_none_or(|a| a.newlines != 1) {
        return false;
    }
    let mut at = k;
    while let Some(atom) = atoms.get(at) {
        if at > k && atom.newlines > 0 {
            return false;
        }
        match atom.first_char(text) {
            Some(c) if c.is_whitespace() => at += 1,
            Some(c) => return c.is_lowercase(),
            None => return false,
        }
    }
    false
}

/// Appends to `out` the atoms (indices, in order) whose line break may wrap a
/// sentence ([`wraps_at`]).
pub fn line_wraps(text: &str, atoms: &[Atom], out: &mut Vec<u32>) {
    for (k, atom) in atoms.iter().enumerate() {
        if atom.newlines == 1 && wraps_at(text, atoms, k) {
            out.push(k as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextView;

    /// The text of each atom whose line break may wrap.
    fn wraps(text: &str) -> Vec<&str> {
        let view = TextView::new(text);
        view.line_wraps().iter().filter_map(|&k| view.atoms().get(k as usize)).map(|a| a.text(text)).collect()
    }

    #[test]
    fn a_single_break_before_lower_case_may_wrap() {
        assert_eq!(wraps("three people\nwere killed\n\nin Aleppo\nThe army"), ["were"]);
        assert_eq!(wraps("killed\n \x0c éight\nÉight"), ["\x0c"], "whitespace atoms are skipped, multi-byte letters read");
    }

    #[test]
    fn marks() {
        let marks: Vec<&str> = [".", "!", "?", ";", ":", ",", "-", "", "u.s."].into_iter().filter(|k| is_clause_mark(k)).collect();
        assert_eq!(marks, [".", "!", "?", ";", ":"]);
    }

    #[test]
    fn malformed_text() {
        assert!(wraps("").is_empty());
        assert!(wraps("\n").is_empty(), "nothing after the break");
        assert!(wraps(".\n.\n;").is_empty());
        assert_eq!(wraps("a\n\x0b\nb"), ["b"], "a second line break: the first cannot wrap, the second may");
        let view = TextView::new("x\ny");
        assert!(!wraps_at(view.text(), view.atoms(), 99), "past the end");
        assert!(!wraps_at(view.text(), view.atoms(), 0), "no break before the first atom");
    }
}
