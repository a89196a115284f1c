"""The data model's public API beyond single input forms: protocols, module paths, behaviour.

Input forms compared value by value with rerun 0.17 are in `test_datamodel_rerun017_forms.py`;
here is what a user notices otherwise: batches compare equal, anything following 0.17's
`AsComponents` / `ComponentBatchLike` protocols can be logged, 0.17's import paths work,
images compress to JPEGs Pillow decodes, assets get a media type from their bytes.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from PIL import Image as PILImage

import rerun as rr
from rerun._log_msg import ArrowMsg

ASSETS = Path(__file__).resolve().parent / "fixtures" / "assets"
GLB = Path(__file__).resolve().parents[1] / "examples" / "assets" / "cube.glb"


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_datamodel_api")
    yield recording
    recording.shutdown()


def _logged(memory, entity_path: str) -> dict[str, list]:
    """Component name -> rows logged at `entity_path`."""
    rows: dict[str, list] = {}
    for msg in memory.messages():
        if isinstance(msg, ArrowMsg) and msg.chunk.entity_path == entity_path:
            for name, column in msg.chunk.components().items():
                rows.setdefault(name, []).extend(column.to_pylist())
    return rows


# -- batches and the 0.17 protocols -------------------------------------------------------


@pytest.mark.parametrize(
    "positions", [[[1, 2, 3], [4, 5, 6]], np.array([[1, 2, 3], [4, 5, 6]], np.float64), ((1, 2, 3), (4, 5, 6))]
)
def test_archetype_fields_equal_batches_built_directly(positions):
    points = rr.Points3D(positions, radii=0.5, colors=[255, 0, 0])
    assert points.positions == rr.components.Position3DBatch(positions)
    assert points.radii == rr.components.RadiusBatch(0.5)
    assert points.colors == rr.components.ColorBatch(0xFF0000FF)
    assert points.positions != rr.components.Position3DBatch([[1, 2, 3]])
    # Same data under another component name is another batch.
    assert points.positions != rr.components.Vector3DBatch(positions)
    assert points.labels is None


def test_batches_follow_the_component_batch_protocol():
    batch = rr.components.Position2DBatch([[1, 2], [3, 4]])
    assert batch.component_name() == "rerun.components.Position2D"
    array = batch.as_arrow_array()
    assert isinstance(array, pa.Array) and array.type == pa.list_(pa.field("item", pa.float32(), nullable=False), 2)
    assert array.to_pylist() == [[1.0, 2.0], [3.0, 4.0]]
    assert len(batch) == 2
    datatype_batch = rr.datatypes.Vec2DBatch([[1, 2]])
    assert not hasattr(datatype_batch, "component_name")
    assert datatype_batch.as_arrow_array().to_pylist() == [[1.0, 2.0]]


def test_as_component_batches_gives_indicator_then_given_fields_in_order():
    arrows = rr.Arrows2D(vectors=[[1, 0]], labels="a", origins=[[0, 0]])
    names = [b.component_name() for b in arrows.as_component_batches()]
    assert names == [
        "rerun.components.Arrows2DIndicator",
        "rerun.components.Vector2D",
        "rerun.components.Position2D",
        "rerun.components.Text",
    ]
    indicator = arrows.as_component_batches()[0]
    assert len(indicator.as_arrow_array()) == 1 and indicator.as_arrow_array().type == pa.null()


class _Confidence:
    """A user's own component, following 0.17's `ComponentBatchLike` protocol."""

    def __init__(self, values: list[float]) -> None:
        self.values = values

    def component_name(self) -> str:
        return "user.Confidence"

    def as_arrow_array(self) -> pa.Array:
        return pa.array(self.values, pa.float32())


class _Detection:
    """A user's own archetype, following 0.17's `AsComponents` protocol."""

    def as_component_batches(self) -> list:
        return [rr.components.Position2DBatch([[1, 2]]), _Confidence([0.75])]


def test_user_types_following_the_protocols_are_logged(rec):
    memory = rec.memory_recording()
    rec.log("det", _Detection())
    rec.log("conf", [_Confidence([0.5, 0.25]), rr.components.ColorBatch([0, 255, 0])])
    rec.log("both", rr.Points2D([[0, 0]]), _Confidence([1.0]))
    assert _logged(memory, "/det") == {"rerun.components.Position2D": [[[1.0, 2.0]]], "user.Confidence": [[0.75]]}
    conf = _logged(memory, "/conf")
    assert conf["user.Confidence"] == [[0.5, 0.25]] and conf["rerun.components.Color"] == [[0x00FF00FF]]
    assert set(_logged(memory, "/both")) == {
        "rerun.components.Points2DIndicator",
        "rerun.components.Position2D",
        "user.Confidence",
    }


def test_any_values_logs_user_named_components(rec):
    memory = rec.memory_recording()
    rec.log(
        "any",
        rr.AnyValues(
            confidence=[1.2, 3.4, 5.6],
            description="Bla bla bla…",
            count=np.array([1, 2], np.int32),
            radius=rr.components.RadiusBatch([0.5]),
        ),
    )
    rows = _logged(memory, "/any")
    assert rows["confidence"] == [[1.2, 3.4, 5.6]]
    assert rows["description"] == [["Bla bla bla…"]]
    assert rows["count"] == [[1, 2]]
    assert rows["radius"] == [[0.5]]
    with pytest.warns(rr.RerunWarning, match=r"Converting data for 'bad': TypeError\(cannot convert list to Arrow"):
        assert rr.AnyValues(bad=[[1, 2], [3]], good=1).as_component_batches()[0].component_name() == "good"


def test_component_and_datatype_values():
    assert rr.components.Color([255, 0, 0]).rgba == 0xFF0000FF
    assert int(rr.datatypes.Rgba32([0, 0, 255, 128])) == 0x0000FF80
    assert np.asarray(rr.datatypes.Vec3D([1, 2, 3])).tolist() == [1.0, 2.0, 3.0]
    assert float(rr.components.Radius(0.25)) == 0.25
    assert str(rr.components.Text("hi")) == "hi"
    assert rr.components.Position3D([1, 2, 3]) == rr.components.Position3D((1.0, 2.0, 3.0))
    # As in Rerun 0.17, a value is checked where it is logged, not where it is made (strict mode
    # raises at once): two positions in one `Position3D` log as two, a bad one is reported there.
    two = rr.components.Position3D([[1, 2, 3], [4, 5, 6]])
    assert rr.Points3D(two).positions.as_arrow_array().to_pylist() == [[1, 2, 3], [4, 5, 6]]
    with pytest.warns(rr.RerunWarning, match=r"^Position3DBatch: ValueError\(rr\.Points3D: positions: "):
        assert not rr.Points3D(rr.components.Position3D([1, 2])).is_valid
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match="exactly one value"):
            rr.components.Position3D([[1, 2, 3], [4, 5, 6]])
    finally:
        rr.set_strict_mode(False)


# -- 0.17's module paths ---------------------------------------------------------------------


def test_names_import_from_rerun017_module_paths():
    from rerun.archetypes.points3d import Points3D
    from rerun.components.color import Color, ColorBatch
    from rerun.components.radius import RadiusBatch
    from rerun.components.view_coordinates import ViewCoordinates
    from rerun.datatypes.angle import Angle
    from rerun.datatypes.quaternion import Quaternion
    from rerun.datatypes.rotation_axis_angle import RotationAxisAngle
    from rerun.datatypes.tensor_data import TensorData
    from rerun.datatypes.vec3d import Vec3D, Vec3DArrayLike, Vec3DBatch, Vec3DLike

    from rerun.error_utils import RerunWarning

    assert Points3D is rr.Points3D
    assert RadiusBatch is rr.components.RadiusBatch and ColorBatch is rr.components.ColorBatch
    assert Color is rr.components.Color and ViewCoordinates is rr.components.ViewCoordinates
    assert Vec3D is rr.datatypes.Vec3D and Vec3DBatch is rr.datatypes.Vec3DBatch
    assert Angle is rr.datatypes.Angle and Quaternion is rr.datatypes.Quaternion
    assert RotationAxisAngle is rr.datatypes.RotationAxisAngle and TensorData is rr.datatypes.TensorData
    assert Vec3DArrayLike is not None and Vec3DLike is not None
    assert RerunWarning is rr.RerunWarning
    assert rr.datatypes.vec3d.Vec3DBatch is Vec3DBatch  # also reachable as attributes


def test_top_level_names_of_rerun017():
    for name in ("Radius", "TextLogLevel", "MediaType", "Box2DFormat", "ImageEncoded", "ImageFormat", "AnyValues"):
        assert hasattr(rr, name), name
    assert rr.Box2DFormat is rr.archetypes.Box2DFormat


# -- radii, rotations, transforms ----------------------------------------------------------


def test_ui_point_radii_are_stored_negative():
    assert rr.Radius.ui_points([40.0, 60.0]).as_arrow_array().to_pylist() == [-40.0, -60.0]
    assert rr.Radius.ui_points(5).as_arrow_array().to_pylist() == [-5.0]
    assert rr.Radius.ui_points(np.array([-3.0])).as_arrow_array().to_pylist() == [-3.0]  # sign-insensitive
    assert rr.components.Radius.scene_units([-2.0]).as_arrow_array().to_pylist() == [2.0]
    assert rr.Points2D([[0, 0]], radii=rr.Radius.ui_points(4)).radii == rr.components.RadiusBatch([-4.0])


def test_rotation_values():
    assert rr.datatypes.Rotation3D.identity() == rr.datatypes.Rotation3D(rr.datatypes.Quaternion(xyzw=[0, 0, 0, 1]))
    axis_angle = rr.datatypes.RotationAxisAngle([0, 0, 1], rr.datatypes.Angle(deg=90))
    assert axis_angle.angle.radians == pytest.approx(np.pi / 2)
    bad_angle = rr.datatypes.RotationAxisAngle([0, 0, 1])  # made, as in Rerun 0.17; reported when logged
    with pytest.warns(rr.RerunWarning, match=r"^Transform3DBatch: ValueError\(.*rotation: .*exactly one of angle=, radians= or degrees="):
        assert not rr.Transform3D(rotation=bad_angle).is_valid
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match="exactly one of rad= or deg="):
            rr.datatypes.Angle(rad=1, deg=2)
        with pytest.raises(ValueError, match="exactly one of angle=, radians= or degrees="):
            rr.datatypes.RotationAxisAngle([0, 0, 1])
    finally:
        rr.set_strict_mode(False)


def test_transform_from_parent_and_axis_length():
    transform = rr.Transform3D(translation=[1, 2, 3], from_parent=True, axis_length=2.0)
    (row,) = transform.transform.as_arrow_array().to_pylist()
    assert row["translation"] == [1.0, 2.0, 3.0] and row["from_parent"] is True and row["rotation"] is None
    assert transform.axis_length.as_arrow_array().to_pylist() == [2.0]
    (row,) = rr.Transform3D(mat3x3=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]).transform.as_arrow_array().to_pylist()
    assert row["mat3x3"] == [1.0, 4.0, 7.0, 2.0, 5.0, 8.0, 3.0, 6.0, 9.0]  # given row-major, stored column-major
    assert row["from_parent"] is False



@pytest.mark.parametrize(
    "translation",
    [[1, 2, 3], (1.5, -2, 3e10), [0, 0, 0], [2**40, 1, 1], [True, 0, 0], [1e39, 0, 0], [1, 2], [np.float64(1), 2, 3]],
)
def test_a_translation_of_plain_numbers_logs_what_the_general_path_does(translation):
    # `rr.Transform3D(translation=[x, y, z])` takes a shortcut; anything else takes the general
    # path. Both must give the same transform, and bad input the same report.
    with warnings.catch_warnings(record=True) as shortcut_warnings:
        warnings.simplefilter("always")
        shortcut = rr.Transform3D(translation=translation)
    with warnings.catch_warnings(record=True) as general_warnings:
        warnings.simplefilter("always")
        expected = rr.Transform3D(rr.TranslationRotationScale3D(translation=translation))
    assert [str(w.message) for w in shortcut_warnings] == [str(w.message) for w in general_warnings]
    if general_warnings:
        assert shortcut.transform is None and len(general_warnings) == 1
        return
    assert shortcut.transform.as_arrow_array().to_pylist() == expected.transform.as_arrow_array().to_pylist()
    assert shortcut.axis_length is None
    assert repr(shortcut) == repr(expected)

def test_translations_logged_between_other_transforms_keep_their_rows(rec):
    # A plain translation waits in the batcher in its own lighter form; a chunk mixing it with
    # rotations, scales and matrices must still hold every row as logged.
    memory = rec.memory_recording()
    transforms = [
        rr.Transform3D(translation=[1, 2, 3]),
        rr.Transform3D(translation=[0, 0, 1], rotation=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90)),
        rr.Transform3D(translation=(4.5, 5, 6)),
        rr.Transform3D(mat3x3=np.eye(3) * 2),
        rr.Transform3D(scale=3, from_parent=True),
        rr.Transform3D(translation=[7, 8, 9]),
    ]
    for step, transform in enumerate(transforms):
        rec.set_time_sequence("step", step)
        rec.log("frame", transform)
    rec.flush()
    rows = [row[0] for row in _logged(memory, "/frame")["rerun.components.Transform3D"]]
    assert rows == [t.transform.as_arrow_array().to_pylist()[0] for t in transforms]
    assert [r["translation"] for r in rows] == [[1, 2, 3], [0, 0, 1], [4.5, 5, 6], None, None, [7, 8, 9]]
    assert rows[1]["rotation"] is not None and rows[3]["mat3x3"][0] == 2 and rows[4]["scale"] == 3 and rows[4]["from_parent"]


def test_each_archetypes_row_parts_are_those_of_the_general_loop():
    # Generated `row_parts` share one names tuple and one types tuple per set of fields present;
    # what a row holds must be what the general loop over the fields gives.
    from rerun._datamodel.archetype import Archetype

    hand_set = rr.Points3D([[0, 0, 0]])
    with pytest.warns(rr.RerunWarning, match="positions"):
        hand_set.positions = rr.components.Position2DBatch([[1, 2]])  # another type than the field's: refused
    assert hand_set.positions == rr.components.Position3DBatch([[0, 0, 0]])
    object.__setattr__(hand_set, "positions", rr.components.Position2DBatch([[1, 2]]))  # forced in past the check
    archetypes = [
        rr.Points3D([[0, 0, 0]]),
        rr.Points3D([[0, 0, 0]], colors=[255, 0, 0], labels="a"),
        rr.Points3D([[0, 0, 0]], radii=1, class_ids=2),
        rr.Points3D([[0, 0, 0]], colors=[255, 0, 0], labels="a"),  # the same fields again: shared tuples
        rr.Scalar(1.0),
        rr.Transform3D(translation=[1, 2, 3], axis_length=1),
        rr.Boxes2D(sizes=[[1, 1]], labels=["b"]),
        rr.TextLog("hello", level="INFO"),
        hand_set,
    ]
    for archetype in archetypes:
        names, storages, types, nbytes = archetype.row_parts()
        general = Archetype.row_parts(archetype)
        assert names == general[0] and types == general[2] and nbytes == general[3]
        assert all(a is b for a, b in zip(storages, general[1], strict=True))
    assert archetypes[1].row_parts()[0] is archetypes[3].row_parts()[0]
    assert hand_set.row_parts()[2][1] == rr.components.Position2DBatch._ARROW_TYPE


class _Landmarks(rr.Points3D):
    """A user's archetype made from a stock one, with a name of its own."""

    _NAME = "user.archetypes.Landmarks"


