//! The window that was active when quick copy opened: its title (to suggest an account) and a
//! way to give it the focus back (to type the code into it). X11 and Windows; elsewhere (Wayland,
//! macOS without the screen-recording permission) the system does not tell, and quick copy
//! simply starts empty.

/// Another app's window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: u64,
    pub title: String,
}

#[cfg(target_os = "linux")]
mod imp {
    use super::Target;
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{
        AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, InputFocus, Window,
    };
    use x11rb::rust_connection::RustConnection;
    use x11rb::wrapper::ConnectionExt as _;
    use x11rb::CURRENT_TIME;

    fn connect() -> Option<(RustConnection, Window)> {
        // Under Wayland there is no X11 window to ask about, even with Xwayland running.
        if std::env::var_os("WAYLAND_DISPLAY").is_some() && std::env::var_os("DISPLAY").is_none() {
            return None;
        }
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?.root;
        Some((conn, root))
    }

    fn atom(conn: &RustConnection, name: &[u8]) -> Option<u32> {
        Some(conn.intern_atom(false, name).ok()?.reply().ok()?.atom)
    }

    fn property(conn: &RustConnection, w: Window, name: &[u8], kind: u32) -> Option<Vec<u8>> {
        let prop = atom(conn, name)?;
        let reply = conn
            .get_property(false, w, prop, kind, 0, 1024)
            .ok()?
            .reply()
            .ok()?;
        (reply.value_len > 0).then_some(reply.value)
    }

    fn title(conn: &RustConnection, w: Window) -> Option<String> {
        let utf8 = atom(conn, b"UTF8_STRING")?;
        property(conn, w, b"_NET_WM_NAME", utf8)
            .or_else(|| property(conn, w, b"WM_NAME", AtomEnum::STRING.into()))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    fn pid(conn: &RustConnection, w: Window) -> Option<u32> {
        let b = property(conn, w, b"_NET_WM_PID", AtomEnum::CARDINAL.into())?;
        Some(u32::from_ne_bytes(b.get(..4)?.try_into().ok()?))
    }

    pub fn current() -> Option<Target> {
        let (conn, root) = connect()?;
        let active = property(&conn, root, b"_NET_ACTIVE_WINDOW", AtomEnum::WINDOW.into())
            .and_then(|b| Some(u32::from_ne_bytes(b.get(..4)?.try_into().ok()?)))
            .filter(|w| *w != 0);
        // Without a window manager nothing keeps _NET_ACTIVE_WINDOW: ask for the focus.
        let mut w = match active {
            Some(w) => w,
            None => conn.get_input_focus().ok()?.reply().ok()?.focus,
        };
        // 0 and 1 are "no focus" and "pointer root".
        while w > 1 && w != root {
            if let Some(title) = title(&conn, w) {
                if pid(&conn, w) == Some(std::process::id()) {
                    return None;
                }
                return Some(Target {
                    id: u64::from(w),
                    title,
                });
            }
            w = conn.query_tree(w).ok()?.reply().ok()?.parent;
        }
        None
    }

    /// Gives Sesame's own visible window the focus. GTK asks with the time of the last input
    /// Sesame saw, which the X server ignores when another window was focused since (a
    /// global shortcut is not input to Sesame's window); "now" is never refused.
    pub fn focus_own() -> bool {
        let Some((conn, root)) = connect() else {
            return false;
        };
        let windows = match property(&conn, root, b"_NET_CLIENT_LIST", AtomEnum::WINDOW.into()) {
            Some(list) => list
                .chunks_exact(4)
                .filter_map(|b| Some(u32::from_ne_bytes(b.try_into().ok()?)))
                .collect(),
            None => match conn.query_tree(root).ok().and_then(|c| c.reply().ok()) {
                Some(tree) => tree.children,
                None => return false,
            },
        };
        let viewable = |w: Window| {
            conn.get_window_attributes(w)
                .ok()
                .and_then(|c| c.reply().ok())
                .is_some_and(|a| a.map_state == x11rb::protocol::xproto::MapState::VIEWABLE)
        };
        let own = windows.into_iter().find(|&w| {
            pid(&conn, w) == Some(std::process::id()) && title(&conn, w).is_some() && viewable(w)
        });
        drop(conn);
        own.is_some_and(|w| {
            activate(&Target {
                id: u64::from(w),
                title: String::new(),
            })
        })
    }

    pub fn activate(target: &Target) -> bool {
        let Some((conn, root)) = connect() else {
            return false;
        };
        let Ok(w) = Window::try_from(target.id) else {
            return false;
        };
        // Ask the window manager (source 2: a pager, which WMs obey), and set the focus
        // directly for when there is none.
        if let Some(active) = atom(&conn, b"_NET_ACTIVE_WINDOW") {
            let event = ClientMessageEvent::new(32, w, active, [2, CURRENT_TIME, 0, 0, 0]);
            let mask = EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY;
            let _ = conn.send_event(false, root, mask, event);
        }
        let focused = conn
            .set_input_focus(InputFocus::PARENT, w, CURRENT_TIME)
            .is_ok();
        focused && conn.sync().is_ok()
    }

    /// Whether `target` has the keyboard now: the window manager's active window, or (without
    /// one) the X input focus, is the target or inside it. A window that is gone has nothing.
    /// `activate` cannot tell: X reports a refused or impossible focus change only later.
    pub fn is_focused(target: &Target) -> bool {
        let Some((conn, root)) = connect() else {
            return false;
        };
        let Ok(target) = Window::try_from(target.id) else {
            return false;
        };
        let active = property(&conn, root, b"_NET_ACTIVE_WINDOW", AtomEnum::WINDOW.into())
            .and_then(|b| Some(u32::from_ne_bytes(b.get(..4)?.try_into().ok()?)))
            .filter(|w| *w != 0);
        let Some(mut w) = active.or_else(|| {
            conn.get_input_focus()
                .ok()
                .and_then(|c| c.reply().ok())
                .map(|r| r.focus)
        }) else {
            return false;
        };
        // The focus may sit on a child of the target (a toolkit's inner window).
        while w > 1 && w != root {
            if w == target {
                return true;
            }
            match conn.query_tree(w).ok().and_then(|c| c.reply().ok()) {
                Some(tree) => w = tree.parent,
                None => return false,
            }
        }
        false
    }
}

// Win32's window calls have no safe wrapper in windows-sys.
#[cfg(windows)]
#[allow(unsafe_code)]
mod imp {
    use super::Target;
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        GetForegroundWindow, GetWindowTextW, GetWindowThreadProcessId, SetForegroundWindow,
    };

