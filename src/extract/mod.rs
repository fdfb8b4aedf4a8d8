//! Extraction: from the raw JSON of an intercepted message to located text [`Segment`]s.
//!
//! The relay hands us the raw `params` / `result` / `error` slices; we parse only those, with
//! a tree that keeps duplicate keys ([`tree`]), and walk them per method ([`plan`]): tool-call
//! arguments (keys and values at any depth), tool results, prompts, resources (blobs decoded
//! by MIME type, see [`blob`]), list results, `instructions`, server-initiated requests and
//! 2026 `inputRequests`. Each text carries a location such as `params.arguments.cmd` or
//! `result.content[2].text` and, when it is a JSON string of the message, the ordinal of that
//! string literal so redaction can rewrite it in place.
//!
//! Fail closed: anything we are asked to scan but cannot parse or decode is an
//! [`ExtractError`]; the caller refuses the message. Content past the byte cap is not scanned
//! and is reported in [`Extracted::unscanned`] so policy can decide.
//!
//! May not: decide policy, scan, or put message text into errors or logs.

pub mod blob;
pub mod tree;

use crate::jsonrpc::{Envelope, Kind};
use crate::relay::Direction;
use crate::scan::{Origin, Segment};
pub use blob::MimeAllowlist;
use blob::{BlobError, BlobText};
use std::borrow::Cow;
use tree::{Node, Str, TreeError};

/// Default for `--max-scan-bytes`: UTF-8 bytes scanned per message.
pub const DEFAULT_MAX_SCAN_BYTES: usize = 262_144;

/// What extraction needs from the configuration.
#[derive(Debug, Clone, Copy)]
pub struct ExtractConfig<'c> {
    /// MIME types whose blobs are decoded and scanned.
    pub scan_mimes: &'c MimeAllowlist,
    /// UTF-8 bytes scanned per message; the rest is reported as unscanned.
    pub max_scan_bytes: usize,
}

/// Which member of the envelope a tree was parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `params`.
    Params,
    /// `result`.
    Result,
    /// `error`.
    Error,
}

impl Part {
    /// The member name.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Params => "params",
            Part::Result => "result",
            Part::Error => "error",
        }
    }
}

/// Where a segment's text lives in the message, for redaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A JSON string literal of the message: the `ordinal`-th literal of `part`.
    Literal {
        /// The envelope member.
        part: Part,
        /// Position among that member's string literals (keys included), document order.
        ordinal: u32,
    },
    /// Decoded content (a base64 blob): cannot be edited in place.
    Decoded,
}

/// One segment plus what the interceptor needs besides it.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// The located text handed to the scanner (possibly truncated by the byte cap).
    pub segment: Segment<'a>,
    /// Where the text lives in the message.
    pub source: Source,
    /// The text's length in bytes before the byte cap truncated it.
    pub full_len: usize,
}

/// Content that was not scanned because of the byte cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unscanned {
    /// Index into [`Extracted::items`].
    pub item: usize,
    /// First unscanned byte of that item's full text.
    pub from: usize,
}

/// Content deliberately not scanned (a blob of a MIME type off the allowlist, binary data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it is.
    pub location: String,
    /// Why (e.g. `mime image/png not in scan list`); never message text.
    pub reason: String,
}

/// The outcome of extracting one message.
#[derive(Debug, Default)]
pub struct Extracted<'a> {
    /// The segments to scan, in document order.
    pub items: Vec<Item<'a>>,
    /// Items (or their tails) past the byte cap.
    pub unscanned: Vec<Unscanned>,
    /// Content not scanned on purpose, for the log.
    pub skipped: Vec<Skipped>,
    /// The parsed `result` of a `tools/list` response, kept for definition pinning.
    pub tools_list: Option<Node<'a>>,
}

