// Editors of a view's blueprint properties in the selection panel: Background, VisualBounds2D,
// VisibleTimeRange, ScalarAxis, PlotLegend and the tensor view's scalar mapping and fit, per view
// kind as Rerun 0.17 offers them. `read()` gives the edited properties; the app saves them into
// the page's blueprint like every other layout edit.
import type { TimeBoundary, TimeWindow, ViewProperties } from "../protocol.gen";
import type { TimelineKind } from "../state/time";
import { el } from "./dom";

/** A view's properties with nothing set (every property at the view's default). */
export function emptyProperties(): ViewProperties {
  return {
    background_kind: null,
    background_color: null,
    legend_corner: null,
    legend_visible: null,
    axis_y_range: null,
    axis_y_zoom_lock: null,
    time_windows: [],
    visualizers: {},
    series_styles: {},
    tensor_slice: null,
    tensor_colormap: null,
    tensor_gamma: null,
    tensor_mag_filter: null,
    tensor_fit: null,
    compare_recordings: null,
  };
}

export interface PropertyEditors {
  rows: [string, HTMLElement][];
  /** The edited properties and 2D visual bounds ([x_min, x_max, y_min, y_max] or null). */
  read(): { properties: ViewProperties; visualBounds: number[] | null };
}

export interface TimelineInfo {
  name: string;
  kind: TimelineKind | undefined;
}

const DEFAULT = "";
const BACKGROUNDS = ["SolidColor", "GradientDark", "GradientBright"];
const CORNERS = ["LeftTop", "RightTop", "LeftBottom", "RightBottom"];
const COLORMAPS = ["Grayscale", "Inferno", "Magma", "Plasma", "Turbo", "Viridis"];
const MAG_FILTERS = ["Nearest", "Linear"];
const FITS = ["Original", "Fill", "FillKeepAspectRatio"];
const BOUNDARY_KINDS: TimeBoundary["kind"][] = ["infinite", "cursor_relative", "absolute"];

function select(testid: string, options: string[], value: string | null, defaultLabel = "default"): HTMLSelectElement {
  const s = el("select", { "data-testid": testid });
  s.append(el("option", { value: DEFAULT }, defaultLabel));
  for (const o of options) s.append(el("option", { value: o }, o));
  s.value = value ?? DEFAULT;
  return s;
}

function numberInput(testid: string, value: number | null | undefined, placeholder = "auto"): HTMLInputElement {
  const input = el("input", { type: "number", step: "any", "data-testid": testid, placeholder });
  input.value = value === null || value === undefined ? "" : String(value);
  return input;
}

