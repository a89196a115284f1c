"""Run an example script and capture what it logs, with any `rerun`-compatible module.

`run_example(name, rr)` runs `examples/<name>.py` (via `runpy`, as `__main__`) with the given
`rerun` module patched so nothing is spawned or sent, and returns one `LoggedCall` per
`rr.log(...)` / `rr.send_blueprint(...)` call the script made, in order:

- `rr.init` is forced to `spawn=False`; `rr.spawn`, `rr.connect` and `rr.serve` are no-ops.
- `rr.log` (and every other reference to the same function object inside the package, such as
  the one `rr.LoggingHandler` uses) records the entity path, the `static` flag, the current time
  per timeline and each component batch from `as_component_batches()` (plus extra arguments).
- `rr.set_time_sequence/seconds/nanos`, `rr.disable_timeline` and `rr.reset_time` are tracked
  (and still forwarded); only the script's own timelines are recorded, not `log_time`/`log_tick`.
- `rr.send_blueprint` records a summary of the blueprint (see `summarize_blueprint`).

Each component batch is described by its name, its Arrow storage type as a string (extension
types are stripped), its values (`to_pylist()` of the storage array; a list with more than
`HASH_THRESHOLD` leaf values is replaced by `{"len", "sha256", "dtype"}` of its flat numpy
bytes), and for unions the type codes: `type_codes` for a top-level union, `nested_type_codes`
(field path -> codes, in row order) for unions inside structs and lists. `compare_calls` checks
two call lists against each other.

This module must not import `rerun`: the same code runs against the real rerun-sdk 0.17 (see
`tools/make_reference_fixtures.py`) and against this package (`tests/test_examples_match_rerun017.py`).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import hashlib
import json
import logging
import math
import random
import runpy
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

REPO = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = REPO / "examples"
FIXTURES_DIR = REPO / "tests" / "fixtures" / "rerun017"

EXAMPLES = [
    "annotation_context_segmentation",
    "arrow2d_simple",
    "arrow3d_simple",
    "asset3d_simple",
    "bar_chart",
    "box2d_simple",
    "box3d_batch",
    "clear_simple",
    "depth_image_3d",
    "disconnected_space",
    "image_simple",
    "line_strip2d_batch",
    "line_strip3d_batch",
    "line_strip3d_ui_radius",
    "mesh3d_indexed",
    "pinhole_perspective",
    "pinhole_simple",
    "point2d_random",
    "point2d_ui_radius",
    "point3d_random",
    "point3d_ui_radius",
    "scalar_simple",
    "segmentation_image_simple",
    "series_line_style",
    "series_point_style",
    "tensor_simple",
    "text_document",
    "text_log_integration",
    "transform3d_simple",
    "view_coordinates_simple",
]

# Command-line arguments some examples need (after the script name).
EXAMPLE_ARGS: dict[str, list[str]] = {
    "asset3d_simple": [str(EXAMPLES_DIR / "assets" / "cube.glb")],
}

# Seed for numpy's legacy global RNG and Python's `random`, set before each example, so that
# examples drawing unseeded random numbers (tensor_simple) log the same values every run.
RANDOM_SEED = 0

HASH_THRESHOLD = 4096

REL_TOL = 1e-6
ABS_TOL = 1e-7


@dataclasses.dataclass
class LoggedCall:
    """One `rr.log` or `rr.send_blueprint` call."""

    kind: str  # "log" or "send_blueprint"
    entity_path: Any = None  # str, or list of parts when logged that way
    static: bool = False
    times: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)  # timeline -> {"kind", "value"}
    components: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    blueprint: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LoggedCall:
        return cls(**data)

    def component(self, name: str) -> dict[str, Any] | None:
        for comp in self.components:
            if comp["name"] == name:
                return comp
        return None


# ---------------------------------------------------------------------------------------------
# Arrow -> JSON-able values


def _storage(arr: Any) -> pa.Array:
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if isinstance(arr, pa.ExtensionArray):
        arr = arr.storage
    return arr


def _has_nested(t: pa.DataType) -> bool:
    return pa.types.is_union(t) or pa.types.is_struct(t) or _is_list(t) or pa.types.is_map(t)


def _is_list(t: pa.DataType) -> bool:
    return pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t)


def _py(value: Any) -> Any:
    """Plain JSON-able Python values (numpy scalars such as float16 become Python numbers)."""
    if hasattr(value, "item") and not isinstance(value, (list, dict, str, bytes)):
        return value.item()
    if isinstance(value, bytes):
        return list(value)
    return value


def _flat_values(values: pa.Array) -> Any:
    if len(values) > HASH_THRESHOLD:
        np_values = values.to_numpy(zero_copy_only=False)
        return {
            "len": len(values),
            "sha256": hashlib.sha256(np_values.tobytes()).hexdigest(),
            "dtype": str(np_values.dtype),
        }
    return [_py(v) for v in values.to_pylist()]


def _union_layout(arr: pa.UnionArray) -> tuple[list[int], list[int]]:
    """(type code, index into that child) per row, read from the buffers (offset-aware)."""
    import numpy as np

    buffers = arr.buffers()
    start, stop = arr.offset, arr.offset + len(arr)
    codes = np.frombuffer(buffers[1], dtype=np.int8)[start:stop].tolist()
    if arr.type.mode == "dense":
        index = np.frombuffer(buffers[2], dtype=np.int32)[start:stop].tolist()
    else:
        index = list(range(len(arr)))  # `field()` of a sparse union is already sliced
    return codes, index


def _encode(arr: pa.Array, path: str, codes: dict[str, list[int]]) -> list[Any]:
    """Like `arr.to_pylist()`, but recording union type codes per path and hashing big flat lists."""
    t = arr.type
    if pa.types.is_union(t):
        row_codes, index = _union_layout(arr)
        codes.setdefault(path, []).extend(row_codes)
        child_ids = list(t.type_codes)
        return [
            _encode(arr.field(child_ids.index(code)).slice(i, 1), path, codes)[0] for code, i in zip(row_codes, index)
        ]
    if pa.types.is_struct(t):
        valid = arr.is_valid().to_pylist()
        names = [t.field(j).name for j in range(t.num_fields)]
        columns = [
            _encode(arr.field(j), f"{path}.{names[j]}", codes) if _has_nested(t.field(j).type) else None
            for j in range(t.num_fields)
        ]
        out = []
        for i in range(len(arr)):
            if not valid[i]:
                out.append(None)
                continue
            row = {}
            for j, name in enumerate(names):
                row[name] = columns[j][i] if columns[j] is not None else _py(arr.field(j)[i].as_py())
            out.append(row)
        return out
    if _is_list(t):
        out = []
        for i in range(len(arr)):
            scalar = arr[i]
            if not scalar.is_valid:
                out.append(None)
            elif _has_nested(t.value_type):
                out.append(_encode(scalar.values, f"{path}[]", codes))
            else:
                out.append(_flat_values(scalar.values))
        return out
    return [_py(v) for v in arr.to_pylist()]


def encode_array(arr: Any) -> dict[str, Any]:
    """`{"type", "values", ["type_codes"], ["nested_type_codes"]}` for one component batch's array."""
    arr = _storage(arr)
    codes: dict[str, list[int]] = {}
    out: dict[str, Any] = {"type": str(arr.type), "values": _encode(arr, "", codes)}
    if pa.types.is_union(arr.type):
        out["type_codes"] = codes.pop("", [])
    if codes:
        out["nested_type_codes"] = codes
    return out


