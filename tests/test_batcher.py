"""The batcher's chunking, as a user of the recording and of the file sees it."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg
from rerun._recording.batcher import BatcherConfig, build_chunks, pending_row
from rerun.rrd import read_messages


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_batcher")
    yield recording
    recording.shutdown()


def _chunks(messages, prefix="/"):
    return [m.chunk for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path.startswith(prefix)]


def test_refilling_a_logged_buffer_does_not_change_what_was_logged(rec):
    memory = rec.memory_recording()
    positions = np.zeros((2, 3), np.float32)
    image = np.zeros((4, 5, 3), np.uint8)
    for step in range(3):
        positions[:] = step  # a camera or simulator refilling the same buffer every frame
        image[:] = step
        rec.set_time_sequence("step", step)
        rec.log("points", rr.Points3D(positions))
        rec.log("image", rr.Image(image))
    messages = memory.messages()
    logged = [row[0][0] for c in _chunks(messages, "/points") for row in c.components()["rerun.components.Position3D"].to_pylist()]
    assert logged == [0.0, 1.0, 2.0]
    tensors = [row[0] for c in _chunks(messages, "/image") for row in c.components()["rerun.components.TensorData"].to_pylist()]
    assert [t["buffer"][0] for t in tensors] == [0, 1, 2]  # the union's U8 buffer, first byte


class _LendsItsBuffer:
    """An array-like that hands numpy its own memory, as a DataFrame, a torch tensor or an image library's frame do."""

    def __init__(self, array: np.ndarray) -> None:
        self.array = array

    def __array__(self, dtype=None, copy=None):
        return self.array


@pytest.mark.parametrize("rows", [4, 400_000], ids=["small", "pooled"])
def test_refilling_a_buffer_lent_through_array_interfaces_does_not_change_what_was_logged(rec, tmp_path, rows):
    path = tmp_path / "lent.rrd"
    rec.save(path)
    buffer = np.zeros((rows, 3), np.float32)
    radii = np.zeros(rows, np.float32)
    for step in range(4):
        buffer[:] = step + 1
        radii[:] = step + 1
        rec.set_time_sequence("step", step)
        rec.log("points", rr.Points3D(_LendsItsBuffer(buffer), radii=memoryview(radii)))
        buffer[:] = 77  # refilled at once, before the batcher wrote the row
        radii[:] = 77
    rec.disconnect()
    chunks = _chunks(list(read_messages(path)), "/points")
    positions = np.concatenate([c.components()["rerun.components.Position3D"].values.values.to_numpy() for c in chunks])
    radii_read = np.concatenate([c.components()["rerun.components.Radius"].values.to_numpy() for c in chunks])
    assert len(positions) == 4 * rows * 3  # no frame lost to a checksum computed before the refill
    assert sorted(set(positions.tolist())) == [1.0, 2.0, 3.0, 4.0]
    assert sorted(set(radii_read.tolist())) == [1.0, 2.0, 3.0, 4.0]


def test_large_logged_arrays_keep_their_values_while_their_copies_memory_is_reused(rec, tmp_path):
    # Copies of large arrays go into memory reused once written (rerun._datamodel.copies): a
    # refilled camera buffer written to a file, and objects the user still holds, keep their values.
    path = tmp_path / "frames.rrd"
    rec.save(path)
    image = np.zeros((480, 640, 3), np.uint8)  # 921 KB: above the pooling threshold
    cloud = np.zeros((100_000, 3), np.float32)  # 1.2 MB
    held = []
    for step in range(12):
        image[:] = step
        cloud[:] = step
        rec.set_time_sequence("step", step)
        rec.log("image", rr.Image(image))
        points = rr.Points3D(cloud)
        rec.log("cloud", points)
        if step % 4 == 0:
            held.append((step, points))
        rec.flush()  # written: the copies' memory is free for the next frame
    rec.disconnect()
    for step, points in held:
        assert (points.positions.as_numpy() == step).all()
    messages = list(read_messages(path))
    firsts = [row[0]["buffer"][0] for c in _chunks(messages, "/image") for row in c.components()["rerun.components.TensorData"].to_pylist()]
    assert firsts == list(range(12))
    clouds = [c.components()["rerun.components.Position3D"].values.values.to_numpy() for c in _chunks(messages, "/cloud")]
    assert [int(v[0]) for v in clouds] == list(range(12)) and all((v == v[0]).all() for v in clouds)


