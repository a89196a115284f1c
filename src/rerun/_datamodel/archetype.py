"""The archetype base class and the table-driven constructor all archetypes share."""

from __future__ import annotations

import functools
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from .batch import IndicatorComponentBatch, storage_nbytes
from .classes import COMPONENTS_NS
from .errors import as_rerun017, report, rewrapped

_BATCH_CLASSES = {name[: -len("Batch")]: cls for name, cls in COMPONENTS_NS.items() if name.endswith("Batch")}


#: The batch Rerun 0.17 names in its warning where that is not the field's component: a line
#: strip's points are converted, and reported, by the batch of its vectors.
_RERUN017_BATCH = {"LineStrip2D": "Vec2DBatch", "LineStrip3D": "Vec3DBatch"}


def field_error(err: Exception, field: str, component: str) -> Exception:
    """A field's conversion error: says which parameter, and which batch 0.17 would name."""
    short = component.rsplit(".", 1)[-1]
    return as_rerun017(rewrapped(err, f"{field}: {err}"), context=_RERUN017_BATCH.get(short, f"{short}Batch"))


@dataclass(frozen=True)
class Field:
    """One archetype field: the parameter name, its component, and how it is checked."""

    name: str
    component: str
    doc: str
    required: bool = False
    #: Per-instance field: one value per instance of the primary field, or one for all. Other
    #: lengths are logged as given, as Rerun 0.17 does (views repeat the last value).
    per_instance: bool = False
    #: `(other field, value)`: when the other field is given and this one is not, this one is `value`
    #: (as Rerun 0.17 gives keypoints class id 0).
    implied: tuple[str, Any] | None = None


