//! The variants ../shared/fixtures lacks (encrypted Ente and Stratum, andOTP's old encryption,
//! Bitwarden CSV, 2FAS schema 1, Aegis vault version 2), written by independent implementations
//! (tests/fixtures/import/make.py: libsodium, pycryptodome, argon2-cffi), and hostile files.

use sesame_core::import::{self, Format, ImportError};
use sesame_core::{uri, Account};
use std::path::PathBuf;

const DENO: &str = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno";
const WWE: &str = "otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&digits=8&counter=10300";
const BOEING: &str =
    "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing";

fn read(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn account(line: &str) -> Account {
    uri::parse(line).unwrap().account
}

/// The entries a file yields with password "test", its format detected.
fn entries(name: &str, format: Format) -> Vec<sesame_core::vault::NewEntry> {
    let bytes = read(name);
    assert_eq!(import::detect(&bytes), Some(format), "{name}");
    let imported =
        import::read(&bytes, None, Some("test")).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(imported.format, format);
    imported
        .items
        .into_iter()
        .map(|i| {
            i.entry
                .unwrap_or_else(|e| panic!("{name}: {}: {e}", i.label))
        })
        .collect()
}

/// The accounts and groups a file yields.
fn yields(name: &str, format: Format) -> Vec<(Account, String)> {
    entries(name, format)
        .into_iter()
        .map(|e| (e.account, e.meta.group))
        .collect()
}

#[test]
fn encrypted_ente_and_stratum() {
    let want = vec![
        (account(DENO), String::new()),
        (account(WWE), String::new()),
        (account(BOEING), String::new()),
    ];
    assert_eq!(yields("ente_encrypted.json", Format::Ente), want);
    let with_group = vec![
        (account(DENO), String::new()),
        (account(WWE), String::new()),
        (account(BOEING), "Travel".to_owned()),
    ];
    assert_eq!(yields("stratum_strong.bin", Format::Stratum), with_group);
    assert_eq!(yields("stratum_legacy.bin", Format::Stratum), with_group);
    for name in [
        "ente_encrypted.json",
        "stratum_strong.bin",
        "stratum_legacy.bin",
    ] {
        let wrong = import::read(&read(name), None, Some("wrong")).err();
        assert_eq!(wrong, Some(ImportError::WrongPassword), "{name}");
    }
}

#[test]
fn older_and_leaner_variants() {
    assert_eq!(
        yields("andotp_old_encrypted.bin", Format::AndOtp),
        vec![
            (account(DENO), String::new()),
            (account(WWE), String::new())
        ]
    );
    // 2FAS schema 1: the service name is the issuer; spaces in the secret are ignored.
    assert_eq!(
        yields("2fas_schema1.2fas", Format::TwoFas),
        vec![(account(DENO), String::new())]
    );
    assert_eq!(
        yields("aegis_v2_grouped.json", Format::Aegis),
        vec![(account(WWE), "Sports".to_owned())]
    );
}

#[test]
fn bitwarden_csv() {
    let bytes = read("bitwarden.csv");
    assert_eq!(import::detect(&bytes), Some(Format::Bitwarden));
    let imported = import::read(&bytes, None, None).unwrap();
    assert_eq!(
        imported.items.len(),
        2,
        "the login without TOTP is not an account"
    );
    let first = imported.items[0].entry.as_ref().unwrap();
    assert_eq!(first.account, account(DENO));
    assert_eq!(
        (
            first.meta.group.as_str(),
            first.meta.note.as_str(),
            first.meta.favorite
        ),
        ("Work", "recovery codes in the safe", true)
    );
    let bare = &imported.items[1];
    let e = bare.entry.as_ref().unwrap();
    assert_eq!(
        (e.account.issuer(), e.account.secret()),
        ("Deno bare", account(DENO).secret())
    );
    assert_eq!(
        bare.warnings,
        ["only a secret was stored: SHA1, 6 digits and 30 seconds assumed"]
    );
}

#[test]
fn hostile_files_are_refused_with_a_message() {
    // An Ente file asking for 4 GiB of Argon2 memory: refused before any work.
    let mut ente: serde_json::Value = serde_json::from_slice(&read("ente_encrypted.json")).unwrap();
    ente["kdfParams"]["memLimit"] = (4u64 << 30).into();
    let err = import::read(ente.to_string().as_bytes(), None, Some("test"))
        .err()
        .unwrap();
    assert_eq!(
        err.to_string(),
        "this file asks for 4 GiB of memory to unlock; Sesame refuses more than 1 GiB"
    );
    // An Aegis slot asking for scrypt N = 2^24.
    let aegis = br#"{"version":1,"header":{"slots":[{"type":1,"uuid":"x","key":"00","key_params":{"nonce":"00","tag":"00"},"n":16777216,"r":8,"p":1,"salt":"00"}],"params":{"nonce":"00","tag":"00"}},"db":"AAAA"}"#;
    let err = import::read(aegis, None, Some("test")).err().unwrap();
    assert_eq!(
        err.to_string(),
        "this file asks for 16 GiB of memory to unlock; Sesame refuses more than 1 GiB"
    );
    // A truncated Stratum file, and an empty file.
    let cut = &read("stratum_strong.bin")[..30];
    assert_eq!(
        import::read(cut, None, Some("test"))
            .err()
            .unwrap()
            .to_string(),
        "not Authenticator Pro / Stratum: the encrypted backup is cut short"
    );
    assert_eq!(
        import::read(b"", None, None).err(),
        Some(ImportError::Empty)
    );
    // Random bytes look like andOTP's encrypted format (it has no magic): the password fails.
    let noise: Vec<u8> = (0..200u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    assert_eq!(
        import::read(&noise, None, Some("test")).err(),
        Some(ImportError::WrongPassword)
    );
}

/// What a file yields (each account as the URI it equals, or the error), with the warnings.
fn uris(name: &str, format: Format) -> (Vec<String>, Vec<String>) {
    let bytes = read(name);
    assert_eq!(import::detect(&bytes), Some(format), "{name}");
    let imported = import::read(&bytes, None, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut warnings = imported.warnings.clone();
    let accounts = imported
        .items
        .into_iter()
        .map(|i| {
            warnings.extend(i.warnings);
            match i.entry {
                Ok(e) => uri::format(&e.account).to_string(),
                Err(e) => format!("error: {e}"),
            }
        })
        .collect();
    (accounts, warnings)
}

/// URIs written as briefly as possible, in the form `uri::format` gives them.
fn full<const N: usize>(lines: [&str; N]) -> Vec<String> {
    lines
        .iter()
        .map(|l| match l.strip_prefix("error: ") {
            Some(_) => l.to_string(),
            None => uri::format(&account(l)).to_string(),
        })
        .collect()
}

#[test]
fn files_from_phones() {
    // FreeOTP's tokens.xml: in the app's order, the HOTP counter one past the last shown.
    assert_eq!(
        uris("freeotp_tokens.xml", Format::FreeOtp).0,
        full([
            "otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&digits=8&counter=10300",
            "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
            "otpauth://steam/Steam:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam",
        ])
    );
    // Authy: the issuer from its own field, or the name's "Issuer - " prefix; SHA1 and 30 s,
    // said; Authy's own tokens keep their 7 digits and 10 seconds.
    let (accounts, warnings) = uris("authy_plain.xml", Format::Authy);
    assert_eq!(
        accounts,
        full([
            "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
            "otpauth://totp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&digits=8",
        ])
    );
    assert!(warnings[0].contains("Authy does not store the algorithm or period"));
    assert_eq!(
        uris("authy_own.xml", Format::Authy).0,
        full(["otpauth://totp/Twilio:?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Twilio&digits=7&period=10"])
    );
    // TOTP Authenticator's preferences: Base32 and Base64 secrets, numbers written as text.
    let (accounts, warnings) = uris("totp_authenticator.xml", Format::TotpAuthenticator);
    assert_eq!(
        accounts,
        full([
            "otpauth://totp/Deno:mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
            "otpauth://totp/WWE:mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&digits=8&period=60",
        ])
    );
    assert!(warnings
        .iter()
        .all(|w| w == "TOTP Authenticator does not store the algorithm: SHA1 assumed"));
    // Battle.net: both layouts unmask to the same secret and serial.
    let battle_net = "otpauth://totp/Battle.net:EU-1234-5678-9012?secret=KNSXGYLNMUTXGICCMF2HI3DFFZXGK5BB&issuer=Battle.net&digits=8";
    assert_eq!(
        uris("battle_net_bma.xml", Format::BattleNet).0,
        full([battle_net])
    );
    assert_eq!(
        uris("battle_net.xml", Format::BattleNet).0,
        full([battle_net])
    );
    // Duo: no issuer (said once), HOTP from the counter, the push account named as such.
    let (accounts, warnings) = uris("duo.json", Format::Duo);
    assert_eq!(
        accounts,
        full([
            "otpauth://totp/Deno?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ",
            "otpauth://hotp/Issuu?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=3",
            "error: a Duo push account: it has no code to import",
        ])
    );
    assert_eq!(
        warnings,
        ["Duo Mobile keeps no issuer: each account keeps the name it had in Duo"]
    );
    // Steam's older .maFile: one account at the top.
    assert_eq!(
        uris("steam_old.maFile", Format::Steam).0,
        full([
            "otpauth://steam/Steam:sophia_boeing?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam"
        ])
    );
}

/// What a file yields with password "test": each account as its URI, with group, note and
/// favourite.
fn with_meta(name: &str, format: Format) -> Vec<(String, String, String, bool)> {
    entries(name, format)
        .into_iter()
        .map(|e| {
            let uri = uri::format(&e.account).to_string();
            (uri, e.meta.group, e.meta.note, e.meta.favorite)
        })
        .collect()
}

#[test]
fn password_managers() {
    let deno =
        full(["otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno"]).remove(0);
    let spdx = full(["otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20"]).remove(0);
    let airbnb =
        full(["otpauth://totp/Airbnb:Elijah?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Airbnb"])
            .remove(0);
    let note = "recovery codes in the safe".to_owned();
    let s = String::new;
    // Bitwarden's password-protected export, with either key derivation: the folder, note and
    // favourite kept; the secure note without a code is not an account.
    for name in [
        "bitwarden_protected_pbkdf2.json",
        "bitwarden_protected_argon2.json",
    ] {
        assert_eq!(
            with_meta(name, Format::Bitwarden),
            [
                (deno.clone(), "Work".into(), note.clone(), true),
                (spdx.clone(), s(), s(), false)
            ],
            "{name}"
        );
        let bytes = read(name);
        assert_eq!(
            import::read(&bytes, None, None).err(),
            Some(ImportError::NeedsPassword(Format::Bitwarden))
        );
        assert_eq!(
            import::read(&bytes, None, Some("tset")).err(),
            Some(ImportError::WrongPassword)
        );
    }
    // LastPass Authenticator: a folder of one's own is the group; Favorites is a favourite.
    assert_eq!(
        with_meta("lastpass_authenticator.json", Format::LastPass),
        [
            (deno.clone(), "Work".into(), s(), false),
            (spdx.clone(), s(), s(), true)
        ]
    );
    // 1Password: the vault is the group; a URI without names takes the item's title and
    // username; a bare secret is TOTP's defaults; archived items and logins without codes are
    // not accounts.
    assert_eq!(
        with_meta("1password.1pux", Format::OnePassword),
        [
            (deno.clone(), "Work".into(), note.clone(), true),
            (spdx.clone(), "Work".into(), s(), false),
            (airbnb, "Work".into(), s(), false),
        ]
    );
    // Proton Pass: the vault is the group, pinned is a favourite, trashed items are skipped.
    assert_eq!(
        with_meta("proton_pass.zip", Format::ProtonPass),
        [
            (deno, "Personal".into(), note, true),
            (spdx, "Personal".into(), s(), false)
        ]
    );
}

/// Files of apps Sesame knows but cannot read say which app, and why.
#[test]
fn known_apps_refused_with_the_reason() {
    let mut bitwarden: serde_json::Value =
        serde_json::from_slice(&read("bitwarden_protected_pbkdf2.json")).unwrap();
    bitwarden["passwordProtected"] = false.into();
    bitwarden["items"] = serde_json::json!([]);
    let e = import::read(bitwarden.to_string().as_bytes(), None, Some("test"))
        .err()
        .unwrap();
    assert!(
        e.to_string().starts_with(
            "not Bitwarden: this Bitwarden export is encrypted with your account's key"
        ),
        "{e}"
    );
    let pgp =
        serde_json::json!({"version": "1.21", "userId": "u", "encrypted": true, "vaults": {}});
    let e = import::read(pgp.to_string().as_bytes(), None, None)
        .err()
        .unwrap();
    assert!(
        e.to_string()
            .starts_with("not Proton Pass: this Proton Pass export is encrypted with PGP"),
        "{e}"
    );
}
