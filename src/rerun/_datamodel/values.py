"""Datatypes with real behaviour: rotations, transforms, annotations, materials, matrices.

Each has a value class users construct (`Quaternion(xyzw=...)`, `RotationAxisAngle(...)`,
`ClassDescription(...)`) and a converter from everything Rerun 0.17 accepts to the exact storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .batch import Deferred, checked_when_logged, ensure_valid
from .convert import as_numeric, describe, one_color, quiet_numpy, vectors
from .errors import rewrapped

_vec3 = vectors(3)
_vec4 = vectors(4)


def _datatype(name: str) -> Any:
    """The generated value class of a datatype (`Vec3D`, `Utf8`, ...): fields hold them as in Rerun 0.17."""
    from .classes import DATATYPES_NS

    return DATATYPES_NS[name]


def _fsl(values: np.ndarray, n: int, valid: np.ndarray | None = None) -> pa.Array:
    with quiet_numpy():
        flat = pa.array(np.ascontiguousarray(values, dtype=np.float32).reshape(-1), T.F32)
    mask = None if valid is None else pa.array(~valid)
    return pa.FixedSizeListArray.from_arrays(flat, type=T.fixed_list(T.F32, n), mask=mask)


# -- angles and rotations ------------------------------------------------------------------


@checked_when_logged
class Angle:
    """An angle, in radians (`rad=`) or degrees (`deg=`); stored with its unit as Rerun does."""

    def __init__(self, rad: float | None = None, deg: float | None = None) -> None:
        if (rad is None) == (deg is None):
            raise ValueError("Angle needs exactly one of rad= or deg=")
        self.kind = "radians" if rad is not None else "degrees"
        self.inner = float(rad if rad is not None else deg)  # type: ignore[arg-type]

    @property
    def radians(self) -> float:
        return self.inner if self.kind == "radians" else float(np.deg2rad(self.inner))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Angle) and (self.kind, self.inner) == (other.kind, other.inner)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Angle({'rad' if self.kind == 'radians' else 'deg'}={self.inner})"


def _angle(value: Any) -> Angle:
    if isinstance(value, Angle):
        return ensure_valid(value)  # type: ignore[no-any-return]
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return Angle(rad=float(value))
    raise TypeError(f"expected an Angle (Angle(rad=...) or Angle(deg=...)) or radians, got {describe(value)}")


@checked_when_logged
class Quaternion:
    """A rotation as a unit quaternion, given as `xyzw=[x, y, z, w]` (w last, as in Rerun)."""

    def __init__(self, *, xyzw: Any) -> None:
        self.xyzw = _vec4(xyzw).reshape(4)

    @staticmethod
    def identity() -> Quaternion:
        return Quaternion(xyzw=[0.0, 0.0, 0.0, 1.0])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return np.asarray(self.xyzw, dtype=dtype)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quaternion) and bool(np.array_equal(self.xyzw, other.xyzw))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Quaternion(xyzw={self.xyzw.tolist()})"


@checked_when_logged
class RotationAxisAngle:
    """A rotation of `angle` around `axis` (`angle=Angle(...)`, or `radians=` / `degrees=`)."""

    def __init__(
        self,
        axis: Any,
        angle: Angle | float | None = None,
        *,
        radians: float | None = None,
        degrees: float | None = None,
    ) -> None:
        given = [a is not None for a in (angle, radians, degrees)]
        if sum(given) != 1:
            raise ValueError("RotationAxisAngle needs exactly one of angle=, radians= or degrees=")
        self._axis = _vec3(axis).reshape(3)
        if angle is not None:
            self.angle = _angle(angle)
        elif radians is not None:
            self.angle = Angle(rad=radians)
        else:
            self.angle = Angle(deg=degrees)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, RotationAxisAngle)
            and bool(np.array_equal(self._axis, other._axis))
            and self.angle == other.angle
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RotationAxisAngle(axis={self._axis.tolist()}, angle={self.angle!r})"

    @property
    def axis(self) -> Any:
        """The rotation axis, a `Vec3D`."""
        return _datatype("Vec3D")(self._axis)


@checked_when_logged
class Rotation3D:
    """A 3D rotation: a `Quaternion` or a `RotationAxisAngle`."""

    def __init__(self, inner: Quaternion | RotationAxisAngle) -> None:
        if not isinstance(inner, (Quaternion, RotationAxisAngle)):
            inner = _rotation(inner)  # type: ignore[assignment]
        self.inner = inner

    @staticmethod
    def identity() -> Rotation3D:
        """The rotation that does nothing (the identity quaternion)."""
        return Rotation3D(Quaternion.identity())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rotation3D) and self.inner == other.inner

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rotation3D({self.inner!r})"


def _rotation(value: Any) -> Quaternion | RotationAxisAngle:
    if isinstance(value, Rotation3D):
        return _rotation(value.inner)
    if isinstance(value, (Quaternion, RotationAxisAngle)):
        return ensure_valid(value)  # type: ignore[no-any-return]
    arr = np.asarray(value) if not isinstance(value, (str, bytes)) else None
    if arr is not None and arr.dtype != object and arr.shape == (4,):
        return ensure_valid(Quaternion(xyzw=arr))  # type: ignore[no-any-return]
    raise TypeError(
        f"expected a rotation (Quaternion(xyzw=...) or RotationAxisAngle(axis, angle)), got {describe(value)}"
    )


def _angle_array(angles: list[Angle]) -> pa.Array:
    codes = np.array([1 if a.kind == "radians" else 2 for a in angles], dtype=np.int8)
    values = np.array([a.inner for a in angles], dtype=np.float32)
    return T.dense_union_from_variants(
        T.ANGLE, codes, {1: pa.array(values[codes == 1], T.F32), 2: pa.array(values[codes == 2], T.F32)}
    )


def rotation_array(rotations: Sequence[Quaternion | RotationAxisAngle | None]) -> pa.Array:
    """Rotations (None = absent) as the Rotation3D dense union."""
    if all(r is None for r in rotations):  # translations only, the common transform
        return T.dense_union_from_variants(T.ROTATION3D, np.zeros(len(rotations), np.int8), {})
    codes = np.array([0 if r is None else 1 if isinstance(r, Quaternion) else 2 for r in rotations], dtype=np.int8)
    quats = [r.xyzw for r in rotations if isinstance(r, Quaternion)]
    axis_angles = [r for r in rotations if isinstance(r, RotationAxisAngle)]
    children: dict[int, pa.Array] = {
        1: _fsl(np.array(quats).reshape(-1, 4), 4),
        2: pa.StructArray.from_arrays(
            [_fsl(np.array([r._axis for r in axis_angles]).reshape(-1, 3), 3), _angle_array([r.angle for r in axis_angles])],
            fields=list(T.ROTATION_AXIS_ANGLE),
        ),
    }
    return T.dense_union_from_variants(T.ROTATION3D, codes, children)


def rotations(data: Any) -> pa.Array:
    """Converter for `Rotation3DArrayLike`: one rotation or a sequence of them."""
    if isinstance(data, (Quaternion, RotationAxisAngle, Rotation3D)):
        return rotation_array([_rotation(data)])
    if isinstance(data, np.ndarray) and data.dtype != object:
        return rotation_array([Quaternion(xyzw=q) for q in _vec4(data)])
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        items = list(data)
        if items and all(isinstance(x, (int, float, np.number)) for x in items):
            return rotation_array([Quaternion(xyzw=q) for q in _vec4(items)])
        return rotation_array([_rotation(x) for x in items])
    raise ValueError(f"expected rotations, got {describe(data)}")


def _scale_value(value: Any) -> tuple[int, Any]:
    """(type code, value) of a Scale3D: 1 = ThreeD vector, 2 = Uniform float."""
    if isinstance(value, Scale3D):
        return value._code, value._value
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return 2, float(value)
    return 1, _vec3(value).reshape(3)


@checked_when_logged
class Scale3D:
    """A 3D scale: one number (uniform) or three (per axis)."""

    def __init__(self, inner: Any) -> None:
        self._code, self._value = _scale_value(inner)

    @property
    def inner(self) -> Any:
        """The scale: a `float` (uniform) or a `Vec3D` (per axis), as in Rerun 0.17."""
        return self._value if self._code == 2 else _datatype("Vec3D")(self._value)

    def __repr__(self) -> str:
        return f"Scale3D({self.inner!r})"


# -- transforms ---------------------------------------------------------------------------


def _square_matrix(value: Any, n: int) -> np.ndarray:
    """An n x n matrix given row by row (nested or flat), or a matrix object -> n*n floats, column-major."""
    if hasattr(value, "flat_columns"):
        return np.asarray(value.flat_columns, dtype=np.float32).reshape(n * n)
    what = f"a {n}x{n} matrix ({n * n} numbers, row-major)"
    arr = as_numeric(value, what)
    if arr.size != n * n:
        raise ValueError(f"expected {what}, got {describe(value)}")
    with quiet_numpy():
        return np.ascontiguousarray(arr.reshape(n, n).T, dtype=np.float32).reshape(n * n)


def _mat3x3(value: Any) -> np.ndarray:
    return _square_matrix(value, 3)


@checked_when_logged
class _SquareMatrix:
    """An n x n matrix: `Mat(rows)` or `Mat(columns=...)`; stored column-major (`flat_columns`) as Rerun does."""

    _N: ClassVar[int]

    def __init__(self, rows: Any = None, *, columns: Any = None) -> None:
        n = self._N
        if (rows is None) == (columns is None):
            raise ValueError(f"{type(self).__name__} needs exactly one of rows or columns=")
        if rows is not None:
            self.flat_columns = _square_matrix(rows, n)
        elif hasattr(columns, "flat_columns"):  # another matrix: the same matrix, as Rerun 0.17 does
            self.flat_columns = np.asarray(columns.flat_columns, dtype=np.float32).reshape(n * n)
        else:
            what = f"a {n}x{n} matrix ({n * n} numbers, column-major)"
            arr = as_numeric(columns, what)
            if arr.size != n * n:
                raise ValueError(f"expected {what}, got {describe(columns)}")
            with quiet_numpy():
                self.flat_columns = np.ascontiguousarray(arr, dtype=np.float32).reshape(n * n)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        """The matrix row by row, `(n, n)`."""
        return np.asarray(self.flat_columns.reshape(self._N, self._N).T, dtype=dtype)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and bool(np.array_equal(self.flat_columns, other.flat_columns))  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(rows={self.flat_columns.reshape(self._N, self._N).T.tolist()})"


class Mat3x3(_SquareMatrix):
    """A 3x3 matrix: `Mat3x3(rows)` or `Mat3x3(columns=...)`; stored column-major as Rerun does."""

    _N = 3


class Mat4x4(_SquareMatrix):
    """A 4x4 matrix: `Mat4x4(rows)` or `Mat4x4(columns=...)`; stored column-major as Rerun does."""

    _N = 4


@checked_when_logged
class TranslationRotationScale3D:
    """Translation (applied last), rotation, then scale (applied first); `from_parent` inverts."""

    def __init__(
        self, translation: Any = None, rotation: Any = None, scale: Any = None, from_parent: bool | None = None
    ) -> None:
        part = "translation"  # which argument a conversion error is about (a plain try: cheap when nothing fails)
        try:
            self._translation = None if translation is None else _vec3(translation).reshape(3)
            part = "rotation"
            self._rotation = None if rotation is None else _rotation(rotation)
            part = "scale"
            self._scale = None if scale is None else _scale_value(scale)
        except (TypeError, ValueError) as err:
            raise rewrapped(err, f"{part}: {err}") from err
        self.from_parent = bool(from_parent) if from_parent is not None else False

    @property
    def translation(self) -> Any:
        """The translation, a `Vec3D` (or None)."""
        return None if self._translation is None else _datatype("Vec3D")(self._translation)

    @property
    def rotation(self) -> Rotation3D | None:
        """The rotation, a `Rotation3D` whose `.inner` is the `Quaternion` or `RotationAxisAngle` (or None)."""
        return None if self._rotation is None else Rotation3D(self._rotation)

    @property
    def scale(self) -> Scale3D | None:
        """The scale, a `Scale3D` (or None)."""
        return None if self._scale is None else Scale3D(self._scale[1])

    def __repr__(self) -> str:
        return (
            f"TranslationRotationScale3D(translation={self.translation}, rotation={self.rotation}, "
            f"scale={self.scale}, from_parent={self.from_parent})"
        )


@checked_when_logged
class TranslationAndMat3x3:
    """Translation (applied last) and a 3x3 matrix (scale and rotation); `from_parent` inverts."""

    def __init__(self, translation: Any = None, mat3x3: Any = None, from_parent: bool | None = None) -> None:
        part = "translation"
        try:
            self._translation = None if translation is None else _vec3(translation).reshape(3)
            part = "mat3x3"
            self._mat3x3 = None if mat3x3 is None else _mat3x3(mat3x3)
        except (TypeError, ValueError) as err:
            raise rewrapped(err, f"{part}: {err}") from err
        self.from_parent = bool(from_parent) if from_parent is not None else False

    @property
    def translation(self) -> Any:
        """The translation, a `Vec3D` (or None)."""
        return None if self._translation is None else _datatype("Vec3D")(self._translation)

    @property
    def mat3x3(self) -> Mat3x3 | None:
        """The matrix, a `Mat3x3` (or None)."""
        return None if self._mat3x3 is None else Mat3x3(columns=self._mat3x3)

    def __repr__(self) -> str:
        return f"TranslationAndMat3x3(translation={self.translation}, mat3x3={self.mat3x3}, from_parent={self.from_parent})"


@checked_when_logged
class Transform3D:
    """The Transform3D datatype: a `TranslationRotationScale3D` or a `TranslationAndMat3x3`."""

    def __init__(self, inner: TranslationRotationScale3D | TranslationAndMat3x3) -> None:
        self.inner = _transform(inner)

    def __repr__(self) -> str:
        return f"Transform3D({self.inner!r})"


def _transform(value: Any) -> TranslationRotationScale3D | TranslationAndMat3x3:
    if type(value) is TranslationRotationScale3D or type(value) is TranslationAndMat3x3:
        return ensure_valid(value)  # type: ignore[no-any-return]  # the common case, without a failing attribute lookup
    inner = getattr(value, "inner", value)
    if isinstance(inner, (TranslationRotationScale3D, TranslationAndMat3x3)):
        return ensure_valid(inner)  # type: ignore[no-any-return]
    raise ValueError(
        "expected a transform (TranslationRotationScale3D(...) or TranslationAndMat3x3(...)), "
        f"got {describe(value)}"
    )


def _optional_vectors(values: list[np.ndarray | None], n: int) -> pa.Array:
    present = [v is not None for v in values]
    if all(present):  # every transform has its translation: one conversion, no loop
        return _fsl(np.array(values, np.float32).reshape(-1, n), n) if values else _fsl(np.zeros((0, n), np.float32), n)
    dense = np.zeros((len(values), n), np.float32)
    for i, v in enumerate(values):
        if v is not None:
            dense[i] = v
    return _fsl(dense, n, np.array(present, dtype=bool))


def transform_array(transforms: Sequence[TranslationRotationScale3D | TranslationAndMat3x3 | np.ndarray]) -> pa.Array:
    """
    Transforms as Rerun 0.17's Transform3D dense union.

    An item is a `TranslationRotationScale3D`, a `TranslationAndMat3x3`, or a translation alone
    as a (3,) float32 array (see `one_translation`).
    """
    n = len(transforms)
    if all(type(t) is np.ndarray for t in transforms):  # translations alone, the common transform: one pass
        codes = np.full(n, 2, np.int8)
        mats: list[TranslationAndMat3x3] = []
        trs_fields = [
            _optional_vectors(list(transforms), 3),  # type: ignore[arg-type]  # every item is an array here
            T.dense_union_from_variants(T.ROTATION3D, np.zeros(n, np.int8), {}),
            T.dense_union_from_variants(T.SCALE3D, np.zeros(n, np.int8), {}),
            pa.array(np.zeros(n, bool), T.BOOL),
        ]
    else:
        codes = np.array([1 if isinstance(t, TranslationAndMat3x3) else 2 for t in transforms], dtype=np.int8)
        mats = [t for t in transforms if isinstance(t, TranslationAndMat3x3)]
        trss: list[Any] = [TranslationRotationScale3D(t) if type(t) is np.ndarray else t for t in transforms if not isinstance(t, TranslationAndMat3x3)]
        trs_fields = [
            _optional_vectors([t._translation for t in trss], 3),
            rotation_array([t._rotation for t in trss]),
            _scale_array([t._scale for t in trss]),
            pa.array([t.from_parent for t in trss], T.BOOL),
        ]
    mat_struct = pa.StructArray.from_arrays(
        [
            _optional_vectors([t._translation for t in mats], 3),
            _optional_vectors([t._mat3x3 for t in mats], 9),
            pa.array([t.from_parent for t in mats], T.BOOL),
        ],
        fields=list(T.TRANSLATION_AND_MAT3X3),
    )
    trs_struct = pa.StructArray.from_arrays(trs_fields, fields=list(T.TRANSLATION_ROTATION_SCALE))
    return T.dense_union_from_variants(T.TRANSFORM3D, codes, {1: mat_struct, 2: trs_struct})


def _scale_array(scales: list[tuple[int, Any] | None]) -> pa.Array:
    """Scales (None = absent, else `_scale_value`'s (variant, value)) as the Scale3D dense union."""
    if all(s is None for s in scales):  # no scale given: all null
        return T.dense_union_from_variants(T.SCALE3D, np.zeros(len(scales), np.int8), {})
    given = [s[1] for s in scales if s is not None]
    return T.dense_union_from_variants(
        T.SCALE3D,
        np.array([0 if s is None else s[0] for s in scales], dtype=np.int8),
        {
            1: _fsl(np.array([v for v in given if not isinstance(v, float)]).reshape(-1, 3), 3),
            2: pa.array([v for v in given if isinstance(v, float)], T.F32),
        },
    )


def one_translation(translation: list[Any] | tuple[Any, ...]) -> Deferred:
    """
    `transforms` of a translation alone, its three numbers already checked (`convert.plain_numbers`).

    It is kept as a bare float32 array in a tuple rather than a `TranslationRotationScale3D`:
    `rr.Transform3D(translation=[x, y, z])` per frame and entity is the most common transform,
    and a row waiting in the batcher then holds two fewer objects for Python's collector to walk.
    """
    return Deferred((np.array(translation, np.float32),), transform_array)


def transforms(data: Any) -> Deferred:
    """Converter for `Transform3DArrayLike` (Arrow is built later, for many rows at once)."""
    if type(data) is TranslationRotationScale3D or type(data) is TranslationAndMat3x3:
        return Deferred([ensure_valid(data)], transform_array)  # one transform, as `rr.Transform3D(...)` makes
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)) and not hasattr(data, "inner"):
        return Deferred([_transform(x) for x in data], transform_array)
    return Deferred([_transform(data)], transform_array)


