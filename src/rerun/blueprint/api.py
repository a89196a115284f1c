"""The blueprint objects users build: views, containers, panels and the `Blueprint` itself (Rerun 0.17's API)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from .._datamodel import view_values
from .._datamodel.errors import report, warn
from . import archetypes as A
from . import components as bc

# View class identifiers, as Rerun names them; the viewer registers one view kind per identifier.
VIEW_CLASSES = ("3D", "2D", "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog")


def _check_path(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what}: expected an entity path string, got {type(value).__name__}")
    return value


def _check_contents(contents: Any) -> list[str]:
    if isinstance(contents, str):
        return [line for line in contents.splitlines() if line.strip()] or [contents]
    if isinstance(contents, Iterable):
        items = list(contents)
        for item in items:
            _check_path(item, "contents")
        return items
    raise TypeError(f"contents: expected a query string or a list of them, got {type(contents).__name__}")


def _as(value: Any, cls: type, make: Any, what: str) -> Any:
    """`value` as the archetype `cls` (built with `make(value)` from its shorthand forms)."""
    if value is None or isinstance(value, cls):
        return value
    built = make(value)
    if getattr(built, "_invalid", False):
        raise ValueError(f"{what}: could not use {value!r}")
    return built


class _ShownInNotebook:
    """A blueprint part as a notebook cell's last expression shows a viewer with it, as in Rerun 0.17."""

    def _ipython_display_(self) -> None:
        from ..notebook import Viewer

        Viewer(blueprint=self).display()


class SpaceView(_ShownInNotebook):
    """
    A view: what to show (`origin`, `contents`), how (`class_identifier`), its properties, defaults and overrides.

    Parameters
    ----------
    class_identifier:
        The view kind: "3D", "2D", "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog".
    origin:
        The entity the view is rooted at; transforms are relative to it.
    contents:
        Query expressions: `+ path/**` includes, `- path` excludes; `$origin` is the origin.
    name:
        The view's title.
    visible:
        Whether the view is shown.
    properties:
        Archetype name -> view property archetype (`Background`, `PlotLegend`, ...).
    defaults:
        Component values used for every entity of the view that does not log them (archetypes or
        component batches, e.g. `[rr.components.Radius(2)]`).
    overrides:
        Entity path -> component batches (or `VisualizerOverrides`) that replace what the entity logged.

    """

    class_identifier_default = ""

    def __init__(
        self,
        *,
        class_identifier: str,
        origin: str = "/",
        contents: Any = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        properties: dict[str, Any] | None = None,
        defaults: list[Any] | None = None,
        overrides: dict[str, Any] | None = None,
    ) -> None:
        self.id = uuid.uuid4()
        self.class_identifier = class_identifier
        self.origin = _check_path(origin, "origin")
        self.contents = _check_contents(contents)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")
        self.name = name
        self.visible = visible
        self.properties: dict[str, Any] = {k: v for k, v in (properties or {}).items() if v is not None}
        self.defaults = A.iter_batches(list(defaults or []))
        self.overrides: dict[str, list[Any]] = {}
        for path, batches in (overrides or {}).items():
            items = batches if isinstance(batches, (list, tuple)) else [batches]
            self.overrides[str(path)] = A.iter_batches(list(items))
        _warn_unhonoured(self)

    def blueprint_path(self) -> str:
        """The view's entity in the blueprint store: `space_view/<id>`."""
        return f"space_view/{self.id}"

    def to_container(self) -> Container:
        """This view as the only tab of a tabs container."""
        return Tabs(self)

    def to_blueprint(self) -> Blueprint:
        return Blueprint(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(origin={self.origin!r}, contents={self.contents!r}, name={self.name!r})"


#: Views that draw an entity with one of several visualizers, so `VisualizerOverrides` means something there.
VISUALIZER_VIEWS = frozenset({"2D", "3D", "TimeSeries"})


def component_applied(view_class: str, component: str) -> bool:
    """Does a view of `view_class` apply a `defaults=` / `overrides=` value of `component` (a short name)?

    The viewer resolves every component a view reads as Rerun 0.17 does (override > logged >
    default), except in the text log view (it reads whole columns: Color and TextLogLevel are
    applied there, not Text) and a time series' Scalar values.
    """
    if component == "VisualizerOverrides":
        return view_class in VISUALIZER_VIEWS
    if view_class == "TextLog":
        return component in ("Color", "TextLogLevel")
    return not (view_class == "TimeSeries" and component == "Scalar")


def _unhonoured(view: SpaceView) -> list[str]:
    """What of this view is recorded in the blueprint but not applied by the viewer yet."""
    out = []
    kind = view.class_identifier
    defaults = sorted({short for b in view.defaults if not (short := b.component_name().rsplit(".", 1)[-1]).endswith("Indicator") and not component_applied(kind, short)})
    if defaults:
        out.append("defaults= (" + ", ".join(defaults) + ")")
    for path, batches in view.overrides.items():
        for batch in batches:
            short = batch.component_name().rsplit(".", 1)[-1]
            if not short.endswith("Indicator") and not component_applied(kind, short):
                out.append(f"overrides[{path!r}] {short}")
    return out




def _warn_unhonoured(view: SpaceView) -> None:
    missing = _unhonoured(view)
    if missing:
        warn(
            f"rrb.{type(view).__name__}: the viewer does not apply {'; '.join(missing)} yet; "
            "they are kept in the blueprint (Rerun's viewer applies them)"
        )


def _background(value: Any) -> A.Background:
    return _as(value, A.Background, A.Background, "background")


def _time_ranges(value: Any) -> A.VisibleTimeRanges:
    return _as(value, A.VisibleTimeRanges, A.VisibleTimeRanges, "time_ranges")


def _plot_legend(value: Any) -> A.PlotLegend:
    return _as(value, A.PlotLegend, A.PlotLegend, "plot_legend")


class _ViewKind(SpaceView):
    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, **properties: Any) -> None:
        super().__init__(
            class_identifier=self.class_identifier_default, origin=origin, contents=contents, name=name,
            visible=visible, properties=properties, defaults=defaults, overrides=overrides,
        )


