//! SEC-23 PiiLeakage.
//!
//! ## What it catches
//! Personal data in text: payment card numbers (issuer prefix, length and Luhn checksum),
//! IBANs (country length and ISO 7064 mod-97), US social security numbers (area/group/serial
//! ranges that the SSA never issues are rejected), phone numbers next to a word saying they
//! are phone numbers, and e-mail addresses (Low: addresses are everywhere in docs).
//!
//! ## Why it matters
//! Tools that read databases, CRMs or mailboxes can hand personal data to the model, which
//! can repeat it to other tools or users; arguments can carry it out to third-party servers.
//!
//! ## Example
//! `card: 4111 1111 1111 1111, exp 12/27` — `IBAN DE89 3704 0044 0532 0130 00`.
//!
//! ## Known false positives
//! Test card numbers from payment docs (they are valid by construction); 16-digit ids that
//! happen to pass Luhn (only Low without card formatting or context); example IBANs.
//!
//! Origins: everywhere: personal data leaks in either direction.

use super::{ALL_ORIGINS, DetectorInfo, ViewSet};
use crate::scan::Severity;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-23",
    name: "PiiLeakage",
    default_severity: Severity::High,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "payment cards (Luhn), IBANs (mod-97), US SSNs, phone numbers in context, e-mail addresses",
    views: ViewSet::TEXT,
    redact: true,
    pack: Some((
        "detectors/sec23_pii_leakage.toml",
        include_str!("../../detectors/sec23_pii_leakage.toml"),
    )),
    native: None,
    scans_text: true,
};

fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// Luhn checksum over decimal digits.
pub fn luhn(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 { y - 9 } else { y }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A payment card number: consistent separators, a known issuer prefix and length, Luhn.
pub fn valid_card(s: &str) -> bool {
    let seps: Vec<char> = s.chars().filter(|c| !c.is_ascii_digit()).collect();
    let spaces = seps.iter().all(|c| c.is_whitespace());
    let dashes = seps.iter().all(|&c| c == '-');
    if !(spaces || dashes) {
        return false;
    }
    let d = digits(s);
    let n = d.len();
    if !(13..=19).contains(&n) || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let p = |k: usize| d[..k].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let issuer = match d[0] {
        4 => matches!(n, 13 | 16 | 19),
        5 => (51..=55).contains(&p(2)) && n == 16,
        2 => (2221..=2720).contains(&p(4)) && n == 16,
        3 => {
            (matches!(p(2), 34 | 37) && n == 15)
                || ((3528..=3589).contains(&p(4)) && (16..=19).contains(&n))
                || ((matches!(p(2), 36 | 38 | 39) || (300..=305).contains(&p(3))) && n >= 14)
        }
        6 => {
            (p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) || p(2) == 62)
                && (16..=19).contains(&n)
        }
        _ => false,
    };
    let flat: String = d.iter().map(|x| char::from(b'0' + x)).collect();
    issuer && luhn(&d) && !TEST_CARDS.contains(&flat.as_str())
}

/// Card numbers published by payment processors for testing: documentation, not leaks.
const TEST_CARDS: &[&str] = &[
    "4111111111111111",
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "4000000000000002",
    "4000000000009995",
    "4000002500003155",
    "4012888888881881",
    "4222222222222",
    "5431111111111111",
    "6011601160116611",
    "30569309025904",
    "38520000023237",
    "3530111333300000",
    "4000000000000077",
    "4000000000000069",
    "4000000000000127",
];

fn iban_length(cc: &str) -> Option<usize> {
    const T: &[(&str, usize)] = &[
        ("AD", 24),
        ("AE", 23),
        ("AL", 28),
        ("AT", 20),
        ("AZ", 28),
        ("BA", 20),
        ("BE", 16),
        ("BG", 22),
        ("BH", 22),
        ("BR", 29),
        ("BY", 28),
        ("CH", 21),
        ("CR", 22),
        ("CY", 28),
        ("CZ", 24),
        ("DE", 22),
        ("DK", 18),
        ("DO", 28),
        ("EE", 20),
        ("EG", 29),
        ("ES", 24),
        ("FI", 18),
        ("FO", 18),
        ("FR", 27),
        ("GB", 22),
        ("GE", 22),
        ("GI", 23),
        ("GL", 18),
        ("GR", 27),
        ("GT", 28),
        ("HR", 21),
        ("HU", 28),
        ("IE", 22),
        ("IL", 23),
        ("IQ", 23),
        ("IS", 26),
        ("IT", 27),
        ("JO", 30),
        ("KW", 30),
        ("KZ", 20),
        ("LB", 28),
        ("LC", 32),
        ("LI", 21),
        ("LT", 20),
        ("LU", 20),
        ("LV", 21),
        ("LY", 25),
        ("MC", 27),
        ("MD", 24),
        ("ME", 22),
        ("MK", 19),
        ("MR", 27),
        ("MT", 31),
        ("MU", 30),
        ("NL", 18),
        ("NO", 15),
        ("PK", 24),
        ("PL", 28),
        ("PS", 29),
        ("PT", 25),
        ("QA", 29),
        ("RO", 24),
        ("RS", 22),
        ("SA", 24),
        ("SC", 31),
        ("SD", 18),
        ("SE", 24),
        ("SI", 19),
        ("SK", 24),
        ("SM", 27),
        ("ST", 25),
        ("SV", 28),
        ("TL", 23),
        ("TN", 24),
        ("TR", 26),
        ("UA", 29),
        ("VA", 22),
        ("VG", 24),
        ("XK", 20),
    ];
    T.iter().find(|(c, _)| *c == cc).map(|&(_, n)| n)
}

