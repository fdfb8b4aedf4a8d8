//! Fuzz target `framing`: see `sentinel::fuzzing::framing` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::framing(data));
