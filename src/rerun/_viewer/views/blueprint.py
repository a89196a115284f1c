"""The layout a recording is shown with: the blueprint sent for its application, else one made from the data.

The default layout follows Rerun's heuristics: a 3D view at the root for 3D content (plus one per
disconnected subtree), a 2D view per pinhole with 2D content and one at the root for other 2D
content, one time series view for all scalars, and a view per bar chart, tensor and text document
entity, plus one text log view; all in a grid. See docs/blueprint-format.md for the sent format.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..._log_msg import StoreId
from ..._store import ChunkStore, StoreHub
from ..._store import paths as store_paths
from ..._store.scene.views import VIEW_2D, VIEW_3D, view_kinds
from .. import protocol as P

BP = "rerun.blueprint.components."
PINHOLE = "rerun.components.PinholeProjection"
DISCONNECTED = "rerun.components.DisconnectedSpace"
_ORDER = [VIEW_3D, VIEW_2D, "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog"]
_PANELS = {"blueprint_panel": "blueprint", "selection_panel": "selection", "time_panel": "time"}


def blueprint_layout(hub: StoreHub, store_id: StoreId) -> P.BlueprintLayout:
    """The sent (active) blueprint of the recording's application, else the default from the data."""
    store = hub.store(store_id)
    app = hub.application_of(store_id)
    # The active blueprint, else the default one (`rr.init(default_blueprint=...)` sends it inactive).
    bp_id = (hub.active_blueprint(app) or hub.default_blueprint(app)) if app is not None else None
    bp_store = hub.store(bp_id) if bp_id is not None else None
    if bp_store is not None:
        layout = read_blueprint(bp_store)
        if layout is not None:
            if layout.root is None and store is not None:
                layout.root = default_layout(store).root
            return layout
    return default_layout(store) if store is not None else P.BlueprintLayout("default", None, {}, True)


# -- the sent blueprint -------------------------------------------------------------------------------


def _value(store: ChunkStore, path: str, name: str) -> Any:
    res = store.latest_at(path, BP + name, None)
    if res is None or len(res.batch) == 0:
        return None
    values = res.batch.to_pylist()
    return values if name in ("IncludedContents", "QueryExpression", "ColumnShares", "RowShares") else values[0]


def read_blueprint(bp: ChunkStore) -> P.BlueprintLayout | None:
    """Decode a blueprint store (None if it has no viewport)."""
    if not bp.has_entity("/viewport"):
        return None
    root_path = _value(bp, "/viewport", "RootContainer")
    auto_layout = _value(bp, "/viewport", "AutoLayout")
    panels = {}
    for entity, name in _PANELS.items():
        state = _value(bp, "/" + entity, "PanelState")
        if state is not None:
            panels[name] = str(state)
    seen: set[str] = set()
    root = _node(bp, root_path, seen) if root_path else None
    return P.BlueprintLayout("sent", root, panels, bool(auto_layout) if auto_layout is not None else False)


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
        contents = _value(bp, path, "QueryExpression") or ["+ $origin/**"]
        bounds = _value(bp, path, "VisualBounds2D")
        vb = None
        if isinstance(bounds, dict) and bounds.get("x_range") and bounds.get("y_range"):
            vb = [float(bounds["x_range"][0]), float(bounds["x_range"][1]), float(bounds["y_range"][0]), float(bounds["y_range"][1])]
        return P.ViewNode(
            node="view",
            id=ident,
            kind=str(kind),
            name=str(_value(bp, path, "Name") or origin.lstrip("/") or "/"),
            origin=origin,
            contents=[_expand(str(c), origin) for c in contents],
            visible=True if visible is None else bool(visible),
            visual_bounds=vb,
        )
    if path.startswith("/container/"):
        kind = str(_value(bp, path, "ContainerKind") or "grid").lower()
        if kind not in ("horizontal", "vertical", "grid", "tabs"):
            kind = "grid"
        child_paths = [str(c) for c in (_value(bp, path, "IncludedContents") or [])]
        children = [c for p in child_paths if (c := _node(bp, store_paths.normalize(p), seen)) is not None]
        active = _value(bp, path, "ActiveTab")
        active_index = None
        if active is not None:
            kept = [p for p in child_paths if any(store_paths.last_part(p) == c.id for c in children)]
            active_index = kept.index(active) if active in kept else None
        grid = _value(bp, path, "GridColumns")
        return P.ContainerNode(
            node="container",
            id=ident,
            container_kind=kind,  # type: ignore[arg-type]
            name=_value(bp, path, "Name"),
            children=children,
            column_shares=_value(bp, path, "ColumnShares"),
            row_shares=_value(bp, path, "RowShares"),
            grid_columns=None if grid is None else int(grid),
            active_tab=active_index,
            visible=True if visible is None else bool(visible),
        )
    return None


