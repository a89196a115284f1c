// The bottom panel: playback controls, timeline selector, speed, the current time, and the
// streams tree whose lanes show where each entity has data. Dragging anywhere on the ruler or the
// lanes moves the time cursor.
import type { EntityNode, StreamRow } from "../state/model";
import { formatTick, formatTime, type TimeState } from "../state/time";
import { el, icon } from "./dom";

const ROW_HEIGHT = 22;
const LANE_PAD = 12;
const SPEEDS = [0.25, 0.5, 1, 2, 4, 8];

export interface TimePanelCallbacks {
  onSelectEntity(path: string): void;
  onTimelineChosen(name: string): void;
  selectedEntity(): string | null;
}

interface Row {
  node: EntityNode;
  depth: number;
  lane: HTMLCanvasElement;
}

/** An entity with more children than this starts collapsed in the streams tree. */
const MAX_CHILDREN_OPENED_AT_FIRST = 200;

export class TimePanel {
  readonly element: HTMLElement;
  private readonly timelineSelect = el("select", { "data-testid": "timeline-select", title: "Timeline" });
  private readonly speedSelect = el("select", { class: "speed", title: "Playback speed" });
  private readonly current = el("span", { class: "current", "data-testid": "current-time" });
  private readonly playButton = el("button", { "data-testid": "play", title: "Play / pause (space)" }, icon("play"));
  private readonly followButton = el("button", { "data-testid": "follow", title: "Follow the newest data" }, icon("follow"));
  private readonly loopButton = el("button", { "data-testid": "loop", title: "Loop" }, icon("loop"));
  private readonly names = el("div", "streams-names");
  private readonly lanes = el("div", { class: "streams-lanes", "data-testid": "time-lanes" });
  private readonly ruler = el("div", { class: "ruler", "data-testid": "time-ruler" });
  private readonly scrubber = el("div", { class: "scrubber", "data-testid": "scrubber" });
  private rows: Row[] = [];
  private root: EntityNode | null = null;
  private expanded = new Set<string>(["/"]);
  private streams = new Map<string, StreamRow>();
  private aggregate = new Map<string, { times: number[]; counts: number[] }>();

