"""`rr.send_columns` (Rerun 0.18's columnar logging): what a file, the dataframe API and the batcher see."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import rerun as rr
import rerun.dataframe as rdf
from rerun._log_msg import ArrowMsg
from rerun.rrd import read_messages


def _chunks(path):
    return [m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg)]


def test_scalar_series_reads_back_through_the_dataframe_api(tmp_path):
    path = tmp_path / "series.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    steps = np.arange(0, 64)
    rec.send_columns("scalars", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(np.sin(steps / 10.0))])
    rec.disconnect()
    table = rdf.load_recording(path).view(index="step", contents="/scalars").select()
    assert table["step"].to_pylist() == list(range(64))
    assert np.allclose([v[0] for v in table["/scalars:Scalar"].to_pylist()], np.sin(steps / 10.0))


def test_only_the_given_timelines_are_used(tmp_path):
    path = tmp_path / "t.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.set_time_sequence("frame", 7)  # ignored by send_columns, as in Rerun 0.18
    rec.send_columns(
        "s",
        times=[rr.TimeSecondsColumn("t", [0.5, 1.25]), rr.TimeNanosColumn("ns", [10, 20])],
        components=[rr.components.ScalarBatch([1.0, 2.0])],
    )
    rec.disconnect()
    (chunk,) = _chunks(path)
    timelines = chunk.timelines()
    assert set(timelines) == {"t", "ns"}
    assert timelines["t"][1].tolist() == [500_000_000, 1_250_000_000] and timelines["t"][0] is rr._chunk.TimeType.TIME
    assert timelines["ns"][1].tolist() == [10, 20]
    assert not chunk.is_static


def test_partition_puts_several_instances_in_a_row(tmp_path):
    path = tmp_path / "p.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    positions = np.arange(15, dtype=np.float32).reshape(5, 3)
    rec.send_columns(
        "points",
        times=[rr.TimeSequenceColumn("frame", [0, 1])],
        components=[rr.components.Position3DBatch(positions).partition([2, 3]), rr.components.ColorBatch([0xFF0000FF, 0x00FF00FF])],
    )
    rec.disconnect()
    (chunk,) = _chunks(path)
    rows = chunk.components()["rerun.components.Position3D"].to_pylist()
    assert rows == [positions[:2].tolist(), positions[2:].tolist()]
    assert chunk.components()["rerun.components.Color"].to_pylist() == [[0xFF0000FF], [0x00FF00FF]]


def test_rows_logged_before_are_written_first_and_big_series_are_cut_at_the_row_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "100")
    monkeypatch.setenv("RERUN_FLUSH_TICK_SECS", "100")  # nothing is flushed by the clock meanwhile
    path = tmp_path / "order.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.set_time_sequence("step", -1)
    rec.log("scalars", rr.Scalar(-1.0))
    rec.send_columns("scalars", times=[rr.TimeSequenceColumn("step", np.arange(250))], components=[rr.components.ScalarBatch(np.arange(250.0))])
    rec.disconnect()
    chunks = [c for c in _chunks(path) if c.entity_path == "/scalars"]
    assert [c.num_rows for c in chunks] == [1, 100, 100, 50]
    values = [v[0] for c in chunks for v in c.components()["rerun.components.Scalar"].to_pylist()]
    assert values == [-1.0, *np.arange(250.0)]
    ids = np.concatenate([c.row_ids() for c in chunks[1:]])
    assert len({tuple(i) for i in ids.tolist()}) == 250  # unique row ids


def test_a_long_series_reaches_the_sink_a_few_chunks_at_a_time(tmp_path, monkeypatch):
    # A byte sink encodes what it is handed at once: a whole 10M series made its peak memory 1.6x higher.
    monkeypatch.setenv("RERUN_FLUSH_NUM_BYTES", "4096")  # chunks of ~4 KiB, queued ~64 KiB at a time
    monkeypatch.setenv("RERUN_MAX_PENDING_BYTES", "100000")  # the caller waits once ~100 KB are pending
    path = tmp_path / "long.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    handed: list[int] = []
    on_chunks = rec._batcher._on_chunks
    monkeypatch.setattr(rec._batcher, "_on_chunks", lambda chunks: (handed.append(sum(c.batch.nbytes for c in chunks)), on_chunks(chunks)))
    rec.send_columns("series", times=[rr.TimeSequenceColumn("step", np.arange(100_000))], components=[rr.components.ScalarBatch(np.arange(100_000.0))])
    rec.disconnect()
    assert len(handed) > 10 and max(handed) < 3 * 16 * 4096
    values = [v[0] for c in _chunks(path) if c.entity_path == "/series" for v in c.components()["rerun.components.Scalar"].to_pylist()]
    assert values == np.arange(100_000.0).tolist()


def test_no_time_columns_logs_static_rows(tmp_path):
    path = tmp_path / "s.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.send_columns("label", times=[], components=[rr.components.TextBatch(["a"])])
    rec.disconnect()
    (chunk,) = _chunks(path)
    assert chunk.is_static and chunk.components()["rerun.components.Text"].to_pylist() == [["a"]]


@pytest.mark.parametrize(
    ("times", "components", "message"),
    [
        ([rr.TimeSequenceColumn("step", [1, 2, 3])], [rr.components.ScalarBatch([1.0])], "same number of rows"),
        ([rr.TimeSequenceColumn("step", [1.5])], [rr.components.ScalarBatch([1.0])], "expected integers"),
        ([rr.TimeSequenceColumn("step", [1])], [], "no component columns"),
        ([rr.TimeSequenceColumn("step", [1])], [rr.Scalar(1.0)], "expected component batches .* got Scalar"),
        ([rr.TimeSecondsColumn("t", [0.0, float("nan")])], [rr.components.ScalarBatch([1.0, 2.0])], "expected finite seconds, got nan at row 1"),
        # Out of the 64-bit range: a cast would wrap 2**63 to -2**63 (and 1e12 s to the year 1677) without a word.
        ([rr.TimeSequenceColumn("step", [2**63, 0])], [rr.components.ScalarBatch([1.0, 2.0])], r"expected times in -2\*\*63\+1\.\.2\*\*63-1"),
        ([rr.TimeSequenceColumn("step", np.array([2**63], np.uint64))], [rr.components.ScalarBatch([1.0])], "got 9223372036854775808"),
        ([rr.TimeNanosColumn("t", [-(2**63)])], [rr.components.ScalarBatch([1.0])], "got -9223372036854775808"),
        ([rr.TimeSequenceColumn("step", [2.0**63])], [rr.components.ScalarBatch([1.0])], "expected times in"),
        ([rr.TimeSecondsColumn("t", [1.0, 1e12])], [rr.components.ScalarBatch([1.0, 2.0])], "about \\+-292 years .* at row 1"),
    ],
)
def test_bad_columns_warn_and_log_nothing_but_keep_earlier_rows(tmp_path, times, components, message):
    path = tmp_path / "bad.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.log("kept", rr.Scalar(1.0))
    with pytest.warns(rr.RerunWarning, match=message):
        rec.send_columns("bad", times=times, components=components)
    with pytest.raises((TypeError, ValueError), match=message), _strict():
        rec.send_columns("bad", times=times, components=components)
    rec.disconnect()
    assert [c.entity_path for c in _chunks(path)] == ["/kept"]


class _strict:
    def __enter__(self) -> None:
        self.before = rr.strict_mode()
        rr.set_strict_mode(True)

    def __exit__(self, *exc: object) -> None:
        rr.set_strict_mode(self.before)


def test_partition_lengths_must_add_up_and_are_reported_where_sent(tmp_path):
    # As Rerun 0.18: no exception at `partition` outside strict mode; `send_columns` warns and logs nothing of it.
    column = rr.components.ScalarBatch([1.0, 2.0]).partition([1, 2])
    path = tmp_path / "partition.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.log("kept", rr.Scalar(1.0))
    with pytest.warns(rr.RerunWarning, match="add up to 3, but the batch has 2"):
        rec.send_columns("bad", times=[rr.TimeSequenceColumn("step", [1, 2])], components=[column])
    rec.disconnect()
    assert [c.entity_path for c in _chunks(path)] == ["/kept"]
    with _strict(), pytest.raises(ValueError, match="add up to 3"):
        rr.components.ScalarBatch([1.0, 2.0]).partition([1, 2])
    with _strict(), pytest.raises(ValueError, match="non-negative"):
        rr.components.ScalarBatch([1.0, 2.0]).partition([3, -1])


def test_module_function_uses_the_global_recording(tmp_path):
    path = tmp_path / "g.rrd"
    rr.init("rerun_test_send_columns")
    rr.save(path)
    rr.send_columns("x", times=[rr.TimeSequenceColumn("i", [0, 1])], components=[rr.components.ScalarBatch([3.0, 4.0])])
    rr.disconnect()
    assert [v for c in _chunks(path) for v in c.components()["rerun.components.Scalar"].to_pylist()] == [[3.0], [4.0]]


def test_scalars_sent_as_columns_get_a_time_series_view():
    """No archetype indicator comes with a bare `ScalarBatch`: the viewer still lays out a plot for it."""
    from rerun._store.scene.views import VIEW_TIME_SERIES, view_kinds

    assert view_kinds(["rerun.components.Scalar"]) == {VIEW_TIME_SERIES}
    assert view_kinds(["rerun.components.Color"]) == set()


def test_times_at_the_ends_of_the_64_bit_range_are_kept(tmp_path):
    path = tmp_path / "ends.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    rec.send_columns("x", times=[rr.TimeSequenceColumn("step", [2**63 - 1, -(2**63) + 1])], components=[rr.components.ScalarBatch([1.0, 2.0])])
    rec.disconnect()
    (chunk,) = _chunks(path)
    assert sorted(chunk.timelines()["step"][1].tolist()) == [-(2**63) + 1, 2**63 - 1]


def test_an_archetype_indicator_is_sent_once_per_row_as_rerun_018_documents(tmp_path):
    """Rerun 0.18's example: `components=[rr.Points3D.indicator(), Position3DBatch(...).partition(...)]`."""
    from rerun._store.scene.views import VIEW_3D, view_kinds

    path = tmp_path / "indicator.rrd"
    rec = rr.new_recording("rerun_test_send_columns")
    rec.save(path)
    positions = np.arange(21, dtype=np.float32).reshape(7, 3)
    rec.send_columns(
        "points",
        times=[rr.TimeSecondsColumn("time", [0.0, 0.5, 1.0])],
        components=[rr.Points3D.indicator(), rr.components.Position3DBatch(positions).partition([2, 4, 1])],
    )
    rec.log("logged", rr.Points3D([[0, 0, 0]]))
    rec.disconnect()
    sent, logged = (next(c for c in _chunks(path) if c.entity_path == entity) for entity in ("/points", "/logged"))
    name = "rerun.components.Points3DIndicator"
    assert sent.num_rows == 3 and sent.components()[name].type == logged.components()[name].type
    assert [len(row) for row in sent.components()[name].to_pylist()] == [1, 1, 1]  # one null per row, as rr.log writes
    assert view_kinds(list(sent.components())) == {VIEW_3D}


def test_send_columns_does_not_wait_for_a_slow_sink(monkeypatch):
    # As `rr.log`: the batcher's thread hands the chunks over; the caller waits only once
    # `RERUN_MAX_PENDING_BYTES` are pending (a pipe read 4 s later held `send_columns` 4 s).
    rec = rr.new_recording("rerun_test_send_columns")
    memory = rec.memory_recording()
    sink_free = threading.Event()
    on_chunks = rec._batcher._on_chunks
    monkeypatch.setattr(rec._batcher, "_on_chunks", lambda chunks: (sink_free.wait(30), on_chunks(chunks)))
    rec.log("before", rr.Scalar(0.0))
    sender = threading.Thread(
        target=lambda: rec.send_columns("series", times=[rr.TimeSequenceColumn("step", np.arange(1000))], components=[rr.components.ScalarBatch(np.arange(1000.0))])
    )
    sender.start()
    sender.join(10)
    returned = not sender.is_alive()
    sink_free.set()
    sender.join()
    entities = [m.chunk.entity_path for m in memory.messages() if isinstance(m, ArrowMsg)]
    rec.shutdown()
    assert returned  # while the sink was still blocked
    assert entities.index("/before") < entities.index("/series")  # and in logging order
