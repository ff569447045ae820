//! What a scanned QR code holds: accounts (otpauth, steam, or a Google migration batch), or
//! something else, said plainly.

use crate::migration::{self, BatchInfo, EntryError};
use crate::uri::{self, Parsed};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherKind {
    Url,
    Wifi,
    Text,
}

impl OtherKind {
    pub fn name(self) -> &'static str {
        match self {
            OtherKind::Url => "url",
            OtherKind::Wifi => "wifi",
            OtherKind::Text => "text",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// One account, or the accounts of a migration batch (with its position).
    Accounts {
        accounts: Vec<Result<Parsed, EntryError>>,
        batch: Option<BatchInfo>,
    },
    /// Not an authenticator code: what kind, and at most its first 40 characters.
    Other { kind: OtherKind, preview: String },
    /// An authenticator code Sesame cannot use, and why.
    Invalid(String),
}

pub const PREVIEW_CHARS: usize = 40;

pub fn classify(text: &str) -> Content {
    let scheme = uri::split_scheme(text).map(|(s, _)| s).unwrap_or_default();
    match scheme.as_str() {
        "otpauth-migration" => match migration::decode(text) {
            Ok(batch) => Content::Accounts {
                accounts: batch.entries,
                batch: Some(batch.info),
            },
            Err(e) => Content::Invalid(e.to_string()),
        },
        "otpauth" | "steam" => match uri::parse(text) {
            Ok(parsed) => Content::Accounts {
                accounts: vec![Ok(parsed)],
                batch: None,
            },
            Err(e) => Content::Invalid(e.to_string()),
        },
        _ => {
            let kind = if matches!(scheme.as_str(), "http" | "https") {
                OtherKind::Url
            } else if text.starts_with("WIFI:") {
                OtherKind::Wifi
            } else {
                OtherKind::Text
            };
            Content::Other {
                kind,
                preview: text.chars().take(PREVIEW_CHARS).collect(),
            }
        }
    }
}
