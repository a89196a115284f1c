"""Where a recording's messages go: memory, a file, stdout, a byte stream, or a viewer over TCP.

Every sink receives the same `LogMsg`s; the byte sinks encode them in the .rrd stream format
(`rerun._rrd`), so a file, a pipe and the TCP connection carry identical bytes.
"""

from __future__ import annotations

import codecs
import os
import socket
import stat
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable
from typing import Any

from .._datamodel.errors import RerunWarning
from .._log_msg import ArrowMsg, LogMsg, SetStoreInfo
from .._rrd.format import encode_ahead, encode_header, encode_msg, encode_msg_parts, pack_msgs

# `socket.getaddrinfo` encodes the host name with the "idna" codec, whose module Python imports on
# first use. Were that first use in a sink thread while the program forks, the child would inherit
# the module's import lock held and its own sink thread would wait on it for ever (seen: a forked
# child's rows never sent). Looked up here, once, the codec is cached and never imported again.
codecs.lookup("idna")


def _compression() -> str | None:
    value = os.environ.get("RERUN_COMPRESSION", "").strip().lower()
    return value if value in ("lz4", "zstd") else None


def _warn(message: str) -> None:
    # Sinks mostly run in the batcher's or the sender's thread: no user frame to point at.
    warnings.warn(message, RerunWarning, stacklevel=2)


def _format_mb(nbytes: int) -> str:
    return f"{nbytes / 1e6:.1f} MB"


class Sink:
    """
    Receives messages; `flush` makes sure they reached their destination.

    `send_all` gets the chunks of one batcher tick at once: byte sinks write them with one
    system call, so a crash (even `kill -9`) loses at most the tick being written.

    Locks here are re-entrant: the SIGTERM handler flushes in whatever thread the signal
    interrupted, possibly inside a sink call (see `process_hooks`).
    """

    def send(self, msg: LogMsg) -> None:
        self.send_all([msg])

    def send_all(self, msgs: list[LogMsg]) -> None:
        raise NotImplementedError

    def flush(self, timeout: float | None = None) -> None:
        """Push out what was sent (waiting at most `timeout` seconds where that can block)."""

    def close(self) -> None:
        self.flush()

    def for_forked_child(self) -> Sink:
        """
        The sink a process made by `os.fork` uses instead of this one (run in the child, at once).

        Locks are made anew (another thread of the parent may have held one at the fork), nothing
        the parent had queued is sent again, and nothing is written where the parent's bytes
        could be interleaved mid-message.
        """
        return self


class BufferedSink(Sink):
    """Keeps messages until a real sink is chosen (e.g. `rr.save` after some `rr.log` calls)."""

    def __init__(self) -> None:
        self.messages: list[LogMsg] = []

    def send_all(self, msgs: list[LogMsg]) -> None:
        self.messages.extend(msgs)

    def for_forked_child(self) -> Sink:
        # The rows are the parent's: the child keeps only what says which store this is.
        child = BufferedSink()
        child.messages = [m for m in self.messages if not isinstance(m, ArrowMsg)]
        return child


class CallbackSink(Sink):
    """Hands every message to `callback` as the batcher sends it (a file import streaming into the viewer or a file)."""

    def __init__(self, callback: Callable[[LogMsg], None]) -> None:
        self._callback = callback

    def send_all(self, msgs: list[LogMsg]) -> None:
        for msg in msgs:
            self._callback(msg)


class MemorySink(Sink):
    """Keeps every message in memory: see `MemoryRecording`."""

    def __init__(self) -> None:
        self.messages: list[LogMsg] = []
        self._lock = threading.RLock()

    def send_all(self, msgs: list[LogMsg]) -> None:
        with self._lock:
            self.messages.extend(msgs)

    def drain(self) -> list[LogMsg]:
        with self._lock:
            out, self.messages = self.messages, []
        return out

    def for_forked_child(self) -> Sink:
        self._lock = threading.RLock()  # the child's own copy of the messages, as any memory after a fork
        return self


