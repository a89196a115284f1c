"""The layout a recording is shown with: the blueprint sent for its application, else one made from the data.

The default layout follows Rerun 0.17's spawn heuristics (see the section "the default layout"):
3D views per space (and at ViewCoordinates), 2D views per pinhole or around 2D content, time
series views at the root or per top-level subtree, a view per bar chart, tensor and text document,
one text log view; a lone view sits in tabs, several in a grid. Views are named after their
origin. See docs/blueprint-format.md for the sent format.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import uuid
import weakref
from typing import Any

from ..._log_msg import StoreId
from ..._store import ChunkStore, LatestAtResult, StoreHub
from ..._store import paths as store_paths
from ..._store.scene.views import VIEW_2D, VIEW_3D, archetype_of_indicator, view_kinds
from ...blueprint.api import component_applied
from .. import protocol as P
from .common import BlueprintComponents

BP = "rerun.blueprint.components."
C = "rerun.components."
PINHOLE = "rerun.components.PinholeProjection"
DISCONNECTED = "rerun.components.DisconnectedSpace"
VIEW_COORDINATES = "rerun.components.ViewCoordinates"
TENSOR = "rerun.components.TensorData"
IMAGE, DEPTH, SEGMENTATION = "Image", "DepthImage", "SegmentationImage"
_ORDER = [VIEW_3D, VIEW_2D, "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog"]
_PANELS = {"blueprint_panel": "blueprint", "selection_panel": "selection", "time_panel": "time", "top_panel": "top"}


def blueprint_store(hub: StoreHub, store_id: StoreId) -> ChunkStore | None:
    """The blueprint store the recording is shown with: its application's active one, else the default one."""
    app = hub.application_of(store_id)
    # The active blueprint, else the default one (`rr.init(default_blueprint=...)` sends it inactive).
    bp_id = (hub.active_blueprint(app) or hub.default_blueprint(app)) if app is not None else None
    return hub.store(bp_id) if bp_id is not None else None


def blueprint_layout(hub: StoreHub, store_id: StoreId) -> P.BlueprintLayout:
    """The sent (active) blueprint of the recording's application, else the default from the data."""
    store = hub.store(store_id)
    bp_store = blueprint_store(hub, store_id)
    if bp_store is not None:
        try:
            layout = read_blueprint(bp_store)
        except Exception as err:  # noqa: BLE001 - a blueprint the page cannot follow must not keep the data from showing
            logging.getLogger("rerun.viewer").warning("the recording's blueprint could not be read (%s); showing the default layout", err)
            layout = None
        if layout is not None:
            if layout.root is None and store is not None:
                layout.root = default_layout(store).root
            return layout
    return default_layout(store) if store is not None else P.BlueprintLayout("default", None, {}, True)


# -- the sent blueprint -------------------------------------------------------------------------------
#
# Laid out as Rerun 0.17 lays it out (docs/blueprint-format.md): /viewport, /container/<id>,
# /space_view/<id> and its property archetypes at /space_view/<id>/<Archetype>.

_LIST_COMPONENTS = {"IncludedContent", "QueryExpression", "ColumnShare", "RowShare", "VisibleTimeRange", "VisualizerOverrides", "TensorDimensionIndexSelection", "TensorDimensionIndexSlider"}


def _py(array: Any) -> list[Any]:
    """Python values of an Arrow array; enum unions become their variant's name, boundaries a TimeBoundary."""
    import pyarrow as pa

    if pa.types.is_union(array.type):
        codes = array.type_codes.to_numpy(zero_copy_only=False)
        names = [array.type.field(i).name for i in range(array.type.num_fields)]
        if array.type.mode == "sparse":
            return [names[c] for c in codes]
        out = []
        for i, code in enumerate(codes):
            name = names[code]
            child = array.field(int(code))
            value = child[int(array.offsets[i].as_py())].as_py() if len(child) else None
            out.append({"kind": name, "value": value})
        return out
    if pa.types.is_struct(array.type):
        fields = {array.type.field(i).name: _py(array.field(i)) for i in range(array.type.num_fields)}
        return [{k: v[i] for k, v in fields.items()} for i in range(len(array))]
    return array.to_pylist()


def _values(store: ChunkStore, path: str, name: str, prefix: str = BP) -> list[Any] | None:
    res = store.latest_at(path, prefix + name, None)
    if res is None or len(res.batch) == 0:
        return None
    return _py(res.batch)


