"""Many .rrd files queried as one dataset (`rerun.dataframe.load_dataset`).

Each recording of each file is queried on its own with the single-recording query
(`rerun.dataframe.RecordingView`) over only the frames the query needs (chosen from the file's
footer index, or from a scan), and the results are stacked with ``recording_id``,
``application_id`` and ``file`` columns in front. Results stream: one record batch per
recording, so a result larger than memory can be consumed piece by piece.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, Union, cast

import numpy as np
import pyarrow as pa
import pyarrow.fs as pafs

from .._chunk import TimeType
from .._datamodel.errors import warn
from .._log_msg import ArrowMsg, StoreId, StoreKind
from .._rrd.format import FRAME, RrdError, decode_payload_all
from .._rrd.reader import RrdWarning
from .._store import ChunkStore
from .._store import paths as _paths
from ..dataframe import (
    ComponentColumnDescriptor,
    IndexColumnDescriptor,
    RecordingView,
    Schema,
    ViewContentsLike,
    _IndexFilters,
    _select_contents,
)
from .index import FileSummary, FrameEntry, summarize

CLEAR_RECURSIVE = "rerun.components.ClearIsRecursive"
EXTRA_COLUMNS = ("recording_id", "application_id", "file")
_GLOB_CHARS = "*?["

PathsLike = Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]


@dataclass(frozen=True)
class DatasetFile:
    """One file of a dataset: its filesystem, its path there and the name shown in the ``file`` column."""

    filesystem: pafs.FileSystem
    path: str
    name: str


def _filesystem(uri: str) -> tuple[pafs.FileSystem, str]:
    """pyarrow's filesystem for a URI, else fsspec's (if installed) wrapped for pyarrow."""
    try:
        return pafs.FileSystem.from_uri(uri)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as err:
        try:
            import fsspec
        except ImportError:
            raise ValueError(f"cannot open {uri!r}: {err}; installing fsspec may add that filesystem") from None
        filesystem = fsspec.filesystem(uri.split("://", 1)[0])
        # The path as that filesystem spells it in listings (memory:// paths start with "/").
        return pafs.PyFileSystem(pafs.FSSpecHandler(filesystem)), filesystem._strip_protocol(uri)


def resolve_files(paths: PathsLike) -> list[DatasetFile]:
    """
    The .rrd files named by paths, directories (all .rrd files below) and globs (``runs/**/*.rrd``).

    URIs (``s3://bucket/runs/*.rrd``, ``gs://...``, ``file:///...``) go through pyarrow's
    filesystems, or fsspec's when pyarrow has none for the scheme.
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out: list[DatasetFile] = []
    for item in items:
        spec = os.fspath(item)
        if "://" in spec:
            fs, path = _filesystem(spec)
            scheme = spec.split("://", 1)[0]
            if any(c in path for c in _GLOB_CHARS):
                base = path[: min(path.find(c) for c in _GLOB_CHARS if c in path)].rsplit("/", 1)[0]
                infos = fs.get_file_info(pafs.FileSelector(base, recursive=True))
                names = sorted(i.path for i in infos if i.is_file and fnmatch.fnmatch(i.path, path))
            elif fs.get_file_info(path).type == pafs.FileType.Directory:
                infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
                names = sorted(i.path for i in infos if i.is_file and i.path.endswith(".rrd"))
            else:
                names = [path]
            out.extend(DatasetFile(fs, n, f"{scheme}://{n}" if scheme != "file" else n) for n in names)
            continue
        local = pafs.LocalFileSystem()
        if any(c in spec for c in _GLOB_CHARS):
            names = sorted(glob.glob(spec, recursive=True))
        elif os.path.isdir(spec):
            names = sorted(glob.glob(os.path.join(spec, "**", "*.rrd"), recursive=True))
        else:
            names = [spec]
        out.extend(DatasetFile(local, os.path.abspath(n), n) for n in names if not os.path.isdir(n))
    return out


class _CountingFile:
    """A random-access file that adds the bytes read to its dataset's counter."""

    def __init__(self, inner: Any, counter: _Counter) -> None:
        self._inner = inner
        self._counter = counter

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n) if n >= 0 else self._inner.read()
        self._counter.add(len(data))
        return bytes(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self._inner.seek(offset, whence))

    def close(self) -> None:
        self._inner.close()


