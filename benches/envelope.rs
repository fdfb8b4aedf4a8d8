//! Per-message cost of the relay's own work: the envelope parse every line goes through, the
//! bounded line reader, and id recovery from a broken line.
//!
//! Run: `cargo bench --bench envelope`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sentinel::jsonrpc::framing::LineReader;
use sentinel::jsonrpc::{parse, recover::recover};
use std::hint::black_box;

fn call_line() -> String {
    r#"{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"read_file","arguments":{"path":"/home/me/project/src/main.rs","encoding":"utf-8"},"_meta":{"progressToken":"p-42"}}}"#.to_owned()
}

fn result_line(text_len: usize) -> String {
    let text = "fn main() { println!(\\\"hello\\\"); }\\n".repeat(text_len / 38 + 1);
    format!(
        r#"{{"jsonrpc":"2.0","id":42,"result":{{"content":[{{"type":"text","text":"{text}"}}],"isError":false}}}}"#
    )
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("envelope_parse");
    for (name, line) in [
        ("tools_call_request", call_line()),
        ("result_1KiB", result_line(1024)),
        ("result_64KiB", result_line(64 * 1024)),
    ] {
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_function(name, |b| b.iter(|| parse(black_box(&line)).unwrap().kind));
    }
    g.finish();

    let mut input = Vec::new();
    for _ in 0..1000 {
        input.extend_from_slice(call_line().as_bytes());
        input.push(b'\n');
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut g = c.benchmark_group("framing");
    g.throughput(Throughput::Bytes(input.len() as u64));
    g.bench_function("1000_lines", |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut r = LineReader::new(black_box(&input[..]));
                let mut n = 0;
                while let Some(_f) = r.next_frame().await.unwrap() {
                    n += 1;
                }
                n
            })
        })
    });
    g.finish();

    let head = result_line(16 * 1024);
    let head = &head.as_bytes()[..8 * 1024];
    c.bench_function("recover_id_8KiB_head", |b| {
        b.iter(|| recover(black_box(head)).id)
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
