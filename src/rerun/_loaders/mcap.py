"""
MCAP files: every channel becomes an entity (its topic), every message rows at its log time.

Decoded with the `mcap` library and its decoders: `mcap-ros2-support` (message encoding `cdr`,
schema `ros2msg`/`ros2idl`), `mcap-protobuf-support` (`protobuf`, e.g. Foxglove schemas), and
JSON (`json`, parsed here). Messages are mapped to archetypes by `ros_messages` (ROS 2 and
Foxglove kinds), any other message kept generically as flattened fields; channels whose encoding
has no decoder are listed in the import summary (logged as a markdown `TextDocument` at
`import_summary`). Messages are read in log-time order and streamed into the recording, so memory
is bounded by the recording's sink, not the file.

A damaged file keeps what can be read: with a summary section, a chunk that cannot be read (a
corrupt zstd/lz4 block) costs only its own messages (the rest is read chunk by chunk via the chunk
indexes); without one (a truncated file) reading stops where the damage is. Either way a
RerunWarning (also on the viewer's page) and `import_summary` say what was lost: which chunk, its
bytes, its log times and its messages per topic.

The messages keep their own times even when `rr.log_file_from_path(..., static=True)` is asked
(as static data every topic would keep only its last message).

Needs the `robotics` extra: `pip install pyrerun[robotics]`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import IO, Any

NAME = "rerun.data_loaders.Mcap"
EXTENSIONS = ("mcap",)

INSTALL_HINT = "reading MCAP files needs the robotics extra: pip install pyrerun[robotics]"


def load(path: PurePath, contents: bytes) -> list[Any]:
    raise ValueError(f"{path.name}: the MCAP loader logs into a recording (load_into)")


def _decoder_factories() -> list[Any]:
    try:
        from mcap_ros2.decoder import DecoderFactory as Ros2DecoderFactory
    except ImportError as err:
        raise ValueError(INSTALL_HINT) from err
    factories: list[Any] = [Ros2DecoderFactory()]
    try:
        from mcap_protobuf.decoder import DecoderFactory as ProtobufDecoderFactory

        factories.append(ProtobufDecoderFactory())
    except ImportError:  # protobuf channels are then listed as not imported
        pass
    return factories


def load_into(
    path: str,
    contents: bytes | None,
    settings: Any,
    recording: Any,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Stream every message of the MCAP file into `recording`. ValueError if it is not a readable MCAP file."""
    import io

    try:
        from mcap.exceptions import McapError
        from mcap.reader import make_reader
    except ImportError as err:
        raise ValueError(INSTALL_HINT) from err
    from .ros_messages import Importer

    importer = Importer(recording, prefix=settings.entity_path_prefix or "")
    stream: IO[bytes] = io.BytesIO(contents) if contents is not None else open(path, "rb")  # noqa: SIM115
    total = len(contents) if contents is not None else os.path.getsize(path)
    try:
        try:
            reader = make_reader(stream, decoder_factories=())
            reader.get_header()
        except (McapError, Exception) as err:  # noqa: BLE001 - any parse failure means "not a readable MCAP file"
            raise ValueError(f"{os.path.basename(path)} is not a readable MCAP file ({err})") from err
        lost: list[str] = []
        try:
            import_messages(reader, importer, stream, total, progress, lost)
        except Exception as err:  # noqa: BLE001 - a damaged or truncated file: keep what came before
            if isinstance(err, ValueError) and INSTALL_HINT in str(err):
                raise  # the decoders are missing: nothing was read, say what to install
            position = stream.tell()
            where = " (its end: the last record is cut off)" if position >= total else ""
            lost.append(
                f"damaged or truncated MCAP, reading stopped at byte {position:,} of {total:,}{where} ({type(err).__name__}: {err}); "
                "the messages before it are kept, the rest of the file is lost"
            )
        if lost:
            from .._datamodel.errors import warn

            importer.unreadable.extend(lost)
            for note in lost:
                warn(f"{os.path.basename(path)}: {note}")
    finally:
        if contents is None:
            stream.close()
    importer.log_summary(os.path.basename(path))


