"""The viewer server: HTTP for the web app, a WebSocket per page, TCP for SDK streams, all on one aiohttp loop.

`ViewerServer` owns a `StoreHub`. Data enters through `Ingestor` (TCP, files, stdin) or
`add_message` (the in-process sink of `rr.serve`); pages get pushed state (recordings, summary,
streams; at most ~10 times a second) and ask for view payloads (`views/`), which are computed in
worker threads so the loop keeps serving.
"""

from __future__ import annotations

import asyncio
import ipaddress
import itertools
import logging
import os
import socket
import sys
import threading
import time
import webbrowser
from pathlib import Path
from typing import Any

from aiohttp import web

from .._log_msg import LogMsg, StoreId, StoreInfo, StoreKind
from .._store import ChunkStore, StoreHub
from . import protocol as P
from .ingest import Ingestor, LoadProgress, MemoryGuard, parse_memory_limit
from .session import MAX_FRAME_BYTES, Session
from .summary import default_timeline, entity_tree_key, hello, recording_summary, streams
from .views import build_view
from .views.blueprint import blueprint_store, edited_blueprint_messages, view_components_of
from .views.selection import describe_entity
from .views.time_series import recording_label

log = logging.getLogger("rerun.viewer")

STATIC_DIR = Path(__file__).parent / "static"
PUSH_INTERVAL = 0.1
#: While data streams in, pages get the new state at most this often (a live camera's next frame
#: is asked for as soon as the page hears of it, instead of at the next 0.1 s tick).
PUSH_MIN_INTERVAL = 1 / 30

#: No inline script, nothing from other origins; styles may be set inline (uPlot, layout code).
#: blob: URLs are ones the page made itself: glTF's loader reads a GLB's embedded images through
#: them (fetch, so connect-src); no script runs from one (script-src has no blob:).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self' blob: {ws}; worker-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)

_NOT_BUILT = """<!doctype html>
<html><head><meta charset="utf-8"><title>pyrerun viewer</title></head>
<body style="font-family: sans-serif; background: #111; color: #ddd; padding: 2em">
<h1>pyrerun viewer</h1>
<p>The web app bundle is not built: <code>src/rerun/_viewer/static/index.html</code> is missing.</p>
<p>Build it with <code>cd web &amp;&amp; npm install &amp;&amp; npm run build</code>. The server is running and
receiving data; the query API (<code>rerun.dataframe</code>) works without the page.</p>
</body></html>
"""


#: Longest request target served; longer ones get 414 (file names on disk are at most 255 bytes).
MAX_URL_CHARS = 2048
#: Seconds a client has to send a whole request head, from its first byte (or from connecting).
#: Apache's mod_reqtimeout gives 20 s; a trickling slowloris connection is closed after it.
HEAD_TIMEOUT = 20.0


#: A request line (header line) longer than this is answered 414 (431) before aiohttp reads it
#: (aiohttp's own limit is 8190; it answers 400 and logs a traceback).
_MAX_HEAD_LINE = 8000
_URI_TOO_LONG = b"HTTP/1.1 414 URI Too Long\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
_HEADER_TOO_LONG = b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def _too_long_line(head: bytes | bytearray) -> bytes | None:
    """The answer to a request head (or its start) with a line longer than aiohttp takes, else None."""
    if len(head) <= _MAX_HEAD_LINE:
        return None
    start = 0
    while True:
        cut = head.find(b"\r\n", start)
        line_end = len(head) if cut < 0 else cut
        if line_end - start > _MAX_HEAD_LINE:
            return _URI_TOO_LONG if start == 0 else _HEADER_TOO_LONG
        if cut < 0:
            return None
        start = cut + 2


