// The time cursor: which timeline, where on it, and playback. Knows nothing about the DOM.
// "follow" means the cursor sticks to the newest time while data arrives; any user move turns it
// off, pressing the follow button (or play reaching the end) turns it back on.

export type TimelineKind = "sequence" | "temporal";

export interface TimelineInfo {
  name: string;
  kind: TimelineKind;
  min: number;
  max: number;
}

export type TimeChange = "time" | "timeline" | "playback" | "range";

const SEQUENCE_FPS = 30;

export class TimeState {
  timelines: TimelineInfo[] = [];
  timeline: string | null = null;
  time = 0;
  playing = false;
  loop = false;
  follow = true;
  speed = 1;
  /** Sorted times at which some entity has data on the current timeline (for stepping). */
  dataTimes: number[] = [];
  private listeners: ((change: TimeChange) => void)[] = [];
  private lastFrame: number | null = null;

  onChange(listener: (change: TimeChange) => void): void {
    this.listeners.push(listener);
  }

  private emit(change: TimeChange): void {
    for (const l of this.listeners) l(change);
  }

  get current(): TimelineInfo | undefined {
    return this.timelines.find((t) => t.name === this.timeline);
  }

  /** New timeline ranges from the server; keeps the user's choice and cursor when still valid. */
  setTimelines(timelines: TimelineInfo[], preferred?: string | null): void {
    this.timelines = timelines;
    let changedTimeline = false;
    if (!this.timeline || !timelines.some((t) => t.name === this.timeline)) {
      const pick = timelines.find((t) => t.name === preferred) ?? timelines[0];
      this.timeline = pick ? pick.name : null;
      changedTimeline = true;
    }
    const cur = this.current;
    if (cur && (this.follow || changedTimeline)) this.time = cur.max;
    this.emit(changedTimeline ? "timeline" : "range");
  }

  selectTimeline(name: string): void {
    if (name === this.timeline) return;
    this.timeline = name;
    const cur = this.current;
    if (cur) this.time = this.follow ? cur.max : clamp(this.time, cur.min, cur.max);
    this.dataTimes = [];
    this.emit("timeline");
  }

  /** A user moved the cursor: stop following the newest data. */
  seek(time: number): void {
    const cur = this.current;
    if (!cur) return;
    this.follow = false;
    const t = clamp(time, cur.min, cur.max);
    this.time = cur.kind === "sequence" ? Math.round(t) : t;
    this.emit("time");
  }

  setFollow(): void {
    this.follow = true;
    this.playing = false;
    const cur = this.current;
    if (cur) this.time = cur.max;
    this.emit("playback");
    this.emit("time");
  }

  togglePlay(): void {
    if (this.playing) return this.pause();
    this.play();
  }

  play(): void {
    const cur = this.current;
    if (!cur) return;
    this.follow = false;
    if (this.time >= cur.max) this.time = cur.min; // play from the start when at the end
    this.playing = true;
    this.lastFrame = null;
    this.emit("playback");
    requestAnimationFrame((t) => this.tick(t));
  }

  pause(): void {
    this.playing = false;
    this.emit("playback");
  }

  setSpeed(speed: number): void {
    this.speed = speed > 0 && Number.isFinite(speed) ? speed : 1;
    this.emit("playback");
  }

  toggleLoop(): void {
    this.loop = !this.loop;
    this.emit("playback");
  }

  /** Move to the previous/next time with data (or one frame when data times are unknown). */
  step(direction: 1 | -1): void {
    const cur = this.current;
    if (!cur) return;
    this.playing = false;
    let target: number | undefined;
    if (this.dataTimes.length) {
      if (direction > 0) target = this.dataTimes.find((t) => t > this.time);
      else target = [...this.dataTimes].reverse().find((t) => t < this.time);
      if (target === undefined) target = direction > 0 ? this.dataTimes[0] : this.dataTimes[this.dataTimes.length - 1];
    } else {
      target = this.time + direction * (cur.kind === "sequence" ? 1 : 1e9 / SEQUENCE_FPS);
    }
    this.seek(target);
    this.emit("playback");
  }

  private tick(now: number): void {
    if (!this.playing) return;
    const cur = this.current;
    if (!cur) return;
    const dt = this.lastFrame === null ? 0 : Math.min(now - this.lastFrame, 100) / 1000;
    this.lastFrame = now;
    const advance = cur.kind === "sequence" ? dt * SEQUENCE_FPS * this.speed : dt * 1e9 * this.speed;
    let t = this.time + advance;
    if (t >= cur.max) {
      if (this.loop && cur.max > cur.min) t = cur.min;
      else {
        t = cur.max;
        this.playing = false;
        this.emit("playback");
      }
    }
    // Sequence timelines play through integers; keep the fractional part to avoid stalling.
    this.time = t;
    this.emit("time");
    if (this.playing) requestAnimationFrame((n) => this.tick(n));
  }

  /** The time sent in queries: always an integer (the protocol's times are int64; the playhead
   * may be between frames of a sequence, and between nanoseconds while playing). */
  get queryTime(): number {
    const cur = this.current;
    return cur?.kind === "sequence" ? Math.floor(this.time) : Math.round(this.time);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/** "#42" for sequences, a UTC clock time (or seconds for small values) for temporal timelines. */
export function formatTime(kind: TimelineKind | undefined, time: number): string {
  if (kind === "sequence" || kind === undefined) return `#${Math.floor(time).toLocaleString("en-US").replace(/,/g, " ")}`;
  if (Math.abs(time) < 1e9 * 86400 * 365) return `${(time / 1e9).toFixed(3)}s`;
  // Whole microseconds: a double of nanoseconds since 1970 holds nothing finer (and seconds logged
  // as floats arrive a few hundred ns off, which must not show as 12:00:00.249999). As Rerun does,
  // show as many sub-second digits as the time needs, and the date unless it is today.
  const micros = Math.round(time / 1e3);
  const sub = micros - Math.floor(micros / 1e6) * 1e6;
  const iso = new Date(Math.floor(micros / 1e3)).toISOString(); // 2024-01-01T12:34:56.789Z
  const fraction = sub === 0 ? "" : sub % 1000 === 0 ? `.${String(sub / 1000).padStart(3, "0")}` : `.${String(sub).padStart(6, "0")}`;
  const day = iso.slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  return `${day === today ? "" : `${day} `}${iso.slice(11, 19)}${fraction}Z`;
}

/** Short tick label for the ruler; `step` is the distance between ticks. */
export function formatTick(kind: TimelineKind | undefined, time: number, step: number): string {
  if (kind === "sequence" || kind === undefined) return `#${Math.round(time)}`;
  const decimals = (unit: number) => Math.max(0, Math.min(6, Math.ceil(-Math.log10(step / unit) - 1e-9)));
  const small = Math.abs(time) < 1e9 * 86400 * 365;
  if (small) return `${(time / 1e9).toFixed(decimals(1e9))}s`;
  if (step < 1e9) {
    // Sub-second ticks keep their second (a bare "+500 ms" repeats every second along the ruler).
    const digits = Math.max(1, decimals(1e9));
    const unit = 10 ** (9 - digits);
    let seconds = Math.floor(time / 1e9);
    let fraction = Math.round((time - seconds * 1e9) / unit);
    if (fraction >= 10 ** digits) (seconds += 1), (fraction = 0);
    return `${new Date(seconds * 1e3).toISOString().slice(11, 19)}.${String(fraction).padStart(digits, "0")}Z`;
  }
  const iso = new Date(time / 1e6).toISOString();
  return iso.slice(11, 19) + "Z";
}
