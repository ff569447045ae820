//! Locking when the session locks the screen or the machine goes to sleep.

use tauri::{AppHandle, Runtime};

/// Locks when the screen locks or the machine is about to sleep, as the session reports it:
/// the screensaver's ActiveChanged (freedesktop and GNOME) on the session bus, logind's Lock
/// and PrepareForSleep on the system bus. Where a bus is missing, nothing is watched there.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        use zbus::blocking::{Connection, MessageIterator};
        use zbus::message::Type;
        use zbus::MatchRule;
        let listen = |connect: fn() -> zbus::Result<Connection>,
                      rule: fn() -> zbus::Result<MatchRule<'static>>| {
            let app = app.clone();
            std::thread::spawn(move || {
                let Ok(conn) = connect() else { return };
                let Ok(messages) =
                    rule().and_then(|r| MessageIterator::for_match_rule(r, &conn, Some(16)))
                else {
                    return;
                };
                // A broken connection ends the watch rather than spinning on its errors.
                for msg in messages.map_while(Result::ok) {
                    let header = msg.header();
                    let member = header
                        .member()
                        .map(|m| m.as_str().to_owned())
                        .unwrap_or_default();
                    let locks = match member.as_str() {
                        "ActiveChanged" | "PrepareForSleep" => {
                            msg.body().deserialize::<bool>().unwrap_or(false)
                        }
                        "Lock" => true,
                        _ => false,
                    };
                    if locks {
                        crate::lock::lock_all(&app);
                    }
                }
            });
        };
        listen(Connection::session, || {
            Ok(MatchRule::builder()
                .msg_type(Type::Signal)
                .member("ActiveChanged")?
                .build())
        });
        listen(Connection::system, || {
            Ok(MatchRule::builder()
                .msg_type(Type::Signal)
                .sender("org.freedesktop.login1")?
                .build())
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}
