// What the two uPlot views (TimeSeries, BarChart) share: the plot filling the view body, its
// axis style, sizing and our own legend (entity name + color swatch; uPlot's legend is hidden).
import uPlot from "uplot";
import type { Rgba, ViewProperties } from "../protocol.gen";
import { el } from "../ui/dom";
import type { ViewContext, ViewInstance } from "./types";
import { cssColor } from "./common";

export const PLOT_AXIS: uPlot.Axis = {
  stroke: "#7d8c92",
  grid: { stroke: "rgba(255,255,255,0.07)", width: 1 },
  ticks: { stroke: "rgba(255,255,255,0.1)", width: 1 },
};

/** Tick steps from 1e-300 to 5e307: uPlot's own end near 1e±16, so a plot of 3e38 had no value labels at all. */
const VALUE_INCRS: number[] = [];
for (let e = -300; e <= 307; e++) for (const m of [1, 2, 2.5, 5]) VALUE_INCRS.push(Number(`${m}e${e}`));

/**
 * The ticks of a value axis: every multiple of `step` in [min, max]. Not uPlot's own, which adds
 * the step to the last tick and rounds to the step's decimals as read from its text: "1e-7" has
 * none, so every tick rounded back to the first and the loop never ended ("RangeError: Invalid
 * array length", seen for an empty bar chart's range of 0..0).
 */
