"""rerun.dataframe.load_dataset(...).to_ray(): the Ray datasource (needs `ray[data]`, the `dataset` extra)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from dataset_support import make_dataset


@pytest.fixture(scope="module", autouse=True)
def ray():  # type: ignore[no-untyped-def]
    """Ray, imported when these tests run: importing it takes seconds, which every collection of the suite paid."""
    return pytest.importorskip("ray")


KEY = [("recording_id", "ascending"), ("frame", "ascending")]
COUNT = 200  # as the DuckDB tests: the same generated recordings, the same answers


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ray_runs")
    make_dataset(folder, COUNT)
    # One recording of many chunks (flushed every 3 frames), for the split per time range.
    rec = rr.new_recording(application_id="long", recording_id="long")
    rec.save(str(folder / "long.rrd"))
    for t in range(60):
        rr.set_time_sequence("frame", t, recording=rec)
        rr.log("/robot/force", rr.Scalar(float(t)), recording=rec)
        rr.log("/robot/points", rr.Points3D(np.zeros((t % 3 + 1, 3))), recording=rec)
        if t % 3 == 2:
            rec.flush()
    rr.disconnect(recording=rec)
    return folder


def test_read_tasks_split_per_recording_and_time_range_and_give_the_pyarrow_answer(folder: Path) -> None:
    from rerun._dataset.dataset import _RrdDatasource

    view = rr.dataframe.load_dataset(folder).view(index="frame", contents="/robot/**").filter_range(3, 20)
    source = _RrdDatasource.make(view, (), frames_per_task=3)
    tasks = source.get_read_tasks(2)
    assert len(tasks) > 25  # the long recording is split on the time range
    parts = [table for task in tasks for table in task()]
    got = pa.concat_tables(parts).sort_by(KEY)
    expected = view.select().sort_by(KEY)
    assert got.equals(expected)
    # latest-at through the same path
    latest = view.using_index_values([14])
    source = _RrdDatasource.make(latest, (), frames_per_task=3)
    got = pa.concat_tables([t for task in source.get_read_tasks(2) for t in task()]).sort_by("recording_id")
    assert got.equals(latest.select().sort_by("recording_id"))


def _logging_state() -> dict[str, tuple[bool, bool, int, list[logging.Handler]]]:
    loggers = [logging.getLogger()] + [v for v in logging.Logger.manager.loggerDict.values() if isinstance(v, logging.Logger)]
    return {lg.name: (lg.disabled, lg.propagate, lg.level, list(lg.handlers)) for lg in loggers}


def _restore_logging(saved: dict[str, tuple[bool, bool, int, list[logging.Handler]]]) -> None:
    """Ray (Ray Data) configures Python logging, disabling the loggers that exist: the viewer's own included."""
    for name, (disabled, propagate, level, handlers) in saved.items():
        lg = logging.getLogger(name) if name != "root" else logging.getLogger()
        lg.disabled, lg.propagate, lg.level, lg.handlers = disabled, propagate, level, handlers


@pytest.fixture(scope="module")
def local_ray(ray):  # type: ignore[no-untyped-def]
    saved = _logging_state()
    # Ray gives its raylet a fixed 30 s to register, and the raylet 15 s (this setting) to see its
    # metrics agent, a Python process slow to start on a loaded machine; a second try has its
    # files cached.
    os.environ.setdefault("RAY_agent_register_timeout_ms", "120000")
    for attempt in range(2):
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
            break
        except Exception as err:  # noqa: BLE001 - Ray's startup raises a bare Exception when its processes are slow
            ray.shutdown()
            if attempt:
                pytest.skip(f"a local Ray could not start here: {err}")
    yield ray
    ray.shutdown()
    _restore_logging(saved)


def test_to_ray_on_a_local_cluster_matches_pyarrow_and_maps_point_batches(folder: Path, local_ray) -> None:  # type: ignore[no-untyped-def]
    dataset = rr.dataframe.load_dataset(folder)
    view = dataset.view(index="frame", contents="/robot/**").filter_range(2, 25)
    rows = view.to_ray(frames_per_task=4)
    got = pa.concat_tables(local_ray.get(rows.to_arrow_refs())).sort_by(KEY)
    assert got.equals(view.select().sort_by(KEY))

    def count_points(batch: pa.Table) -> dict[str, np.ndarray]:
        cells = batch["/robot/points:Position3D"].to_pylist()
        return {"points": np.array([len(c) for c in cells if c is not None])}

    total = rows.map_batches(count_points, batch_format="pyarrow").sum("points")
    expected = sum(len(c) for c in view.select()["/robot/points:Position3D"].to_pylist() if c is not None)
    assert total == expected > 0


def test_latest_at_and_an_aggregation_on_a_local_cluster_match_pyarrow(folder: Path, local_ray) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.compute as pc

    dataset = rr.dataframe.load_dataset(folder)
    assert dataset.num_recordings() == COUNT + 1
    # latest-at (clears and static data included) over every recording
    latest = dataset.view(index="frame", contents=["/robot/force", "/robot/name"]).using_index_values([14])
    got = pa.concat_tables(local_ray.get(latest.to_ray(frames_per_task=8).to_arrow_refs())).sort_by("recording_id")
    assert got.num_rows == COUNT + 1
    assert got.equals(latest.select().sort_by("recording_id"))

    # the sum of the force per application (the SQL aggregation of the DuckDB test)
    forces = dataset.view(index="frame", contents="/robot/force").filter_range(5, 15)

    def first_values(batch: pa.Table) -> pa.Table:
        return pa.table({"application_id": batch["application_id"], "force": pc.list_element(batch["/robot/force:Scalar"], 0)})

    sums = forces.to_ray().map_batches(first_values, batch_format="pyarrow").groupby("application_id").sum("force")
    got_sums = {row["application_id"]: row["sum(force)"] for row in sums.take_all()}
    table = first_values(forces.select())
    expected = table.group_by("application_id").aggregate([("force", "sum")])
    assert got_sums == dict(zip(expected["application_id"].to_pylist(), expected["force_sum"].to_pylist()))
    assert {"app0", "app1", "app2"} <= set(got_sums)
