//! The quick-copy shortcut on X11: a passive key grab on the root window, waited for with a
//! blocking read. (global-hotkey, under tauri-plugin-global-shortcut, polls its X connection
//! every 50 ms: twenty wake-ups a second for as long as Sesame runs, and up to 50 ms on the main
//! thread for each change, start-up included.) Wayland uses the desktop portal (desktop.rs);
//! Windows and macOS keep the plugin.

// Elsewhere only the modifier names are used (the portal's notation, desktop::xdg_trigger).
#![cfg_attr(not(target_os = "linux"), allow(dead_code))]

/// "Ctrl+Alt+S" as X11 modifier bits and a keysym.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accelerator {
    pub modifiers: u16,
    pub keysym: u32,
}

// X11's modifier bits (xproto ModMask): Mod1 is Alt and Mod4 Super on every common layout.
const SHIFT: u16 = 1;
const CONTROL: u16 = 1 << 2;
const ALT: u16 = 1 << 3;
const SUPER: u16 = 1 << 6;

/// A modifier as people type it in an accelerator; the X11 grab and the portal's notation
/// (desktop::xdg_trigger) both read names through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    Ctrl,
    Alt,
    Shift,
    Super,
}

pub fn modifier(name: &str) -> Option<Modifier> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "ctrl" | "control" | "cmdorctrl" | "commandorcontrol" => Modifier::Ctrl,
        "alt" | "option" => Modifier::Alt,
        "shift" => Modifier::Shift,
        "super" | "meta" | "cmd" | "command" => Modifier::Super,
        _ => return None,
    })
}

/// Parses the accelerator a person typed in the settings; the message names what is wrong.
pub fn parse(accelerator: &str) -> Result<Accelerator, String> {
    let parts: Vec<&str> = accelerator.split('+').map(str::trim).collect();
    let (key, mods) = parts
        .split_last()
        .filter(|(key, _)| !key.is_empty())
        .ok_or_else(|| format!("“{accelerator}” names no key"))?;
    let mut modifiers = 0;
    for m in mods {
        modifiers |= match modifier(m) {
            Some(Modifier::Ctrl) => CONTROL,
            Some(Modifier::Alt) => ALT,
            Some(Modifier::Shift) => SHIFT,
            Some(Modifier::Super) => SUPER,
            None => {
                return Err(format!(
                    "“{}” is not a modifier (Ctrl, Alt, Shift, Super)",
                    m.to_ascii_lowercase()
                ))
            }
        };
    }
    if modifiers & (CONTROL | ALT | SUPER) == 0 {
        return Err(
            "a shortcut needs Ctrl, Alt or Super, or it would take a key from every app".into(),
        );
    }
    Ok(Accelerator {
        modifiers,
        keysym: keysym(key).ok_or_else(|| format!("“{key}” is not a key Sesame knows"))?,
    })
}

/// X keysyms (X11/keysymdef.h): Latin letters and digits are their ASCII codes (lower case for
/// letters), the function keys a run from F1.
fn keysym(key: &str) -> Option<u32> {
    let lower = key.to_ascii_lowercase();
    let name = lower
        .strip_prefix("key")
        .filter(|k| k.len() == 1)
        .unwrap_or(&lower);
    let name = name.strip_prefix("digit").unwrap_or(name);
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphanumeric() => return Some(u32::from(c)),
        _ => {}
    }
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u32>().ok()) {
        return (1..=24).contains(&n).then(|| 0xffbe + n - 1);
    }
    Some(match name {
        "space" => 0x20,
        "enter" | "return" => 0xff0d,
        "tab" => 0xff09,
        "insert" => 0xff63,
        "home" => 0xff50,
        "end" => 0xff57,
        "pageup" => 0xff55,
        "pagedown" => 0xff56,
        _ => return None,
    })
}

#[cfg(target_os = "linux")]
pub use x11::Grab;

