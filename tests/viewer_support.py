"""Helpers for the viewer tests: a server on free ports, a protocol client, recordings as bytes."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import numpy as np

import rerun as rr
from rerun._viewer import protocol as P
from rerun._viewer.server import ViewerServer


@contextlib.contextmanager
def running_server(**kwargs: Any) -> Iterator[ViewerServer]:
    """A ViewerServer on free ports (web and TCP), in a background thread."""
    kwargs.setdefault("web_port", 0)
    kwargs.setdefault("tcp_port", 0)
    kwargs.setdefault("memory_limit", None)
    server = ViewerServer(**kwargs)
    server.start_in_thread()
    try:
        yield server
    finally:
        server.shutdown()


def recording_bytes(log: Callable[[rr.RecordingStream], None], app: str = "test_app", recording_id: str | None = None) -> bytes:
    """An rrd stream (header included) of what `log(rec)` logs."""
    rec = rr.new_recording(app, recording_id=recording_id)
    stream = rec.binary_stream()
    log(rec)
    data = stream.read()
    return data


def log_points(n_frames: int, entity: str = "points") -> Callable[[rr.RecordingStream], None]:
    """A logger of `n_frames` frames of 3 points each: frame f has x = f, f + 1, f + 2."""

    def log(rec: rr.RecordingStream) -> None:
        for f in range(n_frames):
            rec.set_time_sequence("frame", f)
            rec.log(entity, rr.Points3D(np.array([[f, 0, 0], [f + 1, 0, 0], [f + 2, 0, 0]], np.float32)))
            rec.flush()  # one chunk per frame: a stream of many messages

    return log


def send_tcp(port: int, data: bytes, *, close: str = "fin") -> None:
    """Send bytes to the viewer's SDK port; close with FIN, or with RST (`close="rst"`, a killed process)."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(data)
    if close == "rst":
        import struct

        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


class Client:
    """A protocol client over aiohttp's WebSocket (use inside `asyncio.run`)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.latest: dict[str, dict[str, Any]] = {}
        self.arrays: dict[str, np.ndarray] = {}
        #: Summaries received without the entity tree (unchanged since the one before).
        self.summaries_without_tree = 0
        self._next_id = 1

    async def receive(self, timeout: float = 10.0) -> dict[str, Any]:
        msg = await self.ws.receive(timeout=timeout)
        if msg.type != aiohttp.WSMsgType.BINARY:
            raise AssertionError(f"expected a binary frame, got {msg.type}")
        data = P.decode_to_dict(msg.data)
        if data["type"] == "streams":
            # Per entity, as the page slices the columns.
            offsets = data["offsets"]
            data["entities"] = [
                {"path": path, "times": data["times"][offsets[i] : offsets[i + 1]], "counts": data["counts"][offsets[i] : offsets[i + 1]]}
                for i, path in enumerate(data["paths"])
            ]
        if data["type"] == "recording_summary":
            data["tree_sent"] = data["entities"] is not None
        if data["type"] == "recording_summary" and data["entities"] is None:
            # "Unchanged": the tree of the last summary of that recording, as the page keeps it.
            self.summaries_without_tree += 1
            previous = self.latest.get("recording_summary")
            assert previous is not None and previous["store_id"] == data["store_id"], "a summary without a tree came first"
            data["entities"] = previous["entities"]
        self.latest[data["type"]] = data
        if data["type"] == "view_data":
            self.arrays.update(data["arrays"])
        return data

    async def wait(self, type_: str, predicate: Callable[[dict[str, Any]], bool] = lambda d: True, timeout: float = 10.0) -> dict[str, Any]:
        """The next message of a type that satisfies `predicate` (or the latest already received)."""
        seen = self.latest.get(type_)
        if seen is not None and predicate(seen):
            return seen
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {type_} message satisfying the test within {timeout} s")
            data = await self.receive(left)
            if data["type"] == type_ and predicate(data):
                return data

    async def send(self, msg: Any) -> None:
        await self.ws.send_bytes(P.encode_message(msg))

    async def query_view(self, store_id: str, kind: str, origin: str = "/", timeline: str | None = None, time: int | None = None, contents: list[str] | None = None) -> dict[str, Any]:
        rid = self._next_id
        self._next_id += 1
        await self.send(P.QueryView(rid, store_id, f"view-{kind}", kind, origin, contents or ["+ $origin/**"], timeline, time))
        return await self.wait("view_data", lambda d: d["request_id"] == rid)

    def array(self, key: str) -> np.ndarray:
        return self.arrays[key]


def with_client(url: str, body: Callable[[Client], Any]) -> Any:
    """Connect a client to `url`/ws, run `await body(client)`, return its result."""

    async def run() -> Any:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(url + "/ws", max_msg_size=0) as ws:
                return await body(Client(ws))

    return asyncio.run(run())
