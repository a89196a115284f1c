"""Rerun 0.17's module path for the blueprint containers: `rrb.containers.Horizontal`, ..."""

from __future__ import annotations

from .api import Container, Grid, Horizontal, SpaceView, Tabs, Vertical
from .components import ContainerKind

__all__ = ["Container", "ContainerKind", "Grid", "Horizontal", "SpaceView", "Tabs", "Vertical"]
