"""Visualizers of the spatial views: one function per archetype, each naming what it draws.

`spatial_payload` walks the transform hierarchy below the view origin and asks each visualizer
for drawables. The 3D view draws 3D archetypes in its own space and 2D archetypes under pinholes
(projected onto the image plane; depth images as back-projected point clouds); the 2D view draws
2D archetypes in its own space.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import itertools
import operator
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from ..._datamodel import arrow_types as T
from ..._store import ChunkStore, LatestAtResult, paths
from ..._store.scene import (
    ANNOTATION_CONTEXT,
    AnnotationContext,
    EntityTransform,
    SpaceKind,
    TransformMemo,
    annotation_context_at,
    find_annotation_context,
    find_view_coordinates,
    resolve_projections,
    resolve_transforms,
)
from ..._store.scene.decode import rotation_matrices, xyz_from_rdf
from .. import protocol as P
from . import colormaps
from .common import (
    LatestManyMemo,
    ViewQuery,
    auto_colors,
    blob_bytes,
    entity_color,
    entity_colors,
    enum_name,
    first_float,
    first_text,
    floats,
    has_archetype,
    line_strips,
    mat4,
    per_instance,
    tensor,
    texts,
    uints,
    unpack_colors,
    vectors,
)

# Default radii (negative = UI points) and draw orders, as in Rerun 0.17: every visualizer of points,
# lines, boxes and arrows falls back to `Radius::default()`, 1.5 UI points (re_types radius_ext.rs;
# re_space_view_spatial visualizers, `process_radius_slice`): 3 pixels across at 1 pixel per point.
POINT_RADIUS = -1.5
LINE_RADIUS = -1.5
DRAW_ORDER = {"Image": -10.0, "DepthImage": -20.0, "SegmentationImage": 0.0, "Boxes2D": 10.0, "LineStrips2D": 20.0,
              "Arrows2D": 25.0, "Points2D": 30.0}

#: A mesh without colors, as Rerun 0.17 draws it (re_space_view_spatial mesh_loader: white albedo).
MESH_COLOR = (255, 255, 255, 255)

#: Camera frusta are drawn in Rerun's fixed gray.
CAMERA_COLOR = [150, 150, 150, 255]

Comps = dict[str, LatestAtResult]


def _annotation_tag(ctx: AnnotationContext | None) -> str:
    """Names the annotation context in derived-array keys, so colors and labels made from it are
    re-sent when it changes."""
    return ctx.row_id.hex() if ctx is not None and ctx.row_id else "none"


class Scene:
    """What a visualizer needs about one entity besides its components."""

    def __init__(self, q: ViewQuery, et: EntityTransform, comps: Comps, mats: dict[int, list[float]] | None = None) -> None:
        self.q = q
        self.et = et
        self.comps = comps
        self.entity = et.entity_path
        self.space = et.space.value
        self._ctx: AnnotationContext | None | bool = False
        # id(matrix) -> its `mat4` list, shared by the entities of one answer (most share their
        # group's matrix): the 16 floats are made once per transform, not once per entity.
        self._mats = mats

    @property
    def used_annotations(self) -> bool:
        return self._ctx is not False

    @property
    def annotations(self) -> AnnotationContext | None:
        if self._ctx is False:
            self._ctx = find_annotation_context(self.q.store, self.entity, self.q.timeline, self.q.time)
        return self._ctx  # type: ignore[return-value]

    def key(self, name: str, make: Callable[[], np.ndarray], suffix: str = "") -> str:
        return self.q.arrays.key(self.q.arrays.row_key(self.comps[name], suffix), make)

    def colors(self, n: int) -> tuple[str | None, list[int]]:
        """(per-instance colors key or None, default color) from Color, else class ids, else the entity."""
        default = entity_color(self.entity)
        res = self.comps.get("Color")
        if res is not None and len(res.batch):
            if len(res.batch) == 1 or n <= 1:
                return None, [int(x) for x in unpack_colors(uints(res.batch))[0]]
            return self.key("Color", lambda: per_instance(unpack_colors(uints(res.batch)), n), f"/n{n}"), default
        cls = self.comps.get("ClassId")
        if cls is not None and len(cls.batch):
            ctx = self.annotations
            kp = self.comps.get("KeypointId")
            suffix = f"@{_annotation_tag(ctx)}/n{n}"
            if kp is not None:
                suffix += f"/kp{kp.row_id.hex()}"

            def make() -> np.ndarray:
                ids = per_instance(uints(cls.batch, np.int64), n)
                if ctx is None:
                    return auto_colors(ids)
                if kp is not None and len(kp.batch):
                    packed, has, _ = ctx.keypoint_lookup(ids, per_instance(uints(kp.batch, np.int64), n))
                else:
                    packed, has, _ = ctx.lookup(ids)
                return np.where(has[:, None], unpack_colors(packed), auto_colors(ids))

            return self.q.arrays.key(self.q.arrays.row_key(cls, suffix), make), default
        return None, default

    def labels(self, n: int) -> list[str] | None:
        explicit = texts(self.comps.get("Text"))
        if explicit is not None:
            return explicit
        cls = self.comps.get("ClassId")
        ctx = self.annotations if cls is not None else None
        if cls is None or ctx is None or len(cls.batch) == 0:
            return None
        ids = per_instance(uints(cls.batch, np.int64), min(n, 10_000))
        kp = self.comps.get("KeypointId")
        if kp is not None and len(kp.batch):
            _, _, labels = ctx.keypoint_lookup(ids, per_instance(uints(kp.batch, np.int64), len(ids)))
        else:
            _, _, labels = ctx.lookup(ids)
        out = labels.to_pylist()
        if all(v is None for v in out):
            return None
        return ["" if v is None else str(v) for v in out]

    def radii(self, default: float) -> tuple[str | None, float]:
        res = self.comps.get("Radius")
        if res is None or len(res.batch) == 0:
            return None, default
        if len(res.batch) == 1:
            return None, float(floats(res.batch)[0])
        return self.key("Radius", lambda: floats(res.batch).astype(np.float32)), default

    def draw_order(self, archetype: str) -> float:
        return first_float(self.comps.get("DrawOrder"), DRAW_ORDER.get(archetype, 0.0))

    def style(self, n: int, default_radius: float) -> dict[str, Any]:
        """The color, radius and label fields every instanced drawable (points, boxes, ...) shares."""
        colors, default_color = self.colors(n)
        radii, radius = self.radii(default_radius)
        return {
            "colors": colors,
            "default_color": default_color,
            "radii": radii,
            "default_radius": radius,
            "labels": self.labels(n),
        }

    def instance_vectors(self, name: str, dim: int, n: int) -> str | None:
        """Key of component `name` as f32 [n, dim] vectors (a single value repeated), or None if absent."""
        res = self.comps.get(name)
        if res is None:
            return None
        return self.key(name, lambda: per_instance(vectors(res.batch, dim), n), f"/n{n}")

    def base(self) -> dict[str, Any]:
        m = self.et.world_from_entity
        if self._mats is None:
            return {"entity": self.entity, "world_from_entity": mat4(m), "space": self.space}
        flat = self._mats.get(id(m))
        if flat is None:
            flat = self._mats[id(m)] = mat4(m)
        return {"entity": self.entity, "world_from_entity": flat, "space": self.space}


# -- visualizers -------------------------------------------------------------------------------------


def points(s: Scene, dim: int) -> list[Any]:
    res = s.comps.get(f"Position{dim}D")
    if res is None or len(res.batch) == 0:
        return []
    n = len(res.batch)
    return [
        P.PointsDrawable(
            kind="points",
            **s.base(),
            dim=dim,
            positions=s.key(f"Position{dim}D", lambda: vectors(res.batch, dim)),
            **s.style(n, POINT_RADIUS),
            edges=keypoint_edges(s, n),
            draw_order=s.draw_order(f"Points{dim}D"),
        )
    ]


def keypoint_edges(s: Scene, n: int) -> str | None:
    """Index pairs of points joined by the annotation context's keypoint connections."""
    kp = s.comps.get("KeypointId")
    if kp is None or len(kp.batch) == 0 or s.annotations is None:
        return None
    ctx = s.annotations
    cls = s.comps.get("ClassId")
    kp_ids = per_instance(uints(kp.batch, np.int64), n)
    class_ids = per_instance(uints(cls.batch, np.int64), n) if cls is not None and len(cls.batch) else np.zeros(n, np.int64)
    pairs = []
    for c in np.unique(class_ids).tolist():
        conns = ctx.keypoint_connections(c)
        if len(conns) == 0:
            continue
        members = np.flatnonzero(class_ids == c)
        index_of = dict(zip(kp_ids[members].tolist(), members.tolist()))
        for a, b in conns.tolist():
            if a in index_of and b in index_of:
                pairs.append((index_of[a], index_of[b]))
    if not pairs:
        return None
    return s.q.arrays.key(f"{kp.row_id.hex()}/KeypointId@{_annotation_tag(ctx)}/edges", lambda: np.array(pairs, np.uint32))


def boxes(s: Scene, dim: int) -> list[Any]:
    res = s.comps.get(f"HalfSize{dim}D")
    if res is None or len(res.batch) == 0:
        return []
    n = len(res.batch)
    rotations = s.comps.get("Rotation3D") if dim == 3 else None
    return [
        P.BoxesDrawable(
            kind="boxes",
            **s.base(),
            dim=dim,
            half_sizes=s.key(f"HalfSize{dim}D", lambda: vectors(res.batch, dim)),
            centers=s.instance_vectors(f"Position{dim}D", dim, n),
            rotations=None
            if rotations is None
            else s.key("Rotation3D", lambda: per_instance(rotation_matrices(rotations.batch).reshape(-1, 9), n).astype(np.float32), f"/n{n}"),
            **s.style(n, LINE_RADIUS),
            draw_order=s.draw_order(f"Boxes{dim}D"),
        )
    ]


def arrows(s: Scene, dim: int) -> list[Any]:
    res = s.comps.get(f"Vector{dim}D")
    if res is None or len(res.batch) == 0:
        return []
    n = len(res.batch)
    return [
        P.ArrowsDrawable(
            kind="arrows",
            **s.base(),
            dim=dim,
            vectors=s.key(f"Vector{dim}D", lambda: vectors(res.batch, dim)),
            origins=s.instance_vectors(f"Position{dim}D", dim, n),
            **s.style(n, LINE_RADIUS),
            draw_order=s.draw_order(f"Arrows{dim}D"),
        )
    ]


def lines(s: Scene, dim: int) -> list[Any]:
    res = s.comps.get(f"LineStrip{dim}D")
    if res is None or len(res.batch) == 0:
        return []
    n = len(res.batch)
    decoded: list[tuple[np.ndarray, np.ndarray]] = []

    def part(i: int) -> np.ndarray:
        if not decoded:
            decoded.append(line_strips(res.batch, dim))
        return decoded[0][i]

    return [
        P.LinesDrawable(
            kind="lines",
            **s.base(),
            dim=dim,
            positions=s.key(f"LineStrip{dim}D", lambda: part(0), "/positions"),
            offsets=s.key(f"LineStrip{dim}D", lambda: part(1), "/offsets"),
            **s.style(n, LINE_RADIUS),
            draw_order=s.draw_order(f"LineStrips{dim}D"),
        )
    ]


def mesh(s: Scene) -> list[Any]:
    res = s.comps.get("Position3D")
    if res is None or len(res.batch) == 0:
        return []
    n = len(res.batch)
    c = s.comps
    # Rerun 0.17 draws a mesh without vertex colors or albedo factor white (its albedo multiplier's
    # default), not in the entity's color; shaded only when it has normals.
    default_color = list(MESH_COLOR)
    material = c.get("Material")
    if material is not None and len(material.batch) and material.batch[0].is_valid:
        albedo = material.batch.field("albedo_factor")[0].as_py()
        if albedo is not None:
            default_color = [int(x) for x in unpack_colors(np.array([albedo]))[0]]
    vertex_colors = None
    if "Color" in c and len(c["Color"].batch):
        vertex_colors = s.key("Color", lambda: per_instance(unpack_colors(uints(c["Color"].batch)), n), f"/n{n}")
    elif "ClassId" in c:
        vertex_colors, _ = s.colors(n)
    texture = c.get("TensorData")
    return [
        P.MeshDrawable(
            kind="mesh",
            **s.base(),
            positions=s.key("Position3D", lambda: vectors(res.batch, 3)),
            indices=None if "TriangleIndices" not in c else s.key("TriangleIndices", lambda: uints(c["TriangleIndices"].batch.flatten()).reshape(-1, 3)),
            normals=s.instance_vectors("Vector3D", 3, n),
            vertex_colors=vertex_colors,
            texcoords=s.instance_vectors("Texcoord2D", 2, n),
            albedo_texture=None if texture is None else s.key("TensorData", lambda: image_rgba(texture), "/rgba"),
            default_color=default_color,
        )
    ]


def asset(s: Scene) -> list[Any]:
    res = s.comps.get("Blob")
    if res is None or len(res.batch) == 0:
        return []
    base = s.base()
    base["world_from_entity"] = mat4(s.et.world_from_data())
    return [P.AssetDrawable(kind="asset", **base, blob=s.key("Blob", lambda: blob_bytes(res.batch)), media_type=first_text(s.comps.get("MediaType")))]


def camera(s: Scene) -> list[Any]:
    ph = s.et.pinhole
    if ph is None or ph.entity_path != s.entity:
        return []
    corners = ph.frustum_corners()
    return [
        P.CameraDrawable(
            kind="camera",
            entity=s.entity,
            world_from_entity=mat4(ph.world_from_camera),
            space="3d",
            image_from_camera=[float(x) for x in ph.image_from_camera.reshape(9)],
            resolution=None if ph.resolution is None else [float(ph.resolution[0]), float(ph.resolution[1])],
            image_plane_distance=float(ph.image_plane_distance),
            image_plane_distance_auto="ImagePlaneDistance" not in s.comps,
            frustum=None if corners is None else [float(x) for x in corners.reshape(12)],
            default_color=CAMERA_COLOR,
        )
    ]


def axes(s: Scene) -> list[Any]:
    """A transform's axes, drawn only when it names their length (as Rerun 0.17 does)."""
    if s.et.pinhole is not None and s.et.pinhole.entity_path == s.entity:
        return []
    length = first_float(s.comps.get("AxisLength"), 0.0)
    if not length > 0.0:
        return []
    return [P.AxesDrawable(kind="axes", **s.base(), length=length)]


# -- images -----------------------------------------------------------------------------------------


