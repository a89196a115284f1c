"""Record what rerun-sdk 0.17.0 logs for each example in `examples/`, as JSON fixtures.

Writes `tests/fixtures/rerun017/<example>.json` (sorted keys, indent 1): every `rr.log` call
(entity path, static flag, the script's own timeline values, and per component batch its name,
Arrow storage type, values and union type codes) and every `rr.send_blueprint` call, in order.
`tests/test_examples_match_rerun017.py` runs the same examples with pyrerun and compares.

The capture harness is `tests/example_harness.py` (shared with the tests, so both sides are
recorded by the same code). Nothing is spawned or sent: `rr.init` is forced to `spawn=False`,
`rr.spawn`/`rr.connect`/`rr.serve` are no-ops and `rr.log` only records.

The Python `logging` records of `text_log_integration` go through `rr.LoggingHandler`, which in
0.17 calls `rerun._log.log` (imported at call time); the harness patches every reference to the
`log` function inside the package, so those calls are captured like direct `rr.log` calls.

rerun-sdk is never a dependency of pyrerun; use a throwaway virtualenv:

    python -m venv /tmp/rr017 && /tmp/rr017/bin/pip install rerun-sdk==0.17.0 'numpy<2' 'pyarrow<18'
    /tmp/rr017/bin/python tools/make_reference_fixtures.py            # all examples
    /tmp/rr017/bin/python tools/make_reference_fixtures.py bar_chart   # just some
    /tmp/rr017/bin/python tools/make_reference_fixtures.py --check     # compare with the files, write nothing

With `--input-forms` it instead records `tests/fixtures/rerun017_input_forms.json`: what 0.17
produces (in strict mode) for every expression of `tests/datamodel_input_forms.py`, each input
form the seed's TYPE lines accept; `tests/test_datamodel_rerun017_forms.py` compares.

    /tmp/rr017/bin/python tools/make_reference_fixtures.py --input-forms

With `--warnings` it records `tests/fixtures/rerun017_warnings.json`: what 0.17 says (outside strict
mode) for every bad input of `tests/datamodel_bad_inputs.py`; `tests/test_datamodel_bad_input.py`
checks that where 0.17 warns, our message starts with 0.17's words.

    /tmp/rr017/bin/python tools/make_reference_fixtures.py --warnings

Self-checks of the harness, for every example: two recordings must be identical (no state
leaks between runs, no unseeded randomness), and a third run with `call_through=True` lets
rerun 0.17's real `rr.log` run and intercepts what it hands to the native bindings
(`rerun_bindings.log_arrow_msg`); that must equal what the harness recorded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import example_harness as h  # noqa: E402


def _import_rerun017():
    import importlib.metadata

    try:
        version = importlib.metadata.version("rerun-sdk")
    except importlib.metadata.PackageNotFoundError:
        version = "not installed"
    if not version.startswith("0.17."):
        sys.exit(f"expected rerun-sdk 0.17.x, got {version}; run with /tmp/rr017/bin/python")
    import rerun

    return rerun, version


def _check_against_bindings(name: str, rr) -> list[str]:
    """Run the example letting 0.17's `log` through; compare what reaches the bindings with the capture."""
    import rerun_bindings

    sent: list[tuple[str, bool, dict]] = []
    original = rerun_bindings.log_arrow_msg

    def log_arrow_msg(entity_path, components, static_, recording=None):
        sent.append((str(entity_path), bool(static_), dict(components)))

    send_blueprint = rr.send_blueprint
    rerun_bindings.log_arrow_msg = log_arrow_msg
    rr.send_blueprint = lambda *args, **kwargs: None  # blueprints go to their own store: not compared here
    try:
        calls = [c for c in h.run_example(name, rr, call_through=True) if c.kind == "log"]
    finally:
        rerun_bindings.log_arrow_msg = original
        rr.send_blueprint = send_blueprint
    problems = []
    if len(sent) != len(calls):
        return [f"{len(calls)} calls captured, {len(sent)} reached the bindings"]
    for i, (call, (path, static, components)) in enumerate(zip(calls, sent)):
        from_bindings = [{"name": n, **h.encode_array(a)} for n, a in components.items()]
        if call.entity_path != path or call.static != static or call.components != from_bindings:
            problems.append(f"call #{i} {call.entity_path!r}: captured data differs from what rerun sent")
    return problems


