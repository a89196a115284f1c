"""The viewer holds against hostile clients: crafted SDK streams, memory exhaustion by frames in
flight, DNS rebinding, slowloris, over-long URLs, oversized and deeply nested page messages, and
views whose query fails. Each attack leaves the other clients and the data already held intact.
"""

from __future__ import annotations

import asyncio
import json
import logging
import select
import socket
import struct
import time
import zlib

import aiohttp
import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import StoreKind
from rerun._viewer import protocol as P
from rerun._viewer import server as server_module
from rerun._viewer.server import host_allowed
from viewer_support import Client, log_points, recording_bytes, running_server, send_tcp, wait_for, with_client


def _rows_of(server, recording_id: str, entity: str = "/points") -> int:  # type: ignore[no-untyped-def]
    store = server.hub.store(next((s for s in server.hub.store_ids(StoreKind.RECORDING) if s.id == recording_id), None))
    if store is None or not store.has_entity(entity):
        return 0
    return len(store.component_times(entity, "rerun.components.Position3D", "frame"))


def _text_log_with_bad_offsets() -> bytes:
    """A TextLog stream whose string offsets point 2 GiB past the data, with valid checksums."""

    def log(rec: rr.RecordingStream) -> None:
        for i in range(20):
            rec.set_time_sequence("frame", i)
            rec.log("log", rr.TextLog("x" * 4951))

    data = bytearray(recording_bytes(log, recording_id="crafted"))
    pos, patched = 12, 0
    while pos + 16 <= len(data):
        kind, _, n = struct.unpack_from("<B3xIQ", data, pos)
        at = data.find(struct.pack("<3i", 0, 4951, 9902), pos + 16, pos + 16 + n)
        if kind == 2 and at > 0:
            struct.pack_into("<i", data, at + 4 * 20, 0x7FFFFFF0)
            struct.pack_into("<I", data, pos + 4, zlib.crc32(bytes(data[pos + 16 : pos + 16 + n])))
            patched += 1
        pos += 16 + n
    assert patched
    return bytes(data)


def test_a_crafted_stream_never_reaches_the_store_and_other_clients_keep_their_data() -> None:
    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_points(50), recording_id="victim"))
        wait_for(lambda: _rows_of(server, "victim") == 50, what="the victim's 50 rows")
        send_tcp(server.tcp_port, _text_log_with_bad_offsets())
        wait_for(lambda: any(s.id == "crafted" for s in server.hub.store_ids()), what="the crafted recording's store info")
        time.sleep(0.3)

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            await c.wait("hello")
            await c.send(P.QueryView(100, "recording:crafted", "v", "TextLog", "/", ["+ /**"], "frame", 19))
            first = await c.wait("view_data", lambda d: d["request_id"] == 100)
            victim = await c.query_view("recording:victim", "3D", "/", "frame", 49)
            return first, victim

        crafted_view, victim_view = with_client(server.url, body)
        assert crafted_view["payload"]["row_count"] == 0  # every crafted chunk was refused
        assert victim_view["payload"]["drawables"][0]["entity"] == "/points"
        assert _rows_of(server, "victim") == 50


def test_a_frame_announcing_more_than_the_memory_limit_is_dropped_unread(caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, "rerun.viewer")
    with running_server(memory_limit="20MB") as server:
        before = recording_bytes(log_points(3), recording_id="before")
        after = recording_bytes(log_points(4), recording_id="after")
        peak = 0
        with socket.create_connection(("127.0.0.1", server.tcp_port)) as sock:
            sock.sendall(before + struct.pack("<B3xIQ", 2, 0, 60 << 20))  # announces 60 MB
            for _ in range(60):
                sock.sendall(b"\0" * (1 << 20))
                peak = max(peak, server.guard.in_flight_bytes())
            sock.sendall(after)  # the same connection goes on after the dropped frame
        wait_for(lambda: _rows_of(server, "after") == 4, what="the frames after the dropped one")
        assert _rows_of(server, "before") == 3
        assert peak < (2 << 20)  # never held more than a read's worth of it
        assert "announces 62914560 bytes" in caplog.text


