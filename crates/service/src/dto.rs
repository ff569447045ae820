//! The types that cross the IPC boundary. TypeScript versions live in ui/src/gen/ and a test
//! fails when they drift (`SESAME_WRITE_BINDINGS=1 cargo test --test bindings` rewrites them).
//! No type here carries an account secret.

use serde::Serialize;
use sesame_core::vault::StoredEntry;
use sesame_core::Kind;
use ts_rs::TS;

pub use sesame_core::error_kind::ErrorKind;
pub use sesame_core::settings::AppSettings;

/// The kind of code an account makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum CodeKind {
    Totp,
    Hotp,
    Steam,
}

impl From<Kind> for CodeKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Totp { .. } => CodeKind::Totp,
            Kind::Hotp { .. } => CodeKind::Hotp,
            Kind::Steam => CodeKind::Steam,
        }
    }
}

/// What an import would do with one entry of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ImportStatus {
    New,
    Duplicate,
    Error,
}

/// What a QR code that is not an authenticator code holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum OtherContent {
    Url,
    Wifi,
    Text,
}

impl From<sesame_core::scan::OtherKind> for OtherContent {
    fn from(kind: sesame_core::scan::OtherKind) -> Self {
        use sesame_core::scan::OtherKind as O;
        match kind {
            O::Url => OtherContent::Url,
            O::Wifi => OtherContent::Wifi,
            O::Text => OtherContent::Text,
        }
    }
}

/// An account as the list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryView {
    pub id: String,
    pub issuer: String,
    pub account: String,
    pub kind: CodeKind,
    pub warnings: Vec<String>,
    pub group: String,
    pub note: String,
    pub favorite: bool,
    /// None: Sesame picks one (a brand icon for the issuer, else a letter); a brand's name; or
    /// a custom image as a PNG data URL.
    pub icon: Option<String>,
    /// The brand icon shown when there is no custom image: the one `icon` names, else the
    /// issuer's.
    pub brand: Option<BrandView>,
    pub params: CodeParams,
    pub uses: u32,
    /// Unix seconds of the last copy; 0: never.
    #[ts(type = "number")]
    pub last_used: i64,
}

pub use crate::brands::BrandView;

/// How an account's codes are made (nothing secret): what the advanced edit changes.
#[derive(Debug, Clone, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodeParams {
    pub kind: CodeKind,
    pub algorithm: sesame_core::Algorithm,
    pub digits: u8,
    /// Seconds, for TOTP.
    pub period: Option<u32>,
    /// The counter of the next code, for HOTP.
    #[ts(type = "number | null")]
    pub counter: Option<u64>,
}

impl From<&sesame_core::Account> for CodeParams {
    fn from(a: &sesame_core::Account) -> Self {
        CodeParams {
            kind: a.kind().into(),
            algorithm: a.algorithm(),
            digits: a.digits(),
            period: match a.kind() {
                Kind::Totp { period } => Some(period),
                _ => None,
            },
            counter: a.kind().counter(),
        }
    }
}

/// An account typed into the manual form. The secret is the one the person typed: it goes to
/// Rust, never back.
#[derive(serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ManualAccount {
    pub issuer: String,
    pub account: String,
    /// Base32, as sites show it (spaces, hyphens and lower case are fine).
    pub secret: String,
    pub params: CodeParams,
}

impl Drop for ManualAccount {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.secret);
    }
}

impl ManualAccount {
    /// The account, or a message naming the field that is wrong.
    pub fn account(&self) -> Result<sesame_core::Account, CommandError> {
        if self.issuer.trim().is_empty() && self.account.trim().is_empty() {
            return Err(CommandError::invalid(
                "give the account an issuer or a name",
            ));
        }
        if [&self.issuer, &self.account]
            .iter()
            .any(|f| f.chars().count() > 200)
            || self.secret.len() > 1024
        {
            return Err(CommandError::invalid(
                "names are at most 200 characters, secrets 1,024",
            ));
        }
        if self.secret.trim().is_empty() {
            return Err(CommandError::invalid(
                "type the secret the site shows (its setup key)",
            ));
        }
        let secret =
            sesame_core::uri::decode_secret(&self.secret).map_err(CommandError::invalid)?;
        let base = sesame_core::Account::new(
            Kind::Totp { period: 30 },
            self.issuer.clone(),
            self.account.clone(),
            sesame_core::Algorithm::Sha1,
            6,
            secret,
        )
        .map_err(CommandError::invalid)?;
        self.params.apply(&base).map_err(CommandError::invalid)
    }
}

