//! Extra request headers for the upstream (typically `Authorization`), without secrets in the
//! host's configuration.
//!
//! Sources: `--header 'Name: value'` (repeatable) and `SENTINEL_MCP_HTTP_HEADERS="k=v;k=v"`.
//! `$VAR` and `${VAR}` in a value are replaced from the environment (`$$` is a literal `$`),
//! so a host config can say `--header 'Authorization: Bearer $UPSTREAM_TOKEN'` and keep the
//! token in the environment. A value given literally in argv that looks like a secret (a known
//! token prefix, or a long high-entropy word) is refused: argv is visible to every local user
//! (`ps`) and is usually committed with the host config.
//!
//! May not: log or put into an error message any header value.

use std::collections::HashMap;

/// The environment variable holding extra headers as `name=value;name=value`.
pub const HEADERS_ENV: &str = "SENTINEL_MCP_HTTP_HEADERS";

/// One header to send on every upstream request.
#[derive(Clone, PartialEq, Eq)]
pub struct ExtraHeader {
    /// The header name, as given.
    pub name: String,
    /// The value after `$VAR` expansion. Never logged.
    pub value: String,
}

impl std::fmt::Debug for ExtraHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: <redacted>", self.name)
    }
}

/// Why a header setting was refused. Messages name the header, never its value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// `--header` without `Name: value` shape.
    #[error("--header {0:?}: expected 'Name: value'")]
    Shape(String),
    /// An entry of the env list without `name=value` shape.
    #[error("{HEADERS_ENV}: entry {0} is not name=value")]
    EnvShape(usize),
    /// The name is not a valid HTTP header name.
    #[error("header name {0:?} is not a valid HTTP header name")]
    BadName(String),
    /// The value (after expansion) has bytes HTTP forbids (CR, LF, NUL, other controls).
    #[error("the value of header {0} contains control characters (after $VAR expansion)")]
    BadValue(String),
    /// The transport sets this header itself.
    #[error(
        "header {0} is set by sentinel's HTTP transport and cannot be overridden \
         (Accept, Content-Type, Content-Length, Host, Mcp-Session-Id, MCP-Protocol-Version, \
         Mcp-Method, Mcp-Name, Last-Event-ID)"
    )]
    Reserved(String),
    /// `$VAR` names a variable that is not set.
    #[error("header {header}: environment variable {var} is not set")]
    MissingVar {
        /// The header whose value referenced the variable.
        header: String,
        /// The variable name.
        var: String,
    },
    /// `${` without a closing `}` or an empty name.
    #[error("header {0}: malformed ${{VAR}} reference")]
    BadReference(String),
    /// A literal value in argv looks like a secret.
    #[error(
        "header {0}: the value given on the command line looks like a secret token; command \
         lines are visible to other processes and end up in host config files. Put the secret \
         in an environment variable and reference it: --header '{0}: Bearer $UPSTREAM_TOKEN' \
         (or set {HEADERS_ENV})"
    )]
    LiteralSecret(String),
}

/// Where a header spec came from; only argv literals are checked for secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--header` on the command line.
    Argv,
    /// The `SENTINEL_MCP_HTTP_HEADERS` variable.
    Env,
}

