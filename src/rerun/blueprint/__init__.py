"""Blueprints: the layout of the viewer (containers, views, their properties, panels), sent with `rr.send_blueprint`.

A blueprint is recorded as its own store (kind `blueprint`) of static chunks laid out as Rerun 0.17
lays them out; see `docs/blueprint-format.md` for the entities and components.
"""

from . import archetypes, components, containers, datatypes, views, visualizers
from .api import (
    BarChartView,
    Blueprint,
    BlueprintLike,
    BlueprintPanel,
    BlueprintPart,
    Container,
    ContainerLike,
    Grid,
    Horizontal,
    SelectionPanel,
    SpaceView,
    Spatial2DView,
    Spatial3DView,
    Tabs,
    TensorView,
    TextDocumentView,
    TextLogView,
    TimePanel,
    TimeRange,
    TimeRangeBoundary,
    TimeSeriesView,
    TopPanel,
    Vertical,
    VisibleTimeRange,
)
from .archetypes import (
    Background,
    PlotLegend,
    ScalarAxis,
    TensorScalarMapping,
    TensorSliceSelection,
    VisualBounds2D,
)
from .components import (
    BackgroundKind,
    Corner2D,
    LockRangeDuringZoom,
    PanelState,
    VisualizerOverrides,
)

PanelStateLike = PanelState | str

__all__ = [
    "Background",
    "BackgroundKind",
    "BarChartView",
    "Blueprint",
    "BlueprintLike",
    "BlueprintPanel",
    "BlueprintPart",
    "Container",
    "ContainerLike",
    "Corner2D",
    "Grid",
    "Horizontal",
    "LockRangeDuringZoom",
    "PanelState",
    "PanelStateLike",
    "PlotLegend",
    "ScalarAxis",
    "SelectionPanel",
    "SpaceView",
    "Spatial2DView",
    "Spatial3DView",
    "Tabs",
    "TensorScalarMapping",
    "TensorSliceSelection",
    "TensorView",
    "TextDocumentView",
    "TextLogView",
    "TimePanel",
    "TimeRange",
    "TimeRangeBoundary",
    "TimeSeriesView",
    "TopPanel",
    "Vertical",
    "VisibleTimeRange",
    "VisualBounds2D",
    "VisualizerOverrides",
    "archetypes",
    "components",
    "datatypes",
    "views",
    "visualizers",
]
