"""A glTF binary whose texture is an image inside its own buffer draws textured, next to the other
entities of its scene, on the viewer's page and in an exported page (the loader reads the image
through a blob: URL the page makes itself)."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

import rerun as rr
import rerun.blueprint as rrb
from browser_support import browser, current_time, page, save_recording, view_pixels, viewer, wait_rendered  # noqa: F401

RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)


def _checker_png() -> bytes:
    """A 2x2 red/green checker as a PNG."""
    pixels = np.array([[RED, GREEN], [GREEN, RED]], np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG")
    return out.getvalue()


def _glb_blobs(doc: dict[str, Any], blobs: list[bytes]) -> bytes:
    """A GLB of the glTF document `doc` whose buffer 0 is `blobs` (each a buffer view, 4-byte aligned)."""
    padded = [b + bytes(-len(b) % 4) for b in blobs]
    offsets = np.cumsum([0] + [len(b) for b in padded]).tolist()
    doc = {
        **doc,
        "buffers": [{"byteLength": offsets[-1]}],
        "bufferViews": [{"buffer": 0, "byteOffset": offsets[i], "byteLength": len(b)} for i, b in enumerate(blobs)],
    }
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 4)
    binary = b"".join(padded)
    body = struct.pack("<I4s", len(js), b"JSON") + js + struct.pack("<I4s", len(binary), b"BIN\0") + binary
    return struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body


def quad_glb(*, textured: bool, unlit: bool = True) -> bytes:
    """A unit quad in the xy plane (seen from +z), unlit (its pixels are its colours) unless asked:
    textured with the checker (sampled nearest, so each texel stays its colour), or plain blue (an
    asset the mesh batches draw)."""
    pos = np.array([[-0.5, -0.5, 0], [0.5, -0.5, 0], [0.5, 0.5, 0], [-0.5, 0.5, 0]], np.float32)
    uv = np.array([[0, 1], [1, 1], [1, 0], [0, 0]], np.float32)
    index = np.array([0, 1, 2, 0, 2, 3], np.uint16)
    attributes = {"POSITION": 0, "TEXCOORD_0": 2} if textured else {"POSITION": 0}
    color = {"baseColorTexture": {"index": 0}} if textured else {"baseColorFactor": [0, 0, 1, 1]}
    doc: dict[str, Any] = {
        "asset": {"version": "2.0"},
        "extensionsUsed": ["KHR_materials_unlit"] if unlit else [],
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": attributes, "indices": 1, "material": 0}]}],
        "materials": [{"pbrMetallicRoughness": {**color, "metallicFactor": 0}, "doubleSided": True, "extensions": {"KHR_materials_unlit": {}} if unlit else {}}],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 4, "type": "VEC3", "min": pos.min(axis=0).tolist(), "max": pos.max(axis=0).tolist()},
            {"bufferView": 1, "componentType": 5123, "count": 6, "type": "SCALAR"},
        ],
    }
    blobs = [pos.tobytes(), index.tobytes()]
    if textured:
        doc["accessors"].append({"bufferView": 2, "componentType": 5126, "count": 4, "type": "VEC2"})
        doc["textures"] = [{"source": 0, "sampler": 0}]
        doc["samplers"] = [{"magFilter": 9728, "minFilter": 9728}]  # NEAREST
        doc["images"] = [{"bufferView": 3, "mimeType": "image/png"}]
        blobs += [uv.tobytes(), _checker_png()]
    return _glb_blobs(doc, blobs)


def _log_scene(rec: rr.RecordingStream) -> None:
    """The textured quad on the left, a plain glTF quad in the middle, yellow points on the right, all seen from +z."""
    rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
    rec.log("world", rr.ViewCoordinates.RUB, static=True)  # +z towards the eye
    rec.log("world/textured", rr.Transform3D(translation=[-1.3, 0, 0]), static=True)
    rec.log("world/textured", rr.Asset3D(contents=quad_glb(textured=True), media_type=rr.MediaType.GLB), static=True)
    rec.log("world/plain", rr.Asset3D(contents=quad_glb(textured=False), media_type=rr.MediaType.GLB), static=True)
    rec.log("world/points", rr.Points3D([[1.3, -0.3, 0], [1.3, 0.3, 0]], colors=YELLOW, radii=0.2), static=True)


def _near(img: np.ndarray, rgb: tuple[int, int, int], tol: int = 40) -> np.ndarray:
    return np.abs(img - np.array(rgb)).max(axis=2) <= tol


def _check_drawn(img: np.ndarray) -> None:
    """The checker's red and green side by side where the textured asset is (left of the blue
    quad), and the blue quad and the yellow points drawn too."""
    red, green, blue, yellow = (_near(img, c) for c in (RED, GREEN, BLUE, YELLOW))
    assert blue.sum() > 300, f"the untextured asset is not drawn ({int(blue.sum())} blue pixels)"
    assert yellow.sum() > 100, f"the points are not drawn ({int(yellow.sum())} yellow pixels)"
    assert red.sum() > 300 and green.sum() > 300, f"the texture is not drawn ({int(red.sum())} red, {int(green.sum())} green pixels)"
    blue_x = np.nonzero(blue.any(axis=0))[0].min()
    for name, mask in (("red", red), ("green", green)):
        assert np.nonzero(mask.any(axis=0))[0].max() < blue_x, f"{name} pixels outside the textured asset"
    # A checker (texel (0, 0), red, at the quad's top left): in each quarter of the asset's region
    # (seen at a slant, so not exactly the texels' quarters) the colour there is most of it.
    ys, xs = np.nonzero(red | green)
    top, left = ys < (ys.min() + ys.max()) / 2, xs < (xs.min() + xs.max()) / 2
    for quarter, colour in ((top & left, red), (top & ~left, green), (~top & left, green), (~top & ~left, red)):
        assert colour[ys[quarter], xs[quarter]].mean() > 0.75, "the texture is not drawn as a checker"


def test_a_glb_with_an_embedded_texture_draws_textured_beside_the_other_entities(page, viewer, tmp_path: Path) -> None:  # noqa: F811
    server = viewer(files=[save_recording(tmp_path / "textured.rrd", _log_scene)])
    for query in ("", "?batch=0"):
        page.goto(server.url + "/" + query)
        wait_rendered(page, timeout=60_000)
        page.wait_for_timeout(300)
        _check_drawn(view_pixels(page, "3D"))


def test_a_glb_with_an_embedded_texture_draws_textured_in_an_exported_page(page, tmp_path: Path) -> None:  # noqa: F811
    rec = rr.new_recording("rerun_test_textured_export")
    _log_scene(rec)
    out = tmp_path / "textured.html"
    rec.save_html(out)
    page.goto(out.as_uri())
    wait_rendered(page, timeout=60_000)
    page.wait_for_timeout(300)
    _check_drawn(view_pixels(page, "3D"))


def test_a_selected_textured_glb_lights_up_in_a_scene_built_after_it_was_selected(page, viewer, tmp_path: Path) -> None:  # noqa: F811
    """A lit textured asset drawn on its own is loaded after each new scene is built; selected, it
    lights up in the scene of the next time too (as in the scene it was selected in)."""

    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.Spatial3DView(origin="/world"), collapse_panels=True))
        rec.log("world", rr.ViewCoordinates.RUB, static=True)
        rec.log("world/textured", rr.Asset3D(contents=quad_glb(textured=True, unlit=False), media_type=rr.MediaType.GLB), static=True)
        rec.log("world/points", rr.Points3D([[1.3, 0, 0]], colors=YELLOW, radii=0.2), static=True)
        for frame in (0, 1):
            rec.set_time_sequence("frame", frame)
            rec.log("world/textured", rr.Transform3D(translation=[-1.0, 0.02 * frame, 0]))  # a new scene at each time

    def step(key: str, t: int) -> np.ndarray:
        page.keyboard.press(key)
        page.wait_for_function(f"() => document.querySelector('[data-testid=time-panel]').dataset.time === '{t}'")
        wait_rendered(page, timeout=60_000)
        page.wait_for_timeout(300)
        return view_pixels(page, "3D")

    def glow(img: np.ndarray) -> float:
        """The asset's darkest channel (0 on its red and green texels when not lit up): the
        median over the bright pixels of the left half, where it is."""
        left = img[:, : img.shape[1] // 2]
        asset = left.max(axis=2) > 180
        assert asset.sum() > 1000, "the lit textured asset is not drawn"
        return float(np.median(left[asset].min(axis=1)))

    server = viewer(files=[save_recording(tmp_path / "selected.rrd", log)])
    page.goto(server.url + "/")
    wait_rendered(page, timeout=60_000)
    assert current_time(page) == 1
    plain = step("ArrowLeft", 0)
    assert glow(plain) < 20
    ys, xs = np.nonzero(plain[:, : plain.shape[1] // 2].max(axis=2) > 180)
    step("ArrowRight", 1)
    box = page.locator(".view-tile[data-view-kind='3D'] .view-body").first.bounding_box()
    page.mouse.click(box["x"] + float(np.median(xs)), box["y"] + float(np.median(ys)))
    page.wait_for_function("() => document.querySelector('[data-testid=selection-title]')?.textContent === '/world/textured'", timeout=10_000)
    page.mouse.move(1, 1)
    page.wait_for_timeout(300)
    assert glow(view_pixels(page, "3D")) > 40, "the selected asset did not light up"
    # At the other time the asset is loaded again, into a new scene: it lights up there too.
    assert glow(step("ArrowLeft", 0)) > 40, "the selected asset did not light up in the next scene"
