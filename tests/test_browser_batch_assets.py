"""Assets (STL, OBJ, glTF/GLB) of plain materials draw in the mesh batches, one draw call per
material look, with the same pixels, hover and click as when each entity is drawn on its own
(`?batch=0`); a translucent asset stays one object. Strips, boxes, arrows and keypoint connections
with scene-unit radii seen through a pinhole in a 2D view draw in the line batches, their widths
shrinking with depth at each end as one object each draws them."""

from __future__ import annotations

import json
import struct
from typing import Any

import numpy as np

import rerun as rr
import rerun.blueprint as rrb
from browser_support import current_time, hover_text, save_recording, view_pixels, wait_rendered, where_color

PER_FORMAT = 10

# A unit box: 8 corners, 12 triangles (counter-clockwise seen from outside).
BOX_CORNERS = np.array([[x, y, z] for z in (0, 1) for y in (0, 1) for x in (0, 1)], np.float32) - 0.5
BOX_TRIANGLES = np.array(
    [[0, 2, 1], [1, 2, 3], [4, 5, 6], [5, 7, 6], [0, 1, 4], [1, 5, 4], [2, 6, 3], [3, 6, 7], [0, 4, 2], [2, 4, 6], [1, 3, 5], [3, 7, 5]],
    np.uint32,
)


def _face_normals(v: np.ndarray, tri: np.ndarray) -> np.ndarray:
    n = np.cross(v[tri[:, 1]] - v[tri[:, 0]], v[tri[:, 2]] - v[tri[:, 0]])
    return (n / np.linalg.norm(n, axis=1, keepdims=True)).astype(np.float32)


def _stl(v: np.ndarray, tri: np.ndarray) -> bytes:
    """A binary STL of the triangles."""
    facets = np.zeros(len(tri), np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")]))
    facets["n"] = _face_normals(v, tri)
    facets["v"] = v[tri]
    return bytes(80) + struct.pack("<I", len(tri)) + facets.tobytes()


def _big_stl(side: int) -> bytes:
    """A flat square of `side` x `side` small triangles, each with three vertices of its own (an
    asset too large to batch at 151 or more: over 65,536 vertices)."""
    i, j = np.meshgrid(np.arange(side, dtype=np.float32), np.arange(side, dtype=np.float32))
    i, j = i.ravel() / side, j.ravel() / side
    v = np.zeros((side * side * 3, 3), np.float32)
    v[0::3, 0], v[0::3, 1] = i, j
    v[1::3, 0], v[1::3, 1] = i + 0.8 / side, j
    v[2::3, 0], v[2::3, 1] = i, j + 0.8 / side
    return _stl(v, np.arange(len(v), dtype=np.uint32).reshape(-1, 3))


def _obj(v: np.ndarray, tri: np.ndarray, rgb: tuple[float, float, float]) -> bytes:
    """An OBJ with a colour per vertex (and the normals OBJLoader computes per face)."""
    lines = [f"v {x} {y} {z} {rgb[0]} {rgb[1]} {rgb[2]}" for x, y, z in v] + [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in tri]
    return "\n".join(lines).encode()


def _glb(v: np.ndarray, tri: np.ndarray, rgba: tuple[float, ...], *, unlit: bool = False, mirrored: bool = False) -> bytes:
    """A GLB of one box under a child node (moved, and mirrored when asked): flat normals (each
    triangle's corners its own vertices), one material of base colour `rgba` (linear; blended
    when its alpha is under 1), lit (roughness 0.5, metalness 0.2) or unlit."""
    pos = v[tri.reshape(-1)].astype(np.float32)
    nrm = np.repeat(_face_normals(v, tri), 3, axis=0)
    blobs = [pos.tobytes(), nrm.tobytes()]
    offsets = np.cumsum([0] + [len(b) for b in blobs]).tolist()
    material: dict[str, Any] = {"pbrMetallicRoughness": {"baseColorFactor": list(rgba), "metallicFactor": 0.2, "roughnessFactor": 0.5}}
    if rgba[3] < 1:
        material["alphaMode"] = "BLEND"
    if unlit:
        material["extensions"] = {"KHR_materials_unlit": {}}
    attributes = {"POSITION": 0, "NORMAL": 1}
    doc: dict[str, Any] = {
        "asset": {"version": "2.0"},
        "extensionsUsed": ["KHR_materials_unlit"] if unlit else [],
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"children": [1], "translation": [0, 0, 0.25]}, {"mesh": 0, "scale": [-1, 1, 1] if mirrored else [1, 1, 1]}],
        "meshes": [{"primitives": [{"attributes": attributes, "material": 0}]}],
        "materials": [material],
        "buffers": [{"byteLength": offsets[-1]}],
        "bufferViews": [{"buffer": 0, "byteOffset": offsets[i], "byteLength": len(b)} for i, b in enumerate(blobs)],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": len(pos), "type": "VEC3", "min": pos.min(axis=0).tolist(), "max": pos.max(axis=0).tolist()},
            {"bufferView": 1, "componentType": 5126, "count": len(pos), "type": "VEC3"},
        ],
    }
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 4)
    binary = b"".join(blobs)
    body = struct.pack("<I4s", len(js), b"JSON") + js + struct.pack("<I4s", len(binary), b"BIN\0") + binary
    return struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body


