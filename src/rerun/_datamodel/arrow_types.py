"""The Arrow storage types of Rerun 0.17, written once.

`tests/test_datamodel_spec.py` checks every archetype field against
`tests/fixtures/spec/archetypes-0.17.json` (from rerun-sdk 0.17.0), so these cannot drift from what Rerun writes.
"""

from __future__ import annotations

import functools
import weakref

import numpy as np
import pyarrow as pa


def _nn(name: str, type_: pa.DataType) -> pa.Field:
    return pa.field(name, type_, nullable=False)


def fixed_list(item: pa.DataType, n: int) -> pa.DataType:
    return pa.list_(_nn("item", item), n)


def var_list(item: pa.DataType) -> pa.DataType:
    return pa.list_(_nn("item", item))


def dense_union(variants: list[tuple[str, pa.DataType, bool]]) -> pa.DataType:
    """A dense union whose type code 0 is Rerun's `_null_markers` child (how a null is written)."""
    fields = [pa.field("_null_markers", pa.null())] + [pa.field(n, t, nullable=nullable) for n, t, nullable in variants]
    return pa.union(fields, mode="dense", type_codes=list(range(len(fields))))


def enum_union(variants: list[str]) -> pa.DataType:
    """Rerun 0.17 encodes an enum as a sparse union of null children; the type code is the variant."""
    fields = [pa.field("_null_markers", pa.null())] + [pa.field(v, pa.null()) for v in variants]
    return pa.union(fields, mode="sparse", type_codes=list(range(len(fields))))


F32 = pa.float32()
F64 = pa.float64()
U8 = pa.uint8()
U16 = pa.uint16()
U32 = pa.uint32()
U64 = pa.uint64()
BOOL = pa.bool_()
UTF8 = pa.string()

VEC2 = fixed_list(F32, 2)
VEC3 = fixed_list(F32, 3)
VEC4 = fixed_list(F32, 4)
UVEC2 = fixed_list(U32, 2)
UVEC3 = fixed_list(U32, 3)
UVEC4 = fixed_list(U32, 4)
UUID = fixed_list(U8, 16)
MAT3 = fixed_list(F32, 9)
MAT4 = fixed_list(F32, 16)
QUATERNION = VEC4
VIEW_COORDINATES = fixed_list(U8, 3)
BLOB = var_list(U8)
LINE_STRIP2 = var_list(VEC2)
LINE_STRIP3 = var_list(VEC3)

ANGLE = dense_union([("Radians", F32, False), ("Degrees", F32, False)])
ROTATION_AXIS_ANGLE = pa.struct([_nn("axis", VEC3), _nn("angle", ANGLE)])
ROTATION3D = dense_union([("Quaternion", QUATERNION, False), ("AxisAngle", ROTATION_AXIS_ANGLE, False)])
SCALE3D = dense_union([("ThreeD", VEC3, False), ("Uniform", F32, False)])
TRANSLATION_AND_MAT3X3 = pa.struct([("translation", VEC3), ("mat3x3", MAT3), _nn("from_parent", BOOL)])
TRANSLATION_ROTATION_SCALE = pa.struct(
    [("translation", VEC3), ("rotation", ROTATION3D), ("scale", SCALE3D), _nn("from_parent", BOOL)]
)
TRANSFORM3D = dense_union(
    [("TranslationAndMat3x3", TRANSLATION_AND_MAT3X3, False), ("TranslationRotationScale", TRANSLATION_ROTATION_SCALE, False)]
)

ANNOTATION_INFO = pa.struct([_nn("id", U16), ("label", UTF8), ("color", U32)])
KEYPOINT_PAIR = pa.struct([_nn("keypoint0", U16), _nn("keypoint1", U16)])
CLASS_DESCRIPTION = pa.struct(
    [
        _nn("info", ANNOTATION_INFO),
        _nn("keypoint_annotations", var_list(ANNOTATION_INFO)),
        _nn("keypoint_connections", var_list(KEYPOINT_PAIR)),
    ]
)
CLASS_DESCRIPTION_MAP_ELEM = pa.struct([_nn("class_id", U16), _nn("class_description", CLASS_DESCRIPTION)])
ANNOTATION_CONTEXT = var_list(CLASS_DESCRIPTION_MAP_ELEM)

