//! A derived text with a byte map back to the text it came from.

use std::ops::Range;

/// Text derived from another text, with, for every byte of `text`, the byte offset in the
/// source where the character that produced it starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedText {
    /// The derived text.
    pub text: String,
    /// `map[i]` is the source offset of the character that produced `text`'s byte `i`;
    /// `map[text.len()]` is the source length (a sentinel for end offsets).
    pub map: Vec<u32>,
}

impl MappedText {
    /// An empty mapped text with room for `cap` bytes.
    pub fn with_capacity(cap: usize) -> Self {
        Self {
            text: String::with_capacity(cap),
            map: Vec::with_capacity(cap + 1),
        }
    }

    /// Appends `s`, all of whose bytes came from the source character starting at `src`.
    pub fn push_str(&mut self, s: &str, src: usize) {
        self.text.push_str(s);
        let src = u32::try_from(src).unwrap_or(u32::MAX);
        self.map.extend(std::iter::repeat_n(src, s.len()));
    }

    /// Appends `s`, copied unchanged from the source at byte offset `src`: each byte maps to
    /// its own source byte. (Spans start and end at character boundaries, which an unchanged
    /// copy shares with the source, so this maps them exactly like per-character entries.)
    pub fn push_kept(&mut self, s: &str, src: usize) {
        self.text.push_str(s);
        let end = src.saturating_add(s.len());
        match (u32::try_from(src), u32::try_from(end)) {
            // A plain counting fill, without a conversion per byte: kept runs are most of a
            // view, so this is most of its map.
            (Ok(a), Ok(b)) => self.map.extend(a..b),
            _ => {
                let offset = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
                self.map.extend((src..end).map(offset));
            }
        }
    }

    /// Appends one character produced by the source character starting at `src`.
    pub fn push(&mut self, c: char, src: usize) {
        // Folds are mostly one ASCII letter (a Cyrillic `о` in the skeleton): one byte each,
        // without a copy through a buffer.
        self.text.push(c);
        let src = u32::try_from(src).unwrap_or(u32::MAX);
        match c.len_utf8() {
            1 => self.map.push(src),
            n => self.map.extend(std::iter::repeat_n(src, n)),
        }
    }

    /// Closes the map with the source length; call once after the last push.
    pub fn finish(&mut self, source_len: usize) {
        self.map.push(u32::try_from(source_len).unwrap_or(u32::MAX));
    }

    /// Maps a byte range of `text` to the smallest source range that contains what produced it.
    ///
    /// `source` is the text this view was derived from (to find the end of the last character).
    pub fn source_span(&self, span: Range<usize>, source: &str) -> Range<usize> {
        let get = |i: usize| self.map.get(i).map(|&v| v as usize);
        let start = get(span.start).unwrap_or(0).min(source.len());
        let end = if span.end > span.start {
            let last = get(span.end - 1).unwrap_or(source.len()).min(source.len());
            // The end is where the next output byte's source starts (so a `%20` that became
            // one space maps back to all three bytes); inside an expansion, the end of the
            // source character that produced the last byte.
            let ch_len = source
                .get(last..)
                .and_then(|r| r.chars().next())
                .map_or(0, char::len_utf8);
            match get(span.end) {
                Some(next) if next > last => next.min(source.len()),
                _ => (last + ch_len).max(start),
            }
        } else {
            start
        };
        start..end.min(source.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_spans_back_through_expansion() {
        let src = "aＢc";
        let mut m = MappedText::with_capacity(3);
        m.push('a', 0);
        m.push('B', 1);
        m.push('c', 4);
        m.finish(src.len());
        assert_eq!(m.text, "aBc");
        assert_eq!(m.source_span(1..2, src), 1..4);
        assert_eq!(m.source_span(0..3, src), 0..5);
    }
}
