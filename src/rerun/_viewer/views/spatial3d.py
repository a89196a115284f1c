"""The 3D view: 3D archetypes in the origin's space, 2D content under pinholes on their image planes."""

from __future__ import annotations

from typing import Final

from .. import protocol as P
from ._spatial import spatial_payload
from .common import ViewQuery

KIND: Final = "3D"


def build(q: ViewQuery) -> P.SpatialPayload:
    return spatial_payload(q, KIND)
