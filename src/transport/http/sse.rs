//! Server-Sent Events parser (the `text/event-stream` format), sans-IO and incremental.
//!
//! Bytes go in as they arrive, in chunks split anywhere (even between a CR and its LF, or in
//! the middle of a UTF-8 sequence); whole events come out. Follows the HTML SSE processing model:
//! lines end in CRLF, LF or CR; `data:` lines of one event are joined with `\n`; `event:` sets
//! the type; `id:` sets the last event id (ignored when it contains NUL); lines starting with `:`
//! are comments; one optional space after the colon is removed; an empty line dispatches; an
//! event without any `data:` line is not dispatched; an unterminated event at end of stream is
//! dropped.
//!
//! Size: an event whose data exceeds `max_data` is not buffered; it comes out as
//! [`SseItem::Oversized`] with its first bytes, so a huge event costs bounded memory.
//!
//! May not: interpret the data (JSON or otherwise); that is the caller's job.

/// How many bytes of an oversized event's data are kept for the relay to find the id.
pub const OVERSIZED_HEAD: usize = 4096;

/// One dispatched event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field, if any (absent means `message`).
    pub event: Option<String>,
    /// The data lines joined with `\n`, as raw bytes.
    pub data: Vec<u8>,
    /// The last event id in force when this event was dispatched.
    pub id: Option<String>,
}

impl SseEvent {
    /// The event type, defaulting to `message` as the SSE spec says.
    pub fn event_type(&self) -> &str {
        self.event.as_deref().unwrap_or("message")
    }
}

/// What the parser hands out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SseItem {
    /// A whole event.
    Event(SseEvent),
    /// An event whose data grew past the limit; only its head was kept.
    Oversized {
        /// The event type, if an `event:` line came before the limit was passed.
        event: Option<String>,
        /// Data bytes seen for the event (at least `max_data + 1`).
        len: usize,
        /// The first bytes of the data.
        head: Vec<u8>,
    },
}

/// The incremental parser. One per stream.
#[derive(Debug)]
pub struct SseParser {
    max_data: usize,
    /// The current line, without terminator, capped (see `line_overflow`).
    line: Vec<u8>,
    /// The current line passed the cap: its bytes are counted, not kept.
    line_overflow: Option<LineOverflow>,
    /// The previous chunk ended in CR, so a leading LF belongs to that line end.
    skip_lf: bool,
    /// Data buffer of the event being built (each line followed by `\n`).
    data: Vec<u8>,
    /// The event saw at least one `data` field.
    has_data: bool,
    /// Bytes of data for the event when it is oversized (data buffer no longer grows).
    oversized_len: Option<usize>,
    event: Option<String>,
    last_id: Option<String>,
    retry: Option<u64>,
    /// Bytes of a leading UTF-8 BOM matched so far; `None` once the stream start is decided.
    bom_matched: Option<usize>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineOverflow {
    /// A `data` line past the cap: its bytes count toward the event's data length.
    Data,
    /// Any other overlong line: ignored.
    Ignored,
}

impl SseParser {
    /// A parser that turns events with more than `max_data` data bytes into `Oversized`.
    pub fn new(max_data: usize) -> Self {
        SseParser {
            max_data,
            line: Vec::new(),
            line_overflow: None,
            skip_lf: false,
            data: Vec::new(),
            has_data: false,
            oversized_len: None,
            event: None,
            last_id: None,
            retry: None,
            bom_matched: Some(0),
        }
    }

    /// The last event id seen on the stream (for `Last-Event-ID` on reconnect).
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_id.as_deref()
    }

    /// The reconnection delay the server asked for with `retry:`, in milliseconds.
    pub fn retry_ms(&self) -> Option<u64> {
        self.retry
    }

