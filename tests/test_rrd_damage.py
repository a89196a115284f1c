"""Damaged and malicious .rrd input, by kind: a frame that does not decode or validate is skipped
with a warning naming its byte offset and everything around it is kept; damage that loses the
framing ends the stream keeping the prefix; files that are not .rrd at all are refused.

Frames are crafted here from the documented format (docs/rrd-format.md), with a valid checksum,
so only decoding and validation can catch them.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from rerun._chunk import ROW_ID, row_id_array
from rerun._log_msg import ArrowMsg
from rerun._rrd import FORMAT_MAJOR, RrdError, RrdVersionError, RrdWarning, StreamDecoder
from rerun.rrd import read_messages

KIND_ARROW = 2
ROW = {b"rerun.kind": b"control"}
DATA = {b"rerun.kind": b"data"}
SEQ = {b"rerun.kind": b"time", b"rerun.time_type": b"sequence"}
META = {"store_id": "recording:crafted", "entity_path": "/crafted", "chunk_id": "0" * 32, "is_static": False}


def frame(kind: int, payload: bytes) -> bytes:
    return struct.pack("<B3xIQ", kind, zlib.crc32(payload), len(payload)) + payload


def json_payload(meta: object, arrow: bytes = b"") -> bytes:
    text = json.dumps(meta).encode() if not isinstance(meta, bytes) else meta
    return struct.pack("<I", len(text)) + text + arrow


def ipc(batch: pa.RecordBatch) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def batch_of(*columns: tuple[str, dict[bytes, bytes], pa.Array], rows: int = 2) -> pa.RecordBatch:
    """A batch of a row id column (unless one is given) and `columns` as (name, field metadata, array)."""
    cols = list(columns)
    if not any(name == ROW_ID for name, _, _ in cols):
        cols.insert(0, (ROW_ID, ROW, row_id_array(np.array([[1, i] for i in range(rows)], np.uint64))))
    fields = [pa.field(name, array.type, metadata=meta) for name, meta, array in cols]
    return pa.RecordBatch.from_arrays([a for _, _, a in cols], schema=pa.schema(fields))


def steps(n: int = 2) -> tuple[str, dict[bytes, bytes], pa.Array]:
    return ("step", SEQ, pa.array(np.arange(n), pa.int64()))


VEC3 = pa.list_(pa.field("item", pa.float32(), nullable=False), 3)  # Rerun 0.17's Vec3D


def positions() -> pa.Array:
    """A Position3D column of two rows, one point each."""
    points = pa.FixedSizeListArray.from_arrays(pa.array(np.zeros(6, np.float32)), type=VEC3)
    return pa.ListArray.from_arrays(pa.array([0, 1, 2], pa.int32()), points)


def patched(batch: pa.RecordBatch, old: bytes, new: bytes, **meta: object) -> bytes:
    """A chunk frame of `batch` whose Arrow bytes have `old` (found once) replaced by `new`."""
    data = ipc(batch)
    assert data.count(old) == 1
    return frame(KIND_ARROW, json_payload({**META, **meta}, data.replace(old, new)))


def chunk_frame(batch: pa.RecordBatch, **meta: object) -> bytes:
    return frame(KIND_ARROW, json_payload({**META, **meta}, ipc(batch)))


GOOD_BATCH = batch_of(steps(), ("rerun.components.Position3D", DATA, positions()))

KIND_ARROW_PACK = 4  # format 1.2: several entities' chunks, consecutive rows of one batch
PACK_META = {"store_id": "recording:crafted", "is_static": False, "chunks": [["/crafted/a", "1" * 32, 1], ["/crafted/b", "2" * 32, 1]]}


def pack_frame(batch: pa.RecordBatch = GOOD_BATCH, **meta: object) -> bytes:
    return frame(KIND_ARROW_PACK, json_payload({**PACK_META, **meta}, ipc(batch)))

#: One bad frame per kind of damage a checksum does not catch.
BAD_FRAMES: dict[str, Callable[[], bytes]] = {
    # Arrow data that parses but lies (reading it would crash the process)
    "string offsets past the data": lambda: patched(
        batch_of(steps(), ("rerun.components.Text", DATA, pa.array([["abc"], ["def"]], pa.list_(pa.utf8())))),
        struct.pack("<3i", 0, 3, 6),
        struct.pack("<3i", 0, 3, 0x7FFFFFF0),
    ),
    "list offsets past the values": lambda: patched(
        GOOD_BATCH, struct.pack("<3i", 0, 1, 2), struct.pack("<3i", 0, 1, 0x04000004)
    ),
    "Arrow bytes that do not parse": lambda: frame(
        KIND_ARROW, json_payload(META, b"\xff" * 8 + ipc(GOOD_BATCH)[8:40] + b"\xff" * 16)
    ),
    "a column's length not matching its values": lambda: patched(
        GOOD_BATCH, struct.pack("<qq", 6, 0), struct.pack("<qq", 1000, 0)  # the 6 floats of the 2 positions
    ),
    # the frame's JSON
    "store id not a string": lambda: chunk_frame(GOOD_BATCH, store_id=-1),
    "store id of an unknown kind": lambda: chunk_frame(GOOD_BATCH, store_id="nonsense:x"),
    "entity path not a string": lambda: chunk_frame(GOOD_BATCH, entity_path=["a"]),
    "static flag not a boolean": lambda: chunk_frame(GOOD_BATCH, is_static="yes"),
    "JSON not an object": lambda: frame(KIND_ARROW, json_payload([1, 2], ipc(GOOD_BATCH))),
    "JSON nested 100,000 deep": lambda: frame(KIND_ARROW, json_payload(b"[" * 100_000 + b"]" * 100_000)),
    "JSON length past the frame": lambda: frame(KIND_ARROW, struct.pack("<I", 1 << 30) + b"{}"),
    "JSON not UTF-8": lambda: frame(KIND_ARROW, json_payload(b'{"store_id": "\xff"}', ipc(GOOD_BATCH))),
    "store info without fields": lambda: frame(1, json_payload({"store_id": "recording:x"})),
    "activation flags not booleans": lambda: frame(3, json_payload({"store_id": "blueprint:x", "make_active": "no", "make_default": 1})),
    "unknown frame kind": lambda: frame(9, json_payload(META, ipc(GOOD_BATCH))),
    # the chunk's shape
    "entity path not canonical": lambda: chunk_frame(GOOD_BATCH, entity_path="/a//b/"),
    "entity path with a lone backslash": lambda: chunk_frame(GOOD_BATCH, entity_path="/a\\"),
    "component of the wrong Arrow type": lambda: chunk_frame(
        batch_of(steps(), ("rerun.components.Position3D", DATA, pa.array([[1.0], [2.0]], pa.list_(pa.float64()))))
    ),
    "component column not a list": lambda: chunk_frame(
        batch_of(steps(), ("rerun.components.Scalar", DATA, pa.array([1.0, 2.0])))
    ),
    "timeline of floats": lambda: chunk_frame(
        batch_of(("step", SEQ, pa.array([0.5, 1.5])), ("rerun.components.Position3D", DATA, positions()))
    ),
    "timeline with nulls": lambda: chunk_frame(
        batch_of(("step", SEQ, pa.array([0, None], pa.int64())), ("rerun.components.Position3D", DATA, positions()))
    ),
    "timeline of an unknown time type": lambda: chunk_frame(
        batch_of(
            ("step", {b"rerun.kind": b"time", b"rerun.time_type": b"weeks"}, pa.array([0, 1], pa.int64())),
            ("rerun.components.Position3D", DATA, positions()),
        )
    ),
    "static chunk with a timeline": lambda: chunk_frame(GOOD_BATCH, is_static=True),
    "no row id column": lambda: chunk_frame(
        pa.RecordBatch.from_arrays([pa.array([0, 1], pa.int64())], schema=pa.schema([pa.field("step", pa.int64(), metadata=SEQ)]))
    ),
    "row ids of the wrong type": lambda: chunk_frame(
        batch_of((ROW_ID, ROW, pa.array([1, 2], pa.uint64())), steps(), ("rerun.components.Position3D", DATA, positions()))
    ),
    "row ids with nulls": lambda: chunk_frame(
        batch_of(
            (ROW_ID, ROW, pa.array([{"time_ns": 1, "inc": 1}, None], row_id_array(np.zeros((1, 2), np.uint64)).type)),
            steps(),
            ("rerun.components.Position3D", DATA, positions()),
        )
    ),
    "two columns of one name": lambda: chunk_frame(
        batch_of(steps(), ("rerun.components.Position3D", DATA, positions()), ("rerun.components.Position3D", DATA, positions()))
    ),
    # pack frames (format 1.2)
    "pack rows not adding up to the batch's": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32, 1], ["/crafted/b", "2" * 32, 2]]),
    "pack chunk entry not a list of three": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32], ["/crafted/b", "2" * 32, 1]]),
    "pack chunk of zero rows": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32, 0], ["/crafted/b", "2" * 32, 2]]),
    "pack chunk rows not an integer": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32, True], ["/crafted/b", "2" * 32, 1]]),
    "pack without chunks": lambda: pack_frame(chunks=[]),
    "pack's second entity path not canonical": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32, 1], ["b//", "2" * 32, 1]]),
    "pack chunk id not a string": lambda: pack_frame(chunks=[["/crafted/a", "1" * 32, 1], ["/crafted/b", 2, 1]]),
    "pack static with a timeline": lambda: pack_frame(is_static=True),
    "pack of lying Arrow offsets": lambda: frame(
        KIND_ARROW_PACK,
        json_payload(PACK_META, ipc(GOOD_BATCH).replace(struct.pack("<3i", 0, 1, 2), struct.pack("<3i", 0, 1, 0x04000004))),
    ),
    "two record batches": lambda: frame(
        KIND_ARROW, json_payload(META, ipc(GOOD_BATCH)[:-8] + ipc(GOOD_BATCH)[len(GOOD_BATCH.schema.serialize()) :])
    ),
}


def _good_stream(n: int = 6) -> bytes:
    rec = rr.new_recording("rerun_test_damage", recording_id="damage")
    stream = rec.binary_stream()
    for i in range(n):
        rec.set_time_sequence("step", i)
        rec.log("plot", rr.Scalar(float(i)))
        rec.flush()  # one chunk per row
    return stream.read()


def _frame_ends(data: bytes) -> list[int]:
    """Where each frame of a stream with one header ends."""
    pos, ends = 12, []
    while pos < len(data):
        (length,) = struct.unpack_from("<Q", data, pos + 8)
        pos += 16 + length
        ends.append(pos)
    return ends


def _rows(messages: list) -> list[float]:  # type: ignore[type-arg]
    return [v[0] for m in messages if isinstance(m, ArrowMsg) for v in m.chunk.components()["rerun.components.Scalar"].to_pylist()]


def test_the_crafted_good_frame_is_read() -> None:
    """The bad frames below differ from this one in one way each: it must be accepted."""
    (msg,) = StreamDecoder().feed(_good_stream(0)[:12] + chunk_frame(GOOD_BATCH))
    assert isinstance(msg, ArrowMsg) and msg.chunk.entity_path == "/crafted" and msg.chunk.num_rows == 2


def test_the_crafted_good_pack_frame_is_read_as_one_chunk_per_entity() -> None:
    a, b = StreamDecoder().feed(_good_stream(0)[:12] + pack_frame())
    assert isinstance(a, ArrowMsg) and isinstance(b, ArrowMsg)
    assert [(m.chunk.entity_path, m.chunk.chunk_id, m.chunk.num_rows) for m in (a, b)] == [("/crafted/a", "1" * 32, 1), ("/crafted/b", "2" * 32, 1)]
    assert b.chunk.components()["rerun.components.Position3D"].to_pylist() == positions().to_pylist()[1:]


@pytest.mark.parametrize("kind", list(BAD_FRAMES))
def test_a_frame_that_does_not_decode_is_skipped_and_everything_around_it_kept(kind: str, tmp_path: Path) -> None:
    good = _good_stream()
    at = _frame_ends(good)[-4]  # between the 3rd and the 4th chunk frame
    data = good[:at] + BAD_FRAMES[kind]() + good[at:]
    path = tmp_path / "bad.rrd"
    path.write_bytes(data)
    with pytest.warns(RrdWarning, match=rf"damage.*at byte {at}\)") as caught:
        messages = list(read_messages(path))
    assert _rows(messages) == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert len([w for w in caught if issubclass(w.category, RrdWarning)]) == 1
    # The same through the incremental decoder, fed byte by byte around the bad frame.
    decoder = StreamDecoder()
    out = decoder.feed(data[: at - 3])
    for i in range(at - 3, len(data), 7):
        out += decoder.feed(data[i : i + 7])
    assert _rows(out) == _rows(messages) and [e.offset for e in decoder.skipped] == [at]


def test_a_newer_header_mid_stream_ends_the_stream_keeping_what_came_before(tmp_path: Path) -> None:
    good = _good_stream()
    newer = struct.pack("<4sHHI", b"PYRR", FORMAT_MAJOR + 1, 0, 0)
    path = tmp_path / "both.rrd"
    path.write_bytes(good + newer + good[12:])
    with pytest.warns(RrdWarning, match=rf"newer format version.*at byte {len(good)}\)"):
        messages = list(read_messages(path))
    assert _rows(messages) == [float(i) for i in range(6)]
    path.write_bytes(newer + good[12:])  # at the start it is an error: nothing could be read
    with pytest.raises(RrdVersionError, match="upgrade pyrerun"):
        list(read_messages(path))


def test_a_frame_larger_than_allowed_is_dropped_unread_and_the_stream_goes_on() -> None:
    good = _good_stream()
    big = struct.pack("<B3xIQ", KIND_ARROW, 0, 3 << 20)  # announces 3 MiB; 1 MiB may be held
    decoder = StreamDecoder(max_frame_bytes=1 << 20)
    out = decoder.feed(good)
    out += decoder.feed(big)
    for _ in range(3):  # its bytes arrive and are never held
        out += decoder.feed(b"\0" * (1 << 20))
        assert decoder.buffered_bytes == 0
    out += decoder.feed(good[12:])  # the frames after it are read
    assert _rows(out) == [float(i) for i in range(6)] * 2
    assert [e.offset for e in decoder.skipped] == [len(good)]
    assert "announces 3145728 bytes, more than the 1048576" in str(decoder.skipped[0])
    assert decoder.pending_bytes == 0


@pytest.mark.parametrize("content", [b"hello, this is not a recording\n" * 10, b"\x89PNG\r\n\x1a\n" + b"\0" * 200, b"PY"])
def test_a_file_that_is_not_an_rrd_is_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "not.rrd"
    path.write_bytes(content)
    if len(content) >= 12:
        with pytest.raises(RrdError, match="not an rrd stream"):
            list(read_messages(path))
    out = subprocess.run([sys.executable, "-m", "rerun", "print", str(path)], capture_output=True, text=True)
    assert out.returncode == (1 if len(content) >= 12 else 0), out  # 2 bytes: read as a truncated header
    assert "Traceback" not in out.stderr
    if len(content) >= 12:
        assert out.stderr.strip() == f"rerun print: {path}: not an rrd stream: expected the magic bytes b'PYRR', found {content[:4]!r} (at byte 0)"


def test_rerun_print_reports_skipped_frames_and_survives_a_closed_pipe(tmp_path: Path) -> None:
    good = _good_stream(400)
    path = tmp_path / "bad.rrd"
    at = _frame_ends(good)[-2]
    path.write_bytes(good[:at] + BAD_FRAMES["string offsets past the data"]() + good[at:])
    out = subprocess.run([sys.executable, "-m", "rerun", "print", "-v", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "skipped a damaged message" in out.stderr and "/plot  (400 rows)" in out.stdout
    # `rerun print -v big.rrd | head -n 1`: the reader closes the pipe early.
    proc = subprocess.Popen([sys.executable, "-m", "rerun", "print", "-v", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(30)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_a_compressed_chunk_that_would_decompress_past_the_limit_is_refused_unread() -> None:
    """A decompression bomb: 40 MB of zeros, zstd-compressed to a few kB, with a 10 MB limit."""
    zeros = pa.array(np.zeros(5_000_000, np.float64))
    batch = batch_of(steps(1), ("my.Blob", DATA, pa.ListArray.from_arrays(pa.array([0, len(zeros)], pa.int32()), zeros)), rows=1)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_batch(batch)
    bomb = frame(KIND_ARROW, json_payload(META, sink.getvalue().to_pybytes()))
    assert len(bomb) < 100_000
    header = _good_stream(0)[:12]
    decoder = StreamDecoder(max_frame_bytes=10 << 20)
    assert decoder.feed(header + bomb) == []
    assert "decompresses to 40000" in str(decoder.skipped[0])
    (msg,) = StreamDecoder().feed(header + bomb)  # without a limit it is an ordinary chunk
    assert isinstance(msg, ArrowMsg) and msg.chunk.num_rows == 1


def test_rerun_print_reports_a_failing_summary_in_one_line(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from rerun._rrd import print_cmd

    path = tmp_path / "ok.rrd"
    path.write_bytes(_good_stream())

    def broken(messages, verbose=False):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(print_cmd, "summarize", broken)
    assert print_cmd.main([str(path)]) == 1
    err = capsys.readouterr().err
    assert "cannot summarise it: ZeroDivisionError: a bug" in err and "Traceback" not in err
