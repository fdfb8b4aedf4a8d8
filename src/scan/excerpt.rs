//! Excerpts safe for logs: control and invisible characters escaped, length bounded, secrets
//! redacted.

use crate::normalize::is_invisible;

/// Longest excerpt, in characters, before truncation.
pub const MAX_EXCERPT_CHARS: usize = 80;

/// Escapes what a terminal or log viewer would interpret or hide, and truncates.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_EXCERPT_CHARS * 2));
    for (n, c) in s.chars().enumerate() {
        if n >= MAX_EXCERPT_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Redacts a secret: a short prefix (at most a quarter of it, never more than four characters)
/// and its length, so an operator can tell which credential leaked without learning it.
pub fn redact(secret: &str) -> String {
    let n = secret.chars().count();
    let show = (n / 4).min(4);
    if show == 0 {
        return format!("[REDACTED len={n}]");
    }
    let prefix: String = secret.chars().take(show).collect();
    format!("{}…[REDACTED len={n}]", sanitize(&prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_never_shows_the_whole_secret() {
        let r = redact("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        assert_eq!(r, "ghp_…[REDACTED len=40]");
        assert_eq!(redact("abc"), "[REDACTED len=3]");
        assert_eq!(redact("hunter22"), "hu…[REDACTED len=8]");
    }

    #[test]
    fn sanitize_escapes_controls() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{200b}"), "a\\u{1b}[2Jb\\u{200b}");
    }
}
