//! What the code ticker sends and when: pure functions of the accounts and the time, so the
//! app's task is a thin loop around them.

use crate::account::Account;
use crate::otp::{self, Code};

/// An account's code now, and the one after it for time-based kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeState {
    pub current: Code,
    pub next: Option<String>,
}

pub fn state(account: &Account, now: u64) -> CodeState {
    let current = otp::code_at(account, now);
    let next = current
        .window
        .map(|(_, end)| otp::code_at(account, end).text);
    CodeState { current, next }
}

/// The time step of each time-based account; a new snapshot is due when this changes.
pub fn steps<'a>(accounts: impl IntoIterator<Item = &'a Account>, now: u64) -> Vec<u64> {
    accounts
        .into_iter()
        .filter_map(|a| a.kind().period())
        .map(|p| now / u64::from(p))
        .collect()
}

/// Milliseconds from `now_ms` to the earliest period boundary of any account, if any.
pub fn until_next_boundary_ms<'a>(
    accounts: impl IntoIterator<Item = &'a Account>,
    now_ms: u64,
) -> Option<u64> {
    accounts
        .into_iter()
        .filter_map(|a| a.kind().period())
        .map(|p| {
            let p = u64::from(p) * 1000;
            p - now_ms % p
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Algorithm, Kind, Secret};

    fn totp(period: u32) -> Account {
        Account::new(
            Kind::Totp { period },
            "",
            "",
            Algorithm::Sha1,
            8,
            Secret::new(b"12345678901234567890".to_vec()),
        )
        .unwrap()
    }

    #[test]
    fn state_has_window_and_next_code() {
        let s = state(&totp(30), 59);
        assert_eq!(s.current.text, "94287082");
        assert_eq!(s.current.window, Some((30, 60)));
        assert_eq!(
            s.next.as_deref(),
            Some(otp::code_at(&totp(30), 60).text.as_str())
        );
    }

    #[test]
    fn steps_change_only_at_boundaries() {
        let accounts = [totp(30), totp(20)];
        assert_eq!(steps(&accounts, 59), vec![1, 2]);
        assert_eq!(steps(&accounts, 59), steps(&accounts, 40));
        assert_ne!(steps(&accounts, 59), steps(&accounts, 60));
    }

    #[test]
    fn next_boundary_is_the_earliest() {
        let accounts = [totp(30), totp(20)];
        assert_eq!(until_next_boundary_ms(&accounts, 59_500), Some(500));
        assert_eq!(until_next_boundary_ms(&accounts, 41_000), Some(19_000));
        assert_eq!(until_next_boundary_ms(&[] as &[Account], 0), None);
    }
}