class _ScoredPoints(rr.Points3D):
    """A user's subclass adding a batch of its own through `as_component_batches`, as Rerun 0.17 logs it."""

    def as_component_batches(self) -> list:
        return [*super().as_component_batches(), _Confidence([0.5])]


@pytest.mark.parametrize("first", ["stock", "subclass"])
def test_subclasses_of_archetypes_log_their_own_indicator_and_batches(rec, first):
    memory = rec.memory_recording()
    stock, named, scored = rr.Points3D([[0, 0, 0]]), _Landmarks([[1, 1, 1]]), _ScoredPoints([[2, 2, 2]])
    order = [("stock", stock), ("named", named), ("scored", scored)]
    for path, archetype in order if first == "stock" else order[::-1]:
        rec.log(path, archetype)
    assert "rerun.components.Points3DIndicator" in _logged(memory, "/stock")
    assert "user.archetypes.LandmarksIndicator" not in _logged(memory, "/stock")
    named_rows = _logged(memory, "/named")
    assert "user.components.LandmarksIndicator" in named_rows and "rerun.components.Points3DIndicator" not in named_rows
    assert named_rows["rerun.components.Position3D"] == [[[1.0, 1.0, 1.0]]]
    scored_rows = _logged(memory, "/scored")
    assert scored_rows["user.Confidence"] == [[0.5]] and scored_rows["rerun.components.Position3D"] == [[[2.0, 2.0, 2.0]]]