def _value(store: ChunkStore, path: str, name: str, prefix: str = BP) -> Any:
    values = _values(store, path, name, prefix)
    if values is None:
        return None
    return values if name in _LIST_COMPONENTS else values[0]


def read_blueprint(bp: ChunkStore) -> P.BlueprintLayout | None:
    """Decode a blueprint store (None if it has no viewport)."""
    if not bp.has_entity("/viewport"):
        return None
    root_uuid = _value(bp, "/viewport", "RootContainer")
    auto_layout = _value(bp, "/viewport", "AutoLayout")
    panels = {}
    for entity, name in _PANELS.items():
        state = _value(bp, "/" + entity, "PanelState")
        if state is not None:
            panels[name] = str(state).lower()
    seen: set[str] = set()
    root = None
    if root_uuid is not None:
        # 16 bytes as Rerun 0.17 writes it; earlier pyrerun versions wrote the container's path as text.
        if isinstance(root_uuid, str):
            root_id = uuid.UUID(root_uuid.rsplit("/", 1)[-1])
        else:
            root_id = uuid.UUID(bytes=bytes(root_uuid))
        root_path = f"/container/{root_id}"
        root = _as_viewport(_node(bp, root_path, seen))
    layout = P.BlueprintLayout("sent", root, panels, bool(auto_layout) if auto_layout is not None else root is None)
    layout.unapplied = unapplied(bp)
    return layout


# View properties the page applies, per view class (the rest is kept in the store and reported).
_APPLIED = {"Background", "VisualBounds2D", "PlotLegend", "ScalarAxis", "SpaceViewContents", "TensorSliceSelection", "TensorScalarMapping", "TensorViewFit", "CompareRecordings"}

#: pyrerun's own view property (Rerun 0.17 has none like it): a time series view compares its
#: entities across the application's recordings. Stored as the 0.17 properties are, at
#: `/space_view/<id>/CompareRecordings`, so it is kept with the layout (a reload, a saved .rbl);
#: Rerun 0.17 ignores the entity.
COMPARE_RECORDINGS = "CompareRecordings"
PYRERUN_BP = "pyrerun.blueprint.components."


def unapplied(bp: ChunkStore) -> list[str]:
    """What a blueprint store asks for that the page does not apply yet, one line each."""
    out = []
    for entity in sorted(bp.entity_paths()):
        parts = entity.strip("/").split("/")
        if parts[0] != "space_view" or len(parts) < 3:
            continue
        view = "/" + "/".join(parts[:2])
        name = _value(bp, view, "Name", C) or parts[1][:8]
        kind = _value(bp, view, "SpaceViewClass")
        prop = parts[2]
        if prop == "VisibleTimeRanges" and kind in ("TimeSeries", "2D", "3D"):
            continue
        if prop == "defaults":
            comps = {c.rsplit(".", 1)[-1] for c in bp.component_names(entity) if not c.endswith("Indicator")}
            comps = {c for c in comps if not component_applied(str(kind), c)}
            if comps:
                out.append(f"component defaults ({', '.join(sorted(comps))}) of view {name!r}")
        elif prop == "SpaceViewContents" and len(parts) > 4:
            comps = {c.rsplit(".", 1)[-1] for c in bp.component_names(entity) if not c.endswith("Indicator")}
            comps = {c for c in comps if not component_applied(str(kind), c)}
            if comps:
                out.append(f"overrides ({', '.join(sorted(comps))}) of {'/'.join(parts[4:])} in view {name!r}")
        elif prop not in _APPLIED:
            out.append(f"{prop} of view {name!r}")
    return out


def _as_viewport(root: P.LayoutNode | None) -> P.LayoutNode | None:
    """The viewport's root as Rerun shows it: a lone view sits in tabs (its root container, or new ones)."""
    if isinstance(root, P.ViewNode):
        return P.ContainerNode(
            node="container", id="viewport-tabs", container_kind="tabs", name=None, children=[root],
            column_shares=None, row_shares=None, grid_columns=None, active_tab=None, visible=True,
        )
    if isinstance(root, P.ContainerNode) and len(root.children) == 1 and isinstance(root.children[0], P.ViewNode):
        root.container_kind = "tabs"
    return root


def _boundary(value: Any) -> P.TimeBoundary:
    kind = {"CursorRelative": "cursor_relative", "Absolute": "absolute"}.get(str((value or {}).get("kind")), "infinite")
    return P.TimeBoundary(kind, None if kind == "infinite" else int(value["value"]))  # type: ignore[arg-type]


