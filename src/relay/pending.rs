//! The pending-request table: which requests sent one way still await a response.
//!
//! One table per direction, keyed by the raw id text (`1` and `1.0` are different keys, as
//! they are different ids on the wire). It tells the interceptor what a response answers
//! (a `tools/call` result is scanned differently from a `ping` result) and lets the relay
//! answer every outstanding request when the upstream dies.
//!
//! Bounded: when full, a new request is refused (the caller answers it with an error) rather
//! than evicting an older entry, because an evicted entry would let its response through
//! without context. A second request reusing an id still in flight is refused too: otherwise
//! a harmless request could overwrite the context of a `tools/call` whose result then comes
//! back labelled as something else.

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
    map: HashMap<String, RequestInfo>,
    cap: usize,
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
        if self.map.contains_key(id) {
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
        self.map.insert(id.to_owned(), info);
        Ok(())
    }

    /// The request a response with raw id `id` answers, removing it from the table.
    pub fn take(&mut self, id: &str) -> Option<RequestInfo> {
        self.map.remove(id)
    }

    /// Whether a request with this id is in flight.
    pub fn contains(&self, id: &str) -> bool {
        self.map.contains_key(id)
    }

    /// Removes and returns every pending request (raw id, info), oldest first.
    pub fn drain(&mut self) -> Vec<(String, RequestInfo)> {
        let mut all: Vec<_> = self.map.drain().collect();
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
    fn matches_by_raw_id_text() {
        let mut t = PendingTable::new(8);
        t.insert("1", info("tools/call")).unwrap();
        t.insert("\"1\"", info("ping")).unwrap();
        t.insert("1.0", info("tools/list")).unwrap();
        assert_eq!(t.take("1.0").unwrap().method, "tools/list");
        assert_eq!(t.take("1").unwrap().method, "tools/call");
        assert!(t.take("1").is_none());
        assert_eq!(t.len(), 1);
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
