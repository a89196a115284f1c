// The viewer's layout tree (containers and views), as the app draws it. Built from the blueprint
// the server sends; user edits (resizes, show/hide, rearranging, active tab) apply to this tree
// and survive updates of the same blueprint.

import type { ContainerNode } from "../protocol.gen";

export type ContainerKind = ContainerNode["container_kind"];

export interface LayoutView {
  type: "view";
  id: string;
  kind: string;
  name: string;
  origin: string;
  contents: string[];
  visible: boolean;
  /** Extra per-view properties from the blueprint, e.g. visual_bounds_2d. */
  props: Record<string, unknown>;
}

export interface LayoutContainer {
  type: "container";
  id: string;
  kind: ContainerKind;
  name: string;
  visible: boolean;
  children: LayoutNode[];
  /** Relative sizes of the children (columns for horizontal/grid, rows for vertical). */
  shares: number[];
  rowShares: number[];
  gridColumns: number | null;
  activeTab: string | null;
}

export type LayoutNode = LayoutView | LayoutContainer;

export function* allViews(node: LayoutNode | null): Generator<LayoutView> {
  if (!node) return;
  if (node.type === "view") {
    yield node;
    return;
  }
  for (const c of node.children) yield* allViews(c);
}

/** Views actually on screen: visible, with visible ancestors, and in the active tab of tabs. */
export function* shownViews(node: LayoutNode | null): Generator<LayoutView> {
  if (!node || !node.visible) return;
  if (node.type === "view") {
    yield node;
    return;
  }
  const children = node.children.filter((c) => c.visible);
  if (node.kind === "tabs") {
    const active = children.find((c) => c.id === node.activeTab) ?? children[0];
    if (active) yield* shownViews(active);
    return;
  }
  for (const c of children) yield* shownViews(c);
}

export function findNode(root: LayoutNode | null, id: string): LayoutNode | null {
  if (!root) return null;
  if (root.id === id) return root;
  if (root.type === "container") {
    for (const c of root.children) {
      const hit = findNode(c, id);
      if (hit) return hit;
    }
  }
  return null;
}

export function findParent(root: LayoutNode, id: string): LayoutContainer | null {
  if (root.type !== "container") return null;
  for (const c of root.children) {
    if (c.id === id) return root;
    const hit = findParent(c, id);
    if (hit) return hit;
  }
  return null;
}

/** Swap two nodes of the tree (rearranging views by drag). Returns false when not possible. */
export function swapNodes(root: LayoutNode, a: string, b: string): boolean {
  if (a === b) return false;
  const pa = findParent(root, a);
  const pb = findParent(root, b);
  if (!pa || !pb) return false;
  const ia = pa.children.findIndex((c) => c.id === a);
  const ib = pb.children.findIndex((c) => c.id === b);
  const na = pa.children[ia];
  const nb = pb.children[ib];
  pa.children[ia] = nb;
  pb.children[ib] = na;
  if (pa.activeTab === a) pa.activeTab = b;
  if (pb.activeTab === b) pb.activeTab = a;
  return true;
}

/** Copy user edits (visibility, shares, active tabs, order) from the old tree onto a new one. */
export function carryOverEdits(
  fresh: LayoutNode | null,
  edits: Map<string, Partial<Pick<LayoutContainer, "visible" | "shares" | "rowShares" | "activeTab">>>,
): void {
  if (!fresh) return;
  const e = edits.get(fresh.id);
  if (e) Object.assign(fresh, e);
  if (fresh.type === "container") for (const c of fresh.children) carryOverEdits(c, edits);
}

/**
 * Remove a node from the tree (not the root); what it leaves behind is simplified as after a move
 * (an emptied container goes, one left with a single child collapses), the root itself stays.
 * Returns false when it is not there.
 */
export function removeNode(root: LayoutNode, id: string): boolean {
  const parent = findParent(root, id);
  if (!parent) return false;
  detach(parent, id);
  // Simplified in place; the root stays the root even when left with a single container.
  if (root.type === "container") simplify(root, true);
  return true;
}