class Archetype:
    """
    A bundle of components logged together (e.g. `Points3D`: positions, radii, colors, ...).

    Follows Rerun 0.17's `AsComponents` protocol: `as_component_batches()` returns the
    indicator batch followed by one batch per field that was given.
    """

    _NAME: ClassVar[str]
    _FIELDS: ClassVar[tuple[Field, ...]] = ()
    #: `(field name, component name)` per field, in declaration order (made from `_FIELDS`).
    _FIELD_COMPONENTS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: The indicator batch of this archetype (made when a class sets `_NAME`).
    _INDICATOR: ClassVar[IndicatorComponentBatch]
    #: The class gives its own `as_component_batches` (a user's subclass adding batches of its
    #: own): `rr.log` logs what it returns, as Rerun 0.17 does, not the fields' `row_parts`.
    _OWN_BATCHES: ClassVar[bool] = False
    #: Field name -> its component's batch class (made from `_FIELDS`).
    _FIELD_BATCHES: ClassVar[dict[str, Any]] = {}

    def __init__(self, **fields: Any) -> None:
        self._init_fields(**fields)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_NAME" in cls.__dict__:  # made once per archetype: `rr.log` reads it for every row
            cls._INDICATOR = IndicatorComponentBatch(cls._NAME)
            if "row_parts" not in cls.__dict__:
                # A subclass naming an archetype of its own: the generated `row_parts` it would
                # inherit shares its names (the indicator's among them) with its base class.
                cls.row_parts = Archetype.row_parts  # type: ignore[method-assign]
        if "as_component_batches" in cls.__dict__:
            cls._OWN_BATCHES = True
        init = cls.__dict__.get("__init__")
        if init is not None and not getattr(init, "_reports_bad_arguments", False):
            cls.__init__ = _reporting_bad_arguments(init)  # type: ignore[method-assign]

    def __setattr__(self, name: str, value: Any) -> None:
        """
        Assigning a field converts the value to its batch, as Rerun 0.17's archetypes do
        (`points.radii = 0.5` holds a `RadiusBatch`; None removes the field). On bad input the
        field keeps its value and a warning names what was wrong (strict mode: `ValueError` or
        `TypeError`).
        """
        batch_class = self._FIELD_BATCHES.get(name)
        if batch_class is not None and value is not None:
            try:
                value = batch_class.convert(value)
            except (TypeError, ValueError) as err:
                component = batch_class.__name__[: -len("Batch")]
                report(field_error(err, name, component), f"rr.{type(self).__name__}.{name} = ...")
                return
        object.__setattr__(self, name, value)

    # -- construction ----------------------------------------------------------------------

    def _init_fields(self, **given: Any) -> None:
        """
        Convert every field (raising with the field's name on bad input) and check lengths.

        Each class made by `make_archetype` replaces this with code generated from its fields
        (see `_init_fields_source`); this generic version is the reference for what that code does.
        """
        batches: dict[str, Any] = {}
        for f in self._FIELDS:
            value = given.pop(f.name, None)
            if value is None:
                if f.required:
                    raise ValueError(f"{f.name} is required")
                continue
            try:
                batches[f.name] = _BATCH_CLASSES[f.component].convert(value)
            except (TypeError, ValueError) as err:
                raise field_error(err, f.name, f.component) from err
        if given:
            raise TypeError(f"unexpected argument(s) {', '.join(sorted(given))}")
        for f in self._FIELDS:
            object.__setattr__(self, f.name, batches.get(f.name))

    def _construct(self, prepare: Callable[..., dict[str, Any]] | None = None, *positional: Any, **arguments: Any) -> None:
        """
        Build the fields from the constructor's arguments; on bad input warn (or raise in strict
        mode) and become empty, so that `rr.log` drops it.

        `prepare` turns a hand-written constructor's arguments (`positional` and `arguments`) into
        field values (e.g. a box's `mins` and `sizes` into `half_sizes` and `centers`).
        """
        try:
            self._init_fields(**(prepare(*positional, **arguments) if prepare else arguments))
        except Exception as err:  # noqa: BLE001 - bad input never crashes the user's program
            self._invalidate()
            report(as_rerun017(err, context=type(self).__name__), f"rr.{type(self).__name__}")

    def _reject_arguments(self, extra_args: tuple[Any, ...], unknown: dict[str, Any]) -> None:
        self._invalidate()
        problems = []
        if extra_args:
            problems.append(f"{len(extra_args)} unexpected positional argument(s)")
        if unknown:
            problems.append(f"unexpected argument(s) {', '.join(sorted(unknown))}")
        report(TypeError("; ".join(problems)), f"rr.{type(self).__name__}")

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
        """The indicator batch that marks this archetype in the store (one per class)."""
        return cls._INDICATOR

    def as_component_batches(self) -> list[Any]:
        """The indicator, then one batch per field that was given, in declaration order."""
        out: list[Any] = [self._INDICATOR]
        fields = self.__dict__
        for f in self._FIELDS:
            batch = fields.get(f.name)
            if batch is not None:
                out.append(batch)
        return out

    def row_parts(self) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[Any, ...], int]:
        """
        The batches of `as_component_batches()` as three tuples: their component names, storages
        and Arrow types (None and None for the indicator), and the storages' estimated size
        (`storage_nbytes`); empty when construction failed. Plain values, which the batcher keeps
        for a row instead of the batch objects (see `rerun._recording.batcher.PendingRow`), made
        without asking each batch its name. `make_archetype` writes this loop out per class.
        """
        fields = self.__dict__
        if "_invalid" in fields:
            return (), (), (), 0
        names = [self._INDICATOR._name]
        storages: list[Any] = [None]
        arrow_types: list[Any] = [None]
        for name, component in self._FIELD_COMPONENTS:
            batch = fields.get(name)
            if batch is not None:
                names.append(component)
                storages.append(batch._data)
                arrow_types.append(batch._ARROW_TYPE)
        return tuple(names), tuple(storages), tuple(arrow_types), sum(map(storage_nbytes, storages))

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


