"""The page draws a points batch (the server's plain points of many entities in one drawable) exactly
as it draws the same entities sent one drawable each: the same pixels in a 3D and a 2D view of 100
entities with per-entity default colours, single and per-instance colours and radii, and the same
hover names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import hover_text, open_viewer, view_pixels
from rerun._viewer.views import _spatial

ENTITIES = 100
COLUMNS = 10


def _cell(k: int) -> np.ndarray:
    x, y = (k % COLUMNS) * 10.0, (k // COLUMNS) * 10.0
    return np.array([[x, y], [x + 4, y + 4], [x + 4, y]], np.float32)


@pytest.fixture(scope="module")
def grid_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "batch.rrd"
    rec = rr.new_recording("rerun_test_browser_points_batch")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial2DView(origin="/flat"), rrb.Spatial3DView(origin="/space")), collapse_panels=True))
    for k in range(ENTITIES):
        style: dict[str, Any] = {}
        if k % 3 == 0:
            style["colors"] = [40 * (k % 6), 200, 255 - 2 * k]
        elif k % 3 == 1:
            style["colors"] = [[255, 0, 0], [0, 255, 0], [0, 0, 255]]
        # Otherwise the entity's default colour (Rerun's per-path choice).
        style["radii"] = rr.Radius.ui_points(2.0 + k % 4) if k % 2 else np.array([-2.0, -5.0], np.float32)  # UI points, the last repeats
        xy = _cell(k)
        rec.log(f"flat/e{k}", rr.Points2D(xy, **style), static=True)
        rec.log(f"space/g{k % 4}/e{k}", rr.Points3D(np.c_[xy, np.zeros(3)], **style), static=True)
    for g in range(4):
        rec.log(f"space/g{g}", rr.Transform3D(translation=[0, 0, 5 * g]), static=True)
    rec.disconnect()
    return path






def test_a_points_batch_draws_the_same_pixels_as_one_drawable_per_entity(page, viewer, grid_rrd, monkeypatch) -> None:
    server = viewer(files=[grid_rrd])
    shots = {}
    hovers = {}
    for mode, minimum in (("batched", _spatial.BATCH_MIN_ENTITIES), ("per entity", 10**9)):
        monkeypatch.setattr(_spatial, "BATCH_MIN_ENTITIES", minimum)
        open_viewer(page, server, timeout=60_000)
        shots[mode] = {kind: view_pixels(page, kind) for kind in ("2D", "3D")}
        # Where entity 57's second point is drawn in 2D: its instance under the mouse.
        img = shots[mode]["2D"]
        lit = np.argwhere(np.abs(img - img[0, 0]).max(axis=2) > 30)
        assert len(lit) > ENTITIES * 3, f"{mode}: the points are not drawn"
        hovers[mode] = hover_text(page, "2D", float(np.median(lit[:, 1])), float(np.median(lit[:, 0])))
        page.mouse.move(1, 1)
    for kind in ("2D", "3D"):
        a, b = shots["batched"][kind], shots["per entity"][kind]
        assert a.shape == b.shape
        differ = np.abs(a - b).max(axis=2) > 8
        assert differ.sum() <= 20, f"{kind}: {int(differ.sum())} pixels differ between the batch and one drawable per entity"
    assert hovers["batched"] == hovers["per entity"] and hovers["batched"].startswith("/flat/e")


@pytest.fixture(scope="module")
def steps_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100 plain 2D point entities at frame 0; at frame 1 the first nine move 3 units right (inside
    the scene's bounds: the view's framing stays)."""
    path = tmp_path_factory.mktemp("rec") / "batch_steps.rrd"
    rec = rr.new_recording("rerun_test_browser_points_batch_steps")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/flat"), collapse_panels=True))
    for frame in (0, 1):
        rec.set_time_sequence("frame", frame)
        for k in range(ENTITIES if frame == 0 else 9):
            rec.log(f"flat/e{k}", rr.Points2D(_cell(k) + [3 * frame, 0], radii=rr.Radius.ui_points(3.0), colors=[255, 200, 0]))
    rec.disconnect()
    return path


def _wait_pixels(page: Any, expected: np.ndarray, same: bool, timeout: float = 30.0) -> np.ndarray:
    """The 2D view's pixels once they are (or are no longer) `expected`, within a few pixels."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        shot = view_pixels(page, "2D")
        differ = int((np.abs(shot - expected).max(axis=2) > 8).sum()) if shot.shape == expected.shape else 10**9
        if (differ <= 20) == same:
            return shot
        assert time.monotonic() < deadline, f"the view did not {'come back to' if same else 'leave'} the expected pixels ({differ} differ)"
        page.wait_for_timeout(100)


def test_a_step_in_a_batch_draws_the_changed_entities_anew_and_keeps_the_others(page, viewer, steps_rrd) -> None:
    """Stepping back and forth, the page builds again only the entities whose instances changed
    (the others keep what they drew) and writes only their ranges of the batch's GPU buffers: what it shows is what a page opened at that time shows, and
    hover still names entities that changed and entities that did not."""
    from browser_support import current_time

    server = viewer(files=[steps_rrd])
    open_viewer(page, server, timeout=60_000)
    assert current_time(page) == 1
    fresh = view_pixels(page, "2D")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("() => document.querySelector('[data-testid=time-panel]').dataset.time === '0'")
    before = _wait_pixels(page, fresh, same=False)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('[data-testid=time-panel]').dataset.time === '1'")
    _wait_pixels(page, fresh, same=True)
    # The batch's buffers were rewritten in place, in the moved entities' ranges only (9 entities of 3
    # points): "rewritten allocated kept" points of the last scene update.
    upload = str(page.locator(".view-tile[data-view-kind='2D'] .view-body").first.get_attribute("data-batch-upload"))
    assert len(upload.split()) == 3, upload
    rewritten, allocated, kept = map(int, upload.split())
    assert allocated == 0 and rewritten + kept == 3 * ENTITIES and 0 < rewritten <= 27, (rewritten, allocated, kept)
    # Where the moved entities were and no longer are, and where an unchanged one is drawn.
    lit_before = np.abs(before - before[0, 0]).max(axis=2) > 30
    lit_after = np.abs(fresh - fresh[0, 0]).max(axis=2) > 30
    assert (lit_before & ~lit_after).sum() > 0 and (lit_after & ~lit_before).sum() > 0
    names = set()
    for y, x in np.argwhere(lit_after & ~lit_before)[:: max(1, int((lit_after & ~lit_before).sum()) // 5)][:5]:
        names.add(hover_text(page, "2D", float(x), float(y)).split("[")[0])
        page.mouse.move(1, 1)
    assert names and names <= {f"/flat/e{k}" for k in range(9)}, names
    ys, xs = np.nonzero(lit_after & lit_before)
    k = len(ys) // 2
    assert hover_text(page, "2D", float(xs[k]), float(ys[k])).startswith("/flat/e")