def _unlit_color(k: int) -> tuple[float, float, float, float]:
    return (0.9, 0.02 * k, 0.05, 1.0)


def _shown(rgba: tuple[float, ...]) -> np.ndarray:
    """An unlit asset's colour on screen (the viewer shows material colours as they are given)."""
    return np.asarray(rgba[:3]) * 255


def _log_assets(rec: rr.RecordingStream) -> None:
    rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
    for k in range(PER_FORMAT):
        for row, fmt in enumerate(("stl", "obj", "glb", "unlit")):
            path = f"world/{fmt}/a{k}"
            rec.log(path, rr.Transform3D(translation=[k * 1.6, row * 1.6, 0], rotation=rr.RotationAxisAngle([1, 1, 0], degrees=25 + 7 * k)), static=True)
            v = BOX_CORNERS * (0.6 + 0.03 * k)
            if fmt == "stl":
                asset = rr.Asset3D(contents=_stl(v, BOX_TRIANGLES), media_type=rr.MediaType.STL)
            elif fmt == "obj":
                asset = rr.Asset3D(contents=_obj(v, BOX_TRIANGLES, (0.2, 0.4 + 0.05 * k, 0.9)), media_type="model/obj")
            elif fmt == "glb":
                asset = rr.Asset3D(contents=_glb(v, BOX_TRIANGLES, (0.3, 0.8, 0.1 * k, 1.0), mirrored=k % 2 == 1), media_type=rr.MediaType.GLB)
            else:
                asset = rr.Asset3D(contents=_glb(v, BOX_TRIANGLES, _unlit_color(k), unlit=True), media_type=rr.MediaType.GLB)
            rec.log(path, asset, static=True)
    # Larger than the page batches (over 65,536 vertices): drawn on its own in both modes.
    rec.log("world/big", rr.Transform3D(translation=[-2.0, -2.0, 0], scale=1.5), static=True)
    rec.log("world/big", rr.Asset3D(contents=_big_stl(160), media_type=rr.MediaType.STL), static=True)
    # A translucent asset: drawn on its own in both modes.
    rec.log("world/translucent", rr.Transform3D(translation=[-2.0, 0, 0]), static=True)
    rec.log("world/translucent", rr.Asset3D(contents=_glb(BOX_CORNERS, BOX_TRIANGLES, (1, 1, 1, 0.5)), media_type=rr.MediaType.GLB), static=True)


def _body(page: Any, kind: str) -> Any:
    return page.locator(f".view-tile[data-view-kind='{kind}'] .view-body").first


def _open(page: Any, server: Any, query: str, kind: str) -> tuple[np.ndarray, int]:
    page.goto(server.url + "/" + query)
    wait_rendered(page, timeout=60_000)
    page.wait_for_timeout(300)
    return view_pixels(page, kind), int(_body(page, kind).get_attribute("data-draw-calls") or 0)


