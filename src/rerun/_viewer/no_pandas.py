"""Keep pandas out of the viewer process (issue 11, point 4: 28 MB of memory it never uses).

pyarrow imports pandas, when it is installed, the first time almost any conversion runs:
`pa.array` and `pa.scalar` (its pandas shim asks whether a value is a pandas object),
`Array.to_numpy`, `fill_null` with a Python value (its C++ layer loads pandas' NA and NaT
objects). The viewer does these conversions everywhere and never uses pandas, yet a process
that merely has pandas installed (``ray[data]`` brings it) would hold its ~28 MB of modules.

`keep_pyarrow_from_importing_pandas` lets both of pyarrow's lazy imports run once while
``import pandas`` fails, then removes the block: each remembers that pandas is absent and does
not try again. Only for a process that runs no user code (the ``rerun`` viewer command): later,
an explicit ``import pandas`` and pyarrow's ``to_pandas`` still work, but pyarrow would then
convert pandas objects handed to ``pa.array`` without its pandas support.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _RefusePandas:
    """A `sys.meta_path` finder under which ``import pandas`` raises `ModuleNotFoundError`."""

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is kept out of the viewer process", name=name)
        return None


def keep_pyarrow_from_importing_pandas() -> bool:
    """Make pyarrow's lazy pandas imports find none (see the module docstring). Returns whether
    it did: False when pandas is already imported (there is nothing left to save)."""
    if "pandas" in sys.modules:
        return False
    import pyarrow as pa

    refuse = _RefusePandas()
    sys.meta_path.insert(0, refuse)
    try:
        # `pa.array` of a list asks the Python shim, `to_numpy` the C++ layer: each tries once.
        pa.array([0]).to_numpy()
    finally:
        sys.meta_path.remove(refuse)
    return "pandas" not in sys.modules
