//! Duo Mobile's `accounts.json` (from a phone: `files/duokit/accounts.json`): third-party
//! accounts with a Base32 `otpSecret`, HOTP when a `counter` is present. Duo keeps the name a
//! person gave the account and no issuer. Duo's own push accounts hold no OTP secret and are
//! reported as such.

use super::{each, item, Fields, Read};
use crate::account::EntryMeta;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Account {
    #[serde(default)]
    name: String,
    otp_generator: Option<Generator>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Generator {
    otp_secret: String,
    counter: Option<i64>,
}

/// Whether a JSON value is Duo's account list.
pub fn is_duo(value: &Value) -> bool {
    value
        .as_array()
        .and_then(|a| a.first())
        .is_some_and(|v| v.get("otpGenerator").is_some() || v.get("pkey").is_some())
}

pub fn read(file: &Value) -> Result<Read, String> {
    let list = file
        .as_array()
        .ok_or_else(|| crate::i18n::say("import-expected-list", &[]))?;
    let items = each(list, |a: Account| {
        let account = match &a.otp_generator {
            None => Err(crate::i18n::say("import-duo-push", &[])),
            Some(g) => Fields {
                kind: if g.counter.is_some() { "hotp" } else { "totp" },
                issuer: "",
                name: &a.name,
                secret: &g.otp_secret,
                algorithm: None,
                digits: None,
                period: None,
                counter: g.counter,
            }
            .account(),
        };
        item(a.name.clone(), account, EntryMeta::default())
    });
    Ok((items, vec![crate::i18n::say("import-duo-no-issuer", &[])]))
}
