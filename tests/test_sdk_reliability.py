"""One bad value never costs other rows; sinks write each tick, stay bounded and say what they drop.

Each test is a kind of fault (issue 10): a bad time, name or string is refused at its own call
(warning, or the exception in strict mode) and the rows around it all arrive; whatever still
fails in the batcher costs only its own rows; `flush` never raises; the file holds each tick
without a flush; a slow sink makes `rr.log` wait instead of growing memory; the TCP sink waits
for a viewer that keeps reading and reports what it gives up.
"""

from __future__ import annotations

import math
import socket
import threading
import time
import warnings

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from rerun._datamodel.batch import Deferred
from rerun._log_msg import ArrowMsg
from rerun._recording.batcher import pending_row
from rerun._recording.checks import TIME_MAX, TIME_MIN
from rerun._recording.sinks import MemorySink, Sink
from rerun._rrd import StreamDecoder
from rerun.rrd import read_messages

SCALAR = "rerun.components.Scalar"


def _rows(messages, entity_path):
    return sum(m.chunk.num_rows for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path == entity_path)


def _times(messages, entity_path, timeline):
    out = []
    for m in messages:
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == entity_path:
            column = m.chunk.timelines().get(timeline)
            out.extend([None] * m.chunk.num_rows if column is None else column[1].tolist())
    return out


def _good_rows_around(rec, bad_call):
    """100 good rows, the bad call (warnings recorded), 100 good rows; returns the warnings' texts."""
    for i in range(100):
        rec.set_time_sequence("i", i)
        rec.log("good", rr.Scalar(float(i)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bad_call(rec)
        rec.flush()
    for i in range(100, 200):
        rec.set_time_sequence("i", i)
        rec.log("good", rr.Scalar(float(i)))
    return [str(w.message) for w in caught]


BAD_TIMES = {
    "sequence beyond 64 bits": lambda r: r.set_time_sequence("other", 2**70),
    "sequence 2**63": lambda r: r.set_time_sequence("other", 2**63),
    "sequence as a float": lambda r: r.set_time_sequence("other", 1.5),
    "sequence as a string": lambda r: r.set_time_sequence("other", "3"),
    "nanos beyond 64 bits": lambda r: r.set_time_nanos("other", 2**64),
    "nanos as None": lambda r: r.set_time_nanos("other", None),
    "seconds NaN": lambda r: r.set_time_seconds("other", float("nan")),
    "seconds as a string": lambda r: r.set_time_seconds("other", "1.0"),
    "timeline name an int": lambda r: r.set_time_sequence(5, 1),
    "timeline name None": lambda r: r.set_time_seconds(None, 1.0),
    "timeline name bytes": lambda r: r.set_time_nanos(b"t", 1),
    "timeline name with a lone surrogate": lambda r: r.set_time_sequence("t\ud800", 1),
}


@pytest.mark.parametrize("bad_call", BAD_TIMES.values(), ids=BAD_TIMES.keys())
def test_a_bad_time_is_refused_at_its_call_and_every_other_row_is_kept(bad_call):
    rec = rr.new_recording("rerun_test_bad_time")
    memory = rec.memory_recording()

    def call(r):
        bad_call(r)
        r.log("bad", rr.Scalar(1.0))  # logged with the times that were valid

    texts = _good_rows_around(rec, call)
    assert len([t for t in texts if "rr.set_time_" in t]) == 1, texts
    messages = memory.messages()
    assert _times(messages, "/good", "i") == list(range(200))
    assert _rows(messages, "/bad") == 1
    assert _times(messages, "/bad", "other") == [None]  # the refused time was not set


@pytest.mark.parametrize("bad_call", BAD_TIMES.values(), ids=BAD_TIMES.keys())
def test_a_bad_time_raises_at_its_call_in_strict_mode(bad_call):
    rec = rr.new_recording("rerun_test_bad_time_strict")
    rec.memory_recording()
    rr.set_strict_mode(True)
    try:
        with pytest.raises((TypeError, ValueError), match="set_time_"):
            bad_call(rec)
    finally:
        rr.set_strict_mode(False)


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(math.inf, TIME_MAX), (-math.inf, TIME_MIN), (1e300, TIME_MAX), (-1e300, TIME_MIN), (time.time() * 1e3, TIME_MAX)],
    ids=["inf", "-inf", "1e300", "-1e300", "milliseconds given as seconds"],
)
def test_seconds_outside_the_64_bit_range_are_clamped_as_rerun_does_with_a_warning(seconds, expected):
    rec = rr.new_recording("rerun_test_clamp")
    memory = rec.memory_recording()
    with pytest.warns(rr.RerunWarning, match="clamped"):
        rec.set_time_seconds("t", seconds)
    rr.set_strict_mode(True)  # 0.17 clamps silently: a clamp never raises, also in strict mode
    try:
        with pytest.warns(rr.RerunWarning, match="clamped"):
            rec.set_time_seconds("t", seconds)
    finally:
        rr.set_strict_mode(False)
    rec.log("x", rr.Scalar(1.0))
    assert _times(memory.messages(), "/x", "t") == [expected]


