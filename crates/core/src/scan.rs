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

/// The batches of a Google export that were seen only in part: (batch id, size, the 1-based
/// numbers of the codes still to scan).
pub fn missing_batches(seen: &[BatchInfo]) -> Vec<(i32, u32, Vec<u32>)> {
    let mut ids: Vec<i32> = seen.iter().map(|b| b.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| {
            let of_id: Vec<&BatchInfo> = seen.iter().filter(|b| b.id == id).collect();
            let size = of_id.iter().map(|b| b.size).max().unwrap_or(1);
            let missing: Vec<u32> = (0..size)
                .filter(|i| !of_id.iter().any(|b| b.index == *i))
                .map(|i| i + 1)
                .collect();
            (!missing.is_empty()).then_some((id, size, missing))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_batches_are_named() {
        let b = |index, size, id| BatchInfo { index, size, id };
        assert_eq!(
            missing_batches(&[b(0, 3, 7), b(2, 3, 7), b(0, 1, 9)]),
            vec![(7, 3, vec![2])]
        );
        assert!(missing_batches(&[b(0, 2, 1), b(1, 2, 1)]).is_empty());
    }
}
