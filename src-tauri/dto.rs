//! The types that cross the IPC boundary. TypeScript versions live in ui/src/gen/ and a test
//! fails when they drift (`SESAME_WRITE_BINDINGS=1 cargo test --test bindings` rewrites them).
//! No type here carries a secret.

use serde::Serialize;
use ts_rs::TS;

/// An account as the list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryView {
    pub id: String,
    pub issuer: String,
    pub account: String,
    /// "totp", "hotp" or "steam".
    pub kind: String,
    pub warnings: Vec<String>,
}

/// One entry's code: pushed at each period boundary, with the window the UI counts down.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodeView {
    #[serde(flatten)]
    pub entry: EntryView,
    pub code: String,
    pub next_code: Option<String>,
    /// Unix milliseconds; absent for HOTP, whose codes do not expire.
    #[ts(type = "number | null")]
    pub valid_from_ms: Option<u64>,
    #[ts(type = "number | null")]
    pub valid_until_ms: Option<u64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodesSnapshot {
    pub codes: Vec<CodeView>,
}

/// What a command failure looks like to the UI: a kind to branch on, a message to show.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}")]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    Invalid,
    NotFound,
}

impl CommandError {
    pub fn invalid(message: impl std::fmt::Display) -> Self {
        CommandError {
            kind: ErrorKind::Invalid,
            message: message.to_string(),
        }
    }
}
