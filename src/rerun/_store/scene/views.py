"""Which kinds of view can show an entity, decided from its indicator components (one table)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import ChunkStore

VIEW_3D = "3D"
VIEW_2D = "2D"
VIEW_TIME_SERIES = "TimeSeries"
VIEW_BAR_CHART = "BarChart"
VIEW_TENSOR = "Tensor"
VIEW_TEXT_DOCUMENT = "TextDocument"
VIEW_TEXT_LOG = "TextLog"

#: Archetype (indicator ``rerun.components.<Archetype>Indicator``) -> view kinds that show it.
#: Everything shown in 2D is also shown in 3D when it lives under a pinhole (projected).
VIEW_KINDS_BY_ARCHETYPE: dict[str, tuple[str, ...]] = {
    "Points3D": (VIEW_3D,),
    "Boxes3D": (VIEW_3D,),
    "Arrows3D": (VIEW_3D,),
    "LineStrips3D": (VIEW_3D,),
    "Mesh3D": (VIEW_3D,),
    "Asset3D": (VIEW_3D,),
    "Transform3D": (VIEW_3D,),
    "Pinhole": (VIEW_3D,),
    "ViewCoordinates": (VIEW_3D,),
    "Points2D": (VIEW_2D,),
    "Boxes2D": (VIEW_2D,),
    "Arrows2D": (VIEW_2D,),
    "LineStrips2D": (VIEW_2D,),
    "Image": (VIEW_2D,),
    "SegmentationImage": (VIEW_2D,),
    "DepthImage": (VIEW_2D,),
    "Scalar": (VIEW_TIME_SERIES,),
    "SeriesLine": (VIEW_TIME_SERIES,),
    "SeriesPoint": (VIEW_TIME_SERIES,),
    "BarChart": (VIEW_BAR_CHART,),
    "Tensor": (VIEW_TENSOR,),
    "TextDocument": (VIEW_TEXT_DOCUMENT,),
    "TextLog": (VIEW_TEXT_LOG,),
}

_PREFIX = "rerun.components."
_SUFFIX = "Indicator"
_SCALAR = "rerun.components.Scalar"


def archetype_of_indicator(component: str) -> str | None:
    """``rerun.components.Points3DIndicator`` -> ``Points3D``; None if not an indicator."""
    if component.startswith(_PREFIX) and component.endswith(_SUFFIX):
        return component[len(_PREFIX) : -len(_SUFFIX)]
    return None


def view_kinds(component_names: Iterable[str], *, under_pinhole: bool = False) -> set[str]:
    """View kinds that can show an entity with these components."""
    kinds: set[str] = set()
    for name in component_names:
        archetype = archetype_of_indicator(name)
        if archetype is not None:
            kinds.update(VIEW_KINDS_BY_ARCHETYPE.get(archetype, ()))
        elif name == _SCALAR:
            # Scalars sent without their archetype (`rr.send_columns` of a `ScalarBatch`) are still
            # a series, as Rerun 0.18 plots them.
            kinds.add(VIEW_TIME_SERIES)
    if under_pinhole and VIEW_2D in kinds:
        kinds.add(VIEW_3D)
    return kinds


def entity_view_kinds(store: ChunkStore, entity_path: str, *, under_pinhole: bool = False) -> set[str]:
    """View kinds for an entity of a store (any data ever logged, static or temporal)."""
    return view_kinds(store.component_names(entity_path), under_pinhole=under_pinhole)


def entities_by_view_kind(store: ChunkStore) -> dict[str, list[str]]:
    """View kind -> entities with data for it (ignoring pinholes; see `view_kinds`)."""
    out: dict[str, list[str]] = {}
    for entity in store.entity_paths():
        for kind in view_kinds(store.component_names(entity)):
            out.setdefault(kind, []).append(entity)
    return out
