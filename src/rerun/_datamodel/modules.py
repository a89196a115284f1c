"""Register Rerun 0.17's per-type module paths (`rerun.components.radius`, ...) from the tables.

Existing code imports names from those paths (`from rerun.components.radius import RadiusBatch`);
rather than one file per type, each path is a small module made here with the same names.
"""

from __future__ import annotations

import re
import sys
import types
from typing import Any


def snake_case(name: str) -> str:
    """`Position3D` -> `position3d`, `AnnotationContext` -> `annotation_context` (Rerun's file names)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()


def register_submodules(package: str, namespace: dict[str, Any], base_names: list[str]) -> None:
    """Make `package.<snake_case(name)>` hold `name`, `nameBatch`, `nameLike` etc. for each name."""
    for base in base_names:
        module_name = f"{package}.{snake_case(base)}"
        module = types.ModuleType(module_name, f"{base} and its batch and type aliases.")
        for key, value in namespace.items():
            if key == base or (key.startswith(base) and key[len(base):] in ("Batch", "Like", "ArrayLike", "Type", "Ext")):
                setattr(module, key, value)
        sys.modules[module_name] = module
        setattr(sys.modules[package], snake_case(base), module)  # `rr.datatypes.vec3d` works too
