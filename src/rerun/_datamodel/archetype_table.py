"""Every archetype's fields, declared once: parameter name, component, documentation.

The order of the fields is the order Rerun 0.17 writes them in. Constructors with real behaviour
(boxes from mins and sizes, pinholes from a field of view, images with shape rules, ...) live in
`archetype_ext.py`; all others are made directly from these rows.
"""

from __future__ import annotations

from .archetype import Field as F

_RADII = "Optional radii; positive values are scene units, `rr.Radius.ui_points(...)` gives UI points."
_COLORS = "Optional colors: RGB/RGBA as 0-255 ints or 0-1 floats, or packed 0xRRGGBBAA; one for all or one each."
_LABELS = "Optional text labels; one for all or one each."
_CLASS_IDS = "Optional class ids; the annotation context gives them colors and labels if not set explicitly."
_KEYPOINT_IDS = "Optional keypoint ids, identifying points within a class (class id 0 when none is given)."
_DRAW_ORDER = "Optional 2D drawing order: objects with higher values are drawn on top."


def _instances(name: str, component: str, doc: str) -> F:
    return F(name, component, doc, per_instance=True)


def _keypoint_class_ids() -> F:
    """Class ids of points, which default to 0 when keypoint ids are given (as in Rerun 0.17)."""
    return F("class_ids", "ClassId", _CLASS_IDS, per_instance=True, implied=("keypoint_ids", 0))


def _style_2d(draw_order_doc: str = _DRAW_ORDER) -> list[F]:
    return [F("draw_order", "DrawOrder", draw_order_doc), _instances("class_ids", "ClassId", _CLASS_IDS)]


