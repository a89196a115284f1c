"""
The viewer side by side with Rerun 0.17's web viewer, in the same headless Chromium (issue 11, point 7).

Each workload is one script written against Rerun 0.17's API. It runs once under each SDK (ours
from this checkout's ``src/``, rerun-sdk 0.17 from a throwaway venv), and each viewer opens its
own SDK's file: ``python -m rerun FILE.rrd --no-browser`` for pyrerun, ``rerun --web-viewer FILE.rrd``
for Rerun 0.17 (its wasm app, served by its own binary). Both pages load in one Chromium with the
same flags (software rendering through SwiftShader: this machine has no GPU). Per viewer and
workload it reports:

- ``first render``: seconds from opening the page until the page looks as it does once settled
  (screenshots every ~0.5 s; settled: unchanged for 3 s while the viewer and the page's
  renderer process use less than half a core; the first one within a small mean pixel
  difference of the last);
- ``fps play`` / ``fps orbit`` / ``fps pan``: frames per second that drew anything (WebGL draw
  calls, or 2D canvas drawing in one of our views; `bench_viewer.DRAW_CALL_COUNTER`, injected
  before the page's own scripts) while playing (Space), orbiting the 3D view (a mouse drag) or
  panning a plot (the wheel). 0.17 draws everything, panels included, on one WebGL canvas, so
  any redraw of its counts: the comparison favours it;
- ``calls/frame``: median WebGL draw calls per drawn frame while orbiting or playing;
- ``server CPU`` and ``page CPU``: CPU seconds per second of the viewer process tree and of
  Chromium's processes during those windows (0.17's server only forwards data to its wasm app,
  which does the work in the page: compare the sums);
- ``server MB`` / ``page MB``: resident memory of each at the end.

    python benchmarks/bench_viewer_pages.py                      # the issue's workloads
    python benchmarks/bench_viewer_pages.py --only points_1M entities_1k
    python benchmarks/bench_viewer_pages.py --list

Files are written once into ``--data-dir`` (default /tmp/bench_viewer_pages) and reused; Rerun
0.17 needs minutes for the largest ones (its SDK logs about 10,000 rows per second).
rerun-sdk 0.17 lives in a throwaway venv (``--rerun017-python``; see bench_logging.py for how to
make it) and is never a dependency. Figures go to BENCHMARKS.md as ratios from one run.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bench_viewer import DRAW_CALL_COUNTER  # noqa: E402 - one frame counter for every page benchmark

VIEWPORT = (1280, 800)
WINDOW_S = 5.0  # seconds of playing, orbiting or panning measured

@dataclass(frozen=True)
class Workload:
    name: str
    kind: str  # "3d" (orbit) or "series" (pan)
    timed: bool  # has a timeline worth playing
    script: str  # Rerun 0.17 API; `rr` is imported, the recording saved to `OUT`


def _entities(n: int, steps: int = 100) -> str:
    return f"""
rng = np.random.default_rng(0)
base = rng.normal(size=({n}, 3)).astype(np.float32) * 10
for step in range({steps}):
    rr.set_time_sequence("step", step)
    for e in range({n}):
        rr.log(f"world/e{{e}}", rr.Points3D(base[e] + 0.05 * step + np.zeros((4, 3), np.float32), radii=0.1))
"""


def _scalars(n: int) -> str:
    return f"""
values = np.sin(np.arange({n}) / 1000.0)
for i in range({n}):
    rr.set_time_sequence("step", i)
    rr.log("series/sin", rr.Scalar(values[i]))
"""


def _points(n: int) -> str:
    return f"""
