"""The .rrd format: round trips, compression, damaged and foreign files, `rerun print`, and every
seed example written with `rr.save` reading back with the entities, times and values rerun 0.17 logs."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

import rerun as rr
from example_harness import EXAMPLES, LoggedCall, compare_calls, encode_array, load_fixture, run_example
from rerun._log_msg import ArrowMsg, BlueprintActivation, SetStoreInfo
from rerun._rrd import FORMAT_MAJOR, RrdError, RrdVersionError, RrdWarning, StreamDecoder, encode_header
from rerun.rrd import read_messages

_TIME_ONLY = {"log_time", "log_tick"}


def _record(path: Path, n: int = 50, **save_kwargs) -> None:
    rec = rr.new_recording("rerun_test_rrd")
    rec.save(path, **save_kwargs)
    for i in range(n):
        rec.set_time_sequence("step", i)
        rec.log("plot/scalar", rr.Scalar(float(i)))
        rec.log("world/points", rr.Points3D(np.full((10, 3), i, dtype=np.float32), labels=[f"p{i}"] * 10))
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.disconnect()


def _scalars(messages) -> list[float]:
    out: list[float] = []
    for m in messages:
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/plot/scalar":
            out.extend(v[0] for v in m.chunk.components()["rerun.components.Scalar"].to_pylist())
    return out


def test_round_trip_keeps_store_info_chunks_and_static_flag(tmp_path):
    path = tmp_path / "a.rrd"
    _record(path)
    messages = list(read_messages(path))
    assert isinstance(messages[0], SetStoreInfo)
    assert messages[0].info.application_id == "rerun_test_rrd"
    assert _scalars(messages) == [float(i) for i in range(50)]
    static = [m.chunk for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/world"]
    assert static and static[0].is_static and not static[0].timelines()
    points = [m.chunk for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/world/points"]
    steps = np.concatenate([c.timelines()["step"][1] for c in points])
    assert steps.tolist() == list(range(50))


@pytest.mark.parametrize("compression", ["lz4", "zstd"])
def test_compressed_files_read_back_the_same(tmp_path, monkeypatch, compression):
    monkeypatch.setenv("RERUN_COMPRESSION", compression)
    path = tmp_path / f"{compression}.rrd"
    _record(path)
    assert _scalars(read_messages(path)) == [float(i) for i in range(50)]


def _frames(data: bytes):
    """(kind, json, Arrow bytes) of each frame, read as docs/rrd-format.md describes them."""
    pos = 12
    while pos < len(data):
        kind, _crc, length = struct.unpack_from("<B3xIQ", data, pos)
        payload = data[pos + 16 : pos + 16 + length]
        (json_len,) = struct.unpack_from("<I", payload)
        yield kind, json.loads(payload[4 : 4 + json_len]), payload[4 + json_len :]
        pos += 16 + length


def test_chunks_are_plain_arrow_ipc_streams_any_arrow_tool_reads(tmp_path):
    """docs/rrd-format.md: after the 16-byte frame header, the JSON (naming the chunk's entity) and an Arrow IPC stream."""
    import pyarrow as pa

    path = tmp_path / "plain.rrd"
    _record(path, n=3)
    entity_paths, steps = set(), []
    for kind, meta, arrow in _frames(path.read_bytes()):
        if kind == 2:
            table = pa.ipc.open_stream(arrow).read_all()
            entity_paths.add(meta["entity_path"])
            assert meta["is_static"] == (meta["entity_path"] == "/world") and len(meta["chunk_id"]) == 32
            if meta["entity_path"] == "/plot/scalar":
                steps += table.column("step").to_pylist()
    assert {"/plot/scalar", "/world/points", "/world"} <= entity_paths
    assert steps == [0, 1, 2]


def test_small_chunks_of_many_entities_share_pack_frames_any_arrow_tool_reads(tmp_path):
    """Format 1.2: entities logging a few points each go as pack frames (kind 4), one record batch for many."""
    import pyarrow as pa

    path = tmp_path / "entities.rrd"
    rec = rr.new_recording("rerun_test_rrd")
    rec.save(path)
    for i in range(20):
        rec.log(f"points/{i}", rr.Points3D(np.full((3, 3), i, np.float32), colors=[255, 0, 0], labels="x"))
    rec.disconnect()
    packs = [(meta, arrow) for kind, meta, arrow in _frames(path.read_bytes()) if kind == 4]
    assert len(packs) == 1  # 20 entities of 3 points: far below a pack's 64 KiB
    meta, arrow = packs[0]
    table = pa.ipc.open_stream(arrow).read_all()
    assert [e[0] for e in meta["chunks"]] == [f"/points/{i}" for i in range(20)]
    assert sum(e[2] for e in meta["chunks"]) == table.num_rows == 20 and meta["is_static"] is False
    # The rows are the entities' rows in the order of the json's list.
    assert table.column("rerun.components.Position3D").to_pylist() == [[[float(i)] * 3] * 3 for i in range(20)]
    read = {m.chunk.entity_path: m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg)}
    assert read["/points/7"].components()["rerun.components.Position3D"].to_pylist() == [[[7.0] * 3] * 3]
    assert read["/points/7"].chunk_id == meta["chunks"][7][1]


