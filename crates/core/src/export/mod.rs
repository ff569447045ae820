//! Writing a profile's accounts for other apps and for Sesame itself. Every format says what it
//! leaves out: accounts it cannot hold, and fields (notes, groups, icons) it cannot carry.

mod aegis;
mod bitwarden;
mod ente;
mod keepass;
pub mod sesame;
mod twofas;

use crate::account::{Account, EntryMeta, Kind};
use crate::crypto::KdfParams;
use crate::migration::{self, BatchInfo};
use crate::uri;
use image::{GrayImage, Luma};

// Named as `name` names them, on the IPC boundary too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Sesame,
    Aegis,
    AegisEncrypted,
    Uris,
    GoogleQr,
    Qr,
    #[serde(rename = "2fas")]
    TwoFas,
    #[serde(rename = "2fas-encrypted")]
    TwoFasEncrypted,
    Ente,
    Bitwarden,
    #[serde(rename = "keepassxc")]
    KeePassXc,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 11] = [
        ExportFormat::Sesame,
        ExportFormat::Aegis,
        ExportFormat::AegisEncrypted,
        ExportFormat::Uris,
        ExportFormat::GoogleQr,
        ExportFormat::Qr,
        ExportFormat::TwoFas,
        ExportFormat::TwoFasEncrypted,
        ExportFormat::Ente,
        ExportFormat::Bitwarden,
        ExportFormat::KeePassXc,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Sesame => "sesame",
            ExportFormat::Aegis => "aegis",
            ExportFormat::AegisEncrypted => "aegis-encrypted",
            ExportFormat::Uris => "uris",
            ExportFormat::GoogleQr => "google-qr",
            ExportFormat::Qr => "qr",
            ExportFormat::TwoFas => "2fas",
            ExportFormat::TwoFasEncrypted => "2fas-encrypted",
            ExportFormat::Ente => "ente",
            ExportFormat::Bitwarden => "bitwarden",
            ExportFormat::KeePassXc => "keepassxc",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Whether the file holds the secrets unencrypted.
    pub fn is_plain(self) -> bool {
        !matches!(
            self,
            ExportFormat::Sesame
                | ExportFormat::AegisEncrypted
                | ExportFormat::TwoFasEncrypted
                | ExportFormat::KeePassXc
        )
    }

    pub fn needs_password(self) -> bool {
        !self.is_plain()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("there is nothing to export")]
    Empty,
    #[error("the {} format is encrypted: a backup password is needed", .0.name())]
    NeedsPassword(ExportFormat),
    #[error("the qr format holds one account: choose it with --entry")]
    OneEntry,
    #[error("none of the accounts fits the {} format: {}", .0.name(), .1)]
    NothingFits(ExportFormat, String),
    #[error("the key derivation failed: {0}")]
    Kdf(String),
}

