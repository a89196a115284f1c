// TimeSeries view: uPlot line and point series sharing the timeline as x, a legend, and the time
// cursor as a vertical line. Clicking the plot moves the time cursor there; dragging zooms into a
// time range, the wheel pans (shift: along time) and ctrl / ⌘ + wheel zooms, as in Rerun's plots; a
// double click shows everything.
// Long series come as a level of detail of the visible range (a few points per pixel column): each
// zoom or pan asks the server again for its range, shortly after the user stops.
import uPlot from "uplot";
import type { PlotQuery, Series, TimeBoundary, TimeSeriesPayload } from "../protocol.gen";
import { formatTick } from "../state/time";
import { cssColor, numbers } from "./common";
import { fittedRange, PLOT_AXIS, PlotView, VALUE_AXIS } from "./plot";
import type { ViewContext, ViewModule } from "./types";

const NO_PATH = (): null => null;
/** Wait this long after the last zoom, pan or resize before asking the server for that range's detail. */
const REQUERY_DELAY_MS = 120;
/** Tick spacings of sequence timelines: whole steps (1, 2, 5, 10, 20, 50, ...). */
const SEQUENCE_TICK_STEPS = Array.from({ length: 16 }, (_, e) => [1, 2, 5].map((m) => m * 10 ** e)).flat();

class TimeSeriesView extends PlotView {
  private cursorTime: number | null = null;
  private signature = "";
  private xScale = 1;
  private lastOptions: Omit<uPlot.Options, "width" | "height"> | null = null;
  private timeline: string | null = null;
  /** Series whose color or size changes along them, drawn by us (uPlot styles a series as a whole): plot series index -> points. */
  private styled = new Map<number, { xs: Float64Array; ys: (number | null)[]; colors: ArrayLike<number> | null; sizes: ArrayLike<number> | null; line: boolean; size: number }>();
  private dataRange: [number, number] | null = null;
  /** How each plotted series is drawn (line and/or markers), in plot series order. */
  private drawnAs: { label: string; line: boolean; points: boolean }[] = [];
  /** The value range the user zoomed or panned to with the wheel (kept over new data; a double click resets it). */
  private zoomedY: [number, number] | null = null;
  /** The time range the user zoomed or panned to (timeline units); null: everything (or the blueprint's time window). */
  private viewRange: [number, number] | null = null;
  /** Some series of the last payload are a level of detail, not every point. */
  private lod = false;
  private requeryTimer: ReturnType<typeof setTimeout> | null = null;
  private queriedWidth = 0;

  constructor(body: HTMLElement, ctx: ViewContext) {
    super(body, ctx);
    this.host.addEventListener("click", (e) => {
      if (!this.plot) return;
      const rect = this.plot.over.getBoundingClientRect();
      if (e.clientX < rect.left || e.clientX > rect.right) return;
      const x = this.plot.posToVal(e.clientX - rect.left, "x");
      this.ctx.seek(x * this.xScale);
    });
    this.host.addEventListener("wheel", (e) => this.onWheel(e), { passive: false });
  }

  /** What the server reduces the series to: the visible range (null: all) and the plot's size in CSS pixels. */
  queryOptions(): PlotQuery {
    this.queriedWidth = Math.max(50, this.body.clientWidth);
    return { x_range: this.viewRange ?? this.windowRange(), width_px: this.queriedWidth, height_px: Math.max(50, this.body.clientHeight), compare_recordings: false };
  }

  /** The x range to show (timeline units): the user's zoom, else the blueprint's time window, else all the data. */
  private shownRange(): [number, number] | null {
    return this.viewRange ?? this.windowRange() ?? this.dataRange;
  }

  private scheduleRequery(): void {
    if (this.requeryTimer !== null) clearTimeout(this.requeryTimer);
    this.requeryTimer = setTimeout(() => {
      this.requeryTimer = null;
      this.ctx.requery();
    }, REQUERY_DELAY_MS);
  }

  /** Show `range` now with the points at hand, and ask the server for its detail. */
  private zoomTo(range: [number, number] | null): void {
    this.viewRange = range && range[1] > range[0] ? range : null;
    const shown = this.shownRange();
    if (this.plot && shown) this.plot.setScale("x", { min: shown[0] / this.xScale, max: shown[1] / this.xScale });
    this.scheduleRequery();
  }

  /** A drag across the plot zooms into the dragged time range. */
  private onSelect(u: uPlot): void {
    if (u.select.width < 3) return;
    const a = u.posToVal(u.select.left, "x") * this.xScale;
    const b = u.posToVal(u.select.left + u.select.width, "x") * this.xScale;
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.zoomTo([Math.min(a, b), Math.max(a, b)]);
  }

