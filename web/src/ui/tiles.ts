// Draws the layout tree into the centre panel: containers as flex rows/columns (with splitters
// to resize), grids and tab bars; views as tiles (view_host.ts). Headers and tabs are dragged to
// move views and containers (drag.ts). View tiles are created once per view id and re-attached, so views keep their
// GPU state and camera across layout changes.
import { type LayoutContainer, type LayoutNode } from "../state/layout";
import { el } from "./dom";

export interface TileCallbacks {
  /** The persistent tile element of a view. */
  tileFor(viewId: string): HTMLElement;
  /** The layout changed through the UI (resize, tab). Moves by dragging: see drag.ts. */
  onEdited(node: LayoutContainer): void;
}

export function renderTiles(host: HTMLElement, root: LayoutNode | null, cb: TileCallbacks): void {
  const content = root && root.visible ? renderNode(root, cb) : null;
  host.replaceChildren(...(content ? [content] : []));
}

function renderNode(node: LayoutNode, cb: TileCallbacks): HTMLElement {
  if (node.type === "view") return cb.tileFor(node.id);
  const children = node.children.filter((c) => c.visible);
  if (node.kind === "tabs") return renderTabs(node, children, cb);
  if (node.kind === "grid") return renderGrid(node, children, cb);
  return renderLinear(node, children, cb);
}

function shareOf(shares: number[], i: number): number {
  const s = shares[i];
  return typeof s === "number" && s > 0 && Number.isFinite(s) ? s : 1;
}

function renderLinear(node: LayoutContainer, children: LayoutNode[], cb: TileCallbacks): HTMLElement {
  const box = el("div", `container ${node.kind}`);
  const horizontal = node.kind === "horizontal";
  const cells: HTMLElement[] = [];
  // Shares are indexed by position among all children; hidden ones are skipped.
  const index = children.map((c) => node.children.indexOf(c));
  children.forEach((child, i) => {
    if (i > 0) box.append(splitter(node, cells, index, i, horizontal, cb));
    const cell = el("div", "cell");
    cell.style.flex = `${shareOf(node.shares, index[i])} 1 0`;
    cell.append(renderNode(child, cb));
    cells.push(cell);
    box.append(cell);
  });
  return box;
}

function splitter(
  node: LayoutContainer,
  cells: HTMLElement[],
  index: number[],
  i: number,
  horizontal: boolean,
  cb: TileCallbacks,
): HTMLElement {
  const bar = el("div", "splitter");
  bar.addEventListener("pointerdown", (down: PointerEvent) => {
    down.preventDefault();
    bar.setPointerCapture(down.pointerId);
    bar.classList.add("dragging");
    const before = cells[i - 1];
    const after = cells[i];
    const size = (e: HTMLElement) => (horizontal ? e.getBoundingClientRect().width : e.getBoundingClientRect().height);
    const total = size(before) + size(after);
    const shareTotal = shareOf(node.shares, index[i - 1]) + shareOf(node.shares, index[i]);
    const start = horizontal ? down.clientX : down.clientY;
    const startBefore = size(before);
    const move = (e: PointerEvent) => {
      const pos = horizontal ? e.clientX : e.clientY;
      const px = Math.min(Math.max(startBefore + pos - start, 30), total - 30);
      const shares = node.children.map((_, k) => shareOf(node.shares, k));
      shares[index[i - 1]] = (px / total) * shareTotal;
      shares[index[i]] = ((total - px) / total) * shareTotal;
      node.shares = shares;
      before.style.flex = `${shares[index[i - 1]]} 1 0`;
      after.style.flex = `${shares[index[i]]} 1 0`;
      window.dispatchEvent(new Event("resize"));
    };
    const up = () => {
      bar.classList.remove("dragging");
      bar.removeEventListener("pointermove", move);
      bar.removeEventListener("pointerup", up);
      cb.onEdited(node);
    };
    bar.addEventListener("pointermove", move);
    bar.addEventListener("pointerup", up);
  });
  return bar;
}

function renderGrid(node: LayoutContainer, children: LayoutNode[], cb: TileCallbacks): HTMLElement {
  const box = el("div", "container grid");
  const n = children.length;
  const cols = node.gridColumns && node.gridColumns > 0 ? node.gridColumns : Math.max(1, Math.ceil(Math.sqrt(n)));
  const rows = Math.max(1, Math.ceil(n / cols));
  box.style.gridTemplateColumns = Array.from({ length: cols }, (_, i) => `${shareOf(node.shares, i)}fr`).join(" ");
  box.style.gridTemplateRows = Array.from({ length: rows }, (_, i) => `${shareOf(node.rowShares, i)}fr`).join(" ");
  for (const child of children) {
    const cell = el("div", "cell");
    cell.append(renderNode(child, cb));
    box.append(cell);
  }
  return box;
}

function renderTabs(node: LayoutContainer, children: LayoutNode[], cb: TileCallbacks): HTMLElement {
  const box = el("div", "container tabs");
  const active = children.find((c) => c.id === node.activeTab) ?? children[0];
  const bar = el("div", { class: "tab-bar", "data-container-id": node.id });
  for (const child of children) {
    const label = child.name || (child.type === "view" ? child.origin : child.kind);
    const button = el("button", { class: child === active ? "active" : "", "data-tab": child.id }, label);
    button.addEventListener("click", () => {
      node.activeTab = child.id;
      cb.onEdited(node);
    });
    bar.append(button);
  }
  // A single tab needs no bar (Rerun's default root is a tabs container holding one view).
  if (children.length > 1) box.append(bar);
  const body = el("div", "tab-body");
  if (active) body.append(renderNode(active, cb));
  box.append(body);
  return box;
}