/// The live preview of the manual form: the code the account makes now.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ManualPreview {
    /// The current code; for HOTP, the code at the counter (shown, not used up).
    pub code: String,
    #[ts(type = "number | null")]
    pub valid_until_ms: Option<u64>,
}

impl CodeParams {
    /// The account with these parameters; a message naming what is out of range.
    pub fn apply(&self, account: &sesame_core::Account) -> Result<sesame_core::Account, String> {
        let kind = match (self.kind, self.period, self.counter) {
            (CodeKind::Totp, Some(period), _) => Kind::Totp { period },
            (CodeKind::Hotp, _, Some(counter)) => Kind::Hotp { counter },
            (CodeKind::Steam, _, _) => Kind::Steam,
            (CodeKind::Totp, None, _) => return Err("a TOTP account needs a period".into()),
            (CodeKind::Hotp, _, None) => return Err("an HOTP account needs a counter".into()),
        };
        account
            .with_params(kind, self.algorithm, self.digits)
            .map_err(|e| e.to_string())
    }
}

impl From<&StoredEntry> for EntryView {
    fn from(e: &StoredEntry) -> Self {
        EntryView {
            id: e.id.to_string(),
            issuer: e.account.issuer().to_owned(),
            account: e.account.name().to_owned(),
            kind: e.account.kind().into(),
            warnings: Vec::new(),
            group: e.meta.group.clone(),
            note: e.meta.note.clone(),
            favorite: e.meta.favorite,
            icon: e.meta.icon.clone(),
            brand: brand_for(e.account.issuer(), e.meta.icon.as_deref()),
            params: CodeParams::from(&e.account),
            uses: e.meta.uses,
            last_used: e.meta.last_used,
        }
    }
}

/// No brand over a custom image; a brand name the person gave over the issuer.
fn brand_for(issuer: &str, icon: Option<&str>) -> Option<BrandView> {
    match icon {
        Some(icon) if sesame_core::icon::is_custom(icon) => None,
        Some(name) if !name.trim().is_empty() => crate::brands::find(name),
        _ => crate::brands::find(issuer),
    }
}

/// One entry's code: pushed at each period boundary, with the window the UI counts down.
/// HOTP entries carry no code (`""`): the person asks for the next one.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    pub code: String,
    pub next_code: Option<String>,
    /// Unix milliseconds; absent for HOTP, whose codes do not expire.
    #[ts(type = "number | null")]
    pub valid_from_ms: Option<u64>,
    #[ts(type = "number | null")]
    pub valid_until_ms: Option<u64>,
}

/// The codes of the unlocked profile; empty while it is locked.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CodesSnapshot {
    /// The accounts, in the first snapshot and whenever they changed; otherwise absent, as
    /// they are the last ones sent (most pushes only renew codes).
    pub entries: Option<Vec<EntryView>>,
    /// One code per account, in the accounts' order.
    pub codes: Vec<Code>,
    /// The time correction in milliseconds: the UI counts down on the corrected clock.
    #[ts(type = "number")]
    pub offset_ms: i64,
}

/// The answer to the page's subscription: the codes now, and the subscription's number, with
/// which the page asks for what follows (`next_pushes`).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Subscribed {
    #[ts(type = "number")]
    pub id: u64,
    pub snapshot: CodesSnapshot,
}

/// Something Rust tells the page, in answer to `next_pushes`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Push {
    /// New codes, and the accounts when they changed.
    Codes { snapshot: CodesSnapshot },
    /// The profile was locked (the tray, the session, suspend): the page asks for its status.
    Status,
    /// A link Sesame was opened with waits for its preview (`take_link_preview`).
    Link,
    /// Quick copy opened.
    Quick { open: QuickOpen },
    /// Quick copy closed.
    QuickClosed,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    pub name: String,
    pub password: bool,
    pub keyring: bool,
    pub recovery: bool,
}

