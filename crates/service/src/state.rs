//! The app's state: the open vault, the active profile and, while it is unlocked, its entries.
//! Locking drops the session and the decrypted entries (their secrets are zeroized).

use crate::dto::{
    AppStatus, EntryView, OtherCode, ProfileView, Revealed, ScanPreview, ScannedAccount,
};
use sesame_core::keystore::{KeyStore, KeyStoreError, OsKeyring};
use sesame_core::scan::{self, Content};
use sesame_core::vault::{
    self, Credential, EntryMeta, NewEntry, Session, StoredEntry, Vault, VaultError,
};
use std::sync::{Mutex, MutexGuard};
use tokio::sync::watch;

mod clipboard;
mod enrol;
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
                .and_then(|dir| Vault::open(&dir).map_err(|e| e.to_string()));
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
            .then(|| crate::clock::WARNING.to_owned()),
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

    pub fn unlock(
        &self,
        profile: &str,
        password: Option<&str>,
        recovery: Option<&str>,
    ) -> Result<(), VaultError> {
        self.change(|inner| {
            let vault = inner.vault()?;
            let session = match (password, recovery) {
                (Some(pw), _) => vault.unlock(profile, Credential::Password(pw.as_bytes()))?,
                (None, Some(key)) => vault.unlock(profile, Credential::Recovery(key))?,
                (None, None) => {
                    let ks =
                        inner
                            .keyring
                            .as_ref()
                            .map_err(|e| VaultError::KeyringUnavailable {
                                profile: profile.to_owned(),
                                source: e.clone(),
                            })?;
                    vault.unlock(profile, Credential::Keyring(ks))?
                }
            };
            inner.active = Some(profile.to_owned());
            inner.set_unlocked(session)
        })
    }

    /// Locks the active profile: its session and every transient copy of its accounts go.
    pub fn lock_profile(&self) {
        self.forget_transient();
        let _ = self.change(|inner| {
            inner.unlocked = None;
            inner.notice = None;
            Ok(())
        });
    }

    /// Locks the current profile and opens another: unlocked at once when the keyring holds
    /// its key, else locked, waiting for its password.
    pub fn switch(&self, profile: &str) -> Result<(), VaultError> {
        self.forget_transient();
        self.change(|inner| {
            inner.vault()?.profile(profile)?;
            inner.activate(profile)
        })
    }

    /// Creates a profile and opens it, starting from nothing of the profile open before.
    pub fn create_profile(&self, name: &str, password: Option<&str>) -> Result<(), VaultError> {
        self.forget_transient();
        self.change(|inner| {
            let session = {
                let vault = inner.vault()?;
                match password {
                    Some(pw) => vault.create_profile(name, Some(pw.as_bytes()), None)?,
                    None => {
                        let ks = inner
                            .keyring
                            .as_ref()
                            .map_err(|e| VaultError::Keyring(e.clone()))?;
                        vault.create_profile(name, None, Some(ks as &dyn KeyStore))?
                    }
                }
            };
            inner.active = Some(session.name().to_owned());
            inner.set_unlocked(session)
        })
    }

    /// Sets, changes (`current` must be right) or removes (empty `new`) the active profile's
    /// password. Without a password the profile is kept by the keyring.
    pub fn change_password(&self, current: Option<&str>, new: &str) -> Result<(), VaultError> {
        self.change(|inner| {
            let name = inner
                .active
                .clone()
                .ok_or(VaultError::NoProfile(String::new()))?;
            let info = inner.vault()?.profile(&name)?;
            let mut session = match current {
                Some(pw) => inner
                    .vault()?
                    .unlock(&name, Credential::Password(pw.as_bytes()))?,
                None if info.password => return Err(VaultError::WrongPassword(name)),
                None => inner.take_session()?,
            };
            let result = inner.vault()?.change_password(
                &mut session,
                Some(new.as_bytes()).filter(|n| !n.is_empty()),
                inner
                    .keyring
                    .as_ref()
                    .map(|k| k as &dyn KeyStore)
                    .map_err(Clone::clone),
            );
            inner.set_unlocked(session)?;
            result
        })
    }

    /// A new recovery key (revoking the one before); a password profile's password first.
    pub fn create_recovery_key(&self, password: Option<&str>) -> Result<String, VaultError> {
        self.change(|inner| {
            inner.confirm_owner(password)?;
            let mut session = inner.take_session()?;
            let key = inner.vault()?.create_recovery_key(&mut session);
            inner.set_unlocked(session)?;
            Ok(key?.as_str().to_owned())
        })
    }

    pub fn add(&self, items: Vec<NewEntry>) -> Result<Vec<EntryView>, VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            let ids = inner.vault()?.add(&unlocked.session, &items)?;
            inner.refresh()?;
            self.mark_changed();
            Ok(inner
                .entries()
                .iter()
                .filter(|e| ids.contains(&e.id))
                .map(EntryView::from)
                .collect())
        })
    }

    /// The next HOTP code; its counter is stored before the code is returned.
    pub fn next_hotp(&self, id: i64) -> Result<String, VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            let code = inner.vault()?.next_hotp(&unlocked.session, id)?;
            inner.refresh()?;
            self.mark_changed();
            Ok(code)
        })
    }

    /// Lets a password profile also unlock with the OS login (a keyring slot), with its
    /// password; or stops it.
    pub fn set_login_unlock(
        &self,
        enabled: bool,
        password: Option<&str>,
    ) -> Result<(), VaultError> {
        self.change(|inner| {
            if enabled {
                inner.confirm_owner(password)?;
            }
            let mut session = inner.take_session()?;
            let result = (|| {
                let ks = inner
                    .keyring
                    .as_ref()
                    .map_err(|e| VaultError::Keyring(e.clone()))?;
                let vault = inner.vault()?;
                if enabled {
                    vault.add_keyring_slot(&session, ks)
                } else {
                    vault.remove_keyring_slot(&mut session, ks)
                }
            })();
            inner.set_unlocked(session)?;
            result
        })
    }

    /// Reads the QR codes of an image into a preview; the accounts wait in Rust for `save_scanned`.
    pub fn preview_scan(&self, texts: Vec<String>) -> ScanPreview {
        let mut preview = ScanPreview {
            accounts: Vec::new(),
            others: Vec::new(),
            problems: Vec::new(),
        };
        let mut pending = Vec::new();
        let mut batches = Vec::new();
        self.with_entries(|existing| {
            for text in &texts {
                match scan::classify(text) {
                    Content::Accounts { accounts, batch } => {
                        batches.extend(batch);
                        for a in accounts {
                            match a {
                                Ok(p) => {
                                    let duplicate =
                                        existing.iter().any(|e| e.is_same_account(&p.account));
                                    let kind = p.account.kind();
                                    preview.accounts.push(ScannedAccount {
                                        issuer: p.account.issuer().to_owned(),
                                        account: p.account.name().to_owned(),
                                        kind: kind.into(),
                                        digits: p.account.digits(),
                                        period: kind.period(),
                                        duplicate,
                                        batch: batch.map(|b| {
                                            format!("batch {} of {}", b.index + 1, b.size)
                                        }),
                                        warnings: p.warnings.clone(),
                                    });
                                    if !duplicate {
                                        pending.push(NewEntry {
                                            account: p.account,
                                            meta: EntryMeta::default(),
                                        });
                                    }
                                }
                                Err(e) => preview.problems.push(e.to_string()),
                            }
                        }
                    }
                    Content::Other {
                        kind,
                        preview: text,
                    } => preview.others.push(OtherCode {
                        content: kind.into(),
                        preview: text,
                    }),
                    Content::Invalid(message) => preview.problems.push(format!(
                        "an authenticator code Sesame cannot use: {message}"
                    )),
                }
            }
        });
        preview.problems.extend(scan::missing_report(&batches));
        if texts.is_empty() {
            preview.problems.push("no QR code found".to_owned());
        }
        self.transient().scanned = pending;
        preview
    }

    /// Saves the accounts of the last preview (duplicates were left out).
    pub fn save_scanned(&self) -> Result<Vec<EntryView>, VaultError> {
        let items = std::mem::take(&mut self.transient().scanned);
        if items.is_empty() {
            return Ok(Vec::new());
        }
        self.add(items)
    }

    /// Deletes an entry; it can be put back with `undo_remove` until the next removal, a lock
    /// or a profile switch (it is held in memory only, zeroized when dropped).
    pub fn remove(&self, id: i64) -> Result<(), VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            let position = unlocked.entries.iter().position(|e| e.id == id);
            let entry = position.map(|p| unlocked.entries[p].clone());
            inner.vault()?.remove(&unlocked.session, id)?;
            self.transient().removed = entry.zip(position);
            self.mark_changed();
            inner.refresh()
        })
    }

    /// Changes what a person sees of an entry (its code parameters stay as they are).
    pub fn edit_entry(
        &self,
        id: i64,
        edit: crate::dto::EntryEdit,
    ) -> Result<EntryView, VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            inner
                .vault()?
                .update(&unlocked.session, id, |account, meta| {
                    let renamed = sesame_core::Account::new(
                        account.kind(),
                        edit.issuer.clone(),
                        edit.account.clone(),
                        account.algorithm(),
                        account.digits(),
                        account.secret().clone(),
                    )
                    .map_err(VaultError::Params)?;
                    *account = match &edit.params {
                        Some(p) => p.apply(&renamed).map_err(VaultError::Invalid)?,
                        None => renamed,
                    };
                    meta.group = edit.group.trim().to_owned();
                    meta.note = edit.note.trim().to_owned();
                    meta.favorite = edit.favorite;
                    // Drawn again by Rust: the page shows only PNGs Sesame wrote.
                    meta.icon = edit.icon.as_deref().and_then(sesame_core::icon::sanitise);
                    Ok(())
                })?;
            inner.refresh()?;
            self.mark_changed();
            inner
                .entries()
                .iter()
                .find(|e| e.id == id)
                .map(EntryView::from)
                .ok_or(VaultError::NoEntry(id))
        })
    }

    /// An entry's otpauth URI and its QR code as a PNG, on explicit request; a password
    /// profile's password is asked again (and checked) first.
    pub fn reveal(&self, id: i64, password: Option<&str>) -> Result<Revealed, VaultError> {
        let inner = self.vault_state();
        inner.confirm_owner(password)?;
        let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(&inner))?;
        let entry = unlocked
            .entries
            .iter()
            .find(|e| e.id == id)
            .ok_or(VaultError::NoEntry(id))?;
        use base64::Engine as _;
        let uri = sesame_core::uri::format(&entry.account);
        let png = sesame_core::export::qr_png(&uri);
        Ok(Revealed {
            secret: entry.account.secret().to_base32(),
            qr: format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&png)
            ),
            uri,
        })
    }

    /// Puts the last removed entry back where it was; answers it.
    pub fn undo_remove(&self) -> Result<EntryView, VaultError> {
        let (entry, position) = self
            .transient()
            .removed
            .take()
            .ok_or_else(|| VaultError::Invalid("there is nothing to undo".into()))?;
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            let vault = inner.vault()?;
            let item = NewEntry {
                account: entry.account.clone(),
                meta: entry.meta.clone(),
            };
            let id = vault.add(&unlocked.session, &[item])?[0];
            let mut order: Vec<i64> = unlocked.entries.iter().map(|e| e.id).collect();
            order.insert(position.min(order.len()), id);
            vault.reorder(&unlocked.session, &order)?;
            inner.refresh()?;
            self.mark_changed();
            Ok(EntryView {
                id: id.to_string(),
                ..EntryView::from(&entry)
            })
        })
    }
}

