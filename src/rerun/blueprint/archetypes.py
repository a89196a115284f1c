"""Blueprint archetypes (`rerun.blueprint.archetypes`): bundles of blueprint components.

Each is logged at one entity of the blueprint store, as Rerun 0.17 does: the view properties
(`Background`, `PlotLegend`, `ScalarAxis`, `VisibleTimeRanges`, `VisualBounds2D`, the tensor ones)
at `/space_view/<id>/<ArchetypeName>`; see docs/blueprint-format.md. Bad arguments are reported
(a `RerunWarning` at the call site, or an exception in strict mode) and the archetype is left
out of the blueprint instead of crashing the script.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .. import components as rr_components
from .._datamodel import arrow_types as T
from .._datamodel import convert as C
from .._datamodel import view_values
from .._datamodel.batch import NamedBatch
from .._datamodel.errors import report
from . import components as bc

PREFIX = "rerun.blueprint.components."
_MAG_FILTER = T.enum_union(["Nearest", "Linear"])
_mag_filters = C.enum_codes(_MAG_FILTER, "MagnificationFilter")


class BlueprintArchetype:
    """A bundle of blueprint components; `as_component_batches()` adds the archetype's indicator."""

    def __init__(self) -> None:
        self._batches: list[Any] = []

    def _add(self, batch_class: Any, value: Any) -> None:
        if value is None:
            return
        batch = batch_class.convert(value)
        if len(batch) == 0:
            raise ValueError(f"{type(self).__name__}: {batch_class.__name__[:-5]} is empty")
        self._batches.append(batch)

    @classmethod
    def archetype_name(cls) -> str:
        return PREFIX[: -len("components.")] + "archetypes." + cls.__name__

    def as_component_batches(self) -> list[Any]:
        if getattr(self, "_invalid", False):
            return []
        indicator = NamedBatch(f"{PREFIX}{type(self).__name__}Indicator", pa.nulls(1, pa.null()))
        return [indicator, *self._batches]

    def components(self) -> dict[str, Any]:
        """Component name -> Python value(s) (for reading back and for warnings)."""
        return {b.component_name(): b.as_arrow_array().to_pylist() for b in self._batches}

    def __repr__(self) -> str:
        parts = ", ".join(f"{k.rsplit('.', 1)[-1]}={v}" for k, v in self.components().items())
        return f"{type(self).__name__}({parts})"


class Background(BlueprintArchetype):
    """
    The background of a 3D (or 2D) view: a solid `color`, or a `kind` (`GradientDark`, `GradientBright`, `SolidColor`).

    `Background([r, g, b])` is a solid color; `Background(rrb.BackgroundKind.GradientBright)` a gradient.
    """

    def __init__(self, color_or_kind: Any = None, *, color: Any = None, kind: Any = None) -> None:
        super().__init__()
        if color_or_kind is not None:
            if isinstance(color_or_kind, (str, bc.BackgroundKind)):
                kind = color_or_kind
            else:
                color = color_or_kind
        if color is not None and kind is None:
            kind = "SolidColor"
        self._add(bc.BackgroundKindBatch, kind)
        self._add(rr_components.ColorBatch, color)


class ContainerBlueprint(BlueprintArchetype):
    """A container of the layout: its kind, name, contents (entity paths), shares, visibility."""

    def __init__(self, container_kind: Any, *, display_name: Any = None, contents: Any = None, col_shares: Any = None, row_shares: Any = None, active_tab: Any = None, visible: Any = None, grid_columns: Any = None) -> None:
        super().__init__()
        self._add(bc.ContainerKindBatch, container_kind)
        self._add(rr_components.NameBatch, display_name)
        if contents is not None:
            self._batches.append(bc.IncludedContentBatch.convert([str(c) for c in contents]))
        self._add(bc.ColumnShareBatch, col_shares)
        self._add(bc.RowShareBatch, row_shares)
        self._add(bc.ActiveTabBatch, active_tab)
        self._add(bc.VisibleBatch, visible)
        self._add(bc.GridColumnsBatch, grid_columns)


class PanelBlueprint(BlueprintArchetype):
    """The state of a panel (`Expanded`, `Collapsed`, `Hidden`)."""

    def __init__(self, *, state: Any = None) -> None:
        super().__init__()
        self._add(bc.PanelStateBatch, state)


class PlotLegend(BlueprintArchetype):
    """The legend of a time series or bar chart view: its `corner` (`Corner2D`) and whether it is `visible`."""

    def __init__(self, corner: Any = None, *, visible: Any = None) -> None:
        super().__init__()
        self._add(bc.Corner2DBatch, corner)
        self._add(bc.VisibleBatch, visible)


class ScalarAxis(BlueprintArchetype):
    """The y axis of a time series view: a fixed `range` [min, max] and `zoom_lock` (keep it while zooming)."""

    def __init__(self, *, range: Any = None, zoom_lock: Any = None) -> None:  # noqa: A002 - Rerun's name
        super().__init__()
        self._add(rr_components.Range1DBatch, range)
        self._add(bc.LockRangeDuringZoomBatch, zoom_lock)


