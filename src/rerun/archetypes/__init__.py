"""Archetypes: bundles of components logged together (`Points3D`, `Image`, `Transform3D`, ...).

Made from the table in `rerun._datamodel.archetype_table`; constructors with real behaviour
are in `rerun._datamodel.archetype_ext`.
"""

from __future__ import annotations

from typing import Any

from .._datamodel.archetype import Archetype
from .._datamodel.archetype_ext import Box2DFormat, ImageEncoded, ImageFormat, all_archetypes
from .._datamodel.modules import register_submodules

_ARCHETYPES = all_archetypes()
globals().update(_ARCHETYPES)

register_submodules(__name__, dict(_ARCHETYPES), list(_ARCHETYPES))

__all__ = sorted(set(_ARCHETYPES) | {"Archetype", "Box2DFormat", "ImageEncoded", "ImageFormat"})


def __getattr__(name: str) -> Any:
    # The classes above are made from the tables at import time; this tells type checkers the
    # module's names are dynamic (it only runs for names that do not exist).
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