class Spatial2DView(_ViewKind):
    """
    A 2D view of images, points, boxes, lines and arrows.

    Parameters
    ----------
    origin, contents, name, visible, defaults, overrides:
        As for every view (`SpaceView`).
    background:
        `Background`, a color or a `BackgroundKind`.
    visual_bounds:
        The visible area (`VisualBounds2D`); fits the content when not given.
    time_ranges:
        `VisibleTimeRange`(s): show the data of a time window instead of the latest at the cursor.

    """

    class_identifier_default = "2D"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, background: Any = None, visual_bounds: A.VisualBounds2D | None = None, time_ranges: Any = None) -> None:
        if visual_bounds is not None and not isinstance(visual_bounds, A.VisualBounds2D):
            raise TypeError(f"visual_bounds: expected rrb.VisualBounds2D, got {type(visual_bounds).__name__}")
        super().__init__(
            origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides,
            Background=_background(background), VisualBounds2D=visual_bounds, VisibleTimeRanges=_time_ranges(time_ranges),
        )


class Spatial3DView(_ViewKind):
    """
    A 3D view of points, boxes, meshes, cameras and more.

    Parameters
    ----------
    origin, contents, name, visible, defaults, overrides:
        As for every view (`SpaceView`).
    background:
        `Background`, a color or a `BackgroundKind` (default: Rerun's dark gradient).
    time_ranges:
        `VisibleTimeRange`(s): show the data of a time window instead of the latest at the cursor.

    """

    class_identifier_default = "3D"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, background: Any = None, time_ranges: Any = None) -> None:
        super().__init__(
            origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides,
            Background=_background(background), VisibleTimeRanges=_time_ranges(time_ranges),
        )


class TimeSeriesView(_ViewKind):
    """
    A view of scalars over time, as line or point series.

    Parameters
    ----------
    origin, contents, name, visible, defaults, overrides:
        As for every view (`SpaceView`).
    axis_y:
        `ScalarAxis`: a fixed y range and whether zooming keeps it.
    plot_legend:
        `PlotLegend` or a `Corner2D`.
    time_ranges:
        `VisibleTimeRange`(s): the window of time shown (default: all of it).

    """

    class_identifier_default = "TimeSeries"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, axis_y: A.ScalarAxis | None = None, plot_legend: Any = None, time_ranges: Any = None) -> None:
        if axis_y is not None and not isinstance(axis_y, A.ScalarAxis):
            raise TypeError(f"axis_y: expected rrb.ScalarAxis, got {type(axis_y).__name__}")
        super().__init__(
            origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides,
            ScalarAxis=axis_y, PlotLegend=_plot_legend(plot_legend), VisibleTimeRanges=_time_ranges(time_ranges),
        )


