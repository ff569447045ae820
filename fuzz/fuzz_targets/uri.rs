#![no_main]
//! Any text: parse must return, never panic, and whatever it accepts must format and parse back
//! to the same account and produce a code.

use libfuzzer_sys::fuzz_target;
use sesame_core::{otp, uri};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(parsed) = uri::parse(text) {
        let again = uri::parse(&uri::format(&parsed.account)).expect("a formatted URI parses");
        assert_eq!(again.account, parsed.account);
        let _ = otp::code_at(&parsed.account, 1_700_000_000);
    }
});
