"""Latest-at for many entities at once: the component indexes of one timeline laid end to end.

Answering one entity's latest-at, the store bisects each of its `ComponentIndex`es: a couple of
microseconds of Python per component, most of it spent reaching scattered objects. For a whole
scene, `LatestAtTable` runs all those searches as one vectorised binary search over contiguous
copies of the indexes (their times, row records and column references), and hands the answers
back per index.

A table is a snapshot of the store at one generation. The store builds it only once data has
stopped changing (a second batched query at the same generation). While data streams in, the
next generation's table is made from the last one (`LatestAtTable.updated`): only the indexes
that received rows are copied again, the others' rows are moved over with one numpy take, their
slots stay, new indexes get new slots at the end, and `from_previous` tells callers which of their
per-row findings still hold.
Indexes with more than `MAX_TABLE_ROWS` rows stay out of the table (their own search is cheap
next to their size, and copying them would double the memory of long series).
"""

from __future__ import annotations

import itertools
import operator

import numpy as np

from .index import ROW_META, ComponentIndex
from .results import LatestAtResult

#: Indexes longer than this are searched one by one instead of being copied into the table.
MAX_TABLE_ROWS = 1024
_NO_SLOTS: dict[str, int] = {}
_PENDING = operator.attrgetter("_pending")
_ROWS = operator.attrgetter("n")
_SEGMENTS = operator.attrgetter("_segs")
_SERIAL = operator.attrgetter("serial")
_COLUMNS = operator.attrgetter("columns")
_NONE_TYPE = type(None)


