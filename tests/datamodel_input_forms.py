"""Every input form the seed's TYPE lines accept, as expressions evaluated against a `rerun` module.

`INPUT_FORMS` maps a case id to a Python expression; it is evaluated with `rr` bound to either
rerun-sdk 0.17 (by `tools/make_reference_fixtures.py --input-forms`, which records what 0.17
produces into `tests/fixtures/rerun017_input_forms.json`) or this package
(`tests/test_datamodel_rerun017_forms.py`, which compares). The expression yields an archetype, a
component batch or a datatype batch; `describe` turns it into component names, Arrow storage
types, union type codes and values with the same encoder the example tests use.

Like `example_harness`, this module must not import `rerun`.
"""

from __future__ import annotations

import io
import json
import math
from fractions import Fraction
from itertools import permutations, product
from pathlib import Path
from typing import Any

from example_harness import EXAMPLES_DIR, encode_array, encode_batches

ASSETS_DIR = Path(__file__).resolve().parent / "fixtures" / "assets"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "rerun017_input_forms.json"

NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
TENSOR_DTYPES = NUMPY_DTYPES


def view_coordinate_names() -> list[str]:
    """The 48 axis orders ("RDF", "FLU", ...) and the 12 handedness aliases Rerun 0.17 defines."""
    letters = ["UD", "RL", "FB"]
    names = [
        "".join(letters[a][s] for a, s in zip(axes, signs))
        for axes in permutations(range(3))
        for signs in product(range(2), repeat=3)
    ]
    names += [f"{hand}_HAND_{axis}_{way}" for hand in ("RIGHT", "LEFT") for axis in "XYZ" for way in ("UP", "DOWN")]
    return names


