"""The `rerun` command: `rerun [FILE.rrd ... | -]` starts the viewer; `rerun print FILE.rrd` summarises a file."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rerun` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "print":
        from ._rrd.print_cmd import main as print_main

        return print_main(args[1:])
    from ._viewer.cli import main as viewer_main

    return viewer_main(args)


if __name__ == "__main__":
    sys.exit(main())