class SpaceViewBlueprint(BlueprintArchetype):
    """A view: its class (`2D`, `3D`, `TimeSeries`, ...), name, origin and visibility."""

    def __init__(self, class_identifier: Any, *, display_name: Any = None, space_origin: Any = None, visible: Any = None) -> None:
        super().__init__()
        self._add(bc.SpaceViewClassBatch, class_identifier)
        self._add(rr_components.NameBatch, display_name)
        self._add(bc.SpaceViewOriginBatch, space_origin)
        self._add(bc.VisibleBatch, visible)


class SpaceViewContents(BlueprintArchetype):
    """What a view shows: query expressions, one per line (`+ /world/**`, `- /world/secret`, `$origin`)."""

    def __init__(self, query: Any) -> None:
        super().__init__()
        items = [query] if isinstance(query, str) else [str(q) for q in query]
        self._batches.append(bc.QueryExpressionBatch.convert(items))


class TensorScalarMapping(BlueprintArchetype):
    """How tensor values become colors: `colormap`, `gamma`, and `mag_filter` (`Nearest`, `Linear`)."""

    def __init__(self, *, mag_filter: Any = None, colormap: Any = None, gamma: Any = None) -> None:
        super().__init__()
        if mag_filter is not None:
            self._batches.append(NamedBatch("rerun.components.MagnificationFilter", _mag_filters(mag_filter)))
        self._add(rr_components.ColormapBatch, colormap)
        self._add(rr_components.GammaCorrectionBatch, gamma)


class TensorSliceSelection(BlueprintArchetype):
    """Which 2D slice of a tensor is shown: `width`/`height` dimensions, fixed `indices`, `slider` dimensions."""

    def __init__(self, *, width: Any = None, height: Any = None, indices: Any = None, slider: Any = None) -> None:
        super().__init__()
        self._add(rr_components.TensorWidthDimensionBatch, width)
        self._add(rr_components.TensorHeightDimensionBatch, height)
        self._add(rr_components.TensorDimensionIndexSelectionBatch, indices)
        self._add(bc.TensorDimensionIndexSliderBatch, slider)


class TensorViewFit(BlueprintArchetype):
    """How a tensor slice fills its view (`ViewFit`: `Original`, `Fill`, `FillKeepAspectRatio`)."""

    def __init__(self, scaling: Any = None) -> None:
        super().__init__()
        self._add(bc.ViewFitBatch, scaling)


class ViewportBlueprint(BlueprintArchetype):
    """The viewport: its root container, maximized view, and whether the viewer may change the layout."""

    def __init__(self, *, root_container: Any = None, maximized: Any = None, auto_layout: Any = None, auto_space_views: Any = None, past_viewer_recommendations: Any = None) -> None:
        super().__init__()
        self._add(bc.RootContainerBatch, root_container)
        self._add(bc.SpaceViewMaximizedBatch, maximized)
        self._add(bc.AutoLayoutBatch, auto_layout)
        self._add(bc.AutoSpaceViewsBatch, auto_space_views)
        self._add(bc.ViewerRecommendationHashBatch, past_viewer_recommendations)


class VisibleTimeRanges(BlueprintArchetype):
    """The time window a view shows, per timeline (`VisibleTimeRange`s)."""

    def __init__(self, ranges: Any) -> None:
        super().__init__()
        items = [ranges] if isinstance(ranges, view_values.VisibleTimeRange) else list(ranges)
        self._add(bc.VisibleTimeRangeBatch, items)


class VisualBounds2D(BlueprintArchetype):
    """The visible area of a 2D view: `x_range` and `y_range`, each [min, max] in scene units."""

    def __init__(self, *, x_range: Any, y_range: Any) -> None:
        super().__init__()
        self._add(bc.VisualBounds2DBatch, view_values.Range2D(x_range, y_range))


ARCHETYPES = [
    Background,
    ContainerBlueprint,
    PanelBlueprint,
    PlotLegend,
    ScalarAxis,
    SpaceViewBlueprint,
    SpaceViewContents,
    TensorScalarMapping,
    TensorSliceSelection,
    TensorViewFit,
    ViewportBlueprint,
    VisibleTimeRanges,
    VisualBounds2D,
]


def _guard(cls: type) -> None:
    """Report bad arguments (warn, or raise in strict mode) instead of crashing; the archetype is then empty."""
    original = cls.__dict__["__init__"]

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            original(self, *args, **kwargs)
        except (TypeError, ValueError) as err:
            self._batches = []
            self._invalid = True
            report(err, f"rrb.{cls.__name__}")

    __init__.__doc__ = original.__doc__
    __init__.__signature__ = __import__("inspect").signature(original)  # type: ignore[attr-defined]
    type.__setattr__(cls, "__init__", __init__)


for _cls in ARCHETYPES:
    _guard(_cls)


def uuid_of(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def iter_batches(items: Iterable[Any]) -> list[Any]:
    """Component batches from archetypes, batches and single component values (`rr.components.Radius(2)`)."""
    out: list[Any] = []
    for item in items:
        if hasattr(item, "as_component_batches"):
            out.extend(item.as_component_batches())
        elif hasattr(item, "component_name") and hasattr(item, "as_arrow_array"):
            out.append(item)
        elif hasattr(type(item), "_BATCH") and hasattr(type(item)._BATCH, "component_name"):
            out.append(type(item)._BATCH([item]))
        elif isinstance(item, (list, tuple)):
            out.extend(iter_batches(item))
        else:
            raise TypeError(f"expected an archetype or component batches, got {type(item).__name__}")
    return out


__all__ = [cls.__name__ for cls in ARCHETYPES]