rng = np.random.default_rng(0)
rr.log("cloud", rr.Points3D(rng.normal(size=({n}, 3)).astype(np.float32), colors=rng.integers(0, 255, size=({n}, 3), dtype=np.uint8), radii=0.01))
"""


WORKLOADS = {
    w.name: w
    for w in [
        Workload("entities_1k", "3d", True, _entities(1_000)),
        Workload("entities_10k", "3d", True, _entities(10_000)),
        Workload("scalars_1M", "series", True, _scalars(1_000_000)),
        Workload("scalars_10M", "series", True, _scalars(10_000_000)),
        Workload("points_1M", "3d", False, _points(1_000_000)),
        Workload("points_5M", "3d", False, _points(5_000_000)),
        Workload("points_10M", "3d", False, _points(10_000_000)),
    ]
}
DEFAULT = ["entities_1k", "entities_10k", "scalars_1M", "points_1M", "points_5M"]


@dataclass
class PageFigures:
    viewer: str
    workload: str
    first_render_s: float | None = None
    fps: dict[str, float] = field(default_factory=dict)
    calls_per_frame: dict[str, float] = field(default_factory=dict)
    server_cpu: dict[str, float] = field(default_factory=dict)  # CPU s per wall s
    page_cpu: dict[str, float] = field(default_factory=dict)
    server_mb: float = 0.0
    page_mb: float = 0.0
    note: str = ""


# -- processes (from /proc: no extra dependency) ------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree(pid: int, name_has: str = "") -> list[int]:
    tree, out, stack = _children(), [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(tree.get(p, []))
    if name_has:
        out = [p for p in out if name_has in _comm(p)]
    return out


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


def _renderers(pids: list[int]) -> list[int]:
    """The Chromium renderer processes (a page's scripts and wasm) among `pids`: not the GPU
    process, which rasterises each screenshot the settling loop takes."""
    out = []
    for p in pids:
        try:
            with open(f"/proc/{p}/cmdline", "rb") as f:
                if b"--type=renderer" in f.read():
                    out.append(p)
        except OSError:
            pass
    return out


def _cpu_s(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            pass
    return total / ticks


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
        except OSError:
            pass
    return total / 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- data ------------------------------------------------------------------------------------------


def write_recording(workload: Workload, python: str, out: Path, env: dict[str, str]) -> float:
    """Run the workload's script under `python`; seconds it took (0 when the file already existed)."""
    if out.exists():
        return 0.0
    body = f"import numpy as np\nimport rerun as rr\nrr.init('bench_{workload.name}')\nrr.save({str(out) + '.part'!r})\n"
    body += textwrap.dedent(workload.script) + "\nrr.disconnect()\n"
    start = time.perf_counter()
    subprocess.run([python, "-c", body], check=True, env=env)
    os.replace(str(out) + ".part", out)
    return time.perf_counter() - start


# -- viewers -------------------------------------------------------------------------------------


class Viewer:
    def __init__(self, name: str, command: list[str], env: dict[str, str], url: Callable[[str], str | None]) -> None:
        self.name = name
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        deadline = time.monotonic() + 120
        self.url: str | None = None
        assert self.process.stdout is not None
        while self.url is None and time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"{name} viewer ended: {''.join(self.lines[-20:])}")
            self.lines.append(line)
            self.url = url(line)
        if self.url is None:
            raise RuntimeError(f"{name} viewer gave no address")
        # keep draining its output so it never blocks on a full pipe
        import threading

        threading.Thread(target=lambda: [None for _ in self.process.stdout], daemon=True).start()  # type: ignore[union-attr]

    def pids(self) -> list[int]:
        return _tree(self.process.pid)

    def close(self) -> None:
        for pid in reversed(self.pids()):
            try:
                os.kill(pid, 15)
            except OSError:
                pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_pyrerun(path: Path, env: dict[str, str]) -> Viewer:
    def url(line: str) -> str | None:
        return line.split("Open the viewer at", 1)[1].strip() if "Open the viewer at" in line else None

    command = [sys.executable, "-m", "rerun", str(path), "--no-browser", "--port", "0", "--web-viewer-port", "0"]
    return Viewer("pyrerun", command, env, url)


def start_rerun017(path: Path, rerun017: Path) -> Viewer:
    web, ws, tcp = _free_port(), _free_port(), _free_port()
    env = dict(os.environ, BROWSER="true")  # no browser of its own: ours opens the page

    def url(line: str) -> str | None:
        return f"http://127.0.0.1:{web}/?url=ws://127.0.0.1:{ws}" if "Hosting a web-viewer" in line else None

    command = [str(rerun017), "--web-viewer", "--renderer", "webgl", "--web-viewer-port", str(web), "--ws-server-port", str(ws), "--port", str(tcp), str(path)]
    return Viewer("rerun 0.17", command, env, url)


# -- the page ------------------------------------------------------------------------------------


def _screen(page) -> np.ndarray:  # type: ignore[no-untyped-def]
    from io import BytesIO

    from PIL import Image

    # A software-rendered page busy drawing can take many seconds to give a screenshot.
    return np.asarray(Image.open(BytesIO(page.screenshot(timeout=180_000))).convert("L"), dtype=np.float32)


#: CPU seconds per second (viewer process tree plus Chromium's renderers) below which a page that
#: has not changed counts as settled: a viewer still loading a file, or a page still decoding it,
#: shows an unchanging "loading" screen while working flat out. (Chromium's GPU process is left
#: out: under SwiftShader it rasterises every screenshot of the settling loop itself.)
SETTLED_CPU = 0.5


