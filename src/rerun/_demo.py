"""`rerun demo`: a recording that shows each kind of view, opened in the viewer."""

from __future__ import annotations

import math
import os
import tempfile

import numpy as np


def build_demo_recording(path: str, steps: int = 120) -> None:
    """Log a small scene over time (3D, camera + image, plots, text) into an .rrd file at `path`."""
    import rerun as rr
    import rerun.blueprint as rrb

    rec = rr.new_recording("rerun_demo", recording_id="rerun-demo")
    rec.save(path)
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.log(
        "readme",
        rr.TextDocument(
            "# pyrerun demo\n\nScrub the **timeline** below, or press play.\n\n"
            "- `world`: a helix of points, an orbiting moon and a camera\n"
            "- `plots`: sine and cosine with styled series\n"
            "- `logs`: a text log",
            media_type=rr.MediaType.MARKDOWN,
        ),
        static=True,
    )
    rec.log("plots/sin", rr.SeriesLine(color=[255, 120, 0], name="sin", width=2), static=True)
    rec.log("plots/cos", rr.SeriesLine(color=[0, 160, 255], name="cos", width=2), static=True)
    rec.log("world/sun", rr.Points3D([[0, 0, 0]], radii=0.6, colors=[255, 200, 0], labels="sun"), static=True)
    rec.log("world/orbit/moon", rr.Points3D([[0, 0, 0]], radii=0.25, colors=[200, 200, 220], labels="moon"), static=True)
    rec.log(
        "world/camera",
        rr.Pinhole(focal_length=60, width=96, height=64, image_plane_distance=1.0),
        static=True,
    )
    rec.log("world/camera", rr.Transform3D(translation=[0, -6, 2], rotation=rr.RotationAxisAngle(axis=[1, 0, 0], degrees=-80)), static=True)
    t = np.linspace(0, 4 * math.pi, 200)
    for step in range(steps):
        rec.set_time_sequence("step", step)
        rec.set_time_seconds("sim_time", step / 30.0)
        phase = step / steps * 2 * math.pi
        helix = np.column_stack([np.cos(t + phase) * 2, np.sin(t + phase) * 2, t / 4 - 1.5])
        colors = np.column_stack([(np.sin(t) + 1) * 127, (np.cos(t + phase) + 1) * 127, np.full_like(t, 200)]).astype(np.uint8)
        rec.log("world/helix", rr.Points3D(helix, colors=colors, radii=0.05))
        rec.log("world/orbit", rr.Transform3D(translation=[4 * math.cos(phase), 4 * math.sin(phase), 0]))
        image = np.zeros((64, 96, 3), dtype=np.uint8)
        image[:, :, 0] = (np.arange(96) * 2 + step * 3) % 256
        image[:, :, 2] = (np.arange(64)[:, None] * 4) % 256
        rec.log("world/camera/image", rr.Image(image))
        rec.log("plots/sin", rr.Scalar(math.sin(phase * 2)))
        rec.log("plots/cos", rr.Scalar(math.cos(phase * 2)))
        rec.log("histogram", rr.BarChart(np.abs(np.sin(np.arange(12) / 2 + phase)) * 10))
        if step % 20 == 0:
            rec.log("logs", rr.TextLog(f"step {step}: moon at {math.degrees(phase):.0f} degrees", level=rr.TextLogLevel.INFO))
    rec.send_blueprint(
        rrb.Blueprint(
            rrb.Horizontal(
                rrb.Spatial3DView(origin="/world", name="World"),
                rrb.Vertical(
                    rrb.TimeSeriesView(origin="/plots", name="Plots"),
                    rrb.Tabs(rrb.TextDocumentView(origin="/readme", name="Readme"), rrb.TextLogView(origin="/logs", name="Logs")),
                    rrb.BarChartView(origin="/histogram", name="Histogram"),
                ),
                column_shares=[3, 2],
            )
        )
    )
    rec.shutdown()


def main(argv: list[str]) -> int:
    """Write the demo recording to a temporary file and open it in the viewer."""
    path = os.path.join(tempfile.mkdtemp(prefix="rerun-demo-"), "demo.rrd")
    print(f"Writing the demo recording to {path}")
    build_demo_recording(path)
    from ._viewer.cli import main as viewer_main

    return viewer_main([path, *argv])
