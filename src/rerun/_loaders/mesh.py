"""3D models (glTF, GLB, OBJ, STL): logged as `rr.Asset3D` holding the file's bytes, as Rerun 0.17."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

NAME = "rerun.data_loaders.Mesh"
EXTENSIONS = ("glb", "gltf", "obj", "stl")


def load(path: PurePath, contents: bytes) -> list[Any]:
    from .._datamodel.archetype_ext import Asset3D, guess_media_type
    from .._datamodel.errors import strict_override

    if not contents:
        raise ValueError(f"{path.name} is empty")
    with strict_override(True):
        return [Asset3D(contents=contents, media_type=guess_media_type(str(path), contents))]
