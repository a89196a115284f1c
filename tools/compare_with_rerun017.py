"""Screenshot Rerun 0.17's examples and snippets in our viewer and in 0.17's own web viewer, side by
side: the blueprint ones for docs/blueprint-comparison.md (`blueprint-NAME.png`), the drawing ones
for docs/examples-comparison.md (`example-NAME.png`).

    python tools/compare_with_rerun017.py --rerun-src DIR --rr017 /work/rr017/bin/python [--out docs/images] [NAME ...]

DIR is a checkout of rerun-io/rerun at tag 0.17.0 (its examples/python and docs/snippets/all are
run as they are; nothing of them is copied here). Each script runs twice, with our SDK and with
rerun-sdk 0.17.0 (a throwaway venv, never a dependency), `rr.init(..., spawn=True)` redirected to
`rr.save()` and `--save` given to scripts that take it. Ours is rendered by
`rerun FILE --screenshot-to`; 0.17's by its own web viewer (`rerun FILE --web-viewer`, WebGL) in the
same headless Chromium. Each pair is written as one small PNG: ours left, 0.17's right.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: name -> (script path inside the 0.17 checkout, extra arguments, does the script take --save).
#: A directory is a package run as `python -m` (raw_mesh). `{scene}`: a glTF scene made here.
BLUEPRINT_CASES: dict[str, tuple[str, list[str], bool]] = {
    "blueprint": ("examples/python/blueprint/blueprint.py", [], False),
    "plots": ("examples/python/plots/plots.py", [], True),
    "live_scrolling_plot": ("examples/python/live_scrolling_plot/live_scrolling_plot.py", ["--duration", "3", "--num-plots", "4", "--num-series-per-plot", "3"], True),
    "rrt_star": ("examples/python/rrt_star/rrt_star.py", ["--iterations", "200"], True),
    **{
        f"snippet_{name.replace('-', '_')}": (f"docs/snippets/all/{path}/{name}.py", [], False)
        for path, name in [
            ("views", "bar_chart"),
            ("views", "spatial2d"),
            ("views", "spatial3d"),
            ("views", "tensor"),
            ("views", "text_document"),
            ("views", "text_log"),
            ("views", "timeseries"),
            ("tutorials", "visualizer-overrides"),
            ("concepts", "viscomp-visualizer-override"),
            ("concepts", "viscomp-visualizer-override-multiple"),
            ("concepts", "viscomp-component-override"),
        ]
    },
}

#: Examples that show how things are drawn (issue 11): the same form as `BLUEPRINT_CASES`.
EXAMPLE_CASES: dict[str, tuple[str, list[str], bool]] = {
    "dna": ("examples/python/dna/dna.py", [], True),
    "rrt_star": ("examples/python/rrt_star/rrt_star.py", ["--iterations", "200"], True),
    "raw_mesh": ("examples/python/raw_mesh", ["--scene-path", "{scene}"], True),
    "clock": ("examples/python/clock/clock.py", ["--steps", "2000"], True),
    "multithreading": ("examples/python/multithreading/multithreading.py", [], True),
}

CASES = {**{f"blueprint-{k}": v for k, v in BLUEPRINT_CASES.items()}, **{f"example-{k}": v for k, v in EXAMPLE_CASES.items()}}

#: Runs a script with its spawning `rr.init` recording to a file (the blueprint given to it included).
_RECORD = """
import os, runpy, sys
import rerun as rr
out, script = sys.argv[1], sys.argv[2]
_init = rr.init
def init(*args, **kwargs):
    spawn = kwargs.get("spawn", False)
    kwargs["spawn"] = False
    _init(*args, **kwargs)
    if spawn:
        rr.save(out, default_blueprint=kwargs.get("default_blueprint"))
rr.init = init
sys.argv = [script] + sys.argv[3:]
if os.path.isdir(script):  # a package with a __main__ (raw_mesh): `python -m` from its parent directory
    sys.path.insert(0, os.path.dirname(script))
    runpy.run_module(os.path.basename(script), run_name="__main__", alter_sys=True)
else:
    runpy.run_path(script, run_name="__main__")
"""

WIDTH, HEIGHT = 1024, 640


def _env017() -> dict[str, str]:
    """The environment for rerun-sdk 0.17.0: without our source on PYTHONPATH."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def record(python: str, script: Path, args: list[str], takes_save: bool, out: Path, env: dict[str, str]) -> str | None:
    """Run the script; None when it ran, else the last line it printed (the error)."""
    extra = [*args, "--save", str(out)] if takes_save else args
    done = subprocess.run([python, "-c", _RECORD, str(out), str(script), *extra], env=env, cwd=script if script.is_dir() else script.parent, timeout=300, capture_output=True, text=True)
    if done.returncode == 0:
        return None
    return (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]


def make_scene(path: Path) -> Path:
    """
    A small glTF scene for raw_mesh (which otherwise downloads one): a coloured box, a child
    sphere with vertex colours moved by its node's transform, and a mesh without colours, which
    Rerun draws in its default mesh colour.
    """
    import numpy as np
    import trimesh

    scene = trimesh.Scene()
    box = trimesh.creation.box(extents=(1.0, 1.0, 1.0))
    box.visual.face_colors = (200, 60, 40, 255)
    scene.add_geometry(box, node_name="box", geom_name="box")
    sphere = trimesh.creation.icosphere(subdivisions=2, radius=0.4)
    sphere.visual.vertex_colors = np.column_stack([(sphere.vertices + 0.4) / 0.8 * 255, np.full(len(sphere.vertices), 255)]).astype(np.uint8)
    scene.add_geometry(sphere, node_name="sphere", geom_name="sphere", parent_node_name="box", transform=trimesh.transformations.translation_matrix((1.2, 0.0, 0.0)))
    plain = trimesh.creation.cylinder(radius=0.3, height=1.0)
    plain.visual = trimesh.visual.ColorVisuals(plain)  # no colours at all
    scene.add_geometry(plain, node_name="plain", geom_name="plain", transform=trimesh.transformations.translation_matrix((-1.2, 0.0, 0.0)))
    scene.export(path)
    return path


