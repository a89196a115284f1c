"""The viewer inside a notebook cell: a live Jupyter widget, with a static fallback saved in the output.

How it works (no port is opened; nothing is fetched from the internet):

- Per recording shown, a `NotebookHost` runs a `ViewerServer` *without* HTTP in a background thread of
  the kernel, fed by the recording's sink (`HostSink`).
- Each `rr.notebook_show()` displays an `anywidget` widget whose front end is a tiny loader: it puts
  the app bundle (the same `static/assets/app.js` the `rerun` server serves) in a sandboxed iframe
  and relays the viewer protocol's binary frames between the iframe (postMessage) and the kernel
  (the widget's comm). On the kernel side each widget is one ordinary `Session` of the server, so
  pages get exactly what a browser tab gets.
- A running cell blocks the kernel's shell channel, so the page's own queries wait until the cell
  ends. While a cell runs (IPython's pre/post_run_cell events), the host therefore pushes the whole
  state and every view at the latest time unasked (`view_data` with request_id 0) a few times a
  second whenever the data changed: the widget updates live during a logging loop.
- A second output follows the widget's: `text/html`, a self-contained page (app bundle inline, the
  pushed frames embedded in base64) that shows the recording as of the last finished cell, for
  notebooks reopened without a kernel (where Jupyter cannot draw the widget) or exported to HTML.
  It is a snapshot at the latest time: the camera moves, but scrubbing the timeline and selection
  details need the live widget. The live widget hides it while it runs. After each cell whose run
  changed the data, that output (only) is replaced with a new snapshot. Jupyter shows it only in
  trusted notebooks (those you ran and saved yourself); untrusted ones show its text.
"""

from __future__ import annotations

import asyncio
import html
import logging
import threading
import types
import uuid
from typing import Any

from aiohttp import WSMsgType

from .._log_msg import LogMsg, StoreId
from .._recording.sinks import Sink
from . import protocol as P
from .server import PUSH_INTERVAL, ViewerServer
from .session import Session
from .snapshot import layout_views, page_html, pushed_frames
from .summary import default_timeline, recording_summary
from .views import build_view
from .views.blueprint import view_components_of

log = logging.getLogger("rerun.viewer")

#: While a cell runs: at most this often (seconds) a refresh of every view is pushed.
BUSY_REFRESH_INTERVAL = 0.25
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

#: The widget's front end (anywidget ESM): the app in a sandboxed iframe, frames relayed both ways.
LOADER_ESM = """
function render({ model, el }) {
  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", "allow-scripts");
  iframe.setAttribute("title", "Rerun viewer");
  iframe.style.cssText = `width: ${model.get("width")}px; max-width: 100%; height: ${model.get("height")}px; border: 0; display: block`;
  iframe.srcdoc = model.get("_page");
  const note = document.createElement("div");
  note.textContent = "Rerun viewer: no kernel is answering (run the cell again for the live viewer; the saved snapshot is below)";
  note.style.cssText = "display: none; font: 12px sans-serif; opacity: 0.7; padding: 4px 0";
  // The saved snapshot of this viewer (the next output) is for notebooks opened without a kernel:
  // hidden once the kernel answers (it is re-rendered after each cell, so look again now and then).
  let live = false;
  const hideSnapshot = () => {
    if (!live) return;
    for (const snap of document.querySelectorAll(`iframe[data-rerun-snapshot="${model.get("_snapshot_id")}"]`)) {
      const box = snap.closest(".jp-OutputArea-child") || snap;
      if (box.style.display !== "none") box.style.display = "none";
    }
  };
  const timer = setInterval(hideSnapshot, 500);
  // A widget restored from saved state has no kernel behind it: show the snapshot instead.
  const noKernel = setTimeout(() => {
    if (live) return;
    iframe.style.display = "none";
    note.style.display = "block";
  }, 6000);
  // Frames that arrive before the app in the iframe listens are kept for it: while a cell runs the
  // kernel pushes state unasked, but cannot answer the app's "open" before the cell ends.
  let appReady = false;
  let early = [];
  const post = (frame) => iframe.contentWindow && iframe.contentWindow.postMessage(frame, "*", [frame]);
  const onWindowMessage = (event) => {
    if (event.source !== iframe.contentWindow) return;
    if (event.data === "rerun:open") {
      appReady = true;
      for (const frame of early) post(frame);
      early = [];
      model.send({ kind: "open" });
    } else if (event.data instanceof ArrayBuffer) model.send({ kind: "frame" }, undefined, [event.data]);
  };
  const onCustom = (content, buffers) => {
    if (!content || content.kind !== "frame" || !buffers || buffers.length === 0) return;
    if (!live) {
      live = true;
      iframe.style.display = "block";
      note.style.display = "none";
      hideSnapshot();
    }
    const b = buffers[0];
    const frame = b instanceof ArrayBuffer ? b : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    if (appReady) post(frame);
    else early.push(frame);
  };
  window.addEventListener("message", onWindowMessage);
  model.on("msg:custom", onCustom);
  el.appendChild(iframe);
  el.appendChild(note);
  return () => {
    clearInterval(timer);
    clearTimeout(noKernel);
    window.removeEventListener("message", onWindowMessage);
    model.off("msg:custom", onCustom);
  };
}
export default { render };
"""


