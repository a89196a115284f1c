"""
Helpers Rerun 0.17's examples import: color spirals and grids, rectangle pyramids, bouncing lerps.

`from rerun.utilities import bounce_lerp, build_color_spiral` (the `dna` example) works as in 0.17,
and so do its submodules `rerun.utilities.data`, `.util` and `.turbo`.
"""

from __future__ import annotations

from . import data, turbo, util
from .data import (
    ColorGrid,
    ColorSpiral,
    RectPyramid,
    build_color_grid,
    build_color_spiral,
    build_rect_pyramid,
    color_grid,
    color_spiral,
    rect_pyramid,
)
from .turbo import turbo_colormap_data
from .util import bounce_lerp, interleave

__all__ = [
    "ColorGrid",
    "ColorSpiral",
    "RectPyramid",
    "bounce_lerp",
    "build_color_grid",
    "build_color_spiral",
    "build_rect_pyramid",
    "color_grid",
    "color_spiral",
    "data",
    "interleave",
    "rect_pyramid",
    "turbo",
    "turbo_colormap_data",
    "util",
]
