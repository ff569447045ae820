//! Google Authenticator's `otpauth-migration://offline?data=…` batches (docs/formats.md 2.8): a
//! Base64 protobuf `MigrationPayload`, decoded and encoded with prost.

use crate::account::{Account, Algorithm, Kind, Secret};
use crate::uri::{self, Parsed, UriError};
use base64::engine::{general_purpose, DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};
use prost::Message;
use zeroize::{Zeroize, Zeroizing};

#[derive(Clone, PartialEq, prost::Message)]
pub struct MigrationPayload {
    #[prost(message, repeated, tag = "1")]
    pub otp_parameters: Vec<OtpParameters>,
    #[prost(int32, tag = "2")]
    pub version: i32,
    #[prost(int32, tag = "3")]
    pub batch_size: i32,
    #[prost(int32, tag = "4")]
    pub batch_index: i32,
    #[prost(int32, tag = "5")]
    pub batch_id: i32,
}

/// Enum fields are kept as raw numbers so that a value this code does not know is reported,
/// not silently turned into a default.
#[derive(Clone, PartialEq, prost::Message)]
pub struct OtpParameters {
    #[prost(bytes = "vec", tag = "1")]
    pub secret: Vec<u8>,
    #[prost(string, tag = "2")]
    pub name: String,
    #[prost(string, tag = "3")]
    pub issuer: String,
    #[prost(int32, tag = "4")]
    pub algorithm: i32,
    #[prost(int32, tag = "5")]
    pub digits: i32,
    #[prost(int32, tag = "6")]
    pub otp_type: i32,
    #[prost(int64, tag = "7")]
    pub counter: i64,
}

impl Drop for OtpParameters {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrationError {
    #[error(transparent)]
    Uri(#[from] UriError),
    #[error("not an otpauth-migration URI: scheme is '{0}'")]
    Scheme(String),
    #[error("the otpauth-migration URI has no data parameter")]
    MissingData,
    #[error("the migration data is not valid Base64")]
    Base64,
    #[error("the migration data is not a Google Authenticator export: {0}")]
    Protobuf(String),
    #[error("the migration batch holds no accounts")]
    Empty,
    #[error("batch index {index} is outside a batch of {size}")]
    BatchIndex { index: i32, size: i32 },
    #[error("this export claims {0} QR codes; Sesame reads exports of at most {MAX_BATCH_SIZE}")]
    BatchTooLarge(i32),
}

/// The most QR codes one export may claim. Google Authenticator puts about ten accounts in each,
/// so this is thousands of accounts; the bound keeps a hostile link's claim from sizing the
/// missing-codes report (a claim of 2^31 - 1 once asked for 8 GiB).
pub const MAX_BATCH_SIZE: i32 = 1000;

/// Where a payload sits in a multi-QR export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchInfo {
    /// 0-based.
    pub index: u32,
    pub size: u32,
    pub id: i32,
}

/// One entry of a batch that Sesame cannot use, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("account {position} of the batch ({label}): {reason}")]
pub struct EntryError {
    /// 1-based position in the payload.
    pub position: usize,
    pub label: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub info: BatchInfo,
    pub entries: Vec<Result<Parsed, EntryError>>,
}

pub fn is_migration(input: &str) -> bool {
    matches!(uri::split_scheme(input), Ok((s, _)) if s == "otpauth-migration")
}

fn base64_lenient() -> GeneralPurpose {
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    )
}

/// Decodes a whole batch. Entries Sesame cannot use are kept as errors, never dropped.
pub fn decode(input: &str) -> Result<Batch, MigrationError> {
    let (scheme, rest) = uri::split_scheme(input)?;
    if scheme != "otpauth-migration" {
        return Err(MigrationError::Scheme(scheme));
    }
    let query = rest.split_once('?').map_or("", |(_, q)| q);
    let data = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("data="))
        .filter(|d| !d.is_empty())
        .ok_or(MigrationError::MissingData)?;
    // Percent-decode by hand: '+' is Base64, not a space. Scanners and mail clients also turn
    // '+' into ' ' and use the URL-safe alphabet; undo both.
    let text: String = percent_decode_str(data)
        .decode_utf8()
        .map_err(|_| MigrationError::Base64)?
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('+'),
            '-' => Some('+'),
            '_' => Some('/'),
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect();
    let bytes = Zeroizing::new(
        base64_lenient()
            .decode(text.as_bytes())
            .map_err(|_| MigrationError::Base64)?,
    );
    let payload = MigrationPayload::decode(bytes.as_slice())
        .map_err(|e| MigrationError::Protobuf(e.to_string()))?;
    if payload.otp_parameters.is_empty() {
        return Err(MigrationError::Empty);
    }
    // proto3 leaves zero values off the wire: a single-QR export may carry no size at all.
    let size = payload.batch_size.max(1);
    if size > MAX_BATCH_SIZE {
        return Err(MigrationError::BatchTooLarge(size));
    }
    if payload.batch_index < 0 || payload.batch_index >= size {
        return Err(MigrationError::BatchIndex {
            index: payload.batch_index,
            size,
        });
    }
    let entries = payload
        .otp_parameters
        .iter()
        .enumerate()
        .map(|(i, p)| {
            convert(p).map_err(|reason| EntryError {
                position: i + 1,
                label: display_label(p),
                reason,
            })
        })
        .collect();
    Ok(Batch {
        info: BatchInfo {
            index: payload.batch_index as u32,
            size: size as u32,
            id: payload.batch_id,
        },
        entries,
    })
}

