// Small helpers shared by the view modules.
import type { Rgba } from "../protocol.gen";
import type { NdArray } from "../transport/codec";
import { el } from "../ui/dom";

export function cssColor(c: Rgba | null | undefined, fallback = "#cad8de"): string {
  if (!c || c.length < 3) return fallback;
  const a = c.length > 3 ? c[3] / 255 : 1;
  return `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${a.toFixed(3)})`;
}

/** Numbers of an array as a plain number-indexable array (bigint arrays converted). */
export function numbers(arr: NdArray | undefined): ArrayLike<number> {
  if (!arr) return [];
  const d = arr.data;
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) return Float64Array.from(d, (v) => Number(v));
  return d as ArrayLike<number>;
}

/** A message centred in a view body ("Nothing to show" and such). */
export function emptyNote(text: string): HTMLElement {
  return el("div", "view-empty", text);
}

/** Call `fn` at most once per animation frame. */
export function frameThrottle(fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fn();
    });
  };
}
