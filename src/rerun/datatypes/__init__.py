"""Datatypes: the Arrow storage of components (`Vec3D`, `Rgba32`, `Quaternion`, ...).

Made from the table in `rerun._datamodel.tables`; the value classes with behaviour are
hand-written in `rerun._datamodel.values` and `rerun._datamodel.tensor`.
"""

from __future__ import annotations

from typing import Any

from .._datamodel import tensor as _tensor
from .._datamodel import values as _values
from .._datamodel.classes import DATATYPES_NS
from .._datamodel.modules import register_submodules

# Hand-written value classes that have no row of their own in the datatype table.
_HAND_WRITTEN: dict[str, Any] = {
    "Angle": _values.Angle,
    "AnnotationInfo": _values.AnnotationInfo,
    "ClassDescription": _values.ClassDescription,
    "Material": _values.Material,
    "Quaternion": _values.Quaternion,
    "Rotation3D": _values.Rotation3D,
    "Scale3D": _values.Scale3D,
    "TensorData": _tensor.TensorData,
    "Transform3D": _values.Transform3D,
}

_VALUE_NAMES = sorted({n for n in DATATYPES_NS if not n.endswith(("Batch", "Type"))} | set(_HAND_WRITTEN))
# Type aliases Rerun 0.17 exports for annotations (`Vec3DLike`, `Vec3DArrayLike`, ...): anything goes in.
_ALIASES: dict[str, Any] = {f"{name}{suffix}": Any for name in _VALUE_NAMES for suffix in ("Like", "ArrayLike")}
# Where Rerun 0.17's `<Name>Like` is the class itself, so is ours (code may call `MaterialLike(...)`).
_ALIASES.update(
    {
        f"{name}Like": {**DATATYPES_NS, **_HAND_WRITTEN}[name]
        for name in (
            "Material",
            "Quaternion",
            "Range2D",
            "RotationAxisAngle",
            "TensorDimension",
            "TensorDimensionIndexSelection",
            "TimeRange",
            "TranslationAndMat3x3",
            "TranslationRotationScale3D",
            "VisibleTimeRange",
        )
    }
)

# Hand-written classes show (and pickle) under their public module, as Rerun 0.17's do.
for _cls in {**DATATYPES_NS, **_HAND_WRITTEN}.values():
    if isinstance(_cls, type) and _cls.__module__.startswith("rerun._datamodel"):
        _cls.__module__ = __name__

globals().update(DATATYPES_NS)
globals().update(_HAND_WRITTEN)
globals().update(_ALIASES)

register_submodules(__name__, {**DATATYPES_NS, **_HAND_WRITTEN, **_ALIASES}, _VALUE_NAMES)

__all__ = sorted(set(DATATYPES_NS) | set(_HAND_WRITTEN) | set(_ALIASES))


def __getattr__(name: str) -> Any:
    # The classes above are made from the tables at import time; this tells type checkers the
    # module's names are dynamic (it only runs for names that do not exist).
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
