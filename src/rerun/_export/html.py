"""
A recording as one self-contained HTML file that opens offline, by double-click, with no server.

The page is the viewer's own app (the bundle of `rerun/_viewer/static/` inlined) with the answers
to every question the app can ask embedded in it, computed here by the viewer's own Python code:
the recording list, each recording's summary (entity tree, timelines, layout from its blueprint or
made from the data), the time panel's streams of every timeline, and for every view of the layout
and every timeline, the view's data at each time where it changes (latest-at, or over the view's
visible time range). Scrubbing the time in the page picks the latest stored answer at or before
the cursor, which is exactly what the server would answer. See `rerun._viewer.snapshot` for the
format, shared with the saved snapshot of a notebook output.

Size: each array the views draw is stored once (an image as RGBA, 4 bytes a pixel; points as
float32), plus one small answer (the view's drawables, a few hundred bytes) per view and time at
which that view changes; all of it gzip-compressed, then base64 (4/3), plus about 1 MB for the
app. Measured: 100 frames of a 640x480 RGB image (92 MB of pixels) with 1000 points and a scalar
each give 84 MB for a smooth image, 143 MB for noise (which gzip cannot shrink). A view that changes at more than `max_times` times on a timeline keeps `max_times` of them,
evenly spread (with a warning): between two kept times the page shows the earlier one.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time as _time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

import numpy as np

from .._log_msg import LogMsg, StoreId
from .._store import ChunkStore
from .._store import paths as store_paths
from .._store.entity_filter import EntityFilter

#: Per view and timeline, at most this many distinct answers are stored by default.
DEFAULT_MAX_TIMES = 5000

_I64_MIN, _I64_MAX = -(2**63), 2**63 - 1


@dataclass
class HtmlExportReport:
    """What went into the page (returned by `write_html`)."""

    path: str
    size_bytes: int
    recordings: int
    views: int
    answers: int
    #: One line per view and timeline whose times were thinned to `max_times`.
    thinned: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"wrote {self.path}: {self.size_bytes / 1e6:.1f} MB, {self.recordings} recording(s), "
            f"{self.views} view(s), {self.answers} stored view answers"
        )
        if self.thinned:
            text += f"; {len(self.thinned)} view/timeline(s) thinned to at most max_times answers"
        return text


class _Progress:
    """Progress on stderr for exports that take a while (silent for quick ones)."""

    def __init__(self, stream: TextIO | None, label: str) -> None:
        self.stream = stream
        self.label = label
        self.started = _time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.stream is None:
            return
        now = _time.monotonic()
        if now - self.started < 1.0 or now - self.last < 0.5:
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\r{self.label}: view answers {done}/{total} ({100 * done // max(total, 1)}%)")
        self.stream.flush()

    def note(self, text: str) -> None:
        if self.stream is None:
            return
        if self.shown:
            self.stream.write("\n")
            self.shown = False
        self.stream.write(f"{self.label}: {text}\n")
        self.stream.flush()

    def end(self) -> None:
        if self.stream is not None and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _relevant_entities(store: ChunkStore, origin: str, contents: list[str]) -> list[str]:
    """Entities whose rows can change what a view shows: those it includes, and every ancestor of
    them and of its origin (transforms, pinholes, annotation contexts, view coordinates, clears)."""
    origin = store_paths.normalize(origin)
    filt = EntityFilter.parse(contents or ["+ $origin/**"], origin)
    with_data = store.entity_paths()
    relevant: set[str] = set(store_paths.ancestors(origin))
    for entity in with_data:
        if filt.matches(entity):
            relevant.update(store_paths.ancestors(entity))
    return [e for e in with_data if e in relevant]


def change_times(store: ChunkStore, view: Any, timeline: str, window: Any) -> np.ndarray:
    """Sorted times on `timeline` at which the view's answer may change (int64)."""
    from .._viewer.views import TIME_DEPENDENT_COMPONENTS

    entities = _relevant_entities(store, view.origin, view.contents)
    only = TIME_DEPENDENT_COMPONENTS.get(view.kind)
    if only is None:
        parts = [store.entity_times(e, timeline).times for e in entities]
    else:
        parts = [store.component_times(e, c, timeline) for e in entities for c in only]
    data = np.unique(np.concatenate(parts)) if parts else np.empty(0, np.int64)
    if window is None or view.kind not in ("2D", "3D") or len(data) == 0:
        return data
    # A window relative to the cursor, [t + a, t + b], takes in a row at d from t = d - b on and
    # lets it go at t = d - a + 1: both are times the answer changes.
    shifted = [data]
    for bound, extra in ((window.end, 0), (window.start, 1)):
        if bound.kind == "cursor_relative" and bound.value is not None:
            moved = data.astype(object) - int(bound.value) + extra
            shifted.append(np.array([min(max(int(t), _I64_MIN), _I64_MAX) for t in moved], np.int64))
    return np.unique(np.concatenate(shifted))


def _thin(times: np.ndarray, max_times: int) -> np.ndarray:
    """At most `max_times` of sorted `times`, evenly spread, first and last kept."""
    if len(times) <= max_times:
        return times
    picks = np.unique(np.linspace(0, len(times) - 1, max_times).round().astype(np.int64))
    return times[picks]


@dataclass
class _Counts:
    views: int = 0
    answers: int = 0
    thinned: list[str] = field(default_factory=list)