class _Counter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.value += n

    # A copy sent to a Ray worker counts that worker's reads (from zero), not the driver's.
    def __getstate__(self) -> dict[str, int]:
        return {"value": 0}

    def __setstate__(self, state: dict[str, int]) -> None:
        self._lock = threading.Lock()
        self.value = state["value"]


@dataclass
class _RecordingRef:
    """One recording (store) of one file, and the file's summary."""

    file: DatasetFile
    summary: FileSummary
    store_id: str

    @property
    def recording_id(self) -> str:
        return StoreId.parse(self.store_id).id

    @property
    def application_id(self) -> str | None:
        info = self.summary.store_infos.get(self.store_id)
        app = info.get("application_id") if isinstance(info, dict) else None
        return app if isinstance(app, str) else None

    def frames(self) -> list[FrameEntry]:
        return [f for f in self.summary.frames if f.store_id == self.store_id]


class Dataset:
    """
    Recordings of many .rrd files, queried together. Make one with `rerun.dataframe.load_dataset`.

    Files are opened when first needed; a file that is not a readable .rrd is skipped with a
    `rerun.rrd.RrdWarning` naming it, and damaged frames inside a file are skipped with one
    naming the file and the byte offset.
    """

    def __init__(self, files: list[DatasetFile], *, use_index: bool = True) -> None:
        self.files = files
        self.use_index = use_index
        self._counter = _Counter()
        self._recordings: list[_RecordingRef] | None = None

    @property
    def bytes_read(self) -> int:
        """Bytes read from the files so far by this dataset (indexes, scans and queries)."""
        return self._counter.value

    def _open(self, file: DatasetFile) -> tuple[_CountingFile, int]:
        size = file.filesystem.get_file_info(file.path).size
        return _CountingFile(file.filesystem.open_input_file(file.path), self._counter), int(size or 0)

    def _summary(self, file: DatasetFile) -> FileSummary | None:
        try:
            handle, size = self._open(file)
        except (OSError, pa.ArrowException) as err:
            warn(f"{file.name}: skipped, cannot be read: {err}", RrdWarning)
            return None
        try:
            summary = summarize(cast(BinaryIO, handle), size, file.name, use_index=self.use_index)
        except (RrdError, OSError, pa.ArrowException) as err:
            warn(f"{file.name}: skipped, not a readable .rrd file: {err}", RrdWarning)
            return None
        finally:
            handle.close()
        for offset, reason in summary.damaged:
            warn(f"{file.name}: skipped damage at byte {offset}: {reason}", RrdWarning)
        return summary

    def _refs(self) -> list[_RecordingRef]:
        if self._recordings is None:
            refs: list[_RecordingRef] = []
            for file in self.files:
                summary = self._summary(file)
                if summary is None:
                    continue
                stores = dict.fromkeys([*summary.store_infos, *(f.store_id for f in summary.frames)])
                refs.extend(
                    _RecordingRef(file, summary, sid)
                    for sid in stores
                    if StoreId.parse(sid).kind == StoreKind.RECORDING
                )
            self._recordings = refs
        return self._recordings

    def recording_ids(self) -> list[str]:
        return [r.recording_id for r in self._refs()]

    def num_recordings(self) -> int:
        return len(self._refs())

    def schema(self) -> Schema:
        """Timelines and (entity, component) columns of all recordings together."""
        return Schema(list(self._index_columns().values()), list(self._component_columns()[0].values()))

    def _index_columns(self) -> dict[str, IndexColumnDescriptor]:
        out: dict[str, IndexColumnDescriptor] = {}
        for ref in self._refs():
            for entry in ref.frames():
                for name, kind in ref.summary.time_types(entry).items():
                    out.setdefault(name, IndexColumnDescriptor(name, TimeType(kind)))
        return dict(sorted(out.items()))

    def _component_columns(self) -> tuple[dict[str, ComponentColumnDescriptor], dict[str, pa.DataType]]:
        columns: dict[tuple[str, str], bool] = {}
        types: dict[str, pa.DataType] = {}
        for ref in self._refs():
            for entry in ref.frames():
                for comp, type_ in ref.summary.components(entry).items():
                    key = (entry.entity_path, comp)
                    columns[key] = columns.get(key, True) and entry.is_static
                    types.setdefault(ComponentColumnDescriptor(*key).name, type_)
        descriptors = {
            ComponentColumnDescriptor(e, c, s).name: ComponentColumnDescriptor(e, c, s)
            for (e, c), s in sorted(columns.items())
        }
        return descriptors, types

    def to_duckdb(
        self, con: Any = None, *, index: str, contents: ViewContentsLike = "/**", unwrap_single: bool = True
    ) -> Any:
        """Register one DuckDB table per entity; see `rerun._dataset.dataset.to_duckdb`."""
        return to_duckdb(self, con, index=index, contents=contents, unwrap_single=unwrap_single)

    def to_ray(
        self, *, index: str, contents: ViewContentsLike = "/**", frames_per_task: int = 256, **read_args: Any
    ) -> Any:
        """``view(index=, contents=).to_ray()``: the view's rows as a ``ray.data.Dataset``."""
        return self.view(index=index, contents=contents).to_ray(frames_per_task=frames_per_task, **read_args)

    def view(
        self, *, index: str, contents: ViewContentsLike = "/**", include_indicator_columns: bool = False
    ) -> DatasetView:
        """
        A view of every recording along the timeline `index` (as `Recording.view`).

        Raises
        ------
        ValueError
            No recording of the dataset has the timeline `index`.

        """
        index_columns = self._index_columns()
        if index not in index_columns:
            raise ValueError(f"unknown timeline {index!r}; the dataset has {sorted(index_columns)}")
        descriptors, types = self._component_columns()
        columns = _select_contents(list(descriptors.values()), contents)
        if not include_indicator_columns:
            columns = [c for c in columns if not c.is_indicator]
        return DatasetView(self, index_columns[index], columns, types)