function valueSplits(_u: uPlot, _axis: number, min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  if (!(step > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return ticks;
  const first = Math.ceil(min / step);
  const last = Math.floor(max / step);
  if (!(last - first <= 1000)) return ticks;
  for (let k = first; k <= last; k++) ticks.push(k === 0 ? 0 : Number((k * step).toPrecision(15)));
  return ticks;
}

/** Index axes (bar charts): whole steps only, no tick between two bars. */
export const INDEX_INCRS: number[] = VALUE_INCRS.filter((v) => v >= 1 && Number.isInteger(v) && v <= 1e15);

/**
 * Tick labels of a value axis with ticks `step` apart: plain numbers ("1,250", "0.25") in the usual
 * range; beyond 1e6 or for steps below 1e-3, a mantissa with the digits that tell the ticks apart
 * and an exponent ("3.4e38", "2e-9"), not "340,282,346,638,528,860,000,..." or a column of "0".
 */
export function formatTicks(ticks: number[], step: number): string[] {
  const largest = Math.max(0, ...ticks.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
  const scientific = largest >= 1e6 || (step > 0 && step < 1e-3);
  const stepExp = step > 0 ? Math.floor(Math.log10(step)) : 0;
  return ticks.map((v) => {
    if (!Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "inf" : "-inf";
    if (Math.abs(v) < step * 1e-6) return "0"; // zero, give or take the float error of summed steps
    if (!scientific) return v.toLocaleString("en-US", { maximumFractionDigits: Math.min(12, Math.max(3, -stepExp + 1)) });
    const digits = Math.min(6, Math.max(0, Math.floor(Math.log10(Math.abs(v))) - stepExp + 1));
    const [mantissa, exponent] = v.toExponential(digits).split("e");
    return `${mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa}e${Number(exponent)}`;
  });
}

/** A range clamped to finite numbers: padding a range reaching f64's largest value overflows to infinity, and nothing is drawn. */
export function finiteRange(range: uPlot.Range.MinMax): uPlot.Range.MinMax {
  const clamp = (v: number | null) => (v === null || Number.isNaN(v) ? v : Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, v)));
  return [clamp(range[0]), clamp(range[1])];
}

/** uPlot's own fit of a value axis to the data (10% room, zero kept in sight when near), kept finite. */
export function fittedRange(lo: number | null, hi: number | null): uPlot.Range.MinMax {
  if (lo === null || hi === null) return [null, null]; // no data: as uPlot's own fit
  if (!Number.isFinite(hi - lo)) return finiteRange([lo, hi]); // no room to pad
  return finiteRange(uPlot.rangeNum(lo, hi, 0.1, true));
}

/** A value axis as wide as its longest label (a fixed width cuts "100,000" to "0,000"). */
export const VALUE_AXIS: uPlot.Axis = {
  ...PLOT_AXIS,
  incrs: VALUE_INCRS,
  splits: valueSplits,
  values: (_u, splits, _axis, _space, step) => formatTicks(splits, step),
  size: (_u, values) => {
    const longest = values ? Math.max(0, ...values.map((v) => String(v ?? "").length)) : 0;
    return Math.max(40, Math.ceil(longest * 7.5 + 18)); // uPlot's 12px font: ~7 px per digit
  },
};

export interface LegendEntry {
  entity: string;
  label: string;
  color: Rgba;
}

export abstract class PlotView implements ViewInstance {
  protected plot: uPlot | null = null;
  protected readonly host = el("div");
  private readonly legend = el("div", "legend");

  constructor(protected readonly body: HTMLElement, protected readonly ctx: ViewContext) {
    this.host.style.position = "absolute";
    this.host.style.inset = "0";
    body.append(this.host, this.legend);
  }

  abstract update(payload: unknown): void;

  /** Replace the plot (new series set) or feed it new data (same series). */
  protected show(rebuild: boolean, data: uPlot.AlignedData, options: () => Omit<uPlot.Options, "width" | "height">): void {
    if (this.plot && !rebuild) {
      this.plot.setData(data);
      return;
    }
    this.plot?.destroy();
    this.plot = new uPlot({ ...options(), ...this.size() }, data, this.host);
  }

  /** The blueprint's view properties (PlotLegend, ScalarAxis, time windows, visualizers), if any. */
  protected properties(): ViewProperties | null {
    return (this.ctx.props().properties as ViewProperties | null | undefined) ?? null;
  }

  /** Show the legend when there are at least `minEntries` entries, in the blueprint's corner (Rerun's default: bottom right). */
  /** The legend in the blueprint's corner, else `defaultCorner` (Rerun's default for the view kind). */
  protected renderLegend(entries: LegendEntry[], minEntries: number, defaultCorner = "RightBottom"): void {
    const props = this.properties();
    const corner = props?.legend_corner ?? defaultCorner;
    this.legend.dataset.corner = corner;
    const top = corner.endsWith("Top");
    const left = corner.startsWith("Left");
    // Clear of the axes: the value axis on the left, the time axis at the bottom.
    this.legend.style.top = top ? "8px" : "auto";
    this.legend.style.bottom = top ? "auto" : "44px";
    this.legend.style.left = left ? "56px" : "auto";
    this.legend.style.right = left ? "auto" : "24px";
    if (props?.legend_visible === false) {
      this.legend.style.display = "none";
      return;
    }
    this.legend.replaceChildren(
      ...entries.map((e) => {
        const swatch = el("span", "swatch");
        swatch.style.background = cssColor(e.color);
        return el("div", { "data-entity-path": e.entity }, el("span", "", e.label), swatch);
      }),
    );
    this.legend.style.display = entries.length >= minEntries ? "" : "none";
  }

  /**
   * How far (CSS px) the legend reaches down into the plot area when it sits in a top corner, else 0:
   * a view keeps that much of the plot free of data so the legend covers none.
   */
  protected legendTopOverlap(): number {
    if (!this.plot || this.legend.style.display === "none" || !(this.legend.dataset.corner ?? "").endsWith("Top")) return 0;
    const plotTop = this.plot.bbox.top / devicePixelRatio;
    return Math.max(0, this.legend.offsetTop + this.legend.offsetHeight + 4 - plotTop);
  }

  /** The plot area's height in CSS px (before the plot is laid out: the body's). */
  protected plotHeight(): number {
    const h = this.plot ? this.plot.bbox.height / devicePixelRatio : 0;
    return h > 0 ? h : Math.max(50, this.body.clientHeight - 50);
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
    this.legend.remove();
  }
}
