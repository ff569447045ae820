//! Reading other authenticators' exports (docs/formats.md section 2). Each format's module turns a
//! file into items: an account with what the person added to it, or the reason that entry
//! cannot be imported. Nothing is dropped silently, and nothing is written here: the preview
//! (`preview`) says what an import would do, and the caller commits it in one transaction.

mod aegis;
mod andotp;
mod android;
mod archive;
mod authenticator_plus;
mod authy;
mod battlenet;
mod bitwarden;
pub(crate) mod cipher;
pub mod cost;
mod database;
mod duo;
mod ente;
mod freeotp;
mod keepass;
mod lastpass;
mod onepassword;
mod proton;
mod proton_pass;
mod sesame;
mod steam;
mod stratum;
mod totp_authenticator;
mod twofas;
mod uris;

use crate::account::{Account, Algorithm, Kind, Secret};
use crate::uri;
use crate::vault::{EntryMeta, NewEntry, StoredEntry};
use serde_json::Value;

/// Files larger than this are refused before they are parsed: the largest real export holds
/// a few thousand accounts in well under a megabyte, icons included.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Uris,
    Aegis,
    TwoFas,
    AndOtp,
    FreeOtpPlus,
    Bitwarden,
    Ente,
    Proton,
    Stratum,
    GoogleMigration,
    Sesame,
    FreeOtp,
    Steam,
    Authy,
    TotpAuthenticator,
    AuthenticatorPlus,
    BattleNet,
    Duo,
    GoogleAuthenticatorDb,
    MicrosoftAuthenticator,
    KeePass,
    OnePassword,
    LastPass,
    ProtonPass,
}

impl Format {
    pub const ALL: [Format; 24] = [
        Format::Uris,
        Format::Aegis,
        Format::TwoFas,
        Format::AndOtp,
        Format::FreeOtpPlus,
        Format::Bitwarden,
        Format::Ente,
        Format::Proton,
        Format::Stratum,
        Format::GoogleMigration,
        Format::Sesame,
        Format::FreeOtp,
        Format::Steam,
        Format::Authy,
        Format::TotpAuthenticator,
        Format::AuthenticatorPlus,
        Format::BattleNet,
        Format::Duo,
        Format::GoogleAuthenticatorDb,
        Format::MicrosoftAuthenticator,
        Format::KeePass,
        Format::OnePassword,
        Format::LastPass,
        Format::ProtonPass,
    ];

    /// The name used by `--format` (README, "sesame-cli").
    pub fn name(self) -> &'static str {
        match self {
            Format::Uris => "uris",
            Format::Aegis => "aegis",
            Format::TwoFas => "2fas",
            Format::AndOtp => "andotp",
            Format::FreeOtpPlus => "freeotp-plus",
            Format::Bitwarden => "bitwarden",
            Format::Ente => "ente",
            Format::Proton => "proton",
            Format::Stratum => "stratum",
            Format::GoogleMigration => "google-migration",
            Format::Sesame => "sesame",
            Format::FreeOtp => "freeotp",
            Format::Steam => "steam",
            Format::Authy => "authy",
            Format::TotpAuthenticator => "totp-authenticator",
            Format::AuthenticatorPlus => "authenticator-plus",
            Format::BattleNet => "battle-net",
            Format::Duo => "duo",
            Format::GoogleAuthenticatorDb => "google-authenticator-db",
            Format::MicrosoftAuthenticator => "microsoft-authenticator",
            Format::KeePass => "keepass",
            Format::OnePassword => "1password",
            Format::LastPass => "lastpass",
            Format::ProtonPass => "proton-pass",
        }
    }

    /// The app's name, for messages.
    pub fn app(self) -> &'static str {
        match self {
            Format::Uris => "an otpauth URI list",
            Format::Aegis => "Aegis",
            Format::TwoFas => "2FAS",
            Format::AndOtp => "andOTP",
            Format::FreeOtpPlus => "FreeOTP+",
            Format::Bitwarden => "Bitwarden",
            Format::Ente => "Ente Auth",
            Format::Proton => "Proton Authenticator",
            Format::Stratum => "Authenticator Pro / Stratum",
            Format::GoogleMigration => "Google Authenticator",
            Format::Sesame => "Sesame",
            Format::FreeOtp => "FreeOTP",
            Format::Steam => "Steam Desktop Authenticator",
            Format::Authy => "Authy",
            Format::TotpAuthenticator => "TOTP Authenticator",
            Format::AuthenticatorPlus => "Authenticator Plus",
            Format::BattleNet => "Battle.net Authenticator",
            Format::Duo => "Duo Mobile",
            Format::GoogleAuthenticatorDb => "Google Authenticator",
            Format::MicrosoftAuthenticator => "Microsoft Authenticator",
            Format::KeePass => "KeePass",
            Format::OnePassword => "1Password",
            Format::LastPass => "LastPass Authenticator",
            Format::ProtonPass => "Proton Pass",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MiB, the most an export can be", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("not an export Sesame knows: expected one of {}", Format::ALL.map(Format::name).join(", "))]
    UnknownFormat,
    #[error("not {}: {reason}", .format.app())]
    NotThisFormat { format: Format, reason: String },
    #[error("this {} export is encrypted: its password is needed", .0.app())]
    NeedsPassword(Format),
    #[error("wrong password")]
    WrongPassword,
    #[error("the file's encryption parameters are out of range: {0}")]
    Parameters(String),
    /// The file asks for more key-derivation work than Sesame allows (import::cost).
    #[error("{0}")]
    TooCostly(String),
}

