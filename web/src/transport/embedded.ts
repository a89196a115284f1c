// Transports for the viewer embedded in a notebook, chosen by main.ts from the page's
// <meta name="rerun-transport"> (absent: the WebSocket of the page's own server).
//   "parent": the page is the iframe of the notebook widget; frames travel by postMessage to the
//             widget's loader, which relays them over the Jupyter comm to the kernel.
//   "static": a page without a server: the saved fallback of a notebook output (every view at the
//             latest time) or an exported recording (`rerun export --to out.html`: every view at
//             every time it changes); the frames are embedded in the page, replayed on open, and a
//             view query is answered from them (see StaticTransport).
import { decodeFrame, encodeFrame } from "./codec";
import type { ConnectionEvents } from "./connection";
import type { LayoutNode, RecordingSummary, TimeWindow, ViewNode } from "../protocol.gen";

/** What the app needs from a connection to the data (the WebSocket `Connection` is one). */
export interface Transport {
  /** Set when this transport cannot answer selection queries: why (shown in the selection panel instead). */
  readonly selectionUnavailable?: string;
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

/** Splits concatenated [u32 LE length][frame] records. */
function splitBytes(bytes: Uint8Array): ArrayBuffer[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

/** One stored answer of a view: valid from `time` on (null: at any time). */
interface StoredAnswer {
  time: number | null;
  msg: Record<string, unknown>;
}

/** What a view query asks, independent of the view's id (which the page may change when the layout is edited). */
function queryKey(kind: unknown, origin: unknown, contents: unknown, timeWindow: unknown): string {
  const w = timeWindow as TimeWindow | null | undefined;
  const window = w ? [w.timeline, w.start.kind, w.start.value, w.end.kind, w.end.value] : null;
  return JSON.stringify([kind, origin, contents, window]);
}

function* layoutViews(node: LayoutNode | null): Generator<ViewNode> {
  if (!node) return;
  if (node.node === "view") yield node;
  else for (const child of node.children) yield* layoutViews(child);
}

/** The latest answer at or before `time` (the first one before them all; the last one for null = latest). */
function answerAt(answers: StoredAnswer[], time: number | null): StoredAnswer | undefined {
  if (time === null) return answers[answers.length - 1];
  let lo = 0;
  let hi = answers.length; // answers[0..lo) are at or before `time`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = answers[mid].time;
    if (t === null || t <= time) lo = mid + 1;
    else hi = mid;
  }
  return answers[Math.max(lo - 1, 0)];
}

/**
 * A page without a server: replays the frames embedded in it and answers the app's queries from
 * them (see rerun/_viewer/snapshot.py). `hello` and each recording's `recording_summary` are
 * delivered on open (the summary again when the app picks a recording), `streams` when the app
 * picks a timeline, and a view query gets the stored `view_data` of that view and timeline that is
 * the latest at or before the queried time. Each array travels once per page: all those the app
 * has not received yet go with the next answer (again after the app drops its cache).
 */
export class StaticTransport implements Transport {
  readonly selectionUnavailable = "Component values are not stored in this page (it holds what the views draw): open the recording in the viewer to see them.";
  private readonly summaries = new Map<string, Record<string, unknown>>();
  private readonly streams = new Map<string, Record<string, unknown>>();
  /** store \u0000 query key \u0000 timeline -> answers sorted by time. */
  private readonly answers = new Map<string, StoredAnswer[]>();
  /** store \u0000 view id -> answers of any timeline (a saved notebook snapshot has one per view). */
  private readonly answersByView = new Map<string, StoredAnswer[]>();
  /** Per store, the largest time of each timeline (what "latest" means). */
  private readonly timelineMax = new Map<string, number>();
  private readonly arrays = new Map<string, unknown>();
  private readonly delivered = new Set<string>();
  private closed = false;

  constructor(
    private readonly events: ConnectionEvents,
    private readonly frames: () => Promise<ArrayBuffer[]>,
    /** Bytes of the embedded data, for the progress shown while it is read. */
    private readonly size: number | null = null,
  ) {}

  open(): void {
    this.events.onStatus("open");
    const progress = (done: boolean, error: string | null = null): void =>
      this.events.onMessage({ type: "progress", source: "this page", bytes_read: 0, bytes_total: this.size, messages: 0, done, error });
    progress(false);
    this.frames()
      .then((frames) => {
        if (this.closed) return;
        progress(true);
        this.replay(frames);
      })
      .catch((err: unknown) => {
        console.error("cannot read the recording embedded in this page", err);
        progress(true, `cannot read the recording embedded in this page: ${String(err)}`);
        this.events.onMessage({ type: "notice", level: "error", text: `Cannot read the recording embedded in this page: ${String(err)}` });
      });
  }

