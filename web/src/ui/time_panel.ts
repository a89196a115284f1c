// The bottom panel: playback controls, timeline selector, speed, the current time, and the
// streams tree whose lanes show where each entity has data. Dragging anywhere on the ruler or the
// lanes moves the time cursor. Only the tree rows in sight (and a few around) are in the DOM, and
// one canvas draws the lanes of just those rows, so an entity of 10,000 children costs no more
// once opened than the rows the panel shows (virtual rows, as the text log view).
import type { EntityNode, StreamRow } from "../state/model";
import { formatTick, formatTime, type TimeState } from "../state/time";
import { el, icon } from "./dom";

const ROW_HEIGHT = 22;
/** The header above the rows: the "Streams" title left, the ruler right (same height). */
const HEADER_HEIGHT = 22;
/** Rows kept in the DOM above and below those in sight, so a small scroll shows no gap. */
const OVERSCAN = 8;
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
}

export class TimePanel {
  readonly element: HTMLElement;
  private readonly timelineSelect = el("select", { "data-testid": "timeline-select", title: "Timeline" });
  private readonly speedSelect = el("select", { class: "speed", title: "Playback speed" });
  private readonly current = el("span", { class: "current", "data-testid": "current-time" });
  private readonly playButton = el("button", { "data-testid": "play", title: "Play / pause (space)" }, icon("play"));
  private readonly followButton = el("button", { "data-testid": "follow", title: "Follow the newest data" }, icon("follow"));
  private readonly loopButton = el("button", { "data-testid": "loop", title: "Loop" }, icon("loop"));
  private readonly body = el("div", { class: "time-body" });
  private readonly names = el("div", "streams-names");
  private readonly namesTop = el("div", "spacer");
  private readonly namesRows = el("div", "streams-rows");
  private readonly namesBottom = el("div", "spacer");
  private readonly lanes = el("div", { class: "streams-lanes", "data-testid": "time-lanes" });
  private readonly ruler = el("div", { class: "ruler", "data-testid": "time-ruler" });
  private readonly laneArea = el("div", "lane-area");
  private readonly laneCanvas = el("canvas", { "data-testid": "lanes-canvas" });
  private readonly scrubber = el("div", { class: "scrubber", "data-testid": "scrubber" });
  /** Every row of the tree as opened now, in order; only rows[first, last) are in the DOM. */
  private rows: Row[] = [];
  private first = 0;
  private last = 0;
  /** What the DOM rows and the lane canvas show, to skip a scroll that changes neither. */
  private drawnRows = "";
  /** The DOM rows shown last, by entity path, kept while their row looks the same. */
  private rowElements = new Map<string, { key: string; element: HTMLElement }>();
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
      this.body,
    );
    this.names.append(el("div", "title", "Streams"), this.namesTop, this.namesRows, this.namesBottom);
    this.laneArea.append(this.laneCanvas);
    this.lanes.append(this.ruler, this.laneArea, this.scrubber);
    this.body.append(this.names, this.lanes);
    this.body.addEventListener("scroll", () => this.showRowsInSight());
    this.namesRows.addEventListener("click", (e) => this.onRowClick(e));
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
    // The lanes' width sets the time scale; the body's height how many rows are in sight.
    const resized = new ResizeObserver(() => {
      this.drawnRows = "";
      this.redrawLanes();
    });
    resized.observe(this.lanes);
    resized.observe(this.body);
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
    // A few top-level entities open at first, however many children they have (as in Rerun 0.17,
    // whose streams tree opens the top level): only the rows in sight are drawn.
    if (this.expanded.size === 1)
      for (const c of root.children) if (c.children.length && root.children.length < 4) this.expanded.add(c.path);
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

  /** The tree as opened now, flattened into rows; then the rows in sight are shown. */
  private rebuildRows(): void {
    const rows: Row[] = [];
    const visit = (node: EntityNode, depth: number) => {
      for (const child of node.children) {
        rows.push({ node: child, depth });
        if (this.expanded.has(child.path)) visit(child, depth + 1);
      }
    };
    if (this.root) visit(this.root, 0);
    this.rows = rows;
    this.drawnRows = "";
    this.redrawLanes();
  }

  /** The rows in sight and OVERSCAN around them, clamped to the rows there are. */
  private rowsInSight(): { first: number; last: number } {
    const total = this.rows.length;
    const height = Math.max(this.body.clientHeight, ROW_HEIGHT);
    const inSight = Math.ceil(height / ROW_HEIGHT) + 1 + 2 * OVERSCAN;
    const top = Math.floor((this.body.scrollTop - HEADER_HEIGHT) / ROW_HEIGHT) - OVERSCAN;
    const first = Math.max(0, Math.min(top, total - inSight));
    return { first, last: Math.min(total, first + inSight) };
  }

  /** After a scroll: put the rows in sight in the DOM and draw their lanes, once those in the DOM
   * no longer cover them with a few rows to spare (not on every row scrolled past). */
  private showRowsInSight(): void {
    const total = this.rows.length;
    const top = Math.floor((this.body.scrollTop - HEADER_HEIGHT) / ROW_HEIGHT);
    const bottom = Math.ceil((this.body.scrollTop + this.body.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT);
    const spare = OVERSCAN / 4;
    const coveredAbove = this.first === 0 || top - this.first >= spare;
    const coveredBelow = this.last === total || this.last - bottom >= spare;
    if (coveredAbove && coveredBelow && this.drawnRows.endsWith(`:${total}`)) return;
    this.renderRows();
    this.drawLanes();
  }

  private renderRows(): void {
    const { first, last } = this.rowsInSight();
    this.first = first;
    this.last = last;
    this.drawnRows = `${first}:${last}:${this.rows.length}`;
    this.namesTop.style.height = `${first * ROW_HEIGHT}px`;
    this.namesBottom.style.height = `${(this.rows.length - last) * ROW_HEIGHT}px`;
    const selected = this.cb.selectedEntity();
    const kept = new Map<string, { key: string; element: HTMLElement }>();
    const elements: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const { node, depth } = this.rows[i];
      const open = this.expanded.has(node.path);
      const key = `${depth}:${node.children.length > 0}:${open}:${node.name}`;
      let shown = this.rowElements.get(node.path);
      if (!shown || shown.key !== key) shown = { key, element: this.treeRow(node, depth, open) };
      shown.element.classList.toggle("selected", selected === node.path);
      kept.set(node.path, shown);
      elements.push(shown.element);
    }
    this.rowElements = kept;
    // Keep the rows that stay where they are: replacing them all on every scroll step would lose
    // the hover under the pointer and make the browser lay them all out again.
    const current = this.namesRows.children;
    let same = current.length === elements.length;
    for (let i = 0; same && i < elements.length; i++) same = current[i] === elements[i];
    if (!same) this.namesRows.replaceChildren(...elements);
  }

  private treeRow(node: EntityNode, depth: number, open: boolean): HTMLElement {
    const toggle = el("span", "toggle", node.children.length ? icon(open ? "caretDown" : "caretRight") : "");
    const row = el(
      "div",
      { class: "tree-row", "data-entity-path": node.path, title: node.path },
      toggle,
      icon("entity"),
      el("span", "label", node.name + (node.children.length ? "/" : "")),
    );
    row.style.paddingLeft = `${8 + depth * 14}px`;
    return row;
  }

  /** One listener for every row: the toggle opens or closes the entity, the rest selects it. */
  private onRowClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    const row = target?.closest<HTMLElement>(".tree-row");
    const path = row?.dataset.entityPath;
    if (!row || path === undefined) return;
    // A leaf's toggle is empty space: a click there selects, as on the rest of the row.
    if (target?.closest(".toggle") && row.querySelector(".toggle svg")) {
      if (this.expanded.has(path)) this.expanded.delete(path);
      else this.expanded.add(path);
      this.rebuildRows();
      return;
    }
    this.cb.onSelectEntity(path);
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

  /** The rows, ruler and lanes anew: the tree, its data, the time range or the panel's size changed. */
  redrawLanes(): void {
    this.renderRows();
    this.drawRuler(this.lanes.clientWidth);
    this.laneArea.style.height = `${this.rows.length * ROW_HEIGHT}px`;
    this.drawLanes();
    this.refreshTime();
  }

  /** The lanes of the rows in the DOM, on the one canvas that lies behind them. */
  private drawLanes(): void {
    const w = this.lanes.clientWidth;
    const cur = this.time.current;
    const canvas = this.laneCanvas;
    const shown = this.last - this.first;
    canvas.style.top = `${this.first * ROW_HEIGHT}px`;
    canvas.style.height = `${shown * ROW_HEIGHT}px`;
    canvas.style.display = shown ? "" : "none";
    const dpr = window.devicePixelRatio || 1;
    // Resize only when needed: a new backing store on every live update is slow.
    const cw = Math.max(1, Math.floor(w * dpr));
    const ch = Math.max(1, Math.floor(shown * ROW_HEIGHT * dpr));
    if (canvas.width !== cw || canvas.height !== ch) {
      canvas.width = cw;
      canvas.height = ch;
    }
    const g = canvas.getContext("2d");
    if (g) {
      g.setTransform(1, 0, 0, 1, 0, 0);
      g.clearRect(0, 0, cw, ch);
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (cur) for (let i = this.first; i < this.last; i++) this.drawLane(g, this.rows[i].node, (i - this.first) * ROW_HEIGHT, w);
    }
  }

  /** One row's lane: a mark per pixel column with data, taller where more rows are. */
  private drawLane(g: CanvasRenderingContext2D, node: EntityNode, top: number, w: number): void {
    const cur = this.time.current;
    if (!cur) return;
    const { times, counts } = this.subtreeData(node);
    if (!times.length) return;
    // One time-to-pixel mapping for every sample: timeToX reads the lane width, and reading layout
    // after resizing a canvas forces a reflow per call (seconds for big streams).
    const span = cur.max - cur.min;
    const pxPerTime = span > 0 ? (w - 2 * LANE_PAD) / span : 0;
    const maxCount = Math.max(...counts.slice(0, 5000), 1);
    const open = this.expanded.has(node.path) && node.children.length > 0;
    g.fillStyle = open ? "rgba(200, 210, 215, 0.35)" : "rgba(200, 210, 215, 0.85)";
    // Bin per pixel so huge streams cost one rect per column.
    const columns = new Float32Array(Math.ceil(w) + 1);
    for (let i = 0; i < times.length; i++) {
      const x = LANE_PAD + (times[i] - cur.min) * pxPerTime;
      const c = Math.min(Math.max(Math.round(x), 0), columns.length - 1);
      columns[c] += counts[i] ?? 1;
    }
    for (let x = 0; x < columns.length; x++) {
      if (!columns[x]) continue;
      const h = 6 + 8 * Math.min(1, columns[x] / maxCount);
      g.fillRect(x - 1.5, top + (ROW_HEIGHT - h) / 2, 3, h);
    }
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
    for (const row of this.namesRows.querySelectorAll<HTMLElement>(".tree-row")) {
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
