// The app's view of the server state, in the shapes the UI uses. state/convert.ts converts
// protocol messages into these, so the UI modules do not depend on wire details.
import type { LayoutNode } from "./layout";
import type { TimelineInfo } from "./time";

export interface EntityNode {
  path: string;
  name: string;
  components: string[];
  children: EntityNode[];
}

/** Where one entity has data on the current timeline: its distinct times and rows at each. */
export interface StreamRow {
  entityPath: string;
  times: ArrayLike<number>;
  counts: ArrayLike<number>;
}

export interface Summary {
  storeId: string;
  timelines: TimelineInfo[];
  entityRoot: EntityNode;
  layout: LayoutNode | null;
  panels: { blueprint: boolean; selection: boolean; time: boolean; timeCompact: boolean; top: boolean };
}

const NATURAL = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });

/** Entity paths in Rerun's natural order, part by part: cam2 before cam10. */
export function comparePaths(a: string, b: string): number {
  const pa = pathParts(a);
  const pb = pathParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = NATURAL.compare(pa[i], pb[i]);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/** The parts of an entity path, each still escaped: a `/` escaped as `\/` is inside a part, not between two. */
export function pathParts(path: string): string[] {
  const parts: string[] = [];
  let part = "";
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "\\" && i + 1 < path.length) {
      part += c + path[++i];
    } else if (c === "/") {
      if (part) parts.push(part);
      part = "";
    } else part += c;
  }
  if (part) parts.push(part);
  return parts;
}

/** Build a tree from flat entity paths. */
export function entityTree(entries: { path: string; components: string[] }[]): EntityNode {
  const root: EntityNode = { path: "/", name: "/", components: [], children: [] };
  const byPath = new Map<string, EntityNode>([["/", root]]);
  const sorted = [...entries].sort((a, b) => comparePaths(a.path, b.path));
  for (const entry of sorted) {
    const parts = pathParts(entry.path);
    let parent = root;
    let path = "";
    for (const part of parts) {
      path += "/" + part;
      let node = byPath.get(path);
      if (!node) {
        // Shown as written, as Rerun shows parts: without the escapes of the canonical path ("a\ b" is "a b").
        node = { path, name: part.replace(/\\(.)/g, "$1"), components: [], children: [] };
        byPath.set(path, node);
        parent.children.push(node);
      }
      parent = node;
    }
    if (parts.length === 0) root.components = entry.components;
    else parent.components = entry.components;
  }
  return root;
}
