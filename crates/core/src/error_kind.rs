//! What kind of failure an error is, decided once for the app and the CLI: the app's error
//! kinds and the CLI's exit statuses (docs/cli.md) are both derived from this.

use crate::export::ExportError;
use crate::icon::IconError;
use crate::import::ImportError;
use crate::mirror::MirrorError;
use crate::password::WeakPassword;
use crate::qr::QrError;
use crate::scan::LinkError;
use crate::settings::SettingsError;
use crate::sync::SyncError;
use crate::vault::VaultError;

// Serialisable: the app's pages branch on it by name (`wrongPassword`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// The request itself cannot be done as asked: bad input, an unknown profile, a refused
    /// file. The person changes what they asked.
    Invalid,
    /// Nothing matches: no such entry.
    NotFound,
    /// A password or recovery key is wrong or missing.
    WrongPassword,
    /// The profile is locked.
    Locked,
    /// The keyring, the data directory or the database cannot be used as they are.
    Unavailable,
}

impl VaultError {
    pub fn kind(&self) -> ErrorKind {
        use VaultError as E;
        match self {
            E::WrongPassword(_) | E::WrongRecoveryKey(_) => ErrorKind::WrongPassword,
            E::Locked(_) => ErrorKind::Locked,
            E::NoEntry(_) => ErrorKind::NotFound,
            // Naming a profile that does not exist is a mistake in the request (CLI status 2).
            E::NoProfile(_)
            | E::ProfileExists(_)
            | E::InvalidName
            | E::LastSlot(_)
            | E::RecoveryFormat(_)
            | E::NoSlot { .. }
            | E::Params(_)
            | E::Invalid(_) => ErrorKind::Invalid,
            E::DataDir { .. }
            | E::NotADatabase { .. }
            | E::Damaged { .. }
            | E::NewerSchema { .. }
            | E::DiskFull
            | E::ReadOnly
            | E::Busy
            | E::Database(_)
            | E::KeyringUnavailable { .. }
            | E::KeyMissing(_)
            | E::DamagedSlot(_)
            | E::DamagedSettings(_)
            | E::IntegrityUnconfirmed(_)
            | E::Keyring(_) => ErrorKind::Unavailable,
        }
    }
}

impl ImportError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            ImportError::WrongPassword | ImportError::NeedsPassword(_) => ErrorKind::WrongPassword,
            ImportError::Empty
            | ImportError::TooLarge
            | ImportError::UnknownFormat
            | ImportError::NotThisFormat { .. }
            | ImportError::Parameters(_)
            | ImportError::TooCostly(_) => ErrorKind::Invalid,
        }
    }
}

impl SyncError {
    pub fn kind(&self) -> ErrorKind {
        use SyncError as E;
        match self {
            E::WrongPassphrase | E::WebDavRefused(_) => ErrorKind::WrongPassword,
            // Nothing lost; the next sync retries (CLI status 5).
            E::Unreachable { .. } | E::SetMissing { .. } | E::BadSet(_) | E::Integrity(_) => {
                ErrorKind::Unavailable
            }
            E::NotEnabled(_) | E::AlreadyEnabled { .. } | E::Invalid(_) => ErrorKind::Invalid,
            E::Vault(e) => e.kind(),
        }
    }
}

impl MirrorError {
    pub fn kind(&self) -> ErrorKind {
        use MirrorError as E;
        match self {
            E::Backup { source, .. } => source.kind(),
            E::Folder(..) => ErrorKind::Unavailable,
            E::Format(_) | E::AlreadyFollowed(_) | E::NotFollowed(_) => ErrorKind::Invalid,
            E::Vault(e) => e.kind(),
        }
    }
}

impl ExportError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            ExportError::Kdf(_) => ErrorKind::Unavailable,
            _ => ErrorKind::Invalid,
        }
    }
}

impl SettingsError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            SettingsError::Write(_) => ErrorKind::Unavailable,
            _ => ErrorKind::Invalid,
        }
    }
}

/// Errors that always mean the input was refused: a broken link or image, a weak password.
macro_rules! always_invalid {
    ($($error:ty),*) => {$(
        impl $error {
            pub fn kind(&self) -> ErrorKind {
                ErrorKind::Invalid
            }
        }
    )*};
}
always_invalid!(LinkError, QrError, IconError, WeakPassword);
