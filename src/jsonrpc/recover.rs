//! Best-effort reading of a broken line: its `id`, and whether it looked like a request or a
//! response, so the relay can answer the request it belonged to instead of letting it hang.
//!
//! Works on bytes that may be truncated (the head of an oversized line), invalid UTF-8 or
//! invalid JSON. It walks only the top-level object, skipping nested values and strings, and
//! gives up on anything it cannot read with certainty: a wrong id is worse than none.

/// What could be read of a line that did not parse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    /// The raw id text (a JSON string, number or `null`), when exactly one readable id was seen.
    pub id: Option<String>,
    /// A top-level `method` member was seen (so the line was a request or notification).
    pub has_method: bool,
    /// A top-level `result` or `error` member was seen (so the line was a response).
    pub has_outcome: bool,
}

/// Reads what can be read of the top-level members of `bytes`.
pub fn recover(bytes: &[u8]) -> Recovered {
    let mut out = Recovered::default();
    let mut ids = 0usize;
    let mut s = Scanner { b: bytes, i: 0 };
    s.ws();
    if !s.eat(b'{') {
        return out;
    }
    loop {
        s.ws();
        let Some(key) = s.string() else { break };
        let name = serde_json::from_slice::<String>(key).ok();
        s.ws();
        if !s.eat(b':') {
            break;
        }
        s.ws();
        // The member name alone tells what kind of message this is, even if its value is cut.
        match name.as_deref() {
            Some("method") => out.has_method = true,
            Some("result" | "error") => out.has_outcome = true,
            _ => {}
        }
        let start = s.i;
        if !s.skip_value() {
            break;
        }
        if name.as_deref() == Some("id") {
            ids += 1;
            out.id = valid_id(&bytes[start..s.i]);
        }
        s.ws();
        if !s.eat(b',') {
            break;
        }
    }
    if ids != 1 {
        out.id = None;
    }
    out
}

fn valid_id(value: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(value).ok()?;
    match text.as_bytes().first()? {
        b'"' => serde_json::from_str::<String>(text).ok()?,
        b'-' | b'0'..=b'9' => serde_json::from_str::<serde_json::Number>(text)
            .ok()
            .map(|n| n.to_string())?,
        b'n' if text == "null" => String::new(),
        _ => return None,
    };
    Some(text.to_owned())
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.i += 1;
        }
    }

    /// A complete string token (quotes included), or `None` if truncated or absent.
    fn string(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        if !self.eat(b'"') {
            return None;
        }
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(&self.b[start..self.i]);
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
    }

    /// Skips one complete value; false if it is truncated or malformed beyond repair.
    fn skip_value(&mut self) -> bool {
        match self.peek() {
            Some(b'"') => self.string().is_some(),
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                loop {
                    match self.peek() {
                        None => return false,
                        Some(b'"') => {
                            if self.string().is_none() {
                                return false;
                            }
                        }
                        Some(b'{' | b'[') => {
                            depth += 1;
                            self.i += 1;
                        }
                        Some(b'}' | b']') => {
                            depth -= 1;
                            self.i += 1;
                            if depth == 0 {
                                return true;
                            }
                        }
                        Some(_) => self.i += 1,
                    }
                }
            }
            Some(_) => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                        break;
                    }
                    self.i += 1;
                }
                // A scalar running to the end of a truncated head may itself be cut short.
                self.i > start && self.i < self.b.len()
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_id_from_invalid_json() {
        let r = recover(br#"{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{oops}}"#);
        assert_eq!(r.id.as_deref(), Some("42"));
        assert!(r.has_method);
        assert!(!r.has_outcome);
    }

    #[test]
    fn keeps_raw_id_text() {
        for id in [r#""a\"b""#, "1.0", "-0", "1e3", "null", r#""\u00e9""#] {
            let line = format!(r#"{{"id":{id},"result":{{"x":[1,2,{{"y":"}}"}}]}},bad"#);
            assert_eq!(recover(line.as_bytes()).id.as_deref(), Some(id), "{line}");
        }
    }

    #[test]
    fn reads_id_from_truncated_head_and_invalid_utf8() {
        let r = recover(b"{\"id\":\"req-1\",\"result\":{\"content\":[{\"text\":\"\xff\xfe aaaa");
        assert_eq!(r.id.as_deref(), Some("\"req-1\""));
        assert!(r.has_outcome);
    }

    #[test]
    fn ignores_nested_ids_and_refuses_ambiguity() {
        let r = recover(br#"{"params":{"id":5},"method":"x"}"#);
        assert_eq!(r.id, None);
        let r = recover(br#"{"id":1,"id":2,"method":"x"}"#);
        assert_eq!(r.id, None);
        let r = recover(br#"{"id":{"a":1},"method":"x"}"#);
        assert_eq!(r.id, None);
        let r = recover(br#"{"id":true,"method":"x"}"#);
        assert_eq!(r.id, None);
    }

    #[test]
    fn truncated_scalar_id_is_not_guessed() {
        assert_eq!(recover(br#"{"id":12"#).id, None);
        assert_eq!(recover(br#"{"id":"abc"#).id, None);
    }

    #[test]
    fn escaped_member_name_counts() {
        let r = recover(br#"{"\u0069d":9,"method":"x","params":[}"#);
        assert_eq!(r.id.as_deref(), Some("9"));
    }

    #[test]
    fn not_an_object() {
        assert_eq!(recover(b"[1,2]"), Recovered::default());
        assert_eq!(recover(b""), Recovered::default());
    }

    /// Every prefix and every single-byte corruption of real messages: no panic, and an id is
    /// only ever reported when it is really the line's top-level id.
    #[test]
    fn never_panics_or_invents_ids_on_damaged_lines() {
        let lines: [&[u8]; 4] = [
            br#"{"jsonrpc":"2.0","id":"a\"b","method":"tools/call","params":{"name":"x","arguments":{"q":"}{\\"}}}"#,
            br#"{"id":-1.5e3,"result":{"content":[{"type":"text","text":"[{\"id\":9}]"}]}}"#,
            b"{\"id\":null,\"error\":{\"code\":-1,\"message\":\"\xc3\xa9\"}}",
            br#"[{"id":1}]"#,
        ];
        let ids = [r#""a\"b""#, "-1.5e3", "null"];
        for line in lines {
            for cut in 0..=line.len() {
                let r = recover(&line[..cut]);
                if let Some(id) = &r.id {
                    assert!(
                        ids.contains(&id.as_str()),
                        "invented {id} from {:?}",
                        &line[..cut]
                    );
                }
                let _ = std::str::from_utf8(&line[..cut]).map(crate::jsonrpc::parse);
            }
            for pos in 0..line.len() {
                for b in [b'"', b'\\', b'{', b'}', b',', b':', 0xff] {
                    let mut bad = line.to_vec();
                    bad[pos] = b;
                    let _ = recover(&bad);
                    let _ = std::str::from_utf8(&bad).map(crate::jsonrpc::parse);
                }
            }
        }
    }
}