function numberOf(input: HTMLInputElement): number | null {
  const v = input.value.trim();
  if (v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function checkbox(testid: string, checked: boolean): HTMLInputElement {
  const input = el("input", { type: "checkbox", "data-testid": testid });
  input.checked = checked;
  return input;
}

function hex(c: number[] | null): string {
  const [r, g, b] = c ?? [0, 0, 0];
  return "#" + [r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

function rgba(value: string): number[] {
  const n = parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

function row(...children: HTMLElement[]): HTMLElement {
  return el("span", "prop-row", ...children);
}

/** The editors a view of `kind` offers, filled with its current properties. */
export function propertyEditors(kind: string, current: ViewProperties | null, visualBounds: number[] | null, timeline: TimelineInfo | null): PropertyEditors {
  const props: ViewProperties = { ...emptyProperties(), ...(current ?? {}) };
  const rows: [string, HTMLElement][] = [];
  const readers: ((p: ViewProperties) => void)[] = [];
  let bounds: number[] | null = visualBounds;
  const spatial = kind === "2D" || kind === "3D";

  if (spatial) {
    const bgKind = select("prop-background-kind", BACKGROUNDS, props.background_kind);
    const bgColor = el("input", { type: "color", "data-testid": "prop-background-color" });
    bgColor.value = hex(props.background_color);
    rows.push(["Background", row(bgKind, bgColor)]);
    readers.push((p) => {
      p.background_kind = bgKind.value || null;
      p.background_color = bgKind.value === "SolidColor" ? rgba(bgColor.value) : null;
    });
  }
  if (kind === "2D") {
    const names = ["x-min", "x-max", "y-min", "y-max"];
    const inputs = names.map((n, i) => numberInput(`prop-bounds-${n}`, visualBounds?.[i], n));
    rows.push(["Visual bounds", row(...inputs)]);
    readers.push(() => {
      const values = inputs.map(numberOf);
      bounds = values.every((v) => v !== null) && values[0]! < values[1]! && values[2]! < values[3]! ? (values as number[]) : null;
    });
  }
  if ((spatial || kind === "TimeSeries") && timeline) {
    // One window on the page's current timeline; windows on other timelines are kept as they are.
    // Values are in the timeline's unit: steps, or seconds for temporal timelines (sent as ns).
    const scale = timeline.kind === "temporal" ? 1e9 : 1;
    const window = props.time_windows.find((w) => w.timeline === timeline.name) ?? null;
    const boundary = (which: "start" | "end", b: TimeBoundary | null) => {
      const k = select(`prop-window-${which}-kind`, BOUNDARY_KINDS.slice(1), b && b.kind !== "infinite" ? b.kind : null, "infinite");
      const v = numberInput(`prop-window-${which}`, b?.value === null || b?.value === undefined ? null : b.value / scale, "0");
      return { k, v, read: (): TimeBoundary => (k.value ? { kind: k.value as TimeBoundary["kind"], value: Math.round((numberOf(v) ?? 0) * scale) } : { kind: "infinite", value: null }) };
    };
    const start = boundary("start", window?.start ?? null);
    const end = boundary("end", window?.end ?? null);
    rows.push([`Time range (${timeline.name})`, row(el("span", "", "from"), start.k, start.v, el("span", "", "to"), end.k, end.v)]);
    readers.push((p) => {
      const others = p.time_windows.filter((w) => w.timeline !== timeline.name);
      const edited: TimeWindow = { timeline: timeline.name, start: start.read(), end: end.read() };
      const open = edited.start.kind === "infinite" && edited.end.kind === "infinite";
      // Both ends open and no window before: the view's default (latest at the cursor for spatial views).
      p.time_windows = open && !window ? others : [...others, edited];
    });
  }
  if (kind === "TimeSeries") {
    const lo = numberInput("prop-axis-min", props.axis_y_range?.[0]);
    const hi = numberInput("prop-axis-max", props.axis_y_range?.[1]);
    const lock = checkbox("prop-zoom-lock", props.axis_y_zoom_lock === true);
    rows.push(["Y axis", row(lo, hi, el("label", "", lock, "zoom lock"))]);
    readers.push((p) => {
      const a = numberOf(lo);
      const b = numberOf(hi);
      p.axis_y_range = a !== null && b !== null && a < b ? [a, b] : null;
      p.axis_y_zoom_lock = lock.checked ? true : props.axis_y_zoom_lock === null ? null : false;
    });
  }
  if (kind === "TimeSeries" || kind === "BarChart") {
    const corner = select("prop-legend-corner", CORNERS, props.legend_corner);
    const visible = checkbox("prop-legend-visible", props.legend_visible !== false);
    rows.push(["Legend", row(corner, el("label", "", visible, "visible"))]);
    readers.push((p) => {
      p.legend_corner = corner.value || null;
      p.legend_visible = visible.checked ? (props.legend_visible === null ? null : true) : false;
    });
  }
  if (kind === "Tensor") {
    const colormap = select("prop-colormap", COLORMAPS, props.tensor_colormap);
    const gamma = numberInput("prop-gamma", props.tensor_gamma, "1");
    const filter = select("prop-mag-filter", MAG_FILTERS, props.tensor_mag_filter);
    const fit = select("prop-fit", FITS, props.tensor_fit);
    rows.push(["Colormap", row(colormap)], ["Gamma", row(gamma)], ["Magnification", row(filter)], ["Fit", row(fit)]);
    readers.push((p) => {
      p.tensor_colormap = colormap.value || null;
      const g = numberOf(gamma);
      p.tensor_gamma = g !== null && g > 0 ? g : null;
      p.tensor_mag_filter = filter.value || null;
      p.tensor_fit = fit.value || null;
    });
  }
  return {
    rows,
    read: () => {
      const p: ViewProperties = { ...props, time_windows: [...props.time_windows] };
      for (const r of readers) r(p);
      return { properties: p, visualBounds: bounds };
    },
  };
}
