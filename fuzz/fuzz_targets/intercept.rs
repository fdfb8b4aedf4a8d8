//! Fuzz target `intercept`: see `sentinel::fuzzing::intercept` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::intercept(data));
