"""Names and Arrow types of every archetype field equal Rerun 0.17's (tests/fixtures/spec/archetypes-0.17.json, copied from rerun-sdk 0.17.0).

Each field's component name and Arrow storage type are read from the archetype as a user would
reach it (`rr.<Archetype>`), and a batch built from real data must carry exactly that type.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rerun as rr
from rerun._datamodel.archetype import _BATCH_CLASSES

SPEC_PATH = Path(__file__).resolve().parent / "fixtures" / "spec" / "archetypes-0.17.json"
SPEC: dict = json.loads(SPEC_PATH.read_text())
FIELDS = [(arch, field) for arch, entry in SPEC.items() for field in entry["fields"]]


def test_all_26_archetypes_exist_in_every_public_place():
    assert len(SPEC) == 26
    for name in SPEC:
        cls = getattr(rr, name)
        assert cls is getattr(rr.archetypes, name)
        assert cls.__module__ == "rerun.archetypes"
        assert isinstance(cls.__doc__, str) and cls.__doc__.strip()


@pytest.mark.parametrize("name", sorted(SPEC))
def test_fields_are_those_of_rerun017_in_order(name):
    cls = getattr(rr, name)
    ours = [(f.name, f"rerun.components.{f.component}", "required" if f.required else "optional") for f in cls._FIELDS]
    theirs = [(f["field"], f["component"], f["kind"]) for f in SPEC[name]["fields"]]
    assert ours == theirs
    assert cls.indicator().component_name() == SPEC[name]["indicator"]


@pytest.mark.parametrize(("archetype", "field"), FIELDS, ids=[f"{a}.{f['field']}" for a, f in FIELDS])
def test_field_batch_has_the_arrow_storage_of_rerun017(archetype, field):
    component = field["component"].rsplit(".", 1)[1]
    batch_cls = getattr(rr.components, f"{component}Batch")
    assert batch_cls is _BATCH_CLASSES[component]
    assert str(batch_cls._ARROW_TYPE) == field["arrow_storage"]
    empty = batch_cls(None)
    assert empty.component_name() == field["component"]
    assert str(empty.as_arrow_array().type) == field["arrow_storage"]
