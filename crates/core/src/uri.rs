//! otpauth:// and steam:// URIs: lenient where real apps are lenient, strict where a wrong code
//! would result (docs/formats.md section 3).

use crate::account::{self, ParamError};
use crate::account::{Account, Algorithm, Kind, Secret};
use crate::i18n;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use zeroize::Zeroizing;

/// A parsed account and what the person should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub account: Account,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UriError {
    #[error("the URI is empty")]
    Empty,
    #[error("not a URI: expected otpauth://TYPE/LABEL?secret=…")]
    NotAUri,
    #[error("not an otpauth URI: scheme is '{0}'")]
    Scheme(String),
    #[error("this otpauth-migration URI holds a batch of accounts, not one")]
    Migration,
    #[error("missing OTP type: expected otpauth://totp/, otpauth://hotp/ or otpauth://steam/")]
    MissingType,
    #[error("unsupported OTP type '{0}': Sesame reads totp, hotp and steam")]
    Type(String),
    #[error("the label is not valid UTF-8 once percent-decoded")]
    LabelEncoding,
    #[error("parameter '{0}' appears more than once")]
    Duplicate(&'static str),
    #[error("missing secret parameter")]
    MissingSecret,
    #[error("secret is empty")]
    EmptySecret,
    #[error("secret is not valid Base32: unexpected '{found}' at position {position}")]
    SecretSymbol { found: char, position: usize },
    #[error("secret is not valid Base32: {0} characters cannot encode whole bytes")]
    SecretLength(usize),
    #[error("unknown algorithm '{0}'")]
    Algorithm(String),
    #[error("{name} must be a whole number, got '{value}'")]
    NotANumber { name: &'static str, value: String },
    #[error("Steam codes are time-based: encoder=steam cannot apply to an hotp URI")]
    SteamHotp,
    #[error(transparent)]
    Param(#[from] ParamError),
}

/// The apps a formatted URI is meant for, where they differ from the Key Uri Format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Google's Key Uri Format; Steam as `otpauth://steam/` with `encoder=steam`.
    Standard,
    /// Google Authenticator: no Steam.
    GoogleAuthenticator,
    /// KeePassXC: no HOTP; Steam as `otpauth://totp/` with `encoder=steam`.
    KeePassXc,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{app} cannot hold {what} accounts")]
pub struct Unsupported {
    pub app: &'static str,
    pub what: &'static str,
}

/// Splits `scheme://rest`, with the scheme lower-cased.
pub fn split_scheme(input: &str) -> Result<(String, &str), UriError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(UriError::Empty);
    }
    let (scheme, rest) = input.split_once("://").ok_or(UriError::NotAUri)?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return Err(UriError::NotAUri);
    }
    Ok((scheme.to_ascii_lowercase(), rest))
}

/// Parses one `otpauth://` or `steam://` URI.
pub fn parse(input: &str) -> Result<Parsed, UriError> {
    let (scheme, rest) = split_scheme(input)?;
    match scheme.as_str() {
        "otpauth" => parse_otpauth(rest),
        "steam" => parse_steam(rest),
        "otpauth-migration" => Err(UriError::Migration),
        _ => Err(UriError::Scheme(scheme)),
    }
}

/// Bitwarden's `steam://SECRET`.
fn parse_steam(rest: &str) -> Result<Parsed, UriError> {
    let secret = decode_secret(rest.trim_end_matches('/'))?;
    Ok(Parsed {
        account: Account::steam("Steam", "", secret)?,
        warnings: Vec::new(),
    })
}

#[derive(Default)]
struct Query {
    secret: Option<String>,
    issuer: Option<String>,
    algorithm: Option<String>,
    digits: Option<String>,
    period: Option<String>,
    counter: Option<String>,
    encoder: Option<String>,
}

impl Query {
    fn read(query: &str) -> Result<Query, UriError> {
        let mut q = Query::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let (slot, name) = match key.to_ascii_lowercase().as_str() {
                "secret" => (&mut q.secret, "secret"),
                "issuer" => (&mut q.issuer, "issuer"),
                "algorithm" => (&mut q.algorithm, "algorithm"),
                "digits" => (&mut q.digits, "digits"),
                "period" => (&mut q.period, "period"),
                "counter" => (&mut q.counter, "counter"),
                "encoder" => (&mut q.encoder, "encoder"),
                // Apps add their own (image, color, codeDisplay, icon, …): not ours to judge.
                _ => continue,
            };
            if slot.replace(value.into_owned()).is_some() {
                return Err(UriError::Duplicate(name));
            }
        }
        Ok(q)
    }
}

