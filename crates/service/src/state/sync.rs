//! Sync in the app (sesame_core::sync): when a profile is unlocked, a few seconds after each
//! change to its accounts, and every five minutes; followed backup folders (mirrors) are read at
//! the same times. A sync runs on a database connection and session handle of its own, so a
//! slow server never holds up the codes; what it pulled is shown once it has committed.

use super::{locked, AppState};
use crate::dto::{CommandError, SyncView};
use sesame_core::crypto::KdfParams;
use sesame_core::sync::{self, Location};
use sesame_core::vault::{Session, Vault};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// How long after a change its sync starts: a burst of changes goes in one sync.
const AFTER_CHANGE: Duration = Duration::from_secs(2);
/// How often the app syncs when nothing changes here, to hear of the other devices' changes.
const EVERY: Duration = Duration::from_secs(5 * 60);

#[derive(Default)]
pub(super) struct SyncRun {
    due: Option<Instant>,
    running: bool,
    error: Option<String>,
}

/// Where to sync, as the person gave it.
pub enum SyncPlace {
    Folder(std::path::PathBuf),
    WebDav {
        url: String,
        user: Option<String>,
        password: Option<Zeroizing<String>>,
    },
}

impl AppState {
    fn sync_run(&self) -> std::sync::MutexGuard<'_, SyncRun> {
        self.sync.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A handle on the unlocked profile and a connection of its own, for work done beside the
    /// app's (the app's lock is not held while it runs).
    fn beside(&self) -> Result<(Vault, Session), CommandError> {
        let session = {
            let inner = self.vault_state();
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
            unlocked.session.duplicate()
        };
        let dir = self
            .data_dir
            .as_deref()
            .ok_or_else(|| CommandError::unavailable("no data directory: set SESAME_DATA_DIR"))?;
        Ok((Vault::open(dir)?, session))
    }

    pub fn sync_view(&self) -> SyncView {
        let error = self.sync_run().error.clone();
        let status = self
            .beside()
            .ok()
            .and_then(|(vault, session)| sync::status(&vault, &session).ok());
        let Some(status) = status.filter(|s| s.enabled) else {
            return SyncView::default();
        };
        let report = status.last_report.unwrap_or_default();
        SyncView {
            enabled: true,
            location: status.location,
            last_ms: status.last_sync.map(|s| s * 1000),
            devices: status
                .devices
                .into_iter()
                .filter(|d| !d.this_device)
                .map(|d| d.name)
                .collect(),
            arrived: report.arrived,
            problems: report.problems,
            error,
        }
    }

    /// Starts syncing the open profile (a password profile's password first): a new set at the
    /// place, or the one already there, which the passphrase must open.
    pub fn enable_sync(
        &self,
        place: SyncPlace,
        passphrase: &str,
        profile_password: Option<&str>,
    ) -> Result<SyncView, CommandError> {
        self.vault_state().confirm_owner(profile_password)?;
        let location = match place {
            SyncPlace::Folder(path) => Location::Folder { path },
            SyncPlace::WebDav {
                url,
                user,
                password,
            } => Location::Webdav {
                url,
                user,
                password,
            },
        };
        let (vault, session) = self.beside()?;
        let (_, report) =
            sync::enable(&vault, &session, location, passphrase, KdfParams::default())?;
        self.after_sync(&session, report.pulled);
        Ok(self.sync_view())
    }

    pub fn disable_sync(&self) -> Result<SyncView, CommandError> {
        let (vault, session) = self.beside()?;
        sync::disable(&vault, &session)?;
        self.sync_run().error = None;
        Ok(self.sync_view())
    }

    /// Syncs the open profile now and reads its followed backup folders; a failure is kept
    /// for the dialog, and the next sync retries.
    pub fn sync_now(&self) -> Result<SyncView, CommandError> {
        {
            let mut run = self.sync_run();
            if run.running {
                drop(run);
                return Ok(self.sync_view());
            }
            run.running = true;
            run.due = Some(Instant::now() + EVERY);
        }
        let result = self.sync_beside();
        let mut run = self.sync_run();
        run.running = false;
        match result {
            Ok(()) => {
                run.error = None;
                drop(run);
                Ok(self.sync_view())
            }
            Err(e) => {
                run.error = Some(e.message.clone());
                Err(e)
            }
        }
    }

    fn sync_beside(&self) -> Result<(), CommandError> {
        let (vault, session) = self.beside()?;
        let mut pulled = 0;
        if sync::status(&vault, &session)?.enabled {
            pulled += sync::sync_now(&vault, &session)?.pulled;
        }
        if !vault.settings(&session)?.mirrors.is_empty() {
            let outcomes = sesame_core::mirror::run(&vault, &session)?;
            pulled += outcomes.iter().map(|o| o.added).sum::<usize>();
            if let Some(e) = outcomes.into_iter().find_map(|o| o.error) {
                return Err(e.into());
            }
        }
        self.after_sync(&session, pulled);
        Ok(())
    }

    /// Shows what a sync brought, if the profile it ran for is still the one open.
    fn after_sync(&self, session: &Session, pulled: usize) {
        if pulled == 0 {
            return;
        }
        let _ = self.change(|inner| {
            let same = inner
                .unlocked
                .as_ref()
                .is_some_and(|u| u.session.backup_id() == session.backup_id());
            if same {
                inner.refresh()?;
            }
            Ok(())
        });
    }

    /// After a change to the accounts, or on unlocking: a sync soon.
    pub(super) fn schedule_sync(&self, after: Duration) {
        self.sync_run().due = Some(Instant::now() + after);
    }

    pub(super) fn sync_after_change(&self) {
        self.schedule_sync(AFTER_CHANGE);
    }

    /// Whether a sync is due now (the housekeeping task polls this); the first one comes as
    /// soon as a profile is open.
    pub fn sync_due(&self) -> bool {
        let due = {
            let run = self.sync_run();
            !run.running && run.due.is_none_or(|due| Instant::now() >= due)
        };
        due && self.vault_state().unlocked.is_some()
    }
}
