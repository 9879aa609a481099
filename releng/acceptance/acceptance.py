#!/usr/bin/python3
"""Switchboard product acceptance suite.

Runs the packaged server and desktop as README's demo does, on a virtual display of their own
(Xvfb, a D-Bus session with the accessibility bus; once with openbox and once without a window
manager), and works the desktop as an agent does: pointer clicks at the centre of what the
accessibility tree says is on screen, keys, typed text. A second agent (a2) and the customers are
driven over REST. Every judgement is about what is on screen: windows that are mapped, painted and
on top, controls SHOWING with an accessible name and a real size; the server's REST API and store
then say whether what the agent did arrived, and arrived once.

  acceptance.py --desktop <desktop product folder> --server <server product folder> [--modes openbox,none]

Prints one line per scenario per window-manager mode, then "N passed, N failed"; exits 1 on any
failure. Screenshots of every step: releng/acceptance/target/<mode>/NN-step.png, with the
accessibility tree of each failure and the products' output beside them.
"""

import argparse
import email.message
import email.utils
import glob
import json
import os
import re
import shutil
import signal
import smtplib
import subprocess
import sys
import time
import traceback
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# =================================================================================================
# What the suite expects of the desktop. The desktop engineer implements against this list; a
# failure names the entry that was missing on screen. Names are compared after removing mnemonics
# (& and _), a trailing "..." or "…" and surrounding blanks; a compiled pattern is searched instead.
# =================================================================================================
P = re.compile
UI = {
    "main window":        ("frame", "Switchboard"),
    "call popover":       "Incoming call",            # title (X window name) of the call offer popover
    "chat popover":       "Chat request",             # title of the chat offer popover
    "email popover":      "Email",                    # title of the email offer popover
    "rona popover":       P(r"not answered \(RONA\)"),  # title of the popover after an offer rang out
    "rona available":     ("push button", "Available"),
    "email reply":        ("text", "Reply"),
    "email send":         ("push button", "Send reply"),
    "accept":             ("push button", "Accept"),
    "decline call":       ("push button", "Decline"),
    "decline chat":       ("push button", P(r"^(Decline|Reject)$")),
    "time in state":      ("label", P(r"^Time in state")),
    "hold":               ("push button", "Hold"),
    "resume":             ("push button", "Resume"),
    "consult":            ("push button", "Consult"),
    "conference":         ("push button", "Conference"),
    "end call":           ("push button", P(r"^(End|End conference|Exit conference)$")),
    "held text":          P(r"^Call on hold$"),
    "consult held text":  P(r"^Consult on hold$"),
    "order total":        ("text", "Order total"),
    "masked text":        P(r"^\*{6}$"),
    "reveal":             ("text", P(r"^(Click to try again|Show Account number)$")),   # an SWT Link reads as text
    "replaced text":      P(r"^a2 saved Order total: 150\.00 while you were editing it; your edit was replaced\.$"),
    "end consult":        ("push button", "End consult"),
    "rejected again text": P(r"^You declined the call; it waits in its queue for another agent, and may be offered to you again after \d+ s\.$"),
    "call limit text":    P(r"^The contact center is at its limit of 1 concurrent call: calls wait in their queues"),
    "below limit text":   P(r"^The contact center is below its limit of concurrent calls again"),
    "consulting text":    P(r"^Consulting$"),
    "connected text":     P(r"^Connected$"),
    "consult dialog":     "Consult request",
    "consult target":     ("text", "Target"),
    "consult submit":     ("push button", "Consult"),
    "wrap-up dialog":     "Wrap-up reasons",
    "wrap-up search":     ("text", P(r"^Search( reasons)?$")),
    "wrap-up notes":      ("text", "Notes"),
    "wrap-up submit":     ("push button", "Submit wrap-up"),
    "chat input":         ("text", "Message"),
    "chat send":          ("push button", "Send"),
    "chat end":           ("push button", "End chat"),
    "declined text":      P(r"(?i)\b(declined|rejected)\b"),
    "disconnected text":  P(r"(?i)\b(disconnected|not connected|cannot be reached|server is down)\b"),
    "pending text":       P(r"(?i)\b(pending|not sent|waiting to be sent|will be sent)\b"),
    "refused text":       P(r"(?i)\b(refused|rejected|was not (done|saved|sent))\b"),
    "log out button":     ("push button", "Log out"),
    "file menu":          ("menu", "File"),
    "log out menu item":  ("menu item", "Log out"),
    "logged out text":    P(r"^(Logged out|Not logged in)$"),
    "close prompt":       P(r"(?i)(in progress|still|live|active|wrap-up|log out)"),
    "close prompt cancel": ("push button", P(r"^(Cancel|No|Stay|Keep working)$")),
    "follow-up check":    ("check box", "Schedule follow-up"),
    "follow-up date":     ("text", "Date (yyyy-mm-dd)"),
    "follow-up time":     ("text", "Time (hh:mm)"),
    "reminder popover":   "Reminder: Call back Dana Whitfield",   # title of the reminder popover
    "reminder call back": ("push button", "Call back"),
    "reminder text":      P(r"^Reminder: Call back Dana Whitfield at \d\d:\d\d$"),
    "team tab":           ("page tab", "Team"),
    "help note":          ("text", P(r"^Note for the supervisor:?$")),
    "ask help":           ("push button", "Ask for help"),
    "take help":          ("push button", "Take"),
    "supervising text":   P(r"^Supervising$"),
    "team heading text":  P(r"^Team: Front line$"),
    "help announced":     P(r"Ava Reyes asks for help"),
    "help taken text":    P(r"^Sofia Martins took your help request\.$"),
    "taken by text":      P(r"taken by Sofia Martins"),
}
# Key bindings are read from the desktop product itself (model fragments and plugin.xml of its
# bundles): a binding whose command's name says accept/answer, in the voice bundle or a generic
# one for calls, in the chat bundle or a generic one for chats.
ACCEPT_COMMAND = P(r"(?i)\b(accept|answer)\b")
DECLINE_COMMAND = P(r"(?i)\b(decline|reject)\b")

AGENT, PASSWORD = "a1", "a1-demo"
# The demo's supervisor of team front (a1, a2), on a second desktop of the same product.
SUPERVISOR, SUPERVISOR_PASSWORD = "s1", "s1-demo"
SECOND, SECOND_PASSWORD = "a2", "a2-demo"
# The demo's administrator reads any agent; the simulator's account drives the customers.
ADMIN, ADMIN_PASSWORD = "admin", "admin-demo"
SIMULATOR, SIMULATOR_PASSWORD = "sim", "sim-demo"
CALL_QUEUE, CHAT_QUEUE = "sales", "chat-support"
SERVICE_MAILBOX = "support@switchboard.test"   # the demo's email service, on the server's embedded mail server
OFFER_TIMEOUT_S = 20                           # the demo's offer timeout before RONA
DISPOSITION_SEARCH, DISPOSITION_CODE = "Resolved", "resolved"
SCREEN_SIZE = "1280x800x24"
POPOVER_DEADLINE_MS = 1000      # offer POSTed to popover painted
REMINDER_DEADLINE_MS = 2000     # wrap-up submitted (stored in the desktop's outbox, then sent) to the reminder painted
REROUTE_DEADLINE_S = 2          # declined chat offered to a2
PRESENCE_DEADLINE_S = 15        # dead desktop's agent no longer Ready (switchboard.presence.timeout)
PAINT_MIN_COLOURS = 12          # "painted": distinct colours inside the window (text is anti-aliased)
PAINT_MIN_EDGES = 0.004         # and share of pixels on an edge (glyphs, button borders)
MODES = ("openbox", "none")

import harness as h  # noqa: E402  (after the path is set)
from harness import Failure  # noqa: E402
import xlib  # noqa: E402
import pyatspi  # noqa: E402


def norm(n):
    n = (n or "").replace("&", "").replace("_", "").strip()
    for tail in ("...", "\u2026"):
        if n.endswith(tail):
            n = n[: -len(tail)].strip()
    return n


def name_test(spec):
    if hasattr(spec, "search"):
        return lambda n: bool(spec.search(norm(n)) or spec.search((n or "").strip()))
    return lambda n: norm(n) == spec


def spec_text(entry):
    what = UI[entry]
    if isinstance(what, tuple):
        r, n = what
        return "%s %s" % (r, "/%s/" % n.pattern if hasattr(n, "pattern") else "'%s'" % n)
    return "/%s/" % what.pattern if hasattr(what, "pattern") else "'%s'" % what


# =================================================================================================
# Key bindings from the product
# =================================================================================================

def _properties(text):
    props = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        props[k.strip()] = v.strip()
    return props


def product_bindings(desktop):
    """(bundle, command name, key sequence) of every key binding in the desktop's own bundles."""
    found = []
    for path in sorted(glob.glob(os.path.join(desktop, "plugins", "org.switchboard.*"))):
        files = {}
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for n in names:
                    if n.endswith((".e4xmi", "plugin.xml", ".properties")):
                        with open(os.path.join(root, n), errors="replace") as f:
                            files[os.path.relpath(os.path.join(root, n), path)] = f.read()
        elif path.endswith(".jar"):
            with zipfile.ZipFile(path) as z:
                for n in z.namelist():
                    if n.endswith((".e4xmi", "plugin.xml", ".properties")) and "/internal/" not in n:
                        files[n] = z.read(n).decode("utf-8", "replace")
        bundle = os.path.basename(path).split("_")[0]
        props = {}
        for n, text in files.items():
            if n.endswith(("plugin.properties", "bundle.properties")):
                props.update(_properties(text))

        def label(v):
            return props.get(v[1:], v) if v.startswith("%") else v
        for n, text in files.items():
            if n.endswith(".e4xmi"):
                commands = {m.group(1): label(m.group(2)) for m in re.finditer(
                    r'xsi:type="commands:Command"[^>]*?xmi:id="([^"]+)"[^>]*?commandName="([^"]+)"', text)}
                for m in re.finditer(r'xsi:type="commands:KeyBinding"[^>]*?keySequence="([^"]+)"[^>]*?command="([^"]+)"', text):
                    found.append((bundle, commands.get(m.group(2), m.group(2)), m.group(1)))
            elif n.endswith("plugin.xml"):
                for m in re.finditer(r'<key\b[^>]*?>', text, re.S):
                    tag = m.group(0)
                    seq = re.search(r'sequence="([^"]+)"', tag)
                    cmd = re.search(r'commandId="([^"]+)"', tag)
                    if seq and cmd:
                        found.append((bundle, cmd.group(1), seq.group(1)))
    return found


