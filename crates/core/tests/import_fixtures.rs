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

/// What a format cannot carry, and so yields with the documented defaults (and a warning).
#[derive(Clone, Copy, Default)]
struct Lacks {
    /// Every account is TOTP, 30 s (Microsoft Authenticator keeps no type).
    kind: bool,
    /// SHA-1 for every account.
    algorithm: bool,
    /// 6 digits.
    digits: bool,
    /// 30 seconds for TOTP.
    period: bool,
    /// The format's own issuer for every account (Steam).
    issuer: Option<&'static str>,
    /// The app keeps names in lower case (TOTP Authenticator).
    lower_case_names: bool,
}

const EXACT: Lacks = Lacks {
    kind: false,
    algorithm: false,
    digits: false,
    period: false,
    issuer: None,
    lower_case_names: false,
};

/// The account of plain.txt as a format that lacks these fields yields it.
fn as_held(a: &Account, lacks: Lacks) -> Account {
    use sesame_core::account::{Algorithm, Kind};
    let kind = match a.kind() {
        _ if lacks.kind => Kind::Totp { period: 30 },
        Kind::Totp { .. } if lacks.period => Kind::Totp { period: 30 },
        k => k,
    };
    let algorithm = if lacks.algorithm {
        Algorithm::Sha1
    } else {
        a.algorithm()
    };
    let digits = if lacks.digits || (lacks.kind && a.kind() == Kind::Steam) {
        6
    } else {
        a.digits()
    };
    let issuer = lacks.issuer.unwrap_or(a.issuer());
    let name = if lacks.lower_case_names {
        a.name().to_lowercase()
    } else {
        a.name().to_owned()
    };
    if kind == Kind::Steam {
        return Account::steam(issuer, &name, a.secret().clone()).unwrap();
    }
    Account::new(kind, issuer, &name, algorithm, digits, a.secret().clone()).unwrap()
}

/// (file, format, password, how many of the 7 it holds, what the format lacks)
const CASES: &[(&str, Format, Option<&str>, usize, Lacks)] = &[
    ("plain.txt", Format::Uris, None, 7, EXACT),
    ("aegis_plain.json", Format::Aegis, None, 7, EXACT),
    (
        "aegis_encrypted.json",
        Format::Aegis,
        Some("test"),
        7,
        EXACT,
    ),
    (
        "2fas_authenticator_plain_v4.2fas",
        Format::TwoFas,
        None,
        5,
        EXACT,
    ),
    (
        "2fas_authenticator_encrypted_v4.2fas",
        Format::TwoFas,
        Some("test"),
        5,
        EXACT,
    ),
    ("andotp_plain.json", Format::AndOtp, None, 7, EXACT),
    (
        "andotp_encrypted.bin",
        Format::AndOtp,
        Some("test"),
        7,
        EXACT,
    ),
    ("bitwarden.json", Format::Bitwarden, None, 4, EXACT),
    ("freeotp_plus.json", Format::FreeOtpPlus, None, 6, EXACT),
    ("ente_auth.txt", Format::Ente, None, 7, EXACT),
    ("proton_authenticator.json", Format::Proton, None, 3, EXACT),
    ("stratum_plain.json", Format::Stratum, None, 7, EXACT),
    ("stratum_internal.db", Format::Stratum, None, 7, EXACT),
    (
        "freeotp_v2_api34.xml",
        Format::FreeOtp,
        Some("test"),
        6,
        EXACT,
    ),
    (
        "authenticator_plus.zip",
        Format::AuthenticatorPlus,
        Some("testtesttest"),
        7,
        EXACT,
    ),
    (
        "steam.json",
        Format::Steam,
        None,
        1,
        Lacks {
            issuer: Some("Steam"),
            ..EXACT
        },
    ),
    (
        "authy_encrypted.xml",
        Format::Authy,
        Some("testtest"),
        3,
        Lacks {
            algorithm: true,
            period: true,
            ..EXACT
        },
    ),
    (
        "totp_authenticator.bin",
        Format::TotpAuthenticator,
        Some("Testtest1"),
        3,
        Lacks {
            algorithm: true,
            lower_case_names: true,
            ..EXACT
        },
    ),
    (
        "google_authenticator.sqlite",
        Format::GoogleAuthenticatorDb,
        None,
        6,
        Lacks {
            algorithm: true,
            digits: true,
            period: true,
            ..EXACT
        },
    ),
    (
        "microsoft_authenticator.sqlite",
        Format::MicrosoftAuthenticator,
        None,
        7,
        Lacks {
            kind: true,
            algorithm: true,
            digits: true,
            period: true,
            ..EXACT
        },
    ),
];

#[test]
fn every_fixture_yields_exactly_its_accounts() {
    let Some(dir) = fixtures() else { return };
    let plain = plain(&dir);
    for (file, format, password, count, lacks) in CASES {
        let expected: Vec<Account> = plain.iter().map(|a| as_held(a, *lacks)).collect();
        let defaults = expected != plain;
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
            // A name the format cannot keep (Bitwarden's Steam items) is said in a warning.
            let same_code = |b: &Account| {
                (b.kind(), b.algorithm(), b.digits(), b.secret())
                    == (a.kind(), a.algorithm(), a.digits(), a.secret())
            };
            assert!(
                expected.contains(a)
                    || (!item.warnings.is_empty() && expected.iter().any(same_code)),
                "{file}: {} is not its line in plain.txt as the format holds it: {a:?}",
                item.label
            );
            // Where the format cannot carry a field, the documented default, with a warning.
            let carried = plain.contains(a);
            assert!(
                carried
                    || !defaults
                    || !item.warnings.is_empty()
                    || lacks.issuer.is_some()
                    || lacks.lower_case_names,
                "{file}: {} takes defaults without saying so",
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
    for (file, format, password, ..) in CASES.iter().filter(|c| c.2.is_some()) {
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
