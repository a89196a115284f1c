"""Get data out of a recording as Arrow tables.

Modelled on the dataframe API of later Rerun versions (``rr.dataframe``), kept small::

    import rerun as rr

    recording = rr.dataframe.load_recording("recording.rrd")
    print(recording.schema().component_columns())
    view = recording.view(index="frame", contents="/world/**")
    table = view.select()  # pyarrow.Table: one row per distinct "frame" value
    table = view.filter_range(10, 20).select("frame", "/world/points:Position3D")

Each row is one distinct value of the index timeline at which any selected component was
logged; each component column (named ``"<entity path>:<Component>"``, e.g.
``"/world/points:Position3D"``) holds the component batch visible at that time (a list cell).

Differences from Rerun's own API, on purpose or not yet done:

- `RecordingView.select` returns a `pyarrow.Table` (Rerun returns a ``RecordBatchReader``;
  use ``table.to_reader()`` if you need one).
- Values are filled forward with latest-at semantics by default (clears respected);
  ``fill_latest_at(False)`` gives only the values logged exactly at each index value.
- Only the chosen index column is output, not the other timelines' values.
- No ``index=None`` (static-only) views, no ``filter_is_not_null``, no archetype/field column
  names: columns are identified by entity path and component name only.
- Entity path filters: ``"/**"``, ``"/a/**"`` (a and its subtree), ``"/a"`` (exactly), and
  ``"-/a/**"`` / ``"- /a"`` to exclude; several rules separated by whitespace or given as a list.
  As in views' contents, the most specific rule decides (``"/** -/a/** /a/b"`` keeps ``/a/b``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

import numpy as np
import pyarrow as pa

from ._chunk import TimeType
from ._log_msg import ArrowMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from ._store import ChunkStore
from ._store import paths as _paths
from ._store.entity_filter import EntityFilter

if TYPE_CHECKING:
    from ._dataset import Dataset

__all__ = [
    "ComponentColumnDescriptor",
    "IndexColumnDescriptor",
    "RRDArchive",
    "Recording",
    "RecordingView",
    "Schema",
    "from_store",
    "load_archive",
    "load_dataset",
    "load_recording",
]

_COMPONENT_PREFIX = "rerun.components."

ViewContentsLike = Union[str, Sequence[str], Mapping[str, Union[str, Sequence[str]]]]


def _short(component: str) -> str:
    return component[len(_COMPONENT_PREFIX) :] if component.startswith(_COMPONENT_PREFIX) else component


def _full(component: str) -> str:
    return component if "." in component else _COMPONENT_PREFIX + component


@dataclass(frozen=True)
class IndexColumnDescriptor:
    """An index column: a timeline."""

    name: str
    time_type: TimeType


@dataclass(frozen=True)
class ComponentColumnDescriptor:
    """A component column: one component of one entity."""

    entity_path: str
    component_name: str
    is_static: bool = False

    @property
    def name(self) -> str:
        """Column name, ``"<entity path>:<short component name>"``."""
        return f"{self.entity_path}:{_short(self.component_name)}"

    @property
    def is_indicator(self) -> bool:
        return self.component_name.endswith("Indicator")


class Schema:
    """The columns available in a recording."""

    def __init__(self, index: list[IndexColumnDescriptor], components: list[ComponentColumnDescriptor]) -> None:
        self._index = index
        self._components = components

    def index_columns(self) -> list[IndexColumnDescriptor]:
        return list(self._index)

    def component_columns(self) -> list[ComponentColumnDescriptor]:
        return list(self._components)

    def entity_paths(self) -> list[str]:
        return sorted({c.entity_path for c in self._components})

    def column_for(self, entity_path: str, component: str) -> ComponentColumnDescriptor | None:
        entity, name = _paths.normalize(entity_path), _full(component)
        return next((c for c in self._components if c.entity_path == entity and c.component_name == name), None)

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from self._index
        yield from self._components

    def __repr__(self) -> str:
        return f"Schema(index={[c.name for c in self._index]}, components={[c.name for c in self._components]})"


class Recording:
    """One recording's data, queryable as tables. Make one with `load_recording` or `from_store`."""

    def __init__(self, store: ChunkStore, info: StoreInfo | None = None) -> None:
        self.store = store
        self.info = info

    def application_id(self) -> str | None:
        return None if self.info is None else self.info.application_id

    def recording_id(self) -> str | None:
        sid = self.store.store_id if self.info is None else self.info.store_id
        return sid.id if isinstance(sid, StoreId) else None

    def schema(self) -> Schema:
        """Timelines and (entity, component) pairs of the recording."""
        index = [IndexColumnDescriptor(n, t) for n, t in sorted(self.store.timelines().items())]
        comps = []
        for entity in self.store.entity_paths():
            static = set(self.store.static_component_names(entity))
            for comp in self.store.component_names(entity):
                comps.append(ComponentColumnDescriptor(entity, comp, comp in static))
        return Schema(index, comps)

    def view(
        self, *, index: str, contents: ViewContentsLike = "/**", include_indicator_columns: bool = False
    ) -> RecordingView:
        """A view of the recording indexed by a timeline, restricted to some entities/components.

        Parameters
        ----------
        index:
            Timeline name; one output row per distinct time on it.
        contents:
            Entity path filter (``"/**"``, ``"/world/**"``, ``"-/world/secret/**"``, or a list of
            them), or a mapping from such a filter to the component(s) to keep
            (``{"/points": ["Position3D", "Color"]}``).
        include_indicator_columns:
            Whether to output the archetype indicator columns.

        """
        timelines = self.store.timelines()
        if index not in timelines:
            raise ValueError(f"unknown timeline {index!r}; the recording has {sorted(timelines)}")
        columns = _select_contents(self.schema().component_columns(), contents)
        if not include_indicator_columns:
            columns = [c for c in columns if not c.is_indicator]
        return RecordingView(self.store, IndexColumnDescriptor(index, timelines[index]), columns)


