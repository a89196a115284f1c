// The right panel: the component values of the selected entity or instance, the properties of a
// selected view, or the active recording when nothing is selected.
import type { ComponentValue, RecordingInfo, ViewProperties } from "../protocol.gen";
import type { LayoutView } from "../state/layout";
import { el } from "./dom";
import { propertyEditors, type TimelineInfo } from "./view_properties";

/** A view edited in the selection panel: what it shows and its blueprint properties. */
export interface ViewEdit {
  name: string;
  origin: string;
  contents: string[];
  properties: ViewProperties;
  visualBounds: number[] | null;
}

/** Edits of the layout made in the selection panel (the app applies them and saves the blueprint). */
export interface LayoutEditCallbacks {
  onEditView(id: string, edit: ViewEdit): void;
  /** The page's current timeline (a view's time range is edited on it). */
  timeline(): TimelineInfo | null;
  onRemoveView(id: string): void;
  onAddView(kind: string, origin: string): void;
  viewKinds(): { kind: string; label: string }[];
}

export class SelectionPanel {
  readonly element: HTMLElement;
  private readonly body = el("div", { class: "selection", "data-testid": "selection-panel" });

  constructor(private readonly cb: LayoutEditCallbacks) {
    this.element = el("div", "", el("div", "panel-title", "Selection"), this.body);
  }

  showRecording(rec: RecordingInfo | null): void {
    if (!rec) {
      this.body.replaceChildren(el("div", "hint", "Nothing selected"));
      return;
    }
    const started = rec.started_ns ? new Date(rec.started_ns / 1e6).toISOString() : "";
    this.body.replaceChildren(
      el("h3", "", rec.application_id),
      el("div", "section", "Recording"),
      kv([
        ["Recording ID", rec.recording_id],
        ["Application ID", rec.application_id],
        ["Source", rec.source],
        ["Started", started],
      ]),
      el("div", "hint", "Click an entity (in a view, the blueprint or the streams tree) to see its data."),
      this.addViewForm(),
    );
  }

  private addViewForm(): HTMLElement {
    const kind = el("select", { "data-testid": "add-view-kind" });
    for (const k of this.cb.viewKinds()) kind.append(el("option", { value: k.kind }, k.label));
    const origin = el("input", { "data-testid": "add-view-origin", value: "/", title: "Origin (entity path)" });
    const add = el("button", { "data-testid": "add-view" }, "Add view");
    add.addEventListener("click", () => this.cb.onAddView(kind.value, origin.value.trim() || "/"));
    return el("div", "", el("div", "section", "Add a view"), el("div", "edit-row", kind, origin, add));
  }

  /** `compare`: time series views offer "Compare across recordings" (each entity once per loaded recording of the application). */
  showView(view: LayoutView, kindLabel: string, compare: { on: boolean; set(on: boolean): void } | null = null): void {
    const name = el("input", { "data-testid": "view-name", value: view.name });
    const origin = el("input", { "data-testid": "view-origin", value: view.origin });
    const contents = el("textarea", { "data-testid": "view-contents", rows: "3" });
    contents.value = view.contents.join("\n");
    const props = propertyEditors(
      view.kind,
      (view.props.properties as ViewProperties | null | undefined) ?? null,
      (view.props.visual_bounds as number[] | null | undefined) ?? null,
      this.cb.timeline(),
    );
    const apply = el("button", { "data-testid": "apply-view-edit" }, "Apply");
    apply.addEventListener("click", () => {
      const edited = props.read();
      this.cb.onEditView(view.id, {
        name: name.value.trim(),
        origin: origin.value.trim() || "/",
        contents: contents.value.split("\n").map((l) => l.trim()).filter((l) => l.length > 0),
        properties: edited.properties,
        visualBounds: edited.visualBounds,
      });
    });
    const remove = el("button", { "data-testid": "remove-view" }, "Remove view");
    remove.addEventListener("click", () => this.cb.onRemoveView(view.id));
    this.body.replaceChildren(
      el("h3", "", view.name || view.origin),
      el("div", "section", "View"),
      kv([
        ["Kind", kindLabel],
        ["Name", name],
        ["Origin", origin],
        ["Contents", contents],
        ["Visible", view.visible ? "yes" : "no"],
      ]),
      ...(props.rows.length ? [el("div", "section", "Properties"), kv(props.rows, "view-properties")] : []),
      el("div", "edit-row", apply, remove),
    );
    if (compare) {
      const box = el("input", { type: "checkbox", "data-testid": "compare-recordings" }) as HTMLInputElement;
      box.checked = compare.on;
      box.addEventListener("change", () => compare.set(box.checked));
      this.body.append(
        el("div", "section", "Recordings"),
        el("label", { class: "edit-row", title: "One series per recording of this application, on the same timeline" }, box, " Compare across recordings"),
      );
    }
  }

  showLoading(path: string, instance: number | null | undefined): void {
    this.body.replaceChildren(el("h3", "", title(path, instance)), el("div", "hint", "Loading…"));
  }

  /** The entity's values could not be had (e.g. a page without a server): say why. */
  showUnavailable(path: string, instance: number | null | undefined, reason: string): void {
    this.body.replaceChildren(el("h3", { "data-testid": "selection-title" }, title(path, instance)), el("div", { class: "hint", "data-testid": "selection-note" }, reason));
  }

  showEntity(path: string, instance: number | null, components: ComponentValue[], timeLabel: string): void {
    const title3 = el("h3", { "data-testid": "selection-title" }, title(path, instance));
    if (!components.length) {
      this.body.replaceChildren(title3, el("div", "hint", `No data at ${timeLabel}.`));
      return;
    }
    const rows: [string, string | HTMLElement][] = components.map((c) => [shortName(c.name), withSwatches(c.text)]);
    const first = components.find((c) => c.time !== null);
    this.body.replaceChildren(
      title3,
      el("div", "section", instance !== null ? `Instance ${instance}` : "Components"),
      kv(rows, "component-values"),
      el("div", "hint", first ? `Latest at ${timeLabel}` : "Static data"),
    );
  }
}

function title(path: string, instance: number | null | undefined): string {
  return instance !== null && instance !== undefined ? `${path}[${instance}]` : path;
}

function shortName(component: string): string {
  return component.replace(/^rerun\.(blueprint\.)?components\./, "");
}

function kv(rows: [string, string | HTMLElement][], testid?: string): HTMLElement {
  const grid = el("div", { class: "kv", "data-testid": testid });
  for (const [k, v] of rows) grid.append(el("div", { class: "k", title: k }, k), el("div", "v", v));
  return grid;
}

/** Colors come as "#rrggbbaa" (the server renders them so): put a color swatch before each. */
const HEX_COLOR = /#[0-9a-f]{8}\b/g;

function withSwatches(text: string): string | HTMLElement {
  if (!HEX_COLOR.test(text)) return text;
  HEX_COLOR.lastIndex = 0;
  const out = el("span");
  let at = 0;
  for (const m of text.matchAll(HEX_COLOR)) {
    out.append(text.slice(at, m.index));
    const swatch = el("span", { class: "color-swatch", "data-color": m[0] });
    // Validated by the pattern above: only hex digits reach the style.
    swatch.style.backgroundColor = m[0];
    out.append(swatch, m[0]);
    at = m.index + m[0].length;
  }
  out.append(text.slice(at));
  return out;
}
