"""Transform hierarchy: each Transform3D form, nesting, out-of-tree, pinholes, disconnected spaces."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rerun._store import ChunkStore
from rerun._store.scene import SpaceKind, find_view_coordinates, resolve_transforms
from rerun._store.scene.transforms import describe_view_coordinates
from test_store_helpers import POS3, C, chunk, tf_mat3, tf_trs

TF = C + "Transform3D"
H = math.sqrt(0.5)


def mat(rows: list[list[float]]) -> np.ndarray:
    m = np.eye(4)
    m[: len(rows), :] = rows
    return m


def transforms(store: ChunkStore, origin: str = "/", timeline: str | None = "frame", time: int | None = 0) -> dict:  # type: ignore[type-arg]
    return {e.entity_path: e for e in resolve_transforms(store, origin, timeline, time)}


def one(transform) -> np.ndarray:  # type: ignore[no-untyped-def]
    store = ChunkStore()
    store.add_chunk(chunk("/e", [1], {TF: [transform]}))
    return transforms(store)["/e"].world_from_entity


def test_translation_and_mat3x3() -> None:
    got = one(tf_mat3([1, 2, 3], [[0, -1, 0], [1, 0, 0], [0, 0, 1]]))
    np.testing.assert_allclose(got, mat([[0, -1, 0, 1], [1, 0, 0, 2], [0, 0, 1, 3]]))


def test_mat3x3_only_and_translation_only() -> None:
    np.testing.assert_allclose(one(tf_mat3(None, [[2, 0, 0], [0, 3, 0], [0, 0, 4]])), np.diag([2.0, 3, 4, 1]))
    np.testing.assert_allclose(one(tf_mat3([1, 2, 3], None)), mat([[1, 0, 0, 1], [0, 1, 0, 2], [0, 0, 1, 3]]))


def test_axis_angle_degrees_uniform_scale_translation_applied_last() -> None:
    got = one(tf_trs(translation=[1, 0, 0], axis=[0, 0, 1], angle=90, degrees=True, scale=2))
    np.testing.assert_allclose(got, mat([[0, -2, 0, 1], [2, 0, 0, 0], [0, 0, 2, 0]]), atol=1e-6)


def test_axis_angle_radians_unnormalised_axis() -> None:
    got = one(tf_trs(axis=[0, 0, 5], angle=math.pi / 2))
    np.testing.assert_allclose(got, mat([[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0]]), atol=1e-6)


def test_quaternion_with_3d_scale() -> None:
    # 90 degrees about x: y -> z, z -> -y; then R @ diag(1, 2, 3).
    got = one(tf_trs(quat=[H, 0, 0, H], scale=[1, 2, 3]))
    np.testing.assert_allclose(got, mat([[1, 0, 0, 0], [0, 0, -3, 0], [0, 2, 0, 0]]), atol=1e-6)


def test_from_parent_inverts() -> None:
    got = one(tf_trs(translation=[1, 2, 3], from_parent=True))
    np.testing.assert_allclose(got, mat([[1, 0, 0, -1], [0, 1, 0, -2], [0, 0, 1, -3]]))
    got = one(tf_mat3(None, [[2, 0, 0], [0, 2, 0], [0, 0, 2]], from_parent=True))
    np.testing.assert_allclose(got, np.diag([0.5, 0.5, 0.5, 1]))


def nested_store() -> ChunkStore:
    store = ChunkStore()
    store.add_chunk(chunk("/world", [1], {TF: [tf_trs(translation=[1, 0, 0])]}))
    store.add_chunk(chunk("/world/child", [2], {TF: [tf_trs(axis=[0, 0, 1], angle=90, degrees=True)]}))
    store.add_chunk(chunk("/world/child/leaf", [3], {TF: [tf_trs(translation=[1, 0, 0])]}))
    store.add_chunk(chunk("/world/child/leaf", [4], {POS3: [[[0, 0, 0]]]}, {"frame": [0]}))
    return store


def test_nested_hierarchy() -> None:
    got = transforms(nested_store())
    assert list(got) == ["/", "/world", "/world/child", "/world/child/leaf"]
    # T(1,0,0) @ Rz(90) @ T(1,0,0): the leaf origin lands on (1, 1, 0).
    expected = mat([[0, -1, 0, 1], [1, 0, 0, 1], [0, 0, 1, 0]])
    np.testing.assert_allclose(got["/world/child/leaf"].world_from_entity, expected, atol=1e-6)
    assert all(e.space == SpaceKind.SPACE_3D and e.pinhole is None for e in got.values())


def test_matrices_are_shared_read_only() -> None:
    """An entity without a transform gets its parent's matrix itself, which nobody may modify."""
    store = nested_store()
    store.add_chunk(chunk("/world/child/leaf/plain", [5], {POS3: [[[0, 0, 0]]]}, {"frame": [0]}))
    got = transforms(store)
    leaf, plain = got["/world/child/leaf"], got["/world/child/leaf/plain"]
    assert plain.world_from_entity is leaf.world_from_entity
    for e in got.values():
        with pytest.raises(ValueError):
            e.world_from_entity[0, 3] = 99.0
    np.testing.assert_allclose(plain.world_from_entity, mat([[0, -1, 0, 1], [1, 0, 0, 1], [0, 0, 1, 0]]), atol=1e-6)


