"""
Robotics messages → Rerun archetypes, shared by the MCAP and ROS bag loaders.

A message is any decoded object whose fields are attributes (`mcap-ros2-support`'s dynamic
classes, `rosbags`' dataclasses, protobuf messages) or a dict (JSON). `Importer.message` turns one
message of one topic into rows at the topic's entity path, stamped with two timelines:

- `log_time`: when the message was recorded (MCAP log time, bag time), nanoseconds since the epoch;
- `ros_time`: the message's `header.stamp` (`builtin_interfaces/Time`: sec + nanosec) when it has one,
  else its own `stamp` field (`rcl_interfaces/Log`), else its `log_time`.

Frames: `/tf` and `/tf_static` (`tf2_msgs/TFMessage`) are logged as a tree of entities
`/tf/<root>/<child>/...` each with its `Transform3D` relative to its parent, and every message
with a `header.frame_id` gets a `Transform3D` at its topic's entity: the pose of that frame in the
tree's root frame (composed at import time from the latest transforms known then; `/tf_static`
is read first). So all 3D data shares the root frame's space.

Message kinds mapped (ROS 1 and ROS 2 names): see `_CONVERTERS`. Every other message is kept
generically: its numeric and text fields flattened to named `AnyValues` columns (`pose.position.x`),
arrays as lists. What was imported and what was not is summarised per topic (`Importer.summary`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .._chunk import TimeType
from .._datamodel.errors import collect_warnings, warn

ROS_TIME = "ros_time"
_ROS_TIME_KEY = ((ROS_TIME, TimeType.TIME.value),)
_NO_TIME_KEY: tuple[tuple[str, str], ...] = ()


def normalize_type(name: str) -> str:
    """`sensor_msgs/msg/Image`, `sensor_msgs/Image`, `sensor_msgs.msg.Image` → `sensor_msgs/Image`."""
    name = name.replace(".", "/").replace("::", "/")
    parts = [p for p in name.split("/") if p]
    if len(parts) == 3 and parts[1] == "msg":
        parts = [parts[0], parts[2]]
    return "/".join(parts)


# -- field access ---------------------------------------------------------------------------------


def get(msg: Any, name: str, default: Any = None) -> Any:
    if isinstance(msg, dict):
        return msg.get(name, default)
    return getattr(msg, name, default)


def field_names(msg: Any) -> list[str]:
    """The fields of a decoded message, in declaration order."""
    if isinstance(msg, dict):
        return list(msg)
    fields = getattr(msg, "__dataclass_fields__", None)
    if fields is not None:
        return [f for f in fields if not f.startswith("_")]
    descriptor = getattr(msg, "DESCRIPTOR", None)
    if descriptor is not None and hasattr(descriptor, "fields"):
        return [f.name for f in descriptor.fields]
    slots = getattr(type(msg), "__slots__", None)
    if slots:
        return [s for s in slots if not s.startswith("_")]
    return [k for k in vars(msg) if not k.startswith("_")] if hasattr(msg, "__dict__") else []


def _bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, np.ndarray):
        return value.tobytes()
    if isinstance(value, str):  # base64 in JSON-encoded messages
        import base64

        return base64.b64decode(value)
    return bytes(np.asarray(value, dtype=np.uint8))


def _u8(value: Any) -> np.ndarray:
    if isinstance(value, np.ndarray):
        return value.view(np.uint8).reshape(-1)
    return np.frombuffer(_bytes(value), dtype=np.uint8)


def stamp_ns(stamp: Any) -> int | None:
    """Nanoseconds of a `builtin_interfaces/Time` (sec, nanosec), ROS 1 time (secs, nsecs) or `google.protobuf.Timestamp`."""
    if stamp is None:
        return None
    sec = get(stamp, "sec", None)
    if sec is None:
        sec = get(stamp, "secs", None)
    if sec is None:
        sec = get(stamp, "seconds", None)
    nsec = get(stamp, "nanosec", None)
    if nsec is None:
        nsec = get(stamp, "nsecs", None)
    if nsec is None:
        nsec = get(stamp, "nsec", None)  # foxglove JSON Time
    if nsec is None:
        nsec = get(stamp, "nanos", 0)
    if sec is None:
        return None
    return int(sec) * 1_000_000_000 + int(nsec or 0)


def _reason(err: Exception) -> str:
    """What went wrong, for the summary: our own checks say it in words, anything else with its type."""
    text = str(err).replace("|", "/").replace("\n", " ")
    return text if type(err) is ValueError else f"{type(err).__name__}: {text}"


def _typed_field(msg: Any, name: str, type_name: str, convert: Any, expected: str, default: Any) -> Any:
    value = get(msg, name)
    if value is None and default is not None:
        return default
    try:
        return convert(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{type_name}.{name} is {value!r}, expected {expected}") from None


def _int_field(msg: Any, name: str, type_name: str, default: int | None = None) -> int:
    """`msg.<name>` as an int (`default` when absent), or a ValueError that names the field and what was expected."""
    return int(_typed_field(msg, name, type_name, int, "an integer", default))


def _float_field(msg: Any, name: str, type_name: str, default: float | None = None) -> float:
    """`msg.<name>` as a float (`default` when absent), or a ValueError that names the field and what was expected."""
    return float(_typed_field(msg, name, type_name, float, "a number", default))


def _header(msg: Any) -> tuple[int | None, str | None]:
    header = get(msg, "header")
    if header is None:
        return None, None
    frame = get(header, "frame_id")
    return stamp_ns(get(header, "stamp")), (str(frame).lstrip("/") if frame else None)


# -- quaternion math (x, y, z, w) -------------------------------------------------------------------


def _qmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ax, ay, az, aw = a
    bx, by, bz, bw = b
    return np.array(
        [
            aw * bx + ax * bw + ay * bz - az * by,
            aw * by - ax * bz + ay * bw + az * bx,
            aw * bz + ax * by - ay * bx + az * bw,
            aw * bw - ax * bx - ay * by - az * bz,
        ]
    )


def _qrot(q: np.ndarray, v: np.ndarray) -> np.ndarray:
    qv = np.array([v[0], v[1], v[2], 0.0])
    conj = np.array([-q[0], -q[1], -q[2], q[3]])
    return _qmul(_qmul(q, qv), conj)[:3]


def _vec3(v: Any) -> np.ndarray:
    return np.array([_float_field(v, k, "vector", 0.0) for k in "xyz"])


def _quat(q: Any) -> np.ndarray:
    if q is None:
        return np.array([0.0, 0.0, 0.0, 1.0])
    out = np.array([_float_field(q, k, "quaternion", 0.0) for k in ("x", "y", "z", "w")])
    norm = float(np.linalg.norm(out))
    return out / norm if norm > 0 else np.array([0.0, 0.0, 0.0, 1.0])


Pose = tuple[np.ndarray, np.ndarray]  # translation, rotation (x, y, z, w)


def _compose(parent: Pose, child: Pose) -> Pose:
    return parent[0] + _qrot(parent[1], child[0]), _qmul(parent[1], child[1])


# -- the importer -----------------------------------------------------------------------------------


@dataclass
class TopicStats:
    type_name: str
    messages: int = 0
    mapped_to: str = ""
    errors: int = 0
    first_error: str = ""
    #: Messages whose mapping failed, kept as their flattened fields (as unknown types are).
    generic: int = 0
    first_generic_reason: str = ""
    #: Fields of messages kept generically that do not convert to Arrow (left out of the row): name → reason.
    dropped_fields: dict[str, str] = field(default_factory=dict)
    #: Messages imported with a problem a warning named (e.g. a value left out of an archetype).
    warned: int = 0
    first_warning: str = ""


def _mapped(stats: TopicStats, what: str) -> None:
    if what and what not in stats.mapped_to.split("; "):
        stats.mapped_to = f"{stats.mapped_to}; {what}" if stats.mapped_to else what


@dataclass
class Importer:
    """Logs converted messages into a recording stream (its `_log` with the messages' own times)."""

    recording: Any
    prefix: str = ""
    static: bool = False
    topics: dict[str, TopicStats] = field(default_factory=dict)
    #: child frame → (parent frame, pose of the child in the parent).
    frames: dict[str, tuple[str, Pose]] = field(default_factory=dict)
    #: child frame → parent frame, learnt from every /tf message before the import (`learn_tree`),
    #: so a frame's entity path is the same from its first transform on.
    parents: dict[str, str] = field(default_factory=dict)
    _frame_pose_logged: dict[str, tuple[float, ...]] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)
    #: Topics written by `rerun export` (channel metadata `rerun.entity_path`): their frame ids are
    #: the topic's own entity or an ancestor entity ("/" the root), so the entity tree places them.
    entity_frames: set[str] = field(default_factory=set)
    #: Camera namespace (`/camera` of `/camera/camera_info`) → its latest `Pinhole`, and the image
    #: topics beside it (`/camera/image_raw`): ROS publishes a camera's intrinsics next to its images
    #: (image_transport's convention), Rerun draws an image through the pinhole at its own entity.
    cameras: dict[str, Any] = field(default_factory=dict)
    camera_images: dict[str, set[str]] = field(default_factory=dict)
    #: Topic written by `rerun export` → the row being read back: `rerun export` writes one row as
    #: its Foxglove messages (image, points, transform, log) followed by its `rerun.Components`
    #: message (the other components), all at the row's time; they are logged as that one row.
    _export_rows: dict[str, _ExportRow] = field(default_factory=dict)

    def entity(self, topic: str) -> str:
        return (self.prefix.rstrip("/") + "/" + topic.lstrip("/")) if self.prefix else ("/" + topic.lstrip("/"))

    def log(self, path: str, archetype: Any, log_time_ns: int, ros_time_ns: int | None) -> None:
        if self.static:
            self.recording._log(path, archetype, True, True)
            return
        if ros_time_ns is None:
            timepoint: Any = (_NO_TIME_KEY, ())
        else:
            timepoint = (_ROS_TIME_KEY, (ros_time_ns,))
        self.recording._log(path, archetype, False, True, timepoint, log_time_ns)

    def skipped(self, topic: str, type_name: str, reason: str) -> None:
        stats = self.topics.setdefault(topic, TopicStats(type_name))
        stats.messages += 1
        stats.errors += 1
        stats.first_error = stats.first_error or reason

    def message(self, topic: str, type_name: str, msg: Any, log_time_ns: int) -> None:
        """Convert and log one decoded message; a message that cannot be converted is counted, never fatal."""
        kind = normalize_type(type_name)
        stats = self.topics.get(topic)
        if stats is None:
            stats = self.topics[topic] = TopicStats(type_name)
        elif type_name not in stats.type_name.split(", "):
            stats.type_name += ", " + type_name  # several channels on one topic
        stats.messages += 1
        warned: list[str] = []
        with collect_warnings(warned):  # one warning per topic (see `warn_problems`), not one per message from a worker thread
            self._convert_and_log(stats, topic, kind, msg, log_time_ns)
        if warned:
            stats.warned += 1
            stats.first_warning = stats.first_warning or warned[0].replace("|", "/").replace("\n", " ")

    def _keep_generically(self, stats: TopicStats, msg: Any) -> Rows:
        values, dropped = _generic(msg)
        for name, reason in dropped.items():
            stats.dropped_fields.setdefault(name, reason)
        return [("", values)]

    def _convert_and_log(self, stats: TopicStats, topic: str, kind: str, msg: Any, log_time_ns: int) -> None:
        path = self.entity(topic)
        stamp, frame = _header(msg)
        converter = _CONVERTERS.get(kind)
        pending = self._export_rows.get(topic)
        if pending is not None and (pending.log_time_ns != log_time_ns or kind in pending.kinds or kind not in _EXPORT_ROW_KINDS):
            self._log_export_row(topic)  # a row without its rerun.Components message (an older export)
        try:
            if topic in self.entity_frames and kind in _EXPORT_ROW_KINDS:
                self._read_export_row(topic, kind, msg, log_time_ns, stats)
                return
            if kind in ("tf2_msgs/TFMessage", "tf/tfMessage"):
                self._tf(_seq(get(msg, "transforms")), log_time_ns)
                _mapped(stats, "Transform3D (frame tree under /tf)")
                return
            if kind == "foxglove/FrameTransform" and str(get(msg, "child_frame_id") or "").lstrip("/") == topic.lstrip("/"):
                # Written by `rerun export`: the entity's own transform (relative to its parent entity).
                archetypes = _transform_stamped({"transform": msg})
                self._frame_transform(path, "", log_time_ns, stamp_ns(get(msg, "timestamp")), archetypes[0][1].pose)
                _mapped(stats, "Transform3D")
                return
            if kind.startswith("foxglove/FrameTransform"):
                items = _seq(get(msg, "transforms")) if kind.endswith("s") else [msg]
                self._tf([_foxglove_tf(t) for t in items], log_time_ns)
                _mapped(stats, "Transform3D (frame tree under /tf)")
                return
            if frame is None and kind.startswith("foxglove/"):
                frame = str(get(msg, "frame_id") or "").lstrip("/") or None
                stamp = stamp if stamp is not None else stamp_ns(get(msg, "timestamp"))
            if stamp is None:
                # Without a header: rcl_interfaces/Log's own `stamp`, else the time the message was
                # recorded (as Foxglove and rqt fall back to the receive time), so that every message
                # is on `ros_time`, the timeline the viewer opens.
                stamp = stamp_ns(get(msg, "stamp"))
                stamp = log_time_ns if stamp is None else stamp
            if frame is not None and (frame == topic.lstrip("/") or (topic in self.entity_frames and topic.lstrip("/").startswith(frame + "/"))):
                frame = None  # `rerun export` names frames after entities: no tf to apply
            if converter is None:
                archetypes = self._keep_generically(stats, msg)
                _mapped(stats, "AnyValues (fields flattened)")
            else:
                try:
                    archetypes = converter(msg)
                except Exception as err:  # noqa: BLE001 - the message decoded: keep its fields
                    archetypes = self._keep_generically(stats, msg)
                    stats.generic += 1
                    stats.first_generic_reason = stats.first_generic_reason or _reason(err)
                else:
                    names = {"Transform3D" if isinstance(a, PoseRow) else type(a).__name__ for _, a in archetypes}
                    _mapped(stats, ", ".join(sorted(names)) or stats.mapped_to)
            own_pose = [a for sub, a in archetypes if sub == "" and isinstance(a, PoseRow)]
            if own_pose and topic in self.entity_frames and not own_pose[0].pose[0].any() and abs(own_pose[0].pose[1][3]) == 1.0:
                own_pose = []  # the identity `pose` every exported point cloud carries: no transform of its own
            if frame or own_pose:
                self._frame_transform(path, frame or "", log_time_ns, stamp, own_pose[0].pose if own_pose else None)
            for sub, archetype in archetypes:
                if not isinstance(archetype, PoseRow):
                    self.log(path + sub, archetype, log_time_ns, stamp)
            self._place_in_camera(topic, kind, archetypes, log_time_ns, stamp)
        except Exception as err:  # noqa: BLE001 - one odd message never stops an import
            stats.errors += 1
            stats.first_error = stats.first_error or _reason(err)

    def _read_export_row(self, topic: str, kind: str, msg: Any, log_time_ns: int, stats: TopicStats) -> None:
        """One message of a row written by `rerun export`: collected until its rerun.Components message ends the row."""
        row = self._export_rows.setdefault(topic, _ExportRow(log_time_ns))
        row.kinds.add(kind)
        archetypes: Rows
        if kind == "rerun/Components":
            archetypes = _rerun_components(msg)
            row.static = get(msg, "static") is True
            row.parts += [a for _, a in archetypes]
            _mapped(stats, "AnyValues" if archetypes else "")
            self._log_export_row(topic)
            return
        if kind == "foxglove/SceneUpdate":
            # Drawn for Foxglove from the row that its rerun.Components message holds in full.
            _mapped(stats, "(SceneUpdate: the same rows as its rerun.Components)")
            return
        if kind == "foxglove/FrameTransform":
            from ..archetypes import Transform3D
            from ..datatypes import Quaternion

            pose = _transform_stamped({"transform": msg})[0][1].pose
            archetypes = [("", Transform3D(translation=pose[0], rotation=Quaternion(xyzw=pose[1])))]
        else:
            archetypes = _CONVERTERS[kind](msg)
            if kind == "foxglove/Log" and not get(msg, "level"):
                from ..archetypes import TextLog

                archetypes = [("", TextLog(str(get(msg, "message"))))]  # level UNKNOWN: `rerun export`'s row had none
        row.stamp = stamp_ns(get(msg, "timestamp"))
        row.parts += [a for sub, a in archetypes if not isinstance(a, PoseRow)]  # a point cloud's pose: the identity `rerun export` writes
        _mapped(stats, ", ".join(sorted({type(a).__name__ for _, a in archetypes if not isinstance(a, PoseRow)})))

    def _log_export_row(self, topic: str) -> None:
        row = self._export_rows.pop(topic)
        if not row.parts:
            return
        if row.static:
            self.recording._log(self.entity(topic), row.parts, True, True)
        else:
            self.log(self.entity(topic), row.parts, row.log_time_ns, row.log_time_ns if row.stamp is None else row.stamp)

    def _place_in_camera(self, topic: str, kind: str, archetypes: Rows, log_time_ns: int, stamp: int | None) -> None:
        """The pinhole of `<ns>/camera_info` also at each image topic `<ns>/<name>`, so the image shows in 2D and in its frustum."""
        namespace = topic.rsplit("/", 1)[0]
        if kind == "sensor_msgs/CameraInfo" and archetypes:
            pinhole = self.cameras[namespace] = archetypes[0][1]
            for image_topic in self.camera_images.get(namespace, ()):
                self.log(self.entity(image_topic), pinhole, log_time_ns, stamp)
        elif kind in ("sensor_msgs/Image", "sensor_msgs/CompressedImage"):
            images = self.camera_images.setdefault(namespace, set())
            if topic not in images:
                images.add(topic)
                if namespace in self.cameras:
                    self.log(self.entity(topic), self.cameras[namespace], log_time_ns, stamp)

    # -- frames ------------------------------------------------------------------------------

    def _tf(self, transforms: list[Any], log_time_ns: int) -> None:
        from ..archetypes import Transform3D
        from ..datatypes import Quaternion

        for t in transforms:
            parent = str(get(get(t, "header"), "frame_id") or "").lstrip("/")
            child = str(get(t, "child_frame_id") or "").lstrip("/")
            if not child:
                continue
            tr = get(t, "transform")
            pose = (_vec3(get(tr, "translation")), _quat(get(tr, "rotation")))
            self.frames[child] = (parent, pose)
            stamp = stamp_ns(get(get(t, "header"), "stamp"))
            self.log(
                self.frame_entity(child),
                Transform3D(translation=pose[0], rotation=Quaternion(xyzw=pose[1])),
                log_time_ns,
                stamp,
            )

    def learn_tree(self, type_name: str, msg: Any) -> None:
        """Remember the parent of every frame of a `/tf` message (its transforms are logged when read in order)."""
        kind = normalize_type(type_name)
        if kind in ("tf2_msgs/TFMessage", "tf/tfMessage"):
            items = [(get(get(t, "header"), "frame_id"), get(t, "child_frame_id")) for t in _seq(get(msg, "transforms"))]
        elif kind.startswith("foxglove/FrameTransform"):
            ts = _seq(get(msg, "transforms")) if kind.endswith("s") else [msg]
            items = [(get(t, "parent_frame_id"), get(t, "child_frame_id")) for t in ts]
        else:
            return
        for parent, child in items:
            if parent and child:
                self.parents.setdefault(str(child).lstrip("/"), str(parent).lstrip("/"))

    def _parent(self, frame: str) -> str | None:
        if frame in self.parents:
            return self.parents[frame]
        known = self.frames.get(frame)
        return known[0] if known else None

    def frame_chain(self, frame: str) -> list[str]:
        """Frames from the root to `frame` (cycles cut)."""
        chain = [frame]
        seen = {frame}
        while self._parent(chain[-1]):
            parent = self._parent(chain[-1]) or ""
            if not parent or parent in seen:
                break
            chain.append(parent)
            seen.add(parent)
        return chain[::-1]

    def frame_entity(self, frame: str) -> str:
        from .._recording.entity_path import new_entity_path, split_parts

        prefix = split_parts(self.prefix) if self.prefix else []
        return new_entity_path([*prefix, "tf", *self.frame_chain(frame)])

    def root_pose(self, frame: str) -> Pose:
        pose: Pose = (np.zeros(3), np.array([0.0, 0.0, 0.0, 1.0]))
        for child in self.frame_chain(frame)[1:]:
            if child in self.frames:  # a frame whose transform is not known yet counts as identity
                pose = _compose(pose, self.frames[child][1])
        return pose

    def _frame_transform(self, path: str, frame: str, log_time_ns: int, stamp: int | None, own: Pose | None = None) -> None:
        from ..archetypes import Transform3D
        from ..datatypes import Quaternion

        pose = self.root_pose(frame) if frame else (np.zeros(3), np.array([0.0, 0.0, 0.0, 1.0]))
        if own is not None:
            pose = _compose(pose, own)
        key = (*pose[0].round(9), *pose[1].round(9))
        if self._frame_pose_logged.get(path) == key:
            return
        self._frame_pose_logged[path] = key
        self.log(path, Transform3D(translation=pose[0], rotation=Quaternion(xyzw=pose[1])), log_time_ns, stamp)

    # -- summary -----------------------------------------------------------------------------

    def summary(self, source: str) -> str:
        lines = [f"# Imported {source}", "", "| topic | type | messages | logged as | not imported |", "|---|---|---|---|---|"]
        for topic, s in sorted(self.topics.items()):
            dropped = f"{s.errors} ({s.first_error})" if s.errors else ""
            parts = [s.mapped_to] if s.mapped_to else []
            if s.generic:
                parts.append(f"{s.generic} kept generically: {s.first_generic_reason} (AnyValues, fields flattened)")
            if s.dropped_fields:
                parts.append(_dropped_text(s.dropped_fields))
            if s.warned:
                first = s.first_warning if len(s.first_warning) <= 300 else s.first_warning[:300] + "…"  # the warning has it all
                parts.append(f"{s.warned} with a warning, the first: {first}")
            logged_as = "; ".join(parts) or "-"
            lines.append(f"| {topic} | {s.type_name} | {s.messages} | {logged_as} | {dropped} |")
        for note in self.unreadable:
            lines.append(f"\nnot imported: {note}")
        return "\n".join(lines) + "\n"

    def warn_problems(self, source: str) -> None:
        """One `RerunWarning` per topic whose messages lost a value (a field left out, a warning), naming file, topic and the first reason."""
        for topic, s in sorted(self.topics.items()):
            problems = []
            if s.dropped_fields:
                problems.append(_dropped_text(s.dropped_fields))
            if s.warned:
                problems.append(f"{s.warned} of {s.messages} message(s) imported with a warning, the first: {s.first_warning}")
            if problems:
                warn(f"{source}: topic {topic} ({s.type_name}): " + "; ".join(problems))

    def log_summary(self, source: str) -> None:
        from ..archetypes import TextDocument

        for topic in list(self._export_rows):
            self._log_export_row(topic)
        self.warn_problems(source)

        self.recording._log(
            self.entity("import_summary"), TextDocument(self.summary(source), media_type="text/markdown"), True, True
        )


