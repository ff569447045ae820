//! import and export through the real binary, on real data directories, with the real exports
//! in ../shared/fixtures/import (skipped with a message when ../shared is absent). Profiles are
//! password profiles so no keyring is needed.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

struct Out {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs sesame-cli on profile "Kid" (its password the first line of stdin), with more stdin lines.
fn kid(dir: &Path, args: &[&str], more_stdin: &str) -> Out {
    let o = Command::cargo_bin("sesame-cli")
        .unwrap()
        .env("SESAME_DATA_DIR", dir)
        .args(args)
        .args(["--profile", "Kid", "--password-stdin"])
        .write_stdin(format!("tulip orbit anvil\n{more_stdin}"))
        .output()
        .unwrap();
    Out {
        status: o.status.code().unwrap(),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

fn profile() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::cargo_bin("sesame-cli")
        .unwrap()
        .env("SESAME_DATA_DIR", dir.path())
        .args(["profile", "create", "Kid", "--password-stdin"])
        .write_stdin("tulip orbit anvil\n")
        .output()
        .unwrap();
    assert!(o.status.success());
    dir
}

fn fixture(name: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/import");
    if dir.is_dir() {
        Some(dir.join(name))
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

fn count(dir: &Path) -> usize {
    let o = kid(dir, &["list", "--json"], "");
    serde_json::from_str::<Vec<Value>>(&o.stdout).unwrap().len()
}

#[test]
fn preview_then_import_then_all_duplicates() {
    let Some(file) = fixture("aegis_encrypted.json") else {
        return;
    };
    let dir = profile();
    let d = dir.path();
    let f = file.to_str().unwrap();

    // The file's password is the second line after the profile's.
    let o = kid(
        d,
        &[
            "import",
            f,
            "--dry-run",
            "--json",
            "--backup-password-stdin",
        ],
        "test\n",
    );
    assert_eq!(o.status, 0, "{}", o.stderr);
    let rows: Vec<Value> = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(rows.len(), 7);
    assert!(rows
        .iter()
        .all(|r| r["status"] == "new" && r["error"].is_null()));
    assert!(
        !o.stdout.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"),
        "no secret without --reveal"
    );
    assert_eq!(count(d), 0, "a dry run writes nothing");

    let o = kid(d, &["import", f, "--backup-password-stdin"], "test\n");
    assert_eq!(o.status, 0, "{}", o.stderr);
    assert!(o.stderr.contains("Imported 7"), "{}", o.stderr);
    assert_eq!(count(d), 7);

    let o = kid(d, &["import", f, "--backup-password-stdin"], "test\n");
    assert_eq!(o.status, 0);
    assert!(
        o.stderr.contains("Imported 0, skipped 7 duplicates"),
        "{}",
        o.stderr
    );
    assert_eq!(count(d), 7);
}

#[test]
fn wrong_password_is_status_3() {
    let Some(file) = fixture("2fas_authenticator_encrypted_v4.2fas") else {
        return;
    };
    let dir = profile();
    let o = kid(
        dir.path(),
        &["import", file.to_str().unwrap(), "--backup-password-stdin"],
        "nope\n",
    );
    assert_eq!(
        (o.status, o.stderr.trim()),
        (3, "sesame-cli: wrong password")
    );
    // Without a password and without a terminal: status 3, saying how to give it.
    let o = kid(dir.path(), &["import", file.to_str().unwrap()], "");
    assert_eq!(o.status, 3, "{}", o.stderr);
    assert_eq!(count(dir.path()), 0);
}

#[test]
fn bad_files_say_what_is_wrong_and_write_nothing() {
    let Some(aegis) = fixture("aegis_plain.json") else {
        return;
    };
    let dir = profile();
    let d = dir.path();
    let scratch = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = scratch.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let text = std::fs::read_to_string(&aegis).unwrap();
    let cases: Vec<(PathBuf, Vec<&str>, &str)> = vec![
        (
            write("cut.json", &text.as_bytes()[..text.len() / 2]),
            vec![],
            "not an export Sesame knows",
        ),
        (
            aegis.clone(),
            vec!["--format", "2fas"],
            "not 2FAS: no 'services' list",
        ),
        (
            write("other.json", br#"{"hello": [1, 2, 3]}"#),
            vec![],
            "not an export Sesame knows",
        ),
        (
            write("cut-forced.json", &text.as_bytes()[..text.len() / 2]),
            vec!["--format", "aegis"],
            "not Aegis: not valid JSON",
        ),
    ];
    for (path, extra, message) in cases {
        let mut args = vec!["import", path.to_str().unwrap()];
        args.extend(extra);
        let o = kid(d, &args, "");
        assert_eq!(o.status, 2, "{}: {}", path.display(), o.stderr);
        assert!(
            o.stderr.contains(message),
            "{}: {}",
            path.display(),
            o.stderr
        );
    }
    // 100 MB: refused before it is read, naming the limit.
    let big = scratch.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let o = kid(d, &["import", big.to_str().unwrap()], "");
    assert_eq!(o.status, 2);
    assert!(o.stderr.contains("larger than 16 MiB"), "{}", o.stderr);
    assert_eq!(count(d), 0);
}

#[test]
fn one_corrupt_entry_among_seven() {
    let Some(aegis) = fixture("aegis_plain.json") else {
        return;
    };
    let mut file: Value = serde_json::from_str(&std::fs::read_to_string(aegis).unwrap()).unwrap();
    file["db"]["entries"][2]["info"]["secret"] = "NOT*BASE32".into();
    let scratch = tempfile::tempdir().unwrap();
    let path = scratch.path().join("one-bad.json");
    std::fs::write(&path, file.to_string()).unwrap();
    let dir = profile();
    let o = kid(dir.path(), &["import", path.to_str().unwrap()], "");
    assert_eq!(o.status, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("Imported 6, 1 could not be imported: Airbnb: Elijah (secret is not valid Base32: unexpected '*' at position 4)"),
        "{}",
        o.stderr
    );
    assert_eq!(count(dir.path()), 6);
}

#[test]
fn exports_read_back_through_the_cli() {
    let Some(plain) = fixture("plain.txt") else {
        return;
    };
    let dir = profile();
    let d = dir.path();
    assert_eq!(kid(d, &["import", plain.to_str().unwrap()], "").status, 0);
    let before = kid(d, &["list", "--json", "--reveal"], "").stdout;
    let scratch = tempfile::tempdir().unwrap();
    for (format, password) in [
        ("sesame", "backup kettle pw\n"),
        ("aegis-encrypted", "aegis kayak violet\n"),
        ("aegis", ""),
        ("uris", ""),
        ("2fas-encrypted", "two factor sunrise\n"),
        ("2fas", ""),
        ("ente", ""),
    ] {
        let out = scratch.path().join(format!("export-{format}"));
        let o = kid(
            d,
            &[
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
                "--backup-password-stdin",
            ],
            password,
        );
        assert_eq!(o.status, 0, "{format}: {}", o.stderr);
        assert_eq!(
            o.stderr.contains("unencrypted"),
            password.is_empty(),
            "{format}: {}",
            o.stderr
        );
        let again = kid(
            d,
            &["export", "--format", format, "--out", out.to_str().unwrap()],
            password,
        );
        assert_eq!(again.status, 2, "refuses to overwrite without --force");

        let other = profile();
        let o = kid(
            other.path(),
            &["import", out.to_str().unwrap(), "--backup-password-stdin"],
            password,
        );
        assert_eq!(o.status, 0, "{format}: {}", o.stderr);
        let after = kid(other.path(), &["list", "--json", "--reveal"], "").stdout;
        let uris = |s: &str| -> Vec<Value> {
            serde_json::from_str::<Vec<Value>>(s)
                .unwrap()
                .iter()
                .map(|e| e["uri"].clone())
                .collect()
        };
        assert_eq!(uris(&after), uris(&before), "{format}");
    }
    // KeePassXC holds no HOTP: the others come back, and the three left out are named.
    let kdbx = scratch.path().join("sesame.kdbx");
    let o = kid(
        d,
        &[
            "export",
            "--format",
            "keepassxc",
            "--out",
            kdbx.to_str().unwrap(),
            "--backup-password-stdin",
        ],
        "kettle harbour quartz\n",
    );
    assert_eq!(o.status, 0, "{}", o.stderr);
    assert_eq!(
        o.stderr
            .matches("KeePassXC cannot hold HOTP accounts")
            .count(),
        3,
        "{}",
        o.stderr
    );
    let other = profile();
    let missing_key = kid(
        other.path(),
        &[
            "import",
            kdbx.to_str().unwrap(),
            "--key-file",
            "/nonexistent/key",
            "--backup-password-stdin",
        ],
        "kettle harbour quartz\n",
    );
    assert_eq!(missing_key.status, 2);
    assert!(
        missing_key.stderr.contains("cannot read /nonexistent/key"),
        "{}",
        missing_key.stderr
    );
    let import = |password: &str| {
        kid(
            other.path(),
            &["import", kdbx.to_str().unwrap(), "--backup-password-stdin"],
            password,
        )
    };
    let wrong = import("kettle harbour quarts\n");
    assert_eq!(
        (wrong.status, wrong.stderr.trim()),
        (3, "sesame-cli: wrong password")
    );
    let o = import("kettle harbour quartz\n");
    assert_eq!(o.status, 0, "{}", o.stderr);
    assert_eq!(count(other.path()), 4);
    let qr_dir = scratch.path().join("google");
    let o = kid(
        d,
        &[
            "export",
            "--format",
            "google-qr",
            "--out",
            qr_dir.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(o.status, 0, "{}", o.stderr);
    assert!(qr_dir.join("google-1-of-1.png").is_file());
    assert!(o.stderr.contains("not exported: Google Authenticator cannot hold SPDX: James: its codes last 30 seconds only"), "{}", o.stderr);
}

/// An export's password must not be obviously weak; `--force` replaces what stands at the
/// path with a private file: a 0644 file becomes 0600, and a symbolic link is replaced, never
/// written through (the file it points to is left alone).
#[cfg(unix)]
#[test]
fn exports_refuse_weak_passwords_and_never_write_through_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = profile();
    let d = dir.path();
    let add = kid(
        d,
        &[
            "add",
            "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
        ],
        "",
    );
    assert_eq!(add.status, 0, "{}", add.stderr);
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("backup.json");
    let export = |path: &Path, password: &str| {
        kid(
            d,
            &[
                "export",
                "--format",
                "sesame",
                "--out",
                path.to_str().unwrap(),
                "--force",
                "--backup-password-stdin",
            ],
            password,
        )
    };
    let weak = export(&out, "password\n");
    assert_eq!(
        (weak.status, weak.stderr.as_str()),
        (2, "sesame-cli: this password is too easy to guess (it would be among the first guesses): This is a top-10 common password.\n")
    );
    assert!(!out.exists());

    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(export(&out, "harbour kettle violin\n").status, 0);
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );

    let victim = scratch.path().join("victim");
    std::fs::write(&victim, "keep me").unwrap();
    let link = scratch.path().join("link.json");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert_eq!(export(&link, "harbour kettle violin\n").status, 0);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
}
