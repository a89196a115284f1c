"""Recordings out: `rerun export FILE.rrd --to out.mcap` (see `mcap.py`) or `--to out.html` (see `html.py`)."""

from __future__ import annotations

import os

FORMATS = ("mcap", "html")


def export(source: str, target: str) -> str:
    """
    Write the recording in `source` (.rrd) to `target`, the format given by its extension.

    .mcap: MCAP that Foxglove opens; .html: one self-contained page of the viewer with the
    recording inside (progress on stderr while it is written). Returns a one-line summary. Raises ValueError for an unknown target format or an unreadable
    recording, and OSError when a file cannot be read or written.
    """
    kind = os.path.splitext(target)[1].lower().lstrip(".")
    if kind == "mcap":
        from .mcap import export_mcap

        return export_mcap(source, target)
    if kind in ("html", "htm"):
        from .html import export_html

        return export_html(source, target)
    raise ValueError(f"{target}: cannot export to .{kind or '(no extension)'}; the formats are: {', '.join('.' + f for f in FORMATS)}")