def test_assigning_a_field_converts_it_as_rerun017_does(rec):
    memory = rec.memory_recording()
    points = rr.Points3D([[0, 0, 0], [1, 1, 1]])
    points.radii = 0.5
    points.colors = np.array([[255, 0, 0], [0, 255, 0]], np.uint8)
    assert points.radii == rr.components.RadiusBatch([0.5])
    with pytest.warns(rr.RerunWarning, match="radii"):
        points.radii = "wide"  # bad input: warned, and the field keeps its value
    assert points.radii == rr.components.RadiusBatch([0.5])
    points.labels = ["a", "b"]
    points.labels = None  # removes the field
    rec.log("points", points)
    rec.flush()
    rows = _logged(memory, "/points")
    assert rows["rerun.components.Radius"] == [[0.5]]
    assert rows["rerun.components.Color"] == [[0xFF0000FF, 0x00FF00FF]]
    assert "rerun.components.Text" not in rows
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match="radii"):
            points.radii = "wide"
    finally:
        rr.set_strict_mode(False)


def test_keypoint_ids_imply_class_id_zero():
    points = rr.Points2D([[0, 0], [1, 1]], keypoint_ids=[0, 1])
    assert points.class_ids == rr.components.ClassIdBatch(0)
    assert rr.Points3D([[0, 0, 0]], keypoint_ids=0, class_ids=4).class_ids == rr.components.ClassIdBatch(4)
    assert rr.Points3D([[0, 0, 0]]).class_ids is None


