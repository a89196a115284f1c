"""Each example in `examples/` logs exactly what rerun 0.17 logs for it.

The reference is `tests/fixtures/rerun017/<example>.json`, recorded from rerun-sdk 0.17.0 by
`tools/make_reference_fixtures.py`. Both sides are captured by `tests/example_harness.py`:
same sequence of `rr.log`/`rr.send_blueprint` calls, entity paths, static flags and timeline
values; per call the same set of component names, and per component the same Arrow storage
type, union type codes and values (floats within rel 1e-6 / abs 1e-7; big buffers by sha256).
"""

from __future__ import annotations

import pytest

import rerun
from example_harness import EXAMPLES, compare_calls, fixture_path, load_fixture, run_example


def test_every_example_has_a_script_and_a_fixture():
    from example_harness import EXAMPLES_DIR

    assert len(EXAMPLES) == 30
    for name in EXAMPLES:
        assert (EXAMPLES_DIR / f"{name}.py").is_file(), name
        assert fixture_path(name).is_file(), name


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_matches_rerun017(name):
    expected = load_fixture(name)
    actual = run_example(name, rerun)
    problems = compare_calls(actual, expected)
    if problems:
        shown = "\n".join(problems[:15])
        more = f"\n... and {len(problems) - 15} more" if len(problems) > 15 else ""
        pytest.fail(f"{name}: {len(problems)} difference(s) from rerun 0.17:\n{shown}{more}")
