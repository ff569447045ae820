//! otpauth:// edge cases real sites and apps produce, and malformed URIs with their messages.

use sesame_core::uri::{self, format_for, Target};
use sesame_core::{Algorithm, Kind};

const S: &str = "JBSWY3DPEHPK3PXP";

/// (uri, type, issuer, account, algorithm, digits, period or counter, warnings)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Algorithm,
    u8,
    u64,
    &'static [&'static str],
);

#[rustfmt::skip]
const ACCEPTED: &[Case] = &[
    // 1. The canonical form.
    ("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME", "totp", "ACME", "alice@example.com", Algorithm::Sha1, 6, 30, &[]),
    // 2. No issuer anywhere.
    ("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP", "totp", "", "alice", Algorithm::Sha1, 6, 30, &[]),
    // 3. Issuer from the label prefix only.
    ("otpauth://totp/GitHub:bob?secret=JBSWY3DPEHPK3PXP", "totp", "GitHub", "bob", Algorithm::Sha1, 6, 30, &[]),
    // 4. Issuer from the parameter only.
    ("otpauth://totp/bob?secret=JBSWY3DPEHPK3PXP&issuer=GitHub", "totp", "GitHub", "bob", Algorithm::Sha1, 6, 30, &[]),
    // 5. Parameter and prefix differ: the parameter wins, with a warning.
    ("otpauth://totp/Old%20Name:bob?secret=JBSWY3DPEHPK3PXP&issuer=New", "totp", "New", "bob", Algorithm::Sha1, 6, 30, &["issuer parameter 'New' differs from label prefix 'Old Name'; using 'New'"]),
    // 6. Prefix and parameter differ only in case: no warning.
    ("otpauth://totp/github:bob?secret=JBSWY3DPEHPK3PXP&issuer=GitHub", "totp", "GitHub", "bob", Algorithm::Sha1, 6, 30, &[]),
    // 7. Encoded colon separator and %20 before the account.
    ("otpauth://totp/ACME%3A%20alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME", "totp", "ACME", "alice", Algorithm::Sha1, 6, 30, &[]),
    // 8. '+' in the query is a space (Aegis fixtures: issuer=Air+Canada).
    ("otpauth://hotp/Air%20Canada:Benjamin?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada&counter=50", "hotp", "Air Canada", "Benjamin", Algorithm::Sha1, 6, 50, &[]),
    // 9. '+' in the label is kept literally.
    ("otpauth://totp/a+b?secret=JBSWY3DPEHPK3PXP", "totp", "", "a+b", Algorithm::Sha1, 6, 30, &[]),
    // 10. Several colons, issuer parameter matching the first part.
    ("otpauth://totp/ACME:team:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME", "totp", "ACME", "team:alice", Algorithm::Sha1, 6, 30, &[]),
    // 11. Several colons, the issuer parameter itself holding a colon.
    ("otpauth://totp/ACME:EU:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME:EU", "totp", "ACME:EU", "alice", Algorithm::Sha1, 6, 30, &[]),
    // 12. Several colons and no parameter: split at the first.
    ("otpauth://totp/ACME:team:alice?secret=JBSWY3DPEHPK3PXP", "totp", "ACME", "team:alice", Algorithm::Sha1, 6, 30, &[]),
    // 13. Secret with spaces, lower case, no padding (docs/formats.md 2.12).
    ("otpauth://totp/x?secret=4sjh%20b4gs%20d43f%20zbai%207c2h%20lrjg%20pq", "totp", "", "x", Algorithm::Sha1, 6, 30, &[]),
    // 14. Secret with hyphens and padding.
    ("otpauth://totp/x?secret=JBSW-Y3DP-EHPK-3PXP%3D%3D%3D%3D", "totp", "", "x", Algorithm::Sha1, 6, 30, &[]),
    // 15. Algorithm in lower case, digits and period.
    ("otpauth://totp/SPDX:James?secret=JBSWY3DPEHPK3PXP&algorithm=sha256&digits=7&period=20", "totp", "SPDX", "James", Algorithm::Sha256, 7, 20, &[]),
    // 16. Old Ente export spelling of the algorithm.
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=Algorithm.sha512", "totp", "", "x", Algorithm::Sha512, 6, 30, &[]),
    // 17. HOTP without a counter: 0, with a warning.
    ("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP", "hotp", "", "x", Algorithm::Sha1, 6, 0, &["counter parameter missing; starting at 0"]),
    // 18. HOTP carrying a period (Ente): ignored.
    ("otpauth://hotp/WWE:Mason?secret=JBSWY3DPEHPK3PXP&issuer=WWE&algorithm=SHA512&digits=8&period=30&counter=10300", "hotp", "WWE", "Mason", Algorithm::Sha512, 8, 10300, &[]),
    // 19. Steam as its own type.
    ("otpauth://steam/Steam:gabe?secret=JBSWY3DPEHPK3PXP&issuer=Steam", "steam", "Steam", "gabe", Algorithm::Sha1, 5, 30, &[]),
    // 20. Steam through KeePassXC's encoder parameter.
    ("otpauth://totp/Steam:gabe?secret=JBSWY3DPEHPK3PXP&period=30&digits=5&issuer=Steam&encoder=steam", "steam", "Steam", "gabe", Algorithm::Sha1, 5, 30, &[]),
    // 21. Steam as Bitwarden writes it.
    ("steam://JBSWY3DPEHPK3PXP", "steam", "Steam", "", Algorithm::Sha1, 5, 30, &[]),
    // 22. Steam with parameters that cannot apply: ignored, with a warning.
    ("otpauth://steam/gabe?secret=JBSWY3DPEHPK3PXP&digits=6", "steam", "", "gabe", Algorithm::Sha1, 5, 30, &["Steam codes always use SHA1, 30 seconds and 5 characters; the URI's other values are ignored"]),
    // 23. Unknown parameters (Ente codeDisplay, FreeOTP image/color/lock) are ignored.
    ("otpauth://totp/Deno:Mason?secret=JBSWY3DPEHPK3PXP&issuer=Deno&codeDisplay=%7B%22pinned%22%3Afalse%7D&image=https%3A%2F%2Fx&color=ff0000&lock=false", "totp", "Deno", "Mason", Algorithm::Sha1, 6, 30, &[]),
    // 24. Upper-case scheme and type.
    ("OTPAUTH://TOTP/x?secret=JBSWY3DPEHPK3PXP", "totp", "", "x", Algorithm::Sha1, 6, 30, &[]),
    // 25. Surrounding whitespace, as pasted.
    ("  otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n", "totp", "", "x", Algorithm::Sha1, 6, 30, &[]),
    // 26. An unescaped '#' in the account (Ente): part of the name, not a fragment.
    ("otpauth://totp/Shop:order#42?secret=JBSWY3DPEHPK3PXP&issuer=Shop", "totp", "Shop", "order#42", Algorithm::Sha1, 6, 30, &[]),
    // 27. Empty label, issuer parameter only.
    ("otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=Bank", "totp", "Bank", "", Algorithm::Sha1, 6, 30, &[]),
    // 28. Unicode names, percent-encoded.
    ("otpauth://totp/%C3%89cole:Z%C3%BCrich?secret=JBSWY3DPEHPK3PXP", "totp", "École", "Zürich", Algorithm::Sha1, 6, 30, &[]),
    // 29. Extreme but valid ranges: 4 and 10 digits, 1 s and 1 day.
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=4&period=1", "totp", "", "x", Algorithm::Sha1, 4, 1, &[]),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=10&period=86400", "totp", "", "x", Algorithm::Sha1, 10, 86400, &[]),
    // 31. A one-byte secret (80-bit and shorter secrets are real).
    ("otpauth://totp/x?secret=AE", "totp", "", "x", Algorithm::Sha1, 6, 30, &[]),
    // 32. Parameter names in another case.
    ("otpauth://totp/x?Secret=JBSWY3DPEHPK3PXP&Digits=8", "totp", "", "x", Algorithm::Sha1, 8, 30, &[]),
    // 33. Empty issuer parameter: the prefix is used, no warning.
    ("otpauth://totp/Corp:x?secret=JBSWY3DPEHPK3PXP&issuer=", "totp", "Corp", "x", Algorithm::Sha1, 6, 30, &[]),
    // 34. SHA-512 written with a hyphen.
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=SHA-512", "totp", "", "x", Algorithm::Sha512, 6, 30, &[]),
];

