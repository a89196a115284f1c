"""
Logging throughput: pyrerun against rerun-sdk 0.17, side by side, on the same machine in one run.

Each workload is the same Python code for both SDKs (they share the API). It runs in a fresh
subprocess, is timed from the first `rr.log` until the data is flushed into an .rrd file
(`rr.disconnect()` returns), and is repeated, the two SDKs taking turns so that machine noise
hits both alike; we report medians and the ratio. Every output file is deleted before it is
written again, so each run (and the raw write) writes a fresh file. Raw sequential write
bandwidth is measured by writing as many bytes as pyrerun's .rrd file to a fresh file, in a
fresh process started the same way, after the same setup: on this VM, memory freed a second
before is slower to fill than memory freed just now (the host takes freed pages back), so a raw
write made right after deleting its last file was up to 4x faster than one made as the SDKs
write theirs (a process start and the workload's setup after the delete).

After the timed runs, pyrerun's file is read back and its rows counted, so a fast run that lost
data cannot pass.

Usage (the default run takes about 4 minutes on 2 cores; at most about 8 on a busy machine):
    python benchmarks/bench_logging.py [--repeat 5] [--rerun017-python /tmp/rr017/bin/python]
        [--only scalars_100k ...] [--json out.json] [--markdown] [--stages]

rerun-sdk 0.17 lives in a throwaway venv (it needs numpy<2 and pyarrow<18) and is never a
dependency; without `--rerun017-python` the script creates it at /tmp/rr017 when missing:
    python -m venv /tmp/rr017 && /tmp/rr017/bin/pip install rerun-sdk==0.17.0 'numpy<2' 'pyarrow<18'
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Workload:
    kind: str  # "small" (many small messages), "bulk" (few large ones), "columns" (send_columns): different targets
    setup: str  # run before the clock starts
    body: str  # timed, together with the final flush into the file
    entity_prefix: str  # the entities the body logs to (for the read-back check)
    rows: int  # how many rows the body logs to them
    #: What rerun 0.17 runs instead of `body`, for an API it lacks (`send_columns` came in 0.18):
    #: the same data logged the 0.17 way, which is what a 0.17 user does today.
    rerun017_body: str | None = None


WORKLOADS = {
    "scalars_100k": Workload(
        "small",
        "",
        """
        for i in range(100_000):
            rr.set_time_sequence("step", i)
            rr.log("scalar", rr.Scalar(float(i)))
        """,
        "/scalar",
        100_000,
    ),
    "transforms_50k": Workload(
        "small",
        "",
        """
        for i in range(50_000):
            rr.set_time_sequence("step", i)
            rr.log("transform", rr.Transform3D(translation=[i, 0, 0]))
        """,
        "/transform",
        50_000,
    ),
    "points_10k_entities": Workload(
        "small",
        "positions = np.random.default_rng(0).random((10, 3), dtype=np.float32)",
        """
        for i in range(10_000):
            rr.log(f"points/{i}", rr.Points3D(positions, colors=[255, 0, 0], labels="label"))
        """,
        "/points/",
        10_000,
    ),
    "points_20x1M": Workload(
        "bulk",
        "clouds = [np.random.default_rng(s).random((1_000_000, 3), dtype=np.float32) for s in range(2)]",
        """
        for i in range(20):
            rr.set_time_sequence("step", i)
            rr.log("cloud", rr.Points3D(clouds[i % 2]))
        """,
        "/cloud",
        20,
    ),
    "images_300_rgb": Workload(
        "bulk",
        "images = [np.random.default_rng(s).integers(0, 255, (480, 640, 3), dtype=np.uint8) for s in range(4)]",
        """
        for i in range(300):
            rr.set_time_sequence("frame", i)
            rr.log("camera/image", rr.Image(images[i % 4]))
        """,
        "/camera/image",
        300,
    ),
    # One series of a million samples (a sensor, a training loss): pyrerun sends it in one
    # `send_columns` call (Rerun 0.18's API); rerun 0.17 has only `rr.log`, once per sample.
    "scalars_1M_columns": Workload(
        "columns",
        "steps = np.arange(1_000_000); values = np.sin(steps / 1000.0)",
        """
        rr.send_columns("series", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(values)])
        """,
        "/series",
        1_000_000,
        rerun017_body="""
        for i in range(1_000_000):
            rr.set_time_sequence("step", i)
            rr.log("series", rr.Scalar(values[i]))
        """,
    ),
}

#: The checkout this script belongs to: its `src/` is the pyrerun measured, whatever is installed.
SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")

#: Targets of issues 3 and 12: speed-up over rerun 0.17 by kind, and the share of raw write bandwidth.
TARGET_SPEEDUP = {"small": 5.0, "bulk": 1.5, "columns": 100.0}
TARGET_RAW_SHARE = 0.5

# pandas is hidden from both SDKs: pyarrow imports it (when installed) at the first `pa.array`
# call, which would put 0.3-3 s of importing into the timed part of whichever environment has it;
# rerun 0.17's venv has none. The comparison is of the SDKs, not of what else is installed.
RUNNER = """
import sys, time, warnings
class _NoPandas:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "pandas":
            raise ImportError("pandas is hidden by the benchmark")
