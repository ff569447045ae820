#![no_main]
//! Arbitrary protobuf bytes behind an otpauth-migration URI, and arbitrary URI text: decode must
//! return, never panic; accepted batches re-encode and decode to the same accounts.

use base64::Engine;
use libfuzzer_sys::fuzz_target;
use sesame_core::migration;

fuzz_target!(|data: &[u8]| {
    use std::fmt::Write;
    let mut uri = String::from("otpauth-migration://offline?data=");
    for b in base64::engine::general_purpose::STANDARD.encode(data).bytes() {
        let _ = write!(uri, "%{b:02X}");
    }
    check(&uri);
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
});

fn check(uri: &str) {
    let Ok(batch) = migration::decode(uri) else { return };
    let accounts: Vec<_> = batch.entries.iter().flatten().map(|p| &p.account).collect();
    if let Ok(again) = migration::encode(&accounts, batch.info) {
        let back = migration::decode(&again).expect("an encoded batch decodes");
        let back: Vec<_> = back.entries.into_iter().flatten().map(|p| p.account).collect();
        assert_eq!(back.iter().collect::<Vec<_>>(), accounts);
    }
}
