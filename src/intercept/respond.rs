//! The messages sentinel writes itself when it blocks: a JSON-RPC error echoing the raw id,
//! or (for `tools/call` with `--block-as tool-error`) a `CallToolResult` with `isError`.
//!
//! May not: include matched text; only detector ids, names, severities, locations and
//! reasons that contain no message content.

use serde_json::json;

/// What a block says about its cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockInfo {
    /// Detector id (`SEC-02`), or `SEC-92` for content that could not be scanned.
    pub rule: String,
    /// Detector name (`CredentialExposure`).
    pub name: String,
    /// Severity name.
    pub severity: String,
    /// Where (already sanitised).
    pub location: String,
    /// `host->server` / `server->host`.
    pub direction: &'static str,
    /// Extra explanation with no message content (drift fields, the extraction error).
    pub detail: Option<String>,
}

impl BlockInfo {
    /// `blocked by sentinel: SEC-02 CredentialExposure (Critical) in params.arguments.token`.
    pub fn message(&self) -> String {
        let mut m = format!(
            "blocked by sentinel: {} {} ({}) in {}",
            self.rule, self.name, self.severity, self.location
        );
        if let Some(d) = &self.detail {
            m.push_str(": ");
            m.push_str(d);
        }
        m
    }

    fn data(&self) -> serde_json::Value {
        let mut d = json!({
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "location": self.location,
            "direction": self.direction,
        });
        if let (Some(detail), Some(obj)) = (&self.detail, d.as_object_mut()) {
            obj.insert("detail".into(), json!(detail));
        }
        d
    }
}

/// A JSON-RPC error response with the request's raw id text.
pub fn error_response(raw_id: &str, code: i64, info: &BlockInfo) -> Vec<u8> {
    let err = json!({"code": code, "message": info.message(), "data": info.data()});
    format!(r#"{{"jsonrpc":"2.0","id":{raw_id},"error":{err}}}"#).into_bytes()
}

/// A `CallToolResult` with `isError: true` and the block message as its text.
pub fn tool_error_response(raw_id: &str, info: &BlockInfo) -> Vec<u8> {
    let result = json!({
        "content": [{"type": "text", "text": info.message()}],
        "isError": true,
        "_meta": {"sentinel": info.data()},
    });
    format!(r#"{{"jsonrpc":"2.0","id":{raw_id},"result":{result}}}"#).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> BlockInfo {
        BlockInfo {
            rule: "SEC-02".into(),
            name: "CredentialExposure".into(),
            severity: "Critical".into(),
            location: "params.arguments.token".into(),
            direction: "host->server",
            detail: None,
        }
    }

    #[test]
    fn error_echoes_raw_id_exactly() {
        for id in ["7", "1.0", "\"abc\"", "null", "-0", "1e3", "\"\\u0041\""] {
            let out = String::from_utf8(error_response(id, -32001, &info())).unwrap();
            assert!(out.contains(&format!(r#""id":{id},"#)), "{out}");
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v["error"]["code"], -32001);
            assert_eq!(
                v["error"]["message"],
                "blocked by sentinel: SEC-02 CredentialExposure (Critical) in params.arguments.token"
            );
            assert_eq!(v["error"]["data"]["rule"], "SEC-02");
            assert_eq!(v["error"]["data"]["direction"], "host->server");
        }
    }

    #[test]
    fn tool_error_is_a_call_tool_result() {
        let out = tool_error_response("5", &info());
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["id"], 5);
        assert_eq!(v["result"]["isError"], true);
        assert_eq!(v["result"]["content"][0]["type"], "text");
        assert!(
            v["result"]["content"][0]["text"]
                .as_str()
                .unwrap()
                .starts_with("blocked by sentinel: SEC-02")
        );
    }
}
