//! Scanner throughput, per-segment latency, construction time, and worst cases.
//!
//! `cargo bench --bench scanner` (add `-- --quick` for a fast pass). The benign corpus is
//! generated here (code, JSON, prose, base64, logs) so the numbers do not depend on files.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sentinel::scan::{Engine, Origin, Segment};
use std::hint::black_box;

#[path = "support/adversarial.rs"]
mod adversarial;

#[path = "support/benign.rs"]
mod benign;
use benign::{KINDS, Rng, corpus, kind, kind_cut};

/// Scans every segment as tool output; returns the number of findings.
fn scan_all(engine: &Engine, segs: &[String]) -> usize {
    segs.iter()
        .map(|s| {
            engine
                .scan(&Segment::new(Origin::Output, "bench", s.as_str()))
                .len()
        })
        .sum()
}

fn throughput(c: &mut Criterion) {
    let engine = Engine::security().unwrap();
    let mut g = c.benchmark_group("benign");
    g.sample_size(10);
    // Every kind, logs and multilingual prose included; and the four kinds the speed target
    // names (code, JSON, prose, base64), so both figures can be reported.
    for (name, kinds) in [
        ("mixed_32MiB_security_profile", &[0, 1, 2, 3, 4, 5][..]),
        ("code_json_prose_base64_32MiB", &[0, 1, 2, 4][..]),
    ] {
        let segs = corpus(32 << 20, kinds);
        let total: usize = segs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function(name, |b| b.iter(|| black_box(scan_all(&engine, &segs))));
    }
    g.finish();

    // Per kind, so a regression shows where it comes from (4 MiB of each).
    let mut g = c.benchmark_group("benign_by_kind");
    g.sample_size(10);
    for (k, name) in KINDS.iter().enumerate() {
        let mut r = Rng(0x5eed_0000_0000_0001 + k as u64);
        let segs: Vec<String> = (0..64).map(|_| kind(&mut r, k, 64 << 10)).collect();
        let total: usize = segs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function(*name, |b| b.iter(|| black_box(scan_all(&engine, &segs))));
    }
    g.finish();

    let mut r = Rng(7);
    let mut small = Vec::new();
    for k in 0..KINDS.len() {
        small.push(kind_cut(&mut r, k, 1024));
    }
    // A tool call carries many short strings (paths, names, flags), each its own segment:
    // the fixed cost per segment matters as much as throughput.
    let mut g = c.benchmark_group("segment_short");
    for (name, s) in [
        ("path_24B", "/home/me/projects/a/b.rs"),
        (
            "sentence_80B",
            "Summarise the open issues in the tracker and list the three oldest ones.",
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| black_box(engine.scan(&Segment::new(Origin::Input, "bench", s))))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("segment_1KiB");
    for (name, s) in KINDS.iter().zip(&small) {
        g.throughput(Throughput::Bytes(s.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), s, |b, s| {
            b.iter(|| black_box(engine.scan(&Segment::new(Origin::Output, "bench", s.as_str()))))
        });
    }
    g.finish();
}

fn construction(c: &mut Criterion) {
    c.bench_function("engine_construction_security", |b| {
        b.iter(|| black_box(Engine::security().unwrap()))
    });
}

fn adversarial(c: &mut Criterion) {
    let engine = Engine::security().unwrap();
    let mut g = c.benchmark_group("adversarial_1MiB");
    g.sample_size(10);
    for (name, text, origin) in adversarial::inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| black_box(engine.scan(&Segment::new(origin, "bench", t.as_str()))))
        });
    }
    g.finish();
}

criterion_group!(benches, construction, throughput, adversarial);
criterion_main!(benches);
