//! Opening the vault and unlocking a profile from a terminal or a script: the keyring first
//! when the profile has it, else its password from stdin (--password-stdin) or the terminal.

use crate::failure::{Failure, Status};
use sesame_core::keystore::{KeyStore, KeyStoreError, OsKeyring};
use sesame_core::vault::{self, Credential, ProfileInfo, Session, Vault, VaultError};
use std::io::{BufRead, IsTerminal};
use zeroize::Zeroizing;

/// Where passwords come from: lines of stdin (read once) or the terminal.
pub struct Input {
    from_stdin: bool,
    lines: Option<Vec<Zeroizing<String>>>,
    next: usize,
}

impl Input {
    pub fn new(from_stdin: bool) -> Self {
        Input {
            from_stdin,
            lines: None,
            next: 0,
        }
    }

    fn stdin_line(&mut self, index: usize) -> Option<Zeroizing<String>> {
        let lines = self.lines.get_or_insert_with(|| {
            let stdin = std::io::stdin();
            let mut all = Vec::new();
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                all.push(Zeroizing::new(line.trim_end_matches('\r').to_owned()));
            }
            all
        });
        lines.get(index).cloned()
    }

    fn next_stdin_line(&mut self) -> Option<Zeroizing<String>> {
        self.next += 1;
        self.stdin_line(self.next - 1)
    }

    /// A line from stdin when the input is not a terminal, or else typed (hidden) at a prompt.
    pub fn line(&mut self, prompt: &str, profile: &str) -> Result<Zeroizing<String>, Failure> {
        if self.from_stdin || !std::io::stdin().is_terminal() {
            return self
                .next_stdin_line()
                .ok_or_else(|| missing_password(profile));
        }
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|_| missing_password(profile))
    }

    /// The profile's password: --password-stdin, or the terminal; never guessed.
    pub fn password(&mut self, profile: &str) -> Result<Zeroizing<String>, Failure> {
        if self.from_stdin {
            return self
                .next_stdin_line()
                .ok_or_else(|| missing_password(profile));
        }
        if !std::io::stdin().is_terminal() {
            return Err(missing_password(profile));
        }
        self.line(&format!("Password for profile {profile}: "), profile)
    }

    /// The password of an import or export file: the first line of stdin, or the second when
    /// the profile's password is the first (--password-stdin); else typed at the terminal.
    pub fn file_password(
        &mut self,
        from_stdin: bool,
        prompt: &str,
    ) -> Result<Zeroizing<String>, Failure> {
        self.secret(
            from_stdin,
            0,
            prompt,
            "the file is encrypted: give its password with --backup-password-stdin or type it at a terminal",
        )
    }

    /// The `k`th secret a command needs after the profile's password (a file's password, a
    /// sync passphrase): stdin's line after the password's (with --password-stdin) when
    /// `from_stdin`, else typed at the terminal.
    pub fn secret(
        &mut self,
        from_stdin: bool,
        k: usize,
        prompt: &str,
        missing: &str,
    ) -> Result<Zeroizing<String>, Failure> {
        let missing = || Failure::new(Status::Password, missing);
        if from_stdin {
            let index = usize::from(self.from_stdin) + k;
            return self.stdin_line(index).ok_or_else(missing);
        }
        if !std::io::stdin().is_terminal() {
            return Err(missing());
        }
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|_| missing())
    }

    pub fn has_password_source(&self) -> bool {
        self.from_stdin || std::io::stdin().is_terminal()
    }
}

fn missing_password(profile: &str) -> Failure {
    Failure::new(
        Status::Password,
        format!("profile {profile} needs its password: give it with --password-stdin or type it at a terminal"),
    )
}

pub fn open_vault() -> Result<Vault, Failure> {
    let dir = vault::default_dir().ok_or_else(|| {
        Failure::new(
            Status::Unavailable,
            "no data directory: set SESAME_DATA_DIR",
        )
    })?;
    let mut vault = Vault::open(&dir)?;
    // Keyring profiles' integrity generations are kept there too (rollback detection).
    if let Ok(ks) = keyring() {
        vault.guard_rollback(std::sync::Arc::new(ks));
    }
    Ok(vault)
}