# -- the page ---------------------------------------------------------------------------------------


def static_html(frames: list[bytes], width: int, height: int, snapshot_id: str = "") -> str:
    """The saved snapshot output: the static page in a sandboxed iframe of the given size."""
    page = html.escape(page_html("static", frames), quote=True)
    return (
        f'<iframe sandbox="allow-scripts" title="Rerun viewer (saved snapshot)" data-rerun-snapshot="{html.escape(snapshot_id)}" '
        f'style="width: {int(width)}px; max-width: 100%; height: {int(height)}px; border: 0; display: block" '
        f'srcdoc="{page}"></iframe>'
    )


# -- the kernel side --------------------------------------------------------------------------------


class HostSink(Sink):
    """Hands a recording's messages to its notebook host."""

    def __init__(self, host: NotebookHost) -> None:
        self.host = host

    def send_all(self, msgs: list[LogMsg]) -> None:
        for msg in msgs:
            self.host.server.add_message(msg)


class TeeSink(Sink):
    """Sends to several sinks: a notebook viewer next to the sink the recording already had."""

    def __init__(self, *sinks: Sink) -> None:
        self.sinks = list(sinks)

    def send_all(self, msgs: list[LogMsg]) -> None:
        for sink in self.sinks:
            sink.send_all(msgs)

    def flush(self, timeout: float | None = None) -> None:
        for sink in self.sinks:
            sink.flush(timeout)

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()


class _CommFrame(types.SimpleNamespace):
    type: WSMsgType
    data: bytes


class _CommSocket:
    """What `Session` needs of a WebSocket, over a widget's comm (sends from the host's loop thread)."""

    def __init__(self, widget: Any) -> None:
        self.widget = widget
        self.incoming: asyncio.Queue[bytes | None] = asyncio.Queue()

    async def send_bytes(self, data: bytes) -> None:
        # ipykernel publishes comm messages through its IOPub thread: safe from this thread, and
        # not blocked by a cell running on the kernel's main thread.
        self.widget.send({"kind": "frame"}, buffers=[data])

    async def close(self) -> None:
        self.incoming.put_nowait(None)

    def exception(self) -> BaseException | None:
        return None

    def __aiter__(self) -> _CommSocket:
        return self

    async def __anext__(self) -> _CommFrame:
        data = await self.incoming.get()
        if data is None:
            raise StopAsyncIteration
        return _CommFrame(type=WSMsgType.BINARY, data=data)


class _Display:
    """One displayed viewer: its widget, its session, its output (to refresh the saved fallback)."""

    def __init__(self, widget: Any, session: Session, socket: _CommSocket, width: int, height: int) -> None:
        self.widget = widget
        self.session = session
        self.socket = socket
        self.width = width
        self.height = height
        #: The output holding the saved snapshot (an output of its own, after the widget's).
        self.handle: Any = None
        self.snapshot_key: Any = None
        self.snapshot_id = str(getattr(widget, "_snapshot_id", "") or uuid.uuid4().hex)


