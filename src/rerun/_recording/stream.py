"""`RecordingStream`: what `rr.init`, `rr.log` and `rr.set_time_*` act on.

`rr.log` converts the data, stamps it with the thread's time and a row id, and queues it for
the batcher; it never waits for I/O. Each module-level function (`rr.log`, `rr.save`, ...) is
the method of the same name on the current recording (see `rerun/_recording/api.py`).
"""

from __future__ import annotations

import atexit
import itertools
import os
import platform
import threading
import time
import uuid
import weakref
from collections.abc import Iterable
from pathlib import Path
from time import time_ns
from typing import Any

from .._chunk import ROW_ID, ROW_ID_COUNTER, Chunk, TimeType
from .._datamodel.archetype import Archetype
from .._datamodel.copies import release_unused
from .._datamodel.errors import as_rerun017, report, soft_problem, strict_mode, strict_override, warn
from .._log_msg import ArrowMsg, LogMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from . import process_hooks
from .batcher import Batcher, component_parts, storage_nbytes, warm_up_arrow
from .checks import TIME_MAX, TIME_MIN, check_component_names, time_int, to_nanos
from .entity_path import canonical_entity_path, entity_path_from
from .sinks import BinaryStreamSink, BufferedSink, FileSink, MemorySink, Sink, StdoutSink, TcpSink
from .time import TimeContext, TimelineKey

SDK_VERSION = "pyrerun 0.1.0"
_ALL_STREAMS: weakref.WeakSet[RecordingStream] = weakref.WeakSet()


def _env_enabled(default_enabled: bool) -> bool:
    value = os.environ.get("RERUN", "").strip().lower()
    if value in ("0", "off", "false", "no"):
        return False
    if value in ("1", "on", "true", "yes"):
        return True
    return default_enabled


def _without_column_clashes(
    names: tuple[str, ...], storages: tuple[Any, ...], arrow_types: tuple[Any, ...], timelines: TimelineKey | None, strict: bool | None
) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[Any, ...]]:
    """
    The components whose names no other column of the row's chunk has: its row ids
    (`rerun.row_id`) and, unless static, its timelines (with `log_time` and `log_tick`). A chunk
    holds them all as columns of one record batch (see `rerun._chunk`), where two of one name
    would make it unreadable; Rerun 0.17 keeps timelines apart and takes such names. The others
    are left out with a warning (in strict mode: an error, and nothing of the row is logged).
    """
    taken = {ROW_ID} if timelines is None else {ROW_ID, "log_time", "log_tick", *(name for name, _type in timelines)}
    if taken.isdisjoint(names):
        return names, storages, arrow_types
    clashing = sorted(taken.intersection(names))
    message = (
        f"component name(s) {', '.join(map(repr, clashing))} are also the name of a timeline (or of the row ids) "
        "of this row; pyrerun stores both as columns of one chunk, so these components are left out "
        "(give them another name)"
    )
    with strict_override(strict):
        if strict_mode():
            raise ValueError(message)
    warn(message)
    kept = [i for i, name in enumerate(names) if name not in taken]
    return tuple(names[i] for i in kept), tuple(storages[i] for i in kept), tuple(arrow_types[i] for i in kept)