def test_good_times_of_every_accepted_kind_are_stored_exactly():
    rec = rr.new_recording("rerun_test_good_times")
    memory = rec.memory_recording()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rec.set_time_sequence("seq", np.int64(TIME_MAX))
        rec.set_time_nanos("ns", TIME_MIN)
        rec.set_time_seconds("s", np.float32(1.5))
        rec.log("x", rr.Scalar(1.0))
    messages = memory.messages()
    assert _times(messages, "/x", "seq") == [TIME_MAX]
    assert _times(messages, "/x", "ns") == [TIME_MIN]
    assert _times(messages, "/x", "s") == [1_500_000_000]


BAD_STRINGS = {
    "TextLog text": lambda r: r.log("bad", rr.TextLog("\ud800 bad")),
    "Points2D label": lambda r: r.log("bad", rr.Points2D([[0, 0]], labels=["\udcff"])),
    "TextDocument": lambda r: r.log("bad", rr.TextDocument("a\udfff")),
    "entity path": lambda r: r.log("bad\ud800", rr.Scalar(1.0)),
    "entity path part": lambda r: r.log(["bad", "\ud800"], rr.Scalar(1.0)),
    "AnyValues name": lambda r: r.log("bad", rr.AnyValues(**{"bad\ud800": 1.0})),
    "AnyValues text": lambda r: r.log("bad", rr.AnyValues(v=["a\ud800"])),
}


@pytest.mark.parametrize("bad_call", BAD_STRINGS.values(), ids=BAD_STRINGS.keys())
def test_a_lone_surrogate_is_refused_at_its_call_and_every_other_row_is_kept(tmp_path, bad_call):
    path = tmp_path / "s.rrd"
    rec = rr.new_recording("rerun_test_surrogate")
    rec.save(path)
    texts = _good_rows_around(rec, bad_call)
    rec.shutdown()
    assert any("Unicode" in t or "surrogate" in t for t in texts), texts
    assert not any("could not be encoded" in t for t in texts), texts  # caught at the call, not in the batcher
    assert _times(list(read_messages(path)), "/good", "i") == list(range(200))


def _failing_build(items):
    raise OverflowError("this value cannot be built")


def test_a_row_that_still_fails_in_the_batcher_costs_only_itself():
    rec = rr.new_recording("rerun_test_isolation")
    memory = rec.memory_recording()
    for i in range(50):
        rec.set_time_sequence("i", i)
        rec.log("good", rr.Scalar(float(i)))
        rec.log(f"other/{i % 3}", rr.Points3D([[i, 0, 0]]))
    # A row that passed the checks at the call and still fails to build (its entity has good rows too).
    bad = pending_row("/good", None, (), {SCALAR: _Poisoned()}, time.time_ns(), 1, 0)
    rec._batcher.push(bad)
    for i in range(50, 100):
        rec.set_time_sequence("i", i)
        rec.log("good", rr.Scalar(float(i)))
    with pytest.warns(rr.RerunWarning, match=r"1 logged row\(s\) of /good could not be encoded.*OverflowError"):
        rec.flush()  # never raises
    messages = memory.messages()
    assert _times(messages, "/good", "i") == list(range(100))
    assert sum(_rows(messages, f"/other/{k}") for k in range(3)) == 50


