//! Replays every saved fuzz input through the same entry points the fuzz targets call, so plain
//! `cargo test` (stable, no cargo-fuzz) keeps every past crash and every seed fixed.
//!
//! Inputs: `fuzz/corpus/<target>/*` (seeds and what the fuzzer kept) and
//! `fuzz/regressions/<target>/*` (minimised crashers, kept forever).

use std::path::{Path, PathBuf};

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_fuzz_target_has_seeds_and_replays_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut total = 0usize;
    for (name, run) in sentinel::fuzzing::TARGETS {
        let corpus = inputs(&root.join("corpus").join(name));
        assert!(!corpus.is_empty(), "fuzz/corpus/{name}/ has no seed inputs");
        let regressions = inputs(&root.join("regressions").join(name));
        for path in corpus.iter().chain(&regressions) {
            let data = std::fs::read(path).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(
                outcome.is_ok(),
                "fuzz target {name} fails on {}",
                path.display()
            );
            total += 1;
        }
        eprintln!(
            "fuzz replay: {name}: {} corpus + {} regression inputs",
            corpus.len(),
            regressions.len()
        );
    }
    eprintln!("fuzz replay: {total} inputs, all clean");
}
