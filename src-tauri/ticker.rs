//! Pushes code snapshots to a webview through a Channel: at every period boundary and whenever
//! the accounts change. It wakes at least once a second so a wall-clock jump or a resume from
//! suspend (tokio's clock is monotonic) is caught within a second. The accounts themselves
//! travel only when they changed: most pushes carry codes alone.

use crate::dto::{Code, CodesSnapshot, EntryView};
use crate::state::AppState;
use sesame_core::ticker;
use sesame_core::vault::StoredEntry;
use std::sync::Arc;
use std::time::Duration;
use tauri::ipc::Channel;

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

/// The first snapshot, with the accounts, answered to the page's subscription itself: one
/// round trip fewer than a push before the first codes are on screen.
pub fn first(session: &AppState) -> (CodesSnapshot, Made) {
    let (now, offset) = (session.now_ms(), session.offset_ms());
    session.with_revision_entries(|revision, entries| {
        (
            snapshot(entries, true, now, offset),
            made(revision, entries, now),
        )
    })
}

/// Pushes every change after `sent`; runs until the channel is gone (the page reloaded or the
/// window closed).
pub async fn run(session: Arc<AppState>, channel: Channel<CodesSnapshot>, sent: Made) {
    let mut revisions = session.watch();
    let mut last_sent = sent;
    // The page has its accounts: start-up's work is done.
    crate::heap::release_free();
    loop {
        // Marked seen before the entries are read: a change after this wakes the loop.
        revisions.borrow_and_update();
        let (now, offset) = (session.now_ms(), session.offset_ms());
        let (changed, wait) = session.with_revision_entries(|revision, entries| {
            next(&last_sent, revision, entries, now, offset)
        });
        if let Some((snapshot, made)) = changed {
            if channel.send(snapshot).is_err() {
                return;
            }
            last_sent = made;
            crate::heap::release_free();
        }
        let wait = Duration::from_millis(wait.unwrap_or(1000).clamp(1, 1000));
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            changed = revisions.changed() => if changed.is_err() { return },
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
