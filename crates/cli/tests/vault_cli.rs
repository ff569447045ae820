//! The CLI's vault commands (add, list, code QUERY, remove, profile …) through the real binary,
//! on a real data directory. Keyring cases need SESAME_REAL_KEYRING=1 (the README's test command).

use assert_cmd::Command;
use serde_json::{json, Value};
use std::path::Path;

struct Out {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Out {
    let mut cmd = Command::cargo_bin("sesame-cli").unwrap();
    cmd.env("SESAME_DATA_DIR", dir)
        .args(args)
        .write_stdin(stdin);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    Out {
        status: o.status.code().unwrap(),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

fn run(dir: &Path, args: &[&str], stdin: &str) -> Out {
    run_in(dir, args, stdin, &[])
}

const DENO: &str = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno";
const SPDX: &str = "otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20";
const ISSUU: &str =
    "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1";

/// Runs a command on profile "Mum" with its password on stdin.
fn as_mum(dir: &Path, args: &[&str]) -> Out {
    let mut all = args.to_vec();
    all.extend(["--profile", "Mum", "--password-stdin"]);
    run(dir, &all, "tulip orbit anvil\n")
}

/// A data directory with a password profile "Mum" holding three entries.
fn mum() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(
        run(
            d,
            &["profile", "create", "Mum", "--password-stdin"],
            "tulip orbit anvil\n"
        )
        .status,
        0
    );
    for uri in [DENO, SPDX, ISSUU] {
        let o = as_mum(d, &["add", uri]);
        assert_eq!(o.status, 0, "{}", o.stderr);
    }
    dir
}

#[test]
fn add_list_and_code_with_a_password_profile() {
    let dir = mum();
    let d = dir.path();
    let o = as_mum(d, &["list", "--json"]);
    assert_eq!(o.status, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v[0],
        json!({"type": "totp", "issuer": "Deno", "account": "Mason", "algorithm": "SHA1", "digits": 6, "period": 30,
               "counter": null, "warnings": [], "id": "1", "group": "", "note": "", "favorite": false})
    );
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert_eq!(
        (
            v[2]["type"].clone(),
            v[2]["counter"].clone(),
            v[2]["period"].clone()
        ),
        (json!("hotp"), json!(1), Value::Null)
    );
    assert!(!o.stdout.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
    let revealed = as_mum(d, &["list", "--json", "--reveal"]).stdout;
    assert!(
        revealed.contains("\"uri\": \"otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ")
    );
    let code = as_mum(d, &["code", "deno", "--at", "1700000000"]);
    assert_eq!((code.status, code.stdout.as_str()), (0, "790195\n"));
    let spdx = as_mum(d, &["code", "SPDX", "--at", "1700000000"]);
    assert_eq!(spdx.stdout, "9993814\n");
}

#[test]
fn hotp_code_advances_the_stored_counter() {
    let dir = mum();
    let d = dir.path();
    let first = as_mum(d, &["code", "issuu"]);
    assert_eq!(first.stdout, "253717\n");
    let second = as_mum(d, &["code", "issuu"]);
    assert_ne!(second.stdout, first.stdout);
    let v: Value = serde_json::from_str(&as_mum(d, &["list", "--json"]).stdout).unwrap();
    assert_eq!(v[2]["counter"], 3);
}

#[test]
fn passwords_wrong_missing_and_changed() {
    let dir = mum();
    let d = dir.path();
    let wrong = run(
        d,
        &["list", "--profile", "Mum", "--password-stdin"],
        "nope\n",
    );
    assert_eq!(
        (wrong.status, wrong.stderr.as_str()),
        (3, "sesame-cli: wrong password for profile Mum\n")
    );
    let missing = run(d, &["list", "--profile", "Mum"], "");
    assert_eq!(missing.status, 3);
    assert_eq!(missing.stderr, "sesame-cli: profile Mum needs its password: give it with --password-stdin or type it at a terminal\n");
    let change = run(
        d,
        &["profile", "passwd", "Mum"],
        "tulip orbit anvil\nnew lantern meadow\n",
    );
    assert_eq!(change.status, 0, "{}", change.stderr);
    assert_eq!(as_mum(d, &["list"]).status, 3);
    assert_eq!(
        run(
            d,
            &["list", "--profile", "Mum", "--password-stdin"],
            "new lantern meadow\n"
        )
        .status,
        0
    );
    let bad_old = run(
        d,
        &["profile", "passwd", "Mum"],
        "tulip orbit anvil\nother\n",
    );
    assert_eq!(
        (bad_old.status, bad_old.stderr.as_str()),
        (3, "sesame-cli: wrong password for profile Mum\n")
    );
}

#[test]
fn ambiguous_and_unknown_queries() {
    let dir = mum();
    let d = dir.path();
    let many = as_mum(d, &["code", "james"]);
    assert_eq!(many.status, 4);
    assert_eq!(many.stderr, "sesame-cli: 'james' matches 2 entries:\nsesame-cli: 2\tSPDX: James\nsesame-cli: 3\tIssuu: James\n");
    let none = as_mum(d, &["code", "paypal"]);
    assert_eq!(
        (none.status, none.stderr.as_str()),
        (1, "sesame-cli: no entry matches 'paypal'\n")
    );
    // An empty query is a mistake in the call (2), not a missing entry (1).
    for empty in ["", "  "] {
        let o = as_mum(d, &["code", empty]);
        assert_eq!(
            (o.status, o.stderr.as_str()),
            (2, "sesame-cli: the query is empty: give part of the account's issuer or name, or its id\n"),
            "{empty:?}"
        );
    }
    let unknown = run(
        d,
        &["list", "--profile", "Dad", "--password-stdin"],
        "tulip orbit anvil\n",
    );
    assert_eq!(
        (unknown.status, unknown.stderr.as_str()),
        (2, "sesame-cli: there is no profile named 'Dad'\n")
    );
}

#[test]
fn remove_asks_unless_yes() {
    let dir = mum();
    let d = dir.path();
    let refused = as_mum(d, &["remove", "deno"]);
    assert_eq!(refused.status, 2);
    assert_eq!(as_mum(d, &["remove", "deno", "--yes"]).status, 0);
    let v: Value = serde_json::from_str(&as_mum(d, &["list", "--json"]).stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(as_mum(d, &["remove", "deno", "--yes"]).status, 1);
}

#[test]
fn profiles_list_recovery_and_delete() {
    let dir = mum();
    let d = dir.path();
    let key = run(
        d,
        &["profile", "recovery", "Mum", "--password-stdin"],
        "tulip orbit anvil\n",
    );
    assert_eq!(key.status, 0, "{}", key.stderr);
    assert_eq!(key.stdout.trim().len(), 39);
    let v: Value =
        serde_json::from_str(&run(d, &["profile", "list", "--json"], "").stdout).unwrap();
    assert_eq!(
        v,
        json!([{"name": "Mum", "password": true, "keyring": false, "recovery": true}])
    );
    assert_eq!(
        run(
            d,
            &["profile", "delete", "Mum", "--yes", "--password-stdin"],
            "wrong\n"
        )
        .status,
        3
    );
    assert_eq!(
        run(
            d,
            &["profile", "delete", "Mum", "--yes", "--password-stdin"],
            "tulip orbit anvil\n"
        )
        .status,
        0
    );
    assert_eq!(
        run(d, &["profile", "list", "--json"], "").stdout.trim(),
        "[]"
    );
    // An obviously weak password is refused, saying why; nothing is created.
    let weak = run(
        d,
        &["profile", "create", "X", "--password-stdin"],
        "password\n",
    );
    assert_eq!(
        (weak.status, weak.stderr.as_str()),
        (2, "sesame-cli: this password is too easy to guess (it would be among the first guesses): This is a top-10 common password.\n")
    );
    let exists = run(
        d,
        &["profile", "create", "X", "--password-stdin"],
        "amber quiet lantern\n",
    );
    assert_eq!(exists.status, 0);
    let again = run(
        d,
        &["profile", "create", "X", "--password-stdin"],
        "amber quiet lantern\n",
    );
    assert_eq!(
        (again.status, again.stderr.as_str()),
        (2, "sesame-cli: a profile named 'X' already exists\n")
    );
}

#[test]
fn a_damaged_entry_is_listed_as_such() {
    let dir = mum();
    let d = dir.path();
    let conn = rusqlite::Connection::open(d.join("sesame.db")).unwrap();
    conn.execute("UPDATE entries SET payload = substr(payload, 1, 30) || x'00' || substr(payload, 32) WHERE id = 2", []).unwrap();
    drop(conn);
    let o = as_mum(d, &["list", "--json"]);
    assert_eq!(o.status, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v[1],
        json!({"id": "2", "error": "it cannot be decrypted: it is damaged, or was moved from another profile"})
    );
    assert_eq!(v[0]["issuer"], "Deno");
    assert_eq!(v[2]["issuer"], "Issuu");
}

#[test]
fn an_unusable_data_directory_or_database_exits_5() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let o = run(&file.join("data"), &["profile", "list"], "");
    assert_eq!(o.status, 5);
    assert!(
        o.stderr
            .starts_with("sesame-cli: cannot use the data directory"),
        "{}",
        o.stderr
    );
    let d = dir.path().join("data");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("sesame.db"), "not a database, just text that someone saved here by mistake, long enough to hold a header").unwrap();
    let o = run(&d, &["list", "--json"], "");
    assert_eq!(o.status, 5);
    assert!(o.stderr.contains("is not a Sesame database (it does not start with SQLite's header); it was left untouched"), "{}", o.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn no_keyring_service_says_so_and_suggests_a_password() {
    let dir = tempfile::tempdir().unwrap();
    let no_bus = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/sesame-test-bus",
    )];
    let o = run_in(dir.path(), &["add", DENO], "", &no_bus);
    assert_eq!(o.status, 5, "{}", o.stderr);
    assert!(
        o.stderr
            .starts_with("sesame-cli: no keyring service is available ("),
        "{}",
        o.stderr
    );
    assert!(o.stderr.trim_end().ends_with("so the default profile needs a password: sesame-cli profile create default --password-stdin"), "{}", o.stderr);
    // With a password instead, it works, and nothing needs the keyring later.
    assert_eq!(
        run_in(
            dir.path(),
            &["profile", "create", "default", "--password-stdin"],
            "tulip orbit anvil\n",
            &no_bus
        )
        .status,
        0
    );
    assert_eq!(
        run_in(
            dir.path(),
            &["add", DENO, "--password-stdin"],
            "tulip orbit anvil\n",
            &no_bus
        )
        .status,
        0
    );
}

fn real_keyring() -> bool {
    let on = std::env::var_os("SESAME_REAL_KEYRING").is_some();
    if !on {
        eprintln!(
            "skipped: keyring cases run with SESAME_REAL_KEYRING=1 (the README's test command)"
        );
    }
    on
}

#[test]
fn first_use_creates_a_keyring_profile_that_asks_nothing() {
    if !real_keyring() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let add = run(d, &["add", DENO], "");
    assert_eq!(
        (add.status, add.stdout.as_str()),
        (0, "1\n"),
        "{}",
        add.stderr
    );
    assert!(
        add.stderr.contains("protected only by the OS keyring"),
        "the recovery reminder: {}",
        add.stderr
    );
    assert_eq!(
        run(d, &["code", "deno", "--at", "1700000000"], "").stdout,
        "790195\n"
    );
    let v: Value =
        serde_json::from_str(&run(d, &["profile", "list", "--json"], "").stdout).unwrap();
    assert_eq!(
        v,
        json!([{"name": "default", "password": false, "keyring": true, "recovery": false}])
    );
    assert_eq!(run(d, &["profile", "recovery", "default"], "").status, 0);
    assert!(!run(d, &["add", SPDX], "")
        .stderr
        .contains("protected only by the OS keyring"));
    // A password replaces the keyring; removing it brings the keyring back.
    assert_eq!(
        run(d, &["profile", "passwd", "default"], "tulip orbit anvil\n").status,
        0
    );
    let v: Value =
        serde_json::from_str(&run(d, &["profile", "list", "--json"], "").stdout).unwrap();
    assert_eq!(
        v[0],
        json!({"name": "default", "password": true, "keyring": false, "recovery": true})
    );
    assert_eq!(run(d, &["list"], "").status, 3);
    assert_eq!(
        run(
            d,
            &["profile", "passwd", "default"],
            "tulip orbit anvil\n\n"
        )
        .status,
        0
    );
    assert_eq!(run(d, &["list"], "").status, 0);
    assert_eq!(
        run(d, &["profile", "delete", "default", "--yes"], "").status,
        0
    );
}