def test_assets_draw_in_mesh_batches_like_one_object_each_and_pick_their_entity(page, viewer, tmp_path) -> None:
    server = viewer(files=[save_recording(tmp_path / "assets.rrd", _log_assets)])
    shots, calls, hovers = {}, {}, {}
    target = _shown(_unlit_color(6))
    for mode, query in (("alone", "?batch=0"), ("batched", "")):
        shots[mode], calls[mode] = _open(page, server, query, "3D")
        count, y, x = where_color(shots[mode], target, tol=3)
        assert count > 30, f"{mode}: unlit asset 6 is not drawn in its colour"
        hovers[mode] = hover_text(page, "3D", x, y)
    # STL (standard), OBJ (Phong), lit glTF, unlit glTF: four batches, and the large and the
    # translucent asset on their own, against one object per asset.
    assert calls["batched"] == 6 and calls["alone"] >= 4 * PER_FORMAT + 2, calls
    a, b = shots["batched"], shots["alone"]
    lit = np.abs(a - a[0, 0]).max(axis=2) > 30
    assert lit.sum() > 4 * PER_FORMAT * 100, "the assets are not drawn"
    differ = np.abs(a - b).max(axis=2) > 8
    assert differ.sum() <= 30, f"{int(differ.sum())} pixels differ between the batches and one object per asset"
    assert hovers["batched"] == hovers["alone"] == "/world/unlit/a6", hovers
    # Clicking a batched asset selects its entity, which lights up; its neighbours do not.
    count, y, x = where_color(a, target, tol=3)
    box = _body(page, "3D").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/unlit/a6'", timeout=10_000)
    page.mouse.move(1, 1)
    neighbour = _shown(_unlit_color(5))
    for _ in range(50):
        after = view_pixels(page, "3D")
        if where_color(after, target, tol=3)[0] < count // 4:
            break
        page.wait_for_timeout(100)
    assert where_color(after, target, tol=3)[0] < count // 4, "the selected asset did not light up"
    assert abs(where_color(after, neighbour, tol=3)[0] - where_color(a, neighbour, tol=3)[0]) <= 5