def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}

    # -- colors: 0-255 ints, 0-1 floats, packed u32, RGB or RGBA, one or many --------------
    colors = {
        "rgb_list": "[255, 128, 0]",
        "rgba_list": "[255, 128, 0, 64]",
        "rgb_tuple": "(10, 20, 30)",
        "rgb_float": "[1.0, 0.5, 0.0]",
        "rgba_float": "[1.0, 0.5, 0.0, 0.25]",
        "packed_int": "0xFF8000FF",
        "packed_list": "[0xFF0000FF, 0x00FF0080]",
        "packed_np_u32": "np.array([0xFF0000FF, 0x00FF0080], dtype=np.uint32)",
        "many_rgb_lists": "[[255, 0, 0], [0, 255, 0], [127, 0, 255]]",
        "many_rgba_tuples": "[(255, 0, 0, 10), (0, 255, 0, 20)]",
        "many_rgb_floats": "[[1.0, 0.0, 0.5], [0.25, 0.75, 1.0]]",
        "np_u8_rgb": "np.array([[255, 0, 0], [0, 255, 0]], dtype=np.uint8)",
        "np_u8_rgba": "np.array([[255, 0, 0, 1], [0, 255, 0, 2]], dtype=np.uint8)",
        "np_u8_one_rgb": "np.array([1, 2, 3], dtype=np.uint8)",
        "np_i64_rgb": "np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int64)",
        "np_f32_rgb": "np.array([[1.0, 0.5, 0.0], [0.0, 0.5, 1.0]], dtype=np.float32)",
        "np_f64_rgba": "np.array([[1.0, 0.5, 0.0, 0.5]], dtype=np.float64)",
        "rgba32_object": "rrd.Rgba32(0x11223344)",
        "color_object": "rrc.Color([255, 0, 0])",
        "color_objects": "[rrc.Color([255, 0, 0]), rrc.Color(0x00FF00FF)]",
    }
    for key, expr in colors.items():
        forms[f"color/batch/{key}"] = f"rrc.ColorBatch({expr})"
    forms["color/points2d_one_for_all"] = "rr.Points2D([[0, 0], [1, 1]], colors=[0, 0, 255])"
    forms["color/points3d_float_rgba_each"] = "rr.Points3D([[0, 0, 0], [1, 1, 1]], colors=[[1.0, 0.0, 0.0, 0.5], [0.0, 1.0, 0.0, 1.0]])"
    forms["color/series_line"] = "rr.SeriesLine(color=[255, 0, 0])"
    forms["color/bar_chart_packed"] = "rr.BarChart([1, 2], color=0xFF0000FF)"

    # -- vectors: lists, tuples, numpy of any int/float dtype, one or many -----------------
    for dim, arch in ((2, "Points2D"), (3, "Points3D")):
        one = list(range(1, dim + 1))
        two = [one, [x * 10 for x in one]]
        forms[f"vec{dim}/one_list"] = f"rr.{arch}({one})"
        forms[f"vec{dim}/one_tuple"] = f"rr.{arch}({tuple(one)})"
        forms[f"vec{dim}/many_lists"] = f"rr.{arch}({two})"
        forms[f"vec{dim}/many_tuples"] = f"rr.{arch}({tuple(tuple(v) for v in two)})"
        forms[f"vec{dim}/many_floats"] = f"rr.{arch}({[[x + 0.5 for x in v] for v in two]})"
        forms[f"vec{dim}/list_of_np"] = f"rr.{arch}([np.array(v) for v in {two}])"
        forms[f"vec{dim}/flat_np"] = f"rr.{arch}(np.arange({2 * dim}))"
        forms[f"vec{dim}/vec_objects"] = f"rr.{arch}([rrd.Vec{dim}D({one}), rrd.Vec{dim}D({two[1]})])"
        forms[f"vec{dim}/batch"] = f"rr.{arch}(rrc.Position{dim}DBatch({two}))"
        for dtype in NUMPY_DTYPES:
            forms[f"vec{dim}/np_{dtype}"] = f"rr.{arch}(np.array({two}, dtype=np.{dtype}))"
            forms[f"vec{dim}/np_one_{dtype}"] = f"rr.{arch}(np.array({one}, dtype=np.{dtype}))"
    forms["vec3/arrows_single_vector_and_origin"] = "rr.Arrows3D(vectors=[0, 1, 0], origins=[0, 0, 0])"
    forms["vec2/arrows"] = "rr.Arrows2D(vectors=[[1.0, 0.0], [0.0, -1.0]], origins=(0.25, 0.0))"
    forms["vec3/datatype_batch"] = "rrd.Vec3DBatch([[1, 2, 3]])"
    forms["vec2/datatype_batch"] = "rrd.Vec2DBatch((1.5, 2.5))"

    # -- radii, labels, ids, draw order, scalars --------------------------------------------
    forms["radius/one"] = "rr.Points3D([[0, 0, 0]], radii=0.5)"
    forms["radius/list"] = "rr.Points2D([[0, 0], [1, 1]], radii=[0.1, 0.3])"
    forms["radius/np_f64"] = "rr.Points2D([[0, 0], [1, 1]], radii=np.array([0.1, 0.3]))"
    forms["radius/ui_points_list"] = "rr.Points2D([[0, 0], [1, 1]], radii=rr.Radius.ui_points([40.0, 60.0]))"
    forms["radius/ui_points_one"] = "rr.LineStrips3D([[[0, 0, 0], [1, 0, 0]]], radii=rr.Radius.ui_points(5.0))"
    forms["radius/component"] = "rr.Points3D([[0, 0, 0]], radii=rrc.Radius(0.25))"
    forms["radius/batch_int"] = "rrc.RadiusBatch([1, 2])"
    forms["labels/one"] = "rr.Points3D([[0, 0, 0]], labels='hello')"
    forms["labels/list"] = "rr.Points2D([[0, 0], [1, 1]], labels=['a', 'b'])"
    forms["labels/tuple"] = "rr.Points2D([[0, 0], [1, 1]], labels=('a', 'b'))"
    forms["labels/utf8_objects"] = "rr.Points2D([[0, 0], [1, 1]], labels=[rrd.Utf8('a'), rrd.Utf8('b')])"
    forms["class_ids/one"] = "rr.Points2D([[0, 0], [1, 1]], class_ids=2)"
    forms["class_ids/list"] = "rr.Points2D([[0, 0], [1, 1]], class_ids=[1, 2])"
    forms["class_ids/np_u8"] = "rr.Points3D([[0, 0, 0], [1, 1, 1]], class_ids=np.array([1, 2], dtype=np.uint8))"
    forms["class_ids/np_i64"] = "rr.Boxes2D(half_sizes=[[1, 1], [2, 2]], class_ids=np.array([7, 8]))"
    forms["keypoint_ids/list"] = "rr.Points2D([[0, 0], [1, 1]], keypoint_ids=[0, 1], class_ids=0)"
    forms["keypoint_ids/np"] = "rr.Points3D([[0, 0, 0], [1, 1, 1]], keypoint_ids=np.array([3, 4], dtype=np.uint16))"
    forms["draw_order/int"] = "rr.Points2D([[0, 0]], draw_order=3)"
    forms["draw_order/float"] = "rr.LineStrips2D([[[0, 0], [1, 1]]], draw_order=1.5)"
    forms["draw_order/np"] = "rr.Image(np.zeros((2, 3), np.uint8), draw_order=np.float32(2.0))"
    forms["scalar/float"] = "rr.Scalar(0.25)"
    forms["scalar/int"] = "rr.Scalar(3)"
    forms["scalar/np_f32"] = "rr.Scalar(np.float32(1.5))"
    forms["scalar/np_i64"] = "rr.Scalar(np.int64(7))"
    forms["scalar/math"] = "rr.Scalar(math.sin(0.3))"

    # -- line strips -------------------------------------------------------------------------
    forms["strips2d/list_of_lists"] = "rr.LineStrips2D([[[0, 0], [2, 1], [4, -1]], [[0, 3], [1, 4]]])"
    forms["strips2d/list_of_np"] = "rr.LineStrips2D([np.array([[0, 0], [1, 1]]), np.array([[2, 2], [3, 3], [4, 4]], dtype=np.float32)])"
    forms["strips2d/np_3d"] = "rr.LineStrips2D(np.arange(12).reshape(2, 3, 2))"
    forms["strips3d/list_of_lists"] = "rr.LineStrips3D([[[0, 0, 2], [1, 0, 2], [1, 1, 2]], [[0, 0, 0], [0, 0, 1]]], radii=[0.025, 0.005])"
    forms["strips3d/single_strip_list"] = "rr.LineStrips3D([[[0, 0, 0], [0, 0, 1], [1, 0, 0], [1, 0, 1]]], radii=0.01)"
    forms["strips3d/list_of_np"] = "rr.LineStrips3D([np.zeros((2, 3)), np.ones((4, 3), dtype=np.float16)])"
    forms["strips3d/np_3d"] = "rr.LineStrips3D(np.arange(18, dtype=np.int32).reshape(3, 2, 3))"

    # -- rotations ---------------------------------------------------------------------------
    rotations = {
        "quaternion": "rrd.Quaternion(xyzw=[0.0, 0.0, 0.382683, 0.923880])",
        "quaternion_np": "rrd.Quaternion(xyzw=np.array([0, 0, 0, 1], dtype=np.float64))",
        "axis_angle_rad": "rrd.RotationAxisAngle(axis=[0, 0, 1], angle=rrd.Angle(rad=math.pi / 4))",
        "axis_angle_deg": "rrd.RotationAxisAngle(axis=[0, 1, 0], angle=rrd.Angle(deg=30))",
        "axis_angle_float": "rrd.RotationAxisAngle(axis=(1, 0, 0), angle=0.5)",
        "axis_angle_radians_kw": "rrd.RotationAxisAngle(axis=[0, 0, 1], radians=1.0)",
        "axis_angle_degrees_kw": "rrd.RotationAxisAngle(axis=[0, 0, 1], degrees=90)",
        "rotation3d_quaternion": "rrd.Rotation3D(rrd.Quaternion(xyzw=[1, 0, 0, 0]))",
        "rotation3d_axis_angle": "rrd.Rotation3D(rrd.RotationAxisAngle(axis=[1, 0, 0], angle=rrd.Angle(deg=45)))",
        "identity": "rrd.Rotation3D.identity()",
        "quaternion_identity": "rrd.Quaternion.identity()",
        "four_floats": "[0.0, 0.0, 0.0, 1.0]",
    }
    for key, expr in rotations.items():
        forms[f"rotation/transform/{key}"] = f"rr.Transform3D(rotation={expr})"
    forms["rotation/boxes3d_mixed"] = (
        "rr.Boxes3D(half_sizes=[[1, 1, 1]] * 4, rotations=[rrd.Rotation3D.identity(), "
        "rrd.Quaternion(xyzw=[0, 0, 0.382683, 0.923880]), rrd.RotationAxisAngle(axis=[0, 1, 0], angle=rrd.Angle(deg=30)), "
        "[0, 0, 0, 1]])"
    )
    forms["rotation/boxes3d_one_for_all"] = "rr.Boxes3D(half_sizes=[[1, 1, 1], [2, 2, 2]], rotations=rrd.Quaternion(xyzw=[0, 0, 0, 1]))"
    forms["rotation/batch"] = "rrc.Rotation3DBatch([rrd.Quaternion(xyzw=[0, 0, 0, 1]), rrd.RotationAxisAngle(axis=[0, 0, 1], radians=2)])"

    # -- transforms --------------------------------------------------------------------------
    transforms = {
        "empty": "",
        "translation_list": "translation=[1, 0, 0]",
        "translation_tuple": "translation=(1.5, 2.5, 3.5)",
        "translation_np_i32": "translation=np.array([1, 2, 3], dtype=np.int32)",
        "translation_vec3d": "translation=rrd.Vec3D([4, 5, 6])",
        "scale_uniform": "scale=2",
        "scale_uniform_float": "scale=0.5",
        "scale_vector": "scale=[1, 2, 3]",
        "scale_np": "scale=np.array([1.0, 2.0, 3.0])",
        "scale_object": "scale=rrd.Scale3D([2, 2, 2])",
        "trs": "translation=[0, 0, 1], rotation=rrd.RotationAxisAngle(axis=[0, 0, 1], angle=rrd.Angle(rad=math.pi / 4)), scale=2",
        "trs_from_parent": "translation=[1, 2, 3], rotation=rrd.Quaternion(xyzw=[0, 0, 0, 1]), from_parent=True",
        "from_parent_only": "from_parent=True",
        "mat3x3_nested": "mat3x3=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
        "mat3x3_flat": "mat3x3=[1, 2, 3, 4, 5, 6, 7, 8, 9]",
        "mat3x3_np": "mat3x3=np.arange(9, dtype=np.float64).reshape(3, 3)",
        "mat3x3_object": "mat3x3=rrd.Mat3x3([[1, 0, 0], [0, 2, 0], [0, 0, 3]])",
        "mat3x3_columns": "mat3x3=rrd.Mat3x3(columns=[[1, 2, 3], [4, 5, 6], [7, 8, 9]])",
        "mat3x3_translation": "translation=[1, 2, 3], mat3x3=np.eye(3)",
        "mat3x3_from_parent": "mat3x3=np.eye(3) * 2, from_parent=True",
        "axis_length": "translation=[1, 0, 0], axis_length=2.5",
        "axis_length_only": "axis_length=1",
        "transform_trs": "rrd.TranslationRotationScale3D(translation=[1, 2, 3], scale=4)",
        "transform_trs_from_parent": "rrd.TranslationRotationScale3D(rotation=rrd.Quaternion(xyzw=[0, 0, 0, 1]), from_parent=True)",
        "transform_mat": "rrd.TranslationAndMat3x3(translation=[1, 2, 3], mat3x3=[[0, 1, 0], [1, 0, 0], [0, 0, 1]])",
        "transform_mat_from_parent": "rrd.TranslationAndMat3x3(mat3x3=np.eye(3), from_parent=True)",
        "transform_datatype": "rrd.Transform3D(rrd.TranslationRotationScale3D(translation=[1, 1, 1]))",
        "transform_kw": "transform=rrd.TranslationAndMat3x3(translation=[1, 0, 0])",
    }
    for key, args in transforms.items():
        forms[f"transform3d/{key}"] = f"rr.Transform3D({args})"
    forms["transform3d/asset3d_out_of_tree"] = (
        "rr.Asset3D(path=EXAMPLE_ASSETS / 'cube.glb', transform=rrd.TranslationRotationScale3D(translation=[1, 0, 0]))"
    )

    # -- boxes -------------------------------------------------------------------------------
    boxes2d = {
        "mins_sizes": "mins=[-1, -1], sizes=[2, 2]",
        "half_sizes": "half_sizes=[[1, 2], [3, 4]]",
        "half_sizes_centers": "half_sizes=[1, 2], centers=[5, 6]",
        "sizes_only": "sizes=[[2, 4], [6, 8]]",
        "sizes_centers": "sizes=np.array([[2.0, 4.0]]), centers=np.array([[1.0, 1.0]])",
        "mins_half_sizes": "mins=[[0, 0], [10, 10]], half_sizes=[[1, 1], [2, 2]]",
        "np_int": "half_sizes=np.array([[1, 2]], dtype=np.int16), centers=np.array([[3, 4]], dtype=np.uint8)",
        "all_extras": "half_sizes=[[1, 1], [2, 2]], radii=0.1, colors=[[255, 0, 0], [0, 255, 0]], labels=['a', 'b'], draw_order=5, class_ids=[1, 2]",
    }
    for fmt in ("XYWH", "YXHW", "XYXY", "YXYX", "XCYCWH", "XCYCW2H2"):
        # One box: with several, 0.17 also reverses the order of the boxes for YXHW and YXYX.
        rows = "[[1, 2, 5, 10], [0, 0, 4, 4]]" if fmt in ("XYWH", "XYXY", "XCYCWH", "XCYCW2H2") else "[[1, 2, 5, 10]]"
        boxes2d[f"array_{fmt}"] = f"array={rows}, array_format=rr.Box2DFormat.{fmt}"
    boxes2d["array_np"] = "array=np.array([10, 20, 30, 40], dtype=np.float32), array_format=rr.Box2DFormat.XYWH"
    for key, args in boxes2d.items():
        forms[f"boxes2d/{key}"] = f"rr.Boxes2D({args})"
    boxes3d = {
        "mins_sizes": "mins=[-1, -1, -1], sizes=[2, 2, 2]",
        "half_sizes": "half_sizes=[[2.0, 2.0, 1.0], [1.0, 1.0, 0.5]]",
        "half_sizes_centers": "centers=[[2, 0, 0], [-2, 0, 0]], half_sizes=[[2.0, 2.0, 1.0], [1.0, 1.0, 0.5]]",
        "sizes_only": "sizes=(1, 2, 3)",
        "mins_half_sizes": "mins=np.zeros((2, 3)), half_sizes=np.ones((2, 3))",
        "all_extras": "half_sizes=[1, 1, 1], radii=0.025, colors=(255, 0, 0), labels='box', class_ids=3",
    }
    for key, args in boxes3d.items():
        forms[f"boxes3d/{key}"] = f"rr.Boxes3D({args})"

    # -- pinhole -----------------------------------------------------------------------------
    pinholes = {
        "image_from_camera_nested": "image_from_camera=[[500, 0, 320], [0, 500, 240], [0, 0, 1]]",
        "image_from_camera_np": "image_from_camera=np.array([[100.0, 0, 50], [0, 120, 60], [0, 0, 1]])",
        "image_from_camera_mat3x3": "image_from_camera=rrd.Mat3x3([[1, 0, 2], [0, 1, 3], [0, 0, 1]])",
        "image_from_camera_resolution": "image_from_camera=np.eye(3), resolution=[640, 480]",
        "focal_width_height": "focal_length=3, width=3, height=3",
        "focal_float_width_height": "focal_length=500.5, width=640, height=480",
        "focal_two_resolution": "focal_length=[500, 600], resolution=[640, 480]",
        "focal_two_np": "focal_length=np.array([500.0, 600.0]), width=640, height=480",
        "focal_principal_point": "focal_length=300, principal_point=[100, 50], resolution=(640, 480)",
        "focal_principal_point_no_resolution": "focal_length=[300, 310], principal_point=np.array([100.0, 50.0])",
        "fov_aspect": "fov_y=0.7853982, aspect_ratio=1.7777778",
        "fov_aspect_rub": "fov_y=0.7853982, aspect_ratio=1.7777778, camera_xyz=rr.ViewCoordinates.RUB",
        "fov_aspect_resolution": "fov_y=1.0, aspect_ratio=1.5, width=300, height=200",
        "camera_xyz_component": "focal_length=1, width=2, height=2, camera_xyz=rrc.ViewCoordinates.FLU",
        "image_plane_distance": "focal_length=1, width=2, height=2, image_plane_distance=0.5",
        "resolution_np_int": "image_from_camera=np.eye(3), resolution=np.array([3, 2], dtype=np.int32)",
    }
    for key, args in pinholes.items():
        forms[f"pinhole/{key}"] = f"rr.Pinhole({args})"

    # -- tensors and images ------------------------------------------------------------------
    for dtype in TENSOR_DTYPES:
        forms[f"tensor/{dtype}"] = f"rr.Tensor(np.arange(24).reshape(2, 3, 4).astype(np.{dtype}))"
    forms["tensor/dim_names"] = "rr.Tensor(np.zeros((8, 6, 3, 5), np.uint8), dim_names=('width', 'height', 'channel', 'batch'))"
    forms["tensor/dim_names_some_none"] = "rr.Tensor(np.zeros((2, 3), np.float32), dim_names=['rows', None])"
    forms["tensor/tensor_data"] = "rr.Tensor(rrd.TensorData(array=np.ones((2, 2), np.int16), dim_names=['a', 'b']))"
    forms["tensor/nested_list"] = "rr.Tensor([[1, 2, 3], [4, 5, 6]])"
    forms["tensor/nested_list_float"] = "rr.Tensor([[1.5, 2.5], [3.5, 4.5]])"
    forms["tensor/one_d"] = "rr.Tensor(np.arange(5, dtype=np.float64))"
    forms["tensor/component_batch"] = "rrc.TensorDataBatch(rrd.TensorData(array=np.arange(4, dtype=np.uint8)))"
    forms["bar_chart/list"] = "rr.BarChart([8, 4, 0, 9, 1, 4, 1, 6, 9, 0])"
    forms["bar_chart/np_f32"] = "rr.BarChart(np.array([0.5, 1.5, 2.5], dtype=np.float32))"
    forms["bar_chart/np_i16"] = "rr.BarChart(np.array([1, -2, 3], dtype=np.int16), color=[0, 128, 255])"
    images = {
        "gray_u8": "np.arange(6, dtype=np.uint8).reshape(2, 3)",
        "rgb_u8": "np.arange(18, dtype=np.uint8).reshape(2, 3, 3)",
        "rgba_u8": "np.arange(24, dtype=np.uint8).reshape(2, 3, 4)",
        "rgb_f32": "np.linspace(0, 1, 18, dtype=np.float32).reshape(2, 3, 3)",
        "gray_u16": "np.arange(6, dtype=np.uint16).reshape(2, 3)",
        "gray_f64": "np.linspace(0, 1, 6).reshape(2, 3)",
        "unit_dims_rgb": "np.zeros((1, 4, 5, 3, 1), np.uint8)",
        "leading_unit": "np.zeros((1, 4, 5), np.uint8)",
        "trailing_unit": "np.zeros((4, 5, 1), np.uint8)",
        "nested_list": "[[0, 128], [255, 64]]",
        "height_one": "np.zeros((1, 5), np.uint8)",
        "width_one_rgb": "np.zeros((4, 1, 3), np.uint8)",
        "seed_pinhole_image": "np.random.default_rng(12345).uniform(0, 255, size=[3, 3, 3])",
    }
    for key, expr in images.items():
        forms[f"image/{key}"] = f"rr.Image({expr})"
    forms["image/opacity_draw_order"] = "rr.Image(np.zeros((2, 2), np.uint8), opacity=0.5, draw_order=2)"
    forms["image/tensor_data"] = "rr.Image(rrd.TensorData(array=np.zeros((2, 3, 3), np.uint8)))"
    depths = {
        "u16": "np.full((2, 3), 65535, dtype=np.uint16)",
        "f32": "np.linspace(0, 5, 6, dtype=np.float32).reshape(2, 3)",
        "unit_dims": "np.ones((1, 3, 4, 1), dtype=np.uint16)",
        "f64_list": "[[0.5, 1.5], [2.5, 3.5]]",
    }
    for key, expr in depths.items():
        forms[f"depth_image/{key}"] = f"rr.DepthImage({expr})"
    forms["depth_image/all_options"] = (
        "rr.DepthImage(np.ones((2, 3), np.uint16), meter=10_000.0, colormap='viridis', point_fill_ratio=0.5, draw_order=-1)"
    )
    segmentations = {
        "u8": "np.array([[0, 1], [2, 3]], dtype=np.uint8)",
        "u16": "np.array([[0, 1], [2, 3]], dtype=np.uint16)",
        "i32": "np.array([[0, 1], [2, 3]], dtype=np.int32)",
        "f32": "np.array([[0.0, 1.0], [2.0, 3.0]], dtype=np.float32)",
        "unit_dims": "np.zeros((1, 3, 4, 1), dtype=np.uint8)",
        "list": "[[1, 2], [3, 4]]",
    }
    for key, expr in segmentations.items():
        forms[f"segmentation_image/{key}"] = f"rr.SegmentationImage({expr})"
    forms["segmentation_image/opacity"] = "rr.SegmentationImage(np.zeros((2, 2), np.uint8), opacity=0.5, draw_order=1)"
    forms["image_encoded/jpeg_path"] = "rr.ImageEncoded(path=ASSETS / 'rgb_8x6.jpg')"
    forms["image_encoded/jpeg_path_str"] = "rr.ImageEncoded(path=str(ASSETS / 'gray_8x6.jpg'), draw_order=3)"
    forms["image_encoded/jpeg_contents"] = "rr.ImageEncoded(contents=(ASSETS / 'rgb_8x6.jpg').read_bytes())"
    forms["image_encoded/jpeg_file"] = "rr.ImageEncoded(contents=io.BytesIO((ASSETS / 'gray_8x6.jpg').read_bytes()))"
    forms["image_encoded/png_path"] = "rr.ImageEncoded(path=ASSETS / 'rgb_8x6.png')"
    forms["image_encoded/png_rgba_contents"] = "rr.ImageEncoded(contents=(ASSETS / 'rgba_8x6.png').read_bytes())"
    forms["image_encoded/png_format"] = "rr.ImageEncoded(contents=(ASSETS / 'rgb_8x6.png').read_bytes(), format=rr.ImageFormat.PNG)"
    forms["image_encoded/jpeg_format"] = "rr.ImageEncoded(path=ASSETS / 'rgb_8x6.jpg', format=rr.ImageFormat.JPEG)"
    forms["image_encoded/nv12"] = "rr.ImageEncoded(contents=bytes(range(24)), format=rr.ImageFormat.NV12(size_hint=(4, 4)))"
    forms["image_encoded/yuy2"] = "rr.ImageEncoded(contents=bytes(range(16)), format=rr.ImageFormat.YUY2(size_hint=(2, 4)), draw_order=1)"

    # -- meshes and assets -------------------------------------------------------------------
    forms["mesh3d/seed"] = (
        "rr.Mesh3D(vertex_positions=[[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]], vertex_normals=[0.0, 0.0, 1.0], "
        "vertex_colors=[[0, 0, 255], [0, 255, 0], [255, 0, 0]], triangle_indices=[2, 1, 0])"
    )
    forms["mesh3d/np_indices"] = (
        "rr.Mesh3D(vertex_positions=np.zeros((4, 3), np.float32), triangle_indices=np.array([[0, 1, 2], [0, 2, 3]], dtype=np.uint32))"
    )
    forms["mesh3d/i64_indices"] = "rr.Mesh3D(vertex_positions=np.zeros((3, 3)), triangle_indices=np.array([[0, 1, 2]]))"
    forms["mesh3d/texcoords_material_texture"] = (
        "rr.Mesh3D(vertex_positions=np.zeros((3, 3)), vertex_texcoords=[[0, 0], [1, 0], [0, 1]], "
        "mesh_material=rrd.Material(albedo_factor=[255, 255, 255, 128]), "
        "albedo_texture=np.zeros((2, 2, 3), np.uint8), class_ids=[1, 2, 3])"
    )
    forms["mesh3d/material_packed"] = "rr.Mesh3D(vertex_positions=np.zeros((3, 3)), mesh_material=rrd.Material(albedo_factor=0xFF0000FF))"
    forms["asset3d/path_glb"] = "rr.Asset3D(path=EXAMPLE_ASSETS / 'cube.glb')"
    forms["asset3d/path_str"] = "rr.Asset3D(path=str(EXAMPLE_ASSETS / 'cube.glb'))"
    forms["asset3d/path_obj"] = "rr.Asset3D(path=ASSETS / 'triangle.obj')"
    forms["asset3d/path_stl"] = "rr.Asset3D(path=ASSETS / 'triangle_binary.stl')"
    forms["asset3d/contents_with_media_type"] = (
        "rr.Asset3D(contents=(EXAMPLE_ASSETS / 'cube.glb').read_bytes(), media_type=rr.MediaType.GLB)"
    )
    forms["asset3d/file_with_media_type"] = (
        "rr.Asset3D(contents=io.BytesIO((ASSETS / 'triangle.obj').read_bytes()), media_type='model/obj')"
    )

    # -- text, clears, enums, misc -----------------------------------------------------------
    forms["text_log/plain"] = "rr.TextLog('hello')"
    forms["text_log/level_str"] = "rr.TextLog('hello', level='INFO')"
    for level in ("CRITICAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"):
        forms[f"text_log/level_{level}"] = f"rr.TextLog('x', level=rr.TextLogLevel.{level}, color=[255, 0, 0])"
    forms["text_log/level_component_str"] = "rr.TextLog('x', level=rr.TextLogLevel('custom'))"
    forms["text_document/plain"] = "rr.TextDocument('Hello, TextDocument!')"
    forms["text_document/markdown_str"] = "rr.TextDocument('# Hi', media_type='text/markdown')"
    forms["text_document/markdown"] = "rr.TextDocument('# Hi', media_type=rr.MediaType.MARKDOWN)"
    forms["text_document/text"] = "rr.TextDocument('hi', media_type=rr.MediaType.TEXT)"
    for name in ("TEXT", "MARKDOWN", "GLB", "GLTF", "OBJ", "STL"):
        forms[f"media_type/{name}"] = f"rrc.MediaTypeBatch(rr.MediaType.{name})"
    forms["clear/recursive"] = "rr.Clear(recursive=True)"
    forms["clear/flat_kw"] = "rr.Clear(recursive=False)"
    forms["clear/flat"] = "rr.Clear.flat()"
    forms["clear/recursive_helper"] = "rr.Clear.recursive()"
    forms["disconnected_space/default"] = "rr.DisconnectedSpace()"
    forms["disconnected_space/false"] = "rr.DisconnectedSpace(False)"
    for policy in ("Off", "Average", "Max", "Min", "MinMax", "MinMaxAverage"):
        forms[f"aggregation_policy/enum_{policy}"] = f"rr.SeriesLine(aggregation_policy=rrc.AggregationPolicy.{policy})"
        forms[f"aggregation_policy/lower_{policy}"] = f"rr.SeriesLine(aggregation_policy={policy.lower()!r})"
        forms[f"aggregation_policy/upper_{policy}"] = f"rr.SeriesLine(aggregation_policy={policy.upper()!r})"
    for marker in ("Circle", "Diamond", "Square", "Cross", "Plus", "Up", "Down", "Left", "Right", "Asterisk"):
        forms[f"marker_shape/enum_{marker}"] = f"rr.SeriesPoint(marker=rrc.MarkerShape.{marker}, marker_size=4)"
        forms[f"marker_shape/lower_{marker}"] = f"rr.SeriesPoint(marker={marker.lower()!r})"
        forms[f"marker_shape/upper_{marker}"] = f"rr.SeriesPoint(marker={marker.upper()!r})"
    for cmap in ("Grayscale", "Inferno", "Magma", "Plasma", "Turbo", "Viridis"):
        forms[f"colormap/enum_{cmap}"] = f"rr.DepthImage(np.ones((2, 2)), colormap=rrc.Colormap.{cmap})"
        forms[f"colormap/lower_{cmap}"] = f"rr.DepthImage(np.ones((2, 2)), colormap={cmap.lower()!r})"
        forms[f"colormap/upper_{cmap}"] = f"rr.DepthImage(np.ones((2, 2)), colormap={cmap.upper()!r})"
    forms["series_line/all"] = "rr.SeriesLine(color=[255, 0, 0], name='sin(0.01t)', width=2, aggregation_policy='MinMax')"
    forms["series_point/all"] = "rr.SeriesPoint(color=[0, 255, 0], name='cos', marker='cross', marker_size=4.5)"
    for name in view_coordinate_names():
        forms[f"view_coordinates/{name}"] = f"rr.ViewCoordinates.{name}"
        forms[f"view_coordinates/component_{name}"] = f"rrc.ViewCoordinatesBatch(rrc.ViewCoordinates.{name})"
    forms["view_coordinates/archetype_from_component"] = "rr.ViewCoordinates(rrc.ViewCoordinates.FLU)"
    forms["view_coordinates/archetype_from_codes"] = "rr.ViewCoordinates([3, 2, 5])"

    # -- annotation contexts -----------------------------------------------------------------
    contexts = {
        "tuples": "[(1, 'red', (255, 0, 0)), (2, 'green', (0, 255, 0))]",
        "tuples_id_label": "[(1, 'one'), (2, 'two')]",
        "ids": "[1, 2]",
        "annotation_infos": "[rrd.AnnotationInfo(id=1, label='a', color=[255, 0, 0]), rrd.AnnotationInfo(id=2, color=0x00FF00FF)]",
        "single_class_description": "rrd.ClassDescription(info=(0, 'person'))",
        "class_descriptions_keypoints": (
            "[rrd.ClassDescription(info=rrd.AnnotationInfo(id=0, label='person'), "
            "keypoint_annotations=[(0, 'nose', (255, 0, 0)), rrd.AnnotationInfo(id=1, label='eye')], "
            "keypoint_connections=[(0, 1), rrd.KeypointPair(1, 2)]), "
            "rrd.ClassDescription(info=(5, 'dog', [0, 0, 255]), keypoint_annotations=[(3, 'tail')])]"
        ),
        "map_elems": "[rrd.ClassDescriptionMapElem(class_id=7, class_description=rrd.ClassDescription(info=(7, 'x')))]",
        "mixed": "[(1, 'red'), rrd.AnnotationInfo(id=2, label='b'), rrd.ClassDescription(info=3)]",
    }
    for key, expr in contexts.items():
        forms[f"annotation_context/{key}"] = f"rr.AnnotationContext({expr})"

    # -- less common forms users write -------------------------------------------------------
    extra = {
        "color/np_f16": "rrc.ColorBatch(np.array([[0.5, 0.25, 1.0]], dtype=np.float16))",
        "color/list_of_np": "rrc.ColorBatch([np.array([255, 0, 0]), np.array([0, 255, 0])])",
        "color/empty": "rr.Points2D([[0, 0]], colors=[])",
        "color/flat_rgba_u8": "rrc.ColorBatch(np.array([255, 0, 0, 255, 0, 255, 0, 128], dtype=np.uint8))",
        "color/flat_rgba_floats": "rrc.ColorBatch([1.0, 0.0, 0.0, 1.0, 0.0, 0.5, 0.0, 1.0])",
        "color/flat_rgba_int_list": "rrc.ColorBatch([255, 0, 0, 255, 0, 255, 0, 128])",
        "color/packed_u32_2d": "rrc.ColorBatch(np.array([[0xFF0000FF, 0x00FF00FF, 0x0000FFFF]], dtype=np.uint32))",
        "color/five_packed_ints": "rrc.ColorBatch([0xFF0000FF, 0x00FF00FF, 0x0000FFFF, 0xFFFFFFFF, 0x000000FF])",
        "vec3/keyword": "rr.Points3D(positions=[[1, 2, 3]])",
        "vec3/empty_list": "rr.Points3D([])",
        "vec3/empty_np": "rr.Points3D(np.zeros((0, 3)))",
        "vec3/position_objects": "rr.Points3D([rrc.Position3D([1, 2, 3]), rrc.Position3D((4, 5, 6))])",
        "vec2/position_object_one": "rr.Points2D(rrc.Position2D([1, 2]))",
        "radius/np_f32_scalar": "rr.Points3D([[0, 0, 0]], radii=np.float32(0.5))",
        "radius/int": "rr.Points3D([[0, 0, 0]], radii=2)",
        "radius/ui_points_np": "rr.Points3D([[0, 0, 0], [1, 1, 1]], radii=rr.Radius.ui_points(np.array([1.0, 2.0])))",
        "labels/np_str": "rr.Points2D([[0, 0], [1, 1]], labels=np.array(['a', 'b']))",
        "class_ids/float_list": "rr.Points2D([[0, 0], [1, 1]], class_ids=[1.0, 2.0])",
        "text_log/lowercase_level": "rr.TextLog('x', level='info')",
        "text_document/media_type_component": "rr.TextDocument('x', media_type=rrc.MediaType('text/markdown'))",
        "scalar/np_array_one": "rr.Scalar(np.array([2.5]))",
        "scalar/list_one": "rr.Scalar([1.5])",
        "rotation/axis_angle_positional": "rr.Transform3D(rotation=rrd.RotationAxisAngle([0, 0, 1], rrd.Angle(deg=30)))",
        "rotation/quaternion_tuple": "rr.Transform3D(rotation=rrd.Quaternion(xyzw=(0, 0, 1, 0)))",
        "transform3d/scale_object_uniform": "rr.Transform3D(scale=rrd.Scale3D(2.0))",
        "transform3d/mat3x3_object_np": "rr.Transform3D(mat3x3=rrd.Mat3x3(np.eye(3)))",
        "transform3d/mat3x3_flat_np": "rr.Transform3D(mat3x3=np.arange(9))",
        "pinhole/image_from_camera_flat": "rr.Pinhole(image_from_camera=[1, 0, 2, 0, 1, 3, 0, 0, 1])",
        "pinhole/focal_int_width_float": "rr.Pinhole(focal_length=2, width=3.0, height=4)",
        "tensor/shape_buffer": "rr.Tensor(rrd.TensorData(shape=[2, 3], buffer=np.arange(6, dtype=np.uint16)))",
        "tensor/tensor_dimensions": (
            "rr.Tensor(rrd.TensorData(shape=[rrd.TensorDimension(2, 'h'), rrd.TensorDimension(3, 'w')], "
            "buffer=np.arange(6, dtype=np.float32)))"
        ),
        "tensor/dim_names_list": "rr.Tensor(np.zeros((2, 3, 4), np.int8), dim_names=['a', 'b', 'c'])",
        "image/pil": "rr.Image(PILImage.open(ASSETS / 'rgb_8x6.png'))",
        "image/pil_rgba": "rr.Image(PILImage.open(ASSETS / 'rgba_8x6.png'))",
        "depth_image/meter_int": "rr.DepthImage(np.ones((2, 2), np.uint16), meter=1000)",
        "bar_chart/floats_list": "rr.BarChart([0.5, 1.5, -2.0])",
        "bar_chart/np_2d_row": "rr.BarChart(np.array([[1, 2, 3]]))",
        "strips3d/np_2d_one_strip": "rr.LineStrips3D(np.zeros((4, 3)))",
        "strips2d/strip_objects": "rr.LineStrips2D([rrc.LineStrip2D([[0, 0], [1, 1]]), rrc.LineStrip2D(np.ones((3, 2)))])",
        "mesh3d/flat_indices": "rr.Mesh3D(vertex_positions=np.zeros((4, 3)), triangle_indices=[0, 1, 2, 0, 2, 3])",
        "disconnected_space/true": "rr.DisconnectedSpace(True)",
        "disconnected_space/component": "rr.DisconnectedSpace(rrc.DisconnectedSpace(False))",
        "clear/np_bool": "rr.Clear(recursive=np.bool_(True))",
        "annotation_context/connections_lists": (
            "rr.AnnotationContext(rrd.ClassDescription(info=1, keypoint_annotations=[0, 1, 2], keypoint_connections=[[0, 1], [1, 2]]))"
        ),
    }
    forms.update(extra)

    # -- Rerun 0.17's whole API (issue 8): the other datatypes, as batches ---------------------
    api_batches = {
        # (0.17 transposes a list of exactly one matrix object: a bug, not compared)
        "mat4x4/rows": "rrd.Mat4x4Batch(rrd.Mat4x4(np.arange(16).reshape(4, 4)))",
        "mat4x4/two_objects": "rrd.Mat4x4Batch([rrd.Mat4x4(np.arange(16).reshape(4, 4)), rrd.Mat4x4(columns=np.arange(16))])",
        "mat4x4/columns": "rrd.Mat4x4Batch(rrd.Mat4x4(columns=np.arange(16)))",
        "mat4x4/np_many": "rrd.Mat4x4Batch(np.arange(32).reshape(2, 4, 4))",
        "mat3x3/columns_from_mat": "rrd.Mat3x3Batch(rrd.Mat3x3(columns=rrd.Mat3x3([[1, 2, 3], [4, 5, 6], [7, 8, 9]])))",
        "uuid/bytes": "rrd.UuidBatch([b'0123456789abcdef'])",
        "uuid/numbers": "rrd.UuidBatch(np.arange(32).reshape(2, 16))",
        "uvec2d/list": "rrd.UVec2DBatch([[1, 2], [3, 4]])",
        "uvec4d/np": "rrd.UVec4DBatch(np.array([[1, 2, 3, 4]], dtype=np.uint32))",
        "entity_path/list": "rrd.EntityPathBatch(['world/a', 'b'])",
        "keypoint_pair/objects_and_tuples": "rrd.KeypointPairBatch([rrd.KeypointPair(0, 1), rrd.KeypointPair(1, 2)])",
        "class_description_map_elem/one": (
            "rrd.ClassDescriptionMapElemBatch([rrd.ClassDescriptionMapElem(class_id=1, "
            "class_description=rrd.ClassDescription(info=(1, 'a')))])"
        ),
        "rotation_axis_angle/degrees": "rrd.RotationAxisAngleBatch([rrd.RotationAxisAngle([0, 0, 1], degrees=30)])",
        "translation_and_mat3x3/one": "rrd.TranslationAndMat3x3Batch([rrd.TranslationAndMat3x3([1, 2, 3], np.eye(3))])",
        "translation_rotation_scale3d/one": (
            "rrd.TranslationRotationScale3DBatch([rrd.TranslationRotationScale3D([1, 2, 3], rrd.Quaternion(xyzw=[0, 0, 0, 1]), 2.0)])"
        ),
        "tensor_dimension/named": "rrd.TensorDimensionBatch([rrd.TensorDimension(3, 'h'), rrd.TensorDimension(4)])",
        "magnification_filter/name": "rrc.MagnificationFilterBatch('linear')",
        "class_description/logged_alone": "rrd.ClassDescription(info=(1, 'a'), keypoint_annotations=[(0, 'nose')])",
        "component_value/color": "rrc.Color([255, 0, 0])",
        "component_value/scalar": "rrc.Scalar(2.5)",
        "component_value/text": "rrc.Text('hello')",
    }
    forms.update({f"api/{key}": expr for key, expr in api_batches.items()})

    # -- fields of value classes as 0.17's converters make them (plain values compared) --------
    fields = {
        "annotation_info": (
            "(lambda a: [type(a.label).__name__, a.label.value, type(a.color).__name__, a.color.rgba])"
            "(rrd.AnnotationInfo(1, 'a', [255, 0, 0]))"
        ),
        "rotation_axis_angle": (
            "(lambda r: [type(r.axis).__name__, r.axis.xyz.tolist(), type(r.angle).__name__, r.angle.kind, r.angle.inner])"
            "(rrd.RotationAxisAngle([0, 0, 1], degrees=30))"
        ),
        "trs_axis_angle": (
            "(lambda t: [type(t.translation).__name__, t.translation.xyz.tolist(), type(t.scale).__name__, t.scale.inner, "
            "type(t.rotation).__name__, type(t.rotation.inner).__name__, t.from_parent])"
            "(rrd.TranslationRotationScale3D([1, 2, 3], rrd.RotationAxisAngle([0, 0, 1], degrees=30), 2.0))"
        ),
        "trs_quaternion_vector_scale": (
            "(lambda t: [type(t.rotation.inner).__name__, t.rotation.inner.xyzw.tolist(), type(t.scale.inner).__name__, "
            "t.scale.inner.xyz.tolist()])"
            "(rrd.TranslationRotationScale3D(rotation=rrd.Quaternion(xyzw=[0, 0, 0, 1]), scale=[1, 2, 3], from_parent=True))"
        ),
        "translation_and_mat3x3": (
            "(lambda m: [type(m.mat3x3).__name__, m.mat3x3.flat_columns.tolist(), m.translation, m.from_parent])"
            "(rrd.TranslationAndMat3x3(mat3x3=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]))"
        ),
        "keypoint_pair": "(lambda k: [type(k.keypoint0).__name__, k.keypoint0.id, k.keypoint1.id])(rrd.KeypointPair(1, 2))",
        "map_elem": (
            "(lambda e: [type(e.class_id).__name__, e.class_id.id, type(e.class_description).__name__])"
            "(rrd.ClassDescriptionMapElem(class_id=4, class_description=rrd.ClassDescription(info=(4, 'a'))))"
        ),
        "class_description": (
            "(lambda c: [type(c.info).__name__, [type(k).__name__ for k in c.keypoint_annotations], "
            "[type(k).__name__ for k in c.keypoint_connections]])"
            "(rrd.ClassDescription(info=(1, 'a'), keypoint_annotations=[(0, 'n')], keypoint_connections=[(0, 1)]))"
        ),
        "material": "(lambda m: [type(m.albedo_factor).__name__, m.albedo_factor.rgba])(rrd.Material(albedo_factor=[255, 0, 0]))",
        "annotation_context_class_map": "[type(e).__name__ for e in rrc.AnnotationContext([(1, 'a')]).class_map]",
        "mat3x3_columns_from_mat": "rrd.Mat3x3(columns=rrd.Mat3x3([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).flat_columns.tolist()",
        "mat4x4_rows": "rrd.Mat4x4(np.arange(16).reshape(4, 4)).flat_columns.tolist()",
        "image_encoded_jpeg": (
            "(lambda d: [type(d).__name__, [(x.size, x.name) for x in d.shape], d.buffer.kind])"
            "(rr.ImageEncoded(path=ASSETS / 'rgb_8x6.jpg').data)"
        ),
        "image_encoded_png": (
            "(lambda d: [type(d).__name__, [(x.size, x.name) for x in d.shape], d.buffer.kind])"
            "(rr.ImageEncoded(path=ASSETS / 'rgb_8x6.png').data)"
        ),
        "tensor_data": (
            "(lambda d: [[(x.size, x.name) for x in d.shape], d.buffer.kind, d.buffer.inner.tolist()])"
            "(rrd.TensorData(array=np.arange(6, dtype=np.float32).reshape(2, 3)))"
        ),
        "tensor_buffer": "(lambda b: [b.kind, b.inner.tolist()])(rrd.TensorBuffer(np.arange(3, dtype=np.uint16), 'u16'))",
        "clear_is_recursive_truth": "[bool(rrc.ClearIsRecursive(False)), bool(rrc.ClearIsRecursive(True))]",
        "disconnected_space_default": "rrc.DisconnectedSpace().is_disconnected",
        "batch_optional": "[rrc.ColorBatch._optional(None) is None, rrd.Vec3DBatch._optional([1, 2, 3]) is not None]",
        "view_dir": "[(v.name, int(v)) for v in rrc.ViewCoordinates.ViewDir]",
        "extension_types": (
            "[rrd.Vec3DType().extension_name, str(rrd.Vec3DType().storage_type), rrc.ColorType().extension_name, "
            "str(rrc.ColorType().storage_type), rrd.TensorBufferType().extension_name]"
        ),
        "value_field_names": (
            "[rrd.Vec3D([1, 2, 3]).xyz.tolist(), rrd.Rgba32(0xFF0000FF).rgba, rrc.StrokeWidth(2).width, rrd.Utf8('a').value, "
            "rrd.UVec2D([1, 2]).xy.tolist(), rrd.EntityPath('a/b').path, rrc.ClassId(3).id, rrc.Radius(value=0.5).value]"
        ),
        "component_names": "[rrc.Color([255, 0, 0]).component_name(), rrc.MagnificationFilterType().extension_name]",
    }
    forms.update({f"fields/{key}": expr for key, expr in fields.items()})

    # -- rerun.utilities and rerun.color_conversion (the helpers 0.17's examples import) ------
    helpers = {
        "spiral_positions": "np.round(rru.build_color_spiral(5, radius=1, angular_step=0.1, angular_offset=0.25, z_step=0.5).positions, 5).tolist()",
        "spiral_default_shape": "[list(rru.color_spiral.positions.shape), list(rru.color_spiral.colors.shape)]",
        "grid_positions_colors": "(lambda g: [g.positions.tolist(), g.colors.tolist(), str(g.colors.dtype)])(rru.build_color_grid(2, 3, 1))",
        "grid_twist": "np.round(rru.build_color_grid(2, 2, 2, twist=1.0).positions, 5).tolist()",
        "grid_default_shape": "list(rru.color_grid.positions.shape)",
        "pyramid": "(lambda p: [np.round(p.rects, 5).tolist(), str(p.format)])(rru.build_rect_pyramid(4, width=10, height=20))",
        "pyramid_default_shape": "list(rru.rect_pyramid.rects.shape)",
        "bounce_lerp": "[float(rru.bounce_lerp(0.0, 1.0, t)) for t in (0, 0.25, 1.25, 2.5, 3.2, -0.3, -1.3)] + [rru.bounce_lerp(2.0, 4.0, 0.5)]",
        "interleave": "rru.interleave(np.array([[1.0, 2], [5, 6]]), np.array([[3.0, 4], [7, 8]])).tolist()",
        "turbo_shape": "list(np.asarray(rru.turbo_colormap_data).shape)",
        "linear_to_gamma_value": "rrcc.linear_to_gamma_u8_value(np.array([0, 0.001, 0.0031308, 0.2, 0.5, 1.0, 1.5, -0.1])).tolist()",
        "linear_to_gamma_pixel": "rrcc.linear_to_gamma_u8_pixel(np.array([[0, 0.2, 0.5, 0.7], [1, 1, 1, 1]])).tolist()",
        "u8_to_rgba": "rrcc.u8_array_to_rgba(np.array([[1, 2, 3, 4], [255, 0, 0, 255]], dtype=np.uint8)).tolist()",
    }
    forms.update({f"helpers/{key}": expr for key, expr in helpers.items()})
    # Colors along Turbo: ours interpolate stops of the published table (compared within 0.04).
    approx = {
        "spiral_colors": "rru.build_color_spiral(7).colors.tolist()",
        "pyramid_colors": "rru.build_rect_pyramid(5).colors.tolist()",
        "turbo_every_17th": "np.asarray(rru.turbo_colormap_data)[::17].tolist()",
    }
    forms.update({f"approx/{key}": expr for key, expr in approx.items()})

    # -- more inputs 0.17 accepts -------------------------------------------------------------
    more = {
        "fraction/points3d": "rr.Points3D([[Fraction(1, 2), 1, 2]])",
        "fraction/scalar": "rr.Scalar(Fraction(1, 3))",
        "fraction/radii": "rr.Points2D([[0, 0]], radii=Fraction(1, 4))",
        # Numbers as text (read from a CSV file) and None (NaN): numpy's float conversion reads them.
        "text_numbers/scalar": "rr.Scalar('1.5')",
        "text_numbers/translation": "rr.Transform3D(translation=['1', '2', '3'])",
        "text_numbers/points3d": "rr.Points3D([['1', '2.5', '-3e2']], radii=['0.5'])",
        "text_numbers/class_ids": "rr.Points2D([[0, 0]], class_ids=['2'])",
        "text_numbers/colors": "rr.Points3D([[0, 0, 0]], colors=[['255', '0', '0']])",
        "none_as_nan/translation": "rr.Transform3D(translation=[None, 1, 2])",
        "none_as_nan/points3d": "rr.Points3D([[None, 1, 2]])",
        "lengths/points3d_5_positions_2_colors": "rr.Points3D(np.zeros((5, 3)), colors=[[255, 0, 0], [0, 255, 0]])",
        "lengths/boxes2d_3_boxes_2_radii": "rr.Boxes2D(half_sizes=[[1, 1], [2, 2], [3, 3]], radii=[0.1, 0.2])",
        "unit_dims/points3d": "rr.Points3D(np.zeros((4, 3, 1, 1)))",
        "unit_dims/arrows3d": "rr.Arrows3D(vectors=np.ones((2, 3, 1)))",
        "unit_dims/colors": "rr.Points2D([[0, 0], [1, 1]], colors=np.full((2, 3, 1), 255, np.uint8))",
        "unit_dims/strips": "rr.LineStrips3D(np.ones((1, 2, 3, 1)))",
        "unit_dims/texcoords": "rr.Mesh3D(vertex_positions=np.zeros((3, 3)), vertex_texcoords=np.ones((3, 2, 1)))",
        "unit_dims/radii": "rr.Points2D([[0, 0], [1, 1], [2, 2]], radii=np.ones((3, 1)))",
        "empty/points3d_colors": "rr.Points3D(np.zeros((0, 3)), colors=np.zeros((0, 3), np.uint8))",
        "empty/line_strips3d": "rr.LineStrips3D([])",
        "empty/boxes3d": "rr.Boxes3D(half_sizes=np.zeros((0, 3)))",
        "empty/points2d_list": "rr.Points2D([])",
        "single_component/line_strips3d": "rr.LineStrips3D(rrc.LineStrip3D([[0, 0, 0], [1, 1, 1]]))",
        "single_component/line_strips2d": "rr.LineStrips2D(rrc.LineStrip2D([[0, 0], [1, 1]]))",
        "single_component/points3d": "rr.Points3D(rrc.Position3D([1, 2, 3]))",
        "single_component/boxes3d_half_size": "rr.Boxes3D(half_sizes=rrc.HalfSize3D([1, 2, 3]))",
        "asset3d/contents_np_u8": (
            "rr.Asset3D(contents=np.frombuffer((ASSETS / 'triangle.obj').read_bytes(), np.uint8), media_type='model/obj')"
        ),
    }
    forms.update(more)

    # -- user-defined components -------------------------------------------------------------
    forms["any_values/numbers_and_text"] = "rr.AnyValues(confidence=[1.2, 3.4, 5.6], description='Bla bla bla…')"
    forms["any_values/int_np"] = "rr.AnyValues(count=np.array([1, 2, 3], dtype=np.int32))"
    return forms


