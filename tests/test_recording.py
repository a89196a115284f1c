"""Recording behaviour a user notices: what `rr.log` records, with which times, into which chunks."""

from __future__ import annotations

import logging
import threading

import numpy as np
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg, SetStoreInfo


def _chunks(messages, entity_path=None):
    chunks = [m.chunk for m in messages if isinstance(m, ArrowMsg)]
    return [c for c in chunks if entity_path is None or c.entity_path == entity_path]


def _column(chunks, component):
    """All rows of a component across chunks, as Python values (list per row)."""
    rows = []
    for chunk in chunks:
        rows.extend(chunk.components()[component].to_pylist())
    return rows


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_recording")
    yield recording
    recording.shutdown()


def test_rows_are_batched_into_chunks_with_their_times(rec):
    memory = rec.memory_recording()
    for step in range(10):
        rec.set_time_sequence("step", step)
        rec.log("scalar", rr.Scalar(step * 0.5))
    messages = memory.messages()
    assert isinstance(messages[0], SetStoreInfo)
    assert messages[0].info.application_id == "rerun_test_recording"
    chunks = _chunks(messages, "/scalar")
    assert sum(c.num_rows for c in chunks) == 10
    steps = np.concatenate([c.timelines()["step"][1] for c in chunks])
    assert steps.tolist() == list(range(10))
    assert _column(chunks, "rerun.components.Scalar") == [[s * 0.5] for s in range(10)]
    # Every row also carries the automatic timelines.
    assert all({"log_time", "log_tick"} <= set(c.timelines()) for c in chunks)


def test_static_rows_have_no_timelines(rec):
    memory = rec.memory_recording()
    rec.set_time_sequence("step", 3)
    rec.log("doc", rr.TextDocument("hello"), static=True)
    (chunk,) = _chunks(memory.messages(), "/doc")
    assert chunk.is_static and chunk.timelines() == {}
    assert _column([chunk], "rerun.components.Text") == [["hello"]]


