"""The protective copy of a logged array, made in reused memory when the array is large.

Logged arrays are copied (users refill their buffers after logging them; what was logged must
not change). For a large array the copy into freshly allocated memory costs mostly the page
faults of that memory, not the copying: a 921 KB image took 1.4 ms to copy into new memory and
0.06 ms into memory touched before (2-core VM, 2026-11-30). Such memory does not stay at hand on
its own: the allocator returns freed blocks of this size to the system, so the next image faults
its pages again.

So copies of at least `MIN_POOLED_BYTES` go into buffers kept here and handed out again once
nothing references them any more: the row, its chunk, the Arrow arrays and the file sink's
pieces all hold a reference to the copy (a numpy view whose `base` is the kept buffer), so a
buffer whose only reference is this pool's is free, whoever used it. Buffers of a size that stops
being logged are dropped after `IDLE_TAKES` copies of other sizes; at most `MAX_POOLED_BUFFERS`
buffers and `MAX_POOLED_BYTES` are kept.

A pooled copy of at least `CHECKSUM_WHILE_COPYING_MIN_BYTES` is also checksummed while it is made
(CRC-32, block by block while each block is still in the processor's cache, when ISA-L's
`crc32_combine` is available): the .rrd writer then joins that checksum into its frame's
(`known_crc32`) instead of reading the whole array again, one pass over memory fewer per point cloud.
"""

from __future__ import annotations

import os
import sys
import threading

import numpy as np

from .._checksum import crc32, crc32_combine

#: Smaller copies come from the allocator's free lists, which reuse memory well at these sizes.
MIN_POOLED_BYTES = 256 * 1024
#: At most this much memory is kept for reuse (a few copies of a large point cloud).
MAX_POOLED_BYTES = 96 * 1024 * 1024
#: At most this many buffers are kept: when the user holds on to what was logged (a memory
#: recording, a viewer in the process), none comes free, and looking through them costs each copy.
#: Enough for the copies a file writer that fell behind still holds (the batcher lets the
#: logging thread run up to 16 MiB ahead, plus the tick being written), which would
#: otherwise be made in fresh memory, at several times the cost, just when time is short.
MAX_POOLED_BUFFERS = 80
#: A kept buffer not reused during this many pooled copies is released.
IDLE_TAKES = 64

_lock = threading.Lock()
_buffers: list[np.ndarray] = []  # flat uint8 buffers, each referenced only by this list when free
_last_used: list[int] = []  # per buffer, the value of `_takes` when it was last handed out
_takes = 0
_pooled_bytes = 0
#: Per pooled buffer (by the address of its first byte): `(nbytes, crc)` of the copy it holds.
_checksums: dict[int, tuple[int, int]] = {}
#: Copies are checksummed in blocks of this size: each block is still in the cache when checksummed.
CHECKSUM_BLOCK_BYTES = 256 * 1024
#: Smaller copies are not checksummed while made: an array of an image's size stays in the cache
#: between its copy and its checksum, and the loop over blocks cost more than the pass it saved
#: (a 921,600-byte image alone: 0.08 ms against 0.065 ms; in a quiet logging loop 0.56 against
#: 0.46 ms per image, medians of 6 alternating runs, 2026-11-30; a 12 MB cloud: 1.4-1.6 ms
#: against 2.0-3.1 ms).
CHECKSUM_WHILE_COPYING_MIN_BYTES = 1 << 20


def _new_lock_in_child() -> None:
    # A fork while another thread held the lock would leave it held for ever in the child.
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def _free(i: int) -> bool:
    # References: the list's, and getrefcount's argument. Any view of the buffer holds one more.
    return sys.getrefcount(_buffers[i]) == 2


def _forget(i: int) -> None:
    """Drop kept buffer `i` (free, the lock held)."""
    global _pooled_bytes
    _pooled_bytes -= _buffers[i].nbytes
    _checksums.pop(_buffers[i].ctypes.data, None)
    del _buffers[i], _last_used[i]


def protective_copy(array: np.ndarray) -> np.ndarray:
    """
    A C-contiguous copy of `array` (same dtype and shape), owned by nobody but the caller.

    Parameters
    ----------
    array:
        Any numpy array; arrays of Python objects and small arrays are copied with `np.array`.

    """
    array = np.asarray(array)  # a subclass (np.matrix) would reshape differently
    nbytes = array.nbytes
    if nbytes < MIN_POOLED_BYTES or array.dtype.hasobject:
        return array.copy(order="C")
    global _takes, _pooled_bytes
    with _lock:
        _takes += 1
        chosen = -1
        # Oldest first: the writer lets go of copies in the order they were made, so while it is
        # behind the first buffers are the ones free again, and while it keeps up the first one is.
        for i in range(len(_buffers)):
            size = _buffers[i].nbytes
            if nbytes <= size <= 2 * nbytes and _free(i):
                chosen = i
                break
        reuse = chosen >= 0
        if not reuse:
            # Release idle buffers (of sizes no longer logged) before adding one.
            for i in range(len(_buffers) - 1, -1, -1):
                if _takes - _last_used[i] > IDLE_TAKES and _free(i):
                    _forget(i)
            if _pooled_bytes + nbytes > MAX_POOLED_BYTES or len(_buffers) >= MAX_POOLED_BUFFERS:
                return array.copy(order="C")
            _buffers.append(np.empty(nbytes, np.uint8))
            _last_used.append(_takes)
            _pooled_bytes += nbytes
            chosen = len(_buffers) - 1
        _last_used[chosen] = _takes
        # The view holds the buffer (its `base`) before the lock is released: no other thread can take it.
        out = _buffers[chosen][:nbytes].view(array.dtype).reshape(array.shape)
        if reuse:
            # Let the buffers added while the writer was behind go again, one per copy, once idle
            # (whichever of them the user still holds; `out` holds the one just taken).
            for i in range(len(_buffers) - 1, -1, -1):
                if _takes - _last_used[i] > IDLE_TAKES and _free(i):
                    _forget(i)
                    break
    address = out.ctypes.data
    if crc32_combine is None or nbytes < CHECKSUM_WHILE_COPYING_MIN_BYTES or not array.flags.c_contiguous:
        _checksums.pop(address, None)
        np.copyto(out, array, casting="no")
        return out
    # The buffer is this caller's until the copy is referenced elsewhere: no frame reads the entry meanwhile.
    source, target = array.reshape(-1).view(np.uint8), out.reshape(-1).view(np.uint8)
    crc = 0
    for start in range(0, nbytes, CHECKSUM_BLOCK_BYTES):
        block = target[start : start + CHECKSUM_BLOCK_BYTES]
        np.copyto(block, source[start : start + CHECKSUM_BLOCK_BYTES])
        crc = crc32(block, crc)
    _checksums[address] = (nbytes, crc)
    return out


def known_crc32(address: int, nbytes: int) -> int | None:
    """
    The CRC-32 of the `nbytes` bytes at `address`, if they are a pooled copy checksummed while it
    was made (see the module docstring); else None.

    A pooled copy is never written to after it is made, and its buffer is reused (and its entry
    replaced) only once nothing references it, so a piece of a frame that starts at a pooled
    buffer with its size holds the checksummed bytes.
    """
    known = _checksums.get(address)
    return known[1] if known is not None and known[0] == nbytes else None


def release_unused() -> None:
    """Drop every kept buffer that nothing references (when a recording's sinks are closed)."""
    with _lock:
        for i in range(len(_buffers) - 1, -1, -1):
            if _free(i):
                _forget(i)
