//! The tray with a real StatusNotifier host under Xvfb: `status-notifier-watcher` and the
//! `gtk-sni-tray-standalone` panel (apt), started here inside the test desktop's session bus.
//! Sesame started hidden shows no window and registers its item; its menu (read over D-Bus as
//! the panel reads it) copies a favourite's code and opens the window; closing the window
//! hides it to the tray; Quit ends the app. Without a tray host, `--hidden` leaves the window
//! on screen (never invisible without a way back). Runs when E2E=1, as the README's test
//! command sets up; otherwise it says it was skipped.

use sesame_core::keystore::OsKeyring;
use sesame_core::vault::{EntryMeta, NewEntry, Vault};
use sesame_core::{otp, uri};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const GITHUB: &str = "otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub";
const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// A process stopped when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(program: &str, args: &[&str], env: &[(&str, &Path)]) -> Result<Running> {
    let mut cmd = Command::new(program);
    cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    Ok(Running(
        cmd.spawn()
            .map_err(|e| format!("cannot start {program}: {e}"))?,
    ))
}

fn output(program: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(program).args(args).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Waits until `f` answers something, for at most `seconds`.
fn until<T>(what: &str, seconds: u64, mut f: impl FnMut() -> Option<T>) -> Result<T> {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if let Some(v) = f() {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("timed out waiting for {what}").into());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn dbus(dest: &str, path: &str, method: &str, args: &[&str]) -> Result<String> {
    let mut all = vec![
        "--session".to_owned(),
        "--print-reply".to_owned(),
        format!("--dest={dest}"),
        path.to_owned(),
        method.to_owned(),
    ];
    all.extend(args.iter().map(|a| a.to_string()));
    let out = Command::new("dbus-send").args(&all).output()?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn property(dest: &str, path: &str, iface: &str, name: &str) -> Result<String> {
    dbus(
        dest,
        path,
        "org.freedesktop.DBus.Properties.Get",
        &[&format!("string:{iface}"), &format!("string:{name}")],
    )
}

/// The strings in a dbus-send reply, in order.
fn strings(reply: &str) -> Vec<String> {
    reply
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("variant").map_or(l, str::trim);
            let l = l
                .strip_prefix("object path ")
                .or_else(|| l.strip_prefix("string "))?;
            Some(l.trim_matches('"').to_owned())
        })
        .collect()
}

/// The menu items of a dbusmenu layout: (id, label).
fn menu_items(layout: &str) -> Vec<(i32, String)> {
    let mut items = Vec::new();
    let mut id = None;
    let mut lines = layout.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        // The root is `struct {`, each child `variant struct {`; the id is the next line.
        if line.ends_with("struct {") {
            if let Some(n) = lines.peek().and_then(|l| l.strip_prefix("int32 ")) {
                id = n.parse().ok();
            }
        } else if line == "string \"label\"" {
            let label = lines
                .next()
                .and_then(|l| l.strip_prefix("variant"))
                .map(|l| {
                    l.trim()
                        .trim_start_matches("string ")
                        .trim_matches('"')
                        .to_owned()
                });
            if let (Some(id), Some(label)) = (id, label) {
                items.push((id, label));
            }
        }
    }
    items
}

/// Sesame's tray item (the panel's view of it): its bus name and menu path.
fn sesame_item() -> Result<(String, String)> {
    let items = strings(&property(
        WATCHER,
        "/StatusNotifierWatcher",
        WATCHER,
        "RegisteredStatusNotifierItems",
    )?);
    let item = items.into_iter().next().ok_or("no item registered")?;
    // "service/path", or the service alone (this watcher's way): the path is then found as a
    // panel finds it, by introspection.
    let (service, path) = match item.find('/') {
        Some(i) => (item[..i].to_owned(), item[i..].to_owned()),
        None => {
            let path = find_item(&item, "/")?.ok_or("the item's object is not found")?;
            (item, path)
        }
    };
    let menu = strings(&property(
        &service,
        &path,
        "org.kde.StatusNotifierItem",
        "Menu",
    )?)
    .into_iter()
    .next()
    .ok_or("the item has no menu")?;
    Ok((service, menu))
}

