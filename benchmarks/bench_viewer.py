"""Viewer core benchmark: ingest from a file and from a live TCP stream, scene latest-at, memory.

Run: ``python benchmarks/bench_viewer.py`` (``--quick`` for a smaller run, ``--latest-at-only``
to skip ingest and memory, ``--scene`` for the 10,000-entity scene updates only). Not a test. The store
itself is measured by benchmarks/bench_store.py; this measures the viewer's paths around it
(rrd decoding + `Ingestor`, the TCP server, the 3D view payload) with data logged by the SDK.

Figures (see BENCHMARKS.md, section "Viewer core"):

- ingest MB/s and rows/s, from an .rrd file and over TCP into a running `ViewerServer`, next to
  how fast the SDK logs the same rows (the target: ingest at least as fast as the SDK logs);
- latest-at of every entity of a 1,000-entity scene at one time (median, p99), as store queries
  (one call per entity, and one batched call) and as the whole 3D view payload the page asks for;
- memory held per byte of payload (Arrow data + indexes, and the process RSS growth);
- ``--scene`` ("scene_10k"): a 3D scene of 10,000 small point clouds (or, with ``--kind``, boxes, arrows,
  line strips, labelled or class-coloured points) under 8 transform groups,
  stepped through consecutive times as a page scrubs it, where a tenth of the entities and one
  group's transform change per step, and where every entity changes: the server's CPU per update
  for the view's answer (`build_view`) and with its reply frame encoded, median and p99, and the
  first answer after the load (see `scene_updates`); with ``--stream``, the same scene growing frame
  by frame while the page asks for the newest (`scene_streaming`);
- ``--scalars N`` ("scalars_10M" with the default N = 10,000,000): one series of N scalars written
  with `rr.send_columns` to an .rrd and opened by a `ViewerServer`: time until the page (headless
  Chromium) has drawn it, the server time of the time series answer at each zoom level (level of
  detail of the visible range, or the exact points), and the page's redraw after a zoom;
- ``--page N`` ("scene_page"): the same kind of scene with N entities over 100 frames (a tenth of
  them changing per frame, then every one for the last 4), written to an .rrd and opened by a
  `ViewerServer` in headless Chromium (software rendering): time to the first drawn frame, WebGL
  draw calls per drawn frame (counted by wrapping the context's draw functions in an init
  script), frames drawn per second while orbiting the 3D view with the mouse and while playing
  (looping), and how many distinct times the page showed per second while playing; hover: from a
  pointer move over the 3D view to the frame after it (the page picks what is under the cursor
  and draws its highlight) and the pick itself (`data-pick-ms`); while playing, the page's scene build per update (`data-build-ms`)
  and what its batches wrote (`data-batch-upload`: points, segments and arrow heads rewritten in
  place, allocated, kept; `data-image-upload`: texture array layers written, kept). With
  ``--kind`` the entities log boxes, arrows, line strips, labelled points, 10x10 RGB images
  (``images``: in a 2D view), meshes of three triangles (``meshes``: Mesh3D) or the same as OBJ
  files (``assets``: Asset3D); ``--page-query '?batch=0'`` makes the page draw every entity on its
  own (one object each, as before batching).
"""

from __future__ import annotations

import argparse
import inspect
import os
import resource
import socket
import tempfile
import time
from collections.abc import Callable
from typing import Any

import numpy as np

import rerun as rr
import rerun.blueprint as rrb
from rerun._log_msg import StoreKind
from rerun._store import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard
from rerun._viewer.server import ViewerServer
from rerun._viewer.views import build_view


def log_workload(rec: rr.RecordingStream, frames: int, points: int, scalars: int) -> tuple[int, int]:
    """Per frame: one point cloud of `points` points and `scalars` scalar series. Returns (rows, payload bytes)."""
    rng = np.random.default_rng(0)
    cloud = rng.random((points, 3), dtype=np.float32)
    colors = rng.integers(0, 255, (points, 3), dtype=np.uint8)
    rows = payload = 0
    for f in range(frames):
        rec.set_time_sequence("frame", f)
        rec.log("world/cloud", rr.Points3D(cloud + f, colors=colors, radii=0.01))
        payload += cloud.nbytes + points * 4 + 4  # positions, packed colors, one radius
        rows += 1
        for s in range(scalars):
            rec.log(f"plots/s{s}", rr.Scalar(np.sin(f / 10 + s)))
            payload += 8
            rows += 1
    return rows, payload


