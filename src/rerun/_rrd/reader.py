"""Reading an rrd stream from a file, stdin or any binary file object, tolerating damage."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import BinaryIO

from .._log_msg import LogMsg
from .format import RrdError, RrdVersionError, StreamDecoder

#: Read size: large enough that per-read overhead vanishes, small enough for smooth progress.
READ_BYTES = 4 << 20

ProgressCallback = Callable[[int, "int | None"], None]


class RrdWarning(UserWarning):
    """A damaged message of a recording was skipped, or it was read only up to damage or truncation."""


def _warn_skipped(decoder: StreamDecoder, name: str) -> None:
    for err in decoder.skipped:
        warnings.warn(f"{name}: skipped a damaged message: {err}", RrdWarning, stacklevel=4)
    decoder.skipped.clear()


def iter_messages(
    source: BinaryIO,
    *,
    name: str = "<stream>",
    total_bytes: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[LogMsg]:
    """
    Decode messages from a binary file object until its end.

    A frame that does not decode is skipped with an `RrdWarning` naming its byte offset; the
    messages before and after it are yielded. Damage that loses the framing, a truncated end, or
    a header of a newer format version in the middle of the stream ends the iteration with an
    `RrdWarning` saying where; the messages before it are all yielded.

    Raises
    ------
    RrdVersionError
        The stream starts with the header of a newer, incompatible format version.
    RrdError
        The stream does not start with an rrd header: it is not an .rrd file (nothing is yielded).

    """
    decoder = StreamDecoder()
    read = 0
    yielded = False

    while True:
        data = source.read(READ_BYTES)
        if not data:
            break
        read += len(data)
        try:
            msgs = decoder.feed(data)
        except RrdError as err:
            yield from err.decoded
            _warn_skipped(decoder, name)
            if decoder.header is None and not yielded and not err.decoded:
                # Not one message: this is not an rrd stream (or one too new to read) at all.
                raise type(err)(f"{name}: {err.reason}", err.offset) from None
            what = "a header of a newer format version" if isinstance(err, RrdVersionError) else "damage"
            warnings.warn(f"{name}: read up to {what}, the rest is skipped: {err}", RrdWarning, stacklevel=2)
            return
        yielded = yielded or bool(msgs)
        yield from msgs
        _warn_skipped(decoder, name)
        if on_progress is not None:
            on_progress(read, total_bytes)
    if decoder.pending_bytes:
        warnings.warn(
            f"{name}: the recording is truncated: the last {decoder.pending_bytes} bytes, from byte "
            f"{decoder.bytes_consumed}, are an incomplete message and were skipped",
            RrdWarning,
            stacklevel=2,
        )
    elif read == 0:
        warnings.warn(f"{name}: the recording is empty", RrdWarning, stacklevel=2)


def read_messages(
    path: str | os.PathLike[str] | BinaryIO,
    *,
    on_progress: ProgressCallback | None = None,
) -> Iterator[LogMsg]:
    """
    Read the messages of an .rrd file, of stdin (`"-"`), or of a binary file object.

    Parameters
    ----------
    path:
        A file path, `"-"` for standard input, or an object with a binary `read(n)`.
    on_progress:
        Called as `on_progress(bytes_read, total_bytes_or_None)` after each read.

    """
    if hasattr(path, "read"):
        yield from iter_messages(path, on_progress=on_progress)  # type: ignore[arg-type]
        return
    if os.fspath(path) == "-":  # type: ignore[arg-type]
        yield from iter_messages(sys.stdin.buffer, name="<stdin>", on_progress=on_progress)
        return
    name = os.fspath(path)  # type: ignore[arg-type]
    with open(name, "rb") as file:
        total = os.fstat(file.fileno()).st_size
        yield from iter_messages(file, name=name, total_bytes=total, on_progress=on_progress)
