// TimeSeries view: uPlot line and point series sharing the timeline as x, a legend, and the time
// cursor as a vertical line. Clicking the plot moves the time cursor there.
import uPlot from "uplot";
import type { TimeSeriesPayload } from "../protocol.gen";
import { formatTick } from "../state/time";
import { cssColor, numbers } from "./common";
import { PLOT_AXIS, PlotView, VALUE_AXIS } from "./plot";
import type { ViewContext, ViewModule } from "./types";

/** Tick spacings of sequence timelines: whole steps (1, 2, 5, 10, 20, 50, ...). */
const SEQUENCE_TICK_STEPS = Array.from({ length: 16 }, (_, e) => [1, 2, 5].map((m) => m * 10 ** e)).flat();

class TimeSeriesView extends PlotView {
  private cursorTime: number | null = null;
  private signature = "";
  private xScale = 1;

  constructor(body: HTMLElement, ctx: ViewContext) {
    super(body, ctx);
    this.host.addEventListener("click", (e) => {
      if (!this.plot) return;
      const rect = this.plot.over.getBoundingClientRect();
      if (e.clientX < rect.left || e.clientX > rect.right) return;
      const x = this.plot.posToVal(e.clientX - rect.left, "x");
      this.ctx.seek(x * this.xScale);
    });
  }

  update(payload: unknown): void {
    const p = payload as TimeSeriesPayload;
    const kind = this.ctx.timelineKind();
    // Temporal timelines are in ns: plot seconds so doubles keep sub-microsecond detail.
    this.xScale = kind === "temporal" ? 1e9 : 1;
    const tables: uPlot.AlignedData[] = [];
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
    }
    const data: uPlot.AlignedData = tables.length ? uPlot.join(tables, tables.map(() => [1])) : [[]];
    const signature = JSON.stringify(p.series.map((s) => [s.entity, s.name, s.series_kind, s.color, s.width, s.marker, s.marker_size])) + kind;
    const rebuild = signature !== this.signature;
    this.signature = signature;
    this.show(rebuild, data, () => this.plotOptions(p));
    if (rebuild) this.renderLegend(p.series.map((s) => ({ entity: s.entity, label: s.name, color: s.color })), 1);
    this.ctx.rendered();
  }

  private plotOptions(p: TimeSeriesPayload): Omit<uPlot.Options, "width" | "height"> {
    const kind = this.ctx.timelineKind();
    const xScale = this.xScale;
    const series: uPlot.Series[] = [{}];
    for (const s of p.series) {
      const color = cssColor(s.color);
      if (s.series_kind === "points") {
        // Markers are drawn by drawMarkers (all ten of Rerun's shapes), not by uPlot.
        series.push({ label: s.name, stroke: color, paths: () => null, points: { show: false } });
      } else {
        series.push({ label: s.name, stroke: color, width: Math.max(0.5, s.width), spanGaps: false, points: { show: false } });
      }
    }
    return {
      series,
      legend: { show: false },
      cursor: { drag: { x: true, y: false }, points: { show: false } },
      scales: { x: { time: false } },
      axes: [
        {
          ...PLOT_AXIS,
          // Clock labels (12:34:56Z) are wider than uPlot's default 50 px between ticks.
          space: kind === "temporal" ? 90 : 50,
          // Sequence timelines tick at whole steps only (#0, #1, ...), as Rerun's do.
          ...(kind === "temporal" ? {} : { incrs: SEQUENCE_TICK_STEPS }),
          values: (_u, splits) => splits.map((v) => formatTick(kind, v * xScale, (splits.length > 1 ? splits[1] - splits[0] : 1) * xScale)),
        },
        VALUE_AXIS,
      ],
      hooks: {
        draw: [(u) => drawMarkers(u, p), (u) => this.drawCursor(u)],
      },
    };
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

  setTime(time: number | null): void {
    this.cursorTime = time;
    this.plot?.redraw(false, false);
  }
}

/**
 * The markers of point series, in Rerun 0.17's shapes (egui_plot's MarkerShape): `marker_size` is
 * the marker's radius in UI points; circles, diamonds, squares and triangles are filled, crosses,
 * pluses and asterisks are strokes.
 */
function drawMarkers(u: uPlot, p: TimeSeriesPayload): void {
  const g = u.ctx;
  const dpr = devicePixelRatio;
  const s3 = Math.sqrt(3) / 2;
  const h = Math.SQRT1_2;
  g.save();
  g.beginPath();
  g.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
  g.clip();
  p.series.forEach((s, k) => {
    if (s.series_kind !== "points") return;
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

export const timeSeriesView: ViewModule = {
  kind: "TimeSeries",
  label: "Time series",
  create: (body, ctx) => new TimeSeriesView(body, ctx),
};
