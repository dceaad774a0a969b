"""README screenshots of the dashboard, taken in the system's Chromium against the demo programme:

    python -m tests.browser.screenshots            # writes bot/web/dashboard/screenshots/{overview,mnr-grid}.png

Everything runs on this machine: a temporary SQLite database, the bot's HTTP server on 127.0.0.1, headless Chromium.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from playwright.async_api import async_playwright

from bot.settings import PROJECT_ROOT
from tests.browser.chromium import launch
from tests.browser.served import demo_server, sqlite_url

OUT = PROJECT_ROOT / "bot" / "web" / "dashboard" / "screenshots"


async def take(out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory() as folder:
        async with demo_server(sqlite_url(Path(folder))) as served, async_playwright() as playwright:
            browser = await launch(playwright)
            page = await browser.new_page(viewport={"width": 1200, "height": 900})
            await page.goto(await served.sign_in_link())
            await page.get_by_role("button", name="Open the dashboard").click()
            await page.wait_for_url(f"{served.base_url}/dashboard/")
            shots = {  # file: (page, height shown)
                "overview.png": ("/dashboard/?days=90", 1400),
                "mnr-grid.png": (f"/dashboard/checkins/{served.ids['round']}?country=KE", 1150),
            }
            for name, (path, height) in shots.items():
                await page.goto(served.base_url + path)
                target = out / name
                await page.screenshot(path=str(target), full_page=True,
                                      clip={"x": 0, "y": 0, "width": 1200, "height": height})
                written.append(target)
            await browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(take(args.out)):
        print(path)


if __name__ == "__main__":
    main()