def _matrices(n: int, matrix_class: type[_SquareMatrix]) -> Any:
    what = f"{n}x{n} matrices ({n * n} numbers each, row-major)"

    def convert(data: Any) -> np.ndarray:
        """Converter for matrix batches (each given row-major, or matrix objects) -> (m, n*n) column-major."""
        if isinstance(data, matrix_class):
            return data.flat_columns.reshape(1, n * n)
        if isinstance(data, Sequence) and data and isinstance(data[0], matrix_class):
            return np.stack([m.flat_columns for m in data])
        arr = as_numeric(data, what)
        if arr.size % (n * n) != 0 or (arr.ndim >= 2 and arr.shape[-2:] != (n, n) and arr.shape[-1] != n * n):
            raise ValueError(f"expected {what}, got {describe(data)}")
        with quiet_numpy():
            return np.ascontiguousarray(np.swapaxes(arr.reshape(-1, n, n), 1, 2), dtype=np.float32).reshape(-1, n * n)

    return convert


mat3x3s = _matrices(3, Mat3x3)
mat4x4s = _matrices(4, Mat4x4)


def uuids(data: Any) -> np.ndarray:
    """Converter for Uuid batches: `uuid.UUID`s, 16 bytes each, or 16 numbers 0-255 each -> (m, 16) uint8."""
    import uuid as uuid_module

    def one(value: Any) -> np.ndarray:
        if isinstance(value, uuid_module.UUID):
            return np.frombuffer(value.bytes, np.uint8)
        if isinstance(value, (bytes, bytearray)):
            if len(value) != 16:
                raise ValueError(f"expected a UUID (16 bytes), got {len(value)} bytes")
            return np.frombuffer(bytes(value), np.uint8)
        if hasattr(value, "bytes") and not callable(value.bytes):  # our own Uuid value
            return np.asarray(value.bytes, np.uint8).reshape(16)
        raise TypeError(f"expected a UUID (uuid.UUID or 16 bytes), got {describe(value)}")

    if isinstance(data, (uuid_module.UUID, bytes, bytearray)) or hasattr(data, "bytes") and not callable(data.bytes):
        return one(data).reshape(1, 16)
    if isinstance(data, Sequence) and data and isinstance(data[0], (uuid_module.UUID, bytes, bytearray)):
        return np.stack([one(v) for v in data])
    arr = as_numeric(data, "UUIDs (16 numbers 0-255 each)")
    if arr.size % 16 != 0:
        raise ValueError(f"expected UUIDs (16 numbers 0-255 each), got {describe(data)}")
    if arr.size and (arr.min() < 0 or arr.max() > 255):
        raise ValueError(f"expected UUID bytes in 0..255, got {describe(data)}")
    return np.ascontiguousarray(arr, dtype=np.uint8).reshape(-1, 16)