def image_value_range(a: np.ndarray) -> tuple[float, float]:
    """The values shown as black..full color, by Rerun 0.17's heuristic on the finite value range.

    Floats all within 0..1 are 0..1; anything all within 0..255 is 0..255; a single value v is
    v-1..v+1; otherwise the range itself.
    """
    finite = a[np.isfinite(a)] if a.dtype.kind == "f" else a
    if finite.size == 0:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if a.dtype.kind == "f" and 0.0 <= lo and hi <= 1.0:
        return 0.0, 1.0
    if 0.0 <= lo and hi <= 255.0:
        return 0.0, 255.0
    if lo == hi:
        return lo - 1.0, hi + 1.0
    return lo, hi


def image_pixels(res: LatestAtResult) -> np.ndarray:
    """A color or gray image tensor as the page uploads it: u8 (h, w, 1), (h, w, 3) or (h, w, 4).

    u8 gray, RGB and RGBA tensors are passed on as they are (no copy, no channel added: the page
    uploads them as one-channel textures shown gray, RGB or RGBA textures); other dtypes are
    scaled to u8 by `image_value_range`.
    """
    t = tensor(res.batch)
    if t is None:
        return np.zeros((0, 0, 3), np.uint8)
    a = _hw_c(t.array)
    if a.dtype == np.uint8:
        u8 = a
    else:
        lo, hi = image_value_range(a)
        scaled = (np.nan_to_num(a.astype(np.float64)) - lo) * (255.0 / (hi - lo))
        u8 = np.clip(scaled, 0.0, 255.0).round().astype(np.uint8)
    return u8[:, :, :4]


def image_rgba(res: LatestAtResult) -> np.ndarray:
    """Any color or gray image tensor -> (h, w, 4) uint8; see `image_value_range` for non-u8 values."""
    pixels = image_pixels(res)
    if pixels.shape[2] == 4:
        return pixels
    out = np.empty((*pixels.shape[:2], 4), np.uint8)
    out[:, :, :3] = pixels
    out[:, :, 3] = 255
    return out


def _hw_c(a: np.ndarray) -> np.ndarray:
    """An image array as (h, w, channels), unit dimensions dropped."""
    core = [s for s in a.shape if s != 1] or [1, 1]
    if len(core) == 1:
        core = [1, core[0]]
    if len(core) == 2:
        return a.reshape(core[0], core[1], 1)
    if len(core) == 3 and core[2] in (3, 4):
        return a.reshape(core)
    return a.reshape(core[0], core[1], -1)[:, :, :1]


def _depth_meters(s: Scene) -> tuple[np.ndarray, float] | None:
    res = s.comps["TensorData"]
    t = tensor(res.batch)
    if t is None:
        return None
    raw = _hw_c(t.array)[:, :, 0]
    meter = first_float(s.comps.get("DepthMeter"), 1.0 if raw.dtype.kind == "f" else 1000.0)
    return raw.astype(np.float32) / np.float32(meter or 1.0), meter


def image(s: Scene, kind: str) -> list[Any]:
    res = s.comps.get("TensorData")
    if res is None or len(res.batch) == 0:
        return []
    t = tensor(res.batch)
    if t is None:
        return []
    h, w = _hw_c(t.array).shape[:2]
    values = None
    if kind == "image":
        pixels = s.key("TensorData", lambda: image_pixels(res), "/pixels")
        opacity = first_float(s.comps.get("Opacity"), 1.0)
        order = s.draw_order("Image")
    elif kind == "depth":
        cmap = enum_name(s.comps.get("Colormap"), T.COLORMAP_VARIANTS) or "Turbo"
        meter = first_float(s.comps.get("DepthMeter"), 0.0)

        def depth_rgba() -> np.ndarray:
            d = _depth_meters(s)
            if d is None:
                return np.zeros((h, w, 4), np.uint8)
            m = d[0]
            finite = m[np.isfinite(m) & (m > 0)]
            return colormaps.apply(m, cmap, 0.0, float(finite.max()) if finite.size else 1.0)

        pixels = s.key("TensorData", depth_rgba, f"/depth@{meter}:{cmap}")
        values = s.key("TensorData", lambda: _depth_meters(s)[0], f"/meters@{meter}")  # type: ignore[index]
        opacity = 1.0
        order = s.draw_order("DepthImage")
    else:
        ctx = s.annotations
        pixels = s.key("TensorData", lambda: segmentation_rgba(res, ctx), f"/seg@{_annotation_tag(ctx)}")
        values = s.key("TensorData", lambda: _hw_c(tensor(res.batch).array)[:, :, 0].astype(np.uint16), "/classes")  # type: ignore[union-attr]
        opacity = first_float(s.comps.get("Opacity"), -1.0)  # -1: decided below (0.5 over other images)
        order = s.draw_order("SegmentationImage")
    return [
        P.ImageDrawable(
            kind=kind,  # type: ignore[arg-type]
            **s.base(),
            width=int(w),
            height=int(h),
            pixels=pixels,
            values=values,
            opacity=opacity,
            draw_order=order,
        )
    ]


def segmentation_rgba(res: LatestAtResult, ctx: AnnotationContext | None) -> np.ndarray:
    t = tensor(res.batch)
    if t is None:
        return np.zeros((0, 0, 4), np.uint8)
    ids = _hw_c(t.array)[:, :, 0].astype(np.int64)
    flat = ids.reshape(-1)
    uniq, inverse = np.unique(flat, return_inverse=True)
    # Classes without an annotated color get Rerun's automatic one; class 0 too, as Rerun 0.17 does.
    palette = auto_colors(uniq)
    if ctx is not None:
        packed, has, _ = ctx.lookup(uniq)
        palette = np.where(has[:, None], unpack_colors(packed), palette)
    return palette[inverse].reshape(ids.shape + (4,))


def depth_cloud(s: Scene) -> list[Any]:
    """A depth image under a pinhole, seen in 3D: one point per pixel with depth, in the camera frame."""
    res = s.comps.get("TensorData")
    ph = s.et.pinhole
    if res is None or ph is None or len(res.batch) == 0:
        return []
    cmap = enum_name(s.comps.get("Colormap"), T.COLORMAP_VARIANTS) or "Turbo"
    fill = first_float(s.comps.get("FillRatio"), 1.0)
    meter = first_float(s.comps.get("DepthMeter"), 0.0)
    cam_key = f"{ph.entity_path}:{ph.image_from_camera.tobytes().hex()}:{ph.camera_xyz.tobytes().hex()}"
    suffix = f"/cloud@{meter}:{cmap}:{fill}:{cam_key}"
    cloud: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def build(i: int) -> np.ndarray:
        if not cloud:
            cloud.append(_backproject(s, ph, cmap, fill))
        return cloud[0][i]

    return [
        P.PointsDrawable(
            kind="points",
            entity=s.entity,
            world_from_entity=mat4(ph.world_from_camera),
            space="3d",
            dim=3,
            positions=s.key("TensorData", lambda: build(0), suffix + "/positions"),
            colors=s.key("TensorData", lambda: build(1), suffix + "/colors"),
            default_color=entity_color(s.entity),
            radii=s.key("TensorData", lambda: build(2), suffix + "/radii"),
            default_radius=POINT_RADIUS,
            labels=None,
            edges=None,
            draw_order=0.0,
        )
    ]


