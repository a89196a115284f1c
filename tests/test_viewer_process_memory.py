"""The `rerun` viewer process's memory (issue 11, point 4), checked on a real process.

- It never imports pandas for an ordinary recording: pyarrow imports pandas, when installed, on
  the first conversion of almost anything; the viewer never uses it, and its modules cost the
  process ~28 MB (the test's own process has imported pandas long ago: checked by the files the
  viewer process has mapped).
- A recording received over TCP costs about what the same file costs loaded.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

import rerun as rr
from viewer_support import Client, with_client

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="reads /proc/<pid>/")


def _write(path: str) -> None:
    rec = rr.new_recording("no_pandas", recording_id="no_pandas")
    rec.save(path)
    rng = np.random.default_rng(0)
    rec.log("doc", rr.TextDocument("# Title", media_type=rr.MediaType.MARKDOWN), static=True)
    for f in range(6):
        rec.set_time_sequence("frame", f)
        for e in range(20):  # enough entities for the batched latest-at table
            rec.log(f"world/points{e}", rr.Points3D(rng.random((5, 3), np.float32), radii=0.1, labels=["p"] * 5))
        rec.log("world/boxes", rr.Boxes3D(half_sizes=[[1, 1, 1]], labels=["box"]))
        rec.log("world/arrows", rr.Arrows3D(vectors=[[1, 0, 0]]))
        rec.log("world/strip", rr.LineStrips3D([[[0, 0, 0], [1, 1, 1]]]))
        rec.log("world/camera", rr.Transform3D(translation=[f, 0, 0]))
        rec.log("world/camera/image", rr.Pinhole(focal_length=50, width=32, height=24))
        rec.log("world/camera/image", rr.Image(rng.integers(0, 255, (24, 32, 3), np.uint8)))
        rec.log("image2d", rr.Points2D(rng.random((4, 2)), labels=["a", "b", "c", "d"]))
        rec.log("plots/sin", rr.Scalar(np.sin(f)))
        rec.log("logs", rr.TextLog(f"line {f}", level=rr.TextLogLevel.WARN))
        rec.log("bars", rr.BarChart([1, 2, 3]))
        rec.log("tensor", rr.Tensor(np.arange(24, dtype=np.int16).reshape(2, 3, 4)))
    rec.flush()
    rr.disconnect(recording=rec)


def _views(node: dict) -> list[dict]:  # type: ignore[type-arg]
    if node.get("node") == "view":
        return [node]
    return [view for child in node.get("children", []) for view in _views(child)]


def test_the_viewer_process_answers_every_view_without_importing_pandas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("pandas")  # without it installed there is nothing to keep out
    path = str(tmp_path / "mixed.rrd")
    _write(path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", path, "--no-browser", "--port", "0", "--web-viewer-port", "0", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, RERUN_NO_BROWSER="1"),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line

        async def body(c: Client) -> set[str]:
            summary = await c.wait("recording_summary", lambda d: any(t["name"] == "frame" and t["max"] == 5 for t in d["timelines"]), timeout=60)
            answered = set()
            for time in (2, None, 3):  # scrubbing: the second batched query builds the latest-at table
                for view in _views(summary["blueprint"]["root"]):
                    await c.query_view(summary["store_id"], view["kind"], view["origin"], "frame", time, view["contents"])
                    answered.add(view["kind"])
            return answered

        kinds = with_client(match.group(0), body)
        assert {"3D", "2D", "TimeSeries", "TextLog", "TextDocument", "BarChart", "Tensor"} <= kinds, kinds
        with open(f"/proc/{proc.pid}/maps") as f:
            mapped = [line.split()[-1] for line in f if "/pandas/" in line]
        assert mapped == [], f"the viewer process imported pandas: {mapped[:3]}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))


def _settled_rss(pid: int, timeout: float = 120.0) -> int:
    """The process's RSS once it has not changed for 1.5 s."""
    last, since, deadline = -1, time.monotonic(), time.monotonic() + timeout
    while time.monotonic() < deadline:
        rss = _rss(pid)
        if rss != last:
            last, since = rss, time.monotonic()
        elif time.monotonic() - since > 1.5:
            return rss
        time.sleep(0.1)
    return last


def test_a_recording_received_over_tcp_keeps_about_what_its_file_keeps(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Decoding a stream frees its frames as it goes; when the sender disconnects the process
    gives that memory back, as the end of a file's load does (before: 8x the payload for many
    small rows, against 3x loaded from the file)."""
    path = tmp_path / "many.rrd"
    rec = rr.new_recording("tcp_memory", recording_id="tcp_memory")
    rec.save(str(path))
    rng = np.random.default_rng(0)
    for frame in range(30):
        rec.set_time_sequence("frame", frame)
        for e in range(1000):
            rec.log(f"world/group{e // 100}/points{e}", rr.Points3D(rng.random((5, 3), np.float32)))
    rec.flush()
    rr.disconnect(recording=rec)
    data = path.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", "--no-browser", "--port", "0", "--web-viewer-port", "0", "--memory-limit", "100GB"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(os.environ, RERUN_NO_BROWSER="1"),
    )
    port: list[int] = []
    listening, disconnected = threading.Event(), threading.Event()

    def read_log() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode(errors="replace")
            if (found := re.search(r"listening for SDK streams on [^:]+:(\d+)", line)) is not None:
                port.append(int(found.group(1)))
                listening.set()
            if "SDK disconnected" in line:
                disconnected.set()

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        assert listening.wait(60), "the viewer never said which port it listens on"
        before = _settled_rss(proc.pid)
        with socket.create_connection(("127.0.0.1", port[0])) as sock:
            sock.sendall(data)
        assert disconnected.wait(120), "the viewer never saw the sender go"
        grown = _settled_rss(proc.pid) - before
        assert grown < 2.5 * len(data), f"{grown / 1e6:.1f} MB kept for a {len(data) / 1e6:.1f} MB recording"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        reader.join(10)


def test_only_the_viewer_process_collects_young_objects_less_often() -> None:
    """The `rerun` command's process raises the collector's youngest threshold (fewer collections
    while a stream is ingested, `viewer_process.tune_collector`); `main` called in someone's own
    process (with arguments) leaves theirs as it was."""
    script = (
        "import gc, sys\n"
        "from rerun.__main__ import main\n"
        "before = gc.get_threshold()\n"
        "main(['--version'])\n"
        "assert gc.get_threshold() == before, gc.get_threshold()\n"
        "sys.argv = ['rerun', '--version']\n"
        "main()\n"
        "print(gc.get_threshold()[0], before[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True).stdout
    viewer, default = (int(x) for x in out.split()[-2:])
    assert viewer > 10 * default