class NotebookHost:
    """A viewer server without HTTP for one recording, serving its notebook widgets over their comms."""

    def __init__(self, store_id: StoreId, memory_limit: str | int | None = "25%") -> None:
        self.store_id = store_id
        self.server = ViewerServer(web_port=0, tcp_port=None, memory_limit=memory_limit)
        self.displays: list[_Display] = []
        self.busy = False
        self._refreshed_key: Any = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rerun-notebook", daemon=True)
        self._thread.start()
        self._ready.wait(10.0)

    def _run(self) -> None:
        async def main() -> None:
            self.server.loop = asyncio.get_running_loop()
            self._ready.set()
            await self._push_loop()

        asyncio.run(main())

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        assert self.server.loop is not None
        return self.server.loop

    # -- widgets --------------------------------------------------------------------------------------

    def attach(self, widget: Any, width: int, height: int) -> _Display:
        """Serve `widget` (its comm) as one more page of this host's server."""
        socket = _CommSocket(widget)
        session = Session(socket, f"notebook widget {uuid.uuid4().hex[:8]}", self.server._answer)  # type: ignore[arg-type]
        session.store_id = str(self.store_id)
        display = _Display(widget, session, socket, width, height)

        def on_msg(_widget: Any, content: Any, buffers: Any) -> None:
            # Runs on the kernel's main thread: hand over to the host's loop.
            kind = content.get("kind") if isinstance(content, dict) else None
            if kind == "open":
                self.loop.call_soon_threadsafe(self._reset, session)
            elif kind == "frame" and buffers:
                self.loop.call_soon_threadsafe(socket.incoming.put_nowait, bytes(buffers[0]))

        widget.on_msg(on_msg)

        def start() -> None:
            self.server.sessions.add(session)
            task = asyncio.ensure_future(session.run())
            task.add_done_callback(lambda _t: self.server.sessions.discard(session))

        self.loop.call_soon_threadsafe(start)
        self.displays.append(display)
        self._refreshed_key = None  # the new page gets a refresh at the next tick, even while a cell runs
        return display

    def _reset(self, session: Session) -> None:
        """A page (re)loaded: it holds nothing, so everything is pushed again."""
        session.pushed.clear()
        session.sent_keys.clear()
        session.store_id = str(self.store_id)
        session.timeline = None
        for slot, frame in self.snapshot_frames():
            session.push(slot, frame)

    # -- the state as frames ----------------------------------------------------------------------------

    def data_key(self) -> Any:
        store = self.server.hub.store(self.store_id) if self.store_id in self.server.hub else None
        return (self.server.hub.generation, store.generation if store is not None else None)

    def snapshot_frames(self) -> list[tuple[str, bytes]]:
        """Everything a fresh page needs, by slot: hello, summary, streams and every view at the latest time."""
        server = self.server
        frames = pushed_frames(server, str(self.store_id))
        hub = server.hub
        store = hub.store(self.store_id) if self.store_id in hub else None
        if store is None:
            return frames
        summary = recording_summary(hub, self.store_id, server.guard.limit_bytes)
        timeline = default_timeline(store)
        if summary is None:
            return frames
        for view in layout_views(summary.blueprint.root):
            try:
                payload, arrays = build_view(store, view.kind, view.origin, view.contents, timeline, None, set(), None, view_components_of(hub, self.store_id, view.id))
            except Exception:  # noqa: BLE001 - one view that fails to build must not hide the others
                log.exception("notebook: failed to build view %s", view.id)
                continue
            msg = P.ViewData(0, str(self.store_id), view.id, timeline, None, payload, arrays)
            frames.append((f"view:{view.id}", P.encode_message(msg)))
        return frames

    async def _push_loop(self) -> None:
        """The server's pushes (state to every session on change; no HTTP site), and refreshes while a cell runs."""
        loop = asyncio.get_running_loop()
        last_refresh = 0.0
        # Ends with the kernel: once the interpreter shuts down no worker thread can be started.
        while threading.main_thread().is_alive():
            await asyncio.sleep(PUSH_INTERVAL)
            try:
                for session in list(self.server.sessions):
                    if not session.closed:
                        await self.server._push(session)
                if self.busy and self.displays and loop.time() - last_refresh >= BUSY_REFRESH_INTERVAL:
                    last_refresh = loop.time()
                    await self._refresh(loop)
            except RuntimeError:
                return  # the interpreter is shutting down
            except Exception:  # noqa: BLE001 - keep serving whatever happens once
                log.exception("notebook: failed to update the widgets")

    async def _refresh(self, loop: asyncio.AbstractEventLoop) -> None:
        key = self.data_key()
        if key == self._refreshed_key:
            return
        self._refreshed_key = key
        frames = await loop.run_in_executor(None, self.snapshot_frames)
        for display in self.displays:
            session = display.session
            if session.closed:
                continue
            # The page may be new (loaded while the cell runs), so it gets the whole state.
            session.pushed.clear()
            for slot, frame in frames:
                session.push(slot, frame)

    def refresh_now(self) -> None:
        """Push a refresh from any thread and wait for it (the end of a cell)."""
        self._refreshed_key = None
        busy, self.busy = self.busy, True
        try:
            asyncio.run_coroutine_threadsafe(self._refresh(self.loop), self.loop).result(30.0)
        finally:
            self.busy = busy


