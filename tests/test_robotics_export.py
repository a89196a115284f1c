"""`rerun export FILE.rrd --to out.mcap`: Foxglove schemas where one fits, JSON for the rest, and back again."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("mcap_ros2")
pytest.importorskip("rosbags")

import rerun as rr  # noqa: E402
import robotics_data as data  # noqa: E402
from rerun.__main__ import main as rerun_main  # noqa: E402
from rerun._loaders import file_as_recording  # noqa: E402
from test_robotics_import import Rows, _tensor_pixels  # noqa: E402


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("export")
    source = data.write_mcap(root / "drive.mcap")
    rrd = root / "drive.rrd"
    # As `rerun drive.mcap --save drive.rrd` (not run in-process: the viewer's main sets up its logging).
    rec = rr.RecordingStream("rerun_test_export")
    rec.save(rrd)
    rec.log_file_from_path(source)
    rec.disconnect()
    out = root / "out.mcap"
    assert rerun_main(["export", str(rrd), "--to", str(out)]) == 0
    return {"source": source, "rrd": rrd, "out": out}


def _messages(path: Path) -> list[tuple[str, str, dict[str, Any], int]]:
    from mcap.reader import make_reader

    with open(path, "rb") as f:
        return [(c.topic, s.name, json.loads(m.data), m.log_time) for s, c, m in make_reader(f).iter_messages(log_time_order=True)]


def test_archetypes_are_written_as_foxglove_schemas(exported: dict[str, Path]) -> None:
    msgs = _messages(exported["out"])
    by = {(topic, schema): (msg, t) for topic, schema, msg, t in msgs}
    image, t = by[("/camera/image", "foxglove.RawImage")]
    assert t == data.T0 + 10  # the row's log_time
    assert (image["width"], image["height"], image["encoding"], image["step"]) == (3, 2, "rgb8", 9)
    assert base64.b64decode(image["data"]) == data.RGB.tobytes()
    assert image["timestamp"] == {"sec": (data.T0 + 10) // 10**9, "nsec": (data.T0 + 10) % 10**9}
    depth, _ = by[("/camera/depth", "foxglove.RawImage")]
    assert depth["encoding"] == "16UC1"
    cloud, _ = by[("/lidar/points", "foxglove.PointCloud")]
    assert [f["name"] for f in cloud["fields"]] == ["x", "y", "z", "red", "green", "blue", "alpha"]
    raw = np.frombuffer(base64.b64decode(cloud["data"]), dtype=np.dtype({"names": ["p", "c"], "formats": ["<3f4", "4u1"], "offsets": [0, 12], "itemsize": cloud["point_stride"]}))
    np.testing.assert_array_equal(raw["p"], data.CLOUD_XYZ)
    np.testing.assert_array_equal(raw["c"][:, :3], data.CLOUD_RGB)
    tf, _ = [(m, t) for (topic, schema), (m, t) in by.items() if topic == "/tf/map/base_link/camera" and schema == "foxglove.FrameTransform"][0]
    assert (tf["parent_frame_id"], tf["child_frame_id"]) == ("/tf/map/base_link", "/tf/map/base_link/camera")
    assert tf["translation"] == {"x": 0.0, "y": 0.0, "z": 1.0} and tf["rotation"] == {"x": 0.0, "y": 0.0, "z": 0.0, "w": 1.0}
    log, _ = by[("/rosout", "foxglove.Log")]
    assert (log["level"], log["message"]) == (3, "[planner] path blocked")  # foxglove.LogLevel WARNING = 3
    generic, _ = by[("/speed", "rerun.Components")]
    assert generic["components"]["rerun.components.Scalar"] == [2.5]


def test_round_trip_keeps_every_row(exported: dict[str, Path]) -> None:
    first = Rows(file_as_recording(str(exported["source"])))
    again = Rows(file_as_recording(str(exported["out"])))
    lost = [entity for entity in first.by_entity if entity != "/import_summary" and entity not in again.by_entity]
    assert not lost
    for entity, rows in first.by_entity.items():
        if entity != "/import_summary":
            assert len(again.by_entity[entity]) >= len([r for r in rows if r[1]]), entity
    np.testing.assert_array_equal(_tensor_pixels(again.one("/camera/image", "TensorData")[1]), data.RGB)
    np.testing.assert_array_equal(_tensor_pixels(again.one("/camera/depth", "TensorData")[1]), data.DEPTH_MM)
    np.testing.assert_array_equal(np.asarray(again.one("/lidar/points_be", "Position3D")[1]), data.CLOUD_XYZ)
    assert again.mono("/rosout", "Text") == "[planner] path blocked" and again.mono("/rosout", "TextLogLevel") == "WARN"
    assert again.mono("/tf/map/base_link/camera", "Transform3D")["translation"] == [0.0, 0.0, 1.0]
    assert again.mono("/speed", "Scalar") == 2.5  # under its own component name again
    assert again.one("/camera/image", "TensorData")[0]["log_time"] == data.T0 + 10


def test_transforms_of_every_form_are_written_as_child_in_parent(tmp_path: Path) -> None:
    rec = rr.RecordingStream("export_test")
    rrd = tmp_path / "t.rrd"
    rec.save(rrd)
    rec.log("a", rr.Transform3D(translation=[1, 2, 3], mat3x3=[[0, -1, 0], [1, 0, 0], [0, 0, 1]]))
    rec.log("b", rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90)))
    rec.log("c", rr.Transform3D(translation=[1, 0, 0], from_parent=True))
    rec.flush()
    rec.shutdown()
    out = tmp_path / "t.mcap"
    assert rerun_main(["export", str(rrd), "--to", str(out)]) == 0
    tfs = {topic: m for topic, schema, m, _ in _messages(out) if schema == "foxglove.FrameTransform"}
    half = float(np.sqrt(0.5))
    for topic in ("/a", "/b"):
        q = tfs[topic]["rotation"]
        np.testing.assert_allclose([q["x"], q["y"], q["z"], q["w"]], [0, 0, half, half], atol=1e-6)
    assert tfs["/a"]["translation"] == {"x": 1.0, "y": 2.0, "z": 3.0}
    assert tfs["/c"]["translation"] == {"x": -1.0, "y": 0.0, "z": 0.0}  # from_parent inverted


def test_export_to_an_unknown_format_fails_with_the_formats(exported: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert rerun_main(["export", str(exported["rrd"]), "--to", str(tmp_path / "x.abc")]) == 1
    assert ".mcap" in capsys.readouterr().err
    assert not (tmp_path / "x.abc").exists()
