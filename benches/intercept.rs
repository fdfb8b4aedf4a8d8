//! Interception cost: `Interceptor::inspect` on typical messages, with the real detector
//! engine and default policy (envelope parse included, as the relay does it per line).
//!
//! `cargo bench --bench intercept` for figures; `cargo test --all-targets` runs each once.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sentinel::intercept::{SegmentScanner, SentinelInterceptor};
use sentinel::policy::Policy;
use sentinel::relay::{Direction, Interceptor, MessageContext, RequestInfo, Verdict};
use sentinel::scan::{Engine, Finding, Segment};
use std::hint::black_box;
use std::time::Instant;

fn tools_list(n: usize) -> String {
    let tools: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"name":"tool_{i}","title":"Tool {i}","description":"Reads the file at the given path and returns its contents as UTF-8 text. Fails if the path is outside the allowed directories.","inputSchema":{{"type":"object","properties":{{"path":{{"type":"string","description":"Absolute path of the file"}},"head":{{"type":"number","description":"Only the first N lines"}}}},"required":["path"]}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"jsonrpc":"2.0","id":2,"result":{{"tools":[{}]}}}}"#,
        tools.join(",")
    )
}

fn text_result(bytes: usize) -> String {
    let para = "The quarterly report shows revenue growth of 12% driven by the new subscription tier; churn fell to 3.1% and support tickets per customer dropped. ";
    let mut text = String::new();
    while text.len() < bytes {
        text.push_str(para);
    }
    let text = serde_json::to_string(&text).unwrap();
    format!(
        r#"{{"jsonrpc":"2.0","id":3,"result":{{"content":[{{"type":"text","text":{text}}}],"isError":false}}}}"#
    )
}

/// Finds nothing: isolates extraction, policy and bookkeeping from detector time.
struct NoDetectors;

impl SegmentScanner for NoDetectors {
    fn scan(&self, _segment: &Segment<'_>) -> Vec<Finding> {
        Vec::new()
    }
}

fn bench(c: &mut Criterion) {
    let engine = Engine::security().unwrap();
    let icpt = SentinelInterceptor::new(Box::new(engine), Policy::default(), None, None);
    let bare = SentinelInterceptor::new(Box::new(NoDetectors), Policy::default(), None, None);
    let call = r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"read_text_file","arguments":{"path":"/home/me/projects/app/src/main.rs","head":40}}}"#.to_string();
    let ping = r#"{"jsonrpc":"2.0","id":9,"method":"ping"}"#.to_string();
    let started = Instant::now();
    let req = |m: &str| RequestInfo {
        method: m.into(),
        name: Some("read_text_file".into()),
        started,
    };
    let list_req = req("tools/list");
    let call_req = req("tools/call");
    let cases: Vec<(&str, String, Direction, Option<&RequestInfo>)> = vec![
        ("ping_not_intercepted", ping, Direction::HostToServer, None),
        ("tools_call_request", call, Direction::HostToServer, None),
        (
            "tools_list_20_tools",
            tools_list(20),
            Direction::ServerToHost,
            Some(&list_req),
        ),
        (
            "tool_result_4k_text",
            text_result(4 << 10),
            Direction::ServerToHost,
            Some(&call_req),
        ),
        (
            "tool_result_64k_text",
            text_result(64 << 10),
            Direction::ServerToHost,
            Some(&call_req),
        ),
    ];
    let mut g = c.benchmark_group("inspect");
    for (name, line, dir, r) in &cases {
        let ctx = MessageContext {
            direction: *dir,
            request: *r,
        };
        let env = sentinel::jsonrpc::parse(line).unwrap();
        assert_eq!(
            icpt.inspect(&env, &ctx),
            Verdict::Forward,
            "{name} must be clean"
        );
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| {
                let env = sentinel::jsonrpc::parse(black_box(line)).unwrap();
                black_box(icpt.inspect(&env, &ctx))
            })
        });
        g.bench_function(format!("{name}/no_detectors"), |b| {
            b.iter(|| {
                let env = sentinel::jsonrpc::parse(black_box(line)).unwrap();
                black_box(bare.inspect(&env, &ctx))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
