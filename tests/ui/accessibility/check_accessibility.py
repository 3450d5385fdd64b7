#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The kit's widgets as a screen reader meets them, read over AT-SPI with libatspi (the library
under python3-pyatspi and Orca).

Starts an accessibility bus in the test's D-Bus session (at-spi-bus-launcher), listens for the
events a screen reader speaks, starts the Qt program given (tst_accessibility) with Qt's AT-SPI
bridge on, and drives it by commands on its stdin. Every check fails with a message that says
what a screen-reader user would have met instead. No check is skipped: a missing bus is a failure.

Usage: check_accessibility.py PROGRAM    (A11Y_DEBUG=1 logs every object that shows or hides)
"""
import os
import signal
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

LAUNCHER_CANDIDATES = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APP_NAME = "tst_accessibility"
BROKER = "Sandbox Markets"
RIBBON_TITLE = "Markets close early on Friday"

failures = []
children = []
context = GLib.MainContext.default()


def log(message):
    print(message, flush=True)


def fatal(message):
    log("FAIL: " + message)
    cleanup()
    sys.exit(1)


def check(condition, message):
    if condition:
        log("PASS: " + message.split(" | ")[0])
    else:
        message = message.replace(" | ", ": ")
        failures.append(message)
        log("FAIL: " + message)


def cleanup():
    for process in children:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def wait_for(predicate, timeout, what, required=True):
    """Runs the main loop until predicate() is true. Events (D-Bus, the program's output) wake the
    loop; the tree itself, which has no event for 'this object now exists', is looked at again on
    each wake-up, and at the latest every 100 ms."""
    deadline = time.monotonic() + timeout
    tick = GLib.timeout_add(100, lambda: True)
    try:
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                if not required:
                    return None
                fatal("timed out after %d s waiting for %s" % (timeout, what))
            context.iteration(True)
    finally:
        GLib.source_remove(tick)


# --- the accessibility bus --------------------------------------------------------------------

def start_bus():
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        fatal("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run through scripts/run-tests.sh")
    launcher = next((p for p in LAUNCHER_CANDIDATES if os.access(p, os.X_OK)), None)
    if not launcher:
        fatal("at-spi-bus-launcher not found (%s): install at-spi2-core" % ", ".join(LAUNCHER_CANDIDATES))
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    owned = []
    watch = Gio.bus_watch_name_on_connection(session, "org.a11y.Bus", Gio.BusNameWatcherFlags.NONE,
                                             lambda *a: owned.append(True), None)
    process = subprocess.Popen([launcher, "--launch-immediately"], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    children.append(process)

    def ready():
        if process.poll() is not None and not owned:
            fatal("at-spi-bus-launcher exited with %s before owning org.a11y.Bus" % process.returncode)
        return bool(owned)

    wait_for(ready, 20, "the accessibility bus (org.a11y.Bus)")
    Gio.bus_unwatch_name(watch)
    address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 10000, None).unpack()[0]
    if not address:
        fatal("org.a11y.Bus gave no bus address")
    log("accessibility bus: " + address)


# --- events -----------------------------------------------------------------------------------

announcements = []  # (kind, text)
focused = []        # (role, name) of each object that took the focus
order = []          # ("focus" or "caret", role, name): what a screen reader heard first
descriptions = []   # (name, description) of each description change


def on_showing(event):
    # What Orca speaks before Qt 6.8: a notification that shows (Orca 43 reads an alert only when it
    # takes the focus; one that shows is recorded too, to say what came instead).
    try:
        if os.environ.get("A11Y_DEBUG"):
            log("debug showing %s %s '%s'" % (event.detail1, event.source.get_role_name(), event.source.get_name()))
        if event.detail1 == 1:
            role = event.source.get_role()
            if role in (Atspi.Role.ALERT, Atspi.Role.NOTIFICATION):
                announcements.append(("notification" if role == Atspi.Role.NOTIFICATION else "alert",
                                      event.source.get_name()))
    except GLib.Error as error:  # gone already (a row rebuilt): said, for an announcement not heard
        log("note: an object that showed could not be read: %s" % error.message)


def on_announcement(event):
    # Qt 6.8's QAccessibleAnnouncementEvent.
    data = event.any_data
    announcements.append(("announcement", data if isinstance(data, str) else str(data)))


def on_focus(event):
    if event.detail1 == 1:
        try:
            focused.append((event.source.get_role(), event.source.get_name()))
            order.append(("focus",) + focused[-1])
        except GLib.Error:
            focused.append((None, None))


def on_description(event):
    # A description set again unchanged is an event all the same: a burst of them is a flood in
    # which Orca drops what matters (it prunes showing events, announcements among them).
    try:  # Qt 6.4 sends the object, not the text, with the event: the text is read now
        descriptions.append((event.source.get_name(), event.source.get_description()))
    except GLib.Error:
        pass


def on_caret(event):
    # Orca takes a focused object whose caret moves before its focus is reported as its focus
    # without a word: the focus event after it then says nothing.
    try:
        order.append(("caret", event.source.get_role(), event.source.get_name()))
    except GLib.Error:
        pass


listeners = []


def listen():
    for kind, callback in (("object:state-changed:showing", on_showing), ("object:announcement", on_announcement),
                           ("object:state-changed:focused", on_focus), ("object:text-caret-moved", on_caret),
                           ("object:property-change:accessible-description", on_description)):
        listener = Atspi.EventListener.new(callback)
        listener.register(kind)
        listeners.append(listener)


# --- the program ------------------------------------------------------------------------------

class Program:
    def __init__(self, path):
        env = dict(os.environ)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # Qt's bridge on, whatever the session says
        env["QT_ACCESSIBILITY"] = "1"
        self.process = subprocess.Popen([path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                        start_new_session=True)
        children.append(self.process)
        self.lines = []
        self.buffer = b""
        GLib.io_add_watch(self.process.stdout.fileno(), GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, self.read)

    def read(self, fd, condition):
        data = os.read(fd, 65536)
        if not data:
            return False
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            text = line.decode("utf-8", "replace")
            log("program: " + text)
            if text.startswith("error "):
                fatal("the program failed: " + text[6:])
            self.lines.append(text)
        return True

    def expect(self, prefix, timeout=60):
        def found():
            if self.process.poll() is not None:
                fatal("the program exited with %s while waiting for '%s'" % (self.process.returncode, prefix))
            for i, line in enumerate(self.lines):
                if line.startswith(prefix):
                    del self.lines[: i + 1]
                    return line
            return None
        return wait_for(found, timeout, "'%s' from the program" % prefix)

    def command(self, text):
        self.process.stdin.write((text + "\n").encode())
        self.process.stdin.flush()


# --- the tree ---------------------------------------------------------------------------------

def application():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == APP_NAME:
            return app
    return None


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        yield from walk(child, depth + 1)


def showing(node):
    try:
        return node.get_state_set().contains(Atspi.StateType.SHOWING)
    except GLib.Error:
        return False


def find(root, role, name=None, predicate=None):
    for node in walk(root):
        try:
            if node.get_role() != role:
                continue
            if name is not None and node.get_name() != name:
                continue
            if predicate and not predicate(node):
                continue
            return node
        except GLib.Error:
            continue
    return None


def find_all(root, role):
    result = []
    for node in walk(root):
        try:
            if node.get_role() == role:
                result.append(node)
        except GLib.Error:
            pass
    return result


def described(root, role, description):
    return find(root, role, predicate=lambda n: n.get_description() == description and showing(n))


def relations(node, kind):
    targets = []
    for relation in node.get_relation_set():
        if relation.get_relation_type() == kind:
            targets += [relation.get_target(i) for i in range(relation.get_n_targets())]
    return targets


def names(nodes):
    return sorted({"%s '%s'" % (n.get_role_name(), n.get_name()) for n in nodes})


def await_announcement(expected_kind, contains, what, timeout=30):
    def heard():
        for kind, text in announcements:
            if contains in (text or ""):
                return (kind, text)
        return None
    heard_it = wait_for(heard, timeout, "", required=False)
    if not heard_it:
        check(False, "%s is announced | nothing came in %d s (heard: %r)" % (what, timeout, announcements))
        return ""
    kind, text = heard_it
    check(kind == expected_kind,
          "%s is announced as %s | it came as %s '%s'" % (what, expected_kind, kind, text))
    return text


# --- the checks -------------------------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        fatal("usage: check_accessibility.py PROGRAM")
    start_bus()
    Atspi.init()
    listen()
    program = Program(sys.argv[1])
    version = program.expect("qt ").split()[1]
    major, minor = (int(x) for x in version.split(".")[:2])
    # Qt 6.8 has an announcement event; before it, the kit shows a notification.
    kind = "announcement" if (major, minor) >= (6, 8) else "notification"
    ready = program.expect("ready ")
    email, account, balance_text = (part.strip() for part in ready[len("ready "):].split("|"))

    app = wait_for(application, 30, "the program on the accessibility bus (is Qt's AT-SPI bridge on?)")
    app.set_cache_mask(Atspi.Cache.NONE)  # read what is there now, not what was
    # The signed-in face, whatever its labels say (what they say is checked next).
    wait_for(lambda: find(app, Atspi.Role.COMBO_BOX, predicate=showing), 30, "the signed-in account widget in the tree")

    # 1. Labels keep their text; what they are goes to their description.
    user = find(app, Atspi.Role.LABEL, email)
    check(user is not None and user.get_description() == "Signed-in user",
          "the signed-in user label reads its e-mail '%s', described as 'Signed-in user' | labels are %s"
          % (email, names(find_all(app, Atspi.Role.LABEL))))
    check(find(app, Atspi.Role.LABEL, "Signed-in user") is None,
          "no label is named 'Signed-in user' in place of the e-mail")
    balance = find(app, Atspi.Role.LABEL, balance_text)
    check(balance is not None and balance_text.startswith("Balance: ") and balance_text.endswith(" USD"),
          "the balance label reads '%s' | labels are %s" % (balance_text, names(find_all(app, Atspi.Role.LABEL))))
    combos = find_all(app, Atspi.Role.COMBO_BOX)
    combo = next((c for c in combos if account in c.get_name()), None)
    check(combo is not None,
          "the account selector is announced with its account %s | combo boxes are %s" % (account, names(combos)))
    if combo is not None:
        labels = [t.get_name() for t in relations(combo, Atspi.RelationType.LABELLED_BY)]
        check("Account:" in labels,
              "the account selector is labelled by 'Account:' (labelled-by relation) | it is labelled by %s" % labels)

    # 4. A ribbon appearing is announced.
    announcements.clear()
    program.command("ribbon")
    program.expect("ok ribbon")
    text = await_announcement(kind, RIBBON_TITLE, "the ribbon '%s'" % RIBBON_TITLE)
    check(BROKER in text, "the ribbon's announcement names the broker | it says '%s'" % text)

    # 2. The screen is named by what it shows.
    program.command("deposit")
    line = program.expect("ok deposit")
    title = line[len("ok deposit "):].split("|")[0].strip()
    check(title.endswith(" — " + BROKER) and not title.startswith(BROKER),
          "the deposit dialog has a title of its own | it is '%s'" % title)
    screen_title = title[: -len(" — " + BROKER)]
    dialog = wait_for(lambda: find(app, Atspi.Role.DIALOG, predicate=showing), 30, "the deposit dialog in the tree")
    check(dialog.get_name() == title,
          "the dialog is named by its screen, '%s' | it is named '%s'" % (title, dialog.get_name()))
    header = find(dialog, Atspi.Role.LABEL, screen_title)
    check(header is not None and header.get_description() == "Screen title",
          "the header reads the screen's title '%s' (described 'Screen title') | labels are %s"
          % (screen_title, names(find_all(dialog, Atspi.Role.LABEL))))
    check(find(dialog, Atspi.Role.LABEL, "Screen title") is None, "no label is named 'Screen title' in place of the title")

    # 1 (issue 22). The broker's page is there for a screen reader, not an empty document: Chromium's
    # accessibility is on while an assistive technology listens (the kit turns it on before Qt 6.8).
    def web_content():
        document = find(dialog, Atspi.Role.DOCUMENT_WEB)
        return document if document is not None and find(document, Atspi.Role.HEADING, screen_title) is not None else None
    document = wait_for(web_content, 30, "", required=False)
    check(document is not None,
          "the deposit page's content (its heading '%s') is in the tree | the page shows %s"
          % (screen_title, names([n for n in walk(find(dialog, Atspi.Role.DOCUMENT_WEB)) if n is not None][:12])))

    # 1 (issue 22). A web field that takes the focus is heard: the deposit page puts it in Amount,
    # whose focus must come before its caret, and once (Orca takes a focused object whose caret
    # moves as its focus without a word, and skips a focus event when the same one waits behind
    # it: either way the login page's e-mail field was silent).
    amount = wait_for(lambda: next((e for e in order if e[2] == "Amount"), None), 30, "", required=False)
    check(amount is not None and amount[0] == "focus",
          "the deposit page's Amount field is reported focused before its caret moves | first came %s"
          % (("%s of %s '%s'" % (amount[0], Atspi.role_get_name(amount[1]), amount[2])) if amount else "nothing about it"))
    amount_focus = [e for e in order if e[0] == "focus" and e[2] == "Amount"]
    check(len(amount_focus) == 1, "the Amount field's focus is reported once | %d times" % len(amount_focus))

    # 3 and 4. The error page says what went wrong, Retry carries it, and the failure is announced.
    announcements.clear()
    program.command("withdraw-fails")
    line = program.expect("ok withdraw")
    message = line.split("|", 1)[1].strip()
    check(bool(message), "the failed screen has an error message | '%s'" % line)
    await_announcement(kind, message, "the failure '%s'" % message)
    dialog = wait_for(lambda: find(app, Atspi.Role.DIALOG,
                                   predicate=lambda n: showing(n) and find(n, Atspi.Role.PUSH_BUTTON, "Retry") is not None),
                      30, "the failed screen's dialog in the tree")
    wait_for(lambda: find(dialog, Atspi.Role.PUSH_BUTTON, "Retry", predicate=showing), 30, "Retry on the error page")
    error = find(dialog, Atspi.Role.LABEL, predicate=lambda n: showing(n) and "Error" in (n.get_description(), n.get_name()))
    check(error is not None and error.get_name() == message and error.get_description() == "Error",
          "the error label reads its message '%s' (described 'Error') | it reads %s" % (message, names([error] if error else [])))
    retry = find(dialog, Atspi.Role.PUSH_BUTTON, "Retry")
    check(retry is not None and retry.get_description() == message,
          "Retry is described by the error '%s' | it is described as '%s'"
          % (message, retry.get_description() if retry else "(no Retry button)"))
    check(retry is not None and retry.get_state_set().contains(Atspi.StateType.FOCUSED),
          "Retry has the focus on the error page")
    program.command("close")
    program.expect("ok close")

    # 4. A screen that could not be opened at all (no one-time token: the session service failed) has
    # no page to say so; the failure is announced all the same, and the focus is back on Deposit,
    # where the user pressed it (not on the button after it).
    announcements.clear()
    del focused[:]
    program.command("open-fails")
    line = program.expect("ok open-fails")
    focus_after, message = (part.strip() for part in line[len("ok open-fails "):].split("|", 1))
    check(bool(message), "the deposit that could not be opened has a message | '%s'" % line)
    await_announcement(kind, message, "the deposit that could not be opened ('%s')" % message)
    check(focus_after == "deposit inAppButton_deposit",
          "the focus is back on Deposit after it failed | it is on '%s'" % focus_after.split(" ")[-1])
    back = wait_for(lambda: focused and focused[-1][1] == "Deposit" and focused[-1], 10, "", required=False)
    check(bool(back), "the screen reader hears the focus back on Deposit | it heard %s"
          % [(Atspi.role_get_name(r) if r is not None else None, n) for r, n in focused])

    # 5. Tab leaves the quotes table.
    in_table = (Atspi.Role.TABLE_CELL, Atspi.Role.TABLE)
    del focused[:]
    program.command("focus-quotes")
    program.expect("ok focus-quotes")
    wait_for(lambda: any(role in in_table for role, _ in focused), 10, "the focus in the quotes table")
    del focused[:]
    program.command("tab")
    after = program.expect("ok tab ")[len("ok tab "):]
    check(after != "symbolTable", "Tab leaves the quotes table | the focus is in '%s'" % after)
    role, name = wait_for(lambda: focused and focused[0], 10, "where Tab put the focus")
    check(role not in in_table, "the screen reader hears the focus leave the table | it went to %s '%s'"
          % (Atspi.role_get_name(role) if role is not None else None, name))

    # 4. The broker ending the session is announced.
    announcements.clear()
    program.command("end-session")
    program.expect("ok end-session")
    await_announcement(kind, "ended your session", "the session the broker ended")

    # Log out pressed from the keyboard (signed in again first): the focus lands on Log in, which
    # says where the user is, not on whatever widget came next in the window.
    del focused[:]
    del descriptions[:]
    program.command("logout")
    after = program.expect("ok logout ")[len("ok logout "):].strip()
    # Signing in and out changes each InApp button's description a few times, and no more: none is
    # sent again unchanged (at sign-in those made a flood in which Orca dropped the ribbon's news).
    last, again = {}, []
    for name, description in descriptions:
        if last.get(name) == description:
            again.append(name)
        last[name] = description
    check(not again, "no description is sent again unchanged while signing in and out | sent again: %s"
          % sorted(set(again)))
    check(after == "accountLogIn", "after Log out the focus is on Log in | it is on '%s'" % after)
    heard = wait_for(lambda: focused and focused[-1][1] == "Log in" and focused[-1], 10, "", required=False)
    check(bool(heard), "the screen reader hears the focus on Log in | it heard %s"
          % [(Atspi.role_get_name(r) if r is not None else None, n) for r, n in focused])

    program.command("quit")
    try:
        program.process.wait(20)
    except subprocess.TimeoutExpired:
        failures.append("the program did not quit")
    cleanup()
    if failures:
        log("\n%d check(s) failed:" % len(failures))
        for failure in failures:
            log("  - " + failure)
        sys.exit(1)
    log("all accessibility checks passed")


if __name__ == "__main__":
    try:
        main()
    finally:
        cleanup()
