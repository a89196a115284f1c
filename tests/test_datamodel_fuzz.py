"""Random input thrown at every converter and archetype: only the documented outcomes come out.

Documented: a converter returns storage of exactly its Arrow type, or raises `TypeError` /
`ValueError`; an archetype in the default mode never raises and emits nothing but
`RerunWarning`s (and is either valid with exact types, or dropped); in strict mode it raises
only `TypeError` / `ValueError`.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import rerun as rr
from rerun._datamodel.archetype import _BATCH_CLASSES
from rerun._datamodel.errors import strict_override
from test_datamodel_spec import SPEC

_DTYPES = st.sampled_from(
    ["u1", "u2", "u4", "u8", "i1", "i2", "i4", "i8", "f2", "f4", "f8", "?", "c8", "U3", "S3", "M8[s]", "O"]
)


def _numpy_arrays() -> st.SearchStrategy:
    return _DTYPES.flatmap(
        lambda dtype: hnp.arrays(
            np.dtype(dtype),
            hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=4),
            elements=st.none() if dtype == "O" else None,
        )
    )


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=5)
    | st.binary(max_size=5)
)

USER_VALUES = st.recursive(
    _SCALARS | _numpy_arrays(),
    lambda children: st.lists(children, max_size=4)
    | st.lists(children, max_size=4).map(tuple)
    | st.dictionaries(st.text(max_size=3), children, max_size=2),
    max_leaves=12,
)

# Small numeric arrays of the shapes converters expect, so that valid paths are explored too.
NUMERIC_SHAPED = hnp.arrays(
    st.sampled_from([np.uint8, np.int32, np.float32, np.float64]),
    st.sampled_from([(3,), (1, 2), (2, 3), (4,), (2, 4), (3, 3), (2, 2, 3)]),
)

FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.fixture(autouse=True)
def _default_mode():
    rr.set_strict_mode(False)
    yield
    rr.set_strict_mode(False)


@pytest.mark.parametrize("component", sorted(_BATCH_CLASSES))
@FUZZ
@given(value=USER_VALUES | NUMERIC_SHAPED)
def test_converters_give_exact_storage_or_type_or_value_errors(component, value):
    batch_cls = _BATCH_CLASSES[component]
    with strict_override(True), warnings.catch_warnings():
        warnings.simplefilter("error")  # no stray warning (numpy overflow, ...) may leak out
        # ... but values Rerun 0.17 accepts are converted with a RerunWarning, even when strict.
        warnings.simplefilter("ignore", rr.RerunWarning)
        try:
            storage = batch_cls.to_storage(value)
        except (TypeError, ValueError):
            return
    array = batch_cls.from_storage(storage).as_arrow_array()
    assert array.type == batch_cls._ARROW_TYPE


def _archetype_kwargs(name: str) -> st.SearchStrategy:
    cls = getattr(rr, name)
    import inspect

    params = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
    return st.fixed_dictionaries({}, optional={p: USER_VALUES | NUMERIC_SHAPED for p in params})


@pytest.fixture(scope="module")
def memory():
    """A recording kept in memory: what the fuzzed archetypes are logged to."""
    recording = rr.new_recording("rerun_test_fuzz")
    sink = recording.memory_recording()
    yield recording, sink
    recording.shutdown()


@pytest.mark.parametrize("name", sorted(SPEC))
@FUZZ
@given(data=st.data())
def test_archetypes_never_raise_by_default_and_raise_only_documented_errors_in_strict_mode(name, data, memory):
    kwargs = data.draw(_archetype_kwargs(name))
    cls = getattr(rr, name)
    rr.set_strict_mode(False)  # per example: hypothesis runs many in one test call
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        archetype = cls(**kwargs)
    assert all(issubclass(w.category, rr.RerunWarning) for w in caught), [str(w.message) for w in caught]
    if archetype.is_valid:
        for batch in archetype.as_component_batches()[1:]:
            assert batch.as_arrow_array().type == _BATCH_CLASSES[batch.component_name().rsplit(".", 1)[1]]._ARROW_TYPE
    else:
        assert caught, "a dropped archetype is always reported"
    recording, sink = memory
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # what was accepted logs silently; what was dropped is not reported twice
        recording.log(f"fuzz/{name}", archetype)
        recording.flush()
    rr.set_strict_mode(True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            cls(**kwargs)
    except (TypeError, ValueError):
        pass
    finally:
        rr.set_strict_mode(False)


VALUE_CONSTRUCTORS = {
    "Angle(rad=)": lambda v: rr.datatypes.Angle(rad=v),
    "Angle(deg=)": lambda v: rr.datatypes.Angle(deg=v),
    "Quaternion": lambda v: rr.datatypes.Quaternion(xyzw=v),
    "RotationAxisAngle": lambda v: rr.datatypes.RotationAxisAngle(axis=v, radians=1.0),
    "RotationAxisAngle angle": lambda v: rr.datatypes.RotationAxisAngle([0, 0, 1], v),
    "Rotation3D": lambda v: rr.datatypes.Rotation3D(v),
    "Scale3D": lambda v: rr.datatypes.Scale3D(v),
    "Mat3x3": lambda v: rr.datatypes.Mat3x3(v),
    "TranslationRotationScale3D": lambda v: rr.datatypes.TranslationRotationScale3D(translation=v, scale=v),
    "TranslationAndMat3x3": lambda v: rr.datatypes.TranslationAndMat3x3(mat3x3=v),
    "AnnotationInfo": lambda v: rr.datatypes.AnnotationInfo(id=v, label="x", color=v),
    "ClassDescription": lambda v: rr.datatypes.ClassDescription(info=v, keypoint_annotations=v, keypoint_connections=v),
    "KeypointPair": lambda v: rr.datatypes.KeypointPair(v, 1),
    "Material": lambda v: rr.datatypes.Material(albedo_factor=v),
    "TensorData": lambda v: rr.datatypes.TensorData(array=v),
    "TensorData(shape, buffer)": lambda v: rr.datatypes.TensorData(shape=v, buffer=v),
    "TensorDimension": lambda v: rr.datatypes.TensorDimension(v, "x"),
    "Color": lambda v: rr.components.Color(v),
    "Position3D": lambda v: rr.components.Position3D(v),
    "ViewCoordinates": lambda v: rr.components.ViewCoordinates(v),
    "ImageFormat.NV12": lambda v: rr.ImageFormat.NV12(size_hint=v),
}


@pytest.mark.parametrize("name", list(VALUE_CONSTRUCTORS))
@FUZZ
@given(value=USER_VALUES | NUMERIC_SHAPED)
def test_value_constructors_raise_only_type_or_value_errors(name, value):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            VALUE_CONSTRUCTORS[name](value)
        except (TypeError, ValueError):
            pass
    assert all(issubclass(w.category, rr.RerunWarning) for w in caught), [str(w.message) for w in caught]