# -- annotations ---------------------------------------------------------------------------


@checked_when_logged
class AnnotationInfo:
    """A label and/or color for a class id or keypoint id."""

    def __init__(self, id: int, label: str | None = None, color: Any = None) -> None:
        if isinstance(id, bool) or not isinstance(id, (int, np.integer)) or not 0 <= int(id) <= 0xFFFF:
            raise ValueError(f"expected an id in 0..65535, got {describe(id)}")
        if label is not None and not isinstance(label, str):
            raise TypeError(f"expected a text label, got {describe(label)}")
        self.id = int(id)
        self._label = label
        self._color = None if color is None else one_color(color)

    @property
    def label(self) -> Any:
        """The label, a `Utf8` (or None)."""
        return None if self._label is None else _datatype("Utf8")(self._label)

    @property
    def color(self) -> Any:
        """The color, an `Rgba32` (packed 0xRRGGBBAA; or None)."""
        return None if self._color is None else _datatype("Rgba32")(self._color)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self._label, "color": self._color}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AnnotationInfo) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"AnnotationInfo(id={self.id}, label={self._label!r}, color={self._color})"


def _annotation_info(value: Any) -> AnnotationInfo:
    if isinstance(value, AnnotationInfo):
        return value
    if isinstance(value, (int, np.integer)):
        return AnnotationInfo(int(value))
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)) and 1 <= len(value) <= 3:
        return AnnotationInfo(*value)
    raise TypeError(f"expected an AnnotationInfo or an (id, label, color) tuple, got {describe(value)}")


