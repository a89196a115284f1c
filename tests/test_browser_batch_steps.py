"""A step through a scene of many arrow entities (an instances batch from the server: shafts in a
line batch, heads in an instanced batch) rebuilds only the entities that changed: the page keeps
the other entities' drawables, writes only the changed ranges of the batches' GPU buffers (heads
included, none allocated) and shows what a freshly opened page shows at that time, in a few draw
calls however many entities there are."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import current_time, hover_text, open_viewer, view_pixels, wait_rendered

ENTITIES = 80
COLUMNS = 10
MOVED = 5


@pytest.fixture(scope="module")
def arrows_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 2D and 80 3D arrow entities (two arrows each) at frame 0; at frame 1 the first five of
    each turn (inside the scene's bounds: the views' framing stays)."""
    path = tmp_path_factory.mktemp("rec") / "arrow_steps.rrd"
    rec = rr.new_recording("rerun_test_browser_batch_steps")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial2DView(origin="/flat"), rrb.Spatial3DView(origin="/space")), collapse_panels=True))
    for frame in (0, 1):
        rec.set_time_sequence("frame", frame)
        for k in range(ENTITIES if frame == 0 else MOVED):
            x, y = (k % COLUMNS) * 10.0, (k // COLUMNS) * 10.0
            origins = np.array([[x, y], [x + 5, y + 4]], np.float32)
            vectors = np.array([[4, 0], [0, 3]], np.float32) if frame == 0 else np.array([[0, 4], [-3, 0]], np.float32)
            colors = [[255, 60, 0], [0, 200, 255]]
            rec.log(f"flat/a{k}", rr.Arrows2D(origins=origins, vectors=vectors, colors=colors, radii=0.4))
            rec.log(f"space/a{k}", rr.Arrows3D(origins=np.c_[origins, [0, 0]], vectors=np.c_[vectors, [0, 1]], colors=colors, radii=0.3))
    rec.disconnect()
    return path


def _step(page, key: str, time: str) -> None:
    page.keyboard.press(key)
    page.wait_for_function(f"() => document.querySelector('[data-testid=time-panel]').dataset.time === '{time}'")
    page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=60_000)


def _wait_same(page, kind: str, expected: np.ndarray, timeout_ms: int = 30_000) -> np.ndarray:
    """The view's pixels once they equal `expected` (within a few pixels); fails after the timeout."""
    waited = 0
    while True:
        shot = view_pixels(page, kind)
        differ = int((np.abs(shot - expected).max(axis=2) > 8).sum()) if shot.shape == expected.shape else 10**9
        if differ <= 20:
            return shot
        assert waited < timeout_ms, f"{kind}: {differ} pixels differ from a freshly opened page at this time"
        page.wait_for_timeout(100)
        waited += 100


def test_a_step_rewrites_only_the_changed_arrows_and_equals_a_fresh_page(page, viewer, arrows_rrd) -> None:
    server = viewer(files=[arrows_rrd])
    open_viewer(page, server, timeout=60_000)
    assert current_time(page) == 1
    fresh = {kind: view_pixels(page, kind) for kind in ("2D", "3D")}
    for kind in ("2D", "3D"):
        img = fresh[kind]
        assert (np.abs(img - img[0, 0]).max(axis=2) > 30).sum() > ENTITIES * 20, f"{kind}: nothing drawn"
    # Back and forth: from the second answer on the arrows come as instances batches (the store's
    # latest-at table), and frame 1 sends again the block holding the five arrows that turned.
    _step(page, "ArrowLeft", "0")
    _step(page, "ArrowRight", "1")
    wait_rendered(page)
    for kind in ("2D", "3D"):
        _wait_same(page, kind, fresh[kind])
        body = page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first
        # "rewritten allocated kept" (shafts' segments and heads) of the last scene update: the
        # five changed entities' two shafts and two heads, nothing allocated.
        rewritten, allocated, kept = map(int, str(body.get_attribute("data-batch-upload")).split())
        assert allocated == 0 and 0 < rewritten <= MOVED * 4 and kept >= (ENTITIES - MOVED) * 4, (kind, rewritten, allocated, kept)
        # Shafts and heads of 80 entities: a line batch and a head batch, not 160 objects.
        calls = int(body.get_attribute("data-draw-calls") or 0)
        assert 0 < calls <= 3, (kind, calls)
    # Hover still names a changed entity and an unchanged one where they are drawn.
    img = fresh["2D"]
    orange = np.argwhere(np.abs(img - (255, 60, 0)).max(axis=2) <= 30)
    assert len(orange) > 100
    names = {hover_text(page, "2D", float(x), float(y)).split("[")[0] for y, x in orange[:: len(orange) // 6][:6]}
    page.mouse.move(1, 1)
    assert names and names <= {f"/flat/a{k}" for k in range(ENTITIES)}, names
