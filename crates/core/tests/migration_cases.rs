//! Google Authenticator migration payloads.

use base64::Engine;
use prost::Message;
use sesame_core::migration::{self, BatchInfo, MigrationError, MigrationPayload, OtpParameters};
use sesame_core::{uri, Account, Algorithm, Kind, Secret};

/// docs/formats.md 2.8's hand-built vector.
const VECTOR: &str = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";

#[test]
fn decodes_the_reference_vector() {
    let batch = migration::decode(VECTOR).unwrap();
    assert_eq!(
        batch.info,
        BatchInfo {
            index: 0,
            size: 1,
            id: 123_456_789
        }
    );
    assert_eq!(batch.entries.len(), 1);
    let p = batch.entries[0].as_ref().unwrap();
    assert_eq!(p.account.issuer(), "Example");
    assert_eq!(p.account.name(), "alice@google.com");
    assert_eq!(p.account.secret().to_base32().as_str(), "JBSWY3DPEHPK3PXP");
    assert_eq!(p.account.kind(), Kind::Totp { period: 30 });
    assert_eq!(
        (p.account.algorithm(), p.account.digits()),
        (Algorithm::Sha1, 6)
    );
}

#[test]
fn scanner_mangled_data_still_decodes() {
    // Percent-encoded Base64 characters, as QR scanners print them.
    let (head, data) = VECTOR.split_once("data=").unwrap();
    let encoded: String = data
        .chars()
        .map(|c| match c {
            '+' => "%2B".into(),
            '/' => "%2F".into(),
            c => c.to_string(),
        })
        .collect();
    assert!(migration::decode(&format!("{head}data={encoded}")).is_ok());
    // URL-safe alphabet and no padding.
    let url_safe = data.replace('+', "-").replace('/', "_");
    assert!(migration::decode(&format!("{head}data={url_safe}")).is_ok());
}

fn acc(kind: Kind, issuer: &str, name: &str, alg: Algorithm, digits: u8) -> Account {
    Account::new(kind, issuer, name, alg, digits, Secret::new(vec![7; 20])).unwrap()
}

#[test]
fn encode_then_decode_round_trips() {
    let accounts = [
        acc(
            Kind::Totp { period: 30 },
            "Deno",
            "Mason",
            Algorithm::Sha1,
            6,
        ),
        acc(
            Kind::Totp { period: 30 },
            "Airbnb",
            "Elijah",
            Algorithm::Sha512,
            8,
        ),
        acc(
            Kind::Hotp { counter: 10_300 },
            "WWE",
            "Mason",
            Algorithm::Sha256,
            6,
        ),
        acc(
            Kind::Totp { period: 30 },
            "",
            "no-issuer",
            Algorithm::Sha1,
            6,
        ),
    ];
    let refs: Vec<&Account> = accounts.iter().collect();
    let info = BatchInfo {
        index: 1,
        size: 3,
        id: -42,
    };
    let text = migration::encode(&refs, info).unwrap();
    let batch = migration::decode(&text).unwrap();
    assert_eq!(batch.info, info);
    let got: Vec<Account> = batch
        .entries
        .into_iter()
        .map(|e| e.unwrap().account)
        .collect();
    assert_eq!(got, accounts);
}

#[test]
fn encode_refuses_what_google_authenticator_cannot_hold() {
    let steam = Account::steam("Steam", "g", Secret::new(vec![1; 10])).unwrap();
    let p20 = acc(
        Kind::Totp { period: 20 },
        "SPDX",
        "James",
        Algorithm::Sha256,
        6,
    );
    let d7 = acc(Kind::Totp { period: 30 }, "X", "y", Algorithm::Sha1, 7);
    let info = BatchInfo {
        index: 0,
        size: 1,
        id: 1,
    };
    let e = |a: &Account| migration::encode(&[a], info).unwrap_err().to_string();
    assert_eq!(
        e(&steam),
        "Google Authenticator cannot hold Steam: g: it has no Steam codes"
    );
    assert_eq!(
        e(&p20),
        "Google Authenticator cannot hold SPDX: James: its codes last 30 seconds only"
    );
    assert_eq!(
        e(&d7),
        "Google Authenticator cannot hold X: y: its codes have 6 or 8 digits only"
    );
}

fn payload_uri(p: MigrationPayload) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(p.encode_to_vec());
    format!(
        "otpauth-migration://offline?data={}",
        b64.replace('+', "%2B")
            .replace('/', "%2F")
            .replace('=', "%3D")
    )
}

fn param(algorithm: i32, digits: i32, otp_type: i32) -> OtpParameters {
    OtpParameters {
        secret: vec![1; 10],
        name: "n".into(),
        issuer: "i".into(),
        algorithm,
        digits,
        otp_type,
        counter: 0,
    }
}