@pytest.mark.parametrize("with_combine", [True, False])
def test_frame_checksums_are_zlibs_crc32_also_for_large_arrays(tmp_path, monkeypatch, with_combine):
    """
    The writer may use ISA-L's CRC-32 (pyrerun[fast]), and with it the checksum a large array's
    copy got while it was made (its memory reused from frame to frame); without `crc32_combine`
    (zlib only) it checksums the frame whole. The bytes must be what docs/rrd-format.md says:
    zlib's CRC-32 of each frame's payload.
    """
    from rerun._datamodel import copies
    from rerun._rrd import format as rrd_format

    if not with_combine:
        monkeypatch.setattr(copies, "crc32_combine", None)
        monkeypatch.setattr(rrd_format, "_crc32_combine", None)
    joined = []
    if rrd_format._crc32_combine is not None:

        def combine(a, b, n, _combine=rrd_format._crc32_combine):
            joined.append(n)
            return _combine(a, b, n)

        monkeypatch.setattr(rrd_format, "_crc32_combine", combine)
    path = tmp_path / "cloud.rrd"
    rec = rr.new_recording("rerun_test_rrd")
    rec.save(path)
    rng = np.random.default_rng(0)
    cloud = np.empty((300_000, 3), np.float32)
    for step in range(6):
        cloud[:] = rng.random(cloud.shape, dtype=np.float32)  # refilled: each copy differs from the last
        rec.set_time_sequence("step", step)
        rec.log("cloud", rr.Points3D(cloud))
        rec.flush()  # written: the copy's memory is reused by the next cloud
    rec.disconnect()
    data = path.read_bytes()
    pos, checked = 12, 0
    while pos < len(data):
        _kind, crc, length = struct.unpack_from("<B3xIQ", data, pos)
        assert zlib.crc32(data[pos + 16 : pos + 16 + length]) == crc
        pos, checked = pos + 16 + length, checked + length
    assert checked > 6 * 3_600_000
    if rrd_format._crc32_combine is not None:
        assert joined.count(3_600_000) == 6  # every cloud's checksum came from its copy, none read again


@pytest.mark.parametrize("compression", [None, "lz4", "zstd"])
def test_images_and_clouds_are_arrow_streams_as_arrows_own_writer_makes_them(tmp_path, monkeypatch, compression):
    """
    Large chunks are encoded in the logging thread, by a stream writer kept per schema: the frames
    (the first of a schema and the later ones) hold exactly the stream Arrow writes for the
    batch alone, checksummed as zlib does, and read back as logged.
    """
    import pyarrow as pa

    if compression:
        monkeypatch.setenv("RERUN_COMPRESSION", compression)
    path = tmp_path / "frames.rrd"
    rec = rr.new_recording("rerun_test_rrd")
    rec.save(path)
    rng = np.random.default_rng(0)  # random values: compressed, they stay large
    image = np.zeros((480, 640, 3), np.uint8)
    for step in range(4):
        image[:] = rng.integers(0, 255, image.shape)  # refilled after each log: what was logged must not change
        image[0, 0, 0] = step
        rec.set_time_sequence("step", step)
        rec.log("camera", rr.Image(image))
        cloud = rng.random((30_000, 3), dtype=np.float32)
        cloud[0, 0] = step
        rec.log("cloud", rr.Points3D(cloud))
        rec.log("plot", rr.Scalar(float(step)))
    rec.disconnect()
    data = path.read_bytes()
    large = 0
    pos = 12
    while pos < len(data):
        kind, crc, length = struct.unpack_from("<B3xIQ", data, pos)
        payload = data[pos + 16 : pos + 16 + length]
        assert zlib.crc32(payload) == crc
        pos += 16 + length
        if kind != 2:
            continue
        (json_len,) = struct.unpack_from("<I", payload)
        arrow = payload[4 + json_len :]
        batch = pa.ipc.open_stream(arrow).read_next_batch()
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batch.schema, options=pa.ipc.IpcWriteOptions(compression=compression)) as writer:
            writer.write_batch(batch)
        assert sink.getvalue().to_pybytes() == arrow
        large += len(arrow) > 300_000  # 921 KB images, 360 KB clouds
    assert large == 8
    chunks = [m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg)]
    firsts = [row[0]["buffer"][0] for c in chunks if c.entity_path == "/camera" for row in c.components()["rerun.components.TensorData"].to_pylist()]
    clouds = [c.components()["rerun.components.Position3D"].values.values.to_numpy() for c in chunks if c.entity_path == "/cloud"]
    scalars = [v for c in chunks if c.entity_path == "/plot" for v in c.components()["rerun.components.Scalar"].to_pylist()]
    assert firsts == [0, 1, 2, 3] and [float(v[0]) for v in clouds] == [0.0, 1.0, 2.0, 3.0]
    assert scalars == [[0.0], [1.0], [2.0], [3.0]]


