// BarChart view: every bar-chart entity as a bar series over the index of its values (uPlot bars).
import uPlot from "uplot";
import type { BarChartPayload } from "../protocol.gen";
import { el } from "../ui/dom";
import { cssColor, numbers } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

const AXIS = { stroke: "#7d8c92", grid: { stroke: "rgba(255,255,255,0.07)", width: 1 }, ticks: { stroke: "rgba(255,255,255,0.1)", width: 1 } };

class BarChartView implements ViewInstance {
  private plot: uPlot | null = null;
  private readonly host = el("div");
  private readonly legend = el("div", "legend");
  private signature = "";

  constructor(private readonly body: HTMLElement, private readonly ctx: ViewContext) {
    this.host.style.position = "absolute";
    this.host.style.inset = "0";
    body.append(this.host, this.legend);
  }

  update(payload: unknown): void {
    const p = payload as BarChartPayload;
    const columns = p.bars.map((b) => numbers(this.ctx.array(b.values)));
    const n = Math.max(0, ...columns.map((c) => c.length));
    const xs = Array.from({ length: n }, (_, i) => i);
    const data: uPlot.AlignedData = [xs, ...columns.map((c) => Array.from({ length: n }, (_, i) => (i < c.length && Number.isFinite(c[i]) ? c[i] : null)))];
    const signature = JSON.stringify(p.bars.map((b) => [b.entity, b.color]));
    if (!this.plot || signature !== this.signature) {
      this.signature = signature;
      this.plot?.destroy();
      const bars = uPlot.paths.bars!({ size: [0.8 / Math.max(1, p.bars.length), 100], align: 0 });
      this.plot = new uPlot(
        {
          ...this.size(),
          legend: { show: false },
          cursor: { points: { show: false } },
          scales: { x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] } },
          axes: [{ ...AXIS }, { ...AXIS, size: 50 }],
          series: [
            {},
            ...p.bars.map((b) => ({ label: b.entity, stroke: cssColor(b.color), fill: cssColor(b.color), paths: bars, points: { show: false } })),
          ],
        },
        data,
        this.host,
      );
      this.legend.replaceChildren(
        ...p.bars.map((b) => {
          const swatch = el("span", "swatch");
          swatch.style.background = cssColor(b.color);
          return el("div", "", el("span", "", b.entity), swatch);
        }),
      );
      this.legend.style.display = p.bars.length > 1 ? "" : "none";
    } else {
      this.plot.setData(data);
    }
    this.ctx.rendered();
  }

  private size(): { width: number; height: number } {
    return { width: Math.max(50, this.body.clientWidth), height: Math.max(50, this.body.clientHeight) };
  }

  resize(): void {
    this.plot?.setSize(this.size());
  }

  dispose(): void {
    this.plot?.destroy();
    this.host.remove();
  }
}

export const barChartView: ViewModule = {
  kind: "BarChart",
  label: "Bar chart",
  create: (body, ctx) => new BarChartView(body, ctx),
};