def _overrides(bp: ChunkStore, path: str) -> dict[str, list[str]]:
    prefix = f"{path}/SpaceViewContents/individual_overrides"
    out = {}
    for entity in bp.entity_paths():
        if entity.startswith(prefix + "/"):
            names = _value(bp, entity, "VisualizerOverrides")
            if names:
                out[store_paths.normalize(entity[len(prefix):])] = [str(n) for n in names[0]]
    return out


def view_components(bp: ChunkStore | None, view_id: str) -> BlueprintComponents:
    """The component defaults, overrides and visualizer overrides of view `view_id` in a blueprint store.

    Laid out as Rerun 0.17 logs them: `/space_view/<id>/defaults` (one entity, every default
    component) and `/space_view/<id>/SpaceViewContents/individual_overrides/<entity path>`.
    Indicators are left out: which archetypes an entity has comes from its data only.
    """
    out = BlueprintComponents()
    if bp is None:
        return out
    path = f"/space_view/{view_id}"
    prefix = f"{path}/SpaceViewContents/individual_overrides/"
    for entity in bp.entity_paths():
        if entity == f"{path}/defaults":
            out.defaults = _component_results(bp, entity)
        elif entity.startswith(prefix):
            target = store_paths.normalize(entity[len(prefix) - 1 :])
            comps = _component_results(bp, entity)
            if comps:
                out.overrides[target] = comps
            names = _value(bp, entity, "VisualizerOverrides")
            if names:
                out.visualizers[target] = [str(n) for n in names[0]]
    return out


_VIEW_COMPONENTS_CACHE: dict[tuple[str, int, str], BlueprintComponents] = {}


def view_components_of(hub: StoreHub, store_id: StoreId, view_id: str) -> BlueprintComponents:
    """`view_components` of the blueprint the recording is shown with (cached until that blueprint changes)."""
    bp = blueprint_store(hub, store_id)
    if bp is None:
        return BlueprintComponents()
    key = (str(bp.store_id), bp.generation, view_id)
    found = _VIEW_COMPONENTS_CACHE.get(key)
    if found is None:
        if len(_VIEW_COMPONENTS_CACHE) > 256:
            _VIEW_COMPONENTS_CACHE.clear()
        found = _VIEW_COMPONENTS_CACHE[key] = view_components(bp, view_id)
    return found


def _component_results(bp: ChunkStore, entity: str) -> dict[str, LatestAtResult]:
    """The latest value of each data component at a blueprint entity, keyed by short name."""
    out = {}
    for name in bp.component_names(entity):
        if not name.startswith(C) or name.endswith("Indicator"):
            continue
        res = bp.latest_at(entity, name, None)
        if res is not None:
            out[name[len(C) :]] = res
    return out


#: Overrides the time series view applies (the rest are reported as not applied).
SERIES_STYLE_COMPONENTS = ("Color", "Name", "StrokeWidth", "MarkerSize")


def _series_styles(bp: ChunkStore, path: str) -> dict[str, P.SeriesStyle]:
    prefix = f"{path}/SpaceViewContents/individual_overrides"
    out = {}
    for entity in bp.entity_paths():
        if not entity.startswith(prefix + "/"):
            continue
        color, name, width, size = (_value(bp, entity, c, C) for c in SERIES_STYLE_COMPONENTS)
        if (color, name, width, size) != (None, None, None, None):
            out[store_paths.normalize(entity[len(prefix):])] = P.SeriesStyle(
                color=None if color is None else [(int(color) >> s) & 0xFF for s in (24, 16, 8, 0)],
                name=None if name is None else str(name),
                width=None if width is None else float(width),
                marker_size=None if size is None else float(size),
            )
    return out


def _tensor_slice(bp: ChunkStore, path: str) -> P.TensorSlice | None:
    entity = f"{path}/TensorSliceSelection"
    if not bp.has_entity(entity):
        return None

    def dim(name: str) -> P.TensorDimension | None:
        value = _value(bp, entity, name, C)
        return None if not isinstance(value, dict) else P.TensorDimension(int(value["dimension"]), bool(value["invert"]))

    indices = _value(bp, entity, "TensorDimensionIndexSelection", C)
    sliders = _value(bp, entity, "TensorDimensionIndexSlider")
    return P.TensorSlice(
        width=dim("TensorWidthDimension"),
        height=dim("TensorHeightDimension"),
        indices=None if indices is None else [P.TensorIndex(int(i["dimension"]), int(i["index"])) for i in indices if i],
        sliders=None if sliders is None else [int(d["dimension"]) for d in sliders if d],
    )


