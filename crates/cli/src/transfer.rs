//! import and export: other apps' files in, backups and other apps' files out (README, "sesame-cli").

use crate::account_json::AccountJson;
use crate::commands::{print_json, warn};
use crate::entries::{find_one, listing};
use crate::failure::{Failure, Status};
use crate::session::{self, Input};
use serde::Serialize;
use sesame_core::export::{self, ExportFormat};
use sesame_core::import::{self, Format, ImportError, Status as Preview};
use sesame_core::{vault::EntryMeta, Account};
use std::path::Path;

pub struct ImportArgs<'a> {
    pub file: &'a Path,
    pub format: Option<&'a str>,
    pub profile: &'a str,
    pub dry_run: bool,
    pub json: bool,
    pub reveal: bool,
    pub backup_password_stdin: bool,
    pub key_file: Option<&'a Path>,
}

#[derive(Serialize)]
struct PreviewJson {
    #[serde(flatten)]
    account: Option<AccountJson>,
    label: String,
    status: &'static str,
    error: Option<String>,
}

pub fn import(input: &mut Input, args: ImportArgs) -> Result<(), Failure> {
    let name = args.file.display();
    let forced = match args.format {
        Some(f) => Some(Format::from_name(f).ok_or_else(|| {
            Failure::invalid(format!(
                "unknown format '{f}': expected one of {}",
                Format::ALL.map(Format::name).join(", ")
            ))
        })?),
        None => None,
    };
    // Refused before it is read: a huge file is not an export.
    let size = std::fs::metadata(args.file)
        .map_err(|e| Failure::invalid(format!("cannot read {name}: {e}")))?
        .len();
    if size > import::MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge.into());
    }
    let bytes = std::fs::read(args.file)
        .map_err(|e| Failure::invalid(format!("cannot read {name}: {e}")))?;
    let key = args
        .key_file
        .map(|path| {
            std::fs::read(path)
                .map_err(|e| Failure::invalid(format!("cannot read {}: {e}", path.display())))
        })
        .transpose()?;
    let read = |password: Option<&str>| {
        import::read_with_key_file(&bytes, forced, password, key.as_deref())
    };
    let ask = |input: &mut Input| -> Result<import::Imported, Failure> {
        let prompt = format!("Password for {name}: ");
        let pw = input.file_password(args.backup_password_stdin, &prompt)?;
        read(Some(&pw)).map_err(Failure::from)
    };
    let imported = match read(None) {
        Err(ImportError::NeedsPassword(_)) => ask(input)?,
        // A KeePass key file alone is refused when the database wants its password too.
        Err(ImportError::WrongPassword) if key.is_some() => ask(input)?,
        other => other.map_err(Failure::from)?,
    };
    let vault = session::open_vault()?;
    let s = session::open_profile(&vault, args.profile, input, true)?
        .ok_or_else(|| Failure::invalid(format!("there is no profile named '{}'", args.profile)))?;
    let existing = vault.entries(&s)?;
    let existing: Vec<_> = existing.readable().collect();
    let statuses = import::preview(&imported, &existing);
    warn(&imported.warnings);
    let rows: Vec<PreviewJson> = imported
        .items
        .iter()
        .zip(&statuses)
        .map(|(item, status)| PreviewJson {
            account: item
                .entry
                .as_ref()
                .ok()
                .map(|e| AccountJson::new(&e.account, &item.warnings, args.reveal)),
            label: item.label.clone(),
            status: match status {
                Preview::New => "new",
                Preview::Duplicate => "duplicate",
                Preview::Error(_) => "error",
            },
            error: match status {
                Preview::Error(reason) => Some(reason.clone()),
                _ => None,
            },
        })
        .collect();
    if args.json {
        print_json(&rows);
    } else {
        for row in &rows {
            let what = row
                .error
                .as_deref()
                .map_or(String::new(), |e| format!(": {e}"));
            println!("{:<9} {}{what}", row.status, row.label);
        }
    }
    let failed = statuses.iter().any(|s| matches!(s, Preview::Error(_)));
    let summary = import::summary(&imported, &statuses, !args.dry_run);
    if !args.dry_run {
        let new = import::new_entries(imported, &statuses);
        if !new.is_empty() {
            vault.add(&s, &new)?;
        }
    }
    if failed {
        return Err(Failure::new(Status::NotFound, summary));
    }
    eprintln!("{summary}");
    Ok(())
}

pub struct ExportArgs<'a> {
    pub format: &'a str,
    pub out: &'a Path,
    pub profile: &'a str,
    pub entry: Option<&'a str>,
    pub force: bool,
    pub backup_password_stdin: bool,
}

pub fn export(input: &mut Input, args: ExportArgs) -> Result<(), Failure> {
    let format = ExportFormat::from_name(args.format).ok_or_else(|| {
        Failure::invalid(format!(
            "unknown format '{}': expected one of {}",
            args.format,
            ExportFormat::ALL.map(ExportFormat::name).join(", ")
        ))
    })?;
    let directory = format == ExportFormat::GoogleQr;
    if !args.force && args.out.exists() && !(directory && is_empty_dir(args.out)) {
        return Err(Failure::invalid(format!(
            "{} exists: choose another path, or --force to overwrite it",
            args.out.display()
        )));
    }
    let vault = session::open_vault()?;
    let Some((_, listing)) = listing(&vault, input, args.profile)? else {
        return Err(Failure::invalid(format!(
            "there is no profile named '{}'",
            args.profile
        )));
    };
    let chosen: Vec<(&Account, &EntryMeta)> = match args.entry {
        Some(q) => {
            let e = find_one(&listing, q)?;
            vec![(&e.account, &e.meta)]
        }
        None => listing.readable().map(|e| (&e.account, &e.meta)).collect(),
    };
    let password = if format.needs_password() {
        let pw = input.file_password(args.backup_password_stdin, "Backup password: ")?;
        if pw.is_empty() {
            return Err(Failure::invalid("the backup password cannot be empty"));
        }
        sesame_core::password::check(&pw, &[]).map_err(Failure::invalid)?;
        Some(pw)
    } else {
        None
    };
    let out = export::export(format, &chosen, password.as_deref().map(|p| p.as_str()))
        .map_err(Failure::invalid)?;
    let written = out
        .write(args.out)
        .map_err(|e| Failure::invalid(format!("cannot write {}: {e}", args.out.display())))?;
    for path in written {
        println!("{}", path.display());
    }
    if format.is_plain() {
        eprintln!("sesame-cli: warning: {} holds your secrets unencrypted: keep it safe and delete it when done", args.out.display());
    }
    warn(&out.warnings);
    for reason in &out.left_out {
        eprintln!("sesame-cli: not exported: {reason}");
    }
    let written = chosen.len() - out.left_out.len();
    eprintln!(
        "Exported {written} account{}",
        if written == 1 { "" } else { "s" }
    );
    Ok(())
}

fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_none())
}
