//! Import, export and automatic backups for the app: the file waits in Rust between preview and
//! confirmation, exports are written by Rust to the path the person chose, and a backup follows
//! a few seconds after the last change.

use super::{locked, AppState};
use crate::dto::{BackupView, CommandError, ExportResult, ImportPreview, ImportRow, ImportStatus};
use crate::input;
use sesame_core::crypto::KdfParams;
use sesame_core::export::sesame::{self as backup, BackupKey};
use sesame_core::export::{self, ExportFormat};
use sesame_core::i18n;
use sesame_core::import::{self, ImportError, Imported, Status};
use sesame_core::vault::{AutoBackup, ProfileSettings};
use std::path::Path;
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// The file being imported: its bytes (and a KeePass key file, if one is given) until its
/// password is given, then what it holds.
pub(super) enum Pending {
    Locked {
        file: Zeroizing<Vec<u8>>,
        key_file: Option<Zeroizing<Vec<u8>>>,
    },
    Read(Imported),
}

/// How long after the last change an automatic backup is written.
const BACKUP_DELAY: Duration = Duration::from_secs(3);
const KEEP_DEFAULT: u32 = 10;

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl AppState {
    /// Reads a dropped or chosen file; an encrypted one waits for `import_password`.
    pub fn import_file(&self, bytes: Vec<u8>) -> Result<ImportPreview, CommandError> {
        match import::read(&bytes, None, None) {
            Err(ImportError::NeedsPassword(format)) => {
                self.transient().pending = Some(Pending::Locked {
                    file: Zeroizing::new(bytes),
                    key_file: None,
                });
                Ok(ImportPreview {
                    app: format.app().to_owned(),
                    needs_password: true,
                    rows: Vec::new(),
                    warnings: Vec::new(),
                    new_count: 0,
                })
            }
            result => self.previewed(result.map_err(CommandError::from)?),
        }
    }

    /// A KeePass database's key file, used with the password that follows.
    pub fn import_key_file(&self, key: Vec<u8>) -> Result<(), CommandError> {
        if key.len() > import::MAX_FILE_BYTES {
            return Err(ImportError::TooLarge.into());
        }
        match &mut self.transient().pending {
            Some(Pending::Locked { key_file, .. }) => {
                *key_file = Some(Zeroizing::new(key));
                Ok(())
            }
            _ => Err(CommandError::invalid(i18n::say("import-choose-first", &[]))),
        }
    }

    /// Opens the waiting file; an empty password with a key file means the key file alone.
    pub fn import_password(&self, password: &str) -> Result<ImportPreview, CommandError> {
        let (file, key_file) = match self.transient().pending.take() {
            Some(Pending::Locked { file, key_file }) => (file, key_file),
            _ => return Err(CommandError::invalid(i18n::say("import-choose-first", &[]))),
        };
        let password = Some(password).filter(|p| !p.is_empty() || key_file.is_none());
        match import::read_with_key_file(&file, None, password, key_file.as_deref().map(|k| &k[..]))
        {
            Ok(imported) => self.previewed(imported),
            Err(e) => {
                // Keep the file for another try.
                self.transient().pending = Some(Pending::Locked { file, key_file });
                Err(e.into())
            }
        }
    }

    fn previewed(&self, imported: Imported) -> Result<ImportPreview, CommandError> {
        let statuses = self.with_entries(|existing| {
            let existing: Vec<_> = existing.iter().collect();
            import::preview(&imported, &existing)
        });
        let rows = imported
            .items
            .iter()
            .zip(&statuses)
            .map(|(item, status)| ImportRow {
                label: item.label.clone(),
                status: match status {
                    Status::New => ImportStatus::New,
                    Status::Duplicate => ImportStatus::Duplicate,
                    Status::Error(_) => ImportStatus::Error,
                },
                kind: item.entry.as_ref().ok().map(|e| e.account.kind().into()),
                error: match status {
                    Status::Error(reason) => Some(reason.clone()),
                    _ => None,
                },
                warnings: item.warnings.clone(),
            })
            .collect();
        let preview = ImportPreview {
            app: imported.format.app().to_owned(),
            needs_password: false,
            rows,
            warnings: imported.warnings.clone(),
            new_count: statuses.iter().filter(|s| **s == Status::New).count() as u32,
        };
        self.transient().pending = Some(Pending::Read(imported));
        Ok(preview)
    }

    /// Writes the previewed file's new accounts in one transaction; says what happened.
    pub fn import_commit(&self) -> Result<String, CommandError> {
        let imported = match self.transient().pending.take() {
            Some(Pending::Read(imported)) => imported,
            _ => {
                return Err(CommandError::invalid(i18n::say(
                    "import-nothing-previewed",
                    &[],
                )))
            }
        };
        // Checked again: the profile may have changed since the preview.
        let statuses = self.with_entries(|existing| {
            let existing: Vec<_> = existing.iter().collect();
            import::preview(&imported, &existing)
        });
        let summary = i18n::localize(&import::summary(&imported, &statuses, true));
        let new = import::new_entries(imported, &statuses);
        if !new.is_empty() {
            self.add(new)?;
        }
        Ok(summary)
    }

    pub fn import_cancel(&self) {
        self.transient().pending = None;
    }

    /// Writes an export of the unlocked profile (or of one entry) to `path`.
    pub fn export_to(
        &self,
        format: ExportFormat,
        path: &Path,
        password: Option<&str>,
        entry: Option<i64>,
        profile_password: Option<&str>,
    ) -> Result<ExportResult, CommandError> {
        match password {
            Some(p) if format.needs_password() => input::new_password(p, &[])?,
            Some(p) => input::password(p)?,
            None => {}
        }
        let chosen: Vec<_> = {
            let inner = self.vault_state();
            inner.confirm_owner(profile_password)?;
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
            unlocked
                .entries
                .iter()
                .filter(|e| entry.is_none_or(|id| e.id == id))
                .map(|e| (e.account.clone(), e.meta.clone()))
                .collect()
        };
        let refs: Vec<_> = chosen.iter().map(|(a, m)| (a, m)).collect();
        let out = export::export(format, &refs, password)?;
        let files = out.write(path).map_err(|e| {
            CommandError::unavailable(format!("cannot write {}: {e}", path.display()))
        })?;
        Ok(ExportResult {
            files: files.iter().map(|p| p.display().to_string()).collect(),
            count: (refs.len() - out.left_out.len()) as u32,
            left_out: out.left_out,
            warnings: out.warnings,
        })
    }

    pub fn backup_view(&self) -> BackupView {
        let settings = self.profile_settings().unwrap_or_default();
        let error = self
            .backup
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .error
            .clone();
        match settings.backup {
            Some(b) => BackupView {
                enabled: true,
                folder: Some(b.folder.display().to_string()),
                keep: b.keep,
                last_ms: b.last.map(|s| s * 1000),
                error,
            },
            None => BackupView {
                enabled: false,
                folder: None,
                keep: KEEP_DEFAULT,
                last_ms: None,
                error: None,
            },
        }
    }

    fn profile_settings(&self) -> Result<ProfileSettings, sesame_core::vault::VaultError> {
        let inner = self.vault_state();
        let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
        inner.vault()?.settings(&unlocked.session)
    }

    fn save_profile_settings(
        &self,
        settings: &ProfileSettings,
    ) -> Result<(), sesame_core::vault::VaultError> {
        let inner = self.vault_state();
        let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
        inner.vault()?.set_settings(&unlocked.session, settings)
    }

    /// Turns on automatic backups to `folder` under a new backup password, and writes one now;
    /// a password profile's password first.
    pub fn enable_backup(
        &self,
        folder: &Path,
        keep: u32,
        password: &str,
        profile_password: Option<&str>,
    ) -> Result<BackupView, CommandError> {
        if password.is_empty() {
            return Err(CommandError::invalid(i18n::say(
                "backup-choose-password",
                &[],
            )));
        }
        input::new_password(password, &[])?;
        self.vault_state().confirm_owner(profile_password)?;
        if !folder.is_dir() {
            return Err(CommandError::invalid(i18n::say(
                "backup-not-a-folder",
                &[("folder", folder.display().to_string().into())],
            )));
        }
        let key =
            BackupKey::derive(password, KdfParams::default()).map_err(CommandError::unavailable)?;
        let mut settings = self.profile_settings()?;
        settings.backup = Some(AutoBackup {
            folder: folder.to_owned(),
            keep: keep.clamp(1, 100),
            key,
            last: None,
        });
        self.save_profile_settings(&settings)?;
        self.back_up_now()?;
        Ok(self.backup_view())
    }

    pub fn disable_backup(&self) -> Result<BackupView, CommandError> {
        let mut settings = self.profile_settings()?;
        settings.backup = None;
        self.save_profile_settings(&settings)?;
        self.backup.lock().unwrap_or_else(|e| e.into_inner()).error = None;
        Ok(self.backup_view())
    }

    /// Writes a backup of the unlocked profile now, if backups are on. Its settings and entries
    /// are read and sealed together under one lock, so the file is one profile's snapshot even
    /// if the person switches profiles while it is written; the time of the backup is then
    /// recorded in that profile's settings only if it is still the one unlocked.
    pub fn back_up_now(&self) -> Result<(), CommandError> {
        let (auto, bytes, name, id) = {
            let inner = self.vault_state();
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
            let Some(auto) = inner.vault()?.settings(&unlocked.session)?.backup else {
                return Ok(());
            };
            let refs: Vec<_> = unlocked
                .entries
                .iter()
                .map(|e| (&e.account, &e.meta))
                .collect();
            let bytes = auto.key.write(refs);
            let session = &unlocked.session;
            (auto, bytes, session.name().to_owned(), session.backup_id())
        };
        let now = now_unix();
        let result =
            backup::write_to_folder(&auto.folder, &name, &id, &bytes, auto.keep as usize, now);
        let mut state = self.backup.lock().unwrap_or_else(|e| e.into_inner());
        state.due = None;
        match result {
            Ok(_) => {
                state.error = None;
                drop(state);
                let inner = self.vault_state();
                if let Some(u) = inner
                    .unlocked
                    .as_ref()
                    .filter(|u| u.session.backup_id() == id)
                {
                    let vault = inner.vault()?;
                    let mut settings = vault.settings(&u.session)?;
                    if let Some(b) = settings.backup.as_mut() {
                        b.last = Some(now);
                        vault.set_settings(&u.session, &settings)?;
                    }
                }
                Ok(())
            }
            Err(e) => {
                let message = format!(
                    "the automatic backup to {} failed: {e}",
                    auto.folder.display()
                );
                state.error = Some(message.clone());
                drop(state);
                Err(CommandError::unavailable(message))
            }
        }
    }

    /// Called after every change to the accounts: a backup follows BACKUP_DELAY later, and a
    /// sync sooner.
    pub(super) fn mark_changed(&self) {
        self.backup.lock().unwrap_or_else(|e| e.into_inner()).due =
            Some(Instant::now() + BACKUP_DELAY);
        self.sync_after_change();
    }

    /// Whether a debounced backup is due now (the backup task polls this).
    pub fn backup_due(&self) -> bool {
        self.backup
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .due
            .is_some_and(|due| Instant::now() >= due)
    }
}
