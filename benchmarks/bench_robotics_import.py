"""
MCAP import speed and memory: pyrerun's importer beside `mcap`'s plain reading and, when given, a later rerun.

Generates an MCAP file (ROS 2 `sensor_msgs/Image` rgb8 640x480 and `sensor_msgs/PointCloud2`
x/y/z/rgb of 50 000 points, alternating, each ~1 MB) of `--mb` megabytes, then measures:

- `mcap read`: `mcap`'s reader going through every message (no decoding): the disk + container floor;
- `mcap + ros2 decode`: the same plus `mcap-ros2-support` decoding every message;
- `pyrerun import`: `rerun FILE.mcap --save out.rrd` (decode, convert to archetypes, chunk, write),
  in a fresh process, with its peak RSS;
- `rerun <version> import` with `--rerun /path/to/rerun`: a later Rerun's own MCAP importer, the same way;
- with `--memory-limit 300MB`: `rerun FILE.mcap --memory-limit 300MB` as a viewer (no page), its
  peak RSS sampled until its stderr progress line says 100%, and the time until then.

    python benchmarks/bench_robotics_import.py --mb 200
    python benchmarks/bench_robotics_import.py --mb 1000 --rerun /tmp/rrnew/bin/rerun --memory-limit 300MB
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def generate(path: Path, megabytes: int) -> int:
    from mcap_ros2.writer import Writer
    from rosbags.typesys import Stores, get_typestore

    ts = get_typestore(Stores.ROS2_HUMBLE)
    rng = np.random.default_rng(0)
    image = rng.integers(0, 255, (480, 640, 3), dtype=np.uint8).tobytes()
    n = 50_000
    cloud = np.zeros(n, dtype=[("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("rgb", "<u4"), ("pad", "<u4")])
    cloud["x"], cloud["y"], cloud["z"] = rng.random((3, n), dtype=np.float32)
    cloud["rgb"] = rng.integers(0, 1 << 24, n, dtype=np.uint32)
    fields = [{"name": a, "offset": 4 * i, "datatype": 7, "count": 1} for i, a in enumerate("xyz")] + [{"name": "rgb", "offset": 12, "datatype": 6, "count": 1}]
    count = 0
    with open(path, "wb") as f:
        writer = Writer(f)
        image_schema = writer.register_msgdef("sensor_msgs/msg/Image", ts.generate_msgdef("sensor_msgs/msg/Image", ros_version=2)[0])
        cloud_schema = writer.register_msgdef("sensor_msgs/msg/PointCloud2", ts.generate_msgdef("sensor_msgs/msg/PointCloud2", ros_version=2)[0])
        t = 1_700_000_000_000_000_000
        while f.tell() < megabytes * 1_000_000:
            stamp = {"sec": t // 10**9, "nanosec": t % 10**9}
            writer.write_message("/camera/image", image_schema, {"header": {"stamp": stamp, "frame_id": "camera"}, "height": 480, "width": 640, "encoding": "rgb8", "step": 1920, "data": image}, log_time=t, publish_time=t)
            writer.write_message("/lidar/points", cloud_schema, {"header": {"stamp": stamp, "frame_id": "lidar"}, "height": 1, "width": n, "fields": fields, "point_step": 20, "row_step": 20 * n, "data": cloud.tobytes(), "is_dense": True}, log_time=t + 1, publish_time=t + 1)
            t += 100_000_000
            count += 2
        writer.finish()
    return count


def mcap_read(path: Path, decode: bool) -> tuple[float, float]:
    from mcap.reader import make_reader
    from mcap_ros2.decoder import DecoderFactory

    start, cpu = time.perf_counter(), time.process_time()
    with open(path, "rb") as f:
        reader = make_reader(f, decoder_factories=[DecoderFactory()])
        if decode:
            for _ in reader.iter_decoded_messages():
                pass
        else:
            total = 0
            for _, _, message in reader.iter_messages():
                total += len(message.data)
    return time.perf_counter() - start, time.process_time() - cpu


def run_import(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """
    Wall seconds, CPU seconds (all threads, user + system) and the peak RSS in MB of an import
    that writes an .rrd (measured by a wrapper process of its own).
    """
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_maxrss, u.ru_utime + u.ru_stime)"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, env=env, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    peak_kb, cpu = out.strip().splitlines()[-1].split()
    return elapsed, float(cpu), int(peak_kb) / 1024


def run_viewer_import(path: Path, memory_limit: str, env: dict[str, str]) -> tuple[float, float, list[str]]:
    """Seconds until a viewer importing `path` reports 100%, its peak RSS in MB then, and its progress lines."""
    command = [sys.executable, "-m", "rerun", str(path), "--memory-limit", memory_limit, "--no-browser", "--port", "0", "--web-viewer-port", "0"]
    start = time.perf_counter()
    viewer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_kb = 0
    lines: list[str] = []
    done = threading.Event()

    def follow() -> None:
        assert viewer.stderr is not None
        for line in viewer.stderr:
            lines.append(line.strip())
            if "100%" in line:
                done.set()
        done.set()

    threading.Thread(target=follow, daemon=True).start()
    try:
        while not done.wait(0.05):
            with open(f"/proc/{viewer.pid}/status") as status:
                for field in status:
                    if field.startswith("VmRSS:"):
                        peak_kb = max(peak_kb, int(field.split()[1]))
        elapsed = time.perf_counter() - start
        with open(f"/proc/{viewer.pid}/status") as status:
            peak_kb = max([peak_kb] + [int(f.split()[1]) for f in status if f.startswith("VmHWM:")])
    finally:
        viewer.terminate()
        viewer.wait(timeout=30)
    return elapsed, peak_kb / 1024, [line for line in lines if "importing" in line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=200, help="size of the generated MCAP in MB")
    parser.add_argument("--rerun", help="a later Rerun's `rerun` executable, to time its own MCAP importer")
    parser.add_argument("--keep", help="directory to keep the generated files in")
    parser.add_argument("--memory-limit", help="also import into a viewer with this --memory-limit (e.g. 300MB)")
    args = parser.parse_args()
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="bench_robotics_"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"bench_{args.mb}mb.mcap"
    if not path.exists():
        count = generate(path, args.mb)
        print(f"generated {path} ({count} messages)")
    size_mb = path.stat().st_size / 1e6
    rows: list[tuple[str, float, float | None, float | None]] = []
    t, cpu = mcap_read(path, decode=False)
    rows.append(("mcap read (no decode)", t, cpu, None))
    t, cpu = mcap_read(path, decode=True)
    rows.append(("mcap + ros2 decode", t, cpu, None))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # Installed packages start from compiled bytecode (pip compiles at install); an environment
    # with PYTHONDONTWRITEBYTECODE (as this machine's) would compile every module at each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "rerun")], check=True, env=env)
    out = workdir / "pyrerun.rrd"
    t, cpu, rss = run_import([sys.executable, "-m", "rerun", str(path), "--save", str(out)], env)
    rows.append(("pyrerun import (rerun FILE.mcap --save)", t, cpu, rss))
    progress_lines: list[str] = []
    if args.memory_limit:
        t, rss, progress_lines = run_viewer_import(path, args.memory_limit, env)
        rows.append((f"pyrerun viewer import (--memory-limit {args.memory_limit}), until 100%", t, None, rss))
    if args.rerun:
        out = workdir / "rerun.rrd"
        t, cpu, rss = run_import([args.rerun, str(path), "--save", str(out)])
        version = " ".join(subprocess.run([args.rerun, "--version"], capture_output=True, text=True).stdout.split()[:2])
        rows.append((f"{version} import (--save)", t, cpu, rss))
    print(f"\n{size_mb:.0f} MB MCAP, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n")
    # On a loaded machine wall time says little; CPU seconds bound what an idle machine takes.
    print("| reader | wall s | MB/s by wall | CPU s (all threads) | MB per CPU s | peak RSS MB |\n|---|---|---|---|---|---|")
    for name, seconds, cpu, peak in rows:
        by_cpu = "" if cpu is None else f"{cpu:.2f} | {size_mb / cpu:.0f}"
        print(f"| {name} | {seconds:.2f} | {size_mb / seconds:.0f} | {by_cpu or ' | '} | {'' if peak is None else f'{peak:.0f}'} |")
    if progress_lines:
        print("\nviewer progress on stderr: " + " / ".join(progress_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