fn display_label(p: &OtpParameters) -> String {
    match (p.issuer.is_empty(), p.name.is_empty()) {
        (false, false) => format!("{}: {}", p.issuer, p.name),
        (false, true) => p.issuer.clone(),
        (true, false) => p.name.clone(),
        (true, true) => "no name".to_owned(),
    }
}

fn convert(p: &OtpParameters) -> Result<Parsed, String> {
    let algorithm = match p.algorithm {
        0 | 1 => Algorithm::Sha1,
        2 => Algorithm::Sha256,
        3 => Algorithm::Sha512,
        4 => return Err("uses MD5, which Sesame does not support".to_owned()),
        n => return Err(format!("unknown algorithm value {n}")),
    };
    let digits = match p.digits {
        0 | 1 => 6,
        2 => 8,
        n => return Err(format!("unknown digit count value {n}")),
    };
    let kind = match p.otp_type {
        0 | 2 => Kind::Totp { period: 30 },
        1 => Kind::Hotp {
            counter: u64::try_from(p.counter)
                .map_err(|_| format!("counter {} is negative", p.counter))?,
        },
        n => return Err(format!("unknown OTP type value {n}")),
    };
    let mut warnings = Vec::new();
    let issuer = (!p.issuer.is_empty()).then_some(p.issuer.as_str());
    let (issuer, name) = uri::split_label(&p.name, issuer, &mut warnings);
    let account = Account::new(
        kind,
        issuer,
        name,
        algorithm,
        digits,
        Secret::new(p.secret.clone()),
    )
    .map_err(|e| e.to_string())?;
    Ok(Parsed { account, warnings })
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    #[error("there are no accounts to put in the batch")]
    Empty,
    #[error("Google Authenticator cannot hold {label}: {reason}")]
    Unrepresentable { label: String, reason: &'static str },
}

/// Encodes accounts as one batch payload URI. Accounts Google Authenticator cannot hold (Steam,
/// a period other than 30 s, digits other than 6 or 8) are refused with the reason.
pub fn encode(accounts: &[&Account], info: BatchInfo) -> Result<Zeroizing<String>, EncodeError> {
    // Google Authenticator (and `decode`) refuse a batch without accounts.
    if accounts.is_empty() {
        return Err(EncodeError::Empty);
    }
    let otp_parameters = accounts
        .iter()
        .map(|a| to_parameters(a))
        .collect::<Result<Vec<_>, _>>()?;
    let payload = MigrationPayload {
        otp_parameters,
        version: 1,
        batch_size: info.size as i32,
        batch_index: info.index as i32,
        batch_id: info.id,
    };
    let bytes = Zeroizing::new(payload.encode_to_vec());
    let b64 = Zeroizing::new(general_purpose::STANDARD.encode(bytes.as_slice()));
    let mut uri = Zeroizing::new(String::from("otpauth-migration://offline?data="));
    uri.extend(utf8_percent_encode(&b64, NON_ALPHANUMERIC));
    Ok(uri)
}

fn to_parameters(a: &Account) -> Result<OtpParameters, EncodeError> {
    let refuse = |reason| EncodeError::Unrepresentable {
        label: a.label(),
        reason,
    };
    let (otp_type, counter) = match a.kind() {
        Kind::Totp { period: 30 } => (2, 0),
        Kind::Totp { .. } => return Err(refuse("its codes last 30 seconds only")),
        Kind::Hotp { counter } => (
            1,
            i64::try_from(counter).map_err(|_| refuse("the counter is too large"))?,
        ),
        Kind::Steam => return Err(refuse("it has no Steam codes")),
    };
    let digits = match a.digits() {
        6 => 1,
        8 => 2,
        _ => return Err(refuse("its codes have 6 or 8 digits only")),
    };
    let algorithm = match a.algorithm() {
        Algorithm::Sha1 => 1,
        Algorithm::Sha256 => 2,
        Algorithm::Sha512 => 3,
    };
    // Google Authenticator writes "issuer:name" as the name; a leading ':' keeps a colon in an
    // issuer-less name from being read as a prefix.
    let name = match (a.issuer().is_empty(), a.name().contains(':')) {
        (false, _) => format!("{}:{}", a.issuer(), a.name()),
        (true, true) => format!(":{}", a.name()),
        (true, false) => a.name().to_owned(),
    };
    Ok(OtpParameters {
        secret: a.secret().expose().to_vec(),
        name,
        issuer: a.issuer().to_owned(),
        algorithm,
        digits,
        otp_type,
        counter,
    })
}

impl crate::i18n::Localize for MigrationError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use MigrationError as E;
        match self {
            E::Uri(e) => e.message(),
            E::Scheme(s) => ("core-migration-scheme", vec![("scheme", s.clone().into())]),
            E::MissingData => ("core-migration-missing-data", vec![]),
            E::Base64 => ("core-migration-base64", vec![]),
            E::Protobuf(why) => ("core-migration-protobuf", vec![("why", why.clone().into())]),
            E::Empty => ("core-migration-empty", vec![]),
            E::BatchIndex { index, size } => (
                "core-migration-batch-index",
                vec![("index", (*index).into()), ("size", (*size).into())],
            ),
            E::BatchTooLarge(n) => (
                "core-migration-batch-too-large",
                vec![("count", (*n).into()), ("max", MAX_BATCH_SIZE.into())],
            ),
        }
    }
}

impl crate::i18n::Localize for EntryError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        (
            "core-migration-entry",
            vec![
                ("position", self.position.into()),
                ("label", self.label.clone().into()),
                ("reason", self.reason.clone().into()),
            ],
        )
    }
}
