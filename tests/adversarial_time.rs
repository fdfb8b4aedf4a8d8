//! The worst 1 MiB inputs we can build scan in bounded time.
//!
//! The figures come from `cargo bench --bench scanner` (`adversarial_1MiB`, target < 50 ms in
//! release). This test only guards against a catastrophic regression (a rule or view going
//! super-linear, as one did at 47 s/MiB during development), so its bound is generous: it runs
//! in a debug build on a shared CI machine.

#[path = "../benches/support/adversarial.rs"]
mod adversarial;

use sentinel::scan::{Engine, Segment};
use std::time::{Duration, Instant};

#[test]
fn every_adversarial_input_scans_in_bounded_time() {
    let engine = Engine::security().unwrap();
    let bound = if cfg!(debug_assertions) {
        Duration::from_secs(20)
    } else {
        Duration::from_secs(1)
    };
    for (name, text, origin) in adversarial::inputs() {
        let started = Instant::now();
        let findings = engine.scan(&Segment::new(origin, "adversarial", text.as_str()));
        let took = started.elapsed();
        eprintln!(
            "{name}: {} bytes, {} findings, {took:?}",
            text.len(),
            findings.len()
        );
        assert!(
            took < bound,
            "{name}: {took:?} for 1 MiB exceeds the {bound:?} bound"
        );
    }
}
