//! Where keyring slots keep their secret: the OS keyring (Secret Service on Linux, Keychain on
//! macOS, Credential Manager on Windows) through keyring-core, or memory for tests.

use keyring_core::{CredentialStore, Entry, Error as KrError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use zeroize::Zeroizing;

const SERVICE: &str = "org.sesame.authenticator";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    #[error("no keyring service is available ({0})")]
    NoService(String),
    #[error("the keyring is locked or refused access; unlock it and try again")]
    Locked,
    #[error("the keyring failed: {0}")]
    Failed(String),
}

/// Secrets by id. `get` answers `None` when the store has no such entry (a locked keyring may
/// answer the same, so callers must not promise more than that).
pub trait KeyStore: Send + Sync {
    fn get(&self, id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError>;
    fn set(&self, id: &str, secret: &[u8]) -> Result<(), KeyStoreError>;
    fn delete(&self, id: &str) -> Result<(), KeyStoreError>;
}

/// The platform's keyring.
#[derive(Clone)]
pub struct OsKeyring {
    store: Arc<CredentialStore>,
}

impl OsKeyring {
    /// Connects to the platform's store; on Linux this fails without a D-Bus session bus.
    pub fn connect() -> Result<Self, KeyStoreError> {
        Ok(OsKeyring {
            store: platform_store().map_err(|e| KeyStoreError::NoService(describe(&e)))?,
        })
    }

    fn entry(&self, id: &str) -> Result<Entry, KeyStoreError> {
        self.store.build(SERVICE, id, None).map_err(map_error)
    }
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

fn describe(e: &KrError) -> String {
    // Platform messages carry no secrets, only what went wrong talking to the service.
    e.to_string()
}

fn map_error(e: KrError) -> KeyStoreError {
    match e {
        KrError::NoStorageAccess(_) => KeyStoreError::Locked,
        KrError::PlatformFailure(_) | KrError::NoDefaultStore => {
            KeyStoreError::NoService(describe(&e))
        }
        other => KeyStoreError::Failed(describe(&other)),
    }
}

impl KeyStore for OsKeyring {
    fn get(&self, id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        match self.entry(id)?.get_secret() {
            Ok(s) => Ok(Some(Zeroizing::new(s))),
            Err(KrError::NoEntry) => Ok(None),
            Err(e) => Err(map_error(e)),
        }
    }

    fn set(&self, id: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        self.entry(id)?.set_secret(secret).map_err(map_error)
    }

    fn delete(&self, id: &str) -> Result<(), KeyStoreError> {
        match self.entry(id)?.delete_credential() {
            Ok(()) | Err(KrError::NoEntry) => Ok(()),
            Err(e) => Err(map_error(e)),
        }
    }
}

/// A process-local store for tests, with a switch that makes it behave like a missing service.
#[derive(Default)]
pub struct MemoryKeyStore {
    secrets: Mutex<HashMap<String, Zeroizing<Vec<u8>>>>,
    unavailable: Mutex<bool>,
}

impl MemoryKeyStore {
    pub fn set_unavailable(&self, unavailable: bool) {
        *self.unavailable.lock().unwrap_or_else(|e| e.into_inner()) = unavailable;
    }

    fn check(&self) -> Result<(), KeyStoreError> {
        if *self.unavailable.lock().unwrap_or_else(|e| e.into_inner()) {
            Err(KeyStoreError::NoService("test store switched off".into()))
        } else {
            Ok(())
        }
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Zeroizing<Vec<u8>>>> {
        self.secrets.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl KeyStore for MemoryKeyStore {
    fn get(&self, id: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        self.check()?;
        Ok(self.map().get(id).cloned())
    }

    fn set(&self, id: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        self.check()?;
        self.map()
            .insert(id.to_owned(), Zeroizing::new(secret.to_vec()));
        Ok(())
    }

    fn delete(&self, id: &str) -> Result<(), KeyStoreError> {
        self.check()?;
        self.map().remove(id);
        Ok(())
    }
}

impl crate::i18n::Localize for KeyStoreError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        match self {
            KeyStoreError::NoService(why) => {
                ("core-keyring-no-service", vec![("why", why.clone().into())])
            }
            KeyStoreError::Locked => ("core-keyring-locked", vec![]),
            KeyStoreError::Failed(why) => {
                ("core-keyring-failed", vec![("why", why.clone().into())])
            }
        }
    }
}
