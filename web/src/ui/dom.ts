// Building DOM without HTML strings: every text from a recording goes in through textContent, so
// labels, entity paths and log messages can never become markup or script.

type Attrs = Record<string, string | number | boolean | undefined>;

/** Create an element with class names, attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | string = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (typeof attrs === "string") {
    if (attrs) node.className = attrs;
  } else {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      if (k === "class") node.className = String(v);
      else if (k.startsWith("on")) throw new Error("use addEventListener, not attributes, for handlers");
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** A small inline SVG icon from a fixed set of path data (never from recording data). */
export function icon(name: keyof typeof ICONS, title?: string): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", "icon");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  if (title) {
    const t = document.createElementNS("http://www.w3.org/2000/svg", "title");
    t.textContent = title;
    svg.append(t);
  }
  return svg;
}

export const ICONS = {
  play: "M4 3 L13 8 L4 13 Z",
  pause: "M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z",
  follow: "M3 3 L10 8 L3 13 Z M11 3 H13 V13 H11 Z",
  stepBack: "M12 3 L5 8 L12 13 Z M3 3 H5 V13 H3 Z",
  stepForward: "M4 3 L11 8 L4 13 Z M11 3 H13 V13 H11 Z",
  loop: "M3 7 A5 5 0 0 1 12 4 L12 2 L15 5.5 L11.5 8 L11.5 6 A3.5 3.5 0 0 0 4.6 7.5 Z M13 9 A5 5 0 0 1 4 12 L4 14 L1 10.5 L4.5 8 L4.5 10 A3.5 3.5 0 0 0 11.4 8.5 Z",
  eye: "M1 8 Q8 1 15 8 Q8 15 1 8 Z M8 6 A2 2 0 1 0 8.01 6 Z",
  eyeOff: "M1 8 Q8 1 15 8 Q8 15 1 8 Z M2 2 L14 14",
  caretRight: "M6 4 L10 8 L6 12 Z",
  caretDown: "M4 6 L12 6 L8 10 Z",
  view: "M2 3 H14 V13 H2 Z M4 5 V11 H12 V5 Z",
  container: "M2 2 H14 V14 H2 Z M8 2 V14",
  entity: "M8 2 L14 8 L8 14 L2 8 Z",
  recording: "M3 3 H13 V5 H3 Z M3 7 H13 V9 H3 Z M3 11 H13 V13 H3 Z",
};
