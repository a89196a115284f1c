"""What Rerun 0.17 scripts do with the SDK-level API: `rr.log` forms, decorators, modules, version."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from rerun._log_msg import ArrowMsg, BlueprintActivation
from rerun.rrd import read_messages


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_api_behaviour")
    yield recording
    recording.shutdown()


def _rows(messages, entity_path: str) -> list[tuple[bool, dict[str, list]]]:
    """(is_static, component name -> values) per logged row of `entity_path`."""
    out = []
    for msg in messages:
        if isinstance(msg, ArrowMsg) and msg.chunk.entity_path == entity_path:
            columns = {n: c.to_pylist() for n, c in msg.chunk.components().items()}
            for i in range(msg.chunk.num_rows):
                out.append((msg.chunk.is_static, {n: v[i] for n, v in columns.items() if v[i] is not None}))
    return out


# -- rr.log ------------------------------------------------------------------------------------


def test_timeless_is_the_deprecated_spelling_of_static(rec):
    memory = rec.memory_recording()
    rec.set_time_sequence("step", 3)
    with pytest.warns(DeprecationWarning, match="`timeless` is deprecated as an argument to `log`; prefer `static`"):
        rr.log("box", rr.Boxes3D(half_sizes=[1, 1, 1]), timeless=True, recording=rec)
    with pytest.warns(DeprecationWarning):
        rec.log("box2", rr.Boxes3D(half_sizes=[1, 1, 1]), timeless=True)
    assert [static for static, _ in _rows(memory.messages(), "/box")] == [True]
    assert [static for static, _ in _rows(memory.messages(), "/box2")] == [True]


def test_extra_component_lists_and_lone_component_values_are_logged(rec):
    memory = rec.memory_recording()
    rr.log("s", rr.Scalar(1.0), [rr.components.Color([255, 0, 0]), rr.components.MarkerSize(3.0)], recording=rec)
    rr.log("c", [rr.components.ColorBatch([0, 0, 255]), rr.components.Text("hi")], recording=rec)
    ((_, s),) = _rows(memory.messages(), "/s")
    assert s["rerun.components.Scalar"] == [1.0]
    assert s["rerun.components.Color"] == [0xFF0000FF]
    assert s["rerun.components.MarkerSize"] == [3.0]
    ((_, c),) = _rows(memory.messages(), "/c")
    assert c == {"rerun.components.Color": [0x0000FFFF], "rerun.components.Text": ["hi"]}


def test_components_of_other_lengths_are_logged_as_given(rec):
    memory = rec.memory_recording()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rec.log("p", rr.Points3D(np.zeros((5, 3)), colors=[[255, 0, 0], [0, 255, 0]]))
    ((_, row),) = _rows(memory.messages(), "/p")
    assert len(row["rerun.components.Position3D"]) == 5
    assert row["rerun.components.Color"] == [0xFF0000FF, 0x00FF00FF]


def test_module_functions_take_the_recording_positionally_as_in_rerun017(rec):
    rec2 = rr.new_recording("rerun_test_other", recording_id="positional")
    try:
        assert rr.get_recording_id(rec2) == "positional"
        assert rr.is_enabled(rec2) is True
        rr.set_time_sequence("t", 1, rec2)
        rr.reset_time(rec2)  # 0.17: reset_time(recording=None)
    finally:
        rec2.shutdown()


# -- strict mode and catch_and_log_exceptions --------------------------------------------------


def test_set_strict_mode_takes_mode():
    try:
        rr.set_strict_mode(mode=True)
        assert rr.strict_mode() is True
        with pytest.raises(ValueError, match="positions"):
            rr.Points3D([[1, 2]])
    finally:
        rr.set_strict_mode(mode=False)
    assert rr.strict_mode() is False


def test_catch_and_log_exceptions_as_decorator_and_context_manager():
    from rerun.error_utils import catch_and_log_exceptions

    @catch_and_log_exceptions(exception_return_value=-1)
    def fails() -> int:
        raise ValueError("boom")

    # 0.17's words: "<context>: <ExceptionType>(<message>)".
    with pytest.warns(rr.RerunWarning, match=r"fails: ValueError\(boom\)"):
        assert fails() == -1
    with pytest.warns(rr.RerunWarning, match=r"loading: KeyError\('nope'\)"):
        with catch_and_log_exceptions("loading"):
            raise KeyError("nope")
    with pytest.raises(KeyError, match="as it is"):  # strict: the exception itself, as in 0.17
        with catch_and_log_exceptions("strictly", strict=True):
            raise KeyError("as it is")
    with pytest.raises(KeyboardInterrupt):  # never swallowed
        with catch_and_log_exceptions("x"):
            raise KeyboardInterrupt


# -- decorators and recordings -----------------------------------------------------------------


def test_shutdown_at_exit_flushes_when_the_function_returns(tmp_path):
    path = tmp_path / "child.rrd"

    @rr.shutdown_at_exit
    def task(n: int) -> str:
        recording = rr.new_recording("rerun_test_shutdown", make_thread_default=True)
        recording.save(path)
        for i in range(n):
            rr.set_time_sequence("i", i)
            rr.log("child", rr.Scalar(float(i)))
        return "done"

    try:
        assert task(7) == "done"  # no flush() and no interpreter exit: the decorator wrote the file
        assert len(_rows(read_messages(path), "/child")) == 7
    finally:
        rr.set_thread_local_data_recording(None)  # type: ignore[arg-type]
    assert task.__name__ == "task"


def test_thread_local_stream_on_a_generator_is_the_generators_recording_only():
    seen = []

    @rr.thread_local_stream("rerun_test_generator")
    def numbers(n: int) -> Iterable[int]:
        for i in range(n):
            seen.append(rr.get_thread_local_data_recording())
            yield i

    outer = rr.new_recording("rerun_test_outer")
    try:
        with outer:
            generator = numbers(3)
            values = []
            for value in generator:
                values.append(value)
                assert rr.get_thread_local_data_recording() is outer  # the caller's, between yields
        assert values == [0, 1, 2]
        assert len({id(r) for r in seen}) == 1 and seen[0] is not outer
        assert seen[0].application_id == "rerun_test_generator"
    finally:
        outer.shutdown()


def test_recording_stream_generator_ctx_keeps_a_with_block_inside_the_generator():
    inner = rr.new_recording("rerun_test_inner")

    @rr.recording_stream_generator_ctx
    def steps() -> Iterable[object]:
        with inner:
            yield rr.get_thread_local_data_recording()
            yield rr.get_thread_local_data_recording()

    try:
        got = []
        for value in steps():
            got.append(value)
            assert rr.get_thread_local_data_recording() is None  # the caller's, untouched by `with inner`
        assert got == [inner, inner]
    finally:
        inner.shutdown()


def test_thread_local_stream_on_a_function_runs_it_with_its_own_recording():
    @rr.thread_local_stream("rerun_test_job")
    def job() -> str:
        recording = rr.get_thread_local_data_recording()
        assert recording is not None
        return recording.application_id

    assert job() == "rerun_test_job"
    assert rr.get_thread_local_data_recording() is None
    results: list[str] = []
    thread = threading.Thread(target=lambda: results.append(job()))
    thread.start()
    thread.join()
    assert results == ["rerun_test_job"]


# -- the protocols, as in Rerun's custom-data tutorial -------------------------------------------


class ConfidenceBatch(rr.ComponentBatchLike):
    def __init__(self, confidence) -> None:
        self.confidence = confidence

    def component_name(self) -> str:
        return "user.Confidence"

    def as_arrow_array(self) -> pa.Array:
        return pa.array(self.confidence, type=pa.float32())


class CustomPoints3D(rr.AsComponents):
    def __init__(self, positions, confidences) -> None:
        self.points3d = rr.Points3D(positions)
        self.confidences = ConfidenceBatch(confidences)

    def as_component_batches(self):
        return list(self.points3d.as_component_batches()) + [
            rr.IndicatorComponentBatch("user.CustomPoints3D"),
            self.confidences,
        ]


def test_subclasses_of_the_protocols_are_logged_as_in_rerun_tutorial(rec):
    memory = rec.memory_recording()
    rec.log("custom", CustomPoints3D([[0, 0, 0], [1, 1, 1]], [0.5, 0.75]))
    ((_, row),) = _rows(memory.messages(), "/custom")
    assert row["user.Confidence"] == [0.5, 0.75]
    assert "user.CustomPoints3DIndicator" in row and "rerun.components.Points3DIndicator" in row
    assert isinstance(rr.Points3D([[0, 0, 0]]), rr.AsComponents)
    assert isinstance(rr.components.ColorBatch([1]), rr.ComponentBatchLike)


def test_any_batch_value_keeps_the_first_type_of_a_name():
    from rerun.any_value import ANY_VALUE_TYPE_REGISTRY, AnyBatchValue

    ANY_VALUE_TYPE_REGISTRY.pop("rerun_test_count", None)
    first = AnyBatchValue("rerun_test_count", [1, 2])
    assert first.as_arrow_array().type == pa.int64()
    later = AnyBatchValue("rerun_test_count", [3.0])
    assert later.as_arrow_array().type == pa.int64() and later.as_arrow_array().to_pylist() == [3]
    assert len(AnyBatchValue("rerun_test_count", None).as_arrow_array()) == 0  # typed now: an empty batch
    assert not AnyBatchValue("rerun_test_untyped", None).is_valid()


def test_every_batch_class_has_optional():
    batches = [getattr(m, n) for m in (rr.datatypes, rr.components) for n in dir(m) if n.endswith("Batch")]
    assert len(batches) > 80
    for batch in batches:
        assert batch._optional(None) is None, batch


# -- modules and names ------------------------------------------------------------------------


def test_version_names_rerun017_and_pyrerun():
    version = rr.version()
    assert version.startswith("rerun_py 0.17.0 ")
    assert f"pyrerun {rr.__version__}" in version


def test_notebook_names_exist_and_name_the_extra_when_anywidget_is_missing(monkeypatch):
    import sys

    import rerun.notebook

    monkeypatch.setitem(sys.modules, "anywidget", None)  # as if the notebook extra were not installed
    recording = rr.new_recording("rerun_test_notebook")
    with pytest.warns(rr.RerunWarning, match=r"pip install 'pyrerun\[notebook\]'"):
        recording.notebook_show()  # 0.17 has it as a method too
    with pytest.warns(rr.RerunWarning, match="anywidget"):
        rerun.notebook.Viewer(width=10, recording=recording).display()
    assert (rerun.notebook.DEFAULT_WIDTH, rerun.notebook.DEFAULT_HEIGHT) == (950, 712)


def test_create_in_memory_blueprint_records_an_active_blueprint():
    from rerun.sinks import create_in_memory_blueprint

    memory = create_in_memory_blueprint(
        application_id="rerun_test_bp", blueprint=rr.blueprint.Blueprint(rr.blueprint.Spatial3DView(origin="/world"))
    )
    messages = memory.messages()
    assert any(isinstance(m, BlueprintActivation) and m.make_active for m in messages)
    assert any(isinstance(m, ArrowMsg) and m.store_id.kind.name == "BLUEPRINT" for m in messages)


def test_active_recording_stream_is_the_current_one(rec):
    import rerun.recording_stream

    with rec:
        assert rerun.recording_stream.active_recording_stream is rec


def test_start_web_viewer_server_serves_the_app():
    import urllib.request

    from rerun._recording import api

    rr.start_web_viewer_server(0)
    server = api._WEB_SERVERS[-1]
    try:
        with urllib.request.urlopen(server.url, timeout=10) as response:  # noqa: S310 - our own local server
            assert response.status == 200 and b"<html" in response.read().lower()
    finally:
        server.shutdown()
        api._WEB_SERVERS.remove(server)


def test_rerun017_module_paths_import(tmp_path: Path):
    from rerun.logging_handler import LoggingHandler
    from rerun.script_helpers import script_add_args
    from rerun.sinks import save
    from rerun.time import set_time_seconds

    assert callable(save) and callable(set_time_seconds) and callable(script_add_args) and LoggingHandler
    import rerun.experimental  # noqa: F401 - exists (empty) as in 0.17


def test_timeless_warning_points_at_the_users_line(rec):
    with pytest.warns(DeprecationWarning) as caught:
        rr.log_components("c", [rr.components.ColorBatch([1])], timeless=True, recording=rec)
    assert caught[0].filename == __file__
    assert "`timeless` is deprecated as an argument to `log_components`" in str(caught[0].message)


def test_utilities_results_unpack_as_in_rerun017():
    """Rerun 0.17's dna example does `points, colors = build_color_spiral(...)`: its results are named tuples."""
    from rerun.utilities import build_color_grid, build_color_spiral

    points, colors = build_color_spiral(10)
    assert points.shape == (10, 3) and colors.shape == (10, 3)
    positions, grid_colors = build_color_grid(2, 2, 2)
    assert positions.shape == (8, 3) and grid_colors.shape == (8, 3)


