//! sesame-cli: Sesame's terminal front end. Its contract is the README's "sesame-cli" section;
//! exit statuses live in `failure`.

mod account_json;
mod commands;
mod entries;
mod failure;
mod profiles;
mod scan;
mod session;
mod sync;
mod transfer;

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sesame-cli",
    version,
    about = "Sesame's one-time codes from a terminal"
)]
struct Cli {
    /// Read the profile's password from the first line of stdin
    #[arg(long, global = true)]
    password_stdin: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct ProfileArg {
    /// The profile to use (default: "default")
    #[arg(long, value_name = "NAME", default_value = "default")]
    profile: String,
}

#[derive(Subcommand)]
enum Command {
    /// Print the current code of a URI, or of the stored entry matching QUERY
    Code {
        /// An otpauth:// or steam:// URI (anything containing "://"), or a word matching one
        /// stored entry's issuer or account (HOTP: the stored counter is advanced)
        target: String,
        /// The time to compute the code for, in Unix seconds (default: now)
        #[arg(long, value_name = "UNIX_SECONDS")]
        at: Option<u64>,
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// Print the normalized account(s) of an otpauth://, steam:// or otpauth-migration:// URI
    Parse {
        uri: String,
        /// Print JSON (one account object; an array for otpauth-migration://)
        #[arg(long)]
        json: bool,
        /// Include each account's otpauth URI, which holds its secret
        #[arg(long)]
        reveal: bool,
    },
    /// Store the account(s) of a URI; prints the new entry ids
    Add {
        uri: String,
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// List the profile's entries
    List {
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long)]
        json: bool,
        /// Include each account's otpauth URI, which holds its secret
        #[arg(long)]
        reveal: bool,
    },
    /// Delete the one entry matching QUERY
    Remove {
        query: String,
        #[command(flatten)]
        profile: ProfileArg,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Find every QR code in image files (PNG, JPEG, WebP, GIF, BMP), on the clipboard, or on
    /// every screen
    Scan {
        #[arg(required_unless_present_any = ["clipboard", "screen"], conflicts_with_all = ["clipboard", "screen"])]
        files: Vec<std::path::PathBuf>,
        /// Scan the image on the clipboard
        #[arg(long, conflicts_with = "screen")]
        clipboard: bool,
        /// Scan every monitor (the capture stays in memory)
        #[arg(long)]
        screen: bool,
        #[arg(long)]
        json: bool,
        /// Include each account's otpauth URI, which holds its secret
        #[arg(long)]
        reveal: bool,
    },
    /// Reads another app's export (format detected from the content) and adds its accounts.
    Import {
        file: std::path::PathBuf,
        #[arg(long, value_name = "F")]
        format: Option<String>,
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        reveal: bool,
        #[arg(long)]
        backup_password_stdin: bool,
        /// A KeePass database's key file (with its password, if it has one).
        #[arg(long, value_name = "PATH")]
        key_file: Option<std::path::PathBuf>,
    },
    /// Writes the profile's accounts as a backup or for another app.
    Export {
        #[arg(long, value_name = "F")]
        format: String,
        #[arg(long, value_name = "PATH")]
        out: std::path::PathBuf,
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long, value_name = "QUERY")]
        entry: Option<String>,
        #[arg(long)]
        force: bool,
        #[arg(long)]
        backup_password_stdin: bool,
    },
    /// Manage profiles
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// End-to-end encrypted sync of a profile through a folder or a WebDAV server
    #[command(subcommand)]
    Sync(SyncCommand),
    /// Follow a folder of a phone app's automatic backups, one way
    #[command(subcommand)]
    Mirror(MirrorCommand),
}

#[derive(Subcommand)]
enum SyncCommand {
    /// Create a sync set at the location, or join the one there (stdin: the sync passphrase,
    /// then the WebDAV password with --webdav-user), and sync once
    Enable {
        /// A folder another tool keeps in step (Syncthing, Nextcloud, Dropbox, ...)
        #[arg(
            long,
            value_name = "DIR",
            required_unless_present = "webdav",
            conflicts_with = "webdav"
        )]
        folder: Option<std::path::PathBuf>,
        /// A WebDAV folder's URL
        #[arg(long, value_name = "URL")]
        webdav: Option<String>,
        #[arg(long, value_name = "USER", requires = "webdav")]
        webdav_user: Option<String>,
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// Push this device's changes and pull the others'
    Now {
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// The profile's sync state
    Status {
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long)]
        json: bool,
    },
    /// Stop syncing (the location is left as it is)
    Disable {
        #[command(flatten)]
        profile: ProfileArg,
    },
}

#[derive(Subcommand)]
enum MirrorCommand {
    /// Follow the newest backup of format F (aegis, 2fas, ente, stratum) in DIR
    Add {
        dir: std::path::PathBuf,
        #[arg(long, value_name = "F")]
        format: String,
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long)]
        backup_password_stdin: bool,
    },
    /// Read the newest backup of each followed folder and add the new accounts
    Now {
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// The followed folders
    List {
        #[command(flatten)]
        profile: ProfileArg,
        #[arg(long)]
        json: bool,
    },
    /// Stop following DIR
    Remove {
        dir: std::path::PathBuf,
        #[command(flatten)]
        profile: ProfileArg,
    },
}

