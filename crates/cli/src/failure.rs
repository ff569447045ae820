//! Exit statuses of the CLI contract, and the message that goes with each failure.

use sesame_core::error_kind::ErrorKind;
use sesame_core::import::ImportError;
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

impl From<ErrorKind> for Status {
    fn from(kind: ErrorKind) -> Self {
        match kind {
            ErrorKind::Invalid => Status::Invalid,
            ErrorKind::NotFound => Status::NotFound,
            ErrorKind::WrongPassword | ErrorKind::Locked => Status::Password,
            ErrorKind::Unavailable => Status::Unavailable,
        }
    }
}

impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Self {
        Failure::new(e.kind().into(), e)
    }
}

impl From<ImportError> for Failure {
    fn from(e: ImportError) -> Self {
        Failure::new(e.kind().into(), e)
    }
}
