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

function findParent(root: LayoutNode, id: string): LayoutContainer | null {
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

/** Remove a node from the tree (not the root). Returns false when it is not there. */
export function removeNode(root: LayoutNode, id: string): boolean {
  const parent = findParent(root, id);
  if (!parent) return false;
  parent.children = parent.children.filter((c) => c.id !== id);
  if (parent.activeTab === id) parent.activeTab = parent.children[0]?.id ?? null;
  parent.shares = [];
  return true;
}