/// Why an intercepted message cannot be scanned. Every variant blocks the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// Not JSON.
    #[error("{part} is not valid JSON ({reason})")]
    Malformed {
        /// Envelope member.
        part: &'static str,
        /// The parser's message (positions only, no content).
        reason: String,
    },
    /// A string with an invalid escape, such as a lone UTF-16 surrogate.
    #[error("{part} contains an invalid string escape such as a lone UTF-16 surrogate ({reason})")]
    InvalidString {
        /// Envelope member.
        part: &'static str,
        /// The parser's message (positions only, no content).
        reason: String,
    },
    /// Nested deeper than the limit.
    #[error("{part} nests arrays/objects deeper than {limit} levels")]
    TooDeep {
        /// Envelope member.
        part: &'static str,
        /// The limit.
        limit: usize,
    },
    /// A member that must have a given JSON type has another.
    #[error("{location} must be {expected}, found {found}")]
    WrongType {
        /// Where.
        location: String,
        /// What MCP requires.
        expected: &'static str,
        /// What the message had.
        found: &'static str,
    },
    /// The message lacks the member to scan.
    #[error("{part} is missing")]
    Missing {
        /// Envelope member.
        part: &'static str,
    },
    /// A blob we must scan is not valid base64.
    #[error("{location} is not valid base64")]
    InvalidBase64 {
        /// Where.
        location: String,
    },
    /// A blob names a charset we cannot decode.
    #[error("{location} declares an unknown charset `{charset}`")]
    UnknownCharset {
        /// Where.
        location: String,
        /// The (sanitised) label.
        charset: String,
    },
    /// A blob is not valid in its charset.
    #[error("{location} is not valid {charset} text")]
    Undecodable {
        /// Where.
        location: String,
        /// The encoding name.
        charset: String,
    },
}

/// How a message is to be walked; `None` from [`plan`] means "not intercepted".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Host → server `tools/call` request.
    ToolCall,
    /// Server → host `sampling/createMessage` / `elicitation/create` request.
    ServerRequest,
    /// `tools/call` result.
    ToolResult,
    /// `prompts/get` result.
    PromptResult,
    /// `resources/read` result.
    ResourceResult,
    /// `tools/list`, `prompts/list`, `resources/list`, `resources/templates/list` result.
    ListResult {
        /// Whether this is `tools/list` (definitions get pinned).
        tools: bool,
    },
    /// `initialize` / `server/discover` result: `instructions`.
    Instructions,
    /// Tasks extension `tasks/get` / `tasks/result` result.
    TaskResult,
    /// Any other result that may carry 2026 `inputRequests`.
    InputRequests,
    /// Error response to an intercepted request.
    ErrorResponse,
}

/// Whether responses to `method` are intercepted.
pub fn is_intercepted_request(method: &str) -> bool {
    response_plan(method).is_some()
}

fn response_plan(method: &str) -> Option<Plan> {
    Some(match method {
        "tools/call" => Plan::ToolResult,
        "prompts/get" => Plan::PromptResult,
        "resources/read" => Plan::ResourceResult,
        "tools/list" => Plan::ListResult { tools: true },
        "prompts/list" | "resources/list" | "resources/templates/list" => {
            Plan::ListResult { tools: false }
        }
        "initialize" | "server/discover" => Plan::Instructions,
        "tasks/get" | "tasks/result" => Plan::TaskResult,
        _ => return None,
    })
}

/// Decides how (and whether) a message is extracted. Dispatches on the decoded method string
/// and, for responses, on the method of the request they answer.
pub fn plan(
    msg: &Envelope<'_>,
    direction: Direction,
    request_method: Option<&str>,
) -> Option<Plan> {
    let method = msg.method.as_deref();
    match (direction, msg.kind) {
        (Direction::HostToServer, Kind::Request) if method == Some("tools/call") => {
            Some(Plan::ToolCall)
        }
        (Direction::ServerToHost, Kind::Request)
            if matches!(
                method,
                Some("sampling/createMessage" | "elicitation/create")
            ) =>
        {
            Some(Plan::ServerRequest)
        }
        (Direction::ServerToHost, Kind::Response) => {
            match request_method.and_then(response_plan) {
                Some(p) => Some(p),
                None => {
                    // Any result may be a 2026 `input_required` result; only parse when the
                    // key could be there (an escaped key contains a backslash-u).
                    let raw = msg.result.map(|r| r.get()).unwrap_or("");
                    (memchr::memmem::find(raw.as_bytes(), b"inputRequests").is_some()
                        || memchr::memmem::find(raw.as_bytes(), b"\\u").is_some())
                    .then_some(Plan::InputRequests)
                }
            }
        }
        (Direction::ServerToHost, Kind::ErrorResponse)
            if request_method.is_some_and(is_intercepted_request) =>
        {
            Some(Plan::ErrorResponse)
        }
        _ => None,
    }
}

