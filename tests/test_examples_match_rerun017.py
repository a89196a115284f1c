"""Each example in `examples/` logs exactly what rerun 0.17 logs for it.

The reference is `tests/fixtures/rerun017/<example>.json`, recorded from rerun-sdk 0.17.0 by
`tools/make_reference_fixtures.py`. Both sides are captured by `tests/example_harness.py`:
same sequence of `rr.log`/`rr.send_blueprint` calls, entity paths, static flags and timeline
values; per call the same set of component names, and per component the same Arrow storage
type, union type codes and values (floats within rel 1e-6 / abs 1e-7; big buffers by sha256).

Each example also runs unchanged as `python examples/<name>.py`: its `rr.init(..., spawn=True)`
finds a stub viewer listening on `RERUN_PORT`, which must receive every logged row.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import pytest

import rerun
from example_harness import EXAMPLES, compare_calls, fixture_path, load_fixture, run_example
from rerun.rrd import ArrowMsg, SetStoreInfo, StreamDecoder


def test_every_example_has_a_script_and_a_fixture():
    from example_harness import EXAMPLES_DIR

    assert len(EXAMPLES) == 30
    for name in EXAMPLES:
        assert (EXAMPLES_DIR / f"{name}.py").is_file(), name
        assert fixture_path(name).is_file(), name


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_matches_rerun017(name):
    expected = load_fixture(name)
    actual = run_example(name, rerun)
    problems = compare_calls(actual, expected)
    if problems:
        shown = "\n".join(problems[:15])
        more = f"\n... and {len(problems) - 15} more" if len(problems) > 15 else ""
        pytest.fail(f"{name}: {len(problems)} difference(s) from rerun 0.17:\n{shown}{more}")


# -- every example runs unchanged as `python examples/<name>.py` --------------------------------

# The only output an example may print: 0.17's examples pass 0-255 floats as colors, which Rerun
# 0.17 converts (and so do we) with a warning.
EXPECTED_STDERR = {
    "point2d_random": "RerunWarning: float colors are expected in 0-1",
    "point3d_random": "RerunWarning: float colors are expected in 0-1",
}


class _StubViewer:
    """Listens where `rr.init(..., spawn=True)` connects (via `RERUN_PORT`) and keeps the bytes."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.connections: list[bytearray] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            buffer = bytearray()
            self.connections.append(buffer)
            threading.Thread(target=self._drain, args=(conn, buffer), daemon=True).start()

    @staticmethod
    def _drain(conn: socket.socket, buffer: bytearray) -> None:
        with conn:
            while chunk := conn.recv(1 << 16):
                buffer.extend(chunk)

    def messages(self) -> list:
        out = []
        for buffer in self.connections:  # the first may be the spawner's "is anyone listening?" probe
            decoder = StreamDecoder()
            out.extend(decoder.feed(bytes(buffer)))
            assert decoder.pending_bytes == 0
        return out

    def close(self) -> None:
        self.server.close()


def test_every_example_runs_unchanged_and_streams_what_it_logs():
    from example_harness import EXAMPLE_ARGS, EXAMPLES_DIR

    viewers = {name: _StubViewer() for name in EXAMPLES}
    running: dict[str, subprocess.Popen] = {}
    results: dict[str, tuple[int, str]] = {}
    try:
        pending = list(EXAMPLES)
        while pending or running:  # a few at a time: most of each run is starting Python
            while pending and len(running) < 4:
                name = pending.pop()
                env = {**os.environ, "RERUN_PORT": str(viewers[name].port)}
                command = [sys.executable, str(EXAMPLES_DIR / f"{name}.py"), *EXAMPLE_ARGS.get(name, [])]
                running[name] = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name, proc in list(running.items()):
                if proc.poll() is not None:
                    _, stderr = proc.communicate()
                    results[name] = (proc.returncode, stderr)
                    del running[name]
            time.sleep(0.02)
        time.sleep(0.2)  # let the stub viewers read the last bytes
        for name in EXAMPLES:
            returncode, stderr = results[name]
            assert returncode == 0, f"{name}: exit code {returncode}\n{stderr}"
            expected_stderr = EXPECTED_STDERR.get(name)
            assert (expected_stderr in stderr) if expected_stderr else not stderr.strip(), f"{name}: {stderr}"
            _check_streamed(name, viewers[name].messages())
    finally:
        for proc in running.values():
            proc.kill()
        for viewer in viewers.values():
            viewer.close()


def _check_streamed(name: str, messages: list) -> None:
    """The recording store received one row per `rr.log` call, with the components of the fixture."""
    logged = [c for c in load_fixture(name) if c.kind == "log"]
    recording = [m for m in messages if isinstance(m, SetStoreInfo) and m.info.store_id.kind.value == "recording"]
    assert recording, f"{name}: no recording store was announced"
    store_id = recording[0].info.store_id
    rows: dict[str, int] = {}
    names: dict[str, set[str]] = {}
    for msg in messages:
        if isinstance(msg, ArrowMsg) and msg.store_id == store_id:
            rows[msg.chunk.entity_path] = rows.get(msg.chunk.entity_path, 0) + msg.chunk.num_rows
            names.setdefault(msg.chunk.entity_path, set()).update(msg.chunk.components())
    expected_rows: dict[str, int] = {}
    expected_names: dict[str, set[str]] = {}
    for call in logged:
        path = "/" + str(call.entity_path).strip("/")
        expected_rows[path] = expected_rows.get(path, 0) + 1
        expected_names.setdefault(path, set()).update(c["name"] for c in call.components)
    assert rows == expected_rows, name
    assert names == expected_names, name
