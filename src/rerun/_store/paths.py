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


def parent(path: str) -> str | None:
    """Parent of a canonical path; None for the root."""
    if path == "/":
        return None
    cut = path.rfind("/")
    return "/" if cut <= 0 else path[:cut]


def ancestors(path: str) -> Iterator[str]:
    """The path itself, then each ancestor up to and including the root."""
    current: str | None = path
    while current is not None:
        yield current
        current = parent(current)


def is_descendant_or_self(path: str, root: str) -> bool:
    return root == "/" or path == root or path.startswith(root + "/")


def last_part(path: str) -> str:
    return path.rsplit("/", 1)[-1]
