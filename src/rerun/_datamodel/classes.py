"""Makes the public datatype and component classes from the tables in `tables.py`.

For a datatype `Vec3D` this makes `Vec3DBatch` (many values) and `Vec3D` (one value, unless the
datatype has a hand-written value class); for a component `Position3D` on `Vec3D` it makes
`Position3DBatch` (a `Vec3DBatch` with the component name) and `Position3D`.
"""

from __future__ import annotations

import enum
import inspect
from typing import Any, ClassVar

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .batch import BaseBatch, ComponentBatchMixin, Value, _is_numpy_storage
from .tables import COMPONENT_ONLY_DATATYPES, COMPONENTS, DATATYPES, REQUIRED, Datatype

# Enum datatypes: their variants are the union's children after `_null_markers`.
ENUM_VARIANTS = {
    d.name: [d.arrow.field(i).name for i in range(1, d.arrow.num_fields)] for d in DATATYPES if d.value == "enum"
}


class RerunEnum(enum.Enum):
    """An enum whose members can also be given as case-insensitive names ("viridis", "MinMax")."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            key = value.lower().replace("_", "")
            for member in cls:
                if member.name.lower() == key:
                    return member
        return None

    def __str__(self) -> str:
        return self.name


def _make_enum(name: str) -> type[enum.Enum]:
    members = {variant: i + 1 for i, variant in enumerate(ENUM_VARIANTS[name])}
    return RerunEnum(name, members, module="rerun.components")  # type: ignore[call-arg,return-value]


def _make_batch(d: Datatype) -> type[BaseBatch]:
    attrs = {
        "_ARROW_TYPE": d.arrow,
        "_DATATYPE_NAME": f"rerun.datatypes.{d.name}",
        "_CONVERT": staticmethod(d.convert),
        "_NUMPY_STORAGE": _is_numpy_storage(d.arrow),
        "__slots__": (),
        "__doc__": f"A batch of `{d.name}` values.",
        "__module__": "rerun.datatypes",
    }
    return type(f"{d.name}Batch", (BaseBatch,), attrs)


def _value_class(
    name: str, bases: tuple[type, ...], batch: type[BaseBatch], field: str, module: str, default: Any = REQUIRED
) -> type:
    parameter = inspect.Parameter(
        field, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=inspect.Parameter.empty if default is REQUIRED else default
    )
    attrs = {
        "_BATCH": batch,
        "_FIELD": field,
        "_DEFAULT": default,
        "__module__": module,
        "__doc__": bases[0].__doc__,
        "__signature__": inspect.Signature([parameter]),  # Rerun 0.17's parameter name, e.g. `Vec3D(xyz)`
    }
    return type(name, bases, attrs)


def _extension_type(name: str, storage: pa.DataType, qualified_name: str, module: str) -> type:
    """Rerun 0.17's `<Name>Type`: the Arrow extension type of a datatype or component."""

    def __init__(self: pa.ExtensionType) -> None:
        pa.ExtensionType.__init__(self, storage, qualified_name)

    def __arrow_ext_serialize__(self: pa.ExtensionType) -> bytes:
        return b""

    @classmethod  # type: ignore[misc]
    def __arrow_ext_deserialize__(cls: type, storage_type: pa.DataType, serialized: bytes) -> Any:
        return cls()

    return type(
        f"{name}Type",
        (pa.ExtensionType,),
        {
            "__init__": __init__,
            "__arrow_ext_serialize__": __arrow_ext_serialize__,
            "__arrow_ext_deserialize__": __arrow_ext_deserialize__,
            "__module__": module,
            "__doc__": f"The Arrow extension type `{qualified_name}` (storage: `{storage}`).",
        },
    )


class _Utf8Value(Value):
    """One text value."""

    def __str__(self) -> str:
        return str(self._value)


class _BoolValue(Value):
    """One boolean value (`ClearIsRecursive(False)` is falsy, as in Rerun 0.17)."""

    def __bool__(self) -> bool:
        return bool(self._value)


class ComponentValueMixin:
    """
    Makes one component value a component batch of one, as in Rerun 0.17:
    `rr.log("s", rr.Scalar(1.0), [rr.components.Color([255, 0, 0])])` logs the color.
    """

    _BATCH: ClassVar[type[BaseBatch]]

    def component_name(self) -> str:
        """The fully qualified component name, e.g. `rerun.components.Color`."""
        return self._BATCH._COMPONENT_NAME  # type: ignore[attr-defined, no-any-return]

    def as_arrow_array(self) -> pa.Array:
        """This value as an Arrow array of one element."""
        storage = self.__dict__.get("_storage")
        batch = self._BATCH.from_storage(storage) if storage is not None else self._BATCH.convert(self)
        return batch.as_arrow_array()


