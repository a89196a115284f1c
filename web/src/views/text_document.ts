// TextDocument view: markdown rendered by markdown-it with raw HTML disabled, then sanitised by
// DOMPurify (a second line of defence), or plain text through textContent.
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";
import type { TextDocumentPayload } from "../protocol.gen";
import { el } from "../ui/dom";
import { emptyNote } from "./common";
import type { ViewContext, ViewInstance, ViewModule } from "./types";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links open outside the app and never carry the page along; images may only be inline data
// (the page talks to its own origin only; the CSP enforces the same).
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
  if (node.tagName === "IMG") {
    const src = node.getAttribute("src") ?? "";
    if (!src.startsWith("data:image/")) node.removeAttribute("src");
  }
});

/** Markdown source -> a sanitised DOM fragment. */
export function renderMarkdown(source: string): DocumentFragment {
  const html = markdown.render(source);
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ["style", "form", "input", "button", "iframe", "object", "embed"],
    FORBID_ATTR: ["style"],
  });
  markTaskItems(fragment);
  return fragment;
}

const TASK = /^\[([ xX])\]\s/;

/** GitHub task list items ("- [x] done") show a check mark or an empty box, as in Rerun. */
function markTaskItems(root: DocumentFragment): void {
  for (const li of root.querySelectorAll("li")) {
    let first: Node | null = li.firstChild;
    while (first && first.nodeType === Node.ELEMENT_NODE && (first as Element).tagName === "P") first = first.firstChild;
    if (!first || first.nodeType !== Node.TEXT_NODE) continue;
    const m = TASK.exec(first.textContent ?? "");
    if (!m) continue;
    first.textContent = (first.textContent ?? "").slice(m[0].length);
    const done = m[1] !== " ";
    li.classList.add("task");
    first.parentNode!.insertBefore(el("span", { class: done ? "task-box done" : "task-box", "data-done": String(done) }, done ? "✔" : ""), first);
  }
}

class TextDocumentView implements ViewInstance {
  private readonly root = el("div", "text-doc");

  constructor(body: HTMLElement, private readonly ctx: ViewContext) {
    body.append(this.root);
  }

  update(payload: unknown): void {
    const p = payload as TextDocumentPayload;
    const parts: Node[] = [];
    for (const doc of p.documents) {
      if (p.documents.length > 1) parts.push(el("h4", "", doc.entity));
      const media = doc.media_type.toLowerCase();
      if (media === "text/markdown") {
        const box = el("div", { class: "markdown", "data-entity-path": doc.entity });
        box.append(renderMarkdown(doc.text));
        parts.push(box);
      } else {
        parts.push(el("pre", { "data-entity-path": doc.entity }, doc.text));
      }
    }
    if (!parts.length) parts.push(emptyNote("No text document at this time"));
    this.root.replaceChildren(...parts);
    this.ctx.rendered();
  }

  resize(): void {}

  dispose(): void {
    this.root.remove();
  }
}

export const textDocumentView: ViewModule = {
  kind: "TextDocument",
  label: "Text document",
  create: (body, ctx) => new TextDocumentView(body, ctx),
};
