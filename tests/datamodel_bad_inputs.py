"""Bad input for every archetype field and for problems of whole calls, as a table shared by the
tests (`tests/test_datamodel_bad_input.py`) and by `tools/make_reference_fixtures.py --warnings`,
which records what rerun-sdk 0.17 says for each (`tests/fixtures/rerun017_warnings.json`).

Uses only the public API, numpy and the 0.17 spec file, so that it runs against either package.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import rerun as rr

_HERE = Path(__file__).resolve().parent
SPEC: dict = json.loads((_HERE / "fixtures" / "spec" / "archetypes-0.17.json").read_text())
FIELDS = [(arch, field) for arch, entry in SPEC.items() for field in entry["fields"]]
IDS = [f"{a}.{f['field']}" for a, f in FIELDS]

GLB = (_HERE.parent / "examples" / "assets" / "cube.glb").read_bytes()
ASSETS = _HERE / "fixtures" / "assets"

# Valid arguments per archetype, to which one bad value is added.
BASELINE: dict[str, dict] = {
    "AnnotationContext": {"context": [(1, "a")]},
    "Arrows2D": {"vectors": [[1, 0]]},
    "Arrows3D": {"vectors": [[1, 0, 0]]},
    "Asset3D": {"contents": GLB},
    "BarChart": {"values": [1, 2, 3]},
    "Boxes2D": {"half_sizes": [[1, 1]]},
    "Boxes3D": {"half_sizes": [[1, 1, 1]]},
    "Clear": {"recursive": True},
    "DepthImage": {"data": np.ones((2, 2), np.uint16)},
    "DisconnectedSpace": {"is_disconnected": True},
    "Image": {"data": np.zeros((2, 2, 3), np.uint8)},
    "LineStrips2D": {"strips": [[[0, 0], [1, 1]]]},
    "LineStrips3D": {"strips": [[[0, 0, 0], [1, 1, 1]]]},
    "Mesh3D": {"vertex_positions": np.zeros((3, 3))},
    "Pinhole": {"image_from_camera": np.eye(3)},
    "Points2D": {"positions": [[0, 0]]},
    "Points3D": {"positions": [[0, 0, 0]]},
    "Scalar": {"scalar": 1.0},
    "SegmentationImage": {"data": np.zeros((2, 2), np.uint8)},
    "SeriesLine": {},
    "SeriesPoint": {},
    "Tensor": {"data": np.zeros((2, 2))},
    "TextDocument": {"text": "hello"},
    "TextLog": {"text": "hello"},
    "Transform3D": {},
    "ViewCoordinates": {"xyz": rr.components.ViewCoordinates.RDF},
}

# Constructor parameter of a field, where its name differs from the field's.
PARAMETER = {
    ("Asset3D", "blob"): "contents",
    ("Clear", "is_recursive"): "recursive",
    ("DisconnectedSpace", "disconnected_space"): "is_disconnected",
}

_VEC2 = ([[1, 2, 3]], r"vectors of 2 numbers")
_VEC3 = ([[1, 2]], r"vectors of 3 numbers")
_NUMBER = ("far", r"numbers")
_TEXT = (b"bytes", r"text")
_IMAGE_HW = (np.zeros((2, 3, 5)), r"shape HxW")

# A bad value per component (what the field stores) and a regex of what the message says is expected.
BAD_BY_COMPONENT: dict[str, tuple[object, str]] = {
    "AnnotationContext": ("person", r"class descriptions"),
    "AggregationPolicy": ("sometimes", r"unknown AggregationPolicy 'sometimes'; expected one of Off, Average"),
    "AxisLength": _NUMBER,
    "Blob": (12345, r"bytes"),
    "ClassId": (-1, r"0\.\.65535"),
    "ClearIsRecursive": ("yes", r"True or False"),
    "Color": ("red", r"colors"),
    "Colormap": ("rainbow", r"unknown Colormap 'rainbow'; expected one of Grayscale, Inferno"),
    "DepthMeter": _NUMBER,
    "DisconnectedSpace": ("yes", r"True or False"),
    "DrawOrder": _NUMBER,
    "FillRatio": _NUMBER,
    "HalfSize2D": _VEC2,
    "HalfSize3D": _VEC3,
    "ImagePlaneDistance": _NUMBER,
    "KeypointId": (70000, r"0\.\.65535"),
    "LineStrip2D": ([[[1, 2, 3]]], r"vectors of 2 numbers"),
    "LineStrip3D": ([[[1, 2]]], r"vectors of 3 numbers"),
    "MarkerShape": ("star", r"unknown MarkerShape 'star'; expected one of Circle, Diamond"),
    "MarkerSize": _NUMBER,
    "Material": ("shiny", r"Material"),
    "MediaType": _TEXT,
    "Name": _TEXT,
    "Opacity": _NUMBER,
    "OutOfTreeTransform3D": ("rotate", r"transform"),
    "PinholeProjection": ([[1, 2], [3, 4]], r"3x3 matri"),
    "Position2D": _VEC2,
    "Position3D": _VEC3,
    "Radius": _NUMBER,
    "Resolution": _VEC2,
    "Rotation3D": ("spin", r"rotation"),
    "Scalar": _NUMBER,
    "StrokeWidth": _NUMBER,
    "TensorData": ("pixels", r"numpy array"),
    "Texcoord2D": _VEC2,
    "Text": _TEXT,
    "TextLogLevel": _TEXT,
    "Transform3D": ("rotate", r"transform"),
    "TriangleIndices": ([[0, 1]], r"vectors of 3 numbers"),
    "Vector2D": _VEC2,
    "Vector3D": _VEC3,
    "ViewCoordinates": ("XYZ", r"directions"),
}
# Fields whose bad value is better specific to the archetype (shape rules of images and charts).
BAD_BY_FIELD: dict[tuple[str, str], tuple[object, str]] = {
    ("Image", "data"): (np.zeros((2, 3, 5)), r"shape HxW, HxWx3 or HxWx4"),
    ("DepthImage", "data"): _IMAGE_HW,
    ("SegmentationImage", "data"): _IMAGE_HW,
    ("BarChart", "values"): (np.zeros((2, 3)), r"1-dimensional"),
}


def bad_case(archetype: str, field: dict) -> tuple[dict, str, str]:
    """(constructor arguments, parameter name, expected-message regex) for one bad field."""
    name = field["field"]
    param = PARAMETER.get((archetype, name), name)
    component = field["component"].rsplit(".", 1)[1]
    value, expected = BAD_BY_FIELD.get((archetype, name)) or BAD_BY_COMPONENT[component]
    return {**BASELINE[archetype], param: value}, param, expected


# -- problems that are not about one field: (archetype, arguments, error in strict mode, message regex)

NOT_ONE_FIELD = {
    "missing required": ("Points3D", {}, ValueError, r"positions is required"),
    "unknown keyword": ("Points3D", {"positions": [[0, 0, 0]], "color": [255, 0, 0]}, TypeError, r"unexpected argument\(s\) color"),
    "ragged vectors": ("Points2D", {"positions": [[0, 0], [1]]}, ValueError, r"positions: expected vectors of 2 numbers"),
    "sizes and half_sizes": ("Boxes2D", {"sizes": [1, 1], "half_sizes": [1, 1]}, ValueError, r"either sizes or half_sizes"),
    "array without format": ("Boxes2D", {"array": [0, 0, 1, 1]}, ValueError, r"array_format"),
    "unknown box format": ("Boxes2D", {"array": [0, 0, 1, 1], "array_format": "XYZW"}, ValueError, r"array_format: .*XYWH"),
    "unknown keyword of a hand-written constructor": ("Boxes2D", {"half_sizes": [1, 1], "size": [1, 1]}, TypeError, r"unexpected keyword argument 'size'"),
    "missing required argument": ("BarChart", {}, ValueError, r"values is required"),
    "not an image file": ("ImageEncoded", {"contents": b"hello"}, ValueError, r"contents: not an image file"),
    "unknown image format": ("ImageEncoded", {"path": ASSETS / "rgb_8x6.png", "format": "WEBP"}, ValueError, r"format: .*PNG"),
    "format not that of the file": ("ImageEncoded", {"path": ASSETS / "rgb_8x6.png", "format": rr.ImageFormat.JPEG}, ValueError, r"format: the path holds a PNG image, not JPEG"),
    "truncated image": ("ImageEncoded", {"contents": (ASSETS / "rgb_8x6.png").read_bytes()[:60]}, ValueError, r"contents: cannot decode the PNG image"),
    "raw buffer of the wrong size": ("ImageEncoded", {"contents": bytes(23), "format": rr.ImageFormat.NV12(size_hint=(4, 4))}, ValueError, r"contents: .*needs 24 bytes, got 23"),
    "pinhole without intrinsics": ("Pinhole", {"width": 3, "height": 3}, ValueError, r"focal_length"),
    "negative fov": ("Pinhole", {"fov_y": -1.0, "aspect_ratio": 1.0}, ValueError, r"fov_y: expected a positive number"),
    "one focal too many": ("Pinhole", {"focal_length": [1, 2, 3], "width": 2, "height": 2}, ValueError, r"focal_length: expected one or two values"),
    "transform and parts": ("Transform3D", {"transform": rr.datatypes.TranslationAndMat3x3(), "translation": [1, 2, 3]}, ValueError, r"incompatible"),
    "mat3x3 and rotation": ("Transform3D", {"mat3x3": np.eye(3), "rotation": [0, 0, 0, 1]}, ValueError, r"mat3x3 is incompatible"),
    "asset path and contents": ("Asset3D", {"path": "a.glb", "contents": b"x"}, ValueError, r"exactly one of path= or contents="),
    "missing asset file": ("Asset3D", {"path": "/nonexistent/model.glb"}, ValueError, r"path: cannot read"),
    "negative class ids in segmentation": ("SegmentationImage", {"data": np.array([[-1, 0]])}, ValueError, r"must not be negative"),
    "nan class id": ("Points2D", {"positions": [[0, 0]], "class_ids": [float("nan")]}, ValueError, r"class_ids: "),
    "huge keypoint": ("Points2D", {"positions": [[0, 0]], "keypoint_ids": 2**40}, ValueError, r"keypoint_ids: .*0\.\.65535"),
}


# -- problems that 0.17 warns about and still logs the rest for: (archetype, arguments, message regex)

LOGGED_WITH_WARNING = {
    "dim_names count": ("Tensor", {"data": np.zeros((2, 3)), "dim_names": ["a"]}, r"dim_names: got 1 names for a tensor of shape \(2, 3\)"),
}
