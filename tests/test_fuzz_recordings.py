"""Fuzzing the readers of recordings: valid recordings of many archetypes, mutated (bit flips,
truncation, checksum-valid corruption of the Arrow payload and of the JSON, shuffled, dropped and
repeated frames), go to `read_messages` (and what it yields to `rerun print -v`'s summary) and to
a running viewer, whose pages then query every view kind. Nothing may crash or hang, and every frame before the damage is kept.

Deterministic (fixed seed, fixed number of cases) and bounded: about 10-20 s on one core.
"""

from __future__ import annotations

import asyncio
import io
import random
import struct
import warnings
import zlib
from typing import Any

import numpy as np

import rerun as rr
from rerun._log_msg import ArrowMsg, StoreKind
from rerun._rrd.print_cmd import render, summarize
from rerun._viewer import protocol as P
from rerun.rrd import read_messages
from viewer_support import Client, log_points, recording_bytes, running_server, send_tcp, wait_for, with_client

SEED = 20261130
CASES_PER_KIND = 20
VIEW_KINDS = ["3D", "2D", "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog"]


def _log_everything(rec: rr.RecordingStream) -> None:
    rng = np.random.default_rng(0)
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.log("world/cam", rr.Pinhole(focal_length=100.0, width=64, height=48), static=True)
    rec.log("seg", rr.AnnotationContext([(1, "one", (255, 0, 0))]), static=True)
    for step in range(6):
        rec.set_time_sequence("step", step)
        rec.set_time_seconds("sim", step * 0.5)
        rec.log("world/points", rr.Points3D(rng.random((20, 3)), colors=rng.integers(0, 255, (20, 3)), radii=0.1, labels=[f"p{i}" for i in range(20)]))
        rec.log("world/boxes", rr.Boxes3D(half_sizes=[[1, 2, 3]], centers=[[step, 0, 0]], class_ids=[1]))
        rec.log("world/lines", rr.LineStrips3D([rng.random((4, 3)), rng.random((2, 3))]))
        rec.log("world/arrows", rr.Arrows3D(vectors=[[1, 0, 0]], origins=[[0, 0, step]]))
        rec.log("world/mesh", rr.Mesh3D(vertex_positions=rng.random((3, 3)), triangle_indices=[[0, 1, 2]], vertex_colors=[[255, 0, 0]] * 3))
        rec.log("world/frame", rr.Transform3D(translation=[step, 0, 0], rotation=rr.RotationAxisAngle([0, 0, 1], radians=step)))
        rec.log("image", rr.Image(rng.integers(0, 255, (8, 12, 3), dtype=np.uint8)))
        rec.log("image/pts", rr.Points2D(rng.random((5, 2)) * 8, class_ids=[1] * 5))
        rec.log("seg/img", rr.SegmentationImage(np.full((4, 4), 1, np.uint8)))
        rec.log("depth", rr.DepthImage(rng.random((6, 6)).astype(np.float32)))
        rec.log("tensor", rr.Tensor(rng.random((2, 3, 4))))
        rec.log("bars", rr.BarChart(rng.random(5)))
        rec.log("plot/a", rr.Scalar(float(step)))
        rec.log("plot/b", rr.Scalar(float(-step)))
        rec.log("log", rr.TextLog(f"message {step} " + "x" * step, level="WARN"))
        rec.log("doc", rr.TextDocument(f"# step {step}", media_type=rr.MediaType.MARKDOWN))
        rec.flush()


