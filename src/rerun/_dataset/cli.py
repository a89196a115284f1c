"""`rerun rrd index FILE...`: add the footer index to existing .rrd files, in place."""

from __future__ import annotations

import argparse
import sys
import warnings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="rerun rrd", description="Tools for .rrd files.")
    sub = parser.add_subparsers(dest="command", required=True)
    index = sub.add_parser(
        "index",
        help="add (or renew) the footer index that lets dataset queries read only the frames they need",
    )
    index.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)

    from .._rrd.format import RrdError
    from .index import index_file

    failed = 0
    for name in args.files:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                summary = index_file(name)
        except (OSError, RrdError) as err:
            print(f"rerun rrd index: {name}: {err}", file=sys.stderr)
            failed += 1
            continue
        for w in caught:
            print(f"rerun rrd index: {w.message}", file=sys.stderr)
        if not summary.complete:
            failed += 1
            continue
        print(f"{name}: indexed {len(summary.frames)} chunk frames")
    return 1 if failed else 0
