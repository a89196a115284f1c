"""End to end: an example script with `spawn=True` starts a viewer, whose store then holds the data.

Ports come from RERUN_PORT / RERUN_WEB_VIEWER_PORT, so a real viewer on 9876/9090 is never touched.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pytest

import rerun as rr
import rerun.dataframe as rdf
from viewer_support import Client, wait_for, with_client

ROOT = Path(__file__).resolve().parents[1]


def _two_free_ports() -> tuple[int, int]:
    """Two distinct free ports (both held open while choosing, so they cannot be the same one)."""
    with socket.socket() as a, socket.socket() as b:
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        return int(a.getsockname()[1]), int(b.getsockname()[1])


def _viewer_pids(port: int) -> list[int]:
    """Pids of `rerun --port PORT` processes (the one our script spawned: the port is unique to this test)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"rerun" in argv and b"--port" in argv and str(port).encode() in argv:
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the spawned viewer through /proc")
def test_example_with_spawn_starts_a_viewer_that_holds_the_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    tcp_port, web_port = _two_free_ports()
    env = dict(os.environ, RERUN_PORT=str(tcp_port), RERUN_WEB_VIEWER_PORT=str(web_port), RERUN_NO_BROWSER="1")
    env.pop("RERUN", None)
    assert not _viewer_pids(tcp_port)
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "point3d_random.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        pids = wait_for(lambda: _viewer_pids(tcp_port), what="the spawned viewer process")
        assert len(pids) == 1
        url = f"http://127.0.0.1:{web_port}"

        # What the example logged: 10 points from default_rng(12345).
        rng = np.random.default_rng(12345)
        positions = rng.uniform(-5, 5, size=[10, 3]).astype(np.float32)
        rng.uniform(0, 255, size=[10, 3])  # the colors
        radii = rng.uniform(0, 1, size=[10]).astype(np.float32)

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            summary = await c.wait("recording_summary", lambda d: any(e["path"] == "/random" for e in d["entities"]))
            view = await c.query_view(summary["store_id"], "3D", "/", "log_time", None)
            return summary, view

        summary, view = with_client(url, body)
        assert summary["application_id"] == "rerun_example_points3d_random"
        entity = next(e for e in summary["entities"] if e["path"] == "/random")
        assert "rerun.components.Position3D" in entity["components"] and entity["view_kinds"] == ["3D"]
        assert summary["blueprint"]["source"] == "default"
        assert [v["kind"] for v in summary["blueprint"]["root"]["children"]] == ["3D"]
        (points,) = view["payload"]["drawables"]
        np.testing.assert_allclose(view["arrays"][points["positions"]], positions, rtol=1e-6)
        np.testing.assert_allclose(view["arrays"][points["radii"]], radii, rtol=1e-6)

        # The query API over the viewer's recording, downloaded as it is held now.
        path = tmp_path / "live.rrd"
        with urllib.request.urlopen(f"{url}/api/recording/{summary['store_id']}.rrd", timeout=10) as response:
            path.write_bytes(response.read())
        table = rdf.load_recording(path).view(index="log_time", contents="/random").select()
        cell = table.column("/random:Position3D")[0].as_py()
        np.testing.assert_allclose(np.array(cell, np.float32), positions, rtol=1e-6)
    finally:
        for pid in _viewer_pids(tcp_port):
            os.kill(pid, signal.SIGTERM)


def test_serve_hosts_the_viewer_in_process_and_the_query_api_sees_live_data(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rerun._recording import spawn as spawn_module

    monkeypatch.setenv("RERUN_NO_BROWSER", "1")
    rec = rr.new_recording("served_app", recording_id="served")
    rec.serve(open_browser=False, web_port=0)
    server = spawn_module._SERVED
    try:
        for f in range(5):
            rec.set_time_sequence("frame", f)
            rec.log("series", rr.Scalar(f * 2.0))
        rec.flush()
        sid = wait_for(lambda: server.hub.active_recording, what="the recording")
        store = server.hub.store(sid)
        wait_for(lambda: len(store.component_times("/series", "rerun.components.Scalar", "frame")) == 5, what="5 rows")
        table = rdf.from_store(store).view(index="frame", contents="/series").select()
        assert table.column("frame").to_pylist() == [0, 1, 2, 3, 4]
        assert [c[0] for c in table.column("/series:Scalar").to_pylist()] == [0.0, 2.0, 4.0, 6.0, 8.0]

        async def body(c: Client) -> dict:  # type: ignore[type-arg]
            await c.wait("recording_summary")
            return await c.query_view(str(sid), "TimeSeries", "/", "frame", 4)

        reply = with_client(server.url, body)
        (series,) = reply["payload"]["series"]
        np.testing.assert_array_equal(np.concatenate([reply["arrays"][k] for k in series["values"]]), [0.0, 2.0, 4.0, 6.0, 8.0])
    finally:
        server.shutdown()
