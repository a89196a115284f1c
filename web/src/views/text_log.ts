// TextLog view: a table of log rows (a time column per timeline as in Rerun, entity, level, text),
// newest at the bottom, scrolled to the newest unless the user scrolled up. Rows arrive as columns
// and only the rows in sight are in the DOM (virtual rows), so a log of a million rows scrolls
// smoothly. A filter bar shows or hides levels and keeps rows whose body contains a text. Clicking
// a row selects its entity and moves the time.
import type { TextLogPayload } from "../protocol.gen";
import { formatTime, type TimelineKind } from "../state/time";
import type { NdArray } from "../transport/codec";
import { el } from "../ui/dom";
import { cssColor, frameThrottle } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

/** Height of one row in CSS pixels (fixed: bodies are shown on one line). */
const ROW_HEIGHT = 21;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 20;
const NO_TIME = -(2n ** 63n);

interface Columns {
  p: TextLogPayload;
  kinds: TimelineKind[];
  times: (NdArray | undefined)[];
  entity: ArrayLike<number>;
  level: ArrayLike<number>;
  text: Uint8Array;
  offsets: ArrayLike<number>;
  colors: Uint8Array | null;
  /** Lower-cased bodies, decoded on the first text filter. */
  lowered: string[] | null;
}

class TextLogView implements ViewInstance {
  private readonly bar = el("div", "log-filters");
  private readonly search = el("input", { type: "search", placeholder: "Filter text", "data-testid": "log-filter-text" });
  private readonly levelBoxes = el("span", "log-levels");
  private readonly wrap = el("div", "table-wrap log-wrap");
  private readonly thead = el("thead");
  private readonly tbody = el("tbody");
  private readonly topPad = el("td");
  private readonly bottomPad = el("td");
  private readonly count = el("span", { class: "hint", "data-testid": "log-count" });
  private readonly decoder = new TextDecoder();
  private stickToBottom = true;
  private columnsKey = "";
  private cols: Columns | null = null;
  /** Rows shown (after filters), as row indices in time order. */
  private shown: Uint32Array = new Uint32Array(0);
  private readonly hiddenLevels = new Set<string>();
  private levelsKey = "";
  private dataKey = "";
  private drawn = "";
  private readonly draw = frameThrottle(() => this.renderRows());
  /** The table starts below the filter bar, which takes more lines in a narrow view. */
  private readonly barObserver = new ResizeObserver(() => {
    this.wrap.style.top = `${this.bar.getBoundingClientRect().height}px`;
  });

  constructor(body: HTMLElement, private readonly ctx: ViewContext) {
    this.bar.append(this.levelBoxes, this.search, this.count);
    this.barObserver.observe(this.bar);
    const table = el("table", "data log", this.thead, this.tbody);
    // Spacers standing in for the rows out of sight: in the head (under the column names) and foot.
    this.thead.append(el("tr", "log-pad", this.topPad));
    table.append(el("tfoot", "", el("tr", "log-pad", this.bottomPad)));
    this.wrap.append(table);
    body.append(this.bar, this.wrap);
    this.wrap.addEventListener("scroll", () => {
      this.stickToBottom = this.wrap.scrollTop + this.wrap.clientHeight >= this.wrap.scrollHeight - 4;
      this.draw();
    });
    this.search.addEventListener("input", () => this.applyFilters());
  }

  update(payload: unknown): void {
    const p = payload as TextLogPayload;
    const kinds = p.timeline_types.map((t): TimelineKind => (t === "time" ? "temporal" : "sequence"));
    const key = p.timelines.join("\u0000") + "|" + p.timeline;
    if (key !== this.columnsKey) {
      this.columnsKey = key;
      const timeHeads = p.timelines.map((name) => el("th", name === p.timeline ? "current" : "", name));
      const head = el("tr", "", ...timeHeads, el("th", "", "Entity path"), el("th", "", "Level"), el("th", "", "Body"));
      this.thead.replaceChildren(head, this.thead.lastElementChild ?? el("tr", "log-pad", this.topPad));
      this.topPad.colSpan = this.bottomPad.colSpan = p.timelines.length + 3;
    }
    const dataKey = [p.text, p.text_offsets, p.level_index, p.entity_index, p.colors, ...p.times].join("|");
    if (dataKey !== this.dataKey) {
      this.dataKey = dataKey;
      const get = (k: string | null) => (k ? this.ctx.array(k) : undefined);
      this.cols = {
        p,
        kinds,
        times: p.times.map((k) => get(k)),
        entity: (get(p.entity_index)?.data as ArrayLike<number>) ?? [],
        level: (get(p.level_index)?.data as ArrayLike<number>) ?? [],
        text: (get(p.text)?.data as Uint8Array) ?? new Uint8Array(0),
        offsets: (get(p.text_offsets)?.data as ArrayLike<number>) ?? [0],
        colors: (get(p.colors)?.data as Uint8Array | undefined) ?? null,
        lowered: null,
      };
      this.updateLevelBoxes(p.levels);
      this.applyFilters();
    }
    this.ctx.rendered();
  }

  private updateLevelBoxes(levels: string[]): void {
    const key = levels.join("\u0000");
    if (key === this.levelsKey) return;
    this.levelsKey = key;
    const boxes = levels.map((name) => {
      const box = el("input", { type: "checkbox", "data-testid": `log-level-${name}` });
      box.checked = !this.hiddenLevels.has(name);
      box.addEventListener("change", () => {
        if (box.checked) this.hiddenLevels.delete(name);
        else this.hiddenLevels.add(name);
        this.applyFilters();
      });
      return el("label", `level-${name.toUpperCase()}`, box, name);
    });
    this.levelBoxes.replaceChildren(...boxes);
  }