sys.meta_path.insert(0, _NoPandas())
import numpy as np
import rerun as rr
warnings.simplefilter("ignore")
{setup}
rr.init("bench", spawn=False)
rr.save(sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
{body}
rr.disconnect()
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def _fresh(path: str) -> str:
    if os.path.exists(path):
        os.remove(path)
    return path


def run_once(python: str, workload: Workload, path: str) -> tuple[float, float]:
    """Wall and CPU (all threads) seconds from the first log call until `rr.disconnect()` returned, in a fresh process."""
    body = workload.body if python == sys.executable or workload.rerun017_body is None else workload.rerun017_body
    code = RUNNER.format(setup=workload.setup, body=textwrap.dedent(body))
    env = dict(os.environ)
    if python == sys.executable:  # pyrerun: this checkout's, not whichever is installed
        env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH")) if p)
    else:  # rerun 0.17's venv: an exported PYTHONPATH=src (as the worktrees use) would make it import pyrerun
        env.pop("PYTHONPATH", None)
    out = subprocess.run([python, "-c", code, _fresh(path)], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"{python} failed:\n{out.stderr[-2000:]}")
    wall, cpu = out.stdout.split()[-2:]
    return float(wall), float(cpu)


# The same imports and setup as pyrerun's run: the same time passes between the delete and the write.
RAW_WRITER = """
import os, sys, time
import numpy as np
import rerun as rr
{setup}
block = os.urandom(1 << 20)
left = int(sys.argv[2])
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
start = time.perf_counter()
while left > 0:
    left -= os.write(fd, block[: min(left, len(block))])
os.close(fd)
print(time.perf_counter() - start)
"""


def raw_write_seconds(nbytes: int, path: str, workload: Workload) -> float:
    """
    Time to write `nbytes` sequentially in 1 MiB pieces to a fresh file and close it (page
    cache, like the SDKs), in a fresh process after the workload's setup, as `run_once` runs
    the SDKs: the same time passes between the old file's deletion and the write.
    """
    code = RAW_WRITER.format(setup=workload.setup)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH")) if p))
    out = subprocess.run([sys.executable, "-c", code, _fresh(path), str(nbytes)], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.split()[-1])


def rows_in_file(path: str, entity_prefix: str) -> int:
    """Rows logged to entities starting with `entity_prefix`, read back from an .rrd file."""
    from rerun._log_msg import ArrowMsg
    from rerun._rrd import read_messages

    return sum(
        m.chunk.num_rows
        for m in read_messages(path)
        if isinstance(m, ArrowMsg) and m.chunk.entity_path.startswith(entity_prefix)
    )


def ensure_rerun017(python: str | None) -> str:
    if python:
        return python
    python = "/tmp/rr017/bin/python"
    if not os.path.exists(python):
        print("creating the throwaway rerun-sdk 0.17 venv at /tmp/rr017 ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "/tmp/rr017"], check=True)
        subprocess.run(["/tmp/rr017/bin/pip", "install", "-q", "rerun-sdk==0.17.0", "numpy<2", "pyarrow<18"], check=True)
    return python


def machine(rerun017_python: str) -> dict[str, str]:
    """What the figures were measured on."""
    import numpy
    import pyarrow

    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    theirs = subprocess.run(
        [rerun017_python, "-c", "import numpy, pyarrow; print(numpy.__version__, pyarrow.__version__)"],
        capture_output=True,
        text=True,
    ).stdout.split()
    return {
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "pyarrow": pyarrow.__version__,
        "rerun017 numpy/pyarrow": "/".join(theirs) or "?",
    }


@dataclass
class Result:
    workload: str
    kind: str
    pyrerun_s: float
    rerun017_s: float
    raw_write_s: float
    rrd_mb: float
    rows_read_back: int
    rows_logged: int
    pyrerun_runs: list[float]
    rerun017_runs: list[float]
    pyrerun_cpu_s: float  # CPU seconds of all threads: less sensitive to a busy machine than wall time
    rerun017_cpu_s: float

    @property
    def speedup(self) -> float:
        return self.rerun017_s / self.pyrerun_s

    @property
    def raw_share(self) -> float:
        """pyrerun's end-to-end bandwidth as a share of raw sequential write bandwidth."""
        return self.raw_write_s / self.pyrerun_s

    @property
    def meets_targets(self) -> bool:
        speed_ok = self.speedup >= TARGET_SPEEDUP[self.kind]
        raw_ok = self.kind != "bulk" or self.raw_share >= TARGET_RAW_SHARE
        return speed_ok and raw_ok and self.rows_read_back == self.rows_logged


def bench(name: str, theirs: str, repeat: int, tmp: str) -> Result:
    workload = WORKLOADS[name]
    ours_path, theirs_path = os.path.join(tmp, "ours.rrd"), os.path.join(tmp, "theirs.rrd")
    ours_t, theirs_t, raw_t, ours_cpu, theirs_cpu = [], [], [], [], []
    for _ in range(repeat):  # interleaved, so machine noise hits both alike
        wall, cpu = run_once(sys.executable, workload, ours_path)
        ours_t.append(wall)
        ours_cpu.append(cpu)
        wall, cpu = run_once(theirs, workload, theirs_path)
        theirs_t.append(wall)
        theirs_cpu.append(cpu)
        raw_t.append(raw_write_seconds(os.path.getsize(ours_path), os.path.join(tmp, "raw.bin"), workload))
    size = os.path.getsize(ours_path)
    rows = rows_in_file(ours_path, workload.entity_prefix)
    return Result(
        name,
        workload.kind,
        statistics.median(ours_t),
        statistics.median(theirs_t),
        statistics.median(raw_t),
        size / 1e6,
        rows,
        workload.rows,
        ours_t,
        theirs_t,
        statistics.median(ours_cpu),
        statistics.median(theirs_cpu),
    )


def stage_seconds(name: str, tmp: str, repeat: int) -> dict[str, float]:
    """
    Where pyrerun's time goes, in CPU seconds per stage, run in this process on one thread
    (the batcher thread is stopped and its work done afterwards, stage by stage): the logging
    loop (conversion + `rr.log`), building chunks, encoding frames (Arrow IPC + crc32) and
    writing the file. The best of `repeat` runs. A large row's chunk (an image, a cloud) is
    built by `rr.log` itself, so it counts in the logging loop, as in a real run; its frame is
    encoded in the encode stage here (no file sink during the loop; a real run encodes it in
    the logging thread too).
    """
    import numpy as np

    import rerun as rr
    from rerun._log_msg import ArrowMsg
    from rerun._recording import api
    from rerun._recording.batcher import build_chunks
    from rerun._rrd import encode_msgs_parts

    workload = WORKLOADS[name]
    namespace: dict[str, object] = {"rr": rr, "np": np}
    exec(workload.setup, namespace)  # noqa: S102 - our own workload code
    body = compile(textwrap.dedent(workload.body), name, "exec")
    best: dict[str, float] | None = None
    for _ in range(repeat):
        rr.init("bench_stages")
        recording = api.get_global_data_recording()
        assert recording is not None
        batcher = recording._batcher
        batcher._stopped = True  # so that all the work below happens here, stage by stage
        batcher._wake.set()
        batcher._thread.join()
        t0 = time.process_time()
        exec(body, namespace)  # noqa: S102
        t1 = time.process_time()
        rows = [batcher._pending.popleft() for _ in range(len(batcher._pending))]
        chunks = build_chunks(rows, batcher._config)
        t2 = time.process_time()
        frames = encode_msgs_parts([ArrowMsg(recording.store_id, chunk) for chunk in chunks])
        t3 = time.process_time()
        with open(_fresh(os.path.join(tmp, "stages.rrd")), "wb") as f:
            for part in frames:
                f.write(part)
        t4 = time.process_time()
        stages = {"log": t1 - t0, "build": t2 - t1, "encode": t3 - t2, "write": t4 - t3}
        if best is None or sum(stages.values()) < sum(best.values()):
            best = stages
        del rows, chunks, frames
    assert best is not None
    return best


def markdown_table(results: list[Result]) -> str:
    lines = [
        "| workload | pyrerun | rerun 0.17 | speed-up (target) | .rrd size | pyrerun MB/s | raw write MB/s | share of raw (target) | rows read back |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        # The bandwidth target is for the bulk workloads; small messages are bound by per-call work.
        share = f"{r.raw_share:.0%} ({TARGET_RAW_SHARE:.0%})" if r.kind == "bulk" else "—"
        lines.append(
            f"| {r.workload} | {r.pyrerun_s:.3f} s | {r.rerun017_s:.3f} s | "
            f"**{r.speedup:.2f}x** ({TARGET_SPEEDUP[r.kind]:g}x) | {r.rrd_mb:.1f} MB | "
            f"{r.rrd_mb / r.pyrerun_s:.0f} | {r.rrd_mb / r.raw_write_s:.0f} | {share} | "
            f"{r.rows_read_back}/{r.rows_logged} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rerun017-python", default=None)
    parser.add_argument("--only", nargs="*", default=None, choices=list(WORKLOADS), help="workload names to run")
    parser.add_argument("--json", default=None, help="also write the results to this JSON file")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table for BENCHMARKS.md")
    parser.add_argument(
        "--stages", action="store_true", help="only show where pyrerun's time goes (CPU per stage, no comparison)"
    )
    args = parser.parse_args()
    sys.path.insert(0, SRC)  # for reading files back and --stages: this checkout's pyrerun
    if args.stages:
        print("| workload | log loop | build chunks | encode (IPC + crc32) | write | total |")
        print("|---|---:|---:|---:|---:|---:|")
        with tempfile.TemporaryDirectory() as tmp:
            for name in args.only or WORKLOADS:
                st = stage_seconds(name, tmp, args.repeat)
                cells = " | ".join(f"{st[k]:.3f} s" for k in ("log", "build", "encode", "write"))
                print(f"| {name} | {cells} | {sum(st.values()):.3f} s |", flush=True)
        return
    theirs = ensure_rerun017(args.rerun017_python)
    info = machine(theirs)
    import rerun

    info["pyrerun"] = os.path.dirname(rerun.__file__)
    print(", ".join(f"{k}: {v}" for k, v in info.items()), flush=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or WORKLOADS:
            r = bench(name, theirs, args.repeat, tmp)
            results.append(r)
            print(
                f"{name:20s} pyrerun {r.pyrerun_s:7.3f}s  rerun0.17 {r.rerun017_s:7.3f}s  x{r.speedup:5.2f} "
                f"(target {TARGET_SPEEDUP[r.kind]:g}x)  rrd {r.rrd_mb:6.1f} MB  {r.raw_share:4.0%} of raw write bandwidth  "
                f"rows {r.rows_read_back}/{r.rows_logged}  cpu {r.pyrerun_cpu_s:.3f}s vs {r.rerun017_cpu_s:.3f}s  "
                f"{'ok' if r.meets_targets else 'MISS'}",
                flush=True,
            )
    if args.markdown:
        print()
        print(markdown_table(results))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "machine": info,
                    "results": [asdict(r) | {"speedup": r.speedup, "raw_share": r.raw_share} for r in results],
                },
                f,
                indent=1,
            )


if __name__ == "__main__":
    main()