#: The messages `rerun export` writes one row as (see `Importer._export_rows`).
_EXPORT_ROW_KINDS = frozenset(
    ("rerun/Components", "foxglove/RawImage", "foxglove/CompressedImage", "foxglove/PointCloud", "foxglove/FrameTransform", "foxglove/Log", "foxglove/SceneUpdate")
)


@dataclass
class _ExportRow:
    log_time_ns: int
    stamp: int | None = None
    static: bool = False
    kinds: set[str] = field(default_factory=set)
    #: Archetypes and component batches; logged as one list, so a later part's component wins (the exact types of rerun.Components).
    parts: list[Any] = field(default_factory=list)


@dataclass
class PoseRow:
    """A message's own pose (in its header frame): becomes the entity's transform, composed with the frame's."""

    pose: Pose


def _foxglove_tf(t: Any) -> dict[str, Any]:
    return {
        "header": {"frame_id": get(t, "parent_frame_id"), "stamp": get(t, "timestamp")},
        "child_frame_id": get(t, "child_frame_id"),
        "transform": {"translation": get(t, "translation"), "rotation": get(t, "rotation")},
    }


def _dropped_text(dropped: dict[str, str]) -> str:
    return "fields left out (they do not convert to Arrow): " + ", ".join(f"{name} ({reason})" for name, reason in sorted(dropped.items()))


