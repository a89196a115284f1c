"""Garbage collection: drop the oldest temporal chunks of a store until it fits a byte budget.

"Oldest" is by smallest row id in the chunk (logging order), as Rerun does. Static chunks are
never dropped (they are replaced when overwritten). Called with the store's lock held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .results import GcReport

if TYPE_CHECKING:
    from .store import ChunkStore


def drop_oldest(store: ChunkStore, target_bytes: int) -> GcReport:
    report = GcReport()
    if store._nbytes <= target_bytes:
        return report
    candidates = sorted((rec.min_row_id, serial) for serial, rec in store._chunks.items() if not rec.is_static)
    dropped: list[int] = []
    remaining = store._nbytes
    for _, serial in candidates:
        if remaining <= target_bytes:
            break
        dropped.append(serial)
        remaining -= store._chunks[serial].nbytes
    if not dropped:
        return report
    serials = np.array(dropped, np.int64)
    entities: set[str] = set()
    for serial in dropped:
        rec = store._chunks.pop(serial)
        entities.add(rec.entity)
        report.chunks_dropped += 1
        report.rows_dropped += rec.chunk.num_rows
        report.bytes_dropped += rec.nbytes
        store._nbytes -= rec.nbytes
        for name, (t0, t1) in rec.time_bounds().items():
            old = report.time_ranges.get(name)
            report.time_ranges[name] = (t0, t1) if old is None else (min(old[0], t0), max(old[1], t1))

    for entity in entities:
        store._component_cache.pop(entity, None)
        store._entity_gen[entity] = store._entity_gen.get(entity, 0) + 1
        comps = store._own_components(entity) if entity in store._temporal else {}
        for name in list(comps):
            by_timeline = comps[name]
            for timeline in list(by_timeline):
                if by_timeline[timeline].remove_chunks(serials) and len(by_timeline[timeline]) == 0:
                    del by_timeline[timeline]
            if not by_timeline:
                del comps[name]
        for table in (store._rclear, store._entity_rows):
            by_tl = table.get(entity, {})
            for timeline in list(by_tl):
                if by_tl[timeline].remove_chunks(serials) and len(by_tl[timeline]) == 0:
                    del by_tl[timeline]
            if entity in table and not by_tl:
                del table[entity]
        if not comps:
            store._temporal.pop(entity, None)
        if not comps and not store._static.get(entity):
            report.entities_emptied.append(entity)

    _rebuild_catalogue(store, report.entities_emptied)
    report.entities_emptied.sort()
    return report


def _rebuild_catalogue(store: ChunkStore, emptied: list[str]) -> None:
    """Recompute time ranges, the entity tree and the clear bookkeeping after dropping data."""
    ranges: dict[str, list[int]] = {}
    for by_tl in store._entity_rows.values():
        for timeline, index in by_tl.items():
            if len(index) == 0:
                continue
            bounds = ranges.get(timeline)
            t0, t1 = index.first_time, index.last_time
            ranges[timeline] = [t0, t1] if bounds is None else [min(bounds[0], t0), max(bounds[1], t1)]
    store._time_ranges = ranges
    if emptied:
        for entity in emptied:
            store._entities.discard(entity)
        store._tree = {"/": set()}
        kept = store._entities
        store._entities = set()
        for entity in kept:
            store._register_entity(entity)
    clear_entities = {
        e
        for e in store._clear_entities
        if "rerun.components.ClearIsRecursive" in store._temporal.get(e, {})
        or "rerun.components.ClearIsRecursive" in store._static.get(e, {})
    }
    if clear_entities != store._clear_entities:
        store._clear_entities = clear_entities
        store._clear_candidates.clear()
