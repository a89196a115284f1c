// The left panel: the blueprint tree (containers, views, and the entities each view shows) with
// show/hide toggles. Clicking a view or entity selects it; rows of views and containers are
// dragged to move them (drag.ts).
import { contentsInclude } from "../state/convert";
import type { LayoutNode } from "../state/layout";
import type { EntityNode } from "../state/model";
import { viewModule } from "../views/index";
import { el, icon } from "./dom";

export interface BlueprintPanelCallbacks {
  onToggleVisible(id: string): void;
  onSelectView(id: string): void;
  onSelectEntity(path: string, viewId: string): void;
  selectedKey(): string | null;
}

const CONTAINER_LABEL: Record<string, string> = {
  horizontal: "Horizontal",
  vertical: "Vertical",
  grid: "Grid",
  tabs: "Tabs",
};

export class BlueprintPanel {
  readonly element: HTMLElement;
  private readonly tree = el("ul", { class: "tree", "data-testid": "blueprint-tree" });
  private expanded = new Set<string>();
  private layout: LayoutNode | null = null;
  private entities: string[] = [];

  constructor(private readonly cb: BlueprintPanelCallbacks) {
    this.element = el(
      "div",
      "blueprint-section",
      el("div", "panel-title", el("span", "", "Blueprint")),
      this.tree,
    );
  }

  set(layout: LayoutNode | null, entityRoot: EntityNode | null): void {
    this.layout = layout;
    this.entities = [];
    const walk = (n: EntityNode) => {
      if (n.components.length) this.entities.push(n.path);
      n.children.forEach(walk);
    };
    if (entityRoot) walk(entityRoot);
    this.render();
  }

  render(): void {
    const items: HTMLElement[] = [];
    if (this.layout) items.push(this.renderNode(this.layout, 0, true));
    else items.push(el("li", "hint", "No views yet"));
    this.tree.replaceChildren(...items);
  }

  private renderNode(node: LayoutNode, depth: number, ancestorsVisible: boolean): HTMLElement {
    const shown = ancestorsVisible && node.visible;
    const key = this.cb.selectedKey();
    const isContainer = node.type === "container";
    const hasChildren = isContainer ? node.children.length > 0 : true;
    const open = isContainer ? !this.expanded.has("closed:" + node.id) : this.expanded.has(node.id);
    const label = isContainer
      ? node.name || `${depth === 0 ? "Viewport" : "Container"} (${CONTAINER_LABEL[node.kind] ?? node.kind})`
      : node.name || node.origin;
    const kindLabel = node.type === "view" ? viewModule(node.kind)?.label ?? node.kind : "";
    const toggle = el("span", "toggle", hasChildren ? icon(open ? "caretDown" : "caretRight") : "");
    const vis = el("button", { class: "vis", title: node.visible ? "Hide" : "Show", "data-testid": "toggle-visible" }, icon(node.visible ? "eye" : "eyeOff"));
    const row = el(
      "div",
      {
        class: `tree-row${shown ? "" : " hidden-item"}${key === "view:" + node.id ? " selected" : ""}`,
        "data-node-id": node.id,
        "data-node-type": node.type,
        "data-container-kind": isContainer ? node.kind : undefined,
        title: node.type === "view" ? `${kindLabel} view of ${node.origin}` : label,
      },
      toggle,
      icon(isContainer ? "container" : "view"),
      el("span", `label${isContainer ? " dim" : ""}`, label),
      vis,
    );
    row.style.paddingLeft = `${8 + depth * 12}px`;
    toggle.addEventListener("click", (e) => {
      e.stopPropagation();
      const k = isContainer ? "closed:" + node.id : node.id;
      if (this.expanded.has(k)) this.expanded.delete(k);
      else this.expanded.add(k);
      this.render();
    });
    vis.addEventListener("click", (e) => {
      e.stopPropagation();
      this.cb.onToggleVisible(node.id);
    });
    if (node.type === "view") row.addEventListener("click", () => this.cb.onSelectView(node.id));
    const li = el("li", "", row);
    if (open) {
      const ul = el("ul");
      if (node.type === "container") {
        for (const c of node.children) ul.append(this.renderNode(c, depth + 1, shown));
      } else {
        // A 2D view also lists what it projects from outside its origin (a pinhole's 3D space),
        // under "Projections", as Rerun does.
        const included = this.entities.filter((p) => contentsInclude(node.contents, p));
        const under = (p: string) => node.origin === "/" || p === node.origin || p.startsWith(node.origin + "/");
        const outside = node.kind === "2D" ? included.filter((p) => !under(p)) : [];
        const listed = [...included.filter((p) => !outside.includes(p)), ...outside];
        for (const path of listed) {
          if (outside.length && path === outside[0]) {
            const head = el("div", { class: "tree-row", "data-testid": "projections" }, el("span", "toggle", ""), el("span", "label", "Projections"));
            head.style.paddingLeft = `${8 + (depth + 1) * 12}px`;
            ul.append(el("li", "", head));
          }
          const entityRow = el(
            "div",
            { class: `tree-row${key === "entity:" + path ? " selected" : ""}`, "data-entity-path": path, title: path },
            el("span", "toggle", ""),
            icon("entity"),
            el("span", "label", path),
          );
          entityRow.style.paddingLeft = `${8 + (depth + 1) * 12}px`;
          entityRow.addEventListener("click", () => this.cb.onSelectEntity(path, node.id));
          ul.append(el("li", "", entityRow));
        }
      }
      li.append(ul);
    }
    return li;
  }
}
