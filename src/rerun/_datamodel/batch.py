"""Batches (many values of one datatype or component) and single values, made from the tables.

A batch keeps its data as numpy when the storage is primitive (so the batcher can concatenate
rows without touching Arrow), and builds the Arrow array on first use of `as_arrow_array()`.
It follows Rerun 0.17's `ComponentBatchLike` protocol: `component_name()` and `as_arrow_array()`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, Protocol, Union, runtime_checkable

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .copies import MIN_POOLED_BYTES, protective_copy
from .errors import as_rerun017, report, rewrapped, strict_mode, strict_override


class Deferred:
    """
    Values already checked and held as plain Python, turned into Arrow later and in bulk.

    Building a union or string array costs microseconds per call; the batcher instead builds
    one array for all the rows of a chunk with `build(items)`.
    """

    __slots__ = ("items", "build", "nbytes", "layout")

    def __init__(
        self,
        items: Sequence[Any],
        build: Callable[[Any], pa.Array],
        nbytes: int | None = None,
        layout: Callable[[Any], tuple[Any, list[Any]] | None] | None = None,
    ) -> None:
        self.items = items
        self.build = build
        #: The size estimate for the batcher's thresholds (large items, e.g. a tensor, say theirs).
        self.nbytes = 64 * len(items) if nbytes is None else nbytes
        #: For large items: `layout(items)` gives `(signature, buffers)`, the buffers `build(items)`
        #: would have in `pa.Array.buffers()` order and what else fixes its layout, without
        #: building it (see `rerun._rrd.templates`); None where it cannot.
        self.layout = layout

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Any:
        return self.items[index]


Storage = Union[np.ndarray, pa.Array, Deferred]

#: A batch holding more than this shows its size in its repr, not its values.
_REPR_MAX_BYTES = 64 * 1024
Converter = Callable[[Any], Storage]


def storage_nbytes(storage: Any) -> int:
    """Cheap size estimate of a batch's storage for the flush thresholds."""
    kind = type(storage)
    if kind is np.ndarray:
        return storage.nbytes  # type: ignore[no-any-return]
    if kind is Deferred:
        return storage.nbytes  # type: ignore[no-any-return]
    # Not `nbytes`: for nested arrays (a tensor's union) pyarrow works that out buffer by buffer,
    # about 0.1 ms an image; the size of the buffers referenced is at hand.
    return storage.get_total_buffer_size() if isinstance(storage, pa.Array) else 64  # type: ignore[no-any-return]


def _is_numpy_storage(type_: pa.DataType) -> bool:
    return pa.types.is_primitive(type_) or (
        pa.types.is_fixed_size_list(type_) and pa.types.is_primitive(type_.value_type)
    )


def _unshared(storage: np.ndarray, data: np.ndarray) -> np.ndarray:
    """
    `storage`, copied when it shares memory with the user's array `data`: users refill their
    buffers after logging them, and what was logged must not change.

    Decided without `np.may_share_memory` (a microsecond per field, as much as the rest of a
    small conversion) in the two common cases: the converter returned `data` itself (numpy
    input of the storage type already), or a new array that owns its memory (numpy views always
    have a `base`).
    """
    if storage is not data and (storage.base is None or not np.may_share_memory(storage, data)):
        return storage
    return _copied(storage)


def _copied(storage: np.ndarray) -> np.ndarray:
    return storage.copy() if storage.nbytes < MIN_POOLED_BYTES else protective_copy(storage)


#: Inputs whose conversion always makes new memory (numpy copies lists and numbers) or that
#: cannot be written to (Arrow arrays): their storage is never copied again.
_INPUTS_NEVER_SHARED = (list, tuple, int, float, bool, np.generic, pa.Array, pa.ChunkedArray)


