"""Every row logged reaches the file or the viewer, however the script ends.

The matrix of issue 10: (normal end, exception, sys.exit, SIGTERM, SIGINT, kill -9 after a pause,
multiprocessing fork children, spawn children) x (file, TCP). Each run logs a known number of
rows and counts the rows received: they are equal. For every ending but kill -9 the flush tick is
set to 30 s, so nothing reaches the sink on a tick: the exit path itself must deliver. kill -9
runs with the default tick (8 ms): after a pause of a second every tick was written.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import warnings

import pytest

from rerun._log_msg import ArrowMsg
from rerun._rrd import StreamDecoder
from rerun.rrd import read_messages

N = 300
CHILDREN = 3

SCRIPT = f"""
import multiprocessing, os, signal, sys, time
import rerun as rr

# As in a terminal. A child inherits an ignored SIGINT, and Python then installs no KeyboardInterrupt
# handler: the test runner's process may ignore it (a library an earlier test used, or `cmd &`).
signal.signal(signal.SIGINT, signal.default_int_handler)

N = {N}


def log_rows(entity):
    for i in range(N):
        rr.set_time_sequence("i", i)
        rr.log(entity, rr.Scalar(float(i)))


def open_sink(sink, target, name):
    if sink == "file":
        rr.save(target if name == "main" else f"{{target}}.{{name}}")
    else:
        rr.connect(target)


def fork_child(k):  # logs to the recording it inherited; multiprocessing ends it with os._exit
    log_rows(f"child{{k}}")


def spawn_child(k, sink, target):  # a fresh interpreter: the same application joins the same recording
    rr.init("rerun_test_exit_matrix")
    open_sink(sink, target, f"child{{k}}")
    log_rows(f"child{{k}}")


if __name__ == "__main__":
    ending, sink, target = sys.argv[1:4]
    rr.init("rerun_test_exit_matrix")
    open_sink(sink, target, "main")
    log_rows("main")
    if ending == "exception":
        raise RuntimeError("the script failed")
    if ending == "sys.exit":
        sys.exit(3)
    if ending in ("fork", "spawn"):
        ctx = multiprocessing.get_context(ending)
        if ending == "fork":
            procs = [ctx.Process(target=fork_child, args=(k,)) for k in range({CHILDREN})]
        else:
            procs = [ctx.Process(target=spawn_child, args=(k, sink, target)) for k in range({CHILDREN})]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        if any(p.exitcode != 0 for p in procs):
            sys.exit(f"children failed: {{[p.exitcode for p in procs]}}")
    if ending in ("SIGTERM", "SIGINT", "kill -9"):
        print("LOGGED", flush=True)
        time.sleep(60)
"""

ENDINGS = {
    "normal": (0,),
    "exception": (1,),
    "sys.exit": (3,),
    "SIGTERM": (-signal.SIGTERM,),  # killed by the signal, as without our handler
    "SIGINT": (-signal.SIGINT, 1),  # KeyboardInterrupt
    "kill -9": (-signal.SIGKILL,),
    "fork": (0,),
    "spawn": (0,),
}
SIGNALS = {"SIGTERM": signal.SIGTERM, "SIGINT": signal.SIGINT, "kill -9": signal.SIGKILL}


class _Viewer:
    """A TCP server standing in for the viewer: decodes every connection's stream."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.messages: list = []
        self.last_data = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        decoder = StreamDecoder()
        with conn:
            while True:
                data = conn.recv(1 << 20)
                if not data:
                    return
                with self._lock, warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self.messages.extend(decoder.feed(data))
                    self.last_data = time.monotonic()

    def received(self) -> list:
        while time.monotonic() - self.last_data < 0.5:  # until the stream has been quiet a while
            time.sleep(0.1)
        with self._lock:
            return list(self.messages)

    def close(self) -> None:
        self._stop.set()
        self.server.close()


