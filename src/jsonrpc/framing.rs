//! Newline-delimited framing with a hard size bound.
//!
//! stdio MCP is one JSON-RPC message per line. A peer that never sends a newline (or sends a
//! 2 GiB line) must not make us buffer without limit, so a line longer than the limit is
//! *discarded while it is read*: only its first [`HEAD_BYTES`] are kept, enough to recover the
//! `id` and answer the request it belonged to.
//!
//! The reader works on bytes and never judges UTF-8: a line with invalid UTF-8 comes out as a
//! [`Frame::Line`] and the caller reports it (the relay answers with a parse error).

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};

/// Default bound on one line, in bytes (16 MiB), terminator excluded.
pub const DEFAULT_MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// How many leading bytes of an oversized line are kept for id recovery.
pub const HEAD_BYTES: usize = 8 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One unit read from the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// A whole line: no `\n`, no trailing `\r`, no leading BOM (first line only).
    Line(Vec<u8>),
    /// A line longer than the limit; its bytes were discarded as they arrived.
    Oversized {
        /// Total length of the line (terminator excluded).
        len: usize,
        /// Its first bytes, at most [`HEAD_BYTES`].
        head: Vec<u8>,
    },
}

/// Reads [`Frame`]s from any byte stream, holding at most `max_line_bytes` of one line.
#[derive(Debug)]
pub struct LineReader<R> {
    inner: BufReader<R>,
    max: usize,
    at_start: bool,
    // State of the line being read, kept in `self` so a dropped `next_frame` future loses
    // nothing that was already consumed from the stream.
    buf: Vec<u8>,
    over: Option<usize>,
    partial: bool,
}

impl<R: AsyncRead + Unpin> LineReader<R> {
    /// A reader with the default limit ([`DEFAULT_MAX_LINE_BYTES`]).
    pub fn new(inner: R) -> Self {
        Self::with_limit(inner, DEFAULT_MAX_LINE_BYTES)
    }

    /// A reader that treats lines longer than `max_line_bytes` as oversized (minimum 1).
    pub fn with_limit(inner: R, max_line_bytes: usize) -> Self {
        LineReader {
            inner: BufReader::with_capacity(64 * 1024, inner),
            max: max_line_bytes.max(1),
            at_start: true,
            buf: Vec::new(),
            over: None,
            partial: false,
        }
    }

    /// The next frame, or `None` at end of stream. A final line without a newline is returned
    /// as a normal line. I/O errors are passed on; the reader should then be dropped.
    pub async fn next_frame(&mut self) -> std::io::Result<Option<Frame>> {
        loop {
            let chunk = self.inner.fill_buf().await?;
            if chunk.is_empty() {
                if !self.partial {
                    return Ok(None);
                }
                return Ok(Some(self.finish()));
            }
            let (piece, consumed, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (&chunk[..i], i + 1, true),
                None => (chunk, chunk.len(), false),
            };
            self.partial = true;
            let piece_len = piece.len();
            match self.over.as_mut() {
                Some(len) => *len += piece_len,
                None if self.buf.len() + piece_len > self.max + 1 => {
                    // +1: a trailing `\r` does not count against the limit; checked in finish.
                    let keep = HEAD_BYTES.saturating_sub(self.buf.len()).min(piece_len);
                    self.buf.extend_from_slice(&piece[..keep]);
                    let total = self.buf.len() - keep + piece_len;
                    self.buf.truncate(HEAD_BYTES);
                    self.over = Some(total);
                }
                None => self.buf.extend_from_slice(piece),
            }
            self.inner.consume(consumed);
            if done {
                return Ok(Some(self.finish()));
            }
        }
    }

