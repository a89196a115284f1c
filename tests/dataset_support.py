"""A generated dataset of many small recordings, with its ground truth kept in plain Python.

Recording ``i`` (application ``app{i % 3}``, recording id ``rec{i:03}``):

- ``/robot/name``: static ``TextDocument("robot i")``;
- ``/robot/force``: ``Scalar(i * 1000 + t)`` at frames ``start_i .. start_i + n_i - 1`` (timeline
  ``frame``), also on the ``sim_time`` timeline (``t * 0.1`` s);
- ``/robot/points``: ``Points3D`` of ``t % 4 + 1`` points every 5 frames;
- every 4th recording: a recursive ``Clear`` of ``/robot`` at frame ``start_i + 10``, and no force
  at frames ``start_i + 10 .. start_i + 12`` (the cleared ones read null until the next log).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class RecordingTruth:
    recording_id: str
    application_id: str
    name: str
    force: dict[int, float] = field(default_factory=dict)  # frame -> value
    clear_frame: int | None = None
    points: dict[int, int] = field(default_factory=dict)  # frame -> number of points

    def force_latest_at(self, t: int) -> float | None:
        """What latest-at at frame t gives for the force (None: nothing, or cleared since)."""
        logged = [f for f in self.force if f <= t]
        last = max(logged) if logged else None
        if self.clear_frame is not None and self.clear_frame <= t and (last is None or last < self.clear_frame):
            return None
        return None if last is None else self.force[last]


def make_dataset(folder: Path, count: int, frames: int = 24) -> list[RecordingTruth]:
    import rerun as rr

    folder.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(count):
        truth = RecordingTruth(f"rec{i:03}", f"app{i % 3}", f"robot {i}")
        rec = rr.new_recording(application_id=truth.application_id, recording_id=truth.recording_id)
        rec.save(str(folder / f"{truth.recording_id}.rrd"))
        rr.log("/robot/name", rr.TextDocument(truth.name), static=True, recording=rec)
        start = i % 7
        if i % 4 == 0:
            truth.clear_frame = start + 10
        for t in range(start, start + frames):
            rr.set_time_sequence("frame", t, recording=rec)
            rr.set_time_seconds("sim_time", t * 0.1, recording=rec)
            if t == truth.clear_frame:
                rr.log("/robot", rr.Clear(recursive=True), recording=rec)
            if truth.clear_frame is None or not truth.clear_frame <= t <= truth.clear_frame + 2:
                value = float(i * 1000 + t)
                rr.log("/robot/force", rr.Scalar(value), recording=rec)
                truth.force[t] = value
            if t % 5 == 0:
                n = t % 4 + 1
                rr.log("/robot/points", rr.Points3D(np.full((n, 3), float(t), np.float32)), recording=rec)
                truth.points[t] = n
        rr.disconnect(recording=rec)
        truths.append(truth)
    return truths
