"""The `rerun` command.

- `rerun [FILE.rrd ... | -]`: start the viewer (listening for SDK streams), loading the files given.
- `rerun print FILE.rrd [-v]`: summarise a recording file.
- `rerun demo`: open the viewer with a demo recording.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rerun` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "print":
        from ._rrd.print_cmd import main as print_main

        return print_main(args[1:])
    if args and args[0] == "demo":
        from ._demo import main as demo_main

        return demo_main(args[1:])
    from ._viewer.cli import main as viewer_main

    return viewer_main(args)


if __name__ == "__main__":
    sys.exit(main())
