// BarChart view: every bar-chart entity as a bar series over the index of its values (uPlot bars).
import uPlot from "uplot";
import type { BarChartPayload } from "../protocol.gen";
import { cssColor, numbers } from "./common";
import { PLOT_AXIS, PlotView, VALUE_AXIS } from "./plot";
import type { ViewModule } from "./types";

/** The value range of bars from `lo` to `hi`: from zero (or down/up to it), with a little room at the far end. */
function barRange(lo: number | null, hi: number | null): uPlot.Range.MinMax {
  const a = Math.min(0, lo ?? 0);
  const b = Math.max(0, hi ?? 0);
  const pad = (b - a) * 0.05 || 1;
  return [a < 0 ? a - pad : 0, b > 0 ? b + pad : 0];
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
    this.show(rebuild, data, () => {
      const bars = uPlot.paths.bars!({ size: [0.8 / Math.max(1, p.bars.length), 100], align: 0 });
      return {
        legend: { show: false },
        cursor: { points: { show: false } },
        scales: {
          x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] },
          // Bars stand on zero, as in Rerun: the value axis always includes it.
          y: { range: (_u, lo, hi) => barRange(lo, hi) },
        },
        axes: [{ ...PLOT_AXIS }, VALUE_AXIS],
        series: [
          {},
          ...p.bars.map((b) => ({ label: b.entity, stroke: cssColor(b.color), fill: cssColor(b.color), fillTo: 0, paths: bars, points: { show: false } })),
        ],
      };
    });
    // As in Rerun, the legend names the charts (also a single one) unless the blueprint hides it.
    if (rebuild) this.renderLegend(p.bars.map((b) => ({ entity: b.entity, label: b.entity, color: b.color })), 1, "RightTop");
    this.body.dataset.yMin = String(this.plot?.scales.y.min ?? NaN);  // for tests: bars stand on zero
    this.ctx.rendered();
  }
}

export const barChartView: ViewModule = {
  kind: "BarChart",
  label: "Bar chart",
  create: (body, ctx) => new BarChartView(body, ctx),
};
