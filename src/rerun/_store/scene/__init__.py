"""Scene semantics computed from latest-at queries: transforms, annotation contexts, view kinds."""

from .annotations import (
    ANNOTATION_CONTEXT,
    AnnotationContext,
    annotation_context_at,
    decode_annotation_context,
    find_annotation_context,
)
from .decode import decode_mat3x3, decode_transforms
from .transforms import (
    EntityTransform,
    PinholeInfo,
    SpaceKind,
    TransformMemo,
    ViewCoordinatesInfo,
    describe_view_coordinates,
    find_view_coordinates,
    resolve_projections,
    resolve_transforms,
)
from .views import VIEW_KINDS_BY_ARCHETYPE, entities_by_view_kind, entity_view_kinds, view_kinds

__all__ = [
    "ANNOTATION_CONTEXT",
    "VIEW_KINDS_BY_ARCHETYPE",
    "AnnotationContext",
    "EntityTransform",
    "PinholeInfo",
    "annotation_context_at",
    "SpaceKind",
    "ViewCoordinatesInfo",
    "decode_annotation_context",
    "decode_mat3x3",
    "decode_transforms",
    "describe_view_coordinates",
    "entities_by_view_kind",
    "entity_view_kinds",
    "find_annotation_context",
    "find_view_coordinates",
    "resolve_projections",
    "TransformMemo",
    "resolve_transforms",
    "view_kinds",
]
