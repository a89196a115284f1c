"""
PLY point clouds: logged as `rr.Points3D`, reading the properties Rerun 0.17 reads.

From the `vertex` element: `x`, `y`, `z` (required; integer or float), `red`, `green`, `blue` and
optionally `alpha` (0-255 integers, or 0-1 floats scaled by 255), `radius`, and `label` (a list
of bytes, as UTF-8 text). Other elements and properties are ignored with a warning naming them.
Parsed with `plyfile` (ASCII and binary PLY).
"""

from __future__ import annotations

import io
from pathlib import PurePath
from typing import Any

import numpy as np

NAME = "rerun.data_loaders.PointCloud"
EXTENSIONS = ("ply",)

_KNOWN = ("x", "y", "z", "red", "green", "blue", "alpha", "radius", "label")


def load(path: PurePath, contents: bytes) -> list[Any]:
    from plyfile import PlyData

    from .._datamodel.errors import strict_override, warn
    from ..archetypes import Points3D

    try:
        ply = PlyData.read(io.BytesIO(contents))
    except Exception as err:  # noqa: BLE001 - plyfile raises many kinds; all mean "cannot read it"
        raise ValueError(f"{path.name} is not a PLY file plyfile can read ({err})") from err
    names = [element.name for element in ply.elements]
    if "vertex" not in names:
        raise ValueError(f"{path.name} has no 'vertex' element (it has {names})")
    ignored_elements = [n for n in names if n != "vertex"]
    vertex = ply["vertex"].data
    props = list(vertex.dtype.names or ())
    if not all(axis in props and _is_number(vertex[axis]) for axis in ("x", "y", "z")):
        raise ValueError(f"{path.name}: the vertices have no numeric x, y, z properties (they have {props})")
    fields: dict[str, Any] = {
        "positions": np.stack([vertex[a].astype(np.float32) for a in ("x", "y", "z")], axis=1).reshape(-1, 3)
    }
    used = {"x", "y", "z"}
    if all(c in props and vertex[c].dtype.kind in "iuf" for c in ("red", "green", "blue")):
        channels = ["red", "green", "blue"] + (["alpha"] if "alpha" in props and vertex["alpha"].dtype.kind in "iuf" else [])
        rgba = np.full((len(vertex), 4), 255, dtype=np.uint8)
        for i, channel in enumerate(channels):
            rgba[:, i] = _to_u8(vertex[channel])
        fields["colors"] = rgba
        used.update(channels)
    if "radius" in props and _is_number(vertex["radius"]):
        fields["radii"] = vertex["radius"].astype(np.float32)
        used.add("radius")
    if "label" in props and vertex["label"].dtype == object:
        fields["labels"] = [bytes(np.asarray(v, dtype=np.uint8)).decode("utf-8", "replace") for v in vertex["label"]]
        used.add("label")
    ignored = [p for p in props if p not in used]
    if ignored_elements:
        warn(f"{path.name}: ignored the PLY element(s) {ignored_elements}; only 'vertex' is read")
    if ignored:
        warn(f"{path.name}: ignored the vertex properties {ignored}; read are {list(_KNOWN)}")
    with strict_override(True):
        return [Points3D(**fields)]


def _is_number(column: np.ndarray) -> bool:
    # Rerun 0.17 reads no position or radius from (u)char properties (colors: any number).
    return column.dtype.kind == "f" or (column.dtype.kind in "iu" and column.dtype.itemsize > 1)


def _to_u8(column: np.ndarray) -> np.ndarray:
    if column.dtype.kind == "f":  # 0-1 floats, as Rerun 0.17 (saturating, NaN → 0)
        return np.nan_to_num(np.clip(column * 255.0, 0, 255)).astype(np.uint8)
    return column.astype(np.int64).astype(np.uint8)  # integers wrap as Rust's `as u8`