class BaseBatch:
    """Many values of one datatype, stored exactly as Rerun 0.17 stores them."""

    _ARROW_TYPE: ClassVar[pa.DataType]
    _DATATYPE_NAME: ClassVar[str]
    _CONVERT: ClassVar[Converter]
    _NUMPY_STORAGE: ClassVar[bool]

    __slots__ = ("_data", "_arrow")

    def __init__(self, data: Any, strict: bool | None = None) -> None:
        """
        Convert `data` to this batch's storage.

        Parameters
        ----------
        data:
            One value or many, in any of the accepted input forms; an Arrow array of the exact
            storage type passes through untouched.
        strict:
            Raise on bad input instead of warning (defaults to the global strict mode).

        """
        try:
            self._set(type(self).to_storage(data))
        except Exception as err:  # noqa: BLE001 - bad input is reported, never a crash
            with strict_override(strict):
                report(as_rerun017(err, context=type(self).__name__), type(self).__name__)
            self._set(type(self).to_storage(None))

    def _set(self, storage: Storage) -> None:
        self._data = storage
        self._arrow: pa.Array | None = storage if isinstance(storage, pa.Array) else None

    @classmethod
    def _optional(cls, data: Any) -> BaseBatch | None:
        """`None` for `None`, else a batch of `data` (as Rerun 0.17's batches have it)."""
        return None if data is None else cls(data)

    @classmethod
    def from_storage(cls, storage: Storage) -> BaseBatch:
        """Wrap already converted storage (no checks): used by archetypes after conversion."""
        batch = cls.__new__(cls)
        batch._set(storage)
        return batch

    @classmethod
    def convert(cls, data: Any) -> BaseBatch:
        """`from_storage(to_storage(data))`, written out: archetype constructors call it for every field."""
        batch = cls.__new__(cls)
        storage = cls.to_storage(data)
        batch._data = storage
        batch._arrow = storage if isinstance(storage, pa.Array) else None
        return batch

    @classmethod
    def to_storage(cls, data: Any) -> Storage:
        """Convert user data to storage, raising `TypeError`/`ValueError` on bad input."""
        if type(data) is np.ndarray:  # the common numpy case, first
            storage = cls._CONVERT(data)
            return _unshared(storage, data) if type(storage) is np.ndarray else storage
        if data is None:
            if cls._NUMPY_STORAGE:
                return np.zeros((0,) + cls._numpy_row_shape(), cls._numpy_dtype())
            return T.empty_array(cls._ARROW_TYPE)
        if isinstance(data, BaseBatch):
            if data._ARROW_TYPE != cls._ARROW_TYPE:
                raise TypeError(f"expected {cls._DATATYPE_NAME} data, got a {type(data).__name__}")
            return data._data
        if isinstance(data, pa.ExtensionArray):
            data = data.storage
        if isinstance(data, pa.Array) and data.type == cls._ARROW_TYPE:
            return data
        if isinstance(data, Value) and "_storage" not in data.__dict__:
            data = data._value  # a value that was not valid when made: convert what was given, to say what is wrong with it
        storage = cls._CONVERT(data)
        if type(storage) is np.ndarray:
            if isinstance(data, np.ndarray):
                return _unshared(storage, data)
            if storage.base is not None and not isinstance(data, _INPUTS_NEVER_SHARED):
                # An object lending its memory (`__array__`, the buffer protocol: a DataFrame, a
                # torch tensor, a memoryview): the storage may view the buffer the user refills next.
                return _copied(storage)
        return storage

    @classmethod
    def _numpy_dtype(cls) -> np.dtype:
        type_ = cls._ARROW_TYPE.value_type if pa.types.is_fixed_size_list(cls._ARROW_TYPE) else cls._ARROW_TYPE
        return np.dtype(type_.to_pandas_dtype())

    @classmethod
    def _numpy_row_shape(cls) -> tuple[int, ...]:
        return (cls._ARROW_TYPE.list_size,) if pa.types.is_fixed_size_list(cls._ARROW_TYPE) else ()

    def as_arrow_array(self) -> pa.Array:
        """The batch as an Arrow array of the exact storage type."""
        if self._arrow is None:
            data = self._data
            self._arrow = data.build(data.items) if isinstance(data, Deferred) else T.numpy_to_arrow(data, self._ARROW_TYPE)
        return self._arrow

    def as_numpy(self) -> np.ndarray | None:
        """The numpy storage, for primitive datatypes (None otherwise)."""
        return self._data if isinstance(self._data, np.ndarray) else None

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseBatch):
            return NotImplemented
        same_name = getattr(self, "_COMPONENT_NAME", None) == getattr(other, "_COMPONENT_NAME", None)
        return same_name and self.as_arrow_array().equals(other.as_arrow_array())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        nbytes = storage_nbytes(self._data)
        if nbytes > _REPR_MAX_BYTES:  # an image: its values as Python objects would take seconds, to show 200 characters
            return f"{type(self).__name__}(<{len(self)} value{'s' if len(self) != 1 else ''}, {nbytes:,} bytes>)"
        return f"{type(self).__name__}({self.as_arrow_array().to_pylist()!r:.200})"


