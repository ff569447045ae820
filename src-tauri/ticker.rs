//! Pushes code snapshots to a webview through a Channel: at every period boundary and whenever
//! the accounts change. It wakes at least once a second so a wall-clock jump or a resume from
//! suspend (tokio's clock is monotonic) is caught within a second.

use crate::dto::{CodeView, CodesSnapshot, EntryView};
use crate::state::AppState;
use sesame_core::ticker;
use sesame_core::vault::StoredEntry;
use std::sync::Arc;
use std::time::Duration;
use tauri::ipc::Channel;

pub fn snapshot(entries: &[StoredEntry], now_ms: u64, offset_ms: i64) -> CodesSnapshot {
    let now = now_ms / 1000;
    CodesSnapshot {
        codes: entries
            .iter()
            .map(|e| {
                // HOTP codes appear only when asked for (next_hotp), which stores the counter.
                if e.account.kind().counter().is_some() {
                    return CodeView {
                        entry: EntryView::from(e),
                        code: String::new(),
                        next_code: None,
                        valid_from_ms: None,
                        valid_until_ms: None,
                    };
                }
                let s = ticker::state(&e.account, now);
                CodeView {
                    entry: EntryView::from(e),
                    code: s.current.text,
                    next_code: s.next,
                    valid_from_ms: s.current.window.map(|(from, _)| from * 1000),
                    valid_until_ms: s.current.window.map(|(_, until)| until * 1000),
                }
            })
            .collect(),
        offset_ms,
    }
}

/// What a snapshot was made of: the accounts' revision and each code's time step. A snapshot
/// is pushed only when this changes.
#[derive(PartialEq)]
pub struct Made(u64, Vec<u64>);

/// The state of the codes now, and how long until the next one changes.
fn made(session: &AppState, now: u64, revision: u64) -> (Made, Option<u64>) {
    let (steps, wait) = session.with_entries(|entries| {
        let accounts = entries.iter().map(|e| &e.account);
        (
            ticker::steps(accounts.clone(), now / 1000),
            ticker::until_next_boundary_ms(accounts, now),
        )
    });
    (Made(revision, steps), wait)
}

/// The first snapshot, answered to the page's subscription itself: one round trip fewer than
/// a push before the first codes are on screen.
pub fn first(session: &AppState) -> (CodesSnapshot, Made) {
    let now = session.now_ms();
    let revision = *session.watch().borrow();
    let (key, _) = made(session, now, revision);
    let offset = session.offset_ms();
    let snap = session.with_entries(|entries| snapshot(entries, now, offset));
    (snap, key)
}

/// Pushes every change after `sent`; runs until the channel is gone (the page reloaded or the
/// window closed).
pub async fn run(session: Arc<AppState>, channel: Channel<CodesSnapshot>, sent: Made) {
    let mut revisions = session.watch();
    let mut last_sent = sent;
    loop {
        let now = session.now_ms();
        let revision = *revisions.borrow_and_update();
        let (key, wait) = made(&session, now, revision);
        if last_sent != key {
            let offset = session.offset_ms();
            let snap = session.with_entries(|entries| snapshot(entries, now, offset));
            if channel.send(snap).is_err() {
                return;
            }
            last_sent = key;
        }
        let wait = Duration::from_millis(wait.unwrap_or(1000).clamp(1, 1000));
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            changed = revisions.changed() => if changed.is_err() { return },
        }
    }
}
