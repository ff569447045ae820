//! The exports for other apps open in independent readers (tests/readers/read.py: Python's
//! cryptography following 2FAS's documented cipher, plain parsing of Ente's and Bitwarden's
//! formats, pykeepass for KeePassXC's .kdbx), which see the same accounts Sesame wrote. The
//! test command provides the readers (SESAME_READERS_PYTHON, a venv); without them the test
//! says so and passes, except under CI.

use serde_json::{json, Value};
use sesame_core::export::{self, ExportFormat};
use sesame_core::vault::EntryMeta;
use sesame_core::{uri, Account, Kind};
use std::path::PathBuf;
use std::process::Command;

fn python() -> Option<PathBuf> {
    match std::env::var_os("SESAME_READERS_PYTHON") {
        Some(p) => Some(PathBuf::from(p)),
        None => {
            assert!(
                std::env::var_os("CI").is_none(),
                "SESAME_READERS_PYTHON is unset under CI (scripts/test.sh sets it)"
            );
            eprintln!("skipped: SESAME_READERS_PYTHON is unset (scripts/test.sh sets it up)");
            None
        }
    }
}

fn accounts() -> Vec<(Account, EntryMeta)> {
    [
        "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
        "otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20",
        "otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&digits=8&counter=10300",
        "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing",
        "otpauth://totp/Caf%C3%A9%20%26%20Co:m%C3%BCller%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Caf%C3%A9%20%26%20Co",
    ]
    .iter()
    .enumerate()
    .map(|(i, line)| {
        let meta = EntryMeta {
            note: if i == 1 { "codes: 1234 5678".into() } else { String::new() },
            group: if i < 2 { "Work & Play".into() } else { String::new() },
            favorite: i == 3,
            ..EntryMeta::default()
        };
        (uri::parse(line).unwrap().account, meta)
    })
    .collect()
}

/// What the reader must see: the fields the format holds (null for those it has none of).
fn expected(a: &Account, m: &EntryMeta, group: bool, note: bool, favorite: bool) -> Value {
    let (period, counter) = match a.kind() {
        Kind::Totp { period } => (json!(period), Value::Null),
        Kind::Steam => (json!(30), Value::Null),
        Kind::Hotp { counter } => (Value::Null, json!(counter)),
    };
    json!({
        "kind": a.kind().name(), "issuer": a.issuer(), "name": a.name(),
        "secret": a.secret().to_base32().trim_end_matches('='), "algorithm": a.algorithm().name(),
        "digits": a.digits(), "period": period, "counter": counter,
        "group": if group { json!(m.group) } else { Value::Null },
        "note": if note { json!(m.note) } else { Value::Null },
        "favorite": if favorite { json!(m.favorite) } else { Value::Null },
    })
}