def _backproject(s: Scene, ph: Any, cmap: str, fill: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    d = _depth_meters(s)
    if d is None:
        return np.zeros((0, 3), np.float32), np.zeros((0, 4), np.uint8), np.zeros(0, np.float32)
    depth = d[0]
    v, u = np.nonzero(np.isfinite(depth) & (depth > 0))
    z = depth[v, u].astype(np.float64)
    k = ph.image_from_camera
    fx, fy, cx, cy = k[0, 0] or 1.0, k[1, 1] or 1.0, k[0, 2], k[1, 2]
    rdf = np.column_stack([(u + 0.5 - cx) / fx * z, (v + 0.5 - cy) / fy * z, z])
    pos = rdf @ xyz_from_rdf(ph.camera_xyz).T
    colors = colormaps.apply(z, cmap, 0.0, float(z.max()) if z.size else 1.0)
    radii = (z / fx * 0.5 * fill).astype(np.float32)
    return pos.astype(np.float32), colors, radii


# -- the payload --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Visualizer:
    """One of Rerun 0.17's spatial visualizers: its name (as `rrb.visualizers` spells it), the
    archetype that indicates it, the component an entity needs for it to apply, and what it draws."""

    name: str
    archetype: str
    required: str
    draw: Callable[[Scene], list[Any]]


_ARCHETYPES_3D: list[Visualizer] = [
    Visualizer("Points3D", "Points3D", "Position3D", lambda s: points(s, 3)),
    Visualizer("Boxes3D", "Boxes3D", "HalfSize3D", lambda s: boxes(s, 3)),
    Visualizer("Arrows3D", "Arrows3D", "Vector3D", lambda s: arrows(s, 3)),
    Visualizer("Lines3D", "LineStrips3D", "LineStrip3D", lambda s: lines(s, 3)),
    Visualizer("Mesh3D", "Mesh3D", "Position3D", mesh),
    Visualizer("Asset3D", "Asset3D", "Blob", asset),
    Visualizer("Transform3DArrows", "Transform3D", "Transform3D", axes),
]
_ARCHETYPES_2D: list[Visualizer] = [
    Visualizer("Image", "Image", "TensorData", lambda s: image(s, "image")),
    Visualizer("SegmentationImage", "SegmentationImage", "TensorData", lambda s: image(s, "segmentation")),
    Visualizer("DepthImage", "DepthImage", "TensorData", lambda s: image(s, "depth")),
    Visualizer("Points2D", "Points2D", "Position2D", lambda s: points(s, 2)),
    Visualizer("Boxes2D", "Boxes2D", "HalfSize2D", lambda s: boxes(s, 2)),
    Visualizer("Arrows2D", "Arrows2D", "Vector2D", lambda s: arrows(s, 2)),
    Visualizer("Lines2D", "LineStrips2D", "LineStrip2D", lambda s: lines(s, 2)),
]

#: 2D content seen from a 3D view through a pinhole: depth images become point clouds.
_ARCHETYPES_UNDER_PINHOLE = [dataclasses.replace(v, draw=depth_cloud) if v.name == "DepthImage" else v for v in _ARCHETYPES_2D]


def _visualize(s: Scene, visualizers: list[Visualizer]) -> list[Any]:
    """The drawables of the entity's visualizers among `visualizers`, in that order.

    Those its archetypes indicate; or, when the view's blueprint names the entity's visualizers
    (`VisualizerOverrides`), exactly those of them that apply (the entity has their required
    component), as in Rerun 0.17, e.g. a Boxes2D entity's centers drawn as points too.
    """
    chosen = s.q.blueprint.visualizers.get(s.entity)
    if chosen is None:
        return [d for v in visualizers if has_archetype(s.comps, v.archetype) for d in v.draw(s)]
    return [d for v in visualizers if v.name in chosen and v.required in s.comps for d in v.draw(s)]


def _entity_drawables(s: Scene, kind: str) -> list[Any]:
    """What one entity draws in a view of `kind` ("3D" or "2D")."""
    et = s.et
    if kind == "3D":
        if et.space == SpaceKind.SPACE_3D:
            return _visualize(s, _ARCHETYPES_3D)
        if et.space == SpaceKind.PINHOLE_2D:
            chosen = s.q.blueprint.visualizers.get(et.entity_path)
            out = camera(s) if (has_archetype(s.comps, "Pinhole") if chosen is None else "Cameras" in chosen) else []
            return out + _visualize(s, _ARCHETYPES_UNDER_PINHOLE)
        return _visualize(s, _ARCHETYPES_2D)  # a 3D view rooted inside a pinhole: 2D content, drawn flat
    if et.space != SpaceKind.PINHOLE_2D:
        return _visualize(s, _ARCHETYPES_2D)
    return []


# -- points of many entities in one drawable ----------------------------------------------------------
#
# A big scene is mostly small, plain point clouds (10,000 entities of 10 points each). One drawable
# per entity costs the server a Python object, a key and an encoding per entity and answer; instead
# the plain ones (`_batch_dim`) go into one `PointsBatchDrawable` per space and dimension: their
# instances concatenated with numpy, per-entity offsets and one matrix per distinct transform. The
# page expands it into the per-entity points drawables it would otherwise have received, so what is
# drawn, picked and selected is the same. Each entity's arrays are kept while its rows are the same
# (the batched latest-at hands back the very same answer object), so an answer where a tenth of the
# scene changed decodes a tenth of it. Small scenes keep one drawable per entity.

#: Fewer plain points entities than this in a view: one drawable per entity, as for other kinds.
BATCH_MIN_ENTITIES = 64
#: Entities per batch drawable: a step that changes a few entities of a big scene sends again only
#: the blocks holding them (the page draws all blocks in one draw call per material anyway).
BATCH_BLOCK = 1024
_BATCHABLE_3D = frozenset({"Position3D", "Color", "Radius", "Points3DIndicator"})
_BATCHABLE_2D = frozenset({"Position2D", "Color", "Radius", "Points2DIndicator"})


def _batch_dim(q: ViewQuery, kind: str, et: EntityTransform, comps: Comps) -> int:
    """2 or 3 when the entity draws exactly what a points batch holds in a view of `kind`, else 0.

    Plain points only: no labels, class or keypoint ids (annotation contexts), draw order or other
    archetype, no visualizer override, placed by its own matrix alone (no pinhole, no out-of-tree
    transform).
    """
    if et.pinhole is not None or et.out_of_tree is not None or et.entity_path in q.blueprint.visualizers:
        return 0
    if kind == "3D":
        if et.space != SpaceKind.SPACE_3D or "Points3DIndicator" not in comps or not _BATCHABLE_3D.issuperset(comps):
            return 0
        return 3
    if et.space == SpaceKind.PINHOLE_2D or "Points2DIndicator" not in comps or not _BATCHABLE_2D.issuperset(comps):
        return 0
    return 2


def _child_values(child: Any, dim: int) -> np.ndarray | None:
    """The values of a list column's child as numpy ((k, dim) for fixed-size lists of `dim`,
    else (k,)), or None when it has nulls or another layout."""
    if child.null_count:
        return None
    if dim:
        if not isinstance(child, pa.FixedSizeListArray) or child.type.list_size != dim:
            return None
        flat = child.flatten()
        if flat.null_count:
            return None
        return np.asarray(flat.to_numpy(zero_copy_only=False)).reshape(-1, dim)
    if pa.types.is_string(child.type) or pa.types.is_large_string(child.type):
        return np.asarray(child.to_numpy(zero_copy_only=False), object)
    if not pa.types.is_primitive(child.type):
        return None
    return np.asarray(child.to_numpy(zero_copy_only=False))


_Parent = tuple[Any, np.ndarray | None, np.ndarray]


class _Columns:
    """Numpy views of the chunk columns the batched entities' rows live in.

    The store keeps the rows of many small entities in slices of shared Arrow arrays (the SDK's
    pack frames, compacted runs): each distinct array is converted once, keyed by its buffers, and
    an entity's batch is a slice of it, not a conversion of its own. Kept between answers.
    """

    def __init__(self, before: tuple[dict[tuple[int, ...], _Parent], dict[int, tuple[Any, _Parent | None]]]) -> None:
        self.before, self.before_columns = before
        self.used: dict[tuple[int, ...], _Parent] = {}
        #: id(column) -> (the column, its parent entry or None): an entity's chunk column is
        #: usually the one it had at the last step (a run of its rows), found without Arrow calls.
        self.columns: dict[int, tuple[Any, _Parent | None]] = {}

    def kept(self) -> tuple[dict[tuple[int, ...], _Parent], dict[int, tuple[Any, _Parent | None]]]:
        """What the next answer starts from: the arrays and columns this one used."""
        return self.used, self.columns

    def batch(self, res: LatestAtResult, dim: int) -> np.ndarray | None:
        """The component batch of `res` as numpy (see `_child_values`), or None (decode it alone)."""
        column = res._column
        hit = self.columns.get(id(column))
        if hit is None:
            hit = self.before_columns.get(id(column))
            if hit is None or hit[0] is not column:  # (the id of a column since freed)
                hit = (column, self._parent(column, dim))
            self.columns[id(column)] = hit
        parent = hit[1]
        if parent is None or parent[1] is None:
            return None
        at = column.offset + res._row
        offsets = parent[2]
        return parent[1][offsets[at] : offsets[at + 1]]

    def _parent(self, column: Any, dim: int) -> _Parent | None:
        if type(column) is not pa.ListArray or column.null_count:
            return None
        buffers = column.buffers()
        if buffers[1] is None or buffers[-1] is None:
            return None
        child = column.values  # the whole child array: the offsets of a slice index into it
        key = (buffers[1].address, buffers[-1].address, child.offset, len(child), dim)
        parent = self.used.get(key)
        if parent is None:
            parent = self.before.get(key)
            if parent is None:
                # `child` is kept with its arrays: the buffers stay alive, so their addresses
                # cannot name another array while this entry exists.
                parent = (child, _child_values(child, dim), np.frombuffer(buffers[1], np.int32))
            self.used[key] = parent
        return parent


@dataclass(slots=True)
class _BatchPart:
    """One batched entity's instances, as `points` resolves them for one entity: a single color or
    radius for all (packed 0xRRGGBBAA, float), or one per instance (the last one repeated when too
    few)."""

    comps: Comps
    #: Names the entity and its rows (hash of its path; row ids of its positions, indicator,
    #: colors and radii): batches of the same tokens (and matrices) are the same.
    token: tuple[int, list[tuple[int, int]]]
    positions: np.ndarray | None  # f32 [n, dim]; None: nothing to draw
    color: int
    colors: np.ndarray | None  # u8 [n, 4]
    radius: float
    radii: np.ndarray | None  # f32 [n]


@functools.lru_cache(maxsize=4)
def _token_names(dim: int) -> tuple[str, ...]:
    """The components whose rows name a batched entity's content, in the order a block's key digests them."""
    return (f"Position{dim}D", f"Points{dim}DIndicator", "Color", "Radius")


def _row_id_halves(res: LatestAtResult | None) -> tuple[int, int]:
    return (0, 0) if res is None else (res._hi, res._lo)


def _batch_part(entity: str, comps: Comps, dim: int, columns: _Columns) -> _BatchPart:
    token = (hash(entity), [_row_id_halves(comps.get(name)) for name in _token_names(dim)])
    res = comps.get(f"Position{dim}D")
    positions = None if res is None else columns.batch(res, dim)
    if positions is None and res is not None:
        positions = vectors(res.batch, dim)
    if positions is None or len(positions) == 0:
        return _BatchPart(comps, token, None, 0, None, 0.0, None)
    positions = positions if positions.dtype == np.float32 else positions.astype(np.float32)
    n = len(positions)
    r, g, b, a = entity_color(entity)
    color, colors = (r << 24) | (g << 16) | (b << 8) | a, None
    found = comps.get("Color")
    if found is not None:
        packed = columns.batch(found, 0)
        if packed is None:
            packed = uints(found.batch)
        if len(packed) == 1 or (len(packed) and n <= 1):
            color = int(packed[0])
        elif len(packed):
            colors = per_instance(unpack_colors(packed), n)
    radius, radii = POINT_RADIUS, None
    found = comps.get("Radius")
    if found is not None:
        values = columns.batch(found, 0)
        if values is None:
            values = floats(found.batch)
        if len(values) == 1:
            radius = float(values[0])
        elif len(values):
            radii = per_instance(np.asarray(values, np.float32), n)
    return _BatchPart(comps, token, positions, color, colors, radius, radii)


class _PointsBatches:
    """The batched points entities of one answer, per (space, dim), in the order they came."""

    def __init__(self, q: ViewQuery, cache: _DrawableCache | None) -> None:
        self.q = q
        self.cache = cache
        self.parts: dict[str, _BatchPart] = {} if cache is None else cache.batch_parts
        self.columns = _Columns(({}, {}) if cache is None else cache.columns)
        self.seen: dict[str, _BatchPart] = {}
        self.groups: dict[tuple[str, int], tuple[list[str], list[EntityTransform], list[_BatchPart]]] = {}

    def add(self, et: EntityTransform, comps: Comps, dim: int) -> None:
        entity = et.entity_path
        part = self.parts.get(entity)
        if part is None or part.comps is not comps:  # new rows (or first seen)
            part = _batch_part(entity, comps, dim, self.columns)
        self.seen[entity] = part
        if part.positions is None:
            return
        group = self.groups.get((et.space.value, dim))
        if group is None:
            group = self.groups[(et.space.value, dim)] = ([], [], [])
        group[0].append(entity)
        group[1].append(et)
        group[2].append(part)

    def drawables(self) -> list[tuple[tuple[str, int], Any, str]]:
        """(group, drawable, key) per block of each (space, dim) group, in order; keeps the parts
        seen for the next answer."""
        if self.cache is not None:
            self.cache.batch_parts = self.seen
            self.cache.columns = self.columns.kept()
        previous = {} if self.cache is None else self.cache.batches
        out: list[tuple[tuple[str, int], Any, str]] = []
        made: dict[tuple[str, int, int], tuple[list[str], list[Any], list[Any], Any, str]] = {}
        for (space, dim), (all_entities, all_ets, all_parts) in self.groups.items():
            for start in range(0, len(all_entities), BATCH_BLOCK):
                block = (space, dim, start)
                entities = all_entities[start : start + BATCH_BLOCK]
                ets = all_ets[start : start + BATCH_BLOCK]
                parts = all_parts[start : start + BATCH_BLOCK]
                before = previous.get(block)
                if (
                    before is not None
                    and before[0] == entities
                    and all(a is b for a, b in zip(before[1], ets))  # placed as before (`resolve_transforms` memo)
                    and all(a is b for a, b in zip(before[2], parts))  # the same rows
                    and self.q.arrays.has_all(_batch_array_keys(before[3]))
                ):
                    made[block] = before
                    out.append(((space, dim), before[3], before[4]))
                    continue
                drawable, key = self._make(space, dim, entities, ets, parts)
                made[block] = (entities, ets, parts, drawable, key)
                out.append(((space, dim), drawable, key))
        if self.cache is not None:
            self.cache.batches = made
        return out

    def _make(self, space: str, dim: int, entities: list[str], ets: list[EntityTransform], parts: list[_BatchPart]) -> tuple[P.PointsBatchDrawable, str]:
        """The batch and its key: a digest of its entities, their rows and matrices, so that the
        same scene again (scrubbing back) has the same key and array keys, which a page that has
        them is not sent again."""
        # One row per distinct matrix (the entities of a transform group share their group's).
        row_of: dict[int, int] = {}
        matrices: list[np.ndarray] = []
        index = np.empty(len(ets), np.uint32)
        for i, et in enumerate(ets):
            m = et.world_from_entity
            row = row_of.get(id(m))
            if row is None:
                row = row_of[id(m)] = len(matrices)
                matrices.append(m)
            index[i] = row
        positions = [p.positions for p in parts]
        counts = np.fromiter(map(len, positions), np.int64, len(parts))  # type: ignore[arg-type]
        offsets = np.zeros(len(parts) + 1, np.int64)
        np.cumsum(counts, out=offsets[1:])
        stacked = np.asarray(matrices, np.float64).transpose(0, 2, 1).reshape(-1, 16)  # column-major, as `mat4`

        def per_instance_values(scalars: Callable[[_BatchPart], Any], arrays: Callable[[_BatchPart], np.ndarray | None], dtype: Any) -> np.ndarray:
            # Every entity's single value repeated over its instances, then the entities with a
            # value per instance written over their range.
            out = np.repeat(np.fromiter(map(scalars, parts), dtype, len(parts)), counts)
            for i, p in enumerate(parts):
                own = arrays(p)
                if own is not None:
                    out[offsets[i] : offsets[i + 1]] = own
            return out

        def colors() -> np.ndarray:
            out = unpack_colors(np.repeat(np.fromiter((p.color for p in parts), np.uint32, len(parts)), counts))
            for i, p in enumerate(parts):
                if p.colors is not None:
                    out[offsets[i] : offsets[i + 1]] = p.colors
            return out

        tag = _block_tag(
            space,
            dim,
            np.fromiter((p.token[0] for p in parts), np.int64, len(parts)),
            np.array([p.token[1] for p in parts], np.uint64).reshape(len(parts), 4, 2),
            index,
            stacked,
        )
        arrays = self.q.arrays
        drawable = P.PointsBatchDrawable(
            kind="points_batch",
            space=space,  # type: ignore[arg-type]
            dim=dim,
            entities=entities,
            offsets=arrays.key(f"{tag}/offsets", lambda: offsets.astype(np.uint32)),
            matrices=arrays.key(f"{tag}/matrices", lambda: np.ascontiguousarray(stacked)),
            matrix_index=arrays.key(f"{tag}/matrix_index", lambda: index),
            positions=arrays.key(f"{tag}/positions", lambda: np.concatenate(positions)),  # type: ignore[arg-type]
            colors=arrays.key(f"{tag}/colors", colors),
            radii=arrays.key(f"{tag}/radii", lambda: per_instance_values(lambda p: p.radius, lambda p: p.radii, np.float32)),
            draw_order=DRAW_ORDER.get(f"Points{dim}D", 0.0),
        )
        return drawable, f"{tag}.0"


def _block_tag(space: str, dim: int, hashes: np.ndarray, row_ids: np.ndarray, index: np.ndarray, matrices: np.ndarray, of: str = "points") -> str:
    """A batch block's key: a digest of its entities (their paths' hashes), their rows (row ids of
    `_token_names` for points, of `_TableKind.components` for the others, (E, k, 2) uint64, zero when
    absent) and matrices (the distinct ones, in the order their entities come, and each entity's
    index into them). Both ways of making points blocks digest the same, so a block has one key
    however it was made."""
    digest = hashlib.blake2b(repr((space, dim) if of == "points" else (space, dim, of)).encode(), digest_size=8)
    digest.update(np.ascontiguousarray(hashes, np.int64).data)  # (the buffer itself, not a copy)
    digest.update(np.ascontiguousarray(row_ids, np.uint64).data)
    digest.update(np.ascontiguousarray(index, np.uint32).data)
    digest.update(np.ascontiguousarray(matrices, np.float64).data)
    return f"b{digest.hexdigest()}"


def _batch_array_keys(d: P.PointsBatchDrawable | P.InstancesBatchDrawable) -> list[str]:
    if isinstance(d, P.InstancesBatchDrawable):
        values = [
            k for k in (d.half_sizes, d.centers, d.vectors, d.origins, d.positions, d.strip_offsets, d.label_text, d.label_ends, d.label_offsets, d.edges, d.edge_offsets) if k is not None
        ]  # fmt: skip
        return [d.offsets, d.matrices, d.matrix_index, *values, d.colors, d.radii]
    return [d.offsets, d.matrices, d.matrix_index, d.positions, d.colors, d.radii]


# -- plain points, boxes and arrows straight from the latest-at table ----------------------------------
#
# Once a store has settled, its batched latest-at runs on the timeline's `LatestAtTable`: every
# index's answer at a time is one position in the table's arrays. The plain entities of a big scene
# (points, boxes and arrows with nothing but their instances, extra vectors, colors and radii:
# `_TableKind`) are answered from those positions directly: which entities show other rows than at
# the last answer, where their values are (a range of a numpy view of the chunk column they live in,
# found once per table for every row), and the blocks' arrays are numpy operations over all entities
# at once. No result object, dict or Python step is made per entity; a block none of whose entities
# changed row or matrix is the last answer's, as it was. Entities the table does not decide alone
# (clears, static data, long indexes) and everything else go the general way.

_COMPONENT = "rerun.components."


class _ColumnMemo:
    """Chunk column -> the shared array its cells are ranges of, kept across tables: a new table
    (the store got more data) looks up only its new columns. What the last table used is kept."""

    def __init__(self) -> None:
        self.table: Any = None
        self.columns: dict[int, tuple[Any, _Parent | None]] = {}
        self.parents: dict[tuple[int, ...], _Parent] = {}
        self.columns_before: dict[int, tuple[Any, _Parent | None]] = {}
        self.parents_before: dict[tuple[int, ...], _Parent] = {}

    def use(self, table: Any) -> None:
        if table is not self.table:
            self.table = table
            self.columns_before, self.parents_before = self.columns, self.parents
            self.columns, self.parents = {}, {}


#: Parents (shared child arrays) of at most this many values are also copied into one pool per
#: table and component, so that rows of many small parents (the compacted chunk of each entity
#: of a loaded recording) are gathered in one step; bigger ones are gathered parent by parent.
_POOLED_VALUES = 1 << 16


class _CellSources:
    """Where the values of one component's rows of a table are, as numpy: row r's values are
    `parents[code[r]][start[r]:stop[r]]`. Found for the rows asked (`ensure`), once per table: a
    step costs only the rows it shows that no earlier step of this table showed."""

    def __init__(self, table: Any, dim: int, memo: _ColumnMemo, strips: bool = False) -> None:
        n = len(table.times)
        self.table, self.dim, self.memo, self.strips = table, dim, memo, strips
        #: Line strips (`strips`): a row's values are its strips, each an int64 range [start, stop)
        #: of `vertices` (f32 [k, dim]), where every parent's vertices are copied once, end to end.
        self.vertices = np.empty((0, dim), np.float32)
        self.vertices_n = 0
        self.parents: list[np.ndarray] = []
        self._code_of: dict[int, tuple[Any, int]] = {}  # id(parent entry) -> (the entry, its code)
        #: How many tables in a row these were carried over to (`carried`).
        self.carries = 0
        self.code = np.full(n, -1, np.int64)  # -1: not found yet
        self.start = np.zeros(n, np.int64)
        self.stop = np.zeros(n, np.int64)
        #: `code`, `start` and `stop` are views of these buffers (with room to append, when
        #: carried to a table appended to); rows below `_shared_below` are also read by the cell
        #: sources of an older table sharing the buffers: writing one of them copies them first.
        self._rows_buffers = (self.code, self.start, self.stop)
        self._owns_rows = True
        self._shared_below = 0
        # Chunk columns seen (by id; the table keeps them alive), sorted, with their parent code
        # (-1: not a plain list of plain values) and offset: rows of known columns are found
        # without a Python step each.
        self._col_ids = np.empty(0, np.int64)
        self._col_code = np.empty(0, np.int64)
        self._col_offset = np.empty(0, np.int64)
        # Per parent code: its offsets (int64) end to end, and where each parent's start.
        self._offsets_pool = np.empty(0, np.int64)
        self._offsets_base = np.empty(0, np.int64)
        #: Small parents' values end to end (`_POOLED_VALUES`), and per parent code where its
        #: values start there (-1: not pooled).
        self.pool: np.ndarray | None = None
        self.pool_n = 0
        self.pool_base = np.empty(0, np.int64)
        self._pending: list[tuple[np.ndarray, np.ndarray]] = []
        #: Whether `pool` and `vertices` are this one's to append to in place: cell sources
        #: carried to the next table share them (each reads only below its own fill mark), and
        #: the newest one appends; an older one that must append copies them first.
        self._owns_arrays = True
        # The views of several pages (threads) share a table and its cell sources.
        self._lock = threading.Lock()

    def carried(self, table: Any) -> _CellSources:
        """The cell sources of `table`, made from `self.table` (`LatestAtTable.updated`): what was
        found for the rows it took over holds (the same cells), the rows copied anew are not found yet."""
        with self._lock:
            if self.carries >= _MAX_CARRIES:
                return _CellSources(table, self.dim, self.memo, self.strips)
            new = _CellSources.__new__(_CellSources)
            new.__dict__.update(self.__dict__)
            new.table = table
            new.carries = self.carries + 1
            # Chunk columns are known by id while a table keeps them alive: not across tables.
            new._col_ids, new._col_code, new._col_offset = (np.empty(0, np.int64) for _ in range(3))
            # Rows below `kept_prefix` are the same rows at the same places (a table appended
            # to: all but the new rows): their findings hold as they are, in the same buffers
            # while this one is the newest (only rows past it, none of this one's, are written);
            # the others looked up one by one.
            prefix = min(table.kept_prefix, len(self.code))
            n = len(table.times)
            source = table.from_previous[prefix:]
            if prefix == len(self.code) and self._owns_rows and not (source >= 0).any():
                buffers = self._rows_buffers
                if len(buffers[0]) < n:
                    capacity = max(n + n // 2, 1024)
                    buffers = tuple(np.empty(capacity, np.int64) for _ in range(3))  # type: ignore[assignment]
                    for grown, old in zip(buffers, (self.code, self.start, self.stop)):
                        grown[:prefix] = old
                    new._shared_below = 0
                else:
                    new._shared_below = prefix
                code, start, stop = buffers
                code[prefix:n], start[prefix:n], stop[prefix:n] = -1, 0, 0
                new.code, new.start, new.stop = code[:n], start[:n], stop[:n]
                new._rows_buffers = buffers
                self._owns_rows, self._shared_below = False, len(self.code)
            else:
                kept = source >= 0
                at = np.maximum(source, 0)
                new.code = np.concatenate([self.code[:prefix], np.where(kept, self.code[at], -1)])
                new.start = np.concatenate([self.start[:prefix], np.where(kept, self.start[at], 0)])
                new.stop = np.concatenate([self.stop[:prefix], np.where(kept, self.stop[at], 0)])
                new._rows_buffers, new._shared_below = (new.code, new.start, new.stop), 0
            new._owns_rows = True
            # Appended to in place: each table its own (the old one may still be read).
            new.parents = list(self.parents)
            new._code_of = dict(self._code_of)
            # (Shared, not copied: see `_owns_arrays`.)
            new._owns_arrays, self._owns_arrays = self._owns_arrays, False
            new._pending = []
            new._lock = threading.Lock()
            return new

    def ensure(self, rows: np.ndarray) -> None:
        """Find the values of the given flat rows (all of this component) not found yet."""
        if not (self.code[rows] < 0).any():
            return
        with self._lock:
            todo = rows[self.code[rows] < 0]
            if len(todo):
                self._find(np.unique(todo))

    def _own_rows(self) -> None:
        """Make `code`, `start` and `stop` this one's own before writing a row another reads."""
        self.code, self.start, self.stop = self.code.copy(), self.start.copy(), self.stop.copy()
        self._rows_buffers, self._owns_rows, self._shared_below = (self.code, self.start, self.stop), True, 0

    def _find(self, todo: np.ndarray) -> None:
        table = self.table
        if todo[0] < self._shared_below:  # (`todo` is sorted)
            self._own_rows()
        ids = np.fromiter(map(id, table.columns[todo]), np.int64, len(todo))
        at = np.minimum(np.searchsorted(self._col_ids, ids), max(len(self._col_ids) - 1, 0))
        known = (self._col_ids[at] == ids) if len(self._col_ids) else np.zeros(len(ids), bool)
        if not known.all():
            self._learn_columns(todo[~known], ids[~known])
            self._flush()
            at = np.searchsorted(self._col_ids, ids)
        pc = self._col_code[at]
        ok = pc >= 0
        if ok.any():
            base = self._col_offset[at][ok] + table.meta["row"][todo[ok]]
            pc_ok = pc[ok]
            at_ = self._offsets_base[pc_ok] + base
            r = todo[ok]
            self.code[r], self.start[r], self.stop[r] = pc_ok, self._offsets_pool[at_], self._offsets_pool[at_ + 1]
        for r in todo[~ok].tolist():
            cell = table.columns[r][int(table.meta["row"][r])].values
            if self.strips:
                vertices, strip_offsets = line_strips(cell, self.dim)
                values = np.stack([strip_offsets[:-1], strip_offsets[1:]], axis=1).astype(np.int64)
                code = self._add_parent(values, np.array([0, len(values)], np.int64), vertices)
            else:
                values = _decode_cell(cell, self.dim)
                code = self._add_parent(values, np.array([0, len(values)], np.int64))
            self.code[r], self.start[r], self.stop[r] = code, 0, len(values)
        self._flush()

    def _learn_columns(self, rows: np.ndarray, ids: np.ndarray) -> None:
        """Where the cells of chunk columns not seen before are: slices of a few shared arrays (a
        stream's blocks) in those; those met by an earlier table (the memo) by their shared
        array; the others joined into one array in one Arrow call (a first
        answer after a load meets the 10,000 chunks of 10,000 entities), or a few Arrow calls each
        when they cannot be joined."""
        memo, dim = self.memo, self.dim
        cols = self.table.columns[rows]
        new_ids, first = np.unique(ids, return_index=True)
        codes = np.full(len(new_ids), -1, np.int64)
        offsets = np.zeros(len(new_ids), np.int64)
        now, before, code_of = memo.columns, memo.columns_before, self._code_of
        # A stream's new rows (columns never seen, slices of the few arrays of its blocks) are
        # placed in those first, all at once, not looked up in the memo one by one.
        firsts = first.tolist()
        everything = list(range(len(firsts)))
        shared = self._shared_parents([cols[at] for at in firsts], everything, codes, offsets) if len(firsts) > 1 else []
        unseen: list[int] = []
        for k in [k for k in everything if codes[k] < 0] if shared else everything:
            column = cols[firsts[k]]
            cid = id(column)
            hit = now.get(cid)
            if (hit is None or hit[0] is not column) and ((hit := before.get(cid)) is None or hit[0] is not column):
                unseen.append(k)
        joined = len(unseen) > 1 and self._join_columns([cols[first[k]] for k in unseen], unseen, codes, offsets)
        done = frozenset(shared) | (frozenset(unseen) if joined else frozenset())
        for k, at in enumerate(first.tolist() if len(done) < len(first) else ()):  # (all joined: none left)
            if k in done:
                continue
            column = cols[at]
            cid = id(column)
            hit = now.get(cid)
            if hit is None or hit[0] is not column:
                hit = before.get(cid)
                if hit is None or hit[0] is not column:  # (the id of a column since freed)
                    hit = (column, _column_parent(column, dim, memo, self.strips))
                now[cid] = hit
            parent = hit[1]
            if parent is None or parent[1] is None:
                continue
            known = code_of.get(id(parent))
            if known is not None and known[0] is parent:
                p = known[1]
            else:
                p = self._add_parent(parent[1], parent[2], parent[3] if self.strips else None)  # type: ignore[misc]
                code_of[id(parent)] = (parent, p)
            codes[k] = p
            offsets[k] = column.offset
        merged = np.concatenate([self._col_ids, new_ids])
        order = np.argsort(merged, kind="stable")
        self._col_ids = merged[order]
        self._col_code = np.concatenate([self._col_code, codes])[order]
        self._col_offset = np.concatenate([self._col_offset, offsets])[order]

    def _shared_parents(self, columns: list[Any], ks: list[int], codes: np.ndarray, offsets: np.ndarray) -> list[int]:
        """Columns that are slices of a few shared arrays (the chunks a stream's block of rows
        was cut into, one per entity: slices of the block's columns) placed in those, as
        `_column_parent` places one, a parent per shared array; returns the `ks` placed (none
        when the columns are not mostly slices of a few arrays: joining them is then cheaper)."""
        if set(map(type, columns)) != _LIST_ARRAY:  # (checked in C, not a Python step per column)
            return []
        groups: dict[tuple[int, int], list[int]] = {}
        for at, column in enumerate(columns):
            buffers = column.buffers()
            if buffers[1] is None or buffers[-1] is None:
                return []
            groups.setdefault((buffers[1].address, buffers[-1].address), []).append(at)
            if at == 63 and 8 * len(groups) > 64:  # (each its own array, as a loaded file's: known early)
                return []
        if 8 * len(groups) > len(columns):
            return []
        placed: list[int] = []
        for members in groups.values():
            parent = _column_parent(columns[members[0]], self.dim, self.memo, self.strips)
            if parent is None or parent[1] is None:
                continue
            known = self._code_of.get(id(parent))
            if known is not None and known[0] is parent:
                p = known[1]
            else:
                p = self._add_parent(parent[1], parent[2], parent[3] if self.strips else None)  # type: ignore[misc]
                self._code_of[id(parent)] = (parent, p)
            where = [ks[at] for at in members]
            codes[where] = p
            offsets[where] = np.fromiter(map(_OFFSET, map(columns.__getitem__, members)), np.int64, len(members))
            placed.extend(where)
        return placed

    def _join_columns(self, columns: list[Any], ks: list[int], codes: np.ndarray, offsets: np.ndarray) -> bool:
        """The columns as one parent (their cells end to end, a copy), each at its first cell's
        place in it; False when they cannot be joined (other types or layouts: nothing done)."""
        if any(type(c) is not pa.ListArray for c in columns):
            return False
        try:
            joined = pa.concat_arrays(columns)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            return False
        cell_offsets = np.asarray(joined.offsets.to_numpy(), np.int64)
        if self.strips:
            parent = _strips_parent(joined.values, self.dim, cell_offsets)
        else:
            parent = (joined.values, _child_values(joined.values, self.dim), cell_offsets)
        if parent[1] is None:
            return False
        code = self._add_parent(parent[1], cell_offsets, parent[3] if self.strips else None)  # type: ignore[misc]
        starts = np.zeros(len(columns), np.int64)
        np.cumsum(np.fromiter(map(len, columns), np.int64, len(columns))[:-1], out=starts[1:])
        codes[ks] = code
        offsets[ks] = starts
        return True

    def _add_parent(self, values: np.ndarray, offsets: np.ndarray, vertices: np.ndarray | None = None) -> int:
        """A new parent's code; its offsets and values join the pools at the next `_flush`. Line
        strips: `values` are ranges of the parent's own `vertices`, made ranges of `self.vertices`."""
        if vertices is not None:
            self._own_arrays()
            n = self.vertices_n
            if n + len(vertices) > len(self.vertices):
                grown = np.empty((max(2 * len(self.vertices), n + len(vertices), 1024), self.dim), np.float32)
                grown[:n] = self.vertices[:n]
                self.vertices = grown
            self.vertices[n : n + len(vertices)] = vertices
            self.vertices_n = n + len(vertices)
            values = values + n
        self.parents.append(values)
        self._pending.append((values, np.asarray(offsets, np.int64)))
        return len(self.parents) - 1

    def _own_arrays(self) -> None:
        """Make `pool` and `vertices` this one's own before appending to them in place."""
        if not self._owns_arrays:
            self.pool = None if self.pool is None else self.pool.copy()
            self.vertices = self.vertices.copy()
            self._owns_arrays = True

    def _flush(self) -> None:
        """Append the parents added since the last call to the pools, all at once."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        self._own_arrays()
        sizes = np.fromiter((len(o) for _, o in pending), np.int64, len(pending))
        starts = len(self._offsets_pool) + np.concatenate([[0], np.cumsum(sizes[:-1])])
        self._offsets_pool = np.concatenate([self._offsets_pool, *(o for _, o in pending)])
        self._offsets_base = np.concatenate([self._offsets_base, starts.astype(np.int64)])
        bases = np.full(len(pending), -1, np.int64)
        small = [k for k, (v, _) in enumerate(pending) if len(v) <= _POOLED_VALUES]
        if self.pool is None and small:
            first = pending[small[0]][0]
            self.pool = np.empty((1024, *first.shape[1:]), first.dtype)
        pool = self.pool
        if pool is not None:
            small = [k for k in small if pending[k][0].shape[1:] == pool.shape[1:]]  # (others: not pooled)
            n = self.pool_n
            need = n + sum(len(pending[k][0]) for k in small)
            if need > len(pool):
                grown = np.empty((max(2 * len(pool), need), *pool.shape[1:]), pool.dtype)
                grown[:n] = pool[:n]
                pool = self.pool = grown
            for k in small:
                values = pending[k][0]
                pool[n : n + len(values)] = values
                bases[k] = n
                n += len(values)
            self.pool_n = n
        self.pool_base = np.concatenate([self.pool_base, bases])

    def lengths(self, rows: np.ndarray) -> np.ndarray:
        """How many values each row has (0 for -1: no row)."""
        has = rows >= 0
        self.ensure(rows[has])
        at = np.maximum(rows, 0)
        return np.where(has, self.stop[at] - self.start[at], 0)


_LIST_ARRAY = {pa.ListArray}
_OFFSET = operator.attrgetter("offset")

_CELLS_LOCK = threading.Lock()
#: Cell sources are carried over to at most this many tables in a row, then found anew: what they
#: copied of rows no longer shown is dropped.
_MAX_CARRIES = 64


def _cell_sources(table: Any, component: str, dim: int, memo: _ColumnMemo, strips: bool = False) -> _CellSources:
    """The `_CellSources` of `component` in `table` (one per table, shared by its views)."""
    key = ("cells", component, dim, strips)
    found = table.derived.get(key)
    if found is None:
        with _CELLS_LOCK:
            found = table.derived.get(key)
            if found is None:
                before = None if table.previous is None else table.previous.derived.get(key)
                found = table.derived[key] = _CellSources(table, dim, memo, strips) if before is None else before.carried(table)
    return found  # type: ignore[no-any-return]


def _column_parent(column: Any, dim: int, memo: _ColumnMemo, strips: bool = False) -> _Parent | None:
    """The shared child array a list column's cells are ranges of (see `_Columns._parent`), by the
    addresses of its offsets and values buffers; null cells are fine (the table holds only valid ones).
    Line strips (`strips`, a list of lists of vertices): the parent's values are its strips' vertex
    ranges (int64 [k, 2]), and a fourth item holds the vertices."""
    if type(column) is not pa.ListArray:
        return None
    buffers = column.buffers()
    if buffers[1] is None or buffers[-1] is None:
        return None
    key = (buffers[1].address, buffers[-1].address, dim, strips)
    parent = memo.parents.get(key)
    if parent is None:
        parent = memo.parents_before.get(key)
        if parent is None:
            # `child` is kept with its arrays: the buffers stay alive, so their addresses cannot
            # name another array while this entry exists.
            child = column.values
            if strips:
                parent = _strips_parent(child, dim, np.frombuffer(buffers[1], np.int32))
            else:
                parent = (child, _child_values(child, dim), np.frombuffer(buffers[1], np.int32))
        memo.parents[key] = parent
    return parent


def _strips_parent(child: Any, dim: int, offsets: np.ndarray) -> _Parent:
    """A line strip column's parent: per strip its vertex range, and the vertices (None values
    when it has nulls or another layout: its cells are then decoded one by one)."""
    if type(child) is not pa.ListArray or child.null_count:
        return (child, None, offsets)
    vertices = _child_values(child.values, dim)
    if vertices is None:
        return (child, None, offsets)
    bounds = np.asarray(child.offsets.to_numpy(), np.int64)
    return (child, np.stack([bounds[:-1], bounds[1:]], axis=1), offsets, vertices)  # type: ignore[return-value]


def _decode_cell(batch: pa.Array, dim: int) -> np.ndarray:
    """One component batch as the batch's arrays hold it (nulls as `vectors`/`uints`/`floats` read them)."""
    if dim:
        return vectors(batch, dim)
    if pa.types.is_string(batch.type) or pa.types.is_large_string(batch.type):
        return np.array(["" if t is None else str(t) for t in batch.to_pylist()], object)
    if pa.types.is_floating(batch.type):
        return floats(batch).astype(np.float32)
    return uints(batch)


def _gather(cells: _CellSources, rows: np.ndarray, counts: np.ndarray, offsets: np.ndarray, out: np.ndarray) -> None:
    """Write each entity's values over its instances `offsets[i]:offsets[i + 1]` of `out`, read from
    the table row `rows[i]` (-1: none, `out` keeps its value there), the last one repeated when there
    are fewer values than instances (Rerun's clamping), extra ones dropped."""
    length = cells.lengths(rows)
    use = np.flatnonzero((length > 0) & (counts > 0))
    if not len(use):
        return
    cnt = counts[use]
    total = int(cnt.sum())
    ent = np.repeat(use, cnt)
    before = np.zeros(len(use), np.int64)
    np.cumsum(cnt[:-1], out=before[1:])
    j = np.arange(total, dtype=np.int64) - np.repeat(before, cnt)  # instance within its entity
    inst = offsets[ent] + j
    r = rows[ent]
    src = cells.start[r] + np.minimum(j, length[ent] - 1)
    pc = cells.code[r]
    first = int(pc[0])
    if (pc == first).all():
        out[inst] = cells.parents[first][src]
        return
    base = cells.pool_base[pc]
    pooled = base >= 0
    if pooled.any():  # rows of small parents: one gather from the pool
        out[inst[pooled]] = cells.pool[base[pooled] + src[pooled]]  # type: ignore[index]
        if pooled.all():
            return
        inst, src, pc = inst[~pooled], src[~pooled], pc[~pooled]
        total = len(pc)
    order = np.argsort(pc, kind="stable")
    pc_sorted = pc[order]
    bounds = np.flatnonzero(np.diff(pc_sorted)) + 1
    for a, b in zip([0, *bounds.tolist()], [*bounds.tolist(), total]):
        sel = order[a:b]
        out[inst[sel]] = cells.parents[int(pc_sorted[a])][src[sel]]


@dataclass(frozen=True, eq=False)
class _TableKind:
    """An archetype whose plain entities a big view answers in batches from the latest-at table:
    its instances are the values of `main`; `extra` are per-instance vectors gathered alongside
    (zero where absent); colors and radii as for one entity. Nothing else may be logged on it."""

    archetype: str
    #: The per-entity drawable kind the batch stands for (`points`, `boxes`, `arrows`).
    of: str
    dim: int
    #: (component short name, drawable field) of the instances, and of the extra vectors.
    main: tuple[str, str]
    extra: tuple[tuple[str, str], ...]
    default_radius: float
    #: Line strips: the instances are strips, `main` their vertices, with `strip_offsets`.
    strips: bool = False
    #: Labels (`Text`) may be logged too: each entity's, as its own drawable holds them.
    labels: bool = False
    #: Class ids (`ClassId`) may be logged too: colors and labels from the annotation context
    #: each entity finds up its path (`_Contexts`), where no color or label was logged.
    classes: bool = False
    #: Keypoint ids (`KeypointId`, points): colors and labels per keypoint, and the class's
    #: keypoint connections as each entity's `edges`.
    keypoints: bool = False

    @functools.cached_property
    def components(self) -> tuple[str, ...]:
        """Full names of the index slots per entity, in the order of a block's row ids: main,
        indicator, colors, radii, then the extras (points: as `_token_names`), then text, class
        ids and keypoint ids where they may be logged."""
        short = (
            self.main[0], f"{self.archetype}Indicator", "Color", "Radius", *(c for c, _ in self.extra),
            *(("Text",) if self.labels else ()), *(("ClassId",) if self.classes else ()), *(("KeypointId",) if self.keypoints else ()),
        )  # fmt: skip
        return tuple(_COMPONENT + c for c in short)

    def slot(self, short: str) -> int:
        """The index slot of a component (short name) among `components`, -1 when not one."""
        name = _COMPONENT + short
        return self.components.index(name) if name in self.components else -1


def _table_kinds(dim: int) -> tuple[_TableKind, ...]:
    # (An entity takes the first kind whose components include all it logged: plain points
    # before labelled ones, which come as an `instances_batch` of points.)
    return (
        _TableKind(f"Points{dim}D", "points", dim, (f"Position{dim}D", "positions"), (), POINT_RADIUS),
        _TableKind(f"Points{dim}D", "points", dim, (f"Position{dim}D", "positions"), (), POINT_RADIUS, labels=True, classes=True, keypoints=True),
        _TableKind(f"Boxes{dim}D", "boxes", dim, (f"HalfSize{dim}D", "half_sizes"), ((f"Position{dim}D", "centers"),), LINE_RADIUS, labels=True, classes=True),
        _TableKind(f"Arrows{dim}D", "arrows", dim, (f"Vector{dim}D", "vectors"), ((f"Position{dim}D", "origins"),), LINE_RADIUS, labels=True, classes=True),
        _TableKind(f"LineStrips{dim}D", "lines", dim, (f"LineStrip{dim}D", "positions"), (), LINE_RADIUS, strips=True, labels=True, classes=True),
    )


_TABLE_KINDS = {3: _table_kinds(3), 2: _table_kinds(2)}


@dataclass(slots=True)
class _TableBatch:
    """The view's plain entities of one `_TableKind` answered from one table, and the last answer."""

    spec: _TableKind
    #: Positions in the view's placed entities of the entities answered here.
    candidates: list[int]
    names: list[str]
    #: Per candidate, its index slots in the table (-1: none), as `_TableKind.components`.
    slots: np.ndarray
    hashes: np.ndarray
    default_colors: np.ndarray
    #: Per candidate at the last answer: id of its `EntityTransform`, whether it is placed as a
    #: batch needs (own space, no pinhole or out-of-tree transform), its space and its matrix's id.
    et_ids: np.ndarray
    placeable: np.ndarray
    space: np.ndarray
    matrix_ids: np.ndarray
    #: The last answer's `EntityTransform`s of the candidates (kept alive: their ids are compared).
    ets: list[EntityTransform]
    #: The matrices named by `matrix_ids` (kept alive, so an id cannot name another matrix).
    matrices: dict[int, np.ndarray]
    #: (space, block start) -> (its candidates, their rows and matrices, the drawable, its key,
    #: the per-instance arrays it made: `_BlockMade`, or None when the page had them all).
    blocks: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, Any, str, _BlockMade | None]]
    #: Kinds with class ids: which annotation context each candidate finds, and at this step per
    #: candidate the index of its context in `contexts.found` (-1: none).
    contexts: _Contexts | None = None
    context_code: np.ndarray | None = None
    context_names: np.ndarray | None = None
    #: `_BlockClasses`' findings by what they were made from (the last `_CLASS_MEMO`).
    class_memo: dict[str, dict[object, Any]] = dataclasses.field(default_factory=dict)


