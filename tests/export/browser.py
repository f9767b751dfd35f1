"""A real headless Chromium (Debian's, driven by Playwright) for the graph page tests.

Every request that is not a `file://` URL is aborted and recorded, the context is
offline, and console errors, page errors, dialogs (`alert`) and Content-Security-Policy
violations are collected, so a test can assert that none happened.

When chromium or Playwright is missing the browser tests skip with the reason, unless
KG_REQUIRE_BROWSER=1 (CI), where they fail.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Recorded before any page script runs; CSP violations would mean something was injected.
WATCH_SCRIPT = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def chromium_path() -> str | None:
    """The chromium binary: $KG_CHROMIUM, else `chromium` on the PATH."""
    configured = os.environ.get("KG_CHROMIUM")
    if configured:
        return configured if Path(configured).is_file() else None
    return shutil.which("chromium")


@dataclass
class OpenPage:
    """A loaded page and everything that went wrong (or out) while it ran."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def violations(self) -> list[str]:
        return list(self.page.evaluate("window.__violations"))

    def counts(self) -> dict[str, int]:
        """The counts the page shows, from the data attributes of its counts line."""
        values = self.page.eval_on_selector("#counts", "el => Object.assign({}, el.dataset)")
        return {key: int(value) for key, value in values.items()}

    def hidden(self) -> int:
        notice = self.page.locator("#hidden-notice")
        if not notice.is_visible():
            return 0
        return int(notice.get_attribute("data-hidden") or "0")

    def node_point(self, index: int) -> tuple[float, float]:
        """Where node `index` is drawn, in page coordinates."""
        x, y = self.page.evaluate(
            """(index) => {
                const net = window.kg.network;
                const point = net.canvasToDOM(net.getPositions([index])[index]);
                const box = document.getElementById("graph").getBoundingClientRect();
                return [box.left + point.x, box.top + point.y];
            }""",
            index,
        )
        return float(x), float(y)

    def click_node(self, index: int, *, double: bool = False) -> None:
        """A real mouse click on the node drawn for node `index`."""
        x, y = self.node_point(index)
        if double:
            self.page.mouse.dblclick(x, y)
        else:
            self.page.mouse.click(x, y)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.blocked == [], self.blocked
        assert self.dialogs == [], self.dialogs
        assert self.violations() == []


def open_page(browser: Any, path: Path, *, width: int = 1400, height: int = 900) -> OpenPage:
    """Open `path` from file:// with the network cut, and wait until the graph is drawn."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_offline(True)
    context.add_init_script(WATCH_SCRIPT)
    opened = OpenPage(context.new_page())

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            opened.blocked.append(url)
            route.abort()

    context.route("**/*", route)
    page = opened.page
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on(
        "console",
        lambda message: opened.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: opened.errors.append(str(error)))

    def dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
    return opened