class RecordingStream:
    """
    A recording: a stream of logged data with its application id and recording id.

    Use it directly (`rec.log(...)`), as the global recording (`rr.init`), or as the
    thread-local one within a `with rec:` block.

    Parameters
    ----------
    application_id:
        The application this recording belongs to; the viewer groups recordings by it.
    recording_id:
        A unique id; random when not given. Processes that log with the same id share one recording.
    default_enabled:
        Whether logging is on unless the `RERUN` environment variable says otherwise.
    store_kind:
        `recording` for data, `blueprint` for layouts.

    """

    def __init__(
        self,
        application_id: str,
        recording_id: str | uuid.UUID | None = None,
        default_enabled: bool = True,
        store_kind: StoreKind = StoreKind.RECORDING,
    ) -> None:
        if not isinstance(application_id, str) or not application_id:
            raise ValueError(f"application_id must be a non-empty string, got {application_id!r}")
        self.application_id = application_id
        self.recording_id = str(recording_id) if recording_id is not None else default_recording_id(application_id)
        self.enabled = _env_enabled(default_enabled)
        self.store_id = StoreId(store_kind, self.recording_id)
        self.store_info = StoreInfo(
            application_id=application_id,
            store_id=self.store_id,
            started_ns=time.time_ns(),
            sdk_version=SDK_VERSION,
            python_version=f"Python {platform.python_version()}",
        )
        self._time = TimeContext()
        self._ticks = itertools.count()  # next() on a count is atomic in CPython: no lock needed
        self._sink_lock = threading.RLock()
        self._sink: Sink = BufferedSink()
        self._sink.send(SetStoreInfo(self.store_info))
        self._batcher = Batcher(self._on_chunks, prepare=self._encode_ahead)
        self._previous_thread_local: list[RecordingStream | None] = []
        _ALL_STREAMS.add(self)
        if self.enabled:
            process_hooks.install()
            warm_up_arrow()

    # -- identity --------------------------------------------------------------------------

    def get_application_id(self) -> str:
        """The application id of this recording."""
        return self.application_id

    def get_recording_id(self) -> str:
        """The recording id of this recording."""
        return self.recording_id

    def is_enabled(self) -> bool:
        """Whether logging to this recording does anything."""
        return self.enabled

    # -- time ------------------------------------------------------------------------------

    def set_time_sequence(self, timeline: str, sequence: int) -> None:
        """
        Set the current time of `timeline` (a sequence, e.g. a frame number) for this thread.

        Parameters
        ----------
        timeline:
            The name of the timeline (a `str`).
        sequence:
            The integer time (`int` or a numpy integer) in -2**63+1..2**63-1. Anything else is
            reported (a `RerunWarning`; `TypeError`/`ValueError` in strict mode) and the time
            is left as it was.

        """
        if type(sequence) is not int or not TIME_MIN <= sequence <= TIME_MAX:
            checked = self._checked_time(time_int, sequence, "sequence", "set_time_sequence", timeline)
            if checked is None:
                return
            sequence = checked
        try:  # inlined: the setters are called in users' innermost loops
            self._time.set(timeline, TimeType.SEQUENCE, sequence)
        except (TypeError, ValueError) as err:  # a bad timeline name: nothing was changed
            report(err, "rr.set_time_sequence")

    def set_time_seconds(self, timeline: str, seconds: float) -> None:
        """
        Set the current time of `timeline` in seconds (since the Unix epoch, or any origin).

        `seconds` is a real number (float, int, numpy number) or a `datetime`, stored as integer
        nanoseconds. A time outside the 64-bit nanosecond range (about +-292 years; often
        milliseconds given as seconds) or infinite is clamped to it, as Rerun 0.17 does, with a
        `RerunWarning`. NaN and non-numbers are reported (warning; `ValueError`/`TypeError` in
        strict mode) and leave the time as it was.
        """
        try:
            nanos, problem = to_nanos(seconds)
        except (TypeError, ValueError) as err:
            report(err, f"rr.set_time_seconds({timeline!r})")
            return
        if problem is not None:
            soft_problem(f"rr.set_time_seconds({timeline!r}): {problem}")
        try:  # inlined: the setters are called in users' innermost loops
            self._time.set(timeline, TimeType.TIME, nanos)
        except (TypeError, ValueError) as err:  # a bad timeline name: nothing was changed
            report(err, "rr.set_time_seconds")

    def set_time_nanos(self, timeline: str, nanos: int) -> None:
        """
        Set the current time of `timeline` in nanoseconds.

        `nanos` is an integer in -2**63+1..2**63-1; anything else is reported as for
        `set_time_sequence` and leaves the time as it was.
        """
        if type(nanos) is not int or not TIME_MIN <= nanos <= TIME_MAX:
            checked = self._checked_time(time_int, nanos, "nanos", "set_time_nanos", timeline)
            if checked is None:
                return
            nanos = checked
        try:  # inlined: the setters are called in users' innermost loops
            self._time.set(timeline, TimeType.TIME, nanos)
        except (TypeError, ValueError) as err:  # a bad timeline name: nothing was changed
            report(err, "rr.set_time_nanos")

    @staticmethod
    def _checked_time(check: Any, value: Any, what: str, function: str, timeline: Any) -> int | None:
        """`check(value, what)`, or None after reporting what was wrong (the slow path of the setters)."""
        try:
            return check(value, what)  # type: ignore[no-any-return]
        except (TypeError, ValueError) as err:
            report(err, f"rr.{function}({timeline!r})")
            return None

    def disable_timeline(self, timeline: str) -> None:
        """Stop stamping data with `timeline` on this thread."""
        self._time.disable(timeline)

    def reset_time(self) -> None:
        """Clear all timelines of this thread (log_time and log_tick still apply)."""
        self._time.reset()

    # -- logging ---------------------------------------------------------------------------

    def log(
        self,
        entity_path: str | list[str],
        entity: Any,
        *extra: Any,
        timeless: bool = False,
        static: bool = False,
        strict: bool | None = None,
    ) -> None:
        """
        Log data to an entity.

        Parameters
        ----------
        entity_path:
            Path to the entity in the space hierarchy, e.g. `"world/camera/image"`.
        entity:
            An archetype (`rr.Points3D(...)`) or anything with `as_component_batches()`, or
            an iterable of component batches.
        *extra:
            More archetypes or component batches (or lists of them) logged in the same row.
        timeless:
            Deprecated spelling of `static` (Rerun 0.17 still accepts it): warns with a
            `DeprecationWarning` and logs the data as static.
        static:
            Log the data as static: it applies at all times and shadows temporal data.
        strict:
            Raise on bad input instead of warning (defaults to the global strict mode).

        """
        if timeless:
            from .api import _timeless_as_static

            static = _timeless_as_static("log")
        self._log(entity_path, (entity, *extra) if extra else entity, static, strict)

    def _log(
        self,
        entity_path: Any,
        entities: Any,
        static: bool,
        strict: bool | None,
        timepoint: tuple[TimelineKey, tuple[int, ...]] | None = None,
        log_time_ns: int | None = None,
    ) -> None:
        """
        `log` with plain arguments (`rr.log` calls it directly: this is every user's inner loop).

        Importers of timestamped files (MCAP, bags) give the row's own `timepoint` (instead of the
        thread's time) and `log_time_ns` (instead of now, the `log_time` timeline).
        """
        if not self.enabled:
            return
        try:
            path = canonical_entity_path(entity_path) if type(entity_path) is str else entity_path_from(entity_path)
            fields_only = isinstance(entities, Archetype) and not entities._OWN_BATCHES
            if fields_only:  # the common case, without a dict of batches
                names, storages, arrow_types, nbytes = entities.row_parts()
            else:
                names, storages, arrow_types = component_parts(
                    {batch.component_name(): batch for batch in _component_batches(entities)}
                )
                check_component_names(names)
                nbytes = sum(map(storage_nbytes, storages))
            if not names:
                return
            now_ns = time_ns() if log_time_ns is None else log_time_ns
            times: tuple[int, ...] = ()
            if static:
                timelines, tick = None, 0
            else:
                timelines, times = self._time.snapshot() if timepoint is None else timepoint
                tick = next(self._ticks)
            if not fields_only:  # user-named components (`rr.AnyValues`): may clash with a column
                names, storages, arrow_types = _without_column_clashes(names, storages, arrow_types, timelines, strict)
                if not names:
                    return
            # A plain tuple: see `PendingRow`.
            row = (path, timelines, times, names, storages, arrow_types, now_ns, next(ROW_ID_COUNTER), tick, nbytes)
            self._batcher.push(row)
        except Exception as err:  # noqa: BLE001 - bad input is reported, never a crash
            with strict_override(strict):
                report(as_rerun017(err, context="log"), f"rr.log({entity_path!r})")

    def log_components(
        self,
        entity_path: str | list[str],
        components: Iterable[Any],
        *,
        num_instances: int | None = None,
        timeless: bool = False,
        static: bool = False,
        strict: bool | None = None,
    ) -> None:
        """
        Log component batches (anything with `component_name()` and `as_arrow_array()`) directly.

        `timeless=True` is the deprecated spelling of `static=True` (a `DeprecationWarning`), as in Rerun 0.17.
        """
        if timeless:
            from .api import _timeless_as_static

            static = _timeless_as_static("log_components")
        self.log(entity_path, list(components), static=static, strict=strict)

    def send_columns(self, entity_path: str | list[str], times: Iterable[Any], components: Iterable[Any], strict: bool | None = None) -> None:
        """
        Log a whole series at once: the columnar counterpart of `log` (Rerun 0.18's `send_columns`).

        Parameters
        ----------
        entity_path:
            Path to the entity, as for `log`.
        times:
            Time columns: `rr.TimeSequenceColumn`, `rr.TimeSecondsColumn`, `rr.TimeNanosColumn`
            (or anything with `timeline_name()` and an int64/timestamp `as_arrow_array()`). Only
            these timelines are used: `set_time_*` times, `log_time` and `log_tick` are not added.
            No time column logs the rows as static.
        components:
            Component columns, each with as many rows as the time columns: a component batch
            (`rr.components.ScalarBatch(values)`, one instance per row) or `batch.partition(lengths)`
            (`lengths[i]` instances in row i).
        strict:
            Raise on bad input instead of warning (defaults to the global strict mode). Bad input
            is columns of different lengths, non-integer sequence times, a repeated column name,
            or no component column; nothing is logged then.

        """
        if not self.enabled:
            return
        try:
            from .columns import columns_chunks

            path = canonical_entity_path(entity_path) if type(entity_path) is str else entity_path_from(entity_path)
            chunks = columns_chunks(path, times, components, self._batcher.config)
            if chunks:
                self._batcher.send_chunks(chunks)
        except Exception as err:  # noqa: BLE001 - bad input is reported, never a crash
            with strict_override(strict):
                report(err, f"rr.send_columns({entity_path!r})")

    def log_file_from_path(
        self,
        file_path: str | Path,
        *,
        entity_path_prefix: str | None = None,
        static: bool = False,
        timeless: bool = False,
    ) -> None:
        """
        Log the file at `file_path` with every data loader that takes it (see `rerun._loaders`).

        Images become `ImageEncoded`, glTF/GLB/OBJ/STL `Asset3D`, PLY `Points3D`, .txt/.md
        `TextDocument`, at the entity path of the file path (`dir/a.png` → `/dir/a.png`);
        `.rrd` files and `rerun-loader-*` executables on PATH send their own data. Returns once
        every loader is done. A missing or unloadable file is a `RerunWarning` (raised in strict mode).

        Parameters
        ----------
        file_path:
            The file to load.
        entity_path_prefix:
            An entity path put in front of the derived one.
        static:
            Log the data as static instead of at the thread's current time.
        timeless:
            Deprecated alias of `static`.

        """
        from .._loaders.sdk import log_file

        log_file(self, file_path, None, entity_path_prefix, static or timeless, "log_file_from_path")

    def log_file_from_contents(
        self,
        file_path: str | Path,
        file_contents: bytes,
        *,
        entity_path_prefix: str | None = None,
        static: bool = False,
        timeless: bool | None = None,
    ) -> None:
        """
        Log `file_contents` as the file at `file_path` would be (see `log_file_from_path`).

        The path only names the entity and, by its extension, the kind of file; it is not read.
        External loaders are not asked (as in Rerun 0.17, they only read files on disk).

        Parameters
        ----------
        file_path:
            The path the contents belong to.
        file_contents:
            The file's bytes.
        entity_path_prefix:
            An entity path put in front of the derived one.
        static:
            Log the data as static instead of at the thread's current time.
        timeless:
            Deprecated alias of `static`.

        """
        from .._loaders.sdk import log_file

        log_file(self, file_path, file_contents, entity_path_prefix, static or bool(timeless), "log_file_from_contents")

    def flush(self, blocking: bool = True) -> None:
        """
        Turn all pending rows into chunks and push them into the sink.

        Never raises: a row that cannot be encoded is dropped with a `RerunWarning` (the other
        rows are kept), and so is a failure of the sink. With `rr.connect`, waits until the
        viewer took the data, or until it made no progress for `flush_timeout_sec`.
        """
        try:
            self._batcher.flush()
            with self._sink_lock:
                self._sink.flush()
        except Exception as err:  # noqa: BLE001 - bad data was reported at its own call; flush goes on
            warn(f"rerun: flush failed: {type(err).__name__}: {err}")

    # -- sinks -----------------------------------------------------------------------------

    def _encode_ahead(self, chunk: Chunk) -> bool:
        """A large row's chunk, made in the logging thread: encoded there too when the sink writes bytes (True then)."""
        encode = getattr(self._sink, "encode_ahead", None)
        if encode is None:
            return False
        encode(ArrowMsg(self.store_id, chunk))
        return True

    def _on_chunks(self, chunks: list[Chunk]) -> None:
        store_id = self.store_id
        msgs: list[LogMsg] = [ArrowMsg(store_id, chunk) for chunk in chunks]
        with self._sink_lock:
            self._sink.send_all(msgs)  # one tick at once: a file gets it in one write

    def _send(self, msg: LogMsg) -> None:
        with self._sink_lock:
            self._sink.send(msg)

    def set_sink(self, sink: Sink) -> None:
        """Switch to `sink`: pending rows go to the old sink first; buffered messages carry over."""
        if not self.enabled:
            sink.close()
            return
        self._batcher.flush()
        with self._sink_lock:
            old = self._sink
            if isinstance(old, BufferedSink):
                sink.send_all(old.messages)
            else:
                old.close()
                sink.send(SetStoreInfo(self.store_info))
            self._sink = sink

    def save(self, path: str | os.PathLike[str], default_blueprint: Any = None) -> None:
        """Stream all data logged (before and after this call) into an .rrd file at `path`."""
        if not self.enabled:
            return
        self.set_sink(FileSink(path))
        self._send_default_blueprint(default_blueprint)

    def save_html(self, path: str | os.PathLike[str], default_blueprint: Any = None) -> None:
        """
        Write everything logged so far as one self-contained HTML page at `path` (pyrerun's addition).

        The page is the viewer with the recording inside: it opens offline, by double-click, in a
        browser, with no server and nothing installed; its views, layout (the recording's blueprint,
        else `default_blueprint`, else one made from the data), time scrubbing and playback work as
        in the viewer (selection details need the live viewer). Unlike `save`, nothing logged
        later goes to the page: call it again to write a newer one.

        Size: every array the views draw is stored once (images as RGBA, 4 bytes a pixel), plus a
        small answer per view and time at which it changes, gzip-compressed and base64-encoded (x4/3),
        plus about 1 MB of viewer app: 100 frames of a 640x480 RGB image give 84 MB (smooth images)
        to 143 MB (noise, which does not compress). Progress goes to stderr when writing takes more than a second.
        A view that changes at more than 5000 times of one timeline keeps 5000 of them (said on stderr).

        The data comes from what this recording holds: before any sink is set, from `memory_recording()`,
        or from the file of `save()`. A recording that streams to a viewer (`connect`, `spawn`, `serve`),
        to stdout or to a `binary_stream` keeps no copy: then nothing is written and a `RerunWarning`
        says so (in strict mode a ValueError). A path that cannot be written is reported the same way.
        """
        if not self.enabled:
            return
        self.flush()
        messages = self._retained_messages()
        if messages is None:
            report(
                ValueError(
                    f"this recording sends its data to {type(self._sink).__name__} and keeps no copy to write as HTML; "
                    "call save_html before connect/spawn/serve, or log into rr.memory_recording() or rr.save(...) first"
                ),
                "save_html",
            )
            return
        if default_blueprint is not None:
            from ..blueprint.send import blueprint_messages

            messages += blueprint_messages(default_blueprint, self.application_id, make_active=False, make_default=True)
        _write_html(messages, path)

    def _retained_messages(self) -> list[LogMsg] | None:
        """Every message this recording's sink still holds (None when it keeps none)."""
        from .._rrd import read_messages

        with self._sink_lock:
            sinks = list(getattr(self._sink, "sinks", [self._sink]))  # a notebook's TeeSink: each of its sinks
        for sink in sinks:
            if isinstance(sink, (BufferedSink, MemorySink)):
                return list(sink.messages)
            if isinstance(sink, FileSink):
                return list(read_messages(sink.path))
        return None

    def stdout(self, default_blueprint: Any = None) -> None:
        """Stream the recording to stdout, for `python script.py | rerun -`."""
        if not self.enabled:
            return
        self.set_sink(StdoutSink())
        self._send_default_blueprint(default_blueprint)

    def connect(self, addr: str | None = None, *, flush_timeout_sec: float | None = 2.0, default_blueprint: Any = None) -> None:
        """
        Stream to a viewer listening on `addr` (default 127.0.0.1:9876), reconnecting when it goes away.

        Data waits in memory while no viewer is connected (one `RerunWarning` says so), up to
        `RERUN_TCP_BUFFER_BYTES` (512 MiB; then the oldest is dropped, with a warning).
        `flush_timeout_sec`, as in Rerun: how long a flush (and the end of the script) waits for
        a viewer that makes no progress before giving up; a viewer that keeps reading is waited
        for however long it takes. None waits for ever. What is given up is counted in a warning.
        """
        if not self.enabled:
            return
        self.set_sink(TcpSink(addr or "127.0.0.1:9876", flush_timeout_sec))
        self._send_default_blueprint(default_blueprint)

    def memory_recording(self) -> MemoryRecording:
        """Keep the recording in memory and return a handle to it."""
        sink = MemorySink()
        self.set_sink(sink)
        return MemoryRecording(self, sink)

    def binary_stream(self) -> BinaryStream:
        """Encode the recording as an rrd byte stream you read out with `.read()`."""
        sink = BinaryStreamSink()
        self.set_sink(sink)
        return BinaryStream(self, sink)

    def disconnect(self) -> None:
        """Flush everything to the current sink and close it; later data is buffered again."""
        self.flush()
        with self._sink_lock:
            if not isinstance(self._sink, BufferedSink):
                self._sink.close()
                self._sink = BufferedSink()
                self._sink.send(SetStoreInfo(self.store_info))
        release_unused()  # the memory kept for the copies of large arrays, now written

    def send_blueprint(self, blueprint: Any, *, make_active: bool = True, make_default: bool = True) -> None:
        """Send a layout (`rerun.blueprint.Blueprint`, or a container or view) for this application."""
        from ..blueprint.send import blueprint_messages

        for msg in blueprint_messages(blueprint, self.application_id, make_active=make_active, make_default=make_default):
            self._send(msg)

    def _send_default_blueprint(self, default_blueprint: Any) -> None:
        if default_blueprint is not None:
            self.send_blueprint(default_blueprint, make_active=False, make_default=True)

    def spawn(self, *, port: int = 9876, connect: bool = True, memory_limit: str = "75%", hide_welcome_screen: bool = False, default_blueprint: Any = None) -> None:
        """Start a viewer process (unless one listens on `port`) and stream to it."""
        from .spawn import resolve_port, spawn_viewer

        if not self.enabled:
            return
        port = resolve_port(port)
        spawn_viewer(port=port, memory_limit=memory_limit)
        if connect:
            self.connect(f"127.0.0.1:{port}", default_blueprint=default_blueprint)

    def serve(
        self,
        *,
        open_browser: bool = True,
        web_port: int | None = None,
        ws_port: int | None = None,
        default_blueprint: Any = None,
        server_memory_limit: str = "25%",
        bind: str = "127.0.0.1",
    ) -> None:
        """
        Host the viewer in this process (a background thread) and stream to it.

        The page and its WebSocket share one port (`web_port`, default 9090 or
        `$RERUN_WEB_VIEWER_PORT`; `ws_port` is accepted for Rerun 0.17 and unused), so one
        `ssh -L 9090:127.0.0.1:9090 host` forward reaches it from another machine. `bind` is the
        address to listen on (pyrerun's addition): loopback by default; another address (e.g.
        "0.0.0.0") lets other machines connect and prints a warning, as anyone reaching it sees the data.
        """
        from .spawn import serve_in_process

        if not self.enabled:
            return
        sink = serve_in_process(open_browser=open_browser, web_port=web_port, ws_port=ws_port, memory_limit=server_memory_limit, bind=bind)
        self.set_sink(sink)
        self._send_default_blueprint(default_blueprint)

    def notebook_show(self, *, width: int = 950, height: int = 712, blueprint: Any = None) -> None:
        """Show this recording in the notebook cell, live (see `rerun.notebook.notebook_show`)."""
        from ..notebook import notebook_show

        notebook_show(width=width, height=height, blueprint=blueprint, recording=self)

    def shutdown(self, lock_timeout: float | None = None) -> None:
        """
        Flush and close the sink (called at interpreter exit, and on SIGTERM).

        `lock_timeout`: at most this long to wait for a flush under way elsewhere (a signal
        handler may interrupt the thread holding it); None waits as long as it takes.
        """
        try:
            self._batcher.stop(lock_timeout)
        finally:
            with self._sink_lock:
                self._sink.close()

    def _after_fork_in_child(self) -> None:
        """
        In a process just made by `os.fork`: fresh locks, a fresh batcher (the rows the parent had
        queued are the parent's to send), and a sink of the child's own (see `Sink.for_forked_child`).
        """
        self._sink_lock = threading.RLock()
        self._batcher = Batcher(self._on_chunks, self._batcher.config, prepare=self._encode_ahead)
        self._sink = self._sink.for_forked_child()

    # -- context manager: thread-local recording -------------------------------------------

    def __enter__(self) -> RecordingStream:
        from . import api

        self._previous_thread_local.append(api.get_thread_local_data_recording())
        api.set_thread_local_data_recording(self)
        return self

    def __exit__(self, *exc: object) -> None:
        from . import api

        api.set_thread_local_data_recording(self._previous_thread_local.pop() if self._previous_thread_local else None)

    def __repr__(self) -> str:
        return f"RecordingStream(application_id={self.application_id!r}, recording_id={self.recording_id!r})"


