"""Every input form of the seed's TYPE lines gives exactly what rerun 0.17 gives.

The forms are the expressions of `datamodel_input_forms.INPUT_FORMS` (colors in every form,
vectors of every dtype, rotations, transforms, boxes, pinholes, tensors, images, assets, enums,
all 60 ViewCoordinates constants, annotation contexts, ...). The reference is
`tests/fixtures/rerun017_input_forms.json`, recorded from rerun-sdk 0.17.0 in strict mode by
`tools/make_reference_fixtures.py --input-forms`. Here each form must also pass in strict mode
(no warning, no error) and produce the same component names, Arrow storage types, union type
codes and values.

The few forms where 0.17 fails or is wrong (`DIFFERENT_FROM_RERUN017`) are checked against
explicit values at the end.
"""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

import rerun as rr
from datamodel_input_forms import DIFFERENT_FROM_RERUN017, FIXTURE, INPUT_FORMS, OWN_FORMS, evaluate, namespace
from example_harness import LoggedCall, compare_calls
from rerun._log_msg import ArrowMsg


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads(FIXTURE.read_text())["forms"]


@pytest.fixture
def strict():
    rr.set_strict_mode(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    rr.set_strict_mode(False)


def _as_call(result: dict) -> LoggedCall:
    components = result.get("components") or [{"name": "datatype", **result["array"]}]
    return LoggedCall(kind="log", entity_path="form", components=components)


def test_fixture_holds_every_form_as_written(reference):
    assert sorted(reference) == sorted(INPUT_FORMS), "re-record: tools/make_reference_fixtures.py --input-forms"
    stale = [case for case, expr in INPUT_FORMS.items() if reference[case]["expr"] != expr]
    assert not stale, f"forms changed since recording: {stale[:5]}"


@pytest.mark.parametrize("case", list(INPUT_FORMS))
def test_input_form_matches_rerun017(case, reference, strict):
    result = evaluate(INPUT_FORMS[case], rr)
    if "value" in reference[case]:  # a form yielding plain values (what value classes hold, helpers)
        if case.startswith("approx/"):  # colors along Turbo: see `datamodel_input_forms`
            np.testing.assert_allclose(result["value"], reference[case]["value"], atol=0.04, err_msg=INPUT_FORMS[case])
        else:
            assert result.get("value") == reference[case]["value"], INPUT_FORMS[case]
        return
    problems = compare_calls([_as_call(result)], [_as_call(reference[case])])
    assert not problems, f"{INPUT_FORMS[case]}:\n" + "\n".join(problems[:10])


# -- forms where this package deliberately differs from 0.17 -------------------------------


def _own(case: str):
    assert case in DIFFERENT_FROM_RERUN017
    return eval(OWN_FORMS[case], namespace(rr))  # noqa: S307 - our own test expressions


def _values(batch) -> list:
    return batch.as_arrow_array().to_pylist()


def test_ready_position_batches_are_taken_as_positions(strict):
    assert _values(_own("vec3/batch").positions) == [[1, 2, 3], [10, 20, 30]]
    assert _values(_own("vec2/batch").positions) == [[1, 2], [10, 20]]


def test_float16_colors_are_0_to_1_floats(strict):
    # [0.5, 0.25, 1.0] -> round(127.5)=128, round(63.75)=64, 255; opaque.
    assert _values(_own("color/np_f16")) == [0x8040FFFF]


def test_numpy_string_labels_are_one_label_each(strict):
    assert _values(_own("labels/np_str").labels) == ["a", "b"]


@pytest.mark.parametrize("case", ["depth_image/unit_dims", "segmentation_image/unit_dims"])
def test_unit_dimensions_of_single_channel_images_are_ignored(case, strict):
    (row,) = _values(_own(case).data)
    assert [(d["size"], d["name"]) for d in row["shape"]] == [(1, None), (3, "height"), (4, "width"), (1, None)]


def test_tensor_shape_may_be_plain_sizes(strict):
    (row,) = _values(_own("tensor/shape_buffer").data)
    assert [d["size"] for d in row["shape"]] == [2, 3]
    assert row["buffer"] == list(range(6))


def test_asset_contents_may_be_a_file_object(strict):
    asset = _own("asset3d/file_with_media_type")
    assert _values(asset.media_type) == ["model/obj"]
    assert bytes(_values(asset.blob)[0]).startswith(b"# one triangle")


def test_pinhole_fov_keeps_the_given_resolution(strict):
    pinhole = _own("pinhole/fov_aspect_resolution")  # fov_y=1.0, aspect 1.5, 300 x 200
    assert _values(pinhole.resolution) == [[300.0, 200.0]]
    (flat,) = _values(pinhole.image_from_camera)
    matrix = np.array(flat).reshape(3, 3).T  # stored column-major
    focal = 100.0 / np.tan(0.5)
    np.testing.assert_allclose(matrix, [[focal, 0, 150], [0, focal, 100], [0, 0, 1]], rtol=1e-6)
    # The field of view recovered from the matrix is the one given.
    assert 2 * np.arctan(100.0 / matrix[1, 1]) == pytest.approx(1.0, rel=1e-6)


@pytest.mark.parametrize("fmt", ["YXHW", "YXYX"])
def test_box_arrays_keep_box_order(fmt, strict):
    boxes = rr.Boxes2D(array=[[1, 2, 5, 10], [0, 0, 4, 4]], array_format=getattr(rr.Box2DFormat, fmt))
    if fmt == "YXHW":  # y, x, height, width
        assert _values(boxes.half_sizes) == [[5.0, 2.5], [2.0, 2.0]]
        assert _values(boxes.centers) == [[7.0, 3.5], [2.0, 2.0]]
    else:  # y_min, x_min, y_max, x_max
        assert _values(boxes.half_sizes) == [[4.0, 2.0], [2.0, 2.0]]
        assert _values(boxes.centers) == [[6.0, 3.0], [2.0, 2.0]]


def test_every_form_logs_through_the_batcher_unchanged():
    """All forms of a kind logged to one entity: the batched chunk columns hold each call's values."""
    recording = rr.new_recording("rerun_test_forms_batched")
    memory = recording.memory_recording()
    expected: dict[str, list[dict[str, list]]] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for case, expr in INPUT_FORMS.items():
                value = eval(expr, namespace(rr))  # noqa: S307 - our own test expressions
                if not hasattr(value, "as_component_batches"):
                    continue  # lone batches are compared above
                entity = "/" + case.split("/")[0]
                recording.log(entity, value)
                batches = value.as_component_batches()
                expected.setdefault(entity, []).append({b.component_name(): b.as_arrow_array().to_pylist() for b in batches})
        rows: dict[str, list[tuple[tuple[int, int], dict[str, list]]]] = {}
        for msg in memory.messages():
            if isinstance(msg, ArrowMsg) and msg.chunk.entity_path in expected:
                columns = {name: column.to_pylist() for name, column in msg.chunk.components().items()}
                for i, row_id in enumerate(msg.chunk.row_ids()):
                    row = {name: values[i] for name, values in columns.items() if values[i] is not None}
                    rows.setdefault(msg.chunk.entity_path, []).append(((int(row_id[0]), int(row_id[1])), row))
    finally:
        recording.shutdown()
    for entity, calls in expected.items():
        logged = [row for _, row in sorted(rows[entity], key=lambda r: r[0])]
        assert len(logged) == len(calls), entity
        for i, (got, want) in enumerate(zip(logged, calls)):
            assert got.keys() == want.keys(), f"{entity} row {i}"
            problems = compare_calls(
                [LoggedCall("log", entity, components=[{"name": n, "type": "", "values": v} for n, v in got.items()])],
                [LoggedCall("log", entity, components=[{"name": n, "type": "", "values": v} for n, v in want.items()])],
            )
            assert not problems, f"{entity} row {i}: {problems[:3]}"


# -- issue 8: datatypes 0.17 declares but cannot serialize, and fields where 0.17 is wrong ---------


def test_unsigned_vector_batches_hold_uint32_vectors(strict):
    assert _values(_own("api/uvec2d/list")) == [[1, 2], [3, 4]]
    assert _own("api/uvec2d/list").as_arrow_array().type.value_type == "uint32"
    assert _values(_own("api/uvec4d/np")) == [[1, 2, 3, 4]]


def test_tensor_dimension_batches_hold_sizes_and_names(strict):
    assert _values(_own("api/tensor_dimension/named")) == [{"size": 3, "name": "h"}, {"size": 4, "name": None}]


def test_decoded_image_data_names_its_dimensions_as_it_is_logged(strict):
    kind, dims, buffer_kind = _own("fields/image_encoded_png")
    assert (kind, dims, buffer_kind) == ("TensorData", [(6, "height"), (8, "width"), (3, "depth")], "u8")


def test_tensor_buffer_kind_is_the_logged_element_type(strict):
    dims, kind, values = _own("fields/tensor_data")
    assert (dims, kind, values) == ([(2, None), (3, None)], "f32", [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
