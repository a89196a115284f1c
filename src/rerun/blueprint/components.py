"""Blueprint components (`rerun.blueprint.components`): the values a blueprint store holds.

Declared once in the table below (name, datatype, doc), with Rerun 0.17's component names
(`rerun.blueprint.components.<Name>`) and Arrow storage; the classes are made from it the way
`rerun.components` is made from `rerun._datamodel.tables`.
"""

from __future__ import annotations

import enum
from typing import Any

import numpy as np
import pyarrow as pa

from .._datamodel import arrow_types as T
from .._datamodel import convert as C
from .._datamodel import view_values
from .._datamodel.batch import BaseBatch, ComponentBatchMixin, Value
from .._datamodel.classes import DATATYPES_NS, ComponentValueMixin, RerunEnum, _make_batch, _value_class
from .._datamodel.modules import register_submodules
from .._datamodel.tables import Component, Datatype

# Enums of blueprints: variant names in Rerun 0.17's order (type code = index + 1).
ENUMS: dict[str, list[str]] = {
    "BackgroundKind": ["GradientDark", "GradientBright", "SolidColor"],
    "ContainerKind": ["Tabs", "Horizontal", "Vertical", "Grid"],
    "Corner2D": ["LeftTop", "RightTop", "LeftBottom", "RightBottom"],
    "PanelState": ["Hidden", "Collapsed", "Expanded"],
    "ViewFit": ["Original", "Fill", "FillKeepAspectRatio"],
}

UUID = T.fixed_list(T.U8, 16)
UTF8_LIST = T.var_list(T.UTF8)


def _uuids(data: Any) -> np.ndarray:
    import uuid

    items = [data] if isinstance(data, (uuid.UUID, bytes, str)) else list(data)
    out = []
    for item in items:
        raw = item.bytes if isinstance(item, uuid.UUID) else uuid.UUID(item).bytes if isinstance(item, str) else bytes(item)
        if len(raw) != 16:
            raise ValueError(f"a UUID has 16 bytes, got {len(raw)}")
        out.append(np.frombuffer(raw, np.uint8))
    return np.stack(out) if out else np.zeros((0, 16), np.uint8)


def _utf8_lists(data: Any) -> pa.Array:
    """One value (a list of strings) per item: "A" and ["A", "B"] are one value each."""
    if isinstance(data, str):
        items = [[data]]
    elif isinstance(data, VisualizerOverrides):
        items = [list(data.visualizers)]
    else:
        data = list(data)
        items = [data] if all(isinstance(d, str) for d in data) else [[d] if isinstance(d, str) else list(getattr(d, "visualizers", d)) for d in data]
    for value in items:
        for s in value:
            if not isinstance(s, str):
                raise TypeError(f"expected visualizer names (strings), got {type(s).__name__}")
    return pa.array(items, UTF8_LIST)


# Datatypes only blueprints use here (not exported from rerun.datatypes by this module).
_LOCAL_DATATYPES = [
    Datatype("Uuid", UUID, _uuids, "bytes"),
    Datatype("TensorDimensionIndexSlider", T.TENSOR_DIMENSION_INDEX_SLIDER, view_values.tensor_dimension_index_sliders, view_values.TensorDimensionIndexSlider),
    *(Datatype(name, T.enum_union(variants), C.enum_codes(T.enum_union(variants), name), "enum") for name, variants in ENUMS.items()),
]

COMPONENTS: list[Component] = [
    Component("ActiveTab", "Utf8", "The entity path of the tab shown in a tabs container.", field="path"),
    Component("AutoLayout", "Bool", "Whether the viewer may rearrange the layout.", field="auto_layout"),
    Component("AutoSpaceViews", "Bool", "Whether the viewer adds views for data the blueprint does not show.", field="auto_space_views"),
    Component("BackgroundKind", "BackgroundKind", "The kind of a 3D view's background: gradient or solid color."),
    Component("ColumnShare", "Float32", "The share of the width one column of a container gets.", field="share"),
    Component("ContainerKind", "ContainerKind", "Horizontal, vertical, grid or tabs."),
    Component("Corner2D", "Corner2D", "A corner of a view (where a plot legend sits)."),
    Component("GridColumns", "UInt32", "The number of columns of a grid container.", field="columns"),
    Component("IncludedContent", "Utf8", "The entity path of a view or container inside a container.", field="path"),
    Component("IncludedSpaceView", "Uuid", "The id of a view included in the viewport."),
    Component("Interactive", "Bool", "Whether the entity can be interacted with (hovered, selected)."),
    Component("LockRangeDuringZoom", "Bool", "Keep an axis range while zooming."),
    Component("PanelState", "PanelState", "Whether a panel is expanded, collapsed or hidden."),
    Component("QueryExpression", "Utf8", "One query expression of a view's contents (`+ /world/**`, `- /world/x`)."),
    Component("RootContainer", "Uuid", "The id of the viewport's root container."),
    Component("RowShare", "Float32", "The share of the height one row of a container gets.", field="share"),
    Component("SpaceViewClass", "Utf8", "The kind of a view (3D, 2D, TimeSeries, BarChart, Tensor, TextDocument, TextLog)."),
    Component("SpaceViewMaximized", "Uuid", "The id of the view shown maximized."),
    Component("SpaceViewOrigin", "Utf8", "The entity path a view is rooted at.", field="path"),
    Component("TensorDimensionIndexSlider", "TensorDimensionIndexSlider", "A tensor dimension that gets a slider."),
    Component("ViewFit", "ViewFit", "How a tensor slice fills its view."),
    Component("ViewerRecommendationHash", "UInt64", "A hash of a view the viewer recommended before."),
    Component("Visible", "Bool", "Whether a view, container or legend is shown.", field="visible"),
    Component("VisibleTimeRange", "VisibleTimeRange", "The time window a view shows of one timeline."),
    Component("VisualBounds2D", "Range2D", "The visible area of a 2D view."),
    Component("VisualizerOverrides", "Utf8List", "The visualizers that draw an entity in a view (e.g. SeriesPoint)."),
]

