"""Memory the viewer keeps per byte of Arrow payload (issue 11, point 4). Not a test.

Workloads (each written to an .rrd with the SDK first):

- ``scalars_log``: N scalars on one entity, one ``rr.log`` per row (default 1,000,000);
- ``scalars_columns``: the same series sent with ``rr.send_columns``;
- ``points``: 100,000 small ``Points3D`` rows (5 points each) over 1,000 entities;
- ``images``: 300 640x480 RGB images on one entity;
- ``points_per_row``, and ``scalars_per_row`` when named: the same rows written a chunk
  per row (``RERUN_FLUSH_NUM_ROWS=1``, as an SDK flushing every row does; the scalars a fifth of
  N, each row a frame of ~2 kB).

Per workload, two measures:

- in-process: the .rrd loaded into a `StoreHub` through the viewer's `Ingestor`; retained bytes
  are the RSS growth over an empty hub (after a one-row recording was loaded once, so
  that modules imported on the first load count in the fixed base) after a full GC, ``malloc_trim`` and Arrow's ``release_unused``, or with
  ``--tracemalloc`` Python's traced allocations (numpy buffers, Python objects) plus Arrow's
  allocators (``pa.total_allocated_bytes`` and the system pool's, where the store keeps its copies);
- a fresh process: the same load in a new Python process that wrote nothing before (a warm-up
  one-row recording loaded first), its anonymous RSS (``RssAnon``: data, not code pages) growth
  after the same clean-up. The in-process figure reuses memory that writing the recording in
  this process freed, and so reads low for workloads of many small objects;
- a real viewer process: ``python -m rerun FILE --no-browser``, its RSS once it stopped growing,
  minus the RSS of the same command with a one-row recording (the fixed base); also its
  anonymous RSS over the base's (code pages touched by a workload are left out: for the small
  rows ~1.6 MB of Arrow's and numpy's code, the kernels that join and copy rows, which a load of
  any size runs); and its RSS over the same command on a tiny recording of the same kind (100
  rows, one image), per byte of the payload they differ by: the fixed base of that kind of
  recording, code pages included (a one-row scalar recording touches ~1 MB less of Arrow's and
  numpy's code than 100 small point rows do).

The payload is the sum of the distinct Arrow buffers of the decoded chunks (what the file's
record batches hold), before the store touches them. ``python benchmarks/bench_store_memory.py
[--workloads scalars_log,points] [--scalars N] [--no-process]``.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc

import numpy as np
import pyarrow as pa

import rerun as rr
from rerun._rrd.reader import read_messages
from rerun._store.hub import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard

WORKLOADS = ("scalars_log", "scalars_columns", "points", "images", "points_per_row")


def write(path: str, workload: str, n_scalars: int, tiny: bool = False) -> None:
    """Write `workload` to `path` (`tiny`: 100 rows or one image of it)."""
    if workload.endswith("_per_row"):
        previous = os.environ.get("RERUN_FLUSH_NUM_ROWS")
        os.environ["RERUN_FLUSH_NUM_ROWS"] = "1"  # read when the recording's batcher starts
        try:
            write(path, workload.removesuffix("_per_row").replace("scalars", "scalars_log"), n_scalars // 5, tiny)
        finally:
            if previous is None:
                del os.environ["RERUN_FLUSH_NUM_ROWS"]
            else:
                os.environ["RERUN_FLUSH_NUM_ROWS"] = previous
        return
    n_scalars, frames, entities = (100, 10, 10) if tiny else (n_scalars, 100, 1000)
    rec = rr.new_recording("bench_store_memory", recording_id=workload)
    rec.save(path)
    if workload == "scalars_log":
        for i in range(n_scalars):
            rec.set_time_sequence("step", i)
            rec.log("signal", rr.Scalar(float(np.sin(i / 1000.0))))
    elif workload == "scalars_columns":
        steps = np.arange(n_scalars)
        rr.send_columns(
            "signal",
            times=[rr.TimeSequenceColumn("step", steps)],
            components=[rr.components.ScalarBatch(np.sin(steps / 1000.0))],
            recording=rec,
        )
    elif workload == "points":
        rng = np.random.default_rng(0)
        for frame in range(frames):
            rec.set_time_sequence("frame", frame)
            for e in range(entities):
                rec.log(f"world/group{e // 100}/points{e}", rr.Points3D(rng.random((5, 3), np.float32)))
    elif workload == "images":
        rng = np.random.default_rng(0)
        base = rng.integers(0, 255, (480, 640, 3), np.uint8)
        for frame in range(1 if tiny else 300):
            rec.set_time_sequence("frame", frame)
            rec.log("camera/image", rr.Image(np.roll(base, frame, axis=1)))
    else:
        raise ValueError(workload)
    rec.flush()
    rr.disconnect(recording=rec)


def payload_bytes(path: str) -> tuple[int, int, int]:
    """(distinct Arrow buffer bytes, chunks, rows) of the recording's chunks as decoded."""
    seen: dict[int, int] = {}
    chunks = rows = 0
    alive = []  # every chunk kept until counted: a freed buffer's address could be reused
    with open(path, "rb") as f:
        for msg in read_messages(f):
            chunk = getattr(msg, "chunk", None)
            if chunk is None:
                continue
            alive.append(chunk)
            chunks += 1
            rows += chunk.num_rows
            for column in chunk.batch.columns:
                for buf in _buffers(column):
                    seen[buf.address] = max(seen.get(buf.address, 0), buf.size)
    return sum(seen.values()), chunks, rows


