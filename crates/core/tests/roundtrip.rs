//! Property tests: formatting then parsing gives the same account back, and the code engine
//! agrees with totp-rs wherever totp-rs applies.

use proptest::prelude::*;
use sesame_core::migration::{self, BatchInfo};
use sesame_core::{otp, uri, Account, Algorithm, Kind, Secret};

fn name() -> impl Strategy<Value = String> {
    // Colons, separators, URI syntax, spaces and non-ASCII: everything a label may carry.
    proptest::string::string_regex("[a-zA-Z0-9 :@&=?#%+/.éü漢-]{0,24}")
        .expect("valid regex")
        .prop_map(|s| s.trim().to_owned())
}

fn algorithm() -> impl Strategy<Value = Algorithm> {
    prop_oneof![
        Just(Algorithm::Sha1),
        Just(Algorithm::Sha256),
        Just(Algorithm::Sha512)
    ]
}

fn account() -> impl Strategy<Value = Account> {
    let kind = prop_oneof![
        (1u32..=86_400).prop_map(|period| Kind::Totp { period }),
        any::<u64>().prop_map(|counter| Kind::Hotp { counter }),
        Just(Kind::Steam),
    ];
    (
        kind,
        name(),
        name(),
        algorithm(),
        4u8..=10,
        proptest::collection::vec(any::<u8>(), 1..64),
    )
        .prop_map(|(kind, issuer, name, alg, digits, secret)| match kind {
            Kind::Steam => Account::steam(issuer, name, Secret::new(secret)).unwrap(),
            k => Account::new(k, issuer, name, alg, digits, Secret::new(secret)).unwrap(),
        })
}

/// Accounts Google Authenticator can hold: 30-second TOTP or HOTP, 6 or 8 digits.
fn google_account() -> impl Strategy<Value = Account> {
    let kind = prop_oneof![
        Just(Kind::Totp { period: 30 }),
        (0..=i64::MAX as u64).prop_map(|counter| Kind::Hotp { counter }),
    ];
    let digits = prop_oneof![Just(6u8), Just(8u8)];
    (
        kind,
        name(),
        name(),
        algorithm(),
        digits,
        proptest::collection::vec(any::<u8>(), 1..64),
    )
        .prop_map(|(kind, issuer, name, alg, digits, secret)| {
            Account::new(kind, issuer, name, alg, digits, Secret::new(secret)).unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_of_format_is_identity(a in account()) {
        let text = uri::format(&a);
        let parsed = uri::parse(&text).map_err(|e| TestCaseError::fail(format!("{}: {e}", *text)))?;
        prop_assert_eq!(&parsed.account, &a, "{}", *text);
        prop_assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn migration_decode_of_encode_is_identity(accounts in proptest::collection::vec(google_account(), 1..12)) {
        let refs: Vec<&Account> = accounts.iter().collect();
        let info = BatchInfo { index: 0, size: 1, id: 7 };
        let text = migration::encode(&refs, info).unwrap();
        let batch = migration::decode(&text).unwrap();
        prop_assert_eq!(batch.info, info);
        let back: Vec<Account> = batch.entries.into_iter().map(|e| e.unwrap().account).collect();
        prop_assert_eq!(back, accounts);
    }

    #[test]
    fn totp_agrees_with_totp_rs(
        secret in proptest::collection::vec(any::<u8>(), 1..80),
        alg in algorithm(),
        digits in 6u8..=8,
        period in 1u64..=300,
        at in 0u64..=4_000_000_000,
    ) {
        let ours = Account::new(Kind::Totp { period: period as u32 }, "", "", alg, digits, Secret::new(secret.clone())).unwrap();
        let theirs = totp_rs::Builder::new()
            .with_secret(totp_rs::Secret::from(secret))
            .with_algorithm(match alg {
                Algorithm::Sha1 => totp_rs::Algorithm::SHA1,
                Algorithm::Sha256 => totp_rs::Algorithm::SHA256,
                Algorithm::Sha512 => totp_rs::Algorithm::SHA512,
            })
            .with_digits(digits)
            .with_step_duration(period)
            .build_noncompliant();
        prop_assert_eq!(otp::code_at(&ours, at).text, theirs.generate(at).to_string());
    }
}
