"""Two source trees' streaming steps (`bench_viewer.py --scene --stream`) compared in lock-step.

Run: ``python benchmarks/ab_stream_steps.py BASE_DIR NEW_DIR --kind boxes`` (each a checkout or a
``git archive`` of the project). One process per tree builds the same stream (this tree's
`bench_viewer.stream_frames`, logged with that tree's SDK) and they take turns frame by frame, so
both see the same machine load at nearly the same time: on a shared, noisy machine their ratio
holds where figures taken minutes apart do not. Prints each tree's median (and p25) CPU per step
(`build_view` with the reply encoded) and the median of the per-frame ratios NEW / BASE. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

_WORKER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import bench_viewer as B
steps = B.stream_steps(B.stream_frames(kind=sys.argv[2], frames=int(sys.argv[3])))
print("ready", flush=True)
for f, line in enumerate(sys.stdin):
    _, built = next(steps)
    print(json.dumps(built), flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--kind", default="points")
    parser.add_argument("--frames", type=int, default=40)
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent)
    procs = {}
    for name in ("base", "new"):
        root = args.__dict__[name].resolve()
        env = {**os.environ, "PYTHONPATH": str(root / "src")}
        procs[name] = subprocess.Popen(
            [sys.executable, "-c", _WORKER, here, args.kind, str(args.frames)], cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
    for p in procs.values():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    times: dict[str, list[float]] = {name: [] for name in procs}
    for f in range(args.frames + 1):
        for name in ("base", "new") if f % 2 == 0 else ("new", "base"):  # (each goes first in turn)
            p = procs[name]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write("\n")
            p.stdin.flush()
            built = json.loads(p.stdout.readline())
            if f:
                times[name].append(built)
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    b, n = np.array(times["base"]), np.array(times["new"])
    print(
        f"{args.kind}: base median {np.median(b) * 1e3:.1f} ms (p25 {np.percentile(b, 25) * 1e3:.1f}), new median {np.median(n) * 1e3:.1f} ms"
        f" (p25 {np.percentile(n, 25) * 1e3:.1f}), median per-frame ratio new/base {np.median(n / b):.2f}; load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