MATERIAL = pa.struct([("albedo_factor", U32)])
RANGE1D = fixed_list(F64, 2)
RANGE2D = pa.struct([_nn("x_range", RANGE1D), _nn("y_range", RANGE1D)])

TENSOR_DIMENSION = pa.struct([_nn("size", U64), ("name", UTF8)])
# (variant name, numpy dtype) in Rerun's order; JPEG/NV12/YUY2 carry encoded bytes.
TENSOR_BUFFER_VARIANTS: list[tuple[str, np.dtype]] = [
    ("U8", np.dtype(np.uint8)),
    ("U16", np.dtype(np.uint16)),
    ("U32", np.dtype(np.uint32)),
    ("U64", np.dtype(np.uint64)),
    ("I8", np.dtype(np.int8)),
    ("I16", np.dtype(np.int16)),
    ("I32", np.dtype(np.int32)),
    ("I64", np.dtype(np.int64)),
    ("F16", np.dtype(np.float16)),
    ("F32", np.dtype(np.float32)),
    ("F64", np.dtype(np.float64)),
    ("JPEG", np.dtype(np.uint8)),
    ("NV12", np.dtype(np.uint8)),
    ("YUY2", np.dtype(np.uint8)),
]
TENSOR_BUFFER = dense_union(
    [(name, var_list(pa.from_numpy_dtype(dtype)), False) for name, dtype in TENSOR_BUFFER_VARIANTS]
)
TENSOR_DATA = pa.struct([_nn("shape", var_list(TENSOR_DIMENSION)), _nn("buffer", TENSOR_BUFFER)])

COLORMAP_VARIANTS = ["Grayscale", "Inferno", "Magma", "Plasma", "Turbo", "Viridis"]
AGGREGATION_POLICY_VARIANTS = ["Off", "Average", "Max", "Min", "MinMax", "MinMaxAverage"]
MARKER_SHAPE_VARIANTS = ["Circle", "Diamond", "Square", "Cross", "Plus", "Up", "Down", "Left", "Right", "Asterisk"]
COLORMAP = enum_union(COLORMAP_VARIANTS)
AGGREGATION_POLICY = enum_union(AGGREGATION_POLICY_VARIANTS)
MARKER_SHAPE = enum_union(MARKER_SHAPE_VARIANTS)
MAGNIFICATION_FILTER_VARIANTS = ["Nearest", "Linear"]
MAGNIFICATION_FILTER = enum_union(MAGNIFICATION_FILTER_VARIANTS)


def union_array(
    type_: pa.DataType, type_ids: np.ndarray, children: list[pa.Array], offsets: np.ndarray | None = None
) -> pa.Array:
    """Build a union array of exactly `type_` (field nullability included) from its parts."""
    type_ids = np.ascontiguousarray(type_ids, dtype=np.int8)
    buffers = [None, pa.py_buffer(type_ids)]
    if type_.mode == "dense":
        assert offsets is not None
        buffers.append(pa.py_buffer(np.ascontiguousarray(offsets, dtype=np.int32)))
    return pa.Array.from_buffers(type_, len(type_ids), buffers, children=children)


def dense_union_from_variants(type_: pa.DataType, type_ids: np.ndarray, children: dict[int, pa.Array]) -> pa.Array:
    """Dense union where `children[code]` holds, in order, the values of the rows with that type code."""
    type_ids = np.asarray(type_ids, dtype=np.int8)
    counts = np.bincount(type_ids, minlength=type_.num_fields)
    # Each row's offset is its rank among the rows of its code: computed for all codes at once.
    offsets = np.empty(len(type_ids), dtype=np.int32)
    offsets[np.argsort(type_ids, kind="stable")] = np.arange(len(type_ids)) - np.repeat(np.cumsum(counts) - counts, counts)
    empty = empty_union_children(type_)
    all_children = []
    for code in range(type_.num_fields):
        child = children.get(code)
        if child is None:
            child = pa.nulls(int(counts[0]), pa.null()) if code == 0 and counts[0] else empty[code]
        all_children.append(child)
    return union_array(type_, type_ids, all_children, offsets)


