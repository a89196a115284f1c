"""The view classes of Rerun 0.17 (`rerun.blueprint.views`), defined in `rerun.blueprint.api`."""

from .api import (
    BarChartView,
    Spatial2DView,
    Spatial3DView,
    TensorView,
    TextDocumentView,
    TextLogView,
    TimeSeriesView,
)

__all__ = ["BarChartView", "Spatial2DView", "Spatial3DView", "TensorView", "TextDocumentView", "TextLogView", "TimeSeriesView"]
