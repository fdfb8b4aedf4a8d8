//! The scanning engine as the interceptor's [`SegmentScanner`].

use super::SegmentScanner;
use crate::scan::{Engine, Finding, Segment};

impl SegmentScanner for Engine {
    fn scan(&self, segment: &Segment<'_>) -> Vec<Finding> {
        Engine::scan(self, segment)
    }

    fn detector_name(&self, id: &str) -> Option<String> {
        crate::detectors::lookup(id).map(|d| d.name.to_string())
    }
}
