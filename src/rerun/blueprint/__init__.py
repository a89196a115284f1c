"""Blueprints: the layout of the viewer (containers, views, panels), sent with `rr.send_blueprint`.

A blueprint is recorded as its own store (kind `blueprint`) of static chunks, one entity per
container, view and panel; see `docs/blueprint-format.md` for the entities and components.
"""

from .api import (
    BarChartView,
    Blueprint,
    BlueprintPanel,
    Container,
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
    TimeSeriesView,
    Vertical,
    VisualBounds2D,
)

BlueprintLike = Blueprint | Container | SpaceView

__all__ = [
    "BarChartView",
    "Blueprint",
    "BlueprintLike",
    "BlueprintPanel",
    "Container",
    "Grid",
    "Horizontal",
    "SelectionPanel",
    "SpaceView",
    "Spatial2DView",
    "Spatial3DView",
    "Tabs",
    "TensorView",
    "TextDocumentView",
    "TextLogView",
    "TimePanel",
    "TimeSeriesView",
    "Vertical",
    "VisualBounds2D",
]
