"""
Read .rrd recordings back into Python.

    from rerun.rrd import read_messages
    for msg in read_messages("run.rrd"):
        ...

Each message is a `SetStoreInfo` (which recording or blueprint follows, and its application),
an `ArrowMsg` (a chunk: one `pyarrow.RecordBatch` of rows for one entity) or a
`BlueprintActivation`. For queries over a whole recording use `rerun.dataframe.load_recording`.
The format itself is documented in docs/rrd-format.md.
"""

from ._chunk import Chunk
from ._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from ._rrd import RrdError, RrdVersionError, RrdWarning, StreamDecoder, read_messages

__all__ = [
    "ArrowMsg",
    "BlueprintActivation",
    "Chunk",
    "LogMsg",
    "RrdError",
    "RrdVersionError",
    "RrdWarning",
    "SetStoreInfo",
    "StoreId",
    "StoreInfo",
    "StoreKind",
    "StreamDecoder",
    "read_messages",
]
