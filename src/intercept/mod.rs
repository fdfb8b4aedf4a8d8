//! The [`Interceptor`] that scans: decides which messages are intercepted, extracts their
//! text, scans it, applies configuration and policy, and returns the [`Verdict`].
//!
//! Dispatch is on the decoded method string (and, for responses, on the method of the
//! request they answer), never on which type parsed. Anything intercepted that cannot be
//! extracted is blocked (fail closed). Block on a request answers the sender with a JSON-RPC
//! error echoing the raw id; block on a response replaces it with such an error; redaction
//! edits JSON string literals in place; audit mode decides and logs but forwards everything.
//!
//! May not: log or echo message text (only ids, names, severities and sanitised locations),
//! block on I/O other than the audit append and the rare pin-file write, or forward an
//! intercepted message it could not scan.

pub mod audit;
pub mod engine;
pub mod redact;
pub mod respond;
pub mod setup;

use crate::extract::{self, ExtractConfig, Extracted, Plan};
use crate::jsonrpc::{Envelope, Kind};
use crate::pins::{self, PinStore};
use crate::policy::{Action, BlockAs, Judgement, Mode, Policy};
use crate::relay::{Interceptor, MessageContext, Verdict};
use crate::scan::{Finding, Segment, Severity};
use audit::{AuditSink, Record};
use redact::Cut;
use respond::BlockInfo;
use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Detector id of content past the byte cap.
pub const UNSCANNED_ID: &str = "SEC-90";
/// Detector name of content past the byte cap.
pub const UNSCANNED_NAME: &str = "UnscannedContent";
/// Default severity of content past the byte cap (the registry's, if it lists SEC-90).
pub const UNSCANNED_SEVERITY: Severity = Severity::Medium;

/// A detector's default severity from the registry, else `fallback`.
fn registry_severity(id: &str, fallback: Severity) -> Severity {
    crate::detectors::lookup(id)
        .map(|d| d.default_severity)
        .unwrap_or(fallback)
}
/// Rule id of a call to a tool refused by `tool_allow` / `tool_deny`.
pub const DENIED_ID: &str = "SEC-91";
/// Rule name of a denied tool.
pub const DENIED_NAME: &str = "ToolDenied";
/// Rule id of an intercepted message that could not be parsed or decoded (fail closed).
pub const UNSCANNABLE_ID: &str = "SEC-92";
/// Rule name of an unscannable message.
pub const UNSCANNABLE_NAME: &str = "Unscannable";
/// Default severity of tool-definition drift (the registry's, if it lists SEC-18).
pub const DRIFT_SEVERITY: Severity = Severity::High;

/// What the interceptor needs from the scanning engine: findings for one segment, and the
/// names of detector ids. The engine implements it with a one-line adapter.
pub trait SegmentScanner: Send + Sync + 'static {
    /// Scans one segment.
    fn scan(&self, segment: &Segment<'_>) -> Vec<Finding>;
    /// The name of a detector id (`SEC-02` → `CredentialExposure`), if known.
    fn detector_name(&self, _id: &str) -> Option<String> {
        None
    }
}

/// A finding judged by policy, with where it came from.
#[derive(Debug, Clone)]
struct Hit {
    finding: Finding,
    /// The extracted item it is in, if it came from a segment.
    item: Option<usize>,
    judgement: Judgement,
    /// Explanation with no message content (for findings sentinel makes itself).
    detail: Option<String>,
}

/// The scanning interceptor.
pub struct SentinelInterceptor {
    scanner: Box<dyn SegmentScanner>,
    policy: Policy,
    pins: Option<Mutex<PinStore>>,
    audit: Option<AuditSink>,
}

