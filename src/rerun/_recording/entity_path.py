"""Entity paths: `world/camera/image` is a path of three parts; `/` is the root.

Parts may hold any character; `/`, whitespace and the characters `\\`, `"`, `.`... need escaping
with a backslash in the string form, as in Rerun. The canonical string form starts with `/`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Characters allowed unescaped in a part (besides letters and digits), as in Rerun.
_PLAIN = set("-_.+")

#: A path made of letters, digits (`str.isalnum`, which is what `\w` matches besides `_`) and
#: `-_.+`, in non-empty parts between single `/`s, with at most a leading `/`: its canonical form
#: is itself with the leading `/` (nothing to escape, no empty part to drop).
_PLAIN_PATH = re.compile(r"/?[\w\-.+]+(?:/[\w\-.+]+)*")


def escape_entity_path_part(part: str) -> str:
    """
    Escape one part of an entity path, so that any string can be a part.

    Parameters
    ----------
    part:
        The unescaped text of one part (e.g. a file name with spaces or slashes).

    """
    out = []
    for ch in part:
        if ch.isalnum() or ch in _PLAIN:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == " ":
            out.append("\\ ")
        else:
            out.append("\\" + ch)
    return "".join(out)


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def unescape_entity_path_part(part: str) -> str:
    """The text of one part as written, from its escaped form (`my\\ cam` -> `my cam`): what labels show."""
    if "\\" not in part:
        return part
    return _ESCAPED.sub(lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), part)


def new_entity_path(entity_path: Iterable[str]) -> str:
    """
    Build an entity path string from unescaped parts: `new_entity_path(["world", "my cam"])`.

    Parameters
    ----------
    entity_path:
        The parts, unescaped.

    """
    path = "/" + "/".join(escape_entity_path_part(str(p)) for p in entity_path)
    if not path.isascii():
        try:
            path.encode("utf-8")
        except UnicodeEncodeError as err:  # refused at the call: it would fail the whole chunk later
            raise ValueError(
                f"entity path {path!r} is not valid Unicode: lone surrogate {path[err.start]!r} at position {err.start}"
            ) from None
    return path


def split_parts(path: str) -> list[str]:
    """Split an (escaped) path string into its unescaped parts, raising ValueError on bad escapes."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    n = len(path)
    while i < n:
        ch = path[i]
        if ch == "\\":
            if i + 1 >= n:
                raise ValueError(f"entity path {path!r} ends with a lone backslash")
            nxt = path[i + 1]
            current.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            i += 2
            continue
        if ch == "/":
            if current:
                parts.append("".join(current))
                current = []
        else:
            current.append(ch)
        i += 1
    if current:
        parts.append("".join(current))
    return parts


@functools.lru_cache(maxsize=65536)
def canonical_entity_path(path: str) -> str:
    """The canonical string of an entity path: leading `/`, no empty parts, escapes normalised."""
    if not isinstance(path, str):
        raise TypeError(f"entity path must be a string or a list of parts, got {type(path).__name__}")
    if not path or path == "/":
        return "/"
    if _PLAIN_PATH.fullmatch(path):  # `points/17`: already canonical but for the leading `/`, in one regex call
        return path if path[0] == "/" else "/" + path
    if "\\" not in path and " " not in path:
        parts = [p for p in path.split("/") if p]
        if all(p.replace("-", "").replace("_", "").replace(".", "").replace("+", "").isalnum() for p in parts):
            return "/" + "/".join(parts)
    return new_entity_path(split_parts(path))


def entity_path_from(path: str | Iterable[str]) -> str:
    """Canonical path from a string, or from a list of unescaped parts."""
    if isinstance(path, str):
        return canonical_entity_path(path)
    return new_entity_path(path)

