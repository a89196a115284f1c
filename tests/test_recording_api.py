"""The module-level recording API of rerun 0.17: ids, automatic timelines, script helpers,
chunk size thresholds, memory recordings and flushing when the sink changes."""

from __future__ import annotations

import argparse
import time

import numpy as np

import rerun as rr
from rerun._log_msg import ArrowMsg
from rerun.rrd import read_messages


def _chunks(messages, entity_path):
    return [m.chunk for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path == entity_path]


def test_init_sets_ids_and_the_global_recording():
    rr.init("rerun_test_ids", recording_id="my-run-1")
    assert rr.get_application_id() == "rerun_test_ids"
    assert rr.get_recording_id() == "my-run-1"
    assert rr.get_global_data_recording() is rr.get_data_recording()
    other = rr.new_recording("rerun_test_other")
    assert other.get_recording_id() != "my-run-1"
    assert rr.get_recording_id() == "my-run-1"  # a new recording does not replace the global one


def test_log_time_and_log_tick_are_added_to_every_temporal_row():
    rec = rr.new_recording("rerun_test_auto_timelines")
    mem = rec.memory_recording()
    before = time.time_ns()
    for i in range(3):
        rec.log("scalar", rr.Scalar(float(i)))
    (chunk,) = _chunks(mem.messages(), "/scalar")
    timelines = chunk.timelines()
    assert timelines["log_tick"][1].tolist() == [0, 1, 2]
    assert before <= timelines["log_time"][1].min() <= time.time_ns()
    rec.log("static", rr.Scalar(1.0), static=True)
    (static_chunk,) = _chunks(mem.messages(), "/static")
    assert static_chunk.timelines() == {}


def test_chunks_are_split_at_the_row_threshold(monkeypatch):
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "10")
    monkeypatch.setenv("RERUN_FLUSH_TICK_SECS", "100")  # only the explicit flush below builds chunks
    rec = rr.new_recording("rerun_test_split")
    mem = rec.memory_recording()
    for i in range(35):
        rec.set_time_sequence("step", i)
        rec.log("scalar", rr.Scalar(float(i)))
    chunks = _chunks(mem.messages(), "/scalar")
    assert [c.num_rows for c in chunks] == [10, 10, 10, 5]
    steps = np.concatenate([c.timelines()["step"][1] for c in chunks])
    assert steps.tolist() == list(range(35))


def test_switching_sinks_sends_earlier_rows_to_the_first_sink(tmp_path):
    first, second = tmp_path / "first.rrd", tmp_path / "second.rrd"
    rec = rr.new_recording("rerun_test_switch")
    rec.save(first)
    rec.log("a", rr.Scalar(1.0))
    rec.save(second)
    rec.log("b", rr.Scalar(2.0))
    rec.disconnect()
    assert _chunks(read_messages(first), "/a") and not _chunks(read_messages(first), "/b")
    assert _chunks(read_messages(second), "/b") and not _chunks(read_messages(second), "/a")


def test_script_helpers_save_to_the_file_given_on_the_command_line(tmp_path):
    parser = argparse.ArgumentParser()
    rr.script_add_args(parser)
    path = tmp_path / "script.rrd"
    args = parser.parse_args(["--save", str(path)])
    rec = rr.script_setup(args, "rerun_test_script")
    rec.log("scalar", rr.Scalar(3.0))
    rr.script_teardown(args)
    assert _chunks(read_messages(path), "/scalar")
    for flag in ("--headless", "--connect", "--serve", "--addr", "--save", "--stdout"):
        assert flag in parser.format_help()


def test_connect_to_nobody_never_blocks_the_logger_for_long():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rec = rr.new_recording("rerun_test_nobody")
    rec.connect(f"127.0.0.1:{port}", flush_timeout_sec=0.2)
    start = time.monotonic()
    for i in range(1000):
        rec.log("scalar", rr.Scalar(float(i)))
    rec.flush()
    assert time.monotonic() - start < 3.0
    rec.shutdown()


def test_dataframe_and_rrd_modules_are_reachable_from_rr(tmp_path):
    path = tmp_path / "df.rrd"
    rec = rr.new_recording("rerun_test_df")
    rec.save(path)
    for i in range(5):
        rec.set_time_sequence("step", i)
        rec.log("plot/value", rr.Scalar(float(i)))
    rec.disconnect()
    table = rr.dataframe.load_recording(path).view(index="step", contents="/plot/**").select()
    assert table.column("step").to_pylist() == [0, 1, 2, 3, 4]
    assert len(list(rr.rrd.read_messages(path))) > 1
