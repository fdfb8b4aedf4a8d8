//! The pending-request table: which requests sent one way still await a response.
//!
//! One table per direction. Entries are matched by the id's *value*, not its spelling: peers
//! that re-serialise ids (most SDKs) answer `1.0` as `1`, `1e3` as `1000` and `"\u0041"` as
//! `"A"`, and the host matches those answers to its request the same way. So a response finds
//! the request the host will pair it with, and the raw text of the request's id is kept to
//! echo it exactly in errors made here. Strings and numbers never match each other (`"1"` is
//! not `1`).
//!
//! It tells the interceptor what a response answers (a `tools/call` result is scanned
//! differently from a `ping` result) and lets the relay answer every outstanding request when
//! the upstream dies.
//!
//! Bounded: when full, a new request is refused (the caller answers it with an error) rather
//! than evicting an older entry, because an evicted entry would let its response through
//! without context. A second request whose id equals one still in flight is refused too:
//! otherwise a harmless request could take over the context of a `tools/call` whose result
//! then comes back labelled as something else.

use super::hook::RequestInfo;
use std::collections::HashMap;

/// Default number of requests that may be in flight in one direction.
pub const DEFAULT_MAX_PENDING: usize = 4096;

/// Why a request could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PendingError {
    /// The table holds its maximum number of requests.
    #[error("too many requests in flight (limit {0})")]
    Full(usize),
    /// A request with the same id is still awaiting its response.
    #[error("a request with this id is already in flight")]
    DuplicateId,
}

/// Requests awaiting responses, in one direction.
#[derive(Debug)]
pub struct PendingTable {
    /// Canonical id → (raw id text as the requester wrote it, what was asked).
    map: HashMap<String, (String, RequestInfo)>,
    cap: usize,
}

/// The key two ids share when peers would treat them as the same id: strings by their decoded
/// value, numbers by their numeric value (as an `f64`, which is what JavaScript peers compare),
/// `null` as itself. Anything undecodable keys by its raw text.
pub fn canonical_id(raw: &str) -> String {
    match raw.as_bytes().first() {
        Some(b'"') => match serde_json::from_str::<String>(raw) {
            Ok(s) => format!("s:{s}"),
            Err(_) => format!("r:{raw}"),
        },
        Some(b'-' | b'0'..=b'9') => match serde_json::from_str::<serde_json::Number>(raw) {
            Ok(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
                (Some(i), _, _) => format!("n:{i}"),
                (_, Some(u), _) => format!("n:{u}"),
                (_, _, Some(f)) if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15 => {
                    // Integral and exact in an f64: `1.0`, `1e3`, `-0` read as integers.
                    format!("n:{}", f as i64)
                }
                (_, _, Some(f)) => format!("n:{f:e}"),
                _ => format!("r:{raw}"),
            },
            Err(_) => format!("r:{raw}"),
        },
        _ => format!("r:{raw}"),
    }
}

impl PendingTable {
    /// An empty table holding at most `cap` requests (minimum 1).
    pub fn new(cap: usize) -> Self {
        PendingTable {
            map: HashMap::new(),
            cap: cap.max(1),
        }
    }

    /// Checks that a request with this id could be recorded, without recording it.
    pub fn check(&self, id: &str) -> Result<(), PendingError> {
        if self.map.contains_key(&canonical_id(id)) {
            Err(PendingError::DuplicateId)
        } else if self.map.len() >= self.cap {
            Err(PendingError::Full(self.cap))
        } else {
            Ok(())
        }
    }

    /// Records a request sent with raw id text `id`.
    pub fn insert(&mut self, id: &str, info: RequestInfo) -> Result<(), PendingError> {
        self.check(id)?;
        self.map.insert(canonical_id(id), (id.to_owned(), info));
        Ok(())
    }

    /// The request a response with raw id `id` answers, removing it from the table.
    pub fn take(&mut self, id: &str) -> Option<RequestInfo> {
        self.map.remove(&canonical_id(id)).map(|(_, info)| info)
    }

