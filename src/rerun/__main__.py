"""The `rerun` command (as Rerun 0.17's).

- `rerun [FILE ... | URL | -] [options]`: start the viewer (listening for SDK streams), loading the files given.
- `rerun print FILE.rrd [-v]`: summarise a recording file.
- `rerun rrd index FILE...`: add the footer index to .rrd files (for dataset queries).
- `rerun compare A.rrd B.rrd`: exit 0 if the two recordings hold the same data, else 1 with the first difference.
- `rerun reset`: forget the viewer's saved state.
- `rerun analytics ...`: accepted for compatibility (pyrerun collects no analytics).
- `rerun demo`: open the viewer with a demo recording.
- `rerun export FILE.rrd --to out.mcap` / `--to out.html`: write a recording in another format (pyrerun's addition).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rerun` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else None
    if argv is None and command not in ("print", "rrd", "compare", "reset", "analytics"):
        # This process is the viewer (or an export computing its answers) and runs no user code:
        # settings for its memory (no pandas, one malloc arena; see `viewer_process`).
        # (Not when called with arguments: that is someone's own process, e.g. a test's.)
        from ._viewer.viewer_process import prepare_viewer_process

        prepare_viewer_process()
    if command == "print":
        from ._rrd.print_cmd import main as print_main

        return print_main(args[1:])
    if command == "rrd":
        from ._dataset.cli import main as rrd_main

        return rrd_main(args[1:])
    if command == "compare":
        from ._compare import main as compare_main

        return compare_main(args[1:])
    if command == "reset":
        from ._viewer.cli import reset_main

        return reset_main(args[1:])
    if command == "analytics":
        from ._viewer.cli import analytics_main

        return analytics_main(args[1:])
    if command == "export":
        from ._viewer.cli import export_main

        return export_main(args[1:])
    if command == "demo":
        from ._demo import main as demo_main

        return demo_main(args[1:])
    from ._viewer.cli import main as viewer_main

    return viewer_main(args)


if __name__ == "__main__":
    sys.exit(main())
