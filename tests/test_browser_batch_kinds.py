"""Images of one size and format in a 2D view draw as one texture array (one draw call per kind,
not one per image) with the same pixels as when each is drawn on its own; hover names the image
and the pixel's value as before; a step that changes a few images uploads only their layers and
shows what a freshly opened page shows. Point, strip and box entities seen through a pinhole, and
textured meshes whose textures have one size, draw in batches, as when each entity is drawn on its
own (`?batch=0`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import current_time, hover_text, open_viewer, save_recording, view_pixels, wait_rendered

PER_KIND = 12
KINDS = ("rgb", "gray", "depth", "seg")
CHANGED = 3


def _image(kind: str, k: int, frame: int, draw_order: float | None) -> Any:
    """Image `k` of `kind` at `frame` (only the first `CHANGED` change at frame 1)."""
    rng = np.random.default_rng(k * 7 + (frame if k < CHANGED else 0))
    order = {} if draw_order is None else {"draw_order": draw_order}
    if kind == "rgb":
        return rr.Image(rng.integers(0, 256, (4, 6, 3), dtype=np.uint8), **order)
    if kind == "gray":
        return rr.Image(rng.integers(0, 256, (4, 6), dtype=np.uint8), **order)
    if kind == "depth":
        return rr.DepthImage(rng.integers(1, 5000, (4, 6), dtype=np.uint16), meter=1000.0, **order)
    return rr.SegmentationImage(rng.integers(0, 4, (4, 6), dtype=np.uint8), **order)


def _log(rec: rr.RecordingStream, own_draw_orders: bool) -> None:
    """48 small images that do not overlap, under points drawn above them. With
    `own_draw_orders` each image has a draw order of its own (so each is drawn on its own)."""
    rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/", visual_bounds=rrb.VisualBounds2D(x_range=[-2, 80], y_range=[-2, 48])), collapse_panels=True))
    rec.log("seg", rr.AnnotationContext([(1, "a", (255, 0, 0)), (2, "b", (0, 255, 0)), (3, "c", (0, 0, 255))]), static=True)
    for frame in (0, 1):
        rec.set_time_sequence("frame", frame)
        for j, kind in enumerate(KINDS):
            for k in range(PER_KIND):
                if frame == 1 and k >= CHANGED:
                    continue
                i = j * PER_KIND + k
                path = f"seg/{kind}{k}" if kind == "seg" else f"img/{kind}{k}"
                rec.log(path, rr.Transform3D(translation=[(i % 8) * 10.0, (i // 8) * 8.0, 0]))
                rec.log(path, _image(kind, k, frame, -40.0 + i * 0.5 if own_draw_orders else None))
        if frame == 0:
            rec.log("points", rr.Points2D([[3, 2], [33, 10], [63, 42]], radii=rr.Radius.ui_points(3.0), colors=[255, 255, 0]))


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("rec")
    return {
        "batched": save_recording(tmp / "batched.rrd", lambda rec: _log(rec, False), "rerun_test_browser_image_batch"),
        "alone": save_recording(tmp / "alone.rrd", lambda rec: _log(rec, True), "rerun_test_browser_image_alone"),
    }


def _body(page: Any, kind: str = "2D") -> Any:
    return page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first


def _alone_and_batched(page: Any, server: Any, kind: str, drawn: Callable[[np.ndarray], np.ndarray]) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    """The first view of `kind` drawn one object per entity (`?batch=0`) and in batches: per mode,
    its pixels, its draw calls, and the hover text over the middle one of the pixels `drawn` finds."""
    shots, calls, hovers = {}, {}, {}
    for mode, query in (("alone", "?batch=0"), ("batched", "")):
        page.goto(server.url + "/" + query)
        wait_rendered(page, timeout=60_000)
        page.wait_for_timeout(200)
        shots[mode] = img = view_pixels(page, kind)
        calls[mode] = int(_body(page, kind).get_attribute("data-draw-calls") or 0)
        found = drawn(img)
        y, x = found[len(found) // 2]
        hovers[mode] = hover_text(page, kind, float(x), float(y))
        page.mouse.move(1, 1)
    return shots, calls, hovers


def test_images_draw_in_texture_arrays_like_one_image_each_and_hover_names_pixels(page, viewer, recordings) -> None:
    shots = {}
    calls = {}
    hovers = {}
    for mode in ("alone", "batched"):
        open_viewer(page, viewer(files=[recordings[mode]]), timeout=60_000)
        page.wait_for_timeout(200)
        shots[mode] = img = view_pixels(page, "2D")
        calls[mode] = int(_body(page).get_attribute("data-draw-calls") or 0)
        # Hover over pixel (4, 1) of depth image 5: screen from scene coordinates by the points
        # at (3, 2) and (63, 42) (the pure yellow discs).
        yellow = np.argwhere(np.abs(img - (255, 255, 0)).max(axis=2) <= 10)
        assert len(yellow) > 20
        first, last = yellow[yellow[:, 1] < yellow[:, 1].min() + 10], yellow[yellow[:, 1] > yellow[:, 1].max() - 10]
        (ay, ax), (cy, cx) = first.mean(axis=0), last.mean(axis=0)
        sx, sy = (cx - ax) / 60.0, (cy - ay) / 40.0
        i = 2 * PER_KIND + 5
        x, y = (i % 8) * 10.0 + 4.5, (i // 8) * 8.0 + 1.5
        hovers[mode] = hover_text(page, "2D", float(ax + (x - 3) * sx), float(ay + (y - 2) * sy))
        page.mouse.move(1, 1)
    # Four image kinds (RGB, gray, depth, segmentation: each its texture array) and the points,
    # against one object (one or two draw calls) per image.
    assert 0 < calls["batched"] <= 6, calls
    assert calls["alone"] >= 4 * PER_KIND, calls
    a, b = shots["batched"], shots["alone"]
    assert a.shape == b.shape
    lit = np.abs(a - a[0, 0]).max(axis=2) > 30
    assert lit.sum() > 4 * PER_KIND * 24, "the images are not drawn"
    differ = np.abs(a - b).max(axis=2) > 8
    assert differ.sum() <= 20, f"{int(differ.sum())} pixels differ between the texture arrays and one image each"
    # The same hover text: the image's entity, the pixel and its depth in meters.
    assert hovers["batched"] == hovers["alone"], hovers
    text = hovers["batched"]
    assert text.startswith("/img/depth5  ("), text
    px, py = (int(v) for v in text.split("(")[1].split(")")[0].split(", "))
    depth = np.random.default_rng(5 * 7).integers(1, 5000, (4, 6), dtype=np.uint16)
    assert abs(float(text.split(" = ")[1]) - depth[py, px] / 1000.0) < 1e-4, text


def test_a_step_uploads_only_the_changed_images(page, viewer, recordings) -> None:
    open_viewer(page, viewer(files=[recordings["batched"]]), timeout=60_000)
    assert current_time(page) == 1
    fresh = view_pixels(page, "2D")
    for key, t in (("ArrowLeft", "0"), ("ArrowRight", "1")):
        page.keyboard.press(key)
        page.wait_for_function(f"() => document.querySelector('[data-testid=time-panel]').dataset.time === '{t}'")
        page.wait_for_function("() => document.body.dataset.rendered === 'true'", timeout=60_000)
        # "layers written, layers kept": the three changed images of each kind.
        page.wait_for_function(
            "(n) => document.querySelector(\".view-tile[data-view-kind='2D'] .view-body\").dataset.imageUpload === n",
            arg=f"{4 * CHANGED} {4 * (PER_KIND - CHANGED)}",
            timeout=30_000,
        )
    wait_rendered(page)
    shot = view_pixels(page, "2D")
    differ = np.abs(shot - fresh).max(axis=2) > 8
    assert differ.sum() <= 20, f"{int(differ.sum())} pixels differ from a freshly opened page"


def test_points_and_lines_seen_through_a_pinhole_draw_in_batches_like_one_object_each(page, viewer, tmp_path) -> None:
    """3D point, strip and box entities projected into a pinhole's 2D view (over its image, with
    a 2D overlay): one points batch and one line batch, the same pixels and hover as when each
    entity is drawn on its own (`?batch=0`), points behind the camera left out, scene-unit radii
    shrinking with depth; strips and boxes in UI points."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="world/cam", contents=["/world/**"]), collapse_panels=True))
        rec.log("world/cam", rr.Pinhole(focal_length=300.0, width=640, height=480, camera_xyz=rr.ViewCoordinates.RDF), static=True)
        rec.log("world/cam", rr.Image(np.full((480, 640, 3), 40, np.uint8)), static=True)
        rec.log("world/cam/box", rr.Boxes2D(centers=[[320, 240]], half_sizes=[[200, 20]], colors=[0, 255, 255], radii=rr.Radius.ui_points(2.0)), static=True)
        rng = np.random.default_rng(3)
        for k in range(40):
            depth = 1.5 + k * 0.1
            # Above the overlay box; the strips and boxes below it (at one draw order, one object
            # each had no defined order between projected points and lines where they overlap).
            xyz = np.c_[rng.uniform(-0.6, 0.6, 5) * depth, rng.uniform(-0.6, -0.1, 5) * depth, np.full(5, depth)]
            xyz[4, 2] = -depth  # behind the camera: not drawn
            radii = rr.Radius.ui_points(3.0) if k % 2 else 0.03
            rec.log(f"world/points/p{k}", rr.Points3D(xyz, radii=radii, colors=[255, 40 + 5 * k, 0]), static=True)
        for k in range(20):
            depth = 2.0 + k * 0.2
            strip = np.array([[-0.8 * depth, 0.15 * depth + k * 0.05, depth], [0.0, 0.25 * depth + k * 0.05, depth + 1], [0.8 * depth, 0.15 * depth + k * 0.05, depth]], np.float32)
            rec.log(f"world/lines/l{k}", rr.LineStrips3D([strip], colors=[40, 120 + 6 * k, 255], radii=rr.Radius.ui_points(1.5)), static=True)
        for k in range(10):
            rec.log(f"world/boxes/b{k}", rr.Boxes3D(centers=[[(-0.5 + k * 0.1) * (3.0 + k * 0.3), 0.55 * (3.0 + k * 0.3), 3.0 + k * 0.3]], half_sizes=[[0.05, 0.05, 0.05]], colors=[200, 0, 255]), static=True)

    server = viewer(files=[save_recording(tmp_path / "proj.rrd", log)])
    def projected_points(img: np.ndarray) -> np.ndarray:
        red = np.argwhere((img[:, :, 0] > 200) & (img[:, :, 2] < 60) & (img[:, :, 1] > 30) & (img[:, :, 1] < 250))
        assert len(red) > 40 * 4 * 10, "the projected points are not drawn"
        return red

    shots, calls, hovers = _alone_and_batched(page, server, "2D", projected_points)
    # The image, the overlay box, one points batch and the strips' and boxes' line batches,
    # against one object per entity.
    assert calls["batched"] <= 6 and calls["alone"] >= 70, calls
    differ = np.abs(shots["batched"] - shots["alone"]).max(axis=2) > 8
    assert differ.sum() <= 20, f"{int(differ.sum())} pixels differ between the batch and one object per entity"
    assert hovers["batched"] == hovers["alone"] and hovers["batched"].startswith("/world/points/p"), hovers


def test_textured_meshes_of_one_texture_size_draw_in_one_batch_like_one_object_each(page, viewer, tmp_path) -> None:
    """Textured meshes (lit and unlit) whose textures have one size: one draw call per material
    (a texture array), the same pixels and hover as when each is drawn on its own (`?batch=0`)."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        quad = np.array([[0, 0, 0], [2, 0, 0], [2, 2, 0], [0, 2, 0]], np.float32)
        uv = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)
        for k in range(24):
            at = np.array([(k % 6) * 3.0, (k // 6) * 3.0, 0], np.float32)
            texture = np.zeros((2, 2, 3), np.uint8)
            texture[0, 0], texture[0, 1], texture[1, 0], texture[1, 1] = (250, 10 * k, 0), (0, 250, 10 * k), (10 * k, 0, 250), (250, 250, 250)
            lit = {"vertex_normals": [[0, 0, 1]] * 4} if k % 2 else {}
            rec.log(f"world/m{k}", rr.Mesh3D(vertex_positions=quad + at, triangle_indices=[[0, 1, 2], [0, 2, 3]], vertex_texcoords=uv, albedo_texture=texture, **lit), static=True)

    server = viewer(files=[save_recording(tmp_path / "textured.rrd", log)])
    def textures(img: np.ndarray) -> np.ndarray:
        white = np.argwhere(img.min(axis=2) > 200)
        assert len(white) > 24 * 20, "the textures are not drawn"
        return white

    shots, calls, hovers = _alone_and_batched(page, server, "3D", textures)
    # Unlit and lit: two batches, against one object per mesh.
    assert calls["batched"] <= 3 and calls["alone"] >= 24, calls
    differ = np.abs(shots["batched"] - shots["alone"]).max(axis=2) > 8
    assert differ.sum() <= 20, f"{int(differ.sum())} pixels differ between the batch and one object per mesh"
    assert hovers["batched"] == hovers["alone"] and hovers["batched"].startswith("/world/m"), hovers
