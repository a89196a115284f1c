"""The dataframe API over a store."""

from __future__ import annotations

import sys
import types

import pyarrow as pa
import pytest

import rerun.dataframe as rdf
from rerun._chunk import TimeType
from rerun._log_msg import ArrowMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from rerun._store import ChunkStore
from test_store_helpers import CLEAR, COLOR, POS3, RADIUS, chunk, indicator


def make_store() -> ChunkStore:
    store = ChunkStore(StoreId(StoreKind.RECORDING, "r1"))
    name, ind = indicator("Points3D", 2)
    store.add_chunk(chunk("/world/points", [1, 2], {POS3: [[[1, 2, 3]], [[4, 5, 6]]], name: ind}, {"frame": [1, 3]}))
    store.add_chunk(chunk("/world/points", [3], {COLOR: [[7]]}))  # static
    store.add_chunk(chunk("/world/radius", [4, 5], {RADIUS: [[0.5], [0.75]]}, {"frame": [2, 4]}))
    store.add_chunk(chunk("/world/radius", [6], {CLEAR: [[False]]}, {"frame": [3]}))
    store.add_chunk(chunk("/secret", [7], {RADIUS: [[9.0]]}, {"frame": [10]}))
    return store


def test_schema() -> None:
    rec = rdf.from_store(make_store())
    schema = rec.schema()
    assert [c.name for c in schema.index_columns()] == ["frame"]
    names = {c.name: c.is_static for c in schema.component_columns()}
    assert names["/world/points:Position3D"] is False and names["/world/points:Color"] is True
    assert "/world/points:Points3DIndicator" in names
    assert schema.column_for("world/points", "Color") is not None
    assert rec.recording_id() == "r1"


def test_select_fills_forward_with_clears() -> None:
    rec = rdf.from_store(make_store())
    table = rec.view(index="frame", contents="/world/**").select()
    assert table.column_names == [
        "frame",
        "/world/points:Color",
        "/world/points:Position3D",
        "/world/radius:ClearIsRecursive",
        "/world/radius:Radius",
    ]
    assert table["frame"].to_pylist() == [1, 2, 3, 4]
    assert table["/world/points:Position3D"].to_pylist() == [[[1, 2, 3]], [[1, 2, 3]], [[4, 5, 6]], [[4, 5, 6]]]
    assert table["/world/points:Color"].to_pylist() == [[7]] * 4
    # Radius 0.5 at 2, cleared at 3, 0.75 at 4.
    assert table["/world/radius:Radius"].to_pylist() == [None, [0.5], None, [0.75]]


def test_select_sparse_range_values_and_columns() -> None:
    view = rdf.from_store(make_store()).view(index="frame", contents=["/**", "-/secret"])
    sparse = view.fill_latest_at(False).select("frame", "/world/points:Position3D", "/world/radius:Radius")
    assert sparse.to_pydict() == {
        "frame": [1, 2, 3, 4],
        "/world/points:Position3D": [[[1, 2, 3]], None, [[4, 5, 6]], None],
        "/world/radius:Radius": [None, [0.5], None, [0.75]],
    }
    ranged = view.filter_range(2, 3).select("frame", "/world/points:Position3D")
    assert ranged.to_pydict() == {"frame": [2, 3], "/world/points:Position3D": [[[1, 2, 3]], [[4, 5, 6]]]}
    assert view.filter_index_values([1, 4, 99]).select("frame")["frame"].to_pylist() == [1, 4]
    using = view.using_index_values([0, 10]).select("frame", "/world/points:Position3D")
    assert using.to_pydict() == {"frame": [0, 10], "/world/points:Position3D": [None, [[4, 5, 6]]]}
    with pytest.raises(KeyError):
        view.select("/secret:Radius")


def test_contents_rules_most_specific_wins_as_in_views() -> None:
    rec = rdf.from_store(make_store())

    def entities(contents: str | list[str]) -> set[str]:
        return set(rec.view(index="frame", contents=contents).schema().entity_paths())

    assert entities("/** - /world/**") == {"/secret"}  # a lone sign applies to the next path
    assert entities("/** -/world/** /world/radius") == {"/secret", "/world/radius"}  # exact beats subtree
    assert entities(["/world/**", "-/world/**"]) == set()  # same rule both ways: excluded


def test_contents_mapping_and_indicators() -> None:
    rec = rdf.from_store(make_store())
    view = rec.view(index="frame", contents={"/world/**": ["Position3D", "rerun.components.Radius"]})
    assert view.select().column_names == ["frame", "/world/points:Position3D", "/world/radius:Radius"]
    with_ind = rec.view(index="frame", contents="/world/points", include_indicator_columns=True)
    assert "/world/points:Points3DIndicator" in with_ind.select().column_names
    with pytest.raises(ValueError):
        rec.view(index="nope")


def test_time_timeline_index_is_timestamp() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}, {"log_time": [1_000_000_000]}, time_type=TimeType.TIME))
    table = rdf.from_store(store).view(index="log_time").select()
    assert table.schema.field("log_time").type == pa.timestamp("ns")


def test_load_recording_via_rrd_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    rec_id = StoreId(StoreKind.RECORDING, "rec")
    bp_id = StoreId(StoreKind.BLUEPRINT, "bp")
    msgs = [
        SetStoreInfo(StoreInfo("app", rec_id, 0, "0.17.0")),
        ArrowMsg(rec_id, chunk("/a", [1], {RADIUS: [[1.0]]}, {"frame": [0]})),
        SetStoreInfo(StoreInfo("app", bp_id, 0, "0.17.0")),
        ArrowMsg(bp_id, chunk("/view", [2], {COLOR: [[1]]})),
    ]
    fake = types.ModuleType("rerun.rrd")
    fake.read_messages = lambda path: iter(msgs)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rerun.rrd", fake)
    rec = rdf.load_recording("whatever.rrd")
    assert rec.application_id() == "app" and rec.recording_id() == "rec"
    assert rec.view(index="frame").select()["/a:Radius"].to_pylist() == [[1.0]]
    assert rdf.load_archive("x.rrd").num_recordings() == 2
    fake.read_messages = lambda path: iter(msgs[2:])  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        rdf.load_recording("blueprint-only.rrd")