  update(payload: unknown): void {
    const p = this.withOverrides(payload as TimeSeriesPayload);
    const kind = this.ctx.timelineKind();
    // Temporal timelines are in ns: plot seconds so doubles keep sub-microsecond detail.
    this.xScale = kind === "temporal" ? 1e9 : 1;
    const tables: uPlot.AlignedData[] = [];
    this.styled.clear();
    for (const s of p.series) {
      // A series arrives as pieces (each cached by its key; only changed pieces are re-sent).
      const timePieces = s.times.map((key) => numbers(this.ctx.array(key)));
      const valuePieces = s.values.map((key) => numbers(this.ctx.array(key)));
      const n = timePieces.reduce((sum, piece) => sum + piece.length, 0);
      const xs = new Float64Array(n);
      const ys: (number | null)[] = new Array(n).fill(null);
      let at = 0;
      for (let k = 0; k < timePieces.length; k++) {
        const times = timePieces[k];
        const values = valuePieces[k] ?? [];
        for (let i = 0; i < times.length; i++, at++) {
          xs[at] = times[i] / this.xScale;
          const v = values[i];
          ys[at] = v !== undefined && Number.isFinite(v) ? v : null;
        }
      }
      tables.push([xs as unknown as number[], ys]);
      if (s.point_colors || s.point_sizes) {
        const cat = (keys: string[] | null): ArrayLike<number> | null => {
          if (!keys) return null;
          const out = new Float64Array(n);
          let k = 0;
          for (const key of keys) for (const v of Array.from(numbers(this.ctx.array(key)))) out[k++] = v;
          return out;
        };
        this.styled.set(tables.length, { xs, ys, colors: cat(s.point_colors), sizes: cat(s.point_sizes), line: this.visualizers(s).line, size: this.visualizers(s).line ? s.width : s.marker_size });
      }
    }
    const data: uPlot.AlignedData = tables.length ? uPlot.join(tables, tables.map(() => [1])) : [[]];
    const xs = data[0] as ArrayLike<number>;
    // The whole data's range (the points sent may be only those in sight).
    this.dataRange = p.data_range ? [p.data_range[0], p.data_range[1]] : xs.length ? [xs[0] * this.xScale, xs[xs.length - 1] * this.xScale] : null;
    this.lod = p.series.some((s) => s.lod);
    this.timeline = p.timeline;
    const signature = JSON.stringify([p.series.map((s) => [s.entity, s.name, s.series_kind, s.color, s.width, s.marker, s.marker_size, s.point_colors !== null, s.point_sizes !== null]), this.properties()]) + kind;
    const rebuild = signature !== this.signature;
    this.signature = signature;
    this.show(rebuild, data, () => (this.lastOptions = this.plotOptions(p)));
    this.applyTimeWindow();
    this.applyZoom();
    if (rebuild) this.renderLegend(p.series.map((s) => ({ entity: s.entity, label: s.name, color: s.color })), 1);
    this.ctx.rendered();
  }

  private plotOptions(p: TimeSeriesPayload): Omit<uPlot.Options, "width" | "height"> {
    const kind = this.ctx.timelineKind();
    const xScale = this.xScale;
    const series: uPlot.Series[] = [{}];
    const props = this.properties();
    this.drawnAs = [];
    for (const s of p.series) {
      const color = cssColor(s.color);
      const drawn = this.visualizers(s);
      this.drawnAs.push({ label: s.name, ...drawn });
      if (this.styled.has(series.length)) {
        // Drawn point by point in drawStyled (per-row colors and sizes).
        series.push({ label: s.name, stroke: color, paths: NO_PATH, points: { show: false } });
      } else if (drawn.line) {
        // Markers (all ten of Rerun's shapes) are drawn by drawMarkers, not by uPlot.
        series.push({ label: s.name, stroke: color, width: Math.max(0.5, s.width), spanGaps: false, points: { show: false } });
      } else {
        series.push({ label: s.name, stroke: color, paths: NO_PATH, points: { show: false } });
      }
    }
    return {
      series,
      legend: { show: false },
      cursor: {
        // Drag-zoom is ours (onSelect): the new range is also asked of the server.
        drag: { x: true, y: false, setScale: false },
        points: { show: false },
        bind: {
          dblclick: () => () => {
            this.resetZoom();
            return null;
          },
        },
      },
      scales: {
        x: {
          time: false,
          range: (_u, min, max) => {
            const shown = this.shownRange();
            if (shown && shown[1] > shown[0]) return [shown[0] / xScale, shown[1] / xScale];
            return min === max ? [min - 1, max + 1] : [min, max];
          },
        },
        // ScalarAxis.range: a fixed y range (else fitted to the data).
        y: props?.axis_y_range ? { auto: false, range: [props.axis_y_range[0], props.axis_y_range[1]] as uPlot.Range.MinMax } : { range: (_u, lo, hi) => fittedRange(lo, hi) },
      },
      axes: [
        {
          ...PLOT_AXIS,
          // Clock labels (12:34:56Z) are wider than uPlot's default 50 px between ticks.
          space: kind === "temporal" ? 90 : 50,
          values: (_u, splits) => splits.map((v) => formatTick(kind, v * xScale, (splits.length > 1 ? splits[1] - splits[0] : 1) * xScale)),
          // Sequence timelines tick at whole steps only (#0, #1, ...), as Rerun's do.
          ...(kind === "temporal" ? {} : { incrs: SEQUENCE_TICK_STEPS }),
        },
        VALUE_AXIS,
      ],
      hooks: {
        setSelect: [(u) => this.onSelect(u)],
        draw: [
          (u) => this.drawStyled(u),
          (u) => drawMarkers(u, p, (k) => this.drawnAs[k].points && !this.styled.has(k + 1)),
          (u) => this.drawCursor(u),
          (u) => this.exposeScales(u),
        ],
      },
    };
  }

