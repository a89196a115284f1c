"""`rerun export FILE.rrd --to out.mcap`: Foxglove schemas where one fits, JSON for the rest, and back again."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

pytest.importorskip("mcap_ros2")
pytest.importorskip("rosbags")

import rerun as rr  # noqa: E402
import robotics_data as data  # noqa: E402
from rerun.__main__ import main as rerun_main  # noqa: E402
from rerun._loaders import file_as_recording  # noqa: E402
from rerun.rrd import ArrowMsg  # noqa: E402
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


def test_rerun_components_read_back_with_their_own_arrow_types(tmp_path: Path) -> None:
    # Components without a Foxglove field come back under their names *and* Arrow types, so the
    # viewer's queries work and the re-saved file reads back without a frame skipped as damaged.
    import warnings

    from rerun._log_msg import ArrowMsg
    from rerun._rrd.validate import _component_types
    from rerun.rrd import read_messages

    rec = rr.new_recording(application_id="typed", recording_id="typed")
    source, out, again = tmp_path / "typed.rrd", tmp_path / "typed.mcap", tmp_path / "again.rrd"
    rec.save(str(source))
    rr.set_time_sequence("frame", 1, recording=rec)
    rr.log("/pts", rr.Points3D([[1, 2, 3]], radii=0.5, labels="a"), recording=rec)
    rr.log("/box", rr.Boxes3D(half_sizes=[[1, 2, 3]], radii=0.02), recording=rec)
    rr.log("/scalar", rr.Scalar(4.0), recording=rec)
    # Unions (a rotation's variant, a tensor's buffer type) come back as the same variant.
    rr.log("/turned", rr.Boxes3D(half_sizes=[[1, 1, 1]] * 2, rotations=[rr.RotationAxisAngle(axis=[0, 0, 1], degrees=30), rr.Quaternion(xyzw=[0, 0, 0, 1])]), recording=rec)
    rr.log("/tensor", rr.Tensor(np.arange(6, dtype=np.uint16).reshape(2, 3), dim_names=["h", "w"]), recording=rec)
    rr.disconnect(recording=rec)
    assert rerun_main(["export", str(source), "--to", str(out)]) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing left out on the way back, no frame skipped as damaged
        assert rerun_main([str(out), "--save", str(again)]) == 0
        msgs = list(read_messages(again))
    before = {(m.chunk.entity_path, n): c for m in read_messages(source) if isinstance(m, ArrowMsg) for n, c in m.chunk.components().items()}
    after = {(m.chunk.entity_path, n): c for m in msgs if isinstance(m, ArrowMsg) for n, c in m.chunk.components().items()}
    for key in [("/turned", "rerun.components.Rotation3D"), ("/tensor", "rerun.components.TensorData")]:
        assert after[key].equals(before[key]), key
    expected = _component_types()
    found = {
        (m.chunk.entity_path, name): column.type.value_type
        for m in msgs
        if isinstance(m, ArrowMsg)
        for name, column in m.chunk.components().items()
        if name in expected
    }
    for key in [("/pts", "Position3D"), ("/pts", "Radius"), ("/pts", "Text"), ("/box", "HalfSize3D"), ("/box", "Radius"), ("/scalar", "Scalar")]:
        name = "rerun.components." + key[1]
        assert found[(key[0], name)].equals(expected[name]), key


def test_any_values_under_a_rerun_component_name_take_its_type() -> None:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        values = rr.AnyValues(**{"rerun.components.Radius": [1.0, 2.0], "rerun.components.Color": ["red"], "mine": [1.5]})
    batches = {b.component_name(): b.as_arrow_array() for b in values.as_component_batches()}
    assert batches["rerun.components.Radius"].type == rr.components.RadiusBatch([1.0]).as_arrow_array().type
    assert "rerun.components.Color" not in batches  # text does not convert to packed colours: left out, said so
    assert any("rerun.components.Color" in str(w.message) for w in caught)
    assert batches["mine"].to_pylist() == [1.5]


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


def _schemas_and_messages(path: Path) -> list[tuple[str, bytes, str, bytes]]:
    """(schema name, schema data, topic, message data) of every message of an MCAP file."""
    from mcap.reader import make_reader

    with open(path, "rb") as f:
        return [(s.name, s.data, c.topic, m.data) for s, c, m in make_reader(f).iter_messages()]


def _base64_fields(schema: dict[str, Any], message: Any, where: str = "") -> list[tuple[str, Any]]:
    """The values of every field the schema declares base64-encoded (Foxglove's `bytes`), with their paths."""
    if schema.get("contentEncoding") == "base64":
        return [(where, message)]
    found: list[tuple[str, Any]] = []
    if isinstance(message, dict):
        for name, sub in schema.get("properties", {}).items():
            if name in message:
                found += _base64_fields(sub, message[name], f"{where}.{name}")
    if isinstance(message, list) and "items" in schema:
        for i, item in enumerate(message):
            found += _base64_fields(schema["items"], item, f"{where}[{i}]")
    return found


def _assert_every_message_conforms(path: Path) -> dict[str, int]:
    """Validates every message against its channel's JSON schema; returns the number of messages per schema."""
    import jsonschema

    validators: dict[bytes, Any] = {}
    counts: dict[str, int] = {}
    for name, schema_data, topic, payload in _schemas_and_messages(path):
        schema = json.loads(schema_data)
        if schema_data not in validators:
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)  # a real JSON schema, not just a name
            validators[schema_data] = cls(schema)
        message = json.loads(payload)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validators[schema_data].iter_errors(message)]
        assert not errors, (topic, name, errors[:3])
        for field, value in _base64_fields(schema, message):
            assert isinstance(value, str), (topic, field)
            base64.b64decode(value, validate=True)  # bytes as base64 text, as Foxglove's JSON encoding has them
        counts[name] = counts.get(name, 0) + 1
    return counts