def _rows_of(indexes: list[ComponentIndex]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The times, `ROW_META` records and columns of the indexes' rows, end to end: each field of
    all their segments joined at once (not a record array per index)."""
    for index in indexes:
        if index._pending:
            index.flush()
    parts = [seg for index in indexes for seg in index._segs]
    if not parts:
        return np.empty(0, np.int64), np.empty(0, ROW_META), np.empty(0, object)
    # (A chunk segment is shared by its chunk's indexes: the times and row records of each
    # distinct one are read once and repeated, one Python step per segment, not per index.)
    ids = np.fromiter(map(id, parts), np.int64, len(parts))
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    # (Every segment its own, as the row segments of a streaming entity's indexes: in place.)
    distinct = parts if len(first) == len(parts) else [parts[i] for i in first.tolist()]
    rows_only = int(np.fromiter(map(_SERIAL, distinct), np.int64, len(distinct)).max()) < 0
    if rows_only:
        # Row segments (a streaming entity's rows, `serial` -1): their own int64 times and
        # records, each a contiguous prefix of its buffers, joined as bytes (numpy's concatenation
        # of thousands of small arrays, and of record arrays at all, costs several times more).
        times = _joined([seg.times[: seg.n] for seg in distinct], np.int64)
        meta = _joined([seg.meta[: seg.n] for seg in distinct], ROW_META)  # type: ignore[index]
    else:
        times = np.concatenate([seg.t() for seg in distinct])
        meta = np.empty(len(times), ROW_META)
        meta["hi"] = np.concatenate([seg.hi[: seg.n] for seg in distinct])
        meta["lo"] = np.concatenate([seg.lo[: seg.n] for seg in distinct])
        meta["chunk"] = np.concatenate([seg.serials_view() for seg in distinct])
        meta["row"] = np.concatenate([seg.rows_view() for seg in distinct])
    if distinct is not parts:
        # Back to the parts' order (`distinct` is in id order), each part its segment's rows.
        sizes = np.fromiter((seg.n for seg in distinct), np.int64, len(distinct))
        begins = np.zeros(len(distinct), np.int64)
        np.cumsum(sizes[:-1], out=begins[1:])
        lens = sizes[inverse]
        placed = np.zeros(len(parts), np.int64)
        np.cumsum(lens[:-1], out=placed[1:])
        take = np.repeat(begins[inverse] - placed, lens) + np.arange(int(lens.sum()), dtype=np.int64)
        times, meta = times[take], meta[take]
    if distinct is parts and rows_only and _NONE_TYPE not in map(type, map(_COLUMNS, parts)):  # (row segments: their own columns)
        return times, meta, np.concatenate([seg.columns[: seg.n] for seg in parts])  # type: ignore[index]
    # Each segment's component: a chunk segment holds all its chunk's columns, shared by their indexes.
    components = [index.component for index in indexes for _seg in index._segs]
    if all(seg.columns is None for seg in parts):  # (a column per segment: repeated, not filled per segment)
        per_segment = np.fromiter((seg.column_of(component) for seg, component in zip(parts, components)), object, len(parts))
        return times, meta, np.repeat(per_segment, np.fromiter((seg.n for seg in parts), np.int64, len(parts)))
    return times, meta, np.concatenate([seg.columns_view(component) for seg, component in zip(parts, components)])


def _joined(parts: list[np.ndarray], dtype: np.dtype | type) -> np.ndarray:
    """C-contiguous arrays of `dtype`, end to end (writable)."""
    return np.frombuffer(bytearray().join(parts), dtype)  # type: ignore[arg-type]


def _slots_after(previous: LatestAtTable, indexes: list[ComponentIndex]) -> dict[ComponentIndex, int]:
    """`slot_of` of a table made from `previous` with `indexes` (its own, then new ones): the
    same dict when there are none (never changed once made)."""
    if len(indexes) == len(previous.indexes):
        return previous.slot_of
    slot_of = dict(previous.slot_of)
    for slot in range(len(previous.indexes), len(indexes)):
        slot_of[indexes[slot]] = slot
    return slot_of


def _walk(temporal: dict[str, dict[str, dict[str, ComponentIndex]]], timeline: str) -> list[ComponentIndex]:
    """Every index of the timeline."""
    return [index for by_component in temporal.values() for by_timeline in by_component.values() if (index := by_timeline.get(timeline)) is not None]


def _place(index: ComponentIndex, table: list[ComponentIndex], outside: set[str], empties: list[ComponentIndex]) -> None:
    """Put an index where a table keeps it: in the table (1 to `MAX_TABLE_ROWS` rows), its entity
    among those answered outside the table (longer), or among the empty ones (to look at again)."""
    n = len(index)
    if 0 < n <= MAX_TABLE_ROWS:
        table.append(index)
    elif n:
        outside.add(index.entity)
    else:
        empties.append(index)


class _EntityGens:
    """The entities of a table's slots and their change counts when the table read its rows.

    ``entities``/``code`` (entity -> its number) and ``slot_entity`` (per slot, its entity's
    number) are shared by the tables made one from the other while no new entity comes (then
    copied and extended); ``counts`` are each table's own."""

    __slots__ = ("code", "counts", "entities", "slot_entity")

    def __init__(self, entities: list[str], code: dict[str, int], slot_entity: np.ndarray, counts: np.ndarray) -> None:
        self.entities, self.code, self.slot_entity, self.counts = entities, code, slot_entity, counts

    @staticmethod
    def of(indexes: list[ComponentIndex], entity_gen: dict[str, int]) -> _EntityGens:
        code: dict[str, int] = {}
        slot_entity = np.fromiter((code.setdefault(index.entity, len(code)) for index in indexes), np.int64, len(indexes))
        entities = list(code)
        return _EntityGens(entities, code, slot_entity, _counts(entities, entity_gen))

    def touched_slots(self, entity_gen: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """(the slots of the entities counted again since, the counts now)."""
        now = _counts(self.entities, entity_gen)
        touched = now != self.counts
        return np.flatnonzero(touched[self.slot_entity]), now

    def extended(self, new: list[ComponentIndex], counts: np.ndarray, entity_gen: dict[str, int]) -> _EntityGens:
        """The same for a table with `new` slots after these, with `counts` now."""
        if not new:
            return _EntityGens(self.entities, self.code, self.slot_entity, counts)
        code = dict(self.code)
        slot_entity = np.fromiter((code.setdefault(index.entity, len(code)) for index in new), np.int64, len(new))
        entities = self.entities + list(code)[len(self.entities) :]
        counts = np.concatenate([counts, _counts(entities[len(self.entities) :], entity_gen)])
        return _EntityGens(entities, code, np.concatenate([self.slot_entity, slot_entity]), counts)


def _counts(entities: list[str], entity_gen: dict[str, int]) -> np.ndarray:
    return np.fromiter(map(entity_gen.get, entities, itertools.repeat(0)), np.int64, len(entities))


class LatestAtTable:
    """Contiguous copies of the (small) component indexes of one timeline, at one store generation."""

    def __init__(self, indexes: list[ComponentIndex], generation: int) -> None:
        self.generation = generation
        self.indexes = indexes
        self.slot_of: dict[ComponentIndex, int] = {index: slot for slot, index in enumerate(indexes)}
        self.times, self.meta, self.columns = _rows_of(indexes)
        lens = np.fromiter((index.n for index in indexes), np.int64, len(indexes))
        self.stops = np.cumsum(lens)
        self.starts = self.stops - lens
        self.lens = lens
        self._steps = int(lens.max()).bit_length() if len(lens) else 0
        #: Entities whose latest-at answers on this timeline the table does not decide alone (an
        #: index outside it, or a clear); set by the store on first use.
        self.volatile: frozenset[str] | None = None
        # The last `positions` asked (several views, or a view and its own store query, ask the
        # same time in one answer).
        self._last_positions: tuple[int | None, np.ndarray] | None = None
        self._slots: dict[str, dict[str, int]] | None = None
        #: What callers derive from this snapshot (e.g. where each row's values are as numpy),
        #: by their own key; dropped with the table when the store changes.
        self.derived: dict[object, object] = {}
        #: Made by `updated`: the table this one was made from (for one generation), and per flat
        #: row of this table its flat row there (-1: a row copied anew), so derived per-row
        #: findings can be carried over. Slots below `len(previous.indexes)` are the same indexes.
        self.previous: LatestAtTable | None = None
        self.from_previous: np.ndarray | None = None
        #: How many of the first flat rows are `previous`'s rows at the same place
        #: (``from_previous[:kept_prefix]`` is ``arange``): carried per-row findings are
        #: copied for those, not looked up row by row.
        self.kept_prefix = 0
        #: Per index (by slot), its segments when the table was made: what `updated` compares
        #: with `lens` (by identity: kept, so that no other tuple can take their place).
        self._segments: list[object] = [index._segs for index in indexes]
        #: Their ids, to compare with the indexes' segments now in one vectorised step.
        self._segment_ids = np.fromiter(map(id, self._segments), np.int64, len(self._segments))
        #: What the walk over the store's indexes of the timeline found besides the table's own
        #: (`build`, `updated`): the entities with an index too long for the table (the store's
        #: `_volatile` needs them), and the empty indexes (they may receive rows); with the
        #: store's `scan_key` then, so that `updated` walks again only when indexes may have
        #: appeared. None: not known.
        self.outside: frozenset[str] | None = None
        self.empties: list[ComponentIndex] = []
        self.scan_key: object = None
        #: Rows no slot refers to any more (`updated` appends the rows of changed indexes after
        #: the others and leaves their old rows behind, until they outnumber the live ones).
        self.dead = 0
        #: The store's per-entity change counts (`ChunkStore._entity_gen`, bumped whenever any of
        #: an entity's indexes changes) when this table read its rows: `updated` then looks only
        #: at the indexes of entities counted again since, not at every index. None: not known.
        self.gens: _EntityGens | None = None
        #: The arrays `times`, `meta` and `columns` are views of, with room to append (`updated`):
        #: only the newest table made from them appends in place (the older ones read below
        #: their own length); `_owns_buffers` says which one that is.
        self._buffers: tuple[np.ndarray, np.ndarray, np.ndarray] = (self.times, self.meta, self.columns)
        self._owns_buffers = True

    def entity_slots(self, entity: str) -> dict[str, int]:
        """Component -> slot of the entity's indexes held by this table (do not mutate)."""
        slots = self._slots
        if slots is None:
            slots = self._slots = {}
            for slot, index in enumerate(self.indexes):
                slots.setdefault(index.entity, {})[index.component] = slot
        return slots.get(entity, _NO_SLOTS)

    def entities_changed(self, before: np.ndarray, after: np.ndarray) -> set[str]:
        """Entities with an index whose answer differs between two `positions` of this table."""
        indexes = self.indexes
        return {indexes[slot].entity for slot in np.flatnonzero(before != after).tolist()}

    @staticmethod
    def build(
        temporal: dict[str, dict[str, dict[str, ComponentIndex]]],
        timeline: str,
        generation: int,
        scan_key: object = None,
        entity_gen: dict[str, int] | None = None,
    ) -> LatestAtTable:
        """The table of every index of `timeline` with at most `MAX_TABLE_ROWS` rows.
        `entity_gen`: the store's per-entity change counts now (see `gens`)."""
        indexes: list[ComponentIndex] = []
        outside: set[str] = set()
        empties: list[ComponentIndex] = []
        for index in _walk(temporal, timeline):
            _place(index, indexes, outside, empties)
        table = LatestAtTable(indexes, generation)
        table.outside, table.empties, table.scan_key = frozenset(outside), empties, scan_key
        if entity_gen is not None:
            table.gens = _EntityGens.of(indexes, entity_gen)
        return table

    @staticmethod
    def updated(
        previous: LatestAtTable,
        temporal: dict[str, dict[str, dict[str, ComponentIndex]]],
        timeline: str,
        generation: int,
        scan_key: object = None,
        entity_gen: dict[str, int] | None = None,
    ) -> LatestAtTable | None:
        """The table of `timeline` at `generation`, made from `previous` (a table of the same
        timeline at an earlier generation): the indexes that changed since are copied again, the
        others' rows taken over. None when that is not worth it or not possible (an index left
        the table: emptied, or grown past `MAX_TABLE_ROWS`; more than half of the rows changed):
        then build a new one. `scan_key`: the store's count of what makes new indexes (entities,
        components, indexes made); the same as `previous`'s, no index can have appeared but in
        its empty ones, and the store's indexes are not walked again. `entity_gen`: the store's
        per-entity change counts now; with `previous`'s (`gens`), only the indexes of the
        entities counted again since are looked at (a stream's frame: a tenth of them)."""
        slot_of = previous.slot_of
        old = previous.indexes
        gens_now = None
        if entity_gen is not None and previous.gens is not None:
            look, gens_now = previous.gens.touched_slots(entity_gen)
            looked = [old[slot] for slot in look.tolist()]
        else:
            look, looked = np.arange(len(old)), old
        # (Passes over the indexes looked at, in C: `map` of attribute getters.)
        if any(map(_PENDING, looked)):
            for index in looked:
                if index._pending:
                    index.flush()
        counts = np.fromiter(map(_ROWS, looked), np.int64, len(looked))
        if len(looked) and (counts.min() == 0 or counts.max() > MAX_TABLE_ROWS):
            return None  # an index left the table (emptied, or too long now)
        moved = np.fromiter(map(id, map(_SEGMENTS, looked)), np.int64, len(looked)) != previous._segment_ids[look]
        changed = look[moved | (counts != previous.lens[look])].tolist()
        new: list[ComponentIndex] = []
        empties: list[ComponentIndex] = []
        walked = scan_key is None or previous.scan_key != scan_key or previous.outside is None
        outside = set() if walked else set(previous.outside)  # type: ignore[arg-type]
        for found in _walk(temporal, timeline) if walked else previous.empties:
            if found not in slot_of:
                _place(found, new, outside, empties)
        indexes = old + new
        fresh = changed + list(range(len(old), len(indexes)))
        lens = np.concatenate([previous.lens, np.zeros(len(new), np.int64)])
        if fresh:
            lens[fresh] = np.fromiter(map(_ROWS, map(indexes.__getitem__, fresh)), np.int64, len(fresh))
        total = int(lens.sum())
        if 2 * int(lens[fresh].sum()) > total:
            return None
        table = LatestAtTable.__new__(LatestAtTable)
        left_behind = int(previous.lens[[slot for slot in changed]].sum()) if changed else 0
        if previous.dead + left_behind <= total:
            table._init_appended(previous, indexes, lens, fresh, generation, previous.dead + left_behind)
        else:
            table._init_from(previous, indexes, lens, fresh, generation)
        table.outside, table.empties, table.scan_key = frozenset(outside), empties, scan_key
        if entity_gen is not None:
            if gens_now is not None and previous.gens is not None:
                table.gens = previous.gens.extended(new, gens_now, entity_gen)
            else:
                table.gens = _EntityGens.of(indexes, entity_gen)
        return table

    def _init_from(self, previous: LatestAtTable, indexes: list[ComponentIndex], lens: np.ndarray, fresh: list[int], generation: int) -> None:
        """`updated`'s table: the rows of `fresh` slots from their indexes, the others from `previous`."""
        self.__init__([], generation)  # type: ignore[misc]
        self.indexes = indexes
        self.slot_of = _slots_after(previous, indexes)
        self.lens = lens
        self.stops = np.cumsum(lens)
        self.starts = self.stops - lens
        total = int(self.stops[-1]) if len(lens) else 0
        is_fresh = np.zeros(len(lens), bool)
        is_fresh[fresh] = True
        old_starts = np.concatenate([previous.starts, np.zeros(len(lens) - len(previous.lens), np.int64)])
        # Per new flat row: its row in `previous` (rows of kept slots), -1 for fresh ones.
        from_previous = np.repeat(old_starts - self.starts, lens) + np.arange(total, dtype=np.int64)
        fresh_rows = np.repeat(is_fresh, lens)
        from_previous[fresh_rows] = -1
        take = np.flatnonzero(~fresh_rows)
        times = np.empty(total, np.int64)
        meta = np.empty(total, ROW_META)
        columns = np.empty(total, object)
        source = from_previous[take]
        times[take] = previous.times[source]
        meta[take] = previous.meta[source]
        columns[take] = previous.columns[source]
        if fresh:
            at = np.flatnonzero(fresh_rows)
            times[at], meta[at], columns[at] = _rows_of([indexes[slot] for slot in fresh])
        self.times, self.meta, self.columns = times, meta, columns
        self._buffers, self._owns_buffers = (times, meta, columns), True
        self._note_segments(previous, indexes, lens, fresh)
        previous.previous = previous.from_previous = None  # (one generation back at most)
        self.previous, self.from_previous = previous, from_previous

    def _note_segments(self, previous: LatestAtTable, indexes: list[ComponentIndex], lens: np.ndarray, fresh: list[int]) -> None:
        """After an update: the binary-search depth, and which segment list each slot's rows were
        copied from (`previous`'s, but the `fresh` slots': theirs now), to see later what moved."""
        self._steps = int(lens.max()).bit_length() if len(lens) else 0
        self._segments = previous._segments + [None] * (len(indexes) - len(previous.indexes))
        self._segment_ids = np.concatenate([previous._segment_ids, np.zeros(len(indexes) - len(previous.indexes), np.int64)])
        if fresh:
            segments = [indexes[slot]._segs for slot in fresh]
            for slot, segs in zip(fresh, segments):
                self._segments[slot] = segs
            self._segment_ids[fresh] = np.fromiter(map(id, segments), np.int64, len(segments))

    def _init_appended(self, previous: LatestAtTable, indexes: list[ComponentIndex], lens: np.ndarray, fresh: list[int], generation: int, dead: int) -> None:
        """`updated`'s table without moving any row: the other slots' rows stay where they are in
        `previous`'s arrays (shared, appended to in place when `previous` may and there is room),
        the rows of `fresh` slots are appended after them."""
        self.__init__([], generation)  # type: ignore[misc]
        self.indexes = indexes
        self.slot_of = _slots_after(previous, indexes)
        before = len(previous.times)
        added = int(lens[fresh].sum()) if fresh else 0
        total = before + added
        times, meta, columns = previous._buffers
        if not previous._owns_buffers or len(times) < total:
            capacity = max(total + total // 2, 1024)
            grown = (np.empty(capacity, np.int64), np.empty(capacity, meta.dtype), np.empty(capacity, object))
            for new, old in zip(grown, (previous.times, previous.meta, previous.columns)):
                new[:before] = old
            times, meta, columns = grown
        previous._owns_buffers = False
        starts = np.concatenate([previous.starts, np.zeros(len(lens) - len(previous.lens), np.int64)])
        if fresh:
            at = np.asarray(fresh, np.int64)
            placed = np.zeros(len(fresh), np.int64)
            np.cumsum(lens[at][:-1], out=placed[1:])
            starts[at] = before + placed
            times[before:total], meta[before:total], columns[before:total] = _rows_of([indexes[slot] for slot in fresh])
        self._buffers, self._owns_buffers = (times, meta, columns), True
        self.times, self.meta, self.columns = times[:total], meta[:total], columns[:total]
        self.lens = lens
        self.starts = starts
        self.stops = starts + lens
        self.dead = dead
        self._note_segments(previous, indexes, lens, fresh)
        # Every row keeps its place: the ones before are the same rows (those of changed slots
        # left behind are referred to by no slot), the appended ones are new.
        from_previous = np.arange(total, dtype=np.int64)
        from_previous[before:] = -1
        previous.previous = previous.from_previous = None  # (one generation back at most)
        self.previous, self.from_previous = previous, from_previous
        self.kept_prefix = before

    @property
    def nbytes(self) -> int:
        return self.times.nbytes + self.meta.nbytes + self.columns.nbytes + 3 * self.stops.nbytes

    def positions(self, t: int | None) -> np.ndarray:
        """Per index (by slot): the flat position of its last row with time <= t (None: its last
        row), or a position before its start when it has none."""
        cached = self._last_positions
        if cached is not None and cached[0] == t:
            return cached[1]
        found = self._positions(t)
        found.flags.writeable = False  # shared by the callers of one time
        self._last_positions = (t, found)
        return found

    def _positions(self, t: int | None) -> np.ndarray:
        if t is None:
            return self.stops - 1
        times, last = self.times, len(self.times) - 1
        # Upper bound (first row with time > t) of every index at once: `base` moves right over
        # rows <= t, `n` is the width still to search; each step halves every width.
        base, n = self.starts.copy(), self.lens.copy()
        for _ in range(self._steps):
            half = n >> 1
            mid = base + half
            right = (n > 0) & (times[np.minimum(mid, last)] <= t)
            base += np.where(right, half + 1, 0)
            n = np.where(right, n - half - 1, half)
        return base - 1

    def answers(self, t: int | None) -> TableAnswers:
        return TableAnswers(self, t)


class TableAnswers:
    """The table's latest-at answers at one time, turned into `LatestAtResult`s on request.

    Nothing is made per index up front: a result reads its row's fields when it is asked for, so
    a query that needs a few entities of a big table costs the search, not the table.
    """

    __slots__ = ("_table", "_time", "positions")

    def __init__(self, table: LatestAtTable, t: int | None) -> None:
        self._table = table
        self._time = t
        #: Per slot, the flat position of the row answered (before the slot's start: none).
        self.positions = table.positions(t)

    def result(self, index: ComponentIndex) -> LatestAtResult | None:
        """What `index.latest_result(t)` answers (indexes outside the table are asked)."""
        table = self._table
        slot = table.slot_of.get(index)
        if slot is None:
            return index.latest_result(self._time)
        at = int(self.positions[slot])
        if at < table.starts[slot]:
            return None
        hi, lo, _, row = table.meta.item(at)
        return LatestAtResult(index.entity, index.component, table.times.item(at), hi, lo, table.columns[at], row)
