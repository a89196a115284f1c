"""Encode a blueprint as a blueprint store, laid out as Rerun 0.17 lays it out (see docs/blueprint-format.md).

One static chunk per entity, each an archetype of `rerun.blueprint.archetypes` with its indicator:

- `/viewport`: `ViewportBlueprint` (root container id, auto layout, auto views)
- `/container/<id>`: `ContainerBlueprint`; `/space_view/<id>`: `SpaceViewBlueprint`
- `/space_view/<id>/SpaceViewContents`: the query expressions
- `/space_view/<id>/<Property>`: view properties (`Background`, `PlotLegend`, `ScalarAxis`, ...)
- `/space_view/<id>/defaults`: component defaults for every entity of the view
- `/space_view/<id>/SpaceViewContents/individual_overrides/<entity>`: per-entity overrides
- `/blueprint_panel`, `/selection_panel`, `/time_panel`, `/top_panel`: `PanelBlueprint`
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import pyarrow as pa

from .._chunk import Chunk, next_row_ids
from .._datamodel.errors import report
from .._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from . import archetypes as A
from .api import Blueprint, Container, SpaceView, as_blueprint


def _one_row(array: pa.Array) -> pa.Array:
    """A one-row list column holding `array` as that row's batch."""
    return pa.ListArray.from_arrays(pa.array([0, len(array)], pa.int32()), array)


def _chunk(entity_path: str, batches: list[Any]) -> Chunk:
    columns: dict[str, pa.Array] = {}
    for batch in batches:
        columns[batch.component_name()] = _one_row(batch.as_arrow_array())
    return Chunk.build("/" + entity_path.lstrip("/"), next_row_ids(1), {}, columns)


def _view_chunks(view: SpaceView) -> list[Chunk]:
    path = view.blueprint_path()
    chunks = [
        _chunk(path, A.SpaceViewBlueprint(view.class_identifier, display_name=view.name, space_origin=view.origin, visible=view.visible).as_component_batches()),
        _chunk(f"{path}/SpaceViewContents", A.SpaceViewContents(view.contents).as_component_batches()),
    ]
    for name, prop in view.properties.items():
        batches = prop.as_component_batches()
        if batches:
            chunks.append(_chunk(f"{path}/{name}", batches))
    if view.defaults:
        chunks.append(_chunk(f"{path}/defaults", view.defaults))
    for entity, batches in view.overrides.items():
        if batches:
            chunks.append(_chunk(f"{path}/SpaceViewContents/individual_overrides/{entity.strip('/')}", batches))
    return chunks


def _container_chunks(container: Container) -> list[Chunk]:
    chunks: list[Chunk] = []
    active = None
    children = [c for c in container.contents if not getattr(c, "_invalid", False)]
    for i, child in enumerate(children):
        chunks.extend(_item_chunks(child))
        if container.active_tab is not None and (i == container.active_tab or (isinstance(child, SpaceView) and child.name == container.active_tab)):
            active = child.blueprint_path()
    arch = A.ContainerBlueprint(
        container.kind.name,
        display_name=container.name,
        contents=[c.blueprint_path() for c in children],
        col_shares=container.column_shares,
        row_shares=container.row_shares,
        active_tab=active,
        visible=container.visible,
        grid_columns=container.grid_columns,
    )
    chunks.append(_chunk(container.blueprint_path(), arch.as_component_batches()))
    return chunks


def _item_chunks(item: Container | SpaceView) -> list[Chunk]:
    return _view_chunks(item) if isinstance(item, SpaceView) else _container_chunks(item)


def blueprint_messages(blueprint: Any, application_id: str, *, make_active: bool, make_default: bool) -> list[LogMsg]:
    """All messages that record `blueprint` as a new blueprint store of `application_id` (none if it is invalid)."""
    try:
        bp = as_blueprint(blueprint)
    except TypeError as err:
        report(err, "rr.send_blueprint")
        return []
    if getattr(bp, "_invalid", False) or (bp.root_container is not None and getattr(bp.root_container, "_invalid", False)):
        return []
    store_id = StoreId(StoreKind.BLUEPRINT, str(uuid.uuid4()))
    info = StoreInfo(application_id=application_id, store_id=store_id, started_ns=time.time_ns(), sdk_version="pyrerun")
    chunks: list[Chunk] = []
    if bp.root_container is not None:
        try:
            chunks.extend(_item_chunks(bp.root_container))
        except RecursionError:
            report(ValueError("a container holds itself (directly or through its children); nothing was sent"), "rr.send_blueprint")
            return []
    viewport = A.ViewportBlueprint(
        root_container=bp.root_container.id if bp.root_container is not None else None,
        auto_layout=bp.auto_layout,
        auto_space_views=bp.auto_space_views,
    )
    chunks.append(_chunk("viewport", viewport.as_component_batches()))
    for path, panel in bp.panels.items():
        if panel.state is not None:
            chunks.append(_chunk(path, A.PanelBlueprint(state=panel.state).as_component_batches()))
    return [
        SetStoreInfo(info),
        *(ArrowMsg(store_id, c) for c in chunks),
        BlueprintActivation(store_id, make_active=make_active, make_default=make_default),
    ]


def save_blueprint(blueprint: Blueprint, application_id: str, path: str | os.PathLike[str]) -> None:
    """Write `blueprint` as an `.rbl` file (an rrd stream holding one blueprint store)."""
    from .._recording.sinks import FileSink

    sink = FileSink(path)
    try:
        for msg in blueprint_messages(blueprint, application_id, make_active=True, make_default=True):
            sink.send(msg)
    finally:
        sink.close()


def connect_blueprint(blueprint: Blueprint, application_id: str, addr: str, *, make_active: bool, make_default: bool) -> None:
    """Send `blueprint` to the viewer at `addr` over TCP and wait until it is handed to the OS."""
    from .._recording.sinks import TcpSink

    sink = TcpSink(addr)
    try:
        for msg in blueprint_messages(blueprint, application_id, make_active=make_active, make_default=make_default):
            sink.send(msg)
    finally:
        sink.close()


def create_in_memory_blueprint(*, application_id: str, blueprint: Any) -> Any:
    """
    A blueprint (a layout) recorded in memory, e.g. to send it to a viewer later.

    Parameters
    ----------
    application_id:
        The application the blueprint is for: the viewer uses it for recordings of that id.
    blueprint:
        A `rrb.Blueprint`, container or view.

    Returns
    -------
    MemoryRecording
        Its messages: the blueprint store's info, its chunks and its activation (active and default).

    """
    from .._recording.sinks import MemorySink
    from .._recording.stream import MemoryRecording, RecordingStream

    sink = MemorySink()
    for msg in blueprint_messages(blueprint, application_id, make_active=True, make_default=True):
        sink.send(msg)
    # A stream that logs nothing itself: `MemoryRecording` flushes it before reading the messages.
    stream = RecordingStream(application_id, default_enabled=False, store_kind=StoreKind.BLUEPRINT)
    return MemoryRecording(stream, sink)