/// The object under `path` that implements org.kde.StatusNotifierItem.
fn find_item(service: &str, path: &str) -> Result<Option<String>> {
    let xml = dbus(
        service,
        path,
        "org.freedesktop.DBus.Introspectable.Introspect",
        &[],
    )?;
    if xml.contains("interface name=\"org.kde.StatusNotifierItem\"") {
        return Ok(Some(path.to_owned()));
    }
    for child in xml.split("<node name=\"").skip(1) {
        let Some(name) = child.split('"').next() else {
            continue;
        };
        let below = format!("{}/{name}", path.trim_end_matches('/'));
        if let Some(found) = find_item(service, &below)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

fn click(service: &str, menu: &str, label: &str) -> Result {
    let layout = dbus(
        service,
        menu,
        "com.canonical.dbusmenu.GetLayout",
        &["int32:0", "int32:-1", "array:string:"],
    )?;
    let items = menu_items(&layout);
    let (id, _) = items
        .iter()
        .find(|(_, l)| l.contains(label))
        .ok_or_else(|| format!("no '{label}' in the tray menu: {items:?}"))?;
    dbus(
        service,
        menu,
        "com.canonical.dbusmenu.Event",
        &[
            &format!("int32:{id}"),
            "string:clicked",
            "variant:int32:0",
            "uint32:0",
        ],
    )?;
    Ok(())
}

fn window_shown() -> bool {
    !output(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^Sesame$"],
    )
    .unwrap_or_default()
    .trim()
    .is_empty()
}

fn clipboard() -> String {
    output("xclip", &["-o", "-selection", "clipboard"]).unwrap_or_default()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn has_owner(name: &str) -> bool {
    dbus(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        &[&format!("string:{name}")],
    )
    .is_ok_and(|r| r.contains("boolean true"))
}

fn sesame(data: &Path, args: &[&str]) -> Result<Running> {
    // HOME: start at login writes ~/.config/autostart, into the test's directory.
    start(
        env!("CARGO_BIN_EXE_sesame"),
        args,
        &[("SESAME_DATA_DIR", data), ("HOME", data)],
    )
}

fn screenshot(name: &str) {
    if let Some(dir) = std::env::var_os("SESAME_SCREENSHOT_DIR") {
        let path = Path::new(&dir).join(name);
        let _ = Command::new("import")
            .args(["-window", "root"])
            .arg(path)
            .status();
    }
}

#[test]
fn the_tray_for_real() -> Result {
    if std::env::var_os("E2E").is_none() {
        eprintln!(
            "skipped: the tray test runs in the README's test command (E2E=1, a test desktop)"
        );
        return Ok(());
    }
    let data = tempfile::tempdir()?;
    {
        // A keyring profile with one favourite, as the app makes it.
        let vault = Vault::open(data.path())?;
        let ks = OsKeyring::connect()?;
        let s = vault.create_profile("default", None, Some(&ks))?;
        let account = uri::parse(GITHUB)?.account;
        let meta = EntryMeta {
            favorite: true,
            ..EntryMeta::default()
        };
        vault.add(&s, &[NewEntry { account, meta }])?;
    }

    // No tray host: started hidden, the window stays on screen.
    assert!(!has_owner(WATCHER), "another tray host is running");
    {
        let _app = sesame(data.path(), &["--hidden"])?;
        until("the window without a tray", 60, || {
            window_shown().then_some(())
        })?;
    }
    until("the first app to end", 20, || {
        (!window_shown()).then_some(())
    })?;

    let _watcher = start("status-notifier-watcher", &[], &[])?;
    until("the StatusNotifier watcher", 20, || {
        has_owner(WATCHER).then_some(())
    })?;
    let _panel = start("gtk-sni-tray-standalone", &["--bottom"], &[])?;
    until("the panel to be a host", 20, || {
        property(
            WATCHER,
            "/StatusNotifierWatcher",
            WATCHER,
            "IsStatusNotifierHostRegistered",
        )
        .ok()
        .filter(|r| r.contains("boolean true"))
    })?;

    // Started hidden: an icon in the tray, no window.
    let mut app = sesame(data.path(), &["--hidden"])?;
    let (service, menu) = until("Sesame's tray item", 60, || sesame_item().ok())?;
    std::thread::sleep(Duration::from_secs(2));
    assert!(!window_shown(), "started hidden, the window is not shown");
    screenshot("tray.png");

    // A favourite's code from the tray menu, without opening the window.
    click(&service, &menu, "Copy GitHub")?;
    let account = uri::parse(GITHUB)?.account;
    let copied = until("the code on the clipboard", 10, || {
        let text = clipboard();
        let t = now();
        [t.saturating_sub(30), t, t + 30]
            .iter()
            .any(|at| otp::code_at(&account, *at).text == text.trim())
            .then_some(text)
    })?;
    assert!(
        !window_shown(),
        "copying from the tray opens nothing: {copied}"
    );

    // Open from the tray; close to the tray; quit from the tray.
    click(&service, &menu, "Open Sesame")?;
    until("the window opened from the tray", 20, || {
        window_shown().then_some(())
    })?;
    // Debian's python3, which python3-xlib is installed for (another may be first on PATH).
    let closed = Command::new("/usr/bin/python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/close_window.py"))
        .arg("Sesame")
        .status()?;
    assert!(closed.success(), "the close request was sent");
    until("the window hidden to the tray", 20, || {
        (!window_shown()).then_some(())
    })?;
    assert!(
        app.0.try_wait()?.is_none(),
        "closed to the tray, still running"
    );
    assert!(sesame_item().is_ok(), "the icon stays");
    click(&service, &menu, "Quit")?;
    let status = until("the app to quit", 20, || app.0.try_wait().ok().flatten())?;
    assert!(status.success(), "Quit ends the app cleanly: {status}");
    Ok(())
}
