"""Launching the system's Chromium (Debian's `chromium` package, which `.ci/run` installs when it is missing)
through Playwright: never a browser that Playwright downloads itself."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the browser tests skip (or fail on CI) when Playwright is missing, rather than not collect
    from playwright.async_api import Browser, Playwright

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    """CHROMIUM if set, else the first system Chromium found."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


async def launch(playwright: Playwright) -> Browser:
    path = chromium_path()
    if path is None:
        raise RuntimeError("no system Chromium: install Debian's chromium package (apt-get install chromium)")
    return await playwright.chromium.launch(executable_path=path, args=ARGS, headless=True)
