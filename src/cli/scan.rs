//! `sentinel scan`: runs the detection engine over files, stdin or JSON lines, for testing
//! detectors, rule packs and corpora outside the proxy.
//!
//! Exit codes: 0 nothing at or above `--fail-on`; 1 findings at or above it; 2 usage or input
//! error (unreadable file, invalid UTF-8, bad JSON line, bad rule pack).

use crate::scan::{Engine, Finding, Origin, Segment, Severity};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:col: SEC-xx rule [Severity] excerpt`, one finding per line.
    Text,
    /// One JSON document with every finding.
    Json,
    /// SARIF 2.1.0, for code-scanning UIs.
    Sarif,
}

/// Arguments of `sentinel scan`.
#[derive(Debug, Clone, Args)]
pub struct ScanArgs {
    /// Files to scan as text; `-` or nothing reads stdin.
    pub files: Vec<PathBuf>,
    /// Treat input as JSON lines: scan one field of each record, print one NDJSON result per
    /// input line (`{"line":N,"findings":[…]}`).
    #[arg(long)]
    pub jsonl: bool,
    /// With `--jsonl`: the field to scan (dots walk into objects: `params.text`).
    #[arg(long, default_value = "text")]
    pub field: String,
    /// Output format (ignored with `--jsonl`, which always prints NDJSON).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Which part of an MCP exchange the text stands for: input, output, metadata,
    /// server_request. Detectors scope themselves by origin.
    #[arg(long, default_value = "output", value_parser = parse_origin)]
    pub origin: Origin,
    /// Detector selection and extra rule packs.
    #[command(flatten)]
    pub engine: super::engine_args::EngineArgs,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, default_value = "High", value_parser = parse_severity)]
    pub fail_on: Severity,
}

fn parse_origin(s: &str) -> Result<Origin, String> {
    Origin::parse(s)
        .ok_or_else(|| format!("unknown origin `{s}` (input, output, metadata, server_request)"))
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s)
        .ok_or_else(|| format!("unknown severity `{s}` (Low, Medium, High, Critical)"))
}

/// An input error: reported on stderr, exit code 2.
#[derive(Debug, thiserror::Error)]
enum ScanError {
    #[error("{0}")]
    Engine(#[from] super::engine_args::EngineArgsError),
    #[error("cannot read {name}: {source}")]
    Read {
        name: String,
        source: std::io::Error,
    },
    #[error("{name} is not valid UTF-8 text")]
    NotUtf8 { name: String },
    #[error("cannot write output: {0}")]
    Write(#[from] std::io::Error),
}

/// Runs `sentinel scan`; returns the process exit code.
pub fn run(args: ScanArgs) -> ExitCode {
    match run_inner(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sentinel scan: {e}");
            ExitCode::from(2)
        }
    }
}

fn build_engine(args: &ScanArgs) -> Result<Engine, ScanError> {
    Ok(args.engine.build()?)
}

fn read_input(path: &PathBuf) -> Result<(String, String), ScanError> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|source| ScanError::Read {
                name: "<stdin>".into(),
                source,
            })?;
        ("<stdin>".to_owned(), buf)
    } else {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| ScanError::Read {
            name: name.clone(),
            source,
        })?;
        (name, bytes)
    };
    let text = String::from_utf8(bytes).map_err(|_| ScanError::NotUtf8 { name: name.clone() })?;
    Ok((name, text))
}

fn run_inner(args: &ScanArgs) -> Result<ExitCode, ScanError> {
    let engine = build_engine(args)?;
    let inputs: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut worst: Option<Severity> = None;
    let mut input_error = false;
    if args.jsonl {
        for path in &inputs {
            let (name, text) = read_input(path)?;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let n = i + 1;
                let result = match field_text(line, &args.field) {
                    Ok(t) => {
                        let seg = Segment::new(args.origin, format!("{name}:{n}"), t);
                        let f = engine.scan(&seg);
                        worst = worst.max(f.iter().map(|f| f.severity).max());
                        json!({ "line": n, "findings": f })
                    }
                    Err(e) => {
                        input_error = true;
                        json!({ "line": n, "error": e })
                    }
                };
                writeln!(out, "{result}")?;
            }
        }
    } else {
        let mut all: Vec<(String, String, Vec<Finding>)> = Vec::new();
        for path in &inputs {
            let (name, text) = read_input(path)?;
            let f = engine.scan(&Segment::new(args.origin, name.clone(), text.as_str()));
            worst = worst.max(f.iter().map(|f| f.severity).max());
            all.push((name, text, f));
        }
        match args.format {
            Format::Text => write_text(&mut out, &all)?,
            Format::Json => write_json(&mut out, &all)?,
            Format::Sarif => write_sarif(&mut out, &all, &engine)?,
        }
    }
    out.flush()?;
    if input_error {
        return Ok(ExitCode::from(2));
    }
    Ok(if worst.is_some_and(|w| w >= args.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Extracts the string at a dotted field path of one JSON line.
fn field_text(line: &str, field: &str) -> Result<String, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let mut cur = &v;
    for part in field.split('.') {
        cur = cur.get(part).ok_or_else(|| format!("no field `{field}`"))?;
    }
    cur.as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("field `{field}` is not a string"))
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut off = offset.min(text.len());
    while !text.is_char_boundary(off) {
        off -= 1;
    }
    let before = &text[..off];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn write_text(out: &mut impl Write, all: &[(String, String, Vec<Finding>)]) -> std::io::Result<()> {
    for (name, text, findings) in all {
        for f in findings {
            let (l, c) = line_col(text, f.span.start);
            writeln!(
                out,
                "{name}:{l}:{c}: {} {} [{}] {}",
                f.detector, f.rule, f.severity, f.excerpt
            )?;
        }
    }
    Ok(())
}

fn write_json(out: &mut impl Write, all: &[(String, String, Vec<Finding>)]) -> std::io::Result<()> {
    let files: Vec<Value> = all
        .iter()
        .map(|(name, _, f)| json!({ "file": name, "findings": f }))
        .collect();
    writeln!(out, "{}", json!({ "files": files }))
}

fn write_sarif(
    out: &mut impl Write,
    all: &[(String, String, Vec<Finding>)],
    engine: &Engine,
) -> std::io::Result<()> {
    let rules: Vec<Value> = engine
        .enabled()
        .map(|d| {
            json!({
                "id": d.id,
                "name": d.name,
                "shortDescription": { "text": d.summary },
                "defaultConfiguration": { "level": level(d.default_severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for (name, text, findings) in all {
        for f in findings {
            let (sl, sc) = line_col(text, f.span.start);
            let (el, ec) = line_col(text, f.span.end);
            results.push(json!({
                "ruleId": f.detector,
                "level": level(f.severity),
                "message": { "text": format!("{} ({}): {}", f.rule, f.severity, f.excerpt) },
                "properties": { "rule": f.rule, "severity": f.severity },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": name },
                        "region": {
                            "startLine": sl, "startColumn": sc,
                            "endLine": el, "endColumn": ec,
                            "byteOffset": f.span.start,
                            "byteLength": f.span.end.saturating_sub(f.span.start),
                        }
                    }
                }]
            }));
        }
    }
    let doc = json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": { "driver": {
                "name": "sentinel",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }]
    });
    writeln!(out, "{doc}")
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncdé f", 7), (2, 4));
        assert_eq!(line_col("x", 0), (1, 1));
    }

    #[test]
    fn field_paths() {
        assert_eq!(field_text(r#"{"a":{"b":"x"}}"#, "a.b").unwrap(), "x");
        assert!(field_text(r#"{"a":1}"#, "a").is_err());
        assert!(field_text("nope", "a").is_err());
    }
}
