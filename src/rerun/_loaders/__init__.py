"""
Files in: the data loaders behind `rr.log_file_from_path`, `rr.log_file_from_contents` and `rerun FILE`.

As in Rerun 0.17, every loader is offered every file; each says whether the file is its kind.
The built-in loaders, one module per kind, registered once in `BUILTIN_LOADERS`:

| module        | extensions (case-insensitive)                    | logs                          |
|---------------|--------------------------------------------------|-------------------------------|
| `rrd`         | .rrd .rbl                                        | the recording's messages      |
| `image`       | .png .jpg .jpeg .bmp .gif .tif .tiff .webp ...   | `ImageEncoded`                |
| `mesh`        | .glb .gltf .obj .stl                             | `Asset3D` (the file's bytes)  |
| `point_cloud` | .ply                                             | `Points3D`                    |
| `text`        | .txt .md                                         | `TextDocument`                |
| `mcap`        | .mcap                                            | one entity per topic (`ros_messages`) |
| `rosbag`      | .bag .db3, a ROS 2 bag folder (metadata.yaml)    | one entity per topic (`ros_messages`) |

Loaders with a `load_into(path, contents, settings, recording)` (MCAP, bags) log straight into the
recording with their files' own times and entity paths, streaming; the others return archetypes
logged at the file's entity path.

plus the external loaders (`external`): executables named `rerun-loader-*` on `PATH`, called as
Rerun 0.17 calls them; one that exits with `EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE` (66)
says "not mine". The entity path is the file path, split at its separators (see
`entity_path_of_file`).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath
from typing import Any, Protocol

from .._datamodel.archetype import Archetype
from .._log_msg import LogMsg
from .._recording.entity_path import new_entity_path, split_parts
from . import external, image, mcap, mesh, point_cloud, rosbag, rrd, text

EXTERNAL_DATA_LOADER_PREFIX = external.EXTERNAL_DATA_LOADER_PREFIX
EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE = external.EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE


class BuiltinLoader(Protocol):
    NAME: str
    EXTENSIONS: tuple[str, ...]

    def load(self, path: PurePath, contents: bytes) -> list[Any]: ...


#: Every built-in loader, in the order Rerun 0.17 lists them.
BUILTIN_LOADERS: tuple[BuiltinLoader, ...] = (rrd, image, mesh, point_cloud, text, mcap, rosbag)  # type: ignore[assignment]

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(ext for loader in BUILTIN_LOADERS for ext in loader.EXTENSIONS)


class NoLoaderError(ValueError):
    """No loader (built-in or external) takes this file."""


@dataclass
class LoaderSettings:
    """
    What loaders are told about where the data goes (Rerun's `DataLoaderSettings`).

    `times` are the timelines to log at, as (name, "sequence" | "time", value in ticks or
    nanoseconds); only external loaders read them (the built-in loaders' rows are stamped by the
    recording). `static` logs everything as static data.
    """

    recording_id: str
    application_id: str | None = None
    entity_path_prefix: str | None = None
    static: bool = False
    times: list[tuple[str, str, int]] = field(default_factory=list)


def extension(path: str | os.PathLike[str]) -> str:
    """The file's extension, lower case, without the dot ("" for none)."""
    return PurePath(path).suffix.lower().lstrip(".")


def entity_path_of_file(path: str | os.PathLike[str], prefix: str | None = None) -> str:
    """
    The entity path a file's data is logged at: the file path split at its separators.

    As Rerun 0.17: the path is cleaned lexically (`.` and `dir/..` removed), then each component
    is one part, so `images/cat.png` → `/images/cat.png` and an absolute `/data/a.txt` → `/\\//data/a.txt`
    (the root `/` is a part of its own). `prefix` (an entity path) goes in front.
    """
    text_path = os.fspath(path)
    cleaned = posixpath.normpath(text_path.replace(os.sep, "/")) if text_path else "."
    parts = [p for p in PurePosixPath(cleaned).parts if p != "."]
    prefix_parts = split_parts(prefix) if prefix else []
    return new_entity_path([*prefix_parts, *parts])


@dataclass
class Loaded:
    """What the loaders made of one file: rows to log at `entity_path`, and whole messages."""

    entity_path: str
    archetypes: list[Any] = field(default_factory=list)
    messages: list[LogMsg] = field(default_factory=list)
    loaders: list[str] = field(default_factory=list)


def load(
    path: str | os.PathLike[str],
    contents: bytes | None,
    settings: LoaderSettings,
    *,
    on_message: Callable[[LogMsg], None] | None = None,
    use_external: bool = True,
    recording: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    """
    Run every loader on one file (`contents=None`: read it from `path`).

    Raises FileNotFoundError when `path` does not exist (and no contents are given),
    `NoLoaderError` when no loader takes the file, and ValueError (with the loader's name) when
    the loader of its kind cannot parse it. Messages of external loaders go to `on_message` as
    they arrive (else into `Loaded.messages`). External loaders only see files on disk, as in 0.17.
    Loaders with `load_into` (MCAP, ROS bags) log into `recording` as they read, calling
    `progress(bytes read, bytes in all)` as they go.
    """
    fs_path = os.fspath(path)
    if contents is None and not os.path.exists(fs_path):
        raise FileNotFoundError(f"path does not exist: {fs_path!r}")
    if contents is None and rosbag.is_ros2_bag_dir(fs_path):
        return _load_into(rosbag, fs_path, None, settings, recording, progress=progress)
    if contents is None and os.path.isdir(fs_path):
        raise NoLoaderError(f"{fs_path!r} is a directory; give the files in it one by one")
    ext = extension(fs_path)
    out = Loaded(entity_path_of_file(fs_path, settings.entity_path_prefix))
    sink = on_message or out.messages.append
    is_recording = ext in rrd.EXTENSIONS

    externals: list[external.ExternalRun] = []
    if use_external and contents is None and not is_recording:
        externals = external.start_all(fs_path, settings)

    errors: list[str] = []
    for loader in BUILTIN_LOADERS:
        if ext not in loader.EXTENSIONS:
            continue
        if hasattr(loader, "load_into"):
            try:
                _load_into(loader, fs_path, contents, settings, recording, out, progress)
            except (ValueError, OSError) as err:
                errors.append(f"{loader.NAME}: {err}")
            continue
        try:
            data = contents if contents is not None else _read(fs_path)
            items = loader.load(PurePath(fs_path), data)
        except (ValueError, OSError) as err:
            errors.append(f"{loader.NAME}: {err}")
            continue
        out.loaders.append(loader.NAME)
        for item in items:
            if isinstance(item, Archetype):
                out.archetypes.append(item)
            else:
                sink(item)

    for run in externals:
        if run.finish(sink):
            out.loaders.append(run.name)
        elif run.error:
            errors.append(run.error)

    if out.loaders:
        from .._datamodel.errors import warn

        for error in errors:  # another loader took the file: this one's failure is still worth knowing
            warn(f"{fs_path}: {error}")
        return out
    if errors:
        raise ValueError(f"cannot load {fs_path!r}: " + "; ".join(errors))
    supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    raise NoLoaderError(
        f"no data loader for {fs_path!r}: the built-in loaders take {supported}"
        + (", and no rerun-loader-* executable on PATH took it" if use_external and contents is None else "")
    )


def _load_into(
    loader: Any,
    path: str,
    contents: bytes | None,
    settings: LoaderSettings,
    recording: Any,
    out: Loaded | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    if recording is None:
        raise ValueError(f"{loader.NAME} logs into a recording; none was given")
    out = out or Loaded(entity_path_of_file(path, settings.entity_path_prefix))
    loader.load_into(path, contents, settings, recording, progress=progress)
    out.loaders.append(loader.NAME)
    return out


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def iter_external_loaders() -> Iterator[str]:
    """Paths of the `rerun-loader-*` executables on PATH (the first of each name, in PATH order)."""
    yield from external.find_external_loaders()


def expand_directory(path: str) -> list[str]:
    """The files under a directory that a loader takes, sorted (as 0.17's directory loader, recursively)."""
    external_loaders = bool(external.find_external_loaders())
    found: list[str] = []
    if rosbag.is_ros2_bag_dir(path):
        return [path]
    for root, dirs, files in os.walk(path):
        bags = [d for d in dirs if rosbag.is_ros2_bag_dir(os.path.join(root, d))]
        found.extend(os.path.join(root, d) for d in sorted(bags))  # a ROS 2 bag is one source, not its files
        dirs[:] = [d for d in dirs if d not in bags]
        dirs.sort()
        for name in sorted(files):
            if external_loaders or extension(name) in SUPPORTED_EXTENSIONS:
                found.append(os.path.join(root, name))
    return found


class _HeldUntilData:
    """
    Passes messages on, holding back the recording's announcement until its first data: a file
    that turns out not to load leaves no empty recording behind in the viewer or the output file.
    """

    def __init__(self, on_message: Callable[[LogMsg], None]) -> None:
        self._on_message = on_message
        self._held: list[LogMsg] | None = []

    def __call__(self, msg: LogMsg) -> None:
        from .._log_msg import ArrowMsg

        if self._held is not None:
            if not isinstance(msg, ArrowMsg):
                self._held.append(msg)
                return
            held, self._held = self._held, None
            for earlier in held:
                self._on_message(earlier)
        self._on_message(msg)


def file_as_recording(
    path: str,
    contents: bytes | None = None,
    *,
    on_message: Callable[[LogMsg], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[LogMsg]:
    """
    The messages of a new recording holding one file's data, as Rerun 0.17's viewer opens a file.

    The application id is the path, the recording id random; data is static (files have no time).
    A directory becomes one recording of every file in it that a loader takes. Raises as `load`.

    With `on_message`, every message goes there as soon as it is made (from the recording's
    batcher thread) and the returned list is empty: a large MCAP file or bag then never sits in
    memory whole. `progress(bytes read, bytes in all)` is called while MCAP files and bags are read.
    """
    import uuid

    from .._recording.sinks import CallbackSink, MemorySink
    from .._recording.stream import RecordingStream

    recording = RecordingStream(os.fspath(path) or "file", recording_id=uuid.uuid4())
    recording.enabled = True  # RERUN=off is for the logging SDK, not for a viewer opening a file
    collected = MemorySink()
    sink = collected if on_message is None else CallbackSink(_HeldUntilData(on_message))
    recording.set_sink(sink)
    settings = LoaderSettings(recording_id=recording.recording_id, application_id=recording.application_id, static=True)
    try:
        files = expand_directory(path) if contents is None and os.path.isdir(path) else [path]
        if not files:
            raise NoLoaderError(f"{path!r} is a directory without a file any loader takes")
        for file in files:
            try:
                loaded = load(file, contents, settings, on_message=sink.send, recording=recording, progress=progress)
            except NoLoaderError:
                if len(files) == 1:
                    raise
                continue
            for archetype in loaded.archetypes:
                recording._log(loaded.entity_path, archetype, True, True)
        recording.flush()
        return collected.drain()
    finally:
        recording.shutdown()
