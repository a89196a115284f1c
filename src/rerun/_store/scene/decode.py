"""Decode the Arrow storage of spatial components into numpy matrices (vectorised).

Storage follows Rerun 0.17: ``Mat3x3`` and ``PinholeProjection`` are 9 floats in *column-major*
order (the Python API takes rows, the data model stores columns). Transforms compose as
``T * R * S`` (translation applied last) or ``T * M3``; ``from_parent`` inverts.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

# ViewCoordinates codes -> unit direction in a right-handed "RUB" frame (X=Right, Y=Up, Z=Back).
_DIR_RUB = {
    1: (0.0, 1.0, 0.0),  # Up
    2: (0.0, -1.0, 0.0),  # Down
    3: (1.0, 0.0, 0.0),  # Right
    4: (-1.0, 0.0, 0.0),  # Left
    5: (0.0, 0.0, -1.0),  # Forward
    6: (0.0, 0.0, 1.0),  # Back
}
# The same directions in the camera's RDF frame (X=Right, Y=Down, Z=Forward).
_DIR_RDF = {
    1: (0.0, -1.0, 0.0),
    2: (0.0, 1.0, 0.0),
    3: (1.0, 0.0, 0.0),
    4: (-1.0, 0.0, 0.0),
    5: (0.0, 0.0, 1.0),
    6: (0.0, 0.0, -1.0),
}
RDF = np.array([3, 2, 5], np.uint8)


def fsl_to_numpy(arr: pa.Array, size: int, fill: float | np.ndarray = 0.0) -> np.ndarray:
    """A fixed_size_list<float>[size] array -> (n, size) float64; null slots get `fill`."""
    n = len(arr)
    values = arr.values.slice(arr.offset * size, n * size).fill_null(0)
    out = np.array(values.to_numpy(zero_copy_only=False), dtype=np.float64).reshape(n, size)
    if arr.null_count:
        out[arr.is_null().to_numpy(zero_copy_only=False)] = fill
    return out


def _bools(arr: pa.Array) -> np.ndarray:
    return np.asarray(arr.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def _union_parts(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(type codes, offsets) of a dense union array, accounting for slicing."""
    # Read the buffers: pyarrow's `type_codes` / `offsets` properties ignore the array's slice offset.
    n, start = len(arr), arr.offset
    buffers = arr.buffers()
    codes = np.frombuffer(buffers[1], dtype=np.int8, count=start + n)[start:]
    offsets = np.frombuffer(buffers[2], dtype=np.int32, count=start + n)[start:].astype(np.int64)
    return codes, offsets


def fields(arr: pa.Array) -> list[pa.Array]:
    """Children of a struct array, sliced like it (parent nulls are *not* merged in: merging
    would give union children a validity bitmap, which Arrow forbids)."""
    return [arr.field(i) for i in range(arr.type.num_fields)]


def _child(arr: pa.Array, code: int) -> pa.Array:
    return arr.field(list(arr.type.type_codes).index(code))


def quaternion_matrices(xyzw: np.ndarray) -> np.ndarray:
    """(n, 4) quaternions (x, y, z, w) -> (n, 3, 3) rotation matrices (normalised; zero -> identity)."""
    q = np.asarray(xyzw, np.float64).reshape(-1, 4)
    norm = np.linalg.norm(q, axis=1)
    bad = ~np.isfinite(norm) | (norm == 0)
    q = np.where(bad[:, None], [0.0, 0.0, 0.0, 1.0], q / np.where(bad, 1.0, norm)[:, None])
    x, y, z, w = q.T
    m = np.empty((len(q), 3, 3))
    m[:, 0, 0] = 1 - 2 * (y * y + z * z)
    m[:, 0, 1] = 2 * (x * y - z * w)
    m[:, 0, 2] = 2 * (x * z + y * w)
    m[:, 1, 0] = 2 * (x * y + z * w)
    m[:, 1, 1] = 1 - 2 * (x * x + z * z)
    m[:, 1, 2] = 2 * (y * z - x * w)
    m[:, 2, 0] = 2 * (x * z - y * w)
    m[:, 2, 1] = 2 * (y * z + x * w)
    m[:, 2, 2] = 1 - 2 * (x * x + y * y)
    return m


def axis_angle_matrices(axes: np.ndarray, radians: np.ndarray) -> np.ndarray:
    """(n, 3) axes and (n,) angles -> (n, 3, 3) rotations (Rodrigues; zero axis -> identity)."""
    axes = np.asarray(axes, np.float64).reshape(-1, 3)
    norm = np.linalg.norm(axes, axis=1)
    bad = ~np.isfinite(norm) | (norm == 0)
    k = axes / np.where(bad, 1.0, norm)[:, None]
    half = np.where(bad, 0.0, np.asarray(radians, np.float64)) / 2
    return quaternion_matrices(np.column_stack([k * np.sin(half)[:, None], np.cos(half)]))


