//! The one place where byte offsets (inside) and code-point offsets (in files) meet.

/// Converts between byte offsets and Unicode code-point offsets of one text.
///
/// ASCII text needs no table; other text keeps the byte offset of every code point.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte offset of each code point, plus `text.len()` at the end; empty for ASCII.
    starts: Vec<usize>,
    len_bytes: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect()
        };
        CharMap { starts, len_bytes: text.len() }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        if self.starts.is_empty() {
            self.len_bytes
        } else {
            self.starts.len() - 1
        }
    }

    /// Byte offset of code point `c`; `None` past the end of the text.
    pub fn char_to_byte(&self, c: usize) -> Option<usize> {
        if self.starts.is_empty() {
            (c <= self.len_bytes).then_some(c)
        } else {
            self.starts.get(c).copied()
        }
    }

    /// Code-point offset of byte `b`; `None` when `b` is not on a character boundary
    /// or past the end.
    pub fn byte_to_char(&self, b: usize) -> Option<usize> {
        if self.starts.is_empty() {
            (b <= self.len_bytes).then_some(b)
        } else {
            self.starts.binary_search(&b).ok()
        }
    }
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
}
