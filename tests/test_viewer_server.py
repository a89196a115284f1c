"""The server as a page sees it: pushed state while data streams in, the memory limit, HTTP, the CLI."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request

import numpy as np
import pytest

import rerun as rr
from rerun._viewer import cli
from rerun._viewer.ingest import parse_memory_limit, total_memory_bytes
from viewer_support import Client, log_points, recording_bytes, running_server, send_tcp, wait_for, with_client


def test_live_stream_updates_summary_and_streams() -> None:
    with running_server() as server:

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            await c.wait("hello")
            send_tcp(server.tcp_port, recording_bytes(log_points(3), recording_id="live"))
            # Rows may reach the page in several updates while the stream is taken in: wait for all three.
            first = await c.wait("streams", lambda d: any(e["path"] == "/points" and len(e["times"]) == 3 for e in d["entities"]))
            send_tcp(server.tcp_port, recording_bytes(log_points(6, "other"), recording_id="live"))
            summary = await c.wait("recording_summary", lambda d: any(t["name"] == "frame" and t["max"] == 5 for t in d["timelines"]))
            streams = await c.wait("streams", lambda d: any(e["path"] == "/other" for e in d["entities"]))
            return first, summary, streams

        first, summary, streams = with_client(server.url, body)
        (points,) = [e for e in first["entities"] if e["path"] == "/points"]
        assert first["timeline"] == "frame"
        np.testing.assert_array_equal(points["times"], [0, 1, 2])
        np.testing.assert_array_equal(points["counts"], [1, 1, 1])
        assert {e["path"] for e in summary["entities"] if e["has_data"]} == {"/points", "/other"}
        other = next(e for e in streams["entities"] if e["path"] == "/other")
        np.testing.assert_array_equal(other["times"], np.arange(6))


def test_live_summaries_carry_the_entity_tree_only_when_it_changed() -> None:
    # With 10,000 entities the tree was most of each summary, sent up to 10 times a second.
    with running_server() as server:

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            await c.wait("hello")
            rec = rr.new_recording("rerun_test_tree", recording_id="tree")
            rec.connect(f"127.0.0.1:{server.tcp_port}")
            for step in range(40):
                rec.set_time_sequence("frame", step)
                rec.log("points", rr.Points3D([[step, 0, 0]]))
                rec.flush()
                await c.wait("recording_summary", lambda d, step=step: any(t["name"] == "frame" and t["max"] == step for t in d["timelines"]))
            kept = c.summaries_without_tree
            rec.log("more", rr.Points3D([[0, 0, 0]]))
            rec.flush()
            grown = await c.wait("recording_summary", lambda d: any(e["path"] == "/more" for e in d["entities"]))
            rec.disconnect()
            return kept, grown

        kept, grown = with_client(server.url, body)
        assert kept >= 10  # the later summaries of 40 steps of one entity came without the tree
        assert grown["tree_sent"]  # a new entity: the tree came again
        assert {e["path"] for e in grown["entities"] if e["has_data"]} == {"/points", "/more"}


def test_two_recordings_and_select_recording() -> None:
    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_points(2, "a"), app="app_a", recording_id="ra"))
        wait_for(lambda: len(server.recordings()) == 1, what="first recording")
        send_tcp(server.tcp_port, recording_bytes(log_points(2, "b"), app="app_b", recording_id="rb"))
        wait_for(lambda: len(server.recordings()) == 2, what="second recording")

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            hello = await c.wait("hello", lambda d: len(d["recordings"]) == 2)
            first = await c.wait("recording_summary")
            from rerun._viewer import protocol as P

            await c.send(P.SelectRecording("recording:ra"))
            second = await c.wait("recording_summary", lambda d: d["store_id"] == "recording:ra")
            return hello, first, second

        hello, first, second = with_client(server.url, body)
        assert [r["application_id"] for r in hello["recordings"]] == ["app_a", "app_b"]
        # The newest recording is shown first, as in Rerun (a script run again replaces the view).
        assert hello["active"] == "recording:rb" and first["store_id"] == "recording:rb"
        assert {e["path"] for e in second["entities"] if e["has_data"]} == {"/a"}


def test_memory_limit_drops_oldest_temporal_data_keeps_static_and_tells_the_page() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("static_label", rr.TextDocument("kept"), static=True)
        for f in range(40):
            rec.set_time_sequence("frame", f)
            rec.log("cloud", rr.Points3D(np.full((2000, 3), f, np.float32)))  # 24 kB per frame
            rec.flush()

    with running_server(memory_limit="400kB") as server:

        async def body(c: Client) -> dict:  # type: ignore[type-arg]
            await c.wait("hello")
            send_tcp(server.tcp_port, recording_bytes(log, recording_id="big"))
            return await c.wait("notice", timeout=20)

        notice = with_client(server.url, body)
        assert "Memory limit" in notice["text"] and notice["level"] == "warning"
        store = server.hub.store(server.hub.active_recording)
        wait_for(lambda: 39 in store.component_times("/cloud", "rerun.components.Position3D", "frame"), what="the newest frame")
        kept = store.component_times("/cloud", "rerun.components.Position3D", "frame").tolist()
        assert store.nbytes <= 400_000
        assert kept == list(range(kept[0], 40)) and kept[0] > 0  # the oldest frames went, the newest stayed
        assert store.latest_at("/static_label", "rerun.components.Text", None) is not None


def test_parse_memory_limit() -> None:
    assert parse_memory_limit("4GB") == 4 * 10**9
    assert parse_memory_limit("512MiB") == 512 * 2**20
    assert parse_memory_limit("1000") == 1000
    assert parse_memory_limit(None) is None
    total = total_memory_bytes()
    if total:
        assert parse_memory_limit("50%") == total // 2 or abs(parse_memory_limit("50%") - total / 2) <= 1  # type: ignore[operator]
    for bad in ["lots", "-1GB", "150%", "4 parsecs"]:
        with pytest.raises(ValueError, match="memory limit"):
            parse_memory_limit(bad)


def test_http_serves_the_page_with_a_strict_csp_and_nothing_outside_static(tmp_path) -> None:  # type: ignore[no-untyped-def]
    static = tmp_path / "static"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html><title>t</title>")
    (static / "assets" / "app.js").write_text("console.log(1)")
    (tmp_path / "secret.txt").write_text("secret")
    with running_server(static_dir=static) as server:
        with urllib.request.urlopen(server.url + "/", timeout=5) as r:
            csp = r.headers["Content-Security-Policy"]
            assert r.headers["Cache-Control"] == "no-cache"  # an upgraded package is never served stale
            assert r.read().startswith(b"<!doctype html>")
        assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-eval" not in csp
        assert "script-src 'self' 'unsafe-inline'" not in csp
        # Scripts only from the page's own files (not from blob: URLs, which connect-src allows).
        directives = dict(d.strip().partition(" ")[::2] for d in csp.split(";"))
        assert directives["script-src"] == "'self'"
        with urllib.request.urlopen(server.url + "/assets/app.js", timeout=5) as r:
            assert r.headers["Cache-Control"] == "no-cache"  # asset names carry no content hash
            assert r.read() == b"console.log(1)"
        for path in ["/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/nope.js"]:
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(server.url + path, timeout=5)
            assert err.value.code == 404


def test_missing_bundle_gives_a_page_saying_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with running_server(static_dir=tmp_path) as server:
        with urllib.request.urlopen(server.url + "/", timeout=5) as r:
            assert b"not built" in r.read()


def test_cli_help_documents_every_option(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in ["--port", "--web-viewer-port", "--bind", "--memory-limit", "--no-browser", "--screenshot-to", "--window-size", "RERUN_PORT"]:
        assert option in out
    assert "9876" in out and "9090" in out and "75%" in out


def test_cli_rejects_bad_arguments(capsys) -> None:  # type: ignore[no-untyped-def]
    for args in (["--memory-limit", "lots"], ["--window-size", "big"], ["--port", "99999"]):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(args)
        assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "bad memory limit" in err and "WIDTHxHEIGHT" in err and "outside" in err


def test_selection_shows_component_values_as_text() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 1)
        rec.log("pts", rr.Points3D([[1, 2, 3], [4, 5, 6]], labels=["a", "<img src=x onerror=alert(1)>"]))

    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log, recording_id="sel"))
        sid = str(wait_for(lambda: server.hub.active_recording, what="recording"))

        async def body(c: Client) -> dict:  # type: ignore[type-arg]
            from rerun._viewer import protocol as P

            await c.wait("hello")
            await c.send(P.QuerySelection(3, sid, "/pts", 1, "frame", 1))
            return await c.wait("selection")

        sel = with_client(server.url, body)
        values = {v["name"]: v for v in sel["components"]}
        assert values["rerun.components.Position3D"]["text"] == "[4.0, 5.0, 6.0]"
        assert values["rerun.components.Position3D"]["num_instances"] == 2
        assert values["rerun.components.Text"]["text"] == '"<img src=x onerror=alert(1)>"'  # data, escaped by the page
        assert values["rerun.components.Text"]["time"] == 1
        assert not any(name.endswith("Indicator") for name in values)


def test_loopback_detection() -> None:
    from rerun._viewer.server import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2") and not is_loopback("example.com")


def test_cli_loads_stdin_and_serves_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import re
    import subprocess
    import sys
    import threading

    data = recording_bytes(log_points(3), recording_id="stdin")
    env = dict(os.environ, RERUN_NO_BROWSER="1")
    # Port 0: the OS picks free ports and the CLI prints the one it got (no race with other
    # processes for a port chosen in advance).
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerun", "-", "--port", "0", "--web-viewer-port", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    # The log goes to stderr; read it as it comes, so the test can wait for a line in it.
    err_lines: list[bytes] = []
    loaded = threading.Event()

    def read_stderr() -> None:
        assert proc.stderr is not None
        for err_line in proc.stderr:
            err_lines.append(err_line)
            if b"loaded stdin: " in err_line:
                loaded.set()

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(data)
        proc.stdin.close()
        proc.stdin = None
        line = proc.stdout.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line

        async def body(c: Client) -> dict:  # type: ignore[type-arg]
            # Stdin arrives in pieces: wait for the streams that show all of it.
            return await c.wait("streams", lambda d: any(e["path"] == "/points" and len(e["times"]) == 3 for e in d["entities"]), timeout=30)

        streams = with_client(match.group(0), body)
        (points,) = [e for e in streams["entities"] if e["path"] == "/points"]
        np.testing.assert_array_equal(points["times"], [0, 1, 2])
        # The data reaches pages while stdin is still being read; "loaded" is logged after the end.
        assert loaded.wait(30), b"".join(err_lines).decode(errors="replace")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        reader.join(10)


def test_port_probes_are_not_logged_as_sdk_connections(caplog) -> None:  # type: ignore[no-untyped-def]
    """`rr.spawn` checks the port with an empty connection: the log shows only real SDK streams."""
    import logging

    caplog.set_level(logging.INFO, logger="rerun.viewer")
    with running_server() as server:
        send_tcp(server.tcp_port, b"")
        send_tcp(server.tcp_port, recording_bytes(log_points(1), recording_id="probe"))
        wait_for(
            lambda: any("disconnected after" in m and "after 0 bytes" not in m for m in (r.getMessage() for r in caplog.records)),
            what="the end of the real stream",
        )
    connected = [r.getMessage() for r in caplog.records if "SDK connected" in r.getMessage()]
    assert len(connected) == 1, connected


def test_many_pages_at_once_and_a_late_page_see_the_same_data() -> None:
    """Pages open before, during and after a stream all end up with the whole recording."""
    import aiohttp

    with running_server() as server:

        async def page_view(session: aiohttp.ClientSession) -> dict:  # type: ignore[type-arg]
            async with session.ws_connect(server.url + "/ws", max_msg_size=0) as ws:
                c = Client(ws)
                await c.wait("hello")
                await c.wait("recording_summary", lambda d: any(t["name"] == "frame" and t["max"] == 7 for t in d["timelines"]))
                view = await c.query_view("recording:many", "3D", "/", "frame", 7)
                return {"positions": [np.asarray(c.array(k)).tolist() for k in _array_keys(view["payload"])]}

        async def run() -> list[dict]:  # type: ignore[type-arg]
            async with aiohttp.ClientSession() as session:
                early = [asyncio.ensure_future(page_view(session)) for _ in range(3)]
                await asyncio.sleep(0.3)  # the early pages are connected before any data
                await asyncio.get_running_loop().run_in_executor(
                    None, send_tcp, server.tcp_port, recording_bytes(log_points(8), recording_id="many")
                )
                results = list(await asyncio.gather(*early))
                results.append(await page_view(session))  # a page opened after the whole stream
                return results

        results = asyncio.run(run())
        assert len(results) == 4
        first = results[0]
        assert first["positions"] == [[[7, 0, 0], [8, 0, 0], [9, 0, 0]]], "the last frame's points"
        for other in results[1:]:
            assert other["positions"] == first["positions"]


def _array_keys(payload: object) -> list[str]:
    """Every array key a view payload references, in order (what the page fetches by key)."""
    keys: list[str] = []
    if isinstance(payload, dict):
        for value in payload.values():
            keys += _array_keys(value)
    elif isinstance(payload, list):
        for value in payload:
            keys += _array_keys(value)
    elif isinstance(payload, str) and "/rerun.components." in payload:  # "<row id>/<component>"
        keys.append(payload)
    return keys


def test_a_progress_frame_read_before_the_load_ended_never_follows_its_end() -> None:
    # A page connecting while a file loads is sent the progress read by a worker thread; when the
    # load ends meanwhile, that older "Loading 1.0 / 16.0 MB" must not be pushed after "done" (the
    # bar then stayed on the page for good).
    from rerun._viewer.ingest import LoadProgress
    from rerun._viewer.server import ViewerServer

    server = ViewerServer(open_browser=False)
    loading = LoadProgress("big.rrd", bytes_read=1, bytes_total=16)
    server._progress(loading)
    stale = server._progress_frames["big.rrd"][1]

    def frames_read_then_load_ends(session):  # type: ignore[no-untyped-def]
        server._progress(LoadProgress("big.rrd", bytes_read=16, bytes_total=16, done=True))
        return [("progress:big.rrd", stale)]

    server._state_frames = frames_read_then_load_ends  # type: ignore[method-assign]
    server._recording_frames = lambda session: []  # type: ignore[method-assign]

    class Page:
        pushed: list[bytes] = []

        def push(self, slot: str, frame: bytes) -> None:
            self.pushed.append(frame)

    page = Page()
    asyncio.run(server._push(page))  # type: ignore[arg-type]
    assert stale not in page.pushed
    assert server._progress_frames["big.rrd"][1] != stale  # "done" is kept for pages that connect later


def test_a_page_gets_the_recordings_list_and_loading_progress_while_the_summary_is_still_being_made() -> None:
    # A file of 10,000 entities: the page connected mid-load and saw "waiting for the viewer
    # server's recordings" for 13 s, because the recordings list and the progress were sent only
    # once the recording's summary (waiting for the load to finish indexing) was made too.
    import threading

    from rerun._viewer import server as server_module
    from rerun._viewer.ingest import LoadProgress

    summary_may_finish = threading.Event()
    real_summary = server_module.recording_summary

    def slow_summary(*args, **kwargs):  # type: ignore[no-untyped-def]
        summary_may_finish.wait(30)
        return real_summary(*args, **kwargs)

    with running_server() as server, pytest.MonkeyPatch.context() as patch:
        patch.setattr(server_module, "recording_summary", slow_summary)
        send_tcp(server.tcp_port, recording_bytes(log_points(3)))
        wait_for(lambda: server.hub.recordings(), what="the recording")
        server._progress(LoadProgress("big.rrd", bytes_read=5, bytes_total=16))

        async def body(client: Client) -> None:
            try:
                hello = await client.wait("hello", lambda d: len(d["recordings"]) == 1, timeout=10)
                progress = await client.wait("progress", timeout=10)
                assert progress["bytes_read"] == 5 and not progress["done"]
                assert "recording_summary" not in client.latest  # still being made
            finally:
                summary_may_finish.set()
            summary = await client.wait("recording_summary", timeout=30)
            assert summary["store_id"] == hello["recordings"][0]["store_id"]

        with_client(server.url, body)


def test_loading_a_file_in_someone_elses_process_never_freezes_its_objects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Freezing objects out of the collector after a load is for the `rerun` process alone: in a
    # script or notebook (an in-process viewer, `rr.save_html`) the user's objects would be frozen too.
    import gc

    from rerun._viewer.server import ViewerServer

    path = tmp_path / "points.rrd"
    path.write_bytes(recording_bytes(log_points(3)))
    frozen = gc.get_freeze_count()
    server = ViewerServer(open_browser=False)
    assert server.load_file(str(path)).error is None and server.hub.recordings()
    assert gc.get_freeze_count() == frozen


def test_an_unsent_summary_without_the_tree_is_replaced_by_one_with_it_and_never_the_reverse() -> None:
    from rerun._viewer.session import Session

    session = Session(None, "test page", lambda _session, _msg: None)  # type: ignore[arg-type]
    session.push("summary", b"with the tree")
    session.push("summary_update", b"newer, without")
    assert session._slots == {"summary": b"with the tree", "summary_update": b"newer, without"}  # both reach the page, in that order
    session.push("summary", b"newest, with the tree")
    assert session._slots == {"summary": b"newest, with the tree"}
    assert session._queued_bytes == len(b"newest, with the tree")