@dataclass(frozen=True)
class _Query:
    time_range: tuple[int | None, int | None] = (None, None)
    filter_values: np.ndarray | None = None
    using_values: np.ndarray | None = None
    fill: bool = True


class DatasetView(_IndexFilters):
    """A dataset seen along one timeline. Methods return new views; `select`/`select_reader` run the query."""

    def __init__(
        self,
        dataset: Dataset,
        index: IndexColumnDescriptor,
        columns: list[ComponentColumnDescriptor],
        types: dict[str, pa.DataType],
        query: _Query | None = None,
        refs: list[_RecordingRef] | None = None,
    ) -> None:
        self._dataset = dataset
        self._index = index
        self._columns = columns
        self._types = types
        self._query = query or _Query()
        self._refs = refs

    def _with(self, **changes: Any) -> DatasetView:
        q = self._query
        query = _Query(**{**{k: getattr(q, k) for k in q.__dataclass_fields__}, **changes})
        return DatasetView(self._dataset, self._index, self._columns, self._types, query, self._refs)

    @property
    def dataset(self) -> Dataset:
        return self._dataset


    def using_index_values(self, values: Iterable[int] | np.ndarray) -> DatasetView:
        """Output exactly these index values as rows of every recording, data or not."""
        return self._with(using_values=np.unique(np.asarray(list(values), np.int64)))

    def fill_latest_at(self, enabled: bool = True) -> DatasetView:
        """Fill each cell with the latest value at or before the row's time (the default)."""
        return self._with(fill=enabled)

    def latest_at(self, time: int) -> pa.Table:
        """One row per recording: every column's latest value at `time` (raw timeline integer)."""
        return self.using_index_values([time]).select()

    def for_recordings(self, recording_ids: Iterable[str]) -> DatasetView:
        """The same view restricted to some recordings (by recording id)."""
        wanted = set(recording_ids)
        refs = [r for r in self._all_refs() if r.recording_id in wanted]
        return DatasetView(self._dataset, self._index, self._columns, self._types, self._query, refs)

    def _all_refs(self) -> list[_RecordingRef]:
        return self._dataset._refs() if self._refs is None else self._refs

    def pieces(self, frames_per_task: int = 256) -> list[tuple[_RecordingRef, tuple[int | None, int | None]]]:
        """How `to_ray` splits the query: (recording, time range) pairs covering all its rows."""
        return list(_view_pieces(self, frames_per_task))

    def _piece(self, ref: _RecordingRef, time_range: tuple[int | None, int | None]) -> DatasetView:
        return _view_piece(self, ref, time_range)

    def to_duckdb(self, con: Any = None, *, unwrap_single: bool = True) -> Any:
        """Register one DuckDB table per entity of this view; see `rerun._dataset.dataset.to_duckdb`."""
        return to_duckdb(self, con, unwrap_single=unwrap_single)

    def to_ray(self, *columns: str, frames_per_task: int = 256, **read_args: Any) -> Any:
        """This query as a ``ray.data.Dataset``; see `rerun._dataset.dataset.to_ray`."""
        return to_ray(self, *columns, frames_per_task=frames_per_task, **read_args)

    # -- output -------------------------------------------------------------------------------

    def _output_columns(self, columns: Sequence[str | ComponentColumnDescriptor | IndexColumnDescriptor]) -> list[str]:
        wanted = [c if isinstance(c, str) else c.name for c in columns]
        known = {c.name for c in self._columns}
        unknown = [w for w in wanted if w != self._index.name and w not in known and w not in EXTRA_COLUMNS]
        if unknown:
            raise KeyError(f"columns not in this view: {unknown}")
        if not wanted:
            return [*EXTRA_COLUMNS, self._index.name, *(c.name for c in self._columns)]
        return [w for w in [*EXTRA_COLUMNS, self._index.name] if w in wanted] + [w for w in wanted if w in known]

    def output_schema(self, *columns: str | ComponentColumnDescriptor | IndexColumnDescriptor) -> pa.Schema:
        """The Arrow schema `select` gives for these columns."""
        index_type = pa.timestamp("ns") if self._index.time_type == TimeType.TIME else pa.int64()
        fields = []
        for name in self._output_columns(columns):
            if name in EXTRA_COLUMNS:
                fields.append(pa.field(name, pa.string()))
            elif name == self._index.name:
                fields.append(pa.field(name, index_type))
            else:
                fields.append(pa.field(name, pa.list_(self._types[name].value_type)))
        return pa.schema(fields)

    def select_reader(self, *columns: str | ComponentColumnDescriptor | IndexColumnDescriptor) -> pa.RecordBatchReader:
        """Run the query lazily: a reader yielding one record batch per recording (as it is read)."""
        schema = self.output_schema(*columns)
        return pa.RecordBatchReader.from_batches(schema, self._batches(schema))

    def select(self, *columns: str | ComponentColumnDescriptor | IndexColumnDescriptor) -> pa.Table:
        """
        Run the query: ``recording_id``, ``application_id``, ``file``, the index, then components.

        Rows are those each recording's own `RecordingView.select` gives, recording after
        recording (in file order); a component column a recording lacks is null there.
        """
        return self.select_reader(*columns).read_all()

    def _batches(self, schema: pa.Schema) -> Iterator[pa.RecordBatch]:
        for ref in self._all_refs():
            batch = self.query_recording(ref, schema)
            if batch.num_rows:
                yield batch

    # -- one recording --------------------------------------------------------------------------

    def needed_frames(self, ref: _RecordingRef) -> list[FrameEntry]:
        """The frames of one recording this query reads (push-down from the index/scan summary)."""
        entities = {c.entity_path for c in self._columns}
        ancestors = {a for e in entities for a in _paths.ancestors(e)}
        timeline = self._index.name
        q = self._query
        lo, hi = q.time_range
        values = q.using_values if q.using_values is not None else q.filter_values
        if values is not None and len(values):
            lo = max(int(values[0]), lo) if lo is not None else int(values[0])
            hi = min(int(values[-1]), hi) if hi is not None else int(values[-1])
        candidates: list[tuple[FrameEntry, dict[str, pa.DataType], tuple[int, int] | None]] = []
        for entry in ref.frames():
            comps = ref.summary.components(entry)
            if entry.entity_path not in entities and not (entry.entity_path in ancestors and CLEAR_RECURSIVE in comps):
                continue
            if entry.is_static:
                candidates.append((entry, comps, None))
            elif timeline in entry.time_ranges:
                candidates.append((entry, comps, entry.time_ranges[timeline]))
        if lo is None or not q.fill:
            return [
                e for e, _c, r in candidates if r is None or ((hi is None or r[0] <= hi) and (lo is None or r[1] >= lo))
            ]
        # Latest-at at `lo` per (entity, component): a frame whose component first holds a value
        # at time f <= lo proves the value at `lo` is from f or later, so older frames ending
        # before the latest such f cannot hold it.
        latest_value: dict[tuple[str, str], int] = {}
        for e, comps, r in candidates:
            if r is not None and r[0] <= lo:
                for comp in comps:
                    first = e.first_time(timeline, comp)
                    if first is not None and first <= lo:
                        key = (e.entity_path, comp)
                        latest_value[key] = max(latest_value.get(key, first), first)
        needed = []
        for e, comps, r in candidates:
            if r is None or (r[1] >= lo and (hi is None or r[0] <= hi)):
                needed.append(e)
            elif r[0] <= lo and any(
                e.first_time(timeline, c) is not None
                and min(r[1], lo) >= latest_value.get((e.entity_path, c), r[1] + 1)
                for c in comps
            ):
                needed.append(e)
        return needed

    def _read_store(self, ref: _RecordingRef, frames: list[FrameEntry]) -> ChunkStore:
        store = ChunkStore(StoreId.parse(ref.store_id))
        if not frames:
            return store
        handle, _size = self._dataset._open(ref.file)
        try:
            # Adjacent frames are read in one request (fewer round trips to object stores); a pack
            # frame has an entry per entity, and is read once.
            frames = sorted({f.offset: f for f in frames}.values(), key=lambda f: f.offset)
            runs: list[list[FrameEntry]] = [[frames[0]]]
            for f in frames[1:]:
                last = runs[-1][-1]
                if f.offset == last.offset + last.length:
                    runs[-1].append(f)
                else:
                    runs.append([f])
            for run in runs:
                handle.seek(run[0].offset)
                data = memoryview(handle.read(run[-1].offset + run[-1].length - run[0].offset))
                for f in run:
                    start = f.offset - run[0].offset
                    kind, crc, length = FRAME.unpack_from(data, start)
                    try:
                        msgs = decode_payload_all(
                            kind, crc, data[start + FRAME.size : start + FRAME.size + length], f.offset
                        )
                    except RrdError as err:
                        warn(f"{ref.file.name}: skipped a damaged message: {err}", RrdWarning)
                        continue
                    for msg in msgs:
                        if isinstance(msg, ArrowMsg) and str(msg.store_id) == ref.store_id:
                            store.add_chunks([msg.chunk], hold=True)  # staged until the query (see `add_chunks`)
        finally:
            handle.close()
        return store

    def query_recording(self, ref: _RecordingRef, schema: pa.Schema) -> pa.RecordBatch:
        """One recording's rows, in `schema` (from `output_schema`)."""
        store = self._read_store(ref, self.needed_frames(ref))
        present = {e: set(store.component_names(e)) for e in store.entity_paths()}
        columns = [c for c in self._columns if c.component_name in present.get(c.entity_path, ())]
        q = self._query
        view = RecordingView(
            store,
            self._index,
            columns,
            time_range=q.time_range,
            filter_values=q.filter_values,
            using_values=q.using_values,
            fill=q.fill,
        )
        names = {c.name for c in columns}
        table = view.select(self._index.name, *[n for n in schema.names if n in names])
        n = table.num_rows
        arrays = []
        for fld in schema:
            if fld.name == "recording_id":
                arrays.append(pa.array([ref.recording_id] * n, pa.string()))
            elif fld.name == "application_id":
                arrays.append(pa.array([ref.application_id] * n, pa.string()))
            elif fld.name == "file":
                arrays.append(pa.array([ref.file.name] * n, pa.string()))
            elif fld.name in table.column_names:
                col = table.column(fld.name).combine_chunks()
                arrays.append(col if col.type == fld.type else col.cast(fld.type))
            else:
                arrays.append(pa.nulls(n, fld.type))
        return pa.RecordBatch.from_arrays(arrays, schema=schema)


