"""Drawn data is sane and true to Rerun 0.17, checked on pixels in a real browser: non-finite
positions and radii are skipped per instance, 2D overlays draw above segmentation images, 3D
content is projected into a pinhole's 2D view, thin translucent lines stay thin and translucent."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import rerun as rr
import rerun.blueprint as rrb
from browser_support import open_viewer, save_recording, view_pixels

NAN = float("nan")
INF = float("inf")






def _pure(img: np.ndarray, channel: int) -> int:
    """Pixels where `channel` (0 red, 1 green, 2 blue) clearly dominates the other two."""
    c = img[:, :, channel]
    others = np.delete(img, channel, axis=2).max(axis=2)
    return int(((c > 120) & (others < 90) & (c > 1.5 * others)).sum())


def test_non_finite_positions_and_radii_are_skipped_per_instance_in_3d(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        grid = np.array([[x, y, 0] for x in range(3) for y in range(3)], np.float32)
        rec.log("world/good", rr.Points3D(grid, colors=[0, 255, 0], radii=0.1))
        rec.log("world/points", rr.Points3D([[0.5, 0.5, NAN], [INF, 0, 0], [1.5, 1.5, 0], [1e39, 0, 0]], colors=[255, 0, 0], radii=0.1))
        rec.log("world/radii", rr.Points3D([[0, 3, 0], [1, 3, 0], [2, 3, 0]], colors=[0, 0, 255], radii=[NAN, INF, 0.08]))
        rec.log("world/lines", rr.LineStrips3D([[[0, -1, 0], [NAN, -1, 0], [2, -1, 0]], [[0, -1.5, 0], [2, -1.5, 0]]], colors=[0, 0, 255], radii=[0.05, INF]))
        rec.log("world/boxes", rr.Boxes3D(centers=[[1, 1, 0], [INF, 0, 0]], half_sizes=[[NAN, 1, 1], [1, 1, 1]], colors=[0, 0, 255]))
        rec.log("world/arrows", rr.Arrows3D(origins=[[0, 0, 0], [NAN, 0, 0]], vectors=[[INF, 0, 0], [1, 0, 0]], colors=[0, 0, 255]))
        rec.log("world/mesh", rr.Mesh3D(vertex_positions=[[0, 0, 0], [1, 0, 0], [NAN, 1, 0]], vertex_colors=[0, 0, 255]))

    server = viewer(files=[save_recording(tmp_path / "nan3d.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "3D")
    area = img.shape[0] * img.shape[1]
    # The nine green points and the finite red point are drawn: the scene is framed on what is finite.
    assert _pure(img, 1) > 300
    assert _pure(img, 0) > 20
    # The one finite blue point (radius 0.08) is drawn; the infinite radius, strip, box, arrow and
    # the NaN triangle are not (they would fill or cross the view).
    blue = _pure(img, 2)
    assert 10 < blue < 0.1 * area, blue


def test_non_finite_2d_instances_are_skipped_and_the_rest_drawn(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("frame", rr.Boxes2D(mins=[0, 0], sizes=[100, 100], colors=[0, 255, 0], radii=0.5))
        rec.log("points", rr.Points2D([[20, 20], [NAN, 50], [50, INF], [80, 80]], colors=[255, 0, 0], radii=[4, 4, 4, INF]))
        rec.log("lines", rr.LineStrips2D([[[10, 90], [NAN, 90], [90, 90]]], colors=[0, 0, 255], radii=1.0))

    server = viewer(files=[save_recording(tmp_path / "nan2d.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    area = img.shape[0] * img.shape[1]
    assert _pure(img, 1) > 200  # the frame
    red = _pure(img, 0)
    assert 50 < red < 0.05 * area, red  # the one point with a finite position and radius
    assert _pure(img, 2) == 0  # every segment of the strip touches the NaN vertex


def test_class_id_boxes_draw_above_a_segmentation_image(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/seg"), collapse_panels=True))
        rec.log("seg", rr.SegmentationImage(np.full((60, 120), 1, np.uint8)))
        rec.log("seg/boxes", rr.Boxes2D(centers=[[20, 30], [60, 30], [100, 30]], half_sizes=[[8, 8]] * 3, class_ids=[2, 3, 4]))

    server = viewer(files=[save_recording(tmp_path / "seg.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    colors, counts = np.unique((img // 16).reshape(-1, 3), axis=0, return_counts=True)
    image_color = colors[np.argmax(counts)]
    overlay = {tuple(c) for c, n in zip(colors, counts) if n >= 40 and tuple(c) != tuple(image_color) and c.sum() > 6}
    # Three class colours besides the image's own (class 1), each on a visible box outline.
    assert len(overlay) >= 3, overlay


def test_3d_points_are_projected_into_a_pinhole_2d_view(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="world/cam", contents=["/world/**"]), collapse_panels=True))
        rec.log("world/cam", rr.Pinhole(focal_length=300.0, width=640, height=480, camera_xyz=rr.ViewCoordinates.RDF))
        rec.log("world/cam", rr.Image(np.full((480, 640, 3), 40, np.uint8)))
        # Right of the centre (u = 320 + 300 * 0.5 / 2), and one behind the camera (not drawn).
        rec.log("world/points", rr.Points3D([[0.5, 0.0, 2.0], [0.0, 0.0, -2.0]], radii=0.05, colors=[255, 0, 0]))
        # 0.02 wide at depth 2: 3 image pixels wide (300 * 0.02 / 2), at v = 240 + 300 * 0.5 / 2.
        rec.log("world/line", rr.LineStrips3D([[[-0.5, 0.5, 2.0], [0.5, 0.5, 2.0]]], radii=0.01, colors=[0, 255, 0]))

    server = viewer(files=[save_recording(tmp_path / "proj.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    gray = np.argwhere((np.abs(img - 40) <= 4).all(axis=2))
    (y0, x0), (y1, x1) = gray.min(axis=0), gray.max(axis=0)
    red = np.argwhere((img[:, :, 0] > 170) & (img[:, :, 1] < 90) & (img[:, :, 2] < 90))
    assert len(red) > 40
    # Where the camera sees it: at u = 395 of 640, v = 240 of 480 (its centre), 7.5 px in radius.
    cy, cx = red.mean(axis=0)
    assert abs((cx - x0) / (x1 - x0) - 395 / 640) < 0.02
    assert abs((cy - y0) / (y1 - y0) - 0.5) < 0.02
    radius_px = np.sqrt(len(red) / np.pi) * 640 / (x1 - x0)
    assert 5 < radius_px < 10, radius_px
    green = np.argwhere((img[:, :, 1] > 150) & (img[:, :, 0] < 90) & (img[:, :, 2] < 90))
    assert len(green) > 50
    assert abs((green[:, 0].mean() - y0) / (y1 - y0) - 315 / 480) < 0.02
    column = green[green[:, 1] == (x0 + x1) // 2]
    width_px = len(column) * 640 / (x1 - x0)
    assert 2 <= width_px <= 4.5, width_px


def test_a_thin_translucent_line_strip_stays_thin_and_translucent(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("frame", rr.Boxes2D(mins=[0, 0], sizes=[1000, 1000], colors=[0, 255, 0]))
        # As rrt_star draws its tree: radius 0.05 in a 1000-unit scene (far below a pixel), alpha 50.
        rec.log("thin", rr.LineStrips2D([[[100, 500], [900, 500]]], radii=0.05, colors=[255, 255, 255, 50]))
        rec.log("thick", rr.LineStrips2D([[[100, 700], [900, 700]]], radii=5.0, colors=[255, 255, 255, 255]))
        # rrt_star's tree nodes: points far under a pixel, which Rerun still shows as bright dots.
        rec.log("tiny", rr.Points2D([[x, 250] for x in range(150, 900, 150)], radii=0.5, colors=[255, 255, 255]))

    server = viewer(files=[save_recording(tmp_path / "thin.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    h = img.shape[0]
    brightness = img.sum(axis=2)
    thick_rows = (brightness > 600).sum(axis=1)
    # The opaque 10-unit wide line: several rows of white.
    assert (thick_rows > 100).sum() >= 3
    # The thin one: nothing near white (it is drawn faint, not as an opaque pixel-wide line), but
    # visible along its length, as Rerun 0.17 shows rrt_star's tree (see materials.ts, lineMaterial).
    thin_band = brightness[int(h * 0.45) : int(h * 0.55)]
    assert (thin_band > 300).sum() == 0
    background = float(np.median(thin_band))
    lit_columns = (thin_band > background + 40).any(axis=0).sum()
    assert lit_columns > 0.5 * thick_rows.max()
    dots = brightness[int(h * 0.15) : int(h * 0.35)]
    assert (dots.max(axis=0) > float(np.median(dots)) + 450).sum() >= 5  # each of the five dots clearly lit


def test_default_colors_follow_rerun_per_entity_path_and_meshes_are_white(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial2DView(origin="/simple"), rrb.Spatial3DView(origin="/mesh")), collapse_panels=True))
        rec.log("simple", rr.Boxes2D(mins=[-1, -1], sizes=[2, 2], radii=0.1))
        rec.log("mesh", rr.Mesh3D(vertex_positions=[[0, 0, 0], [1, 0, 0], [0, 1, 0]]))

    server = viewer(files=[save_recording(tmp_path / "colors.rrd", log)])
    open_viewer(page, server)
    # As in Rerun 0.17's reference screenshot of box2d_simple: the box is (77, 133, 188).
    box = view_pixels(page, "2D")
    assert int((np.abs(box - [77, 133, 188]).max(axis=2) <= 3).sum()) > 500
    # A mesh without colors or normals: flat white, as Rerun draws it.
    mesh = view_pixels(page, "3D")
    assert int((mesh.min(axis=2) >= 250).sum()) > 2000


def test_default_line_and_point_sizes_are_rerun_017s(page, viewer, tmp_path) -> None:
    """
    Without radii, Rerun 0.17 draws points, lines, boxes and arrows 1.5 UI points in radius
    (`Radius::default()`): 3 pixels across here, as its reference screenshots of box2d_simple
    (a 3-pixel outline) and disconnected_space (3-pixel points) show.
    """

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("bounds", rr.Points2D([[-50, -50], [150, 150]], colors=[255, 255, 255]))  # the box's edges inside the view
        rec.log("frame", rr.Boxes2D(mins=[0, 0], sizes=[100, 100], colors=[0, 0, 255]))
        rec.log("line", rr.LineStrips2D([[[10, 30], [90, 30]]], colors=[255, 0, 0]))
        rec.log("points", rr.Points2D([[30, 70], [70, 70]], colors=[0, 255, 0]))

    server = viewer(files=[save_recording(tmp_path / "sizes.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")

    # Coverage across a line: full pixels count 1, antialiased edge pixels their share.
    red = np.clip((img[:, :, 0] - img[:, :, 1:].max(axis=2)) / 255.0, 0, 1)
    across = red.sum(axis=0)  # per column: how thick the horizontal line is
    assert 2.5 <= float(np.median(across[across > 0.5])) <= 3.6
    green = (img[:, :, 1] > 100) & (img[:, :, 0] < 90) & (img[:, :, 2] < 90)
    assert 2 * 4 <= int(green.sum()) <= 2 * 16  # two dots about 3 pixels across (not 5: 20 pixels each)
    blue = np.clip((img[:, :, 2] - img[:, :, :2].max(axis=2)) / 255.0, 0, 1)
    rows = blue[:, img.shape[1] // 2]  # the box's top and bottom edges in the middle column
    tops = np.nonzero(rows > 0.5)[0]
    assert len(tops) >= 2
    for edge in (tops[0], tops[-1]):
        assert 2.5 <= float(rows[edge - 3 : edge + 4].sum()) <= 3.6


def test_arrow_heads_are_rerun_017s_triangle_caps(page, viewer, tmp_path) -> None:
    """
    An arrow of radius r ends in Rerun 0.17's triangle cap, 4 r long and 4 r wide (re_renderer's
    cap factors): in scene units for a radius in scene units, in pixels for one in UI points
    (arrows without radii: 1.5 UI points, a head 6 pixels wide however long the arrow).
    """

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("arrow", rr.Arrows2D(origins=[[0, 0]], vectors=[[100, 0]], radii=2.0, colors=[255, 0, 0]))
        rec.log("default", rr.Arrows2D(origins=[[0, 20]], vectors=[[100, 0]], colors=[0, 255, 0]))
        rec.log("bounds", rr.Points2D([[0, -30], [100, 30]], colors=[0, 0, 255]))

    server = viewer(files=[save_recording(tmp_path / "arrow.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    red = (img[:, :, 0] > 120) & (img[:, :, 1] < 90) & (img[:, :, 2] < 90)
    thickness = red.sum(axis=0)
    columns = np.nonzero(thickness)[0]
    px_per_unit = (columns[-1] - columns[0] + 1) / 100.0
    shaft = float(np.median(thickness[columns]))  # 2 r across
    head = thickness[columns[-1] - int(12 * px_per_unit) :]
    assert abs(head.max() / px_per_unit - 8.0) < 1.5  # 4 r wide at its base
    wider = (head > 1.5 * shaft).sum() / px_per_unit  # the head's half nearest its base is wider than 3 r
    assert 1.0 < wider < 3.0  # 4 r long: about 2 units wider than 3 r (was 8 r long: about 5)
    green = (img[:, :, 1] > 120) & (img[:, :, 0] < 90) & (img[:, :, 2] < 90)
    green_thickness = green.sum(axis=0)
    assert 4 <= green_thickness.max() <= 8  # 6 pixels at its base (was a twentieth of the arrow: 30)


def test_translucent_colours_look_as_rerun_017_blends_them(page, viewer, tmp_path) -> None:
    """Rerun 0.17 blends in linear light: a red line of alpha 128 over the black 2D background is 188 of 255, not 128."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("half", rr.LineStrips2D([[[10, 30], [90, 30]]], radii=3.0, colors=[255, 0, 0, 128]))
        rec.log("faint", rr.LineStrips2D([[[10, 70], [90, 70]]], radii=3.0, colors=[255, 0, 0, 40]))
        rec.log("bounds", rr.Points2D([[0, 0], [100, 100]], colors=[0, 0, 255]))

    server = viewer(files=[save_recording(tmp_path / "alpha.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    column = img[:, img.shape[1] // 2]
    reds = column[(column[:, 1] < 30) & (column[:, 2] < 30), 0]
    levels = sorted({int(r) for r in reds if r > 20})
    assert any(175 <= r <= 200 for r in levels)  # alpha 128: 188 in Rerun 0.17's web viewer
    assert any(95 <= r <= 125 for r in levels)  # alpha 40: 110


def test_a_2d_view_of_small_arrows_frames_them(page, viewer, tmp_path) -> None:
    """Arrows a few hundredths of a unit long fill their 2D view, as in Rerun 0.17 (the heads' unit geometry must not count)."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("arrow", rr.Arrows2D(origins=[[0.05, 0.035]], vectors=[[0.04, 0.0]], colors=[255, 0, 0]))

    server = viewer(files=[save_recording(tmp_path / "small.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    columns = np.nonzero(((img[:, :, 0] > 120) & (img[:, :, 1] < 90)).any(axis=0))[0]
    assert len(columns) and columns[-1] - columns[0] > 0.5 * img.shape[1]


def test_opaque_lines_draw_over_translucent_ones_of_the_same_draw_order(page, viewer, tmp_path) -> None:
    """rrt_star's path (opaque, logged last) shows over its translucent tree, as in Rerun 0.17, whatever the order of logging."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("path", rr.LineStrips2D([[[50, 0], [50, 100]]], radii=1.0, colors=[255, 0, 0, 255]))
        rec.log("tree", rr.LineStrips2D([[[0, 50], [100, 50]]], radii=4.0, colors=[0, 0, 255, 128]))

    server = viewer(files=[save_recording(tmp_path / "over.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "2D")
    h, w = img.shape[:2]
    crossing = img[int(h * 0.47) : int(h * 0.53), int(w * 0.49) : int(w * 0.51)]
    pure_red = (crossing[:, :, 0] > 200) & (crossing[:, :, 2] < 60)
    assert pure_red.sum() >= 4  # the path's red, not red under half-transparent blue


def test_labels_are_rerun_017s_chips_below_their_position(page, viewer, tmp_path) -> None:
    """As Rerun 0.17 draws a label: an opaque gray chip, the text's top centre at the labelled point."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/"), collapse_panels=True))
        rec.log("point", rr.Points2D([[50, 50]], radii=2.0, colors=[0, 255, 0], labels="here"))
        rec.log("bounds", rr.Points2D([[0, 0], [100, 100]], colors=[0, 0, 255]))

    server = viewer(files=[save_recording(tmp_path / "label.rrd", log)])
    open_viewer(page, server)
    body = page.locator(".view-tile[data-view-kind='2D'] .view-body").first
    chip = body.locator(".overlay .label").first
    assert chip.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(50, 50, 50)"
    img = view_pixels(page, "2D")
    green_rows = np.nonzero(((img[:, :, 1] > 200) & (img[:, :, 0] < 90)).any(axis=1))[0]
    point_y = (green_rows[0] + green_rows[-1]) / 2
    top = chip.bounding_box()["y"] - body.bounding_box()["y"]
    assert abs(top + 2 - point_y) <= 2  # the chip starts 2 px above the point; the text's top is at it


MARKERS = ["circle", "diamond", "square", "cross", "plus", "up", "down", "left", "right", "asterisk"]
MARKER_COLORS = [
    (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 0, 255),
    (0, 255, 255), (255, 128, 0), (128, 0, 255), (0, 128, 255), (255, 255, 255),
]  # fmt: skip


def test_all_ten_series_point_markers_draw_their_own_shapes(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.TimeSeriesView(origin="/"), collapse_panels=True))
        for i, (marker, color) in enumerate(zip(MARKERS, MARKER_COLORS)):
            rec.log(f"m{i}", rr.SeriesPoint(marker=marker, color=color, marker_size=9), static=True)
        for t in range(3):
            rec.set_time_sequence("step", t)
            for i in range(len(MARKERS)):
                rec.log(f"m{i}", rr.Scalar(float(i)))
            rec.log("range", rr.Scalar(-1.0 if t == 0 else 10.0))  # no marker at the plot's edges

    server = viewer(files=[save_recording(tmp_path / "markers.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "TimeSeries")
    shapes = []
    for color in MARKER_COLORS:
        mask = (np.abs(img - color).max(axis=2) <= 24).astype(np.uint8)
        ys, xs = np.nonzero(mask)
        assert len(ys) > 10, color
        # The middle marker's pixels (t = 1, not clipped by the plot's edges), relative to its box.
        middle = np.abs(xs - np.median(xs)) < 30
        ys, xs = ys[middle], xs[middle]
        shapes.append(frozenset(zip((ys - ys.min()).tolist(), (xs - xs.min()).tolist())))
    for a in range(len(shapes)):
        for b in range(a + 1, len(shapes)):
            overlap = len(shapes[a] & shapes[b]) / max(len(shapes[a] | shapes[b]), 1)
            assert overlap < 0.8, (MARKERS[a], MARKERS[b], overlap)
    area = {m: len(s) for m, s in zip(MARKERS, shapes)}
    assert area["circle"] > area["square"] > area["up"] > area["plus"]  # filled shapes, then strokes


def _big_log(path: Path, n: int) -> Path:
    """A recording with one TextLog entity of `n` rows ("line i", levels INFO/WARN/ERROR/DEBUG in turn), as one chunk."""
    import pyarrow as pa

    from rerun._log_msg import ArrowMsg
    from test_store_helpers import chunk

    rec = rr.new_recording("rerun_test_big_log")
    rec.save(path)
    offsets = pa.array(np.arange(n + 1, dtype=np.int32))
    texts = pa.ListArray.from_arrays(offsets, pa.array([f"line {i}" for i in range(n)], pa.utf8()))
    levels = pa.ListArray.from_arrays(offsets, pa.array(np.array(["INFO", "WARN", "ERROR", "DEBUG"])[np.arange(n) % 4], pa.utf8()))
    big = chunk("/logs", range(n), {"rerun.components.Text": texts, "rerun.components.TextLogLevel": levels}, {"step": np.arange(n)})
    rec._send(ArrowMsg(rec.store_id, big))
    rec.log("logs", [rr.TextLog.indicator()], static=True)
    rec.disconnect()
    return path


def test_a_million_row_text_log_has_virtual_rows_and_level_and_text_filters(page, viewer, tmp_path) -> None:
    n = 1_000_000
    server = viewer(files=[_big_log(tmp_path / "big.rrd", n)])
    open_viewer(page, server, timeout=60_000)
    tile = ".view-tile[data-view-kind='TextLog']"
    page.wait_for_function(f"() => document.querySelector(\"{tile} [data-testid=log-count]\").textContent.startsWith('1,000,000 of')", timeout=60_000)
    # Only the rows in sight are in the page, and the newest row is at the bottom.
    assert page.locator(f"{tile} tbody tr").count() < 200
    assert page.locator(f"{tile} tbody tr").last.inner_text().endswith("line 999999")
    # Scrolled to the middle: the middle rows, still few in the page.
    page.eval_on_selector(f"{tile} .table-wrap", "el => { el.scrollTop = el.scrollHeight / 2; el.dispatchEvent(new Event('scroll')); }")
    page.wait_for_function(f"() => [...document.querySelectorAll(\"{tile} tbody tr\")].some(r => r.textContent.endsWith('line 500000'))", timeout=10_000)
    assert page.locator(f"{tile} tbody tr").count() < 200
    # Levels filter: WARN rows hidden.
    page.click(f"{tile} [data-testid=log-level-WARN]")
    page.wait_for_function(f"() => document.querySelector(\"{tile} [data-testid=log-count]\").textContent.startsWith('750,000 of')", timeout=20_000)
    assert "WARN" not in page.inner_text(f"{tile} tbody")
    # Text filter: "line 77777" is in 11 rows (77777 and 777770..777779), 8 of them not WARN.
    page.fill(f"{tile} [data-testid=log-filter-text]", "line 77777")
    page.wait_for_function(f"() => document.querySelector(\"{tile} [data-testid=log-count]\").textContent.startsWith('8 of')", timeout=30_000)
    assert page.locator(f"{tile} tbody tr").count() == 8


def test_tensor_view_dimension_pickers_sliders_and_invert(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.TensorView(origin="/tensor"), collapse_panels=True))
        rec.log("tensor", rr.Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4), dim_names=["a", "b", "c"]), static=True)

    server = viewer(files=[save_recording(tmp_path / "tensor.rrd", log)])
    open_viewer(page, server)
    tile = ".view-tile[data-view-kind='Tensor']"
    canvas = f"{tile} canvas"
    size = "c => [c.width, c.height]"
    # As Rerun picks them: the longest dimension (c) is the width, the next (b) the height, a slider for a.
    assert page.eval_on_selector(canvas, size) == [4, 3]
    assert page.input_value(f"{tile} [data-testid=tensor-dim-width]") == "2"
    assert page.input_value(f"{tile} [data-testid=tensor-dim-height]") == "1"
    assert page.locator(f"{tile} [data-testid=tensor-slider-0]").count() == 1
    corner = "c => Array.from(c.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3))"
    darkest = page.eval_on_selector(canvas, corner)  # the slice's smallest value, viridis purple
    assert darkest[2] > darkest[1]
    # Inverting the width puts the row's largest value in the corner.
    page.check(f"{tile} [data-testid=tensor-invert-width]")
    assert page.eval_on_selector(canvas, corner) != darkest
    # Width shows dimension a instead: a 2 x 3 slice, and c gets the slider.
    page.select_option(f"{tile} [data-testid=tensor-dim-width]", "0")
    assert page.eval_on_selector(canvas, size) == [2, 3]
    assert page.locator(f"{tile} [data-testid=tensor-slider-2]").count() == 1
    assert page.locator(f"{tile} [data-testid=tensor-slider-0]").count() == 0


def test_hover_and_selection_highlight_camera_frusta_axes_and_arrow_heads(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        rec.log("world/arrow", rr.Arrows3D(origins=[[0, 0, 0]], vectors=[[0, 2, 0]], radii=0.05, colors=[255, 0, 0]), static=True)
        rec.log("world/frame", rr.Transform3D(translation=[2, 0, 0], axis_length=1.0), static=True)
        rec.log("world/cam", rr.Transform3D(translation=[-2, 0, 0]), static=True)
        rec.log("world/cam", rr.Pinhole(focal_length=100, width=200, height=100, image_plane_distance=1.0), static=True)

    server = viewer(files=[save_recording(tmp_path / "hl.rrd", log)])
    open_viewer(page, server)
    body = page.locator(".view-tile[data-view-kind='3D'] .view-body").first
    box = body.bounding_box()

    def shot() -> np.ndarray:
        return view_pixels(page, "3D")

    def near(img: np.ndarray, rgb: tuple[int, int, int], tol: int) -> np.ndarray:
        return np.abs(img - rgb).max(axis=2) <= tol

    def deepest(img: np.ndarray, rgb: tuple[int, int, int]) -> tuple[int, int]:
        mask = near(img, rgb, 12).astype(int)
        assert mask.sum() > 20, f"{rgb} is not drawn"
        padded = np.pad(mask, 2)
        around = sum(padded[2 + dy : 2 + dy + mask.shape[0], 2 + dx : 2 + dx + mask.shape[1]] for dy in range(-2, 3) for dx in range(-2, 3))
        y, x = np.unravel_index(np.argmax(around * mask), mask.shape)
        return int(y), int(x)

    def settle() -> np.ndarray:
        page.wait_for_timeout(300)
        return shot()

    before = shot()
    gray_before = int(near(before, (150, 150, 150), 8).sum())
    # Hovering the camera's frustum rims it in gray: many more gray pixels along it.
    y, x = deepest(before, (150, 150, 150))
    page.mouse.move(box["x"] + x, box["y"] + y)
    hovered = settle()
    assert int(near(hovered, (150, 150, 150), 8).sum()) > 1.5 * gray_before
    # Clicking selects it: a white rim along the frustum.
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/cam'", timeout=10_000)
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    assert int(near(settle(), (255, 255, 255), 10).sum()) > 50
    # The transform's axes: clicking the x axis selects and rims them.
    y, x = deepest(before, (255, 25, 25))
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/frame'", timeout=10_000)
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    assert int(near(settle(), (255, 255, 255), 10).sum()) > 50
    # The arrow: selected, its head lights up (red mixed with white) besides its shaft's rim.
    assert int(near(before, (255, 153, 153), 20).sum()) == 0
    y, x = deepest(before, (255, 0, 0))
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/arrow'", timeout=10_000)
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    assert int(near(settle(), (255, 153, 153), 20).sum()) > 20


def test_the_blueprint_tree_lists_a_pinhole_views_projections(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="world/cam", contents=["/world/**"])))
        rec.log("world/cam", rr.Pinhole(focal_length=300.0, width=640, height=480), static=True)
        rec.log("world/cam/image", rr.Image(np.full((480, 640, 3), 40, np.uint8)), static=True)
        rec.log("world/points", rr.Points3D([[0.0, 0.0, 2.0]]), static=True)

    server = viewer(files=[save_recording(tmp_path / "tree.rrd", log)])
    open_viewer(page, server)
    view_row = page.locator(".tree-row", has_text="cam").first
    if page.locator("[data-testid=projections]").count() == 0:
        view_row.locator(".toggle").click()
    rows = page.eval_on_selector_all(
        "[data-testid=projections], .tree-row[data-entity-path]", "els => els.map(e => e.dataset.entityPath ?? 'Projections')"
    )
    listed = [r for r in rows if r in ("Projections", "/world/cam", "/world/cam/image", "/world/points")]
    assert listed[:4] == ["/world/cam", "/world/cam/image", "Projections", "/world/points"], rows


def test_a_lone_camera_is_framed_as_rerun_frames_it(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        # Rerun's pinhole_simple example, in a 3D view only.
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/"), collapse_panels=True))
        rec.log("world/image", rr.Pinhole(focal_length=3, width=3, height=3), static=True)
        rec.log("world/image", rr.Image(np.full((3, 3, 3), 200, np.uint8)), static=True)

    server = viewer(files=[save_recording(tmp_path / "cam.rrd", log)])
    open_viewer(page, server)
    img = view_pixels(page, "3D")
    h, w = img.shape[:2]
    frustum = np.argwhere((np.abs(img - 150) <= 8).all(axis=2))
    assert len(frustum) > 100
    (y0, x0), (y1, x1) = frustum.min(axis=0), frustum.max(axis=0)
    # As in Rerun's reference screenshot: the scene's bounds are the camera's position (not its
    # frustum or image), so the camera sits at the view's centre, its frustum (on the 0.3 fallback
    # image plane) 0.4 of the view's height wide and pointing up.
    assert abs(y1 / h - 0.5) < 0.05 and abs((x0 + x1) / 2 / w - 0.5) < 0.05
    assert 0.3 < (x1 - x0) / h < 0.5, (x1 - x0) / h
    assert 0.2 < (y1 - y0) / h < 0.4  # up from the camera, the apex at the bottom


def test_text_log_highlights_the_rows_at_the_time_cursor(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.TextLogView(origin="/"), collapse_panels=True))
        for step in range(5):
            rec.set_time_sequence("step", step)
            rec.log("logs", rr.TextLog(f"line {step}"))

    server = viewer(files=[save_recording(tmp_path / "cursor.rrd", log)])
    open_viewer(page, server)
    page.select_option("[data-testid=timeline-select]", "step")
    # A function (not an expression string, which Playwright polls with eval, forbidden by the page's CSP).
    current_is = "(want) => [...document.querySelectorAll('.view-tile[data-view-kind=TextLog] tbody tr.current')].map(r => r.lastElementChild.textContent).join() === want"
    page.wait_for_function(current_is, arg="line 4", timeout=10_000)
    page.click("[data-testid=step-back]")
    page.wait_for_function(current_is, arg="line 3", timeout=10_000)
