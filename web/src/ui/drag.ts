// Moving views and containers by dragging, with pointer events (not HTML5 drag and drop, which
// cannot be driven by a mouse in tests and ends in pointercancel). What can be dragged: a view's
// header, a tab of a Tabs container, a row of the blueprint tree. Where it can go, found under the
// pointer from the elements' data attributes: a view's edges (split), middle (swap) or header (tab
// with it), a tab bar (a new tab there), a tree row (before/after it, or into a container).
// While dragging, a highlight shows where the node would land.
import { canDrop, type Drop, findNode, findParent, type LayoutNode } from "../state/layout";
import { el } from "./dom";

export interface DragCallbacks {
  layout(): LayoutNode | null;
  onMove(id: string, drop: Drop): void;
}

/** Pixels the pointer moves before a press becomes a drag (shorter presses stay clicks). */
const THRESHOLD = 5;
/** The outer fraction of a view, on each side, that splits it. */
const EDGE = 0.25;

interface Target {
  drop: Drop;
  rect: DOMRect | { left: number; top: number; width: number; height: number };
}

export class DragController {
  private readonly zone = el("div", { class: "drop-zone", "data-testid": "drop-zone" });
  private readonly ghost = el("div", { class: "drag-ghost" });
  /** A drag just ended: the click that follows the release is not a click. */
  private swallowClick = false;

  constructor(
    root: HTMLElement,
    private readonly cb: DragCallbacks,
  ) {
    root.addEventListener("pointerdown", (e) => this.onDown(e));
    window.addEventListener(
      "click",
      (e) => {
        if (!this.swallowClick) return;
        this.swallowClick = false;
        e.stopPropagation();
        e.preventDefault();
      },
      true,
    );
  }

  /** The node a press on this element would drag, if any. */
  private source(target: Element): { id: string; handle: HTMLElement } | null {
    if (target.closest(".vis, .toggle, input, select, textarea")) return null;
    const header = target.closest<HTMLElement>(".view-header[data-view-header]");
    if (header) return { id: header.dataset.viewHeader as string, handle: header };
    const tab = target.closest<HTMLElement>(".tab-bar button[data-tab]");
    if (tab) return { id: tab.dataset.tab as string, handle: tab };
    const row = target.closest<HTMLElement>("[data-testid=blueprint-tree] .tree-row[data-node-id]");
    if (row) return { id: row.dataset.nodeId as string, handle: row };
    return null;
  }

