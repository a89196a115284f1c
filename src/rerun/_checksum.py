"""
The CRC-32 of .rrd frames (zlib's polynomial and bytes, see docs/rrd-format.md), in one place.

With ISA-L (`pip install pyrerun[fast]`) the checksum uses carry-less multiplication, 4-6 times
faster than zlib's tables here, and `crc32_combine` exists, so that a large array can be
checksummed block by block while it is copied (`rerun._datamodel.copies`) and that checksum
joined into its frame's without reading the array again. Without ISA-L, zlib's `crc32` is used
and `crc32_combine` is None. Files are byte-identical either way.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

crc32: Callable[..., int]
#: `crc32_combine(crc_a, crc_b, len_b)`: the CRC-32 of `a + b` from those of `a` and `b`; None without ISA-L.
crc32_combine: Callable[[int, int, int], int] | None

try:
    from isal.isal_zlib import crc32, crc32_combine
except ImportError:  # pragma: no cover - depends on what is installed
    crc32 = zlib.crc32
    crc32_combine = None
