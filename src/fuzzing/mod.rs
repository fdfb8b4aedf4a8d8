//! Entry points shared by the cargo-fuzz targets (`fuzz/fuzz_targets/`) and the stable replay
//! test (`tests/fuzz_replay.rs`).
//!
//! Each function takes arbitrary bytes, runs one stage of the data path on them, and panics
//! only when an invariant of that stage is broken, so every fuzzer crash is a real bug and the
//! replay test (run by plain `cargo test`, no nightly) re-checks every saved input.
//!
//! May not: be called on the proxy's own data path; it exists for testing only.

mod pipeline;
mod wire;

pub use pipeline::{extract, intercept, normalize, scan};
pub use wire::{envelope, framing, recover};

/// A fuzz entry point: arbitrary bytes in, a panic only on a broken invariant.
pub type Target = fn(&[u8]);

/// Every fuzz target by name, as `fuzz/fuzz_targets/<name>.rs` and `fuzz/corpus/<name>/` name
/// it, so the replay test can iterate over them without a list of its own.
pub const TARGETS: &[(&str, Target)] = &[
    ("envelope", envelope),
    ("framing", framing),
    ("recover", recover),
    ("extract", extract),
    ("normalize", normalize),
    ("scan", scan),
    ("intercept", intercept),
];
