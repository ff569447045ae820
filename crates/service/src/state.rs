//! The app's state: the open vault, the active profile and, while it is unlocked, its entries.
//! Locking drops the session and the decrypted entries (their secrets are zeroized). What is
//! done with it is in the modules below: the lock lifecycle (`profiles`), the accounts
//! (`entries`), adding them (`enrol`), copying codes (`clipboard`), the app's settings (`settings`), and
//! import, export and backups (`transfer`).

use crate::dto::{AppStatus, ProfileView};
use sesame_core::i18n;
use sesame_core::keystore::{KeyStore, KeyStoreError, OsKeyring};
use sesame_core::vault::{self, Credential, NewEntry, Session, StoredEntry, Vault, VaultError};
use std::sync::{Mutex, MutexGuard};
use tokio::sync::watch;

mod clipboard;
mod enrol;
mod entries;
mod profiles;
mod settings;
pub mod sync;
mod transfer;

/// The debounced automatic backup: when it is due, and why the last one failed.
#[derive(Default)]
struct BackupState {
    due: Option<std::time::Instant>,
    error: Option<String>,
}

struct Unlocked {
    session: Session,
    entries: Vec<StoredEntry>,
    problems: Vec<String>,
    /// The integrity record is damaged or was rolled back: writes wait for the person.
    integrity_unconfirmed: bool,
}

struct Inner {
    vault: Result<Vault, String>,
    keyring: Result<OsKeyring, KeyStoreError>,
    active: Option<String>,
    unlocked: Option<Unlocked>,
    /// Why the active profile is locked, when it is not the person's doing.
    notice: Option<String>,
}

/// What the open profile has outside its session, all forgotten at once when it locks or another
/// profile opens (see [`AppState::forget_transient`]).
#[derive(Default)]
struct Transient {
    /// Accounts from the last scanned image, waiting for the person to save them.
    scanned: Vec<NewEntry>,
    /// The file being imported, between preview and confirmation.
    pending: Option<transfer::Pending>,
    /// The last removed entry and its place, for Undo.
    removed: Option<(StoredEntry, usize)>,
}

pub struct AppState {
    inner: Mutex<Inner>,
    /// Whether the vault is open: `inner` is not used before (see [`AppState::start`]).
    opened: (Mutex<bool>, std::sync::Condvar),
    revision: watch::Sender<u64>,
    transient: Mutex<Transient>,
    backup: Mutex<BackupState>,
    sync: Mutex<sync::SyncRun>,
    data_dir: Option<std::path::PathBuf>,
    app_settings: Mutex<sesame_core::settings::AppSettings>,
    clipboard: Mutex<Option<sesame_capture::CodeClipboard>>,
    /// The code last copied, until the clipboard is cleared of it.
    copied: Mutex<Option<zeroize::Zeroizing<String>>>,
    /// Whether the system says its clock is synchronised (None: it cannot say).
    clock_synchronised: Mutex<Option<bool>>,
    /// An otpauth link Sesame was opened with, until an unlocked profile takes it.
    link: Mutex<Option<zeroize::Zeroizing<String>>>,
}

impl AppState {
    /// Opens the vault in the data directory and unlocks what the keyring can unlock; with no
    /// profile yet, creates `default` in the keyring, or waits for a password if there is none.
    /// That happens on a thread of its own while the window and its web view start; whatever
    /// needs the vault first waits for it.
    pub fn start() -> std::sync::Arc<Self> {
        let state = std::sync::Arc::new(Self::unopened(vault::default_dir()));
        let opening = std::sync::Arc::clone(&state);
        std::thread::spawn(move || opening.open());
        state
    }

    /// As [`AppState::start`], in a given data directory, opened before it returns.
    pub fn start_in(dir: Option<std::path::PathBuf>) -> Self {
        let state = Self::unopened(dir);
        state.open();
        state
    }

    fn unopened(dir: Option<std::path::PathBuf>) -> Self {
        let app_settings = dir
            .as_deref()
            .map(sesame_core::settings::AppSettings::load)
            .unwrap_or_default();
        // The app's errors and notices speak the person's language from the first.
        let language = i18n::resolve(&app_settings.language, &i18n::system_languages());
        i18n::set_language(language);
        AppState {
            inner: Mutex::new(Inner {
                vault: Err(String::new()),
                keyring: Err(KeyStoreError::NoService(String::new())),
                active: None,
                unlocked: None,
                notice: None,
            }),
            opened: (Mutex::new(false), std::sync::Condvar::new()),
            revision: watch::channel(0).0,
            transient: Mutex::default(),
            backup: Mutex::new(BackupState::default()),
            sync: Mutex::default(),
            data_dir: dir,
            app_settings: Mutex::new(app_settings),
            clipboard: Mutex::new(None),
            copied: Mutex::new(None),
            clock_synchronised: Mutex::new(None),
            link: Mutex::new(None),
        }
    }