@checked_when_logged
class KeypointPair:
    """A connection between two keypoints, drawn as a line."""

    def __init__(self, keypoint0: int, keypoint1: int) -> None:
        self._keypoint0, self._keypoint1 = (int(k) for k in (keypoint0, keypoint1))
        for k in (self._keypoint0, self._keypoint1):
            if not 0 <= k <= 0xFFFF:
                raise ValueError(f"expected keypoint ids in 0..65535, got {k}")

    @property
    def keypoint0(self) -> Any:
        """The first keypoint, a `KeypointId`."""
        return _datatype("KeypointId")(self._keypoint0)

    @property
    def keypoint1(self) -> Any:
        """The second keypoint, a `KeypointId`."""
        return _datatype("KeypointId")(self._keypoint1)

    def __repr__(self) -> str:
        return f"KeypointPair(keypoint0={self._keypoint0}, keypoint1={self._keypoint1})"


def _keypoint_pairs(value: Any) -> list[KeypointPair]:
    if value is None:
        return []
    pairs = []
    for item in value:
        if isinstance(item, KeypointPair):
            pairs.append(item)
        elif isinstance(item, Sequence) and len(item) == 2:
            pairs.append(KeypointPair(*item))
        else:
            raise TypeError(f"expected keypoint connections as (keypoint0, keypoint1) pairs, got {describe(item)}")
    return pairs