def _properties(bp: ChunkStore, path: str) -> P.ViewProperties:
    color = _value(bp, f"{path}/Background", "Color", C)
    y_range = _value(bp, f"{path}/ScalarAxis", "Range1D", C)
    windows = [
        P.TimeWindow(str(w["timeline"]), _boundary(w["range"]["start"]), _boundary(w["range"]["end"]))
        for w in (_value(bp, f"{path}/VisibleTimeRanges", "VisibleTimeRange") or [])
    ]
    return P.ViewProperties(
        background_kind=_value(bp, f"{path}/Background", "BackgroundKind"),
        background_color=None if color is None else [(int(color) >> s) & 0xFF for s in (24, 16, 8, 0)],
        legend_corner=_value(bp, f"{path}/PlotLegend", "Corner2D"),
        legend_visible=_value(bp, f"{path}/PlotLegend", "Visible"),
        axis_y_range=None if y_range is None else [float(v) for v in y_range],
        axis_y_zoom_lock=_value(bp, f"{path}/ScalarAxis", "LockRangeDuringZoom"),
        time_windows=windows,
        visualizers=_overrides(bp, path),
        series_styles=_series_styles(bp, path) if _value(bp, path, "SpaceViewClass") == "TimeSeries" else {},
        tensor_slice=_tensor_slice(bp, path),
        tensor_colormap=_value(bp, f"{path}/TensorScalarMapping", "Colormap", C),
        tensor_gamma=None if (gamma := _value(bp, f"{path}/TensorScalarMapping", "GammaCorrection", C)) is None else float(gamma),
        tensor_mag_filter=_value(bp, f"{path}/TensorScalarMapping", "MagnificationFilter", C),
        tensor_fit=_value(bp, f"{path}/TensorViewFit", "ViewFit"),
        compare_recordings=_value(bp, f"{path}/{COMPARE_RECORDINGS}", COMPARE_RECORDINGS, PYRERUN_BP),
    )


def _node(bp: ChunkStore, path: str, seen: set[str]) -> P.LayoutNode | None:
    if path in seen:  # a cycle in a hand-made blueprint: cut it
        return None
    seen.add(path)
    ident = store_paths.last_part(path)
    visible = _value(bp, path, "Visible")
    if path.startswith("/space_view/"):
        kind = _value(bp, path, "SpaceViewClass")
        if kind is None:
            return None
        origin = store_paths.normalize(_value(bp, path, "SpaceViewOrigin") or "/")
        # (On the view itself, and its name and a container's children under other names below,
        # as pyrerun wrote blueprints before it followed Rerun 0.17's layout; commit 4555f18.)
        contents = _value(bp, f"{path}/SpaceViewContents", "QueryExpression") or _value(bp, path, "QueryExpression") or ["+ $origin/**"]
        bounds = _value(bp, f"{path}/VisualBounds2D", "VisualBounds2D")
        vb = None
        if isinstance(bounds, dict) and bounds.get("x_range") and bounds.get("y_range"):
            vb = [float(bounds["x_range"][0]), float(bounds["x_range"][1]), float(bounds["y_range"][0]), float(bounds["y_range"][1])]
        return P.ViewNode(
            node="view",
            id=ident,
            kind=str(kind),
            name=str(_value(bp, path, "Name", C) or _value(bp, path, "Name") or view_name(origin)),
            origin=origin,
            contents=[_expand(str(c), origin) for c in contents],
            visible=True if visible is None else bool(visible),
            visual_bounds=vb,
            properties=_properties(bp, path),
        )
    if path.startswith("/container/"):
        kind = str(_value(bp, path, "ContainerKind") or "grid").lower()
        if kind not in ("horizontal", "vertical", "grid", "tabs"):
            kind = "grid"
        included = _value(bp, path, "IncludedContent") or _values(bp, path, "IncludedContents") or []
        child_paths = [store_paths.normalize(str(c)) for c in included]
        children = [c for p in child_paths if (c := _node(bp, p, seen)) is not None]
        active = _value(bp, path, "ActiveTab")
        active_index = None
        if active is not None:
            active = store_paths.normalize(str(active))
            kept = [p for p in child_paths if any(store_paths.last_part(p) == c.id for c in children)]
            active_index = kept.index(active) if active in kept else None
        grid = _value(bp, path, "GridColumns")
        return P.ContainerNode(
            node="container",
            id=ident,
            container_kind=kind,  # type: ignore[arg-type]
            name=_value(bp, path, "Name", C),
            children=children,
            column_shares=_value(bp, path, "ColumnShare"),
            row_shares=_value(bp, path, "RowShare"),
            grid_columns=None if grid is None else int(grid),
            active_tab=active_index,
            visible=True if visible is None else bool(visible),
        )
    return None


