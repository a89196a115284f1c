"""A narrow query over a large generated dataset: with the footer index, without it, and DuckDB on Parquet.

    PYTHONPATH=src python benchmarks/dataset_query.py [--gb 5] [--dir /tmp/rrd-dataset]

Generates recordings (a 20,000-point cloud and a scalar per frame) until the dataset holds about
`--gb` gigabytes, then asks for one entity (`/robot/force`) over 1% of the time range:

- through `load_dataset` with the footer index (`use_index=True`),
- through `load_dataset` scanning every file (`use_index=False`),
- through DuckDB over the same data converted to Parquet (one file per entity and recording).

Bytes read: the dataset's own counter, and the process's `rchar` (/proc/self/io: bytes asked of
read syscalls, page cache hits included) for all three. Times are wall clock, warm page cache.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np


def rchar() -> int:
    with open("/proc/self/io") as f:
        for line in f:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    return 0


def generate(folder: Path, gb: float, frames: int = 400, points: int = 20_000) -> None:
    import rerun as rr

    folder.mkdir(parents=True, exist_ok=True)
    per_recording = frames * points * 12
    count = max(1, int(gb * 1e9 / per_recording))
    rng = np.random.default_rng(0)
    cloud = rng.random((points, 3), dtype=np.float32)
    for i in range(count):
        path = folder / f"run{i:04}.rrd"
        if path.exists():
            continue
        rec = rr.new_recording(application_id=f"fleet{i % 4}", recording_id=f"run{i:04}")
        rec.save(str(path))
        for t in range(frames):
            rr.set_time_sequence("frame", t, recording=rec)
            rr.log("/lidar", rr.Points3D(cloud + t), recording=rec)
            rr.log("/robot/force", rr.Scalar(float(i * 1000 + t)), recording=rec)
        rr.disconnect(recording=rec)


def to_parquet(folder: Path, out: Path) -> None:
    """Each chunk's rows (index and component columns, as logged) into one Parquet file per entity and recording."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rerun._log_msg import ArrowMsg
    from rerun.rrd import read_messages

    for path in sorted(folder.glob("*.rrd")):
        by_entity: dict[str, list[pa.Table]] = {}
        for msg in read_messages(path):
            if isinstance(msg, ArrowMsg) and not msg.chunk.is_static:
                batch = msg.chunk.batch
                table = pa.Table.from_batches([batch]).drop_columns(["rerun.row_id"])
                table = table.append_column("recording_id", pa.array([path.stem] * table.num_rows))
                by_entity.setdefault(msg.chunk.entity_path.strip("/").replace("/", "_"), []).append(table)
        for entity, tables in by_entity.items():
            (out / entity).mkdir(parents=True, exist_ok=True)
            pq.write_table(
                pa.concat_tables(tables, promote_options="permissive"), out / entity / f"{path.stem}.parquet"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gb", type=float, default=5.0)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/rrd-dataset"))
    args = parser.parse_args()

    import rerun as rr

    rrd_dir, parquet_dir = args.dir / "rrd", args.dir / "parquet"
    t0 = time.perf_counter()
    generate(rrd_dir, args.gb)
    print(f"generated in {time.perf_counter() - t0:.0f} s")
    total = sum(p.stat().st_size for p in rrd_dir.glob("*.rrd"))
    print(f"dataset: {len(list(rrd_dir.glob('*.rrd')))} files, {total / 1e9:.2f} GB")
    lo, hi = 200, 203  # 4 of 400 frames: 1% of the time range

    # Warm up imports (pyarrow.fs, the dataset module) outside the measured queries.
    rr.dataframe.load_dataset(next(rrd_dir.glob("*.rrd"))).view(index="frame").filter_range(0, 0).select()
    results = []
    for use_index in (True, False):
        before, start = rchar(), time.perf_counter()
        dataset = rr.dataframe.load_dataset(str(rrd_dir / "*.rrd"), use_index=use_index)
        table = dataset.view(index="frame", contents="/robot/force").filter_range(lo, hi).select()
        elapsed = time.perf_counter() - start
        label = "pyrerun, footer index" if use_index else "pyrerun, scan (no index)"
        results.append((label, elapsed, dataset.bytes_read, rchar() - before, table.num_rows))

    t0 = time.perf_counter()
    to_parquet(rrd_dir, parquet_dir)
    print(f"converted to Parquet in {time.perf_counter() - t0:.0f} s")
    import duckdb

    con = duckdb.connect()
    before, start = rchar(), time.perf_counter()
    rows = con.sql(
        f"SELECT recording_id, frame, \"rerun.components.Scalar\" FROM read_parquet('{parquet_dir}/robot_force/*.parquet') "
        f"WHERE frame BETWEEN {lo} AND {hi}"
    ).fetchall()
    elapsed = time.perf_counter() - start
    parquet_total = sum(p.stat().st_size for p in parquet_dir.rglob("*.parquet"))
    results.append(("DuckDB on Parquet", elapsed, None, rchar() - before, len(rows)))

    print(f"\nParquet copy: {parquet_total / 1e9:.2f} GB")
    print(f"| query: /robot/force, frames {lo}-{hi} | time | bytes read (counted) | rchar | % of dataset | rows |")
    print("|---|---|---|---|---|---|")
    for label, elapsed, counted, io, n in results:
        counted_text = f"{counted:,}" if counted is not None else "-"
        share = (counted if counted is not None else io) / total * 100
        print(f"| {label} | {elapsed:.2f} s | {counted_text} | {io:,} | {share:.3f} % | {n} |")


if __name__ == "__main__":
    os.environ.setdefault("RERUN_FLUSH_NUM_BYTES", str(8 << 20))
    main()
