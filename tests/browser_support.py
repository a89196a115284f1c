"""Fixtures for the browser tests: one headless Chromium per test module (Playwright driving the system
Chromium, WebGL through SwiftShader) and real viewer servers on free ports.

Import the fixtures in a test module with ``from browser_support import browser, page, viewer``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rerun._viewer.screenshot import CHROMIUM_ARGS, find_chromium

CHROMIUM = find_chromium()
RENDERED = "body[data-rendered='true']"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module (skips the test when there is none).

    Module-scoped, not session-scoped: Playwright's sync API keeps an event loop running in the
    main thread while it is open, and other test modules call `asyncio.run`.
    """
    if CHROMIUM is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set RERUN_CHROMIUM); CI installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh 1280x800 page; fails the test if the app throws an uncaught error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda err: errors.append(f"pageerror: {err}\n{getattr(err, 'stack', '')}"))
    # Console errors from the app (shader compile errors, views failing to draw); network errors
    # are expected while a test restarts the server.
    pg.on(
        "console",
        lambda msg: msg.type == "error"
        and "WebSocket" not in msg.text
        and "Failed to load resource" not in msg.text
        and errors.append(f"console: {msg.text}"),
    )
    pg.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()
    assert not errors, errors


@pytest.fixture
def viewer() -> Iterator[Callable[..., Any]]:
    """Start real viewer servers: ``viewer(files=[...], tcp=False, web_port=0)`` -> ViewerServer."""
    from rerun._viewer.server import ViewerServer

    servers: list[Any] = []

    def start(files: list[Path] = (), tcp: bool = False, web_port: int = 0) -> Any:  # type: ignore[assignment]
        server = ViewerServer(web_port=web_port, tcp_port=0 if tcp else None, memory_limit=None)
        server.start_in_thread()
        servers.append(server)
        for f in files:
            server.load_file(str(f))
        return server

    yield start
    for server in servers:
        server.shutdown()


def open_viewer(page: Any, server: Any, timeout: float = 15_000) -> None:
    """Open the app of `server` and wait until every view has drawn."""
    page.goto(server.url + "/")
    page.wait_for_selector(RENDERED, state="attached", timeout=timeout)


def wait_rendered(page: Any, timeout: float = 10_000) -> None:
    page.wait_for_selector(RENDERED, state="attached", timeout=timeout)


def colored_pixels(png: bytes, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    """How many pixels of a PNG are close to `rgb`."""
    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return int((np.abs(img - np.array(rgb)).max(axis=2) <= tolerance).sum())


def current_time(page: Any) -> int:
    """The time cursor as the time panel reports it (``data-time``)."""
    return int(float(page.get_attribute("[data-testid=time-panel]", "data-time")))


def save_recording(path: Path, log: Callable[[Any], None], app_id: str = "rerun_test_browser") -> Path:
    """A recording made by `log(rec)` saved to `path` (an .rrd for a viewer to open)."""
    import rerun as rr

    rec = rr.new_recording(app_id)
    rec.save(path)
    log(rec)
    rec.disconnect()
    return path


def view_pixels(page: Any, kind: str) -> Any:
    """The first view of `kind` ("2D", "3D", ...) as an RGB int array (height, width, 3)."""
    import numpy as np
    from PIL import Image

    body = page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first
    return np.asarray(Image.open(io.BytesIO(body.screenshot())).convert("RGB")).astype(int)


def hover_text(page: Any, kind: str, x: float, y: float) -> str:
    """The hover tooltip's text with the mouse at (x, y) of the first `kind` view's body: the
    mouse leaves the view first, and the text is read once the tooltip has moved to this point."""
    box = page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first.bounding_box()
    page.mouse.move(1, 1)
    page.mouse.move(box["x"] + x, box["y"] + y)
    hover = page.locator(f".view-tile[data-view-kind='{kind}'] [data-testid=hover]").first
    page.wait_for_function(
        "([e, x, y]) => e.style.display !== 'none' && e.textContent && Math.abs(parseFloat(e.style.left) - x - 14) < 1 && Math.abs(parseFloat(e.style.top) - y - 14) < 1",
        arg=[hover.element_handle(), x, y],
        timeout=10_000,
    )
    return str(hover.text_content())


def where_color(img: Any, rgb: Any, tol: int = 2) -> tuple[int, int, int]:
    """(count, y, x): how many pixels of `img` are `rgb` (within `tol`) and the one most surrounded by others of it."""
    import numpy as np

    mask = (np.abs(img - rgb).max(axis=2) <= tol).astype(int)
    padded = np.pad(mask, 3)
    around = sum(padded[3 + dy : 3 + dy + mask.shape[0], 3 + dx : 3 + dx + mask.shape[1]] for dy in range(-3, 4) for dx in range(-3, 4))
    y, x = np.unravel_index(np.argmax(around * mask), mask.shape)
    return int(mask.sum()), int(y), int(x)
