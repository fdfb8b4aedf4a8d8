//! Fuzz target `extract`: see `sentinel::fuzzing::extract` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::extract(data));
