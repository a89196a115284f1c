"""Per view kind one module that builds the view's payload from the store; registered in `VIEWS`.

Each module has ``KIND`` (the view class, as in `rerun._store.scene.views`) and
``build(query) -> payload``; optionally ``TIME_DEPENDENT_COMPONENTS``, the only components whose
rows change its answer as the time cursor moves (absent: any row of the view's entities and their
ancestors can). The web app mirrors this list in web/src/views/index.ts.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ..._store import ChunkStore
from ..._store import paths as store_paths
from ..._store.entity_filter import EntityFilter
from .. import protocol as P
from . import bar_chart, spatial2d, spatial3d, tensor, text_document, text_log, time_series
from .common import ArrayCollector, BlueprintComponents, ViewQuery
from .time_window import spatial_history

#: The one list of view kinds the server answers queries for.
VIEWS: list[ModuleType] = [spatial3d, spatial2d, time_series, bar_chart, tensor, text_document, text_log]
BUILDERS = {module.KIND: module.build for module in VIEWS}
#: View kind -> the components whose rows change its answer over time (kinds not listed: any row).
TIME_DEPENDENT_COMPONENTS: dict[str, list[str]] = {
    module.KIND: list(module.TIME_DEPENDENT_COMPONENTS) for module in VIEWS if hasattr(module, "TIME_DEPENDENT_COMPONENTS")
}


def build_view(
    store: ChunkStore,
    kind: str,
    origin: str,
    contents: list[str],
    timeline: str | None,
    time: int | None,
    known: set[str] | frozenset[str] = frozenset(),
    time_window: P.TimeWindow | None = None,
    blueprint: BlueprintComponents | None = None,
    plot: P.PlotQuery | None = None,
    recordings: list[tuple[str, str, ChunkStore]] | None = None,
    drawable_keys: bool = False,
) -> tuple[Any, dict[str, Any]]:
    """(payload, arrays the client lacks) of one view at one time (spatial views: over `time_window` if given).

    `blueprint`: the view's component defaults and overrides (`blueprint.view_components`).
    Time series views: `plot` is the plot's visible range and size; `recordings` the (store id,
    label, store) of every recording to compare when `plot.compare_recordings` is set.
    `drawable_keys`: spatial views answer by drawable key (`SpatialPayload.order`): drawables
    whose key is in `known` are not sent again (a page that caches them by key, as the viewer's
    page does); their keys are in the payload's `keys`, to add to `known` like the arrays.

    Raises KeyError for an unknown view kind.
    """
    builder = BUILDERS.get(kind)
    if builder is None:
        raise KeyError(f"unknown view kind {kind!r}; known: {', '.join(BUILDERS)}")
    arrays = ArrayCollector(known)
    origin = store_paths.normalize(origin)
    query = ViewQuery(
        store=store,
        kind=kind,
        origin=origin,
        contents=EntityFilter.parse(contents or ["+ $origin/**"], origin),
        timeline=timeline if timeline in store.timelines() else None,
        time=P.widen_query_time(time),
        arrays=arrays,
        blueprint=blueprint or BlueprintComponents(),
        plot=plot,
        recordings=list(recordings or []),
    )
    if time_window is not None and kind in ("2D", "3D") and time_window.timeline == query.timeline:
        return spatial_history(query, time_window, builder), arrays.new  # many times: drawn in full
    query.drawable_keys = drawable_keys
    return builder(query), arrays.new


__all__ = ["BUILDERS", "TIME_DEPENDENT_COMPONENTS", "VIEWS", "build_view"]
