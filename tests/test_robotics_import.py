"""MCAP files and ROS 1 / ROS 2 bags in: entities, times and values exactly as written (data made by tests/robotics_data.py)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("mcap_ros2")
pytest.importorskip("rosbags")

import rerun as rr  # noqa: E402
import robotics_data as data  # noqa: E402
from rerun._loaders import file_as_recording  # noqa: E402
from rerun.rrd import ArrowMsg  # noqa: E402


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("robotics")
    mcap_path = data.write_mcap(root / "drive.mcap")
    return {
        "mcap": mcap_path,
        "ros2": data.write_ros2_bag(root / "drive_ros2", mcap_path),
        "ros1": data.write_ros1_bag(root / "drive.bag", mcap_path),
    }


class Rows:
    """Every row of one imported recording, by entity: (timelines, components as Python values)."""

    def __init__(self, msgs: list[Any]) -> None:
        self.by_entity: dict[str, list[tuple[dict[str, int], dict[str, Any]]]] = {}
        for msg in msgs:
            if not isinstance(msg, ArrowMsg):
                continue
            chunk = msg.chunk
            times = {name: values for name, (_, values) in chunk.timelines().items()}
            comps = {name.removeprefix("rerun.components."): array.to_pylist() for name, array in chunk.components().items()}
            for i in range(chunk.num_rows):
                self.by_entity.setdefault(chunk.entity_path, []).append(
                    ({n: int(v[i]) for n, v in times.items()}, {n: c[i] for n, c in comps.items() if c[i] is not None})
                )

    def one(self, entity: str, component: str) -> tuple[dict[str, int], Any]:
        rows = [(t, c[component]) for t, c in self.by_entity.get(entity, []) if component in c]
        assert len(rows) == 1, f"{entity} {component}: {len(rows)} rows; entities: {sorted(self.by_entity)}"
        return rows[0]

    def mono(self, entity: str, component: str) -> Any:
        """The one value of a one-instance component in the entity's only row of it."""
        batch = self.one(entity, component)[1]
        assert len(batch) == 1, batch
        return batch[0]

    def all(self, entity: str, component: str) -> list[tuple[dict[str, int], Any]]:
        return [(t, c[component]) for t, c in self.by_entity.get(entity, []) if component in c]


@pytest.fixture(scope="module", params=["mcap", "ros2", "ros1"])
def rows(request: pytest.FixtureRequest, logs: dict[str, Path]) -> Rows:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return Rows(file_as_recording(str(logs[request.param])))


def _tensor_pixels(batch: list[dict[str, Any]]) -> np.ndarray:
    (tensor,) = batch
    shape = [d["size"] for d in tensor["shape"]]
    return np.asarray(tensor["buffer"]).reshape(shape)


def test_each_topic_is_an_entity_with_log_time_and_ros_time(rows: Rows) -> None:
    times, tensor = rows.one("/camera/image", "TensorData")
    assert times["log_time"] == data.T0 + 10  # the bag/MCAP record time
    assert times["ros_time"] == data.T0 + 7  # header.stamp
    np.testing.assert_array_equal(_tensor_pixels(tensor), data.RGB)
    times, _ = rows.one("/chatter", "Text")
    # std_msgs/String has no header: on ros_time at its record time, so the viewer's first timeline shows it
    assert times["log_time"] == times["ros_time"] == data.T0 + 41
    times, _ = rows.one("/rosout", "Text")
    assert (times["log_time"], times["ros_time"]) == (data.T0 + 40, data.T0)  # rcl_interfaces/Log: its own `stamp`


def test_image_encodings(rows: Rows) -> None:
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/camera/image_bgr", "TensorData")[1]), data.RGB)  # bgr8, padded rows
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/camera/mono16", "TensorData")[1]), [[258, 772]])  # big-endian 16 bit
    depth = _tensor_pixels(rows.one("/camera/depth", "TensorData")[1])
    np.testing.assert_array_equal(depth, data.DEPTH_MM)
    assert rows.mono("/camera/depth", "DepthMeter") == 1000.0
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/camera/depth_m", "TensorData")[1]), data.DEPTH_M)
    assert rows.mono("/camera/depth_m", "DepthMeter") == 1.0


def test_compressed_image_and_camera_info(rows: Rows) -> None:
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/camera/compressed", "TensorData")[1]), data.RGB)  # PNG decoded as rr.ImageEncoded does
    k = rows.mono("/camera/camera_info", "PinholeProjection")
    np.testing.assert_allclose(np.asarray(k).reshape(3, 3).T, [[100, 0, 1.5], [0, 100, 1.0], [0, 0, 1]])  # column-major
    assert rows.mono("/camera/camera_info", "Resolution") == [3.0, 2.0]
    # The images beside it (ROS's <ns>/camera_info next to <ns>/image...) get the same pinhole,
    # so each shows in a 2D view and inside its camera's frustum in 3D, as Rerun draws images.
    for image_topic in ("/camera/image", "/camera/depth", "/camera/compressed"):
        assert rows.mono(image_topic, "PinholeProjection") == k, image_topic


@pytest.mark.parametrize("topic", ["/lidar/points", "/lidar/points_be"])
def test_point_cloud2_positions_and_packed_colors_in_both_endiannesses(rows: Rows, topic: str) -> None:
    np.testing.assert_array_equal(np.asarray(rows.one(topic, "Position3D")[1]), data.CLOUD_XYZ)
    colors = [(c >> 24 & 255, c >> 16 & 255, c >> 8 & 255, c & 255) for c in rows.one(topic, "Color")[1]]
    assert colors == [(*map(int, rgb), 255) for rgb in data.CLOUD_RGB]