def test_pooled_copies_are_reused_only_when_nothing_references_them():
    from rerun._datamodel.copies import protective_copy, release_unused

    release_unused()  # no free buffer left by earlier tests
    source = np.arange(300_000, dtype=np.float32).reshape(-1, 3)
    first = protective_copy(source)
    second = protective_copy(source)
    assert not np.shares_memory(first, second)  # `first` is alive: its memory is not handed out again
    address = first.ctypes.data
    del first
    third = protective_copy(source * 2)
    assert third.ctypes.data == address  # reused once free
    assert (third == source * 2).all() and (second == source).all()
    assert third.flags.c_contiguous and third.dtype == np.float32 and third.shape == (100_000, 3)
    del second, third
    release_unused()


def test_copies_held_by_a_writer_that_fell_behind_are_pooled_and_let_go_once_it_caught_up():
    from rerun._datamodel import copies

    copies.release_unused()
    kept_before = len(copies._buffers)  # copies earlier tests' objects still hold
    source = np.ones((480, 640, 3), np.uint8)
    held = [copies.protective_copy(source) for _ in range(40)]  # 40 frames still queued for writing
    assert len({c.ctypes.data for c in held}) == 40  # each its own memory
    backlog = {c.base.ctypes.data for c in held}
    assert len(backlog & {b.ctypes.data for b in copies._buffers}) == 40  # all kept for reuse, none in fresh memory
    newest = held[-1]  # one frame the user keeps (held by a memory recording, say)
    del held  # the others written
    for step in range(copies.IDLE_TAKES + 45):  # a writer keeping up: each copy free before the next
        frame = copies.protective_copy(source * (step % 7))
        assert (frame == step % 7).all()
        del frame
    # The buffers of the backlog were let go again, but for the one in use and the one reused.
    assert len(copies._buffers) == kept_before + 2
    assert (newest == 1).all()
    del newest
    copies.release_unused()


def test_many_small_entities_each_get_their_own_chunk_through_a_file(rec, tmp_path):
    path = tmp_path / "entities.rrd"
    rec.save(path)
    for i in range(50):
        rec.set_time_sequence("frame", i)
        rec.log(f"points/{i}", rr.Points3D(np.full((i % 4 + 1, 3), i, np.float32), colors=[i, 0, 0], labels=f"p{i}"))
    rec.log("other", rr.Scalar(1.0))  # a different layout in the same flush
    rec.disconnect()
    chunks = _chunks(read_messages(path), "/points/")
    assert sorted(c.entity_path for c in chunks) == sorted(f"/points/{i}" for i in range(50))
    assert len({c.chunk_id for c in chunks}) == 50
    for chunk in chunks:
        i = int(chunk.entity_path.rsplit("/", 1)[1])
        components = chunk.components()
        assert chunk.num_rows == 1 and chunk.timelines()["frame"][1].tolist() == [i]
        assert components["rerun.components.Position3D"].to_pylist() == [[[float(i)] * 3] * (i % 4 + 1)]
        assert components["rerun.components.Color"].to_pylist() == [[(i << 24) | 0xFF]]
        assert components["rerun.components.Text"].to_pylist() == [[f"p{i}"]]
    (other,) = _chunks(read_messages(path), "/other")
    assert other.components()["rerun.components.Scalar"].to_pylist() == [[1.0]]


def _rows(n, nbytes, entity="/e"):
    batch = rr.components.ScalarBatch([1.0])
    return [pending_row(entity, (("step", "sequence"),), (i,), {"rerun.components.Scalar": batch}, i, i, i, nbytes) for i in range(n)]


def test_chunks_are_cut_at_the_row_and_byte_limits_in_order():
    config = BatcherConfig(flush_num_rows=10, flush_num_bytes=1000)
    by_rows = build_chunks(_rows(25, 1), config)
    assert [c.num_rows for c in by_rows] == [10, 10, 5]
    by_bytes = build_chunks(_rows(7, 300), config)
    assert [c.num_rows for c in by_bytes] == [3, 3, 1]
    big = build_chunks(_rows(3, 5000), config)  # a row above the limit still goes, alone
    assert [c.num_rows for c in big] == [1, 1, 1]
    steps = [t for c in by_rows + by_bytes + big for t in c.timelines()["step"][1].tolist()]
    assert steps == list(range(25)) + list(range(7)) + list(range(3))


