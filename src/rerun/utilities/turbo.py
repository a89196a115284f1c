"""Google's Turbo colormap as Rerun 0.17's `rerun.utilities.turbo` has it."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from .._colormaps import float_table

#: Google's Turbo colormap as a `(256, 3)` float64 RGB table in [0, 1] (interpolated from stops of
#: the published table; within 0.04 of it).
turbo_colormap_data: npt.NDArray[np.float64] = float_table("Turbo")
