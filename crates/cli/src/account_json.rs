//! The account object of the CLI (README, "sesame-cli").

use serde::Serialize;
use sesame_core::migration::BatchInfo;
use sesame_core::vault::StoredEntry;
use sesame_core::{uri, Account, Kind};

#[derive(Serialize)]
pub struct AccountJson {
    #[serde(rename = "type")]
    kind: &'static str,
    issuer: String,
    account: String,
    algorithm: &'static str,
    digits: u8,
    period: Option<u32>,
    counter: Option<u64>,
    warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    batch: Option<BatchJson>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    stored: Option<StoredJson>,
}

/// The fields a stored entry adds.
#[derive(Serialize)]
pub struct StoredJson {
    id: String,
    group: String,
    note: String,
    favorite: bool,
}

/// A stored entry that cannot be read.
#[derive(Serialize)]
pub struct DamagedJson {
    pub id: String,
    pub error: String,
}

#[derive(Serialize)]
pub struct BatchJson {
    index: u32,
    size: u32,
    id: i32,
}

impl std::fmt::Display for BatchJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "batch {} of {}", self.index + 1, self.size)
    }
}

impl From<BatchInfo> for BatchJson {
    fn from(info: BatchInfo) -> Self {
        BatchJson {
            index: info.index,
            size: info.size,
            id: info.id,
        }
    }
}

impl AccountJson {
    pub fn new(account: &Account, warnings: &[String], reveal: bool) -> Self {
        let kind = account.kind();
        AccountJson {
            kind: kind.name(),
            issuer: account.issuer().to_owned(),
            account: account.name().to_owned(),
            algorithm: account.algorithm().name(),
            digits: account.digits(),
            period: kind.period(),
            counter: match kind {
                Kind::Hotp { counter } => Some(counter),
                _ => None,
            },
            warnings: warnings.to_vec(),
            uri: reveal.then(|| uri::format(account).to_string()),
            batch: None,
            stored: None,
        }
    }

    pub fn stored(entry: &StoredEntry, reveal: bool) -> Self {
        let mut json = AccountJson::new(&entry.account, &[], reveal);
        json.stored = Some(StoredJson {
            id: entry.id.to_string(),
            group: entry.meta.group.clone(),
            note: entry.meta.note.clone(),
            favorite: entry.meta.favorite,
        });
        json
    }

    pub fn in_batch(mut self, info: BatchInfo) -> Self {
        self.batch = Some(BatchJson::from(info));
        self
    }

    /// The person-readable form: one "field  value" line each.
    pub fn to_text(&self) -> String {
        let mut lines = vec![
            ("type", self.kind.to_owned()),
            ("issuer", self.issuer.clone()),
            ("account", self.account.clone()),
            ("algorithm", self.algorithm.to_owned()),
            ("digits", self.digits.to_string()),
        ];
        if let Some(p) = self.period {
            lines.push(("period", format!("{p} s")));
        }
        if let Some(c) = self.counter {
            lines.push(("counter", c.to_string()));
        }
        if let Some(b) = &self.batch {
            lines.push((
                "batch",
                format!("{} of {} (id {})", b.index + 1, b.size, b.id),
            ));
        }
        if let Some(u) = &self.uri {
            lines.push(("uri", u.clone()));
        }
        lines.iter().map(|(k, v)| format!("{k:<11}{v}\n")).collect()
    }
}