/// One entry of the file: what would be imported, or why it cannot be.
pub struct Item {
    /// "Issuer: account" as the file names it, for messages.
    pub label: String,
    pub entry: Result<NewEntry, String>,
    pub warnings: Vec<String>,
}

pub struct Imported {
    pub format: Format,
    pub items: Vec<Item>,
    /// What the format cannot carry, and other notes about the whole file.
    pub warnings: Vec<String>,
}

/// Reads an export: the format from `forced`, or detected from the content.
pub fn read(
    bytes: &[u8],
    forced: Option<Format>,
    password: Option<&str>,
) -> Result<Imported, ImportError> {
    read_with_key_file(bytes, forced, password, None)
}

/// As [`read`], with a KeePass key file (other formats have none).
pub fn read_with_key_file(
    bytes: &[u8],
    forced: Option<Format>,
    password: Option<&str>,
    key_file: Option<&[u8]>,
) -> Result<Imported, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let format = forced
        .or_else(|| detect(bytes))
        .ok_or(ImportError::UnknownFormat)?;
    let not = |reason: String| ImportError::NotThisFormat { format, reason };
    let (items, warnings) = match format {
        Format::Uris | Format::Ente | Format::GoogleMigration if is_image(bytes) => {
            uris::read_image(bytes).map_err(not)?
        }
        Format::Uris | Format::GoogleMigration => uris::read(text(bytes).map_err(not)?),
        Format::Ente => ente::read(bytes, password)?,
        Format::Aegis => aegis::read(&json(bytes).map_err(not)?, password)?,
        Format::TwoFas => twofas::read(&json(bytes).map_err(not)?, password)?,
        Format::AndOtp => andotp::read(bytes, password)?,
        Format::FreeOtpPlus => freeotp::read_json(&json(bytes).map_err(not)?).map_err(not)?,
        Format::FreeOtp if bytes.starts_with(android::JAVA_MAGIC) => {
            freeotp::read_backup(bytes, password)?
        }
        Format::FreeOtp => freeotp::read_xml(text(bytes).map_err(not)?).map_err(not)?,
        Format::Steam => steam::read(&json(bytes).map_err(not)?).map_err(not)?,
        Format::Authy => authy::read(text(bytes).map_err(not)?, password)?,
        Format::TotpAuthenticator => totp_authenticator::read(bytes, password)?,
        Format::AuthenticatorPlus => authenticator_plus::read(bytes, password)?,
        Format::BattleNet => battlenet::read(text(bytes).map_err(not)?).map_err(not)?,
        Format::Duo => duo::read(&json(bytes).map_err(not)?).map_err(not)?,
        Format::KeePass => keepass::read(bytes, password, key_file)?,
        Format::OnePassword => onepassword::read(bytes)?,
        Format::LastPass => lastpass::read(&json(bytes).map_err(not)?).map_err(not)?,
        Format::ProtonPass => proton_pass::read(bytes)?,
        Format::GoogleAuthenticatorDb | Format::MicrosoftAuthenticator => {
            database::read(bytes, format).map_err(not)?
        }
        Format::Bitwarden => bitwarden::read(bytes, password)?,
        Format::Proton => proton::read(&json(bytes).map_err(not)?).map_err(not)?,
        Format::Stratum if bytes.starts_with(database::MAGIC) => {
            database::read(bytes, format).map_err(not)?
        }
        Format::Stratum => stratum::read(bytes, password)?,
        Format::Sesame => sesame::read(bytes, password)?,
    };
    if items.is_empty() {
        return Err(not(crate::i18n::say("import-no-accounts", &[])));
    }
    Ok(Imported {
        format,
        items,
        warnings,
    })
}

type Read = (Vec<Item>, Vec<String>);

