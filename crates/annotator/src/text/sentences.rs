//! Sentence boundaries read from the raw text, for rules that look at sentences in
//! bytes rather than tokens (the casualty totals: which figures share a sentence,
//! what a sentence around a figure reports).
//!
//! This is the *loose* reading, by bytes: a sentence ends at `.`, `!`, `?` or `;`
//! (a `.` after an initial or a short title, `Mr.`, `U.`, does not end one: a word of
//! at most two bytes starting with an upper-case letter) and at a `\n`, each only
//! when whitespace or the end of the text follows (`fled.It` and a line break before
//! the next line's first word end nothing; a blank line does). [`TextView::sentence_starts`]
//! (crate::TextView::sentence_starts) is the entity tagger's reading, by news tokens
//! (`;` does not end a sentence there, a closing quote stays with its sentence).

/// Byte offsets where sentences start, in increasing order, the first `0`: the byte
/// after a sentence end as above or after a `\n`, when that byte is whitespace or the
/// end of the text (`so!\nNext` starts one sentence, at the `\n`).
pub fn loose_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    // The marks, found with a vectorised byte search (two searches merged in order:
    // the search takes at most three bytes at a time).
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut breaks = memchr::memchr2_iter(b';', b'\n', bytes).peekable();
    loop {
        let i = match (stops.peek(), breaks.peek()) {
            (Some(&a), Some(&b)) if a < b => stops.next(),
            (Some(_), Some(_)) | (None, Some(_)) => breaks.next(),
            (Some(_), None) => stops.next(),
            (None, None) => None,
        };
        let Some(i) = i else { break };
        // `.` after a short abbreviation-like word (`Mr.`, `No.`) does not end one.
        let ends = bytes.get(i) != Some(&b'.') || {
            let head = text.get(..i).unwrap_or("");
            let word_start = head.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(p, c)| p + c.len_utf8());
            let word = head.get(word_start..).unwrap_or("");
            !(word.len() <= 2 && word.chars().next().is_some_and(char::is_uppercase))
        };
        if ends && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()) {
            starts.push(i + 1);
        }
    }
    starts.dedup();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let starts = loose_starts(text);
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        starts.iter().zip(ends).map(|(&s, e)| text.get(s..e).unwrap_or("<not a char boundary>").trim()).collect()
    }

    #[test]
    fn marks_and_line_breaks_end_sentences_but_not_titles() {
        assert_eq!(
            sentences("Mr. Ali left; 3 died. U. Khan said so!\nNext line? Yes"),
            ["Mr. Ali left;", "3 died.", "U. Khan said so!", "Next line?", "Yes"],
            "a mark and the line break after it end one sentence"
        );
        assert_eq!(sentences("1.5 million fled.It rained"), ["1.5 million fled.It rained"], "a mark glued to the next word ends nothing");
    }

    /// The byte loop `loose_starts` was (in `casualties/totals.rs`) before the byte
    /// search: the reference it must equal.
    fn reference(text: &str) -> Vec<usize> {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let ends = match b {
                b'\n' => true,
                b'!' | b'?' | b';' => true,
                b'.' => {
                    let head = text.get(..i).unwrap_or("");
                    let word_start = head.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(p, c)| p + c.len_utf8());
                    let word = head.get(word_start..).unwrap_or("");
                    !(word.len() <= 2 && word.chars().next().is_some_and(char::is_uppercase))
                }
                _ => false,
            };
            if ends && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()) {
                starts.push(i + 1);
            }
        }
        starts.dedup();
        starts
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        #[test]
        fn equals_the_byte_loop(text in "[a-zA-Z0-9 .!?;:\n\t\r,'\"éÖ½\u{2028}]{0,80}") {
            proptest::prop_assert_eq!(loose_starts(&text), reference(&text));
        }

        #[test]
        fn equals_the_byte_loop_on_any_text(text in "\\PC{0,60}") {
            proptest::prop_assert_eq!(loose_starts(&text), reference(&text));
        }
    }

    #[test]
    fn equals_the_byte_loop_on_the_corpora() {
        for text in crate::text::atoms::samples::corpus_texts() {
            assert!(loose_starts(&text) == reference(&text), "{}", text.chars().take(200).collect::<String>());
        }
    }

    #[test]
    fn malformed_text() {
        assert_eq!(loose_starts(""), [0]);
        assert_eq!(loose_starts("..."), [0, 3], "only the last mark is followed by the end");
        assert_eq!(loose_starts("\n\n"), [0, 1, 2]);
        let text = "Ünal said. Ö. Öz left.\u{2028}Köln. ½. 𝔸.";
        for s in loose_starts(text) {
            assert!(text.is_char_boundary(s), "{s}");
        }
        assert_eq!(sentences(text), ["Ünal said.", "Ö. Öz left.\u{2028}Köln.", "½.", "𝔸.", ""], "a mark at the very end opens an empty one");
    }
}
