"""`rr.log_file_from_path` / `rr.log_file_from_contents`: run the loaders and log what they make."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

from . import LoaderSettings, NoLoaderError, expand_directory, load

if TYPE_CHECKING:
    from .._recording.stream import RecordingStream


def log_file(
    stream: RecordingStream,
    file_path: str | os.PathLike[str],
    contents: Any,
    entity_path_prefix: str | None,
    static: bool,
    caller: str,
) -> None:
    """
    Load one file into `stream`; any problem is a warning at the user's call site (raised in strict mode).

    Rows of the built-in loaders are logged at the file's entity path with the thread's current
    time (or as static); messages of `.rrd` files and external loaders are forwarded as they are.
    Returns once every loader is done with the file.
    """
    from .._datamodel.errors import report

    if not stream.enabled:
        return
    try:
        if not isinstance(file_path, (str, os.PathLike)):
            raise TypeError(f"file_path: expected a str or pathlib.Path, got {type(file_path).__name__}")
        if contents is not None:
            if not isinstance(contents, (bytes, bytearray, memoryview)):
                raise TypeError(f"file_contents: expected bytes, got {type(contents).__name__}")
            contents = bytes(contents)
        if entity_path_prefix is not None and not isinstance(entity_path_prefix, str):
            raise TypeError(f"entity_path_prefix: expected a str, got {type(entity_path_prefix).__name__}")
        settings = LoaderSettings(
            recording_id=stream.recording_id,
            application_id=stream.application_id,
            entity_path_prefix=entity_path_prefix,
            static=bool(static),
            times=[] if static else _timepoint(stream),
        )
        files: list[str | os.PathLike[str]]
        if contents is None and os.path.isdir(file_path):
            # As 0.17's directory loader: every file under it that a loader takes, each at its own path.
            files = list(expand_directory(os.fspath(file_path)))
            if not files:
                raise NoLoaderError(f"no file under the directory {os.fspath(file_path)!r} is one a loader takes")
        else:
            files = [file_path]
    except Exception as err:  # noqa: BLE001 - bad arguments never crash the script
        report(err, f"rr.{caller}({_shown(file_path)})")
        return
    for file in files:
        try:
            loaded = load(file, contents, settings, on_message=stream._send, recording=stream)
            for archetype in loaded.archetypes:
                stream._log(loaded.entity_path, archetype, bool(static), None)
        except Exception as err:  # noqa: BLE001 - a file that cannot be loaded never crashes the script
            # One file of a directory failing does not keep the others out (as 0.17).
            report(err, f"rr.{caller}({_shown(file)})")


def _shown(path: Any) -> str:
    return repr(os.fspath(path) if isinstance(path, (str, os.PathLike)) else path)


def _timepoint(stream: RecordingStream) -> list[tuple[str, str, int]]:
    """The thread's time on every timeline, plus `log_time` and `log_tick`, for external loaders."""
    key, values = stream._time.snapshot()
    times = [(name, kind, int(value)) for (name, kind), value in zip(key, values)]
    times.append(("log_time", "time", time.time_ns()))
    times.append(("log_tick", "sequence", next(stream._ticks)))
    return times