@runtime_checkable
class ComponentBatchLike(Protocol):
    """
    Anything `rr.log` accepts as one component batch: a component name and an Arrow array.

    Subclass it for your own components (Rerun's custom-data tutorial does), implementing
    `component_name()` (e.g. `"user.Confidence"`) and `as_arrow_array()`.
    """

    def component_name(self) -> str:
        """The fully qualified component name, e.g. `rerun.components.Position3D`."""
        ...

    def as_arrow_array(self) -> pa.Array:
        """The batch's values as one Arrow array, one element per instance."""
        ...


@runtime_checkable
class AsComponents(Protocol):
    """
    Anything `rr.log` accepts as a bundle of components (every archetype is one).

    Subclass it for your own bundles, implementing `as_component_batches()`, which returns
    `ComponentBatchLike`s (usually an archetype's batches plus your own and an indicator).
    """

    def as_component_batches(self) -> Iterable[ComponentBatchLike]:
        """The component batches to log together in one row."""
        ...


class ComponentBatchMixin:
    """Makes a datatype batch a component batch: a name plus the data."""

    _COMPONENT_NAME: ClassVar[str]

    def component_name(self) -> str:
        """The fully qualified component name, e.g. `rerun.components.Position3D`."""
        return self._COMPONENT_NAME

    def partition(self, lengths: Any = None) -> Any:
        """
        This batch cut into rows for `rr.send_columns`: row ``i`` holds the next ``lengths[i]`` instances.

        `lengths` (integers >= 0 adding up to the batch's length) defaults to one instance per
        row. Lengths that do not add up are reported by `rr.send_columns` (a warning, nothing of
        that call logged); in strict mode this raises `ValueError`. Returns an `rr.ComponentColumn`.
        """
        from .._recording.columns import ComponentColumn

        return ComponentColumn(self, lengths)


class IndicatorComponentBatch:
    """The marker every archetype logs so views know which archetype was logged (one null)."""

    def __init__(self, archetype_name: str) -> None:
        # As Rerun 0.17: `rerun.archetypes.Points3D` -> `rerun.components.Points3DIndicator`, and a
        # user's `user.CustomPoints3D` (Rerun's custom-data tutorial) -> `user.CustomPoints3DIndicator`.
        if "." not in archetype_name:
            archetype_name = f"rerun.archetypes.{archetype_name}"
        self._name = archetype_name.replace("archetypes", "components") + "Indicator"
        # No storage: the batcher makes one null per row of an indicator column (see `_recording.batcher`).
        self._data = None

    def component_name(self) -> str:
        return self._name

    def as_arrow_array(self) -> pa.Array:
        return pa.nulls(1, pa.null())

    def __len__(self) -> int:
        return 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IndicatorComponentBatch) and other._name == self._name

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"IndicatorComponentBatch({self._name!r})"


