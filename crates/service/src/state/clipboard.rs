//! Copying codes: Rust computes the code (the next one in a window's last 2 seconds), puts it
//! on the clipboard out of clipboard history, and clears it later, on lock and on quit, but only
//! if it still holds that code.

use super::{locked, AppState};
use crate::dto::{CommandError, Copied};
use sesame_capture::CodeClipboard;
use sesame_core::{ticker, Kind};
use std::sync::Arc;
use std::time::Duration;
use zeroize::Zeroizing;

impl AppState {
    /// The time codes are computed for: the system clock with the time correction.
    pub fn now_ms(&self) -> u64 {
        let system = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        system.saturating_add_signed(self.offset_ms())
    }

    pub fn offset_ms(&self) -> i64 {
        i64::from(self.settings().time_offset_seconds) * 1000
    }

    /// The code to use now for an entry (copied or typed): the next one in a window's last
    /// 2 seconds; for HOTP, the counter is stored before the code leaves Rust. Counted for the
    /// usage orders.
    pub fn code_to_use(&self, id: i64) -> Result<Zeroizing<String>, CommandError> {
        let account = {
            let inner = self.vault_state();
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
            unlocked
                .entries
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.account.clone())
                .ok_or_else(|| CommandError::from(sesame_core::vault::VaultError::NoEntry(id)))?
        };
        let code = Zeroizing::new(match account.kind() {
            Kind::Hotp { .. } => self.next_hotp(id)?,
            _ => ticker::code_to_copy(&account, self.now_ms()).unwrap_or_default(),
        });
        self.record_use(id);
        Ok(code)
    }

    /// Copies the entry's code; answers the code (to confirm it on screen) and the seconds
    /// until the clipboard is cleared (0: never).
    pub fn copy_code(&self, id: i64) -> Result<(Zeroizing<String>, u32), CommandError> {
        let code = self.code_to_use(id)?;
        // The clipboard's lock is released before `copied` is taken: `clear_copied` takes them
        // the other way round.
        {
            let mut clipboard = self.clipboard.lock().unwrap_or_else(|e| e.into_inner());
            if clipboard.is_none() {
                *clipboard = Some(CodeClipboard::new()?);
            }
            clipboard.as_mut().expect("just set").copy(&code)?;
        }
        *self.copied.lock().unwrap_or_else(|e| e.into_inner()) = Some(code.clone());
        Ok((code, self.settings().clipboard_clear_seconds))
    }

    /// Clears the clipboard if it still holds `code` (after the delay, on lock, on quit).
    pub fn clear_copied(&self, code: Option<&str>) {
        let mut copied = self.copied.lock().unwrap_or_else(|e| e.into_inner());
        let Some(held) = copied.as_ref() else { return };
        if code.is_some_and(|c| c != held.as_str()) {
            return;
        }
        if let Some(clipboard) = self
            .clipboard
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
        {
            // Nothing to do about a clipboard that cannot be read any more.
            let _ = clipboard.clear_if_holds(held);
        }
        *copied = None;
    }

    /// Copies an entry's code, and clears the clipboard of it after the configured time (on the
    /// caller's tokio runtime). The copy command, quick copy and the tray all copy through it.
    pub async fn copy(self: Arc<Self>, id: i64) -> Result<Copied, CommandError> {
        let state = Arc::clone(&self);
        let (code, clear_seconds) = tokio::task::spawn_blocking(move || state.copy_code(id))
            .await
            .map_err(|e| CommandError::unavailable(format!("internal error: {e}")))??;
        if clear_seconds > 0 {
            let held = code.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(u64::from(clear_seconds))).await;
                let _ = tokio::task::spawn_blocking(move || self.clear_copied(Some(&held))).await;
            });
        }
        Ok(Copied {
            code: code.to_string(),
            clear_seconds,
        })
    }
}