#[derive(Subcommand)]
enum ProfileCommand {
    /// List the profiles
    List {
        #[arg(long)]
        json: bool,
    },
    /// Create a profile: with a password (--password-stdin, or typed at the terminal), or else
    /// protected by the OS keyring
    Create { name: String },
    /// Delete a profile and its entries (its password is required if it has one)
    Delete {
        name: String,
        #[arg(long)]
        yes: bool,
    },
    /// Set, change or remove (empty new password) the password; stdin lines: old (if any), new
    Passwd { name: String },
    /// Create a recovery key and print it once
    Recovery { name: String },
}

fn main() -> ExitCode {
    sesame_core::process::harden();
    let cli = Cli::parse();
    let mut input = session::Input::new(cli.password_stdin);
    let result = match cli.command {
        Command::Code {
            target,
            at,
            profile,
        } if target.contains("://") => {
            let _ = profile;
            commands::code(&target, at)
        }
        Command::Code {
            target,
            at,
            profile,
        } => entries::code(&mut input, &profile.profile, &target, at),
        Command::Parse { uri, json, reveal } => commands::parse(&uri, json, reveal),
        Command::Add { uri, profile } => entries::add(&mut input, &profile.profile, &uri),
        Command::List {
            profile,
            json,
            reveal,
        } => entries::list(&mut input, &profile.profile, json, reveal),
        Command::Remove {
            query,
            profile,
            yes,
        } => entries::remove(&mut input, &profile.profile, &query, yes),
        Command::Scan {
            files,
            clipboard,
            screen,
            json,
            reveal,
        } => {
            let source = if clipboard {
                scan::Source::Clipboard
            } else if screen {
                scan::Source::Screen
            } else {
                scan::Source::Files(files)
            };
            scan::scan(source, json, reveal)
        }
        Command::Import {
            file,
            format,
            profile,
            dry_run,
            json,
            reveal,
            backup_password_stdin,
            key_file,
        } => transfer::import(
            &mut input,
            transfer::ImportArgs {
                file: &file,
                format: format.as_deref(),
                profile: &profile.profile,
                dry_run,
                json,
                reveal,
                backup_password_stdin,
                key_file: key_file.as_deref(),
            },
        ),
        Command::Export {
            format,
            out,
            profile,
            entry,
            force,
            backup_password_stdin,
        } => transfer::export(
            &mut input,
            transfer::ExportArgs {
                format: &format,
                out: &out,
                profile: &profile.profile,
                entry: entry.as_deref(),
                force,
                backup_password_stdin,
            },
        ),
        Command::Profile(p) => match p {
            ProfileCommand::List { json } => profiles::list(json),
            ProfileCommand::Create { name } => profiles::create(&mut input, &name),
            ProfileCommand::Delete { name, yes } => profiles::delete(&mut input, &name, yes),
            ProfileCommand::Passwd { name } => profiles::passwd(&mut input, &name),
            ProfileCommand::Recovery { name } => profiles::recovery(&mut input, &name),
        },
        Command::Sync(c) => match c {
            SyncCommand::Enable {
                folder,
                webdav,
                webdav_user,
                profile,
            } => {
                let place = match (folder, webdav) {
                    (Some(dir), _) => Some(sync::Place::Folder(dir)),
                    (None, Some(url)) => Some(sync::Place::WebDav {
                        url,
                        user: webdav_user,
                    }),
                    (None, None) => None,
                };
                match place {
                    Some(place) => sync::enable(&mut input, &profile.profile, place),
                    None => Err(failure::Failure::invalid(
                        "give --folder DIR or --webdav URL",
                    )),
                }
            }
            SyncCommand::Now { profile } => sync::now(&mut input, &profile.profile),
            SyncCommand::Status { profile, json } => {
                sync::status(&mut input, &profile.profile, json)
            }
            SyncCommand::Disable { profile } => sync::disable(&mut input, &profile.profile),
        },
        Command::Mirror(c) => match c {
            MirrorCommand::Add {
                dir,
                format,
                profile,
                backup_password_stdin,
            } => sync::mirror_add(
                &mut input,
                &profile.profile,
                &dir,
                &format,
                backup_password_stdin,
            ),
            MirrorCommand::Now { profile } => sync::mirror_now(&mut input, &profile.profile),
            MirrorCommand::List { profile, json } => {
                sync::mirror_list(&mut input, &profile.profile, json)
            }
            MirrorCommand::Remove { dir, profile } => {
                sync::mirror_remove(&mut input, &profile.profile, &dir)
            }
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            for line in failure.message.lines() {
                eprintln!("sesame-cli: {line}");
            }
            ExitCode::from(failure.status as u8)
        }
    }
}
