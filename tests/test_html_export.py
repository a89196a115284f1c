"""One self-contained HTML file of a recording (`rerun export FILE.rrd --to out.html`, `rr.save_html`):
it opens from file:// in Chromium with no network, shows the recording's views and blueprint, scrubs
through time with the answers the live viewer would give, and nothing in the recording runs script."""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import browser, colored_pixels, current_time, page, wait_rendered  # noqa: F401
from rerun._viewer import protocol as P

HOSTILE = '</script><img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'
STEPS = 20
RED, BLUE = (255, 0, 0), (0, 0, 255)


def _log_steps(rec: rr.RecordingStream) -> None:
    """An image (red up to step 9, blue from step 10), moving points, a sine (red from step 10) and a log, per step."""
    rec.send_blueprint(
        rrb.Grid(
            rrb.Spatial2DView(origin="/camera", name="Camera"),
            rrb.Spatial3DView(
                origin="/world",
                name="World",
                time_ranges=[rrb.VisibleTimeRange("step", start=rrb.TimeRangeBoundary.cursor_relative(seq=-2), end=rrb.TimeRangeBoundary.cursor_relative())],
                overrides={"world/points": [rr.components.Radius(0.25)]},  # the page applies the blueprint's overrides too
            ),
            rrb.TimeSeriesView(origin="/plot", name="Plot"),
            rrb.TextDocumentView(origin="/notes", name="Notes"),
            rrb.TextLogView(origin="/log", name="Log", defaults=[rr.components.TextLogLevel("WARN")]),
        )
    )
    rec.log("notes", rr.TextDocument(HOSTILE), static=True)
    for step in range(STEPS):
        rec.set_time_sequence("step", step)
        image = np.zeros((30, 40, 3), np.uint8)
        image[...] = RED if step < 10 else BLUE
        rec.log("camera/image", rr.Image(image))
        rec.log("world/points", rr.Points3D([[step, 0, 0], [step, 1, 0]], radii=0.1, colors=[255, 255, 0]))
        rec.log("plot/value", rr.Scalar(np.sin(step / 3)))
        rec.log("log", rr.TextLog(f"step {step}"))
        if step == 10:
            rec.log("plot/value", rr.SeriesLine(color=[255, 0, 0]))  # restyled from here on


@pytest.fixture(scope="module")
def steps_rrd(tmp_path_factory: Any) -> Path:
    path = tmp_path_factory.mktemp("html") / "steps.rrd"
    rec = rr.new_recording("rerun_test_html_export", recording_id="steps")
    rec.save(path)
    _log_steps(rec)
    rec.disconnect()
    return path


