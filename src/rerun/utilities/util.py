"""Small numeric helpers as Rerun 0.17's `rerun.utilities.util` has them."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt


def bounce_lerp(a: float, b: float, t: float | np.ndarray[Any, np.dtype[Any]]) -> float | np.ndarray[Any, np.dtype[Any]]:
    """
    Interpolate from `a` to `b` and back as `t` grows: `t` in [0, 1) goes a→b, [1, 2) goes b→a, ...

    Works on one `t` or an array of them (Rerun 0.17 takes only one); negative `t` bounce the
    same way as Rerun 0.17 (the whole part is truncated toward zero, the fraction taken mod 1).
    """
    t_array = np.asarray(t, dtype=np.float64)
    fraction = np.mod(t_array, 1.0)
    forward = np.trunc(t_array).astype(np.int64) % 2 == 0
    result = np.where(forward, (1 - fraction) * a + fraction * b, (1 - fraction) * b + fraction * a)
    return float(result) if result.ndim == 0 else result


def interleave(arr1: npt.NDArray[np.float64], arr2: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Alternate the rows of two equally shaped arrays: `[arr1[0], arr2[0], arr1[1], arr2[1], ...]`."""
    arr1, arr2 = np.asarray(arr1), np.asarray(arr2)
    if arr1.shape != arr2.shape:
        raise ValueError(f"interleave needs arrays of the same shape, got {arr1.shape} and {arr2.shape}")
    out = np.empty((2 * len(arr1),) + arr1.shape[1:], dtype=np.result_type(arr1, arr2))
    out[0::2] = arr1
    out[1::2] = arr2
    return out
