//! A profile's lock lifecycle: unlocking, locking (and forgetting what it left outside its
//! session), switching, creating, and the ways it opens (password, recovery key, login).

use super::{locked, AppState, Transient};
use crate::dto::CommandError;
use crate::input;
use sesame_core::keystore::KeyStore;
use sesame_core::vault::{Credential, VaultError};

impl AppState {
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
        })?;
        self.schedule_sync(std::time::Duration::ZERO);
        Ok(())
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
        })?;
        self.schedule_sync(std::time::Duration::ZERO);
        Ok(())
    }

    /// Creates a profile and opens it, starting from nothing of the profile open before. It is
    /// protected by `password` (not an obviously weak one), or by the keyring when that is
    /// absent or empty.
    pub fn create_profile(&self, name: &str, password: Option<&str>) -> Result<(), CommandError> {
        let password = password.filter(|p| !p.is_empty());
        if let Some(p) = password {
            input::new_password(p, &[name])?;
        }
        self.forget_transient();
        Ok(self.change(|inner| {
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
        })?)
    }

    /// Sets, changes (`current` must be right) or removes (empty `new`) the active profile's
    /// password. Without a password the profile is kept by the keyring.
    /// A new password must not be an obviously weak one.
    pub fn change_password(&self, current: Option<&str>, new: &str) -> Result<(), CommandError> {
        if !new.is_empty() {
            input::new_password(new, &[])?;
        }
        Ok(self.change(|inner| {
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
        })?)
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

    /// The person checked the accounts after being told the integrity record is damaged or
    /// was rolled back: a new record starts from the entries as they are.
    pub fn confirm_integrity(&self) -> Result<(), VaultError> {
        self.change(|inner| {
            let unlocked = inner.unlocked.as_ref().ok_or_else(|| locked(inner))?;
            inner.vault()?.confirm_integrity(&unlocked.session)?;
            inner.refresh()
        })
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
