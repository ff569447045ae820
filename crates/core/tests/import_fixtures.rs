//! Conformance: every real export in ../shared/fixtures/import yields exactly the accounts it
//! holds, each identical to its line in plain.txt (docs/formats.md 2.12). Read in place; skipped
//! with a message when ../shared is absent.

use sesame_core::import::{self, Format, ImportError};
use sesame_core::{uri, Account};
use std::path::PathBuf;

fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/import");
    if dir.is_dir() {
        Some(dir)
    } else {
        // CI always has ../shared beside the clone: there, a missing fixture is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/fixtures is missing under CI"
        );
        eprintln!(
            "skipped: {} is absent (see ../shared/README.md)",
            dir.display()
        );
        None
    }
}

fn plain(dir: &std::path::Path) -> Vec<Account> {
    std::fs::read_to_string(dir.join("plain.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| uri::parse(l).unwrap().account)
        .collect()
}

/// (file, format, password, how many of the 7 it holds)
const CASES: &[(&str, Format, Option<&str>, usize)] = &[
    ("plain.txt", Format::Uris, None, 7),
    ("aegis_plain.json", Format::Aegis, None, 7),
    ("aegis_encrypted.json", Format::Aegis, Some("test"), 7),
    ("2fas_authenticator_plain_v4.2fas", Format::TwoFas, None, 5),
    (
        "2fas_authenticator_encrypted_v4.2fas",
        Format::TwoFas,
        Some("test"),
        5,
    ),
    ("andotp_plain.json", Format::AndOtp, None, 7),
    ("andotp_encrypted.bin", Format::AndOtp, Some("test"), 7),
    ("bitwarden.json", Format::Bitwarden, None, 4),
    ("freeotp_plus.json", Format::FreeOtpPlus, None, 6),
    ("ente_auth.txt", Format::Ente, None, 7),
    ("proton_authenticator.json", Format::Proton, None, 3),
    ("stratum_plain.json", Format::Stratum, None, 7),
];

#[test]
fn every_fixture_yields_exactly_its_accounts() {
    let Some(dir) = fixtures() else { return };
    let expected = plain(&dir);
    for (file, format, password, count) in CASES {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        assert_eq!(
            import::detect(&bytes),
            Some(*format),
            "{file}: detected format"
        );
        let imported =
            import::read(&bytes, None, *password).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut got = Vec::new();
        for item in &imported.items {
            let entry = item
                .entry
                .as_ref()
                .unwrap_or_else(|e| panic!("{file}: {}: {e}", item.label));
            let a = &entry.account;
            // Where the format cannot carry a field, the documented default, with a warning.
            let same_code = |b: &Account| {
                (b.kind(), b.algorithm(), b.digits(), b.secret())
                    == (a.kind(), a.algorithm(), a.digits(), a.secret())
            };
            assert!(
                expected.contains(a)
                    || (!item.warnings.is_empty() && expected.iter().any(same_code)),
                "{file}: {} is not identical to its line in plain.txt: {a:?}",
                item.label
            );
            assert!(!got.contains(a), "{file}: {} twice", item.label);
            got.push(a.clone());
        }
        assert_eq!(got.len(), *count, "{file}");
    }
}

#[test]
fn encrypted_fixtures_need_the_right_password() {
    let Some(dir) = fixtures() else { return };
    for (file, format, password, _) in CASES.iter().filter(|c| c.2.is_some()) {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        assert_eq!(
            import::read(&bytes, None, None).err(),
            Some(ImportError::NeedsPassword(*format)),
            "{file}"
        );
        let wrong = import::read(&bytes, None, Some("not the password")).err();
        assert_eq!(wrong, Some(ImportError::WrongPassword), "{file}");
        assert_eq!(wrong.unwrap().to_string(), "wrong password");
        assert!(import::read(&bytes, None, *password).is_ok());
    }
}
