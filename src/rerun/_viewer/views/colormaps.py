"""The colormaps Rerun offers (Grayscale, Inferno, Magma, Plasma, Turbo, Viridis), as color stops.

Stops are sampled at even steps from the published maps and interpolated linearly into a
256-entry table, which is close enough for display.
"""

from __future__ import annotations

import numpy as np

_STOPS: dict[str, list[str]] = {
    "Grayscale": ["000000", "ffffff"],
    "Inferno": ["000004", "1b0c41", "4a0c6b", "781c6d", "a52c60", "cf4446", "ed6925", "fb9b06", "f7d13d", "fcffa4"],
    "Magma": ["000004", "180f3d", "440f76", "721f81", "9e2f7f", "cd4071", "f1605d", "fd9668", "feca8d", "fcfdbf"],
    "Plasma": ["0d0887", "46039f", "7201a8", "9c179e", "bd3786", "d8576b", "ed7953", "fb9f3a", "fdca26", "f0f921"],
    "Turbo": [
        "30123b", "4145ab", "4675ed", "39a2fc", "1bcfd4", "24eca6", "61fc6c", "a4fc3b",
        "d1e834", "f3c63a", "fe9b2d", "f36315", "d93806", "b11901", "7a0403",
    ],
    "Viridis": ["440154", "482878", "3e4989", "31688e", "26828e", "1f9e89", "35b779", "6ece58", "b5de2b", "fde725"],
}
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
