"""Encode a blueprint as a blueprint store: static chunks, one entity per container/view/panel.

Entities and components (all under `rerun.blueprint.components.`):

- `/viewport`: `RootContainer` (entity path of the root), `AutoLayout`, `AutoSpaceViews` (bool)
- `/container/<uuid>`: `ContainerKind` (horizontal|vertical|grid|tabs), `IncludedContents`
  (list of child entity paths), `Name`, `ColumnShares`, `RowShares` (float32), `GridColumns`
  (uint32), `ActiveTab` (child entity path)
- `/space_view/<uuid>`: `SpaceViewClass` (3D, 2D, TimeSeries, ...), `SpaceViewOrigin`,
  `QueryExpression` (one string per line), `Name`, `Visible`, `VisualBounds2D`
  (struct of x_range/y_range, float64 pairs)
- `/blueprint_panel`, `/selection_panel`, `/time_panel`: `PanelState`
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import pyarrow as pa

from .._chunk import Chunk, next_row_ids
from .._datamodel import arrow_types as T
from .._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from .api import Container, SpaceView, Spatial2DView, as_blueprint

PREFIX = "rerun.blueprint.components."


def _value(value: Any) -> pa.Array:
    """A one-row list column for one component value."""
    if isinstance(value, bool):
        inner = pa.array([value], T.BOOL)
    elif isinstance(value, str):
        inner = pa.array([value], T.UTF8)
    elif isinstance(value, int):
        inner = pa.array([value], T.U32)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        inner = pa.array(value, T.UTF8)
    elif isinstance(value, list):
        inner = pa.array(value, T.F32)
    elif isinstance(value, dict):
        inner = pa.array([value], T.RANGE2D)
    else:
        raise TypeError(f"cannot encode blueprint value {value!r}")
    return pa.ListArray.from_arrays(pa.array([0, len(inner)], pa.int32()), inner)


def _chunk(entity_path: str, components: dict[str, Any]) -> Chunk:
    columns = {PREFIX + name: _value(v) for name, v in components.items() if v is not None}
    return Chunk.build(entity_path, next_row_ids(1), {}, columns)


def _path(item: Container | SpaceView) -> str:
    return f"/container/{item.id}" if isinstance(item, Container) else f"/space_view/{item.id}"


def _item_chunks(item: Container | SpaceView) -> list[Chunk]:
    if isinstance(item, SpaceView):
        bounds = None
        if isinstance(item, Spatial2DView) and getattr(item, "visual_bounds", None) is not None:
            vb = item.visual_bounds
            bounds = {"x_range": vb.x_range, "y_range": vb.y_range}  # type: ignore[union-attr]
        return [
            _chunk(
                _path(item),
                {
                    "SpaceViewClass": item.class_identifier,
                    "SpaceViewOrigin": item.origin,
                    "QueryExpression": list(item.contents),
                    "Name": item.name,
                    "Visible": item.visible,
                    "VisualBounds2D": bounds,
                },
            )
        ]
    chunks = []
    children = [_path(c) for c in item.contents]
    active = item.active_tab
    if isinstance(active, int) and 0 <= active < len(children):
        active = children[active]
    elif isinstance(active, str):
        active = next((_path(c) for c in item.contents if getattr(c, "name", None) == active), None)
    chunks.append(
        _chunk(
            _path(item),
            {
                "ContainerKind": item.kind,
                "IncludedContents": children,
                "Name": item.name,
                "ColumnShares": item.column_shares,
                "RowShares": item.row_shares,
                "GridColumns": item.grid_columns,
                "ActiveTab": active,
            },
        )
    )
    for child in item.contents:
        chunks.extend(_item_chunks(child))
    return chunks


def blueprint_messages(blueprint: Any, application_id: str, *, make_active: bool, make_default: bool) -> list[LogMsg]:
    """All messages that record `blueprint` as a new blueprint store of `application_id`."""
    bp = as_blueprint(blueprint)
    if getattr(bp, "_invalid", False):
        return []
    store_id = StoreId(StoreKind.BLUEPRINT, str(uuid.uuid4()))
    info = StoreInfo(application_id=application_id, store_id=store_id, started_ns=time.time_ns(), sdk_version="pyrerun")
    chunks = []
    if bp.root is not None:
        chunks.extend(_item_chunks(bp.root))
    chunks.append(
        _chunk(
            "/viewport",
            {
                "RootContainer": _path(bp.root) if bp.root is not None else None,
                "AutoLayout": bp.auto_layout,
                "AutoSpaceViews": bp.auto_space_views,
            },
        )
    )
    for panel, state in bp.panels.items():
        chunks.append(_chunk(f"/{panel}", {"PanelState": state}))
    return [
        SetStoreInfo(info),
        *(ArrowMsg(store_id, c) for c in chunks),
        BlueprintActivation(store_id, make_active=make_active, make_default=make_default),
    ]


