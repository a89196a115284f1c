"""Getting data into the viewer's store hub: SDK streams over TCP, files, stdin; the memory limit.

Everything here survives bad input: a stream that turns to garbage, a sender that dies mid-message
or a truncated file is logged, the connection (or file) is dropped, and every message decoded
before the damage stays in the store.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

import pyarrow as pa

from .._log_msg import LogMsg, StoreKind
from .._rrd import RrdError, StreamDecoder
from .._rrd.format import MAX_PAYLOAD_BYTES
from .._store import StoreHub

log = logging.getLogger("rerun.viewer")

#: Bytes read from a socket at a time.
READ_BYTES = 1 << 20
#: Bytes read from a file or stdin at a time. Each read's decoded messages (a Python object or
#: two per chunk: thousands per read for a file of rows logged one at a time) are garbage once
#: staged, but a few lasting objects made meanwhile keep the arenas they landed in: 100,000 small
#: rows on 1,000 entities (10.8 MB of Arrow payload) left Python's allocator 4 MB of arenas with
#: 1 MiB reads, 1 MB with 256 KiB ones (15.7 MB retained against 18.8 MB; load CPU the same).
FILE_READ_BYTES = 256 << 10


# -- memory limit -------------------------------------------------------------------------------------

_SIZE = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}


def total_memory_bytes() -> int:
    """Physical memory of this machine (0 if unknown)."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def parse_memory_limit(text: str | int | None) -> int | None:
    """``"75%"`` (of physical memory), ``"4GB"``, ``"512MiB"``, ``"1000000"`` -> bytes; None/"" -> no limit.

    Raises ValueError with a readable message for anything else.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, int):
        return text if text > 0 else None
    s = text.strip()
    if s.endswith("%"):
        try:
            pct = float(s[:-1])
        except ValueError:
            raise ValueError(f"bad memory limit {text!r}: expected e.g. '75%' or '4GB'") from None
        if not 0 < pct <= 100:
            raise ValueError(f"bad memory limit {text!r}: a percentage must be in (0, 100]")
        total = total_memory_bytes()
        return int(total * pct / 100) if total else None
    m = _SIZE.match(s)
    if not m:
        raise ValueError(f"bad memory limit {text!r}: expected e.g. '75%', '4GB' or '512MiB'")
    number, unit = float(m.group(1)), (m.group(2) or "").lower()
    binary = "i" in unit
    prefix = unit.replace("i", "").replace("b", "")
    factor = (1024 ** "kmgt".index(prefix) * 1024) if binary and prefix else _UNITS[prefix]
    if binary and not prefix:
        raise ValueError(f"bad memory limit {text!r}")
    value = int(number * factor)
    if value <= 0:
        raise ValueError(f"bad memory limit {text!r}: must be positive")
    return value


def format_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if abs(n) < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


class MemoryGuard:
    """Keeps the recordings of a hub under a byte budget by dropping their oldest temporal data.

    Static data is never dropped. After a drop the store holds at most 90% of the limit, so
    that the next drop is not one chunk later. Bytes in flight (frames still arriving on a
    connection) count too: a frame announcing more than the whole limit is never held (the
    decoder drops its bytes unread: `max_frame_bytes`), and connections whose unfinished frames
    together exceed the limit are dropped (`hold_in_flight`).
    """

    def __init__(self, hub: StoreHub, limit_bytes: int | None, on_notice: Callable[[str], None]) -> None:
        self.hub = hub
        self.limit_bytes = limit_bytes
        self._on_notice = on_notice
        self._lock = threading.Lock()
        self._in_flight: dict[object, int] = {}

    def used_bytes(self) -> int:
        stored = sum(s.nbytes for sid in self.hub.store_ids() if (s := self.hub.store(sid)) is not None)
        return stored + self.in_flight_bytes()

    def in_flight_bytes(self) -> int:
        return sum(self._in_flight.values())

    def max_frame_bytes(self) -> int:
        """The largest frame a source may announce: the whole limit (or the format's own cap)."""
        return MAX_PAYLOAD_BYTES if self.limit_bytes is None else min(self.limit_bytes, MAX_PAYLOAD_BYTES)

    def hold_in_flight(self, source: object, nbytes: int) -> bool:
        """
        Record that `source` buffers `nbytes` of an unfinished frame (0 releases it).

        Returns False when the bytes in flight of all sources exceed the limit: then `source`
        is released and must stop reading (drop the connection).
        """
        if nbytes <= 0:
            self._in_flight.pop(source, None)
            return True
        self._in_flight[source] = nbytes
        if self.limit_bytes is not None and self.in_flight_bytes() > self.limit_bytes:
            self._in_flight.pop(source, None)
            return False
        return True

    def check(self) -> None:
        if self.limit_bytes is None:
            return
        with self._lock:
            used = self.used_bytes()
            if used <= self.limit_bytes:
                return
            target = int(self.limit_bytes * 0.9)
            rows = dropped = 0
            apps: list[str] = []
            # Largest recordings first: they hold most of the old data.
            recordings = sorted(
                (s for sid in self.hub.store_ids(StoreKind.RECORDING) if (s := self.hub.store(sid)) is not None),
                key=lambda s: -s.nbytes,
            )
            for store in recordings:
                excess = used - target
                if excess <= 0:
                    break
                report = store.gc_drop_oldest(max(0, store.nbytes - excess))
                if report.chunks_dropped:
                    used -= report.bytes_dropped
                    rows += report.rows_dropped
                    dropped += report.bytes_dropped
                    apps.append(self.hub.application_of(store.store_id) or str(store.store_id))  # type: ignore[arg-type]
        if rows:
            text = (
                f"Memory limit of {format_bytes(self.limit_bytes)} reached: dropped the oldest "
                f"{rows} rows ({format_bytes(dropped)}) of {', '.join(apps)}. Static data is kept."
            )
            log.warning(text)
            self._on_notice(text)


def _release_free_memory() -> None:
    """Give the memory freed while loading back to the system (glibc keeps freed heap pages of a
    load's short-lived buffers and small chunks, which shows as resident memory long after)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to do
    # Arrow's allocator (mimalloc) keeps freed pages too: e.g. of the joined batch staged small
    # chunks were taken from (see `ChunkStore.add_chunks`).
    pa.default_memory_pool().release_unused()


#: Whether a finished load freezes the objects alive (`settle_after_load`): only in a process that
#: is nothing but a viewer (`viewer_process.prepare_viewer_process`), never in someone's own
#: process (a notebook, `rr.save_html` from a script), whose objects it would freeze too.
FREEZE_AFTER_LOAD = False


def settle_after_load() -> None:
    """After a file is loaded: its memory given back (`_release_free_memory`), and, in a viewer
    process (`FREEZE_AFTER_LOAD`), the objects alive now (the recording's chunks, indexes and
    columns: about 70 per entity of a big scene) moved out of Python's collector (`gc.freeze`).
    They live as long as the store, and a full collection would otherwise walk all of them again,
    0.1-0.8 s for 10,000 entities, in the middle of whatever answer triggers it (the first one
    after the load, or any later one). Frozen objects are still freed by reference counting;
    only cycles among them are not."""
    _release_free_memory()
    if FREEZE_AFTER_LOAD:
        gc.collect()
        gc.freeze()


# -- sources ------------------------------------------------------------------------------------------


@dataclass
class LoadProgress:
    source: str
    bytes_read: int = 0
    bytes_total: int | None = None
    messages: int = 0
    done: bool = False
    error: str | None = None


class Ingestor:
    """Feeds decoded messages into the hub; shared by TCP connections, files and the in-process sink."""

    def __init__(
        self,
        hub: StoreHub,
        guard: MemoryGuard,
        on_progress: Callable[[LoadProgress], None],
        on_source: Callable[[str, str], None] | None = None,
    ) -> None:
        self.hub = hub
        self.guard = guard
        self._on_progress = on_progress
        # (store id text, source name) when a store is first announced: for the recordings list.
        self._on_source = on_source
        self._since_check = 0
        #: Called (from the ingesting thread) after new messages are in the store.
        self.on_data: Callable[[], None] | None = None

    def ingest(self, msgs: list[LogMsg], source: str, nbytes: int = 0, *, hold: bool = False) -> None:
        """Put decoded messages into the hub. `hold`: more blocks of the same source follow at
        once (a file being read), so small chunks may stay staged for them (see
        `ChunkStore.add_chunks`; a reader's query adds them first, so nothing is hidden)."""
        # One bad message must not stop the stream: each is reported on its own.
        for store_id, err in self.hub.ingest_messages(msgs, hold=hold):
            if err is not None:
                log.warning("%s: skipped a message the store could not take: %s", source, err)
            elif self._on_source is not None:
                self._on_source(str(store_id), source)
        if self.on_data is not None:
            self.on_data()
        self._since_check += nbytes or 1
        # Check the budget every ~1 MB (or a tenth of a small budget); always for in-process messages.
        limit = self.guard.limit_bytes
        every = 1 << 20 if limit is None else max(64 << 10, min(1 << 20, limit // 10))
        if self._since_check >= every or nbytes == 0:
            self._since_check = 0
            self.guard.check()

    def report_progress(self, progress: LoadProgress) -> None:
        """Tell the pages how a load of another kind (an imported MCAP file, a bag) is going."""
        self._on_progress(progress)

    # -- files and stdin -------------------------------------------------------------------------

    def load_stream(self, stream: BinaryIO, name: str, total: int | None = None) -> LoadProgress:
        """Read an rrd stream to its end (blocking), reporting progress at most ~10 times a second."""
        progress = LoadProgress(name, bytes_total=total)
        decoder = StreamDecoder(self.guard.max_frame_bytes())
        last = 0.0
        self._on_progress(progress)
        try:
            while True:
                data = stream.read(FILE_READ_BYTES)
                if not data:
                    break
                progress.bytes_read += len(data)
                msgs = decoder.feed(data)
                self._report_skipped(decoder, name)
                self.ingest(msgs, name, len(data), hold=True)
                progress.messages += len(msgs)
                now = time.monotonic()
                if now - last > 0.1:
                    last = now
                    self._on_progress(progress)
            if decoder.pending_bytes:
                progress.error = (
                    f"{name} is truncated: the last {decoder.pending_bytes} bytes are an incomplete message; "
                    f"everything before them was loaded"
                )
            elif progress.bytes_read == 0:
                progress.error = f"{name} is empty"
        except RrdError as err:
            # Messages completed by the same read before the damage still count.
            decoded = err.decoded
            self._report_skipped(decoder, name)
            self.ingest(decoded, name, 0)
            progress.messages += len(decoded)
            if decoder.header is None and not progress.messages:
                progress.error = f"{name} cannot be read: {err}"  # not an rrd file, or a newer version
            else:
                progress.error = f"{name}: read up to damage, the rest is skipped: {err}"
        except OSError as err:
            progress.error = f"{name}: could not read: {err}"
        progress.done = True
        # The staged rows are added, and the small chunks still gathered for compaction merged,
        # now that no more will come.
        for store_id in self.hub.store_ids():
            if (store := self.hub.store(store_id)) is not None:
                store.compact()
        settle_after_load()
        if progress.error:
            log.warning("%s", progress.error)
        else:
            log.info("loaded %s: %d messages", name, progress.messages)
        self.guard.check()
        self._on_progress(progress)
        return progress

    def load_file(self, path: str) -> LoadProgress:
        try:
            total = os.path.getsize(path)
            with open(path, "rb") as f:
                return self.load_stream(f, path, total)
        except OSError as err:
            progress = LoadProgress(path, done=True, error=f"cannot open {path}: {err.strerror or err}")
            log.warning("%s", progress.error)
            self._on_progress(progress)
            return progress

    # -- TCP --------------------------------------------------------------------------------------

    async def handle_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One SDK connection: decode until EOF or damage; decoding runs off the event loop."""
        peer = writer.get_extra_info("peername")
        name = f"tcp {peer[0]}:{peer[1]}" if isinstance(peer, tuple) and len(peer) >= 2 else "tcp"
        decoder = StreamDecoder(self.guard.max_frame_bytes())
        loop = asyncio.get_running_loop()
        received = 0
        try:
            while True:
                data = await reader.read(READ_BYTES)
                if not data:
                    break
                if not received:  # logged on the first bytes: `spawn` probes the port with empty connections
                    log.info("%s: SDK connected", name)
                received += len(data)
                msgs = await loop.run_in_executor(None, self._feed, decoder, data, name)
                if msgs is None:
                    return
                if not self.guard.hold_in_flight(decoder, decoder.buffered_bytes):
                    log.warning(
                        "%s: unfinished messages of all connections exceed the memory limit of %s; closing this "
                        "connection (data before it is kept)",
                        name,
                        format_bytes(self.guard.limit_bytes or 0),
                    )
                    return
            if decoder.pending_bytes:
                log.warning(
                    "%s: the sender went away in the middle of a message; its last %d bytes were dropped, "
                    "everything before them was kept",
                    name,
                    decoder.pending_bytes,
                )
            elif received:
                log.info("%s: SDK disconnected after %d bytes", name, received)
            await loop.run_in_executor(None, self._flush_stores, received > 0)
            await loop.run_in_executor(None, self.guard.check)
        except (ConnectionError, OSError) as err:
            log.warning("%s: connection lost (%s); data received before it was kept", name, err)
        except asyncio.CancelledError:
            # The server stops: end quietly (asyncio logs a traceback for a cancelled connection task).
            pass
        finally:
            self.guard.hold_in_flight(decoder, 0)
            writer.close()
            try:
                await writer.wait_closed()
            except (ConnectionError, OSError):
                pass

    def _flush_stores(self, release: bool = False) -> None:
        """Add the rows a stream left staged (readers would add them first anyway); with
        `release`, then give the memory its decoding freed back, as the end of a file's load does
        (100,000 small rows over TCP kept 40 MB more than loaded from a file without it)."""
        for store_id in self.hub.store_ids():
            if (store := self.hub.store(store_id)) is not None:
                store.flush()
        if release:
            _release_free_memory()

    def _feed(self, decoder: StreamDecoder, data: bytes, name: str) -> int | None:
        """Decode and ingest (in a worker thread). None = the stream is damaged: drop the connection."""
        try:
            msgs = decoder.feed(data)
        except RrdError as err:
            self._report_skipped(decoder, name)
            self.ingest(err.decoded, "tcp", 0)
            log.warning("%s: not a valid rerun stream, closing the connection (data before it is kept): %s", name, err)
            return None
        self._report_skipped(decoder, name)
        # Held: a sender's small chunks stay staged across reads (any reader's query adds them
        # first, so a page sees every row as soon as it asks: see `ChunkStore.add_chunks`).
        self.ingest(msgs, "tcp", len(data), hold=True)
        return len(msgs)

    @staticmethod
    def _report_skipped(decoder: StreamDecoder, name: str) -> None:
        for err in decoder.skipped:
            log.warning("%s: skipped a damaged message, kept the others: %s", name, err)
        decoder.skipped.clear()
