"""`rerun print FILE.rrd [-v]`: what a recording holds, read in one streaming pass."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from .._chunk import TimeType
from .._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo
from .format import RrdError
from .reader import read_messages

_COMPONENT_PREFIX = "rerun.components."
_VALUE_CHARS = 160  # -v prints each value up to this many characters


@dataclass
class _EntitySummary:
    rows: dict[str, int] = field(default_factory=dict)  # component -> rows in which it was logged
    static_rows: int = 0
    temporal_rows: int = 0
    values: list[str] = field(default_factory=list)


@dataclass
class _StoreSummary:
    info: StoreInfo | None = None
    timelines: dict[str, tuple[TimeType, int, int]] = field(default_factory=dict)
    entities: dict[str, _EntitySummary] = field(default_factory=dict)
    chunks: int = 0
    activations: int = 0


def format_time(time_type: TimeType, value: int) -> str:
    """A timeline value as people read it: a plain number, or a UTC date for nanosecond times."""
    if time_type == TimeType.SEQUENCE:
        return f"#{value}"
    if abs(value) < 10**15:  # under ~11 days: a duration since some start rather than a date
        return f"{value / 1e9:.3f}s"
    moment = datetime.datetime.fromtimestamp(value / 1e9, tz=datetime.timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _short(component: str) -> str:
    return component.removeprefix(_COMPONENT_PREFIX)


def summarize(messages: Iterable[LogMsg], *, verbose: bool = False) -> dict[StoreId, _StoreSummary]:
    """Fold a message stream into per-store summaries."""
    stores: dict[StoreId, _StoreSummary] = {}
    for msg in messages:
        summary = stores.setdefault(msg.store_id, _StoreSummary())
        if isinstance(msg, SetStoreInfo):
            summary.info = msg.info
        elif isinstance(msg, BlueprintActivation):
            summary.activations += 1
        elif isinstance(msg, ArrowMsg):
            chunk = msg.chunk
            summary.chunks += 1
            entity = summary.entities.setdefault(chunk.entity_path, _EntitySummary())
            if chunk.is_static:
                entity.static_rows += chunk.num_rows
            else:
                entity.temporal_rows += chunk.num_rows
            timelines = chunk.timelines()
            for name, (time_type, times) in timelines.items():
                if len(times) == 0:
                    continue
                lo, hi = int(np.min(times)), int(np.max(times))
                known = summary.timelines.get(name)
                if known is not None:
                    lo, hi = min(lo, known[1]), max(hi, known[2])
                summary.timelines[name] = (time_type, lo, hi)
            for name, column in chunk.components().items():
                entity.rows[name] = entity.rows.get(name, 0) + chunk.num_rows - column.null_count
                if verbose and not name.endswith("Indicator"):
                    _add_values(entity, name, column, timelines)
    return stores


def _add_values(entity: _EntitySummary, name: str, column, timelines) -> None:  # type: ignore[no-untyped-def]
    for row in range(len(column)):
        if not column[row].is_valid:
            continue
        when = ", ".join(f"{tl}={format_time(tt, int(times[row]))}" for tl, (tt, times) in timelines.items()) or "static"
        text = str(column[row].as_py())
        if len(text) > _VALUE_CHARS:
            text = text[: _VALUE_CHARS - 1] + "…"
        entity.values.append(f"[{when}] {_short(name)}: {text}")


def render(stores: dict[StoreId, _StoreSummary]) -> str:
    lines: list[str] = []
    for store_id, summary in stores.items():
        info = summary.info
        app = info.application_id if info else "?"
        lines.append(f"{store_id.kind.value} {store_id.id}  (application {app!r})")
        if info is not None:
            started = datetime.datetime.fromtimestamp(info.started_ns / 1e9, tz=datetime.timezone.utc)
            lines.append(f"  started {started.isoformat(timespec='seconds')}, sdk {info.sdk_version}")
        lines.append(f"  {summary.chunks} chunks" + (", blueprint activated" if summary.activations else ""))
        if summary.timelines:
            lines.append("  timelines:")
            for name, (time_type, lo, hi) in sorted(summary.timelines.items()):
                lines.append(
                    f"    {name} ({time_type.value}): {format_time(time_type, lo)} .. {format_time(time_type, hi)}"
                )
        lines.append("  entities:")
        for path in sorted(summary.entities):
            entity = summary.entities[path]
            kinds = []
            if entity.temporal_rows:
                kinds.append(f"{entity.temporal_rows} rows")
            if entity.static_rows:
                kinds.append(f"{entity.static_rows} static rows")
            lines.append(f"    {path}  ({', '.join(kinds)})")
            for name in sorted(entity.rows):
                lines.append(f"      {_short(name)}: {entity.rows[name]}")
            lines.extend(f"        {value}" for value in entity.values)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """
    Run `rerun print`; returns the exit code.

    0: every file was read (damaged ones up to their damage, with a warning on stderr);
    1: a file is missing, unreadable, not an .rrd file, or of a newer format version.
    Never a traceback: an output pipe closed by the reader (`| head`) ends it quietly.
    """
    parser = argparse.ArgumentParser(
        prog="rerun print",
        description="Summarise .rrd recordings: application and recording ids, timelines with their "
        "ranges, entities with their components and row counts.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE.rrd", help="recording files ('-' reads stdin)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print every logged value (shortened)")
    args = parser.parse_args(argv)
    try:
        return _print_all(args.paths, args.verbose)
    except KeyboardInterrupt:
        return 130  # as a shell reports a command ended by Ctrl-C
    except BrokenPipeError:
        # The reader went away (`rerun print x.rrd | head`): nothing left to say, and no traceback
        # when Python flushes stdout at exit (https://docs.python.org/3/library/signal.html#note-on-sigpipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _print_all(paths: list[str], verbose: bool) -> int:
    status = 0
    for path in paths:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                stores = summarize(read_messages(path), verbose=verbose)
            except FileNotFoundError:
                print(f"rerun print: {path}: no such file", file=sys.stderr)
                status = 1
                continue
            except RrdError as err:  # its message names the file
                print(f"rerun print: {err}", file=sys.stderr)
                status = 1
                continue
            except OSError as err:
                print(f"rerun print: {path}: cannot read: {err.strerror or err}", file=sys.stderr)
                status = 1
                continue
            except Exception as err:  # noqa: BLE001 - a summary that fails says so in one line, no traceback
                print(f"rerun print: {path}: cannot summarise it: {type(err).__name__}: {err}", file=sys.stderr)
                status = 1
                continue
        if len(paths) > 1:
            print(f"== {path}")
        print(render(stores))
        for warning in caught:
            print(f"warning: {warning.message}", file=sys.stderr)
    sys.stdout.flush()  # a closed pipe shows here, inside main's BrokenPipeError handler
    return status
