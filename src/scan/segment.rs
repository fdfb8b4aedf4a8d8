//! A located piece of text: the unit the scanner works on.

use serde::Serialize;
use std::borrow::Cow;

/// Where in the MCP exchange a segment's text came from.
///
/// Detectors declare which origins they apply to: code-injection patterns matter in tool
/// *arguments* but are ordinary in tool *output* (documentation, source files), and
/// tool-poisoning phrasing matters in *metadata* (descriptions, `instructions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Host → server: `tools/call` name and arguments (what the model asks a tool to do).
    Input,
    /// Server → host content: tool results, `resources/read` contents, `prompts/get` messages.
    Output,
    /// Server → host definitions: tool/prompt/resource names, titles, descriptions, schema
    /// strings from the list calls, and `instructions`.
    Metadata,
    /// Server-initiated requests: `sampling/createMessage`, `elicitation/create`, 2026
    /// `inputRequests`.
    ServerRequest,
}

impl Origin {
    /// All origins.
    pub const ALL: [Origin; 4] = [
        Origin::Input,
        Origin::Output,
        Origin::Metadata,
        Origin::ServerRequest,
    ];

    /// The lower-case name used in corpora files, flags and logs (`input`, `output`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Input => "input",
            Origin::Output => "output",
            Origin::Metadata => "metadata",
            Origin::ServerRequest => "server_request",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// One piece of text taken from a message, with where it came from.
///
/// `location` is a JSON-path-like string such as `params.arguments.cmd` or
/// `result.content[2].text`; findings repeat it so a user can see what was caught where.
/// `text` borrows from the parsed message when it can and owns decoded content (a base64
/// blob, a charset-converted resource) when it must.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// What part of the exchange the text belongs to.
    pub origin: Origin,
    /// Where in the message the text sits (`params.arguments.cmd`).
    pub location: Cow<'a, str>,
    /// The text itself, exactly as the message carries it after JSON string decoding.
    pub text: Cow<'a, str>,
}

impl<'a> Segment<'a> {
    /// A segment from an origin, a location and a text, borrowed or owned.
    pub fn new(
        origin: Origin,
        location: impl Into<Cow<'a, str>>,
        text: impl Into<Cow<'a, str>>,
    ) -> Self {
        Self {
            origin,
            location: location.into(),
            text: text.into(),
        }
    }
}