fn is_image(bytes: &[u8]) -> bool {
    image::guess_format(bytes).is_ok()
}

fn text(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|_| crate::i18n::say("import-not-text", &[]))
}

fn json(bytes: &[u8]) -> Result<Value, String> {
    serde_json::from_slice(bytes)
        .map_err(|e| crate::i18n::say("import-not-json", &[("why", e.to_string().into())]))
}

/// Guesses the format from the content (the file name is never trusted).
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(stratum::STRONG_MAGIC) || bytes.starts_with(stratum::LEGACY_MAGIC) {
        return Some(Format::Stratum);
    }
    if is_image(bytes) {
        return Some(Format::GoogleMigration);
    }
    if bytes.starts_with(android::JAVA_MAGIC) {
        return Some(Format::FreeOtp);
    }
    if bytes.starts_with(&keepass::MAGIC) {
        return Some(Format::KeePass);
    }
    if bytes.starts_with(database::MAGIC) {
        return database::detect(bytes);
    }
    if bytes.starts_with(archive::MAGIC) {
        let names = archive::names(bytes);
        let has = |f: &dyn Fn(&str) -> bool| names.iter().any(|n| f(n));
        return if has(&|n| n == authenticator_plus::FILE) {
            Some(Format::AuthenticatorPlus)
        } else if has(&|n| n == onepassword::FILE) {
            Some(Format::OnePassword)
        } else if has(&|n| n.starts_with(proton_pass::FOLDER)) {
            Some(Format::ProtonPass)
        } else {
            None
        };
    }
    if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
        let has = |key: &str| value.get(key).is_some();
        return Some(if duo::is_duo(&value) {
            Format::Duo
        } else if steam::is_mafile(&value) {
            Format::Steam
        } else if lastpass::is_export(&value) {
            Format::LastPass
        } else if proton_pass::is_export(&value) {
            Format::ProtonPass
        } else if value.is_array() {
            Format::AndOtp
        } else if value.get("format").and_then(Value::as_str) == Some(crate::export::sesame::MAGIC)
        {
            Format::Sesame
        } else if has("header") && has("db") {
            Format::Aegis
        } else if has("services") && has("schemaVersion") {
            Format::TwoFas
        } else if has("tokens") {
            Format::FreeOtpPlus
        } else if has("items") || has("passwordProtected") {
            Format::Bitwarden
        } else if has("kdfParams") && has("encryptedData") {
            Format::Ente
        } else if has("Authenticators") {
            Format::Stratum
        } else if has("entries") && has("version") {
            Format::Proton
        } else {
            return None;
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Some(format) = detect_preferences(text) {
            return Some(format);
        }
        if totp_authenticator::is_backup(text) {
            return Some(Format::TotpAuthenticator);
        }
        let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
        let lower = first.to_ascii_lowercase();
        if lower.contains("login_totp") {
            return Some(Format::Bitwarden);
        }
        if lower.starts_with("otpauth-migration:") {
            return Some(Format::GoogleMigration);
        }
        if lower.starts_with("otpauth:") || lower.starts_with("steam:") {
            return Some(if text.contains("codeDisplay=") {
                Format::Ente
            } else {
                Format::Uris
            });
        }
        return None;
    }
    // andOTP's encrypted backups have no magic: "if it's not JSON, assume encrypted" (Aegis).
    (bytes.len() > andotp::MIN_ENCRYPTED).then_some(Format::AndOtp)
}

/// Which app left an Android preferences file, from the names of its entries.
fn detect_preferences(text: &str) -> Option<Format> {
    use android::has_preference as has;
    if has(text, &[authy::AUTHENTICATOR, authy::AUTHY]) {
        Some(Format::Authy)
    } else if has(text, &[totp_authenticator::PREFERENCE]) {
        Some(Format::TotpAuthenticator)
    } else if has(text, &[battlenet::STORE, battlenet::SECRET]) {
        Some(Format::BattleNet)
    } else if text.trim_start().starts_with("<?xml") && text.contains("issuerExt") {
        Some(Format::FreeOtp)
    } else {
        None
    }
}

/// An account from the fields most formats store separately. Absent values take the Key Uri
/// Format's defaults.
pub(crate) struct Fields<'a> {
    pub kind: &'a str,
    pub issuer: &'a str,
    pub name: &'a str,
    pub secret: &'a str,
    pub algorithm: Option<&'a str>,
    pub digits: Option<i64>,
    pub period: Option<i64>,
    pub counter: Option<i64>,
}