impl std::fmt::Debug for SentinelInterceptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentinelInterceptor")
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl SentinelInterceptor {
    /// Builds the interceptor. `pins`: the pin store of this upstream (None disables SEC-18);
    /// `audit`: the NDJSON sink.
    pub fn new(
        scanner: Box<dyn SegmentScanner>,
        policy: Policy,
        pins: Option<PinStore>,
        audit: Option<AuditSink>,
    ) -> Self {
        SentinelInterceptor {
            scanner,
            policy,
            pins: pins.map(Mutex::new),
            audit,
        }
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    fn name_of(&self, id: &str) -> String {
        match id {
            UNSCANNED_ID => UNSCANNED_NAME.into(),
            DENIED_ID => DENIED_NAME.into(),
            UNSCANNABLE_ID => UNSCANNABLE_NAME.into(),
            pins::DETECTOR_ID => pins::DETECTOR_NAME.into(),
            _ => self
                .scanner
                .detector_name(id)
                .unwrap_or_else(|| "Detector".into()),
        }
    }

    /// Scans the extracted items and turns everything into judged hits.
    fn judge_all(
        &self,
        ex: &Extracted<'_>,
        tool: Option<&str>,
        plan: Plan,
    ) -> Result<Vec<Hit>, Verdict> {
        let mut hits = Vec::new();
        for (i, item) in ex.items.iter().enumerate() {
            if item.segment.text.is_empty() {
                continue;
            }
            for f in self.scanner.scan(&item.segment) {
                let matched = item.segment.text.get(f.span.clone()).unwrap_or("");
                if let Some(j) = self.policy.judge(&f, matched, tool) {
                    hits.push(Hit {
                        finding: f,
                        item: Some(i),
                        judgement: j,
                        detail: None,
                    });
                }
            }
        }
        for u in &ex.unscanned {
            let Some(item) = ex.items.get(u.item) else {
                continue;
            };
            let detail = format!(
                "{} bytes past --max-scan-bytes were not scanned",
                item.full_len - u.from
            );
            let f = Finding {
                detector: UNSCANNED_ID.into(),
                rule: "byte-cap".into(),
                severity: registry_severity(UNSCANNED_ID, UNSCANNED_SEVERITY),
                location: item.segment.location.to_string(),
                span: u.from..item.full_len,
                excerpt: String::new(),
            };
            if let Some(j) = self.policy.judge(&f, "", tool) {
                hits.push(Hit {
                    finding: f,
                    item: Some(u.item),
                    judgement: j,
                    detail: Some(detail),
                });
            }
        }
        if let (Plan::ListResult { tools: true }, Some(tree), Some(pins)) =
            (plan, &ex.tools_list, &self.pins)
        {
            let mut store = match pins.lock() {
                Ok(s) => s,
                Err(p) => p.into_inner(),
            };
            let (drifts, dirty) = store.check(tree);
            if dirty && let Err(e) = store.save() {
                tracing::error!(event = "pin_save_failed", error = %e, "cannot save tool pins");
            }
            for d in drifts {
                let f = Finding {
                    detector: pins::DETECTOR_ID.into(),
                    rule: "tool-definition-changed".into(),
                    severity: registry_severity(pins::DETECTOR_ID, DRIFT_SEVERITY),
                    location: format!("result.tools[{}]", d.index),
                    span: 0..0,
                    excerpt: String::new(),
                };
                if let Some(j) = self.policy.judge(&f, "", Some(&d.tool)) {
                    hits.push(Hit {
                        finding: f,
                        item: None,
                        judgement: j,
                        detail: Some(format!(
                            "{}; run `sentinel pins accept` to trust the new definition",
                            d.describe()
                        )),
                    });
                }
            }
        }
        Ok(hits)
    }
}

/// Locations can contain object keys; a key might be the very secret that was found.
fn sanitise_location(loc: &str, secrets: &[&str]) -> String {
    let mut out = loc.to_string();
    for s in secrets {
        if s.len() >= 4 && out.contains(s) {
            out = out.replace(s, "[REDACTED]");
        }
    }
    out
}

fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0)
}