def recording_frames(
    server: Any,
    counts: _Counts,
    *,
    max_times: int = DEFAULT_MAX_TIMES,
    progress: Callable[[int, int], None] | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[bytes]:
    """
    The frames of a static page for every recording of `server` (a `ViewerServer` with the data
    loaded), in page order, made one at a time; `counts` gets the views, the stored answers and a
    line per view/timeline whose times were thinned.
    """
    from .._viewer import protocol as P
    from .._viewer.snapshot import layout_views, time_window_of
    from .._viewer.summary import hello, recording_summary, streams
    from .._viewer.views import build_view
    from .._viewer.views.blueprint import view_components_of

    hub = server.hub
    recordings = server.recordings()
    active = str(recordings[-1]) if recordings else None
    yield P.encode_message(hello(hub, server.sources, active))
    # Every (recording, view, timeline) and its times, first: the total for the progress line.
    jobs: list[tuple[StoreId, ChunkStore, P.ViewNode, str | None, Any, list[int | None]]] = []
    for sid in recordings:
        store = hub.store(sid)
        summary = recording_summary(hub, sid, None)
        if store is None or summary is None:
            continue
        yield P.encode_message(summary)
        timelines = list(store.timelines())
        for name in timelines:
            yield P.encode_message(streams(store, str(sid), name))
        for view in layout_views(summary.blueprint.root):
            counts.views += 1
            if not timelines:
                jobs.append((sid, store, view, None, None, [None]))
                continue
            for name in timelines:
                window = time_window_of(view, name)
                times = change_times(store, view, name, window)
                kept = _thin(times, max_times)
                if len(kept) < len(times):
                    line = f"view {view.name!r} changes at {len(times)} times on timeline {name!r}; kept {len(kept)}"
                    counts.thinned.append(line)
                    if note is not None:
                        note(line + " (between two kept times the page shows the earlier one; raise max_times for all)")
                # Before the first change: what the view shows from the start (static data only).
                if len(kept) and int(kept[0]) > _I64_MIN:
                    first: list[int | None] = [int(kept[0]) - 1]
                else:
                    bounds = store.time_range(name)
                    first = [] if len(kept) else [bounds[0] if bounds is not None else None]
                jobs.append((sid, store, view, name, window, first + [int(t) for t in kept]))
    total = sum(len(job[5]) for job in jobs)
    done = 0
    known: set[str] = set()  # every array is stored once, in the first answer that uses it
    for sid, store, view, timeline, window, job_times in jobs:
        previous: Any = None
        components = view_components_of(hub, sid, view.id)  # the view's defaults and overrides, as the live viewer applies them
        for t in job_times:
            payload, arrays = build_view(store, view.kind, view.origin, view.contents, timeline, t, known, window, components)
            done += 1
            if progress is not None:
                progress(done, total)
            if arrays or payload != previous:
                known.update(arrays)
                counts.answers += 1
                previous = payload
                yield P.encode_message(P.ViewData(0, str(sid), view.id, timeline, t, payload, arrays))


def write_html(
    server: Any,
    target: str | os.PathLike[str],
    *,
    max_times: int = DEFAULT_MAX_TIMES,
    progress_stream: TextIO | None = sys.stderr,
) -> HtmlExportReport:
    """
    Write the recordings loaded in `server` (a `ViewerServer`) as one self-contained HTML page at `target`.

    Each answer is compressed into the page as it is made (memory: the store and one part of the
    page). The page is written next to `target` and renamed to it when complete.
    """
    from .._viewer.snapshot import write_page

    path = os.fspath(target)
    recordings = server.recordings()
    title = "Rerun viewer"
    if recordings:
        app = server.hub.application_of(recordings[-1])
        if app:
            title = f"{app} - Rerun viewer"
    show = _Progress(progress_stream, f"rerun export {os.path.basename(path)}")
    counts = _Counts()
    partial = path + ".part"
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            frames = recording_frames(server, counts, max_times=max_times, progress=show, note=show.note)
            write_page(out, "static", frames, compress=True, title=title)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(partial)
        raise
    finally:
        show.end()
    return HtmlExportReport(path, os.path.getsize(path), len(recordings), counts.views, counts.answers, counts.thinned)


def _server() -> Any:
    from .._viewer.server import ViewerServer

    # Not started: only its store hub, ingest and answers are used (no ports are opened).
    return ViewerServer(web_port=0, tcp_port=None, memory_limit=None)


def export_html(source: str, target: str, *, max_times: int = DEFAULT_MAX_TIMES, progress_stream: TextIO | None = sys.stderr) -> str:
    """
    Write the recording(s) of `source` as one self-contained HTML page at `target`.

    `source` is an .rrd file (or "-" for stdin), or any file, directory or URL the viewer opens
    (`rerun FILE`: images, meshes, MCAP, ROS bags, ...), which becomes a recording as there.
    Returns a one-line summary. Raises ValueError when nothing could be read from `source`,
    OSError when `target` cannot be written.
    """
    from .._viewer.cli import _is_recording_source, load_source

    server = _server()
    if source == "-":
        error = server.load_stdin().error
    elif _is_recording_source(source):
        error = server.load_file(source).error
    else:
        messages, error = load_source(source)
        if messages:
            server.ingestor.ingest(messages, os.path.basename(source), 0)
    if not server.recordings():
        raise ValueError(error or f"{source}: no recording in it")
    server.sources.update({str(sid): os.path.basename(source) for sid in server.recordings()})
    report = write_html(server, target, max_times=max_times, progress_stream=progress_stream)
    line = report.summary()
    if error:
        line += f" (the source was read up to an error: {error})"
    return line


def messages_html(
    messages: Iterable[LogMsg],
    target: str | os.PathLike[str],
    *,
    max_times: int = DEFAULT_MAX_TIMES,
    progress_stream: TextIO | None = sys.stderr,
) -> HtmlExportReport:
    """Write recording messages (as an SDK sink holds them) as one self-contained HTML page at `target`."""
    server = _server()
    server.ingestor.ingest(list(messages), "in-process", 0)
    return write_html(server, target, max_times=max_times, progress_stream=progress_stream)
