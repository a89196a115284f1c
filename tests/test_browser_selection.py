"""Hovering and clicking what the spatial views draw besides points, in a real browser: a box and a
line strip name themselves in the hover tooltip, a click selects that instance (the selection
panel's title says which), and the view rims the selected instance in white, as Rerun does."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
from browser_support import colored_pixels, open_viewer

RED = (255, 0, 0)
GREEN = (0, 255, 0)
WHITE = (255, 255, 255)


@pytest.fixture(scope="module")
def shapes_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "shapes.rrd"
    rec = rr.new_recording("rerun_test_browser_selection")
    rec.save(path)
    thick = rr.Radius.ui_points(3.0)
    # Two boxes: only the one clicked gets the rim. Two strips, far from the boxes.
    rec.log("world/boxes", rr.Boxes3D(centers=[[-2, 0, 0], [-2, 0, 3]], half_sizes=[[1, 1, 1], [0.5, 0.5, 0.5]], radii=thick, colors=[RED, [0, 0, 255]]), static=True)
    rec.log("world/lines", rr.LineStrips3D([[[2, -1, 0], [3, 0, 0], [2, 1, 0]], [[2, -1, 3], [3, 1, 3]]], radii=thick, colors=[GREEN, [255, 255, 0]]), static=True)
    rec.disconnect()
    return path


def test_clicking_a_box_and_a_line_strip_selects_and_rims_that_instance(page, viewer, shapes_rrd) -> None:
    server = viewer(files=[shapes_rrd])
    open_viewer(page, server)
    body = page.locator(".view-tile[data-view-kind='3D'] .view-body")
    before = body.screenshot()
    assert colored_pixels(before, WHITE, tolerance=10) == 0

    _click_color(page, body, before, RED, "/world/boxes[0]")
    rimmed = _wait_for_white(body)
    # The rim follows the selected box, not the other one or the strips.
    assert _white_near(rimmed, before, RED)

    _click_color(page, body, before, GREEN, "/world/lines[0]")
    rimmed = _wait_for_white(body)
    assert _white_near(rimmed, before, GREEN)
    assert not _white_near(rimmed, before, RED)

    # Clicking empty space clears the selection and the rim.
    box = body.bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)
    deadline = time.monotonic() + 10
    while colored_pixels(body.screenshot(), WHITE, tolerance=10) and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert colored_pixels(body.screenshot(), WHITE, tolerance=10) == 0


def _click_color(page: Any, body: Any, shot: bytes, rgb: tuple[int, int, int], expected: str) -> None:
    """Hover, then click, the pixel of `rgb` most surrounded by it; the tooltip and the selection
    panel must name `expected`."""
    y, x = _deepest_pixel(shot, rgb)
    box = body.bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    hover = page.locator(".view-tile[data-view-kind='3D'] [data-testid=hover]")
    page.wait_for_function("e => e.style.display !== 'none' && e.textContent.length > 0", arg=hover.element_handle(), timeout=10_000)
    assert hover.inner_text() == expected
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function(
        "t => document.querySelector('[data-testid=selection-title]')?.textContent === t", arg=expected, timeout=10_000
    )


def _wait_for_white(body: Any, timeout: float = 10.0) -> bytes:
    """A screenshot once the view shows a white rim (the next frame after selecting draws it)."""
    deadline = time.monotonic() + timeout
    while True:
        shot = body.screenshot()
        if colored_pixels(shot, WHITE, tolerance=10) > 20 or time.monotonic() > deadline:
            assert colored_pixels(shot, WHITE, tolerance=10) > 20
            return shot
        time.sleep(0.1)


def _pixels(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _mask(png: bytes, rgb: tuple[int, int, int], tolerance: int = 60) -> np.ndarray:
    return np.abs(_pixels(png) - np.array(rgb)).max(axis=2) <= tolerance


def _deepest_pixel(png: bytes, rgb: tuple[int, int, int]) -> tuple[int, int]:
    """The pixel of color `rgb` with the most pixels of that color around it (mid-line, not an edge)."""
    mask = _mask(png, rgb).astype(int)
    assert mask.sum() > 20, f"{rgb} is not drawn"
    padded = np.pad(mask, 2)
    around = sum(padded[2 + dy : 2 + dy + mask.shape[0], 2 + dx : 2 + dx + mask.shape[1]] for dy in range(-2, 3) for dx in range(-2, 3))
    y, x = np.unravel_index(np.argmax(around * mask), mask.shape)
    return int(y), int(x)


def _white_near(shot: bytes, before: bytes, rgb: tuple[int, int, int], reach: int = 6) -> bool:
    """Whether white pixels of `shot` lie within `reach` pixels of where `rgb` was drawn in `before`."""
    white = _mask(shot, WHITE, tolerance=10)
    color = _mask(before, rgb)
    near = np.zeros_like(color)
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            near |= np.roll(np.roll(color, dy, axis=0), dx, axis=1)
    return int((white & near).sum()) > 10
