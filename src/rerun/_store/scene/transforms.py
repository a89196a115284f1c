"""The transform hierarchy of a spatial view at one time.

`resolve_transforms(store, origin, timeline, time)` walks the entity tree below the view origin
and returns, per reachable entity, its ``world_from_entity`` 4x4 matrix ("world" = the origin's
space), whether it lives in the origin's space or in a pinhole's 2D image space, and its
out-of-tree transform.

Rules (Rerun 0.17):

- ``Transform3D`` at an entity maps the entity's space to its parent's (``from_parent`` inverts).
  The origin's own transform is ignored: the view is expressed in the origin's frame.
- ``OutOfTreeTransform3D`` (Asset3D's ``transform``) applies to the entity's own data only:
  draw it with ``world_from_entity @ out_of_tree``; children do not inherit it.
- ``Pinhole`` at entity P: P's Transform3D places the camera; P itself and its subtree are a 2D
  image space. Their ``world_from_entity`` maps image coordinates (u, v, *, 1) onto the image
  plane at ``image_plane_distance`` in front of the camera (z of the input is ignored).
  Pinholes nested under pinholes are not reachable (Rerun reports them as errors).
- ``DisconnectedSpace`` (true) cuts an entity and its subtree off from its parent's space.
- If the origin is at or under a pinhole, the origin space is 2D: everything reachable is
  `SpaceKind.SPACE_2D` with plain 2D-as-3D transforms and no projection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np

from .. import paths
from .decode import RDF, decode_mat3x3, decode_transforms, view_coordinates_basis, xyz_from_rdf

if TYPE_CHECKING:
    from ..store import ChunkStore

TRANSFORM3D = "rerun.components.Transform3D"
OUT_OF_TREE = "rerun.components.OutOfTreeTransform3D"
PINHOLE_PROJECTION = "rerun.components.PinholeProjection"
RESOLUTION = "rerun.components.Resolution"
VIEW_COORDINATES = "rerun.components.ViewCoordinates"
IMAGE_PLANE_DISTANCE = "rerun.components.ImagePlaneDistance"
DISCONNECTED_SPACE = "rerun.components.DisconnectedSpace"
_SPATIAL = (
    TRANSFORM3D,
    OUT_OF_TREE,
    PINHOLE_PROJECTION,
    RESOLUTION,
    VIEW_COORDINATES,
    IMAGE_PLANE_DISTANCE,
    DISCONNECTED_SPACE,
)
_SPATIAL_SET = frozenset(_SPATIAL)

#: Image plane distance when the Pinhole does not set one.
DEFAULT_IMAGE_PLANE_DISTANCE = 1.0


class SpaceKind(str, Enum):
    SPACE_3D = "3d"  # the origin's 3D space
    PINHOLE_2D = "pinhole_2d"  # the 2D image space of a pinhole below the origin (project it)
    SPACE_2D = "2d"  # the origin's own space is 2D (origin at or under a pinhole)


@dataclass
class PinholeInfo:
    """A pinhole camera, decoded.

    ``image_from_camera`` is the 3x3 intrinsics in the usual row-major reading;
    ``world_from_camera`` places the camera entity's frame (axes as `camera_xyz`, default RDF);
    ``world_from_image`` maps (u, v, *, 1) pixel coordinates onto the image plane.
    """

    entity_path: str
    image_from_camera: np.ndarray
    resolution: tuple[float, float] | None
    camera_xyz: np.ndarray
    image_plane_distance: float
    world_from_camera: np.ndarray
    world_from_image: np.ndarray

    def frustum_corners(self) -> np.ndarray | None:
        """(4, 3) world positions of the image corners on the image plane (needs a resolution)."""
        if self.resolution is None:
            return None
        w, h = self.resolution
        uv = np.array([[0, 0, 0, 1], [w, 0, 0, 1], [w, h, 0, 1], [0, h, 0, 1]], np.float64)
        return (uv @ self.world_from_image.T)[:, :3]


@dataclass
class EntityTransform:
    """Where one entity sits in a view. Its matrices are read-only: they are shared (an entity
    without a transform has its parent's)."""

    entity_path: str
    world_from_entity: np.ndarray
    space: SpaceKind
    pinhole: PinholeInfo | None
    out_of_tree: np.ndarray | None = None
    view_coordinates: np.ndarray | None = None

    def world_from_data(self) -> np.ndarray:
        """Matrix for the entity's own data (includes the out-of-tree transform)."""
        if self.out_of_tree is None:
            return self.world_from_entity
        return self.world_from_entity @ self.out_of_tree


@dataclass
class TransformMemo:
    """What `resolve_transforms` answered last time for one origin, kept by the caller between calls.

    An entity placed as it was then gets the same `EntityTransform` object; and a subtree none of
    whose entities below its root has a spatial component (transform, pinhole, ...) is placed
    entirely by its root: when the root is placed as before, its subtree is the previous answer's
    slice, copied without visiting its entities (the 1,000 children of a transform group).
    """

    #: Entity -> its `EntityTransform` of the last call (and of earlier ones, for entities no
    #: longer reached: they are only reused when they match).
    placed: dict[str, EntityTransform] = field(default_factory=dict)
    #: The last call's answer, and where each entity visited one by one is in it.
    out: list[EntityTransform] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    #: The store's `shape_generation` the tree facts below are for (new rows alone keep them).
    generation: int = -1
    #: Entities with a spatial component at a strict descendant (this shape generation).
    spatial_below: frozenset[str] = frozenset()
    #: Entity -> how many descendants it has (this shape generation; filled on demand).
    descendants: dict[str, int] = field(default_factory=dict)


def image_plane_matrix(image_from_camera: np.ndarray, distance: float, camera_xyz: np.ndarray) -> np.ndarray:
    """camera_from_image: (u, v, *, 1) -> point at `distance` along the optical axis, in camera_xyz axes."""
    try:
        k_inv = np.linalg.inv(image_from_camera)
    except np.linalg.LinAlgError:
        k_inv = np.linalg.pinv(image_from_camera)
    m = np.zeros((4, 4))
    rdf = np.column_stack([k_inv[:, 0], k_inv[:, 1], np.zeros(3), k_inv[:, 2]]) * distance
    m[:3, :] = xyz_from_rdf(camera_xyz) @ rdf
    m[3, 3] = 1.0
    return m


def _query(store: ChunkStore, entity: str, timeline: str | None, time: int | None) -> dict:  # type: ignore[type-arg]
    """The non-empty spatial component batches visible at a canonical entity path (lock held)."""
    present = store._component_set(entity)
    if present.isdisjoint(_SPATIAL_SET):  # most entities: no store query at all
        return {}
    names = [c for c in _SPATIAL if c in present]
    return {k: r.batch for k, r in store._entity_results(entity, timeline, time, names).items() if len(r.batch)}


#: Decoded `Transform3D` cells by row id, per store (`ChunkStore.derived`): a scene of many frames
#: asks the same few transforms again at every step.
_DECODED = "transforms.decoded"
_MAX_DECODED = 65_536


def _local_transform(store: ChunkStore, entity: str, timeline: str | None, time: int | None, batch: object) -> np.ndarray:
    """The entity's `Transform3D` at `time` as a 4x4 matrix (`batch`: its visible cell), decoded once per row."""
    res = store._entity_results(entity, timeline, time, (TRANSFORM3D,)).get(TRANSFORM3D)
    if res is None:  # (not reached: `batch` came from the same query)
        return decode_transforms(batch.slice(0, 1))[0]  # type: ignore[attr-defined,no-any-return]
    cache: dict[tuple[int, int], np.ndarray] = store.derived.setdefault(_DECODED, {})
    key = (res._hi, res._lo)
    found = cache.get(key)
    if found is None:
        if len(cache) >= _MAX_DECODED:
            cache.clear()
        found = cache[key] = _read_only(decode_transforms(res.batch.slice(0, 1))[0])
    return found


def _read_only(m: np.ndarray) -> np.ndarray:
    m.flags.writeable = False
    return m


def _pinhole(entity: str, comps: dict, world_from_camera: np.ndarray) -> PinholeInfo:  # type: ignore[type-arg]
    k = decode_mat3x3(comps[PINHOLE_PROJECTION].slice(0, 1))[0]
    res = comps.get(RESOLUTION)
    resolution = None
    if res is not None:
        w, h = res.slice(0, 1).values.to_numpy(zero_copy_only=False)[:2]
        resolution = (float(w), float(h))
    xyz = comps.get(VIEW_COORDINATES)
    camera_xyz = RDF if xyz is None else np.asarray(xyz.slice(0, 1).values.to_numpy(zero_copy_only=False), np.uint8)
    dist = comps.get(IMAGE_PLANE_DISTANCE)
    distance = DEFAULT_IMAGE_PLANE_DISTANCE if dist is None else float(dist[0].as_py())
    world_from_image = world_from_camera @ image_plane_matrix(k, distance, camera_xyz)
    return PinholeInfo(entity, k, resolution, camera_xyz, distance, world_from_camera, world_from_image)


def _is_disconnected(comps: dict) -> bool:  # type: ignore[type-arg]
    flag = comps.get(DISCONNECTED_SPACE)
    return flag is not None and bool(flag[0].as_py())


def resolve_transforms(
    store: ChunkStore,
    origin: str = "/",
    timeline: str | None = None,
    time: int | None = None,
    memo: TransformMemo | None = None,
) -> list[EntityTransform]:
    """Every entity reachable from `origin` (itself included) with its world-from-entity matrix.

    Parameters
    ----------
    store:
        The recording's store.
    origin:
        The view's space origin.
    timeline, time:
        Where to query (None timeline: static data only; None time: latest).
    memo:
        The previous call's answer for the same origin, kept by the caller (this call updates it,
        see `TransformMemo`): an entity placed as it was then gets the same `EntityTransform`
        object (its children then share that object's matrix), so callers can compare with ``is``.

    Returns
    -------
    list[EntityTransform]
        In depth-first order, parents before children, siblings sorted by path.

    """
    origin = paths.normalize(origin)
    out: list[EntityTransform] = []
    with store._lock:
        origin_2d = any(PINHOLE_PROJECTION in _query(store, p, timeline, time) for p in paths.ancestors(origin))
        comps = _query(store, origin, timeline, time)
        root_kind = SpaceKind.SPACE_2D if origin_2d else SpaceKind.SPACE_3D
        # Matrices are shared between an entity and its children without a transform (hence
        # read-only): most entities of a big scene have none, and need no matrix product.
        stack: list[tuple[str, np.ndarray, SpaceKind, PinholeInfo | None, dict]] = [  # type: ignore[type-arg]
            (origin, _read_only(np.eye(4)), root_kind, None, comps)
        ]
        before = memo.placed if memo is not None else {}
        placed = before if memo is not None else {}
        # Copying unchanged subtrees needs the same tree as the last call (the same entities, and
        # the same ones with spatial components: new rows of a streaming recording keep both).
        same_tree = memo is not None and memo.generation == store.shape_generation
        if memo is not None and not same_tree:
            memo.generation, memo.descendants = store.shape_generation, {}
            memo.spatial_below = _spatial_below(store)
        previous_out = memo.out if memo is not None and same_tree else []
        previous_index = memo.index if memo is not None and same_tree else {}
        index: dict[str, int] = {}
        while stack:
            entity, world_from_entity, kind, pinhole, comps = stack.pop()
            oot = comps.get(OUT_OF_TREE)
            vc = comps.get(VIEW_COORDINATES) if PINHOLE_PROJECTION not in comps else None
            prev = before.get(entity)
            if (
                prev is not None
                and oot is None
                and vc is None
                and pinhole is None
                and prev.pinhole is None
                and prev.out_of_tree is None
                and prev.view_coordinates is None
                and prev.space == kind
                and (prev.world_from_entity is world_from_entity or np.array_equal(prev.world_from_entity, world_from_entity))
            ):
                et = prev
                world_from_entity = prev.world_from_entity
            else:
                et = EntityTransform(
                    entity,
                    world_from_entity,
                    kind,
                    pinhole,
                    None if oot is None else decode_transforms(oot.slice(0, 1))[0],
                    None if vc is None else np.asarray(vc.slice(0, 1).values.to_numpy(zero_copy_only=False), np.uint8),
                )
            index[entity] = len(out)
            out.append(et)
            placed[entity] = et
            if memo is not None and entity not in memo.spatial_below:
                at = previous_index.get(entity)
                if at is not None and previous_out[at].entity_path == entity:
                    # Nothing below it has a transform, pinhole or other spatial component of its
                    # own: its whole subtree is placed by it, and is the slice after it in the
                    # last answer (the same tree). Placed as before: that slice as it is; moved:
                    # the same entities, all with its matrix, without visiting them.
                    n = memo.descendants.get(entity)
                    if n is None:
                        n = memo.descendants[entity] = _count_descendants(store, entity)
                    subtree = previous_out[at + 1 : at + 1 + n]
                    if et is prev and previous_out[at] is et:
                        out.extend(subtree)
                        continue
                    moved = [EntityTransform(below.entity_path, world_from_entity, kind, pinhole) for below in subtree]
                    placed.update(zip([m.entity_path for m in moved], moved))
                    out.extend(moved)
                    continue
            for child in store._children_sorted_reversed(entity):
                c = _query(store, child, timeline, time)
                if _is_disconnected(c):
                    continue
                world_from_child = world_from_entity
                if TRANSFORM3D in c:
                    local = _local_transform(store, child, timeline, time, c[TRANSFORM3D])
                    world_from_child = _read_only(world_from_entity @ local)
                child_kind, child_pinhole = kind, pinhole
                if PINHOLE_PROJECTION in c:
                    if kind != SpaceKind.SPACE_3D:
                        continue  # nested pinhole: not supported, as in Rerun
                    child_pinhole = _pinhole(child, c, world_from_child)
                    child_kind = SpaceKind.PINHOLE_2D
                    world_from_child = _read_only(child_pinhole.world_from_image)
                stack.append((child, world_from_child, child_kind, child_pinhole, c))
    if memo is not None:
        memo.out, memo.index = out, index
    return out


def _spatial_below(store: ChunkStore) -> frozenset[str]:
    """Entities with a spatial component (transform, pinhole, ...) at a strict descendant (lock held)."""
    found: set[str] = set()
    for entity in store._entities:
        if not store._component_set(entity).isdisjoint(_SPATIAL_SET):
            parent = paths.parent(entity)
            for ancestor in () if parent is None else paths.ancestors(parent):
                if ancestor in found:
                    break
                found.add(ancestor)
    return frozenset(found)


def _count_descendants(store: ChunkStore, entity: str) -> int:
    """How many entities the tree holds below `entity` (lock held)."""
    n = 0
    stack = [entity]
    while stack:
        children = store._children_sorted_reversed(stack.pop())
        n += len(children)
        stack.extend(children)
    return n


def image_from_camera_projective(image_from_camera: np.ndarray, camera_xyz: np.ndarray) -> np.ndarray:
    """4x4 homogeneous image_from_camera of a pinhole: (x, y, z, 1) in camera_xyz axes -> (u w, v w, 0, w).

    The divide by w (= depth / focal length) is left to the renderer; scaling the whole matrix by
    1 / fx keeps the projection and makes w also the factor by which scene-unit radii shrink into
    pixels at that depth. Points behind the camera get w <= 0.
    """
    k = np.asarray(image_from_camera, np.float64)
    m = np.zeros((4, 4))
    m[0, :3] = k[0]
    m[1, :3] = k[1]
    m[3, :3] = k[2]
    fx = float(k[0, 0])
    if fx > 0 and np.isfinite(fx):
        m /= fx
    rdf_from_xyz = np.eye(4)
    rdf_from_xyz[:3, :3] = xyz_from_rdf(camera_xyz).T  # an orthonormal basis: inverse = transpose
    return m @ rdf_from_xyz


def _pinhole_ancestor(store: ChunkStore, origin: str, timeline: str | None, time: int | None) -> str | None:
    for path in paths.ancestors(origin):
        if PINHOLE_PROJECTION in _query(store, path, timeline, time):
            return path
    return None


def resolve_projections(
    store: ChunkStore, origin: str, timeline: str | None = None, time: int | None = None
) -> list[EntityTransform]:
    """3D entities seen by the pinhole camera of a 2D view (Rerun's "projections").

    A 2D view whose origin is (under) a pinhole camera also shows the entities of the camera's
    parent 3D space, projected through the camera. Returns, for every entity of that 3D space
    outside the origin's subtree, an `EntityTransform` whose ``world_from_entity`` is the
    projective image_from_entity matrix (see `image_from_camera_projective`); empty when the
    origin is not under a pinhole.
    """
    origin = paths.normalize(origin)
    with store._lock:
        camera = _pinhole_ancestor(store, origin, timeline, time)
        if camera is None or camera == "/":
            return []
        # The camera's 3D space reaches up to the nearest disconnected ancestor (or the root).
        root = "/"
        for path in paths.ancestors(paths.parent(camera) or "/"):
            if _is_disconnected(_query(store, path, timeline, time)):
                root = path
                break
    spaces = resolve_transforms(store, root, timeline, time)
    pinhole = next((et.pinhole for et in spaces if et.entity_path == camera), None)
    if pinhole is None:
        return []
    try:
        camera_from_world = np.linalg.inv(pinhole.world_from_camera)
    except np.linalg.LinAlgError:
        return []
    image_from_world = image_from_camera_projective(pinhole.image_from_camera, pinhole.camera_xyz) @ camera_from_world
    return [
        EntityTransform(et.entity_path, _read_only(image_from_world @ et.world_from_entity), SpaceKind.SPACE_3D, None, et.out_of_tree)
        for et in spaces
        if et.space == SpaceKind.SPACE_3D and not paths.is_descendant_or_self(et.entity_path, origin)
    ]


@dataclass
class ViewCoordinatesInfo:
    entity_path: str
    codes: np.ndarray
    up: np.ndarray | None  # the up direction, in the entity's coordinates
    right_handed: bool


def describe_view_coordinates(entity_path: str, codes: np.ndarray) -> ViewCoordinatesInfo:
    """Up axis (as a unit vector in the entity's own x/y/z) and handedness of ViewCoordinates codes."""
    codes = np.asarray(codes, np.uint8).reshape(3)
    basis = view_coordinates_basis(codes)  # columns: the x, y, z axes in RUB
    up = None
    for axis in range(3):
        if codes[axis] in (1, 2):
            up = np.zeros(3)
            up[axis] = 1.0 if codes[axis] == 1 else -1.0
    return ViewCoordinatesInfo(entity_path, codes, up, bool(np.linalg.det(basis) > 0))


def find_view_coordinates(
    store: ChunkStore, origin: str = "/", timeline: str | None = None, time: int | None = None
) -> ViewCoordinatesInfo | None:
    """The ViewCoordinates that orient a 3D view's camera.

    The origin or its nearest ancestor with ViewCoordinates (not counting a pinhole's
    camera_xyz); failing that the shallowest descendant of the origin with one (ties: path order).
    """
    origin = paths.normalize(origin)

    def at(path: str) -> np.ndarray | None:
        comps = _query(store, path, timeline, time)
        if VIEW_COORDINATES in comps and PINHOLE_PROJECTION not in comps:
            return np.asarray(comps[VIEW_COORDINATES].slice(0, 1).values.to_numpy(zero_copy_only=False), np.uint8)
        return None

    with store._lock:
        for path in paths.ancestors(origin):
            codes = at(path)
            if codes is not None:
                return describe_view_coordinates(path, codes)
        # The shallowest descendant first, ties in path order (breadth first over the tree), among
        # only the entities that logged ViewCoordinates at all: no walk over a big scene.
        candidates = [p for p in store._entities_with(VIEW_COORDINATES) if p != origin and paths.is_descendant_or_self(p, origin)]
        for path in sorted(candidates, key=lambda p: (len(paths.parts(p)), p)):
            codes = at(path)
            if codes is not None:
                return describe_view_coordinates(path, codes)
    return None