def test_format_1_0_chunks_with_metadata_in_the_schema_still_read(tmp_path):
    """Format 1.0 kept a chunk's entity path, id and static flag in its Arrow schema's metadata."""
    import pyarrow as pa

    from rerun._chunk import Chunk, next_row_ids
    from rerun._log_msg import StoreId, StoreKind

    chunk = Chunk.build("/old/entity", next_row_ids(1), {}, {"rerun.components.Scalar": pa.array([[2.5]])}, chunk_id="ab" * 16)
    arrow = chunk.to_record_batch()
    ipc = arrow.schema.serialize().to_pybytes() + arrow.serialize().to_pybytes() + b"\xff\xff\xff\xff\x00\x00\x00\x00"
    meta = json.dumps({"store_id": str(StoreId(StoreKind.RECORDING, "old"))}).encode()
    payload = struct.pack("<I", len(meta)) + meta + ipc
    frame = struct.pack("<B3xIQ", 2, zlib.crc32(payload), len(payload)) + payload
    (msg,) = StreamDecoder().feed(struct.pack("<4sHHI", b"PYRR", 1, 0, 0) + frame)
    assert (msg.chunk.entity_path, msg.chunk.chunk_id, msg.chunk.is_static) == ("/old/entity", "ab" * 16, True)
    assert msg.chunk.components()["rerun.components.Scalar"].to_pylist() == [[2.5]]


_FIXTURES = Path(__file__).parent / "fixtures" / "rrd"


@pytest.mark.parametrize("version", ["1_0", "1_1"])
def test_files_written_by_earlier_format_writers_still_read(version):
    """tests/fixtures/rrd/format_1_*.rrd were saved by pyrerun's own writers of those versions: 1.0
    (chunk metadata in the Arrow schema; commit 2173343) and 1.1 (one IPC stream per chunk)."""
    path = _FIXTURES / f"format_{version}.rrd"
    assert path.read_bytes()[4:8] == struct.pack("<HH", 1, int(version[-1]))  # the version it claims
    messages = list(read_messages(path))
    assert isinstance(messages[0], SetStoreInfo) and messages[0].info.application_id == f"fixture_v{version}"
    rows: dict[str, list] = {}
    for m in messages:
        if isinstance(m, ArrowMsg):
            for name, column in m.chunk.components().items():
                if name.endswith(("Scalar", "Position3D", "Text")):
                    rows.setdefault(m.chunk.entity_path, []).extend(column.to_pylist())
    assert rows["/scalar"] == [[0.0], [1.5], [3.0]]
    assert rows["/points/2"] == [[[2.0 + i] * 3] * 2 for i in range(3)]
    assert rows["/static/label"] == [["hello"]]
    # And through the dataframe API, as a user reads an old file (the fixtures name their timeline differently).
    index = "step" if version == "1_0" else "frame"
    table = rr.dataframe.load_recording(path).view(index=index, contents="/scalar").select()
    assert table.column("/scalar:Scalar").to_pylist() == [[0.0], [1.5], [3.0]]


