"""
Frames of same-shaped large rows written from a learnt layout (`rerun._rrd.templates`): every
frame must hold exactly the Arrow IPC stream Arrow's own writer makes for its batch, whatever
changes from row to row, and the file must read back, and index, as logged.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg
from rerun._rrd import format as rrd_format
from rerun.rrd import read_messages


@pytest.fixture
def template_hits(monkeypatch):
    """Counts the frames written from a learnt layout (so a test fails if none ever is), from none learnt."""
    from rerun._rrd.templates import Templates

    monkeypatch.setattr(rrd_format, "TEMPLATES", Templates())
    hits = []
    original = Templates.stream_pieces

    def counting(self, row):
        found = original(self, row)
        hits.append(found is not None)
        return found

    monkeypatch.setattr(Templates, "stream_pieces", counting)
    return hits


def _frames(path):
    """(kind, Arrow IPC bytes) of each frame, checking each checksum."""
    data = path.read_bytes()
    pos = 12
    while pos < len(data):
        kind, crc, length = struct.unpack_from("<B3xIQ", data, pos)
        payload = data[pos + 16 : pos + 16 + length]
        assert zlib.crc32(payload) == crc, f"checksum of the frame at {pos}"
        pos += 16 + length
        if kind == 2:
            (json_len,) = struct.unpack_from("<I", payload)
            yield payload[4 + json_len :]


def _tensor(chunk) -> np.ndarray:
    """The tensor of a one-row image chunk, shaped as logged."""
    from rerun._datamodel.tensor import tensor_data_from_arrow

    data = tensor_data_from_arrow(chunk.components()["rerun.components.TensorData"].values)
    return np.asarray(data.array).reshape(data.sizes)


def _arrow_writes_the_same(arrow: bytes) -> None:
    batch = pa.ipc.open_stream(arrow).read_next_batch()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    assert sink.getvalue().to_pybytes() == arrow


def test_camera_streams_and_clouds_whatever_changes_are_written_as_arrow_writes_them(tmp_path, template_hits):
    rng = np.random.default_rng(0)
    path = tmp_path / "streams.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    image = np.zeros((300, 400, 3), np.uint8)  # 360 KB: a large row
    depth = np.zeros((300, 400), np.float32)
    logged_pixels, logged_depths, logged_clouds = [], [], []
    for step in range(12):
        rec.set_time_sequence("frame", step)
        rec.set_time_seconds("sensor_time", 1.5 * step)
        image[:] = rng.integers(0, 255, image.shape)  # refilled: what was logged must not change
        logged_pixels.append(image.copy())
        rec.log("camera/rgb", rr.Image(image))
        depth[:] = rng.random(depth.shape, dtype=np.float32)
        logged_depths.append(depth.copy())
        rec.log("camera/depth", rr.DepthImage(depth, meter=1000.0 if step < 6 else 500.0))  # a small value changes
        # A point cloud: its colour changes every row, its size from the 8th on.
        n = 30_000 if step < 8 else 25_000
        cloud = rng.random((n, 3), dtype=np.float32)
        logged_clouds.append(cloud)
        rec.log("lidar", rr.Points3D(cloud, colors=[step, 2 * step, 255]))
        rec.log("lidar/plain", rr.Points3D(cloud))
        if step % 3 == 0:  # a shape change, and back
            rec.log("camera/rgb", rr.Image(np.zeros((400, 300, 3), np.uint8)))
    rec.log("static_image", rr.Image(np.full((256, 256, 4), 7, np.uint8)), static=True)
    rec.log("static_image", rr.Image(np.full((256, 256, 4), 8, np.uint8)), static=True)
    rec.log("static_image", rr.Image(np.full((256, 256, 4), 9, np.uint8)), static=True)
    rec.disconnect()

    assert sum(template_hits) >= 25, "later rows of each stream are written from the learnt layout"
    assert not all(template_hits), "rows whose layout changed are written through Arrow"
    large = 0
    for arrow in _frames(path):
        if len(arrow) > 100_000:
            _arrow_writes_the_same(arrow)
            large += 1
    assert large == 12 * 4 + 4 + 3

    chunks = [m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg)]
    rgb = [c for c in chunks if c.entity_path == "/camera/rgb"]
    pixels = [t for t in map(_tensor, rgb) if t.shape == (300, 400, 3)]
    assert len(pixels) == 12 and all(np.array_equal(p, q) for p, q in zip(pixels, logged_pixels))
    assert [t.shape for t in map(_tensor, rgb)].count((400, 300, 3)) == 4
    frames = [c.timelines()["frame"][1][0] for c in rgb]
    assert sorted(frames) == sorted(list(range(12)) + [0, 3, 6, 9])
    seconds = [c.timelines()["sensor_time"][1][0] for c in chunks if c.entity_path == "/camera/depth"]
    assert seconds == [int(1.5e9 * s) for s in range(12)]
    meters = [c.components()["rerun.components.DepthMeter"][0][0].as_py() for c in chunks if c.entity_path == "/camera/depth"]
    assert meters == [1000.0] * 6 + [500.0] * 6
    depths = [_tensor(c) for c in chunks if c.entity_path == "/camera/depth"]
    assert len(depths) == 12 and all(np.array_equal(d, e) for d, e in zip(depths, logged_depths))
    lidar = [c for c in chunks if c.entity_path == "/lidar"]
    colors = [c.components()["rerun.components.Color"][0][0].as_py() for c in lidar]
    assert colors == [(s << 24) | ((2 * s) << 16) | (255 << 8) | 255 for s in range(12)]
    clouds = [c.components()["rerun.components.Position3D"].values.values.to_numpy().reshape(-1, 3) for c in lidar]
    assert all(np.array_equal(a, b) for a, b in zip(clouds, logged_clouds))
    statics = [c for c in chunks if c.entity_path == "/static_image"]
    assert [c.is_static for c in statics] == [True] * 3
    assert [int(_tensor(c)[0, 0, 0]) for c in statics] == [7, 8, 9]
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_the_index_of_frames_from_a_learnt_layout_is_the_index_a_rescan_makes(tmp_path, template_hits):
    from rerun._dataset.index import read_index, scan

    path = tmp_path / "camera.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    for step in range(6):
        rec.set_time_sequence("frame", 10 + step)
        rec.log("camera", rr.Image(np.full((600, 800), step, np.uint8)))
    rec.disconnect()
    assert sum(template_hits) == 4
    with open(path, "rb") as f:
        written = read_index(f, path.stat().st_size)
        rescanned = scan(f, path.stat().st_size)
    assert written is not None
    assert [(e.entity_path, e.num_rows, e.time_ranges) for e in written.frames] == [
        (e.entity_path, e.num_rows, e.time_ranges) for e in rescanned.frames
    ]
    assert [e.time_ranges["frame"] for e in written.frames if e.entity_path == "/camera"] == [(10 + s, 10 + s) for s in range(6)]


def test_a_row_the_batch_of_which_would_fail_is_reported_not_written_from_a_layout(tmp_path, template_hits):
    """A bad row among good ones: reported as before, the stream around it intact."""
    path = tmp_path / "bad.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    for step in range(4):
        rec.set_time_sequence("frame", step)
        rec.log("camera", rr.Image(np.full((600, 800), step, np.uint8)))
    with pytest.warns(rr.RerunWarning):
        rec.log("camera", rr.Image(np.zeros((600, 800, 7), np.uint8)))  # not an image shape
    rec.set_time_sequence("frame", 4)
    rec.log("camera", rr.Image(np.full((600, 800), 4, np.uint8)))
    rec.disconnect()
    chunks = [m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/camera"]
    assert [int(_tensor(c)[0, 0]) for c in chunks] == [0, 1, 2, 3, 4]


def test_compressed_streams_are_never_written_from_a_layout(tmp_path, monkeypatch, template_hits):
    monkeypatch.setenv("RERUN_COMPRESSION", "zstd")
    path = tmp_path / "zstd.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    for step in range(5):
        rec.set_time_sequence("frame", step)
        rec.log("camera", rr.Image(np.random.default_rng(step).integers(0, 255, (600, 800), dtype=np.uint8)))
    rec.disconnect()
    assert not any(template_hits)
    assert len([m for m in read_messages(path) if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/camera"]) == 5


def test_a_layout_is_used_only_for_arrays_this_package_made(tmp_path, template_hits):
    """A user's own Arrow array (which may hide unused bytes) always goes through Arrow's writer."""
    path = tmp_path / "any.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    big = pa.array(np.arange(100_000, dtype=np.int64))
    for step in range(4):
        rec.set_time_sequence("frame", step)
        rec.log("values", rr.AnyValues(samples=big.slice(step, 90_000)))
    rec.disconnect()
    assert not any(template_hits)
    for arrow in _frames(path):
        if len(arrow) > 100_000:
            _arrow_writes_the_same(arrow)
    values = [m.chunk.components()["samples"].values.to_numpy() for m in read_messages(path) if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/values"]
    assert [int(v[0]) for v in values] == [0, 1, 2, 3]
    assert rrd_format.TEMPLATES is not None


def test_two_cameras_of_different_sizes_logged_in_turn_both_get_their_layout(tmp_path, template_hits):
    path = tmp_path / "stereo.rrd"
    rec = rr.new_recording("rerun_test_templates")
    rec.save(path)
    for step in range(8):
        rec.set_time_sequence("frame", step)
        rec.log("left", rr.Image(np.full((600, 800), step, np.uint8)))
        rec.log("right", rr.Image(np.full((720, 960), 100 + step, np.uint8)))
    rec.disconnect()
    assert sum(template_hits) == 2 * 6
    chunks = [m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg) and m.chunk.entity_path in ("/left", "/right")]
    assert sorted((c.timelines()["frame"][1][0], c.entity_path, _tensor(c).shape, int(_tensor(c)[0, 0])) for c in chunks) == [
        (s, e, shape, base + s) for s in range(8) for e, shape, base in (("/left", (600, 800), 0), ("/right", (720, 960), 100))
    ]