def test_tf_tree_and_data_in_a_frame_lands_in_the_root_frame(rows: Rows) -> None:
    # The tree: /tf/<root>/<child>..., each frame's transform relative to its parent.
    assert rows.mono("/tf/map/base_link/camera", "Transform3D")["translation"] == [0.0, 0.0, 1.0]
    dynamic = rows.all("/tf/map/base_link", "Transform3D")
    assert [(t["ros_time"], tr[0]["translation"]) for t, tr in dynamic] == [(data.T0, [10.0, 0.0, 0.0]), (data.T0 + 1_000_000_000, [11.0, 0.0, 0.0])]
    # The camera image's entity: camera in map = base_link (10, 0, 0 at that time) + static (0, 0, 1).
    assert rows.mono("/camera/image", "Transform3D")["translation"] == [10.0, 0.0, 1.0]
    # The lidar scan: lidar at (0.5, 0, 0) on base_link; the 50 m beam is beyond range_max and dropped.
    assert rows.mono("/scan", "Transform3D")["translation"] == [10.5, 0.0, 0.0]
    np.testing.assert_allclose(np.asarray(rows.one("/scan", "Position3D")[1]), [[2.0, 0.0, 0.0], [0.0, 3.0, 0.0]], atol=1e-6)


def test_poses_logs_scalars_and_joint_states(rows: Rows) -> None:
    assert rows.mono("/pose", "Transform3D")["translation"] == [1.0, 2.0, 3.0]
    assert rows.mono("/odom", "Transform3D")["translation"] == [4.0, 0.0, 0.0]
    assert rows.mono("/odom/linear/x", "Scalar") == 0.5
    assert rows.mono("/rosout", "Text") == "[planner] path blocked"
    assert rows.mono("/rosout", "TextLogLevel") == "WARN"
    assert rows.mono("/chatter", "Text") == "hello robot"
    assert rows.mono("/speed", "Scalar") == 2.5
    assert [rows.mono(f"/array/{i}", "Scalar") for i in range(3)] == [1.0, 2.0, 4.0]
    assert rows.mono("/joints/elbow/position", "Scalar") == pytest.approx(0.1)
    assert rows.mono("/joints/wrist/position", "Scalar") == pytest.approx(0.2)


