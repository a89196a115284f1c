"""Where a recording's messages go: memory, a file, stdout, a byte stream, or a viewer over TCP.

Every sink receives the same `LogMsg`s; the byte sinks encode them in the .rrd stream format
(`rerun._rrd`), so a file, a pipe and the TCP connection carry identical bytes.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable
from typing import BinaryIO

from .._log_msg import LogMsg, SetStoreInfo
from .._rrd.format import encode_header, encode_msg, encode_msg_parts


def _compression() -> str | None:
    value = os.environ.get("RERUN_COMPRESSION", "").strip().lower()
    return value if value in ("lz4", "zstd") else None


class Sink:
    """Receives messages; `flush` makes sure they reached their destination."""

    def send(self, msg: LogMsg) -> None:
        raise NotImplementedError

    def flush(self, timeout: float | None = None) -> None:
        """Push out what was sent (waiting at most `timeout` seconds where that can block)."""

    def close(self) -> None:
        self.flush()


class BufferedSink(Sink):
    """Keeps messages until a real sink is chosen (e.g. `rr.save` after some `rr.log` calls)."""

    def __init__(self) -> None:
        self.messages: list[LogMsg] = []

    def send(self, msg: LogMsg) -> None:
        self.messages.append(msg)


class MemorySink(Sink):
    """Keeps every message in memory: see `MemoryRecording`."""

    def __init__(self) -> None:
        self.messages: list[LogMsg] = []
        self._lock = threading.Lock()

    def send(self, msg: LogMsg) -> None:
        with self._lock:
            self.messages.append(msg)

    def drain(self) -> list[LogMsg]:
        with self._lock:
            out, self.messages = self.messages, []
        return out


class _EncodingSink(Sink):
    """Encodes messages as an rrd stream and hands the bytes to `write`."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._compression = _compression()
        self._write = write
        self._lock = threading.Lock()
        self._write(encode_header(self._compression))

    def send(self, msg: LogMsg) -> None:
        parts = encode_msg_parts(msg, self._compression)  # large data by reference: written, never copied
        with self._lock:
            for part in parts:
                self._write(part)  # type: ignore[arg-type]  # Arrow buffers write like bytes


class FileSink(_EncodingSink):
    """Writes an .rrd file (`rr.save`)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._file: BinaryIO = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        super().__init__(self._file.write)

    def flush(self, timeout: float | None = None) -> None:
        with self._lock:
            if not self._file.closed:
                self._file.flush()

    def close(self) -> None:
        with self._lock:
            if not self._file.closed:
                self._file.close()
                self._write_index()

    def _write_index(self) -> None:
        """Append the footer index (see docs/rrd-format.md) so dataset queries read only what they need."""
        from .._dataset.index import index_file

        if not os.path.isfile(self.path):  # a FIFO or a device: nothing to index
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
        super().__init__(self._write_out)

    def _write_out(self, data: bytes) -> None:
        if self._reader_gone:
            return
        try:
            self._out.write(data)
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
        warnings.warn("rerun: the reader of stdout went away; the rest of the recording is dropped", stacklevel=2)

    def flush(self, timeout: float | None = None) -> None:
        if self._reader_gone:
            return
        try:
            self._out.flush()
        except (BrokenPipeError, ValueError):
            self._on_reader_gone()


class BinaryStreamSink(_EncodingSink):
    """Collects the rrd stream in memory, read out in pieces with `BinaryStream.read()`."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        super().__init__(self._chunks.append)

    def take(self) -> bytes:
        with self._lock:
            out = b"".join(self._chunks)
            self._chunks.clear()
        return out


class TcpSink(Sink):
    """
    Streams to a viewer over TCP (`rr.connect`), never blocking the logging thread for long.

    A background thread sends the encoded stream. While the viewer is away it keeps trying to
    reconnect and buffers up to `RERUN_TCP_BUFFER_BYTES` (default 512 MiB); past that the oldest
    data messages are dropped with a warning, so memory stays bounded. On each (re)connection
    the stream header and the store infos are sent first, so the viewer always knows the store.
    """

    def __init__(self, addr: str = "127.0.0.1:9876", flush_timeout_sec: float | None = 2.0) -> None:
        host, _, port = addr.rpartition(":")
        self.host = host.strip("[]") or "127.0.0.1"
        self.port = int(port)
        self.flush_timeout_sec = flush_timeout_sec
        self.max_buffer_bytes = int(os.environ.get("RERUN_TCP_BUFFER_BYTES", 512 * 1024 * 1024))
        self._compression = _compression()
        self._header = encode_header(self._compression)
        self._preamble: list[bytes] = []  # store infos, re-sent on every connection
        self._queue: deque[bytes] = deque()
        self._queued_bytes = 0
        self._dropped = 0
        self._cond = threading.Condition()
        self._closed = False
        self._in_flight = False
        self._socket: socket.socket | None = None
        self._thread = threading.Thread(target=self._run, name="rerun-tcp-sink", daemon=True)
        self._thread.start()

    def send(self, msg: LogMsg) -> None:
        data = encode_msg(msg, self._compression)
        with self._cond:
            if isinstance(msg, SetStoreInfo):
                self._preamble.append(data)
            self._queue.append(data)
            self._queued_bytes += len(data)
            dropped_before = self._dropped
            while self._queued_bytes > self.max_buffer_bytes and len(self._queue) > 1:
                self._queued_bytes -= len(self._queue.popleft())
                self._dropped += 1
            dropped = self._dropped
            self._cond.notify_all()
        # Warn on the first drop, then once per thousand, so a slow viewer does not flood stderr.
        if dropped != dropped_before and (dropped_before == 0 or dropped // 1000 != dropped_before // 1000):
            warnings.warn(
                f"rerun: the viewer at {self.host}:{self.port} is not keeping up; dropped {dropped} "
                f"oldest messages to stay under RERUN_TCP_BUFFER_BYTES={self.max_buffer_bytes}",
                stacklevel=2,
            )

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=1.0)
        except OSError:
            return None
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.sendall(self._header + b"".join(self._preamble))
        except OSError:
            sock.close()
            return None
        return sock

    def _run(self) -> None:
        backoff = 0.05
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if self._closed and not self._queue:
                    break
            if self._socket is None:
                self._socket = self._connect()
                if self._socket is None:
                    if self._closed:
                        break
                    time.sleep(backoff)
                    backoff = min(backoff * 2, 1.0)
                    continue
                backoff = 0.05
            with self._cond:
                batch = list(self._queue)
                self._queue.clear()
                self._queued_bytes = 0
                self._in_flight = True
            try:
                # Store infos were already sent as the preamble of this connection.
                self._socket.sendall(b"".join(d for d in batch if d not in self._preamble))
            except OSError:
                self._socket.close()
                self._socket = None
                with self._cond:  # put the batch back in front: it did not reach a viewer
                    self._queue.extendleft(reversed(batch))
                    self._queued_bytes += sum(len(d) for d in batch)
            finally:
                with self._cond:
                    self._in_flight = False
                    self._cond.notify_all()
        if self._socket is not None:
            self._socket.close()

    def flush(self, timeout: float | None = None) -> None:
        """Wait until everything queued was handed to the OS, or `timeout` (default: flush_timeout_sec)."""
        timeout = self.flush_timeout_sec if timeout is None else timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._queue or self._in_flight:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self._cond.wait(remaining if remaining is not None else 0.1)

    def close(self) -> None:
        self.flush()
        with self._cond:
            self._closed = True
            self._queue.clear()
            self._cond.notify_all()
        self._thread.join(timeout=1.0)

    @property
    def is_connected(self) -> bool:
        return self._socket is not None
