"""The colormaps Rerun offers (Grayscale, Inferno, Magma, Plasma, Turbo, Viridis), as color stops.

Stops are sampled at even steps from the published maps; interpolated linearly they are within
0.04 (of 1) of the published 256-entry tables. Used by the viewer and by `rerun.utilities`.
"""

from __future__ import annotations

import numpy as np

STOPS: dict[str, list[str]] = {
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


def float_table(name: str, size: int = 256) -> np.ndarray:
    """`(size, 3)` float64 RGB in [0, 1]: the colormap's stops interpolated linearly."""
    stops = np.array([[int(h[i : i + 2], 16) for i in (0, 2, 4)] for h in STOPS[name]], np.float64) / 255.0
    x = np.linspace(0.0, 1.0, len(stops))
    t = np.linspace(0.0, 1.0, size)
    return np.stack([np.interp(t, x, stops[:, channel]) for channel in range(3)], axis=1)