  /** The drawn ranges and how each series is drawn, as data attributes (what tests and tools read). */
  private exposeScales(u: uPlot): void {
    const d = this.host.dataset;
    d.xMin = String((u.scales.x.min ?? NaN) * this.xScale);
    d.xMax = String((u.scales.x.max ?? NaN) * this.xScale);
    d.yMin = String(u.scales.y.min ?? NaN);
    d.yMax = String(u.scales.y.max ?? NaN);
    d.series = JSON.stringify(this.drawnAs);
    d.lod = String(this.lod);
    // What is drawn inside the x range: points and their value extent (a level of detail keeps each column's extremes).
    const lo = u.scales.x.min ?? -Infinity;
    const hi = u.scales.x.max ?? Infinity;
    const xs = u.data[0];
    let count = 0;
    let yMin = Infinity;
    let yMax = -Infinity;
    for (let k = 1; k < u.data.length; k++) {
      const ys = u.data[k];
      for (let i = 0; i < xs.length; i++) {
        const y = ys[i];
        if (y === null || y === undefined || xs[i] < lo || xs[i] > hi) continue;
        count++;
        if (y < yMin) yMin = y;
        if (y > yMax) yMax = y;
      }
    }
    d.drawnPoints = String(count);
    d.drawnYMin = String(yMin);
    d.drawnYMax = String(yMax);
  }

  /** Series with per-row colors/sizes: segments (lines) or dots (points), each in its row's color and size. */
  private drawStyled(u: uPlot): void {
    if (!this.styled.size) return;
    const g = u.ctx;
    const dpr = devicePixelRatio;
    g.save();
    g.beginPath();
    g.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    g.clip();
    for (const st of this.styled.values()) {
      const colorOf = (i: number): string => {
        if (!st.colors) return "";
        const c = st.colors[i] >>> 0;
        return `rgba(${(c >>> 24) & 255}, ${(c >>> 16) & 255}, ${(c >>> 8) & 255}, ${(c & 255) / 255})`;
      };
      let prev: [number, number] | null = null;
      for (let i = 0; i < st.xs.length; i++) {
        const y = st.ys[i];
        if (y === null) {
          prev = null;
          continue;
        }
        const px = u.valToPos(st.xs[i], "x", true);
        const py = u.valToPos(y, "y", true);
        const size = st.sizes ? st.sizes[i] : st.size;
        const color = colorOf(i) || "rgb(200, 200, 200)";
        if (st.line) {
          if (prev) {
            g.strokeStyle = color;
            g.lineWidth = Math.max(0.5, size) * dpr;
            g.beginPath();
            g.moveTo(prev[0], prev[1]);
            g.lineTo(px, py);
            g.stroke();
          }
          prev = [px, py];
        } else {
          g.fillStyle = color;
          g.beginPath();
          g.arc(px, py, Math.max(1, size) * dpr, 0, 2 * Math.PI);
          g.fill();
        }
      }
    }
    g.restore();
  }

