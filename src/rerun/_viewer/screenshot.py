"""Headless screenshots of the viewer page: Playwright driving the system Chromium.

`rerun FILE.rrd --screenshot-to out.png --window-size 1280x800` serves the recording and calls
`take_screenshot`. The page sets ``data-rendered="true"`` on ``<body>`` once every visible view has
drawn the data of the current time, and that is what we wait for before capturing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: Flags for Chromium without a GPU or a sandbox-capable kernel: WebGL runs through SwiftShader.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu-sandbox",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


class ScreenshotError(RuntimeError):
    """The screenshot could not be taken (no Chromium, no Playwright, page never rendered)."""


def find_chromium() -> str | None:
    """The Chromium executable to use: ``$RERUN_CHROMIUM``, then the usual system paths and PATH."""
    env = os.environ.get("RERUN_CHROMIUM")
    if env:
        return env if os.path.isfile(env) and os.access(env, os.X_OK) else None
    for path in _CANDIDATES:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_or_error() -> str:
    """Like `find_chromium` but raises a `ScreenshotError` that says how to get one."""
    path = find_chromium()
    if path is None:
        where = os.environ.get("RERUN_CHROMIUM")
        detail = f"RERUN_CHROMIUM={where!r} is not an executable file" if where else "no Chromium was found"
        raise ScreenshotError(
            f"Cannot take a screenshot: {detail}. Install it (Debian/Ubuntu: `apt-get install chromium`) "
            "or point RERUN_CHROMIUM at a Chromium/Chrome executable."
        )
    return path


_TWO_FRAMES = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))"


def take_screenshot(
    url: str,
    out_path: str | os.PathLike[str],
    width: int = 1280,
    height: int = 800,
    timeout: float = 30.0,
) -> Path:
    """Open `url` in headless Chromium, wait until the viewer has rendered, write a PNG.

    Parameters
    ----------
    url:
        The viewer page (e.g. ``http://127.0.0.1:9090/``).
    out_path:
        Where to write the PNG; parent directories are created.
    width, height:
        The window size in CSS pixels.
    timeout:
        Seconds to wait for the page to report that every view has drawn.

    Returns
    -------
    The path written.

    Raises
    ------
    ScreenshotError
        No Chromium or Playwright, or the page did not render within `timeout`.
    """
    executable = chromium_or_error()
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise ScreenshotError("Cannot take a screenshot: the `playwright` Python package is not installed.") from err
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": int(width), "height": int(height)})
                page.goto(url, timeout=timeout * 1000)
                try:
                    page.wait_for_selector("body[data-rendered='true']", state="attached", timeout=timeout * 1000)
                except PlaywrightError as err:
                    raise ScreenshotError(f"The viewer did not finish rendering within {timeout:g} s.") from err
                # Let the compositor present the last WebGL frames (a busy software GPU lags behind).
                page.evaluate(_TWO_FRAMES)
                page.screenshot(path=str(out))
            finally:
                browser.close()
    except PlaywrightError as err:
        raise ScreenshotError(f"Cannot take a screenshot: {err}") from err
    return out
