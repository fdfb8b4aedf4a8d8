//! The scan the instruction counts in the README come from: `Engine::scan` over the generated
//! benign corpus, inside one function (`measure`) that callgrind counts alone.
//!
//! Wall-clock benches (`benches/scanner.rs`) move by ±30% on a shared machine; instruction
//! counts are the same on every run, so they show what a change does to the scanner's work.
//! Run `scripts/instructions.sh` (it needs valgrind), which builds this bench and runs it
//! under callgrind once per case. Run alone, `cargo bench --bench scan_instructions -- CASE`
//! scans once and prints what it scanned; `cargo bench` without a case does nothing here.

use sentinel::scan::{Engine, Origin, Segment};
use std::hint::black_box;

#[path = "support/benign.rs"]
mod benign;
use benign::{KINDS, Rng, kind, kind_cut};

/// The short tool arguments of the `segment_short` bench.
const SHORT: [(&str, &str); 2] = [
    ("path", "/home/me/projects/a/b.rs"),
    (
        "sentence",
        "Summarise the open issues in the tracker and list the three oldest ones.",
    ),
];

/// The segments of a case and their origin: `<kind>` is 8 segments of 64 KiB as the
/// `benign_by_kind` bench makes them, `<kind>-1k` 64 segments of 1 KiB, `path` and
/// `sentence` 1,000 scans of the short arguments.
fn case(name: &str) -> Option<(Vec<String>, Origin)> {
    if let Some((_, s)) = SHORT.iter().find(|(n, _)| *n == name) {
        return Some((vec![s.to_string(); 1000], Origin::Input));
    }
    let (kind_name, small) = match name.strip_suffix("-1k") {
        Some(k) => (k, true),
        None => (name, false),
    };
    let k = KINDS.iter().position(|n| *n == kind_name)?;
    let mut r = Rng(0x5eed_0000_0000_0001 + k as u64);
    let segs = if small {
        (0..64).map(|_| kind_cut(&mut r, k, 1024)).collect()
    } else {
        (0..8).map(|_| kind(&mut r, k, 64 << 10)).collect()
    };
    Some((segs, Origin::Output))
}

/// Scans every segment; returns the number of findings.
fn scan_all(engine: &Engine, segs: &[String], origin: Origin) -> usize {
    segs.iter()
        .map(|s| {
            engine
                .scan(&Segment::new(origin, "bench", s.as_str()))
                .len()
        })
        .sum()
}

/// The scans callgrind counts (`--toggle-collect=scan_instructions::measure`).
#[inline(never)]
fn measure(engine: &Engine, segs: &[String], origin: Origin) -> usize {
    scan_all(engine, segs, origin)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(name) = args.iter().find(|a| !a.starts_with("--")) else {
        // `cargo bench` runs every bench with `--bench`: nothing to measure without a case.
        return;
    };
    let Some((segs, origin)) = case(name) else {
        let kinds = KINDS.join(", ");
        eprintln!("unknown case `{name}`: one of {kinds}, <kind>-1k, path, sentence");
        std::process::exit(2);
    };
    let engine = Engine::security().expect("the embedded packs compile");
    // One scan first, so lazily built regexes and tables are not counted.
    black_box(scan_all(&engine, &segs, origin));
    let findings = black_box(measure(&engine, &segs, origin));
    let bytes: usize = segs.iter().map(String::len).sum();
    println!("bytes={bytes} segments={} findings={findings}", segs.len());
}
