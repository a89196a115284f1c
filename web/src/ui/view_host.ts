// One tile per view: a header (name; dragged to move the view, see drag.ts) and a body the view module draws
// into. Instances live as long as the view exists in the layout, so cameras and GPU resources
// survive re-layouts and new payloads.
import type { ViewProperties } from "../protocol.gen";
import type { LayoutView } from "../state/layout";
import type { ViewContext, ViewInstance } from "../views/types";
import { viewModule } from "../views/index";
import { el, icon } from "./dom";

export interface ViewHostCallbacks {
  context(viewId: string): ViewContext;
  onHeaderClick(viewId: string): void;
}

interface Tile {
  view: LayoutView;
  element: HTMLElement;
  header: HTMLElement;
  nameLabel: HTMLElement;
  instance: ViewInstance | null;
}

export class ViewHost {
  private tiles = new Map<string, Tile>();
  private resizeObserver = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.viewId;
      if (id) this.tiles.get(id)?.instance?.resize();
    }
  });

  constructor(private readonly cb: ViewHostCallbacks) {}

  /** Create/update tiles for these views; dispose tiles of views that are gone. */
  sync(views: LayoutView[]): void {
    const keep = new Set(views.map((v) => v.id));
    for (const [id, tile] of this.tiles) {
      if (!keep.has(id) || !views.some((v) => v.id === id && v.kind === tile.view.kind)) {
        tile.instance?.dispose();
        this.resizeObserver.unobserve(tile.element);
        this.tiles.delete(id);
      }
    }
    for (const view of views) {
      const tile = this.tiles.get(view.id);
      if (tile) {
        tile.view = view;
        tile.nameLabel.textContent = view.name || view.origin;
        applyBackground(tile.element, view);
      } else {
        this.tiles.set(view.id, this.createTile(view));
      }
    }
  }

  /** Give a tile a new view id (the layout got blueprint ids), keeping its view instance (camera, GPU resources). */
  renameTile(from: string, to: string): void {
    const tile = this.tiles.get(from);
    if (!tile || this.tiles.has(to)) return;
    this.tiles.delete(from);
    tile.view = { ...tile.view, id: to };
    tile.element.dataset.viewId = to;
    tile.header.dataset.viewHeader = to;
    this.tiles.set(to, tile);
  }

  tileFor(viewId: string): HTMLElement {
    const tile = this.tiles.get(viewId);
    if (!tile) return el("div", "view-empty", "unknown view");
    return tile.element;
  }

  instance(viewId: string): ViewInstance | null {
    return this.tiles.get(viewId)?.instance ?? null;
  }

  setSelectedView(viewId: string | null): void {
    for (const [id, tile] of this.tiles) tile.header.classList.toggle("selected", id === viewId);
  }

  forEach(fn: (viewId: string, instance: ViewInstance) => void): void {
    for (const [id, tile] of this.tiles) if (tile.instance) fn(id, tile.instance);
  }

  private createTile(view: LayoutView): Tile {
    const module = viewModule(view.kind);
    const nameLabel = el("span", "name", view.name || view.origin);
    const header = el("div", { class: "view-header", "data-view-header": view.id }, icon("view"), nameLabel);
    const body = el("div", "view-body");
    const element = el("div", { class: "view-tile", "data-view-id": view.id, "data-view-kind": view.kind }, header, body);
    header.addEventListener("click", () => this.cb.onHeaderClick(view.id));
    let instance: ViewInstance | null = null;
    if (module) {
      instance = module.create(body, this.cb.context(view.id));
    } else {
      body.append(el("div", "view-empty", `No viewer for view kind "${view.kind}"`));
    }
    this.resizeObserver.observe(element);
    applyBackground(element, view);
    return { view, element, header, nameLabel, instance };
  }
}

// Rerun 0.17's view backgrounds (BackgroundKind): the views draw on a transparent canvas, so the
// tile's body shows the background.
const GRADIENTS: Record<string, string> = {
  GradientDark: "radial-gradient(circle at 50% 40%, rgb(40, 44, 48), rgb(10, 11, 12))",
  GradientBright: "radial-gradient(circle at 50% 40%, rgb(230, 232, 234), rgb(150, 154, 158))",
};

function applyBackground(tile: HTMLElement, view: LayoutView): void {
  const props = view.props.properties as ViewProperties | null | undefined;
  const body = tile.querySelector<HTMLElement>(".view-body");
  if (!body) return;
  const kind = props?.background_kind ?? null;
  const color = props?.background_color ?? null;
  let css = "";
  if (kind === "SolidColor" && color) css = `rgba(${color[0]}, ${color[1]}, ${color[2]}, ${color[3] / 255})`;
  else if (kind && GRADIENTS[kind]) css = GRADIENTS[kind];
  body.style.background = css;
  if (kind) body.dataset.background = kind;
  else delete body.dataset.background;
}
