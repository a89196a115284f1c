"""Bad input at the viewer's doors: each case is logged, survived, and keeps what came before it."""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import StoreKind
from rerun._viewer import protocol as P
from rerun._viewer import session as session_module
from viewer_support import Client, log_points, recording_bytes, running_server, send_tcp, wait_for, with_client


def _frames_held(server, entity: str = "/points") -> list[int]:  # type: ignore[no-untyped-def]
    """Frame numbers at which the server's store has points at `entity`."""
    out = []
    for sid in server.hub.store_ids(StoreKind.RECORDING):
        store = server.hub.store(sid)
        out.extend(store.component_times(entity, "rerun.components.Position3D", "frame").tolist())
    return sorted(out)


def _still_ingests(server) -> None:  # type: ignore[no-untyped-def]
    """A fresh, valid stream after the damage is taken in: the server survived."""
    send_tcp(server.tcp_port, recording_bytes(log_points(2, "after"), recording_id="after"))
    wait_for(lambda: any(s.has_entity("/after") for s in map(server.hub.store, server.hub.store_ids())), what="later stream")


def test_garbage_after_valid_data_on_the_tcp_port(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "rerun.viewer")
    good = recording_bytes(log_points(5), recording_id="good")
    with running_server() as server:
        send_tcp(server.tcp_port, good + os.urandom(4096))
        wait_for(lambda: _frames_held(server) == [0, 1, 2, 3, 4], what="the 5 frames before the garbage")
        wait_for(lambda: "not a valid rerun stream" in caplog.text, what="a warning")
        _still_ingests(server)
        assert _frames_held(server) == [0, 1, 2, 3, 4]


def test_pure_garbage_and_http_on_the_tcp_port(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "rerun.viewer")
    with running_server() as server:
        send_tcp(server.tcp_port, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        send_tcp(server.tcp_port, os.urandom(100_000))
        wait_for(lambda: caplog.text.count("not a valid rerun stream") >= 2, what="two warnings")
        _still_ingests(server)


def test_sdk_connection_reset_mid_message(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "rerun.viewer")
    data = recording_bytes(log_points(6), recording_id="cut")
    first_four = len(recording_bytes(log_points(4), recording_id="cut"))
    with running_server() as server:
        sock = socket.create_connection(("127.0.0.1", server.tcp_port))
        sock.sendall(data[:first_four])
        wait_for(lambda: _frames_held(server) == [0, 1, 2, 3], what="the first four frames")
        sock.sendall(data[first_four : len(data) - 10])  # frame 4 whole, frame 5 cut short
        # Bytes the server has not read yet are lost on a reset: wait until it has frame 4.
        wait_for(lambda: _frames_held(server) == [0, 1, 2, 3, 4], what="frame 4")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # RST, as when the process dies with unread data
        wait_for(lambda: "middle of a message" in caplog.text or "connection lost" in caplog.text, what="a log line")
        assert _frames_held(server) == [0, 1, 2, 3, 4]  # the cut-off frame 5 is not half-ingested
        _still_ingests(server)


def test_sdk_closing_mid_message_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "rerun.viewer")
    data = recording_bytes(log_points(3), recording_id="fin")
    with running_server() as server:
        send_tcp(server.tcp_port, data[:-3])
        wait_for(lambda: "middle of a message" in caplog.text, what="the warning")
        assert _frames_held(server) == [0, 1]
        _still_ingests(server)