    /// Whether a request with this id is in flight.
    pub fn contains(&self, id: &str) -> bool {
        self.map.contains_key(&canonical_id(id))
    }

    /// Removes and returns every pending request (its raw id text, info), oldest first.
    pub fn drain(&mut self) -> Vec<(String, RequestInfo)> {
        let mut all: Vec<_> = self.map.drain().map(|(_, entry)| entry).collect();
        all.sort_by_key(|(_, info)| info.started);
        all
    }

    /// How many requests are in flight.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether no request is in flight.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn info(m: &str) -> RequestInfo {
        RequestInfo {
            method: m.into(),
            name: None,
            started: Instant::now(),
        }
    }

    #[test]
    fn matches_ids_by_value_and_keeps_the_raw_text() {
        let mut t = PendingTable::new(8);
        t.insert("1.0", info("tools/call")).unwrap();
        t.insert("\"1\"", info("ping")).unwrap();
        t.insert("\"\\u0041\"", info("tools/list")).unwrap();
        t.insert("1e3", info("prompts/get")).unwrap();
        // A peer that re-serialises ids answers 1.0 as 1, "\u0041" as "A", 1e3 as 1000.
        assert_eq!(t.take("1").unwrap().method, "tools/call");
        assert_eq!(t.take("\"A\"").unwrap().method, "tools/list");
        assert_eq!(t.take("1000").unwrap().method, "prompts/get");
        assert!(t.take("1").is_none());
        // The string "1" is not the number 1; the raw text is what drain gives back.
        let left = t.drain();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].0, "\"1\"");
    }

    #[test]
    fn equal_ids_in_other_spellings_are_duplicates() {
        let mut t = PendingTable::new(8);
        t.insert("-0", info("a")).unwrap();
        assert_eq!(t.insert("0", info("b")), Err(PendingError::DuplicateId));
        assert_eq!(t.insert("0.0e5", info("b")), Err(PendingError::DuplicateId));
        t.insert("\"0\"", info("c")).unwrap();
        t.insert("null", info("d")).unwrap();
        assert_eq!(t.insert("null", info("e")), Err(PendingError::DuplicateId));
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical_id("7"), "n:7");
        assert_eq!(canonical_id("7.0"), "n:7");
        assert_eq!(canonical_id("-7"), "n:-7");
        assert_eq!(canonical_id("0.5"), canonical_id("5e-1"));
        assert_ne!(canonical_id("0.5"), canonical_id("0.25"));
        assert_eq!(canonical_id("\"a\\u0062\""), "s:ab");
        assert_eq!(
            canonical_id("18446744073709551615"),
            "n:18446744073709551615"
        );
        assert_eq!(canonical_id("\"\\ud800\""), "r:\"\\ud800\"");
        assert_eq!(canonical_id("null"), "r:null");
    }

    #[test]
    fn full_table_refuses_new_requests_and_keeps_old_ones() {
        let mut t = PendingTable::new(2);
        t.insert("1", info("a")).unwrap();
        t.insert("2", info("b")).unwrap();
        assert_eq!(t.insert("3", info("c")), Err(PendingError::Full(2)));
        assert!(t.contains("1") && t.contains("2") && !t.contains("3"));
        t.take("1");
        t.insert("3", info("c")).unwrap();
    }

    #[test]
    fn duplicate_in_flight_id_is_refused() {
        let mut t = PendingTable::new(8);
        t.insert("7", info("tools/call")).unwrap();
        assert_eq!(t.insert("7", info("ping")), Err(PendingError::DuplicateId));
        assert_eq!(t.take("7").unwrap().method, "tools/call");
        t.insert("7", info("ping")).unwrap();
    }

    #[test]
    fn drain_empties_oldest_first() {
        let mut t = PendingTable::new(8);
        t.insert("b", info("first")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2));
        t.insert("a", info("second")).unwrap();
        let all = t.drain();
        assert_eq!(all[0].1.method, "first");
        assert_eq!(all[1].1.method, "second");
        assert!(t.is_empty());
    }
}