class _Contexts:
    """The annotation context each of many entities finds up its path (its own, else the nearest
    ancestor's, as `find_annotation_context`), grouped by the few entities that logged one: per
    entity the chain of those above it is found once per store shape, and a step looks up each
    of them once (a latest-at each), then picks per entity the nearest one present, vectorised."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.generation = -1
        self.holders: list[str] = []
        #: Per entity, the holders on its path, nearest first, as indices (padded with -1).
        self.chain = np.full((len(names), 0), -1, np.int64)
        #: At the last step: per holder its context (None: none there at that time).
        self.found: list[AnnotationContext | None] = []

    def step(self, q: ViewQuery) -> tuple[np.ndarray, np.ndarray]:
        """Per entity: the index of its context in `self.found` (-1: none) and a number naming
        that context's row (0: none), for keys and signatures."""
        store = q.store
        n = len(self.names)
        if store.shape_generation != self.generation:
            self.generation = store.shape_generation
            holders = store.entities_with(ANNOTATION_CONTEXT)
            if holders != self.holders:
                self.holders = holders
                at = {h: k for k, h in enumerate(holders)}
                chains = [[at[a] for a in paths.ancestors(name) if a in at] for name in self.names] if holders else [[] for _ in range(n)]
                depth = max((len(c) for c in chains), default=0)
                self.chain = np.full((n, depth), -1, np.int64)
                for i, c in enumerate(chains):
                    if c:
                        self.chain[i, : len(c)] = c
        self.found = [annotation_context_at(store, h, q.timeline, q.time) for h in self.holders]
        if not self.chain.shape[1]:
            return np.full(n, -1, np.int64), np.zeros(n, np.int64)
        present = np.array([ctx is not None for ctx in self.found] + [False])
        there = present[self.chain]  # (index -1: the padding, never present)
        first = np.argmax(there, axis=1)
        code = np.where(there.any(axis=1), self.chain[np.arange(n), first], -1)
        names = np.array([0 if ctx is None else hash((ctx.entity_path, ctx.row_id)) for ctx in self.found] + [0], np.int64)
        return code, names[code]