def test_sdk_process_killed_mid_stream(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A real sender process, killed with SIGKILL while its socket holds half a message."""
    with running_server() as server:
        script = tmp_path / "sender.py"
        script.write_text(
            textwrap.dedent(
                f"""
                import socket, sys, time
                import numpy as np
                import rerun as rr
                rec = rr.new_recording("killed_app", recording_id="killed")
                stream = rec.binary_stream()
                for f in range(3):
                    rec.set_time_sequence("frame", f)
                    rec.log("points", rr.Points3D(np.full((3, 3), f, np.float32)))
                    rec.flush()
                data = stream.read()
                rec.set_time_sequence("frame", 99)
                rec.log("points", rr.Points3D(np.zeros((100_000, 3), np.float32)))
                tail = stream.read()
                s = socket.create_connection(("127.0.0.1", {server.tcp_port}))
                s.sendall(data + tail[: len(tail) // 2])
                print("sent", flush=True)
                time.sleep(60)
                """
            )
        )
        proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "sent"
            wait_for(lambda: _frames_held(server) == [0, 1, 2], what="frames sent before the kill")
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        time.sleep(0.3)
        assert _frames_held(server) == [0, 1, 2]
        _still_ingests(server)


def test_truncated_file(tmp_path, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, "rerun.viewer")
    data = recording_bytes(log_points(10), recording_id="trunc")
    path = tmp_path / "cut.rrd"
    path.write_bytes(data[: len(data) - 7])
    with running_server() as server:
        progress = server.load_file(str(path))
        assert progress.done and progress.error is not None and "truncated" in progress.error
        assert _frames_held(server) == list(range(9))  # all but the cut-off last frame
        assert "truncated" in caplog.text
        missing = server.load_file(str(tmp_path / "nope.rrd"))
        assert missing.error is not None and "cannot open" in missing.error
        _still_ingests(server)


def test_page_is_told_about_a_truncated_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = recording_bytes(log_points(3), recording_id="trunc2")
    path = tmp_path / "cut.rrd"
    path.write_bytes(data[:-5])
    with running_server() as server:

        async def body(c: Client) -> dict:  # type: ignore[type-arg]
            await c.wait("hello")
            await asyncio.get_running_loop().run_in_executor(None, server.load_file, str(path))
            return await c.wait("progress", lambda d: d["done"])

        progress = with_client(server.url, body)
        assert progress["error"] and "truncated" in progress["error"]
        assert progress["bytes_read"] == len(data) - 5


def _raw_websocket(port: int) -> socket.socket:
    """A WebSocket handshake by hand, on a socket with a tiny receive buffer that we never read."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert b" 101 " in head.split(b"\r\n")[0]
    return sock


def _ws_frame(payload: bytes) -> bytes:
    """A masked binary frame, as a browser sends it."""
    mask = os.urandom(4)
    n = len(payload)
    head = bytes([0x82]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n))
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return head + mask + masked


def test_a_page_that_never_reads_is_dropped_and_others_are_served(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, "rerun.viewer")
    monkeypatch.setattr(session_module, "SEND_TIMEOUT", 1.0)
    monkeypatch.setattr(session_module, "MAX_QUEUED_BYTES", 64 << 20)

    def log_image(rec: rr.RecordingStream) -> None:
        rec.log("img", rr.Image(np.random.default_rng(0).integers(0, 255, (1000, 1000, 3), dtype=np.uint8)), static=True)

    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_image, recording_id="big"))
        wait_for(lambda: server.hub.active_recording is not None and server.hub.store(server.hub.active_recording).has_entity("/img"), what="image")
        sid = str(server.hub.active_recording)
        stuck = _raw_websocket(server.web_port)
        try:
            # Ask for the 4 MB image again and again, dropping the cache each time so it is re-sent.
            for i in range(20):
                stuck.sendall(_ws_frame(P.encode_message(P.QueryView(i, sid, "v", "2D", "/", ["+ /**"], None, None))))
                stuck.sendall(_ws_frame(P.encode_message(P.ResetCache())))
            wait_for(lambda: "not read" in caplog.text or "not reading" in caplog.text, timeout=20, what="the stuck page to be dropped")

            # Meanwhile another page is answered, and ingest goes on.
            async def body(c: Client) -> dict:  # type: ignore[type-arg]
                await c.wait("hello")
                return await c.query_view(sid, "2D", "/")

            reply = with_client(server.url, body)
            assert reply["payload"]["drawables"][0]["kind"] == "image"
            _still_ingests(server)
            wait_for(lambda: len(server.sessions) == 0, what="sessions to close")
        finally:
            stuck.close()


def test_malformed_page_messages_get_an_error_reply_and_the_session_lives_on() -> None:
    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_points(2), recording_id="m"))
        wait_for(lambda: server.hub.active_recording is not None, what="recording")
        sid = str(server.hub.active_recording)

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            await c.wait("hello")
            await c.ws.send_bytes(b"\x00\x01")
            err1 = await c.wait("error")
            await c.send(P.QueryView(5, sid, "v", "NoSuchView", "/", [], "frame", 0))
            err2 = await c.wait("error", lambda d: d["request_id"] == 5)
            await c.send(P.QueryView(6, "recording:nope", "v", "3D", "/", [], "frame", 0))
            err3 = await c.wait("error", lambda d: d["request_id"] == 6)
            ok = await c.query_view(sid, "3D", "/", "frame", 1)
            return err1, err2, err3, ok

        err1, err2, err3, ok = with_client(server.url, body)
        assert "malformed" in err1["text"]
        assert "unknown view kind" in err2["text"]
        assert "unknown recording" in err3["text"]
        assert ok["payload"]["drawables"][0]["entity"] == "/points"


def test_foreign_origin_websocket_is_refused() -> None:
    import aiohttp

    with running_server() as server:

        async def attempt() -> int:
            async with aiohttp.ClientSession() as s:
                try:
                    async with s.ws_connect(server.url + "/ws", headers={"Origin": "http://evil.example"}):
                        return 101
                except aiohttp.WSServerHandshakeError as err:
                    return err.status

        assert asyncio.run(attempt()) == 403
