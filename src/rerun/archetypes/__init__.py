"""Archetypes: bundles of components logged together (`Points3D`, `Image`, `Transform3D`, ...).

Made from the table in `rerun._datamodel.archetype_table`; constructors with real behaviour
are in `rerun._datamodel.archetype_ext`.
"""

from __future__ import annotations

from .._datamodel.archetype import Archetype
from .._datamodel.archetype_ext import Box2DFormat, ImageEncoded, ImageFormat, all_archetypes
from .._datamodel.modules import register_submodules

_ARCHETYPES = all_archetypes()
globals().update(_ARCHETYPES)

register_submodules(__name__, dict(_ARCHETYPES), list(_ARCHETYPES))

__all__ = sorted(set(_ARCHETYPES) | {"Archetype", "Box2DFormat", "ImageEncoded", "ImageFormat"})