    /// Feeds bytes; appends every event they complete to `out`.
    pub fn push(&mut self, mut chunk: &[u8], out: &mut Vec<SseItem>) {
        // One leading BOM is not part of the stream (the SSE spec says to strip it).
        while let Some(matched) = self.bom_matched {
            if matched == BOM.len() {
                self.bom_matched = None;
            } else if chunk.is_empty() {
                return;
            } else if chunk[0] == BOM[matched] {
                self.bom_matched = Some(matched + 1);
                chunk = &chunk[1..];
            } else {
                // Not a BOM after all: the bytes matched so far are stream content.
                self.bom_matched = None;
                self.push_content(&BOM[..matched], out);
            }
        }
        self.push_content(chunk, out);
    }

    fn push_content(&mut self, mut chunk: &[u8], out: &mut Vec<SseItem>) {
        if self.skip_lf {
            if chunk.first() == Some(&b'\n') {
                chunk = &chunk[1..];
            }
            if !chunk.is_empty() {
                self.skip_lf = false;
            }
        }
        while !chunk.is_empty() {
            match memchr::memchr2(b'\n', b'\r', chunk) {
                Some(pos) => {
                    self.extend_line(&chunk[..pos]);
                    let was_cr = chunk[pos] == b'\r';
                    chunk = &chunk[pos + 1..];
                    if was_cr {
                        if chunk.first() == Some(&b'\n') {
                            chunk = &chunk[1..];
                        } else if chunk.is_empty() {
                            self.skip_lf = true;
                        }
                    }
                    self.end_line(out);
                }
                None => {
                    self.extend_line(chunk);
                    chunk = &[];
                }
            }
        }
    }

    /// Line cap: the data limit plus room for the field name.
    fn line_cap(&self) -> usize {
        self.max_data.saturating_add(16)
    }

    fn extend_line(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        match self.line_overflow {
            Some(LineOverflow::Data) => self.count_oversized(bytes.len()),
            Some(LineOverflow::Ignored) => {}
            None => {
                self.line.extend_from_slice(bytes);
                if self.line.len() > self.line_cap() {
                    self.overflow_line();
                }
            }
        }
    }

    /// The current line passed the cap: decide from its field name what the excess means.
    fn overflow_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        let (field, value) = split_field(&line);
        if field == b"data" {
            self.begin_data_line();
            self.append_data(value);
            self.line_overflow = Some(LineOverflow::Data);
        } else {
            self.line_overflow = Some(LineOverflow::Ignored);
        }
    }

    fn end_line(&mut self, out: &mut Vec<SseItem>) {
        match self.line_overflow.take() {
            Some(LineOverflow::Data) => {
                // The line's terminator stands for the `\n` joining data lines.
                self.append_data(b"\n");
            }
            Some(LineOverflow::Ignored) => {}
            None => {
                let line = std::mem::take(&mut self.line);
                if line.is_empty() {
                    self.dispatch(out);
                } else {
                    self.field(&line);
                }
                // Keep the allocation for the next line.
                self.line = line;
                self.line.clear();
            }
        }
    }

    fn field(&mut self, line: &[u8]) {
        if line.first() == Some(&b':') {
            return; // comment
        }
        let (name, value) = split_field(line);
        match name {
            b"data" => {
                self.begin_data_line();
                self.append_data(value);
                self.append_data(b"\n");
            }
            b"event" => self.event = Some(String::from_utf8_lossy(value).into_owned()),
            b"id" if !value.contains(&0) => {
                self.last_id = Some(String::from_utf8_lossy(value).into_owned());
            }
            b"retry" if !value.is_empty() && value.iter().all(u8::is_ascii_digit) => {
                self.retry = std::str::from_utf8(value).ok().and_then(|s| s.parse().ok());
            }
            _ => {}
        }
    }

    fn begin_data_line(&mut self) {
        self.has_data = true;
    }

    fn append_data(&mut self, bytes: &[u8]) {
        if self.oversized_len.is_some() {
            self.count_oversized(bytes.len());
            return;
        }
        self.data.extend_from_slice(bytes);
        if self.data.len() > self.max_data.saturating_add(1) {
            // +1: the trailing `\n` of the last data line is removed at dispatch.
            self.oversized_len = Some(self.data.len());
            self.data.truncate(OVERSIZED_HEAD);
            self.data.shrink_to(OVERSIZED_HEAD);
        }
    }

    fn count_oversized(&mut self, n: usize) {
        if let Some(len) = self.oversized_len.as_mut() {
            *len = len.saturating_add(n);
        } else {
            // Counting past the cap before the event was marked oversized cannot happen,
            // but if it did, mark it now so nothing is buffered without bound.
            self.oversized_len = Some(self.data.len().saturating_add(n));
            self.data.truncate(OVERSIZED_HEAD);
        }
    }

    fn dispatch(&mut self, out: &mut Vec<SseItem>) {
        let event = self.event.take();
        let has_data = std::mem::replace(&mut self.has_data, false);
        let mut data = std::mem::take(&mut self.data);
        if let Some(len) = self.oversized_len.take() {
            out.push(SseItem::Oversized {
                event,
                len: len.saturating_sub(1),
                head: data,
            });
            return;
        }
        if !has_data {
            return;
        }
        if data.last() == Some(&b'\n') {
            data.pop();
        }
        out.push(SseItem::Event(SseEvent {
            event,
            data,
            id: self.last_id.clone(),
        }));
    }
}

