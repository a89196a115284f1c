"""Live images at camera rate: what the page shows of a 1280x720 RGB stream logged at 30 Hz.

Run: ``python benchmarks/bench_live_images.py`` (``--seconds``, ``--fps``, ``--size WxH`` to vary it;
``--paced N``: N frames one at a time, each logged once the page shows the previous, for the CPU
one frame costs each process and the latency without queueing).
Not a test (issue 11 point 5; figures and method in BENCHMARKS.md, section "Live images").

Method: a `ViewerServer` runs in this process (web + SDK ports); a headless Chromium page (the
launch arguments of `rerun --screenshot-to`: WebGL through SwiftShader, software rendering) opens
it and follows the live time, as a user does with "follow" on. A separate Python process (this file
with ``--logger``) then ``rr.connect``s and logs ``--fps`` frames a second for ``--seconds`` to
``camera`` on the ``frame`` timeline, stamping each frame with ``time.time()`` just before its
``rr.log``. Each frame carries its counter in its pixels: the top band of the image holds 16 cells
of 80x80 pixels, white for a 1 bit, black for a 0 bit (least significant bit left), and the band
below them the complement, so a misread is detected. At each ``requestAnimationFrame`` after the
page drew into the 2D view's WebGL canvas, an init script reads two rows through the cells back
(``gl.readPixels``) and records the first time (``performance.timeOrigin + performance.now()``,
the same machine clock) it saw each counter. Figures: frames shown of those logged, frames
skipped, log-to-pixel latency (first animation frame showing a counter minus its log time; median
and p95 over the frames shown), the big WebSocket messages the page received, the CPU seconds of
each process (/proc) and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

CELL = 80
BITS = 16


def counter_frame(base: np.ndarray, n: int) -> np.ndarray:
    """`base` with counter `n` written in its top two bands of cells (bits, then their complement)."""
    frame = base.copy()
    for bit in range(BITS):
        on = (n >> bit) & 1
        x = bit * CELL
        frame[0:CELL, x : x + CELL] = 255 if on else 0
        frame[CELL : 2 * CELL, x : x + CELL] = 0 if on else 255
    return frame


def run_logger(addr: str, seconds: float, fps: float, width: int, height: int) -> None:
    """The logging script: prints {"times": [log time of frame i, ...]} as JSON when done."""
    import rerun as rr

    rr.init("bench_live_images")
    rr.connect(addr)
    yy, xx = np.mgrid[0:height, 0:width]
    base = np.stack([xx * 255 // max(width - 1, 1), yy * 255 // max(height - 1, 1), np.full_like(xx, 96)], axis=-1).astype(np.uint8)
    frames = int(seconds * fps)
    images = [counter_frame(base, n) for n in range(min(frames, 64))]  # made ahead: the script only logs
    times: list[float] = []
    start = time.perf_counter() + 0.2
    for n in range(frames):
        delay = start + n / fps - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        image = images[n % len(images)]
        if len(images) < frames:
            image = counter_frame(image, n)  # rewrite the counter cells (cheap: the rest is the same)
        rr.set_time_sequence("frame", n)
        times.append(time.time())
        rr.log("camera", rr.Image(image))
    rr.disconnect()
    print(json.dumps({"times": times}))


# Injected before the app: counts big WebSocket messages, and samples the 2D view's canvas at every
# animation frame. Reads the 2 x 16 cell centres, mapped from image pixels to canvas pixels the way the
# 2D view frames an image (the whole image, centred, aspect kept).
SAMPLER = """
(() => {
  const W = %(width)d, H = %(height)d, CELL = %(cell)d, BITS = %(bits)d;
  const live = (window.__live = { seen: {}, frames: 0, misreads: 0, bigMessages: 0, bigBytes: 0 });
  const Base = window.WebSocket;
  window.WebSocket = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => {
        const n = e.data && e.data.byteLength;
        if (n > 100000) { live.bigMessages += 1; live.bigBytes += n; }
      });
    }
  };
  // Reading a canvas back waits for the GPU process to finish what the page asked it to draw, so
  // only a canvas drawn to since the last read is read again (reading every frame costs the GPU
  // process, which under SwiftShader is the CPU that also draws the page). gl.readPixels of two
  // rows, one through each band of cells, is the cheapest read: createImageBitmap plus a 2D
  // canvas's getImageData cost the GPU process ~300 ms a read here.
  const drawn = new WeakSet();
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ["drawElements", "drawArrays", "drawElementsInstanced", "drawArraysInstanced", "clear"]) {
      const draw = proto[name];
      if (draw) proto[name] = function (...args) { drawn.add(this.canvas); return draw.apply(this, args); };
    }
  }
  let row = new Uint8Array(0);
  function readRow(gl, cw, ch, y) {
    if (row.length !== cw * 4) row = new Uint8Array(cw * 4);
    gl.readPixels(0, ch - 1 - Math.floor(y), cw, 1, gl.RGBA, gl.UNSIGNED_BYTE, row);
    return row.slice();
  }
  function tick() {
    requestAnimationFrame(tick);
    const canvas = document.querySelector("[data-view-kind='2D'] canvas");
    if (!canvas || !canvas.width || !drawn.has(canvas)) return;
    drawn.delete(canvas);
    const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
    if (!gl) return;
    live.frames += 1;
    const cw = gl.drawingBufferWidth, ch = gl.drawingBufferHeight;
    const scale = Math.min(cw / W, ch / H);
    const ox = (cw - W * scale) / 2, oy = (ch - H * scale) / 2;
    const bits = readRow(gl, cw, ch, oy + (CELL / 2) * scale);
    const complement = readRow(gl, cw, ch, oy + CELL * 1.5 * scale);
    // The pixels are on the page's canvas at this animation frame (read after the wait).
    const now = performance.timeOrigin + performance.now();
    const grey = (px, x) => (px[x * 4] + px[x * 4 + 1] + px[x * 4 + 2]) / 3;
    let n = 0, ok = true;
    for (let bit = 0; bit < BITS && ok; bit++) {
      const x = Math.floor(ox + (bit * CELL + CELL / 2) * scale);
      const a = grey(bits, x), b = grey(complement, x);
      const on = a > 170 && b < 85, off = a < 85 && b > 170;
      if (!on && !off) ok = false;
      if (on) n |= 1 << bit;
    }
    if (!ok) { live.misreads += 1; return; }
    if (!(n in live.seen)) live.seen[n] = now;
  }
  requestAnimationFrame(tick);
})();
"""


def process_cpu() -> dict[str, float]:
    """CPU seconds (user + system) of this process and of each kind of its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    info: dict[int, tuple[str, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        pid = int(entry)
        parent[pid] = int(fields[1])
        kind = "chromium " + (cmd.split("--type=", 1)[1].split()[0] if "--type=" in cmd else "browser") if "chrom" in cmd else "logger" if "--logger" in cmd else "other"
        info[pid] = (kind, (int(fields[11]) + int(fields[12])) / tick)
    me = os.getpid()
    totals: dict[str, float] = {"viewer server + this script": info.get(me, ("", 0.0))[1]}
    for pid, (kind, cpu) in info.items():
        p = parent.get(pid)
        while p and p != me:
            p = parent.get(p)
        if p == me and kind != "other":
            totals[kind] = totals.get(kind, 0.0) + cpu
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--size", default="1280x720", help="image width x height (at least 1280 wide for the 16 counter cells)")
    parser.add_argument("--logger", metavar="HOST:PORT", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", metavar="PNG", help="save the page at the end")
    parser.add_argument("--paced", type=int, default=0, metavar="N", help="instead: N frames one at a time, each logged once the page shows the previous (CPU per frame, no queueing)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    if args.logger:
        run_logger(args.logger, args.seconds, args.fps, width, height)
        return

    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS, chromium_or_error
    from rerun._viewer.server import ViewerServer

    chromium = chromium_or_error()
    server = ViewerServer(web_port=0, tcp_port=0, memory_limit=None)
    server.start_in_thread()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            page.add_init_script(SAMPLER % {"width": width, "height": height, "cell": CELL, "bits": BITS})
            page.goto(server.url + "/")
            page.wait_for_selector("body[data-rendered='true']", state="attached", timeout=60_000)
            if args.paced:
                paced(server, page, args.paced, width, height)
                browser.close()
                return
            load0 = os.getloadavg()
            cpu0 = process_cpu()
            # The logger's CPU is read when it has exited: from its own rusage, via this process's children.
            children0 = os.times().children_user + os.times().children_system
            logger = subprocess.run(
                [sys.executable, __file__, "--logger", f"127.0.0.1:{server.tcp_port}", "--seconds", str(args.seconds), "--fps", str(args.fps), "--size", args.size],
                capture_output=True,
                text=True,
                check=True,
            )
            logged = json.loads(logger.stdout.strip().splitlines()[-1])["times"]
            # The last frame may still be on its way: wait for it (at most 30 s), then a little more.
            last = len(logged) - 1
            try:
                page.wait_for_function(f"() => {last} in window.__live.seen", timeout=30_000)
            except PlaywrightTimeout:
                print("  (the last frame was not shown within 30 s after it was logged)")
            page.wait_for_timeout(300)
            cpu1 = process_cpu()
            cpu = {kind: cpu1[kind] - cpu0.get(kind, 0.0) for kind in cpu1}
            cpu["logger"] = os.times().children_user + os.times().children_system - children0
            load = os.getloadavg()
            live = page.evaluate("() => window.__live")
            if args.screenshot:
                page.screenshot(path=args.screenshot)
            browser.close()
    finally:
        server.shutdown()

    seen = {int(k): v / 1e3 for k, v in live["seen"].items() if int(k) < len(logged)}
    latency = np.array([seen[n] - logged[n] for n in sorted(seen)]) * 1e3
    print(f"live images: {len(logged)} frames of {width}x{height} RGB logged at {args.fps:g} Hz for {args.seconds:g} s (software rendering: SwiftShader)")
    print(f"  frames shown:           {len(seen)} of {len(logged)} (skipped {len(logged) - len(seen)})")
    print(f"  log-to-pixel latency:   median {np.median(latency):6.1f} ms, p95 {np.percentile(latency, 95):6.1f} ms, max {latency.max():6.1f} ms")
    print(f"  page: {live['frames']} animation frames sampled (after a draw), {live['misreads']} without a readable counter; {live['bigMessages']} image messages received ({live['bigBytes'] / 1e6:.0f} MB)")
    print("  CPU seconds while streaming: " + ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(cpu.items())))
    print(f"  load average (1 min): {load0[0]:.2f} before, {load[0]:.2f} after, on {os.cpu_count()} cores")


def paced(server, page, frames: int, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Frames logged one at a time, each once the page shows the previous: what one frame costs each
    process (CPU), and its latency when nothing queues."""
    import rerun as rr

    rec = rr.new_recording("bench_live_images_paced")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    yy, xx = np.mgrid[0:height, 0:width]
    base = np.stack([xx * 255 // max(width - 1, 1), yy * 255 // max(height - 1, 1), np.full_like(xx, 96)], axis=-1).astype(np.uint8)

    def show(n: int) -> float:
        image = counter_frame(base, n)
        rec.set_time_sequence("frame", n)
        logged = time.time()
        rec.log("camera", rr.Image(image))
        rec.flush()
        page.wait_for_function(f"() => {n} in window.__live.seen", timeout=60_000, polling=5)
        return float(page.evaluate(f"() => window.__live.seen[{n}]")) / 1e3 - logged

    show(0)  # the first frame also creates the view (WebGL context, shaders)
    load0, cpu0 = os.getloadavg(), process_cpu()
    latency = np.array([show(n) for n in range(1, frames + 1)]) * 1e3
    cpu1, load = process_cpu(), os.getloadavg()
    rr.disconnect(recording=rec)
    print(f"live images, paced: {frames} frames of {width}x{height} RGB, each logged once the page showed the previous (software rendering: SwiftShader)")
    print(f"  log-to-pixel latency:   median {np.median(latency):6.1f} ms, p95 {np.percentile(latency, 95):6.1f} ms")
    print("  CPU ms per frame: " + ", ".join(f"{kind} {(cpu1[kind] - cpu0.get(kind, 0.0)) / frames * 1e3:.0f}" for kind in sorted(cpu1)))
    print(f"  load average (1 min): {load0[0]:.2f} before, {load[0]:.2f} after, on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
