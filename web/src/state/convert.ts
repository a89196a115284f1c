// Protocol messages -> the app's model (state/model.ts, state/layout.ts). The one place that
// knows both shapes.
import type { BlueprintLayout, LayoutNode as WireNode, RecordingSummary, TimelineInfo as WireTimeline, ViewProperties } from "../protocol.gen";
import type { LayoutNode } from "./layout";
import { entityTree, type Summary } from "./model";
import type { TimelineInfo } from "./time";

export function convertTimelines(timelines: WireTimeline[]): TimelineInfo[] {
  return timelines
    .filter((t) => t.min !== null && t.max !== null)
    .map((t) => ({
      name: t.name,
      kind: t.time_type === "sequence" ? ("sequence" as const) : ("temporal" as const),
      min: t.min as number,
      max: t.max as number,
    }));
}

export function convertLayout(node: WireNode | null): LayoutNode | null {
  if (!node) return null;
  if (node.node === "view") {
    return {
      type: "view",
      id: node.id,
      kind: node.kind,
      name: node.name,
      origin: node.origin,
      contents: node.contents,
      visible: node.visible,
      props: { visual_bounds: node.visual_bounds, properties: node.properties ?? null },
    };
  }
  const children = node.children.map(convertLayout).filter((c): c is LayoutNode => c !== null);
  const active = node.active_tab !== null ? children[node.active_tab] : undefined;
  return {
    type: "container",
    id: node.id,
    kind: node.container_kind,
    name: node.name ?? "",
    visible: node.visible,
    children,
    shares: node.column_shares ?? (node.container_kind === "vertical" ? node.row_shares ?? [] : []),
    rowShares: node.row_shares ?? [],
    gridColumns: node.grid_columns,
    activeTab: active ? active.id : null,
  };
}

function panelShown(blueprint: BlueprintLayout, name: string): boolean {
  const state = blueprint.panels[name];
  return state === undefined || state === "expanded";
}

/** `previous`: the page's last summary; its entity tree is kept when this one carries none (unchanged). */
export function convertSummary(msg: RecordingSummary, previous: Summary | null): Summary {
  const entityRoot =
    msg.entities === null
      ? previous?.storeId === msg.store_id
        ? previous.entityRoot
        : entityTree([])
      : entityTree(msg.entities.filter((e) => e.has_data).map((e) => ({ path: e.path, components: e.components })));
  return {
    storeId: msg.store_id,
    timelines: convertTimelines(msg.timelines),
    entityRoot,
    layout: convertLayout(msg.blueprint.root),
    panels: {
      blueprint: panelShown(msg.blueprint, "blueprint"),
      selection: panelShown(msg.blueprint, "selection"),
      time: panelShown(msg.blueprint, "time"),
      // A collapsed time panel keeps its controls row (play, timeline, time), as in Rerun.
      timeCompact: msg.blueprint.panels["time"] === "collapsed",
      // TopPanel: Rerun 0.17 shows the top bar only when expanded.
      top: panelShown(msg.blueprint, "top"),
    },
  };
}

/** Does a view's contents (query expressions, "$origin" expanded) include an entity? */
export function contentsInclude(contents: string[], entityPath: string): boolean {
  let included = false;
  for (const raw of contents) {
    const line = raw.trim();
    if (!line) continue;
    const exclude = line.startsWith("-");
    const expr = line.replace(/^[+-]\s*/, "");
    if (matches(expr, entityPath)) {
      if (exclude) return false;
      included = true;
    }
  }
  return included;
}

function normal(path: string): string {
  const p = "/" + path.split("/").filter(Boolean).join("/");
  return p;
}

function matches(expr: string, path: string): boolean {
  const p = normal(path);
  if (expr.endsWith("/**")) {
    const base = normal(expr.slice(0, -3));
    return base === "/" || p === base || p.startsWith(base + "/");
  }
  return normal(expr) === p;
}

/** The page's layout tree back as protocol nodes (to save it as the application's blueprint). */
export function layoutToWire(node: LayoutNode | null): WireNode | null {
  if (!node) return null;
  if (node.type === "view") {
    return {
      node: "view",
      id: node.id,
      kind: node.kind,
      name: node.name,
      origin: node.origin,
      contents: node.contents,
      visible: node.visible,
      visual_bounds: (node.props.visual_bounds as number[] | null | undefined) ?? null,
      properties: (node.props.properties as ViewProperties | null | undefined) ?? null,
    };
  }
  const children = node.children.map(layoutToWire).filter((c): c is WireNode => c !== null);
  const active = node.children.findIndex((c) => c.id === node.activeTab);
  // Shares are 32-bit floats in the blueprint (Rerun's ColumnShare/RowShare): sent as such, they read back the same.
  const f32 = (values: number[]) => (values.length ? values.map(Math.fround) : null);
  const shares = f32(node.shares);
  return {
    node: "container",
    id: node.id,
    container_kind: node.kind,
    name: node.name || null,
    children,
    column_shares: node.kind === "vertical" ? null : shares,
    row_shares: node.kind === "vertical" ? shares : f32(node.rowShares),
    grid_columns: node.gridColumns,
    active_tab: node.kind === "tabs" && active >= 0 ? active : null,
    visible: node.visible,
  };
}
