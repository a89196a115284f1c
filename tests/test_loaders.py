"""Files in: rr.log_file_from_path / rr.log_file_from_contents and their loaders, as a user sees them."""

from __future__ import annotations

import io
import os
import stat
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

import rerun as rr
from rerun.rrd import ArrowMsg, SetStoreInfo, read_messages

OBJ = "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"
PLY_ASCII = textwrap.dedent(
    """\
    ply
    format ascii 1.0
    element vertex 3
    property float x
    property float y
    property float z
    property uchar red
    property uchar green
    property uchar blue
    property float radius
    property list uchar uchar label
    property float confidence
    end_header
    0 0 0 255 0 0 0.5 1 65 0.9
    1 2 3 0 255 0 0.25 2 66 67 0.8
    -1 -2 -3 0 0 255 1.0 1 68 0.7
    """
)


def record(log: Any, app: str = "loaders_test") -> list[Any]:
    """The messages a recording gets from `log(rec)`."""
    rec = rr.new_recording(app, recording_id="rec")
    stream = rec.binary_stream()
    log(rec)
    return list(read_messages(io.BytesIO(stream.read())))


def rows_by_entity(msgs: list[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for msg in msgs:
        if isinstance(msg, ArrowMsg):
            out.setdefault(msg.chunk.entity_path, []).append(msg.chunk)
    return out


def component(chunk: Any, short_name: str) -> Any:
    """The first row's batch of a component (a list of instances)."""
    return chunk.components()[f"rerun.components.{short_name}"][0].as_py()


def mono(chunk: Any, short_name: str) -> Any:
    """The first row's value of a component logged once per row (Blob, MediaType, Text, TensorData)."""
    return component(chunk, short_name)[0]


@pytest.fixture()
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory of one file per kind, as the current directory (relative paths give short entity paths)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", os.defpath)  # no rerun-loader-* of the machine gets in the way
    Image.fromarray(np.arange(4 * 5 * 3, dtype=np.uint8).reshape(4, 5, 3)).save(tmp_path / "img.png")
    Image.fromarray(np.full((8, 6, 3), 200, np.uint8)).save(tmp_path / "photo.jpg", quality=90)
    (tmp_path / "tri.obj").write_text(OBJ)
    (tmp_path / "cloud.ply").write_text(PLY_ASCII)
    (tmp_path / "notes.txt").write_text("hello, world")
    (tmp_path / "readme.md").write_text("# Title\n\nsome *markdown*")
    return tmp_path


def test_each_kind_is_logged_as_its_archetype_at_the_files_entity_path(files: Path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        for name in ("img.png", "photo.jpg", "tri.obj", "cloud.ply", "notes.txt", "readme.md"):
            rec.log_file_from_path(name)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # cloud.ply's unknown property is the only expected warning
        warnings.filterwarnings("ignore", message=".*confidence.*")
        entities = rows_by_entity(record(log))
    assert set(entities) == {"/img.png", "/photo.jpg", "/tri.obj", "/cloud.ply", "/notes.txt", "/readme.md"}

    png = entities["/img.png"][0]
    assert "rerun.components.ImageIndicator" in png.component_names()
    jpg_tensor = mono(entities["/photo.jpg"][0], "TensorData")
    assert bytes(jpg_tensor["buffer"]) == (files / "photo.jpg").read_bytes()  # JPEG kept as its bytes
    assert [d["size"] for d in jpg_tensor["shape"]] == [8, 6, 3]

    obj = entities["/tri.obj"][0]
    assert bytes(mono(obj, "Blob")) == OBJ.encode()
    assert mono(obj, "MediaType") == "model/obj"

    cloud = entities["/cloud.ply"][0]
    np.testing.assert_allclose(component(cloud, "Position3D"), [[0, 0, 0], [1, 2, 3], [-1, -2, -3]])
    assert component(cloud, "Color") == [0xFF0000FF, 0x00FF00FF, 0x0000FFFF]
    np.testing.assert_allclose(component(cloud, "Radius"), [0.5, 0.25, 1.0])
    assert component(cloud, "Text") == ["A", "BC", "D"]

    assert mono(entities["/notes.txt"][0], "Text") == "hello, world"
    assert mono(entities["/notes.txt"][0], "MediaType") == "text/plain"
    assert mono(entities["/readme.md"][0], "MediaType") == "text/markdown"


def test_ply_properties_it_does_not_read_are_named_in_a_warning(files: Path) -> None:
    with pytest.warns(rr.RerunWarning, match="confidence"):
        record(lambda rec: rec.log_file_from_path("cloud.ply"))


def test_binary_ply_and_glb_and_stl(files: Path) -> None:
    trimesh = pytest.importorskip("trimesh")
    box = trimesh.creation.box(extents=(1, 2, 3))
    box.export(files / "box.glb")
    box.export(files / "box.stl")
    points = trimesh.PointCloud(np.array([[1, 2, 3], [4, 5, 6]], np.float32))
    (files / "points.ply").write_bytes(points.export(file_type="ply"))  # binary little endian

    entities = rows_by_entity(record(lambda rec: [rec.log_file_from_path(n) for n in ("box.glb", "box.stl", "points.ply")]))
    glb = entities["/box.glb"][0]
    assert bytes(mono(glb, "Blob")) == (files / "box.glb").read_bytes()
    assert mono(glb, "MediaType") == "model/gltf-binary"
    assert mono(entities["/box.stl"][0], "MediaType") == "model/stl"
    np.testing.assert_allclose(component(entities["/points.ply"][0], "Position3D"), [[1, 2, 3], [4, 5, 6]])


def test_entity_paths_follow_the_file_path_as_rerun_017(files: Path) -> None:
    (files / "sub").mkdir()
    (files / "sub" / "a b.txt").write_text("x")

    def log(rec: rr.RecordingStream) -> None:
        rec.log_file_from_path("./sub/../sub/a b.txt")
        rec.log_file_from_path(files / "notes.txt")  # absolute: the root is a part of its own
        rec.log_file_from_path(Path("notes.txt"), entity_path_prefix="world/docs")

    entities = set(rows_by_entity(record(log)))
    absolute = rr.new_entity_path(["/", *files.parts[1:], "notes.txt"])
    assert entities == {"/sub/a\\ b.txt", absolute, "/world/docs/notes.txt"}
    assert absolute.startswith("/\\//")


def test_data_is_logged_at_the_current_time_or_static(files: Path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 7)
        rec.log_file_from_path("notes.txt")
        rec.log_file_from_contents("readme.md", b"# doc", static=True)

    entities = rows_by_entity(record(log))
    notes = entities["/notes.txt"][0]
    assert not notes.is_static
    assert notes.timelines()["frame"][1].tolist() == [7]
    assert "log_tick" in notes.timelines()
    assert entities["/readme.md"][0].is_static


def test_a_directory_logs_every_file_a_loader_takes(files: Path) -> None:
    (files / "docs" / "deeper").mkdir(parents=True)
    (files / "docs" / "a.md").write_text("a")
    (files / "docs" / "deeper" / "b.txt").write_text("b")
    (files / "docs" / "skipped.bin").write_bytes(b"?")
    (files / "docs" / "broken.png").write_bytes(b"not a png")
    with pytest.warns(rr.RerunWarning, match="broken.png"):
        entities = set(rows_by_entity(record(lambda rec: rec.log_file_from_path("docs"))))
    assert entities == {"/docs/a.md", "/docs/deeper/b.txt"}


def test_log_file_from_contents_does_not_read_the_path(files: Path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log_file_from_contents("models/never_on_disk.obj", OBJ.encode())

    chunk = rows_by_entity(record(log))["/models/never_on_disk.obj"][0]
    assert bytes(mono(chunk, "Blob")) == OBJ.encode()


def test_module_functions_act_on_the_current_recording(files: Path) -> None:
    rec = rr.new_recording("loaders_global", recording_id="g")
    stream = rec.binary_stream()
    with rec:
        rr.log_file_from_path("notes.txt")
        rr.log_file_from_contents("more.txt", b"more")
    assert set(rows_by_entity(list(read_messages(io.BytesIO(stream.read()))))) == {"/notes.txt", "/more.txt"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda rec: rec.log_file_from_path("missing.png"), "does not exist"),
        (lambda rec: rec.log_file_from_path("notes.xyz"), "no data loader"),
        (lambda rec: rec.log_file_from_contents("bad.png", b"not a png"), "Image"),
        (lambda rec: rec.log_file_from_contents("bad.ply", b"ply\nnonsense"), "PLY"),
        (lambda rec: rec.log_file_from_contents("latin1.txt", "café".encode("latin-1")), "UTF-8"),
        (lambda rec: rec.log_file_from_contents("x.txt", "a str, not bytes"), "bytes"),
    ],
)
def test_a_file_that_cannot_be_loaded_is_a_warning_and_earlier_data_stays(files: Path, call: Any, message: str) -> None:
    (files / "notes.xyz").write_text("?")

    def log(rec: rr.RecordingStream) -> None:
        rec.log("before", rr.TextLog("kept"))
        with pytest.warns(rr.RerunWarning, match=message):
            call(rec)
        rec.log("after", rr.TextLog("kept too"))

    assert set(rows_by_entity(record(log))) == {"/before", "/after"}


def test_strict_mode_raises(files: Path) -> None:
    rec = rr.new_recording("loaders_strict")
    rec.binary_stream()
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match="does not exist"):
            rec.log_file_from_path("missing.png")
    finally:
        rr.set_strict_mode(False)


def test_an_rrd_file_forwards_its_recording(files: Path) -> None:
    other = rr.new_recording("other_app", recording_id="other")
    other.save(files / "other.rrd")
    other.log("from_other", rr.Points3D([[1, 2, 3]]))
    other.flush()

    msgs = record(lambda rec: rec.log_file_from_path("other.rrd"))
    forwarded = [m for m in msgs if isinstance(m, ArrowMsg) and m.store_id.id == "other"]
    assert [m.chunk.entity_path for m in forwarded] == ["/from_other"]
    assert any(isinstance(m, SetStoreInfo) and m.info.application_id == "other_app" for m in msgs)


# -- external loaders --------------------------------------------------------------------------


def write_loader(directory: Path, name: str, body: str) -> Path:
    """An executable `rerun-loader-*` script run by this Python, with this checkout's rerun importable."""
    src = Path(rr.__file__).resolve().parent.parent
    path = directory / name
    path.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(src)!r})\n" + textwrap.dedent(body))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