def _expand(expr: str, origin: str) -> str:
    return expr.replace("$origin", "" if origin == "/" else origin)


# -- the default layout -----------------------------------------------------------------------------
#
# Rerun 0.17's spawn heuristics. The scene splits into *spaces* at every pinhole and disconnected
# space (an entity belongs to the space of its nearest such ancestor-or-self; the root space
# otherwise). A space holding a pinhole is 2D; its parent space is then 3D. Each view class
# recommends views, then a recommendation whose contents another one of the same class already
# covers is dropped.


def view_name(origin: str) -> str:
    """A view's name when it has none: its origin's last parts ("…/" once longer than 10 characters), "/" for the root."""
    name = ""
    for part in reversed([p for p in origin.split("/") if p]):
        if len(name) > 10:
            return "…/" + name
        name = part if not name else f"{part}/{name}"
    return name or "/"


def _view(kind: str, origin: str, single_entity: bool = False) -> P.ViewNode:
    ident = hashlib.sha1(f"{kind}:{origin}:{single_entity}".encode()).hexdigest()[:16]
    contents = [f"+ {origin}" if single_entity else f"+ {'' if origin == '/' else origin}/**"]
    return P.ViewNode(
        node="view",
        id=ident,
        kind=kind,
        name=view_name(origin),
        origin=origin,
        contents=contents,
        visible=True,
        visual_bounds=None,
    )


def _covers(outer: tuple[str, bool], inner: tuple[str, bool]) -> bool:
    """Does the recommendation (origin, single_entity) `outer` show everything `inner` shows?"""
    (o_path, o_single), (i_path, i_single) = outer, inner
    if o_single:
        return i_single and o_path == i_path
    return store_paths.is_descendant_or_self(i_path, o_path)