class _QuietBadRequests(logging.Filter):
    """aiohttp logs a traceback for each malformed request it answers 400; one line says enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        from aiohttp.http_exceptions import HttpProcessingError

        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError):
            log.info("answered a malformed request with 400: %s", str(getattr(exc, "message", exc)).strip()[:200])
            return False
        return True


_QUIET_BAD_REQUESTS = _QuietBadRequests()


class _HeadDeadline(asyncio.Protocol):
    """
    Wraps aiohttp's protocol for one connection and closes it when a request head takes longer
    than `HEAD_TIMEOUT` to arrive (slowloris), which aiohttp does not do by itself.

    It watches the bytes for the blank line ending each head; once a head asks for a WebSocket
    upgrade, the rest of the connection is the WebSocket's and no longer watched. A body (a file
    dropped on the page, `POST /api/load`) is passed over by its `Content-Length`; a chunked body
    ends the watch for that connection (its head came in time).
    """

    def __init__(self, inner: asyncio.Protocol, timeout: float) -> None:
        self._inner = inner
        self._timeout = timeout
        self._timer: asyncio.TimerHandle | None = None
        self._transport: asyncio.BaseTransport | None = None
        self._head = bytearray()  # the current head so far (aiohttp closes the connection on one too large)
        self._watching = True
        self._body_left = 0  # bytes of the current request's body still to come

    def _arm(self) -> None:
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._timeout, self._expire)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if self._transport is not None and not self._transport.is_closing():
            log.info("closed a connection that did not send its request head within %.0f s", self._timeout)
            self._transport.close()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport
        self._arm()
        self._inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._transport is None or self._transport.is_closing():
            return
        if self._watching:
            if self._body_left:
                skipped = min(self._body_left, len(data))
                self._body_left -= skipped
                if skipped == len(data):
                    self._inner.data_received(data)
                    return
                self._head += data[skipped:]
            else:
                self._head += data
            self._arm()
            end = self._head.find(b"\r\n\r\n")
            too_long = None
            while end >= 0 and self._watching and too_long is None:
                head, rest = bytes(self._head[:end]), self._head[end + 4 :]
                too_long = _too_long_line(head)
                self._disarm()
                lower = head.lower()
                if b"\r\nupgrade:" in lower or b"\r\ntransfer-encoding:" in lower:  # not "Upgrade-Insecure-Requests"
                    self._watching = False
                    rest = bytearray()
                else:
                    body = _content_length(lower)
                    rest, self._body_left = rest[body:], max(0, body - len(rest))
                self._head = bytearray(rest)
                if rest:
                    self._arm()
                end = self._head.find(b"\r\n\r\n")
            too_long = too_long or _too_long_line(self._head)
            if too_long is not None:
                # aiohttp would answer 400 and log a traceback; the client deserves to know what.
                self._disarm()
                self._transport.write(too_long)  # type: ignore[attr-defined]
                self._transport.close()
                return
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()


def _content_length(head: bytes) -> int:
    """The `Content-Length` of a (lower-cased) request head; 0 when absent or not a number."""
    at = head.find(b"\r\ncontent-length:")
    if at < 0:
        return 0
    value = head[at + 17 :].split(b"\r\n", 1)[0].strip()
    return int(value) if value.isdigit() else 0


class _Site(web.TCPSite):
    """aiohttp's TCP site, each connection under a `_HeadDeadline`."""

    async def start(self) -> None:
        await web.BaseSite.start(self)
        factory = self._runner.server
        assert factory is not None
        self._server = await asyncio.get_running_loop().create_server(
            lambda: _HeadDeadline(factory(), HEAD_TIMEOUT), self._host, self._port, backlog=self._backlog
        )