#[test]
fn accepted_edge_cases() {
    for (input, ty, issuer, name, alg, digits, pc, warnings) in ACCEPTED {
        let parsed = uri::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let a = &parsed.account;
        assert_eq!(a.kind().name(), *ty, "{input}");
        assert_eq!(a.issuer(), *issuer, "{input}");
        assert_eq!(a.name(), *name, "{input}");
        assert_eq!(a.algorithm(), *alg, "{input}");
        assert_eq!(a.digits(), *digits, "{input}");
        let got_pc = a.kind().period().map(u64::from).or(a.kind().counter());
        assert_eq!(got_pc, Some(*pc), "{input}");
        assert_eq!(parsed.warnings, *warnings, "{input}");
    }
    assert!(ACCEPTED.len() >= 25);
}

#[test]
fn secret_normalisation_gives_the_same_bytes() {
    let a = uri::decode_secret("4sjh b4gs d43f zbai 7c2h lrjg pq").unwrap();
    let b = uri::decode_secret("4SJHB4GSD43FZBAI7C2HLRJGPQ").unwrap();
    let c = uri::decode_secret("4SJH-B4GS-D43F-ZBAI-7C2H-LRJG-PQ======").unwrap();
    assert_eq!(a, b);
    assert_eq!(b, c);
    assert_eq!(
        uri::decode_secret(S).unwrap().expose(),
        b"Hello!\xde\xad\xbe\xef"
    );
}