def rotation_matrices(arr: pa.Array) -> np.ndarray:
    """Rotation3D dense union (null / Quaternion / AxisAngle) -> (n, 3, 3)."""
    n = len(arr)
    out = np.broadcast_to(np.eye(3), (n, 3, 3)).copy()
    codes, offsets = _union_parts(arr)
    quat = codes == 1
    if quat.any():
        q = fsl_to_numpy(_child(arr, 1), 4, fill=np.array([0.0, 0.0, 0.0, 1.0]))
        out[quat] = quaternion_matrices(q[offsets[quat]])
    aa = codes == 2
    if aa.any():
        axis_angle = _child(arr, 2)
        axis_arr, angle_arr = fields(axis_angle)
        axes = fsl_to_numpy(axis_arr, 3)
        a_codes, a_offsets = _union_parts(angle_arr)
        angles = np.zeros(len(angle_arr))
        for code, to_rad in ((1, 1.0), (2, np.pi / 180.0)):
            sel = a_codes == code
            if sel.any():
                vals = np.asarray(_child(angle_arr, code).fill_null(0).to_numpy(zero_copy_only=False), np.float64)
                angles[sel] = vals[a_offsets[sel]] * to_rad
        rows = offsets[aa]
        valid = ~np.asarray(axis_angle.is_null().to_numpy(zero_copy_only=False), bool)[rows]
        mats = axis_angle_matrices(axes[rows], angles[rows])
        mats[~valid] = np.eye(3)
        out[aa] = mats
    return out


def _scales(arr: pa.Array) -> np.ndarray:
    """Scale3D dense union (null / ThreeD / Uniform) -> (n, 3)."""
    n = len(arr)
    out = np.ones((n, 3))
    codes, offsets = _union_parts(arr)
    three = codes == 1
    if three.any():
        out[three] = fsl_to_numpy(_child(arr, 1), 3, fill=1.0)[offsets[three]]
    uni = codes == 2
    if uni.any():
        vals = np.asarray(_child(arr, 2).fill_null(1.0).to_numpy(zero_copy_only=False), np.float64)
        out[uni] = vals[offsets[uni]][:, None]
    return out


def decode_transforms(arr: pa.Array) -> np.ndarray:
    """A ``rerun.components.Transform3D`` (or OutOfTreeTransform3D) array -> (n, 4, 4) float64.

    Null entries decode to the identity.
    """
    n = len(arr)
    out = np.broadcast_to(np.eye(4), (n, 4, 4)).copy()
    if n == 0:
        return out
    codes, offsets = _union_parts(arr)
    from_parent = np.zeros(n, bool)

    sel = codes == 1
    if sel.any():
        translation, mat3x3, inv = fields(_child(arr, 1))
        rows = offsets[sel]
        t = fsl_to_numpy(translation, 3)[rows]
        m = fsl_to_numpy(mat3x3, 9, fill=np.eye(3).reshape(9))[rows]
        out[sel, :3, :3] = m.reshape(-1, 3, 3).transpose(0, 2, 1)  # column-major storage
        out[sel, :3, 3] = t
        from_parent[sel] = _bools(inv)[rows]

    sel = codes == 2
    if sel.any():
        translation, rotation, scale, inv = fields(_child(arr, 2))
        rows = offsets[sel]
        t = fsl_to_numpy(translation, 3)[rows]
        r = rotation_matrices(rotation)[rows]
        s = _scales(scale)[rows]
        out[sel, :3, :3] = r * s[:, None, :]  # R @ diag(s)
        out[sel, :3, 3] = t
        from_parent[sel] = _bools(inv)[rows]

    if from_parent.any():
        out[from_parent] = np.linalg.inv(out[from_parent])
    return out


def decode_mat3x3(arr: pa.Array) -> np.ndarray:
    """fixed_size_list<float>[9] stored column-major -> (n, 3, 3) row-major matrices."""
    return fsl_to_numpy(arr, 9, fill=np.eye(3).reshape(9)).reshape(-1, 3, 3).transpose(0, 2, 1)


def view_coordinates_basis(codes: np.ndarray) -> np.ndarray:
    """3x3 matrix whose columns are the entity's x, y, z axes in a RUB frame."""
    return np.array([_DIR_RUB[int(c)] for c in np.asarray(codes).reshape(3)]).T


def xyz_from_rdf(codes: np.ndarray) -> np.ndarray:
    """Change of basis from camera RDF coordinates to the `codes` coordinates (3x3)."""
    return np.array([_DIR_RDF[int(c)] for c in np.asarray(codes).reshape(3)])

