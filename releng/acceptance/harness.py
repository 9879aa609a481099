"""Acceptance harness: a virtual display with an accessibility bus, the packaged server and desktop,
a second agent over REST, and the means to look at the screen and act on it as an agent does
(xdotool for the pointer and keys, pyatspi for the accessibility tree, import for screenshots).

Nothing here knows the product's words: scenarios pass roles and names in (acceptance.py)."""

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
import uuid

try:
    from PIL import Image, ImageChops
except ImportError:  # checked by run.sh; the message names the package
    Image = None

import pyatspi


class Failure(Exception):
    """A scenario's step did not see what an agent must see; the message says what was missing."""


def now_ms():
    return time.monotonic() * 1000.0


def wait_for(what, timeout, interval=0.1):
    """Calls what() until it returns something truthy or timeout seconds pass; returns the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = what()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


# ---------------------------------------------------------------------------------------------- X


class Display:
    """Its own Xvfb display; optionally openbox on it."""

    def __init__(self, size, log_dir, window_manager):
        self.size = size
        self.log_dir = log_dir
        self.window_manager = window_manager
        self.xvfb = None
        self.wm = None
        self.name = None

    def start(self):
        read_fd, write_fd = os.pipe()
        log = open(os.path.join(self.log_dir, "xvfb.log"), "w")
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.size, "-nolisten", "tcp", "-ac"], pass_fds=(write_fd,), stdout=log, stderr=subprocess.STDOUT)
        os.close(write_fd)
        number = b""
        with os.fdopen(read_fd, "rb") as r:
            while not number.endswith(b"\n"):
                chunk = r.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            raise Failure("Xvfb did not start (see xvfb.log)")
        self.name = ":" + number.decode().strip()
        os.environ["DISPLAY"] = self.name
        # the display may name itself a moment before it takes connections (seen in the build)
        if not wait_for(_display_answers, 10, 0.1):
            raise Failure("the display %s took no connection within 10 s" % self.name)
        if self.window_manager == "openbox":
            for attempt in range(3):
                self.wm = subprocess.Popen(["openbox", "--sm-disable"],
                                           stdout=open(os.path.join(self.log_dir, "openbox.log"), "a"),
                                           stderr=subprocess.STDOUT)
                if wait_for(lambda: _wm_running() or self.wm.poll() is not None, 10, 0.1) and _wm_running():
                    break
                if self.wm.poll() is None:
                    self.wm.terminate()
                time.sleep(0.5)
            else:
                raise Failure("openbox did not take the display %s (see openbox.log)" % self.name)
        return self

    def stop(self):
        for p in (self.wm, self.xvfb):
            if p and p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()


def _display_answers():
    """Whether the display in DISPLAY takes a connection."""
    try:
        return subprocess.run(["xprop", "-root", "-notype", "_NET_SUPPORTING_WM_CHECK"], capture_output=True,
                              timeout=5).returncode == 0
    except (subprocess.TimeoutExpired, OSError):
        return False


def _wm_running():
    out = x_output(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"])
    return "window id" in out


def x_output(args, timeout=10):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout).stdout
    except (subprocess.TimeoutExpired, OSError):
        return ""


def x_windows():
    """Every X window: (id, name, x, y, w, h, mapped-and-viewable), in stacking order, bottom first,
    children after their parent (xwininfo -root -tree)."""
    out = x_output(["xwininfo", "-root", "-tree"])
    windows = []
    pattern = re.compile(r'^\s+(0x[0-9a-f]+) (\(has no name\)|"([^"]*)")?.*?\s(\d+)x(\d+)\+(-?\d+)\+(-?\d+)\s+\+(-?\d+)\+(-?\d+)\s*$')
    for line in out.splitlines():
        m = pattern.match(line)
        if m:
            wid, _, name, w, h, _, _, ax, ay = m.groups()
            windows.append(dict(id=wid, name=name or "", x=int(ax), y=int(ay), w=int(w), h=int(h),
                                depth=len(line) - len(line.lstrip())))
    return windows


def viewable(window_id):
    return "IsViewable" in x_output(["xwininfo", "-id", window_id])


def window_geometry(window_id):
    out = x_output(["xwininfo", "-id", window_id])
    vals = {}
    for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
        m = re.search(re.escape(key) + r":\s+(-?\d+)", out)
        vals[key] = int(m.group(1)) if m else 0
    return (vals["Absolute upper-left X"], vals["Absolute upper-left Y"], vals["Width"], vals["Height"],
            "IsViewable" in out)


def xdotool(*args):
    subprocess.run(["xdotool"] + [str(a) for a in args], check=False, timeout=15,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def click_at(x, y):
    xdotool("mousemove", int(x), int(y))  # --sync waits forever when the pointer is already there
    time.sleep(0.05)
    xdotool("click", "1")


def key(combo):
    xdotool("key", "--clearmodifiers", combo)


def type_text(text):
    xdotool("type", "--delay", "25", "--clearmodifiers", text)


# ---------------------------------------------------------------------------------------- screens


class Screen:
    """Screenshots of every step, NN-step.png under the run's folder, and what they show."""

    def __init__(self, folder):
        self.folder = folder
        self.n = 0
        os.makedirs(folder, exist_ok=True)

    def shot(self, step):
        self.n += 1
        path = os.path.join(self.folder, "%02d-%s.png" % (self.n, re.sub(r"[^A-Za-z0-9_.-]+", "-", step)))
        subprocess.run(["import", "-window", "root", path], timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    def save(self, image, step):
        """A screenshot already taken, as the next step's."""
        self.n += 1
        path = os.path.join(self.folder, "%02d-%s.png" % (self.n, re.sub(r"[^A-Za-z0-9_.-]+", "-", step)))
        if image is not None:
            image.save(path)
        return path

    def grab(self, window="root"):
        """A screenshot kept out of the step list (for comparisons), as an image."""
        path = os.path.join(self.folder, ".grab-%s.png" % window)
        subprocess.run(["import", "-window", window, path], timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            return Image.open(path).convert("RGB")
        except Exception:
            return None


def paint_measure(image, rect):
    """How much is drawn in rect (x, y, w, h) of image: (distinct colours, share of edge pixels,
    horizontal and vertical neighbours that differ clearly: glyphs, borders, buttons)."""
    x, y, w, h = rect
    if w < 4 or h < 4:
        return 0, 0.0
    crop = image.crop((x, y, x + w, y + h))
    colours = crop.getcolors(maxcolors=1 << 16)
    distinct = len(colours) if colours is not None else 1 << 16
    grey = crop.convert("L")
    edges = 0
    for dx, dy in ((1, 0), (0, 1)):
        shifted = ImageChops.offset(grey, dx, dy)
        diff = ImageChops.difference(grey, shifted).crop((dx, dy, w, h)).point(lambda v: 255 if v > 40 else 0)
        edges += diff.histogram()[255]
    return distinct, edges / float(2 * w * h)


def painted(image, rect, min_colours, min_edges):
    """True when rect is more than a blank shell: several colours and edges (text, buttons, borders)."""
    distinct, edges = paint_measure(image, rect)
    return distinct >= min_colours and edges >= min_edges, distinct, edges


def changed(before, after, rect):
    """Share of the pixels of rect that differ between two screenshots."""
    if before is None or after is None:
        return 1.0
    x, y, w, h = rect
    box = (x, y, x + w, y + h)
    return same_pixels(before.crop(box), after.crop(box))


def same_pixels(a, b):
    """Share of pixels that differ between two equal-size images (0.0: identical)."""
    if a is None or b is None or a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 24 else 0)
    return diff.histogram()[255] / float(a.size[0] * a.size[1])


# ------------------------------------------------------------------------------------ processes


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """The packaged server, started as README's demo does, on fresh data and free ports."""

    runs = 0

    READY = re.compile(r"^Switchboard server ready: REST (http://127\.0\.0\.1:(\d+)/api/v1/) ", re.M)
    EMBEDDED_MAIL = re.compile(r"the embedded one serves \S+ on 127\.0\.0\.1 \(SMTP (\d+),")

    def __init__(self, product, data, log_dir, extra_env=None):
        self.product = product
        self.data = data
        self.log_dir = log_dir
        self.extra_env = extra_env or {}
        self.proc = None
        self.api = None
        self.port = 0
        self.log_path = None
        self.starts = 0

    def start(self, timeout=90):
        self.starts += 1
        Server.runs += 1
        log_path = os.path.join(self.log_dir, "server-%d.log" % Server.runs)
        env = dict(os.environ)
        env.update(SWITCHBOARD_SERVER_DATA=self.data, SWITCHBOARD_REST_PORT=str(self.port),
                   SWITCHBOARD_SOAP_PORT="0", SWITCHBOARD_SIMULATOR="endpoints")
        env.update(self.extra_env)
        self.proc = subprocess.Popen([os.path.join(self.product, "switchboard-server")], env=env,
                                     stdout=open(log_path, "w"), stderr=subprocess.STDOUT,
                                     start_new_session=True)

        def ready():
            if self.proc.poll() is not None:
                raise Failure("the server exited (see %s)" % log_path)
            with open(log_path, errors="replace") as f:
                m = self.READY.search(f.read())
            return m
        m = wait_for(ready, timeout, 0.1)
        if not m:
            raise Failure("the server was not ready within %d s (see %s)" % (timeout, log_path))
        self.api, self.port = m.group(1), int(m.group(2))
        self.log_path = log_path
        return self

    def smtp_port(self, timeout=10):
        """The SMTP port of the mail server the server runs embedded, as its output says."""
        def said():
            with open(self.log_path, errors="replace") as f:
                return self.EMBEDDED_MAIL.search(f.read())
        m = wait_for(said, timeout, 0.2)
        if not m:
            raise Failure("the server does not say where its embedded mail server listens (see %s)" % self.log_path)
        return int(m.group(1))

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


class Desktop:
    """The packaged desktop, logged in from the environment as README's demo does."""

    starts = 0  # over the run: each start's output in its own file

    def __init__(self, product, data, log_dir):
        self.product = product
        self.data = data
        self.log_dir = log_dir
        self.proc = None

    def start(self, api, agent, password, ready=True, configuration=None):
        """configuration: a folder of this desktop's own for the OSGi configuration area, cascading to
        the installation's, as a second user of one installation has (the connector keeps its local
        store in the configuration's data area, which two desktops cannot share)."""
        Desktop.starts += 1
        env = dict(os.environ)
        args = []
        if configuration:
            env["SWITCHBOARD_VM_ARGS"] = ("-Xmx512m -XX:TieredStopAtLevel=1 -Dosgi.configuration.cascaded=true "
                                          "-Dosgi.sharedConfiguration.area=" + os.path.join(self.product, "configuration"))
            args = ["-configuration", configuration]
        env.update(SWITCHBOARD_DATA=self.data, SWITCHBOARD_SERVER=api, SWITCHBOARD_AGENT=agent,
                   SWITCHBOARD_PASSWORD=password, SWITCHBOARD_READY="true" if ready else "false",
                   # The accessibility bridge: GTK 3 loads it when the session bus has the a11y bus.
                   NO_AT_BRIDGE="0", GTK_MODULES="gail:atk-bridge")
        self.proc = subprocess.Popen([os.path.join(self.product, "switchboard")] + args, env=env,
                                     stdout=open(os.path.join(self.log_dir, "desktop-%d.log" % Desktop.starts), "w"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        return self

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.alive():
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


# ------------------------------------------------------------------------------------------- REST


class Rest:
    """An account's side of the REST API: the second agent, the administrator who checks what the
    server holds, the simulator's account that drives the customers."""

    def __init__(self, server, agent, password):
        self.server = server
        self.agent = agent
        self.password = password
        self.token = None

    def call(self, method, path, body=None, timeout=5, auth=True):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.server.api + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if auth and self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                text = r.read().decode()
                return r.status, (json.loads(text) if text.strip() else None)
        except urllib.error.HTTPError as e:
            text = e.read().decode(errors="replace")
            try:
                return e.code, json.loads(text)
            except ValueError:
                return e.code, text
        except (urllib.error.URLError, OSError) as e:
            return 0, str(e)

    def login(self):
        status, body = self.call("POST", "sessions", {"agentId": self.agent, "password": self.password}, auth=False)
        if status not in (200, 201) or not isinstance(body, dict) or "token" not in body:
            raise Failure("agent %s could not log in over REST: %s %s" % (self.agent, status, body))
        self.token = body["token"]
        return self

    def get(self, path):
        return self.call("GET", path)

    def state(self, state, reason=None):
        body = {"state": state}
        if reason:
            body["reasonCode"] = reason
        return self.call("PUT", "agents/%s/state" % self.agent, body)

    def act(self, interaction, action, **params):
        return self.call("POST", "interactions/%s/actions" % interaction,
                         {"action": action, "params": params, "requestId": str(uuid.uuid4())})

    def inject(self, kind, body):
        status, answer = self.call("POST", "sim/" + kind, body)
        if status != 201 or not isinstance(answer, dict):
            raise Failure("POST sim/%s answered %s %s" % (kind, status, answer))
        return answer.get("id") or answer.get("interactionId")

    def agent_view(self, agent=None):
        return self.get("agents/%s" % (agent or self.agent))


# ---------------------------------------------------------------------------------------- AT-SPI


def app_of(pid):
    """The desktop's application in the AT-SPI desktop, by its process id (the java process is the
    start script's exec, so it keeps the pid)."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            a = desktop.getChildAtIndex(i)
            if a is not None and a.get_process_id() == pid:
                return a
        except Exception:
            continue
    return None


def app_names():
    desktop = pyatspi.Registry.getDesktop(0)
    names = []
    for i in range(desktop.childCount):
        try:
            a = desktop.getChildAtIndex(i)
            names.append("%s(pid %s)" % (a.name, a.get_process_id()))
        except Exception:
            pass
    return names


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return ""


def name(acc):
    """The name a screen reader speaks: the object's own, else that of the label it is labelled by
    (SWT gives text fields a LABELLED_BY relation to the label before them, not a name)."""
    try:
        own = acc.name or ""
    except Exception:
        return ""
    if own.strip():
        return own
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
                continue
            for i in range(relation.getNTargets()):
                for part in walk(relation.getTarget(i), max_depth=4):
                    text = (part.name or "").strip().rstrip(":").strip()
                    if text:
                        return text
    except Exception:
        pass
    return ""


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def showing(acc):
    s = states(acc)
    return bool(s and s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE))


def enabled(acc):
    s = states(acc)
    return bool(s and s.contains(pyatspi.STATE_ENABLED) and s.contains(pyatspi.STATE_SENSITIVE))


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return e.x, e.y, e.width, e.height
    except Exception:
        return 0, 0, 0, 0


def walk(acc, depth=0, max_depth=40, showing_only=False):
    if acc is None or depth > max_depth:
        return
    yield acc
    try:
        count = acc.childCount
    except Exception:
        return
    if count > 400:  # a table's cells: not where agents' controls are
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        if showing_only and not showing(child) and role(child) not in ("frame", "window", "dialog"):
            continue
        yield from walk(child, depth + 1, max_depth, showing_only)


def matches(acc, roles, name_test):
    if roles and role(acc) not in roles:
        return False
    n = name(acc)
    if name_test is None:
        return True
    if callable(name_test):
        return bool(name_test(n))
    if hasattr(name_test, "search"):
        return bool(name_test.search(n))
    return n == name_test


def find_all(root, roles=None, name_test=None, showing_only=False):
    roles = (roles,) if isinstance(roles, str) else roles
    return [a for a in walk(root, showing_only=showing_only) if matches(a, roles, name_test)]


def find(root, roles=None, name_test=None, showing_only=True):
    for a in walk(root, showing_only=showing_only):
        if matches(a, (roles,) if isinstance(roles, str) else roles, name_test):
            if not showing_only or showing(a):
                return a
    return None


def top_levels(app):
    out = []
    try:
        for i in range(app.childCount):
            c = app.getChildAtIndex(i)
            if c is not None:
                out.append(c)
    except Exception:
        pass
    return out


def dump(root, path, showing_only=False):
    """The accessibility tree as text, for the run's folder (what the desktop engineer looks at)."""
    with open(path, "w") as f:
        def rec(acc, depth):
            if acc is None or depth > 40:
                return
            s = states(acc)
            flags = []
            if s is not None:
                for st, label in ((pyatspi.STATE_SHOWING, "showing"), (pyatspi.STATE_VISIBLE, "visible"),
                                  (pyatspi.STATE_ENABLED, "enabled"), (pyatspi.STATE_FOCUSED, "focused")):
                    if s.contains(st):
                        flags.append(label)
            f.write("%s%s %r %s %s\n" % ("  " * depth, role(acc), name(acc), extents(acc), ",".join(flags)))
            try:
                n = acc.childCount
            except Exception:
                return
            for i in range(min(n, 400)):
                try:
                    rec(acc.getChildAtIndex(i), depth + 1)
                except Exception:
                    pass
        rec(root, 0)


def texts_of(acc):
    """The texts a label, text field or paragraph shows: its name, and its Text interface's text."""
    out = []
    n = name(acc)
    if n:
        out.append(n)
    try:
        t = acc.queryText()
        body = t.getText(0, -1)
        if body and body != n:
            out.append(body)
    except Exception:
        pass
    return out


def visible_texts(root):
    """Every text showing under root: what the agent can read there."""
    out = []
    for a in walk(root, showing_only=True):
        if showing(a):
            out.extend(texts_of(a))
    return out


def kill_tree(proc):
    if proc and proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def which(cmd):
    return shutil.which(cmd)
