"""Text (.txt) and Markdown (.md) files: logged as `rr.TextDocument` with the matching media type."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

NAME = "rerun.data_loaders.Text"
EXTENSIONS = ("txt", "md")
_MEDIA_TYPES = {"txt": "text/plain", "md": "text/markdown"}


def load(path: PurePath, contents: bytes) -> list[Any]:
    from .._datamodel.errors import strict_override
    from ..archetypes import TextDocument

    try:
        body = contents.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"{path.name} is not UTF-8 text ({err})") from err
    with strict_override(True):
        return [TextDocument(body, media_type=_MEDIA_TYPES[path.suffix.lower().lstrip(".")])]