fn read(
    python: &PathBuf,
    format: ExportFormat,
    file: &std::path::Path,
    password: Option<&str>,
) -> Vec<Value> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/readers/read.py");
    let mut command = Command::new(python);
    command.arg(script).arg(format.name()).arg(file);
    command.args(password);
    let out = command.output().expect("the readers' Python runs");
    assert!(
        out.status.success(),
        "{}: {}",
        format.name(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn each_export_opens_in_its_apps_reader() {
    let Some(python) = python() else { return };
    let all = accounts();
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let dir = tempfile::tempdir().unwrap();
    // (format, password, holds HOTP, keeps groups, notes, favourites)
    let cases = [
        (ExportFormat::TwoFas, None, true, (true, false, false)),
        (
            ExportFormat::TwoFasEncrypted,
            Some("pässword 2fas"),
            true,
            (true, false, false),
        ),
        (ExportFormat::Ente, None, true, (true, true, true)),
        (ExportFormat::Bitwarden, None, false, (true, true, true)),
        (
            ExportFormat::KeePassXc,
            Some("pässword kdbx"),
            false,
            (true, true, false),
        ),
    ];
    for (format, password, hotp, (group, note, favorite)) in cases {
        let out = export::export(format, &refs, password).unwrap();
        let path = dir.path().join(&out.files[0].0);
        std::fs::write(&path, &out.files[0].1).unwrap();
        let mut seen = read(&python, format, &path, password);
        let mut want: Vec<Value> = all
            .iter()
            .filter(|(a, _)| hotp || a.kind().name() != "hotp")
            .map(|(a, m)| expected(a, m, group, note, favorite))
            .collect();
        if format == ExportFormat::KeePassXc {
            // A database keeps no order.
            let key = |v: &Value| v["issuer"].to_string();
            seen.sort_by_key(key);
            want.sort_by_key(key);
        }
        assert_eq!(seen, want, "{}", format.name());
        eprintln!(
            "{}: {} accounts read back by the independent reader",
            format.name(),
            seen.len()
        );
    }
}

/// A KDBX 3.1 file made by KeePassXC itself (keepassxc-cli import, AES-KDF) and a KDBX 4 file
/// written by pykeepass (Argon2), each with a password and a key file, read by Sesame.
#[test]
fn keepass_databases_from_keepassxc_and_pykeepass() {
    use sesame_core::import::{self, Format, ImportError};
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("database.key");
    std::fs::write(
        &key_file,
        b"any file can be a KeePass key file: its SHA-256 is the key",
    )
    .unwrap();
    let readers = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/readers");

    // KeePassXC: the XML KeePass itself exports, imported by keepassxc-cli into a new database.
    let kdbx3 = dir.path().join("keepassxc.kdbx");
    let mut cli = Command::new("keepassxc-cli")
        .args(["import", "-q", "-p", "-t", "100", "--set-key-file"])
        .arg(&key_file)
        .arg(readers.join("keepassxc.xml"))
        .arg(&kdbx3)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("keepassxc-cli (apt: keepassxc) is installed by the test command");
    use std::io::Write as _;
    cli.stdin
        .take()
        .unwrap()
        .write_all(b"pw one\npw one\n")
        .unwrap();
    assert!(cli.wait().unwrap().success());
    // pykeepass.
    let kdbx4 = dir.path().join("pykeepass.kdbx");
    let status = Command::new(&python)
        .arg(readers.join("write_kdbx.py"))
        .arg(&kdbx4)
        .arg("pw two")
        .arg(&key_file)
        .status()
        .unwrap();
    assert!(status.success());

    let key = std::fs::read(&key_file).unwrap();
    let read = |file: &PathBuf, password: &str| -> Vec<(String, String, String)> {
        let bytes = std::fs::read(file).unwrap();
        assert_eq!(import::detect(&bytes), Some(Format::KeePass));
        assert_eq!(
            import::read_with_key_file(&bytes, None, None, None).err(),
            Some(ImportError::NeedsPassword(Format::KeePass))
        );
        assert_eq!(
            import::read_with_key_file(&bytes, None, Some(password), None).err(),
            Some(ImportError::WrongPassword),
            "the key file is part of the key"
        );
        assert_eq!(
            import::read_with_key_file(&bytes, None, Some("wrong"), Some(&key)).err(),
            Some(ImportError::WrongPassword)
        );
        let imported =
            import::read_with_key_file(&bytes, None, Some(password), Some(&key)).unwrap();
        let mut got: Vec<(String, String, String)> = imported
            .items
            .into_iter()
            .map(|i| {
                let e = i.entry.unwrap_or_else(|e| panic!("{}: {e}", i.label));
                (
                    uri::format(&e.account).to_string(),
                    e.meta.group,
                    e.meta.note,
                )
            })
            .collect();
        got.sort();
        got
    };
    let full = |line: &str| uri::format(&uri::parse(line).unwrap().account).to_string();
    let deno = (
        full("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno"),
        "Work".to_owned(),
        "recovery codes in the safe".to_owned(),
    );
    let boeing = (
        full("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing"),
        String::new(),
        String::new(),
    );
    assert_eq!(read(&kdbx3, "pw one"), [boeing.clone(), deno.clone()]);
    let plain = |line: &str| (full(line), String::new(), String::new());
    let mut want = vec![
        deno,
        boeing,
        plain("otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20"),
        plain("otpauth://totp/Airbnb:Elijah?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Airbnb&digits=8&period=50"),
        plain("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1"),
        plain("otpauth://totp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&digits=8"),
    ];
    want.sort();
    assert_eq!(read(&kdbx4, "pw two"), want);
}