@dataclass(slots=True)
class _TablePlan:
    """Which of a view's placed entities each `_TableKind` answers from one table."""

    table: Any
    #: The entity paths of the view's placed entities this was made for, in order.
    paths: list[str]
    visualizers: dict[str, list[str]]
    #: Positions of the entities no kind answers (the general way's).
    others: list[int]
    batches: list[_TableBatch]
    #: What else the choice depended on: the entities the table does not decide alone, and how
    #: many entities had static data.
    volatile: frozenset[str]
    statics: int

    def still_holds(self, q: ViewQuery, table: Any, volatile: frozenset[str], paths_now: list[str]) -> bool:
        """Whether the choice holds for `table`: the same one, or one made from it (`LatestAtTable.
        updated`: the same slots, no new index) with nothing else changed that the choice read."""
        if self.paths != paths_now or self.visualizers != q.blueprint.visualizers:
            return False
        if table is self.table:
            return True
        return (
            table.previous is self.table
            and len(table.indexes) == len(self.table.indexes)
            and volatile == self.volatile
            and q.store.static_entity_count() == self.statics
        )


def _id_slots(spec: _TableKind) -> list[tuple[int, int]]:
    """(slot, dim) of the texts, class and keypoint ids a kind may show."""
    return [(slot, 0) for slot in map(spec.slot, ("Text", "ClassId", "KeypointId")) if slot >= 0]


_SPACES = [SpaceKind.SPACE_3D, SpaceKind.PINHOLE_2D, SpaceKind.SPACE_2D]
_SPACE_CODE = {s: i for i, s in enumerate(_SPACES)}


def _table_plan(q: ViewQuery, kind: str, table: Any, volatile: frozenset[str], paths_now: list[str]) -> _TablePlan:
    specs = _TABLE_KINDS[3 if kind == "3D" else 2]
    statics = q.store.static_entity_count()  # (before reading `has_static`: a later change is seen)
    allowed = [frozenset(spec.components) for spec in specs]
    indicators = [spec.components[1] for spec in specs]
    store = q.store
    chosen = q.blueprint.visualizers
    members: list[list[int]] = [[] for _ in specs]
    slots: list[list[tuple[int, ...]]] = [[] for _ in specs]
    others: list[int] = []
    for i, entity in enumerate(paths_now):
        which = -1
        if entity not in volatile and entity not in chosen and not store.has_static(entity):
            logged = store.entity_components(entity)
            for k, spec in enumerate(specs):
                if indicators[k] in logged and allowed[k].issuperset(logged):
                    found = table.entity_slots(entity)
                    components = spec.components
                    if components[0] in found and components[1] in found:
                        which = k
                        slots[k].append(tuple([found.get(name, -1) for name in components]))
                    break
        if which < 0:
            others.append(i)
        else:
            members[which].append(i)
    batches: list[_TableBatch] = []
    for spec, candidates, spec_slots in zip(specs, members, slots):
        if len(candidates) < BATCH_MIN_ENTITIES:
            others.extend(candidates)
            continue
        names = [paths_now[i] for i in candidates]
        packed = entity_colors(names).astype(np.uint32)
        n = len(candidates)
        batches.append(
            _TableBatch(
                spec=spec,
                candidates=candidates,
                names=names,
                slots=np.array(spec_slots, np.int64).reshape(n, len(spec.components)),
                hashes=np.fromiter(map(hash, names), np.int64, n),
                default_colors=(packed[:, 0] << 24) | (packed[:, 1] << 16) | (packed[:, 2] << 8) | packed[:, 3],
                et_ids=np.zeros(n, np.int64),
                placeable=np.zeros(n, bool),
                space=np.zeros(n, np.int64),
                matrix_ids=np.zeros(n, np.int64),
                ets=[],
                matrices={},
                blocks={},
                contexts=_Contexts(names) if spec.classes else None,
            )
        )
    # (Also without any batch: kept, so that a view of other entities is not looked at again.)
    return _TablePlan(table, paths_now, dict(chosen), sorted(others), batches, volatile, statics)


