//! Adding accounts: a pasted link, an image's or the screen's QR codes (previewed first), and
//! the manual form.

use super::AppState;
use crate::dto::{
    CommandError, EntryView, ManualAccount, ManualPreview, OtherCode, ScanPreview, ScannedAccount,
};
use crate::input::MAX_URI_LEN;
use sesame_core::i18n;
use sesame_core::qr;
use sesame_core::scan::{self, Content};
use sesame_core::vault::{EntryMeta, NewEntry, VaultError};

fn new_entry(account: sesame_core::Account) -> NewEntry {
    NewEntry {
        account,
        meta: EntryMeta::default(),
    }
}

impl AppState {
    /// Adds the account of an otpauth:// or steam:// link, or every account of an
    /// otpauth-migration:// batch. All or nothing: one bad entry adds none.
    pub fn add_link(&self, text: &str) -> Result<Vec<EntryView>, CommandError> {
        let text = text.trim();
        if text.len() > MAX_URI_LEN {
            return Err(CommandError::invalid(
                "that text is too long to be an otpauth URI",
            ));
        }
        let parsed = sesame_core::scan::parse_link(text)?;
        let warnings: Vec<Vec<String>> = parsed.iter().map(|p| p.warnings.clone()).collect();
        let mut added = self.add(parsed.into_iter().map(|p| new_entry(p.account)).collect())?;
        for (view, w) in added.iter_mut().zip(warnings) {
            view.warnings = w;
        }
        Ok(added)
    }

    /// Previews the QR codes of an image file (chosen, dropped or pasted); nothing is saved.
    pub fn scan_image(&self, bytes: &[u8]) -> Result<ScanPreview, CommandError> {
        let texts = qr::decode_file(bytes, &qr::Limits::default())?;
        Ok(self.preview_scan(texts))
    }

    /// Captures every monitor (in memory only) and previews the QR codes found on them.
    pub fn scan_screen(&self) -> Result<ScanPreview, CommandError> {
        let mut texts: Vec<String> = Vec::new();
        for (_, img) in sesame_capture::screens()? {
            for t in qr::decode_image(&image::DynamicImage::ImageRgba8(img)) {
                if !texts.contains(&t) {
                    texts.push(t);
                }
            }
        }
        Ok(self.preview_scan(texts))
    }

    /// The code an account typed into the manual form makes now, or what is wrong with it.
    pub fn manual_preview(&self, fields: &ManualAccount) -> Result<ManualPreview, CommandError> {
        let code = sesame_core::otp::code_at(&fields.account()?, self.now_ms() / 1000);
        Ok(ManualPreview {
            code: code.text,
            valid_until_ms: code.window.map(|(_, until)| until * 1000),
        })
    }

    /// Adds the account typed into the manual form.
    pub fn add_manual(&self, fields: &ManualAccount) -> Result<EntryView, CommandError> {
        self.add(vec![new_entry(fields.account()?)])?
            .into_iter()
            .next()
            .ok_or_else(|| CommandError::invalid(i18n::say("nothing-added", &[])))
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
                                            i18n::say(
                                                "scan-batch",
                                                &[
                                                    ("index", (b.index + 1).into()),
                                                    ("size", b.size.into()),
                                                ],
                                            )
                                        }),
                                        warnings: p.warnings.clone(),
                                    });
                                    if !duplicate {
                                        pending.push(new_entry(p.account));
                                    }
                                }
                                Err(e) => preview.problems.push(i18n::localize(&e)),
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
                    Content::Invalid(message) => preview
                        .problems
                        .push(i18n::say("scan-unusable", &[("why", message.into())])),
                }
            }
        });
        preview
            .problems
            .extend(scan::missing_report(&batches).iter().map(i18n::localize));
        if texts.is_empty() {
            preview.problems.push(i18n::say("scan-no-code", &[]));
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
}