# Forms this package accepts where rerun 0.17 fails or logs something else (its bugs), so they
# are not compared with 0.17; `tests/test_datamodel_rerun017_forms.py` checks their values itself.
DIFFERENT_FROM_RERUN017: dict[str, str] = {
    "vec2/batch": "0.17 refuses a ready Position2DBatch as positions",
    "vec3/batch": "0.17 refuses a ready Position3DBatch as positions",
    "color/np_f16": "0.17 reads float16 colors as 0-255 integers",
    "labels/np_str": "0.17 logs str() of the whole numpy array as one label",
    "depth_image/unit_dims": "0.17 refuses the unit dimensions its documentation says are ignored",
    "segmentation_image/unit_dims": "0.17 refuses the unit dimensions its documentation says are ignored",
    "tensor/shape_buffer": "0.17 needs TensorDimension objects in shape=",
    "asset3d/file_with_media_type": "0.17 fails on a file object given as contents=",
    "pinhole/fov_aspect_resolution": "0.17 drops the resolution given with fov_y and logs 1 x aspect_ratio",
    "api/uvec2d/list": "0.17 cannot serialize a UVec2DBatch (no codegen for it)",
    "api/uvec4d/np": "0.17 cannot serialize a UVec4DBatch (no codegen for it)",
    "api/tensor_dimension/named": "0.17 cannot serialize a TensorDimensionBatch (no codegen for it)",
    "fields/image_encoded_png": "0.17's .data of a decoded PNG has unnamed dimensions (the image it logs names them)",
    "fields/tensor_data": "0.17's TensorData(array=float32).buffer.kind says 'u8' (it logs F32)",
}

