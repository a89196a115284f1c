"""
`rerun compare A.rrd B.rrd`: do two recordings hold the same data? (exit 0 yes, 1 no, 2 unreadable)

As Rerun 0.17's `compare`: each file must hold exactly one data recording (blueprints are not
compared), the application ids must match, and then, timeline by timeline, the rows sorted by
(time, logging order) must have the same entity paths and component values. `log_time` is not
compared (it differs between any two runs), nor are row ids. Static rows are compared as one more
group. The first difference found is printed.
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

_IGNORED_TIMELINES = ("log_time",)
_STATIC = "(static rows)"


class CompareError(Exception):
    """A file cannot be compared (unreadable, no or several recordings)."""


@dataclass
class _Row:
    order: tuple[int, int, int]  # (time, row id time_ns, row id inc)
    entity_path: str
    cells: dict[str, pa.Array]  # component name -> the row's one-element list slice


@dataclass
class _Recording:
    application_id: str
    rows: dict[str, list[_Row]]  # timeline (or _STATIC) -> rows

    @property
    def num_rows(self) -> int:
        return sum(len(r) for r in self.rows.values())


def load_recording(path: str) -> _Recording:
    """The one data recording of an .rrd file, as rows grouped by timeline."""
    from ._log_msg import ArrowMsg, SetStoreInfo, StoreKind
    from ._rrd import RrdError, read_messages

    app_ids: dict[str, str] = {}
    rows: dict[str, dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for msg in read_messages(path):
                if isinstance(msg, SetStoreInfo) and msg.info.store_id.kind == StoreKind.RECORDING:
                    app_ids.setdefault(msg.info.store_id.id, msg.info.application_id)
                elif isinstance(msg, ArrowMsg) and msg.store_id.kind == StoreKind.RECORDING:
                    _add_chunk(rows[msg.store_id.id], msg.chunk)
        except (OSError, RrdError) as err:
            raise CompareError(f"{path}: cannot read it: {err}") from err
    for warning in caught:  # damage or truncation: the data may be partial, say so but compare
        print(f"rerun compare: warning: {warning.message}", file=sys.stderr)
    stores = sorted(set(app_ids) | set(rows))
    if not stores:
        raise CompareError(f"{path}: no data recording found in the file")
    if len(stores) > 1:
        raise CompareError(f"{path}: more than one data recording found in the file ({', '.join(stores)})")
    store = stores[0]
    by_timeline = rows.get(store, {})
    for group in by_timeline.values():
        group.sort(key=lambda row: row.order)
    return _Recording(app_ids.get(store, "unknown"), dict(by_timeline))


def _add_chunk(groups: dict[str, list[_Row]], chunk: Any) -> None:
    row_ids = chunk.row_ids()
    components = chunk.components()
    timelines = {name: times for name, (_, times) in chunk.timelines().items() if name not in _IGNORED_TIMELINES}
    for i in range(chunk.num_rows):
        cells = {name: column.slice(i, 1) for name, column in components.items() if column[i].is_valid}
        rid = (int(row_ids[i, 0]), int(row_ids[i, 1]))
        if chunk.is_static:
            groups[_STATIC].append(_Row((0, *rid), chunk.entity_path, cells))
        for name, times in timelines.items():
            groups[name].append(_Row((int(times[i]), *rid), chunk.entity_path, cells))


def first_difference(a: _Recording, b: _Recording) -> str | None:
    """A sentence naming the first difference between two recordings, or None if they match."""
    if a.application_id != b.application_id:
        return f"application ids do not match: {a.application_id!r} vs. {b.application_id!r}"
    for timeline in a.rows:
        if timeline not in b.rows:
            return f"timeline {timeline!r} is in the first file but not in the second"
    for timeline in b.rows:
        if timeline not in a.rows:
            return f"timeline {timeline!r} is in the second file but not in the first"
    for timeline in sorted(a.rows):
        rows1, rows2 = a.rows[timeline], b.rows[timeline]
        if len(rows1) != len(rows2):
            return f"different number of rows on timeline {timeline!r}: {len(rows1)} vs. {len(rows2)}"
        for i, (r1, r2) in enumerate(zip(rows1, rows2)):
            where = f"row #{i} on timeline {timeline!r}" + ("" if timeline == _STATIC else f" (time {r1.order[0]})")
            if r1.order[0] != r2.order[0]:
                return f"{where}: the times differ: {r1.order[0]} vs. {r2.order[0]}"
            if r1.entity_path != r2.entity_path:
                return f"{where}: the entity paths differ: {r1.entity_path} vs. {r2.entity_path}"
            if set(r1.cells) != set(r2.cells):
                only1 = sorted(set(r1.cells) - set(r2.cells))
                only2 = sorted(set(r2.cells) - set(r1.cells))
                return f"{where} at {r1.entity_path}: the components differ: only in the first {only1}, only in the second {only2}"
            for name in sorted(r1.cells):
                c1, c2 = r1.cells[name], r2.cells[name]
                if c1.type != c2.type:
                    return f"{where} at {r1.entity_path}: {name} has Arrow type {c1.type} vs. {c2.type}"
                if not c1.equals(c2) and not _same_values(c1.to_pylist(), c2.to_pylist()):
                    return f"{where} at {r1.entity_path}: {name} differs: {_short(c1)} vs. {_short(c2)}"
    return None


def _same_values(x: Any, y: Any) -> bool:
    """Equality where NaN equals NaN (Arrow's `equals` says it does not)."""
    if isinstance(x, float) and isinstance(y, float):
        return x == y or (math.isnan(x) and math.isnan(y))
    if isinstance(x, list) and isinstance(y, list):
        return len(x) == len(y) and all(_same_values(p, q) for p, q in zip(x, y))
    if isinstance(x, dict) and isinstance(y, dict):
        return x.keys() == y.keys() and all(_same_values(x[k], y[k]) for k in x)
    return bool(x == y)


def _short(cell: pa.Array, limit: int = 120) -> str:
    text = str(cell.to_pylist()[0])
    return text if len(text) <= limit else text[: limit - 3] + "..."


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="rerun compare",
        description="Compare the data of two .rrd files: exit 0 if they match, 1 with the first difference if not "
        "(2 if a file cannot be read). The log_time timeline and row ids are not compared.",
    )
    parser.add_argument("path_to_rrd1", metavar="PATH_TO_RRD1")
    parser.add_argument("path_to_rrd2", metavar="PATH_TO_RRD2")
    parser.add_argument("--full-dump", action="store_true", help="also print both recordings' rows")
    args = parser.parse_args(argv)
    try:
        first = load_recording(args.path_to_rrd1)
        second = load_recording(args.path_to_rrd2)
    except CompareError as err:
        print(f"rerun compare: {err}", file=sys.stderr)
        return 2
    if args.full_dump:
        for path, rec in ((args.path_to_rrd1, first), (args.path_to_rrd2, second)):
            print(f"{path}: application {rec.application_id!r}, {rec.num_rows} rows")
            for timeline, rows in sorted(rec.rows.items()):
                for row in rows:
                    values = ", ".join(f"{name}={_short(cell, 60)}" for name, cell in sorted(row.cells.items()))
                    print(f"  {timeline}={row.order[0]} {row.entity_path}: {values}")
    difference = first_difference(first, second)
    if difference is not None:
        print(f"rerun compare: the recordings differ: {difference}", file=sys.stderr)
        return 1
    print(f"The recordings match ({first.num_rows} rows compared).")
    return 0