# -- converters: message → [(entity sub-path, archetype)] ------------------------------------------

Rows = list[tuple[str, Any]]

_IMAGE_ENCODINGS: dict[str, tuple[Any, int, str]] = {
    # encoding: (dtype, channels, kind)
    "mono8": (np.uint8, 1, "color"),
    "8uc1": (np.uint8, 1, "color"),
    "mono16": (np.uint16, 1, "color"),
    "rgb8": (np.uint8, 3, "rgb"),
    "bgr8": (np.uint8, 3, "bgr"),
    "rgba8": (np.uint8, 4, "rgb"),
    "bgra8": (np.uint8, 4, "bgr"),
    "8uc3": (np.uint8, 3, "bgr"),
    "8uc4": (np.uint8, 4, "bgr"),
    "16uc1": (np.uint16, 1, "depth_mm"),
    "32fc1": (np.float32, 1, "depth_m"),
}


#: YUV 4:2:2 encodings (ROS names): the byte order of each pair of pixels.
_YUV422 = {"yuv422": "uyvy", "uyvy": "uyvy", "yuv422_yuy2": "yuyv", "yuyv": "yuyv"}
#: Bayer mosaics: the colours of each 2x2 block, row by row.
_BAYER = {"bayer_rggb8": "rggb", "bayer_bggr8": "bggr", "bayer_gbrg8": "gbrg", "bayer_grbg8": "grbg"}