def test_decoder_accepts_any_split_and_concatenated_streams(tmp_path):
    path = tmp_path / "a.rrd"
    _record(path, n=5)
    data = path.read_bytes()
    decoder = StreamDecoder()
    messages = []
    for i in range(0, len(data), 7):  # awkward piece size
        messages.extend(decoder.feed(data[i : i + 7]))
    messages.extend(decoder.feed(data))  # `cat a.rrd a.rrd`: a second header mid-stream
    assert _scalars(messages) == [float(i) for i in range(5)] * 2
    assert decoder.pending_bytes == 0


def test_truncated_file_reads_up_to_the_cut_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "1")  # one chunk per row: the cut falls between many
    path = tmp_path / "a.rrd"
    _record(path)
    whole = _scalars(read_messages(path))
    cut = tmp_path / "cut.rrd"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    with pytest.warns(RrdWarning, match="truncated"):
        partial = _scalars(read_messages(cut))
    assert 0 < len(partial) and partial == whole[: len(partial)]


def _frame_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every frame of an rrd stream with one header."""
    spans, pos = [], 12
    while pos < len(data):
        _kind, _crc, length = struct.unpack_from("<B3xIQ", data, pos)
        spans.append((pos, pos + 16 + length))
        pos += 16 + length
    return spans


def test_corrupted_byte_skips_that_frame_only_naming_its_offset(tmp_path, monkeypatch):
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "1")
    path = tmp_path / "a.rrd"
    _record(path)
    data = bytearray(path.read_bytes())
    spans = _frame_spans(bytes(data))
    start, end = spans[len(spans) // 2]
    data[(start + 16 + end) // 2] ^= 0xFF  # inside the payload of a frame in the middle
    bad = tmp_path / "bad.rrd"
    bad.write_bytes(bytes(data))
    with pytest.warns(RrdWarning, match=rf"damage.*at byte {start}\b"):
        messages = list(read_messages(bad))
    whole = list(read_messages(path))
    assert messages == whole[: len(spans) // 2] + whole[len(spans) // 2 + 1 :]  # all but the damaged frame


def test_a_damaged_pack_frame_loses_only_its_own_entities(tmp_path, monkeypatch):
    monkeypatch.setenv("RERUN_FLUSH_TICK_SECS", "1000")  # only the explicit flushes cut packs (not a busy machine's timing)
    path = tmp_path / "packs.rrd"
    rec = rr.new_recording("rerun_test_rrd")
    rec.save(path)
    for batch in range(3):  # three flushes: three pack frames of 50 entities each
        for i in range(50):
            rec.log(f"points/{batch}/{i}", rr.Points3D(np.full((2, 3), i, np.float32)))
        rec.flush()
    rec.disconnect()
    data = bytearray(path.read_bytes())
    packs = [(start, end) for start, end in _frame_spans(bytes(data)) if data[start] == 4]
    assert len(packs) == 3
    start, end = packs[1]
    data[end - 40] ^= 0xFF  # in the Arrow data of the middle pack
    bad = tmp_path / "bad.rrd"
    bad.write_bytes(bytes(data))
    with pytest.warns(RrdWarning, match=rf"damage.*at byte {start}\b"):
        entities = [m.chunk.entity_path for m in read_messages(bad) if isinstance(m, ArrowMsg)]
    assert entities == [f"/points/{b}/{i}" for b in (0, 2) for i in range(50)]


def test_corrupted_frame_length_keeps_everything_before_it(tmp_path, monkeypatch):
    """A damaged length field reads as a frame running past the end: a truncation warning."""
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "1")
    path = tmp_path / "a.rrd"
    _record(path)
    data = bytearray(path.read_bytes())
    spans = _frame_spans(bytes(data))
    start, _ = spans[len(spans) // 2]
    data[start + 8 + 5] ^= 0x01  # a high byte of the u64 payload length
    bad = tmp_path / "bad.rrd"
    bad.write_bytes(bytes(data))
    with pytest.warns(RrdWarning, match="truncated|damage"):
        messages = list(read_messages(bad))
    assert len(messages) == len(spans) // 2


def test_newer_format_version_is_refused_clearly(tmp_path):
    path = tmp_path / "future.rrd"
    path.write_bytes(struct.pack("<4sHHI", b"PYRR", FORMAT_MAJOR + 1, 0, 0))
    with pytest.raises(RrdVersionError, match=rf"version {FORMAT_MAJOR + 1}\.0, newer"):
        list(read_messages(path))


@pytest.mark.parametrize(
    ("head", "message"), [(b"RRF2\x00\x00\x00\x00\x00\x00\x00\x00", "Rerun's own"), (b"hello world!", "not an rrd")]
)
def test_foreign_bytes_are_named(head, message):
    with pytest.raises(RrdError, match=message):
        StreamDecoder().feed(head)


def test_blueprint_activation_round_trips():
    rec = rr.new_recording("rerun_test_bp")
    stream = rec.binary_stream()
    rec.send_blueprint(rr.blueprint.Blueprint(rr.blueprint.Spatial3DView(origin="/world")))
    messages = StreamDecoder().feed(stream.read())
    assert any(isinstance(m, BlueprintActivation) for m in messages)


def test_rerun_print_summarises_and_reports_damage(tmp_path):
    path = tmp_path / "a.rrd"
    _record(path)
    out = subprocess.run([sys.executable, "-m", "rerun", "print", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "application 'rerun_test_rrd'" in out.stdout
    assert "step (sequence): #0 .. #49" in out.stdout
    assert "/world/points  (50 rows)" in out.stdout and "Position3D: 50" in out.stdout
    assert "/world  (1 static rows)" in out.stdout
    verbose = subprocess.run([sys.executable, "-m", "rerun", "print", "-v", str(path)], capture_output=True, text=True)
    assert "step=#7" in verbose.stdout and "Scalar: [7.0]" in verbose.stdout
    cut = tmp_path / "cut.rrd"
    cut.write_bytes(path.read_bytes()[:-10])
    out = subprocess.run([sys.executable, "-m", "rerun", "print", str(cut)], capture_output=True, text=True)
    assert out.returncode == 0 and "truncated" in out.stderr
    future = tmp_path / "future.rrd"
    future.write_bytes(encode_header().replace(struct.pack("<H", FORMAT_MAJOR), struct.pack("<H", 99), 1))
    out = subprocess.run([sys.executable, "-m", "rerun", "print", str(future)], capture_output=True, text=True)
    assert out.returncode == 1 and "newer" in out.stderr and "Traceback" not in out.stderr


# -- every seed example, saved to a file and read back ----------------------------------------


def _entity_path(path) -> str:
    parts = path if isinstance(path, list) else [p for p in str(path).split("/") if p]
    return "/" + "/".join(rr.escape_entity_path_part(p) if isinstance(path, list) else p for p in parts)


def _times_in_file(times: dict) -> dict:
    """The fixture's `set_time_*` values as the file stores them (int64 sequence or nanoseconds)."""
    out = {}
    for name, t in times.items():
        scale = {"sequence": 1, "seconds": 1e9, "nanos": 1}[t["kind"]]
        out[name] = {"kind": t["kind"], "value": round(t["value"] * scale)}
    return out