  private drawCursor(u: uPlot): void {
    if (this.cursorTime === null) return;
    const x = u.valToPos(this.cursorTime / this.xScale, "x", true);
    if (!Number.isFinite(x) || x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
    const g = u.ctx;
    g.save();
    g.strokeStyle = "rgba(232, 232, 232, 0.8)";
    g.lineWidth = 1.5 * devicePixelRatio;
    g.beginPath();
    g.moveTo(x, u.bbox.top);
    g.lineTo(x, u.bbox.top + u.bbox.height);
    g.stroke();
    g.restore();
  }

  /** The blueprint's per-entity Color/Name/StrokeWidth/MarkerSize overrides applied to the series. */
  private withOverrides(p: TimeSeriesPayload): TimeSeriesPayload {
    const styles = this.properties()?.series_styles;
    if (!styles || !Object.keys(styles).length) return p;
    const series = p.series.map((s) => {
      const o = styles[s.entity];
      if (!o) return s;
      return {
        ...s,
        // Compared recordings keep their own colors (one per recording).
        color: (s.recording === null ? o.color ?? s.color : s.color) as Series["color"],
        name: o.name ?? s.name,
        width: o.width ?? s.width,
        marker_size: o.marker_size ?? s.marker_size,
        point_colors: o.color ? null : s.point_colors,
        point_sizes: o.width !== null || o.marker_size !== null ? null : s.point_sizes,
      };
    });
    return { ...p, series };
  }

  /** Which visualizers draw a series: the blueprint's VisualizerOverrides, else what was logged. */
  private visualizers(s: Series): { line: boolean; points: boolean } {
    const names = this.properties()?.visualizers[s.entity];
    if (names && names.length) return { line: names.includes("SeriesLine"), points: names.includes("SeriesPoint") };
    return { line: s.series_kind !== "points", points: s.series_kind === "points" };
  }

  /** The x range of the blueprint's VisibleTimeRange for this timeline (a window following the cursor), if any. */
  private windowRange(): [number, number] | null {
    const window = this.properties()?.time_windows.find((w) => w.timeline === this.timeline);
    if (!window || !this.dataRange) return null;
    const cursor = this.cursorTime ?? this.dataRange[1];
    const at = (b: TimeBoundary, open: number): number =>
      b.kind === "infinite" || b.value === null ? open : b.kind === "absolute" ? b.value : cursor + b.value;
    const lo = at(window.start, this.dataRange[0]);
    const hi = at(window.end, this.dataRange[1]);
    return hi > lo ? [lo, hi] : null;
  }

  private applyTimeWindow(): void {
    const range = this.windowRange();
    if (!this.plot || !range || this.viewRange) return;
    this.plot.setScale("x", { min: range[0] / this.xScale, max: range[1] / this.xScale });
  }

  /** As in Rerun's plots: the wheel pans (shift: along time), ctrl / ⌘ + wheel zooms around the
   * pointer; the value axis stays put when the blueprint's ScalarAxis locks it (`zoom_lock`). A new
   * time range is also asked of the server (its level of detail, see `zoomTo`). */
  private onWheel(e: WheelEvent): void {
    const u = this.plot;
    if (!u) return;
    const rect = u.over.getBoundingClientRect();
    if (e.clientX < rect.left || e.clientX > rect.right || e.clientY < rect.top || e.clientY > rect.bottom) return;
    e.preventDefault();
    const lockY = this.properties()?.axis_y_zoom_lock === true;
    const range = (axis: "x" | "y"): [number, number] | null => {
      const min = u.scales[axis].min;
      const max = u.scales[axis].max;
      return min === undefined || max === undefined || min === null || max === null || !(max > min) ? null : [min, max];
    };
    const setX = (r: [number, number]): void => this.zoomTo([r[0] * this.xScale, r[1] * this.xScale]);
    const setY = (r: [number, number]): void => {
      this.zoomedY = r;
      u.setScale("y", { min: r[0], max: r[1] });
    };
    const x = range("x");
    const y = range("y");
    if (e.ctrlKey || e.metaKey) {
      const factor = Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002)));
      const around = (r: [number, number], at: number): [number, number] => [at - (at - r[0]) * factor, at + (r[1] - at) * factor];
      if (x) setX(around(x, u.posToVal(e.clientX - rect.left, "x")));
      if (y && !lockY) setY(around(y, u.posToVal(e.clientY - rect.top, "y")));
      return;
    }
    const dx = e.shiftKey ? e.deltaY : e.deltaX;
    const dy = e.shiftKey ? 0 : e.deltaY;
    if (x && dx) {
      const shift = ((x[1] - x[0]) * dx) / Math.max(1, rect.width);
      setX([x[0] + shift, x[1] + shift]);
    }
    if (y && dy && !lockY) {
      const shift = ((y[1] - y[0]) * dy) / Math.max(1, rect.height);
      setY([y[0] - shift, y[1] - shift]);
    }
  }

  /** The value range the user chose, again after new data (unless the axis is locked). */
  private applyZoom(): void {
    if (this.plot && this.zoomedY && !this.properties()?.axis_y_zoom_lock) this.plot.setScale("y", { min: this.zoomedY[0], max: this.zoomedY[1] });
  }

  /** Double click: everything again (time: all the data or the blueprint's window; values: fitted). */
  private resetZoom(): void {
    const hadY = this.zoomedY !== null;
    this.zoomedY = null;
    if (hadY && this.plot) this.show(true, this.plot.data, () => this.lastOptions!);
    this.zoomTo(null);
  }

  setTime(time: number | null): void {
    this.cursorTime = time;
    if (this.windowRange() && !this.viewRange) this.applyTimeWindow();
    else this.plot?.redraw(false, false);
  }

  resize(): void {
    super.resize();
    // A wider plot has more pixel columns: ask for the detail it can show.
    if (this.lod && Math.max(50, this.body.clientWidth) !== this.queriedWidth) this.scheduleRequery();
  }

  dispose(): void {
    if (this.requeryTimer !== null) clearTimeout(this.requeryTimer);
    super.dispose();
  }
}

