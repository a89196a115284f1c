"""Sinks: files read back, stdout piping, binary streams, flush at exit, TCP reconnect, bounded memory."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg, SetStoreInfo
from rerun._rrd import StreamDecoder
from rerun.rrd import read_messages


def _scalar_values(messages, entity_path="/scalar"):
    values = []
    for m in messages:
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == entity_path:
            values.extend(v[0] for v in m.chunk.components()["rerun.components.Scalar"].to_pylist())
    return values


def test_save_writes_a_file_that_reads_back(tmp_path):
    path = tmp_path / "out.rrd"
    rec = rr.new_recording("rerun_test_save")
    rec.save(path)
    for i in range(100):
        rec.set_time_sequence("step", i)
        rec.log("scalar", rr.Scalar(float(i)))
    rec.log("points", rr.Points3D(np.arange(30).reshape(10, 3), colors=[0, 255, 0]))
    rec.disconnect()
    messages = list(read_messages(path))
    assert isinstance(messages[0], SetStoreInfo) and messages[0].info.application_id == "rerun_test_save"
    assert _scalar_values(messages) == [float(i) for i in range(100)]
    points = [m.chunk for m in messages if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/points"]
    assert points[0].components()["rerun.components.Position3D"].to_pylist()[0][3] == [9.0, 10.0, 11.0]


def test_binary_stream_and_memory_drain_decode_incrementally():
    rec = rr.new_recording("rerun_test_stream")
    stream = rec.binary_stream()
    decoder = StreamDecoder()
    messages = []
    for i in range(20):
        rec.log("scalar", rr.Scalar(float(i)))
        if i % 5 == 4:
            messages.extend(decoder.feed(stream.read()))
    assert _scalar_values(messages) == [float(i) for i in range(20)]


def _run(code: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, timeout=60, **kwargs)


def test_everything_is_flushed_at_a_normal_exit(tmp_path):
    path = tmp_path / "exit.rrd"
    _run(
        f"""
        import rerun as rr
        rr.init("rerun_test_exit")
        rr.save({str(path)!r})
        for i in range(5000):
            rr.set_time_sequence("step", i)
            rr.log("scalar", rr.Scalar(float(i)))
        """,
        check=True,
    )
    assert _scalar_values(read_messages(path)) == [float(i) for i in range(5000)]


def test_stdout_sink_pipes_an_rrd_stream():
    out = _run(
        """
        import rerun as rr
        rr.init("rerun_test_stdout")
        rr.stdout()
        for i in range(10):
            rr.log("scalar", rr.Scalar(float(i)))
        """,
        check=True,
    )
    assert _scalar_values(StreamDecoder().feed(out.stdout)) == [float(i) for i in range(10)]


def test_a_reader_closing_stdout_early_does_not_crash_the_script():
    """`python script.py --stdout | head -c 100`: the script ends normally, with one warning."""
    script = textwrap.dedent(
        """
        import numpy as np
        import rerun as rr
        rr.init("rerun_test_stdout_closed")
        rr.stdout()
        for i in range(200):
            rr.set_time_sequence("step", i)
            rr.log("points", rr.Points3D(np.zeros((1000, 3), np.float32)))
            rr.flush()
        print("done", file=__import__("sys").stderr)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()  # the reader goes away mid-stream
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert "done" in stderr and "the reader of stdout went away" in stderr


def test_rerun_off_makes_every_call_a_no_op(tmp_path):
    path = tmp_path / "off.rrd"
    _run(
        f"""
        import rerun as rr
        rr.init("rerun_test_off")
        rr.save({str(path)!r})
        rr.log("scalar", rr.Scalar(1.0))
        """,
        check=True,
        env={**__import__("os").environ, "RERUN": "off"},
    )
    assert not path.exists()


