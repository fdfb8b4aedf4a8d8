//! Logging to stderr: one record per notable event, `key=value` lines or NDJSON.
//!
//! May not: write to stdout (it carries MCP messages only) or log message bodies above `trace`.

use std::fmt;
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::{FormatTime, SystemTime};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// Installs the global subscriber. `level` is an `EnvFilter` directive (`info`, `debug`,
/// `sentinel::relay=trace`); an invalid one falls back to `info`. Safe to call twice (the
/// second call does nothing).
pub fn init(level: &str, json: bool) {
    let filter = EnvFilter::try_new(level).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false);
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .try_init()
    } else {
        builder.event_format(KeyValue).try_init()
    };
}

/// `ts=2026-11-21T08:06:44.308735Z level=info target=… event=spawn pid=42 msg="upstream started"`:
/// one line per record.
#[derive(Debug, Clone, Copy, Default)]
pub struct KeyValue;

impl<S, N> FormatEvent<S, N> for KeyValue
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        _ctx: &FmtContext<'_, S, N>,
        mut w: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let meta = event.metadata();
        // RFC 3339 UTC (`2026-11-21T08:06:44.308735Z`): sortable and readable.
        w.write_str("ts=")?;
        SystemTime.format_time(&mut w)?;
        write!(
            w,
            " level={} target={}",
            meta.level().as_str().to_ascii_lowercase(),
            meta.target()
        )?;
        let mut v = KvVisitor {
            out: String::new(),
            message: None,
        };
        event.record(&mut v);
        w.write_str(&v.out)?;
        if let Some(m) = v.message {
            write!(w, " msg={}", quote(&m))?;
        }
        writeln!(w)
    }
}

struct KvVisitor {
    out: String,
    message: Option<String>,
}

impl Visit for KvVisitor {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.push(field, value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.push(field, format!("{value:?}"));
    }
}

impl KvVisitor {
    fn push(&mut self, field: &Field, value: String) {
        if field.name() == "message" {
            self.message = Some(value);
        } else {
            self.out.push(' ');
            self.out.push_str(field.name());
            self.out.push('=');
            self.out.push_str(&quote(&value));
        }
    }
}

/// Leaves simple values bare; quotes (JSON-style) anything with spaces, quotes, `=` or controls.
fn quote(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && c != '"' && c != '=');
    if plain {
        v.to_owned()
    } else {
        serde_json::to_string(v).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        assert_eq!(quote("spawn"), "spawn");
        assert_eq!(quote("exited with code 1"), "\"exited with code 1\"");
        assert_eq!(quote("a\nb"), "\"a\\nb\"");
        assert_eq!(quote(""), "\"\"");
        assert_eq!(quote("k=v"), "\"k=v\"");
    }
}
