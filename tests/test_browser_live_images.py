"""A live camera stream as a user sees it: the page follows the newest frame, skips the frames it has
no time for instead of queuing them, and uploads each frame into the same texture.

Timing (log-to-pixel latency at 30 Hz) is a benchmark figure (benchmarks/bench_live_images.py), not
a test."""

from __future__ import annotations

import numpy as np

import rerun as rr
from browser_support import colored_pixels, wait_rendered

FRAMES = 24
SIZE = (71, 127)  # height, width: RGB rows of 381 bytes, not 4-byte aligned

# Counts what the page received and did, before the app starts: view answers showing an image
# (parsed from each frame's JSON head), and WebGL texture allocations. With `__slowPage` set, each
# such answer also keeps the page busy for 250 ms, like a page that decodes and draws slowly.
COUNT_IMAGE_WORK = """
(() => {
  const live = (window.__live = { imageAnswers: 0, textures: 0, slowPage: false });
  const Base = window.WebSocket;
  window.WebSocket = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => {
        if (!(e.data instanceof ArrayBuffer)) return;
        const jsonLen = new DataView(e.data).getUint32(0, true);
        const head = new TextDecoder().decode(new Uint8Array(e.data, 4, jsonLen));
        if (!head.startsWith('{"type":"view_data"') || !head.includes('"kind":"image"')) return;
        live.imageAnswers += 1;
        const start = performance.now();
        while (live.slowPage && performance.now() - start < 250) {}
      });
    }
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const create = proto.createTexture;
    proto.createTexture = function (...args) { live.textures += 1; return create.apply(this, args); };
  }
})();
"""


def frame_color(n: int) -> tuple[int, int, int]:
    """A color per frame, far from every other frame's (10 units a channel apart at least)."""
    return (20 + 9 * n, 230 - 9 * n, 60 if n % 2 else 180)


def _log_frames(rec: rr.RecordingStream, frames: range) -> None:
    image = np.empty((*SIZE, 3), np.uint8)
    for n in frames:
        image[:] = frame_color(n)
        rec.set_time_sequence("frame", n)
        rec.log("camera", rr.Image(image))
        rec.flush()  # each frame reaches the viewer on its own, as from a camera


def _connect(server) -> rr.RecordingStream:  # type: ignore[no-untyped-def]
    rec = rr.new_recording("rerun_test_live_images")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    return rec


def _shows_frame(page, n: int) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page follows frame `n` and has drawn it; its color fills the view."""
    page.wait_for_function(
        "t => document.querySelector('[data-testid=current-time]').textContent === t", arg=f"#{n}", timeout=30_000
    )
    wait_rendered(page, timeout=30_000)
    png = page.locator(".view-tile[data-view-kind='2D'] .view-body").first.screenshot()
    assert colored_pixels(png, frame_color(n), tolerance=4) > 5000
    for other in {0, n - 1} - {n, -1}:  # no earlier frame is still (partly) on screen
        assert colored_pixels(png, frame_color(other), tolerance=4) == 0


def _first_frame_shown(page, viewer):  # type: ignore[no-untyped-def]
    """A page counting its image work on a fresh viewer, and an SDK stream whose first frame it shows."""
    page.add_init_script(COUNT_IMAGE_WORK)
    server = viewer(tcp=True)
    page.goto(server.url + "/")
    wait_rendered(page)
    rec = _connect(server)
    _log_frames(rec, range(1))
    _shows_frame(page, 0)
    return rec


def test_a_live_image_stream_ends_showing_its_last_frame_in_one_texture(page, viewer) -> None:
    rec = _first_frame_shown(page, viewer)
    try:
        textures = page.evaluate("() => window.__live.textures")  # three.js's own and the image's
        _log_frames(rec, range(1, 2))
        _shows_frame(page, 1)
        _log_frames(rec, range(2, FRAMES))
        _shows_frame(page, FRAMES - 1)
        live = page.evaluate("() => window.__live")
        # At least three frames drawn, the later ones uploaded into the first one's texture.
        assert live["imageAnswers"] >= 3, live
        assert live["textures"] == textures, live
    finally:
        rec.disconnect()


def test_a_page_slower_than_the_stream_skips_frames_and_shows_the_newest(page, viewer) -> None:
    rec = _first_frame_shown(page, viewer)
    try:
        page.evaluate("() => { window.__live.slowPage = true; }")
        _log_frames(rec, range(1, FRAMES))
        _shows_frame(page, FRAMES - 1)
        answers = page.evaluate("() => window.__live.imageAnswers")
        # At 250 ms a frame the page had time for only a few: the frames logged meanwhile were
        # skipped (the page asks for the newest when it is done), not queued behind each other.
        assert 2 <= answers < FRAMES // 2, answers
    finally:
        rec.disconnect()


def test_a_gray_image_is_shown_gray(page, viewer) -> None:
    server = viewer(tcp=True)
    rec = _connect(server)
    try:
        gray = np.full(SIZE, 90, np.uint8)
        gray[:, SIZE[1] // 2 :] = 200
        rec.log("camera", rr.Image(gray), static=True)
        rec.flush()
        page.goto(server.url + "/")
        wait_rendered(page, timeout=30_000)
        png = page.locator(".view-tile[data-view-kind='2D'] .view-body").first.screenshot()
        # Both halves gray (r = g = b), not the red a one-channel texture gives in WebGL.
        assert colored_pixels(png, (90, 90, 90), tolerance=3) > 3000
        assert colored_pixels(png, (200, 200, 200), tolerance=3) > 3000
        assert colored_pixels(png, (90, 0, 0), tolerance=3) == 0
    finally:
        rec.disconnect()