def load_dataset(paths: PathsLike, *, use_index: bool = True) -> Dataset:
    """
    A dataset over many .rrd files: paths, directories, globs or URIs (see `resolve_files`).

    Parameters
    ----------
    paths:
        ``"runs/*.rrd"``, ``"runs/"``, ``["a.rrd", "b.rrd"]``, ``"s3://bucket/runs/*.rrd"``
        (s3/gs/hdfs through pyarrow's filesystems; other schemes through fsspec if installed).
    use_index:
        Use the files' footer indexes (`rerun rrd index`) to read only the frames a query needs;
        False scans every file in full (the same answers, more bytes read).

    Raises
    ------
    FileNotFoundError
        No file matches `paths`.

    """
    files = resolve_files(paths)
    if not files:
        raise FileNotFoundError(f"no .rrd file matches {paths!r}")
    return Dataset(files, use_index=use_index)


# -- DuckDB and Ray (optional: imported only when used) ----------------------------------------


def _entity_table_name(entity_path: str) -> str:
    return entity_path.strip("/") or "root"


def _unwrap_single(table: pa.Table, names: Sequence[str]) -> pa.Table:
    """List columns whose every non-null cell holds exactly one value become plain columns (SQL friendly)."""
    import pyarrow.compute as pc

    for name in names:
        col = table.column(name)
        if not pa.types.is_list(col.type) or pa.types.is_nested(col.type.value_type) or col.null_count == len(col):
            continue
        lengths = pc.list_value_length(col)
        if pc.min(lengths).as_py() == 1 and pc.max(lengths).as_py() == 1:
            table = table.set_column(table.schema.get_field_index(name), name, pc.list_element(col, 0))
    return table