def _assert_frames_form_one_tree(path: Path) -> None:
    """Every frame a message is in reaches the root frame "/" through FrameTransforms (what Foxglove's 3D panel needs)."""
    parents: dict[str, str] = {}
    used: set[str] = set()
    for topic, schema, message, _ in _messages(path):
        if schema == "foxglove.FrameTransform":
            assert message["child_frame_id"] == topic  # the entity's own frame
            parents[message["child_frame_id"]] = message["parent_frame_id"]
        elif "frame_id" in message:
            used.add(message["frame_id"])
    for frame in used | set(parents):
        seen = [frame]
        while seen[-1] != "/":
            assert seen[-1] in parents, f"frame {seen[-1]} (of {frame}) has no transform to its parent"
            seen.append(parents[seen[-1]])
            assert len(seen) < 100, seen


def test_schema_data_is_foxglove_s_published_json_schema(exported: dict[str, Path]) -> None:
    from rerun._export.mcap import FOXGLOVE_SCHEMAS, GENERIC_SCHEMA

    written = {name: json.loads(schema) for name, schema, _, _ in _schemas_and_messages(exported["out"])}
    assert set(written) == set(FOXGLOVE_SCHEMAS) - {"foxglove.CompressedImage"} | {"rerun.Components"}  # no JPEG in the drive
    for name in set(written) - {"rerun.Components"}:
        assert written[name]["title"] == name and written[name]["$comment"].startswith("Generated by https://github.com/foxglove/")
    assert written["foxglove.RawImage"]["properties"]["data"] == {**written["foxglove.RawImage"]["properties"]["data"], "type": "string", "contentEncoding": "base64"}
    assert written["rerun.Components"] == GENERIC_SCHEMA
    package = Path(rr.__file__).parent / "_export" / "foxglove_schemas"
    assert (package / "LICENSE").read_text().count("Copyright (c) Foxglove Technologies Inc") == 1


def test_every_message_of_an_imported_drive_conforms_to_its_schema(exported: dict[str, Path]) -> None:
    counts = _assert_every_message_conforms(exported["out"])
    _assert_frames_form_one_tree(exported["out"])
    assert counts["foxglove.RawImage"] >= 2 and counts["foxglove.PointCloud"] >= 2 and counts["foxglove.Log"] >= 1, counts


def _jpeg(rgb: np.ndarray) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(rgb).save(out, format="JPEG", quality=95)
    return out.getvalue()


