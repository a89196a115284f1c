"""The page's cache of drawables is bounded: past its bound it is emptied (the server told, so it
sends again what the page no longer holds), it stays under the bound however long one scrubs,
and content evicted from it is drawn again, right, when the time cursor comes back to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import RENDERED, colored_pixels

ENTITIES = 6
FRAMES = 10
LIMIT = 8  # drawables: fewer than two frames' worth, so every other scrub step evicts
RED, BLUE = (255, 0, 0), (0, 0, 255)


@pytest.fixture(scope="module")
def frames_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "frames.rrd"
    rec = rr.new_recording("rerun_test_browser_cache")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/world")))
    for frame in range(FRAMES):
        rec.set_time_sequence("frame", frame)
        # Blue at the first frame, red at the last, grey between: every frame new drawables.
        color = BLUE if frame == 0 else RED if frame == FRAMES - 1 else (100 + frame, 100, 100)
        for e in range(ENTITIES):
            xy = np.array([[e * 10.0, frame * 0.01], [e * 10.0 + 5, 5.0]], np.float32)
            rec.log(f"world/e{e}", rr.Points2D(xy, colors=[color, color], radii=2.0))
    rec.disconnect()
    return path


def _cache(page: Any) -> tuple[int, int]:
    data = page.evaluate("() => [document.body.dataset.cacheDrawables, document.body.dataset.cacheResets]")
    return int(data[0]), int(data[1])


def _go_to(page: Any, frame: int) -> None:
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    assert lanes is not None
    if frame == 0:
        x = lanes["x"] + 12
    elif frame == FRAMES - 1:
        x = lanes["x"] + lanes["width"] - 4
    else:
        x = lanes["x"] + 12 + (lanes["width"] - 16) * frame / (FRAMES - 1)
    page.mouse.click(x, lanes["y"] + 10)
    page.wait_for_function("() => document.body.dataset.cacheDrawables !== undefined && document.body.dataset.rendered === 'true'", timeout=20_000)


def _shows(page: Any, rgb: tuple[int, int, int]) -> bool:
    return colored_pixels(page.locator(".view-tile[data-view-kind='2D'] .view-body").first.screenshot(), rgb) > 20


def _wait_shows(page: Any, rgb: tuple[int, int, int], other: tuple[int, int, int]) -> None:
    """Wait (on a loaded machine, generously) until the view shows `rgb` and not `other`."""
    for _ in range(100):
        if _shows(page, rgb) and not _shows(page, other):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"the view never showed {rgb} without {other}")


def test_the_drawable_cache_stays_bounded_and_evicted_content_comes_back(page, viewer, frames_rrd) -> None:
    server = viewer(files=[frames_rrd])
    page.goto(server.url + f"/?cache_limit_drawables={LIMIT}")
    page.wait_for_selector(RENDERED, state="attached", timeout=20_000)
    page.wait_for_function("() => document.body.dataset.cacheDrawables !== undefined", timeout=20_000)
    page.wait_for_function("() => document.querySelector('[data-testid=current-time]')?.textContent === '#9'", timeout=20_000)
    _wait_shows(page, RED, BLUE)
    drawables, resets = _cache(page)
    assert 0 < drawables <= LIMIT and resets == 0

    seen_resets = 0
    for frame in (0, 4, 9, 2, 0):
        _go_to(page, frame)
        # The ends exactly; a frame between them wherever the click lands (not an end).
        shown = f"t === '#{frame}'" if frame in (0, FRAMES - 1) else f"t && t !== '#0' && t !== '#{FRAMES - 1}'"
        page.wait_for_function(
            f"() => {{ const t = document.querySelector('[data-testid=current-time]')?.textContent; return {shown}; }}", timeout=20_000
        )
        # The answer for this frame is drawn (each frame has its own colour).
        page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=20_000)
        drawables, seen_resets = _cache(page)
        assert drawables <= LIMIT, (frame, drawables)
    assert seen_resets >= 2  # the cache was emptied on the way
    # Back at the first frame, whose drawables were evicted meanwhile: drawn again, blue.
    page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=20_000)
    _wait_shows(page, BLUE, RED)
    _go_to(page, FRAMES - 1)
    page.wait_for_function("() => document.querySelector('[data-testid=current-time]')?.textContent === '#9'", timeout=20_000)
    page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=20_000)
    _wait_shows(page, RED, BLUE)
    assert _cache(page)[0] <= LIMIT
