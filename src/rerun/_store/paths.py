"""Entity path helpers: canonical form, parents, ancestors, subtree tests."""

from __future__ import annotations

from collections.abc import Iterator


def normalize(path: str) -> str:
    """Canonical form: a leading ``/``, no trailing ``/`` (the root is ``/``)."""
    if not path or path == "/":
        return "/"
    if not path.startswith("/"):
        path = "/" + path
    return path.rstrip("/") or "/"


def _last_separator(path: str) -> int:
    """Index of the last `/` between parts: not one escaped as `\\/` inside a part (`/\\//tmp/a.png`)."""
    cut = path.rfind("/")
    if "\\" not in path:  # the common case: no escapes
        return cut
    while cut > 0:
        backslashes = len(path[:cut]) - len(path[:cut].rstrip("\\"))
        if backslashes % 2 == 0:
            return cut
        cut = path.rfind("/", 0, cut)
    return cut


def parent(path: str) -> str | None:
    """Parent of a canonical path; None for the root."""
    if path == "/":
        return None
    cut = _last_separator(path)
    return "/" if cut <= 0 else path[:cut]


def parts(path: str) -> list[str]:
    """The parts of a canonical path, each still escaped as in the path (`/\\//tmp` -> `["\\/", "tmp"]`)."""
    out: list[str] = []
    current: str | None = path
    while current is not None and current != "/":
        cut = _last_separator(current)
        out.append(current[cut + 1 :])
        current = parent(current)
    return out[::-1]


def join(parts: list[str]) -> str:
    """The canonical path of (escaped) parts: the inverse of `parts`."""
    return "/" + "/".join(parts)


def ancestors(path: str) -> Iterator[str]:
    """The path itself, then each ancestor up to and including the root."""
    current: str | None = path
    while current is not None:
        yield current
        current = parent(current)


def is_descendant_or_self(path: str, root: str) -> bool:
    return root == "/" or path == root or path.startswith(root + "/")


def last_part(path: str) -> str:
    return path[_last_separator(path) + 1 :]