pub fn keyring() -> Result<OsKeyring, KeyStoreError> {
    OsKeyring::connect()
}

/// Unlocks an existing profile: keyring first (if it has a keyring slot), then its password.
pub fn unlock(vault: &Vault, info: &ProfileInfo, input: &mut Input) -> Result<Session, Failure> {
    let mut keyring_error = None;
    if info.keyring {
        let attempt = keyring()
            .map_err(|source| VaultError::KeyringUnavailable {
                profile: info.name.clone(),
                source,
            })
            .and_then(|ks| vault.unlock(&info.name, Credential::Keyring(&ks)));
        match attempt {
            Ok(s) => return Ok(s),
            Err(e) if info.password && input.has_password_source() => {
                eprintln!("sesame-cli: warning: {e}");
            }
            Err(e) => keyring_error = Some(e),
        }
    }
    if let Some(e) = keyring_error {
        return Err(e.into());
    }
    if !info.password {
        return Err(VaultError::NoSlot {
            profile: info.name.clone(),
            what: "password or keyring key",
        }
        .into());
    }
    let password = input.password(&info.name)?;
    Ok(vault.unlock(&info.name, Credential::Password(password.as_bytes()))?)
}

/// The profile's session, or `None` when it does not exist yet and `create` is false.
/// `default` is created on first use: protected by the keyring, or by a password when there
/// is no usable keyring.
pub fn open_profile(
    vault: &Vault,
    name: &str,
    input: &mut Input,
    create: bool,
) -> Result<Option<Session>, Failure> {
    match vault.profile(name) {
        Ok(info) => unlock(vault, &info, input).map(Some),
        Err(VaultError::NoProfile(_)) if name == "default" && create => {
            create_default(vault, input).map(Some)
        }
        Err(VaultError::NoProfile(_)) if name == "default" => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn create_default(vault: &Vault, input: &mut Input) -> Result<Session, Failure> {
    if input.from_stdin {
        let pw = input.password("default")?;
        return Ok(vault.create_profile("default", Some(pw.as_bytes()), None)?);
    }
    match keyring() {
        Ok(ks) => match vault.create_profile("default", None, Some(&ks as &dyn KeyStore)) {
            Ok(s) => Ok(s),
            Err(VaultError::Keyring(e)) => create_default_with_password(vault, input, e),
            Err(e) => Err(e.into()),
        },
        Err(e) => create_default_with_password(vault, input, e),
    }
}

fn create_default_with_password(
    vault: &Vault,
    input: &mut Input,
    why: KeyStoreError,
) -> Result<Session, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::new(
            Status::Unavailable,
            format!("{why}, so the default profile needs a password: sesame-cli profile create default --password-stdin"),
        ));
    }
    eprintln!("sesame-cli: {why}; the default profile will be protected by a password instead.");
    let pw = new_password(input, "default")?;
    Ok(vault.create_profile("default", Some(pw.as_bytes()), None)?)
}

/// A new password typed twice at the terminal, or one line of stdin.
pub fn new_password(input: &mut Input, profile: &str) -> Result<Zeroizing<String>, Failure> {
    let first = input.line(&format!("New password for profile {profile}: "), profile)?;
    // Empty: no password (the keyring keeps the profile); else not an obviously weak one.
    if !first.is_empty() {
        sesame_core::password::check(&first, &[profile]).map_err(Failure::invalid)?;
    }
    if input.from_stdin || !std::io::stdin().is_terminal() {
        return Ok(first);
    }
    let again = input.line("Repeat it: ", profile)?;
    if *first != *again {
        return Err(Failure::invalid(
            "the two passwords differ; nothing was changed",
        ));
    }
    Ok(first)
}

/// Asks "yes or no" at the terminal; without one, only `--yes` confirms.
pub fn confirm(question: &str, yes: bool) -> Result<(), Failure> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::invalid(
            "not confirmed: run from a terminal, or add --yes",
        ));
    }
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    if matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
        Ok(())
    } else {
        Err(Failure::invalid("not confirmed; nothing was changed"))
    }
}
