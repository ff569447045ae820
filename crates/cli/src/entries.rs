//! add, list, code QUERY and remove: a profile's stored entries.

use crate::account_json::{AccountJson, DamagedJson};
use crate::commands::{now, print_json, warn};
use crate::failure::{Failure, Status};
use crate::session::{self, Input};
use sesame_core::query::{self, Found};
use sesame_core::vault::{EntryMeta, Listing, NewEntry, Session, StoredEntry, Vault};
use sesame_core::{otp, Kind};

pub fn add(input: &mut Input, profile: &str, uri: &str) -> Result<(), Failure> {
    let parsed = sesame_core::scan::parse_link(uri).map_err(Failure::invalid)?;
    let vault = session::open_vault()?;
    let s = session::open_profile(&vault, profile, input, true)?
        .ok_or_else(|| Failure::invalid(format!("there is no profile named '{profile}'")))?;
    let items: Vec<NewEntry> = parsed
        .iter()
        .map(|p| NewEntry {
            account: p.account.clone(),
            meta: EntryMeta::default(),
        })
        .collect();
    let ids = vault.add(&s, &items)?;
    warn(parsed.iter().flat_map(|p| &p.warnings));
    for id in ids {
        println!("{id}");
    }
    remind_recovery(&vault, &s)?;
    Ok(())
}

/// A profile protected only by the keyring loses everything with the keyring: say so until
/// it has a recovery key.
fn remind_recovery(vault: &Vault, s: &Session) -> Result<(), Failure> {
    let info = vault.profile(s.name())?;
    if info.keyring && !info.password && !info.recovery {
        eprintln!(
            "sesame-cli: note: profile {} is protected only by the OS keyring; if the keyring is reset, its accounts are lost. Create a recovery key: sesame-cli profile recovery {}",
            s.name(),
            s.name()
        );
    }
    Ok(())
}

pub fn listing(
    vault: &Vault,
    input: &mut Input,
    profile: &str,
) -> Result<Option<(Session, Listing)>, Failure> {
    let Some(s) = session::open_profile(vault, profile, input, false)? else {
        return Ok(None);
    };
    let listing = vault.entries(&s)?;
    for problem in &listing.problems {
        eprintln!("sesame-cli: warning: {problem}");
    }
    // The CLI cannot ask and wait: it says what it does instead of doing it silently.
    if listing.integrity_unconfirmed {
        vault.confirm_integrity(&s)?;
        eprintln!(
            "sesame-cli: warning: a new integrity record was started for profile {}: changes made behind Sesame's back before now cannot be detected",
            s.name()
        );
    }
    Ok(Some((s, listing)))
}

/// A stored entry in `list --json`, or the damaged one in its place.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Item {
    Entry(Box<AccountJson>),
    Damaged(DamagedJson),
}

pub fn list(input: &mut Input, profile: &str, json: bool, reveal: bool) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    let Some((_, listing)) = listing(&vault, input, profile)? else {
        if json {
            println!("[]");
        }
        return Ok(());
    };
    if json {
        let items: Vec<Item> = listing
            .entries
            .iter()
            .map(|e| match e {
                Ok(entry) => Item::Entry(Box::new(AccountJson::stored(entry, reveal))),
                Err(d) => Item::Damaged(DamagedJson {
                    id: d.id.to_string(),
                    error: d.reason.clone(),
                }),
            })
            .collect();
        print_json(&items);
        return Ok(());
    }
    for e in &listing.entries {
        match e {
            Ok(entry) => {
                let a = &entry.account;
                let star = if entry.meta.favorite { "★" } else { " " };
                println!(
                    "{:>5} {star} {:<6} {}",
                    entry.id,
                    a.kind().name(),
                    a.label()
                );
            }
            Err(d) => println!("{:>5}   damaged: {}", d.id, d.reason),
        }
    }
    Ok(())
}

pub fn find_one<'a>(listing: &'a Listing, query: &str) -> Result<&'a StoredEntry, Failure> {
    match query::find(listing.readable(), query) {
        Found::One(e) => Ok(e),
        Found::None => Err(Failure::new(
            Status::NotFound,
            format!("no entry matches '{query}'"),
        )),
        Found::Many(many) => {
            let lines: Vec<String> = many
                .iter()
                .map(|e| format!("{}\t{}", e.id, e.account.label()))
                .collect();
            Err(Failure::new(
                Status::Ambiguous,
                format!(
                    "'{query}' matches {} entries:\n{}",
                    many.len(),
                    lines.join("\n")
                ),
            ))
        }
    }
}

/// The vault, the unlocked profile and the one entry QUERY means.
fn matching(
    input: &mut Input,
    profile: &str,
    query: &str,
) -> Result<(Vault, Session, StoredEntry), Failure> {
    // An empty query names nothing: a mistake in the call, not an entry that is missing.
    if query.trim().is_empty() {
        return Err(Failure::invalid(
            "the query is empty: give part of the account's issuer or name, or its id",
        ));
    }
    let vault = session::open_vault()?;
    let Some((s, listing)) = listing(&vault, input, profile)? else {
        return Err(Failure::new(
            Status::NotFound,
            format!("no entry matches '{query}'"),
        ));
    };
    let entry = find_one(&listing, query)?.clone();
    Ok((vault, s, entry))
}

pub fn code(input: &mut Input, profile: &str, query: &str, at: Option<u64>) -> Result<(), Failure> {
    let (vault, s, entry) = matching(input, profile, query)?;
    let code = match entry.account.kind() {
        // The advanced counter is stored before the code is printed.
        Kind::Hotp { .. } => vault.next_hotp(&s, entry.id)?,
        _ => otp::code_at(&entry.account, at.unwrap_or_else(now)).text,
    };
    println!("{code}");
    Ok(())
}

pub fn remove(input: &mut Input, profile: &str, query: &str, yes: bool) -> Result<(), Failure> {
    let (vault, s, entry) = matching(input, profile, query)?;
    session::confirm(&format!("Remove {}?", entry.account.label()), yes)?;
    vault.remove(&s, entry.id)?;
    Ok(())
}
