//! Fuzz target `normalize`: see `sentinel::fuzzing::normalize` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::normalize(data));
