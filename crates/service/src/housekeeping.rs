//! The service's own timetable, run by the shell on its async runtime: the automatic backup a
//! few seconds after the last change to the accounts, sync (on unlocking, after changes and
//! every few minutes), and the question whether the system's
//! clock is synchronised, a few seconds after start-up (not during it: timedatectl may have to
//! start systemd's time service) and then every 10 minutes.

use crate::clock;
use crate::state::AppState;
use std::sync::Arc;
use std::time::Duration;

/// Runs for as long as the app does; `clock_changed` is called when the clock's answer changes,
/// so the shell can tell the page.
pub async fn run(state: Arc<AppState>, clock_changed: impl Fn() + Send + 'static) {
    const CLOCK_FIRST: u32 = 5;
    let mut ticks = 0u32;
    loop {
        ticks = ticks.wrapping_add(1);
        if ticks % 600 == CLOCK_FIRST {
            let s = Arc::clone(&state);
            let changed =
                tokio::task::spawn_blocking(move || s.set_clock(clock::synchronised())).await;
            if changed.unwrap_or(false) {
                clock_changed();
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        if state.backup_due() {
            let s = Arc::clone(&state);
            // A failure is kept in the backup view for the UI to show.
            let _ = tokio::task::spawn_blocking(move || s.back_up_now()).await;
        }
        if state.sync_due() {
            let s = Arc::clone(&state);
            // Beside the app's lock, so the loop and the codes go on; a failure is kept in the
            // sync view, and the next sync retries.
            tokio::task::spawn_blocking(move || s.sync_now());
        }
    }
}