#[cfg(target_os = "linux")]
mod x11 {
    use super::{parse, Accelerator};
    use std::sync::{Arc, Mutex};
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt, GrabMode, ModMask, Window};
    use x11rb::protocol::Event;
    use x11rb::rust_connection::RustConnection;

    /// The grab of the current shortcut, and the thread that waits for it.
    pub struct Grab {
        conn: Arc<RustConnection>,
        root: Window,
        current: Arc<Mutex<Option<(u16, u8)>>>,
    }

    /// Caps Lock and Num Lock must not stop the shortcut: each is grabbed with and without them.
    fn lock_variants() -> [u16; 4] {
        let caps = u16::from(ModMask::LOCK);
        let num = u16::from(ModMask::M2);
        [0, caps, num, caps | num]
    }

    impl Grab {
        /// None without an X display (Wayland, a console); `pressed` runs on the grab's thread.
        pub fn start(pressed: impl Fn() + Send + 'static) -> Option<Self> {
            if std::env::var("XDG_SESSION_TYPE").as_deref() == Ok("wayland") {
                return None;
            }
            let (conn, screen) = x11rb::connect(None).ok()?;
            let root = conn.setup().roots.get(screen)?.root;
            let conn = Arc::new(conn);
            let current = Arc::new(Mutex::new(None::<(u16, u8)>));
            let (events, grabbed) = (Arc::clone(&conn), Arc::clone(&current));
            std::thread::Builder::new()
                .name("shortcut".into())
                .spawn(move || {
                    let relevant = !lock_variants()[3];
                    while let Ok(event) = events.wait_for_event() {
                        if let Event::KeyPress(key) = event {
                            let wanted = *grabbed.lock().unwrap_or_else(|e| e.into_inner());
                            if wanted == Some((u16::from(key.state) & relevant, key.detail)) {
                                pressed();
                            }
                        }
                    }
                })
                .ok()?;
            Some(Grab {
                conn,
                root,
                current,
            })
        }

        /// Grabs `accelerator` instead of the current shortcut; empty: none. On failure the
        /// current one stays.
        pub fn set(&self, accelerator: &str) -> Result<(), String> {
            let wanted = match accelerator.trim() {
                "" => None,
                a => Some(self.resolve(parse(a)?)?),
            };
            let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
            if *current == wanted {
                return Ok(());
            }
            if let Some(new) = wanted {
                if let Err(e) = self.grab(new) {
                    self.ungrab(new);
                    return Err(e);
                }
            }
            if let Some(old) = current.take() {
                self.ungrab(old);
            }
            *current = wanted;
            Ok(())
        }

        /// The keycode that types the keysym on this keyboard.
        fn resolve(&self, a: Accelerator) -> Result<(u16, u8), String> {
            let setup = self.conn.setup();
            let (min, max) = (setup.min_keycode, setup.max_keycode);
            let map = self
                .conn
                .get_keyboard_mapping(min, max - min + 1)
                .ok()
                .and_then(|c| c.reply().ok())
                .ok_or("the X server did not give its keyboard map")?;
            let per = usize::from(map.keysyms_per_keycode.max(1));
            map.keysyms
                .chunks(per)
                .position(|syms| syms.iter().take(2).any(|s| *s == a.keysym))
                .and_then(|i| u8::try_from(usize::from(min) + i).ok())
                .map(|code| (a.modifiers, code))
                .ok_or_else(|| "this keyboard has no such key".into())
        }

        fn grab(&self, (modifiers, code): (u16, u8)) -> Result<(), String> {
            for extra in lock_variants() {
                self.conn
                    .grab_key(
                        true,
                        self.root,
                        (modifiers | extra).into(),
                        code,
                        GrabMode::ASYNC,
                        GrabMode::ASYNC,
                    )
                    .map_err(|e| e.to_string())?
                    .check()
                    .map_err(|_| "another application already uses it".to_string())?;
            }
            Ok(())
        }

        fn ungrab(&self, (modifiers, code): (u16, u8)) {
            for extra in lock_variants() {
                // Nothing to undo when the grab was never made.
                let _ = self
                    .conn
                    .ungrab_key(code, self.root, (modifiers | extra).into())
                    .map(|c| c.ignore_error());
            }
            let _ = self.conn.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_the_settings_accept() {
        assert_eq!(
            parse("Ctrl+Alt+S"),
            Ok(Accelerator {
                modifiers: CONTROL | ALT,
                keysym: u32::from(b's')
            })
        );
        assert_eq!(
            parse("super + shift + F12").map(|a| (a.modifiers, a.keysym)),
            Ok((SUPER | SHIFT, 0xffc9))
        );
        assert_eq!(
            parse("CmdOrCtrl+Digit1").map(|a| a.keysym),
            Ok(u32::from(b'1'))
        );
        assert_eq!(parse("Ctrl+KeyK").map(|a| a.keysym), Ok(u32::from(b'k')));
        assert_eq!(parse("Alt+Space").map(|a| a.keysym), Ok(0x20));
    }

    #[test]
    fn refuses_with_a_reason() {
        assert_eq!(parse("Ctrl+"), Err("“Ctrl+” names no key".into()));
        assert_eq!(
            parse("Hyper+S"),
            Err("“hyper” is not a modifier (Ctrl, Alt, Shift, Super)".into())
        );
        assert!(parse("S").unwrap_err().contains("needs Ctrl, Alt or Super"));
        assert!(parse("Shift+S")
            .unwrap_err()
            .contains("needs Ctrl, Alt or Super"));
        assert_eq!(
            parse("Ctrl+F25"),
            Err("“F25” is not a key Sesame knows".into())
        );
        assert_eq!(
            parse("Ctrl+Volume"),
            Err("“Volume” is not a key Sesame knows".into())
        );
    }
}