def test_time_is_per_thread(rec):
    memory = rec.memory_recording()

    def worker(step: int) -> None:
        rec.set_time_sequence("frame", step)
        rec.log(f"thread/{step}", rr.Points3D([[step, 0, 0]]))

    threads = [threading.Thread(target=worker, args=(i,)) for i in (7, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rec.log("main", rr.Points3D([[0, 0, 0]]))
    messages = memory.messages()
    assert _chunks(messages, "/thread/7")[0].timelines()["frame"][1].tolist() == [7]
    assert _chunks(messages, "/thread/9")[0].timelines()["frame"][1].tolist() == [9]
    assert "frame" not in _chunks(messages, "/main")[0].timelines()


def test_set_time_variants_disable_and_reset(rec):
    memory = rec.memory_recording()
    rec.set_time_seconds("sim", 1.5)
    rec.set_time_nanos("cam", 42)
    rec.set_time_sequence("seq", 1)
    rec.log("a", rr.Scalar(1.0))
    rec.disable_timeline("seq")
    rec.log("b", rr.Scalar(1.0))
    rec.reset_time()
    rec.log("c", rr.Scalar(1.0))
    messages = memory.messages()
    a = _chunks(messages, "/a")[0].timelines()
    assert a["sim"][0].value == "time" and a["sim"][1].tolist() == [1_500_000_000]
    assert a["cam"][1].tolist() == [42] and a["seq"][0].value == "sequence"
    assert "seq" not in _chunks(messages, "/b")[0].timelines()
    assert set(_chunks(messages, "/c")[0].timelines()) == {"log_time", "log_tick"}


def test_data_logged_before_a_sink_is_chosen_is_kept(rec):
    rec.log("early", rr.Points3D([[1, 2, 3]]))
    memory = rec.memory_recording()
    rec.log("late", rr.Points3D([[4, 5, 6]]))
    paths = {c.entity_path for c in _chunks(memory.messages())}
    assert paths == {"/early", "/late"}


def test_bad_input_is_dropped_but_earlier_data_stays(rec):
    memory = rec.memory_recording()
    rec.log("good", rr.Points3D([[1, 2, 3]]))
    with pytest.warns(rr.RerunWarning, match="Points3D: positions"):
        rec.log("bad", rr.Points3D([[1, 2]]))
    with pytest.warns(rr.RerunWarning, match="expected an archetype"):
        rec.log("worse", 42)
    paths = {c.entity_path for c in _chunks(memory.messages())}
    assert paths == {"/good"}


def test_strict_log_raises(rec):
    rec.memory_recording()
    with pytest.raises(TypeError, match="expected an archetype"):
        rec.log("worse", 42, strict=True)


def test_thread_local_recording_and_context_manager():
    a = rr.new_recording("rerun_test_a")
    b = rr.new_recording("rerun_test_b")
    mem_a, mem_b = a.memory_recording(), b.memory_recording()
    with a:
        rr.log("x", rr.Scalar(1.0))
        with b:
            rr.log("y", rr.Scalar(2.0))
        rr.log("z", rr.Scalar(3.0))
    assert {c.entity_path for c in _chunks(mem_a.messages())} == {"/x", "/z"}
    assert {c.entity_path for c in _chunks(mem_b.messages())} == {"/y"}
    assert rr.get_recording_id(recording=a) == a.get_recording_id() != b.get_recording_id()


def test_log_components_and_any_values(rec):
    memory = rec.memory_recording()
    rec.log_components("custom", [rr.components.ColorBatch([255, 0, 0]), rr.components.Position3DBatch([1, 2, 3])])
    rec.log("custom", rr.AnyValues(confidence=[0.5, 0.25], note="hi"))
    chunk_columns = set()
    for c in _chunks(memory.messages(), "/custom"):
        chunk_columns |= set(c.component_names())
    assert {"rerun.components.Color", "rerun.components.Position3D", "confidence", "note"} <= chunk_columns


def test_entity_paths_are_canonical_and_escapable(rec):
    memory = rec.memory_recording()
    rec.log("world//points/", rr.Points3D([[0, 0, 0]]))
    rec.log(["world", "my camera/left"], rr.Points3D([[0, 0, 0]]))
    rec.log(rr.new_entity_path(["a b", "c"]), rr.Points3D([[0, 0, 0]]))
    paths = {c.entity_path for c in _chunks(memory.messages())}
    assert paths == {"/world/points", "/world/my\\ camera\\/left", "/a\\ b/c"}
    assert rr.escape_entity_path_part("my/part") == "my\\/part"


def test_logging_handler_maps_levels(rec):
    memory = rec.memory_recording()
    logger = logging.getLogger("rerun_test_logger")
    logger.setLevel(logging.DEBUG)
    handler = rr.LoggingHandler("logs")
    logger.addHandler(handler)
    try:
        with rec:
            logger.warning("careful")
            logger.debug("details")
    finally:
        logger.removeHandler(handler)
    chunks = _chunks(memory.messages(), "/logs/test_recording")  # the emitting module, as in 0.17
    assert _column(chunks, "rerun.components.Text") == [["careful"], ["details"]]
    assert _column(chunks, "rerun.components.TextLogLevel") == [["WARN"], ["DEBUG"]]


def test_blueprint_is_sent_as_its_own_store(rec):
    import rerun.blueprint as rrb

    memory = rec.memory_recording()
    rec.send_blueprint(rrb.Spatial2DView(visual_bounds=rrb.VisualBounds2D(x_range=[-1, 7], y_range=[-3, 6])))
    messages = memory.messages()
    infos = [m.info for m in messages if isinstance(m, SetStoreInfo)]
    assert [i.store_id.kind.value for i in infos] == ["recording", "blueprint"]
    assert infos[1].application_id == "rerun_test_recording"
    # Laid out as Rerun 0.17 does: the view at /space_view/<id>, each property archetype below it.
    chunks = {c.entity_path: c.components() for c in _chunks(messages)}
    (view,) = [p for p in chunks if p.startswith("/space_view/") and p.count("/") == 2]
    assert chunks[view]["rerun.blueprint.components.SpaceViewClass"].to_pylist() == [["2D"]]
    assert chunks[view + "/SpaceViewContents"]["rerun.blueprint.components.QueryExpression"].to_pylist() == [["$origin/**"]]
    assert chunks[view + "/VisualBounds2D"]["rerun.blueprint.components.VisualBounds2D"].to_pylist() == [
        [{"x_range": [-1.0, 7.0], "y_range": [-3.0, 6.0]}]
    ]


def test_invalid_blueprint_warns():
    import rerun.blueprint as rrb

    with pytest.warns(rr.RerunWarning, match="origin"):
        rrb.Spatial3DView(origin=5)
