"""A real browser for the tests: headless Chromium driven over the DevTools protocol, and axe-core.

Shared by every test that opens kotodoc's HTML in a browser (the summary page, the documents).
Chromium (Debian's ``chromium``) is started with a fresh profile and talks the Chrome DevTools
Protocol over a pipe (``--remote-debugging-pipe``: file descriptors 3 and 4, messages separated
by NUL), so no port is opened and no Python package is needed. axe-core comes from npm
(``npm ci --prefix tests/js``, done by ``.ci/run``).

    with Browser() as browser:
        page = browser.open(path)
        page.click("th button")
        assert page.evaluate("document.title") == "…"
        assert page.axe() == []
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from typing_extensions import Self

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
)
TIMEOUT = 30.0  # seconds for one protocol answer or one page load


class BrowserMissing(RuntimeError):
    """Chromium or axe-core is not installed; the message says how to install it."""


def find_chromium() -> str:
    """The Chromium executable: ``$KOTODOC_CHROMIUM`` or the first of :data:`CHROMIUM_NAMES` on PATH."""
    named = os.environ.get("KOTODOC_CHROMIUM")
    found = named or next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    if not found:
        raise BrowserMissing("Chromium is not installed: apt-get install -y chromium (or set KOTODOC_CHROMIUM)")
    return found


def axe_source() -> str:
    """The axe-core script: ``$KOTODOC_AXE`` or ``tests/js/node_modules``."""
    path = Path(os.environ.get("KOTODOC_AXE", AXE))
    if not path.is_file():
        raise BrowserMissing(f"axe-core is not installed ({path}): npm ci --prefix tests/js")
    return path.read_text(encoding="utf-8")


def _high(fd: int) -> int:
    """``fd`` moved to a number >= 10 (close-on-exec), so the child's 3 and 4 can be set without clashes."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium with its own profile directory, removed on close."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        self.size = (width, height)
        self.profile = Path(tempfile.mkdtemp(prefix="kotodoc-chromium-"))
        commands_r, self._commands = map(_high, os.pipe())
        self._answers, answers_w = map(_high, os.pipe())

        def child_fds() -> None:  # runs in the child between fork and exec
            os.dup2(commands_r, 3)
            os.dup2(answers_w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self._log = (self.profile / "chromium.log").open("wb")
        self.process = subprocess.Popen(
            [find_chromium(), *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log, close_fds=False,
            preexec_fn=child_fds)  # noqa: PLW1509 - tests are single-threaded
        os.close(commands_r)
        os.close(answers_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    # --- the protocol ---

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        """Send one command and wait for its answer; a protocol error raises :class:`RuntimeError`."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            answer = self._receive(TIMEOUT)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def _receive(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._answers], [], [], max(left, 0))
            if not ready:
                raise TimeoutError(f"Chromium did not answer in {timeout} s; log: {self._log_tail()}")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise RuntimeError(f"Chromium closed the connection; log: {self._log_tail()}")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def wait_event(self, method: str, session: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The first event ``method`` of ``session`` (one already received counts)."""
        deadline = time.monotonic() + timeout
        while True:
            for n, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(n)
            self.events.append(self._receive(max(deadline - time.monotonic(), 0.01)))

    def _log_tail(self) -> str:
        self._log.flush()
        return (self.profile / "chromium.log").read_text(encoding="utf-8", errors="replace")[-2000:]

    # --- pages ---

    def open(self, path: Path) -> Page:
        """A new tab showing the file ``path``, loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Runtime.enable")
        width, height = self.size
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        page.send("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_event("Page.loadEventFired", session)
        return page

    def close(self) -> None:
        """Close Chromium and remove its profile."""
        try:
            if self.process.poll() is None:
                with contextlib.suppress(RuntimeError, TimeoutError, OSError):
                    self.send("Browser.close")
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=10)
        finally:
            for fd in (self._commands, self._answers):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._log.close()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class Page:
    """One tab: evaluate script, click and type as a user does, run axe-core, take a screenshot."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session

    def send(self, method: str, params: dict[str, Any] | None = None) -> Any:
        """A protocol command in this tab."""
        return self.browser.send(method, params, self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (promises awaited); a thrown error raises RuntimeError."""
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) in the middle of the element ``selector``."""
        box = self.evaluate(
            f"(function () {{ var e = document.querySelector({json.dumps(selector)}); e.scrollIntoView("
            "{block: 'center', inline: 'center'}); var r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; }())")
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def type(self, selector: str, text: str) -> None:
        """Focus ``selector`` by clicking it and type ``text`` (as one input, like a paste)."""
        self.click(selector)
        self.send("Input.insertText", {"text": text})

    def axe(self, rules: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """axe-core's violations on the page: ``[{"id", "impact", "help", "nodes"}]`` (empty: none)."""
        self.evaluate(axe_source())
        options = json.dumps({"resultTypes": ["violations"], **({"rules": rules} if rules else {})})
        found: list[dict[str, Any]] = self.evaluate(
            f"axe.run(document, {options}).then(function (r) {{ return r.violations.map(function (v) {{"
            " return {id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }); })")
        return found

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        """A PNG of the page (the whole page with ``full_page``)."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", params)["data"]))
        return path

    def media(self, kind: str) -> None:
        """Emulate CSS media ``print`` or ``screen``."""
        self.send("Emulation.setEmulatedMedia", {"media": kind})
