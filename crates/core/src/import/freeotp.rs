//! FreeOTP+ JSON exports: secrets as signed Java bytes, HOTP counters one behind (docs/formats.md 2.4).

use super::{array, each, item, label, Fields, Read};
use crate::account::EntryMeta;
use crate::account::Secret;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Token {
    algo: Option<String>,
    counter: Option<i64>,
    digits: Option<i64>,
    #[serde(default)]
    issuer_ext: String,
    #[serde(default)]
    issuer_int: String,
    #[serde(default)]
    label: String,
    period: Option<i64>,
    secret: Vec<i8>,
    #[serde(rename = "type")]
    kind: String,
}

pub fn read(file: &Value) -> Result<Read, String> {
    let tokens = array(file, "tokens")?;
    let items = each(tokens, |t: Token| {
        let issuer = if t.issuer_ext.is_empty() {
            &t.issuer_int
        } else {
            &t.issuer_ext
        };
        // FreeOTP stores the counter of the code last shown: the next is one more.
        let counter = t.counter.map(|c| c.saturating_add(1));
        // Steam is not a FreeOTP type: a TOTP whose issuer is Steam uses Steam's encoding.
        let steam = t.kind.eq_ignore_ascii_case("totp") && issuer.eq_ignore_ascii_case("steam");
        let fields = Fields {
            kind: if steam { "steam" } else { &t.kind },
            issuer,
            name: &t.label,
            secret: "",
            algorithm: t.algo.as_deref(),
            digits: t.digits,
            period: t.period,
            counter,
        };
        let secret = Secret::new(t.secret.iter().map(|b| *b as u8).collect());
        item(
            label(issuer, &t.label),
            fields.build(secret),
            EntryMeta::default(),
        )
    });
    Ok((items, Vec::new()))
}
