"""The declarative source of truth: every datatype and component, written once.

A datatype is Arrow storage plus the converter that produces it; a component is a name plus a
datatype. `classes.py` makes the public classes (`Vec3DBatch`, `Position3D`, `Position3DBatch`,
...) from these rows; archetypes (`archetypes.py`) refer to components by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from . import convert as C
from . import tensor, values, view_values
from .batch import REQUIRED


@dataclass(frozen=True)
class Datatype:
    """One datatype: its name, storage and converter; `value` names the field of a single value."""

    name: str
    arrow: pa.DataType
    convert: Callable[[Any], Any]
    value: str | type = "value"  # field name of the generated value class, or a hand-written class


@dataclass(frozen=True)
class Component:
    """
    One component: a name and the datatype it stores.

    `field` names the value class's parameter when Rerun 0.17 names it other than the datatype
    does (`StrokeWidth(width)` on a `Float32`), and `default` gives it a default value.
    """

    name: str
    datatype: str
    doc: str = ""
    field: str | None = None
    default: Any = REQUIRED


def _angles(data: Any) -> pa.Array:
    items = data if isinstance(data, (list, tuple)) else [data]
    return values._angle_array([values._angle(a) for a in items])


def _scales(data: Any) -> pa.Array:
    items = data if isinstance(data, (list, tuple)) and data and not isinstance(data[0], (int, float)) else [data]
    pairs = [values._scale_value(s) for s in items]
    codes = np.array([c for c, _ in pairs], np.int8)
    return T.dense_union_from_variants(
        T.SCALE3D,
        codes,
        {
            1: values._fsl(np.array([v for c, v in pairs if c == 1]).reshape(-1, 3), 3),
            2: pa.array([v for c, v in pairs if c == 2], T.F32),
        },
    )


DATATYPES: list[Datatype] = [
    Datatype("Float32", T.F32, C.floats),
    Datatype("Float64", T.F64, C.float64s),
    Datatype("Bool", T.BOOL, C.bools),
    Datatype("UInt32", T.U32, C.unsigned(np.uint32)),
    Datatype("UInt64", T.U64, C.unsigned(np.uint64)),
    Datatype("Utf8", T.UTF8, C.strings),
    Datatype("Rgba32", T.U32, C.colors, "rgba"),
    Datatype("ClassId", T.U16, C.unsigned(np.uint16), "id"),
    Datatype("KeypointId", T.U16, C.unsigned(np.uint16), "id"),
    Datatype("Vec2D", T.VEC2, C.vectors(2), "xy"),
    Datatype("Vec3D", T.VEC3, C.vectors(3), "xyz"),
    Datatype("Vec4D", T.VEC4, C.vectors(4), "xyzw"),
    Datatype("UVec3D", T.UVEC3, C.vectors(3, np.uint32), "xyz"),
    Datatype("Range1D", T.RANGE1D, C.vectors(2, np.float64), "range"),
    Datatype("Blob", T.BLOB, C.blobs, "data"),
    Datatype("Mat3x3", T.MAT3, values.mat3x3s, values.Mat3x3),
    Datatype("Quaternion", T.QUATERNION, C.vectors(4), values.Quaternion),
    Datatype("Angle", T.ANGLE, _angles, values.Angle),
    Datatype("Rotation3D", T.ROTATION3D, values.rotations, values.Rotation3D),
    Datatype("Scale3D", T.SCALE3D, _scales, values.Scale3D),
    Datatype("Transform3D", T.TRANSFORM3D, values.transforms, values.Transform3D),
    Datatype("ViewCoordinates", T.VIEW_COORDINATES, values.view_coordinates_codes, "coordinates"),
    Datatype("AnnotationInfo", T.ANNOTATION_INFO, values.annotation_infos, values.AnnotationInfo),
    Datatype("ClassDescription", T.CLASS_DESCRIPTION, values.class_descriptions, values.ClassDescription),
    Datatype("Material", T.MATERIAL, values.materials, values.Material),
    Datatype("TensorData", T.TENSOR_DATA, tensor.tensors, tensor.TensorData),
    Datatype("LineStrip2D", T.LINE_STRIP2, C.line_strips(2), "points"),
    Datatype("LineStrip3D", T.LINE_STRIP3, C.line_strips(3), "points"),
    Datatype("AnnotationContext", T.ANNOTATION_CONTEXT, values.annotation_contexts, values.AnnotationContextValue),
    Datatype("Colormap", T.COLORMAP, C.enum_codes(T.COLORMAP, "Colormap"), "enum"),
    Datatype("AggregationPolicy", T.AGGREGATION_POLICY, C.enum_codes(T.AGGREGATION_POLICY, "AggregationPolicy"), "enum"),
    Datatype("MarkerShape", T.MARKER_SHAPE, C.enum_codes(T.MARKER_SHAPE, "MarkerShape"), "enum"),
    # -- The rest of Rerun 0.17's datatypes (issue 8: the whole API) ---------------------------------
    # Blueprint-only datatypes (TimeInt, TimeRange, Range2D, ...) are declared by the blueprint work.
    Datatype("UVec2D", T.UVEC2, C.vectors(2, np.uint32), "xy"),
    Datatype("UVec4D", T.UVEC4, C.vectors(4, np.uint32), "xyzw"),
    Datatype("Mat4x4", T.MAT4, values.mat4x4s, values.Mat4x4),
    Datatype("Uuid", T.UUID, values.uuids, "bytes"),
    Datatype("EntityPath", T.UTF8, C.strings, "path"),
    Datatype("TensorBuffer", T.TENSOR_BUFFER, tensor.tensor_buffers, tensor.TensorBuffer),
    Datatype("TensorDimension", T.TENSOR_DIMENSION, tensor.tensor_dimensions, tensor.TensorDimension),
    Datatype("KeypointPair", T.KEYPOINT_PAIR, values.keypoint_pair_array, values.KeypointPair),
    Datatype(
        "ClassDescriptionMapElem", T.CLASS_DESCRIPTION_MAP_ELEM, values.class_description_map_elems, values.ClassDescriptionMapElem
    ),
    Datatype("RotationAxisAngle", T.ROTATION_AXIS_ANGLE, values.rotation_axis_angles, values.RotationAxisAngle),
    Datatype("TranslationAndMat3x3", T.TRANSLATION_AND_MAT3X3, values.translation_and_mat3x3s, values.TranslationAndMat3x3),
    Datatype(
        "TranslationRotationScale3D", T.TRANSLATION_ROTATION_SCALE, values.translation_rotation_scale3ds, values.TranslationRotationScale3D
    ),
    Datatype("MagnificationFilter", T.MAGNIFICATION_FILTER, C.enum_codes(T.MAGNIFICATION_FILTER, "MagnificationFilter"), "enum"),
    # -- view properties (blueprints): time ranges, 2D ranges, tensor slicing (view_values.py) ------
    Datatype("TimeInt", T.I64, view_values.time_ints, view_values.TimeInt),
    Datatype("TimeRangeBoundary", T.TIME_RANGE_BOUNDARY, view_values.time_range_boundaries, view_values.TimeRangeBoundary),
    Datatype("TimeRange", T.TIME_RANGE, view_values.time_ranges, view_values.TimeRange),
    Datatype("VisibleTimeRange", T.VISIBLE_TIME_RANGE, view_values.visible_time_ranges, view_values.VisibleTimeRange),
    Datatype("Range2D", T.RANGE2D, view_values.range2ds, view_values.Range2D),
    Datatype("TensorDimensionSelection", T.TENSOR_DIMENSION_SELECTION, view_values.tensor_dimension_selections, view_values.TensorDimensionSelection),
    Datatype("TensorDimensionIndexSelection", T.TENSOR_DIMENSION_INDEX_SELECTION, view_values.tensor_dimension_index_selections, view_values.TensorDimensionIndexSelection),
]

# Names only in `rerun.components` (enums, strips, contexts) are datatypes here for one mechanism,
# but are not exported from `rerun.datatypes`.
COMPONENT_ONLY_DATATYPES = {
    "LineStrip2D",
    "LineStrip3D",
    "AnnotationContext",
    "Colormap",
    "AggregationPolicy",
    "MarkerShape",
    "Blob",
    "MagnificationFilter",
}

COMPONENTS: list[Component] = [
    Component("AggregationPolicy", "AggregationPolicy", "Policy for aggregation of multiple scalar plot values."),
    Component("AnnotationContext", "AnnotationContext", "Class descriptions: labels, colors and keypoints per class id."),
    Component("AxisLength", "Float32", "The length of an axis in local units of the space."),
    Component("Blob", "Blob", "A binary blob of data."),
    Component("ClassId", "ClassId", "A 16-bit class identifier, looked up in an AnnotationContext."),
    Component("ClearIsRecursive", "Bool", "Whether a Clear also clears all children.", field="recursive"),
    Component("Color", "Rgba32", "An RGBA color in sRGB gamma space, packed 0xRRGGBBAA."),
    Component("Colormap", "Colormap", "Colormap for mapping scalar values to colors."),
    Component("DepthMeter", "Float32", "How long a meter is in the depth image's units."),
    Component("DisconnectedSpace", "Bool", "Spatially disconnect this entity from its parent.", field="is_disconnected", default=True),
    Component("DrawOrder", "Float32", "Draw order of 2D elements; higher is drawn on top."),
    Component("FillRatio", "Float32", "How much a primitive fills out its available space."),
    Component("GammaCorrection", "Float32", "A gamma correction value."),
    Component("HalfSize2D", "Vec2D", "Half-size (radius) of a 2D box."),
    Component("HalfSize3D", "Vec3D", "Half-size (radius) of a 3D box."),
    Component("ImagePlaneDistance", "Float32", "Distance of the image plane from the camera origin, for display."),
    Component("KeypointId", "KeypointId", "A 16-bit keypoint identifier within a class."),
    Component("LineStrip2D", "LineStrip2D", "A line strip in 2D space."),
    Component("LineStrip3D", "LineStrip3D", "A line strip in 3D space."),
    Component("MarkerShape", "MarkerShape", "Shape of a marker in a point series."),
    Component("MarkerSize", "Float32", "Size of a marker in UI points."),
    Component("Material", "Material", "Material properties of a mesh."),
    Component("MediaType", "Utf8", "A media type (MIME type), e.g. model/gltf-binary or text/markdown."),
    Component("Name", "Utf8", "A display name."),
    Component("Opacity", "Float32", "Degree of transparency, 0 (invisible) to 1 (opaque)."),
    Component("OutOfTreeTransform3D", "Transform3D", "A transform applied to the entity's own data only."),
    Component("PinholeProjection", "Mat3x3", "Camera projection, from image coordinates to view coordinates."),
    Component("Position2D", "Vec2D", "A position in 2D space."),
    Component("Position3D", "Vec3D", "A position in 3D space."),
    Component("Radius", "Float32", "A radius: scene units when positive, UI points when negative."),
    Component("Range1D", "Range1D", "A 1D range [min, max]."),
    Component("Resolution", "Vec2D", "Pixel resolution width x height."),
    Component("Rotation3D", "Rotation3D", "A 3D rotation."),
    Component("Scalar", "Float64", "A double-precision scalar."),
    Component("StrokeWidth", "Float32", "The width of a stroke in UI points.", field="width"),
    Component("TensorData", "TensorData", "An N-dimensional array of numbers."),
    Component("Texcoord2D", "Vec2D", "A 2D texture UV coordinate."),
    Component("Text", "Utf8", "A string of text, e.g. for labels and text documents."),
    Component("TextLogLevel", "Utf8", "The severity level of a text log message."),
    Component("Transform3D", "Transform3D", "An affine transform between two 3D spaces."),
    Component("TriangleIndices", "UVec3D", "The three indices of a triangle in a triangle mesh."),
    Component("Vector2D", "Vec2D", "A vector in 2D space."),
    Component("Vector3D", "Vec3D", "A vector in 3D space."),
    Component("ViewCoordinates", "ViewCoordinates", "How to interpret the coordinate system of an entity."),
    # -- The rest of Rerun 0.17's components (issue 8); blueprint ones are declared by the blueprint work.
    Component("MagnificationFilter", "MagnificationFilter", "Filter used when magnifying an image or texture."),
    # -- view properties (blueprints): tensor slicing ---------------------------------------------
    Component("TensorWidthDimension", "TensorDimensionSelection", "The tensor dimension shown along the width of a tensor view."),
    Component("TensorHeightDimension", "TensorDimensionSelection", "The tensor dimension shown along the height of a tensor view."),
    Component("TensorDimensionIndexSelection", "TensorDimensionIndexSelection", "A tensor dimension fixed at one index in a tensor view."),
]

DATATYPE_BY_NAME = {d.name: d for d in DATATYPES}
COMPONENT_BY_NAME = {c.name: c for c in COMPONENTS}