def _encode_each(msgs: list[Any], encode: Callable[[Any], list[Any]]) -> list[tuple[Any, list[Any]]]:
    """
    Every message (or pack of chunk messages, see `pack_msgs`) with its encoded pieces, which
    make one frame; one that cannot be encoded is dropped with a warning.
    """
    encoded: list[tuple[Any, list[Any]]] = []
    for msg in msgs:
        try:
            encoded.append((msg, encode(msg)))
        except Exception as err:  # noqa: BLE001 - one bad message must not cost the others
            if isinstance(msg, list):
                what = f"a pack of {len(msg)} small chunks ({', '.join(m.chunk.entity_path for m in msg[:3])}, ...)"
            elif isinstance(msg, ArrowMsg):
                what = f"a chunk of {msg.chunk.entity_path} ({msg.chunk.num_rows} rows)"
            else:
                what = type(msg).__name__
            _warn(f"rerun: could not encode {what}; it was dropped ({type(err).__name__}: {err})")
    return encoded


class _EncodingSink(Sink):
    """Encodes messages as an rrd stream and hands the pieces of each batch to `write_parts`."""

    def __init__(self, write_parts: Callable[[list[Any]], object]) -> None:
        self._compression = _compression()
        self._write_parts = write_parts
        self._lock = threading.RLock()
        self._write_parts([encode_header(self._compression)])

    def encode_ahead(self, msg: ArrowMsg) -> None:
        """Encode a large chunk's frame before `send_all` (in the logging thread: see `Batcher.push`)."""
        encode_ahead(msg, self._compression)

    def _encode(self, msg: LogMsg | list[ArrowMsg]) -> list[Any]:
        return encode_msg_parts(msg, self._compression)  # large data by reference: written, never copied

    def send_all(self, msgs: list[LogMsg]) -> None:
        # The small chunks of many entities that share one record batch become one pack frame (format 1.2).
        frames = _encode_each(pack_msgs(msgs), self._encode)
        if frames:
            with self._lock:
                self._write_frames(frames)

    def _write_frames(self, frames: list[tuple[Any, list[Any]]]) -> None:
        """Write encoded frames, each (message or pack, its pieces), with one call of `write_parts`."""
        self._write_parts([part for _item, parts in frames for part in parts])


_IOV_MAX = 1024


def _write_all(fd: int, parts: list[Any]) -> None:
    """Write every piece to `fd`, in one `writev` call where the kernel takes them all (usually)."""
    views = [memoryview(p) for p in parts if len(p)]
    i = 0
    while i < len(views):
        written = os.writev(fd, views[i : i + _IOV_MAX])
        while written and i < len(views):
            size = len(views[i])
            if written >= size:
                written -= size
                i += 1
            else:
                views[i] = views[i][written:]
                written = 0