# -- images --------------------------------------------------------------------------------


def _jpeg_of(image) -> tuple[bytes, list]:
    (row,) = image.data.as_arrow_array().to_pylist()
    buffer = image.data.as_arrow_array().field("buffer")
    assert buffer.type_codes.to_pylist() == [12]  # the JPEG variant
    return bytes(buffer.field(12)[0].values.to_numpy()), [(d["size"], d["name"]) for d in row["shape"]]


@pytest.mark.parametrize("shape", [(48, 64, 3), (48, 64), (1, 48, 64, 3, 1)])
def test_compressed_image_decodes_back_with_pillow(shape):
    y, x = np.mgrid[0:48, 0:64]
    rgb = np.stack([x * 4, y * 5, (x + y) * 2], -1).astype(np.uint8)
    original = (rgb if len(shape) != 2 else rgb[..., 1]).reshape(shape)
    compressed = rr.Image(original, draw_order=2.0).compress(jpeg_quality=90)
    assert isinstance(compressed, rr.Image) and compressed.is_valid
    assert compressed.draw_order == rr.components.DrawOrderBatch(2.0)
    jpeg, dims = _jpeg_of(compressed)
    decoded = np.asarray(PILImage.open(io.BytesIO(jpeg)))
    assert PILImage.open(io.BytesIO(jpeg)).format == "JPEG"
    squeezed = original.reshape([s for s in shape if s != 1])
    assert decoded.shape == squeezed.shape
    assert np.abs(decoded.astype(int) - squeezed).mean() < 3
    assert dims == [(48, "height"), (64, "width"), (3 if squeezed.ndim == 3 else 1, "depth")]