def _buffers(array: pa.Array) -> list[pa.Buffer]:
    return [b for b in array.buffers() if b is not None]


def warm_up(tmp: str) -> None:
    """Load a one-row recording once, so that modules imported and caches filled on the first
    load count in the fixed base, not in the retained bytes of the first workload."""
    path = os.path.join(tmp, "warm_up.rrd")
    rec = rr.new_recording("bench_store_memory", recording_id="warm_up")
    rec.save(path)
    rec.set_time_sequence("frame", 0)
    rec.log("world/points", rr.Points3D([[0.0, 0.0, 0.0]]))
    rec.flush()
    rr.disconnect(recording=rec)
    hub = StoreHub()
    Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path)


def in_process(path: str, traced: bool) -> tuple[int, int, int, StoreHub]:
    """(retained bytes over an empty hub, of which Arrow's allocator, chunks in the store, the hub).

    Retained: with `traced`, Python's traced allocations (numpy buffers, Python objects) plus
    Arrow's allocator; otherwise the RSS growth after a full GC, `malloc_trim` and Arrow's `release_unused` (tracemalloc
    makes loading many small chunks 10-50x slower)."""
    gc.collect()
    if traced:
        tracemalloc.start()
    hub = StoreHub()
    ingestor = Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None)
    before, arrow0 = _retained(traced), arrow_bytes()
    progress = ingestor.load_file(path)
    assert progress.error is None, progress.error
    del ingestor
    after, arrow1 = _retained(traced), arrow_bytes()
    if traced:
        tracemalloc.stop()
    chunks = sum(hub.store(sid).num_chunks for sid in hub.store_ids())  # type: ignore[union-attr]
    return after - before, arrow1 - arrow0, chunks, hub


def arrow_bytes() -> int:
    """Bytes allocated by Arrow: its default pool and the system pool (the store's lasting copies)."""
    return pa.total_allocated_bytes() + pa.system_memory_pool().bytes_allocated()


def _retained(traced: bool) -> int:
    gc.collect()
    if traced:
        return tracemalloc.get_traced_memory()[0] + arrow_bytes()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    # Arrow's allocator keeps freed pages too (e.g. of writing the recording in this process):
    # returned before both readings, so that neither counts them.
    pa.default_memory_pool().release_unused()
    return _rss_of(os.getpid())