# -- hosts, per recording, and the IPython hooks ---------------------------------------------------------

_HOSTS: dict[StoreId, NotebookHost] = {}
_HOOKS_INSTALLED = False
_lock = threading.Lock()


def host_for(recording: Any) -> NotebookHost:
    """The host of `recording`, made on first use, with the recording's sink feeding it."""
    from .._recording.sinks import BufferedSink, MemorySink

    with _lock:
        host = _HOSTS.get(recording.store_id)
        if host is None:
            host = _HOSTS[recording.store_id] = NotebookHost(recording.store_id)
        _install_hooks()
    sink = recording._sink
    feeds = isinstance(sink, HostSink) or (isinstance(sink, TeeSink) and any(isinstance(s, HostSink) for s in sink.sinks))
    if not feeds:
        if isinstance(sink, BufferedSink):
            recording.set_sink(HostSink(host))  # what was logged so far carries over
        else:
            # Keep the sink the user chose (a file, a memory recording, a viewer) and add ours.
            recording.flush()
            with recording._sink_lock:
                if isinstance(sink, MemorySink):
                    for msg in list(sink.messages):
                        host.server.add_message(msg)
                recording._sink = TeeSink(sink, HostSink(host))
    return host


def _install_hooks() -> None:
    global _HOOKS_INSTALLED
    if _HOOKS_INSTALLED:
        return
    try:
        from IPython import get_ipython
    except ImportError:
        return
    ip = get_ipython()
    if ip is None:
        return
    ip.events.register("pre_run_cell", _pre_run_cell)
    ip.events.register("post_run_cell", _post_run_cell)
    _HOOKS_INSTALLED = True


def _pre_run_cell(*_args: Any) -> None:
    for host in list(_HOSTS.values()):
        host.busy = True


def _post_run_cell(*_args: Any) -> None:
    from .._recording.stream import _ALL_STREAMS

    for stream in list(_ALL_STREAMS):
        if stream.store_id in _HOSTS:
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - a flush problem must not break the notebook
                log.exception("notebook: flush failed")
    for host in list(_HOSTS.values()):
        host.busy = False
        if not host.displays:
            continue
        try:
            host.refresh_now()
            update_fallbacks(host)
        except Exception:  # noqa: BLE001 - the viewer must never break the user's cell
            log.exception("notebook: failed to update the viewer outputs")


def snapshot_bundle(display: _Display, host: NotebookHost) -> dict[str, Any]:
    """The saved-snapshot output of one viewer (`text/html`), as of now."""
    display.snapshot_key = host.data_key()
    frames = [f for _, f in host.snapshot_frames()]
    return {
        "text/html": static_html(frames, display.width, display.height, display.snapshot_id),
        "text/plain": "Rerun viewer: saved snapshot (trust the notebook to see it, or run it for the live viewer)",
    }


def update_fallbacks(host: NotebookHost) -> None:
    """Replace each saved snapshot whose data changed since it was made (the live widget stays as it is)."""
    for display in host.displays:
        if display.handle is None or display.snapshot_key == host.data_key():
            continue
        display.handle.update(snapshot_bundle(display, host), raw=True)


def make_widget(width: int, height: int) -> Any:
    """The anywidget widget (imported here: `import rerun` never imports anywidget)."""
    import anywidget
    import traitlets

    class RerunViewerWidget(anywidget.AnyWidget):  # type: ignore[misc]
        _esm = LOADER_ESM
        _page = traitlets.Unicode("").tag(sync=True)
        _snapshot_id = traitlets.Unicode("").tag(sync=True)
        width = traitlets.Int(950).tag(sync=True)
        height = traitlets.Int(712).tag(sync=True)

    return RerunViewerWidget(_page=page_html("parent"), _snapshot_id=uuid.uuid4().hex, width=width, height=height)


def show(recording: Any, width: int, height: int) -> _Display:
    """Display a live viewer of `recording` in the current cell's output."""
    from IPython.display import display as ipy_display

    host = host_for(recording)
    host.busy = True  # called from a running cell; post_run_cell ends it
    recording.flush()
    widget = make_widget(width, height)
    shown = host.attach(widget, width, height)
    ipy_display(widget)
    shown.handle = ipy_display(snapshot_bundle(shown, host), raw=True, display_id=True)
    return shown