def test_jpeg_quality_trades_size_for_fidelity():
    rgb = np.random.default_rng(0).integers(0, 256, (32, 32, 3), dtype=np.uint8)
    low, _ = _jpeg_of(rr.Image(rgb).compress(jpeg_quality=10))
    high, _ = _jpeg_of(rr.Image(rgb).compress(jpeg_quality=95))
    assert len(low) < len(high)


@pytest.mark.parametrize("image", [np.zeros((4, 4, 4), np.uint8), np.zeros((4, 4, 3), np.float32)])
def test_only_u8_rgb_or_mono_images_compress(image):
    with pytest.warns(rr.RerunWarning, match="only u8 RGB or monochrome images can be JPEG-compressed"):
        assert not rr.Image(image).compress().is_valid


def test_encoded_jpeg_is_kept_as_is_and_png_decoded():
    raw = (ASSETS / "rgb_8x6.jpg").read_bytes()
    for encoded in (rr.ImageEncoded(path=ASSETS / "rgb_8x6.jpg"), rr.ImageEncoded(contents=raw)):
        jpeg, dims = _jpeg_of(encoded)
        assert jpeg == raw and dims == [(6, "height"), (8, "width"), (3, "depth")]
    png = rr.ImageEncoded(contents=io.BytesIO((ASSETS / "rgba_8x6.png").read_bytes()))
    (row,) = png.data.as_arrow_array().to_pylist()
    assert [(d["size"], d["name"]) for d in row["shape"]] == [(6, "height"), (8, "width"), (4, "depth")]
    assert np.array_equal(np.array(row["buffer"], np.uint8).reshape(6, 8, 4), np.asarray(PILImage.open(ASSETS / "rgba_8x6.png")))