PREFIX = "rerun.blueprint.components."
MODULE = "rerun.blueprint.components"


class VisualizerOverrides:
    """
    Which visualizers draw an entity in a view, e.g. `VisualizerOverrides(["SeriesLine", "SeriesPoint"])`.

    Given in a view's `overrides={path: [...]}`; a single name or a list of names.
    """

    def __init__(self, visualizers: str | list[str]) -> None:
        names = [visualizers] if isinstance(visualizers, str) else list(visualizers)
        for name in names:
            if not isinstance(name, str):
                raise TypeError(f"VisualizerOverrides: expected visualizer names, got {type(name).__name__}")
        self.visualizers = names

    def component_name(self) -> str:
        return PREFIX + "VisualizerOverrides"

    def as_arrow_array(self) -> pa.Array:
        return pa.array([self.visualizers], UTF8_LIST)

    def __len__(self) -> int:
        return 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VisualizerOverrides) and other.visualizers == self.visualizers

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"VisualizerOverrides({self.visualizers!r})"


def _build() -> dict[str, Any]:
    ns: dict[str, Any] = {}
    batches: dict[str, type[BaseBatch]] = {}
    values: dict[str, Any] = {}
    for name in ("Utf8", "Bool", "Float32", "UInt32", "UInt64", "Range2D", "VisibleTimeRange"):
        batches[name] = DATATYPES_NS[f"{name}Batch"]
        values[name] = DATATYPES_NS[name]
    batches["Utf8List"] = _make_batch(Datatype("Utf8List", UTF8_LIST, _utf8_lists))
    values["Utf8List"] = VisualizerOverrides
    for d in _LOCAL_DATATYPES:
        batches[d.name] = _make_batch(d)
        if d.value == "enum":
            members = {v: i + 1 for i, v in enumerate(ENUMS[d.name])}
            values[d.name] = RerunEnum(d.name, members, module=MODULE)  # type: ignore[call-arg]
        elif isinstance(d.value, str):
            values[d.name] = _value_class(d.name, (Value,), batches[d.name], d.value, MODULE)
        else:
            values[d.name] = d.value
    for c in COMPONENTS:
        batch = type(
            f"{c.name}Batch",
            (batches[c.datatype], ComponentBatchMixin),
            {"_COMPONENT_NAME": PREFIX + c.name, "__slots__": (), "__module__": MODULE, "__doc__": f"A batch of `{c.name}` components: {c.doc}"},
        )
        dt_value = values[c.datatype]
        if c.name == "VisualizerOverrides":
            value: Any = VisualizerOverrides
        elif isinstance(dt_value, type) and issubclass(dt_value, enum.Enum):
            value = dt_value
        elif isinstance(dt_value, type) and issubclass(dt_value, Value):
            value = _value_class(c.name, (dt_value, ComponentValueMixin), batch, c.field or dt_value._FIELD, MODULE)
            value.__doc__ = c.doc
        else:
            value = type(c.name, (dt_value, ComponentValueMixin), {"_BATCH": batch, "__module__": MODULE, "__doc__": c.doc})
        ns[c.name] = value
        ns[f"{c.name}Batch"] = batch
    return ns


def extension_type(qualified_name: str, storage: pa.DataType) -> type:
    """Rerun 0.17's `<Name>Type`: an Arrow extension type named after the component (not registered with pyarrow)."""

    def __init__(self: pa.ExtensionType) -> None:
        pa.ExtensionType.__init__(self, storage, qualified_name)

    def __arrow_ext_serialize__(self: pa.ExtensionType) -> bytes:
        return b""

    def __arrow_ext_deserialize__(cls: type, storage_type: pa.DataType, serialized: bytes) -> Any:
        return cls()

    short = qualified_name.rsplit(".", 1)[-1]
    return type(
        f"{short}Type",
        (pa.ExtensionType,),
        {
            "__init__": __init__,
            "__arrow_ext_serialize__": __arrow_ext_serialize__,
            "__arrow_ext_deserialize__": classmethod(__arrow_ext_deserialize__),
            "__module__": qualified_name.rsplit(".", 1)[0],
            "__doc__": f"The Arrow extension type of `{short}` (storage: {storage}).",
        },
    )


_NS = _build()
for _c in COMPONENTS:
    _NS[f"{_c.name}Type"] = extension_type(PREFIX + _c.name, _NS[f"{_c.name}Batch"]._ARROW_TYPE)
_ALIASES = {f"{c.name}{suffix}": Any for c in COMPONENTS for suffix in ("Like", "ArrayLike")}
globals().update(_NS)
globals().update(_ALIASES)
register_submodules(__name__, {**_NS, **_ALIASES}, [c.name for c in COMPONENTS])  # Batch/Like/ArrayLike/Type per name

__all__ = sorted(set(_NS) | set(_ALIASES))


def __getattr__(name: str) -> Any:
    # The classes are made from the table at import time; this tells type checkers the names are dynamic.
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
