//! The scanning engine as the interceptor's [`SegmentScanner`], and a wrapper that builds it
//! on a background thread so the upstream starts while the detectors compile.

use super::{SegmentScanner, UNSCANNABLE_ID};
use crate::scan::{Engine, Finding, Segment, Severity};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

impl SegmentScanner for Engine {
    fn scan(&self, segment: &Segment<'_>) -> Vec<Finding> {
        Engine::scan(self, segment)
    }

    fn detector_name(&self, id: &str) -> Option<String> {
        crate::detectors::lookup(id).map(|d| d.name.to_string())
    }
}

type Build = Result<Engine, String>;

/// An [`Engine`] being built on another thread; the first scan waits for it.
///
/// If the build fails every segment gets an SEC-92 finding, so intercepted messages are
/// blocked rather than forwarded unscanned.
pub struct BackgroundEngine {
    handle: Mutex<Option<JoinHandle<Build>>>,
    engine: OnceLock<Build>,
}

impl BackgroundEngine {
    /// Starts building with `build` on a new thread.
    pub fn spawn(build: impl FnOnce() -> Build + Send + 'static) -> Self {
        BackgroundEngine {
            handle: Mutex::new(Some(std::thread::spawn(build))),
            engine: OnceLock::new(),
        }
    }

    fn get(&self) -> &Build {
        self.engine.get_or_init(|| {
            let handle = match self.handle.lock() {
                Ok(mut h) => h.take(),
                Err(p) => p.into_inner().take(),
            };
            match handle.map(JoinHandle::join) {
                Some(Ok(built)) => built,
                Some(Err(_)) => Err("the detector engine panicked while building".into()),
                None => Err("the detector engine is unavailable".into()),
            }
        })
    }
}

impl SegmentScanner for BackgroundEngine {
    fn scan(&self, segment: &Segment<'_>) -> Vec<Finding> {
        match self.get() {
            Ok(e) => e.scan(segment),
            Err(msg) => {
                tracing::error!(event = "engine_unavailable", error = %msg, "cannot scan");
                vec![Finding {
                    detector: UNSCANNABLE_ID.into(),
                    rule: "engine-unavailable".into(),
                    severity: Severity::Critical,
                    location: segment.location.to_string(),
                    span: 0..0,
                    excerpt: String::new(),
                }]
            }
        }
    }

    fn detector_name(&self, id: &str) -> Option<String> {
        crate::detectors::lookup(id).map(|d| d.name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Origin;

    #[test]
    fn background_engine_scans_once_built() {
        let e = BackgroundEngine::spawn(|| Engine::security().map_err(|e| e.to_string()));
        let seg = Segment::new(Origin::Input, "params.arguments.k", "ordinary words");
        assert!(e.scan(&seg).is_empty());
    }

    #[test]
    fn failed_build_fails_closed() {
        let e = BackgroundEngine::spawn(|| Err("broken".into()));
        let seg = Segment::new(Origin::Input, "params.arguments.k", "text");
        let f = e.scan(&seg);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].detector, "SEC-92");
        assert_eq!(f[0].severity, Severity::Critical);
    }
}
