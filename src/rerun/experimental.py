"""
Rerun 0.17's experimental namespace: empty in 0.17 too (its features moved to `rerun.blueprint`).

Kept so that `import rerun.experimental as rr2` keeps working.
"""

__all__: list[str] = []
