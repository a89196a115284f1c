"""The `rerun` command line as Rerun 0.17's: subcommands, exit codes, --save, files other than .rrd."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import rerun as rr
from rerun.rrd import ArrowMsg, SetStoreInfo, read_messages

SRC = str(Path(rr.__file__).resolve().parent.parent)
ENV = dict(os.environ, PYTHONPATH=SRC, RERUN_NO_BROWSER="1", PATH=os.defpath)


def rerun(*args: str, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rerun", *args], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=timeout
    )


def save_recording(path: Path, scale: float = 1.0, app: str = "cli_test") -> None:
    rec = rr.new_recording(app)
    rec.save(path)
    for frame in range(3):
        rec.set_time_sequence("frame", frame)
        rec.log("points", rr.Points3D(np.arange(6, dtype=np.float32).reshape(2, 3) * (scale if frame == 2 else 1)))
    rec.log("doc", rr.TextDocument("static text"), static=True)
    rec.flush()


def test_version() -> None:
    out = rerun("--version")
    assert out.returncode == 0 and "0.17" in out.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["recordng"], "neither a command"),
        (["missing.rrd"], "no such file"),
        (["ws://localhost:9877"], "not supported"),
    ],
)
def test_bad_arguments_exit_2_at_once_and_start_no_viewer(tmp_path: Path, args: list[str], message: str) -> None:
    out = rerun(*args, "--web-viewer-port", "0", "--port", "0", cwd=tmp_path, timeout=30)
    assert out.returncode == 2
    assert message in out.stderr
    assert "Open the viewer" not in out.stdout


def test_file_no_loader_takes_exits_2(tmp_path: Path) -> None:
    (tmp_path / "data.xyz").write_text("?")
    out = rerun("data.xyz", cwd=tmp_path)
    assert out.returncode == 2 and "no data loader" in out.stderr


def test_compare(tmp_path: Path) -> None:
    save_recording(tmp_path / "a.rrd")
    save_recording(tmp_path / "b.rrd")
    save_recording(tmp_path / "c.rrd", scale=2.0)
    save_recording(tmp_path / "other_app.rrd", app="another")

    same = rerun("compare", "a.rrd", "b.rrd", cwd=tmp_path)
    assert same.returncode == 0, same.stderr
    differ = rerun("compare", "a.rrd", "c.rrd", cwd=tmp_path)
    assert differ.returncode == 1
    assert "Position3D" in differ.stderr and "'frame'" in differ.stderr and "/points" in differ.stderr
    assert rerun("compare", "a.rrd", "other_app.rrd", cwd=tmp_path).returncode == 1
    unreadable = rerun("compare", "a.rrd", "nothing.rrd", cwd=tmp_path)
    assert unreadable.returncode == 2 and "nothing.rrd" in unreadable.stderr


def test_save_converts_other_files_into_one_recording_each(tmp_path: Path) -> None:
    Image.fromarray(np.zeros((4, 4, 3), np.uint8)).save(tmp_path / "img.png")
    (tmp_path / "tri.obj").write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A")
    (tmp_path / "docs" / "b.txt").write_text("B")
    out = rerun("img.png", "tri.obj", "docs", "--save", "out.rrd", cwd=tmp_path)
    assert out.returncode == 0, out.stderr

    apps: dict[str, str] = {}
    entities: dict[str, set[str]] = {}
    for msg in read_messages(tmp_path / "out.rrd"):
        if isinstance(msg, SetStoreInfo):
            apps[msg.info.store_id.id] = msg.info.application_id
        elif isinstance(msg, ArrowMsg):
            assert msg.chunk.is_static  # opened files have no time
            entities.setdefault(apps[msg.store_id.id], set()).add(msg.chunk.entity_path)
    assert entities == {"img.png": {"/img.png"}, "tri.obj": {"/tri.obj"}, "docs": {"/docs/a.md", "/docs/b.txt"}}


def test_options_of_017_without_meaning_here_are_accepted_and_said_so_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    out = rerun(
        "a.txt", "--save", "out.rrd", "--persist-state", "--hide-welcome-screen", "--ws-server-port", "9877",
        "--server-memory-limit", "1GB", "--drop-at-latency", "200ms", "--expect-data-soon", "-j", "2",
        cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stderr.count("--persist-state") == 1 and out.stderr.count("--ws-server-port") == 1
    assert "no effect" in out.stderr


def test_reset_and_analytics_succeed() -> None:
    assert rerun("reset").returncode == 0
    assert rerun("analytics", "disable").returncode == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_save_records_what_sdks_send_until_interrupted(tmp_path: Path) -> None:
    port = free_port()
    out_path = tmp_path / "live.rrd"
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", "--save", str(out_path), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        assert "Recording SDK streams" in proc.stdout.readline()
        rec = rr.new_recording("live_app", recording_id="live")
        rec.connect(f"127.0.0.1:{port}")
        for i in range(5):
            rec.set_time_sequence("step", i)
            rec.log("value", rr.Scalar(float(i)))
        rec.disconnect()
        deadline = time.monotonic() + 20
        steps: list[int] = []
        while time.monotonic() < deadline and len(steps) < 5:
            time.sleep(0.2)
            steps = [
                int(t)
                for msg in read_messages(out_path)
                if isinstance(msg, ArrowMsg) and msg.chunk.entity_path == "/value"
                for t in msg.chunk.timelines()["step"][1]
            ]
        assert sorted(steps) == [0, 1, 2, 3, 4]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    assert any(isinstance(m, SetStoreInfo) and m.info.application_id == "live_app" for m in read_messages(out_path))


def test_screenshot_of_a_file_that_cannot_be_loaded_fails(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a recording")
    (tmp_path / "broken.rrd").write_bytes(b"RRF2 certainly not a recording")
    for name in ("notes.txt", "missing.rrd", "broken.rrd"):
        out = rerun(name, "--screenshot-to", "shot.png", "--web-viewer-port", "0", cwd=tmp_path, timeout=60)
        assert out.returncode != 0 and not (tmp_path / "shot.png").exists()


def test_screenshot_of_a_truncated_file_shows_what_was_read_and_says_where_it_stopped(tmp_path: Path) -> None:
    rec = rr.new_recording("rerun_test_truncated")
    stream = rec.binary_stream()
    for i in range(20):
        rec.set_time_sequence("step", i)
        rec.log("points", rr.Points2D([[i, i]], radii=0.5))
        rec.flush()
    data = stream.read()
    (tmp_path / "cut.rrd").write_bytes(data[:-7])  # the last message cut short, as by a crash mid-write
    out = rerun("cut.rrd", "--screenshot-to", "shot.png", "--web-viewer-port", "0", cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert (tmp_path / "shot.png").stat().st_size > 0
    assert "truncated" in out.stderr


def test_viewer_loads_a_mesh_and_a_point_cloud_given_on_the_command_line(tmp_path: Path) -> None:
    import asyncio

    from rerun._viewer import cli
    from rerun._viewer.server import ViewerServer

    (tmp_path / "tri.obj").write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    (tmp_path / "cloud.ply").write_text(
        "ply\nformat ascii 1.0\nelement vertex 2\nproperty float x\nproperty float y\nproperty float z\nend_header\n0 0 0\n1 1 1\n"
    )
    (tmp_path / "bad.png").write_bytes(b"not a png")
    server = ViewerServer(web_port=0, tcp_port=None, memory_limit=None)

    async def load() -> list[str]:
        await server.start()
        try:
            return await cli._load_sources(server, [str(tmp_path / n) for n in ("tri.obj", "cloud.ply", "bad.png")])
        finally:
            await server.stop()

    problems = asyncio.run(load())
    assert len(problems) == 1 and "bad.png" in problems[0]
    recordings = server.recordings()
    assert len(recordings) == 2
    entity_paths = {p for sid in recordings for p in server.hub.store(sid).entity_paths()}
    assert any(p.endswith("/tri.obj") for p in entity_paths) and any(p.endswith("/cloud.ply") for p in entity_paths)


def test_test_receive_exits_0_once_a_stream_ended_and_1_when_nothing_arrives(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", "--test-receive", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        rec = rr.new_recording("test_receive")
        while time.monotonic() < deadline:  # until the command listens
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        rec.connect(f"127.0.0.1:{port}")
        rec.log("x", rr.Scalar(1.0))
        rec.disconnect()
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "received" in out


def test_test_receive_fails_when_the_stream_is_not_rerun(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", "--test-receive", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                    sock.sendall(b"GET / HTTP/1.1\r\n\r\n" * 4)
                break
            except OSError:
                time.sleep(0.1)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert "not valid" in err  # not the timeout: a damaged stream fails at once


def test_http_urls_are_downloaded_and_loaded(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.md").write_text("# served")
    save_recording(tmp_path / "site" / "rec.rrd", app="served_app")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        out = rerun(f"{base}/notes.md", f"{base}/rec.rrd", f"{base}/missing.png", "--save", "out.rrd", cwd=tmp_path)
    finally:
        httpd.shutdown()
    assert out.returncode == 1 and "missing.png" in out.stderr  # the one that is not there is named
    apps = {m.info.application_id for m in read_messages(tmp_path / "out.rrd") if isinstance(m, SetStoreInfo)}
    assert apps == {"notes.md", "served_app"}
