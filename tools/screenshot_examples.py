"""Record every example to an .rrd and screenshot it with the viewer, for comparing by eye with
Rerun 0.17's screenshots in /work/shared/reference-screens/.

    python tools/screenshot_examples.py [--out /tmp/shots] [NAME ...]

Each example runs in a subprocess with `rr.init(..., spawn=True)` redirected to `rr.save()`, then
`rerun NAME.rrd --screenshot-to NAME.png --window-size 1280x800` renders it in headless Chromium.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

#: Runs one example with its `rr.init` recording to a file instead of spawning a viewer.
_RECORD = """
import runpy, sys
import rerun as rr
out, script = sys.argv[1], sys.argv[2]
_init = rr.init
def init(*args, **kwargs):
    kwargs["spawn"] = False
    _init(*args, **kwargs)
    rr.save(out)
rr.init = init
rr.spawn = lambda *a, **k: None
rr.connect = lambda *a, **k: None
sys.argv = [script] + sys.argv[3:]
runpy.run_path(script, run_name="__main__")
"""

#: Extra command-line arguments some examples need.
_ARGS = {"asset3d_simple": [str(EXAMPLES / "assets" / "cube.glb")]}


def record(name: str, out_dir: Path) -> Path:
    rrd = out_dir / f"{name}.rrd"
    rrd.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _RECORD, str(rrd), str(EXAMPLES / f"{name}.py"), *_ARGS.get(name, [])]
    subprocess.run(cmd, check=True, cwd=EXAMPLES, timeout=120)
    return rrd


def screenshot(rrd: Path, png: Path, size: str) -> None:
    cmd = [sys.executable, "-m", "rerun", str(rrd), "--screenshot-to", str(png), "--window-size", size]
    subprocess.run(cmd, check=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="examples to run (default: all)")
    parser.add_argument("--out", default="/tmp/shots", help="directory for the .rrd and .png files")
    parser.add_argument("--window-size", default="1280x800")
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = args.names or sorted(p.stem for p in EXAMPLES.glob("*.py"))
    failed = []
    for name in names:
        start = time.monotonic()
        try:
            rrd = record(name, out_dir)
            screenshot(rrd, out_dir / f"{name}.png", args.window_size)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
            print(f"{name}: FAILED ({err})", file=sys.stderr)
            failed.append(name)
            continue
        print(f"{name}: {out_dir / name}.png ({time.monotonic() - start:.1f} s)")
    if failed:
        print(f"failed: {' '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