def _run(ending: str, sink: str, target: str, tmp_path) -> subprocess.CompletedProcess:
    script = tmp_path / "exit_script.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, RERUN_NO_BROWSER="1")
    if ending != "kill -9":
        env["RERUN_FLUSH_TICK_SECS"] = "30"
    proc = subprocess.Popen(
        [sys.executable, str(script), ending, sink, target],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        if ending in SIGNALS:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            assert "LOGGED" in line, proc.stderr.read()  # type: ignore[union-attr]
            if ending == "kill -9":
                time.sleep(1.0)
            proc.send_signal(SIGNALS[ending])
        out, err = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize("sink", ["file", "tcp"])
@pytest.mark.parametrize("ending", ENDINGS.keys())
def test_every_logged_row_is_received_however_the_script_ends(tmp_path, ending, sink):
    viewer = _Viewer() if sink == "tcp" else None
    try:
        target = str(tmp_path / "out.rrd") if viewer is None else f"127.0.0.1:{viewer.port}"
        result = _run(ending, sink, target, tmp_path)
        assert result.returncode in ENDINGS[ending], result.stderr[-2000:]
        if viewer is None:
            messages = []
            for name in sorted(os.listdir(tmp_path)):
                if name.startswith("out.rrd"):
                    messages.extend(read_messages(tmp_path / name))
        else:
            messages = viewer.received()
    finally:
        if viewer is not None:
            viewer.close()
    rows: dict[str, int] = {}
    stores = set()
    for m in messages:
        if isinstance(m, ArrowMsg):
            rows[m.chunk.entity_path] = rows.get(m.chunk.entity_path, 0) + m.chunk.num_rows
            stores.add(str(m.store_id))
    expected = {"/main": N}
    if ending in ("fork", "spawn"):
        expected.update({f"/child{k}": N for k in range(CHILDREN)})
    assert rows == expected, result.stderr[-2000:]
    assert len(stores) == 1  # children join the parent's recording
    assert "Traceback" not in result.stderr or ending in ("exception", "SIGINT")


def test_fork_children_never_resend_the_parents_queued_rows_nor_wait_on_its_locks(tmp_path):
    # The parent has 100 rows queued (a long tick) and another thread holds the batcher's lock
    # when it forks; each child re-inits, saves its own file and logs; the parent's file must
    # hold its 100 rows once, and each child's file only the child's rows.
    script = f"""
import os, sys, threading, rerun as rr
from rerun.rrd import read_messages, ArrowMsg
rr.init("rerun_test_fork_parent", recording_id="parent")
rr.save({str(tmp_path / "parent.rrd")!r})
for i in range(100):
    rr.set_time_sequence("i", i)
    rr.log("parent", rr.Scalar(float(i)))
import rerun._recording.process_hooks as hooks
hooks._FORK_LOCK_TIMEOUT = 0.5  # a fork waits this long for the held lock, then goes ahead (10 s by default)
lock = rr.get_global_data_recording()._batcher._flush_lock
held, release = threading.Event(), threading.Event()
threading.Thread(target=lambda: (lock.acquire(), held.set(), release.wait(), lock.release())).start()
held.wait()
pids = []
for k in range(3):
    pid = os.fork()
    if pid == 0:
        rr.log("inherited", rr.Scalar(1.0))  # to the inherited recording: the shared file, whole messages
        rr.init("rerun_test_fork_child", recording_id=f"child{{k}}")
        rr.save({str(tmp_path)!r} + f"/child{{k}}.rrd")
        for i in range(10):
            rr.log("child", rr.Scalar(float(i)))
        sys.exit(0)
    pids.append(pid)
release.set()
codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
print(codes)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=dict(os.environ, RERUN_FLUSH_TICK_SECS="30"))
    assert result.returncode == 0 and result.stdout.strip() == "[0, 0, 0]", result.stderr[-2000:]

    def counts(name):
        out: dict[str, int] = {}
        for m in read_messages(tmp_path / name):
            if isinstance(m, ArrowMsg):
                key = f"{m.store_id.id}{m.chunk.entity_path}"
                out[key] = out.get(key, 0) + m.chunk.num_rows
        return out

    assert counts("parent.rrd") == {"parent/parent": 100, "parent/inherited": 3}
    for k in range(3):
        assert counts(f"child{k}.rrd") == {f"child{k}/child": 10}


def test_a_programs_own_sigterm_handler_is_kept():
    script = """
import signal, rerun as rr
def mine(signum, frame):
    pass
signal.signal(signal.SIGTERM, mine)
rr.init("rerun_test_own_handler")
print(signal.getsignal(signal.SIGTERM) is mine)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True", result.stderr


def test_fork_waits_for_a_flush_under_way_so_the_child_inherits_no_held_lock(tmp_path):
    # The batcher thread is inside a flush (here: the first import of a slow module, as Arrow
    # imports numpy.ma on its first conversion) when the main thread forks. A child forked then
    # would find the module's import lock held by a thread it does not have, and hang on import.
    (tmp_path / "slow_module.py").write_text("import time\ntime.sleep(0.5)\n")
    script = f"""
import os, sys, time, rerun as rr
from rerun._log_msg import ArrowMsg
from rerun._recording.sinks import MemorySink
sys.path.insert(0, {str(tmp_path)!r})

class FirstImportSink(MemorySink):
    def send_all(self, msgs):
        if any(isinstance(m, ArrowMsg) for m in msgs):
            import slow_module  # noqa: F401 - in the batcher thread, mid-flush
        super().send_all(msgs)

rr.init("rerun_test_fork_mid_flush")
rr.get_global_data_recording().set_sink(FirstImportSink())
rr.log("x", rr.Scalar(1.0))
time.sleep(0.2)  # the batcher is inside the import now
pid = os.fork()
if pid == 0:
    import slow_module  # noqa: F401
    rr.log("child", rr.Scalar(2.0))
    os._exit(0)
deadline = time.monotonic() + 15
while time.monotonic() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        print("exit", os.waitstatus_to_exitcode(status))
        break
    time.sleep(0.05)
else:
    os.kill(pid, 9)
    print("hung")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "exit 0", result.stdout + result.stderr[-2000:]


def test_fork_children_that_log_or_connect_send_their_own_rows_to_the_viewer_once(tmp_path):
    viewer = _Viewer()
    try:
        script = f"""
import os, sys, rerun as rr
rr.init("rerun_test_fork_tcp", recording_id="parent")
rr.connect("127.0.0.1:{viewer.port}")
for i in range(100):
    rr.set_time_sequence("i", i)
    rr.log("parent", rr.Scalar(float(i)))  # still queued in the batcher at the forks (a long tick)
pids = []
for k in range(2):
    pid = os.fork()
    if pid == 0:
        if k == 1:
            rr.init("rerun_test_fork_tcp_child", recording_id="child")
            rr.connect("127.0.0.1:{viewer.port}")
        for i in range(10):
            rr.log("from_child", rr.Scalar(float(i)))
        sys.exit(0)
    pids.append(pid)
print([os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids])
"""
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=dict(os.environ, RERUN_FLUSH_TICK_SECS="30")
        )
        assert result.returncode == 0 and result.stdout.strip() == "[0, 0]", result.stderr[-2000:]
        counts: dict[str, int] = {}
        for m in viewer.received():
            if isinstance(m, ArrowMsg):
                key = f"{m.store_id.id}{m.chunk.entity_path}"
                counts[key] = counts.get(key, 0) + m.chunk.num_rows
    finally:
        viewer.close()
    assert counts == {"parent/parent": 100, "parent/from_child": 10, "child/from_child": 10}, result.stderr[-3000:]


@pytest.mark.parametrize("flush_in_loop", [False, True], ids=["logging", "logging and flushing"])
def test_sigterm_while_logging_ends_promptly_with_every_row_up_to_the_signal(tmp_path, flush_in_loop):
    path = tmp_path / "busy.rrd"
    script = f"""
import sys, rerun as rr
rr.init("rerun_test_sigterm_busy", recording_id="busy")
rr.save({str(path)!r})
i = 0
while True:
    rr.set_time_sequence("i", i)
    rr.log("x", rr.Scalar(float(i)))
    if i == 1000:
        print("LOGGING", flush=True)
    if {flush_in_loop} and i % 50 == 0:
        rr.flush()
    i += 1
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "LOGGING" in proc.stdout.readline()  # type: ignore[union-attr]
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGTERM
    times: list[int] = []
    for m in read_messages(path):
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/x":
            times.extend(m.chunk.timelines()["i"][1].tolist())
    assert len(times) > 1000 and times == list(range(len(times)))  # no row lost before the last one written


def test_sigterm_arriving_while_the_logging_thread_wakes_the_batcher_still_ends_the_process(tmp_path):
    # The signal is sent from inside the wake-up `rr.log` gives the batcher (the moment a fresh-user
    # QA caught by chance, one run in ten): the handler flushes from that same thread, and must not
    # wait on anything the interrupted call holds.
    path = tmp_path / "woken.rrd"
    script = f"""
import os, signal, sys, rerun as rr
rr.init("rerun_test_sigterm_wake", recording_id="wake")
rr.save({str(path)!r})
for i in range(100):
    rr.set_time_sequence("i", i)
    rr.log("x", rr.Scalar(float(i)))
rr.flush()
import time
from rerun._recording.stream import _ALL_STREAMS
batcher = next(iter(_ALL_STREAMS))._batcher
while not batcher._idle:  # asleep until the next row: that row's `rr.log` wakes it
    time.sleep(0.01)

def trace(frame, event, arg):
    caller = frame.f_back
    if frame.f_code.co_name == "set" and caller is not None and caller.f_code.co_name == "push":
        lines = []
        def in_set(frame, event, arg):
            if event == "line":
                lines.append(frame.f_lineno)
                if len(lines) == 2:  # past the first line of `set`: inside its body
                    sys.settrace(None)
                    os.kill(os.getpid(), signal.SIGTERM)
            return in_set
        return in_set
    return None

sys.settrace(trace)
rr.set_time_sequence("i", 100)
rr.log("x", rr.Scalar(100.0))
sys.settrace(None)
print("NOT KILLED", flush=True)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the process hung after SIGTERM")
    assert proc.returncode == -signal.SIGTERM, (out, err[-2000:])
    times: list[int] = []
    for m in read_messages(path):
        if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/x":
            times.extend(m.chunk.timelines()["i"][1].tolist())
    assert times == list(range(101))  # the row whose wake-up was interrupted is in the file too