def test_sensor_and_geometry_kinds(rows: Rows) -> None:
    assert rows.mono("/imu/linear_acceleration/z", "Scalar") == pytest.approx(9.81)
    assert rows.mono("/imu/angular_velocity/z", "Scalar") == 0.25
    assert (rows.mono("/gps/latitude", "Scalar"), rows.mono("/gps/longitude", "Scalar"), rows.mono("/gps/altitude", "Scalar")) == (48.5, 9.25, 300.0)
    assert rows.mono("/battery/voltage", "Scalar") == 12.5 and rows.mono("/battery/percentage", "Scalar") == 0.75
    assert rows.mono("/range", "Scalar") == 1.25
    assert rows.mono("/temperature", "Scalar") == 21.5
    assert rows.one("/point", "Position3D")[1] == [[1.0, 1.0, 0.0]]
    assert rows.one("/cmd_vel/linear", "Vector3D")[1] == [[1.5, 0.0, 0.0]]
    assert rows.mono("/cmd_vel/angular/z", "Scalar") == -0.5
    # TransformStamped in base_link: its own transform composed with base_link's pose in map (10, 0, 0).
    assert rows.mono("/arm", "Transform3D")["translation"] == [10.0, 2.0, 0.0]
    assert rows.one("/plan", "LineStrip3D")[1] == [[[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [2.0, 0.0, 0.0]]]


def test_occupancy_grid_is_a_textured_plane_at_the_map_origin(rows: Rows) -> None:
    assert rows.mono("/map/origin", "Transform3D")["translation"] == [-1.0, 0.0, 0.0]
    assert rows.one("/map/origin/plane", "Position3D")[1] == [[0.0, 0.0, 0.0], [1.5, 0.0, 0.0], [1.5, 1.0, 0.0], [0.0, 1.0, 0.0]]
    # RViz's map colours: free (0) white, occupied (100) black, 50% mid grey, unknown (-1) grey-green;
    # seen from above, so the grid's second row (y 0.5..1) is the picture's top.
    unknown = [0x70, 0x89, 0x86]
    picture = [[[128] * 3, [255] * 3, [0] * 3], [[255] * 3, [0] * 3, unknown]]
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/map/origin/plane", "TensorData")[1]), picture)
    np.testing.assert_array_equal(_tensor_pixels(rows.one("/map/origin/grid", "TensorData")[1]), picture)


def test_occupancy_grid_plane_vertices_texcoords_and_texture_exactly() -> None:
    from rerun._loaders.ros_messages import Importer

    rec = rr.RecordingStream("occupancy_grid_test")
    mem = rec.memory_recording()
    importer = Importer(rec)
    half = float(np.sqrt(0.5))  # 90 degrees about z: the grid's rows run along the map's -x
    info = {"resolution": 0.05, "width": 3, "height": 2, "origin": {"position": {"x": 1.0, "y": -2.0, "z": 0.5}, "orientation": {"z": half, "w": half}}}
    # Out-of-range values are drawn as RViz does: 101..127 green, -128..-2 red to yellow.
    importer.message("/map", "nav_msgs/OccupancyGrid", {"header": {"frame_id": "map"}, "info": info, "data": [0, 100, -1, 50, 101, -128]}, 7)
    importer.message("/bad_map", "nav_msgs/OccupancyGrid", {"header": {"frame_id": "map"}, "info": info, "data": [0, 100]}, 8)
    rec.flush()
    r = Rows(mem.messages())
    origin = r.mono("/map/origin", "Transform3D")
    assert origin["translation"] == [1.0, -2.0, 0.5] and origin["scale"] is None
    np.testing.assert_allclose(origin["rotation"], [0.0, 0.0, half, half], rtol=1e-7)
    w, h = np.float32(3 * 0.05), np.float32(2 * 0.05)  # metres, as float32 vertices
    np.testing.assert_array_equal(r.one("/map/origin/plane", "Position3D")[1], [[0, 0, 0], [w, 0, 0], [w, h, 0], [0, h, 0]])
    assert r.one("/map/origin/plane", "TriangleIndices")[1] == [[0, 1, 2], [0, 2, 3]]
    # Rerun's texture coordinates start at the top left of the texture, whose top row is the grid's last.
    assert r.one("/map/origin/plane", "Texcoord2D")[1] == [[0.0, 1.0], [1.0, 1.0], [1.0, 0.0], [0.0, 0.0]]
    texture = [[[128] * 3, [0, 255, 0], [255, 0, 0]], [[255] * 3, [0] * 3, [0x70, 0x89, 0x86]]]
    np.testing.assert_array_equal(_tensor_pixels(r.one("/map/origin/plane", "TensorData")[1]), texture)
    np.testing.assert_array_equal(_tensor_pixels(r.one("/map/origin/grid", "TensorData")[1]), texture)
    assert "/bad_map/origin" not in r.by_entity and r.by_entity["/bad_map"]  # kept generically, not drawn
    assert "| /bad_map | nav_msgs/OccupancyGrid | 1 | 1 kept generically: OccupancyGrid.data holds 2 cells; info.width 3 x info.height 2 needs 6" in importer.summary("x")


def test_markers_become_shapes_under_namespace_and_id(rows: Rows) -> None:
    assert rows.mono("/markers/obstacles/1", "Transform3D")["translation"] == [2.0, 0.0, 0.0]
    assert rows.one("/markers/obstacles/1/shape", "HalfSize3D")[1] == [[0.5, 1.0, 2.0]]
    assert rows.one("/markers/obstacles/1/shape", "Color")[1] == [0xFF0000FF]
    assert rows.one("/markers/route/2/shape", "LineStrip3D")[1] == [[[0.0, 0.0, 0.0], [1.0, 1.0, 0.0]]]
    assert rows.one("/markers/labels/3/shape", "Text")[1] == ["goal"]


def test_other_messages_are_kept_as_named_fields_and_listed_in_the_summary(rows: Rows) -> None:
    assert rows.mono("/diag", "key") == "motor"
    assert rows.mono("/diag", "value") == "ok"
    summary = rows.mono("/import_summary", "Text")
    assert "| /diag | diagnostic_msgs/msg/KeyValue | 1 | AnyValues (fields flattened) |" in summary
    assert "| /camera/image | sensor_msgs/msg/Image | 1 | Image |" in summary


def test_a_channel_without_a_decoder_is_listed_as_not_imported(tmp_path: Path) -> None:
    from mcap.writer import Writer

    path = tmp_path / "odd.mcap"
    with open(path, "wb") as f:
        writer = Writer(f)
        writer.start()
        schema = writer.register_schema("acme.Blob", "flatbuffer", b"")
        channel = writer.register_channel("/blob", "flatbuffer", schema)
        json_channel = writer.register_channel("/status", "json", writer.register_schema("Status", "jsonschema", b"{}"))
        writer.add_message(channel, log_time=5, data=b"\x00\x01", publish_time=5)
        writer.add_message(json_channel, log_time=6, data=b'{"battery": {"volts": 12.5}, "ok": true}', publish_time=6)
        writer.finish()
    r = Rows(file_as_recording(str(path)))
    assert "| /blob | acme.Blob | 1 | - | 1 (no decoder for message encoding 'flatbuffer') |" in r.mono("/import_summary", "Text")
    times, volts = r.one("/status", "battery.volts")
    assert volts == [12.5] and times["log_time"] == 6


def test_log_file_from_path_logs_into_the_current_recording_with_a_prefix(logs: dict[str, Path]) -> None:
    rec = rr.RecordingStream("robotics_test")
    mem = rec.memory_recording()
    rec.log_file_from_path(logs["mcap"], entity_path_prefix="drive")
    rec.flush()
    r = Rows(mem.messages())
    assert r.mono("/drive/chatter", "Text") == "hello robot"
    assert "/drive/tf/map/base_link" in r.by_entity


def test_a_ros2_bag_folder_inside_a_directory_is_one_source(logs: dict[str, Path]) -> None:
    from rerun._loaders import expand_directory

    found = expand_directory(str(logs["ros2"].parent))
    assert str(logs["ros2"]) in found
    assert not any(p.endswith(".db3") for p in found)


def test_a_damaged_mcap_is_an_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mcap"
    bad.write_bytes(b"not an mcap file at all")
    with pytest.raises(ValueError, match="bad.mcap"):
        file_as_recording(str(bad))


@pytest.mark.parametrize("keep", [1000, 3000, 0.6])
def test_a_truncated_mcap_keeps_what_came_before_with_a_warning(tmp_path: Path, logs: dict[str, Path], keep: float) -> None:
    whole = logs["mcap"].read_bytes()
    cut = tmp_path / "cut.mcap"
    cut.write_bytes(whole[: int(len(whole) * keep) if isinstance(keep, float) else keep])
    with pytest.warns(rr.RerunWarning, match="cut.mcap: damaged or truncated MCAP"):
        msgs = file_as_recording(str(cut))
    summary = [m for m in msgs if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/import_summary"]
    assert summary, "the import summary is still written"
    text = summary[-1].chunk.components()["rerun.components.Text"].to_pylist()[-1][0]
    assert "damaged or truncated MCAP, reading stopped at byte" in text and "the rest of the file is lost" in text
    if isinstance(keep, float):  # the complete chunks before the cut are read (in file order, no summary to seek with)
        kept = {m.chunk.entity_path for m in msgs if isinstance(m, ArrowMsg)} - {"/import_summary"}
        assert len(kept) >= 3, kept


def test_missing_library_names_the_extra(monkeypatch: pytest.MonkeyPatch, logs: dict[str, Path]) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "mcap_ros2.decoder", None)
    monkeypatch.setitem(sys.modules, "mcap_ros2", None)
    with pytest.raises(ValueError, match=r"pip install pyrerun\[robotics\]"):
        file_as_recording(str(logs["mcap"]))


_ = io


def test_foxglove_json_schemas(tmp_path: Path) -> None:
    import base64
    import json

    from mcap.writer import Writer

    ts = {"sec": 1_700_000_000, "nsec": 5}
    cloud = np.zeros(2, dtype=[("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("red", "u1"), ("green", "u1"), ("blue", "u1"), ("alpha", "u1")])
    cloud["x"], cloud["red"], cloud["alpha"] = [1, 2], [255, 0], 255
    messages = {
        "/fox/tf": ("foxglove.FrameTransform", {"timestamp": ts, "parent_frame_id": "world", "child_frame_id": "cam", "translation": {"x": 1, "y": 0, "z": 0}, "rotation": {"x": 0, "y": 0, "z": 0, "w": 1}}),
        "/fox/raw": ("foxglove.RawImage", {"timestamp": ts, "frame_id": "cam", "width": 3, "height": 2, "encoding": "rgb8", "step": 9, "data": base64.b64encode(data.RGB.tobytes()).decode()}),
        "/fox/png": ("foxglove.CompressedImage", {"timestamp": ts, "frame_id": "cam", "format": "png", "data": base64.b64encode(data.PNG_BYTES).decode()}),
        "/fox/cloud": ("foxglove.PointCloud", {"timestamp": ts, "frame_id": "world", "point_stride": 16, "fields": [{"name": n, "offset": o, "type": t} for n, o, t in [("x", 0, 7), ("y", 4, 7), ("z", 8, 7), ("red", 12, 1), ("green", 13, 1), ("blue", 14, 1), ("alpha", 15, 1)]], "data": base64.b64encode(cloud.tobytes()).decode()}),
        "/fox/pose": ("foxglove.PoseInFrame", {"timestamp": ts, "frame_id": "world", "pose": {"position": {"x": 0, "y": 3, "z": 0}, "orientation": {"x": 0, "y": 0, "z": 0, "w": 1}}}),
        "/fox/fix": ("foxglove.LocationFix", {"timestamp": ts, "latitude": 1.5, "longitude": 2.5, "altitude": 3.5}),
        "/fox/log": ("foxglove.Log", {"timestamp": ts, "level": 4, "message": "overheated", "name": "motor"}),
        "/fox/scene": ("foxglove.SceneUpdate", {"entities": [{"id": "box", "cubes": [{"pose": {"position": {"x": 1, "y": 0, "z": 0}, "orientation": {"w": 1}}, "size": {"x": 2, "y": 2, "z": 2}}]}]}),
    }
    path = tmp_path / "fox.mcap"
    with open(path, "wb") as f:
        writer = Writer(f)
        writer.start()
        for i, (topic, (schema, msg)) in enumerate(messages.items()):
            channel = writer.register_channel(topic, "json", writer.register_schema(schema, "jsonschema", b"{}"))
            writer.add_message(channel, log_time=100 + i, data=json.dumps(msg).encode(), publish_time=100 + i)
        writer.finish()
    r = Rows(file_as_recording(str(path)))
    assert r.mono("/tf/world/cam", "Transform3D")["translation"] == [1.0, 0.0, 0.0]
    assert r.mono("/fox/raw", "Transform3D")["translation"] == [1.0, 0.0, 0.0]  # in frame cam
    times, raw = r.one("/fox/raw", "TensorData")
    assert times["ros_time"] == 1_700_000_000_000_000_005
    np.testing.assert_array_equal(_tensor_pixels(raw), data.RGB)
    np.testing.assert_array_equal(_tensor_pixels(r.one("/fox/png", "TensorData")[1]), data.RGB)
    assert r.one("/fox/cloud", "Position3D")[1] == [[1.0, 0.0, 0.0], [2.0, 0.0, 0.0]]
    assert r.one("/fox/cloud", "Color")[1] == [0xFF0000FF, 0x000000FF]
    assert r.mono("/fox/pose", "Transform3D")["translation"] == [0.0, 3.0, 0.0]
    assert r.mono("/fox/fix/latitude", "Scalar") == 1.5
    assert (r.mono("/fox/log", "Text"), r.mono("/fox/log", "TextLogLevel")) == ("[motor] overheated", "ERROR")
    assert r.one("/fox/scene/box/cube_0/shape", "HalfSize3D")[1] == [[1.0, 1.0, 1.0]]


def test_protobuf_messages_are_decoded(tmp_path: Path) -> None:
    from google.protobuf.struct_pb2 import ListValue
    from google.protobuf.timestamp_pb2 import Timestamp
    from mcap_protobuf.writer import Writer

    path = tmp_path / "proto.mcap"
    with open(path, "wb") as f:
        writer = Writer(f)
        writer.write_message("/clock", Timestamp(seconds=12, nanos=34), log_time=7, publish_time=7)
        writer.write_message("/values", ListValue(values=[]), log_time=8, publish_time=8)
        writer.finish()
    r = Rows(file_as_recording(str(path)))
    times, seconds = r.one("/clock", "seconds")
    assert seconds == [12] and r.one("/clock", "nanos")[1] == [34] and times["log_time"] == 7
    assert "| /values | google.protobuf.ListValue | 1 |" in r.mono("/import_summary", "Text")


def test_ros1_rosgraph_log_levels_and_image_encodings_without_a_file() -> None:
    from rerun._loaders.ros_messages import Importer

    rec = rr.RecordingStream("ros1_log_test")
    mem = rec.memory_recording()
    importer = Importer(rec)
    importer.message("/rosout", "rosgraph_msgs/Log", {"header": {"stamp": {"secs": 3, "nsecs": 4}}, "level": 8, "name": "/planner", "msg": "stuck"}, 99)
    bgra = np.array([[[1, 2, 3, 4]]], np.uint8)
    importer.message("/img", "sensor_msgs/Image", {"height": 1, "width": 1, "encoding": "bgra8", "step": 4, "data": bgra.tobytes()}, 100)
    importer.message("/img_bad", "sensor_msgs/Image", {"height": 1, "width": 1, "encoding": "nv21", "step": 2, "data": b"\0\0"}, 101)
    rec.flush()
    r = Rows(mem.messages())
    times, _ = r.one("/rosout", "Text")
    assert times == {"log_time": 99, "ros_time": 3_000_000_004, "log_tick": times["log_tick"]}
    assert (r.mono("/rosout", "Text"), r.mono("/rosout", "TextLogLevel")) == ("[/planner] stuck", "ERROR")
    np.testing.assert_array_equal(_tensor_pixels(r.one("/img", "TensorData")[1]), [[[3, 2, 1, 4]]])
    assert r.mono("/img_bad", "encoding") == "nv21"  # kept generically
    assert "| /img_bad | sensor_msgs/Image | 1 | 1 kept generically: Image.encoding 'nv21' is not one of [" in importer.summary("x")


def _import(*messages: tuple[str, str, dict[str, Any]]) -> tuple[Rows, str]:
    """Rows and /import_summary text of messages given to the importer directly (no file)."""
    from rerun._loaders.ros_messages import Importer

    rec = rr.RecordingStream("robotics_unit_test")
    mem = rec.memory_recording()
    importer = Importer(rec)
    for i, (topic, type_name, msg) in enumerate(messages):
        importer.message(topic, type_name, msg, 100 + i)
    summary = importer.summary("test")
    importer.log_summary("test")
    rec.flush()
    return Rows(mem.messages()), summary


def test_yuv422_and_bayer_images_are_converted_to_rgb() -> None:
    uyvy = bytes([128, 235, 128, 16])  # U Y0 V Y1: white then black (BT.601 video range)
    yuyv = bytes([235, 128, 16, 128])
    bayer = np.array([[200, 100], [50, 10]], np.uint8)  # R G / G B
    r, summary = _import(
        ("/uyvy", "sensor_msgs/Image", {"height": 1, "width": 2, "encoding": "yuv422", "step": 4, "data": uyvy}),
        ("/yuyv", "sensor_msgs/Image", {"height": 1, "width": 2, "encoding": "yuv422_yuy2", "step": 4, "data": yuyv}),
        ("/bayer", "sensor_msgs/Image", {"height": 2, "width": 2, "encoding": "bayer_rggb8", "step": 2, "data": bayer.tobytes()}),
    )
    for topic in ("/uyvy", "/yuyv"):
        np.testing.assert_array_equal(_tensor_pixels(r.one(topic, "TensorData")[1]), [[[255, 255, 255], [0, 0, 0]]])
    np.testing.assert_array_equal(_tensor_pixels(r.one("/bayer", "TensorData")[1]), np.full((2, 2, 3), [200, 75, 10]))
    assert "kept generically" not in summary


def test_messages_whose_mapping_fails_are_kept_generically_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    intensity_only = {
        "height": 1, "width": 1, "fields": [{"name": "intensity", "offset": 0, "datatype": 7, "count": 1}],
        "point_step": 4, "row_step": 4, "data": np.float32([0.5]).tobytes(), "is_dense": True,
    }  # fmt: skip
    grid = {"info": {"resolution": 0.1, "width": 2, "height": 2, "origin": {"position": {}, "orientation": {"w": 1.0}}}, "data": [0, 100, -1]}
    r, summary = _import(
        ("/cloud", "sensor_msgs/PointCloud2", intensity_only),
        ("/map", "nav_msgs/OccupancyGrid", grid),
        ("/no_height", "sensor_msgs/Image", {"width": 2, "encoding": "mono8", "step": 2, "data": b"\0\0"}),
        ("/huge", "sensor_msgs/Image", {"height": 2**31 - 1, "width": 2**31 - 1, "encoding": "rgb8", "step": 0, "data": b"abc"}),
    )
    # An AnyValues name keeps the Arrow type of its first use in the process (as 0.17's registry): "data" was bytes above.
    from rerun.any_value import ANY_VALUE_TYPE_REGISTRY

    monkeypatch.delitem(ANY_VALUE_TYPE_REGISTRY, "data", raising=False)
    lies, lies_summary = _import(("/lies", "std_msgs/Float64", {"data": "s0"}))
    assert r.mono("/cloud", "fields[0].name") == "intensity"
    assert len(r.one("/map", "data")[1]) == 3
    assert r.mono("/no_height", "encoding") == "mono8"
    assert r.mono("/huge", "width") == 2**31 - 1
    assert lies.mono("/lies", "data") == "s0"
    assert "| /cloud | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2 has no ['x', 'y', 'z'] field(s) (it has ['intensity'])" in summary
    assert "1 kept generically: OccupancyGrid.data holds 3 cells; info.width 2 x info.height 2 needs 4" in summary
    assert "1 kept generically: Image.height is None, expected an integer" in summary
    assert f"1 kept generically: Image.data holds 3 bytes; height {2**31 - 1} x step {3 * (2**31 - 1)} needs" in summary
    assert "| /lies | std_msgs/Float64 | 1 | 1 kept generically: field 'data' is 's0', expected a number" in lies_summary
    assert "NoneType" not in summary and "reshape" not in summary


def test_a_compressed_image_that_is_not_an_image_is_kept_generically_with_the_reason() -> None:
    header = {"stamp": {"sec": 1, "nanosec": 5}, "frame_id": "cam"}
    r, summary = _import(("/cam/bad_jpeg", "sensor_msgs/CompressedImage", {"header": header, "format": "jpeg", "data": b"not a jpeg at all"}))
    assert r.mono("/cam/bad_jpeg", "format") == "jpeg"
    assert bytes(r.one("/cam/bad_jpeg", "data")[1]) == b"not a jpeg at all"
    assert r.mono("/cam/bad_jpeg", "header.frame_id") == "cam"
    assert "| /cam/bad_jpeg | sensor_msgs/CompressedImage | 1 | 1 kept generically: CompressedImage.data (17 bytes, starting 6e 6f 74" in summary
    assert "format 'jpeg') is not an image file PIL can read" in summary
    assert summary.rstrip().endswith("|  |")  # nothing "not imported"


def test_a_generic_field_that_does_not_convert_is_left_out_alone_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow as pa

    from rerun.any_value import ANY_VALUE_TYPE_REGISTRY

    # `data` already known as bytes in this process (an earlier file): a file's own Image
    # definition with `float64 data` still keeps its value, as float64.
    monkeypatch.setitem(ANY_VALUE_TYPE_REGISTRY, "data", (np.dtype(object), pa.binary()))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r, summary = _import(
            ("/img_lies", "sensor_msgs/msg/Image", {"data": 1.0}),
            ("/odd", "acme_msgs/Note", {"label": "bad \ud800 text", "count": 2, "data": "ok"}),
            ("/mixed", "acme_msgs/Note", {"items": [1, "a", None]}),
        )
    assert r.mono("/img_lies", "data") == 1.0
    assert r.one("/mixed", "items")[1] == ["1", "a", "None"]
    assert (r.mono("/odd", "count"), r.mono("/odd", "data")) == (2.0, "ok")  # the rest of the row is kept
    assert "label" not in r.by_entity["/odd"][0][1]
    assert "| /odd | acme_msgs/Note | 1 | AnyValues (fields flattened); fields left out (they do not convert to Arrow): label (UnicodeEncodeError:" in summary
    assert [str(w.message) for w in caught if "/odd" in str(w.message)] == [
        "test: topic /odd (acme_msgs/Note): fields left out (they do not convert to Arrow): label (UnicodeEncodeError: "
        "'utf-8' codec can't encode character '\\ud800' in position 4: surrogates not allowed)"
    ]


def _big_mcap(path: Path) -> Path:
    """40 camera frames of 640x480 mono8 (12 MB): large enough for the reader to report progress midway."""
    rng = np.random.default_rng(0)  # incompressible frames: the file is as big as its images
    items = [
        ("/camera/big", "sensor_msgs/msg/Image", {"header": data.header(data.T0 + i, "camera"), "height": 480, "width": 640, "encoding": "mono8", "step": 640, "data": rng.integers(0, 256, 640 * 480, dtype=np.uint8).tobytes()}, data.T0 + i)
        for i in range(40)
    ]
    return data.write_mcap(path, items)


def test_an_import_streams_its_rows_while_the_file_is_read(tmp_path: Path) -> None:
    """The viewer and `--save` take the rows as they are made: a big file never sits in memory whole."""
    import threading

    path = _big_mcap(tmp_path / "big.mcap")
    received: list[Any] = []
    arrived = threading.Event()
    seen_midway: list[int] = []

    def on_message(msg: Any) -> None:
        received.append(msg)
        if isinstance(msg, ArrowMsg):
            arrived.set()

    def progress(done: int, total: int) -> None:
        if done < total:  # midway: rows of the frames read so far reach the consumer before the end
            arrived.wait(10)
            seen_midway.append(sum(m.chunk.num_rows for m in received if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/camera/big"))

    assert file_as_recording(str(path), on_message=on_message, progress=progress) == []
    assert seen_midway and 0 < seen_midway[0] < 40
    images = Rows(received).all("/camera/big", "TensorData")
    assert len(images) == 40


def test_save_of_a_big_import_shows_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from rerun._viewer import cli

    monkeypatch.setattr(cli._ProgressLine, "QUIET_SECS", 0.0)
    path = _big_mcap(tmp_path / "big.mcap")
    out = tmp_path / "big.rrd"
    assert cli.main([str(path), "--save", str(out)]) == 0
    err = capsys.readouterr().err
    assert "importing big.mcap: 100%" in err and "importing big.mcap: 0%" not in err.split("100%")[-1], err
    assert len(Rows(list(rr.rrd.read_messages(out))).all("/camera/big", "TensorData")) == 40


def test_an_organized_point_cloud_with_padded_rows_reads_each_row_s_points() -> None:
    from rerun._loaders.ros_messages import point_cloud_arrays

    points = np.arange(12, dtype=np.float32).reshape(2, 2, 3)  # 2 rows of 2 points
    padded_rows = [points[r].tobytes() + b"\xff" * 8 for r in range(2)]  # row_step 32 = 2 * 12 + 8
    fields = [{"name": a, "offset": 4 * i, "datatype": 7, "count": 1} for i, a in enumerate("xyz")]
    msg = {"fields": fields, "is_bigendian": False, "point_step": 12, "row_step": 32, "data": b"".join(padded_rows), "width": 2, "height": 2}
    positions, _colors, _extra = point_cloud_arrays(msg)
    np.testing.assert_array_equal(positions, points.reshape(-1, 3))


def test_a_ros1_bag_s_own_message_definition_wins_for_a_known_type_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two connections of `std_msgs/msg/Float64`, one defined as `string data`: each is read with its own definition."""
    from rosbags.rosbag1 import Writer
    from rosbags.typesys import Stores, get_types_from_msg, get_typestore

    from rerun.any_value import ANY_VALUE_TYPE_REGISTRY

    monkeypatch.delitem(ANY_VALUE_TYPE_REGISTRY, "data", raising=False)  # other tests logged "data" of other types

    stock = get_typestore(Stores.ROS1_NOETIC)
    odd = get_typestore(Stores.EMPTY)
    odd.register(get_types_from_msg("string data\n", "std_msgs/msg/Float64"))
    path = tmp_path / "own_definitions.bag"
    with Writer(path) as writer:
        own = writer.add_connection("/own", "std_msgs/msg/Float64", typestore=odd)
        good = writer.add_connection("/good", "std_msgs/msg/Float64", typestore=stock)
        for i in range(3):
            writer.write(own, data.T0 + i, odd.serialize_ros1(odd.types["std_msgs/msg/Float64"](data=f"s{i}"), "std_msgs/msg/Float64"))
            writer.write(good, data.T0 + i, stock.serialize_ros1(stock.types["std_msgs/msg/Float64"](data=float(i)), "std_msgs/msg/Float64"))
    r = Rows(file_as_recording(str(path)))
    assert [v for _, v in r.all("/good", "Scalar")] == [[0.0], [1.0], [2.0]]
    assert [v for _, v in r.all("/own", "data")] == [["s0"], ["s1"], ["s2"]]
    summary = r.mono("/import_summary", "Text")
    assert "| /own | std_msgs/msg/Float64 | 3 | 3 kept generically: field 'data' is 's0', expected a number" in summary
    assert "cannot decode" not in summary


def test_a_flattened_string_field_is_not_cut_to_the_width_of_its_first_value(monkeypatch: pytest.MonkeyPatch) -> None:
    from rerun.any_value import ANY_VALUE_TYPE_REGISTRY

    monkeypatch.delitem(ANY_VALUE_TYPE_REGISTRY, "label", raising=False)
    r, _ = _import(("/a", "acme_msgs/Tag", {"label": "nv21"}), ("/b", "acme_msgs/Tag", {"label": "bayer_rggb8"}))
    assert (r.mono("/a", "label"), r.mono("/b", "label")) == ("nv21", "bayer_rggb8")


def test_a_ros2_bag_folder_reports_progress_in_bytes_as_its_messages_are_read(logs: dict[str, Path]) -> None:
    folder = logs["ros2"]
    size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    calls: list[tuple[int, int]] = []
    file_as_recording(str(folder), on_message=lambda msg: None, progress=lambda done, total: calls.append((done, total)))
    assert {total for _, total in calls} == {size}  # the folder's bytes, as MCAP progress is the file's
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[-1] == size
    assert len(set(done)) >= 10, calls  # step by step, not one jump at the end


def test_point_cloud2_colours_from_separate_r_g_b_a_fields() -> None:
    from rerun._loaders.ros_messages import point_cloud_arrays

    cloud = np.zeros(2, dtype=[("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("b", "u1"), ("g", "u1"), ("r", "u1"), ("a", "u1")])
    cloud["r"], cloud["g"], cloud["b"], cloud["a"] = [255, 1], [128, 2], [0, 3], [200, 4]
    fields = [{"name": a, "offset": 4 * i, "datatype": 7, "count": 1} for i, a in enumerate("xyz")]
    fields += [{"name": c, "offset": 12 + i, "datatype": 2, "count": 1} for i, c in enumerate("bgra")]
    msg = {"fields": fields, "is_bigendian": False, "point_step": 16, "row_step": 32, "data": cloud.tobytes(), "width": 2, "height": 1}
    _positions, colors, extra = point_cloud_arrays(msg)
    assert colors is not None and [hex(c) for c in colors] == ["0xff8000c8", "0x1020304"]
    assert not extra  # the colour fields are colours, not extra values


def test_a_laser_scan_with_inf_and_nan_ranges_warns_nothing() -> None:
    scan = {"angle_min": 0.0, "angle_increment": float(np.pi / 2), "range_min": 0.1, "range_max": 10.0, "ranges": [float("inf"), 1.0, float("nan"), 2.0]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r, _ = _import(("/scan", "sensor_msgs/LaserScan", scan))
    np.testing.assert_allclose(r.one("/scan", "Position3D")[1], [[0.0, 1.0, 0.0], [0.0, -2.0, 0.0]], atol=1e-6)


def test_a_sphere_marker_is_a_point_as_big_as_the_sphere() -> None:
    marker = {"ns": "goal", "id": 1, "type": 2, "action": 0, "pose": {"position": {"x": 1.0}, "orientation": {"w": 1.0}},
              "scale": {"x": 0.5, "y": 0.5, "z": 0.2}, "color": {"r": 1.0, "g": 0.0, "b": 0.0, "a": 1.0}}  # fmt: skip
    r, summary = _import(("/marker", "visualization_msgs/Marker", marker))
    (shape,) = [e for e in r.by_entity if e.endswith("/shape")]
    assert r.one(shape, "Position3D")[1] == [[0.0, 0.0, 0.0]] and r.one(shape, "Radius")[1] == [0.25]
    assert "Boxes3D" not in summary


def test_a_field_name_shared_by_unknown_types_keeps_each_type_s_values() -> None:
    # `data` is uint8[] on one topic, int32[] on another and text on a third: each keeps its own
    # values (AnyValues alone would cast all to the first type seen, wrapping 100000 into a byte).
    r, summary = _import(
        ("/bytes", "std_msgs/UInt8MultiArray", {"layout": {"dim": [], "data_offset": 0}, "data": bytes([1, 2, 3])}),
        ("/ints", "std_msgs/Int32MultiArray", {"layout": {"dim": [], "data_offset": 0}, "data": np.int32([100000, -5])}),
        ("/pair", "diagnostic_msgs/KeyValue", {"key": "data", "value": "ok"}),
        ("/text", "example/Note", {"data": "hello", "count": 3}),
        ("/text", "example/Note", {"data": "again", "count": 4.5}),
    )
    assert r.one("/bytes", "data")[1] == [1, 2, 3]
    assert r.one("/ints", "data")[1] == [100000, -5]
    assert [v for _, v in r.all("/text", "data")] == [["hello"], ["again"]]
    assert [v for _, v in r.all("/text", "count")] == [[3.0], [4.5]]
    assert "kept generically" not in summary


def _mcap_with_a_corrupt_chunk(folder: Path, compression: str = "zstd") -> tuple[Path, Any]:
    """1000 Float64 messages on /x in small chunks, one chunk in the middle with flipped bytes; (path, that chunk's index)."""
    from mcap.reader import make_reader
    from mcap.writer import CompressionType
    from mcap_ros2.writer import Writer
    from rosbags.typesys import Stores, get_typestore

    whole = folder / "whole.mcap"
    with whole.open("wb") as f:
        writer = Writer(f, chunk_size=2048, compression=CompressionType[compression.upper()])
        schema = writer.register_msgdef("std_msgs/msg/Float64", str(get_typestore(Stores.ROS2_HUMBLE).generate_msgdef("std_msgs/msg/Float64", ros_version=2)[0]))
        for i in range(1000):
            writer.write_message("/x", schema, {"data": float(i)}, log_time=data.T0 + i * 10**6, publish_time=data.T0 + i * 10**6)
        writer.finish()
    chunks = sorted(make_reader(whole.open("rb")).get_summary().chunk_indexes, key=lambda c: c.chunk_start_offset)  # type: ignore[union-attr]
    assert len(chunks) > 6
    bad = chunks[len(chunks) // 2]
    raw = bytearray(whole.read_bytes())
    # The chunk's compressed records start after opcode, length, start/end time, sizes, crc, compression name and its length.
    body = bad.chunk_start_offset + 1 + 8 + 8 + 8 + 8 + 4 + 4 + len(compression) + 8
    for i in range(body, body + 8):
        raw[i] ^= 0xFF
    damaged = folder / "damaged.mcap"
    damaged.write_bytes(bytes(raw))
    return damaged, bad


@pytest.mark.parametrize("compression", ["zstd", "lz4"])
def test_a_corrupt_chunk_in_the_middle_costs_only_that_chunk_and_is_reported(tmp_path: Path, compression: str) -> None:
    damaged, bad = _mcap_with_a_corrupt_chunk(tmp_path, compression)
    with pytest.warns(rr.RerunWarning, match=r"damaged.mcap: chunk \d+ of \d+ \(bytes [\d,]+–[\d,]+, log times .* cannot be read"):
        r = Rows(file_as_recording(str(damaged)))
    values = [batch[0] for _, batch in r.all("/x", "Scalar")]
    lost = [i for i in range(1000) if data.T0 + i * 10**6 in range(bad.message_start_time, bad.message_end_time + 1)]
    assert values == [float(i) for i in range(1000) if i not in lost], "every message of every other chunk, in order"
    summary = r.mono("/import_summary", "Text")
    assert f"| /x | std_msgs/msg/Float64 | 1000 | Scalar | {len(lost)} (in unreadable chunk" in summary
    assert f"{len(lost)} messages ({len(lost)} on /x) lost" in summary


def test_the_viewer_page_is_told_about_a_corrupt_chunk(tmp_path: Path) -> None:
    from rerun._viewer.cli import _import_into_viewer

    damaged, _ = _mcap_with_a_corrupt_chunk(tmp_path)
    notices: list[str] = []
    ingested: list[Any] = []

    class Ingestor:
        def ingest(self, msgs: list[Any], source: str) -> None:
            ingested.extend(msgs)

        def report_progress(self, progress: Any) -> None:
            pass

    with pytest.warns(rr.RerunWarning, match="cannot be read"):  # still on stderr too
        assert _import_into_viewer(Ingestor(), str(damaged), notices.append) is None
    assert len(notices) == 1 and "damaged.mcap: chunk" in notices[0] and "messages (" in notices[0] and "on /x) lost" in notices[0]
    assert ingested


def _cloud(**overrides: Any) -> dict[str, Any]:
    fields = [{"name": a, "offset": 4 * i, "datatype": 7, "count": 1} for i, a in enumerate("xyz")]
    cloud = {"height": 1, "width": 2, "fields": fields, "is_bigendian": False, "point_step": 12, "row_step": 24, "data": np.float32(np.arange(6)).tobytes()}
    return {**cloud, **overrides}


def test_a_point_cloud_whose_declared_size_does_not_fit_its_data_is_kept_generically_with_the_reason() -> None:
    r, summary = _import(
        ("/ok", "sensor_msgs/PointCloud2", _cloud()),
        ("/huge", "sensor_msgs/PointCloud2", _cloud(height=2**31 - 1, width=2**31 - 1, row_step=12 * (2**31 - 1) % 2**32)),
        ("/step0", "sensor_msgs/PointCloud2", _cloud(point_step=0, row_step=0, width=5, data=bytes(60))),
        ("/step_small", "sensor_msgs/PointCloud2", _cloud(point_step=8, row_step=16, width=3)),
        ("/rows", "sensor_msgs/PointCloud2", _cloud(height=2, width=1, row_step=8)),
        ("/no_points", "sensor_msgs/PointCloud2", _cloud(width=0, row_step=0)),
    )
    np.testing.assert_array_equal(r.one("/ok", "Position3D")[1], [[0, 1, 2], [3, 4, 5]])
    for topic in ("/huge", "/step0", "/step_small", "/rows", "/no_points"):
        assert "Position3D" not in {c for _, comps in r.by_entity[topic] for c in comps}, topic
        assert len(r.one(topic, "data")[1]) in (24, 60), topic  # the bytes are kept
    n = 2**31 - 1
    assert f"| /huge | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2.data holds 24 bytes; width {n} x height {n} x point_step 12 needs {n * n * 12}" in summary
    assert "| /step0 | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2.point_step is 0; field 'z' needs at least 12 bytes per point" in summary
    assert "| /step_small | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2.point_step is 8; field 'z' needs at least 12 bytes per point" in summary
    assert "| /rows | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2.row_step is 8; width 1 x point_step 12 needs 12" in summary
    assert "| /no_points | sensor_msgs/PointCloud2 | 1 | 1 kept generically: PointCloud2.data holds 24 bytes; width 0 x height 1 is no point" in summary


def test_failure_reasons_name_the_field_and_what_was_expected() -> None:
    r, summary = _import(
        ("/badjson", "foxglove.Log", {"level": "<b>x</b>", "message": "hi"}),
        ("/fix", "sensor_msgs/NavSatFix", {"latitude": "north", "longitude": 1.0, "altitude": 2.0}),
        ("/range", "sensor_msgs/Range", {"range": None}),
        ("/scan", "sensor_msgs/LaserScan", {"angle_min": "a", "angle_increment": 0.1, "ranges": [1.0]}),
        ("/cam_info", "sensor_msgs/CameraInfo", {"k": [1, 0, 0, 0, 1, 0, 0, 0, 1], "width": "wide", "height": 2}),
        ("/marker", "visualization_msgs/Marker", {"type": "cube", "pose": {}}),
        ("/pose", "geometry_msgs/PoseStamped", {"pose": {"position": {"x": "one"}, "orientation": {"w": 1.0}}}),
    )
    assert r.mono("/badjson", "message") == "hi"
    for reason in (
        "Log.level is '<b>x</b>', expected an integer",
        "NavSatFix.latitude is 'north', expected a number",
        "Range.range is None, expected a number",
        "LaserScan.angle_min is 'a', expected a number",
        "CameraInfo.width is 'wide', expected an integer",
        "Marker.type is 'cube', expected an integer",
        "vector.x is 'one', expected a number",
    ):
        assert f"1 kept generically: {reason} (AnyValues" in summary, reason
    assert "invalid literal" not in summary and "could not convert" not in summary


def test_conversion_warnings_are_counted_per_topic_with_one_warning_naming_file_topic_and_reason() -> None:
    marker = {"ns": "goal", "id": 1, "type": 2, "action": 0, "pose": {"orientation": {"w": 1.0}}, "scale": {"x": 0.5}, "color": {"r": 300.0, "a": 1.0}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r, summary = _import(*[("/m", "visualization_msgs/Marker", marker)] * 3)
    assert len(r.all("/m/goal/1/shape", "Position3D")) == 3  # imported, with the colour wrapped as 0.17 does
    assert "| /m | visualization_msgs/Marker | 3 | Points3D, Transform3D; 3 with a warning, the first: integer color components are expected in 0-255" in summary
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    assert messages[0].startswith("test: topic /m (visualization_msgs/Marker): 3 of 3 message(s) imported with a warning, the first: integer color")