impl Fields<'_> {
    pub fn account(&self) -> Result<Account, String> {
        self.build(uri::decode_secret(self.secret).map_err(|e| e.to_string())?)
    }

    /// With a secret the format stores as bytes rather than Base32 (`self.secret` unused).
    pub fn build(&self, secret: Secret) -> Result<Account, String> {
        let algorithm = match self.algorithm.filter(|a| !a.trim().is_empty()) {
            Some(a) => uri::parse_algorithm(a).map_err(|e| e.to_string())?,
            None => Algorithm::Sha1,
        };
        let number = |name: &str, value: Option<i64>, default: u64| -> Result<u64, String> {
            match value {
                None => Ok(default),
                Some(v) => u64::try_from(v).map_err(|_| format!("{name} cannot be {v}")),
            }
        };
        let digits = number("digits", self.digits, 6)?;
        let digits = u8::try_from(digits)
            .map_err(|_| crate::i18n::say("import-digits", &[("digits", digits.into())]))?;
        let kind = match self.kind.trim().to_ascii_lowercase().as_str() {
            "totp" | "" => Kind::Totp {
                period: u32::try_from(number("period", self.period, 30)?)
                    .map_err(|_| crate::i18n::say("import-period-too-long", &[]))?,
            },
            "hotp" => Kind::Hotp {
                counter: number("counter", self.counter, 0)?,
            },
            "steam" => {
                return Account::steam(self.issuer, self.name, secret)
                    .map_err(|e| crate::i18n::localize(&e))
            }
            unsupported @ ("motp" | "yandex") => {
                let kind = if unsupported == "motp" {
                    "mOTP"
                } else {
                    "Yandex"
                };
                return Err(crate::i18n::say(
                    "import-unsupported-kind",
                    &[("kind", kind.into())],
                ));
            }
            other => {
                return Err(crate::i18n::say(
                    "import-unknown-kind",
                    &[("kind", other.into())],
                ))
            }
        };
        Account::new(kind, self.issuer, self.name, algorithm, digits, secret)
            .map_err(|e| crate::i18n::localize(&e))
    }
}

/// "Issuer: account", or whichever of the two there is.
pub fn label(issuer: &str, name: &str) -> String {
    match (issuer.trim(), name.trim()) {
        ("", "") => "(unnamed)".into(),
        (i, "") => i.into(),
        ("", n) => n.into(),
        (i, n) => format!("{i}: {n}"),
    }
}

/// An item from an account (or the reason it cannot be one) and its metadata.
pub fn item(label: String, account: Result<Account, String>, meta: EntryMeta) -> Item {
    Item {
        label,
        entry: account.map(|account| NewEntry { account, meta }),
        warnings: Vec::new(),
    }
}

/// A secret written in base 16, 32 or 64 (apps that let the person choose say which).
pub fn secret_in_base(base: u32, text: &str) -> Option<Secret> {
    match base {
        16 => hex::decode(text.trim()).ok().map(Secret::new),
        32 => uri::decode_secret(text).ok(),
        64 => cipher::base64(text).map(Secret::new),
        _ => None,
    }
}

/// An entry that could not be read, named as the file numbers or names it.
pub fn damaged(label: String, why: impl ToString) -> Item {
    item(
        label,
        Err(crate::i18n::say(
            "import-damaged",
            &[("why", why.to_string().into())],
        )),
        crate::vault::EntryMeta::default(),
    )
}

/// A password manager's TOTP field: an otpauth URI (one without an issuer or name takes the
/// item's `title` and `user`), or a bare Base32 secret with TOTP's defaults.
pub fn totp_field(text: &str, title: &str, user: &str, meta: EntryMeta) -> Item {
    let text = text.trim();
    if !text.to_ascii_lowercase().starts_with("otpauth:") {
        let fields = Fields {
            kind: "totp",
            issuer: title,
            name: user,
            secret: text,
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        };
        return item(label(title, user), fields.account(), meta);
    }
    match uri::parse(text) {
        Ok(mut parsed) => {
            let a = &parsed.account;
            if a.issuer().is_empty() || a.name().is_empty() {
                let issuer = if a.issuer().is_empty() {
                    title
                } else {
                    a.issuer()
                };
                let name = if a.name().is_empty() { user } else { a.name() };
                match Account::new(
                    a.kind(),
                    issuer,
                    name,
                    a.algorithm(),
                    a.digits(),
                    a.secret().clone(),
                ) {
                    Ok(named) => parsed.account = named,
                    Err(e) => {
                        return item(label(title, user), Err(crate::i18n::localize(&e)), meta)
                    }
                }
            }
            uris::parsed_item(parsed, meta)
        }
        Err(e) => item(label(title, user), Err(crate::i18n::localize(&e)), meta),
    }
}

