//! SEC-02 CredentialExposure.
//!
//! ## What it catches
//! Credentials in text: cloud keys (AWS, Google Cloud, Azure, DigitalOcean, Alibaba…), VCS
//! tokens (GitHub, GitLab, Bitbucket), LLM provider keys (OpenAI, Anthropic, Hugging Face,
//! Groq, Replicate, Perplexity, xAI…), payment keys (Stripe, Square, Shopify, Braintree), chat
//! and webhook tokens (Slack, Discord, Telegram, Twilio, SendGrid, Mailgun), CI and registry
//! tokens (npm, PyPI, RubyGems, Docker Hub, CircleCI, Buildkite, Terraform, Vault, Doppler…),
//! private key blocks, JWTs, connection strings with passwords, `Authorization` headers, and
//! generic `password=` / `api_key:` assignments whose value clears an entropy floor.
//!
//! ## Why it matters
//! A tool result carrying a secret puts it in the model's context, from where any later tool
//! call (or a prompt injection) can send it anywhere; an argument carrying one leaks it to
//! the server.
//!
//! ## Example
//! `export GITHUB_TOKEN=ghp_…` (36 characters after the prefix) in a `cat ~/.bashrc` result.
//!
//! ## Known false positives
//! Documentation examples (the AWS `…EXAMPLE` keys and obvious placeholders are allowlisted);
//! high-entropy test fixtures; generic assignments of random-looking non-secrets.
//!
//! Origins: everywhere: a secret is a leak in either direction. Excerpts are always redacted.

use super::{ALL_ORIGINS, DetectorInfo, ViewSet};
use crate::scan::Severity;
use crate::scan::select::Profile;
use base64::Engine as _;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-02",
    name: "CredentialExposure",
    default_severity: Severity::Critical,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "provider tokens, private keys, JWTs, connection strings, generic password/api_key assignments",
    views: ViewSet::TEXT,
    redact: true,
    pack: Some((
        "detectors/sec02_credential_exposure.toml",
        include_str!("../../detectors/sec02_credential_exposure.toml"),
    )),
    native: None,
    scans_text: true,
};

/// A JWT: three dot-separated base64url parts whose first decodes to a JSON header with `alg`.
pub fn valid_jwt(s: &str) -> bool {
    let mut parts = s.split('.');
    let Some(header) = parts.next() else {
        return false;
    };
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header.trim_end_matches('='))
        .ok();
    decoded
        .and_then(|h| String::from_utf8(h).ok())
        .is_some_and(|h| h.contains("\"alg\"") || h.contains("\"typ\""))
}

const PLACEHOLDERS: &[&str] = &[
    "xxxx",
    "****",
    "....",
    "<",
    ">",
    "${",
    "{{",
    "}}",
    "your_",
    "your-",
    "yourpass",
    "yourtoken",
    "example",
    "changeme",
    "change_me",
    "placeholder",
    "dummy",
    "redacted",
    "replace_me",
    "replaceme",
    "insert_",
    "secret_key_here",
    "fixme",
    "mypassword",
    "my_password",
    "00000000",
];

/// Values that are words standing for a secret, not secrets.
const PLACEHOLDER_WORDS: &[&str] = &[
    "password", "pass", "pwd", "secret", "user", "username", "admin", "root", "test", "guest",
    "token", "apikey", "api_key", "key", "changeit", "default", "none", "null",
];

/// Not an obvious placeholder (`<your-token>`, `xxxx`, `${SECRET}`, `changeme`, `password`).
pub fn not_placeholder(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    !PLACEHOLDERS.iter().any(|p| l.contains(p)) && !PLACEHOLDER_WORDS.contains(&l.as_str())
}

/// A value assigned to a `password`/`secret`/`token` key that looks like a literal secret, not
/// code (`self.password`, `os.environ["X"]`, `get_token()`), a placeholder or a keyword.
pub fn plausible_password(s: &str) -> bool {
    let v = s.trim_matches(|c| c == '"' || c == '\'' || c == '`');
    if v.len() < 6 || !not_placeholder(v) {
        return false;
    }
    const WORDS: &[&str] = &[
        "true",
        "false",
        "null",
        "none",
        "nil",
        "undefined",
        "required",
        "optional",
        "string",
        "password",
        "secret",
        "token",
        "hidden",
        "empty",
        "masked",
        "env",
        "default",
    ];
    let l = v.to_ascii_lowercase();
    if WORDS.contains(&l.as_str()) {
        return false;
    }
    // Code, not a literal: calls, member access, env lookups, interpolation.
    if v.contains(['(', ')'])
        || v.starts_with(['/', '~'])
        || v.starts_with("./")
        || v.contains("${")
        || v.contains("%(")
        || v.contains("{{")
        || v.starts_with(['@', '&', '*', '!', '#', '-', '$', '%', '{', '[', '<'])
        || l.starts_with("os.")
        || l.starts_with("process.")
        || l.starts_with("env.")
        || l.starts_with("self.")
        || l.starts_with("this.")
        || l.starts_with("config.")
        || l.starts_with("settings.")
    {
        return false;
    }
    // Identifiers and constant names (`DB_PASSWORD`, `userPassword`) are references.
    let ident = v
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, '_' | '.' | '-' | ':'));
    if ident {
        return false;
    }
    let distinct = {
        let mut b: Vec<u8> = v.bytes().collect();
        b.sort_unstable();
        b.dedup();
        b.len()
    };
    distinct >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jwt_header_must_decode() {
        assert!(valid_jwt(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.abc"
        ));
        assert!(!valid_jwt("eyJub3RoaW5nIjoxfQ.eyJ.abc"));
    }

    #[test]
    fn passwords_versus_code() {
        assert!(plausible_password("hunter2!x"));
        assert!(plausible_password("Tr0ub4dor&3"));
        assert!(!plausible_password("self.password"));
        assert!(!plausible_password("os.environ['DB']"));
        assert!(!plausible_password("DB_PASSWORD"));
        assert!(!plausible_password("<your-password>"));
        assert!(!plausible_password("changeme"));
    }
}