def _table_batches(q: ViewQuery, kind: str, cache: _DrawableCache, transforms: list[EntityTransform]) -> tuple[list[int], list[tuple[int, Any, str]]] | None:
    """The view's plain entities of each `_TableKind` as batch blocks, answered from the latest-at
    table, or None (no settled table, or too few of any kind: the general way answers all).

    Returns the positions in `transforms` of the entities left to the general way, and per block
    (position of the first entity of its group in `transforms`, drawable, key).
    """
    if q.timeline is None or q.blueprint.defaults or q.blueprint.overrides or len(transforms) < BATCH_MIN_ENTITIES:
        return None
    # Made at once (the general way would make it in its batched latest-at anyway): the first
    # answer after a load or new data is answered from it too.
    settled = q.store.latest_at_table(q.timeline, build=True)
    if settled is None:
        return None
    table, volatile = settled
    cache.column_memo.use(table)
    paths_now = [et.entity_path for et in transforms]
    plan = cache.table_plan
    if plan is None or not plan.still_holds(q, table, volatile, paths_now):
        plan = cache.table_plan = _table_plan(q, kind, table, volatile, paths_now)
    plan.table = table
    if not plan.batches:
        return None
    positions = table.positions(q.time)
    others = list(plan.others)
    out: list[tuple[int, Any, str]] = []
    for batch in plan.batches:
        step = _table_batch_step(q, kind, cache, batch, table, positions, transforms)
        if step is None:
            others.extend(batch.candidates)
            continue
        unplaced, blocks = step
        others.extend(unplaced)
        out.extend(blocks)
    if not out:
        return None
    return sorted(others), out


def _table_batch_step(
    q: ViewQuery, kind: str, cache: _DrawableCache, plan: _TableBatch, table: Any, positions: np.ndarray, transforms: list[EntityTransform]
) -> tuple[list[int], list[tuple[int, Any, str]]] | None:
    """One kind's blocks at the query time (None: too few of them shown), and the positions of its
    candidates shown but not placed as a batch needs."""
    # Placement: only entities whose `EntityTransform` is another object than last time are looked at.
    ets = [transforms[i] for i in plan.candidates]
    ids = np.fromiter(map(id, ets), np.int64, len(ets))
    moved = np.flatnonzero(ids != plan.et_ids).tolist()
    if moved:
        # (A moved transform group: its thousand entities at once, a pass per field.)
        now = [ets[i] for i in moved]
        k = len(now)
        matrices = [et.world_from_entity for et in now]
        space = np.fromiter((_SPACE_CODE[et.space] for et in now), np.int64, k)
        own = np.fromiter((et.pinhole is None and et.out_of_tree is None for et in now), bool, k)
        # In 2D views, entities of the origin's own space; in 3D, of the 3D space.
        in_space = space != _SPACE_CODE[SpaceKind.PINHOLE_2D] if kind == "2D" else space == _SPACE_CODE[SpaceKind.SPACE_3D]
        plan.placeable[moved] = own & in_space
        plan.space[moved] = space
        matrix_ids = np.fromiter(map(id, matrices), np.int64, k)
        plan.matrix_ids[moved] = matrix_ids
        plan.matrices.update(zip(matrix_ids.tolist(), matrices))
        plan.et_ids = ids
        if len(plan.matrices) > 64:
            plan.matrices = {k: plan.matrices[k] for k in np.unique(plan.matrix_ids).tolist()}
    plan.ets = ets
    # The rows answered at this time, per candidate and slot (-1: none).
    spec = plan.spec
    slots = plan.slots
    clipped = np.maximum(slots, 0)
    at = positions[clipped]
    rows = np.where((slots >= 0) & (at >= table.starts[clipped]), at, -1)
    main_cells = _cell_sources(table, spec.components[0], spec.dim, cache.column_memo, spec.strips)
    counts = main_cells.lengths(rows[:, 0])
    shown = (rows[:, 0] >= 0) & (rows[:, 1] >= 0) & (counts > 0)
    batched = shown & plan.placeable
    if int(batched.sum()) < BATCH_MIN_ENTITIES:
        return None
    unplaced = [plan.candidates[i] for i in np.flatnonzero(shown & ~plan.placeable).tolist()]
    # Where the values of the colors, radii, extra vectors, texts, class and keypoint ids shown are
    # (the rows new to this table): found for every block at once, so that each block's gathers
    # find nothing new.
    for slot, dim in ((2, 0), (3, 0), *((3 + k, spec.dim) for k in range(1, 1 + len(spec.extra))), *_id_slots(spec)):
        wanted = rows[batched, slot]
        wanted = wanted[wanted >= 0]
        if len(wanted):
            _cell_sources(table, spec.components[slot], dim, cache.column_memo).ensure(wanted)
    # What each entity shows: its rows (their ids: the same in a table made from the last one) and
    # its matrix; a block of the same is the last answer's.
    found = rows >= 0
    at = np.maximum(rows, 0)
    # (Field by field: numpy gathers records of a record array several times slower.)
    columns = [np.where(found, table.meta["hi"][at], 0).view(np.int64), np.where(found, table.meta["lo"][at], 0).view(np.int64), plan.matrix_ids[:, None]]
    if plan.contexts is not None:
        # Entities with class or keypoint ids show their annotation context too.
        code, context_names = plan.contexts.step(q)
        uses = np.zeros(len(rows), bool)
        for name in ("ClassId", "KeypointId"):
            slot = spec.slot(name)
            if slot >= 0:
                uses |= rows[:, slot] >= 0
        plan.context_code = np.where(uses, code, -1)
        plan.context_names = np.where(uses, context_names, 0)
        columns.append(plan.context_names[:, None])
    signature = np.concatenate(columns, axis=1)
    # What the values are made of: the rows' hi and lo, and the annotation context (not the matrix).
    value_columns = np.ones(signature.shape[1], bool)
    value_columns[2 * rows.shape[1]] = False
    out: list[tuple[int, Any, str]] = []
    blocks: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, Any, str, _BlockMade | None]] = {}
    for space in np.unique(plan.space[batched]).tolist():
        members = np.flatnonzero(batched & (plan.space == space))
        first = plan.candidates[int(members[0])]
        for begin in range(0, len(members), BATCH_BLOCK):
            sel = members[begin : begin + BATCH_BLOCK]
            sig = signature[sel]
            before = plan.blocks.get((space, begin))
            if (
                before is not None
                and np.array_equal(before[0], sel)
                and np.array_equal(before[1], sig)
                and q.arrays.has_all(_batch_array_keys(before[2]))
            ):
                blocks[(space, begin)] = before
                out.append((first, before[2], before[3]))
                continue
            base = None
            if before is not None and before[4] is not None and np.array_equal(before[0], sel):
                # The same entities, some with other rows (a streaming recording: a tenth of
                # them per frame): the last arrays with only theirs made again.
                changed = np.flatnonzero((before[1][:, value_columns] != sig[:, value_columns]).any(axis=1))
                base = before[4].patch(changed, counts[sel], before[2])
            drawable, key, made = _table_block(q, plan, cache, table, _SPACES[space].value, sel, rows[sel], counts[sel], base)
            blocks[(space, begin)] = (sel, sig, drawable, key, made)
            out.append((first, drawable, key))
    plan.blocks = blocks
    return unplaced, out


#: A per-instance array maker of `_table_block`: (entities, their rows, instance counts and
#: offsets, where their instances are in the block's arrays) -> their instances' values.
_InstanceValues = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, Any], np.ndarray]


@dataclasses.dataclass(eq=False)
class _BlockMade:
    """The per-instance arrays a block's drawable was made with, by field, and its entities'
    instance counts: the next block of the same entities copies them and makes only the
    changed entities' instances again (`_table_block`'s ``base``)."""

    counts: np.ndarray
    arrays: dict[str, np.ndarray]
    #: Kinds with class ids: the class and keypoint ids per instance, the entities' annotation
    #: contexts (`_TableBatch.context_names`) and the digest of the three (`_BlockClasses.digest`).
    classes: tuple[np.ndarray, np.ndarray, np.ndarray, str] | None = None

    def patch(self, changed: np.ndarray, counts: np.ndarray, drawable: Any) -> _BlockPatch | None:
        """What a block of the same entities, `changed` (positions in the block) with other rows,
        takes from this one; None when making it whole is as cheap or the instances moved."""
        if 2 * len(changed) > len(counts) or not np.array_equal(self.counts, counts):
            return None
        return _BlockPatch(self.arrays, changed, drawable.entities, self.classes)


@dataclasses.dataclass(eq=False)
class _BlockPatch:
    arrays: dict[str, np.ndarray]
    #: Positions in the block of the entities whose rows changed.
    changed: np.ndarray
    #: The block's entity paths (the same entities: the same list).
    entities: list[str]
    classes: tuple[np.ndarray, np.ndarray, np.ndarray, str] | None = None


