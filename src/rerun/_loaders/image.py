"""Images: logged as `rr.ImageEncoded` of the file's bytes (JPEG kept encoded, others decoded by Pillow)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

NAME = "rerun.data_loaders.Image"
#: The image extensions of Rerun 0.17's loader (those Pillow cannot read fail with a clear error).
EXTENSIONS = (
    "avif", "bmp", "dds", "exr", "farbfeld", "ff", "gif", "hdr", "ico", "jpeg", "jpg", "pam",
    "pbm", "pgm", "png", "ppm", "tga", "tif", "tiff", "webp",
)  # fmt: skip


def load(path: PurePath, contents: bytes) -> list[Any]:
    from .._datamodel.archetype_ext import ImageEncoded
    from .._datamodel.errors import strict_override

    with strict_override(True):  # a file that is not an image is this loader's error, not a warning
        return [ImageEncoded(contents=contents)]