def _entity_filter(spec: str | Sequence[str]) -> EntityFilter:
    """Rules separated by whitespace (or given as a list); a lone ``+``/``-`` signs the next path."""
    tokens: list[str] = spec.split() if isinstance(spec, str) else [t for s in spec for t in str(s).split()]
    expressions: list[str] = []
    sign = ""
    for tok in tokens:
        if tok in ("+", "-"):
            sign = tok
            continue
        expressions.append(sign + tok if tok[0] not in "+-" else tok)
        sign = ""
    return EntityFilter.parse(expressions)


def _select_contents(
    columns: list[ComponentColumnDescriptor], contents: ViewContentsLike
) -> list[ComponentColumnDescriptor]:
    if isinstance(contents, Mapping):
        out: list[ComponentColumnDescriptor] = []
        for spec, comps in contents.items():
            selected = _entity_filter(spec)
            wanted = {_full(c) for c in ([comps] if isinstance(comps, str) else comps)}
            out.extend(
                c for c in columns if selected.matches(c.entity_path) and c.component_name in wanted and c not in out
            )
        return out
    selected = _entity_filter(contents)
    return [c for c in columns if selected.matches(c.entity_path)]


class _IndexFilters:
    """The row filters a view over one recording and a view over a dataset share (each has `_with`)."""

    def _with(self, **changes: Any) -> Any:
        raise NotImplementedError

    def filter_range(self, start: int | None, end: int | None) -> Any:
        """Keep rows with ``start <= index <= end`` (raw timeline integers; None = unbounded)."""
        return self._with(time_range=(start, end))

    filter_range_sequence = filter_range
    filter_range_nanos = filter_range

    def filter_range_secs(self, start: float, end: float) -> Any:
        """`filter_range` for a time timeline, in seconds."""
        return self._with(time_range=(int(round(start * 1e9)), int(round(end * 1e9))))

    def filter_index_values(self, values: Iterable[int] | np.ndarray) -> Any:
        """Keep only rows whose index value is one of `values`."""
        return self._with(filter_values=np.unique(np.asarray(list(values) if not isinstance(values, np.ndarray) else values, np.int64)))