/// Profiles, which one is active and whether it is locked, and what the person should know.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub profiles: Vec<ProfileView>,
    pub active: Option<String>,
    pub locked: bool,
    pub keyring_available: bool,
    /// Why the active profile is locked or cannot be set up (keyring missing, key missing).
    pub notice: Option<String>,
    /// What the integrity check found in the unlocked profile.
    pub problems: Vec<String>,
    /// A keyring-only profile with accounts and no recovery key: a reset keyring loses them.
    pub remind_recovery: bool,
    /// The integrity record is damaged or was rolled back (in `problems`): changes wait until
    /// the person has checked the accounts and confirms a new record.
    pub integrity_unconfirmed: bool,
    /// The data directory or database cannot be used.
    pub data_error: Option<String>,
    /// The profile has accounts and no automatic backup.
    pub remind_backup: bool,
    /// The system says its clock is not synchronised: every code may be wrong.
    pub clock_warning: Option<String>,
    /// The language to show (a tag of `sesame_core::i18n::LANGUAGES`): the chosen one, else the
    /// system's.
    pub language: String,
}

/// An account found in a scanned image, as the preview shows it (no secret).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScannedAccount {
    pub issuer: String,
    pub account: String,
    pub kind: CodeKind,
    pub digits: u8,
    pub period: Option<u32>,
    /// Already in this profile (same kind and secret): not saved again.
    pub duplicate: bool,
    /// "batch 1 of 3" for a Google Authenticator export.
    pub batch: Option<String>,
    pub warnings: Vec<String>,
}

/// A QR code that is not an authenticator code.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OtherCode {
    pub content: OtherContent,
    pub preview: String,
}

/// What an image held, before anything is saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanPreview {
    pub accounts: Vec<ScannedAccount>,
    pub others: Vec<OtherCode>,
    /// Codes Sesame cannot use, missing export batches, or that no code was found.
    pub problems: Vec<String>,
}

/// What a command failure looks like to the UI: a kind to branch on, a message to show.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}")]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
}

impl CommandError {
    pub fn invalid(message: impl std::fmt::Display) -> Self {
        CommandError {
            kind: ErrorKind::Invalid,
            message: message.to_string(),
        }
    }

    /// The system (disk, clipboard, screen) failed Sesame, not the request.
    pub fn unavailable(message: impl std::fmt::Display) -> Self {
        CommandError {
            kind: ErrorKind::Unavailable,
            message: message.to_string(),
        }
    }
}

/// Each of the core's errors becomes a command error of the kind `sesame_core::error_kind`
/// gives it, with its own message.
macro_rules! from_core_errors {
    ($($error:ty),*) => {$(
        impl From<$error> for CommandError {
            fn from(e: $error) -> Self {
                CommandError {
                    kind: e.kind(),
                    message: sesame_core::i18n::localize(&e),
                }
            }
        }
    )*};
}
from_core_errors!(
    sesame_core::vault::VaultError,
    sesame_core::import::ImportError,
    sesame_core::export::ExportError,
    sesame_core::settings::SettingsError,
    sesame_core::scan::LinkError,
    sesame_core::qr::QrError,
    sesame_core::icon::IconError,
    sesame_core::password::WeakPassword,
    sesame_core::sync::SyncError,
    sesame_core::mirror::MirrorError
);

impl From<sesame_capture::CaptureError> for CommandError {
    fn from(e: sesame_capture::CaptureError) -> Self {
        use sesame_capture::CaptureError as E;
        let said = sesame_core::i18n::localize(&Captured(&e));
        match e {
            E::NoImage => CommandError::invalid(said),
            E::Clipboard(_) | E::Screen(_) => CommandError::unavailable(said),
        }
    }
}

/// The capture crate's errors in the app's language (it knows no catalogue itself).
struct Captured<'a>(&'a sesame_capture::CaptureError);

impl std::fmt::Display for Captured<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl sesame_core::i18n::Localize for Captured<'_> {
    fn message(&self) -> (&'static str, sesame_core::i18n::Args) {
        use sesame_capture::CaptureError as E;
        match self.0 {
            E::Clipboard(why) => ("core-capture-clipboard", vec![("why", why.clone().into())]),
            E::NoImage => ("core-capture-no-image", vec![]),
            E::Screen(why) => ("core-capture-screen", vec![("why", why.clone().into())]),
        }
    }
}

/// One entry of a file being imported, as the preview shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    pub label: String,
    pub status: ImportStatus,
    pub kind: Option<CodeKind>,
    pub error: Option<String>,
    pub warnings: Vec<String>,
}

