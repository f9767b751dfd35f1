"""Regenerate docs/seed-graph.png: the seed article's graph page with one actor selected.

Run after `./bootstrap.sh` (which builds output/graph.html):
    .venv/bin/python docs/screenshot.py [--actor "Donald Trump"]
Uses Debian's chromium through Playwright, offline, like the browser tests.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=Path, default=ROOT / "output" / "graph.html")
    parser.add_argument("--actor", default="Donald Trump")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-graph.png")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            headless=True,
            args=ARGS,
        )
        context = browser.new_context(viewport={"width": 1400, "height": 860})
        context.set_offline(True)
        page = context.new_page()
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached")
        page.fill("#search", args.actor)
        page.press("#search", "Enter")
        page.evaluate("window.kg.network.fit()")
        # Fold the filters so that the evidence shows, and show the top of the panel.
        page.evaluate(
            "() => { document.getElementById('filters').open = false; "
            "document.getElementById('panel').scrollTop = 0; }"
        )
        page.wait_for_timeout(300)
        page.screenshot(path=str(args.out))
        browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
