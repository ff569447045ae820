//! One-time codes: HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard.
//!
//! One HMAC-based engine serves all three, because totp-rs (used as an independent oracle in
//! the tests) has no HOTP and refuses the short secrets and code lengths real accounts use.

use crate::account::{Account, Algorithm, Kind, STEAM_DIGITS};
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};

const STEAM_ALPHABET: &[u8; 26] = b"23456789BCDFGHJKMNPQRTVWXY";

/// The 31-bit value of RFC 4226's dynamic truncation of HMAC(secret, counter).
pub fn truncated(secret: &[u8], algorithm: Algorithm, counter: u64) -> u32 {
    let msg = counter.to_be_bytes();
    let digest = match algorithm {
        Algorithm::Sha1 => mac::<Hmac<sha1::Sha1>>(secret, &msg),
        Algorithm::Sha256 => mac::<Hmac<sha2::Sha256>>(secret, &msg),
        Algorithm::Sha512 => mac::<Hmac<sha2::Sha512>>(secret, &msg),
    };
    // The digest is at least 20 bytes and the offset at most 15, so the slice is in range.
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let word = [
        digest[offset],
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ];
    u32::from_be_bytes(word) & 0x7fff_ffff
}

fn mac<M: Mac + KeyInit>(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = <M as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    m.update(msg);
    m.finalize().into_bytes().to_vec()
}

/// A decimal code of `digits` digits, zero-padded.
pub fn decimal(value: u32, digits: u8) -> String {
    let modulus = 10u64.pow(u32::from(digits));
    format!(
        "{:0width$}",
        u64::from(value) % modulus,
        width = usize::from(digits)
    )
}

/// Steam Guard's five characters, least significant first.
pub fn steam(value: u32) -> String {
    let mut v = value as usize;
    (0..STEAM_DIGITS)
        .map(|_| {
            let c = STEAM_ALPHABET[v % STEAM_ALPHABET.len()] as char;
            v /= STEAM_ALPHABET.len();
            c
        })
        .collect()
}

/// The code of an HOTP counter or TOTP time step, in the account's format.
pub fn code_for_counter(account: &Account, counter: u64) -> String {
    let value = truncated(account.secret().expose(), account.algorithm(), counter);
    match account.kind() {
        Kind::Steam => steam(value),
        _ => decimal(value, account.digits()),
    }
}

/// A code and the time window (Unix seconds, end exclusive) in which it is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub text: String,
    /// `None` for HOTP, whose codes do not expire.
    pub window: Option<(u64, u64)>,
}