def _component_batches(entity: Any) -> Iterable[Any]:
    """The component batches of an archetype, a batch, or an iterable of either."""
    if isinstance(entity, Archetype):
        return () if "_invalid" in entity.__dict__ else entity.as_component_batches()
    if hasattr(entity, "as_component_batches"):
        if getattr(entity, "_invalid", False):
            return ()  # already reported when it was constructed
        return entity.as_component_batches()
    if hasattr(entity, "component_name") and hasattr(entity, "as_arrow_array"):
        return (entity,)
    if isinstance(entity, Iterable) and not isinstance(entity, (str, bytes)):
        out: list[Any] = []
        for item in entity:
            out.extend(_component_batches(item))
        return out
    raise TypeError(
        # Rerun 0.17's words first, then which inputs are meant.
        "Expected an object implementing rerun.AsComponents or an iterable of rerun.ComponentBatchLike, "
        f"but got {type(entity).__name__} instead: expected an archetype (e.g. rr.Points3D(...)) or component batches"
    )


def _write_html(messages: list[LogMsg], path: str | os.PathLike[str]) -> None:
    """`save_html`'s writing: a path that cannot be written is reported (warning, or ValueError when strict)."""
    from .._export.html import messages_html

    try:
        messages_html(messages, path)
    except OSError as err:
        report(err, f"save_html: cannot write {os.fspath(path)!r}")


