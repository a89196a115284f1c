"""The blueprint objects users build: views, containers, panels and the `Blueprint` itself."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from .._datamodel.errors import report

# View class identifiers, as Rerun names them; the viewer registers one view kind per identifier.
VIEW_CLASSES = ("3D", "2D", "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog")
CONTAINER_KINDS = ("horizontal", "vertical", "grid", "tabs")
PANEL_STATES = ("expanded", "collapsed", "hidden")


def _check_path(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what}: expected an entity path string, got {type(value).__name__}")
    return value


def _check_contents(contents: Any) -> list[str]:
    if isinstance(contents, str):
        return [contents]
    if isinstance(contents, Iterable):
        items = list(contents)
        for item in items:
            _check_path(item, "contents")
        return items
    raise TypeError(f"contents: expected a query string or a list of them, got {type(contents).__name__}")


def _check_shares(shares: Any, what: str) -> list[float] | None:
    if shares is None:
        return None
    try:
        values = [float(s) for s in shares]
    except (TypeError, ValueError) as err:
        raise TypeError(f"{what}: expected a list of numbers") from err
    if any(v < 0 for v in values):
        raise ValueError(f"{what}: shares must not be negative")
    return values


class VisualBounds2D:
    """
    The visible area of a 2D view.

    Parameters
    ----------
    x_range:
        [min, max] of the visible x axis.
    y_range:
        [min, max] of the visible y axis.

    """

    def __init__(self, *, x_range: Sequence[float], y_range: Sequence[float]) -> None:
        self.x_range = self._range(x_range, "x_range")
        self.y_range = self._range(y_range, "y_range")

    @staticmethod
    def _range(value: Any, what: str) -> list[float]:
        try:
            lo, hi = (float(v) for v in value)
        except (TypeError, ValueError) as err:
            raise ValueError(f"VisualBounds2D.{what}: expected [min, max], got {value!r}") from err
        return [lo, hi]

    def __repr__(self) -> str:
        return f"VisualBounds2D(x_range={self.x_range}, y_range={self.y_range})"


class SpaceView:
    """
    A view: what to show (`origin`, `contents`) and how (`class_identifier`).

    Parameters
    ----------
    origin:
        The entity the view is rooted at; transforms are relative to it.
    contents:
        Query expressions: `+ path/**` includes, `- path` excludes; `$origin` is the origin.
    name:
        The view's title.
    visible:
        Whether the view is shown.

    """

    class_identifier = ""

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, **properties: Any) -> None:
        self.id = uuid.uuid4()
        self.origin = _check_path(origin, "origin")
        self.contents = _check_contents(contents)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")
        self.name = name
        self.visible = visible
        self.properties = properties

    def __repr__(self) -> str:
        return f"{type(self).__name__}(origin={self.origin!r}, contents={self.contents!r}, name={self.name!r})"


def _view_class(class_name: str, identifier: str, doc: str) -> type[SpaceView]:
    return type(class_name, (SpaceView,), {"class_identifier": identifier, "__doc__": doc, "__module__": __name__})


Spatial3DView = _view_class("Spatial3DView", "3D", "A 3D view of points, boxes, meshes, cameras and more.")
TimeSeriesView = _view_class("TimeSeriesView", "TimeSeries", "A view of scalars over time, as line or point series.")
BarChartView = _view_class("BarChartView", "BarChart", "A view of 1D tensors as bar charts.")
TensorView = _view_class("TensorView", "Tensor", "A view of an N-dimensional tensor as a 2D slice.")
TextDocumentView = _view_class("TextDocumentView", "TextDocument", "A view of a text document (plain or markdown).")
TextLogView = _view_class("TextLogView", "TextLog", "A view of text log entries as a table.")


class Spatial2DView(SpaceView):
    """
    A 2D view of images, points, boxes, lines and arrows.

    Parameters
    ----------
    origin, contents, name, visible:
        As for every view.
    visual_bounds:
        The visible area (`VisualBounds2D`); fits the content when not given.

    """

    class_identifier = "2D"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, visual_bounds: VisualBounds2D | None = None, **properties: Any) -> None:
        super().__init__(origin=origin, contents=contents, name=name, visible=visible, **properties)
        if visual_bounds is not None and not isinstance(visual_bounds, VisualBounds2D):
            raise TypeError(f"visual_bounds: expected rrb.VisualBounds2D, got {type(visual_bounds).__name__}")
        self.visual_bounds = visual_bounds


class Container:
    """A layout of views and containers: `kind` is horizontal, vertical, grid or tabs."""

    kind = ""

    def __init__(self, *contents: Container | SpaceView, name: str | None = None, **layout: Any) -> None:
        self.id = uuid.uuid4()
        flat: list[Any] = []
        for item in contents:
            items = list(item) if isinstance(item, (list, tuple)) else [item]
            for child in items:
                if not isinstance(child, (Container, SpaceView)):
                    raise TypeError(f"{type(self).__name__}: expected views or containers, got {type(child).__name__}")
                flat.append(child)
        self.contents = flat
        self.name = name
        self.column_shares = _check_shares(layout.pop("column_shares", None), "column_shares")
        self.row_shares = _check_shares(layout.pop("row_shares", None), "row_shares")
        self.grid_columns = layout.pop("grid_columns", None)
        self.active_tab = layout.pop("active_tab", None)
        if layout:
            raise TypeError(f"{type(self).__name__}: unexpected argument(s) {', '.join(sorted(layout))}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(c) for c in self.contents)})"


class Horizontal(Container):
    """Views side by side, left to right (`column_shares` sets their widths)."""

    kind = "horizontal"


class Vertical(Container):
    """Views stacked top to bottom (`row_shares` sets their heights)."""

    kind = "vertical"


class Grid(Container):
    """Views in a grid (`grid_columns`, `column_shares`, `row_shares`)."""

    kind = "grid"


class Tabs(Container):
    """Views as tabs (`active_tab` is the index or name of the tab shown)."""

    kind = "tabs"


class _Panel:
    panel = ""

    def __init__(self, *, expanded: bool | None = None, state: str | None = None) -> None:
        if state is not None and state not in PANEL_STATES:
            raise ValueError(f"{type(self).__name__}: state must be one of {', '.join(PANEL_STATES)}, got {state!r}")
        if state is None and expanded is not None:
            state = "expanded" if expanded else "collapsed"
        self.state = state


class BlueprintPanel(_Panel):
    """The left panel with the blueprint tree (`expanded=` or `state=`)."""

    panel = "blueprint_panel"


class SelectionPanel(_Panel):
    """The right panel with the selection's data (`expanded=` or `state=`)."""

    panel = "selection_panel"


