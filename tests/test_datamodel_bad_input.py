"""Bad input for every archetype field: a clear warning and nothing logged, or an error in strict mode.

The fields come from tests/fixtures/spec/archetypes-0.17.json (copied from Rerun 0.17), so every field of every archetype is
tried: the archetype's valid `BASELINE` arguments with one field's parameter replaced by a bad
value. By default a `RerunWarning` names the archetype, the parameter and what was expected,
points at the caller's line, and `rr.log` of the result logs nothing (earlier data stays). In
strict mode the same call raises `TypeError`/`ValueError` with the same message.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

import rerun as rr
from datamodel_bad_inputs import BASELINE, FIELDS, IDS, LOGGED_WITH_WARNING, NOT_ONE_FIELD, bad_case
from rerun._log_msg import ArrowMsg


def _construct(archetype: str, kwargs: dict):
    return getattr(rr, archetype)(**kwargs)


# What rerun-sdk 0.17 says outside strict mode for each case of `datamodel_bad_inputs`
# (recorded by `tools/make_reference_fixtures.py --warnings`).
RERUN017 = json.loads((Path(__file__).parent / "fixtures" / "rerun017_warnings.json").read_text())["cases"]


def _ours(archetype: str, message: str) -> None:
    """Our part of a message names the archetype as it is called (after 0.17's words, if any)."""
    assert re.match(rf"^(\w+: \w+\()?(.*\()?rr\.{archetype}: ", message), message


@pytest.fixture
def rec():
    recording = rr.new_recording("rerun_test_bad_input")
    yield recording
    recording.shutdown()


@pytest.fixture(autouse=True)
def _default_mode():
    rr.set_strict_mode(False)
    yield
    rr.set_strict_mode(False)


@pytest.mark.parametrize("archetype", sorted(BASELINE))
def test_baseline_is_valid(archetype):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _construct(archetype, BASELINE[archetype]).is_valid


@pytest.mark.parametrize(("archetype", "field"), FIELDS, ids=IDS)
def test_bad_field_warns_and_logs_nothing(archetype, field, rec):
    kwargs, param, expected = bad_case(archetype, field)
    memory = rec.memory_recording()
    good = _construct(archetype, BASELINE[archetype])
    rec.log("entity", good)
    with pytest.warns(rr.RerunWarning) as caught:
        bad = _construct(archetype, kwargs)
    (warning,) = caught
    message = str(warning.message)
    _ours(archetype, message)
    assert re.search(rf"\b{param}\b", message), message
    assert re.search(expected, message), message
    assert warning.filename == __file__  # at the caller's line, not inside the package
    assert not bad.is_valid

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # logging the dropped archetype is silent: it was reported once
        rec.log("entity", bad)
    chunks = [m.chunk for m in memory.messages() if isinstance(m, ArrowMsg) and m.chunk.entity_path == "/entity"]
    assert sum(c.num_rows for c in chunks) == 1  # only the good row
    logged = chunks[0].components()
    for batch in good.as_component_batches()[1:]:
        assert logged[batch.component_name()].to_pylist() == [batch.as_arrow_array().to_pylist()]


@pytest.mark.parametrize(("archetype", "field"), FIELDS, ids=IDS)
def test_bad_field_raises_in_strict_mode(archetype, field):
    kwargs, param, expected = bad_case(archetype, field)
    rr.set_strict_mode(True)
    with pytest.raises((TypeError, ValueError)) as raised:
        _construct(archetype, kwargs)
    message = str(raised.value)
    _ours(archetype, message)
    assert re.search(rf"\b{param}\b", message), message
    assert re.search(expected, message), message


# -- problems that are not about one field --------------------------------------------------



@pytest.mark.parametrize("case", list(NOT_ONE_FIELD))
def test_other_problems_warn_or_raise(case):
    archetype, kwargs, error, expected = NOT_ONE_FIELD[case]
    with pytest.warns(rr.RerunWarning, match=rf"rr\.{archetype}: .*{expected}") as caught:
        assert not _construct(archetype, kwargs).is_valid
    _ours(archetype, str(caught[0].message))
    rr.set_strict_mode(True)
    with pytest.raises(error, match=rf"rr\.{archetype}: .*{expected}"):
        _construct(archetype, kwargs)


@pytest.mark.parametrize("case", list(LOGGED_WITH_WARNING))
def test_problems_0_17_logs_anyway_warn_and_log_the_rest(case, rec):
    archetype, kwargs, expected = LOGGED_WITH_WARNING[case]
    with pytest.warns(rr.RerunWarning, match=expected):
        value = _construct(archetype, kwargs)
    assert value.is_valid
    rr.set_strict_mode(True)
    with pytest.raises(ValueError, match=expected):
        _construct(archetype, kwargs)


def _rerun017_words(message: str) -> str:
    """
    The words our message must start with: 0.17's context and exception type for messages of
    the form "Position3DBatch: ValueError(...)", else 0.17's whole sentence.
    """
    framed = re.match(r"^(\w+): (\w+)\(", message)
    if not framed:
        return message
    # The exception type too, where 0.17's is one we raise for bad input (not its AttributeError
    # or AssertionError from inside its converters).
    return framed.group(0) if framed.group(2) in ("ValueError", "TypeError") else framed.group(1) + ": "


WARNED_BY_0_17 = sorted(case for case, result in RERUN017.items() if result.get("warnings"))


def _call(case: str):
    if case in NOT_ONE_FIELD:
        archetype, kwargs, _, _ = NOT_ONE_FIELD[case]
    elif case in LOGGED_WITH_WARNING:
        archetype, kwargs, _ = LOGGED_WITH_WARNING[case]
    else:
        (archetype, field), = [(a, f) for (a, f), id_ in zip(FIELDS, IDS) if id_ == case]
        archetype, kwargs = archetype, bad_case(archetype, field)[0]
    return lambda: _construct(archetype, kwargs)


def test_the_0_17_warnings_are_recorded_for_most_cases():
    assert len(WARNED_BY_0_17) >= 70


@pytest.mark.parametrize("case", WARNED_BY_0_17)
def test_where_0_17_warns_our_message_starts_with_its_words(case):
    theirs = RERUN017[case]["warnings"][0]
    with pytest.warns(rr.RerunWarning) as caught:
        _call(case)()
    message = str(caught[0].message)
    assert message.startswith(_rerun017_words(theirs)), f"0.17: {theirs}\nours: {message}"
    rr.set_strict_mode(True)
    with pytest.raises((TypeError, ValueError)) as raised:
        _call(case)()
    assert str(raised.value) == message  # strict mode raises the same words


def test_positional_arguments_beyond_the_signature_are_reported():
    with pytest.warns(rr.RerunWarning, match=r"rr\.Points3D: 1 unexpected positional argument"):
        assert not rr.Points3D([[0, 0, 0]], [1.0]).is_valid


def test_strict_mode_from_init():
    rr.init("rerun_test_strict_init", strict=True)
    try:
        with pytest.raises(ValueError, match=r"rr\.Points3D: positions"):
            rr.Points3D([[0, 0]])
    finally:
        rr.init("rerun_test_strict_init", strict=False)
    with pytest.warns(rr.RerunWarning):
        rr.Points3D([[0, 0]])


def test_strict_mode_from_environment():
    import subprocess
    import sys

    code = "import rerun as rr\ntry:\n    rr.Points3D([[0, 0]])\nexcept ValueError as e:\n    print('raised', e)\n"
    env = {**__import__("os").environ, "RERUN_STRICT": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("raised Position3DBatch: ValueError(rr.Points3D: positions"), out.stdout + out.stderr


def test_bad_data_given_to_a_batch_leaves_it_empty_with_its_exact_type():
    with pytest.warns(rr.RerunWarning, match=r"^Position3DBatch: ValueError\(expected vectors of 3 numbers"):
        batch = rr.components.Position3DBatch([[1, 2]])
    assert len(batch) == 0
    with pytest.warns(rr.RerunWarning, match=r"^Rotation3DBatch: \w+\(expected rotations"):
        rotations = rr.components.Rotation3DBatch("spin")
    assert rotations.as_arrow_array().type == rr.components.Rotation3DBatch._ARROW_TYPE
    with pytest.raises(ValueError):
        rr.components.Position3DBatch([[1, 2]], strict=True)


def _value_classes():
    import inspect

    for module in (rr.datatypes, rr.components):
        for name in sorted(dir(module)):
            cls = getattr(module, name)
            if (
                inspect.isclass(cls)
                and not name.startswith("_")
                and cls.__module__.startswith("rerun")
                and not name.endswith(("Batch", "Type", "Like", "ArrayLike"))
                and not issubclass(cls, (BaseException, __import__("enum").Enum))
            ):
                yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", cls


@pytest.mark.parametrize(("name", "cls"), list(_value_classes()), ids=lambda v: v if isinstance(v, str) else "")
@pytest.mark.parametrize("bad", ["abc", [1, 2]], ids=["text", "two numbers"])
def test_datatype_and_component_values_are_checked_where_logged_not_where_made(name, cls, bad):
    """Rerun 0.17 makes any value and reports a bad one when it is logged; so do we (strict mode raises at once)."""
    import inspect

    params = [p for p in inspect.signature(cls).parameters.values() if p.kind is not p.VAR_KEYWORD and p.kind is not p.VAR_POSITIONAL]
    if not params:
        pytest.skip(f"{name} takes no arguments")
    first = params[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing said yet: the value is not logged
        try:
            cls(bad) if first.kind is not first.KEYWORD_ONLY else cls(**{first.name: bad})
        except TypeError as err:  # a call its signature does not allow (0.17 raises those too)
            assert "argument" in str(err) or "takes" in str(err), err


def test_a_bad_value_inside_an_archetype_is_reported_at_the_log_call_as_0_17_words_it():
    quaternion = rr.Quaternion(xyzw=[1, 2, 3])  # three numbers: made, as in 0.17
    with pytest.warns(rr.RerunWarning, match=r"^Transform3DBatch: ValueError\(rr\.Transform3D: .*rotation: .*4 numbers") as caught:
        transform = rr.Transform3D(rotation=quaternion)
    assert caught[0].filename == __file__ and not transform.is_valid
    with pytest.warns(rr.RerunWarning, match=r"^ColorBatch: ValueError\(rr\.Points3D: colors: expected colors"):
        assert not rr.Points3D([[0, 0, 0]], colors=rr.components.Color("red")).is_valid
    rr.set_strict_mode(True)
    with pytest.raises(ValueError, match="4 numbers"):
        rr.Quaternion(xyzw=[1, 2, 3])


def test_fractional_ids_are_truncated_as_0_17_does_with_a_warning():
    with pytest.warns(rr.RerunWarning, match="truncated toward zero as Rerun 0.17 does"):
        points = rr.Points2D([[0, 0], [1, 1]], class_ids=[1.5, 2.0], keypoint_ids=[0.9, 3.0])
    assert points.class_ids.as_arrow_array().to_pylist() == [1, 2]
    assert points.keypoint_ids.as_arrow_array().to_pylist() == [0, 3]
    rr.set_strict_mode(True)  # 0.17 logs them in strict mode too: a note, never an error
    with pytest.warns(rr.RerunWarning):
        assert rr.Points2D([[0, 0]], class_ids=[1.5]).is_valid
