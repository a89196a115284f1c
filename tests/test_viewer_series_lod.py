"""Long time series: the level of detail the server sends per pixel column, checked against a plain
per-column computation, exact points once zoomed in, aggregation policies, and comparing recordings."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr
from rerun._store import StoreHub
from rerun._viewer import protocol as P
from rerun._viewer.views import build_view
from rerun._viewer.views.series_lod import reduce
from rerun._viewer.views.time_series import recording_label

WIDTH = 200
SPAN = 20_000  # columns of exactly 100 steps each


def _series(n: int = 30_000, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    times = np.sort(rng.integers(0, SPAN + 1, n)).astype(np.int64)  # uneven, with repeated times
    values = rng.normal(0.0, 1.0, n)
    values[rng.choice(n, 40, replace=False)] = np.nan  # holes
    return times, values


def _columns(times: np.ndarray) -> np.ndarray:
    return np.minimum(times * WIDTH // SPAN, WIDTH - 1)


def test_m4_keeps_each_columns_first_last_min_max_and_holes() -> None:
    times, values = _series()
    out = reduce(times, values, 0, SPAN, WIDTH)
    assert out is not None
    assert len(out.times) <= 5 * WIDTH
    pairs = set(zip(times.tolist(), np.nan_to_num(values, nan=1e300).tolist()))
    assert all((int(t), v) in pairs for t, v in zip(out.times, np.nan_to_num(out.values, nan=1e300).tolist()))
    cols, out_cols = _columns(times), _columns(out.times.astype(np.int64))
    for k in range(WIDTH):
        mine, theirs = values[cols == k], out.values[out_cols == k]
        if len(mine) == 0:
            assert len(theirs) == 0
            continue
        assert theirs[0] is not None and (np.isnan(theirs[0]) if np.isnan(mine[0]) else theirs[0] == mine[0])
        assert np.isnan(theirs[-1]) if np.isnan(mine[-1]) else theirs[-1] == mine[-1]
        assert (np.nanmin(theirs), np.nanmax(theirs)) == (np.nanmin(mine), np.nanmax(mine))
        assert np.isnan(theirs).any() == np.isnan(mine).any()  # a hole stays a hole
    assert np.all(np.diff(out.times) >= 0)


def test_zoomed_in_range_with_fewer_points_than_pixels_is_exact() -> None:
    times, values = _series()
    assert reduce(times, values, 5_000, 5_100, WIDTH) is None  # ~150 points in 200 pixels: send them as they are
    # A range just too big for exact points gets a detail that still runs on to the plot's edges.
    out = reduce(times, values, 5_000, 6_000, WIDTH)
    assert out is not None
    inside = times[(times >= 5_000) & (times <= 6_000)]
    assert out.times[0] < 5_000 <= inside[0] and out.times[-1] > 6_000 >= inside[-1]


@pytest.mark.parametrize("policy", ["Average", "Min", "Max", "MinMax", "MinMaxAverage"])
def test_aggregation_policies_per_column(policy: str) -> None:
    times, values = _series()
    out = reduce(times, values, 0, SPAN, WIDTH, policy)
    assert out is not None
    cols, out_cols = _columns(times), _columns(np.floor(out.times).astype(np.int64))
    for k in range(WIDTH):
        mine, theirs = values[cols == k], out.values[out_cols == k]
        theirs = theirs[~np.isnan(theirs)]  # the holes, kept apart
        lo, hi, mean = np.nanmin(mine), np.nanmax(mine), np.nanmean(mine)
        expected = {"Average": [mean], "Min": [lo], "Max": [hi], "MinMax": sorted([lo, hi]), "MinMaxAverage": [(lo + hi) / 2]}[policy]
        np.testing.assert_allclose(sorted(theirs), expected, rtol=1e-12)


def test_unknown_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown aggregation policy 'Median'"):
        reduce(np.arange(10), np.zeros(10), 0, 9, 2, "Median")


def _store(log) -> tuple[StoreHub, object]:  # type: ignore[no-untyped-def]
    hub = StoreHub()
    rec = rr.new_recording("rerun_example_lod", recording_id="lod")
    mem = rec.memory_recording()
    log(rec)
    rec.flush()
    hub.on_messages(mem.messages())
    return hub, hub.store(hub.active_recording)  # type: ignore[arg-type]


def _plot(store, x_range, width=WIDTH, **kw):  # type: ignore[no-untyped-def]
    payload, arrays = build_view(store, "TimeSeries", "/", [], "step", None, plot=P.PlotQuery(x_range, width, 300), **kw)
    return payload, arrays


def test_view_sends_a_level_of_detail_then_exact_points_and_honours_the_series_policy() -> None:
    steps = np.arange(50_000)
    raw = np.sin(steps / 500.0)

    def log(rec: rr.RecordingStream) -> None:
        rec.log("avg", rr.SeriesLine(aggregation_policy="Average"), static=True)
        for path in ("plain", "avg"):
            rr.send_columns(path, times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(raw)], recording=rec)

    _, store = _store(log)
    payload, arrays = _plot(store, None)
    assert payload.data_range == [0.0, 49_999.0]
    plain, avg = sorted(payload.series, key=lambda s: s.entity)[::-1]
    assert (plain.entity, plain.lod, avg.lod) == ("/plain", True, True)
    (values,) = [arrays[k] for k in plain.values]
    assert len(values) <= 4 * WIDTH and (values.min(), values.max()) == (raw.min(), raw.max())
    (averaged,) = [arrays[k] for k in avg.values]
    assert len(averaged) == WIDTH and averaged.max() < raw.max()  # one mean per column

    # Zoomed in to 150 steps: every one of them (and one beyond each edge), exact.
    payload, arrays = _plot(store, [1_000.0, 1_149.0], known=frozenset())
    plain = next(s for s in payload.series if s.entity == "/plain")
    assert not plain.lod
    times = np.concatenate([arrays[k] for k in plain.times])
    values = np.concatenate([arrays[k] for k in plain.values])
    inside = (times >= 999) & (times <= 1_150)
    np.testing.assert_array_equal(times[inside], np.arange(999, 1_151))
    np.testing.assert_array_equal(values[inside], raw[999:1_151])
    assert len(times) <= 2 * 4096  # only the pieces in sight, not all 50,000 points


def test_asking_again_for_the_same_range_sends_nothing_new() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rr.send_columns("s", times=[rr.TimeSequenceColumn("step", np.arange(10_000))], components=[rr.components.ScalarBatch(np.arange(10_000.0))], recording=rec)

    _, store = _store(log)
    first, arrays = _plot(store, [0.0, 5_000.0])
    again, more = build_view(store, "TimeSeries", "/", [], "step", 42, set(arrays), plot=P.PlotQuery([0.0, 5_000.0], WIDTH, 300))
    assert first.series[0].values == again.series[0].values and more == {}


def test_compare_recordings_gives_one_series_per_recording() -> None:
    stores = []
    for run in range(3):
        hub = StoreHub()
        rec = rr.new_recording("rerun_example_runs", recording_id=f"run{run}")
        mem = rec.memory_recording()
        rr.send_columns("loss", times=[rr.TimeSequenceColumn("step", np.arange(20))], components=[rr.components.ScalarBatch(np.full(20, float(run)))], recording=rec)
        rec.flush()
        hub.on_messages(mem.messages())
        stores.append((f"rec:run{run}", f"run{run}", hub.store(hub.active_recording)))
    query = P.PlotQuery(None, WIDTH, 300, compare_recordings=True)
    payload, arrays = build_view(stores[0][2], "TimeSeries", "/", [], "step", None, plot=query, recordings=stores)  # type: ignore[arg-type]
    assert [(s.name, s.recording) for s in payload.series] == [(f"loss · run{r}", f"rec:run{r}") for r in range(3)]
    assert [float(arrays[s.values[0]][0]) for s in payload.series] == [0.0, 1.0, 2.0]
    assert len({tuple(s.color) for s in payload.series}) == 3
    # Without the toggle: only the queried recording.
    payload, _ = build_view(stores[0][2], "TimeSeries", "/", [], "step", None, plot=P.PlotQuery(None, WIDTH, 300), recordings=stores)  # type: ignore[arg-type]
    assert [s.name for s in payload.series] == ["loss"]


def test_recording_labels() -> None:
    assert recording_label("run3", 0) == "run3"
    assert recording_label("0191f3f2-7c9e-7a31-9d5e-4c1b2a3f4e5d", 1_700_000_000 * 10**9) == "0191f3f2 2023-11-14 22:13:20"


def test_store_reads_first_values_of_every_row_across_chunks() -> None:
    def log(rec: rr.RecordingStream) -> None:
        for step in (3, 1, 2):  # out of order, one chunk each (flushed apart)
            rec.set_time_sequence("step", step)
            rec.log("s", rr.Scalar(step * 1.5))
            rec.flush()
        rec.set_time_sequence("step", 4)
        rec.log("s", [rr.components.ScalarBatch([])])  # an empty cell: a NaN (no value), not a crash
        rr.send_columns("s", times=[rr.TimeSequenceColumn("step", [5, 6])], components=[rr.components.ScalarBatch([7.0, 8.0])], recording=rec)
        rec.log("static_s", rr.Scalar(1.0), static=True)

    _, store = _store(log)
    times, hi, lo, values = store.range_first_floats("/s", "rerun.components.Scalar", "step")  # type: ignore[attr-defined]
    np.testing.assert_array_equal(times, [1, 2, 3, 4, 5, 6])
    np.testing.assert_array_equal(values, [1.5, 3.0, 4.5, np.nan, 7.0, 8.0])
    ids = hi.astype(object) * 2**64 + lo.astype(object)
    # Sorted by time, each row keeps its own id: step 3 was logged first, then 1, then 2.
    assert len(set(ids.tolist())) == 6 and ids[2] < ids[0] < ids[1]
    assert store.range_first_floats("/static_s", "rerun.components.Scalar", "step") is None  # type: ignore[attr-defined]
    assert len(store.range_first_floats("/nothing", "rerun.components.Scalar", "step")[0]) == 0  # type: ignore[attr-defined]


def test_point_series_keep_one_point_per_lit_pixel_cell_with_their_colors() -> None:
    steps = np.arange(20_000)
    raw = np.random.default_rng(5).normal(0.0, 1.0, len(steps))

    def log(rec: rr.RecordingStream) -> None:
        rec.log("dots", rr.SeriesPoint(), static=True)
        rr.send_columns("dots", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(raw)], recording=rec)
        for step, color in ((0, 0xFF0000FF), (10_000, 0x00FF00FF)):  # red, then green from step 10,000 on
            rec.set_time_sequence("step", step)
            rec.log("dots", [rr.components.ColorBatch([color])])

    _, store = _store(log)
    payload, arrays = build_view(store, "TimeSeries", "/", [], "step", None, plot=P.PlotQuery(None, WIDTH, 100))
    (dots,) = payload.series
    assert dots.series_kind == "points" and dots.lod
    times, values = arrays[dots.times[0]], arrays[dots.values[0]]
    colors = arrays[dots.point_colors[0]].astype(np.uint32)  # type: ignore[index]
    assert len(values) <= WIDTH * 100
    cell = (raw.max() - raw.min()) / 100
    assert abs(values.min() - raw.min()) <= cell / 2 and abs(values.max() - raw.max()) <= cell / 2
    assert set(colors[times < 9_900].tolist()) == {0xFF0000FF} and set(colors[times >= 10_000].tolist()) == {0x00FF00FF}


def test_odd_plot_queries_are_answered_not_crashed_on() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("dots", rr.SeriesPoint(), static=True)
        rr.send_columns("dots", times=[rr.TimeSequenceColumn("step", np.arange(5_000))], components=[rr.components.ScalarBatch(np.arange(5_000.0))], recording=rec)

    _, store = _store(log)
    for query in (P.PlotQuery([10.0, 5.0], 300, 200), P.PlotQuery(None, -5, 0), P.PlotQuery([0.0, 4_999.0], 1, 10**12), P.PlotQuery([-1e300, 1e300], 10**9, 10**9)):
        payload, arrays = build_view(store, "TimeSeries", "/", [], "step", None, plot=query)
        assert len(payload.series) == 1 and sum(len(a) for a in arrays.values()) <= 4 * 5_002


def test_a_series_is_named_by_its_last_path_part_as_written() -> None:
    # As Rerun labels it: "<i>v</i>" and "my cam", not the escaped "\<i\>v\</i\>" and "my\ cam".
    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("step", 0)
        for part in ("<i>v</i>", "my cam"):
            rec.log(rr.new_entity_path(["topic", part]), rr.Scalar(1.0))

    _, store = _store(log)
    payload, _ = _plot(store, None)
    assert sorted(s.name for s in payload.series) == ["<i>v</i>", "my cam"]
