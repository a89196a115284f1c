"""Datatypes: the Arrow storage of components (`Vec3D`, `Rgba32`, `Quaternion`, ...).

Made from the table in `rerun._datamodel.tables`.
"""

from __future__ import annotations

from typing import Any

from .._datamodel.classes import DATATYPES_NS
from .._datamodel.modules import register_submodules
from .._datamodel.tensor import TensorData
from .._datamodel.values import (
    Angle,
    AnnotationInfo,
    ClassDescription,
    ClassDescriptionMapElem,
    KeypointPair,
    Mat3x3,
    Material,
    Quaternion,
    Rotation3D,
    RotationAxisAngle,
    Scale3D,
    Transform3D,
    TranslationAndMat3x3,
    TranslationRotationScale3D,
)

globals().update(DATATYPES_NS)

# Type aliases Rerun 0.17 exports for annotations (`Vec3DLike`, `Vec3DArrayLike`, ...): anything goes in.
_ALIASES = {f"{name}{suffix}": Any for name in list(DATATYPES_NS) if not name.endswith("Batch") for suffix in ("Like", "ArrayLike")}
_ALIASES.update({"AnnotationInfoLike": Any, "ClassDescriptionLike": Any, "KeypointPairLike": Any, "TensorDataLike": Any})
globals().update(_ALIASES)

register_submodules(
    __name__,
    {**globals()},
    [n for n in list(DATATYPES_NS) if not n.endswith("Batch")]
    + ["AnnotationInfo", "ClassDescription", "ClassDescriptionMapElem", "KeypointPair", "TensorData", "TranslationAndMat3x3", "TranslationRotationScale3D", "RotationAxisAngle"],
)

__all__ = sorted(
    set(DATATYPES_NS)
    | set(_ALIASES)
    | {
        "Angle",
        "AnnotationInfo",
        "ClassDescription",
        "ClassDescriptionMapElem",
        "KeypointPair",
        "Mat3x3",
        "Material",
        "Quaternion",
        "Rotation3D",
        "RotationAxisAngle",
        "Scale3D",
        "TensorData",
        "Transform3D",
        "TranslationAndMat3x3",
        "TranslationRotationScale3D",
    }
)


def __getattr__(name: str) -> Any:
    # The classes above are made from the tables at import time; this tells type checkers the
    # module's names are dynamic (it only runs for names that do not exist).
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