def _expand(expr: str, origin: str) -> str:
    return expr.replace("$origin", "" if origin == "/" else origin)


# -- the default layout -----------------------------------------------------------------------------


def _view(kind: str, origin: str, entities: list[str] | None = None) -> P.ViewNode:
    ident = hashlib.sha1(f"{kind}:{origin}".encode()).hexdigest()[:16]
    contents = [f"+ {'' if origin == '/' else origin}/**"]
    if entities is not None:  # a view showing only some entities under its origin
        contents = [f"+ {e}" for e in entities]
    return P.ViewNode(
        node="view",
        id=ident,
        kind=kind,
        name=origin.lstrip("/") or "/",
        origin=origin,
        contents=contents,
        visible=True,
        visual_bounds=None,
    )


def default_layout(store: ChunkStore) -> P.BlueprintLayout:
    """Views made from what the recording holds (see the module docstring)."""
    entities = store.entity_paths()
    kinds = {e: view_kinds(store.component_names(e)) for e in entities}
    pinholes = sorted(e for e in entities if PINHOLE in store.component_names(e))
    disconnected = sorted(e for e in entities if DISCONNECTED in store.component_names(e))

    def under(e: str, roots: list[str]) -> str | None:
        best = None
        for r in roots:
            if store_paths.is_descendant_or_self(e, r) and (best is None or len(r) > len(best)):
                best = r
        return best

    views: list[P.ViewNode] = []
    # 3D: the root space, and every disconnected subtree with 3D content.
    spaces_3d: set[str] = set()
    for e in entities:
        if VIEW_3D in kinds[e] or (VIEW_2D in kinds[e] and under(e, pinholes)):
            spaces_3d.add(under(e, disconnected) or "/")
    for origin in sorted(spaces_3d, key=lambda p: (p != "/", p)):
        views.append(_view(VIEW_3D, origin))
    # 2D: a view per pinhole with 2D content below, one at the root for the rest.
    roots_2d: set[str] = set()
    for e in entities:
        if VIEW_2D in kinds[e]:
            roots_2d.add(under(e, pinholes) or "/")
    for origin in sorted(roots_2d, key=lambda p: (p != "/", p)):
        views.append(_view(VIEW_2D, origin))
    if any("TimeSeries" in k for k in kinds.values()):
        views.append(_view("TimeSeries", "/"))
    for kind in ("BarChart", "Tensor", "TextDocument"):
        for e in entities:
            if kind in kinds[e]:
                views.append(_view(kind, e))
    if any("TextLog" in k for k in kinds.values()):
        views.append(_view("TextLog", "/"))
    views.sort(key=lambda v: _ORDER.index(v.kind))
    root = P.ContainerNode(
        node="container",
        id="default-root",
        container_kind="grid",
        name=None,
        children=list(views),
        column_shares=None,
        row_shares=None,
        grid_columns=None,
        active_tab=None,
        visible=True,
    )
    return P.BlueprintLayout("default", root if views else None, {}, True)