def _frames(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each frame of a stream with one header."""
    spans, pos = [], 12
    while pos < len(data):
        (length,) = struct.unpack_from("<Q", data, pos + 8)
        spans.append((pos, pos + 16 + length))
        pos += 16 + length
    return spans


def _with_crc(frame: bytearray) -> bytes:
    struct.pack_into("<I", frame, 4, zlib.crc32(bytes(frame[16:])))
    return bytes(frame)


def _mutations(base: bytes, rng: random.Random) -> list[tuple[str, bytes, Any]]:
    """(kind, mutated stream, oracle) per case; the oracle says which original frames must survive."""
    spans = _frames(base)
    frames = [base[s:e] for s, e in spans]
    header = base[:12]
    cases: list[tuple[str, bytes, Any]] = []
    for _ in range(CASES_PER_KIND):
        # Bit flips anywhere after the header: the frames wholly before the first flip survive.
        data = bytearray(base)
        flips = sorted(rng.randrange(12, len(base)) for _ in range(rng.randint(1, 6)))
        for at in flips:
            data[at] ^= 1 << rng.randrange(8)
        cases.append(("bit flips", bytes(data), ("prefix", sum(1 for s, e in spans if e <= flips[0]))))
        # Truncation anywhere.
        cut = rng.randrange(12, len(base))
        cases.append(("truncation", base[:cut], ("prefix", sum(1 for s, e in spans if e <= cut))))
        # Checksum-valid corruption of one frame's Arrow payload (or, for others, its JSON).
        i = rng.randrange(len(frames))
        frame = bytearray(frames[i])
        (json_len,) = struct.unpack_from("<I", frame, 16)
        lo = 20 + json_len if len(frame) > 20 + json_len else 20
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(lo, len(frame))
            frame[at] = rng.randrange(256) if rng.random() < 0.5 else frame[at] ^ 0x80
        cases.append(("checksum-valid Arrow corruption", header + b"".join(frames[:i]) + _with_crc(frame) + b"".join(frames[i + 1 :]), ("all but", i)))
        # ... and of one int32 of its Arrow body, where offsets and lengths live, to a bad value.
        frame = bytearray(frames[i])
        if len(frame) > lo + 64:
            at = rng.randrange((lo + len(frame)) // 2, len(frame) - 4) & ~3
            struct.pack_into("<i", frame, at, rng.choice([0x7FFFFFF0, 0x04000004, -1, -8, rng.randrange(1 << 31)]))
            cases.append(("checksum-valid Arrow offset", header + b"".join(frames[:i]) + _with_crc(frame) + b"".join(frames[i + 1 :]), ("all but", i)))
        frame = bytearray(frames[i])
        at = rng.randrange(20, 20 + json_len)
        frame[at] = rng.choice(b'{}[]":,0-9aA\\\xff ')
        cases.append(("checksum-valid JSON corruption", header + b"".join(frames[:i]) + _with_crc(frame) + b"".join(frames[i + 1 :]), ("all but", i)))
        # Shuffled, dropped and repeated frames: all intact, so all are read, in the new order.
        order = list(range(len(frames)))
        rng.shuffle(order)
        order = [j for j in order if rng.random() > 0.1] + rng.sample(range(len(frames)), 3)
        cases.append(("shuffled frames", header + b"".join(frames[j] for j in order), ("exactly", order)))
    return cases


def _flat(frames: list[list]) -> list:  # type: ignore[type-arg]
    return [msg for messages in frames for msg in messages]


def _check_reader(kind: str, data: bytes, oracle: Any, by_frame: list[list], seen: list[str], verbose: bool) -> list:  # type: ignore[type-arg]
    """`by_frame`: the original stream's messages, frame by frame (a pack frame holds several)."""
    original = _flat(by_frame)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = list(read_messages(io.BytesIO(data)))
    seen.extend(str(w.message) for w in caught)
    for msg in out:  # every value can be read (a bad offset that got through would crash here)
        if isinstance(msg, ArrowMsg):
            msg.chunk.batch.to_pylist()
    assert render(summarize(out, verbose=verbose))  # what `rerun print [-v]` shows
    rule, arg = oracle
    if rule == "prefix":
        before = _flat(by_frame[:arg])
        assert out[: len(before)] == before, f"{kind}: lost a frame before the damage"
    elif rule == "all but":
        before, rest = _flat(by_frame[:arg]), _flat(by_frame[arg + 1 :])
        assert out[: len(before)] == before and out[len(out) - len(rest) :] == rest, f"{kind}: lost an intact frame"
        # The damaged frame is skipped whole (all its entities) or, damage in slack bytes, read whole.
        assert len(out) in (len(original) - len(by_frame[arg]), len(original))
    else:
        assert out == _flat([by_frame[j] for j in arg]), f"{kind}: frames lost or reordered"
    return out


async def _query_everything(c: Client, store_id: str) -> int:
    """Ask for every view kind at a few times; every request gets an answer. Returns the views drawn."""
    drawn = 0
    request_id = 1000
    for time in (None, 0, 3, 5, 10**18):
        for kind in VIEW_KINDS:
            request_id += 1
            await c.send(P.QueryView(request_id, store_id, f"v-{kind}", kind, "/", ["+ /**"], "step", time))
            while True:  # the answer, view data or an error, within the receive time-out
                reply = await c.receive(30)
                if reply.get("request_id") == request_id and reply["type"] in ("view_data", "error"):
                    break
            drawn += reply["type"] == "view_data"
    return drawn


def test_mutated_recordings_never_crash_the_reader_or_the_viewer() -> None:
    rng = random.Random(SEED)
    base = recording_bytes(_log_everything, app="fuzz", recording_id="fuzz")
    original = list(read_messages(io.BytesIO(base)))
    header = base[:12]
    by_frame = [list(read_messages(io.BytesIO(header + base[s:e]))) for s, e in _frames(base)]
    assert _flat(by_frame) == original and len(by_frame) > 50
    # Format 1.2: the entities logging small rows of the same columns share pack frames.
    assert any(len(messages) > 1 for messages in by_frame)
    cases = _mutations(base, rng)
    kinds = {k for k, _, _ in cases}
    assert len(kinds) == 6
    seen: list[str] = []
    for n, (kind, data, oracle) in enumerate(cases):
        _check_reader(kind, data, oracle, by_frame, seen, verbose=n % 6 == 0)  # -v: every value, slow
    # The corpus reaches the full validation: Arrow data that parses but lies (offsets) is caught.
    assert any("invalid Arrow data" in text for text in seen)

    with running_server() as server:
        for n, (_, data, _) in enumerate(cases):
            send_tcp(server.tcp_port, data)
            if n % 30 == 29:
                # A valid stream after the mutated ones is still taken in whole.
                marker = f"after-{n}"
                send_tcp(server.tcp_port, recording_bytes(log_points(2), recording_id=marker))
                wait_for(lambda m=marker: any(s.id == m for s in server.hub.store_ids(StoreKind.RECORDING)), timeout=90, what=marker)
        wait_for(lambda: server.hub.store(server.hub.store_ids(StoreKind.RECORDING)[0]) is not None, what="a store")
        fuzz_store = next(s for s in server.hub.store_ids(StoreKind.RECORDING) if s.id == "fuzz")
        held = set(server.hub.store(fuzz_store).entity_paths())  # type: ignore[union-attr]
        logged = {m.chunk.entity_path for m in original if isinstance(m, ArrowMsg)}
        assert logged <= held  # every entity survived in some intact prefix

        async def body(c: Client) -> int:
            await c.wait("hello")
            return await _query_everything(c, str(fuzz_store))

        drawn = with_client(server.url, body)
        assert drawn == 5 * len(VIEW_KINDS)  # odd but valid data: every view draws
        assert server.loop is not None and not server.loop.is_closed()
        assert asyncio.run(_alive(server.url))


async def _alive(url: str) -> bool:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(url + "/") as response:
        return response.status == 200
