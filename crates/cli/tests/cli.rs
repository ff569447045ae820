//! The CLI contract (README, "sesame-cli") for `code` and `parse`, through the real binary.

use assert_cmd::Command;
use serde_json::{json, Value};

fn cli() -> Command {
    Command::cargo_bin("sesame-cli").expect("the sesame-cli binary")
}

struct Out {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Out {
    let o = cli().args(args).output().expect("sesame-cli runs");
    Out {
        status: o.status.code().expect("exited"),
        stdout: String::from_utf8(o.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(o.stderr).expect("UTF-8 stderr"),
    }
}

const MIGRATION: &str = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";

#[test]
fn code_of_each_kind_at_a_given_time() {
    let cases = [
        ("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno", "790195"),
        ("otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&algorithm=SHA256&digits=7&period=20", "9993814"),
        ("otpauth://totp/Airbnb:Elijah?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&algorithm=SHA512&digits=8&period=50", "65516786"),
        ("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=1", "253717"),
        ("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI", "747JR"),
        ("steam://JRZCL47CMXVOQMNPZR2F7J4RGI", "747JR"),
    ];
    for (uri, want) in cases {
        let o = run(&["code", uri, "--at", "1700000000"]);
        assert_eq!(
            (o.status, o.stdout.as_str(), o.stderr.as_str()),
            (0, &*format!("{want}\n"), ""),
            "{uri}"
        );
    }
}

#[test]
fn code_defaults_to_now() {
    let o = run(&["code", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"]);
    assert_eq!(o.status, 0);
    let code = o.stdout.trim_end();
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code:?}"
    );
}

#[test]
fn invalid_input_exits_2_with_one_line() {
    let cases = [
        (vec!["code", "otpauth://totp/x?secret=JBSWY3D1EHPK3PXP"], "sesame-cli: secret is not valid Base32: unexpected '1' at position 8\n"),
        (vec!["code", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=12"], "sesame-cli: digits must be between 4 and 10, got 12\n"),
        (vec!["code", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD4"], "sesame-cli: unknown algorithm 'MD4'\n"),
        (vec!["code", "https://example.com"], "sesame-cli: not an otpauth URI: scheme is 'https'\n"),
        (vec!["parse", "https://example.com"], "sesame-cli: not an otpauth URI: scheme is 'https'\n"),
        (vec!["code", MIGRATION], "sesame-cli: an otpauth-migration URI holds several accounts: list them with `sesame-cli parse`\n"),
        (vec!["parse", "otpauth-migration://offline?data=!!"], "sesame-cli: the migration data is not valid Base64\n"),
    ];
    for (args, want) in cases {
        let o = run(&args);
        assert_eq!(
            (o.status, o.stdout.as_str(), o.stderr.as_str()),
            (2, "", want),
            "{args:?}"
        );
    }
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        vec!["code"],
        vec!["code", "otpauth://totp/x?secret=AA", "--at", "-5"],
        vec!["frobnicate"],
        vec!["parse", "x", "--nope"],
    ] {
        let o = run(&args);
        assert_eq!(o.status, 2, "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!o.stderr.contains("panicked"), "{args:?}");
    }
}

#[test]
fn help_for_each_command() {
    for args in [
        vec!["--help"],
        vec!["code", "--help"],
        vec!["parse", "--help"],
    ] {
        let o = run(&args);
        assert_eq!(o.status, 0);
        assert!(o.stdout.contains("Usage: sesame-cli"), "{}", o.stdout);
    }
}

#[test]
fn parse_json_is_the_account_object() {
    let o = run(&["parse", "--json", "otpauth://totp/Old:alice?secret=JBSWY3DPEHPK3PXP&issuer=New&algorithm=sha256&digits=8&period=60"]);
    assert_eq!(o.status, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v,
        json!({"type": "totp", "issuer": "New", "account": "alice", "algorithm": "SHA256", "digits": 8,
               "period": 60, "counter": null,
               "warnings": ["issuer parameter 'New' differs from label prefix 'Old'; using 'New'"]})
    );
    let hotp: Value = serde_json::from_str(
        &run(&[
            "parse",
            "--json",
            "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(
        (
            hotp["period"].clone(),
            hotp["counter"].clone(),
            hotp["issuer"].clone()
        ),
        (Value::Null, json!(0), json!(""))
    );
    assert_eq!(
        hotp["warnings"],
        json!(["counter parameter missing; starting at 0"])
    );
    let steam: Value =
        serde_json::from_str(&run(&["parse", "--json", "steam://JBSWY3DPEHPK3PXP"]).stdout)
            .unwrap();
    assert_eq!(
        (
            steam["type"].clone(),
            steam["digits"].clone(),
            steam["period"].clone(),
            steam["counter"].clone()
        ),
        (json!("steam"), json!(5), json!(30), Value::Null)
    );
}

#[test]
fn secrets_appear_only_with_reveal() {
    let uri = "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME";
    for args in [
        vec!["parse", uri],
        vec!["parse", "--json", uri],
        vec!["parse", MIGRATION],
        vec!["parse", "--json", MIGRATION],
    ] {
        let o = run(&args);
        assert!(
            !o.stdout.contains("JBSWY3DPEHPK3PXP") && !o.stdout.contains("uri"),
            "{args:?}: {}",
            o.stdout
        );
    }
    let v: Value =
        serde_json::from_str(&run(&["parse", "--json", "--reveal", uri]).stdout).unwrap();
    assert_eq!(v["uri"], "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME&algorithm=SHA1&digits=6&period=30");
}

#[test]
fn parse_migration_is_an_array_with_batches() {
    let o = run(&["parse", "--json", MIGRATION]);
    assert_eq!(o.status, 0);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v,
        json!([{"type": "totp", "issuer": "Example", "account": "alice@google.com", "algorithm": "SHA1",
                "digits": 6, "period": 30, "counter": null, "warnings": [],
                "batch": {"index": 0, "size": 1, "id": 123456789}}])
    );
    let text = run(&["parse", MIGRATION]).stdout;
    assert!(text.contains("batch      1 of 1 (id 123456789)"), "{text}");
}

#[test]
fn parse_text_shows_fields_and_warnings_on_stderr() {
    let o = run(&[
        "parse",
        "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4",
    ]);
    assert_eq!(o.status, 0);
    assert_eq!(o.stdout, "type       hotp\nissuer     Issuu\naccount    James\nalgorithm  SHA1\ndigits     6\ncounter    0\n");
    assert_eq!(
        o.stderr,
        "warning: counter parameter missing; starting at 0\n"
    );
}

#[test]
fn version_is_the_packages() {
    let o = run(&["--version"]);
    assert_eq!(
        (o.status, o.stdout.trim()),
        (0, concat!("sesame-cli ", env!("CARGO_PKG_VERSION")))
    );
}
