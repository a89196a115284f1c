"""The text document view: the latest text (plain or markdown) of each TextDocument entity."""

from __future__ import annotations

from typing import Final

from .. import protocol as P
from .common import ViewQuery, first_text, has_archetype

KIND: Final = "TextDocument"


def build(q: ViewQuery) -> P.TextDocumentPayload:
    docs = []
    for entity in q.entities():
        comps = q.latest(entity, ["TextDocumentIndicator", "Text", "MediaType"])
        text = first_text(comps.get("Text"))
        if not has_archetype(comps, "TextDocument") or text is None:
            continue
        docs.append(P.TextDocumentItem(entity, text, first_text(comps.get("MediaType")) or "text/plain"))
    return P.TextDocumentPayload(kind=KIND, documents=docs)
