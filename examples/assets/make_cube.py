"""Write ``cube.glb``: a unit cube (side 1, centred on the origin) as a binary glTF 2.0 file.

Run from anywhere: ``python examples/assets/make_cube.py``. The output is deterministic, so
re-running it reproduces the committed ``cube.glb`` byte for byte.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

OUT = Path(__file__).with_name("cube.glb")


def cube_geometry() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (positions, normals, colors, indices): 4 vertices per face so each face is flat-shaded."""
    positions, normals, colors, indices = [], [], [], []
    for axis in range(3):
        for sign in (-1.0, 1.0):
            normal = np.zeros(3)
            normal[axis] = sign
            u_axis, v_axis = (axis + 1) % 3, (axis + 2) % 3
            base = len(positions)
            for du, dv in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                p = np.zeros(3)
                p[axis] = 0.5 * sign
                p[u_axis] = 0.5 * du
                p[v_axis] = 0.5 * dv
                positions.append(p)
                normals.append(normal)
                colors.append([0.5 + 0.5 * abs(normal[0]), 0.5 + 0.5 * abs(normal[1]), 0.5 + 0.5 * abs(normal[2]), 1.0])
            quad = [0, 1, 2, 0, 2, 3] if sign > 0 else [0, 2, 1, 0, 3, 2]  # counter-clockwise seen from outside
            indices.extend(base + i for i in quad)
    return (
        np.asarray(positions, dtype=np.float32),
        np.asarray(normals, dtype=np.float32),
        np.asarray(colors, dtype=np.float32),
        np.asarray(indices, dtype=np.uint16),
    )


def pad4(data: bytes, fill: bytes) -> bytes:
    return data + fill * (-len(data) % 4)


def make_glb() -> bytes:
    positions, normals, colors, indices = cube_geometry()
    views, accessors, blobs, offset = [], [], [], 0
    for arr, kind, target, comp in (
        (positions, "VEC3", 34962, 5126),
        (normals, "VEC3", 34962, 5126),
        (colors, "VEC4", 34962, 5126),
        (indices, "SCALAR", 34963, 5123),
    ):
        raw = pad4(arr.tobytes(), b"\x00")
        views.append({"buffer": 0, "byteOffset": offset, "byteLength": arr.nbytes, "target": target})
        acc = {"bufferView": len(views) - 1, "componentType": comp, "count": len(arr), "type": kind}
        if arr is positions:
            acc["min"] = positions.min(axis=0).tolist()
            acc["max"] = positions.max(axis=0).tolist()
        accessors.append(acc)
        blobs.append(raw)
        offset += len(raw)
    binary = b"".join(blobs)
    doc = {
        "asset": {"version": "2.0", "generator": "pyrerun examples/assets/make_cube.py"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": "cube"}],
        "meshes": [
            {
                "name": "cube",
                "primitives": [
                    {"attributes": {"POSITION": 0, "NORMAL": 1, "COLOR_0": 2}, "indices": 3, "material": 0, "mode": 4}
                ],
            }
        ],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [1.0, 1.0, 1.0, 1.0], "metallicFactor": 0.0}}],
        "accessors": accessors,
        "bufferViews": views,
        "buffers": [{"byteLength": len(binary)}],
    }
    json_chunk = pad4(json.dumps(doc, separators=(",", ":")).encode(), b" ")
    chunks = struct.pack("<I4s", len(json_chunk), b"JSON") + json_chunk
    chunks += struct.pack("<I4s", len(binary), b"BIN\x00") + binary
    return struct.pack("<4sII", b"glTF", 2, 12 + len(chunks)) + chunks


if __name__ == "__main__":
    data = make_glb()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")