@checked_when_logged
class ClassDescription:
    """Label, color and keypoint skeleton of one class, for an `AnnotationContext`."""

    def __init__(self, *, info: Any, keypoint_annotations: Any = None, keypoint_connections: Any = None) -> None:
        self.info = _annotation_info(info)
        self.keypoint_annotations = [_annotation_info(k) for k in (keypoint_annotations or [])]
        self.keypoint_connections = _keypoint_pairs(keypoint_connections)

    def as_dict(self) -> dict[str, Any]:
        return {
            "info": self.info.as_dict(),
            "keypoint_annotations": [k.as_dict() for k in self.keypoint_annotations],
            "keypoint_connections": [
                {"keypoint0": p._keypoint0, "keypoint1": p._keypoint1} for p in self.keypoint_connections
            ],
        }

    def as_component_batches(self) -> list[Any]:
        """Log this one class as an `AnnotationContext` (as Rerun 0.17 allows: `rr.log(path, description)`)."""
        from .archetype_ext import all_archetypes

        return all_archetypes()["AnnotationContext"]([self]).as_component_batches()  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"ClassDescription(info={self.info!r}, ...)"


@checked_when_logged
class ClassDescriptionMapElem:
    """One entry of an annotation context: a class id and its description."""

    def __init__(self, class_id: int, class_description: Any) -> None:
        self._class_id = int(class_id)
        self.class_description = _class_description(class_description)

    @property
    def class_id(self) -> Any:
        """The class, a `ClassId`."""
        return _datatype("ClassId")(self._class_id)


