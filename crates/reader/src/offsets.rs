//! The one place where byte offsets (inside) and code-point offsets (in files) meet.

/// Converts between byte offsets and Unicode code-point offsets of one text.
///
/// ASCII text needs no table; other text keeps one entry per non-ASCII code point
/// (news text has few: curly quotes, dashes), and a byte or code-point offset between
/// two of them is the other offset shifted by the bytes the earlier ones add.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// The non-ASCII code points in text order; empty for ASCII.
    wide: Vec<Wide>,
    len_bytes: usize,
}

/// One non-ASCII code point of a [`CharMap`]'s text.
#[derive(Debug, Clone, Copy)]
struct Wide {
    /// Its byte offset.
    byte: usize,
    /// Its code-point offset.
    char: usize,
    /// The byte offset just after it.
    end: usize,
    /// The bytes beyond one per code point of the text up to its end (this one's
    /// included): byte offset minus code-point offset from `end` on, to the next one.
    extra: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let bytes = text.as_bytes();
        let mut extra = 0;
        let mut at = 0;
        while let Some(byte) = next_non_ascii(bytes, at) {
            // `text` is UTF-8 and `byte` starts a character: its leading byte gives
            // its length (2 to 4).
            let len = match bytes.get(byte) {
                Some(b) if *b >= 0xF0 => 4,
                Some(b) if *b >= 0xE0 => 3,
                _ => 2,
            };
            let end = (byte + len).min(bytes.len());
            let char = byte - extra;
            extra += end - byte - 1;
            wide.push(Wide { byte, char, end, extra });
            at = end;
        }
        CharMap { wide, len_bytes: text.len() }
    }

    /// Bytes beyond one per code point: the whole text's.
    fn total_extra(&self) -> usize {
        self.wide.last().map_or(0, |w| w.extra)
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.len_bytes - self.total_extra()
    }

    /// Byte offset of code point `c`; `None` past the end of the text.
    pub fn char_to_byte(&self, c: usize) -> Option<usize> {
        let before = self.wide.partition_point(|w| w.char < c);
        let extra = before.checked_sub(1).and_then(|i| self.wide.get(i)).map_or(0, |w| w.extra);
        let b = c.checked_add(extra)?;
        (b <= self.len_bytes).then_some(b)
    }

    /// Code-point offset of byte `b`; `None` when `b` is not on a character boundary
    /// or past the end.
    pub fn byte_to_char(&self, b: usize) -> Option<usize> {
        if b > self.len_bytes {
            return None;
        }
        let before = self.wide.partition_point(|w| w.byte < b);
        match before.checked_sub(1).and_then(|i| self.wide.get(i)) {
            Some(w) if b < w.end => None,
            Some(w) => Some(b - w.extra),
            None => Some(b),
        }
    }
}

/// The offset of the first byte at or after `from` that is not ASCII: sixteen bytes
/// are tested at once (one load and mask) until a block holds one.
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skipped = 0;
    for block in rest.chunks_exact(16) {
        let mut word = [0; 16];
        word.copy_from_slice(block);
        if u128::from_ne_bytes(word) & u128::from_ne_bytes([0x80; 16]) != 0 {
            break;
        }
        skipped += 16;
    }
    let tail = rest.get(skipped..)?;
    tail.iter().position(|b| !b.is_ascii()).map(|p| from + skipped + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let map = CharMap::new("abc");
        assert_eq!(map.char_to_byte(3), Some(3));
        assert_eq!(map.char_to_byte(4), None);
        assert_eq!(map.byte_to_char(2), Some(2));
        assert_eq!(map.len_chars(), 3);
    }

    #[test]
    fn multibyte_text_round_trips() {
        let text = "a—é 😀b";
        let map = CharMap::new(text);
        assert_eq!(map.len_chars(), text.chars().count());
        for (c, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_to_byte(c), Some(b));
            assert_eq!(map.byte_to_char(b), Some(c));
        }
        assert_eq!(map.byte_to_char(2), None, "inside the em dash");
        assert_eq!(map.char_to_byte(map.len_chars()), Some(text.len()));
    }

    /// The map gives what a table of every code point's byte offset gives, at every
    /// byte and code-point offset (inside characters and past the end included).
    #[test]
    fn agrees_with_a_full_table() {
        let long = [
            "0123456789abcdeé0123456789abcde€€0123456789abcdef😀",
            "0123456789abcdef0123456789abcdef0123456789abcdef—",
            "0123456789abcdef0123456789abcdef",
        ];
        for text in ["", "abc", "é", "é😀", "“Yes,” he said — twice…", "a\u{10FFFF}b€c ñ", "😀x", "x😀"].into_iter().chain(long)
        {
            let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
            let map = CharMap::new(text);
            assert_eq!(map.len_chars(), text.chars().count(), "{text:?}");
            for c in 0..starts.len() + 3 {
                assert_eq!(map.char_to_byte(c), starts.get(c).copied(), "{text:?} char {c}");
            }
            for b in 0..text.len() + 3 {
                assert_eq!(map.byte_to_char(b), starts.binary_search(&b).ok(), "{text:?} byte {b}");
            }
        }
    }
}