class _Poisoned:
    """A component batch whose storage only fails when the batcher builds it."""

    def component_name(self):
        return SCALAR

    def as_arrow_array(self):
        return Deferred([1.0], _failing_build)


class _UserBatch:
    """A user's own component batch (`rr.ComponentBatchLike`): its Arrow type is whatever it says."""

    def __init__(self, array):
        self.array = array

    def component_name(self):
        return "user.Value"

    def as_arrow_array(self):
        return self.array


def test_rows_of_one_entity_whose_types_disagree_are_all_kept():
    import pyarrow as pa

    rec = rr.new_recording("rerun_test_mixed_types")
    memory = rec.memory_recording()
    rec.log("x", [_UserBatch(pa.array([1, 2]))])
    rec.log("x", [_UserBatch(pa.array(["a", "b"]))])  # same column, another Arrow type: one chunk cannot hold both
    rec.log("x", [_UserBatch(pa.array([3]))])
    rec.flush()
    assert _rows(memory.messages(), "/x") == 3


class _RaisingSink(MemorySink):
    def flush(self, timeout=None):
        raise OSError("the disk went away")


def test_flush_never_raises_in_default_mode():
    rec = rr.new_recording("rerun_test_flush")
    rec.set_sink(_RaisingSink())
    rec.log("x", rr.Scalar(1.0))
    with pytest.warns(rr.RerunWarning, match="flush failed.*disk went away"):
        rec.flush()
    rr.set_strict_mode(True)  # a failing sink is not bad input: strict mode does not change that
    try:
        with pytest.warns(rr.RerunWarning):
            rec.flush()
    finally:
        rr.set_strict_mode(False)


def test_the_file_holds_each_tick_without_a_flush(tmp_path):
    path = tmp_path / "tick.rrd"
    rec = rr.new_recording("rerun_test_tick")
    rec.save(path)
    for i in range(3):
        rec.set_time_sequence("i", i)
        rec.log("x", rr.Scalar(float(i)))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _rows(list(read_messages(path)), "/x") < 3:
        time.sleep(0.02)  # a tick is 8 ms: the rows are in the file well before this loop ends
    assert _rows(list(read_messages(path)), "/x") == 3
    rec.shutdown()


class _SlowSink(Sink):
    """A sink slower than the logging (a slow disk): notes how many rows waited at each write."""

    def __init__(self, batcher_of):
        self.rows = 0
        self.max_waiting = 0
        self._batcher_of = batcher_of

    def send_all(self, msgs):
        time.sleep(0.02)
        self.max_waiting = max(self.max_waiting, len(self._batcher_of()._pending))
        self.rows += sum(m.chunk.num_rows for m in msgs if isinstance(m, ArrowMsg))