def to_duckdb(
    view_or_dataset: Dataset | DatasetView,
    con: Any = None,
    *,
    index: str | None = None,
    contents: ViewContentsLike = "/**",
    unwrap_single: bool = True,
) -> Any:
    """
    Register one DuckDB table per entity of the view (``"robot/force"`` for ``/robot/force``).

    Each has the columns ``recording_id``, ``application_id``, ``file``, the index, and one per
    component named by its short name (``Scalar``, ``Position3D``). With `unwrap_single`, a
    component column whose every logged cell holds one value is a plain column (a ``Scalar``
    is a DOUBLE, not a one-element list); others stay lists (DuckDB indexes lists from 1).
    The query runs once per entity when this is called; the tables are Arrow tables in memory.
    For a result larger than memory, let DuckDB stream the view instead:
    ``rel = duckdb.from_arrow(view.select_reader())`` (one pass over the data).

    Returns the connection (a new in-memory one if `con` is None). Requires ``duckdb``.
    """
    import duckdb

    if con is None:
        con = duckdb.connect()
    view = view_or_dataset if isinstance(view_or_dataset, DatasetView) else None
    if view is None:
        if index is None:
            raise ValueError("to_duckdb of a Dataset needs index=, the timeline whose values are the rows")
        view = view_or_dataset.view(index=index, contents=contents)  # type: ignore[union-attr]
    by_entity: dict[str, list[ComponentColumnDescriptor]] = {}
    for col in view._columns:
        by_entity.setdefault(col.entity_path, []).append(col)
    for entity, cols in by_entity.items():
        sub = DatasetView(view._dataset, view._index, cols, view._types, view._query, view._refs)
        if all(c.is_static for c in cols):
            # Static data has no time: one row per recording (its value at any time), index null.
            table = sub.using_index_values([0]).select()
            position = table.schema.get_field_index(view._index.name)
            table = table.set_column(position, view._index.name, pa.nulls(table.num_rows, table.schema[position].type))
        else:
            table = sub.select()
        renamed = [
            name.rsplit(":", 1)[1] if name not in EXTRA_COLUMNS and name != view._index.name else name
            for name in table.column_names
        ]
        table = table.rename_columns(renamed)
        if unwrap_single:
            table = _unwrap_single(table, renamed[len(EXTRA_COLUMNS) + 1 :])
        con.register(_entity_table_name(entity), table)
    return con