def test_an_export_of_every_foxglove_kind_conforms_and_reads_back_with_every_message(tmp_path: Path) -> None:
    rec = rr.RecordingStream("export_conformance")
    rrd = tmp_path / "all.rrd"
    rec.save(rrd)
    rgb = np.zeros((8, 8, 3), np.uint8)
    rgb[:, :4] = (200, 30, 30)
    rec.set_time_seconds("log_time", 1.5)
    rec.log("camera/rgb", rr.Image(rgb))
    rec.log("camera/rgba", rr.Image(np.full((2, 2, 4), 7, np.uint8)))
    rec.log("camera/mono", rr.Image(np.arange(6, dtype=np.uint8).reshape(2, 3)))
    rec.log("camera/mono16", rr.Image(np.arange(6, dtype=np.uint16).reshape(2, 3)))
    rec.log("camera/jpeg", rr.ImageEncoded(contents=_jpeg(rgb), format=rr.ImageFormat.JPEG))
    rec.log("camera/depth_mm", rr.DepthImage(np.array([[1000, 2000]], np.uint16), meter=1000))
    rec.log("camera/depth_m", rr.DepthImage(np.array([[0.5, np.nan]], np.float32)))
    rec.log("lidar/colored", rr.Points3D([[0, 0, 0], [1, 2, 3], [np.nan, 0, 0]], colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255]], radii=0.1))
    rec.log("lidar/plain", rr.Points3D([[1, 1, 1]]))
    rec.log("lidar/two_colors", rr.Points3D([[0, 0, 0], [1, 0, 0], [2, 0, 0]], colors=[[255, 0, 0], [0, 255, 0]]))
    rec.log("world/base", rr.Transform3D(translation=[1, 2, 3], rotation=rr.Quaternion(xyzw=[0, 0, 0, 1])))
    rec.log("world/base/arm", rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 1, 0], degrees=30), from_parent=True))
    rec.log("world/base/arm/tool/cloud", rr.Points3D([[0, 0, 1]]))
    rec.log("world/broken", rr.Transform3D(translation=[np.nan, 0, 0]))
    rec.log("world/broken/cloud", rr.Points3D([[0, 0, 2]]))  # no frame of its own to be in: the root's
    rec.log("logs", rr.TextLog("hello", level=rr.TextLogLevel.WARN))
    rec.log("logs", rr.TextLog("custom level", level="NOTICE"))
    rec.log("speed", rr.Scalar(np.nan))
    half = float(np.sqrt(0.5))
    rec.log("boxes", rr.Boxes3D(half_sizes=[[1, 2, 3], [1, 1, 1]], centers=[[0, 0, 1]], rotations=[rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90)], colors=[[255, 0, 0]], labels=["box"]))
    rec.log("route", rr.LineStrips3D([[[0, 0, 0], [1, 0, 0], [1, 1, 0]]], radii=0.05, colors=[0, 255, 0]))
    rec.log("velocity", rr.Arrows3D(vectors=[[0, 2, 0]], origins=[[1, 0, 0]], radii=0.1))
    triangle = [[0, 0, 0], [1, 0, 0], [0, 1, 0]]
    rec.log("mesh", rr.Mesh3D(vertex_positions=triangle, vertex_colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255]], triangle_indices=[[0, 1, 2]]))
    rec.log("textured", rr.Mesh3D(vertex_positions=triangle, vertex_texcoords=[[0, 0], [1, 0], [0, 1]], albedo_texture=np.zeros((2, 2, 3), np.uint8)))
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.disable_timeline("log_time")
    rec.set_time_sequence("frame", -5)  # before the epoch: written at time 0
    rec.log("early", rr.TextLog("before zero"))
    rec.flush()
    rec.disconnect()
    out = tmp_path / "all.mcap"
    assert rerun_main(["export", str(rrd), "--to", str(out)]) == 0

    counts = _assert_every_message_conforms(out)
    assert counts == {"foxglove.RawImage": 6, "foxglove.CompressedImage": 1, "foxglove.PointCloud": 5, "foxglove.FrameTransform": 2, "foxglove.Log": 3, "foxglove.SceneUpdate": 4, "rerun.Components": 25}, counts  # one per row: it ends the row
    _assert_frames_form_one_tree(out)
    msgs = {(topic, schema): m for topic, schema, m, _ in _messages(out)}
    # Frames: data in its nearest ancestor's frame that has a transform, else in the root "/".
    assert msgs[("/world/base/arm/tool/cloud", "foxglove.PointCloud")]["frame_id"] == "/world/base/arm"
    assert msgs[("/lidar/plain", "foxglove.PointCloud")]["frame_id"] == "/"
    assert msgs[("/world/broken/cloud", "foxglove.PointCloud")]["frame_id"] == "/"
    assert msgs[("/world/base/arm", "foxglove.FrameTransform")]["parent_frame_id"] == "/world/base"
    assert msgs[("/world/base", "foxglove.FrameTransform")]["parent_frame_id"] == "/"
    assert msgs[("/camera/jpeg", "foxglove.CompressedImage")]["format"] == "jpeg"
    assert base64.b64decode(msgs[("/camera/jpeg", "foxglove.CompressedImage")]["data"]) == _jpeg(rgb)
    assert msgs[("/camera/depth_m", "foxglove.RawImage")]["encoding"] == "32FC1"
    # Two colours for three points are not one per point: the cloud goes without, the colours stay generic.
    assert [f["name"] for f in msgs[("/lidar/two_colors", "foxglove.PointCloud")]["fields"]] == ["x", "y", "z"]
    assert msgs[("/lidar/two_colors", "rerun.Components")]["components"]["rerun.components.Color"] == [0xFF0000FF, 0x00FF00FF]
    assert msgs[("/world/broken", "rerun.Components")]["components"]["rerun.components.Transform3D"][0]["TranslationRotationScale"]["translation"] == [None, 0.0, 0.0]
    assert msgs[("/speed", "rerun.Components")]["components"]["rerun.components.Scalar"] == [None]
    # Scene primitives for Foxglove's 3D panel (Rerun's clamping: the second box reuses the last centre, rotation, colour).
    (boxes,) = msgs[("/boxes", "foxglove.SceneUpdate")]["entities"]
    assert (boxes["id"], boxes["frame_id"], boxes["lifetime"]) == ("/boxes", "/", {"sec": 0, "nsec": 0})
    red = {"r": 1.0, "g": 0.0, "b": 0.0, "a": 1.0}
    rotated = {"x": 0.0, "y": 0.0, "z": pytest.approx(half), "w": pytest.approx(half)}
    assert boxes["cubes"] == [
        {"pose": {"position": {"x": 0.0, "y": 0.0, "z": 1.0}, "orientation": rotated}, "size": {"x": 2.0, "y": 4.0, "z": 6.0}, "color": red},
        {"pose": {"position": {"x": 0.0, "y": 0.0, "z": 1.0}, "orientation": rotated}, "size": {"x": 2.0, "y": 2.0, "z": 2.0}, "color": red},
    ]
    (line,) = msgs[("/route", "foxglove.SceneUpdate")]["entities"][0]["lines"]
    assert (line["type"], line["thickness"], line["scale_invariant"]) == (0, pytest.approx(0.1), False)
    assert [(p["x"], p["y"]) for p in line["points"]] == [(0, 0), (1, 0), (1, 1)] and line["color"] == {"r": 0.0, "g": 1.0, "b": 0.0, "a": 1.0}
    (arrow,) = msgs[("/velocity", "foxglove.SceneUpdate")]["entities"][0]["arrows"]
    assert arrow["pose"]["position"] == {"x": 1.0, "y": 0.0, "z": 0.0} and arrow["shaft_length"] + arrow["head_length"] == pytest.approx(2.0)
    np.testing.assert_allclose([arrow["pose"]["orientation"][k] for k in "xyzw"], [0, 0, half, half])  # +x turned onto +y
    (tri,) = msgs[("/mesh", "foxglove.SceneUpdate")]["entities"][0]["triangles"]
    assert tri["indices"] == [0, 1, 2] and [c["b"] for c in tri["colors"]] == [0, 0, 1]
    assert ("/textured", "foxglove.SceneUpdate") not in msgs  # Foxglove's triangles have no texture

    # Read back: every message of every topic imported, none listed as not imported.
    from mcap.reader import make_reader

    with open(out, "rb") as f:
        per_topic: dict[str, int] = {}
        for _, channel, _ in make_reader(f).iter_messages():
            per_topic[channel.topic] = per_topic.get(channel.topic, 0) + 1
    again = Rows(file_as_recording(str(out)))
    table = [line.split("|")[1:-1] for line in again.mono("/import_summary", "Text").splitlines() if line.startswith("| /")]
    summary = {cells[0].strip(): (int(cells[2]), cells[4].strip()) for cells in table}
    assert summary == {topic: (n, "") for topic, n in per_topic.items()}, summary
    np.testing.assert_array_equal(_tensor_pixels(again.one("/camera/rgb", "TensorData")[1]), rgb)
    assert sorted((c[0], lvl[0]) for (_, c), (_, lvl) in zip(again.all("/logs", "Text"), again.all("/logs", "TextLogLevel"))) == [("custom level", "NOTICE"), ("hello", "WARN")]
    np.testing.assert_array_equal(np.asarray(again.one("/lidar/colored", "Position3D")[1])[:2], [[0, 0, 0], [1, 2, 3]])
    # Placed by the entity tree again, not by a transform of its own.
    assert again.one("/world/base/arm/tool/cloud", "Position3D")[1] == [[0.0, 0.0, 1.0]]
    assert not again.all("/world/base/arm/tool/cloud", "Transform3D") and not again.all("/lidar/plain", "Transform3D")


