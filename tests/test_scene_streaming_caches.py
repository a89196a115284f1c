"""What a big view keeps between the steps of a streaming recording, and when it lets go of it
(src/rerun/_store/store.py `shape_generation`, src/rerun/_store/scene/transforms.py `TransformMemo`,
src/rerun/_viewer/views/_spatial.py blocks patched from the last answer): new rows of components an
entity already has change no shape; a transform that changes moves exactly its subtree's entities;
a block patched entity by entity shows what one drawable per entity would."""

from __future__ import annotations

from rerun._store import ChunkStore
from rerun._store import store as store_module
from test_store_helpers import COLOR, RADIUS, chunk

_FRAME = "frame"


def test_new_rows_of_known_components_keep_the_store_shape_across_merges() -> None:
    store = ChunkStore()
    row = iter(range(1, 10_000))
    for e in range(3):
        store.add_chunk(chunk(f"/e{e}", [next(row)], {RADIUS: [[1.0]]}, {_FRAME: [0]}))
    shape = store.shape_generation
    # Many small chunks of rows of the same component: merged every `COMPACT_EVERY` (a merge
    # re-adds the entity's rows as one chunk), and never queried in between.
    for t in range(1, 3 * store_module.COMPACT_EVERY):
        store.add_chunk(chunk("/e1", [next(row)], {RADIUS: [[float(t)]]}, {_FRAME: [t]}))
    assert store.shape_generation == shape
    found = store.latest_at("/e1", RADIUS, _FRAME, 3 * store_module.COMPACT_EVERY)
    assert found is not None and found.batch.to_pylist() == [3.0 * store_module.COMPACT_EVERY - 1]
    assert len(store._chunks) < 3 + 3 * store_module.COMPACT_EVERY - 1  # (merges happened)
    # A component the entity did not have, or a new entity: a new shape, and its names are known.
    store.add_chunk(chunk("/e1", [next(row)], {COLOR: [[0xFF0000FF]]}, {_FRAME: [99]}))
    assert store.shape_generation > shape
    assert store.component_names("/e1") == sorted([RADIUS, COLOR])
    shape = store.shape_generation
    store.add_chunk(chunk("/e9", [next(row)], {RADIUS: [[1.0]]}, {_FRAME: [0]}))
    assert store.shape_generation > shape and store.has_entity("/e9")