LOADER_BODY = """
import argparse, json, os
import rerun as rr
parser = argparse.ArgumentParser()
parser.add_argument("filepath")
parser.add_argument("--application-id")
parser.add_argument("--recording-id")
parser.add_argument("--entity-path-prefix")
parser.add_argument("--timeless", action="store_true")
parser.add_argument("--static", action="store_true")
parser.add_argument("--time", action="append", default=[])
parser.add_argument("--sequence", action="append", default=[])
args = parser.parse_args()
if not args.filepath.endswith(".csv"):
    sys.exit(rr.EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE)
with open(os.environ["LOADER_ARGS_OUT"], "w") as f:
    json.dump(sys.argv[1:], f)
rr.init(args.application_id, recording_id=args.recording_id)
rr.stdout()
for item in args.sequence:
    name, value = item.split("=")
    rr.set_time_sequence(name, int(value))
rows = open(args.filepath).read().split()
path = (args.entity_path_prefix or "") + "/table"
rr.log(path, rr.AnyValues(rows=rows), static=args.static)
"""


def test_external_loader_is_called_as_rerun_017_calls_it(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = files / "bin"
    bin_dir.mkdir()
    write_loader(bin_dir, "rerun-loader-csv", LOADER_BODY)
    write_loader(bin_dir, "rerun-loader-never", "sys.exit(66)\n")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    args_out = files / "args.json"
    monkeypatch.setenv("LOADER_ARGS_OUT", str(args_out))
    (files / "data.csv").write_text("1 2 3")

    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 3)
        rec.log_file_from_path("data.csv", entity_path_prefix="/tables")

    msgs = record(log, app="ext_app")
    import json

    argv = json.loads(args_out.read_text())
    assert argv[:7] == ["data.csv", "--application-id", "ext_app", "--recording-id", "rec", "--entity-path-prefix", "/tables"]
    assert "--sequence" in argv and "frame=3" in argv
    assert any(a.startswith("log_tick=") for a in argv) and any(a.startswith("log_time=") for a in argv)
    table = rows_by_entity(msgs)["/tables/table"][0]
    assert table.components()["rows"][0].as_py() == ["1", "2", "3"]
    assert table.timelines()["frame"][1].tolist() == [3]
    # The loader's own store info does not replace the recording's.
    infos = [m.info.application_id for m in msgs if isinstance(m, SetStoreInfo)]
    assert infos == ["ext_app"]


