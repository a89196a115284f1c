"""`.rrd` recordings and `.rbl` blueprints: their messages, forwarded as they are (as Rerun 0.17)."""

from __future__ import annotations

from pathlib import PurePath

from .._log_msg import LogMsg

NAME = "rerun.data_loaders.Rrd"
EXTENSIONS = ("rrd", "rbl")


def load(path: PurePath, contents: bytes) -> list[LogMsg]:
    """Decode every message; ValueError if the bytes are not an rrd stream or are damaged."""
    from .._rrd import RrdError, StreamDecoder

    decoder = StreamDecoder()
    try:
        msgs = list(decoder.feed(contents))
    except RrdError as err:
        raise ValueError(f"{path.name} is not a readable Rerun recording ({err})") from err
    if decoder.pending_bytes:
        raise ValueError(f"{path.name} is truncated: its last {decoder.pending_bytes} bytes are an incomplete message")
    if not msgs and contents:
        raise ValueError(f"{path.name} holds no Rerun messages")
    return msgs