def test_origin_transform_is_ignored() -> None:
    got = transforms(nested_store(), origin="/world")
    assert "/" not in got
    np.testing.assert_allclose(got["/world"].world_from_entity, np.eye(4))
    np.testing.assert_allclose(
        got["/world/child/leaf"].world_from_entity, mat([[0, -1, 0, 0], [1, 0, 0, 1], [0, 0, 1, 0]]), atol=1e-6
    )


def test_transform_changes_over_time() -> None:
    store = ChunkStore()
    store.add_chunk(
        chunk("/e", [1, 2], {TF: [tf_trs(translation=[1, 0, 0]), tf_trs(translation=[2, 0, 0])]}, {"frame": [0, 10]})
    )
    assert transforms(store, time=5)["/e"].world_from_entity[0, 3] == 1
    assert transforms(store, time=10)["/e"].world_from_entity[0, 3] == 2
    assert transforms(store, time=-1)["/e"].world_from_entity[0, 3] == 0


def test_out_of_tree_transform_applies_to_own_data_only() -> None:
    store = ChunkStore()
    store.add_chunk(
        chunk(
            "/asset",
            [1],
            {TF: [tf_trs(translation=[1, 0, 0])], C + "OutOfTreeTransform3D": [tf_trs(translation=[0, 0, 5])]},
        )
    )
    store.add_chunk(chunk("/asset/child", [2], {POS3: [[[0, 0, 0]]]}))
    got = transforms(store)
    asset = got["/asset"]
    np.testing.assert_allclose(asset.world_from_entity, mat([[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0]]))
    np.testing.assert_allclose(asset.world_from_data(), mat([[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 5]]))
    np.testing.assert_allclose(got["/asset/child"].world_from_entity, asset.world_from_entity)
    assert got["/asset/child"].out_of_tree is None


def pinhole_store(camera_xyz: list[int] | None = None) -> ChunkStore:
    store = ChunkStore()
    comps = {
        TF: [tf_trs(translation=[0, 0, -10])],
        C + "PinholeProjection": [[np.array([[2, 0, 1], [0, 2, 1], [0, 0, 1]], np.float32).T.reshape(9).tolist()]],
        C + "Resolution": [[[2, 2]]],
        C + "ImagePlaneDistance": [[4.0]],
    }
    if camera_xyz is not None:
        comps[C + "ViewCoordinates"] = [[camera_xyz]]
    store.add_chunk(chunk("/world/cam", [1], comps))
    store.add_chunk(chunk("/world/cam/img", [2], {POS3: [[[0, 0, 0]]]}))
    return store


def test_pinhole_boundary() -> None:
    got = transforms(pinhole_store())
    cam, img = got["/world/cam"], got["/world/cam/img"]
    assert got["/world"].space == SpaceKind.SPACE_3D
    assert cam.space == img.space == SpaceKind.PINHOLE_2D
    assert cam.pinhole is not None and img.pinhole is not None and img.pinhole.entity_path == "/world/cam"
    ph = cam.pinhole
    np.testing.assert_allclose(ph.image_from_camera, [[2, 0, 1], [0, 2, 1], [0, 0, 1]])
    assert ph.resolution == (2.0, 2.0) and ph.image_plane_distance == 4.0
    np.testing.assert_allclose(ph.world_from_camera, mat([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, -10]]))
    # pixel (u, v) -> 4 * K^-1 (u, v, 1) = (2u - 2, 2v - 2, 4) in RDF camera space, camera at z=-10.
    for u, v, want in [(1, 1, [0, 0, -6]), (2, 2, [2, 2, -6]), (0, 2, [-2, 2, -6])]:
        np.testing.assert_allclose((img.world_from_entity @ [u, v, 123, 1])[:3], want, atol=1e-9)
    corners = ph.frustum_corners()
    assert corners is not None
    np.testing.assert_allclose(corners, [[-2, -2, -6], [2, -2, -6], [2, 2, -6], [-2, 2, -6]])


def test_pinhole_camera_xyz_rub() -> None:
    img = transforms(pinhole_store(camera_xyz=[3, 1, 6]))["/world/cam/img"]  # RUB
    # RDF (2, 2, 4) -> RUB (2, -2, -4); camera at z=-10.
    np.testing.assert_allclose((img.world_from_entity @ [2, 2, 0, 1])[:3], [2, -2, -14])


def test_origin_at_pinhole_is_2d_space() -> None:
    got = transforms(pinhole_store(), origin="/world/cam")
    assert set(got) == {"/world/cam", "/world/cam/img"}
    assert all(e.space == SpaceKind.SPACE_2D and e.pinhole is None for e in got.values())
    np.testing.assert_allclose(got["/world/cam/img"].world_from_entity, np.eye(4))


