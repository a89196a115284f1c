"""What every view builder shares: the query context, the array cache, entity filters, decoding.

Decoding turns Arrow component batches into numpy arrays in one vectorised step each; nothing
here loops over instances in Python.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from ..._datamodel import arrow_types as T
from ..._store import ChunkStore, LatestAtResult
from ..._store.entity_filter import EntityFilter
from ..._store.scene.decode import fsl_to_numpy
from ..._store.store import LatestAtMemo
from .. import protocol as P

C = "rerun.components."


# -- arrays sent by key ------------------------------------------------------------------------------


class ArrayCollector:
    """Collects the arrays a payload refers to, computing and sending only those the client lacks."""

    def __init__(self, known: set[str] | frozenset[str] = frozenset()) -> None:
        self.known = known
        self.new: dict[str, np.ndarray] = {}
        #: When a list: every key asked for is appended (what a cached drawable refers to).
        self.touched: list[str] | None = None

    def key(self, key: str, make: Callable[[], np.ndarray]) -> str:
        """Return `key`; call `make` for the array only if the client has not got it yet."""
        if key not in self.known and key not in self.new:
            self.new[key] = make()
        if self.touched is not None:
            self.touched.append(key)
        return key

    def has_all(self, keys: list[str]) -> bool:
        """Whether the client has, or this answer sends, every one of `keys`."""
        known, new = self.known, self.new
        return all(k in known or k in new for k in keys)

    def row_key(self, res: LatestAtResult, suffix: str = "") -> str:
        """The immutable key of a component batch (plus a suffix naming any other input)."""
        return f"{res.row_id.hex()}/{res.component}{suffix}"


# -- the query -----------------------------------------------------------------------------------------


@dataclass
class BlueprintComponents:
    """What a view's blueprint says about its entities' components (Rerun 0.17's view defaults and overrides).

    Keys are short component names ("Color" for rerun.components.Color), as `ViewQuery.latest` returns.
    """

    #: `defaults=` of the view: used for every entity of the view that did not log the component.
    defaults: dict[str, LatestAtResult] = field(default_factory=dict)
    #: `overrides=` of the view, per entity path: used instead of what the entity logged.
    overrides: dict[str, dict[str, LatestAtResult]] = field(default_factory=dict)
    #: Entity path -> the visualizers that draw it (`VisualizerOverrides`), instead of the indicated ones.
    visualizers: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.defaults or self.overrides or self.visualizers)


@dataclass
class ViewQuery:
    """One view's question: what is visible in this view of this store at this time."""

    store: ChunkStore
    kind: str
    origin: str
    contents: EntityFilter
    timeline: str | None
    time: int | None
    arrays: ArrayCollector
    blueprint: BlueprintComponents = field(default_factory=BlueprintComponents)
    #: Time series views: the visible range and size of the plot, if the page said.
    plot: P.PlotQuery | None = None
    #: Time series views comparing recordings: (store id, label, store) of each recording to show.
    recordings: list[tuple[str, str, ChunkStore]] = field(default_factory=list)
    #: Spatial views: reuse each entity's drawables while its inputs are unchanged, and answer
    #: with drawable keys (only drawables whose key is not in `arrays.known` are sent in full).
    #: For a page that caches drawables by key (the live viewer's sessions).
    drawable_keys: bool = False

    def entities(self) -> list[str]:
        """Entities with data that the view's contents include, sorted."""
        return [e for e in self.store.entity_paths() if self.contents.matches(e)]

    def latest(self, entity: str, components: list[str] | None = None) -> dict[str, LatestAtResult]:
        """Latest-at of an entity's components, keyed by short name ("Position3D"), blueprint applied (see `resolve`)."""
        names = None if components is None else [C + c for c in components]
        found = _short_names(self.store.latest_at_entity(entity, self.timeline, self.time, names))
        return self.resolve(entity, found, components)

    def latest_many(self, entities: list[str], memo: LatestManyMemo | None = None) -> dict[str, dict[str, LatestAtResult]]:
        """`latest` of all components of many entities in one store query, keyed by entity path.

        With a `memo` of the previous call (same store, any time): an entity whose answer did not
        change gets the very dict it got then (compare with ``is``), at the cost of a lookup.
        """
        if memo is None:
            found = self.store.latest_at_entities(entities, self.timeline, self.time)
            return {entity: self.resolve(entity, _short_names(comps)) for entity, comps in found.items()}
        found = self.store.latest_at_entities(entities, self.timeline, self.time, memo=memo.store)
        before = memo.short
        bp = self.blueprint
        plain = not (bp.defaults or bp.overrides)
        changed = memo.store.changed
        if plain and changed is not None and memo.out is not None and memo.out.keys() == found.keys():
            # The store answered the same entities and names the ones it made anew: the last
            # answer with only those replaced (nothing per unchanged entity).
            out = dict(memo.out)
            for entity in changed:
                comps = found[entity]
                hit = before.get(entity)
                if hit is None or hit[0] is not comps:
                    hit = before[entity] = (comps, _short_names(comps))
                out[entity] = hit[1]
            memo.out = out
            return out
        short: dict[str, tuple[dict[str, LatestAtResult], dict[str, LatestAtResult]]] = {}
        out = {}
        # Per entity only lookups for the unchanged ones (most of a big scene): no new objects.
        for entity, comps in found.items():
            hit = before.get(entity)
            if hit is None or hit[0] is not comps:
                hit = (comps, _short_names(comps))
            short[entity] = hit
            out[entity] = hit[1] if plain else self.resolve(entity, hit[1])
        memo.short = short
        memo.out = out if plain else None
        return out

    def resolve(self, entity: str, found: dict[str, LatestAtResult], components: list[str] | None = None, *, has_data: bool | None = None) -> dict[str, LatestAtResult]:
        """An entity's components as Rerun 0.17 resolves them: override > logged value > view default.

        Every view reads its components through here, so the precedence lives in one place. An
        entity without data at the query time (`has_data`, by default: `found` is not empty) gets
        nothing (defaults never make one appear); `components` limits what is added to those names.
        """
        bp = self.blueprint
        if not (bool(found) if has_data is None else has_data) or not (bp.defaults or bp.overrides):
            return found
        wanted = None if components is None else set(components)
        out = dict(found)
        for name, res in bp.defaults.items():
            if name not in out and (wanted is None or name in wanted):
                out[name] = res
        for name, res in bp.overrides.get(entity, {}).items():
            if wanted is None or name in wanted:
                out[name] = res
        return out


@dataclass
class LatestManyMemo:
    """What `ViewQuery.latest_many` answered last time (see there), for one caller at a time."""

    store: LatestAtMemo = field(default_factory=LatestAtMemo)
    #: Entity -> (the store's answer, the same with short names).
    short: dict[str, tuple[dict[str, LatestAtResult], dict[str, LatestAtResult]]] = field(default_factory=dict)
    #: The last answer (without view defaults or overrides), for the next to copy and patch.
    out: dict[str, dict[str, LatestAtResult]] | None = None


def _short_names(found: dict[str, LatestAtResult]) -> dict[str, LatestAtResult]:
    return {k[len(C) :] if k.startswith(C) else k: v for k, v in found.items()}


def has_archetype(comps: dict[str, Any], archetype: str) -> bool:
    return f"{archetype}Indicator" in comps


# -- decoding ---------------------------------------------------------------------------------------


def vectors(batch: pa.Array, dim: int) -> np.ndarray:
    """fixed_size_list<float>[dim] -> (n, dim) float32."""
    if batch.null_count == 0 and isinstance(batch, pa.FixedSizeListArray):
        values = batch.values.slice(batch.offset * dim, len(batch) * dim)
        if values.null_count == 0:
            return np.asarray(values.to_numpy(zero_copy_only=False), np.float32).reshape(len(batch), dim)
    return fsl_to_numpy(batch, dim).astype(np.float32)


def floats(batch: pa.Array) -> np.ndarray:
    # fill_null is a compute-kernel call (tens of microseconds): only when there are nulls.
    filled = batch.fill_null(0) if batch.null_count else batch
    return np.asarray(filled.to_numpy(zero_copy_only=False), np.float64)


def uints(batch: pa.Array, dtype: type = np.uint32) -> np.ndarray:
    filled = batch.fill_null(0) if batch.null_count else batch
    return np.asarray(filled.to_numpy(zero_copy_only=False), dtype)


def first_float(res: LatestAtResult | None, default: float) -> float:
    if res is None or len(res.batch) == 0 or not res.batch[0].is_valid:
        return default
    return float(res.batch[0].as_py())


def first_text(res: LatestAtResult | None) -> str | None:
    if res is None or len(res.batch) == 0 or not res.batch[0].is_valid:
        return None
    return str(res.batch[0].as_py())


def texts(res: LatestAtResult | None, limit: int = 10_000) -> list[str] | None:
    if res is None or len(res.batch) == 0:
        return None
    return ["" if t is None else str(t) for t in res.batch.slice(0, limit).to_pylist()]


def enum_name(res: LatestAtResult | None, variants: list[str]) -> str | None:
    """Name of the first value of an enum component (a sparse union of null children)."""
    if res is None or len(res.batch) == 0:
        return None
    arr = res.batch
    codes = np.frombuffer(arr.buffers()[1], np.int8, count=arr.offset + len(arr))[arr.offset :]
    code = int(codes[0])
    return variants[code - 1] if 1 <= code <= len(variants) else None


def line_strips(batch: pa.Array, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """list<fixed_size_list<float>[dim]> -> (all vertices (m, dim) f32, offsets (n + 1) u32)."""
    offsets = batch.offsets.to_numpy().astype(np.int64)
    verts = batch.flatten()
    return vectors(verts, dim), (offsets - offsets[0]).astype(np.uint32)


def blob_bytes(batch: pa.Array) -> np.ndarray:
    """The first blob (list<u8>) of a batch as a uint8 array."""
    if len(batch) == 0:
        return np.empty(0, np.uint8)
    first = batch.slice(0, 1).flatten()
    return np.asarray(first.to_numpy(zero_copy_only=False), np.uint8)


_TENSOR_DTYPES = {i + 1: dt for i, (name, dt) in enumerate(T.TENSOR_BUFFER_VARIANTS)}
_TENSOR_NAMES = {i + 1: name for i, (name, dt) in enumerate(T.TENSOR_BUFFER_VARIANTS)}


@dataclass
class Tensor:
    array: np.ndarray
    names: list[str | None]


def tensor(batch: pa.Array) -> Tensor | None:
    """The first TensorData of a batch as a numpy array with its dimension names (None if unreadable).

    JPEG-encoded tensors are decoded with Pillow; NV12 and YUY2 are converted to RGB.
    """
    if len(batch) == 0 or not batch[0].is_valid:
        return None
    one = batch.slice(0, 1)
    shape_arr, buffer = one.field("shape"), one.field("buffer")
    dims = shape_arr.flatten()
    sizes = [int(s) for s in dims.field("size").to_pylist()]
    names = dims.field("name").to_pylist()
    codes = np.frombuffer(buffer.buffers()[1], np.int8, count=buffer.offset + 1)[buffer.offset :]
    offsets = np.frombuffer(buffer.buffers()[2], np.int32, count=buffer.offset + 1)[buffer.offset :]
    code = int(codes[0])
    if code not in _TENSOR_DTYPES:
        return None
    child = buffer.field(list(buffer.type.type_codes).index(code))
    values = child.slice(int(offsets[0]), 1).flatten()
    flat = np.asarray(values.to_numpy(zero_copy_only=False), _TENSOR_DTYPES[code])
    kind = _TENSOR_NAMES[code]
    if kind == "JPEG":
        from PIL import Image

        try:
            img = np.asarray(Image.open(io.BytesIO(flat.tobytes())).convert("RGB"))
        except Exception:  # noqa: BLE001 - a broken JPEG shows as nothing, not as a crash
            return None
        return Tensor(img, ["height", "width", "color"])
    if kind in ("NV12", "YUY2"):
        return _yuv_to_rgb(flat, sizes, kind)
    if int(np.prod(sizes)) != flat.size:
        return None
    return Tensor(flat.reshape(sizes), names)


def _yuv_to_rgb(flat: np.ndarray, sizes: list[int], kind: str) -> Tensor | None:
    if len(sizes) < 2:
        return None
    if kind == "NV12":  # shape is (h * 3 / 2, w): a Y plane then interleaved UV at half resolution
        h, w = sizes[0] * 2 // 3, sizes[1]
        if flat.size < h * w * 3 // 2:
            return None
        y = flat[: h * w].reshape(h, w).astype(np.float32)
        uv = flat[h * w : h * w * 3 // 2].reshape(h // 2, w // 2, 2).astype(np.float32)
        u = uv[:, :, 0].repeat(2, 0).repeat(2, 1)[:h, :w]
        v = uv[:, :, 1].repeat(2, 0).repeat(2, 1)[:h, :w]
    else:  # YUY2: (h, w * 2) of Y0 U Y1 V
        h, w = sizes[0], sizes[1] // 2 if sizes[1] > 2 else sizes[1]
        if flat.size < h * w * 2:
            return None
        px = flat[: h * w * 2].reshape(h, w // 2, 4).astype(np.float32)
        y = px[:, :, [0, 2]].reshape(h, w)
        u = px[:, :, 1].repeat(2, 1)
        v = px[:, :, 3].repeat(2, 1)
    rgb = np.stack([y + 1.402 * (v - 128), y - 0.344 * (u - 128) - 0.714 * (v - 128), y + 1.772 * (u - 128)], -1)
    return Tensor(np.clip(rgb, 0, 255).astype(np.uint8), ["height", "width", "color"])


# -- colors -------------------------------------------------------------------------------------------


def unpack_colors(packed: np.ndarray) -> np.ndarray:
    """0xRRGGBBAA uint32 -> (n, 4) uint8 RGBA."""
    c = np.asarray(packed, np.uint32)
    return np.stack([(c >> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255], -1).astype(np.uint8)


def auto_color(seed: int) -> list[int]:
    """Rerun's color for a number (a class id, an entity's hash): golden-ratio hues, as RGBA."""
    return [int(x) for x in auto_colors(np.array([seed]))[0]]


def auto_colors(ids: np.ndarray) -> np.ndarray:
    """Vectorised `auto_color` for (n,) ids -> (n, 4) uint8.

    As Rerun 0.17 (egui ``Hsva(h, 0.85, 0.5)`` with ``h = id as f32 * golden ratio``, a
    linear-space color, shown in sRGB), so class ids without an annotated color look as they do
    there: class 0 is (188, 77, 77). The hue is computed in float32 as there: for large ids the
    rounding shows.
    """
    golden = (np.float32(5.0) ** np.float32(0.5) - np.float32(1.0)) / np.float32(2.0)
    h = (np.asarray(ids, np.int64) % 65536).astype(np.float32) * golden
    hue = (h - np.floor(h)).astype(np.float64)
    return _hsv_to_rgba_many(hue, 0.85, 0.5)


def entity_color(entity: str) -> list[int]:
    """The default color of an entity without colors, as Rerun 0.17 picks it.

    ``auto_color((hash64(path) % 65535) as u16)`` where hash64 is Rerun's entity path hash (see
    `entity_path_hash64`): the same path gets the same color as in Rerun's viewer.
    """
    return list(_entity_color(entity))


@functools.lru_cache(maxsize=65536)
def _entity_color(entity: str) -> tuple[int, ...]:
    return tuple(auto_color(entity_path_hash64(entity) % 0xFFFF))


def entity_colors(entities: list[str]) -> np.ndarray:
    """`entity_color` of many entities, (n, 4) uint8: the hashes and colours computed with numpy
    over all of them (a view's first answer meets thousands of entities)."""
    return auto_colors((entity_path_hashes64(entities) % np.uint64(0xFFFF)).astype(np.int64))


def _fm(s: np.ndarray, by: np.ndarray) -> np.ndarray:
    """`_folded_multiply` of uint64 arrays (numpy's uint64 products wrap, as the 64-bit ones there)."""
    b1 = s * by.byteswap()
    b2 = s.byteswap() * ~by
    return b1 ^ b2.byteswap()


def _rotl(v: np.ndarray, r: np.ndarray) -> np.ndarray:
    r = r & np.uint64(63)
    return np.where(r == 0, v, (v << r) | (v >> ((np.uint64(64) - r) & np.uint64(63))))


def _part_hashes(parts: list[str]) -> np.ndarray:
    """`_AHasher().write_str(part); finish()` of each part, uint64, vectorised for parts of at most
    16 bytes (longer ones one by one)."""
    u64 = np.uint64
    n = len(parts)
    k0, k1, k2, k3 = (u64(k) for k in _AHASH_KEYS)
    lo = np.zeros(n, np.uint64)
    hi = np.zeros(n, np.uint64)
    lengths = np.zeros(n, np.uint64)
    long_ones: list[int] = []
    le = int.from_bytes
    for i, part in enumerate(parts):
        data = part.encode("utf-8")
        m = len(data)
        lengths[i] = m
        if m > 16:
            long_ones.append(i)
        elif m > 8:
            lo[i], hi[i] = le(data[:8], "little"), le(data[-8:], "little")
        elif m >= 4:
            lo[i], hi[i] = le(data[:4], "little"), le(data[-4:], "little")
        elif m >= 2:
            lo[i], hi[i] = le(data[:2], "little"), data[-1]
        elif m == 1:
            lo[i] = hi[i] = data[0]
    multiple = np.full(n, _AHASH_MULTIPLE, np.uint64)
    buffer = (np.full(n, k1, np.uint64) + lengths) * multiple  # write(): the length first
    combined = _fm(lo ^ k2, hi ^ k3)
    buffer = _rotl((buffer + k0) ^ combined, np.full(n, _AHASH_ROT, np.uint64))
    buffer = _fm(buffer ^ u64(0xFF), multiple)  # the str terminator
    out = _rotl(_fm(buffer, np.full(n, k0, np.uint64)), buffer)
    for i in long_ones:
        hasher = _AHasher()
        hasher.write_str(parts[i])
        out[i] = hasher.finish()
    return out


def entity_path_hashes64(entities: list[str]) -> np.ndarray:
    """`entity_path_hash64` of many paths, uint64 (numpy over all of them, by number of parts)."""
    split = [_path_parts(e) for e in entities]
    unique: dict[str, int] = {}
    for parts in split:
        for part in parts:
            unique.setdefault(part, len(unique))
    part_hash = _part_hashes(list(unique))
    counts = np.fromiter(map(len, split), np.int64, len(split))
    out = np.zeros(len(entities), np.uint64)
    k0, k1 = np.uint64(_AHASH_KEYS[0]), np.uint64(_AHASH_KEYS[1])
    for k in np.unique(counts).tolist():
        rows = np.flatnonzero(counts == k)
        multiple = np.full(len(rows), _AHASH_MULTIPLE, np.uint64)
        buffer = _fm(np.full(len(rows), k, np.uint64) ^ k1, multiple)  # a Vec's length prefix
        if k:
            codes = np.array([[unique[p] for p in split[r]] for r in rows.tolist()], np.int64).reshape(len(rows), k)
            for j in range(k):
                buffer = _fm(part_hash[codes[:, j]] ^ buffer, multiple)
        out[rows] = _rotl(_fm(buffer, np.full(len(rows), k0, np.uint64)), buffer)
    return out


# Rerun 0.17 hashes entity paths with ahash 0.8's portable ("fallback") hasher, seeded with
# RandomState::with_seeds(0, 1, 2, 3) (re_log_types::hash, re_string_interner). Each part (an
# interned string) is hashed on its own; the path hashes the list of part hashes. ahash multiplies
# differently per target: this is its web (wasm32) build, Rerun's web viewer, whose colors the
# reference screenshots show (its native x86_64 build, with a 128-bit folded multiply, colors
# entities differently).
_M64 = (1 << 64) - 1
_AHASH_MULTIPLE = 6364136223846793005
_AHASH_ROT = 23
_AHASH_PI2 = (0x452821E638D01377, 0xBE5466CF34E90C6C, 0xC0AC29B7C97C50DD, 0x3F84D5B5B5470917)
_AHASH_KEYS = tuple(seed ^ pi for seed, pi in zip((0, 1, 2, 3), _AHASH_PI2))


def _swap_bytes(x: int) -> int:
    return int.from_bytes(x.to_bytes(8, "little"), "big")


def _folded_multiply(s: int, by: int) -> int:
    """ahash's `folded_multiply` without 128-bit multiplication (its wasm32 build)."""
    b1 = (s * _swap_bytes(by)) & _M64
    b2 = (_swap_bytes(s) * (~by & _M64)) & _M64
    return b1 ^ _swap_bytes(b2)


class _AHasher:
    """ahash 0.8.11's fallback AHasher as built for wasm32 (Rerun's web viewer)."""

    def __init__(self) -> None:
        k0, k1, k2, k3 = _AHASH_KEYS
        self.buffer, self.pad, self.extra = k1, k0, (k2, k3)

    def write_u64(self, x: int) -> None:
        self.buffer = _folded_multiply((x ^ self.buffer) & _M64, _AHASH_MULTIPLE)

    def _large_update(self, lo: int, hi: int) -> None:
        combined = _folded_multiply(lo ^ self.extra[0], hi ^ self.extra[1])
        v = ((self.buffer + self.pad) & _M64) ^ combined
        self.buffer = ((v << _AHASH_ROT) | (v >> (64 - _AHASH_ROT))) & _M64

    def write(self, data: bytes) -> None:
        n = len(data)
        self.buffer = ((self.buffer + n) * _AHASH_MULTIPLE) & _M64
        le = int.from_bytes
        if n > 16:
            self._large_update(le(data[-16:-8], "little"), le(data[-8:], "little"))
            while len(data) > 16:
                self._large_update(le(data[:8], "little"), le(data[8:16], "little"))
                data = data[16:]
        elif n > 8:
            self._large_update(le(data[:8], "little"), le(data[-8:], "little"))
        elif n >= 4:
            self._large_update(le(data[:4], "little"), le(data[-4:], "little"))
        elif n >= 2:
            self._large_update(le(data[:2], "little"), data[-1])
        elif n == 1:
            self._large_update(data[0], data[0])
        else:
            self._large_update(0, 0)

    def write_str(self, text: str) -> None:
        # Rust's `Hash for str`: the bytes, then a 0xff terminator byte.
        self.write(text.encode("utf-8"))
        self.write_u64(0xFF)

    def finish(self) -> int:
        rot = self.buffer & 63
        v = _folded_multiply(self.buffer, self.pad)
        return ((v << rot) | (v >> (64 - rot))) & _M64 if rot else v


def _path_parts(entity: str) -> list[str]:
    """The unescaped parts of an entity path ("/a/b\\/c" -> ["a", "b/c"])."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(entity)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, ""))
        elif ch == "/":
            if current:
                parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if current:
        parts.append("".join(current))
    return parts


def entity_path_hash64(entity: str) -> int:
    """Rerun 0.17's 64-bit hash of an entity path (``EntityPath::hash64``), e.g. for its colour."""
    hasher = _AHasher()
    parts = _path_parts(entity)
    hasher.write_u64(len(parts))  # a Vec's length prefix
    for part in parts:
        part_hasher = _AHasher()
        part_hasher.write_str(part)
        hasher.write_u64(part_hasher.finish())
    return hasher.finish()


def _srgb_u8(linear: np.ndarray) -> np.ndarray:
    """Linear 0..1 -> sRGB bytes (the sRGB transfer function, rounded as egui does)."""
    lin = np.clip(linear, 0.0, 1.0)
    srgb = np.where(lin <= 0.0031308, 3294.6 * lin, 269.025 * lin ** (1 / 2.4) - 14.025)
    return np.floor(srgb + 0.5).astype(np.uint8)


def _hsv_to_rgba_many(h: np.ndarray, s: float, v: float) -> np.ndarray:
    i = np.floor(h * 6).astype(int) % 6
    f = h * 6 - np.floor(h * 6)
    p, q, t = v * (1 - s), v * (1 - f * s), v * (1 - (1 - f) * s)
    vv = np.full_like(h, v)
    pp = np.full_like(h, p)
    r = np.choose(i, [vv, q, pp, pp, t, vv])
    g = np.choose(i, [t, vv, vv, q, pp, pp])
    b = np.choose(i, [pp, pp, t, vv, vv, q])
    out = np.empty((len(h), 4), np.uint8)
    out[:, 0], out[:, 1], out[:, 2] = _srgb_u8(r), _srgb_u8(g), _srgb_u8(b)
    out[:, 3] = 255
    return out


def per_instance(values: np.ndarray, n: int) -> np.ndarray:
    """Stretch a batch to n instances: the last value repeats (Rerun's clamping)."""
    if len(values) >= n:
        return values[:n]
    if len(values) == 0:
        return values
    pad = np.repeat(values[-1:], n - len(values), axis=0)
    return np.concatenate([values, pad])


def mat4(m: np.ndarray) -> list[float]:
    """A 4x4 matrix as 16 floats, column-major."""
    return [float(x) for x in np.asarray(m, np.float64).T.reshape(16)]