def test_large_rows_get_chunks_of_their_own_in_logging_order():
    # Rows from 256 KiB on (images, clouds) are never grouped: grouping would copy them into one array.
    from rerun._recording.batcher import SOLO_ROW_BYTES

    sizes = [10, 10, SOLO_ROW_BYTES, 10, SOLO_ROW_BYTES + 1, SOLO_ROW_BYTES, 10, 10]
    batch = rr.components.ScalarBatch([1.0])
    rows = [pending_row("/e", (("step", "sequence"),), (i,), {"rerun.components.Scalar": batch}, i, i, i, size) for i, size in enumerate(sizes)]
    chunks = build_chunks(rows, BatcherConfig(flush_num_rows=100, flush_num_bytes=4 * SOLO_ROW_BYTES))
    assert [c.num_rows for c in chunks] == [2, 1, 1, 1, 1, 2]
    assert [t for c in chunks for t in c.timelines()["step"][1].tolist()] == list(range(8))


def test_a_large_row_is_not_copied_into_its_chunk(rec):
    memory = rec.memory_recording()
    cloud = rr.Points3D(np.random.default_rng(0).random((200_000, 3), dtype=np.float32))
    rec.log("cloud", cloud)
    (chunk,) = _chunks(memory.messages(), "/cloud")
    values = chunk.components()["rerun.components.Position3D"].values.values
    assert values.buffers()[1].address == cloud.positions.as_numpy().ctypes.data


def test_timelines_keep_their_type_when_switched(rec):
    memory = rec.memory_recording()
    rec.set_time_sequence("t", 5)
    rec.log("a", rr.Scalar(1.0))
    rec.set_time_seconds("t", 2.0)  # same name, now a time in seconds
    rec.log("a", rr.Scalar(2.0))
    kinds = {(c.timelines()["t"][0].value, c.timelines()["t"][1][0]) for c in _chunks(memory.messages(), "/a")}
    assert kinds == {("sequence", 5), ("time", 2_000_000_000)}


def test_chunks_follow_the_order_entities_were_first_logged_to(rec):
    memory = rec.memory_recording()
    for i in range(20):
        rec.set_time_sequence("step", i)
        rec.log("plot/scalar", rr.Scalar(float(i)))  # small rows
        rec.log("world/points", rr.Points3D(np.full((10, 3), i, np.float32), labels=[f"p{i}"] * 10))  # larger
    paths = [c.entity_path for c in _chunks(memory.messages())]
    assert paths.index("/plot/scalar") < paths.index("/world/points")


def test_zero_limits_still_make_a_chunk_per_row():
    chunks = build_chunks(_rows(3, 10), BatcherConfig(flush_num_rows=0, flush_num_bytes=0))
    assert [c.num_rows for c in chunks] == [1, 1, 1]


def test_queued_rows_of_numpy_components_leave_the_garbage_collectors_view(rec):
    """Rows wait for the batcher; if the collector kept tracking them, they would make its full collections frequent."""
    import gc

    rec._batcher._stopped = True  # keep the rows queued, as in a busy logging loop
    rec._batcher._wake.set()
    rec._batcher._thread.join()
    for i in range(3):
        rec.set_time_sequence("step", i)
        rec.log("scalar", rr.Scalar(float(i)))
        rec.log("points", rr.Points3D(np.zeros((2, 3), np.float32), colors=[255, 0, 0]))
    for _ in range(3):  # each collection untracks one level of nested tuples: row, timelines key, its items
        gc.collect()
    rows = list(rec._batcher._pending)
    assert len(rows) == 6 and not any(gc.is_tracked(row) for row in rows)
    rec._batcher.flush()  # and they still make the chunks
    assert not rec._batcher._pending


@pytest.mark.parametrize("value", ["lots", "-5", "nan", "inf"])
def test_a_batcher_setting_that_is_not_a_number_warns_and_keeps_the_default(monkeypatch, value):
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", value)
    with pytest.warns(rr.RerunWarning, match=f"RERUN_FLUSH_NUM_ROWS='{value}' is not a number >= 0; using the default 4096"):
        config = BatcherConfig.from_env()
    assert config.flush_num_rows == 4096
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "10")
    assert BatcherConfig.from_env().flush_num_rows == 10