class BarChartView(_ViewKind):
    """
    A view of 1D tensors as bar charts.

    Parameters
    ----------
    origin, contents, name, visible, defaults, overrides:
        As for every view (`SpaceView`).
    plot_legend:
        `PlotLegend` or a `Corner2D`.

    """

    class_identifier_default = "BarChart"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, plot_legend: Any = None) -> None:
        super().__init__(
            origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides,
            PlotLegend=_plot_legend(plot_legend),
        )


class TensorView(_ViewKind):
    """
    A view of an N-dimensional tensor as a 2D slice.

    Parameters
    ----------
    origin, contents, name, visible, defaults, overrides:
        As for every view (`SpaceView`).
    slice_selection:
        `TensorSliceSelection`: which dimensions are width and height, fixed indices, sliders.
    scalar_mapping:
        `TensorScalarMapping`: colormap, gamma, magnification filter.
    view_fit:
        `TensorViewFit` or a `ViewFit` (`Original`, `Fill`, `FillKeepAspectRatio`).

    """

    class_identifier_default = "Tensor"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None, slice_selection: A.TensorSliceSelection | None = None, scalar_mapping: A.TensorScalarMapping | None = None, view_fit: Any = None) -> None:
        super().__init__(
            origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides,
            TensorSliceSelection=slice_selection, TensorScalarMapping=scalar_mapping,
            TensorViewFit=_as(view_fit, A.TensorViewFit, A.TensorViewFit, "view_fit"),
        )


class TextDocumentView(_ViewKind):
    """A view of a text document (plain or markdown)."""

    class_identifier_default = "TextDocument"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None) -> None:
        super().__init__(origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides)


class TextLogView(_ViewKind):
    """A view of text log entries as a table."""

    class_identifier_default = "TextLog"

    def __init__(self, *, origin: str = "/", contents: Any = "$origin/**", name: str | None = None, visible: bool | None = None, defaults: list[Any] | None = None, overrides: dict[str, Any] | None = None) -> None:
        super().__init__(origin=origin, contents=contents, name=name, visible=visible, defaults=defaults, overrides=overrides)


def _shares(shares: Any, what: str) -> list[float] | None:
    if shares is None:
        return None
    try:
        values = [float(s) for s in shares]
    except (TypeError, ValueError) as err:
        raise TypeError(f"{what}: expected a list of numbers") from err
    if any(not v >= 0 for v in values):
        raise ValueError(f"{what}: shares must be non-negative numbers")
    return values


class Container(_ShownInNotebook):
    """
    A layout of views and containers.

    Parameters
    ----------
    *args:
        The views and containers inside (or give them as `contents=`).
    contents:
        The views and containers inside, as a list.
    kind:
        `ContainerKind` (`Horizontal`, `Vertical`, `Grid`, `Tabs`) or its name.
    column_shares, row_shares:
        Relative widths of the columns / heights of the rows.
    grid_columns:
        Columns of a grid (default: as square as possible).
    active_tab:
        The index, or the view name, of the tab shown (tabs only).
    name:
        The container's name.

    """

    def __init__(self, *args: Container | SpaceView, contents: Iterable[Container | SpaceView] | None = None, kind: Any, column_shares: Any = None, row_shares: Any = None, grid_columns: int | None = None, active_tab: int | str | None = None, name: str | None = None) -> None:
        self.id = uuid.uuid4()
        if args and contents is not None:
            raise ValueError("give the contents either positionally or as contents=, not both")
        items: list[Any] = []
        for item in list(args) if contents is None else list(contents):
            items.extend(item if isinstance(item, (list, tuple)) else [item])
        for child in items:
            if not isinstance(child, (Container, SpaceView)):
                raise TypeError(f"{type(self).__name__}: expected views or containers, got {type(child).__name__}")
        self.kind = bc.ContainerKind(kind)
        self.contents: list[Container | SpaceView] = items
        self.column_shares = _shares(column_shares, "column_shares")
        self.row_shares = _shares(row_shares, "row_shares")
        if grid_columns is not None and (isinstance(grid_columns, bool) or not isinstance(grid_columns, int) or grid_columns < 1):
            raise ValueError(f"grid_columns: expected a positive int, got {grid_columns!r}")
        self.grid_columns = grid_columns
        if active_tab is not None:
            names = [getattr(c, "name", None) for c in items]
            if not (isinstance(active_tab, int) and 0 <= active_tab < len(items)) and active_tab not in names:
                raise ValueError(f"active_tab {active_tab!r} is not the index or name of one of the {len(items)} tabs")
        self.active_tab = active_tab
        self.name = name
        # Hidden containers come from layouts edited in the viewer; 0.17's constructors have no such argument.
        self.visible = True

    def blueprint_path(self) -> str:
        """The container's entity in the blueprint store: `container/<id>`."""
        return f"container/{self.id}"

    def to_container(self) -> Container:
        return self

    def to_blueprint(self) -> Blueprint:
        return Blueprint(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(c) for c in self.contents)})"