def sdk_rate(frames: int, points: int, scalars: int) -> tuple[float, bytes, int, int]:
    """(rows/s the SDK logs at, the rrd bytes it produced, rows, payload bytes)."""
    rec = rr.new_recording("bench_viewer", recording_id="bench")
    stream = rec.binary_stream()
    t0 = time.perf_counter()
    rows, payload = log_workload(rec, frames, points, scalars)
    rec.flush()
    elapsed = time.perf_counter() - t0
    data = stream.read()
    return rows / elapsed, data, rows, payload


def rows_in(hub: StoreHub) -> int:
    total = 0
    for sid in hub.store_ids(StoreKind.RECORDING):
        store = hub.store(sid)
        assert store is not None
        for entity in store.entity_paths():
            total += store.entity_times(entity, "frame").total
    return total


def file_ingest(data: bytes) -> tuple[float, StoreHub]:
    with tempfile.NamedTemporaryFile(suffix=".rrd", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        hub = StoreHub()
        ingestor = Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None)
        t0 = time.perf_counter()
        progress = ingestor.load_file(path)
        elapsed = time.perf_counter() - t0
        assert progress.error is None, progress.error
        return elapsed, hub
    finally:
        os.unlink(path)


def tcp_ingest(data: bytes, rows: int) -> float:
    server = ViewerServer(web_port=0, tcp_port=0, memory_limit=None)
    server.start_in_thread()
    try:
        assert server.tcp_port is not None
        t0 = time.perf_counter()
        with socket.create_connection(("127.0.0.1", server.tcp_port)) as sock:
            sock.sendall(data)
        while rows_in(server.hub) < rows:
            time.sleep(0.002)
        return time.perf_counter() - t0
    finally:
        server.shutdown()