export const timeSeriesView: ViewModule = {
  kind: "TimeSeries",
  label: "Time series",
  create: (body, ctx) => new TimeSeriesView(body, ctx),
};

/**
 * The markers of point series, in Rerun 0.17's shapes (egui_plot's MarkerShape): `marker_size` is
 * the marker's radius in UI points; circles, diamonds, squares and triangles are filled, crosses,
 * pluses and asterisks are strokes.
 */
function drawMarkers(u: uPlot, p: TimeSeriesPayload, drawsMarkers: (k: number) => boolean): void {
  const g = u.ctx;
  const dpr = devicePixelRatio;
  const s3 = Math.sqrt(3) / 2;
  const h = Math.SQRT1_2;
  g.save();
  g.beginPath();
  g.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
  g.clip();
  p.series.forEach((s, k) => {
    if (!drawsMarkers(k)) return;
    const xs = u.data[0];
    const ys = u.data[k + 1];
    if (!ys) return;
    const color = cssColor(s.color);
    g.fillStyle = color;
    g.strokeStyle = color;
    g.lineWidth = Math.max(1, dpr);
    const r = Math.max(0.5, s.marker_size) * dpr;
    const polygon = (x: number, y: number, pts: number[][]) => {
      g.beginPath();
      g.moveTo(x + pts[0][0] * r, y + pts[0][1] * r);
      for (let i = 1; i < pts.length; i++) g.lineTo(x + pts[i][0] * r, y + pts[i][1] * r);
      g.closePath();
      g.fill();
    };
    const strokes = (x: number, y: number, dirs: number[][]) => {
      g.beginPath();
      for (const [dx, dy] of dirs) {
        g.moveTo(x - dx * r, y - dy * r);
        g.lineTo(x + dx * r, y + dy * r);
      }
      g.stroke();
    };
    for (let i = 0; i < xs.length; i++) {
      const v = ys[i];
      if (v === null || v === undefined) continue;
      const x = u.valToPos(xs[i], "x", true);
      const y = u.valToPos(v, "y", true);
      switch (s.marker) {
        case "diamond":
          polygon(x, y, [[0, -1], [1, 0], [0, 1], [-1, 0]]);
          break;
        case "square":
          polygon(x, y, [[-h, -h], [h, -h], [h, h], [-h, h]]);
          break;
        case "cross":
          strokes(x, y, [[h, h], [h, -h]]);
          break;
        case "plus":
          strokes(x, y, [[1, 0], [0, 1]]);
          break;
        case "up":
          polygon(x, y, [[0, -1], [s3, 0.5], [-s3, 0.5]]);
          break;
        case "down":
          polygon(x, y, [[0, 1], [-s3, -0.5], [s3, -0.5]]);
          break;
        case "left":
          polygon(x, y, [[-1, 0], [0.5, -s3], [0.5, s3]]);
          break;
        case "right":
          polygon(x, y, [[1, 0], [-0.5, s3], [-0.5, -s3]]);
          break;
        case "asterisk":
          strokes(x, y, [[0, 1], [s3, 0.5], [s3, -0.5]]);
          break;
        default:
          g.beginPath();
          g.arc(x, y, r, 0, 2 * Math.PI);
          g.fill();
      }
    }
  });
  g.restore();
}