/** A fresh node id (a UUID, as blueprint ids are); randomUUID needs a secure context, getRandomValues does not. */
export function newId(): string {
  const c: Crypto = crypto;
  if (typeof c.randomUUID === "function" && window.isSecureContext) return c.randomUUID();
  const hex = Array.from(c.getRandomValues(new Uint8Array(16)), (b: number) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type Side = "left" | "right" | "top" | "bottom";

/** Where a dragged node goes (the names of egui_tiles' drop zones, as Rerun's viewport uses them). */
export type Drop =
  /** Onto the middle of a view: the two trade places. */
  | { kind: "swap"; target: string }
  /** Onto the edge of a view: it is split, left/right into a Horizontal, top/bottom into a Vertical. */
  | { kind: "split"; target: string; side: Side }
  /** Onto a view's header: the view and the dragged node become tabs (of the view's Tabs container, if it is in one). */
  | { kind: "tab"; target: string }
  /** Into a container, before the child now at `index` (the end when there is none). */
  | { kind: "insert"; container: string; index: number };

function isLinear(node: LayoutNode): node is LayoutContainer {
  return node.type === "container" && (node.kind === "horizontal" || node.kind === "vertical");
}

/** The relative sizes of a linear container's children, one per child (missing ones count 1). */
function fullShares(node: LayoutContainer): number[] {
  return node.children.map((_, i) => {
    const s = node.shares[i];
    return typeof s === "number" && s > 0 && Number.isFinite(s) ? s : 1;
  });
}

function container(kind: ContainerKind, children: LayoutNode[], makeId: () => string): LayoutContainer {
  return { type: "container", id: makeId(), kind, name: "", visible: true, children, shares: [], rowShares: [], gridColumns: null, activeTab: null };
}

function contains(node: LayoutNode, id: string): boolean {
  return findNode(node, id) !== null;
}

/** Put `node` into `parent` at `index`; in a linear container it gets `share` (default: the mean share). */
function insertChild(parent: LayoutContainer, index: number, node: LayoutNode, share?: number): void {
  if (isLinear(parent)) {
    const shares = fullShares(parent);
    const mean = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 1;
    shares.splice(index, 0, share ?? mean);
    parent.shares = shares;
  }
  parent.children.splice(index, 0, node);
  if (parent.kind === "tabs") parent.activeTab = node.id;
}

/** Take a node out of its parent (the parent may be left empty or with one child: see `simplify`). */
function detach(parent: LayoutContainer, id: string): LayoutNode {
  const index = parent.children.findIndex((c) => c.id === id);
  if (isLinear(parent)) {
    const shares = fullShares(parent);
    shares.splice(index, 1);
    parent.shares = shares;
  }
  const [node] = parent.children.splice(index, 1);
  if (parent.activeTab === id) parent.activeTab = parent.children[Math.min(index, parent.children.length - 1)]?.id ?? null;
  return node;
}

/** Can `drop` take the node `id`? Not the root, not into itself or its own descendants. */
export function canDrop(root: LayoutNode | null, id: string, drop: Drop): boolean {
  if (!root || root.id === id) return false;
  const node = findNode(root, id);
  if (!node || !findParent(root, id)) return false;
  const target = drop.kind === "insert" ? drop.container : drop.target;
  if (target === id || contains(node, target)) return false;
  const targetNode = findNode(root, target);
  if (!targetNode) return false;
  if (drop.kind === "insert") return targetNode.type === "container";
  return drop.kind !== "swap" || targetNode !== root;
}

/**
 * Move node `id` to `drop` and simplify the tree as Rerun does after a drag. Returns the new root
 * (it changes when the old root is left with a single container), or null when the move is not possible.
 */
export function moveNode(root: LayoutNode, id: string, drop: Drop, makeId: () => string = newId): LayoutNode | null {
  if (!canDrop(root, id, drop)) return null;
  if (drop.kind === "swap") return swapNodes(root, id, drop.target) ? simplify(root, true) : null;
  // Positions are found again after the node is taken out: indices shift, the target stays.
  let before: string | null = null;
  if (drop.kind === "insert") {
    const into = findNode(root, drop.container) as LayoutContainer;
    const next = into.children.slice(drop.index).find((c) => c.id !== id);
    before = next ? next.id : null;
  }
  const node = detach(findParent(root, id) as LayoutContainer, id);
  if (drop.kind === "insert") {
    const into = findNode(root, drop.container) as LayoutContainer;
    const index = before === null ? into.children.length : into.children.findIndex((c) => c.id === before);
    insertChild(into, index, node);
    return simplify(root, true);
  }
  const target = findNode(root, drop.target) as LayoutNode;
  const parent = findParent(root, drop.target);
  const at = parent ? parent.children.indexOf(target) : 0;
  if (drop.kind === "tab") {
    if (parent && parent.kind === "tabs") {
      insertChild(parent, at + 1, node);
      return simplify(root, true);
    }
    const tabs = container("tabs", [target, node], makeId);
    tabs.activeTab = node.id;
    return replace(root, parent, at, tabs);
  }
  const kind: ContainerKind = drop.side === "left" || drop.side === "right" ? "horizontal" : "vertical";
  const first = drop.side === "left" || drop.side === "top";
  if (parent && parent.kind === kind) {
    // Splitting a view along its container's own direction: the container gets one more child
    // and the view's share is halved between the two.
    const shares = fullShares(parent);
    const half = shares[at] / 2;
    shares[at] = half;
    parent.shares = shares;
    insertChild(parent, first ? at : at + 1, node, half);
    return simplify(root, true);
  }
  const split = container(kind, first ? [node, target] : [target, node], makeId);
  return replace(root, parent, at, split);
}

/** Put `node` in the place of `parent.children[at]` (or of the root, when there is no parent). */
function replace(root: LayoutNode, parent: LayoutContainer | null, at: number, node: LayoutNode): LayoutNode {
  if (!parent) return simplify(node, true);
  parent.children[at] = node;
  return simplify(root, true);
}

/**
 * Tidy the tree after a move, with the rules Rerun's viewport applies (egui_tiles' simplification
 * with `join_nested_linear_containers`): empty containers go, a container with one child is
 * replaced by that child, and a Horizontal in a Horizontal (Vertical in Vertical) is merged into
 * its parent, its children sharing its size. The root stays a container (Rerun keeps its views in
 * a root container): it is only replaced by a single child that is itself a container.
 */
export function simplify(node: LayoutNode, isRoot = false): LayoutNode {
  if (node.type !== "container") return node;
  const shares = isLinear(node) ? fullShares(node) : [];
  const children: LayoutNode[] = [];
  const kept: number[] = [];
  node.children.forEach((child, i) => {
    const simple = simplify(child);
    if (simple.type === "container" && simple.children.length === 0) return;
    if (isLinear(node) && simple.type === "container" && simple.kind === node.kind && simple.visible) {
      const inner = fullShares(simple);
      const sum = inner.reduce((a, b) => a + b, 0) || 1;
      for (const [k, grandchild] of simple.children.entries()) {
        children.push(grandchild);
        kept.push((shares[i] * inner[k]) / sum);
      }
      if (simple.activeTab && node.activeTab === simple.id) node.activeTab = simple.activeTab;
      return;
    }
    if (node.activeTab === child.id) node.activeTab = simple.id;
    children.push(simple);
    kept.push(shares[i] ?? 1);
  });
  node.children = children;
  if (isLinear(node)) node.shares = kept.every((s) => s === kept[0]) ? [] : kept;
  if (node.kind === "tabs" && !children.some((c) => c.id === node.activeTab)) node.activeTab = children[0]?.id ?? null;
  if (children.length === 1 && (!isRoot || children[0].type === "container")) {
    const only = children[0];
    // A hidden container hides what it held.
    if (!node.visible) only.visible = false;
    return only;
  }
  return node;
}