def _image_rows(raw: np.ndarray, width: int, height: int, step: int, row_bytes: int, encoding: str) -> np.ndarray:
    """The (height, row_bytes) pixel bytes of an image, or a ValueError naming the size that does not fit."""
    if width <= 0 or height <= 0:
        raise ValueError(f"Image of {width}x{height} pixels: width and height must be positive")
    if step < row_bytes:
        raise ValueError(f"Image.step {step} is less than width {width} x the {row_bytes // width} bytes a {encoding!r} pixel needs")
    if step * height > len(raw):
        raise ValueError(f"Image.data holds {len(raw)} bytes; height {height} x step {step} needs {step * height}")
    return raw[: step * height].reshape(height, step)[:, :row_bytes]


def _yuv422_to_rgb(rows: np.ndarray, width: int, order: str) -> np.ndarray:
    """(H, 2W) bytes of YUV 4:2:2 (UYVY or YUYV, BT.601 video range as ROS cameras send) as (H, W, 3) RGB."""
    pairs = rows[:, : (width // 2) * 4].reshape(rows.shape[0], -1, 4).astype(np.float32)
    if order == "uyvy":
        u, y0, v, y1 = pairs[..., 0], pairs[..., 1], pairs[..., 2], pairs[..., 3]
    else:
        y0, u, y1, v = pairs[..., 0], pairs[..., 1], pairs[..., 2], pairs[..., 3]
    y = np.stack([y0, y1], axis=-1).reshape(rows.shape[0], -1)  # (H, W)
    u = np.repeat(u, 2, axis=1) - 128.0
    v = np.repeat(v, 2, axis=1) - 128.0
    c = (y - 16.0) * 1.164
    rgb = np.stack([c + 1.596 * v, c - 0.392 * u - 0.813 * v, c + 2.017 * u], axis=-1)
    return np.clip(rgb, 0, 255).round().astype(np.uint8)


def _bayer_to_rgb(mosaic: np.ndarray, pattern: str) -> np.ndarray:
    """An (H, W) Bayer mosaic as (H, W, 3) RGB: each 2x2 block's red, mean green and blue (no interpolation)."""
    h, w = (mosaic.shape[0] // 2) * 2, (mosaic.shape[1] // 2) * 2
    blocks = {pattern[0]: [mosaic[0:h:2, 0:w:2]], pattern[1]: [mosaic[0:h:2, 1:w:2]]}
    blocks.setdefault(pattern[2], []).append(mosaic[1:h:2, 0:w:2])
    blocks.setdefault(pattern[3], []).append(mosaic[1:h:2, 1:w:2])
    green = blocks["g"][0].astype(np.uint16)
    if len(blocks["g"]) > 1:
        green = (green + blocks["g"][1]) // 2
    small = np.stack([blocks["r"][0], green.astype(mosaic.dtype), blocks["b"][0]], axis=-1)
    out = np.zeros((*mosaic.shape, 3), mosaic.dtype)
    out[:h, :w] = small.repeat(2, axis=0).repeat(2, axis=1)
    return out


def image_array(data: Any, width: int, height: int, step: int, encoding: str, big_endian: bool) -> tuple[np.ndarray, str]:
    """The pixels of a `sensor_msgs/Image` as an (H, W[, C]) array, and how to log it (color/depth).

    Besides the encodings of `_IMAGE_ENCODINGS`: `yuv422` (UYVY) and `yuv422_yuy2` (YUYV) are
    converted to RGB (BT.601), `bayer_*8` mosaics to RGB at full size (one colour per 2x2 block).
    """
    enc = encoding.lower()
    raw = _u8(data)
    if enc in _YUV422:
        rows = _image_rows(raw, width, height, step or width * 2, width * 2, encoding)
        return _yuv422_to_rgb(rows, width, _YUV422[enc]), "rgb"
    if enc in _BAYER:
        rows = _image_rows(raw, width, height, step or width, width, encoding)
        return _bayer_to_rgb(np.ascontiguousarray(rows), _BAYER[enc]), "rgb"
    if enc not in _IMAGE_ENCODINGS:
        known = sorted([*_IMAGE_ENCODINGS, *_YUV422, *_BAYER])
        raise ValueError(f"Image.encoding {encoding!r} is not one of {known}")
    dtype, channels, kind = _IMAGE_ENCODINGS[enc]
    dt = np.dtype(dtype).newbyteorder(">" if big_endian else "<")
    row_bytes = width * channels * dt.itemsize
    step = step or row_bytes
    rows = _image_rows(raw, width, height, step, row_bytes, encoding)
    pixels = np.ascontiguousarray(rows).view(dt).astype(dtype, copy=False)
    pixels = pixels.reshape(height, width, channels) if channels > 1 else pixels.reshape(height, width)
    if kind == "bgr":
        pixels = np.concatenate([pixels[..., 2::-1], pixels[..., 3:]], axis=-1)
    return pixels, kind


def _image(msg: Any) -> Rows:
    from ..archetypes import DepthImage, Image

    pixels, kind = image_array(
        get(msg, "data"),
        _int_field(msg, "width", "Image"),
        _int_field(msg, "height", "Image"),
        _int_field(msg, "step", "Image", 0),
        str(get(msg, "encoding")),
        bool(get(msg, "is_bigendian")),
    )
    if kind == "depth_mm":
        return [("", DepthImage(pixels, meter=1000.0))]
    if kind == "depth_m":
        return [("", DepthImage(pixels, meter=1.0))]
    return [("", Image(pixels))]


def _compressed_image(msg: Any) -> Rows:
    from ..archetypes import ImageEncoded

    data = _bytes(get(msg, "data"))
    _check_encoded_image(data, get(msg, "format"))
    return [("", ImageEncoded(contents=data))]


def _check_encoded_image(data: bytes, declared: Any) -> None:
    """A ValueError unless `data` starts like an image file PIL reads (JPEG, PNG, ...): only its header is read."""
    import io

    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)):
            pass
    except Exception:  # noqa: BLE001 - PIL raises several kinds for a header it does not know
        raise ValueError(
            f"CompressedImage.data ({len(data)} bytes, starting {data[:8].hex(' ') or 'empty'}; format {str(declared or '')!r}) "
            "is not an image file PIL can read (JPEG, PNG, ...)"
        ) from None


def _camera_info(msg: Any) -> Rows:
    from ..archetypes import Pinhole

    k = get(msg, "k")
    if k is None:
        k = get(msg, "K")
    try:
        matrix = np.asarray(list(k), dtype=np.float32).reshape(3, 3)
    except (TypeError, ValueError) as err:
        raise ValueError(f"CameraInfo.k is {k!r}, expected 9 numbers ({err})") from None
    resolution = [_int_field(msg, "width", "CameraInfo"), _int_field(msg, "height", "CameraInfo")]
    return [("", Pinhole(image_from_camera=matrix, resolution=resolution))]


_POINT_FIELD_TYPES = {1: "i1", 2: "u1", 3: "i2", 4: "u2", 5: "i4", 6: "u4", 7: "f4", 8: "f8"}


def point_cloud_arrays(msg: Any) -> tuple[np.ndarray, np.ndarray | None, dict[str, np.ndarray]]:
    """
    Positions (N, 3) float32, colours as packed 0xRRGGBBAA uint32 (N,) or None, and the other
    scalar fields of a `PointCloud2`.

    Fields are read in place from the message's bytes (a strided view per field): the common
    layout, x/y/z float32 side by side, costs one copy for the positions and one pass for the
    colours, whatever the point step.
    """
    fields = {str(get(f, "name")): f for f in _seq(get(msg, "fields"))}
    order = ">" if bool(get(msg, "is_bigendian")) else "<"
    layout: dict[str, tuple[np.dtype, int]] = {}
    for name, f in fields.items():
        where = f"PointCloud2.fields[{name!r}]"
        code = _POINT_FIELD_TYPES.get(_int_field(f, "datatype", where))
        if code is not None and _int_field(f, "count", where, 1) in (0, 1):
            offset = _int_field(f, "offset", where)
            if offset < 0:
                raise ValueError(f"{where}.offset is {offset}, expected 0 or more")
            layout[name] = (np.dtype(order + code), offset)
    if name_missing := [a for a in ("x", "y", "z") if a not in layout]:
        raise ValueError(f"PointCloud2 has no {name_missing} field(s) (it has {list(fields)})")
    point_step = _int_field(msg, "point_step", "PointCloud2")
    raw = _u8(get(msg, "data"))
    width, height = _int_field(msg, "width", "PointCloud2"), _int_field(msg, "height", "PointCloud2")
    row_step = _int_field(msg, "row_step", "PointCloud2", 0)
    _check_point_cloud_size(layout, len(raw), width, height, point_step, row_step)
    if height > 1 and row_step > width * point_step:
        # An organized cloud whose rows are padded: drop each row's padding (one copy).
        if len(raw) < row_step * height:  # the last row's padding may be left out
            raw = np.concatenate([raw, np.zeros(row_step * height - len(raw), np.uint8)])
        raw = np.ascontiguousarray(raw[: row_step * height].reshape(height, row_step)[:, : width * point_step]).reshape(-1)
    count = width * height
    if not raw.flags.c_contiguous:
        raw = np.ascontiguousarray(raw)

    def column(dtype: np.dtype, offset: int) -> np.ndarray:
        if count == 0:
            return np.zeros(0, dtype)
        return np.ndarray((count,), dtype, buffer=raw, offset=offset, strides=(point_step,))

    (x_type, x_at), (y_type, y_at), (z_type, z_at) = layout["x"], layout["y"], layout["z"]
    side_by_side = x_type == y_type == z_type == np.dtype("<f4") and (y_at, z_at) == (x_at + 4, x_at + 8)
    if side_by_side and count:
        positions = np.ndarray((count, 3), np.float32, buffer=raw, offset=x_at, strides=(point_step, 4)).copy()
    else:
        positions = np.empty((count, 3), np.float32)
        for axis, name in enumerate("xyz"):
            positions[:, axis] = column(*layout[name])
    colors = None
    packed_name = "rgb" if "rgb" in layout else "rgba" if "rgba" in layout else None
    if packed_name is not None:
        # Packed colours are 32-bit 0xAARRGGBB (PCL's convention), whatever the field's declared type.
        packed = column(np.dtype(order + "u4"), layout[packed_name][1])
        alpha = packed >> np.uint32(24) if packed_name == "rgba" else np.uint32(255)
        colors = (packed << np.uint32(8)) | alpha
    if colors is None and all(c in layout for c in "rgb"):
        # Separate colour fields (r, g, b[, a]), uint8 0..255 or floats 0..1.
        channels = [column(*layout[c]) for c in ("r", "g", "b", "a") if c in layout]
        as_u8 = [np.clip(ch * 255.0 if ch.dtype.kind == "f" else ch, 0, 255).astype(np.uint32) for ch in channels]
        alpha = as_u8[3] if len(as_u8) > 3 else np.uint32(255)
        colors = (as_u8[0] << np.uint32(24)) | (as_u8[1] << np.uint32(16)) | (as_u8[2] << np.uint32(8)) | alpha
    extra = {name: column(*where).astype(np.float64) for name, where in layout.items() if name not in ("x", "y", "z", "rgb", "rgba", "r", "g", "b", "a")}
    return positions, colors, extra


def _check_point_cloud_size(layout: dict[str, tuple[np.dtype, int]], size: int, width: int, height: int, point_step: int, row_step: int) -> None:
    """A ValueError naming the fields when a PointCloud2's declared size does not fit its data (no made-up or missing points)."""
    if width < 0 or height < 0:
        raise ValueError(f"PointCloud2 of width {width} x height {height}: both must be 0 or more")
    extent = max(offset + dtype.itemsize for dtype, offset in layout.values())
    last = max(layout, key=lambda name: layout[name][1] + layout[name][0].itemsize)
    count = width * height
    if count == 0:
        if size:
            raise ValueError(f"PointCloud2.data holds {size} bytes; width {width} x height {height} is no point")
        return
    if point_step < extent:
        raise ValueError(f"PointCloud2.point_step is {point_step}; field {last!r} needs at least {extent} bytes per point")
    if size < count * point_step:
        raise ValueError(f"PointCloud2.data holds {size} bytes; width {width} x height {height} x point_step {point_step} needs {count * point_step}")
    if row_step and row_step < width * point_step:
        raise ValueError(f"PointCloud2.row_step is {row_step}; width {width} x point_step {point_step} needs {width * point_step}")
    if height > 1 and row_step and size < row_step * (height - 1) + width * point_step:
        needed = row_step * (height - 1) + width * point_step
        raise ValueError(f"PointCloud2.data holds {size} bytes; height {height} rows of row_step {row_step} (the last {width} x point_step {point_step}) need {needed}")


def _intensity_colors(values: np.ndarray) -> np.ndarray:
    from .._colormaps import float_table

    table = float_table("Turbo")  # (256, 3) floats in 0..1
    lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
    index = np.nan_to_num((values - lo) / (hi - lo) * 255 if hi > lo else np.zeros_like(values)).astype(np.int64)
    rgb = (table[np.clip(index, 0, 255)] * 255).round().astype(np.uint8)
    return np.concatenate([rgb, np.full((len(values), 1), 255, np.uint8)], axis=1)


def _point_cloud2(msg: Any) -> Rows:
    from ..archetypes import Points3D

    positions, colors, extra = point_cloud_arrays(msg)
    if not np.isfinite(positions).all():  # dense clouds (the usual) pass with one check
        finite = np.isfinite(positions).all(axis=1)
        positions = positions[finite]
        colors = colors[finite] if colors is not None else None
        extra = {k: v[finite] for k, v in extra.items()}
    if colors is None and "intensity" in extra and len(extra["intensity"]):
        try:
            colors = _intensity_colors(extra["intensity"])
        except Exception:  # noqa: BLE001 - colours are a nicety
            colors = None
    return [("", Points3D(positions, colors=colors))]


def _laser_scan(msg: Any) -> Rows:
    from ..archetypes import Points3D

    try:
        ranges = np.asarray(_seq(get(msg, "ranges")), dtype=np.float64).reshape(-1)
    except (TypeError, ValueError):
        raise ValueError(f"LaserScan.ranges is {get(msg, 'ranges')!r:.80}, expected numbers") from None
    angles = _float_field(msg, "angle_min", "LaserScan") + _float_field(msg, "angle_increment", "LaserScan") * np.arange(len(ranges))
    ok = np.isfinite(ranges) & (ranges >= _float_field(msg, "range_min", "LaserScan", 0.0)) & (ranges <= _float_field(msg, "range_max", "LaserScan", np.inf))
    # Only the valid readings: inf/NaN ("no return") would make numpy warn on the multiplications.
    ranges, angles = ranges[ok], angles[ok]
    pts = np.stack([ranges * np.cos(angles), ranges * np.sin(angles), np.zeros_like(ranges)], axis=1)
    return [("", Points3D(pts.astype(np.float32)))]


def _seq(value: Any) -> list[Any]:
    """A message's array field (a list, tuple or numpy array; None) as a list."""
    return [] if value is None else list(value)


def _scalar_rows(values: dict[str, float]) -> Rows:
    from ..archetypes import Scalar

    return [(f"/{name}", Scalar(float(v))) for name, v in values.items()]


def _std_scalar(msg: Any) -> Rows:
    from ..archetypes import Scalar

    data = get(msg, "data")
    if isinstance(data, (str, bytes)) or data is None:  # float("1.5") would pass: a definition that differs
        raise ValueError(f"field 'data' is {data!r}, expected a number")
    return [("", Scalar(float(data)))]


def _multi_array(msg: Any) -> Rows:
    from ..archetypes import Scalar

    data = np.asarray(list(get(msg, "data")), dtype=np.float64)
    return [(f"/{i}", Scalar(float(v))) for i, v in enumerate(data)]


def _string(msg: Any) -> Rows:
    from ..archetypes import TextLog

    return [("", TextLog(str(get(msg, "data"))))]


_ROS2_LEVELS = {10: "DEBUG", 20: "INFO", 30: "WARN", 40: "ERROR", 50: "FATAL"}
_ROS1_LEVELS = {1: "DEBUG", 2: "INFO", 4: "WARN", 8: "ERROR", 16: "FATAL"}
_FOXGLOVE_LEVELS = {1: "DEBUG", 2: "INFO", 3: "WARN", 4: "ERROR", 5: "FATAL"}


def _log_msg(levels: dict[int, str]) -> Callable[[Any], Rows]:
    def convert(msg: Any) -> Rows:
        from ..archetypes import TextLog

        level = _int_field(msg, "level", "Log", 0)
        name = str(get(msg, "name") or "")
        text = str(get(msg, "msg") if get(msg, "msg") is not None else get(msg, "message"))
        return [("", TextLog(f"[{name}] {text}" if name else text, level=levels.get(level, "INFO")))]

    return convert


def _pose(msg: Any) -> Rows:
    pose = get(msg, "pose")
    if get(pose, "pose") is not None:  # PoseWithCovariance
        pose = get(pose, "pose")
    return [("", PoseRow((_vec3(get(pose, "position")), _quat(get(pose, "orientation")))))]


def _transform_stamped(msg: Any) -> Rows:
    tr = get(msg, "transform")
    return [("", PoseRow((_vec3(get(tr, "translation")), _quat(get(tr, "rotation")))))]


def _point_stamped(msg: Any) -> Rows:
    from ..archetypes import Points3D

    return [("", Points3D([_vec3(get(msg, "point"))]))]


def _twist(msg: Any) -> Rows:
    from ..archetypes import Arrows3D

    twist = get(msg, "twist") if get(msg, "twist") is not None else msg
    if get(twist, "twist") is not None:  # TwistWithCovariance
        twist = get(twist, "twist")
    lin, ang = _vec3(get(twist, "linear")), _vec3(get(twist, "angular"))
    rows: Rows = [("/linear", Arrows3D(vectors=[lin])), ("/angular", Arrows3D(vectors=[ang]))]
    rows += _scalar_rows({f"linear/{a}": v for a, v in zip("xyz", lin)})
    rows += _scalar_rows({f"angular/{a}": v for a, v in zip("xyz", ang)})
    return rows


def _odometry(msg: Any) -> Rows:
    return _pose(msg) + _twist(msg)


def _path(msg: Any) -> Rows:
    from ..archetypes import LineStrips3D

    points = [_vec3(get(get(p, "pose"), "position")) for p in _seq(get(msg, "poses"))]
    return [("", LineStrips3D([np.asarray(points, dtype=np.float32).reshape(-1, 3)]))]


def _map_palette() -> np.ndarray:
    """RViz's "map" colour scheme (rviz_default_plugins map_display.cpp, `makeMapPalette`), indexed by a cell's byte.

    0..100 (probability of occupied, %): grey from white (free) to black (occupied), 255 - 255 * p / 100;
    -1 (unknown): RViz's "blueish greenish grayish" (0x70, 0x89, 0x86); the values no map should
    hold as RViz shows them: 101..127 green, -128..-2 red to yellow.
    """
    palette = np.zeros((256, 3), dtype=np.uint8)
    p = np.arange(101)
    palette[:101] = (255 - 255 * p // 100)[:, None]
    palette[101:128] = (0, 255, 0)
    i = np.arange(128, 255)
    palette[128:255, 0] = 255
    palette[128:255, 1] = 255 * (i - 128) // (254 - 128)
    palette[255] = (0x70, 0x89, 0x86)
    return palette


_MAP_PALETTE = _map_palette()


def _occupancy_grid(msg: Any) -> Rows:
    """A map as RViz's Map display draws it: a textured plane at `info.origin` in the map's frame.

    `/origin`: the `Transform3D` of `info.origin` (position + orientation) in the message's frame.
    `/origin/plane`: a `Mesh3D` quad from (0, 0) to (width * resolution, height * resolution) metres
    in the origin's x-y plane (cell (0, 0) at the origin, columns along +x, rows along +y), its
    `albedo_texture` the cells in RViz's map colours. `/origin/grid`: the same picture as a 2D
    `Image` seen from above (+x to the right, +y up, so the grid's last row is the image's top).
    """
    from ..archetypes import Image, Mesh3D, Transform3D
    from ..datatypes import Quaternion

    info = get(msg, "info")
    width, height = _int_field(info, "width", "OccupancyGrid.info"), _int_field(info, "height", "OccupancyGrid.info")
    resolution = _float_field(info, "resolution", "OccupancyGrid.info")
    data = get(msg, "data")
    if isinstance(data, (bytes, bytearray, memoryview)):
        cells = np.frombuffer(data, dtype=np.int8)
    else:
        # int8 cells (ROS: -1 unknown, 0..100 occupied %); a JSON list or a wider array wraps as int8 does.
        cells = np.asarray(data).astype(np.int8, copy=False).reshape(-1)
    if width <= 0 or height <= 0 or cells.size != width * height:
        raise ValueError(f"OccupancyGrid.data holds {cells.size} cells; info.width {width} x info.height {height} needs {width * height}")
    picture = np.ascontiguousarray(_MAP_PALETTE[cells.view(np.uint8).reshape(height, width)[::-1]])
    w, h = width * resolution, height * resolution
    origin = get(info, "origin")
    return [
        ("/origin", Transform3D(translation=_vec3(get(origin, "position")), rotation=Quaternion(xyzw=_quat(get(origin, "orientation"))))),
        (
            "/origin/plane",
            Mesh3D(
                vertex_positions=np.array([[0, 0, 0], [w, 0, 0], [w, h, 0], [0, h, 0]], dtype=np.float32),
                triangle_indices=np.array([[0, 1, 2], [0, 2, 3]], dtype=np.uint32),
                # Texture coordinates as Rerun's: (0, 0) is the texture's first pixel (top left), and
                # the picture's top row is the grid's last row (largest y).
                vertex_texcoords=np.array([[0, 1], [1, 1], [1, 0], [0, 0]], dtype=np.float32),
                albedo_texture=picture,
            ),
        ),
        ("/origin/grid", Image(picture)),
    ]


def _imu(msg: Any) -> Rows:
    from ..archetypes import Transform3D
    from ..datatypes import Quaternion

    lin, ang = _vec3(get(msg, "linear_acceleration")), _vec3(get(msg, "angular_velocity"))
    rows: Rows = [("/orientation", Transform3D(rotation=Quaternion(xyzw=_quat(get(msg, "orientation")))))]
    rows += _scalar_rows({f"linear_acceleration/{a}": v for a, v in zip("xyz", lin)})
    rows += _scalar_rows({f"angular_velocity/{a}": v for a, v in zip("xyz", ang)})
    return rows


def _joint_state(msg: Any) -> Rows:
    names = [str(n) for n in _seq(get(msg, "name"))]
    rows: Rows = []
    for field_name in ("position", "velocity", "effort"):
        values = _seq(get(msg, field_name))
        rows += _scalar_rows({f"{n}/{field_name}": v for n, v in zip(names, values)})
    return rows


def _nav_sat_fix(msg: Any) -> Rows:
    return _scalar_rows({k: _float_field(msg, k, "NavSatFix") for k in ("latitude", "longitude", "altitude")})


def _battery(msg: Any) -> Rows:
    return _scalar_rows(
        {k: _float_field(msg, k, "BatteryState") for k in ("voltage", "current", "charge", "capacity", "percentage") if get(msg, k) is not None}
    )


def _range(msg: Any) -> Rows:
    from ..archetypes import Scalar

    return [("", Scalar(_float_field(msg, "range", "Range")))]


def _temperature(msg: Any) -> Rows:
    from ..archetypes import Scalar

    return [("", Scalar(_float_field(msg, "temperature", "Temperature")))]


def _marker_rows(m: Any, sub: str) -> Rows:
    from ..archetypes import Arrows3D, Boxes3D, LineStrips3D, Points3D, TextLog, Transform3D
    from ..datatypes import Quaternion

    mtype = _int_field(m, "type", "Marker", 0)
    action = _int_field(m, "action", "Marker", 0)
    if action in (2, 3):  # DELETE, DELETEALL
        from ..archetypes import Clear

        return [(sub, Clear(recursive=True))]
    pose = get(m, "pose")
    scale = _vec3(get(m, "scale"))
    c = get(m, "color")
    color = [int(round(_float_field(c, k, "Marker.color", 1.0) * 255)) for k in ("r", "g", "b", "a")] if c is not None else None
    points = np.asarray([_vec3(p) for p in _seq(get(m, "points"))], dtype=np.float32).reshape(-1, 3)
    rows: Rows = [(sub, Transform3D(translation=_vec3(get(pose, "position")), rotation=Quaternion(xyzw=_quat(get(pose, "orientation")))))]
    if mtype in (1, 3):  # CUBE, CYLINDER: a box of the marker's size
        rows.append((sub + "/shape", Boxes3D(half_sizes=[scale / 2], colors=color)))
    elif mtype == 2:  # SPHERE: 0.17 has no ellipsoids; a point as big as the sphere (its largest half-axis), as SceneUpdate spheres
        rows.append((sub + "/shape", Points3D([[0, 0, 0]], radii=float(scale.max()) / 2, colors=color)))
    elif mtype == 0:  # ARROW
        if len(points) >= 2:
            rows.append((sub + "/shape", Arrows3D(origins=[points[0]], vectors=[points[1] - points[0]], colors=color)))
        else:
            rows.append((sub + "/shape", Arrows3D(vectors=[[scale[0], 0, 0]], colors=color)))
    elif mtype == 4:  # LINE_STRIP
        rows.append((sub + "/shape", LineStrips3D([points], colors=color)))
    elif mtype == 5:  # LINE_LIST
        rows.append((sub + "/shape", LineStrips3D(points.reshape(-1, 2, 3), colors=color)))
    elif mtype in (6, 7, 8):  # CUBE_LIST, SPHERE_LIST, POINTS
        rows.append((sub + "/shape", Points3D(points, colors=color, radii=float(scale[0]) / 2)))
    elif mtype == 9:  # TEXT_VIEW_FACING
        rows.append((sub + "/shape", Points3D([[0, 0, 0]], labels=[str(get(m, "text"))], colors=color)))
    else:
        rows.append((sub + "/shape", TextLog(f"marker type {mtype} is shown as its pose only")))
    return rows


def _marker(msg: Any) -> Rows:
    return _marker_rows(msg, f"/{get(msg, 'ns') or 'marker'}/{get(msg, 'id')}")


def _marker_array(msg: Any) -> Rows:
    rows: Rows = []
    for m in _seq(get(msg, "markers")):
        rows += _marker(m)
    return rows


def _rerun_components(msg: Any) -> Rows:
    """`rerun export`'s message for components without a Foxglove schema: back as named components."""
    import pyarrow as pa

    from .._export.arrow_json import from_json
    from .._rrd.validate import _component_types
    from ..any_value import AnyValues

    rerun_types = _component_types()
    arrow_types = dict(get(msg, "arrow_types") or {})
    values: dict[str, Any] = {}
    for name, value in dict(get(msg, "components") or {}).items():
        if value is None:
            continue
        if name in rerun_types or name in arrow_types:  # Rerun's own component, or an AnyValues one whose type the export wrote: back with its exact Arrow type
            try:
                values[name] = from_json(value, rerun_types[name] if name in rerun_types else pa.type_for_alias(str(arrow_types[name])))
                continue
            except (pa.ArrowException, TypeError, ValueError, AttributeError, KeyError):
                pass  # (an export older than unions as {variant: value}): as generic values, which AnyValues casts or leaves out with a warning
        values[name] = _json_component(value)
    return [("", AnyValues(**values))] if values else []


def _json_component(value: Any) -> Any:
    """A component's JSON value as something `AnyValues` stores: nested numbers flattened, structures as JSON text."""
    if isinstance(value, list) and value and isinstance(value[0], list):
        try:
            return np.asarray(value, dtype=np.float64).reshape(-1)
        except (TypeError, ValueError):
            pass
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        import json

        return [json.dumps(v) for v in value]
    return value


def _foxglove_compressed_image(msg: Any) -> Rows:
    return _compressed_image(msg)


def _foxglove_raw_image(msg: Any) -> Rows:
    return _image({**{k: get(msg, k) for k in ("data", "width", "height", "step", "encoding")}, "is_bigendian": False})


def _foxglove_log(msg: Any) -> Rows:
    return _log_msg(_FOXGLOVE_LEVELS)(msg)


def _foxglove_location(msg: Any) -> Rows:
    return _nav_sat_fix(msg)


def _foxglove_pose_in_frame(msg: Any) -> Rows:
    return _pose(msg)


def _foxglove_point_cloud(msg: Any) -> Rows:
    from ..archetypes import Points3D

    # foxglove.PackedElementField: numeric_type 1=u8 2=i8 3=u16 4=i16 5=u32 6=i32 7=f32 8=f64
    fox_to_ros = {1: 2, 2: 1, 3: 4, 4: 3, 5: 6, 6: 5, 7: 7, 8: 8}
    fields = [{"name": get(f, "name"), "offset": get(f, "offset"), "datatype": fox_to_ros.get(_int_field(f, "type", f"PointCloud.fields[{get(f, 'name')!r}]", 0), 0), "count": 1} for f in _seq(get(msg, "fields"))]
    data = _u8(get(msg, "data"))
    stride = _int_field(msg, "point_stride", "PointCloud")
    fake = {"fields": fields, "is_bigendian": False, "point_step": stride, "data": data, "width": len(data) // stride if stride else 0, "height": 1}
    positions, colors, extra = point_cloud_arrays(fake)
    if colors is None and all(k in extra for k in ("red", "green", "blue")):
        colors = np.stack([np.clip(extra[k] * (255 if extra[k].max(initial=0) <= 1 else 1), 0, 255).astype(np.uint8) for k in ("red", "green", "blue")], axis=1)
    pose = get(msg, "pose")
    rows: Rows = []
    if pose is not None:
        rows += _pose({"pose": pose})
    rows.append(("", Points3D(positions, colors=colors)))
    return rows


def _foxglove_scene_update(msg: Any) -> Rows:
    from ..archetypes import Arrows3D, Boxes3D, LineStrips3D, Points3D, Transform3D
    from ..datatypes import Quaternion

    rows: Rows = []
    for entity in _seq(get(msg, "entities")):
        sub = f"/{get(entity, 'id') or 'entity'}"
        for i, cube in enumerate(_seq(get(entity, "cubes"))):
            pose = get(cube, "pose")
            rows.append((f"{sub}/cube_{i}", Transform3D(translation=_vec3(get(pose, "position")), rotation=Quaternion(xyzw=_quat(get(pose, "orientation"))))))
            rows.append((f"{sub}/cube_{i}/shape", Boxes3D(half_sizes=[_vec3(get(cube, "size")) / 2])))
        for i, sphere in enumerate(_seq(get(entity, "spheres"))):
            pose = get(sphere, "pose")
            rows.append((f"{sub}/sphere_{i}", Points3D([_vec3(get(pose, "position"))], radii=float(_vec3(get(sphere, "size"))[0]) / 2)))
        for i, arrow in enumerate(_seq(get(entity, "arrows"))):
            pose = get(arrow, "pose")
            length = _float_field(arrow, "shaft_length", "ArrowPrimitive", 0.0) + _float_field(arrow, "head_length", "ArrowPrimitive", 0.0)
            direction = _qrot(_quat(get(pose, "orientation")), np.array([length, 0.0, 0.0]))
            rows.append((f"{sub}/arrow_{i}", Arrows3D(origins=[_vec3(get(pose, "position"))], vectors=[direction])))
        for i, line in enumerate(_seq(get(entity, "lines"))):
            pts = np.asarray([_vec3(p) for p in _seq(get(line, "points"))], dtype=np.float32).reshape(-1, 3)
            rows.append((f"{sub}/line_{i}", LineStrips3D([pts])))
        for i, text in enumerate(_seq(get(entity, "texts"))):
            pose = get(text, "pose")
            rows.append((f"{sub}/text_{i}", Points3D([_vec3(get(pose, "position"))], labels=[str(get(text, "text"))])))
    return rows


_CONVERTERS: dict[str, Callable[[Any], Rows]] = {
    "sensor_msgs/Image": _image,
    "sensor_msgs/CompressedImage": _compressed_image,
    "sensor_msgs/CameraInfo": _camera_info,
    "sensor_msgs/PointCloud2": _point_cloud2,
    "sensor_msgs/LaserScan": _laser_scan,
    "sensor_msgs/Imu": _imu,
    "sensor_msgs/JointState": _joint_state,
    "sensor_msgs/NavSatFix": _nav_sat_fix,
    "sensor_msgs/BatteryState": _battery,
    "sensor_msgs/Range": _range,
    "sensor_msgs/Temperature": _temperature,
    "geometry_msgs/PoseStamped": _pose,
    "geometry_msgs/PoseWithCovarianceStamped": _pose,
    "geometry_msgs/TransformStamped": _transform_stamped,
    "geometry_msgs/PointStamped": _point_stamped,
    "geometry_msgs/Twist": _twist,
    "geometry_msgs/TwistStamped": _twist,
    "nav_msgs/Odometry": _odometry,
    "nav_msgs/Path": _path,
    "nav_msgs/OccupancyGrid": _occupancy_grid,
    "visualization_msgs/Marker": _marker,
    "visualization_msgs/MarkerArray": _marker_array,
    "rcl_interfaces/Log": _log_msg(_ROS2_LEVELS),
    "rosgraph_msgs/Log": _log_msg(_ROS1_LEVELS),
    "std_msgs/String": _string,
    "std_msgs/Float64MultiArray": _multi_array,
    "std_msgs/Float32MultiArray": _multi_array,
    "rerun/Components": _rerun_components,
    "foxglove/CompressedImage": _foxglove_compressed_image,
    "foxglove/RawImage": _foxglove_raw_image,
    "foxglove/PointCloud": _foxglove_point_cloud,
    "foxglove/PoseInFrame": _foxglove_pose_in_frame,
    "foxglove/LocationFix": _foxglove_location,
    "foxglove/Log": _foxglove_log,
    "foxglove/SceneUpdate": _foxglove_scene_update,
}
for _scalar_type in ("Float64", "Float32", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Bool", "Byte", "Char"):
    _CONVERTERS[f"std_msgs/{_scalar_type}"] = _std_scalar


def mapped_types() -> list[str]:
    """The message types mapped to archetypes (normalised names); all others are kept generically."""
    return sorted(_CONVERTERS) + ["tf2_msgs/TFMessage", "foxglove/FrameTransform", "foxglove/FrameTransforms"]


# -- generic messages ------------------------------------------------------------------------------


def flatten(msg: Any, prefix: str = "", out: dict[str, Any] | None = None, depth: int = 0) -> dict[str, Any]:
    """A message's fields as flat named values: nested fields joined with '.', arrays as lists."""
    out = {} if out is None else out
    if depth > 16:
        return out
    for name in field_names(msg):
        value = get(msg, name)
        key = f"{prefix}{name}"
        if isinstance(value, (bool, int, float, str, np.number, np.bool_)):
            out[key] = value.item() if isinstance(value, np.generic) else value
        elif isinstance(value, (bytes, bytearray, memoryview)):
            out[key] = np.frombuffer(bytes(value), dtype=np.uint8)
        elif isinstance(value, np.ndarray):
            out[key] = value.reshape(-1) if value.dtype.kind in "biuf" else [str(v) for v in value.reshape(-1)]
        elif isinstance(value, (list, tuple)) or (hasattr(value, "__len__") and hasattr(value, "__getitem__") and not hasattr(value, "DESCRIPTOR") and not isinstance(value, dict)):
            items = list(value)
            if all(isinstance(v, (bool, int, float, np.number)) for v in items):
                out[key] = np.asarray(items, dtype=np.float64) if items else np.zeros(0)
            elif all(isinstance(v, str) for v in items):
                out[key] = items
            elif all(v is None or isinstance(v, (bool, int, float, str, np.number)) for v in items):
                out[key] = [str(v) for v in items]  # mixed (JSON [1, "a"]): as text, rather than lost
            else:
                for i, item in enumerate(items):
                    flatten(item, f"{key}[{i}].", out, depth + 1)
        elif value is None:
            continue
        else:
            flatten(value, key + ".", out, depth + 1)
    return out


def _generic(msg: Any) -> tuple[Any, dict[str, str]]:
    """
    A message's flattened fields as `AnyValues` of Arrow arrays, and the fields left out (name → reason).

    Each field is converted on its own, to its own values' type: `AnyValues` would fix a name's
    type at its first use in the process (as 0.17 does), and a field called `data` may be bytes on
    one topic, float64 on the next (a file's own definition) and text on a third. A field that does
    not convert is left out, never the row.
    """
    from .._rrd.validate import _component_types
    from ..any_value import AnyValues

    rerun_types = _component_types()
    values: dict[str, Any] = flatten(msg) or {"empty": True}
    arrays: dict[str, Any] = {}
    dropped: dict[str, str] = {}
    for key, value in values.items():
        try:
            arrays[key] = _generic_array(value, rerun_types.get(key))
        except Exception as err:  # noqa: BLE001 - one field's values never cost the others
            dropped[key] = f"{type(err).__name__}: {str(err).replace('|', '/')}"
    return AnyValues(**arrays), dropped


def _generic_array(value: Any, rerun_type: Any) -> Any:
    """One flattened field's values as an Arrow array of their own type (`rerun_type` for a field named like one of Rerun's components)."""
    import pyarrow as pa

    # Numbers as float64, so that a JSON field that is 1 in one message and 1.5 in the next keeps
    # one type (integers up to 2**53 are exact).
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = float(value)
    array = pa.array(value if isinstance(value, (list, np.ndarray)) else [value])
    if rerun_type is not None and not array.type.equals(rerun_type):
        array = array.cast(rerun_type)  # the viewer expects Rerun's components in their own type: cast, or left out
    return array


__all__ = ["Importer", "flatten", "image_array", "mapped_types", "normalize_type", "point_cloud_arrays", "stamp_ns"]
