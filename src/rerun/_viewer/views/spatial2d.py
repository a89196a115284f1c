"""The 2D view: images, segmentation and depth images, 2D points, boxes, arrows and lines."""

from __future__ import annotations

from typing import Final

from .. import protocol as P
from ._spatial import spatial_payload
from .common import ViewQuery

KIND: Final = "2D"


def build(q: ViewQuery) -> P.SpatialPayload:
    return spatial_payload(q, KIND)
