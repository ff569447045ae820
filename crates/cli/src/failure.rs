//! Exit statuses of the CLI contract, and the message that goes with each failure.

use sesame_core::vault::VaultError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing found: no matching entry.
    NotFound = 1,
    /// Invalid input or usage: a malformed URI, an unreadable or unknown file, a bad flag.
    Invalid = 2,
    /// Wrong or missing password; a locked profile.
    Password = 3,
    /// A query matches several entries.
    Ambiguous = 4,
    /// The key store or the data directory is unavailable.
    Unavailable = 5,
}

#[derive(Debug)]
pub struct Failure {
    pub status: Status,
    pub message: String,
}

impl Failure {
    pub fn new(status: Status, message: impl std::fmt::Display) -> Self {
        Failure {
            status,
            message: message.to_string(),
        }
    }

    pub fn invalid(message: impl std::fmt::Display) -> Self {
        Failure::new(Status::Invalid, message)
    }
}

impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Self {
        use VaultError as E;
        let status = match &e {
            E::WrongPassword(_) | E::WrongRecoveryKey(_) | E::Locked(_) => Status::Password,
            E::NoEntry(_) => Status::NotFound,
            E::NoProfile(_)
            | E::ProfileExists(_)
            | E::InvalidName
            | E::LastSlot(_)
            | E::RecoveryFormat(_)
            | E::NoSlot { .. }
            | E::Params(_)
            | E::Invalid(_) => Status::Invalid,
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
            | E::Keyring(_) => Status::Unavailable,
        };
        Failure::new(status, e)
    }
}
