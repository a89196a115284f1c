"""Bad input for every archetype field: a clear warning and nothing logged, or an error in strict mode.

The fields come from tests/fixtures/spec/archetypes-0.17.json (copied from Rerun 0.17), so every field of every archetype is
tried: the archetype's valid `BASELINE` arguments with one field's parameter replaced by a bad
value. By default a `RerunWarning` names the archetype, the parameter and what was expected,
points at the caller's line, and `rr.log` of the result logs nothing (earlier data stays). In
strict mode the same call raises `TypeError`/`ValueError` with the same message.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg
from test_datamodel_spec import FIELDS

GLB = (Path(__file__).resolve().parents[1] / "examples" / "assets" / "cube.glb").read_bytes()
ASSETS = Path(__file__).resolve().parent / "fixtures" / "assets"

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


def _construct(archetype: str, kwargs: dict):
    return getattr(rr, archetype)(**kwargs)


IDS = [f"{a}.{f['field']}" for a, f in FIELDS]


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_bad_input")
    yield recording
    recording.shutdown()


@pytest.fixture(autouse=True)
def _default_mode():
    rr.set_strict_mode(False)
    yield
    rr.set_strict_mode(False)


@pytest.mark.parametrize("archetype", sorted(BASELINE))
def test_baseline_is_valid(archetype):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _construct(archetype, BASELINE[archetype]).is_valid


@pytest.mark.parametrize(("archetype", "field"), FIELDS, ids=IDS)
def test_bad_field_warns_and_logs_nothing(archetype, field, rec):
    kwargs, param, expected = bad_case(archetype, field)
    memory = rec.memory_recording()
    good = _construct(archetype, BASELINE[archetype])
    rec.log("entity", good)
    with pytest.warns(rr.RerunWarning) as caught:
        bad = _construct(archetype, kwargs)
    (warning,) = caught
    message = str(warning.message)
    assert message.startswith(f"rr.{archetype}: "), message
    assert re.search(rf"\b{param}\b", message), message
    assert re.search(expected, message), message
    assert warning.filename == __file__  # at the caller's line, not inside the package
    assert not bad.is_valid

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # logging the dropped archetype is silent: it was reported once
        rec.log("entity", bad)
    chunks = [m.chunk for m in memory.messages() if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/entity"]
    assert sum(c.num_rows for c in chunks) == 1  # only the good row
    logged = chunks[0].components()
    for batch in good.as_component_batches()[1:]:
        assert logged[batch.component_name()].to_pylist() == [batch.as_arrow_array().to_pylist()]


@pytest.mark.parametrize(("archetype", "field"), FIELDS, ids=IDS)
def test_bad_field_raises_in_strict_mode(archetype, field):
    kwargs, param, expected = bad_case(archetype, field)
    rr.set_strict_mode(True)
    with pytest.raises((TypeError, ValueError)) as raised:
        _construct(archetype, kwargs)
    message = str(raised.value)
    assert message.startswith(f"rr.{archetype}: ") and re.search(rf"\b{param}\b", message), message
    assert re.search(expected, message), message


# -- problems that are not about one field --------------------------------------------------

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
    "dim_names count": ("Tensor", {"data": np.zeros((2, 3)), "dim_names": ["a"]}, ValueError, r"1 dim_names for a tensor with 2 dimensions"),
    "nan class id": ("Points2D", {"positions": [[0, 0]], "class_ids": [float("nan")]}, ValueError, r"class_ids: "),
    "huge keypoint": ("Points2D", {"positions": [[0, 0]], "keypoint_ids": 2**40}, ValueError, r"keypoint_ids: .*0\.\.65535"),
}


@pytest.mark.parametrize("case", list(NOT_ONE_FIELD))
def test_other_problems_warn_or_raise(case):
    archetype, kwargs, error, expected = NOT_ONE_FIELD[case]
    with pytest.warns(rr.RerunWarning, match=rf"^rr\.{archetype}: .*{expected}"):
        assert not _construct(archetype, kwargs).is_valid
    rr.set_strict_mode(True)
    with pytest.raises(error, match=rf"^rr\.{archetype}: .*{expected}"):
        _construct(archetype, kwargs)


def test_positional_arguments_beyond_the_signature_are_reported():
    with pytest.warns(rr.RerunWarning, match=r"rr\.Points3D: 1 unexpected positional argument"):
        assert not rr.Points3D([[0, 0, 0]], [1.0]).is_valid


def test_strict_mode_from_init():
    rr.init("rerun_test_strict_init", strict=True)
    try:
        with pytest.raises(ValueError, match=r"rr\.Points3D: positions"):
            rr.Points3D([[0, 0]])
    finally:
        rr.init("rerun_test_strict_init", strict=False)
    with pytest.warns(rr.RerunWarning):
        rr.Points3D([[0, 0]])


def test_strict_mode_from_environment():
    import subprocess
    import sys

    code = "import rerun as rr\ntry:\n    rr.Points3D([[0, 0]])\nexcept ValueError as e:\n    print('raised', e)\n"
    env = {**__import__("os").environ, "RERUN_STRICT": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("raised rr.Points3D: positions"), out.stdout + out.stderr


def test_bad_data_given_to_a_batch_leaves_it_empty_with_its_exact_type():
    with pytest.warns(rr.RerunWarning, match=r"Position3DBatch: expected vectors of 3 numbers"):
        batch = rr.components.Position3DBatch([[1, 2]])
    assert len(batch) == 0
    with pytest.warns(rr.RerunWarning, match=r"Rotation3DBatch: expected rotations"):
        rotations = rr.components.Rotation3DBatch("spin")
    assert rotations.as_arrow_array().type == rr.components.Rotation3DBatch._ARROW_TYPE
    with pytest.raises(ValueError):
        rr.components.Position3DBatch([[1, 2]], strict=True)