def test_topic_names_are_the_entity_paths_as_written_and_read_back_to_the_same_entity(tmp_path: Path) -> None:
    rec = rr.RecordingStream("export_topic_test")
    rrd = tmp_path / "t.rrd"
    rec.save(rrd)
    rec.set_time_sequence("frame", 1)
    rec.log("/<b>html</b>topic", rr.Scalar(1.0))
    rec.log("/with space/x", rr.Scalar(2.0))
    rec.flush()
    rec.shutdown()
    out = tmp_path / "t.mcap"
    assert rerun_main(["export", str(rrd), "--to", str(out)]) == 0
    topics = {topic for topic, _, _, _ in _messages(out)}
    assert {"/<b>html</b>topic", "/with space/x"} <= topics, topics
    entities = Rows(file_as_recording(str(out))).by_entity
    assert "/\\<b\\>html\\</b\\>topic" in entities and "/with\\ space/x" in entities, sorted(entities)


def test_round_trip_gives_back_the_same_rows_and_static_data_as_static(tmp_path: Path) -> None:
    rec = rr.RecordingStream("export_same_rows")
    rrd = tmp_path / "rows.rrd"
    rec.save(rrd)
    rec.log("notes", rr.TextDocument("# static notes", media_type="text/markdown"), static=True)
    rec.log("static_cloud", rr.Points3D([[1, 2, 3]]), static=True)
    for i in range(3):
        rec.set_time_sequence("frame", i)
        rec.log("arm", rr.Transform3D(translation=[1, 0, 0]))  # the same transform each time: three rows still
        rec.log("cloud", rr.Points3D([[0, 0, 0], [1, 1, 1]], colors=[[255, 0, 0]], radii=0.5))
        rec.log("depth", rr.DepthImage(np.array([[1000, 2000]], np.uint16), meter=1000.0))
        rec.log("chat", rr.TextLog(f"message {i}"))  # no level
        rec.log("blob", rr.AnyValues(export_test_bytes=np.array([1, 2, i], np.uint8), export_test_ratio=np.float32(0.5)))
    rec.flush()
    rec.disconnect()
    out = tmp_path / "rows.mcap"
    assert rerun_main(["export", str(rrd), "--to", str(out)]) == 0
    msgs = file_as_recording(str(out))
    again = Rows(msgs)
    types = {name: array.type.value_type for m in msgs if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/blob" for name, array in m.chunk.components().items()}
    assert (types["export_test_bytes"], types["export_test_ratio"]) == (pa.uint8(), pa.float32()), "AnyValues keep their Arrow types"
    assert [values for _, values in again.all("/blob", "export_test_bytes")] == [[1, 2, 0], [1, 2, 1], [1, 2, 2]]

    (times, notes), *more = again.all("/notes", "Text")
    assert times == {} and not more and notes == ["# static notes"], "static, not a row at time 0"
    assert again.one("/static_cloud", "Position3D")[0] == {}
    assert len(again.all("/arm", "Transform3D")) == 3
    for entity, component in [("/cloud", "Position3D"), ("/cloud", "Color"), ("/cloud", "Radius"), ("/depth", "TensorData"), ("/depth", "DepthMeter"), ("/chat", "Text")]:
        assert len(again.all(entity, component)) == 3, (entity, component, "one row per row, not one per message")
    assert all(colors == [0xFF0000FF] for _, colors in again.all("/cloud", "Color")), "the row's one colour, not one per point"
    assert not again.all("/chat", "TextLogLevel"), "a TextLog without a level stays without"
