"""
Small robotics logs of our own, made with the libraries' writers (no third-party data).

`MESSAGES` lists (topic, ROS 2 type, message as a dict, log time in ns). `write_mcap` writes them
with `mcap-ros2-support` (definitions from rosbags' ROS 2 Humble types); `write_ros2_bag` and
`write_ros1_bag` re-encode the same CDR bytes with `rosbags`' writers.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import numpy as np

T0 = 1_700_000_000_000_000_000  # log times start here (ns)


def stamp(ns: int) -> dict[str, int]:
    return {"sec": ns // 1_000_000_000, "nanosec": ns % 1_000_000_000}


def header(ns: int, frame: str) -> dict[str, Any]:
    return {"stamp": stamp(ns), "frame_id": frame}


RGB = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
DEPTH_MM = np.array([[1000, 2000, 65535]], dtype=np.uint16)
DEPTH_M = np.array([[0.5, 1.5]], dtype=np.float32)
PNG_BYTES: bytes


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(RGB).save(buf, format="PNG")
    return buf.getvalue()


PNG_BYTES = _png()

CLOUD_XYZ = np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.25], [4.0, 5.0, 6.0]], dtype=np.float32)
CLOUD_RGB = np.array([[255, 0, 0], [0, 255, 0], [0, 0, 255]], dtype=np.uint8)


def point_cloud2(big_endian: bool, ns: int) -> dict[str, Any]:
    """x, y, z float32, a packed rgb float32 and an intensity, with 4 padding bytes (point_step 24)."""
    order = ">" if big_endian else "<"
    data = b""
    for (x, y, z), (r, g, b) in zip(CLOUD_XYZ, CLOUD_RGB):
        packed = (int(r) << 16) | (int(g) << 8) | int(b)
        rgb_float = struct.unpack(order + "f", struct.pack(order + "I", packed))[0]
        data += struct.pack(order + "fffxxxxff", x, y, z, rgb_float, 7.5)
    fields = [
        {"name": "x", "offset": 0, "datatype": 7, "count": 1},
        {"name": "y", "offset": 4, "datatype": 7, "count": 1},
        {"name": "z", "offset": 8, "datatype": 7, "count": 1},
        {"name": "rgb", "offset": 16, "datatype": 7, "count": 1},
        {"name": "intensity", "offset": 20, "datatype": 7, "count": 1},
    ]
    return {
        "header": header(ns, "lidar"),
        "height": 1,
        "width": 3,
        "fields": fields,
        "is_bigendian": big_endian,
        "point_step": 24,
        "row_step": 72,
        "data": data,
        "is_dense": True,
    }


def tf(parent: str, child: str, xyz: tuple[float, float, float], ns: int, quat: tuple[float, float, float, float] = (0, 0, 0, 1)) -> dict[str, Any]:
    return {
        "header": header(ns, parent),
        "child_frame_id": child,
        "transform": {
            "translation": dict(zip("xyz", xyz)),
            "rotation": dict(zip("xyzw", quat)),
        },
    }


def messages() -> list[tuple[str, str, dict[str, Any], int]]:
    s = 1_000_000_000
    out: list[tuple[str, str, dict[str, Any], int]] = [
        ("/tf_static", "tf2_msgs/msg/TFMessage", {"transforms": [tf("base_link", "camera", (0.0, 0.0, 1.0), T0), tf("base_link", "lidar", (0.5, 0.0, 0.0), T0)]}, T0 + 5 * s),
        ("/tf", "tf2_msgs/msg/TFMessage", {"transforms": [tf("map", "base_link", (10.0, 0.0, 0.0), T0)]}, T0),
        ("/tf", "tf2_msgs/msg/TFMessage", {"transforms": [tf("map", "base_link", (11.0, 0.0, 0.0), T0 + s)]}, T0 + s),
        ("/camera/image", "sensor_msgs/msg/Image", {"header": header(T0 + 7, "camera"), "height": 2, "width": 3, "encoding": "rgb8", "step": 9, "data": RGB.tobytes()}, T0 + 10),
        ("/camera/image_bgr", "sensor_msgs/msg/Image", {"header": header(T0, "camera"), "height": 2, "width": 3, "encoding": "bgr8", "step": 12, "data": np.pad(RGB[..., ::-1].reshape(2, 9), ((0, 0), (0, 3))).tobytes()}, T0 + 11),
        ("/camera/mono16", "sensor_msgs/msg/Image", {"header": header(T0, "camera"), "height": 1, "width": 2, "encoding": "mono16", "is_bigendian": 1, "step": 4, "data": np.array([[258, 772]], ">u2").tobytes()}, T0 + 12),
        ("/camera/depth", "sensor_msgs/msg/Image", {"header": header(T0, "camera"), "height": 1, "width": 3, "encoding": "16UC1", "step": 6, "data": DEPTH_MM.astype("<u2").tobytes()}, T0 + 13),
        ("/camera/depth_m", "sensor_msgs/msg/Image", {"header": header(T0, "camera"), "height": 1, "width": 2, "encoding": "32FC1", "step": 8, "data": DEPTH_M.tobytes()}, T0 + 14),
        ("/camera/compressed", "sensor_msgs/msg/CompressedImage", {"header": header(T0, "camera"), "format": "png", "data": PNG_BYTES}, T0 + 15),
        ("/camera/camera_info", "sensor_msgs/msg/CameraInfo", {"header": header(T0, "camera"), "height": 2, "width": 3, "k": [100.0, 0, 1.5, 0, 100.0, 1.0, 0, 0, 1], "d": [], "r": [1.0, 0, 0, 0, 1, 0, 0, 0, 1], "p": [0.0] * 12, "distortion_model": "plumb_bob"}, T0 + 16),
        ("/lidar/points", "sensor_msgs/msg/PointCloud2", point_cloud2(False, T0 + 20), T0 + 20),
        ("/lidar/points_be", "sensor_msgs/msg/PointCloud2", point_cloud2(True, T0 + 21), T0 + 21),
        ("/scan", "sensor_msgs/msg/LaserScan", {"header": header(T0, "lidar"), "angle_min": 0.0, "angle_max": 1.5707963267948966, "angle_increment": 1.5707963267948966, "range_min": 0.1, "range_max": 10.0, "ranges": [2.0, 3.0, 50.0], "intensities": []}, T0 + 22),
        ("/pose", "geometry_msgs/msg/PoseStamped", {"header": header(T0 + 30, "map"), "pose": {"position": {"x": 1.0, "y": 2.0, "z": 3.0}, "orientation": {"x": 0.0, "y": 0.0, "z": 0.0, "w": 1.0}}}, T0 + 30),
        ("/rosout", "rcl_interfaces/msg/Log", {"stamp": stamp(T0), "level": 30, "name": "planner", "msg": "path blocked"}, T0 + 40),
        ("/chatter", "std_msgs/msg/String", {"data": "hello robot"}, T0 + 41),
        ("/speed", "std_msgs/msg/Float64", {"data": 2.5}, T0 + 42),
        ("/array", "std_msgs/msg/Float64MultiArray", {"data": [1.0, 2.0, 4.0]}, T0 + 43),
        ("/joints", "sensor_msgs/msg/JointState", {"header": header(T0, ""), "name": ["elbow", "wrist"], "position": [0.1, 0.2], "velocity": [], "effort": []}, T0 + 44),
        ("/diag", "diagnostic_msgs/msg/KeyValue", {"key": "motor", "value": "ok"}, T0 + 50),
        ("/odom", "nav_msgs/msg/Odometry", {"header": header(T0, "map"), "child_frame_id": "base_link", "pose": {"pose": {"position": {"x": 4.0, "y": 0.0, "z": 0.0}, "orientation": {"w": 1.0}}}, "twist": {"twist": {"linear": {"x": 0.5}, "angular": {"z": 0.1}}}}, T0 + 60),
        ("/imu", "sensor_msgs/msg/Imu", {"header": header(T0, "base_link"), "orientation": {"x": 0.0, "y": 0.0, "z": 0.0, "w": 1.0}, "angular_velocity": {"z": 0.25}, "linear_acceleration": {"z": 9.81}}, T0 + 70),
        ("/gps", "sensor_msgs/msg/NavSatFix", {"header": header(T0, ""), "latitude": 48.5, "longitude": 9.25, "altitude": 300.0}, T0 + 71),
        ("/battery", "sensor_msgs/msg/BatteryState", {"header": header(T0, ""), "voltage": 12.5, "current": -1.5, "percentage": 0.75}, T0 + 72),
        ("/range", "sensor_msgs/msg/Range", {"header": header(T0, "base_link"), "range": 1.25, "min_range": 0.1, "max_range": 4.0}, T0 + 73),
        ("/temperature", "sensor_msgs/msg/Temperature", {"header": header(T0, ""), "temperature": 21.5}, T0 + 74),
        ("/point", "geometry_msgs/msg/PointStamped", {"header": header(T0, "map"), "point": {"x": 1.0, "y": 1.0, "z": 0.0}}, T0 + 75),
        ("/cmd_vel", "geometry_msgs/msg/Twist", {"linear": {"x": 1.5}, "angular": {"z": -0.5}}, T0 + 76),
        ("/arm", "geometry_msgs/msg/TransformStamped", {"header": header(T0, "base_link"), "child_frame_id": "arm", "transform": {"translation": {"x": 0.0, "y": 2.0, "z": 0.0}, "rotation": {"w": 1.0}}}, T0 + 77),
        ("/plan", "nav_msgs/msg/Path", {"header": header(T0, "map"), "poses": [{"pose": {"position": {"x": float(i), "y": 0.0, "z": 0.0}, "orientation": {"w": 1.0}}} for i in range(3)]}, T0 + 78),
        ("/map", "nav_msgs/msg/OccupancyGrid", {"header": header(T0, "map"), "info": {"resolution": 0.5, "width": 3, "height": 2, "origin": {"position": {"x": -1.0}, "orientation": {"w": 1.0}}}, "data": [0, 100, -1, 50, 0, 100]}, T0 + 79),
        ("/markers", "visualization_msgs/msg/MarkerArray", {"markers": [
            {"header": header(T0, "map"), "ns": "obstacles", "id": 1, "type": 1, "pose": {"position": {"x": 2.0}, "orientation": {"w": 1.0}}, "scale": {"x": 1.0, "y": 2.0, "z": 4.0}, "color": {"r": 1.0, "g": 0.0, "b": 0.0, "a": 1.0}},
            {"header": header(T0, "map"), "ns": "route", "id": 2, "type": 4, "pose": {"orientation": {"w": 1.0}}, "scale": {"x": 0.1}, "color": {"r": 0.0, "g": 1.0, "b": 0.0, "a": 1.0}, "points": [{"x": 0.0}, {"x": 1.0, "y": 1.0}]},
            {"header": header(T0, "map"), "ns": "labels", "id": 3, "type": 9, "pose": {"position": {"z": 1.0}, "orientation": {"w": 1.0}}, "scale": {"z": 0.2}, "color": {"a": 1.0}, "text": "goal"},
        ]}, T0 + 80),
    ]
    return out


def _msgdef(typestore: Any, name: str) -> str:
    return str(typestore.generate_msgdef(name, ros_version=2)[0])


def write_mcap(path: Path, items: list[tuple[str, str, dict[str, Any], int]] | None = None) -> Path:
    from mcap_ros2.writer import Writer
    from rosbags.typesys import Stores, get_typestore

    ts = get_typestore(Stores.ROS2_HUMBLE)
    items = messages() if items is None else items
    with open(path, "wb") as f:
        writer = Writer(f)
        schemas: dict[str, Any] = {}
        for topic, type_name, msg, log_time in items:
            if type_name not in schemas:
                schemas[type_name] = writer.register_msgdef(type_name, _msgdef(ts, type_name))
            writer.write_message(topic, schemas[type_name], msg, log_time=log_time, publish_time=log_time)
        writer.finish()
    return path


def _cdr_messages(mcap_path: Path) -> list[tuple[str, str, bytes, int]]:
    from mcap.reader import make_reader

    with open(mcap_path, "rb") as f:
        return [(c.topic, s.name, m.data, m.log_time) for s, c, m in make_reader(f).iter_messages(log_time_order=False)]


def write_ros2_bag(folder: Path, mcap_path: Path) -> Path:
    from rosbags.rosbag2 import Writer
    from rosbags.typesys import Stores, get_typestore

    ts = get_typestore(Stores.ROS2_HUMBLE)
    with Writer(folder, version=8) as writer:
        conns: dict[str, Any] = {}
        for topic, type_name, raw, log_time in _cdr_messages(mcap_path):
            if topic not in conns:
                conns[topic] = writer.add_connection(topic, type_name, typestore=ts)
            writer.write(conns[topic], log_time, raw)
    return folder


def _ros1_typestore(type_names: set[str]) -> Any:
    """ROS 1 Noetic's types, plus (as ROS 1 definitions) the ROS 2 types Noetic lacks (tf2_msgs, rcl_interfaces)."""
    from rosbags.typesys import Stores, get_types_from_msg, get_typestore

    ros1 = get_typestore(Stores.ROS1_NOETIC)
    ros2 = get_typestore(Stores.ROS2_HUMBLE)
    for name in sorted(type_names):
        if name not in ros1.types:
            found = get_types_from_msg(ros2.generate_msgdef(name, ros_version=1)[0], name)
            ros1.register({t: d for t, d in found.items() if t not in ros1.types})  # Noetic's Header stays
    return ros1