class FileSink(_EncodingSink):
    """
    Writes an .rrd file (`rr.save`).

    Each batch of messages (one batcher tick: every 8 ms, or 1 MiB) goes to the operating system
    with one unbuffered `writev`, so a crash or `kill -9` loses at most the tick being written,
    and a process made by `os.fork` appends whole messages to the same file without mixing its
    bytes into the parent's. A failing write (disk full) is reported once and that data is lost;
    logging goes on.

    At close the footer index (docs/rrd-format.md) is appended: built entry by entry as frames
    are written, so closing a large file does not read it again. Only when the file holds bytes
    this sink did not account for (a forked child's, a failed write) is it rescanned instead.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from .._dataset.index import IndexBuilder

        self.path = os.fspath(path)
        self._owner_pid = os.getpid()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        self._fd: int | None = os.open(self.path, flags, 0o666)
        self._lost_bytes = 0
        self._written = 0  # bytes this sink wrote: the offset of its next frame while nobody else writes
        self._index: IndexBuilder | None = IndexBuilder() if stat.S_ISREG(os.fstat(self._fd).st_mode) else None
        super().__init__(self._write_file)

    def _write_frames(self, frames: list[tuple[Any, list[Any]]]) -> None:
        if self._index is not None:
            offset = self._written
            try:
                for item, parts in frames:
                    length = sum(memoryview(p).nbytes for p in parts)
                    self._index.add(offset, length, item)
                    offset += length
            except Exception:  # noqa: BLE001 - the index is an aid: without it, the file is rescanned at close
                self._index = None
        super()._write_frames(frames)

    def _write_file(self, parts: list[Any]) -> None:
        if self._fd is None:
            return
        try:
            _write_all(self._fd, parts)
        except OSError as err:
            if not self._lost_bytes:
                _warn(f"rerun: writing to {self.path} failed ({err}); data logged meanwhile is lost")
            self._lost_bytes += sum(len(p) for p in parts)
        else:
            self._written += sum(memoryview(p).nbytes for p in parts)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    appended = self._append_index(fd)
                finally:
                    os.close(fd)
                if not appended:
                    self._write_index()

    def for_forked_child(self) -> Sink:
        # The file descriptor is shared with the parent (one file offset); every batch is one
        # `writev` of whole messages, so the child's messages land between the parent's.
        self._lock = threading.RLock()
        return self

    def _append_index(self, fd: int) -> bool:
        """Append the index built while writing; False when it cannot be trusted (then `_write_index`)."""
        if os.getpid() != self._owner_pid:
            return True  # a forked child: the parent still writes, and indexes at its end
        if self._index is None or self._lost_bytes or os.fstat(fd).st_size != self._written:
            return False  # not a regular file, bytes this sink did not write (a forked child's), or a gap
        try:
            _write_all(fd, [self._index.encode(self._written)])
        except OSError as err:
            warnings.warn(f"rerun: could not add the index to {self.path}: {err}", stacklevel=3)
        return True

    def _write_index(self) -> None:
        """Append the footer index (see docs/rrd-format.md) by rescanning the file, so dataset queries read only what they need."""
        from .._dataset.index import index_file

        if not os.path.isfile(self.path):  # a FIFO or a device: nothing to index
            return
        if os.getpid() != self._owner_pid:  # a forked child: the parent still writes, and indexes at its end
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the file is ours: damage cannot be, and is not the user's doing
                index_file(self.path)
        except (OSError, ValueError) as err:  # the stream stays as written, without an index
            warnings.warn(f"rerun: could not add the index to {self.path}: {err}", stacklevel=2)


class StdoutSink(_EncodingSink):
    """Writes the rrd stream to stdout (`rr.stdout()`), for `python script.py | rerun -`."""

    def __init__(self) -> None:
        self._out = sys.stdout.buffer
        self._reader_gone = False
        self._forked = False
        super().__init__(self._write_out)

    def _write_out(self, parts: list[Any]) -> None:
        if self._reader_gone:
            return
        if self._forked:
            self._reader_gone = True
            _warn(
                "rerun: this process was forked from one streaming its recording to stdout; its own data is "
                "dropped, since two processes writing one pipe would mix their messages"
            )
            return
        try:
            for part in parts:
                self._out.write(part)
            self._out.flush()  # each tick reaches the reader at once (live viewing)
        except (BrokenPipeError, ValueError):
            self._on_reader_gone()

    def _on_reader_gone(self) -> None:
        """The reader closed the pipe (`| head`, a closed viewer): drop the rest, never crash the script."""
        self._reader_gone = True
        try:
            # As the Python docs advise for SIGPIPE: stdout to devnull, so the flush at exit is quiet too.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass
        _warn("rerun: the reader of stdout went away; the rest of the recording is dropped")

    def flush(self, timeout: float | None = None) -> None:
        if self._reader_gone:
            return
        try:
            self._out.flush()
        except (BrokenPipeError, ValueError):
            self._on_reader_gone()

    def for_forked_child(self) -> Sink:
        self._lock = threading.RLock()
        self._forked = True
        return self


class BinaryStreamSink(_EncodingSink):
    """Collects the rrd stream in memory, read out in pieces with `BinaryStream.read()`."""

    def __init__(self) -> None:
        self._chunks: list[Any] = []
        super().__init__(self._chunks.extend)

    def take(self) -> bytes:
        with self._lock:
            out = b"".join(self._chunks)
            self._chunks.clear()
        return out

    def for_forked_child(self) -> Sink:
        self._lock = threading.RLock()
        return self


class DroppingSink(Sink):
    """Drops everything, saying why once (e.g. a forked child of a process serving the viewer)."""

    def __init__(self, reason: str) -> None:
        self._reason: str | None = reason

    def send_all(self, msgs: list[LogMsg]) -> None:
        if self._reason is not None and any(isinstance(m, ArrowMsg) for m in msgs):
            _warn(f"rerun: {self._reason}; its data is dropped")
            self._reason = None


#: `TcpSink.flush`'s timeout argument when none is given: the sink's own `flush_timeout_sec`.
_DEFAULT: Any = object()


class TcpSink(Sink):
    """
    Streams to a viewer over TCP (`rr.connect`), never blocking the logging thread for long.

    A background thread sends the encoded stream, one message (or a few small ones) at a time.
    While the viewer is away it keeps trying to reconnect and buffers up to
    `RERUN_TCP_BUFFER_BYTES` (default 512 MiB, counting the message being sent); past that the
    oldest data messages are dropped with a warning, so memory stays bounded. On each
    (re)connection the stream header and the store infos are sent first, so the viewer always
    knows the store. At `close` (interpreter exit) it waits as long as the viewer keeps reading;
    only after `flush_timeout_sec` without progress does it give up, saying how much was dropped.
    """

    def __init__(
        self, addr: str = "127.0.0.1:9876", flush_timeout_sec: float | None = 2.0, *, preamble: list[bytes] | None = None
    ) -> None:
        host, _, port = addr.rpartition(":")
        self.host = host.strip("[]") or "127.0.0.1"
        self.port = int(port)
        self.flush_timeout_sec = flush_timeout_sec
        self.max_buffer_bytes = int(os.environ.get("RERUN_TCP_BUFFER_BYTES", 512 * 1024 * 1024))
        self._compression = _compression()
        self._header = encode_header(self._compression)
        self._preamble: list[bytes] = list(preamble or ())  # store infos, re-sent on every connection
        self._queue: deque[tuple[bytes, bool]] = deque()  # (frame, is a store info)
        self._queued_bytes = 0  # the queue and the messages being sent
        self._in_flight = 0  # messages taken from the queue, not yet fully sent
        self._dropped = 0
        self._dropped_bytes = 0
        self._last_progress = time.monotonic()
        self._cond = threading.Condition()
        self._closed = False
        self._closing = threading.Event()
        self._warned_unreachable = False
        self._socket: socket.socket | None = None
        self._thread = threading.Thread(target=self._run, name="rerun-tcp-sink", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def _encode(self, msg: LogMsg | list[ArrowMsg]) -> list[tuple[bytes, bool]]:
        if isinstance(msg, list):  # a pack of small chunks: one frame (format 1.2), as in files
            return [(b"".join(encode_msg_parts(msg, self._compression)), False)]
        return [(encode_msg(msg, self._compression), isinstance(msg, SetStoreInfo))]

    def send_all(self, msgs: list[LogMsg]) -> None:
        frames: list[tuple[bytes, bool]] = [f for _item, pieces in _encode_each(pack_msgs(msgs), self._encode) for f in pieces]
        with self._cond:
            for data, is_info in frames:
                if is_info:
                    self._preamble.append(data)
                self._queue.append((data, is_info))
                self._queued_bytes += len(data)
            dropped_before = self._dropped
            self._drop_oldest()
            dropped = self._dropped
            self._cond.notify_all()
        # Warn on the first drop, then once per thousand, so a slow viewer does not flood stderr.
        if dropped != dropped_before and (dropped_before == 0 or dropped // 1000 != dropped_before // 1000):
            state = "is not keeping up" if self._socket is not None else "is not connected"
            _warn(
                f"rerun: the viewer at {self.address} {state}; dropped {dropped} oldest messages "
                f"({_format_mb(self._dropped_bytes)}) to stay under RERUN_TCP_BUFFER_BYTES={self.max_buffer_bytes}"
            )

    def _drop_oldest(self) -> None:
        """Drop the oldest data messages (never store infos) until the buffer is within its bound."""
        queue = self._queue
        i = 0
        while self._queued_bytes > self.max_buffer_bytes and i < len(queue):
            data, is_info = queue[i]
            if is_info:
                i += 1
                continue
            del queue[i]
            self._queued_bytes -= len(data)
            self._dropped += 1
            self._dropped_bytes += len(data)

    def _connect(self, preamble: list[bytes]) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=1.0)
        except OSError as err:
            if not self._warned_unreachable:
                self._warned_unreachable = True
                _warn(
                    f"rerun: no viewer is listening at {self.address} ({err.strerror or err}); logged data is kept "
                    f"in memory (up to RERUN_TCP_BUFFER_BYTES = {_format_mb(self.max_buffer_bytes)}, then the oldest "
                    "is dropped) and sent once a viewer listens there"
                )
            return None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(0.5)  # so that a viewer that stopped reading cannot hold this thread forever
        try:
            self._send_bytes(sock, self._header + b"".join(preamble))
        except OSError:
            sock.close()
            return None
        return sock

    def _send_bytes(self, sock: socket.socket, data: bytes) -> None:
        """`sendall`, noting progress as the viewer takes the bytes; raises OSError when the connection broke."""
        view = memoryview(data)
        offset = 0
        while offset < len(view):
            try:
                offset += sock.send(view[offset : offset + (4 << 20)])
            except TimeoutError:
                if self._closed and self._given_up:
                    raise OSError("gave up: the viewer stopped reading") from None
                continue
            self._last_progress = time.monotonic()

    _given_up = False

    def _take_batch(self) -> list[tuple[bytes, bool]]:
        """The next messages to send: one, or small ones up to 1 MiB together (fewer system calls)."""
        batch = [self._queue.popleft()]
        size = len(batch[0][0])
        while self._queue and size + len(self._queue[0][0]) <= 1 << 20:
            item = self._queue.popleft()
            batch.append(item)
            size += len(item[0])
        self._in_flight = len(batch)
        return batch

    def _run(self) -> None:
        backoff = 0.05
        sent_infos: set[int] = set()  # ids of the store infos this connection already carried
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if not self._queue or self._given_up:
                    break
            if self._socket is None:
                preamble_now = list(self._preamble)
                self._socket = self._connect(preamble_now)
                if self._socket is None:
                    # Not woken by new data (that would retry every tick), only by `close`.
                    self._closing.wait(backoff)
                    if self._given_up:
                        break
                    backoff = min(backoff * 2, 1.0)
                    continue
                sent_infos = {id(d) for d in preamble_now}
                self._last_progress = time.monotonic()
                backoff = 0.05
            with self._cond:
                if not self._queue:
                    continue
                batch = self._take_batch()
            payload = [d for d, is_info in batch if not (is_info and id(d) in sent_infos)]
            try:
                self._send_bytes(self._socket, payload[0] if len(payload) == 1 else b"".join(payload))
            except OSError:
                self._socket.close()
                self._socket = None
                with self._cond:  # put the batch back in front: it did not reach a viewer (whole)
                    self._queue.extendleft(reversed(batch))
                    self._in_flight = 0
                    self._cond.notify_all()
                continue
            with self._cond:
                self._queued_bytes -= sum(len(d) for d, _ in batch)
                self._in_flight = 0
                self._cond.notify_all()
        if self._socket is not None:
            self._socket.close()

    def flush(self, timeout: float | None = _DEFAULT) -> bool:  # type: ignore[override]
        """
        Wait until everything queued was handed to the operating system; True if it was.

        Gives up (returning False, dropping nothing) once the viewer made no progress for
        `timeout` seconds (default: `flush_timeout_sec`; None waits for ever), as Rerun's
        `flush_timeout_sec` means: a viewer that keeps reading is waited for however long it takes.
        """
        limit = self.flush_timeout_sec if timeout is _DEFAULT else timeout
        started = time.monotonic()
        with self._cond:
            while self._queue or self._in_flight:
                if not self._thread.is_alive():
                    return False
                stalled = time.monotonic() - max(self._last_progress, started)
                if limit is not None and stalled >= limit:
                    return False
                self._cond.wait(0.1)
        return True

    def close(self) -> None:
        delivered = self.flush()
        with self._cond:
            lost = len(self._queue) + self._in_flight
            lost_bytes = self._queued_bytes
            self._given_up = True
            self._closed = True
            self._queue.clear()
            self._cond.notify_all()
        self._closing.set()
        if not delivered and lost:
            connected = self._socket is not None
            _warn(
                f"rerun: gave up sending to the viewer at {self.address} after {self.flush_timeout_sec or 0:g} s without "
                f"progress ({'it stopped reading' if connected else 'none is listening'}); dropped {lost} messages "
                f"({_format_mb(lost_bytes)}) that had not reached it"
            )
        self._thread.join(timeout=1.0)

    def for_forked_child(self) -> Sink:
        # The socket is the parent's: the child opens its own connection, saying which store it logs to.
        return TcpSink(self.address, self.flush_timeout_sec, preamble=self._preamble)

    @property
    def is_connected(self) -> bool:
        return self._socket is not None