def encode_batches(batches: Iterable[Any]) -> list[dict[str, Any]]:
    """Describe component batches like rerun 0.17's `log_components` sends them (first of a name wins)."""
    out = []
    seen = set()
    for batch in batches:
        name = batch.component_name()
        arr = batch.as_arrow_array()
        if arr is None or name in seen:
            continue
        seen.add(name)
        out.append({"name": name, **encode_array(arr)})
    return out


def _batches_of(entity: Any, extra: tuple[Any, ...]) -> list[Any]:
    batches: list[Any] = []
    for obj in (entity, *extra):
        if hasattr(obj, "as_component_batches"):
            batches.extend(obj.as_component_batches())
        elif isinstance(obj, Iterable):
            batches.extend(obj)
        else:
            raise TypeError(f"cannot log {type(obj).__name__}: no as_component_batches()")
    return batches


# ---------------------------------------------------------------------------------------------
# Blueprints


def _visual_bounds(view: Any) -> dict[str, list[float]] | None:
    props = getattr(view, "properties", None)
    if isinstance(props, dict) and props.get("VisualBounds2D") is not None:
        for batch in props["VisualBounds2D"].as_component_batches():
            if batch.component_name().endswith(".VisualBounds2D"):
                value = _storage(batch.as_arrow_array()).to_pylist()[0]
                return {
                    "x_range": [float(v) for v in value["x_range"]],
                    "y_range": [float(v) for v in value["y_range"]],
                }
    vb = getattr(view, "visual_bounds", None)
    if vb is not None:
        return {"x_range": [float(v) for v in vb.x_range], "y_range": [float(v) for v in vb.y_range]}
    return None