def record_input_forms(rr, meta: dict) -> int:
    """Write the input-forms fixture; every form must succeed in 0.17's strict mode."""
    import json
    import warnings

    import datamodel_input_forms as forms

    rr.set_strict_mode(True)
    results, failures = {}, 0
    for case, expr in forms.INPUT_FORMS.items():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                results[case] = {"expr": expr, **forms.evaluate(expr, rr)}
        except Exception as err:  # noqa: BLE001 - report every failing form, then fail
            print(f"{case}: rerun 0.17 fails on {expr!r}: {type(err).__name__}: {err}")
            failures += 1
    text = json.dumps({**meta, "forms": results}, sort_keys=True, indent=1) + "\n"
    forms.FIXTURE.write_text(text)
    print(f"{len(results)} forms -> {forms.FIXTURE.relative_to(REPO)} ({len(text)} bytes)")
    return 1 if failures else 0


def record_warnings(rr, meta: dict) -> int:
    """
    Write the warnings fixture: for every bad input of `tests/datamodel_bad_inputs.py`, what 0.17
    does outside strict mode (the messages of its `RerunWarning`s, or the exception it raises).
    """
    import json
    import warnings

    import datamodel_bad_inputs as bad

    cases = {id_: (archetype, bad.bad_case(archetype, field)[0]) for (archetype, field), id_ in zip(bad.FIELDS, bad.IDS)}
    cases.update({case: (archetype, kwargs) for case, (archetype, kwargs, _, _) in bad.NOT_ONE_FIELD.items()})
    cases.update({case: (archetype, kwargs) for case, (archetype, kwargs, _) in bad.LOGGED_WITH_WARNING.items()})
    rr.set_strict_mode(False)
    results = {}
    for case, (archetype, kwargs) in cases.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                getattr(rr, archetype)(**kwargs)
            except Exception as err:  # noqa: BLE001 - what 0.17 raises is the fact recorded
                results[case] = {"raises": type(err).__name__}
                continue
        results[case] = {"warnings": [str(w.message) for w in caught if w.category.__name__ == "RerunWarning"]}
    text = json.dumps({**meta, "cases": results}, sort_keys=True, indent=1) + "\n"
    path = REPO / "tests" / "fixtures" / "rerun017_warnings.json"
    path.write_text(text)
    print(f"{len(results)} cases -> {path.relative_to(REPO)} ({len(text)} bytes)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="*", help="example names (default: all)")
    parser.add_argument("--check", action="store_true", help="only compare with the existing fixtures")
    parser.add_argument("--input-forms", action="store_true", help="record the input-forms fixture instead")
    parser.add_argument("--warnings", action="store_true", help="record the bad-input warnings fixture instead")
    args = parser.parse_args()

    rr, rr_version = _import_rerun017()
    import numpy
    import pyarrow

    meta = {"rerun_version": rr_version, "numpy_version": numpy.__version__, "pyarrow_version": pyarrow.__version__}
    if args.input_forms:
        return record_input_forms(rr, meta)
    if args.warnings:
        return record_warnings(rr, meta)
    names = args.examples or h.EXAMPLES
    unknown = sorted(set(names) - set(h.EXAMPLES))
    if unknown:
        sys.exit(f"unknown examples: {unknown}")

    h.FIXTURES_DIR.mkdir(parents=True, exist_ok=True)
    failures = 0
    for name in names:
        first = h.dump_fixture(name, h.run_example(name, rr), meta)
        second = h.dump_fixture(name, h.run_example(name, rr), meta)
        if first != second:
            print(f"{name}: two runs differ (harness leaks state or the example is not deterministic)")
            failures += 1
            continue
        problems = _check_against_bindings(name, rr)
        if problems:
            print(f"{name}: harness does not match rerun's own log path: {problems[:3]}")
            failures += 1
            continue
        path = h.fixture_path(name)
        n_calls = first.count('"kind": "log"') + first.count('"kind": "send_blueprint"')
        if args.check:
            same = path.exists() and path.read_text() == first
            print(f"{name}: {'ok' if same else 'DIFFERS from ' + str(path)}")
            failures += not same
        else:
            path.write_text(first)
            print(f"{name}: {n_calls} calls -> {path.relative_to(REPO)} ({len(first)} bytes)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
