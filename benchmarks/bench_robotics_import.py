"""
MCAP import speed and memory: pyrerun's importer beside `mcap`'s plain reading and, when given, a later rerun.

Generates an MCAP file (ROS 2 `sensor_msgs/Image` rgb8 640x480 and `sensor_msgs/PointCloud2`
x/y/z/rgb of 50 000 points, alternating, each ~1 MB) of `--mb` megabytes, then measures:

- `mcap read`: `mcap`'s reader going through every message (no decoding): the disk + container floor;
- `mcap + ros2 decode`: the same plus `mcap-ros2-support` decoding every message;
- `pyrerun import`: `rerun FILE.mcap --save out.rrd` (decode, convert to archetypes, chunk, write),
  in a fresh process, with its peak RSS;
- `rerun <version> import` with `--rerun /path/to/rerun`: a later Rerun's own MCAP importer, the same way.

    python benchmarks/bench_robotics_import.py --mb 200
    python benchmarks/bench_robotics_import.py --mb 1000 --rerun /tmp/rrnew/bin/rerun
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


def mcap_read(path: Path, decode: bool) -> float:
    from mcap.reader import make_reader
    from mcap_ros2.decoder import DecoderFactory

    start = time.perf_counter()
    with open(path, "rb") as f:
        reader = make_reader(f, decoder_factories=[DecoderFactory()])
        if decode:
            for _ in reader.iter_decoded_messages():
                pass
        else:
            total = 0
            for _, _, message in reader.iter_messages():
                total += len(message.data)
    return time.perf_counter() - start


def run_import(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and the peak RSS in MB of an import that writes an .rrd (measured by a wrapper process of its own)."""
    wrapper = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, env=env, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    return elapsed, int(out.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=200, help="size of the generated MCAP in MB")
    parser.add_argument("--rerun", help="a later Rerun's `rerun` executable, to time its own MCAP importer")
    parser.add_argument("--keep", help="directory to keep the generated files in")
    args = parser.parse_args()
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="bench_robotics_"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"bench_{args.mb}mb.mcap"
    if not path.exists():
        count = generate(path, args.mb)
        print(f"generated {path} ({count} messages)")
    size_mb = path.stat().st_size / 1e6
    rows = []
    t = mcap_read(path, decode=False)
    rows.append(("mcap read (no decode)", t, None))
    t = mcap_read(path, decode=True)
    rows.append(("mcap + ros2 decode", t, None))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = workdir / "pyrerun.rrd"
    t, rss = run_import([sys.executable, "-m", "rerun", str(path), "--save", str(out)], env)
    rows.append(("pyrerun import (rerun FILE.mcap --save)", t, rss))
    if args.rerun:
        out = workdir / "rerun.rrd"
        t, rss = run_import([args.rerun, str(path), "--save", str(out)])
        version = " ".join(subprocess.run([args.rerun, "--version"], capture_output=True, text=True).stdout.split()[:2])
        rows.append((f"{version} import (--save)", t, rss))
    print(f"\n{size_mb:.0f} MB MCAP, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n")
    print("| reader | seconds | MB/s | peak RSS MB |\n|---|---|---|---|")
    for name, seconds, peak in rows:
        print(f"| {name} | {seconds:.2f} | {size_mb / seconds:.0f} | {'' if peak is None else f'{peak:.0f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