  constructor(private readonly time: TimeState, private readonly cb: TimePanelCallbacks) {
    for (const s of SPEEDS) this.speedSelect.append(el("option", { value: String(s), selected: s === 1 }, `${s.toFixed(2)}x`));
    const stepBack = el("button", { "data-testid": "step-back", title: "Previous time with data" }, icon("stepBack"));
    const stepForward = el("button", { "data-testid": "step-forward", title: "Next time with data" }, icon("stepForward"));
    this.element = el(
      "div",
      { class: "bottom-panel", "data-testid": "time-panel" },
      el(
        "div",
        "time-controls",
        this.followButton,
        this.playButton,
        stepBack,
        stepForward,
        this.loopButton,
        this.timelineSelect,
        this.speedSelect,
        this.current,
      ),
      el("div", { class: "time-body" }, this.names, this.lanes),
    );
    this.playButton.addEventListener("click", () => time.togglePlay());
    this.followButton.addEventListener("click", () => time.setFollow());
    this.loopButton.addEventListener("click", () => time.toggleLoop());
    stepBack.addEventListener("click", () => time.step(-1));
    stepForward.addEventListener("click", () => time.step(1));
    this.speedSelect.addEventListener("change", () => time.setSpeed(Number(this.speedSelect.value)));
    this.timelineSelect.addEventListener("change", () => cb.onTimelineChosen(this.timelineSelect.value));
    this.lanes.addEventListener("pointerdown", (e) => this.startDrag(e));
    window.addEventListener("keydown", (e) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (e.code === "Space") {
        e.preventDefault();
        time.togglePlay();
      } else if (e.code === "ArrowLeft") time.step(-1);
      else if (e.code === "ArrowRight") time.step(1);
    });
    new ResizeObserver(() => this.redrawLanes()).observe(this.lanes);
  }

  /** Timelines or playback changed: refresh controls. */
  refreshControls(): void {
    const t = this.time;
    const options = t.timelines.map((tl) => tl.name);
    const existing = [...this.timelineSelect.options].map((o) => o.value);
    if (options.join("\n") !== existing.join("\n")) {
      this.timelineSelect.replaceChildren(...options.map((name) => el("option", { value: name }, name)));
    }
    if (t.timeline) this.timelineSelect.value = t.timeline;
    this.playButton.replaceChildren(icon(t.playing ? "pause" : "play"));
    this.playButton.classList.toggle("active", t.playing);
    this.followButton.classList.toggle("active", t.follow);
    this.loopButton.classList.toggle("active", t.loop);
    this.refreshTime();
  }

  refreshTime(): void {
    const cur = this.time.current;
    this.current.textContent = cur ? formatTime(cur.kind, this.time.time) : "no timeline";
    this.element.dataset.time = cur ? String(this.time.queryTime) : "";
    const x = this.timeToX(this.time.time);
    this.scrubber.style.display = cur ? "" : "none";
    if (x !== null) this.scrubber.style.left = `${x}px`;
  }

  setEntities(root: EntityNode): void {
    this.root = root;
    // A few top-level entities open at first, unless one holds so many that their lanes (a canvas
    // each) would keep the browser busy drawing them: 10,000 entities under one path did.
    if (this.expanded.size === 1)
      for (const c of root.children) if (c.children.length && c.children.length <= MAX_CHILDREN_OPENED_AT_FIRST && root.children.length < 4) this.expanded.add(c.path);
    this.rebuildRows();
  }

  setStreams(rows: StreamRow[]): void {
    this.streams = new Map(rows.map((r) => [r.entityPath, r]));
    this.aggregate.clear();
    // Every time with data, sorted and distinct (for stepping). Typed arrays sort numerically in
    // native code: this runs on every live update, over every time of every entity.
    const all = new Float64Array(rows.reduce((n, r) => n + r.times.length, 0));
    let offset = 0;
    for (const r of rows) {
      all.set(r.times, offset);
      offset += r.times.length;
    }
    all.sort();
    const distinct: number[] = [];
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct.push(all[i]);
    this.time.dataTimes = distinct;
    this.redrawLanes();
  }

  private rebuildRows(): void {
    const rows: Row[] = [];
    const nameRows: HTMLElement[] = [el("div", "title", "Streams")];
    const visit = (node: EntityNode, depth: number) => {
      for (const child of node.children) {
        const open = this.expanded.has(child.path);
        const toggle = el("span", "toggle", child.children.length ? icon(open ? "caretDown" : "caretRight") : "");
        const row = el(
          "div",
          { class: "tree-row", "data-entity-path": child.path, title: child.path },
          toggle,
          icon("entity"),
          el("span", "label", child.name + (child.children.length ? "/" : "")),
        );
        row.style.paddingLeft = `${8 + depth * 14}px`;
        if (this.cb.selectedEntity() === child.path) row.classList.add("selected");
        toggle.addEventListener("click", (e) => {
          e.stopPropagation();
          if (open) this.expanded.delete(child.path);
          else this.expanded.add(child.path);
          this.rebuildRows();
        });
        row.addEventListener("click", () => this.cb.onSelectEntity(child.path));
        nameRows.push(row);
        const lane = el("canvas");
        rows.push({ node: child, depth, lane });
        if (open) visit(child, depth + 1);
      }
    };
    if (this.root) visit(this.root, 0);
    this.rows = rows;
    this.names.replaceChildren(...nameRows);
    this.lanes.replaceChildren(this.ruler, ...rows.map((r) => el("div", { class: "lane", "data-lane": r.node.path }, r.lane)), this.scrubber);
    this.redrawLanes();
  }

  /** Times and counts of an entity and everything below it. */
  private subtreeData(node: EntityNode): { times: number[]; counts: number[] } {
    const cached = this.aggregate.get(node.path);
    if (cached) return cached;
    const times: number[] = [];
    const counts: number[] = [];
    const add = (n: EntityNode) => {
      const s = this.streams.get(n.path);
      if (s) for (let i = 0; i < s.times.length; i++) (times.push(s.times[i]), counts.push(s.counts[i] ?? 1));
      for (const c of n.children) add(c);
    };
    add(node);
    const out = { times, counts };
    this.aggregate.set(node.path, out);
    return out;
  }

  private range(): { min: number; max: number } | null {
    const cur = this.time.current;
    if (!cur) return null;
    return { min: cur.min, max: cur.max };
  }

  private timeToX(t: number): number | null {
    const r = this.range();
    const w = this.lanes.clientWidth;
    if (!r || w <= 0) return null;
    if (r.max <= r.min) return LANE_PAD;
    return LANE_PAD + ((t - r.min) / (r.max - r.min)) * (w - 2 * LANE_PAD);
  }

  private xToTime(x: number): number | null {
    const r = this.range();
    const w = this.lanes.clientWidth;
    if (!r || w <= 2 * LANE_PAD) return null;
    if (r.max <= r.min) return r.min;
    return r.min + ((x - LANE_PAD) / (w - 2 * LANE_PAD)) * (r.max - r.min);
  }

  private startDrag(down: PointerEvent): void {
    if (down.button !== 0) return;
    down.preventDefault();
    const seekAt = (e: PointerEvent) => {
      const rect = this.lanes.getBoundingClientRect();
      const t = this.xToTime(e.clientX - rect.left);
      if (t !== null) {
        this.time.pause();
        this.time.seek(t);
      }
    };
    this.lanes.setPointerCapture(down.pointerId);
    seekAt(down);
    const move = (e: PointerEvent) => seekAt(e);
    const up = () => {
      this.lanes.removeEventListener("pointermove", move);
      this.lanes.removeEventListener("pointerup", up);
    };
    this.lanes.addEventListener("pointermove", move);
    this.lanes.addEventListener("pointerup", up);
  }

  redrawLanes(): void {
    const w = this.lanes.clientWidth;
    const cur = this.time.current;
    this.drawRuler(w);
    const dpr = window.devicePixelRatio || 1;
    // One time-to-pixel mapping for every sample: timeToX reads the lane width, and reading layout
    // after resizing a canvas forces a reflow per call (seconds for big streams).
    const span = cur ? cur.max - cur.min : 0;
    const pxPerTime = span > 0 ? (w - 2 * LANE_PAD) / span : 0;
    const x0 = cur ? cur.min : 0;
    for (const row of this.rows) {
      const canvas = row.lane;
      // Resize only when needed: a new backing store per lane on every live update is slow.
      const cw = Math.max(1, Math.floor(w * dpr));
      const ch = Math.floor(ROW_HEIGHT * dpr);
      if (canvas.width !== cw || canvas.height !== ch) {
        canvas.width = cw;
        canvas.height = ch;
      }
      const g = canvas.getContext("2d");
      if (!g) continue;
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.clearRect(0, 0, cw, ch);
      if (!cur) continue;
      const { times, counts } = this.subtreeData(row.node);
      if (!times.length) continue;
      const maxCount = Math.max(...counts.slice(0, 5000), 1);
      const open = this.expanded.has(row.node.path) && row.node.children.length > 0;
      g.fillStyle = open ? "rgba(200, 210, 215, 0.35)" : "rgba(200, 210, 215, 0.85)";
      // Bin per pixel so huge streams cost one rect per column.
      const columns = new Float32Array(Math.ceil(w) + 1);
      for (let i = 0; i < times.length; i++) {
        const x = LANE_PAD + (times[i] - x0) * pxPerTime;
        const c = Math.min(Math.max(Math.round(x), 0), columns.length - 1);
        columns[c] += counts[i] ?? 1;
      }
      for (let x = 0; x < columns.length; x++) {
        if (!columns[x]) continue;
        const h = 6 + 8 * Math.min(1, columns[x] / maxCount);
        g.fillRect(x - 1.5, (ROW_HEIGHT - h) / 2, 3, h);
      }
    }
    this.refreshTime();
  }

  private drawRuler(width: number): void {
    const cur = this.time.current;
    if (!cur || width <= 0) {
      this.ruler.replaceChildren();
      return;
    }
    if (cur.max <= cur.min) {
      // One time only: one label.
      const tick = el("span", "tick", formatTime(cur.kind, cur.min));
      tick.style.left = `${LANE_PAD}px`;
      this.ruler.replaceChildren(tick);
      return;
    }
    const span = cur.max - cur.min;
    const target = span / Math.max(1, Math.floor(width / 110));
    const step = niceStep(target, cur.kind === "sequence");
    const ticks: HTMLElement[] = [];
    const first = Math.ceil(cur.min / step) * step;
    for (let t = first; t <= cur.max + 1e-9 && ticks.length < 60; t += step) {
      const x = this.timeToX(t);
      if (x === null) break;
      const tick = el("span", "tick", formatTick(cur.kind, t, step));
      tick.style.left = `${x}px`;
      ticks.push(tick);
    }
    if (!ticks.length) {
      const tick = el("span", "tick", formatTick(cur.kind, cur.min, step));
      tick.style.left = `${LANE_PAD}px`;
      ticks.push(tick);
    }
    this.ruler.replaceChildren(...ticks);
  }

  highlightSelection(path: string | null): void {
    for (const row of this.names.querySelectorAll<HTMLElement>(".tree-row")) {
      row.classList.toggle("selected", row.dataset.entityPath === path);
    }
  }
}

function niceStep(target: number, integer: boolean): number {
  if (target <= 0 || !Number.isFinite(target)) return 1;
  const exp = Math.pow(10, Math.floor(Math.log10(target)));
  for (const m of [1, 2, 5, 10]) {
    const s = m * exp;
    if (s >= target) return integer ? Math.max(1, Math.round(s)) : s;
  }
  return integer ? Math.max(1, Math.round(10 * exp)) : 10 * exp;
}
