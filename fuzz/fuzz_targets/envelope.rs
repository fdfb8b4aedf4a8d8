//! Fuzz target `envelope`: see `sentinel::fuzzing::envelope` for the invariants it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sentinel::fuzzing::envelope(data));
