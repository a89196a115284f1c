// Tensor view: an N-d tensor shown as a 2D slice (the two largest dimensions as height and width,
// a slider for every other dimension), values mapped through a colormap from the slice's range.
// 1-D tensors are shown as a table. The blueprint's TensorSliceSelection picks the dimensions,
// indices and sliders; TensorScalarMapping the colormap, gamma and magnification filter;
// TensorViewFit how the slice fills the view.
import type { TensorItem, TensorPayload, TensorSlice, ViewProperties } from "../protocol.gen";
import { el } from "../ui/dom";
import { emptyNote, numbers } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

/** The colormap shown when the blueprint names none (Rerun's default for tensors). */
const DEFAULT_COLORMAP = "Viridis";

/** [height dim, width dim], as Rerun 0.17 picks them (re_space_view_tensor dimension_mapping):
 * by name (w/width/right/left, h/height/up/down), else by length, numpy's [h, w, ...] order. */
function imageAxes(item: TensorItem): [number, number] {
  const names = item.dim_names.map((n) => (n ?? "").toLowerCase());
  let w = -1;
  let h = -1;
  names.forEach((n, i) => {
    if (["w", "width", "right", "left"].includes(n)) w = i;
    if (["h", "height", "up", "down"].includes(n)) h = i;
  });
  if (w >= 0 && h >= 0) return [h, w];
  let longest = 0;
  let second = 0;
  item.shape.forEach((size, i) => {
    if (size > item.shape[longest]) {
      second = longest;
      longest = i;
    } else if (size > item.shape[second]) {
      second = i;
    }
  });
  if (longest === second) [longest, second] = [0, 1];
  if (w >= 0) return [w === longest ? second : longest, w];
  if (h >= 0) return [h, h === longest ? second : longest];
  if ((longest === 0 && second === 1) || (longest === 1 && second === 0)) return [0, 1];
  return [second, longest];
}

class TensorView implements ViewInstance {
  private readonly canvas = el("canvas");
  private readonly controls = el("div", "tensor-controls");
  private readonly tableWrap = el("div", "table-wrap");
  private item: TensorItem | null = null;
  private slice: number[] = [];
  private axes: [number, number] = [0, 1];
  /** Flip the height / width axis (Rerun's "invert"; on by default for dims named "up" / "left"). */
  private invert: [boolean, boolean] = [false, false];
  /** The colormap lookup tables (u8 [256, 4]) by name, from the payload. */
  private colormaps: Record<string, string> = {};
  /** The blueprint slice the controls were last set from (a new one resets them). */
  private appliedSlice = "";

  constructor(private readonly body: HTMLElement, private readonly ctx: ViewContext) {
    this.canvas.style.position = "absolute";
    this.canvas.style.imageRendering = "pixelated";
    body.append(this.canvas, this.controls, this.tableWrap);
  }

  private properties(): ViewProperties | null {
    return (this.ctx.props().properties as ViewProperties | null | undefined) ?? null;
  }

  update(payload: unknown): void {
    const p = payload as TensorPayload;
    this.colormaps = p.colormaps ?? {};
    const item = p.tensors[0] ?? null;
    const shapeChanged = JSON.stringify(item?.shape) !== JSON.stringify(this.item?.shape);
    const blueprintSlice = JSON.stringify(this.properties()?.tensor_slice ?? null);
    this.item = item;
    if (item && (shapeChanged || blueprintSlice !== this.appliedSlice)) {
      this.appliedSlice = blueprintSlice;
      this.pickSlice(item);
      this.buildControls(item);
    }
    this.draw();
    this.ctx.rendered();
  }