/// The files an export writes (name, content), what it left out, and what it could not carry.
pub struct Output {
    pub files: Vec<(String, Vec<u8>)>,
    /// The files go into a folder (google-qr), whatever their number.
    pub directory: bool,
    pub left_out: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn export(
    format: ExportFormat,
    entries: &[(&Account, &EntryMeta)],
    password: Option<&str>,
) -> Result<Output, ExportError> {
    if entries.is_empty() {
        return Err(ExportError::Empty);
    }
    let password = match (format.needs_password(), password) {
        (true, None) => return Err(ExportError::NeedsPassword(format)),
        (_, p) => p.unwrap_or_default(),
    };
    let single = |name: &str, bytes: Vec<u8>, warnings: Vec<String>| Output {
        files: vec![(name.to_owned(), bytes)],
        directory: false,
        left_out: Vec::new(),
        warnings,
    };
    let lost = |what: &[(&str, bool)]| -> Vec<String> {
        let names: Vec<&str> = what
            .iter()
            .filter(|(_, any)| *any)
            .map(|(name, _)| *name)
            .collect();
        if names.is_empty() {
            Vec::new()
        } else {
            vec![format!(
                "the {} format does not keep {}",
                format.name(),
                names.join(", ")
            )]
        }
    };
    let has = |f: fn(&EntryMeta) -> bool| entries.iter().any(|(_, m)| f(m));
    let icons = has(|m| m.icon.is_some());
    let (notes, groups, favorites) = (
        has(|m| !m.note.is_empty()),
        has(|m| !m.group.is_empty()),
        has(|m| m.favorite),
    );
    Ok(match format {
        ExportFormat::Sesame => single(
            "sesame-backup.json",
            sesame::write(entries.iter().copied(), password, KdfParams::default())
                .map_err(|e| ExportError::Kdf(e.to_string()))?,
            Vec::new(),
        ),
        ExportFormat::Aegis => single(
            "aegis-export.json",
            aegis::plain(entries),
            lost(&[("icons", icons)]),
        ),
        ExportFormat::AegisEncrypted => single(
            "aegis-export.json",
            aegis::encrypted(entries, password).map_err(ExportError::Kdf)?,
            lost(&[("icons", icons)]),
        ),
        ExportFormat::Uris => {
            let mut text = zeroize::Zeroizing::new(String::new());
            for (account, _) in entries {
                text.push_str(&uri::format(account));
                text.push('\n');
            }
            single(
                "otpauth-uris.txt",
                text.as_bytes().to_vec(),
                lost(&[
                    ("notes", notes),
                    ("groups", groups),
                    ("favourites", favorites),
                    ("icons", icons),
                ]),
            )
        }
        ExportFormat::Qr => {
            let [(account, _)] = entries else {
                return Err(ExportError::OneEntry);
            };
            single("account-qr.png", qr_png(&uri::format(account)), Vec::new())
        }
        ExportFormat::GoogleQr => google_qr(
            entries,
            lost(&[("notes", notes), ("groups", groups), ("icons", icons)]),
        )?,
        ExportFormat::TwoFas | ExportFormat::TwoFasEncrypted => single(
            "2fas-backup.2fas",
            if format == ExportFormat::TwoFas {
                twofas::plain(entries)
            } else {
                twofas::encrypted(entries, password)
            },
            lost(&[
                ("notes", notes),
                ("favourites", favorites),
                ("icons", icons),
            ]),
        ),
        ExportFormat::Ente => single(
            "ente-auth-codes.txt",
            ente::write(entries),
            lost(&[("icons", icons)]),
        ),
        ExportFormat::Bitwarden | ExportFormat::KeePassXc => {
            let (name, (file, left_out), lost) = if format == ExportFormat::Bitwarden {
                (
                    "bitwarden-export.json",
                    bitwarden::write(entries),
                    lost(&[("icons", icons)]),
                )
            } else {
                (
                    "sesame.kdbx",
                    keepass::write(entries, password).map_err(ExportError::Kdf)?,
                    lost(&[("favourites", favorites), ("icons", icons)]),
                )
            };
            if left_out.len() == entries.len() {
                return Err(ExportError::NothingFits(format, left_out.join("; ")));
            }
            Output {
                left_out,
                ..single(name, file, lost)
            }
        }
    })
}

/// Google Authenticator holds 30-second TOTP and HOTP with 6 or 8 digits, and no Steam: the
/// rest is listed, never silently dropped. At most 10 accounts a code, as Aegis writes them.
fn google_qr(
    entries: &[(&Account, &EntryMeta)],
    warnings: Vec<String>,
) -> Result<Output, ExportError> {
    let mut fits = Vec::new();
    let mut left_out = Vec::new();
    for (account, _) in entries {
        let probe = BatchInfo {
            index: 0,
            size: 1,
            id: 0,
        };
        match migration::encode(&[*account], probe) {
            Ok(_) => fits.push(*account),
            Err(e) => left_out.push(e.to_string()),
        }
    }
    if fits.is_empty() {
        return Err(ExportError::NothingFits(
            ExportFormat::GoogleQr,
            left_out.join("; "),
        ));
    }
    let batches: Vec<&[&Account]> = fits.chunks(10).collect();
    let id = i32::from_le_bytes(crate::crypto::random_bytes()) & i32::MAX;
    let size = batches.len() as u32;
    let files = batches
        .iter()
        .enumerate()
        .map(|(index, batch)| {
            let info = BatchInfo {
                index: index as u32,
                size,
                id,
            };
            let uri = migration::encode(batch, info).expect("every account was checked to fit");
            (format!("google-{}-of-{size}.png", index + 1), qr_png(&uri))
        })
        .collect();
    Ok(Output {
        files,
        directory: true,
        left_out,
        warnings,
    })
}

impl Output {
    /// Writes the files: a folder format's into the directory `path` (created if missing),
    /// another's at `path`, or into it when it is an existing folder. Readable by the owner
    /// only: an export holds secrets. Returns the paths.
    pub fn write(&self, path: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
        let directory = self.directory || path.is_dir();
        if directory {
            std::fs::create_dir_all(path)?;
        }
        self.files
            .iter()
            .map(|(name, bytes)| {
                let target = if directory {
                    path.join(name)
                } else {
                    path.to_path_buf()
                };
                crate::private_file::write(&target, bytes)?;
                Ok(target)
            })
            .collect()
    }
}

/// A QR code as a PNG, 8 px a module with a 4-module quiet zone.
pub fn qr_png(text: &str) -> Vec<u8> {
    const MODULE: u32 = 8;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .expect("an otpauth URI fits in a QR code");
    let n = code.width() as u32;
    let colors = code.to_colors();
    let img = GrayImage::from_fn((n + 8) * MODULE, (n + 8) * MODULE, |x, y| {
        let (mx, my) = ((x / MODULE) as i64 - 4, (y / MODULE) as i64 - 4);
        let inside = (0..i64::from(n)).contains(&mx) && (0..i64::from(n)).contains(&my);
        let dark = inside && colors[(my as u32 * n + mx as u32) as usize] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("PNG encodes in memory");
    out.into_inner()
}

/// An id for each group the entries use (formats that keep groups apart from entries).
fn group_ids<'a>(
    entries: &[(&Account, &'a EntryMeta)],
) -> std::collections::BTreeMap<&'a str, String> {
    let mut groups = std::collections::BTreeMap::new();
    for (_, meta) in entries {
        if !meta.group.is_empty() {
            groups.entry(meta.group.as_str()).or_insert_with(uuid);
        }
    }
    groups
}

/// A UUID v4 as Aegis writes them.
fn uuid() -> String {
    let mut b: [u8; 16] = crate::crypto::random_bytes();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

fn kind_fields(account: &Account) -> (&'static str, Option<u32>, Option<u64>) {
    match account.kind() {
        Kind::Totp { period } => ("totp", Some(period), None),
        Kind::Hotp { counter } => ("hotp", None, Some(counter)),
        Kind::Steam => ("steam", Some(30), None),
    }
}

impl crate::i18n::Localize for ExportError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use ExportError as E;
        match self {
            E::Empty => ("core-export-empty", vec![]),
            E::NeedsPassword(f) => (
                "core-export-needs-password",
                vec![("format", f.name().into())],
            ),
            E::OneEntry => ("core-export-one-entry", vec![]),
            E::NothingFits(f, why) => (
                "core-export-nothing-fits",
                vec![("format", f.name().into()), ("why", why.clone().into())],
            ),
            E::Kdf(why) => ("core-export-kdf", vec![("why", why.clone().into())]),
        }
    }
}