  private replay(frames: ArrayBuffer[]): void {
    const pushed: Record<string, unknown>[] = [];
    const views = new Map<string, ViewNode>();
    for (const frame of frames) {
      let msg: Record<string, unknown>;
      try {
        msg = decodeFrame(frame);
      } catch (err) {
        console.error("dropping a malformed embedded frame", err);
        continue;
      }
      const store = String(msg.store_id);
      if (msg.type === "recording_summary") {
        // A summary without the entity tree keeps the one before (protocol: unchanged).
        const previous = this.summaries.get(store);
        if (msg.entities === null && previous) msg = { ...msg, entities: previous.entities };
        this.summaries.set(store, msg);
        const summary = msg as unknown as RecordingSummary;
        for (const view of layoutViews(summary.blueprint.root)) views.set(`${store}\u0000${view.id}`, view);
        for (const tl of summary.timelines) if (tl.max !== null) this.timelineMax.set(`${store}\u0000${tl.name}`, tl.max);
        pushed.push(msg);
      } else if (msg.type === "streams") {
        this.streams.set(`${store}\u0000${String(msg.timeline)}`, msg);
      } else if (msg.type === "view_data") {
        for (const [key, value] of Object.entries((msg.arrays ?? {}) as Record<string, unknown>)) this.arrays.set(key, value);
        const answer: StoredAnswer = { time: typeof msg.time === "number" ? msg.time : null, msg: { ...msg, arrays: {} } };
        const byView = `${store}\u0000${String(msg.view_id)}`;
        const view = views.get(byView);
        if (view) {
          const window = view.properties?.time_windows.find((w) => w.timeline === msg.timeline) ?? null;
          append(this.answers, `${store}\u0000${queryKey(view.kind, view.origin, view.contents, window)}\u0000${String(msg.timeline)}`, answer);
        }
        append(this.answersByView, byView, answer);
      } else {
        pushed.push(msg);
      }
    }
    // Stored in time order per view and timeline, but sort anyway: the lookup bisects.
    for (const list of this.answers.values()) list.sort((a, b) => (a.time ?? -Infinity) - (b.time ?? -Infinity));
    for (const msg of pushed) this.events.onMessage(msg);
    this.events.onMessage({ type: "notice", level: "info", text: "Offline page: the recording is stored in it" });
  }

  send(msg: Record<string, unknown>): boolean {
    const reply = (out: Record<string, unknown>): void => queueMicrotask(() => this.events.onMessage(out));
    const store = String(msg.store_id);
    switch (msg.type) {
      case "query_view": {
        const timeline = msg.timeline === null ? null : String(msg.timeline);
        let time = typeof msg.time === "number" ? msg.time : null;
        if (time === null && timeline !== null) time = this.timelineMax.get(`${store}\u0000${timeline}`) ?? null;
        const list =
          this.answers.get(`${store}\u0000${queryKey(msg.kind, msg.origin, msg.contents, msg.time_window)}\u0000${String(timeline)}`) ??
          this.answersByView.get(`${store}\u0000${String(msg.view_id)}`);
        const found = list ? answerAt(list, time) : undefined;
        if (!found) {
          reply({ type: "error", request_id: msg.request_id, text: "this page has no stored data for that view (views added in the page need the live viewer)" });
          return true;
        }
        const arrays: Record<string, unknown> = {};
        for (const [key, value] of this.arrays) {
          if (this.delivered.has(key)) continue;
          this.delivered.add(key);
          arrays[key] = value;
        }
        reply({ ...found.msg, request_id: msg.request_id, view_id: msg.view_id, time: msg.time, arrays });
        return true;
      }
      case "reset_cache":
        this.delivered.clear();
        return true;
      case "set_timeline": {
        const streams = this.streams.get(`${store}\u0000${String(msg.timeline)}`);
        if (streams) reply(streams);
        return true;
      }
      case "select_recording":
      case "reset_blueprint": {
        const summary = this.summaries.get(store);
        if (summary) reply(summary);
        return true;
      }
      case "query_selection":
        reply({ type: "error", request_id: msg.request_id, text: this.selectionUnavailable });
        return true;
      default:
        return true; // save_blueprint: layout edits stay in this page
    }
  }

  close(): void {
    this.closed = true;
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Base64 text as bytes. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The page's embedded frames: base64 in one or more elements (parts), gzip-compressed when data-encoding="gzip". */
async function embeddedFrames(elements: HTMLElement[]): Promise<ArrayBuffer[]> {
  const parts = elements.map((e) => fromBase64(e.textContent ?? ""));
  const gzipped = elements.some((e) => e.dataset.encoding === "gzip");
  if (!gzipped && parts.length === 1) return splitBytes(parts[0]);
  const whole = new Blob(parts as BlobPart[]);
  const stream = gzipped ? whole.stream().pipeThrough(new DecompressionStream("gzip")) : whole.stream();
  return splitBytes(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The transport this page was built for, or null for the page's own WebSocket server. */
export function embeddedTransport(events: ConnectionEvents): Transport | null {
  const kind = document.querySelector('meta[name="rerun-transport"]')?.getAttribute("content");
  if (kind === "parent") return new ParentTransport(events);
  if (kind === "static") {
    const elements = [...document.querySelectorAll<HTMLElement>("script.rerun-frames, #rerun-frames")];
    const size = Math.floor((elements.reduce((n, e) => n + (e.textContent?.length ?? 0), 0) * 3) / 4);
    return new StaticTransport(events, () => embeddedFrames(elements), size);
  }
  return null;
}