  /** Width, height and indices as the blueprint's TensorSliceSelection says; the rest as Rerun picks them. */
  private pickSlice(item: TensorItem): void {
    const sel = this.properties()?.tensor_slice ?? null;
    const n = item.shape.length;
    const valid = (d: number | undefined): d is number => d !== undefined && d >= 0 && d < n;
    this.axes = imageAxes(item);
    const names = item.dim_names.map((name) => (name ?? "").toLowerCase());
    this.invert = [names[this.axes[0]] === "up", names[this.axes[1]] === "left"];
    if (sel?.height && valid(sel.height.dimension)) {
      if (this.axes[1] === sel.height.dimension) this.axes[1] = this.axes[0];
      this.axes[0] = sel.height.dimension;
      this.invert[0] = sel.height.invert;
    }
    if (sel?.width && valid(sel.width.dimension) && sel.width.dimension !== this.axes[0]) {
      this.axes[1] = sel.width.dimension;
      this.invert[1] = sel.width.invert;
    }
    this.slice = item.shape.map((size) => Math.floor(size / 2));
    for (const index of sel?.indices ?? []) {
      if (valid(index.dimension)) this.slice[index.dimension] = Math.min(Math.max(index.index, 0), item.shape[index.dimension] - 1);
    }
  }

  /** Keep the slice picked here in the page's blueprint (as Rerun keeps its TensorSliceSelection). */
  private saveSlice(item: TensorItem): void {
    const others = item.shape.map((_, d) => d).filter((d) => d !== this.axes[0] && d !== this.axes[1]);
    const slice: TensorSlice = {
      width: { dimension: this.axes[1], invert: this.invert[1] },
      height: { dimension: this.axes[0], invert: this.invert[0] },
      indices: others.map((d) => ({ dimension: d, index: this.slice[d] })),
      sliders: this.properties()?.tensor_slice?.sliders ?? null,
    };
    // Already applied here: the layout coming back with it must not reset the controls.
    this.appliedSlice = JSON.stringify(slice);
    this.ctx.editProperties((p) => {
      p.tensor_slice = slice;
    });
  }

  /** Pickers for the dimensions shown as height and width (with invert toggles), and a slider
   * for every other dimension, as in Rerun's tensor view. */
  private buildControls(item: TensorItem): void {
    const dimName = (d: number) => `${item.dim_names[d] ?? `dim ${d}`} (${item.shape[d]})`;
    const picker = (which: 0 | 1, label: string) => {
      if (item.shape.length < 2) return null;
      const select = el("select", { "data-testid": `tensor-dim-${label}` });
      item.shape.forEach((_, d) => {
        const option = el("option", { value: d }, dimName(d));
        option.selected = d === this.axes[which];
        select.append(option);
      });
      select.addEventListener("change", () => {
        const d = Number(select.value);
        const other = which === 0 ? 1 : 0;
        // Picking the other axis's dimension swaps the two.
        if (this.axes[other] === d) this.axes[other] = this.axes[which];
        this.axes[which] = d;
        this.buildControls(item);
        this.draw();
        this.saveSlice(item);
      });
      const flip = el("input", { type: "checkbox", title: "invert", "data-testid": `tensor-invert-${label}` });
      flip.checked = this.invert[which];
      flip.addEventListener("change", () => {
        this.invert[which] = flip.checked;
        this.draw();
        this.saveSlice(item);
      });
      return el("label", "", `${label} `, select, flip, "⇅");
    };
    const sliders: HTMLElement[] = [];
    const withSlider = this.properties()?.tensor_slice?.sliders ?? null;
    item.shape.forEach((n, d) => {
      if (d === this.axes[0] || d === this.axes[1] || item.shape.length < 3) return;
      if (withSlider !== null && !withSlider.includes(d)) return;
      const slider = el("input", { type: "range", min: 0, max: n - 1, value: this.slice[d], "data-testid": `tensor-slider-${d}` });
      const value = el("span", "", String(this.slice[d]));
      slider.addEventListener("input", () => {
        this.slice[d] = Number(slider.value);
        value.textContent = slider.value;
        this.draw();
      });
      slider.addEventListener("change", () => this.saveSlice(item));
      sliders.push(el("label", "", `${item.dim_names[d] ?? `dim ${d}`} `, slider, value));
    });
    this.controls.replaceChildren(...[picker(0, "height"), picker(1, "width"), ...sliders].filter((x): x is HTMLElement => x !== null));
  }