# Modules of rerun-sdk 0.17.0's package tree (walked with pkgutil in that package) that scripts
# import or reach as attributes; api-0.17.json lists names per module, not these paths.
RERUN017_SUBMODULES = {
    "rerun": ["any_value", "archetypes", "blueprint", "color_conversion", "components", "datatypes", "error_utils", "experimental", "logging_handler", "memory", "notebook", "recording_stream", "script_helpers", "sinks", "time", "utilities"],
    "rerun.blueprint": ["api", "archetypes", "components", "containers", "datatypes", "views"],
    "rerun.utilities": ["data", "turbo", "util"],
}


def test_rerun017_submodules_are_attributes_right_after_import():
    """`import rerun as rr` then `rr.sinks.save(...)`, `rrb.containers.Grid`, `rerun.utilities.util.bounce_lerp` work as in 0.17."""
    import subprocess
    import sys

    # A fresh interpreter: in this one, earlier tests imported the submodules already.
    code = (
        "import importlib, types\n"
        f"for package, names in {RERUN017_SUBMODULES!r}.items():\n"
        "    p = importlib.import_module(package)\n"
        "    for n in names:\n"
        "        m = getattr(p, n, None)\n"
        "        print(package, n, isinstance(m, types.ModuleType) and m.__name__ == f'{package}.{n}')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    missing = [line for line in out.stdout.splitlines() if not line.endswith("True")]
    assert out.returncode == 0 and not missing and out.stdout.count("True") == sum(map(len, RERUN017_SUBMODULES.values())), out.stdout + out.stderr[-1000:]


def test_rerun017_names_of_the_newer_module_paths():
    from rerun.blueprint.api import (
        ContainerBlueprint,
        PanelBlueprint,
        SpaceViewBlueprint,
        SpaceViewContents,
        ViewportBlueprint,
        create_in_memory_blueprint,
    )
    from rerun.blueprint.containers import ContainerKind, Grid, Horizontal, Tabs, Vertical
    from rerun.memory import MemoryRecording, memory_recording
    from rerun.utilities.data import build_color_spiral
    from rerun.utilities.turbo import turbo_colormap_data
    from rerun.utilities.util import bounce_lerp, interleave

    assert {ContainerBlueprint, PanelBlueprint, SpaceViewBlueprint, SpaceViewContents, ViewportBlueprint}
    assert Grid and Horizontal and Tabs and Vertical and ContainerKind.Grid
    memory = create_in_memory_blueprint(application_id="rerun_test_bp", blueprint=Grid(rr.blueprint.Spatial3DView()))
    assert isinstance(memory, MemoryRecording) and callable(memory_recording)
    assert turbo_colormap_data.shape == (256, 3) and bounce_lerp(0.0, 1.0, 0.25) == 0.25
    assert interleave([[1.0]], [[2.0]]).tolist() == [[1.0], [2.0]] and build_color_spiral(4).positions.shape == (4, 3)