class TimePanel(_Panel):
    """The bottom panel with the timeline (`expanded=` or `state=`)."""

    panel = "time_panel"


class Blueprint:
    """
    A whole layout: one root container or view, plus panel states.

    Parameters
    ----------
    *parts:
        The root container or view, and any `BlueprintPanel`/`SelectionPanel`/`TimePanel`.
    auto_layout:
        Let the viewer rearrange the layout when new data arrives.
    auto_space_views:
        Let the viewer add views for data the blueprint does not show.
    collapse_panels:
        Collapse all three panels (an unset panel state stays as it is otherwise).

    """

    def __init__(self, *parts: Any, auto_layout: bool | None = None, auto_space_views: bool | None = None, collapse_panels: bool = False) -> None:
        self.root: Container | SpaceView | None = None
        self.panels: dict[str, str] = {}
        for part in parts:
            if isinstance(part, (Container, SpaceView)):
                if self.root is not None:
                    raise ValueError("Blueprint takes one root container or view; wrap several in a container")
                self.root = part
            elif isinstance(part, _Panel):
                if part.state is not None:
                    self.panels[part.panel] = part.state
            else:
                raise TypeError(f"Blueprint: expected a container, view or panel, got {type(part).__name__}")
        if collapse_panels:
            for panel in ("blueprint_panel", "selection_panel", "time_panel"):
                self.panels.setdefault(panel, "collapsed")
        self.auto_layout = auto_layout
        self.auto_space_views = auto_space_views


def as_blueprint(value: Any) -> Blueprint:
    """A `Blueprint` from a blueprint, a container or a view (raising TypeError otherwise)."""
    if isinstance(value, Blueprint):
        return value
    if isinstance(value, (Container, SpaceView)):
        return Blueprint(value)
    raise TypeError(f"expected a rerun.blueprint.Blueprint, container or view, got {type(value).__name__}")


def _guard(cls: type) -> None:
    """Make a constructor report bad arguments (warn, or raise in strict mode) instead of crashing."""
    original = cls.__dict__["__init__"]

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            original(self, *args, **kwargs)
        except (TypeError, ValueError) as err:
            report(err, f"rrb.{cls.__name__}")
            self._invalid = True

    __init__.__doc__ = original.__doc__
    type.__setattr__(cls, "__init__", __init__)


for _cls in (VisualBounds2D, SpaceView, Spatial2DView, Container, Blueprint, _Panel):
    _guard(_cls)
