"""Text log view benchmark: the columns of a log of a million rows, built and re-sent.

Run: ``python benchmarks/bench_text_log.py [--rows 1000000]``. Not a test.

Figures: the time to build the TextLog view payload of N rows (one TextLog entity, a level per
row, two timelines) the first time (once per store generation), the time of the same query after
the time cursor moved (cached: nothing is rebuilt or re-sent), and the bytes sent to the page.
The page draws only the rows in sight, so its cost does not grow with N.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pyarrow as pa

import rerun as rr
from rerun._chunk import Chunk, TimeType
from rerun._log_msg import ArrowMsg
from rerun._store import StoreHub
from rerun._viewer.views import build_view


def make_store(rows: int) -> StoreHub:
    rec = rr.new_recording("bench_text_log", recording_id="bench-text-log")
    mem = rec.memory_recording()
    rec.log("logs", [rr.TextLog.indicator()], static=True)
    rec.flush()
    offsets = pa.array(np.arange(rows + 1, dtype=np.int32))
    texts = pa.ListArray.from_arrays(offsets, pa.array([f"line {i}: something happened" for i in range(rows)], pa.utf8()))
    levels = pa.ListArray.from_arrays(offsets, pa.array(np.array(["INFO", "WARN", "ERROR", "DEBUG"])[np.arange(rows) % 4], pa.utf8()))
    now = time.time_ns()
    row_ids = np.stack([np.full(rows, now, np.uint64), np.arange(rows, dtype=np.uint64)], axis=1)
    chunk = Chunk.build(
        "/logs",
        row_ids,
        {"step": (TimeType.SEQUENCE, np.arange(rows, dtype=np.int64)), "log_time": (TimeType.TIME, now + np.arange(rows, dtype=np.int64) * 1000)},
        {"rerun.components.Text": texts, "rerun.components.TextLogLevel": levels},
    )
    hub = StoreHub()
    hub.on_messages([*mem.messages(), ArrowMsg(rec.store_id, chunk)])
    return hub


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    hub = make_store(args.rows)
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    t0 = time.perf_counter()
    payload, arrays = build_view(store, "TextLog", "/", ["+ $origin/**"], "step", None, frozenset())
    first = time.perf_counter() - t0
    sent = sum(a.nbytes for a in arrays.values())
    t0 = time.perf_counter()
    _, again = build_view(store, "TextLog", "/", ["+ $origin/**"], "step", 5, frozenset(arrays))
    cached = time.perf_counter() - t0
    print(f"text log of {payload.row_count:,} rows: first build {first * 1e3:.0f} ms, {sent / 1e6:.1f} MB sent;")
    print(f"  after a time move: {cached * 1e3:.1f} ms, {sum(a.nbytes for a in again.values())} bytes sent")


if __name__ == "__main__":
    main()
