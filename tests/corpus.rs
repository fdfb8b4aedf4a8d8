//! Data-driven quality test over `corpora/`: per-detector recall on `malicious.toml`, false
//! positives on `benign.toml`, and the shared benign corpus (`corpora/benign/**`).
//!
//! Run `cargo test --test corpus -- --nocapture` to see the table and every miss.

use sentinel::scan::{Engine, Finding, Origin, Segment, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Lowest acceptable recall of any detector on its own malicious cases.
const MIN_RECALL: f64 = 0.90;
/// Highest acceptable false-positive rate of any detector on its own benign cases.
const MAX_FP: f64 = 0.01;
/// Highest acceptable share of shared-benign segments with a finding at or above Medium.
const MAX_SHARED_FP: f64 = 0.005;

struct Case {
    text: String,
    origin: Origin,
    note: String,
}

fn corpora() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora")
}

fn load_cases(path: &Path) -> Vec<Case> {
    let src = std::fs::read_to_string(path).unwrap();
    let doc: toml::Table =
        toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let default = doc
        .get("origin")
        .and_then(|o| o.as_str())
        .map(|o| Origin::parse(o).unwrap_or_else(|| panic!("{}: bad origin {o}", path.display())))
        .unwrap_or(Origin::Output);
    let Some(cases) = doc.get("case").and_then(|c| c.as_array()) else {
        return Vec::new();
    };
    cases
        .iter()
        .map(|c| {
            let t = c.as_table().unwrap();
            Case {
                text: t["text"].as_str().unwrap().to_owned(),
                origin: t
                    .get("origin")
                    .and_then(|o| o.as_str())
                    .map(|o| Origin::parse(o).unwrap())
                    .unwrap_or(default),
                note: t
                    .get("note")
                    .and_then(|n| n.as_str())
                    .unwrap_or("")
                    .to_owned(),
            }
        })
        .collect()
}

fn short(s: &str) -> String {
    let one: String = s.chars().take(110).collect();
    format!("{one:?}")
}

fn scan(engine: &Engine, text: &str, origin: Origin) -> Vec<Finding> {
    engine.scan(&Segment::new(origin, "corpus", text))
}

#[derive(Default)]
struct Stats {
    mal: usize,
    caught: usize,
    ben: usize,
    fp: usize,
}

#[test]
fn detector_corpora_meet_thresholds() {
    let engine = Engine::security().unwrap();
    let mut table: BTreeMap<String, Stats> = BTreeMap::new();
    let mut dirs: Vec<_> = std::fs::read_dir(corpora())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("SEC-"))
        })
        .collect();
    dirs.sort();
    for dir in dirs {
        let id = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let st = table.entry(id.clone()).or_default();
        let mal = dir.join("malicious.toml");
        if mal.exists() {
            for c in load_cases(&mal) {
                st.mal += 1;
                let f = scan(&engine, &c.text, c.origin);
                if f.iter().any(|f| f.detector == id) {
                    st.caught += 1;
                } else {
                    println!(
                        "MISS {id} [{}] {} :: {}",
                        c.origin.as_str(),
                        c.note,
                        short(&c.text)
                    );
                }
            }
        }
        let ben = dir.join("benign.toml");
        if ben.exists() {
            for c in load_cases(&ben) {
                st.ben += 1;
                let f = scan(&engine, &c.text, c.origin);
                let hits: Vec<_> = f.iter().filter(|f| f.detector == id).collect();
                if !hits.is_empty() {
                    st.fp += 1;
                    println!(
                        "FP   {id} {}/{} [{}] {} :: {}",
                        hits[0].rule,
                        hits[0].severity,
                        c.origin.as_str(),
                        c.note,
                        short(&c.text)
                    );
                }
            }
        }
    }
    println!(
        "\n{:<8} {:>6} {:>8} {:>6} {:>8}",
        "id", "mal", "recall", "benign", "fp-rate"
    );
    let mut failures = Vec::new();
    for (id, s) in &table {
        let recall = if s.mal == 0 {
            1.0
        } else {
            s.caught as f64 / s.mal as f64
        };
        let fp = if s.ben == 0 {
            0.0
        } else {
            s.fp as f64 / s.ben as f64
        };
        println!(
            "{id:<8} {:>6} {:>7.1}% {:>6} {:>7.2}%",
            s.mal,
            recall * 100.0,
            s.ben,
            fp * 100.0
        );
        if recall < MIN_RECALL {
            failures.push(format!("{id} recall {:.1}%", recall * 100.0));
        }
        if fp > MAX_FP {
            failures.push(format!("{id} false positives {:.2}%", fp * 100.0));
        }
    }
    assert!(failures.is_empty(), "below thresholds: {failures:?}");
}

fn shared_segments() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![corpora().join("benign")];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            let name = p.strip_prefix(corpora()).unwrap().display().to_string();
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
            if ext == "jsonl" || ext == "ndjson" {
                for (i, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    out.push((format!("{name}:{}", i + 1), line.to_owned()));
                }
            } else {
                out.push((name, text));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn shared_benign_corpus_stays_clean() {
    let engine = Engine::security().unwrap();
    let segs = shared_segments();
    assert!(!segs.is_empty());
    let mut flagged = 0usize;
    for (name, text) in &segs {
        let f = scan(&engine, text, Origin::Output);
        let bad: Vec<_> = f
            .iter()
            .filter(|f| f.severity >= Severity::Medium)
            .collect();
        if !bad.is_empty() {
            flagged += 1;
            for b in bad {
                println!(
                    "SHARED-FP {name} {} {} {} {:?}: {}",
                    b.detector,
                    b.rule,
                    b.severity,
                    b.span,
                    short(text.get(b.span.clone()).unwrap_or(""))
                );
            }
        }
    }
    let rate = flagged as f64 / segs.len() as f64;
    println!(
        "shared benign: {flagged}/{} segments flagged at Medium or above ({:.2}%)",
        segs.len(),
        rate * 100.0
    );
    assert!(
        rate <= MAX_SHARED_FP,
        "shared benign false-positive rate {:.2}%",
        rate * 100.0
    );
}