def first_render(page, url: str, timeout: float, busy_pids: Callable[[], list[int]]) -> tuple[float | None, str]:  # type: ignore[no-untyped-def]
    """Seconds from opening `url` until the page first looks as it does once settled (None: not settled in `timeout`).

    Settled: no visible change for 3 s while the processes of `busy_pids()` (the viewer's and the
    browser's) used less than `SETTLED_CPU`. Each screenshot is dated when it was returned: a busy
    software-rendered page can take seconds to give one, and what it shows is no older than that.
    """
    start = time.monotonic()
    page.goto(url)
    shots: list[tuple[float, np.ndarray, float]] = []  # (seconds since start, screenshot, CPU seconds so far)
    stable = 0
    while time.monotonic() - start < timeout:
        try:
            shot = _screen(page)
        except Exception as err:  # noqa: BLE001 - a page too busy to give a screenshot is a result, not a crash
            return None, f"no screenshot within 180 s ({type(err).__name__})"
        shots.append((time.monotonic() - start, shot, _cpu_s(busy_pids())))
        if len(shots) > 1 and float(np.abs(shots[-1][1] - shots[-2][1]).mean()) < 0.05:
            stable += 1
            since = shots[-stable - 1]
            quiet_for = shots[-1][0] - since[0]
            if stable >= 6 and quiet_for >= 3.0 and (shots[-1][2] - since[2]) / quiet_for < SETTLED_CPU:
                break
        else:
            stable = 0
        time.sleep(0.3)
    else:
        return None, f"not settled in {timeout:.0f} s"
    final = shots[-1][1]
    for t, shot, _cpu in shots:
        if float(np.abs(shot - final).mean()) < 1.0:
            return t, ""
    return shots[-1][0], ""


def _window(page, viewer: Viewer, browser_pids: list[int], action: Callable[[], None]) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """(frames drawn/s, median WebGL draw calls per drawn frame, server CPU s/s, page CPU s/s) while `action` runs."""
    server0, page0, t0 = _cpu_s(viewer.pids()), _cpu_s(browser_pids), time.monotonic()
    start = page.evaluate("performance.now()")
    action()
    end = page.evaluate("performance.now()")
    elapsed = time.monotonic() - t0
    calls = page.evaluate("([a, b]) => window.__benchDraws.frames.filter(([t]) => t >= a && t <= b).map(([, c]) => c)", [start, end])
    return (
        len(calls) / ((end - start) / 1e3),
        float(np.median(calls)) if calls else 0.0,
        (_cpu_s(viewer.pids()) - server0) / elapsed,
        (_cpu_s(browser_pids) - page0) / elapsed,
    )


def measure(browser, viewer: Viewer, workload: Workload, timeout: float) -> PageFigures:  # type: ignore[no-untyped-def]
    figures = PageFigures(viewer.name, workload.name)
    context = browser.new_context(viewport={"width": VIEWPORT[0], "height": VIEWPORT[1]})
    context.add_init_script(DRAW_CALL_COUNTER)
    page = context.new_page()
    browser_pids = _tree(os.getpid(), "chrom")
    try:
        assert viewer.url is not None
        figures.first_render_s, figures.note = first_render(page, viewer.url, timeout, lambda: viewer.pids() + _renderers(_tree(os.getpid(), "chrom")))
        # A point inside the main view in both layouts (0.17: panels left, right and below).
        x, y = int(VIEWPORT[0] * 0.45), int(VIEWPORT[1] * 0.38)
        page.mouse.move(x, y)

        def play() -> None:
            page.keyboard.press("Space")
            time.sleep(WINDOW_S)
            page.keyboard.press("Space")

        def orbit() -> None:
            page.mouse.down()
            end = time.monotonic() + WINDOW_S
            i = 0
            while time.monotonic() < end:
                i += 1
                page.mouse.move(x + 80 * np.sin(i / 10), y + 40 * np.cos(i / 13))
                time.sleep(1 / 60)
            page.mouse.up()

        def pan() -> None:
            end = time.monotonic() + WINDOW_S
            while time.monotonic() < end:
                page.mouse.wheel(40, 0)
                time.sleep(1 / 30)

        windows = {"play": play} if workload.timed else {}
        windows["orbit" if workload.kind == "3d" else "pan"] = orbit if workload.kind == "3d" else pan
        for what, action in windows.items():
            fps, calls, server, page_cpu = _window(page, viewer, browser_pids, action)
            figures.fps[what] = round(fps, 1)
            figures.calls_per_frame[what] = round(calls, 1)
            figures.server_cpu[what] = round(server, 2)
            figures.page_cpu[what] = round(page_cpu, 2)
        figures.server_mb = round(_rss_mb(viewer.pids()), 1)
        figures.page_mb = round(_rss_mb(_tree(os.getpid(), "chrom")), 1)
        try:
            page.screenshot(path=str(Path(tempfile.gettempdir()) / f"bench_pages_{workload.name}_{viewer.name.replace(' ', '')}.png"), timeout=60_000)
        except Exception:  # noqa: BLE001, S110 - the last screenshot is only for looking at
            pass
    finally:
        context.close()
    return figures


