// TextLog view: a table of log rows (a time column per timeline as in Rerun, entity, level, text),
// newest at the bottom, scrolled to the newest unless the user scrolled up. Clicking a row selects
// its entity and moves the time.
import type { TextLogPayload } from "../protocol.gen";
import { formatTime, type TimelineKind } from "../state/time";
import { el } from "../ui/dom";
import { cssColor } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

const MAX_ROWS = 2000;

class TextLogView implements ViewInstance {
  private readonly wrap = el("div", "table-wrap");
  private readonly thead = el("thead");
  private readonly tbody = el("tbody");
  private stickToBottom = true;
  private columnsKey = "";

  constructor(body: HTMLElement, private readonly ctx: ViewContext) {
    const table = el("table", "data", this.thead, this.tbody);
    this.wrap.append(table);
    body.append(this.wrap);
    this.wrap.addEventListener("scroll", () => {
      this.stickToBottom = this.wrap.scrollTop + this.wrap.clientHeight >= this.wrap.scrollHeight - 4;
    });
  }

  update(payload: unknown): void {
    const p = payload as TextLogPayload;
    const kinds = p.timeline_types.map((t): TimelineKind => (t === "time" ? "temporal" : "sequence"));
    const key = p.timelines.join("\u0000") + "|" + p.timeline;
    if (key !== this.columnsKey) {
      this.columnsKey = key;
      const timeHeads = p.timelines.map((name) => el("th", name === p.timeline ? "current" : "", name));
      this.thead.replaceChildren(el("tr", "", ...timeHeads, el("th", "", "Entity path"), el("th", "", "Level"), el("th", "", "Body")));
    }
    const rows = p.rows.slice(-MAX_ROWS).map((r) => {
      const timeCells = p.timelines.map((_, i) => {
        const t = r.times[i];
        return el("td", "num", t === null || t === undefined ? (r.time === null ? "static" : "") : formatTime(kinds[i], t));
      });
      const tr = el(
        "tr",
        { "data-entity-path": r.entity },
        ...timeCells,
        el("td", "", r.entity),
        el("td", r.level ? `level-${r.level.toUpperCase()}` : "", r.level ?? ""),
        el("td", "", r.text),
      );
      if (r.color) (tr.lastElementChild as HTMLElement).style.color = cssColor(r.color);
      tr.addEventListener("click", () => {
        this.ctx.select({ entityPath: r.entity });
        if (r.time !== null) this.ctx.seek(r.time);
      });
      return tr;
    });
    if (p.truncated) rows.unshift(el("tr", "", el("td", { colspan: p.timelines.length + 3, class: "hint" }, "(older rows not shown)")));
    this.tbody.replaceChildren(...rows);
    if (this.stickToBottom) this.wrap.scrollTop = this.wrap.scrollHeight;
    this.ctx.rendered();
  }

  resize(): void {}

  dispose(): void {
    this.wrap.remove();
  }
}

export const textLogView: ViewModule = {
  kind: "TextLog",
  label: "Text log",
  create: (body, ctx) => new TextLogView(body, ctx),
};