    /// Opens the vault and the keyring and unlocks the profile they can; then lets the waiting
    /// callers in.
    fn open(&self) {
        {
            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            inner.vault = self
                .data_dir
                .clone()
                .ok_or_else(|| "no data directory: set SESAME_DATA_DIR".to_owned())
                .and_then(|dir| Vault::open(&dir).map_err(|e| i18n::localize(&e)));
            inner.keyring = OsKeyring::connect();
            // Keyring profiles' integrity generations are kept there too (rollback detection).
            let ks = inner.keyring.as_ref().ok().cloned();
            if let (Ok(vault), Some(ks)) = (inner.vault.as_mut(), ks) {
                vault.guard_rollback(std::sync::Arc::new(ks));
            }
            inner
                .open_first_profile()
                .unwrap_or_else(|e| eprintln!("sesame: {e}"));
            self.revision.send_modify(|r| *r += 1);
        }
        let (opened, ready) = &self.opened;
        *opened.lock().unwrap_or_else(|e| e.into_inner()) = true;
        ready.notify_all();
    }

    /// The vault and the active profile, once the vault is open ([`AppState::start`] opens it
    /// on a thread of its own).
    fn vault_state(&self) -> MutexGuard<'_, Inner> {
        let (opened, ready) = &self.opened;
        let mut done = opened.lock().unwrap_or_else(|e| e.into_inner());
        while !*done {
            done = ready.wait(done).unwrap_or_else(|e| e.into_inner());
        }
        drop(done);
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn transient(&self) -> MutexGuard<'_, Transient> {
        self.transient.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs a change under the lock and tells the ticker. The revision moves before the lock
    /// is let go, so whoever reads entries under the lock reads their revision with them.
    fn change<T>(
        &self,
        f: impl FnOnce(&mut Inner) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        let mut inner = self.vault_state();
        let out = f(&mut inner);
        self.revision.send_modify(|r| *r += 1);
        out
    }

    pub fn watch(&self) -> watch::Receiver<u64> {
        self.revision.subscribe()
    }

    pub fn status(&self) -> AppStatus {
        let inner = self.vault_state();
        let profiles = inner
            .vault
            .as_ref()
            .ok()
            .and_then(|v| v.profiles().ok())
            .unwrap_or_default();
        let active = inner.active.clone();
        let remind_backup = inner.unlocked.as_ref().is_some_and(|u| {
            !u.entries.is_empty()
                && inner
                    .vault()
                    .and_then(|v| v.settings(&u.session))
                    .is_ok_and(|s| s.backup.is_none())
        });
        let remind_recovery = active
            .as_ref()
            .and_then(|a| profiles.iter().find(|p| &p.name == a))
            .is_some_and(|p| p.keyring && !p.password && !p.recovery)
            && inner
                .unlocked
                .as_ref()
                .is_some_and(|u| !u.entries.is_empty());
        AppStatus {
            profiles: profiles
                .into_iter()
                .map(|p| ProfileView {
                    name: p.name,
                    password: p.password,
                    keyring: p.keyring,
                    recovery: p.recovery,
                })
                .collect(),
            active,
            locked: inner.unlocked.is_none(),
            keyring_available: inner.keyring.is_ok(),
            notice: inner.notice.clone(),
            problems: inner
                .unlocked
                .as_ref()
                .map(|u| u.problems.clone())
                .unwrap_or_default(),
            remind_recovery,
            integrity_unconfirmed: inner
                .unlocked
                .as_ref()
                .is_some_and(|u| u.integrity_unconfirmed),
            data_error: inner.vault.as_ref().err().cloned(),
            remind_backup,
            clock_warning: (*self
                .clock_synchronised
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                == Some(false))
            .then(|| i18n::say("clock-warning", &[])),
            language: self.language().to_owned(),
        }
    }

    /// The unlocked profile's entries; none while locked.
    pub fn with_entries<T>(&self, f: impl FnOnce(&[StoredEntry]) -> T) -> T {
        f(self.vault_state().entries())
    }

