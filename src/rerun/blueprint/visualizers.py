"""The visualizer names of Rerun 0.17, for `VisualizerOverrides` (e.g. `rrb.visualizers.Points2D`).

Each is the name the viewer knows the visualizer by. The spatial views apply those an entity has
the required component for (positions for points, half sizes for boxes, ...); the time series view
draws `SeriesLine` and `SeriesPoint`.
"""

from __future__ import annotations

# Rerun 0.17 spells the bar chart's constant without the final "t".
BarChar = "BarChart"
Arrows2D = "Arrows2D"
Arrows3D = "Arrows3D"
Asset3D = "Asset3D"
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
Transform3DArrows = "Transform3DArrows"
Tensor = "Tensor"
TextDocument = "TextDocument"
TextLog = "TextLog"
SegmentationImage = "SegmentationImage"
SeriesLine = "SeriesLine"
SeriesPoint = "SeriesPoint"
