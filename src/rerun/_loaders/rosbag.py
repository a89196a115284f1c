"""
ROS 1 bags (`.bag`) and ROS 2 bags (a folder with `metadata.yaml`, or its `.db3` file), read with `rosbags`.

Every connection becomes an entity (its topic), every message rows at its bag time (`log_time`)
and header stamp (`ros_time`), mapped as in `ros_messages`. Message definitions come from the bag
(ROS 1 bags and ROS 2 bags with embedded definitions) or else from rosbags' ROS 2 Humble types;
topics of types neither knows are listed as not imported in the summary (`import_summary`).

Needs the `robotics` extra: `pip install pyrerun[robotics]`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

NAME = "rerun.data_loaders.RosBag"
EXTENSIONS = ("bag", "db3")

INSTALL_HINT = "reading ROS bags needs the robotics extra: pip install pyrerun[robotics]"


def is_ros2_bag_dir(path: str) -> bool:
    """A folder holding a ROS 2 bag (its `metadata.yaml`)."""
    return os.path.isdir(path) and os.path.isfile(os.path.join(path, "metadata.yaml"))


def load(path: PurePath, contents: bytes) -> list[Any]:
    raise ValueError(f"{path.name}: the ROS bag loader logs into a recording (load_into)")


def load_into(
    path: str,
    contents: bytes | None,
    settings: Any,
    recording: Any,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Stream every message of the bag into `recording`. ValueError if rosbags cannot read it."""
    try:
        from rosbags.highlevel import AnyReader
        from rosbags.typesys import Stores, get_typestore
    except ImportError as err:
        raise ValueError(INSTALL_HINT) from err
    from .ros_messages import Importer

    if contents is not None:
        raise ValueError(f"{os.path.basename(path)}: ROS bags are read from disk, not from bytes; give the file's path")
    bag = Path(path)
    if bag.suffix.lower() == ".db3":
        if not is_ros2_bag_dir(str(bag.parent)):
            raise ValueError(f"{bag.name}: a ROS 2 .db3 file is read with the metadata.yaml of its folder, and {bag.parent} has none")
        bag = bag.parent
    importer = Importer(recording, prefix=settings.entity_path_prefix or "")
    try:
        # ROS 1 bags carry their definitions (which differ from ROS 2's: Header.seq); ROS 2 bags
        # may not, then rosbags' ROS 2 Humble types are used.
        default = None if bag.suffix.lower() == ".bag" else get_typestore(Stores.ROS2_HUMBLE)
        reader = AnyReader([bag], default_typestore=default)
        reader.open()
    except Exception as err:  # noqa: BLE001 - rosbags raises several kinds; all mean "cannot read it"
        raise ValueError(f"{bag.name} is not a ROS bag rosbags can read ({err})") from err
    try:
        connections = list(reader.connections)
        own_types = _own_typestores(connections)
        total = sum(int(c.msgcount) for c in connections) or 1
        # Progress as the callers know it, bytes of the bag: its size on disk, read in proportion
        # to the messages read (rosbags counts them per connection), reported at each percent.
        size = _size_on_disk(bag) or total
        reported = -1
        # The frame tree first (see mcap.py): /tf_static in full, the parents of /tf's frames.
        static = [c for c in connections if c.topic == "/tf_static"]
        tree = [c for c in connections if c.topic in ("/tf_static", "/tf")]
        for conn, timestamp, raw in reader.messages(connections=tree) if tree else ():
            try:
                decoded = reader.deserialize(raw, conn.msgtype)
                importer.learn_tree(conn.msgtype, decoded)
                if conn.topic == "/tf_static":
                    importer.message(conn.topic, conn.msgtype, decoded, int(timestamp))
            except Exception:  # noqa: BLE001 - counted when read again below
                pass
        importer.topics.pop("/tf_static", None)
        done = 0
        for conn, timestamp, raw in reader.messages():
            done += 1
            if conn.topic == "/tf_static" and static:
                stats = importer.topics.setdefault("/tf_static", _stats(conn.msgtype))
                stats.messages += 1
                stats.mapped_to = "Transform3D (frame tree under /tf)"
                continue
            try:
                own = own_types.get(conn.id)
                if own is None:
                    msg = reader.deserialize(raw, conn.msgtype)
                else:
                    msg = own.deserialize_ros1(raw, conn.msgtype) if not reader.is2 else own.deserialize_cdr(raw, conn.msgtype)
            except Exception as err:  # noqa: BLE001 - an unknown type or bad bytes: counted, not fatal
                importer.skipped(conn.topic, conn.msgtype, f"cannot decode: {type(err).__name__}: {err}")
                continue
            importer.message(conn.topic, conn.msgtype, msg, int(timestamp))
            if progress is not None and done * 100 // total > reported:
                reported = done * 100 // total
                progress(size * done // total, size)
    finally:
        reader.close()
    if progress is not None and reported < 100:
        progress(size, size)
    importer.log_summary(bag.name)


def _size_on_disk(bag: Path) -> int:
    """Bytes of a bag file, or of the files of a ROS 2 bag folder."""
    try:
        if bag.is_dir():
            return sum(f.stat().st_size for f in bag.iterdir() if f.is_file())
        return bag.stat().st_size
    except OSError:
        return 0


def _stats(type_name: str) -> Any:
    from .ros_messages import TopicStats

    return TopicStats(type_name)


def _own_typestores(connections: list[Any]) -> dict[int, Any]:
    """connection id -> a typestore of its own message definition, for type names the bag defines in several ways.

    rosbags' reader keeps one definition per type name (the last connection's): a connection
    whose definition differs (another distro, a changed message) would be read with the wrong
    layout. Each such connection is read with the definition it carries.
    """
    from rosbags.interfaces import MessageDefinitionFormat
    from rosbags.typesys import Stores, get_types_from_msg, get_typestore

    definitions: dict[str, set[str]] = {}
    for conn in connections:
        if conn.msgdef.format == MessageDefinitionFormat.MSG:
            definitions.setdefault(conn.msgtype, set()).add(conn.msgdef.data)
    out: dict[int, Any] = {}
    for conn in connections:
        if len(definitions.get(conn.msgtype, ())) > 1:
            try:
                store = get_typestore(Stores.EMPTY)
                store.register(get_types_from_msg(conn.msgdef.data, conn.msgtype))
            except Exception:  # noqa: BLE001 - a definition rosbags cannot parse: the reader's own is used
                continue
            out[conn.id] = store
    return out
