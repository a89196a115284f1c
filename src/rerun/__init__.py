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

from . import archetypes, blueprint, components, datatypes, experimental
from ._datamodel.archetype import Archetype
from ._datamodel.batch import AsComponents, BaseBatch, ComponentBatchLike, IndicatorComponentBatch, NamedBatch
from ._datamodel.errors import RerunWarning, set_strict_mode, strict_mode
from ._loaders import EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE
from ._recording.api import (
    binary_stream,
    cleanup_if_forked_child,
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
    log_file_from_contents,
    log_file_from_path,
    memory_recording,
    new_recording,
    recording_stream_generator_ctx,
    rerun_shutdown,
    reset_time,
    save,
    save_html,
    send_blueprint,
    send_columns,
    serve,
    set_global_data_recording,
    set_thread_local_data_recording,
    set_time_nanos,
    set_time_seconds,
    set_time_sequence,
    shutdown_at_exit,
    spawn,
    start_web_viewer_server,
    stdout,
    thread_local_stream,
    unregister_shutdown,
)
from ._recording.columns import ComponentColumn, TimeColumnLike, TimeNanosColumn, TimeSecondsColumn, TimeSequenceColumn
from ._recording.entity_path import escape_entity_path_part, new_entity_path
from ._recording.logging_handler import LoggingHandler
from ._recording.script_helpers import script_add_args, script_setup, script_teardown
from ._recording.stream import BinaryStream, MemoryRecording, RecordingStream
from .any_value import AnyBatchValue, AnyValues
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
from .blueprint import BlueprintLike
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
from .notebook import notebook_show

__version__ = "0.1.0"

#: The Rerun release whose Python API, component names and Arrow types this package implements.
RERUN_API_VERSION = "0.17.0"


def version() -> str:
    """
    The SDK's version string, naming the Rerun version it is compatible with and pyrerun's own.

    Rerun 0.17 returns e.g. `"rerun_py 0.17.0 [rustc ...] ..."`; this keeps the same start, so
    scripts that print or parse it see the API level: `"rerun_py 0.17.0 (pyrerun 0.1.0, Python)"`.
    """
    return f"rerun_py {RERUN_API_VERSION} (pyrerun {__version__}, Python)"


__all__ = [name for name in dir() if not name.startswith("_")]


#: Submodules that are attributes of `rerun` after `import rerun` (as in Rerun 0.17, plus ours).
_LAZY_SUBMODULES = frozenset(
    {
        "any_value",
        "color_conversion",
        "dataframe",
        "error_utils",
        "experimental",
        "logging_handler",
        "memory",
        "notebook",
        "recording_stream",
        "rrd",
        "script_helpers",
        "sinks",
        "time",
        "utilities",
    }
)


def __getattr__(name: str) -> Any:
    # `rr.dataframe` and `rr.rrd` work without their own import, but are only loaded when used:
    # logging scripts never pay for the store and query code.
    if name in _LAZY_SUBMODULES:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'rerun' has no attribute {name!r}")
