//! A located piece of text: the unit the scanner works on.

use std::borrow::Cow;

/// One piece of text taken from a message, with where it came from.
///
/// `location` is a JSON-path-like string such as `params.arguments.cmd` or
/// `result.content[2].text`; findings repeat it so a user can see what was caught where.
/// `text` borrows from the parsed message when it can and owns decoded content (a base64
/// blob, a charset-converted resource) when it must.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Where in the message the text sits (`params.arguments.cmd`).
    pub location: Cow<'a, str>,
    /// The text itself, exactly as the message carries it after JSON string decoding.
    pub text: Cow<'a, str>,
}

impl<'a> Segment<'a> {
    /// A segment from a location and a text, borrowed or owned.
    pub fn new(location: impl Into<Cow<'a, str>>, text: impl Into<Cow<'a, str>>) -> Self {
        Self {
            location: location.into(),
            text: text.into(),
        }
    }
}
