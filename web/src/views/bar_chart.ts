// BarChart view: every bar-chart entity as a bar series over the index of its values (uPlot bars).
import uPlot from "uplot";
import type { BarChartPayload } from "../protocol.gen";
import { cssColor, numbers } from "./common";
import { finiteRange, INDEX_INCRS, PLOT_AXIS, PlotView, VALUE_AXIS } from "./plot";
import type { ViewModule } from "./types";

/**
 * The value range of bars from `lo` to `hi`: from zero (or down/up to it), with a little room at
 * the far end, and at the top at least `headroom` (a fraction of the plot's height) free of bars:
 * the legend sits there (Rerun 0.17 puts it top right) and must not cover the tallest bar.
 */
function barRange(lo: number | null, hi: number | null, headroom = 0): uPlot.Range.MinMax {
  const a = Math.min(0, lo ?? 0);
  const b = Math.max(0, hi ?? 0);
  const pad = (b - a) * 0.05 || 1;
  const bottom = a < 0 ? a - pad : 0;
  // No bars yet, or all zero: a unit range (an empty one gives uPlot no tick step to use).
  let top = b > 0 ? b + pad : a < 0 ? 0 : 1;
  const f = Math.min(0.6, Math.max(0, headroom));
  // The top value that leaves the fraction f of [bottom, top] above the highest bar (or zero).
  if (f > 0) top = Math.max(top, (Math.max(b, 0) - bottom * f) / (1 - f));
  return finiteRange([bottom, top]);
}

class BarChartView extends PlotView {
  private signature = "";

  update(payload: unknown): void {
    const p = payload as BarChartPayload;
    const columns = p.bars.map((b) => numbers(this.ctx.array(b.values)));
    const n = Math.max(0, ...columns.map((c) => c.length));
    const xs = Array.from({ length: n }, (_, i) => i);
    const data: uPlot.AlignedData = [xs, ...columns.map((c) => Array.from({ length: n }, (_, i) => (i < c.length && Number.isFinite(c[i]) ? c[i] : null)))];
    const signature = JSON.stringify([p.bars.map((b) => [b.entity, b.color]), this.properties()]);
    const rebuild = signature !== this.signature;
    this.signature = signature;
    // As in Rerun, the legend names the charts (also a single one) unless the blueprint hides it.
    // It is placed first: the value range leaves room for it.
    if (rebuild) this.renderLegend(p.bars.map((b) => ({ entity: b.entity, label: b.entity, color: b.color })), 1, "RightTop");
    this.show(rebuild, data, () => {
      const bars = uPlot.paths.bars!({ size: [0.8 / Math.max(1, p.bars.length), 100], align: 0 });
      return {
        legend: { show: false },
        cursor: { points: { show: false } },
        scales: {
          x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] },
          // Bars stand on zero, as in Rerun: the value axis always includes it.
          y: { range: (_u, lo, hi) => barRange(lo, hi, this.legendTopOverlap() / this.plotHeight()) },
        },
        axes: [{ ...PLOT_AXIS, incrs: INDEX_INCRS }, VALUE_AXIS],
        hooks: {
          // For tests: bars stand on zero, and the headroom above them.
          setScale: [
            (u: uPlot, key: string) => {
              if (key !== "y") return;
              this.body.dataset.yMin = String(u.scales.y.min ?? NaN);
              this.body.dataset.yMax = String(u.scales.y.max ?? NaN);
            },
          ],
        },
        series: [
          {},
          ...p.bars.map((b) => ({ label: b.entity, stroke: cssColor(b.color), fill: cssColor(b.color), fillTo: 0, paths: bars, points: { show: false } })),
        ],
      };
    });
    // Once the plot is laid out, the range is made again with the legend's true place in it.
    if (rebuild) this.refitValues();
    this.ctx.rendered();
  }

  resize(): void {
    super.resize();
    this.refitValues();
  }

  /** Recompute the value range (the legend's share of the plot's height changed). */
  private refitValues(): void {
    if (this.plot) this.plot.setData(this.plot.data);
  }
}

export const barChartView: ViewModule = {
  kind: "BarChart",
  label: "Bar chart",
  create: (body, ctx) => new BarChartView(body, ctx),
};