_ALL_FORMS = _forms()
INPUT_FORMS: dict[str, str] = {k: v for k, v in _ALL_FORMS.items() if k not in DIFFERENT_FROM_RERUN017}
OWN_FORMS: dict[str, str] = {k: _ALL_FORMS[k] for k in DIFFERENT_FROM_RERUN017}


def namespace(rr: Any) -> dict[str, Any]:
    """The names the expressions may use."""
    import importlib

    import numpy as np
    from PIL import Image as PILImage

    return {
        "rr": rr,
        "rru": importlib.import_module(f"{rr.__name__}.utilities"),
        "rrcc": importlib.import_module(f"{rr.__name__}.color_conversion"),
        "Fraction": Fraction,
        "rrd": rr.datatypes,
        "rrc": rr.components,
        "np": np,
        "math": math,
        "io": io,
        "PILImage": PILImage,
        "ASSETS": ASSETS_DIR,
        "EXAMPLE_ASSETS": EXAMPLES_DIR / "assets",
    }


def describe(value: Any) -> dict[str, Any]:
    """
    Component batches (name, type, values) of an archetype or batch; a datatype batch's array;
    or a plain value (the `fields/` forms: what a value class's fields hold).
    """
    if value is None or isinstance(value, (bool, int, float, str, list, tuple, dict)):
        return {"value": json.loads(json.dumps(value))}
    if hasattr(value, "as_component_batches"):
        return {"components": encode_batches(value.as_component_batches())}
    if hasattr(value, "component_name"):
        return {"components": encode_batches([value])}
    return {"array": encode_array(value.as_arrow_array())}


def evaluate(expr: str, rr: Any) -> dict[str, Any]:
    """Evaluate one input form against the `rr` module."""
    return describe(eval(expr, namespace(rr)))  # noqa: S307 - our own test expressions