def _table_block(
    q: ViewQuery,
    plan: _TableBatch,
    cache: _DrawableCache,
    table: Any,
    space: str,
    sel: np.ndarray,
    rows: np.ndarray,
    counts: np.ndarray,
    base: _BlockPatch | None = None,
) -> tuple[Any, str, _BlockMade | None]:
    """One block's batch drawable and its key (a digest of its entities, their rows and matrices;
    for points as `_PointsBatches._make` makes it: the same scene again has the same key), and
    the per-instance arrays it made, class and keypoint ids included (all kinds but line strips,
    which are made whole each time). `base`: the last block of the same entities and instance
    counts; its arrays are copied and only its changed entities' instances made again (labels
    and keypoint edges are made for the whole block: from the memo of its class lookups when its
    class ids and contexts are the same)."""
    spec = plan.spec
    dim = spec.dim
    patchable = not spec.strips
    if not patchable:
        base = None
    mids = plan.matrix_ids[sel]
    uniq, first, inverse = np.unique(mids, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(uniq))
    index = rank[inverse].astype(np.uint32)  # matrices in the order their entities come
    ordered = uniq[np.argsort(first, kind="stable")]
    stacked = np.asarray([plan.matrices[m] for m in ordered.tolist()], np.float64).transpose(0, 2, 1).reshape(-1, 16)
    n = len(sel)
    offsets = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    total = int(offsets[-1])
    memo = cache.column_memo
    made: dict[str, np.ndarray] = {}
    if base is not None:
        changed = base.changed
        sub_counts = counts[changed]
        sub_offsets = np.zeros(len(changed) + 1, np.int64)
        np.cumsum(sub_counts, out=sub_offsets[1:])
        # Where the changed entities' instances are in the block's arrays.
        patched_at = np.repeat(offsets[changed] - sub_offsets[:-1], sub_counts) + np.arange(int(sub_offsets[-1]), dtype=np.int64)

    def per_instance(field: str, values: _InstanceValues) -> Callable[[], np.ndarray]:
        """The maker of a per-instance array: `values(entities, rows, counts, offsets, instances)`
        of the whole block, or of its changed entities (`instances`: where theirs are in the
        block's arrays) written over a copy of the base's array."""

        def make() -> np.ndarray:
            if base is not None and field in base.arrays:
                out = base.arrays[field].copy()
                if len(changed):
                    out[patched_at] = values(sel[changed], rows[changed], sub_counts, sub_offsets, patched_at)
            else:
                out = values(sel, rows, counts, offsets, everything)
            if patchable:
                made[field] = out
            return out

        return make

    everything = slice(None)

    def vectors_of(slot: int) -> _InstanceValues:
        def values(sel_: np.ndarray, rows_: np.ndarray, counts_: np.ndarray, offsets_: np.ndarray, _at: Any) -> np.ndarray:
            out = np.zeros((int(offsets_[-1]), dim), np.float32)
            _gather(_cell_sources(table, spec.components[slot], dim, memo), rows_[:, slot], counts_, offsets_, out)
            return out

        return values

    def ids_of(short: str) -> _InstanceValues:
        """Class or keypoint ids per instance (-1 where the entity logged none)."""
        slot = spec.slot(short)

        def values(sel_: np.ndarray, rows_: np.ndarray, counts_: np.ndarray, offsets_: np.ndarray, _at: Any) -> np.ndarray:
            out = np.full(int(offsets_[-1]), -1, np.int64)
            if slot >= 0 and (rows_[:, slot] >= 0).any():
                _gather(_cell_sources(table, spec.components[slot], 0, memo), rows_[:, slot], counts_, offsets_, out)
            return out

        return values

    strip_ranges: list[np.ndarray] = []

    def ranges() -> np.ndarray:
        """Line strips: each strip's range of its cell sources' vertices, and where it starts in
        the block's vertices (u32 [strips + 1])."""
        if not strip_ranges:
            found = np.zeros((total, 2), np.int64)
            _gather(_cell_sources(table, spec.components[0], dim, memo, True), rows[:, 0], counts, offsets, found)
            starts = np.zeros(total + 1, np.int64)
            np.cumsum(found[:, 1] - found[:, 0], out=starts[1:])
            strip_ranges.extend((found, starts))
        return strip_ranges[0], strip_ranges[1]  # type: ignore[return-value]

    def strip_vertices() -> np.ndarray:
        found, starts = ranges()  # type: ignore[misc]
        lengths = found[:, 1] - found[:, 0]
        at = np.repeat(found[:, 0] - starts[:-1], lengths) + np.arange(int(starts[-1]), dtype=np.int64)
        return _cell_sources(table, spec.components[0], dim, memo, True).vertices[at]

    classes = kept_classes = None
    id_slots = [slot for slot in (spec.slot("ClassId"), spec.slot("KeypointId")) if slot >= 0]
    if plan.contexts is not None and (rows[:, id_slots] >= 0).any():  # (none: plain colors and labels)
        class_ids = per_instance("class_ids", ids_of("ClassId"))()
        keypoint_ids = per_instance("keypoint_ids", ids_of("KeypointId"))() if spec.keypoints else np.full(total, -1, np.int64)
        assert plan.context_names is not None
        names = plan.context_names[sel]
        digest = None
        if base is not None and base.classes is not None:
            # The changed entities' ids and contexts as before (ids logged again): the same digest.
            ids_before, keypoints_before, names_before, digest_before = base.classes
            if np.array_equal(ids_before[patched_at], class_ids[patched_at]) and np.array_equal(keypoints_before[patched_at], keypoint_ids[patched_at]) and np.array_equal(names_before, names):
                digest = digest_before
        classes = _BlockClasses(plan, sel, counts, offsets, class_ids, keypoint_ids, names, digest)
        kept_classes = (class_ids, keypoint_ids, names, classes.digest)

    def colors(sel_: np.ndarray, rows_: np.ndarray, counts_: np.ndarray, offsets_: np.ndarray, at: Any) -> np.ndarray:
        out = np.repeat(plan.default_colors[sel_], counts_)
        if classes is not None and classes.any:  # (where no color was logged: overwritten below)
            packed, has_class = classes.colors()
            has_class = has_class[at]
            out[has_class] = packed[at][has_class]
        _gather(_cell_sources(table, spec.components[2], 0, memo), rows_[:, 2], counts_, offsets_, out)
        return unpack_colors(out)

    def radii(sel_: np.ndarray, rows_: np.ndarray, counts_: np.ndarray, offsets_: np.ndarray, _at: Any) -> np.ndarray:
        out = np.full(int(offsets_[-1]), spec.default_radius, np.float32)
        _gather(_cell_sources(table, spec.components[3], 0, memo), rows_[:, 3], counts_, offsets_, out)
        return out

    meta = table.meta
    ids = np.zeros((n, len(spec.components), 2), np.uint64)
    found = rows >= 0
    at = np.maximum(rows, 0)
    ids[:, :, 0] = np.where(found, meta["hi"][at], 0)
    ids[:, :, 1] = np.where(found, meta["lo"][at], 0)
    if plan.context_names is not None:  # (and the annotation context each entity used)
        ids = np.concatenate([ids, np.stack([plan.context_names[sel].view(np.uint64), np.zeros(n, np.uint64)], axis=1)[:, None, :]], axis=1)
    tag = _block_tag(space, dim, plan.hashes[sel], ids, index, stacked, spec.of)
    arrays = q.arrays
    common: dict[str, Any] = {
        "space": space,
        "dim": dim,
        "entities": base.entities if base is not None else [plan.names[i] for i in sel.tolist()],
        "offsets": arrays.key(f"{tag}/offsets", lambda: offsets.astype(np.uint32)),
        "matrices": arrays.key(f"{tag}/matrices", lambda: np.ascontiguousarray(stacked)),
        "matrix_index": arrays.key(f"{tag}/matrix_index", lambda: index),
        "colors": arrays.key(f"{tag}/colors", per_instance("colors", colors)),
        "radii": arrays.key(f"{tag}/radii", per_instance("radii", radii)),
        "draw_order": DRAW_ORDER.get(spec.archetype, 0.0),
    }
    none: dict[str, Any] = {
        "half_sizes": None, "centers": None, "vectors": None, "origins": None, "positions": None, "strip_offsets": None, "label_text": None, "label_ends": None, "label_offsets": None,
        "edges": None, "edge_offsets": None,
    }  # fmt: skip
    if spec.labels:
        # Each entity's labels as its own drawable holds them (all of its row, up to `texts`'
        # limit, not stretched over its instances; else its classes' labels), end to end, with
        # per-entity offsets.
        text = spec.slot("Text")
        label_cells = _cell_sources(table, spec.components[text], 0, memo)
        text_counts = np.minimum(label_cells.lengths(rows[:, text]), 10_000)
        label_counts = text_counts
        class_labels = None
        if classes is not None and classes.any:
            class_labels = classes.labels(text_counts == 0)
            label_counts = text_counts + class_labels[0]
        label_offsets = np.zeros(n + 1, np.int64)
        np.cumsum(label_counts, out=label_offsets[1:])
        if label_offsets[-1]:
            # Keyed by what they are made from (the texts' rows, the class lookups' digest), not
            # by the block: the same labels again (class ids logged anew with the same values)
            # are neither made nor sent again.
            made_from = hashlib.blake2b(np.ascontiguousarray(ids[:, text]).tobytes(), digest_size=12)
            made_from.update(b"" if class_labels is None else classes.digest.encode())  # type: ignore[union-attr]
            lkey = f"l{made_from.hexdigest()}"
            texts_made: list[tuple[np.ndarray, np.ndarray]] = []

            def label_arrays() -> tuple[np.ndarray, np.ndarray]:
                if not texts_made:
                    labels = np.empty(int(label_offsets[-1]), object)
                    _gather(label_cells, rows[:, text], text_counts, label_offsets, labels)
                    if class_labels is not None:
                        _, entity_of, within, class_texts = class_labels
                        labels[label_offsets[entity_of] + within] = class_texts
                    labels[np.equal(labels, _NONE)] = ""  # (gathered texts and class labels are str or None)
                    texts_made.append(P.label_text(labels.tolist()))
                return texts_made[0]

            none["label_text"] = arrays.key(f"{lkey}/text", lambda: label_arrays()[0])
            none["label_ends"] = arrays.key(f"{lkey}/ends", lambda: label_arrays()[1])
            none["label_offsets"] = arrays.key(f"{lkey}/offsets", lambda: label_offsets.astype(np.uint32))
    if spec.keypoints and classes is not None and classes.any:
        edges = classes.edges()
        if edges is not None:  # (keyed by what they are made from: the same again is not sent again)
            none["edges"] = arrays.key(f"k{classes.digest}/edges", lambda: edges[0])
            none["edge_offsets"] = arrays.key(f"k{classes.digest}/edge_offsets", lambda: edges[1])
    if spec.strips:
        values = {
            "positions": arrays.key(f"{tag}/positions", strip_vertices),
            "strip_offsets": arrays.key(f"{tag}/strip_offsets", lambda: ranges()[1].astype(np.uint32)),  # type: ignore[index]
        }
        return P.InstancesBatchDrawable(kind="instances_batch", of=spec.of, **common, **{**none, **values}), f"{tag}.0", None  # type: ignore[arg-type]
    fields = [spec.main, *spec.extra]
    values = {field: arrays.key(f"{tag}/{field}", per_instance(field, vectors_of(0 if slot == 0 else 3 + slot))) for slot, (_, field) in enumerate(fields)}
    kept = _BlockMade(counts.copy(), made, kept_classes) if patchable else None
    if spec.of == "points" and not spec.labels and not spec.classes:
        return P.PointsBatchDrawable(kind="points_batch", **common, **values), f"{tag}.0", kept  # type: ignore[arg-type]
    return P.InstancesBatchDrawable(kind="instances_batch", of=spec.of, **common, **{**none, **values}), f"{tag}.0", kept  # type: ignore[arg-type]


#: How many blocks' class lookups (colors, labels, keypoint edges) a `_TableBatch` keeps.
_CLASS_MEMO = 64

#: None as a numpy object scalar, to find the None entries of object arrays elementwise.
_NONE = np.array(None, object)


@functools.cache
def _auto_packed() -> np.ndarray:
    """`auto_colors` of every class id (0..65535), packed 0xRRGGBBAA (made once: 256 kB)."""
    c = np.asarray(auto_colors(np.arange(1 << 16)), np.uint32)
    return (c[:, 0] << 24) | (c[:, 1] << 16) | (c[:, 2] << 8) | c[:, 3]


