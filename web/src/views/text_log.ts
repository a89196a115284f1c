// TextLog view: a table of log rows (time, entity, level, text), newest at the bottom, scrolled
// to the newest unless the user scrolled up. Clicking a row selects its entity and moves the time.
import type { TextLogPayload } from "../protocol.gen";
import { formatTime } from "../state/time";
import { el } from "../ui/dom";
import { cssColor } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

const MAX_ROWS = 2000;

class TextLogView implements ViewInstance {
  private readonly wrap = el("div", "table-wrap");
  private readonly tbody = el("tbody");
  private stickToBottom = true;

  constructor(body: HTMLElement, private readonly ctx: ViewContext) {
    const table = el(
      "table",
      "data",
      el("thead", "", el("tr", "", el("th", "", "time"), el("th", "", "entity"), el("th", "", "level"), el("th", "", "body"))),
      this.tbody,
    );
    this.wrap.append(table);
    body.append(this.wrap);
    this.wrap.addEventListener("scroll", () => {
      this.stickToBottom = this.wrap.scrollTop + this.wrap.clientHeight >= this.wrap.scrollHeight - 4;
    });
  }

  update(payload: unknown): void {
    const p = payload as TextLogPayload;
    const kind = this.ctx.timelineKind();
    const rows = p.rows.slice(-MAX_ROWS).map((r) => {
      const tr = el(
        "tr",
        { "data-entity-path": r.entity },
        el("td", "num", r.time === null ? "static" : formatTime(kind, r.time)),
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
    if (p.truncated) rows.unshift(el("tr", "", el("td", { colspan: 4, class: "hint" }, "(older rows not shown)")));
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
