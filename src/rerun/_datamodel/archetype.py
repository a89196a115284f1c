"""The archetype base class and the table-driven constructor all archetypes share."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, ClassVar

from .batch import IndicatorComponentBatch
from .classes import COMPONENTS_NS
from .errors import report


@dataclass(frozen=True)
class Field:
    """One archetype field: the parameter name, its component, and how it is checked."""

    name: str
    component: str
    doc: str
    required: bool = False
    #: Per-instance field: must have 1 value (applied to all) or one per instance of the primary field.
    per_instance: bool = False


class Archetype:
    """
    A bundle of components logged together (e.g. `Points3D`: positions, radii, colors, ...).

    Follows Rerun 0.17's `AsComponents` protocol: `as_component_batches()` returns the
    indicator batch followed by one batch per field that was given.
    """

    _NAME: ClassVar[str]
    _FIELDS: ClassVar[tuple[Field, ...]] = ()

    def __init__(self, **fields: Any) -> None:
        self._init_fields(**fields)

    # -- construction ----------------------------------------------------------------------

    def _init_fields(self, **given: Any) -> None:
        """Convert every field (raising with the field's name on bad input) and check lengths."""
        batches: dict[str, Any] = {}
        for f in self._FIELDS:
            value = given.pop(f.name, None)
            if value is None:
                if f.required:
                    raise ValueError(f"{f.name} is required")
                continue
            batch_cls = COMPONENTS_NS[f"{f.component}Batch"]
            try:
                batches[f.name] = batch_cls.from_storage(batch_cls.to_storage(value))
            except (TypeError, ValueError) as err:
                raise type(err)(f"{f.name}: {err}") from err
        if given:
            raise TypeError(f"unexpected argument(s) {', '.join(sorted(given))}")
        self._check_lengths(batches)
        for f in self._FIELDS:
            object.__setattr__(self, f.name, batches.get(f.name))

    def _check_lengths(self, batches: dict[str, Any]) -> None:
        primary = next((f for f in self._FIELDS if f.required), None)
        if primary is None or primary.name not in batches:
            return
        n = len(batches[primary.name])
        for f in self._FIELDS:
            batch = batches.get(f.name)
            if f.per_instance and batch is not None and len(batch) not in (0, 1, n):
                raise ValueError(
                    f"{f.name}: expected 1 value (used for all) or {n} (one per {primary.name} entry), "
                    f"got {len(batch)}"
                )

    def _construct(self, prepare: Callable[..., dict[str, Any]] | None = None, **arguments: Any) -> None:
        """
        Build the fields from the constructor's arguments; on bad input warn (or raise in strict
        mode) and become empty, so that `rr.log` drops it.

        `prepare` turns a hand-written constructor's arguments into field values (e.g. a box's
        `mins` and `sizes` into `half_sizes` and `centers`).
        """
        try:
            self._init_fields(**(prepare(**arguments) if prepare else arguments))
        except Exception as err:  # noqa: BLE001 - bad input never crashes the user's program
            self._invalidate()
            report(err, f"rr.{type(self).__name__}")

    def _invalidate(self) -> None:
        for f in self._FIELDS:
            object.__setattr__(self, f.name, None)
        object.__setattr__(self, "_invalid", True)

    # -- protocol --------------------------------------------------------------------------

    @property
    def is_valid(self) -> bool:
        """False when construction failed (the data was reported and is not logged)."""
        return not getattr(self, "_invalid", False)

    @classmethod
    def indicator(cls) -> IndicatorComponentBatch:
        """The indicator batch that marks this archetype in the store."""
        return IndicatorComponentBatch(cls._NAME)

    def as_component_batches(self) -> list[Any]:
        """The indicator, then one batch per field that was given, in declaration order."""
        out: list[Any] = [self.indicator()]
        for f in self._FIELDS:
            batch = getattr(self, f.name, None)
            if batch is not None:
                out.append(batch)
        return out

    def num_instances(self) -> int:
        primary = next((f for f in self._FIELDS if f.required), None)
        batch = getattr(self, primary.name, None) if primary else None
        return len(batch) if batch is not None else 0

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f.name, None) == getattr(other, f.name, None) for f in self._FIELDS)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        given = [f"{f.name}={getattr(self, f.name)!r}" for f in self._FIELDS if getattr(self, f.name, None) is not None]
        return f"rr.{type(self).__name__}({', '.join(given)})"


def make_archetype(
    name: str, doc: str, fields: list[Field], positional: tuple[str, ...] = (), base: type = Archetype
) -> type:
    """
    Make an archetype class whose constructor takes exactly its fields.

    `positional` names the fields that may be given positionally (as in Rerun's signatures);
    the rest are keyword-only. The docstring lists the parameters from the field docs.
    """
    params = [
        inspect.Parameter(
            f.name,
            inspect.Parameter.POSITIONAL_OR_KEYWORD if f.name in positional else inspect.Parameter.KEYWORD_ONLY,
            default=inspect.Parameter.empty if (f.required and f.name in positional) else None,
        )
        for f in fields
    ]
    params.sort(key=lambda p: p.kind)
    signature = inspect.Signature([inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY), *params])

    def __init__(self: Archetype, *args: Any, **kwargs: Any) -> None:
        try:
            bound = signature.bind(self, *args, **kwargs)
        except TypeError as err:
            self._invalidate()
            report(err, f"rr.{name}")
            return
        values = dict(bound.arguments)
        values.pop("self")
        self._construct(**values)

    __init__.__signature__ = signature  # type: ignore[attr-defined]
    __init__.__doc__ = f"Create a new instance of the {name} archetype."
    param_doc = "\n".join(f"{f.name}:\n    {f.doc}" for f in fields)
    attrs = {
        "__init__": __init__,
        "__doc__": f"{doc}\n\nParameters\n----------\n{param_doc}\n",
        "__module__": "rerun.archetypes",
        "_NAME": f"rerun.archetypes.{name}",
        "_FIELDS": tuple(fields),
    }
    return type(name, (base,), attrs)
