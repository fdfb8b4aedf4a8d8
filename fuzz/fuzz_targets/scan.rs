//! Fuzz target `scan`: see `sentinel::fuzzing::scan` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::scan(data));
