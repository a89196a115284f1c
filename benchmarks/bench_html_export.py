"""HTML export: time and page size for a few recordings (`rerun export FILE.rrd --to out.html`).

    python benchmarks/bench_html_export.py [--markdown]

Each workload is written to an .rrd in a temporary directory by pyrerun itself, then exported in
a fresh process (`python -m rerun export`); wall and CPU seconds of that process and the size of
the page are reported. The script uses the pyrerun of its own checkout (`src/`).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

WORKLOADS = {
    "images_100_smooth": "100 frames: 640x480 RGB gradient image, 1000 points, a scalar",
    "images_100_noise": "100 frames: 640x480 RGB noise image, 1000 points, a scalar",
    "scalars_1M_columns": "one series of 1M scalars (send_columns), one step timeline",
    "points_2000_steps": "2000 steps of 100 3D points (a long 3D animation)",
}


def _make(name: str, path: Path) -> None:
    import numpy as np

    sys.path.insert(0, str(SRC))
    import rerun as rr

    rec = rr.new_recording(f"rerun_bench_html_{name}")
    rec.save(path)
    rng = np.random.default_rng(0)
    if name.startswith("images_100"):
        yy, xx = np.mgrid[0:480, 0:640]
        for i in range(100):
            rec.set_time_sequence("frame", i)
            if name.endswith("noise"):
                img = rng.integers(0, 256, (480, 640, 3), dtype=np.uint8)
            else:
                img = np.stack([(xx + i * 3) % 256, (yy + i) % 256, ((xx + yy) // 4) % 256], -1).astype(np.uint8)
            rec.log("camera/image", rr.Image(img))
            rec.log("world/points", rr.Points3D(rng.random((1000, 3))))
            rec.log("plot/x", rr.Scalar(i))
    elif name == "scalars_1M_columns":
        steps = np.arange(1_000_000)
        rr.send_columns("plot/value", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(np.sin(steps / 1e4))], recording=rec)
    elif name == "points_2000_steps":
        for i in range(2000):
            rec.set_time_sequence("step", i)
            rec.log("world/points", rr.Points3D(rng.random((100, 3)) + i * 0.01))
    rec.disconnect()


def _export(rrd: Path, html: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rerun", "export", str(rrd), "--to", str(html)], check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    parser.add_argument("--only", nargs="*", choices=list(WORKLOADS), help="run only these workloads")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or WORKLOADS:
            rrd, html = Path(tmp) / f"{name}.rrd", Path(tmp) / f"{name}.html"
            _make_in_child(name, rrd)
            wall, cpu = _export(rrd, html)
            rows.append((name, rrd.stat().st_size / 1e6, html.stat().st_size / 1e6, wall, cpu))
            print(f"{name}: rrd {rows[-1][1]:.1f} MB -> html {rows[-1][2]:.1f} MB in {wall:.1f} s wall, {cpu:.1f} s CPU", file=sys.stderr)
    if args.markdown:
        print("| workload | what | .rrd MB | .html MB | export wall s | export CPU s |")
        print("|---|---|---:|---:|---:|---:|")
        for name, rrd_mb, html_mb, wall, cpu in rows:
            print(f"| {name} | {WORKLOADS[name]} | {rrd_mb:.1f} | {html_mb:.1f} | {wall:.1f} | {cpu:.1f} |")


def _make_in_child(name: str, rrd: Path) -> None:
    """Write the workload's recording in a fresh process (the exporter's process stays clean)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run([sys.executable, __file__, "--make", name, str(rrd)], check=True, env=env)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--make":
        _make(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
