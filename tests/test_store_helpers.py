"""Helpers for the store tests: chunks built by hand with the exact Rerun 0.17 storage types.

Deliberately independent of the SDK's data model. `test_types_match_spec` checks the types
written here against tests/fixtures/spec/archetypes-0.17.json (copied from Rerun 0.17).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from rerun._chunk import Chunk, TimeType

F32, U8, U16, U32, BOOL, UTF8 = pa.float32(), pa.uint8(), pa.uint16(), pa.uint32(), pa.bool_(), pa.string()


def nn(name: str, type_: pa.DataType) -> pa.Field:
    return pa.field(name, type_, nullable=False)


def fsl(type_: pa.DataType, n: int) -> pa.DataType:
    return pa.list_(nn("item", type_), n)


def dunion(variants: list[tuple[str, pa.DataType]]) -> pa.DataType:
    fields = [pa.field("_null_markers", pa.null())] + [nn(n, t) for n, t in variants]
    return pa.union(fields, "dense", type_codes=list(range(len(fields))))


VEC2, VEC3, QUAT, MAT3 = fsl(F32, 2), fsl(F32, 3), fsl(F32, 4), fsl(F32, 9)
VIEW_COORDS = fsl(U8, 3)
ANGLE = dunion([("Radians", F32), ("Degrees", F32)])
AXIS_ANGLE = pa.struct([nn("axis", VEC3), nn("angle", ANGLE)])
ROTATION = dunion([("Quaternion", QUAT), ("AxisAngle", AXIS_ANGLE)])
SCALE = dunion([("ThreeD", VEC3), ("Uniform", F32)])
TAM = pa.struct([pa.field("translation", VEC3), pa.field("mat3x3", MAT3), nn("from_parent", BOOL)])
TRS = pa.struct(
    [pa.field("translation", VEC3), pa.field("rotation", ROTATION), pa.field("scale", SCALE), nn("from_parent", BOOL)]
)
TRANSFORM3D = dunion([("TranslationAndMat3x3", TAM), ("TranslationRotationScale", TRS)])
ANNOTATION_INFO = pa.struct([nn("id", U16), pa.field("label", UTF8), pa.field("color", U32)])
CLASS_DESCRIPTION = pa.struct(
    [
        nn("info", ANNOTATION_INFO),
        nn("keypoint_annotations", pa.list_(nn("item", ANNOTATION_INFO))),
        nn(
            "keypoint_connections",
            pa.list_(nn("item", pa.struct([nn("keypoint0", U16), nn("keypoint1", U16)]))),
        ),
    ]
)
ANNOTATION_CONTEXT = pa.list_(nn("item", pa.struct([nn("class_id", U16), nn("class_description", CLASS_DESCRIPTION)])))

C = "rerun.components."
POS3, RADIUS, COLOR, CLEAR = C + "Position3D", C + "Radius", C + "Color", C + "ClearIsRecursive"
STORAGE = {
    POS3: VEC3,
    RADIUS: F32,
    COLOR: U32,
    CLEAR: BOOL,
    C + "Transform3D": TRANSFORM3D,
    C + "OutOfTreeTransform3D": TRANSFORM3D,
    C + "PinholeProjection": MAT3,
    C + "Resolution": VEC2,
    C + "ViewCoordinates": VIEW_COORDS,
    C + "ImagePlaneDistance": F32,
    C + "DisconnectedSpace": BOOL,
    C + "AnnotationContext": ANNOTATION_CONTEXT,
    C + "Scalar": pa.float64(),
}


def row_ids(incs: Sequence[int]) -> np.ndarray:
    """Row ids with a fixed time part, ordered by `incs`."""
    return np.array([[1_000, i] for i in incs], dtype=np.uint64)


def column(component: str, rows: Sequence[Any]) -> pa.Array:
    """A list column: each row a Python list of values (or a pa.Array batch), or None."""
    type_ = STORAGE[component]
    if any(isinstance(r, pa.Array) for r in rows):
        offsets = [0]
        values = []
        for r in rows:
            if r is not None:
                values.append(r)
            offsets.append(offsets[-1] + (0 if r is None else len(r)))
        vals = pa.concat_arrays(values) if values else empty(type_)
        mask = pa.array([r is None for r in rows])
        return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), vals, mask=mask)
    return pa.array(list(rows), pa.list_(type_))


def indicator(archetype: str, n: int) -> tuple[str, pa.Array]:
    return C + archetype + "Indicator", pa.array([[None]] * n, pa.list_(pa.null()))


def chunk(
    entity: str,
    incs: Sequence[int],
    components: dict[str, Sequence[Any] | pa.Array],
    timelines: dict[str, Sequence[int]] | None = None,
    time_type: TimeType = TimeType.SEQUENCE,
) -> Chunk:
    """One chunk; `timelines=None` makes it static."""
    cols = {name: v if isinstance(v, pa.Array) else column(name, v) for name, v in components.items()}
    tls = {name: (time_type, np.asarray(t, np.int64)) for name, t in (timelines or {}).items()}
    return Chunk.build(entity, row_ids(incs), tls, cols)


def empty(type_: pa.DataType) -> pa.Array:
    if isinstance(type_, pa.UnionType):
        children = [empty(f.type) for f in type_]
        return pa.Array.from_buffers(type_, 0, [None, pa.py_buffer(b""), pa.py_buffer(b"")], children=children)
    if isinstance(type_, pa.StructType):
        return pa.StructArray.from_arrays([empty(f.type) for f in type_], fields=list(type_))
    return pa.array([], type_)


def union_value(type_: pa.DataType, code: int, child: pa.Array | None) -> pa.Array:
    """A one-element dense union array of the variant `code` with value `child` (None: null)."""
    children = [empty(f.type) for f in type_]
    if child is None:
        code = 0
        children[0] = pa.nulls(1)
    else:
        children[code] = child
    buffers = [None, pa.py_buffer(np.array([code], np.int8)), pa.py_buffer(np.array([0], np.int32))]
    return pa.Array.from_buffers(type_, 1, buffers, children=children)


def _struct(type_: pa.DataType, values: list[pa.Array]) -> pa.Array:
    return pa.StructArray.from_arrays(values, fields=list(type_))


def tf_mat3(translation=None, rows=None, from_parent=False) -> pa.Array:  # type: ignore[no-untyped-def]
    """Transform3D TranslationAndMat3x3; `rows` is the 3x3 matrix row by row (stored column-major)."""
    mat = None if rows is None else np.asarray(rows, np.float32).T.reshape(9).tolist()
    child = _struct(TAM, [pa.array([translation], VEC3), pa.array([mat], MAT3), pa.array([from_parent], BOOL)])
    return union_value(TRANSFORM3D, 1, child)


def tf_trs(  # type: ignore[no-untyped-def]
    translation=None, quat=None, axis=None, angle=None, degrees=False, scale=None, from_parent=False
) -> pa.Array:
    """Transform3D TranslationRotationScale (quaternion xyzw, or axis + angle)."""
    if quat is not None:
        rotation = union_value(ROTATION, 1, pa.array([quat], QUAT))
    elif axis is not None:
        ang = union_value(ANGLE, 2 if degrees else 1, pa.array([angle], F32))
        rotation = union_value(ROTATION, 2, _struct(AXIS_ANGLE, [pa.array([axis], VEC3), ang]))
    else:
        rotation = union_value(ROTATION, 0, None)
    if scale is None:
        sc = union_value(SCALE, 0, None)
    elif np.ndim(scale) == 0:
        sc = union_value(SCALE, 2, pa.array([scale], F32))
    else:
        sc = union_value(SCALE, 1, pa.array([scale], VEC3))
    child = _struct(TRS, [pa.array([translation], VEC3), rotation, sc, pa.array([from_parent], BOOL)])
    return union_value(TRANSFORM3D, 2, child)


def test_types_match_spec() -> None:
    spec_path = Path(__file__).resolve().parent / "fixtures" / "spec" / "archetypes-0.17.json"
    if not spec_path.exists():
        pytest.skip("spec not available")
    spec = json.loads(spec_path.read_text())
    by_component = {f["component"]: f["arrow_storage"] for a in spec.values() for f in a["fields"]}
    for component, type_ in STORAGE.items():
        assert str(type_) == by_component[component], component
    assert tf_trs(translation=[1, 2, 3], axis=[0, 0, 1], angle=90, degrees=True, scale=2).type == TRANSFORM3D