def test_encoded_palette_images_are_shown_in_their_colors():
    palette = PILImage.fromarray(np.array([[0, 1], [2, 1]], np.uint8), mode="P")
    palette.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255])
    buffer = io.BytesIO()
    palette.save(buffer, format="PNG")
    (row,) = rr.ImageEncoded(contents=buffer.getvalue()).data.as_arrow_array().to_pylist()
    pixels = np.array(row["buffer"], np.uint8).reshape(2, 2, 3)
    assert pixels.tolist() == [[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [0, 255, 0]]]


def test_image_shape_rules_ignore_unit_dimensions():
    (row,) = rr.Image(np.zeros((1, 5, 6, 3, 1), np.uint8)).data.as_arrow_array().to_pylist()
    assert [d["name"] for d in row["shape"]] == [None, "height", "width", "depth", None]
    (row,) = rr.DepthImage(np.zeros((5, 6, 1), np.float32)).data.as_arrow_array().to_pylist()
    assert [d["name"] for d in row["shape"]] == ["height", "width", None]
    given = rr.datatypes.TensorData(array=np.zeros((2, 3)), dim_names=["rows", "cols"])
    (row,) = rr.Image(given).data.as_arrow_array().to_pylist()
    assert [d["name"] for d in row["shape"]] == ["rows", "cols"]  # the user's names are kept
    unnamed = rr.datatypes.TensorData(array=np.zeros((2, 3)))
    rr.Image(unnamed)
    assert unnamed.names == [None, None]  # the caller's object is not modified
    for kind, bad in ((rr.Image, np.zeros((2, 3, 2))), (rr.DepthImage, np.zeros((2, 3, 3))), (rr.SegmentationImage, np.zeros(5))):
        with pytest.warns(rr.RerunWarning, match="data: expected an image of shape"):
            assert not kind(bad).is_valid


