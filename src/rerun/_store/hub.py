"""The store hub: every store the viewer knows, with its info, grouped by application.

Recordings and blueprints are both `ChunkStore`s keyed by `StoreId`. Per application id the hub
remembers the active blueprint (the one the viewer uses now) and the default blueprint (the one
to reset to), as set by `BlueprintActivation` messages.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from .._chunk import Chunk
from .._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo, StoreKind
from .store import ChunkStore


class StoreHub:
    """Stores keyed by `StoreId`; ingest with `on_message`. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._stores: dict[StoreId, ChunkStore] = {}
        self._infos: dict[StoreId, StoreInfo] = {}
        self._active_blueprint: dict[str, StoreId] = {}
        self._default_blueprint: dict[str, StoreId] = {}
        # Activations that arrived before the blueprint's store info (application unknown yet).
        self._pending_activation: dict[StoreId, BlueprintActivation] = {}
        self._active_recording: StoreId | None = None
        #: Bumped on every change to the set of stores, infos or blueprint choices.
        self.generation = 0

    # -- ingest -----------------------------------------------------------------------------

    def on_message(self, msg: LogMsg) -> StoreId:
        """Ingest any message; returns the id of the store it concerns."""
        if isinstance(msg, ArrowMsg):
            store = self.get_or_create(msg.store_id)
            store.add_chunk(msg.chunk)
            return msg.store_id
        with self._lock:
            if isinstance(msg, SetStoreInfo):
                store = self.get_or_create(msg.store_id)
                self._infos[msg.store_id] = msg.info
                store.info = msg.info
                if msg.store_id.kind == StoreKind.RECORDING and self._active_recording is None:
                    self._active_recording = msg.store_id
                pending = self._pending_activation.pop(msg.store_id, None)
                if pending is not None:
                    self._activate(pending)
            elif isinstance(msg, BlueprintActivation):
                self.get_or_create(msg.store_id)
                self._activate(msg)
            else:
                raise TypeError(f"not a log message: {type(msg).__name__}")
            self.generation += 1
            return msg.store_id

    def on_messages(self, msgs: Iterable[LogMsg]) -> None:
        """Ingest messages in order; raises the first error (after ingesting the others)."""
        for _, err in self.ingest_messages(msgs):
            if err is not None:
                raise err

    def ingest_messages(self, msgs: Iterable[LogMsg], *, hold: bool = False) -> list[tuple[StoreId | None, Exception | None]]:
        """Ingest messages in order; per message, the id of its store, or the error it raised.

        The chunks of consecutive `ArrowMsg`s go to their store together (`ChunkStore.add_chunks`,
        which stages the small ones and adds each entity's as one chunk); with `hold` (a file
        being read, an SDK stream: more blocks follow) staged rows may wait for the next block,
        or until a reader takes the store's lock, which adds them first.
        """
        out: list[tuple[StoreId | None, Exception | None]] = []
        batch: dict[StoreId, list[int]] = {}
        chunks: dict[StoreId, list[Chunk]] = {}

        def flush() -> None:
            for store_id, positions in batch.items():
                store = self.get_or_create(store_id)
                for k, err in store.add_chunks(chunks[store_id], hold=hold):
                    out[positions[k]] = (None, err)
            batch.clear()
            chunks.clear()

        for msg in msgs:
            if isinstance(msg, ArrowMsg):
                batch.setdefault(msg.store_id, []).append(len(out))
                chunks.setdefault(msg.store_id, []).append(msg.chunk)
                out.append((msg.store_id, None))
                continue
            flush()
            try:
                out.append((self.on_message(msg), None))
            except Exception as err:  # noqa: BLE001 - reported per message to the caller
                out.append((None, err))
        flush()
        return out

    def _activate(self, msg: BlueprintActivation) -> None:
        info = self._infos.get(msg.store_id)
        if info is None:
            self._pending_activation[msg.store_id] = msg
            return
        if msg.make_active:
            self._active_blueprint[info.application_id] = msg.store_id
        if msg.make_default:
            self._default_blueprint[info.application_id] = msg.store_id

    def get_or_create(self, store_id: StoreId) -> ChunkStore:
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                store = self._stores[store_id] = ChunkStore(store_id)
                if store_id.kind == StoreKind.RECORDING and self._active_recording is None:
                    self._active_recording = store_id
                self.generation += 1
            return store

    def remove(self, store_id: StoreId) -> None:
        """Forget a store (closing a recording)."""
        with self._lock:
            self._stores.pop(store_id, None)
            self._infos.pop(store_id, None)
            for table in (self._active_blueprint, self._default_blueprint):
                for app, sid in list(table.items()):
                    if sid == store_id:
                        del table[app]
            if self._active_recording == store_id:
                recs = self.store_ids(StoreKind.RECORDING)
                self._active_recording = recs[-1] if recs else None
            self.generation += 1

    # -- lookup -----------------------------------------------------------------------------

    def store(self, store_id: StoreId) -> ChunkStore | None:
        with self._lock:
            return self._stores.get(store_id)

    def store_info(self, store_id: StoreId) -> StoreInfo | None:
        with self._lock:
            return self._infos.get(store_id)

    def store_ids(self, kind: StoreKind | None = None) -> list[StoreId]:
        """Known stores in arrival order, optionally of one kind."""
        with self._lock:
            return [sid for sid in self._stores if kind is None or sid.kind == kind]

    def application_ids(self) -> list[str]:
        with self._lock:
            return sorted({info.application_id for info in self._infos.values()})

    def recordings(self, application_id: str | None = None) -> list[StoreId]:
        """Recording stores, optionally of one application (stores without info match only None)."""
        return self._stores_of(StoreKind.RECORDING, application_id)

    def blueprints(self, application_id: str | None = None) -> list[StoreId]:
        """Blueprint stores, optionally of one application (as `recordings`)."""
        return self._stores_of(StoreKind.BLUEPRINT, application_id)

    def _stores_of(self, kind: StoreKind, application_id: str | None) -> list[StoreId]:
        with self._lock:
            return [
                sid
                for sid in self._stores
                if sid.kind == kind and (application_id is None or self._app_of(sid) == application_id)
            ]

    def _app_of(self, store_id: StoreId) -> str | None:
        info = self._infos.get(store_id)
        return None if info is None else info.application_id

    def application_of(self, store_id: StoreId) -> str | None:
        with self._lock:
            return self._app_of(store_id)

    def active_blueprint(self, application_id: str) -> StoreId | None:
        with self._lock:
            return self._active_blueprint.get(application_id)

    def default_blueprint(self, application_id: str) -> StoreId | None:
        with self._lock:
            return self._default_blueprint.get(application_id)

    def set_active_blueprint(self, application_id: str, store_id: StoreId | None) -> None:
        with self._lock:
            if store_id is None:
                self._active_blueprint.pop(application_id, None)
            else:
                self._active_blueprint[application_id] = store_id
            self.generation += 1

    @property
    def active_recording(self) -> StoreId | None:
        """The recording the viewer shows: the first one seen, unless changed."""
        with self._lock:
            return self._active_recording

    def set_active_recording(self, store_id: StoreId) -> None:
        with self._lock:
            if store_id not in self._stores:
                raise KeyError(f"unknown store {store_id}")
            self._active_recording = store_id
            self.generation += 1

    def __contains__(self, store_id: object) -> bool:
        with self._lock:
            return store_id in self._stores

    def __len__(self) -> int:
        with self._lock:
            return len(self._stores)