/// Extracts the segments of a message according to its plan, then applies the byte cap.
pub fn extract<'a>(
    plan: Plan,
    msg: &Envelope<'a>,
    cfg: ExtractConfig<'_>,
) -> Result<Extracted<'a>, ExtractError> {
    let (part, raw) = match plan {
        Plan::ToolCall | Plan::ServerRequest => (Part::Params, msg.params),
        Plan::ErrorResponse => (Part::Error, msg.error),
        _ => (Part::Result, msg.result),
    };
    let raw = raw.map(|r| r.get());
    let mut w = Walker {
        part,
        cfg,
        out: Extracted::default(),
    };
    let Some(raw) = raw else {
        if plan == Plan::ToolCall {
            return Err(ExtractError::Missing { part: "params" });
        }
        return Ok(w.out);
    };
    let root = tree::parse(raw).map_err(|e| tree_error(part, e))?;
    let p = part.as_str();
    match plan {
        Plan::ToolCall => w.tool_call(&root)?,
        Plan::ServerRequest => w.server_request(&root)?,
        Plan::ToolResult => w.tool_result(&root)?,
        Plan::PromptResult => w.prompt_result(&root)?,
        Plan::ResourceResult => w.resource_result(&root)?,
        Plan::ListResult { tools } => {
            w.list_result(&root)?;
            if tools {
                w.out.tools_list = Some(root);
            }
        }
        Plan::Instructions => {
            w.expect_object(&root, p)?;
            for (k, v) in root.members() {
                match k.text.as_ref() {
                    "instructions" => w.walk(v, &child(p, k, 0), Origin::Metadata),
                    "inputRequests" => w.walk(v, &child(p, k, 0), Origin::ServerRequest),
                    _ => {}
                }
            }
        }
        Plan::TaskResult => w.task_result(&root, p)?,
        Plan::InputRequests => {
            if let Node::Object(members) = &root {
                for (i, (k, v)) in members.iter().enumerate() {
                    if k.text == "inputRequests" {
                        w.walk(v, &child(p, k, i), Origin::ServerRequest);
                    }
                }
            }
        }
        Plan::ErrorResponse => {
            w.expect_object(&root, p)?;
            for (i, (k, v)) in root.members().iter().enumerate() {
                if k.text == "message" || k.text == "data" {
                    w.walk(v, &child(p, k, i), Origin::Output);
                }
            }
        }
    }
    let mut out = w.out;
    out.unscanned = apply_cap(&mut out.items, cfg.max_scan_bytes);
    Ok(out)
}

fn tree_error(part: Part, e: TreeError) -> ExtractError {
    let part = part.as_str();
    match e {
        TreeError::InvalidString(reason) => ExtractError::InvalidString { part, reason },
        TreeError::TooDeep => ExtractError::TooDeep {
            part,
            limit: tree::MAX_DEPTH,
        },
        TreeError::Syntax(reason) => ExtractError::Malformed { part, reason },
    }
}

/// Member names of MCP shapes: as keys they carry no attack, so they are not scanned as text.
fn known_key(k: &str) -> bool {
    matches!(
        k,
        "type"
            | "text"
            | "content"
            | "uri"
            | "name"
            | "title"
            | "description"
            | "mimeType"
            | "blob"
            | "data"
            | "resource"
            | "annotations"
            | "audience"
            | "priority"
            | "lastModified"
            | "_meta"
            | "inputSchema"
            | "outputSchema"
            | "properties"
            | "required"
            | "items"
            | "messages"
            | "role"
            | "contents"
            | "tools"
            | "prompts"
            | "resources"
            | "resourceTemplates"
            | "arguments"
            | "structuredContent"
            | "isError"
            | "nextCursor"
            | "uriTemplate"
            | "enum"
            | "default"
            | "format"
            | "minimum"
            | "maximum"
            | "$schema"
            | "additionalProperties"
            | "anyOf"
            | "oneOf"
            | "allOf"
            | "const"
            | "examples"
            | "size"
            | "icons"
            | "src"
            | "sizes"
            | "readOnlyHint"
            | "destructiveHint"
            | "idempotentHint"
            | "openWorldHint"
            | "message"
            | "code"
            | "instructions"
            | "systemPrompt"
            | "maxTokens"
            | "requestedSchema"
            | "inputRequests"
            | "resultType"
            | "taskId"
            | "status"
            | "statusMessage"
            | "task"
            | "result"
            | "execution"
            | "taskSupport"
            | "minLength"
            | "maxLength"
            | "pattern"
            | "id"
    )
}

