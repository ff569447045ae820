//! Battle.net Authenticator's preferences from a phone (root needed): the device secret and
//! serial, hex masked with a fixed key (the same in every copy of the app). Battle.net codes are
//! TOTP, SHA-1, 8 digits, 30 seconds; the serial is the account's name.

use super::android::preferences;
use super::{item, label, Fields, Read};
use crate::account::EntryMeta;

/// Older versions keep secret and serial in one value: 40 hex digits of secret, then the serial.
pub const STORE: &str = "com.blizzard.bma.AUTH_STORE.HASH";
pub const SECRET: &str = "com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET";
const SERIAL: &str = "com.blizzard.messenger.AUTHENTICATOR_SERIAL";

const MASK: [u8; 57] = [
    0x39, 0x8e, 0x27, 0xfc, 0x50, 0x27, 0x6a, 0x65, 0x60, 0x65, 0xb0, 0xe5, 0x25, 0xf4, 0xc0, 0x6c,
    0x04, 0xc6, 0x10, 0x75, 0x28, 0x6b, 0x8e, 0x7a, 0xed, 0xa5, 0x9d, 0xa9, 0x81, 0x3b, 0x5d, 0xd6,
    0xc8, 0x0d, 0x2f, 0xb3, 0x80, 0x68, 0x77, 0x3f, 0xa5, 0x9b, 0xa4, 0x7c, 0x17, 0xca, 0x6c, 0x64,
    0x79, 0x01, 0x5c, 0x1d, 0x5b, 0x8b, 0x8f, 0x6b, 0x9a,
];

fn unmask(masked: &str) -> Option<String> {
    let bytes = hex::decode(masked.trim()).ok()?;
    if bytes.len() > MASK.len() {
        return None;
    }
    String::from_utf8(bytes.iter().zip(MASK).map(|(b, m)| b ^ m).collect()).ok()
}

pub fn read(text: &str) -> Result<Read, String> {
    let prefs = preferences(text)?;
    let get = |name: &str| prefs.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let damaged = || crate::i18n::say("import-damaged", &[("why", "Battle.net".into())]);
    let (secret, serial) = if let Some(store) = get(STORE) {
        let plain = unmask(store).ok_or_else(damaged)?;
        let (secret, serial) = plain.split_at_checked(40).ok_or_else(damaged)?;
        (secret.to_owned(), serial.to_owned())
    } else {
        let secret = get(SECRET)
            .and_then(|s| unmask(s))
            .ok_or_else(|| crate::i18n::say("import-missing-field", &[("field", SECRET.into())]))?;
        let serial = get(SERIAL).and_then(|s| unmask(s)).unwrap_or_default();
        (secret, serial)
    };
    let account = hex::decode(&secret)
        .map_err(|_| damaged())
        .and_then(|bytes| {
            Fields {
                kind: "totp",
                issuer: "Battle.net",
                name: &serial,
                secret: "",
                algorithm: None,
                digits: Some(8),
                period: None,
                counter: None,
            }
            .build(crate::account::Secret::new(bytes))
        });
    Ok((
        vec![item(
            label("Battle.net", &serial),
            account,
            EntryMeta::default(),
        )],
        Vec::new(),
    ))
}