@pytest.mark.parametrize("dtype", ["uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64", "float16", "float32", "float64"])
def test_tensor_data_keeps_every_dtype_and_the_dim_names(dtype):
    array = np.arange(24).reshape(2, 3, 4).astype(dtype)
    tensor = rr.Tensor(array, dim_names=["batch", "rows", "cols"])
    (row,) = tensor.data.as_arrow_array().to_pylist()
    assert [(d["size"], d["name"]) for d in row["shape"]] == [(2, "batch"), (3, "rows"), (4, "cols")]
    assert np.array_equal(np.array(row["buffer"], dtype=dtype), array.reshape(-1))
    buffer_union = tensor.data.as_arrow_array().field("buffer")
    kind = {"u": "U", "i": "I", "f": "F"}[dtype[0]]
    assert buffer_union.type.field(buffer_union.type_codes[0].as_py()).name == kind + dtype.rsplit("t", 1)[1]


# -- assets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("triangle.obj", "model/obj"),
        ("triangle_ascii.stl", "model/stl"),
        ("triangle_binary.stl", "model/stl"),
    ],
)
def test_asset_media_type_is_guessed_from_path_and_from_bytes(name, media_type):
    path = ASSETS / name
    assert rr.Asset3D(path=path).media_type.as_arrow_array().to_pylist() == [media_type]
    from_bytes = rr.Asset3D(contents=path.read_bytes())
    assert from_bytes.media_type.as_arrow_array().to_pylist() == [media_type]
    assert bytes(from_bytes.blob.as_arrow_array()[0].values.to_numpy()) == path.read_bytes()


def test_asset_media_type_of_gltf_and_glb_and_overrides(tmp_path):
    assert rr.Asset3D(contents=GLB.read_bytes()).media_type.as_arrow_array().to_pylist() == ["model/gltf-binary"]
    with open(GLB, "rb") as file:  # a BufferedReader, as the seed's TYPE line allows (0.17 itself fails on it)
        from_file = rr.Asset3D(contents=file)
    assert from_file.blob == rr.Asset3D(path=GLB).blob
    gltf = tmp_path / "scene.GLTF"
    gltf.write_text('{"asset": {"version": "2.0"}, "scenes": []}')
    assert rr.Asset3D(path=gltf).media_type.as_arrow_array().to_pylist() == ["model/gltf+json"]
    assert rr.Asset3D(contents=gltf.read_bytes()).media_type.as_arrow_array().to_pylist() == ["model/gltf+json"]
    forced = rr.Asset3D(contents=GLB.read_bytes(), media_type=rr.MediaType.OBJ)
    assert forced.media_type.as_arrow_array().to_pylist() == ["model/obj"]
    unknown = rr.Asset3D(contents=b"\x00\x01 not a model")
    assert unknown.is_valid and unknown.media_type is None  # as in 0.17: the viewer may still guess


# -- constants and enums -------------------------------------------------------------------