  private bodyOf(i: number): string {
    const c = this.cols!;
    return this.decoder.decode(c.text.subarray(c.offsets[i], c.offsets[i + 1]));
  }

  /** The rows passing the level and text filters, then draw. */
  private applyFilters(): void {
    const c = this.cols;
    if (!c) return;
    const n = c.p.row_count;
    const needle = this.search.value.toLowerCase();
    const levelHidden = c.p.levels.map((name) => this.hiddenLevels.has(name));
    if (needle && !c.lowered) {
      c.lowered = new Array<string>(n);
      for (let i = 0; i < n; i++) c.lowered[i] = this.bodyOf(i).toLowerCase();
    }
    let shown: Uint32Array;
    if (!needle && !levelHidden.some((h) => h)) {
      shown = new Uint32Array(n);
      for (let i = 0; i < n; i++) shown[i] = i;
    } else {
      const keep: number[] = [];
      for (let i = 0; i < n; i++) {
        const level = c.level[i];
        if (level > 0 && levelHidden[level - 1]) continue;
        if (needle && !c.lowered![i].includes(needle)) continue;
        keep.push(i);
      }
      shown = Uint32Array.from(keep);
    }
    this.shown = shown;
    this.count.textContent = `${shown.length.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} rows${c.p.truncated ? " (older rows not shown)" : ""}`;
    this.drawn = "";
    this.renderRows();
    if (this.stickToBottom) {
      this.wrap.scrollTop = this.wrap.scrollHeight;
      this.renderRows();
    }
  }

  /** Put the rows in sight (and a few around) in the DOM; spacers stand in for the rest. */
  private renderRows(): void {
    const c = this.cols;
    if (!c) return;
    const total = this.shown.length;
    const visible = Math.ceil(Math.max(this.wrap.clientHeight, ROW_HEIGHT) / ROW_HEIGHT) + 2 * OVERSCAN;
    // The scroll position may be past the end of fewer rows (a filter just narrowed them).
    const first = Math.max(0, Math.min(Math.floor(this.wrap.scrollTop / ROW_HEIGHT) - OVERSCAN, total - visible));
    const last = Math.min(total, first + visible);
    const key = `${first}:${last}:${total}`;
    if (key === this.drawn) return;
    this.drawn = key;
    this.topPad.style.height = `${first * ROW_HEIGHT}px`;
    this.bottomPad.style.height = `${(total - last) * ROW_HEIGHT}px`;
    const rows: HTMLElement[] = [];
    for (let k = first; k < last; k++) rows.push(this.row(this.shown[k]));
    this.tbody.replaceChildren(...rows);
  }

  private row(i: number): HTMLElement {
    const c = this.cols!;
    const p = c.p;
    const timeCells = c.times.map((arr, t) => {
      const raw = arr ? (arr.data as BigInt64Array)[i] : NO_TIME;
      const value = raw === NO_TIME ? null : Number(raw);
      const onView = t === p.timeline_index;
      return el("td", "num", value === null ? (onView || p.timeline_index === null ? "static" : "") : formatTime(c.kinds[t], value));
    });
    const entity = p.entities[c.entity[i]] ?? "";
    const level = c.level[i] > 0 ? p.levels[c.level[i] - 1] : null;
    const text = this.bodyOf(i);
    const body = el("td", "", text);
    const tr = el(
      "tr",
      { "data-entity-path": entity },
      ...timeCells,
      el("td", "", entity),
      el("td", level ? `level-${level.toUpperCase()}` : "", level ?? ""),
      body,
    );
    tr.style.height = `${ROW_HEIGHT}px`;
    const viewTime = p.timeline_index === null ? undefined : c.times[p.timeline_index];
    const at = viewTime ? (viewTime.data as BigInt64Array)[i] : NO_TIME;
    if (this.cursor !== null && at !== NO_TIME && Number(at) === this.cursor) tr.classList.add("current");
    if (text.includes("\n")) body.title = text;
    if (c.colors && c.colors[i * 4 + 3] > 0) body.style.color = cssColor([c.colors[i * 4], c.colors[i * 4 + 1], c.colors[i * 4 + 2], c.colors[i * 4 + 3]]);
    tr.addEventListener("click", () => {
      this.ctx.select({ entityPath: entity });
      const t = p.timeline_index === null ? undefined : c.times[p.timeline_index];
      const raw = t ? (t.data as BigInt64Array)[i] : NO_TIME;
      if (raw !== NO_TIME) this.ctx.seek(Number(raw));
    });
    return tr;
  }

  private cursor: number | null = null;

  /** Rows at the time cursor are highlighted, as in Rerun. */
  setTime(time: number | null): void {
    if (time === this.cursor) return;
    this.cursor = time;
    this.drawn = "";
    this.draw();
  }

  resize(): void {
    this.drawn = "";
    this.draw();
  }

  dispose(): void {
    this.barObserver.disconnect();
    this.bar.remove();
    this.wrap.remove();
  }
}

export const textLogView: ViewModule = {
  kind: "TextLog",
  label: "Text log",
  create: (body, ctx) => new TextLogView(body, ctx),
};