ARCHETYPES: dict[str, tuple[str, list[F]]] = {
    "AnnotationContext": (
        "The AnnotationContext provides additional information on how to display entities: class and keypoint "
        "ids map to labels and colors; the nearest ancestor's context applies.",
        [F("context", "AnnotationContext", "List of class descriptions, mapping class ids to names, colors etc.", required=True)],
    ),
    "Arrows2D": (
        "2D arrows with optional colors, radii, labels, etc.",
        [
            F("vectors", "Vector2D", "All the vectors for each arrow in the batch.", required=True),
            _instances("origins", "Position2D", "All the origin points for each arrow; (0, 0) when not set."),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            *_style_2d(),
        ],
    ),
    "Arrows3D": (
        "3D arrows with optional colors, radii, labels, etc.",
        [
            F("vectors", "Vector3D", "All the vectors for each arrow in the batch.", required=True),
            _instances("origins", "Position3D", "All the origin points for each arrow; (0, 0, 0) when not set."),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            _instances("class_ids", "ClassId", _CLASS_IDS),
        ],
    ),
    "Asset3D": (
        "A prepacked 3D asset (.gltf, .glb, .obj, .stl, etc.).",
        [
            F("blob", "Blob", "The asset's bytes.", required=True),
            F("media_type", "MediaType", "The media type of the asset, e.g. model/gltf-binary."),
            F("transform", "OutOfTreeTransform3D", "A transform of the asset itself, not applied to children."),
        ],
    ),
    "BarChart": (
        "A bar chart: the x values are the indices of the array, the heights its values.",
        [
            F("values", "TensorData", "The values: a 1-dimensional tensor.", required=True),
            F("color", "Color", "The color of the bar chart."),
        ],
    ),
    "Boxes2D": (
        "2D boxes with half-extents and optional centers, colors, etc.",
        [
            F("half_sizes", "HalfSize2D", "All half-extents that make up the batch of boxes.", required=True),
            _instances("centers", "Position2D", "Optional center positions of the boxes."),
            _instances("colors", "Color", _COLORS),
            _instances("radii", "Radius", "Optional radii for the lines that make up the boxes."),
            _instances("labels", "Text", _LABELS),
            *_style_2d("Optional 2D drawing order (default for 2D boxes: 10.0)."),
        ],
    ),
    "Boxes3D": (
        "3D boxes with half-extents and optional centers, rotations, colors, etc.",
        [
            F("half_sizes", "HalfSize3D", "All half-extents that make up the batch of boxes.", required=True),
            _instances("centers", "Position3D", "Optional center positions of the boxes."),
            _instances("rotations", "Rotation3D", "Optional rotations of the boxes."),
            _instances("colors", "Color", _COLORS),
            _instances("radii", "Radius", "Optional radii for the lines that make up the boxes."),
            _instances("labels", "Text", _LABELS),
            _instances("class_ids", "ClassId", _CLASS_IDS),
        ],
    ),
    "Clear": (
        "Empties all the components of an entity (and of its children when recursive).",
        [F("is_recursive", "ClearIsRecursive", "Whether to recursively clear all children.", required=True)],
    ),
    "DepthImage": (
        "A depth image: an HxW tensor of depths in units given by `meter`.",
        [
            F("data", "TensorData", "The depth-image data: a 2-dimensional tensor.", required=True),
            F("meter", "DepthMeter", "How long a meter is in the native depth units."),
            F("colormap", "Colormap", "Colormap to render the depth image with (Turbo when not set)."),
            F("point_fill_ratio", "FillRatio", "Scale of the radii of the back-projected points in 3D views."),
            F("draw_order", "DrawOrder", _DRAW_ORDER),
        ],
    ),
    "DisconnectedSpace": (
        "Spatially disconnect this entity from its parent.",
        [F("disconnected_space", "DisconnectedSpace", "Whether the entity is disconnected from its parent.", required=True)],
    ),
    "Image": (
        "A monochrome or color image: HxW, HxWx3 (RGB) or HxWx4 (RGBA).",
        [
            F("data", "TensorData", "The image data: a 2- or 3-dimensional tensor.", required=True),
            F("opacity", "Opacity", "Opacity of the image, useful for layering several images (1.0 by default)."),
            F("draw_order", "DrawOrder", _DRAW_ORDER),
        ],
    ),
    "LineStrips2D": (
        "2D line strips with positions and optional colors, radii, labels, etc.",
        [
            F("strips", "LineStrip2D", "All the actual 2D line strips that make up the batch.", required=True),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            *_style_2d(),
        ],
    ),
    "LineStrips3D": (
        "3D line strips with positions and optional colors, radii, labels, etc.",
        [
            F("strips", "LineStrip3D", "All the actual 3D line strips that make up the batch.", required=True),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            _instances("class_ids", "ClassId", _CLASS_IDS),
        ],
    ),
    "Mesh3D": (
        "A 3D triangle mesh as specified by its per-mesh and per-vertex properties.",
        [
            F("vertex_positions", "Position3D", "The positions of each vertex.", required=True),
            F("triangle_indices", "TriangleIndices", "Optional indices for the triangles; else each 3 positions form one."),
            _instances("vertex_normals", "Vector3D", "An optional normal for each vertex."),
            _instances("vertex_colors", "Color", "An optional color for each vertex."),
            _instances("vertex_texcoords", "Texcoord2D", "An optional texture coordinate for each vertex."),
            F("mesh_material", "Material", "Optional material properties for the mesh as a whole."),
            F("albedo_texture", "TensorData", "Optional albedo texture (u8 RGB/RGBA), used with vertex_texcoords."),
            _instances("class_ids", "ClassId", _CLASS_IDS),
        ],
    ),
    "Pinhole": (
        "Camera perspective projection (a.k.a. intrinsics).",
        [
            F("image_from_camera", "PinholeProjection", "Row-major intrinsics matrix from camera to image space.", required=True),
            F("resolution", "Resolution", "Pixel resolution (width, height) of the child image space."),
            F("camera_xyz", "ViewCoordinates", "The view coordinates of the camera (RDF by default)."),
            F("image_plane_distance", "ImagePlaneDistance", "Distance of the image plane from the camera, for display."),
        ],
    ),
    "Points2D": (
        "A 2D point cloud with positions and optional colors, radii, labels, etc.",
        [
            F("positions", "Position2D", "All the 2D positions at which the point cloud shows points.", required=True),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            F("draw_order", "DrawOrder", _DRAW_ORDER),
            _keypoint_class_ids(),
            _instances("keypoint_ids", "KeypointId", _KEYPOINT_IDS),
        ],
    ),
    "Points3D": (
        "A 3D point cloud with positions and optional colors, radii, labels, etc.",
        [
            F("positions", "Position3D", "All the 3D positions at which the point cloud shows points.", required=True),
            _instances("radii", "Radius", _RADII),
            _instances("colors", "Color", _COLORS),
            _instances("labels", "Text", _LABELS),
            _keypoint_class_ids(),
            _instances("keypoint_ids", "KeypointId", _KEYPOINT_IDS),
        ],
    ),
    "Scalar": (
        "A double-precision scalar; the current time of the timeline is its x value, so it cannot be static.",
        [F("scalar", "Scalar", "The scalar value to log.", required=True)],
    ),
    "SegmentationImage": (
        "An image made up of integer class ids, colored by the annotation context.",
        [
            F("data", "TensorData", "The image data: a 2-dimensional tensor.", required=True),
            F("opacity", "Opacity", "Opacity of the image (0.5 when other images are in the view, else 1.0)."),
            F("draw_order", "DrawOrder", _DRAW_ORDER),
        ],
    ),
    "SeriesLine": (
        "Style of a line series in a chart; log it to the same entity as the `Scalar`s, ideally static.",
        [
            F("color", "Color", "Color for the series."),
            F("width", "StrokeWidth", "Stroke width for the series."),
            F("name", "Name", "Display name of the series, used in the legend."),
            F("aggregation_policy", "AggregationPolicy", "How to aggregate values when several fall on one pixel."),
        ],
    ),
    "SeriesPoint": (
        "Style of a point series in a chart; log it to the same entity as the `Scalar`s, ideally static.",
        [
            F("color", "Color", "Color for the series."),
            F("marker", "MarkerShape", "What shape to use to represent the points."),
            F("name", "Name", "Display name of the series, used in the legend."),
            F("marker_size", "MarkerSize", "Size of the marker."),
        ],
    ),
    "Tensor": (
        "An N-dimensional array of numbers.",
        [F("data", "TensorData", "The tensor data.", required=True)],
    ),
    "TextDocument": (
        "A text element intended to be displayed in its own text box; raw text or markdown.",
        [
            F("text", "Text", "Contents of the text document.", required=True),
            F("media_type", "MediaType", "The media type of the text: text/plain (default) or text/markdown."),
        ],
    ),
    "TextLog": (
        "A log entry in a text log, comprised of a text body and its log level.",
        [
            F("text", "Text", "The body of the message.", required=True),
            F("level", "TextLogLevel", "The verbosity level of the message (e.g. rr.TextLogLevel.INFO)."),
            F("color", "Color", "Optional color to use for the log line in the viewer."),
        ],
    ),
    "Transform3D": (
        "A 3D transform from this entity's space to its parent's (or the reverse with from_parent).",
        [
            F("transform", "Transform3D", "The transform.", required=True),
            F("axis_length", "AxisLength", "Visual length of the 3 axes, in the transform's local units."),
        ],
    ),
    "ViewCoordinates": (
        "How we interpret the coordinate system of an entity or space: what is up, right and forward.",
        [F("xyz", "ViewCoordinates", "The directions of the [x, y, z] axes.", required=True)],
    ),
}

# Parameters that may be given positionally, as in Rerun 0.17's signatures.
POSITIONAL: dict[str, tuple[str, ...]] = {
    "AnnotationContext": ("context",),
    "BarChart": ("values",),
    "DepthImage": ("data",),
    "Image": ("data",),
    "LineStrips2D": ("strips",),
    "LineStrips3D": ("strips",),
    "Points2D": ("positions",),
    "Points3D": ("positions",),
    "Scalar": ("scalar",),
    "SegmentationImage": ("data",),
    "TextDocument": ("text",),
    "TextLog": ("text",),
    "ViewCoordinates": ("xyz",),
}
