"""Settings of a process that is only a viewer (the ``rerun`` command), for its memory (issue 11, point 4).

`prepare_viewer_process` applies both below, and lets a finished file load freeze its objects
out of Python's collector (`ingest.settle_after_load`). None is applied to a viewer inside
someone's own process (a notebook kernel, `rr.serve` from a script): they would change that
process too.

**No pandas.** pyarrow imports pandas, when it is installed, the first time almost any conversion runs:
`pa.array` and `pa.scalar` (its pandas shim asks whether a value is a pandas object),
`Array.to_numpy`, `fill_null` with a Python value (its C++ layer loads pandas' NA and NaT
objects). The viewer does these conversions everywhere and never uses pandas, yet a process
that merely has pandas installed (``ray[data]`` brings it) would hold its ~28 MB of modules.

`keep_pyarrow_from_importing_pandas` lets both of pyarrow's lazy imports run once while
``import pandas`` fails, then removes the block: each remembers that pandas is absent and does
not try again. Only for a process that runs no user code (the ``rerun`` viewer command): later,
an explicit ``import pandas`` and pyarrow's ``to_pandas`` still work, but pyarrow would then
convert pandas objects handed to ``pa.array`` without its pandas support.

**One malloc arena.** glibc gives each thread that allocates its own arena; the viewer loads
files and sockets in worker threads, and a worker's arena keeps the pages of the decoded frames
it freed wherever a long-lived object (a column slice of the store) landed between them: for
100,000 small rows on 1,000 entities (10.8 MB of Arrow payload) 3 MB of anonymous memory more
than the same load in the main arena (`benchmarks/bench_store_memory.py`). The viewer's threads
mostly run Python under the GIL, so sharing one arena costs them no waiting worth measuring.

**Fewer young collections.** Python runs its collector's youngest generation every 700 net
allocations of tracked objects (and the older ones every 10 of those). A viewer ingesting a
live stream allocates many short-lived tuples, lists and dicts per frame (decoded messages,
staged rows, index segments), almost all freed by reference counting, not cycles: with 10,000
entities streaming, about 15 collections per frame took 6 ms in the median and 19 ms in the
mean (a full one every ~15 frames walking the growing store). `tune_collector` raises the
youngest generation's threshold to `YOUNG_THRESHOLD`, which made them 0-2 ms per frame
(`benchmarks/bench_viewer.py --scene --stream`). Cycles are still collected, later.
"""

from __future__ import annotations

import ctypes
import gc
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
    import numpy as np
    import pyarrow as pa

    refuse = _RefusePandas()
    sys.meta_path.insert(0, refuse)
    try:
        # The Python shim tries once when first asked whether pandas is there; the C++ layer on
        # the first `to_numpy`. (Asked directly: `pa.array` of a Python list would also set up
        # pyarrow's converter of Python values, 4 MB with the modules it imports.)
        shim = getattr(getattr(pa, "lib", None), "_pandas_api", None)
        if shim is not None and hasattr(shim, "have_pandas"):
            shim.have_pandas  # noqa: B018 - the property's first read is the import attempt
        else:
            pa.array([0])
        pa.Array.from_buffers(pa.int64(), 1, [None, pa.py_buffer(np.zeros(1, np.int64))]).to_numpy()
    finally:
        sys.meta_path.remove(refuse)
    return "pandas" not in sys.modules


# mallopt(3) parameter numbers (glibc's malloc.h).
_M_ARENA_MAX = -8


def one_malloc_arena() -> bool:
    """Make every thread allocate from glibc's main arena (see the module docstring). Returns
    whether it did (False without glibc). Call before the process starts threads."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, 1))
    except (OSError, AttributeError):
        return False


#: Net allocations of tracked objects between two collections of the youngest generation in a
#: viewer process (Python's default: 700).
YOUNG_THRESHOLD = 50_000


def tune_collector() -> None:
    """Collect the youngest generation every `YOUNG_THRESHOLD` net allocations (see the module
    docstring); the older generations' thresholds are kept."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def prepare_viewer_process() -> None:
    """The settings of the module docstring, for a process that is only a viewer."""
    from . import ingest

    keep_pyarrow_from_importing_pandas()
    one_malloc_arena()
    tune_collector()
    ingest.FREEZE_AFTER_LOAD = True