def test_frames_in_flight_on_several_connections_count_against_the_memory_limit(caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, "rerun.viewer")
    with running_server(memory_limit="20MB") as server:
        header = recording_bytes(log_points(1))[:12]
        socks, closed = [], 0
        for _ in range(4):  # each announces 8 MB (allowed alone) and sends 7 MB of it
            s = socket.create_connection(("127.0.0.1", server.tcp_port))
            try:
                s.sendall(header + struct.pack("<B3xIQ", 2, 0, 8 << 20) + b"\0" * (7 << 20))
                socks.append(s)
            except ConnectionError:  # dropped while sending
                closed += 1
                s.close()
        wait_for(lambda: "exceed the memory limit" in caplog.text, what="a connection refused", timeout=20)
        for s in socks:
            readable, _, _ = select.select([s], [], [], 2)
            if readable:
                try:
                    closed += s.recv(1) == b""
                except ConnectionError:
                    closed += 1
            s.close()
        assert 1 <= closed <= 2  # 3 x 7 MB > 20 MB: the third (and maybe the fourth) is dropped
        assert server.guard.in_flight_bytes() == 0 or wait_for(lambda: server.guard.in_flight_bytes() == 0, what="release")


@pytest.mark.parametrize(
    ("host", "bind", "allowed"),
    [
        ("127.0.0.1:9090", "127.0.0.1", True),
        ("localhost:9090", "127.0.0.1", True),
        ("LOCALHOST.", "127.0.0.1", True),
        ("[::1]:9090", "127.0.0.1", True),
        ("127.0.0.2", "127.0.0.1", True),
        ("evil.example:9090", "127.0.0.1", False),
        ("127.0.0.1.evil.example", "127.0.0.1", False),
        ("192.168.1.5:9090", "127.0.0.1", False),
        ("192.168.1.5:9090", "0.0.0.0", True),
        ("evil.example", "0.0.0.0", False),
        ("10.0.0.7", "10.0.0.7", True),
        ("10.0.0.8", "10.0.0.7", False),
        (None, "127.0.0.1", True),
    ],
)
def test_only_host_names_of_the_bound_address_are_served(host: str | None, bind: str, allowed: bool) -> None:
    assert host_allowed(host, bind) is allowed


def test_dns_rebinding_is_refused_for_pages_and_websockets(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def status(port: int, path: str, host: str, upgrade: bool = False) -> int:
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        extra = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" if upgrade else ""
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n".encode())
        line = s.recv(100).split(b"\r\n")[0]
        s.close()
        return int(line.split()[1])

    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_points(1), recording_id="r"))
        wait_for(lambda: server.hub.active_recording is not None, what="recording")
        port = server.web_port
        for path, upgrade in (("/", False), ("/ws", True), ("/api/recording/recording:r.rrd", False)):
            assert status(port, path, f"evil.example:{port}", upgrade) == 403
            assert status(port, path, f"localhost:{port}", upgrade) in (200, 101)
    monkeypatch.setenv("RERUN_ALLOWED_HOSTS", "viewer.internal")
    with running_server() as server:
        assert status(server.web_port, "/", "viewer.internal") == 200


def test_a_connection_that_trickles_its_request_head_is_closed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server_module, "HEAD_TIMEOUT", 1.0)
    with running_server() as server:
        port = server.web_port
        slow = socket.create_connection(("127.0.0.1", port), timeout=10)
        slow.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode())
        silent = socket.create_connection(("127.0.0.1", port), timeout=10)

        async def body(c: Client) -> bool:
            await c.wait("hello")
            start = time.monotonic()
            closed_after = None
            while time.monotonic() - start < 4:
                await asyncio.sleep(0.4)
                readable, _, _ = select.select([slow], [], [], 0)
                if readable and closed_after is None:
                    assert slow.recv(100) == b""  # closed without an answer
                    closed_after = time.monotonic() - start
                elif closed_after is None:
                    slow.sendall(b"X-a: b\r\n")
            assert closed_after is not None and closed_after < 2.5
            # The WebSocket of this page outlived the head time-out by far and still answers.
            await c.send(P.QueryView(7, "recording:nope", "v", "3D", "/", [], None, None))
            reply = await c.wait("error", lambda d: d["request_id"] == 7)
            return "unknown recording" in reply["text"]

        assert with_client(server.url, body)
        assert silent.recv(100) == b""  # a connection that never sends a byte is closed too

        async def keep_alive() -> list[int]:  # requests on one kept-alive connection, slower than the time-out
            statuses = []
            async with aiohttp.ClientSession() as session:
                for _ in range(2):
                    async with session.get(server.url + "/") as response:
                        statuses.append(response.status)
                    await asyncio.sleep(0.5)
            return statuses

        assert asyncio.run(keep_alive()) == [200, 200]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/" + "a" * 300, 404),  # a file name longer than the file system allows
        ("/" + "a/" * 900, 404),
        ("/%00", 404),
        ("/" + "a" * 5000, 414),
        ("/api/recording/" + "a" * 5000 + ".rrd", 414),
        ("/" + "a" * 100_000, 414),  # longer than aiohttp's own line limit
    ],
)
def test_long_and_odd_urls_are_answered_404_or_414(path: str, expected: int) -> None:
    with running_server() as server:
        s = socket.create_connection(("127.0.0.1", server.web_port), timeout=10)
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        line = s.recv(100).split(b"\r\n")[0]
        s.close()
        assert int(line.split()[1]) == expected


