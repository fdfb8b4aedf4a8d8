//! Fuzz target `recover`: see `sentinel::fuzzing::recover` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::recover(data));