def host_allowed(host: str | None, bind: str, extra: frozenset[str] = frozenset()) -> bool:
    """
    Whether a request's `Host` header names this server, listening on `bind`.

    A page of another site can make the browser send it requests with its own name as `Host`
    (DNS rebinding); they are refused. Allowed: loopback names and addresses when bound to
    loopback; the bound address and this machine's names otherwise (any IP address when bound to
    all interfaces); and the names in `extra` (``RERUN_ALLOWED_HOSTS``, comma-separated; ``*``
    allows any). A request without `Host` (not from a browser) is allowed.
    """
    if host is None:
        return True
    name = host.strip().lower()
    if name.startswith("["):
        name = name[1 : name.find("]")] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    name = name.rstrip(".")
    if "*" in extra or name in extra:
        return True
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(name)
    except ValueError:
        ip = None
    local_name = name == "localhost" or name.endswith(".localhost")
    if is_loopback(bind):
        return local_name or (ip is not None and ip.is_loopback)
    own_names = {socket.gethostname().lower(), socket.getfqdn().lower()}
    if bind in ("", "0.0.0.0", "::"):
        return ip is not None or local_name or name in own_names
    try:
        bound_ip = ipaddress.ip_address(bind)
    except ValueError:
        return name == bind.lower() or name in own_names
    return ip == bound_ip or name in own_names


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def should_open_browser() -> bool:
    """A browser can be opened: a desktop session (or macOS / Windows)."""
    if os.environ.get("RERUN_NO_BROWSER"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class ViewerServer:
    """
    The viewer: web app + WebSocket on `web_port`, SDK streams on `tcp_port`.

    Parameters
    ----------
    web_port:
        HTTP/WebSocket port (0: any free port). If it is taken, a free port is used instead.
    tcp_port:
        Port for SDK streams (`rr.connect`/`rr.spawn`); None: no TCP ingest (`rr.serve`).
    bind:
        Address to listen on; 127.0.0.1 unless you mean to expose the viewer.
    open_browser:
        Open the page in the default browser once serving (only where there is a display).
    memory_limit:
        "75%", "4GB", bytes or None: beyond it the oldest temporal data is dropped.

    """

    def __init__(
        self,
        web_port: int = 9090,
        tcp_port: int | None = 9876,
        *,
        bind: str = "127.0.0.1",
        open_browser: bool = False,
        memory_limit: str | int | None = "75%",
        static_dir: Path | None = None,
    ) -> None:
        self.web_port = web_port
        self.tcp_port = tcp_port
        self.bind = bind
        self.open_browser = open_browser
        self.static_dir = static_dir or STATIC_DIR
        self.hub = StoreHub()
        self.sessions: set[Session] = set()
        self.sources: dict[str, str] = {}
        self.guard = MemoryGuard(self.hub, parse_memory_limit(memory_limit), self.notice)
        self.ingestor = Ingestor(self.hub, self.guard, self._progress, self._note_source)
        self.ingestor.on_data = self._data_arrived
        self.loop: asyncio.AbstractEventLoop | None = None
        self._new_data: asyncio.Event | None = None
        self._new_data_flagged = False
        self._runner: web.AppRunner | None = None
        self._tcp_server: asyncio.AbstractServer | None = None
        self._push_task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._start_error: BaseException | None = None
        self._cache: dict[Any, bytes] = {}
        #: slot -> (seconds the last summary/streams took to make, when it was made): see `_may_remake`.
        self._make_costs: dict[str, tuple[float, float]] = {}
        self._ingest_lock = threading.Lock()
        # The latest progress frame of each source still loading (or that failed), with a serial
        # number: pages that connect mid-load are shown it, not only those open at the last update.
        self._progress_frames: dict[str, tuple[int, bytes]] = {}
        self._progress_serial = itertools.count()
        self._allowed_hosts = frozenset(
            h.strip().lower() for h in os.environ.get("RERUN_ALLOWED_HOSTS", "").split(",") if h.strip()
        )

    # -- addresses ---------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host = self.bind if self.bind not in ("0.0.0.0", "::", "") else "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.web_port}"

    # -- data in -------------------------------------------------------------------------------------

    def add_message(self, msg: LogMsg) -> None:
        """Ingest one message (thread-safe); what `rr.serve`'s sink calls."""
        with self._ingest_lock:
            self.ingestor.ingest([msg], "in-process", 0)

    def load_file(self, path: str) -> LoadProgress:
        """Load an .rrd file (blocking; call from a worker thread)."""
        return self.ingestor.load_file(path)

    def load_stdin(self) -> LoadProgress:
        return self.ingestor.load_stream(sys.stdin.buffer, "stdin")

    def _note_source(self, store_id: str, source: str) -> None:
        self.sources.setdefault(store_id, source)

    def _progress(self, progress: LoadProgress) -> None:
        msg = P.Progress(progress.source, progress.bytes_read, progress.bytes_total, progress.messages, progress.done, progress.error)
        frame = P.encode_message(msg)
        # The last frame of each source is kept, "done" included: a page that connects while a
        # file loads gets it, and `_push` drops a frame a newer one has replaced in the meantime.
        self._progress_frames[progress.source] = (next(self._progress_serial), frame)
        self._broadcast_threadsafe(frame, slot=f"progress:{progress.source}")

    def notice(self, text: str, level: str = "warning") -> None:
        """Show a message on every open page (thread-safe)."""
        self._broadcast_threadsafe(P.encode_message(P.Notice(level, text)))  # type: ignore[arg-type]

    def _broadcast_threadsafe(self, frame: bytes, slot: str | None = None) -> None:
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._broadcast, frame, slot)
        except RuntimeError:
            pass  # the loop is shutting down

    def _broadcast(self, frame: bytes, slot: str | None) -> None:
        for s in list(self.sessions):
            if slot is None:
                s.reply(frame)
            else:
                s.push(slot, frame)

    # -- the aiohttp app ----------------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._refuse_foreign_hosts, self._security_headers], client_max_size=16 << 20)
        app.router.add_get("/", self._index)
        app.router.add_get("/index.html", self._index)
        app.router.add_get("/ws", self._websocket)
        app.router.add_get("/api/recording/{store_id}.rrd", self._download)
        app.router.add_get("/api/blueprint/{store_id}.rbl", self._download_blueprint)
        app.router.add_post("/api/load", self._upload)
        app.router.add_get("/{path:.+}", self._static)
        return app

    @web.middleware
    async def _refuse_foreign_hosts(self, request: web.Request, handler: Any) -> web.StreamResponse:
        host = request.headers.get("Host")
        if not host_allowed(host, self.bind, self._allowed_hosts):
            log.warning("refused a request for host %r (not an address of this viewer: DNS rebinding?)", host[:100] if host else host)
            raise web.HTTPForbidden(text="this viewer does not serve that host name (set RERUN_ALLOWED_HOSTS to allow it)")
        if len(request.raw_path) > MAX_URL_CHARS:
            raise web.HTTPRequestURITooLong()
        return await handler(request)

    @web.middleware
    async def _security_headers(self, request: web.Request, handler: Any) -> web.StreamResponse:
        response = await handler(request)
        host = request.host or f"127.0.0.1:{self.web_port}"
        response.headers.setdefault("Content-Security-Policy", CSP.format(ws=f"ws://{host} wss://{host}"))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    async def _index(self, request: web.Request) -> web.StreamResponse:
        index = self.static_dir / "index.html"
        if index.is_file():
            return web.FileResponse(index, headers={"Cache-Control": "no-cache"})
        return web.Response(text=_NOT_BUILT, content_type="text/html")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        root = self.static_dir.resolve()
        try:
            path = (root / request.match_info["path"]).resolve()
            if root not in path.parents or not path.is_file():
                raise web.HTTPNotFound()
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte...
            raise web.HTTPNotFound() from None
        # Asset names carry no content hash: revalidate every time, so an upgraded package never
        # runs a stale bundle from the browser cache (aiohttp answers If-Modified-Since with 304).
        return web.FileResponse(path, headers={"Cache-Control": "no-cache"})

    async def _download(self, request: web.Request) -> web.StreamResponse:
        """A recording as it is held now, as an .rrd file (to save it, or to query it with rerun.dataframe)."""
        from .._log_msg import ArrowMsg, SetStoreInfo, StoreInfo
        from .._rrd import encode_header, encode_msg

        sid = self._store_id(request.match_info["store_id"])
        store = self.hub.store(sid) if sid is not None else None
        if store is None or sid is None:
            raise web.HTTPNotFound(text="no such recording")
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        response.headers["Content-Disposition"] = f'attachment; filename="{sid.id}.rrd"'
        await response.prepare(request)
        await response.write(encode_header())
        info = self.hub.store_info(sid)
        if isinstance(info, StoreInfo):
            await response.write(encode_msg(SetStoreInfo(info)))
        for chunk in store.chunks():
            await response.write(encode_msg(ArrowMsg(sid, chunk)))
        await response.write_eof()
        return response

    async def _download_blueprint(self, request: web.Request) -> web.Response:
        """The layout a recording is shown with (sent, edited in a page, or made from the data) as an .rbl file."""
        from .._rrd import encode_header, encode_msg
        from .views.blueprint import blueprint_layout, blueprint_store, edited_blueprint_messages

        sid = self._store_id(request.match_info["store_id"])
        app = self.hub.application_of(sid) if sid is not None else None
        if sid is None or app is None:
            raise web.HTTPNotFound(text="no such recording")
        layout = blueprint_layout(self.hub, sid)
        messages = edited_blueprint_messages(layout.root, layout.panels, app, blueprint_store(self.hub, sid))
        body = encode_header() + b"".join(encode_msg(m) for m in messages)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in app) or "blueprint"
        return web.Response(body=body, content_type="application/octet-stream", headers={"Content-Disposition": f'attachment; filename="{safe}.rbl"'})

    async def _upload(self, request: web.Request) -> web.Response:
        """An .rrd or .rbl file dropped on the page: loaded like `rerun FILE` (an .rbl applies to its application)."""
        import io

        origin = request.headers.get("Origin")
        if origin is None or not self._same_origin(origin, request.host):
            # Another web site must not push data into the viewer through the visitor's browser.
            raise web.HTTPForbidden(text="cross-origin upload refused")
        name = os.path.basename(request.query.get("name", "dropped.rrd")) or "dropped.rrd"
        body = io.BytesIO()
        guard = self.ingestor.guard
        source = object()  # this upload, as the guard's key (requests are not hashable)
        try:
            async for piece in request.content.iter_chunked(1 << 20):
                body.write(piece)
                # The upload counts against the memory limit while it arrives, as a stream's frames do.
                if not guard.hold_in_flight(source, body.tell()):
                    raise web.HTTPRequestEntityTooLarge(
                        max_size=guard.limit_bytes or 0, actual_size=body.tell(), text=f"{name}: larger than the viewer's memory limit"
                    )
        finally:
            guard.hold_in_flight(source, 0)
        size = body.tell()
        body.seek(0)
        progress = await asyncio.get_running_loop().run_in_executor(None, lambda: self.ingestor.load_stream(body, name, size))
        if progress.error:
            return web.Response(status=400, text=progress.error)
        return web.Response(text=f"loaded {progress.messages} messages from {name}")

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and not self._same_origin(origin, request.host):
            # Another web site must not read recordings through the visitor's browser.
            log.warning("refused a WebSocket from foreign origin %s", origin)
            raise web.HTTPForbidden(text="cross-origin WebSocket refused")
        # No per-message deflate: answers are mostly binary float arrays (deflate saves little on
        # them), and compressing a scene of 10,000 entities (2 MB a step) took the server longer
        # than building it, halving the updates a playing page gets (BENCHMARKS.md, issue 11).
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME_BYTES, heartbeat=30.0, compress=False)
        await ws.prepare(request)
        transport = request.transport
        session = Session(ws, f"page {request.remote}", self._answer, transport.abort if transport is not None else None)
        self.sessions.add(session)
        log.info("%s connected", session.name)

        async def first_push() -> None:
            try:
                await self._push(session)
            except Exception:  # noqa: BLE001 - the page still gets its answers; the push loop retries
                log.exception("failed to push state to %s", session.name)

        # Alongside the session's own loop, which sends each frame as it is queued: the recordings
        # list and a file's loading progress go out at once, while the summary of a recording with
        # thousands of entities (seconds, or waiting for a load to finish indexing) comes after.
        pushing = asyncio.ensure_future(first_push())
        try:
            await session.run()
        finally:
            pushing.cancel()
            self.sessions.discard(session)
            log.info("%s disconnected", session.name)
        return ws

    @staticmethod
    def _same_origin(origin: str, host: str) -> bool:
        from urllib.parse import urlsplit

        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and parts.netloc == host

    # -- answering pages ------------------------------------------------------------------------------

    def _answer(self, session: Session, msg: Any) -> Any:
        """Answer one client message (runs in a worker thread)."""
        if isinstance(msg, P.SelectRecording):
            sid = self._store_id(msg.store_id)
            if sid is None:
                return P.ErrorReply(None, f"unknown recording {msg.store_id!r}")
            session.store_id = msg.store_id
            session.timeline = None
            session.compared_views.clear()
            session.pushed.pop("summary", None)
            session.pushed.pop("streams", None)
            return None
        if isinstance(msg, P.SetTimeline):
            session.timeline = msg.timeline
            session.pushed.pop("streams", None)
            return None
        if isinstance(msg, P.ResetCache):
            session.sent_keys.clear()
            return None
        if isinstance(msg, P.QueryView):
            sid = self._store_id(msg.store_id)
            store = self.hub.store(sid) if sid is not None else None
            if store is None:
                return P.ErrorReply(msg.request_id, f"unknown recording {msg.store_id!r}")
            try:
                components = view_components_of(self.hub, sid, msg.view_id)  # type: ignore[arg-type]
                compare = sid is not None and msg.plot is not None and msg.plot.compare_recordings
                if compare:
                    session.compared_views.add(msg.view_id)
                else:
                    session.compared_views.discard(msg.view_id)
                recordings = self._compared_recordings(sid) if compare else None  # type: ignore[arg-type]
                payload, arrays = build_view(
                    store,
                    msg.kind,
                    msg.origin,
                    msg.contents,
                    msg.timeline,
                    msg.time,
                    session.sent_keys,
                    msg.time_window,
                    blueprint=components,
                    plot=msg.plot,
                    recordings=recordings,
                    drawable_keys=True,
                )
            except KeyError as err:
                return P.ErrorReply(msg.request_id, str(err.args[0]))
            session.sent_keys.update(arrays)
            if isinstance(payload, P.SpatialPayload) and payload.keys:
                session.sent_keys.update(payload.keys)  # the page caches drawables by key, as arrays
            return P.ViewData(msg.request_id, msg.store_id, msg.view_id, msg.timeline, msg.time, payload, arrays)
        if isinstance(msg, (P.SaveBlueprint, P.ResetBlueprint)):
            sid = self._store_id(msg.store_id)
            app = self.hub.application_of(sid) if sid is not None else None
            if app is None:
                return P.ErrorReply(None, f"unknown recording {msg.store_id!r}")
            if isinstance(msg, P.SaveBlueprint):
                self.hub.on_messages(edited_blueprint_messages(msg.root, msg.panels, app, blueprint_store(self.hub, sid)))  # type: ignore[arg-type]
            else:
                self.hub.set_active_blueprint(app, self.hub.default_blueprint(app))
            return None
        if isinstance(msg, P.QuerySelection):
            sid = self._store_id(msg.store_id)
            store = self.hub.store(sid) if sid is not None else None
            if store is None:
                return P.ErrorReply(msg.request_id, f"unknown recording {msg.store_id!r}")
            comps = describe_entity(store, msg.entity_path, msg.instance, msg.timeline, P.widen_query_time(msg.time))
            return P.Selection(msg.request_id, msg.store_id, msg.entity_path, msg.instance, comps)
        return P.ErrorReply(getattr(msg, "request_id", None), f"unhandled message {type(msg).__name__}")

    def _compared_recordings(self, sid: StoreId) -> list[tuple[str, str, ChunkStore]]:
        """(store id, legend label, store) of every loaded recording of `sid`'s application, oldest first."""
        app = self.hub.application_of(sid)
        found = []
        for other in self.hub.recordings(app):
            store, info = self.hub.store(other), self.hub.store_info(other)
            if store is None:
                continue
            started = info.started_ns if isinstance(info, StoreInfo) else 0
            found.append((started, str(other), recording_label(other.id, started), store))
        found.sort(key=lambda item: item[0])  # stable: recordings started together stay in load order
        return [(store_id, label, store) for _, store_id, label, store in found]

    def _compared_generations(self, sid: StoreId) -> tuple[tuple[str, int], ...]:
        """(store id, generation) of every other recording of `sid`'s application: changes when one gets data."""
        app = self.hub.application_of(sid)
        found = []
        for other in self.hub.recordings(app):
            store = self.hub.store(other)
            if other != sid and store is not None:
                found.append((str(other), store.generation))
        return tuple(found)

    def _store_id(self, text: str) -> StoreId | None:
        try:
            sid = StoreId.parse(text)
        except ValueError:
            return None
        return sid if sid in self.hub else None

    # -- pushing state ----------------------------------------------------------------------------------

    def _cached(self, key: Any, make: Any) -> bytes | None:
        frame = self._cache.get(key)
        if frame is None:
            msg = make()
            if msg is None:
                return None
            if len(self._cache) > 64:
                self._cache.clear()
            frame = self._cache[key] = P.encode_message(msg)
        return frame

    def _state_frames(self, session: Session) -> list[tuple[str, bytes]]:
        """Frames of the pushed state that changed for one page since its last push (worker thread)."""
        frames: list[tuple[str, bytes]] = []
        hub = self.hub
        # As Rerun does, the page shows the recording that arrived last (running a script again next to
        # an open viewer shows the new run); the page keeps its own choice once the user picked one.
        recordings = hub.recordings()
        active = str(recordings[-1]) if recordings else None
        hello_key = ("hello", hub.generation, len(self.sources), active)
        if session.pushed.get("hello") != hello_key:
            session.pushed["hello"] = hello_key
            frames.append(("hello", P.encode_message(hello(hub, self.sources, active))))
        for source, (serial, progress_frame) in list(self._progress_frames.items()):
            slot = f"progress:{source}"
            if session.pushed.get(slot) is None or session.pushed[slot] < serial:
                session.pushed[slot] = serial
                frames.append((slot, progress_frame))
        if session.store_id is None and active is not None:
            session.store_id = active
        return frames

    def _recording_frames(self, session: Session) -> list[tuple[str, bytes]]:
        """Frames of the shown recording's summary and streams that changed for one page (worker thread).

        Apart from `_state_frames`: with thousands of entities these take seconds to make, and the
        page is sent the recordings list first, so it can say that it is loading one meanwhile.
        """
        frames: list[tuple[str, bytes]] = []
        hub = self.hub
        sid = self._store_id(session.store_id) if session.store_id else None
        store = hub.store(sid) if sid is not None else None
        if store is None or sid is None:
            return frames
        # The entity tree goes only to a page that does not have this one yet.
        tree_key = (str(sid), entity_tree_key(store))
        with_entities = session.pushed.get("summary_entities") != tree_key
        summary_key = ("summary", str(sid), hub.generation, store.generation, self.guard.limit_bytes, with_entities)
        # A page comparing recordings is sent the (same) summary again when another recording of
        # the application gets data: that makes it ask its views again (a live second run).
        pushed_key = (summary_key[:-1], self._compared_generations(sid) if session.compared_views else None)
        if session.pushed.get("summary") != pushed_key and (summary_key in self._cache or self._may_remake(session, "summary")):
            frame = self._timed(
                session, "summary", summary_key, lambda: recording_summary(hub, sid, self.guard.limit_bytes, with_entities)
            )
            if frame is not None:
                session.pushed["summary"] = pushed_key
                session.pushed["summary_entities"] = tree_key
                # Its own slot: a summary without the tree must not replace an unsent one with it.
                frames.append(("summary" if with_entities else "summary_update", frame))
        timeline = session.timeline or default_timeline(store)
        if timeline is None:
            return frames
        streams_key = ("streams", str(sid), store.generation, timeline)
        if session.pushed.get("streams") != streams_key and (streams_key in self._cache or self._may_remake(session, "streams")):
            frame = self._timed(session, "streams", streams_key, lambda: streams(store, str(sid), timeline))
            if frame is not None:
                session.pushed["streams"] = streams_key
                frames.append(("streams", frame))
        return frames

    # While a file with thousands of entities streams in, every push would remake a summary that
    # takes seconds, holding the GIL the import needs: a page that was sent one is sent the next
    # only after a pause of a few times what the last one cost (never sooner than each push).
    REMAKE_PAUSE = 4.0

    def _may_remake(self, session: Session, slot: str) -> bool:
        cost, made_at = self._make_costs.get(slot, (0.0, 0.0))
        return session.pushed.get(slot) is None or time.monotonic() - made_at >= self.REMAKE_PAUSE * cost

    def _timed(self, session: Session, slot: str, key: Any, make: Any) -> bytes | None:
        started = time.monotonic()
        frame = self._cached(key, make)
        self._make_costs[slot] = (time.monotonic() - started, time.monotonic())
        return frame

    async def _push(self, session: Session) -> None:
        loop = asyncio.get_running_loop()
        for make in (self._state_frames, self._recording_frames):
            for slot, frame in await loop.run_in_executor(None, make, session):
                if slot.startswith("progress:"):
                    latest = self._progress_frames.get(slot.removeprefix("progress:"))
                    if latest is not None and latest[1] is not frame:
                        continue  # a newer one was broadcast while this was read (a stale "Loading …" would stay)
                session.push(slot, frame)

    def _data_arrived(self) -> None:
        """New data is in the store (any thread): push it to the pages soon."""
        loop, event = self.loop, self._new_data
        if loop is None or event is None or self._new_data_flagged:
            return
        self._new_data_flagged = True  # one wake-up per push, however many messages arrive
        try:
            loop.call_soon_threadsafe(event.set)
        except RuntimeError:  # the loop has closed
            pass

    async def _push_loop(self) -> None:
        self._new_data = event = asyncio.Event()
        while True:
            try:
                await asyncio.wait_for(event.wait(), PUSH_INTERVAL)
            except asyncio.TimeoutError:
                pass
            event.clear()
            self._new_data_flagged = False
            for session in list(self.sessions):
                if session.closed:
                    continue
                try:
                    await self._push(session)
                except Exception as err:  # noqa: BLE001 - keep pushing whatever happens to one summary
                    # Logged once per page and error, not ten times a second while it lasts.
                    text = f"{type(err).__name__}: {err}"
                    if session.pushed.get("push-error") != text:
                        session.pushed["push-error"] = text
                        log.exception("failed to push state to %s", session.name)
            await asyncio.sleep(PUSH_MIN_INTERVAL)

    # -- lifecycle ----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Bind the ports and start serving (on the running loop)."""
        self.loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        if not is_loopback(self.bind):
            log.warning(
                "the viewer listens on %s, which other machines can reach: anyone who can connect sees your recordings",
                self.bind,
            )
        logging.getLogger("aiohttp.server").addFilter(_QUIET_BAD_REQUESTS)  # once: filters are a set
        self._runner = web.AppRunner(self.make_app(), access_log=None)
        await self._runner.setup()
        try:
            site = _Site(self._runner, self.bind, self.web_port)
            await site.start()
        except OSError as err:
            if self.web_port == 0:
                raise
            log.warning("web port %d is taken (%s); using a free port instead", self.web_port, err.strerror or err)
            site = _Site(self._runner, self.bind, 0)
            await site.start()
        server = getattr(site, "_server", None)
        if server is not None and server.sockets:
            self.web_port = int(server.sockets[0].getsockname()[1])
        if self.tcp_port is not None:
            try:
                self._tcp_server = await asyncio.start_server(self.ingestor.handle_tcp, self.bind, self.tcp_port)
                self.tcp_port = int(self._tcp_server.sockets[0].getsockname()[1])
            except OSError as err:
                log.warning(
                    "cannot listen for SDK streams on port %d (%s); is another viewer running? Serving without it.",
                    self.tcp_port,
                    err.strerror or err,
                )
                self.tcp_port = None
        self._push_task = asyncio.ensure_future(self._push_loop())
        if self.open_browser and should_open_browser():
            await self.loop.run_in_executor(None, webbrowser.open, self.url)

    async def stop(self) -> None:
        if self._push_task is not None:
            self._push_task.cancel()
        if self._tcp_server is not None:
            self._tcp_server.close()
        for session in list(self.sessions):
            session.close()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._stopped is not None:
            self._stopped.set()

    async def serve_until_stopped(self) -> None:
        await self.start()
        self._ready.set()
        assert self._stopped is not None
        await self._stopped.wait()

    def start_in_thread(self, timeout: float = 10.0) -> None:
        """Run the server on its own event loop in a daemon thread; returns once it is listening."""

        def run() -> None:
            try:
                asyncio.run(self.serve_until_stopped())
            except BaseException as err:  # noqa: BLE001 - reported to the starting thread
                self._start_error = err
                self._ready.set()

        self._thread = threading.Thread(target=run, name="rerun-viewer", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the viewer server did not start in time")
        if self._start_error is not None:
            raise RuntimeError(f"the viewer server failed to start: {self._start_error}") from self._start_error

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop a server started with `start_in_thread`."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                asyncio.run_coroutine_threadsafe(self.stop(), loop).result(timeout)
            except (RuntimeError, TimeoutError, asyncio.CancelledError):
                pass
        if self._thread is not None:
            self._thread.join(timeout)

    def recordings(self) -> list[StoreId]:
        return self.hub.store_ids(StoreKind.RECORDING)