class Horizontal(Container):
    """Views side by side, left to right (`column_shares` sets their widths)."""

    def __init__(self, *args: Container | SpaceView, contents: Iterable[Container | SpaceView] | None = None, column_shares: Any = None, name: str | None = None) -> None:
        super().__init__(*args, contents=contents, kind="Horizontal", column_shares=column_shares, name=name)


class Vertical(Container):
    """Views stacked top to bottom (`row_shares` sets their heights)."""

    def __init__(self, *args: Container | SpaceView, contents: Iterable[Container | SpaceView] | None = None, row_shares: Any = None, name: str | None = None) -> None:
        super().__init__(*args, contents=contents, kind="Vertical", row_shares=row_shares, name=name)


class Grid(Container):
    """Views in a grid (`grid_columns`, `column_shares`, `row_shares`)."""

    def __init__(self, *args: Container | SpaceView, contents: Iterable[Container | SpaceView] | None = None, column_shares: Any = None, row_shares: Any = None, grid_columns: int | None = None, name: str | None = None) -> None:
        super().__init__(*args, contents=contents, kind="Grid", column_shares=column_shares, row_shares=row_shares, grid_columns=grid_columns, name=name)


class Tabs(Container):
    """Views as tabs (`active_tab` is the index or name of the tab shown)."""

    def __init__(self, *args: Container | SpaceView, contents: Iterable[Container | SpaceView] | None = None, active_tab: int | str | None = None, name: str | None = None) -> None:
        super().__init__(*args, contents=contents, kind="Tabs", active_tab=active_tab, name=name)


class _Panel:
    path = ""

    def __init__(self, *, expanded: bool | None = None, state: Any = None) -> None:
        if state is not None:
            self.state: bc.PanelState | None = bc.PanelState(state)
            if self.state is None:
                raise ValueError(f"state must be one of Expanded, Collapsed, Hidden, got {state!r}")
        elif expanded is not None:
            self.state = bc.PanelState.Expanded if expanded else bc.PanelState.Collapsed
        else:
            self.state = None

    def blueprint_path(self) -> str:
        return self.path


class BlueprintPanel(_Panel):
    """The left panel with the blueprint tree (`expanded=` or `state=`)."""

    path = "blueprint_panel"


class SelectionPanel(_Panel):
    """The right panel with the selection's data (`expanded=` or `state=`)."""

    path = "selection_panel"


class TimePanel(_Panel):
    """The bottom panel with the timeline (`expanded=` or `state=`; collapsed shows only the play controls)."""

    path = "time_panel"


class TopPanel(_Panel):
    """The top bar (`expanded=` or `state=`): shown only when expanded, as in Rerun 0.17."""

    path = "top_panel"


