"""The chunk store and its queries (latest-at, range, clears), plus the scene semantics.

Public entry points for the viewer server: `ChunkStore`, `StoreHub`, and in `rerun._store.scene`
the transform hierarchy, annotation contexts and view-kind table.
"""

from .hub import StoreHub
from .index import TimeIndex
from .results import ClearTimes, GcReport, LatestAtResult, RangeResult, RowId, TimeHistogram
from .store import CLEAR_COMPONENT, ChunkStore

__all__ = [
    "CLEAR_COMPONENT",
    "ChunkStore",
    "ClearTimes",
    "GcReport",
    "LatestAtResult",
    "RangeResult",
    "RowId",
    "StoreHub",
    "TimeHistogram",
    "TimeIndex",
]