impl Interceptor for SentinelInterceptor {
    fn inspect(&self, msg: &Envelope<'_>, ctx: &MessageContext<'_>) -> Verdict {
        let started = Instant::now();
        let request_method = ctx.request.map(|r| r.method.as_str());
        let Some(plan) = extract::plan(msg, ctx.direction, request_method) else {
            return Verdict::Forward;
        };
        let method: &str = match msg.kind {
            Kind::Request | Kind::Notification => msg.method.as_deref().unwrap_or("?"),
            _ => request_method.unwrap_or("?"),
        };
        let cfg = ExtractConfig {
            scan_mimes: &self.policy.scan_mimes,
            max_scan_bytes: self.policy.max_scan_bytes,
        };
        let mut d = Decider {
            this: self,
            msg,
            ctx,
            method,
            tool: None,
            started,
        };
        let ex = match extract::extract(plan, msg, cfg) {
            Ok(ex) => ex,
            Err(e) => {
                let info = BlockInfo {
                    rule: UNSCANNABLE_ID.into(),
                    name: UNSCANNABLE_NAME.into(),
                    severity: Severity::Critical.as_str().into(),
                    location: msg_part(plan).into(),
                    direction: ctx.direction.as_str(),
                    detail: Some(format!("cannot scan this message: {e}")),
                };
                return d.block(info, 1, None);
            }
        };
        for s in &ex.skipped {
            tracing::info!(event = "not_scanned", method, location = %s.location, reason = %s.reason, "content not scanned");
        }
        // The tool: the call's own name (the last one, as JavaScript parsers keep), or the
        // name the relay remembered from the request.
        let names: Vec<&str> = ex
            .items
            .iter()
            .filter(|i| plan == Plan::ToolCall && i.segment.location == "params.name")
            .map(|i| i.segment.text.as_ref())
            .collect();
        let tool_owned: Option<String> = match plan {
            Plan::ToolCall => names.last().map(|s| s.to_string()),
            _ => ctx
                .request
                .filter(|r| r.method == "tools/call")
                .and_then(|r| r.name.clone()),
        };
        d.tool = tool_owned.as_deref();
        if plan == Plan::ToolCall
            && let Some(denied) = names.iter().find(|n| self.policy.tool_denied(n))
        {
            let info = BlockInfo {
                rule: DENIED_ID.into(),
                name: DENIED_NAME.into(),
                severity: Severity::Critical.as_str().into(),
                location: "params.name".into(),
                direction: ctx.direction.as_str(),
                detail: Some(format!(
                    "tool '{}' is not allowed by the tool_allow/tool_deny configuration",
                    pins::safe_name(denied)
                )),
            };
            return d.block(info, 1, None);
        }
        let hits = match self.judge_all(&ex, d.tool, plan) {
            Ok(h) => h,
            Err(v) => return v,
        };
        d.decide(&ex, &hits)
    }
}

fn msg_part(plan: Plan) -> &'static str {
    match plan {
        Plan::ToolCall | Plan::ServerRequest => "params",
        Plan::ErrorResponse => "error",
        _ => "result",
    }
}

/// The per-message state of one decision.
struct Decider<'s, 'm, 'c> {
    this: &'s SentinelInterceptor,
    msg: &'m Envelope<'m>,
    ctx: &'c MessageContext<'c>,
    method: &'m str,
    tool: Option<&'m str>,
    started: Instant,
}

