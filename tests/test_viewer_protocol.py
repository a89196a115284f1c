"""The browser protocol: frame layout, round trips, validation, and the generated TypeScript."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from rerun._viewer import protocol as P
from rerun._viewer.wire import to_json

ROOT = Path(__file__).resolve().parents[1]


def test_generated_typescript_is_up_to_date() -> None:
    generated = ROOT / "web" / "src" / "protocol.gen.ts"
    assert generated.is_file(), "run: python -m rerun._viewer.protocol > web/src/protocol.gen.ts"
    assert generated.read_text() == P.generate_typescript(), (
        "web/src/protocol.gen.ts is stale; run: python -m rerun._viewer.protocol > web/src/protocol.gen.ts"
    )


def test_typescript_declares_every_message_and_payload() -> None:
    ts = P.generate_typescript()
    for name in [*P.SERVER_MESSAGES.values(), *P.CLIENT_MESSAGES.values()]:
        assert f"export interface {name.__name__} {{" in ts
    assert 'type: "view_data";' in ts
    assert "export type ViewPayload = SpatialPayload | TimeSeriesPayload" in ts
    assert "children: LayoutNode[];" in ts  # recursive layout type by name
    assert "arrays: Record<string, ArrayRef>;" in ts
    assert "colors: ArrayKey | null;" in ts


def test_frame_layout_is_aligned_and_self_describing() -> None:
    a = np.arange(5, dtype=np.float32)  # 20 bytes: the next buffer must start at 24
    b = np.array([[1, 2], [3, 4]], dtype=np.uint16)
    frame = P.encode_message(P.Notice("info", "x"))
    (json_len,) = struct.unpack_from("<I", frame)
    assert frame[4 : 4 + json_len].startswith(b"{")

    frame = P.encode_message(
        P.ViewData(1, "recording:r", "v", "t", 3, P.BarChartPayload(kind="BarChart", bars=[]), {"a": a, "b": b})
    )
    (json_len,) = struct.unpack_from("<I", frame)
    area = (4 + json_len + 7) & ~7
    assert all(x == 0 for x in frame[4 + json_len : area])
    obj, buffers = P.decode_frame(frame)
    import json

    head = json.loads(frame[4 : 4 + json_len])
    offsets = head["buffers"]
    assert offsets == [[0, 20], [24, 8]]
    assert all(off % 8 == 0 for off, _ in offsets)
    assert bytes(frame[area + 24 : area + 32]) == b.tobytes()
    assert head["arrays"]["a"] == {"buf": 0, "dtype": "f32", "shape": [5]}


def test_round_trip_of_a_view_data_message() -> None:
    positions = np.random.default_rng(1).normal(size=(100, 3)).astype(np.float32)
    colors = np.full((100, 4), 200, np.uint8)
    payload = P.SpatialPayload(
        kind="3D",
        origin="/",
        drawables=[
            P.PointsDrawable(
                kind="points",
                entity="/pts",
                world_from_entity=[float(x) for x in np.eye(4).reshape(16)],
                space="3d",
                dim=3,
                positions="k1",
                colors="k2",
                default_color=[1, 2, 3, 255],
                radii=None,
                default_radius=-2.5,
                labels=["ä", "<b>not html</b>"],
                edges=None,
                draw_order=0.0,
            )
        ],
        view_coordinates=None,
        canvas_size=None,
    )
    msg = P.ViewData(9, "recording:r", "view", "frame", 2**62 + 3, payload, {"k1": positions, "k2": colors})
    back = P.decode_to_dict(P.encode_message(msg))
    assert back["type"] == "view_data"
    assert back["time"] == 2**62 + 3  # Python's JSON keeps int64 exact
    np.testing.assert_array_equal(back["arrays"]["k1"], positions)
    np.testing.assert_array_equal(back["arrays"]["k2"], colors)
    d = back["payload"]["drawables"][0]
    assert d["labels"] == ["ä", "<b>not html</b>"]
    assert d["positions"] == "k1" and d["radii"] is None
    # The server can validate the same message back into dataclasses.
    typed = P.decode_message(P.encode_message(msg), P.SERVER_MESSAGES)
    assert isinstance(typed.payload, P.SpatialPayload)
    assert isinstance(typed.payload.drawables[0], P.PointsDrawable)


def test_nan_never_reaches_json() -> None:
    msg = P.CameraDrawable("camera", "/c", [float("nan")] * 16, "3d", [0.0] * 9, None, 1.0, True, None, [0, 0, 0, 255])
    buffers: list[np.ndarray] = []
    body = to_json(msg, buffers)
    assert body["world_from_entity"][0] is None
    frame = P.encode_frame({"type": "camera", **body}, buffers)
    assert b"NaN" not in frame


def test_client_messages_are_validated() -> None:
    good = P.encode_message(P.QueryView(1, "recording:r", "v", "3D", "/", ["+ /**"], "frame", 5))
    assert P.decode_message(good) == P.QueryView(1, "recording:r", "v", "3D", "/", ["+ /**"], "frame", 5)
    bad_type = P.encode_frame({"type": "query_view", "request_id": "1"}, [])
    with pytest.raises(P.ProtocolError, match="missing field|expected an integer"):
        P.decode_message(bad_type)
    wrong = P.encode_frame(
        {"type": "query_view", "request_id": 1, "store_id": "s", "view_id": "v", "kind": "3D", "origin": "/",
         "contents": "not a list", "timeline": None, "time": None},
        [],
    )
    with pytest.raises(P.ProtocolError, match="expected a list"):
        P.decode_message(wrong)
    with pytest.raises(P.ProtocolError, match="unknown message type"):
        P.decode_message(P.encode_frame({"type": "drop_tables"}, []))
    for garbage in [b"", b"\x01\x00", b"\xff\xff\xff\xff{}", struct.pack("<I", 2) + b"[]", struct.pack("<I", 3) + b"\xff\xfe\xfd"]:
        with pytest.raises(P.ProtocolError):
            P.decode_message(garbage)


def test_buffer_references_outside_the_frame_are_rejected() -> None:
    frame = bytearray(P.encode_message(P.Streams("s", "t", ["/a"], np.array([0, 4], np.uint32), np.zeros(4), np.zeros(4, np.uint32))))
    (json_len,) = struct.unpack_from("<I", frame)
    text = frame[4 : 4 + json_len].replace(b'"buffers":[[0,8],[8,32],[40,16]]', b'"buffers":[[0,8],[8,32],[40,999]]')
    assert len(text) == json_len + 1
    forged = struct.pack("<I", len(text)) + bytes(text) + b"\0" * 7 + bytes(frame[(4 + json_len + 7) & ~7 :])
    with pytest.raises(P.ProtocolError, match="outside the frame"):
        P.decode_to_dict(forged)


def test_query_times_beyond_2_53_cover_every_int_that_rounds_to_the_same_double() -> None:
    t = 1_700_000_000_123_456_789  # a nanosecond timestamp
    as_js = int(float(t))  # what the browser sends back
    widened = P.widen_query_time(as_js)
    assert widened is not None and widened >= t
    assert float(widened) == float(t)  # still the same double: no later distinct time is included
    assert P.widen_query_time(42) == 42
    assert P.widen_query_time(None) is None