impl AppState {
    /// The id of the entry a window title names (quick copy's suggestion).
    pub fn suggest(&self, title: &str) -> Option<String> {
        let inner = self.vault_state();
        sesame_core::suggest::from_title(title, inner.entries()).map(|e| e.id.to_string())
    }

    /// Counts a copy for the usage orders. A failure costs only the count, never the copy.
    pub fn record_use(&self, id: i64) {
        let _ = self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            let meta = inner.vault()?.record_use(&unlocked.session, id)?;
            // Only this entry changed: take its stored metadata rather than decrypt the whole
            // list again.
            if let Some(e) = inner
                .unlocked
                .as_mut()
                .and_then(|u| u.entries.iter_mut().find(|e| e.id == id))
            {
                e.meta = meta;
            }
            Ok(())
        });
    }

    /// The person checked the accounts after being told the integrity record is damaged or
    /// was rolled back: a new record starts from the entries as they are.
    pub fn confirm_integrity(&self) -> Result<(), VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            inner.vault()?.confirm_integrity(&unlocked.session)?;
            inner.refresh()
        })
    }

    /// Puts the entries in this order (the person dragged one to a new place).
    pub fn reorder(&self, ids: &[i64]) -> Result<(), VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            inner.vault()?.reorder(&unlocked.session, ids)?;
            inner.refresh()?;
            self.mark_changed();
            Ok(())
        })
    }

    /// Keeps a link Sesame was opened with; the newest wins.
    pub fn open_link(&self, link: String) {
        *self.link.lock().unwrap_or_else(|e| e.into_inner()) = Some(zeroize::Zeroizing::new(link));
    }

    /// The waiting link's add preview, once a profile is unlocked to take it.
    pub fn take_link_preview(&self) -> Option<ScanPreview> {
        // Locked: the link waits.
        self.vault_state().unlocked.as_ref()?;
        let link = self.link.lock().unwrap_or_else(|e| e.into_inner()).take()?;
        Some(self.preview_scan(vec![link.to_string()]))
    }

    /// A change of the app's settings that weakens every profile's protection (see
    /// `AppSettings::weakened_by`) needs an unlocked profile and, where it has one, its password.
    pub fn may_change_settings(
        &self,
        new: &sesame_core::settings::AppSettings,
        password: Option<&str>,
    ) -> Result<(), VaultError> {
        if self.settings().weakened_by(new) {
            self.vault_state().confirm_owner(password)?;
        }
        Ok(())
    }

    /// Whether the answer changed.
    pub fn set_clock(&self, synchronised: Option<bool>) -> bool {
        let mut known = self
            .clock_synchronised
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *known, synchronised) != synchronised
    }

    /// Forgets every copy of the open profile's accounts held outside its session: the scanned
    /// accounts waiting to be saved, the file being imported, the entry Undo would restore, and
    /// the copied code (cleared from the clipboard if it still holds it). Lock, switch and a new
    /// profile all start from nothing.
    fn forget_transient(&self) {
        *self.transient() = Transient::default();
        self.clear_copied(None);
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
                    self.notice = Some(format!("{e}, so Sesame cannot keep your key in it. Choose a password for your profile."));
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
                self.notice = Some(e.to_string());
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