/// What an import would do; nothing is written until the person confirms.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// The app the file comes from, e.g. "Aegis".
    pub app: String,
    /// The file is encrypted: ask for its password, then preview.
    pub needs_password: bool,
    pub rows: Vec<ImportRow>,
    /// What the format cannot carry, missing Google export codes, …
    pub warnings: Vec<String>,
    pub new_count: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub files: Vec<String>,
    pub count: u32,
    /// Accounts the format cannot hold, with the reason.
    pub left_out: Vec<String>,
    /// Fields the format does not keep.
    pub warnings: Vec<String>,
}

/// The active profile's automatic backups.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupView {
    pub enabled: bool,
    pub folder: Option<String>,
    pub keep: u32,
    /// Unix milliseconds of the last backup written.
    #[ts(type = "number | null")]
    pub last_ms: Option<i64>,
    /// Why the last automatic backup failed, if it did.
    pub error: Option<String>,
}

/// The open profile's sync, for the sync dialog: where, when it last synced, with whom, and
/// what the last sync brought or could not read.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncView {
    pub enabled: bool,
    pub location: Option<String>,
    /// Unix milliseconds of the last completed sync.
    #[ts(type = "number | null")]
    pub last_ms: Option<i64>,
    /// The other devices' names.
    pub devices: Vec<String>,
    /// What the last sync brought ("added GitHub: alice").
    pub arrived: Vec<String>,
    /// Files the last sync ignored, and accounts kept despite a delete.
    pub problems: Vec<String>,
    /// Why the last sync failed, if it did (the next one retries).
    pub error: Option<String>,
}

/// How hard a password being chosen is to guess (sesame_core::password), for its meter.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasswordStrength {
    /// 0 (guessed at once) to 4.
    pub score: u8,
    /// Strong enough for Sesame to accept.
    pub acceptable: bool,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

impl From<sesame_core::password::Strength> for PasswordStrength {
    fn from(s: sesame_core::password::Strength) -> Self {
        PasswordStrength {
            score: s.score,
            acceptable: s.acceptable(),
            warning: s.warning,
            suggestions: s.suggestions,
        }
    }
}

/// What a copy did: the person sees the code confirmed, and for how long it stays.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Copied {
    pub code: String,
    /// 0: the clipboard is not cleared.
    pub clear_seconds: u32,
}

/// What the Edit dialog changes: names, what the person adds, and (behind a warning) the code
/// parameters.
#[derive(Debug, Clone, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryEdit {
    pub issuer: String,
    pub account: String,
    pub group: String,
    pub note: String,
    pub favorite: bool,
    /// As in [`EntryView::icon`].
    pub icon: Option<String>,
    /// None: the code parameters stay as they are.
    pub params: Option<CodeParams>,
}

impl EntryEdit {
    /// Names and group up to 200 characters, a note up to 2,000.
    pub fn check(&self) -> Result<(), CommandError> {
        let long = [&self.issuer, &self.account, &self.group]
            .iter()
            .any(|f| f.chars().count() > 200)
            || self.note.chars().count() > 2000;
        if long {
            return Err(CommandError::invalid(
                "names and groups are at most 200 characters, notes at most 2,000",
            ));
        }
        if self
            .icon
            .as_deref()
            .is_some_and(|i| sesame_core::icon::sanitise(i).is_none())
        {
            return Err(CommandError::invalid(
                "that icon cannot be used: pick another picture",
            ));
        }
        if self.issuer.trim().is_empty() && self.account.trim().is_empty() {
            return Err(CommandError::invalid(
                "give the account an issuer or a name",
            ));
        }
        Ok(())
    }
}

/// An entry's secret, shown only because the person asked (and, for a password profile, gave
/// the password again).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Revealed {
    /// The otpauth URI, which holds the secret.
    #[ts(type = "string")]
    pub uri: zeroize::Zeroizing<String>,
    /// The secret in Base32.
    #[ts(type = "string")]
    pub secret: zeroize::Zeroizing<String>,
    /// The QR code of the URI, as a data: URL (PNG), to scan with a phone.
    pub qr: String,
}

/// Quick copy opened: the account the active window's title names, if any, and that title.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuickOpen {
    pub suggested: Option<String>,
    pub title: Option<String>,
}

/// What Enter in quick copy did, to say so.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuickOutcome {
    pub typed: bool,
    pub message: String,
}
