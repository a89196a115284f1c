"""Example scripts streamed to a running viewer: the default layout and what each view draws."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rerun._log_msg import StoreKind
from rerun._viewer import protocol as P
from rerun._viewer.summary import default_timeline
from rerun._viewer.views import build_view
from rerun._viewer.views.blueprint import blueprint_layout
from viewer_support import running_server, wait_for

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: example -> per default view "kind@origin": the sorted kinds of drawables (or item count) at the latest time.
EXPECTED = {
    "rerun_example_depth_image_3d": {"3D@/": ["camera", "points"], "2D@/world/camera": ["depth"]},
    "rerun_example_disconnected_space": {"3D@/": ["points"]},  # one view; the wormhole is cut off it
    "rerun_example_pinhole": {"3D@/": ["camera", "image"], "2D@/world/image": ["image"]},
    "rerun_example_series_line_style": {"TimeSeries@/trig": 2},
    "rerun_example_text_log_integration": {"TextLog@/": 2},
    "rerun_example_segmentation_image": {"2D@/image": ["segmentation"]},
}
SCRIPTS = [
    "depth_image_3d",
    "disconnected_space",
    "pinhole_simple",
    "series_line_style",
    "text_log_integration",
    "segmentation_image_simple",
]


def _views(node: P.LayoutNode | None) -> list[P.ViewNode]:
    if node is None:
        return []
    if isinstance(node, P.ViewNode):
        return [node]
    return [v for c in node.children for v in _views(c)]


def test_examples_streamed_to_a_viewer_get_the_expected_views() -> None:
    with running_server() as server:
        env = dict(os.environ, RERUN_PORT=str(server.tcp_port), RERUN_NO_BROWSER="1")
        env.pop("RERUN", None)
        procs = [
            subprocess.Popen([sys.executable, f"{name}.py"], cwd=EXAMPLES, env=env, stderr=subprocess.PIPE)
            for name in SCRIPTS
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()[-500:]
        # The scripts have handed everything to the OS; the server may still be ingesting the tail.
        found: dict[str, dict[str, object]] = {}

        def settled() -> bool:
            found.clear()
            found.update(_what_views_show(server))
            return found == EXPECTED

        try:
            wait_for(settled, timeout=15, what="all example data")
        except AssertionError:
            pass
        assert found == EXPECTED


def _what_views_show(server) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    found: dict[str, dict[str, object]] = {}
    for sid in server.hub.store_ids(StoreKind.RECORDING):
        store = server.hub.store(sid)
        assert store is not None
        layout = blueprint_layout(server.hub, sid)
        got: dict[str, object] = {}
        for view in _views(layout.root):
            payload, _ = build_view(store, view.kind, view.origin, view.contents, default_timeline(store), None)
            if isinstance(payload, P.SpatialPayload):
                got[f"{view.kind}@{view.origin}"] = sorted({d.kind for d in payload.drawables})
            elif isinstance(payload, P.TimeSeriesPayload):
                got[f"{view.kind}@{view.origin}"] = len(payload.series)
            elif isinstance(payload, P.TextLogPayload):
                got[f"{view.kind}@{view.origin}"] = payload.row_count
        found[server.hub.application_of(sid) or "?"] = got
    return found