def _class_description(value: Any) -> ClassDescription:
    if isinstance(value, ClassDescription):
        return value
    return ClassDescription(info=_annotation_info(value))


def _map_elem(value: Any) -> ClassDescriptionMapElem:
    if isinstance(value, ClassDescriptionMapElem):
        return value
    description = _class_description(value)
    return ClassDescriptionMapElem(description.info.id, description)


def _context_rows(value: Any) -> list[dict[str, Any]]:
    if hasattr(value, "class_map"):
        value = value.class_map
    if isinstance(value, (ClassDescription, AnnotationInfo, ClassDescriptionMapElem)):
        value = [value]
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
        raise ValueError(f"expected class descriptions (tuples, AnnotationInfo or ClassDescription), got {describe(value)}")
    rows = []
    for item in value:
        elem = _map_elem(item)
        rows.append({"class_id": elem._class_id, "class_description": elem.class_description.as_dict()})
    return rows


@checked_when_logged
class AnnotationContextValue:
    """The AnnotationContext component value: the class map."""

    def __init__(self, class_map: Any) -> None:
        self.class_map = [_map_elem(x) for x in _as_iterable(class_map)]


def _as_iterable(value: Any) -> list[Any]:
    return [value] if isinstance(value, (ClassDescription, AnnotationInfo, ClassDescriptionMapElem)) else list(value)