def process_rss(path: str, timeout: float = 300.0) -> tuple[int, int]:
    """(RSS, anonymous RSS) of `rerun FILE --no-browser` once it has not grown for a few seconds (bytes)."""
    env = dict(os.environ)
    cmd = [sys.executable, "-m", "rerun", path, "--no-browser", "--port", "0", "--web-viewer-port", "0", "--memory-limit", "100GB", "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Stable: neither its RSS nor its CPU time grew for 4 s. (RSS alone was taken as stable
        # in the middle of slow loads on a busy machine: a file of a chunk per row.)
        last, stable_since, t0 = (-1, -1.0), time.monotonic(), time.monotonic()
        while time.monotonic() - t0 < timeout:
            time.sleep(0.5)
            rss, cpu = _rss_of(proc.pid), _cpu_of(proc.pid)
            if rss != last[0] or cpu - last[1] > 0.05:
                last, stable_since = (rss, cpu), time.monotonic()
            elif time.monotonic() - stable_since > 4.0:
                return rss, _rss_of(proc.pid, "RssAnon:")
        return last[0], _rss_of(proc.pid, "RssAnon:")
    finally:
        proc.terminate()
        proc.wait(10)


def fresh_process(path: str) -> tuple[int, int]:
    """(anonymous RSS growth, Arrow allocator growth) of loading `path` into a `StoreHub` in a new
    process, after a one-row recording was loaded there first (bytes)."""
    code = (
        "import importlib.util, os, sys, tempfile; import pyarrow as pa\n"
        "spec = importlib.util.spec_from_file_location('bench', sys.argv[2]); b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)\n"
        "tmp = tempfile.mkdtemp(); b.warm_up(tmp); b._retained(False)\n"
        "a0, p0 = b._rss_of(os.getpid(), 'RssAnon:'), b.arrow_bytes()\n"
        "hub = b.in_process(sys.argv[1], False)[3]; b._retained(False)\n"
        "print(b._rss_of(os.getpid(), 'RssAnon:') - a0, b.arrow_bytes() - p0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, path, os.path.abspath(__file__)], capture_output=True, text=True, check=True)
    anon, arrow = out.stdout.split()[-2:]
    return int(anon), int(arrow)


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a process has used."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_of(pid: int, key: str = "VmRSS:") -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workloads", default=",".join(WORKLOADS))
    parser.add_argument("--scalars", type=int, default=1_000_000)
    parser.add_argument("--no-process", action="store_true", help="skip the real viewer process")
    parser.add_argument("--tracemalloc", action="store_true", help="in-process retained bytes by tracemalloc (slow) instead of RSS")
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        base_rss = base_anon = None
        if not args.no_process:
            # One row: the viewer's code paths for data loaded (imports on first use) count in the base.
            empty = os.path.join(tmp, "empty.rrd")
            rec = rr.new_recording("bench_store_memory", recording_id="empty")
            rec.save(empty)
            rec.log("signal", rr.Scalar(0.0))
            rec.flush()
            rr.disconnect(recording=rec)
            base_rss, base_anon = process_rss(empty)
            print(f"fixed base: viewer process RSS with a one-row recording {base_rss / 1e6:.1f} MB (anonymous {base_anon / 1e6:.1f} MB)")
        warm_up(tmp)
        for workload in args.workloads.split(","):
            path = os.path.join(tmp, f"{workload}.rrd")
            t0 = time.perf_counter()
            write(path, workload, args.scalars)
            payload, chunks_in, rows = payload_bytes(path)
            print(
                f"{workload}: {rows:,} rows in {chunks_in:,} chunks, payload {payload / 1e6:.1f} MB "
                f"(rrd {os.path.getsize(path) / 1e6:.1f} MB, written in {time.perf_counter() - t0:.1f} s)"
            )
            t0 = time.perf_counter()
            retained, arrow, chunks, hub = in_process(path, args.tracemalloc)
            how = "traced" if args.tracemalloc else "RSS growth"
            print(
                f"  in-process ({how}): retained {retained / 1e6:.1f} MB = {retained / payload:.2f}x payload, "
                f"Arrow allocator {arrow / 1e6:.1f} MB ({chunks:,} chunks in the store, loaded in {time.perf_counter() - t0:.1f} s)"
            )
            del hub
            gc.collect()
            anon, arrow = fresh_process(path)
            print(f"  fresh process (anonymous RSS growth): {anon / 1e6:.1f} MB = {anon / payload:.2f}x payload, Arrow allocator {arrow / 1e6:.1f} MB")
            if base_rss is not None and base_anon is not None:
                rss, anon = process_rss(path)
                print(
                    f"  viewer process: RSS {rss / 1e6:.1f} MB, over the base {(rss - base_rss) / 1e6:.1f} MB = {(rss - base_rss) / payload:.2f}x payload; "
                    f"anonymous over the base's {(anon - base_anon) / 1e6:.1f} MB = {(anon - base_anon) / payload:.2f}x, "
                    f"file-backed (code) over the base's {((rss - anon) - (base_rss - base_anon)) / 1e6:.1f} MB"
                )
                tiny = os.path.join(tmp, f"{workload}_tiny.rrd")
                write(tiny, workload, args.scalars, tiny=True)
                tiny_payload = payload_bytes(tiny)[0]
                tiny_rss = process_rss(tiny)[0]
                print(
                    f"  over a tiny recording of the same kind (RSS {tiny_rss / 1e6:.1f} MB, payload {tiny_payload / 1e6:.2f} MB): "
                    f"{(rss - tiny_rss) / 1e6:.1f} MB = {(rss - tiny_rss) / (payload - tiny_payload):.2f}x the payload's difference"
                )


if __name__ == "__main__":
    main()