  private draw(): void {
    const item = this.item;
    const g = this.canvas.getContext("2d");
    this.tableWrap.replaceChildren();
    if (!item || !g) {
      this.canvas.width = 0;
      this.tableWrap.append(emptyNote("No tensor at this time"));
      return;
    }
    const arr = this.ctx.array(item.data);
    const data = numbers(arr);
    const shape = item.shape;
    if (shape.length <= 1 || shape.filter((n) => n > 1).length <= 1) {
      this.canvas.width = 0;
      const rows = Array.from({ length: Math.min(data.length, 1000) }, (_, i) => el("tr", "", el("td", "num", String(i)), el("td", "num", String(data[i]))));
      this.tableWrap.append(el("table", "data", el("thead", "", el("tr", "", el("th", "", "index"), el("th", "", "value"))), el("tbody", "", ...rows)));
      return;
    }
    const [ay, ax] = this.axes;
    const h = shape[ay];
    const w = shape[ax];
    const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
    let base = 0;
    shape.forEach((_, d) => {
      if (d !== ay && d !== ax) base += (this.slice[d] ?? 0) * strides[d];
    });
    let lo = Infinity;
    let hi = -Infinity;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const v = data[base + y * strides[ay] + x * strides[ax]];
        if (Number.isFinite(v)) {
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
    const range = hi > lo ? hi - lo : 1;
    const props = this.properties();
    const colormap = props?.tensor_colormap ?? DEFAULT_COLORMAP;
    const lut = numbers(this.ctx.array(this.colormaps[colormap] ?? this.colormaps[DEFAULT_COLORMAP]));
    // Rerun's GammaCorrection: the normalized value is raised to this power before the colormap.
    const gamma = props?.tensor_gamma ?? 1.0;
    const image = new ImageData(w, h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const sy = this.invert[0] ? h - 1 - y : y;
        const sx = this.invert[1] ? w - 1 - x : x;
        const v = data[base + sy * strides[ay] + sx * strides[ax]];
        const t = Math.min(Math.max((v - lo) / range, 0), 1);
        const i = Math.round((gamma === 1 ? t : Math.pow(t, gamma)) * 255) * 4;
        const o = (y * w + x) * 4;
        image.data[o] = lut[i] ?? 0;
        image.data[o + 1] = lut[i + 1] ?? 0;
        image.data[o + 2] = lut[i + 2] ?? 0;
        image.data[o + 3] = Number.isFinite(v) ? 255 : 0;
      }
    this.canvas.width = w;
    this.canvas.height = h;
    g.putImageData(image, 0, 0);
    // MagnificationFilter: Nearest shows texels as blocks, Linear blends them.
    const filter = props?.tensor_mag_filter ?? "Nearest";
    this.canvas.style.imageRendering = filter === "Linear" ? "auto" : "pixelated";
    this.canvas.dataset.colormap = colormap;
    this.canvas.dataset.magFilter = filter;
    this.fit();
  }

  /** Size and place the slice as the blueprint's TensorViewFit says (default: fill, keeping the aspect ratio). */
  private fit(): void {
    // Below the dimension pickers and sliders (which wrap onto more lines in a narrow view).
    const top = Math.max(30, this.controls.offsetTop + this.controls.offsetHeight + 4);
    const bw = this.body.clientWidth;
    const bh = this.body.clientHeight - top;
    const w = this.canvas.width;
    const h = this.canvas.height;
    if (!w || !h) return;
    const mode = this.properties()?.tensor_fit ?? "FillKeepAspectRatio";
    let sx = Math.min(bw / w, bh / h);
    let sy = sx;
    if (mode === "Fill") {
      sx = bw / w;
      sy = bh / h;
    } else if (mode === "Original") {
      sx = sy = 1;
    }
    this.canvas.dataset.fit = mode;
    this.canvas.style.width = `${w * sx}px`;
    this.canvas.style.height = `${h * sy}px`;
    this.canvas.style.left = `${(bw - w * sx) / 2}px`;
    this.canvas.style.top = `${top + (bh - h * sy) / 2}px`;
  }

  resize(): void {
    this.fit();
  }

  dispose(): void {
    this.canvas.remove();
    this.controls.remove();
    this.tableWrap.remove();
  }
}

export const tensorView: ViewModule = {
  kind: "Tensor",
  label: "Tensor",
  create: (body, ctx) => new TensorView(body, ctx),
};
