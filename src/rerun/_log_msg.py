"""The messages a recording stream emits, in the order a sink must replay them.

Three kinds, shared by every sink, the .rrd file, the TCP stream and the viewer's ingest:

- `SetStoreInfo`: announces a store (a recording or a blueprint) and what it is.
- `ArrowMsg`: one `Chunk` of data for a store.
- `BlueprintActivation`: asks the viewer to apply a blueprint store that was sent in full.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Union

from ._chunk import Chunk


class StoreKind(str, Enum):
    RECORDING = "recording"
    BLUEPRINT = "blueprint"


@dataclass(frozen=True)
class StoreId:
    """Identifies one store: the kind and a unique id (the recording id for recordings)."""

    kind: StoreKind
    id: str

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"

    @staticmethod
    def parse(text: str) -> StoreId:
        kind, _, ident = text.partition(":")
        return StoreId(StoreKind(kind), ident)


@dataclass(frozen=True)
class StoreInfo:
    """What a store is: which application made it, when, and with which SDK."""

    application_id: str
    store_id: StoreId
    started_ns: int
    sdk_version: str
    python_version: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        data["store_id"] = str(self.store_id)
        return json.dumps(data, sort_keys=True)

    @staticmethod
    def from_json(text: str | bytes) -> StoreInfo:
        data = json.loads(text)
        try:
            return StoreInfo(
                application_id=str(data["application_id"]),
                store_id=StoreId.parse(str(data["store_id"])),
                started_ns=int(data["started_ns"]),
                sdk_version=str(data.get("sdk_version", "")),
                python_version=str(data.get("python_version", "")),
                extra={str(k): str(v) for k, v in dict(data.get("extra", {})).items()},
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"malformed store info {data!r}: {err}") from err


@dataclass(frozen=True)
class SetStoreInfo:
    info: StoreInfo

    @property
    def store_id(self) -> StoreId:
        return self.info.store_id


@dataclass(frozen=True)
class ArrowMsg:
    store_id: StoreId
    chunk: Chunk


@dataclass(frozen=True)
class BlueprintActivation:
    """Sent after a whole blueprint store: make it the active (and/or default) layout."""

    store_id: StoreId
    make_active: bool = True
    make_default: bool = True


LogMsg = Union[SetStoreInfo, ArrowMsg, BlueprintActivation]