def _drop_redundant(recommended: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    unique = list(dict.fromkeys(recommended))
    return [r for j, r in enumerate(unique) if not any(i != j and _covers(o, r) for i, o in enumerate(unique))]


def _common_ancestor(entities: list[str]) -> str:
    parts = [store_paths.parts(e) for e in entities]
    common: list[str] = []
    for column in zip(*parts):
        if any(c != column[0] for c in column):
            break
        common.append(column[0])
    return store_paths.join(common)


def _image_size(store: ChunkStore, entity: str) -> tuple[int, ...] | None:
    for timeline in [None, *store.timelines()]:
        res = store.latest_at(entity, TENSOR, timeline)
        if res is not None and len(res.batch) and res.batch[0].is_valid:
            sizes = res.batch.slice(0, 1).field("shape").flatten().field("size").to_pylist()
            return tuple(int(s) for s in sizes[:2])
    return None


class _Spaces:
    """The spaces of a recording (see above): which space each entity is in, and each space's dimensionality."""

    def __init__(self, store: ChunkStore, entities: list[str]) -> None:
        comps = {e: set(store.component_names(e)) for e in entities}
        self.pinholes = {e for e in entities if PINHOLE in comps[e]}
        self.roots = self.pinholes | {e for e in entities if DISCONNECTED in comps[e]} | {"/"}
        self.space_of = {e: self._space(e) for e in entities}
        self.three_d = {self._space(store_paths.parent(p) or "/") for p in self.pinholes if p != "/"}
        self.view_coordinates = {e for e in entities if VIEW_COORDINATES in comps[e]}

    def _space(self, entity: str) -> str:
        return next(a for a in store_paths.ancestors(entity) if a in self.roots)

    def entities(self, space: str) -> list[str]:
        return [e for e, s in self.space_of.items() if s == space]

    def child_pinholes(self, space: str) -> list[str]:
        return [p for p in self.pinholes if p != "/" and self._space(store_paths.parent(p) or "/") == space]


def _recommend_3d(spaces: _Spaces, indicated: set[str]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for space in sorted(spaces.roots):
        if space in spaces.pinholes:  # a 2D space
            continue
        members = spaces.entities(space)
        pinhole_children = spaces.child_pinholes(space)
        if not members and not pinhole_children:
            continue
        # A view at each ViewCoordinates in the space (not at one that starts another space) ...
        origins = sorted(e for e in spaces.view_coordinates if spaces.space_of[e] == space)

        # ... and one at the space's root for what those do not cover.
        uncovered = [e for e in [*(m for m in members if m in indicated), *pinhole_children] if not any(store_paths.is_descendant_or_self(e, o) for o in origins)]
        if space not in origins and uncovered:
            origins.append(space)
        out.extend((o, False) for o in origins)
    return out


def _recommend_2d(store: ChunkStore, spaces: _Spaces, indicated: set[str], kinds: dict[str, set[str]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for space in sorted(spaces.roots):
        if space in spaces.three_d and space not in spaces.pinholes:
            continue
        relevant = [e for e in spaces.entities(space) if e in indicated]
        if not relevant:
            continue
        origin = space if space in spaces.pinholes else _common_ancestor(relevant)
        _split_by_images(store, origin, relevant, kinds, out)
    return out


def _split_by_images(store: ChunkStore, origin: str, entities: list[str], kinds: dict[str, set[str]], out: list[tuple[str, bool]]) -> None:
    """One 2D view, unless it would stack images of different sizes, or several color or depth images."""
    images = [e for e in entities if IMAGE in kinds[e] or DEPTH in kinds[e] or SEGMENTATION in kinds[e]]
    sizes = {size for e in images if (size := _image_size(store, e)) is not None}
    color = sum(1 for e in entities if IMAGE in kinds[e])
    depth = sum(1 for e in entities if DEPTH in kinds[e])
    if len(sizes) <= 1 and color <= 1 and depth <= 1:
        out.append((origin, False))
        return
    if origin in entities:
        out.append((origin, True))
    by_child: dict[str, list[str]] = {}
    depth_of_origin = len(store_paths.parts(origin))
    for e in entities:
        if e == origin:
            continue
        child = store_paths.join(store_paths.parts(e)[: depth_of_origin + 1])
        by_child.setdefault(child, []).append(e)
    for child_entities in by_child.values():
        sub_origin = _common_ancestor(child_entities)
        if sub_origin == origin:  # cannot split further
            out.append((origin, False))
            return
        _split_by_images(store, sub_origin, child_entities, kinds, out)


#: At most this many time series views in a layout made from the data.
MAX_TIME_SERIES_VIEWS = 12


def _recommend_time_series(indicated: set[str]) -> list[tuple[str, bool]]:
    if not indicated:
        return []
    # Scalars at the root or right below it: one view of everything; else one per top-level subtree.
    if any(e == "/" or e.count("/") == 1 for e in indicated):
        return [("/", False)]
    subtrees = sorted({"/" + e.split("/")[1] for e in indicated})
    # Past a few, one view per subtree is a wall of tiny plots (and a page of thousands of views
    # never finishes loading): then one view of everything, whose plot caps the series it draws.
    if len(subtrees) > MAX_TIME_SERIES_VIEWS:
        return [("/", False)]
    return [(s, False) for s in subtrees]


#: The last default layout per store and the store shape it was made for: live data pushes a
#: summary up to 10 times a second, and with 10,000 entities making the layout took ~0.4 s.
_DEFAULT_LAYOUTS: weakref.WeakKeyDictionary[ChunkStore, tuple[int, P.BlueprintLayout]] = weakref.WeakKeyDictionary()


def default_layout(store: ChunkStore) -> P.BlueprintLayout:
    """
    Views made from what the recording holds (see the section comment above), made again only
    when a new entity or component arrives (`ChunkStore.shape_generation`), as Rerun's
    heuristics run again then; the images' sizes that split 2D views are those seen then.
    """
    cached = _DEFAULT_LAYOUTS.get(store)
    if cached is None or cached[0] != store.shape_generation:
        shape = store.shape_generation
        cached = _DEFAULT_LAYOUTS[store] = (shape, _make_default_layout(store))
    return copy.deepcopy(cached[1])  # callers may change it (a sent blueprint takes its root)


def _make_default_layout(store: ChunkStore) -> P.BlueprintLayout:
    entities = store.entity_paths()
    archetypes = {e: {a for c in store.component_names(e) if (a := archetype_of_indicator(c)) is not None} for e in entities}
    kinds = {e: view_kinds(store.component_names(e)) for e in entities}

    def indicated(kind: str) -> set[str]:
        return {e for e in entities if kind in kinds[e]}

    spaces = _Spaces(store, entities)
    recommended: dict[str, list[tuple[str, bool]]] = {
        VIEW_3D: _recommend_3d(spaces, indicated(VIEW_3D)),
        VIEW_2D: _recommend_2d(store, spaces, indicated(VIEW_2D), archetypes),
        "TimeSeries": _recommend_time_series(indicated("TimeSeries")),
        "BarChart": [(e, True) for e in sorted(indicated("BarChart"))],
        "Tensor": [(e, True) for e in sorted(indicated("Tensor"))],
        "TextDocument": [(e, True) for e in sorted(indicated("TextDocument"))],
        "TextLog": [("/", False)] if indicated("TextLog") else [],
    }
    views = [_view(kind, origin, single) for kind in _ORDER for origin, single in _drop_redundant(recommended[kind])]
    root = P.ContainerNode(
        node="container",
        id="default-root",
        # Rerun shows a lone view as a tab of the viewport, several in a grid.
        container_kind="tabs" if len(views) == 1 else "grid",
        name=None,
        children=list(views),
        column_shares=None,
        row_shares=None,
        grid_columns=None,
        active_tab=None,
        visible=True,
    )
    return P.BlueprintLayout("default", root if views else None, {}, True)


# -- the layout edited in the page, back to a blueprint ---------------------------------------------


def _uuid(ident: str) -> uuid.UUID:
    """The node's id as a UUID: itself when it is one (a sent blueprint's), else one derived from it."""
    try:
        return uuid.UUID(ident)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"pyrerun-layout:{ident}")


def _view_properties(props: P.ViewProperties | None, visual_bounds: list[float] | None) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    from ..._datamodel import view_values as V
    from ...blueprint import archetypes as A
    from ...blueprint import components as bc

    out: dict[str, Any] = {}
    overrides: dict[str, list[Any]] = {}
    if visual_bounds is not None:
        out["VisualBounds2D"] = A.VisualBounds2D(x_range=visual_bounds[:2], y_range=visual_bounds[2:])
    if props is None:
        return out, overrides
    if props.background_kind is not None:
        out["Background"] = A.Background(kind=props.background_kind, color=props.background_color)
    if props.legend_corner is not None or props.legend_visible is not None:
        out["PlotLegend"] = A.PlotLegend(props.legend_corner, visible=props.legend_visible)
    if props.axis_y_range is not None or props.axis_y_zoom_lock is not None:
        out["ScalarAxis"] = A.ScalarAxis(range=props.axis_y_range, zoom_lock=props.axis_y_zoom_lock)
    if props.time_windows:

        def boundary(b: P.TimeBoundary) -> V.TimeRangeBoundary:
            return V.TimeRangeBoundary(None if b.value is None else V.TimeInt(nanos=b.value), b.kind)

        out["VisibleTimeRanges"] = A.VisibleTimeRanges([V.VisibleTimeRange(w.timeline, start=boundary(w.start), end=boundary(w.end)) for w in props.time_windows])
    if props.tensor_slice is not None:
        import rerun.datatypes as rd

        ts = props.tensor_slice

        def dim(d: P.TensorDimension | None) -> Any:
            return None if d is None else rd.TensorDimensionSelection(dimension=d.dimension, invert=d.invert)

        out["TensorSliceSelection"] = A.TensorSliceSelection(
            width=dim(ts.width), height=dim(ts.height),
            indices=None if ts.indices is None else [rd.TensorDimensionIndexSelection(dimension=i.dimension, index=i.index) for i in ts.indices],
            slider=ts.sliders,
        )
    if (props.tensor_colormap, props.tensor_gamma, props.tensor_mag_filter) != (None, None, None):
        out["TensorScalarMapping"] = A.TensorScalarMapping(mag_filter=props.tensor_mag_filter, colormap=props.tensor_colormap, gamma=props.tensor_gamma)
    if props.tensor_fit is not None:
        out["TensorViewFit"] = A.TensorViewFit(props.tensor_fit)
    if props.compare_recordings:
        out[COMPARE_RECORDINGS] = _CompareRecordings()
    for entity, names in props.visualizers.items():
        overrides[entity] = [bc.VisualizerOverrides(names)]
    import rerun.components as rc

    for entity, st in props.series_styles.items():
        batches = overrides.setdefault(entity, [])
        if st.color is not None:
            batches.append(rc.ColorBatch([st.color]))
        if st.name is not None:
            batches.append(rc.NameBatch([st.name]))
        if st.width is not None:
            batches.append(rc.StrokeWidthBatch([st.width]))
        if st.marker_size is not None:
            batches.append(rc.MarkerSizeBatch([st.marker_size]))
    return out, overrides


class _CompareRecordings:
    """The `CompareRecordings` view property, logged as the blueprint archetypes are (indicator + value)."""

    def as_component_batches(self) -> list[Any]:
        import pyarrow as pa

        from ..._datamodel.batch import NamedBatch

        return [
            NamedBatch(f"{PYRERUN_BP}{COMPARE_RECORDINGS}Indicator", pa.nulls(1, pa.null())),
            NamedBatch(PYRERUN_BP + COMPARE_RECORDINGS, pa.array([True])),
        ]


class _StoredBatch:
    """A component batch read back from a blueprint store, to be written into another one as it is."""

    def __init__(self, res: LatestAtResult) -> None:
        self._name, self._array = res.component, res.batch

    def component_name(self) -> str:
        return self._name

    def as_arrow_array(self) -> Any:
        return self._array


def _carry_components(view: Any, ident: str, previous: ChunkStore | None) -> None:
    """Give `view` the component defaults and overrides its id has in `previous` (the page does not edit them)."""
    if previous is None:
        return
    found = view_components(previous, ident)
    view.defaults = [_StoredBatch(res) for res in found.defaults.values()]
    for entity, comps in found.overrides.items():
        batches = view.overrides.setdefault(entity, [])
        have = {b.component_name() for b in batches}
        batches.extend(_StoredBatch(res) for res in comps.values() if res.component not in have)


def layout_to_blueprint(root: P.LayoutNode | None, panels: dict[str, str], previous: ChunkStore | None = None) -> Any:
    """A `rerun.blueprint.Blueprint` of a layout tree (what the page shows), ids and properties kept.

    `previous`: the blueprint store the page's layout came from; the views' component defaults and
    overrides, which the layout does not carry, are taken from it.
    """
    import rerun.blueprint as rrb

    view_classes = {
        "3D": rrb.Spatial3DView, "2D": rrb.Spatial2DView, "TimeSeries": rrb.TimeSeriesView, "BarChart": rrb.BarChartView,
        "Tensor": rrb.TensorView, "TextDocument": rrb.TextDocumentView, "TextLog": rrb.TextLogView,
    }

    def build(node: P.LayoutNode) -> Any:
        if isinstance(node, P.ViewNode):
            cls = view_classes.get(node.kind)
            view = cls(origin=node.origin, contents=node.contents, name=node.name, visible=node.visible) if cls else rrb.SpaceView(class_identifier=node.kind, origin=node.origin, contents=node.contents, name=node.name, visible=node.visible)
            view.properties, view.overrides = _view_properties(node.properties, node.visual_bounds)
            _carry_components(view, node.id, previous)
            view.id = _uuid(node.id)
            return view
        children = [build(c) for c in node.children]
        active = node.active_tab if node.container_kind == "tabs" and node.active_tab is not None and node.active_tab < len(children) else None
        container = rrb.Container(
            *children, kind=node.container_kind, column_shares=node.column_shares, row_shares=node.row_shares,
            grid_columns=node.grid_columns, active_tab=active, name=node.name,
        )
        container.id = _uuid(node.id)
        container.visible = node.visible
        return container

    panel_classes = {"blueprint": rrb.BlueprintPanel, "selection": rrb.SelectionPanel, "time": rrb.TimePanel}
    parts = [panel_classes[name](state=state) for name, state in panels.items() if name in panel_classes]
    if root is not None:
        parts.insert(0, build(root))
    return rrb.Blueprint(*parts, auto_layout=False, auto_space_views=False)


def edited_blueprint_messages(root: P.LayoutNode | None, panels: dict[str, str], application_id: str, previous: ChunkStore | None = None) -> list[Any]:
    """The messages of a new blueprint store holding the page's layout, active (not default) for `application_id`.

    `previous`: the blueprint store the layout was edited from (see `layout_to_blueprint`).
    """
    from ...blueprint.send import blueprint_messages

    return blueprint_messages(layout_to_blueprint(root, panels, previous), application_id, make_active=True, make_default=False)