/// The location of member `i` (key `k`) of an object at `path`.
///
/// Keys become path components only when they are short identifiers; anything else (which
/// could be attacker text or a secret) is named by its index, `path.#3`.
fn child(path: &str, k: &Str<'_>, i: usize) -> String {
    let mut out = String::with_capacity(path.len() + k.text.len() + 1);
    out.push_str(path);
    push_child(&mut out, k, i);
    out
}

/// Appends the path component of member `i` (key `k`) to `path`.
fn push_child(path: &mut String, k: &Str<'_>, i: usize) {
    use std::fmt::Write as _;
    let key = k.text.as_ref();
    let plain = !key.is_empty()
        && key.len() <= 40
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'$');
    if plain {
        path.push('.');
        path.push_str(key);
    } else {
        let _ = write!(path, ".#{i}");
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

struct Walker<'a, 'c> {
    part: Part,
    cfg: ExtractConfig<'c>,
    out: Extracted<'a>,
}

impl<'a> Walker<'a, '_> {
    fn push(&mut self, s: &Str<'a>, location: String, origin: Origin) {
        if s.text.is_empty() {
            return;
        }
        self.out.items.push(Item {
            full_len: s.text.len(),
            segment: Segment::new(origin, location, s.text.clone()),
            source: Source::Literal {
                part: self.part,
                ordinal: s.ordinal,
            },
        });
    }

    fn push_key(&mut self, k: &Str<'a>, member_path: &str, origin: Origin) {
        if !known_key(&k.text) {
            self.push(k, format!("{member_path}#key"), origin);
        }
    }

    /// Every string under `node`, keys included.
    fn walk(&mut self, node: &Node<'a>, path: &str, origin: Origin) {
        let mut buf = String::with_capacity(path.len() + 64);
        buf.push_str(path);
        self.walk_buf(node, &mut buf, origin);
    }

    /// [`Self::walk`] with one path buffer grown and truncated along the way.
    fn walk_buf(&mut self, node: &Node<'a>, path: &mut String, origin: Origin) {
        use std::fmt::Write as _;
        match node {
            Node::Str(s) if !s.text.is_empty() => self.push(s, path.clone(), origin),
            Node::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let len = path.len();
                    let _ = write!(path, "[{i}]");
                    self.walk_buf(v, path, origin);
                    path.truncate(len);
                }
            }
            Node::Object(members) => {
                for (i, (k, v)) in members.iter().enumerate() {
                    let len = path.len();
                    push_child(path, k, i);
                    self.push_key(k, path, origin);
                    self.walk_buf(v, path, origin);
                    path.truncate(len);
                }
            }
            Node::Str(_) | Node::Null | Node::Bool(_) | Node::Number(_) => {}
        }
    }

    fn expect_object(&self, node: &Node<'a>, location: &str) -> Result<(), ExtractError> {
        match node {
            Node::Object(_) => Ok(()),
            other => Err(wrong(location, "an object", other)),
        }
    }

    fn expect_array<'n>(
        &self,
        node: &'n Node<'a>,
        location: &str,
    ) -> Result<&'n [Node<'a>], ExtractError> {
        match node {
            Node::Array(items) => Ok(items),
            other => Err(wrong(location, "an array", other)),
        }
    }

    /// The members of an MCP-shaped object other than the ones handled specially: walked,
    /// with unknown keys scanned too. `_meta` is protocol bookkeeping and skipped.
    fn rest(&mut self, i: usize, k: &Str<'a>, v: &Node<'a>, path: &str, origin: Origin) {
        match k.text.as_ref() {
            "_meta" => {}
            "inputRequests" => self.walk(v, &child(path, k, i), Origin::ServerRequest),
            _ => {
                let p = child(path, k, i);
                self.push_key(k, &p, origin);
                self.walk(v, &p, origin);
            }
        }
    }

    fn tool_call(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "params";
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            match k.text.as_ref() {
                "name" => match v {
                    Node::Str(s) => self.push(s, "params.name".into(), Origin::Input),
                    other => return Err(wrong("params.name", "a string", other)),
                },
                "arguments" => match v {
                    Node::Object(_) => self.walk(v, "params.arguments", Origin::Input),
                    Node::Null => {}
                    other => return Err(wrong("params.arguments", "an object", other)),
                },
                "_meta" => {}
                _ => {
                    let path = child(p, k, i);
                    self.push_key(k, &path, Origin::Input);
                    self.walk(v, &path, Origin::Input);
                }
            }
        }
        Ok(())
    }

    fn server_request(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "params";
        self.expect_object(root, p)?;
        let o = Origin::ServerRequest;
        for (i, (k, v)) in root.members().iter().enumerate() {
            if k.text == "messages" {
                let path = child(p, k, i);
                for (j, m) in self.expect_array(v, &path)?.iter().enumerate() {
                    self.message(m, &index(&path, j), o)?;
                }
            } else {
                self.rest(i, k, v, p, o);
            }
        }
        Ok(())
    }

    /// A prompt or sampling message: `{role, content}` where content is a block or blocks.
    fn message(&mut self, m: &Node<'a>, path: &str, o: Origin) -> Result<(), ExtractError> {
        self.expect_object(m, path)?;
        for (i, (k, v)) in m.members().iter().enumerate() {
            if k.text == "content" {
                let cp = child(path, k, i);
                match v {
                    Node::Array(blocks) => {
                        for (j, b) in blocks.iter().enumerate() {
                            self.block(b, &index(&cp, j), o)?;
                        }
                    }
                    _ => self.block(v, &cp, o)?,
                }
            } else {
                self.rest(i, k, v, path, o);
            }
        }
        Ok(())
    }

    fn tool_result(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "result";
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            if k.text == "content" {
                self.blocks(v, &child(p, k, i), Origin::Output)?;
            } else {
                self.rest(i, k, v, p, Origin::Output);
            }
        }
        Ok(())
    }

    fn blocks(&mut self, v: &Node<'a>, path: &str, o: Origin) -> Result<(), ExtractError> {
        for (j, b) in self.expect_array(v, path)?.iter().enumerate() {
            self.block(b, &index(path, j), o)?;
        }
        Ok(())
    }

    /// One content block. Image/audio `data` is binary and goes through the MIME allowlist;
    /// embedded resources are handled like `resources/read` contents; everything else,
    /// unknown block types included, has its strings scanned.
    fn block(&mut self, b: &Node<'a>, path: &str, o: Origin) -> Result<(), ExtractError> {
        self.expect_object(b, path)?;
        let types: Vec<&str> = b.get_all("type").filter_map(Node::as_str).collect();
        let binary = !types.is_empty() && types.iter().all(|t| matches!(*t, "image" | "audio"));
        if types.contains(&"text") {
            for t in b.get_all("text") {
                if !matches!(t, Node::Str(_)) {
                    return Err(wrong(&format!("{path}.text"), "a string", t));
                }
            }
        }
        let mime = b.get_last("mimeType").and_then(Node::as_str);
        for (i, (k, v)) in b.members().iter().enumerate() {
            match k.text.as_ref() {
                "data" if binary => self.blob(v, &child(path, k, i), mime, o)?,
                "resource" if types.contains(&"resource") => {
                    self.contents(v, &child(path, k, i), o)?
                }
                _ => self.rest(i, k, v, path, o),
            }
        }
        Ok(())
    }

    /// Resource contents: `{uri, mimeType?, text}` or `{uri, mimeType?, blob}`.
    fn contents(&mut self, c: &Node<'a>, path: &str, o: Origin) -> Result<(), ExtractError> {
        self.expect_object(c, path)?;
        let mime = c.get_last("mimeType").and_then(Node::as_str);
        for (i, (k, v)) in c.members().iter().enumerate() {
            match k.text.as_ref() {
                "blob" => self.blob(v, &child(path, k, i), mime, o)?,
                "text" if !matches!(v, Node::Str(_)) => {
                    return Err(wrong(&child(path, k, i), "a string", v));
                }
                _ => self.rest(i, k, v, path, o),
            }
        }
        Ok(())
    }

    fn blob(
        &mut self,
        v: &Node<'a>,
        path: &str,
        mime: Option<&str>,
        o: Origin,
    ) -> Result<(), ExtractError> {
        let Node::Str(s) = v else {
            return Err(wrong(path, "a base64 string", v));
        };
        match blob::blob_text(&s.text, mime, self.cfg.scan_mimes) {
            Ok(BlobText::Text(text)) => {
                if !text.is_empty() {
                    self.out.items.push(Item {
                        full_len: text.len(),
                        segment: Segment::new(o, path.to_string(), Cow::Owned(text)),
                        source: Source::Decoded,
                    });
                }
                Ok(())
            }
            Ok(BlobText::NotAllowed(m)) => {
                self.out.skipped.push(Skipped {
                    location: path.to_string(),
                    reason: format!("mime type {m} is not in the scan list"),
                });
                Ok(())
            }
            Ok(BlobText::Binary) => {
                self.out.skipped.push(Skipped {
                    location: path.to_string(),
                    reason: "no mime type and the content is not text".into(),
                });
                Ok(())
            }
            Err(BlobError::Base64) => Err(ExtractError::InvalidBase64 {
                location: path.to_string(),
            }),
            Err(BlobError::UnknownCharset(charset)) => Err(ExtractError::UnknownCharset {
                location: path.to_string(),
                charset,
            }),
            Err(BlobError::Undecodable(charset)) => Err(ExtractError::Undecodable {
                location: path.to_string(),
                charset,
            }),
        }
    }

    fn prompt_result(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "result";
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            match k.text.as_ref() {
                "messages" => {
                    let path = child(p, k, i);
                    for (j, m) in self.expect_array(v, &path)?.iter().enumerate() {
                        self.message(m, &index(&path, j), Origin::Output)?;
                    }
                }
                "description" => self.walk(v, &child(p, k, i), Origin::Metadata),
                _ => self.rest(i, k, v, p, Origin::Output),
            }
        }
        Ok(())
    }

    fn resource_result(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "result";
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            if k.text == "contents" {
                let path = child(p, k, i);
                for (j, c) in self.expect_array(v, &path)?.iter().enumerate() {
                    self.contents(c, &index(&path, j), Origin::Output)?;
                }
            } else {
                self.rest(i, k, v, p, Origin::Output);
            }
        }
        Ok(())
    }

    fn list_result(&mut self, root: &Node<'a>) -> Result<(), ExtractError> {
        let p = "result";
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            match k.text.as_ref() {
                "tools" | "prompts" | "resources" | "resourceTemplates" => {
                    let path = child(p, k, i);
                    self.expect_array(v, &path)?;
                    self.walk(v, &path, Origin::Metadata);
                }
                "nextCursor" => {}
                _ => self.rest(i, k, v, p, Origin::Metadata),
            }
        }
        Ok(())
    }

    fn task_result(&mut self, root: &Node<'a>, p: &str) -> Result<(), ExtractError> {
        self.expect_object(root, p)?;
        for (i, (k, v)) in root.members().iter().enumerate() {
            if k.text == "content" && matches!(v, Node::Array(_)) {
                self.blocks(v, &child(p, k, i), Origin::Output)?;
            } else {
                self.rest(i, k, v, p, Origin::Output);
            }
        }
        Ok(())
    }
}

fn wrong(location: &str, expected: &'static str, found: &Node<'_>) -> ExtractError {
    ExtractError::WrongType {
        location: location.to_string(),
        expected,
        found: found.type_name(),
    }
}

/// Truncates the items to `cap` UTF-8 bytes in total (document order) and reports the rest.
fn apply_cap(items: &mut [Item<'_>], cap: usize) -> Vec<Unscanned> {
    let mut left = cap;
    let mut out = Vec::new();
    for (i, item) in items.iter_mut().enumerate() {
        let len = item.segment.text.len();
        if len <= left {
            left -= len;
            continue;
        }
        let mut keep = left;
        while !item.segment.text.is_char_boundary(keep) {
            keep -= 1;
        }
        truncate_cow(&mut item.segment.text, keep);
        left = 0;
        out.push(Unscanned {
            item: i,
            from: keep,
        });
    }
    out
}

fn truncate_cow(text: &mut Cow<'_, str>, keep: usize) {
    match text {
        Cow::Borrowed(s) => *s = &s[..keep],
        Cow::Owned(s) => s.truncate(keep),
    }
}

#[cfg(test)]
pub(crate) mod tests;
