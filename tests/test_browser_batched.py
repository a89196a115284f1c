"""Many entities in one spatial view, in a real browser: 1,000 point entities in a 3D view and 1,000
in a 2D view are drawn in batches (a few WebGL draw calls per frame, not one per entity), each
point where it was logged, and hovering and clicking still name the right entity and instance
among them; the selected instance alone gets the white rim."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import open_viewer

ENTITIES = 1_000
COLUMNS = 40
SPACING = 10.0
TARGET = 537  # column 17, row 13: inside the grid, away from the view's edges
GRAY = (120, 120, 120)
RED = (255, 0, 0)
BLUE = (0, 0, 255)


def _grid(k: int) -> np.ndarray:
    """Entity k's two points: its grid cell's corner and half a cell further along both axes."""
    x, y = (k % COLUMNS) * SPACING, (k // COLUMNS) * SPACING
    return np.array([[x, y], [x + SPACING / 2, y + SPACING / 2]], dtype=np.float32)


@pytest.fixture(scope="module")
def grid_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "grid.rrd"
    rec = rr.new_recording("rerun_test_browser_batched")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial2DView(origin="/grid2d"), rrb.Spatial3DView(origin="/grid3d")), collapse_panels=True))
    radius = rr.Radius.ui_points(3.0)
    for k in range(ENTITIES):
        colors = [RED, BLUE] if k == TARGET else [GRAY, GRAY]
        xy = _grid(k)
        rec.log(f"grid2d/e{k}", rr.Points2D(xy, colors=colors, radii=radius), static=True)
        rec.log(f"grid3d/e{k}", rr.Points3D(np.c_[xy, np.zeros(2)], colors=colors, radii=radius), static=True)
    rec.disconnect()
    return path


def _pixels(body: Any) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(body.screenshot())).convert("RGB")).astype(int)


def _near(img: np.ndarray, rgb: tuple[int, int, int], tol: int) -> np.ndarray:
    return np.abs(img - np.array(rgb)).max(axis=2) <= tol


def _draw_calls(page: Any, kind: str) -> int:
    body = page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first
    page.wait_for_function("e => e.dataset.drawCalls !== undefined", arg=body.element_handle(), timeout=10_000)
    return int(body.get_attribute("data-draw-calls"))


def _hover(page: Any, kind: str, x: float, y: float, expected: str) -> None:
    page.mouse.move(x, y)
    page.wait_for_function(
        "([e, t]) => e.style.display !== 'none' && e.textContent === t",
        arg=[page.locator(f".view-tile[data-view-kind='{kind}'] [data-testid=hover]").element_handle(), expected],
        timeout=10_000,
    )


def test_a_thousand_point_entities_draw_in_batches_and_pick_the_right_instance(page, viewer, grid_rrd) -> None:
    server = viewer(files=[grid_rrd])
    open_viewer(page, server, timeout=60_000)
    # Every entity's points in one batch: a draw call or two per view (Rerun 0.17 batches per
    # kind too), not one per entity.
    assert _draw_calls(page, "2D") <= 3
    assert _draw_calls(page, "3D") <= 3

    # 2D: the view frames the content's bounds exactly, so each point's screen position is known.
    body = page.locator(".view-tile[data-view-kind='2D'] .view-body").first
    box = body.bounding_box()
    w, h = box["width"], box["height"]
    x0, x1 = 0.0, (COLUMNS - 1) * SPACING + SPACING / 2
    y0, y1 = 0.0, (ENTITIES // COLUMNS - 1) * SPACING + SPACING / 2
    per_px = max((x1 - x0) / w, (y1 - y0) / h)

    def screen(p: np.ndarray) -> tuple[float, float]:
        return float(w / 2 + (p[0] - (x0 + x1) / 2) / per_px), float(h / 2 + (p[1] - (y0 + y1) / 2) / per_px)

    img = _pixels(body)
    target = _grid(TARGET)
    for point, rgb in zip(target, (RED, BLUE)):
        sx, sy = screen(point)
        mask = _near(img, rgb, 40)
        ys, xs = np.nonzero(mask)
        assert len(xs) > 5, f"{rgb} is not drawn"
        # All of that colour is the one point, where it was logged.
        assert abs(xs.mean() - sx) < 3 and abs(ys.mean() - sy) < 3, (xs.mean(), ys.mean(), sx, sy)
        assert np.hypot(xs - sx, ys - sy).max() < 8
    # The other 998 entities are drawn too, each at its place.
    assert int(_near(img, GRAY, 30).sum()) > 1_998 * 5
    sx, sy = screen(_grid(212)[1])
    assert _near(img, GRAY, 30)[int(round(sy)), int(round(sx))]

    # Hover names entity and instance among the thousand; a click selects that instance only.
    sx, sy = screen(target[1])
    _hover(page, "2D", box["x"] + sx, box["y"] + sy, f"/grid2d/e{TARGET}[1]")
    sx, sy = screen(_grid(212)[0])
    _hover(page, "2D", box["x"] + sx, box["y"] + sy, "/grid2d/e212[0]")
    sx, sy = screen(target[0])
    page.mouse.click(box["x"] + sx, box["y"] + sy)
    page.wait_for_function("t => document.querySelector('[data-testid=selection-title]')?.textContent === t", arg=f"/grid2d/e{TARGET}[0]", timeout=10_000)
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.wait_for_function("e => e.style.display === 'none'", arg=page.locator(".view-tile[data-view-kind='2D'] [data-testid=hover]").element_handle(), timeout=10_000)
    deadline = 50
    while True:
        white = _near(_pixels(body), (255, 255, 255), 10)
        if white.sum() > 5 or deadline == 0:
            break
        deadline -= 1
        page.wait_for_timeout(100)
    ys, xs = np.nonzero(white)
    assert len(xs) > 5, "the selected point has no white rim"
    assert np.hypot(xs - sx, ys - sy).max() < 10, "only the selected instance is rimmed"

    # 3D: the red point is drawn, and hovering it names it among the thousand.
    body3 = page.locator(".view-tile[data-view-kind='3D'] .view-body").first
    box3 = body3.bounding_box()
    img3 = _pixels(body3)
    red = _near(img3, RED, 40)
    assert red.sum() > 3, "the red point is not drawn in 3D"
    assert int(_near(img3, GRAY, 30).sum()) > 1_000
    ys, xs = np.nonzero(red)
    _hover(page, "3D", box3["x"] + float(np.median(xs)), box3["y"] + float(np.median(ys)), f"/grid3d/e{TARGET}[0]")
