//! The account model shared by every front end: what a person enrolled, and its parameters.

use std::fmt;
use zeroize::Zeroizing;

pub const MIN_DIGITS: u8 = 4;
pub const MAX_DIGITS: u8 = 10;
pub const MAX_PERIOD: u32 = 86_400;
pub const STEAM_DIGITS: u8 = 5;
pub const STEAM_PERIOD: u32 = 30;

/// A parameter outside what Sesame can produce a correct code for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    #[error("digits must be between {MIN_DIGITS} and {MAX_DIGITS}, got {0}")]
    Digits(u64),
    #[error("period must be between 1 and {MAX_PERIOD} seconds, got {0}")]
    Period(u64),
    #[error("secret is empty")]
    EmptySecret,
    #[error("Steam codes always use SHA1 and 5 characters")]
    SteamParams,
}

/// Checks the ranges Sesame supports: 4 to 10 digits, a period of 1 s to 1 day, a secret of at
/// least one byte.
pub fn check_params(
    kind: Kind,
    algorithm: Algorithm,
    digits: u8,
    secret: &[u8],
) -> Result<(), ParamError> {
    if secret.is_empty() {
        return Err(ParamError::EmptySecret);
    }
    match kind {
        Kind::Steam if algorithm != Algorithm::Sha1 || digits != STEAM_DIGITS => {
            return Err(ParamError::SteamParams)
        }
        Kind::Steam => return Ok(()),
        Kind::Totp { period } => {
            check_period(u64::from(period))?;
        }
        Kind::Hotp { .. } => {}
    }
    check_digits(u64::from(digits)).map(|_| ())
}

pub fn check_digits(digits: u64) -> Result<u8, ParamError> {
    match u8::try_from(digits) {
        Ok(d) if (MIN_DIGITS..=MAX_DIGITS).contains(&d) => Ok(d),
        _ => Err(ParamError::Digits(digits)),
    }
}

pub fn check_period(period: u64) -> Result<u32, ParamError> {
    match u32::try_from(period) {
        Ok(p) if (1..=MAX_PERIOD).contains(&p) => Ok(p),
        _ => Err(ParamError::Period(period)),
    }
}

/// Raw secret bytes. Zeroized on drop; `Debug` never prints them.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<Vec<u8>>);

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Self {
        Secret(Zeroizing::new(bytes))
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Base32 without padding, as in otpauth URIs.
    pub fn to_base32(&self) -> Zeroizing<String> {
        Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({} bytes)", self.0.len())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Algorithm {
    #[serde(rename = "SHA1")]
    Sha1,
    #[serde(rename = "SHA256")]
    Sha256,
    #[serde(rename = "SHA512")]
    Sha512,
}

impl Algorithm {
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
            Algorithm::Sha512 => "SHA512",
        }
    }
}

/// The kind of code, with the parameter that drives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Time-based; `period` in seconds.
    Totp { period: u32 },
    /// Counter-based; `counter` is the counter the next code uses.
    Hotp { counter: u64 },
    /// Steam Guard: TOTP, SHA1, 30 s, five characters from Steam's alphabet.
    Steam,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Totp { .. } => "totp",
            Kind::Hotp { .. } => "hotp",
            Kind::Steam => "steam",
        }
    }

    /// Seconds per code, for the time-based kinds.
    pub fn period(self) -> Option<u32> {
        match self {
            Kind::Totp { period } => Some(period),
            Kind::Steam => Some(STEAM_PERIOD),
            Kind::Hotp { .. } => None,
        }
    }

    pub fn counter(self) -> Option<u64> {
        match self {
            Kind::Hotp { counter } => Some(counter),
            _ => None,
        }
    }
}

/// One enrolled account. Construct through [`Account::new`], which enforces the ranges in
/// [`crate::otp`], so an `Account` always produces a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    kind: Kind,
    issuer: String,
    name: String,
    algorithm: Algorithm,
    digits: u8,
    secret: Secret,
}

impl Account {
    /// Validates the parameters; Steam accounts must use SHA1 and 5 characters.
    pub fn new(
        kind: Kind,
        issuer: impl Into<String>,
        name: impl Into<String>,
        algorithm: Algorithm,
        digits: u8,
        secret: Secret,
    ) -> Result<Self, ParamError> {
        check_params(kind, algorithm, digits, secret.expose())?;
        Ok(Account {
            kind,
            issuer: issuer.into().trim().to_owned(),
            name: name.into().trim().to_owned(),
            algorithm,
            digits,
            secret,
        })
    }

    /// A Steam Guard account (its algorithm and length are fixed).
    pub fn steam(
        issuer: impl Into<String>,
        name: impl Into<String>,
        secret: Secret,
    ) -> Result<Self, ParamError> {
        Self::new(
            Kind::Steam,
            issuer,
            name,
            Algorithm::Sha1,
            STEAM_DIGITS,
            secret,
        )
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub fn issuer(&self) -> &str {
        &self.issuer
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }
    pub fn digits(&self) -> u8 {
        self.digits
    }
    pub fn secret(&self) -> &Secret {
        &self.secret
    }

    /// "Issuer: name", or whichever of the two exists.
    pub fn label(&self) -> String {
        match (self.issuer.is_empty(), self.name.is_empty()) {
            (false, false) => format!("{}: {}", self.issuer, self.name),
            (false, true) => self.issuer.clone(),
            _ => self.name.clone(),
        }
    }

    /// The same secret and names with other code parameters (validated as in [`Account::new`]).
    pub fn with_params(
        &self,
        kind: Kind,
        algorithm: Algorithm,
        digits: u8,
    ) -> Result<Self, ParamError> {
        Self::new(
            kind,
            self.issuer.clone(),
            self.name.clone(),
            algorithm,
            digits,
            self.secret.clone(),
        )
    }

    /// Sets the HOTP counter (the counter of the next code); no effect on other kinds.
    pub fn set_counter(&mut self, counter: u64) {
        if let Kind::Hotp { .. } = self.kind {
            self.kind = Kind::Hotp { counter };
        }
    }
}

/// What a person adds to an account beyond its code parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntryMeta {
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub icon: Option<String>,
    #[serde(default)]
    pub favorite: bool,
    /// How many codes were copied, and when the last one was (Unix seconds): the "most used"
    /// and "recently used" orders.
    #[serde(default)]
    pub uses: u32,
    #[serde(default)]
    pub last_used: i64,
}

impl crate::i18n::Localize for ParamError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use ParamError as E;
        match self {
            E::Digits(n) => (
                "core-param-digits",
                vec![
                    ("min", MIN_DIGITS.into()),
                    ("max", MAX_DIGITS.into()),
                    ("digits", (*n).into()),
                ],
            ),
            E::Period(n) => (
                "core-param-period",
                vec![("max", MAX_PERIOD.into()), ("period", (*n).into())],
            ),
            E::EmptySecret => ("core-uri-empty-secret", vec![]),
            E::SteamParams => ("core-param-steam", vec![]),
        }
    }
}
