"""The names of Rerun 0.17's visualizers, for `rrb.VisualizerOverrides` (e.g. `rrb.visualizers.SeriesPoint`).

Each is the visualizer identifier of Rerun 0.17's viewer (a plain string). `BarChar` is spelled as
0.17 spells it.
"""

from __future__ import annotations

Arrows2D = "Arrows2D"
Arrows3D = "Arrows3D"
Asset3D = "Asset3D"
BarChar = "BarChart"
Boxes2D = "Boxes2D"
Boxes3D = "Boxes3D"
Cameras = "Cameras"
DepthImage = "DepthImage"
Image = "Image"
Lines2D = "Lines2D"
Lines3D = "Lines3D"
Mesh3D = "Mesh3D"
Points2D = "Points2D"
Points3D = "Points3D"
SegmentationImage = "SegmentationImage"
SeriesLine = "SeriesLine"
SeriesPoint = "SeriesPoint"
Tensor = "Tensor"
TextDocument = "TextDocument"
TextLog = "TextLog"
Transform3DArrows = "Transform3DArrows"
