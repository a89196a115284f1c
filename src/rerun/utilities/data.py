"""Example data as Rerun 0.17's `rerun.utilities.data` has it: color spirals and grids, rectangle pyramids."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from ..archetypes import Box2DFormat
from .turbo import turbo_colormap_data


def _turbo_colors(count: int) -> npt.NDArray[np.float64]:
    """`count` colors spread evenly over Turbo, from its first to its last entry."""
    return turbo_colormap_data[np.linspace(0, len(turbo_colormap_data) - 1, count).astype(np.int64)]


class ColorSpiral(NamedTuple):
    """Points on a spiral and a color per point: `positions` `(n, 3)` float, `colors` `(n, 3)` float in [0, 1].

    A named tuple, as in Rerun 0.17: `positions, colors = build_color_spiral(n)` works.
    """

    positions: npt.NDArray[np.float64]
    colors: npt.NDArray[np.float64]


class ColorGrid(NamedTuple):
    """A grid of points colored by position: `positions` `(n, 3)` float, `colors` `(n, 3)` uint8."""

    positions: npt.NDArray[np.float64]
    colors: npt.NDArray[np.uint8]


class RectPyramid(NamedTuple):
    """Stacked rectangles as `rects` `(n, 4)` in `format` (XCYCWH), with `colors` `(n, 3)` float in [0, 1]."""

    rects: npt.NDArray[np.float64]
    format: Box2DFormat
    colors: npt.NDArray[np.float64]


def build_color_spiral(
    num_points: int = 100,
    radius: float = 2,
    angular_step: float = 0.02,
    angular_offset: float = 0,
    z_step: float = 0.1,
) -> ColorSpiral:
    """
    Points on a spiral around the z axis, colored along Turbo.

    Point `i` is at angle `angular_offset + 2π·angular_step·i` (radians), distance `radius`
    from the axis and height `z_step·i`.
    """
    steps = np.arange(num_points, dtype=np.float64)
    angles = angular_offset + 2 * np.pi * angular_step * steps
    positions = np.stack([radius * np.cos(angles), radius * np.sin(angles), z_step * steps], axis=1)
    return ColorSpiral(positions=positions, colors=_turbo_colors(num_points))


def build_color_grid(x_count: int = 10, y_count: int = 10, z_count: int = 10, twist: float = 0) -> ColorGrid:
    """
    A `x_count × y_count × z_count` grid of points spanning -10..10 on each axis, x varying slowest.

    Each point's color is its position mapped to 0..255 per axis (RGB = XYZ). `twist` rotates each
    layer about the z axis by `twist · z / 20` radians (so `twist` is the rotation from the bottom
    layer to the top one).
    """
    grid = np.mgrid[
        -10 : 10 : complex(0, x_count),
        -10 : 10 : complex(0, y_count),
        -10 : 10 : complex(0, z_count),
    ].reshape(3, -1)
    colors = np.mgrid[
        0 : 255 : complex(0, x_count),
        0 : 255 : complex(0, y_count),
        0 : 255 : complex(0, z_count),
    ].reshape(3, -1)
    angle = twist * grid[2] / 20.0
    cos, sin = np.cos(angle), np.sin(angle)
    x = grid[0] * cos - grid[1] * sin
    y = grid[0] * sin + grid[1] * cos
    positions = np.stack([x, y, grid[2]], axis=1)
    return ColorGrid(positions=positions, colors=colors.T.astype(np.uint8))


def build_rect_pyramid(count: int = 20, width: int = 100, height: int = 100) -> RectPyramid:
    """
    `count` rectangles stacked from y=0 to y=`height`, growing to `width`, colored along Turbo.

    Rectangle `i` is centered at x=0 with width `width·(i+1)/count` and height `0.8·height/count`.
    """
    layer = np.arange(count, dtype=np.float64)
    rects = np.stack(
        [
            np.zeros(count),
            np.linspace(0, height, count),
            width * (layer + 1) / count,
            np.full(count, 0.8 * height / max(count, 1)),
        ],
        axis=1,
    )
    return RectPyramid(rects=rects, format=Box2DFormat.XCYCWH, colors=_turbo_colors(count))


#: Ready-made instances with the default arguments, as Rerun 0.17 offers them.
color_grid = build_color_grid()
color_spiral = build_color_spiral()
rect_pyramid = build_rect_pyramid()

__all__ = [
    "ColorGrid",
    "ColorSpiral",
    "RectPyramid",
    "build_color_grid",
    "build_color_spiral",
    "build_rect_pyramid",
    "color_grid",
    "color_spiral",
    "rect_pyramid",
    "turbo_colormap_data",
]
