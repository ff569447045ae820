//! Adding accounts: a pasted link, an image's or the screen's QR codes (previewed first), and
//! the manual form.

use super::AppState;
use crate::dto::{CommandError, EntryView, ManualAccount, ManualPreview, ScanPreview};
use crate::input::MAX_URI_LEN;
use sesame_core::qr;
use sesame_core::vault::{EntryMeta, NewEntry};

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
            .ok_or_else(|| CommandError::invalid("nothing was added"))
    }
}