class Blueprint(_ShownInNotebook):
    """
    A whole layout: the root container (or views), plus panel states.

    Parameters
    ----------
    *parts:
        Containers or views (several become tabs) and at most one of each panel
        (`BlueprintPanel`, `SelectionPanel`, `TimePanel`, `TopPanel`).
    auto_layout:
        Let the viewer rearrange the layout when new data arrives.
    auto_space_views:
        Let the viewer add views for data the blueprint does not show.
    collapse_panels:
        Collapse the blueprint, selection and time panels not given explicitly.

    """

    def __init__(self, *parts: Any, auto_layout: bool | None = None, auto_space_views: bool | None = None, collapse_panels: bool = False) -> None:
        contents: list[Container | SpaceView] = []
        self.panels: dict[str, _Panel] = {}
        for part in parts:
            if isinstance(part, (Container, SpaceView)):
                contents.append(part)
            elif isinstance(part, _Panel):
                if part.path in self.panels:
                    raise ValueError(f"only one {type(part).__name__} can be given")
                self.panels[part.path] = part
            else:
                raise TypeError(f"Blueprint: expected a container, view or panel, got {type(part).__name__}")
        self.collapse_panels = collapse_panels
        if collapse_panels:
            for panel in (BlueprintPanel, SelectionPanel, TimePanel):
                self.panels.setdefault(panel.path, panel(expanded=False))
        self.auto_layout = auto_layout
        self.auto_space_views = auto_space_views
        self.root_container: Container | None = None
        if not contents:
            self.auto_layout = True if auto_layout is None else auto_layout
            self.auto_space_views = True if auto_space_views is None else auto_space_views
        elif len(contents) == 1:
            self.root_container = contents[0].to_container()
        else:
            self.root_container = Tabs(contents=contents)

    @property
    def root(self) -> Container | None:
        return self.root_container

    def to_blueprint(self) -> Blueprint:
        return self

    def save(self, application_id: str, path: str | None = None) -> None:
        """Write this blueprint as an `.rbl` file for `application_id` (default path `<application_id>.rbl`)."""
        from .send import save_blueprint

        save_blueprint(self, application_id, path if path is not None else f"{application_id}.rbl")

    def connect(self, application_id: str, *, addr: str | None = None, make_active: bool = True, make_default: bool = True) -> None:
        """Send this blueprint to the viewer at `addr` (default 127.0.0.1:9876) for `application_id`."""
        from .send import connect_blueprint

        connect_blueprint(self, application_id, addr or "127.0.0.1:9876", make_active=make_active, make_default=make_default)

    def spawn(self, application_id: str, port: int = 9876, memory_limit: str = "75%", hide_welcome_screen: bool = False) -> None:
        """Start a viewer (unless one listens on `port`) and send this blueprint to it."""
        from .._recording.spawn import resolve_port, spawn_viewer

        port = resolve_port(port)
        spawn_viewer(port=port, memory_limit=memory_limit)
        self.connect(application_id, addr=f"127.0.0.1:{port}")


BlueprintLike = Blueprint | Container | SpaceView
BlueprintPart = Container | SpaceView | BlueprintPanel | SelectionPanel | TimePanel | TopPanel
ContainerLike = Container | SpaceView


def as_blueprint(value: Any) -> Blueprint:
    """A `Blueprint` from a blueprint, a container or a view (raising TypeError otherwise)."""
    if isinstance(value, Blueprint):
        return value
    if isinstance(value, (Container, SpaceView)):
        return Blueprint(value)
    raise TypeError(f"expected a rerun.blueprint.Blueprint, container or view, got {type(value).__name__}")


def _guard(cls: type) -> None:
    """Make a constructor report bad arguments (warn, or raise in strict mode) instead of crashing."""
    import inspect

    original = cls.__dict__["__init__"]

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            original(self, *args, **kwargs)
        except (TypeError, ValueError) as err:
            report(err, f"rrb.{cls.__name__}")
            self._invalid = True

    __init__.__doc__ = original.__doc__
    __init__.__signature__ = inspect.signature(original)  # type: ignore[attr-defined]
    type.__setattr__(cls, "__init__", __init__)


for _cls in (SpaceView, Spatial2DView, Spatial3DView, TimeSeriesView, BarChartView, TensorView, TextDocumentView, TextLogView, Container, Horizontal, Vertical, Grid, Tabs, Blueprint, _Panel):
    _guard(_cls)

# Re-exported datatypes Rerun 0.17 also offers as `rrb.<name>`.
TimeRange = view_values.TimeRange
TimeRangeBoundary = view_values.TimeRangeBoundary
VisibleTimeRange = view_values.VisibleTimeRange


# Rerun 0.17 also offers these in `rerun.blueprint.api`. Imported last: `send` builds on this module.
from .archetypes import ContainerBlueprint, PanelBlueprint, SpaceViewBlueprint, SpaceViewContents, ViewportBlueprint  # noqa: E402, F401
from .send import create_in_memory_blueprint  # noqa: E402, F401