/// Parses every header source: `argv` (`--header` values) then the env list, if set.
pub fn collect(
    argv: &[String],
    env_list: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<ExtraHeader>, HeaderError> {
    let mut out = Vec::new();
    for spec in argv {
        let (name, value) = spec
            .split_once(':')
            .ok_or_else(|| HeaderError::Shape(redact_spec(spec)))?;
        out.push(build(name.trim(), value.trim(), Source::Argv, env)?);
    }
    if let Some(list) = env_list {
        for (i, entry) in list.split(';').enumerate() {
            if entry.trim().is_empty() {
                continue;
            }
            let (name, value) = entry.split_once('=').ok_or(HeaderError::EnvShape(i + 1))?;
            out.push(build(name.trim(), value.trim(), Source::Env, env)?);
        }
    }
    Ok(out)
}

/// Shows a malformed spec without risking its value: its leading header-name characters only.
fn redact_spec(spec: &str) -> String {
    let first: String = spec
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    if first.len() < spec.len() {
        format!("{first} …")
    } else {
        first
    }
}

fn build(
    name: &str,
    value: &str,
    source: Source,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ExtraHeader, HeaderError> {
    if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err() || name.is_empty() {
        return Err(HeaderError::BadName(name.chars().take(64).collect()));
    }
    if is_reserved(name) {
        return Err(HeaderError::Reserved(name.to_owned()));
    }
    let (expanded, literal) = expand(name, value, env)?;
    if source == Source::Argv && looks_like_secret(&literal) {
        return Err(HeaderError::LiteralSecret(name.to_owned()));
    }
    if reqwest::header::HeaderValue::from_str(&expanded).is_err() {
        return Err(HeaderError::BadValue(name.to_owned()));
    }
    Ok(ExtraHeader {
        name: name.to_owned(),
        value: expanded,
    })
}

fn is_reserved(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "accept",
        "content-type",
        "content-length",
        "host",
        "mcp-session-id",
        "mcp-protocol-version",
        "mcp-method",
        "mcp-name",
        "last-event-id",
        "transfer-encoding",
        "connection",
    ];
    RESERVED.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// Expands `$VAR`, `${VAR}` and `$$`. Returns the expanded value and the literal text alone
/// (references removed), which is what the secret check looks at.
fn expand(
    header: &str,
    value: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(String, String), HeaderError> {
    let mut out = String::with_capacity(value.len());
    let mut literal = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        literal.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            out.push('$');
            literal.push('$');
            rest = tail;
        } else if let Some(braced) = after.strip_prefix('{') {
            let end = braced
                .find('}')
                .ok_or_else(|| HeaderError::BadReference(header.to_owned()))?;
            let var = &braced[..end];
            if !is_var_name(var) {
                return Err(HeaderError::BadReference(header.to_owned()));
            }
            out.push_str(&lookup(header, var, env)?);
            literal.push(' ');
            rest = &braced[end + 1..];
        } else {
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if len == 0 {
                // A lone `$` is literal text.
                out.push('$');
                literal.push('$');
                rest = after;
                continue;
            }
            let var = &after[..len];
            if !is_var_name(var) {
                return Err(HeaderError::BadReference(header.to_owned()));
            }
            out.push_str(&lookup(header, var, env)?);
            literal.push(' ');
            rest = &after[len..];
        }
    }
    out.push_str(rest);
    literal.push_str(rest);
    Ok((out, literal))
}

fn is_var_name(var: &str) -> bool {
    !var.is_empty()
        && !var.starts_with(|c: char| c.is_ascii_digit())
        && var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn lookup(
    header: &str,
    var: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<String, HeaderError> {
    env(var).ok_or_else(|| HeaderError::MissingVar {
        header: header.to_owned(),
        var: var.to_owned(),
    })
}

/// Prefixes of well-known credential formats (cloud, VCS, LLM providers, chat, package
/// registries, payment). A word starting with one and long enough to be a token is a secret.
const TOKEN_PREFIXES: &[&str] = &[
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "sk-",
    "sk_live_",
    "sk_test_",
    "rk_live_",
    "pk_live_",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxs-",
    "xapp-",
    "akia",
    "asia",
    "aiza",
    "ya29.",
    "hf_",
    "npm_",
    "pypi-",
    "shpat_",
    "shpss_",
    "dop_v1_",
    "sg.",
    "eyj",
];

/// Whether literal header text contains a word that looks like a secret token.
///
/// A word (split on whitespace, `,` and `;`) is a secret when it starts with a known token
/// prefix and is at least 16 characters long, or when it is at least 20 characters of a
/// token alphabet (letters, digits, `-_.+/=~`), mixes letters and digits, and carries at least
/// 3.5 bits of entropy per character. Ordinary values (`application/json`, `Bearer`, a short
/// tenant id, a hostname) stay below both bars.
pub fn looks_like_secret(literal: &str) -> bool {
    literal
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .any(word_is_secret)
}

fn word_is_secret(word: &str) -> bool {
    let word = word.trim_matches(|c| c == '"' || c == '\'');
    let lower = word.to_ascii_lowercase();
    if word.len() >= 16 && TOKEN_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if word.len() < 20 {
        return false;
    }
    let token_alphabet = word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.+/=~".contains(c));
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let has_alpha = word.chars().any(|c| c.is_ascii_alphabetic());
    token_alphabet && has_digit && has_alpha && entropy_bits_per_char(word) >= 3.5
}

fn entropy_bits_per_char(word: &str) -> f64 {
    let mut counts: HashMap<char, usize> = HashMap::new();
    let mut total = 0usize;
    for c in word.chars() {
        *counts.entry(c).or_default() += 1;
        total += 1;
    }
    if total == 0 {
        return 0.0;
    }
    let n = total as f64;
    counts
        .values()
        .map(|&k| {
            let p = k as f64 / n;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(var: &str) -> Option<String> {
        match var {
            "UPSTREAM_TOKEN" => Some("ghp_aaaaBBBBccccDDDDeeeeFFFFgggg1234".to_owned()),
            "TENANT" => Some("acme".to_owned()),
            _ => None,
        }
    }

    #[test]
    fn expands_env_references_in_both_spellings() {
        let h = collect(
            &[
                "Authorization: Bearer $UPSTREAM_TOKEN".to_owned(),
                "X-Tenant: ${TENANT}-eu".to_owned(),
                "X-Price: $$5 and $ sign".to_owned(),
            ],
            None,
            &env,
        )
        .unwrap();
        assert_eq!(h[0].name, "Authorization");
        assert_eq!(h[0].value, "Bearer ghp_aaaaBBBBccccDDDDeeeeFFFFgggg1234");
        assert_eq!(h[1].value, "acme-eu");
        assert_eq!(h[2].value, "$5 and $ sign");
    }

    #[test]
    fn env_list_parses_and_may_hold_secrets() {
        let h = collect(
            &[],
            Some("Authorization=Bearer sk-proj-abcdefABCDEF0123456789xyz; X-A = b ;"),
            &env,
        )
        .unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(h[1].name, "X-A");
        assert_eq!(h[1].value, "b");
        assert_eq!(
            collect(&[], Some("novalue"), &env),
            Err(HeaderError::EnvShape(1))
        );
    }

    #[test]
    fn literal_secrets_in_argv_are_refused() {
        for spec in [
            "Authorization: Bearer ghp_0123456789abcdefghijABCDEFGHIJ012345",
            "Authorization: Bearer sk-ant-api03-AbCdEf0123456789",
            "X-Api-Key: AKIAIOSFODNN7EXAMPLE",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
            "X-Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0AbCdEf",
        ] {
            let err = collect(&[spec.to_owned()], None, &env).unwrap_err();
            assert!(
                matches!(err, HeaderError::LiteralSecret(_)),
                "{spec}: {err:?}"
            );
            let msg = err.to_string();
            let value = spec.split_once(':').unwrap().1.trim();
            assert!(!msg.contains(value), "error leaks the value: {msg}");
            assert!(msg.contains("$UPSTREAM_TOKEN"));
        }
    }

    #[test]
    fn ordinary_literal_values_pass() {
        for spec in [
            "X-Tenant: acme-production",
            "Accept-Language: en-US,en;q=0.9",
            "User-Agent: my-host/1.2.3 (linux; x86_64)",
            "X-Request-Source: cursor-desktop-integration",
            "X-Region: eu-west-1",
            "Authorization: Bearer ${UPSTREAM_TOKEN}",
        ] {
            assert!(collect(&[spec.to_owned()], None, &env).is_ok(), "{spec}");
        }
    }

    #[test]
    fn reserved_bad_and_missing_are_refused_without_values() {
        assert!(matches!(
            collect(&["Mcp-Session-Id: x".to_owned()], None, &env),
            Err(HeaderError::Reserved(_))
        ));
        assert!(matches!(
            collect(&["Bad Name: x".to_owned()], None, &env),
            Err(HeaderError::BadName(_))
        ));
        assert!(matches!(
            collect(&["NoColonHere".to_owned()], None, &env),
            Err(HeaderError::Shape(_))
        ));
        let err = collect(&["Authorization: Bearer $NOPE".to_owned()], None, &env).unwrap_err();
        assert_eq!(
            err.to_string(),
            "header Authorization: environment variable NOPE is not set"
        );
        assert!(matches!(
            collect(&["X: ${OPEN".to_owned()], None, &env),
            Err(HeaderError::BadReference(_))
        ));
        let with_newline = |v: &str| {
            if v == "NL" {
                Some("a\nb".to_owned())
            } else {
                None
            }
        };
        assert!(matches!(
            collect(&["X: $NL".to_owned()], None, &with_newline),
            Err(HeaderError::BadValue(_))
        ));
    }

    #[test]
    fn debug_output_redacts_values() {
        let h = collect(
            &["Authorization: Bearer $UPSTREAM_TOKEN".to_owned()],
            None,
            &env,
        )
        .unwrap();
        let shown = format!("{h:?}");
        assert!(!shown.contains("ghp_"));
        assert!(shown.contains("Authorization"));
    }
}