fn parse_otpauth(rest: &str) -> Result<Parsed, UriError> {
    // No fragment in otpauth: an unescaped '#' belongs to the label or a value (Ente PR #77).
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (otp_type, raw_label) = path.split_once('/').unwrap_or((path, ""));
    let otp_type = otp_type.to_ascii_lowercase();
    let label = percent_decode_str(raw_label)
        .decode_utf8()
        .map_err(|_| UriError::LabelEncoding)?;
    let mut q = Query::read(query)?;
    let mut warnings = Vec::new();

    let steam_encoder = q
        .encoder
        .as_deref()
        .is_some_and(|e| e.trim().eq_ignore_ascii_case("steam"));
    let base = match otp_type.as_str() {
        "" => return Err(UriError::MissingType),
        "totp" | "hotp" | "steam" => otp_type.as_str(),
        other => return Err(UriError::Type(other.to_owned())),
    };
    let is_steam = base == "steam" || (steam_encoder && base == "totp");
    if steam_encoder && base == "hotp" {
        return Err(UriError::SteamHotp);
    }

    let secret = decode_secret(q.secret.take().as_deref().ok_or(UriError::MissingSecret)?)?;
    let algorithm = q.algorithm.as_deref().map(parse_algorithm).transpose()?;
    let digits = q
        .digits
        .as_deref()
        .map(|d| number("digits", d).and_then(|n| Ok(crate::account::check_digits(n)?)))
        .transpose()?;
    let period = q
        .period
        .as_deref()
        .map(|p| number("period", p).and_then(|n| Ok(crate::account::check_period(n)?)))
        .transpose()?;
    let (issuer, name) = split_label(&label, q.issuer.as_deref(), &mut warnings);

    let account = if is_steam {
        let fixed = algorithm.is_some_and(|a| a != Algorithm::Sha1)
            || digits.is_some_and(|d| d != account::STEAM_DIGITS)
            || period.is_some_and(|p| p != account::STEAM_PERIOD);
        if fixed {
            warnings.push(i18n::say("uri-warning-steam", &[]));
        }
        Account::steam(issuer, name, secret)?
    } else {
        let kind = if base == "hotp" {
            let counter = match q.counter.as_deref() {
                Some(c) => number("counter", c)?,
                None => {
                    warnings.push(i18n::say("uri-warning-counter", &[]));
                    0
                }
            };
            Kind::Hotp { counter }
        } else {
            Kind::Totp {
                period: period.unwrap_or(30),
            }
        };
        Account::new(
            kind,
            issuer,
            name,
            algorithm.unwrap_or(Algorithm::Sha1),
            digits.unwrap_or(6),
            secret,
        )?
    };
    Ok(Parsed { account, warnings })
}

fn number(name: &'static str, value: &str) -> Result<u64, UriError> {
    value
        .trim()
        .parse::<u64>()
        .map_err(|_| UriError::NotANumber {
            name,
            value: value.to_owned(),
        })
}

/// SHA1, sha-256, "Algorithm.sha512" (old Ente exports), … in any case.
pub fn parse_algorithm(text: &str) -> Result<Algorithm, UriError> {
    let t = text.trim();
    let t = t
        .get(..10)
        .filter(|p| p.eq_ignore_ascii_case("algorithm."))
        .map_or(t, |_| &t[10..]);
    match t.to_ascii_uppercase().replace('-', "").as_str() {
        "SHA1" => Ok(Algorithm::Sha1),
        "SHA256" => Ok(Algorithm::Sha256),
        "SHA512" => Ok(Algorithm::Sha512),
        _ => Err(UriError::Algorithm(text.to_owned())),
    }
}

/// Splits an `issuer:account` label. The issuer parameter wins over the label prefix, and a
/// prefix equal to the parameter is removed even when the parameter itself holds colons.
pub fn split_label(
    label: &str,
    issuer_param: Option<&str>,
    warnings: &mut Vec<String>,
) -> (String, String) {
    let param = issuer_param.map(str::trim).filter(|p| !p.is_empty());
    if let Some(p) = param {
        let rest = label
            .get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .and_then(|_| label[p.len()..].strip_prefix(':'));
        if let Some(rest) = rest {
            return (p.to_owned(), rest.trim().to_owned());
        }
    }
    let (prefix, account) = match label.split_once(':') {
        Some((prefix, account)) => (Some(prefix.trim()), account.trim()),
        None => (None, label.trim()),
    };
    let issuer = match (param, prefix) {
        (Some(p), Some(pre)) if !pre.is_empty() && !pre.eq_ignore_ascii_case(p) => {
            warnings.push(i18n::say(
                "uri-warning-issuer",
                &[("issuer", p.into()), ("prefix", pre.into())],
            ));
            p
        }
        (Some(p), _) => p,
        (None, pre) => pre.unwrap_or(""),
    };
    (issuer.to_owned(), account.to_owned())
}

fn base32() -> data_encoding::Encoding {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    // Some generators leave non-zero bits after the last byte; they change no byte.
    spec.check_trailing_bits = false;
    spec.encoding().expect("a valid Base32 specification")
}