    /// The entries with their revision, read together (see `change`).
    pub fn with_revision_entries<T>(&self, f: impl FnOnce(u64, &[StoredEntry]) -> T) -> T {
        let inner = self.vault_state();
        f(*self.revision.borrow(), inner.entries())
    }
}

impl AppState {
    /// Whether the answer changed.
    pub fn set_clock(&self, synchronised: Option<bool>) -> bool {
        let mut known = self
            .clock_synchronised
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *known, synchronised) != synchronised
    }
}

fn locked(inner: &Inner) -> VaultError {
    VaultError::Locked(inner.active.clone().unwrap_or_default())
}

impl Inner {
    /// The unlocked profile's entries; none while locked.
    fn entries(&self) -> &[StoredEntry] {
        self.unlocked.as_ref().map_or(&[], |u| u.entries.as_slice())
    }

    fn vault(&self) -> Result<&Vault, VaultError> {
        self.vault
            .as_ref()
            .map_err(|e| VaultError::Database(e.clone()))
    }

    /// What exposes the open profile's secrets (reveal, export, backups elsewhere, a recovery
    /// key, unlocking with the OS login) or weakens its protection asks for its password again,
    /// checked against its password slot: whoever finds it unlocked cannot do these alone. A
    /// profile kept only by the keyring has no password to ask.
    fn confirm_owner(&self, password: Option<&str>) -> Result<(), VaultError> {
        let unlocked = self.unlocked.as_ref().ok_or_else(|| locked(self))?;
        let vault = self.vault()?;
        let name = unlocked.session.name();
        if vault.profile(name)?.password {
            let pw = password.ok_or_else(|| VaultError::WrongPassword(name.to_owned()))?;
            // The session this opens is dropped at once.
            vault.unlock(name, Credential::Password(pw.as_bytes()))?;
        }
        Ok(())
    }

    fn take_session(&mut self) -> Result<Session, VaultError> {
        self.unlocked
            .take()
            .map(|u| u.session)
            .ok_or_else(|| locked(self))
    }

    fn set_unlocked(&mut self, session: Session) -> Result<(), VaultError> {
        let listing = self.vault()?.entries(&session)?;
        let entries = listing.entries.iter().flatten().cloned().collect();
        let mut problems = listing.problems;
        problems.extend(
            listing
                .entries
                .iter()
                .filter_map(|e| e.as_ref().err())
                .map(|d| format!("entry {}: {}", d.id, d.reason)),
        );
        self.unlocked = Some(Unlocked {
            session,
            entries,
            problems,
            integrity_unconfirmed: listing.integrity_unconfirmed,
        });
        self.notice = None;
        Ok(())
    }

    /// The `default` profile (or the first): unlocked when the keyring can; with no profile
    /// yet, `default` is created in the keyring, or a password is asked for if there is none.
    fn open_first_profile(&mut self) -> Result<(), VaultError> {
        let Ok(vault) = &self.vault else {
            return Ok(());
        };
        let profiles = vault.profiles()?;
        match profiles
            .iter()
            .find(|p| p.name == "default")
            .or(profiles.first())
        {
            Some(p) => {
                let name = p.name.clone();
                self.activate(&name)
            }
            None => {
                if let Ok(ks) = &self.keyring {
                    let session =
                        vault.create_profile("default", None, Some(ks as &dyn KeyStore))?;
                    self.active = Some("default".into());
                    self.set_unlocked(session)?;
                } else if let Err(e) = &self.keyring {
                    self.notice = Some(i18n::say(
                        "notice-no-keyring",
                        &[("why", i18n::localize(e).into())],
                    ));
                }
                Ok(())
            }
        }
    }

    fn refresh(&mut self) -> Result<(), VaultError> {
        let session = self.take_session()?;
        self.set_unlocked(session)
    }

    fn activate(&mut self, name: &str) -> Result<(), VaultError> {
        self.unlocked = None;
        self.notice = None;
        self.active = Some(name.to_owned());
        let info = self.vault()?.profile(name)?;
        if !info.keyring {
            return Ok(());
        }
        let attempt = match &self.keyring {
            Ok(ks) => self.vault()?.unlock(name, Credential::Keyring(ks)),
            Err(e) => Err(VaultError::KeyringUnavailable {
                profile: name.to_owned(),
                source: e.clone(),
            }),
        };
        match attempt {
            Ok(session) => self.set_unlocked(session),
            Err(
                e @ (VaultError::KeyMissing(_)
                | VaultError::KeyringUnavailable { .. }
                | VaultError::DamagedSlot(_)),
            ) => {
                self.notice = Some(i18n::localize(&e));
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
