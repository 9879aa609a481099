"""The little of Xlib the suite needs that xdotool and xwininfo do not give: the stacking order of
the top-level windows with their map state, and asking a window to close as a window manager's
close button does (WM_DELETE_WINDOW), which works with and without a window manager."""

import ctypes
import ctypes.util

_x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", Window), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", Window), ("message_type", Atom),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


_x.XOpenDisplay.restype = ctypes.c_void_p
_x.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x.XDefaultRootWindow.restype = Window
_x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                          ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
_x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(XWindowAttributes)]
_x.XTranslateCoordinates.argtypes = [ctypes.c_void_p, Window, Window, ctypes.c_int, ctypes.c_int,
                                     ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
                                     ctypes.POINTER(Window)]
_x.XInternAtom.restype = Atom
_x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
_x.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
_x.XFlush.argtypes = [ctypes.c_void_p]
_x.XFree.argtypes = [ctypes.c_void_p]
_x.XCloseDisplay.argtypes = [ctypes.c_void_p]
_x.XSetErrorHandler.restype = ctypes.c_void_p

# Windows vanish between the query and the look at them: ignore X errors instead of exiting.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
_x.XSetErrorHandler(_ERROR_HANDLER)


class _Conn:
    def __enter__(self):
        self.d = _x.XOpenDisplay(None)
        if not self.d:
            raise RuntimeError("cannot open the X display")
        return self.d

    def __exit__(self, *a):
        _x.XCloseDisplay(self.d)


def _children(d, w):
    root, parent = Window(), Window()
    kids = ctypes.POINTER(Window)()
    n = ctypes.c_uint()
    if not _x.XQueryTree(d, w, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(kids), ctypes.byref(n)):
        return []
    out = [kids[i] for i in range(n.value)]
    if kids:
        _x.XFree(kids)
    return out


def _attrs(d, w):
    a = XWindowAttributes()
    if not _x.XGetWindowAttributes(d, w, ctypes.byref(a)):
        return None
    return a


def stack():
    """Top-level windows (children of the root) bottom first: dicts with id (int), the rectangle on
    the screen, viewable, and the ids of every window inside them."""
    out = []
    with _Conn() as d:
        root = _x.XDefaultRootWindow(d)
        for w in _children(d, root):
            a = _attrs(d, w)
            if a is None:
                continue
            inner = set()
            todo = [w]
            while todo:
                c = todo.pop()
                inner.add(c)
                todo.extend(_children(d, c))
            out.append(dict(id=w, x=a.x, y=a.y, w=a.width, h=a.height, viewable=a.map_state == 2,
                            override=bool(a.override_redirect), inside=inner))
    return out


def covering(window_id, rect):
    """The viewable top-level windows above the one holding window_id that overlap rect."""
    wins = stack()
    index = next((i for i, t in enumerate(wins) if window_id in t["inside"]), None)
    if index is None:
        return None
    x, y, w, h = rect
    over = []
    for t in wins[index + 1:]:
        if not t["viewable"] or t["w"] <= 1 or t["h"] <= 1:
            continue
        if t["x"] < x + w and x < t["x"] + t["w"] and t["y"] < y + h and y < t["y"] + t["h"]:
            over.append(t)
    return over


def request_close(window_id):
    """What a window manager's close button does: a WM_DELETE_WINDOW message to the client window."""
    with _Conn() as d:
        ev = XEvent()
        ev.xclient.type = 33  # ClientMessage
        ev.xclient.send_event = 1
        ev.xclient.display = d
        ev.xclient.window = window_id
        ev.xclient.message_type = _x.XInternAtom(d, b"WM_PROTOCOLS", 0)
        ev.xclient.format = 32
        ev.xclient.data[0] = _x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
        ev.xclient.data[1] = 0  # CurrentTime
        _x.XSendEvent(d, window_id, 0, 0, ctypes.byref(ev))
        _x.XFlush(d)