#[rustfmt::skip]
const REFUSED: &[(&str, &str)] = &[
    ("", "the URI is empty"),
    ("   ", "the URI is empty"),
    ("JBSWY3DPEHPK3PXP", "not a URI: expected otpauth://TYPE/LABEL?secret=…"),
    ("otpauth:/totp/x?secret=JBSWY3DPEHPK3PXP", "not a URI: expected otpauth://TYPE/LABEL?secret=…"),
    ("://totp/x?secret=JBSWY3DPEHPK3PXP", "not a URI: expected otpauth://TYPE/LABEL?secret=…"),
    ("https://example.com/2fa?secret=JBSWY3DPEHPK3PXP", "not an otpauth URI: scheme is 'https'"),
    ("otpauth-migration://offline?data=CjUK", "this otpauth-migration URI holds a batch of accounts, not one"),
    ("otpauth:///x?secret=JBSWY3DPEHPK3PXP", "missing OTP type: expected otpauth://totp/, otpauth://hotp/ or otpauth://steam/"),
    ("otpauth://yaotp/x?secret=JBSWY3DPEHPK3PXP", "unsupported OTP type 'yaotp': Sesame reads totp, hotp and steam"),
    ("otpauth://motp/x?secret=JBSWY3DPEHPK3PXP", "unsupported OTP type 'motp': Sesame reads totp, hotp and steam"),
    ("otpauth://totp/x", "missing secret parameter"),
    ("otpauth://totp/x?issuer=ACME", "missing secret parameter"),
    ("otpauth://totp/x?secret=", "secret is empty"),
    ("otpauth://totp/x?secret=%3D%3D%3D", "secret is empty"),
    ("otpauth://totp/x?secret=JBSWY3D1EHPK3PXP", "secret is not valid Base32: unexpected '1' at position 8"),
    ("otpauth://totp/x?secret=JBSWY3D8", "secret is not valid Base32: unexpected '8' at position 8"),
    ("otpauth://totp/x?secret=JBSW%20Y3D0", "secret is not valid Base32: unexpected '0' at position 9"),
    ("otpauth://totp/x?secret=JB%3DSWY3DP", "secret is not valid Base32: unexpected '=' at position 3"),
    ("otpauth://totp/x?secret=J", "secret is not valid Base32: 1 characters cannot encode whole bytes"),
    ("otpauth://totp/x?secret=JBS", "secret is not valid Base32: 3 characters cannot encode whole bytes"),
    ("otpauth://totp/x?secret=JBSWY3", "secret is not valid Base32: 6 characters cannot encode whole bytes"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD4", "unknown algorithm 'MD4'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5", "unknown algorithm 'MD5'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=", "unknown algorithm ''"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=12", "digits must be between 4 and 10, got 12"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=3", "digits must be between 4 and 10, got 3"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=0", "digits must be between 4 and 10, got 0"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six", "digits must be a whole number, got 'six'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=-6", "digits must be a whole number, got '-6'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=99999999999999999999", "digits must be a whole number, got '99999999999999999999'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0", "period must be between 1 and 86400 seconds, got 0"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=86401", "period must be between 1 and 86400 seconds, got 86401"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=30s", "period must be a whole number, got '30s'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=1.5", "period must be a whole number, got '1.5'"),
    ("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=-1", "counter must be a whole number, got '-1'"),
    ("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=abc", "counter must be a whole number, got 'abc'"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&secret=GEZDGNBV", "parameter 'secret' appears more than once"),
    ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=6&digits=8", "parameter 'digits' appears more than once"),
    ("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&encoder=steam", "Steam codes are time-based: encoder=steam cannot apply to an hotp URI"),
    ("otpauth://totp/%FF%FE?secret=JBSWY3DPEHPK3PXP", "the label is not valid UTF-8 once percent-decoded"),
    ("steam://", "secret is empty"),
    ("steam://ABC1", "secret is not valid Base32: unexpected '1' at position 4"),
];

#[test]
fn refused_with_specific_messages() {
    for (input, message) in REFUSED {
        match uri::parse(input) {
            Ok(p) => panic!("{input:?} was accepted as {:?}", p.account),
            Err(e) => assert_eq!(e.to_string(), *message, "{input:?}"),
        }
    }
    assert!(REFUSED.len() >= 25);
}

#[test]
fn formatting_follows_the_key_uri_format() {
    let p = uri::parse(
        "otpauth://totp/Air%20Canada:b%26b%40x.com?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada",
    )
    .unwrap();
    assert_eq!(
        *uri::format(&p.account),
        "otpauth://totp/Air%20Canada:b%26b@x.com?secret=JBSWY3DPEHPK3PXP&issuer=Air%20Canada&algorithm=SHA1&digits=6&period=30"
    );
    let hotp = uri::parse("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=7")
        .unwrap()
        .account;
    assert_eq!(
        *uri::format(&hotp),
        "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&counter=7"
    );
    assert_eq!(
        format_for(&hotp, Target::KeePassXc)
            .unwrap_err()
            .to_string(),
        "KeePassXC cannot hold HOTP accounts"
    );

    let steam = uri::parse("steam://JBSWY3DPEHPK3PXP").unwrap().account;
    assert_eq!(
        *uri::format(&steam),
        "otpauth://steam/Steam:?secret=JBSWY3DPEHPK3PXP&issuer=Steam&algorithm=SHA1&digits=5&period=30&encoder=steam"
    );
    let kp = format_for(&steam, Target::KeePassXc).unwrap();
    assert!(kp.starts_with("otpauth://totp/Steam:?") && kp.ends_with("&encoder=steam"));
    assert_eq!(uri::parse(&kp).unwrap().account, steam);
    assert_eq!(
        format_for(&steam, Target::GoogleAuthenticator)
            .unwrap_err()
            .to_string(),
        "Google Authenticator cannot hold Steam accounts"
    );
    assert!(matches!(steam.kind(), Kind::Steam));
}
