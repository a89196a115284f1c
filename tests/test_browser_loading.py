"""Loading a recording in pieces: the page shows the progress and is usable with what has loaded."""

from __future__ import annotations

import threading

import numpy as np

import rerun as rr
from browser_support import current_time, wait_rendered

STEPS = 60


def _recording_bytes() -> bytes:
    rec = rr.new_recording("rerun_test_loading")
    stream = rec.binary_stream()
    for i in range(STEPS):
        rec.set_time_sequence("step", i)
        rec.log("world/points", rr.Points3D(np.random.rand(2000, 3).astype(np.float32), colors=[255, 0, 0]))
        rec.flush()  # one chunk per step, so half the bytes hold about half the steps
    return stream.read()


class _HalfThenWait:
    """A file that hands out its first half, then blocks until `release` is set (a slow disk or pipe)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos, self.half = data, 0, len(data) // 2
        self.release = threading.Event()

    def read(self, n: int) -> bytes:
        if self.pos >= self.half:
            self.release.wait(30)
        end = min(self.pos + n, self.half if not self.release.is_set() else len(self.data))
        piece, self.pos = self.data[self.pos : end], end
        return piece


def test_loading_progress_shows_and_the_page_works_with_what_has_loaded(page, viewer) -> None:
    data = _recording_bytes()
    server = viewer()
    source = _HalfThenWait(data)
    loader = threading.Thread(target=server.ingestor.load_stream, args=(source, "big.rrd", len(data)), daemon=True)
    loader.start()
    page.goto(server.url + "/")
    try:
        _check_partial_then_complete(page, source, loader)
    finally:
        source.release.set()


def _check_partial_then_complete(page, source: _HalfThenWait, loader: threading.Thread) -> None:
    progress = page.locator("[data-testid=progress]")
    page.wait_for_function("() => document.querySelector('[data-testid=progress]').textContent.includes('/')")
    assert progress.inner_text().startswith("Loading ")
    # What has loaded so far is already shown: the points and part of the timeline. (The page only
    # says it has fully rendered, for screenshots, once loading is over.)
    page.wait_for_selector(".view-tile[data-view-kind='3D'] canvas")
    page.wait_for_function("() => document.querySelector('[data-testid=current-time]').textContent.startsWith('#')")
    kinds = page.eval_on_selector_all(".view-tile", "els => els.map(e => e.dataset.viewKind)")
    assert kinds == ["3D"]
    partial = current_time(page)
    assert 0 < partial < STEPS - 1
    source.release.set()
    loader.join(30)
    page.wait_for_function(f"() => document.querySelector('[data-testid=current-time]').textContent === '#{STEPS - 1}'")
    wait_rendered(page)
    page.wait_for_function("() => !document.querySelector('[data-testid=progress]').textContent.includes('Loading')")


def test_a_truncated_file_is_shown_as_loaded_with_where_it_stopped_not_as_failed(page, viewer) -> None:
    import io

    data = _recording_bytes()
    server = viewer()
    server.ingestor.load_stream(io.BytesIO(data[:-7]), "cut.rrd", len(data) - 7)
    page.goto(server.url + "/")
    wait_rendered(page)
    page.wait_for_function("() => document.querySelector('[data-testid=progress]').textContent.includes('truncated')")
    text = page.locator("[data-testid=progress]").inner_text()
    assert text.startswith("Loaded ") and "of cut.rrd" in text and "failed" not in text, text
    assert current_time(page) == STEPS - 2  # every step before the cut message is there
