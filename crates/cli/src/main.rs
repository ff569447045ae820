//! sesame-cli: Sesame's terminal front end. The contract is CLI.md; exit statuses live in
//! `failure`.

mod account_json;
mod commands;
mod failure;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sesame-cli",
    version,
    about = "Sesame's one-time codes from a terminal"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the current code of an otpauth:// or steam:// URI
    Code {
        /// An otpauth:// or steam:// URI (HOTP: the code at the URI's counter)
        target: String,
        /// The time to compute the code for, in Unix seconds (default: now)
        #[arg(long, value_name = "UNIX_SECONDS")]
        at: Option<u64>,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code { target, at } => commands::code(&target, at),
        Command::Parse { uri, json, reveal } => commands::parse(&uri, json, reveal),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("sesame-cli: {}", failure.message);
            ExitCode::from(failure.status as u8)
        }
    }
}
