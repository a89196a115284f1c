"""The spatial views draw meshes, camera frusta and axes of many entities in batches (draw calls per
frame depend on the kinds and materials, not the entities) and pick through an id buffer: hover
and click name the entity (and instance) drawn under the cursor, in 3D and 2D, for meshes,
images (with the pixel and its value), points near the cursor and lines."""

from __future__ import annotations

import numpy as np

import rerun as rr
import rerun.blueprint as rrb
from browser_support import hover_text, open_viewer, save_recording, view_pixels, where_color

MESHES = 40
CAMERAS = 20
FRAMES = 20








def _mesh_color(k: int) -> tuple[int, int, int]:
    return (250, 6 * k, 40)


def test_meshes_frusta_and_axes_of_many_entities_draw_in_a_few_calls_and_pick_by_id(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        quad = np.array([[0, 0, 0], [2, 0, 0], [2, 2, 0], [0, 2, 0]], np.float32)
        for k in range(MESHES):
            at = np.array([(k % 8) * 3.0, (k // 8) * 3.0, 0], np.float32)
            if k < MESHES // 2:  # unlit (no normals): drawn in its colour as it is
                rec.log(f"world/meshes/m{k}", rr.Mesh3D(vertex_positions=quad + at, triangle_indices=[[0, 1, 2], [0, 2, 3]], vertex_colors=[_mesh_color(k)] * 4), static=True)
            else:  # lit: another material, another batch
                rec.log(f"world/meshes/m{k}", rr.Mesh3D(vertex_positions=quad + at, triangle_indices=[[0, 1, 2], [0, 2, 3]], vertex_normals=[[0, 0, 1]] * 4, vertex_colors=[[120, 120, 255]] * 4), static=True)
        for k in range(CAMERAS):
            rec.log(f"world/cams/c{k}", rr.Transform3D(translation=[30 + k * 1.2, 6, 0]), static=True)
            rec.log(f"world/cams/c{k}", rr.Pinhole(focal_length=100, width=200, height=100, image_plane_distance=0.8), static=True)
        for k in range(FRAMES):
            rec.log(f"world/frames/f{k}", rr.Transform3D(translation=[k * 1.2, 16, 0], axis_length=0.8), static=True)

    server = viewer(files=[save_recording(tmp_path / "many.rrd", log)])
    open_viewer(page, server)
    body = page.locator(".view-tile[data-view-kind='3D'] .view-body").first
    calls = int(body.get_attribute("data-draw-calls") or 0)
    # Two mesh materials (unlit, lit), one line batch of frusta, one of axes: not 80 objects.
    assert 0 < calls <= 5, calls
    before = view_pixels(page, "3D")
    # Each unlit mesh is drawn in its colour; hovering one names it (a surface: no instance).
    count, y, x = where_color(before, _mesh_color(7))
    assert count > 30, "mesh 7 is not drawn in its colour"
    assert hover_text(page, "3D", x, y) == "/world/meshes/m7"
    count, y, x = where_color(before, _mesh_color(12))
    assert count > 30
    assert hover_text(page, "3D", x, y) == "/world/meshes/m12"
    # Clicking selects it; it lights up, the other meshes of its batch keep their colour.
    page.mouse.click(*(lambda b: (b["x"] + x, b["y"] + y))(body.bounding_box()))
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/meshes/m12'", timeout=10_000)
    page.mouse.move(1, 1)
    deadline = 50
    while True:
        after = view_pixels(page, "3D")
        if where_color(after, _mesh_color(12))[0] < count // 4 or deadline == 0:
            break
        deadline -= 1
        page.wait_for_timeout(100)
    assert where_color(after, _mesh_color(12))[0] < count // 4, "the selected mesh did not light up"
    assert abs(where_color(after, _mesh_color(7))[0] - where_color(before, _mesh_color(7))[0]) <= 5


def test_2d_hover_names_points_near_the_cursor_lines_and_image_pixels_by_id(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        classes = np.zeros((40, 60), np.uint8)
        classes[:, 30:] = 7
        rec.log("seg", rr.SegmentationImage(classes), static=True)
        rec.log("pts", rr.Points2D([[10, 10], [20, 30], [50, 30]], radii=rr.Radius.ui_points(4.0), colors=[255, 255, 0]), static=True)
        rec.log("line", rr.LineStrips2D([[[5, 20], [55, 20]]], colors=[0, 255, 255], radii=rr.Radius.ui_points(1.5)), static=True)

    server = viewer(files=[save_recording(tmp_path / "flat.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    yellow = np.abs(img - (255, 255, 0)).max(axis=2) <= 40
    ys, xs = np.nonzero(yellow)
    assert len(ys) > 20
    # Screen from scene coordinates, by the points at x = 10 (y = 10) and x = 50 (y = 30).
    first, last = xs < xs.min() + 10, xs > xs.max() - 10
    ax, ay, cx_, cy_ = xs[first].mean(), ys[first].mean(), xs[last].mean(), ys[last].mean()
    sx, sy = (cx_ - ax) / 40.0, (cy_ - ay) / 20.0

    def at(x: float, y: float) -> tuple[float, float]:
        return float(ax + (x - 10) * sx), float(ay + (y - 10) * sy)

    assert hover_text(page, "2D", *at(20, 30)) == "/pts[1]"
    # 8 px beside the point (outside its 4-point disc, over the image): still the point, as before.
    px, py = at(20, 30)
    assert hover_text(page, "2D", px + 8, py) == "/pts[1]"
    # On the line, away from the points; and 4 px beside it.
    assert hover_text(page, "2D", *at(40, 20)) == "/line"
    lx, ly = at(40, 20)
    assert hover_text(page, "2D", lx, ly + 4) == "/line"
    # Far from every instance: the image, with the pixel under the cursor and its class.
    text = hover_text(page, "2D", *at(45.5, 35.5))
    assert text == "/seg  (45, 35) = 7", text
    text = hover_text(page, "2D", *at(3.5, 35.5))
    assert text == "/seg  (3, 35) = 0", text