def xdotool_keys(sequence):
    mods = {"M1": "ctrl", "M2": "shift", "M3": "alt", "M4": "super", "CTRL": "ctrl", "ALT": "alt",
            "SHIFT": "shift"}
    parts = sequence.split()[0].split("+")
    keys = [mods.get(p.upper(), p) for p in parts]
    last = keys[-1]
    keys[-1] = last.lower() if len(last) == 1 else last
    return "+".join(keys)


def accept_key(bindings, channel):
    """The key sequence that accepts an offered call or chat, or None."""
    own = "voice" if channel == "call" else "chat"
    for bundle, command, seq in bindings:
        if ACCEPT_COMMAND.search(command) and (own in bundle or bundle == "org.switchboard.ui"):
            if channel == "chat" and "voice" in bundle:
                continue
            return seq, command
    return None


# =================================================================================================
# A run: display, accessibility bus, server, desktop, the second agent
# =================================================================================================

class Run:
    def __init__(self, args, mode, out):
        self.args = args
        self.mode = mode
        self.out = out
        self.screen = h.Screen(out)
        self.display = None
        self.bus = None
        self.server = None
        self.desktop = None
        self.a2 = None
        self.admin = None
        self.sim = None
        self.supervisor = None
        self.app = None
        self.data = None
        self.generation = 0
        self.failures = []
        self.notes = []
        self.timings = {}
        self.java = None
        self.server_env = {}

    # ---------------------------------------------------------------- life cycle
    def start_display(self):
        self.display = h.Display(SCREEN_SIZE, self.out, self.mode).start()
        self.bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                    stdout=open(os.path.join(self.out, "at-spi.log"), "w"),
                                    stderr=subprocess.STDOUT)
        time.sleep(0.3)

    def fresh_products(self):
        """A server on fresh data and free ports, and the desktop logged in as a1 and Ready."""
        self.stop_products()
        self.generation += 1
        self.data = os.path.join(self.out, "data-%d" % self.generation)
        os.makedirs(self.data, exist_ok=True)
        server_data = os.path.join(self.data, "server")
        self.server = h.Server(self.args.server, server_data, self.out, self.server_env).start()
        self.a2 = h.Rest(self.server, SECOND, SECOND_PASSWORD)
        self.admin = h.Rest(self.server, ADMIN, ADMIN_PASSWORD)
        self.sim = h.Rest(self.server, SIMULATOR, SIMULATOR_PASSWORD)
        self.login_rest()
        self.second_not_ready()
        self.start_desktop()

    def start_desktop(self, ready=True):
        self.desktop = h.Desktop(self.args.desktop, os.path.join(self.data, "desktop"), self.out)
        self.desktop.start(self.server.api, AGENT, PASSWORD, ready)
        self.app = h.wait_for(lambda: h.app_of(self.desktop.pid), 60, 0.3)
        if not self.app:
            raise Failure("the desktop (pid %s) did not appear in the AT-SPI desktop within 60 s "
                          "(applications there: %s): no accessibility bridge" % (self.desktop.pid, h.app_names()))
        self.main_window(60)
        # The server may still hold a1 Ready for a desktop killed a moment ago: the new desktop is
        # logged in when its own Log out control is enabled, as the agent sees it.
        if not self.find("log out button", timeout=60, enabled=True):
            raise Failure("the desktop did not show a1 logged in within 60 s (a1 on the server: %s)" % self.agent())
        if ready and not h.wait_for(lambda: self.agent().get("state") == "READY", 60, 0.3):
            raise Failure("the desktop did not log a1 in and go Ready within 60 s (a1: %s)" % self.agent())

    def stop_products(self):
        if self.desktop:
            self.desktop.stop(signal.SIGKILL)
        if self.server:
            self.server.stop()

    def stop(self):
        self.stop_products()
        for p in (self.bus,):
            if p and p.poll() is None:
                p.terminate()
        if self.display:
            self.display.stop()

    # ---------------------------------------------------------------- second agent and server
    def second_not_ready(self):
        status, body = self.a2.state("NOT_READY", "break")
        if status != 200:
            status, body = self.a2.state("NOT_READY")
        return status == 200

    def agent(self, agent=AGENT):
        status, body = self.admin.agent_view(agent)
        return body if status == 200 and isinstance(body, dict) else {}

    def supervisor_rest(self):
        """The supervisor's own REST session, beside its desktop (a staff account may have several)."""
        if self.supervisor is None or self.supervisor.server is not self.server:
            self.supervisor = h.Rest(self.server, SUPERVISOR, SUPERVISOR_PASSWORD)
            self.supervisor.login()
        return self.supervisor

    def login_rest(self):
        """Logs a2, the administrator and the simulator in over REST (again after a server restart)."""
        for rest in (self.a2, self.admin, self.sim):
            rest.login()

    def clean(self):
        a = self.agent()
        return (self.desktop and self.desktop.alive() and self.server.proc.poll() is None
                and a.get("state") == "READY" and not a.get("offers") and not a.get("interactions")
                and not a.get("wrapUps"))

    def ensure_clean(self):
        """Each scenario starts with a1 Ready and free; a scenario that failed half-way leaves a
        server and desktop that are started afresh."""
        if not (self.server and self.desktop) or not self.clean():
            self.fresh_products()

    def inject_call(self, caller="Dana Whitfield", number="+12015550188"):
        return self.sim.inject("calls", {"queueId": CALL_QUEUE, "callerName": caller, "callerNumber": number})

    def inject_chat(self, customer="Ines Duarte"):
        return self.sim.inject("chats", {"queueId": CHAT_QUEUE, "callerName": customer})

    def offered_to(self, interaction, agent=AGENT):
        return interaction in (self.agent(agent).get("offers") or [])

    def java_bin(self):
        if not self.java:
            jh = os.environ.get("JAVA_HOME")
            finder = os.path.join(self.args.desktop, "find-jdk.sh")
            if os.path.exists(finder):
                jh = subprocess.run(["sh", finder], capture_output=True, text=True).stdout.strip() or jh
            self.java = os.path.join(jh, "bin", "java") if jh else "java"
        return self.java

    def stored_wrap_ups(self, interaction):
        """The wrap-ups the server's store holds for an interaction: [(agent, disposition, notes)].
        Read from a copy of the server's H2 file (the running server holds the file itself; what it
        has committed to the file is in the copy)."""
        jar = (glob.glob(os.path.join(self.args.server, "plugins", "com.h2database_*.jar")) or [None])[0]
        if not jar:
            raise Failure("no H2 jar in the server product to read its store")
        copy = os.path.join(self.data, "store-copy")
        shutil.rmtree(copy, ignore_errors=True)
        os.makedirs(copy)
        shutil.copy(os.path.join(self.server.data, "switchboard-server.mv.db"), copy)
        sql = ("SELECT AGENT_ID, DISPOSITION, NOTES FROM SRV_WRAP_UP WHERE INTERACTION_ID = '%s' ORDER BY ID"
               % interaction.replace("'", "''"))
        r = subprocess.run([self.java_bin(), "-cp", jar, "org.h2.tools.Shell", "-url",
                            "jdbc:h2:file:%s/switchboard-server" % copy, "-user", "sa", "-password", "", "-sql", sql],
                           capture_output=True, text=True, timeout=60)
        rows = []
        for line in r.stdout.splitlines():
            cells = [c.strip() for c in line.split("|")]
            if len(cells) == 3 and cells[0] != "AGENT_ID":
                rows.append(tuple(None if c == "null" else c for c in cells))
        if r.returncode != 0:
            raise Failure("the server's store could not be read: %s" % (r.stderr.strip() or r.stdout.strip())[:300])
        return rows

    def check_wrap_up_once(self, interaction, notes, timeout=10):
        """Over REST the wrap-up is no longer owed, and the store holds it exactly once with the notes."""
        if not h.wait_for(lambda: interaction not in (self.agent().get("wrapUps") or [])
                          and interaction not in (self.agent().get("interactions") or []), timeout, 0.3):
            raise Failure("the server still has the wrap-up of %s owed by a1 %d s after it was submitted "
                          "(a1: %s)" % (interaction, timeout, self.agent()))
        # The store writes behind the engine: give it a few seconds to reach the file.
        rows = h.wait_for(lambda: [r for r in self.stored_wrap_ups(interaction) if r[0] == AGENT], 8, 0.5) or []
        time.sleep(1.0)
        rows = self.stored_wrap_ups(interaction)
        mine = [r for r in rows if r[0] == AGENT]
        if len(mine) != 1:
            raise Failure("the server holds %d wrap-ups of %s by a1, not exactly one: %s" % (len(mine), interaction, mine))
        if mine[0][1] != DISPOSITION_CODE or (mine[0][2] or "") != notes:
            raise Failure("the server's wrap-up of %s is %r with notes %r; expected %r with %r"
                          % (interaction, mine[0][1], mine[0][2], DISPOSITION_CODE, notes))

    # ---------------------------------------------------------------- screen
    def shot(self, step):
        return self.screen.shot(step)

    def fail(self, message, hard=False):
        """A soft failure goes on with the scenario; a hard one ends it."""
        self.failures.append(message)
        self.dump_tree("failure-%d" % len(self.failures))
        if hard:
            raise Failure(message)

    def dump_tree(self, label):
        try:
            if self.app:
                h.dump(self.app, os.path.join(self.out, "%02d-%s-tree.txt" % (self.screen.n, label)))
        except Exception:
            pass

    def main_window(self, timeout=5):
        role, wanted = UI["main window"]
        return h.wait_for(lambda: self.window_acc(wanted, roles=(role,)), timeout, 0.3)

    def window_acc(self, title, roles=("frame", "window", "dialog", "alert")):
        for w in h.top_levels(self.app):
            if h.role(w) in roles and name_test(title)(h.name(w)) and h.showing(w):
                return w
        return None

    def find(self, entry, within=None, timeout=5, enabled=None):
        """The control of UI[entry] that is showing (and enabled, if asked), or None."""
        role, wanted = UI[entry]
        test = name_test(wanted)

        def look():
            roots = [within] if within is not None else [w for w in h.top_levels(self.app) if h.showing(w)]
            found = []
            for r in roots:
                for a in h.walk(r, showing_only=True):
                    if h.role(a) == role and test(h.name(a)) and h.showing(a):
                        if enabled is None or h.enabled(a) == enabled:
                            found.append(a)
            # a control on its way out (a panel being replaced) can still be in the tree: the one an
            # agent sees is the one with room on screen
            visible = [a for a in found if self.on_screen(a, entry) is None]
            return (visible or found or [None])[0]
        return h.wait_for(look, timeout, 0.25)

    def visible_extents(self, acc):
        """acc's extents clipped by every ancestor's: the part that can be on screen."""
        x, y, w, hgt = h.extents(acc)
        x2, y2 = x + w, y + hgt
        p = acc
        for _ in range(60):
            try:
                p = p.parent
            except Exception:
                break
            if p is None or h.role(p) == "application":
                break
            if h.role(p) in ("menu", "menu bar"):
                # a menu's items are in its popup, which the tree puts under the menu's title
                continue
            px, py, pw, ph = h.extents(p)
            if pw <= 0 or ph <= 0 or px < -100000:
                continue
            x, y, x2, y2 = max(x, px), max(y, py), min(x2, px + pw), min(y2, py + ph)
        return x, y, max(0, x2 - x), max(0, y2 - y)

    def on_screen(self, acc, what):
        """Why acc is not something an agent can see and click, or None when it is."""
        if acc is None:
            return "no %s showing" % what
        if not h.showing(acc):
            return "%s is not SHOWING" % what
        if not h.name(acc).strip():
            return "%s has no accessible name" % what
        x, y, w, hgt = self.visible_extents(acc)
        if w < 8 or hgt < 8:
            return "%s is %dx%d px on screen (clipped by its parents; extents %s)" % (what, w, hgt, h.extents(acc))
        return None

    def click(self, entry, within=None, timeout=5, what=None, enabled=None):
        what = what or "%s (%s)" % (entry, spec_text(entry))
        acc = self.find(entry, within, timeout, enabled)
        why = self.on_screen(acc, what)
        if why:
            return why
        if not h.enabled(acc):
            return "%s is showing but disabled" % what
        x, y, w, hgt = self.settled_extents(acc)
        h.click_at(x + w // 2, y + hgt // 2)
        return None

    def settled_extents(self, acc, timeout=2):
        """acc's visible extents once they stay the same for 0.2 s: a bar laid out again as the
        agent's state changes moves its buttons, and a click aimed before that lands beside them."""
        last = self.visible_extents(acc)
        deadline = time.time() + timeout
        while time.time() < deadline:
            time.sleep(0.2)
            now = self.visible_extents(acc)
            if now == last:
                return now
            last = now
        return last

    def click_or_fail(self, entry, within=None, timeout=5, hard=True, enabled=None):
        why = self.click(entry, within, timeout, enabled=enabled)
        if why:
            self.fail(why, hard)
        return why is None

    def type_into(self, entry, text, within=None, index_fallback=None, timeout=5):
        role, _ = UI[entry]
        acc = self.find(entry, within, timeout)
        if acc is None and index_fallback is not None and within is not None:
            fields = [a for a in h.walk(within, showing_only=True) if h.role(a) == role and h.showing(a)]
            self.fail("no %s (%s) in %s; text fields there: %s" % (
                entry, spec_text(entry), h.name(within).strip() or h.role(within),
                [h.name(f) for f in fields] or "none"))
            acc = fields[index_fallback] if len(fields) > index_fallback else None
        why = self.on_screen(acc, entry) if acc is not None and h.name(acc).strip() else (
            None if acc is not None else "no %s showing" % entry)
        if acc is None:
            self.fail(why, hard=True)
        x, y, w, hgt = self.visible_extents(acc)
        h.click_at(x + min(w // 2, 40), y + hgt // 2)
        time.sleep(0.15)
        h.type_text(text)
        time.sleep(0.2)
        return acc

    def texts(self):
        out = []
        for w in h.top_levels(self.app):
            if h.showing(w):
                out.extend(h.visible_texts(w))
        return out

    def text_shown(self, pattern, timeout=3):
        test = name_test(pattern) if not hasattr(pattern, "search") else (lambda t: bool(pattern.search(t)))
        return h.wait_for(lambda: next((t for t in self.texts() if test(t)), None), timeout, 0.3)

    def announced(self, pattern, timeout=3):
        """The text of a showing alert in the workbench window that matches pattern (what a screen
        reader reads out as it shows), or None."""
        def look():
            window = self.main_window(timeout=0.5)
            if window is None:
                return None
            for a in h.walk(window, showing_only=True):
                if h.role(a) == "alert" and h.showing(a) and pattern.search(h.name(a)):
                    return h.name(a)
            return None
        return h.wait_for(look, timeout, 0.25)

    def dialog_texts(self):
        """The texts of every showing window other than the workbench: what a stuck step left open."""
        found = []
        for w in h.top_levels(self.app) if self.desktop and self.desktop.alive() else []:
            if h.showing(w) and not name_test(UI["main window"][1])(h.name(w)):
                found.append("%s %r: %s" % (h.role(w), h.name(w), " | ".join(h.visible_texts(w))[:300]))
        return found or "none"

    def desktop_warnings(self, last=5):
        """The desktop log's last warnings and errors, to tell why a step did not happen."""
        log = os.path.join(self.data, "desktop", ".metadata", "logs", "switchboard.log")
        try:
            with open(log, errors="replace") as f:
                lines = [l.strip() for l in f if "log out" in l
                         or ("org.switchboard" in l and (" WARN " in l or " ERROR " in l))]
        except OSError as e:
            return "unreadable (%s)" % e
        return " / ".join(lines[-last:]) or "no warnings"

    def x_window(self, title):
        """The viewable X window titled title (the first), or None."""
        out = h.x_output(["xdotool", "search", "--onlyvisible", "--name", "^%s\\s*$" % re.escape(title)])
        ids = [int(i) for i in out.split()]
        return ids[0] if ids else None

    def painted_window(self, title, image=None, before=None):
        """(window id, rectangle, verdict, measure): is the window titled title painted on screen?
        Its rectangle must hold more than a blank shell (colours, edges) and, when the screen before it
        appeared is given, differ from what was there."""
        wid = self.x_window(title)
        if wid is None:
            return None, None, False, "no viewable window '%s'" % title
        x, y, w, hgt, viewable = h.window_geometry(hex(wid))
        if not viewable or w < 8 or hgt < 8:
            return wid, (x, y, w, hgt), False, "window '%s' is %dx%d%s" % (title, w, hgt, "" if viewable else ", not viewable")
        image = image or self.screen.grab()
        inner = (x + 3, y + 3, w - 6, hgt - 6)
        ok, colours, edges = h.painted(image, inner, PAINT_MIN_COLOURS, PAINT_MIN_EDGES)
        measure = "%d colours, %.2f%% edge pixels in %dx%d at %d,%d" % (colours, edges * 100, w, hgt, x, y)
        if before is not None:
            moved = h.changed(before, image, (x, y, w, hgt))
            measure += "; %.1f%% of its pixels changed from the screen before it" % (moved * 100)
            ok = ok and moved >= 0.03
        return wid, (x, y, w, hgt), ok, measure

    def controls_painted(self, acc, rect, image=None):
        """Why the named buttons and labels of window acc are not drawn where the tree says, or None.
        At least one push button must be showing, named, of a real size inside the window, with
        pixels drawn there."""
        image = image or self.screen.grab()
        x0, y0, w0, h0 = rect
        bad, good_buttons = [], 0
        for a in h.walk(acc, showing_only=False):
            r = h.role(a)
            if r not in ("push button", "label"):
                continue
            n = h.name(a).strip()
            if not n:
                continue
            x, y, w, hgt = self.visible_extents(a)
            where = "%s '%s'" % (r, n)
            if not h.showing(a):
                bad.append(where + " not SHOWING")
                continue
            if w < 8 or hgt < 8:
                bad.append("%s %dx%d px" % (where, w, hgt))
                continue
            if x < x0 or y < y0 or x + w > x0 + w0 + 1 or y + hgt > y0 + h0 + 1:
                bad.append("%s outside its window" % where)
                continue
            ok, colours, edges = h.painted(image, (x, y, w, hgt), 3, 0.005)
            if not ok:
                bad.append("%s blank on screen (%d colours)" % (where, colours))
                continue
            if r == "push button":
                good_buttons += 1
        if bad or not good_buttons:
            return "%s%s" % ("; ".join(bad[:8]), "" if good_buttons else "; no push button painted")
        return None

    def on_top(self, wid, rect):
        """Why the window is not on top (covered, or its pixels differ from the screen's), or None."""
        over = xlib.covering(wid, rect)
        if over is None:
            return "window 0x%x is not among the top-level windows" % wid
        if over:
            return "covered by %s" % ", ".join("0x%x %dx%d+%d+%d" % (t["id"], t["w"], t["h"], t["x"], t["y"]) for t in over)
        root = self.screen.grab()
        own = self.screen.grab(hex(wid))
        if root is None or own is None:
            return "no screenshot of window 0x%x" % wid
        x, y, w, hgt = rect
        crop = root.crop((x, y, x + w, y + hgt))
        if own.size != crop.size:
            own = own.crop((0, 0, min(w, own.size[0]), min(hgt, own.size[1])))
            crop = crop.crop((0, 0, own.size[0], own.size[1]))
        differ = h.same_pixels(crop, own)
        if differ > 0.02:
            return "%.0f%% of its pixels differ on the screen" % (differ * 100)
        return None

    def popover_check(self, title, started_ms, label, before, deadline_ms=POPOVER_DEADLINE_MS):
        """Waits for the popover titled title to be painted and on top; records the time since
        started_ms, which must be within deadline_ms; returns (window id, accessible window);
        failures are soft."""
        deadline = started_ms + 5000
        verdict, wid, rect, measure, seen = False, None, None, "", None
        while h.now_ms() < deadline:
            image = self.screen.grab()
            wid, rect, verdict, measure = self.painted_window(title, image=image, before=before)
            if verdict:
                # Judged again on a fresh screenshot, at the same place: a window that is still
                # being moved or sized, or painted for an instant, does not count.
                seen = h.now_ms()
                again = self.screen.grab()
                wid2, rect2, verdict, measure = self.painted_window(title, image=again, before=before)
                if verdict and rect2 == rect:
                    image = again
                    break
                verdict = False
            time.sleep(0.03)
        elapsed = (seen if verdict else h.now_ms()) - started_ms
        self.screen.save(image, label)
        acc = self.window_acc(title, roles=("window", "frame", "dialog", "alert"))
        if verdict:
            self.timings[label] = int(elapsed)
            if elapsed > deadline_ms:
                self.fail("the %s popover was painted %d ms after the POST (limit %d ms)"
                          % (label, elapsed, deadline_ms))
        else:
            self.timings[label] = None
            self.fail("the %s popover was not painted within 5 s of the POST: %s" % (label, measure))
        if acc is None:
            self.fail("no showing AT-SPI window '%s' for the %s popover" % (title, label))
        elif not any(h.role(a) == "alert" for a in h.walk(acc, max_depth=4, showing_only=True)):
            self.fail("the %s popover holds no alert in the accessibility tree: a screen reader does not "
                      "read it out when it shows" % label)
        elif rect is not None:
            why = self.controls_painted(acc, rect)
            if why:
                self.fail("the %s popover's controls are not on screen: %s" % (label, why))
        if wid is not None and verdict:
            why = self.on_top(wid, rect)
            if why:
                self.fail("the %s popover is not on top: %s" % (label, why))
        return wid, acc

    def wait_dialog(self, title, timeout=8):
        return h.wait_for(lambda: self.window_acc(title, roles=("dialog", "frame", "window", "alert")), timeout, 0.3)

    def dialog_check(self, title, label):
        acc = self.wait_dialog(title)
        self.shot(label)
        if acc is None:
            return None
        wid, rect, ok, measure = h.wait_for(lambda: (lambda r: r if r[2] else None)(self.painted_window(title)), 3, 0.2) \
            or self.painted_window(title)
        if not ok:
            self.fail("the '%s' dialog is not painted: %s" % (title, measure))
        else:
            why = self.controls_painted(acc, rect) or self.on_top(wid, rect)
            if why:
                self.fail("the '%s' dialog is not painted and on top: %s" % (title, why))
        return acc


# =================================================================================================
# Scenarios
# =================================================================================================

def wrap_up(run, interaction, notes, label):
    """The wrap-up dialog: a reason found by search, typed notes, submitted; then the server holds it once."""
    dialog = run.dialog_check(UI["wrap-up dialog"], label + "-wrap-up-dialog")
    if dialog is None:
        run.fail("no '%s' dialog showing after the %s ended" % (UI["wrap-up dialog"], label), hard=True)
    run.type_into("wrap-up search", DISPOSITION_SEARCH, within=dialog, index_fallback=0)
    run.type_into("wrap-up notes", notes, within=dialog, index_fallback=1)
    run.shot(label + "-wrap-up-typed")
    run.click_or_fail("wrap-up submit", within=dialog)
    time.sleep(0.5)
    run.shot(label + "-wrap-up-submitted")
    run.check_wrap_up_once(interaction, notes)


def focus_workbench(run):
    """The keyboard focus in the workbench window, where an agent at work has it: the window
    activated (window manager) or given the focus (none), the pointer resting on it."""
    wid = run.x_window("Switchboard")
    if wid is None:
        return
    x, y, w, hgt, _ = h.window_geometry(hex(wid))
    h.xdotool("mousemove", x + w // 2, y + hgt // 2)
    if run.mode == "openbox":
        h.xdotool("windowactivate", "--sync", wid)
    else:
        h.xdotool("windowfocus", "--sync", wid)
    time.sleep(0.2)


def click_into_workbench(run):
    """A click on a part of the workbench that does nothing (the agent-state bar's time in state),
    which gives the window the focus under any window manager."""
    run.click("time in state", timeout=2)
    time.sleep(0.3)


def accept_by_key(run, channel, interaction, label):
    sequence = accept_key(run.bindings, channel)
    if sequence is None:
        run.fail("the desktop has no key binding to accept an offered %s (no command named /%s/ bound in "
                 "the %s bundle's fragment.e4xmi or plugin.xml, nor in org.switchboard.ui)"
                 % (channel, ACCEPT_COMMAND.pattern, "voice" if channel == "call" else "chat"), hard=True)
    keys = xdotool_keys(sequence[0])
    run.notes.append("%s accept key %s (%s)" % (channel, keys, sequence[1]))
    focus_workbench(run)
    h.key(keys)
    accepted = lambda: interaction in (run.agent().get("interactions") or []) and not run.offered_to(interaction)
    if not h.wait_for(accepted, 5, 0.2):
        # A window manager can hand the focus to the popover just mapped after the workbench was
        # activated; the press then goes to the popover. Said in the results, not hidden.
        run.notes.append("%s: the first press of %s went unheard, pressed again" % (label, keys))
        focus_workbench(run)
        h.key(keys)
    if not h.wait_for(accepted, 5, 0.2):
        # As an agent would: a click on the window's agent-state line, then the key once more.
        run.notes.append("%s: the second press of %s went unheard too, clicked into the window and pressed again"
                         % (label, keys))
        click_into_workbench(run)
        h.key(keys)
    if not h.wait_for(accepted, 5, 0.2):
        run.fail("pressing %s (%s) did not accept the %s %s (a1: %s)" % (keys, sequence[1], label, interaction,
                                                                           run.agent()), hard=True)


def accept_by_pointer(run, popover, interaction, label):
    why = run.click("accept", within=popover, timeout=2)
    if why:
        run.fail("the %s could not be accepted with the pointer: %s" % (label, why))
        return False
    if not h.wait_for(lambda: interaction in (run.agent().get("interactions") or [])
                      and not run.offered_to(interaction), 5, 0.2):
        run.fail("clicking Accept did not accept the %s %s (a1: %s)" % (label, interaction, run.agent()))
        return False
    return True


def scenario_call(run):
    """Call offered, accepted by pointer; a second by key; hold, resume, consult a2, conference, end,
    wrap-up with typed notes, arriving once."""
    before = run.screen.grab()
    start = h.now_ms()
    call = run.inject_call()
    _, popover = run.popover_check(UI["call popover"], start, "call-offered", before)
    if not accept_by_pointer(run, popover, call, "call"):
        # Recorded; the rest of the scenario still tells what works, with the call accepted by key.
        accept_by_key(run, "call", call, "call")
    run.shot("call-accepted")
    if not run.text_shown(UI["connected text"], 5):
        run.fail("the connected call shows no text /%s/ in the Voice view" % UI["connected text"].pattern)
    run.click_or_fail("hold")
    if not run.text_shown(UI["held text"], 5):
        run.fail("after Hold, no text /%s/ is showing" % UI["held text"].pattern)
    run.shot("call-held")
    run.click_or_fail("resume")
    if not h.wait_for(lambda: run.find("hold", timeout=0, enabled=True), 5, 0.3):
        run.fail("after Resume, Hold is not enabled again")
    run.shot("call-resumed")
    # Consult a2, who takes it over REST; then a conference of three.
    consult_second_agent(run, call)
    consult_on_hold(run)
    run.click_or_fail("conference", timeout=8)
    if not h.wait_for(lambda: (run.a2.get("interactions/%s" % call)[1] or {}).get("state") == "CONFERENCE", 5, 0.3):
        run.fail("the call is not a conference after Conference (as a2 sees it: %s)"
                 % (run.a2.get("interactions/%s" % call)[1] or {}).get("state"), hard=True)
    run.shot("call-conference")
    run.click_or_fail("end call")
    run.shot("call-ended")
    # a2 leaves the customer too, so that the call is over for everyone.
    h.wait_for(lambda: run.a2.act(call, "RELEASE")[0] == 202, 2, 0.5)
    notes1 = "Customer asked about order 4471; consulted Ben."
    wrap_up(run, call, notes1, "call")
    end_second_agent(run, call)
    # The second call, accepted by key.
    before = run.screen.grab()
    start = h.now_ms()
    call2 = run.inject_call("Omar Haddad", "+12015550199")
    run.popover_check(UI["call popover"], start, "second-call-offered", before)
    accept_by_key(run, "call", call2, "second call")
    run.shot("second-call-accepted")
    run.click_or_fail("end call")
    wrap_up(run, call2, "Second call: resolved at once.", "second-call")


def replace_text(run, entry, text, within):
    """Selects what a field holds and types text over it, as an agent corrects a prefilled value."""
    acc = run.find(entry, within)
    why = run.on_screen(acc, "%s (%s)" % (entry, spec_text(entry)))
    if why:
        run.fail(why, hard=True)
    x, y, w, hgt = run.visible_extents(acc)
    h.click_at(x + min(w // 2, 40), y + hgt // 2)
    time.sleep(0.15)
    h.key("ctrl+a")
    h.type_text(text)
    time.sleep(0.2)


def scenario_follow_up(run):
    """A call back scheduled in a call's wrap-up, due in two minutes with the reminder 15 minutes
    before: the reminder comes at once, announced and in a popover; Call back dials the customer."""
    import datetime
    call = run.inject_call()
    _, popover = run.popover_check(UI["call popover"], h.now_ms(), "follow-up-call-offered", run.screen.grab())
    if not accept_by_pointer(run, popover, call, "call"):
        run.fail("the call could not be accepted", hard=True)
    run.click_or_fail("end call")
    dialog = run.dialog_check(UI["wrap-up dialog"], "follow-up-wrap-up-dialog")
    if dialog is None:
        run.fail("no '%s' dialog showing after the call ended" % UI["wrap-up dialog"], hard=True)
    run.type_into("wrap-up search", DISPOSITION_SEARCH, within=dialog, index_fallback=0)
    run.click_or_fail("follow-up check", within=dialog)
    due = datetime.datetime.now() + datetime.timedelta(minutes=2)
    replace_text(run, "follow-up date", due.strftime("%Y-%m-%d"), dialog)
    replace_text(run, "follow-up time", due.strftime("%H:%M"), dialog)
    run.shot("follow-up-typed")
    before = run.screen.grab()
    start = h.now_ms()
    run.click_or_fail("wrap-up submit", within=dialog)
    _, reminder = run.popover_check(UI["reminder popover"], start, "follow-up-reminder", before,
                                    REMINDER_DEADLINE_MS)
    if not run.announced(UI["reminder text"], 5):
        run.fail("the agent-state bar announced no /%s/" % UI["reminder text"].pattern)
    run.shot("follow-up-reminder-shown")
    if reminder is None:
        run.fail("no reminder popover to call back from", hard=True)
    known = set(run.agent().get("interactions") or [])
    run.click_or_fail("reminder call back", within=reminder)
    dialled = h.wait_for(lambda: set(run.agent().get("interactions") or []) - known, 10, 0.3)
    if not dialled:
        run.fail("Call back in the reminder placed no call (a1: %s)" % run.agent(), hard=True)
    run.shot("follow-up-called-back")
    back = next(iter(dialled))
    status, _ = run.sim.call("POST", "sim/interactions/%s/outbound-answered" % back)
    run.click_or_fail("end call", timeout=8)
    wrap_up(run, back, "Called back: the refund arrived.", "follow-up-call-back")


def consult_second_agent(run, call):
    """Consult a2 from the Consult dialog; a2 accepts over REST."""
    run.click_or_fail("consult")
    dialog = run.dialog_check(UI["consult dialog"], "consult-dialog")
    if dialog is None:
        run.fail("no '%s' dialog after Consult" % UI["consult dialog"], hard=True)
    run.type_into("consult target", SECOND, within=dialog, index_fallback=1)
    run.click_or_fail("consult submit", within=dialog)
    if not h.wait_for(lambda: call in (run.agent(SECOND).get("offers") or []), 5, 0.2):
        run.fail("a2 was not offered the consult of %s (a2: %s)" % (call, run.agent(SECOND)), hard=True)
    status, body = run.a2.act(call, "ACCEPT_CONSULT")
    if status != 202:
        run.fail("a2 could not accept the consult: %s %s" % (status, body), hard=True)


SECURE_ACCOUNT = "DE89370400440532013000"


def secure_reveal(run):
    """Secure call data: masked, "Click to try again" shows the value for a few seconds, then it is
    masked again."""
    if not run.text_shown(UI["masked text"], 5):
        run.fail("the secure account number is not shown masked (no text /%s/)" % UI["masked text"].pattern)
    if not run.click_or_fail("reveal", hard=False, enabled=True):
        return
    if not run.text_shown(P("^" + SECURE_ACCOUNT + "$"), 5):
        run.fail("after Click to try again the account number's value is not shown")
    run.shot("secure-value-revealed")
    if not h.wait_for(lambda: not any(t == SECURE_ACCOUNT for t in run.texts()), 10, 0.3):
        run.fail("the revealed account number was not masked again within 10 s")


def scenario_call_data_during_consult(run):
    """Call data during a consult: a1 edits the order total while the consulted a2 saves it; the saved
    value shows first in a1's field and a1 is told who saved what."""
    before = run.screen.grab()
    start = h.now_ms()
    call = run.sim.inject("calls", {"queueId": CALL_QUEUE, "callerName": "Hana Ruiz", "callerNumber": "+12015550144",
                                   "cad": {"customerName": "Hana Ruiz", "orderTotal": "42.50",
                                           "accountNumber": SECURE_ACCOUNT}})
    _, popover = run.popover_check(UI["call popover"], start, "cad-call-offered", before)
    if not accept_by_pointer(run, popover, call, "call"):
        accept_by_key(run, "call", call, "call")
    secure_reveal(run)
    consult_second_agent(run, call)
    if not run.text_shown(UI["consulting text"], 8):
        run.fail("a2 accepted, but no text /%s/ is showing" % UI["consulting text"].pattern, hard=True)
    if not h.wait_for(lambda: "EDIT_CAD" in ((run.a2.get("interactions/%s" % call)[1] or {}).get("allowedActions") or []),
                      5, 0.2):
        run.fail("the consulted agent a2 may not edit the call data", hard=True)
    run.click_or_fail("order total")
    field = run.find("order total")
    h.key("ctrl+a")
    h.type_text("99.00")
    time.sleep(0.3)
    status, body = run.a2.act(call, "EDIT_CAD", name="orderTotal", value="150.00", version=0)
    if status != 202:
        run.fail("a2 could not save the order total: %s %s" % (status, body), hard=True)
    if not h.wait_for(lambda: h.texts_of(field) and "150.00" in " ".join(h.texts_of(field)), 5, 0.3):
        run.fail("a1's order total field does not show a2's saved 150.00 (it shows %s)" % h.texts_of(field))
    if not run.text_shown(UI["replaced text"], 5):
        run.fail("a1 was not told that a2's save replaced the edit (no text /%s/)" % UI["replaced text"].pattern)
    run.shot("call-data-saved-by-consulted-agent")
    run.click_or_fail("end consult")
    wrap_up(run, call, "Order total corrected by Ben.", "cad-call")
    end_second_agent(run, call)


REJECTED_AGAIN_S = 6
CONFIGURED_REASONS = ["Break", "Lunch", "Meeting", "Training"]   # the demo server's, not the core's defaults


def configured_reasons(run):
    """The Not Ready reasons of the agent-state bar are the server's configuration: the combo lists the
    demo's reasons including Training, which the desktop alone does not know."""
    combo = h.wait_for(lambda: next((a for a in h.walk(run.main_window(), showing_only=True)
                                     if h.role(a) == "combo box"), None), 5, 0.3)
    if combo is None:
        run.fail("no Not Ready reason combo box showing in the agent-state bar")
        return
    items = [h.name(a) for a in h.walk(combo) if h.role(a) == "menu item"]
    if items != CONFIGURED_REASONS:
        run.fail("the Not Ready reasons are %s, not the server's %s" % (items, CONFIGURED_REASONS))
    run.shot("configured-reasons")


def scenario_reject_and_call_limit(run):
    """On a server whose administrator set a rejected-offer interval and a limit of one concurrent call:
    a rejected call is not offered to a1 again within the interval, and is once it is over; at the limit
    a Ready a2 is not offered a waiting call, a1's desktop says why, and once a1's call ends a2 is
    offered it and a1's desktop says so."""
    run.server_env = {"SWITCHBOARD_OFFER_REJECTED_AGAIN": str(REJECTED_AGAIN_S), "SWITCHBOARD_CALL_LIMIT": "1"}
    run.fresh_products()
    configured_reasons(run)
    before = run.screen.grab()
    start = h.now_ms()
    call = run.inject_call("Iris Vos", "+12015550177")
    _, popover = run.popover_check(UI["call popover"], start, "rejected-call-offered", before)
    why = run.click("decline call", within=popover, timeout=2)
    if why:
        run.fail("the call could not be declined with the pointer: %s" % why, hard=True)
    declined = time.monotonic()
    if not run.text_shown(UI["rejected again text"], 3):
        run.fail("after Decline no text /%s/ is showing" % UI["rejected again text"].pattern)
    run.shot("call-rejected")
    if h.wait_for(lambda: run.offered_to(call), REJECTED_AGAIN_S - 1.5, 0.2):
        run.fail("the rejected call was offered to a1 again %.1f s after, within the %d s interval"
                 % (time.monotonic() - declined, REJECTED_AGAIN_S))
    if not h.wait_for(lambda: run.offered_to(call), 6, 0.2):
        run.fail("the rejected call was not offered to a1 again after the %d s interval (a1: %s)"
                 % (REJECTED_AGAIN_S, run.agent()), hard=True)
    run.timings["offered again after s"] = round(time.monotonic() - declined, 1)
    popover = h.wait_for(lambda: run.window_acc(UI["call popover"]), 5, 0.2)
    run.shot("rejected-call-offered-again")
    if popover is None or not accept_by_pointer(run, popover, call, "call"):
        accept_by_key(run, "call", call, "call")
    # The concurrent-call limit: a1's call is the one call the contact center may have.
    run.a2.state("READY")
    waiting = run.sim.inject("calls", {"queueId": "support", "callerName": "Omar Haddad", "callerNumber": "+12015550199"})
    if h.wait_for(lambda: run.offered_to(waiting, SECOND), 2, 0.2):
        run.fail("a2 was offered a second call at the limit of one concurrent call")
    if not run.text_shown(UI["call limit text"], 5):
        run.fail("at the limit, a1's desktop shows no text /%s/" % UI["call limit text"].pattern)
    run.shot("call-limit-reached")
    run.click_or_fail("end call")
    if not h.wait_for(lambda: run.offered_to(waiting, SECOND), 5, 0.2):
        run.fail("a1's call ended, but the waiting call was not offered to a2 (a2: %s)" % run.agent(SECOND))
    if not run.text_shown(UI["below limit text"], 5):
        run.fail("below the limit again, a1's desktop shows no text /%s/" % UI["below limit text"].pattern)
    run.shot("call-limit-cleared")
    wrap_up(run, call, "Rejected once, taken when offered again.", "limit-call")
    run.a2.act(waiting, "ANSWER")
    end_second_agent(run, waiting)
    run.server_env = {}


def consult_on_hold(run):
    """Consult on hold: the consulted agent's panel has its own Hold (the customer's is disabled, as
    both are never held at once); held, the consult says so and agent 1 is back with the customer."""
    if not run.text_shown(UI["consulting text"], 8):
        run.fail("a2 accepted, but no text /%s/ is showing" % UI["consulting text"].pattern)
    if not run.click_or_fail("hold", timeout=5, hard=False, enabled=True):
        return
    if not run.text_shown(UI["consult held text"], 5):
        run.fail("after Hold on the consulted agent, no text /%s/ is showing" % UI["consult held text"].pattern)
    if not run.text_shown(UI["connected text"], 5):
        run.fail("with the consulted agent on hold the customer's panel does not say Connected")
    run.shot("call-consult-on-hold")
    run.click_or_fail("resume", enabled=True, hard=False)
    if not run.text_shown(UI["consulting text"], 5):
        run.fail("after Resume on the consulted agent, no text /%s/ is showing" % UI["consulting text"].pattern)


def end_second_agent(run, interaction):
    """a2 wraps up over REST whatever it owes, and is Not Ready again."""
    for _ in range(3):
        a = run.agent(SECOND)
        if interaction in (a.get("wrapUps") or []) or interaction in (a.get("interactions") or []):
            run.a2.act(interaction, "RELEASE")
            run.a2.act(interaction, "END")
            run.a2.act(interaction, "WRAP_UP", disposition=DISPOSITION_CODE, notes="")
            time.sleep(0.5)
    run.second_not_ready()


def scenario_chat(run):
    """Chat offered, accepted by pointer (and another by key), reply typed and sent, the customer's
    message shown, ended and wrapped up; a declined chat goes on to a2 at once and the desktop says why."""
    before = run.screen.grab()
    start = h.now_ms()
    chat = run.inject_chat()
    _, popover = run.popover_check(UI["chat popover"], start, "chat-offered", before)
    if not accept_by_pointer(run, popover, chat, "chat"):
        accept_by_key(run, "chat", chat, "chat")
    run.shot("chat-accepted")
    reply = "Hello Ines, how can I help?"
    run.type_into("chat input", reply)
    run.click_or_fail("chat send")
    if not run.text_shown(P(re.escape(reply)), 5):
        run.fail("the reply typed and sent is not showing in the chat")
    said = "My parcel 88-1192 never arrived."
    status, _ = run.sim.call("POST", "sim/interactions/%s/messages" % chat, {"text": said})
    if status not in (200, 204):
        run.fail("the customer's message could not be sent: %s" % status, hard=True)
    if not run.text_shown(P(re.escape(said)), 3):
        run.fail("the customer's message is not showing in the chat within 3 s")
    if not run.announced(re.compile("Ines Duarte.*" + re.escape(said)), 3):
        run.fail("the customer's message was not announced: no showing alert in the window names "
                 "Ines Duarte and the message")
    run.shot("chat-conversation")
    run.click_or_fail("chat end")
    wrap_up(run, chat, "Parcel traced; courier called.", "chat")
    # A second chat, accepted by key.
    before = run.screen.grab()
    start = h.now_ms()
    chat2 = run.inject_chat("Ravi Patel")
    run.popover_check(UI["chat popover"], start, "second-chat-offered", before)
    accept_by_key(run, "chat", chat2, "second chat")
    run.click_or_fail("chat end")
    wrap_up(run, chat2, "", "second-chat")
    # Declined: a2 (Ready now) gets it within 2 s; the desktop says why the request went.
    before = run.screen.grab()
    start = h.now_ms()
    chat3 = run.inject_chat("Lea Novak")
    wid, popover = run.popover_check(UI["chat popover"], start, "declined-chat-offered", before)
    run.a2.state("READY")
    why = run.click("decline chat", within=popover, timeout=2)
    if why:
        run.fail("the chat could not be declined with the pointer: %s" % why, hard=True)
    declined = h.now_ms()
    rerouted = h.wait_for(lambda: chat3 in (run.agent(SECOND).get("offers") or [])
                          or chat3 in (run.agent(SECOND).get("interactions") or []), REROUTE_DEADLINE_S + 3, 0.1)
    run.timings["declined chat to a2"] = int(h.now_ms() - declined) if rerouted else None
    if not rerouted or h.now_ms() - declined > REROUTE_DEADLINE_S * 1000 + 300:
        run.fail("the declined chat was not offered to a2 within %d s (a2: %s)" % (REROUTE_DEADLINE_S, run.agent(SECOND)))
    if not run.text_shown(UI["declined text"], 3):
        run.fail("after declining, the desktop shows no text /%s/ saying why the request went"
                 % UI["declined text"].pattern)
    run.shot("chat-declined")
    run.a2.act(chat3, "ACCEPT")
    run.a2.act(chat3, "END")
    run.a2.act(chat3, "WRAP_UP", disposition=DISPOSITION_CODE, notes="")
    run.second_not_ready()


def customer_mail(run, sender, name, subject, text):
    """A customer's mail to the email service, over SMTP to the server's embedded mail server."""
    message = email.message.EmailMessage()
    message["From"] = email.utils.formataddr((name, sender))
    message["To"] = SERVICE_MAILBOX
    message["Subject"] = subject
    message["Message-ID"] = email.utils.make_msgid(domain="customers.test")
    message.set_content(text)
    with smtplib.SMTP("127.0.0.1", run.server.smtp_port(), timeout=10) as smtp:
        smtp.send_message(message)


def offered_email(run, timeout=15):
    """The interaction offered to a1 (an email: a1 was free and nothing else was sent)."""
    offers = h.wait_for(lambda: run.agent().get("offers"), timeout, 0.1)
    if not offers:
        run.fail("the customer's mail was not offered to a1 within %d s (a1: %s)" % (timeout, run.agent()), hard=True)
    return offers[0]


def scenario_email(run):
    """Email offered; left ringing it goes back to its queue (RONA); Available offers it again in a
    popover painted on top; accepted by pointer, answered, wrapped up."""
    run.second_not_ready()   # a2 would otherwise get the email once it rang out at a1's desk
    before = run.screen.grab()
    customer_mail(run, "dana.whitfield@customers.test", "Dana Whitfield", "Where is my parcel?",
                  "Hello,\n\nmy order DE-4471 has not arrived.\n\nDana")
    mail = offered_email(run)
    run.popover_check(UI["email popover"], h.now_ms(), "email-offered", before)
    if not h.wait_for(lambda: run.agent().get("state") == "RONA", OFFER_TIMEOUT_S + 10, 0.5):
        run.fail("the email left ringing did not go to RONA (a1: %s)" % run.agent(), hard=True)
    rona = h.wait_for(lambda: run.window_acc(UI["rona popover"]), 5, 0.3)
    run.shot("email-rona")
    if rona is None:
        run.fail("no popover /%s/ after the email rang out" % UI["rona popover"].pattern, hard=True)
    before = run.screen.grab()
    run.click_or_fail("rona available", within=rona)
    start = h.now_ms()
    if not h.wait_for(lambda: run.offered_to(mail), 10, 0.1):
        run.fail("after Available the email %s was not offered again (a1: %s)" % (mail, run.agent()), hard=True)
    _, popover = run.popover_check(UI["email popover"], start, "email-offered-again", before)
    if not accept_by_pointer(run, popover, mail, "email"):
        run.fail("the email offered again could not be accepted", hard=True)
    reply = "Dear Dana, your parcel left our depot this morning."
    run.type_into("email reply", reply)
    run.shot("email-reply-typed")
    run.click_or_fail("email send")
    wrap_up(run, mail, "Parcel traced.", "email")


def server_outage(run, sig, phase):
    """The server stops (sig) mid-call or mid-wrap-up; the wrap-up is typed while it is down; the
    server starts again on the same data and port; the wrap-up arrives once, or the desktop says
    precisely which was refused and why, with the text kept."""
    # The offer's popover is scenario 1's subject: here the call is taken with the key.
    call = run.inject_call("Maya Lind", "+12015550111")
    if not h.wait_for(lambda: run.offered_to(call), 5, 0.2):
        run.fail("the call %s was not offered to a1 (a1: %s)" % (call, run.agent()), hard=True)
    accept_by_key(run, "call", call, "call")
    notes = "Outage %s %s: customer will call back." % (phase, "SIGTERM" if sig == signal.SIGTERM else "kill -9")
    dialog = None
    if phase == "mid-wrap-up":
        run.click_or_fail("end call")
        dialog = run.dialog_check(UI["wrap-up dialog"], "outage-wrap-up-dialog")
        if dialog is None:
            run.fail("no wrap-up dialog after the call ended", hard=True)
    run.server.stop(sig)
    run.shot("server-stopped-%s" % phase)
    if not run.text_shown(UI["disconnected text"], 10):
        run.fail("with the server stopped (%s), the desktop shows no text /%s/ within 10 s"
                 % ("SIGTERM" if sig == signal.SIGTERM else "kill -9", UI["disconnected text"].pattern))
    if phase == "mid-call":
        # The agent cannot end the call while the server is down; the wrap-up comes once it is back.
        run.server.start()
        run.login_rest()
        dialog = run.dialog_check(UI["wrap-up dialog"], "outage-wrap-up-after-restart")
        if dialog is None:
            run.fail("after the restart, the call that ended with the server shows no wrap-up dialog "
                     "(a1 as the server sees it: %s)" % run.agent(), hard=True)
        wrap_up_typed(run, dialog, notes, "outage")
    else:
        wrap_up_typed(run, dialog, notes, "outage")
        if not run.text_shown(UI["pending text"], 5):
            run.fail("the wrap-up submitted while the server is down is not shown as pending (/%s/)"
                     % UI["pending text"].pattern)
        run.shot("outage-wrap-up-pending")
        run.server.start()
        run.login_rest()
    try:
        run.check_wrap_up_once(call, notes, timeout=30)
    except Failure as f:
        refused = run.text_shown(UI["refused text"], 1)
        if refused and notes in " ".join(run.texts()):
            run.notes.append("wrap-up refused after the outage, and the desktop said so: %r" % refused)
        else:
            run.fail("%s; nor does the desktop say which was refused and why with the text kept" % f, hard=True)
    run.shot("outage-after-restart")


def wrap_up_typed(run, dialog, notes, label):
    dialog = run.wait_dialog(UI["wrap-up dialog"], 3) or dialog
    run.type_into("wrap-up search", DISPOSITION_SEARCH, within=dialog, index_fallback=0)
    run.type_into("wrap-up notes", notes, within=dialog, index_fallback=1)
    run.click_or_fail("wrap-up submit", within=dialog)
    time.sleep(0.5)
    run.shot(label + "-wrap-up-submitted")


def scenario_outage_sigterm_mid_call(run):
    server_outage(run, signal.SIGTERM, "mid-call")


def scenario_outage_kill_mid_wrap_up(run):
    server_outage(run, signal.SIGKILL, "mid-wrap-up")


def logged_out(run, timeout=8):
    return h.wait_for(lambda: run.agent().get("state") == "LOGGED_OUT", timeout, 0.3)


def restart_desktop(run):
    if run.desktop:
        run.desktop.stop(signal.SIGKILL)
    run.start_desktop()


def scenario_logout(run):
    """A visible Log out control; File > Log out; closing the window (prompts when something is
    live, logs out otherwise); a killed desktop's agent stops being offered calls."""
    # 1. The Log out control.
    why = run.click("log out button", timeout=3)
    if why:
        run.fail("no visible Log out control: %s" % why)
    else:
        run.shot("logout-control")
        if not logged_out(run):
            run.fail("Log out did not log a1 out (a1: %s; dialogs: %s; desktop log: %s)"
                     % (run.agent(), run.dialog_texts(), run.desktop_warnings()))
        elif not run.text_shown(UI["logged out text"], 3):
            run.fail("after Log out the desktop shows no /%s/" % UI["logged out text"].pattern)
    restart_desktop(run)
    # 2. File > Log out.
    why = run.click("file menu", timeout=3)
    if why:
        run.fail("no File menu: %s" % why)
    else:
        time.sleep(0.4)
        run.shot("file-menu")
        why = run.click("log out menu item", timeout=3)
        if why:
            run.fail("no File > Log out: %s" % why)
            h.key("Escape")
        elif not logged_out(run):
            run.fail("File > Log out did not log a1 out (a1: %s; dialogs: %s; desktop log: %s)"
                     % (run.agent(), run.dialog_texts(), run.desktop_warnings()))
    restart_desktop(run)
    # 3. Closing the window with a call in progress prompts; without, it logs out.
    call = run.inject_call("Ana Silva", "+12015550122")
    h.wait_for(lambda: run.offered_to(call), 5, 0.2)
    accept_by_key(run, "call", call, "call")
    window = run.x_window("Switchboard")
    xlib.request_close(window)
    time.sleep(1.5)
    run.shot("close-while-live")
    prompt = None
    for w in h.top_levels(run.app) if run.desktop.alive() else []:
        if h.showing(w) and h.role(w) in ("dialog", "alert", "frame", "window") and w is not None \
                and not name_test(UI["main window"][1])(h.name(w)):
            if any(UI["close prompt"].search(t) for t in h.visible_texts(w)):
                prompt = w
    if not run.desktop.alive():
        run.fail("closing the window with a call in progress ended the desktop without asking", hard=True)
    if prompt is None:
        run.fail("closing the window with a call in progress shows no prompt (a dialog with text /%s/)"
                 % UI["close prompt"].pattern)
    else:
        run.click("close prompt cancel", within=prompt, timeout=2)
    time.sleep(0.5)
    if not run.desktop.alive():
        run.fail("the desktop exited after its close prompt was cancelled", hard=True)
    run.click_or_fail("end call")
    wrap_up(run, call, "Closing test.", "close")
    xlib.request_close(run.x_window("Switchboard"))
    if not logged_out(run, 10):
        run.fail("closing the window with nothing live did not log a1 out (a1: %s)" % run.agent().get("state"))
    h.wait_for(lambda: not run.desktop.alive(), 10, 0.3)
    run.shot("closed")
    # 4. A desktop killed: the server must stop offering calls to it.
    restart_desktop(run)
    run.desktop.stop(signal.SIGKILL)
    killed = h.now_ms()
    gone = h.wait_for(lambda: run.agent().get("state") in ("NOT_READY", "LOGGED_OUT"), PRESENCE_DEADLINE_S + 5, 0.5)
    run.timings["killed desktop to Not Ready"] = int(h.now_ms() - killed) if gone else None
    if not gone or h.now_ms() - killed > PRESENCE_DEADLINE_S * 1000:
        run.fail("a1 is still %s %d s after its desktop was killed (switchboard.presence.timeout)"
                 % (run.agent().get("state"), PRESENCE_DEADLINE_S), hard=True)
    call = run.inject_call("Tom Berg", "+12015550133")
    time.sleep(1.5)
    if run.offered_to(call):
        run.fail("a call was offered to a1 after its desktop was killed")


def bring_forward(run, pid):
    """The workbench window of desktop process pid on top (two desktops share the screen), and
    activated by the window manager if there is one, as an agent clicking on it has it."""
    for wid in h.x_output(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid), "--name", "^Switchboard"]).split():
        h.xdotool("windowraise", wid)
        if run.mode == "openbox":
            h.xdotool("windowactivate", "--sync", wid)
        # without a window manager the keyboard follows the pointer: a focus set here would keep
        # dialogs opened later (the wrap-up) from hearing what is typed
    time.sleep(0.4)


def on_desktop(run, app, pid):
    """What the suite's finders and clicks act on from now: the desktop of app, brought forward."""
    run.app = app
    bring_forward(run, pid)


def scenario_help_request(run):
    """A help request answered by a supervisor on a second desktop: s1 logs in to the same product and
    sees the team; a1 accepts a call and asks for help from its Team view with a note; the supervisor's
    desktop announces and lists it at once, the supervisor takes it, and a1's desktop says who did."""
    agent_app = run.app
    supervisor = h.Desktop(run.args.desktop, os.path.join(run.data, "supervisor"), run.out)
    supervisor.start(run.server.api, SUPERVISOR, SUPERVISOR_PASSWORD, ready=False,
                     configuration=os.path.join(run.data, "supervisor-configuration"))
    try:
        supervisor_app = h.wait_for(lambda: h.app_of(supervisor.pid), 60, 0.3)
        if not supervisor_app:
            run.fail("the supervisor's desktop did not appear in the AT-SPI desktop within 60 s", hard=True)
        run.app = supervisor_app
        if not run.main_window(60) or not run.text_shown(UI["supervising text"], 60):
            run.fail("the supervisor's desktop does not show s1 logged in as Supervising", hard=True)
        if not run.text_shown(UI["team heading text"], 10):
            run.fail("the supervisor's desktop shows no Team view of team Front line")
        run.shot("supervisor-team")

        on_desktop(run, agent_app, run.desktop.pid)
        before = run.screen.grab()
        start = h.now_ms()
        call = run.inject_call()
        _, popover = run.popover_check(UI["call popover"], start, "help-call-offered", before)
        if not accept_by_pointer(run, popover, call, "call"):
            accept_by_key(run, "call", call, "call")
        run.click_or_fail("team tab")
        note = "The caller asks for a refund over my limit."
        run.type_into("help note", note)
        run.click_or_fail("ask help")
        raised = h.wait_for(lambda: next((r for r in (run.supervisor_rest().get("team/help-requests")[1] or [])
                                          if r.get("interactionId") == call), None), 5, 0.2)
        if not raised:
            run.fail("the help request a1 asked for did not reach the server", hard=True)
        run.shot("agent-help-asked")

        on_desktop(run, supervisor_app, supervisor.pid)
        if not run.announced(UI["help announced"], 5):
            run.fail("the supervisor's desktop did not announce the help request (no showing alert /%s/)"
                     % UI["help announced"].pattern)
        if not run.text_shown(P(re.escape(note)), 5):
            run.fail("the supervisor's desktop does not list the help request with its note")
        run.shot("supervisor-help-request")
        run.click_or_fail("take help", enabled=True)
        if not run.text_shown(UI["taken by text"], 5):
            run.fail("the supervisor's desktop does not show the request taken by Sofia Martins")
        run.shot("supervisor-help-taken")

        on_desktop(run, agent_app, run.desktop.pid)
        if not run.text_shown(UI["help taken text"], 5):
            run.fail("a1's desktop does not say who took the help request")
        run.shot("agent-help-taken")
        run.sim.call("POST", "sim/interactions/%s/hangup" % call, {})
        wrap_up(run, call, "Refund approved by the supervisor.", "help-call")
    finally:
        run.app = agent_app
        supervisor.stop(signal.SIGKILL)


SCENARIOS = [
    ("call: offered, accepted by pointer and by key, hold, resume, consult, consult on hold, conference, end, wrap-up", scenario_call),
    ("call data: a secure value shown on request; during a consult the consulted agent's save shows first, agent 1 is told",
     scenario_call_data_during_consult),
    ("chat: offered, accepted by pointer and by key, reply, customer message, end, wrap-up; declined goes to a2", scenario_chat),
    ("email: offered, rang out to RONA, offered again after Available and seen, accepted by pointer, answered, wrap-up",
     scenario_email),
    ("server outage: SIGTERM mid-call, wrap-up after restart arrives once", scenario_outage_sigterm_mid_call),
    ("server outage: kill -9 mid-wrap-up, wrap-up typed while down arrives once", scenario_outage_kill_mid_wrap_up),
    ("log out: control, File > Log out, window close, killed desktop", scenario_logout),
    ("follow-up: scheduled in wrap-up, reminder announced and in a popover, call back from it", scenario_follow_up),
    ("help request: asked from a call on the agent's desktop, announced to and taken by a supervisor on a second desktop, the agent told who",
     scenario_help_request),
    # last: it starts a server of its own settings, which the scenarios after it would keep
    ("reasons from the server, reject and concurrent-call limit: not offered again within the interval; at the limit no call offered, reason shown",
     scenario_reject_and_call_limit),
]


# =================================================================================================
# The harness's own check: "painted" tells a drawn window from a blank one
# =================================================================================================

def self_check(run):
    image = run.screen.grab()
    wid = run.x_window("Switchboard")
    if wid is None or image is None:
        raise Failure("no workbench window 'Switchboard' to check the harness on")
    _, rect, ok, measure = run.painted_window("Switchboard", image)
    if not ok:
        raise Failure("the painted check fails on the workbench window: %s" % measure)
    # The root window's bare background below the workbench, or a blank block: must not be 'painted'.
    from PIL import Image
    blank = Image.new("RGB", (320, 130), (242, 241, 240))
    for x in (0, 319):
        for y in range(130):
            blank.putpixel((x, y), (0, 0, 0))
    ok2, colours, edges = h.painted(blank, (3, 3, 314, 124), PAINT_MIN_COLOURS, PAINT_MIN_EDGES)
    if ok2:
        raise Failure("the painted check passes on a blank shell")
    why = run.on_top(wid, rect)
    run.notes.append("workbench painted (%s); on top: %s" % (measure, why or "yes"))
    run.shot("harness-check")


# =================================================================================================
# Running
# =================================================================================================

def neutral_paths(args, out):
    """The products by links under the run's folder: their processes' command lines then name the
    suite's folder, not the build's, so that a "pkill -f" aimed at someone else's products does not
    end these."""
    links = os.path.join(out, "products")
    os.makedirs(links, exist_ok=True)
    for attr, link in (("desktop", "desk"), ("server", "srv")):
        path = os.path.join(links, link)
        if not os.path.islink(path):
            os.symlink(getattr(args, attr), path)
        setattr(args, attr, path)


def inner(args):
    out = args.out
    neutral_paths(args, out)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))  # stop the products on the way out
    results = []
    run = Run(args, args.mode, out)
    run.bindings = product_bindings(args.desktop)
    began = time.monotonic()
    try:
        run.start_display()
        run.fresh_products()
        try:
            self_check(run)
            results.append(("harness self-check (painted, on top, AT-SPI bridge)", True, "; ".join(run.notes), {}))
        except Failure as f:
            results.append(("harness self-check (painted, on top, AT-SPI bridge)", False, str(f), {}))
        for title, fn in SCENARIOS:
            if args.only and not re.search(args.only, title):
                continue
            run.failures, run.notes, run.timings = [], [], {}
            t0 = time.monotonic()
            try:
                run.ensure_clean()
                fn(run)
            except Failure as f:
                if str(f) not in run.failures:
                    run.failures.append(str(f))
            except Exception as e:  # the suite's own error: say where
                run.failures.append("suite error: %s\n%s" % (e, traceback.format_exc()))
            run.timings["scenario s"] = round(time.monotonic() - t0, 1)
            run.shot("end-of-" + fn.__name__)
            results.append((title, not run.failures, "; ".join(run.failures) or "; ".join(run.notes), dict(run.timings)))
    except Failure as f:
        results.append(("setup", False, str(f), {}))
    except Exception as e:
        results.append(("setup", False, "suite error: %s\n%s" % (e, traceback.format_exc()), {}))
    finally:
        run.stop()
    with open(args.results, "w") as f:
        for title, ok, reason, timings in results:
            f.write(json.dumps(dict(title=title, ok=ok, reason=reason, timings=timings)) + "\n")
        f.write(json.dumps(dict(elapsed=round(time.monotonic() - began, 1))) + "\n")


def outer(args):
    target = os.path.join(HERE, "target")
    for tool in ("Xvfb", "xdotool", "xwininfo", "import", "dbus-run-session"):
        if not shutil.which(tool):
            print("FAIL setup: %s is missing (see .ci/run for the packages)" % tool)
            print("0 passed, 1 failed")
            return 1
    if args.modes:
        modes = [m for m in args.modes.split(",") if m]
    else:
        modes = list(MODES)
    if "openbox" in modes and not shutil.which("openbox"):
        print("FAIL setup: openbox is missing (see .ci/run)")
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    began = time.monotonic()
    for mode in modes:
        out = os.path.join(target, mode)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        results = os.path.join(out, "results.jsonl")
        cmd = ["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), "--inner", "--mode", mode,
               "--out", out, "--results", results]
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        # The product folders go by the environment, so that the suite's own command lines do not
        # look like the products' (a "pkill -f switchboard-server" elsewhere must not end the suite).
        env.update(ACCEPTANCE_DESKTOP=args.desktop, ACCEPTANCE_SERVER=args.server)
        if args.only:
            env["ACCEPTANCE_ONLY"] = args.only
        with open(os.path.join(out, "suite.log"), "w") as log:
            proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                proc.wait(900)
            except subprocess.TimeoutExpired:
                pass
            finally:
                # Whatever the run left (its display, buses, products) goes with it.
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        lines = []
        if os.path.exists(results):
            with open(results) as f:
                lines = [json.loads(l) for l in f if l.strip()]
        if not lines:
            lines = [dict(title="setup", ok=False, reason="the run wrote no results (see %s/suite.log)" % out, timings={})]
        for r in lines:
            if "elapsed" in r:
                print("[%s] ran in %.0f s" % (mode, r["elapsed"]))
                continue
            timing = ", ".join("%s %s" % (k, "-" if v is None else ("%s ms" % v if isinstance(v, int) else v))
                               for k, v in r["timings"].items())
            print("%s [wm: %s] %s%s%s" % ("PASS" if r["ok"] else "FAIL", mode, r["title"],
                                         ": " + r["reason"] if r["reason"] else "",
                                         " (%s)" % timing if timing else ""))
            if r["ok"]:
                passed += 1
            else:
                failed += 1
        sys.stdout.flush()
    print("suite ran in %.0f s; screenshots under %s" % (time.monotonic() - began, target))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--desktop", default=os.environ.get("ACCEPTANCE_DESKTOP"))
    p.add_argument("--server", default=os.environ.get("ACCEPTANCE_SERVER"))
    p.add_argument("--modes", default=os.environ.get("ACCEPTANCE_MODES"))
    p.add_argument("--only", default=os.environ.get("ACCEPTANCE_ONLY"), help="regex of scenario titles to run")
    p.add_argument("--inner", action="store_true")
    p.add_argument("--mode")
    p.add_argument("--out")
    p.add_argument("--results")
    args = p.parse_args()
    if not args.desktop or not args.server:
        p.error("the desktop and server product folders are needed (--desktop, --server)")
    args.desktop = os.path.abspath(args.desktop)
    args.server = os.path.abspath(args.server)
    if args.inner:
        inner(args)
        return 0
    return outer(args)


if __name__ == "__main__":
    sys.exit(main())