def _to_ros1(obj: Any, type_name: str, ros1: Any) -> Any:
    """A ROS 2 message (rosbags dataclass) as the ROS 1 type of that name: fields matched by name
    (case-insensitively: CameraInfo k → K), missing ones (Header.seq) zero."""
    from rosbags.typesys.base import Nodetype

    def lookup(source: Any, name: str) -> Any:
        if source is None:
            return None
        for candidate in (name, name.lower()):
            if hasattr(source, candidate):
                return getattr(source, candidate)
        return None

    def value(src: Any, node: Any, spec: Any) -> Any:
        if node == Nodetype.BASE:
            kind = spec[0]
            if src is not None:
                return src
            return "" if kind == "string" else False if kind == "bool" else 0.0 if kind.startswith("float") else 0
        if node == Nodetype.NAME:
            return convert(src, spec)
        (sub_node, sub_spec), length = spec
        items = [] if src is None else src
        if sub_node == Nodetype.BASE and sub_spec[0] != "string":
            dtype = {"bool": np.bool_, "byte": np.uint8, "char": np.uint8}.get(sub_spec[0], sub_spec[0])
            out = np.asarray(items, dtype=dtype)
            return out if length == 0 or len(out) == length else np.zeros(length, dtype)
        return [value(item, sub_node, sub_spec) for item in items]

    def convert(source: Any, name: str) -> Any:
        cls = ros1.types[name]
        return cls(**{f: value(lookup(source, f), node, spec) for f, (node, spec) in ros1.fielddefs[name][1]})

    return convert(obj, type_name)


def write_ros1_bag(path: Path, mcap_path: Path) -> Path:
    """The same messages as a ROS 1 bag: Noetic's definitions (Header with seq, CameraInfo K), ROS 1 serialisation."""
    from rosbags.rosbag1 import Writer
    from rosbags.typesys import Stores, get_typestore

    ros2 = get_typestore(Stores.ROS2_HUMBLE)
    msgs = _cdr_messages(mcap_path)
    ros1 = _ros1_typestore({t for _, t, _, _ in msgs})
    with Writer(path) as writer:
        conns: dict[str, Any] = {}
        for topic, type_name, raw, log_time in msgs:
            if topic not in conns:
                conns[topic] = writer.add_connection(topic, type_name, typestore=ros1)
            msg = _to_ros1(ros2.deserialize_cdr(raw, type_name), type_name, ros1)
            writer.write(conns[topic], log_time, ros1.serialize_ros1(msg, type_name))
    return path
