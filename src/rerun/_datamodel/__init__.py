"""The data model: datatypes (Arrow storage), components (a name + a datatype), archetypes (bundles).

Everything is declared once in `tables.py`; the public classes in `rerun.datatypes`,
`rerun.components` and `rerun.archetypes` are made from those tables.
"""