class RecordingView(_IndexFilters):
    """A recording seen along one timeline. Methods return new views; `select` runs the query."""

    def __init__(
        self,
        store: ChunkStore,
        index: IndexColumnDescriptor,
        columns: list[ComponentColumnDescriptor],
        *,
        time_range: tuple[int | None, int | None] = (None, None),
        filter_values: np.ndarray | None = None,
        using_values: np.ndarray | None = None,
        fill: bool = True,
    ) -> None:
        self._store = store
        self._index = index
        self._columns = columns
        self._range = time_range
        self._filter_values = filter_values
        self._using_values = using_values
        self._fill = fill

    def _with(self, **changes: Any) -> RecordingView:
        args: dict[str, Any] = {
            "time_range": self._range,
            "filter_values": self._filter_values,
            "using_values": self._using_values,
            "fill": self._fill,
        }
        args.update(changes)
        return RecordingView(self._store, self._index, self._columns, **args)

    def schema(self) -> Schema:
        return Schema([self._index], list(self._columns))


    def using_index_values(self, values: Iterable[int] | np.ndarray) -> RecordingView:
        """Output exactly these index values as rows (sorted, deduplicated), data or not."""
        return self._with(
            using_values=np.unique(np.asarray(list(values) if not isinstance(values, np.ndarray) else values, np.int64))
        )

    def fill_latest_at(self, enabled: bool = True) -> RecordingView:
        """Fill each cell with the latest value at or before the row's time (the default here)."""
        return self._with(fill=enabled)

    def index_values(self) -> np.ndarray:
        """The index values the rows will have."""
        if self._using_values is not None:
            times = self._using_values
        else:
            parts = [
                self._store.component_times(c.entity_path, c.component_name, self._index.name)
                for c in self._columns
                if not c.is_static
            ]
            times = np.unique(np.concatenate(parts)) if parts else np.empty(0, np.int64)
        lo, hi = self._range
        if lo is not None:
            times = times[times >= lo]
        if hi is not None:
            times = times[times <= hi]
        if self._filter_values is not None:
            times = times[np.isin(times, self._filter_values)]
        return times

    def select(self, *columns: str | ComponentColumnDescriptor | IndexColumnDescriptor) -> pa.Table:
        """Run the query: the index column, then one list column per component column.

        Parameters
        ----------
        *columns:
            Names (``"frame"``, ``"/points:Position3D"``) or descriptors; default all.

        """
        times = self.index_values()
        wanted = [c if isinstance(c, str) else c.name for c in columns]
        index_type = pa.timestamp("ns") if self._index.time_type == TimeType.TIME else pa.int64()
        names: list[str] = []
        arrays: list[pa.Array] = []
        if not wanted or self._index.name in wanted:
            names.append(self._index.name)
            arrays.append(pa.array(times, pa.int64()).cast(index_type))
        known = {c.name: c for c in self._columns}
        unknown = [w for w in wanted if w != self._index.name and w not in known]
        if unknown:
            raise KeyError(f"columns not in this view: {unknown}")
        chosen = [known[w] for w in wanted if w in known] if wanted else self._columns
        for col in chosen:
            batches, _found = self._store.latest_at_column(
                col.entity_path, col.component_name, self._index.name, times, exact=not self._fill
            )
            if batches is None:
                batches = pa.nulls(len(times), pa.list_(pa.null()))
            names.append(col.name)
            arrays.append(batches)
        return pa.Table.from_arrays(arrays, names=names)


def from_store(store: ChunkStore, info: StoreInfo | None = None) -> Recording:
    """A `Recording` over a live store (e.g. the viewer's). Queries see data as it arrives."""
    if info is None and isinstance(store.info, StoreInfo):
        info = store.info
    return Recording(store, info)


class RRDArchive:
    """All stores of an .rrd file (recordings and blueprints)."""

    def __init__(self, stores: dict[StoreId, ChunkStore], infos: dict[StoreId, StoreInfo]) -> None:
        self._stores = stores
        self._infos = infos

    def all_recordings(self) -> list[Recording]:
        """Every store of the file as a `Recording`, recordings first, then blueprints."""
        order = sorted(self._stores, key=lambda s: s.kind != StoreKind.RECORDING)
        return [Recording(self._stores[s], self._infos.get(s)) for s in order]

    def num_recordings(self) -> int:
        return len(self._stores)

    def recordings(self) -> list[Recording]:
        """Only the recording stores (not blueprints)."""
        return [
            r
            for r in self.all_recordings()
            if isinstance(r.store.store_id, StoreId) and r.store.store_id.kind == StoreKind.RECORDING
        ]


def load_archive(path_to_rrd: str | os.PathLike[str]) -> RRDArchive:
    """Load every store of an .rrd file."""
    from .rrd import read_messages  # written alongside; imported lazily

    stores: dict[StoreId, ChunkStore] = {}
    infos: dict[StoreId, StoreInfo] = {}
    for msg in read_messages(path_to_rrd):
        store = stores.get(msg.store_id)
        if store is None:
            store = stores[msg.store_id] = ChunkStore(msg.store_id)
        if isinstance(msg, SetStoreInfo):
            infos[msg.store_id] = msg.info
            store.info = msg.info
        elif isinstance(msg, ArrowMsg):
            # Staged: the small chunks of an entity become one chunk, indexed once (the first
            # query adds what is still staged).
            store.add_chunks([msg.chunk], hold=True)
    return RRDArchive(stores, infos)


def load_recording(path_to_rrd: str | os.PathLike[str]) -> Recording:
    """Load the one recording of an .rrd file (blueprint stores are skipped).

    Raises
    ------
    ValueError
        If the file holds no recording, or more than one (use `load_archive` then).

    """
    recordings = load_archive(path_to_rrd).recordings()
    if len(recordings) != 1:
        raise ValueError(f"{os.fspath(path_to_rrd)!r} holds {len(recordings)} recordings, expected exactly one")
    return recordings[0]


def load_dataset(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, use_index: bool = True
) -> Dataset:
    """
    Many .rrd files as one dataset, queried like one recording (see `rerun._dataset`).

    ``load_dataset("runs/*.rrd").view(index="frame", contents="/robot/**").select()`` gives
    every recording's rows with ``recording_id``, ``application_id`` and ``file`` columns in
    front. `paths`: a path, directory, glob, URI (``s3://``, ``gs://``) or a list of them.
    """
    from ._dataset import load_dataset as _load_dataset

    return _load_dataset(paths, use_index=use_index)
