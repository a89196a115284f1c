"""Pages without a server: the protocol frames a page needs, computed ahead and embedded in it.

Two pages use this: the saved snapshot of a notebook output (`notebook.py`: every view at the
latest time) and the exported HTML file of a recording (`rerun._export.html`: every view at every
time its answer changes, on every timeline). Both embed the frames with `page_html`, and the page's
`StaticTransport` (web/src/transport/embedded.ts) answers the app's queries from them:

- `hello`, `recording_summary` (per recording) are replayed on open; `streams` (per recording and
  timeline) when the app picks the timeline;
- `view_data` frames are answers stored per view and timeline, each valid from its `time` on (until
  the next stored time); a query at time t gets the latest stored answer at or before t (the first
  one before that). Each array travels once in the whole page (in the first frame that uses it).

The frames are stored as gzip of [u32 LE length][frame] records, base64 in
``<script type="application/octet-stream">`` elements (in parts: browsers cap one string at 512 MiB):
base64 has no ``<``, so nothing of the recording can end that element or become markup.
"""

from __future__ import annotations

import base64
import html
import io
import struct
import types
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from . import protocol as P
from .server import STATIC_DIR, ViewerServer

# The page: inline bundle, no network (connect-src blob:/data: only for what the app makes itself).
PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; connect-src blob: data:; worker-src blob:"
)


#: Base64 characters per embedded element (a multiple of 4, so each part decodes on its own).
EMBED_PART_CHARS = 64 << 20


def _bundle(static_dir: Path = STATIC_DIR) -> tuple[str, str]:
    js = (static_dir / "assets" / "app.js").read_text(encoding="utf-8")
    css = (static_dir / "assets" / "index.css").read_text(encoding="utf-8")
    # Inline: "</script" would end the element early; "<\\/" means the same inside JS strings.
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def write_page(
    out: TextIO, transport: str, frames: Iterable[bytes] | None = None, *, compress: bool = False, title: str = "Rerun viewer"
) -> None:
    """
    Write the viewer app as one self-contained HTML page to `out`, embedding `frames` as they come.

    Parameters
    ----------
    out:
        A text stream (a file opened with encoding="utf-8", or a StringIO).
    transport:
        "parent" (frames by postMessage with the notebook widget's loader) or "static" (`frames` embedded).
    frames:
        Protocol frames to embed (static pages): base64 of [u32 LE length][frame] records, in
        ``<script type="application/octet-stream" class="rerun-frames">`` elements of at most
        `EMBED_PART_CHARS` characters each (a browser holds one string of at most 512 MiB). Read
        one at a time: only the compressed bytes of the part being filled are held.
    compress:
        gzip the records before base64 (the page inflates them with the browser's DecompressionStream).
    title:
        The page's title (escaped here).

    """
    js, css = _bundle()
    out.write(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_CSP}">'
        f'<meta name="rerun-transport" content="{transport}"><title>{html.escape(title)}</title>'
        f"<style>{css}</style>"
        f'<script type="module">{js}</script></head><body><div id="app"></div>'
    )
    if frames is not None:
        encoding = ' data-encoding="gzip"' if compress else ""
        part_bytes = EMBED_PART_CHARS // 4 * 3  # whole base64 groups: each part decodes on its own
        deflate = zlib.compressobj(6, zlib.DEFLATED, 31) if compress else None  # wbits 31: the gzip format
        pending = bytearray()

        def write_parts(final: bool) -> None:
            while len(pending) >= part_bytes or (final and pending):
                part = bytes(pending[:part_bytes])
                del pending[:part_bytes]
                out.write(f'<script type="application/octet-stream" class="rerun-frames"{encoding}>{base64.b64encode(part).decode()}</script>')

        for frame in frames:
            record = struct.pack("<I", len(frame)) + frame
            pending += deflate.compress(record) if deflate is not None else record
            write_parts(False)
        if deflate is not None:
            pending += deflate.flush()
        write_parts(True)
    out.write("</body></html>")


def page_html(transport: str, frames: Iterable[bytes] | None = None, *, compress: bool = False, title: str = "Rerun viewer") -> str:
    """The page of `write_page` as a string."""
    buffer = io.StringIO()
    write_page(buffer, transport, frames, compress=compress, title=title)
    return buffer.getvalue()


def layout_views(node: P.LayoutNode | None) -> Iterator[P.ViewNode]:
    """Every view of a layout tree, hidden ones and those in background tabs included."""
    if node is None:
        return
    if isinstance(node, P.ViewNode):
        yield node
        return
    for child in node.children:
        yield from layout_views(child)


def pushed_frames(server: ViewerServer, store_id: str | None) -> list[tuple[str, bytes]]:
    """What the server pushes a fresh page showing `store_id`, by slot: hello, summary, streams (default timeline)."""
    state = types.SimpleNamespace(pushed={}, store_id=store_id, timeline=None, compared_views=set())
    return [*server._state_frames(state), *server._recording_frames(state)]  # type: ignore[arg-type]


def time_window_of(view: P.ViewNode, timeline: str | None) -> P.TimeWindow | None:
    """The blueprint's visible time range of a view on `timeline` (what the page sends with its query)."""
    props = view.properties
    if props is None:
        return None
    return next((w for w in props.time_windows if w.timeline == timeline), None)