#[test]
fn bad_entries_are_reported_not_dropped() {
    let uri = payload_uri(MigrationPayload {
        otp_parameters: vec![
            param(1, 1, 2),
            param(4, 1, 2),
            param(1, 9, 2),
            param(1, 1, 7),
            {
                let mut p = param(1, 1, 2);
                p.secret.clear();
                p
            },
        ],
        version: 1,
        batch_size: 1,
        batch_index: 0,
        batch_id: 5,
    });
    let batch = migration::decode(&uri).unwrap();
    assert_eq!(batch.entries.len(), 5);
    assert!(batch.entries[0].is_ok());
    let msg = |i: usize| batch.entries[i].as_ref().unwrap_err().to_string();
    assert_eq!(
        msg(1),
        "account 2 of the batch (i: n): uses MD5, which Sesame does not support"
    );
    assert_eq!(
        msg(2),
        "account 3 of the batch (i: n): unknown digit count value 9"
    );
    assert_eq!(
        msg(3),
        "account 4 of the batch (i: n): unknown OTP type value 7"
    );
    assert_eq!(msg(4), "account 5 of the batch (i: n): secret is empty");
}

#[test]
fn unspecified_values_take_google_authenticator_defaults() {
    let mut p = param(0, 0, 0);
    p.issuer.clear();
    p.name = "Corp:bob".into();
    let uri = payload_uri(MigrationPayload {
        otp_parameters: vec![p],
        version: 1,
        batch_size: 0,
        batch_index: 0,
        batch_id: 0,
    });
    let batch = migration::decode(&uri).unwrap();
    assert_eq!(batch.info.size, 1);
    let a = &batch.entries[0].as_ref().unwrap().account;
    assert_eq!(
        (a.kind(), a.algorithm(), a.digits()),
        (Kind::Totp { period: 30 }, Algorithm::Sha1, 6)
    );
    assert_eq!((a.issuer(), a.name()), ("Corp", "bob"));
}

#[test]
fn malformed_payloads_have_clear_messages() {
    let cases: &[(&str, MigrationError)] = &[
        ("otpauth-migration://offline", MigrationError::MissingData),
        (
            "otpauth-migration://offline?data=",
            MigrationError::MissingData,
        ),
        (
            "otpauth-migration://offline?data=%%%%",
            MigrationError::Base64,
        ),
        (
            "otpauth-migration://offline?data=!!!!",
            MigrationError::Base64,
        ),
        (
            "otpauth://totp/x?secret=AA",
            MigrationError::Scheme("otpauth".into()),
        ),
    ];
    for (input, want) in cases {
        assert_eq!(&migration::decode(input).unwrap_err(), want, "{input}");
    }
    // Valid Base64 that is not a payload.
    let junk = migration::decode("otpauth-migration://offline?data=/////w%3D%3D").unwrap_err();
    assert!(
        junk.to_string()
            .starts_with("the migration data is not a Google Authenticator export: "),
        "{junk}"
    );
    let empty = payload_uri(MigrationPayload {
        otp_parameters: vec![],
        version: 1,
        batch_size: 1,
        batch_index: 0,
        batch_id: 1,
    });
    assert_eq!(
        migration::decode(&empty).unwrap_err().to_string(),
        "the migration batch holds no accounts"
    );
    let outside = payload_uri(MigrationPayload {
        otp_parameters: vec![param(1, 1, 2)],
        version: 1,
        batch_size: 2,
        batch_index: 2,
        batch_id: 1,
    });
    assert_eq!(
        migration::decode(&outside).unwrap_err().to_string(),
        "batch index 2 is outside a batch of 2"
    );
    assert!(
        migration::is_migration(VECTOR) && !migration::is_migration("otpauth://totp/x?secret=AA")
    );
    assert!(matches!(uri::parse(VECTOR), Err(uri::UriError::Migration)));
}

/// Found by the migration fuzzer (input `CgA=`): one entry with nothing in it. It is reported,
/// and encoding the (empty) rest is refused instead of producing a batch nobody can read.
#[test]
fn fuzz_crash_empty_entry_and_empty_batch() {
    let batch = migration::decode("otpauth-migration://offline?data=CgA%3D").unwrap();
    assert_eq!(batch.entries.len(), 1);
    assert_eq!(
        batch.entries[0].as_ref().unwrap_err().to_string(),
        "account 1 of the batch (no name): secret is empty"
    );
    let info = BatchInfo {
        index: 0,
        size: 1,
        id: 0,
    };
    assert_eq!(
        migration::encode(&[], info).unwrap_err().to_string(),
        "there are no accounts to put in the batch"
    );
}