def failed(message: str, png: Path) -> None:
    """A screenshot-sized picture saying the script failed, in place of the viewer's."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (WIDTH, HEIGHT), (20, 20, 20))
    ImageDraw.Draw(img).text((20, 20), f"the script failed:\n{message}", fill=(255, 120, 120))
    img.save(png)


def shoot_ours(rrd: Path, png: Path, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "rerun", str(rrd), "--screenshot-to", str(png), "--window-size", f"{WIDTH}x{HEIGHT}", "--web-viewer-port", str(_free_port())],
        check=True, env=env, timeout=300,
    )


def shoot_rerun017(python: str, rrd: Path, png: Path, settle: float) -> None:
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS, chromium_or_error

    web, ws = _free_port(), _free_port()
    # BROWSER=true: 0.17 opens a browser tab; here that is a no-op, the headless Chromium below looks instead.
    server = subprocess.Popen(
        [python, "-m", "rerun", str(rrd), "--web-viewer", "--web-viewer-port", str(web), "--ws-server-port", str(ws), "--renderer", "webgl"],
        env={**_env017(), "BROWSER": "true"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # `python -m rerun` runs the viewer binary as a child: end both
    )
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_or_error(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            deadline = time.monotonic() + 30
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{web}/?url=ws://127.0.0.1:{ws}&renderer=webgl")
                    break
                except Exception:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            # 0.17's viewer is an egui canvas: nothing in the DOM says it has drawn. On a software
            # rasterizer it takes many seconds to take in a recording and apply its blueprint:
            # wait until the picture stops changing.
            page.wait_for_selector("canvas", timeout=60_000)
            page.wait_for_timeout(settle * 1000)
            shot, deadline = page.screenshot(), time.monotonic() + 90
            while time.monotonic() < deadline:
                page.wait_for_timeout(3000)
                again = page.screenshot()
                if _changed_fraction(shot, again) < 0.002:  # a blinking cursor or FPS counter may change
                    break
                shot = again
            png.write_bytes(shot)
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def _changed_fraction(a: bytes, b: bytes) -> float:
    import io

    import numpy as np
    from PIL import Image

    x = np.asarray(Image.open(io.BytesIO(a)).convert("RGB")).astype(int)
    y = np.asarray(Image.open(io.BytesIO(b)).convert("RGB")).astype(int)
    return float((np.abs(x - y).max(axis=2) > 24).mean()) if x.shape == y.shape else 1.0


def pair(ours: Path, theirs: Path, out: Path, scale: float = 0.6) -> None:
    from PIL import Image, ImageDraw

    a, b = Image.open(ours).convert("RGB"), Image.open(theirs).convert("RGB")
    w, h = int(a.width * scale), int(a.height * scale)
    label = 16
    img = Image.new("RGB", (2 * w + 6, h + label), (40, 40, 40))
    img.paste(a.resize((w, h), Image.LANCZOS), (0, label))
    img.paste(b.resize((w, h), Image.LANCZOS), (w + 6, label))
    draw = ImageDraw.Draw(img)
    draw.text((4, 2), "pyrerun", fill=(230, 230, 230))
    draw.text((w + 10, 2), "Rerun 0.17 (web viewer)", fill=(230, 230, 230))
    img.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(out, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rerun-src", type=Path, required=True, help="checkout of rerun-io/rerun at 0.17.0")
    parser.add_argument("--rr017", default="/work/rr017/bin/python", help="Python with rerun-sdk 0.17.0")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    parser.add_argument("--keep", type=Path, help="also keep the full-size screenshots here")
    parser.add_argument("--settle", type=float, default=10.0, help="seconds 0.17's viewer gets before its picture is watched")
    parser.add_argument("names", nargs="*", help=f"cases (default all): {', '.join(CASES)}; without a prefix, `blueprint-` is tried, then `example-`")
    args = parser.parse_args()
    ours_env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(args.keep or tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        scene = make_scene(tmp / "scene.glb")
        for name in args.names or CASES:
            name = name if name in CASES else f"blueprint-{name}" if f"blueprint-{name}" in CASES else f"example-{name}"
            rel, extra, takes_save = CASES[name]
            extra = [arg.format(scene=scene) for arg in extra]
            script = args.rerun_src / rel
            print(f"{name}: recording", flush=True)
            ours_error = record(sys.executable, script, extra, takes_save, tmp / f"{name}.ours.rrd", ours_env)
            theirs_error = record(args.rr017, script, extra, takes_save, tmp / f"{name}.017.rrd", _env017())
            print(f"{name}: screenshots", flush=True)
            if ours_error:
                print(f"{name}: failed with pyrerun: {ours_error}", flush=True)
                failed(ours_error, tmp / f"{name}.ours.png")
            else:
                shoot_ours(tmp / f"{name}.ours.rrd", tmp / f"{name}.ours.png", ours_env)
            if theirs_error:
                print(f"{name}: failed with rerun-sdk 0.17.0: {theirs_error}", flush=True)
                failed(theirs_error, tmp / f"{name}.017.png")
            else:
                shoot_rerun017(args.rr017, tmp / f"{name}.017.rrd", tmp / f"{name}.017.png", args.settle)
            pair(tmp / f"{name}.ours.png", tmp / f"{name}.017.png", args.out / f"{name}.png")


if __name__ == "__main__":
    main()