def _calls_from_file(path: Path) -> list[LoggedCall]:
    """One `LoggedCall` per row of the recording store, in row-id (= logging) order."""
    rows = []
    for msg in read_messages(path):
        if not isinstance(msg, ArrowMsg) or msg.store_id.kind.value != "recording":
            continue
        chunk = msg.chunk
        timelines = {k: v for k, v in chunk.timelines().items() if k not in _TIME_ONLY}
        ids = chunk.row_ids()
        for i in range(chunk.num_rows):
            components = [
                {"name": name, **encode_array(column[i].values)}
                for name, column in chunk.components().items()
                if column[i].is_valid
            ]
            times = {k: int(v[i]) for k, (_, v) in timelines.items()}
            rows.append(((int(ids[i][0]), int(ids[i][1])), chunk.entity_path, chunk.is_static, times, components))
    rows.sort(key=lambda r: r[0])
    return [LoggedCall("log", e, static, times, comps) for _, e, static, times, comps in rows]


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_saved_to_rrd_reads_back_as_logged_by_rerun017(name, tmp_path, monkeypatch):
    path = tmp_path / f"{name}.rrd"
    real_init = rr.init

    def init_and_save(*args, **kwargs):
        real_init(*args, **kwargs)
        rr.save(path)

    monkeypatch.setattr(rr, "init", init_and_save)
    run_example(name, rr, call_through=True)
    rr.disconnect()
    expected = []
    for call in load_fixture(name):
        if call.kind != "log":
            continue
        file_times = {k: v["value"] for k, v in _times_in_file(call.times).items()}
        expected.append(LoggedCall("log", _entity_path(call.entity_path), call.static, file_times, call.components))
    problems = compare_calls(_calls_from_file(path), expected)
    assert not problems, f"{name}: " + "\n".join(problems[:10])