    fn finish(&mut self) -> Frame {
        self.partial = false;
        let mut line = std::mem::take(&mut self.buf);
        let over = self.over.take();
        if self.at_start {
            self.at_start = false;
            if line.starts_with(BOM) {
                line.drain(..BOM.len());
            }
        }
        match over {
            Some(len) => Frame::Oversized { len, head: line },
            None => {
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.len() > self.max {
                    let len = line.len();
                    line.truncate(HEAD_BYTES);
                    Frame::Oversized { len, head: line }
                } else {
                    line.shrink_to_fit();
                    Frame::Line(line)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8], max: usize) -> Vec<Frame> {
        let mut r = LineReader::with_limit(input, max);
        let mut out = Vec::new();
        while let Some(f) = r.next_frame().await.unwrap() {
            out.push(f);
        }
        out
    }

    fn line(s: &str) -> Frame {
        Frame::Line(s.as_bytes().to_vec())
    }

    #[tokio::test]
    async fn splits_lines_and_keeps_final_line_without_newline() {
        let f = frames(b"{\"a\":1}\n{\"b\":2}\n{\"c\":3}", 100).await;
        assert_eq!(
            f,
            vec![line("{\"a\":1}"), line("{\"b\":2}"), line("{\"c\":3}")]
        );
    }

    #[tokio::test]
    async fn strips_crlf_and_leading_bom_only_once() {
        let f = frames(b"\xEF\xBB\xBF{}\r\n\xEF\xBB\xBF{}\r\n", 100).await;
        assert_eq!(f, vec![line("{}"), Frame::Line(b"\xEF\xBB\xBF{}".to_vec())]);
    }

    #[tokio::test]
    async fn empty_lines_are_frames() {
        let f = frames(b"\n\r\n{}\n", 100).await;
        assert_eq!(f, vec![line(""), line(""), line("{}")]);
    }

    #[tokio::test]
    async fn invalid_utf8_is_passed_as_bytes() {
        let f = frames(b"{\"x\":\"\xff\xfe\"}\n{}\n", 100).await;
        assert_eq!(
            f,
            vec![Frame::Line(b"{\"x\":\"\xff\xfe\"}".to_vec()), line("{}")]
        );
    }

    #[tokio::test]
    async fn oversized_line_is_discarded_with_head_and_stream_resyncs() {
        let mut input = Vec::new();
        input.extend_from_slice(b"{\"id\":7,\"p\":\"");
        input.extend(std::iter::repeat_n(b'x', 100_000));
        input.extend_from_slice(b"\"}\n{\"ok\":1}\n");
        let f = frames(&input, 1000).await;
        assert_eq!(f.len(), 2);
        match &f[0] {
            Frame::Oversized { len, head } => {
                assert_eq!(*len, 100_000 + 15);
                assert_eq!(head.len(), HEAD_BYTES);
                assert!(head.starts_with(b"{\"id\":7,"));
            }
            other => panic!("expected oversized, got {other:?}"),
        }
        assert_eq!(f[1], line("{\"ok\":1}"));
    }

    #[tokio::test]
    async fn limit_is_exact_and_cr_does_not_count() {
        assert_eq!(frames(b"abcd\n", 4).await, vec![line("abcd")]);
        assert_eq!(frames(b"abcd\r\n", 4).await, vec![line("abcd")]);
        assert_eq!(
            frames(b"abcde\n", 4).await,
            vec![Frame::Oversized {
                len: 5,
                head: b"abcde".to_vec()
            }]
        );
        assert_eq!(
            frames(b"abcdef\n", 4).await,
            vec![Frame::Oversized {
                len: 6,
                head: b"abcdef".to_vec()
            }]
        );
    }

    #[tokio::test]
    async fn oversized_final_line_without_newline() {
        let input = vec![b'y'; 50_000];
        let f = frames(&input, 10).await;
        assert_eq!(f.len(), 1);
        assert!(matches!(&f[0], Frame::Oversized { len: 50_000, .. }));
    }

    #[tokio::test]
    async fn works_across_small_reads() {
        // A reader that hands out one byte at a time exercises the partial-line state.
        let (mut w, r) = tokio::io::duplex(1);
        let writer = tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            w.write_all(b"{\"a\":1}\r\n{\"b\":2}\n").await.unwrap();
        });
        let mut reader = LineReader::with_limit(r, 100);
        assert_eq!(reader.next_frame().await.unwrap(), Some(line("{\"a\":1}")));
        assert_eq!(reader.next_frame().await.unwrap(), Some(line("{\"b\":2}")));
        writer.await.unwrap();
        assert_eq!(reader.next_frame().await.unwrap(), None);
    }
}
