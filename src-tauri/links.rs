//! otpauth:// links opened from a browser or a mail: the system starts Sesame with the link as
//! an argument (or hands it to the running Sesame through the single-instance plugin). The
//! link waits in Rust until an unlocked profile takes it, then shows the add preview.

use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime};

/// Longer than any real otpauth or migration URI.
const MAX_LINK_LEN: usize = 16 * 1024;

/// The first otpauth or otpauth-migration link among the arguments.
pub fn find(args: &[String]) -> Option<String> {
    args.iter()
        .map(|a| a.trim())
        .find(|a| {
            let lower = a.get(..20).unwrap_or(a).to_ascii_lowercase();
            (lower.starts_with("otpauth://") || lower.starts_with("otpauth-migration://"))
                && a.len() <= MAX_LINK_LEN
        })
        .map(str::to_owned)
}

/// A link handed to the running Sesame (a second launch's arguments, or macOS's open-URL
/// event): kept in Rust until a profile takes it, and the window told to preview it.
pub fn hand_over<R: Runtime>(app: &AppHandle<R>, args: &[String]) {
    if let Some(link) = find(args) {
        app.state::<Arc<AppState>>().open_link(link);
        crate::push::tell(app, sesame_service::dto::Push::Link);
    }
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_the_link_among_the_arguments() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            find(&args(&[
                "/usr/bin/sesame",
                "OTPAUTH://totp/x?secret=GEZDGNBV"
            ]))
            .as_deref(),
            Some("OTPAUTH://totp/x?secret=GEZDGNBV")
        );
        assert_eq!(
            find(&args(&["sesame", "otpauth-migration://offline?data=x"])).as_deref(),
            Some("otpauth-migration://offline?data=x")
        );
        assert_eq!(find(&args(&["sesame", "https://example.com"])), None);
        assert_eq!(
            find(&args(&[
                "sesame",
                &format!("otpauth://{}", "a".repeat(20_000))
            ])),
            None
        );
    }
}