def test_oversized_and_deeply_nested_page_messages_get_an_error_and_the_session_lives() -> None:
    def frame(text: bytes) -> bytes:
        return struct.pack("<I", len(text)) + text

    with running_server() as server:

        async def body(c: Client) -> list[str]:
            await c.wait("hello")
            texts = []
            for payload in (
                frame(b"[" * 100_000 + b"]" * 100_000),
                frame(json.dumps({"type": "select_recording", "store_id": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}).encode()),
                frame(json.dumps({"type": "reset_cache", "pad": "x" * (2 << 20)}).encode()),
            ):
                await c.ws.send_bytes(payload)
                texts.append((await c.wait("error", lambda d: d["request_id"] is None and d["text"] not in texts))["text"])
            await c.send(P.QueryView(9, "recording:nope", "v", "TextLog", "/", ["+ /**"], None, None))
            texts.append((await c.wait("error", lambda d: d["request_id"] == 9))["text"])
            return texts

        deep, nested, large, follow_up = with_client(server.url, body)
        assert "nests too deeply" in deep
        assert "nests deeper than 32" in nested
        assert "too large" in large
        assert "unknown recording" in follow_up


def test_a_view_whose_query_fails_answers_that_view_with_an_error_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = server_module.build_view

    def flaky(store, kind, *args, **kwargs):  # type: ignore[no-untyped-def]
        if kind == "TextLog":
            raise IndexError("odd data")
        return real(store, kind, *args, **kwargs)

    monkeypatch.setattr(server_module, "build_view", flaky)
    with running_server() as server:
        send_tcp(server.tcp_port, recording_bytes(log_points(2), recording_id="r"))
        wait_for(lambda: server.hub.active_recording is not None, what="recording")

        async def body(c: Client) -> tuple:  # type: ignore[type-arg]
            await c.wait("hello")
            await c.send(P.QueryView(3, "recording:r", "text", "TextLog", "/", ["+ /**"], "frame", 1))
            error = await c.wait("error", lambda d: d["request_id"] == 3)
            ok = await c.query_view("recording:r", "3D", "/", "frame", 1)
            return error, ok

        error, ok = with_client(server.url, body)
        assert "odd data" in error["text"]
        assert ok["payload"]["drawables"][0]["entity"] == "/points"


def _log_odd_but_valid(rec: rr.RecordingStream) -> None:
    rec.set_time_sequence("step", -(2**63) + 1)
    rec.log("empty", rr.Points3D(np.zeros((0, 3))))
    rec.set_time_sequence("step", 2**63 - 1)
    rec.log("inf", rr.Points3D([[np.nan, np.inf, -np.inf]]))
    rec.set_time_sequence("step", 0)
    rec.log("plot", rr.Scalar(np.nan))
    rec.log("plot", rr.Scalar(np.inf))
    rec.log("log", rr.TextLog(""))
    rec.log("doc/ü/😀", rr.TextDocument(""))
    rec.log("img", rr.Image(np.zeros((0, 0, 3), np.uint8)))
    rec.log("wide", rr.Image(np.zeros((1, 100_000, 1), np.uint8)))
    rec.log("tensor", rr.Tensor(np.zeros((0,))))
    rec.log("tensor8", rr.Tensor(np.zeros((1,) * 8)))
    rec.log("bars", rr.BarChart(np.zeros((0,))))
    rec.log("boxes", rr.Boxes3D(half_sizes=[[np.nan, -1, 0]]))
    rec.log("lines", rr.LineStrips3D([np.zeros((0, 3))]))
    rec.log("mesh", rr.Mesh3D(vertex_positions=np.zeros((0, 3))))
    rec.log("flat", rr.Transform3D(scale=0.0))
    rec.log("flat/child", rr.Points3D([[1, 2, 3]]))
    rec.log("cam", rr.Pinhole(focal_length=0.0, width=0, height=0))
    rec.log("cam/pts", rr.Points2D([[1, 2]]))
    rec.log("seg", rr.SegmentationImage(np.zeros((0, 0), np.uint8)))
    rec.log("depth", rr.DepthImage(np.full((2, 2), np.nan, np.float32), meter=0.0))
    rec.log("gone", rr.Clear(recursive=True))