@pytest.fixture(scope="module")
def steps_html(steps_rrd: Path) -> Path:
    out = steps_rrd.with_suffix(".html")
    done = subprocess.run([sys.executable, "-m", "rerun", "export", str(steps_rrd), "--to", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    return out


def _embedded_messages(html: str) -> list[Any]:
    """The protocol messages stored in an exported page (what its static transport replays)."""
    parts = re.findall(r'<script type="application/octet-stream" class="rerun-frames" data-encoding="gzip">([^<]*)</script>', html)
    assert parts
    packed = gzip.decompress(base64.b64decode("".join(parts)))
    msgs, at = [], 0
    while at < len(packed):
        (n,) = struct.unpack_from("<I", packed, at)
        msgs.append(P.decode_message(packed[at + 4 : at + 4 + n], P.SERVER_MESSAGES))
        at += 4 + n
    return msgs


def test_the_page_is_one_file_with_the_app_and_the_recording_inside(steps_html: Path) -> None:
    html = steps_html.read_text(encoding="utf-8")
    # Nothing to fetch: no external script, stylesheet or image; the only script elements are the app and the data.
    assert not re.search(r"<(script|link|img)[^>]*\b(src|href)=", html)
    assert html.count("<script") == 1 + html.count('class="rerun-frames"')
    assert "__pwned" not in html  # the recording is inside the compressed data only
    msgs = _embedded_messages(html)
    summary = next(m for m in msgs if isinstance(m, P.RecordingSummary))
    assert summary.blueprint.source == "sent"
    names = sorted(v.name for c in [summary.blueprint.root] for v in _views(c))
    assert names == ["Camera", "Log", "Notes", "Plot", "World"]
    assert {m.timeline for m in msgs if isinstance(m, P.Streams)} == {"step", "log_time", "log_tick"} & {tl.name for tl in summary.timelines}


def _views(node: Any) -> list[P.ViewNode]:
    if isinstance(node, P.ViewNode):
        return [node]
    return [v for c in getattr(node, "children", []) for v in _views(c)]


def test_the_stored_answers_are_what_the_live_viewer_answers_at_every_time(steps_rrd: Path, steps_html: Path) -> None:
    """For every view and step (also between and before the stored times), the answer the page picks
    (the latest stored at or before the time) draws what the server builds for that time."""
    from rerun._viewer.server import ViewerServer
    from rerun._viewer.views import build_view
    from rerun._viewer.views.blueprint import view_components_of

    msgs = _embedded_messages(steps_html.read_text(encoding="utf-8"))
    summary = next(m for m in msgs if isinstance(m, P.RecordingSummary))
    server = ViewerServer(web_port=0, tcp_port=None, memory_limit=None)
    server.load_file(str(steps_rrd))
    sid = server.recordings()[0]
    store = server.hub.store(sid)
    stored: dict[str, list[P.ViewData]] = {}
    for m in msgs:
        if isinstance(m, P.ViewData) and m.timeline == "step":
            stored.setdefault(m.view_id, []).append(m)
    for view in _views(summary.blueprint.root):
        window = next((w for w in (view.properties.time_windows if view.properties else []) if w.timeline == "step"), None)
        answers = stored[view.id]
        components = view_components_of(server.hub, sid, view.id)
        for t in [-5, *range(STEPS + 3)]:
            earlier = [a for a in answers if a.time is not None and a.time <= t]
            picked = earlier[-1] if earlier else answers[0]
            expected, _ = build_view(store, view.kind, view.origin, view.contents, "step", t, frozenset(), window, components)
            assert picked.payload == expected, (view.name, t)
    # One answer per change: the log never changes with the time, the plot once (its color), the image 20 times.
    # The blueprint's defaults and overrides are in the stored answers.
    log_view = next(v for v in _views(summary.blueprint.root) if v.name == "Log")
    assert stored[log_view.id][0].payload.levels == ["WARN"]
    per_view = {v.name: len(stored[v.id]) for v in _views(summary.blueprint.root)}
    assert per_view["Log"] == 1 and per_view["Plot"] == 2 and per_view["Camera"] == STEPS + 1
    # Each array travels once in the page.
    keys = [k for m in msgs if isinstance(m, P.ViewData) for k in m.arrays]
    assert len(keys) == len(set(keys))


def _open_offline(page: Any, path: Path) -> list[str]:  # noqa: F811
    """Open `path` from file:// with every other request refused; returns the URLs the page asked for."""
    asked: list[str] = []

    def route(r: Any) -> None:
        asked.append(r.request.url)
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            r.abort()

    page.context.route("**", route)
    page.goto(path.as_uri())
    wait_rendered(page, timeout=30_000)
    return asked


def _seek(page: Any, step: int) -> None:  # noqa: F811
    """Click the time lanes at `step` and wait for the views to draw that time."""
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    assert lanes is not None
    for _ in range(3):  # a click lands within a step or two of the target: nudge with the arrow keys
        t = current_time(page) if page.get_attribute("[data-testid=time-panel]", "data-time") else None
        if t == step:
            break
        if t is None or abs(t - step) > 3:
            page.mouse.click(lanes["x"] + 12 + (lanes["width"] - 24) * step / (STEPS - 1), lanes["y"] + 10)
        else:
            for _ in range(abs(t - step)):
                page.keyboard.press("ArrowRight" if step > t else "ArrowLeft")
        page.wait_for_timeout(50)
    page.wait_for_function(f"() => Number(document.querySelector('[data-testid=time-panel]').dataset.time) === {step}", timeout=10_000)
    wait_rendered(page, timeout=20_000)


def test_the_page_opens_offline_shows_the_views_and_scrubs_through_time(page, steps_html: Path) -> None:  # noqa: F811
    asked = _open_offline(page, steps_html)
    assert asked == [steps_html.as_uri()]  # the page alone: nothing else loaded, nothing sent out
    names = page.eval_on_selector_all(".view-header .name", "els => els.map(e => e.textContent)")
    assert sorted(names) == ["Camera", "Log", "Notes", "Plot", "World"]
    assert not page.locator("[data-testid=download-blueprint]").is_visible()  # served by a viewer server only
    image = page.locator(".view-tile[data-view-kind='2D'] .view-body")
    # At the latest step the image is blue.
    assert colored_pixels(image.screenshot(), BLUE, tolerance=30) > 2000
    assert colored_pixels(image.screenshot(), RED, tolerance=30) == 0
    # The plot and the text document are drawn; the hostile text is text, and ran nothing.
    assert page.locator(".view-tile[data-view-kind='TimeSeries'] canvas").count() > 0
    notes = page.locator(".view-tile[data-view-kind='TextDocument'] .view-body")
    assert "onerror" in notes.inner_text()
    assert page.locator(".view-tile[data-view-kind='TextDocument'] img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    # Selecting an entity says that its values are not in the page (rather than loading for ever).
    page.click(".streams-names .tree-row[data-entity-path='/notes']")
    page.wait_for_selector("[data-testid=selection-note]", timeout=10_000)
    assert "not stored in this page" in page.inner_text("[data-testid=selection-note]")
    # Scrubbed back to step 4, the image is red: the page answers other times without a server.
    _seek(page, 4)
    assert page.inner_text("[data-testid=current-time]") == "#4"
    shot = image.screenshot()
    assert colored_pixels(shot, RED, tolerance=30) > 2000
    assert colored_pixels(shot, BLUE, tolerance=30) == 0
    _seek(page, 12)
    assert colored_pixels(image.screenshot(), BLUE, tolerance=30) > 2000
    assert page.evaluate("() => window.__pwned") is None


def test_a_page_in_many_parts_with_two_recordings(page, tmp_path: Path, monkeypatch: Any) -> None:  # noqa: F811
    """Big pages are embedded in parts (a browser holds one string of at most 512 MiB): here 4 KiB
    parts. Every recording of the export is in the page, and the page switches between them."""
    from rerun._export.html import messages_html
    from rerun._viewer import snapshot

    monkeypatch.setattr(snapshot, "EMBED_PART_CHARS", 4096)
    noisy_red = np.random.default_rng(0).integers(0, 30, (60, 80, 3), dtype=np.uint8)  # noise does not compress: many parts
    noisy_red[..., 0] = 255 - noisy_red[..., 0]
    messages = []
    for name, image in (("first", noisy_red), ("second", np.full((60, 80, 3), BLUE, np.uint8))):
        rec = rr.new_recording("rerun_test_html_parts", recording_id=name)
        mem = rec.memory_recording()
        rec.log("image", rr.Image(image))
        messages += mem.messages()
    messages_html(messages, tmp_path / "parts.html", progress_stream=None)
    html = (tmp_path / "parts.html").read_text(encoding="utf-8")
    assert html.count('class="rerun-frames"') >= 4
    assert _open_offline(page, tmp_path / "parts.html") == [(tmp_path / "parts.html").as_uri()]
    image = page.locator(".view-tile[data-view-kind='2D'] .view-body")
    assert colored_pixels(image.screenshot(), BLUE, tolerance=30) > 2000  # the last recording, as the viewer shows
    page.locator("[data-testid=recordings] button").first.click()  # marks the page not rendered until the switch is drawn
    wait_rendered(page, timeout=20_000)
    assert colored_pixels(image.screenshot(), RED, tolerance=60) > 2000


def test_save_html_from_the_sdk_writes_what_the_recording_holds(tmp_path: Path) -> None:
    def entities(path: Path) -> set[str]:
        summary = next(m for m in _embedded_messages(path.read_text(encoding="utf-8")) if isinstance(m, P.RecordingSummary))
        return {e.path for e in summary.entities if e.has_data}

    # Before any sink: what was buffered; with a default blueprint. The application id is the page's title, escaped.
    rec = rr.new_recording("rerun_test_save_html</title><b>")
    rec.log("a", rr.Points2D([[0, 0]]))
    rec.save_html(tmp_path / "buffered.html", default_blueprint=rrb.Spatial2DView(origin="/", name="Mine"))
    assert entities(tmp_path / "buffered.html") == {"/a"}
    assert "<title>rerun_test_save_html&lt;/title&gt;&lt;b&gt; - Rerun viewer</title>" in (tmp_path / "buffered.html").read_text(encoding="utf-8")
    msgs = _embedded_messages((tmp_path / "buffered.html").read_text(encoding="utf-8"))
    assert [v.name for v in _views(next(m for m in msgs if isinstance(m, P.RecordingSummary)).blueprint.root)] == ["Mine"]
    # A memory recording, and the module-level function on the current recording.
    mem = rec.memory_recording()
    rec.log("b", rr.Points2D([[1, 1]]))
    mem.save_html(tmp_path / "memory.html")
    assert entities(tmp_path / "memory.html") == {"/a", "/b"}
    # After rr.save: read back from its file (which has what was buffered before, too).
    saved = rr.new_recording("rerun_test_save_html_file")
    saved.log("c", rr.Scalar(1.0))
    saved.save(tmp_path / "rec.rrd")
    saved.log("d", rr.Scalar(2.0))
    rr.save_html(tmp_path / "saved.html", recording=saved)
    assert entities(tmp_path / "saved.html") == {"/c", "/d"}


def test_save_html_says_when_it_has_nothing_to_write(tmp_path: Path) -> None:
    rec = rr.new_recording("rerun_test_save_html_stream")
    stream = rec.binary_stream()
    rec.log("a", rr.Points2D([[0, 0]]))
    with pytest.warns(rr.RerunWarning, match="keeps no copy"):
        rec.save_html(tmp_path / "none.html")
    assert not (tmp_path / "none.html").exists()
    assert stream.read()  # the stream still has its data
    with pytest.warns(rr.RerunWarning, match="cannot write"):
        rr.memory_recording(recording=rec).save_html(tmp_path / "missing-dir" / "x.html")
    rec.binary_stream()
    with _strict(), pytest.raises(ValueError, match="keeps no copy"):
        rec.save_html(tmp_path / "none.html")


class _strict:
    def __enter__(self) -> None:
        self.was = rr.strict_mode()
        rr.set_strict_mode(True)

    def __exit__(self, *exc: Any) -> None:
        rr.set_strict_mode(self.was)


def test_a_view_that_changes_too_often_is_thinned_with_a_note(tmp_path: Path, capsys: Any) -> None:
    from rerun._export.html import messages_html

    rec = rr.new_recording("rerun_test_html_thinned")
    mem = rec.memory_recording()
    for step in range(50):
        rec.set_time_sequence("step", step)
        rec.log("p", rr.Points2D([[step, 0]]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = messages_html(mem.messages(), tmp_path / "thin.html", max_times=10, progress_stream=sys.stderr)
    assert report.thinned and "changes at 50 times" in report.thinned[0]
    assert "kept 10" in capsys.readouterr().err
    times = [m.time for m in _embedded_messages((tmp_path / "thin.html").read_text(encoding="utf-8")) if isinstance(m, P.ViewData) and m.timeline == "step"]
    assert len(times) <= 11 and times[-1] == 49


def test_any_file_the_viewer_opens_exports_as_a_page(tmp_path: Path, monkeypatch: Any) -> None:
    from PIL import Image

    from rerun._export.html import export_html

    Image.fromarray(np.full((20, 30, 3), BLUE, np.uint8)).save(tmp_path / "photo.png")
    # A relative path: an absolute one becomes an entity path that the layout made from the data does not match (a loader issue).
    monkeypatch.chdir(tmp_path)
    assert export_html("photo.png", "photo.html", progress_stream=None).startswith("wrote photo.html")
    msgs = _embedded_messages((tmp_path / "photo.html").read_text(encoding="utf-8"))
    summary = next(m for m in msgs if isinstance(m, P.RecordingSummary))
    assert any(e.path.endswith("photo.png") and e.has_data for e in summary.entities)
    assert any(isinstance(m, P.ViewData) and m.payload.kind == "2D" and m.payload.drawables for m in msgs)


def test_export_command_errors(tmp_path: Path, capsys: Any) -> None:
    from rerun._viewer.cli import export_main

    assert export_main([str(tmp_path / "nope.rrd"), "--to", str(tmp_path / "x.html")]) == 1
    assert "nope.rrd" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
    assert export_main([str(tmp_path / "nope.rrd"), "--to", str(tmp_path / "x.pdf")]) == 1
    assert ".html" in capsys.readouterr().err


class _Marionette:
    """The few Marionette (Firefox's remote protocol) commands the Firefox test needs: Playwright
    drives only its own patched Firefox, not Debian's firefox-esr."""

    def __init__(self, port: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.file = self.sock.makefile("rb")
        self.next_id = 0
        self._read()  # the greeting

    def _read(self) -> Any:
        size = b""
        while not size.endswith(b":"):
            size += self.file.read(1)
        return json.loads(self.file.read(int(size[:-1])))

    def __call__(self, name: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        data = json.dumps([0, self.next_id, name, params]).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        _, _, error, result = self._read()
        if error:
            raise RuntimeError(f"{name}: {error}")
        return result

    def script(self, source: str) -> Any:
        return self("WebDriver:ExecuteScript", {"script": source, "args": []})["value"]

    def wait(self, source: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.script(source):
            assert time.monotonic() < deadline, f"timed out waiting for {source}"
            time.sleep(0.1)


def test_the_page_opens_offline_in_firefox(steps_html: Path, tmp_path: Path) -> None:
    """Debian's firefox-esr under Xvfb (WebGL needs a display), driven over Marionette; skipped without them."""
    firefox, xvfb = shutil.which("firefox-esr") or shutil.which("firefox"), shutil.which("xvfb-run")
    if firefox is None or xvfb is None:
        pytest.skip("needs firefox-esr and xvfb-run (apt-get install firefox-esr xvfb)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    profile = tmp_path / "profile"
    profile.mkdir()
    # No network for the page: every proxy points nowhere, and nothing is fetched in the background.
    prefs = {
        "marionette.port": port,
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": 9,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": 9,
        "network.proxy.allow_hijacking_localhost": True,
        "app.update.enabled": False,
        "browser.shell.checkDefaultBrowser": False,
    }
    (profile / "user.js").write_text("".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items()))
    env = {**os.environ, "LIBGL_ALWAYS_SOFTWARE": "1"}
    proc = subprocess.Popen(
        [xvfb, "-a", "-s", "-screen 0 1400x900x24", firefox, "--no-remote", "--marionette", "--profile", str(profile), "--width", "1280", "--height", "800"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:
        ff = _Marionette(port, timeout=60)
        ff("WebDriver:NewSession", {"capabilities": {}})
        ff("WebDriver:Navigate", {"url": steps_html.as_uri()})
        ff.wait("return document.body.dataset.rendered === 'true' && !!document.querySelector('.view-tile')")
        names = ff.script("return [...document.querySelectorAll('.view-header .name')].map(e => e.textContent)")
        assert sorted(names) == ["Camera", "Log", "Notes", "Plot", "World"]
        assert ff.script("return window.__pwned") is None

        def image_shot() -> bytes:
            found = ff("WebDriver:FindElement", {"using": "css selector", "value": ".view-tile[data-view-kind='2D'] .view-body"})
            element = next(iter(found["value"].values()))
            return base64.b64decode(ff("WebDriver:TakeScreenshot", {"id": element, "full": False})["value"])

        assert colored_pixels(image_shot(), BLUE, tolerance=30) > 2000
        # Step back to 4 with the arrow keys (as a user would): the image turns red.
        for _ in range(STEPS - 1 - 4):
            ff.script("window.dispatchEvent(new KeyboardEvent('keydown', {code: 'ArrowLeft'}))")
        ff.wait("return document.querySelector('[data-testid=current-time]').textContent === '#4'")
        ff.wait("return document.body.dataset.rendered === 'true'")
        shot = image_shot()
        assert colored_pixels(shot, RED, tolerance=30) > 2000 and colored_pixels(shot, BLUE, tolerance=30) == 0
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