def import_messages(
    reader: Any, importer: Any, stream: Any, total: int, progress: Callable[[int, int], None] | None, lost: list[str] | None = None
) -> None:
    """Import every message; `lost` gets a note for each chunk that cannot be read (its messages are counted as not imported)."""
    lost = [] if lost is None else lost
    factories = _decoder_factories()
    decoders: dict[int, Callable[[bytes], Any] | None] = {}
    reasons: dict[int, str] = {}

    def decoder_of(schema: Any, channel: Any) -> Callable[[bytes], Any] | None:
        if channel.id in decoders:
            return decoders[channel.id]
        decoder: Callable[[bytes], Any] | None = None
        if channel.message_encoding == "json":
            decoder = _json_decode
        else:
            for factory in factories:
                try:
                    decoder = factory.decoder_for(channel.message_encoding, schema)
                except Exception as err:  # noqa: BLE001 - a broken schema: the channel is listed, not fatal
                    reasons[channel.id] = f"schema cannot be parsed: {err}"
                if decoder is not None:
                    break
        if decoder is None and channel.id not in reasons:
            reasons[channel.id] = f"no decoder for message encoding {channel.message_encoding!r}"
        if "rerun.entity_path" in (channel.metadata or {}):
            importer.entity_frames.add(channel.topic)
        decoders[channel.id] = decoder
        return decoder

    # The frame tree first: /tf_static in full (data in a camera frame needs the static transforms,
    # whose messages come at any time) and the parents of /tf's frames (stable entity paths).
    summary = _summary(reader)
    if summary is None:
        # No summary (a truncated file, or one still being written): a seeking reader stops at
        # the missing footer, so read from the start in file order, up to where the file ends.
        from mcap.reader import NonSeekingReader

        stream.seek(0)
        reader = NonSeekingReader(stream, decoder_factories=())
    static_topics = [c.topic for c in summary.channels.values()] if summary is not None else []
    tree_topics = [t for t in ("/tf_static", "/tf") if t in static_topics]
    if tree_topics:
        for schema, channel, message in _messages(reader, stream, summary, tree_topics, None):
            decoder = decoder_of(schema, channel)
            if decoder is None:
                continue
            try:
                decoded = decoder(message.data)
                importer.learn_tree(schema.name if schema else "", decoded)
                if channel.topic == "/tf_static":
                    importer.message("/tf_static", schema.name if schema else "", decoded, message.log_time)
            except Exception:  # noqa: BLE001 - counted below when read again
                pass
        importer.topics.pop("/tf_static", None)

    last_report = 0
    for schema, channel, message in _messages(reader, stream, summary, None, (importer, lost)):
        type_name = schema.name if schema is not None else ""
        if channel.topic == "/tf_static" and "/tf_static" in static_topics:
            importer.topics.setdefault("/tf_static", _stats(type_name)).messages += 1
            importer.topics["/tf_static"].mapped_to = "Transform3D (frame tree under /tf)"
            continue
        decoder = decoder_of(schema, channel)
        if decoder is None:
            importer.skipped(channel.topic, type_name or channel.message_encoding, reasons[channel.id])
            continue
        try:
            decoded = decoder(message.data)
        except Exception as err:  # noqa: BLE001 - one undecodable message is counted, not fatal
            importer.skipped(channel.topic, type_name, f"cannot decode: {err}")
            continue
        importer.message(channel.topic, type_name, decoded, message.log_time)
        if progress is not None:
            position = stream.tell()
            if position - last_report > (8 << 20):
                last_report = position
                progress(position, total)
    if progress is not None:
        progress(total, total)


def _messages(reader: Any, stream: Any, summary: Any, topics: list[str] | None, report: tuple[Any, list[str]] | None) -> Iterator[Any]:
    """(schema, channel, message) in log-time order (file order without a summary).

    The mcap reader stops at the first chunk it cannot read (a corrupt zstd/lz4 block, a bad
    length). With chunk indexes the rest is then read chunk by chunk, skipping only the unreadable
    ones: each is noted in `report` (importer, notes) with the messages its message index lists.
    The fast path stays the mcap reader's own loop, so an intact file costs nothing extra.
    """
    emitted = 0
    try:
        for item in reader.iter_messages(topics=topics, log_time_order=summary is not None):
            emitted += 1
            yield item
        return
    except Exception:  # noqa: BLE001 - read on chunk by chunk below, or the caller keeps what came before
        if summary is None or not summary.chunk_indexes:
            raise
    yield from _chunk_by_chunk(stream, summary, topics, emitted, report)


