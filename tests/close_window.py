"""Asks the X window named in argv[1] to close, as a window manager's close button does
(a WM_DELETE_WINDOW client message): the tray test's way to close Sesame under Xvfb, which
has no window manager."""
import sys

from Xlib import X, display, protocol

d = display.Display()
root = d.screen().root
delete = d.intern_atom("WM_DELETE_WINDOW")
protocols = d.intern_atom("WM_PROTOCOLS")


def windows(w):
    for child in w.query_tree().children:
        yield child
        yield from windows(child)


closed = 0
for w in windows(root):
    try:
        if w.get_wm_name() != sys.argv[1] or w.get_attributes().map_state != X.IsViewable:
            continue
    except Exception:
        continue
    event = protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    w.send_event(event)
    closed += 1
d.flush()
sys.exit(0 if closed else 1)
