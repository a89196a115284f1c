"""
A recording as MCAP that Foxglove opens: one channel per entity (and kind), one message per row.

Messages are JSON (`message_encoding` "json", schema encoding "jsonschema"). Archetypes with a
Foxglove schema are written as that schema (field names as Foxglove's published schemas):

| rows with                     | schema                      |
|-------------------------------|-----------------------------|
| `Image` / `DepthImage` pixels | `foxglove.RawImage` (encodings rgb8, rgba8, mono8, mono16, 16UC1, 32FC1) |
| `Image` with a JPEG buffer    | `foxglove.CompressedImage`  |
| `Points3D`                    | `foxglove.PointCloud` (x, y, z float32, red, green, blue, alpha uint8) |
| `Transform3D`                 | `foxglove.FrameTransform` (child frame: the entity's path; parent: see `_Frames`) |
| `TextLog`                     | `foxglove.Log`              |
| `Boxes3D`, `LineStrips3D`, `Arrows3D`, `Mesh3D` (untextured) | `foxglove.SceneUpdate` (cubes, lines, arrows, triangles), *and* the generic message below |

Each channel's schema data is the type's JSON schema: Foxglove's own, as published in the npm
package `@foxglove/schemas` (copied unchanged into `foxglove_schemas/`, MIT, see the LICENSE there),
and every message conforms to it (bytes fields as base64 strings, as those schemas declare with
`contentEncoding`). A value a schema cannot hold (a non-finite transform) leaves its component to
the generic message instead.

Every row also has a `rerun.Components` message (`GENERIC_SCHEMA`), written after its Foxglove
messages: `{"entity_path", "static", "components": {name: the row's batch as a JSON array}, "indicators"}`
with the components no Foxglove message above holds (possibly none). It ends the row, so importing
the file again (`rerun out.mcap`) gives back every row once, static rows as static. Message time:
the row's `log_time`, else its first time timeline, else its sequence number as nanoseconds; static
rows, and times before the epoch (MCAP times are unsigned), at time 0.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
from importlib import resources
from typing import Any

import numpy as np

from .arrow_json import to_json

_LEVELS = {"TRACE": 1, "DEBUG": 1, "INFO": 2, "WARN": 3, "WARNING": 3, "ERROR": 4, "CRITICAL": 5, "FATAL": 5}
_GENERIC_SCHEMA = "rerun.Components"
_C = "rerun.components."


#: The Foxglove message types written, each with its JSON schema in `foxglove_schemas/<name>.json`.
FOXGLOVE_SCHEMAS = ("foxglove.RawImage", "foxglove.CompressedImage", "foxglove.PointCloud", "foxglove.FrameTransform", "foxglove.Log", "foxglove.SceneUpdate")

#: The JSON schema of the `rerun.Components` messages (pyrerun's own; Foxglove shows them in its raw message panels).
GENERIC_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": _GENERIC_SCHEMA,
    "description": "One row of a Rerun entity (or the part of it that no Foxglove schema holds), written by pyrerun's `rerun export`.",
    "type": "object",
    "properties": {
        "entity_path": {"type": "string", "description": "The Rerun entity path of the row (also the channel's topic)."},
        "static": {"type": "boolean", "description": "Whether the row is static data (logged without a time)."},
        "components": {
            "type": "object",
            "description": "The row's components by full name (`rerun.components.Scalar`): the row's batch as a JSON array, Arrow values as JSON (structs as objects, lists as arrays, unions as an object whose one key is the variant, binary as base64 strings, non-finite floats as null).",
            "additionalProperties": {"type": "array"},
        },
        "indicators": {"type": "array", "items": {"type": "string"}, "description": "The archetype indicator components of the row not written in a Foxglove message."},
        "arrow_types": {
            "type": "object",
            "description": "The Arrow type of the batch's values of each component that is not one of Rerun's (AnyValues), as pyarrow names it (uint8, double, string, ...), where it is a plain type: read back with that type, not one guessed from the JSON.",
            "additionalProperties": {"type": "string"},
        },
    },
    "required": ["entity_path", "static", "components", "indicators"],
    "additionalProperties": False,
}


def schema_data(name: str) -> bytes:
    """The JSON schema of the message type `name`, as written in the MCAP file's schema record.

    Foxglove picks its panels by the schema *name*; the schema text is Foxglove's published one.
    """
    if name == _GENERIC_SCHEMA:
        return json.dumps(GENERIC_SCHEMA, indent=2).encode()
    if name not in FOXGLOVE_SCHEMAS:
        raise KeyError(f"no JSON schema for {name!r}; written types: {', '.join(FOXGLOVE_SCHEMAS)}, {_GENERIC_SCHEMA}")
    return (resources.files(__package__) / "foxglove_schemas" / f"{name}.json").read_bytes()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _timestamp(ns: int) -> dict[str, int]:
    return {"sec": ns // 1_000_000_000, "nsec": ns % 1_000_000_000}


def _union(scalar: Any) -> tuple[str, Any]:
    """(variant name, value) of a dense-union scalar."""
    union_type = scalar.type
    index = list(union_type.type_codes).index(scalar.type_code)
    return union_type.field(index).name, scalar.value


def _mat_to_quat(m: np.ndarray) -> list[float]:
    """A rotation matrix (row-major 3x3) as a quaternion (x, y, z, w)."""
    t = float(np.trace(m))
    if t > 0:
        s = np.sqrt(t + 1.0) * 2
        q = [(m[2, 1] - m[1, 2]) / s, (m[0, 2] - m[2, 0]) / s, (m[1, 0] - m[0, 1]) / s, 0.25 * s]
    else:
        i = int(np.argmax(np.diag(m)))
        j, k = (i + 1) % 3, (i + 2) % 3
        s = np.sqrt(1.0 + m[i, i] - m[j, j] - m[k, k]) * 2
        q = [0.0, 0.0, 0.0, 0.0]
        q[i] = 0.25 * s
        q[j] = (m[j, i] + m[i, j]) / s
        q[k] = (m[k, i] + m[i, k]) / s
        q[3] = (m[k, j] - m[j, k]) / s
    return [float(v) for v in q]


def _axis_angle_quat(axis: list[float], radians: float) -> list[float]:
    a = np.asarray(axis, dtype=np.float64)
    norm = float(np.linalg.norm(a))
    if norm == 0:
        return [0.0, 0.0, 0.0, 1.0]
    s = np.sin(radians / 2) / norm
    return [float(a[0] * s), float(a[1] * s), float(a[2] * s), float(np.cos(radians / 2))]


def _rotation_quat(rot: Any) -> list[float]:
    """A `Rotation3D` union value (quaternion or axis + angle) as a quaternion (x, y, z, w); identity when null."""
    if rot is None or not rot.is_valid:
        return [0.0, 0.0, 0.0, 1.0]
    kind, rv = _union(rot)
    if kind == "Quaternion":
        return [float(v) for v in rv.as_py()]
    angle_kind, angle = _union(rv["angle"])
    radians = float(angle.as_py()) * (np.pi / 180 if angle_kind == "Degrees" else 1.0)
    return _axis_angle_quat(rv["axis"].as_py(), radians)


def _transform(scalar: Any) -> tuple[list[float], list[float]] | None:
    """Translation and rotation quaternion of a `Transform3D` component value (scale is not in Foxglove's FrameTransform)."""
    if not scalar.is_valid:
        return None
    variant, value = _union(scalar)
    data = value.as_py()
    translation = [float(v) for v in (data.get("translation") or [0.0, 0.0, 0.0])]
    if variant == "TranslationAndMat3x3":
        mat = data.get("mat3x3")
        rotation = _mat_to_quat(np.asarray(mat, dtype=np.float64).reshape(3, 3).T) if mat else [0.0, 0.0, 0.0, 1.0]
    else:
        rot = value.get("rotation") if hasattr(value, "get") else None
        rotation = _rotation_quat(value["rotation"] if rot is None else rot)
    if data.get("from_parent"):
        # Foxglove's transforms are child-in-parent; invert a from-parent one.
        q = np.asarray(rotation)
        inv = np.array([-q[0], -q[1], -q[2], q[3]])
        from .._loaders.ros_messages import _qrot

        translation = [float(v) for v in -_qrot(inv, np.asarray(translation))]
        rotation = [float(v) for v in inv]
    return translation, rotation


def _tensor(scalar: Any) -> tuple[list[int], str, np.ndarray] | None:
    if not scalar.is_valid:
        return None
    shape = [int(d["size"]) for d in scalar["shape"].as_py()]
    kind, values = _union(scalar["buffer"])
    return shape, kind, values.values.to_numpy(zero_copy_only=False)


_RAW_ENCODINGS = {("U8", 1): "mono8", ("U8", 3): "rgb8", ("U8", 4): "rgba8", ("U16", 1): "mono16", ("F32", 1): "32FC1"}


def _image_message(tensor: tuple[list[int], str, np.ndarray], depth: bool, stamp: dict[str, int], frame: str) -> tuple[str, dict[str, Any]] | None:
    shape, kind, values = tensor
    if kind == "JPEG":
        return "foxglove.CompressedImage", {"timestamp": stamp, "frame_id": frame, "format": "jpeg", "data": _b64(values.tobytes())}
    channels = shape[2] if len(shape) == 3 else 1
    encoding = _RAW_ENCODINGS.get((kind, channels))
    if encoding is None or len(shape) not in (2, 3):
        return None
    if depth and encoding == "mono16":
        encoding = "16UC1"
    height, width = shape[0], shape[1]
    data = np.ascontiguousarray(values.astype(values.dtype.newbyteorder("<"), copy=False))
    return "foxglove.RawImage", {
        "timestamp": stamp,
        "frame_id": frame,
        "width": width,
        "height": height,
        "encoding": encoding,
        "step": width * channels * values.dtype.itemsize,
        "data": _b64(data.tobytes()),
    }


def _point_cloud(positions: np.ndarray, colors: np.ndarray | None, stamp: dict[str, int], frame: str) -> dict[str, Any]:
    """A `foxglove.PointCloud` of the points, with their colours when there is one per point or one for all."""
    n = len(positions)
    has_color = _colors_fit(colors, n)
    stride = 16 if has_color else 12
    record = np.zeros(n, dtype=np.dtype({"names": ["p", "c"], "formats": ["<3f4", "4u1"], "offsets": [0, 12], "itemsize": stride}) if has_color else np.dtype([("p", "<3f4")]))
    record["p"] = positions
    fields = [{"name": a, "offset": 4 * i, "type": 7} for i, a in enumerate("xyz")]
    if has_color and colors is not None:
        rgba = np.stack([(colors >> 24) & 255, (colors >> 16) & 255, (colors >> 8) & 255, colors & 255], axis=1).astype(np.uint8)
        record["c"] = np.broadcast_to(rgba, (n, 4))
        fields += [{"name": c, "offset": 12 + i, "type": 1} for i, c in enumerate(("red", "green", "blue", "alpha"))]
    return {
        "timestamp": stamp,
        "frame_id": frame,
        "pose": {"position": {"x": 0, "y": 0, "z": 0}, "orientation": {"x": 0, "y": 0, "z": 0, "w": 1}},
        "point_stride": stride,
        "fields": fields,
        "data": _b64(record.tobytes()),
    }


# -- scene primitives (foxglove.SceneUpdate) ------------------------------------------------------

_SCENE_KINDS = ("Boxes3D", "LineStrips3D", "Arrows3D", "Mesh3D")
_WHITE = 0xFFFFFFFF


def _xyz(v: Any) -> dict[str, float]:
    return {"x": float(v[0]), "y": float(v[1]), "z": float(v[2])}


def _pose(position: Any = (0.0, 0.0, 0.0), rotation: Any = (0.0, 0.0, 0.0, 1.0)) -> dict[str, Any]:
    return {"position": _xyz(position), "orientation": dict(zip("xyzw", (float(q) for q in rotation)))}


def _rgba(color: int) -> dict[str, float]:
    """A Rerun color (0xRRGGBBAA, sRGB) as a `foxglove.Color` (0..1 floats)."""
    return {"r": ((color >> 24) & 255) / 255, "g": ((color >> 16) & 255) / 255, "b": ((color >> 8) & 255) / 255, "a": (color & 255) / 255}


def _at(values: list[Any], i: int, default: Any) -> Any:
    """Instance `i` of a component batch, with Rerun's clamping: past the end, the last value."""
    return values[min(i, len(values) - 1)] if values else default


def _x_to(v: np.ndarray) -> list[float]:
    """The rotation (x, y, z, w) turning +x onto the unit vector `v` (Foxglove's arrows point along +x)."""
    if v[0] < -1 + 1e-9:
        return [0.0, 0.0, 1.0, 0.0]
    q = np.array([0.0, -v[2], v[1], 1.0 + v[0]])
    return [float(c) for c in q / np.linalg.norm(q)]


def _line_width(radius: float | None) -> tuple[float, bool]:
    """(thickness, scale_invariant) of a Rerun radius: positive in scene units, negative in UI points (pixels here)."""
    if radius is None:
        return 2.0, True  # Rerun's default: a thin line of constant screen size
    return (2 * radius, False) if radius > 0 else (-2 * radius, True)


def _scene_primitives(row: dict[str, Any]) -> dict[str, list[Any]] | None:
    """Foxglove primitives of a `Boxes3D`, `LineStrips3D`, `Arrows3D` or untextured `Mesh3D` row; None if nothing fits.

    Colours as logged, white when none; a row with a non-finite value or a textured mesh (Foxglove's
    triangles have no texture) has none.
    """

    def values(name: str) -> list[Any]:
        return row[_C + name].values.to_pylist() if _C + name in row else []

    def finite(*arrays: Any) -> bool:
        return all(bool(np.isfinite(np.asarray(a, dtype=np.float64)).all()) for a in arrays if len(a))

    colors = values("Color")
    radii = values("Radius")
    prims: dict[str, list[Any]] = {"cubes": [], "lines": [], "arrows": [], "triangles": []}
    if _C + "Boxes3DIndicator" in row:
        half, centers = values("HalfSize3D"), values("Position3D")
        rotations = [_rotation_quat(r) for r in row[_C + "Rotation3D"].values] if _C + "Rotation3D" in row else []
        if not finite(half, centers, rotations):
            return None
        for i, h in enumerate(half):
            pose = _pose(_at(centers, i, (0.0, 0.0, 0.0)), _at(rotations, i, (0.0, 0.0, 0.0, 1.0)))
            prims["cubes"].append({"pose": pose, "size": _xyz([2 * c for c in h]), "color": _rgba(_at(colors, i, _WHITE))})
    elif _C + "LineStrips3DIndicator" in row:
        strips = values("LineStrip3D")
        if not finite(*strips, radii):
            return None
        for i, strip in enumerate(strips):
            thickness, invariant = _line_width(_at(radii, i, None))
            prims["lines"].append(
                {"type": 0, "pose": _pose(), "thickness": thickness, "scale_invariant": invariant, "points": [_xyz(p) for p in strip], "color": _rgba(_at(colors, i, _WHITE)), "colors": [], "indices": []}
            )
    elif _C + "Arrows3DIndicator" in row:
        vectors, origins = values("Vector3D"), values("Position3D")
        if not finite(vectors, origins, radii):
            return None
        for i, vector in enumerate(vectors):
            v = np.asarray(vector, dtype=np.float64)
            length = float(np.linalg.norm(v))
            if length == 0:
                continue
            radius = abs(float(_at(radii, i, length / 100)))
            head = min(length / 2, 6 * radius)  # Rerun's arrow heads: a few radii long, at most half the arrow
            prims["arrows"].append(
                {
                    "pose": _pose(_at(origins, i, (0.0, 0.0, 0.0)), _x_to(v / length)),
                    "shaft_length": length - head,
                    "shaft_diameter": 2 * radius,
                    "head_length": head,
                    "head_diameter": 4 * radius,
                    "color": _rgba(_at(colors, i, _WHITE)),
                }
            )
    elif _C + "Mesh3DIndicator" in row and _C + "TensorData" not in row and _C + "Position3D" in row:
        positions = row[_C + "Position3D"].values.flatten().to_numpy(zero_copy_only=False).reshape(-1, 3)
        indices = row[_C + "TriangleIndices"].values.flatten().to_numpy(zero_copy_only=False) if _C + "TriangleIndices" in row else np.zeros(0, np.uint32)
        if not finite(positions) or (len(indices) and int(indices.max()) >= len(positions)):
            return None
        material = values("Material")
        albedo = material[0].get("albedo_factor") if material and material[0] else None
        per_vertex = len(colors) == len(positions) and len(colors) > 1
        prims["triangles"].append(
            {
                "pose": _pose(),
                "points": [{"x": x, "y": y, "z": z} for x, y, z in positions.astype(np.float64).tolist()],
                "color": _rgba(albedo if albedo is not None else (colors[0] if len(colors) == 1 else _WHITE)),
                "colors": [_rgba(c) for c in colors] if per_vertex else [],
                "indices": [int(k) for k in indices],
            }
        )
    return prims if any(prims.values()) else None


def _scene_update(entity: str, frame: str, stamp: dict[str, int], prims: dict[str, list[Any]]) -> dict[str, Any]:
    """One `foxglove.SceneUpdate` replacing the entity's scene entity (id = entity path) with the row's primitives."""
    scene_entity = {
        "timestamp": stamp,
        "frame_id": frame,
        "id": entity,
        "lifetime": {"sec": 0, "nsec": 0},  # until the entity's next row replaces it
        "frame_locked": True,
        "metadata": [],
        "spheres": [],
        "cylinders": [],
        "texts": [],
        "models": [],
        **prims,
    }
    return {"deletions": [], "entities": [scene_entity]}


def _colors_fit(colors: np.ndarray | None, n: int) -> bool:
    return colors is not None and len(colors) in (1, n)


def _frame_transform(entity: str, cell: Any) -> tuple[list[float], list[float]] | None:
    """The `foxglove.FrameTransform` (translation, rotation) of a row's `Transform3D` cell, if it has one.

    None for the root entity, a batch of other than one transform, or a non-finite one (not JSON).
    """
    if entity == "/" or cell is None or not cell.is_valid or len(cell.values) != 1:
        return None
    tr = _transform(cell.values[0])
    return tr if tr is not None and all(math.isfinite(v) for v in tr[0] + tr[1]) else None


def _transformed_entities(source: str) -> set[str]:
    """The entities with a `foxglove.FrameTransform` at some time: Foxglove's frames besides the root "/"."""
    from ..rrd import ArrowMsg, StoreKind, read_messages

    found: set[str] = set()
    for msg in read_messages(source):
        if not isinstance(msg, ArrowMsg) or msg.store_id.kind != StoreKind.RECORDING or msg.chunk.entity_path in found:
            continue
        cells = msg.chunk.components().get(_C + "Transform3D")
        if cells is not None and any(_frame_transform(msg.chunk.entity_path, cell) is not None for cell in cells):
            found.add(msg.chunk.entity_path)
    return found


class _Frames:
    """Frame ids as Foxglove needs them: one connected tree of entity paths under the root frame "/".

    Data at an entity is in the frame of its nearest ancestor (or itself) with a transform, else in
    "/"; a transform's parent frame is its nearest strict ancestor with one, else "/". So every
    message is placed in Foxglove's 3D panel with the display frame "/".
    """

    def __init__(self, transformed: set[str]) -> None:
        self.transformed = transformed
        self._cache: dict[str, str] = {}

    def of(self, entity: str) -> str:
        frame = self._cache.get(entity)
        if frame is None:
            frame = entity if entity in self.transformed else self.parent_of(entity)
            self._cache[entity] = frame
        return frame

    def parent_of(self, entity: str) -> str:
        parent = entity.rsplit("/", 1)[0]
        return self.of(parent) if parent and parent != "/" else "/"



def _topic(entity: str) -> str:
    """The MCAP topic of an entity: its path as written, without the escapes of Rerun's canonical
    form (`/\\<b\\>` is the topic `/<b>`; importing it gives the same entity again). An escaped `/`
    inside a part stays escaped, or the topic would have another part."""
    return re.sub(r"\\(.)", lambda m: m.group(0) if m.group(1) == "/" else m.group(1), entity)


def export_mcap(source: str, target: str) -> str:
    """Write the recording in the .rrd `source` as MCAP at `target`; returns a summary line."""
    try:
        from mcap.writer import Writer
    except ImportError as err:
        raise ValueError("writing MCAP needs the robotics extra: pip install pyrerun[robotics]") from err
    from .._rrd.validate import _component_types
    from ..rrd import ArrowMsg, StoreKind, read_messages

    rerun_types = _component_types()
    frames = _Frames(_transformed_entities(source))
    channels: dict[tuple[str, str], int] = {}
    schemas: dict[str, int] = {}
    counts: dict[str, int] = {}
    rows = 0
    tmp = target + ".part"
    with open(tmp, "wb") as f:
        writer = Writer(f)
        writer.start(profile="", library="pyrerun")

        def channel_of(entity: str, schema_name: str) -> int:
            key = (entity, schema_name)
            if key not in channels:
                if schema_name not in schemas:
                    schemas[schema_name] = writer.register_schema(schema_name, "jsonschema", schema_data(schema_name))
                # One topic per entity; an entity with several kinds of rows has a channel per schema on it.
                channels[key] = writer.register_channel(_topic(entity), "json", schemas[schema_name], metadata={"rerun.entity_path": entity})
            return channels[key]

        def write(entity: str, schema_name: str, message: dict[str, Any], time_ns: int) -> None:
            # allow_nan=False: NaN is not JSON; every value is made finite (or null) before this.
            data = json.dumps(message, separators=(",", ":"), allow_nan=False).encode()
            writer.add_message(channel_of(entity, schema_name), log_time=time_ns, data=data, publish_time=time_ns)
            counts[schema_name] = counts.get(schema_name, 0) + 1

        for msg in read_messages(source):
            if not isinstance(msg, ArrowMsg) or msg.store_id.kind != StoreKind.RECORDING:
                continue
            chunk = msg.chunk
            timelines = chunk.timelines()
            comps = chunk.components()
            for i in range(chunk.num_rows):
                rows += 1
                time_ns = _row_time(timelines, i)
                stamp = _timestamp(time_ns)
                entity = chunk.entity_path
                row = {name: array[i] for name, array in comps.items() if array[i].is_valid}
                used: set[str] = set()
                if _C + "TensorData" in row and (_C + "ImageIndicator" in row or _C + "DepthImageIndicator" in row):
                    tensor_list = row[_C + "TensorData"].values
                    tensor = _tensor(tensor_list[0]) if len(tensor_list) == 1 else None
                    made = _image_message(tensor, _C + "DepthImageIndicator" in row, stamp, frames.of(entity)) if tensor else None
                    if made is not None:
                        write(entity, made[0], made[1], time_ns)
                        used |= {_C + "TensorData", _C + "ImageIndicator", _C + "DepthImageIndicator"}
                if _C + "Position3D" in row and _C + "Points3DIndicator" in row:
                    positions = row[_C + "Position3D"].values.flatten().to_numpy(zero_copy_only=False).reshape(-1, 3)
                    colors = row[_C + "Color"].values.to_numpy(zero_copy_only=False).astype(np.uint32) if _C + "Color" in row else None
                    write(entity, "foxglove.PointCloud", _point_cloud(positions, colors, stamp, frames.of(entity)), time_ns)
                    # One colour for all is written per point for Foxglove; the row's own batch stays in the generic message.
                    used |= {_C + "Position3D", _C + "Points3DIndicator"} | ({_C + "Color"} if colors is not None and len(colors) == len(positions) else set())
                if _C + "Transform3D" in row:
                    tr = _frame_transform(entity, row[_C + "Transform3D"])
                    if tr is not None:
                        translation, rotation = tr
                        write(
                            entity,
                            "foxglove.FrameTransform",
                            {
                                "timestamp": stamp,
                                "parent_frame_id": frames.parent_of(entity),
                                "child_frame_id": entity,
                                "translation": dict(zip("xyz", translation)),
                                "rotation": dict(zip("xyzw", rotation)),
                            },
                            time_ns,
                        )
                        used |= {_C + "Transform3D", _C + "Transform3DIndicator"}
                if any(_C + kind + "Indicator" in row for kind in _SCENE_KINDS):
                    prims = _scene_primitives(row)
                    if prims is not None:
                        # For Foxglove's 3D panel only: the row itself stays in the generic message
                        # (a SceneUpdate cannot hold labels, class ids, ...), and that is what `rerun` reads back.
                        write(entity, "foxglove.SceneUpdate", _scene_update(entity, frames.of(entity), stamp, prims), time_ns)
                if _C + "TextLogIndicator" in row and _C + "Text" in row:
                    level = row[_C + "TextLogLevel"].values[0].as_py() if _C + "TextLogLevel" in row else None
                    # foxglove.LogLevel UNKNOWN (0) for a row without a level; a level Foxglove has no name for is shown as INFO and kept in the generic message.
                    known = level is None or str(level).upper() in _LEVELS
                    write(
                        entity,
                        "foxglove.Log",
                        {"timestamp": stamp, "level": 0 if level is None else _LEVELS.get(str(level).upper(), 2), "message": row[_C + "Text"].values[0].as_py(), "name": "", "file": "", "line": 0},
                        time_ns,
                    )
                    used |= {_C + "Text", _C + "TextLogIndicator"} | ({_C + "TextLogLevel"} if known else set())
                rest = {name: to_json(value.values) if value.is_valid else None for name, value in row.items() if name not in used and not name.endswith("Indicator")}
                arrow_types = {name: str(row[name].values.type) for name in rest if name not in rerun_types and _plain(row[name].values.type)}
                indicators = sorted(name for name in row if name.endswith("Indicator") and name not in used)
                # Also when empty: after a row's Foxglove messages it ends the row (so `rerun` reads the
                # row back as one) and says whether it is static (Foxglove messages cannot).
                if rest or indicators or used or chunk.is_static:
                    message = {"entity_path": entity, "static": chunk.is_static, "components": rest, "indicators": indicators}
                    write(entity, _GENERIC_SCHEMA, {**message, "arrow_types": arrow_types} if arrow_types else message, time_ns)
        writer.finish()
    os.replace(tmp, target)
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    return f"wrote {target}: {rows} rows as {sum(counts.values())} messages on {len(channels)} channels ({kinds})"


def _plain(t: Any) -> bool:
    """Whether the Arrow type has a pyarrow alias that names it exactly (`pa.type_for_alias`)."""
    import pyarrow as pa

    try:
        return bool(pa.type_for_alias(str(t)) == t)
    except (ValueError, KeyError):
        return False


def _row_time(timelines: dict[str, tuple[Any, np.ndarray]], i: int) -> int:
    """The row's message time in nanoseconds, never negative (MCAP times are unsigned)."""
    if not timelines:
        return 0
    if "log_time" in timelines:
        return max(0, int(timelines["log_time"][1][i]))
    for time_type, values in timelines.values():
        if str(getattr(time_type, "value", time_type)) == "time":
            return max(0, int(values[i]))
    return max(0, int(next(iter(timelines.values()))[1][i]))


__all__ = ["FOXGLOVE_SCHEMAS", "GENERIC_SCHEMA", "export_mcap", "schema_data"]