class NamedBatch:
    """A ready Arrow array under any component name (what `rr.AnyValues` and `log_components` log)."""

    def __init__(self, name: str, array: pa.Array) -> None:
        self._name = name
        self._array = array

    def component_name(self) -> str:
        return self._name

    def as_arrow_array(self) -> pa.Array:
        return self._array

    def __len__(self) -> int:
        return len(self._array)


#: A value class's `_DEFAULT` when its parameter is required (see `tables.Component.default`).
REQUIRED: Any = object()


def ensure_valid(value: Any) -> Any:
    """`value`, or the error its constructor met (see `checked_when_logged`): call before keeping a value to encode later."""
    problem = getattr(value, "__dict__", {}).get("_rerun_invalid")
    if problem is not None:
        raise rewrapped(problem, str(problem))  # the words strict mode raises at once
    return value


def checked_when_logged(cls: type) -> type:
    """
    Class decorator for hand-written value classes (`Quaternion`, `Mat3x3`, ...): as in Rerun 0.17,
    bad input does not raise where the value is made (outside strict mode) but where it is logged.

    The constructor's error is kept; converting the value later (reading any of its private
    attributes, which the constructor did not set) raises it again, so `rr.log` reports it at
    the user's call, with the component batch named, and drops that data.
    """
    init = cls.__init__  # type: ignore[misc]

    @functools.wraps(init)
    def lenient_init(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            init(self, *args, **kwargs)
        except (TypeError, ValueError) as err:
            # Raised while binding the arguments (no frame of `init` ran): the call itself is wrong.
            binding = err.__traceback__ is not None and err.__traceback__.tb_next is None
            if binding or strict_mode():
                raise
            object.__setattr__(self, "_rerun_invalid", err)

    def __getattr__(self: Any, name: str) -> Any:
        if not name.startswith("__"):
            ensure_valid(self)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    cls.__init__ = lenient_init  # type: ignore[misc]
    cls.__getattr__ = __getattr__  # type: ignore[attr-defined]
    return cls


class Value:
    """One value of a datatype (e.g. `Vec3D([1, 2, 3])`, `Color(0xFF0000FF)`, `Radius(0.5)`)."""

    _BATCH: ClassVar[type[BaseBatch]]
    _FIELD: ClassVar[str] = "value"
    _DEFAULT: ClassVar[Any] = REQUIRED

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        name = type(self).__name__
        if len(args) + len(kwargs) > 1 or (kwargs and self._FIELD not in kwargs):
            raise TypeError(f"{name} takes one value, {name}({self._FIELD})")
        if args:
            data = args[0]
        elif kwargs:
            data = kwargs[self._FIELD]
        else:
            data = self._DEFAULT
            if data is REQUIRED:
                raise TypeError(f"{name} takes one value, {name}({self._FIELD})")
        try:
            storage = self._BATCH.to_storage(data)
            if len(storage) != 1:
                raise ValueError(f"{name} takes exactly one value, got {len(storage)}")
        except (TypeError, ValueError):
            if strict_mode():
                raise
            # As in Rerun 0.17, a value is checked where it is logged (and reported and dropped
            # there), not where it is made: keep what was given.
            object.__setattr__(self, self._FIELD, data)
            return
        object.__setattr__(self, "_storage", storage)
        value = storage[0]
        if isinstance(value, pa.Scalar):
            value = value.as_py()
        elif isinstance(value, np.generic):
            value = value.item()
        object.__setattr__(self, self._FIELD, value)

    @property
    def _value(self) -> Any:
        return getattr(self, self._FIELD)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return np.asarray(self._value, dtype=dtype)

    def __float__(self) -> float:
        return float(self._value)

    def __int__(self) -> int:
        return int(self._value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(np.array_equal(np.asarray(self._value), np.asarray(other._value)))  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        value = self._value
        shown = value.tolist() if isinstance(value, np.ndarray) else value
        return f"{type(self).__name__}({self._FIELD}={shown!r})"