class _RrdDatasource:
    """Builds the Ray datasource class lazily (Ray is optional)."""

    @staticmethod
    def make(view: DatasetView, columns: Sequence[str], frames_per_task: int) -> Any:
        from ray.data.block import BlockMetadata
        from ray.data.datasource import Datasource, ReadTask

        schema = view.output_schema(*columns)

        def metadata(num_rows: int | None, size: int, files: list[str]) -> BlockMetadata:
            import inspect

            args: dict[str, Any] = {
                "num_rows": num_rows,
                "size_bytes": size,
                "input_files": files,
                "exec_stats": None,
                "schema": None,
            }
            accepted = inspect.signature(BlockMetadata).parameters
            return BlockMetadata(**{k: v for k, v in args.items() if k in accepted})

        class RrdDatasource(Datasource):  # type: ignore[misc]
            """Read tasks per recording and per time range of about `frames_per_task` chunk frames."""

            def get_read_tasks(
                self, parallelism: int, per_task_row_limit: int | None = None, data_context: Any = None
            ) -> list[ReadTask]:
                tasks = []
                for ref, time_range in view.pieces(frames_per_task):
                    piece = view._piece(ref, time_range)
                    size = sum(f.length for f in piece.needed_frames(ref))

                    def read(piece: DatasetView = piece, ref: _RecordingRef = ref) -> list[pa.Table]:
                        return [pa.Table.from_batches([piece.query_recording(ref, schema)], schema=schema)]

                    limit = {} if per_task_row_limit is None else {"per_task_row_limit": per_task_row_limit}
                    tasks.append(ReadTask(read, metadata(None, size, [ref.file.name]), **limit))
                return tasks

            def estimate_inmemory_data_size(self) -> int | None:
                return None

            def get_name(self) -> str:
                return "RerunRrd"

        return RrdDatasource()