/// Decodes a Base32 secret as people and apps write it: spaces, hyphens, lower case, with or
/// without padding. Positions in errors count characters of the secret as given, from 1.
pub fn decode_secret(text: &str) -> Result<Secret, UriError> {
    let kept: Vec<(usize, char)> = text
        .chars()
        .enumerate()
        .filter(|(_, c)| !c.is_whitespace() && *c != '-')
        .collect();
    let unpadded = kept
        .iter()
        .rposition(|(_, c)| *c != '=')
        .map_or(0, |last| last + 1);
    if unpadded == 0 {
        return Err(UriError::EmptySecret);
    }
    let normalized: Zeroizing<String> = Zeroizing::new(
        kept[..unpadded]
            .iter()
            .map(|(_, c)| c.to_ascii_uppercase())
            .collect(),
    );
    if let Some((pos, found)) = kept[..unpadded]
        .iter()
        .find(|(_, c)| !matches!(c.to_ascii_uppercase(), 'A'..='Z' | '2'..='7'))
    {
        return Err(UriError::SecretSymbol {
            found: *found,
            position: pos + 1,
        });
    }
    base32()
        .decode(normalized.as_bytes())
        .map(Secret::new)
        .map_err(|_| UriError::SecretLength(unpadded))
}

/// RFC 3986 unreserved characters stay; '@' too, since account names are mostly e-mail
/// addresses and every reader accepts it.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@');

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// The account as a Key Uri Format URI. Holds the secret: zeroized on drop.
pub fn format(account: &Account) -> Zeroizing<String> {
    format_for(account, Target::Standard).expect("the standard target holds every account")
}

/// The account as a URI for a particular app, or why that app cannot hold it.
pub fn format_for(account: &Account, target: Target) -> Result<Zeroizing<String>, Unsupported> {
    let kind = account.kind();
    let host = match (kind, target) {
        (Kind::Steam, Target::GoogleAuthenticator) => {
            return Err(Unsupported {
                app: "Google Authenticator",
                what: "Steam",
            })
        }
        (Kind::Hotp { .. }, Target::KeePassXc) => {
            return Err(Unsupported {
                app: "KeePassXC",
                what: "HOTP",
            })
        }
        (Kind::Steam, Target::KeePassXc) => "totp",
        _ => kind.name(),
    };
    let (issuer, name) = (account.issuer(), account.name());
    // A leading ':' keeps a colon in an issuer-less name from being read as a prefix.
    let label = match (issuer.is_empty(), name.contains(':')) {
        (false, _) => format!("{}:{}", enc(issuer), enc(name)),
        (true, true) => format!(":{}", enc(name)),
        (true, false) => enc(name),
    };
    let mut uri = Zeroizing::new(format!("otpauth://{host}/{label}?secret="));
    uri.push_str(&account.secret().to_base32());
    if !issuer.is_empty() {
        uri.push_str(&format!("&issuer={}", enc(issuer)));
    }
    uri.push_str(&format!(
        "&algorithm={}&digits={}",
        account.algorithm().name(),
        account.digits()
    ));
    match kind {
        Kind::Totp { period } => uri.push_str(&format!("&period={period}")),
        Kind::Hotp { counter } => uri.push_str(&format!("&counter={counter}")),
        Kind::Steam => uri.push_str(&format!("&period={}&encoder=steam", account::STEAM_PERIOD)),
    }
    Ok(uri)
}

impl crate::i18n::Localize for UriError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use UriError as E;
        match self {
            E::Empty => ("core-uri-empty", vec![]),
            E::NotAUri => ("core-uri-not-a-uri", vec![]),
            E::Scheme(s) => ("core-uri-scheme", vec![("scheme", s.clone().into())]),
            E::Migration => ("core-uri-migration", vec![]),
            E::MissingType => ("core-uri-missing-type", vec![]),
            E::Type(t) => ("core-uri-type", vec![("type", t.clone().into())]),
            E::LabelEncoding => ("core-uri-label-encoding", vec![]),
            E::Duplicate(p) => ("core-uri-duplicate", vec![("parameter", (*p).into())]),
            E::MissingSecret => ("core-uri-missing-secret", vec![]),
            E::EmptySecret => ("core-uri-empty-secret", vec![]),
            E::SecretSymbol { found, position } => (
                "core-uri-secret-symbol",
                vec![
                    ("found", found.to_string().into()),
                    ("position", (*position).into()),
                ],
            ),
            E::SecretLength(n) => ("core-uri-secret-length", vec![("count", (*n).into())]),
            E::Algorithm(a) => ("core-uri-algorithm", vec![("algorithm", a.clone().into())]),
            E::NotANumber { name, value } => (
                "core-uri-not-a-number",
                vec![("name", (*name).into()), ("value", value.clone().into())],
            ),
            E::SteamHotp => ("core-uri-steam-hotp", vec![]),
            E::Param(p) => p.message(),
        }
    }
}
