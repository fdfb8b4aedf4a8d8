//! The generated benign corpus the scanner benches measure: code, JSON, prose, logs, base64
//! and multilingual prose with emoji, from a fixed seed, so the numbers do not depend on files.
//! Shared by `benches/scanner.rs` (wall clock) and `benches/scan_instructions.rs`
//! (instruction counts under callgrind), so both measure the same bytes.

#![allow(dead_code)] // each bench uses part of it

use base64::Engine as _;

/// A deterministic pseudo-random generator (xorshift) so every run scans the same bytes.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

pub const WORDS: &[&str] = &[
    "the",
    "service",
    "returns",
    "a",
    "list",
    "of",
    "orders",
    "for",
    "customer",
    "and",
    "each",
    "entry",
    "has",
    "an",
    "id",
    "status",
    "total",
    "we",
    "deployed",
    "version",
    "after",
    "review",
    "tests",
    "passed",
    "cache",
    "latency",
    "improved",
    "by",
    "twenty",
    "percent",
    "when",
    "users",
    "open",
    "dashboard",
    "report",
    "shows",
    "revenue",
    "growth",
    "in",
    "europe",
    "team",
    "meeting",
    "notes",
    "action",
    "items",
    "follow",
    "up",
    "next",
    "week",
    "database",
    "migration",
    "done",
];

pub fn prose(r: &mut Rng, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        for _ in 0..(8 + r.next() % 12) {
            s.push_str(r.pick(WORDS));
            s.push(' ');
        }
        s.pop();
        s.push_str(". ");
        if r.next().is_multiple_of(6) {
            s.push('\n');
        }
    }
    s
}

pub fn code(r: &mut Rng, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 128);
    let mut n = 0;
    while s.len() < bytes {
        n += 1;
        let a = r.pick(WORDS);
        let b = r.pick(WORDS);
        s.push_str(&format!(
            "/// Computes the {a} {b} for one request.\npub fn {a}_{b}_{n}(input: &[u8], limit: usize) -> Result<Vec<u32>, Error> {{\n    let mut out = Vec::with_capacity(limit);\n    for (i, x) in input.iter().enumerate().take(limit) {{\n        if *x > 0x7f {{ return Err(Error::new(\"{b} out of range\")); }}\n        out.push(u32::from(*x) * {n} + i as u32);\n    }}\n    Ok(out)\n}}\n\n"
        ));
    }
    s
}

pub fn json(r: &mut Rng, bytes: usize) -> String {
    let mut s = String::from("[");
    let mut n = 0u64;
    while s.len() < bytes {
        n += 1;
        s.push_str(&format!(
            "{{\"id\":{},\"status\":\"{}\",\"title\":\"{} {} {}\",\"amount\":{}.{:02},\"updated_at\":\"2026-11-{:02}T10:{:02}:00Z\",\"tags\":[\"{}\",\"{}\"]}},",
            1000 + n,
            r.pick(&["open", "closed", "pending"]),
            r.pick(WORDS),
            r.pick(WORDS),
            r.pick(WORDS),
            r.next() % 10_000,
            r.next() % 100,
            1 + r.next() % 28,
            r.next() % 60,
            r.pick(WORDS),
            r.pick(WORDS)
        ));
    }
    s.push(']');
    s
}

pub fn base64_blob(r: &mut Rng, bytes: usize) -> String {
    let raw: Vec<u8> = (0..bytes * 3 / 4).map(|_| r.next() as u8).collect();
    let b = base64::engine::general_purpose::STANDARD.encode(raw);
    b.as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn logs(r: &mut Rng, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 128);
    while s.len() < bytes {
        s.push_str(&format!(
            "2026-11-21T08:{:02}:{:02}.{:03}Z INFO http: {} /api/v1/{}/{} status={} dur_ms={} req_id={:016x}\n",
            r.next() % 60,
            r.next() % 60,
            r.next() % 1000,
            r.pick(&["GET", "POST", "PUT"]),
            r.pick(WORDS),
            r.next() % 100_000,
            r.pick(&["200", "201", "404", "500"]),
            r.next() % 900,
            r.next()
        ));
    }
    s
}

/// Prose in other scripts with emoji: what makes the Unicode views (NFKC, skeleton) run.
pub fn multilingual(r: &mut Rng, bytes: usize) -> String {
    const ML: &[&str] = &[
        "Die Bestellung wurde gestern versandt und kommt am Montag an.",
        "Le rapport trimestriel montre une croissance de douze pour cent.",
        "La reunión del equipo se movió al jueves por la tarde.",
        "Отчёт о продажах за квартал готов, проверьте таблицу.",
        "数据库迁移已经完成，请检查日志。",
        "明日の会議は午後三時からです。資料を確認してください。",
        "تم تحديث الخادم بنجاح وسيعود الفريق غدا.",
        "הפגישה נדחתה ליום רביעי בבוקר.",
        "배포가 끝났고 모든 테스트가 통과했습니다.",
        "Great work team 🎉👍 see you tomorrow ☕",
        "Family photo 👨‍👩‍👧 and the new logo ❤️ are in the shared folder.",
        "Città, café, naïve, façade: ordinary accented words.",
    ];
    let mut s = String::with_capacity(bytes + 256);
    while s.len() < bytes {
        s.push_str(r.pick(ML));
        s.push(if r.next().is_multiple_of(4) {
            '\n'
        } else {
            ' '
        });
    }
    s
}

/// One segment of kind `k` (the order of [`KINDS`]).
pub fn kind(r: &mut Rng, k: usize, bytes: usize) -> String {
    match k {
        0 => code(r, bytes),
        1 => json(r, bytes),
        2 => prose(r, bytes),
        3 => logs(r, bytes),
        4 => base64_blob(r, bytes),
        _ => multilingual(r, bytes),
    }
}

/// The kinds of benign content, in the order [`kind`] takes them.
pub const KINDS: [&str; 6] = ["code", "json", "prose", "logs", "base64", "multilingual"];

/// Mixed benign corpus as 64 KiB segments of the kinds `kinds` (indexes into [`KINDS`]) in
/// turn, `total` bytes in all.
pub fn corpus(total: usize, kinds: &[usize]) -> Vec<String> {
    let mut r = Rng(0x5eed_1234_abcd_0001);
    let mut out = Vec::new();
    let mut size = 0;
    let mut k = 0;
    while size < total {
        let seg = kind(&mut r, kinds[k % kinds.len()], 64 << 10);
        size += seg.len();
        out.push(seg);
        k += 1;
    }
    out
}

/// The first `bytes` bytes of one segment of kind `k`, cut back to a character boundary.
pub fn kind_cut(r: &mut Rng, k: usize, bytes: usize) -> String {
    let mut s = kind(r, k, bytes);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}