def test_external_loader_gets_static_flags_and_only_incompatible_loaders_mean_no_loader(
    files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = files / "bin"
    bin_dir.mkdir()
    write_loader(bin_dir, "rerun-loader-csv", LOADER_BODY)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LOADER_ARGS_OUT", str(files / "args.json"))
    (files / "data.csv").write_text("9")
    (files / "data.xyz").write_text("?")

    def log(rec: rr.RecordingStream) -> None:
        rec.log_file_from_path("data.csv", static=True)
        with pytest.warns(rr.RerunWarning, match="no data loader"):
            rec.log_file_from_path("data.xyz")

    assert rows_by_entity(record(log))["/table"][0].is_static
    import json

    argv = json.loads((files / "args.json").read_text())
    assert "--static" in argv and "--timeless" in argv and "--sequence" not in argv


def test_failing_external_loader_is_reported_with_its_stderr(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = files / "bin"
    bin_dir.mkdir()
    write_loader(bin_dir, "rerun-loader-broken", "sys.stderr.write('cannot parse row 3\\n'); sys.exit(2)\n")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    (files / "data.csv").write_text("9")
    with pytest.warns(rr.RerunWarning, match="cannot parse row 3"):
        record(lambda rec: rec.log_file_from_path("data.csv"))


def test_a_broken_file_another_loader_took_is_still_reported(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = files / "bin"
    bin_dir.mkdir()
    write_loader(bin_dir, "rerun-loader-all", "sys.exit(0)\n")  # says it took the file, sends nothing
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    (files / "broken.png").write_bytes(b"not a png")
    with pytest.warns(rr.RerunWarning, match="broken.png.*Image"):
        record(lambda rec: rec.log_file_from_path("broken.png"))


def test_api_matches_rerun_017_signatures() -> None:
    import inspect
    import json

    spec = json.loads((Path(__file__).parent / "fixtures" / "spec" / "api-0.17.json").read_text())["rerun"]
    for name in ("log_file_from_path", "log_file_from_contents"):
        expected = spec[name].split("(", 1)[1].rsplit(")", 1)[0]
        params = [p.split(":")[0].strip() for p in expected.split(", ")]
        assert list(inspect.signature(getattr(rr, name)).parameters) == [p for p in params if p != "*"]
        method = inspect.signature(getattr(rr.RecordingStream, name)).parameters
        assert list(method) == ["self", *[p for p in params if p not in ("*", "recording")]]
    assert rr.EXTERNAL_DATA_LOADER_INCOMPATIBLE_EXIT_CODE == 66
