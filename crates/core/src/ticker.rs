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

/// When this little of a code's window is left, copying gives the next code instead: by the
/// time it is pasted and sent, the current one would have expired.
pub const COPY_NEXT_WITHIN_MS: u64 = 2000;

/// The code to put on the clipboard at `now_ms` for a time-based account: the current one, or
/// the next when its window ends within [`COPY_NEXT_WITHIN_MS`]. `None` for HOTP, whose next
/// code must be generated (and its counter stored) instead.
pub fn code_to_copy(account: &Account, now_ms: u64) -> Option<String> {
    let period_ms = u64::from(account.kind().period()?) * 1000;
    let left = period_ms - now_ms % period_ms;
    let at = if left <= COPY_NEXT_WITHIN_MS {
        now_ms / 1000 + left.div_ceil(1000)
    } else {
        now_ms / 1000
    };
    Some(otp::code_at(account, at).text)
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

    #[test]
    fn copy_gives_the_next_code_in_the_last_two_seconds() {
        let a = totp(30);
        let now = |s: u64| otp::code_at(&a, s).text;
        assert_eq!(code_to_copy(&a, 45_000).as_deref(), Some(now(45).as_str()));
        assert_eq!(code_to_copy(&a, 57_999).as_deref(), Some(now(57).as_str()));
        // 2 s or less left: the code of the next window.
        assert_eq!(code_to_copy(&a, 58_000).as_deref(), Some(now(60).as_str()));
        assert_eq!(code_to_copy(&a, 59_999).as_deref(), Some(now(60).as_str()));
        assert_eq!(code_to_copy(&a, 60_000).as_deref(), Some(now(60).as_str()));
        let hotp = crate::uri::parse("otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQ&counter=3")
            .unwrap()
            .account;
        assert_eq!(code_to_copy(&hotp, 0), None);
    }
}