  private onDown(down: PointerEvent): void {
    if (down.button !== 0 || !(down.target instanceof Element)) return;
    const src = this.source(down.target);
    const layout = this.cb.layout();
    if (!src || !layout || layout.id === src.id || !findNode(layout, src.id)) return;
    const node = findNode(layout, src.id) as LayoutNode;
    let dragging = false;
    let target: Target | null = null;
    const move = (e: PointerEvent) => {
      if (!dragging) {
        if (Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) < THRESHOLD) return;
        dragging = true;
        // Capture keeps the moves coming outside the window; a handle redrawn meanwhile cannot take it.
        if (src.handle.isConnected) src.handle.setPointerCapture(down.pointerId);
        this.ghost.textContent = node.name || (node.type === "view" ? node.origin : `Container (${node.kind})`);
        document.body.append(this.zone, this.ghost);
        document.body.classList.add("dragging-node");
      }
      this.ghost.style.transform = `translate(${e.clientX + 12}px, ${e.clientY + 8}px)`;
      target = this.targetAt(e.clientX, e.clientY, src.id);
      this.showZone(target);
    };
    const end = (e: PointerEvent) => {
      window.removeEventListener("pointermove", move, true);
      window.removeEventListener("pointerup", end, true);
      window.removeEventListener("pointercancel", end, true);
      if (!dragging) return;
      if (src.handle.isConnected && src.handle.hasPointerCapture(down.pointerId)) src.handle.releasePointerCapture(down.pointerId);
      this.zone.remove();
      this.ghost.remove();
      document.body.classList.remove("dragging-node");
      // The click after a release over the pressed element is part of the drag.
      this.swallowClick = true;
      setTimeout(() => (this.swallowClick = false), 0);
      if (e.type === "pointerup" && target) this.cb.onMove(src.id, target.drop);
    };
    window.addEventListener("pointermove", move, true);
    window.addEventListener("pointerup", end, true);
    window.addEventListener("pointercancel", end, true);
  }

  /** The drop under the pointer, if the node can go there. */
  private targetAt(x: number, y: number, id: string): Target | null {
    const layout = this.cb.layout();
    // The highlight and the ghost do not take pointer events (CSS), so this is what lies below.
    const under = document.elementFromPoint(x, y);
    if (!layout || !under) return null;
    const ok = (t: Target | null) => (t && canDrop(layout, id, t.drop) ? t : null);

    const tabBar = under.closest<HTMLElement>(".tab-bar[data-container-id]");
    if (tabBar) {
      const container = tabBar.dataset.containerId as string;
      const node = findNode(layout, container);
      if (!node || node.type !== "container") return null;
      const buttons = [...tabBar.querySelectorAll<HTMLElement>("button[data-tab]")];
      const next = buttons.find((b) => {
        const r = b.getBoundingClientRect();
        return x < r.left + r.width / 2;
      });
      const index = next ? node.children.findIndex((c) => c.id === next.dataset.tab) : node.children.length;
      const bar = tabBar.getBoundingClientRect();
      const edge = next ? next.getBoundingClientRect().left : (buttons[buttons.length - 1]?.getBoundingClientRect().right ?? bar.left);
      return ok({ drop: { kind: "insert", container, index }, rect: { left: edge - 2, top: bar.top, width: 4, height: bar.height } });
    }

    const header = under.closest<HTMLElement>(".view-header[data-view-header]");
    if (header) {
      const tile = header.closest<HTMLElement>(".view-tile") ?? header;
      return ok({ drop: { kind: "tab", target: header.dataset.viewHeader as string }, rect: tile.getBoundingClientRect() });
    }

    const tile = under.closest<HTMLElement>(".centre .view-tile[data-view-id]");
    if (tile) {
      const target = tile.dataset.viewId as string;
      const r = tile.getBoundingClientRect();
      const fx = (x - r.left) / r.width;
      const fy = (y - r.top) / r.height;
      // The nearest edge within the outer band splits; the middle swaps.
      const edges: [number, "left" | "right" | "top" | "bottom"][] = [
        [fx, "left"],
        [1 - fx, "right"],
        [fy, "top"],
        [1 - fy, "bottom"],
      ];
      const [distance, side] = edges.reduce((a, b) => (b[0] < a[0] ? b : a));
      if (distance >= EDGE) return ok({ drop: { kind: "swap", target }, rect: r });
      const half =
        side === "left"
          ? { left: r.left, top: r.top, width: r.width / 2, height: r.height }
          : side === "right"
            ? { left: r.left + r.width / 2, top: r.top, width: r.width / 2, height: r.height }
            : side === "top"
              ? { left: r.left, top: r.top, width: r.width, height: r.height / 2 }
              : { left: r.left, top: r.top + r.height / 2, width: r.width, height: r.height / 2 };
      return ok({ drop: { kind: "split", target, side }, rect: half });
    }

    const row = under.closest<HTMLElement>("[data-testid=blueprint-tree] .tree-row[data-node-id]");
    if (row) return ok(this.treeTarget(layout, row, y));
    return null;
  }

  /** A tree row: its upper or lower part puts the node before or after it; a container's middle puts it inside, last. */
  private treeTarget(layout: LayoutNode, row: HTMLElement, y: number): Target | null {
    const id = row.dataset.nodeId as string;
    const node = findNode(layout, id);
    if (!node) return null;
    const r = row.getBoundingClientRect();
    const f = (y - r.top) / r.height;
    const line = (top: number) => ({ left: r.left, top: top - 1, width: r.width, height: 2 });
    const intoContainer = node.type === "container" && (layout.id === id || (f > 0.25 && f < 0.75));
    if (intoContainer && node.type === "container") {
      return { drop: { kind: "insert", container: id, index: node.children.length }, rect: r };
    }
    const parent = findParent(layout, id);
    if (!parent) return null;
    const index = parent.children.findIndex((c) => c.id === id) + (f >= 0.5 ? 1 : 0);
    return { drop: { kind: "insert", container: parent.id, index }, rect: line(f >= 0.5 ? r.bottom : r.top) };
  }

  private showZone(target: Target | null): void {
    this.zone.hidden = target === null;
    if (!target) {
      delete this.zone.dataset.drop;
      return;
    }
    const { left, top, width, height } = target.rect;
    Object.assign(this.zone.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
    const d = target.drop;
    this.zone.dataset.drop = d.kind === "split" ? `split-${d.side}` : d.kind;
  }
}