def _reporting_bad_arguments(init: Callable[..., None]) -> Callable[..., None]:
    """
    Wrap a hand-written constructor so that missing, unknown or too many arguments are reported
    like other bad input (a warning, or an error in strict mode) instead of always raising.
    """

    @functools.wraps(init)
    def checked(self: Archetype, *args: Any, **kwargs: Any) -> None:
        try:
            init(self, *args, **kwargs)
        except TypeError as err:
            # Raised while binding the arguments (no frame of `init` ran): the call itself is wrong.
            if err.__traceback__ is None or err.__traceback__.tb_next is not None:
                raise
            self._invalidate()
            report(TypeError(str(err)), f"rr.{type(self).__name__}")

    checked._reports_bad_arguments = True  # type: ignore[attr-defined]
    return checked


def _init_fields_source(fields: list[Field]) -> list[str]:
    """
    The body of a class's `_init_fields`, generated from its fields: the generic loop of
    `Archetype._init_fields` written out, so that logging a one-field archetype such as
    `rr.Scalar(x)` in a tight loop costs one conversion and no loop over the table.
    Field `f` is converted by `_convert_f` (its batch class's `convert`).
    """
    lines = []
    for f in fields:
        convert = [
            "try:",
            f"    {f.name} = _convert_{f.name}({f.name})",
            "except (TypeError, ValueError) as err:",
            f"    raise _field_error(err, {f.name!r}, {f.component!r}) from err",
        ]
        if f.required:
            lines += [f"if {f.name} is None:", f"    raise ValueError('{f.name} is required')", *convert]
        else:
            lines += [f"if {f.name} is not None:", *("    " + line for line in convert)]
    lines += ["if _unknown:", "    raise TypeError(f\"unexpected argument(s) {', '.join(sorted(_unknown))}\")"]
    # Straight into the instance's dict: `Archetype.__setattr__` converts a user's assignment,
    # and these values are converted already.
    lines += ["_fields = self.__dict__"] + [f"_fields[{f.name!r}] = {f.name}" for f in fields]
    return lines


def _row_parts_source(fields: list[Field]) -> str:
    """
    `Archetype.row_parts` written out for these fields (no loop over the table, no dict lookup
    per absent field, the size summed as it goes): it runs for every `rr.log` of an archetype.
    Field `f`'s Arrow type is `_arrow_type_f`; the indicator's size counts 64 as in
    `storage_nbytes(None)`.

    The names and Arrow types depend only on which fields are set: both tuples are made once
    per such set (`_names_and_types[present]`, `present` one bit per field) and shared by every
    row, which then holds fewer objects while it waits in the batcher. A batch of another type
    than its field's (assigned by hand) takes the general loop.
    """
    lines = [
        "def row_parts(self):",
        "    fields = self.__dict__",
        "    if '_invalid' in fields:",
        "        return (), (), (), 0",
        "    storages = [None]",
        "    nbytes = 64",
        "    present = 0",
    ]
    for bit, f in enumerate(fields):
        lines += [
            f"    batch = fields.get({f.name!r})",
            "    if batch is not None:",
            f"        if batch._ARROW_TYPE is not _arrow_type_{f.name}:",
            "            return _general_row_parts(self)",
            f"        present |= {1 << bit}",
            "        storage = batch._data",
            "        storages.append(storage)",
            "        nbytes += storage.nbytes if type(storage) is _ndarray else _storage_nbytes(storage)",
        ]
    lines += [
        "    names_and_types = _names_and_types.get(present)",
        "    if names_and_types is None:",
        "        names_and_types = _names_and_types[present] = _names_and_types_of(self, present)",
        "    return names_and_types[0], tuple(storages), names_and_types[1], nbytes",
    ]
    return "\n".join(lines) + "\n"


def _names_and_types_of(archetype: Archetype, present: int) -> tuple[tuple[str | None, ...], tuple[Any, ...]]:
    """The component names and Arrow types of `row_parts` for the fields whose bits are set in `present`."""
    names: list[Any] = [archetype._INDICATOR._name]
    arrow_types: list[Any] = [None]
    for bit, (f, component) in enumerate(zip(archetype._FIELDS, archetype._FIELD_COMPONENTS)):
        if present & (1 << bit):
            names.append(component[1])
            arrow_types.append(_BATCH_CLASSES[f.component]._ARROW_TYPE)
    return tuple(names), tuple(arrow_types)


