"""Every public name of Rerun 0.17's Python SDK exists here, under the same module, with the same parameters.

The reference is `tests/fixtures/spec/api-0.17.json` (module -> name -> kind and signature, taken
from rerun-sdk 0.17.0). A script written for 0.17 that calls a name with positional arguments
or keywords must find it and bind the same arguments: each 0.17 parameter exists here by name,
and 0.17's positional parameters are positional here, in the same order. Extra parameters of
ours (keyword-only or with defaults) are allowed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

SPEC = json.loads((Path(__file__).resolve().parent / "fixtures" / "spec" / "api-0.17.json").read_text())

# Names the blueprint branch adds (`rerun.blueprint*` and the blueprint-only datatypes and
# components). Expected to be missing on this branch only: the lead deletes this list after merging.
OWNED_BY_BLUEPRINT_BRANCH_MODULES = {
    "rerun.blueprint",
    "rerun.blueprint.archetypes",
    "rerun.blueprint.components",
    "rerun.blueprint.datatypes",
    "rerun.blueprint.views",
}
OWNED_BY_BLUEPRINT_BRANCH = {
    f"{module}.{name}{suffix}"
    for module in ("rerun", "rerun.datatypes", "rerun.components")
    for name in (
        "TimeInt",
        "TimeRange",
        "TimeRangeBoundary",
        "VisibleTimeRange",
        "Range2D",
        "TensorDimensionSelection",
        "TensorDimensionIndexSelection",
        "TensorHeightDimension",
        "TensorWidthDimension",
    )
    for suffix in ("", "Batch", "Like", "ArrayLike", "Type")
}


def _expected_gap(module: str, name: str) -> bool:
    qualified = f"{module}.{name}"
    return (
        module in OWNED_BY_BLUEPRINT_BRANCH_MODULES
        or qualified in OWNED_BY_BLUEPRINT_BRANCH
    )


def _entries() -> list[tuple[str, str, str]]:
    return [(module, name, text) for module, names in SPEC.items() for name, text in names.items()]


def _parameters(text: str) -> list[inspect.Parameter] | None:
    """0.17's parameters from the spec's signature text (None when there is nothing to compare)."""
    kind, _, signature = text.partition(" ")
    if kind not in ("class", "function") or not signature.startswith("(") or "constructed by the SDK" in signature:
        return None
    if "bindings." in signature:  # made by 0.17's Rust bindings from their own objects, never by user code
        return None
    head = signature[: signature.rindex(")") + 1] if " -> " not in signature else signature.split(" -> ")[0]
    try:
        tree = ast.parse(f"def f{head}: pass")
    except SyntaxError:  # defaults printed as `<class ...>` (argparse's own classes): nothing of ours
        return None
    args = tree.body[0].args  # type: ignore[attr-defined]
    P = inspect.Parameter
    params = [P(a.arg, P.POSITIONAL_ONLY) for a in args.posonlyargs]
    params += [P(a.arg, P.POSITIONAL_OR_KEYWORD) for a in args.args]
    if args.vararg:
        params.append(P(args.vararg.arg, P.VAR_POSITIONAL))
    params += [P(a.arg, P.KEYWORD_ONLY) for a in args.kwonlyargs]
    if args.kwarg:
        params.append(P(args.kwarg.arg, P.VAR_KEYWORD))
    params = [p for p in params if p.name not in ("self", "cls")]
    if {p.kind for p in params} <= {P.VAR_POSITIONAL, P.VAR_KEYWORD}:
        return None  # `(*args, **kwargs)`: a typing alias, an enum or a protocol in 0.17
    return params


def _problems(ours: Any, expected: list[inspect.Parameter]) -> list[str]:
    P = inspect.Parameter
    try:
        signature = inspect.signature(ours)
    except (TypeError, ValueError):
        return ["has no signature"]
    params = [p for p in signature.parameters.values() if p.name not in ("self", "cls")]
    by_name = {p.name: p for p in params}
    problems = []
    for p in expected:
        if p.kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD):
            if not any(q.kind == p.kind for q in params):
                problems.append(f"takes no {'*' if p.kind == P.VAR_POSITIONAL else '**'}{p.name}")
        elif p.name not in by_name:
            problems.append(f"has no parameter {p.name!r}")
        elif p.kind != P.POSITIONAL_ONLY and by_name[p.name].kind == P.POSITIONAL_ONLY:
            problems.append(f"{p.name!r} cannot be given by keyword")
    positional_017 = [p.name for p in expected if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    positional_ours = [p.name for p in params if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    if positional_ours[: len(positional_017)] != positional_017:
        problems.append(f"positional parameters {positional_ours} are not 0.17's {positional_017} (in order)")
    return problems


def _lookup(module: str, name: str) -> tuple[bool, Any]:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return False, None
    if not hasattr(mod, name):
        return False, None
    return True, getattr(mod, name)


def test_every_name_of_rerun017_exists_with_its_parameters():
    missing, wrong, gap = [], [], []
    for module, name, text in _entries():
        found, ours = _lookup(module, name)
        if not found:
            (gap if _expected_gap(module, name) else missing).append(f"{module}.{name}")
            continue
        expected = _parameters(text)
        if expected is not None:
            problems = _problems(ours, expected)
            if problems:
                problem = f"{module}.{name}: {'; '.join(problems)}"
                (gap if _expected_gap(module, name) else wrong).append(problem)
    if gap:  # reported, not failed: the other branches add them
        warnings.warn(f"{len(gap)} names owned by the blueprint/loaders branches are missing or differ: {gap}", stacklevel=1)
    assert not missing, f"{len(missing)} names of Rerun 0.17 are missing: {missing}"
    assert not wrong, f"{len(wrong)} names take other parameters than in Rerun 0.17:\n" + "\n".join(wrong)


def test_the_expected_gaps_are_really_missing():
    """The lists above name only what the other branches add: once present here, drop them."""
    present = [
        f"{module}.{name}"
        for module, name, _ in _entries()
        if _expected_gap(module, name) and module not in OWNED_BY_BLUEPRINT_BRANCH_MODULES and _lookup(module, name)[0]
    ]
    assert not present, f"listed as owned by another branch but present: {present}"


def test_the_gap_lists_name_only_rerun017_names():
    known = {f"{module}.{name}" for module, name, _ in _entries()}
    # The blueprint list is names x suffixes; every one of its names is in 0.17 with some suffix.
    listed = OWNED_BY_BLUEPRINT_BRANCH & known
    assert {n.rsplit(".", 1)[1] for n in listed} >= {"TimeInt", "TimeRange", "Range2D", "TensorWidthDimension"}
    assert OWNED_BY_BLUEPRINT_BRANCH_MODULES <= set(SPEC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("function (a: 'int', *, b: 'str' = 'x') -> 'None'", ["a", "b"]),
        ("class (self: 'Any', xyz: 'Vec3DLike')", ["xyz"]),
        ("class (self, *args, **kwds)", None),
        ("class (constructed by the SDK, not by users)", None),
        ("value ", None),
    ],
)
def test_spec_signatures_are_read_as_written(text, expected):
    params = _parameters(text)
    assert (None if params is None else [p.name for p in params]) == expected


def test_a_wrong_signature_is_reported():
    def ours(b: int, a: int) -> None: ...

    expected = _parameters("function (a: 'int', b: 'int', *, c: 'int' = 1) -> 'None'")
    assert expected is not None
    problems = _problems(ours, expected)
    assert "has no parameter 'c'" in problems
    assert any("positional parameters" in p for p in problems)
