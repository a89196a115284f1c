// Transports for the viewer embedded in a notebook, chosen by main.ts from the page's
// <meta name="rerun-transport"> (absent: the WebSocket of the page's own server).
//   "parent": the page is the iframe of the notebook widget; frames travel by postMessage to the
//             widget's loader, which relays them over the Jupyter comm to the kernel.
//   "static": the page is the saved fallback of a notebook output; the frames the kernel pushed
//             (hello, summary, streams, one view_data per view at the latest time) are embedded in
//             the page, replayed on open, and a view query is answered with its view's embedded data.
import { decodeFrame, encodeFrame } from "./codec";
import type { ConnectionEvents } from "./connection";

/** What the app needs from a connection to the data (the WebSocket `Connection` is one). */
export interface Transport {
  open(): void;
  send(msg: Record<string, unknown>): boolean;
  close(): void;
}

function deliver(events: ConnectionEvents, frame: ArrayBuffer): void {
  let msg: Record<string, unknown>;
  try {
    msg = decodeFrame(frame);
  } catch (err) {
    console.error("dropping a malformed frame", err);
    return;
  }
  events.onMessage(msg);
}

/** Frames to and from the widget loader in the parent page (see rerun/_viewer/notebook.py). */
export class ParentTransport implements Transport {
  private readonly onWindowMessage = (event: MessageEvent): void => {
    if (event.source !== window.parent || !(event.data instanceof ArrayBuffer)) return;
    deliver(this.events, event.data);
  };

  constructor(private readonly events: ConnectionEvents) {}

  open(): void {
    window.addEventListener("message", this.onWindowMessage);
    this.events.onStatus("open");
    // Tells the loader (and through it the kernel) that this page wants the whole state.
    window.parent.postMessage("rerun:open", "*");
  }

  send(msg: Record<string, unknown>): boolean {
    const frame = encodeFrame(msg);
    window.parent.postMessage(frame, "*", [frame]);
    return true;
  }

  close(): void {
    window.removeEventListener("message", this.onWindowMessage);
  }
}

/** Decodes the base64 of concatenated [u32 LE length][frame] records. */
export function splitFrames(base64: string): ArrayBuffer[] {
  const bytes = Uint8Array.from(atob(base64.trim()), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  const frames: ArrayBuffer[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const len = view.getUint32(at, true);
    at += 4;
    if (at + len > bytes.length) break;
    frames.push(bytes.slice(at, at + len).buffer);
    at += len;
  }
  return frames;
}

/** Replays frames embedded in the page; answers view queries from them (no server behind it). */
export class StaticTransport implements Transport {
  private readonly viewData = new Map<string, Record<string, unknown>>();

  constructor(private readonly events: ConnectionEvents, private readonly frames: ArrayBuffer[]) {}

  open(): void {
    this.events.onStatus("open");
    const pushed: Record<string, unknown>[] = [];
    for (const frame of this.frames) {
      let msg: Record<string, unknown>;
      try {
        msg = decodeFrame(frame);
      } catch (err) {
        console.error("dropping a malformed embedded frame", err);
        continue;
      }
      if (msg.type === "view_data") this.viewData.set(String(msg.view_id), msg);
      else pushed.push(msg);
    }
    for (const msg of pushed) this.events.onMessage(msg);
  }

  send(msg: Record<string, unknown>): boolean {
    if (msg.type === "query_view") {
      const data = this.viewData.get(String(msg.view_id));
      const reply = data
        ? { ...data, request_id: msg.request_id }
        : { type: "error", request_id: msg.request_id, text: "this saved snapshot has no data for that view" };
      queueMicrotask(() => this.events.onMessage(reply));
    } else if (msg.type === "query_selection") {
      const reply = { type: "error", request_id: msg.request_id, text: "selection details need the live viewer (re-run the cell)" };
      queueMicrotask(() => this.events.onMessage(reply));
    }
    return true;
  }

  close(): void {}
}

/** The transport this page was built for, or null for the page's own WebSocket server. */
export function embeddedTransport(events: ConnectionEvents): Transport | null {
  const kind = document.querySelector('meta[name="rerun-transport"]')?.getAttribute("content");
  if (kind === "parent") return new ParentTransport(events);
  if (kind === "static") {
    const data = document.getElementById("rerun-frames")?.textContent ?? "";
    return new StaticTransport(events, splitFrames(data));
  }
  return null;
}