def summarize_blueprint(obj: Any) -> dict[str, Any]:
    """A layout-independent summary of a blueprint object (views, containers, their settings)."""
    out: dict[str, Any] = {"type": type(obj).__name__}
    for attr in ("class_identifier", "origin", "name", "visible"):
        if hasattr(obj, attr):
            value = getattr(obj, attr)
            out[attr] = value if value is None or isinstance(value, (str, bool, int, float)) else str(value)
    if hasattr(obj, "contents"):
        contents = obj.contents
        if isinstance(contents, str):
            contents = [line.strip() for line in contents.splitlines() if line.strip()]
        out["contents"] = [c if isinstance(c, str) else summarize_blueprint(c) for c in (contents or [])]
    bounds = _visual_bounds(obj)
    if bounds is not None:
        out["visual_bounds"] = bounds
    if getattr(obj, "root_container", None) is not None:
        out["root_container"] = summarize_blueprint(obj.root_container)
    return out


# ---------------------------------------------------------------------------------------------
# Running an example


def _package_modules(module: types.ModuleType) -> list[types.ModuleType]:
    prefix = module.__name__ + "."
    return [m for n, m in list(sys.modules.items()) if m is not None and (n == module.__name__ or n.startswith(prefix))]


@contextlib.contextmanager
def _patched(module: types.ModuleType, replacements: dict[str, Any]) -> Iterator[None]:
    """Replace `module.<name>` and every other reference to the same object in the package."""
    undo: list[tuple[Any, str, Any]] = []
    originals = {name: getattr(module, name) for name in replacements if hasattr(module, name)}
    try:
        for mod in _package_modules(module):
            for attr, value in list(vars(mod).items()):
                for name, original in originals.items():
                    if value is original:
                        undo.append((mod, attr, value))
                        setattr(mod, attr, replacements[name])
        for name, new in replacements.items():
            if name not in originals:
                undo.append((module, name, None))
                setattr(module, name, new)
        yield
    finally:
        for mod, attr, value in reversed(undo):
            if value is None:
                with contextlib.suppress(AttributeError):
                    delattr(mod, attr)
            else:
                setattr(mod, attr, value)


def _seed_rngs() -> None:
    random.seed(RANDOM_SEED)
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        return
    np.random.seed(RANDOM_SEED)


def run_example(
    name: str, module: types.ModuleType, *, examples_dir: Path | None = None, call_through: bool = False
) -> list[LoggedCall]:
    """Run `examples/<name>.py` with `module` as `rerun` and return what it logged.

    With `call_through=True` the real `log`/`send_blueprint` are called too (after recording),
    e.g. to also write the recording with `rr.save(...)` set up by the caller's patched `init`.
    """
    path = (examples_dir or EXAMPLES_DIR) / f"{name}.py"
    calls: list[LoggedCall] = []
    times: dict[str, dict[str, Any]] = {}
    orig = {
        n: getattr(module, n)
        for n in (
            "init",
            "log",
            "send_blueprint",
            "set_time_sequence",
            "set_time_seconds",
            "set_time_nanos",
            "disable_timeline",
            "reset_time",
        )
        if hasattr(module, n)
    }

    def init(*args: Any, **kwargs: Any) -> Any:
        kwargs["spawn"] = False
        return orig["init"](*args, **kwargs)

    def noop(*args: Any, **kwargs: Any) -> None:
        return None

    def log(
        entity_path: Any,
        entity: Any,
        *extra: Any,
        timeless: bool = False,
        static: bool = False,
        recording: Any = None,
        strict: Any = None,
    ) -> None:
        components = encode_batches(_batches_of(entity, extra))
        calls.append(
            LoggedCall(
                kind="log",
                entity_path=list(entity_path) if isinstance(entity_path, (list, tuple)) else entity_path,
                static=bool(static or timeless),
                times=copy.deepcopy(times),
                components=components,
            )
        )
        if call_through:
            kwargs: dict[str, Any] = {"static": static or timeless}
            if recording is not None:
                kwargs["recording"] = recording
            orig["log"](entity_path, entity, *extra, **kwargs)

    def send_blueprint(blueprint: Any, *args: Any, **kwargs: Any) -> None:
        calls.append(
            LoggedCall(kind="send_blueprint", times=copy.deepcopy(times), blueprint=summarize_blueprint(blueprint))
        )
        if call_through:
            orig["send_blueprint"](blueprint, *args, **kwargs)

    def set_time(kind: str) -> Any:
        def setter(timeline: str, value: Any, *args: Any, **kwargs: Any) -> Any:
            times[timeline] = {"kind": kind, "value": _py(value)}
            return orig[f"set_time_{kind}"](timeline, value, *args, **kwargs)

        return setter

    def disable_timeline(timeline: str, *args: Any, **kwargs: Any) -> Any:
        times.pop(timeline, None)
        return orig["disable_timeline"](timeline, *args, **kwargs)

    def reset_time(*args: Any, **kwargs: Any) -> Any:
        times.clear()
        return orig["reset_time"](*args, **kwargs)

    replacements: dict[str, Any] = {
        "init": init,
        "spawn": noop,
        "connect": noop,
        "serve": noop,
        "log": log,
        "send_blueprint": send_blueprint,
        "set_time_sequence": set_time("sequence"),
        "set_time_seconds": set_time("seconds"),
        "set_time_nanos": set_time("nanos"),
        "disable_timeline": disable_timeline,
        "reset_time": reset_time,
    }
    replacements = {k: v for k, v in replacements.items() if hasattr(module, k)}

    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_argv = sys.argv
    saved_rerun = sys.modules.get("rerun")
    sys.modules["rerun"] = module  # `import rerun as rr` in the script gets `module`
    sys.argv = [str(path), *EXAMPLE_ARGS.get(name, [])]
    _seed_rngs()
    try:
        with _patched(module, replacements):
            try:
                runpy.run_path(str(path), run_name="__main__")
            except SystemExit as exc:
                if exc.code not in (None, 0):
                    raise RuntimeError(f"example {name} exited with {exc.code!r}") from exc
    finally:
        sys.argv = saved_argv
        if saved_rerun is not None:
            sys.modules["rerun"] = saved_rerun
        for handler in list(root.handlers):
            if handler not in saved_handlers:
                root.removeHandler(handler)
        root.setLevel(saved_level)
    return calls


