"""Browser fixtures for the graph page tests (see tests/export/browser.py)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.export.browser import CHROMIUM_ARGS, OpenPage, chromium_path, open_page


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (KG_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    executable = chromium_path()
    if executable is None:
        _unavailable("chromium is not installed (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def pages(browser: Any) -> Iterator[Callable[..., OpenPage]]:
    """Opens pages (see `open_page`); their browser contexts close after the test."""
    opened: list[OpenPage] = []

    def opener(path: Path, **size: int) -> OpenPage:
        page = open_page(browser, path, **size)
        opened.append(page)
        return page

    yield opener
    for page in opened:
        page.page.context.close()