def annotation_contexts(data: Any) -> pa.Array:
    """Converter for AnnotationContext batches: one context (a class list) or several."""
    if isinstance(data, AnnotationContextValue):
        return pa.array([_context_rows(data)], T.ANNOTATION_CONTEXT)
    if isinstance(data, Sequence) and data and all(isinstance(x, AnnotationContextValue) for x in data):
        return pa.array([_context_rows(x) for x in data], T.ANNOTATION_CONTEXT)
    return pa.array([_context_rows(data)], T.ANNOTATION_CONTEXT)


def class_descriptions(data: Any) -> pa.Array:
    return pa.array([_class_description(x).as_dict() for x in _as_iterable(data)], T.CLASS_DESCRIPTION)


def annotation_infos(data: Any) -> pa.Array:
    return pa.array([_annotation_info(x).as_dict() for x in _as_iterable(data)], T.ANNOTATION_INFO)


# -- material --------------------------------------------------------------------------------


@checked_when_logged
class Material:
    """Mesh material: an albedo (base color) factor."""

    def __init__(self, albedo_factor: Any = None) -> None:
        self._albedo_factor = None if albedo_factor is None else one_color(albedo_factor)

    @property
    def albedo_factor(self) -> Any:
        """The albedo (base color) factor, an `Rgba32` (packed 0xRRGGBBAA; or None)."""
        return None if self._albedo_factor is None else _datatype("Rgba32")(self._albedo_factor)