def build() -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the (datatypes, components) namespaces: class name -> class."""
    datatypes: dict[str, Any] = {}
    components: dict[str, Any] = {}
    batches: dict[str, type[BaseBatch]] = {}
    values: dict[str, Any] = {}
    enums = {name: _make_enum(name) for name in ENUM_VARIANTS}

    for d in DATATYPES:
        batch = _make_batch(d)
        batches[d.name] = batch
        if d.value == "enum":
            value: Any = enums[d.name]
        elif isinstance(d.value, str):
            base = _Utf8Value if d.arrow == T.UTF8 else _BoolValue if d.arrow == T.BOOL else Value
            value = _value_class(d.name, (base,), batch, d.value, "rerun.datatypes")
        else:
            value = d.value
        values[d.name] = value
        if d.name not in COMPONENT_ONLY_DATATYPES:
            datatypes[f"{d.name}Batch"] = batch
            datatypes[d.name] = value
            datatypes[f"{d.name}Type"] = _extension_type(d.name, d.arrow, f"rerun.datatypes.{d.name}", "rerun.datatypes")

    for c in COMPONENTS:
        dt_batch = batches[c.datatype]
        batch = type(
            f"{c.name}Batch",
            (dt_batch, ComponentBatchMixin),
            {
                "_COMPONENT_NAME": f"rerun.components.{c.name}",
                "__slots__": (),
                "__module__": "rerun.components",
                "__doc__": f"A batch of `{c.name}` components: {c.doc}",
            },
        )
        dt_value = values[c.datatype]
        if isinstance(dt_value, type) and issubclass(dt_value, enum.Enum):
            component_value: Any = dt_value
        elif isinstance(dt_value, type) and issubclass(dt_value, Value):
            bases = (dt_value, ComponentValueMixin)
            component_value = _value_class(c.name, bases, batch, c.field or dt_value._FIELD, "rerun.components", c.default)
            component_value.__doc__ = c.doc
        else:
            attrs = {"_BATCH": batch, "__module__": "rerun.components", "__doc__": c.doc}
            component_value = type(c.name, (dt_value, ComponentValueMixin), attrs)
        components[c.name] = component_value
        components[f"{c.name}Batch"] = batch
        components[f"{c.name}Type"] = _extension_type(c.name, batch._ARROW_TYPE, f"rerun.components.{c.name}", "rerun.components")

    _add_extras(components)
    return datatypes, components


def _add_extras(components: dict[str, Any]) -> None:
    """Constructors and constants some components have in Rerun 0.17."""
    radius_batch = components["RadiusBatch"]

    def ui_points(radii: Any) -> BaseBatch:
        """Radii in UI points (independent of zoom): stored negated, as Rerun does."""
        return radius_batch.from_storage(-np.abs(radius_batch.to_storage(radii)))

    def scene_units(radii: Any) -> BaseBatch:
        """Radii in scene units (the default for positive values)."""
        return radius_batch.from_storage(np.abs(radius_batch.to_storage(radii)))

    components["Radius"].ui_points = staticmethod(ui_points)
    components["Radius"].scene_units = staticmethod(scene_units)

    media = components["MediaType"]
    for name, mime in {
        "TEXT": "text/plain",
        "MARKDOWN": "text/markdown",
        "GLB": "model/gltf-binary",
        "GLTF": "model/gltf+json",
        "OBJ": "model/obj",
        "STL": "model/stl",
        "JPEG": "image/jpeg",
        "PNG": "image/png",
    }.items():
        setattr(media, name, media(mime))

    level = components["TextLogLevel"]
    for name in ("CRITICAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"):
        setattr(level, name, level(name))

    view_coordinates = components["ViewCoordinates"]
    # Rerun 0.17's names of the direction codes: `ViewCoordinates.ViewDir.Up` is 1, ...
    view_dir = enum.IntEnum("ViewDir", {"Up": 1, "Down": 2, "Right": 3, "Left": 4, "Forward": 5, "Back": 6}, module="rerun.components")  # type: ignore[misc]
    view_coordinates.ViewDir = view_dir
    for name, codes in view_coordinate_constants().items():
        setattr(view_coordinates, name, view_coordinates(codes))


def view_coordinate_constants() -> dict[str, list[int]]:
    """All 48 axis orders (`RDF`, `FLU`, ...) and the 12 handedness/up-axis aliases."""
    from itertools import permutations, product

    letters = {0: "UD", 1: "RL", 2: "FB"}
    codes = {"U": 1, "D": 2, "R": 3, "L": 4, "F": 5, "B": 6}
    out: dict[str, list[int]] = {}
    for axes in permutations(range(3)):
        for signs in product(range(2), repeat=3):
            name = "".join(letters[a][s] for a, s in zip(axes, signs))
            out[name] = [codes[c] for c in name]
    # Rerun's aliases: X/Y/Z up or down, right- or left-handed.
    out.update(
        {
            "RIGHT_HAND_X_UP": [1, 3, 5],
            "RIGHT_HAND_X_DOWN": [2, 3, 6],
            "RIGHT_HAND_Y_UP": [3, 1, 6],
            "RIGHT_HAND_Y_DOWN": [3, 2, 5],
            "RIGHT_HAND_Z_UP": [3, 5, 1],
            "RIGHT_HAND_Z_DOWN": [3, 6, 2],
            "LEFT_HAND_X_UP": [1, 3, 6],
            "LEFT_HAND_X_DOWN": [2, 3, 5],
            "LEFT_HAND_Y_UP": [3, 1, 5],
            "LEFT_HAND_Y_DOWN": [3, 2, 6],
            "LEFT_HAND_Z_UP": [3, 6, 1],
            "LEFT_HAND_Z_DOWN": [3, 5, 2],
        }
    )
    return out


DATATYPES_NS, COMPONENTS_NS = build()
