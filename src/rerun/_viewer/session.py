"""One browser connection: its requests, its outgoing frames and the arrays it already holds.

Requests are answered one at a time, in a worker thread. Queries for the same view coalesce: if the
user scrubs faster than we answer, only the newest query per view is answered. Pushed state
(hello, summary, streams) sits in slots where a newer frame replaces an unsent older one. A client
that stops reading is disconnected after `SEND_TIMEOUT` seconds or `MAX_QUEUED_BYTES` of backlog,
without affecting other clients or ingest.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from . import protocol as P

log = logging.getLogger("rerun.viewer")

SEND_TIMEOUT = 20.0
MAX_QUEUED_BYTES = 512 << 20
#: Pushed state is sent in this order (others after): a summary with the entity tree before a
#: newer one without it (see `Session.push`).
_SLOT_ORDER = {"hello": 0, "summary": 1, "summary_update": 2}
#: The largest message a page may send (its queries are a few hundred bytes); a larger one is
#: answered with an error and not decoded. Beyond the WebSocket's own cap (`MAX_FRAME_BYTES`),
#: aiohttp closes the connection rather than buffer it.
MAX_PAGE_MESSAGE_BYTES = 1 << 20
MAX_FRAME_BYTES = 16 << 20
#: Requests (other than view queries, which coalesce per view) a page may have waiting; beyond,
#: a new one is answered with an error at once, so a flooding page cannot grow memory without end.
MAX_PENDING_REQUESTS = 256


class Session:
    """State of one WebSocket client."""

    def __init__(
        self,
        ws: web.WebSocketResponse,
        name: str,
        answer: Callable[[Session, Any], Any],
        abort: Callable[[], None] | None = None,
    ) -> None:
        self.ws = ws
        self._abort = abort  # drops the connection at once (a closing handshake would wait on the client)
        self.name = name
        self._answer = answer  # (session, client message) -> server message or None, run in a thread
        #: Array keys this client holds (see protocol "Caching").
        self.sent_keys: set[str] = set()
        self.store_id: str | None = None
        self.timeline: str | None = None
        #: What was last pushed, to push only on change.
        self.pushed: dict[str, Any] = {}
        #: Views whose last query compared recordings: new data in any recording of the shown
        #: one's application pushes the summary again, so the page asks them again.
        self.compared_views: set[str] = set()
        self._requests: collections.deque[Any] = collections.deque()
        self._pending_views: dict[str, P.QueryView] = {}
        self._request_event = asyncio.Event()
        self._slots: dict[str, bytes] = {}
        self._replies: collections.deque[bytes] = collections.deque()
        self._queued_bytes = 0
        self._send_event = asyncio.Event()
        self.closed = False

    # -- outgoing ---------------------------------------------------------------------------------

    def push(self, slot: str, frame: bytes) -> None:
        """
        Queue pushed state; a newer frame for the same slot replaces an unsent one. A summary with
        the entity tree (slot "summary") also replaces an unsent one without it ("summary_update").
        """
        if slot == "summary":
            older = self._slots.pop("summary_update", None)
            self._queued_bytes -= len(older) if older else 0
        old = self._slots.get(slot)
        self._queued_bytes += len(frame) - (len(old) if old else 0)
        self._slots[slot] = frame
        self._send_event.set()
        self._check_backlog()

    def reply(self, frame: bytes) -> None:
        self._replies.append(frame)
        self._queued_bytes += len(frame)
        self._send_event.set()
        self._check_backlog()

    def _check_backlog(self) -> None:
        if self._queued_bytes > MAX_QUEUED_BYTES and not self.closed:
            log.warning("%s: the page is not reading its messages (%d bytes queued); disconnecting it", self.name, self._queued_bytes)
            self.close(abort=True)

    def close(self, *, abort: bool = False) -> None:
        self.closed = True
        self._send_event.set()
        self._request_event.set()
        if abort and self._abort is not None:
            self._abort()
        else:
            asyncio.ensure_future(self.ws.close())

    async def _send_loop(self) -> None:
        while not self.closed:
            await self._send_event.wait()
            self._send_event.clear()
            while not self.closed and (self._slots or self._replies):
                if self._slots:
                    # Pushed state first, in a fixed order: hello, summary, then the rest.
                    key = min(self._slots, key=lambda k: _SLOT_ORDER.get(k, 3))
                    frame = self._slots.pop(key)
                else:
                    frame = self._replies.popleft()
                self._queued_bytes -= len(frame)
                try:
                    await asyncio.wait_for(self.ws.send_bytes(frame), SEND_TIMEOUT)
                except asyncio.TimeoutError:
                    log.warning("%s: the page did not read for %.0f s; disconnecting it", self.name, SEND_TIMEOUT)
                    self.close(abort=True)
                    return
                except (ConnectionError, RuntimeError) as err:
                    log.info("%s: connection lost while sending (%s)", self.name, err)
                    self.close()
                    return

    # -- incoming ---------------------------------------------------------------------------------

    async def _work_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while not self.closed:
            await self._request_event.wait()
            self._request_event.clear()
            while not self.closed and (self._requests or self._pending_views):
                if self._requests:
                    msg = self._requests.popleft()
                else:
                    view_id = next(iter(self._pending_views))
                    msg = self._pending_views.pop(view_id)
                try:
                    out = await loop.run_in_executor(None, self._answer, self, msg)
                except Exception as err:  # noqa: BLE001 - a failed query must not end the session
                    log.exception("%s: failed to answer %s", self.name, type(msg).__name__)
                    out = P.ErrorReply(getattr(msg, "request_id", None), f"{type(msg).__name__} failed: {err}")
                if out is not None and not self.closed:
                    self.reply(P.encode_message(out))

    async def run(self) -> None:
        """Read the client's messages until it goes away."""
        sender = asyncio.ensure_future(self._send_loop())
        worker = asyncio.ensure_future(self._work_loop())
        try:
            async for raw in self.ws:
                if raw.type == WSMsgType.BINARY:
                    self._on_frame(raw.data)
                elif raw.type == WSMsgType.TEXT:
                    self._on_frame(raw.data.encode())
                elif raw.type == WSMsgType.ERROR:
                    log.info("%s: websocket error %s", self.name, self.ws.exception())
                    break
        finally:
            self.closed = True
            self._send_event.set()
            self._request_event.set()
            for task in (sender, worker):
                task.cancel()
            await asyncio.gather(sender, worker, return_exceptions=True)

    def _on_frame(self, data: bytes) -> None:
        if len(data) > MAX_PAGE_MESSAGE_BYTES:
            log.warning("%s: ignored a message of %d bytes (at most %d)", self.name, len(data), MAX_PAGE_MESSAGE_BYTES)
            self.reply(P.encode_message(P.ErrorReply(None, f"message too large: {len(data)} bytes, at most {MAX_PAGE_MESSAGE_BYTES}")))
            return
        try:
            msg = P.decode_message(data)
        except P.ProtocolError as err:
            log.warning("%s: ignored a malformed message: %s", self.name, err)
            self.reply(P.encode_message(P.ErrorReply(None, f"malformed message: {err}")))
            return
        waiting = len(self._requests) + len(self._pending_views)
        if waiting >= MAX_PENDING_REQUESTS and not (isinstance(msg, P.QueryView) and msg.view_id in self._pending_views):
            self.reply(P.encode_message(P.ErrorReply(getattr(msg, "request_id", None), f"too many requests waiting ({waiting})")))
            return
        if isinstance(msg, P.QueryView):
            self._pending_views.pop(msg.view_id, None)
            self._pending_views[msg.view_id] = msg  # newest last; replaces an unanswered older query
        else:
            self._requests.append(msg)
        self._request_event.set()