class MemoryRecording:
    """A recording kept in memory (`rr.memory_recording()`)."""

    def __init__(self, stream: RecordingStream, sink: MemorySink) -> None:
        self._stream = stream
        self._sink = sink

    def messages(self) -> list[LogMsg]:
        """All messages so far (after flushing pending rows)."""
        self._stream.flush()
        return list(self._sink.messages)

    def num_msgs(self) -> int:
        return len(self.messages())

    def save_html(self, path: str | os.PathLike[str]) -> None:
        """
        Write this recording as one self-contained HTML page at `path` (pyrerun's addition).

        See `RecordingStream.save_html` for what the page holds and how big it gets.
        """
        _write_html(self.messages(), path)

    def show(self, *, width: int = 950, height: int = 712) -> None:
        """Show this recording in the notebook cell, live, as `rr.notebook_show` (earlier Rerun examples call it)."""
        from ..notebook import notebook_show

        notebook_show(width=width, height=height, recording=self._stream)

    def _repr_mimebundle_(self, **_kwargs: Any) -> dict[str, Any]:
        """A memory recording as a cell's last expression shows it in a live viewer (Jupyter)."""
        self.show()
        return {"text/plain": ""}

    def drain_as_bytes(self) -> bytes:
        """Take the messages so far as an rrd byte stream (they are removed from memory)."""
        from .._rrd import encode_header, encode_msg

        self._stream.flush()
        return encode_header(None) + b"".join(encode_msg(m, None) for m in self._sink.drain())