def test_nested_pinhole_not_reachable() -> None:
    store = pinhole_store()
    k = np.eye(3, dtype=np.float32).reshape(9).tolist()
    store.add_chunk(chunk("/world/cam/img/cam2", [5], {C + "PinholeProjection": [[k]]}))
    store.add_chunk(chunk("/world/cam/img/cam2/x", [6], {POS3: [[[0, 0, 0]]]}))
    got = transforms(store)
    assert "/world/cam/img" in got and "/world/cam/img/cam2" not in got and "/world/cam/img/cam2/x" not in got


def test_disconnected_space() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/world/room1/point", [1], {POS3: [[[0, 0, 0]]]}))
    store.add_chunk(chunk("/world/wormhole", [2], {C + "DisconnectedSpace": [[True]]}))
    store.add_chunk(chunk("/world/wormhole/point", [3], {POS3: [[[2, 2, 2]]]}))
    store.add_chunk(chunk("/world/other", [4], {C + "DisconnectedSpace": [[False]]}))  # reconnected
    got = transforms(store, origin="/world")
    assert "/world/room1/point" in got and "/world/other" in got
    assert "/world/wormhole" not in got and "/world/wormhole/point" not in got
    inside = transforms(store, origin="/world/wormhole")
    assert set(inside) == {"/world/wormhole", "/world/wormhole/point"}


def test_view_coordinates() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/world", [1], {C + "ViewCoordinates": [[[3, 5, 1]]]}))  # RIGHT_HAND_Z_UP (RFU)
    store.add_chunk(chunk("/world/points", [2], {POS3: [[[0, 0, 0]]]}))
    info = find_view_coordinates(store, "/", "frame", 0)
    assert info is not None and info.entity_path == "/world"
    np.testing.assert_allclose(info.up, [0, 0, 1])
    assert info.right_handed
    info = find_view_coordinates(store, "/world/points", "frame", 0)  # from the ancestor
    assert info is not None and info.entity_path == "/world"
    assert transforms(store)["/world"].view_coordinates.tolist() == [3, 5, 1]  # type: ignore[union-attr]
    rdf = describe_view_coordinates("/", np.array([3, 2, 5]))
    np.testing.assert_allclose(rdf.up, [0, -1, 0])
    assert rdf.right_handed
    assert not describe_view_coordinates("/", np.array([3, 1, 5])).right_handed  # RUF
    # A pinhole's camera_xyz is not a view's coordinates.
    assert find_view_coordinates(pinhole_store(camera_xyz=[3, 1, 6]), "/") is None


@pytest.mark.parametrize("origin", ["/", "/world"])
def test_unknown_origin_or_empty_store(origin: str) -> None:
    got = transforms(ChunkStore(), origin=origin)
    assert list(got) == [origin]


def test_the_memo_places_every_entity_as_a_fresh_walk_does() -> None:
    """Stepping back and forth with a `TransformMemo` (unchanged subtrees copied, moved ones placed
    by their root without a visit) gives what a walk without it gives, entity by entity."""
    import rerun as rr
    from rerun._store.scene import TransformMemo
    from test_viewer_views import make_hub

    def log(rec: rr.RecordingStream) -> None:
        for frame in range(5):
            rec.set_time_sequence("frame", frame)
            for g in range(3):
                if frame == 0 or (g + frame) % 2:
                    rec.log(f"world/g{g}", rr.Transform3D(translation=[g, frame, 0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=7 * frame)))
            if frame in (0, 3):
                rec.log("world/g1/cam", rr.Pinhole(focal_length=5 + frame, width=8, height=6))
            if frame == 0:
                for e in range(6):
                    rec.log(f"world/g{e % 3}/e{e}", rr.Points3D([[e, 0, 0]]))
                    rec.log(f"world/g{e % 3}/e{e}/child", rr.Points3D([[0, e, 0]]))
                rec.log("world/g1/cam/img", rr.Points2D([[1, 2]]))
            if frame == 2:
                rec.log("world/g2/e2", rr.DisconnectedSpace(True))

    _, store = make_hub(log, "transform_memo")
    memo = TransformMemo()
    for t in (0, 1, 2, 3, 4, 3, 1, 0, 4, 2, 2):
        with_memo = resolve_transforms(store, "/world", "frame", t, memo)
        fresh = resolve_transforms(store, "/world", "frame", t)
        assert [e.entity_path for e in with_memo] == [e.entity_path for e in fresh], t
        for a, b in zip(with_memo, fresh):
            assert a.space == b.space and (a.pinhole is None) == (b.pinhole is None), (t, a.entity_path)
            np.testing.assert_allclose(a.world_from_entity, b.world_from_entity, err_msg=f"{t} {a.entity_path}")
            if a.pinhole is not None:
                np.testing.assert_allclose(a.pinhole.world_from_image, b.pinhole.world_from_image)
