//! What the processor can do, detected once per process. The scanner's vector passes
//! (`normalize::stats`, `normalize::decode`'s run search, `scan::digit_runs`) take their AVX2
//! path from here, so there is one detection and one list of the features those paths may be
//! compiled with (`#[target_feature(enable = ...)]`, a subset of what [`avx2`] checks).
//!
//! May not: be asked in a loop where a cached answer would do (it is one atomic load, but the
//! passes read it once per call, not per byte).

/// Whether the processor has AVX2 and the bit instructions every AVX2 processor has (POPCNT,
/// BMI1, LZCNT). `false` on other architectures, whose portable paths give the same results.
pub(crate) fn avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static AVX2: std::sync::LazyLock<bool> = std::sync::LazyLock::new(|| {
            is_x86_feature_detected!("avx2")
                && is_x86_feature_detected!("popcnt")
                && is_x86_feature_detected!("bmi1")
                && is_x86_feature_detected!("lzcnt")
        });
        *AVX2
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}
