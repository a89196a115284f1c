"""
pyrerun: the Rerun logging SDK and viewer, in Python.

Log points, images, meshes, cameras, scalars and text over time, and look at them in a viewer
where you scrub through time:

    import rerun as rr
    rr.init("my_app", spawn=True)
    rr.set_time_sequence("frame", 0)
    rr.log("world/points", rr.Points3D([[0, 0, 0], [1, 1, 1]]))
"""

from __future__ import annotations

from typing import Any

from . import archetypes, blueprint, components, datatypes
from ._datamodel.archetype import Archetype
from ._datamodel.batch import BaseBatch, IndicatorComponentBatch, NamedBatch
from ._datamodel.errors import RerunWarning, set_strict_mode
from ._recording.api import (
    binary_stream,
    connect,
    disable_timeline,
    disconnect,
    flush,
    get_application_id,
    get_data_recording,
    get_global_data_recording,
    get_recording_id,
    get_thread_local_data_recording,
    init,
    is_enabled,
    log,
    log_components,
    memory_recording,
    new_recording,
    reset_time,
    save,
    send_blueprint,
    serve,
    set_global_data_recording,
    set_thread_local_data_recording,
    set_time_nanos,
    set_time_seconds,
    set_time_sequence,
    shutdown_at_exit,
    spawn,
    stdout,
    thread_local_stream,
)
from ._recording.entity_path import escape_entity_path_part, new_entity_path
from ._recording.logging_handler import LoggingHandler
from ._recording.script_helpers import script_add_args, script_setup, script_teardown
from ._recording.stream import BinaryStream, MemoryRecording, RecordingStream, any_batches
from .archetypes import (
    AnnotationContext,
    Arrows2D,
    Arrows3D,
    Asset3D,
    BarChart,
    Box2DFormat,
    Boxes2D,
    Boxes3D,
    Clear,
    DepthImage,
    DisconnectedSpace,
    Image,
    ImageEncoded,
    ImageFormat,
    LineStrips2D,
    LineStrips3D,
    Mesh3D,
    Pinhole,
    Points2D,
    Points3D,
    Scalar,
    SegmentationImage,
    SeriesLine,
    SeriesPoint,
    Tensor,
    TextDocument,
    TextLog,
    Transform3D,
    ViewCoordinates,
)
from .components import (
    AggregationPolicy,
    Colormap,
    MarkerShape,
    MediaType,
    OutOfTreeTransform3D,
    OutOfTreeTransform3DBatch,
    Radius,
    TextLogLevel,
)
from .datatypes import (
    Angle,
    AnnotationInfo,
    ClassDescription,
    Material,
    Quaternion,
    RotationAxisAngle,
    Scale3D,
    TensorData,
    TensorDimensionIndexSelection,
    TensorDimensionSelection,
    TimeInt,
    TimeRange,
    TimeRangeBoundary,
    TranslationAndMat3x3,
    TranslationRotationScale3D,
    VisibleTimeRange,
)

__version__ = "0.1.0"

# Rerun 0.17 protocol names: anything with `as_component_batches()` / `component_name()` + `as_arrow_array()`.
AsComponents = Any
ComponentBatchLike = Any


class AnyValues:
    """
    Log arbitrary user-defined components: `rr.log("path", rr.AnyValues(confidence=[0.1, 0.9]))`.

    Each keyword becomes a component of that name; values are Arrow arrays or anything
    `pyarrow.array` accepts (one value or a list).

    Parameters
    ----------
    drop_untyped_nones:
        Skip keywords whose value is None instead of logging them.
    **kwargs:
        Component name to values.

    """

    def __init__(self, drop_untyped_nones: bool = True, **kwargs: Any) -> None:
        from ._datamodel.errors import report

        values = {k: v for k, v in kwargs.items() if not (drop_untyped_nones and v is None)}
        self._batches: list[NamedBatch] = []
        for name, value in values.items():
            try:
                self._batches.extend(any_batches(**{name: value}))
            except Exception as err:  # noqa: BLE001 - report, keep the other values
                report(TypeError(f"{name}: cannot convert {type(value).__name__} to Arrow ({err})"), "rr.AnyValues")

    def as_component_batches(self) -> list[NamedBatch]:
        return list(self._batches)


def version() -> str:
    """The pyrerun version."""
    return __version__


__all__ = [name for name in dir() if not name.startswith("_")]


def __getattr__(name: str) -> Any:
    # `rr.dataframe` and `rr.rrd` work without their own import, but are only loaded when used:
    # logging scripts never pay for the store and query code.
    if name in ("dataframe", "rrd"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'rerun' has no attribute {name!r}")
