//! What a scanned QR code holds: accounts (otpauth, steam, or a Google migration batch), or
//! something else, said plainly.

use crate::migration::{self, BatchInfo, EntryError, MigrationError};
use crate::uri::{self, Parsed, UriError};

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

/// Why a pasted or opened link cannot be added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Uri(#[from] UriError),
    #[error(transparent)]
    Migration(#[from] MigrationError),
    #[error(transparent)]
    Entry(#[from] EntryError),
}

/// The accounts of a link a person pasted or opened (the app's add field, `sesame-cli add` and
/// `parse`): one account, or every account of a Google export batch. All or nothing: one
/// unusable entry of a batch fails the whole, so a partial add never reads as complete.
pub fn parse_link(text: &str) -> Result<Vec<Parsed>, LinkError> {
    if migration::is_migration(text) {
        let batch = migration::decode(text)?;
        return Ok(batch.entries.into_iter().collect::<Result<Vec<_>, _>>()?);
    }
    Ok(vec![uri::parse(text)?])
}

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
/// numbers of the codes still to scan, as ranges: "2, 4–9").
pub fn missing_batches(seen: &[BatchInfo]) -> Vec<(i32, u32, String)> {
    let mut ids: Vec<i32> = seen.iter().map(|b| b.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| {
            let of_id = seen.iter().filter(|b| b.id == id);
            let mut have: Vec<u32> = of_id.clone().map(|b| b.index + 1).collect();
            have.sort_unstable();
            have.dedup();
            // `decode` bounds the size already; the clamp keeps this report small whatever
            // hands it a BatchInfo.
            let size = of_id
                .map(|b| b.size)
                .max()
                .unwrap_or(1)
                .min(migration::MAX_BATCH_SIZE as u32);
            let missing = gaps(&have, size);
            (!missing.is_empty()).then_some((id, size, missing))
        })
        .collect()
}

/// What to tell the person of each Google export seen only in part (the scan preview and the
/// importer say the same).
pub fn missing_report(seen: &[BatchInfo]) -> Vec<MissingBatches> {
    missing_batches(seen)
        .into_iter()
        .map(|(_, size, missing)| MissingBatches {
            size,
            several: missing.contains([',', '–']),
            missing,
        })
        .collect()
}

/// QR codes of a Google Authenticator export that were not scanned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingBatches {
    /// How many QR codes the export has.
    pub size: u32,
    /// Which are missing, as numbers and ranges ("2, 4–6").
    pub missing: String,
    pub several: bool,
}

impl std::fmt::Display for MissingBatches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (size, missing) = (self.size, &self.missing);
        let (codes, are, them, their) = if self.several {
            ("codes", "are", "them", "their")
        } else {
            ("code", "is", "it", "its")
        };
        write!(f, "this Google Authenticator export has {size} QR codes and {codes} {missing} {are} missing: add {them} too, or {their} accounts are not included")
    }
}

impl crate::i18n::Localize for MissingBatches {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        (
            "core-scan-missing-batches",
            vec![
                ("size", self.size.into()),
                ("missing", self.missing.clone().into()),
                ("several", if self.several { "yes" } else { "no" }.into()),
            ],
        )
    }
}

/// The numbers 1..=size not in `have` (sorted), as ranges, without listing them one by one.
fn gaps(have: &[u32], size: u32) -> String {
    let mut out = Vec::new();
    let mut next = 1;
    for &h in have.iter().chain(std::iter::once(&(size + 1))) {
        if h > next {
            out.push(match h - 1 - next {
                0 => next.to_string(),
                _ => format!("{next}–{}", h - 1),
            });
        }
        next = next.max(h + 1);
    }
    out.join(", ")
}

impl crate::i18n::Localize for LinkError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        match self {
            LinkError::Uri(e) => e.message(),
            LinkError::Migration(e) => e.message(),
            LinkError::Entry(e) => e.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_batches_are_named() {
        let b = |index, size, id| BatchInfo { index, size, id };
        assert_eq!(
            missing_batches(&[b(0, 3, 7), b(2, 3, 7), b(0, 1, 9)]),
            vec![(7, 3, "2".to_owned())]
        );
        assert_eq!(
            missing_batches(&[b(1, 9, 7), b(3, 9, 7), b(4, 9, 7)]),
            vec![(7, 9, "1, 3, 6–9".to_owned())]
        );
        assert!(missing_batches(&[b(0, 2, 1), b(1, 2, 1)]).is_empty());
        assert_eq!(
            missing_report(&[b(0, 3, 7), b(2, 3, 7), b(0, 2, 9)])
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            [
                "this Google Authenticator export has 3 QR codes and code 2 is missing: add it too, or its accounts are not included",
                "this Google Authenticator export has 2 QR codes and code 2 is missing: add it too, or its accounts are not included",
            ]
        );
    }

    /// A size claimed beyond what `decode` lets through is clamped, not enumerated.
    #[test]
    fn a_huge_claimed_size_stays_small() {
        let b = BatchInfo {
            index: 0,
            size: u32::MAX,
            id: 1,
        };
        assert_eq!(missing_batches(&[b]), vec![(1, 1000, "2–1000".to_owned())]);
    }
}