class _BlockClasses:
    """The class and keypoint ids of a block's instances (stretched over them as its values are,
    -1 where an entity logged none) and what its entities' annotation contexts make of them:
    colors, labels and keypoint edges as `Scene.colors`, `Scene.labels` and `keypoint_edges` make
    them for one entity, one lookup per context in the block."""

    def __init__(
        self, plan: _TableBatch, sel: np.ndarray, counts: np.ndarray, offsets: np.ndarray, class_ids: np.ndarray, keypoint_ids: np.ndarray, names: np.ndarray, digest: str | None = None
    ) -> None:
        """`names`: the entities' annotation contexts (`_TableBatch.context_names`); `digest`: that of
        the same ids, counts and contexts, when known (a patched block whose ids are as before)."""
        self.n = len(sel)
        self.counts = counts
        self.offsets = offsets
        assert plan.context_code is not None and plan.contexts is not None
        self.context_code = plan.context_code[sel]
        self.contexts = plan.contexts.found
        self.class_ids = class_ids
        self.keypoint_ids = keypoint_ids
        self.any = bool((self.class_ids >= 0).any() or (self.keypoint_ids >= 0).any())
        # What they make depends on nothing else: the same ids under the same contexts (a
        # skeleton moving, its ids logged again each frame) reuse the last answers' lookups.
        if digest is None:
            made = hashlib.blake2b(digest_size=16)
            for part in (self.class_ids, self.keypoint_ids, np.asarray(counts, np.int64), names):
                made.update(np.ascontiguousarray(part).data)
            digest = made.hexdigest()
        self.digest = digest
        kept = plan.class_memo
        found = kept.get(self.digest)
        if found is None:
            found = kept[self.digest] = {}
            while len(kept) > _CLASS_MEMO:
                del kept[next(iter(kept))]
        self.memo: dict[object, Any] = found

    # (Per instance; needed only to make lookups the memo has not got.)
    @functools.cached_property
    def entity(self) -> np.ndarray:
        """Per instance, its entity."""
        return np.repeat(np.arange(self.n, dtype=np.int64), self.counts)

    @functools.cached_property
    def within(self) -> np.ndarray:
        """Per instance, its index in its entity."""
        return np.arange(int(self.offsets[-1]), dtype=np.int64) - self.offsets[:-1][self.entity]

    def _by_context(self, mask: np.ndarray) -> list[tuple[int, np.ndarray]]:
        """The instances in `mask` grouped by their entity's context code (-1: none)."""
        at = np.flatnonzero(mask)
        groups = np.unique(self.context_code).tolist()  # (per entity: a few hundred, not per instance)
        if len(groups) == 1:
            return [(int(groups[0]), at)]
        code = self.context_code[self.entity[at]]
        return [(int(g), at[code == g]) for g in groups if (code == g).any()]

    def _lookup(self, ctx: AnnotationContext, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(colors, has_color, labels: str or None) of instances `at` (all with class ids) from
        `ctx`: per keypoint where their entity logged keypoint ids, else per class."""
        kp = self.keypoint_ids[at]
        return ctx.lookup_many(self.class_ids[at], kp if (kp >= 0).any() else None)

    def colors(self) -> tuple[np.ndarray, np.ndarray]:
        """Per instance its class color (packed; 0 where it has no class id), and whether it has one."""
        has_class = self.class_ids >= 0
        found = self.memo.get("colors")
        if found is None:
            found = self.memo["colors"] = np.zeros(len(self.class_ids), np.uint32)
            for g, at in self._by_context(has_class):
                ctx = self.contexts[g] if g >= 0 else None
                if ctx is None:
                    found[at] = _auto_packed()[self.class_ids[at] & 0xFFFF]
                    continue
                packed, has, _ = self._lookup(ctx, at)
                found[at] = np.where(has, packed, _auto_packed()[self.class_ids[at] & 0xFFFF])
        return found, has_class

    def labels(self, may: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The class labels of the entities `may` allows (those without labels of their own):
        per entity how many (its instances up to `texts`' limit; 0 when none of them has a
        label), and per label its entity, its place in that entity's labels and its text."""
        key = ("labels", may.tobytes())
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._labels(may)
        return found  # type: ignore[no-any-return]

    def _labels(self, may: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        mask = (self.class_ids >= 0) & (self.within < 10_000) & may[self.entity] & (self.context_code[self.entity] >= 0)
        values = np.empty(len(self.class_ids), object)
        labelled = np.zeros(len(self.class_ids), bool)
        for g, at in self._by_context(mask):
            ctx = self.contexts[g] if g >= 0 else None
            if ctx is None:
                continue
            _, _, found = self._lookup(ctx, at)
            values[at] = found
            labelled[at] = np.not_equal(found, _NONE)
        shows = np.bincount(self.entity[labelled], minlength=self.n) > 0
        counts = np.where(shows, np.minimum(self.counts, 10_000), 0)
        at = np.flatnonzero(mask & shows[self.entity])
        return counts, self.entity[at], self.within[at], values[at]

    def edges(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Keypoint connections as index pairs into each entity's own points, end to end (u32
        [k, 2]), and each entity's range of them (u32 [n + 1]); None when there are none. Per
        entity in the order `keypoint_edges` makes them: by class, then as the class lists them."""
        if "edges" not in self.memo:
            self.memo["edges"] = self._edges()
        return self.memo["edges"]  # type: ignore[no-any-return]

    def _edges(self) -> tuple[np.ndarray, np.ndarray] | None:
        mask = (self.keypoint_ids >= 0) & (self.context_code[self.entity] >= 0)
        if not mask.any():
            return None
        at = np.flatnonzero(mask)
        e, j, k = self.entity[at], self.within[at], self.keypoint_ids[at] & 0xFFFF
        c = np.maximum(self.class_ids[at], 0) & 0xFFFF  # (keypoints without class ids: class 0)
        # (entity, class, keypoint) -> the instance; a keypoint id given twice: its last instance.
        composite = (e << 32) | (c << 16) | k
        order = np.argsort(composite, kind="stable")
        ordered = composite[order]
        last = np.ones(len(ordered), bool)
        last[:-1] = ordered[1:] != ordered[:-1]
        keys, instance = ordered[last], j[order][last]
        pairs_of = np.unique((e << 16) | c)
        pe, pcls = pairs_of >> 16, pairs_of & 0xFFFF
        pg = self.context_code[pe]
        parts: list[tuple[np.ndarray, ...]] = []
        for g in np.unique(pg).tolist():
            ctx = self.contexts[g]
            if ctx is None:
                continue
            classes, starts, pairs = ctx.connection_table
            if not len(classes):
                continue
            mine = np.flatnonzero(pg == g)
            pos = np.minimum(np.searchsorted(classes, pcls[mine]), len(classes) - 1)
            has = classes[pos] == pcls[mine]
            lengths = np.where(has, starts[pos + 1] - starts[pos], 0)
            total = int(lengths.sum())
            if not total:
                continue
            rep = np.repeat(np.arange(len(mine)), lengths)
            before = np.zeros(len(mine), np.int64)
            np.cumsum(lengths[:-1], out=before[1:])
            nth = np.arange(total, dtype=np.int64) - before[rep]
            pair = pairs[starts[pos][rep] + nth]
            parts.append((pe[mine][rep], pcls[mine][rep], nth, pair[:, 0] & 0xFFFF, pair[:, 1] & 0xFFFF))
        if not parts:
            return None
        ee, cc, nth, a, b = (np.concatenate(p) for p in zip(*parts))
        order = np.lexsort((nth, cc, ee))
        ee, cc, a, b = ee[order], cc[order], a[order], b[order]

        def find(kp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            want = (ee << 32) | (cc << 16) | kp
            pos = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
            return keys[pos] == want, instance[pos]

        ok_a, ia = find(a)
        ok_b, ib = find(b)
        ok = ok_a & ok_b
        if not ok.any():
            return None
        edges = np.stack([ia[ok], ib[ok]], axis=1).astype(np.uint32)
        offsets = np.zeros(self.n + 1, np.int64)
        np.cumsum(np.bincount(ee[ok], minlength=self.n), out=offsets[1:])
        return edges, offsets.astype(np.uint32)


# -- reusing drawables between answers --------------------------------------------------------------
#
# Scrubbing or playing a big scene, most entities show the same rows at the next time. Their
# drawables are kept per entity with everything they were built from (where the entity is: its
# space, matrix, out-of-tree transform, pinhole and visualizers; what it shows: the row ids of its
# components; the annotation context it used): an entity whose inputs are the same costs a
# comparison, not a rebuild. A drawable's key is a digest of those inputs, so the same inputs give
# the same key (scrubbing back to a time seen before), and a page that caches drawables by key is
# sent only the drawables it has not got (`SpatialPayload.order`).

_FRESH_IDS = itertools.count()
#: Drawable kinds whose `world_from_entity` is the entity's own (`Scene.base`).
_PLACED_BY_ENTITY = frozenset({"points", "boxes", "arrows", "lines", "mesh", "axes"})
#: (kind, origin) caches kept per store; the least recently used one is dropped beyond this.
_MAX_CACHES_PER_STORE = 8


@dataclass(slots=True)
class _Kept:
    et: EntityTransform
    chosen: list[str] | None
    place: tuple[Any, ...]
    comps: Comps
    rows: tuple[Any, ...]
    drawables: list[Any]
    keys: list[str]
    #: Array keys the drawables refer to: all must be with the page (or in the answer) to reuse them.
    arrays: list[str]
    #: The annotation context tag the drawables were made with, or None when they used none.
    annotations: str | None


class _DrawableCache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kept: dict[str, _Kept] = {}
        self.latest = LatestManyMemo()
        self.transforms = TransformMemo()
        #: Batched points (`_PointsBatches`): each entity's decoded arrays, and the last answer's batches.
        self.batch_parts: dict[str, _BatchPart] = {}
        self.columns: tuple[dict[tuple[int, ...], _Parent], dict[int, tuple[Any, _Parent | None]]] = ({}, {})
        self.batches: dict[tuple[str, int, int], tuple[list[str], list[Any], list[Any], Any, str]] = {}
        #: Plain points, boxes and arrows answered from the latest-at table (`_table_batches`).
        self.table_plan: _TablePlan | None = None
        self.column_memo = _ColumnMemo()


_CACHES_LOCK = threading.Lock()


def _cache_for(store: ChunkStore, kind: str, origin: str) -> _DrawableCache:
    with _CACHES_LOCK:
        # In the store's `derived` caches: dropped with the store, and emptied when the memory
        # limit drops chunks (kept drawables and answers refer to their arrays).
        per_store: dict[tuple[str, str], _DrawableCache] = store.derived.setdefault("spatial", {})
        cache = per_store.pop((kind, origin), None) or _DrawableCache()
        per_store[(kind, origin)] = cache  # most recently used last
        while len(per_store) > _MAX_CACHES_PER_STORE:
            del per_store[next(iter(per_store))]
        return cache


def _rows(comps: Comps) -> tuple[Any, ...]:
    return tuple([(name, res._hi, res._lo) for name, res in comps.items()])


class _Answer:
    """The drawables of one answer, entity by entity, reusing kept ones when their inputs match."""

    def __init__(self, q: ViewQuery, kind: str, cache: _DrawableCache | None) -> None:
        self.q = q
        self.kind = kind
        self.cache = cache
        self.mats: dict[int, list[float]] = {}
        self._mat_bytes: dict[int, bytes] = {}
        self._pinholes: dict[int, tuple[Any, ...]] = {}
        self.drawables: list[Any] = []
        self.keys: list[str | None] = []
        self.seen: dict[str, _Kept] = {}

    def add(self, et: EntityTransform, comps: Comps) -> None:
        if self.cache is None:
            self._extend(_entity_drawables(Scene(self.q, et, comps, self.mats), self.kind), None)
            return
        kept = self.cache.kept.get(et.entity_path)
        chosen = self.q.blueprint.visualizers.get(et.entity_path)
        if (
            kept is not None
            and kept.et is et  # placed as it was (`resolve_transforms` memo)
            and kept.comps is comps  # the same rows (`latest_many` memo)
            and kept.chosen == chosen
            and kept.annotations is None
            and self.q.arrays.has_all(kept.arrays)
        ):
            self.seen[et.entity_path] = kept
            self.drawables.extend(kept.drawables)
            self.keys.extend(kept.keys)
            return
        place = self._place(et)
        rows = None
        if kept is not None and kept.place == place:
            if kept.comps is not comps:  # the same answer object: the same rows
                rows = _rows(comps)
            if (
                (rows is None or rows == kept.rows)
                and (kept.annotations is None or kept.annotations == self._annotation_tag(et.entity_path))
                and self.q.arrays.has_all(kept.arrays)
            ):
                kept.comps, kept.et, kept.chosen = comps, et, chosen
                self.seen[et.entity_path] = kept
                self._extend(kept.drawables, kept.keys)
                return
        if rows is None:
            rows = _rows(comps)
        if (
            kept is not None
            and place[3] is None  # no pinhole: every drawable is placed by the entity's own matrix
            and kept.place[0] == place[0]
            and kept.place[2:] == place[2:]
            and rows == kept.rows
            and kept.annotations is None
            and all(d.kind in _PLACED_BY_ENTITY for d in kept.drawables)
            and self.q.arrays.has_all(kept.arrays)
        ):
            # Only its matrix moved (its group's transform changed): the same drawables, placed anew.
            flat = self.mats.get(id(et.world_from_entity))
            if flat is None:
                flat = self.mats[id(et.world_from_entity)] = mat4(et.world_from_entity)
            drawables = [dataclasses.replace(d, world_from_entity=flat) for d in kept.drawables]
            self._keep(et, chosen, place, comps, rows, drawables, kept.arrays, None)
            return
        arrays = self.q.arrays
        arrays.touched = []
        try:
            s = Scene(self.q, et, comps, self.mats)
            drawables = _entity_drawables(s, self.kind)
            used = arrays.touched
        finally:
            arrays.touched = None
        if any(isinstance(d, P.ImageDrawable) for d in drawables):  # images: opacity is set per answer
            self._extend(drawables, None)
            return
        self._keep(et, chosen, place, comps, rows, drawables, used, _annotation_tag(s.annotations) if s.used_annotations else None)

    def _keep(
        self, et: EntityTransform, chosen: list[str] | None, place: tuple[Any, ...], comps: Comps, rows: tuple[Any, ...], drawables: list[Any], arrays: list[str], tag: str | None
    ) -> None:
        digest = hashlib.blake2b(repr((self.kind, et.entity_path, place, rows, tag)).encode(), digest_size=8).hexdigest()
        keys = [f"{digest}.{i}" for i in range(len(drawables))]
        self.seen[et.entity_path] = _Kept(et, chosen, place, comps, rows, drawables, keys, arrays, tag)
        self._extend(drawables, keys)

    def _extend(self, drawables: list[Any], keys: list[str] | None) -> None:
        self.drawables.extend(drawables)
        self.keys.extend(keys if keys is not None else [None] * len(drawables))

    def _annotation_tag(self, entity: str) -> str:
        return _annotation_tag(find_annotation_context(self.q.store, entity, self.q.timeline, self.q.time))

    def _place(self, et: EntityTransform) -> tuple[Any, ...]:
        """Where the entity is drawn, and by which visualizers."""
        m = et.world_from_entity
        mat = self._mat_bytes.get(id(m))
        if mat is None:
            mat = self._mat_bytes[id(m)] = m.tobytes()
        pinhole = None
        if et.pinhole is not None:
            ph = et.pinhole
            pinhole = self._pinholes.get(id(ph))
            if pinhole is None:
                pinhole = self._pinholes[id(ph)] = (
                    ph.entity_path, ph.image_from_camera.tobytes(), ph.resolution, ph.camera_xyz.tobytes(),
                    ph.image_plane_distance, ph.world_from_camera.tobytes(), ph.world_from_image.tobytes(),
                )
        chosen = self.q.blueprint.visualizers.get(et.entity_path)
        return (
            et.space,
            mat,
            None if et.out_of_tree is None else et.out_of_tree.tobytes(),
            pinhole,
            None if chosen is None else tuple(chosen),
        )

    def finish(self) -> None:
        """Keep what this answer built or reused (entities not seen for long are forgotten)."""
        if self.cache is None:
            return
        kept = self.cache.kept
        kept.update(self.seen)
        if len(kept) > 2 * len(self.seen) + 1024:  # other views of this origin showed other entities
            self.cache.kept = dict(self.seen)


def spatial_payload(q: ViewQuery, kind: str) -> P.SpatialPayload:
    """Drawables of a 3D or 2D view at the query time."""
    cache = _cache_for(q.store, kind, q.origin) if q.drawable_keys else None
    canvas: list[float] | None = None
    with cache.lock if cache is not None else contextlib.nullcontext():
        placed = resolve_transforms(q.store, q.origin, q.timeline, q.time, None if cache is None else cache.transforms)
        if q.contents.includes_subtree(paths.normalize(q.origin)):
            transforms = placed  # (every placed entity is at or below the origin)
        else:
            transforms = [et for et in placed if q.contents.matches(et.entity_path)]
        answer = _Answer(q, kind, cache)
        # (Place among the drawables, drawable, key) of each batch: at its group's first entity.
        inserts: list[tuple[int, Any, str]] = []
        plain = None if cache is None else _table_batches(q, kind, cache, transforms)
        if plain is not None:
            others, blocks = plain
            general = [transforms[i] for i in others]
            latest = q.latest_many([et.entity_path for et in general], None if cache is None else cache.latest)
            pending = sorted(range(len(blocks)), key=lambda b: blocks[b][0])  # blocks by their place, in order
            for i, et in zip(others, general):
                while pending and blocks[pending[0]][0] < i:
                    inserts.append((len(answer.drawables), *blocks[pending.pop(0)][1:]))
                comps = latest[et.entity_path]
                if not comps:
                    continue
                answer.add(et, comps)
                if kind == "2D" and et.space != SpaceKind.PINHOLE_2D and et.pinhole is None and et.entity_path == q.origin:
                    canvas = _pinhole_resolution(q)
            inserts.extend((len(answer.drawables), *blocks[b][1:]) for b in pending)
            answer.finish()
        else:
            latest = q.latest_many([et.entity_path for et in transforms], None if cache is None else cache.latest)
            dims = [_batch_dim(q, kind, et, latest[et.entity_path]) for et in transforms]
            batching = {d for d in (2, 3) if dims.count(d) >= BATCH_MIN_ENTITIES}
            batches = _PointsBatches(q, cache)
            batch_at: dict[tuple[str, int], int] = {}
            for et, dim in zip(transforms, dims):
                comps = latest[et.entity_path]
                if not comps:
                    continue
                if dim in batching:
                    batch_at.setdefault((et.space.value, dim), len(answer.drawables))
                    batches.add(et, comps, dim)
                else:
                    answer.add(et, comps)
                if kind == "2D" and et.space != SpaceKind.PINHOLE_2D and et.pinhole is None and et.entity_path == q.origin:
                    canvas = _pinhole_resolution(q)
            answer.finish()
            if batching:
                inserts = [(batch_at[group], drawable, key) for group, drawable, key in batches.drawables()]
    drawables, keys = answer.drawables, answer.keys
    # Last place first, so earlier places stay valid; at one place, in the order they came.
    for _, (at, drawable, batch_key) in sorted(enumerate(inserts), key=lambda item: (-item[1][0], -item[0])):
        drawables.insert(at, drawable)
        keys.insert(at, batch_key)
    if kind == "2D":
        projected = _projections(q)
        drawables = drawables + projected
        keys = keys + [None] * len(projected)
        images = [d for d in drawables if isinstance(d, P.ImageDrawable)]
        for d in images:
            if d.kind == "segmentation" and d.opacity < 0:
                d.opacity = 0.5 if len(images) > 1 else 1.0
        if canvas is None and images:
            canvas = [float(max(d.width for d in images)), float(max(d.height for d in images))]
    for d in drawables:
        if isinstance(d, P.ImageDrawable) and d.opacity < 0:
            d.opacity = 1.0
    order = sorted(range(len(drawables)), key=lambda i: getattr(drawables[i], "draw_order", 0.0))
    vc = find_view_coordinates(q.store, q.origin, q.timeline, q.time) if kind == "3D" else None
    view_coordinates = None
    if vc is not None:
        right = None
        for axis in range(3):
            if int(vc.codes[axis]) in (3, 4):  # Right, Left
                right = [0.0, 0.0, 0.0]
                right[axis] = 1.0 if int(vc.codes[axis]) == 3 else -1.0
        view_coordinates = P.ViewCoordinatesInfo(
            vc.entity_path, None if vc.up is None else [float(x) for x in vc.up], bool(vc.right_handed), right
        )
    if not q.drawable_keys:
        return P.SpatialPayload(
            kind=kind, origin=q.origin, drawables=[drawables[i] for i in order], view_coordinates=view_coordinates, canvas_size=canvas  # type: ignore[arg-type]
        )
    # By key: drawables without one (images, projections) get a fresh key each answer.
    known = q.arrays.known
    all_keys: list[str] = []
    new_drawables: list[Any] = []
    new_keys: list[str] = []
    for i in order:
        key = keys[i]
        if key is None:
            key = f"f{next(_FRESH_IDS):x}"
        all_keys.append(key)
        if key not in known:
            new_drawables.append(drawables[i])
            new_keys.append(key)
    return P.SpatialPayload(
        kind=kind,  # type: ignore[arg-type]
        origin=q.origin,
        drawables=new_drawables,
        view_coordinates=view_coordinates,
        canvas_size=canvas,
        order=all_keys,
        keys=new_keys,
    )


def _projections(q: ViewQuery) -> list[Any]:
    """3D content of a 2D pinhole view's contents outside its origin, projected through the camera."""
    if not any(not paths.is_descendant_or_self(e, q.origin) for e in q.entities()):
        return []
    projected = [et for et in resolve_projections(q.store, q.origin, q.timeline, q.time) if q.contents.matches(et.entity_path)]
    latest = q.latest_many([et.entity_path for et in projected])
    out: list[Any] = []
    for et in projected:
        comps = latest[et.entity_path]
        if comps:
            out.extend(_visualize(Scene(q, et, comps), _ARCHETYPES_3D))
    return out


def _pinhole_resolution(q: ViewQuery) -> list[float] | None:
    """A 2D view rooted at a pinhole: the pinhole's resolution is the canvas."""
    res = q.store.latest_at(q.origin, "rerun.components.Resolution", q.timeline, q.time)
    if res is None or len(res.batch) == 0:
        return None
    w, h = vectors(res.batch, 2)[0]
    return [float(w), float(h)]
