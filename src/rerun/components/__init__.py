"""Components: a name plus a datatype (`Position3D` is a `Vec3D`, `Color` an `Rgba32`, ...).

Made from the table in `rerun._datamodel.tables`.
"""

from __future__ import annotations

from typing import Any

from .._datamodel.classes import COMPONENTS_NS
from .._datamodel.modules import register_submodules

globals().update(COMPONENTS_NS)

_ALIASES = {
    f"{name}{suffix}": Any for name in list(COMPONENTS_NS) if not name.endswith(("Batch", "Type")) for suffix in ("Like", "ArrayLike")
}
globals().update(_ALIASES)

register_submodules(__name__, {**globals()}, [n for n in COMPONENTS_NS if not n.endswith(("Batch", "Type"))])

__all__ = sorted(set(COMPONENTS_NS) | set(_ALIASES))


def __getattr__(name: str) -> Any:
    # The classes above are made from the tables at import time; this tells type checkers the
    # module's names are dynamic (it only runs for names that do not exist).
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
