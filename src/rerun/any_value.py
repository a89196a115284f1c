"""`rr.AnyValues`: log arbitrary user-defined components by name, as Rerun 0.17 does."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from ._datamodel.batch import AsComponents, ComponentBatchLike
from ._datamodel.copies import protective_copy
from ._datamodel.errors import catch_and_log_exceptions

#: Component name -> (numpy dtype, Arrow type) of the first values logged under that name, so later
#: values (and `None`, an empty batch) are converted to the same type (Rerun 0.17 keeps the same registry).
ANY_VALUE_TYPE_REGISTRY: dict[str, Any] = {}


def _unshared(given: Any, values: np.ndarray) -> np.ndarray:
    """
    `values`, copied if it is (a view of) the caller's array: a user refills a buffer after
    logging it, and what was logged must not change (Arrow takes numeric numpy arrays without
    copying). Large arrays are copied as the archetypes copy theirs (`protective_copy`).
    """
    if isinstance(given, np.ndarray) and np.may_share_memory(values, given):
        return protective_copy(values)
    return values


class AnyBatchValue(ComponentBatchLike):
    """
    One user-defined component batch: a name and values converted to Arrow.

    Values with `as_arrow_array()` (every Rerun batch) are used as they are, Arrow arrays copied;
    anything else goes through `numpy.atleast_1d(numpy.asarray(value))` and `pyarrow.array`, so a
    single value becomes a batch of one. The first type logged under a name is kept for it: later
    values are converted to it, and `None` then logs an empty batch of that type.

    Parameters
    ----------
    name:
        The component name, e.g. `"confidence"`.
    value:
        The values (one or many).
    drop_untyped_nones:
        When `value` is None and no type is known for `name`: drop it silently (True) or warn (False).

    """

    def __init__(self, name: str, value: Any, drop_untyped_nones: bool = True) -> None:
        self.name = name
        self.pa_array: pa.Array | None = None
        known = ANY_VALUE_TYPE_REGISTRY.get(name)
        with catch_and_log_exceptions(f"Converting data for '{name}'"):
            if isinstance(value, pa.Array):
                # Copied: an Arrow array made from a numpy array shares its memory, and a buffer the
                # user refills after logging must change neither what was logged nor the frame
                # written later (whose checksum is taken when it is encoded).
                self.pa_array = pa.concat_arrays([value])
            elif hasattr(value, "as_arrow_array"):
                self.pa_array = value.as_arrow_array()
            elif known is not None:
                np_type, pa_type = known
                # A string name keeps Arrow's string type, not numpy's width of its first value
                # (which would cut "mono8" to "mono" after "nv21").
                values = _unshared(value, np.atleast_1d(np.asarray([] if value is None else value, dtype=object if np_type.kind in "US" else np_type)))
                self.pa_array = pa.array(values, type=pa_type)
            elif value is None:
                if not drop_untyped_nones:
                    raise ValueError("Cannot convert None to arrow array. Type is unknown.")
            else:
                try:
                    values = _unshared(value, np.atleast_1d(np.asarray(value)))
                    self.pa_array = pa.array(values)
                except (TypeError, ValueError, pa.ArrowException) as err:
                    raise TypeError(f"cannot convert {type(value).__name__} to Arrow ({err})") from err
                ANY_VALUE_TYPE_REGISTRY[name] = (values.dtype, self.pa_array.type)
            self._match_rerun_component()

    def _match_rerun_component(self) -> None:
        """
        Values under one of Rerun's own component names (`rerun.components.Radius`) take that
        component's Arrow type: the viewer and every reader (ours included, which skips a chunk
        with a mistyped Rerun component as damaged) expect it. Values that cannot be cast are
        left out with a warning rather than written in a form that would cost the whole row.
        """
        from ._rrd.validate import _component_types

        expected = _component_types().get(self.name)
        if self.pa_array is None or expected is None or self.pa_array.type.equals(expected):
            return
        given, self.pa_array = self.pa_array, None
        found = given.type
        try:
            self.pa_array = given.cast(expected)
        except (pa.ArrowException, TypeError, ValueError) as err:
            raise TypeError(f"'{self.name}' is Rerun's component of {expected}; {found} values do not convert to it ({err})") from None

    def is_valid(self) -> bool:
        """Whether the values could be converted (otherwise a warning said why)."""
        return self.pa_array is not None

    def component_name(self) -> str:
        return self.name

    def as_arrow_array(self) -> pa.Array | None:  # type: ignore[override]
        return self.pa_array

    def __len__(self) -> int:
        return 0 if self.pa_array is None else len(self.pa_array)


class AnyValues(AsComponents):
    """
    Log arbitrary user-defined components: `rr.log("path", rr.AnyValues(confidence=[0.1, 0.9]))`.

    Each keyword becomes a component of that name (see `AnyBatchValue` for the conversion);
    values that cannot be converted are left out with a warning, the others are logged. Numpy
    and Arrow arrays are copied, so a buffer refilled after `rr.log` does not change what was
    logged (an Arrow array made from a numpy array without copying shares its memory).

    Parameters
    ----------
    drop_untyped_nones:
        Skip keywords whose value is None (and whose type is not known yet) instead of warning.
    **kwargs:
        Component name to values.

    """

    def __init__(self, drop_untyped_nones: bool = True, **kwargs: Any) -> None:
        self.component_batches = []
        for name, value in kwargs.items():
            batch = AnyBatchValue(name, value, drop_untyped_nones=drop_untyped_nones)
            if batch.is_valid():
                self.component_batches.append(batch)

    def as_component_batches(self) -> list[AnyBatchValue]:  # type: ignore[override]
        return list(self.component_batches)


__all__ = [
    "ANY_VALUE_TYPE_REGISTRY",
    "AnyBatchValue",
    "AnyValues",
    "AsComponents",
    "ComponentBatchLike",
    "catch_and_log_exceptions",
]