def scene_latest_at(entities: int, frames: int, queries: int, clock=time.perf_counter) -> tuple[list[float], list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Per query time, timed with `clock`, seconds of: all entities' store latest-at one entity per
    call, the same as one batched call, and the whole 3D payload."""
    rec = rr.new_recording("bench_scene", recording_id="scene")
    mem = rec.memory_recording()
    rng = np.random.default_rng(1)
    for f in range(frames):
        rec.set_time_sequence("frame", f)
        for e in range(entities):
            if (e + f) % 4 == 0:  # each entity changes every 4th frame
                rec.log(f"world/group{e % 10}/obj{e}", rr.Points3D(rng.random((10, 3), dtype=np.float32)))
    hub = StoreHub()
    hub.on_messages(mem.messages())
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    paths = store.entity_paths()
    assert len(paths) == entities
    raw, batched, view = [], [], []
    # Scrubbing: each query at a random time, never the previous one (which the store's
    # per-index answer cache would serve).
    def scrub() -> list[int]:  # from frame 3 on, when every entity has data
        return (3 + np.cumsum(rng.integers(1, frames - 3, queries)) % (frames - 3)).tolist()

    for t in scrub():
        t0 = clock()
        for p in paths:
            store.latest_at_entity(p, "frame", t)
        raw.append(clock() - t0)
    for t in scrub():
        t0 = clock()
        store.latest_at_entities(paths, "frame", t)
        batched.append(clock() - t0)
    for t in scrub():
        t0 = clock()
        payload, _ = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t)
        view.append(clock() - t0)
        assert len(payload.drawables) == entities
    return raw, batched, view


def _obj_file(xyz: np.ndarray) -> bytes:
    """An OBJ file of three triangles over the 10 points (an `Asset3D`'s contents)."""
    faces = "f 1 2 3\nf 4 5 6\nf 7 8 9\n"
    return ("".join(f"v {x:.5f} {y:.5f} {z:.5f}\n" for x, y, z in xyz) + faces).encode()


#: What each entity of the big scene logs (`--kind`): 10 instances of one archetype, at frame f.
SCENE_KINDS: dict[str, Callable[[np.ndarray, int], Any]] = {
    "points": lambda xyz, f: rr.Points3D(xyz + f, radii=0.01),
    "boxes": lambda xyz, f: rr.Boxes3D(half_sizes=xyz * 0.1, centers=xyz + f, radii=0.01),
    "arrows": lambda xyz, f: rr.Arrows3D(vectors=xyz * 0.1, origins=xyz + f, colors=[255, 0, 0]),
    "lines": lambda xyz, f: rr.LineStrips3D([xyz[:5] + f, xyz[5:] + f], radii=0.01),
    "labelled": lambda xyz, f: rr.Points3D(xyz + f, radii=0.01, labels=[f"p{i}" for i in range(len(xyz))]),
    "classes": lambda xyz, f: rr.Points3D(xyz + f, radii=0.01, class_ids=np.arange(len(xyz))),
    # A 10x10 RGB image (in a 2D view, see `log_big_scene`).
    "images": lambda xyz, f: rr.Image(np.repeat(((np.outer(xyz[:, 0], xyz[:, 1]) * 255 + 10 * f) % 256).astype(np.uint8)[:, :, None], 3, axis=2)),
    # Three triangles over the 10 points: a Mesh3D, and the same as an OBJ file (Asset3D).
    "meshes": lambda xyz, f: rr.Mesh3D(vertex_positions=xyz + f, triangle_indices=[[0, 1, 2], [3, 4, 5], [6, 7, 8]], vertex_colors=np.tile([[200, 120, 40]], (len(xyz), 1))),
    "assets": lambda xyz, f: rr.Asset3D(contents=_obj_file(xyz + f), media_type="model/obj"),
    # Class ids with an annotation context (`SCENE_CONTEXTS`): colors and labels from it.
    "class_points": lambda xyz, f: rr.Points3D(xyz + f, radii=0.01, class_ids=np.arange(len(xyz))),
    # A 10-keypoint skeleton per entity (one class), its connections drawn as lines.
    "keypoints": lambda xyz, f: rr.Points3D(xyz + f, radii=0.01, class_ids=1, keypoint_ids=np.arange(len(xyz))),
}

#: The annotation context logged (static) at `world` for the kinds that use one.
SCENE_CONTEXTS: dict[str, Callable[[], Any]] = {
    "class_points": lambda: rr.AnnotationContext([(i, f"class {i}", (25 * i, 255 - 25 * i, 128)) for i in range(10)]),
    "keypoints": lambda: rr.AnnotationContext(
        [
            rr.ClassDescription(
                info=(1, "skeleton", (0, 200, 255)),
                keypoint_annotations=[(k, f"joint {k}") for k in range(10)],
                keypoint_connections=[(k, k + 1) for k in range(9)] + [(0, 5)],
            )
        ]
    ),
}


def log_big_scene(entities: int, groups: int, some_frames: int, all_frames: int, some_every: int, path: str | None = None, kind: str = "points") -> StoreHub:
    """A scene of `entities` small entities of one kind (`SCENE_KINDS`, 10 instances each) under
    `groups` transform groups.

    Frame 0: every entity and every group transform. Frames 1..some_frames: every `some_every`-th
    entity changes (a different tenth each frame with the default 10) and group 0's transform moves.
    The next `all_frames` frames: every entity changes. With `path`, also written there as .rrd.
    """
    rec = rr.new_recording("bench_scene_10k", recording_id="scene10k")
    mem = rec.memory_recording()
    if path is not None:
        rec.save(path)
    rng = np.random.default_rng(2)
    base = rng.random((entities, 10, 3), dtype=np.float32)
    make = SCENE_KINDS[kind]
    if kind == "images":
        # Images side by side in one 2D view (each entity placed by a transform of its own).
        # (A 2D view of images frames the first image's size by default: the bounds show all.)
        rows = (entities + 31) // 32
        bounds = rrb.VisualBounds2D(x_range=[-2, 32 * 12], y_range=[-2, rows * 12])
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="/world", visual_bounds=bounds), collapse_panels=True))
    if kind in SCENE_CONTEXTS:
        rec.log("world", SCENE_CONTEXTS[kind](), static=True)
    for f in range(1 + some_frames + all_frames):
        rec.set_time_sequence("frame", f)
        if f <= some_frames:
            for g in range(groups if f == 0 else 1):
                rec.log(f"world/group{g}", rr.Transform3D(translation=[g, f * 0.1, 0.0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=f)))
        for e in range(entities):
            if kind == "images" and f == 0:
                rec.log(f"world/group{e % groups}/obj{e}", rr.Transform3D(translation=[(e % 32) * 12.0, (e // 32) * 12.0, 0.0]))
            if f == 0 or f > some_frames or (e + f) % some_every == 0:
                rec.log(f"world/group{e % groups}/obj{e}", make(base[e], f))
    rec.flush()
    if path is not None:
        rr.disconnect(recording=rec)
        return StoreHub()
    hub = StoreHub()
    hub.on_messages(mem.messages())
    return hub


# Per animation frame that drew anything, [time, WebGL draw calls] (every context of the page),
# installed before the app loads. 2D canvas drawing counts as drawing only inside a view (our
# plots draw with uPlot on a 2D canvas; the time panel's ruler is not a view's frame).
DRAW_CALL_COUNTER = """(() => {
  const stats = { calls: 0, drew: false, frames: [] };
  const wrap = (proto, names, onCall) => {
    for (const name of names) {
      const orig = proto && proto[name];
      if (typeof orig !== "function") continue;
      proto[name] = function (...args) { onCall(this); return orig.apply(this, args); };
    }
  };
  const gl = ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced", "drawRangeElements"];
  for (const proto of [window.WebGL2RenderingContext?.prototype, window.WebGLRenderingContext?.prototype]) wrap(proto, gl, () => { stats.calls++; });
  const inView = new WeakMap();
  const isView = (ctx) => {
    if (inView.has(ctx)) return inView.get(ctx);
    const yes = !!ctx.canvas?.closest?.(".view-tile");
    if (ctx.canvas?.isConnected) inView.set(ctx, yes);
    return yes;
  };
  wrap(window.CanvasRenderingContext2D?.prototype, ["stroke", "fill", "fillRect", "drawImage", "putImageData", "fillText"], (ctx) => { if (!stats.drew && isView(ctx)) stats.drew = true; });
  const tick = (t) => {
    if (stats.calls || stats.drew) stats.frames.push([t, stats.calls]);
    stats.calls = 0;
    stats.drew = false;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchDraws = stats;
})();"""


def scene_page(entities: int, frames: int = 100, seconds: float = 6.0, kind: str = "points", query: str = "") -> None:
    """The page drawing a scene of `entities` entities of `kind` (`SCENE_KINDS`; point clouds by
    default): draw calls per frame, fps orbiting and playing. `query` is added to the page's
    address (``?batch=0``: every entity drawn on its own)."""
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS, find_chromium

    chromium = find_chromium()
    if chromium is None:
        print("no Chromium: page figures skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "scene.rrd")
        t0 = time.perf_counter()
        log_big_scene(entities, 8, frames - 5, 4, 10, path, kind=kind)
        view = "2D" if kind == "images" else "3D"
        print(f"scene_page: {entities:,} {kind} entities ({view} view{', page ' + query if query else ''}) over {frames} frames logged in {time.perf_counter() - t0:.1f} s (load average {os.getloadavg()[0]:.1f})")
        server = ViewerServer(web_port=0, tcp_port=None, memory_limit=None)
        server.start_in_thread()
        try:
            server.load_file(path)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1600, "height": 900})
                page.add_init_script(DRAW_CALL_COUNTER)
                t0 = time.perf_counter()
                page.add_init_script(f"window.__benchView = {view!r};")
                page.goto(server.url + "/" + query)
                page.wait_for_selector("body[data-rendered='true']", state="attached", timeout=600_000)
                print(f"  page open to first draw: {time.perf_counter() - t0:6.2f} s")
                page.wait_for_timeout(500)
                last = page.evaluate("window.__benchDraws.frames.slice(-1)[0][1]")
                print(f"  draw calls per frame (still): {last:,}")

                def window_stats(t_from: float, t_to: float) -> tuple[float, float]:
                    drawn = page.evaluate("([a, b]) => window.__benchDraws.frames.filter(([t]) => t >= a && t <= b).map(([, c]) => c)", [t_from, t_to])
                    return len(drawn) / ((t_to - t_from) / 1e3), float(np.median(drawn)) if drawn else 0.0

                box = page.locator(f"[data-view-kind='{view}'] canvas").first.bounding_box()
                assert box is not None
                cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
                page.mouse.move(cx, cy)
                page.mouse.down()
                start = page.evaluate("performance.now()")
                k = 0
                while page.evaluate("performance.now()") - start < seconds * 1e3:
                    k += 1
                    page.mouse.move(cx + 150 * np.sin(k / 10), cy + 40 * np.cos(k / 10))
                    page.wait_for_timeout(10)
                end = page.evaluate("performance.now()")
                page.mouse.up()
                fps, calls = window_stats(start, end)
                print(f"  orbiting: {fps:5.1f} frames drawn/s, {calls:,.0f} draw calls per frame (median)")
                # Hover: a pointer move over the view to the frame that shows its highlight (the
                # page picks what is under the cursor, then draws the hover rim), 40 positions.
                hover_ms = page.evaluate(
                    """async ([x0, y0, w, h]) => {
                      const canvas = document.querySelector(`[data-view-kind='${window.__benchView}'] canvas`);
                      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
                      const out = [];
                      const picks = [];
                      const view = document.querySelector(`[data-view-kind='${window.__benchView}'] .view-body`);
                      for (let i = 0; i < 40; i++) {
                        await frame();
                        const t0 = performance.now();
                        const x = x0 + w * (0.3 + 0.4 * ((i * 7) % 40) / 40), y = y0 + h * (0.3 + 0.4 * ((i * 13) % 40) / 40);
                        canvas.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, buttons: 0, bubbles: true }));
                        await frame();
                        await frame();
                        out.push(performance.now() - t0);
                        if (view.dataset.pickMs !== undefined) picks.push(parseFloat(view.dataset.pickMs));
                      }
                      return [out, picks];
                    }""",
                    [box["x"], box["y"], box["width"], box["height"]],
                )
                hover_ms, pick_ms = hover_ms
                hover_text = page.evaluate(f"document.querySelector(\"[data-view-kind='{view}'] [data-testid=hover]\")?.textContent")
                picked = f"; picking itself {float(np.median(pick_ms)):6.1f} ms median (data-pick-ms)" if pick_ms else ""
                print(f"  hover: pointer move to the next frame drawn {float(np.median(hover_ms)):6.1f} ms median, p90 {float(np.percentile(hover_ms, 90)):6.1f} ms{picked} (last: {hover_text!r})")
                page.mouse.move(1, 1)
                page.click("[data-testid=loop]")
                times = page.evaluate(
                    """(ms) => new Promise((resolve) => {
                      const seen = new Set();
                      const builds = [];
                      const uploads = [];
                      const panel = document.querySelector("[data-testid=time-panel]");
                      const view = document.querySelector(`[data-view-kind='${window.__benchView}'] .view-body`);
                      const upload = () => view.dataset.batchUpload + " / layers " + view.dataset.imageUpload;
                      let last = view.dataset.buildMs + "|" + upload();
                      const start = performance.now();
                      const poll = () => {
                        seen.add(panel.getAttribute("data-time"));
                        const now = view.dataset.buildMs + "|" + upload();
                        if (now !== last && view.dataset.buildMs !== undefined) {
                          builds.push(parseFloat(view.dataset.buildMs));
                          uploads.push(upload());
                        }
                        last = now;
                        if (performance.now() - start < ms) requestAnimationFrame(poll);
                        else resolve([start, performance.now(), seen.size, builds, uploads]);
                      };
                      document.querySelector("[data-testid=play]").click();
                      requestAnimationFrame(poll);
                    })""",
                    seconds * 1e3,
                )
                fps, calls = window_stats(times[0], times[1])
                print(f"  playing:  {fps:5.1f} frames drawn/s, {calls:,.0f} draw calls per frame (median); {times[2] / seconds:5.1f} times shown/s (30/s asked)")
                builds, uploads = times[3], times[4]
                if builds:
                    print(f"  playing:  {len(builds)} scene updates, building each {float(np.median(builds)):6.1f} ms median (points, segments and heads rewritten/allocated/kept, image layers written/kept; last: {uploads[-1]})")
                browser.close()
        finally:
            server.shutdown()


def scene_updates(entities: int = 10_000, groups: int = 8, some_frames: int = 12, all_frames: int = 4, passes: int = 2, compact: bool = True, kind: str = "points") -> None:
    """Server CPU per scene update of a big 3D scene while scrubbing, as the page sees it.

    One page (a `known` key set kept across queries, as `Session.sent_keys`) steps through
    consecutive times, forward and back, `passes` times: "some" steps (a tenth of the entities
    and one group transform change), "all" steps (every entity changes). Per step the CPU time of
    this thread for `build_view` (payload + arrays the page lacks) and for encoding the reply
    frame (`ViewData` as sent over the WebSocket); median and p99.
    """
    from rerun._viewer import protocol as P

    t0 = time.perf_counter()
    hub = log_big_scene(entities, groups, some_frames, all_frames, 10, kind=kind)
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    if compact:
        store.compact()  # as the viewer does once a file is loaded: each entity's rows in one chunk
        from rerun._viewer import ingest

        if hasattr(ingest, "settle_after_load"):  # (and what it does after that, where it does)
            ingest.settle_after_load()
    print(
        f"scene of {entities:,} {kind} entities under {groups} transform groups: logged and ingested in {time.perf_counter() - t0:.1f} s"
        f" ({'compacted, as after loading a file' if compact else 'as logged: small chunks cut from shared arrays'})"
    )
    known: set[str] = set()
    # As the viewer's sessions ask (answers by drawable key), where this version of build_view can.
    by_key = {"drawable_keys": True} if "drawable_keys" in inspect.signature(build_view).parameters else {}
    answer = lambda t: build_view(store, "3D", "/", ["+ $origin/**"], "frame", t, known, **by_key)  # noqa: E731
    firsts = []
    for _ in range(2):  # the page's first view (everything), then the same again
        c0 = time.thread_time()
        payload, arrays = answer(0)
        firsts.append(time.thread_time() - c0)
        known.update(arrays)
        known.update(getattr(payload, "keys", None) or ())
    print(f"first answer after the load {firsts[0] * 1e3:6.0f} ms CPU, the same again {firsts[1] * 1e3:6.0f} ms")
    steps = {"some": list(range(1, some_frames + 1)), "all": list(range(some_frames + 1, some_frames + all_frames + 1))}
    for label, times in steps.items():
        build, total, sizes = [], [], []
        for k in range(passes):
            for t in times if k % 2 == 0 else times[::-1]:
                c0 = time.thread_time()
                payload, arrays = answer(t)
                c1 = time.thread_time()
                frame = P.encode_message(P.ViewData(1, "rec", "view", "frame", t, payload, arrays))
                c2 = time.thread_time()
                known.update(arrays)
                known.update(getattr(payload, "keys", None) or ())
                build.append(c1 - c0)
                total.append(c2 - c0)
                sizes.append(len(frame))
        print(
            f"3D scene update, {entities:,} {kind} entities, {label} change ({len(build)} steps, CPU): build_view median {ms(build, 50):6.1f} ms"
            f" p99 {ms(build, 99):6.1f} ms; with the reply frame median {ms(total, 50):6.1f} ms p99 {ms(total, 99):6.1f} ms;"
            f" frame median {np.median(sizes) / 1e3:,.0f} kB ({'by drawable key' if by_key else 'every drawable'})"
        )


def stream_frames(entities: int = 10_000, groups: int = 8, frames: int = 30, kind: str = "points") -> list[Any]:
    """The messages of each frame of the streaming scene (`scene_streaming`), as an SDK stream sends them."""
    rec = rr.new_recording("bench_scene_stream", recording_id="scenestream")
    mem = rec.memory_recording()
    rng = np.random.default_rng(2)
    base = rng.random((entities, 10, 3), dtype=np.float32)
    make = SCENE_KINDS[kind]
    if kind in SCENE_CONTEXTS:
        rec.log("world", SCENE_CONTEXTS[kind](), static=True)
    per_frame = []
    for f in range(frames + 1):
        rec.set_time_sequence("frame", f)
        for g in range(groups if f == 0 else 1):
            rec.log(f"world/group{g}", rr.Transform3D(translation=[g, f * 0.1, 0.0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=f)))
        for e in range(entities):
            if f == 0 or (e + f) % 10 == 0:
                rec.log(f"world/group{e % groups}/obj{e}", make(base[e], f))
        mem.messages()  # (flushes)
        per_frame.append(mem._sink.drain())
    return per_frame


def stream_steps(per_frame: list[Any]) -> Any:
    """Per frame of `stream_frames`: ingest it (as an SDK stream's block), then one page asks for
    the newest frame; yields (CPU of ingesting, CPU of `build_view` with the reply encoded)."""
    from rerun._viewer import protocol as P
    from rerun._viewer import viewer_process

    if hasattr(viewer_process, "tune_collector"):  # as the `rerun` viewer process does (not in a user's process)
        viewer_process.tune_collector()
    hub = StoreHub()
    known: set[str] = set()
    for f, msgs in enumerate(per_frame):
        c0 = time.thread_time()
        hub.ingest_messages(msgs, hold=True)
        store = hub.store(hub.active_recording)  # type: ignore[arg-type]
        assert store is not None
        store.timelines()  # (its lock adds the staged rows: the ingest's work, not the query's)
        c1 = time.thread_time()
        payload, arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", f, known, drawable_keys=True)
        P.encode_message(P.ViewData(1, "rec", "view", "frame", f, payload, arrays))
        c2 = time.thread_time()
        known.update(arrays)
        known.update(payload.keys)
        yield c1 - c0, c2 - c1


def scene_streaming(entities: int = 10_000, groups: int = 8, frames: int = 30, kind: str = "points") -> None:
    """Server CPU per scene update while the recording grows: frame 0 logs every entity, each
    later frame a tenth of them and group 0's transform; after each frame's messages are ingested
    (as an SDK stream's block), one page asks for the newest frame. Per step the CPU time of
    `build_view` with the reply frame encoded, and of ingesting the frame (with adding its staged
    rows to the store, which the first reader's lock would do); median and p99. (Two source trees
    compared in lock-step: `benchmarks/ab_stream_steps.py`.)
    """
    ingest, build = [], []
    for f, (ingested, built) in enumerate(stream_steps(stream_frames(entities, groups, frames, kind))):
        if f:
            ingest.append(ingested)
            build.append(built)
    print(
        f"3D scene while streaming, {entities:,} {kind} entities, a tenth new per frame ({len(build)} frames, CPU): build_view with the reply frame"
        f" median {ms(build, 50):6.1f} ms p99 {ms(build, 99):6.1f} ms; ingesting the frame median {ms(ingest, 50):6.1f} ms p99 {ms(ingest, 99):6.1f} ms"
    )


def ms(samples: list[float], q: float) -> float:
    return float(np.percentile(samples, q)) * 1e3


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--latest-at-only", action="store_true", help="only the scene latest-at and 3D payload figures")
    parser.add_argument("--scene", action="store_true", help="only the 10,000-entity scene updates (scene_10k)")
    parser.add_argument("--kind", choices=sorted(SCENE_KINDS), default="points", help="with --scene or --page: what each entity logs (10 instances; images: 10x10 RGB)")
    parser.add_argument("--stream", action="store_true", help="with --scene: the scene growing frame by frame, the page asking for the newest")
    parser.add_argument("--as-logged", action="store_true", help="with --scene: the store as the SDK's chunks arrive, not compacted as after loading a file")
    parser.add_argument("--scalars", type=int, default=0, metavar="N", help="only the long series workload, with N scalars (scalars_10M: 10000000)")
    parser.add_argument("--page", type=int, default=0, metavar="N", help="only the page drawing a scene of N entities (scene_page; --kind for what they log)")
    parser.add_argument("--page-query", default="", metavar="Q", help="with --page: added to the page's address (?batch=0: every entity drawn on its own)")
    args = parser.parse_args()
    if args.page:
        scene_page(args.page, kind=args.kind, query=args.page_query)
        return
    if args.scalars:
        long_series(args.scalars)
        return
    if args.scene and args.stream:
        scene_streaming(kind=args.kind)
        return
    if args.scene:
        scene_updates(compact=not args.as_logged, kind=args.kind)
        return
    if not args.latest_at_only:
        ingest_and_memory(args.quick)
    # Wall time, and this thread's CPU time (what the query costs, without waiting for a busy machine).
    for label, clock in (("wall", time.perf_counter), ("cpu", time.thread_time)):
        raw, batched, view = scene_latest_at(1000, 40 if args.quick else 100, 50 if args.quick else 200, clock)
        print(f"latest-at, 1,000 entities ({label}): median {ms(raw, 50):6.2f} ms  p99 {ms(raw, 99):6.2f} ms  (one store call per entity)")
        print(f"  ... batched ({label}):             median {ms(batched, 50):6.2f} ms  p99 {ms(batched, 99):6.2f} ms  (latest_at_entities)")
        print(f"3D view payload, 1,000 ({label}):    median {ms(view, 50):6.2f} ms  p99 {ms(view, 99):6.2f} ms  (transforms + drawables)")


def ingest_and_memory(quick: bool) -> None:
    frames, points, scalars = (300, 2000, 5) if quick else (2000, 5000, 10)

    log_rate, data, rows, payload = sdk_rate(frames, points, scalars)
    mb = len(data) / 1e6
    print(f"workload: {frames} frames x ({points} points + {scalars} scalars) = {rows} rows, {mb:.1f} MB rrd")
    print(f"SDK logging rate:          {log_rate:12,.0f} rows/s")

    rss0 = rss_bytes()
    elapsed, hub = file_ingest(data)
    rss1 = rss_bytes()
    assert rows_in(hub) == rows
    print(f"file ingest:               {mb / elapsed:8.1f} MB/s {rows / elapsed:12,.0f} rows/s")
    elapsed = tcp_ingest(data, rows)
    print(f"live TCP ingest:           {mb / elapsed:8.1f} MB/s {rows / elapsed:12,.0f} rows/s")

    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    held = store.nbytes + store.index_nbytes()
    print(f"memory per payload byte:   {held / payload:8.2f} (Arrow data + indexes: {held / 1e6:.1f} MB for {payload / 1e6:.1f} MB)")
    print(f"  process RSS growth:      {(rss1 - rss0) / payload:8.2f} per payload byte (includes allocator slack)")
    del hub, store


def long_series(n: int) -> None:
    """One series of `n` scalars: page time to first draw, server time per zoom, page time per zoom."""
    from rerun._viewer import protocol as P
    from rerun._viewer.screenshot import CHROMIUM_ARGS, find_chromium

    steps = np.arange(n)
    values = np.sin(steps / (n / 50)) + np.random.default_rng(0).normal(0, 0.1, n)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "scalars.rrd")
        t0 = time.perf_counter()
        rec = rr.new_recording("bench_scalars", recording_id="scalars")
        rec.save(path)
        rr.send_columns("signal", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(values)], recording=rec)
        rec.flush()
        rr.disconnect(recording=rec)
        print(f"scalars_{n:,}: logged and written in {time.perf_counter() - t0:.1f} s ({os.path.getsize(path) / 1e6:.0f} MB rrd)")

        server = ViewerServer(web_port=0, tcp_port=None, memory_limit=None)
        server.start_in_thread()
        try:
            t0 = time.perf_counter()
            server.load_file(path)
            store = None
            while store is None or store.entity_times("/signal", "step").total < n:
                time.sleep(0.05)
                sid = server.hub.active_recording
                store = server.hub.store(sid) if sid is not None else None
            print(f"  file loaded by the viewer:       {time.perf_counter() - t0:6.2f} s")
            chromium = find_chromium()
            if chromium is None:
                print("  (no Chromium: page figures skipped)")
            else:
                _page_figures(server, chromium, CHROMIUM_ARGS)
            # Server time of the answer per zoom level (CPU of this thread), as the page asks: 1,200 px wide.
            for span in sorted({n, n // 10, n // 100, n // 1_000, 5_000, 500}, reverse=True):
                samples, points = [], 0
                for k in range(5):
                    lo = float((n - span) * k / 5)
                    query = P.PlotQuery([lo, lo + span - 1], 1200, 500)
                    c0 = time.thread_time()
                    payload, arrays = build_view(store, "TimeSeries", "/", [], "step", None, plot=query)
                    samples.append(time.thread_time() - c0)
                    points = sum(len(a) for key, a in arrays.items() if key.endswith("/values"))
                lod = payload.series[0].lod
                print(f"  server answer, {span:>10,} steps in sight: median {ms(samples, 50):7.1f} ms CPU  ({points:,} points, {'level of detail' if lod else 'exact'})")
        finally:
            server.shutdown()
    many_series(n)


def many_series(n: int, count: int = 50) -> None:
    """The same number of points as `count` series in one plot: the server's answer (CPU, median of 5)."""
    from rerun._viewer import protocol as P

    each = n // count
    rec = rr.new_recording("bench_many_series", recording_id="many")
    mem = rec.memory_recording()
    steps = np.arange(each)
    for k in range(count):
        values = np.sin(steps / (each / 20) + k) + k
        rr.send_columns(f"series/s{k}", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(values)], recording=rec)
    rec.flush()
    hub = StoreHub()
    hub.on_messages(mem.messages())
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    build_view(store, "TimeSeries", "/", [], "step", None, plot=P.PlotQuery(None, 1200, 500))  # reads and sorts each series once
    for label, x_range in (("all steps", None), ("1% of the steps", [each / 2, each / 2 + each / 100])):
        samples = []
        for _ in range(5):
            c0 = time.thread_time()
            payload, arrays = build_view(store, "TimeSeries", "/", [], "step", None, plot=P.PlotQuery(x_range, 1200, 500))
            samples.append(time.thread_time() - c0)
        points = sum(len(a) for key, a in arrays.items() if key.endswith("/values"))
        print(f"  {count} series of {each:,} points, {label} in sight: median {ms(samples, 50):7.1f} ms CPU ({points:,} points)")


def _page_figures(server: ViewerServer, chromium: str, args: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    plot = "[data-view-kind=TimeSeries] [data-x-max]"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=args)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        t0 = time.perf_counter()
        page.goto(server.url + "/")
        page.wait_for_selector(f"{plot}[data-lod=true]", state="attached", timeout=600_000)
        page.wait_for_selector("body[data-rendered='true']", state="attached", timeout=600_000)
        print(f"  page open to first draw:         {time.perf_counter() - t0:6.2f} s")
        box = page.locator(f"{plot} .u-over").bounding_box()
        # Ten wheel zooms (about 1.2x each) one frame apart, timed in the page: the script's own
        # work per zoom (handler + uPlot redraw of the points at hand), and until the next frame.
        times = page.evaluate(
            """([x, y]) => new Promise((resolve) => {
              const target = document.elementFromPoint(x, y);
              const js = [], frame = [];
              const step = () => {
                const t = performance.now();
                target.dispatchEvent(new WheelEvent("wheel", { clientX: x, clientY: y, deltaY: -100, bubbles: true, cancelable: true }));
                js.push(performance.now() - t);
                requestAnimationFrame(() => {
                  frame.push(performance.now() - t);
                  if (frame.length < 10) step();
                  else resolve([js, frame]);
                });
              };
              step();
            })""",
            [box["x"] + box["width"] * 0.4, box["y"] + box["height"] / 2],
        )
        js, frame = ([t / 1e3 for t in series] for series in times)
        print(f"  page per wheel zoom:             script median {ms(js, 50):6.1f} ms, to next frame median {ms(frame, 50):6.1f} ms")
        t0 = time.perf_counter()
        page.wait_for_timeout(300)  # the debounced query goes out 120 ms after the last zoom
        page.wait_for_selector("body[data-rendered='true']", state="attached", timeout=600_000)
        print(f"  detail of the zoomed range drawn: {time.perf_counter() - t0:6.2f} s after the last zoom (incl. 120 ms debounce)")
        browser.close()


if __name__ == "__main__":
    main()