def test_view_coordinates_constants_on_archetype_and_component():
    from datamodel_input_forms import view_coordinate_names

    names = view_coordinate_names()
    assert len(names) == 60 and len([n for n in names if "_" not in n]) == 48
    for name in names:
        archetype = getattr(rr.ViewCoordinates, name)
        component = getattr(rr.components.ViewCoordinates, name)
        assert isinstance(archetype, rr.ViewCoordinates) and archetype.xyz == rr.components.ViewCoordinatesBatch(component)
    assert np.asarray(rr.components.ViewCoordinates.RDF).tolist() == [3, 2, 5]  # Right, Down, Forward
    assert rr.ViewCoordinates.RIGHT_HAND_Z_UP == rr.ViewCoordinates.RFU


def test_enums_accept_members_and_case_insensitive_names():
    colormap = rr.components.Colormap
    assert colormap("viridis") is colormap.Viridis and colormap("TURBO") is colormap.Turbo
    assert rr.components.AggregationPolicy("min_max") is rr.components.AggregationPolicy.MinMax
    assert rr.components.MarkerShape("asterisk") is rr.components.MarkerShape.Asterisk
    assert str(colormap.Magma) == "Magma"
    with pytest.raises(ValueError):
        colormap("rainbow")
    for level in ("CRITICAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"):
        assert str(getattr(rr.TextLogLevel, level)) == level
    assert str(rr.MediaType.MARKDOWN) == "text/markdown" and str(rr.MediaType.GLB) == "model/gltf-binary"


def test_annotation_context_with_keypoints_and_connections():
    context = rr.AnnotationContext(
        [
            rr.datatypes.ClassDescription(
                info=rr.datatypes.AnnotationInfo(id=1, label="person", color=[255, 0, 0]),
                keypoint_annotations=[(0, "nose"), rr.datatypes.AnnotationInfo(id=1, label="eye", color=0x00FF00FF)],
                keypoint_connections=[(0, 1), rr.datatypes.KeypointPair(1, 0)],
            ),
            (2, "car"),
        ]
    )
    (row,) = context.context.as_arrow_array().to_pylist()
    person, car = row
    assert person["class_id"] == 1 and person["class_description"]["info"] == {"id": 1, "label": "person", "color": 0xFF0000FF}
    assert person["class_description"]["keypoint_annotations"] == [
        {"id": 0, "label": "nose", "color": None},
        {"id": 1, "label": "eye", "color": 0x00FF00FF},
    ]
    assert person["class_description"]["keypoint_connections"] == [
        {"keypoint0": 0, "keypoint1": 1},
        {"keypoint0": 1, "keypoint1": 0},
    ]
    assert car == {
        "class_id": 2,
        "class_description": {"info": {"id": 2, "label": "car", "color": None}, "keypoint_annotations": [], "keypoint_connections": []},
    }


def test_clear_forms():
    assert rr.Clear.flat() == rr.Clear(recursive=False)
    assert rr.Clear.recursive().is_recursive == rr.components.ClearIsRecursiveBatch(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rr.Clear(recursive=np.bool_(True)).is_valid


def test_values_rerun017_accepts_only_warn_even_in_strict_mode():
    """0-255 float colors (the reference's point3d_random) are logged as 0.17 logs them, strict or not."""
    import warnings

    rr.set_strict_mode(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            points = rr.Points3D([[0, 0, 0]], colors=[[200.0, 10.0, 0.0]])
    finally:
        rr.set_strict_mode(False)
    assert points.colors is not None and len(points.colors) == 1
    assert any("float colors are expected in 0-1" in str(w.message) for w in caught)


def test_an_image_shows_its_size_not_its_pixels_when_printed() -> None:
    # A notebook displaying `rr.Image(frame)` waited a second while 6 million pixels became Python ints.
    image = rr.Image(np.zeros((1080, 1920, 3), np.uint8))
    assert repr(image) == "rr.Image(data=TensorDataBatch(<1 value, 6,220,800 bytes>))"
    assert repr(rr.Points3D([[1, 2, 3]]).positions) == "Position3DBatch([[1.0, 2.0, 3.0]])"  # small batches show their values
