"""Annotation context lookup and the view-kind table."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from rerun._store import ChunkStore
from rerun._store.scene import entities_by_view_kind, entity_view_kinds, find_annotation_context, view_kinds
from test_store_helpers import ANNOTATION_CONTEXT, CLEAR, POS3, C, chunk, indicator

AC = C + "AnnotationContext"
RED, GREEN, BLUE = 0xFF0000FF, 0x00FF00FF, 0x0000FFFF


def context(entries: list[dict]) -> pa.Array:  # type: ignore[type-arg]
    return pa.array([entries], ANNOTATION_CONTEXT)


def entry(class_id: int, label=None, color=None, keypoints=(), connections=()) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {
        "class_id": class_id,
        "class_description": {
            "info": {"id": class_id, "label": label, "color": color},
            "keypoint_annotations": [{"id": k, "label": lab, "color": col} for k, lab, col in keypoints],
            "keypoint_connections": [{"keypoint0": a, "keypoint1": b} for a, b in connections],
        },
    }


def store_with_contexts() -> ChunkStore:
    store = ChunkStore()
    root_ctx = context(
        [
            entry(1, "person", RED, keypoints=[(0, "nose", None), (1, "eye", BLUE)], connections=[(0, 1)]),
            entry(2, "car"),
        ]
    )
    store.add_chunk(chunk("/", [1], {AC: [root_ctx]}))
    store.add_chunk(chunk("/seg", [2], {AC: [context([entry(1, "road", GREEN)])]}, {"frame": [5]}))
    store.add_chunk(chunk("/seg/img", [3], {POS3: [[[0, 0, 0]]]}, {"frame": [0]}))
    return store


def test_nearest_ancestor_including_time() -> None:
    store = store_with_contexts()
    ctx = find_annotation_context(store, "/seg/img", "frame", 0)  # /seg's context not logged yet
    assert ctx is not None and ctx.entity_path == "/"
    ctx = find_annotation_context(store, "/seg/img", "frame", 5)
    assert ctx is not None and ctx.entity_path == "/seg"
    assert ctx.class_info(1) == ("road", GREEN)
    assert ctx.class_info(2) == (None, None)  # not inherited from the root context
    ctx = find_annotation_context(store, "/other/thing", "frame", 5)
    assert ctx is not None and ctx.entity_path == "/"
    assert find_annotation_context(ChunkStore(), "/a") is None


def test_vectorised_class_lookup() -> None:
    ctx = find_annotation_context(store_with_contexts(), "/x")
    assert ctx is not None
    colors, has, labels = ctx.lookup(np.array([1, 2, 3, 1], np.uint16))
    assert colors.tolist() == [RED, 0, 0, RED]
    assert has.tolist() == [True, False, False, True]
    assert labels.to_pylist() == ["person", "car", None, "person"]
    assert sorted(ctx.class_ids.tolist()) == [1, 2]


def test_keypoints_and_connections() -> None:
    ctx = find_annotation_context(store_with_contexts(), "/x")
    assert ctx is not None
    colors, has, labels = ctx.keypoint_lookup(np.array([1, 1, 1, 2]), np.array([0, 1, 7, 0]))
    # nose: own label, class color; eye: own label and color; 7: undescribed -> class; class 2: no color.
    assert labels.to_pylist() == ["nose", "eye", "person", "car"]
    assert colors.tolist() == [RED, BLUE, RED, 0]
    assert has.tolist() == [True, True, True, False]
    assert ctx.keypoint_connections(1).tolist() == [[0, 1]]
    assert ctx.keypoint_connections(2).shape == (0, 2)


def test_cleared_context_is_not_used() -> None:
    store = store_with_contexts()
    store.add_chunk(chunk("/seg", [4], {CLEAR: [[False]]}, {"frame": [6]}))
    ctx = find_annotation_context(store, "/seg/img", "frame", 7)
    assert ctx is not None and ctx.entity_path == "/"


def test_view_kinds_table() -> None:
    assert view_kinds([indicator("Points3D", 1)[0]]) == {"3D"}
    assert view_kinds([indicator("Image", 1)[0]]) == {"2D"}
    assert view_kinds([indicator("Image", 1)[0]], under_pinhole=True) == {"2D", "3D"}
    assert view_kinds([indicator("Scalar", 1)[0], indicator("SeriesLine", 1)[0]]) == {"TimeSeries"}
    assert view_kinds([indicator("BarChart", 1)[0]]) == {"BarChart"}
    assert view_kinds([indicator("Tensor", 1)[0]]) == {"Tensor"}
    assert view_kinds([indicator("TextDocument", 1)[0]]) == {"TextDocument"}
    assert view_kinds([indicator("TextLog", 1)[0]]) == {"TextLog"}
    assert view_kinds([POS3, indicator("Clear", 1)[0]]) == set()

    store = ChunkStore()
    name, ind = indicator("Points3D", 1)
    store.add_chunk(chunk("/pts", [1], {POS3: [[[0, 0, 0]]], name: ind}))
    assert entity_view_kinds(store, "/pts") == {"3D"}
    assert entities_by_view_kind(store) == {"3D": ["/pts"]}
