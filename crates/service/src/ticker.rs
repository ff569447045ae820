//! Code snapshots for a page: new ones at every period boundary and whenever the accounts
//! change. The accounts themselves travel only when they changed: most carry codes alone.

use crate::dto::{Code, CodesSnapshot, EntryView};
use crate::state::AppState;
use sesame_core::ticker;
use sesame_core::vault::StoredEntry;
use std::time::Duration;
use tokio::sync::watch;

fn code(entry: &StoredEntry, now: u64) -> Code {
    // HOTP codes appear only when asked for (next_hotp), which stores the counter.
    if entry.account.kind().counter().is_some() {
        return Code {
            code: String::new(),
            next_code: None,
            valid_from_ms: None,
            valid_until_ms: None,
        };
    }
    let s = ticker::state(&entry.account, now);
    Code {
        code: s.current.text,
        next_code: s.next,
        valid_from_ms: s.current.window.map(|(from, _)| from * 1000),
        valid_until_ms: s.current.window.map(|(_, until)| until * 1000),
    }
}

/// What a snapshot was made of: the accounts' revision and each code's time step.
#[derive(PartialEq)]
pub struct Made {
    revision: u64,
    steps: Vec<u64>,
}

fn made(revision: u64, entries: &[StoredEntry], now_ms: u64) -> Made {
    let steps = ticker::steps(entries.iter().map(|e| &e.account), now_ms / 1000);
    Made { revision, steps }
}

fn snapshot(
    entries: &[StoredEntry],
    with_accounts: bool,
    now_ms: u64,
    offset_ms: i64,
) -> CodesSnapshot {
    CodesSnapshot {
        entries: with_accounts.then(|| entries.iter().map(EntryView::from).collect()),
        codes: entries.iter().map(|e| code(e, now_ms / 1000)).collect(),
        offset_ms,
    }
}

/// What to push after `sent` (None: nothing changed), and how long until the next code
/// changes. Called under the state's lock, so the entries are those of `revision`.
fn next(
    sent: &Made,
    revision: u64,
    entries: &[StoredEntry],
    now_ms: u64,
    offset_ms: i64,
) -> (Option<(CodesSnapshot, Made)>, Option<u64>) {
    let wait = ticker::until_next_boundary_ms(entries.iter().map(|e| &e.account), now_ms);
    let made = made(revision, entries, now_ms);
    let changed = (made != *sent).then(|| {
        let with_accounts = revision != sent.revision;
        (snapshot(entries, with_accounts, now_ms, offset_ms), made)
    });
    (changed, wait)
}

/// The codes side of a page's subscription: what the page was last sent, and a watch on the
/// accounts' revisions.
pub struct Ticker {
    sent: Made,
    revisions: watch::Receiver<u64>,
}

impl Ticker {
    /// The first snapshot, with the accounts: the answer to the page's subscription itself.
    pub fn start(session: &AppState) -> (CodesSnapshot, Ticker) {
        let mut revisions = session.watch();
        // Marked seen before the entries are read: a change after this is seen by `changes`.
        revisions.borrow_and_update();
        let (now, offset) = (session.now_ms(), session.offset_ms());
        let (snapshot, sent) = session.with_revision_entries(|revision, entries| {
            (
                snapshot(entries, true, now, offset),
                made(revision, entries, now),
            )
        });
        (snapshot, Ticker { sent, revisions })
    }

    /// The snapshot to send now, if anything changed since the last, and how long until a
    /// code changes. At most a second: a wall-clock jump or a resume from suspend (tokio's
    /// clock is monotonic) is caught within a second.
    pub fn poll(&mut self, session: &AppState) -> (Option<CodesSnapshot>, Duration) {
        self.revisions.borrow_and_update();
        let (now, offset) = (session.now_ms(), session.offset_ms());
        let (changed, wait) = session.with_revision_entries(|revision, entries| {
            next(&self.sent, revision, entries, now, offset)
        });
        let snapshot = changed.map(|(snapshot, made)| {
            self.sent = made;
            snapshot
        });
        let wait = Duration::from_millis(wait.unwrap_or(1000).clamp(1, 1000));
        (snapshot, wait)
    }

    /// Waits for the accounts to change (never returns if they cannot any more).
    pub async fn changes(&mut self) {
        if self.revisions.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sesame_core::vault::EntryMeta;

    fn entry(id: i64, uri: &str) -> StoredEntry {
        StoredEntry {
            id,
            account: sesame_core::uri::parse(uri).expect("a test URI").account,
            meta: EntryMeta::default(),
            updated_at: 0,
            version: 1,
        }
    }

    #[test]
    fn accounts_travel_only_when_they_changed() {
        let entries = [
            entry(
                1,
                "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme",
            ),
            entry(
                2,
                "otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&counter=3",
            ),
        ];
        let t = 1_700_000_000_000; // 20 s into a 30-s window
        let snapshot = snapshot(&entries, true, t, 0);
        let names: Vec<_> = snapshot
            .entries
            .expect("accounts in the first")
            .iter()
            .map(|e| e.issuer.clone())
            .collect();
        assert_eq!(names, ["Acme", "Bank"]);
        assert_eq!(
            snapshot.codes.len(),
            2,
            "one code per account, in their order"
        );
        assert_eq!(snapshot.codes[0].valid_until_ms, Some(1_700_000_010_000));
        assert!(
            snapshot.codes[1].code.is_empty(),
            "HOTP: no code until asked"
        );
        let made = made(7, &entries, t);

        // Same accounts, same window: nothing to send.
        let (nothing, wait) = next(&made, 7, &entries, t + 5_000, 0);
        assert!(nothing.is_none());
        assert_eq!(wait, Some(5_000), "until the end of the window");
        // A new window: codes only.
        let (pushed, _) = next(&made, 7, &entries, t + 20_000, 0);
        let (snapshot, later) = pushed.expect("a push at the boundary");
        assert!(snapshot.entries.is_none());
        assert_ne!(snapshot.codes[0].code, code(&entries[0], t / 1000).code);
        // The accounts changed (a new revision): they travel again, even in the same window.
        let (pushed, _) = next(&later, 8, &entries[..1], t + 21_000, 0);
        let snapshot = pushed.expect("a push for the change").0;
        assert_eq!(snapshot.entries.map(|e| e.len()), Some(1));
        assert_eq!(snapshot.codes.len(), 1);
    }
}