def _chunk_by_chunk(stream: Any, summary: Any, topics: list[str] | None, skip: int, report: tuple[Any, list[str]] | None) -> Iterator[Any]:
    """The messages of the readable chunks, in the mcap reader's own order (its queue), after the first `skip` (already read)."""
    from mcap._message_queue import make_message_queue
    from mcap.data_stream import ReadDataStream
    from mcap.records import Chunk, ChunkIndex, Message
    from mcap.stream_reader import breakup_chunk

    wanted = {cid for cid, c in summary.channels.items() if c.topic in topics} if topics is not None else None
    order = {id(ci): n for n, ci in enumerate(sorted(summary.chunk_indexes, key=lambda ci: ci.chunk_start_offset))}
    queue = make_message_queue(log_time_order=True)
    for chunk_index in summary.chunk_indexes:
        if wanted is None or not chunk_index.message_index_offsets or wanted & set(chunk_index.message_index_offsets):
            queue.push(chunk_index)
    while queue:
        item = queue.pop()
        if isinstance(item, ChunkIndex):
            try:
                stream.seek(item.chunk_start_offset + 1 + 8)
                records = breakup_chunk(Chunk.read(ReadDataStream(stream)))
            except Exception as err:  # noqa: BLE001 - this chunk is lost, the next ones are read
                if report is not None:
                    _report_lost_chunk(stream, summary, item, order[id(item)], err, *report)
                continue
            for index, record in enumerate(records):
                if isinstance(record, Message) and (wanted is None or record.channel_id in wanted):
                    channel = summary.channels.get(record.channel_id)
                    if channel is None:
                        continue
                    schema = summary.schemas.get(channel.schema_id) if channel.schema_id else None
                    queue.push(((schema, channel, record), item.chunk_start_offset, index))
        elif skip:
            skip -= 1
        else:
            yield item[0]


def _report_lost_chunk(stream: Any, summary: Any, chunk_index: Any, number: int, err: Exception, importer: Any, notes: list[str]) -> None:
    """Note an unreadable chunk (which, where in the file, its time range) and count its messages per topic, as listed by its message indexes."""
    counts = _indexed_message_counts(stream, summary, chunk_index)
    for topic, count in counts.items():
        channel = next(c for c in summary.channels.values() if c.topic == topic)
        schema = summary.schemas.get(channel.schema_id) if channel.schema_id else None
        for _ in range(count):
            importer.skipped(topic, schema.name if schema is not None else channel.message_encoding, f"in unreadable chunk {number + 1}")
    start, end = chunk_index.chunk_start_offset, chunk_index.chunk_start_offset + chunk_index.chunk_length
    what = f"{sum(counts.values()):,} messages ({', '.join(f'{n:,} on {t}' for t, n in sorted(counts.items()))})" if counts else "its messages"
    notes.append(
        f"chunk {number + 1} of {len(summary.chunk_indexes)} (bytes {start:,}–{end:,}, log times {_time(chunk_index.message_start_time)} to "
        f"{_time(chunk_index.message_end_time)}) cannot be read ({type(err).__name__}: {err}): {what} lost, the other chunks are imported"
    )


def _indexed_message_counts(stream: Any, summary: Any, chunk_index: Any) -> dict[str, int]:
    """Messages per topic in a chunk, from its message index records (after the chunk); empty if they cannot be read."""
    import io

    from mcap.data_stream import ReadDataStream
    from mcap.opcode import Opcode
    from mcap.records import MessageIndex

    counts: dict[str, int] = {}
    try:
        stream.seek(chunk_index.chunk_start_offset + chunk_index.chunk_length)
        data = stream.read(chunk_index.message_index_length)
        records = ReadDataStream(io.BytesIO(data))
        while records.count < len(data):
            opcode, length = records.read1(), records.read8()
            if opcode != Opcode.MESSAGE_INDEX:
                records.read(length)
                continue
            index = MessageIndex.read(records)
            topic = summary.channels[index.channel_id].topic
            counts[topic] = counts.get(topic, 0) + len(index.records)
    except Exception:  # noqa: BLE001 - the count is then unknown, the chunk is still named
        return {}
    return counts


def _time(ns: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(ns / 1e9, tz=datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f") + "Z"


def _stats(type_name: str) -> Any:
    from .ros_messages import TopicStats

    return TopicStats(type_name)


def _summary(reader: Any) -> Any:
    try:
        return reader.get_summary()
    except Exception:  # noqa: BLE001 - a file without summary (still being written) is read in file order
        return None


def _json_decode(data: bytes) -> Any:
    return json.loads(data)