def materials(data: Any) -> pa.Array:
    items = data if isinstance(data, Sequence) and data and isinstance(data[0], Material) else [data]
    for m in items:
        if not isinstance(m, Material):
            raise TypeError(f"expected a Material(albedo_factor=...), got {describe(m)}")
    return pa.array([{"albedo_factor": m._albedo_factor} for m in items], T.MATERIAL)


# -- view coordinates ------------------------------------------------------------------------

VIEW_DIRECTIONS = {"U": 1, "D": 2, "R": 3, "L": 4, "F": 5, "B": 6}
_AXIS_OF = {"U": 0, "D": 0, "R": 1, "L": 1, "F": 2, "B": 2}


def view_coordinates_codes(data: Any) -> np.ndarray:
    """Converter for ViewCoordinates: "RDF"-style text, 3 direction codes, or such objects."""
    if hasattr(data, "coordinates"):
        return np.asarray(data.coordinates, np.uint8).reshape(1, 3)
    if hasattr(getattr(data, "xyz", None), "as_arrow_array"):  # the ViewCoordinates archetype
        return view_coordinates_codes(data.xyz.as_arrow_array().values.to_numpy().reshape(-1, 3))
    if isinstance(data, str):
        text = data.upper()
        if len(text) != 3 or any(c not in VIEW_DIRECTIONS for c in text) or len({_AXIS_OF[c] for c in text}) != 3:
            raise ValueError(
                f"expected three directions from U/D/R/L/F/B covering all three axes (e.g. 'RDF'), got {data!r}"
            )
        return np.array([[VIEW_DIRECTIONS[c] for c in text]], np.uint8)
    codes = vectors(3, np.uint8)(data)
    if codes.size and (codes.min() < 1 or codes.max() > 6):
        raise ValueError(f"expected direction codes 1..6 (Up, Down, Right, Left, Forward, Back), got {describe(data)}")
    return codes


# -- batches of struct datatypes that are usually parts of others (Rerun 0.17 has a batch of each) --


def _items_of(data: Any, single: type | tuple[type, ...]) -> list[Any]:
    """`data` as a list of items: one item of type `single`, or a sequence of them."""
    if isinstance(data, single):
        return [data]
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        return list(data)
    return [data]


def keypoint_pair_array(data: Any) -> pa.Array:
    """Converter for KeypointPair batches: `KeypointPair`s or `(keypoint0, keypoint1)` pairs."""
    if isinstance(data, Sequence) and len(data) == 2 and all(isinstance(k, (int, np.integer)) for k in data):
        data = [data]
    pairs = _keypoint_pairs(_items_of(data, KeypointPair))
    return pa.array([{"keypoint0": p._keypoint0, "keypoint1": p._keypoint1} for p in pairs], T.KEYPOINT_PAIR)


def class_description_map_elems(data: Any) -> pa.Array:
    """Converter for ClassDescriptionMapElem batches (what an AnnotationContext holds, one per class)."""
    return pa.array(_context_rows(data), T.CLASS_DESCRIPTION_MAP_ELEM)


def _items_exactly(data: Any, cls: type, expected: str) -> list[Any]:
    """The items of a batch of `cls` values; anything else is refused with what was expected."""
    items = _items_of(data, cls)
    for item in items:
        if not isinstance(item, cls):
            raise TypeError(f"expected {expected}, got {describe(item)}")
    return items


def rotation_axis_angles(data: Any) -> pa.Array:
    """Converter for RotationAxisAngle batches."""
    return rotation_array(_items_exactly(data, RotationAxisAngle, "RotationAxisAngle(axis, angle)")).field(2)


def translation_and_mat3x3s(data: Any) -> pa.Array:
    """Converter for TranslationAndMat3x3 batches."""
    return transform_array(_items_exactly(data, TranslationAndMat3x3, "TranslationAndMat3x3(...)")).field(1)


def translation_rotation_scale3ds(data: Any) -> pa.Array:
    """Converter for TranslationRotationScale3D batches."""
    items = _items_exactly(data, TranslationRotationScale3D, "TranslationRotationScale3D(...)")
    return transform_array(items).field(2)
