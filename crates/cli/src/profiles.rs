//! profile list, create, delete, passwd and recovery.

use crate::commands::print_json;
use crate::failure::{Failure, Status};
use crate::session::{self, Input};
use sesame_core::keystore::KeyStore;
use sesame_core::vault::VaultError;

pub fn list(json: bool) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    let profiles = vault.profiles()?;
    if json {
        print_json(&profiles);
        return Ok(());
    }
    for p in profiles {
        let mut how = Vec::new();
        if p.password {
            how.push("password");
        }
        if p.keyring {
            how.push("keyring");
        }
        if p.recovery {
            how.push("recovery key");
        }
        println!("{}\t{}", p.name, how.join(", "));
    }
    Ok(())
}

pub fn create(input: &mut Input, name: &str) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    if vault.profile(name).is_ok() {
        return Err(VaultError::ProfileExists(name.to_owned()).into());
    }
    // A password from stdin or the terminal (empty at the terminal: the keyring instead).
    let password = if input.has_password_source() {
        Some(session::new_password(input, name)?).filter(|p| !p.is_empty())
    } else {
        None
    };
    match password {
        Some(pw) => vault.create_profile(name, Some(pw.as_bytes()), None)?,
        None => {
            let ks = session::keyring().map_err(|e| {
                Failure::new(
                    Status::Unavailable,
                    format!("{e}, so profile {name} needs a password: sesame-cli profile create {name} --password-stdin"),
                )
            })?;
            vault.create_profile(name, None, Some(&ks as &dyn KeyStore))?
        }
    };
    Ok(())
}

pub fn delete(input: &mut Input, name: &str, yes: bool) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    let info = vault.profile(name)?;
    let s = session::unlock(&vault, &info, input)?;
    let count = vault.entries(&s)?.entries.len();
    session::confirm(
        &format!("Delete profile {name} and its {count} entries?"),
        yes,
    )?;
    let ks = session::keyring().ok();
    vault.delete_profile(s, ks.as_ref().map(|k| k as &dyn KeyStore))?;
    Ok(())
}

pub fn passwd(input: &mut Input, name: &str) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    let info = vault.profile(name)?;
    // The old password is the first line when the profile has one.
    let mut s = if info.password {
        let old = input.line(&format!("Current password for profile {name}: "), name)?;
        vault
            .unlock(
                name,
                sesame_core::vault::Credential::Password(old.as_bytes()),
            )
            .map_err(Failure::from)?
    } else {
        session::unlock(&vault, &info, input)?
    };
    let new = session::new_password(input, name)?;
    let ks = session::keyring();
    vault.change_password(
        &mut s,
        Some(new.as_bytes()).filter(|n| !n.is_empty()),
        ks.as_ref()
            .map(|k| k as &dyn KeyStore)
            .map_err(Clone::clone),
    )?;
    Ok(())
}

pub fn recovery(input: &mut Input, name: &str) -> Result<(), Failure> {
    let vault = session::open_vault()?;
    let info = vault.profile(name)?;
    let mut s = session::unlock(&vault, &info, input)?;
    let key = vault.create_recovery_key(&mut s)?;
    println!("{}", key.as_str());
    eprintln!("sesame-cli: write this recovery key down and keep it safe; it is shown only once and replaces any earlier one.");
    Ok(())
}