    pub fn current() -> Option<Target> {
        // SAFETY: plain Win32 calls on the foreground window's handle, with a sized buffer.
        unsafe {
            let hwnd = GetForegroundWindow();
            if hwnd.is_null() {
                return None;
            }
            let mut pid = 0u32;
            GetWindowThreadProcessId(hwnd, &mut pid);
            if pid == std::process::id() {
                return None;
            }
            let mut buf = [0u16; 512];
            let n = GetWindowTextW(hwnd, buf.as_mut_ptr(), buf.len() as i32);
            Some(Target {
                id: hwnd as u64,
                title: String::from_utf16_lossy(&buf[..n.max(0) as usize]),
            })
        }
    }

    pub fn activate(target: &Target) -> bool {
        // SAFETY: the handle came from GetForegroundWindow; a stale one makes the call fail.
        unsafe { SetForegroundWindow(target.id as _) != 0 }
    }

    pub fn is_focused(target: &Target) -> bool {
        // SAFETY: GetForegroundWindow takes no arguments; the handle is only compared.
        unsafe { GetForegroundWindow() as u64 == target.id }
    }

    /// Windows gives the focus to the window that handled the hot key: nothing to add.
    pub fn focus_own() -> bool {
        true
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
mod imp {
    use super::Target;

    pub fn current() -> Option<Target> {
        None
    }

    pub fn activate(_: &Target) -> bool {
        false
    }

    /// Nothing here can say which window has the keyboard: never type.
    pub fn is_focused(_: &Target) -> bool {
        false
    }

    pub fn focus_own() -> bool {
        true
    }
}

pub use imp::{activate, current, focus_own, is_focused};
