"""Color helpers of Rerun 0.17: linear to sRGB-gamma bytes, and RGBA bytes to packed `0xRRGGBBAA`."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def u8_array_to_rgba(arr: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint32]:
    """
    Pack `(N, 3)` or `(N, 4)` uint8 colors `[r, g, b(, a)]` into uint32 `0xRRGGBBAA` (alpha 255 if absent).

    Raises
    ------
    ValueError
        When the last dimension is not 3 or 4.

    """
    arr = np.asarray(arr)
    if arr.ndim == 0 or arr.shape[-1] not in (3, 4):
        raise ValueError(f"expected colors of shape (N, 3) or (N, 4), got shape {arr.shape}")
    channels = arr.astype(np.uint32)
    alpha = channels[..., 3] if arr.shape[-1] == 4 else np.full(channels.shape[:-1], 255, np.uint32)
    packed = (channels[..., 0] << 24) | (channels[..., 1] << 16) | (channels[..., 2] << 8) | alpha
    return np.asarray(packed, dtype=np.uint32)


def linear_to_gamma_u8_value(linear: npt.NDArray[np.float32 | np.float64]) -> npt.NDArray[np.uint8]:
    """
    Linear color values in [0, 1] -> sRGB gamma-encoded uint8 in [0, 255] (the sRGB transfer function).

    Values <= 0 give 0, values >= 1 give 255; in between, `3294.6 * l` up to 0.0031308 and
    `269.025 * l ** (1 / 2.4) - 14.025` above, rounded (the formula Rerun 0.17 documents).

    Raises
    ------
    ValueError
        When `linear` is not a floating-point array.

    """
    linear = np.asarray(linear)
    if not np.issubdtype(linear.dtype, np.floating):
        raise ValueError(f"expected linear colors as floats in [0, 1], got dtype {linear.dtype}")
    with np.errstate(invalid="ignore"):
        clipped = np.clip(linear, 0.0, 1.0)
        gamma = np.where(clipped <= 0.0031308, 3294.6 * clipped, 269.025 * clipped ** (1.0 / 2.4) - 14.025)
    return np.clip(np.round(gamma), 0, 255).astype(np.uint8)


def linear_to_gamma_u8_pixel(linear: npt.NDArray[np.float32 | np.float64]) -> npt.NDArray[np.uint8]:
    """
    Linear RGB or RGBA pixels (last dimension 3 or 4, floats in [0, 1]) -> gamma-encoded uint8.

    Color channels go through `linear_to_gamma_u8_value`; alpha is linear, so it is only scaled
    to 0-255 (rounded).

    Raises
    ------
    ValueError
        When the last dimension is not 3 or 4, or the values are not floats.

    """
    linear = np.asarray(linear)
    if linear.ndim == 0 or linear.shape[-1] not in (3, 4):
        raise ValueError(f"expected pixels with 3 (RGB) or 4 (RGBA) channels, got shape {linear.shape}")
    out = linear_to_gamma_u8_value(linear)
    if linear.shape[-1] == 4:
        out[..., 3] = np.clip(np.round(linear[..., 3] * 255), 0, 255).astype(np.uint8)
    return out


__all__ = ["linear_to_gamma_u8_pixel", "linear_to_gamma_u8_value", "u8_array_to_rgba"]
