//! The open profile's accounts: adding, editing, removing and putting back, ordering, revealing
//! a secret on request, HOTP codes, and what quick copy suggests.

use super::{locked, AppState};
use crate::dto::{EntryView, Revealed};
use sesame_core::vault::{NewEntry, VaultError};

impl AppState {
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
}
