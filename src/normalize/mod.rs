//! Views of a segment's text: the forms an attack can hide behind, undone.
//!
//! Every view is derived from the raw text on demand and carries a byte map back to it, so a
//! finding in a derived view still points at the original bytes. Building views is the
//! scanner's main cost on non-ASCII or encoded text, so [`TextStats`] is computed first in one
//! pass and decides which views can differ from the raw text at all: pure ASCII without `%`,
//! `&`, `\`, long base64/hex runs or control bytes needs no view but the raw one.
//!
//! May not: allocate for the common ASCII case, or do any I/O.

pub mod decode;
pub mod mapped;
pub mod stats;
pub mod unicode;

pub use decode::{Layer, LayerKind, decode_layers};
pub use mapped::MappedText;
pub use stats::TextStats;
pub(crate) use unicode::{BmpTable, CharMemo, MemoSlot, char_at, code_point_at, next_non_ascii};
pub use unicode::{
    LARGE_SCRIPT_BLOCKS, in_large_script_block, is_invisible, normalized_view, skeleton_view,
    warm_tables,
};