/// An IBAN: known country, that country's length, mod-97 check digits.
pub fn valid_iban(s: &str) -> bool {
    let c: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if c.len() < 15 || !c.is_ascii() || iban_length(&c[..2]) != Some(c.len()) {
        return false;
    }
    let rearranged = c[4..].chars().chain(c[..4].chars());
    let mut rem: u32 = 0;
    for ch in rearranged {
        let v = match ch.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v < 10 {
            (rem * 10 + v) % 97
        } else {
            (rem * 100 + v) % 97
        };
    }
    rem == 1
}

/// A US SSN outside the never-issued ranges (area 000, 666, 900–999; group 00; serial 0000)
/// and not one of the famous published examples.
pub fn valid_ssn(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 {
        return false;
    }
    let area = u32::from(d[0]) * 100 + u32::from(d[1]) * 10 + u32::from(d[2]);
    let group = u32::from(d[3]) * 10 + u32::from(d[4]);
    let serial = d[5..].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && s != "078051120"
        && s != "219099999"
        && !d.iter().all(|&x| x == d[0])
}

/// A phone number: 10 to 15 digits, not one digit repeated.
pub fn valid_phone(s: &str) -> bool {
    let d = digits(s);
    (10..=15).contains(&d.len()) && !d.iter().all(|&x| x == d[0])
}

/// An e-mail address at a real-looking domain (not an image file like `icon@2x.png`, not a
/// reserved example domain).
pub fn valid_email(s: &str) -> bool {
    let Some((_, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let domain = domain.to_ascii_lowercase();
    let tld = domain.rsplit('.').next().unwrap_or("");
    const FILE_EXT: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css", "ts", "py", "rs", "json", "md",
        "html", "txt",
    ];
    const RESERVED: &[&str] = &[
        "example.com",
        "example.org",
        "example.net",
        "localhost",
        "test",
        "invalid",
        "example",
    ];
    let local = s
        .rsplit_once('@')
        .map_or("", |(l, _)| l)
        .to_ascii_lowercase();
    const ROLE: &[&str] = &[
        "noreply",
        "no-reply",
        "donotreply",
        "notifications",
        "notification",
        "notify",
        "postmaster",
        "support",
        "security",
        "alerts",
        "alert",
        "info",
        "admin",
        "help",
        "contact",
        "hello",
        "sales",
        "billing",
        "abuse",
        "webmaster",
        "mailer-daemon",
        "team",
        "jobs",
        "press",
        "privacy",
        "legal",
        "ops",
        "devops",
        "root",
        "bounce",
        "bounces",
        "dependabot",
        "ci",
        "builds",
        "feedback",
        "service",
        "careers",
        "marketing",
        "news",
        "newsletter",
        "office",
        "accounts",
        "hr",
        "it",
        "status",
        "reply",
        "mail",
    ];
    !ROLE.contains(&local.as_str())
        && !FILE_EXT.contains(&tld)
        && !RESERVED
            .iter()
            .any(|r| domain == *r || domain.ends_with(&format!(".{r}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards() {
        assert!(valid_card("4539 7777 7777 7777"));
        assert!(valid_card("5412-7777-7777-7776"));
        assert!(valid_card("377777777777770"));
        // Published test numbers are documentation.
        assert!(!valid_card("4111 1111 1111 1111"));
        assert!(!valid_card("4111 1111-1111 1111"));
        assert!(!valid_card("4111111111111112"));
        assert!(!valid_card("1234567812345670"));
    }

    #[test]
    fn ibans() {
        assert!(valid_iban("DE89 3704 0044 0532 0130 00"));
        assert!(valid_iban("GB82WEST12345698765432"));
        assert!(!valid_iban("DE89 3704 0044 0532 0130 01"));
    }

    #[test]
    fn ssns() {
        assert!(valid_ssn("123-45-6789"));
        assert!(!valid_ssn("666-45-6789"));
        assert!(!valid_ssn("912-45-6789"));
        assert!(!valid_ssn("123-00-6789"));
        assert!(!valid_ssn("078-05-1120"));
    }

    #[test]
    fn emails() {
        assert!(valid_email("jane.doe@acme-corp.com"));
        assert!(!valid_email("logo@2x.png"));
        assert!(!valid_email("user@example.com"));
    }
}
