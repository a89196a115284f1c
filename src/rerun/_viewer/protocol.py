"""The browser protocol, declared once: every WebSocket message and view payload is a dataclass here.

`python -m rerun._viewer.protocol > web/src/protocol.gen.ts` writes the TypeScript types from these
declarations; `tests/test_viewer_protocol.py` fails when that file is stale. See
docs/viewer-protocol.md for the flow of messages.

Every message is one binary WebSocket frame of JSON plus binary buffers (see `wire`, which knows
the bytes): the JSON object has ``"type"`` and the message's fields; a binary array field
(`Array`) holds an `ArrayRef` into the frame's buffers.

Caching: view payloads name their arrays by *keys* (`ArrayKey`), immutable for a given content
(``"<row_id_hex>/<component>"`` for raw component data, with a suffix for derived data). A
`ViewData` message carries in ``arrays`` only the keys the connection has not been sent yet.

Times: int64 in Python. JSON numbers above 2**53 lose precision in the browser, so the server reads
a query time as "every int64 that rounds to this double" (see `widen_query_time`).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Union

import numpy as np

from .wire import DTYPES, DType, ProtocolError, decode_frame, decode_to_dict, encode_frame, to_json, wire_array

PROTOCOL_VERSION = 2

# -- field types ---------------------------------------------------------------------------------

#: A binary array: in Python a numpy array, on the wire an ``ArrayRef`` object.
Array = typing.Annotated[np.ndarray, "binary-array"]
#: The cache key of an array sent in some ``ViewData.arrays`` (this one or an earlier one).
ArrayKey = typing.Annotated[str, "array-key"]
#: RGBA, 0-255 each.
Rgba = typing.Annotated[list[int], "rgba"]
#: A 4x4 matrix as 16 numbers in column-major order (as three.js `Matrix4.fromArray` reads it).
Mat4 = typing.Annotated[list[float], "mat4"]


@dataclass
class ArrayRef:
    """Where a binary array lives in a frame (what an `Array` field holds on the wire)."""

    buf: int
    dtype: DType
    shape: list[int]


# -- shared small types ---------------------------------------------------------------------------


@dataclass
class RecordingInfo:
    store_id: str
    application_id: str
    recording_id: str
    started_ns: int
    #: Where the data came from: a file path, "tcp", "stdin", "in-process".
    source: str


@dataclass
class TimelineInfo:
    name: str
    time_type: Literal["sequence", "time"]
    #: Smallest and largest time with data (nanoseconds for "time" timelines); null when empty.
    min: int | None
    max: int | None


@dataclass
class EntityInfo:
    """One node of the entity tree (intermediate paths without data included)."""

    path: str
    has_data: bool
    components: list[str]
    #: View kinds that can show this entity.
    view_kinds: list[str]


@dataclass
class ContainerNode:
    node: Literal["container"]
    id: str
    container_kind: Literal["horizontal", "vertical", "grid", "tabs"]
    name: str | None
    children: list[LayoutNode]
    column_shares: list[float] | None
    row_shares: list[float] | None
    grid_columns: int | None
    #: Index into children of the tab shown (tabs only).
    active_tab: int | None
    visible: bool


@dataclass
class TimeBoundary:
    """One end of a view's time window (Rerun's TimeRangeBoundary): relative to the cursor, absolute, or open."""

    kind: Literal["cursor_relative", "absolute", "infinite"]
    #: Sequence number or nanoseconds (null when infinite).
    value: int | None


@dataclass
class TimeWindow:
    """The part of one timeline a view shows (Rerun's VisibleTimeRange)."""

    timeline: str
    start: TimeBoundary
    end: TimeBoundary


@dataclass
class SeriesStyle:
    """A time series' style from the blueprint's per-entity overrides (null = as logged)."""

    color: list[int] | None
    name: str | None
    width: float | None
    marker_size: float | None


@dataclass
class TensorDimension:
    """A tensor dimension shown as the width or height of the tensor view (Rerun's TensorDimensionSelection)."""

    dimension: int
    #: Flip the axis.
    invert: bool


@dataclass
class TensorIndex:
    """The index shown of a dimension that is neither width nor height (Rerun's TensorDimensionIndexSelection)."""

    dimension: int
    index: int


@dataclass
class TensorSlice:
    """The tensor view's slice (Rerun's TensorSliceSelection); null parts are picked by the view."""

    width: TensorDimension | None
    height: TensorDimension | None
    #: Indices of the other dimensions (the middle one where none is given).
    indices: list[TensorIndex] | None
    #: Dimensions with a slider (null: every dimension that is neither width nor height).
    sliders: list[int] | None


@dataclass
class ViewProperties:
    """The blueprint's view properties the page applies (null/empty = the view's default)."""

    #: "SolidColor", "GradientDark" or "GradientBright" (Rerun's BackgroundKind).
    background_kind: str | None
    #: [r, g, b, a] 0-255 of a solid background.
    background_color: list[int] | None
    #: "LeftTop", "RightTop", "LeftBottom", "RightBottom" (Rerun's Corner2D).
    legend_corner: str | None
    legend_visible: bool | None
    #: [min, max] of the y axis (time series), if fixed.
    axis_y_range: list[float] | None
    axis_y_zoom_lock: bool | None
    time_windows: list[TimeWindow]
    #: Entity path -> visualizer names that draw it (e.g. ["SeriesPoint"]).
    visualizers: dict[str, list[str]]
    #: Time series: entity path -> Color/Name/StrokeWidth/MarkerSize overrides.
    series_styles: dict[str, SeriesStyle] = dataclasses.field(default_factory=dict)
    #: Tensor views: the slice shown (TensorSliceSelection).
    tensor_slice: TensorSlice | None = None
    #: Tensor views (TensorScalarMapping): "Grayscale", "Inferno", "Magma", "Plasma", "Turbo", "Viridis" (Rerun's Colormap).
    tensor_colormap: str | None = None
    #: Tensor views: normalized values are raised to this power before the colormap (GammaCorrection).
    tensor_gamma: float | None = None
    #: Tensor views: "Nearest" or "Linear" (Rerun's MagnificationFilter).
    tensor_mag_filter: str | None = None
    #: Tensor views: "Original", "Fill" or "FillKeepAspectRatio" (Rerun's ViewFit).
    tensor_fit: str | None = None
    #: Time series views: each entity once per loaded recording of the application (pyrerun's
    #: "Compare across recordings"; no Rerun 0.17 counterpart). Null: off.
    compare_recordings: bool | None = None


@dataclass
class ViewNode:
    node: Literal["view"]
    id: str
    #: One of the 7 view kinds: 3D, 2D, TimeSeries, BarChart, Tensor, TextDocument, TextLog.
    kind: str
    name: str
    origin: str
    #: Query expressions: "+ /world/**", "- /world/secret"; "$origin" already expanded.
    contents: list[str]
    visible: bool
    #: 2D views: [x_min, x_max, y_min, y_max] of the visible area, if the blueprint sets it.
    visual_bounds: list[float] | None
    properties: ViewProperties | None = None


LayoutNode = Union[ContainerNode, ViewNode]


@dataclass
class BlueprintLayout:
    #: "default" = made by the server from the data; "sent" = from rr.send_blueprint.
    source: Literal["default", "sent"]
    root: LayoutNode | None
    #: Panel name ("blueprint", "selection", "time") -> "expanded" | "collapsed" | "hidden".
    panels: dict[str, str]
    auto_layout: bool
    #: What the sent blueprint asks for that the page does not apply yet ("TensorViewFit of view 'x'").
    unapplied: list[str] = dataclasses.field(default_factory=list)


@dataclass
class ComponentValue:
    name: str
    #: The value rendered as text (JSON-like), truncated for big batches.
    text: str
    num_instances: int
    row_id: str
    #: Time on the queried timeline; null for static data.
    time: int | None


# -- drawables of the spatial views ---------------------------------------------------------------


@dataclass
class InstancedDrawable:
    """What points, boxes, arrows and line strips share: placement, and per-instance style.

    Per-instance arrays hold one value per instance; when absent every instance takes the default.
    """

    entity: str
    #: Maps the entity's coordinates into the view's (for 2D data: (x, y, 0, 1)).
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    dim: int
    #: Per-instance colors (u8 [n, 4]), already resolved from class ids; else default_color.
    colors: ArrayKey | None
    default_color: Rgba
    #: Per-instance radii (f32 [n]); negative values are UI points, positive scene units.
    radii: ArrayKey | None
    default_radius: float
    labels: list[str] | None
    draw_order: float


@dataclass
class PointsDrawable(InstancedDrawable):
    kind: Literal["points"]
    positions: ArrayKey  # f32 [n, dim]
    #: Keypoint connections as index pairs into positions (u32 [k, 2]).
    edges: ArrayKey | None


@dataclass
class BoxesDrawable(InstancedDrawable):
    kind: Literal["boxes"]
    half_sizes: ArrayKey  # f32 [n, dim]
    centers: ArrayKey | None  # f32 [n, dim]
    #: 3D only: rotation matrices, f32 [n, 9] row-major.
    rotations: ArrayKey | None


@dataclass
class ArrowsDrawable(InstancedDrawable):
    kind: Literal["arrows"]
    vectors: ArrayKey  # f32 [n, dim]
    origins: ArrayKey | None  # f32 [n, dim]


@dataclass
class LinesDrawable(InstancedDrawable):
    """Line strips; colors, radii and labels are per strip."""

    kind: Literal["lines"]
    #: Every strip's vertices, concatenated (f32 [total, dim]).
    positions: ArrayKey
    #: Strip i is positions[offsets[i]:offsets[i + 1]] (u32 [n + 1]).
    offsets: ArrayKey


@dataclass
class MeshDrawable:
    kind: Literal["mesh"]
    entity: str
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    positions: ArrayKey  # f32 [n, 3]
    indices: ArrayKey | None  # u32 [t, 3]
    normals: ArrayKey | None  # f32 [n, 3]
    vertex_colors: ArrayKey | None  # u8 [n, 4]
    texcoords: ArrayKey | None  # f32 [n, 2]
    albedo_texture: ArrayKey | None  # u8 [h, w, 4]
    default_color: Rgba


@dataclass
class ImageDrawable:
    """An image, depth image or segmentation image, as a gray, RGB or RGBA texture on the rectangle
    (0, 0)-(width, height) of the entity's coordinates (pixel space)."""

    kind: Literal["image", "depth", "segmentation"]
    entity: str
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    width: int
    height: int
    #: u8 [height, width, 1, 3 or 4]: gray, RGB or RGBA, colors already mapped (depth colormap and
    #: segmentation classes: RGBA; images: as logged). Uploaded as it is, in place of the previous
    #: frame's texture of the entity when the size and channels are unchanged.
    pixels: ArrayKey
    #: Raw values for hover read-outs: depth in meters (f32 [h, w]) or class ids (u16 [h, w]).
    values: ArrayKey | None
    opacity: float
    draw_order: float


@dataclass
class CameraDrawable:
    kind: Literal["camera"]
    entity: str
    #: The camera's frame (axes as its camera_xyz).
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    #: Intrinsics, 9 numbers row-major.
    image_from_camera: list[float]
    resolution: list[float] | None
    image_plane_distance: float
    #: No ImagePlaneDistance was logged: the page uses Rerun's fallback (2% of the scene's size) and
    #: moves the frustum and the 2D content under the camera (placed at `image_plane_distance`) there.
    image_plane_distance_auto: bool
    #: World positions of the 4 image corners on the image plane (12 numbers), if a resolution is known.
    frustum: list[float] | None
    default_color: Rgba


@dataclass
class AxesDrawable:
    kind: Literal["axes"]
    entity: str
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    length: float


@dataclass
class AssetDrawable:
    kind: Literal["asset"]
    entity: str
    #: Includes the asset's out-of-tree transform.
    world_from_entity: Mat4
    space: Literal["3d", "pinhole_2d", "2d"]
    blob: ArrayKey  # u8 [n]
    media_type: str | None


@dataclass
class EntitiesBatch:
    """What the drawables of many entities in one share (`PointsBatchDrawable`,
    `InstancesBatchDrawable`, see `views/_spatial.py`): entity `i` holds instances
    `offsets[i]:offsets[i + 1]` of the per-instance arrays, placed by its row of `matrices`."""

    space: Literal["3d", "2d"]
    dim: int
    entities: list[str]
    #: Instance ranges per entity (u32 [len(entities) + 1]).
    offsets: ArrayKey
    #: The distinct world_from_entity matrices of the entities, column-major (f64 [m, 16]).
    matrices: ArrayKey
    #: Per entity, its row in `matrices` (u32 [len(entities)]).
    matrix_index: ArrayKey
    #: Per instance, resolved as for one entity (its colors, else its default color).
    colors: ArrayKey  # u8 [n, 4]
    #: Per instance; negative values are UI points, positive scene units.
    radii: ArrayKey  # f32 [n]
    draw_order: float


@dataclass
class PointsBatchDrawable(EntitiesBatch):
    """The points of many entities in one drawable (a big scene's plain `Points2D`/`Points3D`
    entities): the page draws it exactly as one `PointsDrawable` per entity."""

    kind: Literal["points_batch"]
    positions: ArrayKey  # f32 [n, dim]


@dataclass
class InstancesBatchDrawable(EntitiesBatch):
    """The boxes, arrows, line strips or labelled points of many entities in one drawable (a big
    scene's plain `Boxes2D`/`Boxes3D`, `Arrows2D`/`Arrows3D`, `LineStrips2D`/`LineStrips3D` or
    `Points2D`/`Points3D` entities, with labels, class ids or keypoint ids or not; colors and
    labels resolved from annotation contexts here): the page draws it exactly as one
    `BoxesDrawable`, `ArrowsDrawable`, `LinesDrawable` or `PointsDrawable` (`of`) per entity, its
    instances being boxes, arrows, strips or points; the fields of the other kinds are null."""

    kind: Literal["instances_batch"]
    of: Literal["boxes", "arrows", "lines", "points"]
    #: Boxes: half sizes and centers (f32 [n, dim]; centers zero where none were logged).
    half_sizes: ArrayKey | None
    centers: ArrayKey | None
    #: Arrows: vectors and origins (f32 [n, dim]; origins zero where none were logged).
    vectors: ArrayKey | None
    origins: ArrayKey | None
    #: Line strips: every strip's vertices end to end (f32 [total, dim]); strip j is
    #: positions[strip_offsets[j]:strip_offsets[j + 1]] (u32 [n + 1]). Points: their positions.
    positions: ArrayKey | None
    strip_offsets: ArrayKey | None
    #: Every entity's labels end to end (as its own drawable would hold them), as UTF-8 text (u8)
    #: and where each label ends in it once decoded, in UTF-16 code units (u32 [labels + 1]: label
    #: j is text[label_ends[j]:label_ends[j + 1]], see `label_text`); entity i's labels are those
    #: from label_offsets[i] to label_offsets[i + 1] (u32 [len(entities) + 1]). Keyed by what they
    #: are made from, so the same labels in a block sent again are not sent again; null: none has any.
    label_text: ArrayKey | None
    label_ends: ArrayKey | None
    label_offsets: ArrayKey | None
    #: Points: keypoint connections as index pairs into each entity's own points, end to end
    #: (u32 [k, 2]), entity i's being edges[edge_offsets[i]:edge_offsets[i + 1]] (u32
    #: [len(entities) + 1]), as each entity's `PointsDrawable.edges`; null: none has any.
    edges: ArrayKey | None = None
    edge_offsets: ArrayKey | None = None


Drawable = Union[
    PointsDrawable,
    BoxesDrawable,
    ArrowsDrawable,
    LinesDrawable,
    MeshDrawable,
    ImageDrawable,
    CameraDrawable,
    AxesDrawable,
    AssetDrawable,
    PointsBatchDrawable,
    InstancesBatchDrawable,
]


@dataclass
class ViewCoordinatesInfo:
    entity: str
    #: Up direction in the view's coordinates, if the view coordinates name one.
    up: list[float] | None
    right_handed: bool
    #: Right direction in the view's coordinates, if the view coordinates name one (the default eye uses it).
    right: list[float] | None = None


# -- view payloads (one per view kind) -------------------------------------------------------------


@dataclass
class SpatialPayload:
    kind: Literal["3D", "2D"]
    origin: str
    drawables: list[Drawable]
    view_coordinates: ViewCoordinatesInfo | None
    #: 2D views: the canvas size in pixels when a pinhole or image defines it, [width, height].
    canvas_size: list[float] | None
    #: Answers by drawable key (a page that caches drawables, see `docs/viewer-protocol.md`): the
    #: key of every drawable of the answer, in draw order. `drawables` then holds only the
    #: drawables this connection has not received before, and `keys` their keys; a key names one
    #: drawable for good (its content never changes): "<digest>.<i>" for a drawable the server
    #: keeps between answers (the same inputs give the same key), "f<n>" for one made afresh for
    #: this answer (images, projections). None: `drawables` is the whole answer.
    order: list[str] | None = None
    keys: list[str] | None = None


@dataclass
class Series:
    entity: str
    name: str
    series_kind: Literal["line", "points"]
    color: Rgba
    #: Line width (lines) in UI points.
    width: float
    #: Marker shape (points): circle, diamond, square, cross, plus, up, down, left, right, asterisk.
    marker: str
    marker_size: float
    #: Pieces of f64 times of the timeline (nanoseconds for time timelines), to concatenate in order;
    #: each piece is keyed by its rows, so a growing series only re-sends its changed pieces.
    times: list[ArrayKey]
    #: Pieces of f64 values, matching `times` piece by piece; NaN marks a hole (a Clear).
    values: list[ArrayKey]
    #: When the color changes along the series (rows logged with their own Color): per point 0xRRGGBBAA (as f64), piece by piece.
    point_colors: list[ArrayKey] | None = None
    #: When the size changes along the series: per point marker size (points) or line width (lines), UI points.
    point_sizes: list[ArrayKey] | None = None
    #: The points are a level of detail of the visible range (a few per pixel column, see
    #: `views/series_lod.py`), not every point: zooming in asks for the finer detail.
    lod: bool = False
    #: Compare mode: the recording (store id) this series comes from; null: the queried one.
    recording: str | None = None


@dataclass
class TimeSeriesPayload:
    kind: Literal["TimeSeries"]
    timeline: str | None
    series: list[Series]
    #: [first, last] time of all the series' points, whatever part of them was sent; null: no points.
    data_range: list[float] | None = None


@dataclass
class Bars:
    entity: str
    values: ArrayKey  # f64 [n]
    color: Rgba


@dataclass
class BarChartPayload:
    kind: Literal["BarChart"]
    bars: list[Bars]


@dataclass
class TensorItem:
    entity: str
    shape: list[int]
    dim_names: list[str | None]
    data: ArrayKey  # shape as `shape`, any wire dtype


@dataclass
class TensorPayload:
    kind: Literal["Tensor"]
    tensors: list[TensorItem]
    #: Colormap name -> its 256-entry lookup table (u8 [256, 4] RGBA), every colormap Rerun offers.
    colormaps: dict[str, ArrayKey] = dataclasses.field(default_factory=dict)


@dataclass
class TextDocumentItem:
    entity: str
    text: str
    media_type: str


@dataclass
class TextDocumentPayload:
    kind: Literal["TextDocument"]
    documents: list[TextDocumentItem]


@dataclass
class TextLogPayload:
    """Every TextLog row of the view's entities, oldest first, as columns (a million rows are a few
    arrays, drawn as virtual rows)."""

    kind: Literal["TextLog"]
    timeline: str | None
    #: Every timeline of the recording (a time column each, as in Rerun) and their types.
    timelines: list[str]
    timeline_types: list[Literal["sequence", "time"]]
    row_count: int
    #: Per timeline of `timelines`: i64 [row_count] time of each row (-2**63: not on it / static).
    times: list[ArrayKey]
    #: Index of the view's timeline in `timelines` (null: static rows only).
    timeline_index: int | None
    #: Entity paths; `entity_index` is u32 [row_count] into it.
    entities: list[str]
    entity_index: ArrayKey
    #: Level names; `level_index` is u16 [row_count], 0 = no level, i = levels[i - 1].
    levels: list[str]
    level_index: ArrayKey
    #: The bodies: u8 UTF-8 bytes, and u32 [row_count + 1] offsets into them.
    text: ArrayKey
    text_offsets: ArrayKey
    #: u8 [row_count, 4] RGBA per row (alpha 0: no color), or null when no row has one.
    colors: ArrayKey | None
    #: True when older rows were left out (only the newest are sent).
    truncated: bool


ViewPayload = Union[
    SpatialPayload, TimeSeriesPayload, BarChartPayload, TensorPayload, TextDocumentPayload, TextLogPayload
]


# -- messages: server -> client --------------------------------------------------------------------


@dataclass
class Hello:
    TYPE: ClassVar[str] = "hello"
    protocol_version: int
    server_version: str
    recordings: list[RecordingInfo]
    active: str | None


@dataclass
class RecordingSummary:
    """The shown recording: pushed when it or its blueprint changes, and again when another recording
    that one of the page's views compares (`PlotQuery.compare_recordings`) gets data; the page asks
    its views again on each."""

    TYPE: ClassVar[str] = "recording_summary"
    store_id: str
    application_id: str
    timelines: list[TimelineInfo]
    #: Null: the same entity tree as in the last summary of this recording sent to this page
    #: (live data sends a summary up to 10 times a second, new entities far more rarely).
    entities: list[EntityInfo] | None
    blueprint: BlueprintLayout
    #: Bytes held in the store, and the memory limit (null: none).
    memory_bytes: int
    memory_limit: int | None


@dataclass
class Streams:
    """When each entity has data on a timeline: its distinct times and the rows at each, in columns.

    Entity `paths[i]` has `times[offsets[i]:offsets[i + 1]]` and the same slice of `counts`: four
    arrays for any number of entities (as an array pair per entity, 10,000 entities took 0.6 s to
    encode). Beyond `summary.MAX_STREAM_BINS` times an entity's time range is binned: each bin
    with data is its first data time and the rows in the bin, so the message stays small for
    long loggers.
    """

    TYPE: ClassVar[str] = "streams"
    store_id: str
    timeline: str
    paths: list[str]
    offsets: Array  # u32, one more than paths
    times: Array  # f64
    counts: Array  # u32


@dataclass
class ViewData:
    TYPE: ClassVar[str] = "view_data"
    request_id: int
    store_id: str
    view_id: str
    timeline: str | None
    time: int | None
    payload: ViewPayload
    #: Arrays this connection has not received before, by key.
    arrays: dict[str, Array]


@dataclass
class Selection:
    TYPE: ClassVar[str] = "selection"
    request_id: int
    store_id: str
    entity_path: str
    instance: int | None
    components: list[ComponentValue]


@dataclass
class Progress:
    TYPE: ClassVar[str] = "progress"
    source: str
    bytes_read: int
    bytes_total: int | None
    messages: int
    done: bool
    error: str | None


@dataclass
class Notice:
    TYPE: ClassVar[str] = "notice"
    level: Literal["info", "warning", "error"]
    text: str


@dataclass
class ErrorReply:
    """A request the server could not answer (bad message, unknown store, ...)."""

    TYPE: ClassVar[str] = "error"
    request_id: int | None
    text: str


ServerMessage = Union[Hello, RecordingSummary, Streams, ViewData, Selection, Progress, Notice, ErrorReply]


# -- messages: client -> server --------------------------------------------------------------------


@dataclass
class SelectRecording:
    TYPE: ClassVar[str] = "select_recording"
    store_id: str


@dataclass
class SetTimeline:
    """The timeline the time panel shows: the server sends `Streams` for it from now on."""

    TYPE: ClassVar[str] = "set_timeline"
    store_id: str
    timeline: str


@dataclass
class PlotQuery:
    """What a time series view shows: the part of the timeline in sight and how many pixels it has
    (the server sends at most a few points per pixel column), and the recordings to compare."""

    #: [min, max] of the visible part of the query's timeline (sequence numbers or ns); null: all of it.
    x_range: list[float] | None
    #: The plot area's size in CSS pixels.
    width_px: int
    height_px: int
    #: One series per recording for each entity, across every loaded recording of the queried
    #: recording's application (comparing runs): the view's `ViewProperties.compare_recordings`.
    compare_recordings: bool = False


@dataclass
class QueryView:
    TYPE: ClassVar[str] = "query_view"
    request_id: int
    store_id: str
    view_id: str
    kind: str
    origin: str
    contents: list[str]
    timeline: str | None
    #: null = latest.
    time: int | None
    #: Spatial views: draw every row inside this window of the query's timeline (the blueprint's VisibleTimeRange).
    time_window: TimeWindow | None = None
    #: Time series views: the visible range and size of the plot (null: the whole timeline at a default width).
    plot: PlotQuery | None = None


@dataclass
class QuerySelection:
    TYPE: ClassVar[str] = "query_selection"
    request_id: int
    store_id: str
    entity_path: str
    instance: int | None
    timeline: str | None
    time: int | None


@dataclass
class ResetCache:
    """The client dropped its array cache: the server forgets which keys it sent."""

    TYPE: ClassVar[str] = "reset_cache"


@dataclass
class SaveBlueprint:
    """The layout as the user arranged it in the page: kept by the server as the active blueprint of the recording's application."""

    TYPE: ClassVar[str] = "save_blueprint"
    store_id: str
    root: LayoutNode | None
    #: Panel name ("blueprint", "selection", "time") -> "expanded" | "collapsed" | "hidden".
    panels: dict[str, str]


@dataclass
class ResetBlueprint:
    """Go back to the application's default blueprint (the one the script sent), or the layout made from the data."""

    TYPE: ClassVar[str] = "reset_blueprint"
    store_id: str


ClientMessage = Union[SelectRecording, SetTimeline, QueryView, QuerySelection, ResetCache, SaveBlueprint, ResetBlueprint]

SERVER_MESSAGES: dict[str, type] = {c.TYPE: c for c in typing.get_args(ServerMessage)}
CLIENT_MESSAGES: dict[str, type] = {c.TYPE: c for c in typing.get_args(ClientMessage)}
_NAMED_UNIONS = {
    "LayoutNode": LayoutNode,
    "Drawable": Drawable,
    "ViewPayload": ViewPayload,
    "ServerMessage": ServerMessage,
    "ClientMessage": ClientMessage,
}


# -- encoding and validating messages ------------------------------------------------------------------


def encode_message(msg: Any) -> bytes:
    """Encode a message dataclass (server or client) as one binary frame."""
    buffers: list[np.ndarray] = []
    body = to_json(msg, buffers)
    return encode_frame({"type": type(msg).TYPE, **body}, buffers)


def _check(value: Any, hint: Any, where: str) -> Any:
    """Validate JSON data against a type hint, building dataclasses. Raises ProtocolError."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _check(value, typing.get_args(hint)[0], where)
    if origin in (Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _check(value, arg, where)
            except ProtocolError as err:
                errors.append(str(err))
        raise ProtocolError(f"{where}: no variant matches ({'; '.join(errors)})")
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise ProtocolError(f"{where}: {value!r} is not one of {typing.get_args(hint)}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise ProtocolError(f"{where}: expected a list, got {type(value).__name__}")
        (item,) = typing.get_args(hint)
        return [_check(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ProtocolError(f"{where}: expected an object, got {type(value).__name__}")
        _, item = typing.get_args(hint)
        return {k: _check(v, item, f"{where}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise ProtocolError(f"{where}: expected an object, got {type(value).__name__}")
        hints = _hints(hint)  # type: ignore[arg-type]
        kwargs = {}
        for f in dataclasses.fields(hint):
            if f.name not in value:
                if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                    continue  # a field added later, with a default: older peers may leave it out
                raise ProtocolError(f"{where}: missing field {f.name!r}")
            kwargs[f.name] = _check(value[f.name], hints[f.name], f"{where}.{f.name}")
        return hint(**kwargs)  # type: ignore[operator]
    if hint is np.ndarray:
        if not isinstance(value, np.ndarray):
            raise ProtocolError(f"{where}: expected a binary array")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ProtocolError(f"{where}: expected a boolean, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not value.is_integer()):
            raise ProtocolError(f"{where}: expected an integer, got {value!r}")
        return int(value)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ProtocolError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ProtocolError(f"{where}: expected a string, got {value!r}")
        return value
    raise TypeError(f"unsupported protocol type {hint!r}")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls, globalns=globals(), include_extras=True)
    return hints


#: The deepest nesting of arrays and objects a client message may have (its own schema needs < 10).
MAX_CLIENT_JSON_DEPTH = 32


def decode_message(data: bytes | bytearray | memoryview, registry: dict[str, type] | None = None) -> Any:
    """Decode and validate a frame into its message dataclass (client messages by default)."""
    obj = decode_to_dict(data, max_depth=MAX_CLIENT_JSON_DEPTH if registry is None else None)
    table = CLIENT_MESSAGES if registry is None else registry
    cls = table.get(obj["type"])
    if cls is None:
        raise ProtocolError(f"unknown message type {obj['type']!r}")
    return _check({k: v for k, v in obj.items() if k != "type"}, cls, obj["type"])


_F64_EXACT = 2**53


def label_text(labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Labels as `InstancesBatchDrawable` sends them: their UTF-8 text end to end (u8) and where
    each ends in the decoded text, in UTF-16 code units (u32 [len(labels) + 1]): the page decodes
    the text once and slices it, not once per label."""
    joined = "".join(labels)
    ends = np.zeros(len(labels) + 1, np.uint32)
    if joined.isascii():
        np.cumsum(np.fromiter(map(len, labels), np.int64, len(labels)), out=ends[1:], dtype=np.uint32)
    else:
        units = (len(label.encode("utf-16-le")) // 2 for label in labels)
        np.cumsum(np.fromiter(units, np.int64, len(labels)), out=ends[1:], dtype=np.uint32)
    return np.frombuffer(joined.encode(), np.uint8), ends


def labels_of(text: np.ndarray, ends: np.ndarray) -> list[str]:
    """The labels `label_text` made (what the page reads)."""
    units = np.asarray(text, np.uint8).tobytes().decode().encode("utf-16-le")
    bounds = np.asarray(ends, np.int64) * 2
    return [units[a:b].decode("utf-16-le") for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist())]


def widen_query_time(time: int | None) -> int | None:
    """A query time from the browser, widened to the largest int64 that rounds to the same double.

    The browser holds times as doubles; beyond 2**53 nearby int64s share one double, and the user
    means "this time", so every row whose time rounds to the cursor counts as at or before it.
    """
    if time is None or abs(time) < _F64_EXACT:
        return time
    d = float(time)
    widened = min(int(d) + int(np.spacing(abs(d))) // 2, 2**63 - 1)
    if float(widened) != d:  # the exact half-way point rounds (to even) away from d
        widened -= 1
    return widened


# -- TypeScript generation ----------------------------------------------------------------------------


def _ts_type(hint: Any, named: dict[frozenset[Any], str]) -> str:
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, tag = typing.get_args(hint)[:2]
        if tag == "binary-array":
            return "ArrayRef"
        if tag == "array-key":
            return "ArrayKey"
        if tag == "rgba":
            return "Rgba"
        if tag == "mat4":
            return "Mat4"
        return _ts_type(base, named)
    if origin in (Union, types.UnionType):
        args = typing.get_args(hint)
        non_null = [a for a in args if a is not type(None)]
        key = frozenset(non_null)
        if key in named:
            inner = named[key]
        else:
            inner = " | ".join(_ts_type(a, named) for a in non_null)
        return f"{inner} | null" if len(non_null) < len(args) else inner
    if origin is Literal:
        if hint == DType:
            return "DType"
        return " | ".join(json.dumps(v) for v in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        inner = _ts_type(item, named)
        return f"({inner})[]" if "|" in inner else f"{inner}[]"
    if origin is dict:
        _, item = typing.get_args(hint)
        return f"Record<string, {_ts_type(item, named)}>"
    if dataclasses.is_dataclass(hint):
        return hint.__name__  # type: ignore[union-attr]
    return {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}[hint]


def _dataclasses_in_order() -> list[type]:
    module = sys.modules[__name__]
    return [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == __name__
    ]


def generate_typescript() -> str:
    """The TypeScript declarations of the whole protocol (web/src/protocol.gen.ts)."""
    named = {frozenset(typing.get_args(u)): name for name, u in _NAMED_UNIONS.items()}
    out = [
        "// GENERATED by `python -m rerun._viewer.protocol > web/src/protocol.gen.ts`",
        "// from src/rerun/_viewer/protocol.py. Do not edit by hand.",
        "/* eslint-disable */",
        "",
        f"export const PROTOCOL_VERSION = {PROTOCOL_VERSION};",
        "",
        f"export type DType = {' | '.join(json.dumps(v) for v in typing.get_args(DType))};",
        f"export const DTYPES: readonly DType[] = {json.dumps(list(DTYPES))};",
        "/** Cache key of an array sent in a `ViewData.arrays` (of this or an earlier message). */",
        "export type ArrayKey = string;",
        "/** RGBA, 0-255 each. */",
        "export type Rgba = number[];",
        "/** 4x4 matrix, 16 numbers column-major (three.js Matrix4.fromArray). */",
        "export type Mat4 = number[];",
        "",
    ]
    for cls in _dataclasses_in_order():
        doc = (cls.__doc__ or "").strip()
        if doc and not doc.startswith(cls.__name__ + "("):
            out.append("/** " + " ".join(doc.split()) + " */")
        bases = [b for b in cls.__bases__ if dataclasses.is_dataclass(b)]
        extends = f" extends {', '.join(b.__name__ for b in bases)}" if bases else ""
        inherited = {f.name for b in bases for f in dataclasses.fields(b)}
        out.append(f"export interface {cls.__name__}{extends} {{")
        if "TYPE" in vars(cls):
            out.append(f"  type: {json.dumps(cls.TYPE)};")  # type: ignore[attr-defined]
        hints = _hints(cls)
        for f in dataclasses.fields(cls):
            if f.name not in inherited:
                out.append(f"  {f.name}: {_ts_type(hints[f.name], named)};")
        out.append("}")
        out.append("")
    for name, union in _NAMED_UNIONS.items():
        members = " | ".join(a.__name__ for a in typing.get_args(union))
        out.append(f"export type {name} = {members};")
    out.append("")
    out.append(f"export const SERVER_MESSAGE_TYPES = {json.dumps(list(SERVER_MESSAGES))} as const;")
    out.append(f"export const CLIENT_MESSAGE_TYPES = {json.dumps(list(CLIENT_MESSAGES))} as const;")
    out.append("")
    return "\n".join(out)


def _main() -> None:
    sys.stdout.write(generate_typescript())


if __name__ == "__main__":
    _main()


__all__ = [
    "CLIENT_MESSAGES",
    "DTYPES",
    "PROTOCOL_VERSION",
    "SERVER_MESSAGES",
    "ArrayRef",
    "ProtocolError",
    "decode_frame",
    "decode_message",
    "decode_to_dict",
    "encode_frame",
    "encode_message",
    "generate_typescript",
    "widen_query_time",
    "wire_array",
]
