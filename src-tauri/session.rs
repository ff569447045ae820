//! The accounts the running app holds, and a revision counter the ticker watches.
//! (In memory for now; the encrypted vault replaces the storage behind the same calls.)

use crate::dto::EntryView;
use sesame_core::uri::Parsed;
use sesame_core::Account;
use std::sync::Mutex;
use tokio::sync::watch;

pub struct Entry {
    pub id: String,
    pub account: Account,
    pub warnings: Vec<String>,
}

impl Entry {
    pub fn view(&self) -> EntryView {
        EntryView {
            id: self.id.clone(),
            issuer: self.account.issuer().to_owned(),
            account: self.account.name().to_owned(),
            kind: self.account.kind().name().to_owned(),
            warnings: self.warnings.clone(),
        }
    }
}

pub struct Session {
    entries: Mutex<(u64, Vec<Entry>)>,
    revision: watch::Sender<u64>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            entries: Mutex::new((0, Vec::new())),
            revision: watch::channel(0).0,
        }
    }
}

impl Session {
    pub fn add(&self, parsed: Vec<Parsed>) -> Vec<EntryView> {
        let views = {
            let mut guard = self.lock();
            let (next_id, entries) = &mut *guard;
            parsed
                .into_iter()
                .map(|p| {
                    *next_id += 1;
                    let entry = Entry {
                        id: next_id.to_string(),
                        account: p.account,
                        warnings: p.warnings,
                    };
                    let view = entry.view();
                    entries.push(entry);
                    view
                })
                .collect()
        };
        self.revision.send_modify(|r| *r += 1);
        views
    }

    pub fn remove(&self, id: &str) -> bool {
        let removed = {
            let mut guard = self.lock();
            let before = guard.1.len();
            guard.1.retain(|e| e.id != id);
            guard.1.len() != before
        };
        if removed {
            self.revision.send_modify(|r| *r += 1);
        }
        removed
    }

    /// Runs `f` over the entries under the lock.
    pub fn with_entries<T>(&self, f: impl FnOnce(&[Entry]) -> T) -> T {
        f(&self.lock().1)
    }

    pub fn watch(&self) -> watch::Receiver<u64> {
        self.revision.subscribe()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (u64, Vec<Entry>)> {
        // A panic while holding the lock cannot leave the list half-changed: recover it.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}
