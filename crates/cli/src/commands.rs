//! One function per command: read the arguments, call the core, print.

use crate::account_json::AccountJson;
use crate::failure::Failure;
use sesame_core::{migration, otp, uri};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

pub fn code(target: &str, at: Option<u64>) -> Result<(), Failure> {
    if migration::is_migration(target) {
        return Err(Failure::invalid(
            "an otpauth-migration URI holds several accounts: list them with `sesame-cli parse`",
        ));
    }
    let parsed = uri::parse(target).map_err(Failure::invalid)?;
    println!(
        "{}",
        otp::code_at(&parsed.account, at.unwrap_or_else(now)).text
    );
    Ok(())
}

pub fn parse(input: &str, json: bool, reveal: bool) -> Result<(), Failure> {
    if migration::is_migration(input) {
        let batch = migration::decode(input).map_err(Failure::invalid)?;
        // One unusable entry fails the command: a partial listing would read as complete.
        let accounts = batch
            .entries
            .iter()
            .map(|e| {
                e.as_ref()
                    .map(|p| AccountJson::new(&p.account, &p.warnings, reveal).in_batch(batch.info))
                    .map_err(Failure::invalid)
            })
            .collect::<Result<Vec<_>, _>>()?;
        if json {
            print_json(&accounts);
        } else {
            let texts: Vec<String> = accounts.iter().map(AccountJson::to_text).collect();
            print!("{}", texts.join("\n"));
            warn(batch.entries.iter().flatten().flat_map(|p| &p.warnings));
        }
        return Ok(());
    }
    let parsed = uri::parse(input).map_err(Failure::invalid)?;
    let account = AccountJson::new(&parsed.account, &parsed.warnings, reveal);
    if json {
        print_json(&account);
    } else {
        print!("{}", account.to_text());
        warn(&parsed.warnings);
    }
    Ok(())
}

pub fn print_json(value: &impl serde::Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("sesame-cli: cannot write JSON: {e}"),
    }
}

pub fn warn<'a>(warnings: impl IntoIterator<Item = &'a String>) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}
