//! A small MCP server built on rmcp (the Rust SDK), served over stdio.
//!
//! The interop tests put it behind `sentinel proxy` and drive it with the official Python SDK
//! client and with an rmcp client, and require the same answers directly and through the proxy.
//! It offers two tools (`echo`, `add`), one prompt (`greet`) and one resource (`memo://greeting`),
//! with descriptions and instructions, so every list and read path crosses the relay.
//!
//! Run it: `cargo run --example rmcp_server` (speaks MCP on stdin/stdout; logs nothing).

use rmcp::{
    ErrorData as McpError, RoleServer, ServerHandler, ServiceExt,
    model::{
        CallToolRequestParams, CallToolResponse, CallToolResult, GetPromptRequestParams,
        GetPromptResponse, GetPromptResult, Implementation, ListPromptsResult, ListResourcesResult,
        ListToolsResult, PaginatedRequestParams, ReadResourceRequestParams, ReadResourceResponse,
        ReadResourceResult, ServerCapabilities, ServerConfig,
    },
    service::RequestContext,
};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// The example server; stateless.
#[derive(Clone, Copy, Debug, Default)]
struct Demo;

/// Builds an rmcp model value from its wire JSON, so this file reads like the protocol.
/// Results spell out `"resultType": "complete"`: rmcp's constructors set it, and 2026-07-28
/// clients (the Python SDK among them) reject results without it.
fn from_json<T: DeserializeOwned>(v: Value) -> Result<T, McpError> {
    serde_json::from_value(v).map_err(|e| McpError::internal_error(e.to_string(), None))
}

fn text_result(text: String, is_error: bool) -> Result<CallToolResponse, McpError> {
    let result: CallToolResult = from_json(json!({
        "resultType": "complete",
        "content": [{"type": "text", "text": text}],
        "isError": is_error,
    }))?;
    Ok(result.into())
}

impl ServerHandler for Demo {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_prompts()
                .enable_resources()
                .build(),
        )
        .with_server_info(Implementation::new("sentinel-rmcp-demo", "0.1.0"))
        .with_instructions("Demo server for sentinel's interop tests: echo, add, greet, memo.")
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, McpError> {
        from_json(json!({"resultType": "complete", "tools": [
            {
                "name": "echo",
                "description": "Returns the text it is given.",
                "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
            },
            {
                "name": "add",
                "description": "Adds two integers.",
                "inputSchema": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}, "required": ["a", "b"]}
            }
        ]}))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, McpError> {
        let args = request.arguments.unwrap_or_default();
        match request.name.as_ref() {
            "echo" => match args.get("text").and_then(Value::as_str) {
                Some(text) => text_result(text.to_owned(), false),
                None => text_result("echo needs a string `text`".into(), true),
            },
            "add" => match (
                args.get("a").and_then(Value::as_i64),
                args.get("b").and_then(Value::as_i64),
            ) {
                (Some(a), Some(b)) => match a.checked_add(b) {
                    Some(sum) => text_result(sum.to_string(), false),
                    None => text_result("overflow".into(), true),
                },
                _ => text_result("add needs integers `a` and `b`".into(), true),
            },
            other => Err(McpError::invalid_params(
                format!("unknown tool: {other}"),
                None,
            )),
        }
    }

    async fn list_prompts(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListPromptsResult, McpError> {
        from_json(json!({"resultType": "complete", "prompts": [{
            "name": "greet",
            "description": "A greeting for someone.",
            "arguments": [{"name": "name", "description": "Who to greet", "required": true}]
        }]}))
    }

    async fn get_prompt(
        &self,
        request: GetPromptRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<GetPromptResponse, McpError> {
        if request.name != "greet" {
            return Err(McpError::invalid_params("unknown prompt", None));
        }
        let name = request
            .arguments
            .as_ref()
            .and_then(|a| a.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("world")
            .to_owned();
        let result: GetPromptResult = from_json(json!({
            "resultType": "complete",
            "description": "A greeting",
            "messages": [{"role": "user", "content": {"type": "text", "text": format!("Please greet {name} warmly.")}}]
        }))?;
        Ok(result.into())
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListResourcesResult, McpError> {
        from_json(json!({"resultType": "complete", "resources": [{
            "uri": "memo://greeting",
            "name": "greeting",
            "description": "A short memo",
            "mimeType": "text/plain"
        }]}))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<ReadResourceResponse, McpError> {
        if request.uri != "memo://greeting" {
            return Err(McpError::resource_not_found(
                format!("no such resource: {}", request.uri),
                None,
            ));
        }
        let result: ReadResourceResult = from_json(json!({"resultType": "complete", "contents": [
            {"uri": "memo://greeting", "mimeType": "text/plain", "text": "Hello from rmcp, relayed unchanged ✓"}
        ]}))?;
        Ok(result.into())
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let service = Demo.serve(rmcp::transport::stdio()).await?;
    service.waiting().await?;
    Ok(())
}
