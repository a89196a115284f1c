"""Streams tree benchmark: a page with thousands of entities under one path, that path expanded.

Run: ``python benchmarks/bench_streams_tree.py [FILE.rrd] [--entities 10000] [--cpu-seconds 20]``.
Not a test. Without a file it writes a recording of N text-log entities under ``/world`` (one
line each at a few steps), so the time panel is what the page spends its time on; with a file it
opens that (e.g. the 10,000-entity recording of ``bench_viewer_pages.py``).

Figures: the time from clicking ``/world``'s toggle (if it starts closed) to its first child's row
being in the DOM; the tree rows and canvases then in the DOM; Chromium's CPU per process type
(browser, renderer, GPU, ...) over the seconds after that, from ``/proc``; and scrolling the
streams tree down a few rows per animation frame: the frame intervals (median, 95th percentile,
worst) beside those of as many frames without scrolling, and whether the last entity's row is shown
after a jump to the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import rerun as rr

SCROLL_SCRIPT = """async ([stepPx, idleFrames, maxFrames, maxMs]) => {
  const body = document.querySelector('[data-testid=time-panel] .time-body');
  body.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(r));
  const frames = [];
  let last = performance.now();
  // idleFrames > 0: the same number of frames without scrolling, for the page's frame rate alone.
  const end = () => body.scrollTop + body.clientHeight >= body.scrollHeight - 1;
  const t0 = performance.now();
  const more = () => (idleFrames > 0 ? frames.length < idleFrames : !end() && frames.length < maxFrames);
  while (more() && performance.now() - t0 < maxMs) {
    if (!idleFrames) body.scrollTop += stepPx;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  return frames;
}"""

SHOWN_AT_END_SCRIPT = """async (path) => {
  const body = document.querySelector('[data-testid=time-panel] .time-body');
  body.scrollTop = body.scrollHeight;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [...document.querySelectorAll('.streams-names .tree-row')].some((e) => e.dataset.entityPath === path);
}"""


def write_recording(path: Path, entities: int) -> None:
    rec = rr.new_recording("bench_streams_tree")
    rec.save(path)
    for step in range(3):
        rec.set_time_sequence("step", step)
        for i in range(entities):
            rec.log(f"world/e{i}", rr.TextLog(f"entity {i} at step {step}"))
    rec.disconnect()


def chromium_cpu_ticks() -> dict[int, tuple[str, int]]:
    """Per Chromium process started by this one (not other browsers on the machine): its type
    and the CPU ticks (user + system) it used so far."""
    parents: dict[int, int] = {}
    found: dict[int, tuple[str, int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            parents[pid] = int(fields[1])
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "chromium" in cmd:
            kinds = [a.removeprefix("--type=") for a in cmd.split() if a.startswith("--type=")]
            found[pid] = (kinds[0] if kinds else "browser", int(fields[11]) + int(fields[12]))

    def ours(pid: int) -> bool:
        while pid > 1:
            if pid == os.getpid():
                return True
            pid = parents.get(pid, 0)
        return False

    return {pid: v for pid, v in found.items() if ours(pid)}


def cores_since(before: tuple[dict[int, tuple[str, int]], float]) -> dict[str, float]:
    """Cores used per Chromium process type since `before` (ticks per process, then the clock)."""
    ticks_before, t0 = before
    seconds = time.perf_counter() - t0
    use: dict[str, float] = {}
    for pid, (kind, ticks) in chromium_cpu_ticks().items():
        if pid in ticks_before:
            use[kind] = use.get(kind, 0.0) + (ticks - ticks_before[pid][1]) / os.sysconf("SC_CLK_TCK") / seconds
    return {k: round(v, 2) for k, v in sorted(use.items()) if v >= 0.005}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--cpu-seconds", type=float, default=20.0)
    parser.add_argument("--scroll-rows", type=int, default=4, help="rows scrolled per frame")
    parser.add_argument("--scroll-frames", type=int, default=300, help="at most this many frames of scrolling (and 60 s)")
    parser.add_argument("--port", type=int, default=9923)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS, find_chromium

    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            path = Path(tmp) / "streams.rrd"
            write_recording(path, args.entities)
        server = subprocess.Popen(
            [sys.executable, "-m", "rerun", str(path), "--no-browser", "--web-viewer-port", str(args.port), "--port", str(args.port + 1)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            url = None
            while url is None:
                line = server.stdout.readline() if server.stdout else ""
                if not line:
                    raise SystemExit("the viewer ended before printing its address")
                if "http://" in line:
                    url = line[line.index("http://") :].split()[0]
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.set_default_timeout(600_000)  # a big recording keeps the page busy for minutes at first
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(".streams-names .tree-row[data-entity-path='/world']", timeout=600_000)
                loaded = time.perf_counter() - t0
                children = page.evaluate("() => document.querySelectorAll('.streams-names .tree-row').length")
                t0 = time.perf_counter()
                if not page.locator(".streams-names .tree-row[data-entity-path='/world/e0']").count():
                    page.locator(".streams-names .tree-row[data-entity-path='/world'] .toggle").click()
                page.wait_for_selector(".streams-names .tree-row[data-entity-path='/world/e0']", state="attached", timeout=600_000)
                opened = time.perf_counter() - t0
                rows = page.evaluate("() => document.querySelectorAll('.streams-names .tree-row').length")
                canvases = page.evaluate("() => document.querySelectorAll('[data-testid=time-lanes] canvas').length")
                print(f"page: /world row after {loaded:.1f} s ({children} tree rows); /world open after {opened:.2f} s")
                print(f"DOM with /world open: {rows} tree rows, {canvases} lane canvases")
                before = chromium_cpu_ticks(), time.perf_counter()
                time.sleep(args.cpu_seconds)
                print(f"Chromium CPU (cores) over the {args.cpu_seconds:g} s after:", cores_since(before))
                before = chromium_cpu_ticks(), time.perf_counter()
                frames = np.array(page.evaluate(SCROLL_SCRIPT, [22 * args.scroll_rows, 0, args.scroll_frames, 60_000]), dtype=float)
                print("Chromium CPU (cores) while scrolling:", cores_since(before))
                shown = page.evaluate(SHOWN_AT_END_SCRIPT, f"/world/e{args.entities - 1}")
                idle = np.array(page.evaluate(SCROLL_SCRIPT, [0, max(len(frames), 1), 0, 60_000]), dtype=float)
                if len(frames):
                    print(
                        f"scroll down {args.scroll_rows} rows per frame: {len(frames)} frames, interval median {np.median(frames):.1f} ms, "
                        f"p95 {np.percentile(frames, 95):.1f} ms, worst {frames.max():.1f} ms; last entity's row shown after a jump to the end: {shown}; "
                        f"the same number of frames without scrolling: median {np.median(idle):.1f} ms, p95 {np.percentile(idle, 95):.1f} ms"
                    )
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
