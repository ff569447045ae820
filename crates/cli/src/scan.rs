//! scan FILE... / --clipboard / --screen: every QR code found, as accounts or as what else
//! they are.

use crate::account_json::{AccountJson, BatchJson};
use crate::commands::print_json;
use crate::failure::{Failure, Status};
use serde::Serialize;
use sesame_core::qr::{self, Limits};
use sesame_core::scan::{classify, Content};
use std::path::{Path, PathBuf};

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Finding {
    Account {
        file: String,
        #[serde(flatten)]
        account: Box<AccountJson>,
        /// The migration batch it came from, or null.
        batch: Option<BatchJson>,
    },
    Other {
        file: String,
        content: &'static str,
        preview: String,
    },
}

pub enum Source {
    Files(Vec<PathBuf>),
    Clipboard,
    Screen,
}

/// Each image's name and the QR texts in it, or why it could not be read.
fn images(source: Source) -> Vec<(String, Result<Vec<String>, String>)> {
    let limits = Limits::default();
    let decode = |img: image::RgbaImage| qr::decode_image(&image::DynamicImage::ImageRgba8(img));
    match source {
        Source::Files(files) => files
            .iter()
            .map(|p| (p.display().to_string(), read(p, &limits)))
            .collect(),
        Source::Clipboard => vec![(
            "clipboard".to_owned(),
            sesame_capture::clipboard_image()
                .map(decode)
                .map_err(|e| e.to_string()),
        )],
        Source::Screen => match sesame_capture::screens() {
            Ok(screens) => screens
                .into_iter()
                .map(|(name, img)| (format!("screen {name}"), Ok(decode(img))))
                .collect(),
            Err(e) => vec![("screen".to_owned(), Err(e.to_string()))],
        },
    }
}

pub fn scan(source: Source, json: bool, reveal: bool) -> Result<(), Failure> {
    let mut findings = Vec::new();
    let mut unreadable = false;
    for (name, result) in images(source) {
        let texts = match result {
            Ok(t) => t,
            Err(message) => {
                eprintln!("sesame-cli: {name}: {message}");
                unreadable = true;
                continue;
            }
        };
        if texts.is_empty() {
            eprintln!("sesame-cli: no QR code found in {name}");
        }
        for text in texts {
            match classify(&text) {
                Content::Accounts { accounts, batch } => {
                    for a in accounts {
                        match a {
                            Ok(p) => findings.push(Finding::Account {
                                file: name.clone(),
                                account: Box::new(AccountJson::new(
                                    &p.account,
                                    &p.warnings,
                                    reveal,
                                )),
                                batch: batch.map(BatchJson::from),
                            }),
                            Err(e) => eprintln!("sesame-cli: {name}: {e}"),
                        }
                    }
                }
                Content::Other { kind, preview } => findings.push(Finding::Other {
                    file: name.clone(),
                    content: kind.name(),
                    preview,
                }),
                Content::Invalid(message) => eprintln!(
                    "sesame-cli: {name}: an authenticator code Sesame cannot use: {message}"
                ),
            }
        }
    }
    if json {
        print_json(&findings);
    } else {
        for f in &findings {
            match f {
                Finding::Account {
                    file,
                    account,
                    batch,
                } => {
                    let of = batch
                        .as_ref()
                        .map(|b| format!(" ({b})"))
                        .unwrap_or_default();
                    print!("{file}{of}:\n{}", account.to_text())
                }
                Finding::Other {
                    file,
                    content,
                    preview,
                } => println!("{file}: not an authenticator code ({content}): {preview}"),
            }
        }
    }
    let any_account = findings
        .iter()
        .any(|f| matches!(f, Finding::Account { .. }));
    match (any_account, unreadable) {
        (true, _) => Ok(()),
        (false, false) => Err(Failure::new(
            Status::NotFound,
            "no account found in the scanned images",
        )),
        (false, true) => Err(Failure::invalid(
            "no account found, and some files could not be read",
        )),
    }
}

fn read(path: &Path, limits: &Limits) -> Result<Vec<String>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > limits.max_file_bytes {
        return Err(format!(
            "the file is larger than {} MiB",
            limits.max_file_bytes / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    qr::decode_file(&bytes, limits).map_err(|e| e.to_string())
}