def test_a_slow_sink_makes_log_wait_instead_of_growing_memory(monkeypatch):
    monkeypatch.setenv("RERUN_MAX_PENDING_ROWS", "200")
    rec = rr.new_recording("rerun_test_backpressure")
    sink = _SlowSink(lambda: rec._batcher)
    rec.set_sink(sink)
    started = time.monotonic()
    for i in range(3000):
        rec.log("x", rr.Scalar(float(i)))
    logging_took = time.monotonic() - started
    rec.flush()
    assert sink.rows == 3000  # nothing dropped
    assert sink.max_waiting <= 200 + 1  # bounded: the logger waited beyond the bound
    assert logging_took > 0.1  # it did wait (3000 rows through a 20 ms write of <= 200 rows)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _SlowViewer:
    """A TCP server reading at `rate` bytes/s (or not at all), decoding what it gets."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.messages: list = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 16)
            conn.settimeout(0.2)
            decoder = StreamDecoder()
            while not self._stop.is_set():
                if self.rate is None:
                    time.sleep(0.05)
                    continue
                try:
                    data = conn.recv(64 << 10)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not data:
                    break
                self.messages.extend(decoder.feed(data))
                time.sleep(len(data) / self.rate)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()


def test_tcp_close_waits_as_long_as_the_viewer_keeps_reading():
    viewer = _SlowViewer(rate=4e6)  # 4 MB/s: the 8 MB below take about 2 s, four times the timeout
    try:
        rec = rr.new_recording("rerun_test_tcp_slow")
        rec.connect(f"127.0.0.1:{viewer.port}", flush_timeout_sec=0.5)
        image = np.random.default_rng(0).integers(0, 255, (512, 512, 3), dtype=np.uint8)
        for i in range(10):
            rec.set_time_sequence("frame", i)
            rec.log("image", rr.Image(image))
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # nothing dropped, nothing to warn about
            rec.shutdown()
        deadline = time.monotonic() + 5
        while _rows(viewer.messages, "/image") < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _rows(viewer.messages, "/image") == 10
    finally:
        viewer.close()


def test_tcp_close_says_how_much_it_dropped_when_the_viewer_stopped_reading():
    viewer = _SlowViewer(rate=None)  # accepts, never reads
    try:
        rec = rr.new_recording("rerun_test_tcp_stuck")
        rec.connect(f"127.0.0.1:{viewer.port}", flush_timeout_sec=0.5)
        image = np.zeros((1024, 1024, 3), dtype=np.uint8)
        for i in range(20):  # 60 MB: more than the socket buffers hold
            rec.set_time_sequence("frame", i)
            rec.log("image", rr.Image(image))
        started = time.monotonic()
        with pytest.warns(rr.RerunWarning, match=r"gave up sending to the viewer.*dropped \d+ messages \([\d.]+ MB\)"):
            rec.shutdown()
        assert time.monotonic() - started < 10
    finally:
        viewer.close()


def test_connect_with_no_viewer_says_once_where_the_data_is_kept():
    port = _free_port()
    rec = rr.new_recording("rerun_test_nobody")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rec.connect(f"127.0.0.1:{port}", flush_timeout_sec=0.3)
        for i in range(10):
            rec.log("x", rr.Scalar(float(i)))
        time.sleep(1.5)  # several reconnection attempts
        rec.shutdown()
    texts = [str(w.message) for w in caught]
    listening = [t for t in texts if "no viewer is listening" in t]
    assert len(listening) == 1 and f"127.0.0.1:{port}" in listening[0] and "kept in memory" in listening[0]
    assert any("dropped" in t and f"127.0.0.1:{port}" in t for t in texts)


def test_tcp_buffer_stays_within_ten_percent_of_its_bound_while_sending(monkeypatch):
    monkeypatch.setenv("RERUN_TCP_BUFFER_BYTES", "5000000")
    viewer = _SlowViewer(rate=2e6)
    try:
        rec = rr.new_recording("rerun_test_tcp_bound")
        rec.connect(f"127.0.0.1:{viewer.port}", flush_timeout_sec=0.2)
        sink = rec._sink
        image = np.zeros((400, 400, 3), dtype=np.uint8)  # 480 kB a message
        peak = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i in range(100):
                rec.set_time_sequence("frame", i)
                rec.log("image", rr.Image(image))
                time.sleep(0.005)
                peak = max(peak, sink._queued_bytes)  # queued and in flight
            rec.shutdown()
        assert 0 < peak <= 5_000_000 * 1.1
    finally:
        viewer.close()


def test_default_recording_id_is_shared_by_an_application_as_in_rerun():
    a1 = rr.new_recording("rerun_test_id_a")
    a2 = rr.new_recording("rerun_test_id_a")
    b = rr.new_recording("rerun_test_id_b")
    assert a1.get_recording_id() == a2.get_recording_id() != b.get_recording_id()
    assert rr.new_recording("rerun_test_id_a", recording_id="mine").get_recording_id() == "mine"



def test_a_forked_child_never_writes_into_the_parents_stdout_pipe(monkeypatch):
    # Two processes writing one pipe would mix their messages: the child's data is dropped, once said.
    import io
    import types

    from rerun._recording.sinks import StdoutSink

    out = io.BytesIO()
    monkeypatch.setattr("sys.stdout", types.SimpleNamespace(buffer=out, fileno=lambda: 1))
    rec = rr.new_recording("rerun_test_stdout_fork")
    rec.set_sink(StdoutSink())
    rec.log("x", rr.Scalar(1.0))
    rec.flush()
    written = out.getvalue()
    assert _rows(StreamDecoder().feed(written), "/x") == 1
    rec._after_fork_in_child()  # what os.fork runs in the child
    with pytest.warns(rr.RerunWarning, match="forked from one streaming its recording to stdout"):
        rec.log("x", rr.Scalar(2.0))
        rec.flush()
    assert out.getvalue() == written


@pytest.mark.parametrize("size", [3_000, 120_000])  # a small chunk encoded later, and a large one encoded at the call
@pytest.mark.parametrize("kind", ["AnyValues", "AnyBatchValue", "AnyValues of an Arrow view"])
def test_any_values_keep_what_was_logged_when_the_buffer_is_refilled(tmp_path, kind, size):
    path = tmp_path / "any.rrd"
    rec = rr.new_recording("rerun_test_any_values")
    rec.save(path)
    buffer = np.zeros(size, np.float64)
    for step in range(5):
        buffer[:] = step + 1
        rec.set_time_sequence("step", step)
        if kind == "AnyValues":
            rec.log("any", rr.AnyValues(big=buffer))
        elif kind == "AnyBatchValue":
            rec.log("any", [rr.AnyBatchValue("my.big", buffer)])
        else:  # `pa.array` of a numpy array shares its memory
            rec.log("any", rr.AnyValues(big=pa.array(buffer)))
        buffer[:] = -7  # refilled right after the call, as a sensor loop does
    rec.disconnect()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a damaged frame (checksum of changed memory) would warn
        messages = list(read_messages(path))
    logged = [
        sorted(set(m.chunk.components()[name][row].values.to_numpy().tolist()))
        for m in messages
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/any"
        for name in m.chunk.components()
        if "big" in name
        for row in range(m.chunk.num_rows)
    ]
    assert logged == [[1.0], [2.0], [3.0], [4.0], [5.0]]


def test_a_component_named_like_a_timeline_is_left_out_with_a_warning_and_the_rest_kept(tmp_path):
    """Timelines, row ids and components are columns of one chunk: a clash would make it unreadable."""
    path = tmp_path / "clash.rrd"
    rec = rr.new_recording("rerun_test_clash")
    rec.save(path)
    rec.set_time_sequence("frame", 7)
    with pytest.warns(rr.RerunWarning, match="'frame'"):
        rec.log("a", rr.AnyValues(frame=1, confidence=0.5))
    with pytest.warns(rr.RerunWarning, match="'log_time'"):
        rec.log("b", rr.AnyValues(log_time=123.0, other=1.0))
    with pytest.warns(rr.RerunWarning, match="'rerun.row_id'"):
        rec.log("c", rr.AnyValues(**{"rerun.row_id": 1, "kept": 2}), static=True)
    rec.log("d", rr.AnyValues(frame=3), static=True)  # no timeline in a static row: no clash
    for name in ("rerun.row_id", "rerun.components.TensorData"):
        with pytest.warns(rr.RerunWarning, match="reserved"):
            rec.set_time_sequence(name, 3)
    rec.log("e", rr.Scalar(1.0))
    rec.disconnect()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no damaged frame
        chunks = {m.chunk.entity_path: m.chunk for m in read_messages(path) if isinstance(m, ArrowMsg)}
    assert chunks["/a"].component_names() == ["confidence"] and chunks["/a"].timelines()["frame"][1].tolist() == [7]
    assert chunks["/b"].component_names() == ["other"]
    assert chunks["/c"].component_names() == ["kept"]
    assert chunks["/d"].component_names() == ["frame"]
    assert set(chunks["/e"].timelines()) == {"frame", "log_time", "log_tick"}


def test_a_clashing_component_name_raises_in_strict_mode():
    rec = rr.new_recording("rerun_test_clash_strict")
    rec.memory_recording()
    rec.set_time_sequence("frame", 1)
    with pytest.raises(ValueError, match="'frame'"):
        rec.log("a", rr.AnyValues(frame=1), strict=True)
