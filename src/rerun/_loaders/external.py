"""
External loaders: executables named `rerun-loader-*` on PATH, called as Rerun 0.17 calls them.

Each is run as `EXE FILE --application-id APP --recording-id REC [--entity-path-prefix P]
[--timeless --static] [--time NAME=NANOS ...] [--sequence NAME=N ...]` and writes an rrd stream
to its stdout, which is forwarded as it arrives. Exit code 66
(`EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE`) means "not my kind of file"; any other non-zero
exit is reported with the loader's stderr. Data it sent before failing is kept.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._log_msg import LogMsg, SetStoreInfo

if TYPE_CHECKING:
    from . import LoaderSettings

EXTERNAL_DATA_LOADER_PREFIX = "rerun-loader-"
EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE = 66
_READ_BYTES = 1 << 16


def find_external_loaders() -> list[str]:
    """The `rerun-loader-*` executables on PATH: the first of each name, in PATH order."""
    found: dict[str, str] = {}
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        try:
            entries = sorted(os.scandir(directory or "."), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(EXTERNAL_DATA_LOADER_PREFIX) or entry.name in found:
                continue
            try:
                if entry.is_file() and os.access(entry.path, os.X_OK):
                    found[entry.name] = entry.path
            except OSError:
                continue
    return list(found.values())


def cli_args(settings: LoaderSettings) -> list[str]:
    """The arguments after the file path, as Rerun 0.17's `DataLoaderSettings::to_cli_args`."""
    args: list[str] = []
    if settings.application_id is not None:
        args += ["--application-id", settings.application_id]
    args += ["--recording-id", settings.recording_id]
    if settings.entity_path_prefix:
        args += ["--entity-path-prefix", settings.entity_path_prefix]
    if settings.static:
        args += ["--timeless", "--static"]  # both: --timeless for loaders written before 0.17
    else:
        for name, kind, value in settings.times:
            args += ["--sequence" if kind == "sequence" else "--time", f"{name}={value}"]
    return args


class ExternalRun:
    """One external loader working on one file; its stdout is decoded on a thread of its own."""

    def __init__(self, exe: str, path: str, settings: LoaderSettings) -> None:
        self.name = os.path.basename(exe)
        self.error: str | None = None
        self.messages: list[LogMsg] = []
        self._lock = threading.Lock()
        self._forward: Callable[[LogMsg], None] | None = None
        self._recording_id = settings.recording_id
        import subprocess  # here: `import rerun` does not pay for it

        env = dict(os.environ)
        env.pop("RERUN_APP_ONLY", None)  # as 0.17: the loader must not think it is a viewer
        self._proc = subprocess.Popen(
            [exe, path, *cli_args(settings)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        self._stderr = b""
        self._stderr_thread = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_thread.start()
        self._thread = threading.Thread(target=self._read_stdout, name=f"{self.name}({path})", daemon=True)
        self._thread.start()

    def _read_stderr(self) -> None:
        assert self._proc.stderr is not None
        with self._proc.stderr:
            self._stderr = self._proc.stderr.read()[-4000:]

    def _read_stdout(self) -> None:
        from .._rrd import RrdError, StreamDecoder

        assert self._proc.stdout is not None
        decoder = StreamDecoder()
        try:
            while True:
                data = self._proc.stdout.read1(_READ_BYTES)  # type: ignore[attr-defined]
                if not data:
                    break
                self._deliver(decoder.feed(data))
        except RrdError as err:
            self._deliver(getattr(err, "decoded", None) or [])
            self.error = f"{self.name}: its output is not a valid rrd stream, the rest is skipped ({err})"
        except OSError as err:
            self.error = f"{self.name}: cannot read its output ({err})"
        finally:
            self._proc.stdout.close()

    def _deliver(self, msgs: list[Any]) -> None:
        with self._lock:
            for msg in msgs:
                # Our recording already announced itself: keep its application id and start time.
                if isinstance(msg, SetStoreInfo) and msg.info.store_id.id == self._recording_id:
                    continue
                if self._forward is not None:
                    self._forward(msg)
                else:
                    self.messages.append(msg)

    def finish(self, forward: Callable[[LogMsg], None]) -> bool:
        """Forward its data until it exits; True if it took the file (did not exit with 66)."""
        with self._lock:
            for msg in self.messages:
                forward(msg)
            self.messages.clear()
            self._forward = forward
        returncode = self._proc.wait()
        self._thread.join()
        self._stderr_thread.join()
        if returncode == EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE:
            return False
        if returncode != 0:
            reason = self._stderr.decode("utf-8", "replace").strip().splitlines()
            self.error = f"{self.name} failed (exit code {returncode})" + (f": {reason[-1]}" if reason else "")
            from .._datamodel.errors import warn

            warn(self.error)
        elif self.error:
            from .._datamodel.errors import warn

            warn(self.error)
        return True


def start_all(path: str, settings: LoaderSettings) -> list[ExternalRun]:
    """Start every external loader on `path` (they run in parallel)."""
    runs = []
    for exe in find_external_loaders():
        try:
            runs.append(ExternalRun(exe, path, settings))
        except OSError as err:
            from .._datamodel.errors import warn

            warn(f"cannot run the external loader {exe}: {err}")
    return runs