/// Each element of a JSON array read on its own, so one damaged entry is reported and the
/// others still import.
pub fn each<T: serde::de::DeserializeOwned>(
    values: &[Value],
    mut f: impl FnMut(T) -> Item,
) -> Vec<Item> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| match serde_json::from_value::<T>(v.clone()) {
            Ok(t) => f(t),
            Err(e) => damaged(
                crate::i18n::say("import-entry", &[("number", (i + 1).into())]),
                e,
            ),
        })
        .collect()
}

pub fn array<'a>(value: &'a Value, key: &str) -> Result<&'a Vec<Value>, String> {
    value
        .get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| crate::i18n::say("import-missing-list", &[("field", key.into())]))
}

/// What an import would do with each item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    New,
    /// The same secret and type is already in the profile (or earlier in the file).
    Duplicate,
    Error(String),
}

/// Marks each item as new, duplicate or error against the profile's entries.
pub fn preview(imported: &Imported, existing: &[&StoredEntry]) -> Vec<Status> {
    let mut seen: Vec<&Account> = Vec::new();
    imported
        .items
        .iter()
        .map(|item| match &item.entry {
            Err(reason) => Status::Error(reason.clone()),
            Ok(entry) => {
                let a = &entry.account;
                let same =
                    |b: &Account| b.kind().name() == a.kind().name() && b.secret() == a.secret();
                if existing.iter().any(|e| same(&e.account)) || seen.iter().any(|b| same(b)) {
                    Status::Duplicate
                } else {
                    seen.push(a);
                    Status::New
                }
            }
        })
        .collect()
}

/// "Imported 48, skipped 2 duplicates, 1 could not be imported: …".
pub fn summary(imported: &Imported, statuses: &[Status], written: bool) -> Summary {
    Summary {
        written,
        new: statuses.iter().filter(|s| **s == Status::New).count(),
        duplicates: statuses.iter().filter(|s| **s == Status::Duplicate).count(),
        errors: imported
            .items
            .iter()
            .zip(statuses)
            .filter_map(|(item, s)| match s {
                Status::Error(reason) => Some(format!("{} ({reason})", item.label)),
                _ => None,
            })
            .collect(),
    }
}

/// What an import did (or, not `written`, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub written: bool,
    pub new: usize,
    pub duplicates: usize,
    /// Each entry that cannot be imported, with why.
    pub errors: Vec<String>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let verb = if self.written {
            "Imported"
        } else {
            "Would import"
        };
        write!(f, "{verb} {}", self.new)?;
        match self.duplicates {
            0 => {}
            1 => f.write_str(", skipped 1 duplicate")?,
            n => write!(f, ", skipped {n} duplicates")?,
        }
        if !self.errors.is_empty() {
            let (n, list) = (self.errors.len(), self.errors.join("; "));
            write!(f, ", {n} could not be imported: {list}")?;
        }
        Ok(())
    }
}

impl crate::i18n::Localize for Summary {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        (
            "core-import-summary",
            vec![
                ("written", if self.written { "yes" } else { "no" }.into()),
                ("new", self.new.into()),
                ("duplicates", self.duplicates.into()),
                ("failed", self.errors.len().into()),
                ("errors", self.errors.join("; ").into()),
            ],
        )
    }
}

/// The new items' entries, in file order, for one transaction.
pub fn new_entries(imported: Imported, statuses: &[Status]) -> Vec<NewEntry> {
    imported
        .items
        .into_iter()
        .zip(statuses)
        .filter(|(_, s)| **s == Status::New)
        .filter_map(|(item, _)| item.entry.ok())
        .collect()
}

impl crate::i18n::Localize for ImportError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use ImportError as E;
        match self {
            E::Empty => ("core-file-empty", vec![]),
            E::TooLarge => (
                "core-import-too-large",
                vec![("mib", (MAX_FILE_BYTES / (1024 * 1024)).into())],
            ),
            E::UnknownFormat => (
                "core-import-unknown-format",
                vec![("formats", Format::ALL.map(Format::name).join(", ").into())],
            ),
            E::NotThisFormat { format, reason } => (
                "core-import-not-this-format",
                vec![
                    ("app", format.app().into()),
                    ("reason", reason.clone().into()),
                ],
            ),
            E::NeedsPassword(format) => (
                "core-import-needs-password",
                vec![("app", format.app().into())],
            ),
            E::WrongPassword => ("core-import-wrong-password", vec![]),
            E::Parameters(why) => ("core-import-parameters", vec![("why", why.clone().into())]),
            E::TooCostly(why) => ("core-as-is", vec![("message", why.clone().into())]),
        }
    }
}