def test_scene_unit_lines_seen_through_a_pinhole_draw_in_line_batches_like_one_object_each(page, viewer, tmp_path) -> None:
    """Strips, boxes, arrows and keypoint connections with scene-unit radii projected into a
    pinhole's 2D view (over its image): a few line batches (and one of arrow heads), the same
    pixels and hover as one object per entity, each end's width divided by its depth."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial2DView(origin="world/cam", contents=["/world/**"]), collapse_panels=True))
        rec.log("world/cam", rr.Pinhole(focal_length=300.0, width=640, height=480, camera_xyz=rr.ViewCoordinates.RDF), static=True)
        rec.log("world/cam", rr.Image(np.full((480, 640, 3), 40, np.uint8)), static=True)
        rec.log("world", rr.AnnotationContext([rr.ClassDescription(info=rr.AnnotationInfo(id=1, color=(0, 200, 255)), keypoint_connections=[(0, 1), (1, 2), (2, 3)])]), static=True)
        for k in range(12):
            # Receding strips: near end at depth 1.5, far end at 6 (the width there a quarter).
            near, far = 1.5 + 0.05 * k, 6.0
            strip = np.array([[-0.9 * near, (-0.75 + 0.04 * k) * near, near], [0.9 * far, (-0.75 + 0.04 * k) * far, far]], np.float32)
            rec.log(f"world/lines/l{k}", rr.LineStrips3D([strip], colors=[255, 40 + 15 * k, 0], radii=0.02), static=True)
        for k in range(6):
            d = 2.5 + 0.4 * k
            rec.log(f"world/boxes/b{k}", rr.Boxes3D(centers=[[(-0.6 + 0.2 * k) * d, 0.45 * d, d]], half_sizes=[[0.15, 0.1, 0.3]], colors=[200, 0, 255], radii=0.015), static=True)
            rec.log(f"world/arrows/a{k}", rr.Arrows3D(origins=[[(-0.6 + 0.2 * k) * d, -0.15 * d, d]], vectors=[[0.3, 0.1, 0.8]], colors=[0, 255, 120], radii=0.02), static=True)
            pose = np.array([[0, 0, 0], [0.2, 0.1, 0.3], [0.4, 0.0, 0.6], [0.6, 0.15, 0.9]], np.float32) + [(-0.6 + 0.2 * k) * d, 0.12 * d, d]
            rec.log(f"world/poses/p{k}", rr.Points3D(pose, class_ids=1, keypoint_ids=[0, 1, 2, 3], radii=0.03), static=True)

    server = viewer(files=[save_recording(tmp_path / "proj_lines.rrd", log)])
    shots, calls, hovers = {}, {}, {}
    for mode, query in (("alone", "?batch=0"), ("batched", "")):
        shots[mode], calls[mode] = _open(page, server, query, "2D")
        img = shots[mode]
        # Strips above, arrows, keypoint skeletons and boxes below, apart (where lines of one draw
        # order overlap, which is on top differs between batches and one object each).
        # The near end of strip 3 (orange): hover names it.
        orange = np.argwhere(np.abs(img - (255, 85, 0)).max(axis=2) <= 6)
        assert len(orange) > 40, f"{mode}: strip 3 is not drawn"
        y, x = orange[np.argmin(orange[:, 1])]
        hovers[mode] = hover_text(page, "2D", float(x) + 3, float(y))
        page.mouse.move(1, 1)
    # The image, line batches (strips, box edges, arrow shafts, keypoint connections: by radius),
    # arrow heads and the keypoints, against one object (or more) per entity.
    assert calls["batched"] <= 9 and calls["alone"] >= 40, calls
    a, b = shots["batched"], shots["alone"]
    differ = np.abs(a - b).max(axis=2) > 8
    assert differ.sum() <= 30, f"{int(differ.sum())} pixels differ between the batches and one object per entity"
    assert hovers["batched"] == hovers["alone"] == "/world/lines/l3", hovers
    # Scene-unit widths shrink with depth: the strip is thicker at its near (left) end.
    orange = np.abs(a - (255, 85, 0)).max(axis=2) <= 6
    cols = np.nonzero(orange.any(axis=0))[0]
    near_w = orange[:, cols[: 5]].sum(axis=0).mean()
    far_w = orange[:, cols[-5:]].sum(axis=0).mean()
    assert near_w > 2 * far_w, (near_w, far_w)


def test_a_step_rewrites_only_the_changed_meshes_in_place_and_equals_a_fresh_page(page, viewer, tmp_path) -> None:
    """OBJ assets and Mesh3D boxes at frame 0; at frame 1 three assets move (a new transform) and
    three meshes change shape (the same vertex counts): the mesh batches keep their buffers and
    write only those entities' vertices, and the view shows what a freshly opened page shows."""
    entities, moved = 20, 3

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        for frame in (0, 1):
            rec.set_time_sequence("frame", frame)
            for k in range(entities if frame == 0 else moved):
                x = (k % 10) * 1.6
                rec.log(f"world/obj/a{k}", rr.Transform3D(translation=[x, 0, 0.5 * frame]))
                if frame == 0:
                    rec.log(f"world/obj/a{k}", rr.Asset3D(contents=_obj(BOX_CORNERS, BOX_TRIANGLES, (0.2, 0.4 + 0.02 * k, 0.9)), media_type="model/obj"))
                corners = BOX_CORNERS * (1.0 if frame == 0 else 0.6) + [x, 2.0 + 1.6 * (k // 10), 0]
                rec.log(f"world/mesh/m{k}", rr.Mesh3D(vertex_positions=corners, triangle_indices=BOX_TRIANGLES, vertex_colors=[[250, 10 * k, 40]] * 8))

    server = viewer(files=[save_recording(tmp_path / "steps.rrd", log)])
    page.goto(server.url + "/")
    wait_rendered(page, timeout=60_000)
    page.wait_for_timeout(300)
    assert current_time(page) == 1
    fresh = view_pixels(page, "3D")
    assert (np.abs(fresh - fresh[0, 0]).max(axis=2) > 30).sum() > 2 * entities * 100, "nothing drawn"
    for key, t in (("ArrowLeft", "0"), ("ArrowRight", "1")):
        page.keyboard.press(key)
        page.wait_for_function(f"() => document.querySelector('[data-testid=time-panel]').dataset.time === '{t}'")
        wait_rendered(page, timeout=60_000)
    body = _body(page, "3D")
    # "rewritten allocated kept": the changed entities' vertices (36 per OBJ box: OBJLoader
    # gives each triangle its own corners; 8 per Mesh3D box), nothing allocated.
    page.wait_for_function(
        "([e, n]) => e.dataset.batchUpload === n",
        arg=[body.element_handle(), f"{moved * (36 + 8)} 0 {(entities - moved) * (36 + 8)}"],
        timeout=30_000,
    )
    assert int(body.get_attribute("data-draw-calls") or 0) <= 3
    for _ in range(100):
        shot = view_pixels(page, "3D")
        differ = int((np.abs(shot - fresh).max(axis=2) > 8).sum())
        if differ <= 20:
            break
        page.wait_for_timeout(100)
    assert differ <= 20, f"{differ} pixels differ from a freshly opened page"
