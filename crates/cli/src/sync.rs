//! sync and mirror (CLI.md, "Sync and mirror"): the secrets they need come from stdin in the
//! contract's order (profile password, sync passphrase, WebDAV password) or the terminal.

use crate::commands::print_json;
use crate::failure::Failure;
use crate::session::{self, Input};
use serde::Serialize;
use sesame_core::crypto::KdfParams;
use sesame_core::mirror::{self, MirrorError};
use sesame_core::sync::{self, Enabled, Location, Report, SyncError};
use sesame_core::vault::{Session, Vault};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        Failure::new(e.kind().into(), e)
    }
}

impl From<MirrorError> for Failure {
    fn from(e: MirrorError) -> Self {
        Failure::new(e.kind().into(), e)
    }
}

fn open(input: &mut Input, profile: &str) -> Result<(Vault, Session), Failure> {
    let vault = session::open_vault()?;
    let s = session::open_profile(&vault, profile, input, false)?
        .ok_or_else(|| Failure::invalid(format!("there is no profile named '{profile}'")))?;
    Ok((vault, s))
}

fn print_report(report: &Report) {
    println!("pulled {}, pushed {}", report.pulled, report.pushed);
    for line in &report.problems {
        println!("{line}");
    }
}

pub enum Place {
    Folder(PathBuf),
    WebDav { url: String, user: Option<String> },
}

pub fn enable(input: &mut Input, profile: &str, place: Place) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    // Secrets are read from stdin when it is not a terminal (CLI.md), else typed.
    let piped = !std::io::stdin().is_terminal();
    let passphrase = input.secret(
        piped,
        0,
        "Sync passphrase: ",
        "the sync passphrase is needed: give it on stdin or type it at a terminal",
    )?;
    let location = match place {
        Place::Folder(path) => Location::Folder {
            path: std::path::absolute(&path).unwrap_or(path),
        },
        Place::WebDav { url, user } => {
            let password = match &user {
                Some(u) => Some(input.secret(
                    piped,
                    1,
                    &format!("WebDAV password for {u}: "),
                    "the WebDAV password is needed: give it on stdin after the passphrase",
                )?),
                None => None,
            };
            Location::Webdav {
                url,
                user,
                password,
            }
        }
    };
    let (how, report) = sync::enable(&vault, &s, location, &passphrase, KdfParams::default())?;
    println!(
        "{}",
        match how {
            Enabled::Created => "created",
            Enabled::Joined => "joined",
        }
    );
    print_report(&report);
    Ok(())
}

pub fn now(input: &mut Input, profile: &str) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    print_report(&sync::sync_now(&vault, &s)?);
    Ok(())
}

pub fn status(input: &mut Input, profile: &str, json: bool) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    let status = sync::status(&vault, &s)?;
    if json {
        #[derive(Serialize)]
        struct StatusJson<'a> {
            enabled: bool,
            location: &'a Option<String>,
            last_sync: Option<i64>,
            devices: &'a [sync::Device],
        }
        print_json(&StatusJson {
            enabled: status.enabled,
            location: &status.location,
            last_sync: status.last_sync,
            devices: &status.devices,
        });
    } else if !status.enabled {
        println!("not syncing");
    } else {
        println!("syncing with {}", status.location.unwrap_or_default());
        match status.last_sync {
            Some(t) => println!("last sync: {t} (Unix seconds)"),
            None => println!("not synced yet"),
        }
        for d in &status.devices {
            let this = if d.this_device { " (this device)" } else { "" };
            println!("device {} {}{this}", d.id, d.name);
        }
    }
    Ok(())
}

pub fn disable(input: &mut Input, profile: &str) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    Ok(sync::disable(&vault, &s)?)
}

pub fn mirror_add(
    input: &mut Input,
    profile: &str,
    dir: &Path,
    format: &str,
    backup_password_stdin: bool,
) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    let password = if backup_password_stdin || std::io::stdin().is_terminal() {
        Some(input.file_password(backup_password_stdin, "Password of the backups: ")?)
    } else {
        None
    };
    Ok(mirror::add(&vault, &s, dir, format, password)?)
}

pub fn mirror_now(input: &mut Input, profile: &str) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    let outcomes = mirror::run(&vault, &s)?;
    let added: usize = outcomes.iter().map(|o| o.added).sum();
    let unchanged: usize = outcomes.iter().map(|o| o.unchanged).sum();
    println!("added {added}, unchanged {unchanged}");
    let mut failure = None;
    for o in outcomes {
        for label in &o.dropped {
            println!(
                "{label}: no longer in the backup in {}; kept here",
                o.dir.display()
            );
        }
        if let Some(e) = o.error {
            let f = Failure::from(e);
            eprintln!("sesame-cli: {}", f.message);
            failure.get_or_insert(f);
        }
    }
    match failure {
        Some(f) => Err(Failure::new(
            f.status,
            "some followed folders could not be read (above)",
        )),
        None => Ok(()),
    }
}

pub fn mirror_list(input: &mut Input, profile: &str, json: bool) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    #[derive(Serialize)]
    struct MirrorJson {
        dir: String,
        format: String,
        last_file: Option<String>,
        last_read: Option<i64>,
    }
    let rows: Vec<MirrorJson> = mirror::list(&vault, &s)?
        .into_iter()
        .map(|m| MirrorJson {
            dir: m.dir.display().to_string(),
            format: m.format,
            last_file: m.last_file,
            last_read: m.last_read,
        })
        .collect();
    if json {
        print_json(&rows);
    } else {
        for r in rows {
            let file = r.last_file.unwrap_or_else(|| "nothing read yet".into());
            println!("{} ({}): {file}", r.dir, r.format);
        }
    }
    Ok(())
}

pub fn mirror_remove(input: &mut Input, profile: &str, dir: &Path) -> Result<(), Failure> {
    let (vault, s) = open(input, profile)?;
    Ok(mirror::remove(&vault, &s, dir)?)
}
