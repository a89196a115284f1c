"""An imported MCAP in the browser: its camera image, its lidar point cloud and its tf tree."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

pytest.importorskip("mcap_ros2")
pytest.importorskip("rosbags")

import rerun as rr  # noqa: E402
import robotics_data as data  # noqa: E402
from browser_support import colored_pixels, open_viewer  # noqa: E402


def _imported(tmp_path: Path, name: str, items: list) -> Path:
    """The messages written as `<name>.mcap`, imported with `log_file_from_path` into `<name>.rrd`."""
    mcap_path = data.write_mcap(tmp_path / f"{name}.mcap", items)
    rrd = tmp_path / f"{name}.rrd"
    rec = rr.new_recording(f"rerun_test_robotics_{name}")
    rec.save(rrd)
    rec.log_file_from_path(mcap_path)
    rec.disconnect()
    return rrd


def _drive(tmp_path: Path) -> Path:
    t0 = data.T0
    red = np.zeros((32, 48, 3), np.uint8)
    red[..., 0] = 220
    n = 400
    xyz = np.random.default_rng(1).random((n, 3), dtype=np.float32) * 2
    cloud = np.zeros(n, dtype=[("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("rgb", "<u4")])
    cloud["x"], cloud["y"], cloud["z"] = xyz.T
    cloud["rgb"] = 0x00FF00
    fields = [{"name": a, "offset": 4 * i, "datatype": 7, "count": 1} for i, a in enumerate("xyz")] + [{"name": "rgb", "offset": 12, "datatype": 6, "count": 1}]
    items = [
        ("/tf_static", "tf2_msgs/msg/TFMessage", {"transforms": [data.tf("base_link", "lidar", (0.0, 0.0, 1.0), t0)]}, t0),
        ("/tf", "tf2_msgs/msg/TFMessage", {"transforms": [data.tf("map", "base_link", (1.0, 0.0, 0.0), t0)]}, t0),
        ("/camera/image", "sensor_msgs/msg/Image", {"header": data.header(t0, "camera"), "height": 32, "width": 48, "encoding": "rgb8", "step": 144, "data": red.tobytes()}, t0 + 1),
        ("/lidar/points", "sensor_msgs/msg/PointCloud2", {"header": data.header(t0, "lidar"), "height": 1, "width": n, "fields": fields, "point_step": 16, "row_step": 16 * n, "data": cloud.tobytes(), "is_dense": True}, t0 + 2),
    ]
    return _imported(tmp_path, "drive", items)


def _first_2d_and_3d_views(page, viewer, rrd: Path) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    """Screenshots of the first 2D and the first 3D view of a viewer showing `rrd` (both must exist)."""
    open_viewer(page, viewer(files=[rrd]))
    page.screenshot(path=str(rrd.with_suffix(".png")))
    kinds = page.eval_on_selector_all(".view-tile", "els => els.map(e => e.dataset.viewKind)")
    assert "3D" in kinds and "2D" in kinds, kinds
    return tuple(page.locator(f".view-tile[data-view-kind='{k}'] .view-body").first.screenshot() for k in ("2D", "3D"))  # type: ignore[return-value]


def test_imported_image_point_cloud_and_tf_tree_are_shown(page, viewer, tmp_path) -> None:
    image_view, cloud_view = _first_2d_and_3d_views(page, viewer, _drive(tmp_path))
    assert colored_pixels(image_view, (220, 0, 0), tolerance=20) > 1000
    assert colored_pixels(cloud_view, (0, 255, 0), tolerance=60) > 50
    tree = page.eval_on_selector_all(".streams-names .tree-row", "els => els.map(e => e.dataset.entityPath)")
    assert "/tf" in tree and "/lidar" in tree and "/camera" in tree, tree



FREE, OCCUPIED, UNKNOWN = (255, 255, 255), (0, 0, 0), (0x70, 0x89, 0x86)  # RViz's map colours


def _map(tmp_path: Path) -> Path:
    """A 60x40 map (3 m x 2 m at 0.05 m): free on the left, occupied on the right, unknown in the top-left corner (+y)."""
    t0 = data.T0
    cells = np.zeros((40, 60), np.int8)
    cells[:, 40:] = 100
    cells[30:, :20] = -1  # rows 30.. are the largest y: the top of the map seen from above
    grid = {
        "header": data.header(t0, "map"),
        "info": {"resolution": 0.05, "width": 60, "height": 40, "origin": {"position": {"x": -1.5, "y": -1.0, "z": 0.0}, "orientation": {"w": 1.0}}},
        "data": cells.reshape(-1).tolist(),
    }
    items = [
        ("/tf_static", "tf2_msgs/msg/TFMessage", {"transforms": [data.tf("map", "odom", (0.0, 0.0, 0.0), t0)]}, t0),
        ("/map", "nav_msgs/msg/OccupancyGrid", grid, t0 + 1),
    ]
    return _imported(tmp_path, "map", items)


def _mean_position(png: bytes, rgb: tuple[int, int, int], tolerance: int) -> tuple[float, float]:
    """Mean (x, y) of the pixels close to `rgb`."""
    import io

    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    ys, xs = np.nonzero(np.abs(img - np.array(rgb)).max(axis=2) <= tolerance)
    return float(xs.mean()), float(ys.mean())


def test_an_occupancy_grid_is_a_textured_plane_in_3d_and_an_image_in_2d(page, viewer, tmp_path) -> None:
    image, plane = _first_2d_and_3d_views(page, viewer, _map(tmp_path))
    # The plane is drawn unlit in the texture's colours: 1200 free, 800 occupied and 400 unknown cells.
    free, occupied, unknown = (colored_pixels(plane, c, tolerance=6) for c in (FREE, OCCUPIED, UNKNOWN))
    assert free > 2000 and occupied > 1000 and unknown > 300, (free, occupied, unknown)
    # Seen from above: free left of occupied, the unknown corner at the top left.
    (free_x, free_y), (occupied_x, _), (unknown_x, unknown_y) = (_mean_position(image, c, 6) for c in (FREE, OCCUPIED, UNKNOWN))
    assert free_x < occupied_x and unknown_x < occupied_x and unknown_y < free_y, (free_x, occupied_x, unknown_x, unknown_y, free_y)


PLOT_BACKGROUND = (13, 16, 17)


def test_thousands_of_topics_open_as_one_plot_and_the_ruler_labels_keep_their_seconds(page, viewer, tmp_path) -> None:
    """Like an MCAP of 2,000 Float64 topics (2 messages each over 3 s of ros_time): the page opens and draws them."""
    n = 2000
    rrd = tmp_path / "many_topics.rrd"
    rec = rr.new_recording("rerun_test_many_topics")
    rec.save(rrd)
    for step in range(2):
        rec.set_time_nanos("ros_time", data.T0 + step * 3_000_000_000)
        for i in range(n):
            rec.log(f"/topic_{i:05d}/value", rr.Scalar(float(i + step)))
        rec.log("/<b>html</b> topic", rr.Scalar(float(step)))  # shown as written, not as "\<b\>html\<"
        rec.log(rr.new_entity_path(["<i>v</i>"]), rr.Scalar(float(step)))  # one part with an escaped "/"
    rec.disconnect()
    open_viewer(page, viewer(files=[rrd]), timeout=120_000)
    kinds = page.eval_on_selector_all(".view-tile", "els => els.map(e => e.dataset.viewKind)")
    assert kinds == ["TimeSeries"], kinds[:5]
    plot = page.locator(".view-tile .view-body").first.screenshot()
    width, height = Image.open(io.BytesIO(plot)).size
    assert width * height - colored_pixels(plot, PLOT_BACKGROUND, tolerance=8) > width * height // 3  # the lines fill the plot
    names = page.eval_on_selector_all(".streams-names .tree-row", "els => els.map(e => e.textContent)")
    assert any(n.strip().startswith("<b>html<") for n in names) and not any("\\" in n for n in names), names[:5]
    assert any(n.strip().startswith("<i>v</i>") for n in names) and not any(n.strip().startswith("i>") for n in names)
    # 3 s of ros_time: sub-second ticks, each with its second (never a bare "+500 ms" that repeats).
    ticks = page.eval_on_selector_all("[data-testid=time-ruler] .tick", "els => els.map(e => e.textContent)")
    assert len(ticks) >= 3 and len(set(ticks)) == len(ticks), ticks
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d(\.\d+)?Z", t) for t in ticks), ticks
    assert any("." in t for t in ticks), ticks