class BinaryStream:
    """An rrd byte stream read out in pieces (`rr.binary_stream()`)."""

    def __init__(self, stream: RecordingStream, sink: BinaryStreamSink) -> None:
        self._stream = stream
        self._sink = sink

    def read(self, *, flush: bool = True) -> bytes:
        """The bytes produced since the last read (flushing pending rows first by default)."""
        if flush:
            self._stream.flush()
        return self._sink.take()

    def flush(self) -> None:
        self._stream.flush()


def default_recording_id(application_id: str) -> str:
    """
    The recording id of `rr.init`/`rr.new_recording` without `recording_id=`, as in Rerun 0.17:
    derived from `multiprocessing.current_process().authkey`, which every process of one
    multiprocessing tree shares (fork and spawn alike), and from the application id. So the
    processes of one program that log to the same application merge into one recording.
    """
    import hashlib
    import multiprocessing

    try:
        seed = bytes(multiprocessing.current_process().authkey)
    except Exception:  # noqa: BLE001 - no authkey (an unusual embedding): a random id
        return str(uuid.uuid4())
    digest = hashlib.sha256(b"rerun recording id\0" + seed + b"\0" + application_id.encode("utf-8", "replace")).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


@atexit.register
def _flush_all_at_exit() -> None:
    """No logged row is lost on a normal exit: flush and close every recording's sink."""
    process_hooks.flush_all(_ALL_STREAMS)