impl Decider<'_, '_, '_> {
    fn record(
        &self,
        decision: &'static str,
        info: Option<&BlockInfo>,
        rule: Option<&str>,
        findings: usize,
    ) {
        let rec = Record {
            ts_ms: now_ms(),
            event: "decision",
            method: self.method,
            tool: self.tool,
            direction: self.ctx.direction.as_str(),
            decision,
            mode: self.this.policy.mode.as_str(),
            detector: info.map(|i| i.rule.as_str()),
            name: info.map(|i| i.name.as_str()),
            rule,
            severity: info
                .and_then(|i| Severity::parse(&i.severity))
                .map(Severity::as_str),
            location: info.map(|i| i.location.as_str()),
            findings,
            detail: info.and_then(|i| i.detail.as_deref()),
            elapsed_us: self.started.elapsed().as_micros(),
        };
        audit::trace(&rec);
        if let Some(sink) = &self.this.audit {
            sink.write(&rec);
        }
    }

    /// Blocks (or, in audit mode, logs and forwards).
    fn block(&self, info: BlockInfo, findings: usize, rule: Option<&str>) -> Verdict {
        self.record("block", Some(&info), rule, findings);
        if self.this.policy.mode == Mode::Audit {
            return Verdict::Forward;
        }
        let id = self.msg.id.map(|r| r.get()).unwrap_or("null");
        let p = &self.this.policy;
        let bytes = if p.block_as == BlockAs::ToolError && self.method == "tools/call" {
            respond::tool_error_response(id, &info)
        } else {
            respond::error_response(id, p.block_code, &info)
        };
        match (self.ctx.direction, self.msg.kind) {
            (_, Kind::Request) => Verdict::Respond(bytes),
            _ => Verdict::Replace(bytes),
        }
    }

    fn decide(&self, ex: &Extracted<'_>, hits: &[Hit]) -> Verdict {
        // A finding whose text lies entirely inside a span being redacted is gone with it: a
        // High phrase match inside a redacted Critical match must not turn Redact into Block.
        let redacted: Vec<(usize, &std::ops::Range<usize>)> = hits
            .iter()
            .filter(|h| h.judgement.action == Action::Redact)
            .filter_map(|h| Some((h.item?, &h.finding.span)))
            .collect();
        let effective = |h: &Hit| {
            let covered = h.item.is_some_and(|i| {
                redacted.iter().any(|(ri, r)| {
                    *ri == i && r.start <= h.finding.span.start && h.finding.span.end <= r.end
                })
            });
            if covered && h.judgement.action > Action::Redact {
                Action::Redact
            } else {
                h.judgement.action
            }
        };
        let Some(top) = hits
            .iter()
            .max_by_key(|h| (effective(h), h.judgement.severity))
        else {
            self.record("forward", None, None, 0);
            return Verdict::Forward;
        };
        // Matched texts, to keep them out of locations (a key can be the secret).
        let secrets: Vec<&str> = hits
            .iter()
            .filter_map(|h| {
                let item = ex.items.get(h.item?)?;
                item.segment.text.get(h.finding.span.clone())
            })
            .collect();
        let info = |h: &Hit| BlockInfo {
            rule: h.finding.detector.clone(),
            name: self.this.name_of(&h.finding.detector),
            severity: h.judgement.severity.as_str().into(),
            location: sanitise_location(&h.finding.location, &secrets),
            direction: self.ctx.direction.as_str(),
            detail: h.detail.clone(),
        };
        let top_info = info(top);
        let rule = Some(top.finding.rule.as_str());
        match effective(top) {
            Action::Allow => {
                self.record("allow", Some(&top_info), rule, hits.len());
                Verdict::Forward
            }
            Action::Warn => {
                self.record("warn", Some(&top_info), rule, hits.len());
                Verdict::Forward
            }
            Action::Block => self.block(top_info, hits.len(), rule),
            Action::Redact => {
                let cuts: Option<Vec<Cut>> = hits
                    .iter()
                    .filter(|h| h.judgement.action == Action::Redact)
                    .map(|h| {
                        Some(Cut {
                            item: h.item?,
                            span: h.finding.span.clone(),
                            detector: h.finding.detector.clone(),
                        })
                    })
                    .collect();
                match cuts.and_then(|c| redact::redact(self.msg, ex, &c)) {
                    Some(bytes) => {
                        self.record("redact", Some(&top_info), rule, hits.len());
                        if self.this.policy.mode == Mode::Audit {
                            Verdict::Forward
                        } else {
                            Verdict::Replace(bytes)
                        }
                    }
                    None => {
                        let mut i = top_info;
                        let why = "the match is in decoded content that cannot be redacted in place, so the message is blocked";
                        i.detail = Some(match i.detail {
                            Some(d) => format!("{d}; {why}"),
                            None => why.into(),
                        });
                        self.block(i, hits.len(), rule)
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