# -- report --------------------------------------------------------------------------------------


def _ratio(ours: float | None, theirs: float | None, higher_is_better: bool) -> str:
    if not ours or not theirs:
        return "—"
    return f"{(ours / theirs) if higher_is_better else (theirs / ours):.2f}x"


def table(results: list[PageFigures]) -> str:
    rows = [
        "| workload | measure | pyrerun | rerun 0.17 | pyrerun ahead by |",
        "|---|---|---:|---:|---:|",
    ]
    by = {(r.workload, r.viewer): r for r in results}
    for name in dict.fromkeys(r.workload for r in results):
        ours, theirs = by.get((name, "pyrerun")), by.get((name, "rerun 0.17"))
        if ours is None or theirs is None:
            continue

        def fmt(value: float | None, unit: str) -> str:
            return "—" if value is None else f"{value:g} {unit}".strip()

        rows.append(f"| {name} | first render | {fmt(ours.first_render_s and round(ours.first_render_s, 1), 's')} | "
                    f"{fmt(theirs.first_render_s and round(theirs.first_render_s, 1), 's')} | {_ratio(ours.first_render_s, theirs.first_render_s, False)} |")
        for what in ours.fps:
            rows.append(f"| {name} | fps {what} | {ours.fps[what]} | {theirs.fps.get(what)} | {_ratio(ours.fps[what], theirs.fps.get(what), True)} |")
            rows.append(f"| {name} | draw calls / frame ({what}) | {ours.calls_per_frame[what]} | {theirs.calls_per_frame.get(what)} | — |")
            o_cpu = ours.server_cpu[what] + ours.page_cpu[what]
            t_cpu = theirs.server_cpu.get(what, 0) + theirs.page_cpu.get(what, 0)
            rows.append(f"| {name} | CPU s/s ({what}): server + page | {ours.server_cpu[what]} + {ours.page_cpu[what]} | "
                        f"{theirs.server_cpu.get(what)} + {theirs.page_cpu.get(what)} | {_ratio(o_cpu, t_cpu, False)} |")
        rows.append(f"| {name} | memory MB: server / page | {ours.server_mb:.0f} / {ours.page_mb:.0f} | {theirs.server_mb:.0f} / {theirs.page_mb:.0f} | "
                    f"{_ratio(ours.server_mb + ours.page_mb, theirs.server_mb + theirs.page_mb, False)} |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=sorted(WORKLOADS), help=f"workloads (default: {' '.join(DEFAULT)})")
    parser.add_argument("--list", action="store_true", help="list the workloads and exit")
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "bench_viewer_pages")
    parser.add_argument("--rerun017-python", default="/work/rr017/bin/python" if Path("/work/rr017/bin/python").exists() else "/tmp/rr017/bin/python")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds a page may take to settle")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.list:
        print("\n".join(f"{w.name:14s} {w.kind:6s} {'timed' if w.timed else ''}" for w in WORKLOADS.values()))
        return 0
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS, find_chromium

    rr017_python = Path(args.rerun017_python)
    rr017_cli = rr017_python.parent / "rerun"
    if not rr017_cli.exists():
        print(f"rerun-sdk 0.17 not found at {rr017_python} (see bench_logging.py for the venv)", file=sys.stderr)
        return 2
    args.data_dir.mkdir(parents=True, exist_ok=True)
    ours_env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    theirs_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    results: list[PageFigures] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for name in args.only or DEFAULT:
            workload = WORKLOADS[name]
            ours_file = args.data_dir / f"{name}.pyrerun.rrd"
            theirs_file = args.data_dir / f"{name}.rerun017.rrd"
            for python, path, env in ((sys.executable, ours_file, ours_env), (str(rr017_python), theirs_file, theirs_env)):
                took = write_recording(workload, python, path, env)
                if took:
                    print(f"wrote {path.name} in {took:.1f} s", file=sys.stderr)
            # The two take turns in one browser: pyrerun first, then 0.17.
            for start in (functools.partial(start_pyrerun, ours_file, ours_env), functools.partial(start_rerun017, theirs_file, rr017_cli)):
                viewer = start()
                try:
                    figures = measure(browser, viewer, workload, args.timeout)
                finally:
                    viewer.close()
                results.append(figures)
                print(json.dumps(asdict(figures)), file=sys.stderr)
        browser.close()
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    medians = [r.first_render_s for r in results if r.first_render_s]
    if medians:
        print(f"\n(first render median over all pages: {statistics.median(medians):.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
