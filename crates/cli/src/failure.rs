//! Exit statuses of CLI.md, and the one-line message that goes with each failure.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Invalid input or usage: a malformed URI, an unreadable or unknown file, a bad flag.
    Invalid = 2,
}

#[derive(Debug)]
pub struct Failure {
    pub status: Status,
    pub message: String,
}

impl Failure {
    pub fn invalid(message: impl std::fmt::Display) -> Self {
        Failure {
            status: Status::Invalid,
            message: message.to_string(),
        }
    }
}