def _view_pieces(
    view: DatasetView, frames_per_task: int
) -> Iterator[tuple[_RecordingRef, tuple[int | None, int | None]]]:
    """(recording, time range) pieces of a query: each recording split where it has many frames."""
    lo, hi = view._query.time_range
    for ref in view._all_refs():
        starts = sorted(
            e.time_ranges[view._index.name][0]
            for e in view.needed_frames(ref)
            if not e.is_static and view._index.name in e.time_ranges
        )
        cuts = sorted({starts[i] for i in range(frames_per_task, len(starts), frames_per_task)})
        cuts = [c for c in cuts if (lo is None or c > lo) and (hi is None or c <= hi)]
        bounds: list[int | None] = [lo, *cuts]
        for i, start in enumerate(bounds):
            end = cuts[i] - 1 if i < len(cuts) else hi
            yield ref, (start, end)


def _view_piece(view: DatasetView, ref: _RecordingRef, time_range: tuple[int | None, int | None]) -> DatasetView:
    """The view restricted to one recording and time range, holding only that file (cheap to pickle)."""
    single = Dataset([ref.file], use_index=view._dataset.use_index)
    single._recordings = [ref]
    query = _Query(time_range, view._query.filter_values, view._query.using_values, view._query.fill)
    return DatasetView(single, view._index, view._columns, view._types, query, [ref])


def to_ray(view: DatasetView, *columns: str, frames_per_task: int = 256, **read_args: Any) -> Any:
    """
    The query as a ``ray.data.Dataset``: one read task per recording and per run of about
    `frames_per_task` chunk frames (split on the index timeline), each reading only its frames
    on a worker; the driver reads only the files' indexes. Requires ``ray[data]``.
    `read_args` go to ``ray.data.read_datasource`` (e.g. ``concurrency=4``).
    """
    import ray.data

    return ray.data.read_datasource(_RrdDatasource.make(view, columns, frames_per_task), **read_args)
