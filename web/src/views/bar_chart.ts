// BarChart view: every bar-chart entity as a bar series over the index of its values (uPlot bars).
import uPlot from "uplot";
import type { BarChartPayload } from "../protocol.gen";
import { cssColor, numbers } from "./common";
import { PLOT_AXIS, PlotView, VALUE_AXIS } from "./plot";
import type { ViewModule } from "./types";

class BarChartView extends PlotView {
  private signature = "";

  update(payload: unknown): void {
    const p = payload as BarChartPayload;
    const columns = p.bars.map((b) => numbers(this.ctx.array(b.values)));
    const n = Math.max(0, ...columns.map((c) => c.length));
    const xs = Array.from({ length: n }, (_, i) => i);
    const data: uPlot.AlignedData = [xs, ...columns.map((c) => Array.from({ length: n }, (_, i) => (i < c.length && Number.isFinite(c[i]) ? c[i] : null)))];
    const signature = JSON.stringify(p.bars.map((b) => [b.entity, b.color]));
    const rebuild = signature !== this.signature;
    this.signature = signature;
    this.show(rebuild, data, () => {
      const bars = uPlot.paths.bars!({ size: [0.8 / Math.max(1, p.bars.length), 100], align: 0 });
      return {
        legend: { show: false },
        cursor: { points: { show: false } },
        scales: { x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] } },
        axes: [{ ...PLOT_AXIS }, VALUE_AXIS],
        series: [
          {},
          ...p.bars.map((b) => ({ label: b.entity, stroke: cssColor(b.color), fill: cssColor(b.color), paths: bars, points: { show: false } })),
        ],
      };
    });
    if (rebuild) this.renderLegend(p.bars.map((b) => ({ entity: b.entity, label: b.entity, color: b.color })), 2);
    this.ctx.rendered();
  }
}

export const barChartView: ViewModule = {
  kind: "BarChart",
  label: "Bar chart",
  create: (body, ctx) => new BarChartView(body, ctx),
};
