"""The colormaps Rerun offers as 256-entry RGBA tables for display (stops in `rerun._colormaps`)."""

from __future__ import annotations

import numpy as np

from ..._colormaps import STOPS as _STOPS

#: Every colormap's name, as Rerun's Colormap component names them.
NAMES = tuple(_STOPS)

_TABLES: dict[str, np.ndarray] = {}


def table(name: str) -> np.ndarray:
    """(256, 4) uint8 RGBA lookup table of a colormap (unknown names: Turbo)."""
    name = name if name in _STOPS else "Turbo"
    lut = _TABLES.get(name)
    if lut is None:
        stops = np.array([[int(h[i : i + 2], 16) for i in (0, 2, 4)] for h in _STOPS[name]], np.float64)
        x = np.linspace(0, 1, len(stops))
        t = np.linspace(0, 1, 256)
        lut = np.empty((256, 4), np.uint8)
        for ch in range(3):
            lut[:, ch] = np.interp(t, x, stops[:, ch]).round()
        lut[:, 3] = 255
        _TABLES[name] = lut
    return lut


def apply(values: np.ndarray, name: str, lo: float, hi: float) -> np.ndarray:
    """Map values in [lo, hi] through a colormap -> (..., 4) uint8; NaN and values <= 0 are transparent."""
    v = np.asarray(values, np.float64)
    span = hi - lo if hi > lo else 1.0
    idx = np.clip((v - lo) / span * 255, 0, 255)
    idx = np.nan_to_num(idx, nan=0).astype(np.uint8)
    out = table(name)[idx]
    out[~(np.isfinite(v) & (v > 0))] = 0
    return out