# ---------------------------------------------------------------------------------------------
# Fixtures and comparison


def fixture_path(name: str) -> Path:
    return FIXTURES_DIR / f"{name}.json"


def dump_fixture(name: str, calls: list[LoggedCall], meta: dict[str, Any]) -> str:
    return json.dumps({"example": name, **meta, "calls": [c.to_json() for c in calls]}, sort_keys=True, indent=1) + "\n"


def load_fixture(name: str) -> list[LoggedCall]:
    data = json.loads(fixture_path(name).read_text())
    return [LoggedCall.from_json(c) for c in data["calls"]]


def _values_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_values_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_values_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= limit else text[:limit] + "..."


def compare_calls(actual: list[LoggedCall], expected: list[LoggedCall]) -> list[str]:
    """Differences between two call lists, as human-readable lines (empty when they match)."""
    problems: list[str] = []
    if len(actual) != len(expected):
        problems.append(f"{len(actual)} calls logged, expected {len(expected)}")
    for i, (got, want) in enumerate(zip(actual, expected)):
        where = f"call #{i} ({want.kind} {want.entity_path!r})"
        if got.kind != want.kind:
            problems.append(f"{where}: kind {got.kind!r}, expected {want.kind!r}")
            continue
        if got.entity_path != want.entity_path:
            problems.append(f"{where}: entity path {got.entity_path!r}, expected {want.entity_path!r}")
        if got.static != want.static:
            problems.append(f"{where}: static={got.static}, expected {want.static}")
        if not _values_equal(got.times, want.times):
            problems.append(f"{where}: times {got.times}, expected {want.times}")
        if want.kind == "send_blueprint":
            if not _values_equal(got.blueprint, want.blueprint):
                problems.append(f"{where}: blueprint {_short(got.blueprint)}, expected {_short(want.blueprint)}")
            continue
        got_names = {c["name"] for c in got.components}
        want_names = {c["name"] for c in want.components}
        if got_names != want_names:
            problems.append(
                f"{where}: missing components {sorted(want_names - got_names)}, unexpected {sorted(got_names - want_names)}"
            )
        for want_comp in want.components:
            got_comp = got.component(want_comp["name"])
            if got_comp is None:
                continue
            cwhere = f"{where} {want_comp['name']}"
            if got_comp["type"] != want_comp["type"]:
                problems.append(f"{cwhere}: type {got_comp['type']}, expected {want_comp['type']}")
                continue
            for key in ("type_codes", "nested_type_codes"):
                if got_comp.get(key) != want_comp.get(key):
                    problems.append(
                        f"{cwhere}: {key} {_short(got_comp.get(key))}, expected {_short(want_comp.get(key))}"
                    )
            if not _values_equal(got_comp["values"], want_comp["values"]):
                problems.append(
                    f"{cwhere}: values {_short(got_comp['values'])}, expected {_short(want_comp['values'])}"
                )
    return problems
