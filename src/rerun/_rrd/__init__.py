"""The .rrd stream format: encoder, incremental decoder, file reader and `rerun print`."""

from .format import (
    FORMAT_MAJOR,
    FORMAT_MINOR,
    Header,
    RrdError,
    RrdVersionError,
    StreamDecoder,
    decode_header,
    encode_chunk_ipc,
    encode_header,
    encode_msg,
    encode_msg_parts,
    encode_msgs_parts,
)
from .reader import RrdWarning, iter_messages, read_messages

__all__ = [
    "FORMAT_MAJOR",
    "FORMAT_MINOR",
    "Header",
    "RrdError",
    "RrdVersionError",
    "RrdWarning",
    "StreamDecoder",
    "decode_header",
    "encode_chunk_ipc",
    "encode_header",
    "encode_msg",
    "encode_msg_parts",
    "encode_msgs_parts",
    "iter_messages",
    "read_messages",
]