@functools.lru_cache(maxsize=64)
def empty_union_children(type_: pa.DataType) -> tuple[pa.Array, ...]:
    """An empty array per child of a union, made once: every image would otherwise build 14 of them."""
    return tuple(empty_array(type_.field(code).type) for code in range(type_.num_fields))


def enum_array(type_: pa.DataType, codes: np.ndarray) -> pa.Array:
    """Sparse union of null children with the given type codes."""
    n = len(codes)
    return union_array(type_, codes, [pa.nulls(n) for _ in range(type_.num_fields)])


def empty_array(type_: pa.DataType) -> pa.Array:
    """An empty array of exactly `type_` (`pa.array([], type_)` cannot build unions)."""
    if pa.types.is_union(type_):
        children = [empty_array(type_.field(i).type) for i in range(type_.num_fields)]
        offsets = np.zeros(0, np.int32) if type_.mode == "dense" else None
        return union_array(type_, np.zeros(0, np.int8), children, offsets)
    if pa.types.is_struct(type_):
        return pa.StructArray.from_arrays([empty_array(f.type) for f in type_], fields=list(type_))
    if pa.types.is_fixed_size_list(type_):
        return pa.FixedSizeListArray.from_arrays(empty_array(type_.value_type), type=type_)
    if pa.types.is_list(type_):
        return pa.ListArray.from_arrays(pa.array([0], pa.int32()), empty_array(type_.value_type), type=type_)
    return pa.array([], type_)


#: Arrays made by this package's converters that use every byte of their buffers (see `mark_tight`), by `id`.
_tight: dict[int, weakref.ref[pa.Array]] = {}


def mark_tight(array: pa.Array) -> pa.Array:
    """
    Record that `array`, just made by one of this package's converters, uses every byte of every
    buffer (no slices, no unused tails, children exactly as long as their parents say): its
    buffers' sizes then fix its layout, which lets the .rrd writer reuse a layout learnt from an
    earlier row (`rerun._rrd.templates`). Arrays from elsewhere are never assumed to be.
    """
    key = id(array)

    def forget(_ref: weakref.ref[pa.Array]) -> None:
        _tight.pop(key, None)

    _tight[key] = weakref.ref(array, forget)
    return array


def is_tight(array: pa.Array) -> bool:
    """Whether `array` was marked by `mark_tight` (the very object, still alive)."""
    ref = _tight.get(id(array))
    return ref is not None and ref() is array


def numpy_to_arrow(values: np.ndarray, type_: pa.DataType) -> pa.Array:
    """A 1-D primitive array, or (n, k) array as a fixed-size list, without per-element work."""
    if pa.types.is_fixed_size_list(type_):
        flat = pa.array(np.ascontiguousarray(values).reshape(-1), type_.value_type)
        return pa.FixedSizeListArray.from_arrays(flat, type=type_)
    return pa.array(values, type_)

# -- view-property datatypes (blueprints): time ranges, tensor slicing, 2D bounds -----------------
I64 = pa.int64()
TIME_RANGE_BOUNDARY = dense_union([("CursorRelative", I64, False), ("Absolute", I64, False), ("Infinite", pa.null(), True)])
TIME_RANGE = pa.struct([_nn("start", TIME_RANGE_BOUNDARY), _nn("end", TIME_RANGE_BOUNDARY)])
VISIBLE_TIME_RANGE = pa.struct([_nn("timeline", UTF8), _nn("range", TIME_RANGE)])
TENSOR_DIMENSION_SELECTION = pa.struct([_nn("dimension", U32), _nn("invert", BOOL)])
TENSOR_DIMENSION_INDEX_SELECTION = pa.struct([_nn("dimension", U32), _nn("index", U64)])
TENSOR_DIMENSION_INDEX_SLIDER = pa.struct([_nn("dimension", U32)])