def test_odd_but_valid_data_is_drawn_by_every_view_at_every_time() -> None:
    """Empty batches, NaN and infinities, zero-size images, extreme times: every view answers with data."""
    import warnings

    from rerun._rrd import StreamDecoder
    from rerun._store import StoreHub
    from rerun._viewer.summary import recording_summary, streams
    from rerun._viewer.views import BUILDERS, build_view
    from rerun._viewer.views.selection import describe_entity

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the SDK's own warnings about odd values
        data = recording_bytes(_log_odd_but_valid, recording_id="odd")
    hub = StoreHub()
    hub.on_messages(StreamDecoder().feed(data))
    (sid,) = hub.recordings()
    store = hub.store(sid)
    assert store is not None
    P.encode_message(recording_summary(hub, sid, None))
    P.encode_message(streams(store, str(sid), "step"))
    for kind in BUILDERS:
        for time_ in (None, -(2**63), 0, 2**63 - 1):
            for origin in ("/", "/cam", "/flat"):
                payload, arrays = build_view(store, kind, origin, ["+ /**"], "step", time_)
                assert P.decode_message(P.encode_message(P.ViewData(1, str(sid), "v", "step", time_, payload, arrays)), P.SERVER_MESSAGES)
    for entity in store.entity_paths():
        describe_entity(store, entity, 0, "step", 0)


def test_a_file_that_is_not_an_rrd_is_reported_as_such_and_the_viewer_serves_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("hello, this is not a recording\n")
    with running_server() as server:
        progress = server.load_file(str(notes))
        assert progress.done and "cannot be read: not an rrd stream" in (progress.error or "")
        send_tcp(server.tcp_port, recording_bytes(log_points(2), recording_id="later"))
        wait_for(lambda: _rows_of(server, "later") == 2, what="a later recording")


def test_a_page_flooding_requests_gets_errors_beyond_the_cap_and_is_answered_after(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rerun._viewer import session as session_module

    monkeypatch.setattr(session_module, "MAX_PENDING_REQUESTS", 5)
    with running_server() as server:

        async def body(c: Client) -> tuple[int, bool]:
            await c.wait("hello")
            for i in range(200):  # queries of 200 different views, all sent before any is answered
                await c.send(P.QueryView(i, "recording:nope", f"v{i}", "3D", "/", [], None, None))
            refused, answered = 0, set()
            while len(answered) + refused < 200:
                msg = await c.receive(10)
                if msg["type"] == "error" and "too many requests" in msg["text"]:
                    refused += 1
                elif msg["type"] == "error":
                    answered.add(msg["request_id"])
            await c.send(P.QueryView(500, "recording:nope", "v", "3D", "/", [], None, None))
            later = await c.wait("error", lambda d: d["request_id"] == 500)
            return refused, "unknown recording" in later["text"]

        refused, later_answered = with_client(server.url, body)
        assert refused > 0 and later_answered


def test_a_dropped_file_larger_than_the_memory_limit_is_refused_while_it_arrives() -> None:
    """An upload (a file dropped on the page) counts against the memory limit like a stream's frames."""
    import urllib.error
    import urllib.request

    with running_server(memory_limit="5MB") as server:
        big = b"\0" * (12 * 1024 * 1024)
        request = urllib.request.Request(server.url + "/api/load?name=big.rrd", data=big, headers={"Origin": server.url}, method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=20)
        assert refused.value.code == 413
        assert server.ingestor.guard.in_flight_bytes() == 0  # nothing held after the refusal
        # A small recording is still taken.
        small = recording_bytes(log_points(2), recording_id="small")
        ok = urllib.request.Request(server.url + "/api/load?name=small.rrd", data=small, headers={"Origin": server.url}, method="POST")
        assert urllib.request.urlopen(ok, timeout=20).status == 200
        wait_for(lambda: any(s.id == "small" for s in server.hub.store_ids()), what="the small upload's recording")