class _TestViewer:
    """A tiny TCP server standing in for the viewer: collects and decodes what arrives."""

    def __init__(self, port: int = 0) -> None:
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]
        self.messages: list = []
        self.raw = bytearray()  # the bytes of the first connection, as they came
        self.connections = 0
        self._conn: socket.socket | None = None
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        self.connections += 1
        self._conn = conn
        decoder = StreamDecoder()
        with conn:
            try:
                while data := conn.recv(65536):
                    self.raw += data
                    self.messages.extend(decoder.feed(data))
            except OSError:
                return

    def wait_for(self, predicate, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.02)
        raise AssertionError("the test viewer did not receive the expected data")

    def close(self) -> None:
        """Go away like a stopped viewer: the listening socket and the connection both close."""
        self.server.close()
        if self._conn is not None:
            try:
                self._conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def test_connect_streams_to_a_viewer_and_reconnects_after_it_restarts():
    viewer = _TestViewer()
    port = viewer.port
    rec = rr.new_recording("rerun_test_tcp")
    rec.connect(f"127.0.0.1:{port}", flush_timeout_sec=5)
    rec.log("scalar", rr.Scalar(1.0))
    rec.flush()
    viewer.wait_for(lambda: _scalar_values(viewer.messages) == [1.0])
    # The viewer goes away: logging goes on without blocking, and is kept for the next viewer.
    viewer.close()
    time.sleep(0.2)
    rec.log("scalar", rr.Scalar(2.0))
    rec.flush()
    second = _TestViewer(port)
    rec.log("scalar", rr.Scalar(3.0))
    rec.flush()
    second.wait_for(lambda: 3.0 in _scalar_values(second.messages))
    # The new connection starts with the store info, so the viewer knows the recording.
    assert isinstance(second.messages[0], SetStoreInfo)
    assert second.messages[0].info.application_id == "rerun_test_tcp"
    rec.shutdown()
    second.close()


def test_small_chunks_of_many_entities_reach_the_viewer_in_pack_frames():
    """Over TCP as in files (format 1.2): many entities' small rows share frames, and all arrive."""
    from rerun._rrd.format import FRAME, KIND_ARROW, KIND_ARROW_PACK

    viewer = _TestViewer()
    rec = rr.new_recording("rerun_test_tcp_pack")
    rec.connect(f"127.0.0.1:{viewer.port}", flush_timeout_sec=5)
    for i in range(50):
        rec.log(f"points/{i}", rr.Points3D(np.full((2, 3), i, np.float32)))
    rec.flush()
    expected = {f"/points/{i}" for i in range(50)}
    try:
        viewer.wait_for(lambda: expected <= {m.chunk.entity_path for m in viewer.messages if isinstance(m, ArrowMsg)})
    finally:
        rec.shutdown()
        viewer.close()
    kinds, pos = [], 12
    while pos + FRAME.size <= len(viewer.raw):
        kind, _crc, length = FRAME.unpack_from(viewer.raw, pos)
        kinds.append(kind)
        pos += FRAME.size + length
    assert kinds.count(KIND_ARROW_PACK) >= 1 and kinds.count(KIND_ARROW) < 10, kinds
    positions = {m.chunk.entity_path: m.chunk.components()["rerun.components.Position3D"].to_pylist() for m in viewer.messages if isinstance(m, ArrowMsg)}
    assert positions["/points/7"] == [[[7.0] * 3] * 2]


def test_tcp_buffer_is_bounded_while_no_viewer_listens(monkeypatch):
    monkeypatch.setenv("RERUN_TCP_BUFFER_BYTES", "200000")
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "1")  # one chunk per row, so old ones can be dropped
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rec = rr.new_recording("rerun_test_bounded")
    rec.connect(f"127.0.0.1:{port}", flush_timeout_sec=0.1)
    with pytest.warns(rr.RerunWarning, match="dropped"):
        for i in range(200):
            rec.log("points", rr.Points3D(np.full((100, 3), i, dtype=np.float32)))
        rec.flush()
    sink = rec._sink
    assert sink._queued_bytes <= 200000 * 1.1  # the bound: within 10% of RERUN_TCP_BUFFER_BYTES
    rec.shutdown()
