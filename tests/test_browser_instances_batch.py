"""The page draws an instances batch (the server's plain boxes, arrows or line strips of many
entities in one drawable, answered from the latest-at table) exactly as it draws the same entities
sent one drawable each: the same pixels in a 3D and a 2D view of 3 x 80 entities with default,
single and per-instance colours, UI-point and scene-unit radii, centers and origins, labels
(on boxes, and 80 labelled point entities), and 80 two-keypoint skeletons coloured and connected
by their annotation context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import current_time, open_viewer, view_pixels
from rerun._viewer.views import _spatial

ENTITIES = 80
COLUMNS = 10


@pytest.fixture(scope="module")
def grid_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "instances_batch.rrd"
    rec = rr.new_recording("rerun_test_browser_instances_batch")
    rec.save(path)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial2DView(origin="/flat"), rrb.Spatial3DView(origin="/space")), collapse_panels=True))
    # Keypoint skeletons: colors from the context, a connection drawn between each entity's two points.
    skeleton = rr.ClassDescription(info=rr.AnnotationInfo(1, color=(255, 128, 0)), keypoint_annotations=[rr.AnnotationInfo(0, color=(0, 0, 255))], keypoint_connections=[(0, 1)])
    rec.log("flat", rr.AnnotationContext([skeleton]), static=True)
    for frame in (0, 1):
        rec.set_time_sequence("frame", frame)
        for g in range(4):
            rec.log(f"space/g{g}", rr.Transform3D(translation=[0, 0, 5 * g]))
        for k in range(ENTITIES):
            x, y = (k % COLUMNS) * 10.0, (k // COLUMNS) * 10.0 + frame
            style: dict[str, Any] = {}
            if k % 3 == 0:
                style["colors"] = [40 * (k % 6), 200, 255 - 2 * k]
            elif k % 3 == 1:
                style["colors"] = [[255, 0, 0], [0, 255, 0]]
            style["radii"] = rr.Radius.ui_points(1.0 + k % 3) if k % 2 else 0.3
            centers = np.array([[x, y], [x + 5, y + 4]], np.float32)
            labels = {"labels": f"b{k}"} if k % 9 == 0 else {}
            rec.log(f"flat/b{k}", rr.Boxes2D(centers=centers, half_sizes=[[2, 1.5], [1, 1]], **style, **labels))
            rec.log(f"flat/p{k}", rr.Points2D(centers + [1, -2], labels=[f"p{k}", ""] if k % 7 == 0 else [], **style))
            rec.log(f"flat/k{k}", rr.Points2D(centers + [[4, 3], [7, 8]], class_ids=1, keypoint_ids=[0, 1], radii=style["radii"]))
            rec.log(f"flat/a{k}", rr.Arrows2D(origins=centers + [0, 2], vectors=[[3, 0], [0, -2]], **style))
            rec.log(f"space/g{k % 4}/b{k}", rr.Boxes3D(centers=np.c_[centers, [0, 1]], half_sizes=[[2, 1.5, 1], [1, 1, 1]], **style))
            rec.log(f"space/g{k % 4}/a{k}", rr.Arrows3D(origins=np.c_[centers, [0, 0]], vectors=[[3, 0, 1], [0, -2, 0]], **style))
            strips = [centers + [[-3, -3], [-3, -1]], np.array([[x + 6, y], [x + 8, y + 3], [x + 9, y]], np.float32)]
            rec.log(f"flat/l{k}", rr.LineStrips2D(strips, **style))
            rec.log(f"space/g{k % 4}/l{k}", rr.LineStrips3D([np.c_[p, np.ones(len(p))] for p in strips], **style))
    rec.disconnect()
    return path


def test_an_instances_batch_draws_the_same_pixels_as_one_drawable_per_entity(page, viewer, grid_rrd, monkeypatch) -> None:
    server = viewer(files=[grid_rrd])
    made: list[int] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: made.append(1) or real(*args))
    shots = {}
    for mode, minimum in (("batched", _spatial.BATCH_MIN_ENTITIES), ("per entity", 10**9)):
        monkeypatch.setattr(_spatial, "BATCH_MIN_ENTITIES", minimum)
        open_viewer(page, server, timeout=60_000)
        assert current_time(page) == 1
        # Step back and forth: the store's latest-at table is there from the second query on.
        for key, t in (("ArrowLeft", "0"), ("ArrowRight", "1")):
            page.keyboard.press(key)
            page.wait_for_function(f"() => document.querySelector('[data-testid=time-panel]').dataset.time === '{t}'")
            page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=60_000)
        page.wait_for_timeout(300)
        shots[mode] = {kind: view_pixels(page, kind) for kind in ("2D", "3D")}
        img = shots[mode]["2D"]
        assert (np.abs(img - img[0, 0]).max(axis=2) > 30).sum() > ENTITIES * 20, f"{mode}: nothing drawn"
        if mode == "batched":
            assert made, "the page was not answered with batches"
    for kind in ("2D", "3D"):
        a, b = shots["batched"][kind], shots["per entity"][kind]
        assert a.shape == b.shape
        differ = np.abs(a - b).max(axis=2) > 8
        assert differ.sum() <= 20, f"{kind}: {int(differ.sum())} pixels differ between the batch and one drawable per entity"
