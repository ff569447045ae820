//! End to end: the real app in a real WebKit window (Xvfb), driven through WebDriver
//! (tauri-driver + WebKitWebDriver). Runs when E2E=1, as the README's test command sets up;
//! otherwise it says it was skipped.

mod common;

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use sesame_core::{otp, uri};
use std::net::TcpListener;
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::process::{Child, Command};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
}

/// The app under WebDriver, and the driver process that dies with it.
struct App {
    client: Client,
    _driver: Child,
}

async fn launch(data_dir: &std::path::Path) -> Result<App> {
    launch_with(data_dir, &[]).await
}

/// Launches with more environment (a language: `LANG`).
async fn launch_with(data_dir: &std::path::Path, env: &[(&str, &str)]) -> Result<App> {
    let (port, native_port) = (free_port(), free_port());
    // The app inherits the environment through tauri-driver and WebKitWebDriver.
    let driver = Command::new("tauri-driver")
        .envs(env.iter().copied())
        .env("SESAME_DATA_DIR", data_dir)
        // Start at login writes ~/.config/autostart: into the test's directory, not the home.
        .env("HOME", data_dir)
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot start tauri-driver (cargo install tauri-driver): {e}"))?;
    let mut caps = serde_json::Map::new();
    caps.insert(
        "tauri:options".into(),
        serde_json::json!({ "application": env!("CARGO_BIN_EXE_sesame") }),
    );
    // tauri-driver needs a moment to bring WebKitWebDriver up; retry rather than sleep blindly.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match ClientBuilder::native()
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => {
                return Ok(App {
                    client,
                    _driver: driver,
                })
            }
            Err(e) if Instant::now() > deadline => {
                return Err(format!("no WebDriver session: {e}").into())
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

async fn wait_for(client: &Client, css: &str) -> Result<Element> {
    wait_until(client, Locator::Css(css)).await
}

/// Waits for an element; a timeout names what was awaited and what the window showed instead
/// (a lock screen, an error, nothing at all), so a failure under CI says why.
async fn wait_until(client: &Client, what: Locator<'_>) -> Result<Element> {
    // Generous: CI's two cores are shared with the app, WebKit and the driver.
    let within = Duration::from_secs(20);
    match client.wait().at_most(within).for_element(what).await {
        Ok(element) => Ok(element),
        Err(e) => {
            let shown = client
                .execute("return document.body.innerText.slice(0, 800)", vec![])
                .await
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .unwrap_or_else(|e| format!("(the page could not be read: {e})"));
            let what = match what {
                Locator::Css(s) | Locator::XPath(s) | Locator::Id(s) | Locator::LinkText(s) => s,
            };
            Err(format!("no {what} within {within:?} ({e}); the window showed: {shown:?}").into())
        }
    }
}

/// Runs one part of the scenario; says how long it took, and names it when it fails.
async fn step(name: &str, part: impl std::future::Future<Output = Result>) -> Result {
    let start = Instant::now();
    let outcome = part.await;
    let took = start.elapsed().as_secs_f32();
    match outcome {
        Ok(()) => {
            eprintln!("e2e: {name} passed in {took:.1} s");
            Ok(())
        }
        Err(e) => Err(format!("{name} failed after {took:.1} s: {e}").into()),
    }
}

/// Adds a setup link through the advanced part of the Add choices: on the first screen, or in
/// the Add dialog the header's Add opens.
async fn add(client: &Client, text: &str) -> Result {
    if client.find(Locator::Css("details.link-add")).await.is_err() {
        click(client, "header #add").await?;
    }
    client
        .execute(
            "document.querySelector('details.link-add').open = true",
            vec![],
        )
        .await?;
    // Below the fold on a long first screen: fill scrolls it into view.
    fill(client, "input#uri", text).await?;
    click(client, "form.add button[type=submit]").await
}

/// The element's text content (WebDriver's visible-text rules vary between drivers).
async fn text(e: &Element) -> Result<String> {
    Ok(e.prop("textContent")
        .await?
        .unwrap_or_default()
        .trim()
        .to_owned())
}

/// Scrolls the list, as a person would, until a row containing `text` is drawn (the list draws
/// only the rows in view), and brings it into view; false when no row has it.
async fn scroll_to_row(c: &Client, text: &str) -> Result<bool> {
    const SCROLL: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const box = document.querySelector('.scroller');
const find = () => [...document.querySelectorAll('li.row')].find((r) => r.textContent.includes(text));
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
(async () => {
  let row = find();
  for (let top = 0; box && !row && top <= box.scrollHeight; top += box.clientHeight) {
    box.scrollTop = top;
    await frame();
    await frame();
    row = find();
  }
  if (row) row.scrollIntoView({ block: 'nearest' });
  done(!!row);
})();
"#;
    Ok(c.execute_async(SCROLL, vec![text.into()])
        .await?
        .as_bool()
        .unwrap_or(false))
}

/// Waits up to `seconds` for a row containing `text`, scrolling the list to it.
async fn wait_for_row(c: &Client, text: &str, seconds: u64) -> Result {
    let start = Instant::now();
    while !scroll_to_row(c, text).await? {
        if start.elapsed() > Duration::from_secs(seconds) {
            return Err(format!("no row with {text:?} after {seconds} s").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Ok(())
}

/// The code shown in the row of `issuer`, digits only.
async fn shown_code(client: &Client, issuer: &str) -> Result<String> {
    scroll_to_row(client, issuer).await?;
    for row in client.find_all(Locator::Css("li.row")).await? {
        // A favourite's name follows its star.
        if text(&row.find(Locator::Css(".issuer")).await?)
            .await?
            .trim_start_matches('★')
            == issuer
        {
            let code = text(&row.find(Locator::Css(".code")).await?).await?;
            return Ok(code.replace(' ', ""));
        }
    }
    let rows = client
        .find(Locator::Css("ul.codes"))
        .await?
        .html(false)
        .await?;
    Err(format!("no row for {issuer} in {rows}").into())
}

/// Asserts that `code` was the account's code at some moment between `from` and now.
fn assert_current(uri_text: &str, code: &str, from: u64) {
    let account = uri::parse(uri_text).expect("a valid URI").account;
    assert!(
        (from.saturating_sub(1)..=now() + 1).any(|t| otp::code_at(&account, t).text == code),
        "shown {code:?}, which is not the code of {uri_text} at any moment since {from}"
    );
}

const ACME: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";
const FAST: &str = "otpauth://totp/Quick:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Quick&period=4&digits=8";

#[tokio::test(flavor = "multi_thread")]
async fn the_real_app() -> Result {
    if std::env::var_os("E2E").is_none() {
        eprintln!("skipped: end-to-end tests run with E2E=1 under a display (see README: the test command)");
        return Ok(());
    }
    // A stuck WebDriver call must fail the test, never hang CI.
    tokio::time::timeout(Duration::from_secs(240), scenario())
        .await
        .map_err(|_| "the end-to-end scenario took over 4 minutes")??;
    // A new person in Russia, then in Egypt: the first five minutes in their language.
    for (lang, language) in [("ru_RU.UTF-8", "ru"), ("ar_EG.UTF-8", "ar")] {
        tokio::time::timeout(
            Duration::from_secs(120),
            step(
                &format!("first_five_minutes_in_{language}"),
                first_five_minutes(lang, language),
            ),
        )
        .await
        .map_err(|_| format!("the first five minutes in {language} took over 2 minutes"))??;
    }
    Ok(())
}

async fn scenario() -> Result {
    let data = tempfile::tempdir()?;
    let app = launch(data.path()).await?;
    let c = &app.client;

    step("first_start_and_live_codes", first_start_and_live_codes(c)).await?;
    step("by_keyboard_alone", by_keyboard_alone(c)).await?;
    step("add_from_a_qr_image", add_from_a_qr_image(c)).await?;
    step("add_by_dropping_an_image", add_by_dropping_an_image(c)).await?;
    step("add_from_the_screen", add_from_the_screen(c)).await?;
    step("import_export_and_backups", import_export_and_backups(c)).await?;
    step("import_a_keepass_database", import_a_keepass_database(c)).await?;
    step("sync_through_a_folder", sync_through_a_folder(c)).await?;
    step("search_copy_and_clear", search_copy_and_clear(c)).await?;
    step("delete_and_undo", delete_and_undo(c)).await?;
    step(
        "open_a_link_in_the_running_app",
        open_a_link_in_the_running_app(c, data.path()),
    )
    .await?;
    step("brand_icons_and_quick_copy", brand_icons_and_quick_copy(c)).await?;
    step("light_and_dark", light_and_dark(c)).await?;
    step(
        "password_profile_locks_and_unlocks",
        password_profile_locks_and_unlocks(c),
    )
    .await?;
    step(
        "locks_when_the_screen_locks",
        locks_when_the_screen_locks(c),
    )
    .await?;
    step(
        "set_settings_for_the_restart",
        set_settings_for_the_restart(c, data.path()),
    )
    .await?;
    let App { client, _driver } = app;
    client.close().await?;
    drop(_driver);

    // A real restart: the settings are as they were left.
    let again = launch(data.path()).await?;
    step(
        "settings_survived",
        settings_survived(&again.client, data.path()),
    )
    .await?;
    let App { client, _driver } = again;
    client.close().await?;
    drop(_driver);
    tokio::time::sleep(Duration::from_secs(1)).await;
    nothing_readable_left_on_disk(data.path())?;
    Ok(())
}

/// The first start's empty list, a broken link refused with a message, and pasted links whose
/// live codes Rust pushes as their windows turn.
async fn first_start_and_live_codes(c: &Client) -> Result {
    // First start: the ways to add an account, in plain words.
    let empty = wait_for(c, ".empty").await?;
    assert!(text(&empty).await?.contains("Add your first account"));
    accessible(c, "the first screen").await?;
    screenshot("first-screen-en.png").await?;

    // Bad input: a message that says what is wrong, and nothing added.
    add(c, "otpauth://totp/x?secret=JBSWY3D1").await?;
    let status = wait_for(c, "#add-status").await?;
    wait_until(c, Locator::Css("#add-status.error")).await?;
    assert_eq!(
        text(&status).await?,
        "secret is not valid Base32: unexpected '1' at position 8"
    );

    // A pasted URI: its live code, equal to the code computed here for the current window.
    let before = now();
    add(c, ACME).await?;
    wait_for(c, "li.row .code").await?;
    let code = shown_code(c, "ACME").await?;
    assert_current(ACME, &code, before);
    // One countdown for the codes on the common 30-s window, none ticking on their rows.
    let left: u64 = text(&wait_for(c, "#window-left").await?).await?.parse()?;
    assert!((1..=30).contains(&left), "countdown {left}");
    assert!(c
        .find_all(Locator::Css("li.row .countdown"))
        .await?
        .is_empty());
    // The first screen's choices gave way to the list.
    assert!(c.find(Locator::Css(".empty")).await.is_err());
    accessible(c, "the account list").await?;

    // The secret went to Rust and never came back to the page.
    assert!(!c.source().await?.contains("JBSWY3DPEHPK3PXP"));

    // Codes are pushed at period boundaries: a 4-second account changes without any action.
    add(c, FAST).await?;
    wait_for_row(c, "Quick", 10).await?;
    let first = shown_code(c, "Quick").await?;
    // Its window is not the common one: its row counts down itself.
    let own: u64 = text(&wait_for(c, "li.row .countdown .seconds").await?)
        .await?
        .parse()?;
    assert!((1..=4).contains(&own), "own countdown {own}");
    let start = Instant::now();
    let mut changed = None;
    while start.elapsed() < Duration::from_secs(12) {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let now_shown = shown_code(c, "Quick").await?;
        if now_shown != first {
            changed = Some(now_shown);
            break;
        }
    }
    let changed = changed.ok_or("the 4-second code never changed")?;
    // Pushed: the code of the window it changed in (read within the last 2 s).
    assert_current(FAST, &changed, now() - 2);
    Ok(())
}

/// With SESAME_SCREENSHOT_DIR set, saves the real X window (WebKitWebDriver's own screenshot
/// call can stall under Xvfb).
async fn screenshot(name: &str) -> Result {
    let Some(dir) = std::env::var_os("SESAME_SCREENSHOT_DIR") else {
        return Ok(());
    };
    std::fs::create_dir_all(&dir)?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let search = Command::new("xdotool")
        .args(["search", "--name", "^Sesame$"])
        .output()
        .await?;
    let window = String::from_utf8_lossy(&search.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    let status = Command::new("import")
        .args([
            "-window",
            &window,
            &std::path::Path::new(&dir).join(name).to_string_lossy(),
        ])
        .status()
        .await?;
    if !status.success() {
        return Err(format!("import could not capture window {window:?}").into());
    }
    Ok(())
}

async fn fill(c: &Client, css: &str, value: &str) -> Result {
    let field = wait_for(c, css).await?;
    // WebKitWebDriver does not scroll a field into view before clearing it.
    c.execute(
        "arguments[0].scrollIntoView({ block: 'center' })",
        vec![serde_json::to_value(&field)?],
    )
    .await?;
    field
        .clear()
        .await
        .map_err(|e| format!("clearing {css}: {e}"))?;
    field
        .send_keys(value)
        .await
        .map_err(|e| format!("typing into {css}: {e}"))?;
    Ok(())
}

const BANK: &str = "otpauth://totp/Zanzibar%20Bank:mum@example.org?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ&issuer=Zanzibar%20Bank";

const SHOP: &str =
    "otpauth://totp/Shop:buyer@example.com?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Shop";

/// Saves the one account of the open scan preview and waits for its row in the list (not the
/// preview's own line for it).
async fn save_preview_and_wait_for(c: &Client, account: &str) -> Result {
    c.find(Locator::XPath(
        "//div[@role='dialog']//button[contains(., 'Save 1 account')]",
    ))
    .await?
    .click()
    .await?;
    wait_for_row(c, account, 10).await?;
    Ok(())
}

/// A QR image chosen with the file picker: previewed, then saved, then its live code shown.
async fn add_from_a_qr_image(c: &Client) -> Result {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("enrol.png");
    common::qr_image(SHOP, 6).save(&path)?;
    let before = now();
    c.find(Locator::Css("input#qr-file"))
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    let dialog = wait_for(c, "div[role=dialog]").await?;
    let shown = text(&dialog).await?;
    assert!(
        shown.contains("Shop") && shown.contains("buyer@example.com") && shown.contains("TOTP"),
        "{shown}"
    );
    screenshot("scan-preview.png").await?;
    accessible(c, "the scan preview").await?;
    save_preview_and_wait_for(c, "buyer@example.com").await?;
    let code = shown_code(c, "Shop").await?;
    assert_current(SHOP, &code, before);
    Ok(())
}

const CINEMA: &str =
    "otpauth://totp/Cinema:film@example.com?secret=MNUW4ZLNMFQWIZLNN5XGKZLSGE&issuer=Cinema";

/// An image dropped on the window. WebDriver cannot drive the desktop's drag and drop, so the
/// page receives the drag events WebKit would deliver, carrying a real PNG file.
async fn add_by_dropping_an_image(c: &Client) -> Result {
    use base64::Engine as _;
    let mut png = std::io::Cursor::new(Vec::new());
    common::qr_image(CINEMA, 5).write_to(&mut png, image::ImageFormat::Png)?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(png.into_inner());
    let before = now();
    c.execute(
        r#"const bytes = Uint8Array.from(atob(arguments[0]), (ch) => ch.charCodeAt(0));
           const data = new DataTransfer();
           data.items.add(new File([bytes], "cinema.png", { type: "image/png" }));
           for (const type of ["dragenter", "dragover", "drop"]) {
             window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
           }"#,
        vec![encoded.into()],
    )
    .await?;
    let dialog = wait_for(c, "div[role=dialog]").await?;
    let shown = text(&dialog).await?;
    assert!(
        shown.contains("Cinema") && shown.contains("film@example.com"),
        "{shown}"
    );
    save_preview_and_wait_for(c, "film@example.com").await?;
    assert_current(CINEMA, &shown_code(c, "Cinema").await?, before);
    Ok(())
}

/// Opens the profile's ⋯ menu and picks an item.
async fn menu(c: &Client, item: &str) -> Result {
    c.find(Locator::Css("details.menu summary"))
        .await?
        .click()
        .await?;
    wait_for(c, item).await?.click().await?;
    Ok(())
}

async fn click(c: &Client, css: &str) -> Result {
    wait_for(c, css)
        .await?
        .click()
        .await
        .map_err(|e| format!("clicking {css}: {e}"))?;
    Ok(())
}

/// Waits until the dialog's text contains `what`.
async fn dialog_says(c: &Client, what: &str) -> Result<String> {
    says(c, "div[role=dialog]", what, Duration::from_secs(20)).await
}

/// Waits until the text of the first `css` element contains `what`; answers that text.
async fn says(c: &Client, css: &str, what: &str, within: Duration) -> Result<String> {
    let start = Instant::now();
    loop {
        if let Ok(e) = c.find(Locator::Css(css)).await {
            let t = text(&e).await?;
            if t.contains(what) {
                return Ok(t);
            }
            if start.elapsed() > within {
                return Err(format!("{css} never said '{what}': {t}").into());
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn dialog_gone(c: &Client) -> Result {
    wait_until(c, Locator::XPath("//body[not(.//div[@role='dialog'])]")).await?;
    Ok(())
}

async fn close_dialog(c: &Client) -> Result {
    c.active_element().await?.send_keys("\u{e00c}").await?;
    dialog_gone(c).await
}

/// Import an encrypted Aegis export through the dialog, export a Sesame backup to a typed
/// path, and turn on automatic backups: one follows the next change by itself.
async fn import_export_and_backups(c: &Client) -> Result {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/import/aegis_encrypted.json");
    if fixture.is_file() {
        menu(c, "#menu-import").await?;
        wait_for(c, "input#import-file")
            .await?
            .send_keys(&fixture.to_string_lossy())
            .await?;
        fill(c, "#import-password", "test").await?;
        c.find(Locator::Css("div[role=dialog] form button[type=submit]"))
            .await?
            .click()
            .await?;
        let preview = dialog_says(c, "Import 7 accounts").await?;
        assert!(
            preview.contains("Import from Aegis") && preview.contains("Airbnb: Elijah"),
            "{preview}"
        );
        screenshot("import-preview.png").await?;
        accessible(c, "the import preview").await?;
        click(c, "#import-confirm").await?;
        wait_until(c, Locator::XPath("//p[contains(., 'Imported 7')]")).await?;
        wait_for_row(c, "Air Canada", 10).await?;
        assert!(
            !c.source().await?.contains("KUVJJOM753IHTNDSZVCNKL7GII"),
            "no secret in the page"
        );
    } else {
        // CI always has ../shared beside the clone: there, a missing fixture is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/fixtures is missing under CI"
        );
        eprintln!(
            "import step skipped: {} is absent (see ../shared/README.md)",
            fixture.display()
        );
    }

    let out = tempfile::tempdir()?;
    let file = out.path().join("sesame-backup.json");
    menu(c, "#menu-export").await?;
    fill(c, "#export-password", "backup pw").await?;
    fill(c, "#export-password2", "backup pw").await?;
    fill(c, "#export-path", &file.to_string_lossy()).await?;
    click(c, "#export-confirm").await?;
    dialog_says(c, "Exported").await?;
    // Only the rows in view are drawn; each says how many the list has.
    let shown: usize = wait_for(c, "li.row")
        .await?
        .attr("aria-setsize")
        .await?
        .ok_or("rows say how many accounts the list has")?
        .parse()?;
    let back = sesame_core::import::read(&std::fs::read(&file)?, None, Some("backup pw"))?;
    assert_eq!(
        back.items.len(),
        shown,
        "the backup holds every account shown"
    );
    close_dialog(c).await?;

    let folder = tempfile::tempdir()?;
    menu(c, "#menu-backups").await?;
    fill(c, "#backup-folder", &folder.path().to_string_lossy()).await?;
    // A weak password: the meter says so as it is typed, and Rust refuses it.
    fill(c, "#backup-password", "password").await?;
    fill(c, "#backup-password2", "password").await?;
    dialog_says(c, "Very easy to guess: This is a top-10 common password.").await?;
    click(c, "#backup-enable").await?;
    dialog_says(c, "this password is too easy to guess").await?;
    screenshot("weak-password.png").await?;
    fill(c, "#backup-password", "auto kayak lantern").await?;
    fill(c, "#backup-password2", "auto kayak lantern").await?;
    click(c, "#backup-enable").await?;
    dialog_says(c, "Backing up to").await?;
    screenshot("backups.png").await?;
    close_dialog(c).await?;
    let count = || std::fs::read_dir(folder.path()).map_or(0, |d| d.count());
    assert_eq!(count(), 1, "the first backup is written at once");
    tokio::time::sleep(Duration::from_secs(1)).await;
    add(
        c,
        "otpauth://totp/Library:reader?secret=NRUWE4TBOJ4Q&issuer=Library",
    )
    .await?;
    let start = Instant::now();
    while count() < 2 && start.elapsed() < Duration::from_secs(15) {
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(count(), 2, "a backup followed the change by itself");
    Ok(())
}

/// A database KeePassXC made (keepassxc-cli, from KeePass's XML), with a password and a key
/// file, imported through the dialog: its otp field and KeeTrayTOTP's Steam fields.
async fn import_a_keepass_database(c: &Client) -> Result {
    let dir = tempfile::tempdir()?;
    let (xml, kdbx, key) = (
        dir.path().join("codes.xml"),
        dir.path().join("codes.kdbx"),
        dir.path().join("codes.key"),
    );
    std::fs::write(&key, b"the key file of the family's database")?;
    std::fs::write(
        &xml,
        r#"<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile><Root><Group><UUID>AAAAAAAAAAAAAAAAAAAAAA==</UUID><Name>Root</Name>
 <Entry><UUID>AAAAAAAAAAAAAAAAAAAAAQ==</UUID>
  <String><Key>Title</Key><Value>Museum</Value></String>
  <String><Key>UserName</Key><Value>curator</Value></String>
  <String><Key>otp</Key><Value>otpauth://totp/Museum:curator?secret=NV2XGZLVNUQHG2LUMUQQ&amp;issuer=Museum</Value></String>
 </Entry>
 <Entry><UUID>AAAAAAAAAAAAAAAAAAAAAg==</UUID>
  <String><Key>Title</Key><Value>Arcade</Value></String>
  <String><Key>UserName</Key><Value>player</Value></String>
  <String><Key>TOTP Seed</Key><Value>MFZGGYLEMUQHA3DBPFSXE</Value></String>
  <String><Key>TOTP Settings</Key><Value>30;S</Value></String>
 </Entry>
</Group></Root></KeePassFile>"#,
    )?;
    let mut cli = std::process::Command::new("keepassxc-cli")
        .args(["import", "-q", "-p", "-t", "100", "--set-key-file"])
        .arg(&key)
        .arg(&xml)
        .arg(&kdbx)
        .stdin(Stdio::piped())
        .spawn()?;
    use std::io::Write as _;
    cli.stdin
        .take()
        .ok_or("keepassxc-cli's stdin")?
        .write_all(b"kdbx family\nkdbx family\n")?;
    assert!(cli.wait()?.success(), "keepassxc-cli made the database");

    menu(c, "#menu-import").await?;
    wait_for(c, "input#import-file")
        .await?
        .send_keys(&kdbx.to_string_lossy())
        .await?;
    fill(c, "#import-password", "kdbx family").await?;
    wait_for(c, "input#import-key-file")
        .await?
        .send_keys(&key.to_string_lossy())
        .await?;
    click(c, "div[role=dialog] form button[type=submit]").await?;
    let preview = dialog_says(c, "Import 2 accounts").await?;
    assert!(
        preview.contains("Import from KeePass")
            && preview.contains("Museum: curator")
            && preview.contains("Arcade: player"),
        "{preview}"
    );
    screenshot("import-keepass.png").await?;
    click(c, "#import-confirm").await?;
    wait_until(c, Locator::XPath("//p[contains(., 'Imported 2')]")).await?;
    wait_for_row(c, "Arcade", 10).await?;
    Ok(())
}

/// Sync turned on in the dialog, a second device (another data directory, through the core)
/// joining the folder: it receives the app's accounts, and what it adds arrives in the app and
/// is named in the dialog; what the app adds next reaches it by the app's own sync.
async fn sync_through_a_folder(c: &Client) -> Result {
    use sesame_core::sync;
    let folder = tempfile::tempdir()?;
    const PASSPHRASE: &str = "harbour lantern copper violin";
    menu(c, "#menu-sync").await?;
    fill(c, "#sync-folder", &folder.path().to_string_lossy()).await?;
    fill(c, "#sync-passphrase", PASSPHRASE).await?;
    click(c, "#sync-enable").await?;
    dialog_says(c, "Syncing with").await?;

    let other = tempfile::tempdir()?;
    let vault = sesame_core::vault::Vault::open(other.path())?;
    let s = vault.create_profile("laptop", Some(b"pw"), None)?;
    let location = sync::Location::Folder {
        path: folder.path().to_owned(),
    };
    let kdf = sesame_core::crypto::KdfParams::default();
    let (_, joined) = sync::enable(&vault, &s, location, PASSPHRASE, kdf)?;
    let received = vault.entries(&s)?;
    assert_eq!(joined.pulled, received.readable().count());
    assert!(
        received.readable().any(|e| e.account.issuer() == "Library"),
        "the other device has the app's accounts"
    );
    let harbour =
        uri::parse("otpauth://totp/Harbour:captain?secret=NBQXEYTPOVZGK4TJ&issuer=Harbour")?;
    vault.add(
        &s,
        &[sesame_core::vault::NewEntry {
            account: harbour.account,
            meta: Default::default(),
        }],
    )?;
    sync::sync_now(&vault, &s)?;

    click(c, "#sync-now").await?;
    dialog_says(c, "added Harbour: captain").await?;
    screenshot("sync.png").await?;
    close_dialog(c).await?;
    wait_for_row(c, "Harbour", 10).await?;

    add(
        c,
        "otpauth://totp/Ferry:deckhand?secret=MZSXE4TZMRSWG23IMFXGI&issuer=Ferry",
    )
    .await?;
    let start = Instant::now();
    loop {
        sync::sync_now(&vault, &s)?;
        let listing = vault.entries(&s)?;
        if listing.readable().any(|e| e.account.issuer() == "Ferry") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the app synced its change by itself"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Ok(())
}

/// The X clipboard's text, or None when nothing owns it.
async fn x_clipboard() -> Result<Option<String>> {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output()
        .await?;
    Ok(out
        .status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
        .filter(|t| !t.is_empty()))
}

/// Empties the X clipboard before a copy, so that an earlier code still waiting to be cleared
/// is not taken for the new one.
async fn forget_clipboard() -> Result {
    use std::process::Stdio;
    Command::new("xclip")
        .args(["-selection", "clipboard", "-i", "/dev/null"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .await?;
    Ok(())
}

/// The text a copy puts on the X clipboard, waited for up to 5 seconds.
async fn clipboard_within_5s() -> Result<String> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if let Some(text) = x_clipboard().await? {
            return Ok(text);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("nothing reached the clipboard".into())
}

/// Search, copy with a click (the code lands on the X clipboard), and the clipboard cleared
/// after the time set in Settings.
async fn search_copy_and_clear(c: &Client) -> Result {
    menu(c, "#menu-settings").await?;
    wait_for(c, "#clipboard-clear").await?;
    accessible(c, "Settings").await?;
    fill(c, "#clipboard-clear", "3").await?;
    click(c, "#settings-save").await?;
    dialog_gone(c).await?;

    fill(c, "#search", "acm").await?;
    let rows = c.find_all(Locator::Css("li.row")).await?;
    assert_eq!(rows.len(), 1, "the search leaves ACME alone");
    let before = now();
    forget_clipboard().await?;
    click(c, "li.row button.copy").await?;
    let copied = clipboard_within_5s().await?;
    // Clipboard managers are asked to leave it out of their history.
    let targets = x("xclip", &["-o", "-selection", "clipboard", "-t", "TARGETS"]).await?;
    assert!(targets.contains("x-kde-passwordManagerHint"), "{targets}");
    // The current code, or the next one in the window's last 2 seconds.
    let account = uri::parse(ACME)?.account;
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == copied),
        "copied {copied:?}"
    );
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(
        x_clipboard().await?,
        None,
        "the clipboard is cleared after 3 s"
    );
    // Escape in the search field shows every account again.
    wait_for(c, "#search").await?.send_keys("\u{e00c}").await?;
    wait_until(c, Locator::XPath("//ul[@id='accounts' and count(li) > 1]")).await?;
    Ok(())
}

/// Clicks a row's hover-only action button (`edit`, `remove`): WebDriver cannot hover
/// reliably under Xvfb, so the page's own click is used.
async fn click_row_action(c: &Client, row_text: &str, action: &str) -> Result {
    scroll_to_row(c, row_text).await?;
    c.execute(
        "[...document.querySelectorAll('li.row')].find((r) => r.textContent.includes(arguments[0])).querySelector('button.' + arguments[1]).click()",
        vec![row_text.into(), action.into()],
    )
    .await?;
    Ok(())
}

/// Delete an account, see it gone, and bring it back with Undo.
async fn delete_and_undo(c: &Client) -> Result {
    // Only the rows in view are drawn; each says how many the list has.
    let count = || async {
        c.execute(
            "return Number(document.querySelector('li.row')?.getAttribute('aria-setsize') ?? 0)",
            vec![],
        )
        .await
        .map(|n| n.as_u64().unwrap_or(0))
    };
    let since = now();
    let rows = count().await?;
    click_row_action(c, "Forum", "remove").await?;
    wait_for(c, "#undo").await?;
    assert_eq!(count().await?, rows - 1);
    assert!(
        !c.source().await?.contains("reader@example.com"),
        "the row is gone"
    );
    click(c, "#undo").await?;
    wait_for_row(c, "reader@example.com", 10).await?;
    assert_eq!(count().await?, rows);
    assert_current(SCREEN, &shown_code(c, "Forum").await?, since);

    // Edit it: a group, and a favourite, which comes first; the code does not change.
    // A brand typed for its icon shows as it is typed (Rust matches it), and on the row.
    click_row_action(c, "Forum", "edit").await?;
    wait_for(c, "#edit-group").await?;
    accessible(c, "the Edit dialog").await?;
    fill(c, "#edit-group", "Hobbies").await?;
    click(c, "#edit-favorite").await?;
    fill(c, "#edit-brand", "github.com").await?;
    wait_for(c, ".icon-row .brand[title='GitHub']").await?;
    click(c, "#edit-save").await?;
    // The list draws only the rows in view, and it is still scrolled to where Forum was.
    c.execute("document.querySelector('.scroller').scrollTop = 0", vec![])
        .await?;
    wait_until(c, Locator::XPath(
            "//li[contains(@class, 'row') and @aria-posinset='1' and contains(., 'Forum')]//span[contains(@class, 'brand') and @title='GitHub']",
        )).await?;
    fill(c, "#search", "hobbies").await?;
    assert_eq!(count().await?, 1, "the group is searchable");
    assert_current(SCREEN, &shown_code(c, "Forum").await?, since);
    wait_for(c, "#search").await?.send_keys("\u{e00c}").await?;
    Ok(())
}

const LINKED: &str =
    "otpauth://totp/Library:member@example.com?secret=MZXW6YTBOI3DEMZUGU&issuer=Library%20Card";

/// An otpauth:// link opened while Sesame runs (a browser starts `sesame LINK`): the second
/// launch hands it to the running one, which shows the add preview.
async fn open_a_link_in_the_running_app(c: &Client, data_dir: &std::path::Path) -> Result {
    let second = Command::new(env!("CARGO_BIN_EXE_sesame"))
        .arg(LINKED)
        .env("SESAME_DATA_DIR", data_dir)
        .kill_on_drop(true)
        .status();
    let status = tokio::time::timeout(Duration::from_secs(30), second).await??;
    assert!(
        status.success(),
        "the second launch exits once it has handed the link over"
    );
    let dialog = dialog_says(c, "Library Card").await?;
    assert!(dialog.contains("member@example.com"), "{dialog}");
    let before = now();
    save_preview_and_wait_for(c, "member@example.com").await?;
    assert_current(LINKED, &shown_code(c, "Library Card").await?, before);
    Ok(())
}

const SCREEN: &str =
    "otpauth://totp/Forum:reader@example.com?secret=ONSWG4TFOQYTEMZUGU3DOOBZ&issuer=Forum";

/// Another program shows `uri`'s QR code on the (virtual) screen, beside Sesame's window (at
/// the screen's top left), until the answer is dropped or killed.
async fn show_on_screen(uri: &str) -> Result<QrOnScreen> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("on-screen.png");
    common::qr_image(uri, 6).save(&path)?;
    let window = Command::new("display")
        .args(["-geometry", "+700+100"])
        .arg(&path)
        .kill_on_drop(true)
        .spawn()?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    Ok(QrOnScreen {
        window,
        _image: dir,
    })
}

struct QrOnScreen {
    window: Child,
    _image: tempfile::TempDir,
}

impl QrOnScreen {
    async fn kill(&mut self) -> std::io::Result<()> {
        self.window.kill().await
    }
}

/// A QR shown on the (virtual) screen by another program, found with "Scan screen".
async fn add_from_the_screen(c: &Client) -> Result {
    let mut shown = show_on_screen(SCREEN).await?;
    let before = now();
    click(c, "header #add").await?;
    wait_for(c, "div[role=dialog] #scan-screen").await?;
    accessible(c, "the Add dialog").await?;
    c.find(Locator::Css("button#scan-screen"))
        .await?
        .click()
        .await?;
    // The Add dialog gives way to the scan preview.
    let shown_text = dialog_says(c, "reader@example.com").await?;
    assert!(shown_text.contains("Forum"), "{shown_text}");
    save_preview_and_wait_for(c, "reader@example.com").await?;
    assert_current(SCREEN, &shown_code(c, "Forum").await?, before);
    shown.kill().await?;
    Ok(())
}

/// Types the lock screen's password or recovery key and waits for the profile's row.
async fn unlock_and_see_bank(c: &Client, secret: &str) -> Result {
    fill(c, "#unlock-secret", secret).await?;
    c.find(Locator::Css(".lock button[type=submit]"))
        .await?
        .click()
        .await?;
    wait_for_row(c, "Zanzibar Bank", 20).await?;
    Ok(())
}

/// A family member's profile: created with a password, locked (nothing of it left in the
/// page), refused with a wrong password, opened with the right one.
async fn password_profile_locks_and_unlocks(c: &Client) -> Result {
    wait_for(c, "select#profile").await?;
    menu(c, "#new-profile").await?;
    fill(c, "#new-name", "Mum").await?;
    fill(c, "#new-password", "correct horse").await?;
    fill(c, "#new-repeat", "correct horse").await?;
    c.find(Locator::XPath(
        "//div[@role='dialog']//button[@type='submit']",
    ))
    .await?
    .click()
    .await?;
    wait_until(c, Locator::Css(".empty")).await?;
    let selected = c
        .find(Locator::Css("select#profile"))
        .await?
        .prop("value")
        .await?;
    assert_eq!(selected.as_deref(), Some("Mum"));

    let before = now();
    add(c, BANK).await?;
    wait_for_row(c, "Zanzibar Bank", 10).await?;
    let code = shown_code(c, "Zanzibar Bank").await?;
    assert_current(BANK, &code, before);

    c.find(Locator::Css("button#lock")).await?.click().await?;
    let title = wait_for(c, "#lock-title").await?;
    assert_eq!(text(&title).await?, "Mum is locked");
    // Give the ticker's empty snapshot a moment; then nothing of the profile may remain.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let page = c.source().await?;
    for leak in [
        "Zanzibar",
        "mum@example.org",
        code.as_str(),
        &format!("{} {}", &code[..3], &code[3..]),
    ] {
        assert!(!page.contains(leak), "{leak:?} is still in the locked page");
    }
    screenshot("locked-profile.png").await?;
    accessible(c, "the lock screen").await?;

    fill(c, "#unlock-secret", "wrong horse").await?;
    c.find(Locator::Css(".lock button[type=submit]"))
        .await?
        .click()
        .await?;
    wait_until(
        c,
        Locator::XPath("//p[@id='unlock-error' and normalize-space(.)!='']"),
    )
    .await?;
    assert_eq!(
        text(&wait_for(c, "#unlock-error").await?).await?,
        "wrong password for profile Mum"
    );
    assert!(!c.source().await?.contains("Zanzibar"));

    unlock_and_see_bank(c, "correct horse").await?;
    let back = shown_code(c, "Zanzibar Bank").await?;
    assert_current(BANK, &back, before);

    // A recovery key made in the app opens the profile instead of the password.
    let key = create_recovery_key(c).await?;
    c.find(Locator::XPath(
        "//div[@role='dialog']//button[contains(., 'written it down')]",
    ))
    .await?
    .click()
    .await?;
    c.find(Locator::Css("button#lock")).await?.click().await?;
    wait_for(c, "#lock-title").await?;
    c.find(Locator::XPath(
        "//button[contains(., 'Use the recovery key')]",
    ))
    .await?
    .click()
    .await?;
    unlock_and_see_bank(c, &key).await?;
    Ok(())
}

const ALI: &str =
    "otpauth://totp/AliExpress:shopper@example.com?secret=KRUGKIDROVUWG2ZAMJZG653OEBTG66BA&issuer=AliExpress";

/// Runs an X tool and answers its output.
async fn x(tool: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(tool).args(args).output().await?;
    if !out.status.success() {
        return Err(format!("{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Another app's window titled like a sign-in page (zenity's entry box: it prints what was
/// typed into it when Enter closes it), focused.
async fn sign_in_window(title: &str) -> Result<(Child, String)> {
    let zenity = Command::new("zenity")
        .args(["--entry", "--title", title, "--text", "Verification code"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot start zenity: {e}"))?;
    let id = x("xdotool", &["search", "--sync", "--name", title]).await?;
    let id = id.lines().next().unwrap_or_default().to_owned();
    x("xdotool", &["windowfocus", "--sync", &id]).await?;
    Ok((zenity, id))
}

/// Presses the quick-copy shortcut and waits for its search field to have the focus; answers
/// how long that took.
async fn open_quick_copy(c: &Client) -> Result<Duration> {
    let start = Instant::now();
    x("xdotool", &["key", "ctrl+alt+s"]).await?;
    loop {
        let focused = c
            .execute(
                "return document.activeElement && document.activeElement.id",
                vec![],
            )
            .await?;
        // The field has the page's focus and the window has the keyboard's.
        if focused.as_str() == Some("quick-search")
            && x("xdotool", &["getwindowfocus", "getwindowname"]).await? == "Sesame"
        {
            return Ok(start.elapsed());
        }
        if start.elapsed() > Duration::from_secs(10) {
            return Err("quick copy did not open with its search focused".into());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Brand icons for known issuers; then quick copy from another app's window: its title picks
/// the account, Shift+Enter types the code into that window (never touching the clipboard),
/// Enter copies it, Escape closes, and the main window comes back as it was.
async fn brand_icons_and_quick_copy(c: &Client) -> Result {
    add(c, ALI).await?;
    wait_for_row(c, "AliExpress", 20).await?;
    let icon = wait_until(c, Locator::XPath(
            "//li[contains(@class, 'row') and contains(., 'AliExpress')]//span[contains(@class, 'brand')]",
        )).await?;
    assert_eq!(icon.attr("title").await?.as_deref(), Some("AliExpress"));
    // An issuer simple-icons does not know keeps its letter.
    wait_for_row(c, "ACME", 10).await?;
    let zanzibar_like = c
        .find(Locator::XPath("//li[contains(@class, 'row') and contains(., 'ACME')]//span[contains(@class, 'letter')]"))
        .await?;
    assert_eq!(text(&zanzibar_like).await?, "A");

    // Shortcut, then Shift+Enter: typed into the sign-in window.
    let (zenity, window) = sign_in_window("AliExpress - Sign in").await?;
    let took = open_quick_copy(c).await?;
    eprintln!(
        "quick copy: shortcut to focused search field in {} ms (through WebDriver polling)",
        took.as_millis()
    );
    let hint = text(&wait_for(c, "#quick-suggestion").await?).await?;
    assert_eq!(hint, "Suggested for “AliExpress - Sign in”");
    let first = text(&wait_for(c, "#quick-results li.selected .issuer").await?).await?;
    assert_eq!(first, "AliExpress");
    screenshot("quick-copy.png").await?;
    accessible(c, "quick copy").await?;
    let before = now();
    x("xdotool", &["key", "shift+Return"]).await?;
    // The code is typed after Sesame hands the focus back: wait for the window to have it.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        x("xdotool", &["getwindowfocus"]).await?,
        window,
        "the sign-in window has the focus back"
    );
    x("xdotool", &["key", "Return"]).await?;
    let typed = tokio::time::timeout(Duration::from_secs(10), zenity.wait_with_output()).await??;
    let typed = String::from_utf8_lossy(&typed.stdout).trim().to_owned();
    let account = uri::parse(ALI)?.account;
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == typed),
        "typed {typed:?}"
    );
    assert_ne!(
        x_clipboard().await?.as_deref(),
        Some(typed.as_str()),
        "typing leaves the clipboard alone"
    );
    // The main window is back as it was.
    wait_for(c, "#search").await?;

    // Shortcut, then Enter: copied. Two keystrokes from the sign-in page to the code.
    let (_zenity, _) = sign_in_window("AliExpress - Sign in").await?;
    open_quick_copy(c).await?;
    let before = now();
    forget_clipboard().await?;
    x("xdotool", &["key", "Return"]).await?;
    let copied = clipboard_within_5s().await?;
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == copied)
    );
    wait_for(c, "#search").await?;

    // Escape: nothing copied, the window back.
    open_quick_copy(c).await?;
    x("xdotool", &["key", "Escape"]).await?;
    wait_for(c, "#search").await?;

    // The sign-in window closes before Shift+Enter: nothing is typed anywhere (not into the
    // window that gets the keyboard instead); the code is copied, and Sesame says why.
    let start = Instant::now();
    while x_clipboard().await?.is_some() && start.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (decoy, decoy_id) = sign_in_window("Notes").await?;
    let (mut target, _) = sign_in_window("AliExpress - Checkout").await?;
    open_quick_copy(c).await?;
    let first = text(&wait_for(c, "#quick-results li.selected .issuer").await?).await?;
    assert_eq!(first, "AliExpress");
    target.kill().await?;
    target.wait().await?;
    let before = now();
    forget_clipboard().await?;
    x("xdotool", &["key", "shift+Return"]).await?;
    let copied = match clipboard_within_5s().await {
        Ok(copied) => copied,
        Err(e) => {
            let shown = c.execute("return document.body.innerText", vec![]).await?;
            let focus = x("xdotool", &["getwindowfocus", "getwindowname"])
                .await
                .unwrap_or_default();
            return Err(format!("typing into a closed window fell back to nothing: {e}; the window showed {shown}; the focus is on {focus:?}").into());
        }
    };
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == copied),
        "copied {copied:?} instead of typing"
    );
    says(
        c,
        "main",
        "no longer has the keyboard, so it was copied instead",
        Duration::from_secs(10),
    )
    .await?;
    x("xdotool", &["windowfocus", "--sync", &decoy_id]).await?;
    x("xdotool", &["key", "Return"]).await?;
    let typed = tokio::time::timeout(Duration::from_secs(10), decoy.wait_with_output()).await??;
    assert_eq!(
        String::from_utf8_lossy(&typed.stdout).trim(),
        "",
        "nothing typed into another window"
    );

    // A second press of the shortcut over another window retargets: the code is typed into
    // the window it was pressed over last, and the first gets nothing.
    let (first, first_id) = sign_in_window("Notes - draft").await?;
    open_quick_copy(c).await?;
    let (second, _) = sign_in_window("AliExpress - Payment").await?;
    open_quick_copy(c).await?;
    let hint = text(&wait_for(c, "#quick-suggestion").await?).await?;
    assert_eq!(hint, "Suggested for “AliExpress - Payment”");
    let before = now();
    x("xdotool", &["key", "shift+Return"]).await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    x("xdotool", &["key", "Return"]).await?;
    let typed = tokio::time::timeout(Duration::from_secs(10), second.wait_with_output()).await??;
    let typed = String::from_utf8_lossy(&typed.stdout).trim().to_owned();
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == typed),
        "typed {typed:?} into the second window"
    );
    x("xdotool", &["windowfocus", "--sync", &first_id]).await?;
    x("xdotool", &["key", "Return"]).await?;
    let untouched =
        tokio::time::timeout(Duration::from_secs(10), first.wait_with_output()).await??;
    assert_eq!(
        String::from_utf8_lossy(&untouched.stdout).trim(),
        "",
        "the first window got nothing"
    );

    // Back to Sesame, as a person would click on it.
    let sesame = x(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^Sesame$"],
    )
    .await?;
    let sesame = sesame.lines().next().unwrap_or_default().to_owned();
    x("xdotool", &["windowfocus", "--sync", &sesame]).await?;
    Ok(())
}

/// Opens the recovery key dialog from the profile menu and creates a key; answers it as shown.
async fn create_recovery_key(c: &Client) -> Result<String> {
    c.find(Locator::Css("details.menu summary"))
        .await?
        .click()
        .await?;
    c.find(Locator::XPath(
        "//details[@open]//button[contains(., 'Recovery key')]",
    ))
    .await?
    .click()
    .await?;
    // Mum has a password: a new key (which revokes the old one) asks for it.
    fill(c, "#owner-password", "correct horse").await?;
    c.find(Locator::XPath(
        "//div[@role='dialog']//button[contains(., 'Create a recovery key')]",
    ))
    .await?
    .click()
    .await?;
    let key = text(&wait_for(c, "p.key").await?).await?;
    assert_eq!(key.len(), 39, "{key}");
    Ok(key)
}

const SAFE: &str =
    "otpauth://totp/Vault%20Co:hidden@example.net?secret=ONQWMZJAMFRWG33VNZ2A&issuer=Vault%20Co";

/// Locks through the session's screen lock (the screensaver's signal on the session bus); then
/// nothing the profile showed is left in the window's DOM, and after unlocking no view of it
/// comes back by itself.
async fn screen_lock_leaves_nothing(c: &Client, leaks: &[&str]) -> Result {
    x(
        "dbus-send",
        &[
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
    )
    .await?;
    let title = wait_for(c, "#lock-title").await?;
    assert_eq!(text(&title).await?, "Mum is locked");
    // Give the ticker's empty snapshot a moment; then nothing of the profile may remain.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let page = c.source().await?;
    for leak in leaks.iter().chain(&["Zanzibar", "mum@example.org"]) {
        assert!(
            !page.contains(leak),
            "{leak:?} is still in the locked window"
        );
    }
    assert!(c
        .find_all(Locator::Css("div[role=dialog]"))
        .await?
        .is_empty());
    unlock_and_see_bank(c, "correct horse").await?;
    assert!(
        c.find_all(Locator::Css("div[role=dialog]"))
            .await?
            .is_empty(),
        "a view of the profile came back after unlocking"
    );
    Ok(())
}

/// A lock closes every view of the profile: a revealed secret with its QR code, a recovery key
/// just created, and a scan preview.
async fn locks_when_the_screen_locks(c: &Client) -> Result {
    click_row_action(c, "Zanzibar Bank", "edit").await?;
    click(c, "#reveal").await?;
    fill(c, "#reveal-password", "correct horse").await?;
    click(c, "#reveal-confirm").await?;
    let secret = text(&wait_for(c, "#revealed-secret").await?).await?;
    assert!(secret.starts_with("KRSX G5CT"), "{secret}");
    let qr = wait_for(c, "img.qr")
        .await?
        .attr("src")
        .await?
        .unwrap_or_default();
    assert!(qr.len() > 100, "the QR code is shown");
    screen_lock_leaves_nothing(c, &[&secret, "KRSXG5CT", &qr[qr.len() - 80..]]).await?;

    let key = create_recovery_key(c).await?;
    screen_lock_leaves_nothing(c, &[&key]).await?;

    let dir = tempfile::tempdir()?;
    let path = dir.path().join("enrol.png");
    common::qr_image(SAFE, 6).save(&path)?;
    c.find(Locator::Css("input#qr-file"))
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    dialog_says(c, "hidden@example.net").await?;
    screen_lock_leaves_nothing(c, &["hidden@example.net", "Vault Co"]).await?;
    // Rust forgot the scanned account too: nothing is waiting to be saved.
    let saved = c
        .execute(
            "return window.__TAURI_INTERNALS__.invoke('save_scanned', {})",
            vec![],
        )
        .await?;
    assert_eq!(saved, serde_json::json!([]));
    Ok(())
}

/// Settings changed in the dialog, including start at login (a real autostart entry).
async fn set_settings_for_the_restart(c: &Client, data_dir: &std::path::Path) -> Result {
    menu(c, "#menu-settings").await?;
    click(c, "#hide-codes").await?;
    click(c, "#start-at-login").await?;
    fill(c, "#show-next", "7").await?;
    // Clearing the clipboard later weakens every profile: Mum's password is asked first.
    fill(c, "#clipboard-clear", "60").await?;
    click(c, "#settings-save").await?;
    dialog_says(c, "type your profile's password to save").await?;
    screenshot("settings-password.png").await?;
    fill(c, "#owner-password", "wrong horse").await?;
    click(c, "#settings-save").await?;
    dialog_says(c, "wrong password for profile Mum").await?;
    fill(c, "#owner-password", "correct horse").await?;
    click(c, "#settings-save").await?;
    dialog_gone(c).await?;
    let entry = std::fs::read_to_string(data_dir.join(".config/autostart/Sesame.desktop"))?;
    assert!(entry.contains("--hidden"), "{entry}");
    // Codes hide until their row has the pointer or the focus.
    let hidden = c
        .execute(
            "return getComputedStyle(document.querySelector('li.row .code')).display",
            vec![],
        )
        .await?;
    assert_eq!(hidden.as_str(), Some("none"));
    let focused = c
        .execute(
            "const row = document.querySelector('li.row'); row.querySelector('button.copy').focus();
             return getComputedStyle(row.querySelector('.code')).display",
            vec![],
        )
        .await?;
    assert_ne!(
        focused.as_str(),
        Some("none"),
        "a focused row shows its code"
    );
    Ok(())
}

async fn settings_survived(c: &Client, data_dir: &std::path::Path) -> Result {
    // The keyring profile opens by itself after the restart.
    wait_for(c, "li.row").await?;
    menu(c, "#menu-settings").await?;
    for (id, checked) in [
        ("#hide-codes", true),
        ("#start-at-login", true),
        ("#lock-on-minimise", false),
    ] {
        let value = wait_for(c, id).await?.prop("checked").await?;
        assert_eq!(
            value.as_deref(),
            Some(if checked { "true" } else { "false" }),
            "{id}"
        );
    }
    assert_eq!(
        wait_for(c, "#show-next")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("7")
    );
    assert_eq!(
        wait_for(c, "#clipboard-clear")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("60")
    );
    // Turned off again: the autostart entry goes.
    click(c, "#start-at-login").await?;
    click(c, "#settings-save").await?;
    dialog_gone(c).await?;
    assert!(!data_dir.join(".config/autostart/Sesame.desktop").exists());
    Ok(())
}

/// After everything: no secret, account name or code in any file Sesame or its WebKit wrote
/// (the vault is encrypted; the web view keeps no account data).
fn nothing_readable_left_on_disk(data_dir: &std::path::Path) -> Result {
    let mut roots = vec![data_dir.to_owned()];
    for var in ["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"] {
        if let Some(dir) = std::env::var_os(var) {
            // WebKit's data and cache for Sesame are named by the app's identifier.
            roots.push(std::path::PathBuf::from(&dir).join("org.sesame.authenticator"));
            roots.push(std::path::PathBuf::from(dir).join("sesame"));
        }
    }
    let now = now();
    let mut needles: Vec<String> = vec![];
    for u in [ACME, FAST, BANK, SHOP, CINEMA, ALI, LINKED, SCREEN] {
        let account = uri::parse(u)?.account;
        needles.push(account.secret().to_base32().to_string());
        needles.push(account.issuer().to_owned());
        needles.push(account.name().to_owned());
        // Every code shown in the last 10 minutes.
        if account.kind().period().is_some() {
            let period = u64::from(account.kind().period().unwrap_or(30));
            for t in (now.saturating_sub(600)..=now).step_by(period as usize) {
                needles.push(otp::code_at(&account, t).text);
            }
        }
    }
    // Three letters could occur in any binary file by chance.
    needles.retain(|n| n.len() >= 4);
    let mut files = 0;
    let mut stack = roots;
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            for e in std::fs::read_dir(&path)? {
                stack.push(e?.path());
            }
        } else if meta.is_file() {
            files += 1;
            let bytes = std::fs::read(&path)?;
            for needle in &needles {
                let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
                assert!(!found, "{needle:?} is readable in {}", path.display());
            }
        }
    }
    assert!(files > 3, "the scan found Sesame's files ({files})");
    eprintln!("no secret, name or code in {files} files of Sesame's and WebKit's directories");
    Ok(())
}

/// The theme setting: light (the system's here), then dark, each as the README shows it.
async fn light_and_dark(c: &Client) -> Result {
    let theme = || c.execute("return document.documentElement.dataset.theme", vec![]);
    assert_eq!(theme().await?.as_str(), Some("light"));
    // The list scrolls inside the window (what drawing only the visible rows relies on).
    let fits = c
        .execute(
            "const l = document.querySelector('.scroller'); return l.clientHeight < window.innerHeight && l.scrollHeight > l.clientHeight",
            vec![],
        )
        .await?;
    assert_eq!(
        fits.as_bool(),
        Some(true),
        "the account list scrolls within the window"
    );
    screenshot("main-window.png").await?;
    for (choice, expected) in [("#theme-dark", "dark"), ("#theme-system", "light")] {
        menu(c, "#menu-settings").await?;
        click(c, choice).await?;
        click(c, "#settings-save").await?;
        dialog_gone(c).await?;
        assert_eq!(theme().await?.as_str(), Some(expected));
        if expected == "dark" {
            screenshot("main-window-dark.png").await?;
        }
    }
    Ok(())
}

/// axe-core (the UI's own copy, ui/node_modules/axe-core) run inside the real window on what it
/// shows now, in the light theme and the dark: no serious or critical violation of WCAG 2.2 AA.
async fn accessible(c: &Client, view: &str) -> Result {
    let loaded = c
        .execute("return typeof window.axe === 'object'", vec![])
        .await?;
    if loaded.as_bool() != Some(true) {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/ui/node_modules/axe-core/axe.min.js"
        ))
        .map_err(|e| format!("axe-core is missing (npm ci in ui/): {e}"))?;
        c.execute(&format!("{source}\nreturn true;"), vec![])
            .await?;
    }
    let found = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               const root = document.documentElement;
               const before = root.dataset.theme;
               const serious = [];
               (async () => {
                 for (const theme of ["light", "dark"]) {
                   root.dataset.theme = theme;
                   await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                   const result = await axe.run(document, {
                     runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
                     resultTypes: ["violations"],
                   });
                   for (const v of result.violations) {
                     if (v.impact !== "serious" && v.impact !== "critical") continue;
                     const where = v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " " + (n.failureSummary || "").replace(/\s+/g, " ")).join(" | ");
                     serious.push(`${theme}: ${v.id} (${v.impact}) ${v.help}: ${where}`);
                   }
                 }
                 root.dataset.theme = before;
                 done(serious);
               })().catch((e) => done(["axe could not run: " + e]));"#,
            vec![],
        )
        .await?;
    let serious: Vec<String> = serde_json::from_value(found)?;
    if !serious.is_empty() {
        return Err(format!("axe-core in {view}:\n  {}", serious.join("\n  ")).into());
    }
    Ok(())
}

/// The whole path by keys alone: Ctrl+N, the Add choices, typing a setup key, saving; then
/// Ctrl+F, the name, Enter copies; Settings opens with Ctrl+, and Escape closes it, giving the
/// focus back.
async fn by_keyboard_alone(c: &Client) -> Result {
    const CTRL: char = '\u{e009}';
    const TAB: &str = "\u{e004}";
    const ENTER: &str = "\u{e007}";
    const ESCAPE: &str = "\u{e00c}";
    let keys = |k: String| async move { c.active_element().await?.send_keys(&k).await };
    let focused = || async {
        c.execute("return document.activeElement?.id ?? ''", vec![])
            .await
            .map(|v| v.as_str().unwrap_or_default().to_owned())
    };
    keys(format!("{CTRL}n")).await?;
    wait_for(c, "div[role=dialog] #scan-screen").await?;
    assert_eq!(focused().await?, "scan-screen", "Add takes the focus");
    keys(format!("{TAB}{TAB}")).await?;
    assert_eq!(focused().await?, "manual");
    keys(ENTER.into()).await?;
    wait_for(c, "#manual-issuer").await?;
    assert_eq!(focused().await?, "manual-issuer");
    keys(format!("Keyboard{TAB}me@example.com{TAB}{KEYBOARD_SECRET}")).await?;
    wait_for(c, "#manual-code").await?;
    let before = now();
    keys(ENTER.into()).await?;
    wait_for_row(c, "Keyboard", 10).await?;
    dialog_gone(c).await?;

    keys(format!("{CTRL}f")).await?;
    assert_eq!(focused().await?, "search");
    forget_clipboard().await?;
    keys(format!("keyboard{ENTER}")).await?;
    let copied = clipboard_within_5s().await?;
    let account = uri::parse(KEYBOARD)?.account;
    assert!(
        (before.saturating_sub(1)..=now() + 3).any(|t| otp::code_at(&account, t).text == copied),
        "copied {copied:?}"
    );
    // Announced once, politely: the notice, never the countdown.
    let notice = text(&wait_for(c, "#notice[role=status]").await?).await?;
    assert!(notice.contains("Copied the code for Keyboard"), "{notice}");
    let live = c
        .execute(
            "return [...document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')].filter((e) => e.textContent.match(/\\d/)).map((e) => e.id || e.className)",
            vec![],
        )
        .await?;
    assert_eq!(
        live,
        serde_json::json!(["notice"]),
        "only the notice speaks"
    );
    keys(ESCAPE.into()).await?;

    keys(format!("{CTRL},")).await?;
    wait_for(c, "#settings-save").await?;
    keys(ESCAPE.into()).await?;
    dialog_gone(c).await?;
    assert_eq!(focused().await?, "search", "the focus is back where it was");
    Ok(())
}

const KEYBOARD_SECRET: &str = "KNSXGYLNMVPWW2LZMJXWC4TE";
const KEYBOARD: &str =
    "otpauth://totp/Keyboard:me@example.com?secret=KNSXGYLNMVPWW2LZMJXWC4TE&issuer=Keyboard";

/// A person who has never seen Sesame, with their system in `lang`: the first screen speaks
/// their language (right to left for Arabic, codes left to right), a QR code on the screen is
/// saved in two actions from it, and its code copied with a third. Also: no serious axe-core
/// finding, the layout holds at 200 % text, and with the desktop's animations off the page
/// knows to reduce motion.
async fn first_five_minutes(lang: &str, language: &str) -> Result {
    use sesame_core::i18n::Catalogue;
    let words = Catalogue::new(language);
    let data = tempfile::tempdir()?;
    // The desktop's "animations off" (GTK), which WebKit gives the page as prefers-reduced-motion.
    let config = data.path().join("config");
    std::fs::create_dir_all(config.join("gtk-3.0"))?;
    std::fs::write(
        config.join("gtk-3.0/settings.ini"),
        "[Settings]\ngtk-enable-animations=0\n",
    )?;
    let app = launch_with(
        data.path(),
        &[
            ("LANG", lang),
            ("LANGUAGE", ""),
            ("LC_ALL", ""),
            ("LC_MESSAGES", ""),
            ("XDG_CONFIG_HOME", &config.to_string_lossy()),
        ],
    )
    .await?;
    let c = &app.client;

    let title = text(&wait_for(c, ".empty h2").await?).await?;
    assert_eq!(title, words.get("empty-title", &[]));
    let page = c
        .execute(
            "return [document.documentElement.lang, getComputedStyle(document.body).direction, matchMedia('(prefers-reduced-motion: reduce)').matches]",
            vec![],
        )
        .await?;
    let rtl = language == "ar";
    assert_eq!(
        page,
        serde_json::json!([language, if rtl { "rtl" } else { "ltr" }, true])
    );
    accessible(c, &format!("the first screen in {language}")).await?;
    screenshot(&format!("first-screen-{language}.png")).await?;

    // Rust's refusals speak the language too.
    add(c, "otpauth://totp/x?secret=JBSWY3D1").await?;
    wait_until(c, Locator::Css("#add-status.error")).await?;
    assert_eq!(
        text(&wait_for(c, "#add-status").await?).await?,
        words.get(
            "core-uri-secret-symbol",
            &[("found", "1".into()), ("position", 8.into())]
        )
    );

    // The QR code the site shows.
    let mut shown = show_on_screen(SHOP).await?;
    let before = now();
    // Action 1: "Scan the QR code on my screen", in their words.
    let scan = wait_for(c, "#scan-screen .what").await?;
    assert_eq!(text(&scan).await?, words.get("add-scan-screen", &[]));
    scan.click().await?;
    // Action 2: save it.
    let save = wait_for(c, "div[role=dialog] .buttons button:not(.ghost)").await?;
    assert_eq!(
        text(&save).await?,
        words.get("scan-save", &[("count", 1.into())])
    );
    accessible(c, &format!("the scan preview in {language}")).await?;
    save.click().await?;
    wait_for_row(c, "buyer@example.com", 10).await?;
    shown.kill().await?;
    let code = shown_code(c, "Shop").await?;
    assert_current(SHOP, &code, before);
    // The code reads left to right in a mirrored window; the window is mirrored.
    let layout = c
        .execute(
            r#"const code = document.querySelector("li.row .code");
               const header = document.querySelector("header h1").getBoundingClientRect();
               const add = document.querySelector("header #add").getBoundingClientRect();
               return [getComputedStyle(code).direction, header.left > add.left];"#,
            vec![],
        )
        .await?;
    assert_eq!(layout, serde_json::json!(["ltr", rtl]));
    // Action 3: copy it.
    forget_clipboard().await?;
    click(c, "li.row button.copy").await?;
    assert_eq!(clipboard_within_5s().await?.len(), 6);
    let notice = text(&wait_for(c, "#notice").await?).await?;
    assert!(notice.contains("Shop"), "{notice}");
    if !rtl {
        // Arabic numbers are Intl's (Arabic-Indic digits) in the page and plain in Rust's Fluent.
        assert_eq!(
            notice,
            words.get(
                "copied-code-clears",
                &[("name", "Shop".into()), ("seconds", 30.into())]
            )
        );
    }
    accessible(c, &format!("the account list in {language}")).await?;
    screenshot(&format!("account-list-{language}.png")).await?;

    // 200 % text: nothing runs off the window's side, and the header's controls stay in it.
    let holds = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               document.documentElement.style.zoom = "2";
               // The menu open too: its items must fit as well.
               document.querySelector("details.menu").open = true;
               requestAnimationFrame(() => requestAnimationFrame(() => {
                 const width = document.documentElement.clientWidth;
                 const out = [...document.querySelectorAll("header button, header select, header summary, #search, li.row button.copy")]
                   .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > width + 1; })
                   .map((e) => e.id || e.className);
                 const overflow = document.documentElement.scrollWidth > width + 1;
                 document.documentElement.style.zoom = "";
                 document.querySelector("details.menu").open = false;
                 done({ out, overflow });
               }));"#,
            vec![],
        )
        .await?;
    assert_eq!(
        holds,
        serde_json::json!({ "out": [], "overflow": false }),
        "at 200 % text in {language}"
    );
    let App { client, _driver } = app;
    client.close().await?;
    Ok(())
}