def make_archetype(
    name: str, doc: str, fields: list[Field], positional: tuple[str, ...] = (), base: type = Archetype
) -> type:
    """
    Make an archetype class whose constructor takes exactly its fields.

    `positional` names the fields that may be given positionally (as in Rerun's signatures);
    the rest are keyword-only. The constructor is generated as Python source from the fields
    (so calling it costs no more than a hand-written one), and its docstring lists the
    parameters from the field docs. Arguments that are missing, unknown or too many are
    reported like any other bad input instead of raising a bare `TypeError`.
    """
    leading = [f.name for f in fields if f.name in positional]
    keyword = [f.name for f in fields if f.name not in positional]
    params = ", ".join(
        [f"{n}=None" for n in leading] + ["*_extra_args"] + [f"{n}=None" for n in keyword] + ["**_unknown"]
    )
    implied = "".join(
        f"    if {f.name} is None and {f.implied[0]} is not None:\n        {f.name} = {f.implied[1]!r}\n"
        for f in fields
        if f.implied is not None
    )
    body = "\n".join(_init_fields_source(fields))
    # `__init__` converts the fields itself (the body of `_init_fields` again) rather than call
    # `_construct`: a call with keyword arguments costs as much as converting a scalar.
    source = (
        f"def __init__(self, {params}):\n"
        f"    if _extra_args or _unknown:\n"
        f"        self._reject_arguments(_extra_args, _unknown)\n"
        f"        return\n"
        f"{implied}"
        f"    try:\n"
        f"{textwrap.indent(body, '        ')}\n"
        f"    except Exception as err:  # bad input never crashes the user's program\n"
        f"        self._invalidate()\n"
        f"        _report(_as_rerun017(err, context={name!r}), 'rr.{name}')\n"
        f"\n"
        f"def _init_fields(self, {', '.join(f'{f.name}=None' for f in fields)}, **_unknown):\n"
        f"{textwrap.indent(body, '    ')}\n"
        f"\n"
        f"{_row_parts_source(fields)}"
    )
    namespace: dict[str, Any] = {
        "_report": report,
        "_field_error": field_error,
        "_as_rerun017": as_rerun017,
        **{f"_convert_{f.name}": _BATCH_CLASSES[f.component].convert for f in fields},
        **{f"_arrow_type_{f.name}": _BATCH_CLASSES[f.component]._ARROW_TYPE for f in fields},
        "_ndarray": np.ndarray,
        "_storage_nbytes": storage_nbytes,
        "_names_and_types": {},
        "_names_and_types_of": _names_and_types_of,
        "_general_row_parts": Archetype.row_parts,
    }
    exec(compile(source, f"<rerun.archetypes.{name}.__init__>", "exec"), namespace)  # noqa: S102 - generated from the table
    init = namespace["__init__"]
    init._reports_bad_arguments = True  # it takes any arguments and reports the wrong ones itself
    init.__signature__ = inspect.Signature(  # what help() shows: the clean signature
        [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)]
        + [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None) for n in leading]
        + [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=None) for n in keyword]
    )
    init.__doc__ = f"Create a new instance of the {name} archetype."
    param_doc = "\n".join(f"{f.name}:\n    {f.doc}" for f in fields)
    attrs = {
        "__init__": init,
        "__doc__": f"{doc}\n\nParameters\n----------\n{param_doc}\n",
        "__module__": "rerun.archetypes",
        "_NAME": f"rerun.archetypes.{name}",
        "_FIELDS": tuple(fields),
        "_init_fields": namespace["_init_fields"],
        "row_parts": namespace["row_parts"],
        "_FIELD_COMPONENTS": tuple((f.name, _BATCH_CLASSES[f.component]._COMPONENT_NAME) for f in fields),
        "_FIELD_BATCHES": {f.name: _BATCH_CLASSES[f.component] for f in fields},
    }
    return type(name, (base,), attrs)