/// Splits `name:value`, removing one space after the colon; a line without colon is all name.
fn split_field(line: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memchr(b':', line) {
        Some(colon) => {
            let value = &line[colon + 1..];
            let value = value.strip_prefix(b" ").unwrap_or(value);
            (&line[..colon], value)
        }
        None => (line, &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(input: &[u8], max: usize) -> Vec<SseItem> {
        let mut p = SseParser::new(max);
        let mut out = Vec::new();
        p.push(input, &mut out);
        out
    }

    fn ev(event: Option<&str>, data: &str, id: Option<&str>) -> SseItem {
        SseItem::Event(SseEvent {
            event: event.map(str::to_owned),
            data: data.as_bytes().to_vec(),
            id: id.map(str::to_owned),
        })
    }

    const STREAM: &[u8] = b": comment\r\nid: 1\r\nevent: message\r\ndata: {\"a\":1}\r\n\r\n\
data:first\rdata: second\r\rid\ndata\n\n\
event: endpoint\ndata: /message?sessionId=x\n\n\
retry: 50\ndata:  two spaces\n\nevent: only-type\n\ndata: tail-not-dispatched";

    fn expected() -> Vec<SseItem> {
        vec![
            ev(Some("message"), "{\"a\":1}", Some("1")),
            ev(None, "first\nsecond", Some("1")),
            ev(None, "", Some("")),
            ev(Some("endpoint"), "/message?sessionId=x", Some("")),
            ev(None, " two spaces", Some("")),
        ]
    }

    #[test]
    fn parses_fields_line_endings_comments_and_drops_unterminated_tail() {
        assert_eq!(parse_all(STREAM, 1 << 20), expected());
    }

    #[test]
    fn every_two_way_split_gives_the_same_events() {
        for cut in 0..=STREAM.len() {
            let mut p = SseParser::new(1 << 20);
            let mut out = Vec::new();
            p.push(&STREAM[..cut], &mut out);
            p.push(&STREAM[cut..], &mut out);
            assert_eq!(out, expected(), "split at {cut}");
        }
    }

    #[test]
    fn every_three_way_split_and_byte_by_byte_give_the_same_events() {
        for a in 0..=STREAM.len() {
            for b in a..=STREAM.len() {
                let mut p = SseParser::new(1 << 20);
                let mut out = Vec::new();
                p.push(&STREAM[..a], &mut out);
                p.push(&STREAM[a..b], &mut out);
                p.push(&STREAM[b..], &mut out);
                assert_eq!(out, expected(), "split at {a},{b}");
            }
        }
        let mut p = SseParser::new(1 << 20);
        let mut out = Vec::new();
        for byte in STREAM {
            p.push(std::slice::from_ref(byte), &mut out);
        }
        assert_eq!(out, expected());
        assert_eq!(p.retry_ms(), Some(50));
    }

    #[test]
    fn a_leading_bom_is_stripped_at_any_split_and_only_there() {
        let mut input = BOM.to_vec();
        input.extend_from_slice(STREAM);
        for cut in 0..=8 {
            let mut p = SseParser::new(1 << 20);
            let mut out = Vec::new();
            p.push(&input[..cut], &mut out);
            p.push(&input[cut..], &mut out);
            assert_eq!(out, expected(), "split at {cut}");
        }
        // A BOM later in the stream is content; a partial BOM prefix is content too.
        let out = parse_all(b"data: \xEF\xBB\xBFx\n\n", 100);
        assert_eq!(
            out,
            vec![SseItem::Event(SseEvent {
                event: None,
                data: b"\xEF\xBB\xBFx".to_vec(),
                id: None
            })]
        );
        let out = parse_all(b"\xEF\xBBdata: y\n\n", 100);
        assert!(
            out.is_empty(),
            "the field name is not `data` once the stray bytes lead it"
        );
    }

    #[test]
    fn crlf_split_between_cr_and_lf_is_one_line_end() {
        let mut p = SseParser::new(100);
        let mut out = Vec::new();
        p.push(b"data: x\r", &mut out);
        p.push(b"\n", &mut out);
        p.push(b"\r", &mut out);
        p.push(b"\ndata: y\n\n", &mut out);
        assert_eq!(out, vec![ev(None, "x", None), ev(None, "y", None)]);
    }

    #[test]
    fn id_with_nul_is_ignored_and_field_without_colon_is_name_only() {
        let out = parse_all(b"id: a\0b\ndata\nid: ok\n\n", 100);
        assert_eq!(out, vec![ev(None, "", Some("ok"))]);
    }

    #[test]
    fn oversized_event_keeps_head_and_the_stream_goes_on() {
        let big = "x".repeat(10_000);
        let input = format!("event: message\ndata: {big}\ndata: more\n\ndata: small\n\n");
        for cut in [0, 5, 20, 5000, 10_010, input.len() - 3] {
            let mut p = SseParser::new(100);
            let mut out = Vec::new();
            p.push(&input.as_bytes()[..cut], &mut out);
            p.push(&input.as_bytes()[cut..], &mut out);
            assert_eq!(out.len(), 2, "cut {cut}: {out:?}");
            match &out[0] {
                SseItem::Oversized { event, len, head } => {
                    assert_eq!(event.as_deref(), Some("message"));
                    assert_eq!(*len, 10_000 + 1 + 4, "cut {cut}");
                    assert!(head.len() <= OVERSIZED_HEAD);
                    assert!(head.starts_with(b"xxxx"));
                }
                other => panic!("expected oversized, got {other:?}"),
            }
            assert_eq!(out[1], ev(None, "small", None));
        }
    }

    #[test]
    fn exactly_at_the_limit_is_not_oversized() {
        let out = parse_all(b"data: 0123456789\n\n", 10);
        assert_eq!(out, vec![ev(None, "0123456789", None)]);
        let out = parse_all(b"data: 0123456789a\n\n", 10);
        assert!(matches!(out[0], SseItem::Oversized { len: 11, .. }));
    }

    #[test]
    fn overlong_non_data_lines_are_ignored() {
        let long = format!(
            ": {}\nevent: {}\ndata: ok\n\n",
            "c".repeat(500),
            "e".repeat(500)
        );
        let out = parse_all(long.as_bytes(), 100);
        assert_eq!(out, vec![ev(None, "ok", None)]);
    }

    #[test]
    fn utf8_split_inside_a_character_survives() {
        let input = "data: héllo ✓\n\n".as_bytes();
        for cut in 0..=input.len() {
            let mut p = SseParser::new(100);
            let mut out = Vec::new();
            p.push(&input[..cut], &mut out);
            p.push(&input[cut..], &mut out);
            assert_eq!(out, vec![ev(None, "héllo ✓", None)]);
        }
    }
}
