//! Whether the system says its clock is synchronised: every time-based code depends on it.
//! Linux with systemd answers through timedatectl; elsewhere, or without an answer, Sesame
//! says nothing rather than guess.

/// `Some(false)` when the system reports an unsynchronised clock; `None` when it cannot say.
pub fn synchronised() -> Option<bool> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let out = std::process::Command::new("timedatectl")
        .args(["show", "--property=NTPSynchronized", "--value"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    parse(&String::from_utf8_lossy(&out.stdout))
}

fn parse(answer: &str) -> Option<bool> {
    match answer.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn answers() {
        assert_eq!(super::parse("yes\n"), Some(true));
        assert_eq!(super::parse("no\n"), Some(false));
        assert_eq!(super::parse(""), None);
    }
}
