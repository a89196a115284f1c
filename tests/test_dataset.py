"""rerun.dataframe.load_dataset: many .rrd files queried as one, the footer index, DuckDB."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

import rerun as rr
from dataset_support import RecordingTruth, make_dataset
from rerun._dataset.index import FileSummary, read_index, scan
from rerun.rrd import RrdWarning, read_messages

COUNT = 200
KEY = [("recording_id", "ascending"), ("frame", "ascending")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[RecordingTruth]]:
    folder = tmp_path_factory.mktemp("runs")
    return folder, make_dataset(folder, COUNT)


def _expected_range(truths: list[RecordingTruth], lo: int, hi: int) -> pa.Table:
    rows: dict[str, list] = {"recording_id": [], "application_id": [], "frame": [], "force": []}
    for truth in truths:
        for t in sorted(truth.force):
            if lo <= t <= hi:
                rows["recording_id"].append(truth.recording_id)
                rows["application_id"].append(truth.application_id)
                rows["frame"].append(t)
                rows["force"].append(truth.force[t])
    return pa.table(rows)


def test_range_query_over_all_recordings_matches_what_was_logged(generated: tuple[Path, list[RecordingTruth]]) -> None:
    folder, truths = generated
    dataset = rr.dataframe.load_dataset(str(folder / "*.rrd"))
    assert dataset.num_recordings() == COUNT
    table = dataset.view(index="frame", contents="/robot/force").filter_range(5, 15).select()
    assert table.column_names == ["recording_id", "application_id", "file", "frame", "/robot/force:Scalar"]
    got = pa.table(
        {
            "recording_id": table["recording_id"],
            "application_id": table["application_id"],
            "frame": table["frame"],
            "force": pc.list_element(table["/robot/force:Scalar"], 0),
        }
    ).sort_by(KEY)
    assert got.equals(_expected_range(truths, 5, 15).sort_by(KEY))
    files = set(table["file"].to_pylist())
    assert files == {str(folder / f"rec{i:03}.rrd") for i in range(COUNT)}


def test_latest_at_respects_clears_and_static_data(generated: tuple[Path, list[RecordingTruth]]) -> None:
    folder, truths = generated
    view = rr.dataframe.load_dataset(folder).view(index="frame", contents=["/robot/force", "/robot/name"])
    for t in (11, 14, 40):
        table = view.latest_at(t).sort_by("recording_id")
        assert table.num_rows == COUNT
        forces = [None if v is None else v[0] for v in table["/robot/force:Scalar"].to_pylist()]
        assert forces == [truth.force_latest_at(t) for truth in truths]
        names = [None if v is None else v[0] for v in table["/robot/name:Text"].to_pylist()]
        # A recursive clear of /robot at a frame hides the force, not the static name (as in Rerun).
        assert names == [truth.name for truth in truths]
    cleared = [truth for truth in truths if truth.clear_frame is not None]
    assert cleared and any(truth.force_latest_at(11) is None for truth in cleared)


def test_answers_are_the_same_with_and_without_the_index(generated: tuple[Path, list[RecordingTruth]]) -> None:
    folder, _truths = generated
    files = sorted(str(p) for p in folder.glob("*.rrd"))[:40]
    indexed = rr.dataframe.load_dataset(files)
    scanned = rr.dataframe.load_dataset(files, use_index=False)
    for contents, lo, hi in (("/robot/**", 3, 9), ("/robot/points", 12, 30), ("/**", None, None)):
        a = indexed.view(index="frame", contents=contents).filter_range(lo, hi).select()
        b = scanned.view(index="frame", contents=contents).filter_range(lo, hi).select()
        assert a.equals(b)
    assert indexed.bytes_read < scanned.bytes_read


def test_the_index_makes_a_narrow_query_read_a_small_part(tmp_path: Path) -> None:
    import numpy as np

    rec = rr.new_recording(application_id="big", recording_id="big")
    path = tmp_path / "big.rrd"
    rec.save(str(path))
    for t in range(400):
        rr.set_time_sequence("frame", t, recording=rec)
        rr.log("/cloud", rr.Points3D(np.full((2000, 3), float(t), np.float32)), recording=rec)
        rr.log("/force", rr.Scalar(float(t)), recording=rec)
        if t % 20 == 0:
            rec.flush()  # type: ignore[attr-defined]
    rr.disconnect(recording=rec)
    size = path.stat().st_size
    indexed = rr.dataframe.load_dataset(path)
    table = indexed.view(index="frame", contents="/cloud").filter_range(200, 203).select()
    assert table["frame"].to_pylist() == [200, 201, 202, 203]
    assert table["/cloud:Position3D"][3].values.to_numpy(zero_copy_only=False)[0].tolist() == [203.0] * 3
    assert indexed.bytes_read < size * 0.2, (indexed.bytes_read, size)
    scanned = rr.dataframe.load_dataset(path, use_index=False)
    assert scanned.view(index="frame", contents="/cloud").filter_range(200, 203).select().equals(table)
    assert scanned.bytes_read >= size


def test_select_reader_streams_one_batch_per_recording(generated: tuple[Path, list[RecordingTruth]]) -> None:
    folder, _truths = generated
    dataset = rr.dataframe.load_dataset(str(folder / "rec00*.rrd"))
    reader = dataset.view(index="frame", contents="/robot/force").select_reader()
    assert isinstance(reader, pa.RecordBatchReader)
    before = dataset.bytes_read
    first = reader.read_next_batch()
    assert set(first["recording_id"].to_pylist()) == {"rec000"}
    after_first = dataset.bytes_read
    rest = list(reader)
    assert len(rest) == 9 and dataset.bytes_read > after_first > before


def test_damaged_files_are_skipped_with_a_warning_naming_them(
    generated: tuple[Path, list[RecordingTruth]], tmp_path: Path
) -> None:
    folder, _truths = generated
    for i in range(3):
        shutil.copy(folder / f"rec{i:03}.rrd", tmp_path / f"rec{i:03}.rrd")
    (tmp_path / "garbage.rrd").write_bytes(b"this is not a recording at all")
    whole = (tmp_path / "rec001.rrd").read_bytes()
    (tmp_path / "rec001.rrd").write_bytes(whole[: len(whole) // 2])  # truncated: no index, partly readable
    with pytest.warns(RrdWarning) as caught:
        dataset = rr.dataframe.load_dataset(tmp_path)
        table = dataset.view(index="frame", contents="/robot/force").select()
    messages = " ".join(str(w.message) for w in caught)
    assert "garbage.rrd" in messages and "rec001.rrd" in messages
    assert {Path(w.filename).name for w in caught} == {"test_dataset.py"}  # the caller's line, not ours
    assert set(table["recording_id"].to_pylist()) == {"rec000", "rec001", "rec002"}


def test_rr_save_writes_an_index_that_readers_pass_over(generated: tuple[Path, list[RecordingTruth]]) -> None:
    folder, _truths = generated
    path = folder / "rec004.rrd"  # one with a clear of /robot
    with path.open("rb") as file:
        summary = read_index(file, path.stat().st_size)
    assert summary is not None and summary.from_index
    assert {f.entity_path for f in summary.frames} == {"/robot", "/robot/name", "/robot/force", "/robot/points"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        messages = list(read_messages(path))
    assert len(messages) >= 3


def _same_summary(written: FileSummary, scanned: FileSummary) -> None:
    """The index a sink wrote describes the file exactly as a scan of it does."""
    assert written.from_index and not scanned.from_index
    assert written.store_infos == scanned.store_infos
    assert len(written.frames) == len(scanned.frames)
    for a, b in zip(written.frames, scanned.frames):
        assert (a.offset, a.length, a.store_id, a.entity_path, a.is_static, a.num_rows) == (
            b.offset, b.length, b.store_id, b.entity_path, b.is_static, b.num_rows
        )
        assert (a.time_ranges, a.first_times) == (b.time_ranges, b.first_times), a.entity_path
        assert written.schemas[a.schema_id].equals(scanned.schemas[b.schema_id], check_metadata=True)


def test_the_index_written_while_saving_equals_a_scan_of_the_file(tmp_path: Path) -> None:
    # Many small entities (pack frames), a component missing from some rows (first times), large
    # chunks, static data and two timelines: what `rr.save` indexes as it writes, without reading
    # the file again at close.
    rng = np.random.default_rng(1)
    rec = rr.new_recording(application_id="indexed", recording_id="w")
    path = tmp_path / "w.rrd"
    rec.save(str(path))
    for frame in range(40):
        rr.set_time_sequence("frame", frame, recording=rec)
        rr.set_time_seconds("sim", frame * 0.5, recording=rec)
        for e in range(30):
            radii = None if frame % 3 else 0.1
            rr.log(f"/cloud/{e}", rr.Points3D(rng.random((4, 3)), radii=radii), recording=rec)
        if frame % 10 == 0:
            rr.log("/big", rr.Points3D(rng.random((50_000, 3))), recording=rec)
        if frame % 2:
            rec.flush()  # a tick of one row per entity: the batcher packs the entities into one frame
    rr.log("/doc", rr.TextDocument("static"), static=True, recording=rec)
    rr.disconnect(recording=rec)
    size = path.stat().st_size
    with path.open("rb") as file:
        written = read_index(file, size)
        index_start = written.frames[-1].offset + written.frames[-1].length if written else size
        scanned = scan(file, index_start)
    assert written is not None
    assert any(f.first_times for f in written.frames)
    assert len({f.offset for f in written.frames}) < len(written.frames)  # packs: entities sharing a frame
    _same_summary(written, scanned)


def test_a_forked_child_writing_the_same_file_makes_the_parent_rescan_at_close(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")
    rec = rr.new_recording(application_id="forked", recording_id="f")
    path = tmp_path / "f.rrd"
    rec.save(str(path))
    rr.set_time_sequence("frame", 0, recording=rec)
    rr.log("/parent/before", rr.Scalar(1.0), recording=rec)
    rec.flush()
    pid = os.fork()
    if pid == 0:  # the child logs into the same file, then leaves without indexing it
        try:
            rr.log("/child", rr.Scalar(2.0), recording=rec)
            rec.flush()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    rr.log("/parent/after", rr.Scalar(3.0), recording=rec)
    rr.disconnect(recording=rec)
    with path.open("rb") as file:
        written = read_index(file, path.stat().st_size)
        assert written is not None
        entities = {f.entity_path for f in written.frames}
        scanned = scan(file, written.frames[-1].offset + written.frames[-1].length)
    assert {"/parent/before", "/child", "/parent/after"} <= entities
    _same_summary(written, scanned)


def test_rerun_rrd_index_adds_an_index_to_an_existing_file(tmp_path: Path) -> None:
    from rerun._rrd.format import encode_header, encode_msg

    # A file as an older pyrerun wrote it: the same frames, no index.
    rec = rr.new_recording(application_id="x", recording_id="old")
    source = tmp_path / "source.rrd"
    rec.save(str(source))
    rr.set_time_sequence("frame", 1, recording=rec)
    rr.log("/a", rr.Scalar(1.0), recording=rec)
    rr.log("/b", rr.Scalar(2.0), recording=rec)
    rr.disconnect(recording=rec)
    msgs = list(read_messages(source))
    path = tmp_path / "old.rrd"
    path.write_bytes(encode_header() + b"".join(encode_msg(m) for m in msgs))
    with path.open("rb") as file:
        assert read_index(file, path.stat().st_size) is None
    done = subprocess.run(
        [sys.executable, "-m", "rerun", "rrd", "index", str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "indexed" in done.stdout
    with path.open("rb") as file:
        summary = read_index(file, path.stat().st_size)
    assert summary is not None and {f.entity_path for f in summary.frames} >= {"/a", "/b"}
    # Indexing twice keeps one index, and the data reads the same.
    size = path.stat().st_size
    assert subprocess.run([sys.executable, "-m", "rerun", "rrd", "index", str(path)], timeout=120).returncode == 0
    assert path.stat().st_size == size
    table = rr.dataframe.load_dataset(path).view(index="frame").select()
    assert table["/b:Scalar"].to_pylist() == [[2.0]]


def test_duckdb_sql_aggregation_and_join_match_pyarrow(generated: tuple[Path, list[RecordingTruth]]) -> None:
    duckdb = pytest.importorskip("duckdb")
    folder, truths = generated
    dataset = rr.dataframe.load_dataset(str(folder / "*.rrd"))
    con = dataset.to_duckdb(duckdb.connect(), index="frame", contents="/robot/**")
    sql = con.sql(
        "SELECT f.application_id, count(DISTINCT f.recording_id) AS recordings, sum(f.Scalar) AS total, "
        'max(n.Text) AS some_name FROM "robot/force" f JOIN "robot/name" n USING (recording_id) '
        "WHERE f.frame BETWEEN 5 AND 15 GROUP BY f.application_id ORDER BY f.application_id"
    ).arrow()
    if isinstance(sql, pa.RecordBatchReader):
        sql = sql.read_all()
    table = dataset.view(index="frame", contents="/robot/force").filter_range(5, 15).select()
    by_app = (
        pa.table(
            {
                "application_id": table["application_id"],
                "recording_id": table["recording_id"],
                "total": pc.list_element(table["/robot/force:Scalar"], 0),
            }
        )
        .group_by("application_id")
        .aggregate([("recording_id", "count_distinct"), ("total", "sum")])
        .sort_by("application_id")
    )
    assert sql["application_id"].to_pylist() == by_app["application_id"].to_pylist() == ["app0", "app1", "app2"]
    assert sql["recordings"].to_pylist() == by_app["recording_id_count_distinct"].to_pylist()
    assert sql["total"].to_pylist() == by_app["total_sum"].to_pylist()
    independent = _expected_range(truths, 5, 15).group_by("application_id").aggregate([("force", "sum")])
    assert sorted(independent.to_pylist(), key=lambda r: r["application_id"]) == [
        {"force_sum": t, "application_id": a}
        for a, t in zip(sql["application_id"].to_pylist(), sql["total"].to_pylist())
    ]
    # latest-at through SQL: the last force at or before frame 14 per recording.
    latest = con.sql(
        'SELECT recording_id, arg_max(Scalar, frame) AS v FROM "robot/force" WHERE frame <= 14 GROUP BY 1 ORDER BY 1'
    ).fetchall()
    expected = {t.recording_id: t.force[max(f for f in t.force if f <= 14)] for t in truths}
    assert dict(latest) == expected


def _readme_blocks() -> list[str]:
    text = (Path(__file__).parent.parent / "README.md").read_text()
    section = text.split("## Datasets", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]


def test_readme_dataset_duckdb_example_runs_as_shown(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    done = subprocess.run(
        [sys.executable, "-c", _readme_blocks()[0]], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "33"
    assert "run0" in done.stdout and "run2" in done.stdout and "avg(Scalar)" in done.stdout


def test_latest_at_finds_a_value_older_than_a_later_chunk_that_lacks_it_at_first(tmp_path: Path) -> None:
    import numpy as np

    rec = rr.new_recording(application_id="x", recording_id="sparse")
    path = tmp_path / "sparse.rrd"
    rec.save(str(path))
    rr.set_time_sequence("frame", 3, recording=rec)
    rr.log("/p", rr.Points3D(np.zeros((1, 3)), colors=[[255, 0, 0]]), recording=rec)
    rec.flush()
    for t in range(5, 16):  # one later chunk whose color column is null until frame 14
        rr.set_time_sequence("frame", t, recording=rec)
        if t == 14:
            rr.log("/p", rr.Points3D(np.zeros((1, 3)), colors=[[0, 0, 255]]), recording=rec)
        else:
            rr.log("/p", rr.Points3D(np.ones((1, 3))), recording=rec)
    rr.disconnect(recording=rec)
    whole = rr.dataframe.load_recording(path).view(index="frame", contents="/p").using_index_values([12, 14]).select()
    view = rr.dataframe.load_dataset(path).view(index="frame", contents="/p")
    got = view.using_index_values([12, 14]).select()
    assert got.drop_columns(["recording_id", "application_id", "file"]).equals(whole)
    assert got["/p:Color"].to_pylist() == [[0xFF0000FF], [0x0000FFFF]]
    assert view.filter_range(12, 14).select()["/p:Color"].to_pylist()[0] == [0xFF0000FF]


def test_uris_go_through_pyarrow_or_fsspec_filesystems(generated: tuple[Path, list[RecordingTruth]]) -> None:
    fsspec = pytest.importorskip("fsspec")
    folder, truths = generated
    memory = fsspec.filesystem("memory")
    for i in range(4):
        memory.pipe(f"/runs/rec{i:03}.rrd", (folder / f"rec{i:03}.rrd").read_bytes())
    remote = rr.dataframe.load_dataset("memory://runs/*.rrd")  # no pyarrow filesystem: fsspec's
    table = remote.view(index="frame", contents="/robot/force").filter_range(5, 15).select().sort_by(KEY)
    assert set(table["file"].to_pylist()) == {f"memory:///runs/rec{i:03}.rrd" for i in range(4)}
    local = rr.dataframe.load_dataset(f"file://{folder}/rec00[0-3].rrd")  # pyarrow's local filesystem
    expected = local.view(index="frame", contents="/robot/force").filter_range(5, 15).select().sort_by(KEY)
    assert table.drop_columns(["file"]).equals(expected.drop_columns(["file"]))
    assert table.num_rows == _expected_range(truths[:4], 5, 15).num_rows > 0