/// The code an account shows at Unix time `at`. HOTP: the code at its stored counter.
pub fn code_at(account: &Account, at: u64) -> Code {
    match account.kind().period() {
        Some(period) => {
            let period = u64::from(period);
            let step = at / period;
            Code {
                text: code_for_counter(account, step),
                window: Some((step * period, (step + 1) * period)),
            }
        }
        None => Code {
            text: code_for_counter(account, account.kind().counter().unwrap_or(0)),
            window: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{ParamError, Secret};

    fn account(kind: Kind, alg: Algorithm, digits: u8, key: &[u8]) -> Account {
        Account::new(kind, "", "", alg, digits, Secret::new(key.to_vec())).unwrap()
    }

    const RFC_KEY: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc4226_vectors_counters_0_to_9() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        let acc = account(Kind::Hotp { counter: 0 }, Algorithm::Sha1, 6, RFC_KEY);
        for (counter, want) in expected.iter().enumerate() {
            assert_eq!(
                &code_for_counter(&acc, counter as u64),
                want,
                "counter {counter}"
            );
        }
        // The intermediate values in RFC 4226 appendix D.
        assert_eq!(truncated(RFC_KEY, Algorithm::Sha1, 0), 1_284_755_224);
        assert_eq!(truncated(RFC_KEY, Algorithm::Sha1, 1), 1_094_287_082);
    }

    #[test]
    fn rfc6238_vectors_every_time_and_hash() {
        let keys = [
            (Algorithm::Sha1, b"12345678901234567890".to_vec()),
            (
                Algorithm::Sha256,
                b"12345678901234567890123456789012".to_vec(),
            ),
            (
                Algorithm::Sha512,
                b"1234567890123456789012345678901234567890123456789012345678901234".to_vec(),
            ),
        ];
        let table: [(u64, [&str; 3]); 6] = [
            (59, ["94287082", "46119246", "90693936"]),
            (1_111_111_109, ["07081804", "68084774", "25091201"]),
            (1_111_111_111, ["14050471", "67062674", "99943326"]),
            (1_234_567_890, ["89005924", "91819424", "93441116"]),
            (2_000_000_000, ["69279037", "90698825", "38618901"]),
            (20_000_000_000, ["65353130", "77737706", "47863826"]),
        ];
        for (t, codes) in table {
            for ((alg, key), want) in keys.iter().zip(codes) {
                let acc = account(Kind::Totp { period: 30 }, *alg, 8, key);
                assert_eq!(code_at(&acc, t).text, want, "{alg:?} at {t}");
            }
        }
    }

    #[test]
    fn window_is_the_period_containing_the_time() {
        let acc = account(Kind::Totp { period: 30 }, Algorithm::Sha1, 6, RFC_KEY);
        assert_eq!(code_at(&acc, 59).window, Some((30, 60)));
        assert_eq!(code_at(&acc, 60).window, Some((60, 90)));
        let hotp = account(Kind::Hotp { counter: 3 }, Algorithm::Sha1, 6, RFC_KEY);
        assert_eq!(
            code_at(&hotp, 12345),
            Code {
                text: "969429".into(),
                window: None
            }
        );
    }

    #[test]
    fn digits_4_and_10_are_supported() {
        let four = account(Kind::Hotp { counter: 0 }, Algorithm::Sha1, 4, RFC_KEY);
        assert_eq!(code_for_counter(&four, 0), "5224");
        let ten = account(Kind::Hotp { counter: 0 }, Algorithm::Sha1, 10, RFC_KEY);
        assert_eq!(code_for_counter(&ten, 0), "1284755224");
    }

    #[test]
    fn out_of_range_parameters_are_refused() {
        let s = || Secret::new(vec![1]);
        let e = |k, d| {
            Account::new(k, "", "", Algorithm::Sha1, d, s())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            e(Kind::Totp { period: 30 }, 3),
            "digits must be between 4 and 10, got 3"
        );
        assert_eq!(
            e(Kind::Totp { period: 30 }, 11),
            "digits must be between 4 and 10, got 11"
        );
        assert_eq!(
            e(Kind::Totp { period: 0 }, 6),
            "period must be between 1 and 86400 seconds, got 0"
        );
        assert_eq!(
            e(Kind::Totp { period: 86_401 }, 6),
            "period must be between 1 and 86400 seconds, got 86401"
        );
        let empty = Account::new(Kind::Steam, "", "", Algorithm::Sha1, 5, Secret::new(vec![]));
        assert_eq!(empty.unwrap_err(), ParamError::EmptySecret);
        let steam8 = Account::new(Kind::Steam, "", "", Algorithm::Sha1, 8, s());
        assert_eq!(steam8.unwrap_err(), ParamError::SteamParams);
        assert!(Account::new(
            Kind::Totp { period: 86_400 },
            "",
            "",
            Algorithm::Sha1,
            6,
            s()
        )
        .is_ok());
        assert!(Account::new(Kind::Totp { period: 1 }, "", "", Algorithm::Sha1, 6, s()).is_ok());
    }

    /// The fixture accounts of docs/formats.md 2.12, with the codes computed independently there.
    #[test]
    fn formats_2_12_vectors() {
        fn b32(s: &str) -> Vec<u8> {
            data_encoding::BASE32_NOPAD.decode(s.as_bytes()).unwrap()
        }
        let t = 1_700_000_000;
        let totp =
            |s, alg, d, p| code_at(&account(Kind::Totp { period: p }, alg, d, &b32(s)), t).text;
        assert_eq!(
            totp("4SJHB4GSD43FZBAI7C2HLRJGPQ", Algorithm::Sha1, 6, 30),
            "790195"
        );
        assert_eq!(
            totp("5OM4WOOGPLQEF6UGN3CPEOOLWU", Algorithm::Sha256, 7, 20),
            "9993814"
        );
        assert_eq!(
            totp("7ELGJSGXNCCTV3O6LKJWYFV2RA", Algorithm::Sha512, 8, 50),
            "65516786"
        );
        let hotp =
            |s, alg, d, c| code_at(&account(Kind::Hotp { counter: c }, alg, d, &b32(s)), 0).text;
        assert_eq!(
            hotp("YOOMIXWS5GN6RTBPUFFWKTW5M4", Algorithm::Sha1, 6, 1),
            "253717"
        );
        assert_eq!(
            hotp("KUVJJOM753IHTNDSZVCNKL7GII", Algorithm::Sha256, 7, 50),
            "4444976"
        );
        assert_eq!(
            hotp("5VAML3X35THCEBVRLV24CGBKOY", Algorithm::Sha512, 8, 10300),
            "24622277"
        );
        let steam = Account::steam(
            "Boeing",
            "Sophia",
            Secret::new(b32("JRZCL47CMXVOQMNPZR2F7J4RGI")),
        );
        assert_eq!(code_at(&steam.unwrap(), t).text, "747JR");
    }
}
